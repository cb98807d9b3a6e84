#!/usr/bin/env python3
"""Writes ../<name>.json and ../<name>.expected.json: the held-out event payloads.

Stdlib only. Each payload is written by hand in the shape the AWS documentation shows for its
event (see ../README.md for the page behind each); every account id, ARN, id and text is
invented. The expected outcome follows docs/events.md and docs/cli.md, never awsmon's code.
`contains` uses words the docs promise (the title format, the stop code and reason in the
context, the detail-type an unsupported rejection names); where the docs promise no wording
for a reason, it is "" (only the outcome is judged).
"""

import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")

A1 = "111122223333"
A2 = "444455556666"
A3 = "777788889999"


def write(name, payload, expected, raw=None):
    with open(os.path.join(OUT, f"{name}.json"), "w") as f:
        if raw is not None:
            f.write(raw)
        else:
            json.dump(payload, f, indent=2)
            f.write("\n")
    with open(os.path.join(OUT, f"{name}.expected.json"), "w") as f:
        json.dump(expected, f, indent=2)
        f.write("\n")


def accept(source, event_type, severity, resolves, contains):
    return {"source": source, "outcome": "accept", "event_type": event_type, "severity": severity,
            "resolves": resolves, "contains": contains}


def ignore(source, contains):
    return {"source": source, "outcome": "ignore", "contains": contains}


def reject(source, contains):
    return {"source": source, "outcome": "reject", "contains": contains}


def envelope(source, detail_type, account, region, time, resources, detail, eid):
    return {"version": "0", "id": eid, "detail-type": detail_type, "source": source, "account": account,
            "time": time, "region": region, "resources": resources, "detail": detail}


# ----------------------------------------------------------------------------------- alarms
def alarm(name, account, region, state, prev, config, time, eid, suppressed=None):
    arn = f"arn:aws:cloudwatch:{region}:{account}:alarm:{name}"
    detail = {"alarmName": name, "state": state, "configuration": config}
    if prev is not None:
        detail["previousState"] = prev
    if suppressed:
        detail["state"] = dict(state, actionsSuppressedBy=suppressed[0], actionsSuppressedReason=suppressed[1])
    return envelope("aws.cloudwatch", "CloudWatch Alarm State Change", account, region, time, [arn], detail, eid)


asg_metric = {"id": "m1", "metricStat": {"metric": {"namespace": "AWS/EC2", "name": "CPUUtilization",
              "dimensions": {"AutoScalingGroupName": "orders-web-asg"}}, "period": 60, "stat": "Average"},
              "returnData": True}
write("alarm-asg-cpu-alarm", alarm(
    "orders-web-cpu-high", A1, "eu-west-1",
    {"value": "ALARM", "reason": "Threshold Crossed: 3 out of the last 3 datapoints [91.2 (21/11/26 10:03:00), 88.7 (21/11/26 10:02:00), 90.1 (21/11/26 10:01:00)] were greater than or equal to the threshold (85.0) (minimum 3 datapoints for OK -> ALARM transition).",
     "reasonData": "{\"version\":\"1.0\",\"queryDate\":\"2026-11-21T10:04:12.345+0000\",\"startDate\":\"2026-11-21T10:01:00.000+0000\",\"statistic\":\"Average\",\"period\":60,\"recentDatapoints\":[90.1,88.7,91.2],\"threshold\":85.0,\"evaluatedDatapoints\":[{\"timestamp\":\"2026-11-21T10:03:00.000+0000\",\"sampleCount\":3.0,\"value\":91.2}]}",
     "timestamp": "2026-11-21T10:04:12.350+0000"},
    {"value": "OK", "reason": "Threshold Crossed: 1 out of the last 3 datapoints was not greater than or equal to the threshold (85.0).", "timestamp": "2026-11-20T22:11:40.120+0000"},
    {"description": "Web tier CPU above 85% for 3 minutes", "metrics": [asg_metric]},
    "2026-11-21T10:04:12Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111101"),
    accept("alarm", "alarm", "high", False, "Alarm orders-web-cpu-high is ALARM"))

math_metrics = [
    {"id": "e1", "expression": "100 * (m1 / m2)", "label": "5xx rate (%)", "returnData": True},
    {"id": "m1", "metricStat": {"metric": {"namespace": "AWS/ApplicationELB", "name": "HTTPCode_Target_5XX_Count",
     "dimensions": {"LoadBalancer": "app/orders-alb/0a1b2c3d4e5f6a7b"}}, "period": 300, "stat": "Sum"}, "returnData": False},
    {"id": "m2", "metricStat": {"metric": {"namespace": "AWS/ApplicationELB", "name": "RequestCount",
     "dimensions": {"LoadBalancer": "app/orders-alb/0a1b2c3d4e5f6a7b"}}, "period": 300, "stat": "Sum"}, "returnData": False},
]
write("alarm-metric-math-5xx-rate", alarm(
    "orders-alb-5xx-rate", A1, "eu-west-1",
    {"value": "ALARM", "reason": "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [Breaching].", "timestamp": "2026-11-21T11:20:05.001+0000"},
    {"value": "OK", "reason": "Threshold Crossed: 1 datapoint [0.4 (21/11/26 11:10:00)] was not greater than the threshold (5.0).", "timestamp": "2026-11-21T09:00:05.001+0000"},
    {"description": "More than 5% of requests end in a target 5xx", "metrics": math_metrics},
    "2026-11-21T11:20:05Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111102"),
    accept("alarm", "alarm", "high", False, "Alarm orders-alb-5xx-rate is ALARM"))

band_metrics = [
    {"id": "ad1", "expression": "ANOMALY_DETECTION_BAND(m1, 2)", "label": "Latency (expected)", "returnData": True},
    {"id": "m1", "metricStat": {"metric": {"namespace": "AWS/ApiGateway", "name": "Latency", "dimensions": {"ApiName": "orders-api", "Stage": "prod"}}, "period": 300, "stat": "p90"}, "returnData": True},
]
write("alarm-anomaly-band-latency", alarm(
    "orders-api-latency-anomaly", A2, "us-east-1",
    {"value": "ALARM", "reason": "Thresholds Crossed: 1 out of the last 1 datapoints [812.4 (21/11/26 14:25:00)] was greater than the upper thresholds [402.9] (minimum 1 datapoint for OK -> ALARM transition).", "timestamp": "2026-11-21T14:30:41.777+0000"},
    {"value": "OK", "reason": "Thresholds Crossed: 1 out of the last 1 datapoints was not greater than the upper thresholds.", "timestamp": "2026-11-21T06:10:41.777+0000"},
    {"description": "p90 latency outside its expected band", "metrics": band_metrics, "thresholdMetricId": "ad1"},
    "2026-11-21T14:30:41Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111103"),
    accept("alarm", "alarm", "high", False, "Alarm orders-api-latency-anomaly is ALARM"))

