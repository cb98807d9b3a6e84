"""IAM evaluated for Lambda functions on local AWS (dev tooling, not production code).

Off by default; `python -m localaws --iam` turns it on. Then every request signed with the
credentials the executor gave a function (its execution role's STS session) is authorised
against that role's identity policies, inline and attached, before moto serves it; a denied
call gets AccessDenied(Exception) as AWS answers it. What Lambda itself does with the role is
checked too: an SQS event-source mapping polls only if the role may receive, delete and read
the queue's attributes, and a function's output reaches its CloudWatch log group only if the
role may create the stream and put log events (on AWS those lines are lost).

Why not moto's own IAM mode (`INITIAL_NO_AUTH_ACTION_COUNT`): it is all or nothing, so the
harness and Terraform (the `testing` key, an `x-moto-account-id` header, sessions of roles that
have no policies) would need IAM users and policies of their own; it checks signatures, which
the harness's hand-made query requests do not compute; and it authorises every action outside
IAM, STS, SQS and S3 against the resource `*`, so a policy scoped to a table ARN (which is what
awsmon's modules write) would deny everything. Here only the functions' sessions are evaluated,
each request's resource ARNs are worked out per service, and everyone else stays an
administrator, as the tests need for setup.

What is evaluated: `Effect` Allow/Deny (an explicit Deny wins, nothing allowed is denied),
`Action`/`NotAction` with `*` and `?` (case-insensitive), `Resource`/`NotResource` with `*` and
`?`. What is not: `Condition` blocks (a statement applies as if its condition held: an Allow
is more lenient, a Deny stricter than on AWS), policy variables, permission boundaries, session
policies, SCPs, resource-based policies (queue, key, function policies; the bus policy is
checked by the events patch), signatures. An action with no resource rule below is judged on
its action alone (any `Resource` matches); the rules cover what awsmon's functions call.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

from moto.core.authorization import ActionAuthenticatorMixin
from moto.core.exceptions import AccessDeniedError, JsonRESTError

log = logging.getLogger("localaws.iam")

# Credential scopes whose IAM action prefix differs from the scope.
_IAM_PREFIX = {"monitoring": "cloudwatch", "tagging": "tag"}
# API operations whose IAM action has another name.
_ACTION_NAME = {"lambda:Invoke": "lambda:InvokeFunction"}

_enabled = False
_sessions: dict[str, tuple[str, str]] = {}  # the functions': access key id -> (role ARN, session name)
_sessions_lock = threading.Lock()


def install() -> None:
    """Evaluate the functions' requests from now on (before moto serves)."""
    global _enabled
    _enabled = True
    # moto calls this hook for every action of every service but S3, with the response object
    # already parsed; outside its own IAM mode the hook only counts requests.
    original = ActionAuthenticatorMixin._authenticate_and_authorize_normal_action

    def authorize(self: Any, resource: str = "*") -> None:
        session = _session_of(self.get_access_key())
        if session is None:
            original(self, resource)  # not a function: the caller stays an administrator
            return
        _authorize_request(self, *session)

    ActionAuthenticatorMixin._authenticate_and_authorize_normal_action = authorize  # type: ignore[method-assign]


def enabled() -> bool:
    return _enabled


def register_session(access_key_id: str, role_arn: str, session_name: str) -> None:
    """Requests signed with `access_key_id` act as a function with `role_arn`."""
    with _sessions_lock:
        _sessions[access_key_id] = (role_arn, session_name)


def _session_of(access_key_id: str) -> tuple[str, str] | None:
    with _sessions_lock:
        return _sessions.get(access_key_id)


# -- policies -----------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _statements_of(document: str) -> tuple[dict[str, Any], ...]:
    parsed = json.loads(document)
    statements = parsed.get("Statement", [])
    return tuple(statements if isinstance(statements, list) else [statements])


def role_statements(role_arn: str) -> list[dict[str, Any]]:
    """The statements of the role's inline and attached policies, read at each request (so a
    policy Terraform changes applies at once); none for a role that does not exist."""
    from moto.iam.models import iam_backends

    account = role_arn.split(":")[4]
    try:
        role = iam_backends[account]["aws"].get_role_by_arn(role_arn)
    except Exception:
        return []
    statements: list[dict[str, Any]] = []
    for document in list(role.policies.values()):
        statements.extend(_statements_of(document if isinstance(document, str) else json.dumps(document)))
    for policy in list(role.managed_policies.values()):
        default = next((v for v in policy.versions if v.is_default), None)
        if default is not None:
            document = default.document
            statements.extend(_statements_of(document if isinstance(document, str) else json.dumps(document)))
    return statements


def _as_list(value: Any) -> list[str]:
    return value if isinstance(value, list) else [value]


@lru_cache(maxsize=4096)
def _pattern(glob: str, ignore_case: bool) -> re.Pattern[str]:
    # IAM wildcards are `*` and `?` only: escape everything else, `[` included.
    body = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in glob)
    return re.compile(f"^{body}$", re.IGNORECASE if ignore_case else 0)


