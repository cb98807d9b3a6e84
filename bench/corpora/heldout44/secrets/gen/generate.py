"""Seeded generator of bench/corpora/heldout44/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). The one kind whose alphabet cannot
show one: DLMS/COSEM global keys (32 upper-case hex digits). main() refuses a duplicate message, a secret not in its
message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind without a marker.
(heldout43's helper layer with the seed, the month (June 2030), region eu-north-1, account and all templates new for
this round's utility: a Go/zerolog smart-meter head-end, an open62541 OPC UA gateway, a .NET MDM worker, a Spring Batch
billing run, InfluxDB/Telegraf, NiFi, GeoServer and an R forecast on SageMaker.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout44/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("dlms-global-key",)
ACCT = "583920174615"
REG = "eu-north-1"


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
    return "2030-06-%02dT%s%sZ" % (DAY(), HMS(), ("." + D(frac)) if frac else "")


def EP():
    return 1906502400 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.choice([20, 31, 40, 60, 88]), R.randint(0, 255), R.randint(4, 254))


def METER():
    return R.choice(["NRD", "KLM", "AXM", "VTR"]) + D(9)


def EAN():
    return "735999" + D(12)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def ZL(lvl, msg, **kv):
    d = {"level": lvl, "time": TS(), "svc": "hes"}
    d.update(kv)
    d["message"] = msg
    return jd(d)


def O6(lvl, cat, msg):
    return "[2030-06-%02d %s.%s (UTC+0000)] %s/%s\t%s" % (DAY(), HMS(), D(3), lvl, cat, msg)


def MS(lvl, cat, eid, msg):
    return "%s: %s[%d]\n%s" % (lvl, cat, eid, "\n".join("      " + l for l in msg.split("\n")))


def SB(lvl, logger, msg):
    return "%s %5s 1 --- [billing-run] [           main] %-40s : %s" % (TS(), lvl, logger, msg)


def IX(lvl, msg, rest):
    return "ts=%s lvl=%s msg=\"%s\" log_id=0%s %s" % (TS(6), lvl, msg, rs(AN, 10), rest)


def TG(lvl, plugin, msg):
    return "%s %s! [%s] %s" % (TS(0), lvl, plugin, msg)


def NF(lvl, logger, msg):
    return "2030-06-%02d %s,%s %s [Timer-Driven Process Thread-%d] %s %s" % (DAY(), HMS(), D(3), lvl, R.randint(1, 40), logger, msg)


def GS(lvl, cat, msg):
    return "%02d Jun %s %-6s [%s] - %s" % (DAY(), HMS(), lvl, cat, msg)


def RL(lvl, msg):
    return "%s [2030-06-%02d %s] %s" % (lvl, DAY(), HMS(), msg)


def RDS(name):
    return "%s.cluster-c%s.%s.rds.amazonaws.com" % (name, L(11), REG)


def PID():
    return "c1e0%s-0190-1000-%s-%s" % (H(4), H(4), H(12))


# ------------------------------------------------------------------ secret shapes (all invented)
def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def DLMS_KEY():
    return rs("0123456789ABCDEF", 32)


def INFLUX_TOKEN():
    return MARK(rs(AN + "-_", 86)) + "=="


def GRAFANA():
    return "glsa_" + MARK(A(32)) + "_" + H(8)


def OAUTH():
    return MARK(A(40))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def APIKEY():
    return MARK(A(32))


def PROPSKEY():
    return MARK(A(24))


def JWT():
    head = b64u(jd({"alg": "RS256", "kid": "brk-crew-%s" % L(6), "typ": "JWT"}).encode())
    body = b64u(jd({"sub": "crew_%s" % L(10), "depot": R.choice(["UPP", "GAV", "SUN", "VAS"]), "scope": "switching:write map:read", "iss": "https://id.brackwater.example", "exp": EP()}).encode())
    sig = MARK(rs(URLS, 342))
    return "%s.%s.%s" % (head, body, sig)


# ------------------------------------------------------------------ planted secrets (7 per kind)
def planted():
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("opcua-user-password", O6("debug", "userland", "station %s config: endpoint=opc.tcp://%s-sc01.sub.brackwater.example:4840 policy=Basic256Sha256 mode=SignAndEncrypt user=gw-reader password=%s" % (R.choice(["KALLVIK", "NORRHAMN", "SKOGBY"]), R.choice(["kallvik", "norrhamn", "skogby"]), s)), s)
        elif t == 1:
            P("opcua-user-password", "OPCUA_GW_USER=gw-reader\nOPCUA_GW_PASSWORD=%s\nOPCUA_TRUST_LIST=/greengrass/v2/work/brk.opcua.gateway/pki/trusted" % s, s)
        else:
            P("opcua-user-password", "+ /opt/brk/bin/opcua-browse --endpoint opc.tcp://%s:4840 --user gw-reader --password '%s' --node 'ns=2;s=BAY%02d'" % (IP(), s, R.randint(1, 16)), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("mqtt-broker-password", "+ mosquitto_sub -h mqtt-hes.int.brackwater.example -p 8883 --cafile /etc/ssl/brk-ca.pem -u hes-push -P '%s' -t 'dlms/push/#' -C 5" % s, s)
        elif t == 1:
            P("mqtt-broker-password", ZL("debug", "push bridge config", component="push-bridge", broker="ssl://mqtt-hes.int.brackwater.example:8883", username="hes-push", password=s, keepalive=30), s)
        else:
            P("mqtt-broker-password", "HES_MQTT_URL=ssl://mqtt-hes.int.brackwater.example:8883\nHES_MQTT_USER=hes-push\nHES_MQTT_PASSWORD=%s" % s, s)
    for i in range(7):
        s = DLMS_KEY()
        t = i % 3
        if t == 0:
            P("dlms-global-key", ZL("trace", "security setup", meter=METER(), system_title=H(16).upper(), suite=0, key_version=3, gak=s), s)
        elif t == 1:
            P("dlms-global-key", "+ gurux-dlms-cli -h %s -p 4059 -c 1 -s 1 -a High -C AuthenticationEncryption -T %s -A %s -r ln -g '0.0.1.0.0.255:2'" % (IP(), H(16).upper(), s), s)
        else:
            P("dlms-global-key", "meter_serial;system_title;key_version;guek\n%s;%s;3;%s" % (METER(), H(16).upper(), s), s)
    for i in range(7):
        s = INFLUX_TOKEN()
        t = i % 3
        if t == 0:
            P("influxdb-token", "[[outputs.influxdb_v2]]\n  urls = [\"http://127.0.0.1:8086\"]\n  token = \"%s\"\n  organization = \"brackwater\"\n  bucket = \"scada_raw\"" % s, s)
        elif t == 1:
            P("influxdb-token", "+ curl -sS -XPOST 'http://brk-hist-%02d:8086/api/v2/query?org=brackwater' -H 'Authorization: Token %s' -H 'Content-Type: application/vnd.flux' --data 'from(bucket:\"scada_15m\") |> range(start:-1h)'" % (R.randint(1, 3), s), s)
        else:
            P("influxdb-token", "INFLUX_HOST=http://brk-hist-%02d:8086\nINFLUX_ORG=brackwater\nINFLUX_TOKEN=%s" % (R.randint(1, 3), s), s)
    for i in range(7):
        s = GRAFANA()
        t = i % 3
        if t == 0:
            P("grafana-service-account-token", "+ curl -s -H 'Authorization: Bearer %s' https://grafana.int.brackwater.example/api/dashboards/uid/%s" % (s, L(9)), s)
        elif t == 1:
            P("grafana-service-account-token", "GRAFANA_URL=https://grafana.int.brackwater.example\nGRAFANA_SA_TOKEN=%s\nDASHBOARD_FOLDER=scada" % s, s)
        else:
            P("grafana-service-account-token", RL("DEBUG", "grafana annotation POST headers: Authorization=Bearer %s, Content-Type=application/json" % s), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("geoserver-admin-password", "+ curl -u admin:%s -XPOST -H 'Content-type: text/xml' -d @outage_areas.xml http://localhost:8080/geoserver/rest/workspaces/grid/datastores/grid_postgis/featuretypes" % s, s)
        elif t == 1:
            P("geoserver-admin-password", "GEOSERVER_ADMIN_USER=admin\nGEOSERVER_ADMIN_PASSWORD=%s\nGEOSERVER_DATA_DIR=/var/geoserver/data" % s, s)
        else:
            P("geoserver-admin-password", "+ curl -s -u admin -XPUT -H 'Content-Type: application/json' -d '{\"newPassword\":\"%s\"}' http://localhost:8080/geoserver/rest/security/self/password" % s, s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("sftp-password", NF("DEBUG", "o.a.nifi.processors.standard.FetchSFTP", "FetchSFTP[id=%s] properties: Hostname=sftp.metrix-msp.example, Port=22, Username=brackwater, Password=%s, Remote File=${path}/${filename}" % (PID(), s)), s)
        elif t == 1:
            P("sftp-password", "+ sshpass -p '%s' sftp -oBatchMode=no brackwater@sftp.metrix-msp.example:/out/brackwater/" % s, s)
        else:
            P("sftp-password", SB("DEBUG", "c.b.billing.delivery.PrintSftpConfig", "print vendor session factory: host=sftp.inkhouse-print.example port=22 user=brk_bills password=%s allowUnknownKeys=false" % s), s)
    for i in range(7):
        s = OAUTH()
        t = i % 3
        if t == 0:
            P("oauth-client-secret", NF("DEBUG", "o.a.n.oauth2.StandardOauth2AccessTokenProvider", "POST https://auth.datahub-nordic.example/oauth2/token body=grant_type=client_credentials&client_id=brk-nifi-%s&client_secret=%s" % (L(6), s)), s)
        elif t == 1:
            P("oauth-client-secret", "DATAHUB_CLIENT_ID=brk-nifi-%s\nDATAHUB_CLIENT_SECRET=%s\nDATAHUB_TOKEN_URL=https://auth.datahub-nordic.example/oauth2/token" % (L(6), s), s)
        else:
            P("oauth-client-secret", MS("dbug", "Brackwater.Mdm.Vee.Datahub.TokenClient", 7001, "Token request {\"grant_type\":\"client_credentials\",\"client_id\":\"brk-mdm-%s\",\"client_secret\":\"%s\",\"scope\":\"meteringdata\"}" % (L(6), s)), s)
    for i in range(7):
        s = JWT()
        t = i % 3
        if t == 0:
            P("jwt", GS("INFO", "geoserver.filters", "%s \"GET /geoserver/grid/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=grid%%3Aswitch_state&access_token=%s\" took %dms" % (IP(), s, R.randint(5, 900))), s)
        elif t == 1:
            P("jwt", GS("DEBUG", "geoserver.security", "request headers: Host=maps.brackwater.example, Authorization=Bearer %s, X-Crew-Device=BRK-TAB-%s" % (s, D(5))), s)
        else:
            P("jwt", ZL("debug", "field crew api call", route="/v1/meters/%s/disconnect" % METER(), auth="Bearer " + s, status=202), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("db-password", MS("dbug", "Brackwater.Mdm.Vee.Startup", 1, "Using connection string Host=%s;Port=5432;Database=mdm;Username=vee_app;Password=%s;SSL Mode=VerifyFull;Command Timeout=30" % (RDS("brk-mdm"), s)), s)
        elif t == 1:
            P("db-password", SB("DEBUG", "com.zaxxer.hikari.HikariConfig", "jdbcUrl.........................jdbc:postgresql://%s:5432/billing?user=billing_batch&password=%s&sslmode=verify-full" % (RDS("brk-billing"), s)), s)
        else:
            P("db-password", "GEOSERVER_PG_DSN=postgresql://geoserver_edit:%s@%s:5432/gis?sslmode=require" % (s, RDS("brk-gis")), s)
    for i in range(7):
        s = AWS_SECRET()
        t = i % 3
        if t == 0:
            P("aws-secret-access-key", "AWS_DEFAULT_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nFORECAST_BUCKET=brk-demandfcst-%s" % (REG, s, REG), s)
        elif t == 1:
            P("aws-secret-access-key", "+ aws configure set aws_secret_access_key %s --profile brk-scada-export" % s, s)
        else:
            P("aws-secret-access-key", RL("DEBUG", "paws config: list(credentials = list(creds = list(access_key_id = \"****%s\", secret_access_key = \"%s\")), region = \"%s\")" % (rs(UP, 4), s, REG)), s)
    for i in range(7):
        s = APIKEY()
        t = i % 3
        if t == 0:
            P("weather-api-key", RL("DEBUG", "GET https://api.nordvader.example/v2/forecast?lat=59.86&lon=17.64&hours=48&apikey=%s" % s), s)
        elif t == 1:
            P("weather-api-key", "NORDVADER_API_KEY=%s\nNORDVADER_BASE_URL=https://api.nordvader.example/v2" % s, s)
        else:
            P("weather-api-key", "+ curl -s -H 'X-Api-Key: %s' 'https://api.nordvader.example/v2/forecast?area=SE3&hours=48'" % s, s)
    for i in range(7):
        s = PROPSKEY()
        t = i % 3
        if t == 0:
            P("nifi-sensitive-props-key", "nifi.sensitive.props.key=%s\nnifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256" % s, s)
        elif t == 1:
            P("nifi-sensitive-props-key", "+ /opt/nifi/bin/nifi.sh set-sensitive-properties-key %s" % s, s)
        else:
            P("nifi-sensitive-props-key", "NIFI_SENSITIVE_PROPS_KEY=%s\nNIFI_WEB_HTTPS_PORT=8443\nNIFI_CLUSTER_IS_NODE=true" % s, s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("keystore-password", "nifi.security.keystore=./conf/keystore.p12\nnifi.security.keystoreType=PKCS12\nnifi.security.keystorePasswd=%s" % s, s)
        elif t == 1:
            P("keystore-password", "+ keytool -importcert -noprompt -alias datahub-ca-2030 -file datahub-root.pem -keystore /opt/nifi/conf/truststore.p12 -storepass %s" % s, s)
        else:
            P("keystore-password", "<Connector port=\"8443\" protocol=\"org.apache.coyote.http11.Http11NioProtocol\" SSLEnabled=\"true\">\n  <SSLHostConfig>\n    <Certificate certificateKeystoreFile=\"conf/geoserver.p12\" certificateKeystorePassword=\"%s\" type=\"RSA\" />\n  </SSLHostConfig>\n</Connector>" % s, s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("sap-rfc-password", "jco.client.ashost=sapisu-prd.int.brackwater.example\njco.client.sysnr=00\njco.client.client=100\njco.client.user=BRK_RFC_BILL\njco.client.passwd=%s\njco.client.lang=EN" % s, s)
        elif t == 1:
            P("sap-rfc-password", SB("DEBUG", "c.b.billing.sap.JCoDestinationProvider", "destination ISU_PRD: {ashost=sapisu-prd.int.brackwater.example, client=100, user=BRK_RFC_BILL, passwd=%s, pool_capacity=5}" % s), s)
        else:
            P("sap-rfc-password", "SAP_RFC_USER=BRK_RFC_BILL\nSAP_RFC_PASSWD=%s\nSAP_RFC_CLIENT=100" % s, s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: O6("debug", "userland", "station %s config: endpoint=opc.tcp://%s-sc01.sub.brackwater.example:4840 policy=Basic256Sha256 mode=SignAndEncrypt user=gw-reader password=********" % (R.choice(["KALLVIK", "SKOGBY"]), R.choice(["kallvik", "skogby"]))),
        lambda: "OPCUA_GW_USER=gw-reader\nOPCUA_GW_PASSWORD_FILE=/greengrass/v2/work/brk.opcua.gateway/secrets/opcua_password\nOPCUA_TRUST_LIST=/greengrass/v2/work/brk.opcua.gateway/pki/trusted",
        lambda: O6("info", "channel", "Connection %d | SecureChannel %d | SecureChannel opened with SecurityPolicy http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256, server certificate thumbprint %s" % (R.randint(3, 90), R.randint(1, 4000), H(40).upper())),
        lambda: O6("info", "session", "SessionId ns=1;g=%s | AuthenticationToken ns=1;b=<%d bytes> | Session activated (user gw-reader)" % (UUID(), 32)),
        lambda: ZL("debug", "push bridge config", component="push-bridge", broker="ssl://mqtt-hes.int.brackwater.example:8883", username="hes-push", password="<redacted>", keepalive=30),
        lambda: "+ mosquitto_sub -h mqtt-hes.int.brackwater.example -p 8883 --cafile /etc/ssl/brk-ca.pem --cert /etc/hes/push.crt --key /etc/hes/push.key -t 'dlms/push/%s' -C 1" % METER(),
        lambda: "HES_MQTT_URL=ssl://mqtt-hes.int.brackwater.example:8883\nHES_MQTT_USER=hes-push\nHES_MQTT_PASSWORD_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:brk/prod/hes/mqtt-%s" % (REG, ACCT, A(6)),
        lambda: ZL("trace", "security setup", meter=METER(), system_title=H(16).upper(), suite=0, key_version=3, gak="<keystore:brk-hes-keys/v3>"),
        lambda: ZL("info", "push notification received", meter=METER(), system_title=H(16).upper(), frame_counter=R.randint(1000, 900000), event="power-down (last gasp)"),
        lambda: ZL("debug", "apdu", meter=METER(), dir="rx", hex="db08%s%s" % (H(16).upper(), H(48))),
        lambda: "meter_serial;system_title;key_version;guek_kcv\n%s;%s;3;%s" % (METER(), H(16).upper(), H(6).upper()),
        lambda: ZL("info", "key change acknowledged", meter=METER(), key="GUEK", key_version=R.randint(2, 4), kcv=H(6).upper(), wrapped_with="KEK v2 (AES-KW)"),
        lambda: "[[outputs.influxdb_v2]]\n  urls = [\"http://127.0.0.1:8086\"]\n  token = \"${INFLUX_TOKEN}\"\n  organization = \"brackwater\"\n  bucket = \"scada_raw\"",
        lambda: IX("info", "Authorization created", "service=http token_id=%s org_id=%s user_id=%s description=\"telegraf brk-hist-%02d\"" % (H(16), H(16), H(16), R.randint(1, 3))),
        lambda: "INFLUX_HOST=http://brk-hist-%02d:8086\nINFLUX_ORG=brackwater\nINFLUX_TOKEN=" % R.randint(1, 3),
        lambda: TG("D", "outputs.influxdb_v2", "Wrote batch of %d metrics in %d.%06dms" % (R.randint(100, 5000), R.randint(5, 300), R.randint(0, 999999))),
        lambda: "+ curl -s -H 'Authorization: Bearer $GRAFANA_SA_TOKEN' https://grafana.int.brackwater.example/api/dashboards/uid/%s" % L(9),
        lambda: "GRAFANA_URL=https://grafana.int.brackwater.example\nGRAFANA_SA_ID=sa-%d-brk-annotations\nDASHBOARD_FOLDER=scada" % R.randint(2, 40),
        lambda: RL("DEBUG", "grafana annotation POST headers: Authorization=Bearer glsa_****%s, Content-Type=application/json" % rs(AN, 4)),
        lambda: "+ curl -u admin -XPOST -H 'Content-type: text/xml' -d @outage_areas.xml http://localhost:8080/geoserver/rest/workspaces/grid/datastores/grid_postgis/featuretypes",
        lambda: "GEOSERVER_ADMIN_USER=admin\nGEOSERVER_ADMIN_PASSWORD_FILE=/run/secrets/geoserver_admin\nGEOSERVER_DATA_DIR=/var/geoserver/data",
        lambda: GS("DEBUG", "geoserver.filters", "%s \"POST /geoserver/rest/reload\" headers: Authorization=Basic ***** (user admin)" % IP()),
        lambda: GS("INFO", "geoserver.security", "AuthenticationCache Initialized with 1000 Max Entries, 300 seconds idle time, 600 seconds time to live and %d concurrency level" % R.randint(2, 8)),
        lambda: NF("DEBUG", "o.a.nifi.processors.standard.FetchSFTP", "FetchSFTP[id=%s] properties: Hostname=sftp.metrix-msp.example, Port=22, Username=brackwater, Password=********, Remote File=${path}/${filename}" % PID()),
        lambda: "+ sftp -i /home/nifi/.ssh/msp_ed25519 -oBatchMode=yes brackwater@sftp.metrix-msp.example:/out/brackwater/",
        lambda: NF("INFO", "o.a.nifi.processors.standard.ListSFTP", "ListSFTP[id=%s] Successfully listed %d files from sftp.metrix-msp.example:/out/brackwater (host key SHA256:%s)" % (PID(), R.randint(1, 90), rs(AN + "+/", 43))),
        lambda: SB("DEBUG", "c.b.billing.delivery.PrintSftpConfig", "print vendor session factory: host=sftp.inkhouse-print.example port=22 user=brk_bills privateKey=file:/run/secrets/inkhouse_ed25519 allowUnknownKeys=false"),
        lambda: NF("DEBUG", "o.a.n.oauth2.StandardOauth2AccessTokenProvider", "POST https://auth.datahub-nordic.example/oauth2/token body=grant_type=client_credentials&client_id=brk-nifi-%s&client_secret=[PROTECTED]" % L(6)),
        lambda: "DATAHUB_CLIENT_ID=brk-nifi-%s\nDATAHUB_CLIENT_SECRET=${DATAHUB_CLIENT_SECRET}\nDATAHUB_TOKEN_URL=https://auth.datahub-nordic.example/oauth2/token" % L(6),
        lambda: MS("dbug", "Brackwater.Mdm.Vee.Datahub.TokenClient", 7002, "Token acquired for client brk-mdm-%s: token_type=Bearer expires_in=3600 scope=meteringdata jti=%s" % (L(6), UUID())),
        lambda: GS("INFO", "geoserver.filters", "%s \"GET /geoserver/grid/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=grid%%3Aswitch_state&BBOX=%s\" took %dms" % (IP(), "17.6,59.8,17.7,59.9", R.randint(5, 900))),
        lambda: GS("DEBUG", "geoserver.security", "request headers: Host=maps.brackwater.example, Authorization=Bearer <redacted>, X-Crew-Device=BRK-TAB-%s" % D(5)),
        lambda: ZL("info", "field crew token accepted", sub="crew_%s" % L(10), kid="brk-crew-%s" % L(6), exp=EP(), depot=R.choice(["UPP", "GAV", "SUN"])),
        lambda: MS("dbug", "Brackwater.Mdm.Vee.Startup", 1, "Using connection string Host=%s;Port=5432;Database=mdm;Username=vee_app;Password=***;SSL Mode=VerifyFull;Command Timeout=30" % RDS("brk-mdm")),
        lambda: SB("DEBUG", "com.zaxxer.hikari.HikariConfig", "jdbcUrl.........................jdbc:postgresql://%s:5432/billing?sslmode=verify-full" % RDS("brk-billing")),
        lambda: SB("DEBUG", "com.zaxxer.hikari.HikariConfig", "password........................<masked>"),
        lambda: "GEOSERVER_PG_DSN_SECRET=arn:aws:secretsmanager:%s:%s:secret:rds!cluster-%s" % (REG, ACCT, UUID()),
        lambda: "AWS_DEFAULT_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nFORECAST_BUCKET=brk-demandfcst-%s" % (REG, UUID(), REG),
        lambda: RL("DEBUG", "paws config: list(credentials = list(profile = \"\"), region = \"%s\") using role arn:aws:iam::%s:role/brk-demandfcst-sagemaker" % (REG, ACCT)),
        lambda: "+ aws sts get-caller-identity\n{\"UserId\": \"AROA%s:SageMaker\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/brk-demandfcst-sagemaker/SageMaker\"}" % (rs(UP, 17), ACCT, ACCT),
        lambda: RL("DEBUG", "GET https://api.nordvader.example/v2/forecast?lat=%.2f&lon=%.2f&hours=48&apikey=<hidden>" % (R.uniform(58, 66), R.uniform(12, 22))),
        lambda: "NORDVADER_API_KEY=\nNORDVADER_BASE_URL=https://api.nordvader.example/v2",
        lambda: RL("INFO", "weather forecast fetched for %s: %d hours, request id %s, etag \"%s\"" % (R.choice(["SE3-UPP", "SE2-SUN", "SE1-LUL"]), 48, UUID(), H(32))),
        lambda: "nifi.sensitive.props.key=\nnifi.sensitive.props.algorithm=NIFI_PBKDF2_AES_GCM_256",
        lambda: NF("INFO", "o.a.n.c.FlowController", "Flow fingerprint %s loaded (sensitive values encrypted with NIFI_PBKDF2_AES_GCM_256)" % H(64)),
        lambda: "nifi.security.keystore=./conf/keystore.p12\nnifi.security.keystoreType=PKCS12\nnifi.security.keystorePasswd=\nnifi.security.keyPasswd=",
        lambda: "+ keytool -list -keystore /opt/nifi/conf/truststore.p12 -storepass:file /run/secrets/truststore_pass\ndatahub-ca-2030, %02d-Jun-2030, trustedCertEntry,\nCertificate fingerprint (SHA-256): %s" % (DAY(), ":".join(H(2).upper() for _ in range(32))),
        lambda: "<Connector port=\"8443\" protocol=\"org.apache.coyote.http11.Http11NioProtocol\" SSLEnabled=\"true\">\n  <SSLHostConfig>\n    <Certificate certificateKeystoreFile=\"conf/geoserver.p12\" certificateKeystorePassword=\"${keystore.password}\" type=\"RSA\" />\n  </SSLHostConfig>\n</Connector>",
        lambda: "jco.client.ashost=sapisu-prd.int.brackwater.example\njco.client.sysnr=00\njco.client.client=100\njco.client.user=BRK_RFC_BILL\njco.client.lang=EN\n# jco.client.passwd provided by the secure storage provider",
        lambda: SB("DEBUG", "c.b.billing.sap.JCoDestinationProvider", "destination ISU_PRD: {ashost=sapisu-prd.int.brackwater.example, client=100, user=BRK_RFC_BILL, passwd=<hidden>, pool_capacity=5}"),
        lambda: SB("INFO", "c.b.billing.sap.IdocSender", "IDoc %s (ISU_BILLDOC) sent to ISU_PRD for contract account %s, TID %s" % (D(16), "4" + D(9), H(24).upper())),
        lambda: SB("INFO", "c.b.billing.rating.RatingProcessor", "account %s metering point %s billed: %d kWh, amount %d.%02d SEK, invoice %s" % ("4" + D(9), EAN(), R.randint(80, 4000), R.randint(100, 9000), R.randint(0, 99), "INV-2030-" + D(8))),
        lambda: MS("info", "Brackwater.Mdm.Vee.ValidationWorker", 3000, "Validated batch B%s-%s: metering point %s ... %d intervals, failed=0" % (D(8), rs(string.ascii_uppercase, 4), EAN(), R.randint(96, 9600))),
        lambda: O6("info", "userland", "data change ns=2;s=%s.BAY%02d.CB_STATE = OPEN (feeder F-%04d, substation SS-%s-%d)" % (R.choice(["SKOGBY", "MALMVIK"]), R.randint(1, 16), R.randint(100, 4999), R.choice(["SKG", "MLV"]), R.randint(10, 130))),
        lambda: "IMAGE=%s.dkr.ecr.%s.amazonaws.com/brk/hes@sha256:%s" % (ACCT, REG, H(64)),
        lambda: ZL("info", "request", route="/v1/meters/%s/reading" % METER(), status=200, trace_id="1-%s-%s" % (H(8), H(24)), ms=R.randint(2, 300)),
        lambda: NF("INFO", "o.a.nifi.processors.aws.s3.PutS3Object", "PutS3Object[id=%s] uploaded s3://brk-market-msgs-%s/e66/%s.xml etag=\"%s\" versionId=%s" % (PID(), REG, UUID(), H(32), rs(URLS, 32))),
        lambda: RL("INFO", "forecast written, kms key arn:aws:kms:%s:%s:key/%s, sha256 %s" % (REG, ACCT, UUID(), H(64))),
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
