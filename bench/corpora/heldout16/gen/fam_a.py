"""Families: py312-powertools-orders-lambdas, node22-lambda-sdkv3-pino."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, iso, pick, jd, epoch_ms, trace_id,
                    build, lambda_report, lambda_start, lambda_end, init_start)

ACCT = "111122223333"

# ---------------------------------------------------------------- py312-powertools-orders-lambdas
# Python 3.12 Lambda functions of an order system, logging with Powertools for AWS Lambda (Python)
# Logger (JSON, one object per line) and the runtime's own text lines: orders-api (API Gateway REST
# resolver), invoice-worker (SQS batch processing), thumbnailer and report-export (S3 events),
# notify (SES), stock-sync (scheduled), webhook-intake. Platform lines in the text log format.
F1 = "py312-powertools-orders-lambdas"
PY_FUNCS = {"orders-api": 1024, "invoice-worker": 512, "thumbnailer": 1769, "report-export": 1024,
            "notify": 256, "stock-sync": 512, "webhook-intake": 256}


def pt_ts(R):
    return "2027-12-%02d %s,%s+0000" % (day(R), hms(R), ms(R))


def pt(R, fn, level, location, message, cold=None, extra=None, exc=None, corr=True):
    d = {"level": level, "location": location, "message": message, "timestamp": pt_ts(R),
         "service": fn.split("-")[0] if fn != "orders-api" else "orders", "cold_start": cold if cold is not None else R.random() < 0.08,
         "function_name": "prod-%s" % fn, "function_memory_size": str(PY_FUNCS[fn]),
         "function_arn": "arn:aws:lambda:us-east-1:%s:function:prod-%s" % (ACCT, fn),
         "function_request_id": uuid(R)}
    if corr and fn == "orders-api":
        d["correlation_id"] = uuid(R)
    if extra:
        d.update(extra)
    if exc:
        d["exception"] = exc[1]
        d["exception_name"] = exc[0]
    d["xray_trace_id"] = trace_id(R)
    return json.dumps(d, separators=(",", ":"))


def tb(frames, last):
    out = "Traceback (most recent call last):\n"
    for f, ln, fn, code in frames:
        out += '  File "%s", line %d, in %s\n    %s\n' % (f, ln, fn, code)
    return out + last


BOTO_FR = [("/var/runtime/botocore/client.py", 565, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
           ("/var/runtime/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")]


def rt_err(R, etype, emsg, trace):
    """The Python runtime's record of an uncaught exception (text log format)."""
    return "[ERROR] %s: %s\n%s" % (etype, emsg, trace)


def g_getitem_key_schema(R):
    oid = "ord_%s" % alnum(R, 10)
    e = "An error occurred (ValidationException) when calling the GetItem operation: The provided key element does not match the schema"
    trace = tb([("/var/task/orders/routes.py", pick(R, [58, 58, 61]), "get_order", "item = table.get_item(Key={\"pk\": order_id})[\"Item\"]" if R.random() < 0.5 else "resp = table.get_item(Key={\"pk\": order_id})")] + BOTO_FR,
               "botocore.exceptions.ClientError: " + e)
    return pt(R, "orders-api", "ERROR", "get_order:%d" % pick(R, [62, 62, 65]), pick(R, ["Failed to load order %s" % oid, "order lookup failed"]),
              extra={"order_id": oid, "path": "/orders/%s" % oid}, exc=("botocore.exceptions.ClientError", trace))


def g_ledger_table_missing(R):
    e = "An error occurred (ResourceNotFoundException) when calling the PutItem operation: Requested resource not found"
    if R.random() < 0.65:
        mid = uuid(R)
        trace = tb([("/var/task/invoice/handler.py", 44, "record_handler", "ledger.put_item(Item=entry.to_item())")] + BOTO_FR,
                   "botocore.exceptions.ClientError: " + e)
        return pt(R, "invoice-worker", "ERROR", "record_handler:51", "Failed to process invoice record",
                  extra={"message_id": mid, "table": "ledger-entries-prod"}, exc=("botocore.exceptions.ClientError", trace))
    n = pick(R, [1, 3, 7, 10, 10])
    return rt_err(R, "BatchProcessingError", "All records failed processing. %d individual errors logged separately below.\n\n%s" % (n, "\n".join(
        "Traceback (most recent call last):\n  File \"/var/task/invoice/handler.py\", line 44, in record_handler\n    ledger.put_item(Item=entry.to_item())\nbotocore.exceptions.ClientError: " + e for _ in range(min(n, 2)))),
        tb([("/var/task/invoice/handler.py", 60, "lambda_handler", "return process_partial_response(event=event, record_handler=record_handler, processor=processor, context=context)"),
            ("/opt/python/aws_lambda_powertools/utilities/batch/decorators.py", 205, "process_partial_response", "processor.process()"),
            ("/opt/python/aws_lambda_powertools/utilities/batch/base.py", 482, "_clean", "raise BatchProcessingError(")],
           "aws_lambda_powertools.utilities.batch.exceptions.BatchProcessingError: All records failed processing. %d individual errors logged separately below." % n))


