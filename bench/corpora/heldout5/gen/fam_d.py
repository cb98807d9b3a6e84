"""temporal-dbt and prometheus-grafana."""
import json
from common import R, pick, n, hexs, alnum, uid, ip10, iso, epoch, jitter, clock, WORDS


def J(o):
    return json.dumps(o, separators=(",", ":"))


# ---------------------------------------------------------------- temporal-dbt
def tserv(level, msg, comp, err=None, stack=False, **kw):
    o = {"level": level, "ts": iso(3), "msg": msg, "service": pick(["history", "matching"]) if comp != "frontend" else "frontend", "component": comp}
    o.update(kw)
    if err is not None:
        o["error"] = err
    o["logging-call-at"] = "%s:%d" % (pick(["transfer_queue_active_task_executor.go", "lazy_logger.go", "handler.go"]), n(60, 900))
    if stack:
        o["stacktrace"] = "go.temporal.io/server/common/log.(*zapLogger).Error\n\t/home/builder/temporal/common/log/zap_logger.go:%d\ngo.temporal.io/server/service/history/queues.(*executableImpl).HandleErr\n\t/home/builder/temporal/service/history/queues/executable.go:%d" % (jitter(156), jitter(421))
    return J(o)


def dbt_ts():
    return "%s  " % clock()


def dbt_json(level, name, code, msg, **data):
    return J({"data": data, "info": {"category": "", "code": code, "extra": {}, "invocation_id": uid(), "level": level, "msg": msg, "name": name, "pid": n(7, 900), "thread": pick(["MainThread", "Thread-%d (worker)" % n(1, 8)]), "ts": iso(6)}})


def sdk(level, msg, **kw):
    tail = " ".join("%s %s" % (k, v) for k, v in kw.items())
    return "%s %s %s %s" % (iso(0, "", " ").replace("-", "/"), level, msg, tail)


