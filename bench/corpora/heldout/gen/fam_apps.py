"""airflow (MWAA task, scheduler, DAG processor and Celery worker logs), jvm-quarkus-ktor
(Quarkus console and JSON, Ktor and Micronaut logback) and datastores (MongoDB structured JSON,
MSK/Kafka broker log4j, Redis server)."""

from common import (R, pick, when, comma_ms, dot_ms, iso_ms, priv_ip, port, pid, hexid, ec2_host,
                    word_host, svc_dns, near, uuid, region, account, user, email, jdump)

# ---------------------------------------------------------------- airflow


def af_ts():
    t = when()
    if R.random() < 0.65:
        return t.strftime("[%Y-%m-%d, %H:%M:%S UTC]")
    return "[" + comma_ms(t) + "]"


def af(src, line, level, msg, legacy=None):
    legacy = R.random() < 0.3 if legacy is None else legacy
    loc = f"{{{{{src}:{line}}}}}" if legacy else f"{{{src}:{line}}}"
    return f"{af_ts()} {loc} {level} - {msg}"


SITE = "/usr/local/airflow/.local/lib/python3.11/site-packages"
DAGS = ["etl_orders", "daily_revenue", "sync_crm", "export_invoices"]


def af_tb(frames, last):
    out = ["Traceback (most recent call last):"]
    for path, ln, fn, code in frames:
        out.append(f'  File "{path}", line {ln}, in {fn}')
        out.append(f"    {code}")
    out.append(last)
    return "\n".join(out)


def af_task_failed(app_frames, last):
    frames = [
        (f"{SITE}/airflow/models/taskinstance.py", near(444, 10), "_execute_task", "result = execute_callable(context=context, **execute_callable_kwargs)"),
        (f"{SITE}/airflow/operators/python.py", near(194, 4), "execute", "return_value = self.execute_callable()"),
        (f"{SITE}/airflow/operators/python.py", near(211, 4), "execute_callable", "return self.python_callable(*self.op_args, **self.op_kwargs)"),
    ] + app_frames
    return af("taskinstance.py", near(2698, 30), "ERROR", "Task failed with exception\n" + af_tb(frames, last))


def af_errors():
    return [
        ("task-keyerror-transform", 7, lambda: af_task_failed(
            [("/usr/local/airflow/dags/etl_orders.py", near(88, 5), "transform", "row['customer_id'] = lookup[row['email']]")],
            f"KeyError: '{email()}'")),
        ("task-keyerror-crm-sync", 6, lambda: af_task_failed(
            [("/usr/local/airflow/dags/sync_crm.py", near(41, 5), "push_contacts", "row['customer_id'] = lookup[row['email']]")],
            f"KeyError: '{email()}'")),
        ("task-s3-nosuchkey", 6, lambda: af_task_failed(
            [("/usr/local/airflow/dags/daily_revenue.py", near(57, 4), "load_manifest", "body = hook.read_key(key, bucket_name=BUCKET)"),
             (f"{SITE}/airflow/providers/amazon/aws/hooks/s3.py", near(1012, 6), "read_key", "obj = self.get_key(key, bucket_name)"),
             (f"{SITE}/botocore/client.py", near(1009, 4), "_make_api_call", "raise error_class(parsed_response, operation_name)")],
            "botocore.exceptions.ClientError: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.")),
        ("task-timeout", 6, lambda: af_task_failed(
            [("/usr/local/airflow/dags/export_invoices.py", near(112, 6), "render_all", "time.sleep(backoff)"),
             (f"{SITE}/airflow/utils/timeout.py", near(69, 2), "handle_timeout", "raise AirflowTaskTimeout(self.error_message)")],
            f"airflow.exceptions.AirflowTaskTimeout: Timeout, PID: {pid()}")),
        ("task-undefined-table", 5, lambda: af_task_failed(
            [("/usr/local/airflow/dags/daily_revenue.py", near(93, 4), "aggregate", "cur.execute(SQL_ROLLUP)")],
            f"psycopg2.errors.UndefinedTable: relation \"staging.{pick(['orders', 'payments', 'refunds'])}\" does not exist\nLINE 1: INSERT INTO reporting.daily SELECT * FROM staging.{pick(['orders', 'payments', 'refunds'])} WHERE d...\n                                                  ^")),
        ("received-sigterm", 6, lambda: af("taskinstance.py", near(2450, 30), "ERROR", "Received SIGTERM. Terminating subprocesses.")),
        ("zombie-detected", 5, lambda: af("scheduler_job_runner.py", near(1745, 20), "ERROR", f"Detected zombie job: {{'full_filepath': '/usr/local/airflow/dags/{pick(DAGS)}.py', 'processor_subdir': '/usr/local/airflow/dags', 'msg': \"{{'DAG Id': '{pick(DAGS)}', 'Task Id': '{pick(['extract', 'load', 'notify'])}', 'Run Id': 'scheduled__{when().strftime('%Y-%m-%dT%H:00:00+00:00')}', 'Hostname': '{ec2_host()}.{region()}.compute.internal', 'External Executor Id': '{uuid()}'}}\", 'simple_task_instance': <airflow.models.taskinstance.SimpleTaskInstance object at 0x7f{hexid(10)}>, 'is_failure_callback': True}}")),
        ("dag-import-module-missing", 6, lambda: af("dagbag.py", near(346, 5), "ERROR", "Failed to import: /usr/local/airflow/dags/sync_crm.py\n" + af_tb(
            [(f"{SITE}/airflow/models/dagbag.py", near(342, 3), "parse", "loader.exec_module(new_module)"),
             ("<frozen importlib._bootstrap_external>", 940, "exec_module", ""),
             ("/usr/local/airflow/dags/sync_crm.py", near(7, 2), "<module>", "from " + pick(["snowflake.connector", "great_expectations", "pandera"]) + " import connect")],
            f"ModuleNotFoundError: No module named '{pick(['snowflake', 'great_expectations', 'pandera'])}'"))),
        ("celery-command-failed", 5, lambda: f"[{comma_ms()}: ERROR/ForkPoolWorker-{R.randint(1, 16)}] Task airflow.providers.celery.executors.celery_executor_utils.execute_command[{uuid()}] raised unexpected: AirflowException('Celery command failed on host: {ec2_host()}.{region()}.compute.internal with celery_task_id {uuid()}')"),
    ]


