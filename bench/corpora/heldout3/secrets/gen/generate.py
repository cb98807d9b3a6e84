#!/usr/bin/env python3
"""Third held-out planted-secrets corpus for awsmon's redaction.

Stdlib only, seeded: `python3 gen/generate.py` rewrites ../secrets.jsonl with the same bytes
every time. Every secret value below is drawn at random in the documented shape of its kind;
none is a real credential or a documentation example. Written without reading awsmon's code.
"""
import base64
import json
import os
import random
import string

R = random.Random(20261203_3)

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"

ACCOUNT = "111122223333"
LINES = []
SEEN = set()


def rc(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return rc(HEX, n)


def b62(n):
    return rc(ALNUM, n)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(nbytes):
    return base64.b64encode(rbytes(nbytes)).decode()


def b64url(nbytes):
    return base64.urlsafe_b64encode(rbytes(nbytes)).decode().rstrip("=")


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


WORDS = ["harbor", "copper", "lantern", "meadow", "falcon", "quartz", "velvet", "orbit",
         "tundra", "saffron", "glacier", "pebble", "cobalt", "juniper", "marble", "thistle",
         "ember", "willow", "canyon", "basalt", "prairie", "nimbus", "oyster", "walnut"]


def pw(symbols="!#%^&*-_=+.~"):
    """A human-looking password: Word + digits + symbol + word, or a random run."""
    if R.random() < 0.6:
        return (R.choice(WORDS).capitalize() + str(R.randint(10, 9999)) + R.choice(symbols)
                + R.choice(WORDS) + R.choice(symbols) + str(R.randint(1, 99)))
    return rc(ALNUM, R.randint(14, 22)) + R.choice(symbols) + rc(ALNUM, 3)


def pw_url():
    return pw(symbols="-_.~")


_T = [0]


def ts():
    _T[0] += R.randint(1, 97)
    s = _T[0]
    return "2026-12-03T%02d:%02d:%02d.%03dZ" % (9 + (s // 3600) % 10, (s // 60) % 60, s % 60,
                                              R.randint(0, 999))


def add(kind, message, secret):
    assert (kind is None) == (secret is None), (kind, secret)
    if secret is not None:
        assert secret in message, (kind, secret, message)
    assert message not in SEEN, message
    SEEN.add(message)
    LINES.append({"message": message, "kind": kind, "secret": secret})


def clean(message):
    add(None, message, None)


def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


def jwt(claims):
    hdr = {"alg": "RS256", "typ": "JWT", "kid": hexs(16)}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(hdr) + "." + enc(claims) + "." + b64url(256)


def pem_body(nbytes, width=64):
    body = b64(nbytes)
    return [body[i:i + width] for i in range(0, len(body), width)]


def pem(label, nbytes):
    return "\n".join(["-----BEGIN %s-----" % label] + pem_body(nbytes) + ["-----END %s-----" % label])


def aws_secret():
    return rc(ALNUM + "+/", 40)


def akia():
    # Marked EXAMPLE, as AWS's documented keys are, so that no scanner takes it for a real key;
    # the 16 draws are still made, so that every later value stays as it was.
    return "AKIAEXAMPLE" + rc(UPPER + "234567", 16)[7:]


def asia():
    # Marked EXAMPLE as akia() is, with the same draws.
    return "ASIAEXAMPLE" + rc(UPPER + "234567", 16)[7:]


# ---------------------------------------------------------------------------------------------
# (a) vendor credential formats the earlier corpora do not list
# ---------------------------------------------------------------------------------------------

def vendor():
    # Notion: ntn_ + 11 digits + 35 alnum (current); secret_ + 43 alnum (legacy)
    t = "ntn_" + rc(DIGITS, 11) + b62(35)
    add("notion-token", ts() + " INFO sync-notion: NOTION_TOKEN=%s loaded from /run/secrets/notion" % t, t)
    t = "secret_" + b62(43)
    add("notion-token", "notion_client.errors.APIResponseError: Could not find database 3f9c. "
        "client options: {'auth': '%s', 'timeout_ms': 60000}" % t, t)

    # Figma personal access token: figd_ + 40 url-safe, sent in X-Figma-Token
    t = "figd_" + rc(URLSAFE, 40)
    add("figma-pat", "> GET /v1/files/kP3nVd8s2QhT?depth=1 HTTP/2\n> Host: api.figma.com\n> X-Figma-Token: %s\n> Accept: */*" % t, t)
    t = "figd_" + rc(URLSAFE, 40)
    add("figma-pat", ts() + " design-export figma_token=%s file_key=kP3nVd8s2QhT nodes=14" % t, t)

    # Vercel: 24 alnum account tokens
    t = b62(24)
    add("vercel-token", "+ vercel deploy --prod --token %s --scope example-team" % t, t)
    t = b62(24)
    add("vercel-token", "env: VERCEL_ORG_ID=team_%s VERCEL_PROJECT_ID=prj_%s VERCEL_TOKEN=%s" % (b62(24), b62(28), t), t)

    # Railway project/team token: UUID
    t = uuid4()
    add("railway-token", "POST https://backboard.railway.com/graphql/v2 headers={'Project-Access-Token': '%s', 'Content-Type': 'application/json'}" % t, t)
    t = uuid4()
    add("railway-token", "RAILWAY_TOKEN=%s railway up --service orders-api --detach" % t, t)

    # Linode / Akamai Cloud personal access token: 64 hex
    t = hexs(64)
    add("linode-token", "[DEFAULT]\ndefault-user = ops\n\n[ops]\ntoken = %s\nregion = eu-central\ntype = g6-standard-2" % t, t)
    t = hexs(64)
    add("linode-token", ts() + " terraform: provider \"linode\" configured (LINODE_TOKEN=%s, api_version=v4)" % t, t)

    # Hetzner Cloud API token: 64 alnum
    t = b62(64)
    add("hetzner-cloud-token", "export HCLOUD_TOKEN=%s && hcloud server list -o noheader" % t, t)
    t = b62(64)
    add("hetzner-cloud-token", "hcloud context create prod --token-from-env=false ... token: %s" % t, t)

    # Vultr API key: 36 upper alnum
    t = rc(UPPER + DIGITS, 36)
    add("vultr-api-key", "curl -s https://api.vultr.com/v2/instances -H \"Authorization: Bearer %s\"" % t, t)
    t = rc(UPPER + DIGITS, 36)
    add("vultr-api-key", ts() + " packer: vultr builder api_key=%s region=fra plan=vc2-1c-1gb" % t, t)

    # Scaleway: access key SCW + 17, secret key UUID
    t = uuid4()
    add("scaleway-secret-key", "SCW_ACCESS_KEY=SCW%s SCW_SECRET_KEY=%s SCW_DEFAULT_PROJECT_ID=%s" % (rc(UPPER + DIGITS, 17), t, uuid4()), t)
    t = uuid4()
    add("scaleway-secret-key", "profiles:\n  prod:\n    access_key: SCW%s\n    secret_key: %s\n    default_region: fr-par" % (rc(UPPER + DIGITS, 17), t), t)

    # Tencent Cloud: SecretId AKID + 32, SecretKey 32 alnum
    t = b62(32)
    add("tencent-cloud-secret-key", "tccli configure set secretId AKID%s secretKey %s region ap-guangzhou" % (b62(32), t), t)
    t = b62(32)
    add("tencent-cloud-secret-key", "TencentCloudSDKException: AuthFailure.SignatureFailure cred=Credential(secret_id='AKID%s', secret_key='%s')" % (b62(32), t), t)

    # Yandex Cloud API key: AQVN + 36
    t = "AQVN" + rc(URLSAFE, 36)
    add("yandex-cloud-api-key", "curl -H \"Authorization: Api-Key %s\" https://llm.api.cloud.yandex.net/foundationModels/v1/completion" % t, t)
    t = "AQVN" + rc(URLSAFE, 36)
    add("yandex-cloud-api-key", ts() + " exporter: YC_API_KEY=%s folder_id=b1g%s" % (t, rc(LOWER + DIGITS, 17)), t)

    # IBM Cloud API key: 44 url-safe
    t = rc(URLSAFE, 44)
    add("ibm-cloud-api-key", "+ ibmcloud login --apikey %s -r eu-de -g default" % t, t)
    t = rc(URLSAFE, 44)
    add("ibm-cloud-api-key", "{\"name\": \"ci-deployer\", \"apikey\": \"%s\", \"iam_serviceid_crn\": \"crn:v1:bluemix:public:iam-identity::a/%s::serviceid:ServiceId-%s\"}" % (t, hexs(32), uuid4()), t)

    # Backblaze B2 application key: K00n + 27 (31 chars), key id 25 hex
    t = "K00" + R.choice("12345") + rc(ALNUM + "/+", 27)
    add("backblaze-b2-key", "b2 account authorize 005%s %s" % (hexs(22), t), t)
    t = "K00" + R.choice("12345") + rc(ALNUM + "/+", 27)
    add("backblaze-b2-key", "restic: B2_ACCOUNT_ID=005%s B2_ACCOUNT_KEY=%s RESTIC_REPOSITORY=b2:backups-example:/orders" % (hexs(22), t), t)

    # Akamai EdgeGrid: client_secret 44 base64 in .edgerc
    t = b64(32)
    add("akamai-edgegrid-secret", "[default]\nclient_secret = %s\nhost = akab-%s.luna.akamaiapis.net\naccess_token = akab-%s-%s\nclient_token = akab-%s-%s" % (
        t, rc(LOWER + DIGITS, 16), rc(LOWER + DIGITS, 16), rc(LOWER + DIGITS, 16), rc(LOWER + DIGITS, 16), rc(LOWER + DIGITS, 16)), t)
    t = b64(32)
    add("akamai-edgegrid-secret", ts() + " purge-job EdgeGridAuth(client_token='akab-%s', client_secret='%s')" % (rc(LOWER + DIGITS, 33), t), t)

    # Fastly API token: 32 url-safe, Fastly-Key header
    t = rc(URLSAFE, 32)
    add("fastly-api-token", "curl -X POST -H \"Fastly-Key: %s\" https://api.fastly.com/service/%s/purge_all" % (t, b62(22)), t)
    t = rc(URLSAFE, 32)
    add("fastly-api-token", ts() + " deploy-cdn: FASTLY_API_TOKEN=%s service=orders-edge version=42" % t, t)

    # Render API key: rnd_ + 32
    t = "rnd_" + b62(32)
    add("render-api-key", "requests.get('https://api.render.com/v1/services', headers={'Authorization': 'Bearer %s'})" % t, t)
    t = "rnd_" + b62(32)
    add("render-api-key", ts() + " ci: render deploy hook failed; RENDER_API_KEY=%s status=401" % t, t)

    # Cloudflare API token (not the global key): 40 url-safe
    t = rc(URLSAFE, 40)
    add("cloudflare-api-token", "wrangler: using CLOUDFLARE_API_TOKEN=%s CLOUDFLARE_ACCOUNT_ID=%s" % (t, hexs(32)), t)
    t = rc(URLSAFE, 40)
    add("cloudflare-api-token", "dns_cloudflare_api_token = %s" % t, t)

    # HubSpot private app token: pat-<region>-<uuid>
    t = "pat-na1-" + uuid4()
    add("hubspot-private-app-token", ts() + " crm-sync: hubspot.Client.create(access_token=\"%s\")" % t, t)
    t = "pat-eu1-" + uuid4()
    add("hubspot-private-app-token", "HUBSPOT_ACCESS_TOKEN: %s" % t, t)

    # Zendesk API token: 40 alnum, used as {email}/token:{token}
    t = b62(40)
    add("zendesk-api-token", "curl https://example.zendesk.com/api/v2/tickets.json -u agent@example.com/token:%s" % t, t)
    t = b62(40)
    add("zendesk-api-token", ts() + " helpdesk-bridge ZENDESK_SUBDOMAIN=example ZENDESK_API_TOKEN=%s" % t, t)

    # Trello: token ATTA + 64 hex + 8 hex, key 32 hex (public-ish, not the secret)
    t = "ATTA" + hexs(64) + hexs(8).upper()
    add("trello-token", "GET https://api.trello.com/1/boards/%s/cards?key=%s&token=%s 200 312ms" % (hexs(24), hexs(32), t), t)
    t = "ATTA" + hexs(64) + hexs(8).upper()
    add("trello-token", "{\"trello\": {\"apiKey\": \"%s\", \"apiToken\": \"%s\"}}" % (hexs(32), t), t)

    # Typeform personal token: tfp_ + 59
    t = "tfp_" + rc(LOWER + DIGITS + "-_", 44) + "_" + rc(ALNUM, 14)
    add("typeform-token", "> Authorization: bearer %s" % t, t)
    t = "tfp_" + rc(LOWER + DIGITS + "-_", 44) + "_" + rc(ALNUM, 14)
    add("typeform-token", ts() + " survey-import TYPEFORM_TOKEN=%s form=Xk29Lp" % t, t)

    # Pipedrive API token: 40 hex in api_token
    t = hexs(40)
    add("pipedrive-api-token", "GET https://example.pipedrive.com/api/v1/deals?status=open&api_token=%s -> 200" % t, t)
    t = hexs(40)
    add("pipedrive-api-token", "pipedrive:\n  company_domain: example\n  api_token: %s" % t, t)

    # WooCommerce REST: consumer key ck_ + 40 hex, consumer secret cs_ + 40 hex
    t = "cs_" + hexs(40)
    add("woocommerce-consumer-secret", "GET /wp-json/wc/v3/orders?consumer_key=ck_%s&consumer_secret=%s HTTP/1.1\" 200 5121" % (hexs(40), t), t)
    t = "cs_" + hexs(40)
    add("woocommerce-consumer-secret", ts() + " new WooCommerceRestApi({ url: 'https://shop.example.com', consumerKey: 'ck_%s', consumerSecret: '%s', version: 'wc/v3' })" % (hexs(40), t), t)

    # Flutterwave secret key: FLWSECK- + 32 hex + -X
    t = "FLWSECK-" + hexs(32) + "-X"
    add("flutterwave-secret-key", "FLW_PUBLIC_KEY=FLWPUBK-%s-X\nFLW_SECRET_KEY=%s" % (hexs(32), t), t)
    t = "FLWSECK_TEST-" + hexs(32) + "-X"
    add("flutterwave-secret-key", ts() + " payments: verify charge tx_ref=ord-88412 using key %s" % t, t)

    # Paystack secret key: sk_live_ + 40 hex
    t = "sk_live_" + hexs(40)
    add("paystack-secret-key", "Paystack::Client initialized secret_key=%s currency=NGN" % t, t)
    t = "sk_test_" + hexs(40)
    add("paystack-secret-key", "curl https://api.paystack.co/transaction/verify/ord-1193 -H \"Authorization: Bearer %s\"" % t, t)

    # Razorpay key secret: 24 alnum (key id rzp_live_ + 14 is not the secret)
    t = b62(24)
    add("razorpay-key-secret", "razorpay.Client(auth=(\"rzp_live_%s\", \"%s\"))" % (b62(14), t), t)
    t = b62(24)
    add("razorpay-key-secret", "RAZORPAY_KEY_ID=rzp_test_%s RAZORPAY_KEY_SECRET=%s" % (b62(14), t), t)

    # Mollie API key: live_ / test_ + 30 alnum
    t = "live_" + b62(30)
    add("mollie-api-key", ts() + " checkout: createMollieClient({ apiKey: '%s' })" % t, t)
    t = "test_" + b62(30)
    add("mollie-api-key", "MOLLIE_API_KEY=%s" % t, t)

    # PayPal REST OAuth access token: A21AA + ~90 url-safe
    t = "A21AA" + rc(URLSAFE, 92)
    add("paypal-access-token", "{\"scope\":\"https://uri.paypal.com/services/payments/payment\",\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"app_id\":\"APP-80W284485P519543T\",\"expires_in\":32400}" % t, t)
    t = "A21AA" + rc(URLSAFE, 92)
    add("paypal-access-token", "POST /v2/checkout/orders authorization=Bearer %s paypal-request-id=%s" % (t, uuid4()), t)

    # EasyPost: EZAK (production) / EZTK (test) + 54 hex
    t = "EZAK" + hexs(54)
    add("easypost-api-key", ts() + " shipping: EasyPostClient('%s').shipment.create(...)" % t, t)
    t = "EZTK" + hexs(54)
    add("easypost-api-key", "EASYPOST_API_KEY=%s" % t, t)

    # Clerk secret key: sk_live_ / sk_test_ + 42 base62
    t = "sk_live_" + b62(42)
    add("clerk-secret-key", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_%s\nCLERK_SECRET_KEY=%s" % (b64url(30), t), t)
    t = "sk_test_" + b62(42)
    add("clerk-secret-key", ts() + " auth-middleware clerkClient({ secretKey: \"%s\" })" % t, t)

    # Stytch project secret: secret-live- / secret-test- + 36
    t = "secret-live-" + rc(URLSAFE + "=", 36)
    add("stytch-secret", "stytch.Client(project_id=\"project-live-%s\", secret=\"%s\")" % (uuid4(), t), t)
    t = "secret-test-" + rc(URLSAFE + "=", 36)
    add("stytch-secret", "STYTCH_SECRET=%s" % t, t)

    # 1Password service account token: ops_ + base64 JSON
    blob = base64.b64encode(json.dumps({"signInAddress": "example.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64url(16)}, "email": "%s@1passwordserviceaccounts.com" % rc(LOWER, 12), "srpX": hexs(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64url(32), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s" % (rc(UPPER + DIGITS, 6), rc(UPPER + DIGITS, 6)), "deviceUuid": rc(LOWER + DIGITS, 26)}, separators=(",", ":")).encode()).decode().rstrip("=")
    t = "ops_" + blob
    add("onepassword-service-account-token", "OP_SERVICE_ACCOUNT_TOKEN=%s op read op://prod/db/password" % t, t)
    blob2 = base64.b64encode(json.dumps({"signInAddress": "example.1password.eu", "email": "%s@1passwordserviceaccounts.eu" % rc(LOWER, 12), "srpX": hexs(64), "secretKey": "A3-%s" % rc(UPPER + DIGITS, 12), "deviceUuid": rc(LOWER + DIGITS, 26)}, separators=(",", ":")).encode()).decode().rstrip("=")
    t = "ops_" + blob2
    add("onepassword-service-account-token", "- uses: 1password/load-secrets-action@v2\n  env:\n    OP_SERVICE_ACCOUNT_TOKEN: %s" % t, t)

    # Bitwarden Secrets Manager access token: 0.<uuid>.<client secret 30>:<key 24 b64>
    t = "0.%s.%s:%s" % (uuid4(), b62(30), b64(16))
    add("bitwarden-access-token", "bws secret list --access-token %s --output table" % t, t)
    t = "0.%s.%s:%s" % (uuid4(), b62(30), b64(16))
    add("bitwarden-access-token", ts() + " entrypoint: BWS_ACCESS_TOKEN=%s fetching 7 secrets for project orders" % t, t)

    # dbt Cloud service token: dbtc_ + 50ish url-safe
    t = "dbtc_" + rc(URLSAFE, 50)
    add("dbt-cloud-token", "POST https://cloud.getdbt.com/api/v2/accounts/70403/jobs/118/run/ Authorization: Token %s" % t, t)
    t = "dbtc_" + rc(URLSAFE, 50)
    add("dbt-cloud-token", "DBT_CLOUD_API_TOKEN=%s DBT_CLOUD_ACCOUNT_ID=70403" % t, t)

    # Prefect Cloud: pnu_ (user) / pnb_ (service account) + 36
    t = "pnu_" + b62(36)
    add("prefect-api-key", "$ prefect cloud login -k %s --workspace example/prod" % t, t)
    t = "pnb_" + b62(36)
    add("prefect-api-key", ts() + " worker: PREFECT_API_URL=https://api.prefect.cloud/api/accounts/%s/workspaces/%s PREFECT_API_KEY=%s" % (uuid4(), uuid4(), t), t)

    # Weights & Biases: 40 hex
    t = hexs(40)
    add("wandb-api-key", "+ wandb login --relogin %s" % t, t)
    t = hexs(40)
    add("wandb-api-key", "training job env: {'WANDB_PROJECT': 'ranker', 'WANDB_API_KEY': '%s', 'WANDB_MODE': 'online'}" % t, t)

    # Modal: token id ak- + 22, token secret as- + 22
    t = "as-" + b62(22)
    add("modal-token-secret", "modal token set --token-id ak-%s --token-secret %s --profile prod" % (b62(22), t), t)
    t = "as-" + b62(22)
    add("modal-token-secret", "[prod]\ntoken_id = \"ak-%s\"\ntoken_secret = \"%s\"\nactive = true" % (b62(22), t), t)

    # xAI: xai- + 80 alnum
    t = "xai-" + b62(80)
    add("xai-api-key", ts() + " llm-gateway upstream=grok provider_key=%s model=grok-3 status=429" % t, t)
    t = "xai-" + b62(80)
    add("xai-api-key", "XAI_API_KEY=%s" % t, t)

    # OpenRouter: sk-or-v1- + 64 hex
    t = "sk-or-v1-" + hexs(64)
    add("openrouter-api-key", "openai.OpenAI(base_url=\"https://openrouter.ai/api/v1\", api_key=\"%s\")" % t, t)
    t = "sk-or-v1-" + hexs(64)
    add("openrouter-api-key", "> authorization: Bearer %s\n> http-referer: https://app.example.com" % t, t)

    # Cohere: 40 alnum
    t = b62(40)
    add("cohere-api-key", ts() + " rerank: cohere.ClientV2(api_key='%s') model=rerank-v3.5 docs=50" % t, t)
    t = b62(40)
    add("cohere-api-key", "CO_API_KEY=%s" % t, t)

    # Mistral: 32 alnum
    t = b62(32)
    add("mistral-api-key", "MISTRAL_API_KEY=%s MISTRAL_MODEL=mistral-large-latest" % t, t)
    t = b62(32)
    add("mistral-api-key", ts() + " Mistral(api_key=\"%s\").chat.complete failed: 401 Unauthorized" % t, t)

    # ElevenLabs: sk_ + 48 hex, header xi-api-key
    t = "sk_" + hexs(48)
    add("elevenlabs-api-key", "POST https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM headers: xi-api-key=%s content-type=application/json" % t, t)
    t = "sk_" + hexs(48)
    add("elevenlabs-api-key", "ELEVENLABS_API_KEY=%s" % t, t)

    # Deepgram: 40 hex, Authorization: Token
    t = hexs(40)
    add("deepgram-api-key", "curl -X POST https://api.deepgram.com/v1/listen -H 'Authorization: Token %s' --data-binary @call.wav" % t, t)
    t = hexs(40)
    add("deepgram-api-key", ts() + " transcriber DEEPGRAM_API_KEY=%s language=en-GB" % t, t)

    # Langfuse: sk-lf-<uuid> secret, pk-lf-<uuid> public
    t = "sk-lf-" + uuid4()
    add("langfuse-secret-key", "LANGFUSE_PUBLIC_KEY=pk-lf-%s LANGFUSE_SECRET_KEY=%s LANGFUSE_HOST=https://cloud.langfuse.com" % (uuid4(), t), t)
    t = "sk-lf-" + uuid4()
    add("langfuse-secret-key", ts() + " tracing: Langfuse(public_key='pk-lf-%s', secret_key='%s')" % (uuid4(), t), t)

    # PostHog personal API key: phx_ + 43 (phc_ project keys are public)
    t = "phx_" + b62(43)
    add("posthog-personal-api-key", "curl -H \"Authorization: Bearer %s\" https://eu.posthog.com/api/projects/4412/insights/" % t, t)
    t = "phx_" + b62(43)
    add("posthog-personal-api-key", "POSTHOG_PERSONAL_API_KEY=%s" % t, t)

    # Coralogix Send-Your-Data key: cxtp_ + 30
    t = "cxtp_" + b62(30)
    add("coralogix-key", "[OUTPUT]\n    Name  http\n    Host  ingress.eu2.coralogix.com\n    Header Authorization Bearer %s\n    Format json_lines" % t, t)
    t = "cxtp_" + b62(30)
    add("coralogix-key", ts() + " otel-collector exporter=coralogix private_key=%s application=orders" % t, t)

    # Axiom: xaat- (API token) / xapt- (personal token) + UUID
    t = "xaat-" + uuid4()
    add("axiom-token", "AXIOM_TOKEN=%s AXIOM_DATASET=orders-logs" % t, t)
    t = "xapt-" + uuid4()
    add("axiom-token", "curl -X POST https://api.axiom.co/v1/datasets/orders-logs/ingest -H 'Authorization: Bearer %s' -d @batch.ndjson" % t, t)

    # Loggly customer token: UUID in the /inputs/ path
    t = uuid4()
    add("loggly-customer-token", "POST https://logs-01.loggly.com/inputs/%s/tag/http/orders/ 200" % t, t)
    t = uuid4()
    add("loggly-customer-token", "*.* @@logs-01.loggly.com:514;LogglyFormat\n$template LogglyFormat,\"<%%pri%%>%%protocol-version%% %%timestamp:::date-rfc3339%% %%HOSTNAME%% [%s@41058 tag=\\\"orders\\\"] %%msg%%\\n\"" % t, t)

    # Logz.io shipping token: 32 letters
    t = rc(string.ascii_letters, 32)
    add("logzio-token", "POST https://listener-eu.logz.io:8071/?token=%s&type=orders 200" % t, t)
    t = rc(string.ascii_letters, 32)
    add("logzio-token", "LOGZIO_LOGS_TOKEN=%s LOGZIO_LISTENER=listener-eu.logz.io" % t, t)

    # Codecov upload token: UUID
    t = uuid4()
    add("codecov-token", "+ ./codecov -t %s -f coverage.xml -F unit" % t, t)
    t = uuid4()
    add("codecov-token", "env:\n  CODECOV_TOKEN: %s\n  CI: true" % t, t)

    # Sauce Labs access key: UUID
    t = uuid4()
    add("saucelabs-access-key", "SAUCE_USERNAME=ci-example SAUCE_ACCESS_KEY=%s" % t, t)
    t = uuid4()
    add("saucelabs-access-key", "webdriver remote https://ci-example:%s@ondemand.eu-central-1.saucelabs.com:443/wd/hub" % t, t)

    # BrowserStack access key: 20 alnum
    t = b62(20)
    add("browserstack-access-key", "browserstack.yml: userName: ciexample_Ab12Cd\naccessKey: %s\nbuildName: orders-e2e" % t, t)
    t = b62(20)
    add("browserstack-access-key", ts() + " BrowserStackLocal --key %s --local-identifier ci-5521" % t, t)

    # Cypress Cloud record key: UUID
    t = uuid4()
    add("cypress-record-key", "$ npx cypress run --record --key %s --parallel --group e2e" % t, t)
    t = uuid4()
    add("cypress-record-key", "CYPRESS_RECORD_KEY=%s" % t, t)

    # Mailjet: API key 32 hex (public) : secret key 32 hex
    t = hexs(32)
    add("mailjet-secret-key", "curl -s -X POST --user \"%s:%s\" https://api.mailjet.com/v3.1/send" % (hexs(32), t), t)
    t = hexs(32)
    add("mailjet-secret-key", "MJ_APIKEY_PUBLIC=%s MJ_APIKEY_PRIVATE=%s" % (hexs(32), t), t)

    # SparkPost: 40 hex, raw Authorization header (no scheme)
    t = hexs(40)
    add("sparkpost-api-key", "> POST /api/v1/transmissions HTTP/1.1\n> Host: api.sparkpost.com\n> Authorization: %s\n> Content-Type: application/json" % t, t)
    t = hexs(40)
    add("sparkpost-api-key", "SPARKPOST_API_KEY=%s" % t, t)

    # Mandrill: md- + 22
    t = "md-" + rc(URLSAFE, 22)
    add("mandrill-api-key", "{\"key\": \"%s\", \"message\": {\"subject\": \"Your order shipped\", \"to\": [{\"type\": \"to\"}]}}" % t, t)
    t = "md-" + rc(URLSAFE, 22)
    add("mandrill-api-key", "MANDRILL_APIKEY=%s" % t, t)

    # Vonage (Nexmo): api_secret 16 alnum
    t = b62(16)
    add("vonage-api-secret", "POST https://rest.nexmo.com/sms/json api_key=%s&api_secret=%s&from=Example&to=%s" % (hexs(8), t, "447700900" + rc(DIGITS, 3)), t)
    t = b62(16)
    add("vonage-api-secret", "VONAGE_API_KEY=%s VONAGE_API_SECRET=%s" % (hexs(8), t), t)

    # Plivo: auth id MA/SA + 18 upper alnum, auth token 40
    t = b62(40)
    add("plivo-auth-token", "plivo.RestClient(auth_id='MA%s', auth_token='%s')" % (rc(UPPER + DIGITS, 18), t), t)
    t = b62(40)
    add("plivo-auth-token", "PLIVO_AUTH_ID=SA%s PLIVO_AUTH_TOKEN=%s" % (rc(UPPER + DIGITS, 18), t), t)

    # AWS AppSync API key: da2- + 26 lower alnum
    t = "da2-" + rc(LOWER + DIGITS, 26)
    add("appsync-api-key", "POST https://%s.appsync-api.eu-west-1.amazonaws.com/graphql x-api-key=%s operationName=ListOrders" % (rc(LOWER + DIGITS, 26), t), t)
    t = "da2-" + rc(LOWER + DIGITS, 26)
    add("appsync-api-key", "{\"apiKey\": {\"id\": \"%s\", \"expires\": 1767225600, \"deletes\": 1772409600}}" % t, t)

    # Amazon Bedrock API keys: long-term ABSK + base64("BedrockAPIKey-..."), short-term bedrock-api-key-<base64 presigned url>
    inner = "BedrockAPIKey-%s-at-%s:%s" % (rc(LOWER + DIGITS, 4), ACCOUNT, b64(30))
    t = "ABSK" + base64.b64encode(inner.encode()).decode()
    add("bedrock-api-key", "export AWS_BEARER_TOKEN_BEDROCK=%s" % t, t)
    url = ("bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20261203%%2Feu-west-1%%2Fbedrock%%2Faws4_request&X-Amz-Date=20261203T101500Z&X-Amz-Expires=43200&X-Amz-Security-Token=%s&X-Amz-SignedHeaders=host&X-Amz-Signature=%s&Version=1"
           % (asia(), rc(ALNUM, 180), hexs(64)))
    t = "bedrock-api-key-" + base64.b64encode(url.encode()).decode()
    add("bedrock-api-key", ts() + " invoke-model: Authorization: Bearer %s" % t, t)

    # AWS SES SMTP password: 44 chars, base64 of version byte 0x04 + HMAC -> starts with B
    t = base64.b64encode(b"\x04" + rbytes(32)).decode()
    add("aws-ses-smtp-password", "/etc/postfix/sasl_passwd: [email-smtp.eu-west-1.amazonaws.com]:587 %s:%s" % (akia(), t), t)
    t = base64.b64encode(b"\x04" + rbytes(32)).decode()
    add("aws-ses-smtp-password", ts() + " mailer: smtp.login(user='%s', pass='%s') host=email-smtp.eu-west-1.amazonaws.com" % (akia(), t), t)

    # IAM service-specific credentials (CodeCommit HTTPS git, Keyspaces, Bedrock long-term)
    t = rc(ALNUM + "+/", 44)
    add("aws-service-specific-credential", "{\"ServiceSpecificCredential\": {\"CreateDate\": \"2026-12-03T10:11:12Z\", \"ServiceName\": \"codecommit.amazonaws.com\", \"ServiceUserName\": \"ci-at-%s\", \"ServicePassword\": \"%s\", \"ServiceSpecificCredentialId\": \"ACCA%s\", \"UserName\": \"ci\", \"Status\": \"Active\"}}" % (ACCOUNT, t, rc(UPPER + "234567", 17)), t)
    t = rc(ALNUM + "+/", 44)
    add("aws-service-specific-credential", "cqlsh cassandra.eu-west-1.amazonaws.com 9142 -u keyspaces-at-%s -p %s --ssl" % (ACCOUNT, t), t)

    # Django SECRET_KEY: django-insecure- + 50 from Django's generator alphabet
    dj = LOWER + DIGITS + "!@#$%^&*(-_=+)"
    t = "django-insecure-" + rc(dj, 50)
    add("django-secret-key", "DJANGO_SECRET_KEY='%s'" % t, t)
    t = rc(dj, 50)
    add("django-secret-key", "settings dump: DEBUG=False ALLOWED_HOSTS=['api.example.com'] SECRET_KEY='%s' TIME_ZONE='UTC'" % t, t)

    # Rails: secret_key_base 128 hex; master key (config/master.key) 32 hex
    t = hexs(128)
    add("rails-secret-key-base", "SECRET_KEY_BASE=%s RAILS_ENV=production" % t, t)
    t = hexs(32)
    add("rails-master-key", "docker build --build-arg RAILS_MASTER_KEY=%s -t orders-web ." % t, t)

    # Laravel APP_KEY: base64: + 44
    t = "base64:" + b64(32)
    add("laravel-app-key", "APP_NAME=Orders\nAPP_ENV=production\nAPP_KEY=%s\nAPP_DEBUG=false" % t, t)
    t = "base64:" + b64(32)
    add("laravel-app-key", ts() + " php artisan config:show app => [ 'name' => 'Orders', 'key' => '%s', 'cipher' => 'AES-256-CBC' ]" % t, t)

    # Fernet key (Airflow, cryptography): 44 url-safe base64 of 32 bytes
    t = base64.urlsafe_b64encode(rbytes(32)).decode()
    add("fernet-key", "AIRFLOW__CORE__FERNET_KEY=%s" % t, t)
    t = base64.urlsafe_b64encode(rbytes(32)).decode()
    add("fernet-key", ts() + " worker: Fernet(b'%s') initialised for field encryption" % t, t)

    # Consul gossip encryption key: base64 of 32 bytes
    t = b64(32)
    add("consul-gossip-key", "{\"datacenter\": \"eu-west-1\", \"encrypt\": \"%s\", \"encrypt_verify_incoming\": true}" % t, t)
    t = b64(32)
    add("consul-gossip-key", "==> Starting Consul agent... consul agent -server -bootstrap-expect=3 -encrypt=%s -data-dir=/opt/consul" % t, t)

    # Kubernetes EncryptionConfiguration aescbc/secretbox key
    t = b64(32)
    add("k8s-encryption-config-key", "apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n  - resources: [secrets]\n    providers:\n      - aescbc:\n          keys:\n            - name: key1\n              secret: %s\n      - identity: {}" % t, t)
    t = b64(32)
    add("k8s-encryption-config-key", "{\"kind\":\"EncryptionConfiguration\",\"resources\":[{\"resources\":[\"secrets\"],\"providers\":[{\"secretbox\":{\"keys\":[{\"name\":\"k2\",\"secret\":\"%s\"}]}}]}]}" % t, t)

    # Erlang distribution cookie (RabbitMQ): 20 upper letters
    t = rc(UPPER, 20)
    add("erlang-cookie", "RABBITMQ_ERLANG_COOKIE=%s RABBITMQ_NODENAME=rabbit@mq-0" % t, t)
    t = rc(UPPER, 20)
    add("erlang-cookie", "erl -name debug@10.0.3.7 -setcookie %s -remsh rabbit@mq-0.internal" % t, t)

    # TOTP seed in an otpauth URI: base32 32 chars
    t = rc(UPPER + "234567", 32)
    add("totp-seed", ts() + " mfa-enroll: provisioning uri otpauth://totp/Example:ops%%40example.com?secret=%s&issuer=Example&algorithm=SHA1&digits=6&period=30" % t, t)
    t = rc(UPPER + "234567", 32)
    add("totp-seed", "{\"userId\": \"%s\", \"mfa\": {\"type\": \"totp\", \"sharedSecret\": \"%s\", \"verified\": false}}" % (uuid4(), t), t)

    # Gitea / Forgejo access token: 40 hex, Authorization: token
    t = hexs(40)
    add("gitea-token", "curl -H 'Authorization: token %s' https://git.example.internal/api/v1/repos/ops/infra/hooks" % t, t)
    t = hexs(40)
    add("gitea-token", "[runner] registration: forgejo-runner register --instance https://git.example.internal --token %s --no-interactive" % t, t)


# ---------------------------------------------------------------------------------------------
# (c) personal data: national identifiers the earlier corpora do not list, each with its check
# ---------------------------------------------------------------------------------------------

def fr_nir():
    while True:
        dept = "%02d" % R.randint(1, 95)
        if dept == "20":
            continue
        n = "%d%02d%02d%s%03d%03d" % (R.choice([1, 2]), R.randint(50, 99), R.randint(1, 12), dept, R.randint(1, 990), R.randint(1, 999))
        return n, "%02d" % (97 - int(n) % 97)


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_value_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def it_cf():
    s = rc("BCDFGHLMNPRSTVZ", 3) + rc("BCDFGHLMNPRSTVZ", 2) + R.choice("AEIOU") + "%02d" % R.randint(50, 99) + R.choice("ABCDEHLMPRST") + "%02d" % R.choice([R.randint(1, 28), R.randint(41, 68)]) + R.choice("ABCDEFGHLF") + "%03d" % R.randint(1, 999)
    tot = 0
    for i, c in enumerate(s):
        tot += CF_ODD[c] if i % 2 == 0 else cf_value_even(c)
    return s + chr(65 + tot % 26)


def nl_bsn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def pl_pesel():
    yy, mm, dd = R.randint(0, 9), R.randint(1, 12) + 20, R.randint(1, 28)
    body = "%02d%02d%02d%04d" % (yy, mm, dd, R.randint(0, 9999))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * x for c, x in zip(body, w))
    return body + str((10 - s % 10) % 10)


def de_steuer_id():
    while True:
        digits = list(range(10))
        R.shuffle(digits)
        ten = digits[:9]
        ten.insert(R.randint(1, 9), R.choice(ten))  # one digit twice, one digit absent
        if ten[0] == 0:
            continue
        product = 10
        for d in ten:
            s = (d + product) % 10
            if s == 0:
                s = 10
            product = (s * 2) % 11
        check = 11 - product
        if check == 10:
            check = 0
        return "".join(map(str, ten)) + str(check)


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        s = sum(x * y for x, y in zip(d, w))
        last = s % 11
        if last < 10:
            d.append(last)
            assert sum(x * y for x, y in zip(d, w)) % 11 == 0
            return "".join(map(str, d))


def se_pnr():
    body = "%02d%02d%02d%03d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 999))
    return body[:6] + "-" + body[6:] + luhn_check(body)


def za_id():
    body = "%02d%02d%02d%04d08" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(0, 9999))
    return body + luhn_check(body)


def sg_nric():
    p = R.choice("ST")
    d = [R.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2])) + (4 if p == "T" else 0)
    return p + "".join(map(str, d)) + "JZIHGFEDCBA"[s % 11]