def g_invoice_validation(R):
    mid = uuid(R)
    val = pick(R, ["12,50", "1.234,00", "EUR 40", "n/a", ""])
    exc = "1 validation error for InvoiceEvent\namount\n  Input should be a valid decimal [type=decimal_parsing, input_value='%s', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.9/v/decimal_parsing" % val
    trace = tb([("/var/task/invoice/handler.py", 38, "record_handler", "event = InvoiceEvent.model_validate_json(record.body)")],
               "pydantic_core._pydantic_core.ValidationError: " + exc)
    return pt(R, "invoice-worker", "ERROR", "record_handler:51", "Failed to process invoice record",
              extra={"message_id": mid, "source": pick(R, ["partner-eu", "partner-de", "partner-fr"])}, exc=("pydantic_core._pydantic_core.ValidationError", trace))


def g_thumb_timeout(R):
    rid = uuid(R)
    if R.random() < 0.55:
        return "%s %s Task timed out after %.2f seconds" % (iso(R), rid, R.uniform(30.0, 30.09))
    return lambda_report(R, rid, mem=1769, status="timeout", dur=30000.0 + R.uniform(0, 90), used=R.randint(600, 1500))


def g_report_oom(R):
    rid = uuid(R)
    v = R.random()
    if v < 0.35:
        return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % rid
    if v < 0.55:
        return "RequestId: %s Error: Runtime exited with error: signal: killed" % rid
    return lambda_report(R, rid, mem=1024, status="error", used=1024, dur=R.uniform(9000, 58000))


def g_webhook_import(R):
    if R.random() < 0.35:
        return "[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'pydantic_core._pydantic_core'\nTraceback (most recent call last):"
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ImportModuleError" % (R.uniform(180, 900), pick(R, ["init", "invoke"]))


def g_secret_denied(R):
    role = "prod-orders-api-role-%s" % alnum(R, 12)
    e = "An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:sts::%s:assumed-role/%s/prod-orders-api is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/orders/db because no identity-based policy allows the secretsmanager:GetSecretValue action" % (ACCT, role)
    if R.random() < 0.5:
        return pt(R, "orders-api", "ERROR", "get_db_credentials:27", "Unable to fetch database credentials", cold=True,
                  exc=("aws_lambda_powertools.utilities.parameters.exceptions.GetParameterError", tb([("/opt/python/aws_lambda_powertools/utilities/parameters/base.py", 120, "get", "raise GetParameterError(str(exc))")], "aws_lambda_powertools.utilities.parameters.exceptions.GetParameterError: " + e)))
    return rt_err(R, "GetParameterError", e, tb([("/var/task/orders/db.py", 27, "get_db_credentials", "secret = parameters.get_secret(\"prod/orders/db\", transform=\"json\", max_age=300)"),
                                                   ("/opt/python/aws_lambda_powertools/utilities/parameters/base.py", 120, "get", "raise GetParameterError(str(exc))")],
                                                  "aws_lambda_powertools.utilities.parameters.exceptions.GetParameterError: " + e))


def g_rds_proxy_timeout(R):
    host = "orders-proxy.proxy-cq1exmpl0abc.us-east-1.rds.amazonaws.com"
    ip = "10.20.%d.%d" % (R.randint(10, 13), R.randint(4, 250))
    msg = "connection timeout expired" if R.random() < 0.5 else "connection to server at \"%s\" (%s), port 5432 failed: timeout expired" % (host, ip)
    return pt(R, "orders-api", "ERROR", "list_orders:%d" % pick(R, [90, 90, 93]), "database query failed",
              extra={"path": "/orders", "query": {"status": pick(R, ["OPEN", "SHIPPED", "ALL"]), "limit": pick(R, ["25", "50"])}},
              exc=("psycopg.OperationalError", tb([("/var/task/orders/db.py", 41, "connect", "return psycopg.connect(conninfo, connect_timeout=5)"),
                                                    ("/var/task/psycopg/connection.py", 119, "connect", "raise last_ex.with_traceback(None)")], "psycopg.OperationalError: " + msg)))


