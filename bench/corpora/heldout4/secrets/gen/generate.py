#!/usr/bin/env python3
"""Writes ../secrets.jsonl (stdlib only, seeded: a rerun writes the same bytes).

Every secret value is drawn from the seeded RNG in the documented shape of its kind; none is real."""
import base64
import datetime
import json
import os
import random
import string

R = random.Random(20261205)
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"


def s(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return s(n, HEX)


def ri(a, b):
    return R.randint(a, b)


def pick(xs):
    return R.choice(xs)


def uuid():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def ip10():
    return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254))


def ts():
    d = datetime.datetime(2026, 12, ri(1, 6), ri(0, 23), ri(0, 59), ri(0, 59), ri(0, 999999))
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)


def comma():
    return ts().replace("T", " ").replace("Z", "").replace(".", ",")


def b64(raw):
    return base64.b64encode(raw).decode()


def pw():
    """A human-ish invented password."""
    return pick(["Tr0mb", "Qx7!", "maple", "Vort3x", "k9#", "Blue", "s@lt", "Zeph"]) + s(ri(6, 10), ALNUM + "!#%*+-_") + str(ri(10, 99))


# ---------------------------------------------------------------- national ids with check digits
def fi_hetu():
    while True:
        dd, mm, yy, n = ri(1, 28), ri(1, 12), ri(0, 99), ri(2, 899)
        sign = pick(["-", "A"])
        base = "%02d%02d%02d" % (dd, mm, yy)
        c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + "%03d" % n) % 31]
        return "%s%s%03d%s" % (base, sign, n, c)


def no_fnr():
    while True:
        d = [int(x) for x in "%02d%02d%02d%03d" % (ri(1, 28), ri(1, 12), ri(50, 99), ri(0, 499))]
        k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return "".join(map(str, d + [k2]))


def cl_rut():
    body = ri(5000000, 25000000)
    tot, m = 0, 2
    for ch in reversed(str(body)):
        tot += int(ch) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - tot % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    return "{:,}".format(body).replace(",", ".") + "-" + dv


def tr_tckn():
    d = [ri(1, 9)] + [ri(0, 9) for _ in range(8)]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def be_nn():
    base = "%02d%02d%02d%03d" % (ri(50, 99), ri(1, 12), ri(1, 28), ri(1, 997))
    c = 97 - int(base) % 97
    return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:], c)


def pt_nif():
    d = [pick([1, 2])] + [ri(0, 9) for _ in range(7)]
    c = 11 - sum(x * (9 - i) for i, x in enumerate(d)) % 11
    d.append(0 if c >= 10 else c)
    return "".join(map(str, d))


