"""EventBridge as AWS behaves, where moto does not (dev tooling, not production code).

- A rule that is DISABLED delivers nothing, and a schedule-only rule (no event pattern) fires
  only on its schedule: moto matched every PutEvents against both.
- A Lambda target is invoked through the local executor (asynchronously, as EventBridge does)
  instead of failing the whole PutEvents call.
- An event forwarded to a bus in another account or region keeps its id, account, time and
  resources (moto re-put it as a new event from the receiving account), and arrives only if the
  receiving bus's resource policy lets the sender's account put events (moto never checked).
- PutEvents naming another account's bus by ARN is delivered to that bus, under the same policy
  check (moto looked the name up in the caller's own account); a bus in another Region is not
  found, as API calls are regional (moto delivered it: a client built for the wrong Region
  passed every test).
- The policy check knows who is calling: the principal of PutEvents (the IAM role of the STS
  session whose access key signed the request, else the account root) and, for a rule that
  forwards to another bus, the rule target's `RoleArn`; it evaluates `aws:PrincipalArn`,
  `events:source` and `events:detail-type` with `StringEquals`, `StringLike` and `ArnLike`.
  A PutEvents call with any entry the policy refuses fails whole with AccessDeniedException.
- PutPermission with a `Policy` replaces the bus's whole policy, as AWS does (moto merged it
  into the statements there were).
- Targets get the event in AWS's envelope only (moto added an `ingestion-time` field), with
  `Input`, `InputPath` and `InputTransformer` applied.
"""

from __future__ import annotations

import copy
import fnmatch
import json
import logging
import threading
from datetime import datetime, timezone
from typing import Any

from moto.core.exceptions import JsonRESTError
from moto.events import models as events_models
from moto.events.models import EventBus, EventsBackend, EventTemplateParser, Rule, events_backends
from moto.events.responses import EventsHandler
from moto.moto_api._internal import mock_random as random
from moto.utilities.arns import parse_arn

from ..executor import Executor, function_ref_from

log = logging.getLogger("localaws.events")

ENVELOPE = ("version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail")
MAX_BUS_HOPS = 5  # EventBridge stops cross-bus loops too

_executor: Executor | None = None


def install(executor: Executor) -> None:
    global _executor
    _executor = executor
    Rule.send_to_targets = _send_to_targets  # type: ignore[method-assign]
    EventsBackend.put_events = _put_events  # type: ignore[method-assign]
    EventsBackend._put_permission_from_policy = staticmethod(_replace_policy)  # type: ignore[method-assign]
    original_put_events = EventsHandler.put_events

    def put_events(self: EventsHandler) -> str:
        _caller.arn = _principal_of(self.get_access_key(), self.current_account)
        try:
            return original_put_events(self)
        finally:
            _caller.arn = None

    EventsHandler.put_events = put_events  # type: ignore[method-assign]


# -- who is calling -----------------------------------------------------------------------

_caller = threading.local()


def _principal_of(access_key: str, account: str) -> str:
    """`aws:PrincipalArn` of a request signed with `access_key`: the role of an STS session,
    an IAM user, else the account's root (requests that name their account by header)."""
    from moto.iam.models import iam_backends
    from moto.sts.models import sts_backends

    for partitions in list(sts_backends.values()):
        for backend in list(partitions.values()):
            for role in backend.assumed_roles:
                if role.access_key_id == access_key:
                    return role.role_arn
    for partitions in list(iam_backends.values()):
        for backend in list(partitions.values()):
            user = backend.get_user_from_access_key_id(access_key)
            if user:
                return user.arn
    return f"arn:aws:iam::{account}:root"


def _replace_policy(event_bus: EventBus, policy: str) -> None:
    try:
        document = json.loads(policy)
    except ValueError:
        raise JsonRESTError("ValidationException", "This policy contains invalid Json")
    event_bus.remove_statements()
    event_bus.add_policy(document)


# -- the event envelope -------------------------------------------------------------------


def _iso_time(value: Any) -> str:
    if isinstance(value, (int, float)):
        moment = datetime.fromtimestamp(float(value), tz=timezone.utc)
    elif isinstance(value, datetime):
        moment = value.astimezone(timezone.utc)
    else:
        return str(value)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def envelope(event: dict[str, Any]) -> dict[str, Any]:
    """The event exactly as an EventBridge target receives it."""
    shaped = {key: copy.deepcopy(event[key]) for key in ENVELOPE if key in event}
    shaped["time"] = _iso_time(event.get("time"))
    return shaped