def g_ses_unverified(R):
    to = "%s@%s" % (pick(R, ["billing", "ops", "j.doe", "ap", "finance"]), pick(R, ["customer-a.example", "acme.example", "retail-b.example"]))
    e = "An error occurred (MessageRejected) when calling the SendEmail operation: Email address is not verified. The following identities failed the check in region US-EAST-1: %s" % to
    return pt(R, "notify", "ERROR", "send_invoice_mail:%d" % pick(R, [33, 33, 35]), "SES send failed", extra={"template": pick(R, ["invoice-ready", "invoice-overdue"]), "invoice_id": "inv_%s" % digits(R, 8)},
              exc=("botocore.errorfactory.MessageRejected", tb([("/var/task/notify/mailer.py", 33, "send_invoice_mail", "ses.send_email(**params)")] + BOTO_FR, "botocore.errorfactory.MessageRejected: " + e)))


def g_resolver_keyerror(R):
    if R.random() < 0.6:
        return pt(R, "orders-api", "ERROR", "exception_handler:%d" % 140, "Unhandled exception in route",
                  extra={"path": "/orders", "http_method": "POST"},
                  exc=("KeyError", tb([("/opt/python/aws_lambda_powertools/event_handler/api_gateway.py", 1889, "_call_route", "route.handler(*args, **kwargs)"),
                                       ("/var/task/orders/routes.py", 104, "create_order", "customer = body[\"customer_id\"]")], "KeyError: 'customer_id'")))
    return rt_err(R, "KeyError", "'customer_id'", tb([("/var/task/orders/app.py", 30, "lambda_handler", "return app.resolve(event, context)"),
                                                      ("/var/task/orders/routes.py", 104, "create_order", "customer = body[\"customer_id\"]")], "KeyError: 'customer_id'"))


def g_sqs_kms(R):
    e = "An error occurred (KMS.AccessDeniedException) when calling the SendMessage operation: User: arn:aws:sts::%s:assumed-role/prod-invoice-worker-role/prod-invoice-worker is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:%s:key/%s because no identity-based policy allows the kms:GenerateDataKey action (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: %s; Proxy: null)" % (ACCT, ACCT, "5f1c2e9a-7d3b-4c8e-9f10-2b6a4d8e0c11", uuid(R))
    return pt(R, "invoice-worker", "ERROR", "forward_to_ledger:72", "could not enqueue ledger message", extra={"queue": "ledger-inbound.fifo", "invoice_id": "inv_%s" % digits(R, 8)},
              exc=("botocore.exceptions.ClientError", tb([("/var/task/invoice/forward.py", 72, "forward_to_ledger", "sqs.send_message(QueueUrl=LEDGER_QUEUE_URL, MessageBody=body, MessageGroupId=group)")] + BOTO_FR, "botocore.exceptions.ClientError: " + e)))


def g_s3_nosuchkey(R):
    name = pick(R, ["Invoice ", "Scan ", "Photo ", "Receipt "]) + "%s%s" % (digits(R, 4), pick(R, [" (1)", " final", " Dez", ""]))
    key = "uploads/%s/%s.jpg" % (uuid(R)[:8], name.replace(" ", "+"))
    e = "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."
    if R.random() < 0.7:
        return pt(R, "thumbnailer", "ERROR", "handle_record:%d" % pick(R, [29, 29]), "could not read source object", extra={"bucket": "prod-user-uploads", "key": key},
                  exc=("botocore.errorfactory.NoSuchKey", tb([("/var/task/thumbnailer/app.py", 29, "handle_record", "obj = s3.get_object(Bucket=bucket, Key=key)")] + BOTO_FR, "botocore.errorfactory.NoSuchKey: " + e)))
    return rt_err(R, "NoSuchKey", e, tb([("/var/task/thumbnailer/app.py", 18, "lambda_handler", "handle_record(r)"), ("/var/task/thumbnailer/app.py", 29, "handle_record", "obj = s3.get_object(Bucket=bucket, Key=key)")] + BOTO_FR, "botocore.errorfactory.NoSuchKey: " + e))


def g_stock_throughput(R):
    e = "An error occurred (ProvisionedThroughputExceededException) when calling the BatchWriteItem operation (reached max retries: %d): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." % pick(R, [4, 9])
    return pt(R, "stock-sync", "ERROR", "write_batch:%d" % pick(R, [57, 57]), "stock batch write failed", extra={"table": "inventory-levels", "batch": R.randint(1, 80), "items": 25},
              exc=("botocore.errorfactory.ProvisionedThroughputExceededException", tb([("/var/task/stock/sync.py", 57, "write_batch", "dynamodb.batch_write_item(RequestItems={TABLE: requests})")] + BOTO_FR, "botocore.errorfactory.ProvisionedThroughputExceededException: " + e)))


