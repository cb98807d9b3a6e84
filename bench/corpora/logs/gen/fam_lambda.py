"""lambda-platform, python, node families."""
import json
import math

from common import *  # noqa: F401,F403
from common import R


# ---------------------------------------------------------------- lambda-platform
def report_line(status=None, etype=None, timeout_s=None, oom=False, init=None):
    ms = memsize()
    if timeout_s:
        d = timeout_s * 1000 + R.uniform(0, 12)
        d = round(d, 2) if R.random() < 0.5 else float(timeout_s * 1000)
    else:
        d = dur_ms(1.2, 14000)
    used = ms if oom else R.randint(min(60, ms - 10), ms - 1)
    billed = math.ceil(d) if R.random() < 0.8 else int(math.ceil(d / 100.0) * 100)
    parts = [f"REPORT RequestId: {rid()}", f"Duration: {d:.2f} ms", f"Billed Duration: {billed} ms",
             f"Memory Size: {ms} MB", f"Max Memory Used: {used} MB"]
    if init if init is not None else R.random() < 0.3:
        parts.append(f"Init Duration: {dur_ms(95, 3200):.2f} ms")
    if status:
        parts.append(f"Status: {status}")
    if etype:
        parts.append(f"Error Type: {etype}")
    s = "\t".join(parts)
    return s + ("\t\n" if R.random() < 0.8 else "")


def plat_json(typ, record, d=None):
    return jdump({"time": iso(d), "type": typ, "record": record})


