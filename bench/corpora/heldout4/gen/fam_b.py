"""node-frameworks and ml-training."""
from common import *


# ---------------------------------------------------------------- node-frameworks
def nest(level, ctx, msg, pid=None):
    d = dt()
    h = d.hour % 12 or 12
    stamp = "%02d/%02d/%d, %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second, "AM" if d.hour < 12 else "PM")
    return "[Nest] %d  - %s %7s [%s] %s" % (pid or ri(1, 60), stamp, level, ctx, msg)


def pino(level, msg, **kw):
    o = {"level": level, "time": epoch_ms(), "pid": ri(1, 60), "hostname": host()}
    if "reqId" in kw or level >= 50:
        o["reqId"] = kw.pop("reqId", "req-" + lo(2))
    o.update(kw)
    o["msg"] = msg
    return js(o)


def node_errors():
    def nest_undef(svc, file, base, fn):
        def f():
            return nest("ERROR", "ExceptionsHandler", "Cannot read properties of undefined (reading 'id')\nTypeError: Cannot read properties of undefined (reading 'id')\n    at %s.%s (/app/dist/%s:%d:%d)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async /app/node_modules/@nestjs/core/router/router-execution-context.js:46:28\n    at async /app/node_modules/@nestjs/core/router/router-proxy.js:9:17" % (svc, fn, file, ln(base), ri(10, 40)))
        return f

    def typeorm():
        return nest("ERROR", "TypeOrmModule", "Unable to connect to the database. Retrying (%d)...\nError: connect ECONNREFUSED %s:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)" % (ri(1, 9), ip10()))

    def di():
        return nest("ERROR", "ExceptionHandler", "Nest can't resolve dependencies of the PaymentsService (?, ConfigService). Please make sure that the argument StripeClient at index [0] is available in the PaymentsModule context.\n\nPotential solutions:\n- Is PaymentsModule a valid NestJS module?\n- If StripeClient is a provider, is it part of the current PaymentsModule?\n- If StripeClient is exported from a separate @Module, is that module imported within PaymentsModule?\n")

    def fastify_timeout():
        ip = ip10()
        return pino(50, "connect ETIMEDOUT %s:443" % ip, req={"method": "GET", "url": "/quotes/%s" % lo(10), "hostname": "api.example.com", "remoteAddress": ip10()},
                    res={"statusCode": 500}, err={"type": "Error", "message": "connect ETIMEDOUT %s:443" % ip, "stack": "Error: connect ETIMEDOUT %s:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)" % ip, "code": "ETIMEDOUT", "errno": -110, "syscall": "connect"})

    def avvio():
        return pino(60, "Plugin did not start in time: '@fastify/postgres'. You may have forgotten to call 'done' function or to resolve a Promise", reqId=None,
                    err={"type": "AvvioError", "message": "Plugin did not start in time: '@fastify/postgres'. You may have forgotten to call 'done' function or to resolve a Promise", "stack": "AvvioError: Plugin did not start in time\n    at Timeout._onTimeout (/srv/node_modules/avvio/plugin.js:%d:14)" % ln(126), "code": "AVV_ERR_PLUGIN_EXEC_TIMEOUT"})

    def mongo_dup():
        u = "u-" + lo(6)
        m = "E11000 duplicate key error collection: shop.carts index: userId_1 dup key: { userId: \"%s\" }" % u
        return pino(50, m, res={"statusCode": 500}, err={"type": "MongoServerError", "message": m, "stack": "MongoServerError: " + m + "\n    at CartRepository.create (/srv/dist/carts/repository.js:%d:19)" % ln(38), "code": 11000})

    def next_fetch():
        return " \u2a2f TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13\n    at async getProducts (/app/.next/server/app/products/page.js:1:%d) {\n  digest: '%d',\n  [cause]: Error: getaddrinfo ENOTFOUND catalog-api.internal\n      at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {\n    errno: -3008,\n    code: 'ENOTFOUND',\n    syscall: 'getaddrinfo',\n    hostname: 'catalog-api.internal'\n  }\n}" % (ri(3000, 6000), ri(10 ** 8, 4 * 10 ** 9))

    def next_null():
        return " \u2a2f TypeError: Cannot read properties of null (reading 'map')\n    at ProductGrid (/app/.next/server/chunks/ssr/%d.js:1:%d)\n    at renderWithHooks (/app/node_modules/next/dist/compiled/next-server/app-page.runtime.prod.js:12:%d) {\n  digest: '%d'\n}" % (ri(100, 999), ri(1000, 9999), ri(10000, 99999), ri(10 ** 8, 4 * 10 ** 9))

    def next_unhandled():
        ip = ip10()
        return " \u2a2f unhandledRejection: Error: Redis connection to sessions-cache.internal:6379 failed - connect ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '%s',\n  port: 6379\n}" % (ip, ip)

    def bun():
        l = ln(13)
        return "%d |   const rows = await sql`select total from invoices where id = ${id}`;\n%d |   const row = rows[0];\n%d |   return row.total;\n                 ^\nTypeError: undefined is not an object (evaluating 'row.total')\n      at getInvoiceTotal (/app/src/invoices.ts:%d:14)\n      at async handler (/app/src/server.ts:%d:22)\n\nBun v1.1.%d (Linux x64)" % (l - 2, l - 1, l, l, ln(41), ri(20, 38))

    def deno_perm():
        return "error: Uncaught (in promise) PermissionDenied: Requires net access to \"%s:5432\", run again with the --allow-net flag\n    at Object.connect (ext:deno_net/01_net.js:%d:9)\n    at async PostgresConnection.connect (https://deno.land/x/postgres@v0.19.3/connection/connection.ts:%d:20)" % (pick(["db", "db-replica", "pg"]) + ".internal", ln(504), ln(221))

    def deno_req():
        return "error: Uncaught (in promise) TypeError: error sending request for url (https://api.partner.example.com/v2/rates?currency=%s): client error (Connect): dns error: failed to lookup address information: Name or service not known\n    at async mainFetch (ext:deno_fetch/26_fetch.js:%d:12)\n    at async fetch (ext:deno_fetch/26_fetch.js:%d:7)\n    at async refreshRates (file:///app/rates.ts:%d:15)" % (pick(["EUR", "GBP", "JPY", "CHF"]), ln(170), ln(391), ln(27))

    return [
        ("nest-orders-findone-undefined-id", ri(4, 6), nest_undef("OrdersService", "orders/orders.service.js", 42, "findOne")),
        ("nest-invoices-render-undefined-id", ri(4, 6), nest_undef("InvoicesService", "invoices/invoices.service.js", 117, "render")),
        ("nest-typeorm-unable-to-connect", ri(4, 7), typeorm),
        ("nest-cannot-resolve-payments-dependency", ri(4, 5), di),
        ("fastify-connect-etimedout", ri(4, 6), fastify_timeout),
        ("fastify-avvio-plugin-timeout", ri(4, 5), avvio),
        ("fastify-mongo-duplicate-cart", ri(4, 6), mongo_dup),
        ("next-fetch-failed-enotfound", ri(4, 6), next_fetch),
        ("next-productgrid-null-map", ri(4, 6), next_null),
        ("next-unhandled-rejection-redis-refused", ri(4, 5), next_unhandled),
        ("bun-invoice-total-undefined", ri(4, 5), bun),
        ("deno-permission-denied-net", ri(4, 5), deno_perm),
        ("deno-fetch-dns-error", ri(4, 6), deno_req),
    ]


