"""Families: node20-lambda-powertools-ts-inventory-paypal, nestjs-pino-ecs-cart-api.

Node.js 20 Lambda functions of "quillmart" (invented): inventory-reserve and paypal-capture write through Powertools
for TypeScript's Logger (JSON: level, message, sampling_rate, service, timestamp, xray_trace_id, function_* keys,
an `error` object {name, location, message, stack}); order-normalizer and cart-session-sync use console.* with the
Node runtime's text format ("<time>\\t<request id>\\t<LEVEL>\\t<message>"), and the runtime writes "Invoke Error" and
"Unhandled Promise Rejection" records, INIT_START/START/END/REPORT and timeout lines.
cart-api is a NestJS 10 service on ECS Fargate: Nest's ConsoleLogger text lines (no colours) and nestjs-pino JSON
(pino-http request records). The awslogs driver joins lines with awslogs-multiline-pattern
'^(\\[Nest\\]|\\{|<--- |FATAL ERROR)' so a Nest error with its stack, or V8's heap report, is one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, day, hms, iso,
                    xray, lambda_report, epoch, epoch_ms)

# ---------------------------------------------------------------- node20-lambda-powertools-ts-inventory-paypal
F1 = "node20-lambda-powertools-ts-inventory-paypal"
PT = {"inventory": ("inventory-reserve", 512), "paypal": ("paypal-capture", 256)}


def ptt(R, level, service, message, error=None, cold=None, **extra):
    fname, mem = PT[service]
    d = {"level": level, "message": message, "sampling_rate": 0, "service": service, "timestamp": iso(R), "xray_trace_id": xray(R),
         "cold_start": cold if cold is not None else R.random() < 0.07, "function_arn": "arn:aws:lambda:%s:%s:function:%s" % (REGION, ACCT, fname),
         "function_memory_size": str(mem), "function_name": fname, "function_request_id": uuid(R)}
    d.update(extra)
    if error:
        d["error"] = error
    return jd(d)


def node_rt(R, level, msg, rid=None):
    return "%s\t%s\t%s\t%s" % (iso(R), rid or uuid(R), level, msg)


def sku(R):
    return "SKU-%s-%s" % (pick(R, ["SHOE", "JKT", "TEE", "BAG", "HAT", "SOCK"]), digits(R, 5))


def order_id(R):
    return "QM-%s-%s" % (digits(R, 6), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)))


def c_throttle(R):
    # flash sale: every reservation hits one SKU's item in a provisioned-mode table (hot partition); SDK retries exhausted
    s = pick(R, ["SKU-SHOE-40411", "SKU-SHOE-40412", "SKU-SHOE-40413"])
    return ptt(R, "ERROR", "inventory", "Reservation failed", sku=s, quantity=R.randint(1, 2), orderId=order_id(R), error={
        "name": "ProvisionedThroughputExceededException", "location": "file:///var/task/index.mjs:%d" % R.randint(1210, 1216),
        "message": "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.",
        "stack": "ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.\n    at throwDefaultError (file:///var/task/index.mjs:%d:20)\n    at de_ProvisionedThroughputExceededExceptionRes (file:///var/task/index.mjs:%d:21)\n    at async reserve (file:///var/task/index.mjs:1209:5)" % (R.randint(4100, 4110), R.randint(9800, 9810)),
        "$metadata": {"httpStatusCode": 400, "requestId": upper(R, 52).replace("-", ""), "attempts": 3, "totalRetryDelay": R.randint(180, 900)}})


def c_paypal(R):
    # the PayPal REST app's client secret was rotated in the developer dashboard; the Lambda still reads the old one
    dbg = "f%s" % hexs(R, 12)
    if R.random() < 0.7:
        return ptt(R, "ERROR", "paypal", "PayPal OAuth token request failed", paypalDebugId=dbg, status=401, error={
            "name": "PayPalApiError", "location": "file:///var/task/index.mjs:%d" % R.randint(311, 315),
            "message": "401 Unauthorized: {\"error\":\"invalid_client\",\"error_description\":\"Client Authentication failed\"}",
            "stack": "PayPalApiError: 401 Unauthorized\n    at getAccessToken (file:///var/task/index.mjs:311:11)\n    at async capture (file:///var/task/index.mjs:402:17)"})
    return ptt(R, "ERROR", "paypal", "Capture not attempted: no access token", orderId=order_id(R), paypalOrderId=upper(R, 17), error={
        "name": "PayPalApiError", "location": "file:///var/task/index.mjs:404", "message": "invalid_client: Client Authentication failed",
        "stack": "PayPalApiError: invalid_client: Client Authentication failed\n    at capture (file:///var/task/index.mjs:404:13)"})


def c_invoke(R):
    # marketplace partner "Brightcart" events arrive without a totals object; order-normalizer crashes on every one
    line = pick(R, [88, 88, 91])
    err = {"errorType": "TypeError", "errorMessage": "Cannot read properties of undefined (reading 'amount')",
           "trace": ["TypeError: Cannot read properties of undefined (reading 'amount')", "    at toMoney (file:///var/task/normalize.mjs:%d:34)" % line,
                     "    at normalizeOrder (file:///var/task/normalize.mjs:41:19)", "    at Runtime.handler (file:///var/task/index.mjs:17:22)"]}
    return node_rt(R, "ERROR", "Invoke Error \t" + jd(err))


def c_unhandled(R):
    # cart-session-sync still points at the deleted ElastiCache cluster endpoint (moved to Serverless Valkey)
    host = "cart-sessions.x7k2pq.ng.0001.euc1.cache.amazonaws.com"
    err = {"errorType": "Runtime.UnhandledPromiseRejection", "errorMessage": "Error: getaddrinfo ENOTFOUND %s" % host,
           "reason": {"errorType": "Error", "errorMessage": "getaddrinfo ENOTFOUND %s" % host, "code": "ENOTFOUND", "errno": -3008, "syscall": "getaddrinfo", "hostname": host,
                      "stack": ["Error: getaddrinfo ENOTFOUND %s" % host, "    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)"]},
           "promise": {}, "stack": ["Runtime.UnhandledPromiseRejection: Error: getaddrinfo ENOTFOUND %s" % host, "    at process.<anonymous> (file:///var/runtime/index.mjs:1276:17)",
                                     "    at process.emit (node:events:519:28)", "    at emitUnhandledRejection (node:internal/process/promises:250:13)"]}
    if R.random() < 0.6:
        return "%s\t%s\tERROR\tUnhandled Promise Rejection \t%s" % (iso(R), pick(R, ["undefined", uuid(R)]), jd(err))
    return "%s\t%s\tERROR\t[ioredis] Unhandled error event: Error: getaddrinfo ENOTFOUND %s\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)" % (iso(R), uuid(R), host)


def c_kms(R):
    # payment-retry queue was switched to a customer managed KMS key; paypal-capture's role lacks kms:GenerateDataKey
    key = "arn:aws:kms:%s:%s:key/%s" % (REGION, ACCT, "2b9e4c71-8d3a-4f60-a1e5-7c0d9b3f6a28")
    return ptt(R, "ERROR", "paypal", "Could not enqueue capture retry", orderId=order_id(R), queue="payment-retry", error={
        "name": "KmsAccessDenied", "location": "file:///var/task/index.mjs:%d" % R.randint(520, 523),
        "message": "User: arn:aws:sts::%s:assumed-role/paypal-capture-role/paypal-capture is not authorized to perform: kms:GenerateDataKey on resource: %s because no identity-based policy allows the kms:GenerateDataKey action" % (ACCT, key),
        "stack": "KmsAccessDenied: User: arn:aws:sts::%s:assumed-role/paypal-capture-role/paypal-capture is not authorized to perform: kms:GenerateDataKey\n    at throwDefaultError (file:///var/task/index.mjs:3021:20)\n    at async enqueueRetry (file:///var/task/index.mjs:520:5)" % ACCT,
        "$metadata": {"httpStatusCode": 400, "requestId": uuid(R), "attempts": 1, "totalRetryDelay": 0}})


def c_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % uuid(R)

    def n_end(R):
        return "END RequestId: %s" % uuid(R)

    def n_report(R):
        return lambda_report(R, uuid(R), R.random() * 600 + 8, pick(R, [256, 512]), R.randint(90, 190), init=(R.random() * 500 + 200 if R.random() < 0.12 else None), xr=R.random() < 0.5)

    def n_init(R):
        return "INIT_START Runtime Version: nodejs:20.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(38, 44), REGION, hexs(R, 64))

    def n_reserved(R):
        return ptt(R, "INFO", "inventory", "Stock reserved", sku=sku(R), quantity=R.randint(1, 4), orderId=order_id(R), reservationTtlSec=900)

    def n_oos(R):
        # ConditionalCheckFailed = not enough stock: an expected answer (OUT_OF_STOCK to the shopper)
        return ptt(R, "WARN", "inventory", "Insufficient stock, reservation refused", sku=sku(R), requested=R.randint(1, 5), reason="ConditionalCheckFailedException", result="OUT_OF_STOCK")

    def n_throttle_retry(R):
        return ptt(R, "WARN", "inventory", "DynamoDB throttled, SDK retry succeeded", sku=sku(R), attempts=2, totalRetryDelay=R.randint(20, 120))

    def n_release(R):
        return ptt(R, "INFO", "inventory", "Expired reservations released", released=R.randint(0, 40), failed=0)

    def n_captured(R):
        return ptt(R, "INFO", "paypal", "PayPal capture completed", orderId=order_id(R), paypalOrderId=upper(R, 17), captureId=upper(R, 17), status="COMPLETED")

    def n_declined(R):
        return ptt(R, "WARN", "paypal", "PayPal capture declined, buyer asked to choose another funding source", orderId=order_id(R), status=422, issue="INSTRUMENT_DECLINED", paypalDebugId="f" + hexs(R, 12))

    def n_token(R):
        return ptt(R, "DEBUG", "paypal", "Using cached PayPal access token", expiresInSec=R.randint(100, 32000))

    def n_norm_ok(R):
        return node_rt(R, "INFO", "normalized order %s from %s (%d lines)" % (order_id(R), pick(R, ["web", "app", "Brightcart", "Zalando-CP"]), R.randint(1, 12)))

    def n_norm_warn(R):
        return node_rt(R, "WARN", "unknown field 'giftWrapNote' in partner payload, ignored (order %s)" % order_id(R))

    def n_sync(R):
        return node_rt(R, "INFO", "synced %d cart sessions, 0 errors" % R.randint(0, 300))

    def n_dep(R):
        return node_rt(R, "WARN", "(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)" % R.randint(2, 40))

    def n_emf(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "Quillmart/Inventory", "Dimensions": [["service"]], "Metrics": [{"Name": "ReservationErrors", "Unit": "Count"}, {"Name": "Reservations", "Unit": "Count"}]}]},
                   "service": "inventory", "ReservationErrors": 0, "Reservations": R.randint(1, 9)})

    def n_debug_evt(R):
        return ptt(R, "DEBUG", "inventory", "Lambda invocation event", event={"Records": [{"messageId": uuid(R), "eventSource": "aws:sqs", "body": jd({"orderId": order_id(R), "sku": sku(R), "qty": R.randint(1, 3)})}]})

    return [n_start, n_end, n_report, n_init, n_reserved, n_oos, n_throttle_retry, n_release, n_captured, n_declined, n_token, n_norm_ok, n_norm_warn,
            n_sync, n_dep, n_emf, n_debug_evt, n_start, n_end, n_report, n_reserved]


def fam_node(R):
    return build(R, F1, [("inventory-flash-sale-hot-sku-throughput-exceeded", c_throttle), ("paypal-client-secret-rotated-invalid-client", c_paypal),
                         ("order-normalizer-brightcart-missing-totals-typeerror", c_invoke), ("cart-session-sync-deleted-elasticache-enotfound", c_unhandled),
                         ("paypal-capture-retry-queue-cmk-generatedatakey-denied", c_kms)], c_negs())


# ---------------------------------------------------------------- nestjs-pino-ecs-cart-api
F2 = "nestjs-pino-ecs-cart-api"
HOSTS = ["ip-10-52-%d-%d.%s.compute.internal" % (a, b, REGION) for a, b in ((3, 17), (4, 201), (5, 88), (3, 142))]


def nest_ts(R):
    h = R.randint(1, 12)
    return "10/%02d/2029, %d:%02d:%02d %s" % (day(R), h, R.randint(0, 59), R.randint(0, 59), pick(R, ["AM", "PM"]))


def nest(R, level, ctx, msg):
    return "[Nest] 1  - %s %s [%s] %s" % (nest_ts(R), level.rjust(7), ctx, msg)


def pino(R, level, msg, **kw):
    d = {"level": level, "time": epoch_ms(R), "pid": 1, "hostname": pick(R, HOSTS)}
    d.update(kw)
    d["msg"] = msg
    return jd(d)


def req(R, method, url):
    return {"id": R.randint(1, 90000), "method": method, "url": url, "query": {}, "params": {}, "headers": {"host": "cart.quillmart.example", "user-agent": pick(R, ["Quillmart/5.2.0 (iOS 18.1)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Quillmart/5.1.3 (Android 15)"]),
            "x-amzn-trace-id": "Root=" + xray(R)}, "remoteAddress": "::ffff:" + ip10(R, 52), "remotePort": R.randint(30000, 60000)}


def cart(R):
    return "c_" + lower(R, 16)


def d_migration(R):
    # release 2029.10.2 shipped the promotions module but the TypeORM migration task never ran in prod
    c = cart(R)
    if R.random() < 0.5:
        return nest(R, "ERROR", "ExceptionsHandler", "relation \"cart_promotions\" does not exist\nQueryFailedError: relation \"cart_promotions\" does not exist\n"
                    "    at PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)\n"
                    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
                    "    at async SelectQueryBuilder.loadRawResults (/app/node_modules/typeorm/query-builder/SelectQueryBuilder.js:2231:25)\n"
                    "    at async PromotionsService.forCart (/app/dist/promotions/promotions.service.js:%d:23)" % R.randint(38, 41))
    return pino(R, 50, "request errored", req=req(R, pick(R, ["GET", "POST"]), "/v1/carts/%s/promotions" % c), res={"statusCode": 500}, responseTime=R.randint(8, 60),
                err={"type": "QueryFailedError", "message": "relation \"cart_promotions\" does not exist", "code": "42P01", "stack": "QueryFailedError: relation \"cart_promotions\" does not exist\n    at PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)"})


def d_stripe_perm(R):
    # cart-api's restricted key was re-issued without the Tax Calculations write permission
    masked = "rk_live_" + "*" * 91 + "Q3vA"
    return pino(R, 50, "tax calculation failed", cartId=cart(R), err={"type": "StripePermissionError", "statusCode": 403, "requestId": "req_" + alnum(R, 14),
                "message": "The provided key '%s' does not have the required permissions for this endpoint on account 'acct_1MqExampleQm7k'. Having the 'rak_tax_calculation_write' permission would allow this request to continue." % masked,
                "stack": "Error: The provided key '%s' does not have the required permissions for this endpoint\n    at generateV1Error (/app/node_modules/stripe/cjs/Error.js:8:20)\n    at res.toJSON.then.StripeAPIError.message (/app/node_modules/stripe/cjs/RequestSender.js:105:62)" % masked})


def d_heap(R):
    # GET /v1/admin/abandoned-carts/export builds the whole CSV in memory; the task dies at the 2 GB heap limit
    addr = "0x%x" % R.randint(0x5000000, 0x7ffffff)
    if R.random() < 0.5:
        t = R.randint(200000, 9000000)
        return ("<--- Last few GCs --->\n\n[1:%s]   %d ms: Mark-Compact (reduce) 2041.%d (2083.%d) -> 2040.%d (2083.%d) MB, %d.%d / 0.0 ms  (average mu = 0.%03d, current mu = 0.0%02d) allocation failure; GC in old space requested\n"
                "[1:%s]   %d ms: Mark-Compact (reduce) 2040.%d (2083.%d) -> 2040.%d (2084.%d) MB, %d.%d / 0.0 ms  (average mu = 0.%03d, current mu = 0.0%02d) allocation failure; GC in old space requested" % (
                    addr, t, R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(900, 1900), R.randint(0, 9), R.randint(100, 300), R.randint(1, 40),
                    addr, t + R.randint(1500, 2500), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(900, 1900), R.randint(0, 9), R.randint(50, 200), R.randint(1, 20)))
    return ("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n 1: 0x%x node::Abort() [node]\n 2: 0x%x  [node]\n 3: 0x%x v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]\n"
            " 4: 0x%x v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]\n 5: 0x%x v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]" % tuple(R.randint(0xb00000, 0xf00000) for _ in range(5)))


def d_redis_oom(R):
    # the cart-session Valkey node has maxmemory-policy noeviction and abandoned sessions never expire (no TTL since 2029.10.1)
    return pino(R, 50, "Failed to save cart session", cartId=cart(R), err={"type": "ReplyError", "message": "OOM command not allowed when used memory > 'maxmemory'.", "command": {"name": pick(R, ["set", "hset", "expire"]), "args": ["sess:" + lower(R, 24)]},
                "stack": "ReplyError: OOM command not allowed when used memory > 'maxmemory'.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)"})


def d_adyen(R):
    # the Adyen API credential used for /sessions lost the "Checkout webservice role" in a Customer Area clean-up
    psp = "%s%s" % (pick(R, ["Q", "R", "S", "T"]), digits(R, 15))
    if R.random() < 0.6:
        return pino(R, 50, "Adyen session creation failed", cartId=cart(R), adyen={"status": 403, "errorCode": "010", "message": "Not allowed", "errorType": "security", "pspReference": psp})
    return nest(R, "ERROR", "AdyenCheckoutService", "POST /v71/sessions failed: HTTP 403 errorCode=010 Not allowed (pspReference %s)" % psp)


def d_negs():
    def n_boot(R):
        return nest(R, "LOG", pick(R, ["NestFactory", "InstanceLoader", "RoutesResolver", "NestApplication"]), pick(R, ["Starting Nest application...", "TypeOrmModule dependencies initialized", "CartController {/v1/carts}:", "Nest application successfully started", "PromotionsModule dependencies initialized", "LoggerModule dependencies initialized"]) + " +%dms" % R.randint(0, 90))

    def n_route(R):
        return nest(R, "LOG", "RouterExplorer", "Mapped {/v1/carts/%s, %s} route +%dms" % (pick(R, [":id", ":id/items", ":id/promotions", ":id/checkout", ":id/items/:itemId"]), pick(R, ["GET", "POST", "PATCH", "DELETE"]), R.randint(0, 3)))

    def n_ok(R):
        m, u = pick(R, [("GET", "/v1/carts/%s"), ("POST", "/v1/carts/%s/items"), ("PATCH", "/v1/carts/%s/items/1"), ("GET", "/v1/carts/%s/promotions"), ("POST", "/v1/carts/%s/checkout")])
        return pino(R, 30, "request completed", req=req(R, m, u % cart(R)), res={"statusCode": 201 if m == "POST" else 200}, responseTime=R.randint(3, 240))

    def n_health(R):
        return pino(R, 30, "request completed", req={"id": R.randint(1, 90000), "method": "GET", "url": "/health", "headers": {"user-agent": "ELB-HealthChecker/2.0"}}, res={"statusCode": 200}, responseTime=R.randint(0, 3))

    def n_404(R):
        return pino(R, 30, "request completed", req=req(R, "GET", "/v1/carts/%s" % cart(R)), res={"statusCode": 404}, responseTime=R.randint(2, 20))

    def n_400(R):
        return pino(R, 40, "request errored", req=req(R, "POST", "/v1/carts/%s/items" % cart(R)), res={"statusCode": 400}, responseTime=R.randint(1, 9),
                    err={"type": "BadRequestException", "message": pick(R, ["quantity must not be less than 1", "sku must match /^SKU-[A-Z]+-\\d{5}$/ regular expression", "quantity must not be greater than 20"]), "statusCode": 400})

    def n_401(R):
        return pino(R, 30, "request completed", req=req(R, "POST", "/v1/carts/%s/checkout" % cart(R)), res={"statusCode": 401}, responseTime=R.randint(1, 5), note="session expired, client re-authenticates")

    def n_slow(R):
        return pino(R, 40, "query is slow", query="SELECT \"c\".\"id\", \"i\".\"sku\" FROM \"carts\" \"c\" LEFT JOIN \"cart_items\" \"i\" ON \"i\".\"cart_id\" = \"c\".\"id\" WHERE \"c\".\"id\" = $1", executionTime=R.randint(1001, 1900), context="TypeORM")

    def n_stripe_retry(R):
        return pino(R, 40, "Stripe request retried after lock_timeout, succeeded on attempt 2", cartId=cart(R), stripeRequestId="req_" + alnum(R, 14))

    def n_tax_ok(R):
        return pino(R, 30, "tax calculated", cartId=cart(R), taxAmountExclusive=R.randint(0, 9000), calculation="taxcalc_1" + alnum(R, 23))

    def n_session_ok(R):
        return pino(R, 30, "Adyen session created", cartId=cart(R), sessionId="CS" + upper(R, 14), expiresAt=iso(R, 0))

    def n_warn_deprecated(R):
        return nest(R, "WARN", "PromotionsService", "promotion %s is expired, skipped for cart %s" % ("PROMO-" + upper(R, 6), cart(R)))

    def n_debug(R):
        return pino(R, 20, "cart loaded from cache", cartId=cart(R), items=R.randint(0, 12), ttlSec=R.randint(100, 86400))

    def n_shutdown(R):
        return nest(R, "LOG", pick(R, ["NestApplication", "TerminusModule"]), pick(R, ["Received SIGTERM, shutting down gracefully (ECS task replaced by deployment)", "Health checks: database up, redis up, 0 failed"]) + " +%dms" % R.randint(0, 9))

    return [n_boot, n_route, n_ok, n_health, n_404, n_400, n_401, n_slow, n_stripe_retry, n_tax_ok, n_session_ok, n_warn_deprecated, n_debug, n_shutdown, n_ok, n_ok, n_health]


def fam_nest(R):
    return build(R, F2, [("cart-promotions-migration-not-run-42p01", d_migration), ("stripe-restricted-key-missing-tax-calculation-permission", d_stripe_perm),
                         ("abandoned-cart-export-js-heap-oom", d_heap), ("cart-session-valkey-maxmemory-noeviction-oom", d_redis_oom),
                         ("adyen-sessions-credential-lost-webservice-role-403", d_adyen)], d_negs())


FAMILIES = {F1: fam_node, F2: fam_nest}