def ti():
    return f"<TaskInstance: {pick(DAGS)}.{pick(['extract', 'load', 'notify', 'transform'])} scheduled__{when().strftime('%Y-%m-%dT%H:00:00+00:00')} [{pick(['queued', 'running'])}]>"


def af_noise():
    return [
        ("deps-met", 6, lambda: af("taskinstance.py", near(1956, 20), "INFO", f"Dependencies all met for dep_context=non-requeueable deps ti={ti()}")),
        ("attempt", 6, lambda: af("taskinstance.py", near(2170, 20), "INFO", f"Starting attempt {R.randint(1, 3)} of {pick([2, 3, 4])}")),
        ("executing", 6, lambda: af("taskinstance.py", near(2191, 20), "INFO", f"Executing <Task(PythonOperator): {pick(['extract', 'load', 'notify'])}> on {when().strftime('%Y-%m-%d %H:00:00+00:00')}")),
        ("started-process", 4, lambda: af("standard_task_runner.py", near(60, 3), "INFO", f"Started process {pid()} to run task")),
        ("done", 5, lambda: af("python.py", near(201, 4), "INFO", "Done. Returned value was: None")),
        ("marking-success", 5, lambda: af("taskinstance.py", near(1138, 20), "INFO", f"Marking task as SUCCESS. dag_id={pick(DAGS)}, task_id={pick(['extract', 'load'])}, run_id=scheduled__{when().strftime('%Y-%m-%dT%H:00:00+00:00')}, execution_date={when().strftime('%Y%m%dT%H0000')}, start_date={when().strftime('%Y%m%dT%H%M%S')}, end_date={when().strftime('%Y%m%dT%H%M%S')}")),
        ("marking-failed-info", 6, lambda: af("taskinstance.py", near(1138, 20), "INFO", f"Marking task as FAILED. dag_id={pick(DAGS)}, task_id={pick(['extract', 'load'])}, run_id=scheduled__{when().strftime('%Y-%m-%dT%H:00:00+00:00')}, execution_date={when().strftime('%Y%m%dT%H0000')}, start_date={when().strftime('%Y%m%dT%H%M%S')}, end_date={when().strftime('%Y%m%dT%H%M%S')}")),
        ("up-for-retry-info", 5, lambda: af("taskinstance.py", near(1138, 20), "INFO", f"Marking task as UP_FOR_RETRY. dag_id={pick(DAGS)}, task_id={pick(['extract', 'load'])}, run_id=manual__{when().strftime('%Y-%m-%dT%H:%M:%S+00:00')}")),
        ("return-code-info", 6, lambda: af("local_task_job_runner.py", near(234, 6), "INFO", f"Task exited with return code {pick([0, 1, 1, -9])}")),
        ("app-rows", 6, lambda: af("logging_mixin.py", near(188, 2), "INFO", f"rows loaded: {R.randint(0, 90000)}, rejected: 0, errors: 0")),
        ("connection", 4, lambda: af("base.py", near(83, 3), "INFO", f"Using connection ID '{pick(['aws_default', 'postgres_dwh', 'snowflake_default'])}' for task execution.")),
        ("downstream", 4, lambda: af("taskinstance.py", near(3280, 20), "INFO", f"{R.randint(0, 3)} downstream tasks scheduled from follow-on schedule check")),
        ("retry-warn", 5, lambda: af("s3.py", near(420, 6), "WARNING", f"Failed to list prefix s3://{pick(['raw-events', 'exports'])}-{account()}/{when().strftime('%Y/%m/%d')}/, retrying (attempt {R.randint(1, 3)}/3): An error occurred (SlowDown) when calling the ListObjectsV2 operation")),
    ]


