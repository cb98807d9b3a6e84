"""Families: parkpay-kotlin-webflux-logstash-json-adyen-ecs, roster-java21-lambda-snapstart-log4j2.

"parkpay" takes car-park pre-booking and pay-on-exit payments (Kotlin 2.0, Spring Boot 3.3 WebFlux on Netty, Adyen
Java API library, Resilience4j, R2DBC PostgreSQL) on ECS: it creates Adyen payments, receives Adyen standard
webhooks (HMAC-signed, answered `[accepted]`), tells the parking-session service to release the exit barrier and
stores PDF receipts in S3. logstash-logback-encoder JSON, one object per event with the stack trace in `stack_trace`.

"roster" publishes staff rosters (ground handling, security, information desks): Java 21 Lambdas with SnapStart
(publish, swap, export, notify), HikariCP on Aurora PostgreSQL, Microsoft Graph calendars, an SQS FIFO queue for shift
notifications, SSM parameters for union rules. aws-lambda-java-log4j2 pattern `%d{yyyy-MM-dd HH:mm:ss} %X{AWSRequestId}
%-5p %c{1} - %m%n` (a log call with its stack trace is one event), plus the platform's START/END/REPORT,
RESTORE_START/RESTORE_REPORT and `Task timed out` lines."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, plain_ts, moment, epoch, epoch_ms)

# ---------------------------------------------------------------- parkpay-kotlin-webflux-logstash-json-adyen-ecs
F1 = "parkpay-kotlin-webflux-logstash-json-adyen-ecs"

LV = {"DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}


def lj(R, lvl, logger, msg, stack=None, **mdc):
    d = {"@timestamp": iso_z(R), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": pick(R, ["reactor-http-epoll-%d" % R.randint(1, 8), "boundedElastic-%d" % R.randint(1, 40), "parallel-%d" % R.randint(1, 4)]),
         "level": lvl, "level_value": LV[lvl]}
    if stack:
        d["stack_trace"] = stack
    d["traceId"] = hexs(R, 32)
    d.update(mdc)
    return jd(d)


def psp(R):
    return upper(R, 16)


def booking(R):
    return "PB%s" % upper(R, 8)


def pp_key(R):
    # the Adyen API key of ws@Company.Fennick was revoked in the Customer Area during a clean-up; every payment
    # request returns 401 and pre-bookings cannot be paid online
    return lj(R, "ERROR", "com.fennick.parkpay.adyen.AdyenPaymentClient", "payment for booking %s failed: HTTP Exception" % booking(R),
              "com.adyen.service.exception.ApiException: HTTP Exception\n\tat com.adyen.service.resource.Resource.request(Resource.java:%d)\n\tat com.adyen.service.checkout.PaymentsApi.payments(PaymentsApi.java:%d)\n\tat com.fennick.parkpay.adyen.AdyenPaymentClient$pay$2.invokeSuspend(AdyenPaymentClient.kt:%d)\n" % (R.randint(180, 200), R.randint(680, 700), R.randint(40, 60)),
              statusCode=401, adyenError=jd({"status": 401, "errorCode": "000", "message": "HTTP Status Response - Unauthorized", "errorType": "security"}))


def pp_hmac(R):
    # the webhook HMAC key was regenerated in the Customer Area but SSM still holds the old one; AUTHORISATION
    # notifications are rejected, bookings stay unpaid and Adyen keeps queueing retries
    if R.random() < 0.6:
        return lj(R, "ERROR", "com.fennick.parkpay.webhook.AdyenWebhookController", "HMAC signature validation failed for notification pspReference=%s eventCode=%s, responding 401" % (psp(R), pick(R, ["AUTHORISATION", "CAPTURE", "REFUND"])), merchantAccount="FennickParkingSE")
    return lj(R, "WARN", "com.fennick.parkpay.booking.BookingReconciler", "%d bookings with authorised payments at Adyen still unpaid here after 30 min (webhooks not accepted)" % R.randint(3, 120))


def pp_sessions(R):
    # parking-session service 5.0 moved its API from /api/v1 to /api/v2; parkpay still calls /api/v1, gets 404, the
    # circuit breaker opens and paid drivers' exit barriers are not released
    if R.random() < 0.5:
        return lj(R, "WARN", "com.fennick.parkpay.sessions.SessionClient", "release of session for plate %s failed: 404 Not Found from POST http://sessions.parking.internal/api/v1/sessions/%s/release" % (pick(R, ["ABC", "KLM", "RTX", "SUN", "WEO"]) + "%02d%d" % (R.randint(0, 99), R.randint(0, 9)), uuid(R)),
                  "org.springframework.web.reactive.function.client.WebClientResponseException$NotFound: 404 Not Found from POST http://sessions.parking.internal/api/v1/sessions/release\n\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:%d)\n" % R.randint(300, 320))
    return lj(R, "ERROR", "com.fennick.parkpay.exit.ExitPaymentHandler", "payment %s captured but exit barrier %s not released: CircuitBreaker 'sessions' is OPEN and does not permit further calls" % (psp(R), pick(R, ["P1-OUT-1", "P2-OUT-1", "P2-OUT-2", "LT-OUT-1"])),
              "io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'sessions' is OPEN and does not permit further calls\n")


def pp_kms(R):
    # the receipts bucket switched to a customer-managed KMS key whose key policy omits the parkpay task role;
    # PDF receipts (needed for VAT refunds) are not stored or sent
    return lj(R, "ERROR", "com.fennick.parkpay.receipt.ReceiptStore", "receipt for booking %s not stored" % booking(R),
              "software.amazon.awssdk.services.s3.model.S3Exception: User: arn:aws:sts::%s:assumed-role/parkpay-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s because no resource-based policy allows the kms:GenerateDataKey action (Service: S3, Status Code: 403, Request ID: %s)\n" % (ACCT, hexs(R, 32), REGION, ACCT, uuid(R), upper(R, 16)))


def pp_oom(R):
    # the Netty leak from retaining webhook request bodies in the audit filter exhausts direct memory
    # (MaxDirectMemorySize=256m); requests fail until the task is replaced
    return lj(R, "ERROR", pick(R, ["reactor.netty.channel.ChannelOperationsHandler", "io.netty.channel.DefaultChannelPipeline"]),
              pick(R, ["[%s-%d, L:/10.95.%d.%d:8080 - R:/10.95.%d.%d:%d] Error was received while reading the incoming data. The connection will be closed." % (hexs(R, 8), R.randint(1, 9), R.randint(0, 3), R.randint(2, 250), R.randint(0, 3), R.randint(2, 250), R.randint(30000, 60000)),
                       "An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception."]),
              "io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory (used: %d, max: 268435456)\n\tat io.netty.util.internal.PlatformDependent.incrementMemoryCounter(PlatformDependent.java:%d)\n" % (R.randint(251658240, 268435455), R.choice([843, 880])))


def pp_negs():
    def n_pay(R):
        b = booking(R)
        return pick(R, [
            lj(R, "INFO", "com.fennick.parkpay.adyen.AdyenPaymentClient", "payment for booking %s: resultCode=Authorised pspReference=%s amount=%d SEK card=**** %s" % (b, psp(R), R.randint(60, 2400), digits(R, 4))),
            lj(R, "INFO", "com.fennick.parkpay.adyen.AdyenPaymentClient", "payment for booking %s: resultCode=Refused refusalReason=\"%s\" (issuer decision)" % (b, pick(R, ["Not enough balance", "Refused", "Expired Card", "CVC Declined"]))),
            lj(R, "INFO", "com.fennick.parkpay.adyen.AdyenPaymentClient", "payment for booking %s: resultCode=RedirectShopper (3DS2 challenge)" % b),
            lj(R, "INFO", "com.fennick.parkpay.exit.ExitPaymentHandler", "exit payment %s captured, session released at %s, error=null" % (psp(R), pick(R, ["P1-OUT-1", "P2-OUT-1", "LT-OUT-1"]))),
            lj(R, "INFO", "com.fennick.parkpay.receipt.ReceiptStore", "receipt for booking %s stored s3://fennick-parkpay-receipts/2031/06/%s.pdf" % (b, b)),
            lj(R, "WARN", "com.fennick.parkpay.api.BookingController", "rejected booking request: arrival after departure, 400", path="/api/bookings"),
            lj(R, "WARN", "com.fennick.parkpay.sessions.SessionClient", "sessions call timed out once, Retry 'sessions' attempt 2 succeeded")])

    def n_hook(R):
        p = psp(R)
        return pick(R, [
            lj(R, "INFO", "com.fennick.parkpay.webhook.AdyenWebhookController", "notification pspReference=%s eventCode=AUTHORISATION success=true, [accepted]" % p, merchantAccount="FennickParkingSE"),
            lj(R, "INFO", "com.fennick.parkpay.webhook.AdyenWebhookController", "notification pspReference=%s eventCode=AUTHORISATION already processed (re-delivery), [accepted]" % p, merchantAccount="FennickParkingSE"),
            lj(R, "INFO", "com.fennick.parkpay.webhook.AdyenWebhookController", "notification pspReference=%s eventCode=AUTHORISATION success=false reason=\"Refused\", booking left unpaid, [accepted]" % p, merchantAccount="FennickParkingSE"),
            lj(R, "INFO", "com.fennick.parkpay.webhook.AdyenWebhookController", "notification eventCode=REPORT_AVAILABLE settlement_detail_report_batch_%d.csv, [accepted]" % R.randint(100, 400), merchantAccount="FennickParkingSE")])

    def n_sys(R):
        return pick(R, [
            lj(R, "INFO", "com.fennick.parkpay.ParkpayApplicationKt", "Started ParkpayApplicationKt in %d.%03d seconds (process running for %d.%03d)" % (R.randint(4, 9), R.randint(0, 999), R.randint(5, 11), R.randint(0, 999))),
            lj(R, "INFO", "org.springframework.boot.web.embedded.netty.NettyWebServer", "Netty started on port 8080 (http)"),
            lj(R, "INFO", "io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine", "CircuitBreaker 'sessions' changed state from HALF_OPEN to CLOSED"),
            lj(R, "INFO", "com.fennick.parkpay.web.AccessLog", "GET /actuator/health 200 %dms" % R.randint(1, 20)),
            lj(R, "INFO", "com.fennick.parkpay.web.AccessLog", "POST /webhooks/adyen 200 %dms" % R.randint(3, 90)),
            lj(R, "DEBUG", "com.fennick.parkpay.adyen.AdyenPaymentClient", "payments request %s" % jd({"merchantAccount": "FennickParkingSE", "reference": booking(R), "amount": {"currency": "SEK", "value": R.randint(6000, 240000)}, "paymentMethod": {"type": "scheme"}}))])
    return [n_pay, n_pay, n_pay, n_hook, n_hook, n_sys, n_sys]


def fam_parkpay(R):
    return build(R, F1, [("adyen-api-key-revoked", pp_key), ("webhook-hmac-key-regenerated-not-in-ssm", pp_hmac),
                         ("sessions-api-moved-v2-circuit-open", pp_sessions), ("receipts-kms-key-policy-omits-role", pp_kms),
                         ("netty-direct-memory-leak-audit-filter", pp_oom)], pp_negs())


# ---------------------------------------------------------------- roster-java21-lambda-snapstart-log4j2
F2 = "roster-java21-lambda-snapstart-log4j2"

UNITS = ["GH-RAMP-T1", "GH-RAMP-T2", "SEC-T1", "SEC-T2", "INFO-DESK", "PRM-ASSIST", "BAG-HALL", "APRON-CTRL"]


def l4(R, rid, lvl, cls, msg):
    return "%s %s %-5s %s - %s" % (plain_ts(R), rid, lvl, cls, msg)


def report(R, rid, mem=1024, used=None, status=None, restore=True, dur=None):
    d = dur if dur is not None else R.uniform(80, 9000)
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (rid, d, int(d) + 1, mem, used or R.randint(180, 600))
    if restore:
        rd = R.uniform(180, 700)
        s += "\tRestore Duration: %.2f ms\tBilled Restore Duration: %d ms" % (rd, int(rd * 0.6))
    if status:
        s += "\t" + status
    return s


def ro_timeout(R):
    # the publish function calls Microsoft Graph once per staff member, sequentially, and cannot finish 1,400
    # calendars within its 300 s timeout; the late units' rosters are never published
    rid = uuid(R)
    if R.random() < 0.5:
        return "%s %s Task timed out after 300.%02d seconds" % (iso_z(R), rid, R.randint(0, 99))
    return report(R, rid, used=R.randint(400, 700), status="Status: timeout", dur=300000 + R.uniform(0, 99))


def ro_snap(R):
    # HikariCP opens its connections during the SnapStart snapshot; restored environments reuse dead sockets and the
    # first queries fail, so swap requests and publish runs after a restore fail
    rid = uuid(R)
    return l4(R, rid, "ERROR", pick(R, ["RosterPublisher", "ShiftSwapHandler"]), "%s for unit %s failed\norg.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.\n\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:%d)\n\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeQuery(ProxyPreparedStatement.java:52)\n\tat com.fennick.roster.db.RosterRepository.loadShifts(RosterRepository.java:%d)\nCaused by: java.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:%d)\n\t... %d more" % (
        pick(R, ["roster publish", "shift swap"]), pick(R, UNITS), R.choice([370, 381]), R.randint(60, 120), R.choice([318, 328]), R.randint(12, 30)))


def ro_fifo(R):
    # the notifications queue was recreated as FIFO (roster-notify.fifo) but the notify function sends without
    # MessageGroupId; staff are not told about changed shifts
    rid = uuid(R)
    if R.random() < 0.7:
        return l4(R, rid, "ERROR", "ShiftNotifier", "notification for shift %d not queued\nsoftware.amazon.awssdk.services.sqs.model.SqsException: The request must contain the parameter MessageGroupId. (Service: Sqs, Status Code: 400, Request ID: %s)\n\tat software.amazon.awssdk.services.sqs.DefaultSqsClient.sendMessage(DefaultSqsClient.java:%d)" % (R.randint(1000000, 9999999), uuid(R), R.randint(2800, 2900)))
    return l4(R, rid, "WARN", "ShiftNotifier", "notify run finished: 0 of %d shift changes queued" % R.randint(5, 300))


def ro_oom(R):
    # the monthly payroll export builds the whole XLSX in memory with XSSF; with 1,400 staff it exceeds the 1024 MB
    # function and no export reaches payroll
    rid = uuid(R)
    r = R.random()
    if r < 0.4:
        return l4(R, rid, "ERROR", "PayrollExport", "export for period 2031-%02d failed\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n\tat org.apache.poi.xssf.usermodel.XSSFSheet.createRow(XSSFSheet.java:%d)\n\tat com.fennick.roster.export.PayrollExport.writeRows(PayrollExport.java:%d)" % (R.randint(5, 6), R.choice([779, 784]), R.randint(80, 140)))
    if r < 0.7:
        return report(R, rid, used=1024, status="Status: error\tError Type: Runtime.OutOfMemory", dur=R.uniform(40000, 120000))
    return '{"errorMessage":"Java heap space","errorType":"java.lang.OutOfMemoryError","stackTrace":["java.base/java.util.Arrays.copyOf(Arrays.java:3541)","org.apache.poi.xssf.usermodel.XSSFSheet.createRow(XSSFSheet.java:%d)","com.fennick.roster.export.PayrollExport.writeRows(PayrollExport.java:%d)"]}' % (R.choice([779, 784]), R.randint(80, 140))


def ro_ssm(R):
    # the union-rules parameter was renamed to /fennick/roster/prod/labour-rules; the rule engine cannot load and
    # no roster passes validation, so none is published
    rid = uuid(R)
    return l4(R, rid, "ERROR", "RuleEngine", "cannot load union rules, roster for %s not published\nsoftware.amazon.awssdk.services.ssm.model.ParameterNotFoundException: null (Service: Ssm, Status Code: 400, Request ID: %s)\n\tat com.fennick.roster.rules.RuleEngine.load(RuleEngine.java:%d)" % (pick(R, UNITS), uuid(R), R.randint(30, 60)))


def ro_negs():
    def n_plat(R):
        rid = uuid(R)
        return pick(R, [
            "START RequestId: %s Version: %d" % (rid, R.randint(40, 60)),
            "END RequestId: %s" % rid,
            report(R, rid),
            report(R, rid, restore=False),
            "RESTORE_START Runtime Version: java:21.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(20, 40), REGION, hexs(R, 64)),
            "RESTORE_REPORT Restore Duration: %.2f ms" % R.uniform(150, 700)])

    def n_app(R):
        rid = uuid(R)
        u = pick(R, UNITS)
        return pick(R, [
            l4(R, rid, "INFO", "RosterPublisher", "roster %s week %d published: %d shifts, %d staff, 0 conflicts" % (u, R.randint(23, 30), R.randint(80, 900), R.randint(20, 300))),
            l4(R, rid, "INFO", "RosterPublisher", "calendar sync for %s: %d events written, 0 errors" % (u, R.randint(10, 400))),
            l4(R, rid, "INFO", "ShiftSwapHandler", "swap %d approved between staff %d and %d" % (R.randint(100000, 999999), R.randint(10000, 99999), R.randint(10000, 99999))),
            l4(R, rid, "WARN", "ShiftSwapHandler", "swap %d rejected: would break the 11 h daily rest rule (staff %d)" % (R.randint(100000, 999999), R.randint(10000, 99999))),
            l4(R, rid, "WARN", "RosterPublisher", "Graph returned 429 for staff %d, Retry-After 2 s, retry succeeded" % R.randint(10000, 99999)),
            l4(R, rid, "INFO", "ShiftNotifier", "notify run finished: %d of %d shift changes queued, failed=0" % ((lambda x: (x, x))(R.randint(1, 300)))),
            l4(R, rid, "INFO", "PayrollExport", "export for period 2031-%02d finished: %d rows, %d KB" % (R.randint(5, 6), R.randint(100, 900), R.randint(40, 900))),
            l4(R, rid, "WARN", "RosterPublisher", "staff %d marked unavailable (sick leave), shift %d left open for the duty manager" % (R.randint(10000, 99999), R.randint(1000000, 9999999))),
            l4(R, rid, "DEBUG", "RuleEngine", "rules loaded from /fennick/roster/prod/labour-rules version %d (max_shift_h=12, min_rest_h=11)" % R.randint(3, 20)),
            l4(R, rid, "INFO", "SnapStartHooks", "afterRestore: pool refreshed, %d connections validated" % R.randint(1, 4))])

    def n_emf(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "Fennick/Roster", "Dimensions": [["Unit"]], "Metrics": [{"Name": "ShiftsPublished", "Unit": "Count"}, {"Name": "Conflicts", "Unit": "Count"}]}]},
                   "Unit": pick(R, UNITS), "ShiftsPublished": R.randint(0, 900), "Conflicts": 0})
    return [n_plat, n_plat, n_plat, n_app, n_app, n_app, n_emf]


def fam_roster(R):
    return build(R, F2, [("publish-graph-sequential-timeout", ro_timeout), ("snapstart-restored-stale-db-sockets", ro_snap),
                         ("notify-fifo-missing-message-group-id", ro_fifo), ("payroll-export-xssf-heap-oom", ro_oom),
                         ("union-rules-parameter-renamed", ro_ssm)], ro_negs())


FAMILIES = {F1: fam_parkpay, F2: fam_roster}
