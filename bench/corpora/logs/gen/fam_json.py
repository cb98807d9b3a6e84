"""aws-sdk, powertools, mixed-json, lambda-runtimes families."""
from common import *  # noqa: F401,F403
from common import R
from fam_lambda import lpy, lnode, py_unhandled, pytb


# ---------------------------------------------------------------- aws-sdk
def fam_sdk():
    F = Fam("aws-sdk")
    bc = "/var/lang/lib/python3.12/site-packages/botocore"
    py_client = lambda op, code, msg, frames: py_unhandled(
        f"ClientError: An error occurred ({code}) when calling the {op} operation: {msg}",
        frames + [(f"{bc}/client.py", R.choice([565, 569, 1021]), "_api_call", "return self._make_api_call(operation_name, kwargs)"),
                  (f"{bc}/client.py", R.choice([1009, 1023]), "_make_api_call", "raise error_class(parsed_response, operation_name)")], "")
    sdkreq = lambda: alnum(52, upper=True)

    # ---- non-errors
    F.ok(lambda: lpy("INFO", "Found credentials in environment variables."), 5)
    F.ok(lambda: lpy("DEBUG", f"Event needs-retry.dynamodb.{R.choice(['PutItem', 'Query', 'UpdateItem'])}: calling handler <botocore.retryhandler.RetryHandler object at 0x7f{hexs(10)}>"), 4)
    F.ok(lambda: lpy("DEBUG", f"Retry needed, retrying request after delay of: {R.uniform(0, 1):.6f}"), 4)
    F.ok(lambda: lpy("WARNING", f"Connection pool is full, discarding connection: {R.choice(['dynamodb', 's3', 'sqs'])}.{region()}.amazonaws.com. Connection pool size: {R.choice([10, 10, 50])}"), 5)
    F.ok(lambda: lpy("INFO", f"PutItem succeeded table={table()} ConsumedCapacity={R.choice([1.0, 2.0, 0.5])}"), 4)
    F.ok(lambda: lpy("INFO", "BatchWriteItem result: " + jdump({"UnprocessedItems": {}, "ConsumedCapacity": []})), 4)
    F.ok(lambda: lnode("INFO", "PutRecords response " + jdump({"FailedRecordCount": 0, "Records": [{"SequenceNumber": str(R.randint(10**20, 10**21)), "ShardId": "shardId-00000000000" + str(R.randint(0, 9))}]})), 4)
    F.ok(lambda: lnode("INFO", "returning " + jdump({"batchItemFailures": []})), 5)
    F.ok(lambda: lnode("WARN", "NodeDeprecationWarning: The AWS SDK for JavaScript (v3) will\nno longer support Node.js v16.20.2 in Jan 2025.\n\nTo continue receiving updates to AWS services, bug fixes, and security\nupdates please upgrade to a supported Node.js LTS version."), 3)
    F.ok(lambda: f"{spacets()} WARN  [{R.choice(['main', 'sdk-async-response-0-' + str(R.randint(0, 9))])}] s.a.a.h.a.i.c.IdleConnectionReaper: Idle connections reaped: {R.randint(1, 9)}" + nl(), 3)
    F.ok(lambda: f"{spacets()} DEBUG [main] software.amazon.awssdk.request: Received successful response: 200, Request ID: {sdkreq()}, Extended Request ID: {alnum(60)}" + nl(), 4)
    F.ok(lambda: lpy("INFO", f"S3 object s3://{bucket()}/{R.choice(['exports', 'in'])}/{rid()}.json uploaded (ETag \"{hexs(32)}\")"), 4)
    F.ok(lambda: lpy("WARNING", f"ProvisionedThroughputExceededException on {table()}, retrying in {R.choice([50, 100, 200, 400])} ms (attempt {R.randint(1, 3)}/8)"), 5)
    F.ok(lambda: lnode("INFO", f"SQS receive: 0 messages from https://sqs.{region()}.amazonaws.com/{acct()}/{queue()}"), 4)
    F.ok(lambda: lpy("INFO", f"Message {msg_id()} deleted from {queue()} after successful processing"), 5)
    F.ok(lambda: lpy("DEBUG", f"Making request for OperationModel(name={R.choice(['PutItem', 'GetObject', 'SendMessage'])}) with params: {{'url_path': '/', 'query_string': '', 'method': 'POST'}}"), 4)
    F.ok(lambda: lnode("INFO", f"GetItem {table()} pk=USER#{R.randint(1, 99999)} -> not found, creating default profile"), 5)
    F.ok(lambda: lnode("WARN", f"ThrottlingException on PutEvents, SDK will retry (attempt {R.randint(1, 2)} of 3, delay {R.randint(20, 400)}ms)"), 5)
    F.ok(lambda: f"{spacets()} INFO  [main] c.a.o.OrderRepository: table {table()} status=ACTIVE itemCount={R.randint(0, 10**6)}" + nl(), 4)
    F.ok(lambda: lpy("INFO", f"DescribeTable {table()}: TableStatus=ACTIVE, errors=None"), 3)
    F.ok(lambda: f"time={iso()} level=INFO msg=\"s3 put ok\" bucket={bucket()} key=exports/{rid()}.parquet err=<nil>" + nl(), 4)

    # ---- errors
    put_frames = lambda: [("/var/task/app.py", R.choice([31, 32, 34, 37]), "lambda_handler", "save_order(order)"),
                          ("/var/task/store.py", R.choice([18, 19, 22]), "save_order", "table.put_item(Item=order.to_item())")]
    F.err("py-throttling-putitem", lambda: py_client("PutItem", "ThrottlingException", "Rate exceeded", put_frames()), 8)
    F.err("py-throttling-query", lambda: py_client("Query", "ThrottlingException", "Rate exceeded",
                                                   [("/var/task/app.py", ln(40), "lambda_handler", "orders = list_orders(customer_id)"),
                                                    ("/var/task/store.py", ln(51), "list_orders", "resp = table.query(KeyConditionExpression=Key('pk').eq(customer_id))")]), 6)
    F.err("py-accessdenied-putitem", lambda: py_client("PutItem", "AccessDeniedException",
                                                       f"User: {role_arn()} is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:{region()}:{acct()}:table/{table()} because no identity-based policy allows the dynamodb:PutItem action", put_frames()), 7)
    F.err("py-resourcenotfound-putitem", lambda: py_client("PutItem", "ResourceNotFoundException", "Requested resource not found", put_frames()), 6)
    F.err("py-s3-nosuchkey-getobject", lambda: py_client("GetObject", "NoSuchKey", "The specified key does not exist.",
                                                         [("/var/task/app.py", ln(27), "lambda_handler", "obj = s3.get_object(Bucket=BUCKET, Key=key)")]), 7)
    F.err("py-s3-accessdenied-putobject-logged", lambda: lpy("ERROR", f"Upload of s3://{bucket()}/{R.choice(['reports', 'exports'])}/{rid()}.pdf failed: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied"), 6)
    F.err("py-conditional-check-failed-logged", lambda: lpy("ERROR", f"Could not reserve stock for sku {R.randint(1000, 99999)}: An error occurred (ConditionalCheckFailedException) when calling the UpdateItem operation: The conditional request failed"), 6)
    F.err("py-nocredentials", lambda: py_unhandled("NoCredentialsError: Unable to locate credentials",
                                                   [("/app/worker.py", ln(66), "poll", "resp = sqs.receive_message(QueueUrl=QUEUE_URL, WaitTimeSeconds=20)"),
                                                    (f"{bc}/auth.py", R.choice([418, 423]), "add_auth", "raise NoCredentialsError()")], ""), 5)
    F.err("py-endpoint-connection-error", lambda: lpy("ERROR", f"Could not connect to the endpoint URL: \"https://{R.choice(['dynamodb', 'sqs', 'events'])}.{region()}.amazonaws.com/\""), 6)
    F.err("py-sqs-nonexistent-queue", lambda: py_client("SendMessage", "AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.",
                                                        [("/var/task/notify.py", ln(22), "enqueue", "sqs.send_message(QueueUrl=url, MessageBody=json.dumps(msg))")]), 5)
    js_meta = lambda code: {"httpStatusCode": code, "requestId": sdkreq() if R.random() < 0.5 else rid(), "attempts": R.choice([1, 3]), "totalRetryDelay": R.choice([0, 0, 212, 431])}
    F.err("js-dynamodb-resourcenotfound", lambda: lnode("ERROR", "Invoke Error \t" + jdump({
        "errorType": "ResourceNotFoundException", "errorMessage": "Requested resource not found", "name": "ResourceNotFoundException",
        "$fault": "client", "$metadata": js_meta(400), "__type": "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
        "stack": ["ResourceNotFoundException: Requested resource not found",
                  f"    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:{R.choice([838, 840, 867])}:20)",
                  f"    at async getOrder (file:///var/task/orders.mjs:{ln(21)}:18)",
                  f"    at async Runtime.handler (file:///var/task/index.mjs:{ln(9)}:17)"]})), 7)
    F.err("js-s3-accessdenied", lambda: lnode("ERROR", "Invoke Error \t" + jdump({
        "errorType": "AccessDenied", "errorMessage": "Access Denied", "name": "AccessDenied", "$fault": "client", "$metadata": js_meta(403),
        "Code": "AccessDenied", "RequestId": HEXS(16), "HostId": alnum(76),
        "stack": ["AccessDenied: Access Denied", "    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)",
                  f"    at async writeThumbnail (/var/task/thumbs.js:{ln(48)}:5)"]})), 6)
    F.err("js-credentials-provider-error", lambda: lnode("ERROR", "Invoke Error \t" + jdump({
        "errorType": "CredentialsProviderError", "errorMessage": "Could not load credentials from any providers", "name": "CredentialsProviderError", "tryNextLink": False,
        "stack": ["CredentialsProviderError: Could not load credentials from any providers", f"    at /app/node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js:{R.choice([74, 83])}:11"]})), 5)
    F.err("java-dynamodb-resourcenotfound", lambda: f"{spacets()} ERROR [{R.choice(['main', 'pool-1-thread-' + str(R.randint(1, 8))])}] c.a.o.OrderRepository: lookup failed\nsoftware.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException: Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: {sdkreq()})\n\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n\tat software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.getItem(DefaultDynamoDbClient.java:{R.choice([4185, 4210, 4393])})\n\tat com.acme.orders.OrderRepository.find(OrderRepository.java:{ln(44)})" + nl(), 6)
    F.err("java-sdkclient-connect-timeout", lambda: (lambda rg: f"{spacets()} ERROR [{R.choice(['main', 'sqs-poller-' + str(R.randint(1, 4))])}] c.a.q.QueuePoller: poll failed\nsoftware.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP request: Connect to sqs.{rg}.amazonaws.com:443 [sqs.{rg}.amazonaws.com/{pubip()}] failed: connect timed out\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)\n\tat com.acme.queue.QueuePoller.poll(QueuePoller.java:{ln(58)})")(region()) + nl(), 5)
    F.err("java-s3exception-access-denied", lambda: f"{spacets()} ERROR [main] c.a.e.ExportWriter: export failed\nsoftware.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: {HEXS(16)}, Extended Request ID: {alnum(76)})\n\tat software.amazon.awssdk.services.s3.model.S3Exception$BuilderImpl.build(S3Exception.java:104)\n\tat com.acme.export.ExportWriter.write(ExportWriter.java:{ln(90)})" + nl(), 5)
    F.err("go-dynamodb-putitem-notfound", lambda: f"time={iso()} level=ERROR msg=\"save failed\" err=\"operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: {sdkreq()}, ResourceNotFoundException: Requested resource not found\" table={table()}" + nl(), 6)
    F.err("go-s3-getobject-nosuchkey", lambda: f"{slashts()} ERROR fetch s3://{bucket()}/{R.choice(['in', 'raw'])}/{rid()}: operation error S3: GetObject, https response error StatusCode: 404, RequestID: {HEXS(16)}, HostID: {alnum(76)}, NoSuchKey: " + nl(), 5)
    return F


