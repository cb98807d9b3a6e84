"""Families: apache24-phpfpm-wordpress-ec2, rds-postgres16-pgbouncer."""
import datetime

from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, ms, pick, jd, port, build, sysl, ec2host)

# ---------------------------------------------------------------- apache24-phpfpm-wordpress-ec2
# WordPress on EC2 (AL2023): Apache httpd 2.4 (mpm_event, proxy_fcgi to PHP-FPM over a Unix socket)
# error_log and access_log, php-fpm's own log and its www-error.log, shipped by the CloudWatch agent.
# The default ErrorLogFormat: [Day Mon DD HH:MM:SS.usec YYYY] [module:level] [pid N:tid N] [client ip:port] msg
F1 = "apache24-phpfpm-wordpress-ec2"
WP = "/var/www/html"
SITES = ["shop.example.com", "www.example.com", "blog.example.org"]


def adate(R):
    d = day(R)
    wd = datetime.date(2028, 2, d).strftime("%a")
    return "%s Feb %02d %s.%s 2028" % (wd, d, hms(R), digits(R, 6))


def ael(R, mod, level, msg, client=True, tid=True, errno=None):
    pid = "[pid %d:tid %d]" % (R.randint(1200, 64000), R.randint(139800000000000, 139899999999999)) if tid else "[pid %d]" % R.randint(1200, 64000)
    s = "[%s] [%s:%s] %s " % (adate(R), mod, level, pid)
    if errno:
        s += errno + ": "
    if client:
        s += "[client %s:%d] " % (ip10(R), port(R))
    return s + msg


def fpmdate(R):
    return "%02d-Feb-2028 %s" % (day(R), hms(R))


def fpm(R, level, msg):
    return "[%s] %s: %s" % (fpmdate(R), level, msg)


def phperr(R, msg):
    return "[%s UTC] %s" % (fpmdate(R), msg)


def referer(R):
    return ", referer: https://%s/%s" % (pick(R, SITES), pick(R, ["", "wp-admin/", "shop/", "cart/", "checkout/", "product/%s/" % lower(R, 7)]))


def access(R, method, path, status, size=None):
    ua = pick(R, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
                  "ELB-HealthChecker/2.0", "WordPress/6.7.1; https://shop.example.com", "curl/8.5.0"])
    return '%s - - [%02d/Feb/2028:%s +0000] "%s %s HTTP/1.1" %d %s "-" "%s"' % (
        ip10(R), day(R), hms(R), method, path, status, size if size is not None else R.randint(180, 98000), ua)


def a_undef_fn(R):
    plug = "%s/wp-content/plugins/shop-feed/includes/class-feed-builder.php" % WP
    line = pick(R, [88, 88, 91])
    trace = "Stack trace:\n#0 %s/wp-content/plugins/shop-feed/shop-feed.php(%d): Shop_Feed_Builder->build_item(Object(WP_Post))\n#1 %s/wp-includes/class-wp-hook.php(324): shop_feed_render('%s')\n#2 %s/wp-includes/plugin.php(517): WP_Hook->do_action(Array)\n#3 {main}\n  thrown in %s on line %d" % (
        WP, R.randint(40, 60), WP, pick(R, ["google", "meta", "pinterest"]), WP, plug, line)
    fatal = "PHP Fatal error:  Uncaught Error: Call to undefined function wc_get_product() in %s:%d\n%s" % (plug, line, trace)
    v = R.random()
    if v < 0.45:
        return ael(R, "proxy_fcgi", "error", "AH01071: Got error 'PHP message: %s'" % fatal.replace("\n", "\\n"))
    if v < 0.8:
        return phperr(R, fatal)
    return access(R, "GET", "/feed/%s.xml?v=%d" % (pick(R, ["google", "meta", "pinterest"]), R.randint(1, 999)), 500, 0)


def a_max_children(R):
    n = pick(R, [20, 20, 20])
    if R.random() < 0.75:
        return fpm(R, "WARNING", "[pool www] server reached pm.max_children setting (%d), consider raising it" % n)
    return fpm(R, "WARNING", "[pool www] server reached max_children setting (%d), consider raising it" % n)


