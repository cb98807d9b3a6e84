"""Seeded generator of bench/corpora/heldout48/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret whose alphabet allows it carries a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of it (length kept); the one hex-only kind (Twilio auth
token, 32 hex digits) cannot carry one and is a random hex draw. main() refuses a duplicate message, a secret not in
its message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marker-capable secret
without a marker. (The helper layer follows heldout47's secrets generator: random draws, marker writing, refusal
checks, main(); the seed, month (October 2030), region eu-west-1, account and all shapes, wrappers and templates are
new for this round's hotel chain: pms-hub/OHIP, the channel webhooks, the Laravel booking engine, the Windows key-card
encoders, POS sync, the Wi-Fi portal, rateshop, the loyalty Lambdas and guest messaging.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout48/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = {"twilio-auth-token"}
ACCT = "582914730267"
REG = "eu-west-1"
DOM = "brackenmoor.example"


def rs(alpha, n):
    while True:
        v = "".join(R.choice(alpha) for _ in range(n))
        if "AKIA" not in v and "ASIA" not in v and not any(m.lower() in v.lower() for m in MARKS):
            return v


def MARK(v, word=None, lo=1):
    w = word or R.choice(MARKS)
    i = R.randint(lo, len(v) - len(w) - 1)
    return v[:i] + w + v[i + len(w):]


def A(n):
    return rs(AN, n)


def L(n):
    return rs(LO, n)


def H(n):
    return rs(HEX, n)


def D(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def UUID():
    h = H(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def HMS():
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def DAY():
    return R.randint(2, 28)


def TS(frac=3):
    return "2030-10-%02dT%s%sZ" % (DAY(), HMS(), ("." + D(frac)) if frac else "")


def EP():
    return 1917043200 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")










# ------------------------------------------------------------------ secret shapes
def PW(n=None):
    n = n or R.randint(14, 22)
    pre = R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"])
    return pre + rs(AN + "!#%+", n - len(pre))


def URLPW(n=None):
    """a password that can sit in a URL or DSN without escaping"""
    n = n or R.randint(16, 24)
    pre = R.choice(["Invent", "EXAMPLE", "Example", "INVENT"])
    return pre + rs(AN, n - len(pre))


def OHIP_SECRET():
    return MARK(rs(AN + "-_", 36))


def ROOMLINK_WHSEC():
    return "rlwh_" + MARK(A(40))


def ROOMLINK_KEY():
    return "rl_live_" + MARK(A(32))


def PAYTOKEN_KEY():
    return "ptk_live_" + MARK(A(40))


def TILLCRAFT_TOKEN():
    return "tcx_" + MARK(A(48))


def TWILIO_TOKEN():
    return H(32)


def SES_SMTP():
    return "B" + MARK(rs(AN + "+/", 43))


def REDIS_TOKEN():
    return MARK(rs(AN + "!&#$^<>-", R.randint(32, 48)).replace("&", "x").replace("<", "y").replace(">", "z"))


def RADIUS_SECRET():
    return MARK(A(R.randint(20, 28)))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "bkm-" + L(8)}).encode())
    pay = b64u(jd({"sub": "guest:" + UUID(), "iss": "https://auth.%s" % DOM, "aud": R.choice(["booking-engine", "guest-app", "wifi-portal"]),
                   "iat": EP(), "exp": EP() + 1800, "loyalty": "BC" + D(9), "scope": R.choice(["booking:manage", "profile:read", "keys:mobile"])}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


HOTELS = ["BKMDUB", "BKMGAL", "BKMKIL", "BKMEDI", "BKMLON", "BKMCOR", "BKMKEN"]


def HOTEL():
    return R.choice(HOTELS)


def BREF():
    return "BM" + rs(string.ascii_uppercase + "123456789", 6)


def MEMBER():
    return "BC" + D(9)


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def SB(lvl, logger, msg):
    return "%s %5s 1 --- [pms-hub] [%15s] %-40s : %s" % (TS(), lvl, R.choice(["nio-8080-exec-%d" % R.randint(1, 9), "main", "ool-2-thread-%d" % R.randint(1, 9)]), logger, msg)


def PYL(lvl, logger, msg):
    return "2030-10-%02d %s,%s %s %s: %s" % (DAY(), HMS(), D(3), lvl, logger, msg)


def LAR(lvl, msg, ctx=None):
    return "[2030-10-%02d %s] production.%s: %s%s" % (DAY(), HMS(), lvl, msg, (" " + jd(ctx)) if ctx else "")


def SLOG(lvl, src, msg, **kw):
    def q(v):
        v = str(v)
        return '"' + v.replace('"', '\\"') + '"' if any(c in v for c in ' ="') or v == "" else v
    return " ".join(["time=%s" % TS(), "level=%s" % lvl, "source=/src/internal/%s" % src, "msg=%s" % q(msg)] + ["%s=%s" % (k, q(v)) for k, v in kw.items()])


def NGX(lvl, msg, req=None):
    pid = R.randint(2200, 2299)
    s = "2030/10/%02d %s [%s] %d#%d: *%d %s" % (DAY(), HMS(), lvl, pid, pid, R.randint(1000, 999999), msg)
    if req:
        s += ", client: 10.%d.%d.%d, server: wifi.%s.%s, request: \"%s\", host: \"wifi.%s.%s\"" % (R.randint(64, 70), R.randint(0, 15), R.randint(2, 254), HOTEL().lower(), DOM, req, HOTEL().lower(), DOM)
    return s


def ACCESS(path, status):
    return "10.%d.%d.%d - - [%02d/Oct/2030:%s +0000] \"GET %s HTTP/1.1\" %d %d \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)\" rt=%.3f urt=-" % (
        R.randint(64, 70), R.randint(0, 15), R.randint(2, 254), DAY(), HMS(), path, status, R.randint(100, 9000), R.uniform(0, 0.3))


def RLOG(lvl, msg):
    return "%s [2030-10-%02d %s] %s" % (lvl, DAY(), HMS(), msg)


def PT(lvl, fn, msg, **kw):
    d = {"level": lvl, "message": msg, "cold_start": False, "function_name": fn, "function_request_id": UUID(), "service": "loyalty-points",
         "timestamp": TS(), "xray_trace_id": "1-%s-%s" % (H(8), H(24))}
    d.update(kw)
    return jd(d)


def WINEV(provider, eid, level, msg, computer=None, data=None):
    lv = {2: "Error", 3: "Warning", 4: "Information"}[level]
    return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='%s'/><EventID Qualifiers='0'>%d</EventID>"
            "<Level>%d</Level><TimeCreated SystemTime='2030-10-%02dT%s.%sZ'/><Channel>Application</Channel><Computer>%s-LOCK01.corp.%s</Computer></System>"
            "<EventData><Data>%s</Data></EventData><RenderingInfo Culture='en-US'><Message>%s</Message><Level>%s</Level></RenderingInfo></Event>") % (
        provider, eid, level, DAY(), HMS(), D(7), computer or HOTEL(), DOM, msg if data is None else data, msg, lv)


def ENV(pairs):
    return "\n".join("%s=%s" % kv for kv in pairs)


# ------------------------------------------------------------------ planted (15 kinds x 7)
def planted():
    for i in range(7):
        t = i % 3
        s = OHIP_SECRET()
        cid = "bkm_pmshub_%s_Client" % HOTEL().lower()
        if t == 0:
            P("ohip-client-secret", ENV([("OHIP_GATEWAY_URL", "https://brackenmoor.hospitality-api.eu-frankfurt-1.ocs.oc-test.example"), ("OHIP_CLIENT_ID", cid), ("OHIP_CLIENT_SECRET", s), ("OHIP_ENTERPRISE_ID", "BRACKENMOOR")]), s)
        elif t == 1:
            P("ohip-client-secret", SB("DEBUG", "c.b.pmshub.ohip.OhipTokenClient", "POST /oauth/v1/tokens body: grant_type=client_credentials&client_id=%s&client_secret=%s&scope=urn:opc:hgbu:ws:__myscopes__" % (cid, s)), s)
        else:
            P("ohip-client-secret", "+ curl -s -X POST \"$OHIP_GATEWAY_URL/oauth/v1/tokens\" -H \"x-app-key: $OHIP_APP_KEY\" -H 'enterpriseId: BRACKENMOOR' -u '%s:%s' -d 'grant_type=client_credentials&scope=urn:opc:hgbu:ws:__myscopes__'" % (cid, s), s)

    for i in range(7):
        t = i % 3
        s = PW()
        u = "BKM_PMSHUB_%s" % HOTEL()
        if t == 0:
            P("opera-integration-user-password", "ohip.integration.username=%s\nohip.integration.password=%s\nohip.integration.hotel-id=%s" % (u, s, HOTEL()), s)
        elif t == 1:
            P("opera-integration-user-password", "+ curl -s -X POST \"$OHIP_GATEWAY_URL/oauth/v1/tokens\" -H \"x-app-key: $OHIP_APP_KEY\" --data-urlencode 'username=%s' --data-urlencode 'password=%s' -d grant_type=password" % (u, s), s)
        else:
            P("opera-integration-user-password", SB("DEBUG", "o.s.b.c.p.PropertySourcesDeducer", "resolved ohip.integration.password=%s (source: systemEnvironment OHIP_INTEGRATION_PASSWORD)" % s), s)

    for i in range(7):
        t = i % 3
        s = ROOMLINK_WHSEC()
        if t == 0:
            P("roomlink-webhook-signing-secret", "+ aws secretsmanager get-secret-value --secret-id channel-webhooks/roomlink --query SecretString --output text\n%s" % jd({"v3": s, "api_base": "https://api.roomlink.example/v2"}), s)
        elif t == 1:
            P("roomlink-webhook-signing-secret", PYL("DEBUG", "channel_webhooks.config", "settings: %s" % jd({"queue": "pms-hub-inbound.fifo", "signing_keys": {"v3": s}, "redis_url": "rediss://cw-dedupe.x7kq2m.ng.0001.euw1.cache.amazonaws.com:6379/0"})), s)
        else:
            P("roomlink-webhook-signing-secret", ENV([("ROOMLINK_SIGNING_KEY_ID", "v3"), ("ROOMLINK_SIGNING_SECRET", s), ("FORWARD_QUEUE_URL", "https://sqs.%s.amazonaws.com/%s/pms-hub-inbound.fifo" % (REG, ACCT))]), s)

    for i in range(7):
        t = i % 3
        s = ROOMLINK_KEY()
        if t == 0:
            P("roomlink-api-key", "+ curl -s https://api.roomlink.example/v2/properties/%s/ari -H 'X-Api-Key: %s' -H 'Accept: application/json'" % (HOTEL(), s), s)
        elif t == 1:
            P("roomlink-api-key", PYL("DEBUG", "urllib3.connectionpool", "request headers: {'User-Agent': 'python-httpx/0.27.2', 'X-Api-Key': '%s', 'Accept': 'application/json'}" % s), s)
        else:
            P("roomlink-api-key", ENV([("ROOMLINK_API_BASE", "https://api.roomlink.example/v2"), ("ROOMLINK_API_KEY", s), ("ROOMLINK_PROPERTY_IDS", ",".join(HOTELS[:4]))]), s)

    for i in range(7):
        t = i % 3
        s = PAYTOKEN_KEY()
        if t == 0:
            P("payment-proxy-api-key", "APP_ENV=production\nPAYTOKEN_URL=https://paytoken.internal.%s/v1\nPAYTOKEN_API_KEY=%s\nPAYTOKEN_MERCHANT=BRACKENMOOR-WEB" % (DOM, s), s)
        elif t == 1:
            P("payment-proxy-api-key", LAR("DEBUG", "Payment proxy request", {"method": "POST", "uri": "https://paytoken.internal.%s/v1/authorisations" % DOM, "headers": {"Authorization": "Bearer " + s, "Idempotency-Key": UUID()}}), s)
        else:
            P("payment-proxy-api-key", "+ php artisan tinker --execute=\"config(['services.paytoken.key' => '%s'])\"" % s, s)

    for i in range(7):
        t = i % 3
        s = PW()
        h = HOTEL()
        if t == 0:
            P("keystone-sql-password", "<add name=\"KeystoneDb\" connectionString=\"Server=.\\SQLEXPRESS;Database=KeystoneDB;User Id=keystone_svc;Password=%s;TrustServerCertificate=True\" providerName=\"System.Data.SqlClient\" />" % s, s)
        elif t == 1:
            P("keystone-sql-password", "PS C:\\Program Files\\Keystone\\Encoder> sqlcmd -S .\\SQLEXPRESS -U keystone_svc -P \"%s\" -d KeystoneDB -Q \"SELECT COUNT(*) FROM dbo.EncodeJobs\"" % s, s)
        else:
            P("keystone-sql-password", WINEV("Keystone Encoder", 3011, 3, "Database connection retry with connection string Server=.\\SQLEXPRESS;Database=KeystoneDB;User Id=keystone_svc;Password=%s (attempt 2 of 5)" % s, h, data="2</Data><Data>5"), s)

    for i in range(7):
        t = i % 3
        s = TILLCRAFT_TOKEN()
        o = R.choice(["BKMDUB-HEARTH", "BKMGAL-QUAY", "BKMLON-GRILL", "BKMKEN-BRASSERIE"])
        if t == 0:
            P("pos-integration-token", SLOG("DEBUG", "tillcraft/client.go:%d" % R.randint(60, 70), "outgoing request", method="GET", url="https://api.tillcraft.example/v2/outlets/%s/checks" % o, authorization="Bearer " + s), s)
        elif t == 1:
            P("pos-integration-token", ENV([("TILLCRAFT_API_BASE", "https://api.tillcraft.example/v2"), ("TILLCRAFT_TOKEN", s), ("LEDGER_TABLE", "pos-check-ledger")]), s)
        else:
            P("pos-integration-token", "+ curl -sS -H 'Authorization: Bearer %s' 'https://api.tillcraft.example/v2/outlets/%s/menu?include=modifiers'" % (s, o), s)

    for i in range(7):
        t = i % 3
        s = TWILIO_TOKEN()
        sid = "AC" + H(32)
        if t == 0:
            P("twilio-auth-token", ENV([("TWILIO_ACCOUNT_SID", sid), ("TWILIO_AUTH_TOKEN", s), ("TWILIO_MESSAGING_SERVICE_SID", "MG" + H(32))]), s)
        elif t == 1:
            P("twilio-auth-token", "+ curl -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json --data-urlencode 'To=+3538%s' --data-urlencode 'Body=Your room %d is ready' -u %s:%s" % (sid, D(8), R.randint(101, 640), sid, s), s)
        else:
            P("twilio-auth-token", PYL("DEBUG", "guest_messaging.sms", "twilio client init account_sid=%s auth_token=%s region=ie1 edge=dublin" % (sid, s)), s)

    for i in range(7):
        t = i % 3
        s = SES_SMTP()
        if t == 0:
            P("ses-smtp-password", "MAIL_MAILER=smtp\nMAIL_HOST=email-smtp.%s.amazonaws.com\nMAIL_PORT=587\nMAIL_USERNAME=\"${SES_SMTP_USERNAME}\"\nMAIL_PASSWORD=%s\nMAIL_FROM_ADDRESS=stay@%s" % (REG, s, DOM), s)
        elif t == 1:
            P("ses-smtp-password", "+ swaks --to frontdesk@%s --from stay@%s --server email-smtp.%s.amazonaws.com:587 --tls --auth LOGIN --auth-user \"$SES_SMTP_USERNAME\" --auth-password '%s'" % (DOM, DOM, REG, s), s)
        else:
            P("ses-smtp-password", LAR("DEBUG", "Mailer transport configured", {"transport": "smtp", "host": "email-smtp.%s.amazonaws.com" % REG, "port": 587, "password": s}), s)

    for i in range(7):
        t = i % 3
        s = JWT()
        if t == 0:
            P("jwt", ACCESS("/portal/sso?token=%s" % s, 302), s)
        elif t == 1:
            P("jwt", SB("DEBUG", "c.b.pmshub.api.RequestLog", "GET /api/v1/keys/mobile/%s headers={authorization=Bearer %s, x-request-id=%s}" % (BREF(), s, UUID())), s)
        else:
            P("jwt", PT("DEBUG", "loyalty-redeem", "Incoming request", member=MEMBER(), authorization="Bearer " + s), s)

    for i in range(7):
        t = i % 3
        s = URLPW()
        host = "booking-db.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG)
        if t == 0:
            P("mysql-password", "DB_CONNECTION=mysql\nDB_HOST=%s\nDB_PORT=3306\nDB_DATABASE=booking\nDB_USERNAME=booking\nDB_PASSWORD=%s" % (host, s), s)
        elif t == 1:
            P("mysql-password", "+ mysql -h %s -u booking -p'%s' booking -e 'select count(*) from holds'" % (host, s), s)
        else:
            P("mysql-password", LAR("DEBUG", "Connection string resolved", {"url": "mysql://booking:%s@%s:3306/booking" % (s, host)}), s)

    for i in range(7):
        t = i % 3
        s = URLPW()
        host = "pmshub-db.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG)
        if t == 0:
            P("postgres-password", "spring.datasource.url=jdbc:postgresql://%s:5432/pmshub?user=pmshub&password=%s&sslmode=require" % (host, s), s)
        elif t == 1:
            P("postgres-password", "spring.datasource.username=pmshub\nspring.datasource.password=%s\nspring.datasource.hikari.maximum-pool-size=10" % s, s)
        else:
            P("postgres-password", "+ PGPASSWORD='%s' psql -h %s -U pmshub -d pmshub -c 'select count(*) from room_type_map'" % (s, host), s)

    for i in range(7):
        t = i % 3
        s = REDIS_TOKEN()
        host = R.choice(["portal-vouchers.x2m9qa.ng.0001.euw1.cache.amazonaws.com", "be-avail.p4k7rz.ng.0001.euw1.cache.amazonaws.com"])
        if t == 0:
            P("redis-auth-token", "local REDIS_HOST = \"%s\"\nlocal REDIS_AUTH = \"%s\"\nlocal VOUCHER_TTL = 86400" % (host, s), s)
        elif t == 1:
            P("redis-auth-token", "+ redis-cli -h %s -p 6379 --tls -a '%s' --no-auth-warning DBSIZE" % (host, s), s)
        else:
            P("redis-auth-token", "REDIS_CLIENT=phpredis\nREDIS_HOST=tls://%s\nREDIS_PASSWORD=%s\nREDIS_PORT=6379" % (host, s), s)

    for i in range(7):
        t = i % 3
        s = RADIUS_SECRET()
        h = HOTEL()
        if t == 0:
            P("radius-shared-secret", "client %s-wlc {\n\tipaddr = 10.%d.0.%d\n\tsecret = %s\n\tshortname = %s-wlc\n\tnas_type = other\n}" % (h.lower(), R.randint(64, 70), R.randint(2, 20), s, h.lower()), s)
        elif t == 1:
            P("radius-shared-secret", "+ radtest guest-%s '' 10.%d.0.%d 0 %s" % (L(6), R.randint(64, 70), R.randint(2, 20), s), s)
        else:
            P("radius-shared-secret", NGX("debug", "[lua] controller.lua:%d: init(): site controller %s-wlc radius_secret=%s coa_port=3799" % (R.randint(10, 20), h, s)), s)

    for i in range(7):
        t = i % 3
        s = AWS_SECRET()
        if t == 0:
            P("aws-secret-access-key", "AWS_DEFAULT_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nRATESHOP_BUCKET=bkm-revenue-%s" % (REG, s, REG), s)
        elif t == 1:
            P("aws-secret-access-key", "[rateshop-batch]\nregion = %s\naws_secret_access_key = %s" % (REG, s), s)
        else:
            P("aws-secret-access-key", "+ aws configure set aws_secret_access_key %s --profile keystone-backup" % s, s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: ENV([("OHIP_CLIENT_ID", "bkm_pmshub_%s_Client" % HOTEL().lower()), ("OHIP_CLIENT_SECRET", "${OHIP_CLIENT_SECRET}"), ("OHIP_ENTERPRISE_ID", "BRACKENMOOR")]),
        lambda: SB("DEBUG", "c.b.pmshub.ohip.OhipTokenClient", "POST /oauth/v1/tokens body: grant_type=client_credentials&client_id=bkm_pmshub_%s_Client&client_secret=******&scope=urn:opc:hgbu:ws:__myscopes__" % HOTEL().lower()),
        lambda: SB("INFO", "c.b.pmshub.ohip.OhipTokenClient", "OHIP access token refreshed for %s (expires_in=3600, token sha256 %s)" % (HOTEL(), H(64))),
        lambda: SB("INFO", "c.b.pmshub.sync.ReservationPushService", "Reservation %s pushed to OPERA hotel %s: confirmation %s, x-request-id %s" % (BREF(), HOTEL(), D(9), UUID())),
        lambda: "ohip.integration.username=BKM_PMSHUB_%s\nohip.integration.password=${OHIP_INTEGRATION_PASSWORD}" % HOTEL(),
        lambda: SB("DEBUG", "o.s.b.c.p.PropertySourcesDeducer", "resolved ohip.integration.password=****** (source: systemEnvironment OHIP_INTEGRATION_PASSWORD)"),
        lambda: "+ aws secretsmanager describe-secret --secret-id channel-webhooks/roomlink --query ARN --output text\narn:aws:secretsmanager:%s:%s:secret:channel-webhooks/roomlink-%s" % (REG, ACCT, A(6)),
        lambda: PYL("INFO", "channel_webhooks.security", "signature ok for delivery %s (X-Roomlink-Key-Id v3, X-Roomlink-Signature sha256=%s)" % (UUID(), H(64))),
        lambda: PYL("DEBUG", "channel_webhooks.config", "settings: %s" % jd({"queue": "pms-hub-inbound.fifo", "signing_keys": {"v3": "**redacted**"}, "redis_url": "rediss://cw-dedupe.x7kq2m.ng.0001.euw1.cache.amazonaws.com:6379/0"})),
        lambda: ENV([("ROOMLINK_SIGNING_KEY_ID", "v3"), ("ROOMLINK_SIGNING_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:channel-webhooks/roomlink-%s" % (REG, ACCT, A(6)))]),
        lambda: PYL("DEBUG", "urllib3.connectionpool", "request headers: {'User-Agent': 'python-httpx/0.27.2', 'X-Api-Key': 'rl_live_****%s', 'Accept': 'application/json'}" % L(4)),
        lambda: "+ curl -s https://api.roomlink.example/v2/properties/%s/ari -H \"X-Api-Key: $ROOMLINK_API_KEY\"" % HOTEL(),
        lambda: LAR("INFO", "Booking confirmed", {"booking_ref": BREF(), "hotel": HOTEL(), "card_token": "tok_" + A(20), "last4": D(4), "deposit": "authorised"}),
        lambda: LAR("DEBUG", "Payment proxy request", {"method": "POST", "uri": "https://paytoken.internal.%s/v1/authorisations" % DOM, "headers": {"Authorization": "Bearer [hidden]", "Idempotency-Key": UUID()}}),
        lambda: "APP_ENV=production\nPAYTOKEN_URL=https://paytoken.internal.%s/v1\nPAYTOKEN_API_KEY=\nPAYTOKEN_MERCHANT=BRACKENMOOR-WEB" % DOM,
        lambda: LAR("WARNING", "Deposit declined by issuer", {"booking_ref": BREF(), "card_token": "tok_" + A(20), "refusal": "Do not honour", "psp_reference": D(16)}),
        lambda: "APP_KEY=${APP_KEY}\nDB_PASSWORD=${DB_PASSWORD}\nREDIS_PASSWORD=null\nMAIL_PASSWORD=${SES_SMTP_PASSWORD}",
        lambda: "<add name=\"KeystoneDb\" connectionString=\"Server=.\\SQLEXPRESS;Database=KeystoneDB;Integrated Security=SSPI;TrustServerCertificate=True\" providerName=\"System.Data.SqlClient\" />",
        lambda: WINEV("MSSQL$SQLEXPRESS", 18456, 2, "Login failed for user 'keystone_svc'. Reason: Password did not match that for the login provided. [CLIENT: &lt;local machine&gt;]"),
        lambda: WINEV("Keystone Encoder", 1001, 4, "Key card encoded at ENC-FD%02d: room %d, 2 card(s), card UID %s, valid until 2030-10-%02d 11:00." % (R.randint(1, 3), R.randint(101, 640), H(14).upper(), DAY())),
        lambda: WINEV("Keystone Encoder", 3001, 4, "PMS interface connected (client certificate thumbprint %s)." % H(40).upper()),
        lambda: SLOG("DEBUG", "tillcraft/client.go:%d" % R.randint(60, 70), "outgoing request", method="GET", url="https://api.tillcraft.example/v2/outlets/BKMDUB-HEARTH/checks", authorization="Bearer [REDACTED]"),
        lambda: ENV([("TILLCRAFT_API_BASE", "https://api.tillcraft.example/v2"), ("TILLCRAFT_TOKEN_FILE", "/run/secrets/tillcraft_token")]),
        lambda: SLOG("INFO", "sync/worker.go:%d" % R.randint(150, 170), "check synced", outlet="BKMGAL-QUAY", check="chk_" + A(14), card_token="tc_tok_" + A(16), total="%d.%02d" % (R.randint(5, 300), R.randint(0, 99))),
        lambda: ENV([("TWILIO_ACCOUNT_SID", "AC" + H(32)), ("TWILIO_AUTH_TOKEN", "${TWILIO_AUTH_TOKEN}"), ("TWILIO_MESSAGING_SERVICE_SID", "MG" + H(32))]),
        lambda: PYL("INFO", "guest_messaging.sms", "sent room-ready SMS sid=SM%s to +3538*****%s status=queued" % (H(32), D(2))),
        lambda: PYL("INFO", "guest_messaging.sms", "status callback for SM%s: delivered (X-Twilio-Signature %s)" % (H(32), b64u(bytes(R.randrange(256) for _ in range(20))))),
        lambda: "MAIL_MAILER=ses\nMAIL_FROM_ADDRESS=stay@%s\nAWS_DEFAULT_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s" % (DOM, REG, UUID()),
        lambda: LAR("INFO", "Confirmation email sent", {"booking_ref": BREF(), "ses_message_id": "0102%s-%s-000000" % (H(12), UUID())}),
        lambda: "+ swaks --to frontdesk@%s --server email-smtp.%s.amazonaws.com:587 --tls --auth LOGIN --auth-user \"$SES_SMTP_USERNAME\" --auth-password \"$SES_SMTP_PASSWORD\"" % (DOM, REG),
        lambda: ACCESS("/portal/sso?state=%s&code_challenge=%s" % (L(24), b64u(bytes(R.randrange(256) for _ in range(32)))), 302),
        lambda: ACCESS("/portal?mac=%s&ap=%s-AP%02d" % (":".join(H(2) for _ in range(6)), HOTEL(), R.randint(1, 80)), 200),
        lambda: PT("INFO", "loyalty-redeem", "Incoming request", member=MEMBER(), authorization="Bearer ***", jwt_kid="bkm-" + L(8), jwt_sub="guest:" + UUID()),
        lambda: PT("INFO", "loyalty-accrue-stay", "Points accrued", member=MEMBER(), stay="%s-%s" % (HOTEL(), D(9)), points=R.randint(100, 9000), idempotency_key=H(32)),
        lambda: SB("DEBUG", "c.b.pmshub.api.RequestLog", "GET /api/v1/keys/mobile/%s headers={authorization=Bearer <redacted>, x-request-id=%s, traceparent=00-%s-%s-01}" % (BREF(), UUID(), H(32), H(16))),
        lambda: "DB_CONNECTION=mysql\nDB_HOST=booking-db.cluster-c%s.%s.rds.amazonaws.com\nDB_DATABASE=booking\nDB_USERNAME=booking\nDB_PASSWORD=" % (L(11), REG),
        lambda: "+ mysql --defaults-extra-file=/run/secrets/booking.cnf booking -e 'select count(*) from holds'",
        lambda: LAR("DEBUG", "Connection string resolved", {"url": "mysql://booking:****@booking-db.cluster-c%s.%s.rds.amazonaws.com:3306/booking" % (L(11), REG)}),
        lambda: "spring.datasource.url=jdbc:postgresql://pmshub-db.cluster-c%s.%s.rds.amazonaws.com:5432/pmshub?sslmode=require\nspring.datasource.password={cipher}%s" % (L(11), REG, H(96)),
        lambda: "spring.datasource.username=pmshub\nspring.datasource.password=${PMSHUB_DB_PASSWORD}",
        lambda: SB("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % H(8)),
        lambda: "local REDIS_HOST = \"portal-vouchers.x2m9qa.ng.0001.euw1.cache.amazonaws.com\"\nlocal REDIS_AUTH = os.getenv(\"REDIS_AUTH_TOKEN\")",
        lambda: "REDIS_CLIENT=phpredis\nREDIS_HOST=tls://be-avail.p4k7rz.ng.0001.euw1.cache.amazonaws.com\nREDIS_PASSWORD=null\nREDIS_PORT=6379",
        lambda: NGX("warn", "[lua] voucher.lua:%d: redeem(): voucher %s rejected: already used on 3 devices" % (R.randint(100, 110), rs(string.ascii_uppercase + "23456789", 8)), req="POST /portal/voucher HTTP/1.1"),
        lambda: "client %s-wlc {\n\tipaddr = 10.%d.0.%d\n\tsecret = ${RADIUS_SECRET}\n\tshortname = %s-wlc\n}" % (HOTEL().lower(), R.randint(64, 70), R.randint(2, 20), HOTEL().lower()),
        lambda: NGX("info", "[lua] controller.lua:%d: authorize(): controller accepted mac %s (Message-Authenticator 0x%s)" % (R.randint(40, 50), ":".join(H(2) for _ in range(6)), H(32)), req="POST /portal/login HTTP/1.1"),
        lambda: NGX("debug", "[lua] controller.lua:%d: init(): site controller %s-wlc radius_secret=<from ssm:/wifi/radius/%s> coa_port=3799" % (R.randint(10, 20), HOTEL(), HOTEL().lower())),
        lambda: "+ aws sts get-caller-identity\n{\"UserId\": \"AROA%s:rateshop\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/rateshop-batch-job/rateshop\"}" % (rs(UP, 17), ACCT, ACCT),
        lambda: "[rateshop-batch]\nregion = %s\ncredential_process = /usr/local/bin/aws-vault exec rateshop --json" % REG,
        lambda: RLOG("INFO", "pickup query %s for %s SUCCEEDED: output s3://bkm-athena-results-%s/rateshop/%s.csv (etag \"%s\")" % (UUID(), HOTEL(), REG, UUID(), H(32))),
        lambda: RLOG("DEBUG", "GET https://api.ratescope.example/v3/shops?hotel=%s&los=1 -> 200 (api key id rsk_id_%s)" % (R.choice(["corrib-grand", "kensal-house", "spire-court"]), L(10))),
        lambda: "+ aws kms describe-key --key-id arn:aws:kms:%s:%s:key/%s --query KeyMetadata.KeyState\n\"Enabled\"" % (REG, ACCT, UUID()),
        lambda: PT("INFO", "loyalty-partner-miles", "Miles transfer accepted by partner", member=MEMBER(), partner="SKYLARK", partner_ref=rs(UP, 10), request_signature_sha256=H(64)),
        lambda: "{\"_aws\":{\"Timestamp\":%d,\"CloudWatchMetrics\":[{\"Namespace\":\"Brackenmoor/Loyalty\",\"Metrics\":[{\"Name\":\"PointsAccrued\",\"Unit\":\"Count\"}],\"Dimensions\":[[\"service\"]]}]},\"service\":\"loyalty-points\",\"PointsAccrued\":%d.0}" % (EP() * 1000, R.randint(1, 9000)),
    ]
    seen = set()
    made = 0
    tries = 0
    while made < 95 and tries < 3000:
        tries += 1
        m = R.choice(makers)()
        if m in seen:
            continue
        seen.add(m)
        C(m)
        made += 1


def main():
    planted()
    clean()
    R.shuffle(ROWS)
    seen = set()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for kind, msg, secret in ROWS:
            if "AKIA" in msg or "ASIA" in msg:
                raise SystemExit("forbidden prefix in: " + msg)
            if msg in seen:
                raise SystemExit("duplicate: " + msg)
            seen.add(msg)
            if secret is not None:
                assert secret in msg, (kind, msg)
                if kind not in HEX_KINDS and not any(m in secret for m in MARKS):
                    raise SystemExit("secret without marker: %s %s" % (kind, secret))
                if msg.count(secret) != 1:
                    raise SystemExit("secret value not unique in its line: " + msg)
            elif any(m in msg for m in MARKS):
                raise SystemExit("clean line carries a marker: " + msg)
            f.write(json.dumps({"message": msg, "kind": kind, "secret": secret}, ensure_ascii=False) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