write("alarm-back-to-ok", alarm(
    "orders-web-cpu-high", A1, "eu-west-1",
    {"value": "OK", "reason": "Threshold Crossed: 3 out of the last 3 datapoints [41.0 (21/11/26 10:33:00), 39.8 (21/11/26 10:32:00), 44.2 (21/11/26 10:31:00)] were not greater than or equal to the threshold (85.0).", "timestamp": "2026-11-21T10:34:12.350+0000"},
    {"value": "ALARM", "reason": "Threshold Crossed: 3 out of the last 3 datapoints were greater than or equal to the threshold (85.0).", "timestamp": "2026-11-21T10:04:12.350+0000"},
    {"description": "Web tier CPU above 85% for 3 minutes", "metrics": [asg_metric]},
    "2026-11-21T10:34:12Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111104"),
    accept("alarm", "alarm", "info", True, "orders-web-cpu-high"))

write("alarm-insufficient-data-from-alarm", alarm(
    "orders-queue-depth", A1, "eu-west-1",
    {"value": "INSUFFICIENT_DATA", "reason": "Insufficient Data: 1 datapoint was unknown.", "timestamp": "2026-11-21T12:00:00.000+0000"},
    {"value": "ALARM", "reason": "Threshold Crossed: 1 datapoint [15210.0] was greater than the threshold (10000.0).", "timestamp": "2026-11-21T11:45:00.000+0000"},
    {"description": "Backlog on orders-queue", "metrics": [{"id": "m1", "metricStat": {"metric": {"namespace": "AWS/SQS", "name": "ApproximateNumberOfMessagesVisible", "dimensions": {"QueueName": "orders-queue"}}, "period": 300, "stat": "Maximum"}, "returnData": True}]},
    "2026-11-21T12:00:00Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111105"),
    ignore("alarm", "INSUFFICIENT_DATA"))

write("alarm-no-previous-state", alarm(
    "payments-dlq-not-empty", A2, "us-east-1",
    {"value": "ALARM", "reason": "Threshold Crossed: 1 out of the last 1 datapoints [3.0 (21/11/26 08:00:00)] was greater than the threshold (0.0) (minimum 1 datapoint for OK -> ALARM transition).", "timestamp": "2026-11-21T08:05:31.004+0000"},
    None,
    {"description": "Messages in the payments dead-letter queue", "metrics": [{"id": "m1", "metricStat": {"metric": {"namespace": "AWS/SQS", "name": "ApproximateNumberOfMessagesVisible", "dimensions": {"QueueName": "payments-dlq"}}, "period": 300, "stat": "Maximum"}, "returnData": True}]},
    "2026-11-21T08:05:31Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111106"),
    accept("alarm", "alarm", "high", False, "Alarm payments-dlq-not-empty is ALARM"))

composite_cfg = {"alarmRule": "ALARM(orders-web-cpu-high) OR ALARM(orders-alb-5xx-rate)",
                 "actionsSuppressor": "maintenance-window", "actionsSuppressorWaitPeriod": 120,
                 "actionsSuppressorExtensionPeriod": 180, "description": "Checkout is degraded"}
composite_state = {"value": "ALARM", "reason": "arn:aws:cloudwatch:eu-west-1:111122223333:alarm:orders-alb-5xx-rate transitioned to ALARM at Saturday 21 November, 2026 11:20:05 UTC",
                   "reasonData": "{\"triggeringAlarms\":[{\"arn\":\"arn:aws:cloudwatch:eu-west-1:111122223333:alarm:orders-alb-5xx-rate\",\"state\":{\"value\":\"ALARM\",\"timestamp\":\"2026-11-21T11:20:05.001+0000\"}}]}",
                   "timestamp": "2026-11-21T11:20:06.210+0000"}
write("alarm-composite-fires", alarm(
    "checkout-degraded", A1, "eu-west-1", composite_state,
    {"value": "OK", "reason": "", "timestamp": "2026-11-21T08:00:00.000+0000"}, composite_cfg,
    "2026-11-21T11:20:06Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111107"),
    accept("alarm", "alarm", "high", False, "Composite alarm checkout-degraded is ALARM"))

write("alarm-composite-suppressed-extension-period", alarm(
    "checkout-degraded", A1, "eu-west-1", composite_state,
    {"value": "OK", "reason": "", "timestamp": "2026-11-21T08:00:00.000+0000"}, composite_cfg,
    "2026-11-21T11:20:06Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111108",
    suppressed=("ExtensionPeriod", "Actions suppressed by ExtensionPeriod")),
    ignore("alarm", "ExtensionPeriod"))

ok_comp = dict(composite_state, value="OK", reason="arn:aws:cloudwatch:eu-west-1:111122223333:alarm:orders-alb-5xx-rate transitioned to OK at Saturday 21 November, 2026 11:50:05 UTC", timestamp="2026-11-21T11:50:06.210+0000")
write("alarm-composite-back-to-ok-while-suppressed", alarm(
    "checkout-degraded", A1, "eu-west-1", ok_comp,
    {"value": "ALARM", "reason": "", "timestamp": "2026-11-21T11:20:06.210+0000"}, composite_cfg,
    "2026-11-21T11:50:06Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111109",
    suppressed=("Alarm", "Alarm arn:aws:cloudwatch:eu-west-1:111122223333:alarm:maintenance-window in ALARM")),
    ignore("alarm", ""))

write("alarm-composite-back-to-ok", alarm(
    "checkout-degraded", A1, "eu-west-1", ok_comp,
    {"value": "ALARM", "reason": "", "timestamp": "2026-11-21T11:20:06.210+0000"}, composite_cfg,
    "2026-11-21T11:50:06Z", "0c5a9e1d-3b2f-4c8e-9a7d-111111111110"),
    accept("alarm", "alarm", "info", True, "checkout-degraded"))

write("alarm-cloudtrail-put-metric-alarm", envelope(
    "aws.cloudwatch", "AWS API Call via CloudTrail", A1, "eu-west-1", "2026-11-21T09:00:00Z", [],
    {"eventVersion": "1.09", "eventSource": "monitoring.amazonaws.com", "eventName": "PutMetricAlarm",
     "awsRegion": "eu-west-1", "requestParameters": {"alarmName": "orders-web-cpu-high", "threshold": 85.0}},
    "0c5a9e1d-3b2f-4c8e-9a7d-111111111111"),
    reject("alarm", "AWS API Call via CloudTrail"))

# ----------------------------------------------------------------------------------- lambda
def record(fn_arn, req, condition, count, payload, function_error="Unhandled", ts="2026-11-21T10:15:02.118Z", ctx=True):
    rec = {"version": "1.0", "timestamp": ts,
           "requestContext": {"requestId": req, "functionArn": fn_arn, "condition": condition, "approximateInvokeCount": count},
           "requestPayload": {"orderId": "ord-48120", "bucket": "orders-uploads"}}
    if ctx:
        rec["responseContext"] = {"statusCode": 200, "executedVersion": "$LATEST", "functionError": function_error}
        rec["responsePayload"] = payload
    return rec


fn = f"arn:aws:lambda:eu-west-1:{A1}:function:resize-image:$LATEST"
rec = record(fn, "5f1c2e3d-7a8b-4c9d-8e0f-1a2b3c4d5e61", "RetriesExhausted", 3,
             {"errorType": "Sandbox.Timedout", "errorMessage": "RequestId: 5f1c2e3d-7a8b-4c9d-8e0f-1a2b3c4d5e61 Error: Task timed out after 30.00 seconds"})
