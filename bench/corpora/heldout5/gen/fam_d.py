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

# ---------------------------------------------------------------- gha-monorepo


def gts():
    return iso(7) + " "


def diag(level, comp, msg):
    return "[%s %s %s] %s" % (iso(0, "Z", " ").replace("T", " "), level, comp, msg)


PKGS = ["orders-api", "web", "billing-worker", "ui-kit"]


def tsc_err(path, code, text):
    def f():
        return gts() + "##[error]%s(%d,%d): error %s: %s" % (path, jitter(42, 6), n(3, 40), code, text)
    return f


def jest_fail():
    exp = n(1000, 3000)
    return gts() + ("FAIL apps/orders-api/src/orders/service.spec.ts\n  ● OrdersService › computeTotals › applies percentage discount\n\n"
                    "    expect(received).toBe(expected) // Object.is equality\n\n    Expected: %d\n    Received: %d\n\n"
                    "      at Object.<anonymous> (src/orders/service.spec.ts:%d:%d)") % (exp, exp + n(1, 500), jitter(57), n(20, 40))


gha_errors = [
    ("tsc-ts2322-orders-service", tsc_err("apps/orders-api/src/orders/service.ts", "TS2322", "Type 'string' is not assignable to type 'number'.")),
    ("tsc-ts2322-cart-reducer", tsc_err("apps/web/src/cart/reducer.ts", "TS2322", "Type 'string' is not assignable to type 'number'.")),
    ("tsc-ts2307-cannot-find-module", lambda: gts() + "##[error]apps/web/src/pages/Checkout.tsx(%d,%d): error TS2307: Cannot find module '%s' or its corresponding type declarations." % (jitter(5, 3), n(20, 40), pick(["@shop/ui-kit/Button", "@shop/ui-kit/Price", "@shop/api-client"]))),
    ("gha-process-completed-exit-code", lambda: gts() + "##[error]Process completed with exit code %d." % pick([1, 2, 127, 134, 137])),
    ("gha-runner-shutdown-signal", lambda: gts() + "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled."),
    ("runner-diag-http-connection-refused", lambda: diag("ERR ", "GitHubActionsService", "GET request to https://pipelines%s.actions.githubusercontent.com/%s/_apis/connectionData failed. Exception: System.Net.Http.HttpRequestException: Connection refused (pipelines%s.actions.githubusercontent.com:443)" % ("", alnum(40), "") + "\n ---> System.Net.Sockets.SocketException (111): Connection refused\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)")),
    ("jest-fail-orders-discount", jest_fail),
    ("turbo-orders-api-build-command-exited", lambda: gts() + "orders-api:build: ERROR: command finished with error: command (/home/runner/work/shop/shop/apps/orders-api) /usr/local/bin/pnpm run build exited (%d)" % pick([1, 2])),
    ("turbo-run-failed", lambda: gts() + " ERROR  run failed: command  exited (%d)" % pick([1, 2, 137])),
    ("nx-targets-failed-summary", lambda: gts() + "\n NX   Ran target %s for %d projects (%ds)\n\n   ✔  %d/%d succeeded [%d read from cache]\n\n   ✖  1/%d targets failed, including the following:\n\n      - nx run %s:%s\n" % (
        (t := pick(["test", "build", "lint"])), (k := n(4, 12)), n(8, 300), k - 1, k, n(0, 5), k, pick(PKGS), t)),
    ("nx-cannot-find-task-configuration", lambda: gts() + "\n NX   Cannot find configuration for task %s:%s\n" % (pick(["billing-api", "legacy-admin", "search-indexer"]), pick(["build", "test", "e2e"]))),
    ("pnpm-outdated-lockfile", lambda: gts() + " ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date with <ROOT>/apps/%s/package.json\n\nNote that in CI environments this setting is true by default. If you still need to run install in such cases, use \"pnpm install --no-frozen-lockfile\"" % pick(PKGS)),
    ("vite-rollup-failed-resolve", lambda: gts() + "error during build:\n[vite]: Rollup failed to resolve import \"%s\" from \"/home/runner/work/shop/shop/apps/web/src/pages/Cart.tsx\".\nThis is most likely unintended because it can break your application at runtime.\nIf you do want to externalize this module explicitly add it to\n`build.rollupOptions.external`" % pick(["@shop/ui-kit/Button", "@shop/ui-kit/Price"])),
]

gha_non = [
    lambda: gts() + "##[group]Run pnpm install --frozen-lockfile",
    lambda: gts() + "##[endgroup]",
    lambda: gts() + "##[warning]Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/cache@v%d." % n(2, 3),
    lambda: gts() + "##[warning]Failed to save: Unable to reserve cache with key pnpm-store-Linux-%s, another job may be creating this cache." % hexs(64),
    lambda: diag("INFO", "Listener", "Listening for Jobs"),
    lambda: diag("WARN", "BrokerServer", "Retrying after error: %s (attempt %d)" % (pick(["The SSL connection could not be established", "Response status code does not indicate success: 503"]), n(1, 4))),
    lambda: gts() + "%s:build: cache hit, replaying logs %s" % (pick(PKGS), hexs(16)),
    lambda: gts() + "%s:build: cache miss, executing %s" % (pick(PKGS), hexs(16)),
    lambda: gts() + "\n Tasks:    %d successful, %d total\nCached:    %d cached, %d total\n  Time:    %.1fs \n" % ((k := n(3, 12)), k, n(0, k), k, R.uniform(3, 300)),
    lambda: gts() + "\n NX   Successfully ran target %s for %d projects (%ds)\n" % (pick(["test", "build", "lint"]), n(3, 12), n(5, 300)),
    lambda: gts() + "✔ No problems found (0 errors, 0 warnings) in %d files" % n(40, 900),
    lambda: gts() + "PASS apps/orders-api/src/%s.spec.ts (%.3f s)" % (pick(["orders/service", "cart/merge", "payments/capture"]), R.uniform(0.5, 9)),
    lambda: gts() + "    ✓ returns 502 error when payment provider fails (%d ms)" % n(2, 90),
    lambda: gts() + "Found 0 errors. Watching for file changes.",
    lambda: gts() + "##[notice]Retrying step after exit code 1 (attempt %d of 3) with continue-on-error" % n(1, 2),
    lambda: gts() + "::debug::Cache key pnpm-store-Linux-%s not found, errorOnMissing=false" % hexs(16),
]

FAMILIES = {
    "temporal-dbt": (temporal_errors, temporal_non),
    "gha-monorepo": (gha_errors, gha_non),
}
