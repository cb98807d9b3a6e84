"""Seeded generator of bench/corpora/heldout50/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept); this round has no hex-only kind. main() refuses a
duplicate message, a secret not in its message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean
line and a secret without a marker. (The helper layer follows heldout49's secrets generator: random draws, marker
writing, refusal checks, main(); the seed, month (December 2030), region ap-southeast-2, account and all shapes,
wrappers and templates are new for this round's transit operator: the Go GTFS-realtime feed builder, the Python AVL
ingester, the .NET fare backend, the fare-gate devices, the OpenTripPlanner journey planner, the Node PIDS/PA
controller, the Node-RED traction-power monitor and the Envoy API edge.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout50/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = set()
ACCT = "583104926671"
REG = "ap-southeast-2"
DOM = "sedgecombe.example"


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
    return "2030-12-%02dT%s%sZ" % (DAY(), HMS(), ("." + D(frac)) if frac else "")


def EP():
    return 1922313600 + R.randint(86400, 2300000)


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
    """a password that can sit in a URL, DSN or connection string without escaping"""
    n = n or R.randint(16, 24)
    pre = R.choice(["Invent", "EXAMPLE", "Example", "INVENT"])
    return pre + rs(AN, n - len(pre))


def QP_KEY():
    return "qp_live_sk_" + MARK(A(40))


def QP_WHSEC():
    return "qpwh_" + MARK(A(40))


def TV_SECRET():
    return MARK(rs(URLS, 48))


def DEV_SECRET():
    return MARK(rs(B64, 43)) + "="


def TH_KEY():
    return "thk_" + MARK(A(32))


def MAPS_KEY():
    return "AIza" + MARK(rs(URLS, 35))


def NR_CRED_SECRET():
    return MARK(rs(AN, R.randint(28, 40)))


def REDIS_TOKEN():
    return MARK(rs(AN + "!#$^-", R.randint(32, 48)))


def OAUTH_SECRET():
    return MARK(rs(URLS, 40))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "sc-" + L(8)}).encode())
    pay = b64u(jd({"sub": "account:acc_%s" % L(12), "iss": "https://id.%s" % DOM, "aud": R.choice(["customer-api", "farepay", "pids-admin"]),
                   "iat": EP(), "exp": EP() + 3600, "scope": R.choice(["account:read", "topup:create", "tickets:purchase"]), "concession": R.choice(["none", "student", "senior"])}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def PAR():
    return "V0010013" + rs(UP, 21)


def TRIP():
    return "%s-%d-%s" % (R.choice(["BUS", "TRM", "FRY"]), R.randint(100, 999), D(5))


def VEH():
    return R.choice(["B", "T", "F"]) + str(R.randint(1000, 4999))


def STOP():
    return str(R.randint(200000, 299999))


def GATE():
    return "gate-%s-%s%02d" % (R.choice(["cen", "whf", "ket", "mrf", "hbr"]), R.choice("abc"), R.randint(1, 24))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def Z(lvl, caller, msg, **kw):
    d = {"level": lvl, "ts": round(1922313600 + R.randint(86400, 2300000) + R.random(), 6), "caller": caller, "msg": msg}
    d.update(kw)
    return jd(d)


def PYL(lvl, name, msg):
    return "2030-12-%02d %s,%s %s %s: %s" % (DAY(), HMS(), D(3), lvl, name, msg)


def MS(lvl, cat, eid, msg):
    return "%s: %s[%d]\n      %s" % (lvl, cat, eid, msg.replace("\n", "\n      "))


def SY(sev, host, app, msgid, msg):
    pri = 16 * 8 + {"err": 3, "warning": 4, "notice": 5, "info": 6, "debug": 7}[sev]
    return "<%d>1 2030-12-%02dT%s.%s+11:00 %s %s %d %s [origin@32473 fw=\"7.4.1\"] %s" % (pri, DAY(), HMS(), D(3), host, app, R.randint(300, 4000), msgid, msg)


def LB(lvl, thread, src, msg):
    return "%s.%s %-5s [%s] (%s) %s" % (HMS(), D(3), lvl, thread, src, msg)


def WS(lvl, msg, **meta):
    m = dict(meta)
    m["service"] = "pids-controller"
    m["timestamp"] = TS()
    return "%s: %s %s" % (lvl, msg, jd(m))


def NR(lvl, node, msg):
    return "%d Dec %s - [%s] %s%s" % (DAY(), HMS(), lvl, ("[%s] " % node) if node else "", msg)


def EL(lvl, comp, src, msg):
    return "[2030-12-%02d %s.%s][1][%s][%s] [%s] %s" % (DAY(), HMS(), D(3), lvl, comp, src, msg)


def ENV(pairs):
    return "\n".join("%s=%s" % kv for kv in pairs)


# ------------------------------------------------------------------ planted: 15 kinds x 7 lines, 3 contexts each
def planted():
    def quillpay_api_key(i):
        s = QP_KEY()
        if i % 3 == 0:
            return ENV([("ASPNETCORE_ENVIRONMENT", "Production"), ("Quillpay__BaseUrl", "https://api.quillpay.example/v3"), ("Quillpay__ApiKey", s), ("Quillpay__MerchantId", "SEDGECOMBE-AU-01")]), s
        if i % 3 == 1:
            return MS("dbug", "System.Net.Http.HttpClient.Quillpay.ClientHandler", 102, "Request Headers:\nAuthorization: Bearer %s\nIdempotency-Key: %s\nContent-Type: application/json; charset=utf-8" % (s, UUID())), s
        return "+ curl -sS https://api.quillpay.example/v3/charges/chg_%s -H 'Authorization: Bearer %s'" % (L(16), s), s

    def quillpay_webhook_secret(i):
        s = QP_WHSEC()
        if i % 3 == 0:
            return "{\n  \"Quillpay\": {\n    \"WebhookKeyId\": \"qpk_2030_12\",\n    \"WebhookSecret\": \"%s\"\n  }\n}" % s, s
        if i % 3 == 1:
            return "+ aws secretsmanager get-secret-value --secret-id farepay/quillpay-webhook --query SecretString --output text\n{\"key_id\":\"qpk_2030_12\",\"secret\":\"%s\"}" % s, s
        return MS("dbug", "Sedgecombe.Fares.Acquiring.QuillpayWebhook", 4299, "Verifying notification %s with secret %s (key id qpk_2030_12)" % ("ntf_" + L(18), s)), s

    def tokenvault_client_secret(i):
        s = TV_SECRET()
        if i % 3 == 0:
            return "+ curl -s -X POST https://auth.tokenvault.example/oauth2/token -d grant_type=client_credentials -d client_id=sedgecombe-farepay -d client_secret=%s -d scope=tokenize" % s, s
        if i % 3 == 1:
            return ENV([("TokenVault__ClientId", "sedgecombe-farepay"), ("TokenVault__ClientSecret", s), ("TokenVault__Scope", "tokenize")]), s
        return MS("dbug", "Sedgecombe.Fares.Tokens.TokenVaultClient", 8099, "Token request body: grant_type=client_credentials&client_id=sedgecombe-farepay&client_secret=%s&scope=tokenize" % s), s

    def mqtt_password(i):
        s = URLPW() if i % 3 == 1 else PW()
        if i % 3 == 0:
            return PYL("DEBUG", "avl.mqtt", "client options: {'hostname': 'mqtt.fleet.%s', 'port': 8883, 'username': 'avl-ingest', 'password': '%s', 'keepalive': 30}" % (DOM, s)), s
        if i % 3 == 1:
            return "+ mosquitto_sub -L 'mqtts://avl-ingest:%s@mqtt.fleet.%s:8883/fleet/bus/+/pos' -C 5 -v" % (s, DOM), s
        return ENV([("MQTT_HOST", "mqtt.fleet.%s" % DOM), ("MQTT_USERNAME", "avl-ingest"), ("MQTT_PASSWORD", s), ("KINESIS_STREAM", "avl-positions")]), s

    def validator_device_secret(i):
        s = DEV_SECRET()
        h = GATE()
        if i % 3 == 0:
            return "[tapsync]\nendpoint = https://taps.%s/v1/batch\ndevice_id = %s\nshared_secret = %s" % (DOM, h, s), s
        if i % 3 == 1:
            return SY("debug", h, "tapsync", "CFG", "provisioning: device_id=%s hmac_secret=%s batch_max=200" % (h, s)), s
        return "+ validator-provision --device %s --station %s --secret '%s' --push" % (h, h.split("-")[1].upper(), s), s

    def transithub_api_key(i):
        s = TH_KEY()
        if i % 3 == 0:
            return Z("debug", "partner/transithub.go:44", "partner request", url="https://ingest.transithub.example/v2/feeds/sedgecombe/trip_updates", headers={"X-Api-Key": s, "Content-Type": "application/x-protobuf"}), s
        if i % 3 == 1:
            return ENV([("TRANSITHUB_URL", "https://ingest.transithub.example/v2"), ("TRANSITHUB_API_KEY", s), ("FEED_INTERVAL", "15s")]), s
        return "+ curl -sf -X PUT --data-binary @trip_updates.pb -H 'X-Api-Key: %s' https://ingest.transithub.example/v2/feeds/sedgecombe/trip_updates" % s, s

    def maps_api_key(i):
        s = MAPS_KEY()
        if i % 3 == 0:
            return LB("DEBUG", "grizzly-http-server-%d" % R.randint(0, 31), "GeocoderClient.java:%d" % R.randint(40, 60), "GET https://maps.googleapis.com/maps/api/geocode/json?address=%s&key=%s -> 200" % (R.choice(["Central+Station", "Harbour+Wharf+3", "Kettering+Depot"]), s)), s
        if i % 3 == 1:
            return "otp.geocoder {\n  provider = \"google\"\n  apiKey = \"%s\"\n  region = \"au\"\n}" % s, s
        return WS("debug", "map tile client init", baseUrl="https://maps.googleapis.com/maps/api/staticmap", key=s, size="480x272"), s

    def nodered_credential_secret(i):
        s = NR_CRED_SECRET()
        if i % 3 == 0:
            return "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    credentialSecret: \"%s\",\n    flowFile: 'flows_traction.json'\n}" % s, s
        if i % 3 == 1:
            return ENV([("NODE_RED_CREDENTIAL_SECRET", s), ("NODE_OPTIONS", "--max-old-space-size=1024")]), s
        return "+ docker run -d --name traction-nr -e NODE_RED_CREDENTIAL_SECRET='%s' -p 1880:1880 nodered/node-red:3.1" % s, s

    def sqlserver_password(i):
        s = URLPW()
        if i % 3 == 0:
            return ENV([("ConnectionStrings__Fares", "Server=farepay-db.c%s.%s.rds.amazonaws.com,1433;Database=Fares;User Id=farepay_app;Password=%s;Encrypt=True;Max Pool Size=100" % (L(11), REG, s)), ("DOTNET_gcServer", "1")]), s
        if i % 3 == 1:
            return MS("dbug", "Microsoft.EntityFrameworkCore.Database.Connection", 20000, "Opening connection to database 'Fares' on server 'farepay-db.c%s.%s.rds.amazonaws.com,1433' (connection string: Server=farepay-db.c%s.%s.rds.amazonaws.com,1433;Database=Fares;User Id=farepay_app;Password=%s)." % (L(11), REG, L(11), REG, s)), s
        return "+ sqlcmd -S farepay-db.c%s.%s.rds.amazonaws.com,1433 -U farepay_app -P '%s' -d Fares -Q \"EXEC dbo.usp_RepriceServiceDay @day='2030-12-%02d'\"" % (L(11), REG, s, DAY()), s

    def postgres_password(i):
        s = URLPW()
        if i % 3 == 0:
            return ENV([("ARCHIVE_DSN", "postgresql://avl_writer:%s@avl-archive.c%s.%s.rds.amazonaws.com:5432/avl?sslmode=require" % (s, L(11), REG)), ("LOG_LEVEL", "INFO")]), s
        if i % 3 == 1:
            return PYL("DEBUG", "avl.sink.archive", "connecting: host=avl-archive.c%s.%s.rds.amazonaws.com port=5432 dbname=avl user=avl_writer password=%s sslmode=require" % (L(11), REG, s)), s
        return "+ psql 'postgresql://avl_writer:%s@avl-archive.c%s.%s.rds.amazonaws.com:5432/avl' -c 'select count(*) from positions_2030_12'" % (s, L(11), REG), s

    def oauth_client_secret(i):
        s = OAUTH_SECRET()
        if i % 3 == 0:
            return "  - name: envoy.filters.http.oauth2\n    typed_config:\n      credentials:\n        client_id: pids-admin-console\n        token_secret:\n          inline_string: \"%s\"" % s, s
        if i % 3 == 1:
            return ENV([("OIDC_ISSUER", "https://id.%s" % DOM), ("OIDC_CLIENT_ID", "customer-api"), ("OIDC_CLIENT_SECRET", s)]), s
        return "+ curl -s https://id.%s/oauth2/token -u customer-api:%s -d grant_type=client_credentials" % (DOM, s), s

    def jwt(i):
        s = JWT()
        if i % 3 == 0:
            return EL("debug", "http", "source/common/http/conn_manager_impl.cc:%d" % R.randint(1100, 1200), "[Tags: \"ConnectionId\":\"%d\",\"StreamId\":\"%d\"] request headers complete (end_stream=false):\n':authority', 'api.%s'\n':path', '/v1/accounts/me/summary'\n':method', 'GET'\n'authorization', 'Bearer %s'" % (R.randint(1000, 99999), R.randint(10 ** 18, 10 ** 19), DOM, s)), s
        if i % 3 == 1:
            return MS("dbug", "Sedgecombe.Fares.Api.Auth.BearerLogging", 9100, "Incoming token for /v1/topups: %s" % s), s
        return WS("debug", "admin request", path="/v1/announcements", authorization="Bearer %s" % s), s

    def aws_secret_access_key(i):
        s = AWS_SECRET()
        if i % 3 == 0:
            return ENV([("AWS_REGION", REG), ("AWS_SECRET_ACCESS_KEY", s), ("AWS_SESSION_TOKEN", "${AWS_SESSION_TOKEN}")]), s
        if i % 3 == 1:
            return "[traction-timestream]\nregion = %s\naws_secret_access_key = %s" % (REG, s), s
        return "+ aws configure set aws_secret_access_key %s --profile avl-ingest" % s, s

    def pa_sip_password(i):
        s = PW()
        if i % 3 == 0:
            return WS("debug", "SIP trunk config", registrar="sip:pa-gw.%s" % DOM, username="pids-pa", password=s, transport="tls"), s
        if i % 3 == 1:
            return "[pa-trunk]\ntype=auth\nauth_type=userpass\nusername=pids-pa\npassword=%s" % s, s
        return ENV([("PA_SIP_USER", "pids-pa"), ("PA_SIP_PASSWORD", s), ("PA_SIP_REGISTRAR", "sip:pa-gw.%s" % DOM)]), s

    def redis_auth_token(i):
        s = REDIS_TOKEN()
        if i % 3 == 0:
            s = MARK(A(R.randint(32, 44)))
            return ENV([("REDIS_URL", "rediss://:%s@master.feed-state.%s.apse2.cache.amazonaws.com:6379/0" % (s, L(6))), ("FEED_INTERVAL", "15s")]), s
        if i % 3 == 1:
            return "+ redis-cli --tls -h master.feed-state.%s.apse2.cache.amazonaws.com -a '%s' --no-auth-warning info memory" % (L(6), s), s
        return Z("debug", "state/redis.go:31", "redis options", addr="master.feed-state.%s.apse2.cache.amazonaws.com:6379" % L(6), password=s, tls=True, pool_size=20), s

    kinds = [("quillpay-acquirer-api-key", quillpay_api_key), ("quillpay-webhook-secret", quillpay_webhook_secret),
             ("tokenvault-client-secret", tokenvault_client_secret), ("mqtt-broker-password", mqtt_password),
             ("validator-device-shared-secret", validator_device_secret), ("transithub-partner-api-key", transithub_api_key),
             ("maps-api-key", maps_api_key), ("nodered-credential-secret", nodered_credential_secret),
             ("sqlserver-password", sqlserver_password), ("postgres-password", postgres_password),
             ("oauth-client-secret", oauth_client_secret), ("jwt", jwt), ("aws-secret-access-key", aws_secret_access_key),
             ("pa-sip-password", pa_sip_password), ("redis-auth-token", redis_auth_token)]
    for kind, fn in kinds:
        for i in range(7):
            msg, sec = fn(i)
            P(kind, msg, sec)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: ENV([("Quillpay__BaseUrl", "https://api.quillpay.example/v3"), ("Quillpay__ApiKey", "${QUILLPAY_API_KEY}"), ("Quillpay__MerchantId", "SEDGECOMBE-AU-01")]),
        lambda: MS("dbug", "System.Net.Http.HttpClient.Quillpay.ClientHandler", 102, "Request Headers:\nAuthorization: *\nIdempotency-Key: %s\nContent-Type: application/json; charset=utf-8" % UUID()),
        lambda: MS("info", "Sedgecombe.Fares.Acquiring.QuillpayClient", 4100, "Charge chg_%s submitted for PAR %s: $%d.%02d (auth code %s)" % (L(16), PAR(), R.randint(2, 30), R.randint(0, 99), D(6))),
        lambda: MS("info", "Sedgecombe.Fares.Acquiring.QuillpayWebhook", 4200, "Notification ntf_%s verified (key id qpk_2030_12, signature v1=%s)" % (L(18), H(64))),
        lambda: "{\n  \"Quillpay\": {\n    \"WebhookKeyId\": \"qpk_2030_12\",\n    \"WebhookSecret\": \"<from Secrets Manager farepay/quillpay-webhook>\"\n  }\n}",
        lambda: MS("info", "Sedgecombe.Fares.Tokens.TokenVaultClient", 8000, "PAR %s issued for token reference tvr_%s (last4 %s)" % (PAR(), L(20), D(4))),
        lambda: ENV([("TokenVault__ClientId", "sedgecombe-farepay"), ("TokenVault__ClientSecret", "********"), ("TokenVault__Scope", "tokenize")]),
        lambda: MS("info", "Sedgecombe.Fares.Taps.TapEndpoint", 3000, "Tap tap_%s at %s accepted for PAR %s (nonce %s)" % (L(20), GATE(), PAR(), H(16))),
        lambda: ENV([("ConnectionStrings__Fares", "Server=farepay-db.c%s.%s.rds.amazonaws.com,1433;Database=Fares;Authentication=Active Directory Default;Encrypt=True" % (L(11), REG)), ("DOTNET_gcServer", "1")]),
        lambda: MS("dbug", "Microsoft.EntityFrameworkCore.Database.Connection", 20000, "Opening connection to database 'Fares' on server 'farepay-db.c%s.%s.rds.amazonaws.com,1433'." % (L(11), REG)),
        lambda: "+ sqlcmd -S farepay-db.c%s.%s.rds.amazonaws.com,1433 -G -d Fares -Q \"SELECT COUNT(*) FROM dbo.Taps WHERE ServiceDay='2030-12-%02d'\"" % (L(11), REG, DAY()),
        lambda: PYL("DEBUG", "avl.mqtt", "client options: {'hostname': 'mqtt.fleet.%s', 'port': 8883, 'username': 'avl-ingest', 'password': '***', 'keepalive': 30}" % DOM),
        lambda: PYL("INFO", "avl.mqtt", "connected to mqtts://mqtt.fleet.%s:8883 as avl-ingest-%s (session present=%s)" % (DOM, L(6), R.choice(["True", "False"]))),
        lambda: ENV([("MQTT_HOST", "mqtt.fleet.%s" % DOM), ("MQTT_USERNAME", "avl-ingest"), ("MQTT_PASSWORD_FILE", "/run/secrets/mqtt_password")]),
        lambda: PYL("DEBUG", "avl.mqtt", "fleet/bus/%s/pos %s" % (VEH(), jd({"trip": TRIP(), "stop": STOP(), "lat": round(R.uniform(-33.95, -33.8), 5), "lon": round(R.uniform(151.1, 151.3), 5), "seq": R.randint(1000, 99999)}))),
        lambda: PYL("INFO", "avl.sink.archive", "connecting: host=avl-archive.c%s.%s.rds.amazonaws.com port=5432 dbname=avl user=avl_writer password=<iam-auth-token> sslmode=require" % (L(11), REG)),
        lambda: ENV([("ARCHIVE_DSN_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:avl/archive-dsn-%s" % (REG, ACCT, A(6))), ("LOG_LEVEL", "INFO")]),
        lambda: PYL("INFO", "avl.sink.kinesis", "PutRecords ok: 500 records, sequence %s, shard shardId-00000000000%d" % (D(56), R.randint(0, 1))),
        lambda: "[tapsync]\nendpoint = https://taps.%s/v1/batch\ndevice_id = %s\nshared_secret_file = /etc/tapsync/secret" % (DOM, GATE()),
        lambda: SY("debug", GATE(), "tapsync", "CFG", "provisioning: device_id=%s hmac_secret=<redacted 32 bytes> batch_max=200" % GATE()),
        lambda: SY("info", GATE(), "validatord", "TAP", "tap on PAR:%s…%s accepted (EMV contactless, ticket TK%s)" % (rs(UP, 4), rs(UP, 4), rs(UP, 10))),
        lambda: SY("info", GATE(), "tapsync", "UPLOAD", "uploaded %d taps, batch hmac %s" % (R.randint(1, 200), H(64))),
        lambda: SY("notice", GATE(), "listmgr", "DENYLIST", "deny list v%d installed (signature ok, key id dl-2030-06, sha256 %s)" % (R.randint(86000, 87999), H(64))),
        lambda: Z("debug", "partner/transithub.go:44", "partner request", url="https://ingest.transithub.example/v2/feeds/sedgecombe/trip_updates", headers={"X-Api-Key": "[redacted]", "Content-Type": "application/x-protobuf"}),
        lambda: Z("info", "cycle/runner.go:158", "feed published", feed=R.choice(["vehicle_positions", "trip_updates"]), etag=H(32), entities=R.randint(100, 1400), trip_id=TRIP()),
        lambda: Z("info", "partner/transithub.go:41", "partner push ok", partner="transithub", key_id="thk_id_%s" % L(8), status=202),
        lambda: ENV([("TRANSITHUB_URL", "https://ingest.transithub.example/v2"), ("TRANSITHUB_API_KEY", ""), ("TRANSITHUB_API_KEY_SSM", "/feedbuilder/transithub-api-key")]),
        lambda: Z("debug", "state/redis.go:31", "redis options", addr="master.feed-state.%s.apse2.cache.amazonaws.com:6379" % L(6), password="<set>", tls=True, pool_size=20),
        lambda: "+ redis-cli --tls -h master.feed-state.%s.apse2.cache.amazonaws.com --askpass info memory" % L(6),
        lambda: Z("debug", "vehicles/assign.go:74", "vehicle assigned", vehicle_id=VEH(), trip_id=TRIP(), block="BLK-%d" % R.randint(1000, 9999), stop_id=STOP()),
        lambda: LB("DEBUG", "grizzly-http-server-%d" % R.randint(0, 31), "GeocoderClient.java:52", "GET https://maps.googleapis.com/maps/api/geocode/json?address=Central+Station&key=*** -> 200"),
        lambda: "otp.geocoder {\n  provider = \"google\"\n  apiKey = ${?GEOCODER_API_KEY}\n  region = \"au\"\n}",
        lambda: LB("INFO", "grizzly-http-server-%d" % R.randint(0, 31), "RequestTraceFilter.java:35", "POST /otp/gtfs/v1 planConnection %d ms (correlation %s, trace %s)" % (R.randint(40, 900), UUID(), H(32))),
        lambda: LB("INFO", "main", "OtpStartupInfo.java:30", "OTP 2.6.0-sc4 (git commit %s) graph sha256 %s" % (H(10), H(64))),
        lambda: WS("debug", "map tile client init", baseUrl="https://maps.googleapis.com/maps/api/staticmap", key="[REDACTED]", size="480x272"),
        lambda: WS("info", "departures pushed", sign="%s-P%d-%02d" % (R.choice(["CEN", "WHF", "KET"]), R.randint(1, 8), R.randint(1, 12)), tripId=TRIP(), stopId=STOP(), error=None),
        lambda: WS("debug", "SIP trunk config", registrar="sip:pa-gw.%s" % DOM, username="pids-pa", password="<secret:pids/pa-sip>", transport="tls"),
        lambda: WS("info", "PA announcement played", announcementId="pa_" + L(12), pollyRequestId=UUID(), audioSha256=H(64)),
        lambda: WS("debug", "admin request", path="/v1/announcements", authorization="Bearer [REDACTED]", user="ops-%s" % L(5)),
        lambda: "[pa-trunk]\ntype=auth\nauth_type=userpass\nusername=pids-pa\npassword=${PA_SIP_PASSWORD}",
        lambda: "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,\n    flowFile: 'flows_traction.json'\n}",
        lambda: "    adminAuth: {\n        type: \"credentials\",\n        users: [{ username: \"ops\", password: \"$2b$08$%s\", permissions: \"*\" }]\n    }," % rs(AN + "./", 53),
        lambda: NR("warn", None, "Encrypted credentials not found"),
        lambda: NR("info", "mqtt-broker:scada-bus", "Connected to broker: traction-nr@mqtts://scada-bus.%s:8883 (client %s)" % (DOM, H(8))),
        lambda: NR("info", "debug:%s DC bus" % R.choice(["KET", "MRF", "CEN"]), jd({"v_dc": R.randint(1480, 1720), "i_dc": R.randint(0, 4200), "msgid": H(16)})),
        lambda: EL("debug", "http", "source/common/http/conn_manager_impl.cc:%d" % R.randint(1100, 1200), "[Tags: \"ConnectionId\":\"%d\",\"StreamId\":\"%d\"] request headers complete (end_stream=false):\n':authority', 'api.%s'\n':path', '/v1/stops/%s/departures'\n':method', 'GET'\n'x-request-id', '%s'" % (R.randint(1000, 99999), R.randint(10 ** 18, 10 ** 19), DOM, STOP(), UUID())),
        lambda: "  - name: envoy.filters.http.oauth2\n    typed_config:\n      credentials:\n        client_id: pids-admin-console\n        token_secret:\n          name: oauth-token-secret\n          sds_config: { path_config_source: { path: /etc/envoy/sds/oauth.yaml } }",
        lambda: '[2030-12-%02dT%s.%sZ] "GET /v1/accounts/me/summary HTTP/2" 401 - 0 %d 6 5 "%d.%d.%d.%d" "SedgecombeGo/7.4.%d (iPhone; iOS 18.%d)" "%s" "api.%s" "10.70.%d.%d:8080"' % (DAY(), HMS(), D(3), R.randint(40, 200), R.randint(20, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(0, 9), R.randint(0, 9), UUID(), DOM, R.randint(0, 255), R.randint(4, 254)),
        lambda: MS("warn", "Sedgecombe.Fares.Api.Auth.BearerLogging", 9101, "Token for account acc_%s rejected: expired (kid sc-%s, jti %s)" % (L(12), L(8), UUID())),
        lambda: ENV([("OIDC_ISSUER", "https://id.%s" % DOM), ("OIDC_CLIENT_ID", "customer-api"), ("OIDC_CLIENT_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:customer-api/oidc-%s" % (REG, ACCT, A(6)))]),
        lambda: "+ aws sts get-caller-identity\n{\"UserId\": \"AROA%s:avl-ingest\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/avl-ingest-task/%s\"}" % (rs(UP, 17), ACCT, ACCT, H(32)),
        lambda: "[traction-timestream]\nregion = %s\ncredential_source = Ec2InstanceMetadata\nrole_arn = arn:aws:iam::%s:role/traction-timestream-writer" % (REG, ACCT),
        lambda: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nAWS_REGION=%s" % (UUID(), REG),
        lambda: jd({"_aws": {"Timestamp": EP() * 1000, "CloudWatchMetrics": [{"Namespace": "Sedgecombe/Fares", "Dimensions": [["service"]], "Metrics": [{"Name": "TapsAccepted", "Unit": "Count"}]}]}, "service": "farepay", "TapsAccepted": R.randint(100, 4000)}),
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