# ---------------------------------------------------------------- jvm-quarkus-ktor


def q_line(level, category, thread, msg):
    return f"{comma_ms()} {level:<5} [{category}] ({thread}) {msg}"


def jframes(frames):
    return "".join(f"\n\tat {cls}.{m}({f}:{near(ln, 5)})" for cls, m, f, ln in frames)


QUARKUS_TAIL = [
    ("org.acme.orders.OrderResource$quarkusrestinvoker$create_{h}", "invoke", "Unknown Source", 0),
    ("org.jboss.resteasy.reactive.server.handlers.InvocationHandler", "handle", "InvocationHandler.java", 29),
    ("io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext", "invokeHandler", "QuarkusResteasyReactiveRequestContext.java", 141),
]


def quarkus_npe(resource, method, file_, ln, path):
    frames = [(f"org.acme.{resource}", method, file_, ln)]
    frames += [(c.replace("{h}", hexid(8)) if "{h}" in c else c, m, f, l) for c, m, f, l in QUARKUS_TAIL[1:]]
    head = q_line("ERROR", "io.qua.ver.htt.run.QuarkusErrorHandler", f"executor-thread-{R.randint(1, 40)}",
                  f"HTTP Request to {path} failed, error id: {uuid()}-{R.randint(1, 9)}: java.lang.NullPointerException: Cannot invoke \"String.trim()\" because \"name\" is null")
    return head + jframes(frames)


def quarkus_json(level, logger, msg, exc=None):
    obj = {"timestamp": iso_ms().replace("Z", "+00:00"), "sequence": R.randint(1000, 999999),
           "loggerClassName": "org.jboss.logging.Logger", "loggerName": logger, "level": level, "message": msg,
           "threadName": f"executor-thread-{R.randint(1, 40)}", "threadId": R.randint(20, 300), "mdc": {"traceId": hexid(32)},
           "ndc": "", "hostName": f"{ec2_host()}.{region()}.compute.internal", "processName": "orders-service-runner", "processId": R.randint(1, 90)}
    if exc:
        obj["exception"] = exc
    return jdump(obj)


def qexc(etype, message, frames):
    return {"refId": 1, "exceptionType": etype, "message": message,
            "frames": [{"class": c, "method": m, "line": near(l, 5)} for c, m, l in frames]}


def ktor(level, logger, msg, thread=None):
    thread = thread or f"eventLoopGroupProxy-{R.randint(3, 4)}-{R.randint(1, 16)}"
    return f"{dot_ms()} [{thread}] {level:<5} {logger} - {msg}"


