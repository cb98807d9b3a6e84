"""Families: policydb-rds-oracle19c-alert-listener-log, brokerportal-symfony7-monolog-json-nginx.

"policydb" is the policy administration database, Amazon RDS for Oracle 19c (SE2, instance POLICYDB), with its
`alert` and `listener` logs published to CloudWatch Logs. Alert-log entries: an ISO-8601 timestamp line
`2031-02-14T09:12:33.123456+00:00` followed by the entry's text lines (kept as one event here); listener entries:
`14-FEB-2031 09:12:33 * (CONNECT_DATA=…) * (ADDRESS=…) * establish * SERVICE * code`, a refused connection followed
by its `TNS-` line.

"brokerportal" is the broker portal (PHP 8.3, Symfony 7.2 behind nginx 1.26 and php-fpm on ECS): monolog's
JsonFormatter (`{"message":…,"context":…,"level":…,"level_name":…,"channel":…,"datetime":…,"extra":{}}`), nginx's
error log `2031/02/14 09:12:33 [level] pid#tid: *cid msg` and access log (combined + request time) in one group."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    oracle_alert_ts, listener_ts, nginx_err_ts, nginx_acc_ts, moment)

# ---------------------------------------------------------------- policydb-rds-oracle19c-alert-listener-log
F1 = "policydb-rds-oracle19c-alert-listener-log"
TRC = "/rdsdbdata/log/diag/rdbms/policydb_a/POLICYDB/trace"


def al(R, text):
    return "%s\n%s" % (oracle_alert_ts(R), text)


def lsn(R, svc, user, prog, code, tns=None):
    s = "%s * (CONNECT_DATA=(SERVICE_NAME=%s)(CID=(PROGRAM=%s)(HOST=%s)(USER=%s))) * (ADDRESS=(PROTOCOL=tcp)(HOST=%s)(PORT=%d)) * establish * %s * %d" % (
        listener_ts(R), svc, prog, "__jdbc__" if "JDBC" in prog else "ip-%s" % ip10(R, 40).replace(".", "-"), user, ip10(R, 40), R.randint(30000, 65000), svc, code)
    return s if tns is None else s + "\n" + tns


def client(R):
    return pick(R, [("JDBC Thin Client", "jboss"), ("JDBC Thin Client", "wildfly"), ("sqlplus@ip-10-40-3-17", "rdsadmin"), ("python3", "claims_ro"), ("JDBC Thin Client", "renewals")])


def db_tbs(R):
    # PAS_DATA is a smallfile tablespace whose last datafile reached 32 GB (autoextend maxsize); inserts of policy
    # versions fail, so policies are not issued or changed
    seg = pick(R, [("table PAS.POLICY_VERSION", "1024"), ("table PAS.POLICY_RISK_ITEM", "128"), ("index PAS.POLICY_VERSION_IX2", "1024"), ("table PAS.PREMIUM_TRANSACTION", "128")])
    kind = "index" if seg[0].startswith("index") else "table"
    return al(R, "ORA-%s: unable to extend %s by %s in tablespace PAS_DATA" % ("1654" if kind == "index" else "1653", seg[0].split(" ", 1)[1] if kind == "index" else seg[0].split(" ", 1)[1], seg[1])).replace("extend PAS.", "extend %s PAS." % kind)


def db_procs(R):
    # PROCESSES is still 300 after the WildFly PolicyDS pool max was raised to 120 per node on three nodes; new
    # connections are refused by the instance and the listener
    if R.random() < 0.6:
        prog, user = client(R)
        return lsn(R, "POLICYDB", user, prog, 12519, "TNS-12519: TNS:no appropriate service handler found")
    return al(R, "ORA-00020: maximum number of processes (300) exceeded\n ORA-20 errors will not be written to the alert log for\n the next minute. Please look at trace files to see all\n the ORA-20 errors.")


def db_1555(R):
    # the renewals extract runs a 90-minute consistent read over POLICY_VERSION while UNDO_RETENTION is 900 s;
    # the extract fails with snapshot too old and renewals are not invited
    return al(R, "ORA-01555 caused by SQL statement below (SQL ID: %s, Query Duration=%d sec, SCN: 0x%016x):\nSELECT /*+ PARALLEL(4) */ PV.POLICY_NO, PV.VERSION_NO, PV.EXPIRY_DATE, PV.PREMIUM FROM PAS.POLICY_VERSION PV WHERE PV.EXPIRY_DATE BETWEEN :B2 AND :B1 AND PV.STATUS = 'LIVE'" % (
        lower(R, 13), R.randint(3600, 6400), R.randint(0x10000000000, 0x1ffffffffff)))


def db_deadlock(R):
    # the broker bordereaux job updates COMMISSION then POLICY_VERSION, MTA transactions the reverse; one side is
    # rolled back as the deadlock victim
    pid = R.randint(1000, 65000)
    return al(R, "Errors in file %s/POLICYDB_ora_%d.trc:\nORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file %s/POLICYDB_ora_%d.trc." % (TRC, pid, TRC, pid))


def db_4031(R):
    # the rating cache loader builds SQL with literals (no bind variables); the shared pool fills with single-use
    # cursors and sessions fail with ORA-04031
    pid = R.randint(1000, 65000)
    proc = pick(R, ["ora", "j00%d" % R.randint(0, 9), "m00%d" % R.randint(0, 9)])
    return al(R, "Errors in file %s/POLICYDB_%s_%d.trc  (incident=%d):\nORA-04031: unable to allocate %d bytes of shared memory (\"shared pool\",\"%s\",\"sga heap(1,0)\",\"%s\")" % (
        TRC, proc, pid, R.randint(10000, 99999), pick(R, [32, 4160, 4096, 3896, 56]), pick(R, ["unknown object", "SELECT RATE_FACTOR FROM PAS...", "KGLH0^%s" % hexs(R, 8)]), pick(R, ["KGLHD", "KGLH0", "SQLA", "kglsim object batch"])))


def db_negs():
    def n_switch(R):
        seq = R.randint(40000, 60000)
        g = R.randint(1, 4)
        return al(R, "Thread 1 advanced to log sequence %d (LGWR switch),  current SCN: %d\n  Current log# %d seq# %d mem# 0: /rdsdbdata/db/POLICYDB_A/onlinelog/o1_mf_%d_%s_.log" % (seq, R.randint(10 ** 10, 10 ** 11), g, seq, g, lower(R, 8)))

    def n_arch(R):
        return al(R, "ARC%d (PID:%d): Archived Log entry %d added for B-%d.T-1.S-%d ID 0x%s LAD:1" % (R.randint(0, 3), R.randint(1000, 9000), R.randint(1000, 90000), R.randint(1100000000, 1199999999), R.randint(40000, 60000), hexs(R, 8)))

    def n_resize(R):
        old = R.randint(1000000, 30000000)
        return al(R, "Resize operation completed for file# %d, fname /rdsdbdata/db/POLICYDB_A/datafile/o1_mf_%s_%s_.dbf, old size %dK, new size %dK" % (R.randint(5, 12), pick(R, ["pas_data", "pas_idx", "undo_t1"]), lower(R, 8), old, old + 10240))

    def n_partition(R):
        return al(R, "TABLE SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY: ADDED INTERVAL PARTITION SYS_P%d (%d) VALUES LESS THAN (TO_DATE(' 2031-02-%02d 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN'))" % (R.randint(1000, 9999), R.randint(11000, 11400), R.randint(2, 28)))

    def n_plan(R):
        return al(R, pick(R, ["Setting Resource Manager plan SCHEDULER[0x%X]:DEFAULT_MAINTENANCE_PLAN via scheduler window" % R.randint(0x4000, 0x4FFF),
                              "Closing scheduler window\nRestoring Resource Manager plan DEFAULT_PLAN via scheduler window",
                              "Starting background process SMCO\nSMCO started with pid=%d, OS id=%d" % (R.randint(30, 90), R.randint(1000, 60000))]))

    def n_3136(R):
        return al(R, "WARNING: inbound connection timed out (ORA-3136)")

    def n_est(R):
        prog, user = client(R)
        return lsn(R, pick(R, ["POLICYDB", "POLICYDB_RO"]), user, prog, 0)

    def n_update(R):
        return "%s * service_update * POLICYDB * 0" % listener_ts(R)

    def n_ping(R):
        return "%s * ping * 0" % listener_ts(R)

    def n_scan(R):
        return "%s * <unknown connect data> * (ADDRESS=(PROTOCOL=tcp)(HOST=%s)(PORT=%d)) * establish * <unknown sid> * 12537\nTNS-12537: TNS:connection closed\n TNS-12560: TNS:protocol adapter error\n  TNS-00507: Connection closed" % (
            listener_ts(R), ip10(R, 40), R.randint(30000, 65000))

    def n_stats(R):
        return al(R, "Thread 1 cannot allocate new log, sequence %d\nCheckpoint not complete\n  Current log# %d seq# %d mem# 0: /rdsdbdata/db/POLICYDB_A/onlinelog/o1_mf_%d_%s_.log" % ((lambda s, g: (s, g, s - 1, g, lower(R, 8)))(R.randint(40000, 60000), R.randint(1, 4))))

    def n_alter(R):
        return al(R, pick(R, ["ALTER SYSTEM ARCHIVE LOG", "alter database backup controlfile to trace",
                              "Completed: ALTER SYSTEM ARCHIVE LOG", "ALTER SYSTEM SET open_cursors=%d SCOPE=BOTH;" % pick(R, [300, 500, 1000])]) + (" /* rdsadmin %s */" % lower(R, 6)))

    return [n_switch, n_arch, n_resize, n_partition, n_plan, n_3136, n_est, n_update, n_ping, n_scan, n_stats, n_alter]


def policydb(R):
    return build(R, F1, [("pas-data-tablespace-maxsize", db_tbs), ("processes-300-below-pool-total", db_procs),
                         ("renewal-extract-undo-retention", db_1555), ("bordereaux-mta-lock-order-deadlock", db_deadlock),
                         ("rating-cache-literals-shared-pool", db_4031)], db_negs())


# ---------------------------------------------------------------- brokerportal-symfony7-monolog-json-nginx
F2 = "brokerportal-symfony7-monolog-json-nginx"
LEVELS = {"DEBUG": 100, "INFO": 200, "NOTICE": 250, "WARNING": 300, "ERROR": 400, "CRITICAL": 500}
HOST = "brokers.%s" % DOMAIN


def mj(R, lvl, channel, msg, ctx=None):
    m = moment(R)
    return jd({"message": msg, "context": ctx or {}, "level": LEVELS[lvl], "level_name": lvl, "channel": channel,
               "datetime": m.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % m.microsecond, "extra": {}})


def uncaught(R, lvl, cls, msg, file, line):
    return mj(R, lvl, "request", "Uncaught PHP Exception %s: \"%s\" at %s line %d" % (cls, msg, file.split("/")[-1], line),
              {"exception": {"class": cls, "message": msg, "code": 0, "file": "/var/www/brokers/%s:%d" % (file, line)}})


def ng_err(R, lvl, msg):
    return "%s [%s] %d#%d: *%d %s" % (nginx_err_ts(R), lvl, R.randint(20, 40), R.randint(20, 40), R.randint(1000, 9999999), msg)


def ng_acc(R, method, path, st, rt=None):
    return '%s - %s [%s] "%s %s HTTP/1.1" %d %d "%s" "%s" %.3f' % (
        ip10(R, 50), pick(R, ["-", "brk%04d" % R.randint(1, 9000)]), nginx_acc_ts(R), method, path, st, R.randint(0, 60000), pick(R, ["-", "https://%s/dashboard" % HOST]),
        pick(R, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0 Safari/537.36 Edg/132.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15", "ELB-HealthChecker/2.0"]),
        rt if rt is not None else R.uniform(0.005, 1.5))


def brk(R):
    return "BRK-%04d" % R.randint(10, 9000)


def bp_saml(R):
    # the broker network's IdP (invented "BrokerNet") rolled its SAML signing certificate; the portal's SP metadata
    # still pins the old one, so no broker of that network can sign in
    return mj(R, "ERROR", "security", "SAML authentication failed: Signature validation failed. SAML Response rejected", {
        "idp": "https://sso.brokernet.example/saml2/idp", "response_id": "_%s" % hexs(R, 40), "firm": brk(R), "cert_fingerprint_expected": "sha256:5e0c1f9a7d2b44e1"})


def bp_redis(R):
    # the ElastiCache auth token was rotated but the portal's REDIS_URL secret still has the old one; every request that
    # starts a session fails
    return uncaught(R, "CRITICAL", "RedisException", "WRONGPASS invalid username-password pair or user is disabled.",
                    "vendor/symfony/http-foundation/Session/Storage/Handler/RedisSessionHandler.php", pick(R, [53, 55, 71]))


def bp_export(R):
    # the commission-statement export joins COMMISSION without the broker index (dropped in the 7.2 migration); it runs
    # past fastcgi_read_timeout 60s and every broker's statement download fails with 504
    period = "2031-%02d" % R.randint(1, 2)
    if R.random() < 0.5:
        return ng_err(R, "error", "upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: %s, request: \"GET /commissions/statements/export?period=%s&firm=%s HTTP/1.1\", upstream: \"fastcgi://127.0.0.1:9000\", host: \"%s\"" % (
            ip10(R, 50), HOST, period, brk(R), HOST))
    return ng_acc(R, "GET", "/commissions/statements/export?period=%s&firm=%s" % (period, brk(R)), 504, 60.001 + R.uniform(0, 0.01))


def bp_rating(R):
    # rating engine v3.8 made vehicle.usage_class required; the portal's motor quote form does not send it, so every
    # broker motor quote is rejected (the request is ours, not the broker's)
    return mj(R, "ERROR", "app", "Motor quote request to rating engine failed: HTTP 400", {
        "firm": brk(R), "quote_ref": "BQ-%s" % upper(R, 8), "response": "{\"error\":\"vehicle.usage_class: required\"}", "endpoint": "https://rating.internal.%s/v2/quotes" % DOMAIN})


def bp_twig(R):
    # the ECS task now runs with readonlyRootFilesystem and no writable volume for var/cache; templates not warmed at
    # build time cannot be compiled and those pages return 500
    return uncaught(R, "CRITICAL", "RuntimeException",
                    "Unable to write in the cache directory (/var/www/brokers/var/cache/prod/twig/%s)." % hexs(R, 2),
                    "vendor/twig/twig/src/Cache/FilesystemCache.php", 48)


def bp_negs():
    def n_route(R):
        r = pick(R, [("app_dashboard", "/dashboard"), ("app_quote_new", "/quotes/new"), ("app_policy_show", "/policies/MG-HH-2031-%06d" % R.randint(1000, 999999)), ("app_commission_index", "/commissions")])
        return mj(R, "INFO", "request", "Matched route \"%s\"." % r[0], {"route": r[0], "route_parameters": {"_route": r[0]}, "request_uri": "https://%s%s" % (HOST, r[1]), "method": "GET"})

    def n_acc(R):
        return pick(R, [ng_acc(R, "GET", "/dashboard", 200), ng_acc(R, "POST", "/quotes/new", 302), ng_acc(R, "GET", "/build/app.%s.js" % hexs(R, 8), 304),
                        ng_acc(R, "GET", "/healthz", 200, 0.002), ng_acc(R, "GET", "/commissions/statements/export?period=2030-12&firm=%s" % brk(R), 200), ng_acc(R, "GET", "/policies/MG-MTR-2031-%06d" % R.randint(1000, 999999), 404)])

    def n_badpw(R):
        return mj(R, "INFO", "security", "Authenticator failed.", {"exception": {"class": "Symfony\\Component\\Security\\Core\\Exception\\BadCredentialsException", "message": "Bad credentials.", "code": 0}, "authenticator": "App\\Security\\LoginFormAuthenticator", "username": "%s@%s.example" % (lower(R, 6), pick(R, ["hallbrook-insurance", "peak-brokers", "northway"]))})

    def n_locked(R):
        return mj(R, "NOTICE", "security", "Account locked after 5 failed sign-in attempts", {"user": "%s@%s.example" % (lower(R, 6), pick(R, ["hallbrook-insurance", "peak-brokers"])), "firm": brk(R), "unlock_at": "2031-02-%02dT%02d:%02d:00+00:00" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59))})

    def n_404(R):
        path = pick(R, ["/wp-admin/setup-config.php", "/.git/config", "/policies/MG-HH-2031-%06d" % R.randint(1000, 999999), "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"])
        return mj(R, "ERROR", "request", "Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: \"No route found for \"GET https://%s%s\"\" at RouterListener.php line 149" % (HOST, path),
                  {"exception": {"class": "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException", "message": "No route found for \"GET https://%s%s\"" % (HOST, path), "code": 0}})

    def n_403(R):
        return mj(R, "ERROR", "request", "Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException: \"Access Denied.\" at ErrorListener.php line 127",
                  {"exception": {"class": "Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException", "message": "Access Denied.", "code": 0}, "firm": brk(R)})

    def n_quote(R):
        return mj(R, "INFO", "app", "Broker quote created", {"firm": brk(R), "quote_ref": "BQ-%s" % upper(R, 8), "product": pick(R, ["motor-private", "home-buildings", "landlord", "motor-van"]), "premium": "%d.%02d" % (R.randint(150, 3000), R.randint(0, 99)), "errors": []})

    def n_decl(R):
        return mj(R, "INFO", "app", "Quote declined by underwriting", {"firm": brk(R), "quote_ref": "BQ-%s" % upper(R, 8), "rule": pick(R, ["KO-AGE-UNDER-17", "KO-THATCHED-ROOF", "KO-SUBSIDENCE-HISTORY"])})

    def n_depr(R):
        return mj(R, "INFO", "php", "User Deprecated: Since %s" % pick(R, ["symfony/doctrine-bridge 7.1: The \"auto_mapping\" option is deprecated.", "doctrine/doctrine-bundle 2.12: The default value of \"doctrine.orm.controller_resolver.auto_mapping\" will be changed from `true` to `false`.", "symfony/security-http 7.2: The \"Symfony\\Component\\Security\\Http\\Attribute\\IsGranted::$exceptionCode\" property is deprecated."]), {"exception": {}})

    def n_ngwarn(R):
        return pick(R, [ng_err(R, "warn", "an upstream response is buffered to a temporary file /var/cache/nginx/fastcgi_temp/%d/%02d/%010d while reading upstream, client: %s, server: %s, request: \"GET /documents/schedule/MG-HH-2031-%06d.pdf HTTP/1.1\", upstream: \"fastcgi://127.0.0.1:9000\", host: \"%s\"" % (R.randint(1, 9), R.randint(0, 99), R.randint(1, 9999999999), ip10(R, 50), HOST, R.randint(1000, 999999), HOST)),
                        ng_err(R, "error", "open() \"/var/www/brokers/public/%s\" failed (2: No such file or directory), client: %s, server: %s, request: \"GET /%s HTTP/1.1\", host: \"%s\"" % ((lambda f: (f, ip10(R, 50), HOST, f, HOST))(pick(R, ["wp-login.php", "xmlrpc.php", ".env", "favicon-32x32.png"])))),
                        ng_err(R, "info", "client %s closed keepalive connection" % ip10(R, 50))])

    def n_session(R):
        return mj(R, "INFO", "security", "Session expired; redirecting to login", {"firm": brk(R), "idle_minutes": R.randint(30, 240)})

    def n_msg(R):
        return mj(R, "INFO", "messenger", "Message App\\Message\\SendQuoteDocuments handled by App\\MessageHandler\\SendQuoteDocumentsHandler::__invoke", {"class": "App\\Message\\SendQuoteDocuments", "handler": "App\\MessageHandler\\SendQuoteDocumentsHandler::__invoke", "message_id": R.randint(10000, 9999999)})

    def n_retry(R):
        return mj(R, "WARNING", "messenger", "Error thrown while handling message App\\Message\\SendQuoteDocuments. Sending for retry #1 using 1000 ms delay. Error: \"Connection to email-smtp.%s.amazonaws.com:587 timed out.\"" % REGION,
                  {"class": "App\\Message\\SendQuoteDocuments", "retryCount": 1, "delay": 1000, "message_id": R.randint(10000, 9999999)})

    def n_login(R):
        return mj(R, "INFO", "security", "SAML login succeeded", {"idp": pick(R, ["https://sso.brokernet.example/saml2/idp", "https://login.peak-brokers.example/adfs/services/trust"]), "firm": brk(R), "session": hexs(R, 12)})

    return [n_route, n_acc, n_badpw, n_locked, n_404, n_403, n_quote, n_decl, n_depr, n_ngwarn, n_session, n_msg, n_retry, n_login]


def brokerportal(R):
    return build(R, F2, [("brokernet-idp-signing-cert-rolled", bp_saml), ("session-redis-token-rotated", bp_redis),
                         ("commission-export-index-dropped", bp_export), ("motor-form-missing-usage-class", bp_rating),
                         ("readonly-rootfs-twig-cache", bp_twig)], bp_negs())


FAMILIES = {F1: policydb, F2: brokerportal}
