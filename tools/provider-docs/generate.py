"""Writes the awsmon provider's registry docs (docs/index.md, docs/resources/<name>.md) from the
schema Terraform reports (`terraform providers schema -json`), so the docs cannot drift from
the code, in the registry's layout (frontmatter, `## Example Usage`, `## Schema` with
`### Nested Schema for ...` sections, `## Import` with an `import {}` block) as tfplugindocs
writes it. CI regenerates them and fails on any difference (provider/tests/docs.rs).

    python3 generate.py <schema.json> <examples dir> <output dir>
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PROVIDER = "registry.terraform.io/awsmon/awsmon"

# What `terraform import` takes for each resource: the function's name, the master's name, the bus's name
# (as in the examples).
IMPORT_IDS = {"awsmon_agent": "awsmon-agent", "awsmon_master": "awsmon", "awsmon_bus_policy": "awsmon"}


def type_label(attr: dict) -> str:
    """`String`, `Number`, `List of String`, `Map of String`: the registry's spelling."""
    kind = attr.get("type")

    def label(k: object) -> str:
        if isinstance(k, str):
            return k.capitalize()
        if isinstance(k, list) and len(k) == 2:
            return f"{str(k[0]).capitalize()} of {label(k[1])}"
        return json.dumps(k)

    return label(kind)


def anchor(path: str) -> str:
    return "nestedblock--" + path.replace(".", "--")


def schema_sections(block: dict, path: str = "") -> tuple[str, list[str]]:
    """The Required/Optional/Read-Only lists of one block, and the nested blocks' sections."""
    required, optional, computed, nested_sections = [], [], [], []
    for name, attr in sorted(block.get("attributes", {}).items()):
        line = f"- `{name}` ({type_label(attr)}) {attr.get('description', '').strip()}"
        if attr.get("sensitive"):
            line += " Sensitive."
        if attr.get("required"):
            required.append(line)
        elif attr.get("optional"):
            optional.append(line + (" Computed when omitted." if attr.get("computed") else ""))
        else:
            computed.append(line)
    for name, nested in sorted(block.get("block_types", {}).items()):
        inner = nested.get("block", {})
        inner_path = f"{path}.{name}" if path else name
        limit = ", Max: 1" if nested.get("max_items") == 1 else ""
        kind = "Block List" if nested.get("nesting_mode", "list") == "list" else "Block Set"
        optional.append(
            f"- `{name}` ({kind}{limit}) {inner.get('description', '').strip()} "
            f"(see [below for nested schema](#{anchor(inner_path)}))"
        )
        body, deeper = schema_sections(inner, inner_path)
        nested_sections.append(
            f'<a id="{anchor(inner_path)}"></a>\n### Nested Schema for `{inner_path}`\n\n{body}'
        )
        nested_sections.extend(deeper)
    # Top-level lists are headings; a nested block's are labels under its own heading.
    heading = (lambda title: f"### {title}") if not path else (lambda title: f"{title}:")
    parts = [
        heading(title) + "\n\n" + "\n".join(lines) + "\n"
        for title, lines in (("Required", required), ("Optional", optional), ("Read-Only", computed))
        if lines
    ]
    return "\n".join(parts), nested_sections


def frontmatter(title: str, description: str) -> str:
    first = description.strip().split("\n")[0]
    return f'---\npage_title: "{title}"\nsubcategory: ""\ndescription: |-\n  {first}\n---\n\n'


def schema_text(block: dict) -> str:
    body, nested = schema_sections(block)
    return "## Schema\n\n" + body + "".join("\n" + n for n in nested)


def provider_page(schema: dict, examples: Path) -> str:
    block = schema["provider"]["block"]
    example = (examples / "provider.tf").read_text().strip()
    resources = [
        f"- [{name}](resources/{name.removeprefix('awsmon_')}.md)"
        for name in sorted(schema.get("resource_schemas", {}))
    ]
    description = block.get("description", "").strip()
    return (
        frontmatter("awsmon Provider", description)
        + "# awsmon Provider\n\n"
        f"{description}\n\n"
        "## Resources\n\n" + "\n".join(resources) + "\n\n"
        "## Example Usage\n\n```terraform\n" + example + "\n```\n\n"
        + schema_text(block)
    )


def resource_page(name: str, schema: dict, examples: Path) -> str:
    block = schema["block"]
    short = name.removeprefix("awsmon_")
    example = (examples / short / "resource.tf").read_text().strip()
    import_id = IMPORT_IDS.get(name, "<id>")
    description = block.get("description", "").strip()
    return (
        frontmatter(f"{name} Resource - terraform-provider-awsmon", description)
        + f"# {name} (Resource)\n\n"
        f"{description}\n\n"
        "## Example Usage\n\n```terraform\n" + example + "\n```\n\n"
        + schema_text(block)
        + "\n## Import\n\nWith Terraform 1.5 or later, in configuration:\n\n"
        f"```terraform\nimport {{\n  to = {name}.example\n  id = \"{import_id}\"\n}}\n```\n\n"
        f"With any version:\n\n```shell\nterraform import {name}.example {import_id}\n```\n"
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