def _json_path(document: Any, path: str) -> Any:
    """`$.a.b` paths, as InputPath uses them."""
    if path in ("$", ""):
        return document
    node = document
    for key in path.removeprefix("$.").split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def target_input(target: dict[str, Any], event: dict[str, Any]) -> Any:
    """What the target receives: the event, or what its Input settings make of it."""
    shaped = envelope(event)
    if target.get("Input") is not None:
        return json.loads(target["Input"])
    if target.get("InputPath"):
        return _json_path(shaped, target["InputPath"])
    if target.get("InputTransformer"):
        transformer = target["InputTransformer"]
        return EventTemplateParser.parse(
            input_template=transformer.get("InputTemplate"),
            input_paths_map=transformer.get("InputPathsMap", {}),
            event=shaped,
        )
    return shaped


# -- resource policies --------------------------------------------------------------------


def _organization_of(account_id: str) -> str | None:
    from moto.organizations.models import organizations_backends

    entry = organizations_backends.master_accounts.get(account_id)
    if not entry:
        return None
    master_id, partition = entry
    org = organizations_backends[master_id][partition].org
    return org.id if org else None


def _condition_holds(
    condition: dict[str, Any] | None, sender: str, principal: str | None, event: dict[str, Any] | None
) -> bool:
    for operator, clauses in (condition or {}).items():
        if operator not in ("StringEquals", "StringLike", "ArnLike", "ForAnyValue:StringEquals"):
            log.warning("bus policy condition operator %s is not evaluated locally: denying", operator)
            return False
        for key, expected in clauses.items():
            wanted = expected if isinstance(expected, list) else [expected]
            if key == "aws:PrincipalOrgID":
                actual = _organization_of(sender)
            elif key == "aws:PrincipalAccount":
                actual = sender
            elif key == "aws:PrincipalArn":
                actual = principal or f"arn:aws:iam::{sender}:root"
            elif key in ("events:source", "events:detail-type") and event is not None:
                actual = event.get("source" if key == "events:source" else "detail-type")
            else:
                log.warning("bus policy condition key %s is not evaluated locally: denying", key)
                return False
            if operator in ("StringLike", "ArnLike"):
                if not (isinstance(actual, str) and any(fnmatch.fnmatchcase(actual, w) for w in wanted)):
                    return False
            elif actual not in wanted:
                return False
    return True


def _principal_matches(principal: Any, sender: str) -> bool:
    if principal == "*":
        return True
    values = principal.get("AWS", []) if isinstance(principal, dict) else principal
    values = values if isinstance(values, list) else [values]
    return any(v == "*" or v == sender or v == f"arn:aws:iam::{sender}:root" for v in values)


def _action_matches(action: Any) -> bool:
    actions = action if isinstance(action, list) else [action]
    return any(a in ("events:PutEvents", "events:*", "*") for a in actions)


def bus_allows(
    bus: EventBus, sender: str, principal: str | None = None, event: dict[str, Any] | None = None
) -> bool:
    """Whether `principal` of account `sender` may put `event` on `bus` (same account always
    may). Without `event`, conditions on the event (`events:source`...) deny."""
    if sender == bus.account_id:
        return True
    if not bus.policy:
        return False
    allowed = False
    for statement in json.loads(bus.policy).get("Statement", []):
        if not (_principal_matches(statement.get("Principal"), sender) and _action_matches(statement.get("Action"))):
            continue
        if not _condition_holds(statement.get("Condition"), sender, principal, event):
            continue
        if statement.get("Effect") == "Deny":
            return False
        allowed = True
    return allowed


# -- delivery ------------------------------------------------------------------------------


def _find_bus(account_id: str, region: str, name: str) -> EventBus | None:
    return events_backends[account_id][region].event_buses.get(name)


def deliver_to_bus(bus: EventBus, event: dict[str, Any], hops: int = 0) -> None:
    for rule in list(bus.rules.values()):
        rule.send_to_targets(event, hops=hops)


