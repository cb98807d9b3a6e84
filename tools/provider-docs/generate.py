"""Writes the awsmon provider's registry docs (docs/index.md, docs/resources/<name>.md) from the
schema Terraform reports (`terraform providers schema -json`), so the docs cannot drift from
the code. CI regenerates them and fails on any difference (provider/tests/docs.rs).

    python3 generate.py <schema.json> <examples dir> <output dir>
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROVIDER = "registry.terraform.io/awsmon/awsmon"

# What `terraform import` takes for each resource.
IMPORT_IDS = {"awsmon_agent": "<function name>", "awsmon_master": "<name>"}


def type_name(kind: object) -> str:
    if isinstance(kind, str):
        return kind
    if isinstance(kind, list) and len(kind) == 2:
        return f"{kind[0]}({type_name(kind[1])})"
    return json.dumps(kind)


def attribute_lines(block: dict, prefix: str = "") -> tuple[list[str], list[str], list[str]]:
    required, optional, computed = [], [], []
    for name, attr in sorted(block.get("attributes", {}).items()):
        line = f"- `{prefix}{name}` ({type_name(attr.get('type'))}) {attr.get('description', '').strip()}"
        if attr.get("required"):
            required.append(line)
        elif attr.get("optional"):
            optional.append(line + (" Computed when omitted." if attr.get("computed") else ""))
        else:
            computed.append(line)
    for name, nested in sorted(block.get("block_types", {}).items()):
        inner = nested.get("block", {})
        limit = "at most one" if nested.get("max_items") == 1 else "any number"
        optional.append(f"- `{prefix}{name}` (block, {limit}) {inner.get('description', '').strip()}")
        sub_required, sub_optional, sub_computed = attribute_lines(inner, f"{prefix}{name}.")
        optional.extend("  " + line for line in sub_required + sub_optional)
        computed.extend(sub_computed)
    return required, optional, computed


def section(title: str, lines: list[str]) -> str:
    return f"### {title}\n\n" + ("\n".join(lines) if lines else "None.") + "\n"


def provider_page(schema: dict, examples: Path) -> str:
    block = schema["provider"]["block"]
    required, optional, _ = attribute_lines(block)
    example = (examples / "provider.tf").read_text().strip()
    resources = [
        f"- [{name}](resources/{name.removeprefix('awsmon_')}.md)"
        for name in sorted(schema.get("resource_schemas", {}))
    ]
    return (
        "# awsmon provider\n\n"
        f"{block.get('description', '').strip()}\n\n"
        "## Resources\n\n" + "\n".join(resources) + "\n\n"
        "## Example\n\n```hcl\n" + example + "\n```\n\n"
        "## Schema\n\n" + section("Required", required) + "\n" + section("Optional", optional)
    )


def resource_page(name: str, schema: dict, examples: Path) -> str:
    block = schema["block"]
    required, optional, computed = attribute_lines(block)
    short = name.removeprefix("awsmon_")
    example = (examples / short / "resource.tf").read_text().strip()
    return (
        f"# {name} (Resource)\n\n"
        f"{block.get('description', '').strip()}\n\n"
        "## Example\n\n```hcl\n" + example + "\n```\n\n"
        "## Schema\n\n" + section("Required", required) + "\n" + section("Optional", optional) + "\n"
        + section("Read-only", computed)
        + f"\n## Import\n\n```shell\nterraform import {name}.example {IMPORT_IDS.get(name, '<id>')}\n```\n"
    )


def main() -> None:
    schema_path, examples, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    schema = json.loads(schema_path.read_text())["provider_schemas"][PROVIDER]
    (out / "resources").mkdir(parents=True, exist_ok=True)
    (out / "index.md").write_text(provider_page(schema, examples))
    for name, resource in sorted(schema.get("resource_schemas", {}).items()):
        (out / "resources" / f"{name.removeprefix('awsmon_')}.md").write_text(resource_page(name, resource, examples))


if __name__ == "__main__":
    main()
