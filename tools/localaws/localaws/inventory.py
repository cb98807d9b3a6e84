"""What local AWS holds that somebody made (dev tooling, not production code): one sorted list
of ARNs across every account and region, without what AWS or moto make by themselves (default
event buses, AWS managed policies, STS sessions). Tests compare two of them to prove that a
destroy left nothing behind. moto's own /moto-api/data.json cannot: it lists every object ever
created, deleted ones included.
"""

from __future__ import annotations

from typing import Any, Iterator


def _backends(backend_dict: Any) -> Iterator[Any]:
    for _, regions in list(backend_dict.items()):
        for _, backend in list(regions.items()):
            yield backend


def inventory() -> list[str]:
    from moto.awslambda_simple.models import lambda_simple_backends
    from moto.dynamodb.models import dynamodb_backends
    from moto.events.models import events_backends
    from moto.iam.models import iam_backends
    from moto.logs.models import logs_backends
    from moto.sqs.models import sqs_backends

    found: list[str] = []
    for backend in _backends(events_backends):
        for bus in list(backend.event_buses.values()):
            if bus.name != "default":
                found.append(bus.arn)
            if bus.policy:
                found.append(f"{bus.arn}#policy")
            found.extend(rule.arn for rule in list(bus.rules.values()))
    for backend in _backends(sqs_backends):
        found.extend(queue.queue_arn for queue in list(backend.queues.values()))
    for backend in _backends(dynamodb_backends):
        found.extend(table.table_arn for table in list(backend.tables.values()))
    for backend in _backends(iam_backends):
        found.extend(role.arn for role in list(backend.roles.values()))
        found.extend(
            policy.arn for policy in list(backend.managed_policies.values()) if ":aws:policy/" not in policy.arn
        )
    for backend in _backends(lambda_simple_backends):
        found.extend(fn.function_arn for fn in list(backend._lambdas.all()))
        found.extend(esm.arn for esm in list(backend._event_source_mappings.values()))
    for backend in _backends(logs_backends):
        found.extend(group.arn for group in list(backend.groups.values()))
    return sorted(set(found))
