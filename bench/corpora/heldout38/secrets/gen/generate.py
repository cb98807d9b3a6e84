"""Seeded generator of bench/corpora/heldout38/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). Twilio auth tokens (32 lower-case
hex) cannot show one. main() refuses a duplicate message, a secret not in its message or occurring twice in it, any
AKIA/ASIA anywhere, a marker in a clean line and a marked kind without a marker.
(heldout37's helper layer with the seed, the month (January 2030), region ca-central-1 and all templates new for this
round's healthcare platform: HAPI FHIR, Keycloak, Mirth Connect, Orthanc, Node.js Lambda, FastAPI/loguru, Go de-id
pipeline, Celery reminders.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout38/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("twilio-auth-token",)
ACCT = "602914738351"
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
    return "2030-01-%02dT%s.%sZ" % (DAY(), HMS(), D(3))


def EP():
    return 1893456000 + R.randint(86400, 2400000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.randint(40, 44), R.randint(0, 255), R.randint(4, 254))


def PUB():
    return "%d.%d.%d.%d" % (R.choice([24, 67, 73, 98, 104, 174, 207]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def SB(level, logger, msg):
    return "2030-01-%02dT%s.%sZ %5s 1 --- [cobaltcare-fhir] [%s] %-40s : %s" % (DAY(), HMS(), D(3), level, ("nio-8080-exec-%d" % R.randint(1, 60))[-15:].rjust(15), logger, msg)


def KC(level, logger, msg):
    return jd({"timestamp": "2030-01-%02dT%s.%sZ" % (DAY(), HMS(), D(9)), "sequence": R.randint(1000, 90000), "loggerClassName": "org.jboss.logging.Logger",
               "loggerName": logger, "level": level, "message": msg, "threadName": "executor-thread-%d" % R.randint(1, 80), "threadId": R.randint(20, 200),
               "mdc": {}, "ndc": "", "hostName": "ip-10-42-%d-%d.ca-central-1.compute.internal" % (R.randint(3, 5), R.randint(4, 250)),
               "processName": "QuarkusEntryPoint", "processId": 1})


def MC(level, thread, cat, msg):
    return "%-5s 2030-01-%02d %s,%s [%s] %s: %s" % (level, DAY(), HMS(), D(3), thread, cat, msg)


def OG(sev, thread, src, msg):
    return "%s01%02d %s.%s %20s %s] %s" % (sev, DAY(), HMS(), D(6), thread, src, msg)


def NJ(level, msg, **kv):
    d = {"timestamp": TS(), "level": level, "requestId": UUID(), "message": msg}
    d.update(kv)
    return jd(d)


def LG(level, where, msg):
    return "2030-01-%02d %s.%s | %-8s | %s - %s" % (DAY(), HMS(), D(3), level, where, msg)


def SL(level, msg, **kv):
    s = "time=%s level=%s msg=\"%s\"" % (TS(), level, msg)
    for k, v in kv.items():
        v = str(v)
        s += " %s=%s" % (k, ('"%s"' % v.replace('"', '\\"')) if (" " in v or '"' in v or "=" in v) else v)
    return s


def CL(level, proc, msg):
    return "[2030-01-%02d %s,%s: %s/%s] %s" % (DAY(), HMS(), D(3), level, proc, msg)


# ------------------------------------------------------------------ secret shapes (all invented)
def KC_SECRET():
    return MARK(rs(AN, 32))


def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": A(43)}).encode())
    pl = b64u(jd({"exp": EP() + 300, "iat": EP(), "jti": UUID(), "iss": "https://sso.cobaltcare.example/realms/clinicians", "aud": R.choice(["hapi-fhir", "account"]),
                  "sub": UUID(), "typ": "Bearer", "azp": R.choice(["cobaltchart-web", "cc-portal", "ehr-smart-launch"]), "scope": "openid fhirUser patient/*.rs"}).encode())
    return "%s.%s.%s" % (hdr, pl, MARK(rs(URLS, 342)))


def TW_TOKEN():
    return rs(HEX, 32)


def TW_API_SECRET():
    return MARK(rs(AN, 32))


def SES_SMTP():
    return "B" + MARK(rs(AN + "+/", 43))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def DEK():
    return MARK(rs(B64, 43)) + "="


def FERNET():
    return MARK(rs(URLS, 43)) + "="


def REDIS_TOKEN():
    return MARK(rs(AN, 48))


def HOST_RDS(name):
    return "%s.cluster-c%s.%s.rds.amazonaws.com" % (name, L(11), REG)


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(7):
        s = KC_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("keycloak-client-secret", KC("DEBUG", "org.keycloak.services.resources.admin.ClientResource", "client representation: {\"clientId\":\"cc-portal\",\"publicClient\":false,\"clientAuthenticatorType\":\"client-secret\",\"secret\":\"%s\"}" % s), s)
        elif t == 1:
            P("keycloak-client-secret", "OIDC_ISSUER=https://sso.cobaltcare.example/realms/patients\nOIDC_CLIENT_ID=cc-portal\nOIDC_CLIENT_SECRET=%s\nUVICORN_WORKERS=4" % s, s)
        else:
            P("keycloak-client-secret", "+ curl -s -X POST https://sso.cobaltcare.example/realms/clinicians/protocol/openid-connect/token -d grant_type=client_credentials -d client_id=cc-deid-pipeline -d client_secret=%s" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("keycloak-admin-password", "KC_BOOTSTRAP_ADMIN_USERNAME=ccadmin\nKC_BOOTSTRAP_ADMIN_PASSWORD=%s\nKC_DB=postgres\nKC_HOSTNAME=https://sso.cobaltcare.example" % s, s)
        elif t == 1:
            P("keycloak-admin-password", "+ /opt/keycloak/bin/kcadm.sh config credentials --server http://localhost:8080 --realm master --user ccadmin --password %s" % s, s)
        else:
            P("keycloak-admin-password", KC("DEBUG", "org.keycloak.quarkus.runtime.cli.Picocli", "effective options: --db=postgres --hostname=https://sso.cobaltcare.example --bootstrap-admin-username=ccadmin --bootstrap-admin-password=%s --log-console-output=json" % s), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("ldap-bind-password", KC("DEBUG", "org.keycloak.storage.ldap.LDAPStorageProviderFactory", "component config corp-ad: {connectionUrl=[ldaps://ad1.corp.cobaltcare.example:636], bindDn=[cn=svc-keycloak-ldap,ou=Service Accounts,dc=corp,dc=cobaltcare,dc=example], bindCredential=[%s], editMode=[READ_ONLY]}" % s), s)
        elif t == 1:
            P("ldap-bind-password", "+ ldapsearch -H ldaps://ad2.corp.cobaltcare.example:636 -D 'cn=svc-keycloak-ldap,ou=Service Accounts,dc=corp,dc=cobaltcare,dc=example' -w '%s' -b 'ou=Clinicians,dc=corp,dc=cobaltcare,dc=example' '(sAMAccountName=dr.%s)'" % (s, L(6)), s)
        else:
            P("ldap-bind-password", "LDAP_BIND_DN=cn=svc-keycloak-ldap,ou=Service Accounts,dc=corp,dc=cobaltcare,dc=example\nLDAP_BIND_PASSWORD=%s\nLDAP_URL=ldaps://ad1.corp.cobaltcare.example:636" % s, s)
    for _ in range(7):
        s = MARK(rs(URLS, 48))
        t = R.randint(0, 2)
        if t == 0:
            P("smart-client-secret", LG("DEBUG", "app.clients.ehr:configure:%d" % R.randint(20, 40), "EHR SMART backend client: {'client_id': 'cobaltcare-portal-prod', 'client_secret': '%s', 'token_url': 'https://ehr.northgate-hospital.example/oauth2/token'}" % s), s)
        elif t == 1:
            P("smart-client-secret", SB("DEBUG", "c.c.fhir.smart.EhrLaunchConfig", "loaded EHR launch client northgate: clientId=cobaltcare-fhir clientSecret=%s scopes=[launch, openid, fhirUser]" % s), s)
        else:
            P("smart-client-secret", "EHR_SMART_CLIENT_ID=cobaltcare-portal-prod\nEHR_SMART_CLIENT_SECRET=%s\nEHR_FHIR_BASE=https://ehr.northgate-hospital.example/fhir/r4" % s, s)
    for _ in range(7):
        s = JWT()
        t = R.randint(0, 2)
        if t == 0:
            P("jwt", SB("DEBUG", "c.c.fhir.security.SmartAuthInterceptor", "request headers: {accept=application/fhir+json, authorization=Bearer %s, x-request-id=%s}" % (s, UUID())), s)
        elif t == 1:
            P("jwt", LG("INFO", "uvicorn.protocols.http.httptools_impl:send:476", '%s:%d - "GET /api/v1/records/%d/download?access_token=%s HTTP/1.1" 200' % (IP(), R.randint(30000, 65000), R.randint(10000, 999999), s)), s)
        else:
            P("jwt", MC("DEBUG", "Destination Queue Thread 1 on ORU to FHIR (%s), HTTP Sender (1)" % H(8), "com.mirth.connect.connectors.http.HttpDispatcher", "Request headers: Content-Type=application/fhir+json; Authorization=Bearer %s" % s), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("sftp-password", MC("DEBUG", "Deploy Thread 2", "com.mirth.connect.server.controllers.DefaultChannelController", "connector properties: <scheme>SFTP</scheme><host>sftp.clearinghouse.example/inbound/cobaltcare</host><username>cobaltcare_up</username><password>%s</password><anonymous>false</anonymous>" % s), s)
        elif t == 1:
            P("sftp-password", MC("INFO", "Destination Queue Thread 1 on Claims 837 Out (%s), File Writer (1)" % UUID(), "com.mirth.connect.connectors.file.FileDispatcher", "Writing 837P_%s.x12 to sftp://cobaltcare_up:%s@sftp.clearinghouse.example:22/inbound/cobaltcare/" % (D(8), s)), s)
        else:
            P("sftp-password", "CLEARINGHOUSE_SFTP_HOST=sftp.clearinghouse.example\nCLEARINGHOUSE_SFTP_USER=cobaltcare_up\nCLEARINGHOUSE_SFTP_PASSWORD=%s" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("orthanc-password", OG("I", "MAIN", "OrthancConfiguration.cpp:%d" % R.randint(300, 320), "Configuration: {\"AuthenticationEnabled\": true, \"RegisteredUsers\": {\"router\": \"%s\"}, \"DicomAet\": \"CC_ROUTER2\"}" % s), s)
        elif t == 1:
            P("orthanc-password", OG("I", "MAIN", "OrthancConfiguration.cpp:%d" % R.randint(300, 320), "Orthanc peer \"cloud-pacs\": {\"Url\": \"https://pacs.cobaltcare.example/orthanc/\", \"Username\": \"ccrouter\", \"Password\": \"%s\"}" % s), s)
        else:
            P("orthanc-password", "+ curl -s -u router:%s http://localhost:8042/modalities/READ_WS_01/echo -X POST -d '{}'" % s, s)
    for _ in range(7):
        s = TW_TOKEN()
        t = R.randint(0, 2)
        sid = "AC" + H(32)
        if t == 0:
            P("twilio-auth-token", "TWILIO_ACCOUNT_SID=%s\nTWILIO_AUTH_TOKEN=%s\nTWILIO_MESSAGING_SERVICE_SID=MG%s" % (sid, s, H(32)), s)
        elif t == 1:
            P("twilio-auth-token", CL("DEBUG", "MainProcess", "twilio client: Client(username='%s', password='%s', region=None, edge=None)" % (sid, s)), s)
        else:
            P("twilio-auth-token", "+ curl -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json -u %s:%s --data-urlencode 'To=+1613555%04d' --data-urlencode 'Body=test'" % (sid, sid, s, R.randint(100, 199)), s)
    for _ in range(7):
        s = TW_API_SECRET()
        t = R.randint(0, 1)
        if t == 0:
            P("twilio-api-key-secret", "TWILIO_API_KEY=SK%s\nTWILIO_API_SECRET=%s\nREMINDER_QUEUE=cc-reminders" % (H(32), s), s)
        else:
            P("twilio-api-key-secret", CL("DEBUG", "ForkPoolWorker-%d" % R.randint(1, 8), "twilio settings: {'api_key': 'SK%s', 'api_secret': '%s', 'account_sid': 'AC%s'}" % (H(32), s, H(32))), s)
    for _ in range(7):
        s = SES_SMTP()
        t = R.randint(0, 2)
        if t == 0:
            P("ses-smtp-password", KC("DEBUG", "org.keycloak.email.DefaultEmailSenderProvider", "smtpServer: {host=email-smtp.ca-central-1.amazonaws.com, port=587, starttls=true, auth=true, user=%s, password=%s, from=no-reply@cobaltcare.example}" % ("sesuser-" + L(8), s)), s)
        elif t == 1:
            P("ses-smtp-password", "SMTP_HOST=email-smtp.ca-central-1.amazonaws.com\nSMTP_USERNAME=sesuser-%s\nSMTP_PASSWORD=%s" % (L(8), s), s)
        else:
            P("ses-smtp-password", "+ swaks --server email-smtp.ca-central-1.amazonaws.com:587 --tls --auth LOGIN --auth-user sesuser-%s --auth-password '%s' --to ops@cobaltcare.example" % (L(8), s), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 3)
        if t == 0:
            P("db-password", SB("INFO", "c.u.f.j.starter.AppProperties", "datasource url=jdbc:postgresql://%s:5432/hapi?user=hapi_app&password=%s&sslmode=require" % (HOST_RDS("cc-fhir"), s)), s)
        elif t == 1:
            P("db-password", "SPRING_DATASOURCE_URL=jdbc:postgresql://%s:5432/hapi\nSPRING_DATASOURCE_USERNAME=hapi_app\nSPRING_DATASOURCE_PASSWORD=%s" % (HOST_RDS("cc-fhir"), s), s)
        elif t == 2:
            P("db-password", LG("DEBUG", "app.db:init_engine:%d" % R.randint(10, 30), "engine url postgresql+asyncpg://portal_app:%s@%s:5432/portal" % (s, HOST_RDS("cc-portal"))), s)
        else:
            P("db-password", MC("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth", "mirth.properties: database = postgres, database.url = jdbc:postgresql://%s:5432/mirthdb, database.username = mirth, database.password = %s" % (HOST_RDS("cc-mirthdb"), s)), s)
    for _ in range(7):
        s = AWS_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("aws-secret-access-key", "AWS_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nEXPORT_BUCKET=cc-healthlake-exports-prod" % (REG, s), s)
        elif t == 1:
            P("aws-secret-access-key", SL("DEBUG", "static credentials loaded", source="env", secret_access_key=s, region=REG), s)
        else:
            P("aws-secret-access-key", NJ("DEBUG", "credential provider chain resolved", provider="fromIni", credentials={"secretAccessKey": s, "expiration": None}), s)
    for _ in range(7):
        t = R.randint(0, 2)
        if t == 0:
            s = DEK()
            P("data-encryption-key", "DEID_HMAC_KEY=%s\nDEID_DATE_SHIFT_MAX_DAYS=365\nRESEARCH_BUCKET=cc-research-deid-ca" % s, s)
        elif t == 1:
            s = DEK()
            P("data-encryption-key", SL("DEBUG", "pseudonymisation key unwrapped", key_id="arn:aws:kms:%s:%s:key/%s" % (REG, ACCT, UUID()), plaintext_b64=s), s)
        else:
            s = FERNET()
            P("data-encryption-key", LG("DEBUG", "app.config:load:%d" % R.randint(40, 60), "settings: FIELD_ENCRYPTION_KEY='%s' SESSION_TTL=1800" % s), s)
    for _ in range(7):
        s = REDIS_TOKEN()
        t = R.randint(0, 1)
        host = "master.cc-portal-sessions.x4k9qe.cac1.cache.amazonaws.com"
        if t == 0:
            P("redis-auth-token", "REDIS_URL=rediss://:%s@%s:6379/0\nSESSION_COOKIE_SECURE=true" % (s, host), s)
        else:
            P("redis-auth-token", LG("DEBUG", "app.auth.sessions:connect:%d" % R.randint(20, 30), "connecting to session store rediss://default:%s@%s:6379/0" % (s, host)), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("mirth-keystore-password", MC("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth", "mirth.properties: keystore.path = ${dir.appdata}/keystore.jks, keystore.storepass = %s, keystore.keypass = ********, keystore.type = JCEKS" % s), s)
        elif t == 1:
            P("mirth-keystore-password", "+ keytool -list -keystore /opt/connect/appdata/keystore.jks -storetype JCEKS -storepass '%s'" % s, s)
        else:
            P("mirth-keystore-password", "KEYSTORE_STOREPASS=%s\nKEYSTORE_KEYPASS=<from Secrets Manager>\nDATABASE=postgres" % s, s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: KC("INFO", "org.keycloak.events", "type=\"CLIENT_LOGIN\", realmId=\"%s\", realmName=\"clinicians\", clientId=\"cc-deid-pipeline\", userId=\"%s\", ipAddress=\"%s\", grant_type=\"client_credentials\"" % (UUID(), UUID(), IP())),
        lambda: KC("DEBUG", "org.keycloak.services.resources.admin.ClientResource", "client representation: {\"clientId\":\"cc-portal\",\"publicClient\":false,\"clientAuthenticatorType\":\"client-secret\",\"secret\":\"**********\"}"),
        lambda: "OIDC_ISSUER=https://sso.cobaltcare.example/realms/patients\nOIDC_CLIENT_ID=cc-portal\nOIDC_CLIENT_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:cc/prod/portal-oidc-%s" % (REG, ACCT, A(6)),
        lambda: "KC_BOOTSTRAP_ADMIN_USERNAME=ccadmin\nKC_BOOTSTRAP_ADMIN_PASSWORD=${ssm:/cc/prod/keycloak/admin-password}\nKC_DB=postgres",
        lambda: KC("INFO", "org.keycloak.services", "KC-SERVICES0077: Created temporary admin user with username ccadmin"),
        lambda: KC("DEBUG", "org.keycloak.storage.ldap.LDAPStorageProviderFactory", "component config corp-ad: {connectionUrl=[ldaps://ad1.corp.cobaltcare.example:636], bindDn=[cn=svc-keycloak-ldap,ou=Service Accounts,dc=corp,dc=cobaltcare,dc=example], bindCredential=[**********], editMode=[READ_ONLY]}"),
        lambda: KC("WARN", "org.keycloak.events", "type=\"LOGIN_ERROR\", realmId=\"%s\", realmName=\"clinicians\", clientId=\"cobaltchart-web\", userId=\"%s\", ipAddress=\"%s\", error=\"invalid_user_credentials\", username=\"dr.%s\"" % (UUID(), UUID(), IP(), L(6))),
        lambda: LG("DEBUG", "app.clients.ehr:configure:%d" % R.randint(20, 40), "EHR SMART backend client: {'client_id': 'cobaltcare-portal-prod', 'client_secret': '<redacted>', 'token_url': 'https://ehr.northgate-hospital.example/oauth2/token'}"),
        lambda: SB("INFO", "c.c.fhir.smart.EhrLaunchConfig", "loaded EHR launch client northgate: clientId=cobaltcare-fhir clientSecret=[PROTECTED] scopes=[launch, openid, fhirUser]"),
        lambda: SB("DEBUG", "c.c.fhir.security.SmartAuthInterceptor", "request headers: {accept=application/fhir+json, authorization=Bearer [redacted], x-request-id=%s}" % UUID()),
        lambda: SB("INFO", "c.c.fhir.security.SmartAuthInterceptor", "token accepted: kid=%s sub=%s azp=cobaltchart-web scope=\"openid fhirUser patient/*.rs\" jti=%s" % (A(43), UUID(), UUID())),
        lambda: LG("INFO", "uvicorn.protocols.http.httptools_impl:send:476", '%s:%d - "GET /api/v1/records/%d/download HTTP/1.1" 200' % (IP(), R.randint(30000, 65000), R.randint(10000, 999999))),
        lambda: SB("INFO", "fhir.access", "status=200 GET /fhir/Patient/%d read Patient duration=%dms ua=\"CobaltChart/4.2\"" % (R.randint(100000, 9999999), R.randint(3, 400))),
        lambda: SB("INFO", "fhir.access", "status=201 POST /fhir/Observation create Observation id=Observation/%d/_history/1 etag=W/\"1\"" % R.randint(100000, 9999999)),
        lambda: MC("INFO", "ADT Inbound JavaScript Transformer Thread on ADT Inbound (6f0e1c2a)", "transformer", "ADT^A08 EPC%s processed for MRN CC%07d (MSH-10 control id EPC%s)" % (D(10), R.randint(1000000, 9999999), D(10))),
        lambda: MC("DEBUG", "Deploy Thread 2", "com.mirth.connect.server.controllers.DefaultChannelController", "connector properties: <scheme>SFTP</scheme><host>sftp.clearinghouse.example/inbound/cobaltcare</host><username>cobaltcare_up</username><password>${CLEARINGHOUSE_SFTP_PASSWORD}</password>"),
        lambda: MC("INFO", "Destination Queue Thread 1 on Claims 837 Out (%s), File Writer (1)" % UUID(), "com.mirth.connect.connectors.file.FileDispatcher", "Writing 837P_%s.x12 to sftp://cobaltcare_up@sftp.clearinghouse.example:22/inbound/cobaltcare/ (host key SHA256:%s)" % (D(8), rs(B64, 43))),
        lambda: MC("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth", "mirth.properties: keystore.path = ${dir.appdata}/keystore.jks, keystore.storepass = ********, keystore.keypass = ********, keystore.type = JCEKS"),
        lambda: MC("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth", "mirth.properties: database = postgres, database.url = jdbc:postgresql://%s:5432/mirthdb, database.username = mirth, database.password = ****" % HOST_RDS("cc-mirthdb")),
        lambda: MC("INFO", "Main Server Thread", "com.mirth.connect.server.Mirth", "Server ID %s, encryption algorithm AES/CBC/PKCS5Padding, key length 256 (key stored in keystore alias 'encryption')" % UUID()),
        lambda: OG("I", "MAIN", "OrthancConfiguration.cpp:%d" % R.randint(300, 320), "Configuration: {\"AuthenticationEnabled\": true, \"RegisteredUsers\": {\"router\": \"<hidden>\"}, \"DicomAet\": \"CC_ROUTER2\"}"),
        lambda: OG("I", "DICOM-%d" % R.randint(1, 12), "ServerContext.cpp:%d" % R.randint(700, 720), "New instance stored (%s)" % "-".join(H(8) for _ in range(5))),
        lambda: OG("I", "DICOM-%d" % R.randint(1, 12), "CommandDispatcher.cpp:455", "Association Received from AET CT_SCAN_0%d on IP %s (StudyInstanceUID 1.2.840.113619.2.%d.%d.%d)" % (R.randint(1, 2), IP(), R.randint(100, 999), R.randint(1000000, 9999999), R.randint(1000, 99999))),
        lambda: OG("I", "HTTP-%d" % R.randint(0, 30), "HttpServer.cpp:1251", "GET /studies/%s/archive (user router, basic auth)" % "-".join(H(8) for _ in range(5))),
        lambda: "TWILIO_ACCOUNT_SID=AC%s\nTWILIO_AUTH_TOKEN_ARN=arn:aws:secretsmanager:%s:%s:secret:cc/prod/twilio-%s\nTWILIO_MESSAGING_SERVICE_SID=MG%s" % (H(32), REG, ACCT, A(6), H(32)),
        lambda: CL("INFO", "ForkPoolWorker-%d" % R.randint(1, 8), "Task reminders.tasks.send_sms[%s] succeeded in %.3fs: {'sid': 'SM%s', 'status': 'accepted'}" % (UUID(), R.uniform(0.1, 2), H(32))),
        lambda: CL("DEBUG", "ForkPoolWorker-%d" % R.randint(1, 8), "twilio request signature X-Twilio-Signature=%s validated for /hooks/twilio/status" % rs(B64, 27) + "="),
        lambda: "TWILIO_API_KEY=SK%s\nTWILIO_API_SECRET=\nREMINDER_QUEUE=cc-reminders" % H(32),
        lambda: CL("DEBUG", "MainProcess", "twilio client: Client(username='SK%s', password='***', account_sid='AC%s')" % (H(32), H(32))),
        lambda: KC("DEBUG", "org.keycloak.email.DefaultEmailSenderProvider", "smtpServer: {host=email-smtp.ca-central-1.amazonaws.com, port=587, starttls=true, auth=true, user=sesuser-%s, password=**********, from=no-reply@cobaltcare.example}" % L(8)),
        lambda: CL("INFO", "ForkPoolWorker-%d" % R.randint(1, 8), "Task reminders.tasks.send_email[%s] succeeded in %.3fs: {'MessageId': '0101%s-%s-000000'}" % (UUID(), R.uniform(0.05, 1), H(12), UUID())),
        lambda: "SMTP_HOST=email-smtp.ca-central-1.amazonaws.com\nSMTP_USERNAME=sesuser-%s\nSMTP_PASSWORD_SECRET=cc/prod/ses-smtp" % L(8),
        lambda: SB("INFO", "c.u.f.j.starter.AppProperties", "datasource url=jdbc:postgresql://%s:5432/hapi?user=hapi_app&sslmode=require (password from AWS Secrets Manager)" % HOST_RDS("cc-fhir")),
        lambda: "SPRING_DATASOURCE_URL=jdbc:postgresql://%s:5432/hapi\nSPRING_DATASOURCE_USERNAME=hapi_app\nSPRING_DATASOURCE_PASSWORD=" % HOST_RDS("cc-fhir"),
        lambda: LG("DEBUG", "app.db:init_engine:%d" % R.randint(10, 30), "engine url postgresql+asyncpg://portal_app:***@%s:5432/portal" % HOST_RDS("cc-portal")),
        lambda: SB("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        lambda: "AWS_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nEXPORT_BUCKET=cc-healthlake-exports-prod" % (REG, UUID()),
        lambda: SL("DEBUG", "credentials resolved", source="ecs-task-role", role_arn="arn:aws:iam::%s:role/cc-deid-task-role" % ACCT, expires="2030-01-%02dT%s" % (DAY(), HMS())),
        lambda: NJ("DEBUG", "credential provider chain resolved", provider="fromEnv", accessKeyId="****", sessionToken=True),
        lambda: SL("INFO", "pseudonymisation key unwrapped", key_id="arn:aws:kms:%s:%s:key/%s" % (REG, ACCT, UUID()), key_sha256=H(16), key_version=R.randint(2, 9)),
        lambda: "DEID_HMAC_KEY_CIPHERTEXT_S3=s3://cc-deid-keys/hmac-%d.bin\nDEID_DATE_SHIFT_MAX_DAYS=365\nRESEARCH_BUCKET=cc-research-deid-ca" % R.randint(2, 9),
        lambda: SL("INFO", "patient pseudonymised", patient_hash=H(64), shift_days=R.randint(-365, 365)),
        lambda: "REDIS_URL=rediss://master.cc-portal-sessions.x4k9qe.cac1.cache.amazonaws.com:6379/0\nREDIS_AUTH_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:cc/prod/portal-redis-%s" % (REG, ACCT, A(6)),
        lambda: LG("DEBUG", "app.auth.sessions:connect:%d" % R.randint(20, 30), "connecting to session store rediss://default:****@master.cc-portal-sessions.x4k9qe.cac1.cache.amazonaws.com:6379/0"),
        lambda: LG("INFO", "app.auth.sessions:create:%d" % R.randint(40, 60), "session %s… created for account %d (ttl 1800s)" % (H(8), R.randint(10000, 99999))),
        lambda: NJ("INFO", "resource written", resourceType="Patient", id=UUID(), versionId="1", lastModified=TS(), etag="W/\"1\""),
        lambda: NJ("INFO", "StartDICOMImportJob submitted", jobId=H(32), datastoreId=H(32), dataAccessRoleArn="arn:aws:iam::%s:role/cc-healthimaging-data-access-v2" % ACCT),
        lambda: jd({"time": TS(), "type": "platform.report", "record": {"requestId": UUID(), "metrics": {"durationMs": round(R.uniform(40, 9000), 3), "billedDurationMs": R.randint(41, 9001), "memorySizeMB": 512, "maxMemoryUsedMB": R.randint(90, 300)}, "status": "success"}}),
        lambda: "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\\n-----END PUBLIC KEY-----" % rs(B64, 300),
        lambda: KC("INFO", "org.keycloak.services", "KC-SERVICES0009: Added user 'ccadmin' to realm 'master'"),
        lambda: LG("INFO", "app.api.records:download:%d" % R.randint(130, 150), "document %d streamed (%d bytes, sha256 %s)" % (R.randint(10000, 999999), R.randint(20000, 9000000), H(64))),
    ]
    seen = set()
    made = 0
    tries = 0
    while made < 95 and tries < 2000:
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
