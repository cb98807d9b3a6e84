"""Families: temporal-go-sdk-workers-server, grpc-go-services-zap-zerolog-slog.

Temporal: a self-hosted Temporal 1.24 server on EKS (frontend/history/matching, zap JSON, Fluent Bit) with Aurora
PostgreSQL persistence, and Go SDK 1.29 workers on ECS Fargate: "payments-worker" with the SDK's default logger
(stdlib log: "YYYY/MM/DD hh:mm:ss LEVEL msg key value ..."), "fulfillment-worker" and "invoice-worker" with the zap
adapter (JSON). Multi-line records (panic stacks) are kept together by the awslogs driver's
awslogs-datetime-format.
gRPC: Go services on EKS behind each other: "ledger" (zap JSON + go-grpc-middleware logging), "pricing" (zerolog),
"notify" (logrus text) and "search" (log/slog text); a crashed process's panic is one Fluent Bit event."""
from common import (hexs, alnum, lower, digits, uuid, ip10, pick, build, jd, day, hms, ts_ns, goroutine, pc, ACCT, REGION)

# ---------------------------------------------------------------- temporal-go-sdk-workers-server
F1 = "temporal-go-sdk-workers-server"


def std(R, level, msg, kv):
    """Go SDK default logger: stdlib log prefix, level padded to 5."""
    return ("2029/09/%02d %s %-5s %s %s" % (day(R), hms(R), level, msg, " ".join("%s %s" % (k, v) for k, v in kv))).rstrip(" ")


def wid(R, task_queue):
    return "1@ip-10-52-%d-%d.%s.compute.internal@" % (R.randint(0, 15), R.randint(4, 250), REGION)


def zw(R, level, caller, msg, **kw):
    d = {"level": level, "ts": float("%d.%s" % (1882915200 + R.randint(86400, 27 * 86400), digits(R, 6))), "caller": caller, "msg": msg}
    d.update(kw)
    return jd(d)


def srv(R, level, msg, **kw):
    d = {"level": level, "ts": ts_ns(R, 3), "msg": msg}
    d.update(kw)
    return jd(d)


def tp_panic(R):
    # payments-worker 4.3: ChargeCard dereferences customer.DefaultSource, nil for customers with only a mandate
    g = goroutine(R)
    wf = "charge-%s" % uuid(R)
    stack = ("goroutine %d [running]:\nruntime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e\n"
             "go.temporal.io/sdk/internal.(*activityTaskHandlerImpl).Execute.func1()\n\t/go/pkg/mod/go.temporal.io/sdk@v1.29.1/internal/internal_task_handlers.go:2042 +0x185\n"
             "panic({0x1a4e2c0?, 0x2c8f1b0?})\n\t/usr/local/go/src/runtime/panic.go:785 +0x132\n"
             "github.com/tallowfin/payments/activities.(*Activities).ChargeCard(0xc000%s, {0x1f8e4a8, 0xc00%s}, {{0xc00%s, 0x24}, 0x%x, {0xc00%s, 0x3}})\n\t/src/activities/charge.go:57 +0x1f4\n"
             "reflect.Value.call({0x1a02ae0?, 0xc000%s?, 0xc00%s?}, {0x1c0d3b1, 0x4}, {0xc00%s, 0x2, 0x2?})\n\t/usr/local/go/src/reflect/value.go:581 +0xca6"
             % (g, hexs(R, 6), hexs(R, 7), hexs(R, 7), R.randint(500, 90000), hexs(R, 7), hexs(R, 6), hexs(R, 7), hexs(R, 7)))
    kv = [("Namespace", "payments"), ("TaskQueue", "payments"), ("WorkerID", wid(R, "payments")), ("ActivityID", str(R.randint(5, 19))), ("ActivityType", "ChargeCard"),
          ("Attempt", str(R.randint(1, 12))), ("WorkflowType", "ChargeInvoice"), ("WorkflowID", wf), ("RunID", uuid(R)),
          ("PanicError", "runtime error: invalid memory address or nil pointer dereference"), ("PanicStack", stack)]
    return std(R, "ERROR", "Activity panic.", kv)


