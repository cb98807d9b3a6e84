"""Families: serverless-frameworks, slurm-batch-hpc."""
import json

from common import hexs, alnum, uuid, ip10, ipdoc, hms, iso, spc, pick, build

# ---------------------------------------------------------------- serverless-frameworks
F7 = "serverless-frameworks"


def py(R, level, msg):
    return "[%s]\t%s\t%s\t%s" % (level, iso(R), uuid(R), msg)


def node(R, level, msg):
    return "%s\t%s\t%s\t%s" % (iso(R), uuid(R), level, msg)


def tb(frames, last):
    out = ["Traceback (most recent call last):"]
    for f, ln, fn, code in frames:
        out.append('  File "%s", line %d, in %s' % (f, ln, fn))
        out.append("    " + code)
    out.append(last)
    return "\n".join(out)


def g_mangum_app(R):
    k = pick(R, ["shipping_address", "shipping_address", "customer_id"][:1])
    return py(R, "ERROR", "An error occurred running the application.\n" + tb([
        ("/var/task/mangum/protocols/http.py", 58, "run", "await app(self.scope, self.receive, self.send)"),
        ("/var/task/starlette/routing.py", 74, "app", "response = await func(request)"),
        ("/var/task/app/routes/orders.py", 61, "create_order", "addr = payload[\"%s\"][\"line1\"]" % k)],
        "KeyError: '%s'" % k))


def g_mangum_lifespan(R):
    return py(R, "ERROR", "Exception in 'lifespan' protocol.\n" + tb([
        ("/var/task/mangum/protocols/lifespan.py", 93, "run", "await self.app({\"type\": \"lifespan\", \"state\": self.state}, self.receive, self.send)"),
        ("/var/task/app/main.py", 31, "lifespan", "app.state.pool = await asyncpg.create_pool(settings.database_url, min_size=1)"),
        ("/var/task/asyncpg/connect_utils.py", 1049, "_create_ssl_connection", "tr, pr = await loop.create_connection(")],
        "ConnectionRefusedError: [Errno 111] Connect call failed ('10.20.%d.%d', 5432)" % (R.choice([3, 7]), R.choice([41, 118]))))


def g_chalice(R):
    inv = "INV-%06d" % R.randint(0, 999999)
    return py(R, "ERROR", "Caught exception for <function get_invoice at 0x7f%s>\n" % hexs(R, 10) + tb([
        ("/var/task/chalice/app.py", 1933, "_get_view_function_response", "response = view_function(**function_args)"),
        ("/var/task/app.py", 88, "get_invoice", "pdf = render_pdf(doc)"),
        ("/var/task/chalicelib/pdf.py", 41, "render_pdf", "return HTML(string=html).write_pdf()")],
        "OSError: cannot load library 'libgobject-2.0-0': libgobject-2.0-0: cannot open shared object file: No such file or directory. (invoice %s)" % inv))


def g_zappa(R):
    st = pick(R, ["production", "staging"])
    return "Updating Lambda function code..\nUpdating Lambda function configuration..\nUploading reports-%s-template-%d.json (1.6KiB)..\nDeploying API Gateway..\nWaiting for lambda function [reports-%s] to be updated...\nError: Warning! Status check on the deployed lambda failed. A GET request to '/' yielded a 502 response code." % (
        st, R.randint(1796000000, 1796400000), st)


def sls_fail(R, stack, res, typ, msg):
    return "\n".join(["\u2716 Stack %s failed to deploy (%ds)" % (stack, R.randint(30, 400)),
                      "Environment: linux, node 20.%d.0, framework 3.38.0 (local), plugin 7.2.3, SDK 4.5.1" % R.randint(10, 18),
                      "Docs:        docs.serverless.com", "Support:     forum.serverless.com", "Bugs:        github.com/serverless/serverless/issues", "",
                      "Error:", "%s: %s (%s)" % (pick(R, ["CREATE_FAILED"] if "Table" in res else ["UPDATE_FAILED"]), res, typ), msg])


