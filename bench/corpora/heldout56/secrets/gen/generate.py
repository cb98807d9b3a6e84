"""Seeded generator of bench/corpora/heldout56/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret carries a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of it (length kept), except the one hex-only kind (Adyen webhook HMAC key,
64 upper-case hex), whose alphabet cannot hold a marker. main() refuses a duplicate message, a secret not in its
message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind's secret without
a marker. (The helper layer and main() are heldout55's secrets generator with the seed, month (June 2031), region
eu-north-1, account and domain changed; all shapes, wrappers and templates are new for this round's airport group
"fennick airports": the BHS bridge, FIDS, the car-park ANPR/barrier relay, the Aruba Wi-Fi controllers, the
wait-time service, the AODB Debezium feed, the parking payments service and the roster Lambdas.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout56/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = {"adyen-hmac-key"}
ACCT = "573920184466"
REG = "eu-north-1"
DOM = "fennick.example"


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
    return "2031-06-%02dT%02d:%02d:%02d%sZ" % (DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), ("." + D(frac)) if frac else "")


def PT():
    return "2031-06-%02d %02d:%02d:%02d" % (DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def EP():
    return 1938038400 + R.randint(86400, 2300000)


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


def ADYEN_KEY():
    return "AQE" + MARK(rs(AN + "+/", 120), lo=8) + "=-i1" + rs(AN, 3) + "<" + rs(AN + "_", 20) + ">"


def ADYEN_HMAC():
    return rs("0123456789ABCDEF", 64)


def REDIS_TOKEN():
    return MARK(rs(AN, R.randint(32, 48)))


def ENTRA():
    return rs(AN, 3) + "8Q~" + MARK(rs(AN + "~._-", 34))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "fennick-api-%s" % L(8)}).encode())
    pay = b64u(jd({"sub": UUID(), "iss": "https://auth.%s/" % DOM, "aud": R.choice(["fids-screens", "flightstatus-api", "parkpay"]), "scope": R.choice(["screens:read", "flights:read", "bookings:write"]),
                   "iat": EP(), "exp": EP() + 3600, "jti": UUID()}).encode())
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
def SB(lvl, logger, msg):
    return "%s %5s 1 --- [bhs-bridge] [%15s] %-40s : %s" % (TS(3), lvl, R.choice(["main", "bsmListener-%d" % R.randint(1, 40)]), logger, msg)


def PYL(lvl, name, msg):
    return "%s,%s %s [%s] %s" % (PT(), D(3), lvl, name, msg)


def BSD():
    return "Jun %2d %02d:%02d:%02d" % (DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def SL(host, prog, msg):
    return "%s %s %s[%d]: %s" % (BSD(), host, prog, R.randint(300, 2999), msg)


def AR(proc, code, lvl, msg):
    return "%s 2031 10.40.0.%d %s[%d]: <%d> <%d> <%s> <mc-t1-0%d 10.40.0.1%d>  %s" % (BSD(), R.randint(11, 12), proc, 4120, code, 4120, lvl, R.randint(1, 2), R.randint(1, 2), msg)


def TRJ(lvl, target, msg, **f):
    return jd({"timestamp": TS(6), "level": lvl, "fields": dict({"message": msg}, **f), "target": target})


def KC(lvl, ctx, msg, cls):
    return "[%s,%s] %s %s%s (%s)" % (PT(), D(3), lvl, ctx, msg, cls)


def LJ(lvl, logger, msg, **kv):
    d = {"@timestamp": TS(3), "@version": "1", "message": msg, "logger_name": logger, "thread_name": "reactor-http-epoll-%d" % R.randint(1, 8), "level": lvl,
         "level_value": {"DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[lvl]}
    d.update(kv)
    return jd(d)


def L4(lvl, cls, msg):
    return "%s %s %-5s %s - %s" % (PT(), UUID(), lvl, cls, msg)


def MQH():
    return "b-%s-%d.mq.%s.amazonaws.com" % (UUID(), R.randint(1, 3), REG)


def PGH(name):
    return "%s.cluster-c%s.%s.rds.amazonaws.com" % (name, L(12), REG)


def FL():
    return "%s%d" % (R.choice(["SK", "DY", "AY", "BT", "KL", "LH"]), R.randint(100, 2999))


def PLATE():
    return "".join(R.choice("ABCDEFGHJKLMNOPRSTUWXYZ") for _ in range(3)) + "%02d%d" % (R.randint(0, 99), R.randint(0, 9))


def TAG():
    return "0%03d%06d" % (R.choice([117, 182, 328, 657]), R.randint(0, 999999))


# ------------------------------------------------------------------ planted: 13 kinds x 7 lines + jwt x 14, 3 contexts each
def planted():
    def adyen(i):
        k = ADYEN_KEY()
        return [lambda: ENV([("ADYEN_ENVIRONMENT", "LIVE"), ("ADYEN_MERCHANT_ACCOUNT", "FennickParkingSE"), ("ADYEN_API_KEY", k)]),
                lambda: "curl -s https://%s-checkout-live.adyenpayments.com/checkout/v71/paymentMethods -H 'Content-Type: application/json' -H 'X-API-Key: %s' -d '{\"merchantAccount\":\"FennickParkingSE\"}'" % (L(16), k),
                lambda: LJ("DEBUG", "com.fennick.parkpay.config.AdyenConfig", "adyen client config {environment=LIVE, liveEndpointUrlPrefix=%s, apiKey=%s, merchantAccount=FennickParkingSE}" % (L(16), k))][i % 3](), k

    def hmac(i):
        k = ADYEN_HMAC()
        return [lambda: ENV([("ADYEN_WEBHOOK_HMAC_KEY", k), ("ADYEN_WEBHOOK_USER", "fennick-webhooks")]),
                lambda: "aws ssm put-parameter --name /fennick/parkpay/prod/adyen-hmac-key --type SecureString --overwrite --value %s" % k,
                lambda: LJ("DEBUG", "com.fennick.parkpay.webhook.HmacValidator", "validating notification with hmacKey=%s" % k)][i % 3](), k

    def rabbit(i):
        k = URLPW()
        return [lambda: ENV([("SPRING_RABBITMQ_ADDRESSES", "amqps://%s:5671" % MQH()), ("SPRING_RABBITMQ_USERNAME", "bhs-bridge"), ("SPRING_RABBITMQ_PASSWORD", k), ("SPRING_RABBITMQ_VIRTUAL_HOST", "/bhs")]),
                lambda: SB("DEBUG", "c.f.bhs.config.RabbitConfig", "connecting to amqps://bhs-bridge:%s@%s:5671/%%2Fbhs (heartbeat 30s)" % (k, MQH())),
                lambda: "rabbitmqctl change_password bhs-bridge '%s'" % k][i % 3](), k

    def radius(i):
        k = PW()
        return [lambda: "(mc-t1-01) [mynode] (RADIUS Server \"cppm-2\") #key %s" % k,
                lambda: "client aruba-mc-t1 {\n\tipaddr = 10.40.0.0/24\n\tsecret = %s\n\tshortname = mc-t1\n}" % k,
                lambda: ENV([("RADIUS_SERVER", "10.80.4.22"), ("RADIUS_SHARED_SECRET", k), ("RADIUS_NAS_ID", "mc-t2-01")])][i % 3](), k

    def aruba(i):
        k = PW()
        return [lambda: "mgmt-user netops-admin root %s" % k,
                lambda: "curl -sk -c /tmp/aruba.cookie 'https://10.40.0.11:4343/v1/api/login' -d 'username=netops-admin&password=%s'" % k,
                lambda: ENV([("ARUBA_CONTROLLER", "10.40.0.11"), ("ARUBA_USERNAME", "netops-admin"), ("ARUBA_PASSWORD", k)])][i % 3](), k

    def camera(i):
        k = URLPW()
        host = "cam-%s" % R.choice(["p1-in-1", "p2-out-1", "lt-in-1", "p3-in-1"])
        return [lambda: "curl --digest -u admin:%s http://%s.parking.%s/cgi-bin/anpr.cgi?action=getConfig" % (k, host, DOM),
                lambda: SL(host, "anprd", "D config dump: web.user=admin web.password=%s ocr.model=/opt/anpr/models/nordic-eu-v7.onnx" % k),
                lambda: ENV([("CAMERA_HOST", host), ("CAMERA_USER", "admin"), ("CAMERA_PASSWORD", k)])][i % 3](), k

    def mqtt(i):
        k = URLPW()
        return [lambda: "mosquitto_passwd -b /etc/mosquitto/passwd camera %s" % k,
                lambda: "mosquitto_sub -h mqtt.parking.%s -p 8883 --cafile /etc/ssl/fennick-ca.pem -u parkgw -P '%s' -t 'anpr/+/reads' -v" % (DOM, k),
                lambda: SL("cam-%s" % R.choice(["p2-in-1", "p3-out-1", "p1-out-1"]), "anprd", "D mqtt: broker=mqtts://mqtt.parking.%s:8883 user=camera password=%s client_id=%s" % (DOM, k, L(10)))][i % 3](), k

    def mssql(i):
        k = PW()
        return [lambda: KC("INFO", "", "SqlServerConnectorConfig values: database.hostname = aodb-sql.%s, database.port = 1433, database.user = dbz_aodb, database.password = %s, database.names = AODB" % (DOM, k), "io.debezium.config.CommonConnectorConfig:%d" % R.randint(1400, 1500)),
                lambda: "curl -s -X PUT http://connect.aodb.internal:8083/connectors/aodb-sqlserver-cdc/config -H 'Content-Type: application/json' -d '{\"connector.class\":\"io.debezium.connector.sqlserver.SqlServerConnector\",\"database.user\":\"dbz_aodb\",\"database.password\":\"%s\",\"database.names\":\"AODB\"}'" % k,
                lambda: "sqlcmd -S aodb-sql.%s,1433 -U dbz_aodb -P '%s' -d AODB -Q \"EXEC sys.sp_cdc_help_change_data_capture\"" % (DOM, k)][i % 3](), k

    def scram(i):
        k = URLPW()
        return [lambda: "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"aodb-connect\" password=\"%s\";" % k,
                lambda: ENV([("CONNECT_SASL_MECHANISM", "SCRAM-SHA-512"), ("CONNECT_SASL_USERNAME", "aodb-connect"), ("CONNECT_SASL_PASSWORD", k)]),
                lambda: "aws secretsmanager create-secret --name AmazonMSK_aodb-connect --kms-key-id alias/msk-scram --secret-string '{\"username\":\"aodb-connect\",\"password\":\"%s\"}'" % k][i % 3](), k

    def pg(i):
        k = URLPW()
        return [lambda: ENV([("DATABASE_URL", "postgres://fids:%s@%s:5432/fids" % (k, PGH("fids"))), ("CONN_MAX_AGE", "600")]),
                lambda: LJ("DEBUG", "com.fennick.parkpay.config.R2dbcConfig", "r2dbc url r2dbc:postgresql://parkpay:%s@%s:5432/parkpay?sslMode=require" % (k, PGH("parkpay"))),
                lambda: ENV([("SPRING_DATASOURCE_URL", "jdbc:postgresql://%s:5432/bagdb" % PGH("bagdb")), ("SPRING_DATASOURCE_USERNAME", "bhs_app"), ("SPRING_DATASOURCE_PASSWORD", k)])][i % 3](), k

    def redis(i):
        k = REDIS_TOKEN()
        host = "master.fids-push.%s.%s.cache.amazonaws.com" % (L(6), REG.replace("-", ""))
        return [lambda: "redis-cli -h %s -p 6379 --tls -a %s PING" % (host, k),
                lambda: PYL("DEBUG", "fids.settings", "CHANNEL_LAYERS hosts=['rediss://:%s@%s:6379/0'] capacity=100" % (k, host)),
                lambda: ENV([("REDIS_HOST", host), ("REDIS_AUTH_TOKEN", k)])][i % 3](), k

    def oauth(i):
        k = ENTRA()
        cid = UUID()
        return [lambda: ENV([("AODB_API_TOKEN_URL", "https://login.microsoftonline.com/%s/oauth2/v2.0/token" % UUID()), ("AODB_API_CLIENT_ID", cid), ("AODB_API_CLIENT_SECRET", k)]),
                lambda: "curl -s -X POST https://login.microsoftonline.com/%s/oauth2/v2.0/token -d client_id=%s -d 'client_secret=%s' -d scope=api%%3A%%2F%%2Faodb-api%%2F.default -d grant_type=client_credentials" % (UUID(), cid, k),
                lambda: L4("DEBUG", "GraphClientFactory", "graph credential {tenantId=%s, clientId=%s, clientSecret=%s}" % (UUID(), cid, k))][i % 3](), k

    def aws(i):
        k = AWS_SECRET()
        return [lambda: ENV([("AWS_REGION", REG), ("AWS_SECRET_ACCESS_KEY", k)]),
                lambda: "[carpark-relay]\naws_secret_access_key = %s\nregion = %s" % (k, REG),
                lambda: "aws configure set aws_secret_access_key %s --profile secqueue-replay" % k][i % 3](), k

    def jwt(i):
        k = JWT()
        return [lambda: PYL("DEBUG", "fids.api", "request headers {'host': 'fids.%s', 'authorization': 'Bearer %s', 'user-agent': 'FennickScreen/4.%d'}" % (DOM, k, R.randint(0, 9))),
                lambda: "curl -s -H 'Authorization: Bearer %s' https://api.%s/flightstatus/v1/flights/%s" % (k, DOM, FL()),
                lambda: "10.70.%d.%d:%d - - [%02d/Jun/2031:%02d:%02d:%02d] \"WSCONNECT /ws/screens/gate-%s%d/?token=%s\" - -" % (R.randint(0, 255), R.randint(2, 250), R.randint(30000, 65000), DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice("ABC"), R.randint(1, 28), k)][i % 3](), k

    kinds = [("adyen-api-key", adyen), ("adyen-hmac-key", hmac), ("rabbitmq-password", rabbit), ("radius-shared-secret", radius),
             ("aruba-admin-password", aruba), ("anpr-camera-password", camera), ("mqtt-password", mqtt), ("sqlserver-password", mssql),
             ("kafka-scram-password", scram), ("postgres-password", pg), ("redis-auth-token", redis), ("oauth-client-secret", oauth),
             ("aws-secret-access-key", aws), ("jwt", jwt)]
    for kind, fn in kinds:
        for i in range(7 if kind != "jwt" else 14):
            msg, sec = fn(i)
            P(kind, msg, sec)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: ENV([("ADYEN_MERCHANT_ACCOUNT", "FennickParkingSE"), ("ADYEN_API_KEY_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/parkpay/adyen-api-key-%s" % (REG, ACCT, A(6))), ("ADYEN_CLIENT_KEY", "live_" + rs(UP, 32))]),
        lambda: LJ("INFO", "com.fennick.parkpay.adyen.AdyenPaymentClient", "payment for booking PB%s: resultCode=Authorised pspReference=%s amount=%d SEK card=**** %s" % (rs(UP, 8), rs(UP, 16), R.randint(60, 2400), D(4))),
        lambda: LJ("INFO", "com.fennick.parkpay.webhook.AdyenWebhookController", "notification pspReference=%s eventCode=AUTHORISATION additionalData.hmacSignature=%s [accepted]" % (rs(UP, 16), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode())),
        lambda: LJ("ERROR", "com.fennick.parkpay.adyen.AdyenPaymentClient", "Adyen 401 for API key ending ...%s (ws@Company.Fennick), key revoked?" % A(4)),
        lambda: LJ("DEBUG", "com.fennick.parkpay.config.AdyenConfig", "adyen client config {environment=LIVE, apiKey=****, hmacKey=[PROTECTED], merchantAccount=FennickParkingSE}"),
        lambda: ENV([("ADYEN_WEBHOOK_HMAC_KEY", "${ssm:/fennick/parkpay/prod/adyen-hmac-key}"), ("ADYEN_WEBHOOK_USER", "fennick-webhooks")]),
        lambda: "aws ssm get-parameter --name /fennick/parkpay/prod/adyen-hmac-key --with-decryption --query Parameter.Version",
        lambda: ENV([("SPRING_RABBITMQ_ADDRESSES", "amqps://%s:5671" % MQH()), ("SPRING_RABBITMQ_USERNAME", "bhs-bridge"), ("SPRING_RABBITMQ_PASSWORD_FILE", "/run/secrets/rabbitmq-password")]),
        lambda: SB("INFO", "o.s.a.r.c.CachingConnectionFactory", "Created new connection: rabbitConnectionFactory#%s:0/SimpleConnection@%s [delegate=amqps://bhs-bridge@10.60.%d.%d:5671//bhs, localPort=%d]" % (H(8), H(8), R.randint(0, 9), R.randint(2, 250), R.randint(30000, 60000))),
        lambda: SB("ERROR", "o.s.a.r.c.CachingConnectionFactory", "Shutdown Signal: channel error; protocol method: #method<channel.close>(reply-code=403, reply-text=ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN)"),
        lambda: SB("INFO", "c.f.bhs.bsm.BsmMessageHandler", "BSM processed: bag %s flight %s/%02dJUN chute %d" % (TAG(), FL(), DAY(), R.randint(1, 64))),
        lambda: SB("DEBUG", "c.f.bhs.bsm.BsmMessageHandler", "received Type B message id=%s\nBSM\n.V/1LFNK\n.F/%s/%02dJUN/CPH/Y\n.N/%s001\nENDBSM" % (UUID(), FL(), DAY(), TAG())),
        lambda: "(mc-t1-01) [mynode] #show aaa authentication-server radius cppm-%d\nHost 10.80.4.2%d\nKey ********\nAuth Port 1812\nAcct Port 1813" % (R.randint(1, 2), R.randint(1, 2)),
        lambda: AR("authmgr", 121031, "ERRS", "|authmgr|  RADIUS response from server cppm-2 (10.80.4.22) dropped: response authenticator mismatch, check shared secret (id=%d)" % R.randint(0, 255)),
        lambda: "Received Access-Accept Id %d from 10.80.4.21:1812 to 10.40.0.11:%d length %d\n\tMessage-Authenticator = 0x%s\n\tUser-Name = \"guest-%s\"" % (R.randint(0, 255), R.randint(30000, 60000), R.randint(40, 200), H(32), H(6)),
        lambda: AR("authmgr", 522008, "NOTI", "|authmgr|  User Authentication Successful: username=guest-%s MAC=%s IP=172.20.%d.%d role=authenticated-guest VLAN=200 SSID=Fennick-Free-WiFi auth method=web" % (H(6), ":".join(H(2) for _ in range(6)), R.randint(0, 3), R.randint(2, 254))),
        lambda: AR("authmgr", 522038, "NOTI", "|authmgr|  username=guest-%s Authentication result=Authentication failed(1), method=web, reason=invalid voucher code %s" % (H(6), rs(UP, 8))),
        lambda: "mgmt-user netops-admin root ********",
        lambda: ENV([("ARUBA_CONTROLLER", "10.40.0.11"), ("ARUBA_USERNAME", "netops-admin"), ("ARUBA_PASSWORD_SECRET_ID", "prod/wifi/aruba-admin")]),
        lambda: SL("relay-1", "sshd", "Accepted publickey for netops from 10.80.9.%d port %d ssh2: ED25519 SHA256:%s" % (R.randint(2, 40), R.randint(30000, 60000), b64u(bytes(R.randint(0, 255) for _ in range(32))))),
        lambda: SL("cam-p2-in-1", "anprd", "I read plate=%s conf=0.%02d lane=P2-IN-1 country=S ms=%d" % (PLATE(), R.randint(80, 99), R.randint(18, 90))),
        lambda: SL("cam-p1-in-2", "anprd", "D config dump: web.user=admin web.password=******** ocr.model=/opt/anpr/models/nordic-eu-v7.onnx"),
        lambda: ENV([("CAMERA_HOST", "cam-lt-in-1"), ("CAMERA_USER", "admin"), ("CAMERA_PASSWORD", "${CAMERA_PASSWORD}")]),
        lambda: SL("cam-p3-in-1", "anprd", "I snapshot %s.jpg sha256=%s" % (H(12), H(64))),
        lambda: "# /etc/mosquitto/conf.d/fennick.conf\nlistener 8883\ncafile /etc/ssl/fennick-ca.pem\npassword_file /etc/mosquitto/passwd\nallow_anonymous false",
        lambda: "camera:$7$101$%s$%s" % (base64.b64encode(bytes(R.randint(0, 255) for _ in range(12))).decode(), base64.b64encode(bytes(R.randint(0, 255) for _ in range(64))).decode()),
        lambda: SL("relay-1", "mosquitto", "Client cam-p2-out-%d disconnected, not authorised." % R.randint(1, 2)),
        lambda: SL("relay-1", "parkgw", 'ts=%s level=info msg="permit ok" plate=%s lane=P1-IN-1 permit=STAFF-%05d' % (TS(3), PLATE(), R.randint(1, 99999))),
        lambda: KC("INFO", "", "SqlServerConnectorConfig values: database.hostname = aodb-sql.%s, database.port = 1433, database.user = dbz_aodb, database.password = ********, database.names = AODB" % DOM, "io.debezium.config.CommonConnectorConfig:1454"),
        lambda: "\"database.password\": \"${secretsmanager:prod/aodb/dbz_aodb:password}\"",
        lambda: KC("ERROR", "[aodb-sqlserver-cdc|task-0] ", "Producer failure\ncom.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'dbz_aodb'. ClientConnectionId:%s" % UUID(), "io.debezium.pipeline.ErrorHandler:52"),
        lambda: "jdbc:sqlserver://aodb-sql.%s:1433;databaseName=AODB;encrypt=true;trustServerCertificate=false;authentication=ActiveDirectoryManagedIdentity" % DOM,
        lambda: KC("INFO", "[aodb-sqlserver-cdc|task-0] ", "%d records sent during previous 00:01:00.%03d, last recorded offset of {server=aodb, database=AODB} partition is {commit_lsn=%08x:%08x:%04x}" % (R.randint(1, 900), R.randint(0, 999), R.randint(0x3000, 0x3fff), R.randint(0, 0xffff), R.randint(0, 0xff)), "io.debezium.connector.common.BaseSourceTask:213"),
        lambda: "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"aodb-connect\" password=\"${secretsmanager:AmazonMSK_aodb-connect:password}\";",
        lambda: "aws kafka batch-associate-scram-secret --cluster-arn arn:aws:kafka:%s:%s:cluster/aodb-msk/%s --secret-arn-list arn:aws:secretsmanager:%s:%s:secret:AmazonMSK_aodb-connect-%s" % (REG, ACCT, UUID(), REG, ACCT, A(6)),
        lambda: KC("INFO", "", "Kafka commitId: %s" % H(16), "org.apache.kafka.common.utils.AppInfoParser:125"),
        lambda: ENV([("DATABASE_HOST", PGH("fids")), ("DATABASE_USER", "fids"), ("DATABASE_PASSWORD_SECRET_ARN", "arn:aws:secretsmanager:%s:%s:secret:prod/fids/db-%s" % (REG, ACCT, A(6)))]),
        lambda: LJ("DEBUG", "com.fennick.parkpay.config.R2dbcConfig", "r2dbc url r2dbc:postgresql://parkpay:[REDACTED]@%s:5432/parkpay?sslMode=require" % PGH("parkpay")),
        lambda: PYL("ERROR", "django.request", "Internal Server Error: /api/flights/departures/ OperationalError: FATAL:  password authentication failed for user \"fids\""),
        lambda: "redis-cli -h master.fids-push.%s.%s.cache.amazonaws.com -p 6379 --tls --askpass PING" % (L(6), REG.replace("-", "")),
        lambda: PYL("DEBUG", "fids.settings", "CHANNEL_LAYERS hosts=['rediss://:***@master.fids-push.%s.%s.cache.amazonaws.com:6379/0'] capacity=100" % (L(6), REG.replace("-", ""))),
        lambda: PYL("ERROR", "fids.push", "group_send failed: redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled."),
        lambda: ENV([("AODB_API_CLIENT_ID", UUID()), ("AODB_API_CLIENT_SECRET_ID", UUID()), ("AODB_API_TENANT", UUID())]),
        lambda: PYL("INFO", "fids.feed", "token acquired for client %s, expires in 3599 s (key id %s)" % (UUID(), UUID())),
        lambda: PYL("ERROR", "fids.feed", "AODB poll failed: 401 Client Error: Unauthorized (token request: invalid_client, AADSTS7000215: Invalid client secret provided)"),
        lambda: L4("DEBUG", "GraphClientFactory", "graph credential {tenantId=%s, clientId=%s, clientSecret=[hidden]}" % (UUID(), UUID())),
        lambda: ENV([("AWS_REGION", REG), ("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/%s" % UUID())]),
        lambda: "[carpark-relay]\nrole_arn = arn:aws:iam::%s:role/carpark-relay\ncredential_source = Ec2InstanceMetadata\nregion = %s" % (ACCT, REG),
        lambda: jd({"UserId": "AROA%s:%s" % (rs(UP, 17), R.choice(["i-0" + H(16), "roster-publish", "secqueue-task"])), "Account": ACCT, "Arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, R.choice(["carpark-relay", "secqueue-task", "roster-publish"]), H(32))}),
        lambda: TRJ("ERROR", "queuewait::publish", "failed to store estimate", lane="T1-SEC-%d" % R.randint(1, 8), error="AccessDeniedException: User: arn:aws:sts::%s:assumed-role/secqueue-task/%s is not authorized to perform: dynamodb:PutItem" % (ACCT, H(32))),
        lambda: TRJ("INFO", "queuewait::checkpoint", "checkpoint stored", shard="shardId-%012d" % R.randint(0, 7), sequence=D(56)),
        lambda: TRJ("DEBUG", "queuewait::decode", "reading", sensor="t1-lidar-%02d" % R.randint(1, 16), count_in=R.randint(0, 30), error=None),
        lambda: "docker pull %s.dkr.ecr.%s.amazonaws.com/secqueue@sha256:%s" % (ACCT, REG, H(64)),
        lambda: "aws kms describe-key --key-id arn:aws:kms:%s:%s:key/%s --query KeyMetadata.KeyState" % (REG, ACCT, UUID()),
        lambda: PYL("DEBUG", "fids.api", "request headers {'host': 'fids.%s', 'authorization': 'Bearer [redacted]', 'x-amzn-trace-id': 'Root=1-%s-%s'}" % (DOM, H(8), H(24))),
        lambda: "10.70.%d.%d:%d - - [%02d/Jun/2031:%02d:%02d:%02d] \"WSCONNECT /ws/screens/belt-%d/?screen_id=%s\" - -" % (R.randint(0, 255), R.randint(2, 250), R.randint(30000, 65000), DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1, 9), UUID()),
        lambda: PYL("WARNING", "fids.api", "rejected token for screen gate-%s%d: Signature has expired (exp %d), 401" % (R.choice("ABC"), R.randint(1, 28), EP())),
        lambda: jd({"keys": [{"kty": "RSA", "kid": "fennick-api-%s" % L(8), "use": "sig", "alg": "RS256", "e": "AQAB", "n": b64u(bytes(R.randint(0, 255) for _ in range(64)))}]}),
        lambda: L4("INFO", "RosterPublisher", "roster %s week %d published: %d shifts, 0 conflicts" % (R.choice(["SEC-T1", "GH-RAMP-T2", "INFO-DESK"]), R.randint(23, 30), R.randint(80, 900))),
        lambda: "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 1024 MB\tMax Memory Used: %d MB" % (UUID(), R.uniform(80, 9000), R.randint(80, 9000), R.randint(180, 600)),
        lambda: LJ("INFO", "com.fennick.parkpay.receipt.ReceiptStore", "receipt stored s3://fennick-parkpay-receipts/2031/06/PB%s.pdf etag \"%s\"" % (rs(UP, 8), H(32))),
        lambda: SL("bar-p2-out-1", "barrierd", "INFO barrier P2-OUT-1 OPEN for %s (reason=paid) closed after %.1fs" % (PLATE(), R.uniform(3, 14))),
        lambda: LJ("INFO", "com.fennick.parkpay.api.BookingController", "booking PB%s created for plate %s, idempotency key %s" % (rs(UP, 8), PLATE(), UUID())),
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
