"""Families: ubuntu2404-nginx-phpfpm-web, rocky9-postgres16-db-hosts."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    ec2host, pid, bsd, r3339, r5424, kern, systemd, uptime, ACCT)

# ---------------------------------------------------------------- ubuntu2404-nginx-phpfpm-web
# "crumbshop", an online bakery shop: Ubuntu 24.04 web fleet (ip-10-20-*), nginx 1.24 + php8.3-fpm (the shop),
# uwsgi (a small Django admin app), systemd, AppArmor, unattended-upgrades, certbot. rsyslog on 24.04 writes
# high-precision RFC 3339 timestamps; nginx error.log and php-fpm's log have their own layouts; the CloudWatch
# agent ships all of them.
F1 = "ubuntu2404-nginx-phpfpm-web"


def w1host(R):
    return ec2host(R, 20)


def ngx(R, level, msg, conn=True):
    p = R.randint(900, 4000)
    c = "*%d " % R.randint(100, 9999999) if conn else ""
    return "2028/05/%02d %s [%s] %d#%d: %s%s" % (day(R), hms(R), level, p, p, c, msg)


def cli(R):
    return "client: %s, server: shop.crumbshop.example" % ipdoc(R)


def fpm(R, level, msg):
    return "[%02d-May-2028 %s] %s: %s" % (day(R), hms(R), level, msg)


def u_maxchildren(R):
    if R.random() < 0.45:
        return fpm(R, "WARNING", "[pool www] server reached pm.max_children setting (%d), consider raising it" % pick(R, [12, 12, 16]))
    path = pick(R, ["/", "/product/%d" % R.randint(100, 9000), "/cart", "/category/%s" % pick(R, ["bread", "cakes", "pastry"])])
    return ngx(R, "error", "connect() to unix:/run/php/php8.3-fpm.sock failed (11: Resource temporarily unavailable) while connecting to upstream, %s, request: \"GET %s HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.3-fpm.sock:\", host: \"shop.crumbshop.example\"" % (cli(R), path))


def u_checkout_timeout(R):
    c = R.randint(2000, 90000)
    r = R.random()
    if r < 0.4:
        return fpm(R, "WARNING", "[pool www] child %d, script '/var/www/crumbshop/public/index.php' (request: \"POST /index.php\") execution timed out (%.6f sec), terminating" % (c, R.uniform(60.0, 60.9)))
    if r < 0.6:
        return fpm(R, "WARNING", "[pool www] child %d exited on signal 15 (SIGTERM) after %.6f seconds from start" % (c, R.uniform(300, 90000)))
    return ngx(R, "error", "upstream prematurely closed FastCGI stdout while reading response header from upstream, %s, request: \"POST /checkout/confirm HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.3-fpm.sock:\", host: \"shop.crumbshop.example\", referrer: \"https://shop.crumbshop.example/checkout\"" % cli(R))


def u_export_mem(R):
    return ngx(R, "error", "FastCGI sent in stderr: \"PHP message: PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate %d bytes) in /var/www/crumbshop/src/Admin/OrderExport.php on line %d\" while reading response header from upstream, %s, request: \"GET /admin/orders/export.csv?from=2028-0%d-01 HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.3-fpm.sock:\", host: \"shop.crumbshop.example\"" % (pick(R, [20480, 4096, 65536, 2097160]), pick(R, [118, 118, 121]), cli(R), R.randint(1, 4)))


def u_dangling(R):
    h = w1host(R)
    r = R.random()
    if r < 0.4:
        return r3339(R, h, "nginx", "nginx: [emerg] open() \"/etc/nginx/sites-enabled/legacy-admin.conf\" failed (2: No such file or directory) in /etc/nginx/nginx.conf:60")
    if r < 0.7:
        return systemd(R, h, "nginx.service: Control process exited, code=exited, status=1/FAILURE", r3339)
    return systemd(R, h, "Reload failed for nginx.service - A high performance web server and a reverse proxy server.", r3339)


def u_apparmor(R):
    h = w1host(R)
    f = "/srv/crumbshop/uploads/%s/%s.jpg" % (pick(R, ["products", "reviews", "banners"]), lower(R, 12))
    if R.random() < 0.6:
        ts = "%d.%03d:%d" % (R.randint(1840752000, 1841529599), R.randint(0, 999), R.randint(100, 99999))
        return kern(R, h, "audit: type=1400 audit(%s): apparmor=\"DENIED\" operation=\"mknod\" class=\"file\" profile=\"php-fpm8.3\" name=\"%s\" pid=%d comm=\"php-fpm8.3\" requested_mask=\"c\" denied_mask=\"c\" fsuid=33 ouid=33" % (ts, f, pid(R)), r3339)
    return ngx(R, "error", "FastCGI sent in stderr: \"PHP message: PHP Warning:  move_uploaded_file(%s): Failed to open stream: Permission denied in /var/www/crumbshop/src/Media/Uploader.php on line 57\" while reading response header from upstream, %s, request: \"POST /admin/media HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.3-fpm.sock:\", host: \"shop.crumbshop.example\"" % (f, cli(R)))


def u_dpkg(R):
    h = w1host(R)
    r = R.random()
    ts = "2028-05-%02d 06:%02d:%02d,%03d" % (day(R), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    if r < 0.35:
        return ts + " ERROR Cache has broken packages, exiting"
    if r < 0.6:
        return ts + " ERROR dpkg --configure -a output:\ndpkg: error processing package php8.3-fpm (--configure):\n installed php8.3-fpm package post-installation script subprocess returned error exit status 1\nErrors were encountered while processing:\n php8.3-fpm"
    if r < 0.8:
        return systemd(R, h, "apt-daily-upgrade.service: Main process exited, code=exited, status=1/FAILURE", r3339)
    return systemd(R, h, "Failed to start apt-daily-upgrade.service - Daily apt upgrade and clean activities.", r3339)


def u_varfull(R):
    r = R.random()
    if r < 0.4:
        return ngx(R, "crit", "pwrite() \"/var/lib/nginx/body/00000%05d\" failed (28: No space left on device), %s, request: \"POST /admin/media HTTP/2.0\", host: \"shop.crumbshop.example\"" % (R.randint(0, 99999), cli(R)))
    if r < 0.75:
        return ngx(R, "error", "FastCGI sent in stderr: \"PHP message: PHP Warning:  session_start(): open(/var/lib/php/sessions/sess_%s, O_RDWR) failed: No space left on device (28) in /var/www/crumbshop/src/Http/Session.php on line 31\" while reading response header from upstream, %s, request: \"GET /cart HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.3-fpm.sock:\", host: \"shop.crumbshop.example\"" % (lower(R, 26), cli(R)))
    return r3339(R, w1host(R), "rsyslogd", "file '/var/log/syslog' write error - see https://www.rsyslog.com/solving-rsyslog-write-errors/ for help OS error: No space left on device [v8.2312.0 try https://www.rsyslog.com/e/2027 ]", R.randint(600, 1200))


def u_uwsgi(R):
    h = w1host(R)
    r = R.random()
    p = R.randint(1000, 40000)
    if r < 0.4:
        return r3339(R, h, "uwsgi", "*** Operational MODE: preforking ***\nTraceback (most recent call last):\n  File \"/opt/backoffice/backoffice/wsgi.py\", line 14, in <module>\n    application = get_wsgi_application()\n  File \"/opt/backoffice/venv/lib/python3.12/site-packages/django/core/wsgi.py\", line 12, in get_wsgi_application\n    django.setup(set_prefix=False)\nModuleNotFoundError: No module named 'backoffice.settings.production'\nunable to load app 0 (mountpoint='') (callable not found or import error)", p)
    if r < 0.75:
        return r3339(R, h, "uwsgi", "*** no app loaded. going in full dynamic mode ***", p)
    return r3339(R, h, "uwsgi", "--- no python application found, check your startup logs for errors --- [pid: %d|app: -1|req: -1/%d] %s () {%d vars in %d bytes} [Sun May  %d %s 2028] GET /admin/ => generated 21 bytes in 0 msecs (HTTP/1.1 500) 2 headers in 83 bytes (0 switches on core 0)" % (R.randint(1000, 40000), R.randint(1, 900), ip10(R), R.randint(30, 40), R.randint(600, 900), day(R), hms(R)), p)


def u_stockapi(R):
    h = w1host(R)
    r = R.random()
    if r < 0.45:
        return ngx(R, "error", "connect() failed (111: Connection refused) while connecting to upstream, %s, request: \"GET /api/stock/%d HTTP/2.0\", upstream: \"http://127.0.0.1:8081/stock/%d\", host: \"shop.crumbshop.example\"" % (cli(R), R.randint(100, 9000), R.randint(100, 9000)))
    if r < 0.7:
        return r3339(R, h, "(ock-api)", "stock-api.service: Unable to locate executable '/opt/stock-api/current/bin/stock-api': No such file or directory")
    if r < 0.85:
        return systemd(R, h, "stock-api.service: Main process exited, code=exited, status=203/EXEC", r3339)
    return systemd(R, h, "stock-api.service: Failed with result 'exit-code'.", r3339)


def u_workerconn(R):
    return ngx(R, "alert", "%d worker_connections are not enough while connecting to upstream, %s, request: \"GET /%s HTTP/2.0\", upstream: \"fastcgi://unix:/run/php/php8.3-fpm.sock:\", host: \"shop.crumbshop.example\"" % (768, cli(R), pick(R, ["", "cart", "product/%d" % R.randint(100, 9000), "static/app.%s.js" % hexs(R, 8)])))


def u_certbot(R):
    h = w1host(R)
    r = R.random()
    if r < 0.4:
        return r3339(R, h, "certbot", "Failed to renew certificate shop.crumbshop.example with error: Some challenges have failed.")
    if r < 0.7:
        return r3339(R, h, "certbot", "Certbot failed to authenticate some domains (authenticator: webroot). The Certificate Authority reported these problems:\n  Domain: shop.crumbshop.example\n  Type:   unauthorized\n  Detail: %s: Invalid response from http://shop.crumbshop.example/.well-known/acme-challenge/%s: 403" % (ipdoc(R), alnum(R, 43)))
    return r3339(R, h, "certbot", "All renewals failed. The following certificates could not be renewed:\n  /etc/letsencrypt/live/shop.crumbshop.example/fullchain.pem (failure)\n1 renew failure(s), 0 parse failure(s)")


def ub_negs():
    def n_access_info(R): return ngx(R, "info", "client %s closed keepalive connection" % ipdoc(R))
    def n_limit(R): return ngx(R, "error", "limiting requests, excess: %.3f by zone \"login\", %s, request: \"POST /account/login HTTP/2.0\", host: \"shop.crumbshop.example\"" % (R.uniform(5, 30), cli(R)))
    def n_scan(R): return ngx(R, "error", "open() \"/var/www/crumbshop/public/%s\" failed (2: No such file or directory), %s, request: \"GET /%s HTTP/1.1\", host: \"%s\"" % ((lambda p: (p, cli(R), p, ipdoc(R)))(pick(R, ["wp-login.php", ".env", "xmlrpc.php", "phpmyadmin/index.php", ".git/config"]))))
    def n_reopen(R): return ngx(R, "notice", "signal %d (SIGUSR1) received from %d, reopening logs" % (R.randint(1, 9), R.randint(1000, 90000)), False)
    def n_fpm_start(R): return fpm(R, "NOTICE", pick(R, ["fpm is running, pid %d" % R.randint(500, 9000), "ready to handle connections", "systemd monitor interval set to 10000ms"]) + "")
    def n_fpm_child(R): return fpm(R, "NOTICE", "[pool www] child %d started" % R.randint(2000, 90000))
    def n_fpm_deprec(R): return ngx(R, "warn", "FastCGI sent in stderr: \"PHP message: PHP Deprecated:  Creation of dynamic property Crumbshop\\Cart\\Line::$%s is deprecated in /var/www/crumbshop/src/Cart/Line.php on line %d\" while reading response header from upstream, %s, request: \"GET /cart HTTP/2.0\"" % (pick(R, ["discount", "giftNote", "bundle"]), R.randint(20, 90), cli(R)))
    def n_session(R): return r3339(R, w1host(R), "systemd-logind", "New session %d of user %s." % (R.randint(1, 900), pick(R, ["ubuntu", "deploy", "ssm-user"])), R.randint(500, 900))
    def n_cron(R): return r3339(R, w1host(R), "CRON", "(root) CMD ([ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi)")
    def n_uu(R): return "2028-05-%02d 06:%02d:%02d,%03d INFO %s" % (day(R), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), pick(R, ["No packages found that can be upgraded unattended and no pending auto-removals", "All upgrades installed", "Packages that will be upgraded: libssl3t64 openssl", "Allowed origins are: o=Ubuntu,a=noble, o=Ubuntu,a=noble-security, o=UbuntuESMApps,a=noble-apps-security"]))
    def n_aa(R): return kern(R, w1host(R), "audit: type=1400 audit(%d.%03d:%d): apparmor=\"STATUS\" operation=\"profile_replace\" info=\"same as current profile, skipping\" profile=\"unconfined\" name=\"%s\" pid=%d comm=\"apparmor_parser\"" % (R.randint(1840752000, 1841529599), R.randint(0, 999), R.randint(10, 9999), pick(R, ["php-fpm8.3", "nvidia_modprobe", "/usr/bin/man", "rsyslogd"]), pid(R)), r3339)
    def n_logrot(R): return systemd(R, w1host(R), pick(R, ["logrotate.service: Deactivated successfully.", "Finished logrotate.service - Rotate log files.", "Starting logrotate.service - Rotate log files...", "Started apt-daily.timer - Daily apt download activities.", "Finished motd-news.service - Message of the Day."]) + " ", r3339)
    def n_snap(R): return r3339(R, w1host(R), "snapd", "storehelpers.go:%d: cannot refresh: snap has no updates available: \"amazon-ssm-agent\", \"core22\", \"snapd\"" % R.randint(700, 990))
    def n_reload(R): return systemd(R, w1host(R), "Reloaded nginx.service - A high performance web server and a reverse proxy server. (after deploy %s)" % hexs(R, 7), r3339)
    def n_uwsgi_req(R): return r3339(R, w1host(R), "uwsgi", "[pid: %d|app: 0|req: %d/%d] %s () {44 vars in 812 bytes} [Tue May  %d %s 2028] GET /admin/orders/?page=%d => generated %d bytes in %d msecs (HTTP/1.1 200) 8 headers in 402 bytes (1 switches on core 0)" % (R.randint(1000, 40000), R.randint(1, 400), R.randint(400, 9000), ip10(R), day(R), hms(R), R.randint(1, 30), R.randint(2000, 60000), R.randint(8, 400)))
    def n_certok(R): return r3339(R, w1host(R), "certbot", "Certificate not yet due for renewal; no action taken. (shop.crumbshop.example expires in %d days)" % R.randint(31, 80))
    def n_closed(R): return ngx(R, "info", "client prematurely closed connection while sending response to client, %s, request: \"GET /static/img/%s.webp HTTP/2.0\"" % (cli(R), lower(R, 10)))
    return [n_access_info, n_limit, n_scan, n_reopen, n_fpm_start, n_fpm_child, n_fpm_deprec, n_session, n_cron, n_uu, n_aa, n_logrot, n_snap, n_reload, n_uwsgi_req, n_certok, n_closed]


def fam_ub(R):
    groups = [("phpfpm-max-children-too-low", u_maxchildren), ("checkout-confirm-request-terminate-timeout", u_checkout_timeout),
              ("order-export-php-memory-limit", u_export_mem), ("nginx-reload-dangling-site-symlink", u_dangling),
              ("apparmor-php-fpm-denies-uploads-dir", u_apparmor), ("unattended-upgrade-php-fpm-postinst-broken", u_dpkg),
              ("var-volume-full", u_varfull), ("backoffice-uwsgi-settings-module-missing", u_uwsgi),
              ("stock-api-binary-missing-after-deploy", u_stockapi), ("nginx-worker-connections-exhausted", u_workerconn),
              ("certbot-webroot-challenge-403", u_certbot)]
    return build(R, F1, groups, ub_negs())


# ---------------------------------------------------------------- rocky9-postgres16-db-hosts
# "ledgerly" accounting: Rocky Linux 9 hosts (db-ledger-01..03, pg-report-01) running PostgreSQL 16 from PGDG
# (stderr log: `2028-05-03 12:34:56.789 UTC [pid] user@db LEVEL:  msg`), SELinux enforcing with auditd and
# setroubleshoot, tuned, chronyd, LVM thin pools for backups, XFS, kdump. /var/log/messages in the
# traditional format.
F2 = "rocky9-postgres16-db-hosts"

DBH = ["db-ledger-01", "db-ledger-02", "db-ledger-03", "pg-report-01"]


def pgl(R, who, level, msg):
    """PostgreSQL stderr log with log_line_prefix '%m [%p] %q%u@%d '; "\n@" in msg starts a new line with the
    same prefix (DETAIL/HINT/STATEMENT lines), tab-indented continuation lines have no prefix."""
    pre = "2028-05-%02d %s.%03d UTC [%d] %s" % (day(R), hms(R), R.randint(0, 999), R.randint(1000, 999999), who)
    return pre + "%s:  %s" % (level, msg.replace("\n@", "\n" + pre))


def appu(R):
    return pick(R, ["ledger_app@ledger ", "ledger_app@ledger ", "batch@ledger ", "reporting@ledger "])


def p_toomany(R):
    if R.random() < 0.8:
        return pgl(R, pick(R, ["ledger_app@ledger ", "ledger_app@ledger ", "batch@ledger "]), "FATAL", "sorry, too many clients already")
    return pgl(R, "ledger_app@ledger ", "FATAL", "remaining connection slots are reserved for roles with the SUPERUSER attribute")


def p_selinux(R):
    h = pick(R, DBH[:3])
    seg = "00000001%08X%08X" % (R.randint(0x10, 0x14), R.randint(0, 255))
    r = R.random()
    if r < 0.25:
        return bsd(R, h, "setroubleshoot", "SELinux is preventing /usr/pgsql-16/bin/postgres from write access on the directory wal_archive. For complete SELinux messages run: sealert -l %s" % uuid(R))
    if r < 0.45:
        return "type=AVC msg=audit(%d.%03d:%d): avc:  denied  { write } for  pid=%d comm=\"cp\" name=\"wal_archive\" dev=\"dm-4\" ino=%d scontext=system_u:system_r:postgresql_t:s0 tcontext=unconfined_u:object_r:unlabeled_t:s0 tclass=dir permissive=0" % (R.randint(1840752000, 1841529599), R.randint(0, 999), R.randint(1000, 99999), pid(R), R.randint(128, 9999999))
    if r < 0.75:
        return pgl(R, "", "LOG", "archive command failed with exit code 1\n@DETAIL:  The failed archive command was: test ! -f /pgarchive/wal_archive/%s && cp pg_wal/%s /pgarchive/wal_archive/%s" % (seg, seg, seg))
    return pgl(R, "", "WARNING", "archiving write-ahead log file \"%s\" failed too many times, will try again later" % seg)


def p_deadlock(R):
    a, b = R.randint(1000, 999999), R.randint(1000, 999999)
    return pgl(R, "ledger_app@ledger ", "ERROR", "deadlock detected\n@DETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d: UPDATE accounts SET balance = balance + $1 WHERE id = $2\n\tProcess %d: UPDATE accounts SET balance = balance + $1 WHERE id = $2\n@HINT:  See server log for query details.\n@CONTEXT:  while updating tuple (%d,%d) in relation \"accounts\"\n@STATEMENT:  UPDATE accounts SET balance = balance + $1 WHERE id = $2" % (a, R.randint(10**7, 10**8), b, b, R.randint(10**7, 10**8), a, a, b, R.randint(100, 9000), R.randint(1, 80)))


def p_walfull(R):
    r = R.random()
    if r < 0.4:
        return pgl(R, "", "PANIC", "could not write to file \"pg_wal/xlogtemp.%d\": No space left on device" % R.randint(1000, 999999))
    if r < 0.7:
        return pgl(R, "", "LOG", "server process (PID %d) was terminated by signal 6: Aborted" % R.randint(1000, 999999))
    return pgl(R, appu(R), "FATAL", "the database system is in recovery mode")


def p_thinpool(R):
    h = pick(R, DBH)
    return bsd(R, h, "dmeventd", "WARNING: Thin pool vg_backup-backup_tpool-tpool data is now %.2f%% full." % R.uniform(90, 99.9))


def p_xfs(R):
    h = "pg-report-01"
    r = R.random()
    ino = "0x%x" % R.randint(0x100000, 0xfffffff)
    if r < 0.4:
        return kern(R, h, "XFS (dm-%d): Metadata corruption detected at xfs_dinode_verify.part.0+0x%x/0x%x [xfs], inode %s dinode" % (pick(R, [3, 3]), R.randint(0x100, 0x5ff), 0x690, ino))
    if r < 0.7:
        return kern(R, h, "XFS (dm-3): Unmount and run xfs_repair")
    return kern(R, h, "XFS (dm-3): Corruption of in-memory data (0x8) detected at xfs_trans_cancel+0x%x/0x%x [xfs] (fs/xfs/xfs_trans.c:1097).  Shutting down filesystem." % (R.randint(0x100, 0x1ff), 0x200))


def p_chrony(R):
    h = pick(R, DBH)
    if R.random() < 0.6:
        return bsd(R, h, "chronyd", "Can't synchronise: no selectable sources")
    return bsd(R, h, "chronyd", "Source %s.%d offline" % (pick(R, ["162.159.200", "129.6.15", "216.239.35"]), R.randint(1, 30)))


def p_tuned(R):
    ts = "2028-05-%02d %s,%03d" % (day(R), hms(R), R.randint(0, 999))
    if R.random() < 0.6:
        return ts + " ERROR    tuned.daemon.daemon: Cannot load profile(s) 'ledgerly-postgres': Cannot find profile 'ledgerly-postgres' in '['/etc/tuned', '/usr/lib/tuned']'."
    return ts + " ERROR    tuned.daemon.controller: Failed to reload TuneD: Cannot load profile(s) 'ledgerly-postgres': Cannot find profile 'ledgerly-postgres' in '['/etc/tuned/profiles', '/usr/lib/tuned/profiles', '/etc/tuned', '/usr/lib/tuned']'."


def p_kdump(R):
    h = pick(R, DBH)
    r = R.random()
    if r < 0.45:
        return bsd(R, h, "kdumpctl", "kdump: No memory reserved for crash kernel")
    if r < 0.7:
        return bsd(R, h, "kdumpctl", "kdump: Starting kdump: [FAILED]")
    return bsd(R, h, "systemd", "Failed to start kdump.service - Crash recovery kernel arming.", 1)


def p_reporting_pw(R):
    return pgl(R, "reporting@ledger ", "FATAL", "password authentication failed for user \"reporting\"\n@DETAIL:  Connection matched file \"/var/lib/pgsql/16/data/pg_hba.conf\" line 98: \"host    ledger    reporting    10.40.0.0/16    scram-sha-256\"")


def p_walremoved(R):
    seg = "00000001%08X%08X" % (R.randint(0x10, 0x14), R.randint(0, 255))
    if R.random() < 0.7:
        return pgl(R, "", "FATAL", "could not receive data from WAL stream: ERROR:  requested WAL segment %s has already been removed" % seg)
    return pgl(R, "", "LOG", "waiting for WAL to become available at %X/%X" % (R.randint(0x10, 0x14), R.randint(0x1000000, 0xFFFFFFF)))


def p_wraparound(R):
    n = R.randint(1000000, 9999999)
    return pgl(R, pick(R, ["ledger_app@ledger ", "batch@ledger ", ""]), "WARNING", "database \"ledger\" must be vacuumed within %d transactions\n@HINT:  To avoid XID assignment failures, execute a database-wide VACUUM in that database.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots." % n)


def pg_negs():
    def n_ckpt(R): return pgl(R, "", "LOG", pick(R, ["checkpoint starting: time", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 9), R.randint(0, 9), R.uniform(20, 269), R.uniform(0, 0.2), R.uniform(20, 270))]))
    def n_autovac(R): return pgl(R, "", "LOG", "automatic vacuum of table \"ledger.public.%s\": index scans: %d\n\tpages: 0 removed, %d remain, %d scanned (%.2f%% of total)\n\ttuples: %d removed, %d remain, 0 are dead but not yet removable" % (pick(R, ["journal_lines", "accounts", "postings", "audit_events"]), R.randint(0, 1), R.randint(1000, 900000), R.randint(100, 9000), R.uniform(1, 40), R.randint(0, 90000), R.randint(10000, 9000000)))
    def n_conn(R): return pgl(R, "[unknown]@[unknown] ", "LOG", "connection received: host=%s port=%d" % (ip10(R), port(R)))
    def n_disc(R): return pgl(R, "ledger_app@ledger ", "LOG", "disconnection: session time: 0:%02d:%06.3f user=ledger_app database=ledger host=%s port=%d" % (R.randint(0, 59), R.uniform(0, 59), ip10(R), port(R)))
    def n_slow(R): return pgl(R, appu(R), "LOG", "duration: %.3f ms  statement: SELECT account_id, sum(amount) FROM postings WHERE posted_at >= $1 GROUP BY account_id" % R.uniform(1000, 4000))
    def n_cancel(R): return pgl(R, "dba_%s@ledger " % pick(R, ["marta", "jonas", "priya"]), "ERROR", "canceling statement due to user request\n@STATEMENT:  select count(*) from audit_events where created_at > now() - interval '%d days';" % R.randint(2, 90))
    def n_reset(R): return pgl(R, appu(R), "LOG", "could not receive data from client: Connection reset by peer")
    def n_dup(R): return pgl(R, "ledger_app@ledger ", "ERROR", "duplicate key value violates unique constraint \"idempotency_keys_pkey\"\n@DETAIL:  Key (key)=(%s) already exists.\n@STATEMENT:  INSERT INTO idempotency_keys (key, created_at) VALUES ($1, now())" % uuid(R))
    def n_chrony(R): return bsd(R, pick(R, DBH), "chronyd", pick(R, ["Selected source 169.254.169.123", "System clock TAI offset set to 37 seconds", "Source 169.254.169.123 replaced with %s" % ip10(R)]) + "")
    def n_dnf(R): return bsd(R, pick(R, DBH), "dnf", pick(R, ["Metadata cache created.", "Rocky Linux 9 - BaseOS   %d kB/s | %.1f MB     00:0%d" % (R.randint(900, 9000), R.uniform(1, 3), R.randint(0, 9))]))
    def n_sys(R): return bsd(R, pick(R, DBH), "systemd", pick(R, ["Started dnf-makecache.service - dnf makecache.", "dnf-makecache.service: Deactivated successfully.", "Starting sysstat-collect.service - system activity accounting tool...", "sysstat-collect.service: Deactivated successfully.", "Started postgresql-16.service - PostgreSQL 16 database server."]) + "", 1)
    def n_tuned(R): return "2028-05-%02d %s,%03d INFO     tuned.daemon.daemon: %s" % (day(R), hms(R), R.randint(0, 999), pick(R, ["static tuning from profile 'throughput-performance' applied", "starting tuning", "using sleep interval of 1 second(s)"]))
    def n_lvm(R): return bsd(R, pick(R, DBH), "dmeventd", pick(R, ["Monitoring thin pool vg_backup-backup_tpool-tpool.", "No longer monitoring thin pool vg_backup-backup_tpool-tpool."]))
    def n_lvm_low(R): return bsd(R, pick(R, DBH), "lvm", "%d logical volume(s) in volume group \"vg_pgdata\" monitored" % R.randint(1, 3))
    def n_xfs(R): return kern(R, pick(R, DBH[:3]), pick(R, ["XFS (dm-%d): Mounting V5 Filesystem %s" % (R.randint(0, 5), uuid(R)), "XFS (dm-%d): Ending clean mount" % R.randint(0, 5)]))
    def n_kdump_ok(R): return bsd(R, pick(R, DBH[:2]), "kdumpctl", pick(R, ["kdump: kexec: loaded kdump kernel", "kdump: Starting kdump: [OK]"]))
    def n_audit_ok(R): return "type=USER_LOGIN msg=audit(%d.%03d:%d): pid=%d uid=0 auid=%d ses=%d subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=login id=%d exe=\"/usr/sbin/sshd\" hostname=%s addr=%s terminal=ssh res=success'" % (R.randint(1840752000, 1841529599), R.randint(0, 999), R.randint(1000, 99999), pid(R), R.randint(1000, 1010), R.randint(1, 900), R.randint(1000, 1010), ip10(R), ip10(R))
    def n_replica_ok(R): return pgl(R, "", "LOG", "started streaming WAL from primary at %X/%X on timeline 1" % (R.randint(0x10, 0x14), R.randint(0x1000000, 0xFFFFFFF)))
    def n_setrouble_ok(R): return bsd(R, pick(R, DBH), "setroubleshoot", "failed to retrieve rpm info for path '/proc/%d/mountinfo':" % R.randint(300, 99999))
    return [n_ckpt, n_autovac, n_conn, n_disc, n_slow, n_cancel, n_reset, n_dup, n_chrony, n_dnf, n_sys, n_tuned, n_lvm, n_lvm_low, n_xfs, n_kdump_ok, n_audit_ok, n_replica_ok, n_setrouble_ok]


def fam_pg(R):
    groups = [("too-many-clients-batch-pool-leak", p_toomany), ("wal-archive-dir-unlabeled-selinux", p_selinux),
              ("accounts-balance-update-deadlock", p_deadlock), ("pg-wal-volume-full-crash", p_walfull),
              ("backup-thin-pool-nearly-full", p_thinpool), ("report-host-xfs-corruption", p_xfs),
              ("chrony-ntp-egress-blocked", p_chrony), ("tuned-custom-profile-missing", p_tuned),
              ("kdump-no-crashkernel-reserved", p_kdump), ("reporting-role-password-rotated", p_reporting_pw),
              ("replica-wal-segment-removed", p_walremoved), ("ledger-xid-wraparound-approaching", p_wraparound)]
    return build(R, F2, groups, pg_negs())


FAMILIES = {F1: fam_ub, F2: fam_pg}
