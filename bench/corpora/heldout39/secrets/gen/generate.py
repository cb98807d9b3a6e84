"""Seeded generator of bench/corpora/heldout39/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). Odoo API keys (40 lower-case hex)
cannot show one. main() refuses a duplicate message, a secret not in its message or occurring twice in it, any
AKIA/ASIA anywhere, a marker in a clean line and a marked kind without a marker.
(heldout38's helper layer with the seed, the month (February 2030), region ap-southeast-2 and all templates new for this
round's freight/warehouse company: ROS 2 robots, Odoo 17, Traccar, OR-Tools planner, Kafka Streams, CUPS, OpenAS2 EDI
gateway, Python Lambda with Amazon Location Service.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout39/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("odoo-api-key",)
ACCT = "738205164930"
REG = "ap-southeast-2"


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
    return "2030-02-%02dT%s.%sZ" % (DAY(), HMS(), D(3))


def EP():
    return 1896134400 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.randint(20, 70), R.randint(0, 255), R.randint(4, 254))


def PUB():
    return "%d.%d.%d.%d" % (R.choice([49, 101, 110, 121, 139, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def CONS():
    return "TWF%09d" % R.randint(100000000, 999999999)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def OD(level, logger, msg):
    return "2030-02-%02d %s,%s %d %s tidewharf_prod %s: %s" % (DAY(), HMS(), D(3), R.randint(7, 40), level, logger, msg)


def RO(sev, node, msg):
    return "[%s-%d] [%s] [%d.%s] [amr_%03d.%s]: %s" % (node, R.randint(2, 14), sev, EP(), D(9), R.randint(1, 42), node, msg)


def TC(level, msg):
    return "2030-02-%02d %s %5s: %s" % (DAY(), HMS(), level, msg)


def GL(sev, src, msg):
    return "%s203002%02d %s.%s %5d %s] %s" % (sev, DAY(), HMS(), D(6), R.choice([1, 12, 13]), src, msg)


def KS(level, logger, msg):
    return "2030-02-%02d %s,%s %-5s [shipment-tracker-6f1c2e0a-3b7d-4c55-9e21-8d4f0b7a1c93-StreamThread-%d] %s - %s" % (DAY(), HMS(), D(3), level, R.randint(1, 4), logger, msg)


def CU(lv, msg):
    return "%s [%02d/Feb/2030:%s +0000] %s" % (lv, DAY(), HMS(), msg)


def AG(level, cls, msg):
    return "2030-02-%02d %s.%s %-5s %s - %s" % (DAY(), HMS(), D(3), level, cls, msg)


def LT(level, msg):
    return "[%s]\t%s\t%s\t%s" % (level, TS(), UUID(), msg)


# ------------------------------------------------------------------ secret shapes (all invented)
def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def CARRIER_KEY():
    return "slk_live_" + MARK(rs(AN, 32))


def CLIENT_SECRET():
    return MARK(rs(URLS, 40))


def SSH_KEY_BODY():
    return MARK(rs(B64, 280), lo=20)


def TRACCAR_TOKEN():
    return MARK(rs(URLS, 64))


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": A(20)}).encode())
    pl = b64u(jd({"iss": "https://login.tidewharf.example/", "sub": "auth0|%s" % H(24), "aud": "https://api.tidewharf.example/eta", "iat": EP(), "exp": EP() + 3600,
                  "scope": "eta:read tracking:read", "azp": A(32)}).encode())
    return "%s.%s.%s" % (hdr, pl, MARK(rs(URLS, 342)))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def LOC_KEY():
    return "v1.public." + MARK(rs(URLS, 180), lo=10)


def ODOO_KEY():
    return rs(HEX, 40)


def SES_SMTP():
    return "B" + MARK(rs(AN + "+/", 43))


def RDS(name):
    return "%s.c%s.%s.rds.amazonaws.com" % (name, L(11), REG)


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(7):
        s = CARRIER_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("carrier-api-key", OD("DEBUG", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "request headers: {'Accept': 'application/json', 'X-Api-Key': '%s', 'X-Request-Id': '%s'}" % (s, UUID())), s)
        elif t == 1:
            P("carrier-api-key", "SOUTHLINK_API_BASE=https://api.southlink.example/v2\nSOUTHLINK_API_KEY=%s\nSOUTHLINK_ACCOUNT=TW-%s" % (s, D(6)), s)
        else:
            P("carrier-api-key", OD("INFO", "odoo.addons.base.models.ir_config_parameter", "set parameter tw_delivery_southlink.api_key = '%s' (by uid 2)" % s), s)
    for _ in range(7):
        s = CLIENT_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("carrier-oauth-client-secret", OD("DEBUG", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "POST https://api.southlink.example/v2/oauth/token data=grant_type=client_credentials&client_id=tidewharf-prod&client_secret=%s" % s), s)
        elif t == 1:
            P("carrier-oauth-client-secret", "+ curl -s https://api.southlink.example/v2/oauth/token -u 'tidewharf-prod:%s' -d grant_type=client_credentials" % s, s)
        else:
            P("carrier-oauth-client-secret", "SOUTHLINK_CLIENT_ID=tidewharf-prod\nSOUTHLINK_CLIENT_SECRET=%s\nODOO_DB=tidewharf_prod" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("as2-keystore-password", AG("DEBUG", "org.openas2.cert.PKCS12CertificateFactory", "config: {filename=%%home%%/as2_certs.p12, password=%s, interval=300}" % s), s)
        elif t == 1:
            P("as2-keystore-password", "OPENAS2_HOME=/opt/openas2\nOPENAS2_CERTS_PASSWORD=%s\nJAVA_OPTS=-Xmx1g" % s, s)
        else:
            P("as2-keystore-password", "+ keytool -list -storetype PKCS12 -keystore /opt/openas2/config/as2_certs.p12 -storepass '%s' -alias harbourline-2030" % s, s)
    for _ in range(7):
        s = SSH_KEY_BODY()
        t = R.randint(0, 1)
        if t == 0:
            P("sftp-private-key", "VAN_SFTP_HOST=sftp.tradevan.example\nVAN_SFTP_USER=tidewharf\nVAN_SFTP_KEY=-----BEGIN OPENSSH PRIVATE KEY-----\\n%s\\n-----END OPENSSH PRIVATE KEY-----" % s, s)
        else:
            P("sftp-private-key", AG("DEBUG", "com.tidewharf.edi.sftp.VanSftpPoller", "identity loaded: {\"user\":\"tidewharf\",\"host\":\"sftp.tradevan.example\",\"privateKey\":\"-----BEGIN OPENSSH PRIVATE KEY-----\\n%s\\n-----END OPENSSH PRIVATE KEY-----\"}" % s), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("sftp-password", AG("INFO", "com.tidewharf.edi.sftp.VanSftpPoller", "polling sftp://tidewharf:%s@sftp.southcoast-edi.example:22/outbound every 300 s" % s), s)
        elif t == 1:
            P("sftp-password", "+ sshpass -p '%s' sftp -oBatchMode=no tidewharf@sftp.southcoast-edi.example:/outbound" % s, s)
        else:
            P("sftp-password", "SOUTHCOAST_SFTP_USER=tidewharf\nSOUTHCOAST_SFTP_PASSWORD=%s\nSOUTHCOAST_SFTP_DIR=/outbound" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("odoo-master-password", OD("DEBUG", "odoo.tools.config", "effective options: addons_path=/mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons admin_passwd=%s workers=8 max_cron_threads=2" % s), s)
        elif t == 1:
            P("odoo-master-password", "[options]\nadmin_passwd = %s\ndb_host = %s\nlist_db = False" % (s, RDS("tw-odoo-prod")), s)
        else:
            P("odoo-master-password", "+ curl -s -X POST https://erp.tidewharf.example/web/database/backup -F master_pwd='%s' -F name=tidewharf_prod -F backup_format=zip -o backup.zip" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 3)
        if t == 0:
            P("db-password", "+ odoo --db_host=%s --db_user=odoo --db_password=%s --database=tidewharf_prod --workers=8" % (RDS("tw-odoo-prod"), s), s)
        elif t == 1:
            P("db-password", TC("INFO", "Config entry database.url=jdbc:mysql://%s:3306/traccar?user=traccar&password=%s&serverTimezone=UTC" % (RDS("tw-traccar"), s)), s)
        elif t == 2:
            P("db-password", OD("DEBUG", "odoo.sql_db", "connection dsn postgresql://odoo:%s@%s:5432/tidewharf_prod" % (s, RDS("tw-odoo-prod"))), s)
        else:
            P("db-password", "<entry key='database.user'>traccar</entry>\n<entry key='database.password'>%s</entry>\n<entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        rb = "amr_%03d" % R.randint(1, 42)
        if t == 0:
            P("robot-mqtt-password", "+ mosquitto_sub -h mqtt.dc2.tidewharf.example -p 8883 --cafile /etc/tw/ca.pem -u %s -P '%s' -t 'tidewharf/dc2/%s/#' -v" % (rb, s, rb), s)
        elif t == 1:
            P("robot-mqtt-password", RO("DEBUG", "fleet_adapter", "site broker parameters: {host: mqtt.dc2.tidewharf.example, port: 8883, username: %s, password: %s, keepalive: 30}" % (rb, s)), s)
        else:
            P("robot-mqtt-password", RO("INFO", "fleet_adapter", "connecting to mqtts://%s:%s@mqtt.dc2.tidewharf.example:8883 (clean_session=false)" % (rb, s)), s)
    for _ in range(7):
        s = TRACCAR_TOKEN()
        t = R.randint(0, 2)
        if t == 0:
            P("traccar-api-token", TC("INFO", "Web request GET /api/session?token=%s 200 (%d ms)" % (s, R.randint(3, 90))), s)
        elif t == 1:
            P("traccar-api-token", LT("DEBUG", "traccar request GET https://track.tidewharf.example/api/positions?deviceId=%d headers={'Authorization': 'Bearer %s'}" % (R.randint(1, 600), s)), s)
        else:
            P("traccar-api-token", "TRACCAR_URL=https://track.tidewharf.example\nTRACCAR_TOKEN=%s\nPOLL_SECONDS=30" % s, s)
    for _ in range(7):
        s = JWT()
        t = R.randint(0, 2)
        if t == 0:
            P("jwt", LT("DEBUG", "event headers: {'accept': 'application/json', 'authorization': 'Bearer %s', 'x-amzn-trace-id': 'Root=1-%s-%s'}" % (s, H(8), H(24))), s)
        elif t == 1:
            P("jwt", OD("INFO", "werkzeug", "%s - - [%02d/Feb/2030 %s] \"GET /tracking/eta?consignment=%s&access_token=%s HTTP/1.1\" 200 - 4 0.004 0.021" % (IP(), DAY(), HMS(), CONS(), s)), s)
        else:
            P("jwt", KS("DEBUG", "com.tidewharf.tracking.EtaPublisher", "POST https://api.tidewharf.example/eta/v1/updates Authorization=Bearer %s" % s), s)
    for _ in range(7):
        s = AWS_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("aws-secret-access-key", "AWS_DEFAULT_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nPLANS_BUCKET=tw-dispatch-ap2" % (REG, s), s)
        elif t == 1:
            P("aws-secret-access-key", GL("I", "aws_init.cc:%d" % R.randint(30, 60), "static credentials from environment: secret_access_key=%s region=%s" % (s, REG)), s)
        else:
            P("aws-secret-access-key", LT("DEBUG", "botocore credentials resolved: method=env, secret_key='%s', token=None" % s), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("kafka-sasl-password", KS("DEBUG", "com.tidewharf.tracking.Config", "kafka props: security.protocol=SASL_SSL sasl.mechanism=SCRAM-SHA-512 sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"tw-tracker\" password=\"%s\";" % s), s)
        elif t == 1:
            P("kafka-sasl-password", "KAFKA_BOOTSTRAP=b-1.twmsk.k7x2qe.c3.kafka.%s.amazonaws.com:9096\nKAFKA_SASL_USERNAME=tw-tracker\nKAFKA_SASL_PASSWORD=%s" % (REG, s), s)
        else:
            P("kafka-sasl-password", "+ kafka-consumer-groups.sh --bootstrap-server b-2.twmsk.k7x2qe.c3.kafka.%s.amazonaws.com:9096 --describe --group shipment-tracker --command-config <(printf 'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"%s\";')" % (REG, s), s)
    for _ in range(7):
        s = LOC_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("location-api-key", "MAP_STYLE_URL=https://maps.geo.%s.amazonaws.com/maps/v0/maps/tw-dispatch-map/style-descriptor?key=%s" % (REG, s), s)
        elif t == 1:
            P("location-api-key", OD("INFO", "werkzeug", "%s - - [%02d/Feb/2030 %s] \"GET /tw_dispatch_map/tiles?z=%d&x=%d&y=%d&key=%s HTTP/1.1\" 200 - 2 0.003 0.040" % (IP(), DAY(), HMS(), R.randint(8, 16), R.randint(1000, 60000), R.randint(1000, 40000), s)), s)
        else:
            P("location-api-key", LT("DEBUG", "map config for driver app: {'style': 'tw-dispatch-map', 'region': '%s', 'apiKey': '%s'}" % (REG, s)), s)
    for _ in range(7):
        s = ODOO_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("odoo-api-key", LT("DEBUG", "odoo xmlrpc execute_kw('tidewharf_prod', 41, '%s', 'stock.picking', 'search_read', ...)" % s), s)
        elif t == 1:
            P("odoo-api-key", "ODOO_URL=https://erp.tidewharf.example\nODOO_USER=edi-gateway@tidewharf.example\nODOO_API_KEY=%s" % s, s)
        else:
            P("odoo-api-key", "+ curl -s -u 'route-planner@tidewharf.example:%s' https://erp.tidewharf.example/json/2/stock.picking/search_read" % s, s)
    for _ in range(7):
        s = SES_SMTP()
        t = R.randint(0, 2)
        if t == 0:
            P("ses-smtp-password", "<entry key='mail.smtp.username'>sesuser-%s</entry>\n<entry key='mail.smtp.password'>%s</entry>" % (L(8), s), s)
        elif t == 1:
            P("ses-smtp-password", "CUPS_NOTIFY_SMTP=email-smtp.%s.amazonaws.com:587\nCUPS_NOTIFY_SMTP_USER=sesuser-%s\nCUPS_NOTIFY_SMTP_PASS=%s" % (REG, L(8), s), s)
        else:
            P("ses-smtp-password", "+ swaks --server email-smtp.%s.amazonaws.com:587 --tls --auth LOGIN --auth-user sesuser-%s --auth-password '%s' --to dispatch@tidewharf.example" % (REG, L(8), s), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: OD("DEBUG", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "request headers: {'Accept': 'application/json', 'X-Api-Key': 'slk_live_****%s', 'X-Request-Id': '%s'}" % (A(4), UUID())),
        lambda: "SOUTHLINK_API_BASE=https://api.southlink.example/v2\nSOUTHLINK_API_KEY_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:tw/prod/southlink-%s\nSOUTHLINK_ACCOUNT=TW-%s" % (REG, ACCT, A(6), D(6)),
        lambda: OD("INFO", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "SouthLink token obtained for client_id=tidewharf-prod (expires_in=3600, token_type=Bearer, scope=shipments labels)"),
        lambda: OD("INFO", "odoo.addons.tw_delivery_southlink.models.delivery_carrier", "label created for DC2/OUT/%05d: consignment %s, tracking https://track.southlink.example/%s" % (R.randint(1, 99999), CONS(), CONS())),
        lambda: "SOUTHLINK_CLIENT_ID=tidewharf-prod\nSOUTHLINK_CLIENT_SECRET=\nODOO_DB=tidewharf_prod",
        lambda: AG("DEBUG", "org.openas2.cert.PKCS12CertificateFactory", "config: {filename=%%home%%/as2_certs.p12, password=$ENV{OPENAS2_CERTS_PASSWORD}, interval=300}"),
        lambda: AG("INFO", "org.openas2.cert.PKCS12CertificateFactory", "certificate alias %s: subject CN=%s, serial=%s, SHA-256 fingerprint %s" % (R.choice(["harbourline-2030", "tidewharf-2030", "kestrel-2029"]), R.choice(["as2.harbourline.example", "as2.tidewharf.example", "edi.kestrel.example"]), H(16), ":".join(H(2).upper() for _ in range(16)))),
        lambda: AG("INFO", "org.openas2.processor.receiver.AS2ReceiverHandler", "received 850 from HARBOURLINE, ISA13 %09d GS06 %d ST02 %04d, Message-ID <OPENAS2-%s-%s@TIDEWHARF_HARBOURLINE>" % (R.randint(1, 999999999), R.randint(1, 99999), R.randint(1, 9999), D(14), L(6))),
        lambda: AG("INFO", "com.tidewharf.edi.edifact.ContrlGenerator", "CONTRL for UNB %09d (UNB+UNOC:3+SOUTHCOAST:ZZ+TIDEWHARF:ZZ+300205:1304+%d')" % (R.randint(1, 999999999), R.randint(1, 99999))),
        lambda: "VAN_SFTP_HOST=sftp.tradevan.example\nVAN_SFTP_USER=tidewharf\nVAN_SFTP_KEY_PARAM=/tw/prod/edi/van-sftp-key",
        lambda: AG("INFO", "com.tidewharf.edi.sftp.VanSftpPoller", "host key for sftp.tradevan.example: ssh-ed25519 SHA256:%s" % rs(B64, 43)),
        lambda: "-----BEGIN PUBLIC KEY-----\\nMCowBQYDK2VwAyEA%s\\n-----END PUBLIC KEY-----" % rs(B64, 28),
        lambda: AG("INFO", "com.tidewharf.edi.sftp.VanSftpPoller", "polling sftp://tidewharf@sftp.southcoast-edi.example:22/outbound every 300 s (password from Secrets Manager)"),
        lambda: "SOUTHCOAST_SFTP_USER=tidewharf\nSOUTHCOAST_SFTP_PASSWORD=********\nSOUTHCOAST_SFTP_DIR=/outbound",
        lambda: OD("DEBUG", "odoo.tools.config", "effective options: addons_path=/mnt/extra-addons,/usr/lib/python3/dist-packages/odoo/addons admin_passwd=<hidden> workers=8 max_cron_threads=2"),
        lambda: "[options]\nadmin_passwd = $pbkdf2-sha512$600000$%s$%s\ndb_host = %s\nlist_db = False" % (rs(AN + "./", 22), rs(AN + "./", 86), RDS("tw-odoo-prod")),
        lambda: OD("INFO", "odoo.addons.base.models.res_users", "Login successful for db:tidewharf_prod login:picker%02d from %s" % (R.randint(1, 60), IP())),
        lambda: "+ odoo --db_host=%s --db_user=odoo --db_password=\"$(aws secretsmanager get-secret-value --secret-id tw/prod/odoo-db --query SecretString --output text)\" --database=tidewharf_prod" % RDS("tw-odoo-prod"),
        lambda: TC("INFO", "Config entry database.url=jdbc:mysql://%s:3306/traccar?serverTimezone=UTC&allowPublicKeyRetrieval=true" % RDS("tw-traccar")),
        lambda: OD("DEBUG", "odoo.sql_db", "connection dsn postgresql://odoo:xxx@%s:5432/tidewharf_prod" % RDS("tw-odoo-prod")),
        lambda: "<entry key='database.user'>traccar</entry>\n<entry key='database.password'>${TRACCAR_DB_PASSWORD}</entry>\n<entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>",
        lambda: RO("DEBUG", "fleet_adapter", "site broker parameters: {host: mqtt.dc2.tidewharf.example, port: 8883, username: amr_%03d, password: '***', keepalive: 30}" % R.randint(1, 42)),
        lambda: RO("INFO", "fleet_adapter", "connected to a%s-ats.iot.%s.amazonaws.com:8883 as tidewharf-amr-%03d (certificate id %s)" % (L(13), REG, R.randint(1, 42), H(64))),
        lambda: RO("INFO", "fleet_adapter", "robot serial TW-AMR-%s-%05d firmware 2.14.%d registered (thing arn:aws:iot:%s:%s:thing/tidewharf-amr-%03d)" % (R.choice(["MK3", "MK4"]), R.randint(1, 99999), R.randint(0, 3), REG, ACCT, R.randint(1, 42))),
        lambda: RO("INFO", "fleet_adapter", "mission MSN-PICK-%05d accepted: tote TOTE-%06d, idempotency key %s" % (R.randint(1, 99999), R.randint(1, 999999), UUID())),
        lambda: TC("INFO", "Web request GET /api/positions?deviceId=%d&from=2030-02-%02dT00:00:00Z 200 (%d ms)" % (R.randint(1, 600), DAY(), R.randint(3, 400))),
        lambda: TC("INFO", "[T%s] id: 35%013d, time: 2030-02-%02d %s, lat: %.5f, lon: %.5f, speed: %.1f" % (H(8), R.randint(10 ** 12, 10 ** 13 - 1), DAY(), HMS(), R.uniform(-34.2, -33.6), R.uniform(150.6, 151.3), R.uniform(0, 90))),
        lambda: "TRACCAR_URL=https://track.tidewharf.example\nTRACCAR_TOKEN_PARAM=/tw/prod/traccar/eta-token\nPOLL_SECONDS=30",
        lambda: TC("INFO", "user: %d, action: login, token: none, remote: %s" % (R.randint(1, 90), PUB())),
        lambda: LT("DEBUG", "event headers: {'accept': 'application/json', 'authorization': 'Bearer ***', 'x-amzn-trace-id': 'Root=1-%s-%s'}" % (H(8), H(24))),
        lambda: LT("INFO", "token accepted: sub=auth0|%s azp=%s scope='eta:read tracking:read' kid=%s" % (H(24), A(32), A(20))),
        lambda: KS("DEBUG", "com.tidewharf.tracking.EtaPublisher", "POST https://api.tidewharf.example/eta/v1/updates Authorization=Bearer <redacted> (%d updates)" % R.randint(1, 200)),
        lambda: OD("INFO", "werkzeug", "%s - - [%02d/Feb/2030 %s] \"GET /tracking/eta?consignment=%s HTTP/1.1\" 200 - 4 0.004 0.021" % (IP(), DAY(), HMS(), CONS())),
        lambda: "AWS_DEFAULT_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nPLANS_BUCKET=tw-dispatch-ap2" % (REG, UUID()),
        lambda: GL("I", "aws_init.cc:%d" % R.randint(30, 60), "credentials from ECS task role arn:aws:iam::%s:role/tw-route-planner-task (expires 2030-02-%02dT%s)" % (ACCT, DAY(), HMS())),
        lambda: LT("DEBUG", "botocore credentials resolved: method=container-role, access_key=****, token=<set>"),
        lambda: KS("INFO", "org.apache.kafka.clients.consumer.ConsumerConfig", "ConsumerConfig values: \n\tbootstrap.servers = [b-1.twmsk.k7x2qe.c3.kafka.%s.amazonaws.com:9096]\n\tsasl.jaas.config = [hidden]\n\tsasl.mechanism = SCRAM-SHA-512\n\tsecurity.protocol = SASL_SSL" % REG),
        lambda: "KAFKA_BOOTSTRAP=b-1.twmsk.k7x2qe.c3.kafka.%s.amazonaws.com:9096\nKAFKA_SASL_USERNAME=tw-tracker\nKAFKA_SASL_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:AmazonMSK_tw-tracker-%s" % (REG, REG, ACCT, A(6)),
        lambda: KS("INFO", "org.apache.kafka.common.security.authenticator.AbstractLogin", "Successfully logged in."),
        lambda: "MAP_STYLE_URL=https://maps.geo.%s.amazonaws.com/maps/v0/maps/tw-dispatch-map/style-descriptor\nMAP_API_KEY_ARN=arn:aws:geo:%s:%s:api-key/tw-driver-app-maps" % (REG, REG, ACCT),
        lambda: LT("INFO", "CalculateRoute tw-truck-calc-v2: %.1f km, %d s (request id %s)" % (R.uniform(1, 300), R.randint(60, 20000), UUID())),
        lambda: LT("DEBUG", "map config for driver app: {'style': 'tw-dispatch-map', 'region': '%s', 'apiKey': 'v1.public.…%s'}" % (REG, A(4))),
        lambda: "ODOO_URL=https://erp.tidewharf.example\nODOO_USER=edi-gateway@tidewharf.example\nODOO_API_KEY=${ODOO_API_KEY}",
        lambda: OD("INFO", "odoo.addons.base.models.res_users", "API key 'edi-gateway' (id %d, index %s) used by uid 41 from %s" % (R.randint(1, 40), H(8), IP())),
        lambda: LT("DEBUG", "odoo xmlrpc execute_kw('tidewharf_prod', 41, '<api key>', 'stock.picking', 'search_read', ...)"),
        lambda: "<entry key='mail.smtp.username'>sesuser-%s</entry>\n<entry key='mail.smtp.password'>[set via TRACCAR_MAIL_PASSWORD]</entry>" % L(8),
        lambda: TC("INFO", "Notification sent to user %d via mail (geofenceExit), SES message id 0108%s-%s-000000" % (R.randint(1, 90), H(12), UUID())),
        lambda: CU("I", "[Job %d] Queued on \"ZT411_SYD_DOCK%02d\" by \"odoo-print\"." % (R.randint(10000, 99999), R.randint(1, 24))),
        lambda: "%s - odoo-print [%02d/Feb/2030:%s +0000] \"POST /printers/ZT411_SYD_DOCK%02d HTTP/1.1\" 200 %d Print-Job successful-ok" % (IP(), DAY(), HMS(), R.randint(1, 24), R.randint(300, 90000)),
        lambda: CU("D", "[Job %d] job-uuid=urn:uuid:%s label sscc 00093%013d" % (R.randint(10000, 99999), UUID(), R.randint(10 ** 12, 10 ** 13 - 1))),
        lambda: GL("I", "publisher.cc:%d" % R.randint(60, 90), "wrote plan s3://tw-dispatch-ap2/plans/syd-dc2-2030-02-%02d-w%02d.json (sha256 %s, etag \"%s\")" % (DAY(), R.randint(1, 16), H(64), H(32))),
        lambda: LT("INFO", "BatchUpdateDevicePosition(tw-fleet-tracker): %d updates, Errors=[] trace Root=1-%s-%s" % (R.randint(1, 10), H(8), H(24))),
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