def node_ok():
    return [
        lambda: nest("LOG", "RoutesResolver", "OrdersController {/orders}: +%dms" % ri(0, 9)),
        lambda: nest("LOG", "RouterExplorer", "Mapped {/orders/:id, %s} route +%dms" % (pick(["GET", "PATCH", "DELETE"]), ri(0, 5))),
        lambda: nest("LOG", "NestApplication", "Nest application successfully started +%dms" % ri(1, 90)),
        lambda: nest("WARN", "PaymentsService", "Stripe webhook signature check failed for event evt_%s, ignoring" % an(14)),
        lambda: nest("DEBUG", "OrdersService", "cache miss for order %d (error=null)" % ri(1000, 99999)),
        lambda: pino(30, "request completed", reqId="req-" + lo(2), res={"statusCode": pick([200, 500, 502, 404])}, responseTime=ri(1, 3000) / 7),
        lambda: pino(30, "incoming request", reqId="req-" + lo(2), req={"method": "GET", "url": "/quotes/%s" % lo(10), "hostname": "api.example.com", "remoteAddress": ip10()}),
        lambda: pino(40, "Reply was already sent, did you forget to \"return reply\" in \"/orders/:id\" (GET)?", reqId="req-" + lo(2), err={"type": "FastifyError", "code": "FST_ERR_REP_ALREADY_SENT"}),
        lambda: pino(30, "Server listening at http://%s:3000" % ip10()),
        lambda: pino(30, "cache warmup done", keys=ri(100, 9000), errors=0),
        lambda: "   \u25b2 Next.js 14.2.%d\n   - Local:        http://localhost:3000\n   - Network:      http://%s:3000\n\n \u2713 Starting...\n \u2713 Ready in %dms" % (ri(3, 20), ip10(), ri(90, 900)),
        lambda: " \u26a0 metadataBase property in metadata export is not set for resolving social open graph or twitter images, using \"http://localhost:%d\"" % ri(3000, 3999),
        lambda: " GET /api/orders/%d 500 in %dms" % (ri(1000, 99999), ri(3, 900)),
        lambda: "Started server http://0.0.0.0:%d (bun v1.1.%d)" % (pick([3000, 8080]), ri(20, 38)),
        lambda: "Listening on http://0.0.0.0:%d/ (deno %s)" % (ri(8000, 8999), pick(["1.46.3", "2.0.6", "2.1.2"])),
        lambda: "Warning: \"--unstable\" flag is deprecated and will be removed in Deno 2.0. Use granular \"--unstable-*\" flags instead (pid %d)" % ri(1, 60),
    ]


