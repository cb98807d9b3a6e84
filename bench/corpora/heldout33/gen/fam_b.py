"""Families: kotlin-ktor-webflux-eks, php-laravel-symfony-fpm."""
import json
from common import (hexs, alnum, lower, digits, uuid, ip10, pick, build, day, hms, jd)

# ---------------------------------------------------------------- kotlin-ktor-webflux-eks
# Two Kotlin services of larchwave's payments team:
# * ledger-api: Ktor 2.3 (Netty) on ECS Fargate, logback "%d{YYYY-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n",
#   shipped raw by the awslogs driver (multi-line pattern on the date, so a stack trace stays in one event);
# * quote-gateway: Spring Boot 3.3 WebFlux on EKS, logstash-logback-encoder JSON on stdout, shipped by Fluent Bit
#   (tail + CRI parser + kubernetes filter) as {"time","stream","_p","log","kubernetes":{…}}; the JSON record is the `log` string.
F1 = "kotlin-ktor-webflux-eks"


def kt(R, level, thread, logger, msg):
    return "2029-08-%02d %s.%s [%s] %-5s %s - %s" % (day(R), hms(R), digits(R, 3), thread, level, logger, msg)


def ev(R):
    return "eventLoopGroupProxy-4-%d" % R.randint(1, 8)


def fb(R, level, logger, msg, stack=None, thread=None):
    rec = {"@timestamp": "2029-08-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 3)), "@version": "1", "message": msg, "logger_name": logger,
           "thread_name": thread or "reactor-http-epoll-%d" % R.randint(1, 4), "level": level, "level_value": {"ERROR": 40000, "WARN": 30000, "INFO": 20000, "DEBUG": 10000}[level]}
    if stack:
        rec["stack_trace"] = stack
    rec["traceId"] = hexs(R, 32)
    pod = "quote-gateway-7c9d%s-%s" % (lower(R, 4), lower(R, 5))
    return jd({"time": "2029-08-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 9)), "stream": "stdout", "_p": "F", "log": jd(rec),
               "kubernetes": {"pod_name": pod, "namespace_name": "payments", "pod_id": uuid(R), "labels": {"app.kubernetes.io/name": "quote-gateway"},
                              "host": "ip-10-30-%d-%d.eu-central-1.compute.internal" % (R.randint(16, 47), R.randint(4, 254)), "container_name": "quote-gateway",
                              "docker_id": hexs(R, 64), "container_image": "318842056271.dkr.ecr.eu-central-1.amazonaws.com/quote-gateway:2.9.%d" % R.randint(0, 4)}})


def lp(R):
    return "%s-%d" % (hexs(R, 8), R.randint(1, 400))


def k1_exposed(R):
    # ledger-api 4.2 reads the fx_snapshots table that only the (not yet run) Flyway V41 migration creates
    return kt(R, "ERROR", ev(R), "ktor.application", "Unhandled: %s - /api/ledger/%s\n"
              "org.jetbrains.exposed.exceptions.ExposedSQLException: org.postgresql.util.PSQLException: ERROR: relation \"fx_snapshots\" does not exist\n  Position: %d\n"
              "SQL: [SELECT fx_snapshots.id, fx_snapshots.base, fx_snapshots.rate FROM fx_snapshots WHERE fx_snapshots.base = ? ORDER BY fx_snapshots.taken_at DESC LIMIT 1]\n"
              "\tat org.jetbrains.exposed.sql.statements.Statement.executeIn$exposed_core(Statement.kt:63)\n"
              "\tat org.jetbrains.exposed.sql.Transaction.exec(Transaction.kt:%d)\n"
              "\tat com.larchwave.ledger.fx.FxRepository.latest(FxRepository.kt:29)\n"
              "\tat com.larchwave.ledger.routes.TransferRoutesKt$transferRoutes$1.invokeSuspend(TransferRoutes.kt:%d)"
              % (pick(R, ["POST", "POST", "GET"]), pick(R, ["transfers", "transfers/quote", "accounts/%s/balance?ccy=%s" % (uuid(R), pick(R, ["USD", "GBP", "CHF"]))]), R.randint(60, 90), R.randint(140, 160), R.randint(40, 80)))