def jvm_errors():
    return [
        ("quarkus-npe-order-create", 7, lambda: quarkus_npe("orders.OrderResource", "create", "OrderResource.java", 64, f"/orders/{R.randint(1000, 99999)}")),
        ("quarkus-npe-invoice-render", 6, lambda: quarkus_npe("billing.InvoiceRenderer", "render", "InvoiceRenderer.java", 131, f"/invoices/{R.randint(1000, 99999)}/pdf")),
        ("quarkus-json-payment-connect", 6, lambda: quarkus_json("ERROR", "org.acme.payments.PaymentClient", f"Payment authorisation failed for order {R.randint(10000, 99999)}",
                                                                 qexc("java.net.ConnectException", f"Connection refused: {word_host()}/{priv_ip()}:8443",
                                                                      [("org.acme.payments.PaymentClient", "authorise", 88), ("org.acme.orders.CheckoutService", "pay", 142)]))),
        ("quarkus-json-dynamo-conditional", 6, lambda: quarkus_json("ERROR", "org.acme.orders.OrderRepository", "Could not store order",
                                                                    qexc("software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException", f"The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: {hexid(32).upper()})",
                                                                         [("org.acme.orders.OrderRepository", "put", 57), ("org.acme.orders.CheckoutService", "place", 97)]))),
        ("quarkus-startup-failed", 5, lambda: q_line("ERROR", "io.quarkus.runtime.Application", "main",
                                                     f"Failed to start application (with profile [prod]): java.net.UnknownHostException: {svc_dns()}" + jframes([
                                                         ("java.base/java.net.InetAddress$CachedLookup", "get", "InetAddress.java", 988),
                                                         ("io.agroal.pool.ConnectionFactory", "createConnection", "ConnectionFactory.java", 232),
                                                         ("io.quarkus.agroal.runtime.DataSources", "doCreateDataSource", "DataSources.java", 211)]))),
        ("quarkus-agroal-auth", 6, lambda: q_line("ERROR", "io.agr.pool", f"agroal-{R.randint(1, 30)}", f"Datasource '<default>': FATAL: password authentication failed for user \"{pick(['orders', 'app_rw', 'reporting'])}\"")),
        ("ktor-unhandled-badrequest", 6, lambda: ktor("ERROR", "ktor.application", f"Unhandled: POST - /api/orders{pick(['', '/' + str(R.randint(1, 9999))])}. Exception class io.ktor.server.plugins.BadRequestException: Failed to convert request body to class com.example.orders.OrderRequest") + jframes([
            ("io.ktor.server.plugins.RequestBodyTransformationKt", "receiveNullable", "RequestBodyTransformation.kt", 102),
            ("com.example.orders.routes.OrderRoutesKt$orderRoutes$1$1", "invokeSuspend", "OrderRoutes.kt", 38),
            ("kotlin.coroutines.jvm.internal.BaseContinuationImpl", "resumeWith", "ContinuationImpl.kt", 33)])),
        ("ktor-coroutine-timeout", 6, lambda: ktor("ERROR", "com.example.inventory.StockService", f"Stock refresh failed for sku {pick(['SKU', 'ITEM'])}-{R.randint(1000, 9999)}") + "\nkotlinx.coroutines.TimeoutCancellationException: Timed out waiting for " + str(pick([2000, 5000, 10000])) + " ms" + jframes([
            ("kotlinx.coroutines.TimeoutKt", "TimeoutCancellationException", "Timeout.kt", 184),
            ("com.example.inventory.StockService$refresh$2", "invokeSuspend", "StockService.kt", 71),
            ("kotlinx.coroutines.DispatchedTask", "run", "DispatchedTask.kt", 108)])),
        ("micronaut-unexpected", 6, lambda: f"{dot_ms()[11:]} [default-nioEventLoopGroup-1-{R.randint(1, 8)}] ERROR i.m.http.server.RouteExecutor - Unexpected error occurred: Connect Error: Connection refused: {word_host()}/{priv_ip()}:8080\nio.micronaut.http.client.exceptions.HttpClientException: Connect Error: Connection refused: {word_host()}/{priv_ip()}:8080" + jframes([
            ("io.micronaut.http.client.netty.ConnectionManager", "lambda$connectForExchange$4", "ConnectionManager.java", 471),
            ("com.example.catalog.PriceClient$Intercepted", "prices", "Unknown Source", 0)])),
    ]