temporal_errors = [
    ("server-persistence-shard-ownership-lost", lambda: tserv("error", "Persistent store operation failure", "shard-controller", err="shard ownership lost", stack=True, **{"shard-id": n(1, 512), "address": "%s:7234" % ip10(), "store-operation": "update-wf-execution"})),
    ("server-fail-to-process-transfer-task", lambda: tserv("error", "Fail to process task", "transfer-queue-processor", err="context deadline exceeded", stack=True, **{"shard-id": n(1, 512), "wf-namespace": pick(["orders", "payments"]), "wf-id": "order-%d" % n(10000, 99999), "wf-run-id": uid(), "queue-task-type": "TransferActivityTask", "attempt": n(2, 30)})),
    ("server-fail-to-process-timer-task", lambda: tserv("error", "Fail to process task", "timer-queue-processor", err="context deadline exceeded", stack=True, **{"shard-id": n(1, 512), "wf-namespace": pick(["orders", "payments"]), "wf-id": "order-%d" % n(10000, 99999), "wf-run-id": uid(), "queue-task-type": "ActivityTimeout", "attempt": n(2, 30)})),
    ("sdk-go-activity-error-charge-card", lambda: sdk("ERROR", "Activity error.", Namespace=pick(["payments"]), TaskQueue="payments-tq", WorkerID="%d@ip-%s@" % (n(1, 90), ip10().replace(".", "-")), WorkflowID="checkout-%d" % n(10000, 99999), RunID=uid(), ActivityType="ChargeCard", Attempt=n(3, 5), Error="card processor unavailable: 503 Service Unavailable")),
    ("sdk-go-activity-error-reserve-stock", lambda: sdk("ERROR", "Activity error.", Namespace=pick(["orders"]), TaskQueue="orders-tq", WorkerID="%d@ip-%s@" % (n(1, 90), ip10().replace(".", "-")), WorkflowID="checkout-%d" % n(10000, 99999), RunID=uid(), ActivityType="ReserveStock", Attempt=n(3, 5), Error="insufficient stock for sku %s" % alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))),
    ("sdk-go-workflow-panic-nil-map", lambda: sdk("ERROR", "Workflow panic", Namespace="orders", TaskQueue="orders-tq", WorkerID="%d@ip-%s@" % (n(1, 90), ip10().replace(".", "-")), WorkflowType="CheckoutWorkflow", WorkflowID="checkout-%d" % n(10000, 99999), RunID=uid(), Attempt=1,
                                                   Error="assignment to entry in nil map", StackTrace="\"coroutine root [panic]:\\nexample.com/shop/workflows.CheckoutWorkflow(...)\\n\\t/src/workflows/checkout.go:%d\"" % jitter(88))),
    ("sdk-python-workflow-nondeterminism", lambda: "%s [ERROR] temporalio.worker._workflow_instance: Failed activation on workflow CheckoutWorkflow with ID checkout-%d and run ID %s\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/temporalio/worker/_workflow_instance.py\", line %d, in activate\n    self._apply(job)\ntemporalio.workflow.NondeterminismError: Workflow activation completion failed: Nondeterminism(\"Activity type of scheduled event 'SendReceipt' does not match activity type of activity command 'SendInvoice'\")" % (
        iso(3, "", " "), n(10000, 99999), uid(), jitter(371))),
    ("dbt-database-error-column-does-not-exist", lambda: (lambda m: dbt_ts() + "Database Error in model %s (models/marts/%s.sql)\n  column \"%s\" does not exist\n  LINE %d: select %s.%s, %s.created_at\n                 ^\n  compiled code at target/run/shop/models/marts/%s.sql" % (
        m[0], m[0], (c := pick(m[2])), n(3, 30), m[1], c, m[1], m[0]))(pick([("fct_orders", "o", ["discount_code", "shipping_cents", "coupon_id"]), ("dim_customers", "c", ["segment", "region_code", "ltv_cents"])]))),
    ("frontend-service-failures-start-workflow", lambda: tserv("error", "service failures", "frontend", err="context deadline exceeded", **{"operation": "StartWorkflowExecution", "wf-namespace": pick(["orders", "payments"]), "service-error-type": "serviceerror.DeadlineExceeded"})),
    ("dbt-error-creating-incremental-model", lambda: dbt_ts() + "%d of %d ERROR creating sql incremental model analytics.%s ........ [ERROR in %.2fs]" % (n(1, 40), n(41, 90), pick(["fct_orders", "fct_orders"]), R.uniform(0.1, 90))),
    ("dbt-test-failure-unique-order-id", lambda: dbt_ts() + "Failure in test unique_fct_orders_order_id (models/marts/schema.yml)\n  Got %d results, configured to fail if != 0\n\n  compiled code at target/compiled/shop/models/marts/schema.yml/unique_fct_orders_order_id.sql" % n(1, 400)),
    ("dbt-json-compilation-error-ref", lambda: dbt_json("error", "MainEncounteredError", "Z002", "Encountered an error:\nCompilation Error\n  Model 'model.shop.%s' (models/marts/%s.sql) depends on a node named '%s' which was not found" % ((m := pick(["fct_revenue", "fct_refunds"])), m, pick(["stg_payments_v2", "stg_refunds_v2"])), exc="Compilation Error")),
]

