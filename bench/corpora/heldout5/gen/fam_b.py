"""clojure and haskell."""
import json
from common import R, pick, n, hexs, alnum, uid, ip10, email, iso, epoch_ms, jitter, USERS, WORDS, MON, WD


# ---------------------------------------------------------------- clojure
def tdate():
    return "26-12-%02d %02d:%02d:%02d" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59))


def thost():
    return "ip-%s" % ip10().replace(".", "-")


def timbre(level, ns, line, msg):
    return "%s %s %s [%s:%d] - %s" % (tdate(), thost(), level, ns, jitter(line), msg)


def frames(fs):
    return "\n".join("\tat %s (%s:%d)" % (a, b, jitter(c)) for a, b, c in fs)


clj_errors = [
    ("timbre-charge-exinfo-card-declined", lambda: timbre("ERROR", "shop.payments", 88, "Charge failed for order %d\nclojure.lang.ExceptionInfo: card declined {:order-id %d, :decline-code :%s, :provider :stripe}\n%s" % (
        (o := n(100000, 999999)), o, pick(["insufficient-funds", "expired-card", "do-not-honor"]),
        frames([("shop.payments$charge_BANG_.invokeStatic", "payments.clj", 71), ("shop.payments$charge_BANG_.invoke", "payments.clj", 64), ("shop.orders$checkout.invokeStatic", "orders.clj", 133)])))),
    ("timbre-refund-exinfo-card-declined", lambda: timbre("ERROR", "shop.refunds", 41, "Refund failed for order %d\nclojure.lang.ExceptionInfo: card declined {:order-id %d, :decline-code :%s, :provider :stripe}\n%s" % (
        (o := n(100000, 999999)), o, pick(["insufficient-funds", "expired-card", "do-not-honor"]),
        frames([("shop.refunds$refund_BANG_.invokeStatic", "refunds.clj", 37), ("shop.refunds$refund_BANG_.invoke", "refunds.clj", 30)])))),
    ("execution-error-connect-exception", lambda: "Execution error (ConnectException) at sun.nio.ch.Net/pollConnect (Net.java:-2).\nConnection refused\n\nFull report at:\n/tmp/clojure-%d.edn" % n(10**17, 10**18)),
    ("syntax-error-compiling-unable-resolve", lambda: "Exception in thread \"main\" Syntax error compiling at (shop/handlers/orders.clj:%d:%d).\nUnable to resolve symbol: %s in this context\n\nFull report at:\n/tmp/clojure-%d.edn" % (
        jitter(57), n(3, 30), pick(["order->dto", "order->dto"]), n(10**17, 10**18))),
    ("integrant-error-building-db-pool", lambda: "Exception in thread \"main\" clojure.lang.ExceptionInfo: Error on key :shop.db/pool when building system {:reason :integrant.core/build-threw-exception, :key :shop.db/pool, :value {:jdbc-url \"jdbc:postgresql://%s:5432/shop\", :maximum-pool-size %d}}\n%s\nCaused by: com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: FATAL: password authentication failed for user \"%s\"" % (
        pick(["orders-db.internal", "db.shop.internal"]), n(5, 30), frames([("integrant.core$try_build_action.invokeStatic", "core.cljc", 407), ("integrant.core$build_key.invokeStatic", "core.cljc", 456)]), pick(["shop_app", "orders_rw"]))),
    ("async-dispatch-npe-inventory", lambda: "Exception in thread \"async-dispatch-%d\" java.lang.NullPointerException: Cannot invoke \"clojure.lang.IFn.invoke(Object)\" because \"f\" is null\n%s" % (
        n(1, 16), frames([("shop.inventory$reserve_BANG_$fn__%d.invoke" % n(10000, 19999), "inventory.clj", 92), ("clojure.core.async$thread_call$fn__%d.invoke" % n(10000, 19999), "async.clj", 484)]))),
    ("mulog-kafka-publish-failed", lambda: "{:mulog/trace-id #mulog/flake \"%s\", :mulog/timestamp %s, :mulog/event-name :shop.events/publish-failed, :mulog/namespace \"shop.events\", :mulog/outcome :error, :topic \"%s\", :partition %d, :exception #error {:cause \"Expiring %d record(s) for %s-%d: %d ms has passed since batch creation\", :via [{:type org.apache.kafka.common.errors.TimeoutException}]}}" % (
        alnum(27), epoch_ms(), (t := pick(["order-events", "cart-events"])), (p := n(0, 11)), n(1, 40), t, p, n(120000, 121000))),
    ("mulog-search-index-failed", lambda: "{:mulog/trace-id #mulog/flake \"%s\", :mulog/timestamp %s, :mulog/event-name :shop.search/index-failed, :mulog/namespace \"shop.search\", :mulog/outcome :error, :index \"%s\", :doc-count %d, :exception #error {:cause \"Connection pool shut down\", :via [{:type java.lang.IllegalStateException}]}}" % (
        alnum(27), epoch_ms(), pick(["products-v3", "products-v4"]), n(1, 500))),
    ("ring-jetty-uncaught-classcast", lambda: "%s ERROR ring.middleware.stacktrace - Uncaught exception on %s %s\njava.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Number (java.lang.String and java.lang.Number are in module java.base of loader 'bootstrap')\n%s" % (
        iso(3, "", " "), pick(["POST", "PUT"]), pick(["/api/cart/items", "/api/cart/items/%d" % n(1, 999)]),
        frames([("clojure.lang.Numbers.add", "Numbers.java", 153), ("shop.cart$line_total.invokeStatic", "cart.clj", 22), ("shop.cart$add_item_handler.invoke", "cart.clj", 58)]))),
    ("next-jdbc-deadlock-ledger", lambda: timbre("ERROR", "shop.ledger", 120, "Posting batch %s failed\norg.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process %d waits for ShareLock on transaction %d; blocked by process %d.\n  Hint: See server log for query details.\n%s" % (
        uid(), n(1000, 99999), n(10**6, 10**7), n(1000, 99999),
        frames([("org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse", "QueryExecutorImpl.java", 2725), ("next.jdbc.result_set$stmt__GT_result_set.invokeStatic", "result_set.clj", 678), ("shop.ledger$post_batch_BANG_.invokeStatic", "ledger.clj", 114)])))),
    ("jvm-oom-report-builder", lambda: "Exception in thread \"report-builder-%d\" java.lang.OutOfMemoryError: Java heap space\n%s" % (
        n(1, 8), frames([("java.util.Arrays.copyOf", "Arrays.java", 3537), ("clojure.lang.PersistentVector$TransientVector.conj", "PersistentVector.java", 640), ("shop.reports$build_rows.invokeStatic", "reports.clj", 77)]))),
]