def jvm_noise():
    return [
        ("quarkus-started", 4, lambda: q_line("INFO", "io.quarkus", "main", f"orders-service 1.{R.randint(0, 9)}.{R.randint(0, 20)} on JVM (powered by Quarkus 3.{R.randint(2, 9)}.{R.randint(0, 4)}) started in {R.uniform(0.8, 5):.3f}s. Listening on: http://0.0.0.0:8080")),
        ("quarkus-features", 3, lambda: q_line("INFO", "io.quarkus", "main", "Installed features: [agroal, amazon-dynamodb, cdi, jdbc-postgresql, narayana-jta, rest, rest-jackson, smallrye-context-propagation, smallrye-health, vertx]")),
        ("quarkus-unrecognized-warn", 3, lambda: q_line("WARN", "io.qua.config", "main", f"Unrecognized configuration key \"quarkus.{pick(['http.cors', 'log.json.exception-output-type', 'datasource.jdbc.max-size'])}\" was provided; it will be ignored; verify that the dependency extension for this configuration is set or that you did not make a typo")),
        ("quarkus-order-info", 8, lambda: q_line("INFO", "org.acme.orders.OrderResource", f"executor-thread-{R.randint(1, 40)}", f"order {R.randint(10000, 99999)} created for {email()}, validation errors: 0")),
        ("quarkus-json-info", 8, lambda: quarkus_json("INFO", "org.acme.orders.CheckoutService", f"checkout completed order={R.randint(10000, 99999)} paymentError=null retries={R.randint(0, 2)}")),
        ("quarkus-json-warn-retry", 6, lambda: quarkus_json("WARN", "org.acme.payments.PaymentClient", f"Payment call failed, retrying (attempt {R.randint(1, 2)}/3)",
                                                             qexc("java.net.SocketTimeoutException", "Read timed out", [("org.acme.payments.PaymentClient", "authorise", 88)]))),
        ("ktor-responding", 3, lambda: ktor("INFO", "ktor.application", f"Responding at http://0.0.0.0:{pick([8080, 8081])}", thread="main")),
        ("ktor-call-log", 12, lambda: ktor("INFO", "ktor.application", f"{pick(['200 OK', '201 Created', '404 Not Found', '500 Internal Server Error'])}: {pick(['GET', 'POST'])} - /api/{pick(['orders', 'stock', 'health'])} in {R.randint(1, 900)}ms")),
        ("ktor-debug", 5, lambda: ktor("DEBUG", "io.netty.util.internal.PlatformDependent0", f"direct buffer constructor: available, failures: 0", thread="main")),
        ("ktor-warn-stack", 5, lambda: ktor("WARN", "com.example.inventory.StockService", f"Stock refresh attempt {R.randint(1, 2)} failed, will retry") + "\njava.io.IOException: Connection reset by peer" + jframes([
            ("sun.nio.ch.SocketDispatcher", "read0", "SocketDispatcher.java", 47),
            ("com.example.inventory.StockService$refresh$2", "invokeSuspend", "StockService.kt", 71)])),
        ("micronaut-startup", 3, lambda: f"{dot_ms()[11:]} [main] INFO  io.micronaut.runtime.Micronaut - Startup completed in {R.randint(300, 4000)}ms. Server Running: http://{ec2_host()}:8080"),
    ]


# ---------------------------------------------------------------- datastores


def mongo(s, c, mid, ctx, msg, attr=None):
    obj = {"t": {"$date": iso_ms().replace("Z", "+00:00")}, "s": s, "c": c, "id": mid, "ctx": ctx, "msg": msg}
    if attr is not None:
        obj["attr"] = attr
    return jdump(obj)


def conn():
    return f"conn{R.randint(1, 90000)}"


def kafka(level, msg, cls):
    return f"[{comma_ms()}] {level} {msg} ({cls})"


def redis(role, lvl, msg):
    t = when()
    return f"{R.randint(1, 90)}:{role} {t.day:02d} {t.strftime('%b %Y %H:%M:%S')}.{t.microsecond // 1000:03d} {lvl} {msg}"


def redis_crash():
    ver = pick(["7.0.15", "7.2.4"])
    lines = [redis("M", "#", f"Redis {ver} crashed by signal: 11, si_code: 1"),
             redis("M", "#", f"Accessing address: 0x{hexid(12)}"),
             redis("M", "#", "Crashed running the instruction at: 0x" + hexid(12)),
             "", "------ STACK TRACE ------", f"EIP:\nredis-server *:6379(dictFind+0x{hexid(2)})[0x{hexid(12)}]"]
    return "\n".join(lines)


