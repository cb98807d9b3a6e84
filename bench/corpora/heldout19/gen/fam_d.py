"""Families: nginx-ecs-apigw-access-execution, sfn-pipes-sns-appsync-cognito."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, epoch, epoch_ms,
                    lambda_report, lambda_start, lambda_end, pytext)

ACCT = "111122223333"

# ---------------------------------------------------------------- nginx-ecs-apigw-access-execution
# nginx 1.26 as a reverse-proxy sidecar in ECS tasks (error log + combined access log), in front of the
# shop API container on 127.0.0.1:8080 and a partner upstream; API Gateway REST API "shop-public" with JSON
# access logs and execution logs (INFO level) for Lambda proxy and HTTP integrations.
F7 = "nginx-ecs-apigw-access-execution"
HOST = "api.shop.example.com"


def ngx_ts(R):
    return "2028/03/%02d %s" % (day(R), hms(R))


def ngerr(R, level, msg, req, upstream=None, client=None):
    pid = R.randint(20, 40)
    s = "%s [%s] %d#%d: *%d %s, client: %s, server: %s, request: \"%s\"" % (ngx_ts(R), level, pid, pid, R.randint(1000, 9999999), msg, client or ip10(R), HOST, req)
    if upstream:
        s += ", upstream: \"%s\"" % upstream
    return s + ", host: \"%s\"" % HOST


def ngacc(R, method, path, status, size=None, rt=None, ua=None):
    return '%s - - [%02d/Mar/2028:%s +0000] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uct="%s" urt="%s"' % (
        ip10(R), day(R), hms(R), method, path, status, size if size is not None else R.randint(60, 40000),
        ua or pick(R, ["okhttp/4.12.0", "Shop/5.2.1 (iPhone; iOS 18.3)", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36"]),
        rt if rt is not None else R.uniform(0.002, 0.4), "0.000", "%.3f" % R.uniform(0.002, 0.4))


def apiacc(R, method, res, path, status, **kv):
    d = {"requestId": uuid(R), "ip": ipdoc(R), "requestTime": "%02d/Mar/2028:%s +0000" % (day(R), hms(R)), "httpMethod": method,
         "resourcePath": res, "path": path, "status": str(status), "protocol": "HTTP/1.1", "responseLength": str(R.randint(2, 9000)),
         "integrationLatency": str(R.randint(3, 900)), "errorMessage": "-", "errorResponseType": "-", "stage": "prod"}
    d.update(kv)
    return jd(d)


def ex(R, msg, rid=None):
    return "(%s) %s" % (rid or uuid(R), msg)


def ng_refused(R):
    p = pick(R, ["/v1/orders", "/v1/cart", "/v1/products/%d" % R.randint(1, 9999), "/v1/orders/%d" % R.randint(10000, 99999)])
    if R.random() < 0.65:
        return ngerr(R, "error", "connect() failed (111: Connection refused) while connecting to upstream", "GET %s HTTP/1.1" % p, "http://127.0.0.1:8080%s" % p)
    return ngacc(R, "GET", p, 502, 157, rt=R.uniform(0.0, 0.002))


def ng_timeout(R):
    p = "/v1/reports/sales?from=2028-0%d-01&to=2028-03-%02d" % (R.randint(1, 3), day(R))
    if R.random() < 0.6:
        return ngerr(R, "error", "upstream timed out (110: Connection timed out) while reading response header from upstream", "GET %s HTTP/1.1" % p, "http://127.0.0.1:8080%s" % p)
    return ngacc(R, "GET", p, 504, 167, rt=60.0 + R.uniform(0, 0.01))


def ng_body(R):
    return ngerr(R, "error", "client intended to send too large body: %d bytes" % R.randint(1100000, 14000000), "POST /v1/returns/%d/photos HTTP/1.1" % R.randint(10000, 99999))


def ng_premature(R):
    p = pick(R, ["/v1/orders", "/v1/cart/items", "/v1/checkout"])
    return ngerr(R, "error", "upstream prematurely closed connection while reading response header from upstream", "%s %s HTTP/1.1" % (pick(R, ["POST", "GET"]), p), "http://127.0.0.1:8080%s" % p)


def ng_cert(R):
    return ngerr(R, "error", "upstream SSL certificate verify error: (10:certificate has expired) while SSL handshaking to upstream", "GET /v1/shipping/rates?zip=%05d HTTP/1.1" % R.randint(1000, 99999), "https://%s:443/rates" % pick(R, ["203.0.113.40", "203.0.113.41"]))


def ng_conns(R):
    if R.random() < 0.8:
        return "%s [alert] %d#%d: *%d 1024 worker_connections are not enough while connecting to upstream, client: %s, server: %s, request: \"GET /v1/products?page=%d HTTP/1.1\", upstream: \"http://127.0.0.1:8080/v1/products?page=%d\", host: \"%s\"" % (
            ngx_ts(R), R.randint(20, 40), R.randint(20, 40), R.randint(10 ** 5, 10 ** 7), ip10(R), HOST, R.randint(1, 90), R.randint(1, 90), HOST)
    return "%s [alert] %d#%d: 1024 worker_connections are not enough" % (ngx_ts(R), R.randint(20, 40), R.randint(20, 40))


def gw_malformed(R):
    rid = uuid(R)
    v = R.random()
    if v < 0.35:
        return ex(R, "Execution failed due to configuration error: Malformed Lambda proxy response", rid)
    if v < 0.6:
        return ex(R, "Endpoint response body before transformations: {\"statusCode\":200,\"body\":{\"items\":[{\"id\":\"w_%s\",\"qty\":%d}],\"count\":1}}" % (lower(R, 8), R.randint(1, 9)), rid)
    if v < 0.8:
        return ex(R, "Method completed with status: 502", rid)
    return apiacc(R, "GET", "/wishlist", "/wishlist", 502, errorMessage="Internal server error", integrationStatus="200")


def gw_timeout(R):
    rid = uuid(R)
    v = R.random()
    if v < 0.4:
        return ex(R, "Execution failed due to a timeout error", rid)
    if v < 0.7:
        return ex(R, "Method completed with status: 504", rid)
    q = pick(R, ["boots", "rain+jacket", "sneakers", "gift+card", "socks"])
    return apiacc(R, "GET", "/search", "/search?q=%s" % q, 504, errorMessage="Endpoint request timed out", integrationLatency="29%03d" % R.randint(0, 999))


def gw_fn_err(R):
    return ex(R, "Lambda execution failed with status 200 due to customer function error: Cannot read properties of undefined (reading 'customerId'). Lambda request id: %s" % uuid(R))


def gw_authz(R):
    if R.random() < 0.6:
        return ex(R, "Execution failed due to configuration error: Invalid permissions on Lambda function")
    return apiacc(R, pick(R, ["GET", "POST", "DELETE"]), pick(R, ["/orders", "/orders/{id}", "/account"]), "/orders", 500, errorMessage="null", errorResponseType="AUTHORIZER_CONFIGURATION_ERROR", integrationLatency="-")


def gw_vpclink(R):
    rid = uuid(R)
    if R.random() < 0.6:
        return ex(R, "Execution failed due to configuration error: Unable to establish connection with the VPC link target (NLB %s)" % "inventory-nlb", rid)
    return apiacc(R, "GET", "/inventory/{sku}", "/inventory/SKU-%s" % digits(R, 6), 500, errorMessage="Internal server error", errorResponseType="INTEGRATION_FAILURE", integrationLatency="-")


def nginx_negs():
    def a(R): return ngacc(R, "GET", pick(R, ["/v1/products?page=%d" % R.randint(1, 90), "/v1/cart", "/v1/orders/%d" % R.randint(10000, 99999)]), pick(R, [200, 200, 200, 304]))
    def b(R): return ngacc(R, "GET", "/healthz", 200, 2, ua="ELB-HealthChecker/2.0")
    def c(R): return ngacc(R, "GET", "/v1/orders/%d" % R.randint(10000, 99999), 404, 48)
    def d(R): return "%s [notice] 1#1: signal %d (SIGQUIT) received from %d, shutting down" % (ngx_ts(R), 3, R.randint(1, 90)) if R.random() < 0.3 else "%s [notice] 1#1: start worker process %d" % (ngx_ts(R), R.randint(20, 99))
    def e(R): return "%s [warn] %d#%d: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, client: %s, server: %s, request: \"GET /v1/products/export HTTP/1.1\", upstream: \"http://127.0.0.1:8080/v1/products/export\", host: \"%s\"" % (ngx_ts(R), 29, 29, R.randint(1000, 999999), R.randint(1, 9), R.randint(0, 99), R.randint(1, 10 ** 9), ip10(R), HOST, HOST)
    def f(R): return ngerr(R, "error", "open() \"/usr/share/nginx/html/%s\" failed (2: No such file or directory)" % pick(R, ["favicon.ico", "robots.txt", "apple-touch-icon.png"]), "GET /%s HTTP/1.1" % pick(R, ["favicon.ico", "robots.txt"]))
    def g(R): return ex(R, "Method completed with status: 200")
    def h(R): return ex(R, "Endpoint response body before transformations: {\"statusCode\":200,\"headers\":{\"content-type\":\"application/json\"},\"body\":\"{\\\"ok\\\":true,\\\"count\\\":%d}\"}" % R.randint(0, 90))
    def i(R): return ex(R, "API Key authorized because method 'GET /products' does not require API Key. Request will not contribute to throttle or quota limits")
    def j(R): return ex(R, "Received response. Status: 200, Integration latency: %d ms" % R.randint(4, 900))
    def k(R): return apiacc(R, "GET", pick(R, ["/products", "/products/{id}", "/search"]), "/products", pick(R, [200, 200, 200, 404]))
    def l(R): return apiacc(R, "GET", "/products", "/products", 429, errorMessage="Too Many Requests", errorResponseType="THROTTLED", integrationLatency="-")
    def m(R): return ex(R, "Starting execution for request: %s" % uuid(R))
    def n(R): return ex(R, "Method request path: {id=%d}" % R.randint(10000, 99999))
    def o(R): return "%s [info] %d#%d: *%d client %s closed keepalive connection" % (ngx_ts(R), 29, 29, R.randint(1000, 999999), ip10(R))
    def p(R): return apiacc(R, "POST", "/orders", "/orders", 401, errorMessage="Unauthorized", errorResponseType="UNAUTHORIZED", integrationLatency="-")
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]


def fam_nginx(R):
    groups = [("app-container-refusing-connections", ng_refused), ("sales-report-upstream-timeout", ng_timeout),
              ("returns-photos-client-max-body-size", ng_body), ("upstream-keepalive-closed-by-app", ng_premature),
              ("shipping-rates-partner-cert-expired", ng_cert), ("nginx-worker-connections-exhausted", ng_conns),
              ("wishlist-lambda-malformed-proxy-response", gw_malformed), ("search-integration-timeout-29s", gw_timeout),
              ("orders-lambda-customer-id-undefined", gw_fn_err), ("authorizer-missing-invoke-permission", gw_authz),
              ("inventory-vpc-link-nlb-unreachable", gw_vpclink)]
    return build(R, F7, groups, nginx_negs())


# ---------------------------------------------------------------- sfn-pipes-sns-appsync-cognito
# The event-driven glue of the shop: Step Functions (order-fulfilment standard, refund-approval standard)
# CloudWatch log events, EventBridge Pipes logs (orders-stream-to-sfn, returns-enrich), an EventBridge
# Scheduler DLQ reader, SNS delivery status logs (SMS and HTTPS), AppSync resolver logs (shop-graphql API),
# Cognito trigger Lambdas (PreSignUp in Python, PreTokenGeneration in Node).
F8 = "sfn-pipes-sns-appsync-cognito"
SFN = "arn:aws:states:us-east-1:%s:execution:%s:%s"
API = "k7x2qfm4bnd3lhe5rsw6yta1ju"


def sfn(R, sm, typ, details, eid=None):
    return jd({"id": str(eid or R.randint(2, 60)), "type": typ, "details": details, "previous_event_id": str(R.randint(1, 59)),
               "event_timestamp": str(epoch_ms(R)), "execution_arn": SFN % (ACCT, sm, uuid(R)), "redrive_count": "0"})


def pipe(R, name, mtype, level, **kv):
    d = {"resourceArn": "arn:aws:pipes:us-east-1:%s:pipe/%s" % (ACCT, name), "timestamp": epoch_ms(R), "executionId": uuid(R),
         "messageType": mtype, "logLevel": level}
    d.update(kv)
    return jd(d)


def snsdel(R, topic, dest, status, code, resp, **kv):
    d = {"notification": {"messageMD5Sum": hexs(R, 32), "messageId": uuid(R), "topicArn": "arn:aws:sns:us-east-1:%s:%s" % (ACCT, topic), "timestamp": iso(R).replace("T", " ")},
         "delivery": {"deliveryId": uuid(R), "destination": dest, "providerResponse": resp, "dwellTimeMs": R.randint(40, 90000), "attempts": kv.pop("attempts", 1), "statusCode": code},
         "status": status}
    d["delivery"].update(kv)
    return jd(d)


def appsync(R, typ, field, parent, **kv):
    d = {"logType": typ, "path": [field], "fieldName": field, "parentType": parent, "resolverArn": "arn:aws:appsync:us-east-1:%s:apis/%s/types/%s/resolvers/%s" % (ACCT, API, parent, field),
         "requestId": uuid(R), "graphQLAPIId": API}
    d.update(kv)
    return jd(d)


def phone(R):
    return "+1555%07d" % R.randint(0, 9999999)


def e_carrier(R):
    if R.random() < 0.6:
        return sfn(R, "order-fulfilment", "ExecutionFailed", {"cause": "An error occurred while executing the state 'ChooseCarrier' (entered at the event id #%d). Invalid path '$.shipping.carrier' : No results for path: $['shipping']['carrier']" % R.randint(7, 9), "error": "States.Runtime"})
    return sfn(R, "order-fulfilment", "ExecutionFailed", {"cause": "An error occurred while executing the state 'ChooseCarrier' (entered at the event id #%d). Invalid path '$.shipping.carrier' : No results for path: $['shipping']['carrier']" % R.randint(10, 14), "error": "States.Runtime"})


def e_refund_timeout(R):
    if R.random() < 0.6:
        return sfn(R, "refund-approval", "ExecutionTimedOut", {"error": "States.Timeout", "cause": "The execution timed out after %d seconds." % 604800} if R.random() < 0.5 else {"error": "States.Timeout"})
    return sfn(R, "refund-approval", "TaskTimedOut", {"resourceType": "lambda", "resource": "invoke.waitForTaskToken", "error": "States.Timeout", "cause": "The task did not send a heartbeat in %d seconds" % 86400})


def e_pipe_large(R):
    return pipe(R, "orders-stream-to-sfn", "TargetInvocationFailed", "ERROR", error={
        "message": "Target invocation failed with error from Step Functions: 1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to 262144",
        "httpStatusCode": 400, "details": "", "awsService": "states", "requestId": uuid(R)},
        batchSize=R.randint(1, 10))


def e_pipe_enrich(R):
    return pipe(R, "returns-enrich", "EnrichmentInvocationFailed", "ERROR", error={
        "message": "Enrichment invocation failed with error from API destination: Received response status [401] from the API destination. Connection 'rma-partner-oauth' is in DEAUTHORIZED state" if R.random() < 0.3 else "Enrichment invocation failed with error from API destination: Received response status [401] from the API destination",
        "httpStatusCode": 401, "details": "api-destination/rma-partner/%s" % uuid(R), "awsService": "events", "requestId": uuid(R)})


def e_sms(R):
    return snsdel(R, "order-shipped-sms", phone(R), "FAILURE", 0, "No quota left for account", smsType="Transactional", mnc=R.randint(0, 999), mcc=310, priceInUSD=0.0)


def e_webhook(R):
    return snsdel(R, "order-events", "https://hooks.partner.example.net/shop/orders", "FAILURE", 503, "Service Unavailable", attempts=pick(R, [3, 3, 4]))


def e_ddb_key(R):
    oid = "ord_%s" % lower(R, 10)
    return appsync(R, "ResponseMapping", "getOrder", "Query", fieldInError=True, errors=["CustomTemplateException(message=The provided key element does not match the schema (Service: DynamoDb, Status Code: 400, Request ID: %s), errorType=DynamoDB:DynamoDbException, data=null, errorInfo=null)" % alnum(R, 52).upper()],
                   context={"arguments": {"id": oid}, "stash": {}, "source": None}, executionDuration=R.randint(4, 60))


def e_reco(R):
    return appsync(R, "ResponseMapping", "recommendations", "Product", fieldInError=True,
                   errors=["Lambda:Unhandled: Task timed out after %.2f seconds" % 6.0 + " (duration %d ms)" % R.randint(6000, 6100)], context={"source": {"id": "P%s" % digits(R, 7)}}, executionDuration=R.randint(6000, 6200))


def e_presignup(R):
    if R.random() < 0.6:
        return pytext(R, "ERROR", "ClientError: An error occurred (AccessDeniedException) when calling the PutItem operation: User: arn:aws:sts::%s:assumed-role/cognito-presignup-role/cognito-presignup-prod is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:%s:table/customer-profiles-prod because no identity-based policy allows the dynamodb:PutItem action\nTraceback (most recent call last):\n  File \"/var/task/presignup.py\", line %d, in handler\n    profiles.put_item(Item=item)" % (ACCT, ACCT, pick(R, [31, 31, 33])))
    return pytext(R, "ERROR", "PreSignUp rejected sign-up for %s: profile write failed (AccessDeniedException)" % ("user+%s@example.com" % lower(R, 6)))


def e_pretoken(R):
    if R.random() < 0.5:
        return "%s %s Task timed out after 5.01 seconds" % (iso(R), uuid(R))
    return "%s\t%s\tWARN\tgroups lookup slow: %d ms for user %s (CustomerTier table scan)" % (iso(R), uuid(R), R.randint(4200, 5000), uuid(R))


def e_scheduler(R):
    return jd({"level": "ERROR", "msg": "scheduler target invocation failed", "schedule": "nightly-export", "ERROR_CODE": "AccessDeniedException",
               "ERROR_MESSAGE": "User: arn:aws:sts::%s:assumed-role/scheduler-nightly-export/%s is not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:us-east-1:%s:function:export-csv-fn-prod" % (ACCT, hexs(R, 32), ACCT),
               "RETRY_ATTEMPTS": str(R.randint(0, 185)), "EXECUTION_ID": uuid(R), "SCHEDULED_TIME": "2028-03-%02dT02:00:00Z" % day(R), "time": iso(R)})


def glue_negs():
    def a(R): return sfn(R, "order-fulfilment", "ExecutionStarted", {"input": "{\"orderId\":\"ord_%s\"}" % lower(R, 10), "inputDetails": {"truncated": False}, "roleArn": "arn:aws:iam::%s:role/order-fulfilment-sfn" % ACCT}, eid=1)
    def b(R): return sfn(R, "order-fulfilment", "ExecutionSucceeded", {"output": "{\"orderId\":\"ord_%s\",\"status\":\"SHIPPED\"}" % lower(R, 10), "outputDetails": {"truncated": False}})
    def c(R): return sfn(R, "order-fulfilment", "TaskStateEntered", {"input": "{\"orderId\":\"ord_%s\"}" % lower(R, 10), "inputDetails": {"truncated": False}, "name": pick(R, ["ReserveStock", "ChargePayment", "CreateShipment"])})
    def d(R): return sfn(R, "order-fulfilment", "TaskFailed", {"resourceType": "lambda", "resource": "invoke", "error": "PaymentDeclined", "cause": "{\"errorMessage\":\"card_declined\",\"errorType\":\"PaymentDeclined\"}"})
    def e(R): return sfn(R, "order-fulfilment", "TaskSucceeded", {"resourceType": "lambda", "resource": "invoke", "output": "{\"StatusCode\":200,\"Payload\":{\"ok\":true,\"errors\":0}}", "outputDetails": {"truncated": False}})
    def f(R): return pipe(R, "orders-stream-to-sfn", pick(R, ["ExecutionStarted", "ExecutionSucceeded", "TargetInvocationSucceeded"]), "INFO")
    def g(R): return snsdel(R, "order-shipped-sms", phone(R), "SUCCESS", 0, "Message has been accepted by phone carrier", smsType="Transactional", mnc=R.randint(0, 999), mcc=310, priceInUSD=0.00581)
    def h(R): return snsdel(R, "order-events", "arn:aws:sqs:us-east-1:%s:order-events-analytics" % ACCT, "SUCCESS", 200, "{\"SendMessageResponse\":{\"SendMessageResult\":{\"MessageId\":\"%s\"}}}" % uuid(R))
    def i(R): return appsync(R, "RequestMapping", pick(R, ["getOrder", "listOrders", "getProduct"]), "Query", fieldInError=False, context={"arguments": {"id": "ord_%s" % lower(R, 10)}}, transformedTemplate="{\"version\":\"2018-05-29\",\"operation\":\"GetItem\",\"key\":{\"pk\":{\"S\":\"ORDER#ord_%s\"}}}" % lower(R, 10))
    def j(R): return appsync(R, "ResponseMapping", "cancelOrder", "Mutation", fieldInError=True, errors=["Unauthorized: Not Authorized to access cancelOrder on type Mutation"], context={"arguments": {"id": "ord_%s" % lower(R, 10)}})
    def k(R): return pytext(R, "INFO", "PreSignUp: auto-confirming %s (domain allow-listed)" % ("staff+%s@shop.example.com" % lower(R, 5)))
    def l(R): return lambda_report(R, mem=128, dur=R.uniform(40, 900))
    def m(R): return "%s\t%s\tINFO\tPreTokenGeneration: added %d group claims for %s" % (iso(R), uuid(R), R.randint(1, 4), uuid(R))
    def n(R): return lambda_start(R)
    def o(R): return pipe(R, "orders-stream-to-sfn", "TargetStageEntered", "INFO")
    def p(R): return sfn(R, "order-fulfilment", "TaskFailed", {"resourceType": "lambda", "resource": "invoke", "error": "Lambda.TooManyRequestsException", "cause": "Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: %s)" % uuid(R)})
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]


def fam_glue(R):
    groups = [("fulfilment-choose-carrier-path-missing", e_carrier), ("refund-approval-no-heartbeat-timeout", e_refund_timeout),
              ("orders-pipe-sfn-input-over-256kb", e_pipe_large), ("returns-pipe-api-destination-deauthorized", e_pipe_enrich),
              ("shipped-sms-spend-limit-reached", e_sms), ("order-events-partner-webhook-503", e_webhook),
              ("getorder-resolver-key-schema-mismatch", e_ddb_key), ("recommendations-resolver-lambda-timeout", e_reco),
              ("presignup-profiles-putitem-denied", e_presignup), ("pretoken-generation-timeout-5s", e_pretoken),
              ("nightly-export-schedule-invoke-denied", e_scheduler)]
    return build(R, F8, groups, glue_negs())


FAMILIES = {F7: fam_nginx, F8: fam_glue}