def a_socket_missing(R):
    v = R.random()
    if v < 0.45:
        return ael(R, "proxy", "error", "AH02454: FCGI: attempt to connect to Unix domain socket /run/php-fpm/www.sock (localhost:8000) failed", errno="(2)No such file or directory", client=True)
    if v < 0.8:
        return ael(R, "proxy_fcgi", "error", "AH01079: failed to make connection to backend: httpd-UDS:0")
    return access(R, pick(R, ["GET", "POST"]), pick(R, ["/", "/shop/", "/wp-login.php", "/cart/", "/?p=%d" % R.randint(10, 9000)]), 503, 299)


def a_db_timeout(R):
    host = "wp-prod.cluster-c%s.us-east-1.rds.amazonaws.com" % lower(R, 11) if R.random() < 0 else "wp-prod.cluster-cx7kq2m1abcd.us-east-1.rds.amazonaws.com"
    v = R.random()
    msg = "PHP Warning:  mysqli_real_connect(): (HY000/2002): Connection timed out in %s/wp-includes/class-wpdb.php on line %d" % (WP, pick(R, [2019, 2019, 2035]))
    if v < 0.4:
        return ael(R, "proxy_fcgi", "error", "AH01071: Got error 'PHP message: %s'%s" % (msg, referer(R)))
    if v < 0.75:
        return phperr(R, msg)
    return phperr(R, "WordPress database error: Error establishing a database connection to %s:3306 after %ds (request %s /%s)" % (host, R.randint(10, 11), pick(R, ["GET", "POST"]), pick(R, ["shop/", "cart/", "wp-admin/", "product/%s/" % lower(R, 6)])))


def a_ssl_mismatch(R):
    v = R.random()
    if v < 0.4:
        return ael(R, "ssl", "emerg", "AH02565: Certificate and private key shop.example.com:443:0 from /etc/pki/tls/certs/shop.example.com.crt and /etc/pki/tls/private/shop.example.com.key do not match", client=False, tid=False)
    if v < 0.7:
        return "AH00016: Configuration Failed" if R.random() < 0.3 else sysl(R, ec2host(R), "systemd", "httpd.service: Failed with result 'exit-code'.", 1)
    return sysl(R, ec2host(R), "systemd", "Failed to start httpd.service - The Apache HTTP Server.", 1)


def a_memory(R):
    size = pick(R, [268435456, 268435456])
    msg = "PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s/wp-content/plugins/order-export-pro/src/Exporter.php on line %d" % (
        size, pick(R, [20480, 65536, 4096, 2097160, 262144]), WP, pick(R, [212, 212, 230]))
    if R.random() < 0.5:
        return ael(R, "proxy_fcgi", "error", "AH01071: Got error 'PHP message: %s', referer: https://shop.example.com/wp-admin/admin.php?page=order-export&range=%d" % (msg, pick(R, [30, 90, 365])))
    return phperr(R, msg)


def a_maxworkers(R):
    if R.random() < 0.8:
        return "[%s] [mpm_event:error] [pid %d:tid %d] AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting" % (
            adate(R), R.randint(900, 1100), R.randint(139800000000000, 139899999999999))
    return "[%s] [mpm_event:error] [pid %d:tid %d] AH03490: scoreboard is full, not at MaxRequestWorkers.Increase ServerLimit." % (
        adate(R), R.randint(900, 1100), R.randint(139800000000000, 139899999999999))


def a_htaccess(R):
    path = "%s/wp-content/uploads/.htaccess" % WP
    if R.random() < 0.75:
        return ael(R, "core", "alert", "%s: Invalid command 'php_flag', perhaps misspelled or defined by a module not included in the server configuration%s" % (path, referer(R)))
    return access(R, "GET", "/wp-content/uploads/2028/%02d/%s-%dx%d.jpg" % (R.randint(1, 2), lower(R, 8), pick(R, [300, 768, 1024]), pick(R, [200, 512, 683])), 500, 527)