def ds_errors():
    return [
        ("mongo-wt-no-space", 6, lambda: mongo("E", "STORAGE", 22435, "Checkpointer", "WiredTiger error message", {"error": 28, "message": {"ts_sec": R.randint(1700000000, 1800000000), "ts_usec": R.randint(0, 999999), "thread": f"{R.randint(1, 9)}:0x7f{hexid(10)}", "session_name": "WT_SESSION.checkpoint", "category": "WT_VERB_DEFAULT", "category_id": 9, "verbose_level": "ERROR", "verbose_level_id": -3, "msg": f"__posix_file_write:{near(596, 4)}:/data/db/journal/WiredTigerLog.{R.randint(1, 9999):010d}: handle-write: pwrite: failed to write {pick([4096, 8192, 128])} bytes at offset {R.randint(1000, 99999999)}: No space left on device"}})),
        ("mongo-send-response", 6, lambda: mongo("E", "NETWORK", 23254, conn(), "Error sending response to client. Ending connection from remote", {"error": {"code": 6, "codeName": "HostUnreachable", "errmsg": "Connection reset by peer"}, "remote": f"{priv_ip()}:{port()}", "connectionId": R.randint(1, 90000)})),
        ("mongo-listener-in-use", 5, lambda: mongo("E", "CONTROL", 20568, "initandlisten", "Error setting up listener", {"error": {"code": 9001, "codeName": "SocketException", "errmsg": f"Address already in use"}})),
        ("mongo-fatal-assertion", 5, lambda: mongo("F", "ASSERT", 23089, pick(["ReplCoord-1", "initandlisten", "OplogApplier-0"]), "Fatal assertion", {"msgid": 34437, "file": "src/mongo/db/repl/oplog_applier_impl.cpp", "line": near(510, 3)})),
        ("mongo-repl-no-primary", 6, lambda: mongo("E", "REPL", 21799, "ReplCoord-" + str(R.randint(0, 9)), "Unable to contact a primary for read concern majority", {"replicaSet": pick(["rs0", "orders-rs"]), "error": {"code": 133, "codeName": "FailedToSatisfyReadPreference", "errmsg": "Could not find host matching read preference { mode: \"primary\" } for set " + pick(["rs0", "orders-rs"])}})),
        ("kafka-log-dir-failure", 5, lambda: kafka("ERROR", f"Error while writing to checkpoint file /kafka/datalogs/{pick(['replication-offset-checkpoint', 'recovery-point-offset-checkpoint'])}", "kafka.server.LogDirFailureChannel") + "\njava.io.IOException: No space left on device" + jframes([
            ("java.base/sun.nio.ch.FileDispatcherImpl", "write0", "FileDispatcherImpl.java", 0),
            ("org.apache.kafka.server.common.CheckpointFile", "write", "CheckpointFile.java", 101)]).replace(":0)", ")")),
        ("kafka-api-error", 6, lambda: kafka("ERROR", f"[KafkaApi-{R.randint(1, 3)}] Error when handling request: clientId={pick(['orders-consumer', 'billing-producer'])}-{R.randint(1, 9)}, correlationId={R.randint(1, 999999)}, api={pick(['FETCH', 'PRODUCE'])}, version={R.randint(9, 13)}, body={{}}", "kafka.server.KafkaApis") + "\norg.apache.kafka.common.errors.UnsupportedCompressionTypeException: Produce requests to topics containing zstd compressed messages require version 7 or later"),
        ("kafka-fetcher-unknown-topic", 5, lambda: kafka("ERROR", f"[ReplicaFetcher replicaId={R.randint(1, 3)}, leaderId={R.randint(1, 3)}, fetcherId=0] Error for partition {pick(['orders', 'payments', 'clicks'])}-{R.randint(0, 11)} at offset {R.randint(0, 9999999)}", "kafka.server.ReplicaFetcherThread") + "\norg.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition."),
        ("redis-crash", 5, redis_crash),
    ]