def tf_nondet(R):
    # fulfillment-worker 2.8 renamed ReserveStock to ReserveStockV2 without a GetVersion guard; open ShipOrder runs fail to replay
    aid = R.randint(5, 14)
    return zw(R, "error", "internal/internal_task_handlers.go:%d" % 1020, "Workflow panic", Namespace="fulfillment", TaskQueue="fulfillment", WorkerID=wid(R, "fulfillment"),
              WorkflowType="ShipOrder", WorkflowID="ship-%s" % uuid(R), RunID=uuid(R), Attempt=R.randint(1, 30),
              Error="[TMPRL1100] nondeterministic workflow: history event is ActivityTaskScheduled: (ActivityId:%d, ActivityType:(Name:ReserveStock), TaskQueue:(Name:fulfillment, Kind:Normal), Input:(Payloads:(Payloads:[...]))), replay command is ScheduleActivityTask: (ActivityId:%d, ActivityType:(Name:ReserveStockV2), TaskQueue:(Name:fulfillment, Kind:Normal), Input:(Payloads:(Payloads:[...])))" % (aid, aid),
              StackTrace="process event for fulfillment [panic]:\ngo.temporal.io/sdk/internal.panicIllegalState(...)\n\t/go/pkg/mod/go.temporal.io/sdk@v1.29.1/internal/internal_command_state_machine.go:443\ngo.temporal.io/sdk/internal.(*commandsHelper).getCommand(0xc00%s, {0x5, {0xc00%s, 0x1}})\n\t/go/pkg/mod/go.temporal.io/sdk@v1.29.1/internal/internal_command_state_machine.go:1006 +0x%x" % (hexs(R, 7), hexs(R, 7), R.randint(0x100, 0xfff)))


def tw_tls(R):
    # invoice-worker's client trusts only the old private CA; the frontend's certificate was re-issued by the new CA
    return zw(R, "warn", "internal/internal_worker_base.go:%d" % 468, "Failed to poll for task.", Namespace="billing", TaskQueue="invoices", WorkerID=wid(R, "invoices"),
              WorkerType=pick(R, ["WorkflowWorker", "ActivityWorker", "NexusWorker"]),
              Error="rpc error: code = Unavailable desc = connection error: desc = \"transport: authentication handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of \\\"x509: ECDSA verification failure\\\" while trying to verify candidate authority certificate \\\"tallowfin-internal-ca-2027\\\")\"")


def ts_rds(R):
    # history pods scaled 6 -> 12 with maxConns 50 each; Aurora's max_connections (1000) is exhausted
    op = pick(R, ["UpdateWorkflowExecution", "CreateWorkflowExecution", "GetWorkflowExecution", "AppendHistoryNodes", "UpdateShard"])
    return srv(R, "error", "Operation failed with internal error.", service="history", **{"shard-id": R.randint(1, 512), "address": "%s:7234" % ip10(R, 70), "store-operation": op[0].lower() + op[1:],
               "error": "%s operation failed. Error: pq: sorry, too many clients already" % op, "logging-call-at": "persistence_metric_clients.go:1388",
               "stacktrace": "go.temporal.io/server/common/log.(*zapLogger).Error\n\t/home/runner/work/temporal/temporal/common/log/zap_logger.go:156\ngo.temporal.io/server/common/persistence.updateErrorMetric\n\t/home/runner/work/temporal/temporal/common/persistence/persistence_metric_clients.go:1388"})


def ti_chromium(R):
    # invoice-worker image moved to distroless; RenderInvoicePDF shells out to chromium, which is no longer in the image
    return zw(R, "error", "internal/internal_task_pollers.go:%d" % 1054, "Activity error.", Namespace="billing", TaskQueue="invoices", WorkerID=wid(R, "invoices"),
              WorkflowID="invoice-%d-%s" % (R.randint(2029000, 2029999), lower(R, 6)), RunID=uuid(R), ActivityType="RenderInvoicePDF", Attempt=R.randint(1, 20),
              Error="render invoice: chromedp: exec: \"chromium\": executable file not found in $PATH")


