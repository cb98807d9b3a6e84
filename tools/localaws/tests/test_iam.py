"""`--iam`: the functions' calls evaluated against their execution roles' policies, while the
harness (the `testing` key and an account header) stays an administrator."""

from __future__ import annotations

import json
import time

from conftest import ACCOUNT_A, REGION, LocalAws, create_function
from localaws import iam
from test_launcher import make_queue, receive_all, wait_for

PARAMETER = "/app/secret"
PARAMETER_ARN = f"arn:aws:ssm:{REGION}:{ACCOUNT_A}:parameter/app/secret"

# Calls SSM GetParameter on $PARAMETER with the function's own credentials, as an SDK would
# (local AWS does not check signatures: the access key in `Credential=` names the caller), and
# answers {"status": <HTTP status>, "body": <SSM's answer>}.
SSM_BOOTSTRAP = r"""#!/bin/sh
api="http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime"
while true; do
  headers=$(mktemp)
  curl -sS -D "$headers" -o /dev/null "$api/invocation/next" || exit 1
  id=$(grep -i '^lambda-runtime-aws-request-id' "$headers" | tr -d '\r' | cut -d' ' -f2)
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X POST "$AWS_ENDPOINT_URL/" \
    -H "Content-Type: application/x-amz-json-1.1" -H "X-Amz-Target: AmazonSSM.GetParameter" \
    -H "X-Amz-Security-Token: $AWS_SESSION_TOKEN" \
    -H "Authorization: AWS4-HMAC-SHA256 Credential=$AWS_ACCESS_KEY_ID/20260101/$AWS_REGION/ssm/aws4_request, SignedHeaders=host, Signature=0" \
    -d "{\"Name\": \"$PARAMETER\"}")
  curl -sS -X POST "$api/invocation/$id/response" -d "{\"status\": $status, \"body\": $(cat "$out")}" >/dev/null
  rm -f "$headers" "$out"
done
"""


def policy(*statements: dict) -> dict:
    return {"Version": "2012-10-17", "Statement": list(statements)}


def allow(action: str | list[str], resource: str | list[str]) -> dict:
    return {"Effect": "Allow", "Action": action, "Resource": resource}


def read_parameter(aws: LocalAws, function: str) -> dict:
    answer = aws.client("lambda", ACCOUNT_A).invoke(FunctionName=function, Payload=b"{}")
    assert "FunctionError" not in answer, answer
    return json.loads(answer["Payload"].read())


def test_a_function_may_call_what_its_role_allows_and_nothing_else(local_aws_iam: LocalAws) -> None:
    ssm = local_aws_iam.client("ssm", ACCOUNT_A)
    ssm.put_parameter(Name=PARAMETER, Value="s3cret-EXAMPLE", Type="SecureString")
    ssm.put_parameter(Name="/other", Value="x", Type="String")
    env = {"PARAMETER": PARAMETER}
    create_function(local_aws_iam, ACCOUNT_A, "allowed", SSM_BOOTSTRAP, policy=policy(allow("ssm:GetParameter", PARAMETER_ARN)), environment=env)
    create_function(local_aws_iam, ACCOUNT_A, "no-policy", SSM_BOOTSTRAP, environment=env)
    create_function(
        local_aws_iam, ACCOUNT_A, "other-parameter", SSM_BOOTSTRAP,
        policy=policy(allow("ssm:GetParameter", f"arn:aws:ssm:{REGION}:{ACCOUNT_A}:parameter/other")), environment=env,
    )
    create_function(
        local_aws_iam, ACCOUNT_A, "denied", SSM_BOOTSTRAP,
        policy=policy(allow("ssm:*", "*"), {"Effect": "Deny", "Action": "ssm:Get*", "Resource": "arn:aws:ssm:*:*:parameter/app/*"}),
        environment=env,
    )

    ok = read_parameter(local_aws_iam, "allowed")
    assert ok["status"] == 200 and ok["body"]["Parameter"]["Name"] == PARAMETER, ok

    for function, why in [
        ("no-policy", "because no identity-based policy allows the ssm:GetParameter action"),
        ("other-parameter", "because no identity-based policy allows the ssm:GetParameter action"),
        ("denied", "with an explicit deny in an identity-based policy"),
    ]:
        refused = read_parameter(local_aws_iam, function)
        assert refused["status"] == 400, (function, refused)
        assert refused["body"]["__type"] == "AccessDeniedException", (function, refused)
        message = refused["body"]["message"]
        assert f"assumed-role/{function}-role/" in message and f"on resource: {PARAMETER_ARN} {why}" in message, message

    # The harness's calls are not evaluated: it reads, writes and deletes as an administrator.
    assert ssm.get_parameter(Name=PARAMETER, WithDecryption=True)["Parameter"]["Value"] == "s3cret-EXAMPLE"
    ssm.delete_parameter(Name="/other")
    local_aws_iam.client("iam", ACCOUNT_A).delete_role_policy(RoleName="allowed-role", PolicyName="function")

    # Policies are read at each request: the permission just removed is gone.
    assert read_parameter(local_aws_iam, "allowed")["status"] == 400