def fam_platform():
    F = Fam("lambda-platform")
    rt = lambda: R.choice(["python:3.12.v" + str(R.randint(10, 60)), "nodejs:20.v" + str(R.randint(10, 40)),
                           "java:21.v" + str(R.randint(5, 30)), "dotnet:8.v" + str(R.randint(5, 30)),
                           "provided:al2023.v" + str(R.randint(20, 90)), "ruby:3.3.v" + str(R.randint(5, 25))])
    rtarn = lambda: f"arn:aws:lambda:{region()}::runtime:{hexs(64)}"

    # ---- non-errors
    F.ok(lambda: f"START RequestId: {rid()} Version: {R.choice(['$LATEST', '$LATEST', str(R.randint(1, 80))])}" + nl(), 22)
    F.ok(lambda: f"END RequestId: {rid()}" + nl(), 20)
    F.ok(lambda: report_line(), 28)
    # near the limits but no failure: not an error
    F.ok(lambda: report_line(oom=True), 5)
    F.ok(lambda: f"INIT_START Runtime Version: {rt()}\tRuntime Version ARN: {rtarn()}" + nl(), 8)
    F.ok(lambda: f"XRAY TraceId: {trace()}\tSegmentId: {hexs(16)}\tSampled: {R.choice(['true', 'false'])}\t" + nl(), 6)
    F.ok(lambda: f"EXTENSION\tName: {R.choice(['datadog-agent', 'collector', 'AWSParametersAndSecretsLambdaExtension', 'lambda-insights'])}\tState: Ready\tEvents: [{R.choice(['INVOKE, SHUTDOWN', 'SHUTDOWN, INVOKE', 'INVOKE'])}]" + nl(), 5)
    F.ok(lambda: f"TELEMETRY\tName: {R.choice(['collector', 'datadog-agent', 'logs-forwarder'])}\tState: Subscribed\tTypes: [{R.choice(['Platform, Function', 'Platform', 'Function, Extension'])}]" + nl(), 4)
    F.ok(lambda: f"RESTORE_START Runtime Version: java:{R.choice(['17', '21'])}.v{R.randint(5, 30)}\tRuntime Version ARN: {rtarn()}" + nl(), 3)
    F.ok(lambda: f"RESTORE_REPORT Restore Duration: {dur_ms(120, 900):.2f} ms" + nl(), 3)
    F.ok(lambda: plat_json("platform.start", {"requestId": rid(), "version": "$LATEST"}), 7)
    F.ok(lambda: plat_json("platform.initStart", {"initializationType": R.choice(["on-demand", "provisioned-concurrency"]),
                                                  "phase": "init", "runtimeVersion": rt(), "runtimeVersionArn": rtarn(),
                                                  "functionName": func(), "functionVersion": "$LATEST"}), 5)
    F.ok(lambda: plat_json("platform.runtimeDone", {"requestId": rid(), "status": "success",
                                                    "spans": [{"name": "responseLatency", "start": iso(), "durationMs": dur_ms(0.5, 900)},
                                                              {"name": "responseDuration", "start": iso(), "durationMs": dur_ms(0.01, 2)}],
                                                    "metrics": {"durationMs": dur_ms(1, 9000), "producedBytes": R.randint(2, 6000)}}), 6)

    def jreport(status="success", etype=None, timeout=None, oom=False):
        ms = memsize()
        d = float(timeout * 1000) if timeout else dur_ms(1, 9000)
        m = {"durationMs": d, "billedDurationMs": math.ceil(d), "memorySizeMB": ms,
             "maxMemoryUsedMB": ms if oom else R.randint(40, ms - 1)}
        if R.random() < 0.3:
            m["initDurationMs"] = dur_ms(100, 2500)
        rec = {"requestId": rid(), "metrics": m, "status": status}
        if etype:
            rec["errorType"] = etype
        if R.random() < 0.4:
            rec["tracing"] = {"spanId": hexs(16), "type": "X-Amzn-Trace-Id", "value": f"Root={trace()};Parent={hexs(16)};Sampled=1"}
        return plat_json("platform.report", rec)

    F.ok(lambda: jreport(), 10)
    F.ok(lambda: plat_json("platform.initReport", {"initializationType": "on-demand", "phase": "init", "status": "success",
                                                   "metrics": {"durationMs": dur_ms(80, 2000)}}), 4)
    F.ok(lambda: plat_json("platform.extension", {"name": R.choice(["collector", "datadog-agent"]), "state": "Ready",
                                                  "events": ["INVOKE", "SHUTDOWN"]}), 3)
    # judgement: dropped telemetry is a warning about the log pipeline, not an application failure
    F.ok(lambda: plat_json("platform.logsDropped", {"reason": "Some logs were dropped because the downstream consumer is slower than the logs production rate",
                                                    "droppedRecords": R.randint(1, 900), "droppedBytes": R.randint(500, 900000)}), 3)

    # ---- errors
    # An invocation's timeout, told by the runtime's line and by the platform's report in the
    # text and the JSON formats, is one problem; so is a death for memory.
    F.err("task-timed-out", lambda: f"{iso()} {rid()} Task timed out after {R.choice([3, 6, 10, 15, 30, 60, 300, 900])}.{R.randint(0, 9):01d}{R.randint(0, 9)} seconds" + nl(), 9, group="function-timeout")
    F.err("requestid-error-task-timed-out", lambda: f"RequestId: {rid()} Error: Task timed out after {R.choice([3, 6, 10, 29, 30, 120])}.00 seconds" + nl(), 7, group="function-timeout")
    F.err("report-status-timeout", lambda: report_line(status="timeout", timeout_s=R.choice([3, 6, 15, 30, 60, 900])), 9, group="function-timeout")
    F.err("report-status-error-oom", lambda: report_line(status="error", etype="Runtime.OutOfMemory", oom=True), 7, group="function-out-of-memory")
    F.err("report-status-error-exit", lambda: report_line(status="error", etype="Runtime.ExitError"), 6)
    F.err("runtime-exited-signal-killed", lambda: f"RequestId: {rid()} Error: Runtime exited with error: signal: killed\nRuntime.ExitError" + nl(), 7, group="function-out-of-memory")
    F.err("runtime-exited-exit-status", lambda: f"RequestId: {rid()} Error: Runtime exited with error: exit status {R.choice([1, 1, 2, 3, 127, 134])}\nRuntime.ExitError" + nl(), 6)
    F.err("runtime-exited-without-reason", lambda: f"RequestId: {rid()} Error: Runtime exited without providing a reason\nRuntime.ExitError" + nl(), 4)
    F.err("process-exited-before-completing", lambda: f"{iso()} {rid()} Process exited before completing request" + nl(), 6)
    F.err("extension-crash", lambda: f"RequestId: {rid()} Error: exit status {R.choice([1, 2, 255])}\nExtension.Crash" + nl(), 4)
    F.err("init-report-error-unknown", lambda: f"INIT_REPORT Init Duration: {dur_ms(50, 9000):.2f} ms\tPhase: init\tStatus: error\tError Type: Runtime.Unknown" + nl(), 6)
    F.err("init-report-init-timeout", lambda: f"INIT_REPORT Init Duration: {10000 + R.uniform(0, 12):.2f} ms\tPhase: init\tStatus: timeout" + nl(), 5)
    F.err("init-report-invoke-exit", lambda: f"INIT_REPORT Init Duration: {dur_ms(200, 4000):.2f} ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ExitError" + nl(), 5)
    F.err("json-report-timeout", lambda: jreport(status="timeout", timeout=R.choice([3, 15, 30, 60])), 7, group="function-timeout")
    F.err("json-report-error-oom", lambda: jreport(status="error", etype="Runtime.OutOfMemory", oom=True), 6, group="function-out-of-memory")
    F.err("json-initreport-error", lambda: plat_json("platform.initReport", {"initializationType": "on-demand", "phase": "init",
                                                                             "status": "error", "errorType": "Runtime.ExitError",
                                                                             "metrics": {"durationMs": dur_ms(40, 5000)}}), 5)
    F.err("json-runtimedone-failure", lambda: plat_json("platform.runtimeDone", {"requestId": rid(), "status": "failure",
                                                                                 "errorType": "Runtime.ExitError",
                                                                                 "metrics": {"durationMs": dur_ms(5, 9000), "producedBytes": 0}}), 5)
    return F


