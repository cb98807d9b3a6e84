"""Seeded generator of bench/corpora/heldout43/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). The one kind whose alphabet cannot
show one: Twilio auth tokens (32 lower-case hex). main() refuses a duplicate message, a secret not in its message or
occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind without a marker.
(heldout42's helper layer with the seed, the month (May 2030), region ap-southeast-1, account and all templates new
for this round's airline: Micronaut fare search, a CXF/Tomcat NDC gateway, Aurora PostgreSQL, an Elixir loyalty ledger,
IBM MQ flight-status ingest, a Node check-in backend, a Quarkus/Timefold rostering batch and a Python ticketing worker.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout43/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("twilio-auth-token",)
ACCT = "406271958314"
REG = "ap-southeast-1"


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
    return "2030-05-%02dT%s.%sZ" % (DAY(), HMS(), D(3))


def EP():
    return 1903824000 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.choice([20, 40, 44, 52, 70, 90]), R.randint(0, 255), R.randint(4, 254))


def PNR():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def TC(lvl, src, msg):
    return "%02d-May-2030 %s.%s %s [https-jsse-nio-8443-exec-%d] %s %s" % (DAY(), HMS(), D(3), lvl, R.randint(1, 200), src, msg)


def MN(lvl, logger, msg):
    return "%s.%s [%s] %-5s %s - %s" % (HMS(), D(3), R.choice(["main", "io-executor-thread-%d" % R.randint(1, 24)]), lvl, logger, msg)


def EXL(lvl, msg):
    return "%s.%s request_id=F%s [%s] %s" % (HMS(), D(3), rs(URLS, 19), lvl, msg)


def WL(lvl, msg):
    return "%s %s: %s" % (TS(), lvl, msg)


def QK(lvl, cat, msg):
    return "2030-05-%02d %s,%s %-5s [%s] (main) %s" % (DAY(), HMS(), D(3), lvl, cat, msg)


def SL(lvl, event, **kv):
    s = "2030-05-%02d %s [%-9s] %-30s" % (DAY(), HMS(), lvl, event)
    return (s + " " + " ".join("%s=%s" % (k, kv[k]) for k in sorted(kv))).rstrip()


def PGL(lvl, msg):
    return "2030-05-%02d %s UTC:%s(%d):seatinv_app@seatinv:[%d]:%s:  %s" % (DAY(), HMS(), IP(), R.randint(30000, 65000), R.randint(1000, 65000), lvl, msg)


def RDS(name):
    return "%s.cluster-c%s.%s.rds.amazonaws.com" % (name, L(11), REG)


def CACHE(name):
    return "%s.k7w2xq.ng.0001.apse1.cache.amazonaws.com" % name


# ------------------------------------------------------------------ secret shapes (all invented)
def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def NDC_KEY():
    return MARK(A(32))


def STRIPE_SK():
    return "sk_live_51" + MARK(A(97))


def WHSEC():
    return "whsec_" + MARK(A(32))


def SG():
    return "SG." + MARK(rs(URLS, 22)) + "." + rs(URLS, 43)


def OAUTH():
    return MARK(A(40))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def COOKIE():
    return MARK(rs(string.ascii_uppercase, 20), R.choice(["INVENT", "EXAMPLE"]))


def TWILIO():
    return H(32)


def JWT():
    head = b64u(jd({"alg": "RS256", "kid": "kw-checkin-%s" % L(6), "typ": "JWT"}).encode())
    body = b64u(jd({"sub": "pax_%s" % L(12), "pnr": PNR(), "scope": "checkin boardingpass", "iss": "https://auth.kestrelway.example", "exp": EP()}).encode())
    sig = MARK(rs(URLS, 342))
    return "%s.%s.%s" % (head, body, sig)


# ------------------------------------------------------------------ planted secrets (7 per kind)
def planted():
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("ndc-wss-password", TC("INFO", "org.apache.cxf.ext.logging.slf4j.Slf4jEventSender.send", "REQ_OUT\n    Address: https://ndc.skylink-hub.example/ndc/21.3\n    HttpMethod: POST\n    Content-Type: text/xml;charset=UTF-8\n    ExchangeId: %s\n    Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>KESTRELWAY_NDC</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">%s</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body>...</soap:Body></soap:Envelope>" % (UUID(), s)), s)
        elif t == 1:
            P("ndc-wss-password", "NDC_SKYLINK_ENDPOINT=https://ndc.skylink-hub.example/ndc/21.3\nNDC_SKYLINK_WSS_USER=KESTRELWAY_NDC\nNDC_SKYLINK_WSS_PASSWORD=%s" % s, s)
        else:
            P("ndc-wss-password", TC("FINE", "com.kestrelway.ndc.config.PartnerConfig.dump", "partner skylink: endpoint=https://ndc.skylink-hub.example/ndc/21.3, wss.user=KESTRELWAY_NDC, wss.password=%s, timeout=30000" % s), s)
    for i in range(7):
        s = NDC_KEY()
        t = i % 3
        if t == 0:
            P("ndc-api-key", TC("INFO", "org.apache.cxf.ext.logging.slf4j.Slf4jEventSender.send", "REQ_OUT\n    Address: https://api.orchidair.example/ndc/v2\n    HttpMethod: POST\n    ExchangeId: %s\n    Headers: {SOAPAction=\"\\\"AirShopping\\\"\", x-api-key=%s, Accept=*/*}" % (UUID(), s)), s)
        elif t == 1:
            P("ndc-api-key", "+ curl -sS -X POST https://api.orchidair.example/ndc/v2 -H 'Content-Type: text/xml' -H 'x-api-key: %s' --data @airshopping-rq.xml" % s, s)
        else:
            P("ndc-api-key", MN("DEBUG", "i.m.context.env.DefaultEnvironment", "property micronaut.http.services.ndc-gateway.headers.x-api-key=%s (source: env)" % s), s)
    for i in range(7):
        s = STRIPE_SK()
        t = i % 3
        if t == 0:
            P("stripe-secret-key", "STRIPE_PUBLISHABLE_KEY=pk_live_51%s\nSTRIPE_SECRET_KEY=%s\nSTRIPE_ACCOUNT=acct_1Kw%s" % (A(40), s, A(13)), s)
        elif t == 1:
            P("stripe-secret-key", SL("debug", "stripe client configured", api_key=s, api_version="2030-04-30.basil", max_network_retries=2), s)
        else:
            P("stripe-secret-key", "+ curl https://api.stripe.com/v1/payment_intents/pi_3Q%s -u %s:" % (A(22), s), s)
    for i in range(7):
        s = WHSEC()
        t = i % 3
        if t == 0:
            P("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET=%s\nSTRIPE_WEBHOOK_TOLERANCE=300" % s, s)
        elif t == 1:
            P("stripe-webhook-secret", "> Ready! You are using Stripe API Version [2030-04-30.basil]. Your webhook signing secret is %s (^C to quit)" % s, s)
        else:
            P("stripe-webhook-secret", SL("debug", "webhook endpoint loaded", endpoint="we_1Q%s" % A(22), secret=s, url="https://pay.kestrelway.example/webhooks/stripe"), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("mq-app-password", "MQ_QMGR=KWFS01\nMQ_CHANNEL=FSINGEST.SVRCONN\nMQ_CONNNAME=mq-kwfs01.internal.kestrelway.example(1414)\nMQ_USER=fsingest\nMQ_PASSWORD=%s" % s, s)
        elif t == 1:
            P("mq-app-password", QK("DEBUG", "com.kes.fsi.mq.ConnectionFactoryProducer", "MQConnectionFactory{XMSC_WMQ_QUEUE_MANAGER=KWFS01, XMSC_WMQ_CHANNEL=FSINGEST.SVRCONN, XMSC_USERID=fsingest, XMSC_PASSWORD=%s, XMSC_WMQ_SSL_CIPHER_SUITE=TLS_AES_256_GCM_SHA384}" % s), s)
        else:
            P("mq-app-password", "+ export MQSAMP_USER_ID=fsingest\n+ echo '%s' | /opt/mqm/samp/bin/amqsputc FLTSTAT.TEST KWFS01" % s, s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("sftp-password", "+ sshpass -p '%s' sftp -oBatchMode=no -P 22 kwschedules@sftp.aerohub.example:/outbound/ssim/*.ssim /data/inbound/" % s, s)
        elif t == 1:
            P("sftp-password", SL("info", "schedule pull configured", source="sftp://kwschedules:%s@sftp.aerohub.example:22/outbound/ssim/" % s, cron="*/15 * * * *"), s)
        else:
            P("sftp-password", "+ lftp -e 'mirror --only-newer /outbound/mvt /data/mvt; bye' -u kwschedules,%s sftp://sftp.aerohub.example" % s, s)
    for i in range(7):
        s = TWILIO()
        t = i % 3
        sid = "AC" + H(32)
        if t == 0:
            P("twilio-auth-token", "TWILIO_ACCOUNT_SID=%s\nTWILIO_AUTH_TOKEN=%s\nTWILIO_MESSAGING_SERVICE_SID=MG%s" % (sid, s, H(32)), s)
        elif t == 1:
            P("twilio-auth-token", "+ curl -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json --data-urlencode 'To=+6591234567' --data-urlencode 'Body=test' -u %s:%s" % (sid, sid, s), s)
        else:
            P("twilio-auth-token", WL("debug", "sms provider init %s" % jd({"provider": "twilio", "accountSid": sid, "authToken": s, "region": "sg1"})), s)
    for i in range(7):
        s = SG()
        t = i % 3
        if t == 0:
            P("sendgrid-api-key", "SENDGRID_API_KEY=%s\nMAIL_FROM=no-reply@kestrelway.example" % s, s)
        elif t == 1:
            P("sendgrid-api-key", WL("debug", "POST https://api.sendgrid.com/v3/mail/send headers={ 'content-type': 'application/json', authorization: 'Bearer %s' }" % s), s)
        else:
            P("sendgrid-api-key", "+ curl -sS https://api.sendgrid.com/v3/scopes -H 'Authorization: Bearer %s'" % s, s)
    for i in range(7):
        s = OAUTH()
        t = i % 3
        cid = "kw-ndc-%s" % L(8)
        if t == 0:
            P("oauth-client-secret", TC("FINE", "com.kestrelway.ndc.auth.TokenClient.fetch", "POST https://auth.meridian-gds.example/oauth2/token body=grant_type=client_credentials&client_id=%s&client_secret=%s&scope=ndc.shop" % (cid, s)), s)
        elif t == 1:
            P("oauth-client-secret", "NDC_MERIDIAN_CLIENT_ID=%s\nNDC_MERIDIAN_CLIENT_SECRET=%s\nNDC_MERIDIAN_TOKEN_URL=https://auth.meridian-gds.example/oauth2/token" % (cid, s), s)
        else:
            P("oauth-client-secret", EXL("debug", "partner oauth config: %s" % jd({"partner": "lumen-hotels", "client_id": cid, "client_secret": s, "token_url": "https://id.lumen-hotels.example/oauth/token"})), s)
    for i in range(7):
        s = JWT()
        t = i % 3
        if t == 0:
            P("jwt", WL("debug", "incoming headers { host: 'checkin.kestrelway.example', authorization: 'Bearer %s', 'x-kiosk-id': 'SIN-T4-K%02d' }" % (s, R.randint(1, 24))), s)
        elif t == 1:
            P("jwt", WL("http", "%s - - [%02d/May/2030:%s +0000] \"GET /v1/boardingpass/%s/1.pdf?token=%s HTTP/1.1\" 200 48211 \"-\" \"KestrelwayApp/8.2.1 (iPhone; iOS 19.1)\"" % (IP(), DAY(), HMS(), PNR(), s)), s)
        else:
            P("jwt", EXL("debug", "Processing with LedgerWeb.BalanceController.show/2\n  Parameters: %%{\"member_no\" => \"KM%s\", \"token\" => \"%s\"}\n  Pipelines: [:api]" % (D(9), s)), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("db-password", QK("DEBUG", "io.agroal.pool", "datasource <default>: jdbc:postgresql://%s:5432/crew?user=roster_app&password=%s&sslmode=verify-full" % (RDS("kw-crew"), s)), s)
        elif t == 1:
            P("db-password", "DATABASE_URL=ecto://ledger_app:%s@%s/ledger\nPOOL_SIZE=10\nPHX_HOST=miles.kestrelway.example" % (s, RDS("kw-ledger")), s)
        else:
            P("db-password", "+ PGPASSWORD='%s' psql -h %s -U seatinv_report -d seatinv -c '\\copy (select * from inventory.manifest_export) to manifest.csv csv header'" % (s, RDS("kw-seatinv")), s)
    for i in range(7):
        s = AWS_SECRET()
        t = i % 3
        if t == 0:
            P("aws-secret-access-key", "AWS_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nPAIRINGS_BUCKET=kw-crew-planning-apse1" % (REG, s), s)
        elif t == 1:
            P("aws-secret-access-key", "+ aws configure set aws_secret_access_key %s --profile kw-ops-breakglass" % s, s)
        else:
            P("aws-secret-access-key", QK("DEBUG", "io.quarkus.config", "quarkus.s3.aws.credentials.static-provider.secret-access-key=%s (from .env)" % s), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("redis-auth-password", WL("debug", "session store config %s" % jd({"url": "rediss://:%s@%s:6379/0" % (s, CACHE("sessions")), "prefix": "sess:", "ttl": 1800})), s)
        elif t == 1:
            P("redis-auth-password", "FARE_CACHE_HOST=%s\nFARE_CACHE_PORT=6379\nFARE_CACHE_AUTH_TOKEN=%s" % (CACHE("fare-cache"), s), s)
        else:
            P("redis-auth-password", "+ redis-cli -h %s -p 6379 --tls --user fareshop -a '%s' --no-auth-warning DBSIZE" % (CACHE("fare-cache"), s), s)
    for i in range(7):
        s = COOKIE()
        t = i % 3
        if t == 0:
            P("erlang-cookie", "RELEASE_NAME=ledger\nRELEASE_NODE=ledger@%s\nRELEASE_COOKIE=%s\nRELEASE_DISTRIBUTION=name" % (IP(), s), s)
        elif t == 1:
            P("erlang-cookie", "+ iex --name ops@%s --cookie %s --remsh ledger@%s" % (IP(), s, IP()), s)
        else:
            P("erlang-cookie", "+ exec erl -name ledger@%s -setcookie %s -boot /app/releases/2030.5.1/start -noshell" % (IP(), s), s)
    for i in range(7):
        s = PW()
        t = i % 3
        if t == 0:
            P("keystore-password", "<Connector port=\"8443\" protocol=\"org.apache.coyote.http11.Http11NioProtocol\" SSLEnabled=\"true\">\n  <SSLHostConfig>\n    <Certificate certificateKeystoreFile=\"conf/ndc-gateway.p12\" certificateKeystorePassword=\"%s\" type=\"RSA\" />\n  </SSLHostConfig>\n</Connector>" % s, s)
        elif t == 1:
            P("keystore-password", "+ keytool -importcert -noprompt -alias orchid-ca-2030 -file orchid-root.pem -keystore /opt/tomcat/conf/partners-truststore.p12 -storepass %s" % s, s)
        else:
            P("keystore-password", "WALLET_PASS_TYPE_ID=pass.example.kestrelway.boarding\nWALLET_TEAM_ID=%s\nWALLET_P12_PATH=/run/secrets/pass.p12\nWALLET_P12_PASSPHRASE=%s" % (rs(string.ascii_uppercase + string.digits, 10), s), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: TC("INFO", "org.apache.cxf.ext.logging.slf4j.Slf4jEventSender.send", "REQ_OUT\n    Address: https://ndc.skylink-hub.example/ndc/21.3\n    HttpMethod: POST\n    ExchangeId: %s\n    Payload: <soap:Envelope><soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>KESTRELWAY_NDC</wsse:Username><wsse:Password>***</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body>...</soap:Body></soap:Envelope>" % UUID()),
        lambda: "NDC_SKYLINK_WSS_USER=KESTRELWAY_NDC\nNDC_SKYLINK_WSS_PASSWORD_SECRET=arn:aws:secretsmanager:%s:%s:secret:kw/prod/ndc/skylink-%s" % (REG, ACCT, A(6)),
        lambda: TC("FINE", "com.kestrelway.ndc.config.PartnerConfig.dump", "partner skylink: endpoint=https://ndc.skylink-hub.example/ndc/21.3, wss.user=KESTRELWAY_NDC, wss.password=<redacted>, timeout=30000"),
        lambda: TC("INFO", "org.apache.cxf.ext.logging.slf4j.Slf4jEventSender.send", "REQ_OUT\n    Address: https://api.orchidair.example/ndc/v2\n    HttpMethod: POST\n    ExchangeId: %s\n    Headers: {SOAPAction=\"\\\"AirShopping\\\"\", x-api-key=********, Accept=*/*}" % UUID()),
        lambda: MN("DEBUG", "i.m.context.env.DefaultEnvironment", "property micronaut.http.services.ndc-gateway.headers.x-api-key=${NDC_API_KEY} (source: application-prod.yml)"),
        lambda: MN("INFO", "c.k.fareshop.ndc.NdcShoppingClient", "AirShopping ok office=SIN%s2%s agency=KWWEB offers=%d correlation=%s" % (rs(string.ascii_uppercase, 2), D(3), R.randint(1, 300), UUID())),
        lambda: "STRIPE_PUBLISHABLE_KEY=pk_live_51%s\nSTRIPE_SECRET_KEY_ARN=arn:aws:secretsmanager:%s:%s:secret:kw/prod/stripe-%s\nSTRIPE_ACCOUNT=acct_1Kw%s" % (A(40), REG, ACCT, A(6), A(13)),
        lambda: SL("debug", "stripe client configured", api_key="sk_live_...%s" % A(4), api_version="2030-04-30.basil", max_network_retries=2),
        lambda: SL("info", "payment captured", order="ord_%s" % L(14), payment_intent="pi_3Q%s" % A(22), charge="ch_3Q%s" % A(22), pnr=PNR()),
        lambda: SL("warning", "refund parked for manual processing", key="rk_live_*****************%s" % A(4), order="ord_%s" % L(14), reason="stripe_permission_error"),
        lambda: "STRIPE_WEBHOOK_SECRET=\nSTRIPE_WEBHOOK_TOLERANCE=300",
        lambda: SL("info", "stripe event processed", event_id="evt_3Q%s" % A(22), signature="t=%d,v1=%s" % (EP(), H(64))),
        lambda: "INFO:     %s:%d - \"POST /webhooks/stripe HTTP/1.1\" 200 OK" % (IP(), R.randint(30000, 65000)),
        lambda: "MQ_QMGR=KWFS01\nMQ_CHANNEL=FSINGEST.SVRCONN\nMQ_USER=fsingest\nMQ_PASSWORD_FILE=/run/secrets/mq_password",
        lambda: QK("DEBUG", "com.kes.fsi.mq.ConnectionFactoryProducer", "MQConnectionFactory{XMSC_WMQ_QUEUE_MANAGER=KWFS01, XMSC_WMQ_CHANNEL=FSINGEST.SVRCONN, XMSC_USERID=fsingest, XMSC_PASSWORD=********}"),
        lambda: QK("INFO", "com.kes.fsi.mq.Consumer", "message %s from FLTSTAT.INGEST: MVT KW%d/%02d SIN AD%02d%02d EA%02d%02d BKK (correlId %s)" % (H(48), R.randint(100, 990), DAY(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 23), R.randint(0, 59), H(48))),
        lambda: "+ sftp -i /run/secrets/aerohub_ed25519 -oBatchMode=yes kwschedules@sftp.aerohub.example:/outbound/ssim/ /data/inbound/",
        lambda: SL("info", "schedule pull configured", source="sftp://kwschedules@sftp.aerohub.example:22/outbound/ssim/", auth="publickey", cron="*/15 * * * *"),
        lambda: SL("info", "ssim file received", name="KW_S30_%s.ssim" % D(8), sha256=H(64), records=R.randint(2000, 9000)),
        lambda: "TWILIO_ACCOUNT_SID=AC%s\nTWILIO_AUTH_TOKEN_ARN=arn:aws:secretsmanager:%s:%s:secret:kw/prod/twilio-%s\nTWILIO_MESSAGING_SERVICE_SID=MG%s" % (H(32), REG, ACCT, A(6), H(32)),
        lambda: WL("info", "sms sent sid=SM%s to=+65****%s template=checkin-open status=queued" % (H(32), D(4))),
        lambda: WL("debug", "sms provider init %s" % jd({"provider": "twilio", "accountSid": "AC" + H(32), "authToken": "[REDACTED]", "region": "sg1"})),
        lambda: "SENDGRID_API_KEY=\nMAIL_FROM=no-reply@kestrelway.example",
        lambda: WL("debug", "POST https://api.sendgrid.com/v3/mail/send headers={ 'content-type': 'application/json', authorization: 'Bearer [REDACTED]' }"),
        lambda: WL("info", "email accepted x-message-id=%s template=boarding-pass pnr=%s" % (rs(URLS, 22), PNR())),
        lambda: TC("FINE", "com.kestrelway.ndc.auth.TokenClient.fetch", "POST https://auth.meridian-gds.example/oauth2/token body=grant_type=client_credentials&client_id=kw-ndc-%s&client_secret=[PROTECTED]&scope=ndc.shop" % L(8)),
        lambda: TC("FINE", "com.kestrelway.ndc.auth.TokenClient.fetch", "token for meridian cached: token_type=Bearer expires_in=3600 scope=ndc.shop jti=%s" % UUID()),
        lambda: "NDC_MERIDIAN_CLIENT_ID=kw-ndc-%s\nNDC_MERIDIAN_CLIENT_SECRET=${NDC_MERIDIAN_CLIENT_SECRET}\nNDC_MERIDIAN_TOKEN_URL=https://auth.meridian-gds.example/oauth2/token" % L(8),
        lambda: EXL("debug", "partner oauth config: %s" % jd({"partner": "lumen-hotels", "client_id": "kw-ndc-%s" % L(8), "client_secret": "<redacted>", "token_url": "https://id.lumen-hotels.example/oauth/token"})),
        lambda: WL("debug", "incoming headers { host: 'checkin.kestrelway.example', authorization: 'Bearer <redacted>', 'x-kiosk-id': 'SIN-T4-K%02d', 'x-amzn-trace-id': 'Root=1-%s-%s' }" % (R.randint(1, 24), H(8), H(24))),
        lambda: WL("http", "%s - - [%02d/May/2030:%s +0000] \"GET /v1/boardingpass/%s/1.pdf HTTP/1.1\" 200 48211 \"-\" \"KestrelwayApp/8.2.1 (iPhone; iOS 19.1)\"" % (IP(), DAY(), HMS(), PNR())),
        lambda: WL("info", "token accepted sub=pax_%s pnr=%s kid=kw-checkin-%s exp=%d" % (L(12), PNR(), L(6), EP())),
        lambda: EXL("debug", "Processing with LedgerWeb.BalanceController.show/2\n  Parameters: %%{\"member_no\" => \"KM%s\", \"token\" => \"[FILTERED]\"}\n  Pipelines: [:api]" % D(9)),
        lambda: QK("DEBUG", "io.agroal.pool", "datasource <default>: jdbc:postgresql://%s:5432/crew?user=roster_app&sslmode=verify-full (password from secret kw/prod/crew-db)" % RDS("kw-crew")),
        lambda: "DATABASE_URL_SECRET=arn:aws:secretsmanager:%s:%s:secret:rds!cluster-%s\nPOOL_SIZE=10\nPHX_HOST=miles.kestrelway.example" % (REG, ACCT, UUID()),
        lambda: "+ psql \"host=%s user=seatinv_report dbname=seatinv sslmode=verify-full\" -c 'select count(*) from inventory.seat_hold'" % RDS("kw-seatinv"),
        lambda: PGL("LOG", "connection authorized: user=seatinv_app database=seatinv application_name=seatinv-api SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"),
        lambda: "AWS_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nPAIRINGS_BUCKET=kw-crew-planning-apse1" % (REG, UUID()),
        lambda: QK("DEBUG", "io.quarkus.config", "quarkus.s3.aws.credentials.type=default (role arn:aws:iam::%s:role/kw-crew-roster-batch, access key ****%s)" % (ACCT, rs(string.ascii_uppercase + string.digits, 4))),
        lambda: "+ aws sts get-caller-identity --profile kw-ops-breakglass\n{\"UserId\": \"AROA%s:%s\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/kw-ops-breakglass/%s\"}" % (rs(string.ascii_uppercase + string.digits, 17), L(8), ACCT, ACCT, L(8)),
        lambda: WL("debug", "session store config %s" % jd({"url": "rediss://%s:6379/0" % CACHE("sessions"), "auth": "iam", "prefix": "sess:", "ttl": 1800})),
        lambda: "FARE_CACHE_HOST=%s\nFARE_CACHE_PORT=6379\nFARE_CACHE_AUTH_TOKEN_SECRET=kw/prod/fare-cache-auth" % CACHE("fare-cache"),
        lambda: "+ redis-cli -h %s -p 6379 --tls --user fareshop --askpass DBSIZE" % CACHE("fare-cache"),
        lambda: "RELEASE_NAME=ledger\nRELEASE_NODE=ledger@%s\nRELEASE_COOKIE_FILE=/run/secrets/erlang_cookie\nRELEASE_DISTRIBUTION=name" % IP(),
        lambda: EXL("info", "[libcluster:ecs] connected to :\"ledger@%s\"" % IP()),
        lambda: "+ iex --name ops@%s --cookie \"$(cat /run/secrets/erlang_cookie)\" --remsh ledger@%s" % (IP(), IP()),
        lambda: "<Connector port=\"8443\" protocol=\"org.apache.coyote.http11.Http11NioProtocol\" SSLEnabled=\"true\">\n  <SSLHostConfig>\n    <Certificate certificateKeystoreFile=\"conf/ndc-gateway.p12\" certificateKeystorePassword=\"${keystore.password}\" type=\"RSA\" />\n  </SSLHostConfig>\n</Connector>",
        lambda: "+ keytool -list -keystore /opt/tomcat/conf/partners-truststore.p12 -storepass:file /run/secrets/truststore_pass\norchid-ca-2030, %02d-May-2030, trustedCertEntry,\nCertificate fingerprint (SHA-256): %s" % (DAY(), ":".join(H(2).upper() for _ in range(32))),
        lambda: "WALLET_PASS_TYPE_ID=pass.example.kestrelway.boarding\nWALLET_TEAM_ID=%s\nWALLET_P12_PATH=/run/secrets/pass.p12\nWALLET_P12_PASSPHRASE_FILE=/run/secrets/pass_p12_passphrase" % rs(string.ascii_uppercase + string.digits, 10),
        lambda: WL("info", "boarding pass issued pnr=%s pax=%d flight=KW%d ticket=629%s bcbp=M1%s/%s E%s SINBKKKW %04d" % (PNR(), R.randint(1, 4), R.randint(100, 990), D(10), rs(string.ascii_uppercase, 6), rs(string.ascii_uppercase, 4), PNR(), R.randint(100, 990))),
        lambda: SL("info", "tickets issued", order="ord_%s" % L(14), pnr=PNR(), tickets="629%s,629%s" % (D(10), D(10))),
        lambda: EXL("info", "accrued %d miles to KM%s for KW%d segment %s" % (R.randint(200, 9000), D(9), R.randint(100, 990), rs(string.ascii_uppercase + string.digits, 10))),
        lambda: SL("info", "vault token unwrapped", key_arn="arn:aws:kms:%s:%s:key/%s" % (REG, ACCT, UUID()), order="ord_%s" % L(14), fingerprint=H(16)),
        lambda: MN("INFO", "c.k.fareshop.search.SearchService", "search %s trace=1-%s-%s offers=%d" % (UUID(), H(8), H(24), R.randint(1, 200))),
        lambda: QK("INFO", "com.kes.cre.inp.PairingLoader", "pairings object s3://kw-crew-planning-apse1/pairings/v2/SIN/2030-06.json.gz etag=\"%s\" versionId=%s" % (H(32), rs(URLS, 32))),
        lambda: "IMAGE=%s.dkr.ecr.%s.amazonaws.com/kw/ticketing@sha256:%s" % (ACCT, REG, H(64)),
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
