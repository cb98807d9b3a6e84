"""Families: mwaa-airflow27-tasks-scheduler-dagproc, dbt-core18-codebuild-ecs-runs."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, iphost, pick, build, iso, af_ts, cb_ts, day, hms,
                    ACCT, REGION, jd)

# ---------------------------------------------------------------- mwaa-airflow27-tasks-scheduler-dagproc
# "tidewell grocers": an MWAA environment (Airflow 2.7, CeleryExecutor) whose task, scheduler, worker and DAG
# processing log groups are shipped by MWAA itself. Task log lines are `[ts] {file.py:NNN} LEVEL - text`.
F1 = "mwaa-airflow27-tasks-scheduler-dagproc"
DAGS = ["pos_sales_daily", "store_inventory_snapshot", "loyalty_points_sync", "supplier_feeds", "markdown_pricing", "fresh_waste_report"]
TASKS = {"pos_sales_daily": ["wait_for_pos_export", "stage_pos_files", "load_redshift", "dbt_run_marts"],
         "store_inventory_snapshot": ["extract_wms", "snapshot_to_parquet", "publish_metrics"],
         "loyalty_points_sync": ["fetch_members", "push_points", "reconcile"],
         "supplier_feeds": ["poll_sftp", "parse_edi", "load_feeds"],
         "markdown_pricing": ["score_items", "write_prices"],
         "fresh_waste_report": ["query_athena", "email_report"]}


def runid(R):
    return "scheduled__2029-02-%02dT%02d:00:00+00:00" % (day(R), pick(R, [0, 2, 3, 4, 5, 6]))


def ti(R, dag=None, task=None, state="running"):
    dag = dag or pick(R, DAGS)
    task = task or pick(R, TASKS[dag])
    return "<TaskInstance: %s.%s %s [%s]>" % (dag, task, runid(R), state)


def tl(R, src, lvl, text):
    return "%s {%s} %s - %s" % (af_ts(R), src, lvl, text)


def a_import(R):
    # requirements.txt update dropped apache-airflow-providers-sftp; supplier_feeds.py fails to import
    r = R.random()
    if r < 0.4:
        return tl(R, "dagbag.py:%d" % pick(R, [346, 347]), "ERROR", "Failed to import: /usr/local/airflow/dags/supplier_feeds.py\nTraceback (most recent call last):\n  File \"/usr/local/airflow/.local/lib/python3.11/site-packages/airflow/models/dagbag.py\", line 342, in parse\n    loader.exec_module(new_module)\n  File \"<frozen importlib._bootstrap_external>\", line 940, in exec_module\n  File \"<frozen importlib._bootstrap>\", line 241, in _call_with_frames_removed\n  File \"/usr/local/airflow/dags/supplier_feeds.py\", line %d, in <module>\n    from airflow.providers.sftp.sensors.sftp import SFTPSensor\nModuleNotFoundError: No module named 'airflow.providers.sftp'" % R.randint(8, 14))
    if r < 0.7:
        return tl(R, "processor.py:%d" % R.randint(180, 190), "ERROR", "Broken DAG: [/usr/local/airflow/dags/supplier_feeds.py] Traceback (most recent call last):\n  File \"/usr/local/airflow/dags/supplier_feeds.py\", line %d, in <module>\n    from airflow.providers.sftp.sensors.sftp import SFTPSensor\nModuleNotFoundError: No module named 'airflow.providers.sftp'" % R.randint(8, 14))
    return tl(R, "manager.py:%d" % R.randint(980, 990), "WARNING", "DAG file /usr/local/airflow/dags/supplier_feeds.py failed to import (import_errors=1, run %d); DAGs supplier_feeds not refreshed" % R.randint(100, 9000))


def a_sensor(R):
    # POS vendor stopped dropping the nightly export (SFTP->S3 sync broken): S3KeySensor times out every night
    key = "s3://tidewell-pos-landing/exports/dt=2029-02-%02d/_SUCCESS" % day(R)
    r = R.random()
    if r < 0.45:
        return tl(R, "taskinstance.py:%d" % R.randint(1935, 1945), "ERROR", "Task failed with exception\nTraceback (most recent call last):\n  File \"/usr/local/airflow/.local/lib/python3.11/site-packages/airflow/sensors/base.py\", line 289, in execute\n    raise AirflowSensorTimeout(message)\nairflow.exceptions.AirflowSensorTimeout: Sensor has timed out; run duration of %.6f seconds exceeds the specified timeout of 21600.0." % R.uniform(21600.1, 21660))
    if r < 0.75:
        return tl(R, "taskinstance.py:%d" % R.randint(1395, 1400), "INFO", "Marking task as FAILED. dag_id=pos_sales_daily, task_id=wait_for_pos_export, execution_date=2029%02d%02dT%02d0000, start_date=2029%02d%02dT%s, end_date=2029%02d%02dT%s" % (2, day(R), 3, 2, day(R), hms(R).replace(":", ""), 2, day(R), hms(R).replace(":", "")))
    return tl(R, "dagrun.py:%d" % R.randint(820, 830), "ERROR", "Marking run <DagRun pos_sales_daily @ 2029-02-%02d 03:00:00+00:00: %s, state:running, queued_at: 2029-02-%02d 03:00:0%d.%06d+00:00. externally triggered: False> failed" % (day(R), runid(R), day(R), R.randint(0, 9), R.randint(0, 999999)))


def a_zombie(R):
    # store_inventory_snapshot.snapshot_to_parquet loads the whole WMS extract in pandas: mw1.medium workers OOM-kill it
    r = R.random()
    if r < 0.35:
        return tl(R, "scheduler_job_runner.py:%d" % R.randint(1740, 1750), "ERROR", "Detected zombie job: {'full_filepath': '/usr/local/airflow/dags/store_inventory_snapshot.py', 'processor_subdir': '/usr/local/airflow/dags', 'msg': \"{'DAG Id': 'store_inventory_snapshot', 'Task Id': 'snapshot_to_parquet', 'Run Id': '%s', 'Hostname': '%s.%s.compute.internal', 'External Executor Id': '%s'}\", 'simple_task_instance': <airflow.models.taskinstance.SimpleTaskInstance object at 0x7f%s>, 'is_failure_callback': True} (See https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/tasks.html#zombie-undead-tasks)" % (runid(R), iphost(R, 32), REGION, uuid(R), hexs(R, 10)))
    if r < 0.7:
        return "%s {local_task_job_runner.py:%d} INFO - Task exited with return code -9 (dag_id=store_inventory_snapshot, task_id=snapshot_to_parquet, pid=%d)" % (af_ts(R), R.randint(230, 236), R.randint(300, 9000))
    return tl(R, "taskinstance.py:%d" % R.randint(1395, 1400), "ERROR", "Executor reports task instance %s finished (failed) although the task says it's running. (Info: None) Was the task killed externally?" % ti(R, "store_inventory_snapshot", "snapshot_to_parquet", "running"))


def a_conn(R):
    # secrets backend prefix changed to airflow/connections-v2; loyalty_api connection no longer resolves
    r = R.random()
    if r < 0.55:
        return tl(R, "taskinstance.py:%d" % R.randint(1935, 1945), "ERROR", "Task failed with exception\nTraceback (most recent call last):\n  File \"/usr/local/airflow/dags/loyalty_points_sync.py\", line %d, in %s\n    hook = HttpHook(method=\"POST\", http_conn_id=\"loyalty_api\")\n  File \"/usr/local/airflow/.local/lib/python3.11/site-packages/airflow/hooks/base.py\", line 72, in get_connection\n    conn = Connection.get_connection_from_secrets(conn_id)\n  File \"/usr/local/airflow/.local/lib/python3.11/site-packages/airflow/models/connection.py\", line 514, in get_connection_from_secrets\n    raise AirflowNotFoundException(f\"The conn_id `{conn_id}` isn't defined\")\nairflow.exceptions.AirflowNotFoundException: The conn_id `loyalty_api` isn't defined" % (R.randint(40, 90), pick(R, ["fetch_members", "push_points"])))
    return tl(R, "secrets_manager.py:%d" % R.randint(200, 260), "WARNING", "Secret airflow/connections-v2/loyalty_api not found in Secrets Manager (ResourceNotFoundException); falling back to environment variables and metastore for conn_id loyalty_api (task %s)" % pick(R, ["fetch_members", "push_points", "reconcile"]))


def a_pool(R):
    # markdown_pricing.write_prices: pricing DB has max_connections reached -> OperationalError on every try
    r = R.random()
    if r < 0.6:
        return tl(R, "taskinstance.py:%d" % R.randint(1935, 1945), "ERROR", "Task failed with exception\nTraceback (most recent call last):\n  File \"/usr/local/airflow/.local/lib/python3.11/site-packages/airflow/providers/postgres/hooks/postgres.py\", line 158, in get_conn\n    self.conn = psycopg2.connect(**conn_args)\npsycopg2.OperationalError: connection to server at \"pricing-db.cluster-c%s.%s.rds.amazonaws.com\" (%s), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections" % (lower(R, 10), REGION, ip10(R, 48)))
    return tl(R, "taskinstance.py:%d" % R.randint(1395, 1400), "INFO", "Marking task as FAILED. dag_id=markdown_pricing, task_id=write_prices, execution_date=202902%02dT040000, start_date=20290%d%02dT%s, end_date=20290%d%02dT%s (try %d of 4, OperationalError)" % (day(R), 2, day(R), hms(R).replace(":", ""), 2, day(R), hms(R).replace(":", ""), 4))


def mwaa_negs():
    def n_deps(R): return tl(R, "taskinstance.py:%d" % R.randint(1150, 1160), "INFO", "Dependencies all met for dep_context=%s ti=%s" % (pick(R, ["non-requeueable deps", "requeueable deps"]), ti(R, state="queued")))
    def n_start(R): return tl(R, "taskinstance.py:%d" % R.randint(1355, 1362), "INFO", "Starting attempt %d of %d" % (1, pick(R, [2, 3, 4])) ) if R.random() < 0.2 else tl(R, "taskinstance.py:%d" % R.randint(1380, 1390), "INFO", "Executing %s on 2029-02-%02d 0%d:00:00+00:00" % ("<Task(%s): %s>" % (pick(R, ["PythonOperator", "S3KeySensor", "RedshiftSQLOperator", "BashOperator", "AthenaOperator"]), pick(R, sum(TASKS.values(), []))), day(R), R.randint(0, 6)))
    def n_success(R):
        d = pick(R, DAGS)
        return tl(R, "taskinstance.py:%d" % R.randint(1395, 1400), "INFO", "Marking task as SUCCESS. dag_id=%s, task_id=%s, execution_date=202902%02dT0%d0000, start_date=202902%02dT%s, end_date=202902%02dT%s" % (d, pick(R, TASKS[d]), day(R), R.randint(0, 6), day(R), hms(R).replace(":", ""), day(R), hms(R).replace(":", "")))
    def n_rc0(R): return tl(R, "local_task_job_runner.py:%d" % R.randint(230, 236), "INFO", "Task exited with return code 0 (pid=%d)" % R.randint(300, 30000))
    def n_downstream(R): return tl(R, "taskinstance.py:%d" % R.randint(2770, 2780), "INFO", "%d downstream tasks scheduled from follow-on schedule check" % R.randint(0, 4))
    def n_poke(R): return tl(R, "s3.py:%d" % R.randint(100, 110), "INFO", "Poking for key : s3://tidewell-%s/%s/dt=2029-02-%02d/_SUCCESS" % (pick(R, ["pos-landing", "wms-exports", "supplier-edi"]), pick(R, ["exports", "snapshots", "inbound"]), day(R)))
    def n_retry_ok(R):
        d = pick(R, ["loyalty_points_sync", "fresh_waste_report", "pos_sales_daily"])
        return tl(R, "taskinstance.py:%d" % R.randint(1395, 1400), "INFO", "Marking task as UP_FOR_RETRY. dag_id=%s, task_id=%s, execution_date=202902%02dT0%d0000 (ReadTimeout from upstream API, attempt 1 of 3; attempt 2 succeeded at %s)" % (d, pick(R, TASKS[d]), day(R), R.randint(0, 6), hms(R)))
    def n_sched_queue(R): return tl(R, "scheduler_job_runner.py:%d" % R.randint(410, 420), "INFO", "%d tasks up for execution:\n\t%s" % (1, ti(R, state="scheduled")))
    def n_send(R): return tl(R, "base_executor.py:%d" % R.randint(140, 150), "INFO", "Adding to queue: ['airflow', 'tasks', 'run', '%s', '%s', '%s', '--local', '--subdir', 'DAGS_FOLDER/%s.py']" % ((lambda d: (d, pick(R, TASKS[d]), runid(R), d))(pick(R, DAGS))))
    def n_pool(R): return tl(R, "scheduler_job_runner.py:%d" % R.randint(480, 490), "INFO", "Figuring out tasks to run in Pool(name=default_pool) with %d open slots and %d task instances ready to be queued" % (R.randint(40, 128), R.randint(0, 6)))
    def n_dagproc(R): return tl(R, "processor.py:%d" % R.randint(150, 160), "INFO", "Started process (PID=%d) to work on /usr/local/airflow/dags/%s.py" % (R.randint(100, 99999), pick(R, [d for d in DAGS if d != "supplier_feeds"])))
    def n_dagbag(R): return tl(R, "dagbag.py:%d" % R.randint(535, 540), "INFO", "Filling up the DagBag from /usr/local/airflow/dags/%s.py" % pick(R, [d for d in DAGS if d != "supplier_feeds"]))
    def n_next(R): return tl(R, "dag.py:%d" % R.randint(3720, 3730), "INFO", "Setting next_dagrun for %s to 2029-02-%02dT0%d:00:00+00:00, run_after=2029-02-%02dT0%d:00:00+00:00" % (pick(R, DAGS), day(R), R.randint(0, 6), day(R), R.randint(0, 6)))
    def n_dagrun_ok(R): return tl(R, "dagrun.py:%d" % R.randint(650, 660), "INFO", "Marking run <DagRun %s @ 2029-02-%02d 0%d:00:00+00:00: %s, state:running, queued_at: 2029-02-%02d 0%d:00:0%d.%06d+00:00. externally triggered: False> successful" % (pick(R, ["loyalty_points_sync", "fresh_waste_report", "markdown_pricing", "store_inventory_snapshot"]), day(R), R.randint(0, 6), runid(R), day(R), R.randint(0, 6), R.randint(0, 9), R.randint(0, 999999)))
    def n_deprec(R): return tl(R, "warnings.py:%d" % R.randint(100, 115), "WARNING", "/usr/local/airflow/.local/lib/python3.11/site-packages/airflow/providers/amazon/aws/hooks/base_aws.py:%d AirflowProviderDeprecationWarning: Parameter `%s` is deprecated and will be removed in a future release." % (R.randint(500, 900), pick(R, ["region", "delegate_to", "redshift_conn_id on RedshiftSQLOperator"])))
    def n_env(R): return tl(R, "taskinstance.py:%d" % R.randint(1570, 1580), "INFO", "Exporting env vars: AIRFLOW_CTX_DAG_OWNER='data-eng' AIRFLOW_CTX_DAG_ID='%s' AIRFLOW_CTX_TASK_ID='%s' AIRFLOW_CTX_EXECUTION_DATE='2029-02-%02dT0%d:00:00+00:00' AIRFLOW_CTX_TRY_NUMBER='1' AIRFLOW_CTX_DAG_RUN_ID='%s'" % ((lambda d: (d, pick(R, TASKS[d])))(pick(R, DAGS)) + (day(R), R.randint(0, 6), runid(R))))
    def n_py_log(R): return tl(R, "logging_mixin.py:188", "INFO", pick(R, ["Loaded %d rows into staging.pos_sales (0 rejected)", "Pushed %d loyalty point adjustments; failed=0", "Wrote %d inventory rows to s3://tidewell-curated/inventory/", "Found %d waste records, 0 errors while parsing"]) % R.randint(100, 900000))
    def n_redshift_ok(R): return tl(R, "sql.py:%d" % R.randint(410, 420), "INFO", "Rows affected: %d" % R.randint(0, 400000))
    def n_worker(R): return "[%s: INFO/MainProcess] Task airflow.providers.celery.executors.celery_executor_utils.execute_command[%s] succeeded in %.6fs: None" % (iso(R, 3, "")[:-4].replace("T", " ") + "," + digits(R, 3), uuid(R), R.uniform(3, 900))
    def n_celery_recv(R): return "[%s: INFO/MainProcess] Task airflow.providers.celery.executors.celery_executor_utils.execute_command[%s] received" % (iso(R, 3, "")[:-4].replace("T", " ") + "," + digits(R, 3), uuid(R))
    def n_heartbeat(R): return tl(R, "scheduler_job_runner.py:%d" % R.randint(1870, 1880), "INFO", "Adopting or resetting orphaned tasks for active dag runs")  if R.random() < 0.1 else tl(R, "scheduler_job_runner.py:%d" % R.randint(1850, 1860), "INFO", "Exiting gracefully upon receiving signal 15" if R.random() < 0.05 else "Resetting orphaned tasks for active dag runs (found 0, reset 0) at %s" % hms(R))
    def n_sla(R): return tl(R, "manager.py:%d" % R.randint(1090, 1100), "INFO", "\n================================================================================\nDAG File Processing Stats\n\nFile Path                                           PID  Runtime      # DAGs    # Errors  Last Runtime    Last Run\n--------------------------------------------------  -----  ---------  --------  ----------  --------------  -------------------\n/usr/local/airflow/dags/%s.py                                 1           0  %.2fs           2029-02-%02dT%s\n================================================================================" % (pick(R, ["pos_sales_daily", "markdown_pricing", "loyalty_points_sync", "fresh_waste_report"]), R.uniform(0.2, 3.0), day(R), hms(R)))
    def n_failed_none(R): return tl(R, "taskinstance.py:%d" % R.randint(1150, 1160), "INFO", "Dependencies not met for %s, dependency 'Trigger Rule' FAILED: Task's trigger rule 'all_success' requires all upstream tasks to have succeeded, but found 1 non-success(es). upstream_states=_UpstreamTIStates(success=0, skipped=0, failed=0, upstream_failed=0, removed=0, done=0, success_setup=0, skipped_setup=0), upstream_task_ids={'%s'}" % (ti(R, state="None"), pick(R, ["stage_pos_files", "extract_wms", "fetch_members"])))
    return [n_deps, n_start, n_success, n_rc0, n_downstream, n_poke, n_retry_ok, n_sched_queue, n_send, n_pool, n_dagproc, n_dagbag, n_next,
            n_dagrun_ok, n_deprec, n_env, n_py_log, n_redshift_ok, n_worker, n_celery_recv, n_heartbeat, n_sla, n_failed_none]


def fam_mwaa(R):
    return build(R, F1, [("supplier-feeds-dag-import-sftp-provider-missing", a_import), ("pos-export-s3-sensor-timeout-nightly", a_sensor),
                         ("inventory-snapshot-worker-oom-zombie", a_zombie), ("loyalty-api-conn-id-missing-after-secrets-prefix-change", a_conn),
                         ("markdown-pricing-db-connection-slots-exhausted", a_pool)], mwaa_negs())


# ---------------------------------------------------------------- dbt-core18-codebuild-ecs-runs
# "ferncastle outdoor": dbt-core 1.8 (dbt-redshift for the warehouse project, dbt-snowflake for the marketing
# share) run as CodeBuild projects and an ECS scheduled task; each stdout line is one CloudWatch event
# (dbt's `HH:MM:SS  text` lines; CodeBuild `[Container] yyyy/MM/dd ...` lines; error blocks multi-line where dbt
# prints them as one write).
F2 = "dbt-core18-codebuild-ecs-runs"
MODELS = ["staging.stg_orders", "staging.stg_order_lines", "staging.stg_customers", "staging.stg_products", "staging.stg_returns",
          "intermediate.int_order_margin", "intermediate.int_customer_first_order", "marts.fct_orders", "marts.dim_customers",
          "marts.dim_products", "marts.agg_daily_revenue", "marts.fct_returns"]


def dt(R):
    return "%s  " % hms(R)


def nm(R):
    n = R.randint(60, 140)
    return R.randint(1, n), n


def b_column(R):
    # upstream ERP sync dropped orders.discount_code; fct_orders (incremental) fails, its children are skipped
    i, n = nm(R)
    r = R.random()
    if r < 0.35:
        return dt(R) + "%d of %d ERROR creating sql incremental model marts.fct_orders ............. [ERROR in %.2fs]" % (i, n, R.uniform(1, 9))
    if r < 0.7:
        return dt(R) + "Database Error in model fct_orders (models/marts/fct_orders.sql)\n  column \"discount_code\" does not exist in stg_orders\n  compiled code at target/run/ferncastle_dw/models/marts/fct_orders.sql"
    return dt(R) + "%d of %d SKIP relation marts.%s due to ancestor failure ................. [SKIP]" % (i, n, pick(R, ["agg_daily_revenue", "fct_returns", "agg_promo_uplift", "rpt_margin_by_channel"]))


def b_unique(R):
    # the CRM connector double-loaded customers after a resync: unique test on stg_customers fails (severity error)
    i, n = nm(R)
    k = R.randint(300, 9000)
    r = R.random()
    if r < 0.45:
        return dt(R) + "%d of %d FAIL %d unique_stg_customers_customer_id ........................... [FAIL %d in %.2fs]" % (i, n, k, k, R.uniform(0.5, 4))
    return dt(R) + "Failure in test unique_stg_customers_customer_id (models/staging/crm/_crm__models.yml)\n  Got %d results, configured to fail if != 0\n\n  compiled code at target/compiled/ferncastle_dw/models/staging/crm/_crm__models.yml/unique_stg_customers_customer_id.sql" % k


def b_snowflake(R):
    # marketing-share project: the dbt_mktg service user's password was rotated in Snowflake but not in Secrets Manager
    r = R.random()
    if r < 0.45:
        return dt(R) + "Encountered an error:\nDatabase Error\n  250001 (08001): Failed to connect to DB: ferncastle-mktg.eu-west-1.snowflakecomputing.com:443. Incorrect username or password was specified."
    if r < 0.7:
        return "[Container] %s Command did not exit successfully dbt build --target share --select tag:marketing_share exit status 2" % cb_ts(R)
    return "[Container] %s Phase complete: BUILD State: FAILED (project dbt-marketing-share, build dbt-marketing-share:%s)" % (cb_ts(R), uuid(R))


def b_diskfull(R):
    # int_clickstream_sessions cross-joins sessions on a bad key after a refactor: Redshift disk full every night
    i, n = nm(R)
    r = R.random()
    if r < 0.4:
        return dt(R) + "%d of %d ERROR creating sql table model intermediate.int_clickstream_sessions ........ [ERROR in %.2fs]" % (i, n, R.uniform(600, 2400))
    return dt(R) + "Database Error in model int_clickstream_sessions (models/intermediate/int_clickstream_sessions.sql)\n  Disk Full\n  DETAIL:  \n    -----------------------------------------------\n    error:  Disk Full\n    code:      1016\n    context:   node: %d\n    query:     %d\n    location:  fdisk_api.cpp:%d\n    process:   query%d_%d_%d [pid=%d]\n    -----------------------------------------------\n  compiled code at target/run/ferncastle_dw/models/intermediate/int_clickstream_sessions.sql" % (R.randint(0, 7), R.randint(1000000, 9999999), R.randint(340, 360), R.randint(0, 4), R.randint(100, 999), R.randint(0, 9), R.randint(10000, 99999))


def b_deps(R):
    # the new ECS task image runs `dbt build` without `dbt deps`; dbt_utils macros are undefined
    r = R.random()
    if r < 0.6:
        m = pick(R, ["dim_products", "int_order_margin", "fct_returns", "stg_returns"])
        return dt(R) + "Encountered an error:\nCompilation Error in model %s (models/%s/%s.sql)\n  'dbt_utils' is undefined. This can happen when calling a macro that does not exist. Check for typos and/or install package dependencies with \"dbt deps\"." % (m, pick(R, ["marts", "intermediate", "staging"]), m)
    return "%s {\"level\":\"error\",\"msg\":\"dbt exited with code 2 (compilation error)\",\"task\":\"dbt-nightly\",\"image\":\"%s.dkr.ecr.%s.amazonaws.com/dbt-runner:2029.02.%d\",\"ecs_task\":\"%s\"}" % (iso(R), ACCT, REGION, R.randint(1, 9), hexs(R, 32))


def dbt_negs():
    def n_start(R):
        i, n = nm(R)
        return dt(R) + "%d of %d START sql %s model %s ................................. [RUN]" % (i, n, pick(R, ["view", "table", "incremental"]), pick(R, MODELS))
    def n_ok(R):
        i, n = nm(R)
        return dt(R) + "%d of %d OK created sql %s model %s ............................ [%s in %.2fs]" % (i, n, pick(R, ["view", "table", "incremental"]), pick(R, MODELS), pick(R, ["SELECT %d" % R.randint(0, 9000000), "INSERT 0 %d" % R.randint(0, 90000), "CREATE VIEW", "SUCCESS 1"]), R.uniform(0.3, 300))
    def n_pass(R):
        i, n = nm(R)
        return dt(R) + "%d of %d PASS %s ............................................ [PASS in %.2fs]" % (i, n, pick(R, ["not_null_stg_orders_order_id", "unique_stg_orders_order_id", "relationships_fct_orders_customer_id__customer_id__ref_dim_customers_", "accepted_values_stg_orders_status__placed__shipped__returned__cancelled", "not_null_dim_products_sku", "unique_dim_products_product_id", "dbt_utils_expression_is_true_fct_orders_net_amount_0"]), R.uniform(0.2, 9))
    def n_warn_test(R):
        i, n = nm(R)
        k = R.randint(1, 40)
        return dt(R) + "%d of %d WARN %d %s ......................................... [WARN %d in %.2fs]" % (i, n, k, pick(R, ["source_not_null_erp_products_weight_g", "accepted_values_stg_returns_reason__damaged__wrong_size__changed_mind", "dbt_expectations_expect_column_values_to_be_between_stg_order_lines_qty"]), k, R.uniform(0.2, 5))
    def n_warn_block(R): return dt(R) + "Warning in test %s (models/staging/_models.yml)\n  Got %d results, configured to warn if != 0" % (pick(R, ["source_not_null_erp_products_weight_g", "accepted_values_stg_returns_reason__damaged__wrong_size__changed_mind"]), R.randint(1, 40))
    def n_found(R): return dt(R) + "Found %d models, %d data tests, %d sources, %d exposures, %d macros" % (R.randint(80, 140), R.randint(180, 420), R.randint(12, 30), R.randint(2, 9), R.randint(500, 900))
    def n_running(R): return dt(R) + "Running with dbt=1.8.%d" % R.randint(0, 9) if R.random() < 0.5 else dt(R) + "Registered adapter: %s=1.8.%d" % (pick(R, ["redshift", "snowflake"]), R.randint(0, 9))
    def n_conc(R): return dt(R) + "Concurrency: %d threads (target='%s')" % (pick(R, [4, 8, 12]), pick(R, ["prod", "ci", "share"]))
    def n_done(R):
        p = R.randint(150, 500)
        return dt(R) + "Done. PASS=%d WARN=%d ERROR=0 SKIP=0 TOTAL=%d" % (p, R.randint(0, 3), p + R.randint(0, 3))
    def n_complete(R): return dt(R) + pick(R, ["Completed successfully", "Finished running %d view models, %d table models, %d incremental models, %d data tests in 0 hours %d minutes and %.2f seconds (%.2fs)." % (R.randint(10, 40), R.randint(10, 40), R.randint(2, 9), R.randint(100, 300), R.randint(1, 40), R.uniform(0, 59), R.uniform(60, 2400))])
    def n_partial(R): return dt(R) + "Unable to do partial parsing because %s. Starting full parse." % pick(R, ["saved manifest not found", "profile has changed", "a project dependency has been added", "config vars, config profile, or config target have changed"])
    def n_deprec(R): return dt(R) + "[WARNING]: Deprecated functionality\nThe `tests` config has been renamed to `data_tests`. Please see\nhttps://docs.getdbt.com/docs/build/data-tests#new-data_tests-syntax for more\ninformation.%s" % ("" if R.random() < 0.5 else " (%d occurrences)" % R.randint(2, 40))
    def n_cb_phase(R): return "[Container] %s Phase complete: %s State: SUCCEEDED" % (cb_ts(R), pick(R, ["INSTALL", "PRE_BUILD", "BUILD", "POST_BUILD", "DOWNLOAD_SOURCE"]))
    def n_cb_cmd(R): return "[Container] %s Running command %s" % (cb_ts(R), pick(R, ["pip install -r requirements.txt", "dbt deps", "dbt build --target prod --select state:modified+ --defer --state ./prod-manifest", "dbt source freshness", "aws s3 cp target/manifest.json s3://ferncastle-dbt-artifacts/prod/manifest.json", "dbt docs generate"]))
    def n_cb_exit0(R): return "[Container] %s Phase context status code:  Message: " % cb_ts(R) if R.random() < 0.3 else "[Container] %s Entering phase %s" % (cb_ts(R), pick(R, ["INSTALL", "PRE_BUILD", "BUILD", "POST_BUILD"]))
    def n_fresh(R):
        i, n = nm(R)
        return dt(R) + "%d of %d %s freshness of %s ........................................ [%s in %.2fs]" % (i, n, pick(R, ["PASS", "WARN"]), pick(R, ["erp.orders", "erp.order_lines", "crm.customers", "shopify.refunds"]), pick(R, ["PASS", "WARN"]), R.uniform(0.2, 3))
    def n_retry_ok(R): return dt(R) + "Redshift adapter: Retrying connection to ferncastle-dw.c%s.%s.redshift.amazonaws.com after error: could not connect to server: Connection timed out (attempt 1 of 3); connected on attempt 2" % (lower(R, 10), REGION)
    def n_deps_ok(R): return dt(R) + "Installing %s\n%s  Installed from version %s" % ((lambda p: (p[0], hms(R), p[1]))(pick(R, [("dbt-labs/dbt_utils", "1.1.%d" % R.randint(0, 9)), ("calogica/dbt_expectations", "0.10.%d" % R.randint(0, 9)), ("dbt-labs/codegen", "0.12.%d" % R.randint(0, 9))])))
    def n_ecs_json(R): return "%s {\"level\":\"info\",\"msg\":\"dbt exited with code 0\",\"task\":\"dbt-nightly\",\"duration_s\":%d,\"models\":%d,\"tests\":%d,\"failed\":0}" % (iso(R), R.randint(300, 4000), R.randint(80, 140), R.randint(180, 420))
    def n_snapshot(R):
        i, n = nm(R)
        return dt(R) + "%d of %d OK snapshotted snapshots.%s ................................... [INSERT 0 %d in %.2fs]" % (i, n, pick(R, ["snap_products", "snap_customers_scd"]), R.randint(0, 5000), R.uniform(1, 60))
    def n_artifacts(R): return "upload: target/run_results.json to s3://ferncastle-dbt-artifacts/prod/%s/run_results.json" % iso(R, 0)
    return [n_start, n_ok, n_pass, n_warn_test, n_warn_block, n_found, n_running, n_conc, n_done, n_complete, n_partial, n_deprec, n_cb_phase,
            n_cb_cmd, n_cb_exit0, n_fresh, n_retry_ok, n_deps_ok, n_ecs_json, n_snapshot, n_artifacts]


def fam_dbt(R):
    return build(R, F2, [("fct-orders-discount-code-column-dropped-upstream", b_column), ("stg-customers-duplicates-after-crm-resync", b_unique),
                         ("marketing-share-snowflake-password-rotated", b_snowflake), ("int-clickstream-sessions-redshift-disk-full", b_diskfull),
                         ("ecs-dbt-image-missing-dbt-deps", b_deps)], dbt_negs())


FAMILIES = {F1: fam_mwaa, F2: fam_dbt}
