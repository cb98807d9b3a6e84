"""One fresh local AWS per test module: the launcher as a subprocess, stopped afterwards."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Iterator

import boto3
import pytest
from botocore.config import Config

HERE = Path(__file__).parent
ACCOUNT_A = "111111111111"
ACCOUNT_B = "222222222222"
REGION = "eu-west-1"


class LocalAws:
    def __init__(self, endpoint: str, control: str, process: subprocess.Popen[str]):
        self.endpoint = endpoint
        self.control = control
        self.process = process

    def client(self, service: str, account: str):
        client = boto3.client(
            service,
            region_name=REGION,
            endpoint_url=self.endpoint,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            config=Config(retries={"max_attempts": 1}),
        )
        client.meta.events.register(
            "before-send", lambda request, **_: request.headers.__setitem__("x-moto-account-id", account)
        )
        return client


@pytest.fixture
def local_aws(tmp_path: Path) -> Iterator[LocalAws]:
    yield from _launch(tmp_path)


@pytest.fixture
def local_aws_iam(tmp_path: Path) -> Iterator[LocalAws]:
    """Local AWS evaluating the functions' calls against their roles' policies (`--iam`)."""
    yield from _launch(tmp_path, "--iam")


def _launch(tmp_path: Path, *flags: str) -> Iterator[LocalAws]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    process = subprocess.Popen(
        [sys.executable, "-m", "localaws", "--workdir", str(tmp_path / "lambda"), *flags],
        cwd=HERE.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=open(tmp_path / "localaws.log", "w"),
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    ready = json.loads(process.stdout.readline())
    try:
        yield LocalAws(ready["endpoint"], ready["control"], process)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)  # a function process stopping on a loaded 2-core machine
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGUSR1)  # every thread's stack into localaws.log
            time.sleep(1)
            raise
        finally:
            try:
                os.killpg(process.pid, signal.SIGKILL)  # whatever is left of the group
            except ProcessLookupError:
                pass
    assert process.returncode == 0, f"the launcher did not stop cleanly ({process.returncode}): see {tmp_path}/localaws.log"


def shell_bootstrap_zip(script: str) -> bytes:
    """A function package whose bootstrap is a shell script speaking the Runtime API."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("bootstrap")
        info.external_attr = 0o755 << 16
        archive.writestr(info, script)
    return buffer.getvalue()


ECHO_BOOTSTRAP = r"""#!/bin/sh
# Answers every event with {"echo": <event>, "account": <its credentials' account>}; events
# with "fail" in them get a function error.
api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
while true; do
  headers=$(mktemp)
  body=$(curl -sS -D "$headers" "$api/invocation/next") || exit 1
  id=$(grep -i '^lambda-runtime-aws-request-id' "$headers" | tr -d '\r' | cut -d' ' -f2)
  case "$body" in
    *fail*) curl -sS -X POST "$api/invocation/$id/error" -d '{"errorType":"Boom","errorMessage":"asked to fail"}' >/dev/null ;;
    *) curl -sS -X POST "$api/invocation/$id/response" -d "{\"echo\": $body, \"function\": \"$AWS_LAMBDA_FUNCTION_NAME\"}" >/dev/null ;;
  esac
  rm -f "$headers"
done
"""


def create_function(
    aws: LocalAws,
    account: str,
    name: str,
    script: str = ECHO_BOOTSTRAP,
    timeout: int = 3,
    policy: dict | None = None,
    environment: dict[str, str] | None = None,
) -> str:
    """A function whose role has `policy` inline, when given."""
    iam = aws.client("iam", account)
    role = iam.create_role(RoleName=f"{name}-role", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
    if policy is not None:
        iam.put_role_policy(RoleName=f"{name}-role", PolicyName="function", PolicyDocument=json.dumps(policy))
    fn = aws.client("lambda", account).create_function(
        FunctionName=name,
        Runtime="provided.al2023",
        Role=role,
        Handler="bootstrap",
        Code={"ZipFile": shell_bootstrap_zip(script)},
        Timeout=timeout,
        Environment={"Variables": environment or {}},
    )
    return fn["FunctionArn"]
