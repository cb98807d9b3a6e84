"""Families: java21-lambda-snapstart-sfn-tasks, go-al2023-streams-kinesis-consumers."""
from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, pick, jd, build, iso, trace_id, epoch,
                    lambda_report, lambda_start, lambda_end, init_start, plat_json, plat_report_json, jat)

ACCT = "111122223333"

# ---------------------------------------------------------------- java21-lambda-snapstart-sfn-tasks
# Java 21 Lambdas behind a claims Step Functions state machine (ValidateClaim, ScoreFraud, PersistClaim,
# NotifyAdjuster, ApprovalCallback), SnapStart on; Powertools for Java logging with the log4j2 JSON layout,
# AWS SDK for Java v2 exceptions, the Java runtime's error JSON, platform lines incl. RESTORE_START/REPORT.
F3 = "java21-lambda-snapstart-sfn-tasks"
JFN = {"validate": "claims-validate-prod", "score": "claims-score-fraud-prod", "persist": "claims-persist-prod",
       "notify": "claims-notify-adjuster-prod", "approval": "claims-approval-callback-prod", "ocr": "claims-document-ocr-prod"}


def jlog(R, level, logger, msg, fn, err=None, **extra):
    d = {"timestamp": iso(R), "level": level, "service": "claims", "message": msg, "cold_start": R.random() < 0.08,
         "function_name": JFN[fn], "function_version": pick(R, ["$LATEST", "31", "32"]), "function_memory_size": "1024",
         "function_arn": "arn:aws:lambda:us-east-1:%s:function:%s" % (ACCT, JFN[fn]), "function_request_id": uuid(R),
         "sampling_rate": "0.0", "xray_trace_id": trace_id(R), "logger": logger, "thread": "main"}
    d.update(extra)
    if err:
        d["error"] = {"name": err[0], "message": err[1], "stack": err[2]}
    return jd(d)


def sdk_tail(R, svc, code):
    return "(Service: %s, Status Code: %d, Request ID: %s)" % (svc, code, uuid(R) if svc != "DynamoDb" else alnum(R, 52).upper())


def j_npe(R):
    line = pick(R, [57, 57, 57, 61])
    msg = 'Cannot invoke "com.example.claims.model.PolicyHolder.getCountry()" because the return value of "com.example.claims.model.Claim.getPolicyHolder()" is null'
    frames = ["com.example.claims.validate.ValidateClaimHandler.checkJurisdiction(ValidateClaimHandler.java:%d)" % line,
              "com.example.claims.validate.ValidateClaimHandler.handleRequest(ValidateClaimHandler.java:%d)" % (line - 23),
              "com.example.claims.validate.ValidateClaimHandler.handleRequest(ValidateClaimHandler.java:18)"]
    if R.random() < 0.5:
        return jd({"errorMessage": msg, "errorType": "java.lang.NullPointerException", "stackTrace": frames})
    return jlog(R, "ERROR", "com.example.claims.validate.ValidateClaimHandler", "Validation crashed for claim CLM-%s" % digits(R, 7), "validate",
                err=("java.lang.NullPointerException", msg, "java.lang.NullPointerException: " + msg + jat(frames)))


def j_stale(R):
    msg = "An I/O error occurred while sending to the backend."
    frames = ["org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:%d)" % 399, "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:%d)" % 152,
              "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)", "com.example.claims.persist.ClaimRepository.insert(ClaimRepository.java:%d)" % pick(R, [74, 74, 78])]
    cause = "\nCaused by: java.net.SocketException: Connection reset" + jat(["java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:318)"])
    if R.random() < 0.6:
        return jlog(R, "ERROR", "com.example.claims.persist.PersistClaimHandler", "Insert failed after restore for claim CLM-%s" % digits(R, 7), "persist",
                    err=("org.postgresql.util.PSQLException", msg, "org.postgresql.util.PSQLException: " + msg + jat(frames) + cause), snap_restored=True)
    return jd({"errorMessage": msg, "errorType": "org.postgresql.util.PSQLException", "stackTrace": frames, "cause": {"errorMessage": "Connection reset", "errorType": "java.net.SocketException"}})


def j_dupid(R):
    key = "%s-%s-%s-%s-%s" % (hexs(R, 8), hexs(R, 4), hexs(R, 4), hexs(R, 4), hexs(R, 12))
    msg = 'ERROR: duplicate key value violates unique constraint "claim_events_pkey"\n  Detail: Key (event_id)=(%s) already exists.' % key
    return jlog(R, "ERROR", "com.example.claims.persist.ClaimEventWriter", "Could not append claim event", "persist",
                err=("org.postgresql.util.PSQLException", msg, "org.postgresql.util.PSQLException: " + msg + jat(["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)", "com.example.claims.persist.ClaimEventWriter.append(ClaimEventWriter.java:%d)" % pick(R, [41, 41, 44])])),
                event_id_source="EventIds.next()")


