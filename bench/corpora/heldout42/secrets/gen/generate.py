"""Seeded generator of bench/corpora/heldout42/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). The one kind whose alphabet cannot
show one: Moodle web-service tokens (32 lower-case hex). main() refuses a duplicate message, a secret not in its
message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind without a marker.
(heldout40's helper layer with the seed, the month (April 2030), region ca-central-1 and all templates new for this
round's EdTech platform: Moodle, Canvas, BigBlueButton, Jitsi/Prosody/coturn, an LTI 1.3 Django tool, a Go proctoring
service, a Java autograder and a Node notifications service.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout42/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
DJ = string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("moodle-ws-token",)
ACCT = "583920174625"
REG = "ca-central-1"


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


def TS():
    return "2030-04-%02dT%s.%sZ" % (DAY(), HMS(), D(3))


def EP():
    return 1901232000 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.randint(31, 61), R.randint(0, 255), R.randint(4, 254))


def PUB():
    return "%d.%d.%d.%d" % (R.choice([24, 64, 99, 142, 174, 206]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def APERR(text):
    return "[Tue Apr %02d %s.%s 2030] [proxy_fcgi:error] [pid %d:tid %d] [client %s:%d] AH01071: Got error 'PHP message: %s'" % (DAY(), HMS(), D(6), R.randint(1000, 40000), R.randint(139800000000000, 139899999999999), PUB(), R.randint(1024, 65000), text)


def RAILS(lvl, msg):
    return "%s, [2030-04-%02dT%s.%s #%d] %5s -- : [%s] %s" % (lvl[0], DAY(), HMS(), D(6), R.randint(20, 400), lvl, UUID(), msg)


def BBB(lvl, logger, msg):
    return "%s %-5s %s - %s" % (TS(), lvl, logger, msg)


def PROS(src, lvl, msg):
    return "Apr %02d %s %s\t%s\t%s" % (DAY(), HMS(), src, lvl, msg)


def DJL(lvl, module, msg):
    return "%s 2030-04-%02d %s,%s %s %s" % (lvl, DAY(), HMS(), D(3), module, msg)


def ZAP(lvl, caller, msg, **kv):
    d = {"level": lvl, "ts": float("%d.%06d" % (EP(), R.randint(0, 999999))), "caller": caller, "msg": msg}
    d.update(kv)
    return jd(d)


def LJ(lvl, logger, msg):
    return "2030-04-%02d %s,%s %-5s [grader-%d] %s - %s" % (DAY(), HMS(), D(3), lvl, R.randint(1, 8), logger, msg)


def BUN(level, msg, **kv):
    d = {"name": "notify", "hostname": "ip-10-61-%d-%d.ca-central-1.compute.internal" % (R.randint(0, 255), R.randint(4, 254)), "pid": 1, "level": level}
    d.update(kv)
    d["msg"] = msg
    d["time"] = TS()
    d["v"] = 0
    return jd(d)


def RDS(name):
    return "%s.c%s.%s.rds.amazonaws.com" % (name, L(11), REG)


def CACHE(name):
    return "%s.r7kq2x.ng.0001.cac1.cache.amazonaws.com" % name


# ------------------------------------------------------------------ secret shapes (all invented)
def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def PEM(prefix, n, tail=""):
    body = prefix + rs(B64, n) + tail
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    k = R.randint(1, len(lines) - 2)
    lines[k] = MARK(lines[k], "EXAMPLE")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def PEM_RSA():
    return PEM("MIIEv", 1615, "=")


def PEM_EC():
    return PEM("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 136)


def OAUTH_SECRET():
    return MARK(rs(AN, 64))


def CANVAS_TOKEN():
    return "%d~%s" % (R.choice([1, 7, 10]), MARK(rs(AN, 64)))


def MOODLE_TOKEN():
    return rs(HEX, 32)


def BBB_SECRET():
    return MARK(rs(AN, 42))


def TURN_SECRET():
    return MARK(rs(AN, 48))


def SES_SMTP():
    return "B" + MARK(rs(AN + "+/", 43))


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "larkspur-meet/%s" % H(40)}).encode())
    pl = b64u(jd({"iss": "larkspur-lms", "aud": "jitsi", "sub": "meet.larkspur.example", "room": "tutoring-%s" % L(6), "exp": EP() + 7200,
                  "context": {"user": {"name": R.choice(["Ada Whitlow", "Bo Castellan", "Ines Marwood", "Tariq Lunde"]), "moderator": R.choice([True, False])}}}).encode())
    return "%s.%s.%s" % (hdr, pl, MARK(rs(URLS, 342)))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def ZOOM_SECRET():
    return MARK(rs(AN + "_-", 22))


def DJANGO_KEY():
    return MARK(rs(DJ, 50), R.choice(["INVENT", "Invent"]))


def GHP():
    return "ghp_" + MARK(rs(AN, 36))


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(7):
        s = PEM_RSA()
        t = R.randint(0, 2)
        if t == 0:
            P("lti-tool-private-key", "LTI_ISSUER=https://canvas.larkspur.example\nLTI_CLIENT_ID=%s\nLTI_PRIVATE_KEY=%s\nLTI_KID=labs-%s" % (D(17), s, L(8)), s)
        elif t == 1:
            P("lti-tool-private-key", DJL("DEBUG", "lti.config", "tool_conf registration %s: {'client_id': '%s', 'auth_login_url': 'https://canvas.larkspur.example/api/lti/authorize_redirect', 'private_key': '''%s'''}" % (UUID(), D(17), s)), s)
        else:
            P("lti-tool-private-key", "+ cat /run/secrets/lti_private.pem\n%s" % s, s)
    for _ in range(7):
        s = OAUTH_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("oauth-client-secret", "CANVAS_OAUTH_CLIENT_ID=%d\nCANVAS_OAUTH_CLIENT_SECRET=%s\nCANVAS_OAUTH_REDIRECT=https://labs.larkspur.example/oauth/callback" % (R.randint(10 ** 13, 10 ** 14), s), s)
        elif t == 1:
            P("oauth-client-secret", DJL("DEBUG", "urllib3.connectionpool", "POST https://canvas.larkspur.example/login/oauth2/token body=grant_type=authorization_code&client_id=%d&client_secret=%s&code=%s" % (R.randint(10 ** 13, 10 ** 14), s, L(40))), s)
        else:
            P("oauth-client-secret", RAILS("DEBUG", "DeveloperKey %d updated: {\"name\":\"Larkspur Labs API\",\"api_key\":\"%s\",\"redirect_uris\":[\"https://labs.larkspur.example/oauth/callback\"]}" % (R.randint(10 ** 13, 10 ** 14), s)), s)
    for _ in range(7):
        s = CANVAS_TOKEN()
        t = R.randint(0, 2)
        if t == 0:
            P("canvas-api-token", "+ curl -sS -H 'Authorization: Bearer %s' 'https://canvas.larkspur.example/api/v1/courses/%d/enrollments?per_page=100'" % (s, R.randint(100, 9000)), s)
        elif t == 1:
            P("canvas-api-token", "CANVAS_BASE_URL=https://canvas.larkspur.example\nCANVAS_SIS_TOKEN=%s\nSIS_EXPORT_BUCKET=larkspur-sis-exports-cac1" % s, s)
        else:
            P("canvas-api-token", RAILS("DEBUG", "Faraday request headers: {\"Authorization\"=>\"Bearer %s\", \"User-Agent\"=>\"canvas-sis-sync/2.3\"}" % s), s)
    for _ in range(7):
        s = MOODLE_TOKEN()
        t = R.randint(0, 2)
        if t == 0:
            P("moodle-ws-token", "%s - - [%02d/Apr/2030:%s +0000] \"GET /webservice/rest/server.php?wstoken=%s&wsfunction=core_enrol_get_enrolled_users&moodlewsrestformat=json&courseid=%d HTTP/1.1\" 200 %d" % (IP(), DAY(), HMS(), s, R.randint(40, 3900), R.randint(500, 90000)), s)
        elif t == 1:
            P("moodle-ws-token", "MOODLE_URL=https://learn.larkspur.example\nMOODLE_WSTOKEN=%s\nMOODLE_SERVICE=larkspur_mobile_sync" % s, s)
        else:
            P("moodle-ws-token", DJL("DEBUG", "labs.moodle", "calling https://learn.larkspur.example/webservice/rest/server.php with params {'wstoken': '%s', 'wsfunction': 'mod_assign_save_grade'}" % s), s)
    for _ in range(7):
        s = BBB_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("bbb-shared-secret", "+ sudo bbb-conf --setsecret %s" % s, s)
        elif t == 1:
            P("bbb-shared-secret", "# /etc/bigbluebutton/bbb-web.properties (overrides)\nbigbluebutton.web.serverURL=https://bbb-%d.larkspur.example\nsecuritySalt=%s\nsupportedChecksumAlgorithms=sha256,sha512" % (R.randint(1, 9), s), s)
        else:
            P("bbb-shared-secret", APERR("Debugging: bigbluebuttonbn config: server_url=https://bbb-%d.larkspur.example/bigbluebutton/ shared_secret=%s checksum_algorithm=SHA256" % (R.randint(1, 9), s)), s)
    for _ in range(7):
        s = TURN_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("turn-static-auth-secret", "listening-port=3478\ntls-listening-port=5349\nuse-auth-secret\nstatic-auth-secret=%s\nrealm=turn.larkspur.example" % s, s)
        elif t == 1:
            P("turn-static-auth-secret", "+ /usr/bin/turnserver -c /etc/turnserver.conf --use-auth-secret --static-auth-secret=%s --realm=turn.larkspur.example --no-cli" % s, s)
        else:
            P("turn-static-auth-secret", PROS("general", "debug", "Loaded external_services: {type=\"turns\", host=\"turn.larkspur.example\", port=5349, transport=\"tcp\", secret=\"%s\", ttl=86400}" % s), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("db-password", "$CFG->dbtype    = 'pgsql';\n$CFG->dbhost    = '%s';\n$CFG->dbname    = 'moodle';\n$CFG->dbuser    = 'moodle_app';\n$CFG->dbpass    = '%s';" % (RDS("larkspur-moodle"), s), s)
        elif t == 1:
            P("db-password", LJ("DEBUG", "c.l.g.config.DataSourceConfig", "jdbc url=jdbc:postgresql://%s:5432/grader?user=grader_app&password=%s&ssl=true" % (RDS("larkspur-grader"), s)), s)
        else:
            P("db-password", ZAP("debug", "store/pg.go:41", "connecting", dsn="postgres://proctor:%s@%s:5432/proctor?sslmode=verify-full" % (s, RDS("proctor-db"))), s)
    for _ in range(7):
        s = SES_SMTP()
        t = R.randint(0, 2)
        if t == 0:
            P("smtp-password", "$CFG->smtphosts = 'email-smtp.ca-central-1.amazonaws.com:587';\n$CFG->smtpsecure = 'tls';\n$CFG->smtpuser = 'ses-smtp-user.%s';\n$CFG->smtppass = '%s';" % (D(8), s), s)
        elif t == 1:
            P("smtp-password", "SMTP_HOST=email-smtp.ca-central-1.amazonaws.com\nSMTP_USER=ses-smtp-user.%s\nSMTP_PASSWORD=%s" % (D(8), s), s)
        else:
            P("smtp-password", "+ swaks --server email-smtp.ca-central-1.amazonaws.com:587 --tls --auth LOGIN --auth-user ses-smtp-user.%s --auth-password '%s' --to ops@larkspur.example" % (D(8), s), s)
    for _ in range(7):
        s = JWT()
        t = R.randint(0, 2)
        if t == 0:
            P("jwt", "%s - - [%02d/Apr/2030:%s +0000] \"GET /tutoring-%s?jwt=%s HTTP/2.0\" 200 %d \"https://learn.larkspur.example/\"" % (PUB(), DAY(), HMS(), L(6), s, R.randint(2000, 90000)), s)
        elif t == 1:
            P("jwt", PROS("token_verification", "debug", "verifying token %s for session c2s%s" % (s, H(12))), s)
        else:
            P("jwt", ZAP("debug", "auth/middleware.go:39", "incoming request", path="/v1/sessions", authorization="Bearer " + s), s)
    for _ in range(7):
        s = AWS_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("aws-secret-access-key", "AWS_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nOBJECTFS_BUCKET=larkspur-moodle-filedir-cac1" % (REG, s), s)
        elif t == 1:
            P("aws-secret-access-key", "+ java -Daws.region=%s -Daws.secretAccessKey=%s -Xmx512m -jar /app/grader-worker.jar" % (REG, s), s)
        else:
            P("aws-secret-access-key", APERR("Debugging: tool_objectfs s3 client config: {\"region\":\"%s\",\"credentials\":{\"secret\":\"%s\"}}" % (REG, s)), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("redis-auth-password", "+ redis-cli -h %s -p 6379 --tls -a '%s' --no-auth-warning INFO keyspace" % (CACHE("lms-sessions"), s), s)
        elif t == 1:
            P("redis-auth-password", "production:\n  servers:\n    - rediss://:%s@%s:6379/0\n  database: 0" % (s, CACHE("canvas-cache")), s)
        else:
            P("redis-auth-password", "$CFG->session_redis_host = '%s';\n$CFG->session_redis_auth = '%s';" % (CACHE("lms-sessions"), s), s)
    for _ in range(7):
        s = PEM_EC()
        t = R.randint(0, 2)
        if t == 0:
            P("apns-auth-key", "APNS_KEY_ID=%s\nAPNS_TEAM_ID=%s\nAPNS_KEY=%s" % (rs(UP, 10), rs(UP, 10), s), s)
        elif t == 1:
            P("apns-auth-key", BUN(20, "apns provider config", keyId=rs(UP, 10), teamId=rs(UP, 10), production=True, key=s), s.replace("\n", "\\n"))
        else:
            P("apns-auth-key", "+ aws secretsmanager put-secret-value --secret-id larkspur/prod/notify/apns --secret-string '%s'" % s, s)
    for _ in range(7):
        s = ZOOM_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("webhook-secret-token", "ZOOM_ACCOUNT_ID=%s\nZOOM_WEBHOOK_SECRET_TOKEN=%s\nZOOM_EVENTS=meeting.ended,recording.completed" % (A(22), s), s)
        elif t == 1:
            P("webhook-secret-token", BUN(20, "verifying x-zm-signature", secretToken=s, timestamp=str(EP()), path="/webhooks/zoom"), s)
        else:
            P("webhook-secret-token", BUN(30, "endpoint.url_validation answered", plainToken=A(22), hashedWith=s), s)
    for _ in range(7):
        s = DJANGO_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("django-secret-key", "DJANGO_SETTINGS_MODULE=labs.settings.prod\nDJANGO_SECRET_KEY=%s\nDJANGO_ALLOWED_HOSTS=labs.larkspur.example" % s, s)
        elif t == 1:
            P("django-secret-key", DJL("DEBUG", "labs.settings", "effective settings: DEBUG=False SECRET_KEY='%s' ALLOWED_HOSTS=['labs.larkspur.example']" % s), s)
        else:
            P("django-secret-key", "+ docker run --rm -e DJANGO_SECRET_KEY='%s' larkspur/labs:2030.04.%d python manage.py migrate --check" % (s, R.randint(1, 28)), s)
    for _ in range(7):
        s = GHP()
        t = R.randint(0, 2)
        if t == 0:
            P("github-token", LJ("DEBUG", "c.l.g.fetch.RepoFetcher", "git clone --depth 1 https://x-access-token:%s@github.com/larkspur-%s/%s-%s.git /sandbox/src" % (s, R.choice(["cs101", "cs210", "se330"]), R.choice(["a03", "a07", "project"]), L(8))), s)
        elif t == 1:
            P("github-token", "GITHUB_CLASSROOM_ORG=larkspur-cs210\nGITHUB_TOKEN=%s\nGRADER_QUEUE_URL=https://sqs.%s.amazonaws.com/%s/grader-submissions" % (s, REG, ACCT), s)
        else:
            P("github-token", LJ("DEBUG", "c.l.g.fetch.GitHubClient", "GET https://api.github.com/repos/larkspur-cs120/a%02d-%s/commits headers={Authorization=token %s, Accept=application/vnd.github+json}" % (R.randint(1, 12), L(8), s)), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: "LTI_ISSUER=https://canvas.larkspur.example\nLTI_CLIENT_ID=%s\nLTI_DEPLOYMENT_ID=%d:%s\nLTI_PRIVATE_KEY_FILE=/run/secrets/lti_private.pem" % (D(17), R.randint(1, 99), H(40)),
        lambda: "+ cat /run/secrets/lti_private.pem | openssl pkey -pubout | sha256sum\n%s  -" % H(64),
        lambda: DJL("DEBUG", "lti.config", "tool_conf registration %s: {'client_id': '%s', 'auth_login_url': 'https://canvas.larkspur.example/api/lti/authorize_redirect', 'private_key': '<from secrets manager>'}" % (UUID(), D(17))),
        lambda: DJL("INFO", "lti.jwks", "serving JWKS with kid=labs-%s alg=RS256 n=%s... e=AQAB" % (L(8), rs(URLS, 40))),
        lambda: DJL("INFO", "launch", "LTI launch ok iss=https://canvas.larkspur.example aud=%s deployment_id=%d:%s sub=%s" % (D(17), R.randint(1, 99), H(40), UUID())),
        lambda: "CANVAS_OAUTH_CLIENT_ID=%d\nCANVAS_OAUTH_CLIENT_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:larkspur/prod/canvas-oauth-%s" % (R.randint(10 ** 13, 10 ** 14), REG, ACCT, A(6)),
        lambda: DJL("DEBUG", "urllib3.connectionpool", "POST https://canvas.larkspur.example/login/oauth2/token body=grant_type=authorization_code&client_id=%d&client_secret=[FILTERED]&code=[FILTERED]" % R.randint(10 ** 13, 10 ** 14)),
        lambda: RAILS("INFO", "Parameters: {\"client_id\"=>\"%d\", \"client_secret\"=>\"[FILTERED]\", \"grant_type\"=>\"client_credentials\"}" % R.randint(10 ** 13, 10 ** 14)),
        lambda: RAILS("DEBUG", "Faraday request headers: {\"Authorization\"=>\"Bearer [FILTERED]\", \"User-Agent\"=>\"canvas-sis-sync/2.3\"}"),
        lambda: RAILS("INFO", "AccessToken %d used by user %d (hint %s, purpose \"SIS sync\", expires 2030-06-30)" % (R.randint(1000, 99999), R.randint(1, 9000), A(5))),
        lambda: "CANVAS_BASE_URL=https://canvas.larkspur.example\nCANVAS_SIS_TOKEN=${CANVAS_SIS_TOKEN}\nSIS_EXPORT_BUCKET=larkspur-sis-exports-cac1",
        lambda: "%s - - [%02d/Apr/2030:%s +0000] \"GET /webservice/rest/server.php?wstoken=***&wsfunction=core_course_get_contents&moodlewsrestformat=json HTTP/1.1\" 200 %d" % (IP(), DAY(), HMS(), R.randint(500, 90000)),
        lambda: "MOODLE_URL=https://learn.larkspur.example\nMOODLE_WSTOKEN=\nMOODLE_SERVICE=larkspur_mobile_sync",
        lambda: APERR("Debugging: webservice token for service larkspur_mobile_sync created (id %d, user %d, validuntil %d)" % (R.randint(100, 9999), R.randint(2, 9000), EP())),
        lambda: "%s - - [%02d/Apr/2030:%s +0000] \"GET /pluginfile.php/%d/mod_resource/content/1/week%02d.pdf?token=%s HTTP/1.1\" 200 %d" % (IP(), DAY(), HMS(), R.randint(100, 99999), R.randint(1, 14), "<redacted>", R.randint(10000, 900000)),
        lambda: "+ sudo bbb-conf --secret\n    URL: https://bbb-%d.larkspur.example/bigbluebutton/\n    Secret: ********" % R.randint(1, 9),
        lambda: BBB("INFO", "o.b.api.ParamsProcessorUtil", "CHECKSUM=%s length=64" % H(64)),
        lambda: "%s - - [%02d/Apr/2030:%s +0000] \"GET /bigbluebutton/api/join?fullName=Student+%d&meetingID=crs%d-sec%02d-lecture&role=VIEWER&checksum=%s HTTP/1.1\" 302 0" % (IP(), DAY(), HMS(), R.randint(1, 400), R.randint(1000, 4999), R.randint(1, 30), H(64)),
        lambda: "# /etc/bigbluebutton/bbb-web.properties (overrides)\nbigbluebutton.web.serverURL=https://bbb-%d.larkspur.example\nsecuritySalt=${BBB_SECRET}\nsupportedChecksumAlgorithms=sha256,sha512" % R.randint(1, 9),
        lambda: BBB("INFO", "o.b.web.controllers.ApiController", "Meeting created: meetingID=crs%d-sec%02d-seminar internalId=%s-%d" % (R.randint(1000, 4999), R.randint(1, 30), H(40), R.randint(10 ** 12, 10 ** 13))),
        lambda: "listening-port=3478\ntls-listening-port=5349\nuse-auth-secret\nstatic-auth-secret-file=/run/secrets/turn_secret\nrealm=turn.larkspur.example",
        lambda: "%d: : session %03d%015d: realm <turn.larkspur.example> user <%d:u_%s>: incoming packet ALLOCATE processed, success" % (R.randint(1, 900000), R.randint(0, 9), R.randint(1, 999), EP(), L(8)),
        lambda: PROS("general", "debug", "Loaded external_services: {type=\"turns\", host=\"turn.larkspur.example\", port=5349, transport=\"tcp\", secret=true, ttl=86400}"),
        lambda: PROS("mod_external_services", "debug", "issued TURN credential for u_%s: username=%d:u_%s ttl=86400 (hmac-sha1)" % (L(8), EP(), L(8))),
        lambda: "$CFG->dbtype    = 'pgsql';\n$CFG->dbhost    = '%s';\n$CFG->dbname    = 'moodle';\n$CFG->dbuser    = 'moodle_app';\n$CFG->dbpass    = getenv('MOODLE_DB_PASSWORD');" % RDS("larkspur-moodle"),
        lambda: LJ("DEBUG", "c.l.g.config.DataSourceConfig", "jdbc url=jdbc:postgresql://%s:5432/grader?user=grader_app&ssl=true (password from secret larkspur/prod/grader-db)" % RDS("larkspur-grader")),
        lambda: ZAP("info", "store/pg.go:62", "database pool ready", dsn="postgres://proctor:xxxxx@%s:5432/proctor?sslmode=verify-full" % RDS("proctor-db"), max_conns=20),
        lambda: "DB_HOST=%s\nDB_USER=labs\nDB_PASSWORD_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:rds!db-%s" % (RDS("larkspur-labs"), REG, ACCT, UUID()),
        lambda: "SMTP_HOST=email-smtp.ca-central-1.amazonaws.com\nSMTP_USER=ses-smtp-user.%s\nSMTP_PASSWORD=<set in Secrets Manager>" % D(8),
        lambda: "$CFG->smtphosts = 'email-smtp.ca-central-1.amazonaws.com:587';\n$CFG->smtpsecure = 'tls';\n$CFG->smtpuser = 'ses-smtp-user.%s';\n$CFG->smtppass = '';" % D(8),
        lambda: BUN(30, "email sent", notificationId="ntf_%s" % L(16), template="grade-posted", messageId="0101019%s-%s-000000" % (H(9), UUID())),
        lambda: "%s - - [%02d/Apr/2030:%s +0000] \"GET /tutoring-%s HTTP/2.0\" 200 %d \"https://learn.larkspur.example/\"" % (PUB(), DAY(), HMS(), L(6), R.randint(2000, 90000)),
        lambda: PROS("token_verification", "info", "token ok: kid=larkspur-meet/%s room=tutoring-%s sub=meet.larkspur.example exp=%d" % (H(40), L(6), EP())),
        lambda: ZAP("debug", "auth/middleware.go:39", "incoming request", path="/v1/sessions", authorization="Bearer <redacted>", token_sha256=H(64)),
        lambda: ZAP("info", "auth/middleware.go:52", "token accepted", sub="stu_%s" % L(10), iss="https://canvas.larkspur.example", jti=UUID(), exp=EP()),
        lambda: "AWS_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nOBJECTFS_BUCKET=larkspur-moodle-filedir-cac1" % (REG, UUID()),
        lambda: LJ("DEBUG", "c.l.g.aws.Credentials", "resolved credentials from ContainerCredentialsProvider role arn:aws:iam::%s:role/larkspur-grader-task (access key ****%s, expires 2030-04-%02dT%sZ)" % (ACCT, rs(UP, 4), DAY(), HMS())),
        lambda: APERR("Debugging: tool_objectfs s3 client config: {\"region\":\"%s\",\"credentials\":\"instance-profile\",\"bucket\":\"larkspur-moodle-filedir-cac1\"}" % REG),
        lambda: "+ redis-cli -h %s -p 6379 --tls --user moodle --askpass INFO keyspace" % CACHE("lms-sessions"),
        lambda: "production:\n  servers:\n    - rediss://%s:6379/0\n  database: 0\n  # auth: IAM (elasticache:Connect)" % CACHE("canvas-cache"),
        lambda: "$CFG->session_redis_host = '%s';\n$CFG->session_redis_auth = ''; // set from environment" % CACHE("lms-sessions"),
        lambda: "APNS_KEY_ID=%s\nAPNS_TEAM_ID=%s\nAPNS_KEY_PATH=/run/secrets/apns_auth_key.p8" % (rs(UP, 10), rs(UP, 10)),
        lambda: BUN(30, "apns provider ready", keyId=rs(UP, 10), teamId=rs(UP, 10), production=True, tokenTtlMinutes=50),
        lambda: BUN(30, "firebase-admin initialised", projectId="larkspur-student-app", clientEmail="notify@larkspur-student-app.iam.gserviceaccount.com", privateKeyId=H(40)),
        lambda: BUN(30, "push sent", platform="ios", apnsId=UUID().upper(), deviceToken=H(8) + "..."),
        lambda: "ZOOM_ACCOUNT_ID=%s\nZOOM_WEBHOOK_SECRET_TOKEN_ARN=arn:aws:secretsmanager:%s:%s:secret:larkspur/prod/zoom-%s\nZOOM_EVENTS=meeting.ended,recording.completed" % (A(22), REG, ACCT, A(6)),
        lambda: BUN(20, "x-zm-signature verified", signature="v0=" + H(64), timestamp=str(EP()), path="/webhooks/zoom"),
        lambda: BUN(30, "zoom recording.completed", meetingId=int(D(11)), uuid=rs(AN + "+/", 22) + "==", topic="Office hours CS%d" % R.randint(100, 400)),
        lambda: "DJANGO_SETTINGS_MODULE=labs.settings.prod\nDJANGO_SECRET_KEY=\nDJANGO_ALLOWED_HOSTS=labs.larkspur.example",
        lambda: DJL("DEBUG", "labs.settings", "effective settings: DEBUG=False SECRET_KEY='********' ALLOWED_HOSTS=['labs.larkspur.example'] CSRF_COOKIE_SECURE=True"),
        lambda: DJL("INFO", "django.request", "sessionid=%s set for user %d (SameSite=None; Secure)" % ("<redacted>", R.randint(1, 90000))),
        lambda: LJ("DEBUG", "c.l.g.fetch.RepoFetcher", "git clone --depth 1 https://github.com/larkspur-%s/%s-%s.git /sandbox/src (credential helper: github-app)" % (R.choice(["cs101", "cs210", "se330"]), R.choice(["a03", "a07", "project"]), L(8))),
        lambda: "GITHUB_CLASSROOM_ORG=larkspur-cs210\nGITHUB_APP_ID=%d\nGITHUB_APP_INSTALLATION_ID=%d\nGITHUB_TOKEN=ghp_****%s" % (R.randint(100000, 999999), R.randint(10 ** 7, 10 ** 8), A(4)),
        lambda: LJ("INFO", "c.l.g.fetch.RepoFetcher", "fetched commit %s of larkspur-cs120/a%02d-%s (tree %s)" % (H(40), R.randint(1, 12), L(8), H(40))),
        lambda: LJ("INFO", "c.l.g.sandbox.ImageCache", "image grader-python312@sha256:%s present" % H(64)),
        lambda: LJ("INFO", "c.l.g.results.ResultPublisher", "result for sub-%s published (messageId=%s, md5OfBody=%s)" % (L(12), UUID(), H(32))),
        lambda: ZAP("info", "media/kvs.go:72", "webcam stream ready", stream_arn="arn:aws:kinesisvideo:%s:%s:stream/proctor-ps_%s/%d" % (REG, ACCT, L(14), R.randint(10 ** 12, 10 ** 13))),
        lambda: ZAP("info", "review/publisher.go:60", "segment enqueued", queue_url="https://sqs.%s.amazonaws.com/%s/proctor-human-review" % (REG, ACCT), message_id=UUID(), trace_id="1-%s-%s" % (H(8), H(24))),
        lambda: RAILS("INFO", "Attachment %d uploaded to s3://larkspur-canvas-files-cac1/account_1/attachments/%d (etag \"%s\", sha512 %s...)" % (R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 5, 10 ** 7), H(32), H(24))),
        lambda: "+ aws secretsmanager get-secret-value --secret-id larkspur/prod/notify/apns --query VersionId --output text\n%s" % UUID(),
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
                if kind not in UNMARKED and not any(m in secret for m in MARKS):
                    raise SystemExit("secret without marker: %s %s" % (kind, secret))
                if msg.count(secret) != 1:
                    raise SystemExit("secret value not unique in its line: " + msg)
            elif any(m in msg for m in MARKS):
                raise SystemExit("clean line carries a marker: " + msg)
            f.write(json.dumps({"message": msg, "kind": kind, "secret": secret}, ensure_ascii=False) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
