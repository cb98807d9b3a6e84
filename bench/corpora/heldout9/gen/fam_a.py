"""Families: aws-dms, codedeploy-beanstalk."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- aws-dms
F1 = "aws-dms"

TASK_FATAL = "N5QZ2R7XKJ3YHDWPL4AVB6TCEM"
TABLES = ["'public'.'orders'", "'public'.'order_items'", "'public'.'customers'", "'sales'.'invoice_lines'", "'dbo'.'Shipments'", "'HR'.'EMPLOYEES'"]


def dts(R):
    return "2027-02-%02dT%s" % (day(R), hms(R))


def dms(R, comp, lvl, msg, t=None):
    return "%s [%-16s]%s:  %s" % (t or dts(R), comp, lvl, msg)


def g_dms_fatal(R):
    return dms(R, "TASK_MANAGER", "E", "Task '%s' encountered a fatal error (repository.c:%d)" % (TASK_FATAL, pick(R, [5975, 5976])))


def g_dms_pg_slot(R):
    return dms(R, "SOURCE_CAPTURE", "E", "RetCode: SQL_ERROR  SqlState: 42704 NativeError: 1 Message: ERROR: replication slot \"dms_orders_%s\" does not exist;\nError while executing the query [1022502]  (ar_odbc_stmt.c:%d)" % (
        pick(R, ["slot", "slot"]), R.randint(2800, 2830)))


def g_dms_binlog(R):
    return dms(R, "SOURCE_CAPTURE", "E", "Error reading binary log. Could not find first log file name in binary log index file; position 'mysql-bin-changelog.%06d:%d' [1020414]  (mysql_endpoint_capture.c:%d)" % (
        R.randint(150000, 190000), R.randint(4, 90000000), pick(R, [2136, 2137])))


def g_dms_fk(R):
    return dms(R, "TARGET_APPLY", "E", "RetCode: SQL_ERROR  SqlState: 23503 NativeError: 1 Message: ERROR: insert or update on table \"order_items\" violates foreign key constraint \"order_items_order_id_fkey\";\nDETAIL:  Key (order_id)=(%d) is not present in table \"orders\".;\nError while executing the query [1022502]  (ar_odbc_stmt.c:%d)" % (
        R.randint(1000000, 9999999), R.randint(2800, 2830)))


def g_dms_sqlserver_login(R):
    return dms(R, "TARGET_LOAD", "E", "RetCode: SQL_ERROR  SqlState: HYT00 NativeError: 0 Message: [Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired [1020412]  (ar_odbc_conn.c:%d)" % pick(R, [579, 580]))


def g_dms_oracle_redo(R):
    return dms(R, "SOURCE_CAPTURE", "E", "Archived Redo log with the sequence %d does not exist, thread %d [1022318]  (oradcdc_thread.c:%d)" % (
        R.randint(180000, 190000), pick(R, [1, 1, 2]), pick(R, [346, 347])))


def g_dms_s3_upload(R):
    n = R.randint(1, 99)
    t = dts(R)
    return dms(R, "TARGET_LOAD", "E", "Failed to upload file '/rdsdbdata/data/tasks/%s/bucketFolder/LOAD%08X.csv' to bucket 'example-datalake-raw' as 'dms/sales/invoice_lines/LOAD%08X.csv', status = 4 (FAILED) [1001705]  (s3_dir_actions.cpp:%d)\n%s [%-16s]E:  Failed to upload file: AccessDenied: User: arn:aws:sts::111122223333:assumed-role/dms-s3-target-role/dms-session is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:111122223333:key/%s [1001705]  (s3_dir_actions.cpp:%d)" % (
        TASK_FATAL[:20] + alnum(R, 6).upper(), n, n, R.randint(400, 420), t, "TARGET_LOAD", "0c1f5a4e-7b2d-4e4f-9a8d-2b6c1e3f4a5d", R.randint(400, 420)), t=t)


def g_dms_unload(R):
    t = dts(R)
    return dms(R, "SOURCE_UNLOAD", "E", "Failed to init unloading table 'HR'.'EMPLOYEES' [1020417]  (oracle_endpoint_unload.c:%d)\n%s [%-16s]E:  ORA-00942: table or view does not exist [1020417]  (oracle_endpoint_unload.c:%d)" % (
        R.randint(170, 175), t, "SOURCE_UNLOAD", R.randint(170, 175)), t=t)


def g_dms_swap(R):
    return dms(R, "SORTER", "E", "Transaction swap file allocation failed for transaction id %d: No space left on device [1000100]  (sorter_transaction.c:%d)" % (
        R.randint(10**8, 10**9), pick(R, [1902, 1903])))


def g_dms_kafka(R):
    return dms(R, "TARGET_APPLY", "E", "Failed to send message to Kafka topic 'cdc.public.orders' partition %d: Local: Message timed out (after %d ms in queue) [1025902]  (kafka_client.cpp:%d)" % (
        R.randint(0, 11), R.randint(300000, 300400), pick(R, [811, 812])))


def g_dms_ddb(R):
    return dms(R, "TARGET_LOAD", "E", "Failed to write %d items to DynamoDB table 'customers-v2': ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded [1020402]  (dynamodb_load.cpp:%d)" % (
        R.randint(1, 25), pick(R, [517, 518])))


def g_dms_validation(R):
    return dms(R, "VALIDATOR", "E", "Validation failed for table %s: %d records mismatched, %d records missing on target (partition %d of %d) [1026201]  (validator_table.c:%d)" % (
        "'public'.'customers'", R.randint(1, 400), R.randint(0, 60), R.randint(1, 40), 40, pick(R, [640, 641])))


def g_dms_recoverable(R):
    return dms(R, "TASK_MANAGER", "E", "Task error notification received from subtask %d, thread %d [reptask/replicationtask.c:2673] [1022502] Stop Reason RECOVERABLE_ERROR Error Level RECOVERABLE  (replicationtask.c:%d)" % (
        R.randint(0, 7), R.randint(0, 3), pick(R, [3134, 3135])))


def n_dms_start(R):
    return dms(R, "TASK_MANAGER", "I", "Task '%s' running %s in %s mode  (replicationtask.c:%d)" % (
        alnum(R, 26).upper(), pick(R, ["full load and CDC", "CDC only", "full load"]), pick(R, ["fresh start", "resume", "reload"]), R.randint(1000, 1020)))


def n_dms_loaded(R):
    return dms(R, "TASK_MANAGER", "I", "Load finished for table %s (Id = %d). %d rows received. 0 rows skipped. Volume transferred %d.  (streamcomponent.c:%d)" % (
        pick(R, TABLES), R.randint(1, 40), R.randint(0, 9000000), R.randint(0, 10**9), R.randint(2000, 2100)))


def n_dms_perf(R):
    return dms(R, "PERFORMANCE", "T", "Source latency %.2f seconds, Target latency %.2f seconds, Handling latency %.2f seconds  (replicationtask.c:%d)" % (
        R.uniform(0, 3), R.uniform(0, 9), R.uniform(0, 6), R.randint(3000, 3100)))


def n_dms_suspended(R):
    return dms(R, "TASK_MANAGER", "W", "Table %s (subtask %d thread %d) is suspended. %s  (replicationtask.c:%d)" % (
        pick(R, TABLES), R.randint(0, 7), R.randint(0, 3), pick(R, ["Table has no primary key", "LOB column requires a primary key for full LOB mode"]), R.randint(2600, 2700)))


def n_dms_stop_normal(R):
    t = dts(R)
    return dms(R, "TASK_MANAGER", "I", "Subtask #%d ended  (replicationtask_util.c:%d)\n%s [%-16s]I:  Stop Reason NORMAL Error Level NONE  (replicationtask.c:%d)" % (
        R.randint(0, 7), R.randint(900, 999), t, "TASK_MANAGER", R.randint(3000, 3200)), t=t)


def n_dms_retry(R):
    return dms(R, "SOURCE_CAPTURE", "I", "Retrying connection to source endpoint after error 'server closed the connection unexpectedly' (attempt %d of 10)  (postgres_endpoint_capture.c:%d)" % (
        R.randint(1, 3), R.randint(500, 520)))


def n_dms_swap_pause(R):
    return dms(R, "SORTER", "W", "Reading from source is paused. Total storage used by swap files exceeded the limit %d MB  (sorter_transaction.c:%d)" % (
        pick(R, [1048576, 2097152]), R.randint(3000, 3100)))


def n_dms_debug(R):
    return dms(R, pick(R, ["TARGET_APPLY", "TARGET_LOAD"]), "D", "Bulk apply for table %s: %d inserts, %d updates, %d deletes, 0 errors  (bulk_apply.c:%d)" % (
        pick(R, TABLES), R.randint(0, 5000), R.randint(0, 5000), R.randint(0, 500), R.randint(100, 200)))


def n_dms_lob(R):
    return dms(R, "SOURCE_CAPTURE", "W", "LOB data in column 'notes' of table %s was truncated to %d KB (limited LOB mode)  (lob_util.c:%d)" % (
        pick(R, TABLES), pick(R, [32, 64]), R.randint(200, 230)))


def n_dms_wal(R):
    return dms(R, "SOURCE_CAPTURE", "I", "Resume CDC from LSN '%X/%08X' (confirmed flush LSN '%X/%08X')  (postgres_endpoint_wal_engine.c:%d)" % (
        R.randint(1, 0x3F), R.randint(0, 0xFFFFFFFF), R.randint(1, 0x3F), R.randint(0, 0xFFFFFFFF), R.randint(600, 700)))


def n_dms_validation_ok(R):
    return dms(R, "VALIDATOR", "I", "Validation of table %s completed: %d records compared, 0 mismatched, 0 failed  (validator_table.c:%d)" % (
        pick(R, TABLES), R.randint(1000, 9000000), R.randint(700, 720)))


def aws_dms(R):
    groups = [
        ("task-fatal-error", g_dms_fatal, 5),
        ("pg-replication-slot-missing", g_dms_pg_slot),
        ("mysql-binlog-purged", g_dms_binlog),
        ("order-items-fk-violation", g_dms_fk),
        ("sqlserver-target-login-timeout", g_dms_sqlserver_login, 6),
        ("oracle-archived-redo-missing", g_dms_oracle_redo),
        ("s3-target-kms-access-denied", g_dms_s3_upload),
        ("oracle-employees-table-missing", g_dms_unload, 8),
        ("sorter-swap-no-space", g_dms_swap),
        ("kafka-target-message-timeout", g_dms_kafka),
        ("dynamodb-target-throughput-exceeded", g_dms_ddb),
        ("customers-validation-mismatch", g_dms_validation),
        ("subtask-recoverable-error", g_dms_recoverable),
    ]
    negs = [n_dms_start, n_dms_loaded, n_dms_perf, n_dms_suspended, n_dms_stop_normal, n_dms_retry, n_dms_swap_pause,
            n_dms_debug, n_dms_lob, n_dms_wal, n_dms_validation_ok]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- codedeploy-beanstalk
F2 = "codedeploy-beanstalk"

HOOK = "/opt/codedeploy-agent/lib/instance_agent/plugins/codedeploy/hook_executor.rb"


def cdts(R):
    return "2027-02-%02dT%s" % (day(R), hms(R))


def cda(R, lvl, msg, pid=None):
    return "%s %-5s [codedeploy-agent(%d)]: %s" % (cdts(R), lvl, pid or R.randint(1000, 40000), msg)


def dep(R):
    return "d-%s" % alnum(R, 9).upper()


def g_cd_script_exit(R):
    return "\n".join([
        cda(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error during perform: InstanceAgent::Plugins::CodeDeployPlugin::ScriptError - Script at specified location: scripts/start_server.sh run as user root failed with exit code 1 - %s:183:in `execute_script'" % HOOK),
        "%s:%d:in `block (2 levels) in execute'" % (HOOK, pick(R, [107, 108])),
        "/opt/codedeploy-agent/lib/instance_agent/plugins/codedeploy/command_executor.rb:%d:in `block (3 levels) in <class:CommandExecutor>'" % pick(R, [150, 151]),
        "/opt/codedeploy-agent/lib/instance_agent/plugins/codedeploy/command_poller.rb:%d:in `process_command'" % pick(R, [117, 118]),
    ])


def g_cd_accessdenied(R):
    return cda(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Cannot reach InstanceService: Aws::CodeDeployCommand::Errors::AccessDeniedException - ")


def g_cd_timeout(R):
    return cda(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error during perform: InstanceAgent::Plugins::CodeDeployPlugin::ScriptError - Script at specified location: scripts/validate_service.sh failed to complete in 300 seconds - %s:%d:in `execute_script'" % (HOOK, pick(R, [190, 191])))


def g_cd_file_exists(R):
    f = pick(R, ["index.html", "favicon.ico", "robots.txt", "assets/app.css", "assets/app.js"])
    return cda(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error during perform: RuntimeError - The deployment failed because a specified file already exists at this location: /var/www/html/%s - /opt/codedeploy-agent/lib/instance_agent/plugins/codedeploy/installer.rb:%d:in `generate_normal_copy'" % (f, pick(R, [110, 111])))


def g_cd_s3(R):
    return cda(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error during perform: Aws::S3::Errors::AccessDenied - Access Denied - downloading s3://example-deploy-artifacts/billing-api/%s.zip for deployment %s" % (hexs(R, 7), dep(R)))


def g_cd_appspec(R):
    return cda(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error during perform: RuntimeError - The CodeDeploy agent did not find an AppSpec file within the unpacked revision directory at revision-relative path \"appspec.yml\". The revision was unpacked to directory \"/opt/codedeploy-agent/deployment-root/%s/%s/deployment-archive\", and the AppSpec file was expected but not found at path \"/opt/codedeploy-agent/deployment-root/%s/%s/deployment-archive/appspec.yml\"." % (
        "0c1f5a4e-7b2d-4e4f-9a8d-2b6c1e3f4a5d", "d-GQ7K2M9XZ", "0c1f5a4e-7b2d-4e4f-9a8d-2b6c1e3f4a5d", "d-GQ7K2M9XZ") + " Deployment attempt %d" % R.randint(1, 4))


def g_cd_scripts_log(R):
    t = "2027-02-%02d %s" % (day(R), hms(R))
    return "\n".join([
        "%s LifecycleEvent - ApplicationStart" % t,
        "%s Script - scripts/start_server.sh" % t,
        "%s [stderr]node:internal/modules/cjs/loader:%d" % (t, pick(R, [1228, 1148])),
        "%s [stderr]  throw err;" % t,
        "%s [stderr]Error: Cannot find module '/srv/billing-api/dist/server.js'" % t,
        "%s [stderr]    at Module._resolveFilename (node:internal/modules/cjs/loader:%d:15)" % (t, pick(R, [1225, 1145])),
    ])


def ebts(R):
    return "2027/02/%02d %s.%06d" % (day(R), hms(R), R.randint(0, 999999))


def g_eb_predeploy(R):
    return "%s [ERROR] An error occurred during execution of command [app-deploy] - [RunAppDeployPreDeployHooks]. Stop running the command. Error: Command .platform/hooks/predeploy/01_migrate.sh failed with error exit status 1. Stderr:django.db.utils.OperationalError: connection to server at \"orders-db.cluster-example.us-east-1.rds.amazonaws.com\" (%s), port 5432 failed: Connection timed out\n\tIs the server running on that host and accepting TCP/IP connections?\n " % (
        ebts(R), ip10(R))


def g_eb_npm(R):
    return "%s [ERROR] An error occurred during execution of command [app-deploy] - [Use NPM to install dependencies]. Stop running the command. Error: Command /bin/su webapp -c npm --omit=dev install failed with error exit status 1. Stderr:npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.%d.0\nnpm ERR! Could not resolve dependency:\nnpm ERR! peer react@\"^17.0.0\" from react-datepicker@4.%d.0\n " % (
        ebts(R), R.randint(2, 3), R.randint(8, 11))


def g_eb_nginx(R):
    return "%s [ERROR] An error occurred during execution of command [app-deploy] - [Start proxy with new configuration]. Stop running the command. Error: copy proxy conf from staging failed with error validate nginx configuration failed with error Command /bin/sh -c /usr/sbin/nginx -t -c /var/proxy/staging/nginx/nginx.conf failed with error exit status 1. Stderr:nginx: [emerg] unknown directive \"proxy_pas\" in /var/proxy/staging/nginx/conf.d/elasticbeanstalk/01_app.conf:%d\nnginx: configuration file /var/proxy/staging/nginx/nginx.conf test failed\n " % (
        ebts(R), pick(R, [4, 5]))


def cfnts(R):
    return "2027-02-%02d %s,%s" % (day(R), hms(R), ms(R))


def g_cfn_init(R):
    t = cfnts(R)
    return "\n".join([
        "%s [ERROR] Command 02_seed_config failed" % t,
        "%s [ERROR] Error encountered during build of config: Command 02_seed_config failed" % t,
        "Traceback (most recent call last):",
        "  File \"/usr/lib/python3.9/site-packages/cfnbootstrap/construction.py\", line %d, in run_config" % pick(R, [579, 580]),
        "    CloudFormationCarpenter(config, self._auth_config, self.strict_mode).build(worklog)",
        "cfnbootstrap.construction_errors.ToolError: Command 02_seed_config failed",
        "%s [ERROR] -----------------------BUILD FAILED!------------------------" % t,
    ])


def g_cfn_hup(R):
    return "%s [ERROR] Error: [Errno 13] Permission denied: '/var/lib/cfn-hup/data/metadata_db.json' (hook %s)" % (cfnts(R), pick(R, ["reload-config", "reload-config", "restart-agent"]))


def n_cd_poll(R):
    return cda(R, "INFO", "[Aws::CodeDeployCommand::Client 200 %.6f 0 retries] poll_host_command(host_identifier:\"arn:aws:ec2:us-east-1:111122223333:instance/i-0%s\")" % (
        R.uniform(0.02, 60), hexs(R, 16)))


def n_cd_version(R):
    return cda(R, "INFO", "Version file found in /opt/codedeploy-agent/.version with agent version OFFICIAL_1.7.%d-%d_rpm." % (R.randint(0, 1), R.randint(80, 99)))


def n_cd_complete(R):
    return cda(R, "DEBUG", "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Calling PutHostCommandComplete: \"Succeeded\" (%s, lifecycle event %s)" % (
        dep(R), pick(R, ["BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService"])))


def n_cd_retry(R):
    return cda(R, "WARN", "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Retrying poll after error Seahorse::Client::NetworkingError - Net::ReadTimeout (attempt %d)" % R.randint(1, 5))


def n_cd_script_out(R):
    t = "2027-02-%02d %s" % (day(R), hms(R))
    return "%s [stdout]%s" % (t, pick(R, [
        "Migrations complete: %d applied, 0 errors" % R.randint(0, 12),
        "Health check passed: http://localhost:8080/health returned 200 in %d ms" % R.randint(2, 90),
        "Restarting billing-api.service (previous run exited with error=0)",
        "Removed %d stale release directories" % R.randint(0, 6),
    ]))


def n_cd_child(R):
    p = R.randint(1000, 9000)
    return cda(R, "INFO", "master %d: Received CHLD - cleaning dead child process" % p, pid=p)


def n_eb_info(R):
    return "%s [INFO] %s" % (ebts(R), pick(R, [
        "Executing instruction: RunAppDeployPreBuildHooks",
        "Executing instruction: StageApplication",
        "Running command /bin/sh -c /usr/bin/unzip -q -o /opt/elasticbeanstalk/deployment/app_source_bundle -d /var/app/staging/",
        "Executing cleanup logic",
        "Command app-deploy succeeded! (%d ms)" % R.randint(5000, 90000),
        "Instance has NOT been bootstrapped: deployment %d" % R.randint(1, 400),
    ]))


def n_eb_warn(R):
    return "%s [WARN] %s" % (ebts(R), pick(R, [
        "Warning: npm WARN deprecated inflight@1.0.%d: This module is not supported, and leaks memory" % R.randint(5, 6),
        "failed to get the latest healthd status, retrying (attempt %d)" % R.randint(1, 4),
        "The \"NPM_USE_PRODUCTION\" option is deprecated (deployment %d)" % R.randint(1, 400),
    ]))


def n_cfn_info(R):
    return "%s [INFO] %s" % (cfnts(R), pick(R, [
        "Command 01_install_packages succeeded",
        "Running configSets: default",
        "ConfigSets completed",
        "cfn-hup processing is alive.",
        "Yum installed [%d packages]" % R.randint(1, 30),
    ]))


def n_cfn_warn(R):
    return "%s [WARNING] %s" % (cfnts(R), pick(R, [
        "Test for Command 03_enable_swap failed, skipping (test: [ -f /swapfile ] exited 1)",
        "Ignoring error in optional command 04_warm_cache (ignoreErrors: true), exit %d" % R.randint(1, 2),
    ]))


def codedeploy_beanstalk(R):
    groups = [
        ("cd-start-server-exit-1", g_cd_script_exit),
        ("cd-poller-access-denied", g_cd_accessdenied, 8),
        ("cd-validate-service-timeout", g_cd_timeout, 8),
        ("cd-file-already-exists", g_cd_file_exists),
        ("cd-s3-revision-access-denied", g_cd_s3),
        ("cd-appspec-not-found", g_cd_appspec, 4),
        ("cd-start-server-module-not-found", g_cd_scripts_log),
        ("eb-predeploy-migrate-db-timeout", g_eb_predeploy),
        ("eb-npm-eresolve", g_eb_npm),
        ("eb-nginx-unknown-directive", g_eb_nginx, 6),
        ("cfn-init-seed-config-failed", g_cfn_init),
        ("cfn-hup-metadata-permission-denied", g_cfn_hup, 8),
    ]
    negs = [n_cd_poll, n_cd_version, n_cd_complete, n_cd_retry, n_cd_script_out, n_cd_child, n_eb_info, n_eb_warn, n_cfn_info, n_cfn_warn]
    return build(R, F2, groups, negs)


FAMILIES = {F1: aws_dms, F2: codedeploy_beanstalk}
