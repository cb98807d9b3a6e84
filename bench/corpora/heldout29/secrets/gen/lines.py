# Templates and IoT/edge secret shapes of heldout29's secrets corpus; exec'd by generate.py (uses its
# helpers R, A, L, U, H, D, B64, B64U, MARK, AI, LI, HI, UI, BI, BUI, PW, UUID, IP, TS, JWT, PEM, PEMK, CERT, P, C).
# Every secret is invented (seeded random in the real shape, a visible INVENT/EXAMPLE/Invent/Example marker).

ACCT = "111122223333"
REG = "eu-central-1"
EP = "a3kq7ve0tz1bm9-ats.iot.eu-central-1.amazonaws.com"


def thing():
    return R.choice(["bw-hvac-", "bw-meter-", "ql-ebk-", "fh-bake-gent01-gg-", "swu-gw-kelso-"]) + H(6)


def akid():
    return "AKXC" + U(16)  # non-AWS prefix on purpose (see README)


def awssk():
    return MARK(rs(B64A, 40))


def influx():
    return MARK(B64(64)[:-2], lo=4) + "=="


def psk():
    return R.choice(["Invent-", "Example_", "INVENT.", "EXAMPLE-"]) + R.choice(["Pumphouse", "Greenhouse", "Depot", "Bakery", "Mill"]) + "-" + A(R.randint(6, 14)) + R.choice(["!", "#", "7", "%", "?"])


def apnpw():
    return R.choice(["Invent", "Example"]) + A(R.randint(4, 10))


def opaque(n):
    return BUI(n)


def certid():
    return H(64)


def esc(pem):
    return pem.replace("\n", "\\n")


def mac():
    return ":".join(H(2) for _ in range(6))


def imei():
    return "35" + D(13)


def iccid():
    return "8944" + D(15)


