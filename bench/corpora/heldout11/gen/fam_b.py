"""Families: bref-php, opennext-remix."""
from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    reqid, lambda_report, lambda_start, lambda_end)

# ---------------------------------------------------------------- bref-php
# Bref on Lambda: the function runtime (`Invoke Error` JSON), the FPM runtime (php-fpm notices and
# PHP's own `PHP Fatal error:` lines on stderr), Laravel's monolog stderr channel
# (`[ts] production.LEVEL: msg {context}`), and a Symfony Messenger worker on ECS (monolog
# `[iso] channel.LEVEL: msg {context} []`).
F1 = "bref-php"


def fpmts(R):
    return "[%02d-Apr-2027 %s]" % (day(R), hms(R))


def lv(R, lvl, msg, ctx=None):
    s = "[2027-04-%02d %s] production.%s: %s" % (day(R), hms(R), lvl, msg)
    if ctx is not None:
        s += " " + ctx
    return s


def sy(R, chan, lvl, msg, ctx="{}"):
    return "[2027-04-%02dT%s.%06d+00:00] %s.%s: %s %s []" % (day(R), hms(R), R.randint(0, 999999), chan, lvl, msg, ctx)


def invoke_error(R, etype, emsg, stack):
    return "%s\t%s\tInvoke Error\t%s" % (iso(R, 3), reqid(R), jd({"errorType": etype, "errorMessage": emsg, "stack": stack}))


def g_bref_db_timeout(R):
    if R.random() < 0.5:
        return invoke_error(R, "PDOException", "SQLSTATE[HY000] [2002] Connection timed out",
                            ["#0 /var/task/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(%d): PDO->__construct()" % pick(R, [65, 65]),
                             "#1 /var/task/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\Database\\Connectors\\Connector->createPdoConnection()",
                             "#2 /var/task/app/Jobs/ImportOrders.php(31): Illuminate\\Database\\Connection->select()",
                             "#3 {main}"])
    return "PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection timed out in /var/task/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65\nStack trace:\n#0 /var/task/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=shop...', 'shop_app', Object(SensitiveParameterValue), Array)\n#1 /var/task/vendor/laravel/framework/src/Illuminate/Database/Connectors/MySqlConnector.php(24): Illuminate\\Database\\Connectors\\Connector->createConnection('mysql:host=shop...', Array, Array)\n#2 {main}\n  thrown in /var/task/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php on line 65"


def g_bref_redis_ext(R):
    return lv(R, "ERROR", 'Class "Redis" not found', '{"exception":"[object] (Error(code: 0): Class \\"Redis\\" not found at /var/task/vendor/laravel/framework/src/Illuminate/Redis/Connectors/PhpRedisConnector.php:%d)\n[stacktrace]\n#0 /var/task/vendor/laravel/framework/src/Illuminate/Redis/Connectors/PhpRedisConnector.php(38): Illuminate\\\\Redis\\\\Connectors\\\\PhpRedisConnector->createClient(Array)\n#1 /var/task/vendor/laravel/framework/src/Illuminate/Cache/RedisStore.php(%d): Illuminate\\\\Redis\\\\RedisManager->connection(\'cache\')\n#2 {main}\n"}' % (pick(R, [79, 79]), R.choice([63, 97, 118])))


def g_bref_s3(R):
    inv = "INV-%d" % R.randint(100000, 999999)
    return lv(R, "ERROR", "Unable to write file at location: invoices/2027/04/%s.pdf. Error executing \"PutObject\" on \"https://example-shop-invoices.s3.amazonaws.com/invoices/2027/04/%s.pdf\"; AWS HTTP error: Client error: `PUT https://example-shop-invoices.s3.amazonaws.com/invoices/2027/04/%s.pdf` resulted in a `403 Forbidden` response:\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>%s</RequestId><HostId>%s</HostId></Error>\n AccessDenied (client): Access Denied" % (inv, inv, inv, alnum(R, 16).upper(), alnum(R, 56)),
              '{"userId":%d,"exception":"[object] (League\\\\Flysystem\\\\UnableToWriteFile(code: 0): Unable to write file at location: invoices/2027/04/%s.pdf. at /var/task/vendor/league/flysystem/src/UnableToWriteFile.php:24)"}' % (R.randint(1, 90000), inv))


def g_bref_timeout(R):
    return "%s %s Task timed out after %.2f seconds" % (iso(R, 3), reqid(R), R.uniform(28.0, 28.09))