def g_sls_table(R):
    st = pick(R, ["prod", "staging", "dev"])
    return sls_fail(R, "orders-api-%s" % st, "OrdersTable", "AWS::DynamoDB::Table",
                    "Resource handler returned message: \"Resource of type 'AWS::DynamoDB::Table' with identifier 'orders-%s' already exists.\" (RequestToken: %s, HandlerErrorCode: AlreadyExists)" % (st, uuid(R)))


def g_sls_size(R):
    st = pick(R, ["prod", "staging", "dev"])
    return sls_fail(R, "reports-%s" % st, "ExportLambdaFunction", "AWS::Lambda::Function",
                    "Resource handler returned message: \"Unzipped size must be smaller than 262144000 bytes (Service: Lambda, Status Code: 400, Request ID: %s)\" (RequestToken: %s, HandlerErrorCode: InvalidRequest)" % (uuid(R), uuid(R)))


def g_sst(R):
    st = pick(R, ["production", "pr-%d" % R.randint(100, 999)])
    return "\n".join(["SST 3.%d.%d  ready!" % (R.randint(0, 9), R.randint(0, 60)), "", "\u279c  App:        storefront", "   Stage:      %s" % st, "",
                      "~  Deploy", "", "|  Created     Web sst:aws:Nextjs \u2192 WebServerEuwest1Role aws:iam:Role", "\u2715  Failed",
                      "   WebServerEuwest1Function aws:lambda:Function",
                      "   creating Lambda Function (storefront-%s-WebServerEuwest1Function-%s): operation error Lambda: CreateFunction, https response error StatusCode: 400, RequestID: %s, InvalidParameterValueException: The role defined for the function cannot be assumed by Lambda." % (st, alnum(R, 8).lower(), uuid(R))])


def g_middy_validator(R):
    return node(R, "ERROR", "UnprocessableEntityError: Event object failed validation\n    at createError (/var/task/node_modules/@middy/util/index.js:285:10)\n    at validatorMiddlewareBefore (/var/task/node_modules/@middy/validator/index.js:61:13)\n    at runMiddlewares (/var/task/node_modules/@middy/core/index.js:160:23) {\n  status: 422,\n  statusCode: 422,\n  expose: true,\n  cause: {\n    package: '@middy/validator',\n    data: [ { instancePath: '/body/quantity', schemaPath: '#/properties/body/properties/quantity/minimum', keyword: 'minimum', params: { comparison: '>=', limit: 1 }, message: 'must be >= 1' } ]\n  }\n}")


def g_middy_ssm(R):
    p = pick(R, ["/storefront/prod/stripe-webhook-endpoint", "/storefront/prod/tax-api-url"])
    return node(R, "ERROR", "Error: Failed to resolve internal values\n    at getInternal (/var/task/node_modules/@middy/util/index.js:%d:11)\n    at async ssmMiddlewareBefore (/var/task/node_modules/@middy/ssm/index.js:%d:28)\n    at async runMiddlewares (/var/task/node_modules/@middy/core/index.js:160:17) {\n  [cause]: {\n    package: '@middy/util',\n    data: [\n      ParameterNotFound: UnknownError\n          at de_ParameterNotFoundRes (/var/task/node_modules/@aws-sdk/client-ssm/dist-cjs/index.js:%d:21) {\n        '$fault': 'client',\n        '$metadata': { httpStatusCode: 400, requestId: '%s', attempts: 1, totalRetryDelay: 0 },\n        __type: 'ParameterNotFound'\n      }\n    ]\n  }\n}\n(parameter %s)" % (
        121, 117, R.randint(7000, 7100), uuid(R), p))


def g_sam_docker(R):
    h, rt = pick(R, [("app.lambda_handler", "python3.12"), ("orders.handler", "nodejs20.x"), ("invoices.handler", "nodejs20.x"), ("bootstrap", "provided.al2023"), ("health.handler", "python3.12"), ("reports.handler", "python3.13"), ("auth.handler", "nodejs22.x"), ("webhooks.handler", "python3.12"), ("exports.handler", "java21")])
    return "Invoking %s (%s)\nError: Running AWS SAM projects locally requires Docker. Have you got it installed and running?" % (h, rt)