def t_negs():
    def n_started(R):
        tq = pick(R, ["payments", "fulfillment", "invoices"])
        return std(R, "INFO", pick(R, ["Started Worker", "Stopped Worker"]), [("Namespace", tq), ("TaskQueue", tq), ("WorkerID", wid(R, tq))])
    def n_nologger(R):
        return std(R, "INFO", "No logger configured for temporal client. Created default one.", [])
    def n_decline(R):
        # a card decline is a non-retryable business error; the workflow marks the invoice unpaid and emails the customer
        return std(R, "ERROR", "Activity error.", [("Namespace", "payments"), ("TaskQueue", "payments"), ("WorkerID", wid(R, "payments")), ("WorkflowID", "charge-%s" % uuid(R)),
                                                   ("RunID", uuid(R)), ("ActivityType", "ChargeCard"), ("Attempt", "1"), ("Error", "card_declined: %s (type: CardDeclined, retryable: false)" % pick(R, ["insufficient_funds", "do_not_honor", "expired_card", "lost_card"]))])
    def n_app_info(R):
        return std(R, "INFO", pick(R, ["charge succeeded", "refund issued", "invoice marked unpaid, dunning email queued"]), [("Namespace", "payments"), ("TaskQueue", "payments"), ("WorkerID", wid(R, "payments")), ("WorkflowType", "ChargeInvoice"),
                                                                                                                             ("WorkflowID", "charge-%s" % uuid(R)), ("RunID", uuid(R)), ("Attempt", "1"), ("amount_cents", str(R.randint(500, 900000))), ("errors", "0")])
    def n_poll_transient(R):
        # one failed long-poll while the frontend pods roll; the next poll succeeds
        return zw(R, "warn", "internal/internal_worker_base.go:%d" % 468, "Failed to poll for task.", Namespace="fulfillment", TaskQueue="fulfillment", WorkerID=wid(R, "fulfillment"), WorkerType=pick(R, ["WorkflowWorker", "ActivityWorker"]),
                  Error=pick(R, ["rpc error: code = Unavailable desc = error reading from server: EOF", "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp %s:7233: connect: connection refused\"" % ip10(R, 70)]))
    def n_debug_exec(R):
        return zw(R, "debug", "internal/internal_event_handlers.go:%d" % 620, "ExecuteActivity", Namespace="fulfillment", TaskQueue="fulfillment", WorkerID=wid(R, "fulfillment"), WorkflowType="ShipOrder",
                  WorkflowID="ship-%s" % uuid(R), RunID=uuid(R), Attempt=1, ActivityID=str(R.randint(1, 14)), ActivityType=pick(R, ["ReserveStockV2", "CreateLabel", "NotifyCustomer"]))
    def n_wf_info(R):
        return zw(R, "info", "workflows/ship_order.go:%d" % R.randint(40, 120), pick(R, ["label created", "order shipped", "stock reserved"]), Namespace="fulfillment", TaskQueue="fulfillment", WorkflowType="ShipOrder",
                  WorkflowID="ship-%s" % uuid(R), RunID=uuid(R), carrier=pick(R, ["auspost", "dhl", "startrack"]), parcels=R.randint(1, 4))
    def n_retry_ok(R):
        return zw(R, "warn", "activities/render.go:%d" % 88, "S3 PutObject throttled, retrying", Namespace="billing", ActivityType="UploadInvoice", attempt=R.randint(1, 3), backoff="%dms" % pick(R, [100, 200, 400]), error="SlowDown: Please reduce your request rate.")
    def n_srv_shard(R):
        return srv(R, "info", pick(R, ["Range updated for shardID", "Acquired shard", "queue reader started"]), service="history", **{"shard-id": R.randint(1, 512), "address": "%s:7234" % ip10(R, 70), "shard-range-id": R.randint(10, 900), "logging-call-at": "context_impl.go:%d" % R.randint(1100, 2200)})
    def n_srv_notfound(R):
        return srv(R, "info", "history client encountered error", service="frontend", error="Workflow execution already completed", **{"service-error-type": "serviceerror.NotFound", "logging-call-at": "metric_client.go:%d" % 90})
    def n_srv_busy(R):
        return srv(R, "warn", "Workflow task not found", service="history", **{"wf-namespace-id": uuid(R), "wf-id": "ship-%s" % uuid(R), "wf-run-id": uuid(R), "wf-scheduled-event-id": R.randint(2, 90), "logging-call-at": "workflow_task_completed_handler.go:%d" % 412})
    def n_srv_startup(R):
        return srv(R, "info", pick(R, ["Membership heartbeat upserted successfully", "bootstrap hosts fetched", "Current reachable members", "Service resources started", "frontend starting"]), service=pick(R, ["frontend", "history", "matching"]),
                   **{"address": ip10(R, 70), "port": pick(R, [6933, 6934, 6935]), "hostId": uuid(R)})
    return [n_started, n_nologger, n_decline, n_app_info, n_poll_transient, n_debug_exec, n_wf_info, n_retry_ok, n_srv_shard, n_srv_notfound, n_srv_busy, n_srv_startup, n_app_info, n_wf_info, n_debug_exec]


