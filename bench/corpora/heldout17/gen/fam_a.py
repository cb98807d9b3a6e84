"""Families: fastapi-sqlalchemy-fargate, java21-lambda-micronaut-log4j2."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, pick, jd, epoch, epoch_ms, port, trace_id,
                    build, tb, CHAIN_CAUSE, CHAIN_CTX, jat, lambda_report, lambda_start, lambda_end, init_start)

ACCT = "111122223333"

# ---------------------------------------------------------------- fastapi-sqlalchemy-fargate
# Two Python services on ECS Fargate (awslogs driver; tracebacks joined into the event by a
# multi-line pattern): catalog-api is FastAPI on uvicorn, logging JSON through python-json-logger
# (`asctime levelname name message`, traceback in `exc_info`), plus uvicorn's own access/error lines;
# accounts is Django 5 on gunicorn (sync workers), logging with the format
# `[%(asctime)s] %(levelname)s [%(name)s:%(lineno)s] %(message)s`, plus gunicorn's error log.
F1 = "fastapi-sqlalchemy-fargate"
VENV = "/usr/local/lib/python3.12/site-packages"


def pyts(R):
    return "2028-01-%02d %s,%s" % (day(R), hms(R), ms(R))


def pjl(R, level, name, msg, exc=None, **extra):
    d = {"asctime": pyts(R), "levelname": level, "name": name, "message": msg}
    d.update(extra)
    if exc:
        d["exc_info"] = exc
    return json.dumps(d)


def dj(R, level, name, line, msg):
    return "[%s] %s [%s:%d] %s" % (pyts(R), level, name, line, msg)


def gun(R, level, msg, pid=None):
    return "[2028-01-%02d %s +0000] [%d] [%s] %s" % (day(R), hms(R), pid or R.randint(7, 90), level, msg)


def uv_access(R, method, path, status, phrase):
    return 'INFO:     %s:%d - "%s %s HTTP/1.1" %d %s' % (ip10(R), port(R), method, path, status, phrase)


def asgi(R, frames, last):
    return "ERROR:    Exception in ASGI application\n" + tb(
        [(VENV + "/uvicorn/protocols/http/httptools_impl.py", 409, "run_asgi", "result = await app(  # type: ignore[func-returns-value]"),
         (VENV + "/starlette/routing.py", 76, "app", "response = await f(request)"),
         (VENV + "/fastapi/routing.py", 301, "app", "raw_response = await run_endpoint_function(")] + frames, last)


def item_id(R):
    return R.randint(1000, 99999)


POOL = "QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"


def f1_pool(R):
    v = R.random()
    fr = [("/app/catalog/routes/items.py", pick(R, [58, 58, 61]), "list_items", "rows = (await session.execute(stmt)).scalars().all()"),
          (VENV + "/sqlalchemy/pool/impl.py", 168, "_do_get", "raise exc.TimeoutError(")]
    if v < 0.4:
        return asgi(R, fr, "sqlalchemy.exc.TimeoutError: " + POOL)
    if v < 0.75:
        return pjl(R, "ERROR", "catalog.db", "database session failed", tb(fr, "sqlalchemy.exc.TimeoutError: " + POOL),
                   path=pick(R, ["/v1/items", "/v1/items/search", "/v1/categories/%d/items" % R.randint(1, 90)]), request_id=uuid(R))
    return uv_access(R, "GET", pick(R, ["/v1/items?page=%d" % R.randint(1, 40), "/v1/items/search?q=%s" % lower(R, 5)]), 500, "Internal Server Error") if R.random() < 0.5 else \
        pjl(R, "ERROR", "catalog.db", "QueuePool exhausted after %.1fs waiting; checked_out=15 overflow=10" % R.uniform(30, 30.2), request_id=uuid(R))


def f1_column(R):
    col = "items.discount_pct"
    q = "SELECT items.id, items.sku, items.title, items.price, items.discount_pct \nFROM items \nWHERE items.id = %(id_1)s::INTEGER"
    last = "sqlalchemy.exc.ProgrammingError: (psycopg.errors.UndefinedColumn) column %s does not exist\nLINE 1: ...tems.sku, items.title, items.price, items.discount_pct FROM items...\n                                                             ^\n[SQL: %s]\n[parameters: {'id_1': %d}]\n(Background on this error at: https://sqlalche.me/e/20/f405)" % (col, q, item_id(R))
    inner = tb([(VENV + "/sqlalchemy/engine/base.py", 1967, "_exec_single_context", "self.dialect.do_execute("),
                (VENV + "/psycopg/cursor.py", 732, "execute", "raise ex.with_traceback(None)")],
               "psycopg.errors.UndefinedColumn: column %s does not exist\nLINE 1: ...tems.sku, items.title, items.price, items.discount_pct FROM items...\n                                                             ^" % col)
    outer = tb([("/app/catalog/routes/items.py", 84, "get_item", "item = await session.get(Item, item_id)"),
                (VENV + "/sqlalchemy/engine/default.py", 924, "do_execute", "cursor.execute(statement, parameters)")], last)
    v = R.random()
    if v < 0.45:
        return asgi(R, [("/app/catalog/routes/items.py", 84, "get_item", "item = await session.get(Item, item_id)")], last) if R.random() < 0.4 else \
            "ERROR:    Exception in ASGI application\n" + inner + CHAIN_CAUSE + outer
    if v < 0.8:
        return pjl(R, "ERROR", "catalog.routes.items", "get_item failed item_id=%d" % item_id(R), inner + CHAIN_CAUSE + outer, request_id=uuid(R))
    return uv_access(R, "GET", "/v1/items/%d" % item_id(R), 500, "Internal Server Error")


def f1_s3(R):
    bucket = "catalog-images-prod-%s" % ACCT
    key = "items/%d/%s.jpg" % (item_id(R), lower(R, 10))
    last = "botocore.errorfactory.NoSuchBucket: An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist"
    fr = [("/app/catalog/services/images.py", 37, "upload", "s3.put_object(Bucket=settings.image_bucket, Key=key, Body=data, ContentType=ctype)"),
          (VENV + "/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")]
    if R.random() < 0.6:
        return pjl(R, "ERROR", "catalog.services.images", "image upload failed bucket=%s key=%s" % (bucket, key), tb(fr, last), request_id=uuid(R))
    return asgi(R, fr, last)


def f1_respval(R):
    n = R.randint(1, 3)
    errs = ["  {'type': 'missing', 'loc': ('response', 'items', %d, 'price'), 'msg': 'Field required', 'input': {'id': %d, 'sku': 'SKU-%s', 'title': '%s', 'price_cents': %d}}" % (
        i, item_id(R), digits(R, 6), pick(R, ["Desk lamp", "Mug", "Notebook A5", "USB-C cable", "Chair mat"]), R.randint(199, 19999)) for i in range(n)]
    last = "fastapi.exceptions.ResponseValidationError: %d validation errors:\n%s\n" % (n, "\n".join(errs))
    if R.random() < 0.3:
        return uv_access(R, "GET", "/v1/categories/%d/items" % R.randint(1, 90), 500, "Internal Server Error")
    return asgi(R, [(VENV + "/fastapi/routing.py", 160, "serialize_response", "raise ResponseValidationError(")], last)


def f1_redis(R):
    host = "catalog-cache.%s.0001.use1.cache.amazonaws.com" % lower(R, 6) if R.random() < 0.2 else "catalog-cache.ab12cd.ng.0001.use1.cache.amazonaws.com"
    inner = tb([(VENV + "/redis/asyncio/connection.py", 275, "connect", "await self.retry.call_with_retry("),
                (VENV + "/redis/asyncio/connection.py", 701, "_connect", "reader, writer = await asyncio.open_connection(")],
               "ConnectionRefusedError: [Errno 111] Connect call failed ('%s', 6379)" % ip10(R))
    outer = tb([("/app/catalog/cache.py", 22, "get_cached", "raw = await redis.get(key)"),
                (VENV + "/redis/asyncio/connection.py", 283, "connect", "raise ConnectionError(self._error_message(e))")],
               "redis.exceptions.ConnectionError: Error 111 connecting to %s:6379. Connect call failed ('%s', 6379)." % (host, ip10(R)))
    if R.random() < 0.5:
        return pjl(R, "ERROR", "catalog.cache", "cache unavailable, request failed", inner + CHAIN_CTX + outer, request_id=uuid(R))
    return "ERROR:    Exception in ASGI application\n" + inner + CHAIN_CTX + outer


def f1_events(R):
    sess = "ecs-task-%s" % hexs(R, 32)
    last = "botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the PutEvents operation: User: arn:aws:sts::%s:assumed-role/catalog-api-task-role/%s is not authorized to perform: events:PutEvents on resource: arn:aws:events:us-east-1:%s:event-bus/catalog-events because no identity-based policy allows the events:PutEvents action" % (ACCT, hexs(R, 32), ACCT)
    fr = [("/app/catalog/events.py", 48, "publish_item_changed", "resp = events.put_events(Entries=entries)"),
          (VENV + "/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")]
    if R.random() < 0.65:
        return pjl(R, "ERROR", "catalog.events", "failed to publish ItemChanged for item %d" % item_id(R), tb(fr, last), request_id=uuid(R), task=sess[9:21])
    return pjl(R, "ERROR", "catalog.events", "event publish error: %s" % last.split(": ", 1)[1], item_id=item_id(R))


def f1_search_timeout(R):
    url = "http://search.catalog.local:9200/items/_search"
    inner = tb([(VENV + "/httpcore/_backends/anyio.py", 114, "connect_tcp", "with map_exceptions(exc_map):"),
                ("/usr/local/lib/python3.12/contextlib.py", 158, "__exit__", "self.gen.throw(value)")], "httpcore.ConnectTimeout")
    outer = tb([("/app/catalog/search.py", 31, "query", "r = await client.post(url, json=body, timeout=5.0)"),
                (VENV + "/httpx/_transports/default.py", 86, "map_httpcore_exceptions", "raise mapped_exc(message) from exc")], "httpx.ConnectTimeout")
    v = R.random()
    if v < 0.4:
        return "ERROR:    Exception in ASGI application\n" + inner + CHAIN_CAUSE + outer
    if v < 0.75:
        return pjl(R, "ERROR", "catalog.search", "search backend unreachable url=%s elapsed_ms=%d" % (url, R.randint(5001, 5090)), inner + CHAIN_CAUSE + outer, request_id=uuid(R))
    return uv_access(R, "GET", "/v1/items/search?q=%s&page=%d" % (lower(R, R.randint(3, 8)), R.randint(1, 5)), 500, "Internal Server Error")


def f1_worker_timeout(R):
    pid = R.randint(40, 400)
    v = R.random()
    if v < 0.4:
        return gun(R, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % pid, 1)
    if v < 0.7:
        return gun(R, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % pid, 1)
    return dj(R, "ERROR", "accounts.exports", 88, "export %s aborted: worker %d killed after %ds (gunicorn timeout=30)" % (uuid(R), pid, R.randint(30, 31)))


def f1_unique_email(R):
    email = "%s.%s@example.com" % (pick(R, ["ana", "li", "omar", "jo", "sam", "kim", "eva"]), lower(R, 4))
    inner = tb([(VENV + "/django/db/backends/utils.py", 105, "_execute", "return self.cursor.execute(sql, params)"),
                (VENV + "/psycopg/cursor.py", 732, "execute", "raise ex.with_traceback(None)")],
               'psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "accounts_user_email_key"\nDETAIL:  Key (email)=(%s) already exists.' % email)
    outer = tb([(VENV + "/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)"),
                ("/app/accounts/views/signup.py", 41, "post", "user = User.objects.create_user(**form.cleaned_data)"),
                (VENV + "/django/db/backends/utils.py", 100, "_execute", "with self.db.wrap_database_errors:")],
               'django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key"\nDETAIL:  Key (email)=(%s) already exists.' % email)
    if R.random() < 0.25:
        return dj(R, "ERROR", "django.request", 241, "Internal Server Error: /api/signup/")
    return dj(R, "ERROR", "django.request", 241, "Internal Server Error: /api/signup/\n" + inner + CHAIN_CAUSE + outer)


def f1_ses(R):
    last = "botocore.errorfactory.TooManyRequestsException: An error occurred (TooManyRequestsException) when calling the SendEmail operation (reached max retries: 4): Maximum sending rate exceeded."
    if R.random() < 0.55:
        return dj(R, "ERROR", "accounts.mail", 57, "password-reset mail to user %d failed\n" % R.randint(10000, 99999) + tb(
            [("/app/accounts/mail.py", 52, "send_reset", "sesv2.send_email(FromEmailAddress=FROM, Destination=dest, Content=content)"),
             (VENV + "/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")], last))
    return dj(R, "ERROR", "accounts.mail", 60, "giving up on %s mail after 4 retries: TooManyRequestsException (Maximum sending rate exceeded.) batch=%d sent=%d" % (pick(R, ["password-reset", "verify-email", "welcome"]), R.randint(50, 400), R.randint(0, 40)))


def f1_secret_boot(R):
    pid = R.randint(8, 60)
    v = R.random()
    if v < 0.4:
        return gun(R, "ERROR", "Exception in worker process\n" + tb(
            [(VENV + "/gunicorn/arbiter.py", 608, "spawn_worker", "worker.init_process()"),
             (VENV + "/django/conf/__init__.py", 76, "_setup", "self._wrapped = Settings(settings_module)"),
             ("/app/accounts/settings/prod.py", 19, "<module>", "_db = json.loads(sm.get_secret_value(SecretId=os.environ['DB_SECRET_ARN'])['SecretString'])"),
             (VENV + "/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
            "botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the GetSecretValue operation: Access to KMS is not allowed"), pid)
    if v < 0.7:
        return gun(R, "ERROR", "Worker (pid:%d) exited with code 3" % pid, 1)
    return gun(R, "ERROR", "Shutting down: Master", 1) + "\n" + gun(R, "ERROR", "Reason: Worker failed to boot.", 1)


def f1_disallowed(R):
    ip = ip10(R)
    v = R.random()
    if v < 0.7:
        return dj(R, "ERROR", "django.security.DisallowedHost", 129, "Invalid HTTP_HOST header: '%s:8000'. You may need to add '%s' to ALLOWED_HOSTS." % (ip, ip))
    return dj(R, "WARNING", "django.request", 241, "Bad Request: /healthz/") + " (host %s:8000, ELB-HealthChecker/2.0, health check %d/%d failed)" % (ip, R.randint(2, 5), 5)


def f1_neg_access(R):
    v = R.random()
    if v < 0.45:
        return uv_access(R, pick(R, ["GET", "GET", "POST", "PUT"]), pick(R, ["/v1/items/%d" % item_id(R), "/v1/items?page=%d" % R.randint(1, 40), "/v1/categories/%d" % R.randint(1, 90), "/healthz"]), 200, "OK")
    if v < 0.6:
        return uv_access(R, "GET", "/v1/items/%d" % item_id(R), 404, "Not Found")
    if v < 0.75:
        return uv_access(R, "POST", "/v1/items", 422, "Unprocessable Entity")
    return uv_access(R, "POST", "/v1/items/%d/images" % item_id(R), 201, "Created")


def f1_neg_uvicorn(R):
    return pick(R, ["INFO:     Started server process [%d]" % R.randint(1, 30), "INFO:     Waiting for application startup.",
                    "INFO:     Application startup complete.", "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
                    "WARNING:  Invalid HTTP request received.", "INFO:     Shutting down", "INFO:     Finished server process [%d]" % R.randint(1, 30)])


def f1_neg_json(R):
    v = R.random()
    if v < 0.25:
        return pjl(R, "INFO", "catalog.events", "published ItemChanged", item_id=item_id(R), failed_entry_count=0, request_id=uuid(R))
    if v < 0.45:
        return pjl(R, "INFO", "catalog.routes.items", "request finished", path="/v1/items/%d" % item_id(R), status=200, duration_ms=R.randint(3, 220), error=None)
    if v < 0.6:
        return pjl(R, "WARNING", "catalog.search", "search slow, retrying once (attempt 1/2)", elapsed_ms=R.randint(900, 2400), request_id=uuid(R))
    if v < 0.75:
        return pjl(R, "DEBUG", "sqlalchemy.pool.impl.AsyncAdaptedQueuePool", "Connection <AdaptedConnection <psycopg.AsyncConnection [IDLE] (host=catalog-db.cluster-%s.us-east-1.rds.amazonaws.com database=catalog) at 0x7f%s>> checked out from pool" % (lower(R, 12), hexs(R, 10)))
    if v < 0.88:
        return pjl(R, "INFO", "catalog.jobs.reindex", "reindex batch done", batch=R.randint(1, 400), indexed=R.randint(100, 500), errors=0)
    return pjl(R, "WARNING", "catalog.routes.items", "item not found", item_id=item_id(R), request_id=uuid(R))


def f1_neg_django(R):
    v = R.random()
    if v < 0.2:
        return dj(R, "WARNING", "django.request", 241, "Not Found: %s" % pick(R, ["/wp-login.php", "/.env", "/api/users/%d/" % R.randint(1, 9999), "/static/admin/css/base.%s.css" % hexs(R, 12)]))
    if v < 0.35:
        return dj(R, "WARNING", "django.request", 241, "Unauthorized: /api/session/") + " user=%s" % uuid(R)[:8]
    if v < 0.5:
        return dj(R, "INFO", "accounts.views.login", 33, "login ok user_id=%d mfa=%s" % (R.randint(10000, 99999), pick(R, ["totp", "none"])))
    if v < 0.62:
        ip = "%s.example-scanner.net" % lower(R, 6)
        return dj(R, "ERROR", "django.security.DisallowedHost", 129, "Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % (ip, ip))
    if v < 0.75:
        return dj(R, "INFO", "accounts.mail", 49, "queued password-reset mail user_id=%d retries=0 error=None" % R.randint(10000, 99999))
    if v < 0.87:
        return dj(R, "WARNING", "accounts.mail", 55, "SES throttled SendEmail, retrying in %.2fs (attempt %d/4)" % (R.uniform(0.1, 2), R.randint(1, 3)))
    return dj(R, "DEBUG", "django.db.backends", 144, "(0.%03d) SELECT \"accounts_user\".\"id\", \"accounts_user\".\"email\" FROM \"accounts_user\" WHERE \"accounts_user\".\"id\" = %d LIMIT 21; args=(%d,); alias=default" % (R.randint(1, 90), R.randint(1, 99999), R.randint(1, 99999)))


def f1_neg_gunicorn(R):
    pid = R.randint(8, 90)
    return gun(R, "INFO", pick(R, ["Starting gunicorn 23.0.0", "Listening at: http://0.0.0.0:8000 (1)", "Using worker: sync",
                                   "Booting worker with pid: %d" % pid, "Worker exiting (pid: %d)" % pid, "Handling signal: term",
                                   "Autorestarting worker after current request."]), 1 if R.random() < 0.6 else pid)


def f1_neg_boto(R):
    return pjl(R, "DEBUG", "botocore.retryhandler", "Retry needed, action of: %.6f" % R.uniform(0.01, 0.9)) if R.random() < 0.5 else \
        pjl(R, "INFO", "botocore.credentials", "Found credentials from IAM Role: catalog-api-task-role") if R.random() < 0.3 else \
        pjl(R, "DEBUG", "catalog.cache", "cache miss key=item:%d ttl=300 error_count=0" % item_id(R))


FAM1 = (F1, [("catalog-db-queuepool-exhausted", f1_pool), ("catalog-items-discount-column-missing", f1_column),
             ("catalog-image-bucket-missing", f1_s3), ("catalog-category-items-price-field", f1_respval),
             ("catalog-redis-connection-refused", f1_redis), ("catalog-eventbridge-putevents-denied", f1_events),
             ("catalog-search-connect-timeout", f1_search_timeout), ("accounts-export-worker-timeout", f1_worker_timeout),
             ("accounts-signup-duplicate-email", f1_unique_email), ("accounts-ses-sending-rate", f1_ses),
             ("accounts-db-secret-kms-denied", f1_secret_boot, 8), ("accounts-allowed-hosts-health-check", f1_disallowed)],
        [f1_neg_access, f1_neg_access, f1_neg_uvicorn, f1_neg_json, f1_neg_json, f1_neg_django, f1_neg_django, f1_neg_gunicorn, f1_neg_boto])


# ---------------------------------------------------------------- java21-lambda-micronaut-log4j2
# Java 21 Lambda functions of a billing system. pricing-fn is Micronaut (function-aws) with log4j2 and
# the Lambda appender, pattern `%d{yyyy-MM-dd HH:mm:ss.SSS} %X{AWSRequestId} %-5p %c{1} - %m%n`;
# ledger-writer is a plain RequestHandler with the function's log format set to JSON (log4j2
# JsonTemplateLayout with the Lambda JSON event template: timestamp, level, message, logger,
# AWSRequestId, errorType/errorMessage/stackTrace); statement-pdf and notifier log through
# LambdaLogger in the text format. SnapStart is on for ledger-writer (RESTORE_START/RESTORE_REPORT).
F2 = "java21-lambda-micronaut-log4j2"


def l4(R, level, logger, msg, rid=None):
    return "2028-01-%02d %s.%s %s %-5s %s - %s" % (day(R), hms(R), ms(R), rid or uuid(R), level, logger, msg)


def ljson(R, level, logger, msg, exc=None, **extra):
    d = {"timestamp": "2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), "level": level, "message": msg, "logger": logger, "AWSRequestId": uuid(R)}
    d.update(extra)
    if exc:
        d["errorType"], d["errorMessage"], d["stackTrace"] = exc
    return jd(d)


def reqid(R):
    return alnum(R, 20).upper()


SDK_TAIL = ["software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
            "software.amazon.awssdk.core.internal.http.pipeline.stages.RetryableStage.execute(RetryableStage.java:50)",
            "software.amazon.awssdk.core.internal.handler.BaseSyncClientHandler.execute(BaseSyncClientHandler.java:78)"]


def f2_ddb(R):
    sku = "SKU-%s" % digits(R, 6)
    msg = "One or more parameter values were invalid: Missing the key sku in the item (Service: DynamoDb, Status Code: 400, Request ID: %s)" % reqid(R)
    if R.random() < 0.6:
        return l4(R, "ERROR", "PriceWriter", "failed to store price for %s\nsoftware.amazon.awssdk.services.dynamodb.model.DynamoDbException: %s%s" % (
            sku, msg, jat(SDK_TAIL + ["software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.putItem(DefaultDynamoDbClient.java:4243)",
                                      "com.example.pricing.PriceWriter.save(PriceWriter.java:%d)" % pick(R, [61, 61, 64]),
                                      "com.example.pricing.PriceFunction.apply(PriceFunction.java:44)"])))
    return l4(R, "ERROR", "PriceFunction", "price update rejected sku=%s: DynamoDbException: %s" % (sku, msg))


def f2_npe(R):
    m = 'Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" because the return value of "com.example.pricing.model.Rate.getFactor()" is null'
    fr = ["com.example.pricing.PriceCalculator.apply(PriceCalculator.java:%d)" % pick(R, [37, 37, 38]),
          "com.example.pricing.PriceFunction.apply(PriceFunction.java:39)",
          "io.micronaut.function.aws.MicronautRequestHandler.handleRequest(MicronautRequestHandler.java:128)"]
    if R.random() < 0.5:
        return l4(R, "ERROR", "PriceFunction", "pricing failed for region %s\njava.lang.NullPointerException: %s%s" % (pick(R, ["us", "eu", "apac", "latam"]), m, jat(fr)))
    return jd({"errorMessage": m, "errorType": "java.lang.NullPointerException", "stackTrace": fr + ["java.base/java.lang.Thread.run(Thread.java:%d)" % R.randint(1570, 1590)]})


def f2_placeholder(R):
    m = "Error instantiating bean of type  [com.example.pricing.rates.RatesClient]\n\nMessage: Could not resolve placeholder ${rates.api.url}\nPath Taken: new PriceFunction() --> PriceFunction.calculator --> new PriceCalculator([RatesClient ratesClient]) --> new RatesClient([String baseUrl])"
    v = R.random()
    if v < 0.45:
        return "io.micronaut.context.exceptions.BeanInstantiationException: %s%s" % (m, jat(
            ["io.micronaut.context.DefaultBeanContext.resolveByBeanFactory(DefaultBeanContext.java:%d)" % pick(R, [2335, 2335]),
             "io.micronaut.function.aws.MicronautRequestHandler.<init>(MicronautRequestHandler.java:%d)" % R.randint(80, 90),
             "java.base/java.lang.reflect.Constructor.newInstance(Constructor.java:502)"])) + "\nCaused by: io.micronaut.context.exceptions.ConfigurationException: Could not resolve placeholder ${rates.api.url}" + jat(
            ["io.micronaut.context.env.DefaultPropertyPlaceholderResolver$PlaceholderSegment.getValue(DefaultPropertyPlaceholderResolver.java:%d)" % R.randint(360, 370)]) + "\n\t... %d more" % R.randint(18, 24)
    if v < 0.75:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.ExitError" % R.uniform(2200, 5200)
    return "RequestId: %s Error: Runtime exited with error: exit status 1\nRuntime.ExitError" % uuid(R)


def f2_rates_timeout(R):
    v = R.random()
    if v < 0.4:
        return l4(R, "ERROR", "RatesClient", "rates lookup failed after %d attempts: io.micronaut.http.client.exceptions.ReadTimeoutException: Read Timeout" % 3)
    if v < 0.7:
        return "%s %s Task timed out after %.2f seconds" % ("2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), uuid(R), 15 + R.random() * 0.05)
    return lambda_report(R, mem=1024, status="timeout", dur=15000 + R.uniform(0, 60))


def f2_kms(R):
    m = "User: arn:aws:sts::%s:assumed-role/ledger-writer-role/ledger-writer is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:%s:key/%s because no identity-based policy allows the kms:GenerateDataKey action (Service: Sqs, Status Code: 400, Request ID: %s)" % (ACCT, ACCT, "0f1e2d3c-4b5a-4697-8899-aabbccddeeff", uuid(R))
    if R.random() < 0.6:
        return ljson(R, "ERROR", "com.example.ledger.OutboxPublisher", "failed to publish ledger entry %s" % uuid(R),
                     ("software.amazon.awssdk.services.sqs.model.KmsAccessDeniedException", m, SDK_TAIL + ["software.amazon.awssdk.services.sqs.DefaultSqsClient.sendMessage(DefaultSqsClient.java:2458)", "com.example.ledger.OutboxPublisher.publish(OutboxPublisher.java:%d)" % pick(R, [52, 52, 55])]))
    return ljson(R, "ERROR", "com.example.ledger.Handler", "SendMessage to ledger-events.fifo denied: KmsAccessDeniedException: " + m.split(" (Service")[0], entryId=uuid(R))


def f2_jackson(R):
    m = 'Unrecognized field "currencyCode" (class com.example.ledger.model.Entry), not marked as ignorable (5 known properties: "accountId", "amount", "currency", "entryId", "postedAt"])\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.example.ledger.model.Entry["currencyCode"])' % R.randint(60, 140)
    if R.random() < 0.55:
        return ljson(R, "ERROR", "com.example.ledger.Handler", "cannot parse SQS record %s" % uuid(R),
                     ("com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException", m, ["com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.from(UnrecognizedPropertyException.java:61)", "com.example.ledger.Handler.parse(Handler.java:%d)" % R.randint(70, 72)]))
    return ljson(R, "ERROR", "com.example.ledger.Handler", "batch item failure: messageId=%s reason=UnrecognizedPropertyException: Unrecognized field \"currencyCode\"" % uuid(R), batchSize=R.randint(2, 10))


def f2_dbpass(R):
    v = R.random()
    m = 'FATAL: password authentication failed for user "ledger_app"'
    if v < 0.5:
        return ljson(R, "ERROR", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Exception during pool initialization.",
                     ("org.postgresql.util.PSQLException", m, ["org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:%d)" % pick(R, [693, 693]),
                                                               "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)",
                                                               "com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:%d)" % 115,
                                                               "com.example.ledger.Db.<clinit>(Db.java:%d)" % R.randint(28, 29)]))
    if v < 0.8:
        return ljson(R, "ERROR", "com.example.ledger.Handler", "cannot write entry %s: com.zaxxer.hikari.pool.HikariPool$PoolInitializationException: Failed to initialize pool: %s" % (uuid(R), m))
    return ljson(R, "ERROR", "com.example.ledger.Db", "secret ledger/prod/db version %s rejected by ledger-db (%s)" % (uuid(R)[:8], m))


def f2_restore(R):
    v = R.random()
    if v < 0.45:
        return ljson(R, "ERROR", "com.example.ledger.SnapStartHooks", "afterRestore failed",
                     ("org.postgresql.util.PSQLException", "An I/O error occurred while sending to the backend.", [
                         "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:%d)" % 395,
                         "com.zaxxer.hikari.pool.PoolBase.isConnectionDead(PoolBase.java:%d)" % 167,
                         "com.example.ledger.SnapStartHooks.afterRestore(SnapStartHooks.java:%d)" % R.randint(33, 34),
                         "org.crac.Core$Compat.afterRestore(Core.java:%d)" % 80]), connectionAgeSec=R.randint(86400, 900000))
    if v < 0.75:
        return "RESTORE_REPORT Restore Duration: %.2f ms\tStatus: error\tError Type: Runtime.RestoreHookFailure" % R.uniform(400, 3100)
    return ljson(R, "ERROR", "com.example.ledger.Handler", "restored environment has stale database connection; request %s failed: Connection to ledger-db.cluster-%s.us-east-1.rds.amazonaws.com:5432 refused" % (uuid(R), "c9x8y7z6w5v4"))


def f2_oom(R):
    v = R.random()
    if v < 0.4:
        return "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space" + jat(
            ["java.base/java.util.Arrays.copyOf(Arrays.java:3541)", "java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:%d)" % 100,
             "org.apache.pdfbox.pdmodel.PDDocument.save(PDDocument.java:%d)" % R.randint(1300, 1310),
             "com.example.statements.StatementRenderer.render(StatementRenderer.java:%d)" % R.randint(88, 90)])
    if v < 0.7:
        return lambda_report(R, mem=512, status="error", used=512, dur=R.uniform(8000, 40000))
    return "%s\t%s\tERROR\tstatement for account %s (%d pages) aborted: java.lang.OutOfMemoryError: Java heap space" % ("2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), uuid(R), "ACC-%s" % digits(R, 7), R.randint(400, 2400))


def f2_nosuchkey(R):
    m = "The specified key does not exist. (Service: S3, Status Code: 404, Request ID: %s, Extended Request ID: %s)" % (alnum(R, 16).upper(), alnum(R, 56) + "=")
    if R.random() < 0.6:
        return "%s\t%s\tERROR\ttemplate load failed: software.amazon.awssdk.services.s3.model.NoSuchKeyException: %s%s" % ("2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), uuid(R), m, jat(
            SDK_TAIL[:1] + ["software.amazon.awssdk.services.s3.DefaultS3Client.getObject(DefaultS3Client.java:%d)" % 5570, "com.example.statements.Templates.load(Templates.java:%d)" % R.randint(40, 41)]))
    return jd({"errorMessage": m, "errorType": "software.amazon.awssdk.services.s3.model.NoSuchKeyException", "stackTrace": ["com.example.statements.Templates.load(Templates.java:41)", "com.example.statements.Handler.handleRequest(Handler.java:%d)" % R.randint(30, 99)]})


def f2_sns_egress(R):
    v = R.random()
    m = "Unable to execute HTTP request: Connect to sns.us-east-1.amazonaws.com:443 [sns.us-east-1.amazonaws.com/%s] failed: connect timed out" % ".".join(str(R.randint(1, 254)) for _ in range(4))
    if v < 0.45:
        return "%s\t%s\tERROR\tpublish failed: software.amazon.awssdk.core.exception.SdkClientException: %s%s" % ("2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), uuid(R), m, jat(
            ["software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)",
             "software.amazon.awssdk.services.sns.DefaultSnsClient.publish(DefaultSnsClient.java:%d)" % 3790, "com.example.notifier.Handler.handleRequest(Handler.java:%d)" % R.randint(50, 52)])) + \
            "\nCaused by: org.apache.http.conn.ConnectTimeoutException: Connect to sns.us-east-1.amazonaws.com:443 failed: connect timed out"
    if v < 0.75:
        return "%s %s Task timed out after %.2f seconds" % ("2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), uuid(R), 30 + R.random() * 0.05)
    return lambda_report(R, mem=512, status="timeout", dur=30000 + R.uniform(0, 60))


def f2_neg_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.5:
        return lambda_end(R)
    if v < 0.75:
        return lambda_report(R, mem=pick(R, [512, 1024, 2048]), init=R.random() < 0.2)
    if v < 0.85:
        return init_start(R, "java:21.v%d" % R.randint(20, 30))
    if v < 0.93:
        return "RESTORE_START Runtime Version: java:21.v%d\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (R.randint(20, 30), hexs(R, 64))
    return "RESTORE_REPORT Restore Duration: %.2f ms" % R.uniform(120, 700)


def f2_neg_app(R):
    v = R.random()
    if v < 0.15:
        return l4(R, "INFO", "PriceFunction", "priced %d items for region %s in %d ms" % (R.randint(1, 200), pick(R, ["us", "eu", "apac"]), R.randint(20, 900)))
    if v < 0.27:
        return l4(R, "WARN", "RatesClient", "rates lookup slow (%d ms), retrying (attempt %d of 3)" % (R.randint(2000, 5000), R.randint(1, 2)))
    if v < 0.37:
        return l4(R, "INFO", "ApplicationContext", "Established active environments: [ec2, cloud, function, lambda]") + " (startup %dms)" % R.randint(600, 2400)
    if v < 0.5:
        return ljson(R, "INFO", "com.example.ledger.Handler", "batch processed", batchSize=R.randint(1, 10), batchItemFailures=0)
    if v < 0.6:
        return ljson(R, "DEBUG", "software.amazon.awssdk.request", "Received successful response: 200, Request ID: %s, Extended Request ID: not available" % uuid(R))
    if v < 0.7:
        return "Picked up JAVA_TOOL_OPTIONS: -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -Xshare:auto" + ("" if R.random() < 0.5 else " -Djava.net.preferIPv4Stack=true") + (" -Dlog4j2.level=%s" % pick(R, ["INFO", "WARN", "DEBUG"]))
    if v < 0.8:
        return "%s\t%s\tINFO\tstatement %s rendered: %d pages, %d KB, errors=0" % ("2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), uuid(R), "ST-%s" % digits(R, 8), R.randint(1, 30), R.randint(40, 900))
    if v < 0.9:
        return ljson(R, "WARN", "com.example.ledger.Handler", "duplicate entry ignored (idempotent replay)", entryId=uuid(R))
    return "%s\t%s\tINFO\tpublished %d notifications, failed=0" % ("2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), uuid(R), R.randint(1, 40))


FAM2 = (F2, [("pricing-price-item-missing-sku-key", f2_ddb), ("pricing-rate-factor-null", f2_npe),
             ("pricing-rates-url-placeholder-missing", f2_placeholder), ("pricing-rates-api-read-timeout", f2_rates_timeout),
             ("ledger-outbox-queue-kms-denied", f2_kms), ("ledger-entry-currencycode-unrecognized", f2_jackson),
             ("ledger-db-password-rotated", f2_dbpass), ("ledger-snapstart-stale-db-connection", f2_restore),
             ("statement-pdf-heap-oom", f2_oom), ("statement-template-nosuchkey", f2_nosuchkey),
             ("notifier-sns-no-vpc-egress", f2_sns_egress)],
        [f2_neg_platform, f2_neg_platform, f2_neg_app, f2_neg_app, f2_neg_app])

FAMILIES = {F1: lambda R: build(R, *FAM1), F2: lambda R: build(R, *FAM2)}