write("lambda-eventbridge-timeout", envelope(
    "lambda", "Lambda Function Invocation Result - Failure", A1, "eu-west-1", "2026-11-21T10:15:02Z",
    [f"arn:aws:events:eu-west-1:{A1}:event-bus/default", fn], rec, "9d0e1f2a-3b4c-4d5e-8f6a-222222222201"),
    accept("lambda", "lambda-error", "high", False, "Lambda resize-image failed"))

fn2 = f"arn:aws:lambda:us-east-1:{A2}:function:orders-webhook:live"
write("lambda-raw-record-typeerror", record(
    fn2, "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c62", "RetriesExhausted", 3,
    {"errorType": "TypeError", "errorMessage": "Cannot read properties of undefined (reading 'id')",
     "trace": ["TypeError: Cannot read properties of undefined (reading 'id')", "    at Runtime.handler (file:///var/task/index.mjs:14:31)"]}),
    accept("lambda", "lambda-error", "high", False, "TypeError"))

fn3 = f"arn:aws:lambda:eu-west-1:{A1}:function:ingest-events"
write("lambda-raw-event-age-exceeded-throttled", record(
    fn3, "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e63", "EventAgeExceeded", 0, None, ctx=False),
    accept("lambda", "lambda-error", "high", False, "EventAgeExceeded"))

write("lambda-raw-python-keyerror", record(
    fn3, "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f64", "RetriesExhausted", 3,
    {"errorMessage": "'customer_id'", "errorType": "KeyError", "requestId": "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f64",
     "stackTrace": ["  File \"/var/task/app.py\", line 41, in handler\n    cid = event[\"detail\"][\"customer_id\"]\n"]}),
    accept("lambda", "lambda-error", "high", False, "KeyError"))

write("lambda-eventbridge-runtime-exit-oom", envelope(
    "lambda", "Lambda Function Invocation Result - Failure", A2, "us-east-1", "2026-11-21T16:40:10Z",
    [f"arn:aws:events:us-east-1:{A2}:event-bus/default", fn2],
    record(fn2, "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a65", "RetriesExhausted", 3,
           {"errorType": "Runtime.ExitError", "errorMessage": "RequestId: e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a65 Error: Runtime exited with error: signal: killed"},
           ts="2026-11-21T16:40:10.500Z"),
    "9d0e1f2a-3b4c-4d5e-8f6a-222222222205"),
    accept("lambda", "lambda-error", "high", False, "Runtime.ExitError"))

succ = record(fn, "f6a7b8c9-d0e1-4f2a-8b3c-4d5e6f7a8b66", "Success", 1, {"statusCode": 200, "body": "resized"})
succ["responseContext"].pop("functionError")
write("lambda-eventbridge-success", envelope(
    "lambda", "Lambda Function Invocation Result - Success", A1, "eu-west-1", "2026-11-21T10:16:00Z",
    [f"arn:aws:events:eu-west-1:{A1}:event-bus/default", fn], succ, "9d0e1f2a-3b4c-4d5e-8f6a-222222222206"),
    ignore("lambda", ""))

write("lambda-raw-success-record", dict(succ, timestamp="2026-11-21T10:17:00.001Z"), ignore("lambda", ""))

ddb = {"requestContext": {"requestId": "a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c67", "functionArn": f"arn:aws:lambda:eu-west-1:{A1}:function:orders-stream-consumer",
       "condition": "RecordAgeExceeded", "approximateInvokeCount": 1},
       "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
       "version": "1.0", "timestamp": "2026-11-21T18:00:00.000Z",
       "DDBStreamBatchInfo": {"shardId": "shardId-00000001763742000000-0a1b2c3d",
                              "startSequenceNumber": "4812000000000012345678901", "endSequenceNumber": "4812000000000012345678955",
                              "approximateArrivalOfFirstRecord": "2026-11-21T17:00:01Z", "approximateArrivalOfLastRecord": "2026-11-21T17:00:09Z",
                              "batchSize": 55, "streamArn": f"arn:aws:dynamodb:eu-west-1:{A1}:table/orders/stream/2026-11-01T00:00:00.000"}}
write("lambda-raw-ddb-record-age-exceeded", ddb, accept("lambda", "lambda-error", "high", False, "RecordAgeExceeded"))

# ----------------------------------------------------------------------------------- ecs
def task(account, region, cluster, tid, group, last, stop_code, reason, containers, launch="FARGATE", stopped_at="2026-11-21T13:02:44.511Z"):
    cl = f"arn:aws:ecs:{region}:{account}:cluster/{cluster}"
    ta = f"arn:aws:ecs:{region}:{account}:task/{cluster}/{tid}"
    conts = []
    for c in containers:
        base = {"containerArn": f"arn:aws:ecs:{region}:{account}:container/{cluster}/{tid}/{c['id']}",
                "lastStatus": "STOPPED" if last == "STOPPED" else last, "name": c["name"], "image": c.get("image", f"{account}.dkr.ecr.{region}.amazonaws.com/{c['name']}:3.2.0"),
                "taskArn": ta, "networkInterfaces": [{"attachmentId": "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b", "privateIpv4Address": "10.0.12.34"}],
                "cpu": "256", "memory": "512"}
        for k in ("exitCode", "reason"):
            if k in c:
                base[k] = c[k]
        conts.append(base)
    detail = {"attachments": [{"id": "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b", "type": "eni", "status": "DELETED"}],
              "availabilityZone": f"{region}a", "clusterArn": cl, "containers": conts,
              "createdAt": "2026-11-21T12:40:02.114Z", "launchType": launch, "cpu": "512", "memory": "1024",
              "desiredStatus": "STOPPED" if last == "STOPPED" else "RUNNING", "group": group, "lastStatus": last,
              "overrides": {"containerOverrides": [{"name": c["name"]} for c in containers]},
              "connectivity": "CONNECTED", "platformVersion": "1.4.0" if launch == "FARGATE" else None,
              "startedBy": "ecs-svc/4812004719284739201", "taskArn": ta,
              "taskDefinitionArn": f"arn:aws:ecs:{region}:{account}:task-definition/{group.split(':')[-1]}:17",
              "updatedAt": stopped_at, "version": 5}
    if detail["platformVersion"] is None:
        del detail["platformVersion"]
        detail["containerInstanceArn"] = f"arn:aws:ecs:{region}:{account}:container-instance/{cluster}/0a1b2c3d4e5f40718293a4b5c6d7e8f9"
    if last == "STOPPED":
        detail.update({"stoppingAt": stopped_at, "stoppedAt": stopped_at, "executionStoppedAt": stopped_at})
        if stop_code:
            detail["stopCode"] = stop_code
        detail["stoppedReason"] = reason
    return envelope("aws.ecs", "ECS Task State Change", account, region, stopped_at[:19] + "Z", [ta], detail,
                    "3e4f5a6b-7c8d-4e9f-8a0b-3333333333" + tid[:2])


write("ecs-stopped-exit-2-with-sidecar", task(
    A1, "eu-west-1", "orders-prod", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "service:orders-api", "STOPPED",
    "EssentialContainerExited", "Essential container in task exited",
    [{"id": "11aa22bb-33cc-44dd-55ee-66ff77008811", "name": "orders-api", "exitCode": 2},
     {"id": "11aa22bb-33cc-44dd-55ee-66ff77008812", "name": "log-router", "exitCode": 143, "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"}]),
    accept("ecs", "ecs-task-failure", "medium", False, "EssentialContainerExited"))