def k1_fxclient(R):
    # the FX vendor retired the v2 endpoint (now black-holed): every scheduled refresh times out, rates go stale
    return kt(R, "ERROR", "DefaultDispatcher-worker-%d" % R.randint(1, 16), "c.l.ledger.fx.FxRefresher", "FX refresh failed for base EUR (last good snapshot %d min ago)\n"
              "io.ktor.client.plugins.HttpRequestTimeoutException: Request timeout has expired [url=https://rates.fxfeed-invent.example/v2/latest?base=EUR, request_timeout=5000 ms]\n"
              "\tat io.ktor.client.plugins.HttpTimeoutKt$timeoutExceptionCause(HttpTimeout.kt:%d)\n"
              "\tat com.larchwave.ledger.fx.FxRefresher.refresh(FxRefresher.kt:44)"
              % (R.randint(6, 600), R.randint(200, 240)))


def k1_premature(R):
    # pricing-svc's ALB idle timeout (5 s) is below reactor-netty's pool maxIdleTime: reused connections get closed mid-request
    i = lp(R)
    return fb(R, "ERROR", "o.s.b.a.w.r.e.AbstractErrorWebExceptionHandler", "[%s] 500 Server Error for HTTP POST \"/quotes\"" % i,
              "reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE response\n"
              "\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: \nError has been observed at the following site(s):\n"
              "\t*__checkpoint \u21e2 Request to POST http://pricing-svc.pricing.svc.cluster.local:8080/v1/price [DefaultWebClient]\n"
              "\t*__checkpoint \u21e2 HTTP POST \"/quotes\" [ExceptionHandlingWebHandler]\nOriginal Stack Trace:\n")


def k1_r2dbc(R):
    # the new quote-gateway HPA max (40 pods x pool 20) exceeds the Aurora instance's max_connections
    return fb(R, "ERROR", pick(R, ["o.s.b.a.w.r.e.AbstractErrorWebExceptionHandler", "c.l.quotes.QuoteService"]),
              pick(R, ["[%s] 500 Server Error for HTTP GET \"/quotes/%s\"" % (lp(R), uuid(R)), "failed to persist quote %s" % uuid(R)]),
              "io.r2dbc.postgresql.ExceptionFactory$PostgresqlNonTransientResourceException: [53300] remaining connection slots are reserved for non-replication superuser connections\n"
              "\tat io.r2dbc.postgresql.ExceptionFactory.createException(ExceptionFactory.java:%d)\n"
              "\tat io.r2dbc.pool.ConnectionPool.lambda$new$7(ConnectionPool.java:%d)" % (R.randint(90, 110), R.randint(120, 140)))


def k1_dropped(R):
    # the SQS rate-update listener subscribes without an error handler: an unknown currency kills the subscription
    c = pick(R, ["CNH", "XDR", "ZWG", "VED"])
    return fb(R, "ERROR", "reactor.core.publisher.Operators", "Operator called default onErrorDropped",
              "reactor.core.Exceptions$ErrorCallbackNotImplemented: java.lang.IllegalArgumentException: No enum constant com.larchwave.quotes.Currency.%s\n"
              "Caused by: java.lang.IllegalArgumentException: No enum constant com.larchwave.quotes.Currency.%s\n"
              "\tat java.base/java.lang.Enum.valueOf(Enum.java:293)\n"
              "\tat com.larchwave.quotes.rates.RateUpdateListener.toUpdate(RateUpdateListener.kt:%d)" % (c, c, R.randint(30, 60)),
              thread="sqs-listener-%d" % R.randint(1, 4))