temporal_non = [
    lambda: tserv("info", "Membership upsert succeeded", "membership-monitor", **{"address": "%s:7234" % ip10()}),
    lambda: tserv("warn", "Fail to process task, will retry", "transfer-queue-processor", err="context deadline exceeded", **{"shard-id": n(1, 512), "attempt": 1}),
    lambda: tserv("info", "history client encountered error", "frontend", err="NotFound{Message: Workflow execution not found}", **{"service-error-type": "serviceerror.NotFound"}),
    lambda: sdk("INFO", "Started Worker", Namespace="orders", TaskQueue="orders-tq", WorkerID="%d@ip-%s@" % (n(1, 90), ip10().replace(".", "-"))),
    lambda: sdk("WARN", "Failed to poll for task.", Namespace="orders", TaskQueue="orders-tq", Error="context deadline exceeded"),
    lambda: sdk("DEBUG", "ExecuteActivity", Namespace="orders", ActivityType=pick(["ReserveStock", "ChargeCard"]), Attempt=1, Error="<nil>"),
    lambda: "%s [WARNING] temporalio.activity: Completing activity as failed ({'activity_id': '%d', 'activity_type': 'SendReceipt', 'attempt': %d, 'namespace': 'orders', 'task_queue': 'orders-tq', 'workflow_id': 'checkout-%d', 'workflow_type': 'CheckoutWorkflow'})\nTraceback (most recent call last):\n  File \"/app/activities/receipts.py\", line %d, in send_receipt\n    raise ApplicationError(\"smtp 421, retrying\")\ntemporalio.exceptions.ApplicationError: smtp 421, retrying" % (iso(3, "", " "), n(1, 9), n(1, 2), n(10000, 99999), jitter(40)),
    lambda: dbt_ts() + "%d of %d OK created sql table model analytics.%s ........ [SELECT %d in %.2fs]" % (n(1, 40), n(41, 90), pick(["fct_orders", "dim_customers", "stg_payments"]), n(1, 10**6), R.uniform(0.1, 90)),
    lambda: dbt_ts() + "Done. PASS=%d WARN=%d ERROR=0 SKIP=0 TOTAL=%d" % ((p := n(10, 80)), (w := n(0, 3)), p + w),
    lambda: dbt_ts() + "Warning in test accepted_values_fct_orders_status__paid__refunded (models/marts/schema.yml)\n  Got %d results, configured to warn if != 0" % n(1, 20),
    lambda: dbt_json("info", "LogModelResult", "Q012", "%d of %d OK created sql view model analytics.stg_%s" % (n(1, 40), n(41, 90), pick(["orders", "payments", "refunds"])), status="success", execution_time=round(R.uniform(0.1, 9), 3)),
    lambda: dbt_ts() + "Running with dbt=1.%d.%d" % (n(7, 9), n(0, 9)),
]

# ---------------------------------------------------------------- prometheus-grafana


def q(v):
    v = str(v)
    if any(c in v for c in ' ,"='):
        return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')
    return v


def plog(level, caller, comp, msg, **kw):
    tail = " ".join("%s=%s" % (k, q(v)) for k, v in kw.items())
    c = ' component="%s"' % comp if comp else ""
    return "ts=%s caller=%s:%d level=%s%s msg=\"%s\" %s" % (iso(3), caller, n(100, 1500), level, c, msg, tail)


def p3(level, src, comp, msg, **kw):
    tail = " ".join("%s=%s" % (k, q(v)) for k, v in kw.items())
    return "time=%s level=%s source=%s:%d msg=\"%s\" component=%s %s" % (iso(3), level, src, n(100, 1500), msg, comp, tail)


def gf(level, logger, msg, **kw):
    tail = " ".join("%s=%s" % (k, q(v)) for k, v in kw.items())
    return "logger=%s t=%s level=%s msg=\"%s\" %s" % (logger, iso(9, "+00:00") if R.random() < 0.5 else iso(2, "+0000"), level, msg, tail)


