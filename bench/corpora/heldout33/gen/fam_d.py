"""Families: deno-bun-hono-fargate, haskell-servant-katip-ecs."""
import json
from common import (hexs, alnum, lower, digits, uuid, ip10, pick, build, day, hms, jd, epoch_ms)

# ---------------------------------------------------------------- deno-bun-hono-fargate
# Two TypeScript services on ECS Fargate, awslogs driver with a multiline pattern on the start of a record:
# * edge-render (Deno 2.1, Deno.serve, @std/log with its JSON formatter, Deno's own uncaught-error output);
# * notify-svc (Bun 1.1, Hono 4 with its logger middleware, Bun.sql against Postgres, console.* for app logs).
F1 = "deno-bun-hono-fargate"


def dlog(R, level, msg, args=None):
    d = {"level": level, "datetime": epoch_ms(R), "message": msg}
    if args is not None:
        d["args"] = args
    return jd(d)


def d_notcapable(R):
    # the task definition's --allow-net list was not extended for the new partner feed host: the process exits
    return ("error: Uncaught (in promise) NotCapable: Requires net access to \"feeds.partner-invent.example:443\", run again with the --allow-net flag\n"
            "    at mainFetch (ext:deno_fetch/26_fetch.js:%d:61)\n    at ext:deno_fetch/26_fetch.js:%d:9\n    at new Promise (<anonymous>)\n"
            "    at fetch (ext:deno_fetch/26_fetch.js:%d:10)\n    at loadPartnerFeed (file:///app/src/partners.ts:22:%d)\n    at async Object.handler (file:///app/main.ts:%d:20)"
            % (R.choice([170, 182]), R.choice([391, 400]), R.choice([360, 364]), R.randint(10, 30), R.randint(40, 90))) if R.random() < 0.5 else \
        dlog(R, "ERROR", "partner feed refresh failed", [{"name": "NotCapable", "message": "Requires net access to \"feeds.partner-invent.example:443\", run again with the --allow-net flag", "feed": "partner-%d" % R.randint(1, 12)}])


def d_search(R):
    # article pages call search-api with AbortSignal.timeout(2000); search-api lost its read replica in the downsizing
    return dlog(R, "ERROR", "render failed: related-articles query to search-api timed out", [{"path": "/articles/%s" % "-".join(lower(R, R.randint(3, 8)) for _ in range(3)), "error": "TimeoutError: Signal timed out.", "upstream": "http://search-api.internal:9200/related", "timeout_ms": 2000, "status": 500}])


def b_sqlauth(R):
    # the notify DB password was rotated by Secrets Manager; notify-svc read it only at start and never reconnects with the new one
    return ("%d |   const rows = await sql`select id, channel, payload from outbox where sent_at is null limit ${%s}`;\n"
            "                     ^\nPostgresError: password authentication failed for user \"notify\"\n  errno: \"28P01\",\n   code: \"ERR_POSTGRES_SERVER_ERROR\"\n\n"
            "      at <anonymous> (/app/src/outbox.ts:%d:22)\n      at drain (/app/src/outbox.ts:%d:9)" % ((lambda n: (n, pick(R, ["batch", "limit", "BATCH_SIZE"]), n, n + R.randint(10, 30)))(R.randint(20, 60))))


def b_typeerror(R):
    # checkout 7 sends "recipient" as a string id instead of an object; the handler dereferences .email
    return ("--> POST /v1/notifications/%s \x1b[31m500\x1b[0m %dms" % (pick(R, ["order-confirmation", "shipping-update", "refund-issued"]), R.randint(2, 90))) if R.random() < 0.3 else \
        ("TypeError: undefined is not an object (evaluating 'payload.recipient.email')\n      at render (/app/src/templates/%s.ts:%d:31)\n      at <anonymous> (/app/src/routes/notifications.ts:%d:24)\n      at dispatch (/app/node_modules/hono/dist/compose.js:29:23)"
         % (pick(R, ["order-confirmation", "shipping-update", "refund-issued"]), R.randint(10, 40), R.randint(30, 80)))