def g_sam_invalid(R):
    rid = uuid(R)
    return "Invalid lambda response received: Invalid API Gateway Response Keys: {'errorMessage', 'errorType', 'requestId', 'stackTrace'} in {'errorMessage': \"'NoneType' object is not subscriptable\", 'errorType': 'TypeError', 'requestId': '%s', 'stackTrace': ['  File \"/var/task/app.py\", line 14, in lambda_handler\\n    order_id = event[\"pathParameters\"][\"id\"]\\n']}" % rid


def g_batch_all(R):
    n = R.randint(2, 10)
    return py(R, "ERROR", "BatchProcessingError: All records failed processing. %d individual errors logged separately below.\n\n" % n + tb([
        ("/var/task/aws_lambda_powertools/utilities/batch/base.py", 214, "_clean", "raise BatchProcessingError(")],
        "aws_lambda_powertools.utilities.batch.exceptions.BatchProcessingError: All records failed processing. %d individual errors logged separately below.\n\nTraceback (most recent call last):\n  File \"/var/task/consumers/shipments.py\", line 37, in record_handler\n    carrier = CARRIERS[body[\"carrier\"]]\nKeyError: 'dhl-express'" % n))


G7 = [("mangum-keyerror-create-order", g_mangum_app), ("mangum-lifespan-startup-failure", g_mangum_lifespan),
      ("chalice-get-invoice-libgobject", g_chalice), ("zappa-status-check-502", g_zappa),
      ("sls-create-failed-orders-table-exists", g_sls_table), ("sls-update-failed-unzipped-size", g_sls_size),
      ("sst-create-function-role-not-assumable", g_sst), ("middy-validator-unprocessable", g_middy_validator),
      ("middy-ssm-parameter-not-found", g_middy_ssm), ("sam-local-docker-required", g_sam_docker),
      ("sam-local-invalid-api-gateway-response", g_sam_invalid), ("powertools-batch-all-records-failed", g_batch_all)]

N7 = [
    lambda R: "START RequestId: %s Version: $LATEST" % uuid(R),
    lambda R: "END RequestId: %s" % uuid(R),
    lambda R: "REPORT RequestId: %s\tDuration: %d.%02d ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB" % (uuid(R), d := R.randint(3, 900), R.randint(0, 99), d + 1, R.randint(80, 300)),
    lambda R: py(R, "INFO", "Waiting for application startup."),
    lambda R: py(R, "INFO", "Application startup complete."),
    lambda R: py(R, "INFO", "POST /orders 201 in %d ms (validation errors: 0)" % R.randint(5, 900)),
    lambda R: py(R, "WARNING", "Retrying after error calling tax service (attempt %d/3): ReadTimeout" % R.randint(1, 2)),
    lambda R: py(R, "INFO", "Processed %d records; batchItemFailures=[]" % R.randint(1, 10)),
    lambda R: py(R, "WARNING", "%d of 10 records failed and were returned in batchItemFailures for retry: %s" % (k := R.randint(1, 3), json.dumps([{"itemIdentifier": uuid(R)} for _ in range(k)]))),
    lambda R: node(R, "INFO", "middy: request validated, 0 errors, order %d" % R.randint(10**5, 10**7)),
    lambda R: node(R, "WARN", "middy: ssm cache expired for /storefront/prod/tax-api-url, refreshing (fetch attempt %d)" % R.randint(1, 3)),
    lambda R: node(R, "INFO", "{ statusCode: 422, body: '{\"message\":\"Event object failed validation\"}' } returned for request %s" % uuid(R)),
    lambda R: "\u2714 Service deployed to stack %s (%ds)\n\nendpoint: ANY - https://%s.execute-api.eu-west-1.amazonaws.com\nfunctions:\n  api: %s (%d.%d MB)" % (
        pick(R, ["orders-api-prod", "orders-api-staging", "reports-prod"]), R.randint(30, 300), alnum(R, 10).lower(), pick(R, ["orders-api-prod-api", "reports-prod-export"]), R.randint(1, 40), R.randint(0, 9)),
    lambda R: "Warning: Invalid configuration encountered\n  at 'provider.runtime': must be equal to one of the allowed values [nodejs18.x, nodejs20.x, python3.12, ...]\n\nLearn more about configuration validation here: http://slss.io/configuration-validation (service reports-%d)" % R.randint(1, 99),
    lambda R: "\u2714  Complete\n   Web: https://%s.cloudfront.net\n   Api: https://%s.lambda-url.eu-west-1.on.aws/" % (alnum(R, 14).lower(), alnum(R, 32).lower()),
    lambda R: "Deployment complete!: https://%s.execute-api.eu-west-1.amazonaws.com/%s" % (alnum(R, 10).lower(), pick(R, ["production", "staging"])),
    lambda R: "Mounting %s at http://127.0.0.1:3000/%s [%s]" % (pick(R, ["OrdersFunction", "InvoicesFunction", "HealthFunction"]), pick(R, ["orders", "invoices/{id}", "health"]), pick(R, ["GET", "POST", "GET, POST"])),
    lambda R: "127.0.0.1 - - [%02d/Dec/2026 %s] \"%s /orders/%d HTTP/1.1\" %d -" % (R.randint(1, 4), hms(R), pick(R, ["GET", "POST"]), R.randint(1000, 99999), pick(R, [200, 201, 404, 502])),
    lambda R: "Invoking app.lambda_handler (python3.12)\nLocal image is up-to-date\nUsing local image: public.ecr.aws/lambda/python:3.12-rapid-x86_64.\n\nMounting /home/dev/orders/.aws-sam/build/OrdersFunction as /var/task:ro,delegated, inside runtime container (%d ms)" % R.randint(100, 900),
    lambda R: "No Content-Type given. Defaulting to 'application/json'. (%s)" % uuid(R)[:8],
    lambda R: py(R, "DEBUG", "chalice: route matched GET /invoices/{invoice_id} -> get_invoice (errors=0, invoice INV-%06d)" % R.randint(0, 999999)),
]


