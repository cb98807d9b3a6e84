"""Lambda Invoke runs the function's real `bootstrap` through the local executor instead of
Docker or moto's canned answers (the launcher turns Docker off, which selects moto's
LambdaSimpleBackend: that is the class patched here) (dev tooling, not production code).

RequestResponse waits for the result (a function error sets `X-Amz-Function-Error: Unhandled`
and returns the error document); Event queues the invocation and answers 202 at once; DryRun
only checks that the function exists.
"""

from __future__ import annotations

from typing import Any

from moto.awslambda_simple.models import LambdaSimpleBackend

from ..executor import Executor, function_ref_from


def install(executor: Executor) -> None:
    def invoke(
        self: LambdaSimpleBackend,
        function_name: str,
        qualifier: str | None,
        body: Any,
        headers: Any,
        response_headers: dict[str, str],
    ) -> bytes | None:
        del qualifier  # every local function runs its $LATEST code
        ref = function_ref_from(function_name, self.account_id, self.region_name)
        self.get_function(ref.name, None)  # raises ResourceNotFoundException as AWS does
        payload = body if isinstance(body, bytes) else (body or "{}").encode()
        invocation_type = headers.get("X-Amz-Invocation-Type") or headers.get("x-amz-invocation-type") or "RequestResponse"
        if invocation_type == "DryRun":
            return b""
        if invocation_type == "Event":
            executor.invoke_async(ref, payload, "invoke")
            return b""
        result = executor.invoke(ref, payload, "invoke")
        if not result.ok:
            response_headers["x-amz-function-error"] = "Unhandled"
        response_headers["x-amz-executed-version"] = "$LATEST"
        return result.payload

    LambdaSimpleBackend.invoke = invoke  # type: ignore[method-assign]