def j_model(R):
    msg = 'Received client error (424) from primary with message "{\\"error\\": \\"feature \'claim_age_days\' missing\\"}". See https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logEventViewer:group=/aws/sagemaker/Endpoints/fraud-xgb-v7 in account %s for more information. %s' % (ACCT, sdk_tail(R, "SageMakerRuntime", 424))
    return jlog(R, "ERROR", "com.example.claims.fraud.ScoreFraudHandler", "Fraud scoring failed", "score",
                err=("software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException", msg, "software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException: " + msg + jat(["com.example.claims.fraud.FraudClient.score(FraudClient.java:%d)" % pick(R, [66, 66])])),
                claim_id="CLM-%s" % digits(R, 7))


def j_ses(R):
    msg = "Email address is not verified. The following identities failed the check in region US-EAST-1: claims-noreply@claims.example.com %s" % sdk_tail(R, "SesV2", 400)
    if R.random() < 0.7:
        return jlog(R, "ERROR", "com.example.claims.notify.NotifyAdjusterHandler", "Adjuster notification not sent", "notify",
                    err=("software.amazon.awssdk.services.sesv2.model.MessageRejectedException", msg, "software.amazon.awssdk.services.sesv2.model.MessageRejectedException: " + msg),
                    adjuster_id="ADJ-%s" % digits(R, 4))
    return jd({"errorMessage": msg, "errorType": "software.amazon.awssdk.services.sesv2.model.MessageRejectedException",
               "stackTrace": ["software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)", "com.example.claims.notify.Mailer.send(Mailer.java:%d)" % pick(R, [52, 52])]})


def j_enum(R):
    val = pick(R, ["WINDSCREEN", "WINDSCREEN", "HAIL"])
    msg = 'Cannot deserialize value of type `com.example.claims.model.ClaimType` from String "%s": not one of the values accepted for Enum class: [THEFT, WATER, FIRE, COLLISION, GLASS]\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.example.claims.model.Claim["type"])' % (val, R.randint(120, 400))
    return jd({"errorMessage": msg, "errorType": "com.fasterxml.jackson.databind.exc.InvalidFormatException", "stackTrace": ["com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)", "com.example.claims.validate.ClaimMapper.read(ClaimMapper.java:%d)" % pick(R, [29, 29])]}) if R.random() < 0.5 else \
        jlog(R, "ERROR", "com.example.claims.validate.ClaimMapper", "Unreadable claim payload from channel %s" % pick(R, ["partner-api", "broker-portal"]), "validate",
             err=("com.fasterxml.jackson.databind.exc.InvalidFormatException", msg, "com.fasterxml.jackson.databind.exc.InvalidFormatException: " + msg))


def j_ocr_oom(R):
    if R.random() < 0.55:
        return jd({"errorMessage": "Java heap space", "errorType": "java.lang.OutOfMemoryError", "stackTrace": [
            "org.apache.pdfbox.io.ScratchFile.getNewPage(ScratchFile.java:%d)" % 193, "org.apache.pdfbox.rendering.PDFRenderer.renderImageWithDPI(PDFRenderer.java:%d)" % 254,
            "com.example.claims.ocr.PageRasterizer.rasterize(PageRasterizer.java:%d)" % pick(R, [48, 48, 50])]})
    return lambda_report(R, mem=1024, status="error", used=1024, dur=R.uniform(8000, 30000))


def j_timeout(R):
    if R.random() < 0.6:
        return "%s %s Task timed out after 60.00 seconds" % (iso(R), uuid(R))
    return "REPORT RequestId: %s\tDuration: 60000.00 ms\tBilled Duration: 60000 ms\tMemory Size: 1024 MB\tMax Memory Used: %d MB\tStatus: timeout" % (uuid(R), R.randint(300, 600))


def j_ddb_size(R):
    msg = "Item size has exceeded the maximum allowed size %s" % sdk_tail(R, "DynamoDb", 400)
    return jlog(R, "ERROR", "com.example.claims.persist.ClaimSnapshotStore", "Snapshot write failed for claim CLM-%s (%d attachments)" % (digits(R, 7), R.randint(40, 220)), "persist",
                err=("software.amazon.awssdk.services.dynamodb.model.DynamoDbException", msg, "software.amazon.awssdk.services.dynamodb.model.DynamoDbException: " + msg))


