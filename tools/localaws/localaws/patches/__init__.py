"""Patches that make moto answer as AWS does where awsmon's tests depend on it.

Each module documents the gaps it closes; `install_all` applies them before moto serves.
"""

from __future__ import annotations

from ..executor import Executor


def install_all(executor: Executor, insights_running_polls: int = 1) -> None:
    from . import awslambda, dynamodb, events, logs, sqs

    dynamodb.install()
    sqs.install()
    events.install(executor)
    awslambda.install(executor)
    logs.install(running_polls=insights_running_polls)