def k1_negs():
    def n_call(R):
        return kt(R, "INFO", ev(R), "ktor.application", "%s: %s - /api/ledger/%s in %dms" % (pick(R, ["200 OK", "200 OK", "201 Created", "204 No Content", "401 Unauthorized", "404 Not Found", "409 Conflict"]), pick(R, ["GET", "POST"]), pick(R, ["accounts/%s" % uuid(R), "transfers", "health", "accounts/%s/entries?page=%d" % (uuid(R), R.randint(1, 40))]), R.randint(1, 600)))
    def n_boot(R):
        return kt(R, "INFO", "main", pick(R, ["ktor.application", "c.z.h.HikariDataSource", "o.f.c.i.c.DbMigrate"]), pick(R, ["Application started in %.3f seconds." % R.uniform(0.8, 3), "Responding at http://0.0.0.0:8080", "ledger - Start completed.", "Schema \"public\" is up to date. No migration necessary.", "Autoreload is disabled because the development mode is off."]))
    def n_bad(R):
        return kt(R, "WARN", ev(R), "c.l.ledger.plugins.StatusPages", "400 Bad Request for POST /api/ledger/transfers: %s" % pick(R, ["amount must be positive", "currency GBX not supported", "idempotency key reused with a different body", "source and target account are the same"]))
    def n_fx_ok(R):
        return kt(R, "INFO", "DefaultDispatcher-worker-%d" % R.randint(1, 16), "c.l.ledger.fx.FxRefresher", "FX refresh from cache: %d rates, 0 errors, next attempt in 60s" % R.randint(30, 170))
    def n_retry(R):
        return kt(R, "WARN", "DefaultDispatcher-worker-%d" % R.randint(1, 16), "c.l.ledger.client.KycClient", "KYC lookup attempt %d failed (SocketTimeoutException), retrying; succeeded on attempt %d" % (R.randint(1, 2), 3))
    def n_access(R):
        return fb(R, "INFO", "reactor.netty.http.server.AccessLog", "%s - - [%02d/Aug/2029:%s +0000] \"%s %s HTTP/1.1\" %d %d %d" % (ip10(R, 30), day(R), hms(R), pick(R, ["GET", "POST"]), pick(R, ["/quotes", "/quotes/%s" % uuid(R), "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus"]), pick(R, [200, 200, 200, 201, 404, 400]), R.randint(20, 9000), R.randint(1, 800)))
    def n_dbg(R):
        return fb(R, "DEBUG", "o.s.w.s.adapter.HttpWebHandlerAdapter", "[%s] %s" % (lp(R), pick(R, ["HTTP GET \"/quotes/%s\"" % uuid(R), "Completed 200 OK", "Completed 404 NOT_FOUND", "Completed 400 BAD_REQUEST"])))
    def n_aborted(R):
        # the mobile client gave up and closed the connection
        return fb(R, pick(R, ["DEBUG", "WARN"]), "reactor.netty.http.server.HttpServerOperations", "[%s, L:/%s:8080 ! R:/%s:%d] %s" % (hexs(R, 8), ip10(R, 30), ip10(R, 30), R.randint(30000, 60000), pick(R, ["Connection has been closed BEFORE send operation (client aborted)", "Dropped 1 error(s) after client cancel: reactor.netty.channel.AbortedException"])))
    def n_resilience(R):
        return fb(R, "WARN", "c.l.quotes.PricingClient", "Retry 'pricing' recorded a failed retry attempt. Number of retry attempts: '1'. Waiting PT0.2S until the next attempt. Last attempt failed with exception 'java.net.ConnectException: Connection refused' (pod rolling)")
    def n_cb(R):
        return fb(R, "INFO", "i.g.r.c.i.CircuitBreakerStateMachine", "CircuitBreaker 'pricing' changed state from %s" % pick(R, ["HALF_OPEN to CLOSED", "CLOSED to CLOSED (failure rate 0.0%)"]))
    def n_start(R):
        return fb(R, "INFO", pick(R, ["o.s.b.w.e.netty.NettyWebServer", "c.l.quotes.QuoteGatewayApplicationKt", "o.s.b.a.e.web.EndpointLinksResolver"]), pick(R, ["Netty started on port 8080 (http)", "Started QuoteGatewayApplicationKt in %.3f seconds (process running for %.3f)" % (R.uniform(3, 7), R.uniform(4, 8)), "Exposing 3 endpoint(s) beneath base path '/actuator'"]), thread="main")
    def n_listener(R):
        return fb(R, "INFO", "c.l.quotes.rates.RateUpdateListener", "applied %d rate updates from batch %s (0 failed, 0 skipped)" % (R.randint(1, 10), uuid(R)), thread="sqs-listener-%d" % R.randint(1, 4))
    return [n_call, n_boot, n_bad, n_fx_ok, n_retry, n_access, n_dbg, n_aborted, n_resilience, n_cb, n_start, n_listener, n_call, n_access]


def fam_kotlin(R):
    return build(R, F1, [("ledger-exposed-fx-snapshots-relation-missing", k1_exposed), ("ledger-fx-vendor-v2-request-timeout", k1_fxclient),
                         ("quote-gateway-pricing-premature-close", k1_premature), ("quote-gateway-r2dbc-connection-slots-exhausted", k1_r2dbc),
                         ("rate-listener-unknown-currency-subscription-dropped", k1_dropped)], k1_negs())