def a_fcgi_timeout(R):
    if R.random() < 0.7:
        return ael(R, "proxy_fcgi", "error", "AH01075: Error dispatching request to : (polling), referer: https://shop.example.com/wp-admin/admin.php?page=wc-reports&tab=%s" % pick(R, ["orders", "customers", "stock"]),
                   errno="(70007)The timeout specified has expired")
    return access(R, "POST", "/wp-admin/admin-ajax.php?action=wc_reports_generate&range=%s" % pick(R, ["year", "last_month", "custom"]), 504, 247)


def a_cron_typeerror(R):
    fn = "%s/wp-content/themes/shopfront/functions.php" % WP
    msg = "PHP Fatal error:  Uncaught TypeError: array_merge(): Argument #2 must be of type array, null given in %s:341\nStack trace:\n#0 %s(341): array_merge(Array, NULL)\n#1 %s/wp-includes/class-wp-hook.php(324): shopfront_sync_related_products(%d)\n#2 %s/wp-includes/plugin.php(565): WP_Hook->do_action(Array)\n#3 %s/wp-cron.php(191): do_action_ref_array('shopfront_sync_...', Array)\n#4 {main}\n  thrown in %s on line 341" % (
        fn, fn, WP, R.randint(100, 9999), WP, WP, fn)
    if R.random() < 0.6:
        return phperr(R, msg)
    return ael(R, "proxy_fcgi", "error", "AH01071: Got error 'PHP message: %s'" % msg.replace("\n", "\\n"))


def a_redirects(R):
    return ael(R, "core", "error", "AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. Use 'LimitInternalRecursion' to increase the limit if necessary. Use 'LogLevel debug' to get a backtrace.%s" % (
        referer(R) if R.random() < 0.6 else ""))


def a_uploads_perm(R):
    v = R.random()
    if v < 0.45:
        ym = "2028/02"
        return ael(R, "core", "error", "AH00035: access to /wp-content/uploads/%s/%s.%s denied (filesystem path '%s/wp-content/uploads/2028') because search permissions are missing on a component of the path" % (
            ym, lower(R, 9), pick(R, ["jpg", "png", "webp", "pdf"]), WP), errno="(13)Permission denied")
    if v < 0.8:
        return phperr(R, "PHP Warning:  mkdir(): Permission denied in %s/wp-includes/functions.php on line 2069" % WP)
    return phperr(R, "PHP Warning:  Unable to create directory wp-content/uploads/2028/02. Is its parent directory writable by the server? (upload %s.%s by user %d)" % (lower(R, 8), pick(R, ["jpg", "png"]), R.randint(2, 40)))


def an_ssl_name(R):
    return "[%s] [ssl:warn] [pid %d] AH01909: %s:443:0 server certificate does NOT include an ID which matches the server name" % (adate(R), R.randint(900, 1100), pick(R, ["localhost.localdomain", ec2host(R) + ".ec2.internal"]))


def an_resuming(R):
    return "[%s] [mpm_event:notice] [pid %d:tid %d] AH00489: Apache/2.4.62 (Amazon Linux) OpenSSL/3.0.8 configured -- resuming normal operations" % (adate(R), R.randint(900, 1100), R.randint(139800000000000, 139899999999999))


def an_cmdline(R):
    return "[%s] [core:notice] [pid %d:tid %d] AH00094: Command line: '/usr/sbin/httpd -D FOREGROUND'" % (adate(R), R.randint(900, 1100), R.randint(139800000000000, 139899999999999))


def an_denied_xmlrpc(R):
    return ael(R, "authz_core", "error", "AH01630: client denied by server configuration: %s/xmlrpc.php" % WP).replace("[client 10.", "[client 185.") if R.random() < 0.5 else \
        "[%s] [authz_core:error] [pid %d:tid %d] [client %s:%d] AH01630: client denied by server configuration: %s/xmlrpc.php" % (adate(R), R.randint(1200, 64000), R.randint(139800000000000, 139899999999999), ipdoc(R), port(R), WP)


