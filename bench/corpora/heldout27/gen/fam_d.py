"""Families: redshift-data-api-copy-unload-jobs, athena-sfn-lambda-gx-deequ-quality."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, iphost, pick, build, iso, day, hms, epoch_ms, lambda_report, sp,
                    spark_ts, ACCT, REGION, jd, jds)

# ---------------------------------------------------------------- redshift-data-api-copy-unload-jobs
# "greyhollow energy": Python jobs (Lambda and an ECS scheduled task "rs-loader") that drive Redshift Serverless
# (workgroup gh-analytics) and a provisioned cluster (gh-dw) through the Redshift Data API, logging
# statement ids, DescribeStatement results and, on COPY failures, the rows of sys_load_error_detail /
# stl_load_errors they query (as one multi-line event).
F1 = "redshift-data-api-copy-unload-jobs"


def stid(R):
    return uuid(R)


def pl(R, lvl, logger, msg):
    return "%s %s %s %s" % (iso(R), lvl, logger, msg)


def lam(R, lvl, msg):
    return "[%s]\t%s\t%s\t%s" % (lvl, iso(R), uuid(R), msg)


def g_meter(R):
    # the meter-data vendor started writing 'N/A' for missing readings; COPY into meter_readings fails (MAXERROR 0)
    q = R.randint(4000000, 4999999)
    f = "s3://greyhollow-meter-landing/readings/2029/02/%02d/mdm_export_%s.csv.gz" % (day(R), digits(R, 6))
    r = R.random()
    if r < 0.4:
        return pl(R, "ERROR", "rs-loader.copy", "Statement %s FAILED: ERROR: Load into table 'meter_readings' failed. Check 'sys_load_error_detail' system table for details. (query_id=%d, table=staging.meter_readings)" % (stid(R), q))
    rows = "\n".join("  query=%d file=%s line=%d column=reading_kwh type=numeric(12,3) error_code=1207 error_message=Invalid digit, Value 'N', Pos 0, Type: Decimal raw_field_value='N/A'" % (q, f, R.randint(2, 90000)) for _ in range(R.randint(1, 3)))
    return pl(R, "ERROR", "rs-loader.copy", "sys_load_error_detail for query %d (%s):\n%s" % (q, "first rows", rows))


def g_unload(R):
    # weekly UNLOAD to the regulator-share bucket: the bucket owner removed the role from its bucket policy
    r = R.random()
    if r < 0.6:
        return lam(R, "ERROR", "UNLOAD settlement_extract failed: statement %s status=FAILED error=\"ERROR: S3ServiceException:Access Denied,Status 403,Error AccessDenied,Rid %s,ExtRid %s,CanRetry 1\nDetails: \n -----------------------------------------------\n  error:  S3ServiceException:Access Denied,Status 403,Error AccessDenied,Rid %s\n  code:      8001\n  context:   Failed to initialize S3 output stream. S3 path: s3://ofgem-share-greyhollow/settlements/2029-02-%02d/part_%04d_part_00.parquet\n  query:     %d\n  location:  s3_part_uploader.cpp:%d\n  process:   query%d_%d_%d [pid=%d]\n  -----------------------------------------------\"" % (stid(R), upper(R, 16), alnum(R, 40), upper(R, 16), day(R), R.randint(0, 15), R.randint(4000000, 4999999), R.randint(180, 200), R.randint(0, 3), R.randint(100, 999), R.randint(0, 9), R.randint(10000, 99999)))
    return lam(R, "ERROR", "Weekly regulator extract not delivered for week 2029-W%02d: UNLOAD to s3://ofgem-share-greyhollow/settlements/ denied (AccessDenied); %d attempts" % (R.randint(5, 8), R.randint(1, 3)))


def g_quota(R):
    # the tariff-recalc fan-out Lambda submits one statement per postcode district: Data API quota exceeded
    r = R.random()
    if r < 0.65:
        return lam(R, "ERROR", "ExecuteStatement failed for district %s%d: botocore.errorfactory.ActiveStatementsExceededException: An error occurred (ActiveStatementsExceededException) when calling the ExecuteStatement operation: Active statements exceeded the allowed quota (500)." % (pick(R, ["LS", "BD", "HX", "WF", "HD", "YO"]), R.randint(1, 29)))
    return lam(R, "ERROR", "tariff-recalc run %s finished with %d of %d districts not submitted (ActiveStatementsExceededException); recalculated tariffs incomplete" % (uuid(R)[:8], R.randint(20, 300), R.randint(400, 560)))


def g_relation(R):
    # the settlement Lambda still queries billing.tariff_bands_v2, dropped by the 2029-02-04 migration
    r = R.random()
    if r < 0.6:
        return lam(R, "ERROR", "DescribeStatement %s: Status=FAILED, Error='ERROR: relation \"billing.tariff_bands_v2\" does not exist', QueryString='SELECT b.band_id, b.unit_rate FROM billing.tariff_bands_v2 b JOIN billing.accounts a ON ...', RedshiftQueryId=%d, Duration=%d" % (stid(R), R.randint(4000000, 4999999), R.randint(10 ** 6, 10 ** 8)))
    return lam(R, "ERROR", "[ERROR] StatementFailed: relation \"billing.tariff_bands_v2\" does not exist (statement %s, account batch %d)\nTraceback (most recent call last):\n  File \"/var/task/settle.py\", line %d, in handler\n    rows = wait_and_fetch(client, sid)\n  File \"/var/task/rsdata.py\", line %d, in wait_and_fetch\n    raise StatementFailed(desc[\"Error\"])" % (stid(R), R.randint(1, 400), R.randint(40, 60), R.randint(30, 50)))


def g_wlm(R):
    # the month-end consumption report (a 9-way join) is aborted by the QMR rule every night
    q = R.randint(4000000, 4999999)
    r = R.random()
    if r < 0.6:
        return pl(R, "ERROR", "rs-loader.reports", "Statement %s FAILED: ERROR: Query (%d) cancelled by WLM abort action of Query Monitoring Rule \"abort_long_scans\". (report=month_end_consumption, elapsed=%ds)" % (stid(R), q, R.randint(1800, 3700)))
    return pl(R, "ERROR", "rs-loader.reports", "Report month_end_consumption not produced for 2029-02-%02d: QMR abort_long_scans (query %d, rows scanned %d)" % (day(R), q, R.randint(10 ** 9, 9 * 10 ** 9)))


def rs_negs():
    def n_submit(R): return pl(R, "INFO", "rs-loader.copy", "ExecuteStatement submitted: Id=%s WorkgroupName=gh-analytics Database=energy Sql='COPY staging.%s FROM ''s3://greyhollow-%s/%s/2029/02/%02d/'' IAM_ROLE ''arn:aws:iam::%s:role/gh-redshift-copy'' FORMAT CSV GZIP IGNOREHEADER 1 TIMEFORMAT ''auto'' MAXERROR 0'" % (stid(R), pick(R, ["meter_readings", "smart_events", "tariffs", "outages"]), pick(R, ["meter-landing", "landing"]), pick(R, ["readings", "events", "tariffs", "outages"]), day(R), ACCT))
    def n_poll(R): return pl(R, "DEBUG", "rs-loader.poll", "DescribeStatement %s Status=%s Duration=%d" % (stid(R), pick(R, ["SUBMITTED", "PICKED", "STARTED"]), R.randint(0, 10 ** 9)))
    def n_finished(R): return pl(R, "INFO", "rs-loader.copy", "Statement %s FINISHED: Load into table '%s' completed, %d record(s) loaded successfully. (ResultRows=-1, Duration=%d)" % (stid(R), pick(R, ["meter_readings", "smart_events", "tariffs", "outages"]), R.randint(1, 9 * 10 ** 7), R.randint(10 ** 8, 9 * 10 ** 10)))
    def n_loaderr_zero(R): return pl(R, "INFO", "rs-loader.copy", "sys_load_error_detail for query %d: 0 rows" % R.randint(4000000, 4999999))
    def n_maxerror(R): return pl(R, "WARN", "rs-loader.copy", "COPY staging.smart_events (MAXERROR 1000) completed with %d rejected record(s) out of %d; rejects within tolerance, details in sys_load_error_detail (query %d)" % (R.randint(1, 40), R.randint(10 ** 6, 10 ** 7), R.randint(4000000, 4999999)))
    def n_unload_ok(R): return lam(R, "INFO", "UNLOAD %s finished: %d record(s) unloaded to s3://greyhollow-exports/%s/2029-02-%02d/ (statement %s)" % (pick(R, ["daily_usage_extract", "outage_summary", "billing_snapshot"]), R.randint(1, 10 ** 7), pick(R, ["usage", "outages", "billing"]), day(R), stid(R)))
    def n_throttle(R): return lam(R, "WARN", "ExecuteStatement throttled (ThrottlingException: Rate exceeded), retrying in %d ms (attempt 1 of 5); submitted on attempt 2, Id=%s" % (R.randint(100, 900), stid(R)))
    def n_analyze(R): return pl(R, "INFO", "rs-loader.maint", "ANALYZE staging.%s: %s" % (pick(R, ["meter_readings", "smart_events", "outages"]), pick(R, ["Skipping analyze (stats off 0.00%%, threshold 10%%)", "analyzed %d rows" % R.randint(10 ** 5, 10 ** 8)])))
    def n_vacuum(R): return pl(R, "INFO", "rs-loader.maint", "VACUUM DELETE ONLY billing.%s completed in %d s (%d%% sorted)" % (pick(R, ["invoices", "payments", "accounts"]), R.randint(1, 900), R.randint(95, 100)))
    def n_result(R): return lam(R, "INFO", "GetStatementResult %s: %d rows, %d pages, TotalNumRows=%d" % (stid(R), R.randint(0, 5000), R.randint(1, 8), R.randint(0, 5000)))
    def n_start(R): return "START RequestId: %s Version: $LATEST" % uuid(R)
    def n_report(R): return lambda_report(R, pick(R, [512, 1024]), R.uniform(200, 60000))
    def n_cancel(R): return lam(R, "INFO", "CancelStatement %s: superseded by newer tariff-recalc run (expected)" % stid(R))
    def n_dq_zero(R): return pl(R, "INFO", "rs-loader.checks", "post-load checks meter_readings 2029-02-%02d: %d rows, 0 null meter_id, 0 duplicate (mpan, read_at), 0 negative readings" % (day(R), R.randint(10 ** 5, 10 ** 7)))
    def n_conn(R): return pl(R, "INFO", "rs-loader", "Using Data API (redshift-data) for workgroup gh-analytics with secret arn:aws:secretsmanager:%s:%s:secret:gh/redshift/rs-loader-%s" % (REGION, ACCT, alnum(R, 6)))
    def n_sqlwarn(R): return pl(R, "WARN", "rs-loader.copy", "COPY staging.tariffs: NOTICE: Load into table 'tariffs' completed, %d record(s) loaded successfully; 'TIMEFORMAT auto' guessed format for column valid_from" % R.randint(100, 9000))
    def n_denied_expected(R): return lam(R, "INFO", "Permission check for analyst role %s: SELECT on billing.payments denied as expected (row-level security policy rls_region)" % pick(R, ["analyst_ne", "analyst_yh", "contractor_bi"]))
    def n_lock(R): return pl(R, "WARN", "rs-loader.copy", "Statement %s waiting on lock for staging.%s held by pid %d (vacuum); proceeded after %d s" % (stid(R), pick(R, ["meter_readings", "smart_events"]), R.randint(1000, 99999), R.randint(2, 120)))
    def n_summary(R): return pl(R, "INFO", "rs-loader", "Run %s complete: %d COPY ok, 0 failed, %d UNLOAD ok; elapsed %d s" % (uuid(R)[:8], R.randint(3, 12), R.randint(0, 3), R.randint(60, 3000)))
    def n_end(R): return "END RequestId: %s" % uuid(R)
    return [n_submit, n_poll, n_finished, n_loaderr_zero, n_maxerror, n_unload_ok, n_throttle, n_analyze, n_vacuum, n_result, n_start, n_report, n_cancel,
            n_dq_zero, n_conn, n_sqlwarn, n_denied_expected, n_lock, n_summary, n_end]


def fam_rs(R):
    return build(R, F1, [("meter-readings-copy-invalid-digit-na", g_meter), ("regulator-unload-s3-access-denied", g_unload),
                         ("tariff-recalc-data-api-active-statements-quota", g_quota), ("settlement-tariff-bands-v2-relation-dropped", g_relation),
                         ("month-end-report-qmr-abort-long-scans", g_wlm)], rs_negs())


# ---------------------------------------------------------------- athena-sfn-lambda-gx-deequ-quality
# "marlow finch retail": Step Functions (standard, log level ERROR+ALL for some) running Athena queries through
# the optimised integration and Lambda pollers; data-quality gates with Great Expectations (checkpoint runs in a
# Lambda container) and Deequ (Scala on Glue, printing VerificationResult rows).
F2 = "athena-sfn-lambda-gx-deequ-quality"


def sfn(R, typ, details, sm="basket-metrics-daily"):
    ev = R.randint(4, 60)
    return jds({"id": str(ev), "type": typ, "details": details, "previous_event_id": str(ev - 1), "event_timestamp": str(epoch_ms(R)), "execution_arn": "arn:aws:states:%s:%s:execution:%s:%s" % (REGION, ACCT, sm, uuid(R))})


def qid(R):
    return uuid(R)


def h_baddata(R):
    # a POS region now writes unit_price with a comma decimal in the CSV feed; Athena fails HIVE_BAD_DATA
    r = R.random()
    fld = "'%d,%02d'" % (R.randint(0, 99), R.randint(0, 99))
    if r < 0.45:
        return sfn(R, "TaskFailed", {"cause": "HIVE_BAD_DATA: Error parsing field value %s for field 4: For input string: \"%s\" (Service: AmazonAthena; Status Code: 400; Error Code: InvalidRequestException; Request ID: %s; Proxy: null)" % (fld, fld.strip("'"), uuid(R)), "error": "Athena.AmazonAthenaException", "resource": "startQueryExecution.sync", "resourceType": "athena"})
    if r < 0.75:
        return lam(R, "ERROR", "Query %s FAILED (basket_lines_daily): HIVE_BAD_DATA: Error parsing field value %s for field 4: For input string: \"%s\" [s3://mf-pos-landing/basket_lines/region=IE/dt=2029-02-%02d/]" % (qid(R), fld, fld.strip("'"), day(R)))
    return sfn(R, "ExecutionFailed", {"cause": "HIVE_BAD_DATA: Error parsing field value %s for field 4 (basket_lines_daily, region=IE)" % fld, "error": "Athena.AmazonAthenaException"})


def h_resources(R):
    # customer_ltv query (a full cross-join of baskets x promotions) exceeds Athena resources every run
    r = R.random()
    if r < 0.6:
        return lam(R, "ERROR", "Query %s FAILED (customer_ltv_weekly): Query exhausted resources at this scale factor; ErrorCategory=2 ErrorType=1002 DataScannedInBytes=%d EngineExecutionTimeInMillis=%d" % (qid(R), R.randint(10 ** 11, 9 * 10 ** 11), R.randint(600000, 1800000)))
    return sfn(R, "TaskFailed", {"cause": "Query exhausted resources at this scale factor (Service: AmazonAthena; Status Code: 400; Error Code: InvalidRequestException; Request ID: %s)" % uuid(R), "error": "Athena.AmazonAthenaException", "resource": "startQueryExecution.sync", "resourceType": "athena"}, sm="customer-ltv-weekly")


def h_gx(R):
    # orders_landing: store_id null for the new franchise stores (mapping table not loaded) -> GX checkpoint fails, gate stops
    r = R.random()
    pct = R.uniform(2.5, 9.5)
    if r < 0.45:
        return "%s ERROR gx-runner Checkpoint orders_landing_checkpoint run %s: validation FAILED (suite orders_landing.critical, batch orders_landing dt=2029-02-%02d): 1 of %d expectations failed" % (sp(R), hexs(R, 32)[:20], day(R), R.randint(14, 22))
    if r < 0.8:
        return "%s ERROR gx-runner %s" % (sp(R), jds({"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "store_id", "batch_id": "orders_landing-dt_2029_02_%02d" % day(R)}, "success": False, "result": {"element_count": R.randint(200000, 900000), "unexpected_count": R.randint(5000, 60000), "unexpected_percent": round(pct, 4), "partial_unexpected_list": [None, None, None]}, "meta": {"severity": "critical"}}))
    return sfn(R, "TaskFailed", {"cause": "{\"errorMessage\": \"GX checkpoint orders_landing_checkpoint failed: expect_column_values_to_not_be_null(store_id) unexpected_percent=%.2f\", \"errorType\": \"DataQualityGateFailed\"}" % pct, "error": "DataQualityGateFailed", "resource": "invoke", "resourceType": "lambda"}, sm="orders-landing-gate")


def h_deequ(R):
    # loyalty_txn: member_id completeness dropped after the app release; Deequ Error-level check fails
    c = R.uniform(0.82, 0.9)
    r = R.random()
    if r < 0.5:
        return "%s ERROR DeequVerification: Check 'loyalty_txn critical' (level Error) status Error: CompletenessConstraint(Completeness(member_id,None,None)) Failure: Value: %.4f does not meet the constraint requirement! completeness(member_id) >= 0.99" % (spark_ts(R), c)
    if r < 0.8:
        return "%s INFO GlueLogger: VerificationResult for loyalty_txn dt=2029-02-%02d: status=Error checks=[loyalty_txn critical: Error, loyalty_txn advisory: Success] rows=%d" % (spark_ts(R), day(R), R.randint(10 ** 5, 10 ** 7))
    return "%s ERROR GlueLogger: loyalty_txn dt=2029-02-%02d quarantined: Deequ critical check failed (completeness(member_id)=%.4f < 0.99); downstream points_accrual not triggered" % (spark_ts(R), day(R), c)


def h_output(R):
    # the finance workgroup's result location bucket policy now denies the Step Functions role
    r = R.random()
    if r < 0.6:
        return sfn(R, "TaskFailed", {"cause": "Access denied when writing output to url: s3://mf-athena-results-finance/sfn/%s.csv . Please ensure you are allowed to access the S3 bucket. If you are encrypting query results with KMS key, please ensure you are allowed to access your KMS key (Service: AmazonAthena; Status Code: 400; Error Code: InvalidRequestException; Request ID: %s)" % (qid(R), uuid(R)), "error": "Athena.AmazonAthenaException", "resource": "startQueryExecution.sync", "resourceType": "athena"}, sm="finance-margin-close")
    return lam(R, "ERROR", "Query %s FAILED (finance_margin_close): Access denied when writing output to url: s3://mf-athena-results-finance/lambda/%s.csv" % (qid(R), qid(R)))


def ath_negs():
    def n_sfn_ok(R): return sfn(R, "TaskSucceeded", {"output": jd({"QueryExecution": {"QueryExecutionId": qid(R), "Status": {"State": "SUCCEEDED"}, "Statistics": {"DataScannedInBytes": R.randint(10 ** 5, 10 ** 11), "EngineExecutionTimeInMillis": R.randint(300, 900000)}}}), "outputDetails": {"truncated": False}, "resource": "startQueryExecution.sync", "resourceType": "athena"}, sm=pick(R, ["basket-metrics-daily", "customer-ltv-weekly", "finance-margin-close", "store-sales-hourly"]))
    def n_sfn_sched(R): return sfn(R, pick(R, ["TaskScheduled", "TaskStarted", "TaskSubmitted", "TaskStateEntered"]), {"name": pick(R, ["RunBasketQuery", "RunLtvQuery", "WaitForPartitions", "RepairTable"]), "input": jd({"dt": "2029-02-%02d" % day(R)}), "inputDetails": {"truncated": False}}, sm=pick(R, ["basket-metrics-daily", "store-sales-hourly"]))
    def n_sfn_exec_ok(R): return sfn(R, "ExecutionSucceeded", {"output": jd({"rows": R.randint(0, 90000)}), "outputDetails": {"truncated": False}}, sm=pick(R, ["store-sales-hourly", "basket-metrics-daily", "orders-landing-gate"]))
    def n_sfn_retry(R): return lam(R, "WARN", "StartQueryExecution throttled (TooManyRequestsException), retry 1/5 after %d ms; query %s started on retry" % (R.randint(200, 2000), qid(R)))
    def n_poll(R): return lam(R, "INFO", "Query %s state=%s (%s)" % (qid(R), pick(R, ["QUEUED", "RUNNING"]), pick(R, ["store_sales_hourly", "basket_lines_daily", "customer_ltv_weekly", "finance_margin_close"])))
    def n_succeeded(R): return lam(R, "INFO", "Query %s SUCCEEDED (%s): scanned %d bytes in %d ms, results s3://mf-athena-results/%s.csv" % (qid(R), pick(R, ["store_sales_hourly", "basket_lines_daily", "promo_redemptions"]), R.randint(10 ** 5, 10 ** 11), R.randint(300, 600000), qid(R)))
    def n_cancelled(R): return lam(R, "INFO", "Query %s CANCELLED: superseded by a newer run of store_sales_hourly (expected)" % qid(R))
    def n_repair(R): return lam(R, "INFO", "MSCK REPAIR TABLE mf_curated.store_sales: Partitions not in metastore: store_sales:dt=2029-02-%02d/hour=%02d; Repair: Added partition to metastore" % (day(R), R.randint(0, 23)))
    def n_gx_ok(R): return "%s INFO gx-runner Checkpoint %s run %s: validation SUCCEEDED (%d of %d expectations passed)" % (sp(R), pick(R, ["orders_landing_checkpoint", "products_checkpoint", "stores_checkpoint"]), hexs(R, 20), R.randint(14, 22), R.randint(14, 22))
    def n_gx_exp_ok(R): return "%s INFO gx-runner %s" % (sp(R), jds({"expectation_type": pick(R, ["expect_column_values_to_be_unique", "expect_column_values_to_not_be_null", "expect_table_row_count_to_be_between"]), "kwargs": {"column": pick(R, ["order_id", "sku", "basket_id"]), "batch_id": "orders_landing-dt_2029_02_%02d" % day(R)}, "success": True, "result": {"element_count": R.randint(200000, 900000), "unexpected_count": 0, "unexpected_percent": 0.0}}))
    def n_gx_warn(R): return "%s WARNING gx-runner %s" % (sp(R), jds({"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "customer_email", "regex": "^[^@]+@[^@]+$", "mostly": 0.98, "batch_id": "customers-dt_2029_02_%02d" % day(R)}, "success": True, "result": {"element_count": R.randint(10000, 90000), "unexpected_count": R.randint(1, 300), "unexpected_percent": round(R.uniform(0.01, 1.5), 4)}, "meta": {"severity": "warning"}}))
    def n_deequ_warn(R): return "%s WARN DeequVerification: Check 'loyalty_txn advisory' (level Warning) status Warning: UniquenessConstraint(Uniqueness(List(receipt_no),None,None)) Failure: Value: %.4f does not meet the constraint requirement! uniqueness(receipt_no) >= 0.999" % (spark_ts(R), R.uniform(0.995, 0.9989))
    def n_deequ_ok(R): return "%s INFO GlueLogger: VerificationResult for %s dt=2029-02-%02d: status=Success checks=[%s critical: Success] rows=%d" % ((lambda t: (spark_ts(R), t, day(R), t, R.randint(10 ** 5, 10 ** 7)))(pick(R, ["loyalty_txn", "stock_moves", "price_changes"])))
    def n_deequ_metric(R): return "%s INFO DeequAnalysis: %s" % (spark_ts(R), jd({"entity": "Column", "instance": pick(R, ["member_id", "receipt_no", "store_id", "amount"]), "name": pick(R, ["Completeness", "ApproxCountDistinct", "Minimum"]), "value": round(R.uniform(0.99, 1.0), 6)}))
    def n_profile(R): return "%s DEBUG gx-runner datasource orders_landing: reading s3://mf-landing/orders/dt=2029-02-%02d/ (%d files, %d bytes)" % (sp(R), day(R), R.randint(1, 80), R.randint(10 ** 6, 10 ** 10))
    def n_start(R): return "START RequestId: %s Version: %s" % (uuid(R), pick(R, ["$LATEST", "12", "13"]))
    def n_report(R): return lambda_report(R, pick(R, [256, 2048]), R.uniform(100, 800000))
    def n_wg(R): return lam(R, "INFO", "Using workgroup %s (enforce config: true, bytes scanned cutoff %d GB)" % (pick(R, ["primary", "analytics", "finance"]), pick(R, [100, 500, 1000])))
    def n_denied_expected(R): return lam(R, "INFO", "Lake Formation: SELECT on mf_curated.customers_pii denied for role %s (expected: column-level grant excludes PII); query rewritten to customers_masked" % pick(R, ["bi-readonly", "store-analytics"]))
    def n_ctas(R): return lam(R, "INFO", "CTAS mf_curated.%s_tmp_%s: %d rows written, temp table dropped" % (pick(R, ["basket_metrics", "store_sales"]), hexs(R, 6), R.randint(0, 10 ** 6)))
    return [n_sfn_ok, n_sfn_sched, n_sfn_exec_ok, n_sfn_retry, n_poll, n_succeeded, n_cancelled, n_repair, n_gx_ok, n_gx_exp_ok, n_gx_warn, n_deequ_warn,
            n_deequ_ok, n_deequ_metric, n_profile, n_start, n_report, n_wg, n_denied_expected, n_ctas]


def fam_ath(R):
    return build(R, F2, [("basket-lines-ie-comma-decimal-hive-bad-data", h_baddata), ("customer-ltv-query-exhausted-resources", h_resources),
                         ("orders-landing-gx-store-id-null-franchise-stores", h_gx), ("loyalty-txn-deequ-member-id-completeness", h_deequ),
                         ("finance-workgroup-output-location-access-denied", h_output)], ath_negs())


FAMILIES = {F1: fam_rs, F2: fam_ath}
