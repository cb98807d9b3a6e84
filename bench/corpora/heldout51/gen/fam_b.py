"""Families: timeclock-laravel11-monolog-fpm-ecs, payslip-pdf-puppeteer22-pino-chromium-ecs.

"timeclock" is the timesheet and attendance API (PHP 8.3, Laravel 11 on php-fpm behind nginx in ECS Fargate, Aurora
MySQL 3, ElastiCache Redis for the punch queue, SQS for approved timesheets). Laravel's single/stderr channel writes
monolog's line format (`[2031-01-14 09:12:33] production.ERROR: message {context}`) with the exception's `[stacktrace]`
kept in the record; php-fpm's master writes its own `[14-Jan-2031 09:12:33] WARNING: [pool www] …` lines to the same
stream.

"payslip-renderer" is a Node.js 20 service (Puppeteer 22 driving headless Chrome) that renders payslip HTML into PDF,
stores it in S3 and merges bulk print packs. It logs pino JSON (`level` 30/40/50/60, `time` epoch ms, `msg` last,
errors under `err` with the stack as a JSON string); Chrome's stderr (dumpio) arrives as `[pid:tid:MMDD/HHMMSS.uuuuuu:
LEVEL:file.cc(line)] msg` lines, and V8's fatal heap text is printed as one block."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    laravel_ts, fpm_ts, epoch_ms, chromium_ts)

# ---------------------------------------------------------------- timeclock-laravel11-monolog-fpm-ecs
F1 = "timeclock-laravel11-monolog-fpm-ecs"
V = "/var/www/html"


def lv(R, lvl, msg, ctx=None):
    line = "[%s] production.%s: %s" % (laravel_ts(R), lvl, msg)
    return line if ctx is None else line + " " + ctx


def exc_ctx(R, cls, code, msg, at, frames, extra=""):
    body = "[object] (%s(code: %s): %s at %s)\n[stacktrace]\n" % (cls, code, msg, at)
    body += "".join("#%d %s\n" % (i, f) for i, f in enumerate(frames + ["{main}"]))
    return '{%s"exception":"%s"} ' % (extra, body.replace('"', '\\"'))


def fpm(R, lvl, msg):
    return "[%s] %s: %s" % (fpm_ts(R), lvl, msg)


def emp(R):
    return "E-%06d" % R.randint(10000, 999999)


def ts_id(R):
    return "TS-%s" % upper(R, 10)


def tc_fpm(R):
    # pm.max_children is still 20 from the pilot; at shift change every worker is busy, nginx answers 502/504 to
    # clock-in requests from kiosks and the mobile app
    if R.random() < 0.6:
        return fpm(R, "WARNING", "[pool www] server reached pm.max_children setting (20), consider raising it")
    return fpm(R, "WARNING", "[pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning %d children, there are 0 idle, and %d total children" % (pick(R, [8, 16, 32]), R.randint(17, 20)))


def tc_redis(R):
    # after the ElastiCache failover the app still points at the old primary's node endpoint (now a replica); every
    # punch enqueue fails with READONLY and the clock punches are lost
    e = emp(R)
    if R.random() < 0.55:
        return lv(R, "ERROR", "READONLY You can't write against a read only replica.", exc_ctx(
            R, "Predis\\\\Response\\\\ServerException", 0, "READONLY You can't write against a read only replica.", "%s/vendor/predis/predis/src/Client.php:370" % V,
            ["%s/vendor/predis/predis/src/Client.php(335): Predis\\\\Client->onErrorResponse(Object(Predis\\\\Command\\\\Redis\\\\RPUSH), Object(Predis\\\\Response\\\\Error))" % V,
             "%s/vendor/laravel/framework/src/Illuminate/Redis/Connections/Connection.php(116): Predis\\\\Client->__call('rpush', Array)" % V,
             "%s/vendor/laravel/framework/src/Illuminate/Queue/RedisQueue.php(178): Illuminate\\\\Redis\\\\Connections\\\\Connection->command('eval', Array)" % V,
             "%s/app/Http/Controllers/Api/PunchController.php(%d): Illuminate\\\\Queue\\\\RedisQueue->push(Object(App\\\\Jobs\\\\RecordPunch))" % (V, R.randint(50, 60))],
            extra='"employee":"%s","punch_id":"%s",' % (e, uuid(R))))
    return lv(R, "CRITICAL", "Clock punch %s for employee %s (%s at %s) could not be queued; punch dropped" % (uuid(R), e, pick(R, ["IN", "OUT", "BREAK_START", "BREAK_END"]), "2031-01-%02dT%02d:%02d:00Z" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59))))


def tc_divzero(R):
    # release 3.14's weekly overtime calculator divides by scheduled hours, which are 0 for per-diem staff; their
    # timesheet submissions fail with 500
    t = ts_id(R)
    return lv(R, "ERROR", "Division by zero", exc_ctx(
        R, "DivisionByZeroError", 0, "Division by zero", "%s/app/Services/Overtime/WeeklyOvertimeCalculator.php:88" % V,
        ["%s/app/Services/Overtime/WeeklyOvertimeCalculator.php(41): App\\\\Services\\\\Overtime\\\\WeeklyOvertimeCalculator->blendedRate(Object(App\\\\Models\\\\Timesheet))" % V,
         "%s/app/Actions/SubmitTimesheet.php(%d): App\\\\Services\\\\Overtime\\\\WeeklyOvertimeCalculator->calculate(Object(App\\\\Models\\\\Timesheet))" % (V, R.randint(60, 70)),
         "%s/app/Http/Controllers/Api/TimesheetController.php(77): App\\\\Actions\\\\SubmitTimesheet->handle(Object(App\\\\Models\\\\Timesheet))" % V],
        extra='"userId":%d,"timesheet":"%s",' % (R.randint(1000, 90000), t)))


def tc_sqs(R):
    # IaC renamed the approvals queue to timesheet-approved-prod.fifo; the old URL no longer exists and approved
    # timesheets never reach payroll
    t = ts_id(R)
    if R.random() < 0.6:
        return lv(R, "ERROR", "Error executing \"SendMessage\" on \"https://sqs.%s.amazonaws.com/%s/timesheet-approved-prod\"; AWS HTTP error: Client error: `POST https://sqs.%s.amazonaws.com/%s/timesheet-approved-prod` resulted in a `400 Bad Request` response: AWS.SimpleQueueService.NonExistentQueue (client): The specified queue does not exist." % (REGION, ACCT, REGION, ACCT),
                  '{"timesheet":"%s","approved_by":"%s"}' % (t, emp(R)))
    return lv(R, "ERROR", "Approved timesheet %s (week 2031-W%02d, %.2f h) not forwarded to payroll: approvals queue unavailable" % (t, R.randint(1, 5), R.uniform(8, 60)))


def tc_lockwait(R):
    # the nightly badge-reader import was moved to 06:00 and holds row locks on time_punches for minutes;
    # interactive punches and edits time out and are lost
    return lv(R, "ERROR", "SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction (Connection: mysql, SQL: insert into `time_punches` (`employee_id`, `kind`, `occurred_at`, `source`) values (%d, %s, 2031-01-%02d %02d:%02d:00, %s))" % (
        R.randint(1000, 90000), pick(R, ["in", "out"]), R.randint(2, 28), R.randint(5, 7), R.randint(0, 59), pick(R, ["kiosk", "mobile", "web"])),
        exc_ctx(R, "Illuminate\\\\Database\\\\QueryException", "HY000", "SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction", "%s/vendor/laravel/framework/src/Illuminate/Database/Connection.php:825" % V,
                ["%s/vendor/laravel/framework/src/Illuminate/Database/Connection.php(779): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `ti...', Array, Object(Closure))" % V,
                 "%s/vendor/laravel/framework/src/Illuminate/Database/Query/Builder.php(3613): Illuminate\\\\Database\\\\Connection->insert('insert into `ti...', Array)" % V,
                 "%s/app/Jobs/RecordPunch.php(%d): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()" % (V, R.randint(30, 40))]))


def tc_negs():
    def n_fpm_start(R):
        return fpm(R, "NOTICE", pick(R, ["fpm is running, pid 1", "ready to handle connections", "Terminating ...", "exiting, bye-bye!"]))

    def n_fpm_child(R):
        c = R.randint(20, 9000)
        return fpm(R, "NOTICE", pick(R, ["[pool www] child %d exited with code 0 after %.6f seconds from start" % (c, R.uniform(200, 4000)), "[pool www] child %d started" % c]))

    def n_submit(R):
        return lv(R, "INFO", "Timesheet %s submitted by %s for week 2031-W%02d (%.2f h, overtime %.2f h)" % (ts_id(R), emp(R), R.randint(1, 5), R.uniform(16, 50), R.uniform(0, 8)))

    def n_overlap(R):
        return lv(R, "INFO", "Timesheet %s rejected: shifts overlap (%s 2031-01-%02d %02d:00-%02d:30 and %02d:00-%02d:00)" % (
            ts_id(R), emp(R), R.randint(2, 28), (lambda a: (a, a + 4, a + 3, a + 8))(R.randint(5, 12))[0], R.randint(13, 16), R.randint(14, 15), R.randint(17, 20)),
            '{"rule":"no_overlapping_shifts","errors":0}' if R.random() < 0.3 else None)

    def n_geofence(R):
        return lv(R, "WARNING", "Clock-in by %s at %.4f,%.4f is %d m outside site geofence %s; punch accepted and flagged for manager review" % (
            emp(R), R.uniform(39.9, 41.5), R.uniform(-83.1, -81.4), R.randint(120, 3000), pick(R, ["CLE-DC2", "COL-HQ", "AKR-STORE-14", "DAY-CLINIC"])))

    def n_valid(R):
        return lv(R, "INFO", "Validation failed for POST /api/v2/punches", '{"status":422,"errors":{"occurred_at":["The occurred at field must be a date before or equal to now."]},"employee":"%s"}' % emp(R))

    def n_idem(R):
        return lv(R, "INFO", "Idempotent replay of punch %s (Idempotency-Key %s); stored 201 response returned" % (uuid(R), uuid(R)))

    def n_pin(R):
        return lv(R, "NOTICE", "Kiosk PIN locked for %s at kiosk %s after 5 failed attempts; unlock by supervisor required" % (emp(R), "K-%04d" % R.randint(1, 900)))

    def n_reminder(R):
        return lv(R, "INFO", "Approval reminders for pay period ending 2031-01-%02d: %d sent, 0 failed" % (R.randint(2, 28), R.randint(10, 900)))

    def n_redis_retry(R):
        return lv(R, "WARNING", "Redis connection reset while pushing punch %s; reconnected, retry 1 succeeded" % uuid(R))

    def n_approved(R):
        return lv(R, "INFO", "Timesheet %s approved by %s; forwarded to payroll (SQS message id %s)" % (ts_id(R), emp(R), uuid(R)))

    def n_import(R):
        return lv(R, "INFO", "Badge import %s finished: %d punches imported, %d duplicates skipped, failed=0 (%.1f s)" % (
            pick(R, ["CLE-DC2", "COL-HQ", "AKR-STORE-14", "DAY-CLINIC"]), R.randint(100, 9000), R.randint(0, 40), R.uniform(2, 60)))

    def n_debug(R):
        return lv(R, "DEBUG", "Overtime rule set %s resolved for %s" % (pick(R, ["FLSA_WEEKLY_40", "CA_DAILY_8", "UNION_LOCAL_881"]), emp(R)), '{"state":"%s","error":null}' % pick(R, ["OH", "PA", "KY", "MI"]))

    def n_locked_period(R):
        return lv(R, "INFO", "Edit to timesheet %s refused: pay period 2031-01-%02d is locked for payroll processing (HTTP 409)" % (ts_id(R), R.randint(2, 28)))

    return [n_fpm_start, n_fpm_child, n_fpm_child, n_submit, n_submit, n_overlap, n_geofence, n_valid, n_idem, n_pin,
            n_reminder, n_redis_retry, n_approved, n_approved, n_import, n_debug, n_locked_period]


def timeclock(R):
    return build(R, F1, [("fpm-max-children-20", tc_fpm), ("redis-endpoint-points-at-replica", tc_redis),
                         ("per-diem-overtime-division-by-zero", tc_divzero), ("approvals-queue-renamed", tc_sqs),
                         ("badge-import-lock-wait", tc_lockwait)], tc_negs())


# ---------------------------------------------------------------- payslip-pdf-puppeteer22-pino-chromium-ecs
F2 = "payslip-pdf-puppeteer22-pino-chromium-ecs"
BUCKET = "thornwick-payslips-prod"


def host(R):
    return "ip-10-42-%d-%d.%s.compute.internal" % (R.randint(0, 15), R.randint(4, 254), REGION)


def pino(R, level, msg, **kw):
    d = {"level": level, "time": epoch_ms(R), "pid": 1, "hostname": host(R), "name": "payslip-renderer"}
    d.update(kw)
    d["msg"] = msg
    return jd(d)


def chrome(R, lvl, src, msg):
    return "[%d:%d:%s:%s:%s] %s" % (R.randint(20, 400), R.randint(20, 400), chromium_ts(R), lvl, src, msg)


def slip(R):
    return "PS-2031-01-%s" % upper(R, 8)


def erid(R):
    return "ER-%05d" % R.randint(100, 48000)


def ps_shm(R):
    # the task definition lost its 1 GiB /dev/shm (linuxParameters.sharedMemorySize) in the Fargate migration; Chrome's
    # renderers run out of shared memory and the pages crash while printing
    r = R.random()
    if r < 0.4:
        return chrome(R, "ERROR", "platform_shared_memory_region_posix.cc(%d)" % pick(R, [214, 217]), "Creating shared memory in /dev/shm/.org.chromium.Chromium.%s failed: No space left on device (28)" % alnum(R, 6))
    if r < 0.75:
        return pino(R, 50, "payslip render failed", payslip=slip(R), employer=erid(R),
                    err={"type": "Error", "message": "Page crashed!", "stack": "Error: Page crashed!\n    at #onTargetCrashed (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/Page.js:%d:24)\n    at CdpCDPSession.emit (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/common/EventEmitter.js:81:22)" % R.randint(300, 330)})
    return pino(R, 50, "payslip render failed", payslip=slip(R), employer=erid(R),
                err={"type": "TargetCloseError", "message": "Protocol error (Page.printToPDF): Target closed", "stack": "TargetCloseError: Protocol error (Page.printToPDF): Target closed\n    at CallbackRegistry.clear (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/common/CallbackRegistry.js:%d:36)\n    at CdpCDPSession._onClosed (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/CDPSession.js:114:25)" % R.randint(70, 80)})


def ps_assets(R):
    # the payslip template loads fonts and the logo from assets.thornwick.example, which private subnets can no
    # longer reach since the egress proxy change; every page waits for networkidle0 until the 30 s timeout
    if R.random() < 0.6:
        return pino(R, 50, "payslip render failed", payslip=slip(R), employer=erid(R), attempt=3,
                    err={"type": "TimeoutError", "message": "Navigation timeout of 30000 ms exceeded", "stack": "TimeoutError: Navigation timeout of 30000 ms exceeded\n    at new Deferred (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/util/Deferred.js:60:34)\n    at Deferred.create (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/util/Deferred.js:21:16)\n    at new LifecycleWatcher (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/LifecycleWatcher.js:%d:60)" % R.randint(60, 70)})
    return pino(R, 40, "page request failed", payslip=slip(R), url="https://assets.%s/payslip/%s" % (DOMAIN, pick(R, ["fonts/Inter-Regular.woff2", "fonts/Inter-SemiBold.woff2", "img/logo-%s.svg" % lower(R, 6)])), failure="net::ERR_CONNECTION_TIMED_OUT")


def ps_s3(R):
    # the bucket policy now denies PutObject without aws:kms encryption headers, and the renderer still writes with
    # SSE-S3; rendered payslips are not stored and employees cannot open them
    k = "2031/01/%s/%s.pdf" % (erid(R), slip(R))
    return pino(R, 50, "payslip upload failed", payslip=k.split("/")[-1][:-4], bucket=BUCKET,
                err={"type": "AccessDenied", "message": "User: arn:aws:sts::%s:assumed-role/payslip-renderer-task/%s is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::%s/%s\" with an explicit deny in a resource-based policy" % (ACCT, hexs(R, 32), BUCKET, k),
                     "name": "AccessDenied", "$fault": "client", "$metadata": {"httpStatusCode": 403, "requestId": upper(R, 16), "extendedRequestId": alnum(R, 56), "attempts": 1, "totalRetryDelay": 0}})


def ps_oom(R):
    # bulk print packs are merged in memory with pdf-lib; packs for large employers exceed the 2 GB old space and
    # the process dies, losing the pack and every render in flight
    pid = R.randint(1, 40)
    return ("\n<--- Last few GCs --->\n\n[%d:0x%s]   %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = %.3f, current mu = %.3f) allocation failure; scavenge might not succeed\n\n\n"
            "<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
            "----- Native stack trace -----\n\n 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n 2: 0xf06250 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]") % (
        pid, hexs(R, 12), R.randint(100000, 9000000), R.uniform(2040, 2047), R.uniform(2080, 2090), R.uniform(2035, 2045), R.uniform(2080, 2090), R.uniform(900, 2500), R.uniform(0.05, 0.3), R.uniform(0.01, 0.2))


def ps_chrome(R):
    # the slimmed base image (node:20-slim, 2031.01) dropped the Chrome download from the build; every browser launch
    # fails, so no payslip renders on the new tasks
    v = "121.0.6167.85"
    if R.random() < 0.65:
        return pino(R, 60, "browser launch failed", attempt=R.randint(1, 5), task=hexs(R, 32),
                    err={"type": "Error", "message": "Could not find Chrome (ver. %s). This can occur if either\n 1. you did not perform an installation before running the script (e.g. `npx puppeteer browsers install chrome`) or\n 2. your cache path is incorrectly configured (which is: /home/pptruser/.cache/puppeteer).\nFor (2), check out our guide on configuring puppeteer at https://pptr.dev/guides/configuration." % v,
                         "stack": "Error: Could not find Chrome (ver. %s). This can occur if either\n    at ChromeLauncher.resolveExecutablePath (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/node/ProductLauncher.js:%d:27)" % (v, R.randint(295, 305))})
    return pino(R, 40, "render queue backing up: no browser available", queued=R.randint(50, 40000), task=hexs(R, 32))


def ps_negs():
    def n_rendered(R):
        return pino(R, 30, "payslip rendered", payslip=slip(R), employer=erid(R), pages=pick(R, [1, 1, 1, 2]), bytes=R.randint(38000, 160000), ms=R.randint(300, 2500))

    def n_batch(R):
        n = R.randint(20, 9000)
        if R.random() < 0.5:
            return pino(R, 30, "batch started", payRun="PR-2031-01-%02d-%s-%04d" % (R.randint(2, 31), pick(R, ["SM", "BW", "WK"]), R.randint(1, 4999)), employer=erid(R), payslips=n)
        return pino(R, 30, "batch complete", payRun="PR-2031-01-%02d-%s-%04d" % (R.randint(2, 31), pick(R, ["SM", "BW", "WK"]), R.randint(1, 4999)), rendered=n, failed=0, skipped=R.randint(0, 5), ms=R.randint(20000, 900000))

    def n_dbus(R):
        return chrome(R, "ERROR", "bus.cc(%d)" % pick(R, [399, 407]), "Failed to connect to the bus: Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory")

    def n_sandbox(R):
        return chrome(R, "WARNING", "sandbox_linux.cc(%d)" % pick(R, [400, 418]), "InitializeSandbox() called with multiple threads in process gpu-process.")

    def n_http(R):
        code = pick(R, [200, 200, 200, 304, 404])
        return pino(R, 30, "request completed", req={"id": R.randint(1, 99999), "method": "GET", "url": "/v1/payslips/%s%s" % (slip(R), pick(R, [".pdf", ""]))}, res={"statusCode": code}, responseTime=R.randint(2, 300))

    def n_health(R):
        return pino(R, 30, "request completed", req={"id": R.randint(1, 99999), "method": "GET", "url": "/healthz"}, res={"statusCode": 200}, responseTime=R.randint(0, 3))

    def n_abort(R):
        return pino(R, 30, "request aborted by client", req={"id": R.randint(1, 99999), "method": "GET", "url": "/v1/payslips/%s.pdf" % slip(R)}, bytesSent=R.randint(1000, 90000))

    def n_dup(R):
        return pino(R, 30, "payslip already rendered; duplicate SQS delivery skipped", payslip=slip(R), etag=hexs(R, 32), receiveCount=R.randint(2, 3))

    def n_optout(R):
        return pino(R, 30, "email notification skipped: employee opted out of payslip emails", payslip=slip(R), employee="E-%06d" % R.randint(10000, 999999))

    def n_s3retry(R):
        return pino(R, 40, "S3 PutObject SlowDown, retry 1 succeeded", payslip=slip(R), bucket=BUCKET, attempts=2)

    def n_launch(R):
        return pino(R, 30, "browser launched", version="Chrome/121.0.6167.85", browserPid=R.randint(20, 400), headless="new")

    def n_listen(R):
        return pino(R, 30, pick(R, ["server listening at http://0.0.0.0:3000", "sqs consumer started", "shutting down on SIGTERM: browser closed, 0 renders in flight"]), queue="payslip-render-prod")

    def n_console(R):
        return chrome(R, "INFO", "CONSOLE(%d)" % R.randint(1, 40), "\"[template] locale en-US, currency USD, ytd columns %d\", source: https://render.local/payslip.html (%d)" % (R.randint(4, 9), R.randint(1, 40)))

    def n_notpublished(R):
        return pino(R, 30, "payslip not yet published for employee view", payslip=slip(R), publishAt="2031-01-%02dT12:00:00Z" % R.randint(2, 31), statusCode=404)

    return [n_rendered, n_rendered, n_rendered, n_batch, n_dbus, n_sandbox, n_http, n_http, n_health, n_abort, n_dup,
            n_optout, n_s3retry, n_launch, n_listen, n_console, n_notpublished]


def payslip(R):
    return build(R, F2, [("fargate-dev-shm-too-small", ps_shm), ("assets-host-unreachable", ps_assets),
                         ("bucket-policy-requires-kms", ps_s3), ("bulk-pack-heap-exhausted", ps_oom, 8),
                         ("slim-image-missing-chrome", ps_chrome)], ps_negs())


FAMILIES = {F1: timeclock, F2: payslip}
