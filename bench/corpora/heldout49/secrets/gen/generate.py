"""Seeded generator of bench/corpora/heldout49/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept); this round has no hex-only kind. main() refuses a
duplicate message, a secret not in its message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean
line and a secret without a marker. (The helper layer follows heldout48's secrets generator: random draws, marker
writing, refusal checks, main(); the seed, month (November 2030), region eu-central-1, account and all shapes,
wrappers and templates are new for this round's betting and lottery operator: the Pekko odds-feed ingester, the Ktor
bet-placement API, the Rust wallet ledger, the Celery KYC worker, the C++ draw daemon, the Phoenix in-play gateway,
the geofence Lambda and the Rails withdrawals service.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout49/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = set()
ACCT = "640318275914"
REG = "eu-central-1"
DOM = "wyvernmarsh.example"


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
    return "2030-11-%02dT%s%sZ" % (DAY(), HMS(), ("." + D(frac)) if frac else "")


def EP():
    return 1919721600 + R.randint(86400, 2300000)


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


def STRATA_KEY():
    return "sfk_live_" + MARK(A(40))


def TP_KEY():
    return "tp_sk_live_" + MARK(A(40))


def TP_WHSEC():
    return "tpwh_" + MARK(A(48))


def VERI_KEY():
    return MARK(A(36))


def GEO_KEY():
    return "gvk." + MARK(rs(URLS, 43))


def RNG_HMAC():
    return MARK(rs(B64, 43)) + "="


def KAFKA_PW():
    return MARK(A(R.randint(24, 32)))


def REDIS_TOKEN():
    return MARK(rs(AN + "!#$^-", R.randint(32, 48)))


def OAUTH_SECRET():
    return MARK(rs(URLS, 40))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def MM_LICENSE():
    return A(6) + "_" + MARK(A(29)) + "_mmk"


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "wm-" + L(8)}).encode())
    pay = b64u(jd({"sub": "customer:C%s" % D(7), "iss": "https://id.%s" % DOM, "aud": R.choice(["betplace", "inplay-push", "withdrawals"]),
                   "iat": EP(), "exp": EP() + 1800, "scope": R.choice(["bets:place", "wallet:read", "withdrawals:create"]), "jurisdiction": R.choice(["DE", "AT", "MT"])}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def CUST():
    return "C%s" % D(7)


def MKT():
    return "1.%d" % R.randint(200000000, 299999999)


def BET():
    return "B" + rs(UP, 12)


def WAL():
    return "wal_" + L(14)


def WD():
    return "wd_" + L(12)


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def PK(lvl, actor, msg):
    return "[%s] [11/%02d/2030 %s.%s] [oddsfeed-pekko.actor.default-dispatcher-%d] [pekko://oddsfeed/%s] %s" % (lvl, DAY(), HMS(), D(3), R.randint(4, 18), actor, msg)


def KT(lvl, logger, msg, **kw):
    d = {"@timestamp": "2030-11-%02dT%s.%s+00:00" % (DAY(), HMS(), D(3)), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": "eventLoopGroupProxy-4-%d" % R.randint(1, 16), "level": lvl, "level_value": {"DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[lvl]}
    d.update(kw)
    return jd(d)


def RT(lvl, target, msg, **fields):
    f = {"message": msg}
    f.update(fields)
    return jd({"timestamp": "2030-11-%02dT%s.%sZ" % (DAY(), HMS(), D(6)), "level": lvl, "fields": f, "target": target})


def CEL(lvl, proc, msg):
    return "[2030-11-%02d %s,%s: %s/%s] %s" % (DAY(), HMS(), D(3), lvl, proc, msg)


def SPD(lvl, name, msg):
    return "[2030-11-%02d %s.%s] [%s] [%s] %s" % (DAY(), HMS(), D(3), name, lvl, msg)


def EXL(lvl, msg):
    return "%s.%s [%s] %s" % (HMS(), D(3), lvl, msg)


def LPY(lvl, msg):
    return "[%s]\t%s\t%s\t%s" % (lvl, TS(), UUID(), msg)


def SL(lvl, thread, name, msg, payload=None):
    s = "2030-11-%02d %s.%s %s [%s] %s -- %s" % (DAY(), HMS(), D(6), lvl, thread, name, msg)
    if payload:
        s += " -- {%s}" % ", ".join(":%s=>%s" % (k, ('"%s"' % v) if isinstance(v, str) else v) for k, v in payload.items())
    return s


def ENV(pairs):
    return "\n".join("%s=%s" % kv for kv in pairs)


# ------------------------------------------------------------------ planted: 15 kinds x 7 lines, 3 contexts each
def planted():
    def stratafeed_password(i):
        s = PW()
        if i % 3 == 0:
            return PK("DEBUG", "user/feed-connection", "effective config: stratafeed { url = \"wss://push.stratafeed.example/v4/stream\", username = \"wyvernmarsh-prod\", password = \"%s\", heartbeat = 5s }" % s), s
        if i % 3 == 1:
            s = URLPW()
            return "+ websocat -v 'wss://wyvernmarsh-prod:%s@push.stratafeed.example/v4/stream?from_seq=%d'" % (s, R.randint(10**7, 10**8)), s
        return ENV([("STRATAFEED_URL", "wss://push.stratafeed.example/v4/stream"), ("STRATAFEED_USERNAME", "wyvernmarsh-prod"), ("STRATAFEED_PASSWORD", s), ("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75")]), s

    def stratafeed_api_key(i):
        s = STRATA_KEY()
        if i % 3 == 0:
            return "+ curl -sS -H 'X-Stratafeed-Key: %s' https://api.stratafeed.example/v4/snapshots/markets/%s" % (s, MKT()), s
        if i % 3 == 1:
            return PK("DEBUG", "user/snapshot-client", "GET https://api.stratafeed.example/v4/snapshots/events/E%d headers: [Accept: application/json, X-Stratafeed-Key: %s, User-Agent: pekko-http/1.1.0]" % (R.randint(30000000, 39999999), s)), s
        return "stratafeed.snapshot {\n  base-url = \"https://api.stratafeed.example/v4\"\n  api-key = \"%s\"\n  timeout = 3s\n}" % s, s

    def tessellpay_api_key(i):
        s = TP_KEY()
        if i % 3 == 0:
            return "tessellpay:\n  base_url: https://payouts.tessellpay.example\n  api_key: %s\n  merchant_id: wyvernmarsh-eu" % s, s
        if i % 3 == 1:
            return SL("D", "1:sidekiq.payouts/processor", "TessellpayClient", "POST /v2/payouts", {"authorization": "Bearer %s" % s, "idempotency_key": UUID(), "withdrawal": WD()}), s
        return ENV([("RAILS_ENV", "production"), ("TESSELLPAY_BASE_URL", "https://payouts.tessellpay.example"), ("TESSELLPAY_API_KEY", s), ("RAILS_MAX_THREADS", "5")]), s

    def tessellpay_webhook_secret(i):
        s = TP_WHSEC()
        if i % 3 == 0:
            return "+ aws secretsmanager get-secret-value --secret-id withdrawals/tessellpay-webhook --query SecretString --output text\n{\"key_id\":\"whk_2030_11\",\"signing_secret\":\"%s\"}" % s, s
        if i % 3 == 1:
            return "irb(main):001> Rails.application.credentials.tessellpay[:webhook_secret]\n=> \"%s\"" % s, s
        return ENV([("TESSELLPAY_WEBHOOK_KEY_ID", "whk_2030_11"), ("TESSELLPAY_WEBHOOK_SECRET", s), ("SIDEKIQ_CONCURRENCY", "10")]), s

    def veritrace_api_key(i):
        s = VERI_KEY()
        if i % 3 == 0:
            return CEL("DEBUG", "ForkPoolWorker-%d" % R.randint(1, 8), "veritrace request headers: {'Accept': 'application/json', 'X-API-Key': '%s', 'X-Request-Id': '%s'}" % (s, UUID())), s
        if i % 3 == 1:
            return "+ curl -s -X POST https://api.veritrace.example/v2/screenings -H 'X-API-Key: %s' -H 'Content-Type: application/json' -d @case.json" % s, s
        return ENV([("CELERY_BROKER_URL", "sqs://"), ("VERITRACE_URL", "https://api.veritrace.example/v2"), ("VERITRACE_API_KEY", s)]), s

    def geoverity_api_key(i):
        s = GEO_KEY()
        if i % 3 == 0:
            return "+ aws lambda get-function-configuration --function-name geofence-check --query Environment\n{\n    \"Variables\": {\n        \"GEOVERITY_API_KEY\": \"%s\",\n        \"LOG_LEVEL\": \"INFO\"\n    }\n}" % s, s
        if i % 3 == 1:
            return LPY("DEBUG", "GET https://api.geoverity.example/v1/fix?session=%s&key=%s -> 200" % (UUID(), s)), s
        return LPY("DEBUG", "geoverity client init: {'base_url': 'https://api.geoverity.example/v1', 'api_key': '%s', 'timeout': 1.5}" % s), s

    def rng_hmac_key(i):
        s = RNG_HMAC()
        if i % 3 == 0:
            return "[qrng]\ndevice = /dev/qx2-0\nhealth_tests = rct,apt\ndevice_hmac_key = %s" % s, s
        if i % 3 == 1:
            return "+ sudo qx2ctl --device /dev/qx2-0 --attest --hmac-key '%s' --nonce %s" % (s, H(32)), s
        return SPD("debug", "qrng", "attestation config loaded: device=/dev/qx2-0 hmac_key=%s nonce_len=32" % s), s

    def hsm_crypto_user_password(i):
        s = PW()
        if i % 3 == 0:
            return "+ /opt/cloudhsm/bin/cloudhsm-cli login --username drawd_signer --role crypto-user --password '%s'" % s, s
        if i % 3 == 1:
            s = URLPW()
            return "[hsm]\nlibrary = /opt/cloudhsm/lib/libcloudhsm_pkcs11.so\nslot = 1\npin = drawd_signer:%s" % s, s
        s = URLPW()
        return ENV([("DRAWD_CONFIG", "/etc/drawd/drawd.conf"), ("HSM_PIN", "drawd_signer:%s" % s), ("AWS_REGION", REG)]), s

    def kafka_sasl_password(i):
        s = KAFKA_PW()
        if i % 3 == 0:
            return PK("INFO", "system/kafka-producer-publisher", "ProducerConfig values: bootstrap.servers = [b-1.oddsmsk.%s.c3.kafka.%s.amazonaws.com:9096] sasl.mechanism = SCRAM-SHA-512 sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username=\"oddsfeed\" password=\"%s\"; security.protocol = SASL_SSL" % (L(6), REG, s)), s
        if i % 3 == 1:
            return "+ kcat -b b-2.oddsmsk.%s.c3.kafka.%s.amazonaws.com:9096 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 -X sasl.username=inplay -X sasl.password=%s -C -t odds.prices.v3 -o -5 -e" % (L(6), REG, s), s
        return EXL("debug", "broadway_kafka client config: [hosts: [{\"b-3.oddsmsk.%s.c3.kafka.%s.amazonaws.com\", 9096}], ssl: true, sasl: {:scram_sha_512, \"inplay\", \"%s\"}]" % (L(6), REG, s)), s

    def redis_auth_token(i):
        s = REDIS_TOKEN()
        if i % 3 == 0:
            s = MARK(A(R.randint(32, 44)))
            return ENV([("REDIS_URL", "rediss://:%s@master.wm-sidekiq.%s.euc1.cache.amazonaws.com:6379/0" % (s, L(6))), ("RAILS_LOG_LEVEL", "info")]), s
        if i % 3 == 1:
            return "+ redis-cli --tls -h master.wm-liability.%s.euc1.cache.amazonaws.com -p 6379 -a '%s' --no-auth-warning info replication" % (L(6), s), s
        return EXL("debug", "Phoenix.PubSub.Redis starting with [host: \"pubsub.%s.euc1.cache.amazonaws.com\", port: 6379, ssl: true, password: \"%s\", node_name: :\"inplay_push@10.70.%d.%d\"]" % (L(6), s, R.randint(0, 15), R.randint(2, 254))), s

    def oauth_client_secret(i):
        s = OAUTH_SECRET()
        if i % 3 == 0:
            return "ktor {\n  deployment { port = 8080 }\n}\njwt {\n  issuer = \"https://id.%s\"\n  clientId = \"betplace-backoffice\"\n  clientSecret = \"%s\"\n}" % (DOM, s), s
        if i % 3 == 1:
            return "+ curl -s https://id.%s/oauth2/v2/token -d grant_type=client_credentials -d client_id=risk-dashboard -d client_secret=%s" % (DOM, s), s
        return ENV([("OIDC_ISSUER", "https://id.%s" % DOM), ("OIDC_CLIENT_ID", "withdrawals-admin"), ("OIDC_CLIENT_SECRET", s)]), s

    def jwt(i):
        s = JWT()
        if i % 3 == 0:
            return KT("DEBUG", "io.ktor.server.plugins.calllogging.CallLogging", "POST /v2/bets headers: Authorization=Bearer %s, Idempotency-Key=%s" % (s, UUID())), s
        if i % 3 == 1:
            return EXL("debug", "connect params for InplayPushWeb.UserSocket: %%{\"token\" => \"%s\", \"vsn\" => \"2.0.0\"}" % s), s
        return LPY("DEBUG", "event: %s" % jd({"headers": {"authorization": "Bearer %s" % s, "x-forwarded-for": "%d.%d.%d.%d" % (R.randint(80, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))}, "customerId": CUST()})), s

    def postgres_password(i):
        s = URLPW()
        if i % 3 == 0:
            return KT("INFO", "com.zaxxer.hikari.HikariConfig", "jdbcUrl.........................jdbc:postgresql://betplace-db.cluster-c%s.%s.rds.amazonaws.com:5432/betplace?user=betplace&password=%s&sslmode=verify-full" % (L(11), REG, s)), s
        if i % 3 == 1:
            return ENV([("DATABASE_URL", "postgres://wallet:%s@wallet-db.cluster-c%s.%s.rds.amazonaws.com:5432/ledger?sslmode=require" % (s, L(11), REG)), ("RUST_LOG", "info,sqlx=warn")]), s
        return EXL("debug", "InplayPush.Repo config: [url: \"ecto://inplay:%s@inplay-db.cluster-c%s.%s.rds.amazonaws.com/inplay\", pool_size: 10, ssl: true]" % (s, L(11), REG)), s

    def aws_secret_access_key(i):
        s = AWS_SECRET()
        if i % 3 == 0:
            return ENV([("AWS_REGION", REG), ("AWS_SECRET_ACCESS_KEY", s), ("AWS_SESSION_TOKEN", "${AWS_SESSION_TOKEN}")]), s
        if i % 3 == 1:
            return "[drawd-archive]\nregion = %s\naws_secret_access_key = %s" % (REG, s), s
        return "+ aws configure set aws_secret_access_key %s --profile kyc-lists" % s, s

    def maxmind_license_key(i):
        s = MM_LICENSE()
        if i % 3 == 0:
            return "# GeoIP.conf for geoipupdate (layer build)\nAccountID %s\nLicenseKey %s\nEditionIDs GeoIP2-City GeoIP2-Anonymous-IP" % (D(6), s), s
        if i % 3 == 1:
            return "+ curl -sSfL -o GeoIP2-City.tar.gz 'https://download.maxmind.com/app/geoip_download?edition_id=GeoIP2-City&license_key=%s&suffix=tar.gz'" % s, s
        return ENV([("GEOIPUPDATE_ACCOUNT_ID", D(6)), ("GEOIPUPDATE_LICENSE_KEY", s), ("GEOIPUPDATE_EDITION_IDS", "GeoIP2-City")]), s

    kinds = [("stratafeed-feed-password", stratafeed_password), ("stratafeed-api-key", stratafeed_api_key),
             ("tessellpay-api-key", tessellpay_api_key), ("tessellpay-webhook-signing-secret", tessellpay_webhook_secret),
             ("veritrace-api-key", veritrace_api_key), ("geoverity-api-key", geoverity_api_key),
             ("rng-device-hmac-key", rng_hmac_key), ("cloudhsm-crypto-user-password", hsm_crypto_user_password),
             ("kafka-sasl-scram-password", kafka_sasl_password), ("redis-auth-token", redis_auth_token),
             ("oauth-client-secret", oauth_client_secret), ("jwt", jwt), ("postgres-password", postgres_password),
             ("aws-secret-access-key", aws_secret_access_key), ("maxmind-license-key", maxmind_license_key)]
    for kind, fn in kinds:
        for i in range(7):
            msg, sec = fn(i)
            P(kind, msg, sec)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: PK("DEBUG", "user/feed-connection", "effective config: stratafeed { url = \"wss://push.stratafeed.example/v4/stream\", username = \"wyvernmarsh-prod\", password = \"${?STRATAFEED_PASSWORD}\", heartbeat = 5s }"),
        lambda: PK("INFO", "user/feed-connection", "Connected to wss://push.stratafeed.example/v4/stream as wyvernmarsh-prod (session %s, auth=basic, password=******)" % H(8)),
        lambda: PK("DEBUG", "user/snapshot-client", "GET https://api.stratafeed.example/v4/snapshots/markets/%s headers: [Accept: application/json, X-Stratafeed-Key: sfk_live_****%s]" % (MKT(), L(4))),
        lambda: PK("INFO", "system/kafka-producer-publisher", "ProducerConfig values: sasl.mechanism = SCRAM-SHA-512 sasl.jaas.config = [hidden] security.protocol = SASL_SSL client.id = oddsfeed-%d" % R.randint(1, 9)),
        lambda: PK("INFO", "user/price-pipeline", "Published %d price updates for market %s (content sha256 %s)" % (R.randint(10, 900), MKT(), H(64))),
        lambda: ENV([("STRATAFEED_USERNAME", "wyvernmarsh-prod"), ("STRATAFEED_PASSWORD_FILE", "/run/secrets/stratafeed_password")]),
        lambda: KT("INFO", "com.wyvernmarsh.betplace.routes.BetRoutes", "Bet %s accepted on %s (customer %s, wallet %s)" % (BET(), MKT(), CUST(), WAL())),
        lambda: KT("DEBUG", "io.ktor.server.plugins.calllogging.CallLogging", "POST /v2/bets headers: Authorization=Bearer [REDACTED], Idempotency-Key=%s, traceparent=00-%s-%s-01" % (UUID(), H(32), H(16))),
        lambda: KT("INFO", "com.wyvernmarsh.betplace.auth.JwtVerifier", "JWKS refreshed from https://id.%s/oauth2/v2/keys: kids [wm-%s, wm-%s]" % (DOM, L(8), L(8))),
        lambda: KT("INFO", "com.zaxxer.hikari.HikariConfig", "jdbcUrl.........................jdbc:postgresql://betplace-db.cluster-c%s.%s.rds.amazonaws.com:5432/betplace?sslmode=verify-full" % (L(11), REG)),
        lambda: KT("INFO", "com.zaxxer.hikari.HikariConfig", "password........................<masked>"),
        lambda: "jwt {\n  issuer = \"https://id.%s\"\n  clientId = \"betplace-backoffice\"\n  clientSecret = ${?OIDC_CLIENT_SECRET}\n}" % DOM,
        lambda: RT("INFO", "wallet_ledger::ledger::post", "entry posted", wallet_id=WAL(), entry_id="le_" + L(16), idempotency_key=UUID(), amount="%d.%02d" % (R.randint(1, 900), R.randint(0, 99))),
        lambda: RT("INFO", "wallet_ledger", "database configured", url="postgres://wallet:***@wallet-db.cluster-c%s.%s.rds.amazonaws.com:5432/ledger" % (L(11), REG)),
        lambda: ENV([("DATABASE_URL_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:wallet/db-%s" % (REG, ACCT, A(6))), ("RUST_LOG", "info")]),
        lambda: RT("INFO", "wallet_ledger::outbox", "relayed outbox batch", queue_url="https://sqs.%s.amazonaws.com/%s/ledger-events.fifo" % (REG, ACCT), message_group_id=WAL(), dedup_id=H(64), failed=0),
        lambda: CEL("DEBUG", "ForkPoolWorker-%d" % R.randint(1, 8), "veritrace request headers: {'Accept': 'application/json', 'X-API-Key': '***', 'X-Request-Id': '%s'}" % UUID()),
        lambda: CEL("INFO", "ForkPoolWorker-%d" % R.randint(1, 8), "Task kyc.screen_customer[%s] succeeded in %.3fs: {'customer': '%s', 'case': 'VT-%s', 'decision': 'clear'}" % (UUID(), R.uniform(0.3, 5), CUST(), D(9))),
        lambda: CEL("INFO", "ForkPoolWorker-%d" % R.randint(1, 8), "document %s stored: s3://wm-kyc-docs-%s/%s.pdf (sha256 %s)" % (UUID(), ACCT, UUID(), H(64))),
        lambda: ENV([("VERITRACE_API_KEY", "${VERITRACE_API_KEY}"), ("LOCATA_API_KEY_ID", "lk_id_%s" % L(10)), ("CELERY_BROKER_URL", "sqs://")]),
        lambda: CEL("INFO", "MainProcess", "Connected to sqs://localhost//"),
        lambda: SPD("info", "drawd", "draw LOTTO649-203011%02d-1 completed: numbers %s, signature sha256 %s" % (DAY(), sorted(R.sample(range(1, 50), 6)), H(64))),
        lambda: SPD("info", "hsm", "HSM session opened on slot 1 as drawd_signer (cluster-%s, key handle 0x%x, pin from /etc/drawd/hsm.pin)" % (L(11), R.randint(0x100000, 0xffffff))),
        lambda: "[hsm]\nlibrary = /opt/cloudhsm/lib/libcloudhsm_pkcs11.so\nslot = 1\npin_file = /etc/drawd/hsm.pin",
        lambda: SPD("debug", "qrng", "attestation config loaded: device=/dev/qx2-0 hmac_key=<redacted, 32 bytes> nonce=%s" % H(32)),
        lambda: SPD("info", "archive", "archived LOTTO649-203011%02d-1.json (etag \"%s\", version id %s)" % (DAY(), H(32), rs(AN, 32))),
        lambda: "+ /opt/cloudhsm/bin/cloudhsm-cli login --username drawd_signer --role crypto-user --password \"$(cat /etc/drawd/hsm.pin)\"",
        lambda: EXL("info", "CONNECTED TO InplayPushWeb.UserSocket in %dµs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %%{\"token\" => \"[FILTERED]\", \"vsn\" => \"2.0.0\"}" % R.randint(40, 900)),
        lambda: EXL("debug", "Phoenix.PubSub.Redis starting with [host: \"pubsub.%s.euc1.cache.amazonaws.com\", port: 6379, ssl: true, password: \"[REDACTED]\"]" % L(6)),
        lambda: EXL("debug", "broadway_kafka client config: [hosts: [{\"b-1.oddsmsk.%s.c3.kafka.%s.amazonaws.com\", 9098}], ssl: true, sasl: {:aws_msk_iam, :from_env}]" % (L(6), REG)),
        lambda: EXL("info", "JOINED event:%d in %dms\n  Parameters: %%{\"markets\" => [\"%s\"], \"nonce\" => \"%s\"}" % (R.randint(30000000, 39999999), R.randint(1, 30), MKT(), H(16))),
        lambda: LPY("INFO", "customer %s allowed: DE-BE (session %s) decision signed with alias/geofence-decisions, signature sha256 %s" % (CUST(), UUID(), H(64))),
        lambda: LPY("DEBUG", "geoverity client init: {'base_url': 'https://api.geoverity.example/v1', 'api_key': '<from ssm:/geofence/geoverity-api-key>', 'timeout': 1.5}"),
        lambda: "+ aws lambda get-function-configuration --function-name geofence-check --query KMSKeyArn\n\"arn:aws:kms:%s:%s:key/%s\"" % (REG, ACCT, UUID()),
        lambda: "START RequestId: %s Version: $LATEST" % UUID(),
        lambda: "# GeoIP.conf for geoipupdate (layer build)\nAccountID %s\nLicenseKey %s\nEditionIDs GeoIP2-City" % (D(6), R.choice(["${GEOIPUPDATE_LICENSE_KEY}", "YOUR_LICENSE_KEY_HERE", "<redacted>"])),
        lambda: LPY("DEBUG", "event: %s" % jd({"headers": {"authorization": "Bearer ***", "x-amzn-trace-id": "Root=1-%s-%s" % (H(8), H(24))}, "customerId": CUST()})),
        lambda: SL("I", "1:sidekiq.payouts/processor", "PayoutSubmitJob", "Payout submitted for %s: tessellpay id po_%s, card token tok_%s (last4 %s)" % (WD(), L(18), L(20), D(4))),
        lambda: SL("D", "1:sidekiq.payouts/processor", "TessellpayClient", "POST /v2/payouts", {"authorization": "Bearer [FILTERED]", "idempotency_key": UUID(), "withdrawal": WD()}),
        lambda: SL("I", "1:puma srv tp %03d" % R.randint(1, 5), "Webhooks::TessellpayController", "Signature ok for delivery evt_%s (key id whk_2030_11, t=%d, v1=%s)" % (L(20), EP(), H(64))),
        lambda: "tessellpay:\n  base_url: https://payouts.tessellpay.example\n  api_key: <%%= ENV.fetch(\"TESSELLPAY_API_KEY\") %%>\n  merchant_id: wyvernmarsh-eu\n  publishable_key_id: tp_pk_id_%s" % L(12),
        lambda: ENV([("REDIS_URL", "rediss://master.wm-sidekiq.%s.euc1.cache.amazonaws.com:6379/0" % L(6)), ("REDIS_PASSWORD", ""), ("RAILS_LOG_LEVEL", "info")]),
        lambda: "+ aws secretsmanager describe-secret --secret-id withdrawals/tessellpay-webhook --query '{ARN:ARN,Rotation:RotationEnabled}'\n{\"ARN\": \"arn:aws:secretsmanager:%s:%s:secret:withdrawals/tessellpay-webhook-%s\", \"Rotation\": false}" % (REG, ACCT, A(6)),
        lambda: "+ aws sts get-caller-identity\n{\"UserId\": \"AROA%s:drawd\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/drawd-host/i-%s\"}" % (rs(UP, 17), ACCT, ACCT, H(17)),
        lambda: "[drawd-archive]\nregion = %s\ncredential_source = Ec2InstanceMetadata\nrole_arn = arn:aws:iam::%s:role/drawd-archive-writer" % (REG, ACCT),
        lambda: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nAWS_REGION=%s" % (UUID(), REG),
        lambda: jd({"_aws": {"Timestamp": EP() * 1000, "CloudWatchMetrics": [{"Namespace": "Wyvernmarsh/Withdrawals", "Dimensions": [["service"]], "Metrics": [{"Name": "PayoutsSubmitted", "Unit": "Count"}]}]}, "service": "withdrawals", "PayoutsSubmitted": R.randint(1, 40)}),
        lambda: "+ redis-cli --tls -h master.wm-liability.%s.euc1.cache.amazonaws.com -p 6379 --user default --askpass info replication" % L(6),
        lambda: KT("WARN", "io.ktor.server.auth.jwt.JWTAuth", "JWT rejected for %s: token expired (kid wm-%s, jti %s)" % (CUST(), L(8), UUID())),
        lambda: SL("W", "1:puma srv tp %03d" % R.randint(1, 5), "Rack::Attack", "throttled POST /api/v1/withdrawals for %d.%d.%d.%d (limit 5/min)" % (R.randint(80, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))),
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