def cn_rid():
    body = R.choice(["110105", "310104", "440305", "510107"]) + "19%02d%02d%02d" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)) + "%03d" % R.randint(0, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * x for c, x in zip(body, w))
    return body + "10X98765432"[s % 11]


def personal():
    n, k = fr_nir()
    t = "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], k)
    add("france-nir", ts() + " mutuelle-sync: adhérent=88213 numéro de sécurité sociale %s rattaché" % t, t)
    n, k = fr_nir()
    t = n + k
    add("france-nir", "{\"beneficiaire\": {\"nom\": \"D.\", \"nir\": \"%s\", \"regime\": \"general\"}}" % t, t)

    t = it_cf()
    add("italy-codice-fiscale", ts() + " fatturazione: cliente=IT-5512 codice_fiscale=%s esito=OK" % t, t)
    t = it_cf()
    add("italy-codice-fiscale", "ValidationError: fiscalCode '%s' does not match the billing country" % t, t)

    t = nl_bsn()
    add("netherlands-bsn", ts() + " payroll-nl: werknemer 4471 BSN %s loonheffing verwerkt" % t, t)
    t = nl_bsn()
    add("netherlands-bsn", "{\"employee\": {\"id\": 4472, \"bsn\": \"%s\", \"country\": \"NL\"}}" % t, t)

    t = pl_pesel()
    add("poland-pesel", ts() + " kyc-pl: klient=77120 PESEL=%s status=zweryfikowany" % t, t)
    t = pl_pesel()
    add("poland-pesel", "<Pacjent><Imie>A.</Imie><Pesel>%s</Pesel></Pacjent>" % t, t)

    t = de_steuer_id()
    add("germany-steuer-id", ts() + " lohn-de: Mitarbeiter 3391 Steuer-IdNr. %s ELStAM abgerufen" % t, t)
    t = de_steuer_id()
    add("germany-steuer-id", "{\"taxId\": \"%s\", \"taxClass\": 1, \"state\": \"BE\"}" % t, t)

    t = au_tfn()
    add("australia-tfn", ts() + " payroll-au: employee=5512 tfn=%s super_fund=AUS-0042" % t, t)
    t = au_tfn()
    t2 = "%s %s %s" % (t[:3], t[3:6], t[6:])
    add("australia-tfn", "TFN declaration received for emp 5513: Tax file number: %s" % t2, t2)

    t = se_pnr()
    add("sweden-personnummer", ts() + " bankid: personnummer=%s orderRef=%s status=complete" % (t, uuid4()), t)
    t = se_pnr()
    add("sweden-personnummer", "{\"kund\": {\"personnummer\": \"%s\", \"ort\": \"Uppsala\"}}" % t, t)

    t = za_id()
    add("south-africa-id", ts() + " fica-check: client=8841 id_number=%s result=match" % t, t)
    t = za_id()
    add("south-africa-id", "RICA registration payload: {'idType': 'RSA_ID', 'idNumber': '%s', 'msisdn': '27000%s'}" % (t, rc(DIGITS, 6)), t)

    t = sg_nric()
    add("singapore-nric", ts() + " clinic-sg: patient visit nric=%s ward=B2" % t, t)
    t = sg_nric()
    add("singapore-nric", "<Applicant><NRIC>%s</NRIC><Nationality>SG</Nationality></Applicant>" % t, t)

    t = cn_rid()
    add("china-resident-id", ts() + " realname-verify: 身份证号=%s 结果=一致" % t, t)
    t = cn_rid()
    add("china-resident-id", "{\"certType\": \"ID_CARD\", \"certNo\": \"%s\", \"channel\": \"app\"}" % t, t)

    # personal kinds the first corpus covers, in new contexts
    card = "4" + rc(DIGITS, 14)
    card += luhn_check(card)
    add("card/dynamodb-attribute-value", "{\"Item\": {\"orderId\": {\"S\": \"ord-55120\"}, \"pan\": {\"S\": \"%s\"}, \"amount\": {\"N\": \"129.90\"}}}" % card, card)
    ssn = "%03d-%02d-%04d" % (R.randint(100, 665), R.randint(10, 99), R.randint(1000, 9999))
    add("ssn/xml-element", "<W4><EmployeeName>J. Doe</EmployeeName><SSN>%s</SSN><FilingStatus>single</FilingStatus></W4>" % ssn, ssn)
    em = "%s.%s%d%%40example.com" % (R.choice(WORDS), R.choice(WORDS), R.randint(1, 99))
    add("email/url-encoded-query", "GET /api/v1/users/lookup?email=%s&include=orders HTTP/1.1\" 200 412" % em, em)
    ph = "+447700900%03d" % R.randint(0, 999)  # UK drama range 07700 900xxx
    add("phone/sns-publish", ts() + " notifier: sns.publish(PhoneNumber='%s', Message='Your code is ready', MessageAttributes={...})" % ph, ph)
    iban_body = "DE00" + rc(DIGITS, 18)
    # compute the IBAN check digits
    rearr = iban_body[4:] + "DE00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    iban = "DE%02d" % (98 - num % 97) + iban_body[4:]
    add("iban/sepa-xml", "<CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>" % iban, iban)


