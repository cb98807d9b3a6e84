"""Seeded generator of bench/corpora/heldout52/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept), except the one hex-only kind (Symfony APP_SECRET),
whose alphabet cannot hold a marker. main() refuses a duplicate message, a secret not in its message or occurring twice
in it, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind's secret without a marker. (The helper layer
follows heldout51's secrets generator: random draws, marker writing, refusal checks, main(); the seed, month (February
2031), region eu-west-1, account and all shapes, wrappers and templates are new for this round's insurer "mossgate":
WildFly policy admin, Go rating engine, Django FNOL API, claim-document Lambda, FastAPI/Triton fraud scoring, ASP.NET
premium collection, RDS for Oracle and the Symfony broker portal.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout52/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = {"symfony-app-secret"}
ACCT = "482913675204"
REG = "eu-west-1"
DOM = "mossgate.example"


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


def TS(frac=3):
    return "2031-02-%02dT%02d:%02d:%02d%sZ" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), ("." + D(frac)) if frac else "")


def CTS():
    return "2031-02-%02d %02d:%02d:%02d,%s" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3))


def EP():
    return 1927670400 + R.randint(86400, 2300000)


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


def TALLIS_KEY():
    return "tls_live_" + MARK(A(40))


def TALLIS_WHSEC():
    return "tpwh_" + MARK(A(40))


def FERNBANK_KEY():
    return "fbk_" + MARK(rs(UP, 36), R.choice(["INVENT", "EXAMPLE"]))


def NORTHMERE_KEY():
    return "nm-" + MARK(A(48))


def VEHIQ_TOKEN():
    return "vq_" + MARK(rs(URLS, 40))


def REDIS_TOKEN():
    return MARK(A(32))


def CLIENT_SECRET():
    return MARK(A(40))


def FRAUD_TOKEN():
    return "fsk_" + MARK(rs(URLS, 40))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def APP_SECRET():
    return H(32)


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "mg-" + L(10)}).encode())
    pay = b64u(jd({"iss": "https://auth.%s/" % DOM, "sub": R.choice(["svc-fraudscore", "svc-claims-intake", "svc-broker-portal"]), "aud": R.choice(["claims-api", "pas-api", "rating-api"]),
                   "iat": EP(), "exp": EP() + 3600, "jti": UUID(), "scope": R.choice(["claims:write", "policies:read", "quotes:write"])}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def POL():
    return "MG-%s-2031-%06d" % (R.choice(["MTR", "HH", "LND", "FLT"]), R.randint(1000, 999999))


def CLM():
    return "CLM-2031-%07d" % R.randint(1, 9999999)


def ENV(pairs):
    return "\n".join("%s=%s" % kv for kv in pairs)


def WF(lvl, cat, msg):
    return "%s %-5s [%s] (%s) %s" % (CTS(), lvl, cat, R.choice(["default task-%d" % R.randint(1, 64), "MSC service thread 1-%d" % R.randint(1, 4)]), msg)


def LF(lvl, caller, msg, **kv):
    return "level=%s ts=%s caller=%s msg=\"%s\" " % (lvl, TS(6), caller, msg) + " ".join("%s=%s" % (k, ('"%s"' % v) if " " in str(v) else v) for k, v in kv.items())


def DJ(lvl, logger, msg):
    return "[%s] %s [%s:%d] %s" % (CTS(), lvl, logger, R.randint(20, 300), msg)


def PYL(lvl, msg):
    return "[%s]\t%s\t%s\t%s" % (lvl, TS(), UUID(), msg)


def APP(lvl, logger, msg):
    return "%s %s [%s] %s" % (CTS(), lvl, logger, msg)


def SC(lvl, cat, eid, msg):
    return "%s %s: %s[%d]\n      %s" % (TS(), lvl, cat, eid, msg.replace("\n", "\n      "))


def MJ(lvl, ch, msg, ctx):
    lv = {"DEBUG": 100, "INFO": 200, "WARNING": 300, "ERROR": 400}[lvl]
    return jd({"message": msg, "context": ctx, "level": lv, "level_name": lvl, "channel": ch, "datetime": TS(6)[:-1] + "+00:00", "extra": {}})


def RDSO():
    return "policydb.c%s.%s.rds.amazonaws.com" % (L(12), REG)


def RDSS():
    return "premiumpay.c%s.%s.rds.amazonaws.com" % (L(12), REG)


def REDIS():
    return "master.%s.%s.%s.cache.amazonaws.com" % (R.choice(["quote-cache", "broker-sessions"]), L(6), "euw1")


# ------------------------------------------------------------------ planted: 15 kinds x 7 lines, 3 contexts each
def planted():
    ctx = {}

    def tallis_key(i):
        k = TALLIS_KEY()
        return [lambda: ENV([("ASPNETCORE_ENVIRONMENT", "Production"), ("Tallis__ApiKey", k), ("Tallis__BaseUrl", "https://api.tallispay.example/v1")]),
                lambda: SC("dbug", "System.Net.Http.HttpClient.Tallis.ClientHandler", 102, "Request Headers:\nAuthorization: Bearer %s\nIdempotency-Key: %s" % (k, UUID())),
                lambda: "curl -s https://api.tallispay.example/v1/refunds -u %s: -d payment_intent=pi_%s -d amount=%d" % (k, A(24), R.randint(500, 90000))][i % 3](), k

    def tallis_wh(i):
        k = TALLIS_WHSEC()
        return [lambda: ENV([("Tallis__WebhookSigningSecret", k), ("Tallis__WebhookToleranceSeconds", "300")]),
                lambda: '"Tallis": { "WebhookSigningSecret": "%s", "WebhookPath": "/webhooks/tallis" }' % k,
                lambda: SC("dbug", "Mossgate.Payments.Webhooks.TallisSignatureVerifier", 2100, "Verifying event evt_%s with secret %s (tolerance 300 s)" % (A(24), k))][i % 3](), k

    def fernbank(i):
        k = FERNBANK_KEY()
        return [lambda: ENV([("Fernbank__ApiKey", k), ("Fernbank__ServiceUserNumber", D(6))]),
                lambda: SC("dbug", "System.Net.Http.HttpClient.Fernbank.LogicalHandler", 100, "Start processing HTTP request POST https://api.fernbank.example/v3/collections\nX-Api-Key: %s" % k),
                lambda: "aws secretsmanager put-secret-value --secret-id prod/premiumpay/fernbank --secret-string '{\"api_key\":\"%s\"}' --region %s" % (k, REG)][i % 3](), k

    def northmere(i):
        k = NORTHMERE_KEY()
        return [lambda: LF("debug", "bureau/client.go:118", "outgoing request", method="POST", url="https://api.northmere.example/v2/score", header_x_api_key=k),
                lambda: ENV([("NORTHMERE_API_KEY", k), ("NORTHMERE_TIMEOUT", "2s")]),
                lambda: "curl -H 'X-Api-Key: %s' -d @applicant.json https://api.northmere.example/v2/score" % k][i % 3](), k

    def vehiq(i):
        k = VEHIQ_TOKEN()
        return [lambda: DJ("DEBUG", "urllib3.connectionpool", "send: b'GET /v2/vehicles/%s HTTP/1.1\\r\\nHost: api.vehiq.example\\r\\nAuthorization: Token %s\\r\\n'" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(2)) + "%02d%s" % (R.randint(51, 80), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3))), k)),
                lambda: ENV([("DJANGO_SETTINGS_MODULE", "fnol.settings.prod"), ("VEHIQ_API_TOKEN", k)]),
                lambda: DJ("DEBUG", "fnol.settings", "VEHIQ = {'base_url': 'https://api.vehiq.example', 'token': '%s', 'timeout': None}" % k)][i % 3](), k

    def ds_pw(i):
        k = PW()
        return [lambda: "<datasource jndi-name=\"java:jboss/datasources/PolicyDS\" pool-name=\"PolicyDS\"><connection-url>jdbc:oracle:thin:@//%s:1521/POLICYDB</connection-url><security><user-name>PAS_APP</user-name><password>%s</password></security></datasource>" % (RDSO(), k),
                lambda: "/opt/jboss/wildfly/bin/jboss-cli.sh --connect --command=\"data-source add --name=PolicyDS --jndi-name=java:jboss/datasources/PolicyDS --driver-name=ojdbc11 --user-name=PAS_APP --password=%s --connection-url=jdbc:oracle:thin:@//%s:1521/POLICYDB\"" % (k, RDSO()),
                lambda: ENV([("POLICYDS_USER", "PAS_APP"), ("POLICYDS_PASSWORD", k), ("JAVA_OPTS", "-Xms2g -Xmx6g")])][i % 3](), k

    def oracle(i):
        k = URLPW()
        return [lambda: "sqlplus -s renewals/%s@//%s:1521/POLICYDB @extract_renewals.sql 2031-03" % (k, RDSO()),
                lambda: WF("DEBUG", "com.mossgate.pas.batch.ExtractConfig", "jdbcUrl=jdbc:oracle:thin:renewals/%s@//%s:1521/POLICYDB fetchSize=5000" % (k, RDSO())),
                lambda: ENV([("ORACLE_USER", "claims_ro"), ("ORACLE_PASSWORD", k), ("ORACLE_DSN", "%s:1521/POLICYDB_RO" % RDSO())])][i % 3](), k

    def sqlserver(i):
        k = URLPW()
        return [lambda: ENV([("ConnectionStrings__Payments", "Server=%s,1433;Database=Payments;User Id=premiumpay_app;Password=%s;Encrypt=True;TrustServerCertificate=False" % (RDSS(), k))]),
                lambda: '"ConnectionStrings": { "Payments": "Server=%s,1433;Database=Payments;User Id=premiumpay_app;Password=%s;Encrypt=True" }' % (RDSS(), k),
                lambda: "sqlcmd -S %s,1433 -U premiumpay_admin -P '%s' -d Payments -Q \"EXEC dbo.usp_ReallocateReceipts\"" % (RDSS(), k)][i % 3](), k

    def redis(i):
        k = REDIS_TOKEN()
        return [lambda: ENV([("REDIS_URL", "rediss://:%s@%s:6379/0" % (k, REDIS())), ("SESSION_TTL", "7200")]),
                lambda: "redis-cli -h %s -p 6379 --tls -a '%s' --no-auth-warning INFO memory" % (REDIS(), k),
                lambda: LF("debug", "store/redis.go:31", "redis options", addr="%s:6379" % REDIS(), password=k, tls="true")][i % 3](), k

    def client_secret(i):
        k = CLIENT_SECRET()
        return [lambda: "curl -s -X POST https://auth.%s/oauth2/token -d grant_type=client_credentials -d client_id=broker-portal -d client_secret=%s" % (DOM, k),
                lambda: ENV([("OAUTH_CLIENT_ID", "claims-intake"), ("OAUTH_CLIENT_SECRET", k)]),
                lambda: MJ("DEBUG", "http_client", "Token request options", {"url": "https://auth.%s/oauth2/token" % DOM, "body": {"grant_type": "client_credentials", "client_id": "broker-portal", "client_secret": k}})][i % 3](), k

    def jwt(i):
        k = JWT()
        return [lambda: APP("DEBUG", "httpx", "HTTP Request headers for POST https://claims-api.internal.%s/v1/claims/%s/scores: {'authorization': 'Bearer %s'}" % (DOM, CLM(), k)),
                lambda: DJ("DEBUG", "fnol.auth", "incoming Authorization: Bearer %s" % k),
                lambda: MJ("DEBUG", "app", "Rating API call", {"endpoint": "https://rating.internal.%s/v2/quotes" % DOM, "headers": {"Authorization": "Bearer %s" % k}})][i % 3](), k

    def fraud_token(i):
        k = FRAUD_TOKEN()
        return [lambda: ENV([("FRAUDSCORE_API_TOKEN", k), ("TRITON_URL", "localhost:8001")]),
                lambda: "curl -s -H 'Authorization: Bearer %s' -d '{\"claim_id\":\"%s\"}' https://fraudscore.internal.%s/v1/score" % (k, CLM(), DOM),
                lambda: APP("DEBUG", "fraudscore.api", "auth config loaded: {'scheme': 'bearer', 'token': '%s'}" % k)][i % 3](), k

    def aws(i):
        k = AWS_SECRET()
        return [lambda: ENV([("AWS_REGION", REG), ("AWS_SECRET_ACCESS_KEY", k)]),
                lambda: "[claimdocs-backfill]\naws_secret_access_key = %s\nregion = %s" % (k, REG),
                lambda: "aws configure set aws_secret_access_key %s --profile policyadmin-ops" % k][i % 3](), k

    def app_secret(i):
        k = APP_SECRET()
        return [lambda: ENV([("APP_ENV", "prod"), ("APP_SECRET", k), ("APP_DEBUG", "0")]),
                lambda: "docker run --rm -e APP_ENV=prod -e APP_SECRET=%s %s.dkr.ecr.%s.amazonaws.com/broker-portal:7.2.%d php bin/console cache:warmup" % (k, ACCT, REG, R.randint(0, 9)),
                lambda: MJ("DEBUG", "app", "Container parameters dumped", {"kernel.secret": k, "kernel.environment": "prod"})][i % 3](), k

    def elytron(i):
        k = PW()
        return [lambda: "/opt/jboss/wildfly/bin/elytron-tool.sh credential-store --create --location /opt/jboss/wildfly/standalone/configuration/pas.cs.p12 --password %s --add policyds --secret '${POLICYDS_PASSWORD}'" % k,
                lambda: "/subsystem=elytron/credential-store=pas-cs:add(location=pas.cs.p12, relative-to=jboss.server.config.dir, credential-reference={clear-text=\"%s\"}, create=true)" % k,
                lambda: ENV([("WILDFLY_CS_PASSWORD", k), ("WILDFLY_CS_LOCATION", "/opt/jboss/wildfly/standalone/configuration/pas.cs.p12")])][i % 3](), k

    kinds = [("tallis-api-key", tallis_key), ("tallis-webhook-secret", tallis_wh), ("fernbank-api-key", fernbank), ("northmere-bureau-api-key", northmere),
             ("vehiq-api-token", vehiq), ("wildfly-datasource-password", ds_pw), ("oracle-password", oracle), ("sqlserver-password", sqlserver),
             ("redis-auth-token", redis), ("oauth-client-secret", client_secret), ("jwt", jwt), ("fraudscore-api-token", fraud_token),
             ("aws-secret-access-key", aws), ("symfony-app-secret", app_secret), ("elytron-credential-store-password", elytron)]
    for kind, fn in kinds:
        for i in range(7):
            msg, sec = fn(i)
            P(kind, msg, sec)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: ENV([("Tallis__ApiKey", "${TALLIS_API_KEY}"), ("Tallis__BaseUrl", "https://api.tallispay.example/v1")]),
        lambda: ENV([("Tallis__ApiKeySecretArn", "arn:aws:secretsmanager:%s:%s:secret:prod/premiumpay/tallis-%s" % (REG, ACCT, A(6)))]),
        lambda: SC("dbug", "System.Net.Http.HttpClient.Tallis.ClientHandler", 102, "Request Headers:\nAuthorization: *\nIdempotency-Key: %s" % UUID()),
        lambda: SC("info", "Mossgate.Payments.Webhooks.TallisWebhookController", 2001, "Tallis-Signature: t=%d,v1=%s verified for evt_%s" % (EP(), H(64), A(24))),
        lambda: SC("info", "Mossgate.Payments.Refunds.TallisRefundService", 2200, "Using Tallis key rk_live_...%s (restricted) for refunds" % A(4)),
        lambda: '"Tallis": { "PublishableKey": "tpk_live_%s", "WebhookSigningSecret": "<from secrets manager>" }' % A(24),
        lambda: SC("info", "Mossgate.Payments.DirectDebit.MandateService", 3001, "Mandate MD%s set up for %s (IBAN GB** **** **** **** %04d, sort code **-**-%02d)" % (rs(UP, 10), POL(), R.randint(0, 9999), R.randint(0, 99))),
        lambda: SC("dbug", "System.Net.Http.HttpClient.Fernbank.LogicalHandler", 100, "Start processing HTTP request POST https://api.fernbank.example/v3/collections\nX-Api-Key: [Redacted]"),
        lambda: ENV([("Fernbank__ApiKey", ""), ("Fernbank__ServiceUserNumber", D(6))]),
        lambda: LF("debug", "bureau/client.go:118", "outgoing request", method="POST", url="https://api.northmere.example/v2/score", header_x_api_key="****%s" % A(4)),
        lambda: LF("info", "bureau/client.go:60", "bureau client configured", bureau="northmere", key_id="nmk_2031_02", key_source="secretsmanager"),
        lambda: LF("error", "bureau/client.go:153", "credit score lookup failed", bureau="northmere", status=401, body='{"error":"invalid_api_key"}', quote_id="q_" + L(16)),
        lambda: DJ("DEBUG", "urllib3.connectionpool", "https://api.vehiq.example:443 \"GET /v2/vehicles/%s HTTP/1.1\" 200 %d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(2)) + "%02d%s" % (R.randint(51, 80), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3))), R.randint(300, 2000))),
        lambda: ENV([("VEHIQ_API_TOKEN_SSM", "/prod/fnol/vehiq-token"), ("DJANGO_SETTINGS_MODULE", "fnol.settings.prod")]),
        lambda: DJ("DEBUG", "fnol.settings", "VEHIQ = {'base_url': 'https://api.vehiq.example', 'token': '********', 'timeout': 5}"),
        lambda: "<security><user-name>PAS_APP</user-name><credential-reference store=\"pas-cs\" alias=\"policyds\"/></security>",
        lambda: WF("INFO", "org.jboss.as.connector.subsystems.datasources", "WFLYJCA0001: Bound data source [java:jboss/datasources/%s]" % R.choice(["PolicyDS", "AuditDS", "RatingCacheDS"])),
        lambda: WF("WARN", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", "IJ000604: Throwable while attempting to get a new connection: null: java.sql.SQLException: ORA-01017: invalid username/password; logon denied"),
        lambda: ENV([("POLICYDS_USER", "PAS_APP"), ("POLICYDS_PASSWORD", "${env.POLICYDS_PASSWORD}")]),
        lambda: "sqlplus -s /@POLICYDB_WALLET @extract_renewals.sql 2031-%02d" % R.randint(2, 3),
        lambda: "%s\nORA-1017: invalid username/password; logon denied (user RENEWALS from %s)" % (TS(6)[:-1] + "+00:00", "10.40.%d.%d" % (R.randint(0, 255), R.randint(4, 254))),
        lambda: "CREATE USER renewals IDENTIFIED BY VALUES 'S:%s;T:%s'" % (H(60).upper(), H(160).upper()),
        lambda: ENV([("ConnectionStrings__Payments", "Server=%s,1433;Database=Payments;Authentication=Active Directory Default;Encrypt=True" % RDSS())]),
        lambda: '"ConnectionStrings": { "Payments": "Server=%s,1433;Database=Payments;User Id=premiumpay_app;Password=********;Encrypt=True" }' % RDSS(),
        lambda: SC("fail", "Microsoft.EntityFrameworkCore.Database.Connection", 20004, "An error occurred using the connection to database 'Payments' on server '%s,1433'.\nMicrosoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'premiumpay_app'." % RDSS()),
        lambda: ENV([("REDIS_URL", "rediss://%s:6379/0" % REDIS()), ("REDIS_AUTH_TOKEN_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/redis-auth-%s" % (REG, ACCT, A(6)))]),
        lambda: "redis-cli -h %s -p 6379 --tls --user quote-rating --askpass INFO memory" % REDIS(),
        lambda: LF("debug", "store/redis.go:31", "redis options", addr="%s:6379" % REDIS(), password="[redacted]", tls="true"),
        lambda: "curl -s -X POST https://auth.%s/oauth2/token -d grant_type=client_credentials -d client_id=broker-portal -d client_secret=$(cat /run/secrets/oauth_client_secret)" % DOM,
        lambda: ENV([("OAUTH_CLIENT_ID", R.choice(["claims-intake", "broker-portal", "fraudscore"])), ("OAUTH_TOKEN_URL", "https://auth.%s/oauth2/token" % DOM)]),
        lambda: MJ("INFO", "security", "SAML login succeeded", {"idp": "https://sso.brokernet.example/saml2/idp", "response_id": "_" + H(40), "firm": "BRK-%04d" % R.randint(10, 9000)}),
        lambda: APP("WARNING", "fraudscore.auth", "rejected token kid=mg-%s jti=%s: signature has expired" % (L(10), UUID())),
        lambda: DJ("DEBUG", "fnol.auth", "incoming Authorization: Bearer <redacted> (sub=svc-broker-portal, scope=claims:write)"),
        lambda: MJ("DEBUG", "app", "Rating API call", {"endpoint": "https://rating.internal.%s/v2/quotes" % DOM, "headers": {"Authorization": "Bearer ***"}, "traceparent": "00-%s-%s-01" % (H(32), H(16))}),
        lambda: ENV([("FRAUDSCORE_API_TOKEN", ""), ("TRITON_URL", "localhost:8001")]),
        lambda: APP("INFO", "fraudscore.scoring", "Scored %s: score=%.3f band=LOW model=claims_gbm:7 request_id=%s" % (CLM(), R.uniform(0, 0.4), UUID())),
        lambda: "I0%02d %02d:%02d:%02d.%s 1 model_lifecycle.cc:838] successfully loaded 'claims_gbm' version %d" % (R.randint(201, 228), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(6), R.randint(5, 7)),
        lambda: ENV([("AWS_REGION", REG), ("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/%s" % UUID())]),
        lambda: "[claimdocs-backfill]\nrole_arn = arn:aws:iam::%s:role/claimdocs-backfill\nsource_profile = sso-ops\nregion = %s" % (ACCT, REG),
        lambda: jd({"UserId": "AROA%s:%s" % (rs(UP, 17), R.choice(["fnol-api-task", "claimdocs", "premiumpay"])), "Account": ACCT, "Arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, R.choice(["fnol-api-task", "claimdocs"]), H(32))}),
        lambda: ENV([("APP_ENV", "prod"), ("APP_SECRET", "%env(secret:APP_SECRET)%"), ("APP_DEBUG", "0")]),
        lambda: "docker run --rm -e APP_ENV=prod %s.dkr.ecr.%s.amazonaws.com/broker-portal@sha256:%s php bin/console cache:warmup" % (ACCT, REG, H(64)),
        lambda: "/subsystem=elytron/credential-store=pas-cs:add(location=pas.cs.p12, relative-to=jboss.server.config.dir, credential-reference={clear-text=\"${env.WILDFLY_CS_PASSWORD}\"}, create=true)",
        lambda: "/opt/jboss/wildfly/bin/elytron-tool.sh credential-store --location pas.cs.p12 --password-file /run/secrets/cs_password --aliases",
        lambda: WF("INFO", "com.mossgate.pas.bind.BindService", "Policy %s issued from quote Q-%s: premium GBP %d.%02d" % (POL(), rs(UP, 10), R.randint(180, 4000), R.randint(0, 99))),
        lambda: DJ("INFO", "claims.fnol", "FNOL registered %s for policy %s (vehicle %s)" % (CLM(), POL(), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(2)) + "%02d %s" % (R.randint(51, 80), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3))))),
        lambda: PYL("INFO", "Processed s3://mossgate-claimdocs-euw1/claims/%s/IMG_%04d.jpg sha256=%s textract job %s" % (CLM(), R.randint(1, 9999), H(64), H(64))),
        lambda: "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 3008 MB\tMax Memory Used: %d MB\t" % (UUID(), R.uniform(300, 9000), R.randint(300, 9001), R.randint(200, 1400)),
        lambda: LF("info", "api/middleware.go:48", "request", method="POST", path="/v2/quotes", status=201, request_id=UUID(), trace_id="1-%s-%s" % (H(8), H(24))),
        lambda: SC("info", "Mossgate.Payments.Webhooks.TallisWebhookController", 2004, "Tallis event evt_%s already processed; nonce %s" % (A(24), H(32))),
        lambda: MJ("INFO", "security", "Authenticator failed.", {"exception": {"class": "Symfony\\Component\\Security\\Core\\Exception\\BadCredentialsException", "message": "Bad credentials."}, "username": "%s@peak-brokers.example" % L(6), "password": "[hidden]"}),
        lambda: "openssl x509 -in brokernet-signing.pem -noout -fingerprint -sha256\nsha256 Fingerprint=%s" % ":".join(H(2).upper() for _ in range(32)),
        lambda: jd({"_aws": {"Timestamp": EP() * 1000, "CloudWatchMetrics": [{"Namespace": "Mossgate/Payments", "Dimensions": [["Service"]], "Metrics": [{"Name": "CollectionsSubmitted", "Unit": "Count"}]}]}, "Service": "premiumpay", "CollectionsSubmitted": R.randint(100, 9000), "traceId": "1-%s-%s" % (H(8), H(24))}),
        lambda: "aws secretsmanager get-secret-value --secret-id prod/premiumpay/fernbank --query VersionId --output text\n%s" % UUID(),
        lambda: "aws kms describe-key --key-id arn:aws:kms:%s:%s:key/%s --query KeyMetadata.KeyState" % (REG, ACCT, UUID()),
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
