"""Families: managed-db-engines, pipes-batch-jobs."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- managed-db-engines
F1 = "managed-db-engines"


def ots(R):
    return "2027-03-%02dT%s.%06d+00:00" % (day(R), hms(R), R.randint(0, 999999))


def ora(R, *lines):
    return ots(R) + "\n" + "\n".join(lines)


def sqlid(R):
    return "".join(R.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13))


def mts(R):
    return "2027-03-%02d %s.%02d" % (day(R), hms(R), R.randint(0, 99))


def mss(R, src, *lines):
    t = mts(R)
    return "\n".join("%s %-12s%s" % (t, src, ln) for ln in lines)


def agent(R, mark, code, msg):
    return "2027-03-%02d %s - %s [%d] %s" % (day(R), hms(R), mark, code, msg)


CLUSTERS = ["sessions-prod-0001-001", "sessions-prod-0001-002", "ratelimit-prod-0002-001", "feed-cache-0001-001"]


def ec(R, lvl, role, msg, cluster=None):
    return jd({"CacheClusterId": cluster or pick(R, CLUSTERS), "CacheNodeId": "0001", "LogLevel": lvl, "Role": role,
               "Timestamp": "%02d Mar 2027 %s.%s UTC" % (day(R), hms(R), ms(R)), "Message": msg})


def rstime(R):
    return "%s, %02d Mar 2027 %s:%s" % (pick(R, ["Mon", "Tue", "Wed", "Thu", "Fri"]), day(R), hms(R), ms(R))


def rsconn(R, event, user, auth="password", app="JDBC-2.1.0.30"):
    return "%-17s|%s|::ffff:%s |%d |%d|%s |%s |%s |%d|%s |%s |0| | | |%s |%s |none |2|" % (
        event, rstime(R), ip10(R), port(R), R.randint(1073000000, 1074000000), pick(R, ["dev", "analytics"]), user, auth,
        R.randint(0, 9000000000) if event.startswith("disconnect") else 0, "TLSv1.3", "TLS_AES_256_GCM_SHA384", app, pick(R, ["Linux 6.1.0 amd64", "Mac OS X 14.4 aarch64"]))


def g_ora_1555(R):
    return ora(R, "ORA-01555 caused by SQL statement below (SQL ID: %s, Query Duration=%d sec, SCN: 0x%016x):" % (pick(R, ["7xq2b1zk9m3wd", "7xq2b1zk9m3wd", "4hv8r2nqc0fjs"]), R.randint(3600, 14000), R.randint(10**12, 10**13)),
               "SELECT /*+ PARALLEL(8) */ o.region, SUM(o.total) FROM app.orders o JOIN app.order_events e ON e.order_id = o.id WHERE o.created_at >= :b1 GROUP BY o.region")


def g_ora_1653(R):
    return ora(R, "ORA-1653: unable to extend table APP.ORDER_EVENTS by %d in                 tablespace USERS" % pick(R, [128, 1024, 8192]))


def g_ora_deadlock(R):
    return ora(R, "ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file /rdsdbdata/log/diag/rdbms/orcl_a/ORCL/trace/ORCL_ora_%d.trc." % R.randint(1000, 99999))


def g_ora_arch(R):
    return ora(R, "ARC%d (PID:%d): Error 19809 Creating archive log file to '/rdsdbdata/db/ORCL_A/arch/redolog-%d-1-%d.arc'" % (R.randint(0, 3), R.randint(1000, 60000), R.randint(40000, 60000), R.randint(10**9, 2 * 10**9)),
               "ORA-19809: limit exceeded for recovery files",
               "ORA-19804: cannot reclaim %d bytes disk space from %d bytes limit" % (R.randint(10**8, 10**9), 214748364800))


def g_mss_logfull(R):
    return mss(R, "spid%ds" % R.randint(20, 99), "Error: 9002, Severity: 17, State: 4.",
               "The transaction log for database 'orders' is full due to 'LOG_BACKUP'.")


def g_mss_filegroup(R):
    return mss(R, "spid%d" % R.randint(50, 400), "Error: 1105, Severity: 17, State: 2.",
               "Could not allocate space for object 'dbo.AuditTrail'.'PK_AuditTrail' in database 'audit' because the 'PRIMARY' filegroup is full. Create disk space by deleting unneeded files, dropping objects in the filegroup, adding additional files to the filegroup, or setting autogrowth on for existing files in the filegroup.")


def g_mss_agent(R):
    return agent(R, "!", 298, "SQLServer Error: 4060, Cannot open database \"staging\" requested by the login. The login failed. [SQLSTATE 42000] (Job 'nightly-staging-refresh', step %d)" % pick(R, [1, 2]))


def g_ec_fork(R):
    return ec(R, "#", "M", "Can't save in background: fork: Cannot allocate memory", cluster=pick(R, CLUSTERS[:2]))


def g_ec_outbuf(R):
    return ec(R, "#", "M", "Client id=%d addr=%s:%d laddr=%s:6379 fd=%d name= age=%d idle=0 flags=P db=0 sub=%d psub=0 ssub=0 multi=-1 watch=0 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=%d omem=%d tot-mem=%d events=rw cmd=subscribe user=default redir=-1 resp=2 lib-name=redis-py lib-ver=5.0.8 closed for overcoming of output buffer limits." % (
        R.randint(10**5, 10**7), ip10(R), port(R), ip10(R), R.randint(10, 900), R.randint(1, 90000), R.randint(1, 40), R.randint(900, 9000), R.randint(33554432, 40000000), R.randint(33554432, 41000000)), cluster="feed-cache-0001-001")


def g_ec_sync(R):
    return ec(R, "#", "S", "MASTER aborted replication with an error: NOAUTH Authentication required.", cluster="ratelimit-prod-0002-001") if R.random() < 0.5 else \
        ec(R, "#", "S", "Unexpected reply to PSYNC from master: -NOAUTH Authentication required.", cluster="ratelimit-prod-0002-001")


def n_ora_logswitch(R):
    s = R.randint(40000, 60000)
    return ora(R, "Thread 1 advanced to log sequence %d (LGWR switch),  current SCN: %d" % (s, R.randint(10**10, 10**11)),
               "  Current log# %d seq# %d mem# 0: /rdsdbdata/db/ORCL_A/onlinelog/o1_mf_%d_%s_.log" % (R.randint(1, 4), s, R.randint(1, 4), lower(R, 8)))


def n_ora_partition(R):
    return ora(R, "TABLE APP.ORDER_EVENTS: ADDED INTERVAL PARTITION SYS_P%d (%d) VALUES LESS THAN (TO_DATE(' 2027-03-%02d 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN'))" % (R.randint(1000, 9999), R.randint(1000, 9999), R.randint(2, 28)))


def n_ora_resize(R):
    return ora(R, "Resize operation completed for file# %d, fname /rdsdbdata/db/ORCL_A/datafile/o1_mf_users_%s_.dbf, old size %dK, new size %dK" % (R.randint(4, 9), lower(R, 8), R.randint(10**6, 10**7), R.randint(10**7, 2 * 10**7)))


def n_ora_completed(R):
    return ora(R, "Completed: ALTER SYSTEM ARCHIVE LOG", "Setting Resource Manager plan SCHEDULER[0x%X]:DEFAULT_MAINTENANCE_PLAN via scheduler window" % R.randint(4000, 5000) if R.random() < 0.5 else "Completed: alter database backup controlfile to trace")


def n_mss_login_failed(R):
    u = pick(R, ["report_reader", "sa", "admin", "test", "bi_user"])
    return mss(R, "Logon", "Error: 18456, Severity: 14, State: %d." % pick(R, [5, 8]),
               "Login failed for user '%s'. Reason: %s [CLIENT: %s]" % (u, pick(R, ["Password did not match that for the login provided.", "Could not find a login matching the name provided."]), ip10(R)))


def n_mss_backup(R):
    return mss(R, "Backup", "Log was backed up. Database: %s, creation date(time): 2026/11/02(09:14:27), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'D:\\rdsdbdata\\BACKUP\\%s'}). This is an informational message only. No user action is required." % (
        pick(R, ["orders", "audit", "catalog"]), R.randint(1000, 9999), R.randint(100, 999), R.randint(1000, 9999), R.randint(100, 999), uuid(R)))


def n_mss_checkdb(R):
    return mss(R, "spid%d" % R.randint(50, 200), "DBCC CHECKDB (%s) WITH no_infomsgs executed by NT AUTHORITY\\SYSTEM found 0 errors and repaired 0 errors. Elapsed time: 0 hours %d minutes %d seconds.  Internal database snapshot has split point LSN = %08x:%08x:0001 and first LSN = %08x:%08x:0001." % (
        pick(R, ["orders", "audit", "catalog", "msdb"]), R.randint(0, 40), R.randint(0, 59), R.randint(0, 2**31), R.randint(0, 2**16), R.randint(0, 2**31), R.randint(0, 2**16)))


def n_mss_startup(R):
    return mss(R, "spid%ds" % R.randint(10, 40), pick(R, ["Starting up database '%s'." % pick(R, ["tempdb", "orders", "rdsadmin"]), "Recovery completed for database %s (database ID %d) in %d second(s) (analysis 0 ms, redo 0 ms, undo 0 ms.) This is an informational message only. No user action is required." % (pick(R, ["orders", "audit"]), R.randint(5, 9), R.randint(0, 3))]))


def n_mss_agent_ok(R):
    return agent(R, "?", pick(R, [146, 129]), pick(R, ["Request servicer engine started", "SQLSERVERAGENT starting under Windows NT service control", "Job 'nightly-staging-refresh' completed successfully (0 errors, %d rows)" % R.randint(100, 90000)]))


def n_ec_notice(R):
    return ec(R, "*", pick(R, ["M", "C"]), pick(R, ["Background saving started by pid %d" % R.randint(100, 90000), "DB saved on disk", "Fork CoW for RDB: current %d MB, peak %d MB, average %d MB" % (R.randint(1, 90), R.randint(90, 300), R.randint(1, 90)),
                                                  "Background saving terminated with success", "Ready to accept connections tcp"]))


def n_ec_warning(R):
    return ec(R, "#", "M", pick(R, ["Server initialized", "WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128."]))


def n_ec_replica_ok(R):
    return ec(R, "*", "S", pick(R, ["MASTER <-> REPLICA sync: Finished with success", "Successful partial resynchronization with master.", "Connecting to MASTER %s:6379" % ip10(R), "MASTER <-> REPLICA sync started"]))


def n_ec_slowlog(R):
    return jd({"CacheClusterId": pick(R, CLUSTERS), "CacheNodeId": "0001", "Id": R.randint(100, 90000), "Timestamp": R.randint(1804032000, 1804550400), "Duration (us)": R.randint(10000, 900000),
               "Command": pick(R, ["KEYS ... (1 more arguments)", "HGETALL ... (1 more arguments)", "ZRANGEBYSCORE ... (3 more arguments)", "EVALSHA ... (4 more arguments)"]),
               "ClientAddress": "%s:%d" % (ip10(R), port(R)), "ClientName": pick(R, ["", "sessions-api", "ratelimiter"])})


def n_rs_conn(R):
    ev = pick(R, ["initiating session", "authenticated", "disconnecting session", "set application_name"])
    return rsconn(R, ev, pick(R, ["etl_loader", "looker", "dbt_prod", "IAMR:analyst-role"]), auth=pick(R, ["password", "IAM"]))


def n_rs_authfail(R):
    return rsconn(R, "authentication failure", pick(R, ["admin", "test", "analyst_temp", "root"]))


def n_rs_activity(R):
    return "'2027-03-%02dT%sZ UTC [ db=analytics user=%s pid=%d userid=%d xid=%d ]' LOG: %s" % (
        day(R), hms(R), pick(R, ["dbt_prod", "looker", "etl_loader"]), R.randint(1073000000, 1074000000), R.randint(100, 200), R.randint(10**7, 10**8),
        pick(R, ["select count(*) from staging.load_errors where error_code <> 0 and batch_id = %d;" % R.randint(1000, 9999),
                 "insert into audit.etl_runs (run_id, status, error_count) values ('%s', 'ok', 0);" % uuid(R),
                 "COPY staging.events FROM 's3://example-datalake-raw/events/2027/03/' IAM_ROLE default FORMAT AS PARQUET;",
                 "select * from stl_load_errors order by starttime desc limit 20;"]))


def n_docdb_audit(R):
    return jd({"atype": "authenticate", "ts": R.randint(1804032000000, 1804550400000), "timestamp_utc": "2027-03-%02d %s.%s" % (day(R), hms(R), ms(R)),
               "remote_ip": "%s:%d" % (ip10(R), port(R)), "user": pick(R, ["catalog_app", "reporting", "admin_tmp"]),
               "param": {"user": pick(R, ["catalog_app", "reporting"]), "mechanism": "SCRAM-SHA-1", "success": True}, "result": 0})


def n_docdb_profiler(R):
    return jd({"op": pick(R, ["query", "command"]), "ts": R.randint(1804032000000, 1804550400000), "ns": "catalog.products", "nreturned": R.randint(0, 500), "millis": R.randint(100, 9000),
               "planSummary": pick(R, ["COLLSCAN", "IXSCAN"]), "command": {"filter": {"tags": {"$in": ["sale"]}}, "limit": 500, "$db": "catalog"},
               "client": "%s:%d" % (ip10(R), port(R)), "user": "catalog_app"})


def managed_db_engines(R):
    groups = [
        ("oracle-revenue-report-snapshot-too-old", g_ora_1555),
        ("oracle-order-events-unable-to-extend", g_ora_1653),
        ("oracle-deadlock-detected", g_ora_deadlock),
        ("oracle-archiver-recovery-area-full", g_ora_arch),
        ("mssql-orders-transaction-log-full", g_mss_logfull),
        ("mssql-audit-primary-filegroup-full", g_mss_filegroup),
        ("mssql-agent-staging-refresh-cannot-open-db", g_mss_agent),
        ("elasticache-sessions-bgsave-fork-enomem", g_ec_fork),
        ("elasticache-feed-pubsub-output-buffer-limit", g_ec_outbuf),
        ("elasticache-ratelimit-replica-noauth", g_ec_sync),
    ]
    negs = [n_ora_logswitch, n_ora_partition, n_ora_resize, n_ora_completed, n_mss_login_failed, n_mss_backup, n_mss_checkdb, n_mss_startup,
            n_mss_agent_ok, n_ec_notice, n_ec_warning, n_ec_replica_ok, n_ec_slowlog, n_rs_conn, n_rs_authfail, n_rs_activity, n_docdb_audit, n_docdb_profiler]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- pipes-batch-jobs
F2 = "pipes-batch-jobs"


def pts(R):
    return "2027-03-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def pipe(R, name, mtype, lvl, error=None, extra=None):
    d = {"resourceArn": "arn:aws:pipes:us-east-1:111122223333:pipe/%s" % name, "timestamp": R.randint(1804032000000, 1804550400000),
         "executionId": uuid(R), "messageType": mtype, "logLevel": lvl}
    if error:
        d["error"] = error
    if extra:
        d.update(extra)
    return jd(d)


def bjob(R, name, queue, status, reason=None, attempts=None, jdef=None):
    detail = {"jobArn": "arn:aws:batch:us-east-1:111122223333:job/%s" % uuid(R), "jobName": name, "jobId": uuid(R),
              "jobQueue": "arn:aws:batch:us-east-1:111122223333:job-queue/%s" % queue, "status": status,
              "attempts": attempts or [], "createdAt": R.randint(1804032000000, 1804550400000), "retryStrategy": {"attempts": 2, "evaluateOnExit": []},
              "dependsOn": [], "jobDefinition": "arn:aws:batch:us-east-1:111122223333:job-definition/%s" % (jdef or name.rsplit("-", 1)[0] + ":%d" % R.randint(3, 9)),
              "parameters": {}, "container": {"image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/%s:%s" % (name.rsplit("-", 1)[0], hexs(R, 7)), "vcpus": 4, "memory": 16384,
                                              "logStreamName": "%s/default/%s" % (name.rsplit("-", 1)[0], hexs(R, 32))},
              "platformCapabilities": ["EC2"], "tags": {}}
    if reason:
        detail["statusReason"] = reason
    return jd({"version": "0", "id": uuid(R), "detail-type": "Batch Job State Change", "source": "aws.batch", "account": "111122223333",
               "time": "2027-03-%02dT%sZ" % (day(R), hms(R)), "region": "us-east-1", "resources": [detail["jobArn"]], "detail": detail})


def attempt(R, code, reason):
    t = R.randint(1804032000000, 1804550400000)
    return {"container": {"containerInstanceArn": "arn:aws:ecs:us-east-1:111122223333:container-instance/%s" % hexs(R, 32), "taskArn": "arn:aws:ecs:us-east-1:111122223333:task/AWSBatch-ce/%s" % hexs(R, 32),
                          "exitCode": code, "reason": reason, "logStreamName": "x/default/%s" % hexs(R, 32)} if reason else
            {"containerInstanceArn": "arn:aws:ecs:us-east-1:111122223333:container-instance/%s" % hexs(R, 32), "exitCode": code},
            "startedAt": t, "stoppedAt": t + R.randint(60000, 9000000), "statusReason": "Essential container in task exited"}


def pyts(R):
    return "2027-03-%02d %s,%s" % (day(R), hms(R), ms(R))


def g_pipe_sfn_denied(R):
    return pipe(R, "orders-ddb-to-fulfilment", "TargetInvocationFailed", "ERROR",
                error={"httpStatusCode": 400, "message": "User: arn:aws:sts::111122223333:assumed-role/pipe-orders-role/%s is not authorized to perform: states:StartExecution on resource: arn:aws:states:us-east-1:111122223333:stateMachine:fulfilment because no identity-based policy allows the states:StartExecution action" % hexs(R, 32),
                       "details": "", "awsService": "states", "requestId": uuid(R)})


def g_pipe_exec_failed(R):
    return pipe(R, "orders-ddb-to-fulfilment", "ExecutionFailed", "ERROR",
                error={"httpStatusCode": 400, "message": "Target invocation failed with error from Step Functions.", "details": "", "awsService": "states", "requestId": uuid(R)})


def g_pipe_enrich_lambda(R):
    return pipe(R, "leads-sqs-to-crm", "EnrichmentInvocationFailed", "ERROR",
                error={"httpStatusCode": 200, "message": "Enrichment Lambda function returned an error: {\"errorType\":\"KeyError\",\"errorMessage\":\"'company_domain'\",\"requestId\":\"%s\"}" % uuid(R),
                       "details": "", "awsService": "lambda", "requestId": uuid(R)})


def g_pipe_firehose_partial(R):
    n = R.randint(1, 40)
    return pipe(R, "clicks-kinesis-to-firehose", "TargetInvocationPartiallyFailed", "ERROR",
                error={"httpStatusCode": 200, "message": "%d of %d records failed: ServiceUnavailableException: Slow down." % (n, pick(R, [100, 250, 500])), "details": "", "awsService": "firehose", "requestId": uuid(R)})


def g_batch_oom(R):
    return bjob(R, "genomics-align-%s" % pick(R, ["S%04d" % R.randint(1, 9999), "NA%05d" % R.randint(10000, 99999)]), "genomics-spot", "FAILED", "Essential container in task exited",
                attempts=[attempt(R, 137, "OutOfMemoryError: Container killed due to memory usage") for _ in range(2)], jdef="genomics-align:7")


def g_batch_timeout(R):
    return bjob(R, "nightly-export-%s" % pick(R, ["2027030%d" % R.randint(1, 6), "part-%02d" % R.randint(0, 31)]), "default-ondemand", "FAILED", "Job attempt duration exceeded timeout",
                jdef="nightly-export:4")


def g_batch_invoice_exit(R):
    return bjob(R, "invoice-render-%s" % pick(R, ["EU", "US", "UK", "APAC"]) + "-%d" % R.randint(1, 999), "billing-ondemand", "FAILED", "Essential container in task exited",
                attempts=[attempt(R, 1, None), attempt(R, 1, None)], jdef="invoice-render:12")


def g_invoice_undefined(R):
    inv = "INV-2027-%06d" % R.randint(1, 999999)
    return "\n".join([
        "%s ERROR invoice_render.worker: failed to render %s for customer %s" % (pyts(R), inv, "cus_%s" % alnum(R, 14)),
        "Traceback (most recent call last):",
        '  File "/app/invoice_render/worker.py", line %d, in render_one' % pick(R, [88, 88, 89]),
        "    html = template.render(invoice=inv, customer=cust)",
        '  File "/usr/local/lib/python3.12/site-packages/jinja2/environment.py", line 1295, in render',
        "    self.environment.handle_exception()",
        '  File "templates/invoice_eu.html.j2", line %d, in top-level template code' % pick(R, [41, 41]),
        "jinja2.exceptions.UndefinedError: 'dict object' has no attribute 'vat_id'",
    ])


def g_bwa_index(R):
    s = "S%04d" % R.randint(1, 9999)
    return "[E::bwa_idx_load_from_disk] fail to locate the index files\n[main] Version: 0.7.18-r1243-dirty\n[main] CMD: bwa mem -t 16 /refs/GRCh38/GRCh38.fa /scratch/%s_R1.fastq.gz /scratch/%s_R2.fastq.gz\n[main] Real time: %.3f sec; CPU: %.3f sec" % (s, s, R.uniform(0.01, 0.2), R.uniform(0.001, 0.05))


def n_pipe_ok(R):
    return pipe(R, pick(R, ["orders-ddb-to-fulfilment", "leads-sqs-to-crm", "clicks-kinesis-to-firehose"]), pick(R, ["ExecutionStarted", "ExecutionSucceeded", "TargetInvocationSucceeded", "EnrichmentInvocationSucceeded", "TargetStageSucceeded"]), "INFO")


def n_pipe_trace(R):
    return pipe(R, "leads-sqs-to-crm", pick(R, ["TargetTransformationStarted", "TargetTransformationSucceeded", "EnrichmentStageEntered", "TargetInvocationStarted"]), "TRACE",
                extra={"payload": "[{\"messageId\":\"%s\",\"body\":\"{\\\"lead_id\\\":%d,\\\"errors\\\":[]}\"}]" % (uuid(R), R.randint(1000, 99999))})


def n_pipe_throttled(R):
    return pipe(R, "clicks-kinesis-to-firehose", "ExecutionThrottled", "INFO",
                extra={"message": "Execution was throttled by the pipe's concurrency limit and will be retried."})


def n_batch_progress(R):
    st = pick(R, ["SUBMITTED", "PENDING", "RUNNABLE", "STARTING", "RUNNING", "SUCCEEDED", "SUCCEEDED"])
    name = pick(R, ["genomics-align-S%04d" % R.randint(1, 9999), "nightly-export-part-%02d" % R.randint(0, 31), "invoice-render-EU-%d" % R.randint(1, 999)])
    return bjob(R, name, pick(R, ["genomics-spot", "default-ondemand", "billing-ondemand"]), st, "Essential container in task exited" if st == "SUCCEEDED" else None,
                attempts=[attempt(R, 0, None)] if st == "SUCCEEDED" else [])


def n_batch_retrying(R):
    return bjob(R, "genomics-align-S%04d" % R.randint(1, 9999), "genomics-spot", "RUNNABLE", None,
                attempts=[attempt(R, None, "Host EC2 (instance i-0%s) terminated." % hexs(R, 16))], jdef="genomics-align:7")


def n_batch_cancelled(R):
    return bjob(R, "nightly-export-part-%02d" % R.randint(0, 31), "default-ondemand", "FAILED", "Terminated by user: superseded by rerun %s" % uuid(R)[:8], jdef="nightly-export:4")


def n_container_info(R):
    return pick(R, ["%s INFO invoice_render.worker: rendered %d invoices (0 errors, %d skipped) in %.1fs" % (pyts(R), R.randint(10, 900), R.randint(0, 5), R.uniform(1, 300)),
                    "%s INFO nightly_export: wrote s3://example-exports/%s/part-%05d.parquet (%d rows)" % (pyts(R), "2027-03-0%d" % day(R), R.randint(0, 300), R.randint(10**4, 10**6)),
                    "%s WARNING invoice_render.worker: customer %s has no VAT id on file, using reverse-charge template" % (pyts(R), "cus_%s" % alnum(R, 14))])


def n_bwa_progress(R):
    return "[M::process] read %d sequences (%d bp)...\n[M::mem_process_seqs] Processed %d reads in %.3f CPU sec, %.3f real sec" % (
        R.randint(600000, 700000), R.randint(90000000, 99999999), R.randint(600000, 700000), R.uniform(200, 900), R.uniform(10, 60))


def n_container_retry(R):
    return "%s INFO nightly_export: S3 PutObject throttled (SlowDown), retrying in %.1fs (attempt %d/5)" % (pyts(R), R.uniform(0.2, 8), R.randint(1, 4))


def pipes_batch_jobs(R):
    groups = [
        ("pipe-orders-sfn-start-execution-denied", g_pipe_sfn_denied),
        ("pipe-orders-execution-failed", g_pipe_exec_failed),
        ("pipe-leads-enrichment-keyerror", g_pipe_enrich_lambda),
        ("pipe-clicks-firehose-partial-failure", g_pipe_firehose_partial),
        ("batch-genomics-align-oom", g_batch_oom),
        ("batch-nightly-export-timeout", g_batch_timeout),
        ("batch-invoice-render-exit-1", g_batch_invoice_exit),
        ("invoice-render-undefined-vat-id", g_invoice_undefined),
        ("bwa-grch38-index-missing", g_bwa_index),
    ]
    negs = [n_pipe_ok, n_pipe_trace, n_pipe_throttled, n_batch_progress, n_batch_retrying, n_batch_cancelled, n_container_info, n_bwa_progress, n_container_retry]
    return build(R, F2, groups, negs)


FAMILIES = {F1: managed_db_engines, F2: pipes_batch_jobs}
