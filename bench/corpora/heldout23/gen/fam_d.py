"""Families: stepfunctions-docs-ingest-java21-lambdas, kinesis-firehose-clickstream-transformer-lambda."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    at, ms, epoch, epoch_ms, lstart, lend, lreport, ACCT)

# ---------------------------------------------------------------- stepfunctions-docs-ingest-java21-lambdas
# "kilnworth" mortgage-document ingestion: a Standard Step Functions state machine `kw-ingest` (logging level ALL)
# running Java 21 task Lambdas (kw-ocr, kw-classify, kw-extract, kw-merge-pdf) that log JSON through Powertools
# for Java (log4j2 JsonTemplateLayout), plus the Lambda platform lines (SnapStart on kw-classify).
F7 = "stepfunctions-docs-ingest-java21-lambdas"
SM = "arn:aws:states:eu-west-1:%s:stateMachine:kw-ingest" % ACCT


def ex_arn(R):
    return "arn:aws:states:eu-west-1:%s:execution:kw-ingest:%s" % (ACCT, uuid(R))


def sfn(R, typ, details=None, eid=None):
    e = eid or R.randint(2, 60)
    d = {"id": str(e), "type": typ, "details": details or {}, "previous_event_id": str(e - 1), "event_timestamp": str(epoch_ms(R)),
         "execution_arn": ex_arn(R), "redrive_count": "0"}
    return jd(d)


def jv(R, level, fn, msg, cold=False, **kw):
    d = {"level": level, "message": msg, "timestamp": iso(R), "service": "kw-ingest", "cold_start": cold, "function_name": fn,
         "function_memory_size": {"kw-ocr": 1024, "kw-classify": 2048, "kw-extract": 1024, "kw-merge-pdf": 3008}[fn],
         "function_request_id": uuid(R), "xray_trace_id": "1-%s-%s" % (hexs(R, 8), hexs(R, 24)), "loggerName": "com.kilnworth.ingest." + {"kw-ocr": "OcrHandler", "kw-classify": "ClassifyHandler", "kw-extract": "ExtractHandler", "kw-merge-pdf": "MergePdfHandler"}[fn]}
    d.update(kw)
    return jd(d)


def doc(R):
    return "s3://kw-inbound-docs/%s/%s.%s" % (pick(R, ["applications", "remortgage", "buy-to-let"]), uuid(R), pick(R, ["pdf", "tiff", "jpg"]))


def sf_textract(R):
    rid = alnum(R, 8).lower() + "-" + uuid(R)[9:]
    m = "Provisioned rate exceeded (Service: Textract, Status Code: 400, Request ID: %s)" % uuid(R)
    r = R.random()
    if r < 0.4:
        return jv(R, "ERROR", "kw-ocr", "StartDocumentAnalysis failed for %s" % doc(R), error={"name": "software.amazon.awssdk.services.textract.model.ProvisionedThroughputExceededException", "message": m,
                  "stack": "software.amazon.awssdk.services.textract.model.ProvisionedThroughputExceededException: %s\n\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n\tat com.kilnworth.ingest.OcrHandler.handleRequest(OcrHandler.java:%d)" % (m, pick(R, [64, 64, 71]))})
    if r < 0.75:
        return sfn(R, "TaskFailed", {"cause": jd({"errorMessage": m, "errorType": "software.amazon.awssdk.services.textract.model.ProvisionedThroughputExceededException"}), "error": "software.amazon.awssdk.services.textract.model.ProvisionedThroughputExceededException", "resource": "invoke", "resourceType": "lambda"})
    return sfn(R, "ExecutionFailed", {"cause": jd({"errorMessage": m, "errorType": "software.amazon.awssdk.services.textract.model.ProvisionedThroughputExceededException"}), "error": "software.amazon.awssdk.services.textract.model.ProvisionedThroughputExceededException"})


def sf_classify_init(R):
    r = R.random()
    if r < 0.45:
        return "Error loading class com.kilnworth.ingest.ClassifyHandler: com/fasterxml/jackson/databind/ObjectMapper: java.lang.NoClassDefFoundError\njava.lang.NoClassDefFoundError: com/fasterxml/jackson/databind/ObjectMapper\n\tat com.kilnworth.ingest.ClassifyHandler.<clinit>(ClassifyHandler.java:%d)\n\tat java.base/java.lang.Class.forName0(Native Method)\n\tat java.base/java.lang.Class.forName(Unknown Source)\nCaused by: java.lang.ClassNotFoundException: com.fasterxml.jackson.databind.ObjectMapper. Current classpath: file:/var/task/\n\tat java.base/java.net.URLClassLoader.findClass(Unknown Source)\n\tat java.base/java.lang.ClassLoader.loadClass(Unknown Source)" % pick(R, [27, 27, 28]) + ("\n\t... %d more" % R.randint(6, 9))
    if r < 0.7:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.Unknown" % (R.uniform(900, 2400), pick(R, ["init", "invoke"]))
    return sfn(R, "TaskFailed", {"cause": jd({"errorMessage": "Error loading class com.kilnworth.ingest.ClassifyHandler: com/fasterxml/jackson/databind/ObjectMapper", "errorType": "java.lang.NoClassDefFoundError"}), "error": "java.lang.NoClassDefFoundError", "resource": "invoke", "resourceType": "lambda"})


def sf_datalimit(R):
    r = R.random()
    if r < 0.6:
        return sfn(R, "ExecutionFailed", {"cause": "The state/task 'ExtractFields' returned a result with a size exceeding the maximum number of bytes service limit.", "error": "States.DataLimitExceeded"})
    return jv(R, "WARN", "kw-extract", "returning extraction result inline", fields=R.randint(1800, 4200), payloadBytes=R.randint(262145, 410000), document=doc(R))


def sf_merge_timeout(R):
    r = R.random()
    rid = uuid(R)
    if r < 0.35:
        return "%s %s Task timed out after 900.00 seconds" % (iso(R), rid)
    if r < 0.6:
        return lreport(R, 3008, dur=R.uniform(900001, 900090), used=R.randint(1400, 2900), status="timeout", rid=rid)
    return sfn(R, "TaskFailed", {"cause": jd({"errorMessage": "%s %s Task timed out after 900.00 seconds" % (iso(R), rid)}), "error": "Sandbox.Timedout", "resource": "invoke", "resourceType": "lambda"})


def sf_negs():
    def n_exstart(R): return sfn(R, "ExecutionStarted", {"input": jd({"document": doc(R), "applicationId": "APP-%s" % digits(R, 8)}), "inputDetails": {"truncated": False}, "roleArn": "arn:aws:iam::%s:role/kw-ingest-sfn" % ACCT}, eid=1)
    def n_entered(R): return sfn(R, "TaskStateEntered", {"input": jd({"document": doc(R)}), "inputDetails": {"truncated": False}, "name": pick(R, ["Ocr", "Classify", "ExtractFields", "MergePdf"])})
    def n_sched(R): return sfn(R, "TaskScheduled", {"parameters": jd({"FunctionName": "arn:aws:lambda:eu-west-1:%s:function:%s:live" % (ACCT, pick(R, ["kw-ocr", "kw-classify", "kw-extract", "kw-merge-pdf"])), "Payload": {"document": doc(R)}}), "region": "eu-west-1", "resource": "invoke", "resourceType": "lambda"})
    def n_succ(R): return sfn(R, "TaskSucceeded", {"output": jd({"ExecutedVersion": str(R.randint(30, 44)), "StatusCode": 200, "Payload": {"documentClass": pick(R, ["payslip", "bank_statement", "passport", "p60"]), "confidence": round(R.uniform(0.7, 1), 3)}}), "outputDetails": {"truncated": False}, "resource": "invoke", "resourceType": "lambda"})
    def n_exited(R): return sfn(R, "TaskStateExited", {"name": pick(R, ["Ocr", "Classify", "ExtractFields", "MergePdf"]), "output": jd({"ok": True}), "outputDetails": {"truncated": False}})
    def n_choice(R): return sfn(R, "ChoiceStateEntered", {"input": jd({"documentClass": pick(R, ["payslip", "bank_statement", "passport"])}), "inputDetails": {"truncated": False}, "name": "RouteByClass"})
    def n_exok(R): return sfn(R, "ExecutionSucceeded", {"output": jd({"applicationId": "APP-%s" % digits(R, 8), "pages": R.randint(1, 40)}), "outputDetails": {"truncated": False}})
    def n_throttled(R): return sfn(R, "TaskFailed", {"cause": "Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: %s)" % uuid(R), "error": "Lambda.TooManyRequestsException", "resource": "invoke", "resourceType": "lambda"})
    def n_unsupported(R): return sfn(R, "ExecutionFailed", {"cause": "file type %s is not accepted for document %s" % (pick(R, ["application/x-msdownload", "application/zip", "image/gif"]), uuid(R)), "error": "Ingest.UnsupportedFileType"})
    def n_failstate(R): return sfn(R, "FailStateEntered", {"input": jd({"reason": "unsupported file type", "document": doc(R)}), "inputDetails": {"truncated": False}, "name": "RejectUnsupportedFile"})
    def n_classified(R): return jv(R, "INFO", "kw-classify", "document classified", cold=R.random() < 0.1, documentClass=pick(R, ["payslip", "bank_statement", "passport", "p60"]), confidence=round(R.uniform(0.5, 1), 3), error=None)
    def n_lowconf(R): return jv(R, "WARN", "kw-classify", "low classification confidence, routing to manual review", confidence=round(R.uniform(0.2, 0.49), 3), document=doc(R))
    def n_ocr(R): return jv(R, "INFO", "kw-ocr", "analysis job started", jobId=hexs(R, 64), pages=R.randint(1, 60), attempt=pick(R, [1, 1, 1, 2]))
    def n_merge(R): return jv(R, "INFO", "kw-merge-pdf", "merged pack written", pages=R.randint(4, 220), outputKey="packs/APP-%s.pdf" % digits(R, 8), durationMs=R.randint(2000, 300000))
    def n_start(R): return lstart(R, ver=str(R.randint(30, 44)))
    def n_end(R): return lend(R)
    def n_report(R): return lreport(R, pick(R, [1024, 2048, 3008]), dur=R.uniform(200, 60000), xray=R.random() < 0.5)
    def n_init(R): return "INIT_START Runtime Version: java:21.v%d\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:%s" % (pick(R, [20, 21]), hexs(R, 64))
    def n_restore(R): return "RESTORE_START Runtime Version: java:21.v%d\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:%s" % (pick(R, [20, 21]), hexs(R, 64))
    def n_rrep(R): return "RESTORE_REPORT Restore Duration: %.2f ms" % R.uniform(180, 700)
    def n_log4j(R): return "%s INFO  [main] com.kilnworth.ingest.Bootstrap - Powertools metrics flushed: namespace=kilnworth/ingest, metrics=[DocumentsProcessed=%d, DocumentsFailed=0]" % (iso(R).replace("T", " ").rstrip("Z"), R.randint(1, 30))
    return [n_exstart, n_entered, n_sched, n_succ, n_exited, n_choice, n_exok, n_throttled, n_unsupported, n_failstate, n_classified,
            n_lowconf, n_ocr, n_merge, n_start, n_end, n_report, n_init, n_restore, n_rrep, n_log4j, n_entered, n_succ, n_exited, n_sched]


def fam7(R):
    return build(R, F7, [("ocr-textract-provisioned-rate-exceeded", sf_textract),
                         ("classify-jar-missing-jackson-init-error", sf_classify_init),
                         ("extract-result-exceeds-256kb-state-limit", sf_datalimit),
                         ("merge-pdf-hits-900s-lambda-timeout", sf_merge_timeout)], sf_negs())


# ---------------------------------------------------------------- kinesis-firehose-clickstream-transformer-lambda
# "saltcote" travel site clickstream: Kinesis Data Streams -> `sc-sessionizer` Lambda (Python 3.12, structlog
# JSON) -> DynamoDB, and Firehose `sc-clicks-to-s3` with a data-transformation Lambda `sc-click-transform`
# (structlog JSON) delivering to S3 with SSE-KMS; Firehose's own error log stream (DestinationDelivery /
# processing errors) in the same log group.
F8 = "kinesis-firehose-clickstream-transformer-lambda"
DS = "arn:aws:firehose:eu-west-1:%s:deliverystream/sc-clicks-to-s3" % ACCT


def sg(R, level, event, fn, **kw):
    d = {"event": event, "level": level, "logger": fn.replace("-", "_"), "timestamp": iso(R, frac=6), "aws_request_id": uuid(R)}
    d.update(kw)
    return jd(d)


def fh(R, code, message, **kw):
    d = {"deliveryStreamARN": DS, "destination": "arn:aws:s3:::saltcote-clicks-raw", "deliveryStreamVersionId": 7, "message": message, "errorCode": code}
    d.update(kw)
    return jd(d)


def kn_gzip(R):
    if R.random() < 0.6:
        return sg(R, "error", "record decode failed", "sc-click-transform", record_id="%s0000000000000000000000000000000000000000000000" % digits(R, 10),
                  source="cloudwatch-logs-subscription", result="ProcessingFailed",
                  exception="Traceback (most recent call last):\n  File \"/var/task/transform.py\", line 38, in decode\n    payload = json.loads(base64.b64decode(rec[\"data\"]).decode(\"utf-8\"))\n                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0x8b in position 1: invalid start byte")
    return fh(R, "Lambda.ProcessingFailed", "The data transformation Lambda marked the record as failed; written to processing-failed/ prefix.", lambdaArn="arn:aws:lambda:eu-west-1:%s:function:sc-click-transform:$LATEST" % ACCT, rawDataSample="H4sIAAAAAAAA/%s" % alnum(R, 20))


def kn_kms(R):
    k = "arn:aws:kms:eu-west-1:%s:key/3f9a1c77-0d2e-4b8a-a5c1-6e2b9d40f815" % ACCT
    if R.random() < 0.65:
        return fh(R, "S3.KMS.AccessDeniedException", "Firehose could not call kms:GenerateDataKey on %s with role arn:aws:iam::%s:role/sc-firehose-delivery. Check the key policy and the role's permissions." % (k, ACCT))
    return fh(R, "S3.AccessDenied", "Access was denied writing to s3://saltcote-clicks-raw/clicks/year=2028/month=09/day=%02d/ (KMS key %s)." % (day(R), k))


def kn_geoip(R):
    r = R.random()
    if r < 0.35:
        return "[ERROR] FileNotFoundError: [Errno 2] No such file or directory: '/opt/geoip/GeoLite2-City.mmdb'\nTraceback (most recent call last):\n  File \"/var/lang/lib/python3.12/importlib/__init__.py\", line 90, in import_module\n    return _bootstrap._gcd_import(name[level:], package, level)\n  File \"/var/task/transform.py\", line %d, in <module>\n    GEO = geoip2.database.Reader(\"/opt/geoip/GeoLite2-City.mmdb\")\n  File \"/var/task/geoip2/database.py\", line 86, in __init__\n    self._db_reader = maxminddb.open_database(fileish, mode)" % pick(R, [14, 14, 15])
    if r < 0.6:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.Unknown" % (R.uniform(300, 900), pick(R, ["init", "invoke"]))
    return fh(R, "Lambda.FunctionError", "The Lambda function was successfully invoked but it returned an error result.", lambdaArn="arn:aws:lambda:eu-west-1:%s:function:sc-click-transform:$LATEST" % ACCT, attempt=R.randint(1, 4))


def kn_session_timeout(R):
    r = R.random()
    rid = uuid(R)
    if r < 0.35:
        return "%s %s Task timed out after 60.0%d seconds" % (iso(R), rid, R.randint(1, 9))
    if r < 0.6:
        return lreport(R, 512, dur=R.uniform(60001, 60090), used=R.randint(300, 510), status="timeout", rid=rid)
    return sg(R, "warning", "batch still running near deadline", "sc-sessionizer", records=10000, processed=R.randint(3000, 8000), remaining_ms=R.randint(200, 1500), iterator_age_ms=R.randint(3600000, 40000000))


def kn_negs():
    def n_batch(R):
        n = R.randint(100, 500)
        d = R.randint(0, 30)
        return sg(R, "info", "batch transformed", "sc-click-transform", records=n, ok=n - d, dropped=d, failed=0, error=None)
    def n_bot(R): return sg(R, "debug", "bot traffic dropped", "sc-click-transform", user_agent=pick(R, ["Googlebot/2.1", "bingbot/2.0", "AhrefsBot/7.0", "SemrushBot/7~bl"]), result="Dropped", record_id=digits(R, 20))
    def n_defaults(R): return sg(R, "warning", "record missing optional field, defaulting", "sc-click-transform", field=pick(R, ["referrer", "utm_source", "screen_w"]), default=None, record_id=digits(R, 20))
    def n_sess(R): return sg(R, "info", "sessions updated", "sc-sessionizer", records=R.randint(10, 1000), sessions=R.randint(5, 300), shard="shardId-%012d" % R.randint(0, 7), batchItemFailures=[])
    def n_ddbretry(R): return sg(R, "warning", "dynamodb write throttled, retrying", "sc-sessionizer", table="sc-sessions", attempt=1, max_attempts=5)
    def n_ddbok(R): return sg(R, "info", "dynamodb write succeeded after retry", "sc-sessionizer", table="sc-sessions", attempts=pick(R, [2, 3]), elapsed_ms=R.randint(60, 900))
    def n_cold(R): return sg(R, "info", "cold start", "sc-click-transform", version="2.%d.%d" % (R.randint(3, 5), R.randint(0, 9)), geoip_db_mb=62, init_ms=R.randint(400, 1200))
    def n_start(R): return lstart(R)
    def n_end(R): return lend(R)
    def n_report(R): return lreport(R, pick(R, [256, 512]), dur=R.uniform(20, 9000), init=R.uniform(400, 1300) if R.random() < 0.15 else None)
    def n_init(R): return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:%s" % (pick(R, [40, 41]), hexs(R, 64))
    def n_ext(R): return "EXTENSION\tName: LambdaInsightsExtension\tState: Ready\tEvents: [INVOKE, SHUTDOWN]"
    def n_emf(R): return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "saltcote/clickstream", "Dimensions": [["function"]], "Metrics": [{"Name": "TransformFailures", "Unit": "Count"}, {"Name": "RecordsDropped", "Unit": "Count"}]}]}, "function": "sc-click-transform", "TransformFailures": 0, "RecordsDropped": R.randint(0, 40)})
    def n_insights(R): return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "LambdaInsights", "Dimensions": [["function_name"]], "Metrics": [{"Name": "memory_utilization", "Unit": "Percent"}]}], "LogGroup": "/aws/lambda/sc-sessionizer"}, "function_name": "sc-sessionizer", "memory_utilization": round(R.uniform(20, 70), 2), "request_id": uuid(R)})
    def n_dup(R): return sg(R, "info", "duplicate click ignored", "sc-sessionizer", click_id=uuid(R), reason="ConditionalCheckFailed", expected=True)
    def n_invalid(R): return sg(R, "info", "rejected malformed click", "sc-click-transform", reason=pick(R, ["timestamp in future", "missing session_id", "page_url not a URL"]), result="Dropped", record_id=digits(R, 20))
    def n_shutdown(R): return sg(R, "info", "runtime shutdown received, flushing", "sc-sessionizer", reason="spindown", pending=R.randint(0, 3))
    return [n_batch, n_bot, n_defaults, n_sess, n_ddbretry, n_ddbok, n_cold, n_start, n_end, n_report, n_init, n_ext, n_emf, n_insights,
            n_dup, n_invalid, n_shutdown, n_batch, n_sess, n_start, n_end, n_report]


def fam8(R):
    return build(R, F8, [("transformer-cannot-read-gzipped-subscription-records", kn_gzip),
                         ("firehose-role-missing-kms-generatedatakey", kn_kms),
                         ("transformer-geoip-layer-not-attached", kn_geoip),
                         ("sessionizer-batch-10000-exceeds-60s-timeout", kn_session_timeout)], kn_negs())


FAMILIES = {F7: fam7, F8: fam8}