clj_non = [
    lambda: timbre("INFO", "shop.server", 31, "Started server on port %d, errors: none" % pick([3000, 8080])),
    lambda: timbre("WARN", "shop.payments", 95, "Retrying charge for order %d after error :timeout (attempt %d/3)" % (n(100000, 999999), n(1, 2))),
    lambda: timbre("DEBUG", "shop.db", 44, "query {:sql \"SELECT * FROM orders WHERE id = ?\", :params [%d], :error nil}" % n(1, 99999)),
    lambda: timbre("INFO", "shop.orders", 140, "Checkout complete {:order-id %d, :failed-items [], :status :paid}" % n(100000, 999999)),
    lambda: "%s INFO  ring.logger - {:request-method :%s, :uri \"/api/orders/%d\", :status %d, :ring.logger/ms %d}" % (iso(3, "", " "), pick(["get", "post"]), n(1, 99999), pick([200, 404, 500, 502]), n(2, 900)),
    lambda: "{:mulog/trace-id #mulog/flake \"%s\", :mulog/timestamp %s, :mulog/event-name :shop.events/published, :mulog/namespace \"shop.events\", :mulog/outcome :ok, :topic \"order-events\", :errors 0}" % (alnum(27), epoch_ms()),
    lambda: "WARNING: %s already refers to: #'clojure.core/%s in namespace: %s, being replaced by: #'%s/%s" % ((f := pick(["update-keys", "abs", "parse-long"])), f, (m := pick(["medley.core", "shop.util"])), m, f),
    lambda: "%s ip-%s INFO [integrant.core:0] - Halting system key :shop.db/pool after SIGTERM" % (tdate(), ip10().replace(".", "-")),
    lambda: timbre("WARN", "shop.search", 66, "Index refresh slow: %d ms, exception count 0" % n(2000, 9000)),
    lambda: "%s INFO  com.zaxxer.hikari.HikariDataSource - shop-pool - Start completed." % iso(3, "", " "),
    lambda: timbre("INFO", "shop.inventory", 101, "Reservation expired for cart %s, releasing %d items (not an error)" % (uid(), n(1, 9))),
]