def fam7(R):
    return build(R, F7, G7, N7, 64)


# ---------------------------------------------------------------- slurm-batch-hpc
F8 = "slurm-batch-hpc"


def sts(R):
    return "[2026-12-%02dT%s.%03d]" % (R.randint(1, 4), hms(R), R.randint(0, 999))


def node_name(R, q=None):
    q = q or pick(R, ["queue1", "queue2", "gpu"])
    return "%s-dy-%s-%d" % (q, {"queue1": "c5n18xlarge", "queue2": "hpc7g16xlarge", "gpu": "p4d24xlarge"}[q], R.randint(1, 64))


def pcl(R, mod, lvl, msg):
    return "%s,%03d - [%s] - %s - %s" % (spc(R, 0), R.randint(0, 999), mod, lvl, msg)


def jobid(R):
    return R.randint(10000, 999999)


def g_not_responding(R):
    a = R.randint(1, 40)
    return "%s error: Nodes queue1-dy-c5n18xlarge-[%d-%d] not responding" % (sts(R), a, a + R.randint(1, 6))


def g_dbd(R):
    t = sts(R)
    return "%s error: _open_persist_conn: failed to open persistent connection to host:slurmdbd.cluster.internal:6819: Connection refused\n%s error: Sending PersistInit msg: Connection refused" % (t, t)


def g_timelimit(R):
    j = jobid(R)
    return "slurmstepd: error: *** JOB %d ON %s CANCELLED AT 2026-12-%02dT%s DUE TO TIME LIMIT ***" % (j, node_name(R), R.randint(1, 4), hms(R))


def g_oom(R):
    j = jobid(R)
    return "slurmstepd: error: Detected %d oom-kill event(s) in StepId=%d.%s. Some of the step tasks have been OOM Killed." % (R.randint(1, 4), j, pick(R, ["batch", "0", "1"]))


def g_srun_exit(R):
    n = node_name(R, "queue2")
    a = R.randint(0, 30)
    return "srun: error: %s: tasks %d-%d: Exited with exit code 1" % (n, a, a + R.randint(1, 35))


