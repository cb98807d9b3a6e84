"""Seeded generator of bench/corpora/heldout47/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Every secret whose alphabet allows it carries a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of it (length kept); the two hex-only kinds (SIM Ki and
OPc, 32 hex digits each) cannot carry one and are random hex draws. main() refuses a duplicate message, a secret not
in its message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marker-capable secret
without a marker. (The helper layer follows heldout46's secrets generator: random draws, marker writing, refusal
checks, main(); the seed, month (September 2030), region us-west-2, account and all wrappers and templates are new
for this round's MVNO/VoIP carrier: Kamailio, Asterisk, FreeRADIUS, Open5GS, Jasmin, the Diameter OCS, the eSIM API,
the CDR mediation Lambda and the self-care app.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout47/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
HEX_KINDS = {"sim-ki", "sim-opc"}
ACCT = "730518264093"
REG = "us-west-2"
DOM = "corvaline.example"


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
    return "2030-09-%02dT%s%sZ" % (DAY(), HMS(), ("." + D(frac)) if frac else "")


def EP():
    return 1914451200 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.choice([40, 42, 46, 48, 50]), R.randint(0, 255), R.randint(4, 254))


def MSISDN():
    return "1%s%s" % (R.choice(["503", "971", "360", "206"]), D(7))


def IMSI():
    return "3119%s%s" % (R.choice(["20", "21"]), D(9))


def ICCID():
    return "8901%s%s" % (R.choice(["260", "410"]), D(12))


# ------------------------------------------------------------------ secret shapes
def PW(n=None):
    n = n or R.randint(14, 22)
    pre = R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"])
    return pre + rs(AN + "!#%+", n - len(pre))


def SMPP_PW():
    return R.choice(["Invent", "INVENT"]) + A(2)


def RADIUS_SECRET():
    return MARK(A(R.randint(20, 28)))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def OAUTH_SECRET():
    return MARK(L(52), R.choice(["Invent", "Example"]))


def API_TOKEN():
    return "sfk_live_" + MARK(A(32))


def AMI_SECRET():
    return MARK(A(24))


def JWT():
    hdr = b64u(jd({"kid": b64u(bytes(R.randrange(256) for _ in range(30))), "alg": "RS256"}).encode())
    pay = b64u(jd({"sub": UUID(), "iss": "https://cognito-idp.%s.amazonaws.com/%s_%s" % (REG, REG, A(9)), "token_use": "id",
                   "auth_time": EP(), "exp": EP() + 3600, "phone_number": "+" + MSISDN(), "custom:plan": R.choice(["PREPAID-15", "POSTPAID-60"])}).encode())
    sig = MARK(rs(URLS, 342), R.choice(["INVENT", "EXAMPLE"]), lo=10)
    return "%s.%s.%s" % (hdr, pay, sig)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def KAM(lvl, mod, msg):
    return "Sep %2d %s sip-edge-0%d /usr/sbin/kamailio[%d]: %s: %s %s" % (DAY(), HMS(), R.randint(1, 2), R.randint(2100, 2399), lvl, mod, msg)


def AST(lvl, src, msg):
    return "[2030-09-%02d %s.%s] %s[%d] %s: %s" % (DAY(), HMS(), D(3), lvl, R.randint(3900, 4999), src, msg)


def FR(kind, msg):
    return "%s Sep %2d %s 2030 : %s: %s" % (R.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), DAY(), HMS(), kind, msg)


def JAS(lvl, msg):
    return "2030-09-%02d %s %-8s 1 %s" % (DAY(), HMS(), lvl, msg)


def LB(lvl, thread, logger, msg):
    return "2030-09-%02d %s,%s %-5s [%s] %s - %s" % (DAY(), HMS(), D(3), lvl, thread, logger, msg)


def ZAP(lvl, caller, msg, **kw):
    d = {"level": lvl, "ts": EP() + R.random(), "caller": caller, "msg": msg}
    d.update(kw)
    return jd(d)


def NODE(lvl, msg):
    return "%s\t%s\t%s\t%s" % (TS(), UUID(), lvl, msg)


def O5(dom, lvl, msg, src):
    return "09/%02d %s.%s: [%s] %s: %s (../%s)" % (DAY(), HMS(), D(3), dom, lvl, msg, src)


# ------------------------------------------------------------------ planted (15 kinds x 7)
def planted():
    for i in range(7):
        s, t, u = PW(), i % 3, MSISDN()
        if t == 0:
            P("sip-digest-password", "[%s]\ntype=auth\nauth_type=userpass\nusername=%s\npassword=%s" % (u, u, s), s)
        elif t == 1:
            P("sip-digest-password", "+ sipp -sn uac -s %s -au %s -ap '%s' -r 5 -m 50 sip-edge-01.%s:5060" % (MSISDN(), u, s, DOM), s)
        else:
            P("sip-digest-password", KAM("DEBUG", "<script>:", "provisioning: subscriber insert username=%s domain=ims.%s password=%s" % (u, DOM, s)), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("sip-trunk-password", "[carrier-east-auth]\ntype=auth\nauth_type=userpass\nusername=corvaline-%d\npassword=%s\nrealm=carrier-east.example" % (R.randint(1, 4), s), s)
        elif t == 1:
            P("sip-trunk-password", "INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm, auth_username, auth_password, auth_proxy, expires) VALUES ('cw%d', 'corvaline', '%s', 'corvaline', 'carrier-west.example', 'carrier-west.example', 'corvaline', '%s', 'sip:reg.carrier-west.example', 600);" % (R.randint(1, 9), DOM, s), s)
        else:
            P("sip-trunk-password", "CARRIER_WEST_TRUNK_USER=corvaline\nCARRIER_WEST_TRUNK_PASSWORD=%s\nCARRIER_WEST_PROXY=sip:reg.carrier-west.example" % s, s)
    for i in range(7):
        s, t = RADIUS_SECRET(), i % 3
        if t == 0:
            P("radius-shared-secret", "client pgw-0%d {\n\tipaddr = 10.42.%d.%d\n\tsecret = %s\n\tnas_type = other\n}" % (R.randint(1, 4), R.randint(20, 79), R.randint(4, 250), s), s)
        elif t == 1:
            P("radius-shared-secret", "+ radtest -t pap m2m-fleet-%s test-pass 127.0.0.1 0 %s" % (D(4), s), s)
        else:
            P("radius-shared-secret", "+ echo \"User-Name = %s@ims.mnc020.mcc311.3gppnetwork.org, Acct-Status-Type = Interim-Update\" | radclient -x 10.42.1.10:1813 acct '%s'" % (IMSI(), s), s)
    for i in range(7):
        s, t = SMPP_PW(), i % 3
        if t == 0:
            P("smpp-bind-password", "jcli : smppccm -u carrier-b\n> password %s\n> ok\nSuccessfully updated connector [carrier-b]" % s, s)
        elif t == 1:
            P("smpp-bind-password", JAS("DEBUG", "SMPPC [cid:carrier-b] Sending PDU BindTransceiver(seqNum=%d, system_id=b'corvaline01', password=b'%s', system_type=b'', interface_version=52)" % (R.randint(1, 99), s)), s)
        else:
            P("smpp-bind-password", "SMPP_CARRIER_B_SYSTEM_ID=corvaline01\nSMPP_CARRIER_B_PASSWORD=%s\nSMPP_CARRIER_B_HOST=smpp.carrier-b.example" % s, s)
    for i in range(7):
        s, t = H(32), i % 3
        if t == 0:
            P("sim-ki", "%s,%s,%s,opc=<in HSM batch 2030-09-%02d>" % (ICCID(), IMSI(), s, DAY()), s)
        elif t == 1:
            P("sim-ki", "{ \"imsi\": \"%s\", \"security\": { \"k\": \"%s\", \"amf\": \"8000\", \"op\": null, \"opc\": \"****\" } }" % (IMSI(), s), s)
        else:
            P("sim-ki", ZAP("debug", "provision/hss.go:%d" % R.randint(70, 90), "hss provisioning body", body=jd({"imsi": IMSI(), "msisdn": MSISDN(), "ki": s, "algo": "milenage"})), s)
    for i in range(7):
        s, t = H(32), i % 3
        if t == 0:
            P("sim-opc", "%s,%s,ki=<in HSM batch 2030-09-%02d>,%s" % (ICCID(), IMSI(), DAY(), s), s)
        elif t == 1:
            P("sim-opc", "{ \"imsi\": \"%s\", \"security\": { \"k\": \"****\", \"amf\": \"8000\", \"op\": null, \"opc\": \"%s\" } }" % (IMSI(), s), s)
        else:
            P("sim-opc", FR("Info", "(%d) eap_aka: loaded vector config for %s: OPc=%s, AMF=8000, SQN from HSS" % (R.randint(100, 99999), IMSI(), s)), s)
    for i in range(7):
        s, t = AMI_SECRET(), i % 3
        if t == 0:
            P("asterisk-ami-secret", "[cvl-dialer]\nsecret = %s\ndeny = 0.0.0.0/0.0.0.0\npermit = 10.40.0.0/255.255.0.0\nread = call,cdr\nwrite = originate" % s, s)
        elif t == 1:
            P("asterisk-ami-secret", AST("DEBUG", "manager.c", "<-- Examining AMI action: -->\nAction: Login\nUsername: cvl-dialer\nSecret: %s\nActionID: %d" % (s, R.randint(1, 9999))), s)
        else:
            P("asterisk-ami-secret", "AMI_HOST=pbx-0%d.int.%s\nAMI_USER=cvl-dialer\nAMI_SECRET=%s" % (R.randint(1, 4), DOM, s), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("asterisk-ari-password", "[cvl-ari]\ntype = user\nread_only = no\npassword = %s\npassword_format = plain" % s, s)
        elif t == 1:
            P("asterisk-ari-password", "+ curl -s -u 'cvl-ari:%s' http://pbx-0%d.int.%s:8088/ari/channels" % (s, R.randint(1, 4), DOM), s)
        else:
            P("asterisk-ari-password", NODE("DEBUG", "connecting ARI websocket ws://pbx-0%d.int.%s:8088/ari/events?app=ivr-ai&api_key=cvl-ari:%s" % (R.randint(1, 4), DOM, s)), s)
    for i in range(7):
        s, t = API_TOKEN(), i % 3
        if t == 0:
            P("esim-api-token", ZAP("debug", "httpapi/middleware.go:%d" % R.randint(40, 49), "request headers", headers={"Authorization": "Bearer %s" % s, "Content-Type": "application/json", "X-Request-Id": UUID()}), s)
        elif t == 1:
            P("esim-api-token", "+ curl -s -H 'Authorization: Bearer %s' https://simforge.int.%s/v1/esim/orders/ord_%s" % (s, DOM, A(14)), s)
        else:
            P("esim-api-token", "SIMFORGE_URL=https://simforge.int.%s\nSIMFORGE_API_TOKEN=%s\nNODE_ENV=production" % (DOM, s), s)
    for i in range(7):
        s, t = OAUTH_SECRET(), i % 3
        if t == 0:
            P("oauth-client-secret", "COGNITO_CLIENT_ID=%s\nCOGNITO_CLIENT_SECRET=%s\nCOGNITO_DOMAIN=auth.%s" % (L(26), s, DOM), s)
        elif t == 1:
            P("oauth-client-secret", "spring.security.oauth2.client.registration.cognito.client-id=%s\nspring.security.oauth2.client.registration.cognito.client-secret=%s" % (L(26), s), s)
        else:
            P("oauth-client-secret", NODE("DEBUG", "token request: POST https://auth.%s/oauth2/token body=grant_type=client_credentials&client_id=%s&client_secret=%s&scope=selfcare/read" % (DOM, L(26), s)), s)
    for i in range(7):
        s, t = JWT(), i % 3
        if t == 0:
            P("jwt", "%s - - [%02d/Sep/2030:%s +0000] \"GET /api/v1/account/usage?id_token=%s HTTP/1.1\" 200 %d \"-\" \"CorvalineApp/5.%d (iOS)\"" % (IP(), DAY(), HMS(), s, R.randint(200, 4000), R.randint(0, 9)), s)
        elif t == 1:
            P("jwt", ZAP("debug", "httpapi/auth.go:%d" % R.randint(30, 40), "verifying token", token=s, issuer="cognito"), s)
        else:
            P("jwt", NODE("INFO", "selfcare session restored from header x-cvl-id-token: %s" % s), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("postgres-password", "SIMFORGE_DB_URL=postgres://simforge:%s@simforge-db.cluster-c%s.%s.rds.amazonaws.com:5432/simforge?sslmode=require" % (s, L(11), REG), s)
        elif t == 1:
            P("postgres-password", "sql {\n\tdialect = \"postgresql\"\n\tserver = \"aaa-db.cluster-c%s.%s.rds.amazonaws.com\"\n\tlogin = \"radius\"\n\tpassword = \"%s\"\n\tradius_db = \"radius\"\n}" % (L(11), REG, s), s)
        else:
            P("postgres-password", "+ PGPASSWORD='%s' psql -h aaa-db.cluster-c%s.%s.rds.amazonaws.com -U radius -c 'select count(*) from radacct'" % (s, L(11), REG), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("mysql-password", "modparam(\"usrloc\", \"db_url\", \"mysql://kamailio:%s@kam-loc.cluster-c%s.%s.rds.amazonaws.com/kamailio\")" % (s, L(11), REG), s)
        elif t == 1:
            P("mysql-password", "[asteriskcdr]\nenabled => yes\ndsn => asteriskcdr\nusername => asterisk\npassword => %s\npre-connect => yes" % s, s)
        else:
            P("mysql-password", "+ mysql -h kam-loc.cluster-c%s.%s.rds.amazonaws.com -u kamailio -p'%s' kamailio -e 'select count(*) from location'" % (L(11), REG, s), s)
    for i in range(7):
        s, t = PW(), i % 3
        if t == 0:
            P("kafka-scram-password", "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"ocs-cdr\" password=\"%s\";" % s, s)
        elif t == 1:
            P("kafka-scram-password", "+ aws secretsmanager get-secret-value --secret-id AmazonMSK_ocs-cdr --query SecretString --output text\n{\"username\":\"ocs-cdr\",\"password\":\"%s\"}" % s, s)
        else:
            P("kafka-scram-password", LB("DEBUG", "main", "c.c.ocs.cdr.KafkaConfig", "producer props: bootstrap.servers=b-1.cvl-msk.%s.c3.kafka.%s.amazonaws.com:9096, sasl.mechanism=SCRAM-SHA-512, sasl.username=ocs-cdr, sasl.password=%s" % (L(6), REG, s)), s)
    for i in range(7):
        s, t = AWS_SECRET(), i % 3
        if t == 0:
            P("aws-secret-access-key", "AWS_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nCDR_BUCKET=corvaline-cdr-landing-%s" % (REG, s, REG), s)
        elif t == 1:
            P("aws-secret-access-key", "[cdr-sftp-bridge]\naws_secret_access_key = %s\nregion = %s" % (s, REG), s)
        else:
            P("aws-secret-access-key", "+ aws configure set aws_secret_access_key %s --profile msc-export" % s, s)


# ------------------------------------------------------------------ clean near-misses (95)
def clean():
    makers = [
        lambda: "[%s]\ntype=auth\nauth_type=userpass\nusername=%s\npassword=${SIP_PASSWORD}" % ((MSISDN(),) * 2),
        lambda: KAM("INFO", "<script>:", "REGISTER sip:+%s@ims.%s challenged: nonce=\"%s\", realm=\"ims.%s\"" % (MSISDN(), DOM, b64u(bytes(R.randrange(256) for _ in range(24))), DOM)),
        lambda: KAM("DEBUG", "<script>:", "Authorization: Digest username=\"+%s\", realm=\"ims.%s\", nonce=\"%s\", uri=\"sip:ims.%s\", response=\"%s\", algorithm=MD5" % (MSISDN(), DOM, H(40), DOM, H(32))),
        lambda: KAM("INFO", "<script>:", "INVITE call-id %s@10.40.1.%d branch z9hG4bK%s.%s.0 routed" % (H(24), R.randint(21, 22), H(8), H(32))),
        lambda: "[carrier-east-auth]\ntype=auth\nauth_type=userpass\nusername=corvaline-%d\npassword=********\nrealm=carrier-east.example" % R.randint(1, 4),
        lambda: "CARRIER_WEST_TRUNK_USER=corvaline\nCARRIER_WEST_TRUNK_PASSWORD_ARN=arn:aws:secretsmanager:%s:%s:secret:cvl/prod/trunk/carrier-west-%s" % (REG, ACCT, A(6)),
        lambda: AST("VERBOSE", "res_pjsip_outbound_registration.c", "Outbound registration 'carrier-west-%d' is now Registered (auth carrier-west-auth, password ***)" % R.randint(1, 4)),
        lambda: "client pgw-0%d {\n\tipaddr = 10.42.%d.%d\n\tsecret = ${RADIUS_SECRET_PGW}\n\tnas_type = other\n}" % (R.randint(1, 4), R.randint(20, 79), R.randint(4, 250)),
        lambda: FR("Auth", "(%d) Login OK: [%s@ims.mnc020.mcc311.3gppnetwork.org] (from client pgw-0%d port 0 cli %s)" % (R.randint(100, 99999), IMSI(), R.randint(1, 4), MSISDN())),
        lambda: FR("Error", "Received packet from 10.42.30.%d with invalid Message-Authenticator!  (Shared secret is incorrect.) Dropping packet without response." % R.randint(21, 22)),
        lambda: FR("Info", "(%d) Message-Authenticator = 0x%s verified" % (R.randint(100, 99999), H(32))),
        lambda: "jcli : smppccm -s carrier-b\ncid carrier-b\nhost smpp.carrier-b.example\nport 2775\nusername corvaline01\npassword ********\nbind transceiver",
        lambda: JAS("DEBUG", "SMPPC [cid:carrier-a] Sending PDU BindTransceiver(seqNum=%d, system_id=b'corvaline0%d', password=b'<hidden>', system_type=b'', interface_version=52)" % (R.randint(1, 99), R.randint(1, 4))),
        lambda: JAS("INFO", "SMS-MT [cid:carrier-a] [queue-msgid:%s] [smpp-msgid:b'%s'] [status:CommandStatus.ESME_ROK] [to:b'%s']" % (UUID(), H(8), MSISDN())),
        lambda: "%s,%s,ki=<in HSM batch 2030-09-%02d>,opc=<in HSM batch 2030-09-%02d>" % (ICCID(), IMSI(), DAY(), DAY()),
        lambda: "{ \"imsi\": \"%s\", \"security\": { \"k\": \"****\", \"amf\": \"8000\", \"op\": null, \"opc\": \"****\" } }" % IMSI(),
        lambda: O5("gmm", "INFO", "[imsi-%s] Registration complete" % IMSI(), "src/amf/gmm-sm.c:%d" % R.randint(2500, 2600)),
        lambda: O5("amf", "INFO", "[suci-0-311-920-0-1-2-%s] known UE by SUCI" % H(64), "src/amf/context.c:%d" % R.randint(1800, 1900)),
        lambda: O5("gmm", "DEBUG", "[imsi-%s] RAND[%s] AUTN[%s]" % (IMSI(), H(32), H(32)), "src/amf/gmm-handler.c:%d" % R.randint(200, 260)),
        lambda: ZAP("info", "provision/hss.go:%d" % R.randint(70, 90), "hss provisioning queued", imsi=IMSI(), iccid=ICCID(), ki_ref="hsm://batch-2030-09-%02d/%d" % (DAY(), R.randint(1, 99999)), message_id=UUID()),
        lambda: "[cvl-dialer]\nsecret = ${AMI_SECRET}\ndeny = 0.0.0.0/0.0.0.0\npermit = 10.40.0.0/255.255.0.0",
        lambda: AST("NOTICE", "manager.c", "%s tried to authenticate with nonexistent user 'admin'" % IP()),
        lambda: AST("VERBOSE", "manager.c", "Manager 'cvl-dialer' logged on from %s" % IP()),
        lambda: "[cvl-ari]\ntype = user\nread_only = no\npassword = $6$%s$%s\npassword_format = crypt" % (A(16).replace("+", "."), rs(AN + "./", 86)),
        lambda: "+ curl -s -u \"cvl-ari:$ARI_PASSWORD\" http://pbx-0%d.int.%s:8088/ari/asterisk/info" % (R.randint(1, 4), DOM),
        lambda: NODE("INFO", "ARI websocket connected to ws://pbx-0%d.int.%s:8088/ari/events?app=ivr-ai (api_key=cvl-ari:[redacted])" % (R.randint(1, 4), DOM)),
        lambda: ZAP("debug", "httpapi/middleware.go:%d" % R.randint(40, 49), "request headers", headers={"Authorization": "Bearer [REDACTED]", "Content-Type": "application/json", "X-Request-Id": UUID()}),
        lambda: ZAP("info", "httpapi/auth.go:%d" % R.randint(50, 60), "api token accepted", token_id="tok_%s" % A(12), prefix="sfk_live_****", client="selfcare"),
        lambda: "SIMFORGE_URL=https://simforge.int.%s\nSIMFORGE_API_TOKEN=\nNODE_ENV=production" % DOM,
        lambda: "COGNITO_CLIENT_ID=%s\nCOGNITO_CLIENT_SECRET=${COGNITO_CLIENT_SECRET}\nCOGNITO_DOMAIN=auth.%s" % (L(26), DOM),
        lambda: "spring.security.oauth2.client.registration.cognito.client-id=%s\nspring.security.oauth2.client.registration.cognito.client-secret={cipher}AQA%s" % (L(26), "0" * 4 + H(60)),
        lambda: NODE("DEBUG", "token request: POST https://auth.%s/oauth2/token body=grant_type=client_credentials&client_id=%s&client_secret=***&scope=selfcare/read" % (DOM, L(26))),
        lambda: "%s - - [%02d/Sep/2030:%s +0000] \"GET /api/v1/account/usage HTTP/1.1\" 200 %d \"-\" \"CorvalineApp/5.%d (Android)\"" % (IP(), DAY(), HMS(), R.randint(200, 4000), R.randint(0, 9)),
        lambda: ZAP("info", "httpapi/auth.go:%d" % R.randint(30, 40), "token verified", sub=UUID(), kid=b64u(bytes(R.randrange(256) for _ in range(30))), exp=EP()),
        lambda: NODE("INFO", "selfcare session for sub %s restored (x-cvl-id-token present, %d bytes)" % (UUID(), R.randint(900, 1300))),
        lambda: "SIMFORGE_DB_URL=postgres://simforge@simforge-db.cluster-c%s.%s.rds.amazonaws.com:5432/simforge?sslmode=require\nSIMFORGE_DB_PASSWORD_FILE=/run/secrets/db" % (L(11), REG),
        lambda: "sql {\n\tdialect = \"postgresql\"\n\tserver = \"aaa-db.cluster-c%s.%s.rds.amazonaws.com\"\n\tlogin = \"radius\"\n\tpassword = \"${SQL_PASSWORD}\"\n}" % (L(11), REG),
        lambda: "+ psql \"host=aaa-db.cluster-c%s.%s.rds.amazonaws.com user=radius dbname=radius sslmode=verify-full\" -c '\\dt'" % (L(11), REG),
        lambda: "modparam(\"usrloc\", \"db_url\", \"mysql://kamailio:*****@kam-loc.cluster-c%s.%s.rds.amazonaws.com/kamailio\")" % (L(11), REG),
        lambda: "[asteriskcdr]\nenabled => yes\ndsn => asteriskcdr\nusername => asterisk\npassword => ${CDR_DB_PASSWORD}\npre-connect => yes",
        lambda: "+ mysql --defaults-extra-file=/etc/kamailio/.my.cnf kamailio -e 'select count(*) from location'",
        lambda: "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"ocs-cdr\" password=\"${MSK_PASSWORD}\";",
        lambda: LB("INFO", "main", "o.a.k.c.p.ProducerConfig", "ProducerConfig values: bootstrap.servers = [b-1.cvl-msk.%s.c3.kafka.%s.amazonaws.com:9096] sasl.jaas.config = [hidden] sasl.mechanism = SCRAM-SHA-512" % (L(6), REG)),
        lambda: "+ aws secretsmanager describe-secret --secret-id AmazonMSK_ocs-cdr --query ARN --output text\narn:aws:secretsmanager:%s:%s:secret:AmazonMSK_ocs-cdr-%s" % (REG, ACCT, A(6)),
        lambda: "AWS_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nCDR_BUCKET=corvaline-cdr-landing-%s" % (REG, UUID(), REG),
        lambda: "+ aws sts get-caller-identity\n{\"UserId\": \"AROA%s:cdr-mediation\", \"Account\": \"%s\", \"Arn\": \"arn:aws:sts::%s:assumed-role/cvl-cdr-mediation/cdr-mediation\"}" % (rs(UP, 17), ACCT, ACCT),
        lambda: NODE("INFO", "processed s3://corvaline-cdr-landing-%s/msc-01/2030/09/%02d/MSC01_%s.ber (etag \"%s\", sha256 %s)" % (REG, DAY(), D(12), H(32), H(64))),
        lambda: NODE("INFO", "rated batch written, X-Amzn-Trace-Id Root=1-%s-%s;Parent=%s;Sampled=1" % (H(8), H(24), H(16))),
        lambda: LB("INFO", "DiameterStack-%d" % R.randint(1, 16), "c.c.ocs.gy.CreditControlHandler", "CCR-I pgw-01.epc.%s;%d;%d msisdn=%s -> CCA Result-Code=2001" % (DOM, EP(), R.randint(1, 10 ** 8), MSISDN())),
        lambda: ZAP("info", "orders/service.go:%d" % R.randint(320, 330), "order completed", order="ord_%s" % A(14), iccid=ICCID(), eid="8904%s" % D(28), matchingId="%s-%s-%s-%s" % (rs(UP, 5), rs(UP, 5), rs(UP, 5), rs(UP, 5))),
        lambda: ZAP("info", "es2plus/client.go:%d" % R.randint(120, 130), "es2plus function executed", fn="downloadOrder", functionCallIdentifier=UUID(), iccid=ICCID(), status="Executed-Success"),
        lambda: "+ aws kms describe-key --key-id arn:aws:kms:%s:%s:key/%s --query KeyMetadata.KeyState\n\"Enabled\"" % (REG, ACCT, UUID()),
        lambda: AST("VERBOSE", "res_pjsip/pjsip_options.c", "Contact sip-edge/sip:10.40.1.%d:5060 is now Reachable.  RTT: %.3f msec" % (R.randint(21, 22), R.uniform(0.2, 3))),
        lambda: KAM("INFO", "tls", "[tls_domain.c:%d]: TLS certificate for carrier-west SHA256 fingerprint %s" % (R.randint(1000, 1100), ":".join(H(2).upper() for _ in range(32)))),
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