def test_without_iam_a_function_without_policies_may_do_anything(local_aws: LocalAws) -> None:
    local_aws.client("ssm", ACCOUNT_A).put_parameter(Name=PARAMETER, Value="v", Type="String")
    create_function(local_aws, ACCOUNT_A, "no-policy", SSM_BOOTSTRAP, environment={"PARAMETER": PARAMETER})
    assert read_parameter(local_aws, "no-policy")["status"] == 200


def test_function_output_reaches_its_log_group_only_if_the_role_may_write_it(local_aws_iam: LocalAws) -> None:
    logs = local_aws_iam.client("logs", ACCOUNT_A)
    own_logs = allow(["logs:CreateLogStream", "logs:PutLogEvents"], f"arn:aws:logs:{REGION}:{ACCOUNT_A}:log-group:/aws/lambda/writer:*")
    for name, statements in [("writer", [own_logs]), ("mute", [])]:
        logs.create_log_group(logGroupName=f"/aws/lambda/{name}")
        create_function(local_aws_iam, ACCOUNT_A, name, policy=policy(*statements) if statements else None)
        local_aws_iam.client("lambda", ACCOUNT_A).invoke(FunctionName=name, Payload=b"{}")

    def lines(name: str) -> list[str]:
        return [e["message"] for e in logs.filter_log_events(logGroupName=f"/aws/lambda/{name}")["events"]]

    assert any(line.startswith("REPORT RequestId") for line in wait_for(lambda: lines("writer")))
    assert lines("mute") == []


def test_an_sqs_mapping_polls_only_with_the_roles_permission(local_aws_iam: LocalAws) -> None:
    url, arn = make_queue(local_aws_iam, ACCOUNT_A, "work", VisibilityTimeout="1")
    create_function(local_aws_iam, ACCOUNT_A, "consumer")
    lam = local_aws_iam.client("lambda", ACCOUNT_A)
    lam.create_event_source_mapping(EventSourceArn=arn, FunctionName="consumer", BatchSize=1)
    sqs = local_aws_iam.client("sqs", ACCOUNT_A)
    sqs.send_message(QueueUrl=url, MessageBody="job")
    time.sleep(1.0)
    assert not [r for r in control_invocations(local_aws_iam) if r["trigger"] == "sqs"]

    local_aws_iam.client("iam", ACCOUNT_A).put_role_policy(
        RoleName="consumer-role", PolicyName="poll",
        PolicyDocument=json.dumps(policy(allow(["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"], arn))),
    )
    wait_for(lambda: [r for r in control_invocations(local_aws_iam) if r["trigger"] == "sqs" and r["status"] == "success"])


def test_an_on_failure_destination_gets_the_record_only_with_the_roles_permission(local_aws_iam: LocalAws) -> None:
    lam = local_aws_iam.client("lambda", ACCOUNT_A)
    sqs = local_aws_iam.client("sqs", ACCOUNT_A)
    url, arn = make_queue(local_aws_iam, ACCOUNT_A, "undelivered")
    create_function(local_aws_iam, ACCOUNT_A, "allowed", policy=policy(allow("sqs:SendMessage", arn)))
    create_function(local_aws_iam, ACCOUNT_A, "denied")
    for name in ("denied", "allowed"):  # the denied one first: its record would arrive first
        lam.put_function_event_invoke_config(
            FunctionName=name, MaximumRetryAttempts=0, DestinationConfig={"OnFailure": {"Destination": arn}}
        )
        lam.invoke(FunctionName=name, InvocationType="Event", Payload=json.dumps({"from": name, "fail": True}).encode())
        wait_for(lambda: control(local_aws_iam, "/idle")["idle"])
    [message] = receive_all(local_aws_iam, ACCOUNT_A, url, 1)
    assert json.loads(message["Body"])["requestPayload"]["from"] == "allowed"
    assert sqs.receive_message(QueueUrl=url, WaitTimeSeconds=1).get("Messages", []) == []


def control(aws: LocalAws, path: str) -> dict:
    from test_launcher import control as get

    return get(aws, path)


def control_invocations(aws: LocalAws) -> list[dict]:
    return control(aws, "/invocations")["invocations"]


# -- the evaluator and the resources it checks, in process ---------------------------------


