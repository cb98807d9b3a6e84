"""Seeded generator of bench/corpora/heldout40/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). Kinds whose alphabet cannot show one:
Ethereum private keys and engine-API JWT secrets (hex), BIP39 mnemonics (lower-case words; they carry the BIP39 word
"example" instead). main() refuses a duplicate message, a secret not in its message or occurring twice in it, any
AKIA/ASIA anywhere, a marker in a clean line and a marked kind without a marker.
(heldout39's helper layer with the seed, the month (March 2030), region eu-west-2 and all templates new for this round's
digital-asset exchange: geth/Lighthouse, bitcoind, QuickFIX/J, Rust matching engine, CloudHSM custody signer,
FastAPI KYC webhooks, Go market-data fan-out, Kong.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout40/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("wallet-mnemonic", "engine-jwt-secret", "wallet-private-key")
ACCT = "472915038614"
REG = "eu-west-2"
SOH = "\x01"
WORDS = ("abandon ability able about above absent absorb abstract absurd access accident account accuse achieve acid "
         "acoustic acquire across action actor adapt address adjust admit adult advance advice aerobic affair afford "
         "again agent agree ahead aim air airport aisle alarm album alcohol alert alien alley allow almost alone alpha "
         "already also alter always amateur amazing among amount amused anchor ancient anger angle animal ankle announce "
         "bacon badge balance bamboo banana banner barrel basket battle beach bean beauty become beef before begin "
         "cabin cable cactus cage cake call calm camera camp canal candy canvas carbon cargo carpet castle catalog "
         "dance danger daring dash daughter dawn debate decade decide deer defense degree delay deliver demand denial "
         "eager eagle early earth easily echo ecology economy edge edit educate effort eight either elbow elder "
         "fabric face faculty fade faint faith falcon family famous fancy fantasy farm fashion father fatigue fault").split()


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
    return "2030-03-%02dT%s.%sZ" % (DAY(), HMS(), D(3))


def EP():
    return 1898553600 + R.randint(86400, 2300000)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.randint(40, 91), R.randint(0, 255), R.randint(4, 254))


def PUB():
    return "%d.%d.%d.%d" % (R.choice([31, 51, 78, 86, 109, 185, 212]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ log-format wrappers (this round's products)
def GETH(lvl, msg, kv=""):
    s = "%-4s [03-%02d|%s.%s] %s" % (lvl, DAY(), HMS(), D(3), msg)
    return ("%s %s" % (s.ljust(66), kv)) if kv else s


def BTC(msg):
    return "2030-03-%02dT%sZ %s" % (DAY(), HMS(), msg)


def QFJ(lvl, logger, msg, thread="main"):
    return "2030-03-%02d %s.%s %-5s [%s] %s - %s" % (DAY(), HMS(), D(3), lvl, thread, logger, msg)


def RUST(lvl, target, msg):
    return "2030-03-%02dT%s.%sZ %5s %s: %s" % (DAY(), HMS(), D(6), lvl, target, msg)


def BOOT(lvl, logger, msg):
    return "%s %5s 1 --- [custody-signer] [           main] %-40s : %s" % (TS(), lvl, logger, msg)


def PY(lvl, name, msg):
    return "2030-03-%02d %s,%s %s %s [req=%s] %s" % (DAY(), HMS(), D(3), lvl, name, H(16), msg)


def SLOG(lvl, msg, kv):
    return "time=%s level=%s msg=\"%s\" %s" % (TS(), lvl, msg, kv)


def NG(lvl, msg):
    return "2030/03/%02d %s [%s] %d#0: *%d %s" % (DAY(), HMS(), lvl, R.randint(1200, 1400), R.randint(1000, 9999999), msg)


def KA(method, path, status, ua="smx-web/4.12"):
    return "%s - - [%02d/Mar/2030:%s +0000] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\" kong_request_id: \"%s\"" % (PUB(), DAY(), HMS(), method, path, status, R.randint(40, 9000), ua, H(32))


def FIXMSG(mt, snd, tgt, body):
    b = "35=%s%s34=%d%s49=%s%s52=203003%02d-%s.%s%s56=%s%s%s" % (mt, SOH, R.randint(1, 9), SOH, snd, SOH, DAY(), HMS(), D(3), SOH, tgt, SOH, body)
    return "8=FIX.4.4%s9=%d%s%s10=%03d%s" % (SOH, len(b), SOH, b, R.randint(0, 255), SOH)


# ------------------------------------------------------------------ secret shapes (all invented)
def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def NQ_KEY():
    return "nqk_live_" + MARK(rs(AN, 32))


def NQ_SECRET():
    return MARK(rs(B64, 86), lo=4) + "=="


def VF_TOKEN():
    return "prd:" + MARK(rs(AN, 48))


def VF_WHSEC():
    return "whsec_" + MARK(rs(AN, 40))


def MNEMONIC():
    w = [R.choice(WORDS) for _ in range(24)]
    w[R.randint(2, 21)] = "example"
    return " ".join(w)


def ETH_PK():
    return "0x" + rs(HEX, 64)


def WIF():
    return R.choice("KL") + MARK(rs(B58, 51), "EXAMPLE")


def JWT_HEX():
    return rs(HEX, 64)


def JWT():
    hdr = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": A(22)}).encode())
    pl = b64u(jd({"iss": "https://login.saltmarsh.example/oauth2", "sub": "cust_%s" % L(16), "aud": "https://api.saltmarsh.example", "iat": EP(), "exp": EP() + 900,
                  "scope": "trade:write balances:read", "azp": A(24)}).encode())
    return "%s.%s.%s" % (hdr, pl, MARK(rs(URLS, 342)))


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def NKEY_SEED():
    return "SUA" + MARK(rs(B32, 55), R.choice(["INVENT", "EXAMPLE"]))


def RDS(name):
    return "%s.c%s.%s.rds.amazonaws.com" % (name, L(11), REG)


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(7):
        s = NQ_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("exchange-api-key", "NORTHQUAY_REST_URL=https://api.northquay.example/v3\nNORTHQUAY_API_KEY=%s\nHEDGE_MAX_NOTIONAL_GBP=2500000" % s, s)
        elif t == 1:
            P("exchange-api-key", PY("DEBUG", "hedger.venues.northquay", "request headers: {'Content-Type': 'application/json', 'X-NQ-APIKEY': '%s', 'X-NQ-TIMESTAMP': '%d'}" % (s, EP() * 1000)), s)
        else:
            P("exchange-api-key", PY("DEBUG", "hedger.config", "ccxt exchange options: {'apiKey': '%s', 'enableRateLimit': True, 'options': {'defaultType': 'spot'}}" % s), s)
    for _ in range(7):
        s = NQ_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("exchange-api-secret", "NORTHQUAY_API_KEY_ID=nq-key-%s\nNORTHQUAY_API_SECRET=%s\nNORTHQUAY_SUBACCOUNT=smx-hedge" % (L(8), s), s)
        elif t == 1:
            P("exchange-api-secret", PY("DEBUG", "hedger.venues.northquay", "signing payload with hmac-sha512 key=%s prehash='%dPOST/v3/orders'" % (s, EP() * 1000)), s)
        else:
            P("exchange-api-secret", "+ python -m hedger.tools.balances --venue northquay --key-id nq-key-%s --secret '%s'" % (L(8), s), s)
    for _ in range(7):
        s = VF_TOKEN()
        t = R.randint(0, 2)
        if t == 0:
            P("kyc-api-token", PY("DEBUG", "httpx", "request headers: Headers({'host': 'api.veriform.example', 'x-app-token': '%s', 'x-app-access-ts': '%d', 'x-app-access-sig': '[secure]'})" % (s, EP())), s)
        elif t == 1:
            P("kyc-api-token", "VERIFORM_BASE_URL=https://api.veriform.example\nVERIFORM_APP_TOKEN=%s\nVERIFORM_LEVEL=enhanced-kyc" % s, s)
        else:
            P("kyc-api-token", "+ curl -s -H 'X-App-Token: %s' https://api.veriform.example/resources/applicants/%s/one" % (s, H(24)), s)
    for _ in range(7):
        s = VF_WHSEC()
        t = R.randint(0, 2)
        if t == 0:
            P("kyc-webhook-secret", "VERIFORM_WEBHOOK_SECRET=%s\nCHAINSENTRY_WEBHOOK_TOLERANCE_S=300" % s, s)
        elif t == 1:
            P("kyc-webhook-secret", PY("DEBUG", "kyc_webhooks.security", "verifying X-Payload-Digest with secret=%s alg=HMAC_SHA256_HEX body_len=%d" % (s, R.randint(300, 4000))), s)
        else:
            P("kyc-webhook-secret", PY("INFO", "kyc_webhooks.settings", "settings loaded: Settings(veriform_webhook_secret='%s', db_pool_size=5, aml_base_url='https://api.chainsentry.example/v2')" % s), s)
    for _ in range(7):
        s = MNEMONIC()
        t = R.randint(0, 2)
        if t == 0:
            P("wallet-mnemonic", "WALLET_NETWORK=mainnet\nSWEEP_WALLET_MNEMONIC=%s\nSWEEP_DERIVATION_PATH=m/84'/0'/0'" % s, s)
        elif t == 1:
            P("wallet-mnemonic", BOOT("DEBUG", "c.s.custody.sweep.DepositSweeper", "sweep wallet config: {\"network\":\"bitcoin\",\"mnemonic\":\"%s\",\"account\":0}" % s), s)
        else:
            P("wallet-mnemonic", "+ cast wallet address --mnemonic \"%s\" --mnemonic-index %d" % (s, R.randint(0, 40)), s)
    for _ in range(7):
        t = R.randint(0, 3)
        if t == 0:
            s = ETH_PK()
            P("wallet-private-key", "ETH_RPC_URL=http://eth-rpc.nodes.smx.internal:8545\nGAS_STATION_PRIVATE_KEY=%s\nGAS_STATION_MAX_GWEI=80" % s, s)
        elif t == 1:
            s = ETH_PK()
            P("wallet-private-key", "+ cast send --rpc-url http://eth-rpc.nodes.smx.internal:8545 --private-key %s 0x%s 'transfer(address,uint256)' 0x%s %d" % (s, H(40), H(40), R.randint(10 ** 6, 10 ** 9)), s)
        elif t == 2:
            s = WIF()
            P("wallet-private-key", BTC("[rpc] ThreadRPCServer method=importprivkey user=ops params=[\"%s\", \"sweep-%s\", false]" % (s, L(6))), s)
        else:
            s = WIF()
            P("wallet-private-key", "+ bitcoin-cli -rpcwallet=sweep importdescriptors '[{\"desc\": \"wpkh(%s)\", \"timestamp\": \"now\"}]'" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("bitcoind-rpc-password", "+ /usr/local/bin/bitcoind -datadir=/data/bitcoin -server=1 -rpcuser=smxrpc -rpcpassword=%s -rpcworkqueue=16 -walletnotify=/opt/saltmarsh/bin/deposit-notify.sh" % s, s)
        elif t == 1:
            P("bitcoind-rpc-password", "server=1\nrpcuser=smxrpc\nrpcpassword=%s\nrpcallowip=10.42.0.0/16" % s, s)
        else:
            P("bitcoind-rpc-password", PY("DEBUG", "deposit_scanner.rpc", "POST http://smxrpc:%s@btc-rpc.nodes.smx.internal:8332/wallet/hot-wallet method=listsinceblock" % s), s)
    for _ in range(7):
        s = JWT_HEX()
        t = R.randint(0, 2)
        if t == 0:
            P("engine-jwt-secret", "+ echo %s > /secrets/jwt.hex" % s, s)
        elif t == 1:
            P("engine-jwt-secret", "+ lighthouse bn --network mainnet --datadir /data/lighthouse --execution-endpoint http://127.0.0.1:8551 --execution-jwt-secret-key %s --checkpoint-sync-url https://checkpoint.nodeworks.example" % s, s)
        else:
            P("engine-jwt-secret", "ENGINE_ENDPOINT=http://127.0.0.1:8551\nENGINE_JWT_SECRET=0x%s\nCL_DATADIR=/data/lighthouse" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("fix-logon-password", QFJ("INFO", "quickfixj.msg.outgoing", "FIX.4.4:SALTMARSH->NORTHQUAY: " + FIXMSG("A", "SALTMARSH", "NORTHQUAY", "98=0%s108=30%s141=N%s553=saltmarsh-prod%s554=%s%s" % (SOH, SOH, SOH, SOH, s, SOH)), "NioProcessor-2"), s)
        elif t == 1:
            P("fix-logon-password", QFJ("DEBUG", "com.saltmarsh.fix.SessionSettingsLoader", "[session] BeginString=FIX.4.4 SenderCompID=SALTMARSH TargetCompID=BRACKENFX SocketConnectHost=fix.brackenfx.example SocketConnectPort=9443 Username=smx-prod Password=%s" % s), s)
        else:
            P("fix-logon-password", "FIX_NORTHQUAY_USERNAME=saltmarsh-prod\nFIX_NORTHQUAY_PASSWORD=%s\nFIX_STORE_PATH=/var/lib/fix/store" % s, s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("cloudhsm-cu-password", "+ java -DHSM_USER=custody_cu1 -DHSM_PASSWORD=%s -Djava.library.path=/opt/cloudhsm/lib -jar /app/custody-signer.jar" % s, s)
        elif t == 1:
            P("cloudhsm-cu-password", "HSM_USER=custody_cu2\nHSM_PASSWORD=%s\nCLOUDHSM_CLUSTER_ID=cluster-%s" % (s, L(11)), s)
        else:
            P("cloudhsm-cu-password", "+ /opt/cloudhsm/bin/cloudhsm-cli login --username custody_cu1 --role crypto-user --password '%s'" % s, s)
    for _ in range(7):
        s = JWT()
        t = R.randint(0, 2)
        if t == 0:
            P("jwt", NG("debug", "[kong] handler.lua:61 [smx-auth] inbound headers: authorization=Bearer %s, x-request-id=%s" % (s, UUID())), s)
        elif t == 1:
            P("jwt", SLOG("DEBUG", "ws auth", "conn=c%s token=%s remote=%s" % (L(10), s, PUB())), s)
        else:
            P("jwt", KA("GET", "/v1/stream/ticket?access_token=%s" % s, 200), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("db-password", BOOT("DEBUG", "c.s.custody.config.DataSourceConfig", "datasource url=jdbc:postgresql://%s:5432/custody?user=custody_app&password=%s&sslmode=verify-full" % (RDS("smx-custody"), s)), s)
        elif t == 1:
            P("db-password", PY("INFO", "kyc_webhooks.db", "engine created: postgresql+psycopg://kyc_app:%s@%s:5432/kyc (pool_size=5, max_overflow=10)" % (s, RDS("smx-kyc"))), s)
        else:
            P("db-password", "LEDGER_DB_HOST=%s\nLEDGER_DB_USER=ledger_rw\nLEDGER_DB_PASSWORD=%s" % (RDS("smx-ledger"), s), s)
    for _ in range(7):
        s = AWS_SECRET()
        t = R.randint(0, 2)
        if t == 0:
            P("aws-secret-access-key", "AWS_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nSNAPSHOT_BUCKET=smx-me-snapshots-euw2" % (REG, s), s)
        elif t == 1:
            P("aws-secret-access-key", RUST("DEBUG", "aws_config::profile", "loaded static credentials from [profile snapshot-writer]: aws_secret_access_key=%s region=%s" % (s, REG)), s)
        else:
            P("aws-secret-access-key", PY("DEBUG", "botocore.credentials", "credentials resolved method=env secret_key=%s token=None" % s), s)
    for _ in range(7):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("redis-auth-password", "+ redis-cli -h smx-ratelimit.x1c9qa.ng.0001.euw2.cache.amazonaws.com -p 6379 --tls -a '%s' INFO memory" % s, s)
        elif t == 1:
            P("redis-auth-password", SLOG("INFO", "snapshot cache", "url=rediss://:%s@md-snap.x1c9qa.ng.0001.euw2.cache.amazonaws.com:6379/0 pool=64" % s), s)
        else:
            P("redis-auth-password", NG("debug", "[kong] handler.lua:88 [rate-limiting] config: policy=redis redis.host=smx-ratelimit.x1c9qa.ng.0001.euw2.cache.amazonaws.com redis.port=6379 redis.password=%s redis.ssl=true" % s), s)
    for _ in range(7):
        s = NKEY_SEED()
        t = R.randint(0, 2)
        if t == 0:
            P("nats-user-seed", "-----BEGIN USER NKEY SEED-----\n%s\n------END USER NKEY SEED------" % s, s)
        elif t == 1:
            P("nats-user-seed", "NATS_URL=nats://nats-0.md.smx.internal:4222\nNATS_NKEY_SEED=%s\nNATS_STREAM=MD" % s, s)
        else:
            P("nats-user-seed", SLOG("DEBUG", "nats options", "servers=nats://nats-1.md.smx.internal:4222 nkey_seed=%s name=md-fanout" % s), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    makers = [
        lambda: "NORTHQUAY_REST_URL=https://api.northquay.example/v3\nNORTHQUAY_API_KEY=nqk_live_****%s\nHEDGE_MAX_NOTIONAL_GBP=2500000" % A(4),
        lambda: "NORTHQUAY_API_KEY_ID=nq-key-%s\nNORTHQUAY_API_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:smx/prod/northquay-%s" % (L(8), REG, ACCT, A(6)),
        lambda: PY("DEBUG", "hedger.venues.northquay", "request headers: {'Content-Type': 'application/json', 'X-NQ-APIKEY': '<redacted>', 'X-NQ-SIGN': '%s'}" % H(128)),
        lambda: PY("INFO", "hedger.venues.northquay", "order %s filled: BTC/GBP buy %.4f @ %.2f (clientOrderId=%s)" % (D(12), R.uniform(0.01, 5), R.uniform(40000, 90000), UUID())),
        lambda: PY("DEBUG", "hedger.config", "ccxt exchange options: {'apiKey': '********', 'secret': '********', 'enableRateLimit': True}"),
        lambda: "VERIFORM_BASE_URL=https://api.veriform.example\nVERIFORM_APP_TOKEN=${VERIFORM_APP_TOKEN}\nVERIFORM_LEVEL=enhanced-kyc",
        lambda: PY("DEBUG", "httpx", "request headers: Headers({'host': 'api.veriform.example', 'x-app-token': '[secure]', 'x-app-access-ts': '%d', 'x-app-access-sig': '[secure]'})" % EP()),
        lambda: PY("INFO", "kyc_webhooks.handlers.veriform", "applicant %s reviewed GREEN (externalUserId=cust_%s, inspectionId=%s)" % (H(24), L(16), H(24))),
        lambda: PY("DEBUG", "kyc_webhooks.security", "X-Payload-Digest=%s matches (alg=HMAC_SHA256_HEX)" % H(64)),
        lambda: "VERIFORM_WEBHOOK_SECRET=\nCHAINSENTRY_WEBHOOK_TOLERANCE_S=300",
        lambda: PY("INFO", "kyc_webhooks.settings", "settings loaded: Settings(veriform_webhook_secret=SecretStr('**********'), db_pool_size=5)"),
        lambda: BOOT("INFO", "c.s.custody.sweep.DepositSweeper", "sweep wallet xpub=xpub6%s account=0 addresses=%d" % (rs("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 106), R.randint(100, 9000))),
        lambda: "WALLET_NETWORK=mainnet\nSWEEP_WALLET_MNEMONIC_PARAM=/smx/prod/custody/sweep-mnemonic\nSWEEP_DERIVATION_PATH=m/84'/0'/0'",
        lambda: BOOT("INFO", "c.s.custody.broadcast.TxBroadcaster", "broadcast WD-%s txid=%s to bc1q%s" % (rs(UP, 10), H(64), L(38))),
        lambda: GETH("INFO", "Submitted transaction", "hash=0x%s from=0x%s nonce=%d recipient=0x%s value=%d" % (H(64), H(40), R.randint(1, 90000), H(40), R.randint(10 ** 15, 10 ** 19))),
        lambda: GETH("INFO", "Loaded JWT secret file", "path=/secrets/jwt.hex crc32=0x%s" % H(8)),
        lambda: "+ geth --mainnet --datadir /data/geth --authrpc.addr 127.0.0.1 --authrpc.port 8551 --authrpc.jwtsecret /secrets/jwt.hex --http --http.api eth,net,web3",
        lambda: "ENGINE_ENDPOINT=http://127.0.0.1:8551\nENGINE_JWT_SECRET_FILE=/secrets/jwt.hex\nCL_DATADIR=/data/lighthouse",
        lambda: "Mar %02d %s.%s INFO Synced                                  peers: \"%d\", exec_hash: \"0x%s…%s (verified)\", slot: %d, service: slot_notifier" % (DAY(), HMS(), D(3), R.randint(60, 110), H(4), H(4), R.randint(24290000, 24330000)),
        lambda: BTC("UpdateTip: new best=00000000000000000%s height=%d version=0x20000000 log2_work=95.%s tx=%d progress=1.000000 cache=%.1fMiB(%dtxo)" % (H(47), R.randint(1147200, 1148600), D(6), R.randint(1290000000, 1310000000), R.uniform(100, 400), R.randint(800000, 3000000))),
        lambda: "server=1\nrpcauth=deposit-scanner:%s$%s\nrpcallowip=10.42.0.0/16" % (H(32), H(64)),
        lambda: "+ /usr/local/bin/bitcoind -datadir=/data/bitcoin -server=1 -rpccookiefile=/run/bitcoind/.cookie -rpcworkqueue=16",
        lambda: PY("DEBUG", "deposit_scanner.rpc", "POST http://btc-rpc.nodes.smx.internal:8332/wallet/hot-wallet method=listsinceblock auth=cookie"),
        lambda: BTC("[hot-wallet] AddToWallet %s  new InMempool" % H(64)),
        lambda: BTC("[rpc] ThreadRPCServer method=getdescriptorinfo user=ops params=[\"wpkh([%s/84h/0h/0h]xpub6%s/0/*)\"]" % (H(8), rs("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 106))),
        lambda: QFJ("INFO", "quickfixj.msg.outgoing", "FIX.4.4:SALTMARSH->NORTHQUAY: " + FIXMSG("A", "SALTMARSH", "NORTHQUAY", "98=0%s108=30%s141=N%s553=saltmarsh-prod%s554=********%s" % (SOH, SOH, SOH, SOH, SOH)), "NioProcessor-1"),
        lambda: QFJ("INFO", "quickfixj.msg.incoming", "FIX.4.4:SMX->HALEWOOD: " + FIXMSG("D", "HALEWOOD", "SMX", "11=SMX-%s-%06d%s55=BTC/GBP%s54=1%s38=%.4f%s40=2%s44=%.2f%s" % (rs(UP, 4), R.randint(1, 999999), SOH, SOH, SOH, R.uniform(0.01, 5), SOH, SOH, R.uniform(40000, 90000), SOH)), "NioProcessor-3"),
        lambda: QFJ("DEBUG", "com.saltmarsh.fix.SessionSettingsLoader", "[session] BeginString=FIX.4.4 SenderCompID=SALTMARSH TargetCompID=BRACKENFX SocketConnectHost=fix.brackenfx.example Username=smx-prod Password=<from secrets manager>"),
        lambda: "FIX_NORTHQUAY_USERNAME=saltmarsh-prod\nFIX_NORTHQUAY_PASSWORD_ARN=arn:aws:secretsmanager:%s:%s:secret:smx/prod/fix/northquay-%s" % (REG, ACCT, A(6)),
        lambda: "+ java -DHSM_USER=custody_cu1 -DHSM_PASSWORD=\"$(aws secretsmanager get-secret-value --secret-id smx/prod/hsm/custody_cu1 --query SecretString --output text)\" -jar /app/custody-signer.jar",
        lambda: "HSM_USER=custody_cu2\nHSM_PASSWORD=\nCLOUDHSM_CLUSTER_ID=cluster-%s" % L(11),
        lambda: BOOT("INFO", "c.s.custody.hsm.HsmSessionManager", "logged in to cluster-%s as custody_cu1 (role crypto-user), key handle 0x%s label smx-btc-hot-2030" % (L(11), H(8))),
        lambda: "[%s][INFO][1][ThreadId(%d)][cloudhsm_provider::hsm1::hsm_connection::server_connection] Connected to HSM 10.60.%d.%d:2223 (hsm-%s)" % (TS(), R.randint(2, 30), R.randint(10, 12), R.randint(4, 250), L(11)),
        lambda: BOOT("INFO", "c.s.custody.eth.KmsEthSigner", "KMS key arn:aws:kms:%s:%s:key/%s (ECC_SECG_P256K1) address 0x%s" % (REG, ACCT, UUID(), H(40))),
        lambda: NG("debug", "[kong] handler.lua:61 [smx-auth] inbound headers: authorization=Bearer <redacted>, x-request-id=%s" % UUID()),
        lambda: NG("info", "[kong] handler.lua:74 [smx-auth] token ok sub=cust_%s kid=%s scope=\"trade:write balances:read\" exp=%d" % (L(16), A(22), EP())),
        lambda: SLOG("INFO", "auth", "conn=c%s result=ok account=%d token_sha256=%s" % (L(10), R.randint(100000, 999999), H(64))),
        lambda: KA("GET", "/v1/stream/ticket", 200),
        lambda: KA("GET", "/v1/orders/%d" % R.randint(10 ** 17, 10 ** 18), 200, "ccxt/4.3.12"),
        lambda: BOOT("DEBUG", "c.s.custody.config.DataSourceConfig", "datasource url=jdbc:postgresql://%s:5432/custody?user=custody_app&sslmode=verify-full (password from secret smx/prod/custody-db)" % RDS("smx-custody")),
        lambda: PY("INFO", "kyc_webhooks.db", "engine created: postgresql+psycopg://kyc_app:***@%s:5432/kyc (pool_size=5, max_overflow=10)" % RDS("smx-kyc")),
        lambda: "LEDGER_DB_HOST=%s\nLEDGER_DB_USER=ledger_rw\nLEDGER_DB_PASSWORD_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:rds!db-%s" % (RDS("smx-ledger"), REG, ACCT, UUID()),
        lambda: "AWS_REGION=%s\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s\nSNAPSHOT_BUCKET=smx-me-snapshots-euw2" % (REG, UUID()),
        lambda: RUST("DEBUG", "aws_config::imds", "credentials from ECS task role arn:aws:iam::%s:role/smx-matching-engine-task (expires 2030-03-%02dT%sZ)" % (ACCT, DAY(), HMS())),
        lambda: PY("DEBUG", "botocore.credentials", "credentials resolved method=container-role access_key=****%s token=<set>" % rs(UP, 4)),
        lambda: "+ redis-cli -h smx-ratelimit.x1c9qa.ng.0001.euw2.cache.amazonaws.com -p 6379 --tls --user ratelimit --askpass INFO memory",
        lambda: SLOG("INFO", "snapshot cache", "url=rediss://md-snap.x1c9qa.ng.0001.euw2.cache.amazonaws.com:6379/0 auth=iam pool=64"),
        lambda: NG("debug", "[kong] handler.lua:88 [rate-limiting] config: policy=redis redis.host=smx-ratelimit.x1c9qa.ng.0001.euw2.cache.amazonaws.com redis.port=6379 redis.password={vault://aws/smx-ratelimit-redis} redis.ssl=true"),
        lambda: "NATS_URL=nats://nats-0.md.smx.internal:4222\nNATS_CREDS_FILE=/run/secrets/md-fanout.creds\nNATS_STREAM=MD",
        lambda: SLOG("INFO", "nats connected", "server=nats://nats-%d.md.smx.internal:4222 user_nkey=UA%s account=A%s" % (R.randint(0, 2), rs(B32, 54), rs(B32, 55))),
        lambda: RUST("INFO", "saltmarsh_me::snapshot", "snapshot written key=BTC-GBP/%d.bin sha256=%s etag=\"%s\"" % (R.randint(10 ** 9, 10 ** 10), H(64), H(32))),
        lambda: RUST("INFO", "saltmarsh_me::book", "trade trade_id=%d maker=%d taker=%d trace_id=%s" % (R.randint(10 ** 17, 10 ** 18), R.randint(10 ** 17, 10 ** 18), R.randint(10 ** 17, 10 ** 18), H(32))),
        lambda: GETH("INFO", "Chain head was updated", "number=%d hash=0x%s…%s root=0x%s…%s" % (R.randint(35080000, 35190000), H(4), H(4), H(4), H(4))),
        lambda: PY("INFO", "kyc_webhooks.aml", "deposit %s screened: address 0x%s risk=low tx=0x%s" % (UUID(), H(40), H(64))),
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
