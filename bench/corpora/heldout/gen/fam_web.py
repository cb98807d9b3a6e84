"""apache-httpd and haproxy."""

from common import (R, pick, apache_ts, clf_ts, haproxy_accept, syslog_ts, priv_ip, pub_ip,
                    port, pid, word_host, svc_dns, hexid, ec2_host, near, user)

# ---------------------------------------------------------------- apache-httpd (2.4 error log)
# [%{u}t] [%-m:%l] [pid %P:tid %T] %7F: %E: [client\ %a] %M% ,\ referer\ %{Referer}i


def a_head(module, level, tid=True):
    t = f":tid {R.randint(139900000000000, 140999999999999)}" if tid and R.random() < 0.7 else ""
    return f"[{apache_ts()}] [{module}:{level}] [pid {pid()}{t}]"


def client():
    return f"[client {pick([pub_ip(), priv_ip()])}:{port()}]"


PAGES = ["/checkout", "/api/orders", "/account/settings", "/cart", "/search?q=boots", "/api/v2/items/42"]


def referer():
    return f", referer: https://shop.example.com{pick(PAGES)}" if R.random() < 0.5 else ""


def apache_errors():
    return [
        ("proxy-connect-refused", 7, lambda: f"{a_head('proxy', 'error')} (111)Connection refused: AH00957: http: attempt to connect to {priv_ip()}:{pick([8080, 8000, 3000, 9000])} ({word_host()}) failed"),
        ("proxy-backend-failed", 6, lambda: f"{a_head('proxy_http', 'error')} {client()} AH01114: HTTP: failed to make connection to backend: {pick([word_host(), priv_ip()])}{referer()}"),
        ("proxy-status-line-timeout", 6, lambda: f"{a_head('proxy_http', 'error')} (70007)The timeout specified has expired: {client()} AH01102: error reading status line from remote server {svc_dns()}:{pick([8080, 8443, 9000])}{referer()}"),
        ("fcgi-primary-script-unknown", 6, lambda: f"{a_head('proxy_fcgi', 'error')} {client()} AH01071: Got error 'Primary script unknown'"),
        ("fcgi-php-fatal-undefined-method", 5, lambda: f"{a_head('proxy_fcgi', 'error')} {client()} AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught Error: Call to undefined method App\\\\Cart::{pick(['totals', 'summary', 'lines'])}() in /var/www/html/src/Checkout.php:{near(118)}'{referer()}"),
        ("file-does-not-exist", 7, lambda: f"{a_head('core', 'error')} {client()} AH00128: File does not exist: /var/www/html/{pick(['favicon.ico', 'wp-login.php', '.env', 'robots.txt', 'apple-touch-icon.png', 'xmlrpc.php'])}"),
        ("client-denied", 6, lambda: f"{a_head('authz_core', 'error')} {client()} AH01630: client denied by server configuration: /var/www/html/{pick(['server-status', '.git/config', 'admin', 'internal/metrics'])}"),
        ("max-request-workers", 5, lambda: f"{a_head('mpm_event', 'error', tid=True)} AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting"),
        ("cgi-end-of-output", 5, lambda: f"{a_head('cgid', 'error')} {client()} End of script output before headers: {pick(['report.cgi', 'export.pl', 'status.py'])}"),
        ("ssl-no-certificate", 5, lambda: f"{a_head('ssl', 'emerg', tid=False)} AH02572: Failed to configure at least one certificate and key for {pick(['shop.example.com', 'api.example.org', 'www.example.net'])}:443"),
        ("config-failed", 5, lambda: f"{a_head('ssl', 'emerg', tid=False)} AH02312: Fatal error initialising mod_ssl, exiting."),
        ("uri-too-long", 5, lambda: f"{a_head('core', 'error')} {client()} AH00566: request failed: URI too long (longer than {pick([8190, 16380])})"),
        ("htaccess-unreadable", 6, lambda: f"{a_head('core', 'crit')} {client()} AH00529: /var/www/html/{pick(['.htaccess', 'app/.htaccess', 'shop/.htaccess'])} pcfg_openfile: unable to check htaccess file, ensure it is readable and that '/var/www/html/' is executable"),
    ]


METHODS = ["GET", "POST", "PUT", "DELETE"]
UAS = [
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36",
    "curl/8.5.0", "ELB-HealthChecker/2.0", "Amazon CloudFront", "python-requests/2.31.0",
]