def b_crash(R):
    # Bun 1.1.34 segfaults in the S3 multipart client under concurrent attachment uploads (pinned version, fixed later)
    return ("============================================================\nBun v1.1.34 (5e5e7c60) Linux arm64\nLinux Kernel v5.10.%d | glibc v2.36\nCPU: fp aes crc32 atomics\nArgs: \"bun\" \"run\" \"src/index.ts\"\n"
            "Features: Bun.serve(%d) fetch(%d) http_server spawn(%d) tsconfig\nElapsed: %dms | User: %dms | Sys: %dms\nRSS: %.2fGB | Peak: %.2fGB | Commit: %.2fGB | Faults: %d\n\n"
            "panic(main thread): Segmentation fault at address 0x%s\noh no: Bun has crashed. This indicates a bug in Bun, not your code.\n\n"
            "To send a redacted crash report to Bun's team,\nplease file a GitHub issue using the link below:\n\n https://bun.report/1.1.34/Ba15e5e7c6AggggE%s\n"
            % (R.randint(200, 230), R.randint(1, 9), R.randint(100, 99999), R.randint(0, 40), R.randint(10000, 9000000), R.randint(1000, 90000), R.randint(100, 9000),
               R.uniform(0.2, 0.9), R.uniform(0.5, 1.2), R.uniform(0.6, 1.3), R.randint(0, 40), pick(R, ["0", "8", "10", "18"]) if R.random() < 0.5 else hexs(R, 12), alnum(R, 60)))


def db_negs():
    def n_hono(R):
        p = pick(R, ["/v1/notifications/order-confirmation", "/v1/notifications/shipping-update", "/v1/preferences/%d" % R.randint(1, 99999), "/healthz"])
        m = pick(R, ["GET", "POST"])
        return "<-- %s %s" % (m, p) if R.random() < 0.4 else "--> %s %s \x1b[32m%d\x1b[0m %dms" % (m, p, pick(R, [200, 200, 201, 202, 204]), R.randint(0, 400))
    def n_hono4(R):
        return "--> %s %s \x1b[33m%d\x1b[0m %dms" % (pick(R, ["GET", "POST"]), pick(R, ["/v1/preferences/%d" % R.randint(1, 99999), "/v1/notifications/unknown-kind", "/admin"]), pick(R, [400, 401, 404, 422, 429]), R.randint(0, 40))
    def n_dinfo(R):
        return dlog(R, pick(R, ["INFO", "INFO", "DEBUG"]), pick(R, ["rendered article", "cache hit", "sitemap rebuilt", "partner feed refreshed"]), [{"path": "/articles/%s" % lower(R, 12), "ms": R.randint(2, 400), "cache": pick(R, ["HIT", "MISS", "STALE"]), "errors": 0}])
    def n_dwarn(R):
        return dlog(R, "WARNING", pick(R, ["search-api slow (%d ms), serving cached related articles" % R.randint(800, 1900), "upstream 404 for author avatar, using placeholder", "retrying CMS fetch after 502 (attempt 1/3), succeeded on attempt 2"]), [{"path": "/articles/%s" % lower(R, 12)}])
    def n_listen(R):
        return pick(R, ["Listening on http://0.0.0.0:8000/ (http://localhost:8000/)", "Task start deno run --allow-net=cms.internal,search-api.internal,cdn.larchwave.example --allow-env --allow-read=/app main.ts",
                        "Started server http://0.0.0.0:3000 (bun %s)" % pick(R, ["1.1.34", "1.1.33"]), "[outbox] drained %d messages (0 failed) in %dms" % (R.randint(0, 200), R.randint(1, 900)),
                        "[notify] SES throttled (Throttling: Maximum sending rate exceeded), retry %d in %dms" % (R.randint(1, 2), pick(R, [200, 400])), "[notify] sent %s to %s via %s" % (pick(R, ["order-confirmation", "shipping-update"]), uuid(R), pick(R, ["ses", "sns-sms", "fcm"]))])
    def n_bwarn(R):
        return "[notify] %s" % pick(R, ["recipient %s unsubscribed, skipping (not an error)" % uuid(R), "bounce recorded for %s (hard bounce, address suppressed)" % uuid(R), "deprecated template v1 requested by %s, rendering v2" % pick(R, ["checkout", "returns"]), "postgres pool: %d/10 in use, 0 waiting" % R.randint(0, 6)])
    def n_deno_warn(R):
        return pick(R, ["Warning: Not implemented: ClientRequest.options.createConnection", "Warning The `--unstable` flag has been removed in Deno 2.0. Use granular `--unstable-*` flags instead.",
                        "Warning: \"window\" is not defined, using globalThis (deprecated API in %s)" % pick(R, ["npm:marked@4", "npm:dompurify@2"])]) + (" [%d]" % R.randint(1, 9999))
    def n_dbg(R):
        return dlog(R, "DEBUG", "request", [{"method": "GET", "url": "/articles/%s" % lower(R, 12), "ua": pick(R, ["ELB-HealthChecker/2.0", "Mozilla/5.0", "Googlebot/2.1"]), "status": pick(R, [200, 304, 404])}])
    return [n_hono, n_hono4, n_dinfo, n_dwarn, n_listen, n_bwarn, n_deno_warn, n_dbg, n_hono, n_dinfo, n_listen]