def j_token(R):
    msg = "Task Timed Out: 'Provided task does not exist anymore' %s" % sdk_tail(R, "Sfn", 400)
    return jlog(R, "ERROR", "com.example.claims.approval.ApprovalCallbackHandler", "SendTaskSuccess rejected for approval APR-%s" % digits(R, 6), "approval",
                err=("software.amazon.awssdk.services.sfn.model.TaskTimedOutException", msg, "software.amazon.awssdk.services.sfn.model.TaskTimedOutException: " + msg),
                decided_after_hours=R.randint(170, 400))


def j_classnf(R):
    if R.random() < 0.65:
        return jd({"errorMessage": "Class not found: com.example.claims.ocr.OcrHandler", "errorType": "java.lang.ClassNotFoundException",
                   "stackTrace": ["java.base/java.net.URLClassLoader.findClass(Unknown Source)", "java.base/java.lang.ClassLoader.loadClass(Unknown Source)", "java.base/java.lang.Class.forName0(Native Method)"]})
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.ClassNotFound" % R.uniform(400, 1200)


def java_negs():
    def a(R): return lambda_start(R, pick(R, ["31", "32"]))
    def b(R): return lambda_end(R)
    def c(R): return lambda_report(R, mem=1024, dur=R.uniform(8, 1400)) + ("\tRestore Duration: %.2f ms\tBilled Restore Duration: %d ms" % (R.uniform(180, 700), R.randint(180, 700)) if R.random() < 0.2 else "")
    def d(R): return "RESTORE_START Runtime Version: java:21.v%d\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (R.randint(20, 24), hexs(R, 64))
    def e(R): return "RESTORE_REPORT Restore Duration: %.2f ms" % R.uniform(150, 800)
    def f(R): return jlog(R, "INFO", "com.example.claims.validate.ValidateClaimHandler", "Claim CLM-%s validated (%s)" % (digits(R, 7), pick(R, ["THEFT", "WATER", "GLASS", "FIRE"])), "validate")
    def g(R): return jlog(R, "INFO", "com.example.claims.fraud.ScoreFraudHandler", "Fraud score %.3f for claim CLM-%s" % (R.random(), digits(R, 7)), "score")
    def h(R): return jlog(R, "WARN", "com.zaxxer.hikari.pool.PoolBase", "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % hexs(R, 8), "persist")
    def i(R): return jlog(R, "INFO", "com.example.claims.validate.ValidateClaimHandler", "Claim CLM-%s rejected: policy expired on 2027-%02d-%02d" % (digits(R, 7), R.randint(1, 12), R.randint(1, 28)), "validate", outcome="REJECTED")
    def j(R): return "Picked up JAVA_TOOL_OPTIONS: -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -Dlog4j2.level=%s" % pick(R, ["INFO", "WARN"]) + " -Dclaims.rev=%s" % hexs(R, 7)
    def k(R): return jlog(R, "DEBUG", "software.amazon.awssdk.request", "Received successful response: 200, Request ID: %s, Extended Request ID: not available" % uuid(R), "notify")
    def l(R): return jlog(R, "INFO", "com.example.claims.persist.SnapStartHooks", "afterRestore: refreshed %d pooled connections in %d ms" % (R.randint(1, 4), R.randint(20, 300)), "persist")
    def m(R): return init_start(R, "java:21.v%d" % R.randint(20, 24))
    def n(R): return jlog(R, "INFO", "com.example.claims.approval.ApprovalCallbackHandler", "Task token accepted for approval APR-%s, errors=0" % digits(R, 6), "approval")
    def o(R): return jlog(R, "WARN", "com.example.claims.fraud.FraudClient", "SageMaker 503 on attempt %d, retrying in %d ms" % (R.randint(1, 2), R.randint(100, 800)), "score")
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o]


def fam_java(R):
    groups = [("validate-claim-npe-null-policy-holder", j_npe), ("persist-stale-db-connection-after-restore", j_stale),
              ("persist-duplicate-event-ids-after-snapstart", j_dupid), ("score-fraud-model-feature-missing", j_model),
              ("notify-adjuster-ses-identity-unverified", j_ses), ("validate-claim-unknown-claim-type", j_enum),
              ("document-ocr-heap-exhausted", j_ocr_oom), ("score-fraud-task-timeout-60s", j_timeout),
              ("persist-snapshot-item-too-large", j_ddb_size), ("approval-callback-token-expired", j_token),
              ("document-ocr-handler-class-not-found", j_classnf, 6)]
    return build(R, F3, groups, java_negs())