# ---------------------------------------------------------------- powertools
def pt_py(level, message, fn_line, extra=None, service_name=None, exc=None):
    name = func()
    o = {"level": level, "location": f"{fn_line[0]}:{fn_line[1]}", "message": message, "timestamp": pyts() + "+0000",
         "service": service_name or service(), "cold_start": R.choice([True, False]),
         "function_name": name, "function_memory_size": R.choice([str, int])(memsize()), "function_arn": fn_arn(name),
         "function_request_id": rid()}
    if extra:
        o.update(extra)
    if exc:
        o["exception"], o["exception_name"] = exc
        if R.random() < 0.4:
            o["stack_trace"] = {"type": exc[1], "value": exc[0].rsplit(": ", 1)[-1], "module": "builtins",
                                "frames": [{"file": "/var/task/app.py", "line": R.randint(10, 200), "function": fn_line[0], "statement": "..."}]}
    o["xray_trace_id"] = trace()
    if R.random() < 0.4:
        o["sampling_rate"] = R.choice([0.1, 0.05, 0.5, 1])
    return jdump(o)


def pt_ts(level, message, error=None, extra=None, service_name=None):
    name = func()
    o = {"level": level, "message": message, "sampling_rate": R.choice([0, 0, 0.1, 0.5]), "service": service_name or service(),
         "timestamp": iso(), "xray_trace_id": trace(), "cold_start": R.choice([True, False]), "function_arn": fn_arn(name),
         "function_memory_size": memsize(), "function_name": name, "function_request_id": rid()}
    if extra:
        o.update(extra)
    if error:
        o["error"] = error
    return jdump(o)