def g_bref_messenger(R):
    oid = R.randint(100000, 999999)
    return sy(R, "messenger", "CRITICAL", 'Error thrown while handling message App\\Message\\GenerateInvoicePdf. Removing from transport after 3 retries. Error: "Handling "App\\Message\\GenerateInvoicePdf" failed: The process "\'/opt/bin/chromium\' \'--headless\' \'--print-to-pdf=/tmp/invoice-%d.pdf\'" exceeded the timeout of 60 seconds."' % oid,
              '{"class":"App\\\\Message\\\\GenerateInvoicePdf","message_id":"%d","retryCount":3,"error":"Handling \\"App\\\\Message\\\\GenerateInvoicePdf\\" failed","exception":"[object] (Symfony\\\\Component\\\\Messenger\\\\Exception\\\\HandlerFailedException(code: 0): ... at /app/vendor/symfony/messenger/Middleware/HandleMessageMiddleware.php:%d)"}' % (R.randint(1, 99999), pick(R, [124, 124])))


def g_bref_shipping_503(R):
    return sy(R, "request", "CRITICAL", 'Uncaught PHP Exception Symfony\\Component\\HttpClient\\Exception\\ServerException: "HTTP/2 503 returned for "https://api.shipping.example.com/v1/labels"." at /var/task/vendor/symfony/http-client/Chunk/ErrorChunk.php line 56',
              '{"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\ServerException(code: 503): HTTP/2 503 returned for \\"https://api.shipping.example.com/v1/labels\\". at /var/task/vendor/symfony/http-client/Chunk/ErrorChunk.php:56)","order":"%s"}' % ("SO-%d" % R.randint(10000, 99999)))


def g_bref_memory(R):
    return "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes) in /var/task/vendor/phpoffice/phpspreadsheet/src/PhpSpreadsheet/Cell/Cell.php on line %d" % (
        pick(R, [4096, 8192, 20480, 65536, 262144, 1052672, 2097160]) + R.randint(0, 64) * 8, pick(R, [187, 187]))


def g_bref_ssm(R):
    fn = pick(R, ["shop-api-prod-api", "shop-api-prod-console", "shop-api-prod-worker"])
    par = pick(R, ["app-key", "db-password", "stripe-secret"])
    return "\n".join([
        "Fatal error: Uncaught RuntimeException: Bref was not able to resolve secrets contained in environment variables from SSM because of a permissions issue with the SSM API. Did you add IAM permissions in serverless.yml to allow Lambda to access SSM? (docs: https://bref.sh/docs/environment/variables.html#at-deployment-time).",
        "Full exception message: Error executing \"GetParameters\" on \"https://ssm.us-east-1.amazonaws.com\"; AWS HTTP error: Client error: `POST https://ssm.us-east-1.amazonaws.com` resulted in a `400 Bad Request` response: {\"__type\":\"AccessDeniedException\",\"Message\":\"User: arn:aws:sts::111122223333:assumed-role/shop-api-prod-us-east-1-lambdaRole/%s is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:us-east-1:111122223333:parameter/shop/prod/%s (truncated...)" % (fn, par),
        "Stack trace:",
        "#0 /var/task/vendor/bref/secrets-loader/src/Secrets.php(%d): Bref\\Secrets\\Secrets::retrieveParametersFromSsm(Array)" % pick(R, [58, 58]),
        "#1 {main}",
        "  thrown in /var/task/vendor/bref/secrets-loader/src/Secrets.php on line %d" % pick(R, [131, 131]),
    ])


def g_bref_hubspot_attempts(R):
    return lv(R, "ERROR", "App\\Jobs\\SyncCustomerToHubspot has been attempted too many times.",
              '{"exception":"[object] (Illuminate\\\\Queue\\\\MaxAttemptsExceededException(code: 0): App\\\\Jobs\\\\SyncCustomerToHubspot has been attempted too many times. at /var/task/vendor/laravel/framework/src/Illuminate/Queue/MaxAttemptsExceededException.php:24)","job_id":"%s","customer":%d}' % (uuid(R), R.randint(1, 90000)))


def n_bref_fpm(R):
    return "%s NOTICE: %s" % (fpmts(R), pick(R, ["fpm is running, pid %d" % R.randint(8, 14), "ready to handle connections", "[pool default] 'user' directive is ignored when FPM is not running as root"]))