def an_primary_unknown(R):
    return "[%s] [proxy_fcgi:error] [pid %d:tid %d] [client %s:%d] AH01071: Got error 'Primary script unknown'" % (
        adate(R), R.randint(1200, 64000), R.randint(139800000000000, 139899999999999), ipdoc(R), port(R)) + (" (probe of /%s.php)" % pick(R, ["wp-confg", "alfa", "shell", "xleet", "about"]) if R.random() < 0 else "")


def an_deprecated(R):
    return phperr(R, "PHP Deprecated:  Creation of dynamic property %s::$%s is deprecated in %s/wp-content/plugins/%s on line %d" % (
        pick(R, ["WPSEO_Sitemaps", "Shop_Feed_Admin", "Jetpack_Options_Proxy"]), pick(R, ["cache", "settings", "handle"]), WP,
        pick(R, ["wordpress-seo/inc/class-sitemaps.php", "shop-feed/admin/class-admin.php", "jetpack/class.jetpack.php"]), R.randint(20, 400)))


def an_notice_textdomain(R):
    return phperr(R, "PHP Notice:  Function _load_textdomain_just_in_time was called <strong>incorrectly</strong>. Translation loading for the <code>%s</code> domain was triggered too early. (This message was added in version 6.7.0.) in %s/wp-includes/functions.php on line 6114" % (
        pick(R, ["woocommerce", "shopfront", "order-export-pro", "wordpress-seo"]), WP))


def an_undefined_key(R):
    return phperr(R, 'PHP Warning:  Undefined array key "%s" in %s/wp-content/themes/shopfront/%s on line %d' % (
        pick(R, ["HTTP_REFERER", "utm_source", "ref"]), WP, pick(R, ["header.php", "inc/tracking.php"]), R.randint(10, 120)))


def an_fpm_child(R):
    v = R.random()
    if v < 0.4:
        return fpm(R, "NOTICE", "[pool www] child %d started" % R.randint(2000, 90000))
    if v < 0.8:
        return fpm(R, "NOTICE", "[pool www] child %d exited with code 0 after %.6f seconds from start" % (R.randint(2000, 90000), R.uniform(60, 7200)))
    return fpm(R, "NOTICE", "ready to handle connections")


def an_fpm_busy(R):
    return fpm(R, "WARNING", "[pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning %d children, there are %d idle, and %d total children" % (
        pick(R, [8, 16, 32]), R.randint(0, 1), R.randint(9, 17)))


def an_access_ok(R):
    st = pick(R, [200, 200, 200, 301, 302, 304, 404, 403])
    return access(R, pick(R, ["GET", "GET", "POST", "HEAD"]), pick(R, ["/", "/shop/", "/product/%s/" % lower(R, 8), "/wp-json/wc/store/v1/cart", "/wp-admin/admin-ajax.php", "/health", "/wp-login.php", "/robots.txt", "/.env", "/wp-content/uploads/2028/01/%s.webp" % lower(R, 8)]), st)


def an_access_500_health(R):
    # a bot asking for a random php path gets 404; WordPress search with no results; logged-out admin
    return access(R, "GET", "/?s=%s" % lower(R, R.randint(3, 9)), 200)


def an_info_mentions(R):
    return phperr(R, "[shop-feed] feed %s regenerated: %d items, %d skipped (0 errors) in %.2fs" % (pick(R, ["google", "meta"]), R.randint(200, 9000), R.randint(0, 40), R.uniform(1, 40)))


def an_systemd_reload(R):
    return sysl(R, ec2host(R), "systemd", pick(R, ["Reloading httpd.service - The Apache HTTP Server...", "Reloaded httpd.service - The Apache HTTP Server.", "Started php-fpm.service - The PHP FastCGI Process Manager.", "logrotate.service: Deactivated successfully."]), 1)


