#!/usr/bin/env python3
"""Every Rust test of the workspace, the test binaries run side by side.

`cargo test --workspace` runs its test binaries one after the other; ours mostly wait on local
AWS (moto, one Python process per test world) and on Terraform, so one binary keeps about one of
two cores busy. This builds every test binary with one `cargo test --no-run` (the same build,
the same feature unification as `cargo test --workspace`), then runs them JOBS at a time, the
longest first (durations of the last run in target/test-durations.json; on a first run, the
largest test sources first), each in its package's directory as cargo would. The doc tests run
as one more job through cargo. A binary's output is printed whole when it ends, so parallel
output never interleaves. Exit status 0 only when every binary passed.

    tools/test-rust.py [--jobs N]          (default: AWSMON_TEST_JOBS, else 3)
"""

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DURATIONS = ROOT / "target" / "test-durations.json"
CARGO = os.environ.get("CARGO", "cargo")


class Job:
    def __init__(self, name, command, cwd, env, size):
        self.name = name
        self.command = command
        self.cwd = cwd
        self.env = env
        self.size = size


def test_binaries():
    """Builds the test binaries and returns one job per binary."""
    build = subprocess.run(
        [CARGO, "test", "--workspace", "--locked", "--no-run", "--message-format=json-render-diagnostics"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    if build.returncode != 0:
        sys.exit(f"test-rust: `cargo test --no-run` failed ({build.returncode}); its output is above")
    jobs = []
    for line in build.stdout.splitlines():
        message = json.loads(line)
        if message.get("reason") != "compiler-artifact" or not message.get("executable"):
            continue
        if not message["profile"]["test"]:
            continue
        manifest = Path(message["manifest_path"])
        target = message["target"]
        kind = target["kind"][0]
        package = manifest.parent.relative_to(ROOT).as_posix() or "."
        name = f"{package} {target['name']}" + ("" if kind == "test" else f" ({kind})")
        env = dict(os.environ, CARGO_MANIFEST_DIR=str(manifest.parent))
        jobs.append(Job(name, [message["executable"]], manifest.parent, env, Path(target["src_path"]).stat().st_size))
    return jobs


def doc_tests():
    return Job("doc tests", [CARGO, "test", "--workspace", "--locked", "--doc"], ROOT, dict(os.environ), 0)


def run(job):
    started = time.monotonic()
    result = subprocess.run(job.command, cwd=job.cwd, env=job.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return result.returncode, result.stdout.decode("utf-8", "replace"), time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=int(os.environ.get("AWSMON_TEST_JOBS", "3")))
    args = parser.parse_args()
    if args.jobs < 1:
        sys.exit("test-rust: --jobs must be at least 1")

    jobs = test_binaries() + [doc_tests()]
    try:
        last = json.loads(DURATIONS.read_text())
    except (OSError, ValueError):
        last = {}
    # Longest first, so that the longest binary does not start last; unknown ones by source size.
    jobs.sort(key=lambda job: (last.get(job.name, -1), job.size), reverse=True)

    print(f"test-rust: {len(jobs)} test binaries, {args.jobs} at a time", flush=True)
    started = time.monotonic()
    durations, failed = {}, []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        running = {pool.submit(run, job): job for job in jobs}
        for done in as_completed(running):
            job = running[done]
            status, output, seconds = done.result()
            durations[job.name] = round(seconds, 1)
            verdict = "ok" if status == 0 else f"FAILED (exit status {status})"
            print(f"\n==== {job.name}: {verdict} in {seconds:.0f} s", flush=True)
            print(output, end="" if output.endswith("\n") else "\n", flush=True)
            if status != 0:
                failed.append(job.name)

    DURATIONS.parent.mkdir(parents=True, exist_ok=True)
    DURATIONS.write_text(json.dumps(durations, indent=1, sort_keys=True) + "\n")
    wall = time.monotonic() - started
    print(f"\ntest-rust: {len(jobs) - len(failed)} of {len(jobs)} test binaries passed in {wall:.0f} s "
          f"({sum(durations.values()):.0f} s of binaries run {args.jobs} at a time)")
    for name in failed:
        print(f"test-rust: FAILED {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