def fam_temporal(R):
    return build(R, F1, [("payments-chargecard-nil-defaultsource-panic", tp_panic), ("fulfillment-shiporder-nondeterminism-reservestockv2", tf_nondet),
                         ("invoice-worker-frontend-cert-new-ca-untrusted", tw_tls), ("history-aurora-too-many-clients", ts_rds),
                         ("invoice-render-chromium-missing-distroless", ti_chromium)], t_negs())


# ---------------------------------------------------------------- grpc-go-services-zap-zerolog-slog
F2 = "grpc-go-services-zap-zerolog-slog"


def zap(R, level, caller, msg, **kw):
    d = {"level": level, "ts": ts_ns(R, 6), "caller": caller, "msg": msg, "service": "ledger"}
    d.update(kw)
    return jd(d)


def zl(R, level, message, **kw):
    d = {"level": level, "service": "pricing"}
    d.update(kw)
    d["time"] = ts_ns(R, 3)[:-5] + "Z"
    d["message"] = message
    return jd(d)


def lr(R, level, msg, **kw):
    s = "time=\"%s\" level=%s msg=\"%s\"" % (ts_ns(R, 0)[:-2] + "Z", level, msg)
    for k, v in kw.items():
        s += " %s=%s" % (k, v if (isinstance(v, int) or (" " not in str(v) and "\"" not in str(v))) else "\"%s\"" % str(v).replace("\"", "\\\""))
    return s


def sl(R, level, msg, **kw):
    s = "time=%s level=%s msg=%s" % (ts_ns(R, 3)[:-1] + "Z", level, "\"%s\"" % msg if " " in msg else msg)
    for k, v in kw.items():
        v = str(v)
        s += " %s=%s" % (k, "\"%s\"" % v.replace("\"", "\\\"") if (" " in v or "\"" in v or "=" in v) else v)
    return s


def g_deadline(R):
    # pricing 5.2 reads FX_TIMEOUT=2 as a time.Duration (2ns after *time.Millisecond refactor -> 2ms); every FX call times out
    return zl(R, "error", "fx rate lookup failed", error="rpc error: code = DeadlineExceeded desc = context deadline exceeded", method="/fx.v1.RatesService/GetRate", pair=pick(R, ["AUD/USD", "AUD/NZD", "AUD/EUR", "AUD/GBP", "AUD/JPY", "AUD/SGD"]),
              timeout="2ms", request_id=uuid(R))


def g_panic(R):
    # ledger 3.11: PostEntry reads entry.Account.Currency; transfers from archived accounts have Account == nil
    g = goroutine(R)
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%s]\n\n"
            "goroutine %d [running]:\n"
            "github.com/tallowfin/ledger/internal/posting.(*Service).PostEntry(0xc000%s, {0x1d7e2f0, 0xc00%s}, 0xc00%s)\n\t/src/internal/posting/service.go:143 +0x9c\n"
            "github.com/tallowfin/ledger/internal/grpcapi.(*Server).PostTransfer(0xc000%s, {0x1d7e2f0, 0xc00%s}, 0xc00%s)\n\t/src/internal/grpcapi/transfer.go:61 +0x2b5\n"
            "github.com/tallowfin/ledger/gen/ledger/v1._LedgerService_PostTransfer_Handler.func1({0x1d7e2f0?, 0xc00%s?}, {0x1a8c5e0?, 0xc00%s?})\n\t/src/gen/ledger/v1/ledger_grpc.pb.go:212 +0xcb\n"
            "google.golang.org/grpc.(*Server).processUnaryRPC(0xc000%s, {0x1d7e2f0, 0xc00%s}, {0x1d85b40, 0xc00%s}, 0xc00%s, 0xc000%s, 0x2a6e1c0, 0x0)\n\t/go/pkg/mod/google.golang.org/grpc@v1.66.2/server.go:1394 +0xe2b\n"
            "created by google.golang.org/grpc.(*Server).serveStreams.func2 in goroutine %d\n\t/go/pkg/mod/google.golang.org/grpc@v1.66.2/server.go:1029 +0x8b"
            % (pick(R, [0x28, 0x30]), "%x" % R.randint(0x1000000, 0x1ffffff), g, hexs(R, 6), hexs(R, 7), hexs(R, 7), hexs(R, 6), hexs(R, 7), hexs(R, 7), hexs(R, 7), hexs(R, 7), hexs(R, 6), hexs(R, 7), hexs(R, 7), hexs(R, 7), hexs(R, 6), R.randint(20, 200)))