# ---------------------------------------------------------------- planted
for _ in range(3):
    t = thing()
    # device private keys (PEM, real newlines or JSON escapes)
    P("device-private-key-pem", "$ cat /greengrass/v2/privKey.key\n{S}", PEMK("rsa"))
    P("device-private-key-pem", "provisioning: CreateKeysAndCertificate response for " + t + ": {\"certificateArn\":\"arn:aws:iot:" + REG + ":" + ACCT + ":cert/" + certid() + "\",\"certificateId\":\"" + certid() + "\",\"keyPair\":{\"PublicKey\":\"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + A(60) + "\\n-----END PUBLIC KEY-----\\n\",\"PrivateKey\":\"{S}\\n\"}}", esc(PEMK("ec")))
    P("device-private-key-pem", "DEVICE_KEY_PEM=\"{S}\" (loaded from /etc/swu/device.env on " + "swu-gw-" + R.choice(["ashby", "corfe", "holme"]) + "-0" + str(R.randint(1, 4)) + ")", esc(PEMK("p8ec")))
    P("device-private-key-pem", "[DEBUG] fleet-provisioning claim bundle written: claim.pem.crt (1208 bytes), claim.private.pem.key:\n{S}", PEMK("p8rsa"))
    # MQTT credentials
    pw = PW()
    P("mqtt-password", "connecting to mqtts://ol-gh-sensors:{S}@broker.orchardloop.example:8883 as client " + "ol-co2-" + H(4), pw)
    P("mqtt-password", "# mosquitto.conf bridge section\nconnection cloud-bridge-plant" + str(R.randint(1, 3)) + "\naddress broker.orchardloop.example:8883\nremote_username plant-bridge\nremote_password {S}\nbridge_protocol_version mqttv311", PW())
    P("mqtt-password", "MQTT_USERNAME=svc-alarm-router\nMQTT_PASSWORD={S}\nMQTT_HOST=emqx.orchardloop.internal", PW())
    P("mqtt-password", "paho DEBUG: CONNECT client_id=" + "tm-ferry-%03d" % R.randint(1, 140) + " username=tm-vessel password={S} keepalive=60 clean_session=False", PW())
    P("mqtt-password", "2029-04-%02dT10:%02d:11.204118+00:00 [debug] clientid: ol-valve-%s, msg: mqtt_packet_received, packet: CONNECT(Q0, R0, D0, ClientId=ol-valve-%s, ProtoName=MQTT, ProtoVer=5, CleanStart=true, KeepAlive=60, Username=ol-valve, Password={S})" % (R.randint(2, 14), R.randint(0, 59), H(4), H(4)), PW())
    # custom authorizer tokens
    P("iot-custom-authorizer-token", "GET /mqtt?x-amz-customauthorizer-name=bw-installer-authorizer&x-amz-customauthorizer-signature=" + B64U(256)[:40].replace("INVENT", "Inv3nt") + "&X-Token-Header={S} HTTP/1.1 (Upgrade: websocket)", JWT())
    P("iot-custom-authorizer-token", "TestInvokeAuthorizer --authorizer-name bw-meter-token-auth --token {S} returned isAuthenticated=true principalId=" + t, opaque(48))
    P("iot-custom-authorizer-token", "installer-app: MQTT CONNECT username=\"installer-" + L(6) + "?x-amz-customauthorizer-name=bw-installer-authorizer\" password=\"{S}\"", JWT())
    # AWS secret keys in gateway env files / credential-provider responses
    P("aws-secret-access-key", "# /etc/swu/aws.env\nAWS_ACCESS_KEY_ID=" + akid() + "\nAWS_SECRET_ACCESS_KEY={S}\nAWS_DEFAULT_REGION=" + REG, awssk())
    P("aws-secret-access-key", "iot credential provider response for role alias fh-gg-tes-alias: {\"credentials\":{\"accessKeyId\":\"" + akid() + "\",\"secretAccessKey\":\"{S}\",\"sessionToken\":\"<omitted by logger>\",\"expiration\":\"2029-04-%02dT%02d:00:00Z\"}}" % (R.randint(2, 14), R.randint(0, 23)), awssk())
    P("aws-secret-access-key", "kvs-cam.service: Environment=AWS_ACCESS_KEY_ID=" + akid() + " AWS_SECRET_ACCESS_KEY={S} KVS_STREAM=cl-dock-cam-%02d" % R.randint(1, 24), awssk())
    P("aws-secret-access-key", "[default]\naws_access_key_id = " + akid() + "\naws_secret_access_key = {S}", awssk())
    # Wi-Fi PSKs
    P("wifi-psk", "network={\n\tssid=\"SWU-PUMP-" + U(4) + "\"\n\tkey_mgmt=WPA-PSK\n\tpsk=\"{S}\"\n\tpriority=5\n}", psk())
    P("wifi-psk", "[wifi-security]\nkey-mgmt=wpa-psk\npsk={S}\n(nm keyfile /etc/NetworkManager/system-connections/swu-site.nmconnection)", psk())
    P("wifi-psk", "swu-ctl wifi set --ssid FH-BAKERY-" + U(3) + " --passphrase '{S}' --band 2.4", psk())
    # cellular APN passwords
    P("apn-password", "mmcli -m 0 --simple-connect=\"apn=iot.swu.example,user=swu" + D(4) + ",password={S},ip-type=ipv4v6\"", apnpw())
    P("apn-password", "[gsm]\napn=m2m.carrier.example\nusername=ql-fleet\npassword={S}\nnumber=*99#", apnpw())
    P("apn-password", "# /etc/ppp/pap-secrets\n\"swu" + D(4) + "\" * \"{S}\" *", apnpw())
    # InfluxDB / Timestream for InfluxDB tokens
    P("influxdb-api-token", "POST https://influx-" + L(10) + "." + REG + ".timestream-influxdb.amazonaws.com:8086/api/v2/write?org=hartwell&bucket=pm2_raw&precision=ms Authorization: Token {S}", influx())
    P("influxdb-api-token", "greengrass deployment configurationUpdate for com.fernhollow.TelemetryBridge: {\"merge\":\"{\\\"influxUrl\\\":\\\"https://influx.fernhollow.example:8086\\\",\\\"influxOrg\\\":\\\"bakeries\\\",\\\"influxToken\\\":\\\"{S}\\\",\\\"publishIntervalMs\\\":5000}\"}", influx())
    P("influxdb-api-token", "INFLUX_TOKEN={S}", influx())
    # Greengrass component configuration tokens (ERP API)
    P("component-api-token", "2029-04-%02dT06:%02d:12.551Z [INFO] (pool-2-thread-%d) com.aws.greengrass.config.Configuration: config-node-update. {path=services.com.fernhollow.RecipeSync.configuration.erpApiToken, value={S}}" % (R.randint(2, 14), R.randint(0, 59), R.randint(10, 60)), "fhe_" + AI(36))
    P("component-api-token", "aws greengrassv2 create-deployment --target-arn arn:aws:iot:" + REG + ":" + ACCT + ":thinggroup/fh-bakeries-be --components '{\"com.fernhollow.RecipeSync\":{\"componentVersion\":\"1.8.0\",\"configurationUpdate\":{\"merge\":\"{\\\"erpApiToken\\\":\\\"{S}\\\"}\"}}}'", "fhe_" + AI(36))
    # RTSP camera passwords
    P("rtsp-password", "gst-launch-1.0 rtspsrc location=rtsp://kvs-edge:{S}@192.168.%d.%d:554/stream1 ! rtph264depay ! h264parse ! kvssink stream-name=cl-aisle-cam-%02d" % (R.randint(40, 44), R.randint(10, 200), R.randint(1, 24)), PW())
    P("rtsp-password", "camera-sync: ONVIF SetUser for cl-dock-cam-%02d ok (Username=kvs-edge, Password={S})" % R.randint(1, 24), PW())
    # database passwords in DSNs
    P("database-password", "2029-04-%02dT08:%02d:01.118274Z  INFO tidemark_ingest::config: DATABASE_URL=postgres://ingest:{S}@tm-timescale.cluster-" % (R.randint(2, 14), R.randint(0, 59)) + L(12) + "." + REG + ".rds.amazonaws.com:5432/telemetry", PW())
    P("database-password", "emqx authn postgresql: server=ol-auth.cluster-" + L(12) + "." + REG + ".rds.amazonaws.com:5432, database=mqtt_auth, username=emqx_auth, password={S}, pool_size=8", PW())