def g_partner_timeout(R):
    e = "HTTPSConnectionPool(host='api.partner-stock.example.com', port=443): Read timed out. (read timeout=%d)" % pick(R, [10, 10, 15])
    return pt(R, "stock-sync", "ERROR", "fetch_levels:%d" % 34, "partner stock API request failed", extra={"warehouse": pick(R, ["FRA1", "AMS2", "MAD1", "WAW1"]), "attempt": 3},
              exc=("requests.exceptions.ReadTimeout", tb([("/var/task/stock/partner.py", 34, "fetch_levels", "resp = session.get(url, params=params, timeout=TIMEOUT)"),
                                                         ("/var/task/requests/adapters.py", 713, "send", "raise ReadTimeout(e, request=request)")], "requests.exceptions.ReadTimeout: " + e)))


def n_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.9:
        return lambda_report(R, init=R.random() < 0.15)
    return init_start(R, "python:3.12.v%d" % R.randint(38, 44))


def n_pt_info(R):
    fn = pick(R, list(PY_FUNCS))
    msgs = {"orders-api": [("list_orders:99", "orders listed", {"count": R.randint(0, 50)}), ("create_order:118", "order created", {"order_id": "ord_%s" % alnum(R, 10), "total": "%d.%02d" % (R.randint(5, 900), R.randint(0, 99))})],
            "invoice-worker": [("lambda_handler:63", "batch processed", {"records": 10, "failed": 0, "error_count": 0}), ("record_handler:47", "invoice stored", {"invoice_id": "inv_%s" % digits(R, 8)})],
            "thumbnailer": [("handle_record:41", "thumbnail written", {"key": "thumbs/%s.webp" % uuid(R)[:13], "bytes": R.randint(9000, 90000)})],
            "report-export": [("lambda_handler:22", "export finished", {"rows": R.randint(100, 90000), "errors": 0})],
            "notify": [("send_invoice_mail:40", "mail sent", {"message_id": "0100018%s-%s-000000" % (hexs(R, 9), uuid(R))})],
            "stock-sync": [("lambda_handler:19", "sync complete", {"warehouses": 4, "updated": R.randint(0, 3000), "error": None})],
            "webhook-intake": [("lambda_handler:25", "webhook accepted", {"event_type": pick(R, ["order.paid", "order.refunded"])})]}
    loc, m, ex = pick(R, msgs[fn])
    return pt(R, fn, "INFO", loc, m, extra=ex)


def n_pt_debug(R):
    return pt(R, "orders-api", "DEBUG", "get_order:55", pick(R, ["cache miss", "cache hit", "resolved route"]), extra={"route": "/orders/<order_id>", "method": "GET"})


def n_pt_warn(R):
    v = R.random()
    if v < 0.4:
        return pt(R, "orders-api", "WARNING", "get_order:70", "order not found", extra={"order_id": "ord_%s" % alnum(R, 10), "status_code": 404})
    if v < 0.7:
        return pt(R, "stock-sync", "WARNING", "fetch_levels:30", "partner API slow, retrying", extra={"attempt": R.randint(1, 2), "elapsed_ms": R.randint(4000, 9800)})
    return pt(R, "orders-api", "WARNING", "create_order:110", "request validation failed", extra={"status_code": 422, "detail": "quantity must be greater than 0"})


def n_emf(R):
    return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "Orders", "Dimensions": [["service"]], "Metrics": [{"Name": "ProcessedRecords", "Unit": "Count"}, {"Name": "FailedRecords", "Unit": "Count"}]}]},
               "service": pick(R, ["invoice", "orders", "stock"]), "ProcessedRecords": [R.randint(1, 10)], "FailedRecords": [0]})


def n_print(R):
    return "[INFO]\t%s\t%s\t%s" % (iso(R), uuid(R), pick(R, ["Found credentials in environment variables.", "Loading stock mapping v%d" % R.randint(3, 9),
                                                          "skipping already-processed key uploads/%s" % uuid(R)[:8], "retrying transient S3 error (1/3)", "0 errors in %d records" % R.randint(1, 200)]))