def fam_apache(R):
    groups = [
        ("shop-feed-wc-get-product-undefined", a_undef_fn),
        ("phpfpm-www-pool-max-children", a_max_children),
        ("phpfpm-socket-missing-after-restart", a_socket_missing),
        ("wpdb-aurora-connect-timeout", a_db_timeout),
        ("httpd-ssl-cert-key-mismatch", a_ssl_mismatch),
        ("order-export-memory-exhausted", a_memory),
        ("httpd-max-request-workers", a_maxworkers),
        ("uploads-htaccess-php-flag", a_htaccess),
        ("wc-reports-fcgi-timeout", a_fcgi_timeout),
        ("shopfront-cron-array-merge-null", a_cron_typeerror),
        ("rewrite-internal-redirect-loop", a_redirects),
        ("uploads-dir-permission-denied", a_uploads_perm),
    ]
    neg = [an_ssl_name, an_resuming, an_cmdline, an_denied_xmlrpc, an_primary_unknown, an_deprecated, an_notice_textdomain,
           an_undefined_key, an_fpm_child, an_fpm_busy, an_access_ok, an_access_ok, an_access_500_health, an_info_mentions, an_systemd_reload]
    return build(R, F1, groups, neg)


# ---------------------------------------------------------------- rds-postgres16-pgbouncer
# RDS for PostgreSQL 16 log exported to CloudWatch Logs (log_line_prefix %t:%r:%u@%d:[%p]:),
# plus PgBouncer 1.2x on an EC2 host in front of it (its own log format, via the CloudWatch agent).
F2 = "rds-postgres16-pgbouncer"
USERS = [("app_orders", "orders"), ("app_orders", "orders"), ("reporting", "orders"), ("app_catalog", "catalog"), ("worker", "orders")]


def pgts(R):
    return "2028-02-%02d %s UTC" % (day(R), hms(R))


def pg(R, sev, msg, ud=None, pid=None, local=False):
    u, d = ud or pick(R, USERS)
    if local:
        return "%s::@:[%d]:%s:  %s" % (pgts(R), pid or R.randint(300, 30000), sev, msg)
    return "%s:%s(%d):%s@%s:[%d]:%s:  %s" % (pgts(R), ip10(R), port(R), u, d, pid or R.randint(300, 60000), sev, msg)


def pgb(R, level, msg):
    return "%s.%s UTC [%d] %s %s" % ("2028-02-%02d %s" % (day(R), hms(R)), ms(R), pick(R, [1187, 1187, 2044]), level, msg)


def cptr(R, side):
    return "%s-0x%s" % (side, hexs(R, 12))


def p_deadlock(R):
    p1, p2 = R.randint(1000, 60000), R.randint(1000, 60000)
    t1, t2 = R.randint(8000000, 9999999), R.randint(8000000, 9999999)
    sku = R.randint(1000, 99999)
    v = R.random()
    stmt = "UPDATE inventory SET reserved = reserved + $1 WHERE sku_id = $2"
    if v < 0.6:
        return pg(R, "ERROR", "deadlock detected\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d: %s\n\tProcess %d: UPDATE inventory SET reserved = reserved + $1 WHERE sku_id = $2" % (
            p1, t1, p2, p2, t2, p1, p1, stmt, p2), ("app_orders", "orders"), p1).replace(":ERROR:  deadlock detected\n", ":ERROR:  deadlock detected\n", 1) if R.random() < 0.5 else \
            pg(R, "ERROR", "deadlock detected", ("app_orders", "orders"), p1) + "\n" + pg(R, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d." % (p1, t1, p2, p2, t2, p1), ("app_orders", "orders"), p1) + "\n" + \
            pg(R, "HINT", "See server log for query details.", ("app_orders", "orders"), p1) + "\n" + pg(R, "CONTEXT", "while updating tuple (%d,%d) in relation \"inventory\"" % (R.randint(10, 900), R.randint(1, 60)), ("app_orders", "orders"), p1)
    return pg(R, "STATEMENT", "%s -- reserve order %d sku %d" % (stmt, R.randint(100000, 999999), sku), ("app_orders", "orders"), p1) if R.random() < 0 else \
        pg(R, "ERROR", "deadlock detected", ("app_orders", "orders"), p1) + "\n" + pg(R, "STATEMENT", stmt, ("app_orders", "orders"), p1)


