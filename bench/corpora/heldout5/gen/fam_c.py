"""perl-openresty and caddy-traefik."""
import json
from common import R, pick, n, hexs, alnum, uid, ip10, pubip, port, email, iso, epoch, jitter, WORDS, MON, WD


# ---------------------------------------------------------------- perl-openresty
def mojo(level, msg):
    return "[2026-12-%02d %02d:%02d:%02d.%05d] [%d] [%s] [%s] %s" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), n(0, 99999), n(7, 30000), level, hexs(8), msg)


def ngx(level, msg, ctx=True):
    base = "2026/12/%02d %02d:%02d:%02d [%s] %d#%d: *%d %s" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), level, (w := n(7, 60)), 0, n(1, 999999), msg)
    if ctx:
        base += ", client: %s, server: api.example.com, request: \"%s %s HTTP/1.1\", host: \"api.example.com\"" % (ip10(), pick(["GET", "POST"]), pick(["/v1/orders", "/v1/cart", "/v1/orders/%d" % n(1, 99999)]))
    return base


def ctime():
    d = n(1, 6)
    return "%s Dec %2d %s 2026" % (WD[d % 7], d, "%02d:%02d:%02d" % (n(0, 23), n(0, 59), n(0, 59)))


perl_errors = [
    ("mojo-cant-call-method-id-order", lambda: mojo("error", "Can't call method \"id\" on an undefined value at /app/lib/Shop/Controller/Order.pm line %d." % jitter(42))),
    ("mojo-cant-call-method-id-invoice", lambda: mojo("error", "Can't call method \"id\" on an undefined value at /app/lib/Shop/Controller/Invoice.pm line %d." % jitter(77))),
    ("dbi-connect-failed-refused", lambda: "DBI connect('dbname=shop;host=%s;port=5432','%s',...) failed: connection to server at \"%s\" (%s), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections? at /app/lib/Shop/DB.pm line %d." % (
        (h := pick(["orders-db.internal", "pg-primary.internal"])), pick(["shop", "shop_ro"]), h, ip10(), jitter(17))),
    ("dbd-pg-deadlock-stock", lambda: mojo("error", "DBD::Pg::st execute failed: ERROR:  deadlock detected\nDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d. at /app/lib/Shop/Model/Stock.pm line %d." % (n(1000, 99999), n(10**6, 10**7), n(1000, 99999), jitter(120)))),
    ("carp-croak-missing-sku", lambda: "Missing SKU for line item %d at /app/lib/Shop/Cart.pm line %d.\n\tShop::Cart::add_line(Shop::Cart=HASH(0x%s), HASH(0x%s)) called at /app/lib/Shop/Controller/Cart.pm line %d\n\tShop::Controller::Cart::add(Shop::Controller::Cart=HASH(0x%s)) called at /app/local/lib/perl5/Mojolicious.pm line %d" % (
        n(1, 40), jitter(88), hexs(12), hexs(12), jitter(31), hexs(12), jitter(193))),
    ("minion-job-failed-export", lambda: mojo("error", "Minion job %d (export_orders) failed: Can't open '/data/exports/orders-%s.csv' for writing: No space left on device at /app/lib/Shop/Task/Export.pm line %d." % (n(1000, 999999), hexs(6), jitter(29)))),
    ("lua-attempt-index-nil-claims", lambda: ngx("error", "lua entry thread aborted: runtime error: /usr/local/openresty/site/lualib/shop/auth.lua:%d: attempt to index local 'claims' (a nil value)\nstack traceback:\ncoroutine 0:\n\t/usr/local/openresty/site/lualib/shop/auth.lua: in function 'verify'\n\taccess_by_lua(nginx.conf:%d):2: in main chunk" % (jitter(58), jitter(96)))),
    ("lua-attempt-index-nil-ratelimit", lambda: ngx("error", "lua entry thread aborted: runtime error: /usr/local/openresty/site/lualib/shop/ratelimit.lua:%d: attempt to index local 'bucket' (a nil value)\nstack traceback:\ncoroutine 0:\n\t/usr/local/openresty/site/lualib/shop/ratelimit.lua: in function 'take'\n\taccess_by_lua(nginx.conf:%d):5: in main chunk" % (jitter(33), jitter(96)))),
    ("lua-redis-connect-timeout", lambda: ngx("error", "[lua] session.lua:%d: load(): failed to connect to redis %s:6379: timeout" % (jitter(71), pick(["sessions.cache.internal", ip10()])))),
    ("ngx-worker-exited-signal-9", lambda: "2026/12/%02d %02d:%02d:%02d [alert] 1#1: worker process %d exited on signal 9" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), n(7, 4000))),
    ("perl-out-of-memory", lambda: "Out of memory in perl:util:safesysrealloc\n%s: reporting job exited (pid %d, status 1)" % (ctime(), n(100, 40000))),
    ("die-config-missing-queue-url", lambda: "%s shop-worker[%d]: Died: QUEUE_URL is not set at /app/bin/worker.pl line %d." % (ctime(), n(100, 40000), jitter(14))),
]