# ---------------------------------------------------------------- php-laravel-symfony-fpm
# larchwave "studio" (Laravel 11 on php-fpm 8.3, ECS; storage/logs to stderr with the default LineFormatter, plus the
# `php artisan queue:work` console and the php-fpm master log) and "shop-api" (Symfony 7 with Monolog's JsonFormatter
# to stderr). All shipped by the awslogs driver; Laravel records with a stack trace are one event.
F2 = "php-laravel-symfony-fpm"


def lv(R, level, msg, ctx="[]"):
    return "[2029-08-%02d %s] production.%s: %s %s []" % (day(R), hms(R), level, msg, ctx)


def lv_exc(R, level, msg, cls, code, at, frames):
    st = "".join("#%d %s\n" % (i, f) for i, f in enumerate(frames)) + "#%d {main}\n" % len(frames)
    ctx = '{"exception":"[object] (%s(code: %s): %s at %s)\n[stacktrace]\n%s"}' % (cls.replace("\\", "\\\\"), code, msg.replace('"', '\\"'), at, st)
    return lv(R, level, msg, ctx)


def fpm(R, level, msg):
    return "[%02d-Aug-2029 %s] %s: %s" % (day(R), hms(R), level, msg)


def sy(R, channel, level, msg, ctx=None, extra=None):
    lvl = {"DEBUG": 100, "INFO": 200, "NOTICE": 250, "WARNING": 300, "ERROR": 400, "CRITICAL": 500}[level]
    return json.dumps({"message": msg, "context": ctx or {}, "level": lvl, "level_name": level, "channel": channel,
                       "datetime": "2029-08-%02dT%s.%s+00:00" % (day(R), hms(R), digits(R, 6)), "extra": extra or {}}, separators=(",", ":"))


def p_pdf(R):
    # wkhtmltopdf hangs on the new invoice template's web font (fetched from a host the task cannot reach)
    inv = "INV-2029-%s" % digits(R, 6)
    if R.random() < 0.3:
        return "  2029-08-%02d %s App\\Jobs\\RenderInvoicePdf %s %s FAIL" % (day(R), hms(R), "." * R.randint(40, 60), "%.2fs" % R.uniform(60.0, 60.9))
    cmd = "'/usr/local/bin/wkhtmltopdf' '--quiet' '--encoding' 'utf-8' '/tmp/knp_%s.html' '/tmp/knp_%s.pdf'" % (alnum(R, 12), alnum(R, 12))
    return lv_exc(R, "ERROR", "The process \"%s\" exceeded the timeout of 60 seconds." % cmd, "Symfony\\Component\\Process\\Exception\\ProcessTimedOutException", 0,
                  "/var/www/html/vendor/symfony/process/Process.php:1182",
                  ["/var/www/html/vendor/symfony/process/Process.php(440): Symfony\\Component\\Process\\Process->checkTimeout()",
                   "/var/www/html/vendor/knplabs/knp-snappy/src/Knp/Snappy/AbstractGenerator.php(%d): Symfony\\Component\\Process\\Process->wait()" % R.randint(600, 620),
                   "/var/www/html/app/Services/InvoicePdf.php(48): Knp\\Snappy\\AbstractGenerator->generateFromHtml('<!DOCTYPE html>...', '/tmp/%s.pdf')" % inv,
                   "/var/www/html/app/Jobs/RenderInvoicePdf.php(37): App\\Services\\InvoicePdf->render(Object(App\\Models\\Invoice))"])


def p_oom(R):
    # the "export all orders" XLSX builds the whole sheet in memory; big tenants exceed memory_limit=256M
    return fpm(R, "WARNING", "[pool www] child %d said into stderr: \"NOTICE: PHP message: PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate %d bytes) in /var/www/html/vendor/phpoffice/phpspreadsheet/src/PhpSpreadsheet/%s on line %d\""
               % (R.randint(20, 900), pick(R, [4096, 8192, 20480, 65536, 2097160]), pick(R, ["Collection/Cells.php", "Cell/Cell.php", "Worksheet/Worksheet.php"]), R.randint(100, 500)))


def p_segv(R):
    # imagick 3.7 + ImageMagick 7.1 in the new base image crashes on CMYK JPEG thumbnails
    return fpm(R, "WARNING", "[pool www] child %d exited on signal 11 (SIGSEGV) after %.6f seconds from start" % (R.randint(20, 900), R.uniform(0.5, 900)))