write("ecs-stopped-cannot-pull-rate-limit", task(
    A1, "eu-west-1", "batch", "b2c3d4e5f60718293a4b5c6d7e8f90a1", "family:nightly-report", "STOPPED",
    "TaskFailedToStart", "CannotPullContainerError: pull image manifest has been retried 7 time(s): httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/3.12-slim: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.",
    [{"id": "22aa22bb-33cc-44dd-55ee-66ff77008821", "name": "report", "image": "python:3.12-slim",
      "reason": "CannotPullContainerError: pull image manifest has been retried 7 time(s): toomanyrequests: You have reached your pull rate limit."}]),
    accept("ecs", "ecs-task-failure", "medium", False, "CannotPullContainerError"))

write("ecs-stopped-oom-ec2", task(
    A2, "us-east-1", "workers", "c3d4e5f60718293a4b5c6d7e8f90a1b2", "service:image-worker", "STOPPED",
    "EssentialContainerExited", "Essential container in task exited",
    [{"id": "33aa22bb-33cc-44dd-55ee-66ff77008831", "name": "worker", "exitCode": 137, "reason": "OutOfMemoryError: Container killed due to memory usage"}],
    launch="EC2"),
    accept("ecs", "ecs-task-failure", "medium", False, "OutOfMemoryError"))

write("ecs-stopped-spot-interruption-fargate-spot", task(
    A1, "eu-west-1", "orders-prod", "d4e5f60718293a4b5c6d7e8f90a1b2c3", "service:orders-consumer", "STOPPED",
    "SpotInterruption", "Your Spot Task was interrupted.",
    [{"id": "44aa22bb-33cc-44dd-55ee-66ff77008841", "name": "consumer", "exitCode": 143}]),
    accept("ecs", "ecs-task-failure", "low", False, "SpotInterruption"))

write("ecs-stopped-deployment-scale-in", task(
    A1, "eu-west-1", "orders-prod", "e5f60718293a4b5c6d7e8f90a1b2c3d4", "service:orders-api", "STOPPED",
    "ServiceSchedulerInitiated", "Scaling activity initiated by (deployment ecs-svc/4812004719284739201)",
    [{"id": "55aa22bb-33cc-44dd-55ee-66ff77008851", "name": "orders-api", "exitCode": 143},
     {"id": "55aa22bb-33cc-44dd-55ee-66ff77008852", "name": "log-router", "exitCode": 0}]),
    ignore("ecs", "scheduler stopped it on purpose"))

write("ecs-stopped-user-initiated-exit-137", task(
    A2, "us-east-1", "workers", "f60718293a4b5c6d7e8f90a1b2c3d4e5", "family:adhoc-migration", "STOPPED",
    "UserInitiated", "Task stopped by user",
    [{"id": "66aa22bb-33cc-44dd-55ee-66ff77008861", "name": "migrate", "exitCode": 137}], launch="EC2"),
    ignore("ecs", "StopTask"))

write("ecs-stopped-vpc-lattice-health-check", task(
    A1, "eu-west-1", "orders-prod", "0718293a4b5c6d7e8f90a1b2c3d4e5f6", "service:orders-api", "STOPPED",
    "ServiceSchedulerInitiated", "Task failed VPC Lattice health checks in (target-group arn:aws:vpc-lattice:eu-west-1:111122223333:targetgroup/tg-0a1b2c3d4e5f6a7b8)",
    [{"id": "77aa22bb-33cc-44dd-55ee-66ff77008871", "name": "orders-api", "exitCode": 143}]),
    accept("ecs", "ecs-task-failure", "medium", False, "VPC Lattice health checks"))

write("ecs-task-pending", task(
    A1, "eu-west-1", "orders-prod", "18293a4b5c6d7e8f90a1b2c3d4e5f607", "service:orders-api", "PENDING", None, None,
    [{"id": "88aa22bb-33cc-44dd-55ee-66ff77008881", "name": "orders-api"}]),
    ignore("ecs", "not STOPPED"))

write("ecs-stopped-eni-timeout", task(
    A1, "eu-west-1", "batch", "293a4b5c6d7e8f90a1b2c3d4e5f60718", "family:nightly-report", "STOPPED",
    "TaskFailedToStart", "Timeout waiting for network interface provisioning to complete.",
    [{"id": "99aa22bb-33cc-44dd-55ee-66ff77008891", "name": "report"}]),
    accept("ecs", "ecs-task-failure", "medium", False, "Timeout waiting for network interface provisioning"))

write("ecs-stopped-essential-exit-no-exit-code", task(
    A2, "us-east-1", "workers", "3a4b5c6d7e8f90a1b2c3d4e5f6071829", "service:image-worker", "STOPPED",
    "EssentialContainerExited", "Essential container in task exited",
    [{"id": "aaaa22bb-33cc-44dd-55ee-66ff770088a1", "name": "worker"}], launch="EC2"),
    accept("ecs", "ecs-task-failure", "medium", False, "EssentialContainerExited"))

write("ecs-stopped-oom-without-stop-code", task(
    A2, "us-east-1", "workers", "4b5c6d7e8f90a1b2c3d4e5f60718293a", "service:image-worker", "STOPPED",
    None, "Essential container in task exited",
    [{"id": "bbbb22bb-33cc-44dd-55ee-66ff770088b1", "name": "worker", "exitCode": 137, "reason": "OutOfMemoryError: Container killed due to memory usage"}], launch="EC2"),
    accept("ecs", "ecs-task-failure", "medium", False, "OutOfMemoryError"))

write("ecs-stopped-batch-job-done", task(
    A1, "eu-west-1", "batch", "5c6d7e8f90a1b2c3d4e5f60718293a4b", "family:nightly-report", "STOPPED",
    "EssentialContainerExited", "Essential container in task exited",
    [{"id": "cccc22bb-33cc-44dd-55ee-66ff770088c1", "name": "report", "exitCode": 0},
     {"id": "cccc22bb-33cc-44dd-55ee-66ff770088c2", "name": "xray-daemon", "exitCode": 137}]),
    ignore("ecs", ""))

# A stop code the SDKs list (TaskStopCode InfrastructureHealth) that docs/events.md's table does
# not name: judged by the generic rows, containers killed (143) with none exiting 0 -> row 13.
write("ecs-stopped-infrastructure-health", task(
    A1, "eu-west-1", "orders-prod", "7e8f90a1b2c3d4e5f60718293a4b5c6d", "service:orders-api", "STOPPED",
    "InfrastructureHealth", "Task stopped because the underlying infrastructure was found unhealthy",
    [{"id": "eeee22bb-33cc-44dd-55ee-66ff770088e1", "name": "orders-api", "exitCode": 143}]),
    accept("ecs", "ecs-task-failure", "medium", False, "InfrastructureHealth"))