# ---------------------------------------------------------------------------------------------
# (b) kinds the earlier corpora cover, in contexts they do not use
# ---------------------------------------------------------------------------------------------

def contexts():
    # --- command lines
    p = pw()
    add("password/mysql-p-glued", "+ mysql -u app -p%s -h orders-db.cluster-ro-abc123.eu-west-1.rds.amazonaws.com orders -e 'SELECT 1'" % p, p)
    p = pw()
    add("password/ldapsearch-w", "ldapsearch -H ldaps://ldap.example.internal -D \"cn=svc-sync,ou=svc,dc=example,dc=internal\" -w '%s' -b \"dc=example,dc=internal\" \"(uid=jdoe)\"" % p, p)
    p = pw()
    add("password/sshpass-p", "sshpass -p '%s' ssh -o StrictHostKeyChecking=no deploy@bastion.example.internal uptime" % p, p)
    p = pw()
    add("password/mongosh-p", "mongosh \"mongodb://docdb.example.internal:27017/?tls=true\" -u admin -p '%s' --authenticationDatabase admin" % p, p)
    p = pw()
    add("password/redis-cli-a", "redis-cli -h cache.example.internal -p 6380 --tls -a '%s' --no-auth-warning INFO replication" % p, p)
    p = pw()
    add("password/sqlcmd-P", "sqlcmd -S tcp:sql.example.internal,1433 -U sa -P '%s' -d orders -Q \"SELECT @@VERSION\"" % p, p)
    p = pw()
    add("password/rabbitmqctl-add-user", "rabbitmqctl add_user orders-consumer '%s' && rabbitmqctl set_permissions -p / orders-consumer '.*' '.*' '.*'" % p, p)
    p = pw()
    add("password/htpasswd-b", "htpasswd -b -B /etc/nginx/.htpasswd metrics %s" % p, p)
    p = pw()
    add("password/openssl-passout", "openssl pkcs12 -export -in tls.crt -inkey tls.key -out keystore.p12 -name orders -passout pass:%s" % p, p)
    p = pw()
    add("password/keytool-storepass", "keytool -importkeystore -srckeystore keystore.p12 -srcstoretype PKCS12 -destkeystore orders.jks -deststorepass %s -noprompt" % p, p)
    p = pw()
    add("password/docker-login-p", "+ docker login -u ci-bot -p %s registry.example.internal" % p, p)
    p = pw()
    add("password/smbclient-U-percent", "smbclient //fs.example.internal/exports -U 'CORP\\svc-export%%%s' -c 'put report.csv'" % p, p)
    p = pw()
    add("password/wget-http-password", "wget --http-user=ci --http-password=%s https://artifacts.example.internal/releases/orders-1.4.2.tar.gz" % p, p)
    p = pw()
    add("password/rds-master-user-password", "aws rds modify-db-instance --db-instance-identifier orders-prod --master-user-password '%s' --apply-immediately" % p, p)
    p = pw()
    add("password/argocd-login", "argocd login argocd.example.internal --grpc-web --username admin --password %s" % p, p)
    p = pw()
    add("password/net-use-positional", "C:\\> net use Z: \\\\fs.example.internal\\share /user:CORP\\svc-backup %s /persistent:no" % p, p)
    p = pw(symbols="!#%^&*-_=+.~")
    add("password/powershell-securestring", "$cred = New-Object PSCredential('svc-deploy', (ConvertTo-SecureString '%s' -AsPlainText -Force))" % p, p)
    p = pw()
    add("password/ps-cmdline-custom-flag", "  PID USER     COMMAND\n 4121 app      /usr/local/bin/orders-migrate --db-host db.internal --db-user app --db-pass %s --dry-run" % p, p)
    p = pw()
    add("password/ansible-become-pass", "ansible-playbook -i inventories/prod site.yml -e ansible_become_pass=%s --limit web" % p, p)

    # --- connection strings and DSNs
    p = pw()
    add("password/adonet-connection-string", "Server=tcp:sql.example.internal,1433;Initial Catalog=orders;User ID=app;Password=%s;Encrypt=True;TrustServerCertificate=False" % p, p)
    p = pw_url()
    add("password/go-mysql-dsn", ts() + " db: opening dsn app:%s@tcp(orders-db.internal:3306)/orders?parseTime=true&tls=skip-verify" % p, p)
    p = pw()
    add("password/libpq-keyword-dsn", "psycopg.connect(\"host=db.internal port=5432 dbname=orders user=app password=%s sslmode=verify-full\")" % p, p)
    p = pw_url()
    add("url-credentials/snowflake-sqlalchemy", "sqlalchemy.create_engine('snowflake://svc_etl:%s@xy12345.eu-west-1/ANALYTICS/PUBLIC?warehouse=ETL_WH&role=LOADER')" % p, p)
    p = pw_url()
    add("url-credentials/mssql-pyodbc", "engine url: mssql+pyodbc://app:%s@sql.example.internal:1433/orders?driver=ODBC+Driver+18+for+SQL+Server" % p, p)
    p = pw_url()
    add("url-credentials/nats", ts() + " nats: connecting to nats://orders:%s@nats.example.internal:4222 (tls)" % p, p)
    p = pw_url()
    add("url-credentials/git-remote-v", "$ git remote -v\norigin\thttps://ci-bot:%s@git.example.internal/ops/infra.git (fetch)\norigin\thttps://ci-bot:%s@git.example.internal/ops/infra.git (push)" % (p, p), p)
    p = pw_url()
    add("url-credentials/elasticsearch-hosts", "ELASTICSEARCH_HOSTS=[\"https://elastic:%s@es-0.example.internal:9200\"]" % p, p)
    s = aws_secret()
    enc = s.replace("/", "%2F").replace("+", "%2B")
    add("aws-secret-key/celery-sqs-broker-url", "[config]\n.> app:         orders:0x7f3a\n.> transport:   sqs://%s:%s@localhost//\n.> results:     disabled://" % (akia(), enc), enc)
    p = pw()
    add("password/mysql-change-replication-source", "CHANGE REPLICATION SOURCE TO SOURCE_HOST='db-primary.internal', SOURCE_USER='repl', SOURCE_PASSWORD='%s', SOURCE_AUTO_POSITION=1" % p, p)
    p = pw()
    add("password/mssql-alter-login", "ALTER LOGIN [svc_reports] WITH PASSWORD = N'%s', CHECK_POLICY = ON" % p, p)

    # --- config files and dumps
    p = pw()
    add("password/spring-actuator-env", "{\"activeProfiles\":[\"prod\"],\"propertySources\":[{\"name\":\"systemEnvironment\",\"properties\":{\"SPRING_DATASOURCE_URL\":{\"value\":\"jdbc:postgresql://db.internal:5432/orders\",\"origin\":\"System Environment Property \\\"SPRING_DATASOURCE_URL\\\"\"},\"SPRING_DATASOURCE_PASSWORD\":{\"value\":\"%s\",\"origin\":\"System Environment Property \\\"SPRING_DATASOURCE_PASSWORD\\\"\"}}}]}" % p, p)
    p = pw()
    add("password/java-properties-dotted", "# application-prod.properties\nspring.datasource.url=jdbc:postgresql://db.internal:5432/orders\nspring.datasource.username=app\nspring.datasource.password=%s\nspring.jpa.open-in-view=false" % p, p)
    p = pw()
    add("password/jvm-system-property", ts() + " JVM args: -Xmx2g -Djavax.net.ssl.trustStore=/etc/pki/orders.jks -Djavax.net.ssl.trustStorePassword=%s -Dfile.encoding=UTF-8" % p, p)
    p = pw()
    add("password/toml-inline-table", "[database]\nconnection = { host = \"db.internal\", user = \"app\", password = \"%s\", pool = 10 }" % p, p)
    p = pw()
    add("password/ini-passwd-key", "[client]\nhost = db.internal\nuser = reports\npasswd = %s\nssl-mode = REQUIRED" % p, p)
    p = pw()
    add("password/dotenv-trailing-comment", "REDIS_URL=rediss://cache.internal:6380\nREDIS_PASSWORD=%s # rotated 2026-11-30 by ops\nREDIS_DB=2" % p, p)
    p = pw()
    add("password/yaml-flow-mapping", "smtp: {host: email-smtp.eu-west-1.amazonaws.com, port: 587, user: mailer, pass: %s}" % p, p)
    p = pw()
    add("password/xml-attribute", "<Resource name=\"jdbc/orders\" auth=\"Container\" type=\"javax.sql.DataSource\" username=\"app\" password=\"%s\" url=\"jdbc:mysql://db.internal:3306/orders\"/>" % p, p)
    p = pw()
    add("password/helm-values-camelcase", "$ helm get values orders-db -n data\nUSER-SUPPLIED VALUES:\nauth:\n  database: orders\n  postgresPassword: %s\n  username: app" % p, p)
    p = pw()
    add("password/gradle-properties", "signing.keyId=%s\nossrhUsername=ci-publisher\nossrhPassword=%s\norg.gradle.jvmargs=-Xmx2g" % (hexs(8).upper(), p), p)
    user_pass = "ci-bot:" + pw()
    t = base64.b64encode(user_pass.encode()).decode()
    add("password/npmrc-auth-base64", "registry=https://npm.example.internal/\n_auth=%s\nalways-auth=true" % t, t)
    p = pw()
    add("password/systemd-environment", "$ systemctl show orders.service -p Environment\nEnvironment=LANG=C.UTF-8 DB_HOST=db.internal DB_PASSWORD=%s LOG_LEVEL=info" % p, p)
    p = pw()
    add("password/cloud-init-chpasswd", "#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: ubuntu\n      password: %s\n      type: text\nssh_pwauth: true" % p, p)
    p = pw()
    add("password/kickstart-rootpw", "lang en_US.UTF-8\nkeyboard us\nrootpw --plaintext %s\ntimezone UTC --utc" % p, p)
    p = pw()
    add("password/openldap-olcrootpw", "dn: olcDatabase={1}mdb,cn=config\nchangetype: modify\nreplace: olcRootPW\nolcRootPW: %s" % p, p)
    p = pw()
    add("password/haproxy-userlist", "userlist stats-users\n    user admin insecure-password %s\n    group ops users admin" % p, p)
    p = pw()
    add("password/pgbouncer-userlist", "/etc/pgbouncer/userlist.txt:\n\"app\" \"%s\"\n\"reports\" \"md5%s\"" % (p, hexs(32)), p)
    p = pw()
    add("password/wpa-psk", ts() + " provisioning device sensor-0412: network={ ssid=\"warehouse-iot\" psk=\"%s\" key_mgmt=WPA-PSK }" % p, p)
    p = pw()
    add("password/glue-connection-properties", "{\"Connection\": {\"Name\": \"orders-jdbc\", \"ConnectionType\": \"JDBC\", \"ConnectionProperties\": {\"JDBC_CONNECTION_URL\": \"jdbc:mysql://db.internal:3306/orders\", \"USERNAME\": \"etl\", \"PASSWORD\": \"%s\", \"JDBC_ENFORCE_SSL\": \"true\"}}}" % p, p)
    p = pw()
    add("password/dynamodb-attribute-value", "{\"Items\": [{\"pk\": {\"S\": \"USER#4411\"}, \"username\": {\"S\": \"jdoe\"}, \"password\": {\"S\": \"%s\"}}], \"Count\": 1}" % p, p)

    # --- language reprs
    p = pw()
    add("password/python-tuple-list-repr", "DEBUG connect args: [('host', 'db.internal'), ('user', 'app'), ('password', '%s'), ('dbname', 'orders')]" % p, p)
    p = pw()
    add("password/python-call-kwargs-passwd", "Traceback (most recent call last):\n  File \"/app/etl.py\", line 41, in <module>\n    conn = MySQLdb.connect(host='db.internal', user='etl', passwd='%s', db='orders')\nMySQLdb.OperationalError: (2003, \"Can't connect to MySQL server on 'db.internal'\")" % p, p)
    p = pw()
    add("password/ruby-struct", ts() + " #<struct DbConfig host=\"db.internal\", port=5432, username=\"app\", password=\"%s\">" % p, p)
    p = pw()
    add("password/node-util-inspect", "Error: connect ECONNREFUSED 10.0.3.7:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {\n  config: { host: 'db.internal', user: 'app', password: '%s', database: 'orders' }\n}" % p, p)
    t = base64.b64encode(("svc-orders:" + pw()).encode()).decode()
    add("authorization-header/axios-error-config", "AxiosError: Request failed with status code 502\n  config: {\n    url: 'https://partner.example.com/v2/stock',\n    headers: Object [AxiosHeaders] { Accept: 'application/json', Authorization: 'Basic %s' }\n  }" % t, t)
    p = pw()
    add("password/php-print-r", "Array\n(\n    [host] => db.internal\n    [username] => shop\n    [password] => %s\n    [dbname] => shop\n)" % p, p)
    p = pw()
    add("password/perl-data-dumper", "$VAR1 = {\n          'dsn' => 'DBI:mysql:database=orders;host=db.internal',\n          'user' => 'legacy',\n          'password' => '%s'\n        };" % p, p)
    p = pw(symbols="!#%^&*-_=+.~")
    add("password/go-map-print", ts() + " cfg=map[host:db.internal password:%s port:5432 user:app]" % p, p)
    p = pw()
    add("password/elixir-inspect", "[error] Postgrex.Protocol (#PID<0.412.0>) failed to connect: %%{hostname: \"db.internal\", username: \"app\", password: \"%s\", database: \"orders_prod\"}" % p, p)
    p = pw()
    add("password/csharp-anonymous-type", "info: Orders.Startup[0] Database options { Host = db.internal, Port = 5432, Username = app, Password = %s, Pooling = True }" % p, p)
    p = pw()
    add("password/java-map-tostring", ts() + " HikariConfig dataSourceProperties={url=jdbc:postgresql://db.internal/orders, user=app, password=%s, ssl=true}" % p, p)

    # --- stack traces and exceptions
    p = pw()
    add("password/rich-traceback-locals", "│ /app/orders/db.py:58 in connect                                        │\n│ ╭──────────── locals ────────────╮                                      │\n│ │     host = 'db.internal'       │                                      │\n│ │ password = '%s' │                                      │\n│ │     user = 'app'               │                                      │" % p, p)
    p = pw()
    add("password/pydantic-validation-error", "pydantic_core._pydantic_core.ValidationError: 1 validation error for DatabaseSettings\npassword\n  String should have at most 32 characters [type=string_too_long, input_value='%s', input_type=str]" % p, p)
    p = pw()
    add("password/java-exception-with-password", "java.lang.IllegalStateException: Failed to unlock keystore /etc/pki/orders.p12 with password '%s'\n\tat com.example.tls.KeyStores.load(KeyStores.java:77)" % p, p)
    t = b62(32)
    add("generic-secret/sentry-frame-vars", "{\"exception\": {\"values\": [{\"type\": \"HTTPError\", \"stacktrace\": {\"frames\": [{\"function\": \"refresh\", \"vars\": {\"self\": \"<TokenClient>\", \"client_secret\": \"'%s'\", \"retries\": \"3\"}}]}}]}}" % t, t)

    # --- Terraform state
    p = pw()
    add("password/terraform-state-attributes", "{\"mode\": \"managed\", \"type\": \"aws_db_instance\", \"name\": \"orders\", \"instances\": [{\"schema_version\": 2, \"attributes\": {\"identifier\": \"orders-prod\", \"username\": \"app\", \"password\": \"%s\", \"port\": 5432}}]}" % p, p)
    t = rc(ALNUM + "!#%&*()-_=+[]{}<>:?", 24)
    add("generic-secret/terraform-random-password-result", "{\"type\": \"random_password\", \"name\": \"db\", \"instances\": [{\"attributes\": {\"id\": \"none\", \"length\": 24, \"special\": true, \"result\": \"%s\", \"bcrypt_hash\": \"$2a$10$%s\"}}]}" % (t.replace("\\", ""), rc(ALNUM + "./", 53)), t.replace("\\", ""))
    body = pem_body(1190)
    t = "\\n".join(body)
    add("private-key/terraform-tls-private-key", "\"private_key_pem\": \"-----BEGIN RSA PRIVATE KEY-----\\n%s\\n-----END RSA PRIVATE KEY-----\\n\"," % t, t)

    # --- Kubernetes
    p = pw()
    t = base64.b64encode(p.encode()).decode()
    add("k8s-secret-data/kubectl-json", "{\n    \"apiVersion\": \"v1\",\n    \"data\": {\n        \"password\": \"%s\",\n        \"username\": \"YXBw\"\n    },\n    \"kind\": \"Secret\",\n    \"type\": \"Opaque\"\n}" % t, t)
    t = base64.b64encode(b62(40).encode()).decode()
    add("k8s-secret-data/last-applied-annotation", "    kubectl.kubernetes.io/last-applied-configuration: |\n      {\"apiVersion\":\"v1\",\"data\":{\"api-token\":\"%s\"},\"kind\":\"Secret\",\"metadata\":{\"name\":\"partner-api\",\"namespace\":\"orders\"}}" % t, t)
    t = jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/service-account.name": "deployer", "sub": "system:serviceaccount:ci:deployer"})
    add("jwt/kubeconfig-user-token", "users:\n- name: ci-deployer\n  user:\n    token: %s\ncontexts:\n- context: {cluster: prod, user: ci-deployer}" % t, t)
    key_pem = pem("RSA PRIVATE KEY", 1190) + "\n"
    t = base64.b64encode(key_pem.encode()).decode()
    add("private-key/kubeconfig-client-key-data", "- name: admin@prod\n  user:\n    client-certificate-data: %s\n    client-key-data: %s" % (base64.b64encode(b"-----BEGIN CERTIFICATE-----\n" + rbytes(60)).decode(), t), t)
    p = pw()
    add("password/shell-transcript-decoded-output", "$ kubectl -n data get secret orders-db -o jsonpath='{.data.password}' | base64 -d\n%s\n$ kubectl -n data rollout restart deploy/orders-api" % p, p)

    # --- secrets managers' own output
    p = pw()
    add("password/vault-kv-get-table", "$ vault kv get -mount=secret orders/db\n======= Data =======\nKey         Value\n---         -----\npassword    %s\nusername    app" % p, p)
    p = pw()
    add("password/sops-decrypted-yaml", "$ sops -d secrets/prod.enc.yaml\ndb:\n    user: app\n    password: %s\nsops_version: 3.9.1" % p, p)

    # --- AWS-specific shapes
    s = aws_secret()
    add("aws-secret-key/botocore-credentials-repr", ts() + " DEBUG botocore.credentials resolved ReadOnlyCredentials(access_key='%s', secret_key='%s', token=None)" % (akia(), s), s)
    s = aws_secret()
    add("aws-secret-key/sts-text-output", "$ aws sts assume-role --role-arn arn:aws:iam::%s:role/deployer --role-session-name ci --output text\nASSUMEDROLEUSER\tarn:aws:sts::%s:assumed-role/deployer/ci\tAROA%s:ci\nCREDENTIALS\t%s\t2026-12-03T11:00:00+00:00\t%s\t%s" % (ACCOUNT, ACCOUNT, rc(UPPER + "234567", 17), asia(), s, "IQoJb3JpZ2luX2VjE" + b64(300)), s)
    s = aws_secret()
    add("aws-secret-key/s3cmd-config", "[default]\naccess_key = %s\nsecret_key = %s\nhost_base = s3.eu-west-1.amazonaws.com\nuse_https = True" % (akia(), s), s)
    s = aws_secret()
    add("aws-secret-key/jvm-system-property", "java -Daws.accessKeyId=%s -Daws.secretKey=%s -jar orders-batch.jar" % (akia(), s), s)
    s = aws_secret()
    add("aws-secret-key/spark-s3a-conf", "spark-submit --master yarn --conf spark.hadoop.fs.s3a.access.key=%s --conf spark.hadoop.fs.s3a.secret.key=%s etl.py" % (akia(), s), s)
    s = aws_secret()
    add("aws-secret-key/hadoop-xml-name-value", "<property>\n  <name>fs.s3a.secret.key</name>\n  <value>%s</value>\n</property>" % s, s)
    tok = "IQoJb3JpZ2luX2VjE" + b64(420)
    add("aws-session-token/credential-process-json", "credential_process output: {\"Version\": 1, \"AccessKeyId\": \"%s\", \"SecretAccessKey\": \"%s\", \"SessionToken\": \"%s\", \"Expiration\": \"2026-12-03T11:00:00Z\"}" % (asia(), aws_secret(), tok), tok)
    t = rc(ALNUM, 40)
    add("api-key/apigateway-access-log", "{\"requestId\":\"%s\",\"ip\":\"203.0.113.41\",\"httpMethod\":\"GET\",\"resourcePath\":\"/v1/orders\",\"status\":\"200\",\"apiKey\":\"%s\",\"apiKeyId\":\"%s\"}" % (uuid4(), t, rc(LOWER + DIGITS, 10)), t)
    t = rc(ALNUM, 40)
    add("api-key/lambda-multivalue-headers", "{\"resource\": \"/orders\", \"httpMethod\": \"POST\", \"multiValueHeaders\": {\"content-type\": [\"application/json\"], \"x-api-key\": [\"%s\"]}, \"isBase64Encoded\": false}" % t, t)
    t = b62(32)
    add("api-key/lambda-query-string-parameters", "event: {\"queryStringParameters\": {\"apikey\": \"%s\", \"format\": \"csv\"}, \"pathParameters\": {\"id\": \"ord-7712\"}}" % t, t)
    t = b62(36)
    add("generic-secret/stepfunctions-input-escaped", "{\"executionArn\": \"arn:aws:states:eu-west-1:%s:execution:partner-sync:run-88\", \"input\": \"{\\\"partner\\\":\\\"acme\\\",\\\"clientSecret\\\":\\\"%s\\\"}\", \"status\": \"FAILED\"}" % (ACCOUNT, t), t)
    t = b62(40)
    add("generic-secret/eventbridge-connection-api-key-value", "aws events create-connection --name partner --authorization-type API_KEY --auth-parameters '{\"ApiKeyAuthParameters\": {\"ApiKeyName\": \"x-partner-key\", \"ApiKeyValue\": \"%s\"}}'" % t, t)
    t = b62(32)
    add("generic-secret/lambda-configuration-environment", "{\"FunctionName\": \"orders-webhook\", \"Runtime\": \"python3.12\", \"Environment\": {\"Variables\": {\"LOG_LEVEL\": \"INFO\", \"WEBHOOK_SIGNING_SECRET\": \"%s\"}}}" % t, t)
    t = hexs(64)
    url = "orders-db.abc123.eu-west-1.rds.amazonaws.com:5432/?Action=connect&DBUser=app&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20261203%%2Feu-west-1%%2Frds-db%%2Faws4_request&X-Amz-Date=20261203T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (akia(), t)
    add("url-query-secret/rds-iam-auth-token", ts() + " db: generated auth token %s" % url, t)
    t = rc(ALNUM + "-~_", 344)
    add("url-query-secret/cloudfront-signed-url", "GET https://d111111abcdef8.cloudfront.net/exports/orders.csv?Expires=1764770400&Signature=%s&Key-Pair-Id=K2JCJMDEHXQW5F 200" % t, t)
    t = hexs(512)
    add("url-query-secret/gcs-signed-url", "https://storage.googleapis.com/example-exports/orders.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%%40example-proj.iam.gserviceaccount.com%%2F20261203%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=20261203T101500Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=%s" % t, t)
    t = b62(40)
    add("url-query-secret/alb-access-log", "https 2026-12-03T10:15:02.118Z app/orders-alb/%s 203.0.113.41:51234 10.0.3.7:8080 0.001 0.012 0.000 200 200 211 1432 \"GET https://api.example.com:443/v1/export?api_key=%s&fmt=csv HTTP/1.1\" \"curl/8.5.0\" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2" % (hexs(16), t), t)
    t = b64url(32)
    add("url-query-secret/password-reset-token", "10.0.1.12 - - [03/Dec/2026:10:15:02 +0000] \"GET /account/reset-password?token=%s&uid=4411 HTTP/1.1\" 200 2211" % t, t)
    t = b64url(24)
    add("url-query-secret/oauth-authorization-code", "GET /oauth2/callback?code=%s&state=%s HTTP/1.1 302 -> /dashboard" % (t, hexs(16)), t)
    t = jwt({"sub": uuid4(), "iss": "https://auth.example.com", "aud": "realtime", "exp": 1764770400})
    add("jwt/websocket-query", ts() + " ws upgrade wss://rt.example.com/socket?vsn=2.0.0&access_token=%s 101" % t, t)
    t = jwt({"sub": uuid4(), "iss": "https://auth.example.com", "scope": "orders:write", "exp": 1764770400})
    add("jwt/grpc-metadata", ts() + " grpc call /orders.v1.Orders/Create metadata=[('authorization', 'Bearer %s'), ('x-request-id', '%s')]" % (t, uuid4()), t)

    # --- HTTP dumps
    t = b62(40)
    add("authorization-header/curl-verbose-request", "* Connected to api.partner.example.com (203.0.113.9) port 443\n> GET /v2/stock HTTP/2\n> Host: api.partner.example.com\n> User-Agent: curl/8.5.0\n> Authorization: Bearer %s\n> Accept: */*\n< HTTP/2 401" % t, t)
    t = b62(40)
    add("authorization-header/wsgi-environ", "<WSGIRequest: GET '/api/orders'> environ={'REQUEST_METHOD': 'GET', 'PATH_INFO': '/api/orders', 'HTTP_AUTHORIZATION': 'Token %s', 'REMOTE_ADDR': '10.0.1.12'}" % t, t)
    t = base64.b64encode(("reports:" + pw()).encode()).decode()
    add("authorization-header/nginx-custom-log-field", "10.0.1.12 - reports [03/Dec/2026:10:15:02 +0000] \"GET /metrics HTTP/1.1\" 200 8812 auth=\"Basic %s\" rt=0.004" % t, t)
    t = b62(32)
    add("session-cookie/set-cookie-curl-verbose", "< HTTP/1.1 302 Found\n< Location: /dashboard\n< Set-Cookie: sessionid=%s; expires=Thu, 17 Dec 2026 10:15:02 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax; Secure" % t.lower(), t.lower())
    t = "s%%3A%s.%s" % (b64url(24), b64url(32))
    add("session-cookie/express-connect-sid", "Cookie: theme=dark; connect.sid=%s; lang=en" % t, t)
    t = "CfDJ8" + rc(URLSAFE, 300)
    add("session-cookie/aspnetcore-cookies", "info: Microsoft.AspNetCore.Hosting.Diagnostics[1] Request starting HTTP/1.1 GET https://portal.example.com/account - Cookie: .AspNetCore.Cookies=%s" % t, t)
    t = base64.b64encode(json.dumps({"iv": b64(16), "value": b64(120), "mac": hexs(64), "tag": ""}, separators=(",", ":")).encode()).decode().replace("=", "%3D")
    add("session-cookie/laravel-session", "[2026-12-03 10:15:02] production.DEBUG: request cookies: XSRF-TOKEN=%s; laravel_session=%s" % (b64(40).replace("=", "%3D"), t), t)
    t = rc(LOWER + DIGITS, 26)
    add("session-cookie/phpsessid", "PHP Warning:  session_start(): Session data file is not created by your uid in /var/www/html/cart.php on line 4; PHPSESSID=%s" % t, t)

    # --- env dumps and CI
    p = pw()
    add("password/docker-compose-config", "$ docker compose config\nservices:\n  db:\n    environment:\n      MYSQL_DATABASE: orders\n      MYSQL_ROOT_PASSWORD: %s\n    image: mysql:8.4" % p, p)
    p = pw()
    add("password/env-dump-grafana-admin", "HOSTNAME=grafana-7c9f\nGF_PATHS_DATA=/var/lib/grafana\nGF_SECURITY_ADMIN_USER=admin\nGF_SECURITY_ADMIN_PASSWORD=%s\nGF_SERVER_ROOT_URL=https://grafana.example.internal" % p, p)
    t = b62(36)
    add("generic-secret/github-actions-env-echo", "Run ./scripts/deploy.sh\n  env:\n    DEPLOY_ENV: prod\n    PARTNER_CLIENT_SECRET: %s\n    AWS_REGION: eu-west-1" % t, t)
    d = b64url(32)
    add("private-key/jwk-private-d", "{\"keys\": [{\"kty\": \"EC\", \"crv\": \"P-256\", \"use\": \"sig\", \"kid\": \"%s\", \"x\": \"%s\", \"y\": \"%s\", \"d\": \"%s\"}]}" % (hexs(16), b64url(32), b64url(32), d), d)
    body = pem_body(1218)
    t = "\n".join(body)
    add("private-key/encrypted-pkcs8", "-----BEGIN ENCRYPTED PRIVATE KEY-----\n%s\n-----END ENCRYPTED PRIVATE KEY-----" % t, t)


