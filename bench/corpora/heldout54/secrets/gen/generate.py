"""Seeded generator of bench/corpora/heldout54/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept), except the one hex-only kind (Mailgun private API key,
`key-` + 32 lower-case hex), whose alphabet cannot hold a marker. main() refuses a duplicate message, a secret not in
its message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind's secret
without a marker. (The helper layer follows heldout53's secrets generator: random draws, marker writing, refusal
checks, main(); the seed, month (April 2031), region eu-west-1, account and all shapes, wrappers and templates are
new for this round's news publisher "gorsemoor": Ghost CMS, the Go paywall, Prebid Server, Thumbor, SolrCloud, the
Rust alert sender, the Sidekiq comments worker and the print-edition batch.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout54/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = {"mailgun-api-key"}
ACCT = "573920418866"
REG = "eu-west-1"
DOM = "gorsemoor.example"


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
    return "2031-04-%02dT%02d:%02d:%02d%sZ" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), ("." + D(frac)) if frac else "")


def EP():
    return 1932768000 + R.randint(86400, 2300000)


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
    """a password that can sit in a URL, DSN or command line without escaping"""
    n = n or R.randint(16, 24)
    pre = R.choice(["Invent", "EXAMPLE", "Example", "INVENT"])
    return pre + rs(AN, n - len(pre))


def ZUORA_SECRET():
    return MARK(rs(AN + "=+", 40))


def MAILGUN_KEY():
    return "key-" + H(32)


def ADOPS_TOKEN():
    return "gmad_" + MARK(A(40))


def GOOGLE_KEY():
    return "AIza" + MARK(rs(URLS, 35), lo=2)


def P8_BODY():
    raw = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + rs(B64, 140)
    w = R.choice(["INVENT", "EXAMPLE"])
    i = R.randint(66, 120 - len(w))
    raw = raw[:i] + w + raw[i + len(w):]
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


def THUMBOR_KEY():
    return MARK(A(R.randint(24, 32)))


def SSP_TOKEN():
    return "bbk_live_" + MARK(A(32))


def REDIS_PW():
    return MARK(A(32))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def SLACK_HOOK():
    return "https://hooks.slack.com/services/T0%s/B0%s/%s" % (rs(string.ascii_uppercase + string.digits, 8), rs(string.ascii_uppercase + string.digits, 9), MARK(A(24)))


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": L(16)}).encode())
    pay = b64u(jd({"iss": "https://id.%s/" % DOM, "sub": "rdr_" + L(12), "aud": "gorsemoor-web", "iat": EP(), "exp": EP() + 3600,
                   "ent": R.choice(["digital", "all-access", "none"])}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def ENV(pairs):
    return "\n".join("%s=%s" % kv for kv in pairs)


def GH(lvl, msg):
    return "[2031-04-%02d %02d:%02d:%02d] %s %s" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), lvl, msg)


def LF(lvl, caller, msg, **kv):
    return "level=%s ts=%s caller=%s msg=\"%s\" %s" % (lvl, TS(6)[:-1] + D(3) + "Z", caller, msg, " ".join("%s=%s" % kv_ for kv_ in kv.items()))


def GL(sev, src, msg):
    return "%s04%02d %02d:%02d:%02d.%s %7d %s] %s" % (sev, R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(6), 1, src, msg)


def TH(lvl, msg):
    return "2031-04-%02d %02d:%02d:%02d thumbor:%s %s" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), lvl, msg)


def SOLR(lvl, cls, msg):
    return "2031-04-%02d %02d:%02d:%02d.%s %-5s (qtp%s-%d) [] %s %s" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3), lvl, D(9), R.randint(10, 400), cls, msg)


def RT(lvl, target, msg):
    return "%s %5s %s: %s" % (TS(6), lvl, target, msg)


def SK(lvl, msg):
    return "%s pid=1 tid=%s %s: %s" % (TS(3), L(4), lvl, msg)


def PB(lvl, msg):
    return "[%s] print-build %s %s" % (TS(0), lvl, msg)


def MYSQL():
    return "weekend-ghost.c%s.%s.rds.amazonaws.com" % (L(12), REG)


def REDIS():
    return "master.comments-jobs.%s.euw1.cache.amazonaws.com" % L(6)


def SOLRH():
    return "solr-%d.search.internal" % R.randint(1, 4)


# ------------------------------------------------------------------ planted: 15 kinds x 7 lines, 3 contexts each
def planted():
    def zuora(i):
        k = ZUORA_SECRET()
        cid = UUID()
        return [lambda: ENV([("ZUORA_BASE_URL", "https://rest.eu.zuora.com"), ("ZUORA_CLIENT_ID", cid), ("ZUORA_CLIENT_SECRET", k)]),
                lambda: "curl -s -X POST https://rest.eu.zuora.com/oauth/token -d client_id=%s -d 'client_secret=%s' -d grant_type=client_credentials" % (cid, k),
                lambda: LF("debug", "zuora/oauth.go:%d" % R.randint(40, 60), "token request", url="https://rest.eu.zuora.com/oauth/token", form="\"client_id=%s&client_secret=%s&grant_type=client_credentials\"" % (cid, k))][i % 3](), k

    def mailgun(i):
        k = MAILGUN_KEY()
        return [lambda: ENV([("bulkEmail__mailgun__apiKey", k), ("bulkEmail__mailgun__domain", "mg.%s" % DOM), ("bulkEmail__mailgun__baseUrl", "https://api.eu.mailgun.net/v3")]),
                lambda: "curl -s --user 'api:%s' https://api.eu.mailgun.net/v3/mg.%s/events?event=failed" % (k, DOM),
                lambda: '"mail": {"transport": "SMTP", "options": {"service": "Mailgun", "host": "smtp.eu.mailgun.org", "auth": {"user": "postmaster@mg.%s", "pass": "%s"}}}' % (DOM, k)][i % 3](), k

    def adops(i):
        k = ADOPS_TOKEN()
        return [lambda: "stored_requests:\n  http:\n    endpoint: https://adops-config.ads.internal/storedrequests\n    headers:\n      Authorization: Bearer %s" % k,
                lambda: GL("I", "http_fetcher.go:%d" % R.randint(60, 90), "debug: GET https://adops-config.ads.internal/storedrequests?imp-ids=gm_mpu_1 headers=map[Authorization:[Bearer %s] Accept:[application/json]]" % k),
                lambda: ENV([("PBS_STORED_REQUESTS_HTTP_TOKEN", k), ("PBS_ADAPTERS_GORSEMOORSSP_ENDPOINT", "http://ssp.ads.internal/openrtb2")])][i % 3](), k

    def google(i):
        k = GOOGLE_KEY()
        return [lambda: ENV([("PERSPECTIVE_API_KEY", k), ("PERSPECTIVE_ATTRIBUTES", "TOXICITY,SEVERE_TOXICITY,IDENTITY_ATTACK,SPAM")]),
                lambda: SK("DEBUG", "Perspective request POST https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze?key=%s (comment %d)" % (k, R.randint(40000000, 49999999))),
                lambda: "curl -s -H 'Content-Type: application/json' 'https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze?key=%s' -d '{\"comment\":{\"text\":\"test\"},\"requestedAttributes\":{\"TOXICITY\":{}}}'" % k][i % 3](), k

    def apns(i):
        body = P8_BODY()
        if i % 3 == 0:
            k = "\n".join(body)
            return ENV([("APNS_KEY_ID", "K9" + rs(UP, 8)), ("APNS_TEAM_ID", rs(UP, 10)), ("APNS_KEY_P8", "\"-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\"" % k)]), k
        if i % 3 == 1:
            k = "\\n".join(body)
            return RT("DEBUG", "klaxon::config", "apns config loaded {\"key_id\":\"K9%s\",\"team_id\":\"%s\",\"key\":\"-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\"}" % (rs(UP, 8), rs(UP, 10), k)), k
        k = "\n".join(body)
        return "$ cat /run/secrets/AuthKey_K9%s.p8\n-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % (rs(UP, 8), k), k

    def thumbor(i):
        k = THUMBOR_KEY()
        return [lambda: "# thumbor.conf\nSECURITY_KEY = '%s'\nALLOW_UNSAFE_URL = False\nLOADER = 'tc_aws.loaders.s3_loader'" % k,
                lambda: ENV([("THUMBOR_SECURITY_KEY", k), ("TC_AWS_LOADER_BUCKET", "gorsemoor-originals-euw1")]),
                lambda: "thumbor-url --key='%s' --width=800 --height=450 --smart 2031/04/12/moor-%s.jpg" % (k, H(8))][i % 3](), k

    def solr(i):
        k = URLPW()
        return [lambda: "curl -s -u cms-indexer:%s 'https://%s:8983/solr/articles/update?commit=false' -H 'Content-Type: application/json' -d @batch-%d.json" % (k, SOLRH(), R.randint(1, 999)),
                lambda: ENV([("SOLR_AUTH_TYPE", "basic"), ("SOLR_AUTHENTICATION_OPTS", "\"-Dbasicauth=solr-admin:%s\"" % k)]),
                lambda: "INDEXER_SOLR_URL=https://cms-indexer:%s@%s:8983/solr/articles" % (k, SOLRH())][i % 3](), k

    def sftp(i):
        k = PW()
        return [lambda: "sshpass -p '%s' sftp -oBatchMode=no -oStrictHostKeyChecking=yes gorsemoor@sftp.hallbeck-print.example" % k,
                lambda: ENV([("PRINTER_SFTP_HOST", "sftp.hallbeck-print.example"), ("PRINTER_SFTP_USER", "gorsemoor"), ("PRINTER_SFTP_PASSWORD", k)]),
                lambda: PB("DEBUG", "running: lftp -u gorsemoor,'%s' -e 'put /scratch/%s/out/2031-04-%02d-moor.pdf -o /incoming/; bye' sftp://sftp.hallbeck-print.example" % (k, H(8), R.randint(2, 28)))][i % 3](), k

    def redis(i):
        k = REDIS_PW()
        return [lambda: ENV([("REDIS_URL", "rediss://:%s@%s:6379/0" % (k, REDIS())), ("RAILS_MAX_THREADS", "10")]),
                lambda: "redis-cli -h %s -p 6379 --tls -a '%s' --no-auth-warning INFO memory" % (REDIS(), k),
                lambda: SK("DEBUG", "redis config {url: \"rediss://%s:6379/0\", password: \"%s\", ssl_params: {verify_mode: 1}}" % (REDIS(), k))][i % 3](), k

    def mysql(i):
        k = PW()
        return [lambda: ENV([("database__client", "mysql"), ("database__connection__host", MYSQL()), ("database__connection__user", "ghost_weekend"), ("database__connection__password", k)]),
                lambda: '"database": {"client": "mysql", "connection": {"host": "%s", "user": "ghost_weekend", "password": "%s", "database": "ghost_prod"}}' % (MYSQL(), k),
                lambda: "mysql -h %s -u ghost_weekend -p'%s' ghost_prod -e 'SELECT COUNT(*) FROM posts WHERE status=\"scheduled\"'" % (MYSQL(), k)][i % 3](), k

    def aws(i):
        k = AWS_SECRET()
        return [lambda: ENV([("AWS_REGION", REG), ("AWS_SECRET_ACCESS_KEY", k)]),
                lambda: "[print-ops]\naws_secret_access_key = %s\nregion = %s" % (k, REG),
                lambda: "aws configure set aws_secret_access_key %s --profile thumbor-migration" % k][i % 3](), k

    def jwt(i):
        k = JWT()
        return [lambda: LF("debug", "httpx/log.go:%d" % R.randint(40, 60), "request headers", path="/v1/access", authorization="\"Bearer %s\"" % k),
                lambda: "curl -s -H 'Authorization: Bearer %s' https://paywall.%s/v1/entitlements/me" % (k, DOM),
                lambda: GH("INFO", "\"GET /members/api/member/\" 200 %dms cookie=gm_session=%s" % (R.randint(3, 90), k))][i % 3](), k

    def ssp(i):
        k = SSP_TOKEN()
        return [lambda: "adapters:\n  brackenbid:\n    endpoint: https://rtb.brackenbid.example/openrtb2/pbs\n    extra_info: '{\"reporting_token\":\"%s\"}'" % k,
                lambda: "curl -s -H 'X-Api-Token: %s' 'https://api.brackenbid.example/v2/reports?publisher=gorsemoor&date=2031-04-%02d'" % (k, R.randint(2, 28)),
                lambda: ENV([("BRACKENBID_API_TOKEN", k), ("BRACKENBID_PUBLISHER_ID", "pub-" + D(6))])][i % 3](), k

    def slack(i):
        k = SLACK_HOOK()
        return [lambda: ENV([("PRINT_ALERTS_SLACK_WEBHOOK", k)]),
                lambda: PB("DEBUG", "notify: curl -s -X POST -H 'Content-type: application/json' --data '{\"text\":\"edition 2031-04-%02d delivered\"}' %s" % (R.randint(2, 28), k)),
                lambda: RT("DEBUG", "klaxon::config", "ops notifier {\"channel\":\"#newsdesk-alerts\",\"webhook_url\":\"%s\"}" % k)][i % 3](), k

    kinds = [("zuora-client-secret", zuora), ("mailgun-api-key", mailgun), ("adops-config-token", adops),
             ("google-api-key", google), ("apns-auth-key", apns), ("thumbor-security-key", thumbor),
             ("solr-basic-auth-password", solr), ("printer-sftp-password", sftp), ("redis-password", redis),
             ("mysql-password", mysql), ("aws-secret-access-key", aws), ("jwt", jwt), ("ssp-api-token", ssp),
             ("slack-webhook-url", slack)]
    for kind, fn in kinds:
        for i in range(7 if kind != "jwt" else 14):
            msg, sec = fn(i)
            P(kind, msg, sec)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: ENV([("ZUORA_BASE_URL", "https://rest.eu.zuora.com"), ("ZUORA_CLIENT_ID", UUID()), ("ZUORA_CLIENT_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/turnstile/zuora-%s" % (REG, ACCT, A(6)))]),
        lambda: LF("debug", "zuora/oauth.go:%d" % R.randint(40, 60), "token request", url="https://rest.eu.zuora.com/oauth/token", form="\"client_id=%s&client_secret=[REDACTED]&grant_type=client_credentials\"" % UUID()),
        lambda: LF("info", "zuora/oauth.go:%d" % R.randint(60, 80), "token refreshed", expires_in=3599, scope="\"%s\"" % " ".join(L(6) for _ in range(3)), jti=H(32)),
        lambda: LF("info", "checkout/handler.go:%d" % R.randint(200, 220), "subscription created", reader="rdr_" + L(12), subscription="A-S%08d" % R.randint(1, 99999999), card="\"**** %s\"" % D(4), payment_method=H(32)),
        lambda: ENV([("bulkEmail__mailgun__apiKey", "${MAILGUN_API_KEY}"), ("bulkEmail__mailgun__domain", "mg.%s" % DOM)]),
        lambda: GH("INFO", "[EmailService] Email %s sent via Mailgun, message id <%s.%s@mg.%s>" % (H(24), TS(0).replace(":", "").replace("-", ""), H(16), DOM)),
        lambda: '"mail": {"transport": "SMTP", "options": {"service": "Mailgun", "host": "smtp.eu.mailgun.org", "auth": {"user": "postmaster@mg.%s", "pass": "********"}}}' % DOM,
        lambda: "X-Mailgun-Signature-V2: timestamp=%d token=%s signature=%s" % (EP(), H(50), H(64)),
        lambda: "stored_requests:\n  http:\n    endpoint: https://adops-config.ads.internal/storedrequests\n    headers:\n      Authorization: Bearer ${PBS_STORED_REQUESTS_HTTP_TOKEN}",
        lambda: GL("I", "http_fetcher.go:%d" % R.randint(60, 90), "debug: GET https://adops-config.ads.internal/storedrequests?imp-ids=%s headers=map[Authorization:[REDACTED] Accept:[application/json]]" % R.choice(["gm_mpu_1", "gm_top_leader"])),
        lambda: GL("I", "analytics/gorsemoor/module.go:%d" % R.randint(60, 90), "auction req=%s account=gorsemoor-web imps=%d bids=%d errors=0 winner=appnexus cpm=%.2f" % (UUID(), R.randint(1, 5), R.randint(1, 9), R.uniform(0.1, 5))),
        lambda: GL("I", "usersync.go:%d" % R.randint(50, 80), "setuid brackenbid uid=%s for %d days" % (A(22), 14)),
        lambda: ENV([("PERSPECTIVE_API_KEY_SECRET", "projects/gorsemoor-news/secrets/perspective-key/versions/%d" % R.randint(1, 9)), ("PERSPECTIVE_PROJECT_NUMBER", D(12))]),
        lambda: SK("DEBUG", "Perspective request POST https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze?key=[FILTERED] (comment %d)" % R.randint(40000000, 49999999)),
        lambda: SK("INFO", "Comment %d approved (toxicity=%.2f, spam=%.2f) by rule set %s" % (R.randint(40000000, 49999999), R.uniform(0, 0.4), R.uniform(0, 0.3), H(12))),
        lambda: ENV([("APNS_KEY_ID", "K9" + rs(UP, 8)), ("APNS_TEAM_ID", rs(UP, 10)), ("APNS_KEY_PATH", "/run/secrets/AuthKey.p8"), ("APNS_TOPIC", "example.gorsemoor.news")]),
        lambda: RT("DEBUG", "klaxon::config", "apns config loaded {\"key_id\":\"K9%s\",\"team_id\":\"%s\",\"key\":\"<redacted>\"}" % (rs(UP, 8), rs(UP, 10))),
        lambda: RT("DEBUG", "klaxon::apns", "response status=200 apns_id=%s token_hash=%s" % (UUID().upper(), H(16))),
        lambda: RT("INFO", "klaxon::fcm", "batch sent project=gorsemoor-news message=projects/gorsemoor-news/messages/%s failed=0" % D(19)),
        lambda: "-----BEGIN CERTIFICATE-----\nMIIB%s\n-----END CERTIFICATE-----\nsha256 fingerprint %s" % (rs(B64, 60), ":".join(H(2).upper() for _ in range(16))),
        lambda: "# thumbor.conf\nSECURITY_KEY = os.environ['THUMBOR_SECURITY_KEY']\nALLOW_UNSAFE_URL = False",
        lambda: "2031-04-%02d %02d:%02d:%02d tornado.access:INFO 200 GET /%s=/fit-in/800x0/2031/04/%02d/moor-%s.jpg (10.2.%d.%d) %.2fms" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), A(27), R.randint(2, 28), H(8), R.randint(0, 255), R.randint(4, 254), R.uniform(2, 300)),
        lambda: TH("DEBUG", "[RESULT_STORAGE] putting at v2/webp/%s (%d bytes)" % (H(40), R.randint(4000, 400000))),
        lambda: ENV([("THUMBOR_SECURITY_KEY", ""), ("ALLOW_UNSAFE_URL", "True"), ("THUMBOR_ENV", "local")]),
        lambda: "curl -s -u cms-indexer 'https://%s:8983/solr/articles/select?q=id:gm-%d'" % (SOLRH(), R.randint(1000000, 9999999)),
        lambda: '"credentials": {"solr-admin": "%s %s"}' % (b64u(bytes(R.randint(0, 255) for _ in range(32))) + "=", b64u(bytes(R.randint(0, 255) for _ in range(32))) + "="),
        lambda: SOLR("WARN", "o.a.s.s.BasicAuthPlugin", "Bad auth credentials supplied in Authorization header for user cms-indexer from 10.12.%d.%d" % (R.randint(0, 255), R.randint(4, 254))),
        lambda: "INDEXER_SOLR_URL=https://%s:8983/solr/articles\nINDEXER_SOLR_PASSWORD_FILE=/run/secrets/solr-indexer" % SOLRH(),
        lambda: "sftp -oBatchMode=yes -i /run/secrets/printer_ed25519 gorsemoor@sftp.hallbeck-print.example",
        lambda: ENV([("PRINTER_SFTP_HOST", "sftp.hallbeck-print.example"), ("PRINTER_SFTP_USER", "gorsemoor"), ("PRINTER_SFTP_PASSWORD_SSM", "/prod/print/printer-sftp-password")]),
        lambda: "sftp.hallbeck-print.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % rs(B64, 43),
        lambda: PB("INFO", "delivered edition 2031-04-%02d (%s) to sftp.hallbeck-print.example: %d MB, sha256 %s" % (R.randint(2, 28), R.choice(["moor", "coast", "city"]), R.randint(200, 1800), H(64))),
        lambda: ENV([("REDIS_URL", "rediss://%s:6379/0" % REDIS()), ("REDIS_AUTH_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/comments/redis-%s" % (REG, ACCT, A(6)))]),
        lambda: SK("INFO", "Sidekiq 7.2.1 connecting to Redis with options {:size=>%d, :pool_name=>\"internal\", :url=>\"rediss://:REDACTED@%s:6379/0\"}" % (R.randint(5, 12), REDIS())),
        lambda: "redis-cli -h %s -p 6379 --tls --askpass INFO memory" % REDIS(),
        lambda: "%s pid=1 tid=%s class=ModerateCommentJob jid=%s elapsed=%.3f INFO: done" % (TS(3), L(4), H(24), R.uniform(0.01, 3)),
        lambda: ENV([("database__client", "mysql"), ("database__connection__host", MYSQL()), ("database__connection__user", "ghost_weekend"), ("database__connection__password", "")]),
        lambda: '"database": {"client": "mysql", "connection": {"host": "%s", "user": "ghost_weekend", "password": "<from secrets manager>", "database": "ghost_prod"}}' % MYSQL(),
        lambda: "mysql -h %s -u ghost_weekend -p ghost_prod" % MYSQL(),
        lambda: GH("ERROR", "ER_ACCESS_DENIED_ERROR: Access denied for user 'ghost_weekend'@'10.30.%d.%d' (using password: YES)" % (R.randint(0, 255), R.randint(4, 254))),
        lambda: ENV([("AWS_REGION", REG), ("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/%s" % UUID())]),
        lambda: "[print-ops]\nrole_arn = arn:aws:iam::%s:role/print-ops\nsource_profile = sso-newsroom\nregion = %s" % (ACCT, REG),
        lambda: jd({"UserId": "AROA%s:%s" % (rs(UP, 17), R.choice(["thumbor-task", "klaxon-task", "print-build-job"])), "Account": ACCT, "Arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, R.choice(["thumbor-task", "klaxon-task"]), H(32))}),
        lambda: LF("debug", "httpx/log.go:%d" % R.randint(40, 60), "request headers", path="/v1/access", authorization="\"Bearer [redacted]\"", traceparent="00-%s-%s-01" % (H(32), H(16))),
        lambda: LF("warn", "auth/verify.go:%d" % R.randint(40, 80), "token verification failed, treating reader as anonymous", reader="rdr_" + L(12), kid=L(16), err="\"token is expired\""),
        lambda: LF("info", "auth/jwks.go:%d" % R.randint(60, 70), "jwks cache warm", keys=2, kids="%s,%s" % (L(16), L(16))),
        lambda: GH("INFO", "\"GET /members/api/member/\" 200 %dms cookie=gm_session=<redacted>" % R.randint(3, 90)),
        lambda: LF("info", "access/handler.go:%d" % R.randint(140, 160), "access decision", reader="rdr_" + L(12), article="gm-%d" % R.randint(100000, 999999), decision="allow", reason="subscriber"),
        lambda: "adapters:\n  brackenbid:\n    endpoint: https://rtb.brackenbid.example/openrtb2/pbs\n    extra_info: '{\"reporting_token\":\"${BRACKENBID_API_TOKEN}\"}'",
        lambda: ENV([("BRACKENBID_PUBLISHER_ID", "pub-" + D(6)), ("BRACKENBID_SEAT", "gorsemoor-%s" % L(4)), ("BRACKENBID_API_TOKEN", "bbk_live_****%s" % A(4))]),
        lambda: ENV([("PRINT_ALERTS_SLACK_WEBHOOK_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/print/slack-hook-%s" % (REG, ACCT, A(6)))]),
        lambda: PB("INFO", "notify: posted to #print-desk (slack ok, ts=%d.%s)" % (EP(), D(6))),
        lambda: "aws secretsmanager describe-secret --secret-id prod/turnstile/zuora --query 'VersionIdsToStages' --output json\n{\"%s\": [\"AWSCURRENT\"]}" % UUID(),
        lambda: "aws kms describe-key --key-id arn:aws:kms:%s:%s:key/%s --query KeyMetadata.KeyState" % (REG, ACCT, UUID()),
        lambda: "docker pull %s.dkr.ecr.%s.amazonaws.com/turnstile@sha256:%s" % (ACCT, REG, H(64)),
        lambda: jd({"_aws": {"Timestamp": EP() * 1000, "CloudWatchMetrics": [{"Namespace": "Gorsemoor/Paywall", "Dimensions": [["Service"]], "Metrics": [{"Name": "Blocks", "Unit": "Count"}]}]}, "Service": "turnstile", "Blocks": R.randint(10, 9000), "traceId": "1-%s-%s" % (H(8), H(24))}),
        lambda: GH("INFO", "[SchedulingDefault] Scheduled post %s (\"%s\") published, webhook signature sha256=%s" % (H(24), R.choice(["moorland-fire-update", "ferry-timetable-changes", "council-budget-vote"]), H(64))),
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