# ---------------------------------------------------------------- ml-training
def tk(level, msg):
    return "%s sagemaker-training-toolkit %-8s %s" % (comma(), level, msg)


def tb(frames, last):
    out = ["Traceback (most recent call last):"]
    for f, l, fn, code in frames:
        out.append('  File "%s", line %d, in %s\n    %s' % (f, l, fn, code))
    return "\n".join(out) + "\n" + last


def ml_errors():
    def oom(file, fn, base, code):
        def f():
            gib = ri(2, 16) / 2
            return tb([("/opt/ml/code/train.py", ln(212), "<module>", "main()"), ("/opt/ml/code/train.py", ln(188), "main", "run_epoch(model, loader, epoch)"),
                       ("/opt/ml/code/%s" % file, ln(base), fn, code)],
                      "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %.2f GiB. GPU %d has a total capacity of 22.06 GiB of which %.2f GiB is free. Process %d has 20.84 GiB memory in use. Of the allocated memory %.2f GiB is allocated by PyTorch, and %d.%02d MiB is reserved by PyTorch but unallocated." % (gib, ri(0, 3), ri(10, 190) / 100, ri(100, 900), ri(1700, 2000) / 100, ri(100, 900), ri(0, 99)))
        return f

    def childfailed():
        rank = ri(0, 7)
        return ("torch.distributed.elastic.multiprocessing.errors.ChildFailedError: \n============================================================\ntrain.py FAILED\n------------------------------------------------------------\nFailures:\n  <NO_OTHER_FAILURES>\n------------------------------------------------------------\nRoot Cause (first observed failure):\n[0]:\n  time      : %s\n  host      : algo-%d\n  rank      : %d (local_rank: %d)\n  exitcode  : -9 (pid: %d)\n  error_file: <N/A>\n  traceback : Signal 9 (SIGKILL) received by PID %d\n============================================================" % (dt().strftime("%Y-%m-%d_%H:%M:%S"), ri(1, 4), rank, rank, ri(100, 999), ri(100, 999)))

    def nccl():
        r = ri(0, 7)
        d = dt()
        t = ri(600001, 600090)
        return "[rank%d]:[E%s %s.%06d %d ProcessGroupNCCL.cpp:%d] [Rank %d] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=%d, OpType=ALLREDUCE, NumelIn=%d, NumelOut=%d, Timeout(ms)=600000) ran for %d milliseconds before timing out." % (r, d.strftime("%m%d"), d.strftime("%H:%M:%S"), d.microsecond, ri(100, 900), ln(616, 0) + pick([0, 16]), r, ri(100, 99999), ri(10 ** 5, 10 ** 8), ri(10 ** 5, 10 ** 8), t)

    def exec_user():
        return "ExecuteUserScriptError:\nExitCode 1\nErrorMessage \"torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %.2f GiB\"\nCommand \"/opt/conda/bin/python3.%d train.py --epochs %d --lr %s --batch-size %d\", exit code: 1" % (ri(2, 16) / 2, pick([10, 11]), ri(3, 30), pick(["0.001", "0.0003", "3e-05"]), pick([16, 32, 64]))

    def reporting():
        return tk("ERROR", "Reporting training FAILURE")

    def dask_compute():
        part = ri(0, 400)
        return "%s - distributed.worker - ERROR - Compute Failed\nKey:       ('read-parquet-%s', %d)\nState:     executing\nTask:  <Task ('read-parquet-%s', %d) read_parquet(...)>\nException: \"FileNotFoundError('%s/part.%d.parquet')\"\nTraceback: '  File \"/opt/conda/lib/python3.11/site-packages/dask/dataframe/io/parquet/core.py\", line %d, in __call__\\n'" % (comma(), hx(32), part, hx(32), part, pick(["s3://ml-features-prod/clicks/dt=2026-12-0%d" % ri(1, 5), "s3://ml-features-prod/orders/dt=2026-12-0%d" % ri(1, 5)]), part, ln(97))

    def killed():
        return tb([("/opt/ml/processing/code/featurize.py", ln(141), "<module>", "out = ddf.map_partitions(score_batch).compute()"),
                   ("/opt/conda/lib/python3.11/site-packages/distributed/client.py", ln(2242), "_gather", "raise exception.with_traceback(traceback)")],
                  "distributed.scheduler.KilledWorker: Attempted to run task ('score_batch-%s', %d) on 4 different workers, but all those workers died while running it. The last worker that attempt to run the task was tcp://%s:%d. Inspecting worker logs is often a good next step to diagnose what went wrong. For more information see https://distributed.dask.org/en/stable/killed.html." % (hx(32), ri(0, 300), ip10(), port()))

    def gather():
        return "%s - distributed.scheduler - ERROR - Couldn't gather keys: {'score_batch-%s': 'memory'} workers: ['tcp://%s:%d']" % (comma(), hx(32), ip10(), port())

    def beat():
        return "[%s: ERROR/MainProcess] Message Error: Couldn't apply scheduled task %s: [Errno 111] Connection refused" % (comma(), pick(["nightly-retrain", "hourly-feature-refresh", "drift-report"]))

    def drift():
        return "%s ml.pipeline.validate ERROR Feature drift check failed for feature '%s': PSI %.2f > threshold 0.20" % (comma(), pick(["basket_value", "session_len", "days_since_last_order", "device_type"]), ri(21, 90) / 100)

    def no_parquet():
        ch = pick(["train", "validation", "test"])
        return tb([("/opt/ml/code/train.py", ln(212), "<module>", "main()"), ("/opt/ml/code/train.py", ln(176), "main", "ds = load_dataset(args.%s)" % ch),
                   ("/opt/ml/code/data.py", ln(44), "load_dataset", 'raise ValueError(f"no parquet files under {path}")')],
                  "ValueError: no parquet files under /opt/ml/input/data/%s" % ch)

    return [
        ("torch-cuda-oom-train-step", ri(4, 6), oom("loop.py", "train_step", 63, "loss.backward()")),
        ("torch-cuda-oom-evaluate", ri(4, 6), oom("evaluate.py", "evaluate", 29, "logits = model(**batch).logits")),
        ("torchrun-child-failed-sigkill", ri(4, 5), childfailed),
        ("nccl-watchdog-allreduce-timeout", ri(4, 6), nccl),
        ("sagemaker-execute-user-script-error", ri(4, 6), exec_user),
        ("sagemaker-reporting-training-failure", ri(4, 5), reporting),
        ("dask-worker-compute-failed-missing-parquet", ri(4, 6), dask_compute),
        ("dask-killed-worker-score-batch", ri(4, 5), killed),
        ("dask-scheduler-couldnt-gather", ri(4, 6), gather),
        ("celery-beat-couldnt-apply-scheduled-task", ri(4, 6), beat),
        ("pipeline-feature-drift-check-failed", ri(4, 6), drift),
        ("train-no-parquet-files", ri(4, 6), no_parquet),
    ]


