"""api-gateway, envoy, aws-jobs (Step Functions and Glue) families (second corpus)."""
from common import *  # noqa: F401,F403
from common import R


# ---------------------------------------------------------------- api-gateway
def apiid():
    return alnum(10)


def ext_id():
    return alnum(14, upper=True) + R.choice(["=", "w=", "A="])


def ex(msg, r=None):
    """REST API execution log line as CloudWatch stores it: '(<request id>) <message>'."""
    return f"({r or rid()}) {msg}"


def lambda_uri():
    return f"https://lambda.{region()}.amazonaws.com/2015-03-31/functions/arn:aws:lambda:{region()}:{acct()}:function:{func()}/invocations"


def fam_apigw():
    F = Fam("api-gateway")
    paths = ["/orders", "/orders/{id}", "/carts/{cartId}/items", "/payments", "/users/{userId}"]
    # ---- non-errors: execution log steps
    F.ok(lambda: ex(f"Extended Request Id: {ext_id()}"), 5)
    F.ok(lambda: ex(f"Verifying Usage Plan for request: {rid()}. API Key: **********EXAMPLE{alnum(4)} API Stage: {apiid()}/{R.choice(['prod', 'dev', 'v1'])}"), 4)
    F.ok(lambda: ex(f"Usage Plan check succeeded for API Key **********EXAMPLE{alnum(4)} and API Stage {apiid()}/{R.choice(['prod', 'v1'])}"), 3)
    F.ok(lambda: ex(f"Starting execution for request: {rid()}"), 5)
    F.ok(lambda: ex(f"HTTP Method: {R.choice(['GET', 'POST', 'PUT'])}, Resource Path: /{R.choice(['orders', 'carts', 'payments'])}/{R.randint(1, 99999)}"), 5)
    F.ok(lambda: ex(f"Method request path: {{id={R.randint(1, 99999)}}}"), 3)
    F.ok(lambda: ex(f"Method request body before transformations: {jdump({'orderId': order_id(), 'error': None, 'retry': False})}"), 4)
    F.ok(lambda: ex(f"Endpoint request URI: {lambda_uri()}"), 4)
    F.ok(lambda: ex(f"Received response. Status: {R.choice([200, 200, 202, 500, 502])}, Integration latency: {R.randint(3, 29000)} ms"), 6)
    F.ok(lambda: ex(f"Endpoint response body before transformations: {jdump({'statusCode': R.choice([200, 500, 502]), 'body': jdump({'errors': [], 'ok': True})})}"), 4)
    F.ok(lambda: ex(f"Method completed with status: {R.choice([200, 201, 400, 403, 500, 502, 504])}"), 8)
    F.ok(lambda: ex("Successfully completed execution"), 4)
    F.ok(lambda: ex(f"Gateway response type: {R.choice(['DEFAULT_5XX', 'INTEGRATION_TIMEOUT', 'AUTHORIZER_FAILURE'])} with status code: {R.choice([500, 502, 504])}"), 5)
    F.ok(lambda: ex(f"Unauthorized request: {rid()}"), 3)
    F.ok(lambda: ex(f"API Key **********EXAMPLE{alnum(4)} not authorized because method '{R.choice(['GET', 'POST'])} /orders' requires API Key and API Key is not associated with a Usage Plan for API Stage {apiid()}/prod: No Usage Plan found for key and API Stage"), 3)
    # access logs: JSON custom format and CLF, 5xx included
    F.ok(lambda: jdump({"requestId": rid(), "extendedRequestId": ext_id(), "ip": pubip(), "caller": "-", "user": "-", "requestTime": clfts(),
                        "httpMethod": R.choice(["GET", "POST"]), "resourcePath": R.choice(paths), "status": str(R.choice([200, 200, 201, 404, 429, 500, 502, 504])),
                        "protocol": "HTTP/1.1", "responseLength": str(R.randint(0, 9000)),
                        "integrationErrorMessage": R.choice(["-", "-", "The Lambda function returned the following error: Task timed out", "Internal server error"])}), 10)
    F.ok(lambda: f"{pubip()} - - [{clfts()}] \"{R.choice(['GET', 'POST'])} /prod/{R.choice(['orders', 'carts', 'payments'])}/{R.randint(1, 9999)} HTTP/1.1\" {R.choice([200, 201, 500, 502, 503])} {R.randint(0, 9000)} {rid()}", 7)
    F.ok(lambda: jdump({"requestId": ext_id(), "ip": pubip(), "requestTime": clfts(), "httpMethod": R.choice(["GET", "POST"]), "routeKey": f"{R.choice(['GET', 'POST'])} /v2/{R.choice(['orders', 'quotes'])}",
                        "status": str(R.choice([200, 500, 503])), "protocol": "HTTP/1.1", "responseLength": str(R.randint(0, 900)), "integrationError": R.choice(["-", "The Lambda function returned an error"]),
                        "integrationLatency": str(R.randint(3, 30000))}), 6)

    # ---- errors
    F.err("lambda-invalid-permissions", lambda: ex("Execution failed due to configuration error: Invalid permissions on Lambda function"), 7)
    F.err("malformed-proxy-response", lambda: ex("Execution failed due to configuration error: Malformed Lambda proxy response"), 8)
    F.err("unable-to-transform-request", lambda: ex("Execution failed due to configuration error: Unable to transform request"), 5)
    F.err("ssl-engine-problem", lambda: ex("Execution failed due to configuration error: General SSLEngine problem"), 5)
    F.err("no-output-mapping", lambda: ex(f"Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: {R.choice([500, 502, 503])}"), 5)
    F.err("timeout-error", lambda: ex("Execution failed due to a timeout error"), 7)
    F.err("internal-error", lambda: ex("Execution failed due to an internal error"), 4)
    F.err("customer-function-task-timed-out", lambda: ex(f"Lambda execution failed with status 200 due to customer function error: {R.choice(['Task timed out after 29.0' + str(R.randint(0, 9)) + ' seconds', 'Task timed out after 30.00 seconds', 'Task timed out after 2' + str(R.randint(0, 9)) + '.' + str(R.randint(10, 99)) + ' seconds'])}. Lambda request id: {rid()}"), 7)
    F.err("customer-function-cannot-read-id", lambda: ex(f"Lambda execution failed with status 200 due to customer function error: Cannot read properties of undefined (reading 'id'). Lambda request id: {rid()}"), 6)
    F.err("lambda-invocation-throttled", lambda: ex(f"Lambda invocation failed with status: 429. Lambda request id: {rid()}"), 6)
    F.err("authorizer-config-error", lambda: ex(f"Execution failed due to configuration error: Authorizer error"), 4)
    return F