# ---------------------------------------------------------------- haskell


def katip(sev, mod, ln, msg, data=None):
    return json.dumps({"at": iso(6), "env": "production", "ns": ["orders-api"], "data": data or {}, "app": ["orders-api"], "msg": msg,
                       "pid": str(n(7, 60)), "loc": {"loc_pkg": "main", "loc_mod": mod, "loc_fn": "src/%s.hs" % mod.replace(".", "/"), "loc_ln": jitter(ln), "loc_col": n(3, 12)},
                       "host": "ip-%s" % ip10().replace(".", "-"), "sev": sev, "thread": "ThreadId %d" % n(20, 9000)}, separators=(",", ":"))


def ml(level, msg, mod, ln):
    return "%s [%s] %s @(main:%s src/%s.hs:%d:%d)" % (iso(6, "", " "), level, msg, mod, mod.replace(".", "/"), jitter(ln), n(3, 20))


hs_errors = [
    ("prelude-head-empty-list", lambda: "orders-api: Prelude.head: empty list\nCallStack (from HasCallStack):\n  error, called at libraries/base/GHC/List.hs:%d:%d in base:GHC.List\n  errorEmptyList, called at libraries/base/GHC/List.hs:%d:%d in base:GHC.List\n  badHead, called at libraries/base/GHC/List.hs:%d:%d in base:GHC.List\n  head, called at src/Orders/Pricing.hs:%d:%d in main:Orders.Pricing" % (
        1646, 3, 85, 11, 81, 28, jitter(58), n(14, 30))),
    ("heap-exhausted", lambda: "orders-api: Heap exhausted;\norders-api: Current maximum heap size is %d bytes (%d MB).\norders-api: Use `+RTS -M<size>' to increase it." % ((m := pick([192, 256, 320, 384, 448, 512, 640, 768, 896, 1024, 1536, 2048])) * 1048576, m)),
    ("sqlerror-unique-orders-ref", lambda: ml("Error", "SqlError {sqlState = \"23505\", sqlExecStatus = FatalError, sqlErrorMsg = \"duplicate key value violates unique constraint \\\"orders_external_ref_key\\\"\", sqlErrorDetail = \"Key (external_ref)=(%s) already exists.\", sqlErrorHint = \"\"}" % alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "Orders.Repo", 112)),
    ("sqlerror-fk-lineitems-product", lambda: ml("Error", "SqlError {sqlState = \"23503\", sqlExecStatus = FatalError, sqlErrorMsg = \"insert or update on table \\\"line_items\\\" violates foreign key constraint \\\"line_items_product_id_fkey\\\"\", sqlErrorDetail = \"Key (product_id)=(%d) is not present in table \\\"products\\\".\", sqlErrorHint = \"\"}" % n(1, 99999), "Orders.Repo", 131)),
    ("http-exception-connection-refused-tax", lambda: "orders-api: HttpExceptionRequest Request {\n  host                 = \"tax.svc.internal\"\n  port                 = %d\n  secure               = False\n  requestHeaders       = [(\"Content-Type\",\"application/json\")]\n  path                 = \"/v1/quote\"\n  queryString          = \"\"\n  method               = \"POST\"\n  proxy                = Nothing\n  rawBody              = False\n  redirectCount        = 10\n  responseTimeout      = ResponseTimeoutDefault\n  requestVersion       = HTTP/1.1\n  proxySecureMode      = ProxySecureWithConnect\n}\n (ConnectionFailure Network.Socket.connect: <socket: %d>: does not exist (Connection refused))" % (pick([8080, 9000]), n(10, 90))),
    ("http-exception-response-timeout-tax", lambda: "orders-api: HttpExceptionRequest Request {\n  host                 = \"tax.svc.internal\"\n  port                 = %d\n  secure               = False\n  requestHeaders       = [(\"Content-Type\",\"application/json\")]\n  path                 = \"/v1/quote\"\n  queryString          = \"\"\n  method               = \"POST\"\n  proxy                = Nothing\n  rawBody              = False\n  redirectCount        = 10\n  responseTimeout      = ResponseTimeoutMicro %d\n  requestVersion       = HTTP/1.1\n  proxySecureMode      = ProxySecureWithConnect\n}\n ResponseTimeout" % (pick([8080, 9000]), pick([5000000, 10000000]))),
    ("katip-error-webhook-signature", lambda: katip("Error", "Webhooks.Stripe", 74, "Webhook rejected after retries: signature verification failed", {"event_id": "evt_%s" % alnum(24), "attempts": n(3, 5)})),
    ("katip-critical-ledger-imbalance", lambda: katip("Critical", "Ledger.Post", 203, "Ledger imbalance detected, refusing to post batch", {"batch": uid(), "debit_cents": n(10**5, 10**8), "credit_cents": n(10**5, 10**8)})),
    ("warp-uncaught-user-error-currency", lambda: "%s Warp: uncaught exception: user error (unsupported currency: %s)" % (iso(0, "", " "), pick(["XAF", "BTN", "MRU"]))),
    ("stm-blocked-indefinitely", lambda: ml("Error", "worker ThreadId %d died: thread blocked indefinitely in an STM transaction" % n(20, 9000), "Jobs.Pool", 88)),
    ("aeson-decode-inventory-event", lambda: ml("Error", "Failed to decode InventoryEvent from SQS message %s: Error in $.%s: parsing Int failed, expected Number, but encountered String" % (uid(), pick(["quantity", "items[%d].quantity" % n(0, 9)])), "Inventory.Consumer", 66)),
    ("rts-internal-error-eventlog", lambda: "orders-api: internal error: evacuate: strange closure type %d\n    (GHC version 9.%d.%d for x86_64_unknown_linux)\n    Please report this as a GHC bug:  https://www.haskell.org/ghc/reportabug" % (n(0, 63), pick([4, 6]), n(1, 8))),
]