def deliver_to_target(rule: Rule, target: dict[str, Any], event: dict[str, Any], hops: int = 0, wait: bool = False) -> Any:
    """Send `event` to one target of `rule`. With `wait`, a Lambda target is invoked
    synchronously and its result returned (the scheduler uses that)."""
    arn = parse_arn(target["Arn"])
    if arn.service == "lambda":
        assert _executor is not None
        payload = json.dumps(target_input(target, event)).encode()
        ref = function_ref_from(target["Arn"], rule.account_id, rule.region_name)
        refused = _lambda_refuses(rule, ref)
        if refused is not None:
            _dead_letter(rule, target, event, *refused)
            return None
        trigger = "schedule" if event.get("detail-type") == "Scheduled Event" else "event-rule"
        if wait:
            return _executor.invoke(ref, payload, trigger)
        _executor.invoke_async(ref, payload, trigger)
    elif arn.service == "events" and arn.resource_type == "event-bus":
        if hops >= MAX_BUS_HOPS:
            log.warning("event %s dropped: more than %d bus hops", event.get("id"), MAX_BUS_HOPS)
            return None
        bus = _find_bus(arn.account, arn.region, arn.resource_id)
        if bus is None:
            log.warning("rule %s targets missing bus %s: event %s dropped", rule.name, target["Arn"], event.get("id"))
        elif not bus_allows(bus, rule.account_id, target.get("RoleArn"), event):
            log.warning(
                "bus %s does not allow account %s to put events: event %s dropped (as AWS does)",
                target["Arn"], rule.account_id, event.get("id"),
            )
        else:
            deliver_to_bus(bus, event, hops + 1)
    elif arn.service == "sqs":
        group_id = target.get("SqsParameters", {}).get("MessageGroupId")
        body = target_input(target, event)
        from moto.sqs.models import sqs_backends

        sqs_backends[arn.account][arn.region].send_message(
            queue_name=arn.resource_id, message_body=json.dumps(body), group_id=group_id
        )
    elif arn.service == "logs" and arn.resource_type == "log-group":
        rule._send_to_cw_log_group(arn.resource_id, target_input(target, event))
    else:
        log.warning("rule %s: target type %s is not delivered locally", rule.name, target["Arn"])
    return None


def _lambda_refuses(rule: Rule, ref: Any) -> tuple[str, str] | None:
    """Why EventBridge could not invoke the function, or None. The function's resource policy
    is checked only with `--iam`, where every permission is evaluated."""
    from .. import iam
    from ..executor import FunctionNotFound, lambda_function

    try:
        fn = lambda_function(ref)
    except FunctionNotFound as err:
        return "RESOURCE_NOT_FOUND", str(err)
    if iam.enabled() and not _policy_lets_rule_invoke(fn, rule.arn):
        return "NO_PERMISSIONS", f"the policy of {ref.name} does not let {rule.arn} invoke it"
    return None


def _policy_lets_rule_invoke(fn: Any, rule_arn: str) -> bool:
    for statement in fn.policy.statements if fn.policy else []:
        principal = statement.get("Principal")
        service = principal.get("Service") if isinstance(principal, dict) else principal
        conditions = statement.get("Condition", {})
        sources = [v for test in ("ArnLike", "ArnEquals") for k, v in conditions.get(test, {}).items() if k.lower() == "aws:sourcearn"]
        if (
            statement.get("Effect") == "Allow"
            and statement.get("Action") in ("lambda:InvokeFunction", "lambda:*")
            and service == "events.amazonaws.com"
            and (not sources or any(fnmatch.fnmatchcase(rule_arn, s) for s in sources))
        ):
            return True
    return False


def _dead_letter(rule: Rule, target: dict[str, Any], event: dict[str, Any], code: str, message: str) -> None:
    """What EventBridge does with an event it could not deliver: to the target's dead-letter
    queue, with its error as message attributes, else dropped."""
    queue = (target.get("DeadLetterConfig") or {}).get("Arn")
    if not queue:
        log.warning("rule %s: %s (%s): event %s dropped (no dead-letter queue)", rule.name, code, message, event.get("id"))
        return
    from moto.sqs.models import sqs_backends

    arn = parse_arn(queue)
    attributes = {
        name: {"DataType": "String", "StringValue": value}
        for name, value in [("RULE_ARN", rule.arn), ("TARGET_ARN", target["Arn"]), ("ERROR_CODE", code), ("ERROR_MESSAGE", message)]
    }
    sqs_backends[arn.account][arn.region].send_message(
        queue_name=arn.resource_id, message_body=json.dumps(envelope(event)), message_attributes=attributes
    )