def g_smtp(R):
    # the SES SMTP credentials of notify were rotated in Secrets Manager but the pod env still has the old ones
    return lr(R, "error", "send failed", error="535 Authentication Credentials Invalid", template=pick(R, ["order-confirmation", "password-reset", "invoice-ready", "shipping-update"]),
              to_domain=pick(R, ["gmail.com", "outlook.com", "bigpond.com", "tallowfin.example"]), attempt=R.randint(1, 3), smtp_host="email-smtp.%s.amazonaws.com:587" % REGION)


def g_resolver(R):
    # the catalog headless service was renamed catalog-grpc; search's dns:///catalog-headless target resolves to nothing
    return sl(R, "ERROR", "catalog lookup failed", err="rpc error: code = Unavailable desc = name resolver error: produced zero addresses", method="/catalog.v1.CatalogService/BatchGetProducts",
              target="dns:///catalog-headless.catalog.svc.cluster.local:9090", ids=R.randint(1, 200), request_id=hexs(R, 16))


def g_msgsize(R):
    # the statement exporter's ListTransactions responses for the largest merchants exceed grpc's default 4 MiB receive limit
    size = R.randint(4194305, 19000000)
    return zap(R, "warn", "logging/interceptors.go:%d" % 143, "finished call", **{"grpc.component": "client", "grpc.service": "archive.v1.TransactionArchive", "grpc.method": "ListTransactions", "grpc.method_type": "unary",
               "peer.address": "%s:9090" % ip10(R, 67), "grpc.start_time": ts_ns(R, 6), "grpc.code": "ResourceExhausted",
               "grpc.error": "rpc error: code = ResourceExhausted desc = grpc: received message larger than max (%d vs. 4194304)" % size, "grpc.time_ms": "%d.%s" % (R.randint(100, 9000), digits(R, 3)),
               "job": "statement-export", "merchant_id": "m_%s" % lower(R, 10)})


