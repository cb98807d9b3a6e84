"""Seeded generator of bench/corpora/heldout36/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). Hex-only secrets (Widevine signing
keys, CENC content keys, FairPlay ASKs) cannot show one. main() refuses a duplicate message, a secret not in its
message, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind without a marker. (heldout35's helper
layer with the seed, the month (November 2029), region ap-southeast-2 and all templates new for this round's video
streaming platform: ffmpeg/Batch, MediaConvert Lambdas, Quarkus, Go DRM proxy, Celery, Rails billing, OpenResty,
Node upload API.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout36/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
CFS = string.ascii_letters + string.digits + "-_~"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("widevine-signing-key", "cenc-content-key", "fairplay-ask")
ACCT = "604217839152"
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
    return "2029-11-%02dT%s.%sZ" % (DAY(), HMS(), D(3))


def EP():
    return 1888185600 + R.randint(86400, 2400000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.randint(40, 47), R.randint(0, 255), R.randint(4, 254))


def PUB():
    return "%d.%d.%d.%d" % (R.choice([49, 58, 101, 110, 121, 139, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def AST():
    return "ast_" + L(10)


def PYJ(level, name, message, **extra):
    d = {"asctime": "2029-11-%02d %s,%s" % (DAY(), HMS(), D(3)), "levelname": level, "name": name, "message": message}
    d.update(extra)
    return jd(d)


def NODE(level, msg):
    return "%s\t%s\t%s\t%s" % (TS(), UUID(), level, msg)


def WN(level, message, **meta):
    d = {"level": level, "message": message, "service": "upload-api"}
    d.update(meta)
    d["timestamp"] = TS()
    return jd(d)


def QK(level, cat, msg):
    return "2029-11-%02d %s,%s %-5s [%s] (main) %s" % (DAY(), HMS(), D(3), level, cat, msg)


def GK(level, caller, msg, *kv):
    parts = ["ts=%sZ" % ("2029-11-%02dT%s.%s" % (DAY(), HMS(), D(9))), "caller=" + caller, "level=" + level, "msg=\"%s\"" % msg]
    for i in range(0, len(kv), 2):
        parts.append("%s=%s" % (kv[i], kv[i + 1]))
    return " ".join(parts)


def CEL(level, msg):
    return "[2029-11-%02d %s,%s: %s/%s] %s" % (DAY(), HMS(), D(3), level, R.choice(["MainProcess", "ForkPoolWorker-%d" % R.randint(1, 8)]), msg)


def RL(level, msg):
    return "%s, [2029-11-%02dT%s.%s #1] %5s -- : [%s] %s" % (level[0], DAY(), HMS(), D(6), level, UUID(), msg)


def NGX(path, status=200):
    return '%s - - [%02d/Nov/2029:%s +0000] "GET %s HTTP/2.0" %d %d "-" "ReelHarbor/6.2.1 (iPhone; iOS 18.1) AVPlayer" rt=0.%03d uct=- urt=- us=- ua=- cache=HIT' % (
        PUB(), DAY(), HMS(), path, status, R.randint(300, 4000000), R.randint(1, 400))


# ------------------------------------------------------------------ secret shapes (all invented)
def CF_PRIV():
    # PKCS#8 RSA private key body, one line (as an env var or JSON string holds it)
    return "MIIEv" + R.choice("QgAw") + "IBADANBgkqhkiG9w0BAQEFAASC" + MARK(rs(B64, 180)) + rs(B64, 40) + "="


def CF_SIG():
    return MARK(rs(CFS, 172))


def WV_KEY():
    return H(64)


def CENC():
    return H(32)


def ASK():
    return H(32)


def IVS_KEY():
    return "sk_%s_%s" % (REG, MARK(rs(AN, 36)))


def MUX_SECRET():
    return MARK(rs(B64, 75))


def SK():
    return "sk_live_51" + MARK(A(97))


def P8():
    return "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + MARK(rs(B64, 140))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def JWT():
    h = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "rh-2029-11"}).encode())
    p = b64u(jd({"sub": "acc_" + L(10), "iss": "https://auth.reelharbor.example", "aud": "playback", "iat": EP(), "exp": EP() + 21600, "ent": R.choice(["svod-hd", "svod-uhd"])}).encode())
    return "%s.%s.%s" % (h, p, MARK(rs(URLS, 86)))


def RAILS_COOKIE():
    return "%s--%s--%s" % (MARK(rs(B64, 120)), rs(B64, 16), rs(B64, 22) + "==")


def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def REDIS_TOKEN():
    return MARK(rs(AN, 48))


def SLACK():
    return MARK(rs(AN, 24))


def SENDGRID():
    return "SG.%s.%s" % (rs(URLS, 22), MARK(rs(URLS, 43)))


def OAUTH():
    return MARK(rs(AN + "-_", 48))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def kpid():
    return "K" + rs(string.ascii_uppercase + string.digits, 13)


def cf_url(sig):
    return "https://media.reelharbor.example/vod/%s/hls/index.m3u8?Expires=%d&Signature=%s&Key-Pair-Id=%s" % (AST(), EP(), sig, kpid())


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(6):
        s = CF_PRIV()
        t = R.randint(0, 2)
        if t == 0:
            P("cloudfront-private-key", "CLOUDFRONT_KEY_PAIR_ID=%s\nCLOUDFRONT_PRIVATE_KEY=-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\nAWS_REGION=%s" % (kpid(), s, REG), s)
        elif t == 1:
            P("cloudfront-private-key", WN("debug", "signer config loaded", cloudfront={"keyPairId": kpid(), "privateKey": "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % s, "ttlSeconds": 21600}), s)
        else:
            P("cloudfront-private-key", RL("DEBUG", "credentials.cloudfront: {:key_pair_id=>\"%s\", :private_key=>\"-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\"}" % (kpid(), s)), s)
    for _ in range(7):
        s = CF_SIG()
        t = R.randint(0, 2)
        if t == 0:
            P("cloudfront-signed-url-signature", NGX("/vod/%s/hls/720p_%05d.ts?Expires=%d&Signature=%s&Key-Pair-Id=%s" % (AST(), R.randint(0, 900), EP(), s, kpid())), s)
        elif t == 1:
            P("cloudfront-signed-url-signature", WN("debug", "issued playback URL", url=cf_url(s), accountId="acc_" + L(10)), s)
        else:
            P("cloudfront-signed-url-signature", "Input #0, hls, from '%s':" % cf_url(s), s)
    for _ in range(6):
        s = WV_KEY()
        t = R.randint(0, 1)
        if t == 0:
            P("widevine-signing-key", GK("debug", "config.go:48", "widevine provider configured", "provider", "reelharbor", "signing_key", s, "signing_iv", H(32)), s)
        else:
            P("widevine-signing-key", "WIDEVINE_PROVIDER=reelharbor\nWIDEVINE_SIGNING_KEY=%s\nWIDEVINE_SIGNING_IV=%s\nLICENSE_LISTEN_ADDR=:8443" % (s, H(32)), s)
    for _ in range(6):
        s = CENC()
        t = R.randint(0, 2)
        if t == 0:
            P("cenc-content-key", GK("debug", "keys.go:61", "content key fetched", "kid", UUID(), "key", s, "drm", "playready"), s)
        elif t == 1:
            P("cenc-content-key", "+ packager 'in=/scratch/job-%s/out/1080p.mp4,stream=video,output=/scratch/out/v1080.mp4' --enable_raw_key_encryption --keys label=HD:key_id=%s:key=%s --protection_scheme cbcs" % (H(8), H(32), s), s)
        else:
            P("cenc-content-key", PYJ("DEBUG", "transcoder.package", "raw key encryption enabled", key_id=H(32), key=s, scheme="cenc"), s)
    for _ in range(6):
        s = ASK()
        t = R.randint(0, 1)
        if t == 0:
            P("fairplay-ask", GK("debug", "fairplay.go:58", "FairPlay credentials loaded", "cert_serial", D(16), "ask", s), s)
        else:
            P("fairplay-ask", "FAIRPLAY_CERT_PATH=/run/secrets/fps_cert.der\nFAIRPLAY_ASK=%s\nFAIRPLAY_PRIVATE_KEY_ARN=arn:aws:secretsmanager:%s:%s:secret:prod/drm/fps-key-%s" % (s, REG, ACCT, A(6)), s)
    for _ in range(7):
        s = IVS_KEY()
        t = R.randint(0, 2)
        host = "%s.global-contribute.live-video.net" % H(12)
        if t == 0:
            P("rtmp-stream-key", "+ ffmpeg -re -i /scratch/slate.mp4 -c:v libx264 -b:v 6000k -c:a aac -f flv rtmps://%s:443/app/%s" % (host, s), s)
        elif t == 1:
            P("rtmp-stream-key", "Output #0, flv, to 'rtmps://%s:443/app/%s':" % (host, s), s)
        else:
            P("rtmp-stream-key", NODE("DEBUG", "created live event %s ingest=%s" % (jd({"channelArn": "arn:aws:ivs:%s:%s:channel/%s" % (REG, ACCT, A(12)), "streamKey": s}), "rtmps://%s:443/app/" % host)), s)
    for _ in range(6):
        s = MUX_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("mux-token-secret", "MUX_TOKEN_ID=%s\nMUX_TOKEN_SECRET=%s\nNODE_ENV=production" % (UUID(), s), s)
        elif t == 1:
            P("mux-token-secret", "+ curl -sS https://api.mux.com/video/v1/assets -u %s:%s" % (UUID(), s), s)
        else:
            P("mux-token-secret", WN("debug", "mux client init", mux={"tokenId": UUID(), "tokenSecret": s}), s)
    for _ in range(6):
        s = SK()
        t = R.randint(0, 2)
        if t == 0:
            P("stripe-secret-key", "STRIPE_SECRET_KEY=%s\nSTRIPE_PUBLISHABLE_KEY=pk_live_51%s\nRAILS_ENV=production" % (s, A(97)), s)
        elif t == 1:
            P("stripe-secret-key", RL("DEBUG", "Stripe.api_key = \"%s\" (from ENV)" % s), s)
        else:
            P("stripe-secret-key", RL("INFO", "Request to Stripe API: method=post path=/v1/invoices/in_%s/pay headers={\"Authorization\"=>\"Bearer %s\", \"Stripe-Version\"=>\"2029-10-28.acacia\"}" % (A(24), s)), s)
    for _ in range(6):
        s = P8()
        t = R.randint(0, 1)
        if t == 0:
            P("apple-iap-private-key", RL("DEBUG", "AppStore::Client configured issuer_id=%s key_id=%s private_key=\"-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\"" % (UUID(), rs(string.ascii_uppercase + string.digits, 10), s)), s)
        else:
            P("apple-iap-private-key", "APP_STORE_KEY_ID=%s\nAPP_STORE_PRIVATE_KEY=%s\nAPP_STORE_BUNDLE_ID=example.reelharbor.ios" % (rs(string.ascii_uppercase + string.digits, 10), s), s)
    for _ in range(6):
        s = AWS_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("aws-secret-access-key", "AWS_DEFAULT_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nCELERY_BROKER_URL=sqs://\nC_FORCE_ROOT=0" % (REG, s), s)
        elif t == 1:
            P("aws-secret-access-key", PYJ("DEBUG", "transcoder.main", "effective environment", env={"AWS_REGION": REG, "AWS_SECRET_ACCESS_KEY": s, "AWS_BATCH_JOB_ID": UUID()}), s)
        else:
            P("aws-secret-access-key", CEL("DEBUG", "boto3 session created with static credentials (aws_secret_access_key=%s) for cross-account caption export" % s), s)
    for _ in range(7):
        s = JWT()
        t = R.randint(0, 2)
        if t == 0:
            P("jwt", GK("debug", "auth.go:71", "verifying player token", "token", s, "path", "/v1/license/widevine"), s)
        elif t == 1:
            P("jwt", WN("debug", "incoming request", headers={"host": "upload.reelharbor.example", "authorization": "Bearer %s" % s, "user-agent": "CreatorStudio/5.0.2"}), s)
        else:
            P("jwt", NGX("/vod/%s/hls/index.m3u8?access_token=%s" % (AST(), s)), s)
    for _ in range(6):
        s = RAILS_COOKIE()
        t = R.randint(0, 1)
        if t == 0:
            P("session-cookie", RL("DEBUG", "Request headers: {\"Cookie\"=>\"_reelharbor_billing_session=%s; locale=en-AU\", \"Host\"=>\"billing.reelharbor.example\"}" % s), s)
        else:
            P("session-cookie", '%s - - [%02d/Nov/2029:%s +0000] "GET /account HTTP/1.1" 200 8812 "-" "Mozilla/5.0" cookie="_reelharbor_billing_session=%s"' % (PUB(), DAY(), HMS(), s), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 3)
        host = "rh-media-prod.cluster-c3k8q2x7v1m9.%s.rds.amazonaws.com" % REG
        if t == 0:
            P("db-password", "DATABASE_URL=postgres://billing:%s@%s:5432/billing_production" % (s, host), s)
        elif t == 1:
            P("db-password", QK("DEBUG", "io.qua.config", "quarkus.datasource.password=%s (source: EnvConfigSource)" % s), s)
        elif t == 2:
            P("db-password", CEL("INFO", "result backend: db+postgresql://celery:%s@%s/celery_results" % (s, host)), s)
        else:
            P("db-password", PYJ("DEBUG", "transcoder.db", "connecting", dsn="postgresql://transcoder:%s@%s:5432/assets" % (s, host)), s)
    for _ in range(6):
        s = REDIS_TOKEN()
        t = R.randint(0, 2)
        host = "master.rh-sessions.x7k2pq.apse2.cache.amazonaws.com"
        if t == 0:
            P("redis-auth-token", "REDIS_URL=rediss://:%s@%s:6379/0" % (s, host), s)
        elif t == 1:
            P("redis-auth-token", QK("DEBUG", "io.qua.red.run.cli.RedisClientRecorder", "Redis client <default> hosts=rediss://entitlements:%s@%s:6379" % (s, host)), s)
        else:
            P("redis-auth-token", WN("debug", "session store connecting", redis={"host": host, "port": 6379, "tls": True, "password": s}), s)
    for _ in range(6):
        s = SLACK()
        t = R.randint(0, 1)
        url = "https://hooks.slack.com/services/T0%s/B0%s/%s" % (rs(string.ascii_uppercase + string.digits, 8), rs(string.ascii_uppercase + string.digits, 9), s)
        if t == 0:
            P("slack-webhook-token", NODE("DEBUG", "posting MediaConvert failure alert to %s" % url), s)
        else:
            P("slack-webhook-token", "SLACK_ALERT_WEBHOOK=%s\nALERT_CHANNEL=#vod-pipeline" % url, s)
    for _ in range(6):
        s = SENDGRID()
        t = R.randint(0, 1)
        if t == 0:
            P("sendgrid-api-key", "SENDGRID_API_KEY=%s\nMAIL_FROM=billing@reelharbor.example" % s, s)
        else:
            P("sendgrid-api-key", RL("DEBUG", "ActionMailer smtp_settings: {:address=>\"smtp.sendgrid.net\", :port=>587, :user_name=>\"apikey\", :password=>\"%s\"}" % s), s)
    for _ in range(6):
        s = OAUTH()
        t = R.randint(0, 2)
        cid = "rh-" + L(8)
        if t == 0:
            P("oauth-client-secret", QK("DEBUG", "io.qua.oid.run.OidcRecorder", "quarkus.oidc.client-id=%s quarkus.oidc.credentials.secret=%s" % (cid, s)), s)
        elif t == 1:
            P("oauth-client-secret", "+ curl -sS -X POST https://auth.reelharbor.example/oauth2/token -d grant_type=client_credentials -d client_id=%s -d client_secret=%s" % (cid, s), s)
        else:
            P("oauth-client-secret", GK("debug", "auth.go:30", "oauth2 client configured", "client_id", cid, "client_secret", s, "token_url", "https://auth.reelharbor.example/oauth2/token"), s)


# ------------------------------------------------------------------ clean near-miss lines
def clean():
    cl = [
        lambda: "CLOUDFRONT_KEY_PAIR_ID=%s\nCLOUDFRONT_PRIVATE_KEY_ARN=arn:aws:secretsmanager:%s:%s:secret:prod/cdn/cf-signer-%s" % (kpid(), REG, ACCT, A(6)),
        lambda: NGX("/vod/%s/hls/720p_%05d.ts?Expires=%d&Key-Pair-Id=%s" % (AST(), R.randint(0, 900), EP(), kpid())),
        lambda: WN("debug", "issued playback URL", url="https://media.reelharbor.example/vod/%s/hls/index.m3u8?Expires=%d&Signature=[redacted]&Key-Pair-Id=%s" % (AST(), EP(), kpid())),
        lambda: WN("info", "signer public key", publicKeyId=kpid(), publicKey="-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\n-----END PUBLIC KEY-----" % rs(B64, 120)),
        lambda: GK("info", "license.go:150", "license issued", "drm", "widevine", "kid", UUID(), "content_id", "tt_" + L(9), "policy", "svod-hd"),
        lambda: GK("debug", "keys.go:61", "content key fetched", "kid", UUID(), "key", "[redacted]", "drm", "playready"),
        lambda: "WIDEVINE_PROVIDER=reelharbor\nWIDEVINE_SIGNING_KEY_ARN=arn:aws:secretsmanager:%s:%s:secret:prod/drm/widevine-%s\nLICENSE_LISTEN_ADDR=:8443" % (REG, ACCT, A(6)),
        lambda: PYJ("INFO", "transcoder.package", "pssh generated", key_id=H(32), pssh="AAAAW3Bzc2gAAAAA7e+LqXnWSs6jyCfc1R0h7QAAADsIARIQ" + rs(B64, 40) + "=", scheme="cenc"),
        lambda: "FAIRPLAY_CERT_PATH=/run/secrets/fps_cert.der\nFAIRPLAY_ASK=${FAIRPLAY_ASK}\nFAIRPLAY_CERT_SHA256=%s" % H(64),
        lambda: "Output #0, flv, to 'rtmps://%s.global-contribute.live-video.net:443/app/****':" % H(12),
        lambda: NODE("INFO", "created live event %s" % jd({"channelArn": "arn:aws:ivs:%s:%s:channel/%s" % (REG, ACCT, A(12)), "streamKeyArn": "arn:aws:ivs:%s:%s:stream-key/%s" % (REG, ACCT, A(12)),
                                                          "playbackUrl": "https://%s.%s.playback.live-video.net/api/video/v1/%s.%s.channel.%s.m3u8" % (H(12), REG, REG, ACCT, A(12))})),
        lambda: "MUX_TOKEN_ID=%s\nMUX_TOKEN_SECRET=<from SSM /prod/mux/token-secret>\nNODE_ENV=production" % UUID(),
        lambda: WN("info", "mux asset created", assetId=A(40), playbackId=A(40), policy="signed"),
        lambda: "STRIPE_PUBLISHABLE_KEY=pk_live_51%s\nSTRIPE_ACCOUNT=acct_1%s" % (A(97), A(15)),
        lambda: RL("INFO", "Stripe.api_key loaded (sk_live_...%s)" % A(4)),
        lambda: RL("INFO", "Invoice in_%s paid: charge ch_3%s, customer cus_%s, amount 1699 AUD" % (A(24), A(23), A(14))),
        lambda: RL("DEBUG", "AppStore::Client configured issuer_id=%s key_id=%s bundle_id=example.reelharbor.ios environment=Production" % (UUID(), rs(string.ascii_uppercase + string.digits, 10))),
        lambda: RL("INFO", "App Store notification DID_RENEW originalTransactionId=2000000%s signedPayload sha256=%s" % (D(9), H(64))),
        lambda: "AWS_DEFAULT_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nCELERY_BROKER_URL=sqs://" % (REG, UUID()),
        lambda: PYJ("INFO", "transcoder.main", "assumed role", role_arn="arn:aws:iam::%s:role/rh-transcode-batch-job" % ACCT, session="batch-" + H(12), expiration="2029-11-%02dT%s+00:00" % (DAY(), HMS())),
        lambda: GK("debug", "auth.go:71", "verifying player token", "kid", "rh-2029-11", "alg", "RS256", "sub", "acc_" + L(10), "token_sha256", H(16)),
        lambda: WN("debug", "incoming request", headers={"host": "upload.reelharbor.example", "authorization": "[REDACTED]", "user-agent": "CreatorStudio/5.0.2"}),
        lambda: "jwt header: %s (alg=RS256, kid=rh-2029-11)" % b64u(jd({"alg": "RS256", "typ": "JWT", "kid": "rh-2029-11"}).encode()),
        lambda: jd({"keys": [{"kty": "RSA", "kid": "rh-2029-11", "use": "sig", "alg": "RS256", "n": rs(URLS, 342), "e": "AQAB"}]}),
        lambda: RL("INFO", "  Parameters: {\"authenticity_token\"=>\"[FILTERED]\", \"plan\"=>\"premium-annual\", \"card_token\"=>\"[FILTERED]\"}"),
        lambda: RL("DEBUG", "Request headers: {\"Cookie\"=>\"[FILTERED]\", \"Host\"=>\"billing.reelharbor.example\", \"X-Request-Id\"=>\"%s\"}" % UUID()),
        lambda: "DATABASE_URL=postgres://billing:********@rh-media-prod.cluster-c3k8q2x7v1m9.%s.rds.amazonaws.com:5432/billing_production" % REG,
        lambda: QK("INFO", "io.agroal.pool", "Datasource '<default>': jdbc:postgresql://rh-media-prod.cluster-c3k8q2x7v1m9.%s.rds.amazonaws.com:5432/entitlements user=entitlements password=***" % REG),
        lambda: CEL("INFO", "result backend: db+postgresql://celery:**@rh-media-prod.cluster-c3k8q2x7v1m9.%s.rds.amazonaws.com/celery_results" % REG),
        lambda: "REDIS_URL=rediss://master.rh-sessions.x7k2pq.apse2.cache.amazonaws.com:6379/0\nREDIS_AUTH_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:prod/redis/auth-%s" % (REG, ACCT, A(6)),
        lambda: NODE("INFO", "alert posted to Slack channel C0%s (ts %d.%s)" % (rs(string.ascii_uppercase + string.digits, 9), EP(), D(6))),
        lambda: "SLACK_ALERT_WEBHOOK=${SLACK_ALERT_WEBHOOK}\nALERT_CHANNEL=#vod-pipeline",
        lambda: RL("INFO", "[ActiveJob] Delivered mail via SendGrid (X-Message-Id: %s)" % rs(URLS, 22)),
        lambda: "SENDGRID_API_KEY=SG.****\nMAIL_FROM=billing@reelharbor.example",
        lambda: QK("INFO", "io.qua.oid.run.OidcRecorder", "quarkus.oidc.client-id=rh-%s quarkus.oidc.credentials.secret=${OIDC_CLIENT_SECRET}" % L(8)),
        lambda: GK("info", "auth.go:30", "oauth2 client configured", "client_id", "rh-" + L(8), "client_secret", "<redacted>", "token_url", "https://auth.reelharbor.example/oauth2/token"),
        lambda: PYJ("INFO", "transcoder.publish", "uploaded segment", key="%s/hls/1080p_%05d.ts" % (AST(), R.randint(0, 900)), etag=H(32), sha256=H(64)),
        lambda: "[libx264 @ 0x55%s0] using cpu capabilities: MMX2 SSE2Fast SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2" % H(9),
        lambda: NGX("/vod/%s/dash/v1080/seg-%d.m4s" % (AST(), R.randint(1, 900))),
        lambda: "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: %d MB\t" % (UUID(), R.random() * 400, R.randint(1, 400), R.randint(70, 140)),
        lambda: NODE("INFO", "MediaConvert job %d-%s COMPLETE for %s (queue arn:aws:mediaconvert:%s:%s:queues/vod-standard)" % (EP() * 1000, L(6), AST(), REG, ACCT)),
        lambda: "_X_AMZN_TRACE_ID=Root=1-%08x-%s;Parent=%s;Sampled=1" % (EP(), H(24), H(16)),
        lambda: GK("info", "fairplay.go:58", "FairPlay credentials loaded", "cert_serial", D(16), "ask_sha256", H(16)),
        lambda: CEL("INFO", "Task captions.publish[%s] succeeded in %.3fs: {'etag': '%s'}" % (UUID(), R.random() * 4, H(32))),
        lambda: WN("info", "upload completed", uploadId="upl_" + L(12), md5=H(32), s3VersionId=rs(URLS, 32)),
        lambda: "git commit %s (tag drm-license v3.7.%d) built with go1.23.%d" % (H(40), R.randint(0, 2), R.randint(2, 4)),
        lambda: RL("INFO", "Started GET \"/account\" for %s at 2029-11-%02d %s +0000" % (PUB(), DAY(), HMS())),
        lambda: QK("INFO", "io.quarkus", "entitlements 2.9.0 on JVM (powered by Quarkus 3.15.2) started in 2.%03ds. Listening on: http://0.0.0.0:8080" % R.randint(0, 999)),
    ]
    for i in range(99):
        for _ in range(20):
            m = cl[i % len(cl)]()
            if m not in [r[1] for r in ROWS]:
                C(m)
                break


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
