"""The local Lambda executor (dev tooling, not production code).

Runs a function's `bootstrap`, taken from the zip deployed to local AWS, behind its own Runtime
API, with the environment Lambda gives a `provided.al2023` function and the temporary
credentials of the function's execution role (from moto's STS, so every AWS call the function
makes lands in the function's own account). One warm instance per function, reused until the
code or configuration changes, the process dies, or an invocation times out; invocations of one
function run one at a time (reserved concurrency 1), which keeps local runs deterministic.

Each invocation is recorded with its trigger, init time (process start to the first `next`),
duration (`next` to response) and peak memory (VmHWM of the process), for tests and benchmarks.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid
import zipfile
from dataclasses import asdict, dataclass
from typing import Any, Callable

from . import destinations
from .runtime_api import PendingInvocation, RuntimeApi

log = logging.getLogger("localaws.executor")

# Grace on top of the function's timeout before the executor gives up on a response.
TIMEOUT_GRACE_S = 2.0
# How long a bootstrap may take to reach its first `next` call (Lambda's init phase is 10 s).
INIT_TIMEOUT_S = 10.0


class FunctionNotFound(LookupError):
    pass


@dataclass
class InvocationRecord:
    """What the executor measured for one invocation (served at GET /invocations)."""

    sequence: int
    request_id: str
    account_id: str
    region: str
    function_name: str
    trigger: str  # invoke, schedule, event-rule, sqs, http
    cold_start: bool
    init_ms: float | None
    duration_ms: float | None
    max_memory_kb: int | None
    status: str  # success, error, timeout, init-error
    error_type: str | None
    error_message: str | None
    started_at: float  # epoch seconds
    response_bytes: int


@dataclass
class InvocationResult:
    record: InvocationRecord
    payload: bytes  # the response, or the error document for failures

    @property
    def ok(self) -> bool:
        return self.record.status == "success"


@dataclass(frozen=True)
class FunctionRef:
    account_id: str
    region: str
    name: str


def lambda_function(ref: FunctionRef) -> Any:
    """The moto LambdaFunction for `ref` ($LATEST)."""
    from moto.awslambda.utils import get_backend  # the Docker-free backend the launcher selects

    backend = get_backend(ref.account_id, ref.region)
    try:
        return backend.get_function(ref.name, None)
    except Exception as err:  # moto raises its own UnknownFunctionException
        raise FunctionNotFound(f"function {ref.name} not found in {ref.account_id}/{ref.region}") from err


def function_ref_from(name_or_arn: str, account_id: str, region: str) -> FunctionRef:
    """Resolve a function name or ARN the way Lambda does (an ARN names its own account)."""
    if name_or_arn.startswith("arn:"):
        parts = name_or_arn.split(":")
        # arn:aws:lambda:region:account:function:name[:qualifier]
        return FunctionRef(parts[4], parts[3], parts[6])
    return FunctionRef(account_id, region, name_or_arn)


def _read_peak_rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _config_fingerprint(fn: Any) -> str:
    parts = [
        fn.code_sha_256,
        json.dumps(fn.environment_vars, sort_keys=True),
        str(fn.memory_size),
        str(fn.timeout),
        fn.role,
        json.dumps(getattr(fn, "logging_config", None) or {}, sort_keys=True, default=str),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class Instance:
    """One warm execution environment: an unpacked zip, a Runtime API, a bootstrap process."""

    def __init__(self, executor: Executor, ref: FunctionRef, fn: Any):
        self.executor = executor
        self.ref = ref
        self.function_arn = fn.function_arn
        self.timeout_s = float(fn.timeout or 3)
        self.memory_mb = int(fn.memory_size or 128)
        self.fingerprint = _config_fingerprint(fn)
        self.log_group = (getattr(fn, "logging_config", None) or {}).get("LogGroup") or f"/aws/lambda/{ref.name}"
        self.log_stream = time.strftime("%Y/%m/%d/", time.gmtime()) + f"[$LATEST]{uuid.uuid4().hex}"
        self.workdir = tempfile.mkdtemp(prefix=f"lambda-{ref.name}-", dir=executor.workdir)
        self.code_dir = os.path.join(self.workdir, "task")
        with zipfile.ZipFile(io.BytesIO(fn.code_bytes)) as archive:
            archive.extractall(self.code_dir)
            # zipfile drops unix modes: restore them so `bootstrap` stays executable.
            for info in archive.infolist():
                mode = (info.external_attr >> 16) & 0o777
                if mode:
                    os.chmod(os.path.join(self.code_dir, info.filename), mode)
        bootstrap = os.path.join(self.code_dir, "bootstrap")
        if not os.path.isfile(bootstrap):
            raise RuntimeError(f"the deployed zip of {ref.name} has no bootstrap at its root")
        self.api = RuntimeApi()
        self.spawned_at = time.monotonic()
        self.process = subprocess.Popen(
            [bootstrap],
            cwd=self.code_dir,
            env=self._environment(fn),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        self.executor.track(self.process)
        self.used = False
        threading.Thread(target=self._pump_output, daemon=True, name=f"logs-{ref.name}").start()

    def _environment(self, fn: Any) -> dict[str, str]:
        credentials = self.executor.role_credentials(fn.role, self.ref)
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "en_US.UTF-8",
            "TZ": ":UTC",
            "LAMBDA_TASK_ROOT": self.code_dir,
            "LAMBDA_RUNTIME_DIR": self.code_dir,
            "_HANDLER": fn.handler or "bootstrap",
            "AWS_EXECUTION_ENV": "AWS_Lambda_provided.al2023",
            "AWS_LAMBDA_RUNTIME_API": self.api.address,
            "AWS_LAMBDA_FUNCTION_NAME": self.ref.name,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(self.memory_mb),
            "AWS_LAMBDA_LOG_GROUP_NAME": self.log_group,
            "AWS_LAMBDA_LOG_STREAM_NAME": self.log_stream,
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
            "AWS_REGION": self.ref.region,
            "AWS_DEFAULT_REGION": self.ref.region,
            "AWS_ACCESS_KEY_ID": credentials["AccessKeyId"],
            "AWS_SECRET_ACCESS_KEY": credentials["SecretAccessKey"],
            "AWS_SESSION_TOKEN": credentials["SessionToken"],
            # Not set by real Lambda: points every AWS SDK at local AWS.
            "AWS_ENDPOINT_URL": self.executor.endpoint_url,
        }
        env.update({str(k): str(v) for k, v in (fn.environment_vars or {}).items()})
        return env

    def _pump_output(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self.executor.function_log(self.ref, self.log_group, self.log_stream, line)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        self.api.close()
        if self.alive:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.executor.untrack(self.process)
        shutil.rmtree(self.workdir, ignore_errors=True)

    def run(self, payload: bytes, request_id: str) -> tuple[str, float | None, float | None, bytes, dict[str, Any] | None]:
        """Hand one event to the bootstrap: (status, init_ms, duration_ms, response, error)."""
        cold = not self.used
        self.used = True
        deadline_ms = int((time.time() + self.timeout_s) * 1000)
        invocation = PendingInvocation(request_id, payload, deadline_ms, self.function_arn)
        self.api.submit(invocation)

        init_ms: float | None = None
        if cold:
            ready_by = time.monotonic() + INIT_TIMEOUT_S
            while self.api.first_next_at is None:
                if self.api.init_failed.is_set() or not self.alive or time.monotonic() > ready_by:
                    error = self.api.init_error or {
                        "errorType": "Runtime.ExitError" if not self.alive else "Runtime.InitTimeout",
                        "errorMessage": f"bootstrap exited with {self.process.poll()} before calling next"
                        if not self.alive
                        else f"bootstrap did not call next within {INIT_TIMEOUT_S:.0f} s",
                    }
                    return "init-error", None, None, b"", error
                time.sleep(0.001)
            init_ms = (self.api.first_next_at - self.spawned_at) * 1000

        finished = invocation.done.wait(self.timeout_s + TIMEOUT_GRACE_S)
        while not finished and self.alive and invocation.started_at is None:
            finished = invocation.done.wait(0.05)  # still queued behind init: not its timeout yet
        if not invocation.done.is_set():
            return "timeout", init_ms, self.timeout_s * 1000, b"", {
                "errorType": "Sandbox.Timedout",
                "errorMessage": f"Task timed out after {self.timeout_s:.2f} seconds",
            }
        if invocation.started_at is None or invocation.finished_at is None:
            return "error", init_ms, None, b"", {
                "errorType": "Runtime.ExitError",
                "errorMessage": f"bootstrap exited with {self.process.poll()} during the invocation",
            }
        duration_ms = (invocation.finished_at - invocation.started_at) * 1000
        if invocation.error is not None:
            return "error", init_ms, duration_ms, b"", invocation.error
        return "success", init_ms, duration_ms, invocation.response or b"", None


class Executor:
    """Invokes functions deployed to local AWS; owns their instances and the records."""

    def __init__(self, endpoint_url: str, workdir: str, log_sink: Callable[[str], None] | None = None):
        self.endpoint_url = endpoint_url
        self.workdir = workdir
        self._log_sink = log_sink or (lambda line: None)
        self._instances: dict[FunctionRef, Instance] = {}
        self._function_locks: dict[FunctionRef, threading.Lock] = {}
        self._registry_lock = threading.Lock()
        self._records: list[InvocationRecord] = []
        self._records_changed = threading.Condition()
        self._processes: set[subprocess.Popen[bytes]] = set()
        self._async_threads: set[threading.Thread] = set()
        self._warned: set[str] = set()

    # -- processes ------------------------------------------------------------------------

    def track(self, process: subprocess.Popen[bytes]) -> None:
        with self._registry_lock:
            self._processes.add(process)

    def untrack(self, process: subprocess.Popen[bytes]) -> None:
        with self._registry_lock:
            self._processes.discard(process)

    def shutdown(self) -> None:
        with self._registry_lock:
            instances = list(self._instances.values())
            self._instances.clear()
        for instance in instances:
            instance.stop()
        with self._registry_lock:
            for process in list(self._processes):
                try:
                    process.send_signal(signal.SIGKILL)
                except ProcessLookupError:
                    pass

    # -- identity and logs ----------------------------------------------------------------

    def role_credentials(self, role_arn: str, ref: FunctionRef) -> dict[str, str]:
        """Temporary credentials of the execution role, issued by moto's STS."""
        from moto.sts.models import sts_backends

        role = sts_backends[ref.account_id]["aws"].assume_role(
            region_name=ref.region,
            role_session_name=ref.name[:64],
            role_arn=role_arn,
            policy="",
            duration=43200,
            external_id="",
        )
        from . import iam

        iam.register_session(role.access_key_id, role_arn, ref.name[:64])  # evaluated when IAM is on
        return {
            "AccessKeyId": role.access_key_id,
            "SecretAccessKey": role.secret_access_key,
            "SessionToken": role.session_token,
        }

    def function_log(self, ref: FunctionRef, group: str, stream: str, line: str) -> None:
        """A line the function printed: to its CloudWatch log group, as Lambda does, and to the
        launcher's log."""
        self._log_sink(f"[{ref.account_id}/{ref.name}] {line}")
        from moto.logs.models import logs_backends

        from . import iam

        backend = logs_backends[ref.account_id][ref.region]
        try:
            # Lambda writes with the execution role: with IAM on, a role that may not write
            # to the group loses the line, as on AWS (the launcher's log still has it).
            role_arn = lambda_function(ref).role if iam.enabled() else None
            group_arn = f"arn:aws:logs:{ref.region}:{ref.account_id}:log-group:{group}"
            if role_arn and not all(
                iam.role_may(role_arn, action, f"{group_arn}:log-stream:{stream}")
                for action in ("logs:CreateLogStream", "logs:PutLogEvents")
            ):
                self._warn_once(ref, f"the role of {ref.name} may not write to {group}: its output is not stored")
                return
            if group not in backend.groups:
                # Lambda creates a missing group only with logs:CreateLogGroup (awsmon's roles
                # lack it; without IAM it is not evaluated); at least the last lines of a
                # function deleted mid-invocation must not bring back the group its owner
                # just deleted.
                try:
                    lambda_function(ref)
                except FunctionNotFound:
                    return
                if role_arn and not iam.role_may(role_arn, "logs:CreateLogGroup", f"{group_arn}:*"):
                    self._warn_once(ref, f"{group} does not exist and the role of {ref.name} may not create it")
                    return
                backend.create_log_group(group, {})
            if stream not in backend.groups[group].streams:
                backend.create_log_stream(group, stream)
            backend.put_log_events(group, stream, [{"timestamp": int(time.time() * 1000), "message": line}])
        except Exception as err:  # a log line must never break an invocation
            log.debug("could not store a log line of %s: %s", ref.name, err)

    def _warn_once(self, ref: FunctionRef, message: str) -> None:
        with self._registry_lock:
            if message in self._warned:
                return
            self._warned.add(message)
        log.warning("%s/%s: %s", ref.account_id, ref.name, message)

    # -- invocations ----------------------------------------------------------------------

    def _lock_for(self, ref: FunctionRef) -> threading.Lock:
        with self._registry_lock:
            return self._function_locks.setdefault(ref, threading.Lock())

    def _instance_for(self, ref: FunctionRef) -> Instance:
        fn = lambda_function(ref)
        with self._registry_lock:
            instance = self._instances.get(ref)
        if instance is not None and (not instance.alive or instance.fingerprint != _config_fingerprint(fn)):
            instance.stop()
            instance = None
        if instance is None:
            instance = Instance(self, ref, fn)
            with self._registry_lock:
                self._instances[ref] = instance
        return instance

    def invoke(self, ref: FunctionRef, payload: bytes, trigger: str) -> InvocationResult:
        """Invoke synchronously (RequestResponse) and record the outcome."""
        request_id = str(uuid.uuid4())
        started_at = time.time()
        with self._lock_for(ref):
            instance = self._instance_for(ref)
            cold = not instance.used
            def lambda_line(line: str, instance: Instance = instance) -> None:
                self.function_log(ref, instance.log_group, instance.log_stream, line)

            lambda_line(f"START RequestId: {request_id} Version: $LATEST")
            status, init_ms, duration_ms, response, error = instance.run(payload, request_id)
            peak_kb = _read_peak_rss_kb(instance.process.pid)
            # The lines Lambda itself writes for every invocation.
            lambda_line(f"END RequestId: {request_id}")
            report = (
                f"REPORT RequestId: {request_id}\tDuration: {duration_ms or 0:.2f} ms\t"
                f"Memory Size: {instance.memory_mb} MB\tMax Memory Used: {(peak_kb or 0) // 1024} MB"
            )
            if init_ms is not None:
                report += f"\tInit Duration: {init_ms:.2f} ms"
            if status != "success":
                report += f"\tStatus: {status}"
            lambda_line(report)
            if status in ("timeout", "init-error") or not instance.alive:
                instance.stop()
                with self._registry_lock:
                    self._instances.pop(ref, None)
        record = InvocationRecord(
            sequence=0,
            request_id=request_id,
            account_id=ref.account_id,
            region=ref.region,
            function_name=ref.name,
            trigger=trigger,
            cold_start=cold,
            init_ms=round(init_ms, 3) if init_ms is not None else None,
            duration_ms=round(duration_ms, 3) if duration_ms is not None else None,
            max_memory_kb=peak_kb,
            status=status,
            error_type=(error or {}).get("errorType"),
            error_message=(error or {}).get("errorMessage"),
            started_at=started_at,
            response_bytes=len(response),
        )
        with self._records_changed:
            record.sequence = len(self._records) + 1
            self._records.append(record)
            self._records_changed.notify_all()
        log.info(
            "invoked %s/%s via %s: %s in %s ms (init %s ms, peak %s kB)",
            ref.account_id, ref.name, trigger, status, record.duration_ms, record.init_ms, peak_kb,
        )
        body = response if status == "success" else json.dumps(error or {}).encode()
        return InvocationResult(record, body)

    def invoke_async(self, ref: FunctionRef, payload: bytes, trigger: str) -> None:
        """Invoke as Lambda's Event type does: queue it and return at once; retry a failure and
        hand the last one to the on-failure destination (`destinations`)."""

        def run() -> None:
            try:
                self._invoke_with_retries(ref, payload, trigger)
            except Exception as err:
                log.exception("async invocation of %s failed: %s", ref.name, err)
            finally:
                with self._registry_lock:
                    self._async_threads.discard(threading.current_thread())

        thread = threading.Thread(target=run, daemon=True, name=f"async-{ref.name}")
        with self._registry_lock:
            self._async_threads.add(thread)
        thread.start()

    def _invoke_with_retries(self, ref: FunctionRef, payload: bytes, trigger: str) -> None:
        config = destinations.invoke_config(lambda_function(ref))
        attempts = 1 + destinations.retry_attempts(config)
        for _ in range(attempts):
            result = self.invoke(ref, payload, trigger)
            if result.ok:
                return
        fn = lambda_function(ref)  # as it is now: the configuration may have changed meanwhile
        destination = destinations.on_failure_arn(destinations.invoke_config(fn))
        if destination is None:
            log.warning("async invocation of %s failed %d times: event dropped (no on-failure destination)", ref.name, attempts)
            return
        record = destinations.failure_record(fn, result.record.request_id, payload, attempts, result.payload)
        destinations.send_failure(fn, destination, record)

    def records(self, since: int = 0) -> list[dict[str, Any]]:
        with self._records_changed:
            return [asdict(r) for r in self._records if r.sequence > since]

    def idle(self) -> bool:
        """No asynchronous invocation is under way."""
        with self._registry_lock:
            return not self._async_threads
