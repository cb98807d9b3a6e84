"""Families: go-lambda-al2023-bootstrap, nestjs-winston-typeorm-ecs."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, pick, jd, epoch, epoch_ms, port, trace_id,
                    build, jat, lambda_report, lambda_start, lambda_end, init_start, clock12)

ACCT = "111122223333"

# ---------------------------------------------------------------- go-lambda-al2023-bootstrap
# Go 1.23 functions built as `bootstrap` for provided.al2023 (aws-lambda-go): ingest-webhook and
# geo-enricher log with log/slog's JSON handler, audit-archiver with the text handler, report-builder
# with the standard `log` package (LstdFlags|Lshortfile); platform lines in the text format.
F3 = "go-lambda-al2023-bootstrap"


def gots(R):
    return "2028-01-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 6))


def sj(R, level, msg, **kw):
    d = {"time": gots(R), "level": level, "msg": msg}
    d.update(kw)
    return json.dumps(d, separators=(",", ":"))


def st(R, level, msg, **kw):
    parts = ["time=%s" % gots(R), "level=%s" % level, "msg=%s" % (json.dumps(msg) if " " in msg else msg)]
    for k, v in kw.items():
        v = str(v)
        parts.append("%s=%s" % (k, json.dumps(v) if (" " in v or '"' in v or "=" in v) else v))
    return " ".join(parts)


def golog(R, file, msg):
    return "2028/01/%02d %s %s: %s" % (day(R), hms(R), file, msg)


def awsreq(R):
    return uuid(R)


def exit_err(R, status):
    return "RequestId: %s Error: Runtime exited with error: %s\nRuntime.ExitError" % (uuid(R), status)


def f3_panic(R):
    v = R.random()
    pc = hexs(R, 6)
    if v < 0.5:
        return ("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%s]\n\n"
                "goroutine %d [running]:\nmain.(*handler).toEvent(0xc000%s, 0xc000%s)\n\t/src/cmd/ingest-webhook/event.go:%d +0x%x\n"
                "main.(*handler).Handle(0xc000%s, {0x%s, 0xc000%s}, {{0xc000%s, 0x%x}})\n\t/src/cmd/ingest-webhook/main.go:%d +0x%x\n"
                "github.com/aws/aws-lambda-go/lambda.(*handlerOptions).Invoke(...)") % (
            pick(R, [0x10, 0x18, 0x18]), pc, R.randint(1, 40), hexs(R, 6), hexs(R, 6), pick(R, [57, 57, 58]), R.randint(16, 400), hexs(R, 6), hexs(R, 6), hexs(R, 6), hexs(R, 6), R.randint(16, 90), pick(R, [88, 88, 91]), R.randint(16, 400))
    if v < 0.75:
        return exit_err(R, "exit status 2")
    return sj(R, "ERROR", "recovered panic in handler", err="runtime error: invalid memory address or nil pointer dereference", source=pick(R, ["stripe", "shopify", "github"]), delivery=uuid(R))


def f3_ssm(R):
    v = R.random()
    e = "operation error SSM: GetParameter, https response error StatusCode: 400, RequestID: %s, ParameterNotFound: " % uuid(R)
    if v < 0.45:
        return golog(R, "main.go:%d" % pick(R, [41, 41, 43]), "load config: /prod/ingest-webhook/signing-secret: %s" % e)
    if v < 0.75:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.ExitError" % R.uniform(40, 260)
    return exit_err(R, "exit status 1")


def f3_sqs_batch(R):
    e = "operation error SQS: SendMessageBatch, https response error StatusCode: 400, RequestID: %s, BatchRequestTooLong: Batch requests cannot be longer than 262144 bytes. You have sent %d bytes." % (uuid(R), R.randint(262145, 900000))
    return sj(R, "ERROR", "forward to queue failed", err=e, queue="ingest-events", records=R.randint(3, 10), requestId=uuid(R))


def f3_s3_denied(R):
    e = "operation error S3: GetObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error AccessDenied: Access Denied" % (alnum(R, 16).upper(), alnum(R, 76))
    if R.random() < 0.7:
        return sj(R, "ERROR", "load geo database", err=e, bucket="geo-reference-%s" % ACCT, key="maxmind/GeoLite2-City-2028-01-%02d.mmdb" % day(R))
    return sj(R, "ERROR", "enrich batch failed", err="geo db not loaded: " + e, records=R.randint(1, 100))


def f3_geo_timeout(R):
    v = R.random()
    if v < 0.35:
        return sj(R, "ERROR", "partner lookup failed", err='Post "https://geo.partner.example.com/v2/lookup": context deadline exceeded', ip="%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), attempts=3)
    if v < 0.7:
        return "%s %s Task timed out after %.2f seconds" % ("2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), uuid(R), 30 + R.random() * 0.05)
    return lambda_report(R, mem=256, status="timeout", dur=30000 + R.uniform(0, 70))


def f3_ddb_schema(R):
    e = "operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: %s, api error ValidationException: One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N" % alnum(R, 52).upper()
    return sj(R, "ERROR", "store enrichment", err=e, table="geo-enrichment", pk=R.randint(100000, 999999))


def f3_firehose(R):
    e = "operation error Firehose: PutRecordBatch, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, ServiceUnavailableException: Slow down." % uuid(R)
    return st(R, "ERROR", "archive batch failed", err=e, stream="audit-archive", records=R.randint(100, 500))


def f3_unmarshal(R):
    return st(R, "ERROR", "decode event", err="json: cannot unmarshal number into Go struct field AuditEvent.detail.actor.id of type string", source="aws.events", id=uuid(R), detailType=pick(R, ["UserUpdated", "RoleAssigned", "LoginSucceeded"]))


def f3_oom(R):
    v = R.random()
    if v < 0.35:
        return "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x%s?, 0x%s?})\n\t/usr/local/go/src/runtime/panic.go:1067 +0x48\nruntime.sysMapOS(0xc0%s, 0x%x)\n\t/usr/local/go/src/runtime/mem_linux.go:167 +0x115\n\ngoroutine %d [running]:\nbytes.growSlice(0xc0%s, 0x%x)\n\t/usr/local/go/src/bytes/buffer.go:249 +0x8f\nmain.(*archiver).gzipAll(...)\n\t/src/cmd/audit-archiver/archive.go:%d" % (
            hexs(R, 6), hexs(R, 6), hexs(R, 8), R.randint(0x4000000, 0x8000000), R.randint(1, 30), hexs(R, 8), R.randint(0x1000000, 0x9000000), pick(R, [73, 73, 74]))
    if v < 0.6:
        return exit_err(R, "signal: killed")
    return lambda_report(R, mem=512, status="error", used=512, dur=R.uniform(4000, 60000))


def f3_jwks(R):
    return st(R, "ERROR", "jwks refresh failed", err='Get "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34E/.well-known/jwks.json": dial tcp %s:443: i/o timeout' % ".".join(str(R.randint(3, 250)) for _ in range(4)), cached_keys=0, requestId=uuid(R)) if R.random() < 0.6 else \
        st(R, "ERROR", "deny: cannot verify token", err="jwks: no keys loaded", route=pick(R, ["GET /orders", "POST /orders", "GET /account"]), requestId=uuid(R))


def f3_exec_format(R):
    v = R.random()
    if v < 0.5:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.InvalidEntrypoint" % R.uniform(0.3, 4)
    return "RequestId: %s Error: fork/exec /var/task/bootstrap: exec format error\nRuntime.InvalidEntrypoint" % uuid(R)


def f3_pgx(R):
    e = 'failed to connect to `user=report_ro database=reports`: %s:5432 (reports.cluster-ro-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com): server error: FATAL: PAM authentication failed for user "report_ro" (SQLSTATE 28000)' % ip10(R)
    return golog(R, "db.go:%d" % pick(R, [34, 34]), "connect: " + e) if R.random() < 0.5 else golog(R, "main.go:%d" % 77, "report %s failed: %s" % (pick(R, ["daily-sales", "refunds", "churn", "inventory-aging"]), e))


def f3_neg(R):
    v = R.random()
    if v < 0.14:
        return lambda_start(R, "$LATEST")
    if v < 0.26:
        return lambda_end(R)
    if v < 0.42:
        return lambda_report(R, mem=pick(R, [128, 256, 512]), init=R.random() < 0.2, dur=R.uniform(1, 900))
    if v < 0.48:
        return init_start(R, "provided:al2023.v%d" % R.randint(70, 90))
    if v < 0.56:
        return sj(R, "INFO", "webhook accepted", source=pick(R, ["stripe", "github", "shopify"]), delivery=uuid(R), forwarded=R.randint(1, 10), failed=0)
    if v < 0.63:
        return sj(R, "WARN", "partner lookup slow, retrying", attempt=R.randint(1, 2), elapsed_ms=R.randint(800, 4000))
    if v < 0.7:
        return st(R, "INFO", "archived batch", records=R.randint(100, 500), bytes=R.randint(10000, 900000), errors=0)
    if v < 0.76:
        return st(R, "DEBUG", "token ok", sub=uuid(R), route="GET /orders", cache="hit")
    if v < 0.82:
        return golog(R, "main.go:%d" % R.randint(60, 70), "report %s written to s3://reports-%s/%s.csv (%d rows)" % (pick(R, ["daily-sales", "refunds"]), ACCT, uuid(R)[:8], R.randint(10, 90000)))
    if v < 0.88:
        return "EXTENSION\tName: AWSParametersAndSecretsLambdaExtension\tState: Ready\tEvents: [INVOKE, SHUTDOWN]" if R.random() < 0.3 else st(R, "WARN", "deny: token expired", route="GET /account", sub=uuid(R))
    if v < 0.94:
        return sj(R, "INFO", "enriched", records=R.randint(1, 100), misses=R.randint(0, 4), err=None)
    return golog(R, "main.go:%d" % R.randint(30, 40), "cold start: config loaded in %dms" % R.randint(4, 90))


FAM3 = (F3, [("ingest-webhook-nil-pointer-panic", f3_panic), ("ingest-webhook-signing-secret-param-missing", f3_ssm),
             ("ingest-webhook-sqs-batch-too-long", f3_sqs_batch), ("geo-enricher-reference-bucket-denied", f3_s3_denied),
             ("geo-enricher-partner-timeout", f3_geo_timeout), ("geo-enricher-key-type-mismatch", f3_ddb_schema),
             ("audit-archiver-firehose-slow-down", f3_firehose), ("audit-archiver-actor-id-number", f3_unmarshal),
             ("audit-archiver-out-of-memory", f3_oom), ("token-authorizer-jwks-no-egress", f3_jwks),
             ("report-builder-arm64-binary-on-x86", f3_exec_format), ("report-builder-rds-iam-auth-failed", f3_pgx)],
        [f3_neg, f3_neg, f3_neg])


# ---------------------------------------------------------------- nestjs-winston-typeorm-ecs
# Node.js 20 services on ECS: orders-api (NestJS 10 + nest-winston JSON, TypeORM 0.3 on Postgres,
# ioredis, axios, AWS SDK v3) and notifications (Express 4 + winston JSON, Prisma 5). Nest's own
# bootstrap lines use the default ConsoleLogger text before winston takes over; Node's own fatal
# output (unhandled rejections) goes to stderr as text.
F4 = "nestjs-winston-typeorm-ecs"


def wts(R):
    return "2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def w(R, level, msg, **kw):
    d = {"level": level, "message": msg}
    d.update(kw)
    d["timestamp"] = wts(R)
    return json.dumps(d, separators=(",", ":"))


def nest(R, level, ctx, msg):
    return "[Nest] 1  - %s %7s [%s] %s" % (clock12(R), level, ctx, msg)


def stack(first, frames):
    return first + "".join("\n    at " + f for f in frames)


def oid(R):
    return "ord_" + alnum(R, 14)


def f4_column(R):
    e = stack("QueryFailedError: column Order.promo_code does not exist", ["PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)",
                                                                           "async SelectQueryBuilder.loadRawResults (/app/node_modules/typeorm/query-builder/SelectQueryBuilder.js:2232:25)",
                                                                           "async OrdersService.findOne (/app/dist/orders/orders.service.js:%d:23)" % pick(R, [48, 48, 51])])
    if R.random() < 0.6:
        return w(R, "error", "column Order.promo_code does not exist", context="ExceptionsHandler", stack=[e], requestId=uuid(R), path="/orders/%s" % oid(R))
    return w(R, "error", "GET /orders/%s 500 %dms" % (oid(R), R.randint(4, 60)), context="HTTP", err="QueryFailedError: column Order.promo_code does not exist")


def f4_pool(R):
    e = stack("Error: timeout exceeded when trying to connect", ["Timeout._onTimeout (/app/node_modules/pg-pool/index.js:%d:27)" % 45, "listOnTimeout (node:internal/timers:581:17)", "process.processTimers (node:internal/timers:519:7)"])
    v = R.random()
    if v < 0.5:
        return w(R, "error", "timeout exceeded when trying to connect", context="ExceptionsHandler", stack=[e], requestId=uuid(R), path=pick(R, ["/orders", "/orders/%s" % oid(R), "/orders/%s/items" % oid(R)]))
    if v < 0.75:
        return w(R, "error", "%s %s 500 %dms" % (pick(R, ["GET", "POST"]), pick(R, ["/orders", "/orders/%s" % oid(R)]), R.randint(30000, 30400)), context="HTTP", err="Error: timeout exceeded when trying to connect")
    return w(R, "error", "pg pool exhausted", context="TypeOrmHealth", totalCount=10, idleCount=0, waitingCount=R.randint(5, 80))


def f4_payments(R):
    v = R.random()
    if v < 0.55:
        return w(R, "error", "payment capture failed after 3 attempts", context="PaymentsClient", orderId=oid(R), err={"name": "AxiosError", "message": "Request failed with status code 503", "code": "ERR_BAD_RESPONSE", "status": 503, "url": "http://payments.internal:8080/v1/captures"})
    return w(R, "error", "POST /orders/%s/checkout 502 %dms" % (oid(R), R.randint(900, 4000)), context="HTTP", err="AxiosError: Request failed with status code 503")


def f4_redis(R):
    ip = "10.0.%d.%d" % (R.randint(40, 47), R.randint(10, 250))
    v = R.random()
    if v < 0.4:
        return "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)" % ip
    if v < 0.7:
        return ("node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n\n"
                "Error: connect ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '%s',\n  port: 6379\n}\n\nNode.js v20.%d.%d") % (ip, ip, R.randint(10, 18), R.randint(0, 3))
    return w(R, "error", "idempotency lock failed: connect ECONNREFUSED %s:6379" % ip, context="IdempotencyInterceptor", requestId=uuid(R))


def f4_di(R):
    v = R.random()
    m = 'Nest can\'t resolve dependencies of the InvoiceService (?, ConfigService). Please make sure that the argument "S3Client" at index [0] is available in the InvoiceModule context.'
    if v < 0.6:
        return nest(R, "ERROR", "ExceptionHandler", m + "\n\nPotential solutions:\n- Is InvoiceModule a valid NestJS module?\n- If \"S3Client\" is a provider, is it part of the current InvoiceModule?\n- If \"S3Client\" is exported from a separate @Module, is that module imported within InvoiceModule?\n  @Module({\n    imports: [ /* the Module containing \"S3Client\" */ ]\n  })\n") + "\nError: " + m.split(" Please")[0] + "\n    at Injector.lookupComponentInParentModules (/app/node_modules/@nestjs/core/injector/injector.js:%d:19)" % R.randint(254, 262)
    return w(R, "error", "bootstrap failed, exiting with code 1", context="Main", err="UnknownDependenciesException", task=hexs(R, 32))


def f4_sqs(R):
    return w(R, "error", "failed to emit OrderPlaced", context="OrderEvents", orderId=oid(R), err={"name": "AccessDenied", "message": "User: arn:aws:sts::%s:assumed-role/orders-api-task-role/%s is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:us-east-1:%s:order-events because no identity-based policy allows the sqs:sendmessage action" % (ACCT, hexs(R, 32), ACCT),
                                                                                                       "$fault": "client", "$metadata": {"httpStatusCode": 403, "requestId": uuid(R), "attempts": 1, "totalRetryDelay": 0}})


def f4_typeerror(R):
    e = stack("TypeError: Cannot read properties of undefined (reading 'currency')", ["OrdersService.total (/app/dist/orders/orders.service.js:%d:44)" % pick(R, [112, 112, 113]), "OrdersService.quote (/app/dist/orders/orders.service.js:88:27)", "async OrdersController.quote (/app/dist/orders/orders.controller.js:41:16)"])
    if R.random() < 0.7:
        return w(R, "error", "Cannot read properties of undefined (reading 'currency')", context="ExceptionsHandler", stack=[e], requestId=uuid(R), path="/orders/quote")
    return nest(R, "ERROR", "ExceptionsHandler", "Cannot read properties of undefined (reading 'currency')\n" + e) + " req=%s" % uuid(R)[:8]


def f4_prisma_reach(R):
    host = "notify-db.cluster-a1b2c3d4e5f6.us-east-1.rds.amazonaws.com:5432"
    v = R.random()
    if v < 0.55:
        return w(R, "error", "Can't reach database server at `%s`\n\nPlease make sure your database server is running at `%s`." % (host, host), service="notifications", name="PrismaClientInitializationError", errorCode="P1001", job=uuid(R))
    return w(R, "error", "digest job %s failed: PrismaClientInitializationError P1001" % uuid(R), service="notifications", attempt=3, final=True)


def f4_prisma_missing(R):
    return w(R, "error", "\nInvalid `prisma.template.update()` invocation in\n/app/dist/templates/repo.js:%d:38\n\nAn operation failed because it depends on one or more records that were required but not found. Record to update not found." % pick(R, [27, 27]), service="notifications", code="P2025", template=pick(R, ["order-shipped-v3", "order-shipped-v3", "refund-issued-v2"]), requestId=uuid(R))


def f4_twilio(R):
    return w(R, "error", "sms send failed", service="notifications", to="+1555%s" % digits(R, 7), err={"name": "AxiosError", "message": "Request failed with status code 401", "code": "ERR_BAD_REQUEST", "status": 401, "url": "https://api.twilio.com/2010-04-01/Accounts/AC%s/Messages.json" % "1b2c3d4e5f60718293a4b5c6d7e8f901", "response": {"code": 20003, "message": "Authenticate"}})


def f4_body(R):
    n = R.randint(102401, 900000)
    e = stack("PayloadTooLargeError: request entity too large", ["readStream (/app/node_modules/raw-body/index.js:163:17)", "getRawBody (/app/node_modules/raw-body/index.js:116:12)", "read (/app/node_modules/body-parser/lib/read.js:79:3)"])
    if R.random() < 0.6:
        return w(R, "error", "request entity too large", service="notifications", path="/webhooks/sendgrid", expected=n, length=n, limit=102400, type="entity.too.large", stack=e)
    return w(R, "error", "POST /webhooks/sendgrid 413 %dms" % R.randint(1, 20), service="notifications", contentLength=n, note="events dropped")


def f4_neg(R):
    v = R.random()
    if v < 0.16:
        return w(R, "info", "%s %s %d %dms" % (pick(R, ["GET", "POST", "GET"]), pick(R, ["/orders/%s" % oid(R), "/orders", "/health"]), pick(R, [200, 200, 201, 204]), R.randint(1, 300)), context="HTTP", requestId=uuid(R))
    if v < 0.26:
        return nest(R, "LOG", pick(R, ["NestFactory", "InstanceLoader", "RoutesResolver", "RouterExplorer", "NestApplication"]),
                    pick(R, ["Starting Nest application...", "TypeOrmModule dependencies initialized", "OrdersController {/orders}:", "Mapped {/orders/:id, GET} route",
                             "Nest application successfully started", "InvoiceModule dependencies initialized", "Mapped {/orders/quote, POST} route"])) + " +%dms" % R.randint(0, 90)
    if v < 0.34:
        return w(R, "warn", "payments call failed, retrying (attempt %d/3)" % R.randint(1, 2), context="PaymentsClient", err="timeout of 5000ms exceeded", orderId=oid(R))
    if v < 0.42:
        return w(R, "warn", "Order %s not found" % oid(R), context="ExceptionsHandler", status=404, requestId=uuid(R))
    if v < 0.5:
        return w(R, "warn", "Validation failed", context="ValidationPipe", status=400, errors=["items must contain at least 1 elements"], requestId=uuid(R))
    if v < 0.58:
        return w(R, "info", "digest sent", service="notifications", recipients=R.randint(1, 900), failed=0, error=None)
    if v < 0.65:
        return w(R, "debug", "query: SELECT \"Order\".\"id\" AS \"Order_id\", \"Order\".\"status\" AS \"Order_status\" FROM \"orders\" \"Order\" WHERE \"Order\".\"id\" = $1 -- PARAMETERS: [\"%s\"]" % oid(R), context="TypeORM")
    if v < 0.72:
        return "(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)" % R.randint(1, 60)
    if v < 0.79:
        return w(R, "info", "POST /webhooks/sendgrid 200 %dms" % R.randint(1, 40), service="notifications", events=R.randint(1, 60))
    if v < 0.86:
        return w(R, "info", "OrderPlaced emitted", context="OrderEvents", orderId=oid(R), messageId=uuid(R), errorCount=0)
    if v < 0.93:
        return w(R, "warn", "twilio responded 429, backing off %dms" % R.randint(200, 2000), service="notifications", attempt=1)
    return w(R, "info", "redis ready", context="RedisModule", host="orders-cache.ab12cd.ng.0001.use1.cache.amazonaws.com", reconnects=R.randint(0, 3))


FAM4 = (F4, [("orders-api-promo-code-column-missing", f4_column), ("orders-api-pg-pool-timeout", f4_pool),
             ("orders-api-payments-503", f4_payments), ("orders-api-redis-refused-crash", f4_redis),
             ("orders-api-invoice-module-s3client-di", f4_di, 9), ("orders-api-order-events-sqs-denied", f4_sqs),
             ("orders-api-quote-undefined-currency", f4_typeerror), ("notifications-db-unreachable", f4_prisma_reach),
             ("notifications-template-record-missing", f4_prisma_missing), ("notifications-twilio-auth-401", f4_twilio),
             ("notifications-sendgrid-webhook-too-large", f4_body)],
        [f4_neg, f4_neg, f4_neg])

FAMILIES = {F3: lambda R: build(R, *FAM3), F4: lambda R: build(R, *FAM4)}
