"""The launcher's patches and the executor, through the AWS APIs, as clients see them."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Any, Callable

import pytest
from botocore.exceptions import ClientError

from conftest import ACCOUNT_A, ACCOUNT_B, REGION, LocalAws, create_function


def wait_for(check: Callable[[], Any], timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def control(aws: LocalAws, path: str, body: dict[str, Any] | None = None) -> Any:
    data = json.dumps(body).encode() if body is not None else None
    with urllib.request.urlopen(urllib.request.Request(aws.control + path, data=data, method="POST" if data else "GET")) as response:
        return json.loads(response.read())


def make_queue(aws: LocalAws, account: str, name: str, **attributes: str) -> tuple[str, str]:
    sqs = aws.client("sqs", account)
    url = sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
    arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    return url, arn


def receive_all(aws: LocalAws, account: str, url: str, expected: int) -> list[dict[str, Any]]:
    sqs = aws.client("sqs", account)
    got: list[dict[str, Any]] = []

    def poll() -> bool:
        got.extend(sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"]).get("Messages", []))
        return len(got) >= expected

    wait_for(poll)
    return got


def test_redrive_policy_is_compact_json(local_aws: LocalAws) -> None:
    _, dlq_arn = make_queue(local_aws, ACCOUNT_A, "dlq")
    policy = json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 3}, separators=(",", ":"))
    url, _ = make_queue(local_aws, ACCOUNT_A, "main", RedrivePolicy=policy)
    got = local_aws.client("sqs", ACCOUNT_A).get_queue_attributes(QueueUrl=url, AttributeNames=["RedrivePolicy"])
    assert got["Attributes"]["RedrivePolicy"] == policy


def test_schedule_only_and_disabled_rules_ignore_put_events(local_aws: LocalAws) -> None:
    events = local_aws.client("events", ACCOUNT_A)
    url, arn = make_queue(local_aws, ACCOUNT_A, "sink")
    events.put_rule(Name="every-5-min", ScheduleExpression="rate(5 minutes)")
    events.put_targets(Rule="every-5-min", Targets=[{"Id": "q", "Arn": arn}])
    events.put_rule(Name="disabled", EventPattern=json.dumps({"source": ["app"]}), State="DISABLED")
    events.put_targets(Rule="disabled", Targets=[{"Id": "q", "Arn": arn}])
    events.put_rule(Name="matching", EventPattern=json.dumps({"source": ["app"]}))
    events.put_targets(Rule="matching", Targets=[{"Id": "q", "Arn": arn}])
    events.put_events(Entries=[{"Source": "app", "DetailType": "t", "Detail": "{}"}])
    time.sleep(0.5)
    messages = local_aws.client("sqs", ACCOUNT_A).receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
    assert len(messages) == 1  # only the enabled pattern rule delivered
    body = json.loads(messages[0]["Body"])
    assert set(body) == {"version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail"}


def test_cross_account_forwarding_keeps_the_event_and_obeys_the_bus_policy(local_aws: LocalAws) -> None:
    master = local_aws.client("events", ACCOUNT_A)
    bus_arn = master.create_event_bus(Name="central")["EventBusArn"]
    url, queue_arn = make_queue(local_aws, ACCOUNT_A, "ingest")
    master.put_rule(Name="to-queue", EventBusName="central", EventPattern=json.dumps({"source": ["agent"]}))
    master.put_targets(Rule="to-queue", EventBusName="central", Targets=[{"Id": "q", "Arn": queue_arn}])

    agent = local_aws.client("events", ACCOUNT_B)
    agent.put_rule(Name="forward", EventPattern=json.dumps({"source": ["agent"]}))
    agent.put_targets(Rule="forward", Targets=[{"Id": "bus", "Arn": bus_arn}])
    entry = {"Source": "agent", "DetailType": "x", "Detail": '{"n": 1}', "Resources": ["arn:aws:lambda:eu-west-1:222222222222:function:f"]}

    agent.put_events(Entries=[entry])  # no permission yet: dropped, as AWS drops it
    time.sleep(0.5)
    assert not local_aws.client("sqs", ACCOUNT_A).receive_message(QueueUrl=url).get("Messages")

    master.put_permission(EventBusName="central", Action="events:PutEvents", Principal=ACCOUNT_B, StatementId="agent-b")
    event_id = agent.put_events(Entries=[entry])["Entries"][0]["EventId"]
    body = json.loads(receive_all(local_aws, ACCOUNT_A, url, 1)[0]["Body"])
    assert body["id"] == event_id
    assert body["account"] == ACCOUNT_B
    assert body["resources"] == entry["Resources"]
    assert body["detail"] == {"n": 1}


def test_put_events_to_another_accounts_bus_by_arn(local_aws: LocalAws) -> None:
    master = local_aws.client("events", ACCOUNT_A)
    bus_arn = master.create_event_bus(Name="central")["EventBusArn"]
    url, queue_arn = make_queue(local_aws, ACCOUNT_A, "ingest")
    master.put_rule(Name="all", EventBusName="central", EventPattern=json.dumps({"source": ["awsmon.agent"]}))
    master.put_targets(Rule="all", EventBusName="central", Targets=[{"Id": "q", "Arn": queue_arn}])
    agent = local_aws.client("events", ACCOUNT_B)
    entry = {"Source": "awsmon.agent", "DetailType": "heartbeat", "Detail": "{}", "EventBusName": bus_arn}
    with pytest.raises(ClientError) as denied:
        agent.put_events(Entries=[entry])
    assert denied.value.response["Error"]["Code"] == "AccessDeniedException"
    master.put_permission(EventBusName="central", Action="events:PutEvents", Principal=ACCOUNT_B, StatementId="b")
    agent.put_events(Entries=[entry])
    assert json.loads(receive_all(local_aws, ACCOUNT_A, url, 1)[0]["Body"])["account"] == ACCOUNT_B


def _as_role(local_aws: LocalAws, role_arn: str, service: str = "events"):
    import boto3

    creds = local_aws.client("sts", role_arn.split(":")[4]).assume_role(RoleArn=role_arn, RoleSessionName="test")["Credentials"]
    return boto3.client(
        service,
        region_name=REGION,
        endpoint_url=local_aws.endpoint,
        aws_access_key_id=creds["AccessKeyId"],
        aws_secret_access_key=creds["SecretAccessKey"],
        aws_session_token=creds["SessionToken"],
    )


def test_bus_policy_conditions_on_principal_arn_source_and_detail_type(local_aws: LocalAws) -> None:
    master = local_aws.client("events", ACCOUNT_A)
    bus_arn = master.create_event_bus(Name="central")["EventBusArn"]
    url, queue_arn = make_queue(local_aws, ACCOUNT_A, "ingest")
    master.put_rule(Name="all", EventBusName="central", EventPattern=json.dumps({"account": [ACCOUNT_B]}))
    master.put_targets(Rule="all", EventBusName="central", Targets=[{"Id": "q", "Arn": queue_arn}])
    # A first policy, replaced whole by the second (as AWS does; moto merged them).
    master.put_permission(EventBusName="central", Action="events:PutEvents", Principal=ACCOUNT_B, StatementId="old")
    statement = lambda sid, role, source, detail_type: {  # noqa: E731
        "Sid": sid, "Effect": "Allow", "Principal": {"AWS": ACCOUNT_B}, "Action": "events:PutEvents", "Resource": bus_arn,
        "Condition": {
            "StringLike": {"aws:PrincipalArn": f"arn:aws:iam::*:role/{role}"},
            "StringEquals": {"events:source": [source], "events:detail-type": [detail_type]},
        },
    }
    policy = {"Version": "2012-10-17", "Statement": [
        statement("Agent", "agent-fn", "awsmon.agent", "awsmon.heartbeat"),
        statement("Forwarder", "agent-fwd", "aws.ecs", "ECS Task State Change"),
    ]}
    master.put_permission(EventBusName="central", Policy=json.dumps(policy))
    assert [s["Sid"] for s in json.loads(master.describe_event_bus(Name="central")["Policy"])["Statement"]] == ["Agent", "Forwarder"]

    agent = _as_role(local_aws, f"arn:aws:iam::{ACCOUNT_B}:role/agent-fn")
    ok = {"Source": "awsmon.agent", "DetailType": "awsmon.heartbeat", "Detail": "{}", "EventBusName": bus_arn}
    agent.put_events(Entries=[ok])
    assert len(receive_all(local_aws, ACCOUNT_A, url, 1)) == 1
    refused = [
        (agent, {**ok, "DetailType": "other"}),
        (agent, {**ok, "Source": "aws.ecs", "DetailType": "ECS Task State Change"}),
        (_as_role(local_aws, f"arn:aws:iam::{ACCOUNT_B}:role/app"), ok),
        (local_aws.client("events", ACCOUNT_B), ok),  # the account's root
    ]
    for client, entry in refused:
        with pytest.raises(ClientError) as denied:
            client.put_events(Entries=[ok, entry])  # one refused entry refuses the call
        assert denied.value.response["Error"]["Code"] == "AccessDeniedException", entry

    # Forwarding by a rule: its target's role is the principal.
    events_b = local_aws.client("events", ACCOUNT_B)
    events_b.put_rule(Name="fwd", EventPattern=json.dumps({"source": ["aws.ecs"]}))
    events_b.put_targets(Rule="fwd", Targets=[{"Id": "bus", "Arn": bus_arn, "RoleArn": f"arn:aws:iam::{ACCOUNT_B}:role/agent-fwd"}])
    events_b.put_rule(Name="fwd-as-other", EventPattern=json.dumps({"source": ["aws.ecs"]}))
    events_b.put_targets(Rule="fwd-as-other", Targets=[{"Id": "bus", "Arn": bus_arn, "RoleArn": f"arn:aws:iam::{ACCOUNT_B}:role/app"}])
    events_b.put_events(Entries=[{"Source": "aws.ecs", "DetailType": "ECS Task State Change", "Detail": "{}"}])
    time.sleep(0.5)
    delivered = receive_all(local_aws, ACCOUNT_A, url, 1)
    assert [json.loads(m["Body"])["source"] for m in delivered] == ["aws.ecs"]  # once: the other role's copy dropped


def test_lambda_target_is_invoked_with_the_event_in_its_own_account(local_aws: LocalAws) -> None:
    arn = create_function(local_aws, ACCOUNT_B, "echo")
    events = local_aws.client("events", ACCOUNT_B)
    events.put_rule(Name="to-lambda", EventPattern=json.dumps({"source": ["app"]}))
    events.put_targets(Rule="to-lambda", Targets=[{"Id": "f", "Arn": arn}])
    response = events.put_events(Entries=[{"Source": "app", "DetailType": "t", "Detail": '{"k": "v"}'}])
    assert response["FailedEntryCount"] == 0
    records = wait_for(lambda: control(local_aws, "/invocations")["invocations"])
    assert records[0]["trigger"] == "event-rule" and records[0]["status"] == "success"
    assert records[0]["account_id"] == ACCOUNT_B and records[0]["cold_start"] is True
    assert records[0]["init_ms"] > 0 and records[0]["max_memory_kb"] > 0


def test_invoke_runs_the_bootstrap_and_reports_function_errors(local_aws: LocalAws) -> None:
    create_function(local_aws, ACCOUNT_A, "echo")
    client = local_aws.client("lambda", ACCOUNT_A)
    ok = client.invoke(FunctionName="echo", Payload=b'{"hello": 1}')
    assert json.loads(ok["Payload"].read()) == {"echo": {"hello": 1}, "function": "echo"}
    assert "FunctionError" not in ok
    failed = client.invoke(FunctionName="echo", Payload=b'{"fail": true}')
    assert failed["FunctionError"] == "Unhandled"
    assert json.loads(failed["Payload"].read())["errorType"] == "Boom"
    records = control(local_aws, "/invocations")["invocations"]
    assert [r["cold_start"] for r in records] == [True, False]  # the instance stayed warm


def test_timeout_kills_the_instance_and_the_next_call_starts_cold(local_aws: LocalAws) -> None:
    sleepy = "#!/bin/sh\napi=http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime\ncurl -s $api/invocation/next >/dev/null\nsleep 30\n"
    create_function(local_aws, ACCOUNT_A, "sleepy", script=sleepy, timeout=1)
    failed = local_aws.client("lambda", ACCOUNT_A).invoke(FunctionName="sleepy", Payload=b"{}")
    assert failed["FunctionError"] == "Unhandled"
    assert json.loads(failed["Payload"].read())["errorType"] == "Sandbox.Timedout"


def test_init_error_is_reported(local_aws: LocalAws) -> None:
    broken = "#!/bin/sh\ncurl -s -X POST http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/init/error -d '{\"errorType\":\"Config\",\"errorMessage\":\"MASTER_BUS_ARN missing\"}'\nsleep 30\n"
    create_function(local_aws, ACCOUNT_A, "broken", script=broken)
    failed = local_aws.client("lambda", ACCOUNT_A).invoke(FunctionName="broken", Payload=b"{}")
    assert json.loads(failed["Payload"].read()) == {"errorType": "Config", "errorMessage": "MASTER_BUS_ARN missing"}
    assert control(local_aws, "/invocations")["invocations"][0]["status"] == "init-error"


def test_schedule_rule_runs_on_demand(local_aws: LocalAws) -> None:
    arn = create_function(local_aws, ACCOUNT_A, "echo")
    events = local_aws.client("events", ACCOUNT_A)
    events.put_rule(Name="tick", ScheduleExpression="rate(5 minutes)")
    events.put_targets(Rule="tick", Targets=[{"Id": "f", "Arn": arn}])
    results = control(local_aws, "/schedules/run", {"account_id": ACCOUNT_A, "region": REGION, "rule": "tick"})["results"]
    payload = json.loads(results[0]["payload"])
    assert payload["echo"]["detail-type"] == "Scheduled Event"
    assert payload["echo"]["resources"] == [f"arn:aws:events:{REGION}:{ACCOUNT_A}:rule/tick"]
    assert results[0]["record"]["trigger"] == "schedule"


def test_sqs_mapping_partial_batch_failure_retries_only_that_message_then_dlq(local_aws: LocalAws) -> None:
    partial = r"""#!/bin/sh