write("ecs-service-action-placement-failure", envelope(
    "aws.ecs", "ECS Service Action", A1, "eu-west-1", "2026-11-21T13:10:00Z",
    [f"arn:aws:ecs:eu-west-1:{A1}:service/orders-prod/orders-api"],
    {"eventType": "ERROR", "eventName": "SERVICE_TASK_PLACEMENT_FAILURE",
     "clusterArn": f"arn:aws:ecs:eu-west-1:{A1}:cluster/orders-prod", "capacityProviderArns": [f"arn:aws:ecs:eu-west-1:{A1}:capacity-provider/orders-asg-cp"],
     "createdAt": "2026-11-21T13:09:58.001Z", "reason": "RESOURCE:MEMORY"},
    "3e4f5a6b-7c8d-4e9f-8a0b-3333333333f1"),
    reject("ecs", "ECS Service Action"))

write("ecs-deployment-failed", envelope(
    "aws.ecs", "ECS Deployment State Change", A1, "eu-west-1", "2026-11-21T13:30:00Z",
    [f"arn:aws:ecs:eu-west-1:{A1}:service/orders-prod/orders-api"],
    {"eventType": "ERROR", "eventName": "SERVICE_DEPLOYMENT_FAILED", "deploymentId": "ecs-svc/4812004719284739201",
     "updatedAt": "2026-11-21T13:29:58.441Z", "reason": "ECS deployment circuit breaker: tasks failed to start."},
    "3e4f5a6b-7c8d-4e9f-8a0b-3333333333f2"),
    reject("ecs", "ECS Deployment State Change"))

# ----------------------------------------------------------------------------------- guardduty
def finding(account, region, ftype, sev, title, resource, fid, updated, count=1, archived=False, sample=False, pascal=False):
    arn = f"arn:aws:guardduty:{region}:{account}:detector/12abc34d567e8fa901bc2d34e56789f0/finding/{fid}"
    svc = {"serviceName": "guardduty", "detectorId": "12abc34d567e8fa901bc2d34e56789f0", "archived": archived,
           "count": count, "eventFirstSeen": "2026-11-20T03:12:00.000Z", "eventLastSeen": updated, "resourceRole": "TARGET",
           "additionalInfo": {"sample": sample}}
    d = {"schemaVersion": "2.0", "accountId": account, "region": region, "partition": "aws", "id": fid, "arn": arn,
         "type": ftype, "resource": resource, "service": svc, "severity": sev, "createdAt": "2026-11-20T03:20:11.000Z",
         "updatedAt": updated, "title": title, "description": title + "."}
    if pascal:
        def up(o):
            if isinstance(o, dict):
                return {k[0].upper() + k[1:]: up(v) for k, v in o.items()}
            if isinstance(o, list):
                return [up(x) for x in o]
            return o
        d = up(d)
    return envelope("aws.guardduty", "GuardDuty Finding", account, region, updated[:19] + "Z", [], d,
                    "7a8b9c0d-1e2f-4a3b-8c4d-44444444" + fid[:4])


inst = {"resourceType": "Instance", "instanceDetails": {"instanceId": "i-0a1b2c3d4e5f60718", "instanceType": "t3.large",
        "availabilityZone": "eu-west-1b", "imageId": "ami-0123456789abcdef0", "tags": [{"key": "Name", "value": "orders-bastion"}]}}
write("guardduty-low-port-probe", finding(
    A1, "eu-west-1", "Recon:EC2/PortProbeUnprotectedPort", 2, "Unprotected port on EC2 instance i-0a1b2c3d4e5f60718 is being probed",
    inst, "a1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f6", "2026-11-21T09:41:00.000Z", count=14),
    accept("guardduty", "security-finding", "low", False, "Recon:EC2/PortProbeUnprotectedPort"))

bucket = {"resourceType": "S3Bucket", "s3BucketDetails": [{"name": "orders-exports-111122223333", "type": "Destination",
          "arn": "arn:aws:s3:::orders-exports-111122223333", "publicAccess": {"effectivePermission": "PUBLIC"}}]}
write("guardduty-medium-s3-public-access", finding(
    A1, "eu-west-1", "Policy:S3/BucketBlockPublicAccessDisabled", 5, "Amazon S3 Block Public Access was disabled for S3 bucket orders-exports-111122223333",
    bucket, "b2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7", "2026-11-21T10:02:00.000Z"),
    accept("guardduty", "security-finding", "medium", False, "Policy:S3/BucketBlockPublicAccessDisabled"))

write("guardduty-high-bitcoin-dns-boundary-7", finding(
    A2, "us-east-1", "CryptoCurrency:EC2/BitcoinTool.B!DNS", 7.0, "EC2 instance i-0a1b2c3d4e5f60718 is querying a domain name that is associated with Bitcoin-related activity",
    inst, "c3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8", "2026-11-21T11:00:00.000Z", count=3),
    accept("guardduty", "security-finding", "high", False, "CryptoCurrency:EC2/BitcoinTool.B!DNS"))

key = {"resourceType": "AccessKey", "accessKeyDetails": {"accessKeyId": "ASIAIOSFODNN7INVENTD", "principalId": "AROAINVENTEDEXAMPLE12:ci",
       "userName": "ci-deployer", "userType": "AssumedRole"}}
write("guardduty-critical-attack-sequence", finding(
    A1, "eu-west-1", "AttackSequence:IAM/CompromisedCredentials", 9.2, "Potential credential compromise of one or more AWS credentials observed",
    key, "d4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9", "2026-11-21T12:30:00.000Z"),
    accept("guardduty", "security-finding", "critical", False, "AttackSequence:IAM/CompromisedCredentials"))

write("guardduty-pascalcase-medium-boundary-4", finding(
    A3, "ap-southeast-2", "UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B", 4.0, "Unusual console login was seen for principal ops-admin",
    key, "e5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0", "2026-11-21T13:00:00.000Z", pascal=True),
    accept("guardduty", "security-finding", "medium", False, "UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B"))

write("guardduty-severity-out-of-range", finding(
    A1, "eu-west-1", "Recon:EC2/Portscan", 12, "EC2 instance i-0a1b2c3d4e5f60718 is performing outbound port scans",
    inst, "f6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1", "2026-11-21T13:30:00.000Z"),
    reject("guardduty", "severity"))

write("guardduty-runtime-protection-unhealthy", envelope(
    "aws.guardduty", "GuardDuty Runtime Protection Unhealthy", A1, "eu-west-1", "2026-11-21T14:00:00Z",
    [f"arn:aws:eks:eu-west-1:{A1}:cluster/orders-eks"],
    {"schemaVersion": "1.0", "resourceType": "EKS", "eksClusterDetails": {"clusterName": "orders-eks", "availabilityZone": "eu-west-1a",
     "clusterArn": f"arn:aws:eks:eu-west-1:{A1}:cluster/orders-eks"}, "currentStatus": "UNHEALTHY", "previousStatus": "HEALTHY",
     "issues": ["Runtime security agent is not running on all nodes"]},
    "7a8b9c0d-1e2f-4a3b-8c4d-44444444ffff"),
    reject("guardduty", "GuardDuty Runtime Protection Unhealthy"))