# ---------------------------------------------------------------- clean near-misses
for _ in range(3):
    t = thing()
    C("device certificate for " + t + ":\n" + CERT())
    C("provisioning: CreateKeysAndCertificate response: {\"certificateArn\":\"arn:aws:iot:" + REG + ":" + ACCT + ":cert/" + certid() + "\",\"certificateId\":\"" + certid() + "\",\"keyPair\":{\"PublicKey\":\"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + A(60) + "\\n-----END PUBLIC KEY-----\\n\",\"PrivateKey\":\"<written to /greengrass/v2/privKey.key, not logged>\"}}")
    C("AttachPolicy bw-hvac-policy to arn:aws:iot:" + REG + ":" + ACCT + ":cert/" + certid() + " for thing " + t)
    C("Connect Success clientId=" + t + " principalId=" + certid() + " sourceIp=" + IP())
    C("certificate fingerprint SHA256:" + ":".join(H(2).upper() for _ in range(32)) + " (AmazonRootCA1 chain ok)")
    C("AWS IoT Root CA: AmazonRootCA1.pem sha256=" + H(64))
    C("fh-bake-" + R.choice(["lyon02", "gent03", "bonn04", "graz01"]) + "-gg (nucleus 2.12.%d, uptime %dh) /greengrass/v2/config/effectiveConfig.yaml: privateKeyPath: /greengrass/v2/privKey.key, certificateFilePath: /greengrass/v2/thingCert.crt, rootCaPath: /greengrass/v2/rootCA.pem, iotDataEndpoint: " % (R.randint(5, 6), R.randint(1, 5000)) + EP)
    C("wpa_supplicant.conf: network={ ssid=\"SWU-PUMP-" + U(4) + "\" key_mgmt=WPA-PSK psk=******** }")
    C("swu-ctl wifi show: ssid=FH-BAKERY-" + U(3) + " bssid=" + mac() + " psk=<stored in TPM-sealed keyfile> signal=-%d dBm" % R.randint(50, 80))
    C("ModemManager: [modem0] IMEI " + imei() + ", SIM ICCID " + iccid() + ", operator 'NordLink IoT' (26299)")
    C("mmcli -m %d --simple-connect=\"apn=iot.swu.example,ip-type=ipv4v6\" (no user/password: SIM-authenticated APN) on swu-gw-kelso-0%d, bearer %d" % (R.randint(0, 1), R.randint(1, 4), R.randint(0, 999)))
    C("[gsm]\napn=m2m.carrier.example\nusername=ql-fleet-" + D(3) + "\npassword-flags=1\n(password held by the secret agent, not in the keyfile)")
    C("# mosquitto password_file entry\nplant-bridge:$7$101$" + B64(12) + "$" + B64(64))
    C("connection cloud-bridge-plant%d: remote_password ${MQTT_BRIDGE_PASSWORD} (expanded by envsubst at container start, task %s)" % (R.randint(1, 9), H(32)))
    C("connecting to mqtts://ol-gh-sensors:****@broker.orchardloop.example:8883 as client ol-co2-" + H(4))
    C("MQTT CONNECT client_id=tm-ferry-%03d username=tm-vessel password=<redacted %d bytes> keepalive=60" % (R.randint(1, 140), R.randint(16, 32)))
    C("EMQX authn postgresql password loaded from arn:aws:secretsmanager:" + REG + ":" + ACCT + ":secret:emqx/authn/postgres-" + A(6))
    C("CreateAuthorizer bw-installer-authorizer: tokenKeyName=X-Token-Header, tokenSigningPublicKeys={\"k1\":\"-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + B64(40) + "\\n-----END PUBLIC KEY-----\"}, signingDisabled=false")
    C("custom authorizer bw-meter-token-auth: isAuthenticated=false for token sha256:" + H(64) + " (expired)")
    C("AWS_ACCESS_KEY_ID=" + akid() + " (secret access key read from /run/swu/creds, mode 0400)")
    C("iot credential provider: role alias fh-gg-tes-alias -> arn:aws:iam::" + ACCT + ":role/fh-gg-token-exchange, credentials expire 2029-04-%02dT%02d:00:00Z" % (R.randint(2, 14), R.randint(0, 23)))
    C("INFLUX_TOKEN=${INFLUX_TOKEN:?must be set} (from aws.greengrass.SecretManager arn:aws:secretsmanager:" + REG + ":" + ACCT + ":secret:fh/influx-" + A(6) + ")")
    C("influx auth list: ID " + H(16) + " Description 'pm2 writer' Token ********** User hartwell-ingest Permissions [write:orgs/" + H(16) + "/buckets/" + H(16) + "]")
    C("greengrass deployment configurationUpdate for com.fernhollow.RecipeSync: {\"merge\":\"{\\\"erpBaseUrl\\\":\\\"https://erp.fernhollow.example/api\\\",\\\"erpApiTokenSecretArn\\\":\\\"arn:aws:secretsmanager:" + REG + ":" + ACCT + ":secret:fh/erp-token-" + A(6) + "\\\"}\"}")
    C("rtspsrc location=rtsp://192.168.%d.%d:554/stream1 user-id=kvs-edge user-pw=<from /etc/kvs/cam.secret> ! kvssink stream-name=cl-aisle-cam-%02d" % (R.randint(40, 44), R.randint(10, 200), R.randint(1, 24)))
    C("KVS stream arn:aws:kinesisvideo:" + REG + ":" + ACCT + ":stream/cl-dock-cam-%02d/%d ready" % (R.randint(1, 24), R.randint(1860000000000, 1870000000000)))
    C("DATABASE_URL=postgres://ingest@tm-timescale.cluster-" + L(12) + "." + REG + ".rds.amazonaws.com:5432/telemetry?sslmode=verify-full (password via IAM auth token)")
    C("OTA job document: {\"files\":[{\"fileName\":\"image_b.bin\",\"fileSize\":%d,\"certfile\":\"ql_fw_prod.crt\",\"sig-sha256-ecdsa\":\"" % R.randint(900000, 1200000) + B64(70) + "\"}]}")
    C("gateway " + "swu-gw-" + R.choice(["ashby", "fenby", "garth"]) + "-0%d eth0 " % R.randint(1, 4) + mac() + " wlan0 " + mac() + " serial SWU" + D(10))
    C("git rev " + H(40) + " built swu-os 2029.04.1, image sha256 " + H(64))

R.shuffle(ROWS)