def p_table(R):
    # shop-api 5.3 deployed before its Doctrine migration: the wishlist_item table does not exist
    return sy(R, "request", "CRITICAL", "Uncaught PHP Exception Doctrine\\DBAL\\Exception\\TableNotFoundException: \"An exception occurred while executing a query: SQLSTATE[42S02]: Base table or view not found: 1146 Table 'shop.wishlist_item' doesn't exist\" at Driver.php line 81",
              {"exception": {"class": "Doctrine\\DBAL\\Exception\\TableNotFoundException", "message": "An exception occurred while executing a query: SQLSTATE[42S02]: Base table or view not found: 1146 Table 'shop.wishlist_item' doesn't exist", "code": 1146,
                             "file": "/srv/app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:81"}},
              {"request_uri": pick(R, ["/api/wishlist", "/api/wishlist/items", "/api/customers/%d/wishlist" % R.randint(1000, 99999)]), "request_id": uuid(R)})


def p_messenger(R):
    # the ERP rotated its API token; the stock sync handler keeps the old one: messages are dropped after 3 retries
    sku = "SKU-%s" % digits(R, 6)
    return sy(R, "messenger", "CRITICAL", "Error thrown while handling message App\\Message\\SyncStock. Removing from transport after 3 retries. Error: \"Handling \"App\\Message\\SyncStock\" failed: HTTP/1.1 401 Unauthorized returned for \"https://erp.larchwave-invent.example/api/v3/stock/%s\".\"" % sku,
              {"class": "App\\Message\\SyncStock", "message_id": R.randint(10000, 999999), "retryCount": 3, "error": "HTTP/1.1 401 Unauthorized returned for \"https://erp.larchwave-invent.example/api/v3/stock/%s\"." % sku,
               "exception": {"class": "Symfony\\Component\\Messenger\\Exception\\HandlerFailedException", "message": "Handling \"App\\Message\\SyncStock\" failed", "code": 401}})