api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
while true; do
  h=$(mktemp); body=$(curl -sS -D "$h" "$api/invocation/next"); id=$(grep -i '^lambda-runtime-aws-request-id' "$h" | tr -d '\r' | cut -d' ' -f2)
  failures=$(printf '%s' "$body" | python3 -c 'import json,sys; e=json.load(sys.stdin); print(json.dumps({"batchItemFailures":[{"itemIdentifier":r["messageId"]} for r in e["Records"] if "fail" in r["body"]]}))')
  curl -sS -X POST "$api/invocation/$id/response" -d "$failures" >/dev/null
done
"""
    arn = create_function(local_aws, ACCOUNT_A, "consumer", script=partial)
    dlq_url, dlq_arn = make_queue(local_aws, ACCOUNT_A, "dlq")
    url, queue_arn = make_queue(
        local_aws, ACCOUNT_A, "work", VisibilityTimeout="1",
        RedrivePolicy=json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 2}),
    )
    sqs = local_aws.client("sqs", ACCOUNT_A)
    for body in ("ok-1", "please fail", "ok-2"):
        sqs.send_message(QueueUrl=url, MessageBody=body)
    local_aws.client("lambda", ACCOUNT_A).create_event_source_mapping(
        EventSourceArn=queue_arn, FunctionName=arn, BatchSize=10, FunctionResponseTypes=["ReportBatchItemFailures"]
    )
    dead = receive_all(local_aws, ACCOUNT_A, dlq_url, 1)
    assert [m["Body"] for m in dead] == ["please fail"]
    records = control(local_aws, "/invocations")["invocations"]
    assert all(r["trigger"] == "sqs" for r in records)
    assert len(records) == 2  # first batch of 3, then the failed message alone once more
    assert sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]["ApproximateNumberOfMessages"] == "0"


def test_http_front_turns_requests_into_proxy_events(local_aws: LocalAws) -> None:
    api = r"""#!/bin/sh
