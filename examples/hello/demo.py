"""Deploys the hello function to local AWS with Terraform and runs it from a schedule, an SQS
queue and the HTTP front, printing what happens. Tears everything down at the end."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import boto3

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / ".tools"
ACCOUNT = "222222222222"
REGION = "eu-west-1"


def step(text: str) -> None:
    print(f"\n==> {text}", flush=True)


def terraform(workdir: Path, *args: str) -> str:
    env = {**os.environ, "TF_CLI_CONFIG_FILE": str(TOOLS / "terraform-mirror-only.rc"), "TF_IN_AUTOMATION": "1", "TF_INPUT": "0", "CHECKPOINT_DISABLE": "1"}
    done = subprocess.run([str(TOOLS / "bin/terraform"), *args], cwd=workdir, env=env, text=True, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"terraform {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def control(url: str, path: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(url + path, data=data, method="POST" if data else "GET")) as response:
        return json.loads(response.read())


def client(service: str, endpoint: str):  # noqa: ANN201 (boto3 clients have no static type)
    made = boto3.client(service, region_name=REGION, endpoint_url=endpoint, aws_access_key_id="local", aws_secret_access_key="local")
    made.meta.events.register("before-send", lambda request, **_: request.headers.__setitem__("x-moto-account-id", ACCOUNT))
    return made


def main() -> None:
    started = time.monotonic()
    package = ROOT / "target/lambda/hello.zip"
    if not package.exists():
        sys.exit("target/lambda/hello.zip is missing: run `make demo` (it builds it)")
    world = Path(tempfile.mkdtemp(prefix="awsmon-demo-"))
    step("Starting local AWS (moto with awsmon's patches and the Lambda executor)")
    launcher = subprocess.Popen(
        [sys.executable, "-m", "localaws", "--workdir", str(world / "functions")],
        cwd=ROOT / "tools/localaws", stdout=subprocess.PIPE, stderr=open(world / "localaws.log", "w"), text=True,
        start_new_session=True, env={k: v for k, v in os.environ.items() if not k.startswith("AWS_") and k != "MOTO_ACCOUNT_ID"},
    )
    try:
        ready = json.loads(launcher.stdout.readline())  # type: ignore[union-attr]
        endpoint, control_url = ready["endpoint"], ready["control"]
        print(f"    local AWS at {endpoint}, executor at {control_url}")

        step(f"terraform apply (Terraform 1.0.3, hashicorp/aws 3.39.0) into account {ACCOUNT}")
        workdir = world / "terraform"
        shutil.copytree(ROOT / "examples/hello", workdir, ignore=shutil.ignore_patterns("*.py", "*.sh", "*.md"))
        variables = [f"-var=endpoint={endpoint}", f"-var=package_path={package}"]
        terraform(workdir, "init", "-no-color")
        for line in terraform(workdir, "apply", "-auto-approve", "-no-color", *variables).splitlines():
            if "Creation complete" in line or line.startswith("Apply complete"):
                print("    " + line)
        outputs = {k: v["value"] for k, v in json.loads(terraform(workdir, "output", "-json")).items()}
        plan = subprocess.run([str(TOOLS / "bin/terraform"), "plan", "-detailed-exitcode", "-no-color", *variables], cwd=workdir,
                              env={**os.environ, "TF_CLI_CONFIG_FILE": str(TOOLS / "terraform-mirror-only.rc")}, capture_output=True)
        print(f"    second plan: {'no changes' if plan.returncode == 0 else 'CHANGES (exit %d)' % plan.returncode}")

        step("The schedule fires (as EventBridge would every 5 minutes)")
        run = control(control_url, "/schedules/run", {"account_id": ACCOUNT, "region": REGION, "rule": outputs["schedule_rule"]})["results"][0]
        print("    hello answered: " + json.dumps(json.loads(run["payload"]), indent=None)[:300])

        step("Three messages on the work queue; the one saying 'fail' is reported as a partial batch failure")
        sqs, lambda_ = client("sqs", endpoint), client("lambda", endpoint)
        # hashicorp/aws 3.39 cannot ask for partial batch responses: map the queue through the API.
        mapping = lambda_.create_event_source_mapping(
            EventSourceArn=outputs["queue_arn"], FunctionName=outputs["function_arn"], BatchSize=10,
            FunctionResponseTypes=["ReportBatchItemFailures"],
        )
        for body in ("order 1", "please fail", "order 3"):
            sqs.send_message(QueueUrl=outputs["queue_url"], MessageBody=body)
        deadline = time.monotonic() + 20
        dead: list[str] = []
        while not dead and time.monotonic() < deadline:
            dead = [m["Body"] for m in sqs.receive_message(QueueUrl=outputs["dlq_url"]).get("Messages", [])]
            time.sleep(0.2)
        print(f"    in the dead-letter queue after its retries: {dead}")

        step("GET /hello/world?lang=en through the HTTP front (an API Gateway proxy event)")
        url = f"{control_url}/http/{ACCOUNT}/{REGION}/{outputs['function_name']}/hello/world?lang=en"
        with urllib.request.urlopen(url) as response:
            answer = json.loads(response.read())
        print(f"    {response.status}: path={answer['event']['path']} query={answer['event']['queryStringParameters']}")

        step("What the executor measured")
        print(f"    {'#':>3} {'trigger':<10} {'status':<8} {'cold':<5} {'init ms':>8} {'ms':>8} {'peak MB':>8}")
        for r in control(control_url, "/invocations")["invocations"]:
            init = f"{r['init_ms']:.1f}" if r["init_ms"] else "-"
            print(f"    {r['sequence']:>3} {r['trigger']:<10} {r['status']:<8} {str(r['cold_start']):<5} {init:>8} {r['duration_ms'] or 0:>8.1f} {(r['max_memory_kb'] or 0) / 1024:>8.1f}")

        lambda_.delete_event_source_mapping(UUID=mapping["UUID"])
        step("terraform destroy")
        terraform(workdir, "destroy", "-auto-approve", "-no-color", *variables)
        print(f"\nDone in {time.monotonic() - started:.0f} s. Everything ran on 127.0.0.1; the launcher's log was {world / 'localaws.log'}.")
    finally:
        os.killpg(launcher.pid, signal.SIGTERM)
        launcher.wait(timeout=15)


if __name__ == "__main__":
    main()