# ---------------------------------------------------------------- envoy
def envoy_ts():
    return dt().strftime("%Y-%m-%d %H:%M:%S.") + f"{R.randint(0, 999):03d}"


def envoy(level, logger, src, line, msg):
    """Envoy's default application log format: [%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v."""
    s = R.choice(["", "./"]) + src
    return f"[{envoy_ts()}][{R.randint(1, 60)}][{level}][{logger}] [{s}:{line}] {msg}"


def envoy_access(code, flags, upstream=True, authority=None):
    ms = R.randint(0, 30000)
    up = f"{ip()}:{R.choice([8080, 9000, 3000])}" if upstream else "-"
    authority = authority or R.choice(['orders.orders-mesh.local', 'payments.orders-mesh.local:8080', 'api.example.com'])
    return (f"[{iso()}] \"{R.choice(['GET', 'POST', 'PUT'])} /{R.choice(['orders', 'payments', 'carts'])}/{R.randint(1, 9999)} HTTP/1.1\" {code} {flags} "
            f"{R.randint(0, 5000)} {R.randint(0, 9000)} {ms} {R.randint(0, ms) if upstream else '-'} \"{pubip()}\" \"{R.choice(['okhttp/4.12.0', 'Go-http-client/1.1', 'curl/8.5.0', 'Mozilla/5.0'])}\" "
            f"\"{rid()}\" \"{authority}\" \"{up}\"") + "\n"


