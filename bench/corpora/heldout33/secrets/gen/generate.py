"""Seeded generator of bench/corpora/heldout33/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind; none is a real credential
or copied from documentation. Secrets whose alphabet allows it carry a visible INVENT/EXAMPLE (or Invent/Example)
marker written over part of them (length kept); hex-only secrets (Twilio auth tokens) and base64 blobs of a
"user:password" pair cannot show one (the password inside the blob carries it). main() refuses a duplicate message,
a secret not in its message, any AKIA anywhere, a marker in a clean line and a marked kind without a marker.
(heldout32's helper layer with the seed, the month (August 2029) and all templates new for this round's
Elixir/Scala/Kotlin/PHP/Rust/Deno/Haskell application logs.)"""
import base64
import json
import os
import random
import string
from urllib.parse import quote

R = random.Random("heldout33/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("twilio-auth-token", "basic-auth-credentials")
ACCT = "318842056271"
REG = "eu-central-1"


def rs(alpha, n):
    while True:
        v = "".join(R.choice(alpha) for _ in range(n))
        if "AKIA" not in v and "ASIA" not in v and not any(m in v for m in MARKS):
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


def TS():
    return "2029-08-%02dT%s.%sZ" % (R.randint(2, 27), HMS(), D(3))


def LB():
    return "2029-08-%02d %s,%s" % (R.randint(2, 27), HMS(), D(3))


def EXT():
    return "%s.%s" % (HMS(), D(3))


def LV():
    return "[2029-08-%02d %s]" % (R.randint(2, 27), HMS())


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def PID():
    return "#PID<0.%d.0>" % R.randint(300, 90000)


def REF():
    return "#Ref<0.%d.%d.%d>" % (R.randint(100000000, 4294967295), R.randint(100000000, 4294967295), R.randint(1000, 999999))


# ------------------------------------------------------------------ secret shapes (all invented)
def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "@", "~"])


def STRIPE_SK():
    return R.choice(["sk_live_", "rk_live_"]) + MARK(A(R.choice([24, 99])))


def SENDGRID():
    return "SG." + MARK(rs(URLS, 22)) + "." + rs(URLS, 43)


def TWILIO():
    return H(32)


def JWT(alg="HS256"):
    h = b64u(jd({"alg": alg, "typ": "JWT"}).encode())
    p = b64u(jd({"sub": str(R.randint(1000, 999999)), "tid": "t_" + L(8), "roles": ["editor"], "iat": 1880236800 + R.randint(0, 2300000), "exp": 1880236800 + R.randint(2300000, 2400000), "iss": "https://auth.larchwave.example"}).encode())
    return "%s.%s.%s" % (h, p, MARK(rs(URLS, 43 if alg == "HS256" else 342)))


def OPAQUE():
    return "lw_at_" + MARK(rs(URLS, 40))


def APPKEY():
    return MARK(rs(B64, 43)) + "="


def APIKEY():
    return R.choice(["lw_live_", "pk_srv_", "mg-key-"]) + MARK(A(32))


def PHX_COOKIE():
    return "SFMyNTY." + MARK(rs(URLS, R.randint(120, 200))) + "." + rs(URLS, 43)