def py312_powertools(R):
    groups = [("orders-api-getitem-key-schema-mismatch", g_getitem_key_schema),
              ("invoice-worker-ledger-table-not-found", g_ledger_table_missing),
              ("invoice-worker-amount-decimal-validation", g_invoice_validation),
              ("thumbnailer-task-timeout-30s", g_thumb_timeout),
              ("report-export-out-of-memory", g_report_oom),
              ("webhook-intake-pydantic-core-import", g_webhook_import),
              ("orders-api-db-secret-access-denied", g_secret_denied),
              ("orders-api-rds-proxy-connect-timeout", g_rds_proxy_timeout),
              ("notify-ses-recipient-not-verified", g_ses_unverified),
              ("orders-api-create-order-missing-customer-id", g_resolver_keyerror),
              ("invoice-worker-ledger-queue-kms-denied", g_sqs_kms),
              ("thumbnailer-url-encoded-key-nosuchkey", g_s3_nosuchkey),
              ("stock-sync-ddb-throughput-exceeded", g_stock_throughput),
              ("stock-sync-partner-api-read-timeout", g_partner_timeout)]
    negs = [n_platform, n_platform, n_pt_info, n_pt_info, n_pt_debug, n_pt_warn, n_emf, n_print]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- node22-lambda-sdkv3-pino
# Node.js 22 (and some 20) Lambda functions of a storefront: checkout, image-resize, notify,
# orders-stream (DynamoDB stream), auth-authorizer, export-csv, webhook-relay, search-api. The
# runtime's text format `<ISO time>\t<request id>\t<LEVEL>\t<message>` for console.* and for the
# runtime's own `Invoke Error` / `Uncaught Exception` / `Unhandled Promise Rejection` records; the
# checkout and orders-stream functions log with pino (JSON, numeric levels).
F2 = "node22-lambda-sdkv3-pino"


def nd(R, level, msg, rid=None):
    return "%s\t%s\t%s\t%s" % (iso(R), rid or uuid(R), level, msg)


def meta(R, status, attempts=1, delay=0, cf=False):
    m = {"httpStatusCode": status, "requestId": uuid(R) if not cf else alnum(R, 16).upper(), "attempts": attempts, "totalRetryDelay": delay}
    if cf:
        m["extendedRequestId"] = alnum(R, 60)
        m["cfId"] = None
    return m


def invoke_err(R, etype, emsg, stack, pretty=None):
    body = {"errorType": etype, "errorMessage": emsg, "stack": [etype + ": " + emsg] + stack}
    pretty = R.random() < 0.35 if pretty is None else pretty
    return nd(R, "ERROR", "Invoke Error \t" + (("\n" + json.dumps(body, indent=4)) if pretty else json.dumps(body)))


def pino(R, level, msg, fn, extra=None):
    d = {"level": level, "time": epoch_ms(R), "pid": 2, "hostname": "169.254.%d.%d" % (R.randint(10, 90), R.randint(1, 254)),
         "fn": fn, "awsRequestId": uuid(R)}
    if extra:
        d.update(extra)
    d["msg"] = msg
    return json.dumps(d, separators=(",", ":"))


def js_stack(frames):
    return ["    at " + f for f in frames]


SDK_FR = ["throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)",
          "/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:876:5",
          "process.processTicksAndRejections (node:internal/process/task_queues:105:5)",
          "async /var/runtime/node_modules/@aws-sdk/node_modules/@smithy/middleware-serde/dist-cjs/index.js:35:20"]


def g_txn_canceled(R):
    oid = "o-%s" % digits(R, 9)
    err = {"type": "TransactionCanceledException", "message": "Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]",
           "stack": "TransactionCanceledException: Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]\n" + "\n".join(js_stack(SDK_FR[:2] + ["async reserveStock (file:///var/task/index.mjs:1:%d)" % R.randint(14000, 14100)])),
           "name": "TransactionCanceledException", "$fault": "client", "$metadata": meta(R, 400),
           "CancellationReasons": [{"Code": "None"}, {"Code": "ConditionalCheckFailed", "Message": "The conditional request failed"}]}
    return pino(R, 50, "stock reservation failed", "checkout", {"orderId": oid, "sku": "SKU-%s" % digits(R, 5), "err": err})


def g_stripe_import(R):
    if R.random() < 0.6:
        body = {"errorType": "Runtime.ImportModuleError", "errorMessage": "Error: Cannot find package 'stripe' imported from /var/task/index.mjs",
                "stack": ["Runtime.ImportModuleError: Error: Cannot find package 'stripe' imported from /var/task/index.mjs",
                          "    at _loadUserApp (file:///var/runtime/index.mjs:1087:17)",
                          "    at async UserFunction.js.module.exports.load (file:///var/runtime/index.mjs:1119:21)",
                          "    at async start (file:///var/runtime/index.mjs:1282:23)",
                          "    at async file:///var/runtime/index.mjs:1288:1"]}
        return "%s\tundefined\tERROR\tUncaught Exception \t%s" % (iso(R), json.dumps(body))
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ImportModuleError" % (R.uniform(120, 640), pick(R, ["init", "invoke"]))