# ---------------------------------------------------------------- new kinds: (kind, secret generator, message template with {S})
KINDS = [
    ("gocardless-access-token", lambda: "live_" + s(40, B64U), "{T} ERROR [payments] GoCardless mandate sync failed: client config {{environment: 'live', access_token: '{S}'}} returned 401"),
    ("adyen-api-key", lambda: "AQE" + s(29, B64) + "+" + s(12, ALNUM) + "-" + s(44, B64) + "=-" + s(12, ALNUM), "{T} DEBUG c.s.payments.AdyenClient - request headers {{X-API-Key={S}, Content-Type=application/json, Idempotency-Key=" + "{U}}}"),
    ("checkout-com-secret-key", lambda: "sk_sbox_" + s(27, LOWER), "CKO_SECRET_KEY={S} node dist/main.js  # started by ecs task def shop-web:41"),
    ("klaviyo-private-api-key", lambda: "pk_" + hx(34), "curl -sS https://a.klaviyo.com/api/profiles/ -H 'Authorization: Klaviyo-API-Key {S}' -H 'revision: 2024-10-15'"),
    ("segment-public-api-token", lambda: "sgp_" + s(64), "[Nest] 31  - 12/03/2026, 9:14:02 AM   DEBUG [SegmentAdmin] using Segment Public API token {S} for workspace shop-prod"),
    ("amplitude-secret-key", lambda: hx(32), "amplitude export job: AMPLITUDE_API_KEY={A} AMPLITUDE_SECRET_KEY={S} start=20261201T00 end=20261202T00"),
    ("intercom-access-token", lambda: b64(("tok:" + uuid().replace("-", "_") + ":1:0").encode()), "{T} WARN intercom.sync - contact push throttled; Authorization: Bearer {S}"),
    ("freshdesk-api-key", lambda: s(20), "+ curl -u {S}:X -H 'Content-Type: application/json' https://shopsupport.freshdesk.com/api/v2/tickets?per_page=100"),
    ("travis-ci-token", lambda: s(22), "travis encrypt --com --pro -r shop/web \"SLACK_HOOK=redacted\" --token {S}"),
    ("jenkins-api-token", lambda: "11" + hx(32), "[Pipeline] sh\n+ curl -X POST -u deploy-bot:{S} https://jenkins.internal/job/shop-web/buildWithParameters?ENV=prod"),
    ("octopus-deploy-api-key", lambda: "API-" + s(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "octo create-release --project \"Shop Web\" --server https://deploy.example.com --apiKey {S} --version 2026.12.3"),
    ("harness-pat", lambda: "pat." + s(22, B64U) + "." + hx(24) + "." + s(20), "{T} level=debug msg=\"harness delegate call\" header=\"x-api-key: {S}\""),
    ("rancher-api-token", lambda: "token-" + s(5, LOWER) + ":" + s(54, LOWER), "rancher login https://rancher.internal/v3 --token {S} --context c-m-abcd1234:p-xyz12"),
    ("portainer-access-token", lambda: "ptr_" + s(43, B64U), "{T} INFO deploy.portainer - POST /api/stacks/create/standalone/repository?endpointId=2 X-API-Key: {S}"),
    ("honeybadger-api-key", lambda: "hbp_" + s(36), "Honeybadger.configure(api_key: \"{S}\", environment: \"production\")  # config/initializers/honeybadger.rb loaded"),
    ("checkly-api-key", lambda: "cu_" + hx(32), "CHECKLY_ACCOUNT_ID={U} CHECKLY_API_KEY={S} npx checkly deploy --force"),
    ("uptimerobot-api-key", lambda: "u%d-%s" % (ri(1000000, 9999999), hx(24)), "POST https://api.uptimerobot.com/v2/getMonitors body: api_key={S}&format=json&logs=1"),
    ("logtail-source-token", lambda: s(24), "[sinks.betterstack]\ntype = \"http\"\nuri = \"https://in.logs.betterstack.com\"\nauth.strategy = \"bearer\"\nauth.token = \"{S}\""),
    ("sematext-logs-token", lambda: uuid(), "docker run -d --name st-logagent -e LOGS_TOKEN={S} -e REGION=EU sematext/logagent:latest"),
    ("lightstep-access-token", lambda: s(84, B64), "OTEL_EXPORTER_OTLP_HEADERS=lightstep-access-token={S} java -javaagent:/otel/opentelemetry-javaagent.jar -jar app.jar"),
    ("instana-agent-key", lambda: s(22, B64U), "{T} INFO instana-agent: configuration.yaml applied (agent.key={S}, zone=prod-euw1)"),
    ("meilisearch-master-key", lambda: s(44, B64U), "meilisearch --env production --master-key {S} --db-path /meili_data/data.ms"),
    ("typesense-api-key", lambda: s(32), "{T} DEBUG typesense.client request: GET /collections/products/documents/search headers={{'X-TYPESENSE-API-KEY': '{S}'}}"),
    ("qdrant-api-key", lambda: s(36, B64U), "QdrantClient(url='https://qdrant.internal:6333', api_key='{S}', timeout=10) raised ResponseHandlingException"),
    ("together-ai-api-key", lambda: "tgp_v1_" + s(43, B64U), "export TOGETHER_API_KEY=\"{S}\"  # ml-training/.envrc"),
    ("fireworks-api-key", lambda: "fw_" + s(24), "{T} ml.infer WARN fireworks request retry 2/3: POST https://api.fireworks.ai/inference/v1/completions Authorization: Bearer {S}"),
    ("voyage-ai-api-key", lambda: "pa-" + s(43, B64U), "voyageai.Client(api_key=\"{S}\", max_retries=3)  -> embedding batch 17 of 40"),
    ("assemblyai-api-key", lambda: hx(32), "> POST /v2/transcript HTTP/1.1\n> Host: api.assemblyai.com\n> authorization: {S}\n> content-type: application/json"),
    ("stability-api-key", lambda: "sk-" + s(48), "[ml-training] STABILITY_KEY={S} python gen_thumbs.py --style photographic"),
    ("nvidia-api-key", lambda: "nvapi-" + s(64, B64U), "{T} ERROR ml.nim - 403 from https://integrate.api.nvidia.com/v1/chat/completions with key {S}"),
    ("deepseek-api-key", lambda: "sk-" + hx(32), "llm_router.yaml: providers: [{{name: deepseek, base_url: https://api.deepseek.com, api_key: {S}}}]"),
    ("jina-api-key", lambda: "jina_" + s(60), "{T} DEBUG rerank POST https://api.jina.ai/v1/rerank headers: {{\"Authorization\": \"Bearer {S}\"}}"),
    ("cerebras-api-key", lambda: "csk-" + s(48, LOWER), "CEREBRAS_API_KEY={S}"),
    ("neon-api-key", lambda: "napi_" + s(64, LOWER), "neonctl branches create --project-id shy-sky-12345678 --api-key {S} --name preview-pr-812"),
    ("upstash-redis-rest-token", lambda: "A" + s(3, UPPER) + "ASQgN" + s(55, B64U) + "=", "UPSTASH_REDIS_REST_URL=https://eu1-fancy-owl-31337.upstash.io UPSTASH_REDIS_REST_TOKEN={S}"),
    ("cockroach-cloud-api-key", lambda: "CCDB1_" + s(22) + "_" + s(40), "ccloud auth login --api-key {S} && ccloud cluster list"),
    ("cloudflare-origin-ca-key", lambda: "v1.0-" + hx(24) + "-" + hx(146), "{T} DEBUG certbot-cf: X-Auth-User-Service-Key: {S}"),
    ("bunnycdn-api-key", lambda: uuid() + hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12), "curl --request POST --url https://api.bunny.net/pullzone/1234567/purgeCache --header 'AccessKey: {S}'"),
    ("deno-deploy-token", lambda: "ddp_" + s(36), "deployctl deploy --project=shop-edge --token={S} --prod main.ts"),
    ("convex-deploy-key", lambda: "prod:" + pick(["happy-otter", "brave-lynx", "quiet-heron"]) + "-%d|" % ri(100, 999) + s(80, B64U), "CONVEX_DEPLOY_KEY='{S}' npx convex deploy --cmd 'npm run build'"),
    ("expo-access-token", lambda: s(40, B64U), "EXPO_TOKEN={S} eas build --platform android --non-interactive"),
    ("telnyx-api-key", lambda: "KEY" + hx(32).upper() + "_" + s(22), "{T} ERROR [NotifyService] Telnyx send failed: headers={{ Authorization: 'Bearer {S}' }} status=422"),
    ("messagebird-access-key", lambda: s(25), "> POST /messages HTTP/1.1\n> Host: rest.messagebird.com\n> Authorization: AccessKey {S}"),
    ("mailersend-api-token", lambda: "mlsn." + hx(64), "MAILERSEND_API_KEY=\"{S}\" php artisan queue:work --queue=mail"),
    ("mattermost-access-token", lambda: s(26, LOWER), "mmctl auth login https://chat.example.com --name prod --username ci-bot --access-token {S}"),
    ("zulip-api-key", lambda: s(32), "[api]\nemail=deploy-bot@example.zulipchat.com\nkey={S}\nsite=https://example.zulipchat.com"),
    ("line-channel-access-token", lambda: s(171, B64) + "=", "{T} WARN [LineNotifier] push rejected (429); token={S}"),
    ("webex-bot-token", lambda: s(64) + "_" + s(4, "PFX") + "F84_" + uuid(), "WEBEX_TEAMS_ACCESS_TOKEN={S} python3 notify_release.py --room ops"),
    ("smartsheet-access-token", lambda: s(37), "{T} DEBUG smartsheet.Smartsheet(access_token='{S}', max_retry_time=30)"),
    ("salesforce-access-token", lambda: "00D" + s(12) + "!AQ" + s(2) + "AR" + s(90, ALNUM + "._"), "sf org display --json -> {{\"result\":{{\"accessToken\":\"{S}\",\"instanceUrl\":\"https://shop.my.salesforce.com\"}}}}"),
    ("close-api-key", lambda: "api_" + s(22) + "." + s(22), "requests.exceptions.HTTPError: 401 Client Error for url: https://api.close.com/api/v1/lead/ (auth=('{S}', ''))"),
    ("paddle-api-key", lambda: "pdl_live_apikey_01" + s(24, LOWER) + "_" + s(22) + "_" + s(3), "{T} ERROR [BillingService] Paddle webhook replay failed with Authorization: Bearer {S}"),
    ("chargebee-api-key", lambda: "live_" + s(32), "ChargeBee.configure(site: \"shop\", api_key: \"{S}\")"),
    ("recurly-api-key", lambda: hx(32), "{T} INFO recurly client initialised: Recurly::Client.new(api_key: \"{S}\")"),
    ("wise-api-token", lambda: uuid(), "GET https://api.transferwise.com/v4/profiles/1234567/balances?types=STANDARD -H \"Authorization: Bearer {S}\""),
    ("box-developer-token", lambda: s(32), "{T} DEBUG boxsdk.network - Authorization: Bearer {S} GET https://api.box.com/2.0/folders/0/items"),
    ("twitch-client-secret", lambda: s(30, LOWER), "POST https://id.twitch.tv/oauth2/token?client_id=" + s(30, LOWER) + "&client_secret={S}&grant_type=client_credentials"),
    ("spotify-client-secret", lambda: hx(32), "SPOTIPY_CLIENT_ID=" + hx(32) + " SPOTIPY_CLIENT_SECRET={S} python playlist_sync.py"),
    ("zoom-client-secret", lambda: s(32), "zoom:\n  account_id: " + s(22) + "\n  client_id: " + s(22) + "\n  client_secret: {S}"),
    ("split-io-server-key", lambda: s(36, LOWER), "{T} INFO splitio-sdk: factory created with sdk key {S} (mode=standalone)"),
    ("configcat-sdk-key", lambda: "configcat-sdk-1/" + s(22, B64U) + "/" + s(22, B64U), "services.AddSingleton(ConfigCatClient.Get(\"{S}\")) // Program.cs startup trace"),
    ("flagsmith-server-key", lambda: "ser." + s(22), "FLAGSMITH_ENVIRONMENT_KEY={S} gunicorn shop.wsgi"),
    ("unleash-api-token", lambda: "*:production." + hx(64), "{T} WARN unleash-client: fetch features failed (ECONNRESET), will retry; Authorization={S}"),
    ("statsig-server-secret", lambda: "secret-" + s(43), "Statsig.initialize(\"{S}\", {{ environment: {{ tier: 'production' }} }})"),
    ("ably-api-key", lambda: s(6) + "." + s(6) + ":" + s(43, B64U), "new Ably.Realtime({{ key: '{S}', clientId: 'order-feed' }})"),
    ("pusher-app-secret", lambda: hx(20), "PUSHER_APP_ID=%d PUSHER_APP_KEY=%s PUSHER_APP_SECRET={S} PUSHER_APP_CLUSTER=eu" % (ri(1000000, 1999999), hx(20))),
    ("onesignal-rest-api-key", lambda: "os_v2_app_" + s(110, string.ascii_lowercase + "234567"), "> POST /notifications HTTP/1.1\n> Host: api.onesignal.com\n> Authorization: Key {S}"),
    ("mux-token-secret", lambda: s(75, B64), "MUX_TOKEN_ID=" + uuid() + "\nMUX_TOKEN_SECRET={S}"),
    ("uploadcare-secret-key", lambda: hx(20), "{T} DEBUG uploadcare: Authorization: Uploadcare.Simple " + hx(20) + ":{S}"),
    ("sanity-api-token", lambda: "sk" + s(180), "SANITY_API_WRITE_TOKEN={S} next build"),
    ("strapi-api-token", lambda: hx(256), "{T} DEBUG [frontend] fetch https://cms.internal/api/articles?populate=* {{ headers: {{ Authorization: 'Bearer {S}' }} }}"),
    ("ghost-admin-api-key", lambda: hx(24) + ":" + hx(64), "GHOST_ADMIN_API_KEY={S} node scripts/publish-changelog.js"),
    ("directus-static-token", lambda: s(32, B64U), "curl -H \"Authorization: Bearer {S}\" https://cms.example.com/items/products?limit=-1"),
    ("wordpress-auth-key", lambda: s(64, string.ascii_letters + string.digits + "!@#%^&*()-_[]{}<>~+=,.;:/?|"), "define( 'AUTH_KEY',         '{S}' );"),
    ("symfony-app-secret", lambda: hx(32), "APP_ENV=prod\nAPP_SECRET={S}\nDATABASE_URL=\"mysql://app:${{DB_PASS}}@db:3306/shop\""),
    ("phoenix-secret-key-base", lambda: s(64, B64), "config :shop, ShopWeb.Endpoint, url: [host: \"shop.example.com\"], secret_key_base: \"{S}\""),
    ("nextauth-secret", lambda: b64(bytes(ri(0, 255) for _ in range(32))), "NEXTAUTH_URL=https://shop.example.com NEXTAUTH_SECRET={S}"),
    ("kibana-encryption-key", lambda: s(32) + s(8), "xpack.encryptedSavedObjects.encryptionKey: \"{S}\""),
    ("aspnet-machine-key", lambda: hx(128).upper(), "<machineKey validationKey=\"{S}\" validation=\"HMACSHA256\" decryption=\"AES\" />"),
    ("aspnet-dataprotection-master-key", lambda: b64(bytes(ri(0, 255) for _ in range(64))), "<key id=\"" + uuid() + "\" version=\"1\"><descriptor><encryption algorithm=\"AES_256_CBC\" /><masterKey p4:requiresEncryption=\"true\" xmlns:p4=\"http://schemas.asp.net/2015/03/dataProtection\"><value>{S}</value></masterKey></descriptor></key>"),
    ("k8s-bootstrap-token", lambda: s(6, LOWER) + "." + s(16, LOWER), "cloud-init: kubeadm join 10.0.12.5:6443 --token {S} --discovery-token-ca-cert-hash sha256:" + hx(64)),
    ("kerberos-keytab", lambda: "BQIAAA" + b64(bytes(ri(0, 255) for _ in range(66))), "KRB5_KEYTAB_B64={S}"),
    ("paseto-token", lambda: "v4.local." + s(118, B64U), "{T} DEBUG auth.session - issued token {S} for user 8812"),
    ("lnd-macaroon", lambda: "0201036c6e6402f801030a10" + hx(180), "curl --cacert tls.cert -H \"Grpc-Metadata-macaroon: {S}\" https://lnd.internal:8080/v1/balance/blockchain"),
    ("gcs-hmac-secret", lambda: s(40, B64), "[Credentials]\ngs_access_key_id = GOOG1E" + s(55, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "\ngs_secret_access_key = {S}"),
    ("digitalocean-spaces-secret", lambda: s(43, B64), "s3cmd --access_key=DO00" + s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + " --secret_key={S} --host=fra1.digitaloceanspaces.com ls s3://shop-media"),
    ("cloudflare-r2-secret", lambda: hx(64), "rclone config create r2 s3 provider=Cloudflare access_key_id=" + hx(32) + " secret_access_key={S} endpoint=https://" + hx(32) + ".r2.cloudflarestorage.com"),
    ("ovh-application-secret", lambda: s(32), "[ovh-eu]\napplication_key=" + s(16) + "\napplication_secret={S}\nconsumer_key=" + s(32)),
    ("exoscale-api-secret", lambda: s(43, B64U), "exo config add --key EXO" + hx(24) + " --secret {S} --zone ch-gva-2"),
    ("huawei-cloud-secret-key", lambda: s(40), "{T} DEBUG obs-sdk: ObsClient(access_key_id='" + s(20, UPPER) + "', secret_access_key='{S}', server='obs.eu-west-101.myhuaweicloud.eu')"),
    ("oci-auth-token", lambda: s(20, ALNUM + "():;<>+_#.[]{}"), "docker login fra.ocir.io -u 'frxyz123/oracleidentitycloudservice/ci@example.com' -p '{S}'"),
    ("infisical-service-token", lambda: "st." + uuid() + "." + hx(32) + "." + hx(32), "INFISICAL_TOKEN={S} infisical run --env=prod -- node server.js"),
    ("akeyless-access-key", lambda: b64(bytes(ri(0, 255) for _ in range(33))), "akeyless auth --access-id p-" + s(12, LOWER) + " --access-key {S} --access-type access_key"),
    ("hex-pm-api-key", lambda: hx(32), "HEX_API_KEY={S} mix hex.publish --yes"),
    ("cloudsmith-api-key", lambda: hx(40), "cloudsmith push python shop/internal dist/shop_sdk-2.4.0-py3-none-any.whl -k {S}"),
    ("semgrep-app-token", lambda: hx(64), "SEMGREP_APP_TOKEN={S} semgrep ci --baseline-commit origin/main"),
    ("codeclimate-reporter-id", lambda: hx(64), "CC_TEST_REPORTER_ID={S} ./cc-test-reporter after-build --exit-code 0"),
    ("zerotier-api-token", lambda: s(32), "curl -H \"Authorization: token {S}\" https://api.zerotier.com/api/v1/network/" + hx(16) + "/member"),
    ("cloudflare-tunnel-token", lambda: b64(json.dumps({"a": hx(32), "t": uuid(), "s": b64(bytes(ri(0, 255) for _ in range(32)))}, separators=(",", ":")).encode()), "cloudflared tunnel --no-autoupdate run --token {S}"),
    ("here-api-key", lambda: s(43, B64U), "GET https://geocode.search.hereapi.com/v1/geocode?q=Invalidenstr+117+Berlin&apiKey={S} -> 200"),
    ("finland-hetu", fi_hetu, "<asiakas><nimi>Aino Virtanen</nimi><henkilotunnus>{S}</henkilotunnus></asiakas>"),
    ("norway-fodselsnummer", no_fnr, "{T} WARN kyc.verify - mismatch for kunde 4471: fødselsnummer={S} navn=\"Kari Nordmann\""),
    ("chile-rut", cl_rut, "{{\"cliente\":{{\"nombre\":\"Camila Soto\",\"rut\":\"{S}\",\"comuna\":\"Providencia\"}}}}"),
    ("turkey-tckn", tr_tckn, "{T} INFO fatura.create - müşteri TC Kimlik No: {S}, şehir: İzmir"),
    ("belgium-national-number", be_nn, "INSERT INTO klanten (naam, rijksregisternummer) VALUES ('Lotte Peeters', '{S}');"),
    ("portugal-nif", pt_nif, "fatura: cliente=\"João Silva\" NIF: {S} total=49.90 EUR"),
]

# ---------------------------------------------------------------- contexts for kinds already covered: (kind/context, secret generator, template)
CTX = [
    ("password/redis-conf-requirepass", pw, "# /etc/redis/redis.conf (rendered)\nbind 0.0.0.0\nrequirepass {S}\nmaxmemory 2gb"),
    ("password/mqtt-connect-dump", pw, "{T} DEBUG mqtt: CONNECT packet {{clientId='scanner-17', cleanSession=true, keepAlive=60, username='scanner', password='{S}'}}"),
    ("password/ftp-transcript", pw, "220 (vsFTPd 3.0.5)\nUSER feeds\n331 Please specify the password.\nPASS {S}\n230 Login successful."),
    ("password/imap-login-transcript", pw, "C: a001 LOGIN orders@example.com {S}\nS: a001 OK LOGIN completed"),
    ("password/form-urlencoded-body", pw, "{T} DEBUG request body: username=ops.admin&password={S}&remember=1"),
    ("password/ldif-userpassword", pw, "dn: uid=svc-reports,ou=services,dc=shop,dc=internal\nchangetype: modify\nreplace: userPassword\nuserPassword: {S}"),
    ("password/java-record-tostring", pw, "{T} DEBUG c.s.config.Loader - loaded DbConfig[url=jdbc:postgresql://db.internal:5432/shop, user=shop_app, password={S}, poolSize=20]"),
    ("password/kotlin-data-class-tostring", pw, "{T} INFO  SmtpSettings(host=smtp.example.com, port=587, username=noreply, password={S}, startTls=true)"),
    ("password/scala-case-class", pw, "[INFO] [12/03/2026 10:00:00.123] [orders-akka.actor.default-dispatcher-4] [akka://orders/user/bootstrap] settings: KafkaSettings(broker-1.internal:9096,orders,SaslPlain(svc-orders,{S}))"),
    ("password/rust-debug-struct", pw, "{T} DEBUG shop::config: loaded Config {{ database: DatabaseConfig {{ host: \"db.internal\", user: \"shop\", password: \"{S}\" }}, workers: 8 }}"),
    ("password/lua-table", pw, "[lua] init.lua:12: redis opts = {{ host = \"10.0.4.7\", port = 6379, password = \"{S}\", db = 2 }}"),
    ("password/wp-config-define", pw, "define( 'DB_PASSWORD', '{S}' );"),
    ("password/appsettings-json-connectionstring", pw, "{{\"ConnectionStrings\":{{\"Orders\":\"Server=tcp:sql.internal,1433;Initial Catalog=Orders;User ID=orders_app;Password={S};Encrypt=True\"}}}}"),
    ("password/tomcat-users-xml", pw, "<user username=\"deployer\" password=\"{S}\" roles=\"manager-script\"/>"),
    ("password/tomcat-server-xml-keystorepass", pw, "<Connector port=\"8443\" protocol=\"org.apache.coyote.http11.Http11NioProtocol\" SSLEnabled=\"true\" keystoreFile=\"conf/shop.jks\" keystorePass=\"{S}\" />"),
    ("password/maven-settings-xml", pw, "<server>\n  <id>shop-releases</id>\n  <username>ci</username>\n  <password>{S}</password>\n</server>"),
    ("password/pypirc", pw, "[shop-internal]\nrepository = https://pypi.internal/simple\nusername = ml-bot\npassword = {S}"),
    ("password/sqlplus-connect-string", pw, "+ sqlplus -s reports/{S}@//oracle.internal:1521/REPORTS @nightly.sql"),
    ("password/odbc-ini", pw, "[ShopDW]\nDriver=ClickHouse ODBC Driver (Unicode)\nServer=clickhouse.internal\nUID=analyst\nPWD={S}"),
    ("password/msbuild-property", pw, "dotnet publish Shop.Web.csproj -c Release /p:PublishProfile=IIS /p:UserName=deploy /p:Password={S}"),
    ("password/nuget-config-cleartext", pw, "<packageSourceCredentials><shopfeed><add key=\"Username\" value=\"ci\" /><add key=\"ClearTextPassword\" value=\"{S}\" /></shopfeed></packageSourceCredentials>"),
    ("password/terraform-tfvars", pw, "db_username = \"shop\"\ndb_password = \"{S}\"\ninstance_class = \"db.r6g.large\""),
    ("password/powershell-splat", pw, "PS> $cred = @{{ UserName = 'SHOP\\svc-iis'; Password = '{S}' }}; New-WebAppPool -Name ShopAppPool"),
    ("password/cqlsh-flag", pw, "cqlsh cassandra-0.internal 9042 -u shop_admin -p {S} -e \"DESCRIBE KEYSPACE shop\""),
    ("password/clickhouse-client-flag", pw, "clickhouse-client --host clickhouse.internal --user etl --password '{S}' --query \"SYSTEM FLUSH LOGS\""),
    ("password/windows-unattend-xml", pw, "<AdministratorPassword><Value>{S}</Value><PlainText>true</PlainText></AdministratorPassword>"),
    ("password/iis-processmodel", pw, "<add name=\"ShopAppPool\"><processModel identityType=\"SpecificUser\" userName=\"SHOP\\svc-shop\" password=\"{S}\" /></add>"),
    ("password/nlog-database-target", pw, "<target xsi:type=\"Database\" name=\"db\" connectionString=\"Data Source=sql.internal;Initial Catalog=Logs;User Id=nlog;Password={S};\" />"),
    ("password/journald-env-dump", pw, "{{\"__REALTIME_TIMESTAMP\":\"1796311111000000\",\"PRIORITY\":\"6\",\"SYSLOG_IDENTIFIER\":\"billing-export\",\"MESSAGE\":\"starting with env PGHOST=db.internal PGUSER=billing PGPASSWORD={S}\"}}"),
    ("password/sagemaker-hyperparameters", pw, "{T} sagemaker-training-toolkit INFO     Hyperparameters: {{\"epochs\": \"10\", \"feature_db_password\": \"{S}\", \"lr\": \"0.0003\"}}"),
    ("password/hocon", pw, "slick.dbs.default.db {{\n  url = \"jdbc:postgresql://db.internal/orders\"\n  user = orders\n  password = \"{S}\"\n}}"),
    ("password/systemd-setcredential", pw, "[Service]\nSetCredential=db-password:{S}\nExecStart=/opt/reportd/bin/reportd"),
    ("session-cookie/iis-w3c-cookie-field", lambda: s(24, LOWER), "2026-12-03 10:00:00 10.0.3.4 GET /cart - 443 - 10.0.9.8 Mozilla/5.0 ASP.NET_SessionId={S};+theme=dark - 200 0 0 31"),
    ("url-credentials-empty-user/celery-beat-broker", pw, "[{T}: INFO/MainProcess] beat: Starting... Configuration -> . broker -> redis://:{S}@redis.internal:6379/0"),
    ("jwt/nest-request-headers", lambda: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + b64(json.dumps({"sub": str(ri(1000, 9999)), "exp": 1796400000}).encode()).rstrip("=") + "." + s(86, B64U), "[Nest] 22  - 12/03/2026, 10:00:00 AM   DEBUG [AuthGuard] headers {{ host: 'api.example.com', authorization: 'Bearer {S}', 'x-request-id': '" + uuid() + "' }}"),
    ("api-key/fastify-pino-req-headers", lambda: s(40), "{{\"level\":30,\"time\":1796301234567,\"reqId\":\"req-7\",\"req\":{{\"method\":\"GET\",\"url\":\"/v1/quotes\",\"headers\":{{\"x-api-key\":\"{S}\",\"accept\":\"*/*\"}}}},\"msg\":\"incoming request\"}}"),
]

# ---------------------------------------------------------------- clean lines (kind null)
CLEAN = [
    lambda: "deploy shop-web: commit %s (%s) by jules, image digest sha256:%s" % (hx(40), hx(7), hx(64)),
    lambda: "{\"level\":30,\"reqId\":\"%s\",\"traceparent\":\"00-%s-%s-01\",\"msg\":\"request completed\"}" % (uuid(), hx(32), hx(16)),
    lambda: "x-amz-id-2: %s\nx-amz-request-id: %s" % (s(76, B64), s(16, UPPER)),
    lambda: "X-Amz-Cf-Id: %s==" % s(54, B64U),
    lambda: "ETag: \"%s-%d\" (multipart upload of s3://ml-artifacts/models/resnet/model.tar.gz complete)" % (hx(32), ri(2, 90)),
    lambda: "{\"__CURSOR\":\"s=%s;i=%x;b=%s;m=%x;t=%x;x=%s\",\"_BOOT_ID\":\"%s\",\"_MACHINE_ID\":\"%s\",\"PRIORITY\":\"6\",\"MESSAGE\":\"Started session-42.scope.\"}" % (hx(32), ri(1, 10 ** 7), hx(32), ri(1, 10 ** 11), ri(1, 10 ** 15), hx(16), hx(32), hx(32)),
    lambda: "{\"MESSAGE_ID\":\"fc2e22bc6ee647b6b90729ab34a250b1\",\"INVOCATION_ID\":\"%s\",\"PRIORITY\":\"5\",\"MESSAGE\":\"Process 4121 (reportgen) of user 998 dumped core.\"}" % hx(32),
    lambda: "[System] [INFORMATION] [7036] [Service Control Manager] [EC2AMAZ-%s] [The Orders Worker service entered the running state.] SID=S-1-5-21-%d-%d-%d-1001" % (s(7, UPPER), ri(10 ** 9, 4 * 10 ** 9), ri(10 ** 9, 4 * 10 ** 9), ri(10 ** 9, 4 * 10 ** 9)),
    lambda: "IIS binding https *:443:shop.example.com CertHash=%s CertStoreName=My AppId={%s}" % (hx(40).upper(), uuid()),
    lambda: "System.Web.Mvc, Version=5.2.9.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35 loaded from GAC",
    lambda: "<add name=\"ShopAppPool\"><processModel identityType=\"SpecificUser\" userName=\"SHOP\\svc-shop\" password=\"[enc:IISCngProvider:%s:enc]\" /></add>" % s(120, B64),
    lambda: "spring.datasource.password=ENC(%s)" % s(44, B64),
    lambda: "2026.12.03 10:00:00.123456 [ 1 ] {} <Information> Application: Starting ClickHouse 24.8.4.13 (revision: 54490, git hash: %s, build id: %s), PID 1" % (hx(40), hx(40).upper()),
    lambda: "INFO  [main] 2026-12-03 10:00:00,123 StorageService.java:866 - Local host ID %s, schema version %s" % (uuid(), uuid()),
    lambda: "INFO  [main] 2026-12-03 10:00:00,123 StorageService.java:1024 - Generated random tokens. tokens are [%d, %d]" % (ri(-9 * 10 ** 18, 9 * 10 ** 18), ri(-9 * 10 ** 18, 9 * 10 ** 18)),
    lambda: "[INFO] [12/03/2026 10:00:00.123] [orders-akka.actor.default-dispatcher-3] [akka://orders/user/checkout/$a#%d] started with uid %d" % (ri(-2 ** 31, 2 ** 31), ri(-2 ** 31, 2 ** 31)),
    lambda: "2026-12-03 10:00:00,123 [error] p.a.h.DefaultHttpErrorHandler - ! @%s - Internal server error, for (GET) [/orders/17] ->" % s(9, LOWER),
    lambda: "Creating an optimized production build ... Build ID: %s" % s(21, B64U),
    lambda: " \u2a2f Error: An error occurred in the Server Components render. digest: '%d'" % ri(10 ** 8, 4 * 10 ** 9),
    lambda: "Downloading https://download.pytorch.org/models/resnet50-%s.pth to /root/.cache/torch/hub/checkpoints/resnet50-%s.pth" % ((lambda h: (h, h))(hx(8))),
    lambda: "huggingface_hub: fetched bert-base-uncased at revision %s (etag %s)" % (hx(40), hx(64)),
    lambda: "conda: shop-ml-1.4.2-py311_0.conda md5=%s sha256=%s" % (hx(32), hx(64)),
    lambda: "{\"MessageId\":\"%s\",\"MD5OfBody\":\"%s\",\"MD5OfMessageAttributes\":\"%s\"}" % (uuid(), hx(32), hx(32)),
    lambda: "payload (base64): %s" % b64(json.dumps({"orderId": ri(1000, 99999), "status": "SHIPPED", "carrier": "DHL"}).encode()),
    lambda: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA%s" % s(40, B64),
    lambda: "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"%s\",\"use\":\"sig\",\"alg\":\"RS256\",\"e\":\"AQAB\",\"n\":\"%s\"}]}" % (hx(16), s(342, B64U)),
    lambda: "OCI API key fingerprint: %s" % ":".join(hx(2) for _ in range(16)),
    lambda: "KRB5CCNAME=FILE:/tmp/krb5cc_%d klist: Ticket cache: FILE:/tmp/krb5cc_%d Default principal: svc-etl@SHOP.INTERNAL" % ((lambda u: (u, u))(ri(1000, 9999))),
    lambda: "LoadCredential=db-password:/etc/credstore/db-password (systemd unit reportd.service)",
    lambda: "WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"",
    lambda: "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"refresh_token_expires_in\":7776000,\"scope\":\"orders:read\"}",
    lambda: "password policy: MinimumPasswordLength=14 PasswordHistorySize=24 MaxPasswordAge=90d",
    lambda: "ERROR: secret_key_base for production environment must be a type of String and at least 64 bytes (got %d)" % ri(8, 40),
    lambda: "terraform state: lineage=\"%s\" serial=%d version=4" % (uuid(), ri(1, 900)),
    lambda: "kubeadm token create --print-join-command --ttl 1h  # token written to /run/kubeadm/join.sh",
    lambda: "[%s] [ingest] [info] shadow bytes around the buggy address: 0x0c16%s: fa fa fd fd fd fd fa fa" % (comma(), hx(8)),
    lambda: "rank 3 NCCL INFO comm 0x%s rank 3 nranks 8 cudaDev 3 busId %d0 commId 0x%s - Init COMPLETE" % (hx(12), ri(10, 99), hx(16)),
    lambda: "Fault bucket %d, type 5 Event Name: APPCRASH Hashed bucket: %s" % (ri(10 ** 9, 2 * 10 ** 9), hx(32)),
    lambda: "Authorization: [FILTERED] (request %s to https://api.partner.example.com/v2/rates)" % uuid(),
    lambda: "apiKeySource: HEADER, apiKeyRequired: true, usagePlanId: %s" % s(6, LOWER),
    lambda: "CloudWatch log stream: shop-web/app/%s" % hx(32),
    lambda: "arn:aws:sagemaker:eu-west-1:111122223333:training-job/resnet-ft-2026-12-03-10-00-00-%s" % str(ri(100, 999)),
    lambda: "stripe.Webhook.construct_event: signature header t=%d,v1=%s verified" % (ri(1796000000, 1796500000), hx(64)),
    lambda: "Windows volume \\\\?\\Volume{%s}\\ mounted as D:" % uuid(),
    lambda: "sha256sum: %s  shop-web-2026.12.3.zip" % hx(64),
    lambda: "git describe: v2026.12.3-14-g%s" % hx(7),
    lambda: "ssh_host_ed25519_key.pub: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s root@ip-10-0-1-2" % s(43, B64),
    lambda: "INFO: generated request id %s for trace %s" % (s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), hx(32)),
    lambda: "nonce=%s timestamp=%d signature_method=HMAC-SHA256" % (hx(32), ri(1796000000, 1796500000)),
    lambda: "{\"level\":30,\"msg\":\"cache key computed\",\"key\":\"quote:%s\"}" % hx(40),
    lambda: "vault: lease_id=database/creds/readonly/%s lease_duration=3600 renewable=true" % s(24),
    lambda: "Verify: gpg: Good signature from \"Shop Release <release@example.com>\" key ID %s" % hx(16).upper(),
    lambda: "config check: DB_PASSWORD is set (length 24), REDIS_PASSWORD is unset",
    lambda: "INFO c.s.auth.TokenService - issued refresh token id rt_%s for user 4412 (value not logged)" % s(12, LOWER),
    lambda: "{\"kid\":\"shop-signing-2026-12\",\"alg\":\"ES256\",\"crv\":\"P-256\",\"x\":\"%s\",\"y\":\"%s\",\"kty\":\"EC\"}" % (s(43, B64U), s(43, B64U)),
    lambda: "encrypted_password: $argon2id$v=19$m=65536,t=3,p=4$%s$%s (migrated user 9912)" % (s(22, B64), s(43, B64)),
    lambda: "aws_secretsmanager: GetSecretValue arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/shop/db-%s VersionStage=AWSCURRENT" % s(6),
    lambda: "WARN  [main] 2026-12-03 10:00:00,123 AuthConfig.java:99 - Using PasswordAuthenticator with default superuser; change password of role 'cassandra'",
    lambda: "[W1203 10:00:00.123] torch.distributed: MASTER_ADDR=algo-1 MASTER_PORT=%d WORLD_SIZE=8 RANK=3 NCCL_SOCKET_IFNAME=eth0" % ri(20000, 30000),
    lambda: "CSRF token mismatch for POST /checkout (session cookie missing)",
    lambda: "hash of config: %s" % b64(bytes(ri(0, 255) for _ in range(32))),
    lambda: "Tomcat: session %s expired after 1800s" % "%s.node%d" % (hx(32).upper(), ri(1, 4)),
]