# ---------------------------------------------------------------- python
NBSP = "\u00a0"


def pytb(frames, tail, style=None):
    """frames: list of (file, line, func, code). style: 'lambda' (runtime's NBSP/\\r framing) or 'plain'."""
    style = style or R.choice(["plain", "plain", "nbsp", "cr"])
    ind, ind2, sep = "  ", "    ", "\n"
    if style == "nbsp":
        ind, ind2 = NBSP * 2, NBSP * 4
    if style == "cr":
        sep = "\r"
    out = ["Traceback (most recent call last):"]
    for f, l, fn, code in frames:
        out.append(f'{ind}File "{f}", line {l}, in {fn}')
        if code:
            out.append(f"{ind2}{code}")
    out.append(tail)
    return sep.join(out)


def lpy(level, msg):
    return f"[{level}]\t{iso()}\t{rid()}\t{msg}" + nl()


def py_unhandled(head, frames, tail):
    style = R.choice(["plain", "nbsp", "cr"])
    sep = "\r" if style == "cr" else "\n"
    return f"[ERROR] {head}{sep}" + pytb(frames, "", style).rstrip("\r\n") + nl()


SITE = "/var/lang/lib/python3.12/site-packages"


def fam_python():
    F = Fam("python")
    pyver = lambda: R.choice(["3.11", "3.12", "3.13"])

    # ---- non-errors
    F.ok(lambda: lpy("INFO", f"Received event with {R.randint(1, 500)} records"), 7)
    F.ok(lambda: lpy("INFO", "Found credentials in environment variables."), 5)
    F.ok(lambda: lpy("DEBUG", f"Cache hit for key user:{R.randint(1, 99999)}"), 4)
    F.ok(lambda: lpy("WARNING", f"Retrying after error (attempt {R.randint(1, 2)}/3): {R.choice(['ReadTimeout', 'ConnectionResetError(104)', 'HTTP 503'])}"), 6)
    F.ok(lambda: lpy("INFO", f"Batch complete: 0 errors, {R.randint(1, 900)} succeeded"), 5)
    F.ok(lambda: lpy("INFO", "Response: " + jdump({"statusCode": 200, "body": jdump({"error": None, "ok": True, "id": order_id()})})), 5)
    F.ok(lambda: lpy("INFO", f"Failed login attempts: 0 for user {user()}"), 4)
    F.ok(lambda: lpy("INFO", f"validation finished for {order_id()}, errors: []"), 4)
    F.ok(lambda: f"Processing order {order_id()} for customer {email()}" + nl(), 5)
    F.ok(lambda: lpy("INFO", f"failover completed to replica {R.choice(['db-replica-b', 'db-replica-c'])} in {R.uniform(0.5, 4):.1f}s"), 3)
    F.ok(lambda: lpy("DEBUG", f"settings loaded: raise_on_error=True strict={R.choice(['False', 'True'])} retries={R.randint(1, 5)}"), 3)
    F.ok(lambda: f"[{slashts().replace('/', '-')} +0000] [{R.randint(1, 9)}] [INFO] " + R.choice(
        ["Starting gunicorn 22.0.0", f"Listening at: http://0.0.0.0:8000 ({R.randint(1, 9)})", "Using worker: sync",
         f"Booting worker with pid: {R.randint(10, 900)}"]) + nl(), 7)
    F.ok(lambda: f"INFO:     {ip()}:{port()} - \"GET {R.choice(['/health', '/healthz', '/ping'])} HTTP/1.1\" 200 OK" + nl(), 6)
    # access log line with a 500: the cause is in the ASGI exception event, the access line is not an error
    F.ok(lambda: f"INFO:     {ip()}:{port()} - \"POST /api/orders/{R.randint(1, 99999)} HTTP/1.1\" 500 Internal Server Error" + nl(), 4)
    F.ok(lambda: f"WARNING:root:Deprecated config key '{R.choice(['timeout', 'pool', 'retries'])}' used; please migrate" + nl(), 3)
    F.ok(lambda: f"{pyts()} INFO [app.health] Health check OK: db=up cache=up errors=0" + nl(), 4)
    F.ok(lambda: f"[{pyts()}: INFO/ForkPoolWorker-{R.randint(1, 8)}] Task orders.tasks.sync_inventory[{rid()}] succeeded in {R.uniform(0.01, 9):.3f}s: None" + nl(), 4)
    F.ok(lambda: f"[{pyts()}: INFO/ForkPoolWorker-{R.randint(1, 8)}] Task orders.tasks.send_receipt[{rid()}] retry: Retry in {R.choice([5, 10, 30])}s: ConnectionError('Error 111 connecting to {cachehost()}:6379. Connection refused.')" + nl(), 4)
    F.ok(lambda: f"{pyts()} - app.worker - INFO - Processed {R.randint(1, 400)} messages from {queue()} (0 failed)" + nl(), 4)
    F.ok(lambda: f"{pyts()} - app.worker - WARNING - Slow query took {R.randint(1000, 9000)} ms: SELECT * FROM {table().replace('-', '_')} WHERE id = $1" + nl(), 3)

    # handled, expected exceptions logged below ERROR: not errors even with a traceback
    F.ok(lambda: lpy("WARNING", f"Could not parse optional header X-Client-Version, using default\n" + pytb(
        [("/var/task/middleware.py", ln(33), "client_version", "return Version(headers.get('x-client-version', ''))")],
        f"ValueError: invalid version string '{R.choice(['', 'beta', '2.x', 'latest'])}'", "plain")), 5)
    F.ok(lambda: lpy("INFO", f"Handled ValidationException for order {order_id()}, returning 400"), 5)
    F.ok(lambda: lpy("DEBUG", f"Ignoring expected ConditionalCheckFailedException for idempotency key {hexs(16)}"), 4)
    F.ok(lambda: lpy("INFO", f"Checked fatal-alerts rule for tenant {R.choice(['acme', 'globex', 'initech'])}: 0 matches"), 3)
    F.ok(lambda: f"{pyts()} - app.reports - INFO - Report {rid()} generated: {R.randint(1, 900)} rows, 0 exceptions" + nl(), 4)

    # ---- errors
    F.err("pymysql-cant-connect", lambda: f"{pyts()} ERROR [app.mysql] Could not open connection\n" + pytb(
        [("/app/app/mysql.py", ln(29), "get_conn", "return pymysql.connect(host=cfg.host, user=cfg.user, password=cfg.password, db=cfg.db)"),
         ("/usr/local/lib/python3.12/site-packages/pymysql/connections.py", 716, "connect", "raise exc")],
        f"pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on '{dbhost()}' ([Errno 111] Connection refused)\")", "plain") + nl(), 5)
    F.err("payment-declined-logged", lambda: lpy("ERROR", f"Payment declined by processor for order {order_id()} (amount {R.uniform(1, 900):.2f} {R.choice(['EUR', 'USD', 'GBP'])})"), 6)
    F.err("handler-keyerror-body", lambda: py_unhandled(
        "KeyError: 'body'",
        [("/var/task/app.py", ln(23), "lambda_handler", 'payload = json.loads(event["body"])')], ""), 8)
    # same exception, same message, same function name, but another module: a different call site
    F.err("webhook-handler-keyerror-body", lambda: py_unhandled(
        "KeyError: 'body'",
        [("/var/task/webhook.py", ln(12), "lambda_handler", 'signature = verify(event["headers"], event["body"])')], ""), 6)
    F.err("parse-line-item-keyerror-sku", lambda: py_unhandled(
        "KeyError: 'sku'",
        [("/var/task/app.py", ln(31), "lambda_handler", "items = [parse_line_item(i) for i in payload['items']]"),
         ("/var/task/app.py", ln(31), "<listcomp>", "items = [parse_line_item(i) for i in payload['items']]"),
         ("/var/task/orders/parse.py", ln(12), "parse_line_item", 'return LineItem(sku=raw["sku"], qty=int(raw["qty"]))')], ""), 7)
    F.err("import-module-error", lambda: f"[ERROR] Runtime.ImportModuleError: Unable to import module '{R.choice(['app', 'lambda_function', 'handler', 'main'])}': No module named '{R.choice(['requests', 'yaml', 'psycopg2', 'pydantic_core._pydantic_core', 'jwt'])}'\nTraceback (most recent call last):" + nl(), 8)
    F.err("handler-not-found", lambda: f"[ERROR] Runtime.HandlerNotFound: Handler '{R.choice(['lambda_handler', 'handler', 'main'])}' missing on module '{R.choice(['app', 'lambda_function', 'src.handler'])}'\nTraceback (most recent call last):" + nl(), 5)
    F.err("failed-process-sqs-message", lambda: lpy("ERROR", f"Failed to process SQS message {msg_id()} from queue {queue()}"), 8)
    F.err("failed-connect-database", lambda: lpy("ERROR", f"Failed to connect to database host={dbhost()} port={R.choice([5432, 5432, 3306, 6432])}"), 7)
    F.err("failed-connect-cache", lambda: lpy("ERROR", f"Failed to connect to cache host={cachehost()} port={R.choice([6379, 6380])}"), 6)
    F.err("error-processing-order-valueerror", lambda: lpy("ERROR", f"Error processing order {order_id()}\n" + pytb(
        [("/var/task/handlers/orders.py", ln(88), "process", "qty = int(line['quantity'])")],
        f"ValueError: invalid literal for int() with base 10: '{R.choice(['abc', 'two', '1.5', '', 'N/A', '3x'])}'", "plain")), 7)
    F.err("handler-jsondecodeerror", lambda: py_unhandled(
        f"JSONDecodeError: Expecting value: line {R.randint(1, 3)} column {R.randint(1, 80)} (char {R.randint(0, 400)})",
        [("/var/task/app.py", ln(19), "lambda_handler", "body = json.loads(event['body'])"),
         (f"/var/lang/lib/python{pyver()}/json/__init__.py", ln(346), "loads", "return _default_decoder.decode(s)"),
         (f"/var/lang/lib/python{pyver()}/json/decoder.py", ln(337), "decode", "obj, end = self.raw_decode(s, idx=_w(s, 0).end())"),
         (f"/var/lang/lib/python{pyver()}/json/decoder.py", ln(355), "raw_decode", "raise JSONDecodeError(\"Expecting value\", s, err.value) from None")], ""), 6)
    F.err("psycopg2-operationalerror", lambda: f"{pyts()} ERROR [app.db] Database connection failed\n" + pytb(
        [("/app/app/db.py", ln(41), "connect", "return psycopg2.connect(dsn, connect_timeout=5)"),
         ("/usr/local/lib/python3.12/site-packages/psycopg2/__init__.py", 122, "connect", "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)")],
        f'psycopg2.OperationalError: connection to server at "{dbhost()}" ({ip()}), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?', "plain") + nl(), 6)
    F.err("gunicorn-worker-timeout", lambda: f"[{slashts().replace('/', '-')} +0000] [{R.randint(1, 9)}] [CRITICAL] WORKER TIMEOUT (pid:{R.randint(10, 9000)})" + nl(), 7)
    F.err("gunicorn-worker-sigkill", lambda: f"[{slashts().replace('/', '-')} +0000] [{R.randint(1, 9)}] [ERROR] Worker (pid:{R.randint(10, 9000)}) was sent SIGKILL! Perhaps out of memory?" + nl(), 6)
    F.err("django-order-doesnotexist", lambda: f"Internal Server Error: /api/orders/{R.randint(1, 999999)}/\n" + pytb(
        [("/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)"),
         ("/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py", 197, "_get_response", "response = wrapped_callback(request, *callback_args, **callback_kwargs)"),
         ("/app/orders/views.py", ln(64), "order_detail", "order = Order.objects.get(pk=pk, tenant=request.tenant)"),
         ("/usr/local/lib/python3.12/site-packages/django/db/models/query.py", 649, "get", "raise self.model.DoesNotExist(")],
        "orders.models.Order.DoesNotExist: Order matching query does not exist.", "plain") + nl(), 6)
    F.err("celery-sync-inventory-raised", lambda: f"[{pyts()}: ERROR/ForkPoolWorker-{R.randint(1, 16)}] Task orders.tasks.sync_inventory[{rid()}] raised unexpected: ConnectionError('Error 111 connecting to {cachehost()}:6379. Connection refused.')\n" + pytb(
        [("/usr/local/lib/python3.12/site-packages/celery/app/trace.py", 453, "trace_task", "R = retval = fun(*args, **kwargs)"),
         ("/app/orders/tasks.py", ln(77), "sync_inventory", "stock = cache.hgetall(f'stock:{warehouse_id}')")],
        "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused.", "plain") + nl(), 6)
    F.err("missing-required-setting", lambda: f"CRITICAL:app.config:Missing required setting {R.choice(['DATABASE_URL', 'STRIPE_API_KEY', 'JWT_SECRET', 'QUEUE_URL'])}" + nl(), 5)
    F.err("get-customer-nonetype", lambda: py_unhandled(
        "TypeError: 'NoneType' object is not subscriptable",
        [("/var/task/app.py", ln(44), "lambda_handler", "customer = get_customer(body['customerId'])"),
         ("/var/task/customers/repo.py", ln(27), "get_customer", "return Customer(**resp['Item'])")], ""), 7)
    F.err("asgi-exception-connecttimeout", lambda: "ERROR:    Exception in ASGI application\n" + pytb(
        [("/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/h11_impl.py", 408, "run_asgi", "result = await app(  # type: ignore[func-returns-value]"),
         ("/app/api/routes/quotes.py", ln(58), "get_quote", "resp = await client.get(f\"{PRICING_URL}/v2/quotes\", params=params)"),
         ("/usr/local/lib/python3.12/site-packages/httpx/_transports/default.py", 118, "map_httpcore_exceptions", "raise mapped_exc(message) from exc")],
        "httpx.ConnectTimeout: timed out", "plain") + nl(), 6)
    F.err("sync-tenant-failed", lambda: f"{pyts()} - app.sync - ERROR - Sync of tenant {R.choice(['acme', 'globex', 'initech', 'umbrella', 'hooli'])} failed after {R.randint(2, 5)} retries" + nl(), 6)
    return F