def fam_envoy():
    F = Fam("envoy")
    # ---- non-errors
    F.ok(lambda: envoy_access(R.choice([200, 200, 201, 204]), "-"), 16)
    # (A 5xx with no flag is the application's answer, told in its own log; `DC` is the client.)
    F.ok(lambda: envoy_access(R.choice([500, 502]), "-"), 4)
    F.ok(lambda: envoy_access(0, "DC"), 3)
    F.ok(lambda: jdump({"start_time": iso(), "method": R.choice(["GET", "POST"]), "path": f"/api/{R.choice(['orders', 'quotes'])}", "protocol": "HTTP/2",
                        "response_code": 200, "response_flags": "-", "bytes_received": R.randint(0, 900), "bytes_sent": R.randint(0, 9000),
                        "duration": R.randint(1, 9000), "upstream_host": f"{ip()}:8080", "x_forwarded_for": pubip(), "request_id": rid(),
                        "upstream_transport_failure_reason": None}), 4)
    F.ok(lambda: envoy("info", "main", "source/server/server.cc", R.choice([915, 932, 940]), "starting main dispatch loop"), 3)
    F.ok(lambda: envoy("info", "upstream", "source/common/upstream/cds_api_helper.cc", R.choice([32, 35]), f"cds: add {R.randint(1, 40)} cluster(s), remove {R.randint(0, 3)} cluster(s)"), 4)
    F.ok(lambda: envoy("info", "upstream", "source/common/upstream/cluster_manager_impl.cc", R.choice([222, 229]), "cm init: all clusters initialized"), 2)
    F.ok(lambda: envoy("warning", "config", "source/extensions/config_subscription/grpc/grpc_stream.h", R.choice([152, 160, 163]), f"StreamAggregatedResources gRPC config stream to {R.choice(['appmesh-envoy-management.' + region() + '.amazonaws.com:443', 'xds-grpc'])} closed since {R.randint(1, 900)}s ago: 14, upstream connect error or disconnect/reset before headers. reset reason: connection failure"), 6)
    F.ok(lambda: envoy("warning", "main", "source/server/server.cc", R.choice([866, 872]), "caught ENVOY_SIGTERM"), 2)
    F.ok(lambda: envoy("debug", "router", "source/common/router/router.cc", R.choice([1315, 1332]), f"[Tags: \"ConnectionId\":\"{R.randint(1, 9999)}\",\"StreamId\":\"{R.randint(10**17, 10**18)}\"] upstream reset: reset reason: connection failure, transport failure reason: delayed connect error: 111"), 4)
    F.ok(lambda: envoy_access(R.choice([200, 304]), "-"), 8)
    F.ok(lambda: envoy("info", "config", "source/server/listener_manager_impl.cc", R.choice([834, 841]), f"all dependencies initialized. starting workers"), 2)
    F.ok(lambda: envoy("debug", "upstream", "source/common/upstream/health_checker_impl.cc", R.choice([330, 334]), f"hc: connection closed, 0 consecutive failures, host {ip()}:8080 healthy"), 4)
    F.ok(lambda: envoy("warning", "upstream", "source/common/upstream/outlier_detection_impl.cc", R.choice([522, 530]), f"host {ip()}:8080 ejected from cluster cds_egress_orders-mesh_payments-vn_http_8080 after 5 consecutive 5xx, will retry in 30s"), 3)
    F.ok(lambda: envoy("info", "admin", "source/server/admin/admin.cc", R.choice([71, 75]), "admin address: 0.0.0.0:9901"), 2)
    F.ok(lambda: envoy("warning", "misc", "source/common/protobuf/message_validator_impl.cc", R.choice([21, 23]), "Deprecated field: type envoy.config.cluster.v3.Cluster Using deprecated option 'envoy.config.cluster.v3.Cluster.http2_protocol_options' from file cluster.proto. This configuration will be removed from Envoy soon."), 3)

    # ---- errors
    # Access records whose response flags say the upstream gave no answer (judgement call 10 of
    # ../README.md): one problem per upstream and way it failed.
    F.err("payments-upstream-connect-failure", lambda: envoy_access(503, R.choice(["UF,URX", "UF"]), authority="payments.orders-mesh.local:8080"), 4)
    F.err("orders-no-healthy-upstream", lambda: envoy_access(503, "UH", upstream=False, authority="orders.orders-mesh.local"), 3)
    F.err("carts-circuit-breaker-overflow", lambda: envoy_access(503, "UO", upstream=False, authority="api.example.com"), 3)
    F.err("orders-upstream-timeout", lambda: envoy_access(504, "UT", authority="orders.orders-mesh.local"), 4)
    F.err("quotes-upstream-connect-failure-json", lambda: jdump({"start_time": iso(), "method": R.choice(["GET", "POST"]), "path": "/api/quotes", "protocol": "HTTP/2",
                        "response_code": 503, "response_flags": R.choice(["UF", "UF,URX"]), "bytes_received": R.randint(0, 900), "bytes_sent": 91,
                        "duration": R.randint(1, 9000), "authority": "quotes.orders-mesh.local", "upstream_host": f"{ip()}:8080", "x_forwarded_for": pubip(), "request_id": rid(),
                        "upstream_transport_failure_reason": "delayed connect error: 111"}), 3)
    F.err("cds-rejected-logical-dns", lambda: envoy("error", "config", "source/extensions/config_subscription/grpc/grpc_subscription_impl.cc", R.choice([121, 128, 130]),
        f"gRPC config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: Error adding/updating cluster(s) cds_egress_orders-mesh_{R.choice(['payments', 'inventory'])}-vn_http_8080: LOGICAL_DNS clusters must have a single locality_lb_endpoint and a single lb_endpoint"), 6)
    F.err("lds-rejected-address-in-use", lambda: envoy("error", "config", "source/extensions/config_subscription/grpc/grpc_subscription_impl.cc", R.choice([121, 128, 130]),
        f"gRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: Error adding/updating listener(s) lds_ingress_0.0.0.0_{R.choice([15000, 15001])}: cannot bind '0.0.0.0:{R.choice([15000, 15001])}': Address already in use"), 5)
    F.err("sds-secret-rejected-cert-chain", lambda: envoy("error", "config", "source/extensions/config_subscription/grpc/grpc_subscription_impl.cc", R.choice([121, 128, 130]),
        f"gRPC config for type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret rejected: Failed to load certificate chain from /certs/{R.choice(['orders', 'payments'])}/cert_chain.pem"), 5)
    F.err("init-config-invalid", lambda: envoy("critical", "main", "source/server/server.cc", R.choice([131, 136, 141]),
        f"error initializing configuration '{R.choice(['/tmp/envoy.yaml', '/etc/envoy/envoy.yaml'])}': Protobuf message (type envoy.config.bootstrap.v3.Bootstrap reason INVALID_ARGUMENT:static_resources.clusters[{R.randint(0, 5)}]: unknown field \"{R.choice(['hosts', 'tls_context'])}\") has unknown fields"), 5)
    F.err("init-unable-read-file", lambda: envoy("critical", "main", "source/server/server.cc", R.choice([131, 136, 141]),
        f"error initializing configuration '/etc/envoy/envoy.yaml': unable to read file: /etc/envoy/tls/{R.choice(['server', 'client'])}-key.pem"), 4)
    F.err("backtrace-segfault", lambda: envoy("critical", "backtrace", "source/server/backtrace.h", R.choice([104, 127]), f"Caught Segmentation fault, suspect faulting address 0x{R.choice(['0', hexs(12)])}"), 5)
    F.err("lua-nil-index", lambda: envoy("error", "lua", "source/extensions/filters/http/lua/lua_filter.cc", R.choice([924, 941]),
        f"script log: [string \"function envoy_on_request(request_handle)...\"]:{ln(12)}: attempt to index a nil value (local 'tenant')"), 7)
    F.err("aws-imds-credentials", lambda: envoy("error", "aws", "source/extensions/common/aws/credentials_provider_impl.cc", R.choice([187, 204, 231]),
        "Could not retrieve credentials listing from the instance metadata"), 5)
    F.err("strict-dns-resolution-failed", lambda: envoy("error", "upstream", "source/extensions/clusters/strict_dns/strict_dns_cluster.cc", R.choice([184, 190]),
        f"DNS resolution for {R.choice(['payments.orders-mesh.local', 'inventory.orders-mesh.local', 'ledger.internal'])} failed with c-ares status 4"), 6)
    F.err("terminate-uncaught-exception", lambda: envoy("critical", "main", "source/exe/terminate_handler.cc", R.choice([13, 15]), "std::terminate called! Uncaught unknown exception, see trace."), 4)
    F.err("envoy-bug-filter-chain", lambda: envoy("error", "envoy_bug", "source/common/common/assert.cc", R.choice([44, 46]), f"envoy bug failure: !filter_chain_message_.empty(). Details: listener {R.choice(['lds_ingress_0.0.0.0_15000', 'lds_egress_0.0.0.0_15001'])} has an empty filter chain"), 4)
    F.err("assert-stream-destroyed", lambda: envoy("critical", "assert", "source/common/http/conn_manager_impl.cc", R.choice([1811, 1832]),
        f"assert failure: !state_.destroyed_. Details: stream {R.randint(10**17, 10**18)} used after destroy"), 4)
    return F


