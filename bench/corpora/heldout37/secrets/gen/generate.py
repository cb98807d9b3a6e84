"""Seeded generator of bench/corpora/heldout37/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). Hex-only secrets (Steam Web API /
publisher keys, Steam session tickets) cannot show one. main() refuses a duplicate message, a secret not in its
message or occurring twice in it, any AKIA/ASIA anywhere, a marker in a clean line and a marked kind without a marker.
(heldout36's helper layer with the seed, the month (December 2029), region us-west-2 and all templates new for this
round's game backend: GameLift C++ server, Unreal server, Nakama, FlexMatch Lambda, .NET economy, Colyseus gateway,
Rust anti-cheat, Aurora PostgreSQL.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout37/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("steam-web-api-key", "steam-session-ticket")
ACCT = "418305927764"
REG = "us-west-2"


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
    return "2029-12-%02dT%s.%sZ" % (DAY(), HMS(), D(3))


def EP():
    return 1890777600 + R.randint(86400, 2400000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.randint(60, 63), R.randint(0, 255), R.randint(4, 254))


def PUB():
    return "%d.%d.%d.%d" % (R.choice([24, 67, 73, 98, 104, 174, 207]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def PID():
    return "p_" + L(12)


def STEAMID():
    return "7656119%010d" % R.randint(800000000, 1999999999)


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def SPD(level, logger, msg):
    return "[2029-12-%02d %s.%s] [%s] [%s] %s" % (DAY(), HMS(), D(3), logger, level, msg)


def UE(cat, verb, msg):
    return "[2029.12.%02d-%s:%s][%3d]%s: %s%s" % (DAY(), HMS().replace(":", "."), D(3), R.randint(0, 999), cat, (verb + ": ") if verb else "", msg)


def NK(level, caller, msg, **kv):
    d = {"level": level, "ts": TS(), "caller": caller, "msg": msg}
    d.update(kv)
    return jd(d)


def PYL(level, msg):
    return "[%s]\t%s\t%s\t%s" % (level, TS(), UUID(), msg)


def CLEF(level, mt, ctx, **props):
    d = {"@t": "2029-12-%02dT%s.%sZ" % (DAY(), HMS(), D(7)), "@mt": mt}
    if level != "Information":
        d["@l"] = level
    d.update(props)
    d["SourceContext"] = ctx
    return jd(d)


def PINO(level, msg, **kv):
    d = {"level": level, "time": EP() * 1000 + R.randint(0, 999), "pid": 1, "hostname": "ip-10-60-%d-%d.us-west-2.compute.internal" % (R.randint(0, 30), R.randint(1, 250))}
    d.update(kv)
    d["msg"] = msg
    return jd(d)


def TR(level, target, msg, **kv):
    s = "2029-12-%02dT%s.%sZ %5s %s: %s" % (DAY(), HMS(), D(6), level, target, msg)
    for k, v in kv.items():
        s += " %s=%s" % (k, v)
    return s


def PG(level, msg, user="economy_app", db="players"):
    return "2029-12-%02d %s UTC:%s(%d):%s@%s:[%d]:%s:  %s" % (DAY(), HMS(), IP(), R.randint(30000, 65000), user, db, R.randint(1000, 60000), level, msg)


# ------------------------------------------------------------------ secret shapes (all invented)
def STEAM_KEY():
    return rs(HEXU, 32)


def STEAM_TICKET():
    return rs(HEXU, 280)


def EOS_SECRET():
    return MARK(rs(AN + "+/", 43))


def P8():
    return "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + MARK(rs(B64, 140))


def RSA_BODY():
    return "MIIEv" + R.choice("QgAw") + "IBADANBgkqhkiG9w0BAQEFAASC" + MARK(rs(B64, 200)) + rs(B64, 30) + "="


def PLAYFAB():
    return MARK(rs(UP, 52), R.choice(["INVENT", "EXAMPLE"]))


def GL_TOKEN():
    return MARK(rs(URLS, 43))


def NK_KEY():
    return MARK(rs(AN, 32))


def MM_HMAC():
    return MARK(rs(URLS, 64))


def AC_KEY():
    return MARK(rs(B64, 43)) + "="


def DISCORD_BOT():
    uid = str(R.randint(10 ** 17, 10 ** 18))
    return "%s.%s.%s" % (base64.b64encode(uid.encode()).decode().rstrip("="), rs(URLS, 6), MARK(rs(URLS, 38)))


def DISCORD_HOOK():
    return MARK(rs(URLS, 68))


def SK():
    return R.choice(["sk_live_51", "rk_live_51"]) + MARK(A(97))


def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def REDIS_TOKEN():
    return MARK(rs(AN, 48))


def JWT(kind):
    if kind == "nakama":
        h = b64u(jd({"alg": "HS256", "typ": "JWT"}).encode())
        p = b64u(jd({"tid": UUID(), "uid": UUID(), "usn": "wyrm" + D(5), "exp": EP() + 7200, "iat": EP()}).encode())
        return "%s.%s.%s" % (h, p, MARK(rs(URLS, 43)))
    h = b64u(jd({"kid": A(43) + "=", "alg": "RS256"}).encode())
    p = b64u(jd({"sub": UUID(), "iss": "https://cognito-idp.us-west-2.amazonaws.com/us-west-2_Tw9nEwPo1", "token_use": "id", "aud": L(26), "exp": EP() + 3600}).encode())
    return "%s.%s.%s" % (h, p, MARK(rs(URLS, 342)))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


def pick(*opts):
    return R.choice(opts)


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(6):
        s = STEAM_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("steam-web-api-key", SPD("debug", "results", "GET https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=%s&steamid=%s&appid=2984110 -> 200" % (s, STEAMID())), s)
        elif t == 1:
            P("steam-web-api-key", "STEAM_APP_ID=2984110\nSTEAM_PUBLISHER_KEY=%s\nASPNETCORE_ENVIRONMENT=Production" % s, s)
        else:
            P("steam-web-api-key", CLEF("Debug", "Steam client configured {@Options}", "Tidewyrm.Economy.Steam.SteamMicroTxnClient",
                                        Options={"AppId": 2984110, "PublisherKey": s, "BaseUrl": "https://partner.steam-api.com", "UseSandbox": False}), s)
    for _ in range(6):
        s = STEAM_TICKET()
        t = R.randint(0, 2)
        if t == 0:
            P("steam-session-ticket", NK("debug", "server/core_authenticate.go:%d" % R.randint(400, 460), "Steam auth request",
                                         url="https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/?appid=2984110&ticket=%s" % s), s)
        elif t == 1:
            P("steam-session-ticket", UE("LogNet", None, "Login request: ?Name=Wyrm%s?AuthTicket=%s?platform=WIN userId: STEAM:%s platform: Steam" % (D(4), s, STEAMID())), s)
        else:
            P("steam-session-ticket", PINO(20, "onAuth payload", room="party", options={"provider": "steam", "steamId": STEAMID(), "ticket": s}), s)
    for _ in range(6):
        s = EOS_SECRET()
        cid = "xyza7891" + A(24)
        t = R.randint(0, 2)
        if t == 0:
            P("eos-client-secret", UE("LogConfig", None, "Read [/Script/OnlineSubsystemEOS.EOSSettings] Artifacts=(ArtifactName=\"Tidefall\",ClientId=\"%s\",ClientSecret=\"%s\",ProductId=\"%s\")" % (cid, s, H(32))), s)
        elif t == 1:
            P("eos-client-secret", "+ curl -s -u %s:%s -d grant_type=client_credentials -d deployment_id=%s https://api.epicgames.dev/auth/v1/oauth/token" % (cid, s, H(32)), s)
        else:
            P("eos-client-secret", "EOS_PRODUCT_ID=%s\nEOS_CLIENT_ID=%s\nEOS_CLIENT_SECRET=%s\nEOS_DEPLOYMENT_ID=%s" % (H(32), cid, s, H(32)), s)
    for _ in range(6):
        s = P8()
        kid = rs(string.ascii_uppercase + string.digits, 10)
        t = R.randint(0, 1)
        if t == 0:
            P("apple-app-store-private-key", CLEF("Debug", "App Store Server API client {@Config}", "Tidewyrm.Economy.Apple.AppStoreClient",
                                                  Config={"IssuerId": UUID(), "KeyId": kid, "BundleId": "com.tidewyrm.wyrmclash",
                                                          "PrivateKey": "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % s}), s)
        else:
            P("apple-app-store-private-key", "APPLE_KEY_ID=%s\nAPPLE_PRIVATE_KEY=-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\nAPPLE_BUNDLE_ID=com.tidewyrm.wyrmclash" % (kid, s), s)
    for _ in range(6):
        s = RSA_BODY()
        t = R.randint(0, 1)
        sa = {"type": "service_account", "project_id": "tidewyrm-play", "private_key_id": H(40), "private_key": "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n" % s,
              "client_email": "iap-validator@tidewyrm-play.iam.gserviceaccount.com", "client_id": D(21)}
        if t == 0:
            P("google-play-service-account-key", NK("debug", "tidewyrm/store.go:%d" % R.randint(40, 60), "loaded google credentials", runtime="go", credentials=jd(sa)), s)
        else:
            P("google-play-service-account-key", PYL("DEBUG", "secret tw/prod/google-play-sa resolved: %s" % jd(sa)), s)
    for _ in range(6):
        s = PLAYFAB()
        t = R.randint(0, 2)
        tid = rs("0123456789ABCDEF", 5)
        if t == 0:
            P("playfab-title-secret-key", CLEF("Debug", "Outgoing request {Method} {Uri} headers {@Headers}", "System.Net.Http.HttpClient.playfab.LogicalHandler", Method="POST",
                                               Uri="https://%s.playfabapi.com/Server/GrantItemsToUsers" % tid, Headers={"X-SecretKey": s, "Content-Type": "application/json"}), s)
        elif t == 1:
            P("playfab-title-secret-key", "PLAYFAB_TITLE_ID=%s\nPLAYFAB_DEV_SECRET_KEY=%s\nNODE_ENV=production" % (tid, s), s)
        else:
            P("playfab-title-secret-key", PINO(20, "playfab client init", titleId=tid, developerSecretKey=s), s)
    for _ in range(6):
        s = GL_TOKEN()
        t = R.randint(0, 2)
        if t == 0:
            P("gamelift-auth-token", "+ /local/game/WyrmServer -port 7777 -fleet-id fleet-3f9c1e72-5a0b-4d6e-8c21-7be04a9d1f35 -compute-name anywhere-dev-%02d -auth-token %s -websocket-url wss://%s.api.amazongamelift.com" % (
                R.randint(1, 20), s, REG), s)
        elif t == 1:
            P("gamelift-auth-token", "GAMELIFT_SDK_WEBSOCKET_URL=wss://%s.api.amazongamelift.com\nGAMELIFT_SDK_FLEET_ID=fleet-3f9c1e72-5a0b-4d6e-8c21-7be04a9d1f35\nGAMELIFT_SDK_AUTH_TOKEN=%s\nGAMELIFT_SDK_PROCESS_ID=%s" % (REG, s, UUID()), s)
        else:
            P("gamelift-auth-token", SPD("debug", "gamelift", "GetComputeAuthToken -> {\"FleetId\":\"fleet-3f9c1e72-5a0b-4d6e-8c21-7be04a9d1f35\",\"ComputeName\":\"anywhere-dev-%02d\",\"AuthToken\":\"%s\",\"ExpirationTimestamp\":%d}" % (
                R.randint(1, 20), s, EP())), s)
    for _ in range(6):
        s = NK_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("nakama-session-encryption-key", "+ /nakama/nakama --name nakama-%s --database.address nakama@tw-players.cluster-c%s.us-west-2.rds.amazonaws.com:5432/nakama --session.encryption_key %s --session.token_expiry_sec 7200" % (
                L(5), L(11), s), s)
        elif t == 1:
            P("nakama-session-encryption-key", NK("debug", "server/config.go:%d" % R.randint(300, 360), "Config", session={"encryption_key": s, "token_expiry_sec": 7200, "refresh_token_expiry_sec": 604800}), s)
        else:
            P("nakama-session-encryption-key", "NAKAMA_SESSION_ENCRYPTION_KEY=%s\nNAKAMA_SOCKET_SERVER_KEY=tw-prod-client\nAWS_REGION=%s" % (s, REG), s)
    for _ in range(6):
        s = MM_HMAC()
        t = R.randint(0, 2)
        if t == 0:
            P("matchmaking-hmac-secret", PINO(20, "seat signer ready", algorithm="HS256", seatSigningSecret=s, ttlSec=15), s)
        elif t == 1:
            P("matchmaking-hmac-secret", PYL("DEBUG", "config loaded: {'TICKETS_TABLE': 'tw-mm-tickets-v2', 'TICKET_HMAC_SECRET': '%s', 'WS_ENDPOINT': 'https://ws.tidewyrm.example/v2'}" % s), s)
        else:
            P("matchmaking-hmac-secret", NK("debug", "tidewyrm/main.go:%d" % R.randint(80, 99), "lobby signing configured", runtime="go", lobby_hmac_secret=s, kid="lobby-2029-12"), s)
    for _ in range(6):
        s = AC_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("anticheat-signing-key", TR("DEBUG", "ac_ingest::config", "loaded key ring", keys="[BatchKey { id: \"bsk-2029-12\", secret: \"%s\" }]" % s), s)
        elif t == 1:
            P("anticheat-signing-key", "AC_BATCH_KEY_ID=bsk-2029-12\nAC_BATCH_KEY=%s\nRUST_LOG=info,ac_ingest=debug" % s, s)
        else:
            P("anticheat-signing-key", SPD("debug", "anticheat", "module config: heartbeat=30s server_key=%s endpoint=https://ac.tidewyrm.example/v1" % s), s)
    for _ in range(6):
        s = DISCORD_BOT()
        t = R.randint(0, 2)
        if t == 0:
            P("discord-bot-token", PINO(20, "discord notifier request", headers={"authorization": "Bot " + s, "user-agent": "DiscordBot (https://tidewyrm.example, 1.0)"}), s)
        elif t == 1:
            P("discord-bot-token", "DISCORD_APPLICATION_ID=%s\nDISCORD_BOT_TOKEN=%s\nDISCORD_GUILD_ID=%s" % (D(19), s, D(19)), s)
        else:
            P("discord-bot-token", PYL("DEBUG", "discord client headers: {'Authorization': 'Bot %s', 'Content-Type': 'application/json'}" % s), s)
    for _ in range(6):
        s = DISCORD_HOOK()
        url = "https://discord.com/api/webhooks/%s/%s" % (D(19), s)
        t = R.randint(0, 2)
        if t == 0:
            P("discord-webhook-token", PYL("INFO", "posting ops alert to %s" % url), s)
        elif t == 1:
            P("discord-webhook-token", TR("DEBUG", "ac_ingest::alerts", "webhook configured", url=url), s)
        else:
            P("discord-webhook-token", "OPS_DISCORD_WEBHOOK=%s\nOPS_CHANNEL=#wyrm-ops" % url, s)
    for _ in range(6):
        s = SK()
        t = R.randint(0, 2)
        if t == 0:
            P("stripe-secret-key", "Stripe__ApiKey=%s\nStripe__PublishableKey=pk_live_51%s\nDOTNET_ENVIRONMENT=Production" % (s, A(97)), s)
        elif t == 1:
            P("stripe-secret-key", CLEF("Debug", "Outgoing request {Method} {Uri} headers {@Headers}", "System.Net.Http.HttpClient.stripe.LogicalHandler", Method="POST",
                                        Uri="https://api.stripe.com/v1/checkout/sessions", Headers={"Authorization": "Bearer " + s, "Stripe-Version": "2029-10-28"}), s)
        else:
            P("stripe-secret-key", "+ curl https://api.stripe.com/v1/refunds -u %s: -d payment_intent=pi_%s" % (s, A(24)), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 3)
        host = "tw-players.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG)
        if t == 0:
            P("db-password", "ConnectionStrings__Economy=Host=%s;Port=5432;Database=players;Username=economy_app;Password=%s;Maximum Pool Size=40" % (host, s), s)
        elif t == 1:
            P("db-password", TR("DEBUG", "ac_ingest::store", "connecting", database_url="postgres://ac_ingest:%s@%s:5432/anticheat?sslmode=require" % (s, host)), s)
        elif t == 2:
            P("db-password", "+ /nakama/nakama migrate up --database.address nakama:%s@%s:5432/nakama" % (s, host), s)
        else:
            P("db-password", PG("LOG", "statement: ALTER ROLE telemetry_writer WITH PASSWORD '%s'" % s, "rds_admin", "players"), s)
    for _ in range(7):
        s = REDIS_TOKEN()
        t = R.randint(0, 2)
        host = "tw-presence-v2.x7k2qa.ng.0001.usw2.cache.amazonaws.com"
        if t == 0:
            P("redis-auth-token", "REDIS_URL=rediss://:%s@%s:6379/0\nPORT=2567" % (s, host), s)
        elif t == 1:
            P("redis-auth-token", PINO(20, "presence options", presence={"host": host, "port": 6379, "password": s, "tls": {}}), s)
        else:
            P("redis-auth-token", CLEF("Information", "Connecting to Redis {Configuration}", "Tidewyrm.Economy.Inventory.InventoryCache",
                                       Configuration="tw-inventory.x7k2qa.ng.0001.usw2.cache.amazonaws.com:6379,ssl=True,password=%s,abortConnect=False" % s), s)
    for _ in range(7):
        t = R.randint(0, 2)
        if t == 0:
            s = JWT("nakama")
            P("jwt", NK("debug", "server/api.go:%d" % R.randint(200, 240), "Received request", path="/v2/rpc/get_loadout", authorization="Bearer " + s), s)
        elif t == 1:
            s = JWT("cognito")
            P("jwt", PINO(20, "ws upgrade", url="/matchmake/joinOrCreate/party?token=" + s, ip=PUB()), s)
        else:
            s = JWT("nakama")
            P("jwt", "%s - - [%02d/Dec/2029:%s +0000] \"GET /ws?lang=en&status=true&token=%s HTTP/1.1\" 101 0 \"-\" \"UnityPlayer/2022.3.%df1\"" % (PUB(), DAY(), HMS(), s, R.randint(10, 50)), s)
    for _ in range(6):
        s = AWS_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("aws-secret-access-key", SPD("debug", "telemetry", "s3 uploader configured region=%s bucket=tw-match-replays secret_access_key=%s" % (REG, s)), s)
        elif t == 1:
            P("aws-secret-access-key", "AWS_DEFAULT_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nREPLAY_BUCKET=tw-match-replays" % (REG, s), s)
        else:
            P("aws-secret-access-key", UE("LogTidefallReplay", "Verbose", "S3 upload credentials resolved from ini: SecretAccessKey=%s Region=%s" % (s, REG)), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: SPD("info", "gamelift", "OnStartGameSession: arn:aws:gamelift:%s::gamesession/fleet-3f9c1e72-5a0b-4d6e-8c21-7be04a9d1f35/gsess-%s" % (REG, UUID())),
        lambda: SPD("info", "gamelift", "AcceptPlayerSession(psess-%s) ok player=%s" % (UUID(), PID())),
        lambda: SPD("debug", "results", "GET https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=[redacted]&steamid=%s&appid=2984110 -> 200" % STEAMID()),
        lambda: "STEAM_APP_ID=2984110\nSTEAM_PUBLISHER_KEY=${ssm:/tw/prod/steam/publisher-key}\nASPNETCORE_ENVIRONMENT=Production",
        lambda: CLEF("Information", "Steam {Method} ok for order {OrderId}", "Tidewyrm.Economy.Steam.SteamMicroTxnClient", Method="ISteamMicroTxn/InitTxn/v3", OrderId=R.randint(10 ** 9, 10 ** 10), TransId=D(19)),
        lambda: NK("info", "server/core_authenticate.go:%d" % R.randint(400, 460), "Steam auth ok", steam_id=STEAMID(), ticket_sha256=H(16)),
        lambda: UE("LogNet", None, "Login request: ?Name=Wyrm%s?platform=WIN userId: STEAM:%s platform: Steam" % (D(4), STEAMID())),
        lambda: UE("LogConfig", None, "Read [/Script/OnlineSubsystemEOS.EOSSettings] Artifacts=(ArtifactName=\"Tidefall\",ClientId=\"xyza7891%s\",ClientSecret=\"<from Secrets Manager>\",ProductId=\"%s\")" % (A(24), H(32))),
        lambda: "EOS_PRODUCT_ID=%s\nEOS_CLIENT_ID=xyza7891%s\nEOS_CLIENT_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:tw/prod/eos-%s" % (H(32), A(24), REG, ACCT, A(6)),
        lambda: UE("LogOnline", "Display", "OSS: EOS: Client access token acquired (expires in 3599s, deployment %s)" % H(32)),
        lambda: CLEF("Debug", "App Store Server API client {@Config}", "Tidewyrm.Economy.Apple.AppStoreClient",
                     Config={"IssuerId": UUID(), "KeyId": rs(string.ascii_uppercase + string.digits, 10), "BundleId": "com.tidewyrm.wyrmclash", "PrivateKey": "***"}),
        lambda: CLEF("Information", "Apple transaction {TransactionId} verified for {ProductId}", "Tidewyrm.Economy.Apple.AppStoreClient", TransactionId=D(16), ProductId="gems_%d" % R.choice([500, 1200])),
        lambda: NK("debug", "tidewyrm/store.go:%d" % R.randint(40, 60), "loaded google credentials", runtime="go", client_email="iap-validator@tidewyrm-play.iam.gserviceaccount.com", private_key_id=H(40)),
        lambda: NK("info", "tidewyrm/store.go:%d" % R.randint(150, 190), "purchase validated and credited", runtime="go", store="google_play", order="GPA.%s-%s-%s-%s" % (D(4), D(4), D(4), D(5)), purchase_token_sha256=H(24)),
        lambda: "-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE%s\\n-----END PUBLIC KEY-----" % rs(B64, 88),
        lambda: CLEF("Debug", "Outgoing request {Method} {Uri} headers {@Headers}", "System.Net.Http.HttpClient.playfab.LogicalHandler", Method="POST",
                     Uri="https://%s.playfabapi.com/Server/GrantItemsToUsers" % rs("0123456789ABCDEF", 5), Headers={"X-SecretKey": "[REDACTED]", "Content-Type": "application/json"}),
        lambda: "PLAYFAB_TITLE_ID=%s\nPLAYFAB_DEV_SECRET_KEY=\nNODE_ENV=production" % rs("0123456789ABCDEF", 5),
        lambda: SPD("info", "gamelift", "InitSDK() succeeded (server sdk 5.1.%d, fleet fleet-3f9c1e72-5a0b-4d6e-8c21-7be04a9d1f35, compute anywhere-dev-%02d, auth token expires %d)" % (R.randint(0, 3), R.randint(1, 20), EP())),
        lambda: "GAMELIFT_SDK_WEBSOCKET_URL=wss://%s.api.amazongamelift.com\nGAMELIFT_SDK_FLEET_ID=fleet-3f9c1e72-5a0b-4d6e-8c21-7be04a9d1f35\nGAMELIFT_SDK_AUTH_TOKEN=********\nGAMELIFT_SDK_PROCESS_ID=%s" % (REG, UUID()),
        lambda: NK("info", "main.go:%d" % R.choice([141, 142]), "Node", name="nakama-%s" % L(5), version="3.23.%d+%s" % (R.randint(0, 2), H(8))),
        lambda: NK("debug", "server/config.go:%d" % R.randint(300, 360), "Config", session={"encryption_key": "<redacted>", "token_expiry_sec": 7200}, socket={"server_key": "tw-prod-client", "port": 7350}),
        lambda: NK("debug", "server/pipeline.go:66", "Received *rtapi.Envelope_MatchmakerAdd message", uid=UUID(), sid=UUID(), cid=str(R.randint(1, 9))),
        lambda: PINO(30, "seat reserved", room="party", roomId=A(9), sessionId=A(9), reservationSha256=H(16)),
        lambda: PYL("INFO", "ticket %s signed (kid tw-mm-2029-12, hmac sha256 prefix %s)" % (UUID(), H(12))),
        lambda: PYL("INFO", "event {\"detail-type\":\"GameLift Matchmaking Event\",\"resources\":[\"arn:aws:gamelift:%s:%s:matchmakingconfiguration/tw-ranked-5v5\"],\"detail\":{\"type\":\"MatchmakingSucceeded\",\"matchId\":\"%s\"}}" % (REG, ACCT, UUID())),
        lambda: TR("INFO", "ac_ingest::config", "loaded key ring", key_ids="[\"bsk-2029-11\", \"bsk-2029-12\"]", fingerprints="[\"sha256:%s\", \"sha256:%s\"]" % (H(16), H(16))),
        lambda: TR("WARN", "ac_ingest::verify", "batch signature invalid; batch dropped", player_id=PID(), key_id="\"bsk-2029-12\"", sig="\"%s…\"" % H(8)),
        lambda: SPD("info", "anticheat", "anti-cheat module 7.1.%d loaded; server key id ack-%s, violations=0" % (R.randint(0, 9), L(6))),
        lambda: PINO(30, "discord notification sent", channelId=D(19), messageId=D(19), status=200),
        lambda: PYL("INFO", "posting ops alert to https://discord.com/api/webhooks/%s/****" % D(19)),
        lambda: "DISCORD_APPLICATION_ID=%s\nDISCORD_PUBLIC_KEY=%s\nDISCORD_GUILD_ID=%s" % (D(19), H(64), D(19)),
        lambda: "Stripe__ApiKey=<from Secrets Manager tw/prod/stripe>\nStripe__PublishableKey=pk_live_51%s\nDOTNET_ENVIRONMENT=Production" % A(97),
        lambda: CLEF("Information", "Stripe webhook {EventId} ({EventType}) fulfilled order {OrderId}", "Tidewyrm.Economy.Web.StripeWebhookController",
                     EventId="evt_" + A(24), EventType="checkout.session.completed", OrderId=UUID(), PaymentIntent="pi_" + A(24), Customer="cus_" + A(14)),
        lambda: CLEF("Warning", "Stripe key hint {KeyHint} does not match expected account {AccountId}", "Tidewyrm.Economy.Web.StripeWebhookController", KeyHint="sk_live_...%s" % A(4), AccountId="acct_" + A(16)),
        lambda: "ConnectionStrings__Economy=Host=tw-players.cluster-c%s.%s.rds.amazonaws.com;Port=5432;Database=players;Username=economy_app;Password=********;Maximum Pool Size=40" % (L(11), REG),
        lambda: TR("DEBUG", "ac_ingest::store", "connecting", database_url="postgres://ac_ingest:***@tw-players.cluster-c%s.%s.rds.amazonaws.com:5432/anticheat?sslmode=require" % (L(11), REG)),
        lambda: PG("FATAL", "password authentication failed for user \"telemetry_writer\"", "telemetry_writer", "telemetry"),
        lambda: PG("LOG", "connection authorized: user=economy_app database=players application_name=Npgsql SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"),
        lambda: PG("LOG", "statement: ALTER ROLE telemetry_writer WITH PASSWORD '********'", "rds_admin", "players"),
        lambda: "REDIS_URL=rediss://tw-presence-v2.x7k2qa.ng.0001.usw2.cache.amazonaws.com:6379/0\nREDIS_AUTH_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:tw/prod/presence-auth-%s" % (REG, ACCT, A(6)),
        lambda: CLEF("Information", "Connecting to Redis {Configuration}", "Tidewyrm.Economy.Inventory.InventoryCache", Configuration="tw-inventory.x7k2qa.ng.0001.usw2.cache.amazonaws.com:6379,ssl=True,password=*****,abortConnect=False"),
        lambda: NK("debug", "server/api.go:%d" % R.randint(200, 240), "Received request", path="/v2/rpc/get_loadout", authorization="Bearer [redacted]", uid=UUID()),
        lambda: PINO(20, "ws upgrade", url="/matchmake/joinOrCreate/party", ip=PUB(), tokenHeader=b64u(jd({"kid": A(43) + "=", "alg": "RS256"}).encode())),
        lambda: "%s - - [%02d/Dec/2029:%s +0000] \"GET /ws?lang=en&status=true HTTP/1.1\" 101 0 \"-\" \"UnityPlayer/2022.3.%df1\"" % (PUB(), DAY(), HMS(), R.randint(10, 50)),
        lambda: SPD("info", "telemetry", "replay uploaded s3://tw-match-replays/%s/%s.wrp etag=\"%s\" (%d KiB)" % (TS()[:10], UUID(), H(32), R.randint(200, 9000))),
        lambda: "AWS_DEFAULT_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nREPLAY_BUCKET=tw-match-replays" % (REG, UUID()),
        lambda: UE("LogTidefallReplay", "Verbose", "S3 upload credentials resolved from role arn:aws:iam::%s:role/tw-gamelift-fleet-role (session %s)" % (ACCT, H(16))),
        lambda: "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 256 MB\tMax Memory Used: %d MB\t" % (UUID(), R.uniform(3, 400), R.randint(4, 401), R.randint(70, 110)),
        lambda: TR("INFO", "tower_http::trace::on_response", "finished processing request", trace_id=H(32), latency="%d ms" % R.randint(1, 60), status=202),
        lambda: PINO(30, "stats", rooms=R.randint(40, 900), ccu=R.randint(200, 8000), gitSha=H(40), errors=0),
    ]
    seen = set()
    made = 0
    tries = 0
    while made < 95 and tries < 1000:
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
