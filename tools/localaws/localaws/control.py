"""The executor's HTTP endpoint on loopback (dev tooling, not production code).

    GET  /health                                   200 when serving
    GET  /invocations?since=N                      invocation records after sequence N
    GET  /inventory                                ARNs of everything made in local AWS
    GET  /idle                                     {"idle": true} when no async invocation runs
    POST /schedules/run                            {"account_id", "region", "rule", "event_bus"?}:
                                                   fire a schedule rule now, wait for its Lambda
                                                   targets, return their records and payloads
    ANY  /http/{account}/{region}/{function}/{path}  API Gateway proxy front: the request becomes
                                                   a REST API proxy event for the function
"""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .inventory import inventory
from .executor import Executor, FunctionNotFound, FunctionRef
from .triggers import Scheduler, http_front_invoke

log = logging.getLogger("localaws.control")


class ControlServer:
    def __init__(self, executor: Executor, scheduler: Scheduler):
        self.executor = executor
        self.scheduler = scheduler
        control = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_: Any) -> None:
                pass

            def _reply(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                headers = dict(headers or {})
                headers.setdefault("Content-Type", "application/json")
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _json(self, status: int, document: Any) -> None:
                self._reply(status, json.dumps(document).encode())

            def _body(self) -> bytes:
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _handle(self) -> None:
                try:
                    control.route(self)
                except FunctionNotFound as err:
                    self._json(404, {"error": str(err)})
                except (KeyError, ValueError) as err:
                    self._json(400, {"error": f"{type(err).__name__}: {err}"})
                except Exception as err:
                    log.exception("control request failed")
                    self._json(500, {"error": f"{type(err).__name__}: {err}"})

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True, name="control").start()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def route(self, request: Any) -> None:
        parts = urlsplit(request.path)
        path, method = parts.path, request.command
        if path.startswith("/http/"):
            segments = path.split("/", 5)  # ["", "http", account, region, function, rest]
            if len(segments) < 5:
                raise ValueError("use /http/{account}/{region}/{function}/{path}")
            ref = FunctionRef(segments[2], segments[3], segments[4])
            inner = "/" + (segments[5] if len(segments) > 5 else "")
            if parts.query:
                inner += "?" + parts.query
            status, headers, body = http_front_invoke(
                self.executor, ref, method, inner, dict(request.headers.items()), request._body()
            )
            request._reply(status, body, headers)
        elif path == "/health":
            request._json(200, {"ok": True})
        elif path == "/inventory":
            request._json(200, {"resources": inventory()})
        elif path == "/idle":
            request._json(200, {"idle": self.executor.idle()})
        elif path == "/invocations" and method == "GET":
            since = int(parse_qs(parts.query).get("since", ["0"])[0])
            request._json(200, {"invocations": self.executor.records(since)})
        elif path == "/schedules/run" and method == "POST":
            spec = json.loads(request._body() or b"{}")
            results = self.scheduler.run_rule(
                spec["account_id"], spec["region"], spec["rule"], spec.get("event_bus", "default")
            )
            request._json(200, {"results": results})
        else:
            request._json(404, {"error": f"no route for {method} {path}"})
