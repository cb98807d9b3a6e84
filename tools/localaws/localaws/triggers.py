"""What makes the local executor run functions the way AWS would (dev tooling, not production
code): EventBridge schedules, SQS event-source mappings, and an API Gateway proxy front.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import threading
import time
import uuid
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .executor import Executor, FunctionRef, InvocationResult, function_ref_from

log = logging.getLogger("localaws.triggers")

_RATE = re.compile(r"^rate\((\d+)\s+(minute|minutes|hour|hours|day|days)\)$")
_UNIT_S = {"minute": 60, "hour": 3600, "day": 86400}


def rate_period_s(expression: str) -> int | None:
    """Seconds between runs of a `rate(...)` expression; None for cron and anything else."""
    match = _RATE.match(expression.strip())
    if not match:
        return None
    return int(match.group(1)) * _UNIT_S[match.group(2).rstrip("s")]


def _all_backends(backend_dict: Any) -> list[tuple[str, str, Any]]:
    found = []
    for account_id, regions in list(backend_dict.items()):
        for region, backend in list(regions.items()):
            found.append((account_id, region, backend))
    return found


class Scheduler:
    """Fires EventBridge schedule rules: on demand (`run_rule`, what tests and the demo use)
    and, when `realtime` is on, on their `rate(...)` period as AWS would."""

    def __init__(self, executor: Executor, realtime: bool):
        self.executor = executor
        self.realtime = realtime
        self._next_due: dict[str, float] = {}
        self._stop = threading.Event()
        self._warned: set[str] = set()

    def scheduled_event(self, rule: Any) -> dict[str, Any]:
        return {
            "version": "0",
            "id": str(uuid.uuid4()),
            "detail-type": "Scheduled Event",
            "source": "aws.events",
            "account": rule.account_id,
            "time": time.time(),
            "region": rule.region_name,
            "resources": [rule.arn],
            "detail": {},
        }

    def run_rule(self, account_id: str, region: str, rule_name: str, bus: str = "default") -> list[dict[str, Any]]:
        """Fire one schedule rule now; wait for its Lambda targets and return their records."""
        from moto.events.models import events_backends

        from .patches.events import deliver_to_target

        rule = events_backends[account_id][region].describe_rule(rule_name, bus)
        if not rule.scheduled_expression:
            raise ValueError(f"rule {rule_name} has no schedule expression")
        event = self.scheduled_event(rule)
        results = []
        for target in list(rule.targets):
            outcome = deliver_to_target(rule, target, event, wait=True)
            if isinstance(outcome, InvocationResult):
                results.append({"record": outcome.record.__dict__, "payload": outcome.payload.decode("utf-8", "replace")})
        return results

    def start(self) -> None:
        if self.realtime:
            threading.Thread(target=self._loop, daemon=True, name="scheduler").start()

    def stop(self) -> None:
        self._stop.set()

    def _loop(self) -> None:
        from moto.events.models import events_backends

        from .patches.events import deliver_to_target

        while not self._stop.wait(0.5):
            now = time.time()
            for _, _, backend in _all_backends(events_backends):
                for bus in list(backend.event_buses.values()):
                    for rule in list(bus.rules.values()):
                        if not rule.scheduled_expression or rule.state != "ENABLED":
                            continue
                        period = rate_period_s(rule.scheduled_expression)
                        if period is None:
                            if rule.arn not in self._warned:
                                self._warned.add(rule.arn)
                                log.warning("%s: only rate() schedules fire by themselves locally", rule.arn)
                            continue
                        due = self._next_due.setdefault(rule.arn, now + period)
                        if now >= due:
                            self._next_due[rule.arn] = due + period
                            event = self.scheduled_event(rule)
                            for target in list(rule.targets):
                                deliver_to_target(rule, target, event)


class SqsPoller:
    """Consumes SQS queues mapped to functions, as Lambda's event-source mapping does: batches
    of BatchSize (within MaximumBatchingWindowInSeconds), messages deleted on success, left to
    reappear after the visibility timeout on failure, only the reported ones left when the
    mapping has ReportBatchItemFailures; moto moves a message to the DLQ once its receive
    count passes the queue's maxReceiveCount."""

    def __init__(self, executor: Executor):
        self.executor = executor
        self._workers: dict[str, threading.Thread] = {}
        self._stop = threading.Event()
        self._denied: set[str] = set()  # mappings whose role may not poll (warned once)

    def start(self) -> None:
        threading.Thread(target=self._discover, daemon=True, name="sqs-discovery").start()

    def stop(self) -> None:
        self._stop.set()

    def _mappings(self) -> list[Any]:
        from moto.awslambda_simple.models import lambda_simple_backends

        found = []
        for _, _, backend in _all_backends(lambda_simple_backends):
            for esm in list(backend._event_source_mappings.values()):
                if ":sqs:" in esm.event_source_arn:
                    found.append(esm)
        return found

    def _discover(self) -> None:
        while not self._stop.wait(0.1):
            for esm in self._mappings():
                if esm.uuid not in self._workers:
                    worker = threading.Thread(target=self._consume, args=(esm,), daemon=True, name=f"esm-{esm.uuid[:8]}")
                    self._workers[esm.uuid] = worker
                    worker.start()

    def _live(self, esm: Any) -> bool:
        return any(m.uuid == esm.uuid for m in self._mappings())

    def _consume(self, esm: Any) -> None:
        from moto.sqs.models import sqs_backends

        queue_arn = esm.event_source_arn
        _, _, _, region, account_id, queue_name = queue_arn.split(":")
        sqs = sqs_backends[account_id][region]
        while not self._stop.is_set():
            if not self._live(esm):
                self._workers.pop(esm.uuid, None)
                return
            if not esm.enabled or not self._role_may_poll(esm, queue_arn):
                self._stop.wait(0.2)
                continue
            try:
                messages = self._receive_batch(sqs, queue_name, esm)
            except Exception as err:  # queue deleted under the mapping, for example
                log.warning("mapping %s: cannot receive from %s: %s", esm.uuid, queue_arn, err)
                self._stop.wait(1.0)
                continue
            if not messages:
                self._stop.wait(0.1)
                continue
            self._invoke(sqs, queue_name, queue_arn, region, esm, messages)

    POLL_ACTIONS = ("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes")

    def _role_may_poll(self, esm: Any, queue_arn: str) -> bool:
        """With IAM on, Lambda polls with the function's execution role: a role without the
        three actions on the queue leaves its messages there (AWS refuses such a mapping)."""
        from . import iam
        from .executor import lambda_function

        if not iam.enabled():
            return True
        try:
            role_arn = lambda_function(function_ref_from(esm.function_arn, esm.account_id, esm.region)).role
        except Exception:
            return False
        missing = [a for a in self.POLL_ACTIONS if not iam.role_may(role_arn, a, queue_arn)]
        if not missing:
            self._denied.discard(esm.uuid)
            return True
        if esm.uuid not in self._denied:  # warn once, not at every poll
            self._denied.add(esm.uuid)
            log.warning("mapping %s: the role %s may not %s on %s: not polling", esm.uuid, role_arn, ", ".join(missing), queue_arn)
        return False

    def _receive_batch(self, sqs: Any, queue_name: str, esm: Any) -> list[Any]:
        batch_size = int(esm.batch_size or 10)
        window_s = float(esm.max_batch_window or 0)
        deadline = time.monotonic() + window_s
        messages: list[Any] = []
        while len(messages) < batch_size:
            queue = sqs.get_queue(queue_name)
            got = sqs.receive_message(queue_name, min(10, batch_size - len(messages)), 0, int(queue.visibility_timeout))
            messages.extend(got)
            if time.monotonic() >= deadline or (not got and not messages):
                break
            if not got:
                time.sleep(0.05)
        return messages

    def _invoke(self, sqs: Any, queue_name: str, queue_arn: str, region: str, esm: Any, messages: list[Any]) -> None:
        event = {"Records": [self._record(m, queue_arn, region) for m in messages]}
        ref = function_ref_from(esm.function_arn, esm.account_id, esm.region)
        result = self.executor.invoke(ref, json.dumps(event).encode(), "sqs")
        if not result.ok:
            return  # every message reappears after its visibility timeout
        failed: set[str] = set()
        if "ReportBatchItemFailures" in (esm.function_response_types or []):
            failed = self._reported_failures(result.payload, {m.id for m in messages})
        for message in messages:
            if message.id not in failed:
                sqs.delete_message(queue_name, message.receipt_handle)

    @staticmethod
    def _reported_failures(payload: bytes, batch_ids: set[str]) -> set[str]:
        """The ids a partial batch response reports. A malformed response, or one naming a
        message not in the batch, fails the whole batch, as Lambda does."""
        try:
            response = json.loads(payload or b"null")
        except ValueError:
            return batch_ids
        if response is None or response == {}:
            return set()
        failures = response.get("batchItemFailures") if isinstance(response, dict) else None
        if failures is None:
            return set()
        if not isinstance(failures, list):
            return batch_ids
        ids = set()
        for failure in failures:
            item = failure.get("itemIdentifier") if isinstance(failure, dict) else None
            if not item or item not in batch_ids:
                return batch_ids
            ids.add(item)
        return ids

    @staticmethod
    def _record(message: Any, queue_arn: str, region: str) -> dict[str, Any]:
        attributes = {
            "ApproximateReceiveCount": str(message.approximate_receive_count),
            "SentTimestamp": str(message.sent_timestamp),
            "SenderId": str(getattr(message, "sender_id", "")),
            "ApproximateFirstReceiveTimestamp": str(message.approximate_first_receive_timestamp or ""),
        }
        return {
            "messageId": message.id,
            "receiptHandle": message.receipt_handle,
            "body": message.body,
            "attributes": attributes,
            "messageAttributes": message.message_attributes or {},
            "md5OfBody": hashlib.md5(message.body.encode()).hexdigest(),
            "eventSource": "aws:sqs",
            "eventSourceARN": queue_arn,
            "awsRegion": region,
        }