def _matches(globs: Any, value: str, ignore_case: bool) -> bool:
    return any(_pattern(str(g), ignore_case).match(value) for g in _as_list(globs))


def _resource_matches(statement: dict[str, Any], resources: list[str] | None) -> bool:
    """`resources` are the forms one resource may take (any may match); None: not modelled."""
    if resources is None:
        return True
    if "NotResource" in statement:
        return not any(_matches(statement["NotResource"], r, False) for r in resources)
    return any(_matches(statement.get("Resource", []), r, False) for r in resources)


def _applies(statement: dict[str, Any], action: str, resources: list[str] | None) -> bool:
    if "NotAction" in statement:
        if _matches(statement["NotAction"], action, True):
            return False
    elif not _matches(statement.get("Action", []), action, True):
        return False
    return _resource_matches(statement, resources)  # Condition: not evaluated (module docs)


def decide(statements: list[dict[str, Any]], action: str, resources: list[str] | None) -> str:
    """"allow", "explicit-deny" or "implicit-deny", as IAM's evaluation logic for identity
    policies within one account."""
    applicable = [s for s in statements if _applies(s, action, resources)]
    if any(s.get("Effect") == "Deny" for s in applicable):
        return "explicit-deny"
    if any(s.get("Effect") == "Allow" for s in applicable):
        return "allow"
    return "implicit-deny"


def role_may(role_arn: str, action: str, resource: str | None) -> bool:
    """Whether `role_arn` may do `action` on `resource` (what the executor asks for Lambda's
    own calls with the execution role)."""
    return decide(role_statements(role_arn), action, None if resource is None else [resource]) == "allow"


# -- requests -----------------------------------------------------------------------------


def _is_json(response: Any, scope: str) -> bool:
    """JSON protocols (awsJson and Lambda's restJson) rather than the query protocol."""
    content_type = response.headers.get("Content-Type", "") or ""
    return bool(response.headers.get("X-Amz-Target")) or "json" in content_type or scope == "lambda"


def _params(response: Any, is_json: bool) -> dict[str, Any]:
    if is_json:
        body = response.body
        if isinstance(body, dict):  # DynamoDB's handler parses the body before the hook
            return body
        try:
            parsed = json.loads(body or "{}")
        except (TypeError, ValueError):
            return {}
        return parsed if isinstance(parsed, dict) else {}
    return {k: v[0] if isinstance(v, list) and len(v) == 1 else v for k, v in response.querystring.items()}


def _authorize_request(response: Any, role_arn: str, session: str) -> None:
    scope = _credential_scope(response.headers.get("Authorization", ""))
    prefix = _IAM_PREFIX.get(scope, scope)
    is_json = _is_json(response, scope)
    operation = response._get_action()
    if f"{prefix}:{operation}" == "sts:GetCallerIdentity":
        return  # allowed to everyone, as on AWS
    region, account = response.region, response.current_account
    checks = required(prefix, operation, _params(response, is_json), response.path, region, account)
    statements = role_statements(role_arn)
    for action, resources in checks:
        verdict = decide(statements, action, resources)
        if verdict == "allow":
            continue
        shown = (resources or ["*"])[0]
        why = (
            "with an explicit deny in an identity-based policy"
            if verdict == "explicit-deny"
            else f"because no identity-based policy allows the {action} action"
        )
        principal = f"arn:aws:sts::{account}:assumed-role/{role_arn.split('/')[-1]}/{session}"
        denied = f"{action} on resource: {shown} {why}"
        log.info("denied: %s %s", principal, denied)
        if is_json:
            raise JsonRESTError("AccessDeniedException", f"User: {principal} is not authorized to perform: {denied}")
        raise AccessDeniedError(user_arn=principal, action=denied)  # the query protocol's XML


def _credential_scope(authorization: str) -> str:
    """The service of `Credential=KEY/DATE/REGION/SERVICE/aws4_request`."""
    credential = authorization.partition("Credential=")[2].partition(",")[0]
    parts = credential.split("/")
    return parts[3] if len(parts) > 3 else ""


# -- what each request needs --------------------------------------------------------------

Check = tuple[str, list[str] | None]  # (IAM action, the forms of one resource or None)


def required(prefix: str, operation: str, params: dict[str, Any], path: str, region: str, account: str) -> list[Check]:
    """The (action, resource) pairs IAM checks for one request: usually one; one per table,
    bus, parameter or log group for batch calls; DynamoDB transactions check the action of
    each item (a Put is dynamodb:PutItem)."""
    action = _ACTION_NAME.get(f"{prefix}:{operation}", f"{prefix}:{operation}")
    arn = f"arn:aws:{prefix}:{region}:{account}"
    try:
        rule = _RULES.get(prefix)
        checks = rule(action, operation, params, path, arn, region, account) if rule else None
    except (KeyError, TypeError, ValueError, AttributeError):
        checks = None
    return checks if checks is not None else [(action, None)]