# ---------------------------------------------------------------- aws-jobs (Step Functions, Glue)
SMS = ["OrderFulfilment", "NightlyExport", "RefundWorkflow", "InvoiceBatch"]


def sfn(typ, details, sm=None, eid=None):
    sm = sm or R.choice(SMS)
    e = eid or R.randint(2, 300)
    o = {"id": str(e), "type": typ, "details": details, "previous_event_id": str(e - 1),
         "event_timestamp": str(epoch_ms()), "execution_arn": f"arn:aws:states:{region()}:{acct()}:execution:{sm}:{rid()}"}
    if R.random() < 0.6:
        o["redrive_count"] = "0"
    return jdump(o)


def lerr(msg, typ, frames=None):
    return jdump({"errorMessage": msg, "errorType": typ, "requestId": rid(), "stackTrace": frames or []})


def gts():
    return R.choice([lambda: dt().strftime("%y/%m/%d %H:%M:%S"), lambda: pyts()])()


def glue(level, logger, msg):
    if R.random() < 0.5:
        return f"{gts()} {level} {logger}: {msg}"
    return f"{pyts()} {level} [{R.choice(['main', 'dag-scheduler-event-loop', 'Driver'])}] {logger}: {msg}"


def fam_jobs():
    F = Fam("aws-jobs")
    # ---- non-errors
    F.ok(lambda: sfn("ExecutionStarted", {"input": jdump({"orderId": order_id(), "status": R.choice(["NEW", "FAILED_PAYMENT_RETRY"])}), "inputDetails": {"truncated": False}, "roleArn": f"arn:aws:iam::{acct()}:role/sfn-{R.choice(SMS).lower()}"}, eid=1), 5)
    F.ok(lambda: sfn("TaskStateEntered", {"input": jdump({"orderId": order_id()}), "inputDetails": {"truncated": False}, "name": R.choice(["ReserveStock", "ChargeCard", "SendReceipt"])}), 5)
    F.ok(lambda: sfn("TaskScheduled", {"parameters": jdump({"FunctionName": fn_arn(), "Payload": {"orderId": order_id()}}), "region": region(), "resource": "invoke", "resourceType": "lambda", "timeoutInSeconds": R.choice([30, 60, None])}), 4)
    F.ok(lambda: sfn("TaskSucceeded", {"output": jdump({"StatusCode": 200, "Payload": {"errors": [], "failedItems": 0}}), "outputDetails": {"truncated": False}, "resource": "invoke", "resourceType": "lambda"}), 6)
    F.ok(lambda: sfn("ExecutionSucceeded", {"output": jdump({"status": "DONE", "error": None}), "outputDetails": {"truncated": False}}), 4)
    F.ok(lambda: sfn("PassStateEntered", {"input": jdump({"payment": {"status": "FAILED", "reason": "card_declined"}, "orderId": order_id()}), "inputDetails": {"truncated": False}, "name": "RecordPaymentOutcome"}), 4)
    F.ok(lambda: sfn("MapIterationSucceeded", {"index": R.randint(0, 500), "name": "ProcessLines"}), 3)
    F.ok(lambda: sfn("ChoiceStateExited", {"name": "IsRetryable", "output": jdump({"retry": True, "lastError": "Lambda.TooManyRequestsException"}), "outputDetails": {"truncated": False}}), 3)
    F.ok(lambda: glue("INFO", "GlueContext", f"GlueMetrics configured and enabled"), 2)
    F.ok(lambda: glue("INFO", "DAGScheduler", f"Job {R.randint(0, 90)} finished: save at NativeMethodAccessorImpl.java:0, took {R.uniform(0.1, 900):.6f} s"), 5)
    F.ok(lambda: glue("WARN", "HadoopDataSourceRDD", f"Retrying S3 read of s3://{bucket()}/raw/part-{R.randint(0, 999):05d}.parquet after error (attempt {R.randint(1, 3)})"), 4)
    F.ok(lambda: glue("INFO", "JobBookmarkUtils", f"Job bookmark for {R.choice(['nightly-orders-etl', 'clickstream-compaction'])}: {R.randint(0, 900)} new files, 0 errors"), 3)
    F.ok(lambda: glue("INFO", "LogPusher", f"uploading /tmp/spark-event-logs/ to s3://aws-glue-assets-{acct()}-{region()}/sparkHistoryLogs/"), 3)
    F.ok(lambda: f"[Stage {R.randint(0, 40)}:{'=' * R.randint(1, 30)}>{' ' * R.randint(1, 20)}({R.randint(1, 199)} + {R.randint(1, 8)}) / 200]", 4)
    F.ok(lambda: sfn("TaskStateExited", {"name": R.choice(["ReserveStock", "ChargeCard"]), "output": jdump({"orderId": order_id(), "errorCount": 0}), "outputDetails": {"truncated": False}}), 4)
    F.ok(lambda: sfn("MapRunStarted", {"mapRunArn": f"arn:aws:states:{region()}:{acct()}:mapRun:InvoiceBatch/{alnum(8)}:{rid()}"}, sm="InvoiceBatch"), 3)
    F.ok(lambda: glue("INFO", "Executor", f"Finished task {R.randint(0, 199)}.0 in stage {R.randint(1, 40)}.0 (TID {R.randint(100, 90000)}). {R.randint(1000, 9000)} bytes result sent to driver"), 5)
    F.ok(lambda: glue("INFO", "ApplicationMaster", "Final app status: SUCCEEDED, exitCode: 0"), 2)

    # ---- errors: Step Functions failure events
    # (A throttled attempt that the task's Retry absorbs: no error, see the README's rule 11.)
    F.ok(lambda: sfn("TaskFailed", {"cause": f"Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: {rid()})", "error": "Lambda.TooManyRequestsException", "resource": "invoke", "resourceType": "lambda"}), 6)
    F.err("sfn-taskfailed-inventory-unavailable", lambda: sfn("TaskFailed", {"cause": lerr(f"SKU {R.randint(1000, 99999)} out of stock in warehouse FRA1", "InventoryUnavailableError",
        [f"InventoryUnavailableError: SKU out of stock", f"    at reserve (/var/task/reserve.js:{ln(44)}:{R.randint(5, 30)})", f"    at Runtime.handler (/var/task/index.js:{ln(12)}:{R.randint(5, 30)})"]),
        "error": "InventoryUnavailableError", "resource": "invoke", "resourceType": "lambda"}, sm="OrderFulfilment"), 8)
    F.err("sfn-tasktimedout-send-receipt", lambda: sfn("TaskTimedOut", {"error": "States.Timeout", "resource": "invoke", "resourceType": "lambda"}), 5)
    F.err("sfn-executionfailed-runtime-jsonpath", lambda: (lambda n: sfn("ExecutionFailed", {"cause": f"An error occurred while executing the state 'ChargeCard' (entered at the event id #{n}). The JSONPath '$.payment.id' specified for the field 'PaymentId.$' could not be found in the input '{jdump({'orderId': order_id(), 'payment': {}})}'", "error": "States.Runtime"}, sm="OrderFulfilment", eid=n + 1))(R.randint(5, 80)), 6)
    F.err("sfn-executionfailed-inventory-unavailable", lambda: sfn("ExecutionFailed", {"cause": lerr(f"SKU {R.randint(1000, 99999)} out of stock in warehouse FRA1", "InventoryUnavailableError"), "error": "InventoryUnavailableError"}, sm="OrderFulfilment"), 6)
    F.err("sfn-executiontimedout", lambda: sfn("ExecutionTimedOut", {"error": "States.Timeout"}), 4)
    F.err("sfn-taskfailed-glue-access-denied", lambda: sfn("TaskFailed", {"cause": f"User: arn:aws:sts::{acct()}:assumed-role/sfn-nightlyexport-{alnum(8)}/{alnum(32)} is not authorized to perform: glue:StartJobRun on resource: arn:aws:glue:{region()}:{acct()}:job/nightly-orders-etl because no identity-based policy allows the glue:StartJobRun action (Service: Glue, Status Code: 400, Request ID: {rid()})",
        "error": "Glue.AccessDeniedException", "resource": "startJobRun.sync", "resourceType": "glue"}, sm="NightlyExport"), 5)
    F.err("sfn-maprunfailed-tolerated-threshold", lambda: sfn("MapRunFailed", {"error": "States.ExceedToleratedFailureThreshold", "cause": f"The specified tolerated failure threshold was exceeded ({R.randint(6, 40)} of {R.randint(100, 900)} items failed)"}, sm="InvoiceBatch"), 5)
    # ---- errors: Glue
    F.err("glue-path-does-not-exist", lambda: glue("ERROR", "glue.ProcessLauncher (Logging.scala:logError(77))", f"Error from Python:Traceback (most recent call last):\n  File \"/tmp/nightly_orders_etl.py\", line {ln(31)}, in <module>\n    df = spark.read.parquet(source_path)\n  File \"/opt/amazon/spark/python/lib/pyspark.zip/pyspark/sql/readwriter.py\", line {R.choice([531, 544])}, in parquet\n    return self._df(self._jreader.parquet(_to_seq(self._spark._sc, paths)))\npyspark.sql.utils.AnalysisException: Path does not exist: s3://{bucket()}/orders/dt={dt().strftime('%Y-%m-%d')}"), 6)
    F.err("glue-exception-analysis-path", lambda: glue("ERROR", "GlueExceptionAnalysisListener", "[Glue Exception Analysis] " + jdump({"Event": "GlueETLJobExceptionEvent", "Timestamp": epoch_ms(),
        "Failure Reason": f"Traceback (most recent call last):\n  File \"/tmp/nightly_orders_etl.py\", line {ln(31)}, in <module>\n    df = spark.read.parquet(source_path)\npyspark.sql.utils.AnalysisException: Path does not exist: s3://{bucket()}/orders/dt={dt().strftime('%Y-%m-%d')}",
        "Stack Trace": [{"Declaring Class": "<module>", "Method Name": "df = spark.read.parquet(source_path)", "File Name": "/tmp/nightly_orders_etl.py", "Line Number": ln(31)}],
        "Last Executed Line number": ln(31), "script": "nightly_orders_etl.py"})), 5)
    F.err("glue-lost-executor-heartbeat", lambda: glue("ERROR", "TaskSchedulerImpl", f"Lost executor {R.randint(1, 60)} on {ip()}: Executor heartbeat timed out after {R.randint(120000, 180000)} ms"), 7)
    F.err("glue-python-shell-keyerror", lambda: f"Traceback (most recent call last):\n  File \"/tmp/runscript.py\", line {R.choice([246, 263])}, in <module>\n    runpy.run_path(temp_file_path, run_name='__main__')\n  File \"/tmp/glue-python-scripts-{alnum(8)}/compact_clickstream.py\", line {ln(58)}, in <module>\n    partition = args['partition_date']\nKeyError: 'partition_date'" + nl(), 5)
    F.err("sfn-lambdafunctionfailed-unknown", lambda: sfn("LambdaFunctionFailed", {"error": "Lambda.Unknown", "cause": f"The cause could not be determined because Lambda did not return an error type. Returned payload: {jdump({'statusCode': 500, 'requestId': rid()})}"}, sm="RefundWorkflow"), 5)
    F.err("glue-task-exception-s3-slowdown", lambda: glue("ERROR", "Executor", f"Exception in task {R.randint(0, 199)}.{R.randint(0, 3)} in stage {R.randint(1, 40)}.0 (TID {R.randint(100, 90000)})\ncom.amazonaws.services.s3.model.AmazonS3Exception: Please reduce your request rate. (Service: Amazon S3; Status Code: 503; Error Code: SlowDown; Request ID: {alnum(16, upper=True)}; S3 Extended Request ID: EXAMPLE{alnum(40)}=; Proxy: null)\n\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:{R.choice([1879, 1862])})\n\tat com.amazon.ws.emr.hadoop.fs.s3n.Jets3tNativeFileSystemStore.storeFile(Jets3tNativeFileSystemStore.java:{R.choice([212, 218])})"), 5)
    F.err("glue-job-run-failed-oom", lambda: glue("ERROR", "ApplicationMaster", f"User application exited with status 1\nCommand failed with exit code 1 - FAILED: java.lang.OutOfMemoryError: Java heap space (container executor-{R.randint(1, 30)})"), 4)
    return F
