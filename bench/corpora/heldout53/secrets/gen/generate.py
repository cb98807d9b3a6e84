"""Seeded generator of bench/corpora/heldout53/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept), except the one hex-only kind (Salesforce connected-app
consumer secret, 64 upper-case hex characters), whose alphabet cannot hold a marker. main() refuses a duplicate
message, a secret not in its message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a
marked kind's secret without a marker. (The helper layer follows heldout52's secrets generator: random draws, marker
writing, refusal checks, main(); the seed, month (March 2031), region eu-west-2, account and all shapes, wrappers and
templates are new for this round's charity "larchwyn": Rails donation API, .NET regular giving, Mule CRM sync to
Salesforce, Mautic campaigns, NestJS event tickets, the Gift Aid batch, the WordPress site and the Auth0 tenant.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout53/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
SALT = string.ascii_letters + string.digits + "!#$%()*+,-.:;<=>?@[]^_{|}~"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = {"salesforce-consumer-secret"}
ACCT = "306718249150"
REG = "eu-west-2"
DOM = "larchwyn.example"


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
    return "2031-03-%02dT%02d:%02d:%02d%sZ" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), ("." + D(frac)) if frac else "")


def CTS():
    return "2031-03-%02d %02d:%02d:%02d,%s" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3))


def EP():
    return 1930089600 + R.randint(86400, 2300000)


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


def PENNANT_SK():
    return "pnt_sk_live_" + MARK(A(40))


def PENNANT_WHSEC():
    return "pwhsec_" + MARK(A(32))


def ALDERBACS_KEY():
    return "ALD-" + MARK(rs(UP, 32), R.choice(["INVENT", "EXAMPLE"]))


def SF_CONSUMER_SECRET():
    return rs("0123456789ABCDEF", 64)


def SF_REFRESH():
    return "5Aep861" + MARK(rs(AN + "._", 80), R.choice(["INVENT", "EXAMPLE"]), lo=4)


def SES_SMTP_PW():
    return "B" + MARK(rs(B64, 43), lo=3)


def TEXTLARK_KEY():
    return "tlk_live_" + MARK(A(32))


def WP_SALT():
    return MARK(rs(SALT, 64), R.choice(MARKS))


def REDIS_PW():
    return MARK(A(32))


def AUTH0_SECRET():
    return MARK(rs(URLS, 64))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": L(22)}).encode())
    pay = b64u(jd({"iss": "https://login.%s/" % DOM, "sub": "auth0|" + H(24), "aud": ["https://api.%s/" % DOM, "https://larchwyn-prod.eu.auth0.com/userinfo"],
                   "iat": EP(), "exp": EP() + 86400, "azp": A(32), "scope": R.choice(["openid profile email read:donations", "openid profile email offline_access"])}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def DN():
    return "DN-" + rs(UP, 10)


def DONOR():
    return "D%07d" % R.randint(1, 9999999)


def ENV(pairs):
    return "\n".join("%s=%s" % kv for kv in pairs)


def RB(sev, msg):
    lv = {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR"}[sev]
    return "%s, [%s.%s #1] %5s -- : [%s] %s" % (sev, TS(0)[:-1], D(6), lv, UUID(), msg)


def SL(lvl, ctx, msg):
    return "[%s.%s +00:00 %s] %s: %s" % (TS(0)[:-1].replace("T", " "), D(3), lvl, ctx, msg)


def ML(lvl, msg):
    return "%-5s %s [[MuleRuntime].uber.%02d: [crm-donor-sync].sync-donors-flow.BLOCKING @%s] [processor: ; event: %s] %s" % (lvl, CTS(), R.randint(1, 24), H(8), UUID(), msg)


def MO(ch, lvl, msg, ctx=None):
    return "[%s%s+00:00] %s.%s: %s %s []" % (TS(0)[:-1], "." + D(6), ch, lvl, msg, jd(ctx) if ctx else "[]")


def NEST(lvl, ctx, msg):
    return "[Nest] 1  - 03/%02d/2031, %d:%02d:%02d %s %7s [%s] %s +%dms" % (R.randint(2, 28), R.randint(1, 12), R.randint(0, 59), R.randint(0, 59), R.choice(["AM", "PM"]), lvl, ctx, msg, R.randint(0, 900))


def PYL(lvl, name, msg):
    return "%s %s [%s] %s" % (CTS(), lvl, name, msg)


def PG():
    return "donations-db.c%s.%s.rds.amazonaws.com" % (L(12), REG)


def AUR():
    return "website-db.cluster-c%s.%s.rds.amazonaws.com" % (L(12), REG)


def REDIS():
    return "master.%s.%s.euw2.cache.amazonaws.com" % (R.choice(["donate-receipts", "tickets-queue"]), L(6))


# ------------------------------------------------------------------ planted: 15 kinds x 7 lines, 3 contexts each
def planted():
    def pennant_sk(i):
        k = PENNANT_SK()
        return [lambda: ENV([("RAILS_ENV", "production"), ("PENNANT_SECRET_KEY", k), ("PENNANT_API_BASE", "https://api.pennantpay.example/v1")]),
                lambda: RB("D", "Pennant request POST /v1/payment_intents headers={\"Authorization\"=>\"Bearer %s\", \"Idempotency-Key\"=>\"%s\"}" % (k, UUID())),
                lambda: "curl -s https://api.pennantpay.example/v1/refunds -u %s: -d payment_intent=pi_%s -d reason=requested_by_donor" % (k, A(24))][i % 3](), k

    def pennant_wh(i):
        k = PENNANT_WHSEC()
        return [lambda: ENV([("PENNANT_WEBHOOK_SECRET", k), ("PENNANT_WEBHOOK_TOLERANCE", "300")]),
                lambda: "pennant:\n  publishable_key: pnt_pk_live_%s\n  webhook_secret: %s" % (A(24), k),
                lambda: RB("D", "Verifying Pennant event evt_%s with endpoint secret %s" % (A(24), k))][i % 3](), k

    def alderbacs(i):
        k = ALDERBACS_KEY()
        return [lambda: ENV([("Alderbacs__ApiKey", k), ("Alderbacs__ServiceUserNumber", "4" + D(5))]),
                lambda: SL("DBG", "System.Net.Http.HttpClient.Alderbacs.ClientHandler", "Request Headers:\nX-Api-Key: %s\nContent-Type: application/xml" % k),
                lambda: '"Alderbacs": { "BaseUrl": "https://api.alderbacs.example/v2", "ApiKey": "%s", "SubmitterId": "ALD-LARCH-02" }' % k][i % 3](), k

    def sf_secret(i):
        k = SF_CONSUMER_SECRET()
        return [lambda: "salesforce.consumerKey=3MVG9%s\nsalesforce.consumerSecret=%s\nsalesforce.tokenUrl=https://larchwyn.my.salesforce.com/services/oauth2/token" % (A(80), k),
                lambda: "curl -s https://larchwyn.my.salesforce.com/services/oauth2/token -d grant_type=refresh_token -d client_id=3MVG9%s -d client_secret=%s -d refresh_token=$SF_REFRESH_TOKEN" % (A(80), k),
                lambda: ENV([("SF_CLIENT_ID", "3MVG9" + A(80)), ("SF_CLIENT_SECRET", k)])][i % 3](), k

    def sf_refresh(i):
        k = SF_REFRESH()
        return [lambda: ML("DEBUG", "org.mule.extension.salesforce.internal.connection.OAuthRefresher: token response {\"access_token\":\"00D%s!<redacted>\",\"refresh_token\":\"%s\",\"instance_url\":\"https://larchwyn.my.salesforce.com\"}" % (A(12), k)),
                lambda: "salesforce.refreshToken=%s\nsalesforce.instanceUrl=https://larchwyn.my.salesforce.com" % k,
                lambda: "curl -s https://larchwyn.my.salesforce.com/services/oauth2/token -d grant_type=refresh_token -d client_id=3MVG9%s -d refresh_token=%s" % (A(80), k)][i % 3](), k

    def ses_smtp(i):
        k = SES_SMTP_PW()
        return [lambda: ENV([("MAUTIC_MAILER_HOST", "email-smtp.%s.amazonaws.com" % REG), ("MAUTIC_MAILER_PASSWORD", k)]),
                lambda: "  'mailer_host' => 'email-smtp.%s.amazonaws.com',\n  'mailer_port' => '587',\n  'mailer_password' => '%s'," % (REG, k),
                lambda: "swaks --to ops@%s --server email-smtp.%s.amazonaws.com:587 --tls --auth LOGIN --auth-user \"$SES_SMTP_USER\" --auth-password '%s'" % (DOM, REG, k)][i % 3](), k

    def textlark(i):
        k = TEXTLARK_KEY()
        return [lambda: MO("mautic", "DEBUG", "TextlarkTransport: integration settings", {"sender_id": "LARCHWYN", "api_key": k, "region": "GB"}),
                lambda: "curl -s -H 'Authorization: Key %s' -d to=+4477009%s -d from=LARCHWYN -d 'text=Thank you' https://api.textlark.example/v1/sms" % (k, D(5)),
                lambda: ENV([("TEXTLARK_API_KEY", k), ("TEXTLARK_SENDER", "LARCHWYN")])][i % 3](), k

    def wp_salt(i):
        k = WP_SALT()
        name = R.choice(["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "NONCE_SALT"])
        return [lambda: "define( '%s', '%s' );" % (name, k),
                lambda: ENV([("WORDPRESS_%s" % name, k)]),
                lambda: "sudo -u www-data wp config set %s '%s' --path=/var/www/html" % (name, k)][i % 3](), k

    def wp_db(i):
        k = PW()
        return [lambda: "define( 'DB_USER', 'wp_larchwyn' );\ndefine( 'DB_PASSWORD', '%s' );\ndefine( 'DB_HOST', '%s' );" % (k, AUR()),
                lambda: "mysql -h %s -u wp_larchwyn -p'%s' larchwyn_wp -e 'SELECT option_value FROM wp_options WHERE option_name=\"siteurl\"'" % (AUR(), k),
                lambda: ENV([("WORDPRESS_DB_USER", "wp_larchwyn"), ("WORDPRESS_DB_PASSWORD", k)])][i % 3](), k

    def pg(i):
        k = URLPW()
        return [lambda: ENV([("DATABASE_URL", "postgres://donate_app:%s@%s:5432/donations?sslmode=require" % (k, PG())), ("RAILS_MAX_THREADS", "16")]),
                lambda: ENV([("ConnectionStrings__Giving", "Host=%s;Port=5432;Database=donations;Username=regulargiving;Password=%s;SSL Mode=Require" % (PG(), k))]),
                lambda: ML("DEBUG", "org.mule.extension.db.internal.domain.connection.JdbcConnectionFactory: creating connection jdbc:postgresql://%s:5432/donations?user=mule_ro&password=%s&ssl=true" % (PG(), k))][i % 3](), k

    def redis(i):
        k = REDIS_PW()
        return [lambda: ENV([("REDIS_URL", "rediss://:%s@%s:6379/0" % (k, REDIS())), ("SIDEKIQ_CONCURRENCY", "10")]),
                lambda: "redis-cli -h %s -p 6379 --tls -a '%s' --no-auth-warning LLEN queue:receipts" % (REDIS(), k),
                lambda: NEST("DEBUG", "BullModule", "connection options {\"host\":\"%s\",\"port\":6379,\"tls\":{},\"password\":\"%s\"}" % (REDIS(), k))][i % 3](), k

    def auth0(i):
        k = AUTH0_SECRET()
        return [lambda: "curl -s --request POST https://larchwyn-prod.eu.auth0.com/oauth/token -H 'content-type: application/json' -d '{\"grant_type\":\"client_credentials\",\"client_id\":\"%s\",\"client_secret\":\"%s\",\"audience\":\"https://larchwyn-prod.eu.auth0.com/api/v2/\"}'" % (A(32), k),
                lambda: ENV([("AUTH0_DOMAIN", "login.%s" % DOM), ("AUTH0_CLIENT_ID", A(32)), ("AUTH0_CLIENT_SECRET", k)]),
                lambda: NEST("DEBUG", "ConfigService", "auth config loaded {\"issuer\":\"https://login.%s/\",\"clientSecret\":\"%s\"}" % (DOM, k))][i % 3](), k

    def jwt(i):
        k = JWT()
        return [lambda: NEST("DEBUG", "AuthGuard", "incoming headers {\"authorization\":\"Bearer %s\"}" % k),
                lambda: RB("D", "Donor portal API call GET /api/v1/donors/me Authorization: Bearer %s" % k),
                lambda: "curl -s -H 'Authorization: Bearer %s' https://api.%s/api/v1/donors/me/gifts" % (k, DOM)][i % 3](), k

    def aws(i):
        k = AWS_SECRET()
        return [lambda: ENV([("AWS_REGION", REG), ("AWS_SECRET_ACCESS_KEY", k)]),
                lambda: "[giftaid-backfill]\naws_secret_access_key = %s\nregion = %s" % (k, REG),
                lambda: "aws configure set aws_secret_access_key %s --profile website-ops" % k][i % 3](), k

    def hmrc(i):
        k = PW()
        return [lambda: PYL("DEBUG", "giftaid.govtalk", "GovTalk header: <IDAuthentication><SenderID>%s</SenderID><Authentication><Method>clear</Method><Role>principal</Role><Value>%s</Value></Authentication></IDAuthentication>" % ("LARCH" + D(7), k)),
                lambda: ENV([("HMRC_GATEWAY_USER_ID", "LARCH" + D(7)), ("HMRC_GATEWAY_PASSWORD", k)]),
                lambda: PYL("DEBUG", "giftaid.config", "settings: {'gateway_url': 'https://transaction-engine.tax.service.gov.uk/submission', 'sender_id': 'LARCH%s', 'password': '%s', 'test_in_live': False}" % (D(7), k))][i % 3](), k

    kinds = [("pennant-secret-key", pennant_sk), ("pennant-webhook-secret", pennant_wh), ("alderbacs-api-key", alderbacs),
             ("salesforce-consumer-secret", sf_secret), ("salesforce-refresh-token", sf_refresh), ("ses-smtp-password", ses_smtp),
             ("textlark-api-key", textlark), ("wordpress-auth-salt", wp_salt), ("wordpress-db-password", wp_db),
             ("postgres-password", pg), ("redis-password", redis), ("auth0-client-secret", auth0), ("jwt", jwt),
             ("aws-secret-access-key", aws), ("hmrc-gateway-password", hmrc)]
    for kind, fn in kinds:
        for i in range(7):
            msg, sec = fn(i)
            P(kind, msg, sec)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: ENV([("PENNANT_SECRET_KEY", "${PENNANT_SECRET_KEY}"), ("PENNANT_API_BASE", "https://api.pennantpay.example/v1")]),
        lambda: ENV([("PENNANT_SECRET_KEY_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/donate-api/pennant-%s" % (REG, ACCT, A(6)))]),
        lambda: RB("D", "Pennant request POST /v1/payment_intents headers={\"Authorization\"=>\"[FILTERED]\", \"Idempotency-Key\"=>\"%s\"}" % UUID()),
        lambda: RB("I", "Pennant-Signature: t=%d,v1=%s verified for evt_%s" % (EP(), H(64), A(24))),
        lambda: RB("E", "Donation %s not taken: Pennant::AuthenticationError (401 invalid_api_key): Invalid API key provided: pnt_sk_live_****%s" % (DN(), A(4))),
        lambda: "pennant:\n  publishable_key: pnt_pk_live_%s\n  webhook_secret: <%%= ENV.fetch(\"PENNANT_WEBHOOK_SECRET\") %%>" % A(24),
        lambda: RB("I", "Donation %s taken: GBP %d.00 via pi_%s (card ending %s), appeal SPRING31" % (DN(), R.randint(2, 500), A(24), D(4))),
        lambda: SL("INF", "Larchwyn.RegularGiving.Bacs.MandateService", "Mandate MD%s lodged for gift RG-%06d (sort code **-**-%02d, account ******%02d)" % (rs(UP, 10), R.randint(1, 999999), R.randint(0, 99), R.randint(0, 99))),
        lambda: SL("DBG", "System.Net.Http.HttpClient.Alderbacs.ClientHandler", "Request Headers:\nX-Api-Key: *\nContent-Type: application/xml"),
        lambda: '"Alderbacs": { "BaseUrl": "https://api.alderbacs.example/v2", "ApiKeySecretArn": "arn:aws:secretsmanager:%s:%s:secret:prod/regulargiving/alderbacs-%s" }' % (REG, ACCT, A(6)),
        lambda: ENV([("Alderbacs__ApiKey", ""), ("Alderbacs__ServiceUserNumber", "4" + D(5))]),
        lambda: "salesforce.consumerKey=3MVG9%s\nsalesforce.consumerSecret=![%s]\nsalesforce.tokenUrl=https://larchwyn.my.salesforce.com/services/oauth2/token" % (A(80), b64u(bytes(R.randint(0, 255) for _ in range(48)))),
        lambda: "salesforce.refreshToken=${secure::salesforce.refreshToken}\nsalesforce.instanceUrl=https://larchwyn.my.salesforce.com",
        lambda: ML("INFO", "org.mule.runtime.core.internal.processor.LoggerMessageProcessor: Contact upsert batch %d: %d succeeded, 0 failed (ids 003%s..003%s)" % (R.randint(1, 400), R.randint(20, 200), A(15), A(15))),
        lambda: ML("ERROR", "org.mule.runtime.core.internal.connection.ConnectionUtils: Connection validation failed for config 'Salesforce_Config': invalid_grant: expired access/refresh token"),
        lambda: ENV([("SF_CLIENT_ID", "3MVG9" + A(80)), ("SF_LOGIN_URL", "https://login.salesforce.com")]),
        lambda: ENV([("MAUTIC_MAILER_HOST", "email-smtp.%s.amazonaws.com" % REG), ("MAUTIC_MAILER_PASSWORD", "%env(MAILER_PASSWORD)%")]),
        lambda: "  'mailer_host' => 'email-smtp.%s.amazonaws.com',\n  'mailer_port' => '587',\n  'mailer_password' => '********'," % REG,
        lambda: MO("messenger", "ERROR", "Error thrown while handling message Mautic\\EmailBundle\\MessageHandler\\EmailSendHandler. Removing from transport after 3 retries. Error: \"Expected response code \\\"235\\\" but got code \\\"535\\\", with message \\\"535 Authentication Credentials Invalid\\\".\""),
        lambda: MO("mautic", "INFO", "Email %d sent to contact %d, Message-ID <0102018e%s-%s-000000@%s.amazonses.com>" % (R.randint(10, 400), R.randint(1000, 480000), H(8), UUID(), REG)),
        lambda: MO("mautic", "DEBUG", "TextlarkTransport: integration settings", {"sender_id": "LARCHWYN", "api_key": "tlk_live_****%s" % A(4), "region": "GB"}),
        lambda: MO("mautic", "INFO", "TextlarkTransport: SMS queued for contact %d, message id tl_%s" % (R.randint(1000, 480000), A(16))),
        lambda: "define( 'AUTH_KEY', 'put your unique phrase here' );",
        lambda: "curl -s https://api.wordpress.org/secret-key/1.1/salt/ -o /tmp/wp-salts.php && sudo -u www-data wp config shuffle-salts --path=/var/www/html",
        lambda: "define( 'DB_USER', 'wp_larchwyn' );\ndefine( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );\ndefine( 'DB_HOST', '%s' );" % AUR(),
        lambda: "[%02d-Mar-2031 %02d:%02d:%02d UTC] PHP Warning:  mysqli_real_connect(): (HY000/1045): Access denied for user 'wp_larchwyn'@'10.20.%d.%d' (using password: YES) in /var/www/html/wp-includes/class-wpdb.php on line 1982" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 255), R.randint(4, 254)),
        lambda: "mysql -h %s -u wp_larchwyn -p larchwyn_wp" % AUR(),
        lambda: "wp-salts.php sha256 %s (salts rotated %s)" % (H(64), TS(0)),
        lambda: ENV([("DATABASE_URL", "postgres://donate_app@%s:5432/donations?sslmode=require" % PG()), ("PGPASSFILE", "/run/secrets/pgpass")]),
        lambda: ENV([("ConnectionStrings__Giving", "Host=%s;Port=5432;Database=donations;Username=regulargiving;Password=********;SSL Mode=Require" % PG())]),
        lambda: ML("DEBUG", "org.mule.extension.db.internal.domain.connection.JdbcConnectionFactory: creating connection jdbc:postgresql://%s:5432/donations?user=mule_ro&ssl=true" % PG()),
        lambda: ENV([("REDIS_URL", "rediss://%s:6379/0" % REDIS()), ("REDIS_AUTH_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/redis-auth-%s" % (REG, ACCT, A(6)))]),
        lambda: "redis-cli -h %s -p 6379 --tls --user sidekiq --askpass LLEN queue:receipts" % REDIS(),
        lambda: NEST("DEBUG", "BullModule", "connection options {\"host\":\"%s\",\"port\":6379,\"tls\":{},\"password\":\"[redacted]\"}" % REDIS()),
        lambda: ENV([("AUTH0_DOMAIN", "login.%s" % DOM), ("AUTH0_CLIENT_ID", A(32)), ("AUTH0_AUDIENCE", "https://api.%s/" % DOM)]),
        lambda: NEST("DEBUG", "ConfigService", "auth config loaded {\"issuer\":\"https://login.%s/\",\"clientId\":\"%s\",\"clientSecret\":\"***\"}" % (DOM, A(32))),
        lambda: jd({"detail-type": "Auth0 log", "detail": {"data": {"type": "feacft", "description": "Unauthorized", "client_id": A(32), "client_name": "Donor Portal", "details": {"code": "*************" + A(6)}}}}),
        lambda: NEST("WARN", "AuthGuard", "rejected token kid=%s sub=auth0|%s: jwt expired" % (L(22), H(24))),
        lambda: RB("D", "Donor portal API call GET /api/v1/donors/me Authorization: Bearer [FILTERED]"),
        lambda: NEST("DEBUG", "AuthGuard", "incoming headers {\"authorization\":\"Bearer <redacted>\",\"traceparent\":\"00-%s-%s-01\"}" % (H(32), H(16))),
        lambda: ENV([("AWS_REGION", REG), ("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/%s" % UUID())]),
        lambda: "[giftaid-backfill]\nrole_arn = arn:aws:iam::%s:role/giftaid-backfill\nsource_profile = sso-ops\nregion = %s" % (ACCT, REG),
        lambda: jd({"UserId": "AROA%s:%s" % (rs(UP, 17), R.choice(["giftaid-batch-job", "eventtickets-task", "regulargiving-task"])), "Account": ACCT, "Arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, R.choice(["giftaid-batch-job", "eventtickets-task"]), H(32))}),
        lambda: PYL("DEBUG", "giftaid.govtalk", "GovTalk header: <IDAuthentication><SenderID>LARCH%s</SenderID><Authentication><Method>clear</Method><Role>principal</Role><Value>********</Value></Authentication></IDAuthentication>" % D(7)),
        lambda: ENV([("HMRC_GATEWAY_USER_ID", "LARCH" + D(7)), ("HMRC_GATEWAY_PASSWORD_SSM", "/prod/giftaid/gateway-password")]),
        lambda: PYL("INFO", "giftaid.submit", "Claim GA-2031-%05d submitted: %d donations, correlation id %s, IRmark %s=" % (R.randint(1, 99999), R.randint(200, 9000), H(32).upper(), A(27))),
        lambda: PYL("ERROR", "giftaid.submit", "Claim GA-2031-%05d rejected by HMRC gateway: GovTalk error 1046 (Authentication Failure)" % R.randint(1, 99999)),
        lambda: PYL("DEBUG", "receipts.render", "Rendered receipt for %s (%d pages, sha256 %s)" % (DONOR(), R.randint(1, 3), H(64))),
        lambda: NEST("LOG", "IssueTicketsProcessor", "Issued %d tickets for ORD-%s, QR signed with key arn:aws:kms:%s:%s:key/%s" % (R.randint(1, 8), rs(UP, 8), REG, ACCT, UUID())),
        lambda: "docker pull %s.dkr.ecr.%s.amazonaws.com/donate-api@sha256:%s" % (ACCT, REG, H(64)),
        lambda: jd({"_aws": {"Timestamp": EP() * 1000, "CloudWatchMetrics": [{"Namespace": "Larchwyn/Donations", "Dimensions": [["Service"]], "Metrics": [{"Name": "DonationsTaken", "Unit": "Count"}]}]}, "Service": "donate-api", "DonationsTaken": R.randint(10, 9000), "traceId": "1-%s-%s" % (H(8), H(24))}),
        lambda: "aws secretsmanager describe-secret --secret-id prod/crmsync/salesforce --query 'VersionIdsToStages' --output json\n{\"%s\": [\"AWSCURRENT\"]}" % UUID(),
        lambda: "aws kms describe-key --key-id arn:aws:kms:%s:%s:key/%s --query KeyMetadata.KeyState" % (REG, ACCT, UUID()),
        lambda: RB("I", "Duplicate donation request ignored: Idempotency-Key %s already used for %s" % (UUID(), DN())),
        lambda: "openssl x509 -in alderbacs-client.pem -noout -fingerprint -sha256\nsha256 Fingerprint=%s" % ":".join(H(2).upper() for _ in range(32)),
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