# ---------------------------------------------------------------------------------------------
# clean lines: must come out unchanged
# ---------------------------------------------------------------------------------------------

def clean_lines():
    c = clean
    c(ts() + " llm-gateway request model=claude-sonnet prompt_tokens=1830 completion_tokens=212 token_count=2042 max_tokens=4096")
    c(ts() + " tokenizer: vocab_size=50257 token_count=512 truncated=false")
    c("db:\n    user: app\n    password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:%s:key/%s" % (b64(18), b64(32), b64(16), ACCOUNT, uuid4()))
    c("{\"CiphertextBlob\": \"AQICAHh%s\", \"KeyId\": \"arn:aws:kms:eu-west-1:%s:key/%s\", \"EncryptionAlgorithm\": \"SYMMETRIC_DEFAULT\"}" % (b64(150), ACCOUNT, uuid4()))
    c("age: encrypting backups for recipient age1%s" % rc("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58))
    c("[Peer]\nPublicKey = %s\nAllowedIPs = 10.8.0.2/32\nEndpoint = vpn.example.internal:51820" % b64(32))
    c(ts() + " webhook received X-Hub-Signature-256: sha256=%s delivery=%s event=push" % (hexs(64), uuid4()))
    c("pulling 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api@sha256:%s" % hexs(64))
    c(ts() + " deploy orders-api commit=%s branch=main author=ci-bot" % hexs(40))
    c(ts() + " x-amzn-RequestId: %s x-amzn-trace-id: Root=1-%s-%s;Sampled=1" % (uuid4(), hexs(8), hexs(24)))
    c("ETag: \"%s\" Content-Length: 48213 x-amz-version-id: %s" % (hexs(32), rc(URLSAFE + ".", 32)))
    c("{\"ShardIterator\": \"AAAAAAAAAAH%s\"}" % b64(180))
    c("{\"Messages\": [{\"MessageId\": \"%s\", \"ReceiptHandle\": \"AQEB%s\", \"MD5OfBody\": \"%s\", \"Body\": \"{\\\"orderId\\\": \\\"ord-7712\\\"}\"}]}" % (uuid4(), b64(240), hexs(32)))
    c("{\"sub\": \"%s\", \"cognito:username\": \"%s\", \"email_verified\": true, \"token_use\": \"id\"}" % (uuid4(), uuid4()))
    c("{\"Policy\": {\"PolicyName\": \"orders-read\", \"PolicyId\": \"ANPA%s\", \"Arn\": \"arn:aws:iam::%s:policy/orders-read\"}, \"Group\": {\"GroupId\": \"AGPA%s\"}}" % (rc(UPPER + "234567", 17), ACCOUNT, rc(UPPER + "234567", 17)))
    c(ts() + " iam: user=ci password_last_changed=2026-10-01 password_policy min_length=14 require_symbols=true max_age_days=90")
    c(ts() + " Secret rotation succeeded for arn:aws:secretsmanager:eu-west-1:%s:secret:prod/orders/db-password-AbCdEf (step=finishSecret)" % ACCOUNT)
    c("+ aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 111122223333.dkr.ecr.eu-west-1.amazonaws.com\nLogin Succeeded")
    c("+ mysql -u app -p -h orders-db.internal orders < migrations/0042_add_index.sql\nEnter password:")
    c("psql \"host=db.internal port=5432 dbname=orders user=app sslmode=verify-full sslrootcert=/etc/ssl/rds-ca.pem\" -c '\\dt'")
    c("random_password.db: Creation complete after 0s [id=none]\naws_db_instance.orders: Modifying... [id=orders-prod]")
    c("$ kubectl get secrets -n data\nNAME                TYPE                DATA   AGE\norders-db           Opaque              2      41d\nregistry-creds      kubernetes.io/dockerconfigjson   1   120d")
    c("$ kubectl describe secret orders-db -n data\nName:         orders-db\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  3 bytes")
    c("helm upgrade --install orders charts/orders --set image.tag=1.4.2 --set replicaCount=3 --set existingSecret=orders-db")
    c("jwks: kid=%s alg=RS256 use=sig fetched from https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34E/.well-known/jwks.json" % hexs(40))
    c("> PUT /exports/orders.csv HTTP/1.1\n> x-amz-content-sha256: %s\n> x-amz-date: 20261203T101502Z" % hexs(64))
    c("GET /exports/orders.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261203T101502Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host 403 SignatureDoesNotMatch")
    c("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci-runner-12" % b64(32)[:43])
    c("Host key fingerprint is SHA256:%s\n+---[ED25519 256]--+" % b64(32).rstrip("="))
    c("-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % "\n".join(pem_body(600)))
    c("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----" % ("\n".join(pem_body(300)), b64(3)))
    c("Certificate fingerprint (SHA-256): %s" % ":".join(hexs(2).upper() for _ in range(32)))
    c("{\"Records\": [{\"kinesis\": {\"partitionKey\": \"ord-7712\", \"data\": \"%s\", \"sequenceNumber\": \"49%s\"}}]}" % (base64.b64encode(json.dumps({"event": "order_created", "id": 7712, "total": 129.9}).encode()).decode(), rc(DIGITS, 54)))
    c("{\"body\": \"%s\", \"isBase64Encoded\": true, \"headers\": {\"content-type\": \"application/json\"}}" % base64.b64encode(b'{"orderId":"ord-7713","qty":2}').decode())
    c("{\"Type\": \"Notification\", \"MessageId\": \"%s\", \"TopicArn\": \"arn:aws:sns:eu-west-1:%s:orders\", \"Message\": \"order shipped\", \"SignatureVersion\": \"2\", \"Signature\": \"%s\", \"SigningCertURL\": \"https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-%s.pem\"}" % (uuid4(), ACCOUNT, b64(256), hexs(32)))
    c("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=example.com; t=1764756902; h=From:To:Subject:Date; bh=%s; b=%s" % (rc(LOWER + DIGITS, 32), b64(32), b64(256)))
    c("Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-%s'; object-src 'none'" % b64(16))
    c("> Sec-WebSocket-Key: %s\n< Sec-WebSocket-Accept: %s" % (b64(16), b64(20)))
    c("If-None-Match: W/\"%s\" -> 304 Not Modified" % hexs(40))
    c("traceparent: 00-%s-%s-01 tracestate: dd=s:1;t.tid=%s" % (hexs(32), hexs(16), hexs(16)))
    c(ts() + " dd.trace_id=%d dd.span_id=%d service=orders-api" % (R.getrandbits(63), R.getrandbits(63)))
    c("\"node_modules/left-pad\": {\"version\": \"1.3.0\", \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\", \"integrity\": \"sha512-%s\"}" % b64(64))
    c("requests==2.32.3 --hash=sha256:%s --hash=sha256:%s" % (hexs(64), hexs(64)))
    c("github.com/aws/aws-sdk-go-v2 v1.32.6 h1:%s" % b64(32))
    c("/nix/store/%s-openssl-3.0.15/lib/libssl.so.3" % rc("0123456789abcdfghijklmnpqrsvwxyz", 32))
    c("version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize 81234112" % hexs(64))
    c(ts() + " order created id=%s trace=%s" % ("0193" + hexs(4) + "-" + hexs(4) + "-7" + hexs(3) + "-" + R.choice("89ab") + hexs(3) + "-" + hexs(12), rc("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)))
    c("query_id=01b%s-0000-%s-0000-%s warehouse=ETL_WH rows=88213 elapsed=4.1s" % (hexs(5), hexs(4), hexs(12)))
    c(ts() + " stripe webhook evt_%s type=payment_intent.succeeded pi_%s customer=cus_%s charge=ch_%s" % (b62(24), b62(24), b62(14), b62(24)))
    c(ts() + " openai response id=chatcmpl-%s x-request-id: req_%s model=gpt-4o-mini" % (b62(29), hexs(32)))
    c(ts() + " anthropic response id=msg_01%s request-id: req_011C%s stop_reason=end_turn" % (b62(22), b62(20)))
    c(ts() + " twilio status callback MessageSid=SM%s MessageStatus=delivered ErrorCode=" % hexs(32))
    c("posthog.init('phc_%s', {api_host: 'https://eu.i.posthog.com'})" % b62(43))
    c("gtag('config', 'G-%s'); google_oauth_client_id=%s-%s.apps.googleusercontent.com" % (rc(UPPER + DIGITS, 10), rc(DIGITS, 12), rc(LOWER + DIGITS, 32)))
    c(ts() + " Found credentials in environment variables. Found credentials from IAM Role: orders-task-role")
    c(ts() + " Credentials expire at 2026-12-03T14:00:00Z (source=sso, profile=prod-admin, account=111122223333)")
    c("PATH=/usr/local/bin:/usr/bin:/bin\nHOME=/root\nHOSTNAME=ip-10-0-1-23\nAWS_REGION=eu-west-1\nAWS_EXECUTION_ENV=AWS_ECS_FARGATE\nECS_CONTAINER_METADATA_URI_V4=http://169.254.170.2/v4/%s-%s" % (hexs(32), rc(DIGITS, 10)))
    c("AWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token\nAWS_ROLE_ARN=arn:aws:iam::111122223333:role/orders-irsa\nAWS_STS_REGIONAL_ENDPOINTS=regional")
    c("kubectl create secret generic deploy-key --from-file=ssh-privatekey=/home/ci/.ssh/id_ed25519 --from-file=known_hosts=/home/ci/.ssh/known_hosts")
    c("+ ssh -i ~/.ssh/deploy_key.pem -o IdentitiesOnly=yes ec2-user@10.0.3.7 'sudo systemctl restart orders'")
    c("GIT_ASKPASS=/usr/lib/git-core/git-gui--askpass\nSSH_AUTH_SOCK=/tmp/ssh-XXXXq3Rk1a/agent.4121\nGNUPGHOME=/home/ci/.gnupg")
    c("database:\n  host: ${DB_HOST}\n  password: ${DB_PASSWORD}\n  api_token: \"{{ lookup('env', 'PARTNER_TOKEN') }}\"")
    c("\"MasterUserPassword\": \"{{resolve:secretsmanager:prod/orders/db:SecretString:password}}\", \"MasterUsername\": \"{{resolve:ssm:/prod/orders/db/user}}\"")
    c("db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          %s\n          %s\n          %s" % (hexs(64), hexs(64), hexs(40)))
    c("{\"spring.datasource.password\": {\"value\": \"******\", \"origin\": \"class path resource [application-prod.yml] - 12:17\"}}")
    c(ts() + " config loaded: {\"password\": \"[REDACTED]\", \"api_key\": \"[REDACTED]\", \"user\": \"app\", \"host\": \"db.internal\"}")
    c(ts() + " auth: password hashing algorithm=argon2id iterations=3 memory=65536 parallelism=4")
    c("host    all    all    10.0.0.0/16    scram-sha-256\nhostssl replication repl 10.0.2.0/24 scram-sha-256")
    c(ts() + " FATAL:  password authentication failed for user \"app\" (client 10.0.3.7)")
    c("10.0.1.12 - - [03/Dec/2026:10:15:02 +0000] \"POST /account/password HTTP/1.1\" 204 0 \"-\" \"Mozilla/5.0\"")
    c("{\"eventSource\": \"kms.amazonaws.com\", \"eventName\": \"Decrypt\", \"requestParameters\": {\"keyId\": \"arn:aws:kms:eu-west-1:%s:key/%s\", \"encryptionContext\": {\"SecretARN\": \"arn:aws:secretsmanager:eu-west-1:%s:secret:prod/orders/api-token-Qw3rTy\"}}}" % (ACCOUNT, uuid4(), ACCOUNT))
    c("{\"eventName\": \"GetSecretValue\", \"requestParameters\": {\"secretId\": \"prod/partner/client-secret\", \"versionStage\": \"AWSCURRENT\"}, \"responseElements\": null, \"userIdentity\": {\"principalId\": \"AROA%s:orders-task\"}}" % rc(UPPER + "234567", 17))
    c("{\"version\": 4, \"resources\": [{\"type\": \"aws_db_instance\", \"instances\": [{\"sensitive_attributes\": [[{\"type\": \"get_attr\", \"value\": \"password\"}]]}]}]}")
    c("{\"Effect\": \"Allow\", \"Action\": [\"secretsmanager:GetSecretValue\"], \"Resource\": \"arn:aws:secretsmanager:eu-west-1:%s:secret:prod/orders/db/password-AbCdEf\"}" % ACCOUNT)
    c(ts() + " oauth token issued token_type=Bearer expires_in=3600 scope=\"openid email orders:read\" client=web")
    c("< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"")
    c(ts() + " s3 put key=orders/2026/12/03/part-00001-%s.snappy.parquet size=8812331" % uuid4())
    c(ts() + " rotation: secret_name=prod/orders/db rotation_lambda=arn:aws:lambda:eu-west-1:%s:function:SecretsManagerRDSPostgreSQLRotationSingleUser next=2027-01-02" % ACCOUNT)
    c(ts() + " host: OpenSSL 3.0.15 3 Sep 2024, kernel 6.1.115-126.197.amzn2023.x86_64, glibc 2.34")
    c("{\"messageType\": \"DATA_MESSAGE\", \"data\": \"H4sIAAAAAAAA%s\"}" % b64(210))
    c("UserData: %s" % base64.b64encode(b"#!/bin/bash\nyum update -y\nsystemctl enable --now amazon-ssm-agent\n").decode())
    c("{\"eventName\": \"ConsoleLogin\", \"additionalEventData\": {\"MFAUsed\": \"Yes\", \"LoginTo\": \"https://console.aws.amazon.com/console/home\"}, \"responseElements\": {\"ConsoleLogin\": \"Success\"}}")
    c("%s  orders-api-linux-amd64\n%s  orders-api-linux-arm64" % (hexs(64), hexs(64)))
    c("imagePullSecrets:\n- name: ecr-creds\nserviceAccountName: orders-api\nautomountServiceAccountToken: false")
    c(ts() + " cf-ray: %s-FRA idempotency-key: %s x-request-id: %s" % (hexs(16), uuid4(), uuid4()))
    c("$ gitleaks detect --source . --no-banner\n10:15AM INF 412 commits scanned.\n10:15AM INF no leaks found")
    oid = "8812" + rc(DIGITS, 12)
    while luhn_ok(oid):
        oid = "8812" + rc(DIGITS, 12)
    c(ts() + " order=%s paid amount=129.90 currency=EUR" % oid)  # 16 digits that fail Luhn
    c(ts() + " mfa: user=4411 mfa_enabled=true totp_verified=true recovery_codes_remaining=8")
    c("aws ssm get-parameter --name /prod/orders/db/password --with-decryption --query Parameter.Version --output text\n7")
    c("kubectl create secret generic partner-api --from-env-file=./partner.env --dry-run=client -o yaml | kubeseal --format yaml > sealed.yaml")
    c("{\"apiVersion\": \"bitnami.com/v1alpha1\", \"kind\": \"SealedSecret\", \"spec\": {\"encryptedData\": {\"password\": \"AgB%s\"}}}" % b64(330))
    c(ts() + " session started session_id_hash=%s ttl=1800 user=4411" % hexs(64))
    c("Set-Cookie: ui_density=compact; Path=/; Max-Age=31536000; SameSite=Lax")
    c("Set-Cookie: sessionid=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/")
    c(ts() + " login failed: user=jdoe reason=bad_password attempts=3 lockout_in=2")
    c("{\"TokenType\": \"Bearer\", \"ExpiresIn\": 3600, \"IdToken\": null, \"AccessToken\": null, \"ChallengeName\": \"SOFTWARE_TOKEN_MFA\", \"Session\": null}")
    c("SSM SendCommand command_id=%s document=AWS-RunShellScript instance=i-%s status=Success" % (uuid4(), hexs(17)))
    c("ENI eni-%s sg-%s subnet-%s vpc-%s attached to i-%s" % (hexs(17), hexs(17), hexs(17), hexs(17), hexs(17)))
    c(ts() + " CodeSha256=%s CodeSize=48213 Version=42 RevisionId=%s" % (b64(32), uuid4()))
    c("X-Amz-Cf-Id: %s==\nVia: 1.1 %s.cloudfront.net (CloudFront)" % (rc(URLSAFE, 54), hexs(32)))
    c("pip install --index-url https://pypi.example.internal/simple/ --trusted-host pypi.example.internal orders-client==1.4.2")
    c("$ vault kv metadata get secret/orders/db\n=== Metadata ===\nKey                Value\n---                -----\ncreated_time       2026-09-01T10:00:00Z\ncurrent_version    3")
    c("[mysqld]\nrequire_secure_transport = ON\ndefault_authentication_plugin = caching_sha2_password\npassword_history = 5\npassword_reuse_interval = 365")
    c(ts() + " api_key_prefix=ak_live_ last4=9f2c owner=partner-acme created=2026-11-02 status=active")
    c("docker run --rm -e AWS_REGION=eu-west-1 -e DB_PASSWORD_FILE=/run/secrets/db_password -v /run/secrets:/run/secrets:ro orders-migrate:1.4.2")
    c(ts() + " user=4411 phone_verified=true email_verified=true locale=en-GB country=GB")


def main():
    vendor()
    personal()
    contexts()
    clean_lines()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "secrets.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for line in LINES:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    planted = sum(1 for l in LINES if l["kind"])
    print("wrote %d lines (%d planted, %d clean) to %s" % (len(LINES), planted, len(LINES) - planted, os.path.normpath(out)))


if __name__ == "__main__":
    main()
