"""Families: go-marketdata-ws-fanout-slog, kong38-api-gateway-nginx-error-access.

saltmarsh's market-data fan-out is a Go 1.22 service on ECS Fargate: it consumes ticks and book deltas from NATS
JetStream and pushes them to websocket clients. It logs with log/slog's TextHandler (`time=... level=INFO msg="..."
key=value`); net/http's own server errors still go through the standard `log` package (`2030/03/05 13:04:11 http: ...`),
and a Go runtime fatal error or panic prints its goroutine dump to stderr (kept as one event by the awslogs multiline
pattern `^(time=|\\d{4}/\\d{2}/\\d{2} |panic: |fatal error: )`).
The public API gateway is Kong 3.8 (DB-less, on ECS): nginx's error log format (`2030/03/05 13:04:11 [error] 1281#0:
*48213 msg, client: ..., server: kong, request: "...", upstream: "...", host: "..."`, Kong's Lua lines tagged `[kong]`
or `[lua]`) and Kong's default access log (`ip - - [time] "request" status bytes "referer" "agent" kong_request_id:
"..."`), both on stdout/stderr into one log group."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    iso, nginx_ts, clf_ts)

# ---------------------------------------------------------------- go-marketdata-ws-fanout-slog
F1 = "go-marketdata-ws-fanout-slog"
MK = ["BTC-GBP", "ETH-GBP", "BTC-EUR", "ETH-EUR", "SOL-GBP", "USDC-GBP", "XRP-GBP"]
CH = ["ticker", "trades", "book.L2", "book.L1", "candles.1m"]


def sl(R, lvl, msg, kv=""):
    m = msg if " " not in msg and "=" not in msg else '"%s"' % msg.replace('"', '\\"')
    return "time=%s level=%s msg=%s%s" % (iso(R, 3), lvl, m, (" " + kv) if kv else "")


def conn(R):
    return "c%s" % lower(R, 10)


def g_fd(R):
    # the new task definition dropped the nofile ulimit (back to 1024); above ~1000 websocket clients accept fails
    if R.random() < 0.5:
        return "2030/03/%02d %02d:%02d:%02d http: Accept error: accept tcp [::]:8443: accept4: too many open files; retrying in %s" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), pick(R, ["5ms", "10ms", "20ms", "40ms", "80ms", "160ms", "320ms", "640ms", "1s"]))
    return sl(R, "ERROR", "snapshot fetch failed", "conn=%s channel=book.L2 market=%s err=\"dial tcp %s:6379: socket: too many open files\"" % (conn(R), pick(R, MK), ip10(R, 80)))


def g_nats(R):
    # the NATS user JWT for md-fanout expired on 2030-03-16 (90-day creds not re-issued): no ticks arrive
    if R.random() < 0.5:
        return sl(R, "ERROR", "nats disconnected", "server=nats://nats-%d.md.smx.internal:4222 err=\"nats: user authentication expired\" reconnects=%d" % (R.randint(0, 2), R.randint(1, 400)))
    return sl(R, "WARN", "upstream stale, clients receive no updates", "market=%s channel=%s last_tick_age=%ds subscribers=%d" % (pick(R, MK), pick(R, CH), R.randint(60, 5000), R.randint(10, 3000)))


def g_map(R):
    # 2.9 added a per-market subscriber cache written from two goroutines without the lock: the process dies
    g = R.randint(100, 99999)
    e = "fatal error: concurrent map writes\n\ngoroutine %d [running]:\n" % g
    e += "github.com/saltmarsh/md-fanout/internal/hub.(*Hub).subscribe(0xc%s, {0xc%s, 0x%x}, 0xc%s)\n\t/src/internal/hub/hub.go:%d +0x%x\n" % (hexs(R, 9), hexs(R, 9), R.randint(5, 12), hexs(R, 9), 141, R.randint(0x80, 0x2ff))
    e += "github.com/saltmarsh/md-fanout/internal/ws.(*Conn).handleControl(0xc%s, {0xc%s, 0x%x, 0x%x})\n\t/src/internal/ws/conn.go:%d +0x%x\n" % (hexs(R, 9), hexs(R, 9), R.randint(20, 90), R.randint(0x200, 0x400), 208, R.randint(0x80, 0x2ff))
    e += "created by github.com/saltmarsh/md-fanout/internal/ws.(*Server).ServeHTTP in goroutine %d\n\t/src/internal/ws/server.go:77 +0x%x" % (R.randint(1, 99), R.randint(0x80, 0x2ff))
    return e


def g_redis(R):
    # the snapshot cache (ElastiCache, cache.t4g.small) is full with noeviction; new subscribers get no snapshot
    m, lv = pick(R, MK), pick(R, ["L2", "L1"])
    return sl(R, "ERROR", "snapshot cache write failed", "market=%s channel=book.%s key=snap:%s:%s:%d err=\"OOM command not allowed when used memory > 'maxmemory'.\"" % (m, lv, m, lv, R.randint(10 ** 9, 10 ** 10)))


def g_kin(R):
    # the tick archive stream was kept at 2 shards while the new markets tripled volume: archive batches dropped
    return sl(R, "ERROR", "archive batch dropped", "stream=smx-md-ticks records=%d err=\"operation error Kinesis: PutRecords, failed to get rate limit token, retry quota exceeded, %d available, %d requested\"" % (R.randint(100, 500), R.randint(0, 4), pick(R, [5, 10])))


def md_negs():
    def n_sub(R):
        return sl(R, "INFO", "subscribed", "conn=%s channel=%s market=%s subscribers=%d" % (conn(R), pick(R, CH), pick(R, MK), R.randint(1, 3000)))

    def n_conn(R):
        return sl(R, "INFO", "client connected", "conn=%s remote=%s ua=%s" % (conn(R), pubip(R), pick(R, ["smx-web/4.12", "smx-ios/3.8.1", "python-websockets/12.0", "okhttp/4.12.0"])))

    def n_close(R):
        return sl(R, "INFO", "client disconnected", "conn=%s code=%d reason=%s duration=%s" % (conn(R), pick(R, [1000, 1001, 1006]), pick(R, ["\"going away\"", "\"\"", "\"normal closure\""]), "%dm%ds" % (R.randint(0, 300), R.randint(0, 59))))

    def n_slow(R):
        return sl(R, "WARN", "slow consumer disconnected", "conn=%s buffered=%d limit=1024 channel=%s" % (conn(R), R.randint(1025, 4000), pick(R, CH)))

    def n_tls(R):
        return "2030/03/%02d %02d:%02d:%02d http: TLS handshake error from %s:%d: %s" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), pubip(R), R.randint(1024, 65000), pick(R, ["EOF", "tls: client offered only unsupported versions: [301]", "remote error: tls: unknown certificate", "read tcp 10.80.1.12:8443->%s:%d: read: connection reset by peer" % (pubip(R), R.randint(1024, 65000))]))

    def n_stats(R):
        return sl(R, "INFO", "fanout stats", "clients=%d msgs_in=%d msgs_out=%d dropped_frames=0 errors=0 p99_fanout_ms=%.1f" % (R.randint(200, 1000), R.randint(10 ** 4, 10 ** 6), R.randint(10 ** 6, 10 ** 8), R.uniform(0.5, 20)))

    def n_badsub(R):
        return sl(R, "WARN", "subscribe rejected", "conn=%s channel=%s err=\"%s\"" % (conn(R), pick(R, ["book.L3", "orders", "ticker"]), pick(R, ["unknown channel", "market DOGE-GBP not listed", "private channel requires auth"])))

    def n_rate(R):
        return sl(R, "WARN", "rate limited", "conn=%s remote=%s msgs_per_s=%d limit=50 action=close(1008)" % (conn(R), pubip(R), R.randint(51, 900)))

    def n_reconn(R):
        return sl(R, "INFO", "nats reconnected", "server=nats://nats-%d.md.smx.internal:4222 after=%dms" % (R.randint(0, 2), R.randint(50, 2000)))

    def n_snap(R):
        return sl(R, "DEBUG", "snapshot served", "conn=%s market=%s levels=%d age_ms=%d" % (conn(R), pick(R, MK), pick(R, [25, 50, 100, 500]), R.randint(1, 900)))

    def n_archive(R):
        return sl(R, "DEBUG", "archive batch put", "stream=smx-md-ticks records=%d failed=0 shard_ids=%d" % (R.randint(50, 500), R.randint(1, 2)))

    def n_auth(R):
        return sl(R, "INFO", "auth", "conn=%s result=%s" % (conn(R), pick(R, ["ok account=%d" % R.randint(100000, 999999), 'rejected reason="token expired"', 'rejected reason="bad signature"'])))

    def n_start(R):
        return sl(R, "INFO", pick(R, ["starting md-fanout", "listening", "jetstream consumer bound", "shutdown requested, draining"]), "version=2.9.%d addr=:8443 go=go1.22.%d" % (R.randint(0, 3), R.randint(1, 9)))

    def n_ping(R):
        return sl(R, "DEBUG", "ping timeout, closing", "conn=%s last_pong=%ds" % (conn(R), R.randint(31, 120)))

    def n_seq(R):
        return sl(R, "WARN", "sequence gap, resync from snapshot", "market=%s expected=%d got=%d resync=ok" % (pick(R, MK), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 6, 10 ** 7)))

    def n_gc(R):
        return sl(R, "DEBUG", "runtime", "goroutines=%d heap_mb=%d gc_pause_p99_us=%d" % (R.randint(800, 9000), R.randint(80, 900), R.randint(50, 900)))

    return [n_sub, n_conn, n_close, n_slow, n_tls, n_stats, n_badsub, n_rate, n_reconn, n_snap, n_archive, n_auth, n_start,
            n_ping, n_seq, n_gc]


def fam_md(R):
    return build(R, F1, [("nofile-ulimit-1024-accept-fails", g_fd), ("nats-user-jwt-expired", g_nats),
                         ("subscriber-cache-concurrent-map-writes", g_map), ("snapshot-cache-redis-maxmemory", g_redis),
                         ("tick-archive-kinesis-underprovisioned", g_kin)], md_negs())


# ---------------------------------------------------------------- kong38-api-gateway-nginx-error-access
F2 = "kong38-api-gateway-nginx-error-access"
HOST = "api.saltmarsh.example"
UA = ["smx-web/4.12", "smx-ios/3.8.1", "smx-android/3.8.0", "python-requests/2.32.3", "ccxt/4.3.12", "Go-http-client/2.0", "curl/8.7.1"]
ROUTES = [("GET", "/v1/markets"), ("GET", "/v1/ticker/BTC-GBP"), ("GET", "/v1/orderbook/ETH-GBP?depth=50"), ("POST", "/v1/orders"),
          ("DELETE", "/v1/orders/%d"), ("GET", "/v1/accounts/balances"), ("GET", "/v1/fills?limit=100"), ("POST", "/v1/withdrawals"),
          ("GET", "/v1/deposits/address/ETH"), ("GET", "/v1/candles/BTC-GBP?interval=1h")]


def rt(R):
    m, p = pick(R, ROUTES)
    return m, (p % R.randint(10 ** 17, 10 ** 18)) if "%d" in p else p


def ng(R, lvl, msg, client=None, req=None, upstream=None):
    s = "%s [%s] %d#0: *%d %s" % (nginx_ts(R), lvl, R.randint(1200, 1400), R.randint(1000, 9999999), msg)
    if client:
        s += ", client: %s, server: kong, request: \"%s\"" % (client, req)
        if upstream:
            s += ", upstream: \"%s\"" % upstream
        s += ", host: \"%s\"" % HOST
    return s


def al(R, method, path, status, size=None, ua=None, ip=None):
    return "%s - - [%s] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\" kong_request_id: \"%s\"" % (ip or pubip(R), clf_ts(R), method, path, status, size if size is not None else R.randint(40, 90000), ua or pick(R, UA), hexs(R, 32))


def k_port(R):
    # orders-svc 5.0 listens on 8081; the declarative config still targets :8080 -> every order placement fails
    up = "10.90.%d.%d" % (R.randint(1, 3), R.randint(4, 250))
    if R.random() < 0.55:
        return ng(R, "error", "connect() failed (111: Connection refused) while connecting to upstream", pubip(R), "POST /v1/orders HTTP/1.1", "http://%s:8080/v1/orders" % up)
    return al(R, "POST", "/v1/orders", 502, R.randint(100, 160))


def k_jwks(R):
    # the IdP moved to login.saltmarsh.example/oauth2; the custom auth plugin still refreshes the old JWKS URL
    return ng(R, "error", "[kong] handler.lua:%d [smx-auth] JWKS refresh failed for https://auth.saltmarsh.example/.well-known/jwks.json: 404 Not Found; %d cached keys expired, rejecting bearer tokens" % (pick(R, [88, 91]), R.randint(2, 4)), pubip(R), "%s %s HTTP/1.1" % rt(R))


def k_rl(R):
    # rate-limiting (policy=redis) still points at the old ElastiCache endpoint: limits are not enforced
    return ng(R, "error", "[kong] handler.lua:%d [rate-limiting] failed to get usage: %s" % (pick(R, [145, 193]), pick(R, ["connection refused", "failed to connect to redis: smx-ratelimit.old.cache.amazonaws.com: no such host"])), pubip(R), "%s %s HTTP/1.1" % rt(R))


def k_wd(R):
    # withdrawals-svc waits on the custody signer's queue without a timeout: every withdrawal request hangs 60 s
    up = "10.90.%d.%d" % (R.randint(1, 3), R.randint(4, 250))
    if R.random() < 0.55:
        return ng(R, "error", "upstream timed out (110: Connection timed out) while reading response header from upstream", pubip(R), "POST /v1/withdrawals HTTP/1.1", "http://%s:8080/v1/withdrawals" % up)
    return al(R, "POST", "/v1/withdrawals", 504, R.randint(100, 160))


def k_cfg(R):
    # the CI job pushes a declarative config using the removed `config.redis_host` field: config updates are
    # rejected and routes added since 2030-03-18 are not live
    if R.random() < 0.55:
        return ng(R, "error", "[kong] init.lua:%d declarative config is invalid: {plugins={{config={redis_host=\"unknown field\"}}}}, context: ngx.timer" % R.randint(700, 760))
    return "%s - - [%s] \"POST /config?check_hash=1 HTTP/1.1\" 400 %d \"-\" \"deck/1.39.%d\" kong_request_id: \"%s\"" % (ip10(R, 91), clf_ts(R), R.randint(180, 260), R.randint(0, 5), hexs(R, 32))


def kong_negs():
    def n_ok(R):
        m, p = rt(R)
        if (m, p) == ("POST", "/v1/orders"):
            st = 201
        elif m == "DELETE":
            st = 200
        else:
            st = pick(R, [200, 200, 200, 304])
        return al(R, m, p, st)

    def n_4xx(R):
        m, p = rt(R)
        return al(R, m, p, pick(R, [400, 401, 403, 404, 429, 422]))

    def n_499(R):
        m, p = rt(R)
        return al(R, m, p, 499, 0)

    def n_health(R):
        return "%s - - [%s] \"GET /status/ready HTTP/1.1\" 200 %d \"-\" \"ELB-HealthChecker/2.0\" kong_request_id: \"%s\"" % (ip10(R, 91), clf_ts(R), R.randint(18, 22), hexs(R, 32))

    def n_buf(R):
        return ng(R, "warn", "a client request body is buffered to a temporary file /usr/local/kong/client_body_temp/%010d", pubip(R), "POST /v1/orders/batch HTTP/1.1") % R.randint(1, 9999999999)

    def n_big(R):
        return ng(R, "error", "client intended to send too large body: %d bytes" % R.randint(8400000, 30000000), pubip(R), "POST /v1/kyc/documents HTTP/1.1")

    def n_closed(R):
        return "%s [info] %d#0: *%d client %s closed keepalive connection" % (nginx_ts(R), R.randint(1200, 1400), R.randint(1000, 9999999), pubip(R))

    def n_notice(R):
        return "%s [notice] %d#0: %s" % (nginx_ts(R), R.randint(1, 1400), pick(R, ["using the \"epoll\" event method", "openresty/1.25.3.2", "built by gcc 12.2.0", "start worker processes", "start worker process %d" % R.randint(1200, 1400), "signal 17 (SIGCHLD) received from %d" % R.randint(1200, 1400)]))

    def n_kong(R):
        return "%s [notice] %d#0: *%d [kong] init.lua:%d declarative config loaded from /kong/kong.yml (%d services, %d routes, %d plugins), context: init_worker_by_lua*" % (nginx_ts(R), R.randint(1200, 1400), R.randint(1, 9), R.randint(600, 700), R.randint(10, 14), R.randint(40, 60), R.randint(20, 40))

    def n_cfgok(R):
        return "%s - - [%s] \"POST /config?check_hash=1 HTTP/1.1\" 201 %d \"-\" \"deck/1.38.%d\" kong_request_id: \"%s\"" % (ip10(R, 91), clf_ts(R), R.randint(180, 260), R.randint(0, 5), hexs(R, 32))

    def n_ssl(R):
        return ng(R, "info", "SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: %s, server: 0.0.0.0:8443" % pubip(R))

    def n_dns(R):
        return ng(R, "warn", "[lua] balancer.lua:%d: queryDns(): DNS refresh of orders-svc.smx.internal ok, %d targets, 0 errors" % (R.randint(300, 400), R.randint(2, 6)))

    def n_hc(R):
        return "%s [warn] %d#0: *%d [lua] healthcheck.lua:%d: log(): [healthcheck] (%s) unhealthy TCP increment (1/3) for '(%s:8080)', context: ngx.timer" % (nginx_ts(R), R.randint(1200, 1400), R.randint(1000, 9999999), R.randint(1100, 1200), pick(R, ["fills-svc", "markets-svc"]), "10.90.%d.%d" % (R.randint(1, 3), R.randint(4, 250)))

    return [n_ok, n_ok, n_4xx, n_499, n_health, n_buf, n_big, n_closed, n_notice, n_kong, n_cfgok, n_ssl, n_dns, n_hc]


def fam_kong(R):
    return build(R, F2, [("orders-svc-port-8081-config-stale", k_port), ("smx-auth-jwks-url-moved", k_jwks),
                         ("rate-limiting-redis-endpoint-stale", k_rl), ("withdrawals-upstream-read-timeout", k_wd),
                         ("deck-config-redis-host-field-removed", k_cfg)], kong_negs())


FAMILIES = {F1: fam_md, F2: fam_kong}