def apache_access():
    status = pick([200, 200, 201, 204, 301, 304, 400, 403, 404, 500, 502, 503, 504])
    size = pick(["-", str(R.randint(100, 90000))])
    return (f'{pick([pub_ip(), priv_ip()])} - {pick(["-", user()])} [{clf_ts()}] "{pick(METHODS)} {pick(PAGES)} HTTP/1.1" '
            f'{status} {size} "{pick(["-", "https://shop.example.com/"])}" "{pick(UAS)}"')


def apache_noise():
    return [
        ("access-combined", 30, apache_access),
        ("access-common", 8, lambda: f'{priv_ip()} - - [{clf_ts()}] "GET /health HTTP/1.1" {pick([200, 200, 503])} {R.randint(2, 40)}'),
        ("resuming", 4, lambda: f"{a_head('mpm_event', 'notice', tid=False)} AH00489: Apache/2.4.{pick([57, 58, 59])} (Unix) OpenSSL/3.0.{R.randint(2, 13)} configured -- resuming normal operations"),
        ("command-line", 3, lambda: f"{a_head('core', 'notice', tid=False)} AH00094: Command line: 'httpd -D FOREGROUND -f /usr/local/apache2/conf/{pick(['httpd.conf', 'prod.conf'])}'"),
        ("sigwinch", 3, lambda: f"{a_head('mpm_event', 'notice', tid=False)} AH00492: caught SIGWINCH, shutting down gracefully"),
        ("segfault-notice", 6, lambda: f"{a_head('core', 'notice', tid=False)} AH00052: child pid {pid()} exit signal Segmentation fault (11)"),
        ("cert-name-warn", 4, lambda: f"{a_head('ssl', 'warn', tid=False)} AH01909: {pick(['shop.example.com', 'www.example.net'])}:443:0 server certificate does NOT include an ID which matches the server name"),
        ("pidfile-warn", 3, lambda: f"{a_head('core', 'warn', tid=False)} AH00098: pid file /usr/local/apache2/logs/httpd.pid overwritten -- Unclean shutdown of previous Apache run?"),
        ("authz-debug", 5, lambda: f"{a_head('authz_core', 'debug')} mod_authz_core.c({near(845, 3)}): {client()} AH01626: authorization result of Require all granted: granted"),
        ("ssl-info", 5, lambda: f"{a_head('ssl', 'info')} {client()} AH01964: Connection to child {R.randint(0, 40)} established (server shop.example.com:443)"),
        ("proxy-retry-debug", 4, lambda: f"{a_head('proxy', 'debug')} proxy_util.c({near(2156, 3)}): AH00933: http: worker for ({priv_ip()}:8080) has been marked for retry after error"),
        ("modsec-notice", 3, lambda: f"{a_head('security2', 'notice', tid=False)} ModSecurity for Apache/2.9.{R.randint(3, 7)} (http://www.modsecurity.org/) configured."),
    ]


# ---------------------------------------------------------------- haproxy (stderr + http/tcp logs)


def hp(level):
    # haproxy 2.x stderr layout: "[LEVEL]    (pid) : message"
    return f"[{level}]".ljust(10) + f" ({pick([1, 1, 8, R.randint(7, 90)])}) :"


BACKENDS = ["be_api", "be_web", "be_orders", "be_static", "be_grpc"]
SERVERS = ["app1", "app2", "app3", "web-a", "web-b", "orders-blue", "orders-green"]


def haproxy_errors():
    return [
        ("no-server-available", 7, lambda: f"{hp('ALERT')} backend '{pick(BACKENDS)}' has no server available!"),
        ("config-resolve", 6, lambda: f"{hp('ALERT')} config : parsing [/usr/local/etc/haproxy/haproxy.cfg:{R.randint(20, 140)}] : 'server {pick(SERVERS)}' : could not resolve address '{pick([word_host(), svc_dns()])}'."),
        ("config-ssl-cert-missing", 5, lambda: f"{hp('ALERT')} config : parsing [/usr/local/etc/haproxy/haproxy.cfg:{R.randint(20, 140)}] : 'bind *:443' : unable to load SSL certificate file '/etc/haproxy/certs/{pick(['shop', 'api', 'wildcard', 'edge'])}.pem' file does not exist."),
        ("config-fatal", 5, lambda: f"{hp('ALERT')} config : Fatal errors found in configuration."),
        ("bind-in-use", 5, lambda: f"{hp('ALERT')} Starting frontend {pick(['fe_http', 'fe_https', 'stats', 'fe_grpc'])}: cannot bind socket (Address already in use) [0.0.0.0:{pick([80, 443, 8404, 8080])}]"),
        ("worker-killed", 5, lambda: f"{hp('ALERT')} Current worker ({R.randint(8, 400)}) exited with code 137 (Killed)"),
        ("worker-segv", 5, lambda: f"{hp('ALERT')} Current worker ({R.randint(8, 400)}) exited with code 139 (Segmentation fault)"),
        ("exit-on-failure", 5, lambda: f"{hp('ALERT')} exit-on-failure: killing every processes with SIGTERM"),
        ("lua-runtime-error", 6, lambda: f"{hp('ALERT')} Lua function 'auth_check': runtime error: /etc/haproxy/auth.lua:{near(57, 4)}: attempt to index a nil value (local 'claims') from /etc/haproxy/auth.lua:{near(57, 4)} C function line {R.randint(1, 3)}."),
    ]