def fam_deno_bun(R):
    return build(R, F1, [("edge-render-deno-notcapable-partner-feed-host", d_notcapable), ("edge-render-search-api-timeouts", d_search),
                         ("notify-bun-sql-password-auth-after-rotation", b_sqlauth), ("notify-recipient-string-typeerror", b_typeerror),
                         ("notify-bun-1-1-34-segfault", b_crash)], db_negs())


# ---------------------------------------------------------------- haskell-servant-katip-ecs
# "billing-core" (servant 0.20 + warp, katip JSON scribe on stdout) and "tax-calc" (a worker, katip's text handle
# scribe) on ECS Fargate, GHC 9.6; uncaught exceptions reach stderr through GHC's top-level handler.
F2 = "haskell-servant-katip-ecs"


def kj(R, sev, ns, msg, data=None, loc=None):
    return jd({"at": "2029-08-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 6)), "env": "production", "ns": ["billing-core"] + ns, "data": data or {}, "app": ["billing-core"], "msg": msg,
               "pid": "1", "loc": loc, "host": "ip-10-20-%d-%d.eu-central-1.compute.internal" % (R.randint(10, 13), R.randint(4, 254)), "sev": sev, "thread": "ThreadId %d" % R.randint(10, 9000)})


def kt(R, sev, ns, msg, loc):
    return "[2029-08-%02d %s][tax-calc.%s][%s][ip-10-20-%d-%d][1][ThreadId %d][main:%s] %s" % (day(R), hms(R), ns, sev, R.randint(10, 13), R.randint(4, 254), R.randint(10, 9000), loc, msg)


def h_sql(R):
    # billing-core 0.9 queries invoices.tenant_id; the multi-tenant migration only ran on staging
    return kj(R, "Error", ["http"], "request failed: SqlError {sqlState = \"42703\", sqlExecStatus = FatalError, sqlErrorMsg = \"column \\\"tenant_id\\\" does not exist\", sqlErrorDetail = \"\", sqlErrorHint = \"Perhaps you meant to reference the column \\\"i.tenant\\\".\"}",
              {"method": "GET", "path": pick(R, ["/invoices", "/invoices/%d" % R.randint(1000, 99999), "/customers/%d/invoices" % R.randint(100, 9999)]), "status": 500, "requestId": uuid(R)})


def h_dns(R):
    # LEDGER_URL points at ledger-api.payments.svc (an EKS name) but billing-core runs on ECS: the name never resolves
    return kj(R, "Error", ["ledger"], "posting invoice to ledger failed: HttpExceptionRequest Request {\n  host                 = \"ledger-api.payments.svc\"\n  port                 = 8080\n  secure               = False\n  requestHeaders       = [(\"Content-Type\",\"application/json\")]\n  path                 = \"/api/ledger/entries\"\n  queryString          = \"\"\n  method               = \"POST\"\n  proxy                = Nothing\n  rawBody              = False\n  redirectCount        = 10\n  responseTimeout      = ResponseTimeoutDefault\n  requestVersion       = HTTP/1.1\n  proxySecureMode      = ProxySecureWithConnect\n}\n (ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket type/protocol: AddrInfo {addrFlags = [], addrFamily = AF_UNSPEC, addrSocketType = Stream, addrProtocol = 0, addrAddress = 0.0.0.0:0, addrCanonName = Nothing}, host name: Just \"ledger-api.payments.svc\", service name: Just \"8080\"): does not exist (Name or service not known))",
              {"invoice": "INV-2029-%s" % digits(R, 6), "attempt": R.randint(1, 5)})


def h_head(R):
    # tax-calc's rule lookup takes `head` of the matching rules; the new EU OSS rates table has no rule for some regions
    if R.random() < 0.4:
        return kt(R, "Error", "worker", "job %s crashed: Prelude.head: empty list (country=%s, product_class=%s)" % (uuid(R), pick(R, ["IE", "PT", "GR", "FI", "ES-CN", "FR-974"]), pick(R, ["ebook", "saas", "audio"])), "Tax.Worker src/Tax/Worker.hs:88:7")
    return ("tax-calc: Prelude.head: empty list\nCallStack (from HasCallStack):\n  error, called at libraries/base/GHC/List.hs:1646:3 in base:GHC.List\n  errorEmptyList, called at libraries/base/GHC/List.hs:85:11 in base:GHC.List\n"
            "  badHead, called at libraries/base/GHC/List.hs:81:28 in base:GHC.List\n  head, called at src/Tax/Rules.hs:112:%d in tax-calc-1.6.%d-inplace:Tax.Rules" % (R.randint(19, 19), R.randint(0, 2)))