def n_bref_fpm_warn(R):
    c = R.randint(10, 30)
    return "%s WARNING: %s" % (fpmts(R), pick(R, [
        "[pool default] child %d, script '/var/task/public/index.php' (request: \"GET /index.php\") execution timed out (%.3f sec), terminating" % (c, R.uniform(27.9, 28.1)),
        "[pool default] child %d exited on signal 15 (SIGTERM) after %.6f seconds from start" % (c, R.uniform(28, 31)),
        "[pool default] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning %d children, there are 0 idle, and %d total children" % (R.randint(1, 8), R.randint(2, 10))]))


def n_bref_platform(R):
    v = R.random()
    if v < 0.35:
        return lambda_start(R)
    if v < 0.6:
        return lambda_end(R)
    if v < 0.9:
        return lambda_report(R, init=R.random() < 0.3)
    return "[Bref] Loaded these environment variables from SSM: %s" % ", ".join(R.sample(["APP_KEY", "DB_PASSWORD", "STRIPE_SECRET", "HUBSPOT_TOKEN"], 2))


def n_bref_laravel_info(R):
    return lv(R, pick(R, ["INFO", "DEBUG", "NOTICE"]), pick(R, [
        "Imported %d orders from marketplace feed (0 errors)" % R.randint(1, 900),
        "Customer %d synced to HubSpot" % R.randint(1, 90000),
        "Cache miss for catalog:%s, rebuilding" % lower(R, 6)]), "[]")


def n_bref_laravel_warn(R):
    return lv(R, "WARNING", pick(R, [
        "HubSpot rate limit hit (429), job released back to queue with %ds delay (attempt %d of 5)" % (R.randint(10, 120), R.randint(1, 4)),
        "Slow query (%dms): select * from `orders` where `status` = ?" % R.randint(1000, 9000)]), "[]")


def n_bref_messenger_retry(R):
    return sy(R, "messenger", "WARNING", 'Error thrown while handling message App\\Message\\GenerateInvoicePdf. Sending for retry #%d using %d ms delay. Error: "Handling "App\\Message\\GenerateInvoicePdf" failed: The process exceeded the timeout of 60 seconds."' % ((lambda n: (n, 1000 * 2 ** (n - 1)))(R.randint(1, 2))),
              '{"class":"App\\\\Message\\\\GenerateInvoicePdf","message_id":"%d"}' % R.randint(1, 99999))


def n_bref_messenger_ok(R):
    return sy(R, "messenger", "INFO", "Message App\\Message\\%s handled by App\\MessageHandler\\%sHandler::__invoke" % ((lambda m: (m, m))(pick(R, ["GenerateInvoicePdf", "SendOrderConfirmation", "ReindexProduct"]))),
              '{"class":"App\\\\Message","message_id":"%d"}' % R.randint(1, 99999))


def n_bref_notfound_info(R):
    return sy(R, "request", "INFO", 'Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "No route found for "GET https://shop.example.com/%s"" at /var/task/vendor/symfony/http-kernel/EventListener/RouterListener.php line 149' % pick(R, ["wp-login.php", ".env", "xmlrpc.php", "phpmyadmin/", "admin/config.php?%s" % lower(R, 4)]))


def n_bref_matched(R):
    return sy(R, "request", "INFO", 'Matched route "%s".' % pick(R, ["api_orders_show", "api_cart_add", "app_health"]), '{"route":"api","request_uri":"https://shop.example.com/api/orders/%d","method":"GET"}' % R.randint(1, 99999))


def bref_php(R):
    groups = [
        ("rds-connection-timed-out", g_bref_db_timeout),
        ("laravel-redis-extension-missing", g_bref_redis_ext),
        ("laravel-invoice-s3-put-denied", g_bref_s3),
        ("api-task-timed-out", g_bref_timeout),
        ("messenger-invoice-pdf-retries-exhausted", g_bref_messenger),
        ("symfony-shipping-labels-503", g_bref_shipping_503),
        ("export-memory-exhausted", g_bref_memory),
        ("bref-ssm-secrets-denied", g_bref_ssm, 6),
        ("laravel-hubspot-max-attempts", g_bref_hubspot_attempts),
    ]
    negs = [n_bref_fpm, n_bref_fpm_warn, n_bref_platform, n_bref_laravel_info, n_bref_laravel_warn, n_bref_messenger_retry,
            n_bref_messenger_ok, n_bref_notfound_info, n_bref_matched]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- opennext-remix
# Node 20 on Lambda, default text format (`ts\treqid\tLEVEL\tmsg`): a Next.js app deployed with
# OpenNext (server, image-optimisation, revalidation functions) and a Remix app on the
# Architect adapter; a few functions use Lambda's JSON log format.
F2 = "opennext-remix"


