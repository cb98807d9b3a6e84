"""Writes the Inputs and Outputs tables of each module's README.md from its variables.tf and
outputs.tf, between the markers <!-- BEGIN_TF_DOCS --> and <!-- END_TF_DOCS -->, so the README
cannot drift from the code. `--check` fails (exit 1) instead of writing when a table is stale.

    python3 generate.py [--check] modules/agent [modules/master ...]

Reads the files as `terraform fmt` writes them: top-level `variable "x" {` / `output "x" {`
blocks with `type`, `description`, `default` and `sensitive` arguments.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

BEGIN, END = "<!-- BEGIN_TF_DOCS -->", "<!-- END_TF_DOCS -->"
BLOCK = re.compile(r'^(variable|output) "([^"]+)" \{$', re.MULTILINE)


def blocks(text: str, kind: str) -> list[tuple[str, str]]:
    """(name, body) of each top-level block of `kind`, by matching braces."""
    found = []
    for match in BLOCK.finditer(text):
        if match.group(1) != kind:
            continue
        depth, i = 1, match.end()
        while depth and i < len(text):
            depth += {"{": 1, "}": -1}.get(text[i], 0)
            i += 1
        found.append((match.group(2), text[match.end() : i - 1]))
    return found


def argument(body: str, name: str) -> str | None:
    """The expression of a top-level `name = ...` argument (multi-line brackets included)."""
    match = re.search(rf"^  {name}\s*=\s*", body, re.MULTILINE)
    if not match:
        return None
    depth, i, start = 0, match.end(), match.end()
    while i < len(body):
        ch = body[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == '"':
            i += 1
            while i < len(body) and body[i] != '"':
                i += 2 if body[i] == "\\" else 1
        elif ch == "\n" and depth == 0:
            break
        i += 1
    return " ".join(line.strip() for line in body[start:i].strip().splitlines())


def unquote(expression: str | None) -> str:
    if expression and expression.startswith('"') and expression.endswith('"'):
        return expression[1:-1].replace('\\"', '"')
    return expression or ""


def cell(text: str) -> str:
    return text.replace("|", "\\|")


def tables(module: Path) -> str:
    variables = blocks((module / "variables.tf").read_text(), "variable")
    outputs = blocks((module / "outputs.tf").read_text(), "output")
    lines = ["## Inputs", "", "| Name | Description | Type | Default | Required |", "|------|-------------|------|---------|:--------:|"]
    for name, body in sorted(variables, key=lambda v: (argument(v[1], "default") is not None, v[0])):
        default = argument(body, "default")
        lines.append(
            f"| `{name}` | {cell(unquote(argument(body, 'description')))} | `{cell(argument(body, 'type') or 'any')}` "
            f"| {'`' + cell(default) + '`' if default is not None else 'n/a'} | {'no' if default is not None else 'yes'} |"
        )
    lines += ["", "## Outputs", "", "| Name | Description |", "|------|-------------|"]
    for name, body in sorted(outputs):
        lines.append(f"| `{name}` | {cell(unquote(argument(body, 'description')))} |")
    return "\n".join(lines)


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for arg in [a for a in sys.argv[1:] if a != "--check"]:
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
    sys.exit(main())