def h_mvar(R):
    # the invoice batch scheduler waits on an MVar that the (crashed) PDF thread was supposed to fill
    return kj(R, "Error", ["batch"], "invoice batch %s aborted: thread blocked indefinitely in an MVar operation" % ("B-%s" % digits(R, 6)), {"batch": "B-%s" % digits(R, 6), "invoices": R.randint(10, 4000), "done": R.randint(0, 9)})


def h_redis(R):
    # REDIS_HOST still names the old self-managed Redis task that was scaled to zero
    return kj(R, "Error", ["cache"], "hedis: ConnectionLost" if R.random() < 0.3 else "rate-card cache unavailable: Network.Socket.connect: <socket: %d>: does not exist (Connection refused)" % R.randint(11, 80), {"redisHost": "redis.billing.local:6379"})


def h_negs():
    def n_req(R):
        return kj(R, "Info", ["http"], "%s %s %d" % (pick(R, ["GET", "GET", "POST"]), pick(R, ["/invoices/%d" % R.randint(1000, 99999), "/health", "/customers/%d" % R.randint(100, 9999), "/invoices"]), pick(R, [200, 200, 201, 204, 404, 400, 401])), {"durationMs": R.randint(1, 600), "requestId": uuid(R)})
    def n_dbg(R):
        return kj(R, "Debug", ["db"], "query ok", {"sql": "SELECT id, number, total_cents FROM invoices WHERE customer_id = ?", "rows": R.randint(0, 90), "ms": R.randint(0, 40)})
    def n_warn(R):
        return kj(R, "Warning", pick(R, [["ledger"], ["http"], ["pdf"]]), pick(R, ["ledger post retried after ResponseTimeout, attempt 2 succeeded", "client sent invoice with currency mismatch, rejected (422)", "PDF font cache cold, first render slow (%d ms)" % R.randint(900, 3000), "customer %d has no VAT id, applying domestic rate" % R.randint(100, 9999)]))
    def n_warp(R):
        return pick(R, ["Warp: Client closed connection prematurely", "Thread killed by timeout manager", "Warp: ConnectionClosedByPeer"]) + " [%s]" % ip10(R, 20)
    def n_boot(R):
        return kj(R, "Notice", [], pick(R, ["billing-core %s listening on port 8080" % pick(R, ["0.9.3", "0.9.4"]), "connection pool ready: stripes=1 maxResources=10", "shutdown requested, draining (0 in flight)", "config loaded (secrets from SSM parameters: 3, env: 11)"]))
    def n_tax_info(R):
        return kt(R, pick(R, ["Info", "Info", "Debug"]), "worker", pick(R, ["job %s done: %d lines, 0 errors" % (uuid(R), R.randint(1, 300)), "polled queue: %d jobs" % R.randint(0, 20), "rates table v%d loaded (%d rules)" % (R.randint(40, 44), R.randint(900, 1400))]), "Tax.Worker src/Tax/Worker.hs:%d:7" % R.randint(40, 120))
    def n_tax_warn(R):
        return kt(R, "Warning", "worker", "job %s: VIES VAT check unavailable, retrying in %ds (attempt %d/5)" % (uuid(R), pick(R, [10, 30, 60]), R.randint(1, 2)), "Tax.Vies src/Tax/Vies.hs:41:5")
    def n_batch(R):
        return kj(R, "Info", ["batch"], "invoice batch finished", {"batch": "B-%s" % digits(R, 6), "invoices": R.randint(10, 4000), "failed": 0, "skipped": R.randint(0, 3)})
    return [n_req, n_dbg, n_warn, n_warp, n_boot, n_tax_info, n_tax_warn, n_batch, n_req]


def fam_haskell(R):
    return build(R, F2, [("billing-invoices-tenant-id-column-missing", h_sql), ("billing-ledger-url-eks-name-unresolvable", h_dns),
                         ("tax-calc-rules-head-empty-list", h_head), ("billing-batch-blocked-indefinitely-mvar", h_mvar),
                         ("billing-rate-card-redis-scaled-to-zero", h_redis)], h_negs())


FAMILIES = {F1: fam_deno_bun, F2: fam_haskell}