perl_non = [
    lambda: mojo("info", "GET \"/v1/orders/%d\"" % n(1, 99999)),
    lambda: mojo("debug", "200 OK (0.%03ds, %d.000/s)" % (n(1, 999), n(1, 900))),
    lambda: mojo("warn", "Retrying DBI connect after error (attempt %d/5)" % n(1, 4)),
    lambda: "Use of uninitialized value $discount in addition (+) at /app/lib/Shop/Cart.pm line %d." % jitter(77),
    lambda: mojo("info", "Minion job %d (send_receipt) finished, 0 failed retries" % n(1000, 999999)),
    lambda: ngx("info", "client closed connection while waiting for request, client: %s, server: 0.0.0.0:8080" % ip10(), ctx=False),
    lambda: ngx("warn", "[lua] ratelimit.lua:%d: take(): bucket for %s is 90%% full" % (jitter(40), pick(WORDS)), ctx=False),
    lambda: "2026/12/%02d %02d:%02d:%02d [notice] 1#1: signal 17 (SIGCHLD) received from %d" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), n(7, 4000)),
    lambda: "%s - - [%02d/Dec/2026:%02d:%02d:%02d +0000] \"%s /v1/orders HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f" % (ip10(), n(1, 6), n(0, 23), n(0, 59), n(0, 59), pick(["GET", "POST"]), pick([200, 499, 500, 502, 504]), n(0, 9000), pick(["okhttp/4.12.0", "curl/8.5.0"]), R.uniform(0, 3)),
    lambda: mojo("debug", "Routing to controller \"Shop::Controller::Order\" and action \"show\" (errors => [])"),
    lambda: mojo("info", "Worker %d started, failed_jobs=0" % n(7, 30000)),
    lambda: "%s shop-worker[%d]: polling %s, 0 messages" % (ctime(), n(100, 40000), pick(["orders-queue", "exports-queue"])),
]

# ---------------------------------------------------------------- caddy-traefik


def caddy(level, logger, msg, **kw):
    o = {"level": level, "ts": float(epoch(6)), "logger": logger, "msg": msg}
    o.update(kw)
    return json.dumps(o, separators=(",", ":"))


def creq(uri):
    return {"remote_ip": ip10(), "remote_port": str(port()), "client_ip": pubip(), "proto": "HTTP/2.0", "method": pick(["GET", "POST"]),
            "host": "shop.example.com", "uri": uri, "headers": {"User-Agent": [pick(["Mozilla/5.0", "okhttp/4.12.0"])], "Accept": ["*/*"]}}


def tf(level, msg, **kw):
    tail = " ".join('%s="%s"' % (k, v) if " " in str(v) or ":" in str(v) else "%s=%s" % (k, v) for k, v in kw.items())
    return "time=\"%s\" level=%s msg=\"%s\"%s" % (iso(0), level, msg.replace('"', '\\"'), (" " + tail) if tail else "")


