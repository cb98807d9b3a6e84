"""Lambda's asynchronous invocation settings, as AWS applies them (dev tooling).

An asynchronous invocation (EventBridge targets, `InvocationType=Event`) that fails is retried up
to `MaximumRetryAttempts` times (default 2); when the retries are exhausted, the function's
on-failure destination gets an invocation record. AWS waits about a minute, then two, between
attempts; locally they follow one another at once so that tests need not wait. An SQS
destination is sent with the function's execution role, as Lambda does: with IAM evaluated, a
role that may not `sqs:SendMessage` to the queue loses the record (logged).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone
from typing import Any

log = logging.getLogger("localaws.destinations")

DEFAULT_RETRY_ATTEMPTS = 2


def invoke_config(fn: Any) -> dict[str, Any]:
    """The function's event invoke configuration (`{}` when none). moto appends on every Put
    instead of replacing, so the newest is the last."""
    configs = getattr(fn, "event_invoke_config", None) or []
    return configs[-1].config if configs else {}


def retry_attempts(config: dict[str, Any]) -> int:
    return int(config.get("MaximumRetryAttempts", DEFAULT_RETRY_ATTEMPTS))


def on_failure_arn(config: dict[str, Any]) -> str | None:
    return ((config.get("DestinationConfig") or {}).get("OnFailure") or {}).get("Destination")


def failure_record(fn: Any, request_id: str, payload: bytes, attempts: int, response: bytes) -> dict[str, Any]:
    """The record Lambda sends to an on-failure destination (the documented shape; every local
    failure is reported as Lambda reports an error raised by the function: `Unhandled`)."""
    try:
        request = json.loads(payload)
    except ValueError:
        request = payload.decode("utf-8", "replace")
    try:
        answer = json.loads(response)
    except ValueError:
        answer = response.decode("utf-8", "replace")
    return {
        "version": "1.0",
        "timestamp": datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "requestContext": {
            "requestId": request_id,
            "functionArn": f"{fn.function_arn}:$LATEST",
            "condition": "RetriesExhausted",
            "approximateInvokeCount": attempts,
        },
        "requestPayload": request,
        "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
        "responsePayload": answer,
    }


def send_failure(fn: Any, destination: str, record: dict[str, Any]) -> None:
    """Send `record` to an SQS on-failure destination with the function's role."""
    from moto.sqs.models import sqs_backends
    from moto.utilities.arns import parse_arn

    from . import iam

    arn = parse_arn(destination)
    if arn.service != "sqs":
        log.warning("%s: on-failure destination %s is not delivered locally", fn.function_name, destination)
        return
    if iam.enabled() and not iam.role_may(fn.role, "sqs:SendMessage", destination):
        log.warning("%s: the role %s may not sqs:SendMessage on %s: failure record lost", fn.function_name, fn.role, destination)
        return
    sqs_backends[arn.account][arn.region].send_message(queue_name=arn.resource_id, message_body=json.dumps(record))
