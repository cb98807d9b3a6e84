"""Families: py312-lambda-powertools-apigw-sqs, node22-lambda-powertools-ts-sdkv3."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, ts_sp, trace_id,
                    lambda_report, lambda_start, lambda_end, init_start, plat_json, plat_report_json, pytext, tb)

ACCT = "111122223333"

# ---------------------------------------------------------------- py312-lambda-powertools-apigw-sqs
# Python 3.12 Lambdas of an ordering service: orders-api (APIGatewayRestResolver behind API Gateway REST),
# payments-worker (BatchProcessor on SQS), invoice-fn (idempotent, JSON log format), export-csv-fn,
# notifications-fn. Powertools Logger JSON, Tracer, Metrics (EMF); Lambda platform lines in the text format
# and, for the functions switched to the JSON log format, platform.* records.
F1 = "py312-lambda-powertools-apigw-sqs"
PYFN = ["orders-api-prod", "payments-worker-prod", "invoice-fn-prod", "notifications-fn-prod", "export-csv-fn-prod"]


def pt_ts(R):
    return "%s+0000" % ts_sp(R, 3, ",")


def ptlog(R, level, msg, service, fn, loc, **extra):
    d = {"level": level, "location": loc, "message": msg, "timestamp": pt_ts(R), "service": service,
         "cold_start": R.random() < 0.1, "function_name": fn, "function_memory_size": pick(R, ["512", "1024"]),
         "function_arn": "arn:aws:lambda:us-east-1:%s:function:%s" % (ACCT, fn), "function_request_id": uuid(R)}
    if service == "orders-api":
        d["correlation_id"] = "%s-%s-%s-%s-%s" % (hexs(R, 8), hexs(R, 4), hexs(R, 4), hexs(R, 4), hexs(R, 12))
    d.update(extra)
    d["xray_trace_id"] = trace_id(R)
    return jd(d)


def p_ddb_denied(R):
    op = pick(R, ["GetItem", "GetItem", "Query"])
    msg = ("An error occurred (AccessDeniedException) when calling the %s operation: User: arn:aws:sts::%s:assumed-role/orders-api-prod-role-%s/orders-api-prod "
           "is not authorized to perform: dynamodb:%s on resource: arn:aws:dynamodb:us-east-1:%s:table/orders-prod%s because no identity-based policy allows the dynamodb:%s action") % (
        op, ACCT, "Q7ZK2M", op, ACCT, "" if op == "GetItem" else "/index/by-customer", op)
    if R.random() < 0.7:
        exc = tb([("/var/task/app/routes/orders.py", pick(R, [57, 57, 61]), "get_order", "item = table.%s(%s)" % ("get_item" if op == "GetItem" else "query", "Key={\"pk\": order_id}" if op == "GetItem" else "IndexName=\"by-customer\", **q")),
                  ("/var/task/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
                 "botocore.exceptions.ClientError: " + msg)
        return ptlog(R, "ERROR", "Failed to load order", "orders-api", PYFN[0], "get_order:%d" % pick(R, [59, 59, 63]),
                     order_id="ord_%s" % lower(R, 10), exception=exc, exception_name="ClientError")
    return pytext(R, "ERROR", "ClientError: " + msg)


def p_keyerror(R):
    line = pick(R, [88, 88, 92])
    t = tb([("/var/task/aws_lambda_powertools/event_handler/api_gateway.py", 2114, "_call_route", "route.handle(app=self, route_arguments=route_arguments)"),
            ("/var/task/app/routes/orders.py", line, "create_order", "addr = body[\"shippingAddress\"]")], "KeyError: 'shippingAddress'")
    if R.random() < 0.55:
        return "[ERROR] KeyError: 'shippingAddress'\n" + t
    return ptlog(R, "ERROR", "Unhandled exception in route POST /orders", "orders-api", PYFN[0], "create_order:%d" % line,
                 http_method="POST", path="/orders", client_version=pick(R, ["ios-5.2.0", "ios-5.2.1"]), exception=t, exception_name="KeyError")


def p_validation(R):
    val = pick(R, ["'12,50'", "'7,99'", "'1.299,00'", "'0,75'"]) if R.random() < 0.85 else "'EUR 12.50'"
    msg = "1 validation error for PaymentEvent\namount\n  Input should be a valid decimal [type=decimal_parsing, input_value=%s, input_type=str]\n    For further information visit https://errors.pydantic.dev/2.9/v/decimal_parsing" % val
    return ptlog(R, "ERROR", "Failed to process record", "payments-worker", PYFN[1], "record_handler:%d" % pick(R, [34, 34, 36]),
                 message_id=uuid(R), partner=pick(R, ["adyen-de", "adyen-nl", "adyen-at"]), exception="Traceback (most recent call last):\n  File \"/var/task/payments/handler.py\", line 35, in record_handler\n    evt = PaymentEvent.model_validate_json(record.body)\npydantic_core._pydantic_core.ValidationError: " + msg,
                 exception_name="ValidationError")


def p_ledger(R):
    v = R.random()
    host = "ledger.internal.example.com"
    if v < 0.5:
        return ptlog(R, "ERROR", "Ledger call failed", "payments-worker", PYFN[1], "post_entry:%d" % pick(R, [71, 71, 73]),
                     message_id=uuid(R), exception_name="ConnectTimeout",
                     exception="requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='%s', port=443): Max retries exceeded with url: /v2/entries (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f%s>, 'Connection to %s timed out. (connect timeout=3)'))" % (host, hexs(R, 10), host))
    n = R.randint(4, 10)
    return "[ERROR] BatchProcessingError: All records failed processing. %d individual errors logged separately below.\n\nTraceback (most recent call last):\n  File \"/var/task/aws_lambda_powertools/utilities/batch/base.py\", line 512, in _clean\n    raise BatchProcessingError(\nRequestId: %s" % (n, uuid(R))


def p_invoice_timeout(R):
    v = R.random()
    if v < 0.35:
        return "%s %s Task timed out after 15.00 seconds" % (iso(R), uuid(R))
    if v < 0.65:
        return plat_report_json(R, status="timeout", mem=1024)
    return jd({"timestamp": iso(R), "level": "ERROR", "requestId": uuid(R), "message": {"errorType": "IdempotencyAlreadyInProgressError",
               "errorMessage": "Execution already in progress with idempotency key: invoice-fn-prod.app.handler#%s" % hexs(R, 32)}})


def p_idem_table(R):
    if R.random() < 0.6:
        return ("[ERROR] IdempotencyPersistenceLayerError: ('Failed to save in progress record to idempotency store', ResourceNotFoundException('An error occurred (ResourceNotFoundException) "
                "when calling the PutItem operation: Requested resource not found'))\nTraceback (most recent call last):\n  File \"/var/task/aws_lambda_powertools/utilities/idempotency/base.py\", line %d, in _process_idempotency\n    self.persistence_store.save_inprogress(\nRequestId: %s") % (pick(R, [118, 118]), uuid(R))
    return ptlog(R, "ERROR", "Idempotency store unavailable, table=%s" % "reports-idempotency-stg", "reports", "reports-fn-staging", "handler:%d" % R.randint(20, 22),
                 exception_name="ResourceNotFoundException", report_id="rpt_%s" % lower(R, 8))


def p_import(R):
    v = R.random()
    if v < 0.55:
        return "[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'pydantic_core._pydantic_core'\nTraceback (most recent call last):"
    if v < 0.8:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ImportModuleError" % (R.uniform(380, 900), pick(R, ["init", "invoke"]))
    return "%s ERROR %s Runtime.ImportModuleError Unable to import module 'app': No module named 'pydantic_core._pydantic_core' (notifications-fn-prod version %d)" % (iso(R), uuid(R), R.randint(57, 58))


def p_oom(R):
    if R.random() < 0.5:
        return lambda_report(R, mem=1024, status="error", used=1024, dur=R.uniform(9000, 40000))
    return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % uuid(R)


def p_metrics_ns(R):
    return pick(R, [
        "[ERROR] SchemaValidationError: Must contain a metric namespace.\nTraceback (most recent call last):\n  File \"/var/task/aws_lambda_powertools/metrics/provider/base.py\", line %d, in decorate\n    self.flush_metrics(raise_on_empty_metrics=raise_on_empty_metrics)\nRequestId: %s" % (pick(R, [209, 209]), uuid(R)),
        jd({"timestamp": iso(R), "level": "ERROR", "requestId": uuid(R), "message": {"errorMessage": "Must contain a metric namespace.", "errorType": "SchemaValidationError",
            "requestId": uuid(R), "stackTrace": ["  File \"/var/task/aws_lambda_powertools/metrics/base.py\", line 309, in serialize_metric_set\n    raise SchemaValidationError(\"Must contain a metric namespace.\")\n"]}})])


def p_secret_throttle(R):
    return ptlog(R, "ERROR", "Could not load partner API key", "orders-api", PYFN[0], "get_partner_key:%d" % pick(R, [18, 18]),
                 exception_name="GetParameterError",
                 exception="aws_lambda_powertools.utilities.parameters.exceptions.GetParameterError: An error occurred (ThrottlingException) when calling the GetSecretValue operation (reached max retries: %d): Rate exceeded" % pick(R, [2, 4]))


def p_putevents(R):
    return ptlog(R, "ERROR", "EventBridge rejected OrderPlaced event", "orders-api", PYFN[0], "publish_order_placed:%d" % pick(R, [40, 40, 44]),
                 order_id="ord_%s" % lower(R, 10), failed_entry_count=1,
                 entries=[{"ErrorCode": "MalformedDetail", "ErrorMessage": "Detail is malformed."}])


def py_negs():
    def n_start(R): return lambda_start(R)
    def n_end(R): return lambda_end(R)
    def n_report(R): return lambda_report(R, mem=pick(R, [512, 1024]), dur=R.uniform(3, 900), init=R.random() < 0.15)
    def n_init(R): return init_start(R, "python:3.12.v%d" % R.randint(36, 41))
    def n_pstart(R): return plat_json(R, "platform.start", {"requestId": uuid(R), "version": "$LATEST"})
    def n_preport(R): return plat_report_json(R, mem=1024, init=R.random() < 0.2)
    def n_info(R): return ptlog(R, "INFO", pick(R, ["Order created", "Order fetched", "Cancel requested", "Listing orders"]), "orders-api", PYFN[0], "create_order:%d" % R.randint(80, 99), order_id="ord_%s" % lower(R, 10))
    def n_404(R): return ptlog(R, "INFO", "Order not found", "orders-api", PYFN[0], "get_order:%d" % R.randint(64, 66), order_id="ord_%s" % lower(R, 10), status_code=404)
    def n_400(R): return ptlog(R, "WARNING", "Bad request: quantity must be greater than 0", "orders-api", PYFN[0], "create_order:%d" % R.randint(75, 77), status_code=400, error_code="INVALID_QUANTITY")
    def n_batch(R): return ptlog(R, "INFO", "Batch processed: %d records, 0 failed" % R.randint(1, 10), "payments-worker", PYFN[1], "lambda_handler:%d" % R.randint(50, 52))
    def n_idem_hit(R): return jd({"timestamp": iso(R), "level": "INFO", "requestId": uuid(R), "message": "Idempotency record found for key invoice-fn-prod.app.handler#%s, returning saved response" % hexs(R, 32)})
    def n_retry(R): return ptlog(R, "WARNING", "Ledger returned 503, retrying (attempt %d of 3)" % R.randint(1, 2), "payments-worker", PYFN[1], "post_entry:%d" % R.randint(68, 70), message_id=uuid(R))
    def n_emf(R): return jd({"_aws": {"Timestamp": R.randint(1835481600000, 1836259200000), "CloudWatchMetrics": [{"Namespace": "Orders", "Dimensions": [["service"]], "Metrics": [{"Name": "OrderCreated", "Unit": "Count"}, {"Name": "OrderErrors", "Unit": "Count"}]}]}, "service": "orders-api", "OrderCreated": [float(R.randint(1, 3))], "OrderErrors": [0.0]})
    def n_debug(R): return ptlog(R, "DEBUG", "Event received", "payments-worker", PYFN[1], "lambda_handler:%d" % R.randint(40, 44), records=R.randint(1, 10), queue="payments-prod")
    def n_pytext(R): return pytext(R, "INFO", pick(R, ["Rendering invoice %s" % ("inv_" + lower(R, 8)), "Export finished: %d rows written to s3://exports-prod/%s.csv" % (R.randint(10, 90000), lower(R, 12)), "Found credentials in environment variables."]))
    def n_exc_handled(R): return ptlog(R, "INFO", "Payment already settled, skipping (ConditionalCheckFailedException)", "payments-worker", PYFN[1], "settle:%d" % R.randint(90, 93), message_id=uuid(R))
    return [n_start, n_end, n_report, n_init, n_pstart, n_preport, n_info, n_404, n_400, n_batch, n_idem_hit, n_retry, n_emf, n_debug, n_pytext, n_exc_handled]


def fam_py(R):
    groups = [("orders-ddb-getitem-access-denied", p_ddb_denied), ("create-order-missing-shipping-address", p_keyerror),
              ("payments-amount-decimal-comma", p_validation), ("payments-ledger-connect-timeout", p_ledger),
              ("invoice-fn-timeout-15s", p_invoice_timeout), ("reports-staging-idempotency-table-missing", p_idem_table),
              ("notifications-pydantic-core-wrong-arch", p_import), ("export-csv-out-of-memory", p_oom),
              ("notifications-metrics-namespace-missing", p_metrics_ns, 10), ("orders-getsecretvalue-throttled", p_secret_throttle),
              ("orders-placed-event-malformed-detail", p_putevents)]
    return build(R, F1, groups, py_negs())


# ---------------------------------------------------------------- node22-lambda-powertools-ts-sdkv3
# Node.js 22 Lambdas: checkout-api (API Gateway HTTP API), fulfilment-worker (SQS partial batch responses),
# image-resizer (S3 events), stream-to-opensearch. Powertools for TypeScript Logger JSON, AWS SDK v3 errors
# (name, $fault, $metadata), the Node runtime's own tab-separated lines, and platform lines.
F2 = "node22-lambda-powertools-ts-sdkv3"


def tslog(R, level, msg, service, fn, **extra):
    d = {"level": level, "message": msg, "timestamp": iso(R), "service": service, "cold_start": R.random() < 0.1,
         "function_arn": "arn:aws:lambda:us-east-1:%s:function:%s" % (ACCT, fn), "function_memory_size": pick(R, [256, 512]),
         "function_name": fn, "function_request_id": uuid(R), "sampling_rate": 0, "xray_trace_id": trace_id(R)}
    d.update(extra)
    return jd(d)


def meta(R, code):
    return {"httpStatusCode": code, "requestId": alnum(R, 20).upper() if R.random() < 0.5 else uuid(R), "attempts": pick(R, [1, 3]), "totalRetryDelay": R.randint(0, 900)}


def nodert(R, level, msg):
    return "%s\t%s\t%s\t%s" % (iso(R), uuid(R), level, msg)


def n_cond(R):
    # stock decrement without a retry loop: ConditionalCheckFailed treated as 500 — a real bug after a schema change
    err = {"name": "ValidationException", "$fault": "client", "$metadata": meta(R, 400),
           "message": "One or more parameter values were invalid: Missing the key sku in the item"}
    return tslog(R, "ERROR", "Failed to reserve stock", "checkout-api", "checkout-api-prod", cartId="cart_%s" % lower(R, 9),
                 error={"name": "ValidationException", "location": "file:///var/task/index.mjs:%d" % pick(R, [1184, 1184, 1190]),
                        "message": err["message"], "stack": "ValidationException: %s\n    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)" % err["message"],
                        "$fault": "client", "$metadata": err["$metadata"]})


def n_unhandled(R):
    msg = "TypeError: Cannot read properties of undefined (reading 'priceCents')"
    if R.random() < 0.6:
        return nodert(R, "ERROR", "Unhandled Promise Rejection \t%s" % jd({"errorType": "Runtime.UnhandledPromiseRejection", "errorMessage": msg,
                      "reason": {"errorType": "TypeError", "errorMessage": "Cannot read properties of undefined (reading 'priceCents')",
                                 "stack": ["TypeError: Cannot read properties of undefined (reading 'priceCents')", "    at applyPromo (file:///var/task/index.mjs:%d:%d)" % (pick(R, [2210, 2210, 2231]), R.randint(30, 34))]},
                      "promise": {}, "stack": ["Runtime.UnhandledPromiseRejection: " + msg]}))
    return "RequestId: %s Error: Runtime exited with error: exit status 128\nRuntime.ExitError" % uuid(R)


def epoch13(R):
    return 1835481600000 + R.randint(0, 8 * 86400000)


def n_partial(R):
    v = R.random()
    if v < 0.55:
        return tslog(R, "ERROR", "Record processing failed", "fulfilment-worker", "fulfilment-worker-prod", messageId=uuid(R),
                     error={"name": "ResourceNotFoundException", "message": "Secrets Manager can't find the specified secret.", "$fault": "client", "$metadata": meta(R, 400),
                            "location": "file:///var/task/index.mjs:%d" % pick(R, [410, 410])})
    return tslog(R, "WARN", "Partial batch failure: %d of %d records failed" % (R.randint(1, 10), 10), "fulfilment-worker", "fulfilment-worker-prod",
                 batchItemFailures=[{"itemIdentifier": uuid(R)} for _ in range(R.randint(1, 3))], failedReason="ResourceNotFoundException: carrier/dhl-api-key")


def n_throttle_sqs(R):
    return tslog(R, "ERROR", "SendMessageBatch failed after retries", "checkout-api", "checkout-api-prod",
                 error={"name": "KMS.ThrottlingException", "$fault": "client", "$metadata": meta(R, 400),
                        "message": "The request was denied due to request throttling. (Service: AWSKMS; Status Code: 400; Error Code: ThrottlingException; Request ID: %s)" % uuid(R)},
                 queueUrl="https://sqs.us-east-1.amazonaws.com/%s/order-events-prod" % ACCT)


def n_s3_403(R):
    key = "uploads/%s/%s.%s" % (lower(R, 8), lower(R, 12), pick(R, ["jpg", "png", "heic"]))
    return tslog(R, "ERROR", "Cannot read source image", "image-resizer", "image-resizer-prod", bucket="media-uploads-prod", key=key,
                 error={"name": "AccessDenied", "$fault": "client", "message": "User: arn:aws:sts::%s:assumed-role/image-resizer-prod-role/image-resizer-prod is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access" % ACCT,
                        "$metadata": meta(R, 403)})


def n_sharp(R):
    if R.random() < 0.6:
        return nodert(R, "ERROR", "Uncaught Exception \t%s" % jd({"errorType": "Error", "errorMessage": "Could not load the \"sharp\" module using the linux-x64 runtime\nPossible solutions:\n- Ensure optional dependencies can be installed:\n    npm install --include=optional sharp",
                      "stack": ["Error: Could not load the \"sharp\" module using the linux-x64 runtime", "    at Object.<anonymous> (/var/task/node_modules/sharp/lib/sharp.js:%d:%d)" % (pick(R, [113, 113]), 9)]}))
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.Unknown" % (R.uniform(300, 700), pick(R, ["init", "invoke"]))


def n_timeout(R):
    if R.random() < 0.5:
        return "%s %s Task timed out after 30.00 seconds" % (iso(R), uuid(R))
    return tslog(R, "ERROR", "Bulk index request failed", "stream-to-opensearch", "stream-to-opensearch-prod",
                 error={"name": "TimeoutError", "message": "socket hang up", "code": "ECONNRESET"},
                 endpoint="https://vpc-search-prod-%s.us-east-1.es.amazonaws.com/_bulk" % "k3xq7aab2mcq")


def n_dynamo_throttle(R):
    return tslog(R, "ERROR", "Failed to write session", "checkout-api", "checkout-api-prod",
                 error={"name": "ProvisionedThroughputExceededException", "$fault": "client", "$retryable": {"throttling": True}, "$metadata": meta(R, 400),
                        "message": "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."},
                 table="checkout-sessions-prod")


def n_oom(R):
    if R.random() < 0.5:
        return "<--- Last few GCs --->\n\n[%d:0x%s]    %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = 0.1, current mu = 0.0) allocation failure;\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" % (R.randint(8, 20), hexs(R, 12), R.randint(9000, 30000), R.uniform(1400, 1500), R.uniform(1500, 1550), R.uniform(1400, 1500), R.uniform(1500, 1550), R.uniform(400, 900))
    return "RequestId: %s Error: Runtime exited with error: signal: aborted (core dumped)\nRuntime.ExitError" % uuid(R)


def n_esm(R):
    return nodert(R, "ERROR", "Uncaught Exception \t%s" % jd({"errorType": "Runtime.ImportModuleError", "errorMessage": "Error: Cannot find package '@aws-sdk/client-sesv2' imported from /var/task/index.mjs",
                  "stack": ["Runtime.ImportModuleError: Error: Cannot find package '@aws-sdk/client-sesv2' imported from /var/task/index.mjs", "    at _loadUserApp (file:///var/runtime/index.mjs:%d:%d)" % (pick(R, [1087, 1087]), 17)]}))


def n_sns_invalid(R):
    return tslog(R, "ERROR", "Failed to publish order shipped notification", "fulfilment-worker", "fulfilment-worker-prod", orderId="ord_%s" % lower(R, 10),
                 error={"name": "InvalidParameterException", "$fault": "client", "$metadata": meta(R, 400),
                        "message": "Invalid parameter: Message too long"})


def node_negs():
    def a(R): return lambda_start(R, pick(R, ["$LATEST", "17", "18"]))
    def b(R): return lambda_end(R)
    def c(R): return lambda_report(R, mem=pick(R, [256, 512]), dur=R.uniform(4, 600), init=R.random() < 0.2)
    def d(R): return init_start(R, "nodejs:22.v%d" % R.randint(28, 33))
    def e(R): return tslog(R, "INFO", pick(R, ["Checkout started", "Payment intent created", "Order confirmed", "Promo applied"]), "checkout-api", "checkout-api-prod", cartId="cart_%s" % lower(R, 9))
    def f(R): return tslog(R, "INFO", "Batch done", "fulfilment-worker", "fulfilment-worker-prod", processed=R.randint(1, 10), failed=0, batchItemFailures=[])
    def g(R): return tslog(R, "WARN", "Retrying DynamoDB write after throttling", "checkout-api", "checkout-api-prod", attempt=R.randint(1, 2), maxAttempts=3)
    def h(R): return tslog(R, "INFO", "Resized image", "image-resizer", "image-resizer-prod", key="uploads/%s/%s.jpg" % (lower(R, 8), lower(R, 12)), widths=[320, 768, 1280], ms=R.randint(80, 900))
    def i(R): return tslog(R, "DEBUG", "SDK call", "stream-to-opensearch", "stream-to-opensearch-prod", records=R.randint(1, 100), errors=False, took=R.randint(4, 80))
    def j(R): return nodert(R, "INFO", pick(R, ["Indexed %d documents, 0 errors" % R.randint(1, 500), "Connection pool warmed (%d sockets)" % R.randint(2, 16), "Loaded config version %d" % R.randint(40, 60)]))
    def k(R): return tslog(R, "WARN", "Client sent invalid promo code", "checkout-api", "checkout-api-prod", statusCode=422, code="PROMO_INVALID", promo=lower(R, 6).upper())
    def l(R): return plat_json(R, "platform.start", {"requestId": uuid(R), "version": "$LATEST"})
    def m(R): return plat_report_json(R, mem=512)
    def n(R): return tslog(R, "INFO", "Message already processed, skipping (ConditionalCheckFailedException)", "fulfilment-worker", "fulfilment-worker-prod", messageId=uuid(R))
    def o(R): return nodert(R, "WARN", "(node:%d) NOTE: The AWS SDK for JavaScript (v2) is in maintenance mode." % R.randint(2, 30) if R.random() < 0.2 else "ExperimentalWarning: CommonJS module %s is loading ES Module" % pick(R, ["/var/task/legacy.cjs", "/var/task/auth.cjs"]) + " (%d)" % R.randint(1, 999))
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o]


def fam_node(R):
    groups = [("reserve-stock-missing-sku-key", n_cond), ("apply-promo-undefined-price", n_unhandled),
              ("fulfilment-dhl-secret-not-found", n_partial), ("order-events-kms-throttled", n_throttle_sqs),
              ("image-resizer-kms-decrypt-denied", n_s3_403), ("image-resizer-sharp-wrong-platform", n_sharp),
              ("stream-to-opensearch-timeout", n_timeout), ("checkout-sessions-ddb-throttled", n_dynamo_throttle),
              ("report-builder-heap-oom", n_oom), ("receipt-mailer-missing-sesv2-package", n_esm, 8),
              ("shipped-notification-sns-too-long", n_sns_invalid)]
    return build(R, F2, groups, node_negs())


FAMILIES = {F1: fam_py, F2: fam_node}