prom_errors = [
    ("prom-notifier-error-sending-alert", lambda: p3("ERROR", "notifier.go", "notifier", "Error sending alerts", alertmanager="http://%s:9093/api/v2/alerts" % pick(["alertmanager-0.monitoring.internal", ip10()]), count=n(1, 40), err="Post \"http://alertmanager.internal:9093/api/v2/alerts\": dial tcp %s:9093: connect: connection refused" % ip10())),
    ("prom-tsdb-compaction-no-space", lambda: plog("error", "db.go", "tsdb", "compaction failed", err="persist head block: write compaction: write chunks: write /prometheus/%s/chunks/000001: no space left on device" % alnum(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))),
    ("prom-scrape-http-client-ca-missing", lambda: plog("error", "scrape.go", "scrape manager", "Error creating HTTP client", scrape_pool=pick(["orders-api", "cart-api", "node"]), err="unable to load specified CA cert /etc/prometheus/ca/%s.pem: open /etc/prometheus/ca/%s.pem: no such file or directory" % ((c := pick(["internal-ca", "mesh-ca"])), c))),
    ("prom-config-reload-failed", lambda: plog("error", "main.go", None, "Error reloading config", err="couldn't load configuration (--config.file=\"/etc/prometheus/prometheus.yml\"): parsing YAML file /etc/prometheus/prometheus.yml: yaml: line %d: did not find expected key" % n(10, 90))),
    ("alertmanager-notify-failed-slack", lambda: plog("error", "dispatch.go", "dispatcher", "Notify for alerts failed", num_alerts=n(1, 20), err="%s/slack[0]: notify retry canceled after %d attempts: channel \"#%s\": unexpected status code 404: no_such_channel" % (pick(["slack-critical", "slack-shop"]), n(2, 17), pick(["oncall-shop", "alerts-orders"])))),
    ("alertmanager-notify-failed-pagerduty", lambda: plog("error", "dispatch.go", "dispatcher", "Notify for alerts failed", num_alerts=n(1, 20), err="pagerduty-%s/pagerduty[0]: notify retry canceled after %d attempts: unexpected status code 400: {\"status\":\"invalid event\",\"message\":\"Event object is invalid\",\"errors\":[\"Length of 'routing_key' is incorrect (should be 32 characters)\"]}" % (pick(["primary", "shop"]), n(2, 17)))),
    ("grafana-sqlstore-migration-failed", lambda: gf("error", "sqlstore", "Failed to run migrations", error="migration failed (id = %s): Error 1060 (42S21): Duplicate column name '%s'" % (pick(["add column is_paused to alert_rule", "add column is_paused to alert_rule"]), "is_paused"))),
    ("grafana-eror-query-data-error", lambda: "logger=context userId=%d orgId=1 uname=%s t=%s lvl=eror msg=\"Query data error\" error=\"failed to query data: Failed to query data: rpc error: code = Canceled desc = context canceled\" remote_addr=%s traceID=%s" % (n(1, 90), pick(["admin", "oncall", "maria"]), iso(2, "+0000"), ip10(), hexs(32))),
    ("grafana-request-completed-500-ds-query", lambda: gf("error", "context", "Request Completed", userId=n(1, 90), orgId=1, uname=pick(["admin", "oncall", "maria"]), method="POST", path="/api/ds/query", status=500, remote_addr=ip10(), time_ms=n(3, 30000), duration="%dms" % n(3, 30000), size=n(50, 900), referer="", handler="/api/ds/query", status_source="server")),
    ("grafana-alert-rule-eval-failed", lambda: gf("error", "ngalert.scheduler", "Failed to evaluate rule", rule_uid=alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789"), org_id=1, version=n(1, 40), fingerprint=hexs(16), attempt=n(1, 3), now=iso(0), error="[sse.dataQueryError] failed to execute query [A]: %s" % pick(["Post \"http://prometheus.internal:9090/api/v1/query_range\": context deadline exceeded", "Post \"http://prometheus.internal:9090/api/v1/query_range\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"]))),
    ("loki-ingester-failed-flush", lambda: "level=error ts=%s caller=flush.go:%d org_id=%s msg=\"failed to flush\" retries=%d err=\"failed to flush chunks: store put chunk: RequestError: send request failed\\ncaused by: Put \\\"https://%s.s3.%s.amazonaws.com/fake/%s\\\": dial tcp %s:443: i/o timeout, num_chunks: %d, labels: {app=\\\"%s\\\"}\"" % (
        iso(9), jitter(261), pick(["fake", "shop"]), n(1, 5), pick(["loki-chunks-shop", "loki-chunks-prod"]), pick(["eu-west-1", "us-east-1"]), hexs(16), ip10(), n(1, 90), pick(["orders", "cart"]))),
    ("loki-distributor-rate-limited", lambda: "level=error ts=%s caller=manager.go:%d component=distributor path=write msg=\"write operation failed\" details=\"ingestion rate limit exceeded for user %s (limit: %d bytes/sec) while attempting to ingest '%d' lines totaling '%d' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased\" org_id=%s" % (
        iso(9), jitter(49), (t := pick(["shop", "fake"])), pick([4194304, 8388608]), n(100, 9000), n(10**5, 10**7), t)),
]