def BASIC():
    u = R.choice(["metrics-scraper", "erp-sync", "legacy-admin"])
    pw = R.choice(["Invent-", "Example_", "INVENT9"]) + A(R.randint(10, 16))
    return base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def WHSEC():
    return "whsec_" + MARK(A(32))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(16):
        s = PW()
        q = quote(s, safe="")
        t = R.randint(0, 5)
        if t == 0:
            P("database-url-password", "%s [info] Repo config: [otp_app: :larch, url: \"ecto://larch_app:%s@larch-prod.cluster-c9x1.%s.rds.amazonaws.com/larch\", pool_size: 10, ssl: true]" % (EXT(), q, REG), q)
        elif t == 1:
            P("database-url-password", "%s production.DEBUG: doctrine connection params {\"url\":\"mysql://shop:%s@shop-db.cluster-c9x1.%s.rds.amazonaws.com:3306/shop?serverVersion=8.0.36&charset=utf8mb4\",\"driver\":\"pdo_mysql\"} []" % (LV(), q, REG), q)
        elif t == 2:
            P("database-url-password", "%s  INFO ingest_gw::db: connecting database_url=postgres://ingest:%s@ingest-db.cluster-c9x1.%s.rds.amazonaws.com:5432/ingest?sslmode=require max_connections=5" % (TS(), q, REG), q)
        elif t == 3:
            P("database-url-password", "%s INFO  [main] c.l.orders.Boot$ - slick.dbs.default.db.url=jdbc:postgresql://orders-db:5432/orders?user=orders&password=%s&ssl=true" % (LB(), q), q)
        elif t == 4:
            P("database-url-password", jd({"at": TS(), "sev": "Notice", "ns": ["billing-core"], "msg": "config loaded", "data": {"pgConnString": "host=billing-db port=5432 dbname=billing user=billing password=%s sslmode=require" % s}}), s)
        else:
            P("database-url-password", "DATABASE_URL=postgres://notify:%s@notify-db.cluster-c9x1.%s.rds.amazonaws.com:5432/notify bun run src/index.ts" % (q, REG), q)
    for _ in range(12):
        s = STRIPE_SK()
        t = R.randint(0, 3)
        if t == 0:
            P("stripe-secret-key", "%s production.DEBUG: Billing gateway initialised {\"gateway\":\"stripe\",\"config\":{\"secret\":\"%s\",\"api_version\":\"2029-06-30\"}} []" % (LV(), s), s)
        elif t == 1:
            P("stripe-secret-key", "%s request_id=F%s [debug] Stripe client options: %%{api_key: \"%s\", api_version: \"2029-06-30\", max_network_retries: 2}" % (EXT(), A(19), s), s)
        elif t == 2:
            P("stripe-secret-key", "%s DEBUG stripe_webhook::handler: building client client=Client { secret_key: \"%s\", api_base: \"https://api.stripe.com\", timeout: 10s }" % (TS(), s), s)
        else:
            P("stripe-secret-key", "%s [DefaultDispatcher-worker-3] DEBUG c.l.ledger.payments.StripeGateway - new StripeClient(\"%s\") for account %s" % (LB()[:-4] + "." + D(3), s, "acct_" + A(16)), s)
    for _ in range(10):
        s = SENDGRID()
        t = R.randint(0, 2)
        if t == 0:
            P("sendgrid-api-key", "%s production.INFO: Mail transport configured {\"transport\":\"sendgrid\",\"key\":\"%s\",\"from\":\"no-reply@larchwave.example\"} []" % (LV(), s), s)
        elif t == 1:
            P("sendgrid-api-key", "%s [warning] Swoosh adapter config: [adapter: Swoosh.Adapters.Sendgrid, api_key: \"%s\"]" % (EXT(), s), s)
        else:
            P("sendgrid-api-key", "[notify] mailer = new SendGridClient(\"%s\", { region: \"global\" })" % s, s)
    for _ in range(8):
        s = TWILIO()
        sid = "AC" + H(32)
        t = R.randint(0, 2)
        if t == 0:
            P("twilio-auth-token", "%s [info] SMS provider: %%{account_sid: \"%s\", auth_token: \"%s\", from: \"+4930%s\"}" % (EXT(), sid, s, D(7)), s)
        elif t == 1:
            P("twilio-auth-token", "%s production.DEBUG: Twilio client {\"sid\":\"%s\",\"token\":\"%s\"} []" % (LV(), sid, s), s)
        else:
            P("twilio-auth-token", "[notify] twilio(\"%s\", \"%s\") initialised for sms fallback" % (sid, s), s)
    for _ in range(14):
        s = JWT(R.choice(["HS256", "RS256"])) if R.random() < 0.7 else OPAQUE()
        t = R.randint(0, 3)
        if t == 0:
            P("authorization-bearer-token", "%s [eventLoopGroupProxy-4-%d] TRACE io.ktor.client.plugins.logging - REQUEST: https://ledger-api.payments.svc:8080/api/ledger/entries\nMETHOD: HttpMethod(value=POST)\nCOMMON HEADERS\n-> Accept: application/json\n-> Authorization: Bearer %s\n-> Accept-Charset: UTF-8" % (LB()[:-4] + "." + D(3), R.randint(1, 8), s), s)
        elif t == 1:
            P("authorization-bearer-token", "%s DEBUG [orders-pekko.actor.default-dispatcher-%d] o.a.p.h.i.e.c.PoolGateway - Sending request HttpRequest(HttpMethod(POST),http://tax-api:8080/v1/quote,List(Authorization: Bearer %s, User-Agent: pekko-http/1.1.0),HttpEntity.Strict(application/json,%d bytes total),HttpProtocol(HTTP/1.1))" % (LB(), R.randint(3, 20), s, R.randint(40, 900)), s)
        elif t == 2:
            P("authorization-bearer-token", "%s DEBUG request{method=GET uri=/v1/events version=HTTP/1.1}: ingest_gw::auth: headers={\"host\": \"ingest.larchwave.example\", \"authorization\": \"Bearer %s\", \"user-agent\": \"larch-sdk/3.1\"}" % (TS(), s), s)
        else:
            P("authorization-bearer-token", jd({"level": "DEBUG", "datetime": 1880236800000 + R.randint(0, 2300000000), "message": "cms fetch", "args": [{"url": "http://cms.internal/api/articles", "headers": {"authorization": "Bearer " + s}}]}), s)
    for _ in range(10):
        s = JWT("HS256") if R.random() < 0.5 else PHX_COOKIE()
        t = R.randint(0, 2)
        if t == 0 and s.startswith("eyJ"):
            P("session-cookie", "%s DEBUG [reactor-http-epoll-%d] o.s.w.s.adapter.HttpWebHandlerAdapter - [%s-%d] HTTP GET \"/quotes\", headers={masked}, cookie: lw_session=%s" % (LB(), R.randint(1, 4), H(8), R.randint(1, 400), s), s)
        elif s.startswith("SFMy"):
            P("session-cookie", "%s [debug] %s conn.req_headers: [{\"host\", \"app.larchwave.example\"}, {\"cookie\", \"_larch_key=%s\"}, {\"accept\", \"text/html\"}]" % (EXT(), PID(), s), s)
        else:
            P("session-cookie", "%s TRACE [%s] ktor.application - Request cookies: {auth_token=%s, theme=dark}" % (LB(), "eventLoopGroupProxy-4-%d" % R.randint(1, 8), s), s)
    for _ in range(10):
        s = APPKEY()
        t = R.randint(0, 2)
        if t == 0:
            P("laravel-app-key", "APP_NAME=Studio\nAPP_ENV=production\nAPP_KEY=base64:%s\nAPP_DEBUG=false\nAPP_URL=https://studio.larchwave.example" % s, s)
        elif t == 1:
            P("laravel-app-key", "%s production.DEBUG: config dump {\"app\":{\"name\":\"Studio\",\"env\":\"production\",\"key\":\"base64:%s\",\"cipher\":\"AES-256-CBC\"}} []" % (LV(), s), s)
        else:
            P("laravel-app-key", "+ export APP_KEY=base64:%s && php artisan config:cache" % s, s)
    for _ in range(10):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("config-struct-password", "%s DEBUG ingest_gw::config: loaded config=Config { listen: 0.0.0.0:8080, db: DbConfig { host: \"ingest-db\", user: \"ingest\", password: \"%s\", pool: 5 }, s3_bucket: \"larchwave-ingest\" }" % (TS(), s), s)
        elif t == 1:
            P("config-struct-password", jd({"timestamp": TS(), "level": "INFO", "fields": {"message": "starting", "settings": "Settings { redis: RedisSettings { url: \"redis://feed-cache:6379\", password: Some(\"%s\") }, concurrency: 8 }" % s}, "target": "feed_worker"}), s)
        else:
            P("config-struct-password", "%s [notice] Application config: %%Larch.Config{smtp: %%{relay: \"email-smtp.%s.amazonaws.com\", username: \"larch-smtp\", password: \"%s\", port: 587}}" % (EXT(), REG, s), s)
    for _ in range(10):
        s = APIKEY()
        t = R.randint(0, 3)
        if t == 0:
            P("vendor-api-key", "%s [info] Search client started: %%{endpoint: \"https://search.partner-invent.example\", api_key: \"%s\", timeout: 5000}" % (EXT(), s), s)
        elif t == 1:
            P("vendor-api-key", "%s production.WARNING: Partner API slow {\"partner\":\"geo\",\"api_key\":\"%s\",\"elapsed_ms\":%d} []" % (LV(), s, R.randint(1000, 4000)), s)
        elif t == 2:
            P("vendor-api-key", "%s WARN  [orders-pekko.actor.default-dispatcher-%d] c.l.orders.tax.TaxClient - tax-api rejected request (retrying): x-api-key=%s status=429" % (LB(), R.randint(3, 20), s), s)
        else:
            P("vendor-api-key", "[2029-08-%02d %s][tax-calc.vies][Debug][ip-10-20-11-%d][1][ThreadId %d][main:Tax.Vies src/Tax/Vies.hs:30:5] VIES proxy request headers [(\"X-Api-Key\",\"%s\")]" % (R.randint(2, 27), HMS(), R.randint(4, 254), R.randint(10, 900), s), s)
    for _ in range(7):
        s = BASIC()
        t = R.randint(0, 1)
        if t == 0:
            P("basic-auth-credentials", "%s DEBUG [orders-pekko.actor.default-dispatcher-%d] o.a.p.h.i.e.s.HttpServerBluePrint - Received request HttpRequest(HttpMethod(GET),http://orders:8080/admin/metrics,List(Host: orders:8080, Authorization: Basic %s),HttpEntity.Empty,HttpProtocol(HTTP/1.1))" % (LB(), R.randint(3, 20), s), s)
        else:
            P("basic-auth-credentials", "%s production.DEBUG: ERP request headers {\"Authorization\":\"Basic %s\",\"Accept\":\"application/json\"} []" % (LV(), s), s)
    for _ in range(6):
        s = AWS_SECRET()
        P("aws-secret-access-key", R.choice(["AWS_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_BUCKET=studio-uploads" % (REG, s),
                                             "%s production.DEBUG: filesystems.disks.s3 {\"driver\":\"s3\",\"secret\":\"%s\",\"region\":\"%s\",\"bucket\":\"studio-uploads\"} []" % (LV(), s, REG)]), s)
    for _ in range(5):
        s = WHSEC()
        P("webhook-signing-secret", R.choice(["STRIPE_WEBHOOK_SECRET=%s" % s, "%s [debug] Stripe webhook plug init: [at: \"/webhooks/stripe\", secret: \"%s\", handler: LarchWeb.StripeHandler]" % (EXT(), s)]), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    cl = [
        lambda: "%s DEBUG ingest_gw::config: loaded config=Config { listen: 0.0.0.0:8080, db: DbConfig { host: \"ingest-db\", user: \"ingest\", password: \"[REDACTED]\", pool: 5 }, s3_bucket: \"larchwave-ingest\" }" % TS(),
        lambda: jd({"timestamp": TS(), "level": "INFO", "fields": {"message": "starting", "settings": "Settings { redis: RedisSettings { url: \"redis://feed-cache:6379\", password: Some(***) }, concurrency: %d }" % R.randint(2, 16)}, "target": "feed_worker"}),
        lambda: "%s request_id=F%s [info] Parameters: %%{\"user\" => %%{\"email\" => \"reader%d@customer-mail.example\", \"password\" => \"[FILTERED]\"}}" % (EXT(), A(19), R.randint(1, 9999)),
        lambda: "%s production.DEBUG: User created {\"id\":%d,\"password\":\"$2y$12$%s\"} []" % (LV(), R.randint(100, 99999), rs(string.ascii_letters + string.digits + "./", 53)),
        lambda: "%s [info] Repo config: [otp_app: :larch, url: \"ecto://larch_app:**redacted**@larch-prod.cluster-c9x1.%s.rds.amazonaws.com/larch\", pool_size: %d]" % (EXT(), REG, R.randint(5, 20)),
        lambda: "%s  INFO ingest_gw::db: connecting database_url=postgres://ingest@ingest-db.cluster-c9x1.%s.rds.amazonaws.com:5432/ingest?sslmode=require (password from DB_PASSWORD_FILE)" % (TS(), REG),
        lambda: "secrets: DB_PASSWORD valueFrom arn:aws:secretsmanager:%s:%s:secret:prod/larch/db-%s" % (REG, ACCT, A(6)),
        lambda: "%s [notice] Application config: %%Larch.Config{smtp: %%{relay: \"email-smtp.%s.amazonaws.com\", username: \"larch-smtp\", password: {:system, \"SMTP_PASSWORD\"}, port: 587}}" % (EXT(), REG),
        lambda: "APP_KEY=\nDB_PASSWORD=\nMAIL_PASSWORD=\n# values injected from SSM at container start (%d keys)" % R.randint(8, 30),
        lambda: "%s production.DEBUG: config dump {\"app\":{\"name\":\"Studio\",\"env\":\"production\",\"key\":\"********\",\"cipher\":\"AES-256-CBC\"}} []" % LV(),
        lambda: "%s [error] GenServer Larch.RateLimiter terminating %s ref=%s" % (EXT(), PID(), REF()),
        lambda: "%s [debug] Oban job %d acquired by %s (node %s, queue mailers)" % (EXT(), R.randint(10000, 999999), PID(), H(8)),
        lambda: "%s [info] SMS provider: %%{account_sid: \"AC%s\", auth_token: \"[FILTERED]\", from: \"+4930%s\"}" % (EXT(), H(32), D(7)),
        lambda: "%s production.INFO: Stripe charge succeeded {\"charge\":\"ch_%s\",\"customer\":\"cus_%s\",\"payment_intent\":\"pi_%s\",\"idempotency_key\":\"%s\"} []" % (LV(), A(24), A(14), A(24), UUID()),
        lambda: "%s DEBUG stripe_webhook::handler: verified signature header=\"t=%d,v1=%s\" event=evt_%s" % (TS(), 1880236800 + R.randint(0, 2300000), H(64), A(24)),
        lambda: "%s [info] Checkout page rendered with publishable key pk_live_%s (client-side key)" % (EXT(), A(24)),
        lambda: "%s [eventLoopGroupProxy-4-%d] TRACE io.ktor.client.plugins.logging - REQUEST: https://ledger-api.payments.svc:8080/api/ledger/entries\nMETHOD: HttpMethod(value=POST)\nCOMMON HEADERS\n-> Accept: application/json\n-> Authorization: ***\n-> Accept-Charset: UTF-8" % (LB()[:-4] + "." + D(3), R.randint(1, 8)),
        lambda: "%s DEBUG [orders-pekko.actor.default-dispatcher-%d] o.a.p.h.i.e.c.PoolGateway - Sending request HttpRequest(HttpMethod(POST),http://tax-api:8080/v1/quote,List(Authorization: <redacted>, X-Request-Id: %s),HttpEntity.Strict(application/json,%d bytes total),HttpProtocol(HTTP/1.1))" % (LB(), R.randint(3, 20), UUID(), R.randint(40, 900)),
        lambda: "%s  INFO ingest_gw: starting ingest-gw v1.14.%d (git %s, built from %s)" % (TS(), R.randint(0, 4), H(7), H(40)),
        lambda: "image %s.dkr.ecr.%s.amazonaws.com/larch@sha256:%s" % (ACCT, REG, H(64)),
        lambda: "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: %d MB" % (UUID(), R.uniform(1, 300), R.randint(2, 301), R.randint(20, 80)),
        lambda: " INFO Lambda runtime invoke{requestId=\"%s\" xrayTraceId=\"Root=1-%s-%s;Parent=%s;Sampled=0\"}: stripe_webhook::handler: event handled" % (UUID(), H(8), H(24), H(16)),
        lambda: "%s WARN  c.l.ledger.Auth - rejected request: Authorization header missing 'Bearer ' prefix (got \"Token\")" % LB(),
        lambda: "[notify] mailer = new SendGridClient(process.env.SENDGRID_API_KEY, { region: \"global\" })",
        lambda: "%s production.INFO: Mail transport configured {\"transport\":\"sendgrid\",\"key\":\"SG.****%s\",\"from\":\"no-reply@larchwave.example\"} []" % (LV(), A(4)),
        lambda: "%s DEBUG request{method=GET uri=/v1/events version=HTTP/1.1}: ingest_gw::auth: token accepted kid=%s sub=%d scope=events:write" % (TS(), L(16), R.randint(1000, 999999)),
        lambda: "%s [debug] %s conn.req_headers: [{\"host\", \"app.larchwave.example\"}, {\"cookie\", \"_larch_key=[FILTERED]\"}, {\"accept\", \"text/html\"}]" % (EXT(), PID()),
        lambda: "%s production.DEBUG: Session started {\"session_id_sha256\":\"%s\",\"user\":%d} []" % (LV(), H(64), R.randint(100, 99999)),
        lambda: jd({"at": TS(), "sev": "Notice", "ns": ["billing-core"], "msg": "config loaded", "data": {"pgConnString": "host=billing-db port=5432 dbname=billing user=billing password=<hidden> sslmode=require", "ssmParameter": "/prod/billing/db-password"}}),
        lambda: "%s [warning] Swoosh adapter config: [adapter: Swoosh.Adapters.Sendgrid, api_key: {:system, \"SENDGRID_API_KEY\"}]" % EXT(),
        lambda: "%s INFO  [main] c.l.orders.Boot$ - slick.dbs.default.db.url=jdbc:postgresql://orders-db:5432/orders?user=orders&ssl=true (password via ORDERS_DB_PASSWORD)" % LB(),
        lambda: "STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET:?missing} php-fpm -F",
        lambda: "%s production.INFO: APP_KEY rotated: previous key moved to APP_PREVIOUS_KEYS (%d sessions re-encrypted) [] []" % (LV(), R.randint(10, 9000)),
        lambda: "%s [info] Phoenix.Token verified for user %d (max_age 86400, salt \"user auth\") in %dµs" % (EXT(), R.randint(100, 99999), R.randint(10, 900)),
        lambda: "%s DEBUG [reactor-http-epoll-%d] o.s.w.s.adapter.HttpWebHandlerAdapter - [%s-%d] HTTP GET \"/quotes\", headers={masked}" % (LB(), R.randint(1, 4), H(8), R.randint(1, 400)),
        lambda: "[2029-08-%02d %s][tax-calc.vies][Debug][ip-10-20-11-%d][1][ThreadId %d][main:Tax.Vies src/Tax/Vies.hs:30:5] VIES request id %s (no credentials required)" % (R.randint(2, 27), HMS(), R.randint(4, 254), R.randint(10, 900), UUID()),
        lambda: "%s production.DEBUG: filesystems.disks.s3 {\"driver\":\"s3\",\"region\":\"%s\",\"bucket\":\"studio-uploads\",\"credentials\":\"ecs-task-role\"} []" % (LV(), REG),
        lambda: "%s [info] Twilio message queued sid=SM%s account=AC%s status=queued" % (EXT(), H(32), H(32)),
    ]
    for i in range(92):
        for _ in range(20):
            m = cl[i % len(cl)]()
            if m not in [r[1] for r in ROWS]:
                C(m)
                break


def main():
    planted()
    clean()
    R.shuffle(ROWS)
    seen = set()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for kind, msg, secret in ROWS:
            if "AKIA" in msg:
                raise SystemExit("forbidden prefix in: " + msg)
            if msg in seen:
                raise SystemExit("duplicate: " + msg)
            seen.add(msg)
            if secret is not None:
                assert secret in msg, (kind, msg)
                if kind not in UNMARKED and not any(m in secret for m in MARKS):
                    raise SystemExit("secret without marker: %s %s" % (kind, secret))
            elif any(m in msg for m in MARKS):
                raise SystemExit("clean line carries a marker: " + msg)
            f.write(json.dumps({"message": msg, "kind": kind, "secret": secret}, ensure_ascii=False) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