def haproxy_http():
    fe = pick(["fe_http", "fe_https~"])
    be = pick(BACKENDS)
    status = pick([200, 200, 200, 201, 302, 404, 500, 502, 503, 504])
    term = {200: "----", 201: "----", 302: "----", 404: "----", 500: "----", 502: "SH--", 503: "SC--", 504: "sH--"}[status]
    srv = "<NOSRV>" if term == "SC--" else pick(SERVERS)
    tq, tw, tc, tr = R.randint(0, 40), R.randint(0, 5), R.randint(0, 3), R.randint(1, 3000)
    path = pick(["/api/orders", "/api/orders/" + str(R.randint(1000, 99999)), "/", "/static/app.js", "/healthz", "/login"])
    line = (f"{pick([pub_ip(), priv_ip()])}:{port()} [{haproxy_accept()}] {fe} {be}/{srv} {tq}/{tw}/{tc}/{tr}/{tq + tw + tc + tr} "
            f"{status} {R.randint(120, 40000)} - - {term} {R.randint(1, 300)}/{R.randint(1, 200)}/{R.randint(0, 50)}/{R.randint(0, 20)}/0 0/0 "
            f'"{pick(["GET", "POST"])} {path} HTTP/1.1"')
    if R.random() < 0.4:
        line = f"{syslog_ts()} {ec2_host()} haproxy[{pid()}]: " + line
    return line


def haproxy_tcp():
    term = pick(["--", "--", "cD", "sD", "SC", "CD"])
    return (f"{pick([pub_ip(), priv_ip()])}:{port()} [{haproxy_accept()}] fe_pg be_pg/{pick(['pg1', 'pg2'])} "
            f"{R.randint(0, 4)}/{R.randint(0, 5)}/{R.randint(1000, 900000)} {R.randint(100, 900000)} {term} {R.randint(1, 90)}/{R.randint(1, 90)}/{R.randint(0, 30)}/{R.randint(0, 10)}/0 0/0")


def haproxy_noise():
    return [
        ("http-log", 34, haproxy_http),
        ("tcp-log", 10, haproxy_tcp),
        ("new-worker", 4, lambda: f"{hp('NOTICE')} New worker ({R.randint(8, 400)}) forked"),
        ("loading-success", 4, lambda: f"{hp('NOTICE')} Loading success."),
        ("version", 3, lambda: f"{hp('NOTICE')} haproxy version is 2.{pick([6, 8, 9])}.{R.randint(1, 14)}-{hexid(7)}"),
        ("server-down-warn", 8, lambda: f"{hp('WARNING')} Server {pick(BACKENDS)}/{pick(SERVERS)} is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: {R.randint(0, 3)}ms. {R.randint(0, 3)} active and 0 backup servers left. {R.randint(0, 9)} sessions active, 0 requeued, 0 remaining in queue."),
        ("server-up-warn", 6, lambda: f"{hp('WARNING')} Server {pick(BACKENDS)}/{pick(SERVERS)} is UP, reason: Layer7 check passed, code: 200, check duration: {R.randint(1, 30)}ms. {R.randint(1, 4)} active and 0 backup servers online. 0 sessions requeued, 0 total in queue."),
        ("health-check-failed-warn", 6, lambda: f"{hp('WARNING')} Health check for server {pick(BACKENDS)}/{pick(SERVERS)} failed, reason: Layer7 wrong status, code: {pick([500, 502, 503])}, info: \"{pick(['Internal Server Error', 'Service Unavailable'])}\", check duration: {R.randint(1, 90)}ms, status: {R.randint(0, 2)}/3 {pick(['UP', 'DOWN'])}."),
        ("missing-timeouts-warn", 3, lambda: f"{hp('WARNING')} config : missing timeouts for proxy '{pick(['stats', 'fe_pg', 'be_pg'])}'."),
        ("proxy-started", 4, lambda: f"Proxy {pick(['fe_http', 'fe_https', 'stats'] + BACKENDS)} started."),
    ]