def ml_ok():
    def bar():
        n = ri(1, 999)
        pct = n * 100 // 1000
        return "Epoch %d/10: %3d%%|%s%s| %d/1000 [%02d:%02d<%02d:%02d, %.2fit/s, loss=%.3f]" % (ri(1, 10), pct, "\u2588" * (pct // 10), " " * (10 - pct // 10), n, ri(0, 9), ri(0, 59), ri(0, 9), ri(0, 59), ri(100, 900) / 100, ri(100, 900) / 1000)

    return [
        lambda: tk("INFO", "Invoking user script"),
        lambda: tk("INFO", "Waiting for the process to finish and give a return code."),
        lambda: tk("INFO", "Reporting training SUCCESS"),
        bar,
        lambda: "/opt/ml/code/features.py:%d: SettingWithCopyWarning: \nA value is trying to be set on a copy of a slice from a DataFrame.\nTry using .loc[row_indexer,col_indexer] = value instead\n\nSee the caveats in the documentation: https://pandas.pydata.org/pandas-docs/stable/user_guide/indexing.html#returning-a-view-versus-a-copy\n  df[\"%s\"] = df[\"%s\"].fillna(0)" % (ln(88), pick(["basket_value", "session_len"]), pick(["basket_value", "session_len"])),
        lambda: "/opt/ml/code/features.py:%d: FutureWarning: The default of observed=False is deprecated and will be changed to True in a future version of pandas. Pass observed=False to retain current behavior or observed=True to adopt the future default and silence this warning.\n  grouped = df.groupby(\"%s\")" % (ln(120), pick(["device_type", "country"])),
        lambda: "Some weights of BertForSequenceClassification were not initialized from the model checkpoint at %s and are newly initialized: ['classifier.bias', 'classifier.weight']\nYou should probably TRAIN this model on a down-stream task to be able to use it for predictions and inference." % pick(["bert-base-uncased", "/opt/ml/input/data/model/checkpoint-%d" % (500 * ri(1, 60))]),
        lambda: "[%s] epoch=%d train_loss=%.4f validation:error=%.4f validation:auc=%.4f" % (iso(), ri(1, 10), ri(100, 900) / 1000, ri(10, 300) / 1000, ri(700, 990) / 1000),
        lambda: "%s - distributed.nanny.memory - WARNING - Worker tcp://%s:%d (pid=%d) exceeded 95%% memory budget. Restarting..." % (comma(), ip10(), port(), ri(100, 9999)),
        lambda: "%s - distributed.scheduler - INFO - Receive client connection: Client-%s" % (comma(), uuid()),
        lambda: "[%s: INFO/MainProcess] Scheduler: Sending due task %s (ml.tasks.%s)" % (comma(), pick(["nightly-retrain", "drift-report"]), pick(["retrain", "report"])),
        lambda: "algo-%d:%d:%d [%d] NCCL INFO Bootstrap : Using eth0:%s<0>" % (ri(1, 4), ri(100, 900), ri(100, 900), ri(0, 7), ip10()),
        lambda: "[W%s ProcessGroupNCCL.cpp:%d] Warning: TORCH_NCCL_AVOID_RECORD_STREAMS=1 has no effect for point-to-point collectives. (function operator())" % (dt().strftime("%m%d %H:%M:%S.%f"), ln(1900)),
        lambda: "[rank%d]: epoch %d finished: train_loss=%.3f val_loss=%.3f nan_batches=0 errors=0" % (ri(0, 7), ri(1, 10), ri(100, 900) / 1000, ri(100, 900) / 1000),
        lambda: "%s ml.pipeline.validate WARNING Feature drift check failed for feature '%s' in shadow mode: PSI %.2f (not enforced)" % (comma(), pick(["basket_value", "device_type"]), ri(21, 90) / 100),
    ]


def families():
    return [("node-frameworks", node_errors(), node_ok()), ("ml-training", ml_errors(), ml_ok())]