prom_non = [
    lambda: plog("warn", "group.go", "rule manager", "Evaluating rule failed", file="/etc/prometheus/rules/%s.yml" % pick(["orders", "shop"]), group=pick(["orders.rules", "shop.rules"]), name="OrderErrorRatio", index=n(0, 9), err='found duplicate series for the match group {instance="%s:9100"} on the right hand-side of the operation: many-to-many matching not allowed: matching labels must be unique on one side' % ip10()),
    lambda: plog("warn", "scrape.go", "scrape manager", "Append failed", scrape_pool=pick(["node", "orders-api"]), target="http://%s:9100/metrics" % ip10(), err="out of bounds"),
    lambda: plog("info", "head.go", "tsdb", "Head GC completed", caller_dur="%dms" % n(1, 900), duration="%d.%03dms" % (n(1, 900), n(0, 999))),
    lambda: plog("info", "main.go", None, "Completed loading of configuration file", filename="/etc/prometheus/prometheus.yml", totalDuration="%d.%dms" % (n(1, 90), n(0, 999))),
    lambda: p3("INFO", "compact.go", "tsdb", "write block", mint=n(10**12, 2 * 10**12), maxt=n(10**12, 2 * 10**12), ulid=alnum(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), duration="%dms" % n(100, 9000)),
    lambda: p3("WARN", "wlog.go", "tsdb", "Encountered WAL read error, attempting repair", err="unexpected checksum %s, expected %s" % (hexs(8), hexs(8)), segment=n(1, 900), offset=n(1, 10**7)),
    lambda: plog("debug", "dispatch.go", "dispatcher", "Received alert", alert="OrderErrorRatio[%s][active]" % hexs(7)),
    lambda: gf("info", "ngalert.state.manager", "State changed", rule_uid=alnum(14, "abcdefghijklmnopqrstuvwxyz0123456789"), previous="Normal", next=pick(["Alerting", "Error", "NoData"])),
    lambda: gf("info", "context", "Request Completed", userId=n(1, 90), orgId=1, uname="admin", method="GET", path="/api/dashboards/uid/%s" % alnum(9), status=pick([200, 404, 502]), remote_addr=ip10(), time_ms=n(3, 900), size=n(50, 90000)),
    lambda: gf("warn", "plugin.loader", "Skipping loading plugin due to problem with signature", pluginID=pick(["marcusolsson-json-datasource", "grafana-clock-panel"]), status="unsigned"),
    lambda: "level=info ts=%s caller=table_manager.go:%d index-store=tsdb-2026-01-01 msg=\"uploading tables\" errors=0" % (iso(9), jitter(166)),
    lambda: "level=warn ts=%s caller=pool.go:%d msg=\"removing ingester failing healthcheck\" addr=%s:9095 reason=\"rpc error: code = DeadlineExceeded desc = context deadline exceeded\"" % (iso(9), jitter(184), ip10()),
    lambda: plog("info", "silence.go", "silences", "Maintenance done", duration="%d.%dms" % (n(1, 9), n(0, 999)), size=n(0, 9000), failed="0"),
]

FAMILIES = {
    "temporal-dbt": (temporal_errors, temporal_non),
    "prometheus-grafana": (prom_errors, prom_non),
}
