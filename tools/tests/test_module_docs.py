"""tools/module-docs/generate.py: the module READMEs are current, and the generator reads HCL as
Terraform does (python-hcl2, from .tools/docs-venv: run `make tools` first)."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "tools" / "module-docs" / "generate.py"
PYTHON = ROOT / ".tools" / "docs-venv" / "bin" / "python"
MODULES = sorted(path for path in (ROOT / "modules").iterdir() if (path / "main.tf").is_file())
SECTIONS = ["## Requirements", "## Providers", "## Resources", "## Inputs", "## Outputs"]


def generate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    assert PYTHON.is_file(), f"{PYTHON} is missing: run make tools (it installs tools/module-docs/requirements.lock)"
    return subprocess.run([str(PYTHON), str(GENERATOR), *map(str, args)], capture_output=True, text=True, check=False)


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_the_module_readme_is_current_with_every_section(module: Path) -> None:
    result = generate("--check", module)
    assert result.returncode == 0, result.stderr
    text = (module / "README.md").read_text()
    tables = text.split("<!-- BEGIN_TF_DOCS -->", 1)[1].split("<!-- END_TF_DOCS -->", 1)[0]
    assert [line for line in tables.splitlines() if line.startswith("## ")] == SECTIONS


def write_module(directory: Path) -> Path:
    """A module in the layouts a regular expression gets wrong: a variable outside variables.tf,
    a multi-line object type, braces and `default` inside strings, a heredoc, comments."""
    (directory / "versions.tf").write_text(
        textwrap.dedent(
            """\
            terraform {
              required_version = ">= 1.0"
              required_providers {
                aws = {
                  source  = "hashicorp/aws"
                  version = ">= 3.39" # the oldest tested
                }
              }
            }
            """
        )
    )
    (directory / "main.tf").write_text(
        textwrap.dedent(
            """\
            variable "routes" {
              type = list(object({
                webhook = string
                accounts = list(string)
              }))
              description = "Routes { like this }, default = none | pipes escaped."
              default = [{ webhook = "a", accounts = [] }]
            }

            variable "required_one" {
              description = <<EOT
            A heredoc description.
            EOT
              type = string
            }

            /* variable "commented_out" { default = 1 } */
            data "aws_partition" "current" {}

            resource "aws_sqs_queue" "this" {
              name = "x-${var.required_one}"
            }

            output "queue_arn" {
              description = "ARN of the \\"queue\\"."
              value       = aws_sqs_queue.this.arn
            }
            """
        )
    )
    (directory / "README.md").write_text("# m\n\n<!-- BEGIN_TF_DOCS -->\n<!-- END_TF_DOCS -->\n")
    return directory


def test_the_generator_reads_hcl_not_lines(tmp_path: Path) -> None:
    module = write_module(tmp_path)
    assert generate("--check", module).returncode == 1, "a README without tables is stale"
    result = generate(module)
    assert result.returncode == 0, result.stderr
    text = (module / "README.md").read_text()
    assert "| terraform | `>= 1.0` |" in text
    assert "| aws | `hashicorp/aws` | `>= 3.39` |" in text
    assert "| `aws_sqs_queue.this` | resource |" in text
    assert "| `data.aws_partition.current` | data source |" in text
    assert (
        "| `routes` | Routes { like this }, default = none \\| pipes escaped. "
        "| `list(object({webhook = string, accounts = list(string)}))` "
        '| `[{webhook = "a", accounts = []}]` | no |'
    ) in text
    assert "| `required_one` | A heredoc description. | `string` | n/a | yes |" in text
    assert '| `queue_arn` | ARN of the "queue". |' in text
    assert "commented_out" not in text
    assert generate("--check", module).returncode == 0, "a second run changes nothing"


def test_a_stale_table_fails_the_check_and_names_the_readme(tmp_path: Path) -> None:
    module = write_module(tmp_path)
    assert generate(module).returncode == 0
    with (module / "main.tf").open("a") as tf:
        tf.write('\nvariable "added" {\n  type    = number\n  default = 1\n}\n')
    result = generate("--check", module)
    assert result.returncode == 1
    assert str(module / "README.md") in result.stderr


def test_invalid_hcl_is_an_error_naming_the_file(tmp_path: Path) -> None:
    module = write_module(tmp_path)
    (module / "broken.tf").write_text('variable "x" {\n  type = \n')
    result = generate(module)
    assert result.returncode != 0
    assert "broken.tf" in result.stderr