def g_pc_ice(R):
    nodes = ", ".join("'%s'" % node_name(R, "gpu") for _ in range(R.randint(1, 3)))
    return pcl(R, "slurm_plugin.instance_manager:_launch_instances", "ERROR",
               "Encountered exception when launching instances for nodes (x%d) [%s]: An error occurred (InsufficientInstanceCapacity) when calling the CreateFleet operation (reached max retries: 1): We currently do not have sufficient p4d.24xlarge capacity in the Availability Zone you requested (eu-west-1%s)." % (nodes.count("'") // 2, nodes, pick(R, "abc")))


def g_pc_vcpu(R):
    nodes = ", ".join("'%s'" % node_name(R, "queue1") for _ in range(R.randint(1, 3)))
    return pcl(R, "slurm_plugin.instance_manager:_launch_instances", "ERROR",
               "Encountered exception when launching instances for nodes (x%d) [%s]: An error occurred (VcpuLimitExceeded) when calling the CreateFleet operation: You have requested more vCPU capacity than your current vCPU limit of %d allows for the instance bucket that the specified instance type belongs to." % (nodes.count("'") // 2, nodes, pick(R, [1152, 2304])))


def g_mpi_abort(R):
    r = R.randint(0, 143)
    return "--------------------------------------------------------------------------\nMPI_ABORT was invoked on rank %d in communicator MPI_COMM_WORLD\nwith errorcode %d.\n\nNOTE: invoking MPI_ABORT causes Open MPI to kill all MPI processes.\nYou may or may not see output from other processes, depending on\nexactly when Open MPI kills them.\n--------------------------------------------------------------------------" % (r, pick(R, [1, 1, 2, 99]))


def g_mpirun_sig9(R):
    return "--------------------------------------------------------------------------\nmpirun noticed that process rank %d with PID %d on node %s exited on signal 9 (Killed).\n--------------------------------------------------------------------------" % (
        R.randint(0, 143), R.randint(1000, 90000), node_name(R))


def g_impi(R):
    r = R.randint(0, 95)
    return "Abort(%d) on node %d (rank %d in comm 0): Fatal error in PMPI_Recv: Other MPI error, error stack:\nPMPI_Recv(173).............: MPI_Recv(buf=0x%s, count=%d, MPI_DOUBLE, src=%d, tag=7, MPI_COMM_WORLD, status=0x7ffe%s) failed\nMPIDI_OFI_handle_cq_error(%d): OFI poll failed (ofi_events.c:%d:MPIDI_OFI_handle_cq_error:Input/output error)" % (
        R.randint(1, 9) * 100000 + 15, r, r, hexs(R, 12), R.randint(1000, 90000), R.randint(0, 95), hexs(R, 8), 1067, 1069)


def g_pbs_walltime(R):
    lim = pick(R, [3600, 7200, 14400, 43200])
    return "=>> PBS: job killed: walltime %d exceeded limit %d" % (lim + R.randint(1, 60), lim)


def g_low_mem(R):
    n = node_name(R, "queue2")
    t = sts(R)
    return "%s error: Node %s has low real_memory size (%d < 190000)\n%s error: _slurm_rpc_node_registration node=%s: Invalid argument" % (t, n, R.randint(180000, 189999), t, n)


G8 = [("slurmctld-nodes-not-responding", g_not_responding), ("slurmctld-slurmdbd-connection-refused", g_dbd),
      ("slurmstepd-cancelled-time-limit", g_timelimit), ("slurmstepd-oom-kill-event", g_oom),
      ("srun-tasks-exit-code-1", g_srun_exit), ("pcluster-launch-insufficient-capacity", g_pc_ice),
      ("pcluster-launch-vcpu-limit", g_pc_vcpu), ("openmpi-mpi-abort", g_mpi_abort),
      ("mpirun-rank-killed-signal-9", g_mpirun_sig9), ("intel-mpi-pmpi-recv-ofi-error", g_impi),
      ("pbs-walltime-exceeded", g_pbs_walltime), ("slurmctld-node-low-real-memory", g_low_mem)]

N8 = [
    lambda R: "%s sched: Allocate JobId=%d NodeList=%s #CPUs=%d Partition=%s" % (sts(R), jobid(R), node_name(R), R.choice([36, 72, 144]), pick(R, ["queue1", "queue2", "gpu"])),
    lambda R: "%s _job_complete: JobId=%d WEXITSTATUS 0" % (sts(R), jobid(R)),
    lambda R: "%s _job_complete: JobId=%d done" % (sts(R), jobid(R)),
    lambda R: "%s Time limit exhausted for JobId=%d" % (sts(R), jobid(R)),
    lambda R: "%s _slurm_rpc_submit_batch_job: JobId=%d InitPrio=%d usec=%d" % (sts(R), jobid(R), R.randint(1000, 90000), R.randint(100, 9000)),
    lambda R: "%s Node %s now responding" % (sts(R), node_name(R)),
    lambda R: "%s power_save: pid %d waking nodes %s" % (sts(R), R.randint(1000, 90000), node_name(R)),
    lambda R: "%s debug:  backfill: beginning; %d jobs pending, 0 errors" % (sts(R), R.randint(0, 400)),
    lambda R: "%s [job %d] attempting to run prolog [/opt/slurm/etc/prolog.sh]" % (sts(R), jobid(R)),
    lambda R: "%s launch task StepId=%d.%d request from UID:%d GID:%d HOST:%s PORT:%d" % (sts(R), jobid(R), R.randint(0, 3), R.randint(1000, 2000), R.randint(1000, 2000), ip10(R), R.randint(30000, 60000)),
    lambda R: "%s warning: Note very large processing time from _slurm_rpc_dump_jobs: usec=%d began=%s" % (sts(R), R.randint(3000000, 9000000), hms(R)),
    lambda R: pcl(R, "slurm_plugin.clustermgtd:_handle_unhealthy_dynamic_nodes", "INFO", "Found the following unhealthy dynamic nodes: (x%d) ['%s']" % (1, node_name(R))),
    lambda R: pcl(R, "slurm_plugin.instance_manager:_launch_instances", "INFO", "Launching instances for nodes (x%d) ['%s']" % (1, node_name(R))),
    lambda R: pcl(R, "slurm_plugin.resume:_resume", "INFO", "Successfully launched nodes (x%d) ['%s']" % (1, node_name(R))),
    lambda R: pcl(R, "slurm_plugin.instance_manager:_launch_instances", "WARNING", "Retrying after error (InsufficientInstanceCapacity) with fallback instance type c6i.32xlarge for nodes (x1) ['%s']; failover completed" % node_name(R)),
    lambda R: pcl(R, "slurm_plugin.clustermgtd:manage_cluster", "INFO", "Following nodes are currently in replacement: (x0) []; errors=0 (iteration %d)" % R.randint(1, 99999)),
    lambda R: "[%s:%05d] %d more processes have sent help message help-mpi-btl-openib.txt / no device params found" % (node_name(R), R.randint(1000, 90000), R.randint(1, 140)),
    lambda R: "[%s:%05d] Set MCA parameter \"orte_base_help_aggregate\" to 0 to see all help / error messages" % (node_name(R), R.randint(1000, 90000)),
    lambda R: "step %d/%d residual=%.3e errors=0 elapsed=%d.%02ds" % (s := R.randint(1, 5000), 5000, R.uniform(1e-9, 1e-3), R.randint(1, 999), R.randint(0, 99)),
    lambda R: "%02d/%02d/2026 %s;0010;Server@pbs-head;Job;%d.pbs-head;Job Queued at request of %s@login-1.cluster.internal, owner = %s@login-1.cluster.internal, job name = %s, queue = workq" % (
        12, R.randint(1, 4), hms(R), jobid(R), u := pick(R, ["alee", "bnguyen", "cdiaz", "dokafor"]), u, pick(R, ["cfd_run", "md_sim", "wrf_d02"])),
    lambda R: "%02d/%02d/2026 %s;0010;Server@pbs-head;Job;%d.pbs-head;Exit_status=0 resources_used.cpupercent=%d resources_used.walltime=%02d:%02d:%02d" % (12, R.randint(1, 4), hms(R), jobid(R), R.randint(100, 9600), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
    lambda R: "%d.batch batch %s COMPLETED 0:0 MaxRSS=%dK Elapsed=%02d:%02d:%02d" % (jobid(R), pick(R, ["ops", "cfd", "genomics"]), R.randint(10**5, 10**8), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
]


def fam8(R):
    return build(R, F8, G8, N8, 64)


FAMILIES = {F7: fam7, F8: fam8}