def g_sharp(R):
    msg = "Could not load the \"sharp\" module using the linux-x64 runtime\nPossible solutions:\n- Ensure optional dependencies can be installed:\n    npm install --include=optional sharp\n- Ensure your package manager supports multi-platform installation:\n    See https://sharp.pixelplumbing.com/install#cross-platform\n- Add platform-specific dependencies:\n    npm install --os=linux --cpu=x64 sharp\n- Consult the installation documentation:\n    See https://sharp.pixelplumbing.com/install"
    if R.random() < 0.7:
        body = {"errorType": "Error", "errorMessage": msg, "stack": ["Error: " + msg.split("\n")[0]] + js_stack(["Object.<anonymous> (/var/task/node_modules/sharp/lib/sharp.js:%d:9)" % pick(R, [113, 114]), "Module._compile (node:internal/modules/cjs/loader:1546:14)", "Module.require (node:internal/modules/cjs/loader:1311:12)"])}
        return "%s\tundefined\tERROR\tUncaught Exception \t%s" % (iso(R), json.dumps(body))
    return "%s\tundefined\tERROR\tUncaught Exception \t%s" % (iso(R), json.dumps({"errorType": "Error", "errorMessage": msg, "stack": ["Error: " + msg.split("\n")[0]] + js_stack(["Object.<anonymous> (/var/task/node_modules/sharp/lib/sharp.js:113:9)", "Module._compile (node:internal/modules/cjs/loader:1469:14)"])}, indent=4 if R.random() < 0.5 else None))


def g_sns_denied(R):
    topic = "arn:aws:sns:us-east-1:%s:order-events" % ACCT
    emsg = "User: arn:aws:sts::%s:assumed-role/storefront-notify-role/storefront-notify is not authorized to perform: SNS:Publish on resource: %s because no identity-based policy allows the SNS:Publish action" % (ACCT, topic)
    if R.random() < 0.5:
        return invoke_err(R, "AuthorizationErrorException", emsg, js_stack(SDK_FR + ["async publishOrderEvent (/var/task/index.js:%d:3)" % pick(R, [48, 48, 51])]))
    return nd(R, "ERROR", "publish failed AuthorizationErrorException: %s\n%s {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 403,\n    requestId: '%s',\n    extendedRequestId: undefined,\n    cfId: undefined,\n    attempts: 1,\n    totalRetryDelay: 0\n  },\n  Type: 'Sender',\n  Code: 'AuthorizationError'\n}" % (
        emsg, "\n".join(js_stack(SDK_FR[:3])), uuid(R)))


def g_fetch_failed(R):
    ip = "10.40.%d.%d" % (R.randint(0, 3), R.randint(2, 250))
    body = {"errorType": "Runtime.UnhandledPromiseRejection", "errorMessage": "TypeError: fetch failed",
            "reason": {"errorType": "TypeError", "errorMessage": "fetch failed", "cause": {"name": "ConnectTimeoutError", "code": "UND_ERR_CONNECT_TIMEOUT", "message": "Connect Timeout Error (attempted address: loyalty.internal.example.com:443, timeout: 10000ms)"},
                       "stack": ["TypeError: fetch failed", "    at node:internal/deps/undici/undici:13502:13", "    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)", "    at async awardPoints (/var/task/index.js:%d:17)" % pick(R, [77, 77, 81])]},
            "promise": {}, "stack": ["Runtime.UnhandledPromiseRejection: TypeError: fetch failed", "    at process.<anonymous> (file:///var/runtime/index.mjs:1276:17)", "    at process.emit (node:events:519:28)", "    at emitUnhandledRejection (node:internal/process/promises:250:13)"]}
    if R.random() < 0.25:
        return "%s\t%s\tERROR\tUnhandled Promise Rejection \t%s" % (iso(R), uuid(R), json.dumps(body))
    if R.random() < 0.5:
        return "%s\t%s\tERROR\tUnhandled Promise Rejection \t%s" % (iso(R), uuid(R), json.dumps(body, indent=4))
    return pino(R, 50, "loyalty award failed", "orders-stream", {"err": {"type": "TypeError", "message": "fetch failed", "stack": "TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n    at async awardPoints (/var/task/index.js:77:17)",
                                                                      "cause": {"type": "ConnectTimeoutError", "message": "Connect Timeout Error (attempted address: loyalty.internal.example.com:443, timeout: 10000ms)", "code": "UND_ERR_CONNECT_TIMEOUT", "name": "ConnectTimeoutError"}}, "target": ip})


