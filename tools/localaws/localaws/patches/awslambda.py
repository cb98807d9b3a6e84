"""Lambda as AWS behaves, where moto does not (dev tooling, not production code).

- LoggingConfig (a function's log format and custom log group) is stored on CreateFunction and
  UpdateFunctionConfiguration and returned by GetFunction(Configuration), with AWS's defaults
  (`Text`, `/aws/lambda/<name>`); moto dropped it. The executor writes the function's output to
  that group, as Lambda does.

- AddPermission with a statement id the function's policy already has is refused with
  ResourceConflictException, as AWS does; moto appended a second statement with the same id.

Lambda Invoke runs the function's real `bootstrap` through the local executor instead of
Docker or moto's canned answers (the launcher turns Docker off, which selects moto's
LambdaSimpleBackend: that is the class patched here).

RequestResponse waits for the result (a function error sets `X-Amz-Function-Error: Unhandled`
and returns the error document); Event queues the invocation and answers 202 at once; DryRun
only checks that the function exists.
"""

from __future__ import annotations

from typing import Any

from moto.awslambda.exceptions import LambdaClientError
from moto.awslambda.models import LambdaFunction
from moto.awslambda.policy import Policy
from moto.awslambda_simple.models import LambdaSimpleBackend

from ..executor import Executor, function_ref_from


def _logging_config(fn: LambdaFunction, given: dict[str, Any] | None) -> dict[str, Any]:
    config = {"LogFormat": "Text", "LogGroup": f"/aws/lambda/{fn.function_name}"}
    config.update({k: v for k, v in (given or {}).items() if v})
    return config


def _install_logging_config() -> None:
    original_init = LambdaFunction.__init__
    original_configuration = LambdaFunction.get_configuration
    original_update = LambdaFunction.update_configuration

    def init(self: LambdaFunction, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        spec = kwargs["spec"] if "spec" in kwargs else args[0]
        self.logging_config = _logging_config(self, spec.get("LoggingConfig"))

    def get_configuration(self: LambdaFunction, *args: Any, **kwargs: Any) -> dict[str, Any]:
        configuration = original_configuration(self, *args, **kwargs)
        configuration["LoggingConfig"] = getattr(self, "logging_config", None) or _logging_config(self, None)
        return configuration

    def update_configuration(self: LambdaFunction, config_updates: dict[str, Any]) -> dict[str, Any]:
        if "LoggingConfig" in config_updates:
            self.logging_config = _logging_config(self, config_updates.get("LoggingConfig"))
        return original_update(self, {k: v for k, v in config_updates.items() if k != "LoggingConfig"})

    LambdaFunction.__init__ = init  # type: ignore[method-assign]
    LambdaFunction.get_configuration = get_configuration  # type: ignore[method-assign]
    LambdaFunction.update_configuration = update_configuration  # type: ignore[method-assign]


class StatementIdConflict(LambdaClientError):
    code = 409

    def __init__(self, sid: str) -> None:
        super().__init__("ResourceConflictException", f"The statement id ({sid}) provided already exists. Please provide a new statement id, or remove the existing statement.")


def _install_unique_statement_ids() -> None:
    original_add = Policy.add_statement

    def add_statement(self: Policy, raw: str, qualifier: str | None = None) -> Any:
        import json

        sid = json.loads(raw).get("StatementId")
        if sid and any(statement.get("Sid") == sid for statement in self.statements):
            raise StatementIdConflict(sid)
        return original_add(self, raw, qualifier)

    Policy.add_statement = add_statement  # type: ignore[method-assign]


def install(executor: Executor) -> None:
    _install_logging_config()
    _install_unique_statement_ids()

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