def ds_noise():
    return [
        ("mongo-conn-accepted", 8, lambda: mongo("I", "NETWORK", 22943, "listener", "Connection accepted", {"remote": f"{priv_ip()}:{port()}", "uuid": {"uuid": {"$uuid": uuid()}}, "connectionId": R.randint(1, 90000), "connectionCount": R.randint(1, 400)})),
        ("mongo-conn-ended", 6, lambda: mongo("I", "NETWORK", 22944, conn(), "Connection ended", {"remote": f"{priv_ip()}:{port()}", "uuid": {"uuid": {"$uuid": uuid()}}, "connectionId": R.randint(1, 90000), "connectionCount": R.randint(1, 400)})),
        ("mongo-slow-query-error", 6, lambda: mongo("I", "COMMAND", 51803, conn(), "Slow query", {"type": "command", "ns": f"{pick(['shop', 'crm'])}.{pick(['orders', 'events'])}", "command": {"find": "orders", "filter": {"status": "open"}, "maxTimeMS": 2000}, "planSummary": "COLLSCAN", "ok": 0, "errMsg": "operation exceeded time limit", "errName": "MaxTimeMSExpired", "errCode": 50, "durationMillis": R.randint(2000, 2100)})),
        ("mongo-auth-failed-info", 5, lambda: mongo("I", "ACCESS", 20249, conn(), "Authentication failed", {"mechanism": "SCRAM-SHA-256", "speculative": False, "principalName": pick(["app", "reporting"]), "authenticationDatabase": "admin", "remote": f"{priv_ip()}:{port()}", "extraInfo": {}, "error": "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"})),
        ("mongo-access-control-warn", 3, lambda: mongo("W", "CONTROL", 22120, "initandlisten", "Access control is not enabled for the database. Read and write access to data and configuration is unrestricted", None)),
        ("mongo-checkpoint", 5, lambda: mongo("I", "WTCHKPT", 22430, "Checkpointer", "WiredTiger message", {"message": {"ts_sec": R.randint(1700000000, 1800000000), "ts_usec": R.randint(0, 999999), "thread": f"1:0x7f{hexid(10)}", "session_dhandle_name": "file:WiredTiger.wt", "session_name": "WT_SESSION.checkpoint", "category": "WT_VERB_CHECKPOINT_PROGRESS", "category_id": 6, "verbose_level": "DEBUG_1", "verbose_level_id": 1, "msg": f"saving checkpoint snapshot min: {R.randint(1, 99999)}, snapshot max: {R.randint(1, 99999)} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: {R.randint(1, 9999)}"}})),
        ("kafka-rebalance", 6, lambda: kafka("INFO", f"[GroupCoordinator {R.randint(1, 3)}]: Preparing to rebalance group {pick(['orders-consumer', 'billing'])} in state PreparingRebalance with old generation {R.randint(1, 400)} (__consumer_offsets-{R.randint(0, 49)}) (reason: Adding new member {pick(['consumer', 'rdkafka'])}-{uuid()} with group instance id None)", "kafka.coordinator.group.GroupCoordinator")),
        ("kafka-shrink-isr", 5, lambda: kafka("INFO", f"[Partition {pick(['orders', 'payments'])}-{R.randint(0, 11)} broker={R.randint(1, 3)}] Shrinking ISR from 1,2,3 to 1,3. Leader: (highWatermark: {R.randint(1, 999999)}, endOffset: {R.randint(1, 999999)}). Out of sync replicas: (brokerId: 2, endOffset: {R.randint(1, 999999)}, lastCaughtUpTimeMs: {R.randint(1700000000000, 1800000000000)}).", "kafka.cluster.Partition")),
        ("kafka-warn-unexpected", 5, lambda: kafka("WARN", f"[SocketServer listenerType=ZK_BROKER, nodeId={R.randint(1, 3)}] Unexpected error from /{priv_ip()} (channelId={priv_ip()}:9092-{priv_ip()}:{port()}-{R.randint(0, 40)}); closing connection", "org.apache.kafka.common.network.Selector")),
        ("kafka-delete-segment", 4, lambda: kafka("INFO", f"[LocalLog partition={pick(['orders', 'clicks'])}-{R.randint(0, 11)}, dir=/kafka/datalogs] Deleting segment files LogSegment(baseOffset={R.randint(0, 9999999)}, size={R.randint(1000, 99999999)}, lastModifiedTime={R.randint(1700000000000, 1800000000000)}, largestRecordTimestamp=Some({R.randint(1700000000000, 1800000000000)}))", "kafka.log.LocalLog$")),
        ("redis-bgsave", 5, lambda: redis("M", "*", f"Background saving started by pid {pid()}")),
        ("redis-bgsave-ok", 4, lambda: redis("M", "*", "Background saving terminated with success")),
        ("redis-overcommit-warn", 3, lambda: redis("M", "#", "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition.")),
        ("redis-ready", 3, lambda: redis("M", "*", "Ready to accept connections tcp")),
        ("redis-changes", 4, lambda: redis("M", "*", f"{R.randint(1, 10000)} changes in {pick([60, 300, 3600])} seconds. Saving...")),
    ]
