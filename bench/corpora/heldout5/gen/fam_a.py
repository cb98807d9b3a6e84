"""appsync-cognito and swift-vapor."""
import json
from common import R, pick, n, hexs, alnum, uid, ip10, email, iso, epoch_ms, acct, region, jitter, USERS, WORDS


def J(o):
    return json.dumps(o, separators=(",", ":"))


# ---------------------------------------------------------------- appsync-cognito
API = "q3k" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(23))


def _rarn(typ, field):
    return "arn:aws:appsync:%s:%s:apis/%s/types/%s/resolvers/%s" % (region(), acct(), API, typ, field)


def _field_err(typ, field, path, etype, emsg, tmpl):
    def f():
        return J({"logType": "ResponseMapping", "path": path(), "fieldName": field,
                  "resolverArn": _rarn(typ, field), "requestId": uid(), "context": {
                      "arguments": {"id": "ord-%d" % n(10000, 99999)} if typ != "Subscription" else {},
                      "result": None, "stash": {}, "outErrors": [{"errorType": etype, "message": emsg()}]},
                  "fieldInError": True, "errors": ["%s: %s" % (etype, emsg())][:1], "parentType": typ,
                  "graphQLAPIId": API, "transformedTemplate": tmpl()})
    return f


def _cond(field, tbl):
    return _field_err("Mutation", field, lambda: [field], "DynamoDB:ConditionalCheckFailedException",
                      lambda: "The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: %s)" % alnum(52, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                      lambda: '{"version":"2018-05-29","operation":"PutItem","key":{"id":{"S":"%s"}},"condition":{"expression":"attribute_not_exists(id)"}}' % uid())


appsync_errors = [
    ("mutation-createorder-conditional-check", _cond("createOrder", "orders")),
    ("mutation-updatecart-conditional-check", _cond("updateCart", "carts")),
    ("query-getorder-lambda-unhandled", _field_err(
        "Query", "getOrder", lambda: ["getOrder"], "Lambda:Unhandled",
        lambda: "Cannot read properties of undefined (reading 'lineItems')",
        lambda: '{"version":"2018-05-29","operation":"Invoke","payload":{"id":"%s"}}' % uid())),
    ("order-customer-mapping-template", _field_err(
        "Order", "customer", lambda: ["listOrders", "items", n(0, 40), "customer"], "MappingTemplate",
        lambda: "Value for field '$[operation]' not found.",
        lambda: '{"version":"2018-05-29","key":{"id":{"S":"%s"}}}' % uid())),
    ("query-searchproducts-opensearch-timeout", _field_err(
        "Query", "searchProducts", lambda: ["searchProducts"], "OpenSearch:TimeoutError",
        lambda: "Request to OpenSearch domain timed out after %d ms" % n(29000, 30500),
        lambda: '{"version":"2017-02-28","operation":"GET","path":"/products/_search","params":{"body":{"query":{"match":{"name":"%s"}}}}}' % pick(WORDS))),
    ("request-lambda-authorizer-failed", lambda: "%s Lambda authorizer %s failed: Lambda:Unhandled - Task timed out after %d.00 seconds" % (
        uid(), pick(["arn:aws:lambda:%s:%s:function:shop-appsync-authz" % (region(), acct())]), n(3, 10))),
    ("cognito-presignup-domain-not-allowed", lambda: J({
        "timestamp": iso(), "level": "ERROR", "requestId": uid(), "message": "PreSignUp rejected: email domain is not on the allow list",
        "triggerSource": pick(["PreSignUp_SignUp", "PreSignUp_AdminCreateUser"]), "userPoolId": "%s_%s" % (region(), alnum(9)),
        "userName": uid(), "domain": "example.%s" % pick(["io", "dev", "net"])})),
    ("cognito-postconfirmation-dynamodb-throttled", lambda: J({
        "timestamp": iso(), "level": "ERROR", "requestId": uid(), "message": "Failed to create profile row after confirmation",
        "triggerSource": "PostConfirmation_ConfirmSignUp", "userPoolId": "%s_%s" % (region(), alnum(9)),
        "error": {"name": "ProvisionedThroughputExceededException", "message": "The level of configured provisioned throughput for the table was exceeded.",
                  "$metadata": {"httpStatusCode": 400, "requestId": alnum(52, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "attempts": n(3, 4)}}})),
    ("cognito-pretoken-nil-groups", lambda: "[ERROR]\t%s\t%s\tTypeError: 'NoneType' object is not iterable\rTraceback (most recent call last):\r  File \"/var/task/pretoken.py\", line %d, in handler\r    claims = build_claims(event[\"request\"][\"groupConfiguration\"])\r  File \"/var/task/claims.py\", line %d, in build_claims\r    for g in cfg[\"groupsToOverride\"]:\r" % (iso(), uid(), jitter(31), jitter(12))),
    ("cognito-custom-sms-sender-kms-denied", lambda: J({
        "timestamp": iso(), "level": "ERROR", "requestId": uid(), "message": "Could not decrypt code for CustomSMSSender",
        "triggerSource": pick(["CustomSMSSender_SignUp", "CustomSMSSender_ForgotPassword", "CustomSMSSender_ResendCode"]),
        "error": "AccessDeniedException: User: arn:aws:sts::%s:assumed-role/sms-sender-role/sms-sender is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:%s:%s:key/%s" % (acct(), region(), acct(), uid())})),
    ("userpool-notification-sms-delivery", lambda: J({
        "eventTimestamp": epoch_ms(), "eventSource": "USER_NOTIFICATION", "logLevel": "ERROR",
        "message": {"details": "SMS delivery failed: carrier rejected message (%s)" % pick(["UNREACHABLE", "BLOCKED", "CARRIER_UNAVAILABLE"])},
        "logSourceId": {"userPoolId": "%s_%s" % (region(), alnum(9))}, "eventType": pick(["SignUp", "ForgotPassword", "ResendCode"])})),
    ("userpool-notification-email-ses-quota", lambda: J({
        "eventTimestamp": epoch_ms(), "eventSource": "USER_NOTIFICATION", "logLevel": "ERROR",
        "message": {"details": "Unable to send email: Daily message quota exceeded for SES identity %s" % email()},
        "logSourceId": {"userPoolId": "%s_%s" % (region(), alnum(9))}, "eventType": pick(["SignUp", "ForgotPassword"])})),
]

appsync_non = [
    lambda: J({"logType": "RequestMapping", "path": ["getOrder"], "fieldName": "getOrder", "resolverArn": _rarn("Query", "getOrder"),
               "requestId": uid(), "context": {"arguments": {"id": "ord-%d" % n(10000, 99999)}, "stash": {}, "outErrors": []},
               "fieldInError": False, "parentType": "Query", "graphQLAPIId": API,
               "transformedTemplate": '{"version":"2018-05-29","operation":"Invoke","payload":{"id":"%s"}}' % uid()}),
    lambda: J({"logType": "ExecutionSummary", "requestId": uid(), "graphQLAPIId": API, "startTime": iso(6), "endTime": iso(6),
               "duration": n(2000000, 90000000), "parsing": {"startOffset": n(10000, 90000), "duration": n(10000, 90000)},
               "validation": {"startOffset": n(10000, 99000), "duration": n(10000, 90000)}, "version": 1}),
    lambda: J({"logType": "Tracing", "path": ["listOrders", "items", n(0, 30), "status"], "parentType": "Order", "returnType": "OrderStatus",
               "fieldName": "status", "startOffset": n(100000, 900000), "duration": n(1000, 9000), "requestId": uid(), "graphQLAPIId": API}),
    lambda: "%s GraphQL Query: query ListOrders($limit: Int) { listOrders(limit: $limit) { items { id status errors { code } } } }, Operation: ListOrders, Variables: {\"limit\":%d}" % (uid(), n(5, 50)),
    lambda: "%s Request Headers: {content-type=[application/json], x-amzn-requestid=[%s], host=[%s.appsync-api.%s.amazonaws.com], user-agent=[aws-amplify/6.%d.0 js]}" % (uid(), uid(), API, region(), n(0, 9)),
    lambda: "%s Response Headers: {X-Amzn-ErrorType=[], Content-Type=[application/json; charset=UTF-8]}" % uid(),
    lambda: "%s Tokens Consumed: %d" % (uid(), n(1, 4)),
    lambda: J({"logType": "ResponseMapping", "path": ["getCart"], "fieldName": "getCart", "resolverArn": _rarn("Query", "getCart"), "requestId": uid(),
               "context": {"arguments": {"id": uid()}, "result": {"id": uid(), "items": n(0, 9), "lastError": None}, "outErrors": []},
               "fieldInError": False, "parentType": "Query", "graphQLAPIId": API, "transformedTemplate": '{"errors":[],"failedItems":0}'}),
    lambda: J({"timestamp": iso(), "level": "INFO", "requestId": uid(), "message": "PreSignUp accepted, autoConfirmUser=false",
               "triggerSource": "PreSignUp_SignUp", "userPoolId": "%s_%s" % (region(), alnum(9)), "failedAttempts": 0}),
    lambda: J({"timestamp": iso(), "level": "WARN", "requestId": uid(), "message": "PreAuthentication: user %s has %d failed sign-in attempts, allowing" % (uid(), n(1, 4)),
               "triggerSource": "PreAuthentication_Authentication"}),
    lambda: J({"eventTimestamp": epoch_ms(), "eventSource": "USER_NOTIFICATION", "logLevel": "INFO",
               "message": {"details": "Email sent; retry after transient error not needed"}, "logSourceId": {"userPoolId": "%s_%s" % (region(), alnum(9))},
               "eventType": "ForgotPassword"}),
    lambda: "%s Validation error of type FieldUndefined: Field '%s' in type 'Order' is undefined @ 'listOrders/items/%s'" % (uid(), pick(["total_cents", "shipAddress", "couponCode"]), pick(["total_cents", "shipAddress", "couponCode"])),
]
# The validation line above is a client error (the GraphQL document is wrong), like a 400; see README.

# ---------------------------------------------------------------- swift-vapor


def rq():
    return "[request-id: %s]" % uid().upper()


def bt(frames):
    out = []
    for i, (fn, mod, path, ln) in enumerate(frames):
        out.append("%d 0x0000%s %s + %d in %s at %s:%d:%d" % (i, hexs(12), fn, n(12, 900), mod, path, jitter(ln), n(5, 60)))
    return "\n".join(out)


def swift_crash(file, line, what, signal, frames):
    def f():
        return ("%s:%d: Fatal error: %s\n\n💣 Program crashed: %s at 0x0000%s\n\nThread %d crashed:\n\n%s\n\nBacktrace took %.2fs"
                % (file, jitter(line), what, signal, hexs(12), n(1, 9), bt(frames), R.uniform(0.1, 2.5)))
    return f


vapor_errors = [
    ("orders-show-nil-unwrap", swift_crash(
        "App/Controllers/OrderController.swift", 88, "Unexpectedly found nil while unwrapping an Optional value", "System trap",
        [("OrderController.show(req:)", "App", "/build/Sources/App/Controllers/OrderController.swift", 88),
         ("closure #1 in RoutesBuilder.get(_:use:)", "Vapor", "/build/.build/checkouts/vapor/Sources/Vapor/Routing/RoutesBuilder+Method.swift", 62)])),
    ("invoice-render-nil-unwrap", swift_crash(
        "App/Services/InvoiceRenderer.swift", 41, "Unexpectedly found nil while unwrapping an Optional value", "System trap",
        [("InvoiceRenderer.render(_:)", "App", "/build/Sources/App/Services/InvoiceRenderer.swift", 41),
         ("InvoiceController.pdf(req:)", "App", "/build/Sources/App/Controllers/InvoiceController.swift", 27)])),
    ("cart-merge-index-out-of-range", swift_crash(
        "Swift/ContiguousArrayBuffer.swift", 600, "Index out of range", "System trap",
        [("CartMerger.merge(_:into:)", "App", "/build/Sources/App/Cart/CartMerger.swift", 57),
         ("CartController.merge(req:)", "App", "/build/Sources/App/Controllers/CartController.swift", 73)])),
    ("psql-unique-users-email", lambda: "[ ERROR ] PSQLError(code: server, serverInfo: [sqlState: 23505, detail: Key (email)=(%s) already exists., file: nbtinsert.c, line: %d, message: duplicate key value violates unique constraint \"uq:users.email\", routine: _bt_check_unique, localizedSeverity: ERROR, severity: ERROR, schemaName: public, tableName: users, constraintName: uq:users.email], triggeredFromRequestInFile: PostgresKit/PostgresDatabase.swift, line: %d, query: PostgresQuery(sql: INSERT INTO \"users\" (\"id\", \"email\", \"name\") VALUES ($1, $2, $3), binds: [(****; UUID; format: binary), (****; TEXT; format: binary), (****; TEXT; format: binary)])) %s (Vapor/Middleware/ErrorMiddleware.swift:%d)" % (email(), n(660, 670), n(40, 48), rq(), jitter(42))),
    ("pool-connection-request-timed-out", lambda: "[ ERROR ] Connection request timed out. This might indicate a connection deadlock in your application. If you're running long running requests, consider increasing your connection timeout. %s (AsyncKit/ConnectionPool/EventLoopConnectionPool.swift:%d)" % (rq(), jitter(223))),
    ("abort-500-stripe-capture", lambda: "[ ERROR ] Abort.500: Payment provider capture failed for order %d %s (App/Payments/StripeGateway.swift:%d)" % (n(100000, 999999), rq(), jitter(118))),
    ("abort-500-shipping-quote", lambda: "[ ERROR ] Abort.500: Shipping provider quote failed for order %d %s (App/Shipping/QuoteService.swift:%d)" % (n(100000, 999999), rq(), jitter(64))),
    ("queues-send-receipt-job-failed", lambda: "[ ERROR ] Job run failed: %s [job-id: %s, job-name: SendReceiptEmailJob, queue: %s] (Queues/QueueWorker.swift:%d)" % (
        pick(["HTTPClientError.connectTimeout", "HTTPClientError.remoteConnectionClosed", "HTTPClientError.deadlineExceeded"]), uid().upper(), pick(["default", "emails"]), jitter(104))),
    ("redis-pool-timed-out-waiting", lambda: "[ CRITICAL ] RedisConnectionPoolError.timedOutWaitingForConnection [redis-host: %s:6379] (App/Cache/SessionStore.swift:%d)" % (pick(["cart-cache.internal", "sessions.cache.internal"]), jitter(35))),
    ("boot-missing-env-database-url", lambda: "[ CRITICAL ] Fatal error during boot: ConfigurationError.missing(\"DATABASE_URL\") (App/configure.swift:%d)\nSwift/ErrorType.swift:%d: Fatal error: Error raised at top level: ConfigurationError.missing(\"DATABASE_URL\")" % (jitter(19), n(200, 205))),
    ("nio-connection-refused-pricing", lambda: "[ ERROR ] NIOConnectionError(host: \"pricing.svc.internal\", port: %d, dnsAAAAError: nil, dnsAError: nil, connectionErrors: [NIOPosix.SingleConnectionFailure(target: [IPv4]pricing.svc.internal/%s:%d, error: connection reset (error set): Connection refused (errno: 111))]) %s (App/Pricing/PricingClient.swift:%d)" % (
        (p := pick([8080, 8443])), ip10(), p, rq(), jitter(52))),
]

vapor_non = [
    lambda: "[ INFO ] %s %s %s (Vapor/HTTP/Server/HTTPServerRequestDecoder.swift:%d)" % (pick(["GET", "POST", "PATCH"]), pick(["/orders/%d" % n(1, 99999), "/cart", "/health", "/invoices/%d.pdf" % n(1, 9999)]), rq(), jitter(70)),
    lambda: "[ NOTICE ] Server started on http://0.0.0.0:%d" % pick([8080, 8081]),
    lambda: "[ WARNING ] Abort.404: Not Found %s (Vapor/Middleware/ErrorMiddleware.swift:%d)" % (rq(), jitter(42)),
    lambda: "[ WARNING ] Abort.401: Unauthorized %s (Vapor/Middleware/ErrorMiddleware.swift:%d)" % (rq(), jitter(42)),
    lambda: "[ WARNING ] Job %s failed, retrying (attempt %d of 3) [job-name: SendReceiptEmailJob] (Queues/QueueWorker.swift:%d)" % (uid().upper(), n(1, 2), jitter(96)),
    lambda: "[ INFO ] Migration successful: CreateOrders%s, errors: 0" % pick(["", "V2", "Index"]),
    lambda: "[ DEBUG ] query read users: SELECT \"users\".\"id\", \"users\".\"email\" FROM \"users\" WHERE \"users\".\"id\" = $1 LIMIT 1 [\"%s\"] [database-id: psql] %s" % (uid().upper(), rq()),
    lambda: "[ NOTICE ] Received SIGTERM, shutting down gracefully (open connections: %d)" % n(0, 40),
    lambda: "[ INFO ] Payment capture retried after provider error, succeeded on attempt %d for order %d %s" % (n(2, 3), n(100000, 999999), rq()),
    lambda: "[ TRACE ] Decoded HTTP part: head(HTTPRequestHead { method: %s, uri: \"/cart\", version: HTTP/1.1 })" % pick(["GET", "POST"]),
    lambda: "[ WARNING ] Failed to warm cache for %s: falling back to database (cache miss rate %d%%)" % (pick(["catalog", "prices", "shipping-zones"]), n(5, 60)),
    lambda: json.dumps({"timestamp": iso(), "level": "info", "label": "codes.vapor.application", "message": "Request completed", "metadata": {"request-id": uid().upper(), "status": pick([200, 201, 500, 503]), "path": "/orders"}}),
]

FAMILIES = {
    "appsync-cognito": (appsync_errors, appsync_non),
    "swift-vapor": (vapor_errors, vapor_non),
}