def tf3(level, logger, msg, **kw):
    tail = " ".join('%s="%s"' % (k, str(v).replace('"', '\\"')) if " " in str(v) or '"' in str(v) else "%s=%s" % (k, v) for k, v in kw.items())
    return "%s %s %s > %s %s" % (iso(0), level, logger, msg, tail)


caddy_errors = [
    ("caddy-reverse-proxy-dial-refused", lambda: caddy("error", "http.log.error", "dial tcp %s:8080: connect: connection refused" % ip10(), request=creq("/api/orders/%d" % n(1, 99999)),
                                                      duration=round(R.uniform(0.0005, 0.01), 6), status=502, err_id=alnum(9, "abcdefghijklmnopqrstuvwxyz0123456789"), err_trace="reverseproxy.statusError (reverseproxy.go:%d)" % jitter(1373))),
    ("caddy-reverse-proxy-no-upstreams", lambda: caddy("error", "http.log.error", "no upstreams available", request=creq("/api/cart"), duration=round(R.uniform(0.0001, 0.003), 6), status=503,
                                                      err_id=alnum(9, "abcdefghijklmnopqrstuvwxyz0123456789"), err_trace="reverseproxy.(*Handler).proxyLoopIteration (reverseproxy.go:%d)" % jitter(486))),
    ("caddy-tls-obtain-failed", lambda: caddy("error", "tls.obtain", "could not get certificate from issuer", identifier=pick(["shop.example.com", "api.shop.example.com"]), issuer="acme-v02.api.letsencrypt.org-directory",
                                             error="HTTP 429 urn:ietf:params:acme:error:rateLimited - too many certificates (5) already issued for this exact set of domains in the last 168h0m0s, retry after %s UTC" % iso(0, "", " "))),
    ("caddy-acme-challenge-failed", lambda: caddy("error", "http.acme_client", "challenge failed", identifier=pick(["shop.example.com", "img.shop.example.com"]), challenge_type="http-01",
                                                 problem={"type": "urn:ietf:params:acme:error:connection", "detail": "%s: Fetching http://shop.example.com/.well-known/acme-challenge/%s: Timeout during connect (likely firewall problem)" % (pubip(), alnum(43)), "instance": "", "subproblems": []})),
    ("caddy-console-adapt-error", lambda: "Error: adapting config using caddyfile: %s, import chain [''], /etc/caddy/Caddyfile:%d: unrecognized directive: %s\nDid you mean to define a second site? If so, you must use a valid site address (e.g., %s)" % (
        "parsing caddyfile tokens for 'handle'", jitter(23), pick(["reverse_proxyy", "header_upp", "encodee"]), "shop.example.com")),
    ("traefik-v2-docker-provider-error", lambda: tf("error", "Provider connection error Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?, retrying in %s" % pick(["1.2s", "3.1s", "7.4s"]), providerName="docker")),
    ("traefik-v2-router-service-missing", lambda: tf("error", "the service \"%s@docker\" does not exist" % (sv := pick(["orders", "cart", "search"])), entryPointName=pick(["web", "websecure"]), routerName="%s-rtr@docker" % sv)),
    ("traefik-v3-acme-unable-obtain", lambda: tf3("ERR", "github.com/traefik/traefik/v3/pkg/provider/acme/provider.go:%d" % jitter(457), "Unable to obtain ACME certificate for domains",
                                               error="unable to generate a certificate for the domains [%s]: error: one or more domains had a problem" % pick(["shop.example.com", "api.shop.example.com"]), ACME_CA="https://acme-v02.api.letsencrypt.org/directory", providerName="letsencrypt.acme", routerName="websecure-shop@docker", rule="Host(`shop.example.com`)")),
    ("traefik-v3-plugin-load-failed", lambda: tf3("ERR", "github.com/traefik/traefik/v3/cmd/traefik/traefik.go:%d" % jitter(226), "Plugins are disabled because an error has occurred.", error="%s: failed to download plugin github.com/example/traefik-%s: unexpected status code: 404" % ((pl := pick(["geoblock", "jwt"])), pl))),
    ("traefik-json-health-check-failed", lambda: json.dumps({"level": "error", "error": "Get \"http://%s:8080/health\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % (tip := ip10()), "serviceName": "%s@docker" % pick(["orders", "cart"]), "targetURL": "http://%s:8080" % tip, "time": iso(0), "message": "Health check failed."}, separators=(",", ":"))),
    ("traefik-v2-fatal-command-error", lambda: "%s level=fatal msg=\"command traefik error: error while building entryPoint %s: error preparing server: error opening listener: listen tcp :%d: bind: address already in use\"" % ("time=\"%s\"" % iso(0), pick(["web", "metrics"]), pick([80, 8082]))),
]

caddy_non = [
    lambda: caddy("info", "http.log.access.log0", "handled request", request=creq("/api/orders/%d" % n(1, 99999)), bytes_read=0, user_id="", duration=round(R.uniform(0.001, 2), 6), size=n(0, 90000),
                  status=pick([200, 404, 500, 502, 503]), resp_headers={"Server": ["Caddy"], "Content-Type": ["application/json"]}),
    lambda: caddy("info", "tls.cache.maintenance", "started background certificate maintenance", cache=hex(R.getrandbits(40))),
    lambda: caddy("warn", "http", "HTTP/2 skipped because it requires TLS", network="tcp", addr=":%d" % pick([80, 8080])),
    lambda: caddy("info", "tls.renew", "certificate renewed successfully", identifier=pick(["shop.example.com", "api.shop.example.com"])),
    lambda: caddy("warn", "tls.obtain", "will retry", error="[shop.example.com] Obtain: timed out", attempt=n(1, 3), retrying_in=pick([60, 120]), elapsed=round(R.uniform(10, 90), 4), max_duration=2592000),
    lambda: caddy("debug", "http.handlers.reverse_proxy", "upstream roundtrip", upstream="%s:8080" % ip10(), duration=round(R.uniform(0.001, 1), 6), error=None),
    lambda: tf("info", "Configuration loaded from flags."),
    lambda: tf("warning", "Error checking new version: Get \"https://update.traefik.io/repos/traefik/traefik/releases\": dial tcp: lookup update.traefik.io: i/o timeout"),
    lambda: "%s - - [%02d/Dec/2026:%02d:%02d:%02d +0000] \"%s /api/cart HTTP/1.1\" %d %d \"-\" \"-\" %d \"%s@docker\" \"http://%s:8080\" %dms" % (pubip(), n(1, 6), n(0, 23), n(0, 59), n(0, 59), pick(["GET", "POST"]), pick([200, 502, 504]), n(0, 9000), n(1, 99999), pick(["cart-rtr", "orders-rtr"]), ip10(), n(1, 30000)),
    lambda: tf3("INF", "github.com/traefik/traefik/v3/cmd/traefik/traefik.go:%d" % jitter(101), "Traefik version 3.%d.%d built on %s" % (n(0, 2), n(0, 9), iso(0)), version="3.1.4"),
    lambda: tf3("WRN", "github.com/traefik/traefik/v3/pkg/provider/docker/pdocker.go:%d" % jitter(182), "Could not find network named \"%s\" for container \"/%s\". Maybe you're missing the project's prefix in the label?" % (pick(["proxy", "edge"]), pick(WORDS)), providerName="docker"),
    lambda: json.dumps({"level": "debug", "serviceName": "orders@docker", "time": iso(0), "message": "Health check up: returning to server list. errors=0"}, separators=(",", ":")),
]

FAMILIES = {
    "perl-openresty": (perl_errors, perl_non),
    "caddy-traefik": (caddy_errors, caddy_non),
}