# ---------------------------------------------------------------- go-al2023-streams-kinesis-consumers
# Go functions on provided.al2023 (aws-lambda-go, aws-sdk-go-v2): inventory-projector (DynamoDB Streams),
# clickstream-aggregator (Kinesis), geo-enricher (Kinesis, slog text), audit-archiver (Kinesis -> S3),
# session-sweeper (scheduled). slog JSON and text handlers, runtime error JSON, platform lines.
F4 = "go-al2023-streams-kinesis-consumers"


def gts(R):
    return "2028-03-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 9))


def gjson(R, level, msg, **kv):
    d = {"time": gts(R), "level": level, "msg": msg}
    d.update(kv)
    return jd(d)


def gtext(R, level, msg, **kv):
    s = 'time=%s level=%s msg="%s"' % (gts(R)[:23] + "Z", level, msg)
    for k, v in kv.items():
        s += " %s=%s" % (k, '"%s"' % v if (" " in str(v) or "=" in str(v)) else v)
    return s


def apierr(R, svc, op, code, err, msg, attempts=None):
    s = "operation error %s: %s, " % (svc, op)
    if attempts:
        s += "exceeded maximum number of attempts, %d, " % attempts
    s += "https response error StatusCode: %d, RequestID: %s, " % (code, alnum(R, 52).upper() if svc == "DynamoDB" else uuid(R))
    if svc == "S3":
        s = s.replace("RequestID: %s, " % s.split("RequestID: ")[1].split(",")[0], "RequestID: %s, HostID: %s, " % (alnum(R, 16).upper(), alnum(R, 76)))
    return s + "%s: %s" % (err, msg)


def g_panic(R):
    v = R.random()
    if v < 0.45:
        return jd({"errorMessage": "assignment to entry in nil map", "errorType": "runtimeError", "stackTrace": [
            {"path": "github.com/aws/aws-lambda-go@v1.47.0/lambda/errors.go", "line": 39, "label": "lambdaPanicResponse"},
            {"path": "github.com/example/inventory/cmd/projector/apply.go", "line": pick(R, [88, 88, 91]), "label": "(*Projector).apply"},
            {"path": "github.com/example/inventory/cmd/projector/main.go", "line": 47, "label": "(*Projector).Handle"}], "shouldExit": True})
    if v < 0.75:
        return "2028/03/%02d %s calling the handler function resulted in a panic, the process should exit" % (day(R), hms(R))
    return "RequestId: %s Error: Runtime exited with error: exit status 1\nRuntime.ExitError" % uuid(R)


def g_firehose(R):
    e = apierr(R, "Firehose", "PutRecordBatch", 400, "api error ValidationException", "1 validation error detected: Value at 'records.%d.member.data' failed to satisfy constraint: Member must have length less than or equal to 1024000" % R.randint(1, 499))
    return gjson(R, "ERROR", "flush to firehose failed", err=e, stream="clickstream-prod", shard="shardId-%012d" % R.randint(0, 7), batch=R.randint(100, 500))


def g_throughput(R):
    e = apierr(R, "DynamoDB", "BatchWriteItem", 400, "ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.", attempts=3)
    return gjson(R, "ERROR", "projection write failed", err=e, table="inventory-view-prod", items=R.randint(5, 25), seq=digits(R, 21))


def g_unmarshal(R):
    field = pick(R, ["lat", "lat", "lon"])
    m = "json: cannot unmarshal string into Go struct field Event.payload.%s of type float64" % field
    if R.random() < 0.5:
        return jd({"errorMessage": m, "errorType": "UnmarshalTypeError"})
    return gtext(R, "ERROR", "decode record", err=m, partition_key=lower(R, 12), seq=digits(R, 21))


def g_kms(R):
    e = apierr(R, "S3", "PutObject", 403, "api error AccessDenied", "User: arn:aws:sts::%s:assumed-role/audit-archiver-prod/audit-archiver-prod is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:%s:key/%s because no identity-based policy allows the kms:GenerateDataKey action" % (ACCT, ACCT, "6f1c2b7e-3d3a-4c51-9e1f-0a8b4c6d2e10"))
    return gjson(R, "ERROR", "archive object", err=e, bucket="audit-archive-prod", key="audit/2028/03/%02d/%s.json.gz" % (day(R), uuid(R)))


def g_redis(R):
    if R.random() < 0.6:
        return gjson(R, "ERROR", "counter increment failed", err="dial tcp %s:6379: i/o timeout" % pick(R, ["10.0.34.18", "10.0.35.201"]), key="ctr:%s:%s" % (pick(R, ["page", "sku", "campaign"]), lower(R, 8)))
    return "%s %s Task timed out after 10.00 seconds" % (iso(R), uuid(R))