def pt_java(level, message, logger, error=None, extra=None):
    name = func()
    o = {"timestamp": iso(), "level": level, "loggerName": logger, "message": message, "service": service(),
         "cold_start": R.choice([True, False]), "function_arn": fn_arn(name), "function_memory_size": memsize(),
         "function_name": name, "function_request_id": rid(), "function_version": "$LATEST", "sampling_rate": R.choice([0.0, 0.1]),
         "xray_trace_id": trace()}
    if extra:
        o.update(extra)
    if error:
        o["error"] = error
    return jdump(o)


def fam_powertools():
    F = Fam("powertools")
    # ---- non-errors
    F.ok(lambda: pt_py("INFO", f"Processing order {order_id()}", ("lambda_handler", ln(30)), {"order_total": round(R.uniform(1, 900), 2)}), 10)
    F.ok(lambda: pt_py("INFO", {"event": {"httpMethod": "GET", "path": f"/orders/{R.randint(1, 9999)}"}} if False else "Lambda event received", ("decorate", R.choice([437, 441, 452])), {"path": f"/orders/{R.randint(1, 9999)}"}), 5)
    F.ok(lambda: pt_py("DEBUG", f"Idempotency key {hexs(32)} found in persistence store", ("_get_idempotency_record", R.choice([170, 178]))), 4)
    F.ok(lambda: pt_py("WARNING", "Idempotency record expired; reprocessing", ("_process_idempotency", R.choice([120, 131]))), 4)
    F.ok(lambda: pt_py("INFO", "Batch processed", ("lambda_handler", ln(55)), {"failures": 0, "records": R.randint(1, 100)}), 5)
    F.ok(lambda: pt_py("WARNING", f"Retrying after error (attempt {R.randint(1, 2)}/3)", ("call_partner", ln(81)), {"error": "ReadTimeout"}), 5)
    F.ok(lambda: pt_ts("INFO", "Order created", extra={"orderId": order_id(), "error": None}), 8)
    F.ok(lambda: pt_ts("DEBUG", "Cache lookup", extra={"hit": R.choice([True, False])}), 4)
    F.ok(lambda: pt_ts("WARN", "Payment provider slow", extra={"latencyMs": R.randint(900, 5000)}), 5)
    F.ok(lambda: pt_java("INFO", f"Handling request for tenant {R.choice(['acme', 'globex', 'initech'])}", "com.acme.orders.Handler"), 6)
    F.ok(lambda: pt_java("WARN", "Throttled by DynamoDB, backing off", "com.acme.orders.Store", extra={"attempt": R.randint(1, 3)}), 4)
    F.ok(lambda: pt_py("INFO", "Partial batch response", ("lambda_handler", ln(70)), {"batchItemFailures": []}), 5)
    F.ok(lambda: pt_py("INFO", f"User {user()} signed in", ("post_auth", ln(23)), {"failed_attempts": 0}), 5)
    F.ok(lambda: pt_ts("INFO", "Lambda invocation event", extra={"event": {"path": f"/orders/{R.randint(1, 9999)}", "httpMethod": "GET"}}), 5)
    F.ok(lambda: pt_ts("INFO", "Request completed", extra={"statusCode": R.choice([200, 201, 400, 404]), "error": None}), 6)
    F.ok(lambda: pt_java("DEBUG", f"Cache hit for {R.choice(['sku', 'tenant'])} {R.randint(1, 99999)}", "com.acme.orders.Cache"), 4)
    # EMF metric lines: a metric called OrderFailed or ErrorCount is data, not an error event
    F.ok(lambda: jdump({"_aws": {"Timestamp": epoch_ms(), "CloudWatchMetrics": [{"Namespace": R.choice(["Orders", "Payments"]), "Dimensions": [["service"]],
                                                                                  "Metrics": [{"Name": R.choice(["OrderFailed", "ErrorCount", "PaymentError"]), "Unit": "Count"}]}]},
                        "service": service(), R.choice(["OrderFailed", "ErrorCount", "PaymentError"]): R.choice([0, 1, 3])}), 8)
    F.ok(lambda: jdump({"_aws": {"Timestamp": epoch_ms(), "CloudWatchMetrics": [{"Namespace": "Orders", "Dimensions": [["service", "function_name"]],
                                                                                  "Metrics": [{"Name": "ColdStart", "Unit": "Count"}]}]},
                        "service": service(), "function_name": func(), "ColdStart": [1.0]}), 5)

    # ---- errors
    F.err("py-charge-failed-paymenterror", lambda: pt_py("ERROR", f"Charge failed for order {order_id()}", ("charge_card", ln(64)),
                                                          {"amount": round(R.uniform(1, 900), 2)},
                                                          exc=(pytb([("/var/task/payments.py", ln(64), "charge_card", "resp = gateway.charge(token, amount)")],
                                                                    "payments.errors.PaymentDeclined: card_declined (do_not_honor)", "plain"), "PaymentDeclined")), 8)
    F.err("py-unhandled-lambda-handler-keyerror", lambda: pt_py("ERROR", "Unhandled exception", ("decorate", R.choice([447, 452, 460])), None,
                                                                 exc=(pytb([("/var/task/app.py", ln(41), "lambda_handler", "tenant = event['requestContext']['authorizer']['tenant']")],
                                                                           "KeyError: 'authorizer'", "plain"), "KeyError")), 7)
    F.err("py-failed-publish-event", lambda: pt_py("ERROR", f"Failed to publish {R.choice(['OrderCreated', 'OrderCreated'])} event to bus {R.choice(['orders-bus', 'default', 'platform-events'])}", ("publish", ln(102)),
                                                    {"entries_failed": R.randint(1, 10)}), 6)
    F.err("py-idempotency-inconsistent", lambda: pt_py("ERROR", "Idempotency record in unexpected state", ("_handle_for_status", R.choice([250, 256])), None,
                                                        exc=(pytb([("/var/task/app.py", ln(22), "lambda_handler", "return process(event)")],
                                                                  f"aws_lambda_powertools.utilities.idempotency.exceptions.IdempotencyInconsistentStateError: Idempotency record for key {hexs(32)} is in an inconsistent state", "plain"), "IdempotencyInconsistentStateError")), 5)
    F.err("py-critical-secrets-unavailable", lambda: pt_py("CRITICAL", f"Could not load secret {R.choice(['prod/stripe', 'prod/db', 'shared/jwt'])} from Secrets Manager", ("get_secret", ln(18))), 5)
    F.err("py-batch-record-failed", lambda: pt_py("ERROR", f"Record {msg_id()} failed processing", ("record_handler", ln(37)), {"queue": queue()},
                                                  exc=(pytb([("/var/task/consumer.py", ln(37), "record_handler", "order = Order.model_validate_json(record.body)")],
                                                            "pydantic_core._pydantic_core.ValidationError: 1 validation error for Order", "plain"), "ValidationError")), 7)
    ts_err = lambda name, msg, loc, stack: {"name": name, "location": loc, "message": msg, "stack": stack}
    F.err("ts-payment-provider-5xx", lambda: (lambda st: pt_ts("ERROR", "Payment provider returned an error",
                                                               ts_err("Error", f"Request failed with status {st}", f"/var/task/index.js:{ln(2778)}",
                                                                      f"Error: Request failed with status {st}\n    at PaymentClient.charge (/var/task/index.js:{ln(2778)}:13)\n    at async handler (/var/task/index.js:{ln(3011)}:20)"),
                                                               extra={"orderId": order_id()}))(R.choice([500, 502, 503])), 8)
    F.err("ts-dynamo-conditional-failed", lambda: pt_ts("ERROR", "Failed to update order status",
                                                        ts_err("ConditionalCheckFailedException", "The conditional request failed", f"/var/task/index.js:{ln(1450)}",
                                                               f"ConditionalCheckFailedException: The conditional request failed\n    at throwDefaultError (/var/task/index.js:{ln(1450)}:20)\n    at async updateStatus (/var/task/index.js:{ln(4120)}:5)"),
                                                        extra={"orderId": order_id(), "status": R.choice(["SHIPPED", "CANCELLED"])}), 6)
    F.err("ts-uncaught-typeerror", lambda: pt_ts("ERROR", "Uncaught error in handler",
                                                 ts_err("TypeError", "Cannot read properties of undefined (reading 'items')", f"/var/task/index.js:{ln(512)}",
                                                        f"TypeError: Cannot read properties of undefined (reading 'items')\n    at buildCart (/var/task/index.js:{ln(512)}:31)\n    at handler (/var/task/index.js:{ln(540)}:17)")), 7)
    # same exception type as py-unhandled-lambda-handler-keyerror, raised in another function
    F.err("py-unhandled-load-tenant-keyerror", lambda: pt_py("ERROR", "Unhandled exception", ("decorate", R.choice([447, 452, 460])), None,
                                                              exc=(pytb([("/var/task/app.py", ln(41), "lambda_handler", "tenant = load_tenant(event)"),
                                                                         ("/var/task/tenants.py", ln(15), "load_tenant", "return TENANTS[event['pathParameters']['tenant']]")],
                                                                        f"KeyError: '{R.choice(['acme', 'globex', 'initech', 'hooli'])}'", "plain"), "KeyError")), 6)
    F.err("ts-critical-config", lambda: pt_ts("CRITICAL", f"Missing parameter {R.choice(['/orders/prod/api-key', '/orders/prod/webhook-secret'])} in SSM"), 4)
    F.err("java-sqs-batch-failure", lambda: pt_java("ERROR", f"Failed to process message {msg_id()}", "com.acme.orders.SqsHandler",
                                                    {"name": "com.fasterxml.jackson.core.JsonParseException", "message": f"Unexpected character ('{R.choice(['<', 'x', '}'])}' (code {R.randint(60, 125)})): expected a valid value",
                                                     "stack": f"com.fasterxml.jackson.core.JsonParseException: Unexpected character\n\tat com.fasterxml.jackson.core.JsonParser._constructError(JsonParser.java:2477)\n\tat com.acme.orders.SqsHandler.handleRecord(SqsHandler.java:{ln(48)})"}), 6)
    F.err("java-order-persist-failed", lambda: pt_java("ERROR", f"Could not persist order {order_id()}", "com.acme.orders.Store",
                                                       {"name": "software.amazon.awssdk.services.dynamodb.model.DynamoDbException", "message": f"Item size has exceeded the maximum allowed size (Service: DynamoDb, Status Code: 400, Request ID: {alnum(52, True)})",
                                                        "stack": f"software.amazon.awssdk.services.dynamodb.model.DynamoDbException: Item size has exceeded the maximum allowed size\n\tat com.acme.orders.Store.put(Store.java:{ln(77)})"}), 5)
    return F


