"""Seeded generator of bench/corpora/heldout45/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept). main() refuses a duplicate message, a secret not in its
message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a secret without a marker.
(heldout44's helper layer with the seed, the month (July 2030), region eu-south-1, account and all templates new for
this round's regional agency: Drupal permits portal, WebLogic/Oracle case management, Shibboleth IdP, OCRmyPDF
workers, a Symfony fee gateway, a .NET Framework notifications service, a Rust archive indexer and a GnuCOBOL tax
batch.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout45/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
ACCT = "730418526913"
REG = "eu-south-1"
DOM = "fernvale.example"


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
    return "2030-07-%02dT%s%sZ" % (DAY(), HMS(), ("." + D(frac)) if frac else "")


def EP():
    return 1909094400 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.choice([20, 30, 40, 50]), R.randint(0, 255), R.randint(4, 254))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def DRU(typ, msg):
    e = EP()
    return "Jul %2d %s permits-web-%d drupal[%d]: https://permits.%s|%d|%s|%s|https://permits.%s/admin/config||1||%s" % (DAY(), HMS(), R.randint(1, 3), R.randint(1000, 65000), DOM, e, typ, IP(), DOM, msg)


def WLS(sev, sub, bea, msg):
    h = R.randint(0, 23)
    return "####<Jul %d, 2030, %d:%02d:%02d,%s %s Coordinated Universal Time> <%s> <%s> <cm-wls-0%d> <cm_server1> <[ACTIVE] ExecuteThread: '%d' for queue: 'weblogic.kernel.Default (self-tuning)'> <<WLS Kernel>> <> <%s> <%d> <[severity-value: 64] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <%s> <%s> " % (
        DAY(), (h % 12) or 12, R.randint(0, 59), R.randint(0, 59), D(3), "AM" if h < 12 else "PM", sev, sub, R.randint(1, 2), R.randint(0, 40), UUID(), EP() * 1000, bea, msg)


def IDP(lvl, logger, line, msg):
    return "2030-07-%02d %s,%s - %s - %s [%s:%d] - %s" % (DAY(), HMS(), D(3), IP(), lvl, logger, line, msg)


def PYL(lvl, logger, msg):
    return "2030-07-%02d %s,%s %s %s [job=scan-%s] %s" % (DAY(), HMS(), D(3), lvl, logger, H(12), msg)


def MONO(ch, lvl, msg, ctx=None):
    return "[2030-07-%02dT%s.%s+00:00] %s.%s: %s %s []" % (DAY(), HMS(), D(6), ch, lvl, msg, jd(ctx) if ctx else "[]")


def WEV(lvl, eid, prov, msg):
    return "[Application] [%s] [%d] [%s] [EC2AMAZ-FVN%s] [%s]" % (lvl, eid, prov, rs(UP, 4), msg)


def RUST(lvl, mod, msg):
    return "[%s %-5s %s] %s" % (TS(0), lvl, mod, msg)


def RDS(name, eng="cluster"):
    return "%s.%s-c%s.%s.rds.amazonaws.com" % (name, eng, L(11), REG)


# ------------------------------------------------------------------ secret shapes (all invented)
def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "%"])


def PEM():
    body = MARK("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(B64, 1574), lo=60)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def OAUTH():
    return MARK(rs(URLS, 43))


def SALT():
    return MARK(rs(URLS, 74))


def PAYKEY():
    return "pn_live_" + MARK(A(40))


def WHSEC():
    return "whsec_" + MARK(rs(B64, 44))


def SMTPPW():
    return "B" + MARK(rs(B64, 43))


def SMSKEY():
    return MARK(A(36))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    head = b64u(jd({"alg": "RS256", "kid": "fv-idp-%s" % L(6), "typ": "JWT"}).encode())
    body = b64u(jd({"sub": "c%s" % D(7), "aud": R.choice(["feepay", "permits-portal", "docscan"]), "acr": "https://www.fernvale.example/acr/mfa-totp", "iss": "https://idp.%s" % DOM, "exp": EP()}).encode())
    sig = MARK(rs(URLS, 342))
    return "%s.%s.%s" % (head, body, sig)


# ------------------------------------------------------------------ planted secrets (7 per kind)
def planted():
    for i in range(7):
        s = PEM()
        t = i % 3
        if t == 0:
            P("saml-signing-key", "+ cat /opt/shibboleth-idp/credentials/idp-signing.key\n%s" % s, s)
        elif t == 1:
            P("saml-signing-key", IDP("DEBUG", "net.shibboleth.idp.profile.spring.factory.BasicX509CredentialFactoryBean", 96, "Loaded signing credential idp-signing-%d from inline configuration:\n%s" % (R.randint(2028, 2030), s)), s)
        else:
            P("saml-signing-key", "IDP_SIGNING_KEY_PEM=%s\nIDP_ENTITY_ID=https://idp.%s/idp/shibboleth" % (s, DOM), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("ldap-bind-password", "idp.authn.LDAP.bindDN = uid=svc-shibidp,ou=services,dc=fernvale,dc=example\nidp.authn.LDAP.bindDNCredential = %s" % s, s)
        elif t == 1:
            P("ldap-bind-password", "+ ldapsearch -H ldaps://ldap.int.%s -D 'uid=svc-shibidp,ou=services,dc=fernvale,dc=example' -w '%s' -b ou=citizens,dc=fernvale,dc=example '(uid=c%s)'" % (DOM, s, D(7)), s)
        else:
            P("ldap-bind-password", WLS("Debug", "SecurityAtn", "BEA-000000", "ActiveDirectoryAuthenticator config: Host=ad.int.%s Port=636 Principal=CN=svc-wls-cm,OU=Service Accounts,DC=ad,DC=fernvale,DC=example Credential=%s SSLEnabled=true" % (DOM, s)), s)
    for i in range(7):
        s = OAUTH()
        t = i % 3
        if t == 0:
            P("oauth-client-secret", PYL("DEBUG", "docscan.casemgmt", "POST https://cases.int.%s/oauth2/token body: grant_type=client_credentials&client_id=docscan-worker&client_secret=%s&scope=attachments.write" % (DOM, s)), s)
        elif t == 1:
            P("oauth-client-secret", "CASEMGMT_CLIENT_ID=docscan-worker\nCASEMGMT_CLIENT_SECRET=%s\nCASEMGMT_TOKEN_URL=https://cases.int.%s/oauth2/token" % (s, DOM), s)
        else:
            P("oauth-client-secret", "<ClientInformation xmlns=\"urn:fernvale:idp:oidc\">\n  <client_id>feepay-portal</client_id>\n  <client_secret>%s</client_secret>\n  <redirect_uris>https://pay.%s/oidc/callback</redirect_uris>\n</ClientInformation>" % (s, DOM), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("weblogic-boot-password", "+ cat /u01/domains/cm_domain/servers/cm_server1/security/boot.properties\nusername=weblogic\npassword=%s" % s, s)
        elif t == 1:
            P("weblogic-boot-password", "+ java weblogic.WLST -skipWLSModuleScanning connect.py\nconnect('weblogic', '%s', 't3s://cm-wls-01.int.%s:7002')" % (s, DOM), s)
        else:
            P("weblogic-boot-password", "WLS_ADMIN_USER=weblogic\nWLS_ADMIN_PASSWORD=%s\nWLS_DOMAIN_HOME=/u01/domains/cm_domain" % s, s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("jdbc-datasource-password", WLS("Debug", "JDBC", "BEA-001516", "Data source CaseDS properties: url=jdbc:oracle:thin:@//cmprd-db.int.%s:1521/CMPRD user=CM_APP password=%s initialCapacity=5 maxCapacity=15" % (DOM, s)), s)
        elif t == 1:
            P("jdbc-datasource-password", "+ sqlplus -s CM_APP/%s@//cmprd-db.int.%s:1521/CMPRD @/opt/cm/sql/check_tbs.sql" % (s, DOM), s)
        else:
            P("jdbc-datasource-password", "wls:/cm_domain/edit !> cd('/JDBCSystemResources/CaseDS/JDBCResource/CaseDS/JDBCDriverParams/CaseDS')\nwls:/cm_domain/edit/JDBCSystemResources/CaseDS/JDBCResource/CaseDS/JDBCDriverParams/CaseDS !> cmo.setPasswordEncrypted('%s')" % s, s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("oracle-wallet-password", "+ orapki wallet create -wallet /u01/app/oracle/admin/CMPRD/wallet -pwd %s -auto_login" % s, s)
        elif t == 1:
            P("oracle-wallet-password", "+ mkstore -wrl /u01/app/oracle/admin/CMPRD/wallet -createCredential CMPRD_APP CM_APP -pwd %s" % s, s)
        else:
            P("oracle-wallet-password", "SQL> ADMINISTER KEY MANAGEMENT SET KEYSTORE OPEN IDENTIFIED BY \"%s\" CONTAINER=ALL;\n\nkeystore altered." % s, s)
    for i in range(7):
        s = SALT()
        t = i % 3
        if t == 0:
            P("drupal-hash-salt", "$settings['hash_salt'] = '%s';\n$settings['config_sync_directory'] = '../config/sync';" % s, s)
        elif t == 1:
            P("drupal-hash-salt", "DRUPAL_HASH_SALT=%s\nDRUPAL_TRUSTED_HOST=^permits\\.fernvale\\.example$" % s, s)
        else:
            P("drupal-hash-salt", "+ drush php:eval 'echo \\Drupal\\Core\\Site\\Settings::getHashSalt();'\n%s" % s, s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("db-password", "DATABASE_URL=\"postgresql://feepay_app:%s@%s:5432/feepay?serverVersion=16&charset=utf8\"" % (s, RDS("fv-feepay")), s)
        elif t == 1:
            P("db-password", DRU("php", "PDOException: SQLSTATE[HY000] [1045] Access denied for user 'permits'@'%s' (using password: YES) while connecting with mysql://permits:%s@%s:3306/permits" % (IP(), s, RDS("fv-permits"))), s)
        else:
            P("db-password", RUST("DEBUG", "archive_indexer::catalog", "connecting to postgres://indexer:%s@%s:5432/catalog?sslmode=verify-full" % (s, RDS("fv-records"))), s)
    for i in range(7):
        s = PAYKEY()
        t = i % 3
        if t == 0:
            P("payment-api-key", "PAYNODO_API_KEY=%s\nPAYNODO_BASE_URL=https://api.paynodo.example/v2" % s, s)
        elif t == 1:
            P("payment-api-key", MONO("http_client", "DEBUG", "Request: \"POST https://api.paynodo.example/v2/payment-intents\"", {"headers": {"authorization": "Bearer %s" % s, "idempotency-key": UUID()}}), s)
        else:
            P("payment-api-key", "+ curl -s -u %s: https://api.paynodo.example/v2/payments/FEE-%s" % (s, rs(UP, 10)), s)
    for i in range(7):
        s = WHSEC()
        t = i % 3
        if t == 0:
            P("webhook-signing-secret", "PAYNODO_WEBHOOK_SECRET=%s\nPAYNODO_WEBHOOK_TOLERANCE=300" % s, s)
        elif t == 1:
            P("webhook-signing-secret", MONO("app", "DEBUG", "Verifying webhook signature", {"event": "evt_%s" % A(20), "secret": s, "scheme": "v1"}), s)
        else:
            P("webhook-signing-secret", "+ bin/console secrets:set PAYNODO_WEBHOOK_SECRET --env=prod <<< '%s'" % s, s)
    for i in range(7):
        s = SMTPPW()
        t = i % 3
        if t == 0:
            P("smtp-password", "MAILER_DSN=smtp://ses-smtp-user.%s:%s@email-smtp.%s.amazonaws.com:587" % (D(8), s, REG), s)
        elif t == 1:
            P("smtp-password", "<system.net>\n  <mailSettings>\n    <smtp from=\"noreply@notify.%s\" deliveryMethod=\"Network\">\n      <network host=\"email-smtp.%s.amazonaws.com\" port=\"587\" enableSsl=\"true\" userName=\"ses-smtp-user.%s\" password=\"%s\" />\n    </smtp>\n  </mailSettings>\n</system.net>" % (DOM, REG, D(8), s), s)
        else:
            P("smtp-password", WEV("INFORMATION", 1099, "Fernvale.Notify", "Configuration dump: Smtp.Host=email-smtp.%s.amazonaws.com; Smtp.Port=587; Smtp.User=ses-smtp-user.%s; Smtp.Password=%s; Smtp.EnableSsl=True" % (REG, D(8), s)), s)
    for i in range(7):
        s = SMSKEY()
        t = i % 3
        if t == 0:
            P("sms-api-key", WEV("INFORMATION", 1098, "Fernvale.Notify", "SMS request headers: Content-Type=application/json; X-Api-Key=%s; X-Request-Id=%s" % (s, UUID())), s)
        elif t == 1:
            P("sms-api-key", "<appSettings>\n  <add key=\"Sms.Endpoint\" value=\"https://api.smsgateway.example/v3/messages\" />\n  <add key=\"Sms.ApiKey\" value=\"%s\" />\n</appSettings>" % s, s)
        else:
            P("sms-api-key", "+ curl -s -X POST https://api.smsgateway.example/v3/messages?api_key=%s -d '{\"to\":\"+39 3%s %s\",\"text\":\"test\"}'" % (s, D(2), D(7)), s)
    for i in range(7):
        s = JWT()
        t = i % 3
        if t == 0:
            P("jwt", MONO("security", "DEBUG", "Bearer token received", {"authorization": "Bearer %s" % s, "firewall": "api"}), s)
        elif t == 1:
            P("jwt", "%s - - [%02d/Jul/2030:%s +0000] \"GET /checkout/return?id_token=%s HTTP/1.1\" 302 0" % (IP(), DAY(), HMS(), s), s)
        else:
            P("jwt", PYL("DEBUG", "docscan.casemgmt", "attach request headers: {'Authorization': 'Bearer %s', 'Content-Type': 'application/pdf'}" % s), s)
    for i in range(7):
        s = AWS_SECRET()
        t = i % 3
        if t == 0:
            P("aws-secret-access-key", "AWS_DEFAULT_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nTAX_BUCKET=fernvale-tax-batch" % (REG, s), s)
        elif t == 1:
            P("aws-secret-access-key", "+ aws configure set aws_secret_access_key %s --profile fv-archive-migration" % s, s)
        else:
            P("aws-secret-access-key", DRU("s3fs", "s3fs settings: bucket=fernvale-permits-uploads region=%s use_instance_profile=0 access_key=****%s secret_key=%s" % (REG, rs(UP, 4), s)), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("opensearch-password", "OPENSEARCH_URL=https://indexer:%s@search-records.%s.es.amazonaws.com" % (s, REG), s)
        elif t == 1:
            P("opensearch-password", "+ curl -s -u 'indexer:%s' 'https://search-records.%s.es.amazonaws.com/_cluster/allocation/explain?pretty'" % (s, REG), s)
        else:
            P("opensearch-password", RUST("TRACE", "archive_indexer::config", "Config { opensearch: OpenSearchConfig { url: \"https://search-records.%s.es.amazonaws.com\", username: \"indexer\", password: \"%s\" }, workers: 16 }" % (REG, s)), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: "+ openssl x509 -in /opt/shibboleth-idp/credentials/idp-signing.crt -noout -fingerprint -sha256\nsha256 Fingerprint=%s" % ":".join(H(2).upper() for _ in range(32)),
        lambda: IDP("INFO", "net.shibboleth.idp.profile.spring.factory.BasicX509CredentialFactoryBean", 96, "Loaded signing credential idp-signing-%d from /opt/shibboleth-idp/credentials/idp-signing.key (RSA 3072)" % R.randint(2028, 2030)),
        lambda: "IDP_SIGNING_KEY_FILE=/run/secrets/idp-signing.key\nIDP_ENTITY_ID=https://idp.%s/idp/shibboleth" % DOM,
        lambda: "idp.authn.LDAP.bindDN = uid=svc-shibidp,ou=services,dc=fernvale,dc=example\nidp.authn.LDAP.bindDNCredential = %{idp.ldap.bindPassword}",
        lambda: "+ ldapsearch -H ldaps://ldap.int.%s -D 'uid=svc-shibidp,ou=services,dc=fernvale,dc=example' -y /run/secrets/ldap_bind -b ou=citizens,dc=fernvale,dc=example '(uid=c%s)'" % (DOM, D(7)),
        lambda: WLS("Debug", "SecurityAtn", "BEA-000000", "ActiveDirectoryAuthenticator config: Host=ad.int.%s Port=636 Principal=CN=svc-wls-cm,OU=Service Accounts,DC=ad,DC=fernvale,DC=example Credential=****** SSLEnabled=true" % DOM),
        lambda: IDP("INFO", "net.shibboleth.idp.authn.impl.ValidateUsernamePasswordAgainstLDAP", 152, "Profile Action ValidateUsernamePasswordAgainstLDAP: Login by 'c%s' succeeded" % D(7)),
        lambda: "%s|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect|_%s|https://pay.%s/shibboleth|http://shibboleth.net/ns/profiles/saml2/sso/browser|https://idp.%s/idp/shibboleth|urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST|_%s|c%s|urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport|uid,mail,fiscalNumber|AAdzZWNyZXQx%s|_%s|false|false" % ("203007%02dT%sZ" % (DAY(), HMS().replace(":", "")), H(32), DOM, DOM, H(32), D(7), A(20), H(32)),
        lambda: PYL("DEBUG", "docscan.casemgmt", "POST https://cases.int.%s/oauth2/token body: grant_type=client_credentials&client_id=docscan-worker&client_secret=[REDACTED]&scope=attachments.write" % DOM),
        lambda: "CASEMGMT_CLIENT_ID=docscan-worker\nCASEMGMT_CLIENT_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:fv/prod/docscan/casemgmt-%s\nCASEMGMT_TOKEN_URL=https://cases.int.%s/oauth2/token" % (REG, ACCT, A(6), DOM),
        lambda: PYL("INFO", "docscan.casemgmt", "token acquired for client docscan-worker: token_type=Bearer expires_in=3600 jti=%s" % UUID()),
        lambda: "+ cat /u01/domains/cm_domain/servers/cm_server1/security/boot.properties\nusername={AES256}%s\npassword={AES256}%s" % (rs(B64, 44), rs(B64, 44)),
        lambda: "+ java weblogic.WLST -skipWLSModuleScanning connect.py\nconnect(userConfigFile='/u01/secure/wls-admin.config', userKeyFile='/u01/secure/wls-admin.key', url='t3s://cm-wls-01.int.%s:7002')" % DOM,
        lambda: "WLS_ADMIN_USER=weblogic\nWLS_ADMIN_PASSWORD_FILE=/run/secrets/wls_admin\nWLS_DOMAIN_HOME=/u01/domains/cm_domain",
        lambda: WLS("Info", "JDBC", "BEA-001516", "Data source connection pool \"CaseDS\" connected to Database: \"Oracle\", Version: \"Oracle Database 19c Enterprise Edition Release 19.0.0.0.0 - Production Version 19.2%d.0.0.0\"." % R.randint(1, 9)),
        lambda: WLS("Debug", "JDBC", "BEA-001516", "Data source CaseDS properties: url=jdbc:oracle:thin:@//cmprd-db.int.%s:1521/CMPRD user=CM_APP password=******** initialCapacity=5 maxCapacity=15" % DOM),
        lambda: "+ sqlplus -s /@CMPRD_APP @/opt/cm/sql/check_tbs.sql",
        lambda: "<jdbc-driver-params>\n  <url>jdbc:oracle:thin:@//cmprd-db.int.%s:1521/CMPRD</url>\n  <driver-name>oracle.jdbc.OracleDriver</driver-name>\n  <properties><property><name>user</name><value>CM_APP</value></property></properties>\n  <password-encrypted>{AES256}%s</password-encrypted>\n</jdbc-driver-params>" % (DOM, rs(B64, 44)),
        lambda: "+ orapki wallet display -wallet /u01/app/oracle/admin/CMPRD/wallet\nOracle PKI Tool Release 19.0.0.0.0 - Production\nRequested Certificates: \nUser Certificates:\nTrusted Certificates: \nSubject:        CN=Fernvale Internal Root CA %d,O=Fernvale,C=IT" % R.randint(2025, 2030),
        lambda: "+ mkstore -wrl /u01/app/oracle/admin/CMPRD/wallet -listCredential\nList credential (index: connect_string username)\n1: CMPRD_APP CM_APP",
        lambda: "SQL> ADMINISTER KEY MANAGEMENT SET KEYSTORE OPEN IDENTIFIED BY EXTERNAL STORE CONTAINER=ALL;\n\nkeystore altered.",
        lambda: "$settings['hash_salt'] = file_get_contents('/run/secrets/drupal_hash_salt');\n$settings['config_sync_directory'] = '../config/sync';",
        lambda: "DRUPAL_HASH_SALT=\nDRUPAL_TRUSTED_HOST=^permits\\.fernvale\\.example$",
        lambda: DRU("user", "Session opened for citizen_%s." % D(6)),
        lambda: DRU("content", "permit_application: added PA-2030-%06d (building_permit)." % R.randint(1000, 99999)),
        lambda: "DATABASE_URL=\"postgresql://feepay_app:%%env(DB_PASSWORD)%%@%s:5432/feepay?serverVersion=16&charset=utf8\"" % RDS("fv-feepay"),
        lambda: DRU("php", "PDOException: SQLSTATE[HY000] [1045] Access denied for user 'permits'@'%s' (using password: YES)" % IP()),
        lambda: RUST("DEBUG", "archive_indexer::catalog", "connecting to postgres://indexer@%s:5432/catalog?sslmode=verify-full (password from IAM auth token)" % RDS("fv-records")),
        lambda: "PAYNODO_API_KEY=\nPAYNODO_BASE_URL=https://api.paynodo.example/v2",
        lambda: MONO("http_client", "DEBUG", "Request: \"POST https://api.paynodo.example/v2/payment-intents\"", {"headers": {"authorization": "Bearer pn_live_****%s" % A(4), "idempotency-key": UUID()}}),
        lambda: MONO("app", "INFO", "Payment intent created", {"payment": "FEE-%s" % rs(UP, 10), "psp_id": "pi_%s" % A(24), "publishable_key": "pn_pub_%s" % H(12)}),
        lambda: "+ curl -s -u \"$PAYNODO_API_KEY:\" https://api.paynodo.example/v2/payments/FEE-%s" % rs(UP, 10),
        lambda: "PAYNODO_WEBHOOK_SECRET=%env(secret:PAYNODO_WEBHOOK_SECRET)%\nPAYNODO_WEBHOOK_TOLERANCE=300",
        lambda: MONO("app", "INFO", "Webhook verified", {"event": "evt_%s" % A(20), "signature": "t=%d,v1=%s" % (EP(), H(64)), "scheme": "v1"}),
        lambda: MONO("app", "DEBUG", "Verifying webhook signature", {"event": "evt_%s" % A(20), "secret": "whsec_****", "scheme": "v1"}),
        lambda: "MAILER_DSN=smtp://email-smtp.%s.amazonaws.com:587?auth_mode=login&username=%%env(SMTP_USER)%%&password=%%env(SMTP_PASSWORD)%%" % REG,
        lambda: "<system.net>\n  <mailSettings>\n    <smtp from=\"noreply@notify.%s\" deliveryMethod=\"Network\">\n      <network host=\"email-smtp.%s.amazonaws.com\" port=\"587\" enableSsl=\"true\" userName=\"ses-smtp-user.%s\" password=\"\" />\n    </smtp>\n  </mailSettings>\n</system.net>" % (DOM, REG, D(8)),
        lambda: WEV("INFORMATION", 1099, "Fernvale.Notify", "Configuration dump: Smtp.Host=email-smtp.%s.amazonaws.com; Smtp.Port=587; Smtp.User=ses-smtp-user.%s; Smtp.Password=(protected by DPAPI); Smtp.EnableSsl=True" % (REG, D(8))),
        lambda: WEV("INFORMATION", 1101, "Fernvale.Notify", "E-mail N-%d to %s.%s@mail.example accepted by relay (250 Ok %s-%s-%s-%s-%s-000000)" % (R.randint(10 ** 6, 10 ** 7), R.choice(["giulia", "marco", "anna"]), L(5), H(16), H(8), H(4), H(4), H(4))),
        lambda: WEV("INFORMATION", 1098, "Fernvale.Notify", "SMS request headers: Content-Type=application/json; X-Api-Key=***; X-Request-Id=%s" % UUID()),
        lambda: "<appSettings>\n  <add key=\"Sms.Endpoint\" value=\"https://api.smsgateway.example/v3/messages\" />\n  <add key=\"Sms.ApiKeySecretArn\" value=\"arn:aws:secretsmanager:%s:%s:secret:fv/prod/notify/sms-%s\" />\n</appSettings>" % (REG, ACCT, A(6)),
        lambda: WEV("INFORMATION", 1102, "Fernvale.Notify", "One-time code SMS N-%d to +39 3%s %s accepted by provider (message id %s)." % (R.randint(10 ** 6, 10 ** 7), D(2), D(7), H(24))),
        lambda: MONO("security", "DEBUG", "Bearer token accepted", {"sub": "c%s" % D(7), "kid": "fv-idp-%s" % L(6), "exp": EP(), "jti": UUID()}),
        lambda: "%s - - [%02d/Jul/2030:%s +0000] \"GET /checkout/return?payment=FEE-%s&status=captured HTTP/1.1\" 302 0" % (IP(), DAY(), HMS(), rs(UP, 10)),
        lambda: PYL("DEBUG", "docscan.casemgmt", "attach request headers: {'Authorization': 'Bearer <redacted>', 'Content-Type': 'application/pdf'}"),
        lambda: "AWS_DEFAULT_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nTAX_BUCKET=fernvale-tax-batch" % (REG, UUID()),
        lambda: "+ aws sts get-caller-identity\n{\"UserId\": \"AROA%s:%s\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/fernvale-taxcalc-batch-job/%s\"}" % (rs(UP, 17), H(32), ACCT, ACCT, H(32)),
        lambda: DRU("s3fs", "s3fs settings: bucket=fernvale-permits-uploads region=%s use_instance_profile=1 access_key=(none) secret_key=(none)" % REG),
        lambda: "OPENSEARCH_URL=https://search-records.%s.es.amazonaws.com\nOPENSEARCH_USER=indexer\nOPENSEARCH_PASSWORD_SECRET=arn:aws:secretsmanager:%s:%s:secret:fv/prod/records/opensearch-%s" % (REG, REG, ACCT, A(6)),
        lambda: "+ curl -s --aws-sigv4 'aws:amz:%s:es' --user \"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY\" 'https://search-records.%s.es.amazonaws.com/_cat/indices?v'" % (REG, REG),
        lambda: RUST("TRACE", "archive_indexer::config", "Config { opensearch: OpenSearchConfig { url: \"https://search-records.%s.es.amazonaws.com\", username: \"indexer\", password: \"<redacted>\" }, workers: 16 }" % REG),
        lambda: RUST("INFO", "archive_indexer::bulk", "bulk indexed %d docs into records-2030 in %d ms (errors: false, 0 failed)" % (R.randint(50, 500), R.randint(40, 3000))),
        lambda: RUST("DEBUG", "archive_indexer::worker", "skip protocollo/%d/REC-%d-%06d/scan-001.pdf: etag \"%s\" unchanged since last index" % (R.randint(1968, 2030), R.randint(1968, 2030), R.randint(1, 999999), H(32))),
        lambda: "TAXCALC  0300I 2030-07-%02d %s TAXPAYER %s%s%s%s%s EXEMPT (INCOME BELOW THRESHOLD), SURCHARGE 0,00" % (DAY(), HMS(), rs(string.ascii_uppercase, 6), D(2), R.choice("ABCDEHLMPRST"), D(2), R.choice("ABCDEFGHILM") + D(3) + R.choice(string.ascii_uppercase)),
        lambda: "%s  /scratch/out/TAXOUT.TX%s.dat" % (H(64), D(6)),
        lambda: "IMAGE=%s.dkr.ecr.%s.amazonaws.com/fv/taxcalc@sha256:%s" % (ACCT, REG, H(64)),
        lambda: WLS("Info", "CaseMgmt", "CASE-0100", "Case CM-2030-%06d status changed UNDER_REVIEW -> DECISION_PENDING by clerk.%s (trace %s)" % (R.randint(1000, 99999), L(5), H(32))),
        lambda: PYL("INFO", "docscan.worker", "job done: output s3://fernvale-docscan-out/upload-%s.pdf etag \"%s\" versionId %s kms arn:aws:kms:%s:%s:key/%s" % (D(8), H(32), rs(URLS, 32), REG, ACCT, UUID())),
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
                if not any(m in secret for m in MARKS):
                    raise SystemExit("secret without marker: %s %s" % (kind, secret))
                if msg.count(secret) != 1:
                    raise SystemExit("secret value not unique in its line: " + msg)
            elif any(m in msg for m in MARKS):
                raise SystemExit("clean line carries a marker: " + msg)
            f.write(json.dumps({"message": msg, "kind": kind, "secret": secret}, ensure_ascii=False) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