api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
while true; do
  h=$(mktemp); body=$(curl -sS -D "$h" "$api/invocation/next"); id=$(grep -i '^lambda-runtime-aws-request-id' "$h" | tr -d '\r' | cut -d' ' -f2)
  resp=$(printf '%s' "$body" | python3 -c 'import json,sys; e=json.load(sys.stdin); print(json.dumps({"statusCode":201,"headers":{"X-Path":e["path"]},"body":json.dumps({"method":e["httpMethod"],"q":e["queryStringParameters"],"body":e["body"]})}))')
  curl -sS -X POST "$api/invocation/$id/response" -d "$resp" >/dev/null
done
"""
    create_function(local_aws, ACCOUNT_A, "api", script=api)
    request = urllib.request.Request(f"{local_aws.control}/http/{ACCOUNT_A}/{REGION}/api/issues/42?status=open", data=b'{"a":1}', method="POST")
    with urllib.request.urlopen(request) as response:
        assert response.status == 201
        assert response.headers["X-Path"] == "/issues/42"
        assert json.loads(response.read()) == {"method": "POST", "q": {"status": "open"}, "body": '{"a":1}'}


def test_http_front_names_the_resource_api_gateway_would_pick(local_aws: LocalAws) -> None:
    """An exact resource integrated with the function wins over `/{proxy+}`, as in API Gateway."""
    api = r"""#!/bin/sh