def g_exec(R):
    if R.random() < 0.55:
        return "Error: fork/exec /var/task/bootstrap: exec format error\nRuntime.InvalidEntrypoint" + ("" if R.random() < 0.5 else "\nRequestId: %s" % uuid(R))
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.InvalidEntrypoint" % (R.uniform(0.5, 3), pick(R, ["init", "invoke"]))


def g_mmdb(R):
    if R.random() < 0.6:
        return gtext(R, "ERROR", "open geo database", err="open /opt/geo/GeoLite2-City.mmdb: no such file or directory", layer_version=pick(R, [11, 12]))
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.ExitError" % R.uniform(20, 90)


def g_oom(R):
    if R.random() < 0.5:
        return "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x%x, 0x16})\n\t/usr/local/go/src/runtime/panic.go:1023 +0x5c fp=0x%s sp=0x%s pc=0x%s" % (R.randint(0x700000, 0x7fffff), hexs(R, 10), hexs(R, 10), hexs(R, 6))
    return lambda_report(R, mem=256, status="error", used=256, dur=R.uniform(2000, 8000))


def g_dlq(R):
    e = apierr(R, "SQS", "SendMessage", 400, "api error AWS.SimpleQueueService.NonExistentQueue", "The specified queue does not exist.")
    return gjson(R, "ERROR", "send to dead-letter queue", err=e, queue="inventory-projector-dlq", event_id=hexs(R, 32))


def g_sweeper_ctx(R):
    e = "operation error DynamoDB: Scan, https response error StatusCode: 400, RequestID: %s, api error ValidationException: ExclusiveStartKey does not match the table's key schema" % alnum(R, 52).upper()
    return gtext(R, "ERROR", "sweep page", err=e, page=R.randint(2, 40), table="sessions-prod")


def go_negs():
    def a(R): return lambda_start(R)
    def b(R): return lambda_end(R)
    def c(R): return lambda_report(R, mem=pick(R, [128, 256]), dur=R.uniform(1, 300), init=R.random() < 0.15)
    def d(R): return init_start(R, "provided:al2023.v%d" % R.randint(60, 70))
    def e(R): return gjson(R, "INFO", "batch processed", records=R.randint(1, 100), failed=0, shard="shardId-%012d" % R.randint(0, 7), iterator_age_ms=R.randint(0, 900))
    def f(R): return gjson(R, "WARN", "stale update skipped", reason="ConditionalCheckFailedException: The conditional request failed", sku="SKU-%s" % digits(R, 6))
    def g(R): return gtext(R, "INFO", "enriched", records=R.randint(1, 500), unknown_ip=R.randint(0, 4), took="%dms" % R.randint(3, 90))
    def h(R): return gjson(R, "DEBUG", "retrying request", attempt=R.randint(1, 2), err="ProvisionedThroughputExceededException", backoff="%dms" % R.randint(20, 400))
    def i(R): return gtext(R, "INFO", "archived", objects=R.randint(1, 30), bytes=R.randint(1000, 9000000), errors=0)
    def j(R): return gjson(R, "INFO", "returning partial batch response", batchItemFailures=[], records=R.randint(1, 100))
    def k(R): return gtext(R, "DEBUG", "window flushed", window="2028-03-%02dT%s:00Z" % (day(R), hms(R)[:5]), keys=R.randint(1, 2000))
    def l(R): return gjson(R, "INFO", "sweep done", deleted=R.randint(0, 5000), pages=R.randint(1, 40), errors=0)
    def m(R): return plat_json(R, "platform.start", {"requestId": uuid(R), "version": "$LATEST"})
    def n(R): return plat_report_json(R, mem=256)
    def o(R): return gjson(R, "WARN", "record skipped: unsupported event name", event_name="REMOVE", seq=digits(R, 21))
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o]


def fam_go(R):
    groups = [("projector-nil-map-panic", g_panic), ("aggregator-firehose-record-too-large", g_firehose),
              ("projector-ddb-throughput-exceeded", g_throughput), ("geo-enricher-lat-sent-as-string", g_unmarshal),
              ("archiver-kms-generatedatakey-denied", g_kms), ("aggregator-redis-unreachable-timeout", g_redis),
              ("session-sweeper-arm64-binary-on-x86", g_exec), ("geo-enricher-mmdb-layer-missing", g_mmdb),
              ("aggregator-out-of-memory", g_oom), ("projector-dlq-queue-missing", g_dlq),
              ("session-sweeper-scan-start-key-invalid", g_sweeper_ctx)]
    return build(R, F4, groups, go_negs())


FAMILIES = {F3: fam_java, F4: fam_go}