# ----------------------------------------------------------------------------------- health
def health(account, region, code, service, category, status, arn_region, desc, entities, time, eid, affected=None, start="Sat, 21 Nov 2026 08:10:00 GMT", end=None, updated=None, scope="ACCOUNT_SPECIFIC"):
    arn = f"arn:aws:health:{arn_region}::event/{service}/{code}/{code}_{eid[-6:].upper()}_INVENTED"
    d = {"eventArn": arn, "service": service, "eventTypeCode": code, "eventTypeCategory": category, "eventScopeCode": scope,
         "communicationId": f"{eid.replace('-', '')}-1", "startTime": start, "lastUpdatedTime": updated or start,
         "statusCode": status, "eventRegion": arn_region,
         "eventDescription": [{"language": "en_US", "latestDescription": desc}],
         "affectedEntities": [{"entityValue": e} for e in entities], "page": "1", "totalPages": "1"}
    if end:
        d["endTime"] = end
    if affected:
        d["affectedAccount"] = affected
    res = [e for e in entities if e.startswith("arn:") or e.startswith("i-")]
    return envelope("aws.health", "AWS Health Event", account, region, time, res, d, eid)


desc_issue = "We are investigating increased API error rates for RunInstances in the EU-WEST-1 Region."
write("health-issue-open-ec2", health(
    A1, "eu-west-1", "AWS_EC2_OPERATIONAL_ISSUE", "EC2", "issue", "open", "eu-west-1", desc_issue, [],
    "2026-11-21T08:12:00Z", "5a6b7c8d-9e0f-4a1b-8c2d-5555555550a1", affected=A1, scope="PUBLIC"),
    accept("health", "health-event", "medium", False, "AWS Health AWS_EC2_OPERATIONAL_ISSUE (EC2) is open"))

write("health-issue-closed-ec2", health(
    A1, "eu-west-1", "AWS_EC2_OPERATIONAL_ISSUE", "EC2", "issue", "closed", "eu-west-1",
    "[RESOLVED] Between 00:10 and 01:40 AM PST we experienced increased API error rates for RunInstances. The issue has been resolved.", [],
    "2026-11-21T09:45:00Z", "5a6b7c8d-9e0f-4a1b-8c2d-5555555550a1", affected=A1, scope="PUBLIC",
    end="Sat, 21 Nov 2026 09:40:00 GMT", updated="Sat, 21 Nov 2026 09:44:00 GMT"),
    accept("health", "health-event", "info", True, "AWS_EC2_OPERATIONAL_ISSUE"))

write("health-scheduled-rds-maintenance-upcoming", health(
    A2, "us-east-1", "AWS_RDS_MAINTENANCE_SCHEDULED", "RDS", "scheduledChange", "upcoming", "us-east-1",
    "A required maintenance update is scheduled for your DB instance orders-db between 2026-12-05 03:00 and 05:00 UTC.",
    [f"arn:aws:rds:us-east-1:{A2}:db:orders-db"], "2026-11-21T00:00:00Z", "5a6b7c8d-9e0f-4a1b-8c2d-5555555550a3",
    start="Sat, 05 Dec 2026 03:00:00 GMT", end="Sat, 05 Dec 2026 05:00:00 GMT", updated="Sat, 21 Nov 2026 00:00:00 GMT"),
    accept("health", "health-event", "low", False, "AWS_RDS_MAINTENANCE_SCHEDULED"))

write("health-account-notification-lambda-runtime", health(
    A1, "eu-west-1", "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT", "LAMBDA", "accountNotification", "open", "eu-west-1",
    "Your functions use a runtime that reaches end of support on 2027-03-01: resize-image, ingest-events.",
    [f"arn:aws:lambda:eu-west-1:{A1}:function:resize-image", f"arn:aws:lambda:eu-west-1:{A1}:function:ingest-events"],
    "2026-11-21T07:00:00Z", "5a6b7c8d-9e0f-4a1b-8c2d-5555555550a4"),
    accept("health", "health-event", "low", False, "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT"))

write("health-organizational-view-member-account", health(
    A3, "us-east-1", "AWS_EBS_VOLUME_LOST", "EBS", "issue", "open", "ap-southeast-2",
    "One of your EBS volumes has experienced a failure and is no longer available.",
    ["vol-0a1b2c3d4e5f60718"], "2026-11-21T15:00:00Z", "5a6b7c8d-9e0f-4a1b-8c2d-5555555550a5", affected=A2),
    accept("health", "health-event", "medium", False, "AWS_EBS_VOLUME_LOST"))

abuse = health(A1, "us-east-1", "AWS_ABUSE_DOS_REPORT", "ABUSE", "issue", "open", "global",
               "We have received a report of denial-of-service activity originating from your resources.",
               ["i-0a1b2c3d4e5f60718"], "2026-11-21T16:00:00Z", "5a6b7c8d-9e0f-4a1b-8c2d-5555555550a6")
abuse["detail-type"] = "AWS Health Abuse Event"
del abuse["detail"]["statusCode"]
write("health-abuse-no-status", abuse, accept("health", "health-event", "medium", False, "AWS_ABUSE_DOS_REPORT"))

# ----------------------------------------------------------------------------------- other / malformed
write("other-unknown-custom-source", envelope(
    "com.example.orders", "OrderFailed", A1, "eu-west-1", "2026-11-21T17:00:00Z", [],
    {"orderId": "ord-48120", "reason": "payment declined"}, "6b7c8d9e-0f1a-4b2c-8d3e-666666666601"),
    reject("other", "com.example.orders"))

bad = alarm("orders-web-cpu-high", A1, "eu-west-1", {"value": "ALARM", "reason": "x", "timestamp": "2026-11-21T10:04:12.350+0000"}, None, {}, "2026-11-21T10:04:12Z", "6b7c8d9e-0f1a-4b2c-8d3e-666666666602")
bad["detail"] = json.dumps(bad["detail"])
write("other-alarm-detail-is-a-string", bad, reject("other", "detail"))

full = json.dumps(task(A1, "eu-west-1", "orders-prod", "6d7e8f90a1b2c3d4e5f60718293a4b5c", "service:orders-api", "STOPPED",
                       "EssentialContainerExited", "Essential container in task exited",
                       [{"id": "dddd22bb-33cc-44dd-55ee-66ff770088d1", "name": "orders-api", "exitCode": 1}]))
