"""Families: py312-powertools-order-pipeline-lambda, node20-apigw-bookings-lambda-pino."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    at, ms, epoch, epoch_ms, lstart, lend, lreport, ACCT)

# ---------------------------------------------------------------- py312-powertools-order-pipeline-lambda
# "fernhollow" garden-supplies shop: an order pipeline of Python 3.12 Lambdas (validate -> reserve-stock ->
# capture-payment -> confirm -> invoice-pdf, notify off SQS) logging with Powertools Logger (JSON), Powertools
# Metrics (EMF) and the Lambda platform's text lines. One log group per function; region eu-west-1.
F1 = "py312-powertools-order-pipeline-lambda"
FNS = {"validate": 256, "reserve-stock": 256, "capture-payment": 512, "confirm": 256, "invoice-pdf": 1024, "notify": 256}


def xtrace(R):
    return "1-%s-%s" % (hexs(R, 8), hexs(R, 24))


def pts(R, t=None):
    d, h, m = t or at(R)
    return "2028-09-%02d %s,%s+0000" % (d, h, m)


def pt(R, level, loc, msg, fn, cold=False, rid=None, extra=None, exc=None, exc_name=None):
    d = {"level": level, "location": loc, "message": msg, "timestamp": pts(R), "service": "orders",
         "cold_start": cold, "function_name": "fh-orders-" + fn, "function_memory_size": str(FNS[fn]),
         "function_arn": "arn:aws:lambda:eu-west-1:%s:function:fh-orders-%s" % (ACCT, fn),
         "function_request_id": rid or uuid(R), "xray_trace_id": xtrace(R)}
    if extra:
        d.update(extra)
    if exc:
        d["exception"] = exc
        d["exception_name"] = exc_name
    return jd(d)


def order_id(R):
    return "FH-%s-%s" % (digits(R, 6), alnum(R, 4).upper())


def tb(*frames):
    return "Traceback (most recent call last):\n" + "".join('  File "%s", line %d, in %s\n    %s\n' % f for f in frames)


def rt_err(R, rid, text):
    return "[ERROR]\t%s\t%s\t%s" % (iso(R), rid, text)


def po_reserve_timeout(R):
    r = R.random()
    rid = uuid(R)
    if r < 0.35:
        return "%s %s Task timed out after 15.0%d seconds" % (iso(R), rid, R.randint(1, 9))
    if r < 0.6:
        return lreport(R, 256, dur=R.uniform(15000.5, 15012), used=R.randint(88, 120), status="timeout", rid=rid)
    o = order_id(R)
    exc = tb(("/var/task/reserve_stock/app.py", 58, "handler", "reservation = inventory.reserve(order_id, lines)"),
             ("/var/task/reserve_stock/inventory.py", 31, "reserve", "resp = self.session.post(url, json=body, timeout=14)"),
             ("/var/lang/lib/python3.12/site-packages/requests/adapters.py", 713, "send", "raise ReadTimeout(e, request=request)")) + \
        "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='inventory.fernhollow.internal', port=443): Read timed out. (read timeout=14)"
    return pt(R, "ERROR", "handler:%d" % 61, "inventory reservation failed", "reserve-stock", rid=rid,
              extra={"order_id": o, "lines": R.randint(1, 9), "elapsed_ms": R.randint(14001, 14990)}, exc=exc, exc_name="ReadTimeout")


def po_capture_condition(R):
    rid = uuid(R)
    o = order_id(R)
    msg = "An error occurred (ConditionalCheckFailedException) when calling the UpdateItem operation: The conditional request failed"
    r = R.random()
    if r < 0.5:
        exc = tb(("/var/task/capture_payment/app.py", 77, "handler", "repo.mark_captured(order_id, charge.id)"),
                 ("/var/task/capture_payment/repo.py", 44, "mark_captured", "self.table.update_item("),
                 ("/var/lang/lib/python3.12/site-packages/botocore/client.py", 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")) + \
            "botocore.errorfactory.ConditionalCheckFailedException: " + msg
        return pt(R, "ERROR", "mark_captured:%d" % 52, "failed to record capture; charge captured but order not updated", "capture-payment", rid=rid,
                  extra={"order_id": o, "charge_id": "ch_%s" % alnum(R, 14), "table": "fh-orders", "condition": "attribute_not_exists(pk) AND #s = :reserved"}, exc=exc, exc_name="ConditionalCheckFailedException")
    return rt_err(R, rid, "ConditionalCheckFailedException: %s\n" % msg + tb(
        ("/var/task/capture_payment/app.py", 77, "handler", "repo.mark_captured(order_id, charge.id)"),
        ("/var/task/capture_payment/repo.py", 44, "mark_captured", "self.table.update_item(")).rstrip("\n"))


def po_confirm_keyerror(R):
    rid = uuid(R)
    r = R.random()
    frames = (("/var/task/confirm/app.py", 39, "handler", "return confirm(order)"),
              ("/var/task/confirm/app.py", 24, "confirm", "addr = format_address(order[\"shipping_address\"])"))
    if r < 0.45:
        return "[ERROR] KeyError: 'shipping_address'\n" + tb(("/var/task/aws_lambda_powertools/logging/logger.py", 449, "decorate", "return lambda_handler(event, context, *args, **kwargs)"), *frames).rstrip("\n")
    if r < 0.75:
        return pt(R, "ERROR", "confirm:%d" % 24, "order confirmation failed", "confirm", rid=rid,
                  extra={"order_id": order_id(R), "fulfilment": "click_and_collect", "store": "store-%02d" % R.randint(1, 14)},
                  exc=tb(*frames) + "KeyError: 'shipping_address'", exc_name="KeyError")
    return "LAMBDA_WARNING: Unhandled exception. The most likely cause is an issue in the function code. [fh-orders-confirm %s]" % rid


def po_pdf_oom(R):
    rid = uuid(R)
    r = R.random()
    if r < 0.4:
        return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % rid
    if r < 0.8:
        return lreport(R, 1024, dur=R.uniform(4000, 22000), used=1024, status="error", etype="Runtime.OutOfMemory", rid=rid)
    return pt(R, "WARNING", "render:%d" % 88, "rendering large invoice", "invoice-pdf", rid=rid,
              extra={"order_id": order_id(R), "pages": R.randint(180, 420), "rss_mb": R.randint(930, 1010), "memory_limit_mb": 1024})


def po_ses_throttle(R):
    rid = uuid(R)
    o = order_id(R)
    m = "An error occurred (Throttling) when calling the SendEmail operation (reached max retries: 4): Maximum sending rate exceeded."
    if R.random() < 0.6:
        exc = tb(("/var/task/notify/app.py", 33, "record_handler", "ses.send_email(**message)"),
                 ("/var/lang/lib/python3.12/site-packages/botocore/client.py", 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")) + "botocore.exceptions.ClientError: " + m
        return pt(R, "ERROR", "record_handler:%d" % 35, "order confirmation email not sent", "notify", rid=rid,
                  extra={"order_id": o, "template": "order-confirmed-v4"}, exc=exc, exc_name="ClientError")
    return pt(R, "WARNING", "failure_handler:%d" % 191, "Record processing exception: %s" % m, "notify", rid=rid,
              extra={"message_id": uuid(R), "attempt": R.randint(4, 5), "max_receive_count": 5})


def po_negs():
    def n_start(R): return lstart(R)
    def n_end(R): return lend(R)
    def n_report(R):
        fn = pick(R, list(FNS))
        return lreport(R, FNS[fn], dur=R.uniform(3, 1800), init=R.uniform(380, 1400) if R.random() < 0.15 else None, xray=R.random() < 0.3)
    def n_init(R): return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:%s" % (pick(R, [40, 41]), hexs(R, 64))
    def n_ext(R): return "EXTENSION\tName: %s\tState: Ready\tEvents: [%s]" % (pick(R, ["AWSParametersAndSecretsLambdaExtension", "lambda-insights", "collector"]), pick(R, ["INVOKE, SHUTDOWN", "SHUTDOWN, INVOKE"]))
    def n_validated(R): return pt(R, "INFO", "handler:%d" % 47, "order validated", "validate", cold=R.random() < 0.1, extra={"order_id": order_id(R), "lines": R.randint(1, 12), "total_pence": R.randint(399, 89000), "error": None})
    def n_reject(R):
        f = pick(R, [("data.items[%d].quantity must be bigger than or equal to 1" % R.randint(0, 5), "items.quantity"), ("data.postcode must match pattern", "postcode"), ("data must contain ['email'] properties", "email")])
        return pt(R, "WARNING", "handler:%d" % 41, "order rejected: invalid payload", "validate", extra={"status_code": 400, "validation_error": f[0], "field": f[1], "client_id": "web-%s" % lower(R, 6)})
    def n_dup(R): return pt(R, "INFO", "reserve:%d" % 72, "reservation already exists for order, skipping duplicate delivery", "reserve-stock", extra={"order_id": order_id(R), "reason": "ConditionalCheckFailedException", "expected": True, "sqs_receive_count": R.randint(2, 3)})
    def n_retry(R): return pt(R, "WARNING", "reserve:%d" % 29, "inventory API returned 503, retrying", "reserve-stock", extra={"attempt": 1, "max_attempts": 3, "backoff_ms": pick(R, [200, 400]), "order_id": order_id(R)})
    def n_retry_ok(R): return pt(R, "INFO", "reserve:%d" % 64, "inventory reserved", "reserve-stock", extra={"order_id": order_id(R), "attempts": pick(R, [1, 1, 2]), "elapsed_ms": R.randint(80, 1900)})
    def n_flag(R): return pt(R, "INFO", "flags:%d" % 18, "feature flag 'split_shipments' not found in AppConfig profile, using default", "confirm", extra={"default": False, "profile": "fh-orders-flags"})
    def n_cache(R): return pt(R, "DEBUG", "prices:%d" % 22, "price cache miss, loading from table", "validate", extra={"sku": "SKU-%s" % digits(R, 5), "table": "fh-prices"})
    def n_emf(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "fernhollow/orders", "Dimensions": [["service"]], "Metrics": [{"Name": "OrdersFailed", "Unit": "Count"}, {"Name": "OrdersProcessed", "Unit": "Count"}]}]}, "service": "orders", "OrdersFailed": [0.0], "OrdersProcessed": [float(R.randint(1, 40))]})
    def n_cold(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "fernhollow/orders", "Dimensions": [["function_name", "service"]], "Metrics": [{"Name": "ColdStart", "Unit": "Count"}]}]}, "function_name": "fh-orders-" + pick(R, list(FNS)), "service": "orders", "ColdStart": [1.0]})
    def n_nometrics(R): return "/var/task/aws_lambda_powertools/metrics/provider/base.py:%d: UserWarning: No application metrics to publish. The cold-start metric may be published if enabled. If application metrics should never be empty, consider using 'raise_on_empty_metrics' [%s]" % (pick(R, [211, 212]), uuid(R)[:8])
    def n_declined(R): return pt(R, "INFO", "handler:%d" % 69, "payment declined by issuer", "capture-payment", extra={"order_id": order_id(R), "decline_code": pick(R, ["insufficient_funds", "card_declined", "expired_card"]), "outcome": "customer_notified"})
    def n_batch(R): return pt(R, "INFO", "handler:%d" % 51, "batch processed", "notify", extra={"records": R.randint(1, 10), "failed": 0, "batchItemFailures": []})
    def n_creds(R): return "[INFO]\t%s\t%s\tFound credentials in environment variables." % (iso(R), uuid(R))
    def n_ssm(R): return pt(R, "INFO", "config:%d" % 30, "configuration loaded", "capture-payment", cold=True, extra={"source": "ssm:/fernhollow/prod/payments", "keys": R.randint(4, 9), "errors": 0})
    def n_sent(R): return pt(R, "INFO", "record_handler:%d" % 38, "email sent", "notify", extra={"order_id": order_id(R), "ses_message_id": "0102%s-%s-000000" % (hexs(R, 12), uuid(R))})
    def n_pdf(R): return pt(R, "INFO", "handler:%d" % 40, "invoice rendered", "invoice-pdf", extra={"order_id": order_id(R), "pages": R.randint(1, 6), "s3_key": "invoices/2028/09/%s.pdf" % order_id(R), "render_ms": R.randint(300, 2400)})
    def n_json_report(R):
        return jd({"time": iso(R), "type": "platform.report", "record": {"requestId": uuid(R), "metrics": {"durationMs": round(R.uniform(20, 600), 3), "billedDurationMs": R.randint(21, 601), "memorySizeMB": 256, "maxMemoryUsedMB": R.randint(80, 130)}, "status": "success"}})
    def n_json_start(R): return jd({"time": iso(R), "type": "platform.start", "record": {"requestId": uuid(R), "version": "$LATEST"}})
    def n_shutdown(R): return jd({"time": iso(R), "type": "platform.runtimeDone", "record": {"requestId": uuid(R), "status": "success", "metrics": {"durationMs": round(R.uniform(5, 300), 3), "producedBytes": R.randint(20, 800)}}})
    return [n_start, n_end, n_report, n_init, n_ext, n_validated, n_reject, n_dup, n_retry, n_retry_ok, n_flag, n_cache,
            n_emf, n_cold, n_nometrics, n_declined, n_batch, n_creds, n_ssm, n_sent, n_pdf, n_json_report, n_json_start,
            n_shutdown, n_start, n_end, n_report]


def fam1(R):
    return build(R, F1, [("reserve-stock-inventory-api-timeouts", po_reserve_timeout),
                         ("capture-payment-wrong-condition-expression", po_capture_condition),
                         ("confirm-keyerror-click-and-collect-orders", po_confirm_keyerror),
                         ("invoice-pdf-out-of-memory-large-orders", po_pdf_oom),
                         ("notify-ses-sending-rate-throttled", po_ses_throttle)], po_negs())


# ---------------------------------------------------------------- node20-apigw-bookings-lambda-pino
# "quaystone" meeting-room bookings API: Node.js 20 Lambdas behind an API Gateway REST API (stage prod) with
# pino JSON logs written straight to stdout, console.* lines with the runtime's prefix, API Gateway execution
# logs and a JSON access log; an ADOT collector extension on the API functions.
F2 = "node20-apigw-bookings-lambda-pino"
APIID = "k3v9qz7w1d"


def pino(R, level, msg, extra=None, rid=None):
    d = {"level": level, "time": epoch_ms(R), "pid": 8, "hostname": "169.254.%d.%d" % (R.randint(10, 99), R.randint(2, 254)),
         "awsRequestId": rid or uuid(R), "svc": "bookings-api"}
    if extra:
        d.update(extra)
    d["msg"] = msg
    return jd(d)


def nlog(R, level, rid, text):
    return "%s\t%s\t%s\t%s" % (iso(R), rid, level, text)


def acc(R, method, path, status, lat=None, ierr="-"):
    return jd({"requestId": uuid(R), "ip": ipdoc(R), "requestTime": "%02d/Sep/2028:%s +0000" % (day(R), hms(R)), "httpMethod": method,
               "resourcePath": path, "status": str(status), "protocol": "HTTP/1.1", "responseLength": str(R.randint(2, 4800)),
               "integrationLatency": str(lat if lat is not None else R.randint(12, 900)), "integrationError": ierr})


def exe(R, text, rid=None):
    return "(%s) %s" % (rid or uuid(R), text)


def bk_slots(R):
    rid = uuid(R)
    rsc = "room-%s" % lower(R, 5)
    r = R.random()
    stack = ["TypeError: Cannot read properties of undefined (reading 'slots')",
             "    at computeAvailability (/var/task/availability.js:%d:%d)" % (pick(R, [88, 88, 91]), 37),
             "    at Runtime.handler (/var/task/index.js:142:24)",
             "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"]
    if r < 0.35:
        return nlog(R, "ERROR", rid, "Invoke Error \t" + jd({"errorType": "TypeError", "errorMessage": "Cannot read properties of undefined (reading 'slots')", "stack": stack}))
    if r < 0.6:
        return exe(R, "Lambda execution failed with status 200 due to customer function error: Cannot read properties of undefined (reading 'slots'). Lambda request id: %s" % rid)
    if r < 0.8:
        return acc(R, "GET", "/v1/resources/{resourceId}/availability", 502, ierr="-")
    return pino(R, 50, "availability lookup failed", {"resourceId": rsc, "schedule": None, "err": {"type": "TypeError", "message": "Cannot read properties of undefined (reading 'slots')", "stack": "\n".join(stack)}}, rid)


def bk_pool(R):
    r = R.random()
    if r < 0.65:
        return pino(R, 50, "create booking failed", {"route": "POST /v1/bookings", "statusCode": 500, "db": "quaystone-proxy.proxy-cx7m2y9a.eu-west-1.rds.amazonaws.com",
                                                     "err": {"type": "Error", "message": "timeout exceeded when trying to connect", "stack": "Error: timeout exceeded when trying to connect\n    at Timeout._onTimeout (/var/task/node_modules/pg-pool/index.js:205:27)\n    at listOnTimeout (node:internal/timers:573:17)\n    at process.processTimers (node:internal/timers:514:7)"}})
    return acc(R, "POST", "/v1/bookings", 500, lat=R.randint(10020, 10400))


def bk_import(R):
    r = R.random()
    if r < 0.55:
        return nlog(R, "ERROR", "undefined", "Uncaught Exception \t" + jd({"errorType": "Runtime.ImportModuleError", "errorMessage": "Error: Cannot find module 'ioredis'\nRequire stack:\n- /var/task/notify/index.js\n- /var/runtime/index.mjs", "stack": ["Runtime.ImportModuleError: Error: Cannot find module 'ioredis'", "Require stack:", "- /var/task/notify/index.js", "- /var/runtime/index.mjs", "    at _loadUserApp (file:///var/runtime/index.mjs:%d:17)" % 1087, "    at async UserFunction.js.module.exports.load (file:///var/runtime/index.mjs:1119:21)"]}))
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ImportModuleError" % (R.uniform(180, 420), pick(R, ["init", "invoke"]))


def bk_secret(R):
    rid = uuid(R)
    m = "User: arn:aws:sts::%s:assumed-role/quaystone-partner-sync-role/quaystone-partner-sync is not authorized to perform: secretsmanager:GetSecretValue on resource: quaystone/prod/partner-calendar-v2 because no identity-based policy allows the secretsmanager:GetSecretValue action" % ACCT
    if R.random() < 0.6:
        return pino(R, 50, "partner calendar sync aborted", {"partner": pick(R, ["roomlink", "deskly", "officehub"]), "err": {"type": "AccessDeniedException", "message": m, "$metadata": {"httpStatusCode": 400, "requestId": uuid(R), "attempts": 1}, "name": "AccessDeniedException"}}, rid)
    return nlog(R, "ERROR", rid, "Invoke Error \t" + jd({"errorType": "AccessDeniedException", "errorMessage": m, "name": "AccessDeniedException", "$fault": "client"}))


def bk_search(R):
    r = R.random()
    rid = uuid(R)
    if r < 0.35:
        return exe(R, "Execution failed due to a timeout error")
    if r < 0.6:
        return acc(R, "GET", "/v1/search", 504, lat=R.randint(29000, 29050), ierr="Endpoint request timed out")
    if r < 0.8:
        return "%s %s Task timed out after 30.0%d seconds" % (iso(R), rid, R.randint(1, 9))
    return pino(R, 40, "opensearch query still running", {"route": "GET /v1/search", "elapsedMs": R.randint(25000, 29900), "index": "bookings-v3", "query": "match_phrase_prefix", "q_len": R.randint(1, 2)}, rid)


def bk_negs():
    def n_start(R): return lstart(R)
    def n_end(R): return lend(R)
    def n_report(R): return lreport(R, pick(R, [512, 1024]), dur=R.uniform(8, 700), init=R.uniform(210, 900) if R.random() < 0.2 else None, xray=R.random() < 0.4)
    def n_init(R): return "INIT_START Runtime Version: nodejs:20.v%d\tRuntime Version ARN: arn:aws:lambda:eu-central-1::runtime:%s" % (pick(R, [33, 34]), hexs(R, 64))
    def n_ok(R):
        route, sc = pick(R, [("GET /v1/bookings/{id}", 200), ("GET /v1/resources", 200), ("POST /v1/bookings", 201), ("DELETE /v1/bookings/{id}", 204)])
        return pino(R, 30, "request completed", {"route": route, "statusCode": sc, "responseTime": R.randint(9, 600), "error": None})
    def n_404(R): return pino(R, 30, "booking not found", {"route": "GET /v1/bookings/{id}", "bookingId": "bk_%s" % alnum(R, 12), "statusCode": 404})
    def n_401(R): return pino(R, 40, "rejecting request: missing or malformed bearer token", {"statusCode": 401, "userAgent": pick(R, ["curl/8.5.0", "okhttp/4.12.0", "python-requests/2.32.3"])})
    def n_zod(R): return pino(R, 40, "invalid request body", {"statusCode": 400, "err": {"type": "ZodError", "message": "[{\"code\":\"invalid_type\",\"expected\":\"string\",\"received\":\"undefined\",\"path\":[\"%s\"],\"message\":\"Required\"}]" % pick(R, ["startsAt", "resourceId", "attendees"])}, "clientId": "app-%s" % lower(R, 6)})
    def n_409(R): return pino(R, 30, "slot already booked", {"statusCode": 409, "resourceId": "room-%s" % lower(R, 5), "conflictWith": "bk_%s" % alnum(R, 12)})
    def n_acc(R): return acc(R, pick(R, ["GET", "GET", "POST", "DELETE"]), pick(R, ["/v1/bookings/{id}", "/v1/resources", "/v1/bookings", "/v1/resources/{resourceId}/availability"]), pick(R, [200, 200, 200, 201, 204, 404, 400, 401, 409]))
    def n_429(R): return jd({"requestId": uuid(R), "ip": ipdoc(R), "requestTime": "%02d/Sep/2028:%s +0000" % (day(R), hms(R)), "httpMethod": "GET", "resourcePath": "/v1/resources", "status": "429", "protocol": "HTTP/1.1", "responseLength": "38", "integrationLatency": "-", "integrationError": "-", "apiKeyId": lower(R, 10)})
    def n_exe_ok(R): return exe(R, "Method completed with status: %d" % pick(R, [200, 200, 201, 404]))
    def n_exe_req(R): return exe(R, "Extended Request Id: %s=" % alnum(R, 15))
    def n_cold(R): return pino(R, 30, "cold start", {"coldStart": True, "initMs": R.randint(180, 900), "node": "v20.%d.0" % pick(R, [15, 17])})
    def n_adot(R): return jd({"level": "info", "ts": epoch(R) + R.random(), "msg": pick(R, ["Everything is ready. Begin running and processing data.", "Starting extensions...", "Shutdown complete."]), "pid": R.randint(1, 30)})
    def n_telemetry(R): return "TELEMETRY	Name: collector	State: Subscribed	Types: [Platform]"
    def n_dep(R): return nlog(R, "WARN", uuid(R), "(node:8) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)")
    def n_cache(R): return pino(R, 20, "resource cache miss", {"resourceId": "room-%s" % lower(R, 5), "ttlSec": 60})
    def n_console(R): return nlog(R, "INFO", uuid(R), "availability computed for %d resources in %d ms (errors: 0)" % (R.randint(1, 40), R.randint(5, 300)))
    def n_retry(R): return pino(R, 40, "retrying pg query after transient error", {"attempt": 1, "code": "57P01", "detail": "terminating connection due to administrator command", "outcome": "retry"})
    def n_retry_ok(R): return pino(R, 30, "pg query succeeded after retry", {"attempts": 2, "elapsedMs": R.randint(40, 400)})
    return [n_start, n_end, n_report, n_init, n_ok, n_404, n_401, n_zod, n_409, n_acc, n_429, n_exe_ok, n_exe_req, n_cold,
            n_adot, n_telemetry, n_dep, n_cache, n_console, n_retry, n_retry_ok, n_ok, n_acc, n_start, n_end, n_report]


def fam2(R):
    return build(R, F2, [("availability-handler-undefined-schedule", bk_slots),
                         ("create-booking-pg-pool-connect-timeouts", bk_pool),
                         ("notify-bundle-missing-ioredis", bk_import, 6),
                         ("partner-sync-secret-access-denied", bk_secret),
                         ("search-exceeds-apigw-29s-timeout", bk_search)], bk_negs())


FAMILIES = {F1: fam1, F2: fam2}
