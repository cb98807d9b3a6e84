"""Families: nginx-phpfpm-gunicorn-ecs, ec2-hosts-cwagent-syslog."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, ms, iso, pick, jd, epoch, port,
                    build, sysl, ec2host)

ACCT = "111122223333"

# ---------------------------------------------------------------- nginx-phpfpm-gunicorn-ecs
# Two ECS services with an nginx 1.26 sidecar: shop-web (nginx + php-fpm 8.3 running a Laravel 11
# app, fastcgi over a unix socket) and reco-api (nginx + gunicorn 22 with uvicorn workers running
# FastAPI). Log streams: nginx access (combined + X-Forwarded-For) and error logs, php-fpm's master
# log, Laravel's single-line log (stack trace inside the JSON context), gunicorn's error log.
F7 = "nginx-phpfpm-gunicorn-ecs"
MON = "Dec"
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
       "okhttp/4.12.0", "python-requests/2.32.3"]


def alb_ip(R):
    return "10.0.%d.%d" % (pick(R, [1, 2, 3, 17, 33]), R.randint(5, 250))


def acc(R, method, path, status, size=None, ua=None, ref="-"):
    return '%s - - [%02d/%s/2027:%s +0000] "%s %s HTTP/1.1" %d %d "%s" "%s" "%s"' % (
        alb_ip(R), day(R), MON, hms(R), method, path, status, size if size is not None else R.randint(150, 90000), ref, ua or pick(R, UAS), ipdoc(R))


def nerr(R, level, msg, conn=True):
    pid = R.randint(20, 40)
    return "2027/12/%02d %s [%s] %d#%d: %s%s" % (day(R), hms(R), level, pid, pid, "*%d " % R.randint(1000, 9999999) if conn else "", msg)


def ctx(R, req, upstream=None, host="shop.example.com"):
    s = ", client: %s, server: %s, request: \"%s\"" % (alb_ip(R), host, req)
    if upstream:
        s += ", upstream: \"%s\"" % upstream
    return s + ", host: \"%s\"" % host


FPM = "fastcgi://unix:/run/php/php-fpm.sock:"


def fpm_ts(R):
    return "[%02d-%s-2027 %s]" % (day(R), MON, hms(R))


def lv(R, level, msg, context):
    return "[2027-12-%02d %s] production.%s: %s %s" % (day(R), hms(R), level, msg, context)


def gu(R, level, msg, pid=None):
    return "[2027-12-%02d %s +0000] [%d] [%s] %s" % (day(R), hms(R), pid or R.randint(7, 40), level, msg)


def g_export_timeout(R):
    month = "2027-%02d" % R.randint(1, 11)
    if R.random() < 0.55:
        return nerr(R, "error", "upstream timed out (110: Connection timed out) while reading response header from upstream" + ctx(R, "GET /reports/export?month=%s HTTP/1.1" % month, FPM))
    return acc(R, "GET", "/reports/export?month=%s" % month, 504, size=pick(R, [160, 562]), ref="https://shop.example.com/reports")


def g_pool_exhausted(R):
    v = R.random()
    if v < 0.3:
        return "%s WARNING: [pool www] server reached pm.max_children setting (%d), consider raising it" % (fpm_ts(R), 20)
    if v < 0.6:
        p = pick(R, ["/", "/cart", "/products/%d" % R.randint(1, 9999), "/checkout", "/login"])
        return nerr(R, "error", "connect() to unix:/run/php/php-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream" + ctx(R, "GET %s HTTP/1.1" % p, FPM))
    return acc(R, pick(R, ["GET", "GET", "POST"]), pick(R, ["/", "/cart", "/products/%d" % R.randint(1, 9999), "/checkout", "/login", "/search?q=%s" % pick(R, ["lamp", "sofa", "rug"])]), 502, size=pick(R, [157, 559]))


def g_mysql_refused(R):
    sid = alnum(R, 40)
    m = "SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `sessions` where `id` = %s limit 1)" % sid
    return lv(R, "ERROR", m, '{"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): %s at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:%d)\n[stacktrace]\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(%d): Illuminate\\\\Database\\\\Connection->runQueryCallback()\n#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Session/DatabaseSessionHandler.php(96): Illuminate\\\\Database\\\\Query\\\\Builder->first()\n#2 {main}\n\n[previous exception] [object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65)\n"}' % (m.replace("`", "`"), 825, 779))


def g_pdf_memory(R):
    inv = R.randint(10000, 99999)
    v = R.random()
    m = "Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes)" % pick(R, [20480, 4096, 65536, 2097160])
    if v < 0.35:
        return nerr(R, "error", "FastCGI sent in stderr: \"PHP message: PHP Fatal error:  %s in /var/www/html/vendor/dompdf/dompdf/src/Frame/FrameTree.php on line %d\" while reading response header from upstream" % (m, pick(R, [152, 152, 165])) + ctx(R, "GET /invoices/%d/pdf HTTP/1.1" % inv, FPM))
    if v < 0.7:
        return acc(R, "GET", "/invoices/%d/pdf" % inv, 500, size=R.randint(0, 40), ref="https://shop.example.com/account/invoices")
    return lv(R, "ERROR", m, '{"userId":%d,"exception":"[object] (Symfony\\\\Component\\\\ErrorHandler\\\\Error\\\\FatalError(code: 0): %s at /var/www/html/vendor/dompdf/dompdf/src/Frame/FrameTree.php:152)\n[stacktrace]\n#0 {main}\n"}' % (R.randint(1, 90000), m))


def g_sigsegv(R):
    return "%s WARNING: [pool www] child %d exited on signal 11 (SIGSEGV - core dumped) after %.6f seconds from start" % (fpm_ts(R), R.randint(30, 9000), R.uniform(5, 9000))


def g_emerg(R):
    if R.random() < 0.5:
        return "2027/12/%02d %s [emerg] 1#1: host not found in upstream \"reco-api.shop.local:8000\" in /etc/nginx/conf.d/reco.conf:%d" % (day(R), hms(R), 7)
    return "2027/12/%02d %s [emerg] 1#1: host not found in upstream \"reco-api.shop.local:8000\" in /etc/nginx/conf.d/reco.conf:7\nnginx: [emerg] host not found in upstream \"reco-api.shop.local:8000\" in /etc/nginx/conf.d/reco.conf:7" % (day(R), hms(R))


def g_asyncpg(R):
    if R.random() < 0.5:
        return acc(R, "GET", "/api/v2/search?q=%s&limit=%d" % (pick(R, ["lamp", "desk", "chair", "oak+table", "linen"]), pick(R, [10, 20, 50])), 500, size=21, ua="okhttp/4.12.0")
    return gu(R, "ERROR", "Exception in ASGI application\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py\", line 409, in run_asgi\n    result = await app(  # type: ignore[func-returns-value]\n  File \"/app/reco/search.py\", line %d, in search\n    async with pool.acquire() as conn:\n  File \"/usr/local/lib/python3.12/site-packages/asyncpg/pool.py\", line 1024, in __aenter__\n    self.connection = await self.pool._acquire(self.timeout)\n  File \"/usr/local/lib/python3.12/site-packages/asyncpg/connect_utils.py\", line 1049, in _connect_addr\n    return await __connect_addr(params, True, *args)\nasyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already" % pick(R, [41, 41, 44]))


def g_worker_timeout(R):
    pid = R.randint(40, 900)
    v = R.random()
    if v < 0.3:
        return gu(R, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % pid, pid=1)
    if v < 0.55:
        return gu(R, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % pid, pid=1)
    return nerr(R, "error", "upstream prematurely closed connection while reading response header from upstream" + ctx(R, "POST /api/v2/recommendations HTTP/1.1", "http://127.0.0.1:8000/api/v2/recommendations", host="reco.shop.example.com"))


def g_worker_conns(R):
    if R.random() < 0.5:
        return nerr(R, "alert", "%d worker_connections are not enough" % 1024, conn=R.random() < 0.5)
    return nerr(R, "crit", "accept4() failed (24: Too many open files)", conn=False)


def g_redis_timeout(R):
    return lv(R, "ERROR", "Connection timed out [tcp://shop-cache.internal:6379]", '{"exception":"[object] (Predis\\\\Connection\\\\ConnectionException(code: 110): Connection timed out [tcp://shop-cache.internal:6379] at /var/www/html/vendor/predis/predis/src/Connection/AbstractConnection.php:%d)\n[stacktrace]\n#0 /var/www/html/vendor/predis/predis/src/Connection/StreamConnection.php(%d): Predis\\\\Connection\\\\AbstractConnection->onConnectionError()\n#1 {main}\n"}' % (pick(R, [144, 144]), pick(R, [128, 128, 174])))


def g_settings_missing(R):
    pid = R.randint(7, 40)
    if R.random() < 0.6:
        return gu(R, "ERROR", "Exception in worker process\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/gunicorn/arbiter.py\", line 608, in spawn_worker\n    worker.init_process()\n  File \"/usr/local/lib/python3.12/site-packages/uvicorn/workers.py\", line 75, in init_process\n    super().init_process()\n  File \"/app/reco/settings.py\", line 31, in <module>\n    settings = Settings()\n               ^^^^^^^^^^\npydantic_core._pydantic_core.ValidationError: 1 validation error for Settings\ndatabase_url\n  Field required [type=missing, input_value={'log_level': 'info', 'workers': '%d'}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.9/v/missing" % pick(R, [2, 4]), pid=pid)
    if R.random() < 0.5:
        return gu(R, "ERROR", "Worker (pid:%d) exited with code 3." % pid, pid=1)
    d, t = day(R), hms(R)
    return "[2027-12-%02d %s +0000] [1] [INFO] Shutting down: Master\n[2027-12-%02d %s +0000] [1] [INFO] Reason: Worker failed to boot." % (d, t, d, t)


def g_view_missing(R):
    inv = R.randint(10000, 99999)
    if R.random() < 0.5:
        return acc(R, "POST", "/invoices/%d/send" % inv, 500, size=R.randint(6000, 7000), ref="https://shop.example.com/admin/invoices/%d" % inv)
    return lv(R, "ERROR", "View [emails.invoice-v2] not found.", '{"userId":%d,"exception":"[object] (InvalidArgumentException(code: 0): View [emails.invoice-v2] not found. at /var/www/html/vendor/laravel/framework/src/Illuminate/View/FileViewFinder.php:139)\n[stacktrace]\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/View/FileViewFinder.php(79): Illuminate\\\\View\\\\FileViewFinder->findInPaths()\n#1 /var/www/html/app/Mail/InvoiceMail.php(%d): Illuminate\\\\View\\\\Factory->make()\n#2 {main}\n"}' % (R.randint(1, 500), pick(R, [38, 38])))


def g_static_perm(R):
    asset = "app-%s.%s" % (alnum(R, 8), pick(R, ["js", "css"]))
    return nerr(R, "error", "open() \"/var/www/html/public/build/assets/%s\" failed (13: Permission denied)" % asset + ctx(R, "GET /build/assets/%s HTTP/1.1" % asset))


def n_access(R):
    st = pick(R, [200, 200, 200, 200, 301, 302, 304, 404, 401, 403, 422, 499])
    path = pick(R, ["/", "/products/%d" % R.randint(1, 9999), "/cart", "/api/v2/search?q=%s" % pick(R, ["lamp", "sofa"]), "/build/assets/app-%s.js" % alnum(R, 8), "/wp-login.php", "/.env", "/account/invoices", "/api/v2/recommendations"])
    return acc(R, pick(R, ["GET", "GET", "POST"]), path, st)


def n_health(R):
    return acc(R, "GET", pick(R, ["/healthz", "/up"]), 200, size=pick(R, [2, 15]), ua="ELB-HealthChecker/2.0")


def n_nginx_notice(R):
    v = R.random()
    if v < 0.35:
        return nerr(R, "notice", pick(R, ["using the \"epoll\" event method", "nginx/1.26.2", "start worker processes", "start worker process %d" % R.randint(20, 40), "signal 3 (SIGQUIT) received, shutting down", "gracefully shutting down"]), conn=False)
    if v < 0.7:
        return nerr(R, "error", "open() \"/var/www/html/public/%s\" failed (2: No such file or directory)" % pick(R, ["favicon.ico", "apple-touch-icon.png", "apple-touch-icon-precomposed.png", "robots.txt"]) + ctx(R, "GET /%s HTTP/1.1" % pick(R, ["favicon.ico", "apple-touch-icon.png"])))
    return nerr(R, "warn", "an upstream response is buffered to a temporary file /var/cache/nginx/fastcgi_temp/%d/%02d/%010d while reading upstream" % (R.randint(1, 9), R.randint(0, 99), R.randint(1, 99999)) + ctx(R, "GET /reports/export?month=2027-%02d HTTP/1.1" % R.randint(1, 11), FPM))


def n_fpm(R):
    return "%s NOTICE: %s" % (fpm_ts(R), pick(R, ["fpm is running, pid 1", "ready to handle connections", "[pool www] child %d started" % R.randint(30, 9000), "[pool www] child %d exited with code 0 after %.6f seconds from start" % (R.randint(30, 9000), R.uniform(100, 9000)), "Terminating ...", "exiting, bye-bye!"]))


def n_gunicorn(R):
    v = R.random()
    if v < 0.5:
        return gu(R, "INFO", pick(R, ["Booting worker with pid: %d" % R.randint(7, 900), "Listening at: http://0.0.0.0:8000 (1)", "Using worker: uvicorn.workers.UvicornWorker", "Started server process [%d]" % R.randint(7, 900), "Waiting for application startup.", "Application startup complete.", "Handling signal: term", "Worker exiting (pid: %d)" % R.randint(7, 900)]))
    return "INFO:     127.0.0.1:%d - \"%s %s HTTP/1.0\" %s" % (port(R), pick(R, ["GET", "POST"]), pick(R, ["/api/v2/search?q=lamp&limit=20", "/api/v2/recommendations", "/healthz"]), pick(R, ["200 OK", "200 OK", "404 Not Found", "422 Unprocessable Entity"]))


def n_laravel(R):
    return lv(R, pick(R, ["INFO", "INFO", "WARNING", "DEBUG"]), pick(R, ["Invoice %d sent to customer %d" % (R.randint(10000, 99999), R.randint(1, 90000)), "Export queued for month 2027-%02d" % R.randint(1, 11),
                                                                   "Login throttled for %s" % ipdoc(R), "Payment retry scheduled (attempt %d of 3)" % R.randint(1, 2), "Cache cleared: 0 errors"]), "[]")


def nginxapp(R):
    groups = [("reports-export-fastcgi-read-timeout", g_export_timeout),
              ("php-fpm-max-children-exhausted", g_pool_exhausted),
              ("laravel-mysql-connection-refused", g_mysql_refused),
              ("invoice-pdf-php-memory-exhausted", g_pdf_memory),
              ("php-fpm-child-segfault", g_sigsegv),
              ("nginx-reco-upstream-host-not-found", g_emerg),
              ("reco-search-postgres-too-many-clients", g_asyncpg),
              ("reco-recommendations-worker-timeout", g_worker_timeout),
              ("nginx-worker-connections-exhausted", g_worker_conns),
              ("laravel-redis-connect-timeout", g_redis_timeout),
              ("reco-settings-database-url-missing", g_settings_missing),
              ("invoice-send-view-v2-missing", g_view_missing),
              ("static-assets-permission-denied", g_static_perm)]
    negs = [n_access, n_access, n_access, n_health, n_nginx_notice, n_fpm, n_gunicorn, n_laravel]
    return build(R, F7, groups, negs)


# ---------------------------------------------------------------- ec2-hosts-cwagent-syslog
# /var/log/messages (and /var/log/secure) of Amazon Linux 2023 EC2 hosts as the CloudWatch agent
# ships them: a web fleet behind an ALB, a batch host, a bastion, a file-share host with EFS.
F8 = "ec2-hosts-cwagent-syslog"
WEB = ["ip-10-0-%d-%d" % (a, b) for a, b in [(12, 34), (12, 91), (13, 7), (13, 150), (14, 22)]]
BATCH = "ip-10-0-40-17"
BASTION = "ip-10-0-1-200"
FILES = "ip-10-0-22-45"
ALL = WEB + [BATCH, BASTION, FILES]


def g_disk_full(R):
    h = "ip-10-0-13-150"
    v = R.random()
    if v < 0.3:
        return sysl(R, h, "systemd-journald", "Failed to open system journal: No space left on device", R.randint(300, 500))
    if v < 0.6:
        return sysl(R, h, "dockerd", "time=\"2027-12-%02dT%s.%sZ\" level=error msg=\"Error writing log message\" driver=json-file error=\"write /var/lib/docker/containers/%s/%s-json.log: no space left on device\"" % (day(R), hms(R), digits(R, 9), "c0ffee" + hexs(R, 58), "c0ffee" + hexs(R, 58)), R.randint(800, 2000))
    if v < 0.8:
        return sysl(R, h, "rsyslogd", "file '/var/log/messages': write error - see https://www.rsyslog.com/solving-rsyslog-write-errors/ for help OS error: No space left on device [v8.2310.0 try https://www.rsyslog.com/e/2027 ]", R.randint(800, 1200))
    npid = R.randint(2000, 3000)
    return sysl(R, h, "nginx", "[crit] %d#%d: *%d pwrite() \"/var/lib/nginx/tmp/client_body/%010d\" failed (28: No space left on device)" % (npid, npid, R.randint(1000, 999999), R.randint(1, 99999)), 0)


def g_hostkey(R):
    h = pick(R, WEB[:3])
    k = pick(R, ["/etc/ssh/ssh_host_ed25519_key", "/etc/ssh/ssh_host_ecdsa_key", "/etc/ssh/ssh_host_rsa_key"])
    if R.random() < 0.75:
        return sysl(R, h, "sshd", "error: Could not load host key: %s" % k)
    return sysl(R, h, "sshd", "fatal: No supported key exchange algorithms [preauth]")


def g_oom(R):
    pid = R.randint(4000, 60000)
    v = R.random()
    if v < 0.3:
        return sysl(R, BATCH, "kernel", "Out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1001 pgtables:%dkB oom_score_adj:0" % (pid, R.randint(9000000, 12000000), R.randint(7000000, 7700000), R.randint(0, 900), R.randint(14000, 16000)), 0)
    if v < 0.5:
        return sysl(R, BATCH, "kernel", "java invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0", 0).replace("kernel:", "kernel: [%d.%06d]" % (R.randint(1000, 900000), R.randint(0, 999999)), 1) if R.random() < 0.5 else \
            sysl(R, BATCH, "kernel", "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/batch-runner.service,task=java,pid=%d,uid=1001" % pid, 0)
    if v < 0.75:
        return sysl(R, BATCH, "systemd", "batch-runner.service: A process of this unit has been killed by the OOM killer.", 1)
    return sysl(R, BATCH, "systemd", "batch-runner.service: Failed with result 'oom-kill'.", 1) if R.random() < 0.6 else sysl(R, BATCH, "systemd", "batch-runner.service: Main process exited, code=killed, status=9/KILL", 1)


def g_ssm_creds(R):
    h = FILES
    return sysl(R, h, "amazon-ssm-agent", "2027-12-%02d %s ERROR [CredentialRefresher] Retrieve credentials produced error: no valid credentials could be retrieved for ec2 identity. Default Host Management Err: error calling RequestManagedInstanceRoleToken: AccessDeniedException: Systems Manager's instance management role is not configured for account: %s\n\tstatus code: 400, request id: %s" % (day(R), hms(R) + "." + ms(R), ACCT, uuid(R)), R.randint(1500, 2500)) if R.random() < 0.6 else \
        sysl(R, h, "amazon-ssm-agent", "2027-12-%02d %s ERROR EC2RoleProvider Failed to connect to Systems Manager with instance profile role credentials. Err: retrieved credentials failed to report to ssm. RequestId: %s Error: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/files-host-role/i-0%s is not authorized to perform: ssm:UpdateInstanceInformation on resource: arn:aws:ec2:us-east-1:%s:instance/i-0%s because no identity-based policy allows the ssm:UpdateInstanceInformation action" % (
            day(R), hms(R) + "." + ms(R), uuid(R), ACCT, "4c2e81f0a9b7d3e61", ACCT, "4c2e81f0a9b7d3e61"), R.randint(1500, 2500))


def g_cwagent_denied(R):
    h = pick(R, WEB)
    grp = pick(R, ["/ec2/web/nginx-access", "/ec2/web/nginx-error", "/ec2/web/messages"])
    return sysl(R, h, "amazon-cloudwatch-agent", "2027-12-%02dT%sZ E! cloudwatchlogs: code: AccessDeniedException, message: User: arn:aws:sts::%s:assumed-role/web-fleet-role/i-0%s is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-1:%s:log-group:%s:log-stream:i-0%s because no identity-based policy allows the logs:PutLogEvents action, original error: <nil>" % (
        day(R), hms(R), ACCT, hexs(R, 16), ACCT, grp, hexs(R, 16)), R.randint(1500, 2500))


def g_chrony(R):
    return sysl(R, BASTION, "chronyd", pick(R, ["Can't synchronise: no selectable sources", "Can't synchronise: no selectable sources", "No suitable source for synchronisation"]) if R.random() < 0.7 else "System clock wrong by %.6f seconds" % R.uniform(2.5, 40), R.randint(600, 700))


def g_cloudinit_pkgs(R):
    h = pick(R, ["ip-10-0-14-22", "ip-10-0-14-23", "ip-10-0-14-24"])
    v = R.random()
    if v < 0.4:
        return sysl(R, h, "cloud-init", "%s - util.py[WARNING]: Failed to install packages: ['nginx', 'amazon-efs-utils', 'php8.3-fpm']" % ("2027-12-%02d %s,%s" % (day(R), hms(R), ms(R))), R.randint(1500, 2600))
    if v < 0.7:
        return sysl(R, h, "cloud-init", "%s - util.py[WARNING]: Running module package_update_upgrade_install (<module 'cloudinit.config.cc_package_update_upgrade_install' from '/usr/lib/python3.9/site-packages/cloudinit/config/cc_package_update_upgrade_install.py'>) failed" % ("2027-12-%02d %s,%s" % (day(R), hms(R), ms(R))), R.randint(1500, 2600))
    return sysl(R, h, "cloud-init", "Error: Unable to find a match: php8.3-fpm", R.randint(1500, 2600))


def g_ecr_pull(R):
    h = pick(R, WEB)
    return sysl(R, h, "dockerd", "time=\"2027-12-%02dT%s.%sZ\" level=error msg=\"Not continuing with pull after error: no basic auth credentials\"" % (day(R), hms(R), digits(R, 9)), R.randint(800, 2000)) if R.random() < 0.5 else \
        sysl(R, h, "dockerd", "time=\"2027-12-%02dT%s.%sZ\" level=error msg=\"Handler for POST /v1.45/images/create returned error: Head \\\"https://%s.dkr.ecr.us-east-1.amazonaws.com/v2/shop-web/manifests/%s\\\": no basic auth credentials\"" % (day(R), hms(R), digits(R, 9), ACCT, pick(R, ["2027.12.1", "2027.12.2", "latest"])), R.randint(800, 2000))


def g_efs(R):
    v = R.random()
    fs = "fs-0a1b2c3d4e5f67890.efs.us-east-1.amazonaws.com"
    if v < 0.45:
        return sysl(R, FILES, "kernel", "nfs: server %s not responding, timed out" % fs, 0)
    if v < 0.7:
        return sysl(R, FILES, "systemd", "mnt-shared.mount: Mount process exited, code=exited, status=32/n/a", 1)
    if v < 0.85:
        return sysl(R, FILES, "systemd", "Failed to mount mnt-shared.mount - /mnt/shared.", 1)
    return sysl(R, FILES, "mount", "mount.nfs4: Connection timed out", R.randint(1000, 9000))


def g_backup(R):
    v = R.random()
    if v < 0.6:
        return sysl(R, BATCH, "backup-db", "upload failed: /var/backups/pg/orders-2027-12-%02d.sql.gz to s3://prod-db-backups/orders/orders-2027-12-%02d.sql.gz An error occurred (AccessDenied) when calling the CreateMultipartUpload operation: User: arn:aws:sts::%s:assumed-role/batch-host-role/i-0%s is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::prod-db-backups/orders/orders-2027-12-%02d.sql.gz\" with an explicit deny in a resource-based policy" % (day(R), day(R), ACCT, "7f3a9c1e2b4d6f801", day(R)), R.randint(1000, 60000))
    return sysl(R, BATCH, "backup-db", "nightly backup FAILED (exit %d), dump kept at /var/backups/pg/orders-2027-12-%02d.sql.gz" % (1, day(R)), R.randint(1000, 60000))


def g_ena(R):
    h = "ip-10-0-12-91"
    v = R.random()
    if v < 0.4:
        return sysl(R, h, "kernel", "ena 0000:00:05.0 eth0: Found a Tx that wasn't completed on time, qid %d, index %d. %u usecs have passed since last napi execution. Napi scheduled: %d".replace("%u", "%d") % (R.randint(0, 3), R.randint(0, 1023), R.randint(5000000, 9000000), R.randint(0, 1)), 0)
    if v < 0.7:
        return sysl(R, h, "kernel", "ena 0000:00:05.0 eth0: Keep alive watchdog timeout.", 0)
    return sysl(R, h, "kernel", "ena 0000:00:05.0 eth0: Trigger reset is on", 0)


def g_io_err(R):
    v = R.random()
    sec = R.randint(100000, 900000000)
    if v < 0.5:
        return sysl(R, BATCH, "kernel", "I/O error, dev nvme1n1, sector %d op 0x%d:(%s) flags 0x%x phys_seg %d prio class 2" % (sec, pick(R, [0, 1]), pick(R, ["READ", "WRITE"]), pick(R, [0x0, 0x800, 0x8800]), R.randint(1, 32)), 0)
    if v < 0.8:
        return sysl(R, BATCH, "kernel", "XFS (nvme1n1): metadata I/O error in \"xfs_buf_ioend+0x%x/0x%x [xfs]\" at daddr 0x%x len %d error 5" % (R.randint(0x100, 0x2ff), 0x5a0, sec, pick(R, [8, 16, 32])), 0)
    return sysl(R, BATCH, "kernel", "XFS (nvme1n1): log I/O error -5", 0) if R.random() < 0.5 else sysl(R, BATCH, "kernel", "nvme nvme1: I/O tag %d (%04x) opcode 0x%d (I/O Cmd) QID %d timeout, aborting" % (R.randint(0, 1023), R.randint(0, 65535), pick(R, [1, 2]), R.randint(1, 2)), 0)


def g_unit_loop(R):
    h = pick(R, WEB[:2])
    v = R.random()
    if v < 0.25:
        return sysl(R, h, "node", "Error: listen EADDRINUSE: address already in use :::3000\n    at Server.setupListenHandle [as _listen2] (node:net:1908:16)\n    at listenInCluster (node:net:1965:12)\n    at Server.listen (node:net:2067:7)\n    at Object.<anonymous> (/opt/orders-api/server.js:%d:8) {\n  code: 'EADDRINUSE',\n  errno: -98,\n  syscall: 'listen',\n  address: '::',\n  port: 3000\n}" % pick(R, [41, 41]), R.randint(3000, 60000))
    if v < 0.5:
        return sysl(R, h, "systemd", "orders-api.service: Main process exited, code=exited, status=1/FAILURE", 1)
    if v < 0.7:
        return sysl(R, h, "systemd", "orders-api.service: Failed with result 'exit-code'.", 1)
    if v < 0.85:
        return sysl(R, h, "systemd", "orders-api.service: Start request repeated too quickly.", 1)
    return sysl(R, h, "systemd", "Failed to start orders-api.service - Orders API.", 1)


def g_sudoers(R):
    h = pick(R, [BASTION, "ip-10-0-12-34"])
    user = pick(R, ["deploy", "ec2-user", "jenkins"])
    if R.random() < 0.5:
        return sysl(R, h, "sudo", ">>> /etc/sudoers.d/90-deploy: syntax error near line %d <<<" % 3, 0)
    return sysl(R, h, "sudo", "%8s : parse error in /etc/sudoers.d/90-deploy near line 3 ; TTY=%s ; PWD=/home/%s ; USER=root ; COMMAND=%s" % (user, pick(R, ["pts/0", "pts/1", "unknown"]), user, pick(R, ["/usr/bin/systemctl restart orders-api", "/usr/bin/docker ps", "/bin/journalctl -u nginx"])), 0)


def n_sshd(R):
    h = pick(R, ALL)
    ip = pick(R, [ipdoc(R), "10.0.1.200"])
    v = R.random()
    if v < 0.3:
        return sysl(R, h, "sshd", "Accepted publickey for ec2-user from %s port %d ssh2: ED25519 SHA256:%s" % ("10.0.1.200", port(R), alnum(R, 43)))
    if v < 0.5:
        return sysl(R, h, "sshd", "pam_unix(sshd:session): session %s for user ec2-user%s" % (pick(R, ["opened", "closed"]), " by ec2-user(uid=0)" if R.random() < 0.5 else ""))
    if v < 0.75:
        return sysl(R, BASTION, "sshd", pick(R, ["Invalid user %s from %s port %d" % (pick(R, ["admin", "oracle", "test", "ubuntu", "git"]), ipdoc(R), port(R)),
                                                 "Connection closed by invalid user %s %s port %d [preauth]" % (pick(R, ["admin", "pi", "postgres"]), ipdoc(R), port(R)),
                                                 "error: kex_exchange_identification: Connection closed by remote host",
                                                 "Received disconnect from %s port %d:11: Bye Bye [preauth]" % (ipdoc(R), port(R))]))
    return sysl(R, h, "sshd", "Disconnected from user ec2-user %s port %d" % (ip, port(R)))


def n_sudo(R):
    user = pick(R, ["ec2-user", "deploy", "ssm-user"])
    return sysl(R, pick(R, ALL), "sudo", "%8s : TTY=%s ; PWD=/home/%s ; USER=root ; COMMAND=%s" % (user, pick(R, ["pts/0", "pts/1"]), user, pick(R, ["/usr/bin/systemctl status nginx", "/usr/bin/tail -n 200 /var/log/messages", "/usr/bin/dnf check-update", "/usr/bin/docker logs --tail 50 shop-web"])), 0) if R.random() < 0.6 else \
        sysl(R, pick(R, ALL), "sudo", "pam_unix(sudo:session): session %s for user root%s" % (pick(R, ["opened", "closed"]), " by ec2-user(uid=1000)" if R.random() < 0.5 else ""))


def n_systemd(R):
    h = pick(R, ALL)
    return sysl(R, h, "systemd", pick(R, ["Started session-%d.scope - Session %d of User ec2-user." % ((lambda n: (n, n))(R.randint(1, 900))),
                                          "Starting dnf-makecache.service - dnf makecache...", "Finished dnf-makecache.service - dnf makecache.", "dnf-makecache.service: Deactivated successfully.",
                                          "Started sysstat-collect.service - system activity accounting tool.", "sysstat-collect.service: Deactivated successfully.",
                                          "Starting logrotate.service - Rotate log files...", "logrotate.service: Deactivated successfully.", "Finished logrotate.service - Rotate log files.",
                                          "Created slice user-1000.slice - User Slice of UID 1000.", "Started amazon-cloudwatch-agent.service - Amazon CloudWatch Agent.",
                                          "Reloading nginx.service - The nginx HTTP and reverse proxy server...", "Reloaded nginx.service - The nginx HTTP and reverse proxy server."]), 1)


def n_cron(R):
    return sysl(R, pick(R, ALL), "CROND", "(root) CMD (%s)" % pick(R, ["run-parts /etc/cron.hourly", "/usr/local/bin/backup-db.sh >/dev/null 2>&1", "/usr/lib64/sa/sa1 1 1", "/usr/local/bin/rotate-tmp.sh"])) if R.random() < 0.7 else \
        sysl(R, pick(R, ALL), "anacron", "Job `cron.daily' terminated", R.randint(1000, 60000))


def n_agents(R):
    h = pick(R, ALL)
    v = R.random()
    if v < 0.3:
        return sysl(R, h, "amazon-ssm-agent", "2027-12-%02d %s INFO [ssm-agent-worker] [MessageService] [MGSInteractor] send reply %s" % (day(R), hms(R) + "." + ms(R), pick(R, ["ack", "complete"]) + " for message " + uuid(R)), R.randint(1500, 2500))
    if v < 0.55:
        return sysl(R, h, "amazon-cloudwatch-agent", "2027-12-%02dT%sZ %s" % (day(R), hms(R), pick(R, ["I! Detected runAsUser: cwagent", "W! cloudwatchlogs: retrying PutLogEvents after throttling (attempt %d)" % R.randint(1, 3), "I! cloudwatchlogs: publish successful, 0 failed events", "I! [logagent] piping log from /ec2/web/nginx-access/i-0%s(/var/log/nginx/access.log) to cloudwatchlogs with retention -1" % hexs(R, 16)])), R.randint(1500, 2500))
    if v < 0.8:
        return sysl(R, h, "chronyd", pick(R, ["Selected source 169.254.169.123", "Source 169.254.169.123 replaced with 169.254.169.123", "System clock TAI offset set to 37 seconds", "Received KoD RATE from %s" % ipdoc(R)]), R.randint(600, 700))
    return sysl(R, h, "dockerd", "time=\"2027-12-%02dT%s.%sZ\" level=%s msg=\"%s\"" % (day(R), hms(R), digits(R, 9), pick(R, ["info", "info", "warning"]), pick(R, ["ignoring event\" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete" % hexs(R, 64), "Loading containers: done.", "API listen on /run/docker.sock", "failed to retrieve runc version: unknown output format"])), R.randint(800, 2000))


def n_kernel(R):
    h = pick(R, ALL)
    return sysl(R, h, "kernel", pick(R, ["ena 0000:00:05.0 eth0: Link is up", "EXT4-fs (nvme0n1p128): mounted filesystem with ordered data mode", "XFS (nvme1n1): Mounting V5 Filesystem %s" % uuid(R),
                                         "docker0: port 1(veth%s) entered forwarding state" % hexs(R, 7), "TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters.",
                                         "audit: type=1334 audit(%d.%03d:%d): prog-id=%d op=LOAD" % (epoch(R), R.randint(0, 999), R.randint(100, 9999), R.randint(10, 200))]), 0)


def n_cloudinit(R):
    return sysl(R, pick(R, ALL), "cloud-init", pick(R, ["Cloud-init v. 22.2.2 finished at %s. Datasource DataSourceEc2Local.  Up %.2f seconds" % ("Thu, %02d Dec 2027 %s +0000" % (day(R), hms(R)), R.uniform(20, 120)),
                                                        "Cloud-init v. 22.2.2 running 'modules:final' at %s. Up %.2f seconds." % ("Thu, %02d Dec 2027 %s +0000" % (day(R), hms(R)), R.uniform(15, 90)),
                                                        "Generating public/private ed25519 key pair."]), R.randint(1500, 2600))


def ec2sys(R):
    groups = [("web-13-150-root-volume-full", g_disk_full),
              ("web-fleet-ssh-host-keys-missing", g_hostkey),
              ("batch-runner-java-oom-kill", g_oom),
              ("files-host-ssm-agent-not-authorized", g_ssm_creds),
              ("web-fleet-cwagent-putlogevents-denied", g_cwagent_denied),
              ("bastion-chrony-no-selectable-sources", g_chrony),
              ("new-web-hosts-cloud-init-packages-failed", g_cloudinit_pkgs),
              ("web-fleet-docker-ecr-no-auth", g_ecr_pull),
              ("files-host-efs-mount-timeout", g_efs),
              ("batch-nightly-backup-s3-explicit-deny", g_backup),
              ("web-12-91-ena-tx-timeout-reset", g_ena),
              ("batch-data-volume-io-errors", g_io_err),
              ("web-orders-api-port-3000-in-use", g_unit_loop),
              ("deploy-sudoers-syntax-error", g_sudoers)]
    negs = [n_sshd, n_sshd, n_sudo, n_systemd, n_systemd, n_cron, n_agents, n_agents, n_kernel, n_cloudinit]
    return build(R, F8, groups, negs)


FAMILIES = {F7: nginxapp, F8: ec2sys}