def g_search_timeout(R):
    rid = uuid(R)
    if R.random() < 0.55:
        return "%s %s Task timed out after %.2f seconds" % (iso(R), rid, R.uniform(6.0, 6.05))
    return lambda_report(R, rid, mem=512, status="timeout", dur=6000.0 + R.uniform(0, 60), used=R.randint(110, 190))


def g_heap_oom(R):
    v = R.random()
    if v < 0.45:
        return "\n<--- Last few GCs --->\n\n[%d:0x%s]    %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, pooled: 0 MB, %.2f / 0.00 ms  (average mu = %.3f, current mu = %.3f) allocation failure; scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" % (
            R.randint(8, 20), hexs(R, 12), R.randint(20000, 90000), R.uniform(1400, 1500), R.uniform(1480, 1560), R.uniform(1390, 1490), R.uniform(1480, 1560), R.uniform(800, 1400), R.uniform(0.1, 0.4), R.uniform(0.01, 0.2))
    if v < 0.75:
        return "RequestId: %s Error: Runtime exited with error: signal: aborted (core dumped)\nRuntime.ExitError" % uuid(R)
    return "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\n\n 1: 0x%s node::OOMErrorHandler(char const*, v8::OOMDetails const&) [/var/lang/bin/node]\n 2: 0x%s v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [/var/lang/bin/node]" % (hexs(R, 6), hexs(R, 6))


def g_jwks(R):
    if R.random() < 0.5:
        return nd(R, "ERROR", "authorizer: JWKS fetch failed JWKSTimeout: request timed out\n    at Timeout._onTimeout (/var/task/node_modules/jose/dist/node/cjs/runtime/fetch_jwks.js:%d:23)\n    at listOnTimeout (node:internal/timers:594:17)\n    at process.processTimers (node:internal/timers:529:7) {\n  code: 'ERR_JWKS_TIMEOUT'\n}" % pick(R, [19, 19, 21]))
    return nd(R, "ERROR", "Unauthorized: token verification aborted (ERR_JWKS_TIMEOUT) after %d ms for kid %s" % (R.randint(5000, 5090), alnum(R, 22)))


def g_secret_not_found(R):
    emsg = "Secrets Manager can't find the specified secret."
    return invoke_err(R, "ResourceNotFoundException", emsg, js_stack(SDK_FR + ["async getStripeKey (file:///var/task/index.mjs:1:%d)" % R.randint(2200, 2300), "async Runtime.handler (file:///var/task/index.mjs:1:%d)" % R.randint(5000, 5100)]))


def g_empty_key(R):
    emsg = "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: sk"
    err = {"type": "ValidationException", "message": emsg, "stack": "ValidationException: " + emsg + "\n" + "\n".join(js_stack(SDK_FR[:2] + ["async projectOrder (/var/task/handlers/project.js:%d:5)" % pick(R, [41, 41, 44])])),
           "name": "ValidationException", "$fault": "client", "$metadata": meta(R, 400), "__type": "com.amazon.coral.validate#ValidationException"}
    return pino(R, 50, "projection write failed", "orders-stream", {"eventID": hexs(R, 32), "eventName": pick(R, ["INSERT", "MODIFY"]), "err": err})


def g_json_syntax(R):
    emsg = "Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON" if R.random() < 0.6 else "Unexpected token '<', \"<html>\\r\\n<h\"... is not valid JSON"
    return invoke_err(R, "SyntaxError", emsg, js_stack(["JSON.parse (<anonymous>)", "parseJSONFromBytes (node:internal/deps/undici/undici:5738:19)", "successSteps (node:internal/deps/undici/undici:5719:27)",
                                                          "async relay (/var/task/relay.js:%d:18)" % pick(R, [32, 32, 35])]))


def g_batch_too_long(R):
    size = R.randint(262200, 420000)
    emsg = "Batch requests cannot be longer than 262144 bytes. You have sent %d bytes." % size
    return pino(R, 50, "sendMessageBatch failed", "notify", {"queue": "email-outbox", "entries": 10,
                                                             "err": {"type": "BatchRequestTooLong", "message": emsg, "name": "BatchRequestTooLong", "$fault": "client", "$metadata": meta(R, 400)}})


