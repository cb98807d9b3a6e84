"""SQS as AWS behaves, where moto does not (dev tooling, not production code).

- `RedrivePolicy` comes back as compact JSON, as AWS returns it: moto's spaced JSON made
  Terraform's aws_sqs_queue show a change on every plan.
- Sending a message no longer invokes a mapped Lambda function synchronously inside SendMessage:
  the executor's poller consumes the queue as Lambda's event-source mapping does (batches,
  visibility timeout, partial batch responses, redrive to the DLQ).
"""

from __future__ import annotations

import json
from typing import Any

from moto.sqs.models import Queue


class _PolledByExecutor(dict):  # type: ignore[type-arg]
    """Keeps moto's bookkeeping of mappings but hides them from SendMessage."""

    def items(self) -> Any:
        return []


def install() -> None:
    original_init = Queue.__init__
    original_attributes = Queue.attributes.fget  # type: ignore[attr-defined]

    def init(self: Queue, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        self.lambda_event_source_mappings = _PolledByExecutor()

    def attributes(self: Queue) -> dict[str, Any]:
        result = original_attributes(self)
        if self.redrive_policy:
            result["RedrivePolicy"] = json.dumps(self.redrive_policy, separators=(",", ":"))
        else:
            result.pop("RedrivePolicy", None)
        return result

    Queue.__init__ = init  # type: ignore[method-assign]
    Queue.attributes = property(attributes)  # type: ignore[method-assign,assignment]
