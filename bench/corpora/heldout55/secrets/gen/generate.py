"""Seeded generator of bench/corpora/heldout55/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept), except the one hex-only kind (Twilio auth token,
32 lower-case hex), whose alphabet cannot hold a marker. main() refuses a duplicate message, a secret not in its
message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind's secret without
a marker. (The helper layer follows heldout54's secrets generator: random draws, marker writing, refusal checks,
main(); the seed, month (May 2031), region ca-central-1, account and all shapes, wrappers and templates are new for
this round's veterinary group "quillbrook": the Tomcat PMS, the Phoenix booking service, the Go HL7 bridge,
dcm4chee, the Oracle pharmacy batch, the pet-owner app Lambdas, Janus/coturn and the Hanami payments service.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout55/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = {"twilio-auth-token"}
ACCT = "284617093552"
REG = "ca-central-1"
DOM = "quillbrook.example"


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


def DAY():
    return R.randint(2, 28)


def TS(frac=3):
    return "2031-05-%02dT%02d:%02d:%02d%sZ" % (DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), ("." + D(frac)) if frac else "")


def PT():
    return "2031-05-%02d %02d:%02d:%02d" % (DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def EP():
    return 1935360000 + R.randint(86400, 2300000)


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


def STRIPE_SK():
    return "sk_live_51" + MARK(A(97))


def WHSEC():
    return "whsec_" + MARK(A(32))


def TWILIO():
    return H(32)


def EC_KEY_LINES():
    raw = "MHcCAQEEI" + rs(B64, 35) + "oAoGCCqGSM49AwEHoUQDQgAE" + rs(B64, 88)
    w = R.choice(["INVENT", "EXAMPLE"])
    i = R.randint(66, 110 - len(w))
    raw = raw[:i] + w + raw[i + len(w):]
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


def SES_SMTP():
    return "B" + MARK(rs(B64, 43))


def ENTRA():
    return rs(AN, 3) + "8Q~" + MARK(rs(AN + "~._-", 34))


def KC_SECRET():
    return MARK(A(32))


def TURN_SECRET():
    return MARK(A(R.randint(32, 48)))


def PMS_KEY():
    return "qbk_live_" + MARK(A(40))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    hdr = b64u(jd({"kid": b64u(bytes(R.randint(0, 255) for _ in range(32))) + "=", "alg": "RS256"}).encode())
    pay = b64u(jd({"sub": UUID(), "iss": "https://cognito-idp.%s.amazonaws.com/%s_%s" % (REG, REG, A(9)), "client_id": L(26), "origin_jti": UUID(),
                   "token_use": "access", "scope": "aws.cognito.signin.user.admin", "auth_time": EP(), "exp": EP() + 3600, "iat": EP(), "jti": UUID(),
                   "username": UUID()}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def ENV(pairs):
    return "\n".join("%s=%s" % kv for kv in pairs)


# product line wrappers
def L4(lvl, cls, msg):
    return "%s,%s %-5s [%s] %s - %s" % (PT(), D(3), lvl, R.choice(["main", "localhost-startStop-1", "http-nio-8080-exec-%d" % R.randint(1, 40)]), cls, msg)


def EX(lvl, msg):
    return "%02d:%02d:%02d.%s [%s] %s" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3), lvl, msg)


def LR(lvl, msg, **kv):
    return 'time="%s" level=%s msg="%s" %s' % (TS(0), lvl, msg, " ".join("%s=%s" % x for x in kv.items()))


def WF(lvl, cat, msg):
    return "%s,%s %-5s [%s] (%s) %s" % (PT(), D(3), lvl, cat, R.choice(["ServerService Thread Pool -- %d" % R.randint(20, 90), "default task-%d" % R.randint(1, 90)]), msg)


def WR(job, lvl, msg):
    return "%s [%s] %s %s" % (PT(), job, lvl, msg)


def PY(lvl, msg):
    return "[%s]\t%s\t%s\t%s" % (lvl, TS(3), UUID(), msg)


def JN(msg):
    return "[%s May %2d %02d:%02d:%02d 2031] %s" % (R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), msg)


def HL(lvl, msg):
    return "[claimspay] [%s] [%s +0000] %s" % (lvl, PT(), msg)


def PGH():
    return "%s.cluster-c%s.%s.rds.amazonaws.com" % (R.choice(["apptbook", "pms-prod", "claimspay"]), L(12), REG)


def ORAH():
    return "pharm-prod.c%s.%s.rds.amazonaws.com" % (L(12), REG)


def ACSID():
    return "AC" + H(32)


# ------------------------------------------------------------------ planted: 13 kinds x 7 lines + jwt x 14, 3 contexts each
def planted():
    def stripe(i):
        k = STRIPE_SK()
        return [lambda: ENV([("STRIPE_SECRET_KEY", k), ("STRIPE_API_VERSION", "2031-04-30.acacia")]),
                lambda: "curl -s https://api.stripe.com/v1/payment_intents/pi_3Q%s -u %s:" % (A(22), k),
                lambda: HL("DEBUG", "settings loaded {stripe_secret_key: \"%s\", stripe_account: \"acct_1Q%s\", currency: \"cad\"}" % (k, A(14)))][i % 3](), k

    def whsec(i):
        k = WHSEC()
        return [lambda: ENV([("STRIPE_WEBHOOK_SECRET", k), ("STRIPE_WEBHOOK_TOLERANCE", "300")]),
                lambda: "> Ready! You are using Stripe API Version [2031-04-30.acacia]. Your webhook signing secret is %s (^C to quit)" % k,
                lambda: HL("DEBUG", "webhook endpoint we_1Q%s configured with signing secret %s" % (A(22), k))][i % 3](), k

    def twilio(i):
        k = TWILIO()
        sid = ACSID()
        return [lambda: ENV([("TWILIO_ACCOUNT_SID", sid), ("TWILIO_AUTH_TOKEN", k), ("TWILIO_FROM", "+1613555%s" % D(4))]),
                lambda: "curl -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json -u %s:%s --data-urlencode 'To=+1613555%s' --data-urlencode 'Body=Reminder: appointment tomorrow'" % (sid, sid, k, D(4)),
                lambda: EX("debug", "twilio config: %%{account_sid: \"%s\", auth_token: \"%s\", messaging_service_sid: \"MG%s\"}" % (sid, k, H(32)))][i % 3](), k

    def mtls(i):
        lines = EC_KEY_LINES()
        body = "\n".join(lines)
        esc = "\\n".join(lines)
        return [lambda: (ENV([("MAPLEPAW_CLIENT_CERT_PATH", "/run/secrets/maplepaw-client.crt"), ("MAPLEPAW_CLIENT_KEY", "\"-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----\"" % body)]), body),
                lambda: ("$ cat /run/secrets/maplepaw-client.key\n-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----" % body, body),
                lambda: (HL("DEBUG", "insurer client {\"insurer\":\"maplepaw\",\"endpoint\":\"https://claims-api.maplepaw.example/v3\",\"tls_key\":\"-----BEGIN EC PRIVATE KEY-----\\n%s\\n-----END EC PRIVATE KEY-----\\n\"}" % esc), esc)][i % 3]()

    def sftp(i):
        k = PW()
        return [lambda: "sshpass -p '%s' sftp -oBatchMode=no quillbrook@sftp.petclaimhub.example:/outbound/835" % k,
                lambda: ENV([("CLEARINGHOUSE_SFTP_HOST", "sftp.petclaimhub.example"), ("CLEARINGHOUSE_SFTP_USER", "quillbrook"), ("CLEARINGHOUSE_SFTP_PASSWORD", k)]),
                lambda: HL("DEBUG", "remittance fetch: lftp -u quillbrook,'%s' -e 'mget /outbound/835/ERA_*.835; bye' sftp://sftp.petclaimhub.example" % k)][i % 3](), k

    def oracle(i):
        k = URLPW()
        return [lambda: WR("cd_recon", "DEBUG", "exec sqlplus -S pharm_batch/%s@//%s:1521/PHARM @cd_recon.sql" % (k, ORAH())),
                lambda: ENV([("ORACLE_USER", "pharm_batch"), ("ORACLE_PASSWORD", k), ("ORACLE_SID", "PHARM")]),
                lambda: "mkstore -wrl /opt/oracle/wallet -createCredential PHARMSYNC pharm_sync %s" % k][i % 3](), k

    def postgres(i):
        k = URLPW()
        return [lambda: ENV([("DATABASE_URL", "ecto://apptbook:%s@%s/apptbook" % (k, PGH())), ("POOL_SIZE", "10")]),
                lambda: '<Resource name="jdbc/pmsDS" auth="Container" type="javax.sql.DataSource" driverClassName="org.postgresql.Driver" url="jdbc:postgresql://%s:5432/pms" username="pms_app" password="%s" maxActive="80"/>' % (PGH(), k),
                lambda: HL("DEBUG", "database url postgres://claimspay:%s@%s:5432/claimspay?max_connections=16" % (k, PGH()))][i % 3](), k

    def ses(i):
        k = SES_SMTP()
        return [lambda: L4("DEBUG", "com.quillbrook.pms.mail.MailConfig", "mail session {mail.smtp.host=email-smtp.%s.amazonaws.com, mail.smtp.port=587, mail.smtp.user=${ses.smtp.user}, mail.smtp.password=%s, mail.smtp.starttls.enable=true}" % (REG, k)),
                lambda: ENV([("SMTP_HOST", "email-smtp.%s.amazonaws.com" % REG), ("SMTP_PASSWORD", k)]),
                lambda: "swaks --to test@%s --server email-smtp.%s.amazonaws.com:587 --tls --auth LOGIN --auth-user pms-smtp --auth-password '%s'" % (DOM, REG, k)][i % 3](), k

    def entra(i):
        k = ENTRA()
        cid = UUID()
        return [lambda: ENV([("GRAPH_TENANT_ID", UUID()), ("GRAPH_CLIENT_ID", cid), ("GRAPH_CLIENT_SECRET", k)]),
                lambda: EX("debug", "graph token request %%{client_id: \"%s\", client_secret: \"%s\", scope: \"https://graph.microsoft.com/.default\", grant_type: \"client_credentials\"}" % (cid, k)),
                lambda: "curl -s -X POST https://login.microsoftonline.com/%s/oauth2/v2.0/token -d client_id=%s -d 'client_secret=%s' -d scope=https%%3A%%2F%%2Fgraph.microsoft.com%%2F.default -d grant_type=client_credentials" % (UUID(), cid, k)][i % 3](), k

    def kc(i):
        k = KC_SECRET()
        return [lambda: '<secure-deployment name="dcm4chee-arc-ui2-5.32.1-secure.war"><realm>quillbrook</realm><resource>dcm4chee-arc-rs</resource><credential name="secret">%s</credential></secure-deployment>' % k,
                lambda: ENV([("KEYCLOAK_URL", "https://sso.%s" % DOM), ("KEYCLOAK_CLIENT_ID", "pms-viewer"), ("KEYCLOAK_CLIENT_SECRET", k)]),
                lambda: "curl -s https://sso.%s/realms/quillbrook/protocol/openid-connect/token -d grant_type=client_credentials -d client_id=dcm4chee-arc-rs -d client_secret=%s" % (DOM, k)][i % 3](), k

    def turn(i):
        k = TURN_SECRET()
        return [lambda: "# /etc/turnserver.conf\nlistening-port=3478\nrealm=turn.%s\nuse-auth-secret\nstatic-auth-secret=%s" % (DOM, k),
                lambda: ENV([("TURN_URIS", "turn:turn.%s:3478?transport=udp" % DOM), ("TURN_REST_SECRET", k)]),
                lambda: "turnadmin --set-secret=%s --realm=turn.%s" % (k, DOM)][i % 3](), k

    def pmskey(i):
        k = PMS_KEY()
        return [lambda: LR("debug", "pms request headers", url="https://pms.internal.%s/api/v2/results" % DOM, authorization="\"ApiKey %s\"" % k),
                lambda: ENV([("PMS_API_URL", "https://pms.internal.%s/api/v2" % DOM), ("PMS_API_KEY", k)]),
                lambda: "curl -s -H 'Authorization: ApiKey %s' https://pms.internal.%s/api/v2/patients/P%07d" % (k, DOM, R.randint(100000, 9999999))][i % 3](), k

    def aws(i):
        k = AWS_SECRET()
        return [lambda: ENV([("AWS_REGION", REG), ("AWS_SECRET_ACCESS_KEY", k)]),
                lambda: "[pharm-cron]\naws_secret_access_key = %s\nregion = %s" % (k, REG),
                lambda: "aws configure set aws_secret_access_key %s --profile pacs-cold-export" % k][i % 3](), k

    def jwt(i):
        k = JWT()
        return [lambda: PY("DEBUG", "request headers {'authorization': 'Bearer %s', 'user-agent': 'QuillbrookPets/4.%d.0 (iOS 19.%d)'}" % (k, R.randint(0, 9), R.randint(0, 4))),
                lambda: "curl -s -H 'Authorization: Bearer %s' https://app-api.%s/v1/me/pets" % (k, DOM),
                lambda: EX("debug", "Parameters: %%{\"clinic_id\" => \"%d\", \"id_token\" => \"%s\"}" % (R.randint(1, 8), k))][i % 3](), k

    kinds = [("stripe-secret-key", stripe), ("stripe-webhook-secret", whsec), ("twilio-auth-token", twilio),
             ("insurer-mtls-private-key", mtls), ("clearinghouse-sftp-password", sftp), ("oracle-password", oracle),
             ("postgres-password", postgres), ("ses-smtp-password", ses), ("entra-client-secret", entra),
             ("keycloak-client-secret", kc), ("coturn-static-auth-secret", turn), ("pms-api-key", pmskey),
             ("aws-secret-access-key", aws), ("jwt", jwt)]
    for kind, fn in kinds:
        for i in range(7 if kind != "jwt" else 14):
            msg, sec = fn(i)
            P(kind, msg, sec)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: ENV([("STRIPE_SECRET_KEY_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/claimspay/stripe-%s" % (REG, ACCT, A(6))), ("STRIPE_PUBLISHABLE_KEY", "pk_live_51" + A(40))]),
        lambda: HL("INFO", "invoice INV-%d paid: pi_3Q%s amount=%d.%02d CAD card=**** %s" % (R.randint(300000, 999999), A(22), R.randint(40, 3000), R.randint(0, 99), D(4))),
        lambda: HL("ERROR", "Stripe::PermissionError: The provided key 'rk_live_*********************%s' does not have the required permissions for this endpoint" % A(4)),
        lambda: "Stripe-Signature: t=%d,v1=%s" % (EP(), H(64)),
        lambda: HL("INFO", "webhook evt_1Q%s payment_intent.succeeded processed (endpoint we_1Q%s)" % (A(22), A(22))),
        lambda: ENV([("STRIPE_WEBHOOK_SECRET", "${STRIPE_WEBHOOK_SECRET}"), ("STRIPE_WEBHOOK_TOLERANCE", "300")]),
        lambda: ENV([("TWILIO_ACCOUNT_SID", ACSID()), ("TWILIO_AUTH_TOKEN_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/apptbook/twilio-%s" % (REG, ACCT, A(6)))]),
        lambda: EX("info", "SMS queued SM%s to +1613555**** status=queued" % H(32)),
        lambda: EX("debug", "twilio config: %%{account_sid: \"%s\", auth_token: \"[FILTERED]\", messaging_service_sid: \"MG%s\"}" % (ACSID(), H(32))),
        lambda: "X-Twilio-Signature: %s=" % rs(B64, 27),
        lambda: "-----BEGIN CERTIFICATE-----\nMIIC%s\n%s\n-----END CERTIFICATE-----\nsubject=CN=claims.%s, serial=%s, notAfter=May  9 23:59:59 2031 GMT" % (rs(B64, 60), rs(B64, 64), DOM, H(16).upper()),
        lambda: ENV([("MAPLEPAW_CLIENT_CERT_PATH", "/run/secrets/maplepaw-client.crt"), ("MAPLEPAW_CLIENT_KEY_PATH", "/run/secrets/maplepaw-client.key")]),
        lambda: HL("DEBUG", "insurer client {\"insurer\":\"maplepaw\",\"endpoint\":\"https://claims-api.maplepaw.example/v3\",\"tls_key\":\"[FILTERED]\",\"cert_sha256\":\"%s\"}" % ":".join(H(2).upper() for _ in range(32))),
        lambda: HL("INFO", "claim CLM-2031-%06d submitted to maplepaw: policy MP-%s, patient P%07d" % (R.randint(1, 999999), D(8), R.randint(100000, 9999999))),
        lambda: "sftp -oBatchMode=yes -i /run/secrets/petclaimhub_ed25519 quillbrook@sftp.petclaimhub.example:/outbound/835",
        lambda: "sftp.petclaimhub.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % rs(B64, 43),
        lambda: ENV([("CLEARINGHOUSE_SFTP_USER", "quillbrook"), ("CLEARINGHOUSE_SFTP_PASSWORD_SSM", "/prod/claimspay/clearinghouse-sftp-password")]),
        lambda: HL("INFO", "remittance file ERA_MAPLEPAW_2031%02d%02d.835 fetched: %d bytes, sha256 %s" % (5, DAY(), R.randint(2000, 900000), H(64))),
        lambda: WR("cd_recon", "DEBUG", "exec sqlplus -S /@PHARMBATCH @cd_recon.sql"),
        lambda: WR("dispense_sync", "INFO", "sqlplus pharm_sync/********@PHARMSYNC connected"),
        lambda: "ERROR:\nORA-01017: invalid username/password; logon denied (user PHARM_SYNC, host ip-10-40-%d-%d)" % (R.randint(0, 255), R.randint(4, 254)),
        lambda: "mkstore -wrl /opt/oracle/wallet -listCredential\n1: PHARMSYNC pharm_sync\n2: PHARMBATCH pharm_batch",
        lambda: ENV([("ORACLE_USER", "pharm_batch"), ("ORACLE_PASSWORD_SECRET_ID", "prod/pharmacy/oracle-pharm-batch"), ("TNS_ADMIN", "/opt/oracle/wallet")]),
        lambda: ENV([("DATABASE_URL", "ecto://apptbook@%s/apptbook" % PGH()), ("DATABASE_PASSWORD_FILE", "/run/secrets/db-password")]),
        lambda: '<Resource name="jdbc/pmsDS" auth="Container" type="javax.sql.DataSource" url="jdbc:postgresql://%s:5432/pms" username="pms_app" password="${pms.db.password}" maxActive="80"/>' % PGH(),
        lambda: HL("DEBUG", "database url postgres://claimspay:[REDACTED]@%s:5432/claimspay?max_connections=16" % PGH()),
        lambda: EX("error", "** (DBConnection.ConnectionError) connection not available and request was dropped from queue after %dms" % R.randint(100, 5000)),
        lambda: "FATAL:  password authentication failed for user \"pms_app\"\nDETAIL:  Connection matched pg_hba.conf line %d: \"hostssl all all 10.0.0.0/8 scram-sha-256\"" % R.randint(80, 120),
        lambda: L4("DEBUG", "com.quillbrook.pms.mail.MailConfig", "mail session {mail.smtp.host=email-smtp.%s.amazonaws.com, mail.smtp.port=587, mail.smtp.password=******, mail.smtp.starttls.enable=true}" % REG),
        lambda: L4("INFO", "com.quillbrook.pms.mail.InvoiceMailer", "invoice INV-%d mailed, SES message id 0101018f%s-%s-000000" % (R.randint(300000, 999999), H(8), UUID())),
        lambda: "535 Authentication Credentials Invalid",
        lambda: ENV([("SMTP_HOST", "email-smtp.%s.amazonaws.com" % REG), ("SMTP_USERNAME_PARAM", "/prod/pms/ses-smtp-user"), ("SMTP_PASSWORD_PARAM", "/prod/pms/ses-smtp-password")]),
        lambda: ENV([("GRAPH_TENANT_ID", UUID()), ("GRAPH_CLIENT_ID", UUID()), ("GRAPH_CLIENT_SECRET_ID", UUID())]),
        lambda: EX("info", "graph token acquired for client %s, expires_in=3599, key id %s" % (UUID(), UUID())),
        lambda: EX("debug", "graph token request %%{client_id: \"%s\", client_secret: \"**redacted**\", grant_type: \"client_credentials\"}" % UUID()),
        lambda: '<secure-deployment name="dcm4chee-arc-ui2-5.32.1-secure.war"><realm>quillbrook</realm><resource>dcm4chee-arc-ui</resource><public-client>true</public-client></secure-deployment>',
        lambda: '<secure-deployment name="dcm4chee-arc-rs"><realm>quillbrook</realm><credential name="secret">${env.KEYCLOAK_CLIENT_SECRET}</credential></secure-deployment>',
        lambda: WF("ERROR", "org.keycloak.adapters.BearerTokenRequestAuthenticator", "Failed to verify token: Invalid token audience. Expected audience: dcm4chee-arc-rs"),
        lambda: WF("INFO", "org.dcm4chee.arc.qido.QidoRS", "Process GET /dcm4chee-arc/aets/QB_ARC/rs/studies?StudyInstanceUID=1.2.826.0.1.3680043.10.%d.%d.%d from pms-viewer@10.30.%d.%d" % (R.randint(100, 999), R.randint(2031050100, 2031052899), R.randint(1, 9999), R.randint(0, 255), R.randint(4, 254))),
        lambda: WF("INFO", "org.dcm4che3.net.Dimse", "QB_ARC<-HV_DR1(%d) >> %d:C-STORE-RSP[pcid=1, status=0H\n  iuid=1.2.826.0.1.3680043.10.%d.%d.%d - ?" % (R.randint(1, 9999), R.randint(1, 400), R.randint(100, 999), R.randint(2031050100, 2031052899), R.randint(1, 9999))),
        lambda: "# /etc/turnserver.conf\nlistening-port=3478\nrealm=turn.%s\nuse-auth-secret\n# static-auth-secret is read from /etc/turnserver/secret.conf (root:turnserver 0640)" % DOM,
        lambda: "%d: (%d): INFO: session 0%02d0000000000%05d: realm <turn.%s> user <%d:owner_%s>: incoming packet ALLOCATE processed, success" % (R.randint(1000, 2600000), R.randint(3000, 3200), R.randint(0, 20), R.randint(0, 99999), DOM, EP(), L(10)),
        lambda: PY("INFO", "turn credentials issued: username=%d:owner_%s ttl=86400 (hmac-sha1 %s)" % (EP(), L(10), H(40))),
        lambda: JN("Fingerprint of our certificate: %s" % ":".join(H(2).upper() for _ in range(32))),
        lambda: JN("[%d] Creating ICE agent (ICE Full mode, controlling)" % R.randint(1000000000000000, 8999999999999999)),
        lambda: LR("debug", "pms request headers", url="\"https://pms.internal.%s/api/v2/results\"" % DOM, authorization="\"ApiKey [redacted]\""),
        lambda: ENV([("PMS_API_URL", "https://pms.internal.%s/api/v2" % DOM), ("PMS_API_KEY_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/labwire/pms-key-%s" % (REG, ACCT, A(6)))]),
        lambda: LR("info", "result filed", control_id="NM" + D(10), accession="NM%s-%s" % (D(2), D(6)), patient="P%07d" % R.randint(100000, 9999999), pms_status=201),
        lambda: LR("info", "ACK sent", ack_code="AA", control_id="NM" + D(10), sending_app="NORTHMARK"),
        lambda: "MSH|^~\\&|NORTHMARK|NMVD|LABWIRE|QUILLBROOK|2031%02d%02d%02d%02d||ACK^R01|ACK%s|P|2.5.1\rMSA|AA|NM%s" % (5, DAY(), R.randint(0, 23), R.randint(0, 59), D(8), D(10)),
        lambda: HL("INFO", "PMS key rotated: new key id qbk_kid_%s, previous key qbk_live_****%s revoked" % (L(10), A(4))),
        lambda: ENV([("AWS_REGION", REG), ("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/%s" % UUID())]),
        lambda: "[pacs-cold-export]\nrole_arn = arn:aws:iam::%s:role/pacs-cold-export\ncredential_source = Ec2InstanceMetadata\nregion = %s" % (ACCT, REG),
        lambda: jd({"UserId": "AROA%s:%s" % (rs(UP, 17), R.choice(["i-0" + H(16), "petowner-profile", "labwire-task"])), "Account": ACCT, "Arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, R.choice(["pacs-ec2-role", "labwire-task"]), H(32))}),
        lambda: "aws kms describe-key --key-id arn:aws:kms:%s:%s:key/%s --query KeyMetadata.KeyState" % (REG, ACCT, UUID()),
        lambda: "docker pull %s.dkr.ecr.%s.amazonaws.com/claimspay@sha256:%s" % (ACCT, REG, H(64)),
        lambda: PY("DEBUG", "request headers {'authorization': 'Bearer [redacted]', 'x-amzn-trace-id': 'Root=1-%s-%s'}" % (H(8), H(24))),
        lambda: PY("WARNING", "access token expired for client %s (NotAuthorizedException: Access Token has expired), returning 401" % L(26)),
        lambda: PY("INFO", "cognito user pool %s_%s, app client %s, jwks kid %s" % (REG, A(9), L(26), b64u(bytes(R.randint(0, 255) for _ in range(32))) + "=")),
        lambda: EX("debug", "Parameters: %%{\"clinic_id\" => \"%d\", \"id_token\" => \"[FILTERED]\"}" % R.randint(1, 8)),
        lambda: EX("info", "appointment %d booked: clinic=%d pet=%d idempotency_key=%s" % (R.randint(4000000, 4999999), R.randint(1, 8), R.randint(100000, 999999), UUID())),
        lambda: jd({"_aws": {"Timestamp": EP() * 1000, "CloudWatchMetrics": [{"Namespace": "Quillbrook/PetOwnerApp", "Dimensions": [["function"]], "Metrics": [{"Name": "PushSent", "Unit": "Count"}]}]}, "function": "petowner-vax-push", "PushSent": R.randint(0, 900), "traceId": "1-%s-%s" % (H(8), H(24))}),
        lambda: WR("reorder", "INFO", "purchase order PO-%d sent, response etag \"%s\"" % (R.randint(600000, 699999), H(32))),
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