def g_pg_clients(R):
    return nd(R, "ERROR", "error: sorry, too many clients already\n    at Parser.parseErrorMessage (/var/task/node_modules/pg-protocol/dist/parser.js:283:98)\n    at Parser.handlePacket (/var/task/node_modules/pg-protocol/dist/parser.js:122:29)\n    at Socket.<anonymous> (/var/task/node_modules/pg-protocol/dist/index.js:11:42) {\n  length: 85,\n  severity: 'FATAL',\n  code: '53300',\n  file: 'proc.c',\n  line: '%d',\n  routine: 'InitProcess'\n}" % pick(R, [359, 359]) if R.random() < 0.6 else
              pino(R, 50, "db connect failed", "checkout", {"err": {"type": "DatabaseError", "message": "sorry, too many clients already", "code": "53300", "severity": "FATAL"}, "poolSize": pick(R, [5, 10]), "host": "storefront-db.cluster-cexmpl0abc12.us-east-1.rds.amazonaws.com"}))


def g_putevents_throttle(R):
    return invoke_err(R, "ThrottlingException", "Rate exceeded", js_stack(SDK_FR + ["async emitSearchEvents (/var/task/search.js:%d:5)" % pick(R, [120, 120, 123])]), pretty=False) if R.random() < 0.5 else \
        pino(R, 50, "putEvents failed after retries", "search-api", {"err": {"type": "ThrottlingException", "message": "Rate exceeded", "name": "ThrottlingException", "$fault": "client", "$metadata": meta(R, 400, attempts=3, delay=R.randint(120, 900))}, "entries": R.randint(2, 10)})


def n_node_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.9:
        return lambda_report(R, init=R.random() < 0.15)
    return init_start(R, "nodejs:%s.v%d" % (pick(R, ["20", "22"]), R.randint(20, 40)))


def n_node_info(R):
    return nd(R, "INFO", pick(R, ["received %d records" % R.randint(1, 100), "resized %s to %dx%d" % (uuid(R)[:8], pick(R, [320, 640, 1280]), pick(R, [240, 480, 960])),
                                  "order o-%s accepted" % digits(R, 9), "search q=%s hits=%d took=%dms" % (pick(R, ["shoes", "red+dress", "usb-c"]), R.randint(0, 400), R.randint(8, 300)),
                                  "export done: rows=%d errors=0" % R.randint(100, 90000), "{ statusCode: 200, errors: [] }"]))


def n_node_warn(R):
    return nd(R, "WARN", pick(R, ["retrying putEvents (attempt %d/3)" % R.randint(1, 2), "loyalty service slow (%d ms), will retry" % R.randint(2500, 9000),
                                  "token expired for user u_%s, returning 401" % digits(R, 6), "item %s not found, returning 404" % uuid(R)[:8]]))


def n_pino_info(R):
    return pino(R, pick(R, [30, 30, 20]), pick(R, ["order processed", "stream batch done", "cache refreshed"]), pick(R, ["checkout", "orders-stream"]),
                {"orderId": "o-%s" % digits(R, 9), "durationMs": R.randint(3, 900), "failed": 0})


def n_pino_warn(R):
    return pino(R, 40, pick(R, ["payment declined by issuer", "retrying after throttling", "stale stock level, refetching"]), "checkout",
                {"orderId": "o-%s" % digits(R, 9), "attempt": R.randint(1, 3), "err": None})


def n_node_dep(R):
    return "%s\t%s\tWARN\t(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)" % (iso(R), uuid(R), R.randint(2, 20))


def node22(R):
    groups = [("checkout-reserve-stock-transaction-canceled", g_txn_canceled),
              ("checkout-stripe-package-not-bundled", g_stripe_import),
              ("image-resize-sharp-linux-x64-missing", g_sharp),
              ("notify-sns-publish-not-authorized", g_sns_denied),
              ("orders-stream-loyalty-fetch-connect-timeout", g_fetch_failed),
              ("search-api-task-timeout-6s", g_search_timeout),
              ("export-csv-javascript-heap-oom", g_heap_oom),
              ("auth-authorizer-jwks-timeout", g_jwks),
              ("checkout-stripe-secret-not-found", g_secret_not_found),
              ("orders-stream-projection-empty-sort-key", g_empty_key),
              ("webhook-relay-html-instead-of-json", g_json_syntax),
              ("notify-sqs-batch-too-long", g_batch_too_long),
              ("checkout-postgres-too-many-clients", g_pg_clients),
              ("search-api-putevents-throttled", g_putevents_throttle)]
    negs = [n_node_platform, n_node_platform, n_node_info, n_node_info, n_node_warn, n_pino_info, n_pino_warn, n_node_dep]
    return build(R, F2, groups, negs)


FAMILIES = {F1: py312_powertools, F2: node22}