def test_decide_follows_iam_evaluation_logic() -> None:
    table = f"arn:aws:dynamodb:{REGION}:{ACCOUNT_A}:table/t"
    statements = [
        allow(["dynamodb:Query", "dynamodb:Get*"], table),
        allow("DynamoDB:PutItem", f"arn:aws:dynamodb:*:{ACCOUNT_A}:table/t?"),
        {"Effect": "Deny", "NotAction": "dynamodb:*", "Resource": "*"},
    ]
    assert iam.decide(statements, "dynamodb:GetItem", [table]) == "allow"
    assert iam.decide(statements, "dynamodb:Query", [table + "/index/gsi1"]) == "implicit-deny"
    assert iam.decide(statements, "dynamodb:PutItem", [table]) == "implicit-deny"  # `?` is one character
    assert iam.decide(statements, "dynamodb:PutItem", [table + "2"]) == "allow"  # actions ignore case
    assert iam.decide(statements, "sqs:SendMessage", ["arn:aws:sqs:x"]) == "explicit-deny"
    assert iam.decide(statements, "dynamodb:DeleteItem", None) == "implicit-deny"
    assert iam.decide([allow("dynamodb:*", "arn:aws:dynamodb:*:*:table/[t]")], "dynamodb:GetItem", [table]) == "implicit-deny"


def test_required_names_the_resources_iam_checks() -> None:
    arn = f"{REGION}:{ACCOUNT_A}"
    table = f"arn:aws:dynamodb:{arn}:table/t"
    assert iam.required("dynamodb", "Query", {"TableName": "t", "IndexName": "gsi1"}, "/", REGION, ACCOUNT_A) == [
        ("dynamodb:Query", [f"{table}/index/gsi1"])
    ]
    transaction = {"TransactItems": [{"Put": {"TableName": "t"}}, {"Update": {"TableName": "u"}}]}
    assert iam.required("dynamodb", "TransactWriteItems", transaction, "/", REGION, ACCOUNT_A) == [
        ("dynamodb:PutItem", [table]),
        ("dynamodb:UpdateItem", [f"arn:aws:dynamodb:{arn}:table/u"]),
    ]
    assert iam.required("sqs", "ReceiveMessage", {"QueueUrl": f"http://127.0.0.1:5000/{ACCOUNT_A}/q"}, "/", REGION, ACCOUNT_A) == [
        ("sqs:ReceiveMessage", [f"arn:aws:sqs:{arn}:q"])
    ]
    entries = {"Entries": [{"EventBusName": "arn:aws:events:eu-west-1:222222222222:event-bus/awsmon"}, {}]}
    assert iam.required("events", "PutEvents", entries, "/", REGION, ACCOUNT_A) == [
        ("events:PutEvents", [f"arn:aws:events:{arn}:event-bus/default"]),
        ("events:PutEvents", ["arn:aws:events:eu-west-1:222222222222:event-bus/awsmon"]),
    ]
    assert iam.required("logs", "PutLogEvents", {"logGroupName": "/g", "logStreamName": "s"}, "/", REGION, ACCOUNT_A) == [
        ("logs:PutLogEvents", [f"arn:aws:logs:{arn}:log-group:/g:log-stream:s"])
    ]
    assert iam.required("lambda", "Invoke", {}, "/2015-03-31/functions/f/invocations", REGION, ACCOUNT_A) == [
        ("lambda:InvokeFunction", [f"arn:aws:lambda:{arn}:function:f"])
    ]
    # Not modelled: judged on the action alone.
    assert iam.required("cloudwatch", "PutMetricAlarm", {"AlarmName": "a"}, "/", REGION, ACCOUNT_A) == [("cloudwatch:PutMetricAlarm", None)]


def test_a_rule_invokes_a_function_only_if_its_policy_lets_it_else_the_event_is_dead_lettered(local_aws_iam: LocalAws) -> None:
    url, queue = make_queue(local_aws_iam, ACCOUNT_A, "rule-dlq")
    lam = local_aws_iam.client("lambda", ACCOUNT_A)
    events = local_aws_iam.client("events", ACCOUNT_A)
    arns = {name: create_function(local_aws_iam, ACCOUNT_A, name) for name in ("allowed", "refused")}
    for name, arn in arns.items():
        rule = events.put_rule(Name=f"to-{name}", EventPattern=json.dumps({"source": [name]}))["RuleArn"]
        events.put_targets(Rule=f"to-{name}", Targets=[{"Id": name, "Arn": arn, "DeadLetterConfig": {"Arn": queue}}])
        # Only `allowed` lets its rule invoke it; `refused` lets another rule.
        source = rule if name == "allowed" else rule.replace("to-refused", "another")
        lam.add_permission(FunctionName=name, StatementId="events", Action="lambda:InvokeFunction", Principal="events.amazonaws.com", SourceArn=source)
    events.put_events(Entries=[{"Source": name, "DetailType": "t", "Detail": "{}"} for name in arns])
    [message] = receive_all(local_aws_iam, ACCOUNT_A, url, 1)
    attributes = {k: v["StringValue"] for k, v in message.get("MessageAttributes", {}).items()}
    assert attributes["ERROR_CODE"] == "NO_PERMISSIONS" and attributes["TARGET_ARN"] == arns["refused"], attributes
    assert json.loads(message["Body"])["source"] == "refused"
    wait_for(lambda: control(local_aws_iam, "/idle")["idle"])
    assert [r["function_name"] for r in control_invocations(local_aws_iam)] == ["allowed"]