def nl(R, lvl, msg):
    return "%s\t%s\t%s\t%s" % (iso(R, 3), reqid(R), lvl, msg)


def njson(R, lvl, msg, **kv):
    d = {"timestamp": iso(R, 3), "level": lvl, "requestId": reqid(R), "message": msg}
    d.update(kv)
    return jd(d)


def digest(R):
    return str(R.randint(10**8, 10**10))


def g_next_cms_timeout(R):
    slug = pick(R, ["spring-sale", "new-arrivals", "gift-guide", "trail-shoes", "rain-jackets", "about-us"])
    return nl(R, "ERROR", "\n".join([
        " ⨯ TypeError: fetch failed",
        "    at node:internal/deps/undici/undici:13502:13",
        "    at async getPage (/var/task/.next/server/chunks/%d.js:1:%d)" % (pick(R, [812, 812]), pick(R, [4411, 4411])),
        "    at async Page (/var/task/.next/server/app/[locale]/[slug]/page.js:1:%d) {" % pick(R, [9120, 9120]),
        "  digest: '%s'," % digest(R),
        "  [cause]: ConnectTimeoutError: Connect Timeout Error (attempt addresses: 10.40.%d.%d:443, timeout: 10000ms)" % (R.randint(0, 255), R.randint(2, 254)),
        "      at onConnectTimeout (node:internal/deps/undici/undici:2602:28) {",
        "    code: 'UND_ERR_CONNECT_TIMEOUT'",
        "  }",
        "}",
        "path: /%s/%s" % (pick(R, ["en", "de", "fr"]), slug),
    ]))


def g_next_cache_s3(R):
    key = "%s/%s.cache" % (lower(R, 21), pick(R, ["products/sku-%d" % R.randint(1000, 9999), "index", "category/%s" % pick(R, ["shoes", "jackets", "bags"])]))
    return nl(R, "ERROR", "Failed to set cache AccessDenied: User: arn:aws:sts::111122223333:assumed-role/storefront-server-role/storefront-server is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::example-storefront-cache/_cache/%s\" because no identity-based policy allows the s3:PutObject action\n    at throwDefaultError (/var/task/index.mjs:1:%d)" % (key, pick(R, [312044, 312044])))


def g_next_tag_cache(R):
    return nl(R, "ERROR", "Failed to get revalidated tags ResourceNotFoundException: Requested resource not found\n    at de_ResourceNotFoundExceptionRes (/var/task/index.mjs:1:%d) {\n  '$fault': 'client',\n  '$metadata': { httpStatusCode: 400, requestId: '%s', attempts: 1, totalRetryDelay: 0 },\n  __type: 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException'\n}" % (pick(R, [501377, 501377]), alnum(R, 52).upper()))


def g_next_revalidate(R):
    return njson(R, "ERROR", "Failed to revalidate stale page", path="/products/sku-%d" % R.randint(1000, 9999), status=500,
                 error="Error: Revalidation request to https://storefront.example.com returned 500 (x-nextjs-cache: ERROR)", function="storefront-revalidation")


def g_next_image(R):
    url = "https://example-storefront-media.s3.amazonaws.com/products/%s.jpg" % alnum(R, 12)
    return nl(R, "ERROR", "Error: upstream image response failed for %s 403\n    at imageOptimizer (/var/task/node_modules/next/dist/server/image-optimizer.js:1:%d)\n    at async handler (/var/task/index.mjs:1:%d) {\n  statusCode: 500\n}" % (url, pick(R, [9412, 9412]), pick(R, [2280, 2280])))


def g_remix_cart(R):
    return nl(R, "ERROR", "TypeError: Cannot read properties of undefined (reading 'price')\n    at loader (file:///var/task/build/server/index.js:%d:%d)\n    at Object.callRouteLoader (file:///var/task/node_modules/@remix-run/server-runtime/dist/data.js:59:16)\n    at async loadRouteData (/var/task/node_modules/@remix-run/router/dist/router.cjs.js:4724:21)\n    route: routes/cart.$cartId" % (pick(R, [1842, 1842]), pick(R, [37, 37])))


