"""Families: stepfunctions-execution-history-logs, beanstalk-apprunner-platform."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, day, hms, epoch_ms, ACCT, REGION, jd)

# ---------------------------------------------------------------- stepfunctions-execution-history-logs
# kestrelbay's state machines log at level ALL with execution data to /aws/vendedlogs/states/<name>-Logs: one JSON
# history event per log event (id, type, details, previous_event_id, event_timestamp, execution_arn, redrive_count).
F1 = "stepfunctions-execution-history-logs"
SM = {"label": "shipment-label-flow", "invoice": "invoice-run", "tracking": "tracking-ingest", "returns": "returns-processing"}


def xarn(R, k):
    if k == "tracking":
        return "arn:aws:states:%s:%s:express:%s:%s:%s" % (REGION, ACCT, SM[k], uuid(R), uuid(R))
    return "arn:aws:states:%s:%s:execution:%s:%s" % (REGION, ACCT, SM[k], pick(R, [uuid(R), "%s-%s" % ({"label": "KB", "invoice": "INV", "returns": "RET"}[k], digits(R, 8))]))


def ev(R, k, typ, details, eid=None):
    eid = eid or R.randint(2, 60)
    return jd({"id": str(eid), "type": typ, "details": details, "previous_event_id": str(eid - 1 if eid > 1 else 0), "event_timestamp": str(epoch_ms(R)),
               "execution_arn": xarn(R, k), "redrive_count": "0"})


def rqid(R):
    return uuid(R)


def f1_label(R):
    # the carrier's label API now takes > 60 s at peak; RequestCarrierLabel has TimeoutSeconds 30 and no catch for States.Timeout
    if R.random() < 0.55:
        return ev(R, "label", "TaskTimedOut", {"error": "States.Timeout", "resourceType": "lambda", "resource": "invoke"})
    return ev(R, "label", "ExecutionFailed", {"error": "States.Timeout", "cause": "The state 'RequestCarrierLabel' timed out after 30 seconds"} if R.random() < 0.5 else {"error": "States.Timeout"})


def f1_glue(R):
    # invoice-run starts invoice-aggregate for every depot in a Map (MaxConcurrency 0) but the Glue job allows 3 concurrent runs
    r = rqid(R)
    cause = "Concurrent runs exceeded for invoice-aggregate (Service: Glue, Status Code: 400, Error Code: ConcurrentRunsExceededException, Request ID: %s)" % r
    if R.random() < 0.6:
        return ev(R, "invoice", "TaskFailed", {"resourceType": "glue", "resource": "startJobRun.sync", "error": "Glue.ConcurrentRunsExceededException", "cause": cause})
    return ev(R, "invoice", pick(R, ["ExecutionFailed", "MapRunFailed"]) if R.random() < 0.5 else "ExecutionFailed", {"error": "Glue.ConcurrentRunsExceededException", "cause": cause})


def f1_ddb(R):
    # returns-processing's PutItem builds the item from $.return.id but the table key is returnId (renamed in v3 of the input)
    r = rqid(R)
    cause = "One or more parameter values were invalid: Missing the key returnId in the item (Service: DynamoDb, Status Code: 400, Error Code: ValidationException, Request ID: %s)" % (upper(R, 52) if R.random() < 0.5 else r)
    if R.random() < 0.6:
        return ev(R, "returns", "TaskFailed", {"resourceType": "dynamodb", "resource": "putItem", "error": "DynamoDB.AmazonDynamoDBException", "cause": cause})
    return ev(R, "returns", "ExecutionFailed", {"error": "DynamoDB.AmazonDynamoDBException", "cause": cause})


def f1_choice(R):
    # carriers' webhook payloads without "carrier.code" (the new MetroCouriers feed) crash the Choice state of tracking-ingest
    return ev(R, "tracking", "ExecutionFailed", {"error": "States.Runtime", "cause": "An error occurred while executing the state 'RouteByCarrier' (entered at the event id #%d). Invalid path '$.carrier.code': The choice state's condition path references an invalid value." % pick(R, [2, 3])}, eid=pick(R, [4, 5]))


def f1_ecs(R):
    # the refund-worker task definition points at image tag 2.8.0, which was never pushed
    task = "arn:aws:ecs:%s:%s:task/prod/%s" % (REGION, ACCT, hexs(R, 32))
    cause = jd({"Attachments": [], "Attributes": [{"Name": "ecs.cpu-architecture", "Value": "arm64"}], "AvailabilityZone": pick(R, ["ap-southeast-2a", "ap-southeast-2b"]), "ClusterArn": "arn:aws:ecs:%s:%s:cluster/prod" % (REGION, ACCT),
                "Containers": [{"ContainerArn": "arn:aws:ecs:%s:%s:container/prod/%s/%s" % (REGION, ACCT, hexs(R, 32), uuid(R)), "Image": "%s.dkr.ecr.%s.amazonaws.com/refund-worker:2.8.0" % (ACCT, REGION), "LastStatus": "STOPPED", "Name": "refund-worker",
                                "Reason": "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref %s.dkr.ecr.%s.amazonaws.com/refund-worker:2.8.0: %s.dkr.ecr.%s.amazonaws.com/refund-worker:2.8.0: not found" % (ACCT, REGION, ACCT, REGION)}],
                "DesiredStatus": "STOPPED", "LastStatus": "STOPPED", "LaunchType": "FARGATE", "StopCode": "TaskFailedToStart", "StoppedReason": "Task failed to start", "TaskArn": task, "TaskDefinitionArn": "arn:aws:ecs:%s:%s:task-definition/refund-worker:%d" % (REGION, ACCT, pick(R, [41, 42]))})
    if R.random() < 0.65:
        return ev(R, "returns", "TaskFailed", {"resourceType": "ecs", "resource": "runTask.sync", "error": "States.TaskFailed", "cause": cause})
    return ev(R, "returns", "ExecutionFailed", {"error": "States.TaskFailed", "cause": cause})


def f1_negs():
    def n_start(R):
        k = pick(R, list(SM))
        inp = {"label": {"shipmentId": "KB" + digits(R, 10), "carrier": pick(R, ["auspost", "startrack", "metro"])}, "invoice": {"period": "2029-06", "depots": ["MEL3", "SYD1", "BNE2"]},
               "tracking": {"carrier": {"code": pick(R, ["AUP", "STK"])}, "trackingId": "KB" + digits(R, 10), "events": R.randint(1, 9)}, "returns": {"returnId": "RET-%s" % digits(R, 8), "reason": pick(R, ["damaged", "wrong_item", "changed_mind"])}}[k]
        return ev(R, k, "ExecutionStarted", {"input": jd(inp), "inputDetails": {"truncated": False}, "roleArn": "arn:aws:iam::%s:role/sfn-%s" % (ACCT, SM[k])}, eid=1)
    def n_state(R):
        k = pick(R, list(SM))
        st = {"label": ["ValidateAddress", "RequestCarrierLabel", "StoreLabel", "NotifyCustomer"], "invoice": ["ListDepots", "AggregateDepot", "RenderInvoices"], "tracking": ["Normalize", "RouteByCarrier", "WriteEvents"], "returns": ["CreateReturn", "RefundWorker", "EmailLabel"]}[k]
        t = pick(R, ["TaskStateEntered", "TaskStateExited", "TaskScheduled", "TaskStarted", "TaskSucceeded", "ChoiceStateEntered", "ChoiceStateExited", "PassStateExited", "WaitStateEntered"])
        if t in ("TaskStateEntered", "TaskStateExited", "ChoiceStateEntered", "ChoiceStateExited", "PassStateExited", "WaitStateEntered"):
            d = {"name": pick(R, st), ("input" if "Entered" in t else "output"): jd({"ok": True, "attempt": 1}), ("inputDetails" if "Entered" in t else "outputDetails"): {"truncated": False}}
        elif t == "TaskScheduled":
            d = {"resourceType": pick(R, ["lambda", "dynamodb", "glue", "ecs"]), "resource": pick(R, ["invoke", "putItem", "startJobRun.sync", "runTask.sync"]), "region": REGION, "parameters": jd({"FunctionName": "arn:aws:lambda:%s:%s:function:%s" % (REGION, ACCT, pick(R, ["validate-address", "carrier-label", "notify-customer"]))})}
        elif t == "TaskStarted":
            d = {"resourceType": "lambda", "resource": "invoke"}
        else:
            d = {"resourceType": "lambda", "resource": "invoke", "output": jd({"StatusCode": 200, "Payload": {"ok": True}}), "outputDetails": {"truncated": False}}
        return ev(R, k, t, d)
    def n_ok(R):
        k = pick(R, list(SM))
        return ev(R, k, "ExecutionSucceeded", {"output": jd({"status": "DONE", "items": R.randint(0, 40), "failed": 0}), "outputDetails": {"truncated": False}}, eid=R.randint(12, 90))
    def n_throttle(R):
        # Lambda throttling is retried by the Retry block (BackoffRate 2, MaxAttempts 6) and the executions succeed
        return ev(R, "label", "TaskFailed", {"resourceType": "lambda", "resource": "invoke", "error": "Lambda.TooManyRequestsException",
                                             "cause": "Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: %s)" % uuid(R)})
    def n_business(R):
        # a carrier rejecting an address is a business outcome: Catch -> NotifyCustomer
        return ev(R, "label", "TaskFailed", {"resourceType": "lambda", "resource": "invoke", "error": "CarrierRejectedAddress", "cause": jd({"errorMessage": "carrier %s rejected address: postcode %s does not match suburb" % (pick(R, ["auspost", "startrack"]), digits(R, 4)), "errorType": "CarrierRejectedAddress", "requestId": uuid(R), "stackTrace": []})})
    def n_abort(R):
        return ev(R, "invoice", "ExecutionAborted", {"error": "", "cause": "Aborted by %s (rerun with corrected period)" % pick(R, ["a.tanaka", "j.mwangi"])} if R.random() < 0.5 else {}, eid=R.randint(5, 40))
    def n_map(R):
        return ev(R, "invoice", pick(R, ["MapIterationStarted", "MapIterationSucceeded", "MapStateEntered", "MapStateExited"]), {"name": "AggregateDepot", "index": R.randint(0, 11)})
    def n_glue_ok(R):
        return ev(R, "invoice", "TaskSucceeded", {"resourceType": "glue", "resource": "startJobRun.sync", "output": jd({"JobName": "invoice-aggregate", "JobRunState": "SUCCEEDED", "Id": "jr_" + hexs(R, 64), "ExecutionTime": R.randint(60, 900)}), "outputDetails": {"truncated": False}})
    def n_lambda_retry(R):
        return ev(R, "tracking", "TaskFailed", {"resourceType": "lambda", "resource": "invoke", "error": "Lambda.ServiceException", "cause": "Lambda is unable to process your request right now. Retry in a moment. (Service: Lambda, Status Code: 500, Request ID: %s)" % uuid(R)})
    def n_fail_caught(R):
        return ev(R, "returns", "TaskStateExited", {"name": "CheckWarranty", "output": jd({"warranty": False, "error": None, "failed": 0}), "outputDetails": {"truncated": False}})
    return [n_start, n_state, n_state, n_state, n_ok, n_throttle, n_business, n_abort, n_map, n_glue_ok, n_lambda_retry, n_fail_caught]


def fam_sfn(R):
    return build(R, F1, [("label-flow-carrier-label-states-timeout", f1_label), ("invoice-run-glue-concurrent-runs-exceeded", f1_glue),
                         ("returns-putitem-missing-returnid-key", f1_ddb), ("tracking-ingest-choice-path-carrier-code", f1_choice),
                         ("returns-refund-worker-image-2-8-0-not-found", f1_ecs)], f1_negs())


# ---------------------------------------------------------------- beanstalk-apprunner-platform
# Elastic Beanstalk environments kb-portal-prod (Node.js 20 on AL2023) and kb-portal-worker with log streaming
# (/aws/elasticbeanstalk/<env>/var/log/{eb-engine.log,nginx/error.log,nginx/access.log,web.stdout.log}; eb-engine
# entries with a Stderr dump arrive as one multi-line event), and App Runner services quote-widget and pod-renderer
# (/aws/apprunner/<service>/<id>/service events and application logs).
F2 = "beanstalk-apprunner-platform"


def ebts(R):
    return "2029/07/%02d %s.%s" % (day(R), hms(R), digits(R, 6))


def ngts(R):
    return "2029/07/%02d %s" % (day(R), hms(R))


def arts(R):
    h = R.randint(1, 12)
    return "07-%02d-2029 %02d:%02d:%02d %s" % (day(R), h, R.randint(0, 59), R.randint(0, 59), pick(R, ["AM", "PM"]))


def f2_npm(R):
    # portal 4.2 added a peer dependency conflict (react 19 vs a date-picker pinned to react 18): npm install fails on every instance
    k = R.random()
    if k < 0.55:
        return ("%s [ERROR] An error occurred during execution of command [app-deploy] - [Use NPM to install dependencies]. Stop running the command. Error: Command /bin/su webapp -c npm --omit=dev install failed with error exit status 1. Stderr:npm error code ERESOLVE\n"
                "npm error ERESOLVE unable to resolve dependency tree\nnpm error\nnpm error While resolving: kb-portal@4.2.%d\nnpm error Found: react@19.1.%d\nnpm error node_modules/react\nnpm error   react@\"^19.1.0\" from the root project\nnpm error\n"
                "npm error Could not resolve dependency:\nnpm error peer react@\"^17.0.0 || ^18.0.0\" from react-datepicker-lite@3.4.%d\nnpm error A complete log of this run can be found in: /home/webapp/.npm/_logs/2029-07-%02dT%s_%03dZ-debug-0.log\n") % (
                ebts(R), R.randint(0, 3), R.randint(0, 2), R.randint(0, 9), day(R), hms(R).replace(":", "_"), R.randint(0, 999))
    if k < 0.8:
        return "%s [ERROR] Instance deployment: 'npm' failed to install dependencies that are defined in 'package.json'. For details, see 'eb-engine.log'. The deployment failed." % ebts(R)
    return "%s [ERROR] Instance deployment failed. For details, see 'eb-engine.log'. (kb-portal-prod app version v4.2.%d-%s, npm ERESOLVE)" % (ebts(R), R.randint(0, 3), hexs(R, 7))


def f2_ngx(R):
    # portal 4.1.9 hard-codes PORT=3000 in its start script; the platform nginx proxies to 127.0.0.1:8080
    c = ip10(R, 40, pick(R, [0, 1, 2]))
    u = pick(R, ["/health", "/", "/login", "/api/session", "/dashboard", "/favicon.ico"])
    return '%s [error] %d#%d: *%d connect() failed (111: Connection refused) while connecting to upstream, client: %s, server: , request: "%s %s HTTP/1.1", upstream: "http://127.0.0.1:8080%s", host: "%s"' % (
        ngts(R), R.randint(2000, 4000), R.randint(2000, 4000), R.randint(1, 99999), c, pick(R, ["GET", "GET", "POST"]), u, u, pick(R, ["portal.kestrelbay.example", "kb-portal-prod.ap-southeast-2.elasticbeanstalk.com", ip10(R, 40, 10)]))


def f2_hook(R):
    # the worker's prebuild hook was committed from Windows without the executable bit
    if R.random() < 0.6:
        return "%s [ERROR] An error occurred during execution of command [app-deploy] - [RunAppDeployPreBuildHooks]. Stop running the command. Error: Command .platform/hooks/prebuild/01_migrate.sh failed with error fork/exec .platform/hooks/prebuild/01_migrate.sh: permission denied" % ebts(R)
    return "%s [ERROR] Command .platform/hooks/prebuild/01_migrate.sh failed with error fork/exec .platform/hooks/prebuild/01_migrate.sh: permission denied (env kb-portal-worker)" % ebts(R)


def f2_hc(R):
    # quote-widget's new image listens on 3000 but the service is configured for port 8080: every deployment fails and rolls back
    did = hexs(R, 32)
    return "%s [AppRunner] %s" % (arts(R), pick(R, [
        "Health check failed on protocol `HTTP`[Path: '/healthz'], [Port: '8080']. Check your configured port number. For more information, see the App Runner health check documentation.",
        "Deployment with ID : %s failed. Failure reason : Health check failed." % did,
        "Health check failed on port '8080'. Check that your application is listening on the port and that your health check path is correctly configured. (quote-widget, deployment %s)" % did[:12],
        "Deployment with ID : %s failed. Failure reason : Health check failed. Rolling back to the previous image quote-widget:1.14.%d." % (did, R.randint(0, 5))]))


def f2_ecr(R):
    # pod-renderer's ECR access role was replaced by a role without ecr:GetDownloadUrlForLayer
    did = hexs(R, 32)
    return "%s [AppRunner] %s" % (arts(R), pick(R, [
        "Failed to pull your application image. Be sure you configure your service with a valid access role to your ECR repository. (%s.dkr.ecr.%s.amazonaws.com/pod-renderer:2.%d.%d)" % (ACCT, REGION, R.randint(0, 3), R.randint(0, 9)),
        "Deployment with ID : %s failed. Failure reason : Failed to pull your application image. Be sure you configure your service with a valid access role to your ECR repository." % did]))


def f2_negs():
    def n_eng(R):
        return "%s [INFO] %s" % (ebts(R), pick(R, ["Executing instruction: StageApplication", "Executing instruction: RunAppDeployPreBuildHooks", "Executing instruction: Use NPM to install dependencies",
                                                   "Executing instruction: start X-Ray", "Executing instruction: configureSqsd", "Executing cleanup logic", "Instance deployment completed successfully.",
                                                   "Running command: /bin/su webapp -c npm --omit=dev install", "Executing platform hooks in .platform/hooks/prebuild/", "The dir .platform/hooks/predeploy/ does not exist",
                                                   "Generating rsyslog config from Procfile", "Executing instruction: Track pids in healthd", "Starting EBPlatform-PlatformEngine", "Copying file /opt/elasticbeanstalk/config/private/healthd/healthd.conf to /etc/healthd/config.yaml",
                                                   "Command .platform/hooks/prebuild/01_migrate.sh succeeded (0 pending migrations, 0 failed)", "npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory."]))
    def n_engwarn(R):
        return "%s [WARN] %s" % (ebts(R), pick(R, ["Warning: process healthd is already registered\nDeregistering the process ...", "skipping install dependencies: node_modules is present in the source bundle",
                                                   "Running command with retry: the instance metadata token request timed out, retrying (attempt 1 of 3)", "Warning: The 'npm' config 'production' is deprecated; using --omit=dev"]))
    def n_access(R):
        st = pick(R, [200, 200, 200, 304, 302, 404, 499])
        return '%s - - [%02d/Jul/2029:%s +0000] "%s %s HTTP/1.1" %d %d "-" "%s" "%s"' % (ip10(R, 40, R.randint(0, 2)), day(R), hms(R), pick(R, ["GET", "POST"]), pick(R, ["/", "/login", "/dashboard", "/api/session", "/health", "/wp-admin/setup-config.php"]), st, R.randint(0, 40000),
                                                                              pick(R, ["ELB-HealthChecker/2.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36"]), pubip(R))
    def n_ngwarn(R):
        return "%s [%s] %d#%d: *%d %s" % (ngts(R), pick(R, ["warn", "warn", "info"]), R.randint(2000, 4000), R.randint(2000, 4000), R.randint(1, 99999), pick(R, [
            "an upstream response is buffered to a temporary file /var/lib/nginx/tmp/proxy/%d/%02d/%010d while reading upstream, client: %s, server: , request: \"GET /reports/export HTTP/1.1\", upstream: \"http://127.0.0.1:8080/reports/export\"" % (R.randint(1, 9), R.randint(0, 99), R.randint(0, 10 ** 9), ip10(R, 40, 0)),
            "client %s closed keepalive connection" % ip10(R, 40, 1),
            "client intended to send too large body: %d bytes, client: %s, server: , request: \"POST /api/upload HTTP/1.1\"" % (R.randint(11000000, 90000000), ip10(R, 40, 0))]))
    def n_stdout(R):
        return "Jul %2d %s ip-10-40-10-%d web[%d]: %s" % (day(R), hms(R), R.randint(4, 254), R.randint(2000, 9000), pick(R, [
            "Server listening on port %d" % pick(R, [8080, 8080, 3000]), "GET /health 200 %d.%03d ms - 15" % (R.randint(0, 9), R.randint(0, 999)),
            "[redis] connection lost, reconnecting (attempt 1/5)", "[redis] reconnected after %d ms" % R.randint(50, 900), "warn: session store falling back to memory for 1 request(s)",
            "info: cache warmup done, 0 errors, %d keys" % R.randint(100, 9000), "Error boundary rendered for /dashboard/widgets (widget disabled by feature flag)"]))
    def n_ar(R):
        did = hexs(R, 32)
        svc = pick(R, ["quote-widget", "pod-renderer"])
        return "%s [AppRunner] %s" % (arts(R), pick(R, [
            "Deployment with ID : %s started. Triggering event : %s" % (did, pick(R, ["SERVICE_UPDATE", "CONFIGURATION_DEPLOYMENT", "AUTOMATIC_DEPLOYMENT"])),
            "Successfully pulled your application image from ECR.", "Provisioning instances and deploying image for publicly accessible service.",
            "Health check is successful. Routing traffic to application.", "Deployment with ID : %s completed successfully." % did,
            "Pulling image %s.dkr.ecr.%s.amazonaws.com/%s from ECR repository." % (ACCT, REGION, svc), "Performing health check on protocol `HTTP`[Path: '/healthz'], [Port: '8080'].",
            "Successfully routed incoming traffic to application.", "Your service is now running. (%s)" % svc, "Scaling %s from %d to %d instances." % (svc, R.randint(1, 3), R.randint(2, 6))]))
    def n_arapp(R):
        return jd({"level": pick(R, ["info", "info", "warn"]), "time": iso(R), "msg": pick(R, ["rendered proof-of-delivery %s.pdf in %d ms" % ("DLV-" + digits(R, 8), R.randint(40, 900)), "quote computed", "retrying carrier rates call (attempt 2/3) after 503", "carrier rates call succeeded on retry", "0 failed renders in last 5 min"]),
                   "service": pick(R, ["pod-renderer", "quote-widget"]), "reqId": uuid(R)})
    def n_eb_ok_deploy(R):
        return "%s [INFO] Instance deployment successfully used commands in the 'Procfile' to start your application. (kb-portal-%s, app version v4.1.%d-%s)" % (ebts(R), pick(R, ["prod", "worker"]), R.randint(0, 8), hexs(R, 7))
    return [n_eng, n_eng, n_engwarn, n_access, n_access, n_ngwarn, n_stdout, n_ar, n_ar, n_arapp, n_eb_ok_deploy]


def fam_eb(R):
    return build(R, F2, [("eb-portal-4-2-npm-eresolve-react19", f2_npm), ("eb-portal-nginx-upstream-8080-refused", f2_ngx),
                         ("eb-worker-prebuild-hook-not-executable", f2_hook), ("apprunner-quote-widget-health-check-port-8080", f2_hc),
                         ("apprunner-pod-renderer-ecr-access-role", f2_ecr)], f2_negs())


FAMILIES = {F1: fam_sfn, F2: fam_eb}