def g_negs():
    def n_ok(R):
        m = pick(R, [("ledger.v1.LedgerService", "PostTransfer"), ("ledger.v1.LedgerService", "GetBalance"), ("ledger.v1.StatementService", "ListStatements")])
        code = pick(R, ["OK", "OK", "OK", "NotFound", "InvalidArgument", "AlreadyExists", "Canceled"])
        kw = {"grpc.component": "server", "grpc.service": m[0], "grpc.method": m[1], "grpc.method_type": "unary", "peer.address": "%s:%d" % (ip10(R, 65), R.randint(30000, 60000)),
              "grpc.start_time": ts_ns(R, 6), "grpc.code": code, "grpc.time_ms": "%d.%s" % (R.randint(0, 300), digits(R, 3))}
        if code != "OK":
            kw["grpc.error"] = {"NotFound": "rpc error: code = NotFound desc = account acc_%s not found" % lower(R, 10), "InvalidArgument": "rpc error: code = InvalidArgument desc = amount must be positive",
                                "AlreadyExists": "rpc error: code = AlreadyExists desc = transfer with idempotency key already applied", "Canceled": "rpc error: code = Canceled desc = context canceled"}[code]
        return zap(R, "info", "logging/interceptors.go:%d" % 143, "finished call", **kw)
    def n_health(R):
        return zap(R, "debug", "logging/interceptors.go:%d" % 143, "finished call", **{"grpc.service": "grpc.health.v1.Health", "grpc.method": "Check", "grpc.code": "OK", "grpc.time_ms": "0.%s" % digits(R, 3), "peer.address": "%s:%d" % (ip10(R, 65), R.randint(30000, 60000))})
    def n_subchannel(R):
        return "%s %s: [core] [Channel #%d SubChannel #%d]%s" % (pick(R, ["INFO:", "WARNING:"]), "2029/09/%02d %s.%s" % (day(R), hms(R), digits(R, 6)), R.randint(1, 9), R.randint(2, 40), pick(R, [
            "Subchannel Connectivity change to CONNECTING", "Subchannel Connectivity change to READY", "Subchannel Connectivity change to IDLE",
            "grpc: addrConn.createTransport failed to connect to {Addr: \"%s:9090\", ServerName: \"catalog-grpc.catalog.svc.cluster.local:9090\", }. Err: connection error: desc = \"transport: Error while dialing: dial tcp %s:9090: connect: connection refused\"" % ((lambda a: (a, a))(ip10(R, 66)))]))
    def n_pricing_ok(R):
        return zl(R, pick(R, ["info", "debug"]), pick(R, ["quote computed", "fx rate cache hit", "price list refreshed"]), pair=pick(R, ["AUD/USD", "AUD/NZD", "AUD/EUR"]), latency_ms=R.randint(1, 90), request_id=uuid(R), errors=0)
    def n_pricing_retry(R):
        return zl(R, "warn", "promo service unavailable, retrying", error="rpc error: code = Unavailable desc = error reading from server: EOF", attempt=R.randint(1, 2), next_backoff="%dms" % pick(R, [50, 100, 200]), request_id=uuid(R))
    def n_notify_ok(R):
        return lr(R, pick(R, ["info", "info", "debug"]), pick(R, ["sent notification", "rendered template", "push delivered"]), template=pick(R, ["order-confirmation", "password-reset", "invoice-ready"]), channel=pick(R, ["email", "push", "sms"]), duration_ms=R.randint(5, 900), failed=0)
    def n_notify_bounce(R):
        # a hard bounce for a mistyped address: recorded and suppressed, nothing to fix on our side
        return lr(R, "warning", "recipient suppressed after hard bounce", bounce_type="Permanent", sub_type="General", to_domain=pick(R, ["gmial.com", "outlok.com", "yaho.com"]), message_id="0108019%s-%s-000000" % (hexs(R, 9), uuid(R)))
    def n_search_ok(R):
        return sl(R, pick(R, ["INFO", "DEBUG"]), pick(R, ["search served", "index refreshed", "suggestions served"]), q_len=R.randint(1, 40), hits=R.randint(0, 900), took=pick(R, ["%dms" % R.randint(2, 300), "%d.%sms" % (R.randint(1, 9), digits(R, 3))]), errors=0, request_id=hexs(R, 16))
    def n_search_warn(R):
        return sl(R, "WARN", "slow query", q=pick(R, ["\"red running shoes\"", "\"gift card\"", "\"kids raincoat\""]), took="%dms" % R.randint(800, 2400), threshold="750ms", request_id=hexs(R, 16))
    def n_boot(R):
        return pick(R, [sl(R, "INFO", "grpc server listening", addr=":9090", version="2.4.%d" % R.randint(0, 9)), zap(R, "info", "cmd/ledger/main.go:%d" % 77, "serving", addr=":9090", version="3.11.%d" % R.randint(0, 3)),
                        zl(R, "info", "starting pricing", version="5.2.%d" % R.randint(0, 3), fx_timeout="2"), lr(R, "info", "graceful shutdown: draining connections", inflight=R.randint(0, 30))])
    def n_unauth(R):
        return zap(R, "info", "logging/interceptors.go:%d" % 143, "finished call", **{"grpc.service": "ledger.v1.LedgerService", "grpc.method": "GetBalance", "grpc.code": "Unauthenticated", "grpc.error": "rpc error: code = Unauthenticated desc = token expired", "grpc.time_ms": "0.%s" % digits(R, 3), "peer.address": "%s:%d" % (ip10(R, 65), R.randint(30000, 60000))})
    return [n_ok, n_health, n_subchannel, n_pricing_ok, n_pricing_retry, n_notify_ok, n_notify_bounce, n_search_ok, n_search_warn, n_boot, n_unauth, n_ok, n_ok, n_search_ok, n_notify_ok]


def fam_grpc(R):
    return build(R, F2, [("pricing-fx-timeout-2ms-deadline-exceeded", g_deadline), ("ledger-posttransfer-nil-account-panic", g_panic),
                         ("notify-ses-smtp-credentials-stale-535", g_smtp), ("search-catalog-headless-renamed-zero-addresses", g_resolver),
                         ("ledger-statement-export-archive-response-exceeds-4mib", g_msgsize)], g_negs())


FAMILIES = {F1: fam_temporal, F2: fam_grpc}
