"""Families: go-slog-sqs-eventbridge-fulfilment-consumers, otel-collector-envoy-ecs-sidecars.

Go 1.23 order-event consumers of "quillmart" (invented): fulfilment-consumer and refund-consumer run on ECS Fargate
with log/slog's JSONHandler (time, level, msg + attributes; the awslogs driver's multiline pattern '^(\\{|panic: )'
keeps a Go panic and its goroutine dump as one event); marketplace-ingest is a Go Lambda on provided.al2023 that
uses slog's TextHandler and returns SQS partial batch responses (batchItemFailures); the runtime writes
START/END/REPORT lines.
The ECS tasks carry two sidecars: the ADOT/OpenTelemetry Collector (zap console encoder: time, level, caller, message,
then a JSON object of fields) and an Envoy 1.31 proxy (application log '[time][tid][level][logger] [file:line] msg';
ingress access log in Envoy's default text format; the egress listener writes a JSON access log)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, jds, ACCT, REGION, day, hms, iso,
                    xray, lambda_report, epoch)

# ---------------------------------------------------------------- go-slog-sqs-eventbridge-fulfilment-consumers
F1 = "go-slog-sqs-eventbridge-fulfilment-consumers"


def sl(R, level, msg, **kw):
    d = {"time": "2029-10-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 9)), "level": level, "msg": msg}
    d.update(kw)
    return jd(d)


def tx(R, level, msg, **kw):
    parts = ["time=2029-10-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 3)), "level=" + level, "msg=" + ('"%s"' % msg if " " in msg else msg)]
    for k, v in kw.items():
        v = str(v)
        parts.append("%s=%s" % (k, '"%s"' % v.replace('"', '\\"') if (" " in v or '"' in v or "=" in v) else v))
    return " ".join(parts)


def order_id(R):
    return "QM-%s-%s" % (digits(R, 6), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)))


def awsreq(R):
    return uuid(R)


def g_unmarshal(R):
    # the marketplace connector started sending "quantity" as a string; every such record fails and is retried to the DLQ
    return tx(R, "ERROR", "record failed", function="marketplace-ingest", messageId=uuid(R), receiveCount=R.randint(1, 5),
              err='decode order: json: cannot unmarshal string into Go struct field OrderLine.lines.quantity of type int', partner="brightcart")


def g_ddb(R):
    # bulk cancellations: the inventory table's GSI by-warehouse is write-throttled (provisioned 50 WCU), SDK retries run out
    if R.random() < 0.5:
        err = "operation error DynamoDB: UpdateItem, failed to get rate limit token, retry quota exceeded, 0 available, 5 requested"
    else:
        err = ("operation error DynamoDB: UpdateItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, "
               "ProvisionedThroughputExceededException: The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API" % upper(R, 52))
    return sl(R, "ERROR", "release reservation failed", service="fulfilment-consumer", queue="order-cancelled", orderId=order_id(R), sku="SKU-%s-%s" % (pick(R, ["SHOE", "JKT", "TEE"]), digits(R, 5)), err=err)


def g_putevents(R):
    # events moved to the new "fulfilment-prod" bus; the task role still only allows events:PutEvents on "default"
    return sl(R, "ERROR", "publish ShipmentCreated failed", service="fulfilment-consumer", orderId=order_id(R), bus="fulfilment-prod",
              err="operation error EventBridge: PutEvents, https response error StatusCode: 400, RequestID: %s, api error AccessDeniedException: User: arn:aws:sts::%s:assumed-role/fulfilment-consumer-task/%s is not authorized to perform: events:PutEvents on resource: arn:aws:events:%s:%s:event-bus/fulfilment-prod because no identity-based policy allows the events:PutEvents action" % (
                  awsreq(R), ACCT, hexs(R, 32), REGION, ACCT))


def g_panic(R):
    # refund-consumer dereferences order.Payment.Card for gift-card payments (Card is nil) and crashes; ECS restarts the task
    g = R.randint(30, 900)
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%x]\n\n"
            "goroutine %d [running]:\ngithub.com/quillmart/fulfilment/internal/refunds.(*Handler).refundToCard(0xc000%s, {0x1a2b3c0, 0xc000%s}, 0xc000%s)\n"
            "\t/src/internal/refunds/handler.go:%d +0x3c\ngithub.com/quillmart/fulfilment/internal/refunds.(*Handler).Handle(0xc000%s, {0x1a2b3c0, 0xc000%s}, {0xc000%s, 0x%x})\n"
            "\t/src/internal/refunds/handler.go:61 +0x1f4\ngithub.com/quillmart/fulfilment/internal/sqsx.(*Poller).dispatch.func1()\n\t/src/internal/sqsx/poller.go:118 +0x9a\n"
            "created by github.com/quillmart/fulfilment/internal/sqsx.(*Poller).dispatch in goroutine 1\n\t/src/internal/sqsx/poller.go:112 +0x1d5") % (
        R.randint(0x9a0000, 0x9affff), g, hexs(R, 6), hexs(R, 6), hexs(R, 6), pick(R, [88, 88, 89]), hexs(R, 6), hexs(R, 6), hexs(R, 6), R.randint(0x200, 0x900))


def g_receipt(R):
    # label generation now takes 40-70 s but the queue's visibility timeout is still 30 s: deletes fail, labels are printed twice
    return sl(R, "ERROR", "delete message failed", service="fulfilment-consumer", queue="shipment-requested", messageId=uuid(R), handleSeconds=R.randint(38, 75),
              err="operation error SQS: DeleteMessage, https response error StatusCode: 400, RequestID: %s, ReceiptHandleIsInvalid: The receipt handle has expired." % awsreq(R))


def g_negs():
    def n_proc(R):
        return sl(R, "INFO", "message processed", service=pick(R, ["fulfilment-consumer", "refund-consumer"]), queue=pick(R, ["order-paid", "order-cancelled", "shipment-requested", "refund-requested"]), messageId=uuid(R), durationMs=R.randint(4, 900))

    def n_batch(R):
        n = R.randint(1, 10)
        return tx(R, "INFO", "batch done", function="marketplace-ingest", records=n, succeeded=n, failed=0)

    def n_partial(R):
        # one record hit a transient throttle and is handed back through batchItemFailures; it succeeds on redelivery
        return tx(R, "WARN", "record returned for retry", function="marketplace-ingest", messageId=uuid(R), receiveCount=1, err="operation error DynamoDB: PutItem, https response error StatusCode: 400, ThrottlingException: Rate of requests exceeds the allowed throughput.")

    def n_dup(R):
        return sl(R, "INFO", "duplicate event skipped", service="fulfilment-consumer", orderId=order_id(R), reason="ConditionalCheckFailedException: The conditional request failed")

    def n_empty(R):
        return sl(R, "DEBUG", "receive returned 0 messages", service=pick(R, ["fulfilment-consumer", "refund-consumer"]), queue=pick(R, ["order-paid", "order-cancelled", "refund-requested"]), waitSeconds=20)

    def n_pe_ok(R):
        return sl(R, "INFO", "events published", service="fulfilment-consumer", bus="default", entries=R.randint(1, 10), failedEntryCount=0)

    def n_pe_retry(R):
        return sl(R, "WARN", "PutEvents throttled, retrying", service="fulfilment-consumer", attempt=R.randint(1, 2), backoffMs=pick(R, [50, 100, 200]), outcome="succeeded")

    def n_refund_ok(R):
        return sl(R, "INFO", "refund issued", service="refund-consumer", orderId=order_id(R), method=pick(R, ["card", "card", "paypal", "gift_card"]), amountCents=R.randint(100, 40000))

    def n_start(R):
        return sl(R, "INFO", pick(R, ["starting pollers", "shutdown signal received, draining in-flight messages", "all pollers stopped cleanly"]), service=pick(R, ["fulfilment-consumer", "refund-consumer"]), version="1.%d.%d" % (R.randint(20, 24), R.randint(0, 9)), pollers=R.randint(2, 8))

    def n_visibility(R):
        return sl(R, "DEBUG", "visibility extended", service="fulfilment-consumer", queue="shipment-requested", messageId=uuid(R), extendBySeconds=60)

    def n_label(R):
        return sl(R, "INFO", "label created", service="fulfilment-consumer", orderId=order_id(R), carrier=pick(R, ["DHL", "DPD", "GLS", "InPost"]), trackingId=upper(R, 12))

    def n_lambda(R):
        t = R.randint(0, 2)
        if t == 0:
            return "START RequestId: %s Version: $LATEST" % uuid(R)
        if t == 1:
            return "END RequestId: %s" % uuid(R)
        return lambda_report(R, uuid(R), R.random() * 400 + 3, 128, R.randint(20, 40), xr=False)

    def n_invalid(R):
        # schema validation rejects a partner record and sends it to the partner error topic: expected behaviour
        return tx(R, "WARN", "record rejected by schema", function="marketplace-ingest", messageId=uuid(R), partner="brightcart", reason="currency must be one of EUR,CHF,PLN")

    return [n_proc, n_batch, n_partial, n_dup, n_empty, n_pe_ok, n_pe_retry, n_refund_ok, n_start, n_visibility, n_label, n_lambda, n_invalid, n_proc, n_lambda, n_label]


def fam_go(R):
    return build(R, F1, [("marketplace-ingest-quantity-string-unmarshal", g_unmarshal), ("inventory-gsi-throttled-retry-quota-exceeded", g_ddb),
                         ("fulfilment-prod-bus-putevents-access-denied", g_putevents), ("refund-consumer-gift-card-nil-pointer-panic", g_panic),
                         ("shipment-visibility-timeout-receipt-handle-expired", g_receipt)], g_negs())


# ---------------------------------------------------------------- otel-collector-envoy-ecs-sidecars
F2 = "otel-collector-envoy-ecs-sidecars"


def otel(R, level, caller, msg, fields):
    return "%s\t%s\t%s\t%s\t%s" % (iso(R), level, caller, msg, jds(fields))


def envoy_app(R, level, logger, src, msg):
    return "[2029-10-%02d %s.%s][%d][%s][%s] [%s] %s" % (day(R), hms(R), digits(R, 3), R.randint(1, 40), level, logger, src, msg)


def access(R, method, path, code, flags, rx, tx_, dur, ust, authority, upstream, ua=None):
    return "[%s] \"%s %s HTTP/1.1\" %d %s %d %d %d %s \"%s\" \"%s\" \"%s\" \"%s\" \"%s\"" % (
        iso(R), method, path, code, flags, rx, tx_, dur, ust, ip10(R, 52), ua or pick(R, ["Quillmart/5.2.0 (iOS 18.1)", "Go-http-client/1.1", "okhttp/4.12.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)"]), uuid(R), authority, upstream)


def comp(name, kind, signal):
    return {"otelcol.component.id": name, "otelcol.component.kind": kind, "otelcol.signal": signal}


def h_emf(R):
    # the collector's task role policy was scoped to /aws/ecs/*; the EMF exporter's new log group /metrics/checkout is denied
    f = comp("awsemf/checkout", "exporter", "metrics")
    f["error"] = "Permanent error: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/checkout-otel-task/%s is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:%s:%s:log-group:/metrics/checkout:log-stream:otel-stream-%s because no identity-based policy allows the logs:PutLogEvents action\n\tstatus code: 400, request id: %s" % (ACCT, hexs(R, 32), REGION, ACCT, hexs(R, 32), uuid(R))
    f["dropped_items"] = R.randint(12, 400)
    return otel(R, "error", "internal/queue_sender.go:%d" % pick(R, [49, 49, 57]), "Exporting failed. Dropping data.", f)


def h_memlimit(R):
    # the collector sidecar was given 128 MiB in the task definition while the tail-sampling buffer keeps 30 s of spans
    if R.random() < 0.4:
        f = comp("memory_limiter", "processor", pick(R, ["traces", "traces", "metrics"]))
        f["cur_mem_mib"] = R.randint(113, 127)
        return otel(R, "warn", "memorylimiter/memorylimiter.go:%d" % pick(R, [205, 211]), "Memory usage is above hard limit. Forcing a GC.", f)
    f = comp("otlp", "receiver", "traces")
    f["error"] = "data refused due to high memory usage"
    f["refused_spans"] = R.randint(40, 900)
    return otel(R, "error", "otlpreceiver@v0.%d.0/otlp.go:%d" % (R.randint(110, 112), R.randint(120, 130)), "Failed to receive spans, data refused", f)


def h_tls(R):
    # the egress Envoy pins an old CA bundle; the payment provider's new certificate chain fails verification
    return jd({"start_time": iso(R), "method": "POST", "path": pick(R, ["/merchants/qm-eu/transactions", "/merchants/qm-eu/transaction_line_items", "/merchants/qm-eu/payment_methods"]),
               "protocol": "HTTP/1.1", "response_code": 503, "response_flags": "UF", "response_code_details": "upstream_reset_before_response_started{remote_connection_failure|TLS_error:|268435581:SSL_routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end}",
               "upstream_transport_failure_reason": "TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end",
               "bytes_received": R.randint(300, 2400), "bytes_sent": 91 + R.randint(0, 100), "duration": R.randint(20, 90), "upstream_cluster": "egress_braintree", "upstream_host": "%s:443" % pick(R, ["52.29.18.%d", "3.120.44.%d", "18.196.57.%d"]) % R.randint(2, 250),
               "authority": "payments.braintree-api.com", "x_request_id": uuid(R), "listener": "egress"})


def h_uh(R):
    # inventory v2.8 removed /healthz; Envoy's active health check marks every host unhealthy -> 503 UH for all calls
    p = pick(R, ["/v1/reservations", "/v1/stock/SKU-SHOE-%s" % digits(R, 5), "/v1/reservations/%s/release" % uuid(R)])
    return access(R, pick(R, ["POST", "GET"]) if "stock" in p else "POST", p, 503, "UH", R.randint(0, 900), 19, R.randint(0, 1), "-", "inventory.quillmart.local:8080", "-")


def h_xds(R):
    # the control plane started sending clusters with lb_policy LEAST_REQUEST_V2 (unknown enum); every CDS update is rejected
    ver = "%d" % R.randint(20311, 20420)
    return envoy_app(R, "warning", "config", "source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:%d" % pick(R, [130, 130, 138]),
                     "gRPC config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: Proto constraint validation failed (ClusterValidationError.LbPolicy: value must be one of the defined enum values): name: \"%s\" lb_policy: 9 (version_info %s)" % (
                         pick(R, ["inventory_v2", "payments", "cart", "fraud_api"]), ver))


def h_negs():
    def n_ready(R):
        return otel(R, "info", pick(R, ["service@v0.111.0/service.go:239", "extensions/extensions.go:39", "otlpreceiver@v0.111.0/otlp.go:169"]), pick(R, ["Everything is ready. Begin running and processing data.", "Starting extensions...", "Starting GRPC server"]),
                    {"endpoint": "0.0.0.0:4317"} if R.random() < 0.3 else {"resource": {"service.instance.id": uuid(R), "service.name": "aws-otel-collector", "service.version": "v0.41.1"}})

    def n_retry(R):
        f = comp(pick(R, ["awsxray", "otlphttp/vendor"]), "exporter", "traces")
        f["error"] = "Throttling: Rate exceeded\n\tstatus code: 400, request id: %s" % uuid(R) if "xray" in f["otelcol.component.id"] else "Post \"https://otlp.observability.example/v1/traces\": 503 Service Unavailable"
        f["interval"] = "%.9fs" % (R.random() * 8 + 1)
        return otel(R, "info", "internal/retry_sender.go:%d" % pick(R, [118, 126]), "Exporting failed. Will retry the request after interval.", f)

    def n_dev(R):
        f = comp(pick(R, ["awsecscontainermetrics", "resourcedetection/ecs", "tail_sampling"]), pick(R, ["receiver", "processor", "processor"]), pick(R, ["metrics", "traces"]))
        return otel(R, "info", "builders/builders.go:26", "Development component. May change in the future.", f)

    def n_mem_ok(R):
        f = comp("memory_limiter", "processor", "traces")
        f["cur_mem_mib"] = R.randint(30, 90)
        return otel(R, "debug", "memorylimiter/memorylimiter.go:198", "Currently used memory.", f)

    def n_200(R):
        p = pick(R, ["/v1/carts/c_%s", "/v1/payments/%s/authorise", "/v1/orders/%s", "/v1/score"])
        p = p % lower(R, 16) if "%s" in p else p
        return access(R, pick(R, ["GET", "POST"]), p, pick(R, [200, 200, 201, 204]), "-", R.randint(0, 4000), R.randint(2, 9000), R.randint(2, 800), str(R.randint(1, 790)), pick(R, ["cart.quillmart.example", "payments.quillmart.local:8080", "fraud-api.quillmart.local:8080"]), "127.0.0.1:%d" % pick(R, [8080, 8081, 3000]))

    def n_404(R):
        return access(R, "GET", pick(R, ["/.env", "/wp-login.php", "/v1/orders/QM-000000-XXXX", "/actuator/env", "/.git/config"]), 404, "-", 0, R.randint(0, 120), R.randint(0, 9), str(R.randint(0, 8)), "cart.quillmart.example", "127.0.0.1:3000", ua=pick(R, ["Mozilla/5.0 zgrab/0.x", "python-requests/2.32.3", "curl/8.5.0"]))

    def n_dc(R):
        # the client went away before the response (app closed): response code 0, flag DC
        return access(R, "GET", "/v1/carts/c_%s" % lower(R, 16), 0, "DC", 0, 0, R.randint(100, 30000), "-", "cart.quillmart.example", "127.0.0.1:3000")

    def n_hc(R):
        return access(R, "GET", "/health", 200, "-", 0, 2, 0, "0", "%s:15000" % ip10(R, 52), "127.0.0.1:8080", ua="ELB-HealthChecker/2.0")

    def n_egress_ok(R):
        return jd({"start_time": iso(R), "method": "POST", "path": pick(R, ["/v71/payments", "/v71/payments/%s/captures" % upper(R, 16), "/v1/payment_intents"]), "protocol": "HTTP/1.1", "response_code": pick(R, [200, 200, 201, 422]),
                   "response_flags": "-", "response_code_details": "via_upstream", "upstream_transport_failure_reason": None, "bytes_received": R.randint(300, 2400), "bytes_sent": R.randint(200, 3000), "duration": R.randint(80, 900),
                   "upstream_cluster": pick(R, ["egress_adyen", "egress_stripe"]), "upstream_host": "%s:443" % pick(R, ["35.157.1.%d", "54.187.174.%d"]) % R.randint(2, 250), "authority": pick(R, ["checkout-live.adyenpayments.com", "api.stripe.com"]), "x_request_id": uuid(R), "listener": "egress"})

    def n_cds(R):
        return envoy_app(R, "info", "upstream", "source/common/upstream/cds_api_helper.cc:%d" % pick(R, [32, 71]), pick(R, ["cds: add %d cluster(s), remove 0 cluster(s)" % R.randint(4, 14), "cds: added/updated %d cluster(s), skipped %d unmodified cluster(s)" % (R.randint(1, 4), R.randint(3, 12))]))

    def n_lds(R):
        return envoy_app(R, "info", "upstream", "source/extensions/listener_managers/listener_manager/lds_api.cc:%d" % pick(R, [85, 109]), "lds: add/update listener '%s'" % pick(R, ["ingress", "egress", "admin_stats", "otlp_forward"]))

    def n_init(R):
        return envoy_app(R, "info", "main", "source/server/server.cc:%d" % pick(R, [932, 957, 1003]), pick(R, ["all clusters initialized. initializing init manager", "starting main dispatch loop", "runtime: layers:\n  - name: static_layer_0"]))

    def n_drain(R):
        return envoy_app(R, "info", "main", "source/server/drain_manager_impl.cc:%d" % R.randint(170, 180), "shutting down parent after drain (ECS task stopping, SIGTERM received)")

    def n_conn_eof(R):
        return envoy_app(R, "debug", "conn_handler", "source/common/listener_manager/active_tcp_listener.cc:%d" % R.randint(150, 160), "[Tags: \"ConnectionId\":\"%d\"] new connection from %s:%d" % (R.randint(100, 90000), ip10(R, 52), R.randint(30000, 60000)))

    return [n_ready, n_retry, n_dev, n_mem_ok, n_200, n_404, n_dc, n_hc, n_egress_ok, n_cds, n_lds, n_init, n_drain, n_conn_eof, n_200, n_200, n_egress_ok, n_retry]


def fam_otel(R):
    return build(R, F2, [("awsemf-metrics-log-group-putlogevents-denied", h_emf), ("collector-sidecar-128mib-memory-limiter-refusing", h_memlimit),
                         ("egress-braintree-ca-bundle-certificate-verify-failed", h_tls), ("inventory-v2-healthz-removed-no-healthy-upstream", h_uh),
                         ("control-plane-cds-unknown-lb-policy-rejected", h_xds)], h_negs())


FAMILIES = {F1: fam_go, F2: fam_otel}