api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
while true; do
  h=$(mktemp); body=$(curl -sS -D "$h" "$api/invocation/next"); id=$(grep -i '^lambda-runtime-aws-request-id' "$h" | tr -d '\r' | cut -d' ' -f2)
  resp=$(printf '%s' "$body" | python3 -c 'import json,sys; e=json.load(sys.stdin); print(json.dumps({"statusCode":200,"body":e["resource"]}))')
  curl -sS -X POST "$api/invocation/$id/response" -d "$resp" >/dev/null
done
"""
    arn = create_function(local_aws, ACCOUNT_A, "api", script=api)
    gateway = local_aws.client("apigateway", ACCOUNT_A)
    rest = gateway.create_rest_api(name="awsmon")["id"]
    root = gateway.get_resources(restApiId=rest)["items"][0]["id"]
    slack = gateway.create_resource(restApiId=rest, parentId=root, pathPart="slack")["id"]
    route = gateway.create_resource(restApiId=rest, parentId=slack, pathPart="interactions")["id"]
    gateway.put_method(restApiId=rest, resourceId=route, httpMethod="POST", authorizationType="NONE")
    uri = f"arn:aws:apigateway:{REGION}:lambda:path/2015-03-31/functions/{arn}/invocations"
    gateway.put_integration(restApiId=rest, resourceId=route, httpMethod="POST", type="AWS_PROXY", integrationHttpMethod="POST", uri=uri)

    def resource(method: str, path: str) -> str:
        request = urllib.request.Request(f"{local_aws.control}/http/{ACCOUNT_A}/{REGION}/api{path}", data=b"x", method=method)
        with urllib.request.urlopen(request) as response:
            return response.read().decode()

    assert resource("POST", "/slack/interactions") == "/slack/interactions"
    # Another method or path on the function is the catch-all's.
    assert resource("PUT", "/slack/interactions") == "/{proxy+}"
    assert resource("POST", "/slack/interactions/x") == "/{proxy+}"


def test_logs_insights_filters_reports_running_first_and_stops(local_aws: LocalAws) -> None:
    logs = local_aws.client("logs", ACCOUNT_A)
    logs.create_log_group(logGroupName="/app")
    logs.create_log_stream(logGroupName="/app", logStreamName="s")
    now = int(time.time()) * 1000
    logs.put_log_events(logGroupName="/app", logStreamName="s", logEvents=[
        {"timestamp": now - 3000, "message": "INFO fine"},
        {"timestamp": now - 2000, "message": "Error: db down"},
        {"timestamp": now - 1000, "message": "all good"},
    ])
    query_id = logs.start_query(logGroupNames=["/app"], startTime=now // 1000 - 60, endTime=now // 1000,
                                queryString="fields @timestamp, @message | filter @message like /(?i)error/")["queryId"]
    assert logs.get_query_results(queryId=query_id)["status"] == "Running"
    done = logs.get_query_results(queryId=query_id)
    assert done["status"] == "Complete"
    assert [[f["value"] for f in row if f["field"] == "@message"] for row in done["results"]] == [["Error: db down"]]
    assert done["statistics"]["recordsMatched"] == 1.0
    running = logs.start_query(logGroupNames=["/app"], startTime=0, endTime=now // 1000, queryString="fields @message")["queryId"]
    assert logs.stop_query(queryId=running)["success"] is True
    with pytest.raises(ClientError) as malformed:
        logs.start_query(logGroupNames=["/app"], startTime=0, endTime=1, queryString="parse @message 'x' as y")
    assert malformed.value.response["Error"]["Code"] == "MalformedQueryException"


def test_http_front_answers_502_for_a_response_that_is_not_a_proxy_response(local_aws: LocalAws) -> None:
    create_function(local_aws, ACCOUNT_A, "echo")  # answers {"echo": ...}: no statusCode
    with pytest.raises(urllib.error.HTTPError) as failed:
        urllib.request.urlopen(f"{local_aws.control}/http/{ACCOUNT_A}/{REGION}/echo/x")
    assert failed.value.code == 502


def test_logging_config_is_kept_and_function_output_goes_to_its_custom_group(local_aws: LocalAws) -> None:
    create_function(local_aws, ACCOUNT_A, "echo")
    client = local_aws.client("lambda", ACCOUNT_A)
    default = client.get_function_configuration(FunctionName="echo")["LoggingConfig"]
    assert default == {"LogFormat": "Text", "LogGroup": "/aws/lambda/echo"}
    client.update_function_configuration(FunctionName="echo", LoggingConfig={"LogGroup": "/custom/echo"})
    assert client.get_function_configuration(FunctionName="echo")["LoggingConfig"]["LogGroup"] == "/custom/echo"
    client.invoke(FunctionName="echo", Payload=b'{"hello": 1}')
    logs = local_aws.client("logs", ACCOUNT_A)
    wait_for(lambda: logs.describe_log_groups(logGroupNamePrefix="/custom/echo")["logGroups"])


def test_a_permission_statement_id_is_unique_per_function(local_aws: LocalAws) -> None:
    create_function(local_aws, ACCOUNT_A, "echo")
    client = local_aws.client("lambda", ACCOUNT_A)
    grant = {
        "FunctionName": "echo",
        "StatementId": "rule-invoke",
        "Action": "lambda:InvokeFunction",
        "Principal": "events.amazonaws.com",
    }
    client.add_permission(**grant)
    with pytest.raises(client.exceptions.ResourceConflictException):
        client.add_permission(**grant)
    statements = json.loads(client.get_policy(FunctionName="echo")["Policy"])["Statement"]
    assert [s["Sid"] for s in statements] == ["rule-invoke"]
    client.remove_permission(FunctionName="echo", StatementId="rule-invoke")
    client.add_permission(**grant)


def test_concurrent_conditional_writes_of_one_key_let_exactly_one_through(local_aws: LocalAws) -> None:
    from concurrent.futures import ThreadPoolExecutor

    dynamodb = local_aws.client("dynamodb", ACCOUNT_A)
    dynamodb.create_table(
        TableName="once",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    # moto copies the whole table at the start of each transaction (to roll back): a table of
    # some size widens the window between a condition's check and its write.
    for start in range(0, 2000, 25):
        dynamodb.batch_write_item(RequestItems={"once": [
            {"PutRequest": {"Item": {"pk": {"S": f"filler-{i}"}, "pad": {"S": "x" * 200}}}}
            for i in range(start, start + 25)
        ]})

    def write(round_: int, writer: int) -> bool:
        client = local_aws.client("dynamodb", ACCOUNT_A)
        try:
            client.transact_write_items(TransactItems=[{"Put": {
                "TableName": "once",
                "Item": {"pk": {"S": f"event-{round_}"}, "writer": {"N": str(writer)}},
                "ConditionExpression": "attribute_not_exists(pk)",
            }}])
            return True
        except ClientError as error:
            assert error.response["Error"]["Code"] == "TransactionCanceledException", error
            return False

    with ThreadPoolExecutor(max_workers=8) as pool:
        for round_ in range(20):
            winners = sum(pool.map(lambda writer, r=round_: write(r, writer), range(8)))
            assert winners == 1, f"round {round_}: {winners} conditional writes of one key succeeded"
            # A losing transaction must not roll the table back over the winner's write.
            item = dynamodb.get_item(TableName="once", Key={"pk": {"S": f"event-{round_}"}}, ConsistentRead=True)
            assert "Item" in item, f"round {round_}: the winning write was lost"


def test_a_failing_async_invocation_is_retried_then_sent_to_its_on_failure_destination(local_aws: LocalAws) -> None:
    arn = create_function(local_aws, ACCOUNT_B, "echo")
    url, queue_arn = make_queue(local_aws, ACCOUNT_B, "undelivered")
    local_aws.client("lambda", ACCOUNT_B).put_function_event_invoke_config(
        FunctionName="echo", MaximumRetryAttempts=1, DestinationConfig={"OnFailure": {"Destination": queue_arn}}
    )
    events = local_aws.client("events", ACCOUNT_B)
    events.put_rule(Name="to-lambda", EventPattern=json.dumps({"source": ["app"]}))
    events.put_targets(Rule="to-lambda", Targets=[{"Id": "f", "Arn": arn}])
    events.put_events(Entries=[
        {"Source": "app", "DetailType": "t", "Detail": '{"k": "fail"}'},
        {"Source": "app", "DetailType": "t", "Detail": '{"k": "fine"}'},
    ])
    [message] = receive_all(local_aws, ACCOUNT_B, url, 1)
    record = json.loads(message["Body"])
    assert record["requestContext"]["condition"] == "RetriesExhausted"
    assert record["requestContext"]["approximateInvokeCount"] == 2  # the first try and one retry
    assert record["requestContext"]["functionArn"] == f"{arn}:$LATEST"
    assert record["requestPayload"]["detail"] == {"k": "fail"}
    assert record["responseContext"]["functionError"] == "Unhandled"
    assert record["responsePayload"]["errorType"] == "Boom"
    wait_for(lambda: control(local_aws, "/idle")["idle"])
    statuses = sorted(r["status"] for r in control(local_aws, "/invocations")["invocations"])
    assert statuses == ["error", "error", "success"]


def test_an_event_for_a_missing_function_goes_to_the_targets_dead_letter_queue(local_aws: LocalAws) -> None:
    url, queue = make_queue(local_aws, ACCOUNT_A, "rule-dlq")
    arn = create_function(local_aws, ACCOUNT_A, "gone")
    local_aws.client("lambda", ACCOUNT_A).delete_function(FunctionName="gone")
    events = local_aws.client("events", ACCOUNT_A)
    events.put_rule(Name="to-gone", EventPattern=json.dumps({"source": ["app"]}))
    events.put_targets(Rule="to-gone", Targets=[{"Id": "gone", "Arn": arn, "DeadLetterConfig": {"Arn": queue}}])
    events.put_events(Entries=[{"Source": "app", "DetailType": "t", "Detail": '{"k": "v"}'}])
    [message] = receive_all(local_aws, ACCOUNT_A, url, 1)
    attributes = {k: v["StringValue"] for k, v in message["MessageAttributes"].items()}
    assert attributes["ERROR_CODE"] == "RESOURCE_NOT_FOUND"
    assert attributes["RULE_ARN"].endswith(":rule/to-gone")
    assert json.loads(message["Body"])["detail"] == {"k": "v"}
