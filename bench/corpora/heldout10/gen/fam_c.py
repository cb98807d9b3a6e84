"""Families: loguru-dramatiq, dapr-camunda."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- loguru-dramatiq
F1 = "loguru-dramatiq"

TENANTS = ["acme", "globex", "initech", "umbrella", "hooli", "soylent", "stark"]


def lts(R):
    return "2027-03-%02d %s.%s" % (day(R), hms(R), ms(R))


def lg(R, lvl, where, msg):
    return "%s | %-8s | %s - %s" % (lts(R), lvl, where, msg)


def obj(R):
    return "0x7f%s" % hexs(R, 10)


def dts(R):
    return "2027-03-%02d %s,%s" % (day(R), hms(R), ms(R))


def dram(R, lvl, logger, msg, pid=None):
    return "[%s] [PID %d] [%s] [%s] [%s] %s" % (dts(R), pid or R.randint(7, 60), pick(R, ["Thread-%d" % R.randint(2, 9), "MainThread"]) if logger != "dramatiq.worker.WorkerThread" else "Thread-%d" % R.randint(2, 9), logger, lvl, msg)


def g_lg_stripe(R):
    t = pick(R, TENANTS)
    return "\n".join([
        lg(R, "ERROR", "billing.sync:sync_tenant:%d" % pick(R, [87, 87]), "An error has been caught in function 'sync_tenant', process 'SpawnProcess-%d' (%d), thread 'MainThread' (%d):" % (R.randint(1, 4), R.randint(7, 90), R.randint(10**14, 10**15))),
        "Traceback (most recent call last):", "",
        '  File "/app/billing/sync.py", line 64, in run_all',
        "    sync_tenant(tenant)",
        "    │           └ '%s'" % t,
        "    └ <function sync_tenant at %s>" % obj(R), "",
        '> File "/app/billing/sync.py", line 87, in sync_tenant',
        "    invoices = client.get(f\"/v1/invoices?customer={cust_id}\", timeout=10)",
        "               │      └ <function Client.get at %s>" % obj(R),
        "               └ <httpx.Client object at %s>" % obj(R), "",
        "httpx.ConnectTimeout: timed out",
    ])


def g_lg_tenant_cfg(R):
    return lg(R, "ERROR", "billing.sync:load_config:%d" % pick(R, [41, 41]), "Tenant '%s' has no billing provider configured (config key billing.provider missing); invoices will not be synced" % pick(R, TENANTS))


def g_lg_pool(R):
    return lg(R, "CRITICAL", "api.db:get_session:%d" % pick(R, [29, 29]), "QueuePool limit of size 10 overflow 20 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r) [request_id=%s]" % uuid(R))


def g_lg_s3(R):
    d = "2027-03-%02d" % day(R)
    return lg(R, "ERROR", "exports.writer:upload:%d" % pick(R, [113, 113]), "Export upload failed for s3://example-tenant-exports/%s/%s/ledger.csv.gz: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::111122223333:assumed-role/exports-task-role/%s is not authorized to perform: s3:PutObject" % (pick(R, TENANTS), d, hexs(R, 32)))


def g_dr_smtp(R):
    oid = "ord_%s" % alnum(R, 12)
    return "\n".join([
        dram(R, "ERROR", "dramatiq.worker.WorkerThread", "Failed to process message send_receipt('%s') with unhandled exception." % oid),
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/dramatiq/worker.py", line 514, in process_message',
        "    res = actor(*message.args, **message.kwargs)",
        '  File "/app/tasks/mail.py", line %d, in send_receipt' % pick(R, [58, 58]),
        "    smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)",
        '  File "/usr/local/lib/python3.12/smtplib.py", line 750, in login',
        "    raise last_exception",
        "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Authentication Credentials Invalid')",
    ])


def g_dr_pil(R):
    up = "%s.%s" % (uuid(R), pick(R, ["jpg", "png", "heic", "webp"]))
    return "\n".join([
        dram(R, "ERROR", "dramatiq.worker.WorkerThread", "Failed to process message make_thumbnail('uploads/%s') with unhandled exception." % up),
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/dramatiq/worker.py", line 514, in process_message',
        "    res = actor(*message.args, **message.kwargs)",
        '  File "/app/tasks/images.py", line 22, in make_thumbnail',
        "    with Image.open(fh) as im:",
        '  File "/usr/local/lib/python3.12/site-packages/PIL/Image.py", line 3498, in open',
        "    raise UnidentifiedImageError(msg)",
        "PIL.UnidentifiedImageError: cannot identify image file <_io.BytesIO object at %s>" % obj(R),
    ])


def g_dr_timelimit(R):
    return "\n".join([
        dram(R, "ERROR", "dramatiq.worker.WorkerThread", "Failed to process message generate_statement('%s', %d) with unhandled exception." % (pick(R, TENANTS), R.randint(2020, 2026))),
        "Traceback (most recent call last):",
        '  File "/app/tasks/reports.py", line %d, in generate_statement' % pick(R, [131, 131]),
        "    rows = list(iter_ledger(tenant, year))",
        "dramatiq.middleware.time_limit.TimeLimitExceeded",
    ])


def g_dr_redis(R):
    return dram(R, "CRITICAL", "dramatiq.worker.ConsumerThread(%s)" % pick(R, ["default", "mail", "images"]), "Consumer encountered a connection error: Error 111 connecting to redis-queue.internal:6379. Connection refused.")


def g_aps_fx(R):
    return "\n".join([
        "%s ERROR apscheduler.executors.default: Job \"refresh_fx_rates (trigger: interval[0:15:00], next run at: 2027-03-%02d %s UTC)\" raised an exception" % (dts(R), day(R), hms(R)),
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/apscheduler/executors/base.py", line 131, in run_job',
        "    retval = job.func(*job.args, **job.kwargs)",
        '  File "/app/jobs/fx.py", line 19, in refresh_fx_rates',
        "    resp.raise_for_status()",
        "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.fx-provider.example.com/v2/latest?base=EUR",
    ])


def g_st_keyerror(R):
    return "\n".join([
        "%s Uncaught app exception" % lts(R),
        "Traceback (most recent call last):",
        '  File "/usr/local/lib/python3.12/site-packages/streamlit/runtime/scriptrunner/exec_code.py", line 121, in exec_func_with_error_handling',
        "    result = func()",
        '  File "/app/dashboard.py", line %d, in <module>' % pick(R, [57, 57]),
        "    st.metric(\"Revenue (EUR)\", f\"{df['revenue_eur'].sum():,.0f}\")",
        "KeyError: 'revenue_eur'",
    ])


def n_lg_info(R):
    return lg(R, pick(R, ["INFO", "DEBUG"]), pick(R, ["billing.sync:run_all:58", "api.routes:health:12", "exports.writer:upload:120"]),
              pick(R, ["Synced %d invoices for tenant '%s' (0 errors)" % (R.randint(0, 900), pick(R, TENANTS)), "health ok db=%dms redis=%dms" % (R.randint(1, 40), R.randint(0, 9)),
                       "Uploaded s3://example-tenant-exports/%s/ledger.csv.gz (%d bytes)" % (pick(R, TENANTS), R.randint(1000, 10**7)), "error_rate=0.00 over last 5m"]))


def n_lg_success(R):
    return lg(R, "SUCCESS", "billing.sync:run_all:71", "Billing sync finished: %d tenants, %d invoices, 0 failures in %.1fs" % (R.randint(3, 7), R.randint(10, 9000), R.uniform(2, 300)))


def n_lg_warning(R):
    return lg(R, "WARNING", pick(R, ["billing.sync:sync_tenant:92", "api.db:get_session:33"]), pick(R, ["Stripe rate limited (429), retrying in %.1fs (attempt %d/5)" % (R.uniform(0.5, 9), R.randint(1, 4)),
                                                                                                  "Slow checkout of DB connection: %dms" % R.randint(500, 4000)]))


def n_dr_retry(R):
    return dram(R, "WARNING", "dramatiq.middleware.retries.Retries", "Retrying message '%s' in %d milliseconds." % (uuid(R), R.randint(10000, 600000)))


def n_dr_exceeded(R):
    return dram(R, "WARNING", "dramatiq.middleware.retries.Retries", "Retries exceeded for message '%s'." % uuid(R))


def n_dr_boot(R):
    return dram(R, "INFO", pick(R, ["dramatiq.MainProcess", "dramatiq.WorkerProcess(%d)" % R.randint(0, 7)]), pick(R, ["Dramatiq '1.17.1' is booting up.", "Worker process is ready for action.", "Restarting consumer in %.2f seconds." % R.uniform(1, 4), "Sending signal 'SIGTERM' to worker processes..."]))


def n_aps_ok(R):
    return "%s INFO apscheduler.executors.default: %s" % (dts(R), pick(R, ["Running job \"refresh_fx_rates (trigger: interval[0:15:00], next run at: 2027-03-%02d %s UTC)\" (scheduled at 2027-03-%02d %s+00:00)" % (day(R), hms(R), day(R), hms(R)),
                                                                           "Job \"purge_sessions (trigger: cron[hour='3'], next run at: 2027-03-%02d 03:00:00 UTC)\" executed successfully" % day(R)]))


def n_aps_missed(R):
    return "%s WARNING apscheduler.scheduler: %s" % (dts(R), pick(R, ["Run time of job \"refresh_fx_rates (trigger: interval[0:15:00], next run at: 2027-03-%02d %s UTC)\" was missed by 0:00:%02d.%06d" % (day(R), hms(R), R.randint(1, 59), R.randint(0, 999999)),
                                                                     "Execution of job \"purge_sessions (trigger: cron[hour='3'], next run at: 2027-03-%02d 03:00:00 UTC)\" skipped: maximum number of running instances reached (1)" % day(R)]))


def n_st_info(R):
    if R.random() < 0.5:
        p = pick(R, [8501, 8502])
        return "\n  You can now view your Streamlit app in your browser.\n\n  URL: http://0.0.0.0:%d\n  External URL: http://%s:%d\n" % (p, ipdoc(R), p)
    return "%s Received event for non-watched path: /app/.streamlit/%s.toml" % (lts(R), lower(R, 6))


def n_lg_debug_payload(R):
    return lg(R, "DEBUG", "api.routes:create_order:77", "payload={'items': %d, 'coupon': None, 'errors': []} tenant=%s" % (R.randint(1, 9), pick(R, TENANTS)))


def loguru_dramatiq(R):
    groups = [
        ("billing-sync-stripe-connect-timeout", g_lg_stripe),
        ("billing-tenant-provider-missing", g_lg_tenant_cfg, 7),
        ("api-sqlalchemy-pool-exhausted", g_lg_pool),
        ("exports-s3-put-access-denied", g_lg_s3),
        ("dramatiq-send-receipt-smtp-auth", g_dr_smtp),
        ("dramatiq-thumbnail-unidentified-image", g_dr_pil),
        ("dramatiq-statement-time-limit", g_dr_timelimit),
        ("dramatiq-consumer-redis-refused", g_dr_redis),
        ("apscheduler-fx-rates-401", g_aps_fx),
        ("streamlit-dashboard-revenue-keyerror", g_st_keyerror),
    ]
    negs = [n_lg_info, n_lg_success, n_lg_warning, n_dr_retry, n_dr_exceeded, n_dr_boot, n_aps_ok, n_aps_missed, n_st_info, n_lg_debug_payload]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- dapr-camunda
F2 = "dapr-camunda"

APPS = ["orders", "payments", "shipping", "notifications"]
VER = "1.14.4"


def dts2(R):
    return "2027-03-%02dT%s.%09dZ" % (day(R), hms(R), R.randint(0, 999999999))


def inst(R, app):
    return "%s-%s-%s" % (app, lower(R, 10), lower(R, 5))


def dapr(R, lvl, msg, app=None, scope="dapr.runtime", as_json=None):
    app = app or pick(R, APPS)
    if as_json is None:
        as_json = R.random() < 0.4
    if as_json:
        return jd({"app_id": app, "instance": inst(R, app), "level": lvl, "msg": msg, "scope": scope, "time": dts2(R), "type": "log", "ver": VER})
    return 'time="%s" level=%s msg="%s" app_id=%s instance=%s scope=%s type=log ver=%s' % (dts2(R), lvl, msg.replace('"', '\\"'), app, inst(R, app), scope, VER)


def sbts(R):
    return "2027-03-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def sb(R, lvl, thread, logger, msg):
    return "%s %5s 1 --- [%15s] %-40s : %s" % (sbts(R), lvl, thread[-15:], logger[-40:], msg)


def zb(R, sev, logger, msg, extra=None):
    d = {"severity": sev, "message": msg, "logger": logger, "thread": pick(R, ["zb-actors-%d" % R.randint(0, 3), "zb-fs-workers-%d" % R.randint(0, 3)]),
         "timestampSeconds": R.randint(1804032000, 1804550400), "timestampNanos": R.randint(0, 999999999),
         "serviceContext": {"service": "zeebe", "version": "8.6.6"}, "context": {"partitionId": str(R.randint(1, 3)), "actor-name": "Exporter-%d" % R.randint(1, 3)}}
    if extra:
        d.update(extra)
    return jd(d)


def g_dapr_kafka(R):
    return dapr(R, "fatal", 'process component orders-pubsub error: [INIT_COMPONENT_FAILURE]: initialization error occurred for orders-pubsub (pubsub.kafka/v1): kafka: client has run out of available brokers to talk to: dial tcp: lookup b-%d.msk-prod.abc123.c4.kafka.us-east-1.amazonaws.com: no such host' % R.randint(1, 3), app=pick(R, ["orders", "shipping"]))


def g_dapr_nonretriable(R):
    return dapr(R, "error", 'non-retriable error returned from app while processing pub/sub event %s, topic: orders.created, body: {"error":"unknown field \\"giftWrap\\" in OrderCreated"}. status code returned: 400' % uuid(R), app="shipping", scope="dapr.runtime.processor.pubsub")


def g_dapr_placement(R):
    return dapr(R, "error", "Error connecting to placement service (will retry to connect in background): rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp %s:50005: connect: connection refused\"" % ip10(R), app="payments", scope="dapr.runtime.actors.placement")


def g_dapr_secrets(R):
    return dapr(R, "fatal", "process component aws-secrets error: [INIT_COMPONENT_FAILURE]: initialization error occurred for aws-secrets (secretstores.aws.secretmanager/v1): AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/notifications-task-role/%s is not authorized to perform: secretsmanager:ListSecrets" % hexs(R, 32), app="notifications")


def g_c7_property(R):
    pi = uuid(R)
    return "\n".join([
        sb(R, "ERROR", "aTaskExecutor-%d" % R.randint(1, 8), "org.camunda.bpm.engine.context", "ENGINE-16004 Exception while closing command context: Unknown property used in expression: ${creditScore > 600}. Cause: Cannot resolve identifier 'creditScore'"),
        "org.camunda.bpm.engine.ProcessEngineException: Unknown property used in expression: ${creditScore > 600}. Cause: Cannot resolve identifier 'creditScore'",
        "\tat org.camunda.bpm.engine.impl.el.JuelExpression.getValue(JuelExpression.java:%d) ~[camunda-engine-7.22.0.jar!/:7.22.0]" % pick(R, [93, 93]),
        "\tat org.camunda.bpm.engine.impl.el.UelExpressionCondition.evaluate(UelExpressionCondition.java:59) ~[camunda-engine-7.22.0.jar!/:7.22.0]",
        "\tat org.camunda.bpm.engine.impl.bpmn.behavior.ExclusiveGatewayActivityBehavior.doLeave(ExclusiveGatewayActivityBehavior.java:62) ~[camunda-engine-7.22.0.jar!/:7.22.0]",
        "\t... %d common frames omitted (processInstanceId=%s, activityId=Gateway_credit_check)" % (R.randint(40, 60), pi),
    ])


def g_c7_noflow(R):
    return sb(R, "ERROR", "http-nio-8080-exec-%d" % R.randint(1, 20), "org.camunda.bpm.engine.context",
              "ENGINE-16004 Exception while closing command context: ENGINE-02004 No outgoing sequence flow for the element with id 'Gateway_route_carrier' could be selected for continuing the process. [processInstanceId=%s]" % uuid(R))


def g_zb_es_flood(R):
    return zb(R, "ERROR", "io.camunda.zeebe.broker.exporter.elasticsearch", "Failed to flush bulk of %d records to Elasticsearch: [zeebe-record_job_8.6.6_2027-03-%02d] ClusterBlockException: index [zeebe-record_job_8.6.6_2027-03-%02d] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block]" % (R.randint(1, 1000), day(R), day(R)))


def g_zb_worker_notfound(R):
    key = R.randint(2251799813000000, 2251799813999999)
    return "\n".join([
        sb(R, "ERROR", "pool-2-thread-%d" % R.randint(1, 8), "i.c.z.s.c.jobhandling.JobHandlerInvokingSpringBeans", "Failed to complete job %d of type charge-card" % key),
        "io.camunda.zeebe.client.api.command.ClientStatusException: Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete job with key '%d', but no such job was found" % key,
        "\tat io.camunda.zeebe.client.impl.ZeebeClientFutureImpl.transformExecutionException(ZeebeClientFutureImpl.java:%d)" % pick(R, [116, 116]),
        "\tat io.camunda.zeebe.client.impl.ZeebeClientFutureImpl.join(ZeebeClientFutureImpl.java:54)",
        "Caused by: io.grpc.StatusRuntimeException: NOT_FOUND: Command 'COMPLETE' rejected with code 'NOT_FOUND': Expected to complete job with key '%d', but no such job was found" % key,
    ])


def g_dapr_invoke(R):
    return dapr(R, "error", "error invoking app payments: rpc error: code = Unavailable desc = last connection error: connection error: desc = \"transport: Error while dialing: dial tcp %s:50002: connect: connection refused\" (method charge, request %s)" % (ip10(R), uuid(R)), app="orders", scope="dapr.runtime.direct-messaging")


def g_c7_acq(R):
    return "\n".join([
        sb(R, "ERROR", "JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor]"[-15:], "org.camunda.bpm.engine.jobexecutor", "ENGINE-14021 Exception during job acquisition: ### Error querying database.  Cause: org.postgresql.util.PSQLException: Connection to camunda-db.cluster-c9xk2example.us-east-1.rds.amazonaws.com:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."),
        "org.apache.ibatis.exceptions.PersistenceException: ",
        "### Error querying database.  Cause: org.postgresql.util.PSQLException: Connection to camunda-db.cluster-c9xk2example.us-east-1.rds.amazonaws.com:5432 refused.",
        "\tat org.camunda.bpm.engine.impl.db.sql.DbSqlSession.selectList(DbSqlSession.java:%d) ~[camunda-engine-7.22.0.jar!/:7.22.0]" % pick(R, [103, 103]),
        "Caused by: java.net.ConnectException: Connection refused (acquisition attempt %d)" % R.randint(1, 900),
    ])


def n_dapr_info(R):
    return dapr(R, "info", pick(R, ["Component loaded: orders-statestore (state.aws.dynamodb/v1)", "application discovered on port %d" % pick(R, [3000, 8080]), "dapr initialized. Status: Running. Init Elapsed %dms" % R.randint(100, 4000),
                                    "Placement tables updated, version: %d" % R.randint(1, 900), "Subscribing to pubsub 'orders-pubsub' topic 'orders.created'", "HTTP server is running on port 3500"]))


def n_dapr_warn_retry(R):
    return dapr(R, "warning", "retriable error returned from app while processing pub/sub event %s, topic: orders.created, body: {\"error\":\"inventory locked\"}. status code returned: 503" % uuid(R), app="shipping", scope="dapr.runtime.processor.pubsub")


def n_dapr_debug(R):
    return dapr(R, "debug", pick(R, ["Processing Kafka message: orders.created/%d/%d [key=%s]" % (R.randint(0, 11), R.randint(10**5, 10**7), uuid(R)), "resiliency policy 'default-retry' applied: 0 errors in window"]), scope="dapr.contrib")


def n_dapr_access(R):
    return dapr(R, "info", "HTTP API Called: %s %s" % (pick(R, ["GET", "POST"]), pick(R, ["/v1.0/state/orders-statestore/cart-%s" % alnum(R, 8), "/v1.0/publish/orders-pubsub/orders.created", "/v1.0/healthz"])), scope="dapr.runtime.http-info")


def n_c7_info(R):
    return sb(R, "INFO", "main", pick(R, ["org.camunda.bpm.engine", "org.camunda.bpm.engine.jobexecutor"]), pick(R, ["ENGINE-00001 Process Engine default created.", "ENGINE-14014 Starting up the JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor].", "ENGINE-14018 JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor] starting to acquire jobs"]))


def n_c7_job_warn(R):
    return "\n".join([
        sb(R, "WARN", "aTaskExecutor-%d" % R.randint(1, 8), "org.camunda.bpm.engine.jobexecutor", "ENGINE-14006 Exception while executing job %s: " % uuid(R)),
        "org.camunda.bpm.engine.delegate.BpmnError: CARRIER_UNAVAILABLE (retries left: %d)" % R.randint(1, 2),
    ])


def n_c7_optlock(R):
    return sb(R, "INFO", "aTaskExecutor-%d" % R.randint(1, 8), "org.camunda.bpm.engine.cmd", "ENGINE-13036 Optimistic locking exception occurred while executing command org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd. The job will be retried. (job %s)" % uuid(R))


def n_zb_info(R):
    return zb(R, "INFO", pick(R, ["io.camunda.zeebe.broker.system", "io.camunda.zeebe.broker.exporter.elasticsearch"]), pick(R, ["Partition-%d recovered, marking it as healthy" % R.randint(1, 3), "Exporter elasticsearch flushed %d records (0 failed)" % R.randint(1, 1000), "Snapshot %d-%d-%d-%d committed" % (R.randint(1, 3), R.randint(1, 90), R.randint(10**6, 10**7), R.randint(10**6, 10**7))]))


def n_zb_poll_warn(R):
    return sb(R, "WARN", "grpc-default-executor-%d" % R.randint(0, 9), "io.camunda.zeebe.client.job.poller", "Failed to activate jobs for worker payment-worker and job type charge-card (io.grpc.StatusRuntimeException: RESOURCE_EXHAUSTED: Expected to activate jobs, but the broker is backpressuring; will retry in %dms)" % pick(R, [100, 200, 400, 800]))


def n_zb_worker_info(R):
    return sb(R, "INFO", "pool-2-thread-%d" % R.randint(1, 8), "c.e.shop.payments.ChargeCardWorker", "Completed job %d (orderId=%s, amount=%.2f EUR, declined=false)" % (R.randint(2251799813000000, 2251799813999999), "ord_%s" % alnum(R, 10), R.uniform(5, 900)))


def dapr_camunda(R):
    groups = [
        ("dapr-orders-pubsub-kafka-init-fatal", g_dapr_kafka, 8),
        ("dapr-shipping-orders-created-non-retriable", g_dapr_nonretriable),
        ("dapr-payments-placement-unavailable", g_dapr_placement),
        ("dapr-notifications-secretstore-denied", g_dapr_secrets, 6),
        ("camunda7-credit-gateway-unknown-property", g_c7_property),
        ("camunda7-route-carrier-no-outgoing-flow", g_c7_noflow),
        ("zeebe-es-exporter-flood-stage", g_zb_es_flood),
        ("zeebe-charge-card-complete-not-found", g_zb_worker_notfound),
        ("dapr-orders-invoke-payments-refused", g_dapr_invoke),
        ("camunda7-job-acquisition-db-refused", g_c7_acq),
    ]
    negs = [n_dapr_info, n_dapr_warn_retry, n_dapr_debug, n_dapr_access, n_c7_info, n_c7_job_warn, n_c7_optlock, n_zb_info, n_zb_poll_warn, n_zb_worker_info]
    return build(R, F2, groups, negs)


FAMILIES = {F1: loguru_dramatiq, F2: dapr_camunda}