hs_non = [
    lambda: ml("Info", "Listening on port %d (warp, %d capabilities)" % (pick([8080, 3000]), n(2, 8)), "Main", 40),
    lambda: ml("Warn", "Retrying tax quote after ResponseTimeout (attempt %d/3)" % n(1, 2), "Orders.Tax", 52),
    lambda: ml("Debug", "SELECT id, status FROM orders WHERE id = ? [PersistInt64 %d]" % n(1, 99999), "Orders.Repo", 90),
    lambda: katip("Info", "Orders.Api", 30, "order created", {"order_id": n(100000, 999999), "errors": []}),
    lambda: katip("Warning", "Webhooks.Stripe", 61, "signature check failed, will retry", {"event_id": "evt_%s" % alnum(24), "attempt": 1}),
    lambda: katip("Notice", "Main", 25, "SIGTERM received, draining %d connections" % n(0, 50)),
    lambda: "%s - - [%02d/Dec/2026:%02d:%02d:%02d +0000] \"%s /orders/%d HTTP/1.1\" %d - \"\" \"%s\"" % (ip10(), n(1, 6), n(0, 23), n(0, 59), n(0, 59), pick(["GET", "POST"]), n(1, 99999), pick([200, 201, 404, 500]), pick(["curl/8.5.0", "okhttp/4.12.0"])),
    lambda: "orders-api: +RTS -N%d -A%dm -qg -RTS (heap limit %d MB)" % (n(2, 8), pick([16, 64]), pick([512, 1024])),
    lambda: ml("Info", "Consumer poll: received %d messages, failed 0, decoded %d" % ((k := n(1, 10)), k), "Inventory.Consumer", 40),
    lambda: "%s [Warn] Warp: Client closed connection prematurely @(warp)" % iso(6, "", " "),
    lambda: katip("Debug", "Ledger.Post", 190, "batch balanced", {"batch": uid(), "error": None}),
]

FAMILIES = {
    "clojure": (clj_errors, clj_non),
    "haskell": (hs_errors, hs_non),
}
