"""Families: textract-rekognition-idp, aurora-data-api-lambdas."""
import json

from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, jd, build, epoch, iso, iso_at, ACCT, REGION,
                    reqid, lambda_report, lambda_start, lambda_end, lambda_init_start, py_line, py_unhandled,
                    node_line, runtime_killed)

# ---------------------------------------------------------------- textract-rekognition-idp
# A document-intake pipeline of Python 3.12 Lambda functions (text log format, boto3 from the runtime):
# doc-intake (S3 trigger), textract-start (StartDocumentAnalysis), textract-complete (SNS completion,
# GetDocumentAnalysis, writes results to DynamoDB), id-verify (Rekognition CompareFaces), pii-scrub
# (Comprehend DetectPiiEntities).
F1 = "textract-rekognition-idp"

INBOX = "idp-inbox-%s" % ACCT
BOTO = [("/var/runtime/botocore/client.py", 569, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
        ("/var/runtime/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")]


def upload_key(R, spaces=True):
    name = pick(R, ["Scan %s" % iso(R, 0, "")[:10], "Invoice %s" % digits(R, 5), "bank statement %s" % pick(R, ["Sept", "Oct", "Q3"]),
                    "passport scan", "Lease agreement (%d)" % R.randint(1, 4), "payslip %s" % digits(R, 4)])
    if spaces:
        name = name.replace(" ", "+").replace("(", "%28").replace(")", "%29")
    return "uploads/%s/%s.%s" % (uuid(R)[:8], name, pick(R, ["pdf", "pdf", "jpg", "png"]))


def job_id(R):
    return hexs(R, 64)


def g_intake_nosuchkey(R):
    if R.random() < 0.65:
        return py_line(R, "ERROR", "could not fetch s3://%s/%s: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist." % (INBOX, upload_key(R)))
    ln = pick(R, [37, 37, 39])
    return py_unhandled(R, "NoSuchKey", "An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.", [
        ("/var/task/intake.py", ln, "handler", "body = s3.get_object(Bucket=bucket, Key=key)[\"Body\"].read()")] + BOTO)


def g_start_invalid_s3(R):
    msg = "An error occurred (InvalidS3ObjectException) when calling the StartDocumentAnalysis operation: Unable to get object metadata from S3. Check object key, region and/or access permissions."
    if R.random() < 0.5:
        ln = pick(R, [52, 52, 55])
        return py_unhandled(R, "InvalidS3ObjectException", msg, [
            ("/var/task/start.py", ln, "handler", "resp = textract.start_document_analysis(")] + BOTO)
    return py_line(R, "ERROR", "StartDocumentAnalysis failed for s3://%s/%s (bucket key arn:aws:kms:%s:%s:key/0b9e7c55-8f1d-4a3e-9c2b-5a7d1e6f4c38): %s" % (
        INBOX, upload_key(R, False), REGION, ACCT, msg))


def g_unsupported_doc(R):
    key = "uploads/%s/statement_%s_%s.pdf" % (uuid(R)[:8], pick(R, ["ING", "ABN", "Rabo", "bunq"]), digits(R, 6))
    return py_line(R, "ERROR", "textract rejected s3://%s/%s from channel bank-statements: An error occurred (UnsupportedDocumentException) when calling the StartDocumentAnalysis operation: Request has unsupported document format" % (INBOX, key))


def g_results_throttled(R):
    msg = "An error occurred (ProvisionedThroughputExceededException) when calling the GetDocumentAnalysis operation (reached max retries: 4): Provisioned rate exceeded."
    if R.random() < 0.6:
        return py_line(R, "ERROR", "GetDocumentAnalysis for job %s page %d failed: %s" % (job_id(R), R.randint(1, 40), msg))
    return py_unhandled(R, "ProvisionedThroughputExceededException", msg, [
        ("/var/task/complete.py", pick(R, [71, 71, 74]), "handler", "pages = list(fetch_pages(job_id))"),
        ("/var/task/complete.py", pick(R, [33, 33]), "fetch_pages", "resp = textract.get_document_analysis(JobId=job_id, NextToken=token) if token else textract.get_document_analysis(JobId=job_id)")] + BOTO)


def g_idverify_too_large(R):
    msg = "An error occurred (ImageTooLargeException) when calling the CompareFaces operation: Image size is too large."
    if R.random() < 0.55:
        return py_line(R, "ERROR", "id-verify for applicant %s failed (selfie %d bytes, document %d bytes): %s" % (
            "app_%s" % lower(R, 10), R.randint(5300000, 9800000), R.randint(800000, 4000000), msg))
    return py_unhandled(R, "ImageTooLargeException", msg, [
        ("/var/task/verify.py", pick(R, [28, 28, 30]), "handler", "result = rekognition.compare_faces(SourceImage={\"Bytes\": selfie}, TargetImage={\"Bytes\": doc}, SimilarityThreshold=90)")] + BOTO)


def g_pii_size(R):
    n = R.randint(100500, 480000)
    msg = "An error occurred (TextSizeLimitExceededException) when calling the DetectPiiEntities operation: Input text size exceeds limit. Max length of request text allowed is 100000 bytes while in this request the text size is %d bytes" % n
    if R.random() < 0.6:
        return py_line(R, "ERROR", "pii-scrub failed for document %s (%d pages): %s" % (uuid(R), R.randint(20, 300), msg))
    return py_unhandled(R, "TextSizeLimitExceededException", msg, [
        ("/var/task/scrub.py", pick(R, [46, 46]), "handler", "entities = comprehend.detect_pii_entities(Text=text, LanguageCode=\"en\")[\"Entities\"]")] + BOTO)


def g_complete_oom(R):
    return runtime_killed(R)


def g_results_item_too_large(R):
    msg = "An error occurred (ValidationException) when calling the PutItem operation: Item size has exceeded the maximum allowed size"
    if R.random() < 0.6:
        return py_line(R, "ERROR", "storing analysis of job %s in table idp-documents failed (%d blocks): %s" % (job_id(R), R.randint(20000, 90000), msg))
    return py_unhandled(R, "ClientError", msg, [
        ("/var/task/complete.py", pick(R, [88, 88, 91]), "handler", "table.put_item(Item={\"pk\": doc_id, \"blocks\": blocks, \"status\": \"ANALYZED\"})"),
        ("/var/runtime/boto3/resources/factory.py", 581, "do_action", "response = action(self, *args, **kwargs)"),
        ("/var/runtime/boto3/resources/action.py", 88, "__call__", "response = getattr(parent.meta.client, operation_name)(*args, **params)")] + BOTO)


LAMBDA_WARNING = ("LAMBDA_WARNING: Unhandled exception. The most likely cause is an issue in the function code. However, in rare cases, "
                  "a Lambda runtime update can cause unexpected function behavior. For functions using managed runtimes, runtime "
                  "updates can be triggered by a function change, or can be applied automatically. To determine if the runtime has "
                  "been updated, check the runtime version in the INIT_START log entry. If this error correlates with a change in the "
                  "runtime version, you may be able to mitigate this error by temporarily rolling back to the previous runtime "
                  "version. For more information, see https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html")


def n_idp_info(R):
    return py_line(R, "INFO", pick(R, [
        "received s3://%s/%s (%d bytes)" % (INBOX, upload_key(R), R.randint(20000, 4000000)),
        "started textract job %s for document %s (FORMS, TABLES)" % (job_id(R), uuid(R)),
        "job %s SUCCEEDED: %d pages, %d blocks" % (job_id(R), R.randint(1, 40), R.randint(200, 20000)),
        "pii-scrub: %d entities redacted in document %s" % (R.randint(0, 30), uuid(R)),
        "id-verify: similarity %.1f for applicant app_%s (threshold 90)" % (R.uniform(91, 99.9), lower(R, 10)),
        "stored analysis of document %s (%d KB)" % (uuid(R), R.randint(4, 380)),
    ]))


def n_idp_warn(R):
    return py_line(R, "WARNING", pick(R, [
        "GetDocumentAnalysis throttled for job %s, retrying in %d s" % (job_id(R), pick(R, [1, 2, 4])),
        "low confidence %.1f on field '%s' of document %s" % (R.uniform(40, 70), pick(R, ["total", "iban", "date_of_birth", "invoice_no"]), uuid(R)),
        "id-verify: no face detected in document image for applicant app_%s, asking for re-upload" % lower(R, 10),
        "textract job %s still IN_PROGRESS after %d s" % (job_id(R), R.randint(60, 400)),
    ]))


def n_lambda_warning(R):
    return py_line(R, "WARNING", LAMBDA_WARNING)


def n_idp_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.9:
        return lambda_report(R, mem=pick(R, [512, 1024, 3008]), init=R.random() < 0.2)
    return lambda_init_start(R, "python:3.12.v38")


def n_idp_debug(R):
    return py_line(R, "DEBUG", pick(R, [
        "sns message for job %s: {\"Status\": \"SUCCEEDED\", \"API\": \"StartDocumentAnalysis\"}" % job_id(R),
        "skipping s3:ObjectCreated for %s (not in uploads/)" % pick(R, ["tmp/%s.part" % uuid(R), "thumbnails/%s.jpg" % uuid(R)]),
        "comprehend chunk %d/%d sent (%d bytes)" % (R.randint(1, 5), 5, R.randint(1000, 99000)),
    ]))


def textract_rekognition_idp(R):
    groups = [
        ("doc-intake-getobject-nosuchkey-encoded-key", g_intake_nosuchkey),
        ("textract-start-invalid-s3-object-kms", g_start_invalid_s3),
        ("bank-statements-unsupported-document", g_unsupported_doc),
        ("textract-complete-get-results-throttled", g_results_throttled),
        ("id-verify-compare-faces-image-too-large", g_idverify_too_large),
        ("pii-scrub-comprehend-text-size-limit", g_pii_size),
        ("textract-complete-runtime-killed-oom", g_complete_oom),
        ("textract-complete-ddb-item-too-large", g_results_item_too_large),
    ]
    return build(R, F1, groups, [n_idp_info, n_idp_warn, n_lambda_warning, n_idp_platform, n_idp_debug])


# ---------------------------------------------------------------- aurora-data-api-lambdas
# Lambda functions reaching Aurora PostgreSQL Serverless v2 clusters (one of them scaling to 0 ACU)
# through the RDS Data API: Python 3.12 functions with the Lambda JSON log format (application records
# and platform.* records as JSON), Node.js 20 functions (@aws-sdk/client-rds-data, text log format), and
# a ledger function connecting through RDS Proxy with psycopg.
F2 = "aurora-data-api-lambdas"

CLUSTERS = {"reporting": "reporting-aurora", "billing": "billing-aurora", "inventory": "inventory-aurora-r2", "orders": "orders-aurora"}


def cluster_arn(name):
    return "arn:aws:rds:%s:%s:cluster:%s" % (REGION, ACCT, name)


def pyjson(R, level, msg, logger="root", exc=None, **extra):
    d = {"timestamp": iso(R), "level": level, "message": msg, "logger": logger, "requestId": reqid(R)}
    d.update(extra)
    if exc:
        etype, emsg, frames = exc
        d["errorType"] = etype
        d["errorMessage"] = emsg
        d["stackTrace"] = ['  File "%s", line %d, in %s\n    %s\n' % f for f in frames]
    return json.dumps(d, separators=(",", ":"))


BOTO_J = [("/var/runtime/botocore/client.py", 569, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
          ("/var/runtime/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")]


def g_resuming(R):
    inst = "db-%s" % upper(R, 26)
    msg = "An error occurred (DatabaseResumingException) when calling the ExecuteStatement operation: The Aurora DB instance %s is resuming after being auto-paused. Please wait a few seconds and try again." % inst
    return pyjson(R, "ERROR", "nightly-kpi-report: giving up after %d attempts on %s" % (pick(R, [4, 4, 5]), CLUSTERS["reporting"]),
                  logger="kpi_report", exc=("DatabaseResumingException", msg, [("/var/task/kpi_report.py", pick(R, [61, 61, 64]), "run_sql", "return rds_data.execute_statement(**params)")] + BOTO_J))


def node_sdk_err(R, etype, msg, fn_file, ln, fn):
    """console.error(msg, err) of an SDK v3 exception: Node prints the stack and the own properties."""
    return ("%s: %s\n    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)\n"
            "    at de_CommandError (/var/runtime/node_modules/@aws-sdk/client-rds-data/dist-cjs/index.js:823:14)\n"
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
            "    at async %s (file:///var/task/%s:%d:20) {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 400,\n"
            "    requestId: '%s',\n    extendedRequestId: undefined,\n    cfId: undefined,\n    attempts: 1,\n    totalRetryDelay: 0\n  }\n}") % (
        etype, msg, fn, fn_file, ln, uuid(R))


def g_orders_dup(R):
    ref = "SHOP-%07d" % R.randint(1, 9999999)
    msg = "ERROR: duplicate key value violates unique constraint \"orders_external_ref_key\"\n  Detail: Key (external_ref)=(%s) already exists.; SQLState: 23505" % ref
    return node_line(R, "ERROR", "createOrder failed for %s %s" % (ref, node_sdk_err(R, "BadRequestException", msg, "orders.mjs", pick(R, [58, 58, 61]), "createOrder")))


def g_relation_missing(R):
    msg = "ERROR: relation \"customer_preferences\" does not exist\n  Position: %d; SQLState: 42P01" % pick(R, [15, 15, 22])
    return node_line(R, "ERROR", "GET /v1/profile/%s/preferences failed %s" % ("cus_%s" % lower(R, 12), node_sdk_err(R, "BadRequestException", msg, "profile.mjs", 33, "getPreferences")))


def g_statement_timeout(R):
    return pyjson(R, "ERROR", "monthly billing aggregation for %s failed after %.1f s" % ("2027-09", R.uniform(45.0, 45.9)), logger="billing_agg",
                  exc=("StatementTimeoutException", "An error occurred (StatementTimeoutException) when calling the ExecuteStatement operation: Request timed out",
                       [("/var/task/billing_agg.py", pick(R, [77, 77]), "aggregate", "res = rds_data.execute_statement(resourceArn=CLUSTER_ARN, secretArn=SECRET_ARN, database=\"billing\", sql=AGG_SQL, parameters=params)")] + BOTO_J),
                  tenant="t-%s" % digits(R, 5))


def g_http_endpoint(R):
    return pyjson(R, "ERROR", "stock sync aborted", logger="stock_sync",
                  exc=("HttpEndpointNotEnabledException", "An error occurred (HttpEndpointNotEnabledException) when calling the BatchExecuteStatement operation: HttpEndpoint is not enabled for resource %s" % cluster_arn(CLUSTERS["inventory"]),
                       [("/var/task/stock_sync.py", pick(R, [40, 40, 42]), "handler", "rds_data.batch_execute_statement(resourceArn=CLUSTER_ARN, secretArn=SECRET_ARN, database=\"inventory\", sql=UPSERT, parameterSets=batch)")] + BOTO_J),
                  batch=R.randint(100, 1000))


def g_response_size(R):
    msg = "Database returned more than the allowed response size limit"
    return node_line(R, "ERROR", "export %s for tenant %s failed %s" % (uuid(R), "t-%s" % digits(R, 5), node_sdk_err(R, "BadRequestException", msg, "export.mjs", pick(R, [44, 44, 47]), "runExport")))


def g_txn_expired(R):
    tid = "AQC" + alnum(R, 57)
    return pyjson(R, "ERROR", "supplier price import rolled back at row %d" % R.randint(2000, 90000), logger="price_import",
                  exc=("TransactionNotFoundException", "An error occurred (TransactionNotFoundException) when calling the ExecuteStatement operation: Transaction %s is not found" % tid,
                       [("/var/task/price_import.py", pick(R, [93, 93, 95]), "load_rows", "rds_data.execute_statement(transactionId=tx, **base, sql=INSERT_PRICE, parameters=row_params(row))")] + BOTO_J))


def g_proxy_no_creds(R):
    ip = pick(R, ["10.52.11.%d" % x for x in (40, 41, 77)])
    msg = 'connection failed: connection to server at "%s", port 5432 failed: FATAL:  This RDS proxy has no credentials for the role ledger_rw. Check the credentials for this role and try again.' % ip
    return pyjson(R, "ERROR", "cannot open ledger connection via ledger-proxy.proxy-c9x2invent01.%s.rds.amazonaws.com" % REGION, logger="ledger.db",
                  exc=("OperationalError", msg, [("/var/task/ledger/db.py", 22, "connect", "return psycopg.connect(host=PROXY_HOST, dbname=\"ledger\", user=\"ledger_rw\", password=token, sslmode=\"require\")"),
                                               ("/var/task/psycopg/connection.py", 117, "connect", "raise last_ex.with_traceback(None)")]))


def n_pyjson(R):
    lvl = pick(R, ["INFO", "INFO", "INFO", "DEBUG", "WARN"])
    if lvl == "WARN":
        msg = pick(R, [
            "DatabaseResumingException from %s, cluster resuming; retry %d/4 in 5 s" % (CLUSTERS["reporting"], R.randint(1, 3)),
            "statement took %d ms (slow query threshold 2000 ms)" % R.randint(2001, 9000),
            "BadRequestException ignored: row %d already imported" % R.randint(1, 9000),
        ])
    elif lvl == "DEBUG":
        msg = "ExecuteStatement sql=%s params=%d" % (pick(R, ["SELECT kpi, value FROM daily_kpi WHERE day = :day", "UPDATE stock SET qty = :qty WHERE sku = :sku", "INSERT INTO prices (sku, price) VALUES (:sku, :price)"]), R.randint(1, 4))
    else:
        msg = pick(R, [
            "kpi report for 2027-10-0%d written (%d rows)" % (R.randint(3, 8), R.randint(10, 400)),
            "numberOfRecordsUpdated=%d" % R.randint(0, 500),
            "transaction %s committed" % ("AQC" + alnum(R, 20) + "..."),
            "ledger batch %d posted, 0 errors" % R.randint(1, 999),
        ])
    return pyjson(R, lvl, msg, logger=pick(R, ["kpi_report", "billing_agg", "stock_sync", "price_import", "ledger.db"]))


def n_platform_json(R):
    rid = reqid(R)
    t = iso(R)
    v = R.random()
    if v < 0.3:
        return jd({"time": t, "type": "platform.start", "record": {"requestId": rid, "version": "$LATEST"}})
    if v < 0.6:
        return jd({"time": t, "type": "platform.runtimeDone", "record": {"requestId": rid, "status": "success", "metrics": {"durationMs": round(R.uniform(20, 9000), 3), "producedBytes": 0}}})
    if v < 0.92:
        d = R.uniform(20, 9000)
        return jd({"time": t, "type": "platform.report", "record": {"requestId": rid, "metrics": {"durationMs": round(d, 3), "billedDurationMs": int(d) + 1, "memorySizeMB": 512, "maxMemoryUsedMB": R.randint(90, 240)}, "status": "success"}})
    return jd({"time": t, "type": "platform.initStart", "record": {"initializationType": "on-demand", "phase": "init", "runtimeVersion": "python:3.12.v38", "runtimeVersionArn": "arn:aws:lambda:%s::runtime:%s" % (REGION, hexs(R, 64)), "functionName": pick(R, ["kpi-report", "billing-agg", "stock-sync", "price-import", "ledger-post"]), "functionVersion": "$LATEST"}})


def n_node(R):
    lvl, msg = pick(R, [
        ("INFO", "createOrder %s stored (numberOfRecordsUpdated=1)" % ("SHOP-%07d" % R.randint(1, 9999999))),
        ("INFO", "export %s: %d rows in %d pages" % (uuid(R), R.randint(10, 20000), R.randint(1, 40))),
        ("INFO", "profile cus_%s preferences read" % lower(R, 12)),
        ("WARN", "createOrder %s retried after ThrottlingException (attempt 2)" % ("SHOP-%07d" % R.randint(1, 9999999))),
        ("WARN", "export %s: result set large, paging with LIMIT 500 to stay under the 1 MiB response limit" % uuid(R)),
    ])
    return node_line(R, lvl, msg)


def n_node_platform(R):
    v = R.random()
    if v < 0.35:
        return lambda_start(R)
    if v < 0.65:
        return lambda_end(R)
    return lambda_report(R, mem=pick(R, [256, 512]), init=R.random() < 0.2)


def aurora_data_api_lambdas(R):
    groups = [
        ("kpi-report-cluster-resuming-retries-exhausted", g_resuming),
        ("orders-create-duplicate-external-ref", g_orders_dup),
        ("profile-preferences-relation-missing", g_relation_missing),
        ("billing-aggregation-statement-timeout", g_statement_timeout),
        ("stock-sync-http-endpoint-not-enabled", g_http_endpoint),
        ("tenant-export-response-size-limit", g_response_size),
        ("price-import-transaction-expired", g_txn_expired),
        ("ledger-rds-proxy-no-credentials-for-role", g_proxy_no_creds),
    ]
    return build(R, F2, groups, [n_pyjson, n_platform_json, n_node, n_node_platform])


FAMILIES = {F1: textract_rekognition_idp, F2: aurora_data_api_lambdas}