def _send_to_targets(self: Rule, event: dict[str, Any], transform_input: bool = True, hops: int = 0) -> None:
    del transform_input  # each target applies its own Input settings
    if self.state != "ENABLED":
        return
    if self.scheduled_expression and not self.event_pattern.get_pattern():
        return  # schedule-only: fired by the scheduler, never by PutEvents
    if not self.event_pattern.matches_event(envelope(event)):
        return
    for target in list(self.targets):
        try:
            deliver_to_target(self, target, event, hops)
        except Exception:  # one failing target must not fail the others, nor PutEvents
            log.exception("rule %s: delivery to %s failed", self.name, target.get("Arn"))


def _entry_error(code: str, message: str) -> dict[str, str]:
    return {"ErrorCode": code, "ErrorMessage": message}


def _event_time(entry: dict[str, Any]) -> float:
    value = entry.get("Time")
    if value is None:
        return datetime.now(tz=timezone.utc).timestamp()
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(value)
    except ValueError:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp()


def _denied(account_id: str, principal: str, bus_arn: str) -> JsonRESTError:
    return JsonRESTError(
        "AccessDeniedException",
        f"User: {principal} is not authorized to perform: events:PutEvents on resource: {bus_arn} "
        "because no resource-based policy allows the events:PutEvents action",
    )


def _put_events(self: EventsBackend, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if len(events) > 10:
        raise events_models.ValidationException(
            "1 validation error detected: Value '[PutEventsRequestEntry]' at 'entries' failed to "
            "satisfy constraint: Member must have length less than or equal to 10"
        )
    principal = getattr(_caller, "arn", None) or f"arn:aws:iam::{self.account_id}:root"
    entries: list[dict[str, Any]] = []
    deliveries: list[tuple[EventBus, dict[str, Any]]] = []
    for entry in events:
        for required in ("Source", "DetailType", "Detail"):
            if not entry.get(required):
                entries.append(
                    _entry_error("InvalidArgument", f"Parameter {required} is not valid. Reason: {required} is a required argument.")
                )
                break
        else:
            try:
                detail = json.loads(entry["Detail"])
            except ValueError:
                entries.append(_entry_error("MalformedDetail", "Detail is malformed."))
                continue
            if not isinstance(detail, dict):
                entries.append(_entry_error("MalformedDetail", "Detail is malformed."))
                continue
            bus = self._bus_for_put(entry.get("EventBusName"))  # type: ignore[attr-defined]
            event_id = str(random.uuid4())
            entries.append({"EventId": event_id})
            event = {
                "version": "0",
                "id": event_id,
                "detail-type": entry["DetailType"],
                "source": entry["Source"],
                "account": self.account_id,
                "time": _event_time(entry),
                "region": bus.region,
                "resources": entry.get("Resources", []),
                "detail": detail,
            }
            # The whole call is refused when the bus's policy refuses any of its entries.
            if not bus_allows(bus, self.account_id, principal, event):
                raise _denied(self.account_id, principal, bus.arn)
            deliveries.append((bus, event))
    for bus, event in deliveries:
        deliver_to_bus(bus, event)
    return entries


def _bus_for_put(self: EventsBackend, name_or_arn: str | None) -> EventBus:
    if name_or_arn and name_or_arn.startswith("arn:"):
        arn = parse_arn(name_or_arn)
        # API calls are regional: a bus in another Region is not found from here, as in AWS.
        if arn.region != self.region_name:
            raise events_models.ResourceNotFoundException(f"Event bus {arn.resource_id} does not exist.")
        bus = _find_bus(arn.account, arn.region, arn.resource_id)
        if bus is None:
            raise events_models.ResourceNotFoundException(f"Event bus {arn.resource_id} does not exist.")
        # Whether the caller may put each entry is decided in _put_events, per entry.
        return bus
    return self.describe_event_bus(name_or_arn or "default")


EventsBackend._bus_for_put = _bus_for_put  # type: ignore[attr-defined]