def p_negs():
    def n_info(R):
        return lv(R, pick(R, ["INFO", "INFO", "DEBUG", "NOTICE"]), pick(R, ["Invoice %s sent to %s" % ("INV-2029-" + digits(R, 6), pick(R, ["accounts", "billing"])) + "@customer-invent.example", "Newsletter batch %d queued (%d recipients, 0 failed)" % (R.randint(1, 90), R.randint(100, 9000)),
                                                                            "Tenant %d switched plan to %s" % (R.randint(100, 9999), pick(R, ["pro", "team"])), "Cache cleared for tenant %d" % R.randint(100, 9999)]))
    def n_warn(R):
        return lv(R, "WARNING", pick(R, ["Login throttled for %s (5 attempts)" % ip10(R, 20), "Deprecated: Return type of App\\Support\\Money::jsonSerialize() should be compatible (vendor patch pending)", "Slow query (%d ms) on orders index, using cached result" % R.randint(1000, 3000), "Webhook signature mismatch from %s, request rejected (400)" % ip10(R, 20)]))
    def n_worker(R):
        return "  2029-08-%02d %s %s %s %s" % (day(R), hms(R), pick(R, ["App\\Jobs\\RenderInvoicePdf", "App\\Jobs\\SendNewsletter", "App\\Jobs\\SyncSearchIndex", "App\\Listeners\\SendWelcomeMail"]), "." * R.randint(30, 60), pick(R, ["RUNNING", "%.2fms DONE" % R.uniform(2, 900), "%.2fs DONE" % R.uniform(1, 20)]))
    def n_fpm(R):
        return fpm(R, "NOTICE", pick(R, ["fpm is running, pid 1", "ready to handle connections", "Finishing ...", "exiting, bye-bye!", "Reloading in progress ...", "[pool www] child %d started" % R.randint(20, 900), "[pool www] child %d exited with code 0 after %.6f seconds from start" % (R.randint(20, 900), R.uniform(100, 9000))]))
    def n_fpm_warn(R):
        return fpm(R, "WARNING", "[pool www] child %d said into stderr: \"NOTICE: PHP message: PHP Deprecated:  Creation of dynamic property App\\Legacy\\Cart::$%s is deprecated in /var/www/html/app/Legacy/Cart.php on line %d\"" % (R.randint(20, 900), pick(R, ["coupon", "taxRate", "meta"]), R.randint(20, 300)))
    def n_route(R):
        return sy(R, "request", "INFO", "Matched route \"%s\"." % pick(R, ["api_product_show", "api_cart_add", "api_wishlist_list", "api_health"]), {"route": "api_product_show", "route_parameters": {"_route": "api_product_show", "id": str(R.randint(1, 99999))}, "request_uri": "https://shop-api.larchwave.example/api/products/%d" % R.randint(1, 99999), "method": "GET"})
    def n_404(R):
        p = pick(R, ["/wp-login.php", "/.env", "/phpinfo.php", "/api/products/%d" % R.randint(900000, 999999), "/xmlrpc.php", "/.git/HEAD"])
        cls = "NotFoundHttpException" if p.startswith("/api") is False else "NotFoundHttpException"
        return sy(R, "request", "ERROR", "Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\%s: \"No route found for \"GET https://shop-api.larchwave.example%s\"\" at RouterListener.php line 149" % (cls, p),
                  {"exception": {"class": "Symfony\\Component\\HttpKernel\\Exception\\" + cls, "message": "No route found for \"GET https://shop-api.larchwave.example%s\"" % p, "code": 0, "file": "/srv/app/vendor/symfony/http-kernel/EventListener/RouterListener.php:149"}})
    def n_denied(R):
        return sy(R, "request", "ERROR", "Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException: \"Access Denied.\" at ExceptionListener.php line 138",
                  {"exception": {"class": "Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException", "message": "Access Denied.", "code": 403}}, {"request_uri": "/api/admin/%s" % pick(R, ["orders", "refunds", "users"]), "user": "customer-%d" % R.randint(1000, 99999)})
    def n_security(R):
        return sy(R, "security", pick(R, ["DEBUG", "INFO"]), pick(R, ["Checking for authenticator support.", "Authenticator successful!", "Read existing security token from the session.", "Authentication failure, redirecting to login (invalid credentials)."]), {"firewall_name": "api", "authenticators": 1})
    def n_msg_retry(R):
        return sy(R, "messenger", "WARNING", "Error thrown while handling message App\\Message\\ReindexProduct. Sending for retry #%d using %d ms delay. Error: \"Idle timeout reached for \"http://opensearch:9200/products/_doc/%d\".\"" % ((lambda n: (n, 1000 * 2 ** (n - 1)))(R.randint(1, 2)) + (R.randint(1, 99999),)), {"class": "App\\Message\\ReindexProduct", "retryCount": 1})
    def n_msg_ok(R):
        return sy(R, "messenger", "INFO", "Message %s handled by %s" % (pick(R, ["App\\Message\\SyncStock", "App\\Message\\ReindexProduct", "App\\Message\\SendOrderMail"]), pick(R, ["App\\MessageHandler\\SyncStockHandler::__invoke", "App\\MessageHandler\\ReindexProductHandler::__invoke"])), {"class": "App\\Message\\SyncStock", "message_id": R.randint(1000, 999999)})
    def n_doctrine(R):
        return sy(R, "doctrine", "DEBUG", "Executing statement: SELECT p0_.id AS id_0, p0_.sku AS sku_1 FROM product p0_ WHERE p0_.id = ? (parameters: {params}, types: {types})", {"sql": "SELECT ...", "params": {"1": R.randint(1, 99999)}, "types": {"1": 1}})
    def n_php_ok(R):
        return sy(R, "app", "INFO", "stock sync finished: %d updated, 0 errors, 0 failed messages" % R.randint(0, 400), {"run_id": uuid(R)})
    return [n_info, n_warn, n_worker, n_fpm, n_fpm_warn, n_route, n_404, n_denied, n_security, n_msg_retry, n_msg_ok, n_doctrine, n_php_ok, n_worker, n_route]


def fam_php(R):
    return build(R, F2, [("studio-invoice-pdf-wkhtmltopdf-timeout", p_pdf), ("studio-xlsx-export-memory-exhausted", p_oom),
                         ("studio-fpm-imagick-sigsegv", p_segv), ("shop-api-wishlist-item-table-missing", p_table),
                         ("shop-api-stock-sync-erp-401-removed", p_messenger)], p_negs())


FAMILIES = {F1: fam_kotlin, F2: fam_php}