def g_remix_prisma(R):
    return nl(R, "ERROR", "Invoke Error \t" + jd({"errorType": "PrismaClientInitializationError",
                                                   "errorMessage": "Can't reach database server at `orders-db.cluster-c1ab2cd3ef45.us-east-1.rds.amazonaws.com:5432`\n\nPlease make sure your database server is running at `orders-db.cluster-c1ab2cd3ef45.us-east-1.rds.amazonaws.com:5432`.",
                                                   "clientVersion": "5.22.0", "errorCode": "P1001",
                                                   "stack": ["PrismaClientInitializationError: Can't reach database server at `orders-db.cluster-c1ab2cd3ef45.us-east-1.rds.amazonaws.com:5432`",
                                                             "    at t (/var/task/node_modules/@prisma/client/runtime/library.js:112:%d)" % pick(R, [2488, 2488]),
                                                             "    at async loader (file:///var/task/build/server/index.js:%d:3)" % R.choice([977, 1203, 1544])]}))


def g_remix_stripe(R):
    price = "price_" + alnum(R, 24)
    return nl(R, "ERROR", "Unhandled Promise Rejection \t" + jd({"errorType": "Runtime.UnhandledPromiseRejection",
                                                                  "errorMessage": "Error: No such price: '%s'" % price,
                                                                  "reason": {"errorType": "StripeInvalidRequestError", "errorMessage": "No such price: '%s'" % price, "code": "resource_missing", "statusCode": 400, "requestId": "req_" + alnum(R, 14)},
                                                                  "promise": {}, "stack": ["Runtime.UnhandledPromiseRejection: Error: No such price: '%s'" % price, "    at process.<anonymous> (file:///var/runtime/index.mjs:1276:17)"]}))


def g_ssr_oom(R):
    rid = reqid(R)
    return "%s %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % (iso(R, 3), rid) if R.random() < 0.6 else \
        "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % rid


def n_on_platform(R):
    v = R.random()
    if v < 0.35:
        return lambda_start(R)
    if v < 0.6:
        return lambda_end(R)
    return lambda_report(R, init=R.random() < 0.25)


def n_on_warmer(R):
    return nl(R, "INFO", pick(R, ["[OpenNext] warmer invoked, warmed %d instances of storefront-server" % R.randint(1, 8),
                                  "[OpenNext] cache HIT for /products/sku-%d (age %ds)" % (R.randint(1000, 9999), R.randint(1, 3600)),
                                  "ISR: revalidated /category/%s in %dms (0 errors)" % (pick(R, ["shoes", "jackets", "bags"]), R.randint(40, 2000))]))


def n_on_next_warn(R):
    return nl(R, "WARN", pick(R, [" ⚠ metadataBase property in metadata export is not set for resolving social open graph or twitter images, using \"http://localhost:3000\"",
                                  "Failed to fetch recommendations for sku-%d, rendering without them (timeout 800ms)" % R.randint(1000, 9999),
                                  "(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead." % R.randint(2, 30)]))


def n_on_access(R):
    return nl(R, "INFO", "%s %s %d - - %.3f ms" % (pick(R, ["GET", "POST"]), pick(R, ["/cart/%s" % alnum(R, 10), "/products/sku-%d" % R.randint(1000, 9999), "/healthz", "/account/orders"]),
                                                   pick(R, [200, 200, 200, 204, 302, 304, 404]), R.uniform(3, 900)))


def n_on_json_info(R):
    return njson(R, pick(R, ["INFO", "DEBUG"]), pick(R, ["cart updated", "checkout session created", "image optimized"]),
                 cartId=alnum(R, 10), items=R.randint(1, 9), errors=0)


def n_on_notfound(R):
    return nl(R, "INFO", "notFound() for /products/sku-%d (product archived), returning 404" % R.randint(1000, 9999))


def n_on_client_error(R):
    return njson(R, "WARN", "checkout rejected: card_declined", code="card_declined", declineCode=pick(R, ["insufficient_funds", "do_not_honor", "expired_card"]), status=402)


def opennext_remix(R):
    groups = [
        ("next-cms-fetch-connect-timeout", g_next_cms_timeout),
        ("opennext-cache-s3-put-denied", g_next_cache_s3),
        ("opennext-tag-cache-table-missing", g_next_tag_cache),
        ("opennext-revalidation-500", g_next_revalidate),
        ("next-image-upstream-403", g_next_image),
        ("remix-cart-loader-price-undefined", g_remix_cart),
        ("remix-prisma-db-unreachable", g_remix_prisma),
        ("remix-stripe-price-missing-unhandled", g_remix_stripe),
        ("ssr-runtime-killed", g_ssr_oom),
    ]
    negs = [n_on_platform, n_on_warmer, n_on_next_warn, n_on_access, n_on_json_info, n_on_notfound, n_on_client_error]
    return build(R, F2, groups, negs)


FAMILIES = {F1: bref_php, F2: opennext_remix}
