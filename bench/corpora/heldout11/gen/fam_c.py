"""Families: shoryuken-sinatra, fiber-watermill."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- shoryuken-sinatra
# Ruby 3.3 on ECS Fargate: Shoryuken SQS workers (Shoryuken's pretty formatter:
# `iso pid TID-xxx [context] LEVEL: msg`), a Sinatra API behind Puma (Rack::CommonLogger access lines,
# Sinatra's dump_errors output `yyyy-mm-dd hh:mm:ss - Class - message:` + backtrace) and the app's own
# Ruby ::Logger lines (`E, [iso #pid] ERROR -- progname: msg`).
F1 = "shoryuken-sinatra"

WORKERS = [("ImportOrderWorker", "orders-import"), ("PartnerSyncWorker", "partner-sync"), ("RefundWorker", "refunds"), ("ThumbnailWorker", "media-thumbs")]


def tid(R):
    return "TID-%s" % lower(R, pick(R, [4, 5, 6]))


def shts(R):
    return "2027-04-%02dT%sZ" % (day(R), hms(R))


def sh(R, lvl, msg, ctx=None):
    return "%s %d %s%s %s: %s" % (shts(R), pick(R, [1, 1, 7]), tid(R), (" " + ctx) if ctx else "", lvl, msg)


def ctx(R, w=None):
    w = w or pick(R, WORKERS)
    return "%s/%s/%s" % (w[0], w[1], uuid(R))


def rl(R, letter, lvl, prog, msg):
    return "%s, [2027-04-%02dT%s.%06d #%d] %5s -- %s: %s" % (letter, day(R), hms(R), R.randint(0, 999999), pick(R, [1, 1, 7]), lvl, prog, msg)


def g_sh_partner_timeout(R):
    if R.random() < 0.55:
        return sh(R, "ERROR", "Processor failed: Net::ReadTimeout with #<TCPSocket:(closed)>")
    return sh(R, "ERROR", "\n".join([
        "/usr/local/lib/ruby/3.3.0/net/protocol.rb:229:in `rbuf_fill'",
        "/usr/local/lib/ruby/3.3.0/net/http.rb:2353:in `transport_request'",
        "/app/lib/partner_api/client.rb:%d:in `post_inventory'" % pick(R, [48, 48]),
        "/app/workers/partner_sync_worker.rb:%d:in `perform'" % pick(R, [19, 19]),
        "/usr/local/bundle/gems/shoryuken-6.2.1/lib/shoryuken/processor.rb:25:in `block (2 levels) in process'",
    ]))


def g_sh_unique(R):
    ext = "EXT-%d" % R.randint(100000, 999999)
    return sh(R, "ERROR", "Processor failed: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_orders_on_external_id\"\nDETAIL:  Key (external_id)=(%s) already exists." % ext)


def g_sh_fetch_denied(R):
    return sh(R, "ERROR", "Error fetching message: User: arn:aws:sts::111122223333:assumed-role/refunds-worker-task/%s is not authorized to perform: sqs:receivemessage on resource: arn:aws:sqs:us-east-1:111122223333:refunds because no identity-based policy allows the sqs:receivemessage action" % hexs(R, 32))


def g_sh_no_worker(R):
    return sh(R, "ERROR", "No worker found for %s" % pick(R, ["media-thumbs-v2", "media-thumbs-v2"]))


def g_sin_pg(R):
    return "\n".join([
        "2027-04-%02d %s - PG::ConnectionBad - connection to server at \"10.40.%d.%d\", port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute:" % (day(R), hms(R), R.randint(0, 255), R.randint(2, 254)),
        "\t/usr/local/bundle/gems/pg-1.5.9/lib/pg/connection.rb:%d:in `connect_to_hosts'" % pick(R, [710, 710]),
        "\t/usr/local/bundle/gems/sequel-5.86.0/lib/sequel/adapters/postgres.rb:253:in `connect'",
        "\t/app/app.rb:%d:in `block in <class:QuotesAPI>'" % R.choice([41, 58, 77]),
    ])


def g_sin_nomethod(R):
    return "\n".join([
        "2027-04-%02d %s - NoMethodError - undefined method 'fetch' for nil:" % (day(R), hms(R)),
        "\t/app/app.rb:%d:in 'block in <class:QuotesAPI>'" % pick(R, [92, 92]),
        "\t/usr/local/bundle/gems/sinatra-4.1.1/lib/sinatra/base.rb:1804:in 'Sinatra::Base#compile!'",
        "\t/usr/local/bundle/gems/sinatra-4.1.1/lib/sinatra/base.rb:1098:in 'block in Sinatra::Base#route!'",
    ])


def g_sin_redis(R):
    return "\n".join([
        "2027-04-%02d %s - Redis::CannotConnectError - Error connecting to Redis on quotes-cache.internal:6379 (Errno::ECONNREFUSED):" % (day(R), hms(R)),
        "\t/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/ruby_connection.rb:%d:in `rescue in connect'" % pick(R, [111, 111]),
        "\t/app/lib/rate_cache.rb:%d:in `fetch'" % pick(R, [12, 12]),
    ])


def g_rl_sns(R):
    return rl(R, "E", "ERROR", "orders", "Failed to publish OrderImported for %s: Aws::SNS::Errors::AuthorizationError: User: arn:aws:sts::111122223333:assumed-role/orders-import-task/%s is not authorized to perform: SNS:Publish on resource: arn:aws:sns:us-east-1:111122223333:order-events" % ("ord_" + alnum(R, 12), hexs(R, 32)))


def g_sh_thumb(R):
    return sh(R, "ERROR", "Processor failed: Vips::Error: VipsForeignLoad: \"/tmp/thumb-%s.heic\" is not a known file format" % alnum(R, 10))


def n_sh_timing(R):
    w = pick(R, WORKERS)
    return sh(R, "INFO", pick(R, ["started at %s" % iso(R, 6, " +0000").replace("T", " "), "completed in: %d ms" % R.randint(5, 9000), "failed in: %d ms" % R.randint(5, 9000)]), ctx(R, w))


def n_sh_boot(R):
    return sh(R, "INFO", pick(R, ["Starting", "Shoryuken 6.2.1 booting with concurrency %d" % pick(R, [10, 25]),
                                  "Running in ruby 3.3.%d (2024-%02d-%02d revision %s) [x86_64-linux]" % (R.randint(4, 6), R.randint(1, 12), R.randint(1, 28), hexs(R, 10)),
                                  "Dispatching %d messages for queue %s" % (R.randint(1, 10), pick(R, WORKERS)[1])]))


def n_sh_visibility(R):
    return sh(R, "WARN", "exceeded the queue visibility timeout by %d ms" % R.randint(10, 60000), ctx(R))


def n_sh_debug(R):
    return sh(R, "DEBUG", pick(R, ["Ready: %d, Busy: %d, Active Queues: [[\"%s\", 1]]" % (R.randint(0, 25), R.randint(0, 25), pick(R, WORKERS)[1]),
                                   "No message found for '%s'" % pick(R, WORKERS)[1]]))


def n_rack(R):
    return "%s - - [%02d/Apr/2027:%s +0000] \"%s %s HTTP/1.1\" %d %s %.4f" % (
        ip10(R), day(R), hms(R), pick(R, ["GET", "POST"]), pick(R, ["/health", "/quotes/%d" % R.randint(1, 99999), "/quotes?zip=%05d" % R.randint(1000, 99999), "/rates"]),
        pick(R, [200, 200, 200, 201, 304, 400, 404, 422]), pick(R, ["-", str(R.randint(2, 9000))]), R.uniform(0.0005, 1.5))


def n_sin_boot(R):
    return pick(R, ["== Sinatra (v4.1.1) has taken the stage on 4567 for production with backup from Puma",
                    "Puma starting in single mode...\n* Puma version: 6.5.0 (\"Sky's Version\")\n* Ruby version: ruby 3.3.%d\n*  Min threads: 5\n*  Max threads: 5\n*  Environment: production\n*          PID: %d\n* Listening on http://0.0.0.0:4567\nUse Ctrl-C to stop" % (R.randint(4, 6), R.randint(1, 40))])


def n_rl(R):
    v = R.random()
    if v < 0.5:
        return rl(R, "I", "INFO", pick(R, ["orders", "quotes", "refunds"]), pick(R, ["Imported %s (%d lines)" % ("ord_" + alnum(R, 12), R.randint(1, 40)),
                                                                            "Refund %s issued via Stripe" % ("re_" + alnum(R, 14)), "Quote cache warm: %d entries, 0 errors" % R.randint(10, 9000)]))
    return rl(R, "W", "WARN", pick(R, ["orders", "partner"]), pick(R, ["Partner API 429, retrying in %ds (attempt %d/5)" % (R.randint(1, 30), R.randint(1, 4)),
                                                                       "Order %s skipped: already imported" % ("ord_" + alnum(R, 12))]))


def shoryuken_sinatra(R):
    groups = [
        ("partner-sync-read-timeout", g_sh_partner_timeout),
        ("import-order-duplicate-external-id", g_sh_unique),
        ("refunds-receive-denied", g_sh_fetch_denied),
        ("thumbs-v2-no-worker", g_sh_no_worker, 9),
        ("thumbnail-heic-unknown-format", g_sh_thumb),
        ("quotes-pg-connection-slots", g_sin_pg),
        ("quotes-nil-fetch", g_sin_nomethod),
        ("quotes-redis-refused", g_sin_redis),
        ("orders-sns-publish-denied", g_rl_sns),
    ]
    negs = [n_sh_timing, n_sh_boot, n_sh_visibility, n_sh_debug, n_rack, n_sin_boot, n_rl]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- fiber-watermill
# Go 1.23 services on ECS: a Fiber v2 HTTP API (logger middleware `hh:mm:ss | status | latency | ip |
# method | path | error`, recover middleware with stack traces), Watermill SQS/SNS consumers
# (`[watermill] date time file:line: \tlevel=… msg=… key=value`), and slog JSON.
F2 = "fiber-watermill"


def fiber(R, status, method, path, err=""):
    lat = R.uniform(0.05, 3000)
    lat_s = "%.3fms" % lat if lat < 1000 else "%.3fs" % (lat / 1000)
    return "%s | %3d | %13s | %15s | %-7s | %s | %s" % (hms(R), status, lat_s, ip10(R), method, path, err)


def wm(R, lvl, f, msg, **kv):
    parts = ["level=%-5s" % lvl, 'msg="%s"' % msg]
    parts += ["%s=%s" % (k, v) for k, v in kv.items()]
    return "[watermill] 2027/04/%02d %s.%06d %s: \t%s" % (day(R), hms(R), R.randint(0, 999999), f, " ".join(parts))


def slog(R, lvl, msg, **kv):
    d = {"time": "2027-04-%02dT%s.%09dZ" % (day(R), hms(R), R.randint(0, 999999999)), "level": lvl, "msg": msg}
    d.update(kv)
    return jd(d)


def g_fw_stock(R):
    oid = "ord_" + alnum(R, 12)
    err = "failed to reserve stock: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp 10.40.%d.%d:50051: connect: connection refused\"" % (R.randint(0, 255), R.randint(2, 254))
    if R.random() < 0.5:
        return fiber(R, 500, "POST", "/api/v1/orders", err)
    return slog(R, "ERROR", "create order failed", service="orders-api", order_id=oid, err=err, trace_id=hexs(R, 32))


def g_fw_panic(R):
    return "\n".join([
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "",
        "goroutine %d [running]:" % R.randint(30, 9000),
        "github.com/gofiber/fiber/v2/middleware/recover.defaultStackTraceHandler(0xc000%s, {0x1a2b3c0, 0x2f4e5a0})" % hexs(R, 6),
        "\t/go/pkg/mod/github.com/gofiber/fiber/v2@v2.52.5/middleware/recover/recover.go:12 +0x%s" % hexs(R, 2),
        "example.com/shop/internal/coupons.(*Service).Apply(0x0, {0x1d9e0c8, 0xc000%s}, {0xc000%s, 0x%x})" % (hexs(R, 6), hexs(R, 6), R.randint(6, 14)),
        "\t/src/internal/coupons/service.go:%d +0x%s" % (pick(R, [88, 88]), hexs(R, 2)),
        "example.com/shop/internal/http.(*Handler).ApplyCoupon(0xc000%s, 0xc000%s)" % (hexs(R, 6), hexs(R, 6)),
        "\t/src/internal/http/cart.go:%d +0x%s" % (pick(R, [142, 142]), hexs(R, 2)),
    ])


def g_fw_ses(R):
    uid = uuid(R)
    if R.random() < 0.5:
        return wm(R, "ERROR", "router.go:%d" % pick(R, [874, 874]), "Handler returned error", err='"send invoice email: operation error SESv2: SendEmail, https response error StatusCode: 400, RequestID: %s, MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: billing@example.com"' % uuid(R),
                  handler_name="send_invoice_email", message_uuid=uid, topic="invoice-ready")
    return wm(R, "ERROR", "retry.go:%d" % pick(R, [102, 102]), "Error occurred, retrying", err='"send invoice email: operation error SESv2: SendEmail, https response error StatusCode: 400, RequestID: %s, MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: billing@example.com"' % uuid(R),
              elapsed_time="%dms" % R.randint(1, 900), max_retries=3, retry_no=R.randint(1, 3), wait_time="%dms" % pick(R, [100, 200, 400]), handler_name="send_invoice_email", message_uuid=uid)


def g_fw_sqs_missing(R):
    return wm(R, "ERROR", "subscriber.go:%d" % pick(R, [152, 152]), "Cannot receive messages",
              err='"operation error SQS: ReceiveMessage, https response error StatusCode: 400, RequestID: %s, QueueDoesNotExist: The specified queue does not exist."' % uuid(R),
              queue_url="https://sqs.us-east-1.amazonaws.com/111122223333/stock-events-v2", topic="stock-events-v2")


def g_fw_fx(R):
    return slog(R, "ERROR", "refresh exchange rates", service="pricing", base=pick(R, ["EUR", "USD", "GBP"]),
                err='Get "https://api.fx-rates.example.com/v1/latest": context deadline exceeded (Client.Timeout exceeded while awaiting headers)', attempt=pick(R, [3, 3]))


def g_fw_config(R):
    return slog(R, "ERROR", "failed to load config, exiting", service=pick(R, ["orders-api", "orders-api", "stock-consumer"]),
                err="operation error SSM: GetParameter, https response error StatusCode: 400, RequestID: %s, ParameterNotFound: " % uuid(R),
                parameter="/shop/prod/orders-api/db-dsn")


def g_fw_concurrent_map(R):
    return "\n".join([
        "fatal error: concurrent map writes",
        "",
        "goroutine %d [running]:" % R.randint(30, 9000),
        "example.com/shop/internal/pricing.(*Cache).Put(...)",
        "\t/src/internal/pricing/cache.go:%d" % pick(R, [37, 37]),
        "example.com/shop/internal/pricing.(*Service).Refresh.func1()",
        "\t/src/internal/pricing/service.go:%d +0x%s" % (pick(R, [64, 64]), hexs(R, 3)),
        "created by example.com/shop/internal/pricing.(*Service).Refresh in goroutine %d" % R.randint(1, 40),
        "\t/src/internal/pricing/service.go:58 +0x%s" % hexs(R, 3),
    ])


def g_fw_dynamo_publish(R):
    return wm(R, "ERROR", "router.go:%d" % pick(R, [874, 874]), "Handler returned error",
              err='"project order to read model: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: %s, ValidationException: One or more parameter values were invalid: Type mismatch for key order_id expected: S actual: N"' % alnum(R, 52).upper(),
              handler_name="order_projection", message_uuid=uuid(R), topic="order-events")


def n_fw_access(R):
    v = R.random()
    if v < 0.7:
        return fiber(R, pick(R, [200, 200, 201, 204, 304]), pick(R, ["GET", "POST", "PUT"]), pick(R, ["/api/v1/orders", "/api/v1/cart/%s" % alnum(R, 8), "/healthz", "/api/v1/products?page=%d" % R.randint(1, 40)]))
    return fiber(R, pick(R, [400, 401, 404, 404, 422]), pick(R, ["GET", "POST"]), pick(R, ["/favicon.ico", "/api/v1/orders/%s" % alnum(R, 8), "/.env"]),
                 pick(R, ["Cannot GET /favicon.ico", "Not Found", "Unprocessable Entity", "invalid or expired JWT"]))


def n_fw_banner(R):
    return "\n".join([
        "",
        " ┌───────────────────────────────────────────────────┐ ",
        " │                  Fiber v2.52.5                    │ ",
        " │               http://127.0.0.1:%d               │ " % pick(R, [3000, 8080]),
        " │       (bound on host 0.0.0.0 and port %d)       │ " % pick(R, [3000, 8080]),
        " │                                                   │ ",
        " │ Handlers ............ %2d  Processes ........... 1 │ " % R.randint(20, 60),
        " │ Prefork ....... Disabled  PID ................ %3d │ " % R.randint(1, 200),
        " └───────────────────────────────────────────────────┘ ",
    ])


def n_fw_wm_info(R):
    return wm(R, pick(R, ["INFO", "DEBUG", "TRACE"]), pick(R, ["router.go:%d" % R.randint(200, 700), "subscriber.go:%d" % R.randint(100, 300)]),
              pick(R, ["Starting handler", "Subscribing to SQS queue", "Message acked", "Adding handler", "Router is running"]),
              handler_name=pick(R, ["send_invoice_email", "order_projection", "stock_sync"]), topic=pick(R, ["invoice-ready", "order-events", "stock-events"]))


def n_fw_slog(R):
    return slog(R, pick(R, ["INFO", "DEBUG"]), pick(R, ["order created", "stock reserved", "exchange rates refreshed", "cache warmed"]),
                service=pick(R, ["orders-api", "pricing"]), duration_ms=R.randint(1, 900), errors=0)


def n_fw_slog_warn(R):
    return slog(R, "WARN", pick(R, ["slow query", "refresh exchange rates failed, will retry", "coupon not found"]),
                service=pick(R, ["orders-api", "pricing"]), attempt=R.randint(1, 2), err=pick(R, ["context deadline exceeded", "sql: no rows in result set", ""]))


def n_fw_ack_nack(R):
    return wm(R, "INFO", "subscriber.go:%d" % R.randint(180, 260), "Message nacked, will be redelivered after visibility timeout", message_uuid=uuid(R), reason='"handler asked for retry (stock lock busy)"')


def fiber_watermill(R):
    groups = [
        ("orders-stock-grpc-unavailable", g_fw_stock),
        ("coupon-apply-nil-pointer-panic", g_fw_panic),
        ("invoice-email-ses-unverified", g_fw_ses),
        ("stock-events-v2-queue-missing", g_fw_sqs_missing),
        ("pricing-fx-refresh-timeout", g_fw_fx),
        ("config-ssm-parameter-not-found", g_fw_config, 8),
        ("pricing-cache-concurrent-map-writes", g_fw_concurrent_map),
        ("order-projection-ddb-key-type-mismatch", g_fw_dynamo_publish),
    ]
    negs = [n_fw_access, n_fw_banner, n_fw_wm_info, n_fw_slog, n_fw_slog_warn, n_fw_ack_nack]
    return build(R, F2, groups, negs)


FAMILIES = {F1: shoryuken_sinatra, F2: fiber_watermill}