def p_slots(R):
    v = R.random()
    if v < 0.55:
        return pg(R, "FATAL", "remaining connection slots are reserved for roles with the SUPERUSER attribute", pick(R, USERS))
    if v < 0.8:
        return pg(R, "FATAL", "sorry, too many clients already", pick(R, USERS))
    return pgb(R, "WARNING", "%s: orders/app_orders@10.20.%d.%d:5432 server login failed: FATAL remaining connection slots are reserved for roles with the SUPERUSER attribute" % (cptr(R, "S"), R.randint(0, 3), R.randint(2, 250)))


def p_maxclient(R):
    ip = "10.30.%d.%d" % (R.randint(0, 15), R.randint(2, 250))
    if R.random() < 0.55:
        return pgb(R, "WARNING", "%s: (nodb)/(nouser)@%s:%d pooler error: no more connections allowed (max_client_conn)" % (cptr(R, "C"), ip, port(R)))
    return pgb(R, "LOG", "%s: (nodb)/(nouser)@%s:%d closing because: no more connections allowed (max_client_conn) (age=0s)" % (cptr(R, "C"), ip, port(R)))


def p_auth(R):
    v = R.random()
    if v < 0.45:
        return pg(R, "FATAL", 'password authentication failed for user "reporting"', ("reporting", "orders"))
    if v < 0.65:
        return pg(R, "FATAL", 'password authentication failed for user "reporting"', ("reporting", "orders")) + "\n" + pg(R, "DETAIL", 'Connection matched file "/rdsdbdata/config/pg_hba.conf" line %d: "host\tall\tall\t0.0.0.0/0\tmd5"' % pick(R, [13, 13]), ("reporting", "orders"))
    return pgb(R, "WARNING", '%s: reports/reporting@10.20.%d.%d:5432 server login failed: FATAL password authentication failed for user "reporting"' % (cptr(R, "S"), R.randint(0, 3), R.randint(2, 250)))


def p_stmt_timeout(R):
    q = "SELECT p.id, p.name, p.price FROM products p WHERE p.name ILIKE $1 OR p.description ILIKE $1 ORDER BY p.popularity DESC LIMIT %d" % pick(R, [24, 48, 96])
    if R.random() < 0.6:
        return pg(R, "ERROR", "canceling statement due to statement timeout", ("app_catalog", "catalog")) + "\n" + pg(R, "STATEMENT", q, ("app_catalog", "catalog"))
    return pg(R, "ERROR", "canceling statement due to statement timeout", ("app_catalog", "catalog"))


def p_disk(R):
    v = R.random()
    if v < 0.4:
        return pg(R, "ERROR", 'could not write to file "base/pgsql_tmp/pgsql_tmp%d.%d": No space left on device' % (R.randint(1000, 60000), R.randint(0, 40)), pick(R, USERS))
    if v < 0.75:
        return pg(R, "ERROR", 'could not extend file "base/16401/%d": No space left on device' % R.randint(16500, 99999), pick(R, USERS)) + "\n" + pg(R, "HINT", "Check free disk space.", pick(R, USERS))
    return pg(R, "PANIC", 'could not write to file "pg_wal/xlogtemp.%d": No space left on device' % R.randint(300, 9000), local=True)


def p_wraparound(R):
    n = R.randint(9000000, 11000000)
    return pg(R, "WARNING", 'database "orders" must be vacuumed within %d transactions' % n, pick(R, USERS)) + "\n" + \
        pg(R, "HINT", "To avoid XID assignment failures, execute a database-wide VACUUM in that database.\n\tYou might also need to commit or roll back old prepared transactions, or drop stale replication slots.", pick(R, USERS))


