"""Writes the held-out planted-secrets corpus: python3 generate.py > secrets.jsonl

Every secret value is drawn at random in the documented *shape* of its kind (prefix, alphabet,
length); none is real. Long token-like values carry EXAMPLE or INVENTED where the alphabet
allows, so no scanner takes them for live credentials. Stdlib only, seeded.
"""

import base64
import json
import random
import string
import sys
import urllib.parse

R = random.Random(20261205)
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
AN = UP + LO + DIG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"

rows = []


def rnd(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def marked(alphabet, n, mark="EXAMPLE"):
    """n characters of alphabet with a marker word inside (when it fits the alphabet)."""
    if n <= len(mark) + 4 or not all(c in alphabet for c in mark):
        return rnd(alphabet, n)
    at = R.randint(2, n - len(mark) - 2)
    return rnd(alphabet, at) + mark + rnd(alphabet, n - at - len(mark))


def pick(seq):
    return R.choice(seq)


def uuid():
    h = rnd(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def ts():
    return f"2026-03-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z"


def host():
    return pick(["orders-db", "cache", "billing", "api", "worker"]) + "." + pick(["internal", "example.com", "svc.local"])


def add(kind, message, secret):
    if secret is not None:
        assert secret in message, (kind, message, secret)
    rows.append({"message": message, "kind": kind, "secret": secret})


def many(kind, make, templates):
    for t in templates:
        s = make()
        add(kind, t.replace("{S}", s).replace("{T}", ts()).replace("{U}", uuid()).replace("{H}", host()), s)


# ------------------------------------------------------------------ AWS


def session_token():
    return pick(["IQoJb3JpZ2luX2Vj", "FwoGZXIvYXdzE"]) + marked(B64, R.randint(300, 380), "INVENTED")


many("aws-session-token", session_token, [
    "{T} INFO exporting credentials AWS_SESSION_TOKEN={S}",
    '{"Credentials": {"AccessKeyId": "ASIAINVENTEDEXAMPLE1", "SessionToken": "{S}", "Expiration": "2026-03-05T13:00:00Z"}}',
    "DEBUG botocore.endpoint Sending http request: <AWSPreparedRequest method=POST url=https://sqs.eu-west-1.amazonaws.com/, headers={'X-Amz-Security-Token': b'{S}', 'Content-Type': b'application/x-www-form-urlencoded'}>",
    "aws_session_token = {S}",
    "export AWS_SESSION_TOKEN='{S}'",
])


def presigned_sig():
    return rnd(HEX, 64)


many("s3-presigned-signature", presigned_sig, [
    "{T} INFO download link https://reports-bucket.s3.eu-west-1.amazonaws.com/2026/03/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAINVENTEDEXAMPLE1%2F20260305%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260305T120102Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature={S}",
    "GET /exports/orders.csv?X-Amz-Expires=300&X-Amz-Signature={S}&X-Amz-SignedHeaders=host HTTP/1.1",
    '{"level":"info","msg":"presigned","url":"https://uploads.s3.amazonaws.com/u/42.png?X-Amz-Signature={S}&X-Amz-Date=20260305T120102Z"}',
    "Authorization: AWS4-HMAC-SHA256 Credential=AKIAINVENTEDEXAMPLE2/20260305/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature={S}",
])

# ------------------------------------------------------------------ observability vendors

many("newrelic-key", lambda: "NRAK-" + marked(UP + DIG, 27), [
    "NEW_RELIC_API_KEY={S}",
    "{T} DEBUG newrelic: using user key {S} for NerdGraph",
    '{"headers": {"API-Key": "{S}"}}',
    "curl -H 'Api-Key: {S}' https://api.newrelic.com/graphql",
])
many("newrelic-license-key", lambda: marked(HEX, 36, "") + "NRAL", [
    "NEW_RELIC_LICENSE_KEY={S}",
    "license_key: {S}",
    "{T} INFO agent config: app_name=orders license_key={S} log_level=info",
])
many("datadog-api-key", lambda: rnd(HEX, 32), [
    "DD_API_KEY={S}",
    "{T} DEBUG http request POST https://http-intake.logs.datadoghq.com/api/v2/logs headers={'DD-API-KEY': '{S}', 'Content-Type': 'application/json'}",
    "datadog_api_key: {S}",
    '{"DdApiKey": "{S}", "site": "datadoghq.eu"}',
])
many("datadog-app-key", lambda: rnd(HEX, 40), [
    "DD_APP_KEY={S}",
    "curl -H \"DD-APPLICATION-KEY: {S}\" https://api.datadoghq.com/api/v1/monitor",
    "dd_application_key = \"{S}\"",
])
ORG = R.randint(100000, 999999)
PROJ = R.randint(4500000000000000, 4509999999999999)
many("sentry-dsn-key", lambda: rnd(HEX, 32), [
    f"SENTRY_DSN=https://{{S}}@o{ORG}.ingest.sentry.io/{PROJ}",
    f"{{T}} INFO sentry initialised dsn=https://{{S}}@o{ORG}.ingest.us.sentry.io/{PROJ}",
    '{"dsn": "https://{S}@sentry.example.com/12"}',
    "Sentry.init({ dsn: 'https://{S}@o77.ingest.sentry.io/19' })",
])
many("sentry-auth-token", lambda: "sntrys_" + marked(B64U, 120, "INVENTED"), [
    "SENTRY_AUTH_TOKEN={S}",
    "sentry-cli --auth-token {S} releases new 1.4.2",
])

# ------------------------------------------------------------------ platform tokens not in the first corpus

many("supabase-token", lambda: "sbp_" + rnd(HEX, 40), [
    "SUPABASE_ACCESS_TOKEN={S}",
    "{T} DEBUG supabase cli login --token {S}",
    "token: {S}",
])
many("planetscale-password", lambda: "pscale_pw_" + marked(B64U, 43), [
    "DATABASE_URL=mysql://app:{S}@aws.connect.psdb.cloud/orders?sslaccept=strict",
    "PLANETSCALE_PASSWORD={S}",
    "{T} INFO connecting with password {S}",
])
many("flyio-token", lambda: "fo1_" + marked(B64U, 43), [
    "FLY_API_TOKEN={S}",
    "flyctl deploy --access-token {S}",
    "{S}",
])
many("square-token", lambda: pick(["EAAA", "sq0atp-"]) + marked(B64U, 60), [
    "SQUARE_ACCESS_TOKEN={S}",
    "{T} ERROR square: 401 UNAUTHORIZED for token {S}",
    '{"square": {"access_token": "{S}"}}',
])
many("firebase-server-key", lambda: "AAAA" + rnd(AN + "_-", 7) + ":APA91b" + marked(B64U, 134, "INVENTED"), [
    "FCM_SERVER_KEY={S}",
    "Authorization: key={S}",
    "{T} DEBUG fcm send headers={'Authorization': 'key={S}'}",
])
many("okta-ssws-token", lambda: "00" + marked(B64U, 40), [
    "Authorization: SSWS {S}",
    "{T} DEBUG okta request GET /api/v1/users headers: {\"Authorization\": \"SSWS {S}\"}",
    "OKTA_API_TOKEN={S}",
    "curl -H 'Authorization: SSWS {S}' https://dev-1234.okta.com/api/v1/apps",
])
many("cloudflare-global-key", lambda: rnd(HEX, 37), [
    "X-Auth-Key: {S}",
    "CLOUDFLARE_API_KEY={S}",
    "{T} DEBUG cloudflare headers X-Auth-Email=ops@example.com X-Auth-Key={S}",
])
many("braintree-token", lambda: f"access_token$production${rnd(LO + DIG, 16)}${rnd(HEX, 32)}", [
    "BRAINTREE_ACCESS_TOKEN={S}",
    "{T} INFO gateway = Braintree::Gateway.new(access_token: \"{S}\")",
    "{S}",
])
many("mapbox-secret-token", lambda: "sk.eyJ1Ijoi" + marked(B64U, 40) + "." + marked(B64U, 22), [
    "MAPBOX_SECRET_TOKEN={S}",
    "{T} DEBUG tiles upload with {S}",
])
many("plaid-access-token", lambda: f"access-production-{uuid()}", [
    '{"access_token": "{S}", "item_id": "Ed6bjNrDLJfGvZWwnkQlfxwoNz54B5C97ejBr"}',
    "{T} INFO exchanged public token, got {S}",
    "plaid_access_token={S}",
])
many("launchdarkly-sdk-key", lambda: f"sdk-{uuid()}", [
    "LAUNCHDARKLY_SDK_KEY={S}",
    "{T} INFO ld client started sdkKey={S}",
    "ldclient.set_config(Config(\"{S}\"))",
])
many("shippo-token", lambda: "shippo_live_" + rnd(HEX, 40), [
    "SHIPPO_API_TOKEN={S}",
    "Authorization: ShippoToken {S}",
])
many("airtable-pat", lambda: "pat" + marked(AN, 14) + "." + rnd(HEX, 64), [
    "AIRTABLE_API_KEY={S}",
    "{T} DEBUG airtable base appEXAMPLE123 token {S}",
])
many("alibaba-access-key", lambda: "LTAI" + marked(AN, 20), [
    "ALIBABA_CLOUD_ACCESS_KEY_ID={S}",
    "{T} INFO oss client created accessKeyId={S}",
])

# ------------------------------------------------------------------ webhooks


def teams():
    return f"https://contoso.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{rnd(HEX, 32)}/{uuid()}"


many("teams-webhook", teams, [
    "TEAMS_WEBHOOK_URL={S}",
    "{T} INFO posting alert to {S}",
    '{"webhook": "{S}"}',
])
many("google-chat-webhook", lambda: f"https://chat.googleapis.com/v1/spaces/AAAA{rnd(AN, 7)}/messages?key=AIzaSy{marked(B64U, 33)}&token={marked(B64U, 43)}%3D", [
    "GCHAT_WEBHOOK={S}",
    "{T} INFO notify -> {S}",
])
many("zapier-webhook", lambda: f"https://hooks.zapier.com/hooks/catch/{R.randint(1000000, 9999999)}/{rnd(LO + DIG, 7)}/", [
    "ZAPIER_HOOK={S}",
    "{T} DEBUG POST {S} status=200",
])

# ------------------------------------------------------------------ connection strings and config syntaxes


def pw():
    return pick(["Tr0ub4dor", "Winter", "Kaffee", "Blue", "Quokka", "Marmot"]) + str(R.randint(10, 9999)) + pick("!#%&*+-?@^") + rnd(AN, 4)


many("azure-servicebus-key", lambda: marked(B64, 43) + "=", [
    "Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={S}",
    "{T} INFO event hub connection Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={S};EntityPath=clicks",
    "SERVICEBUS_CONNECTION=\"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey={S}\"",
])
many("password-jaas", pw, [
    'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="orders" password="{S}";',
    "{T} INFO ProducerConfig values: sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username=\"billing\" password=\"{S}\";",
    'KAFKA_SASL_JAAS_CONFIG=org.apache.kafka.common.security.plain.PlainLoginModule required username="app" password="{S}";',
])
many("password-jdbc-query", pw, [
    "jdbc:mysql://orders-db.internal:3306/shop?user=app&password={S}&useSSL=true",
    "{T} INFO HikariPool-1 - jdbcUrl=jdbc:postgresql://db.internal:5432/orders?user=svc&password={S}",
    "spring.datasource.url=jdbc:sqlserver://sql.internal:1433;databaseName=crm;user=sa;password={S};encrypt=true",
])
many("password-netrc", pw, [
    "machine api.example.com login deploy password {S}",
    "machine git.example.internal\n  login ci\n  password {S}",
])
many("password-pgpass", pw, [
    "orders-db.internal:5432:orders:app:{S}",
    "*:*:*:replicator:{S}",
])
many("password-env-compound", pw, [
    "PGPASSWORD={S} psql -h db.internal -U app orders",
    "MYSQL_PWD={S} mysqldump --single-transaction shop",
    "REDISCLI_AUTH={S} redis-cli -h cache.internal ping",
    "RABBITMQ_DEFAULT_PASS={S}",
])
many("url-credentials-empty-user", pw, [
    "REDIS_URL=redis://:{S}@cache.internal:6379/0",
    "{T} INFO connecting to rediss://:{S}@master.orders-cache.abc123.euw1.cache.amazonaws.com:6379",
    "CELERY_BROKER_URL=amqps://:{S}@b-1234.mq.eu-west-1.amazonaws.com:5671//",
])
many("docker-config-auth", lambda: base64.b64encode(f"{pick(['ci', 'deploy', 'AWS'])}:{pw()}".encode()).decode(), [
    '{"auths":{"registry.example.com":{"auth":"{S}"}}}',
    "{T} DEBUG docker config: {\"auths\": {\"ghcr.io\": {\"auth\": \"{S}\", \"email\": \"ci@example.com\"}}}",
])
many("smtp-auth-plain", lambda: base64.b64encode(f"\0{pick(['alerts', 'noreply'])}@example.com\0{pw()}".encode()).decode(), [
    "{T} DEBUG smtp: C: AUTH PLAIN {S}",
    "send: 'AUTH PLAIN {S}\\r\\n'",
])
many("proxy-authorization", lambda: base64.b64encode(f"proxyuser:{pw()}".encode()).decode(), [
    "Proxy-Authorization: Basic {S}",
    "{T} DEBUG urllib3 headers={'Proxy-Authorization': 'Basic {S}', 'Host': 'api.example.com'}",
])
many("k8s-secret-data", lambda: base64.b64encode(pw().encode()).decode(), [
    "data:\n  username: YXBw\n  password: {S}",
    '{"apiVersion":"v1","kind":"Secret","data":{"DB_PASSWORD":"{S}"},"metadata":{"name":"orders-db"}}',
])


def gcp_key_body():
    return marked(B64, 64, "INVENTED") + "\\n" + rnd(B64, 64)


many("gcp-service-account-key", gcp_key_body, [
    '{"type": "service_account", "project_id": "orders-prod", "private_key_id": "' + rnd(HEX, 40) + '", "private_key": "-----BEGIN PRIVATE KEY-----\\n{S}\\n-----END PRIVATE KEY-----\\n", "client_email": "etl@orders-prod.iam.gserviceaccount.com"}',
    '{T} DEBUG loaded credentials {"private_key": "-----BEGIN PRIVATE KEY-----\\n{S}\\n-----END PRIVATE KEY-----\\n"}',
])
many("oauth-refresh-token", lambda: "v1." + marked(B64U, 120, "INVENTED"), [
    '{"access_token":"<omitted>","refresh_token":"{S}","token_type":"Bearer","expires_in":86400}',
    "{T} DEBUG auth0: refreshing with refresh_token={S}",
    "refreshToken: {S}",
])

# ------------------------------------------------------------------ personal data


def iban():
    country, blen = pick([("DE", 18), ("FR", 23), ("GB", 18), ("NL", 14), ("ES", 20)])
    if country == "GB":
        bban = pick(["NWBK", "BARC", "MIDL"]) + rnd(DIG, 14)
    elif country == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + rnd(DIG, 10)
    else:
        bban = rnd(DIG, blen)
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def spaced(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


for t in ["{T} INFO payout scheduled to IBAN {S}", "iban={S}", '{"beneficiary": {"name": "Hana Ito", "iban": "{S}"}}',
          "Refund sent to account {S}", "{T} WARN SEPA mandate rejected for {S}"]:
    v = iban()
    if R.random() < 0.5:
        v = spaced(v)
    add("iban", t.replace("{S}", v).replace("{T}", ts()), v)


def nino():
    return pick(["AB", "CE", "JG", "PR", "WL"]) + rnd(DIG, 6) + pick("ABCD")


for t in ["National Insurance number: {S}", "nino={S}", '{"ni_number": "{S}"}']:
    v = nino()
    add("uk-nino", t.replace("{S}", v), v)

for t in ["passport_number={S}", "{T} INFO KYC check passport no. {S} accepted", '{"passportNumber": "{S}"}']:
    v = pick(UP) + rnd(DIG, 8)
    add("passport-number", t.replace("{S}", v).replace("{T}", ts()), v)


def card_with(sep):
    body = "4" + rnd(DIG, 14)
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    full = body + str((10 - total % 10) % 10)
    return sep.join(full[i:i + 4] for i in range(0, 16, 4))


for t, sep in [("card {S} exp 04/29", "-"), ("{T} ERROR charge failed pan={S}", "."), ('{"pan": "{S}"}', "-")]:
    v = card_with(sep)
    add("card-separators", t.replace("{S}", v).replace("{T}", ts()), v)

# ------------------------------------------------------------------ clean lines


def luhn_long(prefix, n):
    body = prefix + rnd(DIG, n - len(prefix) - 1)
    for d in DIG:
        cand = body + d
        total = 0
        for i, c in enumerate(reversed(cand)):
            k = int(c)
            if i % 2 == 1:
                k *= 2
                k = k - 9 if k > 9 else k
            total += k
        if total % 10 == 0:
            return cand
    return body + "0"


PNG = "iVBORw0KGgoAAAANSUhEUgAAA" + rnd(B64, 180) + "=="
CLEAN = [
    f"{ts()} INFO token_type=Bearer expires_in=3600 scope=openid",
    f"{ts()} INFO completion ok model=claude max_tokens=4096 temperature=0.2",
    '{"usage": {"prompt_tokens": 812, "completion_tokens": 96, "total_tokens": 908}}',
    f"{ts()} INFO deployed commit {rnd(HEX, 40)} to prod",
    f"{ts()} INFO pulled image 123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders@sha256:{rnd(HEX, 64)}",
    f'ETag: "{rnd(HEX, 32)}"',
    f"x-amz-request-id: {rnd(UP + DIG, 16)}",
    f"x-amz-id-2: {rnd(B64, 76)}=",
    f"X-Amzn-Trace-Id: Root=1-{rnd(HEX, 8)}-{rnd(HEX, 24)};Parent={rnd(HEX, 16)};Sampled=1",
    f"{ts()} DEBUG avatar uploaded data:image/png;base64,{PNG}",
    f"{ts()} INFO kinesis record partitionKey=orders data=eyJvcmRlcl9pZCI6MTIzNCwic3RhdHVzIjoicGFpZCJ9 sequenceNumber={rnd(DIG, 56)}",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(B64, 43) + " deploy@build-host",
    f"{ts()} INFO authorized_keys updated: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ{rnd(B64, 120)} ops@example",
    "version=v2.31.4-rc.1+build.20260305 go=1.22.1",
    f"{ts()} INFO instance i-0{rnd(HEX, 16)} attached vol-0{rnd(HEX, 16)} via eni-0{rnd(HEX, 16)} sg-0{rnd(HEX, 16)}",
    f"{ts()} INFO secret rotation completed secret_arn=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-{rnd(AN, 6)}",
    f"{ts()} INFO kms_key_id={uuid()} encryption=aws:kms",
    f"{ts()} INFO using KMS key {uuid()} for envelope encryption",
    "Password policy: minimum 12 characters, 1 symbol, rotation every 90 days",
    f"{ts()} INFO passwordless login enabled for tenant {R.randint(100, 999)}",
    f"{ts()} INFO session_timeout=1800 session_count=3 tokens_remaining=12",
    f"{ts()} INFO auth_method=oidc sig_alg=RS256 signature verified (kid=2026-03-key1)",
    f"{ts()} DEBUG pwd=/var/app/current cwd=/var/app/current",
    f"{ts()} INFO passphrase prompt skipped (non-interactive)",
    "ISBN 978-3-16-148410-0 added to catalog",
    f"{ts()} INFO processed 1,234,567 rows in 202.555 s",
    f"{ts()} DEBUG epoch_ns={R.randint(1700000000000000000, 1800000000000000000)} seq={R.randint(1, 99999)}",
    f"{ts()} INFO kafka consumer committed offset={luhn_long('4', 16)} partition=3",
    f"{ts()} INFO message {luhn_long('1', 19)} delivered",
    f"{ts()} INFO CloudFront invalidation I{rnd(UP + DIG, 13)} created for distribution E{rnd(UP + DIG, 13)}",
    f"{ts()} INFO mac=0a:{rnd(HEX, 2)}:{rnd(HEX, 2)}:{rnd(HEX, 2)}:{rnd(HEX, 2)}:{rnd(HEX, 2)} ipv6=2001:db8::{rnd(HEX, 4)}",
    f"{ts()} INFO masked email a***@example.com, card ending 4242",
    f"{ts()} INFO ssn_verified=true phone_verified=false",
    "Authorization header missing; returning 401",
    f"{ts()} INFO Cookie consent: accepted (banner v3)",
    f"{ts()} INFO secret scanning found 0 secrets in 214 files",
    f"{ts()} INFO client_id=orders-web grant_type=client_credentials audience=https://api.example.com/",
    f"{ts()} INFO Application Insights InstrumentationKey lookup skipped (not configured)",
    f"{ts()} INFO LaunchDarkly flag new-checkout evaluated to true for user {uuid()}",
    f"{ts()} INFO Sentry event {rnd(HEX, 32)} sent",
    f"{ts()} INFO datadog trace_id={R.randint(10**18, 10**19)} span_id={R.randint(10**18, 10**19)}",
    f"{ts()} INFO NR trace.id={rnd(HEX, 32)} span.id={rnd(HEX, 16)}",
    f"{ts()} INFO build digest md5={rnd(HEX, 32)} sha1={rnd(HEX, 40)}",
    f"{ts()} INFO request_id={uuid()} correlation_id={uuid()}",
    f"{ts()} DEBUG cursor=eyJpZCI6{rnd(B64U, 10)}fQ next_page=true",
    f"{ts()} INFO S3 object key uploads/{uuid()}/{rnd(HEX, 40)}.jpg stored",
    f"{ts()} INFO Step Functions task token length=512 received for execution orders-{R.randint(1000, 9999)}",
    f"{ts()} INFO IBAN validation enabled for countries DE,FR,NL",
    f"{ts()} INFO passport check service healthy",
    f"{ts()} WARN retrying auth after 401 (attempt 1/3)",
    "DD_API_KEY is not set; metrics disabled",
    "NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}",
    'password: "{{ vault_db_password }}"',
    "SENTRY_DSN=",
    f"{ts()} INFO order total 4,111.11 EUR for 1111 items",
    f"{ts()} INFO geo lat=52.520008 lon=13.404954 accuracy=12.5",
    f"{ts()} INFO phone_country_code=+44 locale=en-GB",
    f"{ts()} INFO UUIDv7 {rnd(HEX, 8)}-{rnd(HEX, 4)}-7{rnd(HEX, 3)}-{pick('89ab')}{rnd(HEX, 3)}-{rnd(HEX, 12)} assigned",
    f"{ts()} INFO ECS task arn:aws:ecs:eu-west-1:123456789012:task/prod/{rnd(HEX, 32)} RUNNING",
    f"{ts()} INFO Lambda version $LATEST CodeSha256={rnd(B64, 43)}=",
    f"{ts()} INFO CloudTrail eventID {uuid()} accessKeyId masked",
    f"{ts()} INFO pagination NextToken={rnd(B64, 60)}==",
    f"{ts()} INFO DynamoDB LastEvaluatedKey {{\"pk\": \"ORDER#{R.randint(10000, 99999)}\"}}",
    f"{ts()} INFO feature flags: token_refresh=on session_replay=off",
    f"{ts()} INFO bcrypt cost=12 hashing took 243ms",
    f"{ts()} INFO generated nonce length=32",
    f"{ts()} INFO health: passed=12/12 failed=0",
    f"{ts()} INFO idempotency_token={uuid()} accepted",
    f"{ts()} INFO webhook delivery to https://hooks.example.com/orders ok (200)",
    f"{ts()} INFO docker login succeeded for registry 123456789012.dkr.ecr.eu-west-1.amazonaws.com",
    f"{ts()} INFO smtp: 235 2.7.0 Authentication successful",
    f"{ts()} INFO jdbc:postgresql://db.internal:5432/orders?sslmode=require connected",
    f"{ts()} INFO redis://cache.internal:6379/0 connected (no auth)",
    f"{ts()} INFO Proxy-Authorization not required for 10.0.0.0/8",
    f"{ts()} INFO k8s secret orders-db synced (2 keys)",
    f"{ts()} INFO sasl.mechanism=SCRAM-SHA-512 security.protocol=SASL_SSL",
    f"{ts()} INFO okta user {R.randint(10**9, 10**10)} groups=3",
    f"{ts()} INFO routing number check skipped",
    f"{ts()} INFO span attributes http.status_code=200 net.peer.port=443",
]
for line in CLEAN:
    add(None, line, None)

R.shuffle(rows)
for row in rows:
    sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