# ---------------------------------------------------------------- mixed-json
def jstack_node(err, msg, frames):
    return f"{err}: {msg}" + "".join(f"\n    at {f}" for f in frames)


def fam_mixed():
    F = Fam("mixed-json")
    host = ec2host
    pino = lambda lvl, msg, **kw: jdump({"level": lvl, "time": epoch_ms(), "pid": R.randint(1, 90), "hostname": host(), **kw, "msg": msg})

    # ---- non-errors
    F.ok(lambda: pino(30, "request completed", reqId=f"req-{alnum(4)}", res={"statusCode": R.choice([200, 201, 304])}, responseTime=R.randint(1, 900)), 10)
    F.ok(lambda: pino(30, "error rate 0% over last 5m", errors=0), 3)
    F.ok(lambda: pino(40, "retrying after error", attempt=R.randint(1, 3), err={"type": "Error", "message": "socket hang up", "stack": "Error: socket hang up\n    at connResetException (node:internal/errors:720:14)"}), 5)
    F.ok(lambda: pino(20, "cache lookup", key=f"cart:{R.randint(1, 99999)}"), 3)
    F.ok(lambda: jdump({"name": "api", "hostname": host(), "pid": R.randint(1, 90), "level": 30, "msg": f"listening on {R.choice([3000, 8080])}", "time": iso(), "v": 0}), 4)
    F.ok(lambda: jdump({"level": "info", "message": f"Job {rid()} finished", "errors": [], "timestamp": iso(), "service": service()}), 6)
    F.ok(lambda: jdump({"level": "warn", "message": "Retrying after error", "attempt": R.randint(1, 3), "timestamp": iso(), "service": service()}), 5)
    F.ok(lambda: jdump({"level": "info", "ts": epoch_f(), "caller": f"server/http.go:{ln(88)}", "msg": "request served", "status": 200, "error": None}), 6)
    F.ok(lambda: jdump({"level": "warn", "ts": epoch_f(), "caller": f"retry/retry.go:{ln(41)}", "msg": "retrying", "attempt": R.randint(1, 3), "error": "EOF"}), 5)
    F.ok(lambda: jdump({"@timestamp": iso_off(), "@version": "1", "message": f"Started OrderConsumer in {R.uniform(2, 9):.2f} seconds", "logger_name": "com.acme.orders.OrderConsumer", "thread_name": "main", "level": "INFO", "level_value": 20000}), 6)
    F.ok(lambda: jdump({"@timestamp": iso_off(), "@version": "1", "message": "HHH90000026: PostgreSQLDialect has been deprecated; use org.hibernate.dialect.PostgreSQLDialect instead", "logger_name": "org.hibernate.orm.deprecation", "thread_name": "main", "level": "WARN", "level_value": 30000}), 4)
    F.ok(lambda: jdump({"event": "errors_checked", "level": "info", "timestamp": iso(), "errors": 0, "tenant": R.choice(["acme", "globex"])}), 4)
    F.ok(lambda: f"{dt().strftime('%Y-%m-%d %H:%M:%S')} [info     ] order_synced                   order_id={order_id()} took_ms={R.randint(1, 900)}" + nl(), 4)
    F.ok(lambda: jdump({"timestamp": iso6(), "level": "INFO", "fields": {"message": "message processed", "offset": R.randint(1, 10**7)}, "target": "worker::consumer"}), 5)
    F.ok(lambda: jdump({"timestamp": iso6(), "level": "WARN", "fields": {"message": "slow poll", "elapsed_ms": R.randint(900, 9000)}, "target": "worker::consumer"}), 3)
    F.ok(lambda: f"{iso6()}  INFO worker::consumer: message processed offset={R.randint(1, 10**7)} partition={R.randint(0, 11)}" + nl(), 4)
    F.ok(lambda: jdump({"@t": iso(), "@mt": "Processed {Count} orders in {Elapsed} ms", "Count": R.randint(1, 90), "Elapsed": R.randint(1, 900), "SourceContext": "Acme.Orders.Worker"}), 4)
    F.ok(lambda: jdump({"@t": iso(), "@mt": "Retrying {Operation} after transient error", "@l": "Warning", "Operation": "GetQuote", "SourceContext": "Acme.Quotes.Client"}), 3)

    # an error-looking payload nested in an info event is data, not a failure of this service
    F.ok(lambda: pino(30, "webhook received", body={"type": "payment_intent.payment_failed", "level": "error", "id": "evt_" + alnum(14)}), 5)
    F.ok(lambda: jdump({"level": "info", "message": "Client-side error reported", "clientLevel": "error", "page": R.choice(["/checkout", "/cart"]), "timestamp": iso(), "service": "frontend-bff"}), 4)
    F.ok(lambda: jdump({"level": "http", "message": f"POST /api/orders 500 {R.randint(5, 900)}ms", "timestamp": iso(), "service": service()}), 4)
    F.ok(lambda: jdump({"@timestamp": iso_off(), "@version": "1", "message": f"Completed request with status 500 in {R.randint(5, 900)} ms", "logger_name": "c.a.orders.web.AccessLog", "thread_name": f"http-nio-8080-exec-{R.randint(1, 200)}", "level": "INFO", "level_value": 20000}), 4)
    F.ok(lambda: jdump({"timestamp": iso6(), "level": "DEBUG", "fields": {"message": "error budget", "errors": 0, "window_s": 300}, "target": "api::slo"}), 3)

    # ---- errors
    F.err("pino-db-query-failed", lambda: pino(50, "db query failed", reqId=f"req-{alnum(4)}", err={"type": "Error", "message": f"Connection terminated due to connection timeout", "stack": jstack_node("Error", "Connection terminated due to connection timeout", [f"/app/node_modules/pg-pool/index.js:{R.choice([45, 45, 46])}:11", f"async OrdersRepo.list (/app/dist/orders/repo.js:{ln(27)}:20)"])}), 8)
    F.err("pino-fatal-uncaught", lambda: pino(60, "uncaught exception, exiting", err={"type": "RangeError", "message": "Invalid time value", "stack": jstack_node("RangeError", "Invalid time value", ["Date.toISOString (<anonymous>)", f"formatDue (/app/dist/billing/dates.js:{ln(12)}:31)"])}), 5)
    F.err("pino-upstream-5xx", lambda: pino(50, f"upstream {R.choice(['pricing', 'pricing'])} returned {R.choice([500, 502, 503])}", reqId=f"req-{alnum(4)}", url=f"https://pricing.internal/v2/prices/{R.randint(1, 9999)}"), 6)
    F.err("bunyan-payment-webhook-failed", lambda: jdump({"name": "payments", "hostname": host(), "pid": R.randint(1, 90), "level": 50, "err": {"message": "signature mismatch", "name": "WebhookSignatureError", "stack": jstack_node("WebhookSignatureError", "signature mismatch", [f"verify (/app/lib/webhooks.js:{ln(33)}:11)"])}, "msg": f"webhook {R.choice(['evt_' + alnum(14)])} rejected", "time": iso(), "v": 0}), 6)
    F.err("winston-email-send-failed", lambda: jdump({"level": "error", "message": f"Failed to send email to {email()}: 550 5.1.1 mailbox unavailable", "timestamp": iso(), "service": "notifications"}), 7)
    F.err("winston-unhandled-rejection", lambda: jdump({"level": "error", "message": f"unhandledRejection: Request failed with status code {R.choice([500, 503])}", "stack": jstack_node("AxiosError", "Request failed with status code 503", [f"settle (/app/node_modules/axios/dist/node/axios.cjs:{R.choice([1966, 2019])}:12)", f"async syncCatalog (/app/src/jobs/catalog.js:{ln(58)}:5)"]), "timestamp": iso(), "service": "catalog"}), 5)
    F.err("zap-charge-failed", lambda: (lambda L: jdump({"level": "error", "ts": epoch_f(), "caller": f"orders/handler.go:{L}", "msg": "failed to charge card", "order_id": order_id(), "error": f"stripe: card declined (request req_{alnum(14)})",
                                             "stacktrace": f"github.com/acme/orders.(*Handler).Charge\n\t/app/orders/handler.go:{L}\nnet/http.HandlerFunc.ServeHTTP\n\t/usr/local/go/src/net/http/server.go:2171"}))(ln(88)), 7)
    F.err("zap-fatal-migrations", lambda: jdump({"level": "fatal", "ts": epoch_f(), "caller": f"cmd/api/main.go:{ln(52)}", "msg": "migrations failed", "error": f"Dirty database version {R.randint(20240101, 20261231)}. Fix and force version."}), 4)
    F.err("zap-dpanic-nil-config", lambda: jdump({"level": "dpanic", "ts": epoch_f(), "caller": f"config/load.go:{ln(77)}", "msg": "nil config section", "section": R.choice(["kafka", "redis", "auth"])}), 4)
    F.err("logstash-order-service-illegalstate", lambda: jdump({"@timestamp": iso_off(), "@version": "1", "message": f"Order {order_id()} could not be fulfilled", "logger_name": "com.acme.orders.OrderService", "thread_name": f"http-nio-8080-exec-{R.randint(1, 200)}", "level": "ERROR", "level_value": 40000,
                                                               "stack_trace": f"java.lang.IllegalStateException: No warehouse can fulfil order\n\tat com.acme.orders.Allocator.allocate(Allocator.java:{ln(71)})\n\tat com.acme.orders.OrderService.fulfil(OrderService.java:{ln(140)})\n"}), 7)
    F.err("logstash-kafka-commit-failed", lambda: jdump({"@timestamp": iso_off(), "@version": "1", "message": f"[Consumer clientId=consumer-{R.choice(['orders', 'billing'])}-{R.randint(1, 9)}, groupId={R.choice(['orders', 'billing'])}] Offset commit failed on partition {topic()}-{R.randint(0, 11)} at offset {R.randint(1, 10**7)}: The coordinator is not aware of this member.", "logger_name": "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "thread_name": "main", "level": "ERROR", "level_value": 40000}), 6)
    F.err("winston-sms-send-failed", lambda: jdump({"level": "error", "message": f"Failed to send sms to +{R.randint(1, 99)}{R.randint(10**8, 10**9)}: 550 5.1.1 mailbox unavailable", "timestamp": iso(), "service": "notifications"}), 5)
    F.err("structlog-payment-failed", lambda: jdump({"event": "payment_failed", "level": "error", "timestamp": iso(), "order_id": order_id(), "provider": R.choice(["stripe", "adyen"]),
                                                     "exception": pytb([("/app/payments/service.py", ln(93), "capture", "result = client.capture(intent_id)")], "payments.client.ProviderUnavailable: provider returned 503", "plain")}), 6)
    F.err("structlog-console-sync-failed", lambda: f"{dt().strftime('%Y-%m-%d %H:%M:%S')} [error    ] inventory_sync_failed          warehouse={R.choice(['ams', 'fra', 'iad', 'syd'])} error='timeout after {R.randint(5, 60)}s'" + nl(), 5)
    F.err("tracing-json-process-failed", lambda: jdump({"timestamp": iso6(), "level": "ERROR", "fields": {"message": "failed to process message", "error": f"deserialize: missing field `customer_id` at line 1 column {R.randint(20, 400)}", "offset": R.randint(1, 10**7)},
                                                        "target": "worker::consumer", "span": {"partition": R.randint(0, 11), "name": "consume"}, "spans": [{"name": "run"}, {"partition": R.randint(0, 11), "name": "consume"}]}), 7)
    F.err("tracing-text-db-pool-timeout", lambda: f"{iso6()} ERROR api::db: pool timed out while waiting for an open connection pool_size={R.choice([5, 10, 20])} waited_ms={R.randint(30000, 30100)}" + nl(), 5)
    F.err("rust-panic-unwrap-none", lambda: f"thread '{R.choice(['tokio-runtime-worker', 'main'])}' panicked at src/handler.rs:{ln(42)}:{R.randint(10, 40)}:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" + nl(), 6)
    F.err("serilog-invalid-operation", lambda: jdump({"@t": iso(), "@mt": "Failed to reconcile invoice {InvoiceId}", "@l": "Error", "@x": f"System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Acme.Billing.Reconciler.Match(Invoice invoice) in /src/Acme.Billing/Reconciler.cs:line {ln(64)}",
                                                      "InvoiceId": f"INV-{R.randint(10000, 99999)}", "SourceContext": "Acme.Billing.Reconciler"}), 6)
    return F


# ---------------------------------------------------------------- lambda-runtimes (JSON log format + .NET / Ruby / Java text)
def fam_runtimes():
    F = Fam("lambda-runtimes")
    pyj = lambda level, msg, logger="root": jdump({"timestamp": iso(), "level": level, "message": msg, "logger": logger, "requestId": rid()})
    nodej = lambda level, msg: jdump({"timestamp": iso(), "level": level, "requestId": rid(), "message": msg})
    javaj = lambda level, msg, logger: jdump({"timestamp": iso(), "level": level, "message": msg, "logger": logger, "AWSRequestId": rid()})
    dotnet = lambda level, msg: f"{iso()}\t{rid()}\t{level}\t{msg}" + nl()
    rb = lambda lvl, msg: f"{lvl[0]}, [{dt().strftime('%Y-%m-%dT%H:%M:%S.%f')} #{R.randint(1, 30)}] {lvl:>5} -- : {msg}" + nl()

    # ---- non-errors
    F.ok(lambda: pyj("INFO", f"Processed {R.randint(1, 900)} records"), 8)
    F.ok(lambda: pyj("WARNING", f"Retrying after error (attempt {R.randint(1, 2)}/3)"), 5)
    F.ok(lambda: pyj("DEBUG", f"payload size {R.randint(10, 900000)} bytes"), 3)
    F.ok(lambda: pyj("INFO", "No exceptions found in batch"), 3)
    F.ok(lambda: nodej("INFO", f"Fetched {R.randint(0, 90)} items from {table()}"), 7)
    F.ok(lambda: nodej("WARN", f"Deprecated field 'errorCode' present in request from {ip()}"), 4)
    F.ok(lambda: nodej("INFO", {"status": "ok", "errors": [], "count": R.randint(1, 40)}), 4)
    F.ok(lambda: javaj("INFO", f"Loaded {R.randint(1, 90)} rules", "com.acme.rules.Handler"), 5)
    F.ok(lambda: javaj("WARN", "Falling back to default region", "com.acme.rules.Config"), 3)
    F.ok(lambda: dotnet("info", f"Processing message {msg_id()}"), 7)
    F.ok(lambda: dotnet("warn", f"Retry {R.randint(1, 3)} of 3 after transient error calling {R.choice(['pricing', 'ledger'])}"), 5)
    F.ok(lambda: dotnet("info", f"Completed with 0 errors in {R.randint(1, 900)} ms"), 3)
    F.ok(lambda: rb("INFO", f"Processing event for {email()}"), 5)
    F.ok(lambda: rb("WARN", f"Slow call to {R.choice(['pricing', 'crm'])}: {R.randint(900, 9000)}ms"), 3)
    F.ok(lambda: f"Processing event...\n" if R.random() < 0.5 else "Processing event...", 3)

    F.ok(lambda: jdump({"timestamp": iso(), "level": "INFO", "requestId": rid(), "message": f"Handled error response from partner (status {R.choice([400, 404, 409])}), will not retry"}), 5)
    F.ok(lambda: pyj("INFO", f"errorCount=0 warningCount={R.randint(0, 9)} for import {rid()}"), 4)
    F.ok(lambda: dotnet("dbug", f"Loaded {R.randint(1, 90)} feature flags"), 4)
    F.ok(lambda: javaj("DEBUG", f"Exception mapper registered for {R.choice(['ValidationException', 'NotFoundException'])}", "com.acme.rules.Handler"), 3)

    # ---- errors
    F.err("py-json-unhandled-keyerror", lambda: jdump({"timestamp": iso_s(), "log_level": "ERROR", "errorMessage": "'detail'", "errorType": "KeyError", "requestId": rid(),
                                                       "stackTrace": [f"  File \"/var/task/lambda_function.py\", line {ln(12)}, in lambda_handler\n    detail = event['detail']\n"]}), 8)
    F.err("py-json-unhandled-zerodivision", lambda: jdump({"timestamp": iso_s(), "log_level": "ERROR", "errorMessage": "division by zero", "errorType": "ZeroDivisionError", "requestId": rid(),
                                                           "stackTrace": [f"  File \"/var/task/lambda_function.py\", line {ln(20)}, in lambda_handler\n    rate = total / count\n"]}), 5)
    F.err("py-json-logged-refund-failed", lambda: pyj("ERROR", f"Refund {R.choice(['re_', 'rf_'])}{alnum(14)} failed for order {order_id()}", "payments.refunds"), 7)
    F.err("py-json-import-module", lambda: jdump({"timestamp": iso_s(), "log_level": "ERROR", "errorMessage": f"Unable to import module '{R.choice(['lambda_function', 'app'])}': No module named '{R.choice(['requests', 'numpy', 'orjson'])}'", "errorType": "Runtime.ImportModuleError", "requestId": "", "stackTrace": []}), 6)
    F.err("node-json-invoke-error-validation", lambda: jdump({"timestamp": iso(), "level": "ERROR", "requestId": rid(), "message": {"errorType": "ValidationError", "errorMessage": f"\"email\" must be a valid email (got {R.choice(['bob@', 'none', 'x@y', ''])!r})",
                                                                                                                        "stackTrace": ["ValidationError: \"email\" must be a valid email", f"    at validate (file:///var/task/validate.mjs:{ln(17)}:11)", f"    at Runtime.handler (file:///var/task/index.mjs:{ln(8)}:3)"]}}), 7)
    F.err("node-json-logged-sync-failed", lambda: nodej("ERROR", f"Sync failed for account {acct()}: upstream returned {R.choice([500, 502, 503])}"), 6)
    F.err("java-json-logged-rules-eval", lambda: javaj("ERROR", f"Rule evaluation failed for rule {R.choice(['discount', 'tax', 'shipping'])}-{R.randint(1, 90)}", "com.acme.rules.Engine"), 6)
    F.err("java-json-fatal-init", lambda: javaj("FATAL", f"Cannot initialise handler: missing environment variable {R.choice(['TABLE_NAME', 'QUEUE_URL', 'BUCKET'])}", "com.acme.rules.Handler"), 5)
    F.err("dotnet-fail-sequence-empty", lambda: dotnet("fail", f"System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Acme.Orders.Function.FunctionHandler(SQSEvent evnt, ILambdaContext context) in /src/Acme.Orders/Function.cs:line {ln(48)}"), 7)
    F.err("dotnet-unhandled-nullreference", lambda: jdump({"errorType": "NullReferenceException", "errorMessage": "Object reference not set to an instance of an object.",
                                                           "stackTrace": [f"at Acme.Images.Function.Resize(S3Event evnt) in /src/Acme.Images/Function.cs:line {ln(31)}",
                                                                          "at lambda_method1(Closure, Stream, ILambdaContext, Stream)",
                                                                          "at Amazon.Lambda.RuntimeSupport.HandlerWrapper.<>c__DisplayClass8_0.<GetHandlerWrapper>b__0(InvocationRequest invocation)"]}) + nl(), 6)
    F.err("dotnet-crit-config", lambda: dotnet("crit", f"Failed to read configuration section '{R.choice(['Database', 'Queues', 'Auth'])}'"), 4)
    F.err("ruby-handler-typeerror", lambda: "Error raised from handler method\n" + jdump({"errorMessage": "no implicit conversion of String into Integer", "errorType": "Function<TypeError>",
                                                                                          "stackTrace": [f"/var/task/function.rb:{ln(3)}:in `first'", f"/var/task/function.rb:{ln(3)}:in `handler'"]}) + nl(), 6)
    F.err("ruby-init-loaderror", lambda: f"Init error when loading handler {R.choice(['app.handler', 'function.handler', 'lambda_function.lambda_handler'])}\n" + jdump({"errorMessage": f"cannot load such file -- {R.choice(['httparty', 'nokogiri', 'aws-sdk-s3'])}", "errorType": "Init<LoadError>",
                                                                                                                                                                     "stackTrace": ["/var/runtime/gems/aws_lambda_ric-3.0.0/lib/aws_lambda_ric/bootstrap.rb:21:in `require'", f"/var/task/app.rb:{ln(2)}:in `<top (required)>'"]}) + nl(), 5)
    F.err("ruby-logger-error-export", lambda: rb("ERROR", f"Export {rid()} failed: Aws::S3::Errors::AccessDenied"), 5)
    return F