write("other-truncated-json", None, reject("other", ""), raw=full[: len(full) // 2] + "\n")

write("other-health-cloudtrail-call", envelope(
    "aws.health", "AWS API Call via CloudTrail", A1, "us-east-1", "2026-11-21T17:10:00Z", [],
    {"eventVersion": "1.09", "eventSource": "health.amazonaws.com", "eventName": "DescribeEvents", "awsRegion": "us-east-1"},
    "6b7c8d9e-0f1a-4b2c-8d3e-666666666604"),
    reject("other", "AWS API Call via CloudTrail"))

write("other-json-array", None, reject("other", ""), raw=json.dumps([{"source": "aws.ecs"}]) + "\n")

# An agent-forwarded alarm (docs/events.md, "Forwarded events"), then one that claims another account.
inner = alarm("orders-web-cpu-high", A1, "eu-west-1",
              {"value": "ALARM", "reason": "Threshold Crossed: 3 out of the last 3 datapoints were greater than or equal to the threshold (85.0).", "timestamp": "2026-11-21T18:04:12.350+0000"},
              {"value": "OK", "reason": "", "timestamp": "2026-11-21T17:00:00.000+0000"},
              {"description": "Web tier CPU above 85% for 3 minutes", "metrics": [asg_metric]},
              "2026-11-21T18:04:12Z", "6b7c8d9e-0f1a-4b2c-8d3e-666666666605")
fwd = envelope("awsmon.agent", "awsmon.forwarded", A1, "eu-west-1", "2026-11-21T18:04:13Z", [],
               {"schema_version": 1, "agent": {"account_id": A1, "region": "eu-west-1", "agent_version": "0.1.0"}, "event": inner},
               "6b7c8d9e-0f1a-4b2c-8d3e-666666666606")
write("forwarded-alarm", fwd, accept("alarm", "alarm", "high", False, "Alarm orders-web-cpu-high is ALARM"))
forged = copy.deepcopy(fwd)
forged["detail"]["event"]["account"] = A2
forged["detail"]["event"]["resources"] = [f"arn:aws:cloudwatch:eu-west-1:{A2}:alarm:orders-web-cpu-high"]
write("forwarded-alarm-other-account", forged, reject("other", "envelope's account"))

# ----------------------------------------------------------------------------------- second batch
# Written after the first run of the 54 above (which were all right), labelled from the docs before
# being run: bad input, agent events, redaction of AWS text, other services' events.

# Alarm Lambda-action payload (`alarmData`) back to OK, and INSUFFICIENT_DATA.
def alarm_action(name, account, region, state, prev, time):
    return {"source": "aws.cloudwatch", "alarmArn": f"arn:aws:cloudwatch:{region}:{account}:alarm:{name}",
            "accountId": account, "time": time, "region": region,
            "alarmData": {"alarmName": name, "state": state, "previousState": prev,
                          "configuration": {"description": "Queue backlog", "metrics": [{"id": "m1", "metricStat": {"metric": {"namespace": "AWS/SQS", "name": "ApproximateAgeOfOldestMessage", "dimensions": {"QueueName": "orders-queue"}}, "period": 60, "stat": "Maximum"}, "returnData": True}]}}}


write("alarm-lambda-action-ok", alarm_action(
    "orders-queue-age", A1, "eu-west-1",
    {"value": "OK", "reason": "Threshold Crossed: 1 datapoint [12.0 (21/11/26 19:00:00)] was not greater than the threshold (300.0).", "timestamp": "2026-11-21T19:01:00.123+0000"},
    {"value": "ALARM", "reason": "Threshold Crossed", "timestamp": "2026-11-21T18:31:00.123+0000"}, "2026-11-21T19:01:00.123+0000"),
    accept("alarm", "alarm", "info", True, "orders-queue-age"))

write("alarm-lambda-action-insufficient-data", alarm_action(
    "orders-queue-age", A1, "eu-west-1",
    {"value": "INSUFFICIENT_DATA", "reason": "Insufficient Data: 1 datapoint was unknown.", "timestamp": "2026-11-21T20:01:00.123+0000"},
    {"value": "OK", "reason": "", "timestamp": "2026-11-21T19:01:00.123+0000"}, "2026-11-21T20:01:00.123+0000"),
    ignore("alarm", "INSUFFICIENT_DATA"))

# A state timestamp outside years 0001-9999 once its offset is applied: the envelope time is used.
write("alarm-state-timestamp-year-zero", alarm(
    "payments-dlq-not-empty", A2, "us-east-1",
    {"value": "ALARM", "reason": "Threshold Crossed: 1 datapoint [1.0] was greater than the threshold (0.0).", "timestamp": "0000-01-01T00:00:00.000+0001"},
    None, {"description": "Messages in the payments dead-letter queue"},
    "2026-11-21T21:05:31Z", "6b7c8d9e-0f1a-4b2c-8d3e-777777777703"),
    accept("alarm", "alarm", "high", False, "Alarm payments-dlq-not-empty is ALARM"))

# AWS text is redacted by the master (docs/security.md): a key-named secret in an alarm description
# and in a Lambda error message reads `<redacted>`.
write("alarm-description-with-password", alarm(
    "legacy-ftp-down", A1, "eu-west-1",
    {"value": "ALARM", "reason": "Threshold Crossed: 1 datapoint [0.0] was less than the threshold (1.0).", "timestamp": "2026-11-21T21:10:00.000+0000"},
    {"value": "OK", "reason": "", "timestamp": "2026-11-21T09:10:00.000+0000"},
    {"description": "FTP health probe failing; runbook: log in with ftpuser password=Qz7Invented2Kx and restart vsftpd"},
    "2026-11-21T21:10:00Z", "6b7c8d9e-0f1a-4b2c-8d3e-777777777704"),
    accept("alarm", "alarm", "high", False, "password=<redacted>"))

write("lambda-raw-error-message-with-api-key", record(
    fn3, "b8c9d0e1-f2a3-4b4c-8d5e-6f7a8b9c0d68", "RetriesExhausted", 3,
    {"errorType": "HTTPError", "errorMessage": "401 Client Error: Unauthorized for url: https://api.partner.example.com/v2/quotes?api_key=Zk4InventedExampleKey9QwErTy12"}),
    accept("lambda", "lambda-error", "high", False, "api_key=<redacted>"))

# A Lambda failure whose function returned the error itself (functionError Handled).
write("lambda-eventbridge-handled-error", envelope(
    "lambda", "Lambda Function Invocation Result - Failure", A1, "eu-west-1", "2026-11-21T21:20:00Z",
    [f"arn:aws:events:eu-west-1:{A1}:event-bus/default", fn],
    record(fn, "c9d0e1f2-a3b4-4c5d-8e6f-7a8b9c0d1e69", "RetriesExhausted", 3,
           {"errorType": "ImageTooLarge", "errorMessage": "image exceeds 50 MB"}, function_error="Handled", ts="2026-11-21T21:20:00.000Z"),
    "6b7c8d9e-0f1a-4b2c-8d3e-777777777706"),
    accept("lambda", "lambda-error", "high", False, "ImageTooLarge"))

# ECS stop reason longer than the title limit: cut with the documented marker.
long_reason = "CannotStartContainerError: Error response from daemon: failed to create shim task: OCI runtime create failed: " + "runc create failed: unable to start container process: error during container init: " * 14
write("ecs-stopped-very-long-reason", task(
    A1, "eu-west-1", "batch", "8f90a1b2c3d4e5f60718293a4b5c6d7e", "family:nightly-report", "STOPPED",
    "TaskFailedToStart", long_reason.strip(),
    [{"id": "ffff22bb-33cc-44dd-55ee-66ff770088f1", "name": "report", "reason": long_reason.strip()}]),
    accept("ecs", "ecs-task-failure", "medium", False, "characters cut]"))

# Health: a scheduled change that closes (resolves), and a Health event without its eventArn.
write("health-scheduled-change-closed", health(
    A2, "us-east-1", "AWS_RDS_MAINTENANCE_SCHEDULED", "RDS", "scheduledChange", "closed", "us-east-1",
    "The maintenance of your DB instance orders-db is complete.",
    [f"arn:aws:rds:us-east-1:{A2}:db:orders-db"], "2026-12-05T05:10:00Z", "5a6b7c8d-9e0f-4a1b-8c2d-5555555550a3",
    start="Sat, 05 Dec 2026 03:00:00 GMT", end="Sat, 05 Dec 2026 05:00:00 GMT", updated="Sat, 05 Dec 2026 05:05:00 GMT"),
    accept("health", "health-event", "info", True, "AWS_RDS_MAINTENANCE_SCHEDULED"))

h = health(A1, "eu-west-1", "AWS_EC2_OPERATIONAL_ISSUE", "EC2", "issue", "open", "eu-west-1", desc_issue, [],
           "2026-11-21T22:00:00Z", "5a6b7c8d-9e0f-4a1b-8c2d-5555555550b1")
del h["detail"]["eventArn"]
write("health-without-event-arn", h, reject("health", "eventArn"))

# awsmon agent events (docs/events.md, "awsmon agent events").
agent = {"account_id": A1, "region": "eu-west-1", "agent_version": "0.1.0"}
elog = envelope("awsmon.agent", "awsmon.error-log", A1, "eu-west-1", "2026-11-21T09:05:15Z", [],
                {"schema_version": 1, "id": "err-5e0f1a2b3c4d5e6f708192a3b4c5d6e7", "agent": agent,
                 "log_group": "/aws/lambda/checkout", "fingerprint": "9f8e7d6c5b4a3f2e",
                 "template": "card authorisation timed out for merchant <*>", "count": 7,
                 "first_seen": "2026-11-21T09:00:03.000Z", "last_seen": "2026-11-21T09:04:51.000Z",
                 "samples": ["ERROR card authorisation timed out for merchant m-4471"],
                 "window": {"start": "2026-11-21T09:00:00.000Z", "end": "2026-11-21T09:05:00.000Z"}},
                "6b7c8d9e-0f1a-4b2c-8d3e-777777777710")
write("agent-error-log", elog, accept("agent", "error-log", "medium", False, "card authorisation timed out"))

late = copy.deepcopy(elog)
late["detail"]["last_seen"] = "2026-11-21T09:25:00.000Z"
late["detail"]["id"] = "err-6f1a2b3c4d5e6f708192a3b4c5d6e7f8"
write("agent-error-log-last-seen-after-envelope", late, reject("agent", "detail.last_seen is after the envelope's time"))

other_acct = copy.deepcopy(elog)
other_acct["detail"]["agent"]["account_id"] = A2
other_acct["detail"]["id"] = "err-708192a3b4c5d6e7f8091a2b3c4d5e6f"
write("agent-error-log-other-account", other_acct, reject("agent", "detail.agent.account_id is not the envelope's account"))

v2 = copy.deepcopy(elog)
v2["detail"]["schema_version"] = 2
write("agent-error-log-schema-version-2", v2, reject("agent", "schema_version"))

hb = envelope("awsmon.agent", "awsmon.heartbeat", A1, "eu-west-1", "2026-11-21T09:05:16Z", [],
              {"schema_version": 1, "id": "hb-8192a3b4c5d6e7f8091a2b3c4d5e6f70", "agent": agent,
               "started_at": "2026-11-21T09:05:15.000Z", "duration_ms": 912, "schedule_period_secs": 300,
               "config_hash": "4c2e1d0b9a8f7e6d", "log_groups_watched": 9, "queries": 2, "lines_matched": 7,
               "events_published": 1, "covered_ms": 300000, "failed_chunks": 0, "errors": []},
              "6b7c8d9e-0f1a-4b2c-8d3e-777777777714")
write("agent-heartbeat", hb, accept("agent", "heartbeat", "info", False, ""))

no_acct = copy.deepcopy(hb)
del no_acct["account"]
write("agent-heartbeat-without-account", no_acct, reject("agent", "account"))

# Forwarded events the master refuses: the inner event from another Region, or not an AWS service's.
fwd_region = copy.deepcopy(fwd)
fwd_region["detail"]["event"]["region"] = "us-east-1"
write("forwarded-alarm-other-region", fwd_region, reject("other", "region"))

fwd_custom = copy.deepcopy(fwd)
fwd_custom["detail"]["event"] = envelope("com.example.orders", "OrderFailed", A1, "eu-west-1", "2026-11-21T18:04:12Z", [],
                                         {"orderId": "ord-48120"}, "6b7c8d9e-0f1a-4b2c-8d3e-777777777717")
write("forwarded-non-aws-event", fwd_custom, reject("other", ""))

# Other services' events: unsupported without a custom source.
write("other-autoscaling-launch-unsuccessful", envelope(
    "aws.autoscaling", "EC2 Instance Launch Unsuccessful", A1, "eu-west-1", "2026-11-21T22:30:00Z",
    [f"arn:aws:autoscaling:eu-west-1:{A1}:autoScalingGroup:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d:autoScalingGroupName/orders-web-asg"],
    {"StatusCode": "Failed", "AutoScalingGroupName": "orders-web-asg", "ActivityId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
     "Details": {"Availability Zone": "eu-west-1b", "Subnet ID": "subnet-0a1b2c3d4e5f60718"},
     "RequestId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "StatusMessage": "We currently do not have sufficient t3.large capacity in the Availability Zone you requested (eu-west-1b).",
     "EndTime": "2026-11-21T22:29:58.000Z", "EC2InstanceId": "", "StartTime": "2026-11-21T22:29:55.000Z",
     "Cause": "At 2026-11-21T22:29:55Z an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 2 to 3."},
    "6b7c8d9e-0f1a-4b2c-8d3e-777777777718"),
    reject("other", "EC2 Instance Launch Unsuccessful"))

write("other-rds-instance-event", envelope(
    "aws.rds", "RDS DB Instance Event", A2, "us-east-1", "2026-11-21T22:40:00Z", [f"arn:aws:rds:us-east-1:{A2}:db:orders-db"],
    {"EventCategories": ["failover"], "SourceType": "DB_INSTANCE", "SourceArn": f"arn:aws:rds:us-east-1:{A2}:db:orders-db",
     "Date": "2026-11-21T22:39:58.312Z", "Message": "Multi-AZ instance failover started.", "SourceIdentifier": "orders-db", "EventID": "RDS-EVENT-0013"},
    "6b7c8d9e-0f1a-4b2c-8d3e-777777777719"),
    reject("other", "RDS DB Instance Event"))

write("other-step-functions-failed", envelope(
    "aws.states", "Step Functions Execution Status Change", A1, "eu-west-1", "2026-11-21T22:50:00Z",
    [f"arn:aws:states:eu-west-1:{A1}:execution:nightly-etl:run-20261121"],
    {"executionArn": f"arn:aws:states:eu-west-1:{A1}:execution:nightly-etl:run-20261121", "stateMachineArn": f"arn:aws:states:eu-west-1:{A1}:stateMachine:nightly-etl",
     "name": "run-20261121", "status": "FAILED", "startDate": 1763762400000, "stopDate": 1763765400000, "input": "{}", "output": None},
    "6b7c8d9e-0f1a-4b2c-8d3e-777777777720"),
    reject("other", "Step Functions Execution Status Change"))

print(len([n for n in os.listdir(OUT) if n.endswith(".expected.json")]), "payloads")
