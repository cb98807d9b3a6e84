"""The Lambda Runtime API for one function instance (dev tooling, not production code).

Serves /2018-06-01/runtime/invocation/next, .../{id}/response, .../{id}/error and
/2018-06-01/runtime/init/error on a loopback port, the way the Lambda service does for a
custom runtime's `bootstrap`.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

PREFIX = "/2018-06-01/runtime"


@dataclass
class PendingInvocation:
    request_id: str
    payload: bytes
    deadline_ms: int
    function_arn: str
    done: threading.Event = field(default_factory=threading.Event)
    started_at: float | None = None  # monotonic, when /next handed it out
    finished_at: float | None = None
    response: bytes | None = None
    error: dict[str, Any] | None = None


class RuntimeApi:
    """One Runtime API endpoint, fed by the executor through `submit`."""

    def __init__(self) -> None:
        self._queue: queue.Queue[PendingInvocation | None] = queue.Queue()
        self._in_flight: dict[str, PendingInvocation] = {}
        self._lock = threading.Lock()
        self.first_next_at: float | None = None  # monotonic: when init finished
        self.init_error: dict[str, Any] | None = None
        self.init_failed = threading.Event()
        self.next_waiting = threading.Event()
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: Any) -> None:  # keep the launcher's output readable
                pass

            def _body(self) -> bytes:
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _reply(self, status: int, body: bytes = b"{}", headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path != f"{PREFIX}/invocation/next":
                    self._reply(404, b'{"errorMessage":"unknown path"}')
                    return
                invocation = api._next()
                if invocation is None:  # shutting down
                    self._reply(410, b'{"errorMessage":"instance stopped"}')
                    return
                self._reply(
                    200,
                    invocation.payload,
                    {
                        "Lambda-Runtime-Aws-Request-Id": invocation.request_id,
                        "Lambda-Runtime-Deadline-Ms": str(invocation.deadline_ms),
                        "Lambda-Runtime-Invoked-Function-Arn": invocation.function_arn,
                        "Lambda-Runtime-Trace-Id": f"Root=1-{int(time.time()):08x}-{invocation.request_id.replace('-', '')[:24]};Parent=0000000000000000;Sampled=0",
                    },
                )

            def do_POST(self) -> None:
                body = self._body()
                if self.path == f"{PREFIX}/init/error":
                    api._init_error(body)
                    self._reply(202, b'{"status":"OK"}')
                    return
                parts = self.path[len(PREFIX) :].strip("/").split("/")
                if len(parts) == 3 and parts[0] == "invocation" and parts[2] in ("response", "error"):
                    if api._finish(parts[1], parts[2], body, self.headers.get("Lambda-Runtime-Function-Error-Type")):
                        self._reply(202, b'{"status":"OK"}')
                    else:
                        self._reply(400, b'{"errorMessage":"unknown or finished request id"}')
                    return
                self._reply(404, b'{"errorMessage":"unknown path"}')

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="runtime-api")
        self._thread.start()

    @property
    def address(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{host}:{port}"

    def submit(self, invocation: PendingInvocation) -> None:
        self._queue.put(invocation)

    def close(self) -> None:
        self._queue.put(None)
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            for invocation in self._in_flight.values():
                invocation.done.set()

    def _next(self) -> PendingInvocation | None:
        if self.first_next_at is None:
            self.first_next_at = time.monotonic()
        self.next_waiting.set()
        invocation = self._queue.get()
        self.next_waiting.clear()
        if invocation is None:
            self._queue.put(None)  # let other waiters see the shutdown too
            return None
        invocation.started_at = time.monotonic()
        with self._lock:
            self._in_flight[invocation.request_id] = invocation
        return invocation

    def _finish(self, request_id: str, outcome: str, body: bytes, error_type: str | None) -> bool:
        with self._lock:
            invocation = self._in_flight.pop(request_id, None)
        if invocation is None:
            return False
        invocation.finished_at = time.monotonic()
        if outcome == "response":
            invocation.response = body
        else:
            invocation.error = _error_body(body, error_type)
        invocation.done.set()
        return True

    def _init_error(self, body: bytes) -> None:
        self.init_error = _error_body(body, None)
        self.init_failed.set()


def _error_body(body: bytes, error_type: str | None) -> dict[str, Any]:
    try:
        error = json.loads(body or b"{}")
        if not isinstance(error, dict):
            error = {"errorMessage": str(error)}
    except ValueError:
        error = {"errorMessage": body.decode("utf-8", "replace")}
    if error_type and "errorType" not in error:
        error["errorType"] = error_type
    return error