def p_column(R):
    if R.random() < 0.7:
        return pg(R, "ERROR", 'column "discount_code" of relation "orders" does not exist at character %d' % pick(R, [58, 58, 61]), ("app_orders", "orders")) + "\n" + \
            pg(R, "STATEMENT", "INSERT INTO orders (customer_id, total_cents, currency, discount_code, created_at) VALUES ($1, $2, $3, $4, now()) RETURNING id", ("app_orders", "orders"))
    return pg(R, "ERROR", 'column "discount_code" of relation "orders" does not exist at character 58', ("app_orders", "orders"))


def p_idle_tx(R):
    if R.random() < 0.7:
        return pg(R, "FATAL", "terminating connection due to idle-in-transaction timeout", ("worker", "orders"))
    return pgb(R, "LOG", "%s: orders/worker@10.20.%d.%d:5432 closing because: server conn crashed? (age=%ds)" % (cptr(R, "S"), R.randint(0, 3), R.randint(2, 250), R.randint(60, 900)))


def p_oom(R):
    v = R.random()
    pid = R.randint(1000, 60000)
    if v < 0.35:
        return pg(R, "LOG", "server process (PID %d) was terminated by signal 9: Killed" % pid, local=True) + "\n" + pg(R, "DETAIL", "Failed process was running: SELECT c.region, date_trunc('day', o.created_at), sum(o.total_cents) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY 1, 2 ORDER BY 2", local=True)
    if v < 0.6:
        return pg(R, "LOG", "terminating any other active server processes", local=True)
    if v < 0.8:
        return pg(R, "FATAL", "the database system is in recovery mode", pick(R, USERS))
    return pg(R, "LOG", "all server processes terminated; reinitializing", local=True)


def p_perm(R):
    t = pick(R, ["invoices", "invoice_lines"])
    if R.random() < 0.7:
        return pg(R, "ERROR", "permission denied for table %s" % t, ("reporting", "orders")) + "\n" + pg(R, "STATEMENT", "SELECT * FROM %s WHERE issued_at >= $1 AND issued_at < $2" % t, ("reporting", "orders"))
    return pg(R, "ERROR", "permission denied for table %s" % t, ("reporting", "orders"))


def pn_checkpoint(R):
    if R.random() < 0.4:
        return pg(R, "LOG", "checkpoint starting: %s" % pick(R, ["time", "time", "wal"]), local=True)
    b = R.randint(100, 30000)
    return pg(R, "LOG", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB; lsn=%X/%X, redo lsn=%X/%X" % (
        b, b / 1600.0, R.randint(0, 3), R.randint(0, 9), R.uniform(1, 270), R.uniform(0, 2), R.uniform(1, 272), R.randint(5, 90), R.uniform(0, 0.5), R.uniform(0, 0.05),
        R.randint(1000, 900000), R.randint(1000, 900000), R.randint(1, 9), R.randint(0, 2**31), R.randint(1, 9), R.randint(0, 2**31)), local=True)


def pn_autovacuum(R):
    t = pick(R, ["orders.public.order_items", "orders.public.orders", "orders.public.inventory", "catalog.public.products"])
    return pg(R, "LOG", 'automatic vacuum of table "%s": index scans: %d\n\tpages: 0 removed, %d remain, %d scanned (%.2f%% of total)\n\ttuples: %d removed, %d remain, 0 are dead but not yet removable\n\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s\n\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s' % (
        t, R.randint(0, 1), R.randint(1000, 90000), R.randint(100, 9000), R.uniform(1, 40), R.randint(10, 90000), R.randint(10000, 9000000), R.uniform(0, 40), R.uniform(0, 20), R.uniform(0, 3), R.uniform(0, 1), R.uniform(0.1, 30)), local=True)


def pn_duration(R):
    return pg(R, "LOG", "duration: %.3f ms  statement: %s" % (R.uniform(1000, 8000), pick(R, [
        "SELECT count(*) FROM job_errors WHERE failed_at > now() - interval '1 hour'",
        "SELECT o.id, o.status FROM orders o WHERE o.customer_id = 4%d ORDER BY created_at DESC" % R.randint(1000, 9999),
        "REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales"])), pick(R, USERS))


