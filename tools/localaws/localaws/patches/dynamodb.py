"""DynamoDB: conditional writes are atomic, as in AWS.

moto runs requests on many threads with no lock around a write: a transaction snapshots every
table it touches, applies its items one by one, and on a failed condition restores the whole
snapshot, wiping whatever another thread committed meanwhile. Seen in CI: two instances
handling the same event concurrently, the loser's rollback erased the winner's event and
issue, and the event was then stored a second time. awsmon's idempotency (one stored event, one notification, however often
and however concurrently an event is delivered) rests on that atomicity, so every write, and
every read that must see a whole write, runs under one lock per backend process.
"""

from __future__ import annotations

import functools
import threading
from typing import Any, Callable

WRITES = ("put_item", "update_item", "delete_item", "transact_write_items", "batch_write_item")
READS = ("get_item", "query", "transact_get_items", "batch_get_item", "scan")

_lock = threading.RLock()


def _serialised(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with _lock:
            return method(*args, **kwargs)

    return wrapper


def install() -> None:
    from moto.dynamodb.models import DynamoDBBackend

    for name in WRITES + READS:
        setattr(DynamoDBBackend, name, _serialised(getattr(DynamoDBBackend, name)))