def _dynamodb(action: str, operation: str, params: dict[str, Any], path: str, arn: str, *_: str) -> list[Check] | None:
    def table(name: str) -> str:
        return name if name.startswith("arn:") else f"{arn}:table/{name}"

    if operation in ("BatchGetItem", "BatchWriteItem"):
        return [(action, [table(name)]) for name in params["RequestItems"]]
    if operation in ("TransactWriteItems", "TransactGetItems"):
        item_action = {"Put": "PutItem", "Update": "UpdateItem", "Delete": "DeleteItem",
                       "ConditionCheck": "ConditionCheckItem", "Get": "GetItem"}
        return [
            (f"dynamodb:{item_action[kind]}", [table(request["TableName"])])
            for item in params["TransactItems"]
            for kind, request in item.items()
        ]
    if "TableName" in params:
        resource = table(params["TableName"])
        if params.get("IndexName"):
            resource += f"/index/{params['IndexName']}"
        return [(action, [resource])]
    return None


def _sqs(action: str, operation: str, params: dict[str, Any], path: str, arn: str, region: str, account: str) -> list[Check] | None:
    if "QueueUrl" in params:
        owner, name = urlsplit(params["QueueUrl"]).path.strip("/").split("/")[-2:]
        return [(action, [f"arn:aws:sqs:{region}:{owner}:{name}"])]
    if "QueueName" in params:
        return [(action, [f"{arn}:{params['QueueName']}"])]
    return None


def _ssm(action: str, operation: str, params: dict[str, Any], path: str, arn: str, *_: str) -> list[Check] | None:
    def parameter(name: str) -> str:
        return name if name.startswith("arn:") else f"{arn}:parameter/{name.lstrip('/')}"

    if "Names" in params:
        return [(action, [parameter(name)]) for name in params["Names"]]
    if "Name" in params:
        return [(action, [parameter(params["Name"])])]
    if "Path" in params:
        return [(action, [parameter(params["Path"])])]
    return None


def _events(action: str, operation: str, params: dict[str, Any], path: str, arn: str, *_: str) -> list[Check] | None:
    def bus(name: str) -> str:
        return name if name.startswith("arn:") else f"{arn}:event-bus/{name}"

    if operation == "PutEvents":
        buses = {bus(entry.get("EventBusName") or "default") for entry in params["Entries"]}
        return [(action, [b]) for b in sorted(buses)]
    return None


def _logs(action: str, operation: str, params: dict[str, Any], path: str, arn: str, region: str, account: str) -> list[Check] | None:
    def group(name: str) -> list[str]:
        # IAM names a log group `log-group:NAME:*` (policies write it so); either form passes.
        base = name.removesuffix(":*") if name.startswith("arn:") else f"{arn}:log-group:{name}"
        return [base, f"{base}:*"]

    if operation in ("StopQuery", "DescribeQueries", "DescribeQueryDefinitions"):
        return [(action, ["*"])]  # no resource type
    if operation == "DescribeLogGroups":
        return [(action, [f"{arn}:log-group:*"])]
    if operation == "GetQueryResults":
        from moto.logs.models import logs_backends

        query = logs_backends[account][region].queries.get(params["queryId"])
        if query is None:
            return None
        return [(action, group(name)) for name in query.log_group_names]
    if operation == "StartQuery":
        names = params.get("logGroupIdentifiers") or params.get("logGroupNames") or [params["logGroupName"]]
        return [(action, group(name)) for name in names]
    if "logGroupName" in params:
        if "logStreamName" in params:
            return [(action, [f"{arn}:log-group:{params['logGroupName']}:log-stream:{params['logStreamName']}"])]
        return [(action, group(params["logGroupName"]))]
    return None


def _lambda(action: str, operation: str, params: dict[str, Any], path: str, arn: str, *_: str) -> list[Check] | None:
    match = re.search(r"/functions/([^/]+)", path)
    if not match:
        return None
    name = unquote(match.group(1))
    if name.startswith("arn:"):
        name = name.split(":")[6]
    return [(action, [f"{arn}:function:{name.split(':')[0]}"])]


def _ecs(action: str, operation: str, params: dict[str, Any], path: str, arn: str, *_: str) -> list[Check] | None:
    if operation == "DescribeTaskDefinition":
        return [(action, ["*"])]
    if operation == "DescribeServices":
        cluster = str(params.get("cluster") or "default").split("/")[-1]
        return [
            (action, [s if s.startswith("arn:") else f"{arn}:service/{cluster}/{s}"])
            for s in params["services"]
        ]
    return None


def _no_resource(action: str, *_: Any) -> list[Check]:
    return [(action, ["*"])]


def _kms(action: str, operation: str, params: dict[str, Any], path: str, arn: str, *_: str) -> list[Check] | None:
    key = params.get("KeyId")
    if not key or key.startswith("alias/"):
        return None
    return [(action, [key if key.startswith("arn:") else f"{arn}:key/{key}"])]


_RULES = {
    "dynamodb": _dynamodb,
    "sqs": _sqs,
    "ssm": _ssm,
    "events": _events,
    "logs": _logs,
    "lambda": _lambda,
    "ecs": _ecs,
    "tag": _no_resource,
    "kms": _kms,
}