def pn_conn(R):
    v = R.random()
    if v < 0.35:
        return pg(R, "LOG", "connection received: host=%s port=%d" % (ip10(R), port(R)), ("[unknown]", "[unknown]"))
    if v < 0.7:
        u, d = pick(R, USERS)
        return pg(R, "LOG", "connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (u, d, pick(R, ["pgbouncer", "psql", "orders-api", "metabase"])), (u, d))
    return pg(R, "LOG", "disconnection: session time: %d:%02d:%02d.%03d user=%s database=%s host=%s port=%d" % (R.randint(0, 3), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), "app_orders", "orders", ip10(R), port(R)))


def pn_reset(R):
    return pg(R, "LOG", "could not receive data from client: Connection reset by peer", pick(R, USERS))


def pn_cancel_av(R):
    return pg(R, "ERROR", "canceling autovacuum task", local=True) + "\n" + pg(R, "CONTEXT", 'while scanning block %d of relation "public.%s"\n\tautomatic vacuum of table "orders.public.%s"' % (R.randint(10, 90000), "order_items", "order_items"), local=True)


def pn_no_tx(R):
    return pg(R, "WARNING", "there is no transaction in progress", pick(R, USERS))


def pn_checkpoint_freq(R):
    return pg(R, "LOG", "checkpoints are occurring too frequently (%d seconds apart)" % R.randint(20, 29), local=True) + "\n" + pg(R, "HINT", 'Consider increasing the configuration parameter "max_wal_size".', local=True)


def pn_pgb_stats(R):
    return pgb(R, "LOG", "stats: %d xacts/s, %d queries/s, %d client parses/s, 0 server parses/s, 0 binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (
        R.randint(5, 400), R.randint(10, 1600), R.randint(0, 50), R.randint(1000, 900000), R.randint(1000, 9000000), R.randint(300, 9000), R.randint(100, 4000), R.randint(0, 300)))


def pn_pgb_conn(R):
    v = R.random()
    ip = "10.30.%d.%d" % (R.randint(0, 15), R.randint(2, 250))
    if v < 0.35:
        return pgb(R, "LOG", "%s: orders/app_orders@%s:%d login attempt: db=orders user=app_orders tls=TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=X25519" % (cptr(R, "C"), ip, port(R)))
    if v < 0.65:
        return pgb(R, "LOG", "%s: orders/app_orders@%s:%d closing because: client close request (age=%ds)" % (cptr(R, "C"), ip, port(R), R.randint(0, 9000)))
    return pgb(R, "LOG", "%s: orders/app_orders@10.20.%d.%d:5432 closing because: server idle timeout (age=%ds)" % (cptr(R, "S"), R.randint(0, 3), R.randint(2, 250), R.randint(600, 700)))


def pn_job_errors_table(R):
    return pg(R, "LOG", "statement: DELETE FROM job_errors WHERE failed_at < now() - interval '30 days'", ("worker", "orders"))


def fam_pg(R):
    groups = [
        ("orders-inventory-reserve-deadlock", p_deadlock),
        ("rds-connection-slots-exhausted", p_slots),
        ("pgbouncer-max-client-conn", p_maxclient),
        ("reporting-password-rotated-not-in-pgbouncer", p_auth),
        ("catalog-search-statement-timeout", p_stmt_timeout),
        ("rds-storage-full", p_disk),
        ("orders-xid-wraparound-approaching", p_wraparound),
        ("orders-discount-code-column-missing", p_column),
        ("worker-idle-in-transaction-leak", p_idle_tx),
        ("analytics-query-oom-kill-restart", p_oom),
        ("reporting-invoices-grant-missing", p_perm),
    ]
    neg = [pn_checkpoint, pn_autovacuum, pn_duration, pn_conn, pn_conn, pn_reset, pn_cancel_av, pn_no_tx, pn_checkpoint_freq,
           pn_pgb_stats, pn_pgb_conn, pn_pgb_conn, pn_job_errors_table]
    return build(R, F2, groups, neg)


FAMILIES = {F1: fam_apache, F2: fam_pg}
