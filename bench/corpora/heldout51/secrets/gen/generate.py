"""Seeded generator of bench/corpora/heldout51/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept); this round has no hex-only kind. main() refuses a
duplicate message, a secret not in its message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean
line and a secret without a marker. (The helper layer follows heldout50's secrets generator: random draws, marker
writing, refusal checks, main(); the seed, month (January 2031), region us-east-2, account and all shapes, wrappers and
templates are new for this round's payroll/HR company: the Spring Batch payroll engine, the paramiko bank-file job and
AWS Transfer Family, the Laravel timesheet API, the Puppeteer payslip renderer, Keycloak SSO/SCIM, the .NET tax
e-filing service, the CXF benefits gateway and Aurora PostgreSQL.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout51/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = set()
ACCT = "731920458862"
REG = "us-east-2"
DOM = "thornwick.example"


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
    return "2031-01-%02dT%s%sZ" % (DAY(), HMS(), ("." + D(frac)) if frac else "")


def EP():
    return 1924992000 + R.randint(86400, 2300000)


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


def CFB_KEY():
    return "cfb_live_" + MARK(A(40))


def KC_SECRET():
    return MARK(A(32))


def SCIM_TOKEN():
    return "scim_" + MARK(rs(URLS, 48))


def APP_KEY():
    """the base64 part of a Laravel APP_KEY (32 random bytes); the `base64:` scheme prefix is not labelled"""
    return MARK(rs(B64, 43)) + "="


def SES_SMTP():
    return "B" + MARK(rs(B64, 43))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "tw-" + L(10)}).encode())
    pay = b64u(jd({"exp": EP() + 300, "iat": EP(), "jti": UUID(), "iss": "https://sso.%s/realms/thornwick" % DOM, "aud": R.choice(["payroll-portal", "timeclock-web", "payslip-api"]),
                   "sub": UUID(), "typ": "Bearer", "azp": R.choice(["payroll-portal", "timeclock-web"]), "preferred_username": "%s.%s" % (R.choice(["ana", "ben", "grace", "omar"]), R.choice(["reyes", "novak", "silva"])),
                   "realm_access": {"roles": [R.choice(["employee", "payroll-admin", "manager"])]}}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def EMP():
    return "E-%06d" % R.randint(10000, 999999)


def PAYRUN():
    return "PR-2031-01-%02d-%s-%04d" % (R.choice([2, 9, 15, 16, 23, 30, 31]), R.choice(["SM", "BW", "WK"]), R.randint(1, 4999))


def ER():
    return "ER-%05d" % R.randint(100, 48000)


def ACH():
    return "TW2031%02d%02d%s_%s.ach" % (1, R.randint(2, 30), R.choice("ABCDEFGH"), R.choice(["CFB", "HTB"]))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def SB(lvl, logger, msg):
    return "2031-01-%02dT%s.%sZ %5s 1 --- [payrun-calc] [%15.15s] %-40.40s : %s" % (DAY(), HMS(), D(3), lvl, R.choice(["main", "batch-exec-%d" % R.randint(1, 16)]), logger, msg)


def PY(lvl, name, msg):
    return "2031-01-%02d %s,%s %s [%s] %s" % (DAY(), HMS(), D(3), lvl, name, msg)


def LV(lvl, msg, ctx=None):
    return "[2031-01-%02d %s] production.%s: %s%s" % (DAY(), HMS(), lvl, msg, (" " + ctx) if ctx else "")


def PINO(level, msg, **kw):
    d = {"level": level, "time": EP() * 1000 + R.randint(0, 999), "pid": 1, "hostname": "ip-10-42-%d-%d.%s.compute.internal" % (R.randint(0, 15), R.randint(4, 254), REG), "name": "payslip-renderer"}
    d.update(kw)
    d["msg"] = msg
    return jd(d)


def KC(lvl, cat, msg):
    return "2031-01-%02d %s,%s %-5s [%s] (executor-thread-%d) %s" % (DAY(), HMS(), D(3), lvl, cat, R.randint(1, 60), msg)


def WE(chan, lvl, eid, prov, msg):
    return "[%s] [%s] [%d] [%s] [%s] [%s]" % (chan, lvl, eid, prov, R.choice(["EC2AMAZ-TXF01A", "EC2AMAZ-TXF02B"]), msg)


def L4(lvl, logger, msg):
    return "2031-01-%02d %s,%s %-5s [%s] %s - %s" % (DAY(), HMS(), D(3), lvl, R.choice(["remit-worker-%d" % R.randint(1, 8), "main"]), logger, msg)


def PG(sev, user, db, msg):
    return "2031-01-%02d %s UTC:10.40.%d.%d(%d):%s@%s:[%d]:%s:  %s" % (DAY(), HMS(), R.randint(0, 15), R.randint(4, 254), R.randint(30000, 65000), user, db, R.randint(1000, 65000), sev, msg)


def ENV(pairs):
    return "\n".join("%s=%s" % kv for kv in pairs)


def RDS(name):
    return "%s.cluster-c%s.%s.rds.amazonaws.com" % (name, L(11), REG)


WSSE_PW = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#Password"


# ------------------------------------------------------------------ planted: 15 kinds x 7 lines, 3 contexts each
def planted():
    def bank_sftp_password(i):
        s = PW()
        if i % 3 == 0:
            return PY("DEBUG", "bankpay.dispatch", "connect kwargs: {'hostname': 'sftp.cobaltfed.example', 'port': 22, 'username': 'thornwick-pay', 'password': '%s', 'look_for_keys': False, 'timeout': 30}" % s), s
        if i % 3 == 1:
            return "+ lftp -u 'thornwick-pay,%s' -e 'cls -l /inbound/ach; bye' sftp://sftp.cobaltfed.example" % s, s
        return ENV([("COBALT_SFTP_HOST", "sftp.cobaltfed.example"), ("COBALT_SFTP_USER", "thornwick-pay"), ("COBALT_SFTP_PASSWORD", s)]), s

    def sftp_key_passphrase(i):
        s = PW()
        if i % 3 == 0:
            return ENV([("BANKPAY_KEY_PATH", "/run/keys/bankpay_ed25519"), ("BANKPAY_KEY_PASSPHRASE", s), ("BANKPAY_KNOWN_HOSTS", "/etc/bankpay/known_hosts")]), s
        if i % 3 == 1:
            return PY("DEBUG", "bankpay.keys", "Ed25519Key.from_private_key_file('/run/keys/bankpay_ed25519', password='%s') -> fingerprint SHA256:%s" % (s, A(43))), s
        return "+ ssh-keygen -y -f /run/keys/bankpay_ed25519 -P '%s'" % s, s

    def pgp_passphrase(i):
        s = PW()
        if i % 3 == 0:
            return "+ gpg --batch --pinentry-mode loopback --passphrase '%s' --output RET_203101%02d.ach --decrypt RET_2031%02d%02d_%s.ach.pgp" % (s, DAY(), 1, DAY(), D(4)), s
        if i % 3 == 1:
            return ENV([("PGP_KEY_ID", "0x%s" % H(16).upper()), ("PGP_PASSPHRASE", s), ("PGP_HOME", "/run/gnupg")]), s
        return "pgp:\n  signing_key_id: \"0x%s\"\n  passphrase: \"%s\"\n  armor: false" % (H(16).upper(), s), s

    def bank_api_key(i):
        s = CFB_KEY()
        if i % 3 == 0:
            return PY("DEBUG", "urllib3.connectionpool", "send: b'POST /v1/positive-pay/issues HTTP/1.1\\r\\nHost: api.cobaltfed.example\\r\\nAuthorization: Bearer %s\\r\\nContent-Type: application/json\\r\\n\\r\\n'" % s), s
        if i % 3 == 1:
            return ENV([("COBALT_API_BASE", "https://api.cobaltfed.example/v1"), ("COBALT_API_KEY", s), ("COBALT_COMPANY_ID", "TW%s" % D(8))]), s
        return "+ curl -s https://api.cobaltfed.example/v1/ach/files/%s -H 'X-CFB-Api-Key: %s'" % (ACH(), s), s

    def efile_gateway_password(i):
        s = PW()
        if i % 3 == 0:
            return "  <appSettings>\n    <add key=\"Reg.Etin\" value=\"%s\" />\n    <add key=\"Reg.UserId\" value=\"THORNW01\" />\n    <add key=\"Reg.Password\" value=\"%s\" />\n  </appSettings>" % (D(5), s), s
        if i % 3 == 1:
            return WE("Application", "INFORMATION", 3999, "ThornwickTaxFiling", "DEBUG gateway logon: endpoint=https://a2a.reg-efile.example/mef etin=%s user=THORNW01 password=%s" % (D(5), s)), s
        return "PS C:\\> $cred = New-Object System.Management.Automation.PSCredential('THORNW01', (ConvertTo-SecureString '%s' -AsPlainText -Force))" % s, s

    def oidc_client_secret(i):
        s = KC_SECRET()
        if i % 3 == 0:
            return "+ /opt/keycloak/bin/kcadm.sh create clients -r thornwick -s clientId=payroll-portal -s 'redirectUris=[\"https://app.%s/*\"]' -s secret=%s" % (DOM, s), s
        if i % 3 == 1:
            return ENV([("OIDC_ISSUER", "https://sso.%s/realms/thornwick" % DOM), ("OIDC_CLIENT_ID", "timeclock-web"), ("OIDC_CLIENT_SECRET", s)]), s
        return "+ curl -s https://sso.%s/realms/thornwick/protocol/openid-connect/token -d grant_type=client_credentials -d client_id=payslip-api -d client_secret=%s" % (DOM, s), s

    def scim_bearer_token(i):
        s = SCIM_TOKEN()
        if i % 3 == 0:
            return KC("DEBUG", "com.thornwick.keycloak.scim.ScimDispatcher", "request headers for POST https://benefits.%s/scim/v2/Users: {Authorization=Bearer %s, Content-Type=application/scim+json}" % (DOM, s)), s
        if i % 3 == 1:
            return ENV([("SCIM_BENEFITS_URL", "https://benefits.%s/scim/v2" % DOM), ("SCIM_BENEFITS_TOKEN", s)]), s
        return "+ curl -s https://benefits.%s/scim/v2/Users?filter=userName%%20eq%%20%%22%s%%22 -H 'Authorization: Bearer %s'" % (DOM, EMP(), s), s

    def keycloak_admin_password(i):
        s = PW()
        if i % 3 == 0:
            return ENV([("KC_DB", "postgres"), ("KEYCLOAK_ADMIN", "admin"), ("KEYCLOAK_ADMIN_PASSWORD", s), ("KC_HOSTNAME", "sso.%s" % DOM)]), s
        if i % 3 == 1:
            return "+ /opt/keycloak/bin/kcadm.sh config credentials --server http://localhost:8080 --realm master --user admin --password '%s'" % s, s
        return "+ docker run -d -p 8080:8080 -e KEYCLOAK_ADMIN=admin -e KEYCLOAK_ADMIN_PASSWORD='%s' quay.io/keycloak/keycloak:25.0.6 start --optimized" % s, s

    def wss_password(i):
        s = PW()
        if i % 3 == 0:
            return L4("INFO", "o.a.c.e.LoggingOutInterceptor", "REQ_OUT\n    Address: https://ws.larchmontrs.example/contributions/v2\n    HttpMethod: POST\n    Content-Type: text/xml\n    ExchangeId: %s\n    Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>thornwick-remit</wsse:Username><wsse:Password Type=\"%sText\">%s</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body>...</soap:Body></soap:Envelope>" % (UUID(), WSSE_PW, s)), s
        if i % 3 == 1:
            return L4("DEBUG", "c.t.b.soap.ClientFactory", "WSS4J out properties for Larchmont: {action=UsernameToken Timestamp, user=thornwick-remit, passwordType=PasswordText, ws-security.password=%s}" % s), s
        return "benefits.larchmont.endpoint=https://ws.larchmontrs.example/contributions/v2\nbenefits.larchmont.wss.username=thornwick-remit\nbenefits.larchmont.wss.password=%s" % s, s

    def postgres_password(i):
        s = URLPW()
        if i % 3 == 0:
            return SB("DEBUG", "com.zaxxer.hikari.HikariConfig", "jdbcUrl.........................jdbc:postgresql://%s:5432/payroll?user=payrun_app&password=%s&sslmode=require" % (RDS("payroll-db"), s)), s
        if i % 3 == 1:
            return "+ PGPASSWORD='%s' psql -h %s -U reporting -d payroll -c 'select count(*) from pay_items where tax_year = 2031'" % (s, RDS("payroll-db")), s
        return ENV([("SPRING_DATASOURCE_URL", "jdbc:postgresql://%s:5432/payroll" % RDS("payroll-db")), ("SPRING_DATASOURCE_USERNAME", "payrun_app"), ("SPRING_DATASOURCE_PASSWORD", s)]), s

    def mysql_password(i):
        s = URLPW()
        if i % 3 == 0:
            return ENV([("DB_CONNECTION", "mysql"), ("DB_HOST", RDS("timeclock-db")), ("DB_DATABASE", "timeclock"), ("DB_USERNAME", "timeclock_app"), ("DB_PASSWORD", s)]), s
        if i % 3 == 1:
            return "+ mysql -h %s -u timeclock_app -p'%s' timeclock -e 'SELECT COUNT(*) FROM time_punches'" % (RDS("timeclock-db"), s), s
        return LV("DEBUG", "database.connections.mysql resolved", "{\"driver\":\"mysql\",\"host\":\"%s\",\"database\":\"timeclock\",\"username\":\"timeclock_app\",\"password\":\"%s\"}" % (RDS("timeclock-db"), s)), s

    def laravel_app_key(i):
        s = APP_KEY()
        if i % 3 == 0:
            return ENV([("APP_NAME", "timeclock"), ("APP_ENV", "production"), ("APP_KEY", "base64:" + s), ("APP_DEBUG", "false")]), s
        if i % 3 == 1:
            return "+ php artisan key:generate --show\nbase64:%s" % s, s
        return "+ docker run --rm -e APP_ENV=production -e APP_KEY=base64:%s %s.dkr.ecr.%s.amazonaws.com/timeclock:3.14.%d php artisan migrate --force" % (s, ACCT, REG, R.randint(0, 9)), s

    def aws_secret_access_key(i):
        s = AWS_SECRET()
        if i % 3 == 0:
            return ENV([("AWS_REGION", REG), ("AWS_SECRET_ACCESS_KEY", s), ("AWS_SESSION_TOKEN", "${AWS_SESSION_TOKEN}")]), s
        if i % 3 == 1:
            return "[bankpay-ops]\nregion = %s\naws_secret_access_key = %s" % (REG, s), s
        return "PS C:\\> Set-AWSCredential -StoreAs taxfile -SecretKey %s" % s, s

    def jwt(i):
        s = JWT()
        if i % 3 == 0:
            return PINO(20, "incoming request", req={"method": "GET", "url": "/v1/payslips/PS-2031-01-%s.pdf" % rs(UP, 8), "headers": {"authorization": "Bearer %s" % s, "accept": "application/pdf"}}), s
        if i % 3 == 1:
            return LV("DEBUG", "Auth header received", "{\"route\":\"api/v2/punches\",\"authorization\":\"Bearer %s\"}" % s), s
        return KC("DEBUG", "org.keycloak.protocol.oidc.TokenManager", "Issued access token for client payroll-portal: %s" % s), s

    def ses_smtp_password(i):
        s = SES_SMTP()
        if i % 3 == 0:
            return "\"smtpServer\": {\"host\": \"email-smtp.%s.amazonaws.com\", \"port\": \"587\", \"from\": \"no-reply@%s\", \"auth\": \"true\", \"starttls\": \"true\", \"user\": \"ses-smtp-user.20310105\", \"password\": \"%s\"}" % (REG, DOM, s), s
        if i % 3 == 1:
            return "+ /opt/keycloak/bin/kcadm.sh update realms/thornwick -s smtpServer.host=email-smtp.%s.amazonaws.com -s smtpServer.password='%s'" % (REG, s), s
        return ENV([("MAIL_MAILER", "smtp"), ("MAIL_HOST", "email-smtp.%s.amazonaws.com" % REG), ("MAIL_USERNAME", "ses-smtp-user.20310105"), ("MAIL_PASSWORD", s)]), s

    kinds = [("bank-sftp-password", bank_sftp_password), ("sftp-key-passphrase", sftp_key_passphrase),
             ("pgp-passphrase", pgp_passphrase), ("bank-api-key", bank_api_key), ("efile-gateway-password", efile_gateway_password),
             ("oidc-client-secret", oidc_client_secret), ("scim-bearer-token", scim_bearer_token),
             ("keycloak-admin-password", keycloak_admin_password), ("wss-password", wss_password),
             ("postgres-password", postgres_password), ("mysql-password", mysql_password), ("laravel-app-key", laravel_app_key),
             ("aws-secret-access-key", aws_secret_access_key), ("jwt", jwt), ("ses-smtp-password", ses_smtp_password)]
    for kind, fn in kinds:
        for i in range(7):
            msg, sec = fn(i)
            P(kind, msg, sec)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: PY("DEBUG", "bankpay.dispatch", "connect kwargs: {'hostname': 'sftp.cobaltfed.example', 'port': 22, 'username': 'thornwick-pay', 'password': '***', 'look_for_keys': False, 'timeout': 30}"),
        lambda: ENV([("COBALT_SFTP_HOST", "sftp.cobaltfed.example"), ("COBALT_SFTP_USER", "thornwick-pay"), ("COBALT_SFTP_PASSWORD_FILE", "/run/secrets/cobalt_sftp")]),
        lambda: PY("INFO", "paramiko.transport", "Authentication (publickey) successful!"),
        lambda: PY("INFO", "bankpay.keys", "loaded key /run/keys/bankpay_ed25519 (fingerprint SHA256:%s, passphrase from Secrets Manager bankpay/key-passphrase)" % A(43)),
        lambda: "+ ssh-keygen -l -f /run/keys/bankpay_ed25519.pub\n256 SHA256:%s bankpay@thornwick (ED25519)" % A(43),
        lambda: jd({"role": "arn:aws:iam::%s:role/transfer-bank-inbound" % ACCT, "activity-type": "CONNECTED", "client": "SSH-2.0-OpenSSH_8.7", "source-ip": "%d.%d.%d.%d" % (R.randint(20, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ssh-public-key": "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43), "ssh-public-key-fingerprint": "SHA256:" + A(43), "ssh-public-key-type": "ssh-ed25519", "user": R.choice(["cobalt-returns", "harbor-returns"]), "session-id": H(16)}),
        lambda: "+ gpg --batch --pinentry-mode loopback --passphrase-file /run/secrets/pgp_passphrase --decrypt RET_2031%02d%02d_%s.ach.pgp" % (1, DAY(), D(4)),
        lambda: "gpg: encrypted with rsa4096 key, ID %s, created 2029-11-02\n      \"Cobalt Federal ACH Returns <ach-returns@cobaltfed.example>\"" % H(16).upper(),
        lambda: ENV([("PGP_KEY_ID", "0x%s" % H(16).upper()), ("PGP_PASSPHRASE", "${PGP_PASSPHRASE}"), ("PGP_HOME", "/run/gnupg")]),
        lambda: PY("INFO", "bankpay.nacha", "built %s: %d entries, total credits $%d.%02d, entry hash %s, sha256 %s" % (ACH(), R.randint(20, 5000), R.randint(10000, 4000000), R.randint(0, 99), D(10), H(64))),
        lambda: PY("INFO", "bankpay.returns", "return R03 for trace %s, employee %s, account ****%s (routing ****%s); paper check queued" % (D(15), EMP(), D(4), D(4))),
        lambda: PY("DEBUG", "urllib3.connectionpool", "https://api.cobaltfed.example:443 \"POST /v1/positive-pay/issues HTTP/1.1\" 201 %d" % R.randint(80, 900)),
        lambda: ENV([("COBALT_API_BASE", "https://api.cobaltfed.example/v1"), ("COBALT_API_KEY", ""), ("COBALT_API_KEY_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:bankpay/cobalt-api-%s" % (REG, ACCT, A(6)))]),
        lambda: PY("INFO", "bankpay.cobalt", "positive-pay issue file accepted (key id cfbk_2031_01, request id %s)" % UUID()),
        lambda: "  <appSettings>\n    <add key=\"Reg.Etin\" value=\"%s\" />\n    <add key=\"Reg.UserId\" value=\"THORNW01\" />\n    <add key=\"Reg.PasswordSecretArn\" value=\"arn:aws:secretsmanager:%s:%s:secret:taxfile/reg-%s\" />\n  </appSettings>" % (D(5), REG, ACCT, A(6)),
        lambda: WE("Application", "INFORMATION", 3001, "ThornwickTaxFiling", "941 Q4-2030 for employer %s (EIN XX-XXX%s) transmitted, submission id %s%s; acknowledgement ACCEPTED." % (ER(), D(4), D(6), rs(UP, 14))),
        lambda: WE("Application", "INFORMATION", 3999, "ThornwickTaxFiling", "DEBUG gateway logon: endpoint=https://a2a.reg-efile.example/mef etin=%s user=THORNW01 password=******** cert thumbprint %s" % (D(5), H(40).upper())),
        lambda: "PS C:\\> Get-ChildItem Cert:\\LocalMachine\\My | Select Thumbprint, Subject, NotAfter\n%s CN=thornwick-transmitter 1/10/2031 12:00:00 AM" % H(40).upper(),
        lambda: "+ /opt/keycloak/bin/kcadm.sh create clients -r thornwick -s clientId=payroll-portal -s publicClient=false -s 'redirectUris=[\"https://app.%s/*\"]'" % DOM,
        lambda: ENV([("OIDC_ISSUER", "https://sso.%s/realms/thornwick" % DOM), ("OIDC_CLIENT_ID", "timeclock-web"), ("OIDC_CLIENT_SECRET", "<from secretsmanager:timeclock/oidc>")]),
        lambda: KC("WARN", "org.keycloak.events", "type=\"CLIENT_LOGIN_ERROR\", realmId=\"%s\", realmName=\"thornwick\", clientId=\"payslip-api\", userId=\"null\", ipAddress=\"10.42.%d.%d\", error=\"invalid_client_credentials\", grant_type=\"client_credentials\"" % (UUID(), R.randint(0, 15), R.randint(4, 254))),
        lambda: KC("DEBUG", "org.keycloak.events", "type=\"CODE_TO_TOKEN\", realmId=\"%s\", realmName=\"thornwick\", clientId=\"payroll-portal\", userId=\"%s\", token_id=\"%s\", grant_type=\"authorization_code\", client_auth_method=\"client-secret\"" % (UUID(), UUID(), UUID())),
        lambda: KC("DEBUG", "com.thornwick.keycloak.scim.ScimDispatcher", "request headers for POST https://benefits.%s/scim/v2/Users: {Authorization=Bearer ****, Content-Type=application/scim+json}" % DOM),
        lambda: KC("INFO", "com.thornwick.keycloak.scim.ScimDispatcher", "SCIM POST https://payroll-core.internal.%s/scim/v2/Users for %s: HTTP 201 (id %s, externalId %s)" % (DOM, EMP(), UUID(), EMP())),
        lambda: ENV([("SCIM_BENEFITS_URL", "https://benefits.%s/scim/v2" % DOM), ("SCIM_BENEFITS_TOKEN_SSM", "/sso/scim/benefits-token")]),
        lambda: ENV([("KC_DB", "postgres"), ("KEYCLOAK_ADMIN", "admin"), ("KEYCLOAK_ADMIN_PASSWORD", "${KC_ADMIN_PASSWORD}"), ("KC_HOSTNAME", "sso.%s" % DOM)]),
        lambda: KC("INFO", "org.keycloak.services", "KC-SERVICES0009: Added user 'admin' to realm 'master'"),
        lambda: "<md:EntityDescriptor entityID=\"https://sso.%s/realms/thornwick\"><md:SPSSODescriptor AuthnRequestsSigned=\"true\"><md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:KeyName>%s</ds:KeyName></ds:KeyInfo></md:KeyDescriptor></md:SPSSODescriptor></md:EntityDescriptor>" % (DOM, rs(URLS, 43)),
        lambda: KC("DEBUG", "org.keycloak.broker.saml.SAMLEndpoint", "SAML response from orrin-adfs: InResponseTo=ID_%s, Issuer=http://adfs.orrinlogistics.example/adfs/services/trust, digest %s" % (UUID(), rs(B64, 43) + "=")),
        lambda: L4("INFO", "o.a.c.e.LoggingOutInterceptor", "REQ_OUT\n    Address: https://ws.larchmontrs.example/contributions/v2\n    HttpMethod: POST\n    ExchangeId: %s\n    Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>thornwick-remit</wsse:Username><wsse:Password Type=\"%sDigest\">%s</wsse:Password><wsse:Nonce>%s</wsse:Nonce><wsu:Created>%s</wsu:Created></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body>...</soap:Body></soap:Envelope>" % (UUID(), WSSE_PW, rs(B64, 27) + "=", rs(B64, 22) + "==", TS())),
        lambda: L4("DEBUG", "c.t.b.soap.ClientFactory", "WSS4J out properties for Larchmont: {action=UsernameToken Timestamp, user=thornwick-remit, passwordType=PasswordDigest, ws-security.callback-handler=com.thornwick.benefits.soap.SecretsManagerCallback}"),
        lambda: "benefits.larchmont.endpoint=https://ws.larchmontrs.example/contributions/v2\nbenefits.larchmont.wss.username=thornwick-remit\nbenefits.larchmont.wss.password=${LARCHMONT_WSS_PASSWORD}",
        lambda: L4("INFO", "c.t.b.larchmont.ContributionRemitter", "Contribution batch CB-2031-01-%02d-%s remitted for %s: %d participants, Larchmont ref LRS-%s" % (DAY(), D(4), ER(), R.randint(10, 3000), D(10))),
        lambda: SB("DEBUG", "com.zaxxer.hikari.HikariConfig", "jdbcUrl.........................jdbc:postgresql://%s:5432/payroll?sslmode=require" % RDS("payroll-db")),
        lambda: SB("DEBUG", "com.zaxxer.hikari.HikariConfig", "password........................<masked>"),
        lambda: SB("INFO", "c.t.p.calc.PartitionProgressListener", "Pay run %s partition %d/32: %d employees calculated, errors=0" % (PAYRUN(), R.randint(1, 32), R.randint(50, 400))),
        lambda: ENV([("SPRING_DATASOURCE_URL", "jdbc:postgresql://%s:5432/payroll" % RDS("payroll-db")), ("SPRING_DATASOURCE_USERNAME", "payrun_app"), ("SPRING_DATASOURCE_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:payroll/payrun-app-%s" % (REG, ACCT, A(6)))]),
        lambda: "+ psql \"host=%s user=reporting dbname=payroll sslmode=verify-full sslrootcert=/etc/ssl/rds-ca.pem\" -c '\\conninfo'" % RDS("payroll-db"),
        lambda: PG("FATAL", "payslip_reader", "payroll", "password authentication failed for user \"payslip_reader\""),
        lambda: PG("LOG", "payrun_app", "payroll", "connection authorized: user=payrun_app database=payroll application_name=PostgreSQL JDBC Driver SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"),
        lambda: ENV([("DB_CONNECTION", "mysql"), ("DB_HOST", RDS("timeclock-db")), ("DB_DATABASE", "timeclock"), ("DB_USERNAME", "timeclock_app"), ("DB_PASSWORD", "")]),
        lambda: "+ mysql --defaults-extra-file=/run/secrets/timeclock.cnf -h %s timeclock -e 'SHOW PROCESSLIST'" % RDS("timeclock-db"),
        lambda: LV("DEBUG", "database.connections.mysql resolved", "{\"driver\":\"mysql\",\"host\":\"%s\",\"database\":\"timeclock\",\"username\":\"timeclock_app\",\"password\":\"********\"}" % RDS("timeclock-db")),
        lambda: ENV([("APP_NAME", "timeclock"), ("APP_ENV", "production"), ("APP_KEY", "${APP_KEY}"), ("APP_DEBUG", "false")]),
        lambda: LV("INFO", "Timesheet TS-%s submitted by %s (Idempotency-Key %s, etag \"%s\")" % (rs(UP, 10), EMP(), UUID(), H(32))),
        lambda: LV("INFO", "Clock punch %s for %s accepted (kiosk K-%04d, nonce %s)" % (UUID(), EMP(), R.randint(1, 900), H(16))),
        lambda: ENV([("AWS_REGION", REG), ("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/%s" % UUID())]),
        lambda: "+ aws sts get-caller-identity\n{\"UserId\": \"AROA%s:bankpay\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/bankpay-task/%s\"}" % (rs(UP, 17), ACCT, ACCT, H(32)),
        lambda: "[bankpay-ops]\nregion = %s\nrole_arn = arn:aws:iam::%s:role/bankpay-operator\nsource_profile = sso-payroll" % (REG, ACCT),
        lambda: PINO(20, "incoming request", req={"method": "GET", "url": "/v1/payslips/PS-2031-01-%s.pdf" % rs(UP, 8), "headers": {"authorization": "[Redacted]", "accept": "application/pdf"}}),
        lambda: PINO(30, "payslip rendered", payslip="PS-2031-01-%s" % rs(UP, 8), employee=EMP(), sha256=H(64), etag=H(32)),
        lambda: PINO(40, "token rejected: jwt expired", kid="tw-%s" % L(10), jti=UUID(), sub=UUID()),
        lambda: LV("DEBUG", "Auth header received", "{\"route\":\"api/v2/punches\",\"authorization\":\"Bearer <redacted>\"}"),
        lambda: "\"smtpServer\": {\"host\": \"email-smtp.%s.amazonaws.com\", \"port\": \"587\", \"from\": \"no-reply@%s\", \"auth\": \"true\", \"starttls\": \"true\", \"user\": \"ses-smtp-user.20310105\", \"password\": \"**********\"}" % (REG, DOM),
        lambda: ENV([("MAIL_MAILER", "ses"), ("MAIL_FROM_ADDRESS", "no-reply@%s" % DOM), ("SES_REGION", REG)]),
        lambda: jd({"_aws": {"Timestamp": EP() * 1000, "CloudWatchMetrics": [{"Namespace": "Thornwick/Payroll", "Dimensions": [["service"]], "Metrics": [{"Name": "PayslipsRendered", "Unit": "Count"}]}]}, "service": "payslip-renderer", "PayslipsRendered": R.randint(100, 40000), "traceId": "1-%s-%s" % (H(8), H(24))}),
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
