"""Writes the Requirements, Providers, Resources, Inputs and Outputs tables of each module's
README.md from its `.tf` files, between the markers <!-- BEGIN_TF_DOCS --> and
<!-- END_TF_DOCS -->, so the README cannot drift from the code. `--check` fails (exit 1) instead
of writing when a table is stale.

    .tools/docs-venv/bin/python generate.py [--check] modules/agent [modules/master ...]

The HCL is read with python-hcl2 (a real HCL2 parser, pinned with hashes in
tools/module-docs/requirements.lock and installed into .tools/docs-venv by tools/install.sh),
so any layout `terraform fmt` accepts is understood: nothing here matches HCL with regular
expressions.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import hcl2

BEGIN, END = "<!-- BEGIN_TF_DOCS -->", "<!-- END_TF_DOCS -->"

# Types and defaults as HCL text ("${map(string)}"), strings with their quotes ('"x"'),
# heredocs as strings, no comments and no block markers: what the tables print.
OPTIONS = hcl2.SerializationOptions(
    with_comments=False,
    explicit_blocks=False,
    wrap_objects=True,
    wrap_tuples=True,
    preserve_heredocs=False,
)


# The `terraform` block's required_providers are objects the tables look into.
SETTINGS = hcl2.SerializationOptions(with_comments=False, explicit_blocks=False, preserve_heredocs=False)


def parse(module: Path, options: hcl2.SerializationOptions = OPTIONS) -> dict[str, list[Any]]:
    """The top-level blocks of every `.tf` file of a module, by block type, in file order."""
    merged: dict[str, list[Any]] = {}
    for path in sorted(module.glob("*.tf")):
        try:
            body = hcl2.loads(path.read_text(), serialization_options=options)
        except Exception as error:  # the parser's errors have no common base class
            raise SystemExit(f"{path}: not valid HCL: {error}") from error
        for kind, blocks in body.items():
            merged.setdefault(kind, []).extend(blocks if isinstance(blocks, list) else [blocks])
    return merged


def label(raw: str) -> str:
    """A block label without its quotes."""
    return raw[1:-1] if len(raw) >= 2 and raw[0] == raw[-1] == '"' else raw


def string(value: Any) -> str:
    """A quoted HCL string literal as its text ('"a \\"b\\""' -> 'a "b"')."""
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value[1:-1]
    return "" if value is None else str(value)


def expression(value: Any) -> str:
    """A value as HCL source: literals as Terraform writes them, expressions without ${}."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str) and value.startswith("${") and value.endswith("}"):
        return value[2:-1]
    return str(value)


def named(blocks: list[Any]) -> list[tuple[str, dict[str, Any]]]:
    """(label, body) of each `kind "label" { ... }` block."""
    return [(label(name), body) for block in blocks for name, body in block.items()]


def cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def requirements(tf: dict[str, list[Any]]) -> dict[str, str]:
    """Terraform's and each provider's version constraint, by name (terraform first)."""
    found: dict[str, str] = {}
    for terraform in tf.get("terraform", []):
        if "required_version" in terraform:
            found["terraform"] = string(terraform["required_version"])
        for providers in terraform.get("required_providers", []):
            for name, spec in providers.items():
                found[name] = string(spec.get("version")) if isinstance(spec, dict) else string(spec)
    return found


def sources(tf: dict[str, list[Any]]) -> dict[str, str]:
    """Each required provider's source address, by local name."""
    return {
        name: string(spec.get("source"))
        for terraform in tf.get("terraform", [])
        for providers in terraform.get("required_providers", [])
        for name, spec in providers.items()
        if isinstance(spec, dict)
    }


def resources(tf: dict[str, list[Any]]) -> list[tuple[str, str]]:
    """(address, kind) of every managed resource and data source, sorted by address."""
    rows = []
    for kind, word in [("resource", "resource"), ("data", "data source")]:
        for block in tf.get(kind, []):
            for type_, instances in block.items():
                for name in instances:
                    prefix = "data." if kind == "data" else ""
                    rows.append((f"{prefix}{label(type_)}.{label(name)}", word))
    return sorted(rows)


def provider_of(address: str) -> str:
    """The local provider name of a resource type: the type's first word."""
    return address.removeprefix("data.").split("_", 1)[0]


def tables(module: Path) -> str:
    tf = parse(module)
    settings = parse(module, SETTINGS)
    required = requirements(settings)
    addresses = resources(tf)
    lines = ["## Requirements", "", "| Name | Version |", "|------|---------|"]
    for name, version in required.items():
        lines.append(f"| {name} | `{cell(version)}` |")

    lines += ["", "## Providers", "", "| Name | Source | Version |", "|------|--------|---------|"]
    source = sources(settings)
    for name in sorted({provider_of(address) for address, _ in addresses}):
        lines.append(f"| {name} | `{source.get(name, 'hashicorp/' + name)}` | `{cell(required.get(name, 'any'))}` |")

    lines += ["", "## Resources", "", "| Name | Type |", "|------|------|"]
    for address, kind in addresses:
        lines.append(f"| `{address}` | {kind} |")

    lines += ["", "## Inputs", "", "| Name | Description | Type | Default | Required |", "|------|-------------|------|---------|:--------:|"]
    variables = named(tf.get("variable", []))
    for name, body in sorted(variables, key=lambda v: ("default" in v[1], v[0])):
        has_default = "default" in body
        default = f"`{cell(expression(body['default']))}`" if has_default else "n/a"
        lines.append(
            f"| `{name}` | {cell(string(body.get('description')))} | `{cell(expression(body.get('type', 'any')))}` "
            f"| {default} | {'no' if has_default else 'yes'} |"
        )

    lines += ["", "## Outputs", "", "| Name | Description |", "|------|-------------|"]
    for name, body in sorted(named(tf.get("output", []))):
        lines.append(f"| `{name}` | {cell(string(body.get('description')))} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for arg in [a for a in argv if a != "--check"]:
        module = Path(arg)
        readme = module / "README.md"
        text = readme.read_text()
        if BEGIN not in text or END not in text:
            print(f"{readme}: add the markers {BEGIN} and {END} where the tables go", file=sys.stderr)
            return 1
        before, rest = text.split(BEGIN, 1)
        _, after = rest.split(END, 1)
        updated = f"{before}{BEGIN}\n{tables(module)}\n{END}{after}"
        if updated != text:
            stale.append(str(readme))
            if not check:
                readme.write_text(updated)
    if check and stale:
        print("stale module docs (run make module-docs): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
