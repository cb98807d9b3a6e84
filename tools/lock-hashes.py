"""Adds the sha256 of every pinned package to a lock file, for `pip install --require-hashes`.

    python3 tools/lock-hashes.py tools/localaws/requirements.lock [--sdists] [--dists DIR]

Reads the `name==version` lines of the lock file (its leading comment is kept, old --hash
options are dropped), downloads each package with `pip download --no-deps` as this machine's pip
chooses it (Linux x86_64, CPython 3.11: the wheel when there is one, otherwise the sdist), and
rewrites the file with one `--hash=sha256:` per downloaded file. With --sdists it also downloads
each package's sdist, so that a machine whose pip picks the sdist (no wheel for its platform)
still finds its hash (pip prepares each sdist's metadata: a few seconds each; a package with no
sdist, or whose sdist is not prepared within --timeout, keeps its wheel hash only). --dists DIR takes files already
downloaded into DIR instead of downloading them. Each file's hash is computed here, from the
bytes downloaded: check the diff before committing.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from pip._vendor.packaging.utils import canonicalize_name
from pip._vendor.packaging.version import InvalidVersion, Version

REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)$")
SDIST_SUFFIXES = (".tar.gz", ".zip", ".tar.bz2")


def read_lock(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The leading comment lines and the (name, version) pins of a lock file."""
    header: list[str] = []
    pins: list[tuple[str, str]] = []
    text = re.sub(r"\\\n\s*", " ", path.read_text())
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            if pins:
                sys.exit(f"{path}: comments only at the top: {stripped}")
            header.append(line)
            continue
        requirement = stripped.split()[0]
        match = REQUIREMENT.match(requirement)
        if not match:
            sys.exit(f"{path}: not a name==version pin: {requirement}")
        pins.append((match.group(1), match.group(2)))
    return header, pins


def name_and_version(filename: str) -> tuple[str, str] | None:
    if filename.endswith(".whl"):
        parts = filename[: -len(".whl")].split("-")
        return parts[0], parts[1]
    for suffix in SDIST_SUFFIXES:
        if filename.endswith(suffix):
            name, _, version = filename[: -len(suffix)].rpartition("-")
            return name, version
    return None


def same_version(a: str, b: str) -> bool:
    try:
        return Version(a) == Version(b)
    except InvalidVersion:
        return a == b


def pip_download(requirements: list[str], directory: Path, *extra: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(directory), *extra, *requirements],
        check=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lock", type=Path)
    parser.add_argument("--dists", type=Path, action="append", default=[], help="files already downloaded")
    parser.add_argument("--sdists", action="store_true", help="also hash each sdist (slow)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per sdist with --sdists")
    args = parser.parse_args()

    header, pins = read_lock(args.lock)
    requirements = [f"{name}=={version}" for name, version in pins]
    with tempfile.TemporaryDirectory() as temp:
        directories = list(args.dists)
        if not directories:
            download = Path(temp) / "dists"
            pip_download(requirements, download)
            directories.append(download)
            if args.sdists:
                sdists = Path(temp) / "sdists"
                for name, version in pins:
                    requirement = f"{name}=={version}"
                    try:
                        # --no-binary for this package only: its build dependencies (setuptools,
                        # Cython, maturin...) come as wheels, so preparing it takes seconds.
                        subprocess.run(
                            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                             f"--no-binary={name}", "-d", str(sdists), requirement],
                            check=True, timeout=args.timeout, capture_output=True,
                        )
                    except (subprocess.CalledProcessError, subprocess.TimeoutExpired):
                        print(f"no sdist hash for {requirement} (none, or not prepared in time)", file=sys.stderr)
                directories.append(sdists)
        hashes: dict[str, set[str]] = {canonicalize_name(name): set() for name, _ in pins}
        versions = {canonicalize_name(name): version for name, version in pins}
        for directory in directories:
            for file in sorted(directory.iterdir()) if directory.is_dir() else []:
                parsed = name_and_version(file.name)
                if parsed is None:
                    continue
                name = canonicalize_name(parsed[0])
                if name in versions and same_version(parsed[1], versions[name]):
                    hashes[name].add(hashlib.sha256(file.read_bytes()).hexdigest())
    missing = [f"{name}=={version}" for name, version in pins if not hashes[canonicalize_name(name)]]
    if missing:
        sys.exit(f"no downloaded file for: {', '.join(missing)}")
    lines = list(header)
    for name, version in pins:
        digests = sorted(hashes[canonicalize_name(name)])
        lines.append(f"{name}=={version} \\")
        lines += [f"    --hash=sha256:{digest} \\" for digest in digests[:-1]]
        lines.append(f"    --hash=sha256:{digests[-1]}")
    args.lock.write_text("\n".join(lines) + "\n")
    print(f"{args.lock}: {len(pins)} packages, {sum(len(h) for h in hashes.values())} hashes")


if __name__ == "__main__":
    main()