# ---------------------------------------------------------------- node
def lnode(level, msg, req=True):
    return f"{iso()}\t{rid() if req else 'undefined'}\t{level}\t{msg}" + nl()


def node_err_json(etype, emsg, stack, extra=None, kind="Invoke Error"):
    o = {"errorType": etype, "errorMessage": emsg}
    if extra:
        o.update(extra)
    o["stack"] = [f"{etype}: {emsg}"] + [f"    at {s}" for s in stack]
    return f"{kind} \t{jdump(o)}"


def fam_node():
    F = Fam("node")
    rtl = lambda: f"file:///var/runtime/index.mjs:{R.choice([1173, 1206, 1276, 1296])}:{R.randint(10, 40)}"

    # ---- non-errors
    F.ok(lambda: lnode("INFO", f"Processing {R.randint(1, 500)} records from stream"), 7)
    # console.log of a pretty-printed event: multi-line, mentions errors, but it is data
    F.ok(lambda: lnode("INFO", "EVENT\n" + json.dumps({"source": "aws.states", "detail-type": "Step Functions Execution Status Change",
                                                       "detail": {"status": R.choice(["FAILED", "TIMED_OUT", "SUCCEEDED"]), "error": R.choice([None, "States.TaskFailed"]),
                                                                  "executionArn": f"arn:aws:states:{region()}:{acct()}:execution:{R.choice(['checkout', 'refunds'])}:{rid()}"}}, indent=2)), 5)
    F.ok(lambda: lnode("INFO", f"Order {order_id()} created for {email()}"), 6)
    F.ok(lambda: lnode("WARN", f"Retrying request after error (attempt {R.randint(1, 4)}/5): {R.choice(['ECONNRESET', 'socket hang up', 'ETIMEDOUT'])}"), 6)
    F.ok(lambda: lnode("DEBUG", f"cache miss for tenant {R.choice(['acme', 'globex', 'initech'])} key={hexs(10)}"), 4)
    F.ok(lambda: lnode("INFO", jdump({"errors": [], "processed": R.randint(1, 90)})), 4)
    F.ok(lambda: lnode("INFO", f"batch summary error_count=0 ok={R.randint(1, 900)}"), 4)
    F.ok(lambda: lnode("INFO", f"Received webhook event type=payment.error id=evt_{alnum(16)}"), 4)
    F.ok(lambda: f"({'node'}:{R.randint(1, 40)}) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)" + nl(), 4)
    F.ok(lambda: f"{ip()} - - [{clfts()}] \"GET /health HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\"" + nl(), 5)
    F.ok(lambda: f"{R.choice(['GET', 'POST', 'PUT'])} /api/orders/{R.randint(1, 99999)} {R.choice([200, 201, 204, 404, 500, 502])} {R.uniform(1, 900):.3f} ms - {R.randint(2, 4000)}" + nl(), 7)
    F.ok(lambda: f"[Nest] {R.randint(1, 40)}  - {dt().strftime('%m/%d/%Y, %I:%M:%S %p')}     LOG [{R.choice(['NestApplication', 'RoutesResolver', 'InstanceLoader'])}] {R.choice(['Nest application successfully started', 'OrdersController {/orders}:', 'AppModule dependencies initialized'])} +{R.randint(0, 40)}ms" + nl(), 5)
    F.ok(lambda: f"Server listening on port {R.choice([3000, 8080, 4000])}" + nl(), 3)
    F.ok(lambda: lnode("INFO", f"SQS batch of {R.randint(1, 10)} handled in {R.randint(5, 900)} ms, batchItemFailures=[]"), 5)
    F.ok(lambda: lnode("INFO", f"User {user()} logged in from {pubip()}"), 5)
    F.ok(lambda: lnode("WARN", f"Validation failed for field 'email' (value {R.choice(['none', 'bob@', 'x'])!r}), returning 400"), 5)
    F.ok(lambda: lnode("INFO", f"Error page rendered for /{R.choice(['checkout', 'cart', 'account'])} (status 404)"), 3)
    F.ok(lambda: f"[Nest] {R.randint(1, 40)}  - {dt().strftime('%m/%d/%Y, %I:%M:%S %p')}    WARN [{R.choice(['OrdersService', 'CacheService'])}] {R.choice(['Cache unavailable, falling back to database', 'Deprecated query param used: errorFormat'])}" + nl(), 4)
    F.ok(lambda: lnode("INFO", f"Retry succeeded for {R.choice(['GET', 'POST'])} https://{hostname_web()}/v1/items after 1 error"), 3)
    F.ok(lambda: f"{iso()}\t{rid()}\tINFO\tRequest completed {jdump({'statusCode': 200, 'error': None, 'durationMs': R.randint(1, 900)})}" + nl(), 4)

    # ---- errors
    F.err("invoke-typeerror-handler-id", lambda: lnode("ERROR", node_err_json(
        "TypeError", "Cannot read properties of undefined (reading 'id')",
        [f"Runtime.handler (file:///var/task/index.mjs:{ln(14)}:{R.choice([32, 32, 33])})", f"Runtime.handleOnceNonStreaming ({rtl()})"])), 8)
    F.err("invoke-typeerror-enrichcustomer-id", lambda: lnode("ERROR", node_err_json(
        "TypeError", "Cannot read properties of undefined (reading 'id')",
        [f"enrichCustomer (file:///var/task/lib/customers.mjs:{ln(57)}:41)", f"async Promise.all (index {R.randint(0, 9)})",
         f"async Runtime.handler (file:///var/task/index.mjs:{ln(30)}:21)"])), 6)
    F.err("invoke-typeerror-maplineitems", lambda: lnode("ERROR", node_err_json(
        "TypeError", "Cannot read properties of null (reading 'map')",
        [f"mapLineItems (/var/task/lib/orders.js:{ln(41)}:27)", f"buildOrder (/var/task/lib/orders.js:{ln(63)}:18)",
         f"Runtime.handler (/var/task/index.js:{ln(22)}:19)", f"Runtime.handleOnceNonStreaming ({rtl()})"])), 7)
    F.err("uncaught-import-module", lambda: lnode("ERROR", node_err_json(
        "Runtime.ImportModuleError", f"Error: Cannot find module '{R.choice(['aws-sdk', 'axios', 'uuid', '@aws-sdk/client-dynamodb', './lib/config'])}'\nRequire stack:\n- /var/task/{R.choice(['index.js', 'handler.js', 'dist/index.js'])}\n- /var/runtime/index.mjs",
        [f"_loadUserApp ({rtl()})", f"async UserFunction.js.module.exports.load ({rtl()})", f"async start ({rtl()})"], kind="Uncaught Exception"), req=False), 7)
    F.err("handler-not-found", lambda: lnode("ERROR", node_err_json(
        "Runtime.HandlerNotFound", f"{R.choice(['index', 'app', 'dist/handler'])}.{R.choice(['handler', 'main', 'lambdaHandler'])} is undefined or not exported",
        [f"UserFunction.js.module.exports.load ({rtl()})", f"async start ({rtl()})", f"async file:///var/runtime/index.mjs:{R.choice([1343, 1420])}:23"], kind="Uncaught Exception"), req=False), 5)
    F.err("unhandled-rejection-econnrefused", lambda: lnode("ERROR", "Unhandled Promise Rejection \t" + jdump({
        "errorType": "Runtime.UnhandledPromiseRejection",
        "errorMessage": f"Error: connect ECONNREFUSED {ip()}:{R.choice([5432, 5432, 6379, 3306])}",
        "reason": {"errorType": "Error", "errorMessage": "connect ECONNREFUSED", "code": "ECONNREFUSED"},
        "promise": {},
        "stack": [f"Runtime.UnhandledPromiseRejection: Error: connect ECONNREFUSED {ip()}:5432",
                  f"    at process.<anonymous> ({rtl()})", f"    at process.emit (node:events:{R.choice([517, 519, 524])}:28)"]})), 6)
    F.err("failed-send-receipt-email", lambda: lnode("ERROR", f"Failed to send receipt email {email()} MessageRejected: Email address is not verified. The following identities failed the check in region {region().upper()}: {email()}"), 6)
    F.err("invoke-axios-timeout", lambda: lnode("ERROR", node_err_json(
        "AxiosError", f"timeout of {R.choice([3000, 5000, 10000])}ms exceeded",
        [f"RedirectableRequest.handleRequestTimeout (/var/task/node_modules/axios/dist/node/axios.cjs:{ln(3162)}:16)",
         "RedirectableRequest.emit (node:events:519:28)", "Timeout.<anonymous> (/var/task/node_modules/follow-redirects/index.js:221:12)",
         "listOnTimeout (node:internal/timers:581:17)"], extra={"code": "ECONNABORTED"})), 6)
    F.err("eaddrinuse-crash", lambda: f"node:events:{R.choice([495, 497, 502])}\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRINUSE: address already in use :::{R.choice([3000, 8080])}\n    at Server.setupListenHandle [as _listen2] (node:net:{R.choice([1872, 1897, 1908])}:16)\n    at listenInCluster (node:net:{R.choice([1920, 1945])}:12)\n    at Server.listen (node:net:{R.choice([2008, 2037])}:7)\n    at Object.<anonymous> (/app/dist/server.js:{ln(48)}:8)\nEmitted 'error' event on Server instance at:\n    at emitErrorNT (node:net:{R.choice([1851, 1924])}:8) {{\n  code: 'EADDRINUSE',\n  errno: -98,\n  syscall: 'listen',\n  address: '::',\n  port: 3000\n}}" + nl(), 4)
    F.err("heap-out-of-memory", lambda: f"\n<--- Last few GCs --->\n\n[{R.randint(1, 40)}:0x{hexs(7)}]   {R.randint(20000, 900000)} ms: Mark-Compact {R.uniform(1900, 2100):.1f} ({R.uniform(2000, 2200):.1f}) -> {R.uniform(1900, 2100):.1f} ({R.uniform(2000, 2200):.1f}) MB, {R.uniform(500, 2000):.1f} / 0.0 ms  (average mu = {R.uniform(0.05, 0.3):.3f}, current mu = {R.uniform(0.01, 0.2):.3f}) allocation failure; scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" + nl(), 5)
    F.err("getaddrinfo-enotfound", lambda: (lambda h: f"Error: getaddrinfo ENOTFOUND {h}\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:{R.choice([107, 109, 120])}:26) {{\n  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: '{h}'\n}}")(R.choice(['payments.internal.example', 'api.partner.example', 'search.svc.local', 'ledger.internal'])) + nl(), 6)
    F.err("pg-unique-violation", lambda: (lambda c, e: f"error: duplicate key value violates unique constraint \"{c}\"\n    at Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:{R.choice([283, 287])}:98)\n    at Parser.handlePacket (/app/node_modules/pg-protocol/dist/parser.js:{R.choice([122, 126])}:29)\n    at async UsersRepository.create (/app/dist/users/users.repository.js:{ln(34)}:21) {{\n  length: {R.randint(180, 260)},\n  severity: 'ERROR',\n  code: '23505',\n  detail: 'Key (email)=({e}) already exists.',\n  schema: 'public',\n  table: 'users',\n  constraint: '{c}'\n}}")(R.choice(['users_email_key', 'users_email_unique']), email()) + nl(), 6)
    F.err("unhandled-rejection-redis-crash", lambda: f"node:internal/process/promises:{R.choice([288, 289, 391])}\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n\nError: Redis connection to {cachehost()}:6379 failed - connect ECONNREFUSED {ip()}:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:{R.choice([1555, 1595, 1611])}:16)" + nl(), 5)
    F.err("nest-orders-findall-typeerror", lambda: f"[Nest] {R.randint(1, 40)}  - {dt().strftime('%m/%d/%Y, %I:%M:%S %p')}   ERROR [ExceptionsHandler] Cannot read properties of undefined (reading 'tenantId')\nTypeError: Cannot read properties of undefined (reading 'tenantId')\n    at OrdersService.findAll (/app/dist/orders/orders.service.js:{ln(31)}:45)\n    at OrdersController.list (/app/dist/orders/orders.controller.js:{ln(22)}:35)\n    at /app/node_modules/@nestjs/core/router/router-execution-context.js:38:29" + nl(), 6)
    F.err("uncaught-syntax-error", lambda: lnode("ERROR", node_err_json(
        "Runtime.UserCodeSyntaxError", f"SyntaxError: Unexpected token '{R.choice(['}', ')', 'export', 'await', ':'])}'",
        [f"_loadUserApp ({rtl()})", f"async UserFunction.js.module.exports.load ({rtl()})"], kind="Uncaught Exception"), req=False), 4)
    return F
