"""Local AWS for awsmon\x27s tests and demo: patched moto server and the local Lambda executor (dev tooling, not production code)."""
