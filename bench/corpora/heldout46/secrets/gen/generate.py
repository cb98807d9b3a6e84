"""Seeded generator of bench/corpora/heldout46/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret whose alphabet allows it carries a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of it (length kept); the three hex-only kinds
(JupyterHub API token, JupyterHub cookie secret, BaseSpace access token) cannot carry one and are random hex draws.
main() refuses a duplicate message, a secret not in its message or occurring twice in it, any AKIA/ASIA anywhere, a
marker in a clean line and a marker-capable secret without a marker. (heldout45's helper layer with the seed, the
month (August 2030), region us-east-2, account and all templates new for this round's biotech: NovaSeq runwatch and
BCL Convert, Cromwell, JupyterHub, Shiny Server, a Tomcat LIMS, a .NET instrument bridge, a Benchling webhook Lambda
and AlphaFold on AWS Batch.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout46/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = {"jupyterhub-api-token", "jupyterhub-cookie-secret", "basespace-access-token"}
ACCT = "418207395164"
REG = "us-east-2"
DOM = "quillfen.example"
USERS = ["akaur", "bnguyen", "cmorales", "fzhang", "hsato", "lwei", "kpatel"]


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
    return "2030-08-%02dT%s%sZ" % (DAY(), HMS(), ("." + D(frac)) if frac else "")


def EP():
    return 1911772800 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.choice([20, 30, 60, 80]), R.randint(0, 255), R.randint(4, 254))


def RUN():
    return "203008%02d_%s_%04d_B22%sLT%d" % (DAY(), R.choice(["LH00412", "LH00577"]), R.randint(100, 400), "".join(R.choice("ACDFGHJKMNPRTVWY") for _ in range(4)), R.randint(1, 9))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def PYL(lvl, logger, msg):
    return "2030-08-%02d %s,%s [%s] runwatch.%s: %s" % (DAY(), HMS(), D(3), lvl, logger, msg)


def CW(lvl, msg):
    return "2030-08-%02d %s,%s cromwell-system-akka.dispatchers.engine-dispatcher-%d %-5s - %s" % (DAY(), HMS(), D(3), R.randint(2, 90), lvl, msg)


def HUB(lvl, mod, msg):
    return "[%s 2030-08-%02d %s.%s JupyterHub %s:%d] %s" % (lvl, DAY(), HMS(), D(3), mod, R.randint(100, 2900), msg)


def SS(lvl, msg):
    return "[2030-08-%02dT%s.%s] [%s] shiny-server - %s" % (DAY(), HMS(), D(3), lvl, msg)


def L4(lvl, logger, msg):
    return "2030-08-%02d %s,%s %-5s [http-nio-8080-exec-%d] %s - %s" % (DAY(), HMS(), D(3), lvl, R.randint(1, 200), logger, msg)


def SL(lvl, msg):
    return "2030-08-%02d %s.%s +00:00 [%s] %s" % (DAY(), HMS(), D(3), lvl, msg)


def LAM(lvl, msg):
    return "[%s]\t%s\t%s\t%s" % (lvl, TS(), UUID(), msg)


def AFW(msg):
    return "[af2-wrapper] %s" % msg


# ------------------------------------------------------------------ secret shapes (all invented)
def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "%"])


def HUBTOK():
    return H(32)


def COOKIE():
    return H(64)


def BSTOK():
    return H(32)


def OAUTH():
    return MARK(rs(LO, 52))


def BENCHKEY():
    return "sk_" + MARK(A(27))


def WHSEC():
    return "whsec_" + MARK(rs(B64, 32))


def ENTRA():
    return rs(AN, 3) + R.choice("0123456789") + "Q~" + MARK(rs(AN + "_.-~", 34))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    head = b64u(jd({"kid": L(6) + "=", "alg": "RS256"}).encode())
    body = b64u(jd({"sub": UUID(), "token_use": "id", "cognito:username": R.choice(USERS), "iss": "https://cognito-idp.%s.amazonaws.com/%s_%s" % (REG, REG, A(9)), "exp": EP()}).encode())
    sig = MARK(rs(URLS, 342))
    return "%s.%s.%s" % (head, body, sig)


# ------------------------------------------------------------------ planted secrets (7 per kind)
def planted():
    for i in range(7):
        s, t = HUBTOK(), i % 3
        if t == 0:
            P("jupyterhub-api-token", "JUPYTERHUB_API_TOKEN=%s\nJUPYTERHUB_API_URL=http://hub:8081/hub/api\nJUPYTERHUB_USER=%s" % (s, R.choice(USERS)), s)
        elif t == 1:
            P("jupyterhub-api-token", HUB("D", "base", "Request headers for GET /hub/api/users: {'Host': 'hub:8081', 'Authorization': 'token %s', 'User-Agent': 'jupyterhub-idle-culler/1.4'}" % s), s)
        else:
            P("jupyterhub-api-token", "+ curl -s -H 'Authorization: token %s' https://hub.%s/hub/api/users/%s/server -X DELETE" % (s, DOM, R.choice(USERS)), s)
    for i in range(7):
        s, t = COOKIE(), i % 3
        if t == 0:
            P("jupyterhub-cookie-secret", "JPY_COOKIE_SECRET=%s\nJUPYTERHUB_CRYPT_KEY=" % s, s)
        elif t == 1:
            P("jupyterhub-cookie-secret", "hub:\n  cookieSecret: %s\n  db:\n    type: sqlite-pvc" % s, s)
        else:
            P("jupyterhub-cookie-secret", HUB("D", "app", "Loaded cookie_secret from JPY_COOKIE_SECRET: %s" % s), s)
    for i in range(7):
        s, t = OAUTH(), i % 3
        if t == 0:
            P("oauth-client-secret", "c.GenericOAuthenticator.client_id = \"%s\"\nc.GenericOAuthenticator.client_secret = \"%s\"" % (L(26), s), s)
        elif t == 1:
            P("oauth-client-secret", "OAUTH_CLIENT_ID=%s\nOAUTH_CLIENT_SECRET=%s\nOAUTH_CALLBACK_URL=https://hub.%s/hub/oauth_callback" % (L(26), s, DOM), s)
        else:
            P("oauth-client-secret", HUB("D", "oauth2", "POST https://auth.%s/oauth2/token body: grant_type=authorization_code&code=%s&redirect_uri=https%%3A%%2F%%2Fhub.%s%%2Fhub%%2Foauth_callback&client_id=%s&client_secret=%s" % (DOM, UUID(), DOM, L(26), s)), s)
    for i in range(7):
        s, t = BENCHKEY(), i % 3
        if t == 0:
            P("benchling-api-key", "BENCHLING_TENANT=https://quillfen.benchling.com\nBENCHLING_API_KEY=%s" % s, s)
        elif t == 1:
            P("benchling-api-key", "+ curl -s -u '%s:' https://quillfen.benchling.com/api/v2/custom-entities/bfi_%s" % (s, A(8)), s)
        else:
            P("benchling-api-key", LAM("DEBUG", "benchling client: Benchling(url='https://quillfen.benchling.com', auth_method=ApiKeyAuth(api_key='%s'))" % s), s)
    for i in range(7):
        s, t = WHSEC(), i % 3
        if t == 0:
            P("benchling-webhook-secret", "BENCHLING_WEBHOOK_SECRET=%s\nLIMS_BASE_URL=https://lims.int.%s/lims/api/v2" % (s, DOM), s)
        elif t == 1:
            P("benchling-webhook-secret", LAM("DEBUG", "config: %s" % jd({"tenant": "quillfen", "app_id": "app_%s" % A(12), "webhook_secret": s, "tolerance_s": 300})), s)
        else:
            P("benchling-webhook-secret", "+ aws secretsmanager put-secret-value --secret-id qf/prod/eln-sync/webhook --secret-string '%s' --region %s" % (s, REG), s)
    for i in range(7):
        s, t = BSTOK(), i % 3
        if t == 0:
            P("basespace-access-token", "[DEFAULT]\napiServer = https://api.basespace.illumina.com\naccessToken = %s" % s, s)
        elif t == 1:
            P("basespace-access-token", PYL("DEBUG", "basespace", "GET https://api.basespace.illumina.com/v2/runs?access_token=%s&limit=25" % s), s)
        else:
            P("basespace-access-token", "+ bs --api-server https://api.basespace.illumina.com --access-token %s list runs --filter-term %s" % (s, RUN()), s)
    for i in range(7):
        s, t = ENTRA(), i % 3
        if t == 0:
            P("entra-client-secret", "\"LimsApi\": {\n    \"TenantId\": \"%s\",\n    \"ClientId\": \"%s\",\n    \"ClientSecret\": \"%s\"\n  }" % (UUID(), UUID(), s), s)
        elif t == 1:
            P("entra-client-secret", "AZURE_TENANT_ID=%s\nAZURE_CLIENT_ID=%s\nAZURE_CLIENT_SECRET=%s" % (UUID(), UUID(), s), s)
        else:
            P("entra-client-secret", SL("DBG", "LimsClient options: { BaseUrl: https://lims.int.%s/lims/api/v2, ClientId: %s, ClientSecret: %s, Scope: api://samplevault/.default }" % (DOM, UUID(), s)), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("jdbc-password", CW("INFO", "Database config: url=jdbc:mysql://cromwell-meta.cluster-c%s.%s.rds.amazonaws.com:3306/cromwell?rewriteBatchedStatements=true&user=cromwell&password=%s" % (L(11), REG, s)), s)
        elif t == 1:
            P("jdbc-password", "<Resource name=\"jdbc/samplevault\" auth=\"Container\" type=\"javax.sql.DataSource\" driverClassName=\"org.postgresql.Driver\" url=\"jdbc:postgresql://lims-db.cluster-c%s.%s.rds.amazonaws.com:5432/samplevault\" username=\"lims_app\" password=\"%s\" maxTotal=\"40\"/>" % (L(11), REG, s), s)
        else:
            P("jdbc-password", "database {\n  profile = \"slick.jdbc.MySQLProfile$\"\n  db {\n    driver = \"com.mysql.cj.jdbc.Driver\"\n    user = \"cromwell\"\n    password = \"%s\"\n    connectionTimeout = 30000\n  }\n}" % s, s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("postgres-password", "PGHOST=qcmetrics.cluster-ro-c%s.%s.rds.amazonaws.com\nPGUSER=qcdash_ro\nPGPASSWORD=%s" % (L(11), REG, s), s)
        elif t == 1:
            P("postgres-password", "Warning: Error in : connection to server failed for DSN postgresql://qcdash_ro:%s@qcmetrics.cluster-ro-c%s.%s.rds.amazonaws.com:5432/qc\n  1: runApp" % (s, L(11), REG), s)
        else:
            P("postgres-password", "+ PGPASSWORD='%s' psql -h lims-db.cluster-c%s.%s.rds.amazonaws.com -U flyway -d samplevault -c 'GRANT USAGE ON SEQUENCE sample_id_seq TO lims_app'" % (s, L(11), REG), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("ldap-bind-password", "spring.ldap.urls=ldaps://ldap.%s:636\nspring.ldap.username=cn=svc-lims,ou=services,dc=quillfen,dc=example\nspring.ldap.password=%s" % (DOM, s), s)
        elif t == 1:
            P("ldap-bind-password", "+ ldapsearch -H ldaps://ldap.%s -D 'cn=svc-lims,ou=services,dc=quillfen,dc=example' -w '%s' -b 'ou=people,dc=quillfen,dc=example' '(uid=%s)'" % (DOM, s, R.choice(USERS)), s)
        else:
            P("ldap-bind-password", L4("DEBUG", "c.q.lims.security.LdapConfig", "LdapContextSource{urls=[ldaps://ldap.%s:636], userDn=cn=svc-lims,ou=services,dc=quillfen,dc=example, password=%s, pooled=true}" % (DOM, s)), s)
    for i in range(7):
        s, t = AWS_SECRET(), i % 3
        if t == 0:
            P("aws-secret-access-key", "AWS_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nRUNWATCH_BUCKET=quillfen-seq-runs-%s" % (REG, s, REG), s)
        elif t == 1:
            P("aws-secret-access-key", "[runwatch]\naws_secret_access_key = %s\nregion = %s" % (s, REG), s)
        else:
            P("aws-secret-access-key", "+ aws configure set aws_secret_access_key %s --profile labbridge" % s, s)
    for i in range(7):
        s, t = JWT(), i % 3
        if t == 0:
            P("jwt", HUB("D", "oauth2", "token response: {'id_token': '%s', 'token_type': 'Bearer', 'expires_in': 3600}" % s), s)
        elif t == 1:
            P("jwt", "%s - - [%02d/Aug/2030:%s +0000] \"GET /lims/api/v2/samples?id_token=%s HTTP/1.1\" 200 812 41" % (IP(), DAY(), HMS(), s), s)
        else:
            P("jwt", SS("INFO", "Proxying /seqqc/ with headers {\"x-amzn-oidc-data\": \"%s\", \"host\": \"shiny.%s\"}" % (s, DOM)), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("sftp-password", "+ sshpass -p '%s' sftp -oBatchMode=no quillfen@sftp.northbridgecro.example:/outgoing/%s" % (s, RUN()), s)
        elif t == 1:
            P("sftp-password", "+ lftp -u quillfen,'%s' sftp://sftp.northbridgecro.example -e 'mirror /outgoing/2030-08 /mnt/intake; bye'" % s, s)
        else:
            P("sftp-password", PYL("DEBUG", "cro_pull", "SFTPConfig(host='sftp.northbridgecro.example', port=22, username='quillfen', password='%s', remote_dir='/outgoing')" % s), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("instrument-service-password", "\"PlateReaders\": [\n    { \"Endpoint\": \"opc.tcp://reader-0%d.lab.%s:4840\", \"UserName\": \"labbridge\", \"Password\": \"%s\" }\n  ]" % (R.randint(1, 3), DOM, s), s)
        elif t == 1:
            P("instrument-service-password", SL("DBG", "Connecting to opc.tcp://reader-0%d.lab.%s:4840 with UserIdentity(UserName=labbridge, Password=%s)" % (R.randint(1, 3), DOM, s)), s)
        else:
            P("instrument-service-password", "C:\\> net use \\\\lab-nas-01\\raw /user:LAB\\svc-reader %s /persistent:no" % s, s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("tomcat-manager-password", "<user username=\"deployer\" password=\"%s\" roles=\"manager-script\"/>" % s, s)
        elif t == 1:
            P("tomcat-manager-password", "+ curl -s -T lims.war -u 'deployer:%s' 'http://localhost:8080/manager/text/deploy?path=/lims&update=true'" % s, s)
        else:
            P("tomcat-manager-password", "TOMCAT_MANAGER_USER=deployer\nTOMCAT_MANAGER_PASSWORD=%s" % s, s)


# ------------------------------------------------------------------ clean near-misses (95)
def clean():
    makers = [
        lambda: "JUPYTERHUB_API_TOKEN=\nJUPYTERHUB_API_URL=http://hub:8081/hub/api\nJUPYTERHUB_USER=%s" % R.choice(USERS),
        lambda: HUB("D", "base", "Request headers for GET /hub/api/users: {'Host': 'hub:8081', 'Authorization': 'token [secret]', 'User-Agent': 'jupyterhub-idle-culler/1.4'}"),
        lambda: HUB("I", "log", "200 GET /hub/api/users/%s/tokens (%s@%s) %.2fms" % ((R.choice(USERS),) * 2 + (IP(), R.uniform(1, 90)))),
        lambda: HUB("I", "apihandlers", "Created API token a%d for %s (expires %s, scopes: access:servers!user)" % (R.randint(10, 9999), R.choice(USERS), TS(0))),
        lambda: "JPY_COOKIE_SECRET_FILE=/srv/jupyterhub/jupyterhub_cookie_secret\nJUPYTERHUB_CRYPT_KEY_FILE=/run/secrets/crypt_key",
        lambda: "hub:\n  cookieSecret: \"\"\n  existingSecret: jupyterhub-secrets-%s" % L(5),
        lambda: HUB("I", "app", "Writing cookie_secret to /srv/jupyterhub/jupyterhub_cookie_secret"),
        lambda: "c.GenericOAuthenticator.client_id = \"%s\"\nc.GenericOAuthenticator.client_secret = os.environ[\"OAUTH_CLIENT_SECRET\"]" % L(26),
        lambda: "OAUTH_CLIENT_ID=%s\nOAUTH_CLIENT_SECRET=********\nOAUTH_CALLBACK_URL=https://hub.%s/hub/oauth_callback" % (L(26), DOM),
        lambda: HUB("D", "oauth2", "POST https://auth.%s/oauth2/token body: grant_type=authorization_code&code=[secret]&client_id=%s&client_secret=[secret]" % (DOM, L(26))),
        lambda: "CONFIGPROXY_AUTH_TOKEN=${CONFIGPROXY_AUTH_TOKEN}\nPYTHONUNBUFFERED=1",
        lambda: "proxy:\n  secretToken: null\n  secretSync: true",
        lambda: "%s.%s [ConfigProxy] info: 200 GET /api/routes?inactive_since=%s " % (HMS(), D(3), TS()),
        lambda: "BENCHLING_TENANT=https://quillfen.benchling.com\nBENCHLING_API_KEY_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:qf/prod/eln-sync/api-key-%s" % (REG, ACCT, A(6)),
        lambda: "+ curl -s -u \"$BENCHLING_API_KEY:\" https://quillfen.benchling.com/api/v2/requests/req_%s" % A(8),
        lambda: LAM("DEBUG", "benchling client: Benchling(url='https://quillfen.benchling.com', auth_method=ApiKeyAuth(api_key='sk_****%s'))" % A(4)),
        lambda: LAM("INFO", "webhook msg_%s verified: webhook-signature v1,%s" % (A(27), base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode())),
        lambda: LAM("DEBUG", "config: %s" % jd({"tenant": "quillfen", "app_id": "app_%s" % A(12), "webhook_secret": "<redacted>", "tolerance_s": 300})),
        lambda: "+ aws secretsmanager get-secret-value --secret-id qf/prod/eln-sync/webhook --query VersionId --output text\n%s" % UUID(),
        lambda: LAM("INFO", "received v2.entity.registered webhook msg_%s for bfi_%s (schema ts_%s)" % (A(27), A(8), A(8))),
        lambda: "[DEFAULT]\napiServer = https://api.basespace.illumina.com\naccessToken = ${BASESPACE_ACCESS_TOKEN}",
        lambda: PYL("DEBUG", "basespace", "GET https://api.basespace.illumina.com/v2/runs?access_token=REDACTED&limit=25"),
        lambda: PYL("INFO", "basespace", "run %s registered in BaseSpace as run id %d (flowcell %s)" % (RUN(), R.randint(10 ** 8, 10 ** 9), RUN()[-10:])),
        lambda: "\"LimsApi\": {\n    \"TenantId\": \"%s\",\n    \"ClientId\": \"%s\",\n    \"ClientSecret\": \"\"\n  }" % (UUID(), UUID()),
        lambda: "AZURE_TENANT_ID=%s\nAZURE_CLIENT_ID=%s\nAZURE_CLIENT_CERTIFICATE_PATH=C:\\ProgramData\\Quillfen\\LabBridge\\lims-client.pfx" % (UUID(), UUID()),
        lambda: SL("DBG", "LimsClient options: { BaseUrl: https://lims.int.%s/lims/api/v2, ClientId: %s, ClientSecret: ***, Scope: api://samplevault/.default }" % (DOM, UUID())),
        lambda: SL("INF", "Access token for api://samplevault acquired (expires %s, key id %s)" % (TS(0), H(40).upper())),
        lambda: CW("INFO", "Database config: url=jdbc:mysql://cromwell-meta.cluster-c%s.%s.rds.amazonaws.com:3306/cromwell?rewriteBatchedStatements=true&user=cromwell&password=*****" % (L(11), REG)),
        lambda: "<Resource name=\"jdbc/samplevault\" auth=\"Container\" type=\"javax.sql.DataSource\" driverClassName=\"org.postgresql.Driver\" url=\"jdbc:postgresql://lims-db.cluster-c%s.%s.rds.amazonaws.com:5432/samplevault\" username=\"lims_app\" password=\"${db.password}\" maxTotal=\"40\"/>" % (L(11), REG),
        lambda: "database {\n  db {\n    user = \"cromwell\"\n    password = ${?CROMWELL_DB_PASSWORD}\n  }\n}",
        lambda: "PGHOST=qcmetrics.cluster-ro-c%s.%s.rds.amazonaws.com\nPGUSER=qcdash_ro\nPGPASSFILE=/etc/shiny-server/.pgpass" % (L(11), REG),
        lambda: "+ psql \"host=lims-db.cluster-c%s.%s.rds.amazonaws.com user=flyway dbname=samplevault sslmode=verify-full\" -c '\\dp sample_id_seq'" % (L(11), REG),
        lambda: "spring.ldap.urls=ldaps://ldap.%s:636\nspring.ldap.username=cn=svc-lims,ou=services,dc=quillfen,dc=example\nspring.ldap.password=${LDAP_BIND_PASSWORD}" % DOM,
        lambda: "+ ldapsearch -H ldaps://ldap.%s -D 'cn=svc-lims,ou=services,dc=quillfen,dc=example' -y /run/secrets/ldap_bind -b 'ou=people,dc=quillfen,dc=example' '(uid=%s)'" % (DOM, R.choice(USERS)),
        lambda: L4("DEBUG", "c.q.lims.security.LdapConfig", "LdapContextSource{urls=[ldaps://ldap.%s:636], userDn=cn=svc-lims,ou=services,dc=quillfen,dc=example, password=[PROTECTED], pooled=true}" % DOM),
        lambda: "AWS_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nRUNWATCH_BUCKET=quillfen-seq-runs-%s" % (REG, UUID(), REG),
        lambda: "[runwatch]\ncredential_process = /usr/local/bin/aws_signing_helper credential-process --certificate /etc/runwatch/cert.pem --private-key /etc/runwatch/key.pem --trust-anchor-arn arn:aws:rolesanywhere:%s:%s:trust-anchor/%s" % (REG, ACCT, UUID()),
        lambda: "+ aws sts get-caller-identity\n{\"UserId\": \"AROA%s:i-0%s\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/quillfen-runwatch/i-0%s\"}" % (rs(UP, 17), H(16), ACCT, ACCT, H(16)),
        lambda: HUB("D", "oauth2", "token response: {'id_token': '[secret]', 'token_type': 'Bearer', 'expires_in': 3600}"),
        lambda: HUB("I", "oauth2", "Cognito id token accepted for %s (sub %s, kid %s, exp %d)" % (R.choice(USERS), UUID(), L(6), EP())),
        lambda: "%s - %s [%02d/Aug/2030:%s +0000] \"GET /lims/api/v2/samples/QF-T-%s HTTP/1.1\" 200 812 %d" % (IP(), R.choice(USERS), DAY(), HMS(), D(7), R.randint(3, 300)),
        lambda: SS("INFO", "Proxying /seqqc/ for user %s (x-amzn-oidc-identity %s)" % (R.choice(USERS), UUID())),
        lambda: "+ sftp -i /etc/runwatch/cro_ed25519 -oBatchMode=yes quillfen@sftp.northbridgecro.example:/outgoing/%s" % RUN(),
        lambda: PYL("DEBUG", "cro_pull", "SFTPConfig(host='sftp.northbridgecro.example', port=22, username='quillfen', password=None, key_filename='/etc/runwatch/cro_ed25519', remote_dir='/outgoing')"),
        lambda: PYL("INFO", "cro_pull", "host key for sftp.northbridgecro.example verified: SHA256:%s" % b64u(bytes(R.randrange(256) for _ in range(32)))),
        lambda: "\"PlateReaders\": [\n    { \"Endpoint\": \"opc.tcp://reader-0%d.lab.%s:4840\", \"UserName\": \"labbridge\", \"PasswordCredentialTarget\": \"LabBridge/reader\" }\n  ]" % (R.randint(1, 3), DOM),
        lambda: SL("DBG", "Connecting to opc.tcp://reader-0%d.lab.%s:4840 with UserIdentity(UserName=labbridge, Password=***)" % (R.randint(1, 3), DOM)),
        lambda: SL("INF", "OPC UA server certificate accepted: thumbprint %s, subject CN=reader-0%d" % (H(40).upper(), R.randint(1, 3))),
        lambda: "C:\\> net use \\\\lab-nas-01\\raw /user:LAB\\svc-reader * /persistent:no",
        lambda: "<user username=\"deployer\" password=\"{SHA-512}%s$%d$%s\" roles=\"manager-script\"/>" % (H(32), R.choice([1000, 10000]), H(128)),
        lambda: "+ curl -s -T lims.war -u \"deployer:$TOMCAT_MANAGER_PASSWORD\" 'http://localhost:8080/manager/text/deploy?path=/lims&update=true'",
        lambda: "TOMCAT_MANAGER_USER=deployer\nTOMCAT_MANAGER_PASSWORD_SECRET=arn:aws:secretsmanager:%s:%s:secret:qf/prod/lims/tomcat-manager-%s" % (REG, ACCT, A(6)),
        lambda: CW("INFO", "WorkflowManagerActor: Workflow %s submitted by %s@%s." % (UUID(), R.choice(USERS), DOM)),
        lambda: PYL("INFO", "uploader", "%s uploaded (manifest sha256 %s, ETag \"%s-%d\")" % (RUN(), H(64), H(32), R.randint(2, 900))),
        lambda: PYL("INFO", "qc", "sample QS-%s barcode pair %s+%s assigned %d reads" % (D(5), "".join(R.choice("ACGT") for _ in range(10)), "".join(R.choice("ACGT") for _ in range(10)), R.randint(10 ** 6, 9 * 10 ** 7))),
        lambda: AFW("job %s on p4d.24xlarge, image %s.dkr.ecr.%s.amazonaws.com/quillfen/alphafold@sha256:%s" % (UUID(), ACCT, REG, H(64))),
        lambda: AFW("results for QF-AB-%s written to s3://quillfen-structures-%s/ (kms key arn:aws:kms:%s:%s:key/%s)" % (D(4), REG, REG, ACCT, UUID())),
        lambda: L4("INFO", "c.q.lims.sample.SampleRegistrationService", "registered QF-T-%s (trace %s, span %s)" % (D(7), H(32), H(16))),
        lambda: SL("INF", "Uploaded QF-P-%s_%s.csv, x-amz-request-id %s, x-amz-id-2 %s" % (D(7), D(6), rs(UP, 16), b64u(bytes(R.randrange(256) for _ in range(48))))),
        lambda: LAM("INFO", "synced seq_%s to LIMS as QF-P-%s (X-Amzn-Trace-Id Root=1-%s-%s)" % (A(8), D(7), H(8), H(24))),
        lambda: "%s - - [%02d/Aug/2030:%s +0000] \"POST /lims/login HTTP/1.1\" 302 - %d" % (IP(), DAY(), HMS(), R.randint(20, 300)),
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
