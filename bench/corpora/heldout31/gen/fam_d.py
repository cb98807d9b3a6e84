"""Families: mlflow-tracking-server-ecs, pipelines-orchestrator-lambda-py312."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, iso, day, hms, epoch, ACCT, REGION, jd)

# ---------------------------------------------------------------- mlflow-tracking-server-ecs
# "saltgrass insurance": self-hosted MLflow 2.19 tracking server on ECS Fargate (gunicorn, --serve-artifacts with an S3
# artifact root, PostgreSQL backend store on RDS, the basic-auth app with its user database), behind an internal ALB.
# awslogs driver with awslogs-multiline-pattern `^(\[\d{4}-|\d{4}/|\d+\.\d+\.\d+\.\d+ )`, so a traceback stays with its line.
F1 = "mlflow-tracking-server-ecs"


def gts(R):
    return "[2029-06-%02d %s +0000]" % (day(R), hms(R))


def gu(R, lvl, msg):
    return "%s [%d] [%s] %s" % (gts(R), R.randint(7, 90), lvl, msg)


def mts(R):
    return "2029/06/%02d %s" % (day(R), hms(R))


def acc(R, req, status, size=None, agent=None):
    return '%s - - [%02d/Jun/2029:%s +0000] "%s HTTP/1.1" %d %d "-" "%s"' % (ip10(R, 48), day(R), hms(R), req, status, size if size is not None else R.randint(2, 9000),
                                                                         agent or pick(R, ["mlflow-python-client/2.19.0", "python-requests/2.32.3", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"]))


def exc(R, path, method, frames, last):
    tb = "Traceback (most recent call last):\n" + "".join('  File "%s", line %d, in %s\n    %s\n' % f for f in frames)
    return "%s ERROR mlflow.server: Exception on %s [%s]\n%s%s" % (mts(R), path, method, tb, last)


SA = "/usr/local/lib/python3.11/site-packages/sqlalchemy"


def m_slots(R):
    # 4 tasks x 8 gunicorn workers x SQLAlchemy pool 10 (+overflow) against a db.t4g.medium whose max_connections is ~400
    # minus reserved: under the nightly sweep load new connections are refused
    path = pick(R, ["/api/2.0/mlflow/runs/log-batch", "/api/2.0/mlflow/runs/create", "/api/2.0/mlflow/runs/search", "/api/2.0/mlflow/metrics/get-history", "/ajax-api/2.0/mlflow/runs/search"])
    return exc(R, path, "POST" if "history" not in path else "GET", [
        (SA + "/engine/base.py", 146, "__init__", "self._dbapi_connection = engine.raw_connection()"),
        ("/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py", 122, "connect", "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)")],
        "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"mlflow-db.cluster-c%s.%s.rds.amazonaws.com\" (%s), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)" % (lower(R, 11), REGION, ip10(R, 49)))


def m_s3(R):
    # the task role was swapped to mlflow-server-task-role-v2, which only has s3:GetObject on the artifact bucket
    run = hexs(R, 32)
    f = pick(R, ["model/model.pkl", "model/MLmodel", "plots/roc.png", "model/conda.yaml", "eval/confusion_matrix.json", "model/requirements.txt"])
    return exc(R, "/api/2.0/mlflow-artifacts/artifacts/%d/%s/artifacts/%s" % (R.randint(1, 60), run, f), "PUT", [
        ("/usr/local/lib/python3.11/site-packages/mlflow/store/artifact/s3_artifact_repo.py", 170, "log_artifact", "self._upload_file("),
        ("/usr/local/lib/python3.11/site-packages/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
        "boto3.exceptions.S3UploadFailedError: Failed to upload /tmp/tmp%s/%s to saltgrass-mlflow-artifacts/%d/%s/artifacts/%s: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::%s:assumed-role/mlflow-server-task-role-v2/%s is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::saltgrass-mlflow-artifacts/%d/%s/artifacts/%s\" because no identity-based policy allows the s3:PutObject action" % (
            lower(R, 8), f.split("/")[-1], R.randint(1, 60), run, f, ACCT, hexs(R, 32), R.randint(1, 60), run, f))


def m_timeout(R):
    # the UI's compare view on experiment 7 (4 million metric rows) runs unbounded queries; workers hit the 120 s
    # timeout and the 2 GiB task kills them
    k = R.random()
    pid = R.randint(100, 9000)
    if k < 0.5:
        return gu(R, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % pid)
    if k < 0.8:
        return gu(R, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % pid)
    return gu(R, "ERROR", "Worker (pid:%d) was sent code 134!" % pid)


def m_schema(R):
    # the image was bumped from 2.16 to 2.19 without running `mlflow db upgrade`; new tasks refuse to boot
    k = R.random()
    if k < 0.5:
        return "%s ERROR mlflow.cli: Detected out-of-date database schema (found version 4465047574b1, but expected 0584bdc529eb). Take a backup of your database, then run 'mlflow db upgrade <database_uri>' to migrate your database to the latest schema. NOTE: schema migration may result in database downtime - please consult your database's documentation for more detail. (task %s)" % (mts(R), hexs(R, 32))
    if k < 0.8:
        return gu(R, "ERROR", "Worker (pid:%d) exited with code 3" % R.randint(7, 90))
    return gu(R, "ERROR", "Reason: Worker failed to boot.") + " (task %s)" % hexs(R, 32)


def m_lock(R):
    # the basic-auth user database is a SQLite file on EFS shared by four tasks; concurrent writes lock it
    return exc(R, pick(R, ["/api/2.0/mlflow/experiments/create", "/api/2.0/mlflow/runs/create", "/api/2.0/mlflow/registered-models/create", "/api/2.0/mlflow/users/create"]), "POST", [
        ("/usr/local/lib/python3.11/site-packages/mlflow/server/auth/__init__.py", R.randint(460, 520), "_before_request", "if not authorization_function():"),
        ("/usr/local/lib/python3.11/site-packages/mlflow/server/auth/sqlalchemy_store.py", R.randint(180, 240), pick(R, ["create_experiment_permission", "create_registered_model_permission", "create_user"]), "session.flush()")],
        "sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) database is locked\n[SQL: INSERT INTO %s (%s) VALUES (?, ?, ?)]\n[parameters: ('%s', %d, 'MANAGE')]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)" % (pick(R, [("experiment_permissions", "experiment_id, user_id, permission"), ("registered_model_permissions", "name, user_id, permission")]) + (pick(R, ["%d" % R.randint(1, 90), "churn-" + lower(R, 4)]), R.randint(2, 300))))


def mlflow_negs():
    ok_reqs = ["POST /api/2.0/mlflow/runs/log-batch", "POST /api/2.0/mlflow/runs/log-metric", "GET /api/2.0/mlflow/runs/get?run_id=%s", "POST /api/2.0/mlflow/runs/update",
               "GET /api/2.0/mlflow/experiments/get-by-name?experiment_name=%s", "POST /api/2.0/mlflow/runs/search", "GET /ajax-api/2.0/mlflow/experiments/search?max_results=%d",
               "GET /api/2.0/mlflow/registered-models/get-latest-versions?name=%s", "POST /api/2.0/mlflow/model-versions/create", "GET /static-files/static/js/main.%s.js"]
    def fill(R, r):
        if "%s" in r:
            return r % pick(R, [hexs(R, 32), "churn-" + lower(R, 4), "claims-severity", "fraud-gbm-" + lower(R, 3), hexs(R, 8)])
        if "%d" in r:
            return r % pick(R, [25, 100, 1000])
        return r
    def n_ok(R):
        return acc(R, fill(R, pick(R, ok_reqs)), 200)
    def n_health(R):
        return acc(R, pick(R, ["GET /health", "GET /version"]), 200, R.randint(2, 7), "ELB-HealthChecker/2.0")
    def n_404(R):
        return acc(R, "GET /api/2.0/mlflow/experiments/get-by-name?experiment_name=%s" % pick(R, ["sweep-", "tmp-", "churn-"]) + lower(R, 6), 404, R.randint(90, 140), "mlflow-python-client/2.19.0")
    def n_400(R):
        return acc(R, pick(R, ["POST /api/2.0/mlflow/runs/log-batch", "POST /api/2.0/mlflow/runs/log-parameter"]), 400, R.randint(200, 400), "mlflow-python-client/2.%d.%d" % (R.randint(14, 19), R.randint(0, 2)))
    def n_401(R):
        return acc(R, pick(R, ["GET /", "GET /ajax-api/2.0/mlflow/experiments/search?max_results=25", "POST /api/2.0/mlflow/runs/create"]), 401, 86, pick(R, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/127.0", "python-requests/2.31.0"]))
    def n_gboot(R):
        return gu(R, "INFO", pick(R, ["Starting gunicorn 22.0.0", "Listening at: http://0.0.0.0:5000 (%d)" % R.randint(7, 20), "Using worker: sync", "Booting worker with pid: %d" % R.randint(20, 9000),
                                      "Handling signal: term", "Worker exiting (pid: %d)" % R.randint(20, 9000), "Shutting down: Master"]))
    def n_alembic(R):
        return "%s INFO %s" % (mts(R), pick(R, ["mlflow.store.db.utils: Updating database tables", "alembic.runtime.migration: Context impl PostgresqlImpl.", "alembic.runtime.migration: Will assume transactional DDL.",
                                                 "mlflow.server.auth: Using auth database sqlite:////mnt/efs/mlflow-auth/basic_auth.db", "mlflow.store.artifact.s3_artifact_repo: artifact root s3://saltgrass-mlflow-artifacts/",
                                                 "mlflow.server: Serving artifacts via proxy (--serve-artifacts) at /api/2.0/mlflow-artifacts"]))
    def n_warn(R):
        return "%s WARNING %s" % (mts(R), pick(R, [
            "mlflow.server: The artifacts destination is a remote location; make sure clients use the proxy (mlflow-artifacts:/) URI. Run %s" % hexs(R, 32),
            "mlflow.server.handlers: Changing param values is not allowed. Param with key='learning_rate' was already logged with value='%s' for run ID='%s'. Attempted logging new value '%s'. (INVALID_PARAMETER_VALUE, returned 400)" % ("0.0%d" % R.randint(1, 9), hexs(R, 32), "0.0%d" % R.randint(1, 9)),
            "mlflow.utils.requirements_utils: Detected one or more mismatches between the model's dependencies and the current Python environment: - scikit-learn (current: 1.5.%d, required: scikit-learn==1.4.%d)" % (R.randint(0, 2), R.randint(0, 2)),
            "mlflow.store.db.utils: Retrying database connection after OperationalError (server closed the connection unexpectedly), attempt 1/3 succeeded (task %s)" % hexs(R, 8)]))
    def n_gc(R):
        return "%s INFO mlflow.cli: %s" % (mts(R), pick(R, ["gc: deleted %d runs older than 30d from experiments [%d, %d], 0 failed" % (R.randint(0, 900), R.randint(1, 60), R.randint(1, 60)),
                                                            "gc: nothing to delete for experiment %d" % R.randint(1, 60)]))
    def n_slowq(R):
        return "%s INFO mlflow.server: search_runs on experiment %d took %d ms (%d runs, order_by metrics.%s)" % (mts(R), R.randint(1, 60), R.randint(100, 9000), R.randint(1, 5000), pick(R, ["auc", "rmse", "f1", "val_loss"]))
    return [n_ok, n_ok, n_ok, n_health, n_404, n_400, n_401, n_gboot, n_alembic, n_warn, n_gc, n_slowq]


def fam_mlflow(R):
    return build(R, F1, [("rds-remaining-connection-slots-reserved", m_slots), ("artifact-proxy-task-role-v2-s3-putobject-denied", m_s3),
                         ("compare-view-unbounded-query-worker-timeout-oom", m_timeout), ("image-2-19-db-schema-not-upgraded", m_schema),
                         ("basic-auth-sqlite-on-efs-database-locked", m_lock)], mlflow_negs())


# ---------------------------------------------------------------- pipelines-orchestrator-lambda-py312
# "saltgrass insurance" again: modelops-orchestrator, a Python 3.12 Lambda driven by Step Functions (task states:
# start-training, wait-for-endpoint, register-model, deploy) and by EventBridge SageMaker state-change events. Standard
# Lambda text logging (`[LEVEL]\t<ts>\t<request id>\t<message>`), platform START/END/REPORT lines; an unhandled
# exception is one multi-line event (`[ERROR] <Type>: <msg>\nTraceback ...`), as the Python runtime writes it.
F2 = "pipelines-orchestrator-lambda-py312"
FN = "/var/task/orchestrator"


def lg(R, lvl, msg):
    return "[%s]\t%s\t%s\t%s" % (lvl, iso(R), uuid(R), msg)


def unh(R, typ, msg, frames):
    tb = "".join('  File "%s", line %d, in %s\n    %s\n' % f for f in frames)
    return "[ERROR] %s: %s\nTraceback (most recent call last):\n%s" % (typ, msg, tb.rstrip("\n"))


def o_quota(R):
    # the retrain pipeline moved to us-east-2 where the account's ml.p4d.24xlarge training quota is still 0
    job = "claims-severity-retrain-2029-06-%02d-%s" % (day(R), digits(R, 4))
    k = R.random()
    msg = "An error occurred (ResourceLimitExceeded) when calling the CreateTrainingJob operation: The account-level service limit 'ml.p4d.24xlarge for training job usage' is 0 Instances, with current utilization of 0 Instances and a request delta of %d Instances. Please use AWS Service Quotas to request an increase for this quota. If AWS Service Quotas is not available, contact AWS support to request an increase for this quota." % pick(R, [1, 2])
    if k < 0.6:
        return unh(R, "ClientError", msg, [("/var/task/orchestrator/handler.py", 41, "lambda_handler", "return ROUTES[event[\"action\"]](event)"),
                                            ("/var/task/orchestrator/training.py", R.randint(60, 80), "start_training", "resp = sm.create_training_job(**spec)  # %s" % job)])
    return lg(R, "ERROR", "start_training failed for %s: %s" % (job, msg))


def o_passrole(R):
    # register/deploy uses the new execution role sm-exec-claims-v2; the orchestrator's role may only pass v1
    k = R.random()
    model = "claims-severity-%s" % lower(R, 8)
    msg = "An error occurred (AccessDeniedException) when calling the CreateModel operation: User: arn:aws:sts::%s:assumed-role/modelops-orchestrator-role/modelops-orchestrator is not authorized to perform: iam:PassRole on resource: arn:aws:iam::%s:role/sm-exec-claims-v2 because no identity-based policy allows the iam:PassRole action" % (ACCT, ACCT)
    if k < 0.6:
        return unh(R, "ClientError", msg, [("/var/task/orchestrator/handler.py", 41, "lambda_handler", "return ROUTES[event[\"action\"]](event)"),
                                            ("/var/task/orchestrator/deploy.py", R.randint(30, 50), "create_model", "sm.create_model(ModelName=%r, ExecutionRoleArn=role_arn, PrimaryContainer=container)" % model)])
    return lg(R, "ERROR", "deploy %s: CreateModel denied: iam:PassRole on sm-exec-claims-v2" % model)


def o_timeout(R):
    # wait-for-endpoint polls DescribeEndpoint in a loop inside one invocation; UpdateEndpoint with the new
    # ml.g5 variant takes ~20 min, longer than the 900 s function timeout
    rid = uuid(R)
    k = R.random()
    if k < 0.5:
        return "%s %s Task timed out after 900.00 seconds" % (iso(R), rid)
    return "REPORT RequestId: %s\tDuration: 900000.00 ms\tBilled Duration: 900000 ms\tMemory Size: 512 MB\tMax Memory Used: %d MB\tStatus: timeout" % (rid, R.randint(90, 140))


def o_key(R):
    # the handler for SageMaker Model Package State Change events reads detail["ModelPackageGroupName"]; events of
    # cross-account shared packages carry only the ARN, and every such event crashes the function
    return unh(R, "KeyError", "'ModelPackageGroupName'", [("/var/task/orchestrator/handler.py", 41, "lambda_handler", "return ROUTES[event[\"action\"]](event)"),
                                                         ("/var/task/orchestrator/registry.py", R.randint(20, 30), "on_package_state_change", "group = event[\"detail\"][\"ModelPackageGroupName\"]  # package %s" % ("arn:aws:sagemaker:%s:%s:model-package/shared-fraud-gbm/%d" % (REGION, pick(R, ["209381745562", "615204938871"]), R.randint(1, 90))))])


def o_model(R):
    # the training step now writes to .../output/<job>/output/model.tar.gz but register-model builds the old path
    job = "claims-severity-retrain-2029-06-%02d-%s" % (day(R), digits(R, 4))
    msg = "An error occurred (ValidationException) when calling the CreateModelPackage operation: Could not find model data at s3://saltgrass-ml-models/claims-severity/%s/model.tar.gz." % job
    if R.random() < 0.5:
        return unh(R, "ClientError", msg, [("/var/task/orchestrator/handler.py", 41, "lambda_handler", "return ROUTES[event[\"action\"]](event)"),
                                            ("/var/task/orchestrator/registry.py", R.randint(50, 70), "register_model", "sm.create_model_package(**pkg)")])
    return lg(R, "ERROR", "register_model failed for %s: %s" % (job, msg))


def orch_negs():
    def n_plat(R):
        rid = uuid(R)
        return pick(R, ["START RequestId: %s Version: %d" % (rid, R.randint(30, 40)), "END RequestId: %s" % rid,
                        "REPORT RequestId: %s\tDuration: %d.%02d ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB" % (rid, R.randint(80, 9000), R.randint(0, 99), R.randint(80, 9000), R.randint(80, 140)),
                        "REPORT RequestId: %s\tDuration: %d.%02d ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB\tInit Duration: %d.%02d ms" % (rid, R.randint(80, 9000), R.randint(0, 99), R.randint(80, 9000), R.randint(80, 140), R.randint(300, 900), R.randint(0, 99))])
    def n_init(R):
        return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(30, 60), REGION, hexs(R, 64))
    def n_start(R):
        job = "claims-severity-retrain-2029-06-%02d-%s" % (day(R), digits(R, 4))
        return lg(R, "INFO", pick(R, ["created training job %s on ml.g5.12xlarge (spot, max wait 7200s)" % job,
                                       "training job %s status InProgress (%s)" % (job, pick(R, ["Starting", "Downloading", "Training", "Uploading"])),
                                       "training job %s status Completed in %ds, billable %ds (spot savings %d%%)" % (job, R.randint(900, 9000), R.randint(300, 5000), R.randint(40, 75)),
                                       "training job %s status Stopped (StopTrainingJob by user ds-%s)" % (job, lower(R, 5)),
                                       "started pipeline execution arn:aws:sagemaker:%s:%s:pipeline/claims-severity/execution/%s" % (REGION, ACCT, lower(R, 12))]))
    def n_poll(R):
        return lg(R, "INFO", "endpoint %s status %s (%s)" % (pick(R, ["claims-severity-prod", "fraud-gbm-prod", "claims-severity-shadow"]), pick(R, ["Updating", "Creating", "InService", "InService"]), pick(R, ["poll %d" % R.randint(1, 40), "deploy %s" % lower(R, 6)])))
    def n_gate(R):
        return lg(R, pick(R, ["WARNING", "INFO"]), "condition step CheckRMSE: rmse=%d.%02d > 12.00, model not registered (execution %s)" % (R.randint(12, 20), R.randint(1, 99), lower(R, 12)))
    def n_retry(R):
        return lg(R, "INFO", pick(R, ["DescribeTrainingJob throttled (ThrottlingException), retry %d/5 in %dms" % (R.randint(1, 3), R.randint(100, 2000)),
                                       "botocore retry: ServiceUnavailable on DescribeEndpoint, attempt %d succeeded" % R.randint(2, 3)]))
    def n_creds(R):
        return lg(R, pick(R, ["INFO", "WARNING"]), pick(R, ["Found credentials in environment variables.", "event source aws.sagemaker detail-type %s" % pick(R, ["SageMaker Training Job State Change", "SageMaker Endpoint State Change", "SageMaker Model Package State Change"]),
                                                            "ignoring event for training job %s (not managed by modelops)" % ("adhoc-" + lower(R, 10))]))
    def n_reg(R):
        return lg(R, "INFO", pick(R, ["registered model package arn:aws:sagemaker:%s:%s:model-package/claims-severity/%d (PendingManualApproval)" % (REGION, ACCT, R.randint(10, 90)),
                                       "model package claims-severity/%d approval status Approved by ds-%s" % (R.randint(10, 90), lower(R, 5)),
                                       "model package claims-severity/%d Rejected by reviewer, skipping deploy" % R.randint(10, 90),
                                       "model package state change for group claims-severity version %d: %s" % (R.randint(10, 90), pick(R, ["Approved", "PendingManualApproval"]))]))
    def n_sfn(R):
        return lg(R, "INFO", "task token %s… received for state %s (execution arn:aws:states:%s:%s:execution:modelops-retrain:%s)" % (alnum(R, 12), pick(R, ["StartTraining", "WaitForEndpoint", "RegisterModel", "Deploy"]), REGION, ACCT, uuid(R)))
    def n_deploy(R):
        return lg(R, "INFO", pick(R, ["UpdateEndpoint claims-severity-prod -> config claims-severity-%s (blue/green, linear 10%%, alarms: 0 in ALARM)" % lower(R, 8),
                                       "deploy finished: 0 failed variants, rollback not needed (endpoint %s)" % pick(R, ["claims-severity-prod", "fraud-gbm-prod"]),
                                       "auto-rollback alarm claims-severity-5xx state OK during bake (%d min)" % R.randint(5, 30)]))
    return [n_plat, n_plat, n_init, n_start, n_poll, n_gate, n_retry, n_creds, n_reg, n_sfn, n_deploy]


def fam_orch(R):
    return build(R, F2, [("p4d-training-quota-zero-us-east-2", o_quota), ("orchestrator-role-cannot-pass-sm-exec-claims-v2", o_passrole),
                         ("wait-for-endpoint-polls-past-900s-timeout", o_timeout), ("package-event-missing-group-name-cross-account", o_key),
                         ("register-model-old-model-data-path", o_model)], orch_negs())


FAMILIES = {F1: fam_mlflow, F2: fam_orch}