# Personal-looking but not planted: an id that fails its check digit, a card-like number that fails Luhn.
CLEAN += [
    lambda: "order reference 4539 1488 0343 6468 1 (internal 17-digit id, not a card)",
    lambda: "fatura: NIF: 123456780 (test fixture, invalid check digit)",
]


CLEAN += [
    lambda: "{\"@t\":\"%s\",\"@mt\":\"Password reset requested for {UserId}\",\"UserId\":%d,\"@i\":\"%s\"}" % (ts(), ri(1000, 99999), hx(8)),
    lambda: "2026-12-03 10:00:00.1234|INFO|Shop.Web.Auth|Token validated: kid=%s iss=https://login.example.com aud=shop-api" % hx(16),
    lambda: "04-Dec-2026 10:00:00.123 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: -Djavax.net.ssl.keyStorePassword=******** (masked)",
    lambda: "ENV PASSWORD_FILE=/run/secrets/db_password API_KEY_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:111122223333:secret:shop/api-%s" % s(6),
    lambda: "[Nest] 22  - 12/03/2026, 10:00:00 AM     LOG [ConfigService] loaded keys: DATABASE_URL, JWT_SECRET, STRIPE_SECRET_KEY (values hidden)",
    lambda: "clickhouse: <password_sha256_hex>%s</password_sha256_hex> for user etl" % hx(64),
    lambda: "Cassandra: role 'etl' salted_hash=$2a$10$%s" % s(53, ALNUM + "./"),
    lambda: "SageMaker: ModelDataUrl=s3://ml-artifacts/resnet-ft/%s/output/model.tar.gz" % hx(16),
    lambda: "ECR: imageDigest=sha256:%s imageTag=2026.12.3" % hx(64),
    lambda: "dask: Client-%s connected to tcp://%s:8786 (dashboard http://%s:8787/status)" % (uuid(), ip10(), ip10()),
    lambda: "Deno: lockfile integrity https://deno.land/std@0.224.0/http/server.ts: %s" % hx(64),
    lambda: "bun install v1.1.34 (%s) 312 packages installed [1.21s]" % hx(8),
    lambda: "Next.js: prerender manifest previewModeId=%s" % hx(32),
    lambda: "systemd: reports-api.service: Unit has INVOCATION_ID=%s" % hx(32),
    lambda: "w3wp.exe fault: Faulting module clr.dll, exception code 0xc0000005, fault offset 0x%s, process id 0x%x" % (hx(16), ri(1000, 9000)),
    lambda: "Play: application.conf play.http.secret.key = ${?APPLICATION_SECRET} (from environment)",
    lambda: "grpc metadata: x-request-id=%s grpc-timeout=5S user-agent=grpc-c++/1.62.1" % uuid(),
    lambda: "glog: Log file created at: 2026/12/03 10:00:00 Running on machine: %s Binary: Built with gcc v13.2.1 build id %s" % ("ip-" + ip10().replace(".", "-"), hx(40)),
]

def main():
    rows, seen = [], set()

    def add(msg, kind, secret):
        if msg in seen:
            raise SystemExit("duplicate: " + msg)
        seen.add(msg)
        rows.append({"message": msg, "kind": kind, "secret": secret})

    for kind, gen, tmpl in KINDS + CTX:
        sec = gen()
        msg = tmpl.replace("{S}", "\x00").replace("{T}", ts()).replace("{U}", uuid()).replace("{A}", hx(32)).format()
        msg = msg.replace("\x00", sec)
        add(msg, kind, sec)
    for fn in CLEAN:
        add(fn(), None, None)
    R.shuffle(rows)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "secrets.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
