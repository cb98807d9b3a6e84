"""Families: pms-hub-springboot3-ohip-opera-logback-ecs, channel-webhooks-fastapi-gunicorn-ecs.

The invented hotel and resort chain "brackenmoor" (eu-west-1, domain brackenmoor.example) runs "pms-hub", an in-house
Java 21 Spring Boot 3.3 integration hub on ECS Fargate that pushes reservations from the booking engine and the
channel manager into Oracle OPERA Cloud through the Oracle Hospitality Integration Platform (OHIP) REST APIs, and
consumes OHIP's streaming business events (check-ins, check-outs, room moves). It logs Spring Boot's default console
layout (`2030-10-06T13:04:11.123Z ERROR 1 --- [pms-hub] [ool-2-thread-14] c.b.pmshub.ohip.OhipTokenClient : …`); the
awslogs driver keeps a stack trace with its record (multiline pattern on the ISO timestamp).

Next to it, "channel-webhooks" is a Python 3.12 FastAPI app under gunicorn with uvicorn workers that receives the
channel manager's (invented "roomlink") reservation and ARI webhooks, checks their HMAC signature, de-duplicates them
in Redis and forwards them to an SQS FIFO queue for pms-hub. gunicorn writes `[2030-10-06 13:04:11 +0000] [23] [INFO]
…` lines (its own and uvicorn's access lines); the app logs `2030-10-06 13:04:11,123 ERROR channel_webhooks.forward:
…` with tracebacks kept in the event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, py_ts, gunicorn_ts)

HOTELS = ["BKMDUB", "BKMGAL", "BKMKIL", "BKMEDI", "BKMLON", "BKMCOR", "BKMKEN"]
OHIP = "https://brackenmoor.hospitality-api.eu-frankfurt-1.ocs.oc-test.example"


def conf(R):
    return digits(R, 9).lstrip("0") or "1"


def bref(R):
    return "BM" + upper(R, 6).replace("0", "Q")


# ---------------------------------------------------------------- pms-hub-springboot3-ohip-opera-logback-ecs
P1 = "pms-hub-springboot3-ohip-opera-logback-ecs"
THREADS = ["nio-8080-exec-%d", "ool-2-thread-%d", "sqs-listener-%d", "task-%d"]


def thread(R):
    t = pick(R, THREADS)
    return t % R.randint(1, 24) if "%d" in t else t


def sb(R, lvl, logger, msg, th=None):
    th = th or thread(R)
    if len(th) > 15:
        th = th[-15:]
    return "%s %5s 1 --- [pms-hub] [%15s] %-40s : %s" % (iso_z(R), lvl, th, logger, msg)


def frames(R, rows):
    return "".join("\n\tat %s" % f for f in rows) + "\n\t... %d common frames omitted" % R.randint(40, 90) if R.random() < 0.5 else "".join("\n\tat %s" % f for f in rows)


def p_token(R):
    # OPERA Cloud moved to OPERA Cloud Identity Management and reissued the client credentials; the hub still reads
    # the pre-migration client secret from Secrets Manager, so the token call answers 401 invalid_client and every
    # OHIP push (reservations, check-ins) fails
    h = pick(R, HOTELS)
    t = R.random()
    if t < 0.4:
        return sb(R, "ERROR", "c.b.pmshub.ohip.OhipTokenClient", "OAuth token request to %s/oauth/v1/tokens failed for hotel %s" % (OHIP, h) +
                  "\norg.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: \"{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}\"" +
                  frames(R, ["org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)",
                             "org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:183)",
                             "org.springframework.web.client.DefaultRestClient$DefaultResponseSpec.toEntity(DefaultRestClient.java:%d)" % R.randint(700, 760),
                             "com.brackenmoor.pmshub.ohip.OhipTokenClient.fetchToken(OhipTokenClient.java:%d)" % R.randint(70, 90),
                             "com.brackenmoor.pmshub.ohip.OhipTokenClient.currentToken(OhipTokenClient.java:%d)" % R.randint(50, 60)]))
    if t < 0.75:
        return sb(R, "ERROR", "c.b.pmshub.sync.ReservationPushService", "Push of reservation %s (%s) to OPERA hotel %s failed: no OHIP access token (token endpoint answered 401 invalid_client)" % (bref(R), pick(R, ["NEW", "MODIFY", "CANCEL"]), h))
    return sb(R, "ERROR", "c.b.pmshub.sync.CheckInPushService", "Check-in of confirmation %s at %s not sent to OPERA: OhipAuthenticationException: client credentials rejected (invalid_client)" % (conf(R), h))


def p_ratelimit(R):
    # the nightly rate/availability reconciliation fires all seven properties' calls at once and bursts over OHIP's
    # limit; 429s are retried five times and then the updates are dropped to the DLQ
    h = pick(R, HOTELS)
    t = R.random()
    if t < 0.6:
        return sb(R, "ERROR", "c.b.pmshub.ohip.OhipRetryingClient", "Giving up on PUT /rsv/v1/hotels/%s/reservations/%s after 5/5 attempts: 429 Too Many Requests; update sent to pms-hub-ohip-dlq (messageId %s)" % (h, conf(R), uuid(R)))
    return sb(R, "ERROR", "c.b.pmshub.recon.NightlyReconciliationJob", "Reconciliation for %s finished with failures: checked=%d updated=%d dropped_after_429=%d (see pms-hub-ohip-dlq)" % (h, R.randint(300, 900), R.randint(20, 90), R.randint(5, 60)))


def p_hikari(R):
    # the mapping database pool is 10 connections while the SQS listener concurrency was raised to 40: requests
    # wait 30 s for a connection and fail
    t = R.random()
    if t < 0.55:
        return sb(R, "ERROR", "c.b.pmshub.sync.ReservationPushService", "Failed to load code mappings for hotel %s" % pick(R, HOTELS) +
                  "\norg.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection" +
                  "\n\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)" +
                  "\n\tat com.brackenmoor.pmshub.mapping.MappingRepository.roomTypes(MappingRepository.java:%d)" % R.randint(40, 70) +
                  "\nCaused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)" % R.randint(12, 39) +
                  "\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n\t... %d common frames omitted" % R.randint(30, 60))
    return sb(R, "WARN", "o.s.c.a.m.l.SqsMessageListenerContainer", "Message %s from pms-hub-inbound.fifo failed after 30002 ms and returns to the queue (receive count %d): HikariPool-1 - Connection is not available, request timed out after 30000ms" % (uuid(R), R.randint(2, 5)))


def p_stream(R):
    # the service was scaled to two tasks; OHIP allows one streaming consumer per chain and application key, so the
    # tasks keep displacing each other and events are skipped
    t = R.random()
    if t < 0.5:
        return sb(R, "ERROR", "c.b.pmshub.stream.OhipStreamConsumer", "Streaming subscription for chain BRACKENMOOR closed by gateway (code 4409): another consumer is connected with this application key; task %s will resubscribe" % hexs(R, 32), th="ohip-stream-1")
    return sb(R, "ERROR", "c.b.pmshub.stream.OhipStreamConsumer", sb_gap(R), th="ohip-stream-1")


def sb_gap(R):
    a = R.randint(880000, 899999)
    b = a + R.randint(3, 80)
    return "Offset gap on chain BRACKENMOOR: last committed %d, received %d; %d business events (CHECKIN/CHECKOUT/ROOM_MOVE) not processed" % (a, b, b - a - 1)


def p_roomtype(R):
    # Kilkenny's new lakeside suites (room type LKSTE in the booking engine) were never added to the mapping table:
    # every reservation for them is parked instead of reaching OPERA
    t = R.random()
    b = bref(R)
    if t < 0.5:
        return sb(R, "ERROR", "c.b.pmshub.sync.ReservationPushService", "Cannot map reservation %s for BKMKIL" % b +
                  "\ncom.brackenmoor.pmshub.mapping.UnmappedCodeException: no OPERA room type mapped for booking-engine code 'LKSTE' (hotel BKMKIL)" +
                  "\n\tat com.brackenmoor.pmshub.mapping.CodeMapper.roomType(CodeMapper.java:%d)" % R.randint(60, 80) +
                  "\n\tat com.brackenmoor.pmshub.sync.ReservationMapper.toOhip(ReservationMapper.java:%d)" % R.randint(100, 140) +
                  "\n\tat com.brackenmoor.pmshub.sync.ReservationPushService.push(ReservationPushService.java:%d)" % R.randint(80, 120))
    return sb(R, "WARN", "c.b.pmshub.sync.ParkingLot", "Reservation %s (BKMKIL, %s, %d nights) parked: unmapped room type LKSTE; guest has no OPERA reservation" % (b, "2030-10-%02d" % R.randint(5, 31), R.randint(1, 7)))


def pms_negs():
    def n_started(R):
        return sb(R, "INFO", "c.b.pmshub.PmsHubApplication", "Started PmsHubApplication in %.3f seconds (process running for %.3f)" % (R.uniform(7, 14), R.uniform(8, 16)), th="main")

    def n_tomcat(R):
        return sb(R, "INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", pick(R, ["Tomcat initialized with port 8080 (http)", "Tomcat started on port 8080 (http) with context path '/'"]), th="main")

    def n_hikari(R):
        return sb(R, "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - %s" % pick(R, ["Starting...", "Start completed.", "Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(R, 8)]), th="main")

    def n_push(R):
        return sb(R, "INFO", "c.b.pmshub.sync.ReservationPushService", "Reservation %s (%s) pushed to OPERA hotel %s: confirmation %s, %d ms" % (bref(R), pick(R, ["NEW", "MODIFY", "CANCEL"]), pick(R, HOTELS), conf(R), R.randint(180, 1400)))

    def n_token(R):
        return sb(R, "INFO", "c.b.pmshub.ohip.OhipTokenClient", "OHIP access token refreshed for %s (expires_in=3600)" % pick(R, HOTELS))

    def n_stream(R):
        return sb(R, "INFO", "c.b.pmshub.stream.OhipStreamConsumer", "Event %s for %s confirmation %s processed (offset %d)" % (pick(R, ["CHECKIN", "CHECKOUT", "ROOM_MOVE", "UPDATE_RESERVATION"]), pick(R, HOTELS), conf(R), R.randint(800000, 899999)), th="ohip-stream-1")

    def n_ping(R):
        return sb(R, "DEBUG", "c.b.pmshub.stream.OhipStreamConsumer", "ping/pong on streaming socket ok (rtt %d ms, lastOffset %d)" % (R.randint(20, 180), R.randint(800000, 899999)), th="ohip-stream-1")

    def n_429ok(R):
        return sb(R, "WARN", "c.b.pmshub.ohip.OhipRetryingClient", "429 Too Many Requests on GET /rsv/v1/hotels/%s/reservations/%s, retry %d/5 in %d ms" % (pick(R, HOTELS), conf(R), R.randint(1, 2), R.randint(400, 1600)))

    def n_notfound(R):
        return sb(R, "INFO", "c.b.pmshub.sync.ReservationPushService", "Cancellation of %s: reservation already cancelled in OPERA (404 on %s), nothing to do" % (bref(R), pick(R, HOTELS)))

    def n_dup(R):
        return sb(R, "INFO", "c.b.pmshub.sync.InboundDeduplicator", "Duplicate message %s for %s ignored (already pushed at %s)" % (uuid(R), bref(R), iso_z(R)))

    def n_400(R):
        return sb(R, "WARN", "c.b.pmshub.sync.ProfileSyncService", "OPERA rejected guest profile update for %s: 400 {\"title\":\"Invalid email address\",\"o:errorPath\":\"emails[0].email\"}; profile kept without email" % bref(R))

    def n_recon(R):
        return sb(R, "INFO", "c.b.pmshub.recon.NightlyReconciliationJob", "Reconciliation for %s finished: checked=%d updated=%d dropped_after_429=0 errors=0" % (pick(R, HOTELS), R.randint(300, 900), R.randint(0, 40)), th="scheduling-1")

    def n_health(R):
        return sb(R, "DEBUG", "o.s.b.a.health.HealthEndpointWebExtension", "Health status UP (db=UP, ohip=UP, sqs=UP, diskSpace=UP)")

    def n_starve(R):
        return sb(R, "WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (R.randint(61, 90), R.randint(0, 999)), th="HikariPool-1 housekeeper")

    def n_deprec(R):
        return sb(R, "WARN", "o.s.b.c.p.m.PropertiesMigrationListener", "The use of configuration keys that have been renamed was found in the environment:\n\nProperty source 'systemEnvironment':\n\tKey: spring.%s\n\t\tReplacement: spring.%s\n\nEach configuration key has been temporarily mapped to its replacement for your convenience. To silence this warning, please update your configuration to use the new keys." % pick(R, [("jpa.open-in-view", "jpa.open-in-view.enabled"), ("mvc.throw-exception-if-no-handler-found", "mvc.problemdetails.enabled")]), th="main")

    def n_checkin_api(R):
        return sb(R, "INFO", "c.b.pmshub.api.RequestLog", "%s %s -> %d (%d ms)" % (pick(R, ["GET", "POST"]), pick(R, ["/api/v1/folios/%s" % conf(R), "/api/v1/keys/requests", "/api/v1/reservations/%s" % bref(R), "/actuator/health"]), pick(R, [200, 200, 201, 204, 304]), R.randint(3, 400)))

    def n_bad_request(R):
        return sb(R, "WARN", "c.b.pmshub.api.ApiExceptionHandler", "Rejected POST /api/v1/reservations from booking-engine: 400 validation failed (%s)" % pick(R, ["arrival after departure", "adults must be >= 1", "unknown hotel code BKMXXX"]))

    def n_metrics(R):
        return sb(R, "INFO", "c.b.pmshub.sync.SyncStats", "last 5m: pushed=%d parked=0 failed=0 retried=%d p95=%dms" % (R.randint(30, 400), R.randint(0, 9), R.randint(300, 1800)), th="scheduling-1")

    def n_sold(R):
        return sb(R, "INFO", "c.b.pmshub.sync.ReservationPushService", "OPERA declined new reservation %s at %s: room type %s sold out for %s; channel notified (expected overbooking guard)" % (bref(R), pick(R, HOTELS), pick(R, ["DBL", "TWN", "KSTE", "FAM"]), "2030-10-%02d" % R.randint(3, 31)))

    def n_shutdown(R):
        return sb(R, "INFO", "o.s.b.w.e.tomcat.GracefulShutdown", "%s" % pick(R, ["Commencing graceful shutdown. Waiting for active requests to complete", "Graceful shutdown complete"]), th="SpringApplicationShutdownHook"[-15:])

    return [n_started, n_tomcat, n_hikari, n_push, n_token, n_stream, n_ping, n_429ok, n_notfound, n_dup, n_400,
            n_recon, n_health, n_starve, n_deprec, n_checkin_api, n_bad_request, n_metrics, n_sold, n_shutdown]


def pmshub(R):
    return build(R, P1, [("ohip-client-secret-not-reissued", p_token), ("ohip-429-retries-exhausted-dlq", p_ratelimit),
                         ("hikari-pool-too-small-for-listeners", p_hikari), ("ohip-stream-second-consumer", p_stream),
                         ("unmapped-room-type-lkste", p_roomtype)], pms_negs())


# ---------------------------------------------------------------- channel-webhooks-fastapi-gunicorn-ecs
C1 = "channel-webhooks-fastapi-gunicorn-ecs"


def app(R, lvl, logger, msg):
    return "%s %s %s: %s" % (py_ts(R), lvl, logger, msg)


def gu(R, lvl, msg, pid=None):
    return "%s [%d] [%s] %s" % (gunicorn_ts(R), pid or R.randint(20, 60), lvl, msg)


def acc(R, method, path, code):
    phrases = {200: "OK", 202: "Accepted", 204: "No Content", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed", 422: "Unprocessable Entity", 500: "Internal Server Error"}
    return gu(R, "INFO", "%s:%d - \"%s %s HTTP/1.1\" %d" % (ip10(R, 20), R.randint(1024, 65000), method, path, code) + ("" if R.random() < 0.5 else " %s" % phrases.get(code, "")))


def tb(frames_, exc):
    out = "Traceback (most recent call last):"
    for f, ln, fn, code in frames_:
        out += "\n  File \"%s\", line %d, in %s\n    %s" % (f, ln, fn, code)
    return out + "\n" + exc


def c_secret(R):
    # roomlink rotated its webhook signing key to v4; the new secret was never added to Secrets Manager, so every
    # delivery is rejected and OTA bookings stop arriving
    t = R.random()
    d = uuid(R)
    if t < 0.6:
        return app(R, "ERROR", "channel_webhooks.security", "signature check failed for roomlink delivery %s: X-Roomlink-Key-Id v4 has no secret (loaded key ids: v2, v3); rejected with 401" % d)
    return app(R, "ERROR", "channel_webhooks.handlers", "roomlink %s for hotel %s not accepted (unknown signing key v4); channel will retry and then suspend the endpoint" % (pick(R, ["reservation.created", "reservation.modified", "reservation.cancelled"]), pick(R, HOTELS)))


def c_kms(R):
    # the inbound FIFO queue was re-created with a customer managed key whose policy does not name the task role
    q = "https://sqs.%s.amazonaws.com/%s/pms-hub-inbound.fifo" % (REGION, ACCT)
    t = R.random()
    if t < 0.5:
        return app(R, "ERROR", "channel_webhooks.forward", "forward of %s to pms-hub-inbound.fifo failed\n" % bref(R) + tb([
            ("/app/channel_webhooks/forward.py", R.randint(60, 80), "forward", "resp = await sqs.send_message(QueueUrl=QUEUE_URL, MessageBody=body, MessageGroupId=hotel, MessageDeduplicationId=dedup_id)"),
            ("/usr/local/lib/python3.12/site-packages/aiobotocore/client.py", R.randint(400, 420), "_make_api_call", "raise error_class(parsed_response, operation_name)")],
            "botocore.errorfactory.KmsAccessDeniedException: An error occurred (KMS.AccessDeniedException) when calling the SendMessage operation: User: arn:aws:sts::%s:assumed-role/channel-webhooks-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s because no resource-based policy allows the kms:GenerateDataKey action" % (ACCT, hexs(R, 32), REGION, ACCT, "5c1e7a02-93b4-4d2f-8a61-0f3e2b7c9d14")))
    return app(R, "ERROR", "channel_webhooks.handlers", "delivery %s acknowledged to roomlink but NOT queued (KMS.AccessDeniedException on %s); booking %s must be replayed" % (uuid(R), q, bref(R)))


def c_model(R):
    # roomlink's payload v2.7 sends rate plan codes up to 12 characters; the app's model still caps them at 8, so
    # every modification with a long code fails with 500
    code = pick(R, ["FLEX-BB-NRF", "SPA-BREAK-2N", "EARLYBIRD30", "GOLF-DBB-2N", "FAMILY-BB-3"])
    t = R.random()
    if t < 0.55:
        return gu(R, "ERROR", "Exception in ASGI application\n" + tb([
            ("/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", 409, "run_asgi", "result = await app(  # type: ignore[func-returns-value]"),
            ("/app/channel_webhooks/handlers.py", R.randint(90, 120), "reservation_event", "event = ReservationEvent.model_validate(payload)")],
            "pydantic_core._pydantic_core.ValidationError: 1 validation error for ReservationEvent\nrooms.%d.rate_plan_code\n  String should have at most 8 characters [type=string_too_long, input_value='%s', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.8/v/string_too_long" % (R.randint(0, 2), code)))
    return app(R, "ERROR", "channel_webhooks.handlers", "reservation.modified %s for %s failed with 500 (rate_plan_code '%s' exceeds model limit 8)" % (bref(R), pick(R, HOTELS), code))


def c_redis(R):
    # the dedupe cache's ElastiCache replication group was replaced and the old primary endpoint left in the task
    # definition; every de-duplication check fails and deliveries are answered 500
    host = "cw-dedupe.x7kq2m.ng.0001.euw1.cache.amazonaws.com"
    t = R.random()
    if t < 0.5:
        return app(R, "ERROR", "channel_webhooks.dedupe", "dedupe lookup failed for delivery %s\n" % uuid(R) + tb([
            ("/app/channel_webhooks/dedupe.py", R.randint(30, 45), "seen_before", "return not await redis.set(key, 1, nx=True, ex=86400)"),
            ("/usr/local/lib/python3.12/site-packages/redis/asyncio/connection.py", R.randint(270, 300), "connect", "raise ConnectionError(self._error_message(e))")],
            "redis.exceptions.ConnectionError: Error -2 connecting to %s:6379. Name or service not known." % host))
    return app(R, "ERROR", "channel_webhooks.handlers", "delivery %s answered 500: dedupe store unavailable (%s:6379 does not resolve)" % (uuid(R), host))


def c_oom(R):
    # roomlink's monthly full ARI resync posts 365-day grids for every room type; the handler loads them whole and
    # the 512 MiB task's workers are killed
    t = R.random()
    pid = R.randint(60, 400)
    if t < 0.5:
        return gu(R, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % pid, pid=1)
    if t < 0.7:
        return app(R, "ERROR", "channel_webhooks.ari", "full ARI resync for %s aborted: worker pid %d killed while parsing %d MB payload; grid not applied" % (pick(R, HOTELS), pid, R.randint(180, 420)))
    return app(R, "WARNING", "channel_webhooks.ari", "full ARI resync for %s: worker RSS %d MiB of 512 MiB while buffering payload (%d room types x 365 days)" % (pick(R, HOTELS), R.randint(470, 505), R.randint(12, 30)))


def ch_negs():
    def n_boot(R):
        return gu(R, "INFO", pick(R, ["Starting gunicorn 22.0.0", "Listening at: http://0.0.0.0:8000 (1)", "Using worker: uvicorn.workers.UvicornWorker", "Booting worker with pid: %d" % R.randint(20, 60)]), pid=1)

    def n_startup(R):
        return gu(R, "INFO", pick(R, ["Started server process [%d]" % R.randint(20, 60), "Waiting for application startup.", "Application startup complete."]))

    def n_ok(R):
        return acc(R, "POST", pick(R, ["/webhooks/roomlink/reservations", "/webhooks/roomlink/ari", "/webhooks/roomlink/reservations?v=2.7"]), pick(R, [200, 202, 202]))

    def n_health(R):
        return acc(R, "GET", "/healthz", 200)

    def n_accepted(R):
        return app(R, "INFO", "channel_webhooks.handlers", "roomlink %s %s for %s queued (group %s, %d ms)" % (pick(R, ["reservation.created", "reservation.modified", "reservation.cancelled"]), bref(R), pick(R, HOTELS), pick(R, HOTELS), R.randint(8, 90)))

    def n_dup(R):
        return app(R, "INFO", "channel_webhooks.dedupe", "delivery %s already processed (redelivery #%d), answered 200 without forwarding" % (uuid(R), R.randint(1, 4)))

    def n_badsig(R):
        return app(R, "WARNING", "channel_webhooks.security", "signature check failed for request from %s without X-Roomlink-Key-Id header (not a roomlink delivery); rejected with 401" % pubip(R))

    def n_scan(R):
        return acc(R, pick(R, ["GET", "POST"]), pick(R, ["/wp-login.php", "/.env", "/admin", "/webhooks", "/actuator/env"]), pick(R, [404, 405]))

    def n_401scan(R):
        return acc(R, "POST", pick(R, ["/webhooks/test", "/webhooks/roomlink/reservations?dry_run=1"]), 422)

    def n_ari(R):
        return app(R, "INFO", "channel_webhooks.ari", "ARI delta for %s: %d rows (rates=%d availability=%d restrictions=%d) queued" % (pick(R, HOTELS), R.randint(1, 300), R.randint(0, 100), R.randint(0, 100), R.randint(0, 50)))

    def n_soldout(R):
        return app(R, "INFO", "channel_webhooks.handlers", "reservation.created %s for %s refers to closed-out room type %s on %s; forwarded, pms-hub will decline (sold out)" % (bref(R), pick(R, HOTELS), pick(R, ["DBL", "KSTE", "TWN"]), "2030-10-%02d" % R.randint(3, 31)))

    def n_retry(R):
        return app(R, "WARNING", "channel_webhooks.forward", "SendMessage throttled (RequestThrottled), retry %d succeeded after %d ms" % (R.randint(1, 2), R.randint(50, 400)))

    def n_stats(R):
        return app(R, "INFO", "channel_webhooks.stats", "last 60s: deliveries=%d queued=%d duplicates=%d rejected=0 errors=0" % (R.randint(20, 200), R.randint(10, 190), R.randint(0, 9)))

    def n_disconnect(R):
        return app(R, "INFO", "channel_webhooks.handlers", "client disconnected before response for delivery %s (roomlink will redeliver)" % uuid(R))

    def n_cfg(R):
        return app(R, "INFO", "channel_webhooks.config", "loaded signing key ids v2, v3 from secret arn:aws:secretsmanager:%s:%s:secret:channel-webhooks/roomlink-%s; queue pms-hub-inbound.fifo" % (REGION, ACCT, alnum(R, 6)))

    def n_debug(R):
        return app(R, "DEBUG", "channel_webhooks.handlers", "payload %s" % jd({"event": "reservation.modified", "hotel_code": pick(R, HOTELS), "booking_ref": bref(R), "error": None, "rooms": R.randint(1, 3)}))

    def n_graceful(R):
        return gu(R, "INFO", pick(R, ["Handling signal: term", "Worker exiting (pid: %d)" % R.randint(20, 60), "Shutting down: Master"]), pid=1)

    def n_invalid(R):
        return app(R, "INFO", "channel_webhooks.handlers", "reservation.cancelled for unknown booking %s at %s (never created here); acknowledged" % (bref(R), pick(R, HOTELS)))

    return [n_boot, n_startup, n_ok, n_health, n_accepted, n_dup, n_badsig, n_scan, n_401scan, n_ari, n_soldout,
            n_retry, n_stats, n_disconnect, n_cfg, n_debug, n_graceful, n_invalid]


def webhooks(R):
    return build(R, C1, [("roomlink-signing-key-v4-missing", c_secret), ("sqs-cmk-policy-denies-task-role", c_kms),
                         ("rate-plan-code-model-limit", c_model), ("dedupe-redis-stale-endpoint", c_redis),
                         ("ari-full-resync-worker-oom", c_oom)], ch_negs())


FAMILIES = {P1: pmshub, C1: webhooks}
