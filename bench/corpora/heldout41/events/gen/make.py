#!/usr/bin/env python3
"""Writes the heldout41 event payloads and their expected outcomes (stdlib only).

Every value is invented; the shapes follow what AWS documents (see ../README.md, "Sources
consulted"). Ground truth follows docs/events.md only. Rerunning writes identical bytes.

    python3 bench/corpora/heldout41/events/gen/make.py           # write the files
    python3 bench/corpora/heldout41/events/gen/make.py --table   # print the README table
"""

import json
import os
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A1 = "210987654321"  # workload account
A2 = "309876543210"  # second workload account
A3 = "408765432109"  # security / delegated admin account

PAYLOADS = []  # (name, body: bytes, expected: dict, note)


def add(name, message, source, outcome, contains, event_type=None, severity=None,
        resolves=None, raw=None):
    """message: a JSON value written on one line, or raw (bytes) written as is."""
    if raw is None:
        body = json.dumps(message, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
    else:
        body = raw
    exp = {"source": source, "outcome": outcome}
    if outcome == "accept":
        exp["event_type"] = event_type
        exp["severity"] = severity
        exp["resolves"] = resolves
    exp["contains"] = contains
    PAYLOADS.append((name, body, exp))


def envelope(detail_type, source, account, region, time, detail, resources=None, eid=None):
    return {
        "version": "0",
        "id": eid or "0e6b1d2c-%s-4c1e-9a7b-%s" % (account[:4], account[-12:]),
        "detail-type": detail_type,
        "source": source,
        "account": account,
        "time": time,
        "region": region,
        "resources": resources if resources is not None else [],
        "detail": detail,
    }


# ---------------------------------------------------------------- CloudWatch alarms

def alarm_arn(region, account, name):
    return "arn:aws:cloudwatch:%s:%s:alarm:%s" % (region, account, name)


def alarm_event(name, region, account, time, detail, eid):
    return envelope("CloudWatch Alarm State Change", "aws.cloudwatch", account, region, time,
                    detail, [alarm_arn(region, account, name)], eid)


# 1. metric math over two metrics, ALARM
n = "checkout-5xx-ratio"
add("alarm-metric-math-alarm", alarm_event(n, "eu-west-1", A1, "2026-10-14T08:21:07Z", {
    "alarmName": n,
    "state": {
        "value": "ALARM",
        "reason": "Threshold Crossed: 2 out of the last 3 datapoints [7.41 (14/10/26 08:19:00), 6.02 (14/10/26 08:18:00)] were greater than the threshold (5.0) (minimum 2 datapoints for OK -> ALARM transition).",
        "reasonData": "{\"version\":\"1.0\",\"queryDate\":\"2026-10-14T08:21:07.114+0000\",\"startDate\":\"2026-10-14T08:16:00.000+0000\",\"period\":60,\"recentDatapoints\":[3.1,6.02,7.41],\"threshold\":5.0,\"evaluatedDatapoints\":[{\"timestamp\":\"2026-10-14T08:19:00.000+0000\",\"value\":7.41}]}",
        "timestamp": "2026-10-14T08:21:07.118+0000",
    },
    "previousState": {
        "value": "OK",
        "reason": "Threshold Crossed: 3 datapoints were not greater than the threshold (5.0).",
        "timestamp": "2026-10-13T22:02:51.530+0000",
    },
    "configuration": {
        "description": "Share of 5xx responses of the checkout ALB above 5 %",
        "metrics": [
            {"id": "ratio", "expression": "100 * errors / requests", "label": "5xx %", "returnData": True},
            {"id": "errors", "metricStat": {"metric": {"namespace": "AWS/ApplicationELB", "name": "HTTPCode_Target_5XX_Count", "dimensions": {"LoadBalancer": "app/checkout-alb/5c1f0e2d9a8b7c6d"}}, "period": 60, "stat": "Sum"}, "returnData": False},
            {"id": "requests", "metricStat": {"metric": {"namespace": "AWS/ApplicationELB", "name": "RequestCount", "dimensions": {"LoadBalancer": "app/checkout-alb/5c1f0e2d9a8b7c6d"}}, "period": 60, "stat": "Sum"}, "returnData": False},
        ],
    },
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a51"), "alarm", "accept",
    "Alarm checkout-5xx-ratio is ALARM", "alarm", "high", False)

# 2. anomaly detection band, ALARM
n = "orders-queue-depth-anomaly"
add("alarm-anomaly-band-alarm", alarm_event(n, "us-east-2", A2, "2026-09-03T02:47:12Z", {
    "alarmName": n,
    "state": {
        "value": "ALARM",
        "reason": "Thresholds Crossed: 1 out of the last 1 datapoints [18204.0 (03/09/26 02:42:00)] was greater than the upper thresholds [4120.77] (minimum 1 datapoint for OK -> ALARM transition).",
        "timestamp": "2026-09-03T02:47:12.604+0000",
    },
    "previousState": {"value": "OK", "reason": "Thresholds Crossed: no datapoint outside the band.", "timestamp": "2026-09-02T11:10:40.001+0000"},
    "configuration": {
        "description": "Backlog of the orders queue outside its learned band",
        "metrics": [
            {"id": "m1", "metricStat": {"metric": {"namespace": "AWS/SQS", "name": "ApproximateNumberOfMessagesVisible", "dimensions": {"QueueName": "orders-intake"}}, "period": 300, "stat": "Maximum"}, "returnData": True},
            {"id": "ad1", "expression": "ANOMALY_DETECTION_BAND(m1, 2)", "label": "ApproximateNumberOfMessagesVisible (expected)", "returnData": True},
        ],
        "thresholdMetricId": "ad1",
    },
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a52"), "alarm", "accept",
    "Alarm orders-queue-depth-anomaly is ALARM", "alarm", "high", False)

# 3. back to OK: resolves
n = "payments-db-free-storage"
add("alarm-ok-resolves", alarm_event(n, "eu-central-1", A1, "2026-11-02T15:00:33Z", {
    "alarmName": n,
    "state": {"value": "OK", "reason": "Threshold Crossed: 1 out of the last 1 datapoints [41.2 (02/11/26 14:55:00)] was not less than the threshold (10.0) (minimum 1 datapoint for ALARM -> OK transition).", "timestamp": "2026-11-02T15:00:33.905+0000"},
    "previousState": {"value": "ALARM", "reason": "Threshold Crossed: 1 out of the last 1 datapoints [8.7 (02/11/26 13:40:00)] was less than the threshold (10.0).", "timestamp": "2026-11-02T13:45:02.170+0000"},
    "configuration": {"description": "Free storage of payments-db in GiB", "metrics": [{"id": "fs", "metricStat": {"metric": {"namespace": "AWS/RDS", "name": "FreeStorageSpace", "dimensions": {"DBInstanceIdentifier": "payments-db"}}, "period": 300, "stat": "Minimum"}, "returnData": True}]},
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a53"), "alarm", "accept",
    "payments-db-free-storage", "alarm", "info", True)

# 4. INSUFFICIENT_DATA: ignored
n = "batch-heartbeat-missing"
add("alarm-insufficient-data-ignored", alarm_event(n, "us-west-2", A2, "2026-08-19T04:05:00Z", {
    "alarmName": n,
    "state": {"value": "INSUFFICIENT_DATA", "reason": "Insufficient Data: 1 datapoint was unknown.", "reasonData": "{\"version\":\"1.0\",\"queryDate\":\"2026-08-19T04:04:59.880+0000\",\"statistic\":\"Sum\",\"period\":300,\"recentDatapoints\":[],\"threshold\":1.0}", "timestamp": "2026-08-19T04:04:59.884+0000"},
    "previousState": {"value": "OK", "reason": "Threshold Crossed", "timestamp": "2026-08-18T04:05:01.002+0000"},
    "configuration": {"description": "Nightly batch publishes a heartbeat metric", "metrics": [{"id": "hb", "metricStat": {"metric": {"namespace": "Nightly/Batch", "name": "Heartbeat", "dimensions": {}}, "period": 300, "stat": "Sum"}, "returnData": True}]},
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a54"), "alarm", "ignore", "")

# 5. composite alarm, ALARM, triggering alarms in reasonData
n = "storefront-degraded"
add("alarm-composite-alarm", alarm_event(n, "eu-west-1", A1, "2026-10-14T08:22:10Z", {
    "alarmName": n,
    "state": {
        "value": "ALARM",
        "reason": "arn:aws:cloudwatch:eu-west-1:210987654321:alarm:checkout-5xx-ratio transitioned to ALARM at Wednesday 14 October, 2026 08:21:07 UTC",
        "reasonData": "{\"triggeringAlarms\":[{\"arn\":\"arn:aws:cloudwatch:eu-west-1:210987654321:alarm:checkout-5xx-ratio\",\"state\":{\"value\":\"ALARM\",\"timestamp\":\"2026-10-14T08:21:07.118+0000\"}}]}",
        "timestamp": "2026-10-14T08:22:10.331+0000",
    },
    "previousState": {"value": "OK", "reason": "arn:aws:cloudwatch:eu-west-1:210987654321:alarm:checkout-latency-p99 transitioned to OK", "timestamp": "2026-10-12T19:30:00.000+0000"},
    "configuration": {"alarmRule": "ALARM(checkout-5xx-ratio) OR ALARM(checkout-latency-p99)", "description": "Storefront is failing customers"},
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a55"), "alarm", "accept",
    "Composite alarm storefront-degraded is ALARM", "alarm", "high", False)

# 6. composite alarm in ALARM whose actions a suppressor alarm silences: ignored
n = "search-cluster-unhealthy"
add("alarm-composite-suppressed-ignored", alarm_event(n, "ap-southeast-2", A2, "2026-07-30T23:12:45Z", {
    "alarmName": n,
    "state": {
        "value": "ALARM",
        "reason": "arn:aws:cloudwatch:ap-southeast-2:309876543210:alarm:search-node-cpu transitioned to ALARM at Thursday 30 July, 2026 23:11:44 UTC",
        "reasonData": "{\"triggeringAlarms\":[{\"arn\":\"arn:aws:cloudwatch:ap-southeast-2:309876543210:alarm:search-node-cpu\",\"state\":{\"value\":\"ALARM\",\"timestamp\":\"2026-07-30T23:11:44.020+0000\"}}]}",
        "timestamp": "2026-07-30T23:12:45.700+0000",
        "actionsSuppressedBy": "Alarm",
        "actionsSuppressedReason": "Alarm search-maintenance-window is in ALARM state",
    },
    "previousState": {"value": "OK", "reason": "no triggering alarm", "timestamp": "2026-07-29T08:00:00.000+0000"},
    "configuration": {"alarmRule": "ALARM(search-node-cpu) OR ALARM(search-node-jvm-pressure)", "actionsSuppressor": "search-maintenance-window", "actionsSuppressorWaitPeriod": 120, "actionsSuppressorExtensionPeriod": 300},
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a56"), "alarm", "ignore", "")

# 7. the wait period is over: previousState was suppressed, the new ALARM state is not
n = "ingest-pipeline-stalled"
add("alarm-composite-previous-suppressed-alarm", alarm_event(n, "us-east-1", A1, "2026-06-11T10:04:16Z", {
    "alarmName": n,
    "state": {
        "value": "ALARM",
        "reason": "arn:aws:cloudwatch:us-east-1:210987654321:alarm:ingest-lag transitioned to ALARM at Thursday 11 June, 2026 10:02:16 UTC",
        "reasonData": "{\"triggeringAlarms\":[{\"arn\":\"arn:aws:cloudwatch:us-east-1:210987654321:alarm:ingest-lag\",\"state\":{\"value\":\"ALARM\",\"timestamp\":\"2026-06-11T10:02:16.000+0000\"}}]}",
        "timestamp": "2026-06-11T10:04:16.402+0000",
    },
    "previousState": {
        "value": "ALARM",
        "reason": "arn:aws:cloudwatch:us-east-1:210987654321:alarm:ingest-lag transitioned to ALARM at Thursday 11 June, 2026 10:02:16 UTC",
        "timestamp": "2026-06-11T10:02:16.402+0000",
        "actionsSuppressedBy": "WaitPeriod",
        "actionsSuppressedReason": "Actions suppressed by WaitPeriod",
    },
    "configuration": {"alarmRule": "ALARM(ingest-lag) AND NOT ALARM(ingest-deploy-in-progress)", "actionsSuppressor": "ingest-deploy-in-progress", "actionsSuppressorWaitPeriod": 120, "actionsSuppressorExtensionPeriod": 60},
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a57"), "alarm", "accept",
    "Composite alarm ingest-pipeline-stalled is ALARM", "alarm", "high", False)


# 8-9. the payload an alarm's Lambda action receives
def lambda_action(name, region, account, time, state, previous, configuration):
    return {
        "source": "aws.cloudwatch",
        "alarmArn": alarm_arn(region, account, name),
        "accountId": account,
        "time": time,
        "region": region,
        "alarmData": {"alarmName": name, "state": state, "previousState": previous, "configuration": configuration},
    }


n = "thumbnailer-throttles"
cfg = {"description": "Throttled invocations of the thumbnailer function", "metrics": [{"id": "t", "metricStat": {"metric": {"namespace": "AWS/Lambda", "name": "Throttles", "dimensions": {"FunctionName": "thumbnailer"}}, "period": 60, "stat": "Sum"}, "returnData": True}]}
add("alarm-lambda-action-alarm", lambda_action(n, "eu-north-1", A2, "2026-05-21T17:40:02.515+0000",
    {"value": "ALARM", "reason": "Threshold Crossed: 1 out of the last 1 datapoints [42.0 (21/05/26 17:39:00)] was greater than or equal to the threshold (10.0) (minimum 1 datapoint for OK -> ALARM transition).", "reasonData": "{\"version\":\"1.0\",\"queryDate\":\"2026-05-21T17:40:02.511+0000\",\"startDate\":\"2026-05-21T17:39:00.000+0000\",\"statistic\":\"Sum\",\"period\":60,\"recentDatapoints\":[42.0],\"threshold\":10.0,\"evaluatedDatapoints\":[{\"timestamp\":\"2026-05-21T17:39:00.000+0000\",\"sampleCount\":1.0,\"value\":42.0}]}", "timestamp": "2026-05-21T17:40:02.515+0000"},
    {"value": "OK", "reason": "Threshold Crossed", "timestamp": "2026-05-20T09:12:00.000+0000"}, cfg),
    "alarm", "accept", "Alarm thumbnailer-throttles is ALARM", "alarm", "high", False)
add("alarm-lambda-action-ok", lambda_action(n, "eu-north-1", A2, "2026-05-21T18:02:30.090+0000",
    {"value": "OK", "reason": "Threshold Crossed: 1 out of the last 1 datapoints [0.0 (21/05/26 18:01:00)] was not greater than or equal to the threshold (10.0) (minimum 1 datapoint for ALARM -> OK transition).", "timestamp": "2026-05-21T18:02:30.090+0000"},
    {"value": "ALARM", "reason": "Threshold Crossed", "timestamp": "2026-05-21T17:40:02.515+0000"}, cfg),
    "alarm", "accept", "thumbnailer-throttles", "alarm", "info", True)


# 10. fields AWS may add later (envelope, state, configuration, nested) change nothing
def nested(depth):
    v = {"leaf": "x"}
    for i in range(depth):
        v = {"level%d" % (depth - i): v}
    return v


n = "edge-api-latency-p99"
ev = alarm_event(n, "ap-northeast-1", A1, "2026-04-08T06:30:41Z", {
    "alarmName": n,
    "alarmArn": alarm_arn("ap-northeast-1", A1, n),
    "state": {"value": "ALARM", "reason": "Threshold Crossed: 3 out of the last 3 datapoints were greater than the threshold (800.0).", "timestamp": "2026-04-08T06:30:41.277+0000", "evaluationState": "PARTIAL_DATA", "contributors": [{"id": "c-01", "attributes": {"Route": "/v2/quote"}}]},
    "previousState": {"value": "OK", "reason": "Threshold Crossed", "timestamp": "2026-04-07T06:30:41.000+0000"},
    "configuration": {"description": "p99 latency of the edge API", "metrics": [{"id": "p99", "metricStat": {"metric": {"namespace": "AWS/ApiGateway", "name": "Latency", "dimensions": {"ApiName": "edge-api", "Stage": "prod"}}, "period": 60, "stat": "p99", "unit": "Milliseconds"}, "returnData": True}], "evaluationInterval": 60, "tags": {"team": "edge"}},
    "futureSection": nested(40),
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a5a")
ev["replay-name"] = "edge-replay-2026-04"
ev["ingestion-time"] = "2026-04-08T06:30:42Z"
add("alarm-unknown-future-fields", ev, "alarm", "accept", "Alarm edge-api-latency-p99 is ALARM", "alarm", "high", False)

# 11. state timestamp that is not a time: the envelope time is used, still accepted
n = "etl-dead-letters"
add("alarm-state-timestamp-unreadable", alarm_event(n, "sa-east-1", A2, "2026-03-15T12:00:09Z", {
    "alarmName": n,
    "state": {"value": "ALARM", "reason": "Threshold Crossed: 1 out of the last 1 datapoints [3.0] was greater than the threshold (0.0).", "timestamp": "fifteen past noon"},
    "configuration": {"description": "Messages in the ETL dead-letter queue", "metrics": [{"id": "d", "metricStat": {"metric": {"namespace": "AWS/SQS", "name": "ApproximateNumberOfMessagesVisible", "dimensions": {"QueueName": "etl-dlq"}}, "period": 300, "stat": "Maximum"}, "returnData": True}]},
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a5b"), "alarm", "accept",
    "Alarm etl-dead-letters is ALARM", "alarm", "high", False)

# 12. cross-account metric (observability monitoring account), Metrics Insights query
n = "fleet-cpu-insights"
add("alarm-metrics-insights-cross-account", alarm_event(n, "ca-central-1", A3, "2026-02-27T20:15:55Z", {
    "alarmName": n,
    "state": {"value": "ALARM", "reason": "Threshold Crossed: 1 out of the last 1 datapoints [97.3 (27/02/26 20:10:00)] was greater than the threshold (90.0).", "timestamp": "2026-02-27T20:15:55.018+0000"},
    "previousState": {"value": "INSUFFICIENT_DATA", "reason": "Unchecked: Initial alarm creation", "timestamp": "2026-02-27T19:58:02.441+0000"},
    "configuration": {"description": "Highest CPU of the fleet in the workload account", "metrics": [{"id": "q1", "expression": "SELECT MAX(CPUUtilization) FROM SCHEMA(\"AWS/EC2\", InstanceId)", "period": 300, "label": "max cpu", "accountId": A1, "returnData": True}]},
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a5c"), "alarm", "accept",
    "Alarm fleet-cpu-insights is ALARM", "alarm", "high", False)

# ---------------------------------------------------------------- ECS task state changes

def ecs_event(account, region, cluster, task_id, time, detail_extra, eid):
    cluster_arn = "arn:aws:ecs:%s:%s:cluster/%s" % (region, account, cluster)
    task_arn = "arn:aws:ecs:%s:%s:task/%s/%s" % (region, account, cluster, task_id)
    detail = {
        "clusterArn": cluster_arn,
        "taskArn": task_arn,
        "createdAt": "2026-09-01T00:00:00.000Z",
        "version": 5,
    }
    detail.update(detail_extra)
    for c in detail.get("containers", []):
        c.setdefault("taskArn", task_arn)
        c.setdefault("containerArn", "arn:aws:ecs:%s:%s:container/%s/%s/%s" % (region, account, cluster, task_id, c["name"]))
    return envelope("ECS Task State Change", "aws.ecs", account, region, time, detail, [task_arn], eid)


def stopped(stop_code, reason, containers, group, td, stopped_at, launch="FARGATE", extra=None):
    d = {
        "lastStatus": "STOPPED",
        "desiredStatus": "STOPPED",
        "launchType": launch,
        "group": group,
        "taskDefinitionArn": td,
        "containers": containers,
        "stoppedReason": reason,
        "stoppingAt": stopped_at,
        "executionStoppedAt": stopped_at,
        "stoppedAt": stopped_at,
    }
    if stop_code is not None:
        d["stopCode"] = stop_code
    if extra:
        d.update(extra)
    return d


TD = "arn:aws:ecs:eu-west-1:210987654321:task-definition/%s"

add("ecs-oom-with-sidecar", ecs_event(A1, "eu-west-1", "prod-core", "9f3c1a7e5b2d4c6e8f0a1b2c3d4e5f60", "2026-10-02T11:41:09Z", stopped(
    "EssentialContainerExited", "Essential container in task exited",
    [{"name": "pricing-api", "lastStatus": "STOPPED", "exitCode": 137, "reason": "OutOfMemoryError: Container killed due to memory usage", "image": "210987654321.dkr.ecr.eu-west-1.amazonaws.com/pricing-api:2026.10.1", "cpu": "512", "memory": "1024"},
     {"name": "log-router", "lastStatus": "STOPPED", "exitCode": 143, "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"},
     {"name": "envoy", "lastStatus": "STOPPED", "exitCode": 143, "image": "public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29"}],
    "service:pricing-api", TD % "pricing-api:88", "2026-10-02T11:41:08.447Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000001"), "ecs", "accept",
    "OutOfMemoryError: Container killed due to memory usage", "ecs-task-failure", "medium", False)

add("ecs-cannot-pull-image", ecs_event(A1, "eu-west-1", "prod-core", "1b2c3d4e5f60718293a4b5c6d7e8f901", "2026-10-05T07:02:44Z", stopped(
    "TaskFailedToStart", "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 210987654321.dkr.ecr.eu-west-1.amazonaws.com/invoice-worker:2026.10.5: not found",
    [{"name": "invoice-worker", "lastStatus": "STOPPED", "reason": "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref 210987654321.dkr.ecr.eu-west-1.amazonaws.com/invoice-worker:2026.10.5: not found"}],
    "service:invoice-worker", TD % "invoice-worker:12", "2026-10-05T07:02:43.001Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000002"), "ecs", "accept",
    "CannotPullContainerError", "ecs-task-failure", "medium", False)

add("ecs-resource-initialization-error", ecs_event(A2, "us-east-2", "jobs", "aa11bb22cc33dd44ee55ff6600778899", "2026-08-28T03:15:30Z", stopped(
    "TaskFailedToStart", "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 5 time(s): AccessDeniedException",
    [{"name": "report-builder", "lastStatus": "STOPPED"}],
    "family:report-builder", "arn:aws:ecs:us-east-2:309876543210:task-definition/report-builder:4", "2026-08-28T03:15:29.320Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000003"), "ecs", "accept",
    "ResourceInitializationError", "ecs-task-failure", "medium", False)

add("ecs-user-initiated-ignored", ecs_event(A1, "eu-west-1", "prod-core", "0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f", "2026-10-06T16:20:11Z", stopped(
    "UserInitiated", "Task stopped by user",
    [{"name": "migration-runner", "lastStatus": "STOPPED", "exitCode": 143}],
    "family:migration-runner", TD % "migration-runner:3", "2026-10-06T16:20:10.774Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000004"), "ecs", "ignore", "")

add("ecs-scheduler-scale-in-ignored", ecs_event(A1, "eu-west-1", "prod-core", "4d5e6f708192a3b4c5d6e7f809112233", "2026-10-07T01:00:52Z", stopped(
    "ServiceSchedulerInitiated", "Scaling activity initiated by (deployment ecs-svc/4718302957604812345)",
    [{"name": "pricing-api", "lastStatus": "STOPPED", "exitCode": 0}, {"name": "log-router", "lastStatus": "STOPPED", "exitCode": 0}],
    "service:pricing-api", TD % "pricing-api:88", "2026-10-07T01:00:51.902Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000005"), "ecs", "ignore", "")

add("ecs-scheduler-elb-health-checks", ecs_event(A1, "eu-west-1", "prod-core", "5e6f708192a3b4c5d6e7f80911223344", "2026-10-08T09:33:18Z", stopped(
    "ServiceSchedulerInitiated", "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:210987654321:targetgroup/pricing-api-tg/6d0ecf831eec9f09)",
    [{"name": "pricing-api", "lastStatus": "STOPPED", "exitCode": 143}],
    "service:pricing-api", TD % "pricing-api:89", "2026-10-08T09:33:17.560Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000006"), "ecs", "accept",
    "Task failed ELB health checks", "ecs-task-failure", "medium", False)

add("ecs-scheduler-container-health-checks", ecs_event(A2, "us-east-2", "web", "66778899aabbccddeeff001122334455", "2026-08-30T21:47:03Z", stopped(
    "ServiceSchedulerInitiated", "Task failed container health checks",
    [{"name": "web", "lastStatus": "STOPPED", "exitCode": 137, "healthStatus": "UNHEALTHY"}, {"name": "datadog-agent", "lastStatus": "STOPPED", "exitCode": 143, "healthStatus": "HEALTHY"}],
    "service:web", "arn:aws:ecs:us-east-2:309876543210:task-definition/web:231", "2026-08-30T21:47:02.115Z", launch="EC2",
    extra={"containerInstanceArn": "arn:aws:ecs:us-east-2:309876543210:container-instance/web/3f2e1d0c9b8a7f6e5d4c3b2a19081726"}),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000007"), "ecs", "accept",
    "Task failed container health checks", "ecs-task-failure", "medium", False)

add("ecs-spot-interruption-low", ecs_event(A2, "us-east-2", "jobs", "77889900aabbccddeeff112233445566", "2026-08-31T13:05:40Z", stopped(
    "SpotInterruption", "Your Spot Task was interrupted.",
    [{"name": "video-transcoder", "lastStatus": "STOPPED", "exitCode": 143}],
    "service:video-transcoder", "arn:aws:ecs:us-east-2:309876543210:task-definition/video-transcoder:19", "2026-08-31T13:05:39.800Z",
    extra={"capacityProviderName": "FARGATE_SPOT"}),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000008"), "ecs", "accept",
    "Your Spot Task was interrupted.", "ecs-task-failure", "low", False)

add("ecs-termination-notice-low", ecs_event(A1, "eu-west-1", "batch-ec2", "8899aabbccddeeff0011223344556677", "2026-10-09T05:12:27Z", stopped(
    "TerminationNotice", "Task stopped because the underlying container instance was terminated",
    [{"name": "ledger-reconciler", "lastStatus": "STOPPED", "exitCode": 143}],
    "family:ledger-reconciler", TD % "ledger-reconciler:7", "2026-10-09T05:12:26.330Z", launch="EC2"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000009"), "ecs", "accept",
    "Task stopped because the underlying container instance was terminated", "ecs-task-failure", "low", False)

add("ecs-clean-exit-ignored", ecs_event(A1, "eu-west-1", "batch", "99aabbccddeeff001122334455667788", "2026-10-10T02:30:15Z", stopped(
    "EssentialContainerExited", "Essential container in task exited",
    [{"name": "nightly-export", "lastStatus": "STOPPED", "exitCode": 0}, {"name": "otel-collector", "lastStatus": "STOPPED", "exitCode": 137}],
    "family:nightly-export", TD % "nightly-export:41", "2026-10-10T02:30:14.061Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f0000000a"), "ecs", "ignore", "")

add("ecs-essential-exit-code-2", ecs_event(A1, "eu-west-1", "batch", "aabbccddeeff00112233445566778899", "2026-10-11T02:31:40Z", stopped(
    "EssentialContainerExited", "Essential container in task exited",
    [{"name": "init-config", "lastStatus": "STOPPED", "exitCode": 0}, {"name": "nightly-export", "lastStatus": "STOPPED", "exitCode": 2}],
    "family:nightly-export", TD % "nightly-export:42", "2026-10-11T02:31:39.902Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f0000000b"), "ecs", "accept",
    "Essential container in task exited", "ecs-task-failure", "medium", False)

add("ecs-essential-exit-no-exit-codes", ecs_event(A2, "us-east-2", "jobs", "bbccddeeff0011223344556677889900", "2026-09-01T08:08:08Z", stopped(
    "EssentialContainerExited", "Essential container in task exited",
    [{"name": "feed-importer", "lastStatus": "STOPPED"}],
    "family:feed-importer", "arn:aws:ecs:us-east-2:309876543210:task-definition/feed-importer:2", "2026-09-01T08:08:07.450Z"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f0000000c"), "ecs", "accept",
    "Essential container in task exited", "ecs-task-failure", "medium", False)

add("ecs-no-stop-code-health-check", ecs_event(A1, "eu-west-1", "legacy", "ccddeeff001122334455667788990011", "2026-10-12T19:19:19Z", stopped(
    None, "Task failed ELB health checks in (target-group arn:aws:elasticloadbalancing:eu-west-1:210987654321:targetgroup/legacy-tg/0a1b2c3d4e5f6071)",
    [{"name": "legacy-app", "lastStatus": "STOPPED", "exitCode": 143}],
    "service:legacy-app", TD % "legacy-app:5", "2026-10-12T19:19:18.808Z", launch="EC2"),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f0000000d"), "ecs", "accept",
    "Task failed ELB health checks", "ecs-task-failure", "medium", False)

running = {
    "lastStatus": "RUNNING", "desiredStatus": "RUNNING", "launchType": "FARGATE", "group": "service:pricing-api",
    "taskDefinitionArn": TD % "pricing-api:89", "startedAt": "2026-10-08T09:34:02.100Z", "connectivity": "CONNECTED",
    "containers": [{"name": "pricing-api", "lastStatus": "RUNNING", "healthStatus": "UNKNOWN"}],
}
add("ecs-running-ignored", ecs_event(A1, "eu-west-1", "prod-core", "ddeeff00112233445566778899001122", "2026-10-08T09:34:05Z", running,
    "c0e1d2f3-0001-4a4b-8c8d-9e9f0000000e"), "ecs", "ignore", "")

deprov = dict(running, lastStatus="DEPROVISIONING", desiredStatus="STOPPED", stopCode="EssentialContainerExited",
              stoppedReason="Essential container in task exited", stoppingAt="2026-10-08T10:00:00.000Z",
              containers=[{"name": "pricing-api", "lastStatus": "STOPPED", "exitCode": 1}])
add("ecs-deprovisioning-ignored", ecs_event(A1, "eu-west-1", "prod-core", "eeff0011223344556677889900112233", "2026-10-08T10:00:01Z", deprov,
    "c0e1d2f3-0001-4a4b-8c8d-9e9f0000000f"), "ecs", "ignore", "")

ev = ecs_event(A2, "us-east-2", "web", "ff001122334455667788990011223344", "2026-09-02T14:14:14Z", stopped(
    "EssentialContainerExited", "Essential container in task exited",
    [{"name": "web", "lastStatus": "STOPPED", "exitCode": 139, "runtimeId": "ff0011-web", "managedAgents": [{"name": "ExecuteCommandAgent", "lastStatus": "STOPPED"}], "futureContainerField": {"a": [1, 2, 3]}}],
    "service:web", "arn:aws:ecs:us-east-2:309876543210:task-definition/web:232", "2026-09-02T14:14:13.200Z",
    extra={"ephemeralStorage": {"sizeInGiB": 21}, "platformVersion": "1.4.0", "attachments": [{"id": "e1", "type": "eni", "status": "DELETED"}], "futureTaskField": "value-2027"}),
    "c0e1d2f3-0001-4a4b-8c8d-9e9f00000010")
ev["replay-name"] = "ecs-replay"
add("ecs-unknown-future-fields", ev, "ecs", "accept", "Essential container in task exited", "ecs-task-failure", "medium", False)

# ---------------------------------------------------------------- Lambda destination records

def fn_arn(region, account, name, qual="$LATEST"):
    a = "arn:aws:lambda:%s:%s:function:%s" % (region, account, name)
    return a + (":" + qual if qual else "")


def record(region, account, fn, qual, rid, condition, count, response_ctx=None, response=None, ts="2026-07-01T00:00:00.000Z", request=None):
    r = {
        "version": "1.0",
        "timestamp": ts,
        "requestContext": {"requestId": rid, "functionArn": fn_arn(region, account, fn, qual), "condition": condition, "approximateInvokeCount": count},
        "requestPayload": request if request is not None else {"orderId": "ord-7731"},
    }
    if response_ctx is not None:
        r["responseContext"] = response_ctx
    if response is not None:
        r["responsePayload"] = response
    return r


rec = record("eu-west-1", A1, "receipt-mailer", "$LATEST", "5a6b7c8d-1111-4e2f-9a0b-1c2d3e4f5a6b", "RetriesExhausted", 3,
             {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
             {"errorType": "Sandbox.Timedout", "errorMessage": "RequestId: 5a6b7c8d-1111-4e2f-9a0b-1c2d3e4f5a6b Error: Task timed out after 30.00 seconds"},
             ts="2026-07-04T10:20:30.456Z")
add("lambda-eventbridge-sandbox-timedout", envelope("Lambda Function Invocation Result - Failure", "lambda", A1, "eu-west-1", "2026-07-04T10:20:30Z", rec,
    ["arn:aws:events:eu-west-1:210987654321:event-bus/default", fn_arn("eu-west-1", A1, "receipt-mailer")], "d1e2f3a4-0002-4b5c-8d9e-000000000001"),
    "lambda", "accept", "RetriesExhausted", "lambda-error", "high", False)

add("lambda-raw-runtime-exit-error", record("us-east-2", A2, "pdf-render", "live", "6b7c8d9e-2222-4f30-8b1c-2d3e4f5a6b7c", "RetriesExhausted", 3,
    {"statusCode": 200, "executedVersion": "14", "functionError": "Unhandled"},
    {"errorType": "Runtime.ExitError", "errorMessage": "RequestId: 6b7c8d9e-2222-4f30-8b1c-2d3e4f5a6b7c Error: Runtime exited with error: signal: killed"},
    ts="2026-08-12T22:01:15.004Z"),
    "lambda", "accept", "Runtime.ExitError", "lambda-error", "high", False)

add("lambda-raw-unhandled-stacktrace", record("eu-central-1", A1, "webhook-fanout", None, "7c8d9e0f-3333-4a41-9c2d-3e4f5a6b7c8d", "RetriesExhausted", 3,
    {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
    {"errorType": "TypeError", "errorMessage": "Cannot read properties of undefined (reading 'endpoint')", "trace": [
        "TypeError: Cannot read properties of undefined (reading 'endpoint')",
        "    at dispatch (/var/task/index.js:42:31)",
        "    at Runtime.handler (/var/task/index.js:12:9)"],
     "stackTrace": ["/var/task/index.js:42:31", "/var/task/index.js:12:9"]},
    ts="2026-09-09T09:09:09.909Z", request={"webhookId": "wh-201", "attempt": 1}),
    "lambda", "accept", "TypeError", "lambda-error", "high", False)

add("lambda-raw-event-age-exceeded", record("ap-southeast-1", A2, "sms-sender", "$LATEST", "8d9e0f1a-4444-4b52-8d3e-4f5a6b7c8d9e", "EventAgeExceeded", 0,
    None, None, ts="2026-06-30T23:59:58.100Z", request={"to": "+00 0000 0000", "template": "otp"}),
    "lambda", "accept", "EventAgeExceeded", "lambda-error", "high", False)

add("lambda-raw-success-ignored", record("eu-west-1", A1, "receipt-mailer", "$LATEST", "9e0f1a2b-5555-4c63-9e4f-5a6b7c8d9e0f", "Success", 1,
    {"statusCode": 200, "executedVersion": "$LATEST"}, {"sent": True}, ts="2026-07-04T10:25:00.000Z"),
    "lambda", "ignore", "")

add("lambda-eventbridge-success-ignored", envelope("Lambda Function Invocation Result - Success", "lambda", A2, "us-east-2", "2026-08-12T22:10:00Z",
    record("us-east-2", A2, "pdf-render", "live", "0f1a2b3c-6666-4d74-8f50-6b7c8d9e0f1a", "Success", 1,
           {"statusCode": 200, "executedVersion": "14"}, {"pages": 12}, ts="2026-08-12T22:10:00.321Z"),
    ["arn:aws:events:us-east-2:309876543210:event-bus/default", fn_arn("us-east-2", A2, "pdf-render", "live")], "d1e2f3a4-0002-4b5c-8d9e-000000000002"),
    "lambda", "ignore", "")

add("lambda-raw-kinesis-on-failure", {
    "requestContext": {"requestId": "1a2b3c4d-7777-4e85-9a61-7c8d9e0f1a2b", "functionArn": fn_arn("eu-west-1", A1, "clickstream-enricher", None), "condition": "RetryAttemptsExhausted", "approximateInvokeCount": 4},
    "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
    "version": "1.0",
    "timestamp": "2026-10-01T04:44:44.444Z",
    "KinesisBatchInfo": {"shardId": "shardId-000000000003", "startSequenceNumber": "49650000000000000000000000000000000000000000000000000003", "endSequenceNumber": "49650000000000000000000000000000000000000000000000000503", "approximateArrivalOfFirstRecord": "2026-10-01T04:40:00.000Z", "approximateArrivalOfLastRecord": "2026-10-01T04:40:09.000Z", "batchSize": 500, "streamArn": "arn:aws:kinesis:eu-west-1:210987654321:stream/clickstream"},
}, "lambda", "accept", "KinesisBatchInfo", "lambda-error", "high", False)

add("lambda-raw-dynamodb-on-failure", {
    "requestContext": {"requestId": "2b3c4d5e-8888-4f96-8b72-8d9e0f1a2b3c", "functionArn": fn_arn("us-east-2", A2, "cart-projector", None), "condition": "RetryAttemptsExhausted", "approximateInvokeCount": 3},
    "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
    "version": "1.0",
    "timestamp": "2026-09-15T15:15:15.150Z",
    "DDBStreamBatchInfo": {"shardId": "shardId-00000001759000000000-0a1b2c3d", "startSequenceNumber": "880000000000000000000001", "endSequenceNumber": "880000000000000000000025", "approximateArrivalOfFirstRecord": "2026-09-15T15:10:00Z", "approximateArrivalOfLastRecord": "2026-09-15T15:10:02Z", "batchSize": 25, "streamArn": "arn:aws:dynamodb:us-east-2:309876543210:table/carts/stream/2026-01-01T00:00:00.000"},
}, "lambda", "accept", "DDBStreamBatchInfo", "lambda-error", "high", False)

r = record("eu-north-1", A2, "geo-indexer", "blue", "3c4d5e6f-9999-4a07-9c83-9e0f1a2b3c4d", "RetriesExhausted", 3,
           {"statusCode": 200, "executedVersion": "7", "functionError": "Unhandled", "futureResponseField": 1},
           {"errorType": "Runtime.OutOfMemory", "errorMessage": "RequestId: 3c4d5e6f-9999-4a07-9c83-9e0f1a2b3c4d Error: Runtime exited with error: signal: killed", "newErrorField": {"memoryUsedMB": 1024}},
           ts="2026-05-05T05:05:05.005Z")
r["requestContext"]["tenantId"] = "tenant-0042"
r["requestContext"]["futureContextField"] = ["x"]
r["recordFormatVersion"] = "1.1"
add("lambda-raw-unknown-future-fields", r, "lambda", "accept", "Runtime.OutOfMemory", "lambda-error", "high", False)

# ---------------------------------------------------------------- GuardDuty findings

def gd_event(account, region, fid, ftype, severity, title, resource, svc_extra=None, time="2026-09-20T10:00:00Z", finding_account=None, eid=None):
    facc = finding_account or account
    detector = "4ab6c1f2e3d4a5b6c7d8e9f0a1b2c3d4"
    arn = "arn:aws:guardduty:%s:%s:detector/%s/finding/%s" % (region, facc, detector, fid)
    service = {
        "serviceName": "guardduty",
        "detectorId": detector,
        "archived": False,
        "count": 1,
        "eventFirstSeen": "2026-09-20T09:40:00.000Z",
        "eventLastSeen": "2026-09-20T09:55:00.000Z",
        "resourceRole": "TARGET",
        "additionalInfo": {"value": "{}", "type": "default"},
    }
    if svc_extra:
        service.update(svc_extra)
    detail = {
        "schemaVersion": "2.0",
        "accountId": facc,
        "region": region,
        "partition": "aws",
        "id": fid,
        "arn": arn,
        "type": ftype,
        "resource": resource,
        "service": service,
        "severity": severity,
        "createdAt": "2026-09-20T09:56:01.100Z",
        "updatedAt": "2026-09-20T09:56:01.100Z",
        "title": title,
        "description": title + ". Invented description for a held-out payload.",
    }
    return envelope("GuardDuty Finding", "aws.guardduty", account, region, time, detail, [], eid or ("e0f1a2b3-0003-4c5d-9e8f-" + fid[:12]))


EC2 = {"resourceType": "Instance", "instanceDetails": {"instanceId": "i-0a1b2c3d4e5f60718", "instanceType": "t3.medium", "availabilityZone": "eu-west-1b", "imageId": "ami-0f1e2d3c4b5a69788", "networkInterfaces": [{"privateIpAddress": "10.20.3.14", "subnetId": "subnet-0aa11bb22cc33dd44", "vpcId": "vpc-0123abcd4567ef890"}], "tags": [{"key": "Name", "value": "bastion-eu"}]}}

add("gd-ec2-ssh-bruteforce-low", gd_event(A1, "eu-west-1", "a1c0ffee0000000000000000000000a1", "UnauthorizedAccess:EC2/SSHBruteForce", 2,
    "203.0.113.77 is performing SSH brute force attacks against i-0a1b2c3d4e5f60718", EC2,
    {"action": {"actionType": "NETWORK_CONNECTION", "networkConnectionAction": {"connectionDirection": "INBOUND", "protocol": "TCP", "blocked": False, "remoteIpDetails": {"ipAddressV4": "203.0.113.77", "country": {"countryName": "Nowhere"}}, "localPortDetails": {"port": 22, "portName": "SSH"}}}, "count": 14}),
    "guardduty", "accept", "UnauthorizedAccess:EC2/SSHBruteForce", "security-finding", "low", False)

add("gd-severity-3-9-low", gd_event(A2, "us-east-2", "a1c0ffee0000000000000000000000a2", "Recon:EC2/Portscan", 3.9,
    "Unusual outbound port scan from i-0b2c3d4e5f6071829", dict(EC2, instanceDetails=dict(EC2["instanceDetails"], instanceId="i-0b2c3d4e5f6071829", availabilityZone="us-east-2a"))),
    "guardduty", "accept", "Recon:EC2/Portscan", "security-finding", "low", False)

add("gd-rds-login-4-0-medium", gd_event(A1, "eu-central-1", "a1c0ffee0000000000000000000000a3", "CredentialAccess:RDS/AnomalousBehavior.SuccessfulLogin", 4.0,
    "Anomalous successful login to payments-aurora",
    {"resourceType": "RDSDBInstance", "rdsDbInstanceDetails": {"dbInstanceIdentifier": "payments-aurora-1", "engine": "aurora-postgresql", "engineVersion": "15.4", "dbClusterIdentifier": "payments-aurora", "dbInstanceArn": "arn:aws:rds:eu-central-1:210987654321:db:payments-aurora-1"}, "rdsDbUserDetails": {"user": "reporting", "application": "psql", "database": "payments", "ssl": "on", "authMethod": "password"}}),
    "guardduty", "accept", "CredentialAccess:RDS/AnomalousBehavior.SuccessfulLogin", "security-finding", "medium", False)

add("gd-eks-anonymous-5-medium", gd_event(A2, "us-west-2", "a1c0ffee0000000000000000000000a4", "Policy:Kubernetes/AnonymousAccessGranted", 5,
    "Anonymous access granted on EKS cluster platform-west",
    {"resourceType": "EKSCluster", "eksClusterDetails": {"name": "platform-west", "arn": "arn:aws:eks:us-west-2:309876543210:cluster/platform-west", "vpcId": "vpc-0fedcba987654321f", "status": "ACTIVE", "createdAt": "2025-02-01T00:00:00Z"}, "kubernetesDetails": {"kubernetesUserDetails": {"username": "system:anonymous", "groups": ["system:unauthenticated"]}}},
    {"action": {"actionType": "KUBERNETES_API_CALL", "kubernetesApiCallAction": {"requestUri": "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings", "verb": "create", "statusCode": 201}}}),
    "guardduty", "accept", "Policy:Kubernetes/AnonymousAccessGranted", "security-finding", "medium", False)

add("gd-pascalcase-6-9-medium", {
    "version": "0", "id": "e0f1a2b3-0003-4c5d-9e8f-a1c0ffee00a5", "detail-type": "GuardDuty Finding", "source": "aws.guardduty",
    "account": A1, "time": "2026-09-21T11:00:00Z", "region": "eu-west-1", "resources": [],
    "detail": {
        "SchemaVersion": "2.0", "AccountId": A1, "Region": "eu-west-1", "Partition": "aws",
        "Id": "a1c0ffee0000000000000000000000a5",
        "Arn": "arn:aws:guardduty:eu-west-1:210987654321:detector/4ab6c1f2e3d4a5b6c7d8e9f0a1b2c3d4/finding/a1c0ffee0000000000000000000000a5",
        "Type": "Discovery:S3/AnomalousBehavior", "Severity": 6.9,
        "Title": "Unusual S3 API calls by role data-pipeline",
        "Description": "APIs commonly used to discover S3 objects were invoked in an unusual way.",
        "Resource": {"ResourceType": "S3Bucket", "S3BucketDetails": [{"Arn": "arn:aws:s3:::lake-raw-eu", "Name": "lake-raw-eu", "Type": "Destination"}]},
        "Service": {"ServiceName": "guardduty", "DetectorId": "4ab6c1f2e3d4a5b6c7d8e9f0a1b2c3d4", "Archived": False, "Count": 2, "ResourceRole": "TARGET", "EventFirstSeen": "2026-09-21T10:30:00.000Z", "EventLastSeen": "2026-09-21T10:50:00.000Z"},
        "CreatedAt": "2026-09-21T10:51:00.000Z", "UpdatedAt": "2026-09-21T10:58:00.000Z",
    },
}, "guardduty", "accept", "Discovery:S3/AnomalousBehavior", "security-finding", "medium", False)

add("gd-lambda-network-7-0-high", gd_event(A2, "us-east-2", "a1c0ffee0000000000000000000000a6", "CryptoCurrency:Lambda/BitcoinTool.B", 7.0,
    "Lambda function resize-images queried a domain associated with cryptocurrency activity",
    {"resourceType": "Lambda", "lambdaDetails": {"functionName": "resize-images", "functionArn": fn_arn("us-east-2", A2, "resize-images", None), "functionVersion": "$LATEST", "role": "arn:aws:iam::309876543210:role/resize-images-role", "vpcConfig": {"vpcId": "vpc-0fedcba987654321f", "subnetIds": ["subnet-0123456789abcdef0"]}}}),
    "guardduty", "accept", "CryptoCurrency:Lambda/BitcoinTool.B", "security-finding", "high", False)

add("gd-s3-exfiltration-8-high", gd_event(A1, "eu-west-1", "a1c0ffee0000000000000000000000a7", "Exfiltration:S3/AnomalousBehavior", 8,
    "Anomalous object reads from bucket customer-exports",
    {"resourceType": "S3Bucket", "accessKeyDetails": {"principalId": "AROAEXAMPLEROLEID0001:export-job", "userName": "export-job", "userType": "AssumedRole"}, "s3BucketDetails": [{"arn": "arn:aws:s3:::customer-exports", "name": "customer-exports", "type": "Destination", "publicAccess": {"effectivePermission": "NOT_PUBLIC"}}]}),
    "guardduty", "accept", "Exfiltration:S3/AnomalousBehavior", "security-finding", "high", False)

add("gd-runtime-ecs-8-9-high", gd_event(A2, "us-east-2", "a1c0ffee0000000000000000000000a8", "CryptoCurrency:Runtime/BitcoinTool.B", 8.9,
    "A container in task of cluster jobs is querying a cryptocurrency mining pool",
    {"resourceType": "ECSCluster", "ecsClusterDetails": {"name": "jobs", "arn": "arn:aws:ecs:us-east-2:309876543210:cluster/jobs", "status": "ACTIVE", "taskDetails": {"arn": "arn:aws:ecs:us-east-2:309876543210:task/jobs/77889900aabbccddeeff112233445566", "definitionArn": "arn:aws:ecs:us-east-2:309876543210:task-definition/video-transcoder:19", "containers": [{"name": "video-transcoder", "image": "309876543210.dkr.ecr.us-east-2.amazonaws.com/video-transcoder:1.9"}]}}},
    {"runtimeDetails": {"process": {"name": "xmrig", "executablePath": "/tmp/.x/xmrig", "pid": 4242, "user": "root"}}, "featureName": "RuntimeMonitoring"}),
    "guardduty", "accept", "CryptoCurrency:Runtime/BitcoinTool.B", "security-finding", "high", False)

add("gd-attack-sequence-9-critical", gd_event(A1, "eu-west-1", "a1c0ffee0000000000000000000000a9", "AttackSequence:IAM/CompromisedCredentials", 9.0,
    "Potential credential compromise followed by data access",
    {"resourceType": "AccessKey", "accessKeyDetails": {"principalId": "AIDAEXAMPLEUSERID0002", "userName": "ci-deployer", "userType": "IAMUser"}},
    {"additionalInfo": {"value": "{\"signals\":4}", "type": "default"}}),
    "guardduty", "accept", "AttackSequence:IAM/CompromisedCredentials", "security-finding", "critical", False)

add("gd-archived-sample-10-critical", gd_event(A3, "eu-west-1", "a1c0ffee0000000000000000000000aa", "Backdoor:EC2/C&CActivity.B!DNS", 10,
    "[SAMPLE] EC2 instance i-99999999 is querying a domain name associated with a known command and control server", EC2,
    {"archived": True, "count": 5, "additionalInfo": {"value": "{\"sample\":true}", "type": "default", "sample": True}},
    finding_account=A1),
    "guardduty", "accept", "Backdoor:EC2/C&CActivity.B!DNS", "security-finding", "critical", False)

add("gd-severity-11-rejected", gd_event(A1, "eu-west-1", "a1c0ffee0000000000000000000000ab", "Impact:EC2/WinRMBruteForce", 11,
    "Invented finding with a severity beyond 10", EC2),
    "guardduty", "reject", "severity")

add("gd-severity-string-rejected", gd_event(A1, "eu-west-1", "a1c0ffee0000000000000000000000ac", "Trojan:EC2/DNSDataExfiltration", "8",
    "Invented finding whose severity is a string", EC2),
    "guardduty", "reject", "severity")

# ---------------------------------------------------------------- AWS Health

def health(account, region, time, detail, resources, eid, detail_type="AWS Health Event"):
    return envelope(detail_type, "aws.health", account, region, time, detail, resources, eid)


def hdetail(event_arn, service, code, category, status, start, last, desc, entities, extra=None):
    d = {
        "eventArn": event_arn,
        "service": service,
        "eventScopeCode": "ACCOUNT_SPECIFIC",
        "communicationId": "c0ffee" + event_arn[-10:],
        "eventTypeCode": code,
        "eventTypeCategory": category,
        "startTime": start,
        "lastUpdatedTime": last,
        "statusCode": status,
        "eventRegion": event_arn.split(":")[3] or "global",
        "eventDescription": [{"language": "en_US", "latestDescription": desc}],
        "affectedEntities": entities,
    }
    if extra:
        d.update(extra)
    return d


earn = "arn:aws:health:eu-west-1::event/EC2/AWS_EC2_OPERATIONAL_ISSUE/AWS_EC2_OPERATIONAL_ISSUE_7F3A2B1C0D9E"
add("health-issue-open-multi-entities", health(A1, "eu-west-1", "2026-10-20T06:12:00Z", hdetail(
    earn, "EC2", "AWS_EC2_OPERATIONAL_ISSUE", "issue", "open", "Tue, 20 Oct 2026 05:58:00 GMT", "Tue, 20 Oct 2026 06:11:00 GMT",
    "We are investigating increased API error rates for EC2 instance launches in EU-WEST-1.",
    [{"entityValue": "i-0a1b2c3d4e5f60718", "status": "IMPAIRED"}, {"entityValue": "i-0c1d2e3f4a5b6c7d8", "status": "IMPAIRED"}, {"entityValue": "i-0e1f2a3b4c5d6e7f8", "status": "UNIMPAIRED"}]),
    ["i-0a1b2c3d4e5f60718", "i-0c1d2e3f4a5b6c7d8", "i-0e1f2a3b4c5d6e7f8"], "f1a2b3c4-0004-4d5e-8f9a-000000000001"),
    "health", "accept", "AWS_EC2_OPERATIONAL_ISSUE", "health-event", "medium", False)

add("health-issue-closed-resolves", health(A1, "eu-west-1", "2026-10-20T08:40:00Z", hdetail(
    earn, "EC2", "AWS_EC2_OPERATIONAL_ISSUE", "issue", "closed", "Tue, 20 Oct 2026 05:58:00 GMT", "Tue, 20 Oct 2026 08:39:00 GMT",
    "Between 5:58 AM and 8:35 AM UTC we experienced increased API error rates for EC2 instance launches in EU-WEST-1. The issue has been resolved.",
    [{"entityValue": "i-0a1b2c3d4e5f60718", "status": "RESOLVED"}]),
    ["i-0a1b2c3d4e5f60718"], "f1a2b3c4-0004-4d5e-8f9a-000000000002"),
    "health", "accept", "AWS_EC2_OPERATIONAL_ISSUE", "health-event", "info", True)

sarn = "arn:aws:health:us-east-2::event/RDS/AWS_RDS_MAINTENANCE_SCHEDULED/AWS_RDS_MAINTENANCE_SCHEDULED_1A2B3C4D5E"
add("health-scheduled-upcoming-low", health(A2, "us-east-2", "2026-11-01T12:00:00Z", hdetail(
    sarn, "RDS", "AWS_RDS_MAINTENANCE_SCHEDULED", "scheduledChange", "upcoming", "Sun, 15 Nov 2026 03:00:00 GMT", "Sun, 1 Nov 2026 11:58:00 GMT",
    "Required maintenance is scheduled for your DB instance reports-db during the maintenance window.",
    [{"entityValue": "arn:aws:rds:us-east-2:309876543210:db:reports-db", "entityArn": "arn:aws:health:us-east-2:309876543210:entity/a1b2c3", "status": "PENDING", "lastUpdatedTime": "2026-11-01T11:58:00Z", "tags": {}}],
    {"endTime": "Sun, 15 Nov 2026 04:00:00 GMT", "affectedAccount": A2}),
    ["arn:aws:rds:us-east-2:309876543210:db:reports-db"], "f1a2b3c4-0004-4d5e-8f9a-000000000003"),
    "health", "accept", "AWS_RDS_MAINTENANCE_SCHEDULED", "health-event", "low", False)

ev = health(A2, "us-east-2", "2026-11-15T04:02:00Z", hdetail(
    sarn, "RDS", "AWS_RDS_MAINTENANCE_SCHEDULED", "scheduledChange", "closed", "Sun, 15 Nov 2026 03:00:00 GMT", "Sun, 15 Nov 2026 04:01:00 GMT",
    "The scheduled maintenance of your DB instance reports-db is complete.",
    [{"entityValue": "arn:aws:rds:us-east-2:309876543210:db:reports-db", "status": "RESOLVED"}],
    {"endTime": "Sun, 15 Nov 2026 04:00:00 GMT", "affectedAccount": A2, "actionability": "INFORMATIONAL", "personas": ["OPERATIONS"], "eventSource": "AWS_HEALTH", "futureHealthField": {"k": "v"}}),
    ["arn:aws:rds:us-east-2:309876543210:db:reports-db"], "f1a2b3c4-0004-4d5e-8f9a-000000000004")
add("health-scheduled-closed-future-fields", ev, "health", "accept", "AWS_RDS_MAINTENANCE_SCHEDULED", "health-event", "info", True)

add("health-account-notification-low", health(A1, "us-east-1", "2026-07-07T17:00:00Z", hdetail(
    "arn:aws:health:us-east-1::event/LAMBDA/AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT/AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT_9Z8Y7X6W5V", "LAMBDA", "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT", "accountNotification", "open",
    "Tue, 7 Jul 2026 16:00:00 GMT", "Tue, 7 Jul 2026 16:55:00 GMT",
    "A runtime used by functions in your account reaches end of support soon. Invented text.",
    [{"entityValue": fn_arn("us-east-1", A1, "legacy-report", None)}, {"entityValue": fn_arn("us-east-1", A1, "legacy-export", None)}]),
    [fn_arn("us-east-1", A1, "legacy-report", None), fn_arn("us-east-1", A1, "legacy-export", None)], "f1a2b3c4-0004-4d5e-8f9a-000000000005"),
    "health", "accept", "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT", "health-event", "low", False)

d = hdetail("arn:aws:health:global::event/IAM/AWS_IAM_OPERATIONAL_ISSUE/AWS_IAM_OPERATIONAL_ISSUE_5E4D3C2B1A", "IAM", "AWS_IAM_OPERATIONAL_ISSUE", "issue", "open",
            "Mon, 3 Aug 2026 14:20:00 GMT", "Mon, 3 Aug 2026 14:31:00 GMT",
            "We are investigating increased error rates for IAM API calls. Invented text.", [], {"eventScopeCode": "PUBLIC"})
d["eventRegion"] = "global"
add("health-global-region-open", health(A2, "us-east-1", "2026-08-03T14:32:00Z", d, [], "f1a2b3c4-0004-4d5e-8f9a-000000000006"),
    "health", "accept", "AWS_IAM_OPERATIONAL_ISSUE", "health-event", "medium", False)

add("health-abuse-no-status", health(A1, "ap-south-1", "2026-06-18T09:30:00Z", {
    "eventArn": "arn:aws:health:ap-south-1::event/ABUSE/AWS_ABUSE_DOS_REPORT/AWS_ABUSE_DOS_REPORT_0F9E8D7C6B",
    "service": "ABUSE",
    "eventTypeCode": "AWS_ABUSE_DOS_REPORT",
    "eventTypeCategory": "issue",
    "startTime": "Thu, 18 Jun 2026 09:00:00 GMT",
    "eventDescription": [{"language": "en_US", "latestDescription": "We have received a report that resources in your account were used in a denial of service attack. Invented text."}],
    "affectedEntities": [{"entityValue": "arn:aws:ec2:ap-south-1:210987654321:instance/i-0d1e2f3a4b5c6d7e8"}],
}, ["arn:aws:ec2:ap-south-1:210987654321:instance/i-0d1e2f3a4b5c6d7e8"], "f1a2b3c4-0004-4d5e-8f9a-000000000007", detail_type="AWS Health Abuse Event"),
    "health", "accept", "AWS_ABUSE_DOS_REPORT", "health-event", "medium", False)

add("health-organizational-affected-account", health(A3, "eu-west-1", "2026-10-20T06:15:00Z", hdetail(
    "arn:aws:health:eu-west-1::event/LAMBDA/AWS_LAMBDA_OPERATIONAL_ISSUE/AWS_LAMBDA_OPERATIONAL_ISSUE_3C2B1A0F9E", "LAMBDA", "AWS_LAMBDA_OPERATIONAL_ISSUE", "issue", "open",
    "Tue, 20 Oct 2026 06:00:00 GMT", "Tue, 20 Oct 2026 06:14:00 GMT",
    "We are investigating elevated invoke errors in EU-WEST-1. Invented text.",
    [{"entityValue": fn_arn("eu-west-1", A1, "receipt-mailer", None), "status": "IMPAIRED"}],
    {"affectedAccount": A1}),
    [fn_arn("eu-west-1", A1, "receipt-mailer", None)], "f1a2b3c4-0004-4d5e-8f9a-000000000008"),
    "health", "accept", "AWS_LAMBDA_OPERATIONAL_ISSUE", "health-event", "medium", False)

# ---------------------------------------------------------------- awsmon agent events

AGENT = {"account_id": A1, "region": "eu-west-1", "agent_version": "0.4.2"}


def agent(detail_type, time, detail, account=A1, region="eu-west-1", eid="a9b8c7d6-0005-4e6f-8a7b-000000000001"):
    return envelope(detail_type, "awsmon.agent", account, region, time, detail, [], eid)


errlog = {
    "schema_version": 1,
    "id": "err-4f3e2d1c0b0a99887766554433221100",
    "agent": AGENT,
    "log_group": "/aws/lambda/receipt-mailer",
    "fingerprint": "7e6d5c4b3a291807",
    "template": "smtp relay refused message for tenant <num>",
    "count": 7,
    "first_seen": "2026-10-21T13:00:04.000Z",
    "last_seen": "2026-10-21T13:04:41.000Z",
    "samples": ["ERROR smtp relay refused message for tenant 88"],
    "window": {"start": "2026-10-21T13:00:00.000Z", "end": "2026-10-21T13:05:00.000Z"},
}
add("agent-error-log-valid", agent("awsmon.error-log", "2026-10-21T13:05:12Z", errlog),
    "agent", "accept", "", "error-log", "medium", False)

add("agent-error-log-last-seen-ahead", agent("awsmon.error-log", "2026-10-21T13:05:12Z",
    dict(errlog, id="err-00112233445566778899aabbccddeeff", last_seen="2026-10-21T13:25:41.000Z",
         window={"start": "2026-10-21T13:00:00.000Z", "end": "2026-10-21T13:05:00.000Z"}),
    eid="a9b8c7d6-0005-4e6f-8a7b-000000000002"),
    "agent", "reject", "detail.last_seen is after the envelope's time")

add("agent-error-log-other-account", agent("awsmon.error-log", "2026-10-21T13:05:12Z",
    dict(errlog, id="err-ffeeddccbbaa99887766554433221100", agent=dict(AGENT, account_id=A2)),
    eid="a9b8c7d6-0005-4e6f-8a7b-000000000003"),
    "agent", "reject", "an agent may only report for its own account")

add("agent-error-log-schema-version-string", agent("awsmon.error-log", "2026-10-21T13:05:12Z",
    dict(errlog, schema_version="1", id="err-0a0b0c0d0e0f10111213141516171819"),
    eid="a9b8c7d6-0005-4e6f-8a7b-000000000004"),
    "agent", "reject", "detail.schema_version")

hb = {
    "schema_version": 1,
    "id": "hb-0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "agent": AGENT,
    "started_at": "2026-10-21T13:05:02.000Z",
    "duration_ms": 1930,
    "schedule_period_secs": 300,
    "config_hash": "9c8b7a6f5e4d3c2b",
    "log_groups_watched": 31,
    "queries": 4,
    "lines_matched": 7,
    "events_published": 1,
    "covered_ms": 300000,
    "failed_chunks": 0,
    "errors": [],
}
add("agent-heartbeat-valid", agent("awsmon.heartbeat", "2026-10-21T13:05:13Z", hb, eid="a9b8c7d6-0005-4e6f-8a7b-000000000005"),
    "agent", "accept", "", "heartbeat", "info", False)

add("agent-heartbeat-started-long-before", agent("awsmon.heartbeat", "2026-10-21T13:05:13Z",
    dict(hb, id="hb-1122334455667788990011223344556f", started_at="2026-10-21T12:25:00.000Z"), eid="a9b8c7d6-0005-4e6f-8a7b-000000000006"),
    "agent", "reject", "detail.started_at is before")

add("agent-deployment-valid", agent("awsmon.deployment", "2026-10-21T09:00:03Z", {
    "schema_version": 1, "id": "dep-2f3e4d5c6b7a8998a7b6c5d4e3f20112", "agent": AGENT, "action": "deployed",
    "config_hash": "9c8b7a6f5e4d3c2b", "schedule_period_secs": 300, "at": "2026-10-21T09:00:00.000Z",
}, eid="a9b8c7d6-0005-4e6f-8a7b-000000000007"),
    "agent", "accept", "", "deployment", "info", False)

# forwarded events
inner_alarm = alarm_event("queue-age-high", "eu-west-1", A1, "2026-10-22T07:07:07Z", {
    "alarmName": "queue-age-high",
    "state": {"value": "ALARM", "reason": "Threshold Crossed: 1 out of the last 1 datapoints [912.0] was greater than the threshold (600.0).", "timestamp": "2026-10-22T07:07:07.070+0000"},
    "previousState": {"value": "OK", "reason": "Threshold Crossed", "timestamp": "2026-10-21T07:00:00.000+0000"},
    "configuration": {"description": "Oldest message age of the billing queue", "metrics": [{"id": "age", "metricStat": {"metric": {"namespace": "AWS/SQS", "name": "ApproximateAgeOfOldestMessage", "dimensions": {"QueueName": "billing"}}, "period": 60, "stat": "Maximum"}, "returnData": True}]},
}, "b1f0a7e2-1c3d-4e5f-8a9b-0c1d2e3f4a60")
add("agent-forwarded-alarm", agent("awsmon.forwarded", "2026-10-22T07:07:09Z",
    {"schema_version": 1, "agent": AGENT, "event": inner_alarm}, eid="a9b8c7d6-0005-4e6f-8a7b-000000000008"),
    "agent", "accept", "Alarm queue-age-high is ALARM", "alarm", "high", False)

inner_other = json.loads(json.dumps(inner_alarm))
inner_other["account"] = A2
inner_other["resources"] = [alarm_arn("eu-west-1", A2, "queue-age-high")]
add("agent-forwarded-other-account", agent("awsmon.forwarded", "2026-10-22T07:07:09Z",
    {"schema_version": 1, "agent": AGENT, "event": inner_other}, eid="a9b8c7d6-0005-4e6f-8a7b-000000000009"),
    "agent", "reject", "an agent may only forward its own account's events")

inner_ecs = ecs_event(A1, "eu-west-1", "prod-core", "1f2e3d4c5b6a79880796a5b4c3d2e1f0", "2026-10-22T08:00:00Z", stopped(
    "UserInitiated", "Task stopped by user",
    [{"name": "pricing-api", "lastStatus": "STOPPED", "exitCode": 143}],
    "service:pricing-api", TD % "pricing-api:89", "2026-10-22T07:59:59.500Z"), "c0e1d2f3-0001-4a4b-8c8d-9e9f00000011")
add("agent-forwarded-ecs-user-stop-ignored", agent("awsmon.forwarded", "2026-10-22T08:00:02Z",
    {"schema_version": 1, "agent": AGENT, "event": inner_ecs}, eid="a9b8c7d6-0005-4e6f-8a7b-00000000000a"),
    "agent", "ignore", "")

inner_custom_app = {"version": "0", "id": "0d0d0d0d-0005-4e6f-8a7b-00000000000b", "detail-type": "OrderFailed", "source": "shop.orders",
                    "account": A1, "time": "2026-10-22T09:00:00Z", "region": "eu-west-1", "resources": [], "detail": {"orderId": "ord-1"}}
add("agent-forwarded-non-aws-source", agent("awsmon.forwarded", "2026-10-22T09:00:01Z",
    {"schema_version": 1, "agent": AGENT, "event": inner_custom_app}, eid="a9b8c7d6-0005-4e6f-8a7b-00000000000b"),
    "agent", "reject", "")

# ---------------------------------------------------------------- other services (no custom sources)

add("unsupported-alarm-configuration-change", envelope("CloudWatch Alarm Configuration Change", "aws.cloudwatch", A1, "eu-west-1", "2026-10-23T10:00:00Z", {
    "alarmName": "checkout-5xx-ratio", "operation": "update",
    "state": {"value": "OK", "timestamp": "2026-10-23T10:00:00.000+0000"},
    "configuration": {"description": "Share of 5xx responses, threshold raised", "threshold": 8.0},
    "previousConfiguration": {"threshold": 5.0},
}, [alarm_arn("eu-west-1", A1, "checkout-5xx-ratio")], "11111111-0006-4a7b-8c9d-000000000001"),
    "unsupported", "reject", "CloudWatch Alarm Configuration Change")

add("unsupported-ecs-deployment-state-change", envelope("ECS Deployment State Change", "aws.ecs", A2, "us-east-2", "2026-09-03T11:11:11Z", {
    "eventType": "ERROR", "eventName": "SERVICE_DEPLOYMENT_FAILED", "deploymentId": "ecs-svc/1234567890123456789",
    "updatedAt": "2026-09-03T11:11:10.000Z", "reason": "ECS deployment circuit breaker: tasks failed to start.",
}, ["arn:aws:ecs:us-east-2:309876543210:service/web/web"], "11111111-0006-4a7b-8c9d-000000000002"),
    "unsupported", "reject", "ECS Deployment State Change")

add("unsupported-rds-instance-event", envelope("RDS DB Instance Event", "aws.rds", A1, "eu-central-1", "2026-10-24T01:02:03Z", {
    "EventCategories": ["failover"], "SourceType": "DB_INSTANCE", "SourceArn": "arn:aws:rds:eu-central-1:210987654321:db:payments-aurora-1",
    "Date": "2026-10-24T01:02:03.004Z", "Message": "A Multi-AZ failover has completed.", "SourceIdentifier": "payments-aurora-1", "EventID": "RDS-EVENT-0049",
}, ["arn:aws:rds:eu-central-1:210987654321:db:payments-aurora-1"], "11111111-0006-4a7b-8c9d-000000000003"),
    "unsupported", "reject", "RDS DB Instance Event")

add("unsupported-guardduty-runtime-unhealthy", envelope("GuardDuty Runtime Protection Unhealthy", "aws.guardduty", A2, "us-east-2", "2026-09-04T04:04:04Z", {
    "schemaVersion": "1.0", "resourceType": "EC2", "resourceId": "i-0b2c3d4e5f6071829", "previousStatus": "HEALTHY", "currentStatus": "UNHEALTHY",
    "issue": "Runtime agent stopped reporting", "lastUpdatedAt": "2026-09-04T04:03:00Z",
}, [], "11111111-0006-4a7b-8c9d-000000000004"),
    "unsupported", "reject", "GuardDuty Runtime Protection Unhealthy")

add("unsupported-sqs-trigger-event", {"Records": [{
    "messageId": "5f4e3d2c-0006-4a7b-8c9d-000000000005", "receiptHandle": "AQEBinventedreceipthandle==", "body": "{\"orderId\":\"ord-9\"}",
    "attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": "1792000000000", "SenderId": "AROAEXAMPLESENDER0003:sender", "ApproximateFirstReceiveTimestamp": "1792000000100"},
    "messageAttributes": {}, "md5OfBody": "0123456789abcdef0123456789abcdef", "eventSource": "aws:sqs",
    "eventSourceARN": "arn:aws:sqs:eu-west-1:210987654321:orders-intake", "awsRegion": "eu-west-1"}]},
    "unsupported", "reject", "")

# ---------------------------------------------------------------- bad input

add("bad-truncated-json", None, "bad-input", "reject", "",
    raw=b'{"version":"0","id":"22222222-0007-4b8c-9d0e-000000000001","detail-type":"CloudWatch Alarm State Change","source":"aws.cloudwatch","account":"210987654321","time":"2026-10-25T00:00:00Z","region":"eu-west-1","detail":{"alarmName":"cut-off","state":{"value":"ALA\n')

add("bad-alarm-missing-detail", {
    "version": "0", "id": "22222222-0007-4b8c-9d0e-000000000002", "detail-type": "CloudWatch Alarm State Change", "source": "aws.cloudwatch",
    "account": A1, "time": "2026-10-25T00:00:00Z", "region": "eu-west-1", "resources": [alarm_arn("eu-west-1", A1, "no-detail")],
}, "bad-input", "reject", "detail")

add("bad-ecs-detail-is-string", envelope("ECS Task State Change", "aws.ecs", A1, "eu-west-1", "2026-10-25T00:00:01Z",
    "{\"lastStatus\":\"STOPPED\",\"stopCode\":\"TaskFailedToStart\"}", [], "22222222-0007-4b8c-9d0e-000000000003"),
    "bad-input", "reject", "")

add("bad-alarm-empty-detail", envelope("CloudWatch Alarm State Change", "aws.cloudwatch", A1, "eu-west-1", "2026-10-25T00:00:02Z",
    {}, [], "22222222-0007-4b8c-9d0e-000000000004"),
    "bad-input", "reject", "")

add("bad-alarm-state-value-number", alarm_event("typed-wrong", "eu-west-1", A1, "2026-10-25T00:00:03Z", {
    "alarmName": "typed-wrong", "state": {"value": 2, "reason": "Threshold Crossed", "timestamp": "2026-10-25T00:00:03.000+0000"},
}, "22222222-0007-4b8c-9d0e-000000000005"), "bad-input", "reject", "")

add("bad-alarm-account-11-digits", alarm_event("short-account", "eu-west-1", "21098765432", "2026-10-25T00:00:04Z", {
    "alarmName": "short-account", "state": {"value": "ALARM", "reason": "Threshold Crossed", "timestamp": "2026-10-25T00:00:04.000+0000"},
}, "22222222-0007-4b8c-9d0e-000000000006"), "bad-input", "reject", "12 digits")

huge = "Threshold Crossed: datapoints " + ("[99.9 (25/10/26 00:00:00)] " * 4500)
add("bad-alarm-huge-reason", alarm_event("huge-reason", "eu-west-1", A1, "2026-10-25T00:00:05Z", {
    "alarmName": "huge-reason",
    "state": {"value": "ALARM", "reason": huge, "timestamp": "2026-10-25T00:00:05.000+0000"},
    "configuration": {"description": "d" * 20000},
}, "22222222-0007-4b8c-9d0e-000000000007"), "bad-input", "accept",
    "Alarm huge-reason is ALARM", "alarm", "high", False)

add("bad-deeply-nested-detail", alarm_event("deep", "eu-west-1", A1, "2026-10-25T00:00:06Z", nested(300),
    "22222222-0007-4b8c-9d0e-000000000008"), "bad-input", "reject", "")

add("bad-region-too-long", envelope("ECS Task State Change", "aws.ecs", A1, "eu-west-1-" + "x" * 40, "2026-10-25T00:00:07Z",
    stopped("TaskFailedToStart", "CannotPullContainerError: invented", [{"name": "x", "lastStatus": "STOPPED"}], "family:x", TD % "x:1", "2026-10-25T00:00:06.000Z"),
    [], "22222222-0007-4b8c-9d0e-000000000009"), "bad-input", "reject", "")


def main():
    names = [p[0] for p in PAYLOADS]
    assert len(names) == len(set(names)), "duplicate names"
    if "--table" in sys.argv:
        for name, _, exp in PAYLOADS:
            e = exp["outcome"]
            if e == "accept":
                e = "accept %s %s%s" % (exp["event_type"], exp["severity"], " resolves" if exp["resolves"] else "")
            print("| `%s` | %s | %s | %s |" % (name, exp["source"], e, ("`%s`" % exp["contains"]) if exp["contains"] else '""'))
        return
    for name, body, exp in PAYLOADS:
        with open(os.path.join(OUT, name + ".json"), "wb") as f:
            f.write(body)
        with open(os.path.join(OUT, name + ".expected.json"), "wb") as f:
            f.write((json.dumps(exp, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    print("wrote %d payloads to %s" % (len(PAYLOADS), OUT))


if __name__ == "__main__":
    main()
