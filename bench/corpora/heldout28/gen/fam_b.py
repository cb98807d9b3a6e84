"""Families: apigw-websocket-ride-chat-execution-lambdas, nextjs14-amplify-ssr-lambda-edge-cff."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, day, hms, epoch_ms,
                    node, py, invoke_error, start, end, report, timeout, ACCT, REGION, jd)

# ---------------------------------------------------------------- apigw-websocket-ride-chat-execution-lambdas
# "tallyho rides": a rider/driver chat and live-trip WebSocket API (API Gateway v2, stage `production`) with a
# Lambda REQUEST authorizer on $connect, Node.js 20 route handlers ($connect, $disconnect, $default,
# sendmessage, ride.quote) and a DynamoDB connections table. Execution logs are `(<requestId>) text`; access
# logs use a JSON format; the Lambdas write Node.js runtime lines.
F3 = "apigw-websocket-ride-chat-execution-lambdas"
WSAPI = "w4k9tq2zde"


def rid(R):
    return alnum(R, 14) + "="


def conn(R):
    return alnum(R, 14) + "="


def ex(R, text):
    return "(%s) %s" % (rid(R), text)


def c_authz(R):
    # the authorizer still fetches JWKS from the old pool's region after the pool moved to eu-west-2
    r = R.random()
    if r < 0.4:
        return invoke_error(R, "Error", "Unable to fetch JWKS from https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Tr4vL0nDn/.well-known/jwks.json: 400 ResourceNotFoundException",
                            ["    at getSigningKeys (file:///var/task/jwks.mjs:%d:13)" % R.randint(27, 31), "    at async Runtime.handler (file:///var/task/authorizer.mjs:%d:19)" % R.randint(12, 15)])
    if r < 0.75:
        return ex(R, "Execution failed due to configuration error: Authorizer error")
    return ex(R, "Authorizer %s failed with error: Lambda function returned error (Unable to fetch JWKS). Sending 500 for $connect, connectionId %s" % (lower(R, 6), conn(R)))


def c_manage(R):
    # sendmessage's role misses execute-api:ManageConnections for the new `production` stage
    arn = "arn:aws:execute-api:%s:%s:%s/production/POST/@connections/{connectionId}" % (REGION, ACCT, WSAPI)
    if R.random() < 0.7:
        return invoke_error(R, "AccessDeniedException", "User: arn:aws:sts::%s:assumed-role/tallyho-ws-sendmessage-role/tallyho-ws-sendmessage is not authorized to perform: execute-api:ManageConnections on resource: %s" % (ACCT, arn),
                            ["    at de_AccessDeniedExceptionRes (/var/runtime/node_modules/@aws-sdk/client-apigatewaymanagementapi/dist-cjs/index.js:%d:21)" % R.randint(290, 296), "    at async Promise.allSettled (index 0)", "    at async Runtime.handler (file:///var/task/sendmessage.mjs:%d:3)" % R.randint(40, 44)])
    return node(R, "ERROR", "postToConnection failed for %d of %d recipients in trip %s: AccessDeniedException (execute-api:ManageConnections)" % ((lambda n: (n, n))(R.randint(1, 3)) + ("TRP-%s" % digits(R, 8),)))


def c_disconnect(R):
    # connections table key renamed connectionId -> pk; $disconnect DeleteItem fails, stale rows pile up
    if R.random() < 0.65:
        return invoke_error(R, "ValidationException", "The provided key element does not match the schema",
                            ["    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:%d:20)" % R.randint(838, 842), "    at async Runtime.handler (file:///var/task/disconnect.mjs:%d:5)" % R.randint(9, 12)])
    return ex(R, "Lambda execution failed with status 200 due to customer function error: The provided key element does not match the schema. Lambda request id: %s (route $disconnect, connectionId %s)" % (uuid(R), conn(R)))


def c_quote(R):
    # ride.quote integration calls the pricing service synchronously; p99 is above the 29 s integration limit
    r = R.random()
    if r < 0.45:
        return ex(R, "Execution failed due to a timeout error")
    if r < 0.7:
        return timeout(R, 29.0)
    return node(R, "WARN", "ride.quote: pricing-svc POST /v3/quotes still pending after %d ms (trip %s, surge zone %s)" % (R.randint(25000, 28900), "TRP-%s" % digits(R, 8), pick(R, ["LDN-C1", "LDN-E3", "MAN-02"])))


def c_default(R):
    # $default handler JSON.parses every frame; Android 5.2 app sends text "ping" keepalives -> crash
    if R.random() < 0.6:
        return invoke_error(R, "SyntaxError", "Unexpected token 'p', \"ping\" is not valid JSON",
                            ["    at JSON.parse (<anonymous>)", "    at Runtime.handler (file:///var/task/default.mjs:%d:23)" % R.randint(6, 8)])
    return ex(R, "Lambda execution failed with status 200 due to customer function error: Unexpected token 'p', \"ping\" is not valid JSON. Lambda request id: %s (route $default)" % uuid(R))


def ws_negs():
    def n_ext(R):
        r = rid(R)
        return "(%s) Extended Request Id: %s" % (r, r)
    def n_start_exec(R): return ex(R, "Starting execution for request: %s" % uuid(R))
    def n_route(R): return ex(R, "Route selection expression $request.body.action evaluated to %s" % pick(R, ["sendmessage", "ride.quote", "trip.subscribe", "$default"]))
    def n_auth_ok(R): return ex(R, "Authorizer %s returned Allow for principal %s in %d ms (cached=%s)" % (lower(R, 6), uuid(R), R.randint(3, 180), pick(R, ["true", "false"])))
    def n_auth_deny(R): return ex(R, "Unauthorized request: %s (authorizer returned Deny: token expired) - connection rejected with 401" % uuid(R))
    def n_recv(R): return ex(R, "Received response. Status: 200, Integration latency: %d ms" % R.randint(8, 900))
    def n_endpoint(R): return ex(R, "Endpoint request URI: https://lambda.%s.amazonaws.com/2015-03-31/functions/arn:aws:lambda:%s:%s:function:tallyho-ws-%s/invocations" % (REGION, REGION, ACCT, pick(R, ["connect", "disconnect", "sendmessage", "quote", "default"])))
    def n_access(R):
        et = pick(R, ["CONNECT", "MESSAGE", "MESSAGE", "DISCONNECT"])
        return jd({"requestId": rid(R), "ip": pubip(R), "requestTime": "%02d/Mar/2029:%s +0000" % (day(R), hms(R)), "eventType": et, "routeKey": {"CONNECT": "$connect", "DISCONNECT": "$disconnect", "MESSAGE": pick(R, ["sendmessage", "trip.subscribe"])}[et], "status": "200", "connectionId": conn(R), "integrationLatency": str(R.randint(5, 400))})
    def n_access_401(R): return jd({"requestId": rid(R), "ip": pubip(R), "requestTime": "%02d/Mar/2029:%s +0000" % (day(R), hms(R)), "eventType": "CONNECT", "routeKey": "$connect", "status": "401", "connectionId": conn(R), "error": "Unauthorized"})
    def n_access_close(R): return jd({"requestId": rid(R), "ip": pubip(R), "requestTime": "%02d/Mar/2029:%s +0000" % (day(R), hms(R)), "eventType": "DISCONNECT", "routeKey": "$disconnect", "status": "200", "connectionId": conn(R), "disconnectStatusCode": pick(R, ["1001", "1000", "1006"]), "disconnectReason": pick(R, ["Going away", "Client closed", "Connection Idle Timeout"])})
    def n_gone(R): return node(R, "INFO", "postToConnection %s -> GoneException (410); stale connection removed from ws-connections" % conn(R))
    def n_sent(R): return node(R, "INFO", "sendmessage: delivered to %d/%d participants of trip TRP-%s (0 failed)" % ((lambda n: (n, n))(R.randint(1, 3)) + (digits(R, 8),)))
    def n_connect_ok(R): return node(R, "INFO", "$connect: stored connection %s for %s %s (ttl %d)" % (conn(R), pick(R, ["rider", "driver"]), uuid(R), R.randint(7200, 10800)))
    def n_quote_ok(R): return node(R, "INFO", "ride.quote: pricing-svc answered in %d ms, fare GBP %d.%02d, surge %.1f" % (R.randint(300, 6000), R.randint(6, 60), R.randint(0, 99), R.uniform(1.0, 1.8)))
    def n_rate(R): return ex(R, "Client %s exceeded per-connection message rate (%d msg/s); frame dropped with 429 LimitExceededException (expected for spamming clients)" % (conn(R), R.randint(120, 400)))
    def n_lambda_start(R): return start(R)
    def n_lambda_end(R): return end(R)
    def n_lambda_report(R): return report(R, pick(R, [256, 512]), init=(R.uniform(150, 400) if R.random() < 0.15 else None))
    def n_debug(R): return node(R, "DEBUG", "event.requestContext " + jd({"routeKey": pick(R, ["sendmessage", "trip.subscribe"]), "eventType": "MESSAGE", "connectionId": conn(R), "domainName": "%s.execute-api.%s.amazonaws.com" % (WSAPI, REGION), "stage": "production", "messageDirection": "IN", "requestTimeEpoch": epoch_ms(R)}))
    def n_idle(R): return ex(R, "Connection %s closed: Connection Idle Timeout after 600 seconds" % conn(R))
    def n_retry(R): return node(R, "WARN", "PutItem ws-connections throttled (ProvisionedThroughputExceededException), retry %d succeeded" % R.randint(1, 2))
    def n_sweep(R): return node(R, "INFO", "stale-connection sweeper: scanned %d rows, removed %d expired, errors 0" % (R.randint(800, 9000), R.randint(0, 400)))
    def n_method(R): return ex(R, "Method completed with status: 200")
    return [n_ext, n_start_exec, n_route, n_auth_ok, n_auth_deny, n_recv, n_endpoint, n_access, n_access_401, n_access_close, n_gone, n_sent,
            n_connect_ok, n_quote_ok, n_rate, n_lambda_start, n_lambda_end, n_lambda_report, n_debug, n_idle, n_retry, n_sweep, n_method]


def fam_ws(R):
    return build(R, F3, [("connect-authorizer-jwks-old-pool-region", c_authz), ("sendmessage-role-missing-manageconnections", c_manage),
                         ("disconnect-deleteitem-key-schema-mismatch", c_disconnect), ("ride-quote-integration-29s-timeout", c_quote),
                         ("default-route-json-parse-ping-frames", c_default)], ws_negs())


# ---------------------------------------------------------------- nextjs14-amplify-ssr-lambda-edge-cff
# "ornbay travel": a Next.js 14 app on Amplify Hosting (compute logs: the Next.js server's stdout/stderr),
# Lambda@Edge functions (viewer-request auth gate, origin-response image resizer; logs in the regional
# group /aws/lambda/us-east-1.<fn>) and CloudFront Functions (URL rewrite, geo redirect; logs in us-east-1
# /aws/cloudfront/function/<name>, each line prefixed with the CloudFront request id).
F4 = "nextjs14-amplify-ssr-lambda-edge-cff"


def cfid(R):
    return alnum(R, 30) + "_" + alnum(R, 10) + "=="


def d_fetch(R):
    # /trips/[id] SSR fetches the private itinerary ALB, unreachable from Amplify compute since it went internal
    if R.random() < 0.7:
        return " \u2a2f TypeError: fetch failed\n    at node:internal/deps/undici/undici:12618:11\n    at async getItinerary (/var/task/.next/server/app/trips/[id]/page.js:1:%d) {\n  digest: '%d',\n  [cause]: ConnectTimeoutError: Connect Timeout Error (attempt: 1)\n      at onConnectTimeout (node:internal/deps/undici/undici:7760:28) {\n    code: 'UND_ERR_CONNECT_TIMEOUT'\n  }\n}" % (R.randint(4000, 9000), R.randint(100000000, 4294967295))
    return "[trips] itinerary %s: upstream https://itinerary.int.ornbay.example/v1/itineraries unreachable (UND_ERR_CONNECT_TIMEOUT after 10000 ms); rendering error page" % ("ITN-" + digits(R, 7))


def d_import(R):
    # viewer-request auth gate bundled without jsonwebtoken after the build switched to esbuild externals
    if R.random() < 0.65:
        return "%s\tundefined\tERROR\tUncaught Exception \t%s" % (iso(R), jd({"errorType": "Runtime.ImportModuleError", "errorMessage": "Error: Cannot find module 'jsonwebtoken'\nRequire stack:\n- /var/task/index.js\n- /var/runtime/index.mjs", "stack": ["Runtime.ImportModuleError: Error: Cannot find module 'jsonwebtoken'", "Require stack:", "- /var/task/index.js", "- /var/runtime/index.mjs", "    at _loadUserApp (file:///var/runtime/index.mjs:1087:17)"]}))
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError" % R.uniform(150, 400)


def d_cff(R):
    # url-rewrite CloudFront Function reads headers['accept-language'].value; requests without it throw
    return "%s ERROR: TypeError: Cannot read properties of undefined (reading 'value') at handler (url-rewrite:%d:%d) uri=%s" % (cfid(R), R.randint(11, 13), R.randint(40, 55), pick(R, ["/", "/deals", "/trips", "/en/deals/summer", "/robots.txt", "/sitemap.xml"]) + ("?" + lower(R, 4) if R.random() < 0.5 else ""))


def d_oom(R):
    # origin-response image resizer (sharp) at 512 MB runs out of memory on 40-MP HEIC uploads
    r = R.random()
    if r < 0.4:
        return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % uuid(R)
    if r < 0.75:
        return report(R, 512, dur=R.uniform(2000, 9000), status="error\tError Type: Runtime.OutOfMemory")
    return node(R, "WARN", "resize s3://ornbay-ugc-images/uploads/%s.heic: rss %d MB of 512 MB while decoding 7728x5152 HEIC" % (uuid(R), R.randint(470, 510)))


def d_prisma(R):
    # checkout server action: Prisma pool of 5 per compute instance exhausted by slow payment calls
    if R.random() < 0.7:
        return " \u2a2f PrismaClientKnownRequestError: \nInvalid `prisma.booking.create()` invocation:\n\n\nTimed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 5)\n    at In.handleRequestError (/var/task/node_modules/@prisma/client/runtime/library.js:122:%d) {\n  code: 'P2024',\n  clientVersion: '5.%d.0',\n  meta: { modelName: 'Booking', connection_limit: 5, timeout: 10 },\n  digest: '%d'\n}" % (R.randint(6800, 6900), R.randint(10, 14), R.randint(100000000, 4294967295))
    return "[checkout] createBooking failed for cart %s: P2024 connection pool timeout; payment intent pi_%s left uncaptured" % (uuid(R), alnum(R, 14))


def next_negs():
    def n_ready(R): return pick(R, ["  \u25b2 Next.js 14.2.%d" % R.randint(3, 15), "  - Local:        http://localhost:3000", " \u2713 Starting...", " \u2713 Ready in %dms" % R.randint(200, 900)])
    def n_meta(R): return " \u26a0 metadataBase property in metadata export is not set for resolving social open graph or twitter images, using \"http://localhost:%d\"" % pick(R, [3000, 3000, 8080]) if R.random() < 0.3 else "[trips] rendered %s in %d ms (cache %s)" % ("ITN-" + digits(R, 7), R.randint(80, 900), pick(R, ["HIT", "MISS", "STALE"]))
    def n_revalidate(R): return "[isr] revalidated /deals/%s in %d ms (tag deals:%s)" % (pick(R, ["summer", "city-breaks", "ski", "last-minute"]), R.randint(200, 3000), lower(R, 4))
    def n_notfound(R): return "[trips] itinerary %s not found for user %s -> notFound() (404)" % ("ITN-" + digits(R, 7), uuid(R))
    def n_fetch_retry(R): return "[search] fetch https://search.ornbay.example/v2/offers failed with ECONNRESET, retry 1 succeeded in %d ms" % R.randint(100, 900)
    def n_edge_start(R): return start(R, str(R.randint(18, 24)))
    def n_edge_end(R): return end(R)
    def n_edge_report(R): return report(R, pick(R, [128, 512]), dur=R.uniform(1, 400))
    def n_gate_ok(R): return node(R, "INFO", "auth-gate: %s %s -> %s" % (pick(R, ["GET", "GET", "HEAD"]), pick(R, ["/account", "/trips", "/checkout"]), pick(R, ["allow (session valid)", "redirect /login (no session cookie)", "allow (session valid, refreshed)"])))
    def n_resize_ok(R): return node(R, "INFO", "resize ok %s.%s %dx%d -> webp w=%d in %d ms (cached to s3)" % (uuid(R), pick(R, ["jpg", "png", "jpeg"]), R.randint(600, 4000), R.randint(400, 3000), pick(R, [320, 640, 1280]), R.randint(30, 900)))
    def n_resize_skip(R): return node(R, "WARN", "resize skipped for %s: unsupported format image/svg+xml, passing origin response through" % uuid(R))
    def n_cff_log(R): return "%s rewrite %s -> %s" % (cfid(R), pick(R, ["/deals", "/trips", "/about"]), pick(R, ["/en-gb/deals", "/en-gb/trips", "/de-de/deals", "/en-gb/about"]))
    def n_cff_geo(R): return "%s geo-redirect country=%s -> /%s (302)" % (cfid(R), pick(R, ["DE", "FR", "IE", "ES"]), pick(R, ["de-de", "fr-fr", "en-ie", "es-es"]))
    def n_cff_bot(R): return "%s blocked user-agent %s with 403 (bot deny list, expected)" % (cfid(R), pick(R, ["python-requests/2.31", "curl/8.4.0", "Go-http-client/1.1", "Scrapy/2.11"]))
    def n_amplify(R): return pick(R, ["[amplify] compute instance %s started (memory 1024 MB)", "[amplify] compute instance %s draining after deploy job %d"]).replace("%d", str(R.randint(100, 400))) % lower(R, 12)
    def n_authjs(R): return "[auth][warn][debug-enabled] Read more: https://warnings.authjs.dev#debug-enabled (branch %s)" % pick(R, ["staging", "preview-%d" % R.randint(100, 999)])
    def n_session_expired(R): return "[auth] session expired for %s, redirecting to /login (expected)" % uuid(R)
    def n_checkout_ok(R): return "[checkout] booking BK-%s created, payment intent pi_%s captured (%d ms)" % (digits(R, 8), alnum(R, 14), R.randint(400, 4000))
    def n_payment_declined(R): return "[checkout] card declined for cart %s (code %s); showing retry form" % (uuid(R), pick(R, ["card_declined", "insufficient_funds", "expired_card"]))
    def n_hydration(R): return " \u26a0 Fast Refresh had to perform a full reload" if R.random() < 0.1 else "[perf] /%s TTFB %d ms, RSC payload %d kB" % (pick(R, ["deals", "trips", "search", ""]), R.randint(80, 1200), R.randint(8, 300))
    def n_dynamic(R): return " \u26a0 Route /%s is dynamic because it used cookies() (expected; page is per-user)" % pick(R, ["account", "trips/[id]", "checkout"])
    def n_pool_ok(R): return "[db] prisma pool stats active=%d idle=%d waiting=0 limit=5" % (R.randint(0, 3), R.randint(1, 5))
    return [n_ready, n_meta, n_revalidate, n_notfound, n_fetch_retry, n_edge_start, n_edge_end, n_edge_report, n_gate_ok, n_resize_ok, n_resize_skip,
            n_cff_log, n_cff_geo, n_cff_bot, n_amplify, n_authjs, n_session_expired, n_checkout_ok, n_payment_declined, n_hydration, n_dynamic, n_pool_ok]


def fam_next(R):
    return build(R, F4, [("trips-ssr-itinerary-alb-connect-timeout", d_fetch), ("edge-auth-gate-missing-jsonwebtoken-module", d_import),
                         ("cff-url-rewrite-missing-accept-language", d_cff), ("edge-image-resizer-oom-heic", d_oom),
                         ("checkout-prisma-pool-timeout-p2024", d_prisma)], next_negs())


FAMILIES = {F3: fam_ws, F4: fam_next}
