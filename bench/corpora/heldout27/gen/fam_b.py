"""Families: emr-spark35-serverless-ec2-log4j2, glue4-etl-jobs-continuous-logging."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, iphost, pick, build, iso, spark_ts, day, hms, epoch_ms,
                    ACCT, REGION, jd)

# ---------------------------------------------------------------- emr-spark35-serverless-ec2-log4j2
# "kellmoor telecom": Spark 3.5 batch jobs on EMR on EC2 (cluster j-2KELLM0RCDR01, YARN) and EMR Serverless
# (application 00fkellm0rnet01) shipping driver/executor stderr to CloudWatch Logs. log4j2 pattern
# `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n`; exceptions (stack traces) are part of the event.
F1 = "emr-spark35-serverless-ec2-log4j2"


def sl(R, lvl, cat, text):
    return "%s %s %s: %s" % (spark_ts(R), lvl, cat, text)


def node(R):
    return "%s.%s.compute.internal" % (iphost(R, 64), REGION)


def c_oom(R):
    # cdr_rollup_daily on EMR on EC2: a skewed msisdn key; executors exceed memory and YARN kills them, job aborts
    e = R.randint(1, 40)
    r = R.random()
    used = R.uniform(14.05, 15.9)
    if r < 0.4:
        return sl(R, "ERROR", "YarnScheduler", "Lost executor %d on %s: Container killed by YARN for exceeding physical memory limits. %.1f GB of 14 GB physical memory used. Consider boosting spark.executor.memoryOverhead." % (e, node(R), used))
    if r < 0.75:
        return sl(R, "WARN", "TaskSetManager", "Lost task %d.%d in stage %d.0 (TID %d) (%s executor %d): ExecutorLostFailure (executor %d exited caused by one of the running tasks) Reason: Container killed by YARN for exceeding physical memory limits. %.1f GB of 14 GB physical memory used. Consider boosting spark.executor.memoryOverhead." % (R.randint(0, 199), R.randint(0, 3), R.randint(6, 9), R.randint(1000, 9000), node(R), e, e, used))
    return sl(R, "ERROR", "TaskSetManager", "Task %d in stage %d.0 failed 4 times; aborting job (cdr_rollup_daily, partition key msisdn_hash)" % (R.randint(0, 199), R.randint(6, 9)))


def c_kms(R):
    # EMR Serverless network_kpi job role lost kms:Decrypt on the raw bucket's CMK after key rotation policy change
    key = "s3://kellmoor-netraw-%s/probe/dt=2029-02-%02d/hour=%02d/part-%05d.snappy.parquet" % (REGION, day(R), R.randint(0, 23), R.randint(0, 400))
    r = R.random()
    if r < 0.55:
        return sl(R, "ERROR", "SparkSubmit", "Exception in thread \"main\" java.nio.file.AccessDeniedException: %s: open s3a://%s: com.amazonaws.services.s3.model.AmazonS3Exception: User: arn:aws:sts::%s:assumed-role/emrs-network-kpi-job/%s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:%s:%s:key/%s because no identity-based policy allows the kms:Decrypt action (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: %s; S3 Extended Request ID: %s)\n\tat org.apache.hadoop.fs.s3a.S3AUtils.translateException(S3AUtils.java:255)\n\tat org.apache.hadoop.fs.s3a.S3AInputStream.reopen(S3AInputStream.java:226)" % (key, key[5:], ACCT, digits(R, 19), REGION, ACCT, uuid(R), upper(R, 16), alnum(R, 56)))
    return sl(R, "WARN", "TaskSetManager", "Lost task %d.0 in stage 0.0 (TID %d) ([2600:1f18:%s::%s] executor %d): java.nio.file.AccessDeniedException: %s: open: kms:Decrypt not authorized for assumed-role/emrs-network-kpi-job (403 AccessDenied)" % (R.randint(0, 300), R.randint(0, 3000), hexs(R, 4), hexs(R, 4), R.randint(1, 20), key))


def c_parquet(R):
    # cell_kpi_hourly reads probe files where the vendor changed cell_id from int to string on 2029-02-06
    f = "s3://kellmoor-netraw-%s/probe/dt=2029-02-%02d/hour=%02d/part-%05d-%s.c000.snappy.parquet" % (REGION, R.randint(6, 14), R.randint(0, 23), R.randint(0, 400), uuid(R))
    r = R.random()
    if r < 0.6:
        return sl(R, "ERROR", "Executor", "Exception in task %d.%d in stage %d.0 (TID %d)\norg.apache.spark.sql.execution.QueryExecutionException: Parquet column cannot be converted in file %s. Column: [cell_id], Expected: int, Found: BINARY.\n\tat org.apache.spark.sql.errors.QueryExecutionErrors$.unsupportedSchemaColumnConvertError(QueryExecutionErrors.scala:%d)\n\tat org.apache.spark.sql.execution.datasources.FileScanRDD$$anon$1.nextIterator(FileScanRDD.scala:%d)\nCaused by: org.apache.spark.sql.execution.datasources.SchemaColumnConvertNotSupportedException: column: [cell_id], physicalType: BINARY, logicalType: int" % (R.randint(0, 400), R.randint(0, 3), R.randint(1, 4), R.randint(10, 9000), f, R.randint(700, 720), R.randint(260, 280)))
    return sl(R, "ERROR", "FileFormatWriter", "Aborting job %s.\norg.apache.spark.SparkException: Job aborted due to stage failure: Task %d in stage %d.0 failed 4 times, most recent failure: Lost task %d.3 in stage %d.0: org.apache.spark.sql.execution.QueryExecutionException: Parquet column cannot be converted in file %s. Column: [cell_id], Expected: int, Found: BINARY." % (uuid(R), R.randint(0, 400), R.randint(1, 4), R.randint(0, 400), R.randint(1, 4), f))


def c_pyudf(R):
    # churn_features (PySpark) expects msisdn_hash in the CRM JSON; the CRM export renamed it subscriber_hash
    r = R.random()
    if r < 0.55:
        return sl(R, "WARN", "TaskSetManager", "Lost task %d.%d in stage %d.0 (TID %d) (%s executor %d): org.apache.spark.api.python.PythonException: Traceback (most recent call last):\n  File \"/mnt/yarn/usercache/hadoop/appcache/application_%d_%04d/container_%d_%04d_01_%06d/pyspark.zip/pyspark/worker.py\", line 1247, in main\n    process()\n  File \"/home/hadoop/churn_features.py\", line %d, in enrich\n    key = row[\"msisdn_hash\"]\nKeyError: 'msisdn_hash'\n" % (R.randint(0, 120), R.randint(0, 3), R.randint(2, 5), R.randint(100, 9000), node(R), R.randint(1, 30), 1864598400000 + R.randint(0, 999), R.randint(1, 80), 1864598400000 + R.randint(0, 999), R.randint(1, 80), R.randint(2, 90), R.randint(40, 60)))
    return sl(R, "ERROR", "SparkContext", "Job %d failed: save at NativeMethodAccessorImpl.java:0, took %.6f s (churn_features: PythonException KeyError: 'msisdn_hash')" % (R.randint(2, 30), R.uniform(20, 900)))


def c_table(R):
    # billing_recon reads telco_curated.subscriber_dim, renamed to dim_subscriber in the Glue Data Catalog
    r = R.random()
    if r < 0.6:
        return sl(R, "ERROR", "ApplicationMaster", "User class threw exception: org.apache.spark.sql.AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `telco_curated`.`subscriber_dim` cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.; line %d pos %d;\n'Project [*]\n+- 'UnresolvedRelation [telco_curated, subscriber_dim], [], false\n" % (R.randint(1, 30), R.randint(5, 40)))
    return sl(R, "INFO", "ApplicationMaster", "Final app status: FAILED, exitCode: 15, (reason: User class threw exception: org.apache.spark.sql.AnalysisException: [TABLE_OR_VIEW_NOT_FOUND] The table or view `telco_curated`.`subscriber_dim` cannot be found.) application_%d_%04d" % (1864598400000 + R.randint(0, 999), R.randint(1, 400)))


def spark_negs():
    def n_version(R): return sl(R, "INFO", "SparkContext", "Running Spark version 3.5.%d-amzn-%d" % (R.randint(0, 2), R.randint(0, 3)))
    def n_submitted(R): return sl(R, "INFO", "SparkContext", "Submitted application: %s" % pick(R, ["cdr_rollup_daily", "network_kpi", "cell_kpi_hourly", "churn_features", "billing_recon", "roaming_settlement"]))
    def n_service(R): return sl(R, "INFO", "Utils", "Successfully started service '%s' on port %d." % (pick(R, ["sparkDriver", "SparkUI", "org.apache.spark.network.netty.NettyBlockTransferService"]), R.randint(30000, 45000)))
    def n_native(R): return sl(R, "WARN", "NativeCodeLoader", "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable")
    def n_hiveconf(R): return sl(R, "WARN", "HiveConf", "HiveConf of name hive.%s does not exist" % pick(R, ["server2.thrift.url", "stats.jdbc.timeout", "stats.retries.wait", "metastore.glue.catalogid"]))
    def n_job_done(R): return sl(R, "INFO", "DAGScheduler", "Job %d finished: %s at %s.scala:%d, took %.6f s" % (R.randint(0, 80), pick(R, ["save", "count", "collect", "parquet", "insertInto"]), pick(R, ["CdrRollup", "NetworkKpi", "RoamingSettlement"]), R.randint(20, 300), R.uniform(0.2, 900)))
    def n_task_done(R): return sl(R, "INFO", "TaskSetManager", "Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/%d)" % (R.randint(0, 400), R.randint(0, 12), R.randint(0, 9000), R.randint(40, 90000), node(R), R.randint(1, 40), R.randint(1, 400), 400))
    def n_alloc(R): return sl(R, "INFO", "ExecutorAllocationManager", "Requesting %d new executors because tasks are backlogged (new desired total will be %d for resource profile id: 0)" % (R.randint(1, 8), R.randint(2, 60)))
    def n_remove(R): return sl(R, "INFO", "ExecutorAllocationManager", "Removing executor %d because it has been idle for 60 seconds (new desired total will be %d)" % (R.randint(1, 60), R.randint(1, 40)))
    def n_spot(R):
        e = R.randint(1, 40)
        return sl(R, "WARN", "TaskSetManager", "Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): ExecutorLostFailure (executor %d exited unrelated to the running tasks) Reason: Executor decommission: spot instance interruption; task will be retried on another executor" % (R.randint(0, 300), R.randint(0, 8), R.randint(0, 9000), node(R), e, e))
    def n_decom(R): return sl(R, "INFO", "YarnAllocator", "Completed container container_%d_%04d_01_%06d on host: %s (state: COMPLETE, exit status: 0)" % (1864598400000 + R.randint(0, 999), R.randint(1, 400), R.randint(2, 90), node(R)))
    def n_s3read(R): return sl(R, "INFO", "S3NativeFileSystem", "Opening 's3://kellmoor-%s/%s/dt=2029-02-%02d/part-%05d.snappy.parquet' for reading" % (pick(R, ["cdr-raw", "curated", "netraw-" + REGION]), pick(R, ["cdr", "probe", "billing"]), day(R), R.randint(0, 999)))
    def n_commit(R): return sl(R, "INFO", "FileFormatWriter", "Write Job %s committed. Elapsed time: %d ms." % (uuid(R), R.randint(100, 90000)))
    def n_stats(R): return sl(R, "INFO", "FileFormatWriter", "Finished processing stats for write job %s." % uuid(R))
    def n_emrs(R): return "%s INFO  EmrServerlessJob: job run %s state changed %s -> %s (application %s)" % (iso(R), "00f" + lower(R, 14), *pick(R, [("SUBMITTED", "SCHEDULED"), ("SCHEDULED", "RUNNING"), ("RUNNING", "SUCCESS")]), "00fkellm0rnet01")
    def n_skip(R): return sl(R, "INFO", "DAGScheduler", "%s stage %d (%s at %s.scala:%d) finished in %.3f s" % (pick(R, ["ResultStage", "ShuffleMapStage"]), R.randint(0, 30), pick(R, ["save", "count", "parquet"]), pick(R, ["CdrRollup", "RoamingSettlement", "BillingRecon"]), R.randint(20, 300), R.uniform(0.1, 500)))
    def n_gc(R): return sl(R, "WARN", "Executor", "Issue communicating with driver in heartbeater; retrying (attempt 1 of 3), heartbeat succeeded on attempt 2" if R.random() < 0.3 else "Managed memory leak detected; size = %d bytes, task %d.0 in stage %d.0 (TID %d)" % (R.randint(10 ** 6, 10 ** 8), R.randint(0, 300), R.randint(0, 8), R.randint(0, 9000)))
    def n_py_ok(R): return "%s INFO churn_features: wrote %d feature rows for %d subscribers; 0 rows dropped, nulls: 0" % (iso(R), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 5, 10 ** 7))
    def n_appmaster(R): return sl(R, "INFO", "ApplicationMaster", "Final app status: SUCCEEDED, exitCode: 0 (application_%d_%04d)" % (1864598400000 + R.randint(0, 999), R.randint(1, 400)))
    def n_aqe(R): return sl(R, "INFO", "ShufflePartitionsUtil", "For shuffle(%d), advisory target size: 67108864, actual target size %d, minimum partition size: 1048576" % (R.randint(0, 20), R.randint(10 ** 6, 67108864)))
    def n_codegen(R): return sl(R, "INFO", "CodeGenerator", "Code generated in %.6f ms" % R.uniform(2, 400))
    def n_retry_s3(R): return sl(R, "INFO", "RetryInvocationHandler", "com.amazonaws.services.s3.model.AmazonS3Exception: Please reduce your request rate. (Service: Amazon S3; Status Code: 503; Error Code: SlowDown), while invoking getObjectMetadata; retrying after %d ms (attempt 1 of 10); succeeded on retry" % R.randint(100, 900))
    def n_analysis_ok(R): return sl(R, "INFO", "HiveMetaStoreClient" if R.random() < 0.5 else "GlueCatalogHiveClient", "Found table telco_curated.%s in Glue Data Catalog %s (%d partitions)" % (pick(R, ["dim_subscriber", "cdr_daily", "cell_kpi_hourly", "roaming_events"]), ACCT, R.randint(10, 9000)))
    return [n_version, n_submitted, n_service, n_native, n_hiveconf, n_job_done, n_task_done, n_alloc, n_remove, n_spot, n_decom, n_s3read, n_commit, n_stats,
            n_emrs, n_skip, n_gc, n_py_ok, n_appmaster, n_aqe, n_codegen, n_retry_s3, n_analysis_ok]


def fam_spark(R):
    return build(R, F1, [("cdr-rollup-executors-killed-memory-overhead-skew", c_oom), ("network-kpi-emrs-role-kms-decrypt-denied", c_kms),
                         ("cell-kpi-hourly-parquet-cell-id-type-changed", c_parquet), ("churn-features-keyerror-msisdn-hash-renamed", c_pyudf),
                         ("billing-recon-subscriber-dim-table-renamed", c_table)], spark_negs())


# ---------------------------------------------------------------- glue4-etl-jobs-continuous-logging
# "ashgrove pharmacy": AWS Glue 4.0 Spark ETL jobs with continuous logging (/aws-glue/jobs/logs-v2 driver and
# executor streams, /aws-glue/jobs/error) - log4j lines, GlueLogger lines from the scripts, Glue's own
# exception-analysis events (JSON after a prefix) and the Python process launcher's tracebacks.
F2 = "glue4-etl-jobs-continuous-logging"
JOBS = ["dispensing_extract", "claims_curate", "inventory_compact", "rx_history_backfill", "vendor_feed_parse", "store_footfall_agg"]


def gl(R, lvl, cat, text):
    return "%s %s [%s] %s: %s" % (spark_ts(R), lvl, pick(R, ["main", "Thread-%d" % R.randint(3, 40), "dag-scheduler-event-loop"]), cat, text)


def jr(R):
    return "jr_" + hexs(R, 64)


def gea(R, job, reason, stack, line):
    return "%s ERROR [main] glue.ProcessLauncher: [Glue Exception Analysis] %s" % (spark_ts(R), jd({"Event": "GlueETLJobExceptionEvent", "Timestamp": epoch_ms(R), "Failure Reason": reason, "Stack Trace": stack, "Last Executed Line number": line, "script": "%s.py" % job}))


def d_oracle(R):
    # dispensing_extract: the on-prem Oracle moved to a new subnet; the Glue connection's SG/route no longer reaches it
    r = R.random()
    if r < 0.45:
        return gea(R, "dispensing_extract", "An error occurred while calling o%d.getDynamicFrame. IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=%s==)" % (R.randint(80, 140), alnum(R, 22)),
                   [{"Declaring Class": "get_frame", "Method Name": "self._jvm.PythonUtils.toSeq(...)", "File Name": "/opt/amazon/lib/python3.10/site-packages/awsglue/context.py", "Line Number": R.randint(230, 240)}], R.randint(30, 50))
    if r < 0.75:
        return gl(R, "ERROR", "JDBCRDD", "Failed to open connection to jdbc:oracle:thin:@//rxdb-ora01.ashgrove.internal:1521/RXPROD\njava.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection\n\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:%d)\nCaused by: java.net.SocketTimeoutException: Connect timed out (%s:1521)" % (R.randint(800, 900), ip10(R, 172 - 100)))
    return "%s INFO [main] glue.ProcessLauncher: postprocessing, job dispensing_extract run %s FAILED after %d s: Network Adapter could not establish the connection" % (spark_ts(R), jr(R), R.randint(120, 800))


def d_schema(R):
    # claims_curate: the insurer feed renamed prescriber_npi -> prescriber_id; the script's select fails
    r = R.random()
    if r < 0.5:
        return gea(R, "claims_curate", "AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `prescriber_npi` cannot be resolved. Did you mean one of the following? [`prescriber_id`, `prescription_id`, `pharmacy_id`, `claim_id`, `patient_key`].",
                   [{"Declaring Class": "deco", "Method Name": "raise converted from None", "File Name": "/opt/amazon/spark/python/lib/pyspark.zip/pyspark/errors/exceptions/captured.py", "Line Number": 175}, {"Declaring Class": "<module>", "Method Name": "claims = claims.select(*CLAIM_COLS)", "File Name": "/tmp/claims_curate.py", "Line Number": R.randint(60, 70)}], R.randint(60, 70))
    return "%s ERROR [main] glue.ProcessLauncher: Error from Python:Traceback (most recent call last):\n  File \"/tmp/claims_curate.py\", line %d, in <module>\n    claims = claims.select(*CLAIM_COLS)\n  File \"/opt/amazon/spark/python/lib/pyspark.zip/pyspark/sql/dataframe.py\", line 3229, in select\n    jdf = self._jdf.select(self._jcols(*cols))\npyspark.errors.exceptions.captured.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `prescriber_npi` cannot be resolved. Did you mean one of the following? [`prescriber_id`, `prescription_id`, `pharmacy_id`].;\n'Project ['prescriber_npi, claim_id, patient_key, ...]" % (spark_ts(R), R.randint(60, 70))


def d_slowdown(R):
    # inventory_compact rewrites one hot prefix (store=ALL/) with 2,000 tasks: S3 503 SlowDown exhausts retries
    r = R.random()
    if r < 0.6:
        return gl(R, "ERROR", "Executor", "Exception in task %d.%d in stage %d.0 (TID %d)\ncom.amazonaws.services.s3.model.AmazonS3Exception: Please reduce your request rate. (Service: Amazon S3; Status Code: 503; Error Code: SlowDown; Request ID: %s; S3 Extended Request ID: %s; Proxy: null), S3 Extended Request ID: %s\n\tat com.amazon.ws.emr.hadoop.fs.s3.lite.call.PutObjectCall.perform(PutObjectCall.java:%d)\n\tat com.amazon.ws.emr.hadoop.fs.s3n.Jets3tNativeFileSystemStore.storeFile(Jets3tNativeFileSystemStore.java:%d)" % (R.randint(0, 2000), R.randint(0, 3), R.randint(1, 3), R.randint(0, 9000), upper(R, 16), alnum(R, 56), alnum(R, 20), R.randint(30, 40), R.randint(160, 180)))
    return gl(R, "ERROR", "FileFormatWriter", "Aborting job %s.\norg.apache.spark.SparkException: Job aborted due to stage failure: Task %d in stage 2.0 failed 4 times, most recent failure: Lost task %d.3 in stage 2.0 (TID %d): com.amazonaws.services.s3.model.AmazonS3Exception: Please reduce your request rate. (Service: Amazon S3; Status Code: 503; Error Code: SlowDown) [s3://ashgrove-curated/inventory/store=ALL/]" % (uuid(R), R.randint(0, 2000), R.randint(0, 2000), R.randint(0, 9000)))


def d_disk(R):
    # rx_history_backfill on 10 G.1X workers shuffles 7 years of history: local disk fills
    r = R.random()
    if r < 0.55:
        return gl(R, "ERROR", "Executor", "Exception in task %d.%d in stage %d.0 (TID %d)\njava.io.IOException: No space left on device\n\tat java.io.FileOutputStream.writeBytes(Native Method)\n\tat org.apache.spark.storage.DiskBlockObjectWriter.commitAndGet(DiskBlockObjectWriter.scala:%d)\n\tat org.apache.spark.shuffle.sort.BypassMergeSortShuffleWriter.write(BypassMergeSortShuffleWriter.java:%d)" % (R.randint(0, 800), R.randint(0, 3), R.randint(3, 6), R.randint(0, 9000), R.randint(170, 190), R.randint(160, 180)))
    if r < 0.8:
        return gl(R, "WARN", "BlockManager", "Putting block rdd_%d_%d failed due to exception java.io.IOException: No space left on device (rx_history_backfill, /tmp/blockmgr-%s)" % (R.randint(10, 90), R.randint(0, 800), uuid(R)))
    return "%s ERROR [main] glue.ProcessLauncher: [Glue Exception Analysis] %s" % (spark_ts(R), jd({"Event": "GlueExceptionAnalysisTaskFailed", "Timestamp": epoch_ms(R), "Failure Reason": "java.io.IOException: No space left on device", "Stack Trace": [{"Declaring Class": "java.io.FileOutputStream", "Method Name": "writeBytes", "File Name": "FileOutputStream.java", "Line Number": -2}], "Task Launch Time": epoch_ms(R), "Stage ID": R.randint(3, 6), "Stage Attempt ID": 0, "Task Type": "ShuffleMapTask", "Executor ID": str(R.randint(1, 10)), "Task ID": R.randint(0, 9000)}))


def d_unicode(R):
    # vendor_feed_parse: one wholesaler now sends cp1252 CSV with '£' in product names
    r = R.random()
    if r < 0.55:
        return "%s ERROR [main] glue.ProcessLauncher: Error from Python:Traceback (most recent call last):\n  File \"/tmp/vendor_feed_parse.py\", line %d, in <module>\n    rows = [parse_line(l) for l in body.decode(\"utf-8\").splitlines()]\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xa3 in position %d: invalid start byte" % (spark_ts(R), R.randint(40, 55), R.randint(100, 90000))
    return gl(R, "ERROR", "GlueLogger", "vendor_feed_parse: could not decode s3://ashgrove-vendor-inbound/%s/2029-02-%02d/price_file_%s.csv as UTF-8 (byte 0xa3); feed not loaded" % (pick(R, ["wholesaler-alliance", "wholesaler-alliance/resend"]), day(R), digits(R, 6)))


def glue_negs():
    def n_ctx(R): return gl(R, "INFO", "GlueContext", "GlueMetrics configured and enabled")
    def n_read(R): return gl(R, "INFO", "GlueLogger", "%s: read %d records from %s" % (pick(R, JOBS), R.randint(0, 9000000), pick(R, ["pharmacy_raw.dispensing", "pharmacy_raw.claims", "s3://ashgrove-vendor-inbound/", "pharmacy_raw.inventory_movements"])))
    def n_write(R): return gl(R, "INFO", "GlueLogger", "%s: wrote %d records to s3://ashgrove-curated/%s/ (errorsAsDynamicFrame count: 0)" % (pick(R, JOBS), R.randint(0, 9000000), pick(R, ["claims", "dispensing", "inventory", "footfall"])))
    def n_bookmark(R): return gl(R, "INFO", "JobBookmarkUtils", "Job bookmark for %s: processed %d new files since %s (bookmark state committed)" % (pick(R, JOBS), R.randint(0, 400), iso(R, 0)))
    def n_logpusher(R): return "%s INFO [Thread-%d] glue.LogPusher: uploading /tmp/spark-event-logs/ to s3://aws-glue-assets-%s-%s/sparkHistoryLogs/" % (spark_ts(R), R.randint(3, 40), ACCT, REGION)
    def n_launch(R): return "%s INFO [main] glue.ProcessLauncher: Launching Python process with command: python3 -u /tmp/%s.py --JOB_NAME %s --JOB_RUN_ID %s --job-bookmark-option job-bookmark-enable --TempDir s3://aws-glue-assets-%s-%s/temporary/" % ((lambda j: (spark_ts(R), j, j, jr(R), ACCT, REGION))(pick(R, JOBS)))
    def n_post_ok(R): return "%s INFO [main] glue.ProcessLauncher: postprocessing, job %s run %s SUCCEEDED after %d s" % (spark_ts(R), pick(R, ["claims_curate", "store_footfall_agg", "inventory_compact", "vendor_feed_parse", "rx_history_backfill"]), jr(R), R.randint(60, 5000))
    def n_deprec(R): return gl(R, "WARN", "Configuration.deprecation", "%s is deprecated. Instead, use %s" % pick(R, [("mapred.output.committer.class", "mapreduce.outputcommitter.factory.class"), ("mapred.task.id", "mapreduce.task.attempt.id"), ("mapred.job.id", "mapreduce.job.id")]))
    def n_excl(R): return gl(R, "INFO", "GlueLogger", "vendor_feed_parse: skipped %d rows with quantity=0 (test SKUs), 0 parse errors" % R.randint(0, 300))
    def n_retry(R): return gl(R, "WARN", "JDBCUtils", "Connection to jdbc:postgresql://footfall-db.c%s.%s.rds.amazonaws.com:5432/footfall reset (attempt 1/3); reconnected" % (lower(R, 10), REGION))
    def n_exec_added(R): return gl(R, "INFO", "ExecutorAllocationManager", "Requesting %d new executors because tasks are backlogged (new desired total will be %d)" % (R.randint(1, 8), R.randint(2, 20)))
    def n_stage(R): return gl(R, "INFO", "DAGScheduler", "Job %d finished: %s at NativeMethodAccessorImpl.java:0, took %.6f s" % (R.randint(0, 60), pick(R, ["save", "count", "parquet", "pyWriteDynamicFrame"]), R.randint(1, 800) + R.random()))
    def n_dq_zero(R): return gl(R, "INFO", "GlueLogger", "claims_curate: %d claims, %d rejected by validation rules, 0 errors" % (R.randint(1000, 900000), R.randint(0, 40)))
    def n_ea_ok(R): return "%s INFO [main] glue.ProcessLauncher: [Glue Exception Analysis] %s" % (spark_ts(R), jd({"Event": "GlueETLJobLastExecutedLine", "Timestamp": epoch_ms(R), "Last Executed Line number": R.randint(20, 120), "script": "%s.py" % pick(R, JOBS)}))
    def n_executor_start(R): return gl(R, "INFO", "CoarseGrainedExecutorBackend", "Successfully registered with driver (executor %d on %s)" % (R.randint(1, 10), ip10(R, 60)))
    def n_s3_list(R): return gl(R, "INFO", "HadoopDataSource", "Listing s3://ashgrove-%s/%s/ took %d ms; %d files, %d partitions after pruning" % (pick(R, ["raw", "curated", "vendor-inbound"]), pick(R, ["claims", "dispensing", "inventory", "footfall"]), R.randint(20, 9000), R.randint(1, 9000), R.randint(1, 400)))
    def n_spill(R): return gl(R, "INFO", "UnsafeExternalSorter", "Thread %d spilling sort data of %d.%d MiB to disk (%d times so far)" % (R.randint(50, 300), R.randint(64, 900), R.randint(0, 9), R.randint(0, 6)))
    def n_warn_partition(R): return gl(R, "WARN", "DataSource", "All paths were ignored:\n  s3://ashgrove-raw/footfall/dt=2029-02-%02d/_temporary" % day(R))
    def n_kill_expected(R): return gl(R, "WARN", "TaskSetManager", "Lost task %d.1 in stage %d.0 (TID %d) (%s executor %d): TaskKilled (another attempt succeeded)" % (R.randint(0, 400), R.randint(0, 6), R.randint(0, 9000), ip10(R, 60), R.randint(1, 10)))
    def n_shutdown(R): return gl(R, "INFO", "SparkContext", "Successfully stopped SparkContext")
    def n_autoscale(R): return gl(R, "INFO", "GlueCloudwatchSink", "CloudwatchSink: Obtained credentials from the Instance Metadata Service; publishing glue.driver.aggregate.numFailedTasks=0 for %s" % pick(R, JOBS))
    return [n_ctx, n_read, n_write, n_bookmark, n_logpusher, n_launch, n_post_ok, n_deprec, n_excl, n_retry, n_exec_added, n_stage, n_dq_zero,
            n_ea_ok, n_executor_start, n_s3_list, n_spill, n_warn_partition, n_kill_expected, n_shutdown, n_autoscale]


def fam_glue(R):
    return build(R, F2, [("dispensing-extract-oracle-network-adapter-unreachable", d_oracle), ("claims-curate-prescriber-npi-column-renamed", d_schema),
                         ("inventory-compact-s3-slowdown-hot-prefix", d_slowdown), ("rx-history-backfill-no-space-left-on-device", d_disk),
                         ("vendor-feed-parse-cp1252-pound-sign", d_unicode)], glue_negs())


FAMILIES = {F1: fam_spark, F2: fam_glue}