def api_resource(ref: FunctionRef, method: str, path: str) -> str:
    """The API Gateway resource that takes `method` on `path` for the function, as API Gateway
    picks it: a resource of a REST API in the function's account and region whose path is exactly
    `path`, with a method (or ANY) integrated with the function, before the `/{proxy+}` catch-all.
    """
    from moto.apigateway.models import apigateway_backends

    backend = apigateway_backends[ref.account_id][ref.region]
    target = f":function:{ref.name}/invocations"
    for api in backend.apis.values():
        for resource in api.resources.values():
            if resource.get_path() != path:
                continue
            for verb in (method, "ANY"):
                found = resource.resource_methods.get(verb)
                integration = found.method_integration if found else None
                if integration is not None and target in (integration.uri or ""):
                    return path
    return "/{proxy+}"


def api_gateway_event(method: str, raw_path: str, headers: dict[str, str], body: bytes, account_id: str, stage: str = "local", resource: str = "/{proxy+}") -> dict[str, Any]:
    """An API Gateway REST API (v1) Lambda proxy event for one HTTP request on `resource`."""
    parts = urlsplit(raw_path)
    query = parse_qs(parts.query, keep_blank_values=True)
    text_body: str | None = None
    is_base64 = False
    if body:
        try:
            text_body = body.decode("utf-8")
        except UnicodeDecodeError:
            text_body, is_base64 = base64.b64encode(body).decode(), True
    request_id = str(uuid.uuid4())
    return {
        "resource": resource,
        "path": parts.path,
        "httpMethod": method,
        "headers": dict(headers),
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "queryStringParameters": {k: v[-1] for k, v in query.items()} or None,
        "multiValueQueryStringParameters": query or None,
        "pathParameters": {"proxy": parts.path.lstrip("/")} if parts.path.strip("/") and resource == "/{proxy+}" else None,
        "stageVariables": None,
        "requestContext": {
            "accountId": account_id,
            "apiId": "local",
            "resourcePath": resource,
            "httpMethod": method,
            "path": f"/{stage}{parts.path}",
            "stage": stage,
            "requestId": request_id,
            "extendedRequestId": request_id,
            "requestTime": datetime.now(tz=timezone.utc).strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "requestTimeEpoch": int(time.time() * 1000),
            "protocol": "HTTP/1.1",
            "identity": {"sourceIp": "127.0.0.1", "userAgent": headers.get("User-Agent", "")},
        },
        "body": text_body,
        "isBase64Encoded": is_base64,
    }


def api_gateway_response(result: InvocationResult) -> tuple[int, dict[str, str], bytes]:
    """Turn a proxy integration's result into the HTTP response API Gateway would send."""
    malformed = (502, {"Content-Type": "application/json"}, b'{"message": "Internal server error"}')
    if not result.ok:
        return malformed
    try:
        response = json.loads(result.payload)
        status = int(response["statusCode"])  # API Gateway rejects a proxy response without it
    except (ValueError, KeyError, TypeError):
        return malformed
    headers = {str(k): str(v) for k, v in (response.get("headers") or {}).items()}
    for key, values in (response.get("multiValueHeaders") or {}).items():
        headers[str(key)] = ", ".join(str(v) for v in values)
    body = response.get("body") or ""
    raw = base64.b64decode(body) if response.get("isBase64Encoded") else str(body).encode()
    return status, headers, raw


def http_front_invoke(executor: Executor, ref: FunctionRef, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
    resource = api_resource(ref, method, urlsplit(path).path)
    event = api_gateway_event(method, path, headers, body, ref.account_id, resource=resource)
    result = executor.invoke(ref, json.dumps(event).encode(), "http")
    return api_gateway_response(result)
