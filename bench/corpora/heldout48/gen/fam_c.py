"""Families: pos-sync-go123-slog-text-ecs, guest-wifi-portal-openresty-lua-ec2.

brackenmoor's restaurants and bars use the invented "tillcraft" cloud POS. "pos-sync" is an in-house Go 1.23 service
on ECS Fargate that downloads closed checks from the POS cloud, records them in a DynamoDB ledger, posts charges to a
guest's room to pms-hub's folio API and publishes menu/price updates to an SQS queue. It logs with log/slog's
TextHandler (`time=2030-10-06T13:04:11.123Z level=ERROR source=/src/internal/ledger/store.go:88 msg="…" key=value`); the
awslogs multiline pattern `^(time=|panic:)` keeps a Go panic and its goroutine dump in one event.

The guest Wi-Fi captive portal at each property is OpenResty 1.25 (nginx + Lua) on EC2: the Lua login handler checks
a guest's surname and room number against pms-hub, stores the session in a `lua_shared_dict`, redeems conference
vouchers in ElastiCache Redis and tells the site controller to open the MAC. The CloudWatch agent ships the error log
(`2030/10/06 13:04:11 [error] 2211#2211: *48213 [lua] login.lua:142: authenticate(): …, client: …, server: …`, level
`info`) and the access log (combined format plus `rt=` and `urt=`)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, nginx_ts, clf_ts)

HOTELS = ["BKMDUB", "BKMGAL", "BKMKIL", "BKMEDI", "BKMLON", "BKMCOR", "BKMKEN"]
OUTLETS = ["BKMDUB-HEARTH", "BKMDUB-LOBBYBAR", "BKMGAL-QUAY", "BKMKIL-LAKEHOUSE", "BKMEDI-TERRACE", "BKMLON-GRILL",
           "BKMCOR-SPA-CAFE", "BKMKEN-BRASSERIE"]


def conf(R):
    return str(R.randint(100000000, 999999999))


# ---------------------------------------------------------------- pos-sync-go123-slog-text-ecs
G1 = "pos-sync-go123-slog-text-ecs"


def q(v):
    v = str(v)
    if v == "" or any(c in v for c in ' ="\t\n') or not v.isprintable():
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def sl(R, lvl, src, msg, **kw):
    parts = ["time=%s" % iso_z(R), "level=%s" % lvl, "source=/src/internal/%s" % src, "msg=%s" % q(msg)]
    parts += ["%s=%s" % (k, q(v)) for k, v in kw.items()]
    return " ".join(parts)


def check_id(R):
    return "chk_%s" % alnum(R, 14)


def reqid(R):
    return "%s-%s" % (upper(R, 8), upper(R, 12))


def g_ddb(R):
    # the check ledger table is provisioned at 50 WCU; Friday/Saturday dinner service across all outlets needs
    # several times that, the SDK's three attempts run out and closed checks are not recorded
    op = pick(R, ["PutItem", "BatchWriteItem", "UpdateItem"])
    err = ("operation error DynamoDB: %s, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, "
           "ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. "
           "Consider increasing your provisioning level with the UpdateTable API.") % (op, upper(R, 52))
    return sl(R, "ERROR", "ledger/store.go:%d" % R.randint(80, 120), "ledger write failed; check not recorded", outlet=pick(R, OUTLETS), check=check_id(R), table="pos-check-ledger", err=err)


def g_folio(R):
    # pms-hub 2.0 moved room-charge postings to /api/v1/folios/{confirmation}/postings; pos-sync still posts to the
    # old path and every charge-to-room is answered 404 and left unposted
    if R.random() < 0.7:
        return sl(R, "ERROR", "folio/client.go:%d" % R.randint(60, 75), "room charge posting failed", outlet=pick(R, OUTLETS), check=check_id(R), room=str(R.randint(101, 640)),
                  confirmation=conf(R), amount="%d.%02d" % (R.randint(8, 240), R.randint(0, 99)), status=404,
                  err="POST https://pms-hub.internal.%s/api/v1/folio/postings: 404 Not Found" % DOMAIN)
    return sl(R, "ERROR", "folio/poster.go:%d" % R.randint(140, 160), "unposted room charges pending", count=R.randint(12, 300), oldest=iso_z(R), last_status=404)


def g_panic(R):
    # tillcraft started sending checks with a split-tip block and no per-server map; TipSplitter writes into the
    # nil map and the whole service crashes, dropping the in-flight batch
    gr = R.randint(200, 99999)
    a = lambda: "0xc%s" % hexs(R, 9)
    return ("panic: assignment to entry in nil map\n\ngoroutine %d [running]:\n"
            "github.com/brackenmoor/pos-sync/internal/checks.(*TipSplitter).Apply(%s, %s)\n\t/src/internal/checks/tips.go:57 +0x%s\n"
            "github.com/brackenmoor/pos-sync/internal/checks.(*Normalizer).Normalize(%s, {0x%s, %s}, %s)\n\t/src/internal/checks/normalize.go:%d +0x%s\n"
            "github.com/brackenmoor/pos-sync/internal/sync.(*Worker).process(%s, {0x%s, %s}, {%s, 0x%x, 0x%x})\n\t/src/internal/sync/worker.go:%d +0x%s\n"
            "created by github.com/brackenmoor/pos-sync/internal/sync.(*Worker).Run in goroutine %d\n\t/src/internal/sync/worker.go:%d +0x%s") % (
        gr, a(), a(), hexs(R, 3), a(), hexs(R, 7), a(), a(), R.randint(80, 99), hexs(R, 3), a(), hexs(R, 7), a(), a(), R.randint(8, 64), R.randint(8, 64),
        R.randint(120, 140), hexs(R, 3), R.randint(1, 40), R.randint(60, 70), hexs(R, 2))


def g_tls(R):
    # tillcraft moved its API to certificates from a private CA; pos-sync's image has only the public roots, so
    # check downloads and menu pulls fail
    o = pick(R, OUTLETS)
    path = pick(R, ["checks?status=closed&since=%s" % iso_z(R, 0), "menu", "price-levels", "checks/%s" % check_id(R)])
    return sl(R, "ERROR", "tillcraft/client.go:%d" % R.randint(90, 110), "tillcraft request failed", outlet=o,
              err="Get \"https://api.tillcraft.example/v2/outlets/%s/%s\": tls: failed to verify certificate: x509: certificate signed by unknown authority" % (o, path))


def g_sqs(R):
    # the full menu of the big outlets (with modifiers and allergen texts) now exceeds SQS's 256 KiB message limit;
    # menu and price updates for them are never published to the terminals
    o = pick(R, ["BKMDUB-HEARTH", "BKMLON-GRILL", "BKMKEN-BRASSERIE"])
    size = R.randint(262200, 410000)
    if R.random() < 0.75:
        return sl(R, "ERROR", "menu/publisher.go:%d" % R.randint(50, 70), "menu publish failed", outlet=o, bytes=size, queue="pos-menu-updates",
                  err="operation error SQS: SendMessage, https response error StatusCode: 400, RequestID: %s, InvalidParameterValue: One or more parameters are invalid. Reason: Message must be shorter than 262144 bytes." % uuid(R))
    return sl(R, "WARN", "menu/publisher.go:%d" % R.randint(80, 90), "terminals running stale menu", outlet=o, menu_version_published=R.randint(300, 340), menu_version_pos=R.randint(341, 360), failed_publishes=R.randint(3, 40))


def pos_negs():
    def n_synced(R):
        return sl(R, "INFO", "sync/worker.go:%d" % R.randint(150, 170), "check synced", outlet=pick(R, OUTLETS), check=check_id(R), covers=R.randint(1, 8), total="%d.%02d" % (R.randint(5, 400), R.randint(0, 99)), tender=pick(R, ["card", "room", "cash", "voucher"]))

    def n_room(R):
        return sl(R, "INFO", "folio/client.go:%d" % R.randint(80, 90), "room charge posted", outlet=pick(R, OUTLETS), room=str(R.randint(101, 640)), confirmation=conf(R), status=pick(R, [200, 201]))

    def n_batch(R):
        return sl(R, "INFO", "sync/worker.go:%d" % R.randint(180, 200), "batch complete", outlet=pick(R, OUTLETS), checks=R.randint(0, 60), failed=0, duration="%d.%03ds" % (R.randint(0, 9), R.randint(0, 999)))

    def n_hb(R):
        return sl(R, "DEBUG", "tillcraft/heartbeat.go:%d" % R.randint(30, 40), "terminal heartbeat", outlet=pick(R, OUTLETS), terminal="T%02d" % R.randint(1, 12), battery=R.randint(20, 100), queue_depth=0)

    def n_void(R):
        return sl(R, "INFO", "checks/normalize.go:%d" % R.randint(120, 130), "void lines removed", outlet=pick(R, OUTLETS), check=check_id(R), voided=R.randint(1, 4), reason=pick(R, ["guest changed order", "kitchen error", "manager comp"]))

    def n_decl(R):
        return sl(R, "INFO", "checks/normalize.go:%d" % R.randint(140, 150), "card tender declined at terminal, settled by another tender", outlet=pick(R, OUTLETS), check=check_id(R), decline=pick(R, ["do_not_honor", "insufficient_funds", "expired_card"]))

    def n_retry(R):
        return sl(R, "WARN", "ledger/store.go:%d" % R.randint(130, 140), "ledger write throttled, retried", check=check_id(R), attempt=2, result="ok")

    def n_dup(R):
        return sl(R, "INFO", "ledger/store.go:%d" % R.randint(60, 70), "check already recorded, skipped", check=check_id(R), reason="ConditionalCheckFailedException (idempotent replay)")

    def n_offline(R):
        return sl(R, "WARN", "tillcraft/heartbeat.go:%d" % R.randint(50, 60), "terminal offline", outlet=pick(R, OUTLETS), terminal="T%02d" % R.randint(1, 12), last_seen=iso_z(R), note="outlet closed for the night")

    def n_health(R):
        return sl(R, "DEBUG", "api/server.go:%d" % R.randint(40, 50), "request", method="GET", path="/healthz", status=200, dur="%dµs" % R.randint(40, 900))

    def n_start(R):
        return sl(R, "INFO", "cmd/pos-sync/main.go:%d" % R.randint(40, 70), pick(R, ["starting pos-sync", "config loaded", "listening"]), version="1.%d.%d" % (R.randint(8, 9), R.randint(0, 12)), addr=":8080", outlets=len(OUTLETS), go="go1.23.%d" % R.randint(1, 4))

    def n_canceled(R):
        return sl(R, "WARN", "api/server.go:%d" % R.randint(60, 70), "request aborted by client", method="GET", path="/v1/outlets/%s/sales" % pick(R, OUTLETS), err="context canceled")

    def n_menu(R):
        return sl(R, "INFO", "menu/publisher.go:%d" % R.randint(40, 48), "menu published", outlet=pick(R, ["BKMDUB-LOBBYBAR", "BKMGAL-QUAY", "BKMEDI-TERRACE", "BKMCOR-SPA-CAFE"]), bytes=R.randint(20000, 200000), version=R.randint(100, 400))

    def n_noroom(R):
        return sl(R, "INFO", "folio/client.go:%d" % R.randint(95, 105), "room charge refused: guest not in house, check moved to manual settlement", outlet=pick(R, OUTLETS), room=str(R.randint(101, 640)), status=422)

    def n_stats(R):
        return sl(R, "INFO", "metrics/report.go:%d" % R.randint(20, 30), "stats", checks_5m=R.randint(0, 400), errors=0, throttled=R.randint(0, 3), folio_posts=R.randint(0, 80), dropped=0)

    def n_shutdown(R):
        return sl(R, "INFO", "cmd/pos-sync/main.go:%d" % R.randint(90, 110), "shutting down", signal="terminated", inflight=R.randint(0, 4))

    def n_dbg(R):
        return sl(R, "DEBUG", "tillcraft/client.go:%d" % R.randint(120, 130), "tillcraft response", outlet=pick(R, OUTLETS), status=200, checks=R.randint(0, 40), next_cursor=lower(R, 16), error="")

    return [n_synced, n_room, n_batch, n_hb, n_void, n_decl, n_retry, n_dup, n_offline, n_health, n_start, n_canceled,
            n_menu, n_noroom, n_stats, n_shutdown, n_dbg]


def possync(R):
    return build(R, G1, [("ledger-table-provisioned-wcu-exhausted", g_ddb), ("folio-posting-old-path-404", g_folio),
                         ("tip-splitter-nil-map-panic", g_panic), ("tillcraft-private-ca-untrusted", g_tls),
                         ("menu-exceeds-sqs-256k", g_sqs)], pos_negs())


# ---------------------------------------------------------------- guest-wifi-portal-openresty-lua-ec2
W1 = "guest-wifi-portal-openresty-lua-ec2"
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
       "CaptiveNetworkSupport-481.0.1 wispr", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
       "Dalvik/2.1.0 (Linux; U; Android 14; SM-S921B Build/UP1A.231005.007)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15"]


def gip(R):
    return "10.%d.%d.%d" % (R.randint(64, 70), R.randint(0, 15), R.randint(2, 254))


def wsrv(R):
    return "wifi.%s.%s" % (pick(R, HOTELS).lower(), DOMAIN)


def mac(R):
    return ":".join(hexs(R, 2) for _ in range(6))


def err(R, lvl, msg, req=None, upstream=None, conn=True, srv=None):
    srv = srv or wsrv(R)
    pid = R.randint(2200, 2299)
    s = "%s [%s] %d#%d: %s%s" % (nginx_ts(R), lvl, pid, pid, ("*%d " % R.randint(1000, 999999)) if conn else "", msg)
    if req:
        s += ", client: %s, server: %s, request: \"%s\"" % (gip(R), srv, req)
        if upstream:
            s += ", upstream: \"%s\"" % upstream
        s += ", host: \"%s\"" % srv
    return s


def acc(R, method, path, status, size=None, ref="-", rt=None, urt="-"):
    return "%s - - [%s] \"%s %s HTTP/1.1\" %d %d \"%s\" \"%s\" rt=%.3f urt=%s" % (
        gip(R), clf_ts(R), method, path, status, size if size is not None else R.randint(0, 9000), ref, pick(R, UAS),
        rt if rt is not None else R.uniform(0, 0.4), urt)


def w_upstream(R):
    # pms-hub's guest-lookup moved behind the internal ALB on 443; the portal's upstream block still names the
    # old task IP and port 8080, so every surname/room login fails with 502
    if R.random() < 0.55:
        return err(R, "error", "connect() failed (111: Connection refused) while connecting to upstream", req="POST /portal/login HTTP/1.1",
                   upstream="http://10.10.4.21:8080/api/v1/guests/lookup")
    return acc(R, "POST", "/portal/login", 502, R.choice([552, 559]), ref="https://%s/portal?mac=%s" % (wsrv(R), mac(R)), rt=R.uniform(0.001, 0.01), urt="0.001")


def w_shdict(R):
    # the conference centre's 1,800 delegates overflow `lua_shared_dict sessions 10m`; new logins cannot be stored
    # and the guest is sent back to the splash page
    return err(R, "error", "[lua] session.lua:%d: create(): failed to store session for %s: no memory" % (R.choice([61, 64]), mac(R)),
               req="POST /portal/%s HTTP/1.1" % pick(R, ["login", "voucher", "accept-terms"]), srv="wifi.bkmken.%s" % DOMAIN)


def w_redis(R):
    # the ElastiCache AUTH token was rotated and the portal's config still has the old one: voucher redemption
    # fails for every conference voucher
    return err(R, "error", "[lua] voucher.lua:%d: redeem(): redis auth failed: WRONGPASS invalid username-password pair or user is disabled." % R.choice([88, 91]),
               req="POST /portal/voucher HTTP/1.1")


def w_cert(R):
    # the certbot deploy hook writes the renewed certificate to a new path, the hook's reload fails every 12 hours
    # and the old certificate expires on 2030-10-19
    pid = R.randint(40000, 60000)
    return "%s [emerg] %d#%d: cannot load certificate \"/etc/nginx/ssl/wifi.%s.crt\": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory:calling fopen(/etc/nginx/ssl/wifi.%s.crt, r) error:10000080:BIO routines::no such file)" % (
        nginx_ts(R), pid, pid, DOMAIN, DOMAIN)


def w_segv(R):
    # after the OpenResty 1.25.3.2 upgrade the site-controller FFI binding crashes workers under load
    master = R.randint(900, 1400)
    return "%s [alert] %d#%d: worker process %d exited on signal 11%s" % (nginx_ts(R), master, master, R.randint(2200, 9999), pick(R, ["", " (core dumped)"]))


def wifi_negs():
    def n_probe(R):
        return acc(R, "GET", pick(R, ["/generate_204", "/hotspot-detect.html", "/connecttest.txt", "/library/test/success.html", "/ncsi.txt"]), 302, R.randint(140, 170),
                   rt=0.0)

    def n_splash(R):
        return acc(R, "GET", "/portal?mac=%s&ap=%s-AP%02d" % (mac(R), pick(R, HOTELS), R.randint(1, 80)), 200, R.randint(7000, 9000))

    def n_static(R):
        return acc(R, "GET", pick(R, ["/static/portal.css", "/static/logo.svg", "/static/portal.js", "/favicon.ico"]), pick(R, [200, 304, 404]), R.randint(0, 40000), rt=0.0)

    def n_ok(R):
        return acc(R, "POST", "/portal/login", 302, R.randint(140, 170), ref="https://%s/portal?mac=%s" % (wsrv(R), mac(R)), rt=R.uniform(0.05, 0.6), urt="%.3f" % R.uniform(0.04, 0.5))

    def n_badcred(R):
        return acc(R, "POST", "/portal/login", 401, R.randint(2000, 2500), rt=R.uniform(0.05, 0.4), urt="%.3f" % R.uniform(0.04, 0.3))

    def n_luaok(R):
        return err(R, "info", "[lua] login.lua:%d: authenticate(): guest login ok: room %d, plan %s, mac %s" % (R.randint(150, 160), R.randint(101, 640), pick(R, ["standard", "premium", "conference"]), mac(R)), req="POST /portal/login HTTP/1.1")

    def n_luabad(R):
        return err(R, "warn", "[lua] login.lua:%d: authenticate(): login rejected: %s" % (R.randint(170, 180), pick(R, ["surname does not match room %d" % R.randint(101, 640), "room %d has no checked-in guest" % R.randint(101, 640), "too many attempts for mac %s, locked 5 min" % mac(R)])), req="POST /portal/login HTTP/1.1")

    def n_voucher(R):
        return err(R, "warn", "[lua] voucher.lua:%d: redeem(): voucher %s rejected: %s" % (R.randint(100, 110), upper(R, 8), pick(R, ["expired", "already used on 3 devices", "unknown code"])), req="POST /portal/voucher HTTP/1.1")

    def n_closed(R):
        return err(R, "info", "client prematurely closed connection while reading client request line" if R.random() < 0.5 else "client closed connection while waiting for request", req=None) + ", client: %s, server: 0.0.0.0:443" % gip(R)

    def n_499(R):
        return acc(R, "POST", "/portal/login", 499, 0, rt=R.uniform(1, 9), urt="-")

    def n_ssl(R):
        return err(R, "info", "SSL_do_handshake() failed (SSL: error:%s:SSL routines::%s) while SSL handshaking" % pick(R, [("0A00006C", "bad key share"), ("0A000102", "unsupported protocol"), ("0A0000C1", "no shared cipher")])) + ", client: %s, server: 0.0.0.0:443" % gip(R)

    def n_buffered(R):
        return err(R, "warn", "an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream" % (R.randint(0, 9), R.randint(0, 99), R.randint(1, 10 ** 9)),
                   req="GET /portal/terms.pdf HTTP/1.1", upstream="http://127.0.0.1:8081/terms.pdf")

    def n_notice(R):
        pid = R.randint(40000, 60000)
        return "%s [notice] %d#%d: %s" % (nginx_ts(R), pid, pid, pick(R, ["signal process started", "using the \"epoll\" event method", "openresty/1.25.3.2", "OS: Linux 6.1.%d-%d.amzn2023.x86_64" % (R.randint(100, 130), R.randint(100, 200)), "start worker process %d" % R.randint(2200, 9999), "gracefully shutting down"]))

    def n_expired(R):
        return err(R, "info", "[lua] session.lua:%d: check(): session for %s expired after %dh, redirect to splash" % (R.randint(90, 95), mac(R), pick(R, [24, 24, 72])), req="GET /portal/status HTTP/1.1")

    def n_open(R):
        return err(R, "info", "[lua] controller.lua:%d: authorize(): controller accepted mac %s on %s-AP%02d (down %d kbps, up %d kbps, 0 errors)" % (R.randint(40, 50), mac(R), pick(R, HOTELS), R.randint(1, 80), pick(R, [20000, 50000]), pick(R, [5000, 10000])), req="POST /portal/login HTTP/1.1")

    def n_ctrl_retry(R):
        return err(R, "warn", "[lua] controller.lua:%d: authorize(): controller timeout, retry 1 ok for mac %s" % (R.randint(60, 70), mac(R)), req="POST /portal/login HTTP/1.1")

    def n_status(R):
        return acc(R, "GET", "/portal/status", 200, R.randint(300, 600), rt=R.uniform(0, 0.02))

    return [n_probe, n_splash, n_static, n_ok, n_badcred, n_luaok, n_luabad, n_voucher, n_closed, n_499, n_ssl, n_buffered,
            n_notice, n_expired, n_open, n_ctrl_retry, n_status]


def wifi(R):
    return build(R, W1, [("guest-lookup-stale-upstream-refused", w_upstream), ("sessions-shdict-no-memory", w_shdict),
                         ("voucher-redis-auth-token-rotated", w_redis), ("certbot-hook-cert-path-reload-fails", w_cert),
                         ("worker-sigsegv-after-openresty-upgrade", w_segv)], wifi_negs())


FAMILIES = {G1: possync, W1: wifi}
