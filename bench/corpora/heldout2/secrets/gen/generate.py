#!/usr/bin/env python3
"""Writes ../secrets.jsonl: the second held-out planted-secrets corpus.

Stdlib only, seeded: `python3 generate.py` rewrites the same file. Every value is invented
(random in the documented alphabet and length of its kind); none is a real credential and
none is copied from documentation. Line format: {"message", "kind", "secret"} as in
bench/corpora/secrets (kind/secret null on clean lines). Kinds of the form `<kind>/<context>`
are kinds the earlier corpora already cover, planted in a context they do not use.
"""

import base64
import json
import os
import random
import string
import urllib.parse

R = random.Random(20261203)

ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
LOALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32LO = "abcdefghijklmnopqrstuvwxyz234567"


def r(alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def not_luhn(n):
    # n digits whose Luhn check fails: an id, never a card number.
    while True:
        d = [R.randint(1, 9)] + [R.randrange(10) for _ in range(n - 1)]
        total = sum(x if i % 2 == 0 else (2 * x - 9 if 2 * x > 9 else 2 * x) for i, x in enumerate(reversed(d)))
        if total % 10:
            return "".join(map(str, d))


def uuid4():
    h = r(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def rand_bytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def password():
    words = ["Harbor", "Quokka", "Lantern", "Meadow", "Copper", "Falcon", "Juniper", "Orbit", "Saffron", "Tundra"]
    return R.choice(words) + r(string.digits, 3) + R.choice("!#%*+") + r(ALNUM, 5)


def alnum_pw():
    # A password that needs no escaping anywhere (JSON, URL, shell).
    return R.choice(["Glacier", "Pelican", "Thistle", "Marlin", "Bramble"]) + r(string.digits, 2) + r(ALNUM, 8)


LINES = []


def plant(kind, message, secret):
    assert secret in message, (kind, message, secret)
    LINES.append({"message": message, "kind": kind, "secret": secret})


def clean(message):
    LINES.append({"message": message, "kind": None, "secret": None})


TS = lambda: f"2026-11-{R.randint(10, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(0, 999):03d}Z"
REQ = uuid4

# ---------------------------------------------------------------------------------------------
# New kinds: vendor tokens and keys
# ---------------------------------------------------------------------------------------------

# Azure DevOps PAT: 52 characters of lowercase base32 (classic format).
v = r(B32LO, 52)
plant("azure-devops-pat", f"export AZURE_DEVOPS_EXT_PAT={v}", v)
v = r(B32LO, 52)
plant("azure-devops-pat", f"Cloning into 'infra'... remote: https://build:{v}@dev.azure.com/contoso-ops/platform/_git/infra", v)
v = r(B32LO, 52)
hdr = b64((":" + v).encode())
plant("azure-devops-pat", f"[ado-sync] GET https://dev.azure.com/contoso-ops/_apis/projects?api-version=7.1 headers={{'Authorization': 'Basic {hdr}'}}", hdr)

# Google OAuth client secret: GOCSPX- + 28 url-safe characters.
v = "GOCSPX-" + r(B64URL, 28)
plant("gcp-oauth-client-secret", json.dumps({"web": {"client_id": f"{r(string.digits, 12)}-{r(LOALNUM, 32)}.apps.googleusercontent.com", "project_id": "orders-prod", "client_secret": v, "redirect_uris": ["https://app.example.com/oauth2/callback"]}}), v)
v = "GOCSPX-" + r(B64URL, 28)
plant("gcp-oauth-client-secret", f"INFO oauth: registered provider google client={r(string.digits, 12)}-web secret {v}", v)

# Google OAuth access token: ya29. + long url-safe string.
v = "ya29." + r(B64URL, 160)
plant("gcp-access-token", f"google.auth.credentials: Credentials(token='{v}', expiry=datetime.datetime(2026, 11, 21, 10, 4, 2))", v)
v = "ya29." + r(B64URL, 150)
plant("gcp-access-token", f"GET https://storage.googleapis.com/storage/v1/b/orders-exports/o?access_token={v}&prefix=2026/ 403", v)

# HashiCorp Consul / Nomad ACL tokens: UUIDs after their header or variable.
v = uuid4()
plant("consul-acl-token", f"curl -s -H 'X-Consul-Token: {v}' http://127.0.0.1:8500/v1/kv/config/orders?recurse", v)
v = uuid4()
plant("consul-acl-token", f"CONSUL_HTTP_TOKEN={v}", v)
v = uuid4()
plant("nomad-acl-token", f"nomad job run -token={v} deploy/orders.nomad.hcl", v)
v = uuid4()
plant("nomad-acl-token", f"2026-11-21T10:02:11Z [DEBUG] http: request headers: X-Nomad-Token={v} path=/v1/jobs", v)

# Auth0 client secret: 64 url-safe characters.
v = r(B64URL, 64)
plant("auth0-client-secret", f"AUTH0_CLIENT_SECRET={v}", v)
v = r(B64URL, 64)
plant("auth0-client-secret", f"POST https://tenant.eu.auth0.com/oauth/token body=grant_type=client_credentials&client_id={r(ALNUM, 32)}&client_secret={v}&audience=https%3A%2F%2Fapi.example.com", v)

# Heroku API keys: HRKU- + 60 characters (new format), or a UUID (legacy).
v = "HRKU-" + r(B64URL, 60)
plant("heroku-api-key", f"heroku: using HEROKU_API_KEY={v} for app orders-staging", v)
v = uuid4()
plant("heroku-api-key", f"git push https://heroku:{v}@git.heroku.com/orders-staging.git main", v)

# Netlify personal access token: nfp_ + 36.
v = "nfp_" + r(ALNUM, 36)
plant("netlify-token", f"NETLIFY_AUTH_TOKEN={v} netlify deploy --prod --dir=dist", v)
v = "nfp_" + r(ALNUM, 36)
plant("netlify-token", f"Error: Unauthorized (401) for token {v} on site 3f2c1b0a", v)

# CircleCI personal API token: CCIPAT_ + 22 + _ + 40 hex.
v = "CCIPAT_" + r(ALNUM, 22) + "_" + r(HEX, 40)
plant("circleci-token", f"curl -H 'Circle-Token: {v}' https://circleci.com/api/v2/me", v)
v = "CCIPAT_" + r(ALNUM, 22) + "_" + r(HEX, 40)
plant("circleci-token", f"CIRCLECI_TOKEN={v}", v)

# Buildkite API access token: bkua_ + 40 hex.
v = "bkua_" + r(HEX, 40)
plant("buildkite-token", f"BUILDKITE_API_TOKEN={v}", v)
v = "bkua_" + r(HEX, 40)
plant("buildkite-token", f"buildkite-agent: graphql query failed using {v}: 403 Forbidden", v)

# Bitbucket app password: ATBB + 32 alnum + 8 hex check.
v = "ATBB" + r(ALNUM, 32) + r(HEX.upper(), 8)
plant("bitbucket-app-password", f"remote: https://ci-bot:{v}@bitbucket.org/contoso/orders.git", v)
v = "ATBB" + r(ALNUM, 32) + r(HEX.upper(), 8)
plant("bitbucket-app-password", f"BITBUCKET_APP_PASSWORD: {v}", v)

# Pulumi access token: pul- + 40 hex.
v = "pul-" + r(HEX, 40)
plant("pulumi-token", f"PULUMI_ACCESS_TOKEN={v} pulumi up --stack prod --yes", v)
v = "pul-" + r(HEX, 40)
plant("pulumi-token", f"error: [401] Unauthorized: token {v} expired", v)

# Snyk API token: a UUID, also positional after `snyk auth`.
v = uuid4()
plant("snyk-token", f"+ snyk auth {v}", v)
v = uuid4()
plant("snyk-token", f"SNYK_TOKEN={v}", v)

# SonarQube tokens: squ_/sqp_/sqa_ + 40 hex.
v = "squ_" + r(HEX, 40)
plant("sonarqube-token", f"mvn -B verify sonar:sonar -Dsonar.host.url=https://sonar.example.com -Dsonar.token={v}", v)
v = "sqp_" + r(HEX, 40)
plant("sonarqube-token", f"SONAR_TOKEN={v}", v)

# Elasticsearch API key: base64(id:api_key), after `ApiKey`.
v = b64((r(B64URL, 20) + ":" + r(B64URL, 22)).encode())
plant("elastic-api-key", f"curl -H 'Authorization: ApiKey {v}' https://search.example.internal:9200/_cluster/health", v)
v = b64((r(B64URL, 20) + ":" + r(B64URL, 22)).encode())
plant("elastic-api-key", f"output.elasticsearch: {{hosts: ['https://es.example.internal:9200'], api_key: '{v}'}}", v)

# Algolia admin API key: 32 hex.
v = r(HEX, 32)
plant("algolia-admin-key", f"POST https://ABCD1234EF-dsn.algolia.net/1/indexes/products/batch X-Algolia-Application-Id: ABCD1234EF X-Algolia-API-Key: {v}", v)
v = r(HEX, 32)
plant("algolia-admin-key", f"ALGOLIA_ADMIN_KEY={v}", v)

# Contentful personal access token: CFPAT- + 43.
v = "CFPAT-" + r(B64URL, 43)
plant("contentful-token", f"contentful space export --space-id a1b2c3d4e5f6 --management-token {v}", v)
v = "CFPAT-" + r(B64URL, 43)
plant("contentful-token", f"CONTENTFUL_MANAGEMENT_TOKEN={v}", v)

# Dropbox short-lived token: sl. + 135+ url-safe.
v = "sl." + r(B64URL, 138)
plant("dropbox-token", json.dumps({"access_token": v, "token_type": "bearer", "expires_in": 14400, "scope": "files.content.read"}), v)
v = "sl." + r(B64URL, 140)
plant("dropbox-token", f"dropbox-sync: uploading report.csv with token {v}", v)

# Asana personal access token: 2/<user gid>/<app gid>:<32 hex>.
v = f"2/{r(string.digits, 16)}/{r(string.digits, 16)}:{r(HEX, 32)}"
plant("asana-pat", f"ASANA_ACCESS_TOKEN={v}", v)
v = f"2/{r(string.digits, 16)}/{r(string.digits, 16)}:{r(HEX, 32)}"
plant("asana-pat", f"asana.Client.access_token('{v}')", v)

# ClickUp personal token: pk_<digits>_<32 upper alnum>.
v = f"pk_{r(string.digits, 8)}_{r(UPALNUM, 32)}"
plant("clickup-token", f"GET https://api.clickup.com/api/v2/team Authorization: {v} -> 200", v)
v = f"pk_{r(string.digits, 8)}_{r(UPALNUM, 32)}"
plant("clickup-token", f"clickup_token = \"{v}\"", v)

# PagerDuty REST API key (20 characters, `Token token=`) and Events v2 routing key (32 hex).
v = r(ALNUM + "-_+", 20)
plant("pagerduty-api-key", f"curl -H 'Authorization: Token token={v}' -H 'Accept: application/vnd.pagerduty+json;version=2' https://api.pagerduty.com/services", v)
v = r(ALNUM + "-_", 20)
plant("pagerduty-api-key", f"PAGERDUTY_TOKEN={v}", v)
v = r(HEX, 32)
plant("pagerduty-routing-key", json.dumps({"routing_key": v, "event_action": "trigger", "payload": {"summary": "orders-api 5xx > 5%", "source": "orders-api", "severity": "critical"}}), v)
v = r(HEX, 32)
plant("pagerduty-routing-key", f"alertmanager: receiver=pagerduty-critical pagerduty_configs[0].routing_key={v}", v)

# Opsgenie API key: UUID after `GenieKey`.
v = uuid4()
plant("opsgenie-api-key", f"POST https://api.eu.opsgenie.com/v2/alerts Authorization: GenieKey {v} status=202", v)
v = uuid4()
plant("opsgenie-api-key", f"OPSGENIE_API_KEY={v}", v)

# Rollbar access token: 32 hex.
v = r(HEX, 32)
plant("rollbar-token", f"X-Rollbar-Access-Token: {v}", v)
v = r(HEX, 32)
plant("rollbar-token", f"Rollbar.configure(access_token=\"{v}\", environment=\"production\")", v)

# Honeycomb API key: 22 alnum (classic) or hcaik_ + 58 (ingest), inside OTEL headers.
v = r(ALNUM, 22)
plant("honeycomb-key", f"OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team={v},x-honeycomb-dataset=orders", v)
v = "hcaik_01" + r(LOALNUM, 56)
plant("honeycomb-key", f"exporters: otlp: endpoint: api.honeycomb.io:443 headers: {{\"x-honeycomb-team\": \"{v}\"}}", v)

# Dynatrace token: dt0c01.<24>.<64>.
v = f"dt0c01.{r(UPALNUM, 24)}.{r(UPALNUM, 64)}"
plant("dynatrace-token", f"curl -H 'Authorization: Api-Token {v}' https://abc12345.live.dynatrace.com/api/v2/metrics/ingest", v)
v = f"dt0c01.{r(UPALNUM, 24)}.{r(UPALNUM, 64)}"
plant("dynatrace-token", f"DT_API_TOKEN={v}", v)

# Splunk HEC token: UUID after `Splunk`.
v = uuid4().upper()
plant("splunk-hec-token", f"POST https://http-inputs-acme.splunkcloud.com/services/collector/event Authorization: Splunk {v} -> 403 Invalid token", v)
v = uuid4()
plant("splunk-hec-token", f"[OUTPUT] Name splunk Host splunk.example.internal Port 8088 Splunk_Token {v}", v)

# Sumo Logic hosted collector URL: the path token is the credential.
v = r(B64URL, 96) + "=="
plant("sumologic-collector-url", f"SUMO_ENDPOINT=https://endpoint4.collection.sumologic.com/receiver/v1/http/{v}", v)
v = r(B64URL, 100) + "=="
plant("sumologic-collector-url", f"WARN sumologic-forwarder: POST https://endpoint1.collection.eu.sumologic.com/receiver/v1/http/{v} timed out after 30s", v)

# Mailchimp API key: 32 hex + -us<dc>.
v = r(HEX, 32) + f"-us{R.randint(2, 21)}"
plant("mailchimp-key", f"MAILCHIMP_API_KEY={v}", v)
v = r(HEX, 32) + f"-us{R.randint(2, 21)}"
plant("mailchimp-key", f"curl --user 'anystring:{v}' https://us6.api.mailchimp.com/3.0/lists", v)

# Postmark server token: UUID after its header.
v = uuid4()
plant("postmark-token", f"POST https://api.postmarkapp.com/email X-Postmark-Server-Token: {v} -> 422 Invalid 'To' address", v)
v = uuid4()
plant("postmark-token", f"POSTMARK_SERVER_TOKEN={v}", v)

# Brevo (Sendinblue) API key: xkeysib- + 64 hex + - + 16 alnum.
v = f"xkeysib-{r(HEX, 64)}-{r(ALNUM, 16)}"
plant("brevo-key", f"api-key: {v}", v)
v = f"xkeysib-{r(HEX, 64)}-{r(ALNUM, 16)}"
plant("brevo-key", f"sib_api_v3_sdk.Configuration().api_key['api-key'] = '{v}'", v)

# Resend API key: re_ + 8 + _ + 24.
v = f"re_{r(ALNUM, 8)}_{r(ALNUM, 24)}"
plant("resend-key", f"RESEND_API_KEY={v}", v)
v = f"re_{r(ALNUM, 8)}_{r(ALNUM, 24)}"
plant("resend-key", f"new Resend('{v}').emails.send(...) failed: validation_error", v)

# Meta Graph API access token: EAA + long alnum.
v = "EAA" + r(ALNUM, 180)
plant("meta-access-token", f"GET https://graph.facebook.com/v19.0/me/accounts?access_token={v}&fields=id,name 190 OAuthException", v)
v = "EAA" + r(ALNUM, 170)
plant("meta-access-token", f"FB_PAGE_ACCESS_TOKEN={v}", v)

# Twitter/X app bearer token: AAAA... with percent-encoded characters inside.
v = "A" * 22 + r(ALNUM, 20) + "%2B" + r(ALNUM, 20) + "%3D" + r(ALNUM, 50)
plant("twitter-bearer-token", f"TWITTER_BEARER_TOKEN={v}", v)
v = "A" * 22 + r(ALNUM, 18) + "%2F" + r(ALNUM, 22) + "%3D" + r(ALNUM, 50)
plant("twitter-bearer-token", f"x-client: GET /2/tweets/search/recent headers {{\"authorization\": \"Bearer {v}\"}}", v)

# Cloudinary URL: cloudinary://<api key>:<api secret>@<cloud>.
v = r(B64URL, 27)
plant("cloudinary-url", f"CLOUDINARY_URL=cloudinary://{r(string.digits, 15)}:{v}@orders-media", v)
v = r(B64URL, 27)
plant("cloudinary-url", f"cloudinary.config(cloud_name='orders-media', api_key='{r(string.digits, 15)}', api_secret='{v}')", v)

# JFrog Artifactory API key (AKCp + 69) and identity token (base64 `reftkn:01:...`).
v = "AKCp" + r(ALNUM, 69)
plant("jfrog-api-key", f"curl -H 'X-JFrog-Art-Api: {v}' -T app.jar https://acme.jfrog.io/artifactory/libs-release-local/app.jar", v)
v = "AKCp" + r(ALNUM, 69)
plant("jfrog-api-key", f"ARTIFACTORY_API_KEY={v}", v)
v = b64(("reftkn:01:" + r(string.digits, 10) + ":" + r(ALNUM, 27)).encode()).rstrip("=")
plant("jfrog-identity-token", f"//acme.jfrog.io/artifactory/api/npm/npm-virtual/:_authToken={v}", v)
v = b64(("reftkn:01:" + r(string.digits, 10) + ":" + r(ALNUM, 27)).encode()).rstrip("=")
plant("jfrog-identity-token", f"jf config add acme --url=https://acme.jfrog.io --access-token={v} --interactive=false", v)

# NuGet API key: oy2 + 43 lowercase alnum.
v = "oy2" + r(LOALNUM, 43)
plant("nuget-api-key", f"dotnet nuget push bin/Release/Orders.Client.3.2.0.nupkg --api-key {v} --source https://api.nuget.org/v3/index.json", v)
v = "oy2" + r(LOALNUM, 43)
plant("nuget-api-key", f"NUGET_API_KEY={v}", v)

# RubyGems API key: rubygems_ + 48 hex.
v = "rubygems_" + r(HEX, 48)
plant("rubygems-api-key", f"---\n:rubygems_api_key: {v}", v)
v = "rubygems_" + r(HEX, 48)
plant("rubygems-api-key", f"GEM_HOST_API_KEY={v} gem push orders-client-1.4.0.gem", v)

# crates.io token: cio + 32 alnum.
v = "cio" + r(ALNUM, 32)
plant("cratesio-token", f"cargo publish --token {v} -p orders-client", v)
v = "cio" + r(ALNUM, 32)
plant("cratesio-token", f"CARGO_REGISTRY_TOKEN={v}", v)

# WireGuard private key: 32 bytes base64.
v = b64(rand_bytes(32))
plant("wireguard-private-key", f"[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = {v}\nListenPort = 51820", v)
v = b64(rand_bytes(32))
plant("wireguard-private-key", json.dumps({"peer": "bastion-eu", "interface": {"private_key": v, "address": "10.8.0.5/32"}}), v)

# Tailscale auth key: tskey-auth-<id>-<secret>.
v = f"tskey-auth-{r(ALNUM, 12)}CNTRL-{r(ALNUM, 33)}"
plant("tailscale-auth-key", f"tailscale up --authkey={v} --hostname=bastion-eu --ssh", v)
v = f"tskey-auth-{r(ALNUM, 12)}CNTRL-{r(ALNUM, 33)}"
plant("tailscale-auth-key", f"TS_AUTHKEY={v}", v)

# ngrok authtoken: 2 + 26 alnum + _ + 21 alnum, positional after add-authtoken.
v = "2" + r(ALNUM, 26) + "_" + r(ALNUM, 21)
plant("ngrok-authtoken", f"$ ngrok config add-authtoken {v}", v)
v = "2" + r(ALNUM, 26) + "_" + r(ALNUM, 21)
plant("ngrok-authtoken", f"NGROK_AUTHTOKEN={v}", v)

# Stripe webhook signing secret: whsec_ + 32.
v = "whsec_" + r(ALNUM, 32)
plant("stripe-webhook-secret", f"stripe listen --forward-to localhost:4242/webhook\n> Ready! Your webhook signing secret is {v} (^C to quit)", v)
v = "whsec_" + r(ALNUM, 32)
plant("stripe-webhook-secret", f"stripe.webhooks.constructEvent(body, sig, '{v}') threw StripeSignatureVerificationError", v)

# Discord bot token: base64(user id).6.27+, after `Bot`.
v = b64(r(string.digits, 18).encode()).rstrip("=") + "." + r(B64URL, 6) + "." + r(B64URL, 38)
plant("discord-bot-token", f"discord.http: GET /api/v10/users/@me Authorization: Bot {v} -> 401", v)
v = b64(r(string.digits, 18).encode()).rstrip("=") + "." + r(B64URL, 6) + "." + r(B64URL, 38)
plant("discord-bot-token", f"client.run('{v}')", v)

# LLM providers not in the earlier corpora.
v = "gsk_" + r(ALNUM, 52)
plant("groq-api-key", f"GROQ_API_KEY={v}", v)
v = "gsk_" + r(ALNUM, 52)
plant("groq-api-key", f"groq.AuthenticationError: Error code: 401 - Invalid API Key provided: {v}", v)
v = "pplx-" + r(ALNUM, 48)
plant("perplexity-api-key", f"PERPLEXITY_API_KEY={v}", v)
v = "pplx-" + r(ALNUM, 48)
plant("perplexity-api-key", f"requests.post('https://api.perplexity.ai/chat/completions', headers={{'Authorization': 'Bearer {v}'}})", v)
v = "r8_" + r(ALNUM, 37)
plant("replicate-token", f"REPLICATE_API_TOKEN={v}", v)
v = "r8_" + r(ALNUM, 37)
plant("replicate-token", f"replicate.Client(api_token=\"{v}\")", v)
v = f"lsv2_pt_{r(HEX, 32)}_{r(HEX, 10)}"
plant("langsmith-key", f"LANGCHAIN_API_KEY={v}", v)
v = f"lsv2_sk_{r(HEX, 32)}_{r(HEX, 10)}"
plant("langsmith-key", f"langsmith.Client(api_key='{v}', api_url='https://api.smith.langchain.com')", v)
v = f"pcsk_{r(ALNUM, 5)}_{r(ALNUM, 60)}"
plant("pinecone-api-key", f"PINECONE_API_KEY={v}", v)
v = f"pcsk_{r(ALNUM, 5)}_{r(ALNUM, 60)}"
plant("pinecone-api-key", f"Pinecone(api_key=\"{v}\").Index(\"products\")", v)

# Microsoft Entra client secret: 3 + 8Q~ + 34.
v = r(ALNUM, 3) + "8Q~" + r(ALNUM + "_.~-", 34)
plant("azure-entra-client-secret", f"az login --service-principal -u {uuid4()} -p {v} --tenant {uuid4()}", v)
v = r(ALNUM, 3) + "8Q~" + r(ALNUM + "_.~-", 34)
plant("azure-entra-client-secret", f"AZURE_CLIENT_SECRET={v}", v)

# Azure Functions key: ?code=<56>== in the URL, or x-functions-key header.
v = r(B64URL, 54) + "=="
plant("azure-function-key", f"POST https://orders-fn.azurewebsites.net/api/ProcessOrder?code={v} 500 Internal Server Error", v)
v = r(B64URL, 54) + "=="
plant("azure-function-key", f"x-functions-key: {v}", v)

# Azure OpenAI key: 32 hex in the api-key header.
v = r(HEX, 32)
plant("azure-openai-key", f"POST https://contoso-ai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01 api-key: {v} -> 429", v)
v = r(HEX, 32)
plant("azure-openai-key", f"AzureOpenAI(azure_endpoint='https://contoso-ai.openai.azure.com', api_key='{v}')", v)

# Azure App Configuration connection string: Secret=<44 base64>.
v = b64(rand_bytes(32))
plant("azure-appconfig-connection-string", f"AZURE_APPCONFIG_CONNECTION_STRING=Endpoint=https://orders-cfg.azconfig.io;Id=Ab1c-l0-s0:{r(ALNUM, 20)};Secret={v}", v)

# Mixpanel API secret (32 hex) as basic-auth user.
v = r(HEX, 32)
plant("mixpanel-api-secret", f"curl -u {v}: 'https://data.mixpanel.com/api/2.0/export?from_date=2026-11-01&to_date=2026-11-02'", v)
v = r(HEX, 32)
plant("mixpanel-api-secret", f"MIXPANEL_API_SECRET={v}", v)

# Confluent Cloud API secret: 64 characters of base64's alphabet.
v = r(ALNUM + "+/", 64)
plant("confluent-api-secret", f"confluent api-key store {r(UPALNUM, 16)} {v} --resource lkc-ab12cd", v)
v = r(ALNUM + "+/", 64)
plant("confluent-api-secret", f"CONFLUENT_CLOUD_API_SECRET={v}", v)

# MongoDB Atlas programmatic API private key: UUID.
v = uuid4()
plant("mongodb-atlas-private-key", f"atlas config set private_api_key {v}", v)
v = uuid4()
plant("mongodb-atlas-private-key", f"MONGODB_ATLAS_PRIVATE_KEY={v}", v)

# OpenVPN static key (tls-auth / tls-crypt): 16 lines of 32 hex in a block.
lines = [r(HEX, 32) for _ in range(16)]
block = "#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(lines) + "\n-----END OpenVPN Static key V1-----"
plant("openvpn-static-key", block, lines[5])
lines = [r(HEX, 32) for _ in range(16)]
block = "<tls-crypt>\\n-----BEGIN OpenVPN Static key V1-----\\n" + "\\n".join(lines) + "\\n-----END OpenVPN Static key V1-----\\n</tls-crypt>"
plant("openvpn-static-key", f"{{\"profile\": \"client-eu.ovpn\", \"inline\": \"{block}\"}}", lines[9])

# ---------------------------------------------------------------------------------------------
# New kinds: national identifiers (personal data)
# ---------------------------------------------------------------------------------------------


def cpf():
    d = [R.randrange(10) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        c = (s * 10) % 11
        d.append(0 if c == 10 else c)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


v = cpf()
plant("brazil-cpf", f"cadastro rejeitado: cliente cpf={v} nome=Maria Example", v)
v = cpf()
plant("brazil-cpf", json.dumps({"customer": {"cpf": v, "city": "Campinas"}}), v)


def dni():
    n = R.randrange(10**7, 10**8)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


v = dni()
plant("spain-dni", f"WARN kyc: verificación fallida DNI: {v} (documento caducado)", v)
v = dni()
plant("spain-dni", f"<nif>{v}</nif>", v)


def luhn_complete(digits):
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return digits + [(10 - total % 10) % 10]


def sin():
    d = luhn_complete([R.randint(1, 7)] + [R.randrange(10) for _ in range(7)])
    s = "".join(map(str, d))
    return f"{s[:3]} {s[3:6]} {s[6:]}"


v = sin()
plant("canada-sin", f"payroll: employee 4471 SIN {v} missing from T4 slip", v)
v = sin().replace(" ", "-")
plant("canada-sin", f"social_insurance_number={v}", v)

# Verhoeff tables for Aadhaar.
VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    d = [R.randint(2, 9)] + [R.randrange(10) for _ in range(10)]
    c = 0
    for i, x in enumerate(reversed(d)):
        c = VD[c][VP[(i + 1) % 8][x]]
    s = "".join(map(str, d + [VINV[c]]))
    return f"{s[:4]} {s[4:8]} {s[8:]}"


v = aadhaar()
plant("india-aadhaar", f"ekyc: aadhaar number {v} OTP verification failed", v)
v = aadhaar().replace(" ", "")
plant("india-aadhaar", json.dumps({"aadhaar_no": v, "state": "KA"}), v)


def pan():
    return r(string.ascii_uppercase, 3) + "P" + r(string.ascii_uppercase, 1) + r(string.digits, 4) + r(string.ascii_uppercase, 1)


v = pan()
plant("india-pan", f"TDS filing error: PAN {v} does not match name on record", v)
v = pan()
plant("india-pan", f"pan_number={v}&assessment_year=2026-27", v)

# ---------------------------------------------------------------------------------------------
# Covered kinds in new contexts
# ---------------------------------------------------------------------------------------------

# Escaped JSON inside JSON (once and twice escaped).
pw = alnum_pw()
inner = json.dumps({"username": "ops-admin", "password": pw})
plant("password/escaped-json", json.dumps({"level": "error", "msg": "login request rejected", "body": inner}), pw)
pw = alnum_pw()
inner = json.dumps({"db": {"host": "orders.cluster-abc.eu-west-1.rds.amazonaws.com", "password": pw}})
plant("password/escaped-json-twice", json.dumps({"Records": [{"body": json.dumps({"Message": inner})}]}), pw)
tok = "sk_live_" + r(ALNUM, 24)
plant("stripe-key/escaped-json", json.dumps({"level": 50, "msg": "config loaded", "config": json.dumps({"stripe": {"secretKey": tok}})}), tok)
tok = "ghp_" + r(ALNUM, 36)
plant("github-token/escaped-json", json.dumps({"errorMessage": "clone failed", "cause": json.dumps({"env": {"GH_TOKEN": tok}})}), tok)

# URL userinfo and query strings.
pw = alnum_pw()
plant("url-credentials/rediss-empty-user", f"ERROR redis.exceptions.ConnectionError: Error connecting to rediss://:{pw}@orders-cache.abc123.ng.0001.euw1.cache.amazonaws.com:6379/0", pw)
pw = alnum_pw()
plant("url-credentials/mongodb-srv", f"MongoServerSelectionError: connect ECONNREFUSED uri=mongodb+srv://orders-app:{pw}@cluster0.ab1cd.mongodb.net/orders?retryWrites=true&w=majority", pw)
pw = alnum_pw()
plant("url-credentials/amqps", f"pika.exceptions.AMQPConnectionError: amqps://worker:{pw}@b-1a2b3c4d.mq.eu-west-1.amazonaws.com:5671/%2F", pw)
pw = "Tr0ub4dor@" + r(ALNUM, 6)
enc = urllib.parse.quote(pw, safe="")
plant("url-credentials/percent-encoded-password", f"DATABASE_URL=postgresql://orders:{enc}@orders-db.internal:5432/orders?sslmode=require", enc)
pw = alnum_pw()
plant("password/jdbc-sqlserver", f"com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'app'. url=jdbc:sqlserver://sql01.internal:1433;databaseName=orders;user=app;password={pw};encrypt=true", pw)
pw = alnum_pw()
plant("password/odbc-pwd", f"pyodbc.connect('DRIVER={{ODBC Driver 18 for SQL Server}};SERVER=tcp:sql01.internal,1433;DATABASE=orders;UID=app;PWD={pw};Encrypt=yes')", pw)
pw = alnum_pw()
plant("password/odbc-pwd-braced", f"Driver={{PostgreSQL Unicode}};Server=pg.internal;Port=5432;Database=orders;Uid=report;Pwd={{{pw}}};", pw)
pw = alnum_pw()
plant("password/oracle-connect-string", f"+ sqlplus -s orders_app/{pw}@//orcl.internal:1521/ORDERSPDB @migrate.sql", pw)
tok = r(ALNUM, 40)
plant("url-query-secret/signature-param", f"GET /download?file=report.pdf&expires=1764763200&signature={tok} 403", tok)

# curl.
pw = alnum_pw()
plant("curl-credentials/user-long-flag", f"+ curl -fsS --user 'deploy:{pw}' https://nexus.example.internal/service/rest/v1/components?repository=raw", pw)
basic = b64(f"deploy:{alnum_pw()}".encode())
plant("authorization-header/curl-basic", f"curl -H 'Authorization: Basic {basic}' https://registry.example.internal/v2/_catalog", basic)
tok = "glpat-" + r(B64URL, 20)
plant("gitlab-token/curl-header", f"curl --header \"PRIVATE-TOKEN: {tok}\" \"https://gitlab.example.com/api/v4/projects/42/pipelines\"", tok)
key = r(ALNUM, 40)
plant("api-key/curl-header", f"curl -X POST -H \"x-api-key: {key}\" -d @payload.json https://abc123.execute-api.eu-west-1.amazonaws.com/prod/orders", key)

# Terraform plan / output.
pw = alnum_pw()
plant("password/terraform-plan", f"      + master_password                       = \"{pw}\"", pw)
pw = alnum_pw()
plant("password/terraform-plan-env-map", f"      ~ environment {{\n          ~ variables = {{\n              + \"DB_PASSWORD\" = \"{pw}\"\n                \"LOG_LEVEL\"   = \"info\"\n            }}\n        }}", pw)
pw = alnum_pw()
plant("password/terraform-output-json", json.dumps({"db_password": {"sensitive": True, "type": "string", "value": pw}}), pw)
pw = alnum_pw()
plant("password/terraform-var-env", f"TF_VAR_db_admin_password={pw} terraform apply -auto-approve", pw)

# Kubernetes Secret YAML.
raw = alnum_pw()
enc = b64(raw.encode())
plant("k8s-secret-data/yaml-multiline", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ntype: Opaque\ndata:\n  username: b3JkZXJz\n  password: {enc}", enc)
cfg = b64(json.dumps({"auths": {"ghcr.io": {"auth": b64(f"ci:{'ghp_' + r(ALNUM, 36)}".encode())}}}).encode())
plant("k8s-secret-data/dockerconfigjson", f"data:\n  .dockerconfigjson: {cfg}", cfg)
raw = r(ALNUM, 32)
plant("k8s-secret-data/stringdata", f"stringData:\n  API_TOKEN: {raw}\n  LOG_LEVEL: debug", raw)

# docker inspect env arrays.
pw = alnum_pw()
plant("url-credentials/docker-inspect-env", json.dumps({"Config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", f"DATABASE_URL=postgres://app:{pw}@db:5432/app", "NODE_ENV=production"]}}), pw)
tok = "sk_live_" + r(ALNUM, 24)
plant("stripe-key/docker-inspect-env", f"            \"Env\": [\n                \"STRIPE_API_KEY={tok}\",\n                \"PORT=8080\"\n            ],", tok)

# env dumps.
ak = r(B64, 40)
plant("aws-secret-key/env-dump", f"HOSTNAME=ip-10-0-3-7.eu-west-1.compute.internal\nAWS_REGION=eu-west-1\nAWS_SECRET_ACCESS_KEY={ak}\nPWD=/var/task\nSHLVL=1", ak)
pw = alnum_pw()
plant("password/env-dump-suffix-pass", f"PGHOST=orders-db.internal\nPGUSER=app\nORDERS_DB_PASS={pw}\nTZ=UTC", pw)

# Python / Java exceptions and reprs.
key = r(ALNUM, 32)
plant("api-key/python-repr", f"ValueError: could not connect with Config(endpoint='https://api.partner.example.com', api_key='{key}', timeout=30)", key)
pw = alnum_pw()
plant("password/python-dict-repr", f"botocore.exceptions.ParamValidationError: Parameter validation failed: Invalid type for parameter MasterUserPassword, value: {{'Password': '{pw}'}}", pw)
pw = alnum_pw()
plant("password/java-tostring", f"java.lang.IllegalStateException: Failed to bind properties: DataSourceProperties(url=jdbc:postgresql://db:5432/orders, username=app, password={pw})", pw)
tok = "xoxb-" + r(string.digits, 12) + "-" + r(string.digits, 13) + "-" + r(ALNUM, 24)
plant("slack-token/exception-message", f"slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage, token: {tok})", tok)
pw = alnum_pw()
plant("password/kotlin-data-class", f"Caused by: kotlin.IllegalArgumentException: bad credentials DbCredentials(user=app, secret={pw}, host=db.internal)", pw)

# HTTP request dumps.
sec = r(B64URL, 40)
plant("generic-secret/http-form-body", f"POST /oauth2/token HTTP/1.1\r\nHost: auth.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 131\r\n\r\ngrant_type=client_credentials&client_id=orders-svc&client_secret={sec}&scope=orders.write", sec)
sess = r(B64URL, 43)
plant("session-cookie/http-dump", f"> GET /account HTTP/2\n> Host: shop.example.com\n> User-Agent: curl/8.5.0\n> Cookie: theme=dark; __Host-session={sess}; lang=en\n>", sess)
key = r(ALNUM, 40)
plant("api-key/http-dump-header", f"DEBUG urllib3.connectionpool: send: b'GET /v1/quotes HTTP/1.1\\r\\nHost: api.partner.example.com\\r\\nX-API-Key: {key}\\r\\nAccept: */*\\r\\n\\r\\n'", key)

# Private keys with \n escaped inside a JSON string.
body = [b64(rand_bytes(48)) for _ in range(6)]
pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END PRIVATE KEY-----\\n"
plant("private-key/escaped-newlines-json", f"{{\"type\": \"service_account\", \"project_id\": \"orders-prod\", \"private_key_id\": \"{r(HEX, 40)}\", \"private_key\": \"{pem}\"}}", body[3])
body = [b64(rand_bytes(52)) for _ in range(5)]
ossh = "-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\n" + "\\n".join(body) + "\\n-----END OPENSSH PRIVATE KEY-----"
plant("private-key/openssh-escaped", f"DEPLOY_KEY=\"{ossh}\"", body[2])
body = [b64(rand_bytes(48)) for _ in range(3)]
ec = "-----BEGIN EC PRIVATE KEY-----\\n" + "\\n".join(body) + "\\n-----END EC PRIVATE KEY-----"
plant("private-key/ec-in-log-line", f"2026-11-21 10:04:11 WARN tls: loaded key material {ec} for listener :8443", body[1])


def jwt():
    h = base64.urlsafe_b64encode(json.dumps({"alg": "RS256", "kid": r(ALNUM, 8)}).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps({"sub": uuid4(), "iss": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34E", "exp": 1764763200}).encode()).decode().rstrip("=")
    return f"{h}.{p}.{r(B64URL, 86)}"


t = jwt()
plant("jwt/cookie", f"Set-Cookie: id_token={t}; Path=/; Secure; HttpOnly; SameSite=Lax", t)
t = jwt()
plant("jwt/cognito-response", json.dumps({"AuthenticationResult": {"AccessToken": t, "ExpiresIn": 3600, "TokenType": "Bearer"}}), t)
t = jwt()
plant("jwt/url-fragment", f"redirect https://app.example.com/callback#access_token={t}&token_type=Bearer&expires_in=3600", t)

# URL-encoded values.
pw = alnum_pw()
plant("password/url-encoded-form-in-url", f"GET /login?next=%2Fcheckout%3Fuser%3Dops%26password%3D{pw}%26remember%3D1 302", pw)
tok = r(ALNUM, 36)
plant("url-query-secret/double-encoded", f"redirect_uri=https%253A%252F%252Fapp.example.com%252Fcb%253Faccess_token%253D{tok}%2526state%253Dxyz", tok)

# Split across lines in a trace / pretty-printed dump.
pw = alnum_pw()
plant("password/pprint-wrapped", f"DEBUG settings loaded:\n{{'database': {{'host': 'orders-db.internal',\n              'password':\n                  '{pw}',\n              'port': 5432}}}}", pw)
pw = alnum_pw()
plant("password/yaml-value-next-line", f"Error: failed to render values.yaml:\n  db:\n    password:\n      {pw}\n  replicas: 3", pw)
tok = r(ALNUM, 40)
plant("generic-secret/stack-trace-continuation", f"Traceback (most recent call last):\n  File \"/var/task/handler.py\", line 52, in handler\n    resp = client.fetch(url, headers={{\"X-Auth-Token\":\n                                      \"{tok}\"}})\nrequests.exceptions.HTTPError: 401 Client Error", tok)

# Lambda event dumps.
key = r(ALNUM, 40)
tok = r(B64URL, 48)
ev = {"version": "2.0", "routeKey": "POST /orders", "rawPath": "/orders", "rawQueryString": f"api_key={key}", "headers": {"content-type": "application/json", "host": "abc123.execute-api.eu-west-1.amazonaws.com"}, "requestContext": {"requestId": "Ab1CdEfGhIjKlMn=", "http": {"method": "POST"}}, "isBase64Encoded": False}
plant("url-query-secret/lambda-raw-query-string", "INFO event: " + json.dumps(ev), key)
ev = {"resource": "/login", "httpMethod": "POST", "headers": {"Authorization": f"Bearer {tok}", "Host": "api.example.com"}, "body": json.dumps({"user": "ops"})}
plant("authorization-header/lambda-event-headers", json.dumps(ev), tok)
pw = alnum_pw()
ev = {"httpMethod": "POST", "path": "/signup", "body": json.dumps({"email_verified": True, "password": pw}), "isBase64Encoded": False}
plant("password/lambda-event-body", "[INFO]\t2026-11-21T10:04:11.201Z\t" + uuid4() + "\tReceived event: " + json.dumps(ev), pw)
pw = alnum_pw()
enc = b64(json.dumps({"username": "ops", "password": pw}).encode())
plant("password/lambda-event-base64-body", json.dumps({"httpMethod": "POST", "path": "/login", "body": enc, "isBase64Encoded": True}), enc)
sess = r(B64URL, 40)
plant("session-cookie/lambda-v2-cookies", json.dumps({"version": "2.0", "cookies": ["theme=dark", f"sessionid={sess}"], "rawPath": "/account"}), sess)

# ---------------------------------------------------------------------------------------------
# Clean lines: risky-looking, must come out unchanged
# ---------------------------------------------------------------------------------------------

CLEAN = [
    f"INFO llm call done model=claude-sonnet token_count=12 prompt_tokens=812 completion_tokens=140",
    f"audit event=password_reset_requested user_id=84412 channel=email",
    f"audit event=password_changed user_id=84412 ip=10.0.3.7",
    f"tokenizer=cl100k_base max_tokens=4096 temperature=0.2",
    f"commit 3f2a9c1e4b7d8a0f6c5e2d1b9a8c7f6e5d4c3b2a Merge pull request #482 from contoso/fix-timeouts",
    f"Successfully built image sha256:{r(HEX, 64)}",
    f"pulled 111122223333.dkr.ecr.eu-west-1.amazonaws.com/orders-api@sha256:{r(HEX, 64)}",
    f"x-amz-request-id: {r(UPALNUM, 16)} x-amz-id-2: {r(B64, 76)}",
    f"X-Amz-Cf-Id: {r(B64URL, 54)}==",
    f"X-Amzn-Trace-Id: Root=1-{r(HEX, 8)}-{r(HEX, 24)};Parent={r(HEX, 16)};Sampled=1",
    f"RequestId: {uuid4()} Duration: 412.33 ms Billed Duration: 413 ms Memory Size: 512 MB Max Memory Used: 188 MB",
    f"arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/orders/db-credentials-{r(ALNUM, 6)}",
    f"GetSecretValue SecretId=prod/orders/api-key VersionStage=AWSCURRENT VersionId={uuid4()}",
    f"arn:aws:kms:eu-west-1:111122223333:key/{uuid4()}",
    f"s3://orders-exports-111122223333/uploads/2026/11/21/{uuid4()}/invoice-{r(string.digits, 8)}.pdf",
    f"PutObject s3://app-assets/static/js/main.{r(HEX, 20)}.chunk.js ETag \"{r(HEX, 32)}\"",
    f"Content-MD5: {b64(rand_bytes(16))}",
    f"\"integrity\": \"sha512-{b64(rand_bytes(64))}\"",
    f"golang.org/x/net v0.28.0 h1:{b64(rand_bytes(32))}",
    f"CodeSha256: {b64(rand_bytes(32))} CodeSize: 4810233",
    f"Kinesis record sequenceNumber=49{r(string.digits, 54)} shardId=shardId-000000000003",
    f"continuation-token={b64(rand_bytes(48))} max-keys=1000",
    f"ListObjectsV2 NextContinuationToken: {b64(rand_bytes(60))}",
    f"event=login_succeeded method=passkey passwordless=true user_id=512",
    f"password_policy min_length=14 require_symbols=true max_age_days=90",
    f"PWD=/var/task",
    f"OLDPWD=/home/ec2-user",
    f"password = (sensitive value)",
    f"      + master_password = (sensitive value)",
    f"      ~ tags = {{ \"secret_rotation\" = \"enabled\" }}",
    f"DB_PASSWORD=${{DB_PASSWORD}}",
    f"password: \"{{{{ .Values.db.password }}}}\"",
    f"  password: \"\"",
    f"Settings(database_url='postgresql://orders-db.internal:5432/orders', database_password=SecretStr('**********'))",
    f"java.sql.SQLException: Access denied for user 'app'@'10.0.3.7' (using password: YES)",
    f"FATAL:  password authentication failed for user \"orders_app\"",
    f"Authorization: <redacted>",
    f"token_type=Bearer expires_in=3600 scope=orders.read",
    f"kid={r(ALNUM, 43)} alg=RS256 use=sig",
    f"{{\"kty\": \"RSA\", \"e\": \"AQAB\", \"use\": \"sig\", \"kid\": \"{r(ALNUM, 8)}\", \"alg\": \"RS256\", \"n\": \"{r(B64URL, 342)}\"}}",
    f"authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{r(B64, 43)} deploy@bastion",
    f"Host key fingerprint is SHA256:{r(B64, 43)}",
    f"{{\"certificate\": \"-----BEGIN CERTIFICATE-----\\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa\\n{r(B64, 64)}\\n-----END CERTIFICATE-----\\n\"}}",
    f"data=eyJvcmRlcl9pZCI6IDQ4MTIsICJzdGF0dXMiOiAic2hpcHBlZCJ9",
    f"payload={b64(json.dumps({'order_id': 4812, 'items': 3, 'warehouse': 'eu-west-1c', 'status': 'packed'}).encode())}",
    f"principalId=AROA{r(UPALNUM, 17)}:i-0{r(HEX, 16)}",
    f"userIdentity.arn=arn:aws:sts::111122223333:assumed-role/orders-deploy/GitHubActions-{r(string.digits, 10)}",
    f"client_id={r(LOALNUM, 26)} user_pool=eu-west-1_Ab12Cd34E",
    f"instance i-0{r(HEX, 16)} eni-0{r(HEX, 16)} sg-0{r(HEX, 16)} subnet-0{r(HEX, 16)}",
    f"task arn:aws:ecs:eu-west-1:111122223333:task/orders/{r(HEX, 32)} STOPPED",
    f"log stream 2026/11/21/[$LATEST]{r(HEX, 32)}",
    f"x-amz-checksum-sha256: {b64(rand_bytes(32))}",
    f"X-Amz-Content-Sha256: {r(HEX, 64)}",
    f"dynamodb LastEvaluatedKey={{\"pk\": {{\"S\": \"ORDER#{r(string.digits, 8)}\"}}, \"sk\": {{\"S\": \"ITEM#0003\"}}}}",
    f"ssm GetParameter Name=/orders/prod/feature-flags WithDecryption=false",
    f"key_name=prod-bastion-2026 key_pair_id=key-0{r(HEX, 16)}",
    f"secret_name=prod/orders/stripe rotation_enabled=true next_rotation=2026-12-21",
    f"cache key orders:v3:customer:{r(string.digits, 7)}:cart hit ratio=0.97",
    f"idempotency_key={uuid4()} order_id=4812 status=accepted",
    f"traceparent: 00-{r(HEX, 32)}-{r(HEX, 16)}-01",
    f"git checkout -b fix/token-refresh-race && git push origin fix/token-refresh-race",
    f"keyboard layout=de-CH passthrough=true bypass_cache=false",
    f"file uploaded: secret_santa_2026.xlsx size=18211",
    f"metric auth.tokens.issued=1841 auth.tokens.revoked=12 auth.password.failures=31",
    f"Rotating secret prod/orders/db: createSecret step finished in 812 ms",
    f"Sensitive: true, Name: DB_PASSWORD, ValueFrom: arn:aws:ssm:eu-west-1:111122223333:parameter/orders/db-password",
    f"valueFrom=arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/api-key-{r(ALNUM, 6)}:api_key::",
    f"AWS_ACCESS_KEY_ID is not set; using instance profile credentials",
    f"order {not_luhn(16)} shipped to warehouse 7 tracking 1Z{r(UPALNUM, 16)}",
    f"Kafka offset {not_luhn(16)} committed for partition 11 of orders.v1",
    f"etag W/\"{r(HEX, 40)}\" last-modified Sat, 21 Nov 2026 10:04:11 GMT",
    f"integrity check ok: sha1={r(HEX, 40)} md5={r(HEX, 32)}",
    f"uuid={uuid4()} correlation_id={uuid4()}",
    f"cloudfront signed url expires=1764763200 key-pair-id=K{r(UPALNUM, 13)}",
    f"The password reset link was sent to the user's registered address.",
    f"passport_verified=true kyc_level=2 country=DE",
    f"build #{r(string.digits, 4)} artifacts: orders-api-3.2.0-{r(HEX, 7)}.zip",
    f"api_key_last4=7Q2z api_key_created=2026-10-01 api_key_name=ci-readonly",
    f"Authorization header missing; responding 401 to GET /v1/orders",
    f"stripe event evt_{r(ALNUM, 24)} type=payment_intent.succeeded livemode=true",
    f"Using GitHub App installation 48120331 for repo contoso/orders (token cached 3600s)",
]
for line in CLEAN:
    clean(line)

# Mix planted and clean lines, reproducibly.
R.shuffle(LINES)
BATCH1 = LINES
LINES = []

# ---------------------------------------------------------------------------------------------
# Second batch: written after the first run of the lines above, from the contexts the brief lists
# and others seen in AWS workloads, labelled before being run. Appended after the first batch, so
# the first batch's lines and order are unchanged.
# ---------------------------------------------------------------------------------------------
R = random.Random(20261204)

pw = alnum_pw()
plant("password/ecs-task-definition-name-value", json.dumps({"containerDefinitions": [{"name": "orders-api", "environment": [{"name": "LOG_LEVEL", "value": "info"}, {"name": "DB_PASSWORD", "value": pw}]}]}), pw)
pw = alnum_pw()
plant("password/k8s-env-name-value", f"        env:\n        - name: DB_HOST\n          value: orders-db.internal\n        - name: DB_PASSWORD\n          value: {pw}", pw)
pw = alnum_pw()
plant("password/cloudformation-parameter", f"aws cloudformation create-stack --stack-name orders-db --parameters ParameterKey=DBInstanceClass,ParameterValue=db.t4g.medium ParameterKey=MasterUserPassword,ParameterValue={pw}", pw)
pw = alnum_pw()
plant("password/cloudformation-parameter-json", json.dumps({"Parameters": [{"ParameterKey": "Environment", "ParameterValue": "prod"}, {"ParameterKey": "DbAdminPassword", "ParameterValue": pw}]}), pw)
pw = alnum_pw()
plant("password/sam-parameter-overrides", f"sam deploy --stack-name orders --parameter-overrides Stage=prod DbPassword={pw} --no-confirm-changeset", pw)
pw = alnum_pw()
plant("password/ssm-securestring-value", json.dumps({"Parameter": {"Name": "/orders/prod/db-password", "Type": "SecureString", "Value": pw, "Version": 3}}), pw)
pw = alnum_pw()
plant("password/ssm-put-parameter-cli", f"+ aws ssm put-parameter --name /orders/prod/db-password --type SecureString --value '{pw}' --overwrite", pw)
pw = alnum_pw()
plant("password/secretsmanager-secret-string-cli", f"aws secretsmanager put-secret-value --secret-id prod/orders/db --secret-string '{{\"username\":\"app\",\"password\":\"{pw}\"}}'", pw)
ak = r(B64, 40)
plant("aws-secret-key/aws-configure-set", f"+ aws configure set aws_secret_access_key {ak} --profile deploy", ak)
pw = alnum_pw()
plant("password/helm-set", f"helm upgrade --install orders ./chart --set image.tag=3.2.0 --set postgresql.auth.password={pw}", pw)
pw = alnum_pw()
plant("password/kubectl-from-literal", f"kubectl create secret generic orders-db --from-literal=username=app --from-literal=password={pw}", pw)
pw = alnum_pw()
plant("password/docker-run-env", f"docker run -d --name pg -e POSTGRES_USER=app -e POSTGRES_PASSWORD={pw} -p 5432:5432 postgres:16", pw)
tok = r(ALNUM, 32)
plant("generic-secret/github-actions-add-mask", f"::add-mask::{tok}", tok)
pw = alnum_pw()
plant("password/go-struct-verbose", f"level=error msg=\"db connect failed\" cfg=\"{{Host:orders-db.internal Port:5432 User:app Password:{pw} SSLMode:require}}\"", pw)
tok = r(ALNUM, 40)
plant("api-key/rust-debug", f"ERROR orders_api::client: request failed config=Config {{ base_url: \"https://api.partner.example.com\", api_token: \"{tok}\", retries: 3 }}", tok)
key = r(ALNUM, 32)
plant("api-key/ruby-inspect", f"#<PartnerClient::Config:0x000055d5c1a2b3c8 @endpoint=\"https://api.partner.example.com\", @api_key=\"{key}\", @timeout=30>", key)
pw = alnum_pw()
plant("password/php-var-dump", f"array(2) {{\n  [\"user\"]=>\n  string(3) \"app\"\n  [\"password\"]=>\n  string({len(pw)}) \"{pw}\"\n}}", pw)
pw = alnum_pw()
plant("password/redis-monitor-auth", f"1763719442.118204 [0 10.0.3.7:51234] \"AUTH\" \"default\" \"{pw}\"", pw)
pw = alnum_pw()
plant("password/mongo-create-user", f"db.createUser({{ user: \"orders\", pwd: \"{pw}\", roles: [ {{ role: \"readWrite\", db: \"orders\" }} ] }})", pw)
pw = alnum_pw()
plant("password/postgres-statement-log", f"2026-11-21 10:04:11.201 UTC [4471] LOG:  statement: ALTER ROLE orders_app WITH LOGIN PASSWORD '{pw}';", pw)
pw = alnum_pw()
plant("password/mysql-identified-by", f"2026-11-21T10:04:11.201Z 12 Query CREATE USER 'report'@'%' IDENTIFIED BY '{pw}'", pw)
pw = alnum_pw()
plant("url-credentials/access-log-absolute-uri", f"10.0.3.7 - - [21/Nov/2026:10:04:11 +0000] \"GET https://svc:{pw}@internal.example.com/health HTTP/1.1\" 200 2 \"-\" \"curl/8.5.0\"", pw)
pw = alnum_pw()
plant("password/wsse-password", f"<wsse:UsernameToken><wsse:Username>partner</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">{pw}</wsse:Password></wsse:UsernameToken>", pw)
pw = alnum_pw()
plant("password/toml", f"[database]\nhost = \"orders-db.internal\"\npassword = \"{pw}\"", pw)
tok = "npm_" + r(ALNUM, 36)
plant("npm-token/npmrc-authtoken", f"//registry.npmjs.org/:_authToken={tok}", tok)
pw = alnum_pw()
plant("url-credentials/pip-index-url", f"pip install --index-url https://ci:{pw}@pypi.example.internal/simple/ orders-client==3.2.0", pw)
tok = f"{R.randint(10**8, 10**9)}:AA{r(B64URL, 33)}"
plant("telegram-bot-token/api-url-path", f"POST https://api.telegram.org/bot{tok}/sendMessage 429 Too Many Requests", tok)
pw = "correct horse " + r(string.ascii_lowercase, 7) + " staple"
plant("password/quoted-passphrase-with-spaces", f"vault write auth/userpass/users/ops password=\"{pw}\" policies=ops", pw)
pw = "Gr\u00fc\u00dfe" + r(string.digits, 4) + "\u00e9t\u00e9"
plant("password/non-ascii-value", f"password={pw} login=ops", pw)
pw = alnum_pw() + "@" + r(ALNUM, 4)
plant("url-credentials/unencoded-at-in-password", f"sqlalchemy.exc.OperationalError: could not connect to postgresql://orders:{pw}@orders-db.internal:5432/orders", pw)
pw = alnum_pw()
plant("password-non-english/portuguese-senha", f"ERRO autenticação falhou usuario=ops senha: {pw}", pw)
pw = alnum_pw()
plant("password-non-english/chinese-mima", f"数据库连接失败 用户名=app 密码={pw}", pw)
pw = alnum_pw()
plant("password/capitalised-key-json", json.dumps({"UserName": "ops", "PassWord": pw}), pw)
sec = r(LOALNUM, 52)
plant("generic-secret/cognito-client-secret", json.dumps({"UserPoolClient": {"ClientId": r(LOALNUM, 26), "ClientName": "orders-web", "ClientSecret": sec}}), sec)
tok = r(B64URL, 43)
plant("session-cookie/rails-remember-token", f"Cookie: _orders_session=; remember_user_token={tok}", tok)
key = "AIza" + r(B64URL, 35)
plant("google-api-key/maps-url", f"GET https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key={key} 200", key)
pw = alnum_pw()
plant("password/ini-spaces", f"[client]\nuser = backup\npassword = {pw}\nhost = orders-db.internal", pw)
pw = alnum_pw()
plant("password/graphql-variables", json.dumps({"operationName": "Login", "query": "mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }", "variables": {"u": "ops", "p": pw}}), pw)

CLEAN2 = [
    "sqlalchemy: connecting to postgresql://orders:***@orders-db.internal:5432/orders",
    "password=******** (masked by config loader)",
    json.dumps({"containerDefinitions": [{"name": "orders-api", "environment": [{"name": "LOG_LEVEL", "value": "debug"}, {"name": "DB_HOST", "value": "orders-db.internal"}]}]}),
    json.dumps({"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:orders/db-" + r(ALNUM, 6) + ":password::"}),
    "ParameterKey=InstanceType,ParameterValue=t3.large ParameterKey=Environment,ParameterValue=prod",
    "        - name: DB_HOST\n          value: orders-db.internal",
    "level=info msg=\"db connected\" cfg=\"{Host:orders-db.internal Port:5432 User:app SSLMode:require}\"",
    json.dumps({"User": {"UserName": "ops", "PasswordLastUsed": "2026-11-20T10:00:00Z", "CreateDate": "2024-01-05T08:00:00Z"}}),
    json.dumps({"LoginProfile": {"UserName": "ops", "PasswordResetRequired": False}}),
    "PasswordPolicy: MinimumPasswordLength=14 RequireSymbols=true MaxPasswordAge=90 PasswordReusePrevention=24",
    json.dumps({"Name": "prod/orders/db", "KmsKeyId": "alias/aws/secretsmanager", "RotationEnabled": True, "RotationLambdaARN": "arn:aws:lambda:eu-west-1:111122223333:function:SecretsManagerRotation", "SecretBinary": None}),
    "token_endpoint=https://auth.example.com/oauth2/token jwks_uri=https://auth.example.com/.well-known/jwks.json",
    "x-api-key header missing: 403 Forbidden for GET /v1/orders",
    f"secret_version_id={uuid4()} stage=AWSPREVIOUS",
    "Passwort vergessen? Link zum Zurücksetzen wurde gesendet.",
    "2026-11-21 10:04:11.201 UTC [4471] LOG:  statement: ALTER ROLE orders_app WITH LOGIN CONNECTION LIMIT 20;",
    "1763719442.118204 [0 10.0.3.7:51234] \"GET\" \"orders:cart:4812\"",
    "Set-Cookie: theme=dark; Path=/; SameSite=Lax",
    f"::debug::cache key npm-linux-x64-{r(HEX, 64)}",
    "helm upgrade --install orders ./chart --set image.tag=3.2.0 --set replicaCount=3",
    "kubectl create secret generic orders-db --from-file=password=./secrets/db-password.txt",
    json.dumps({"UserPoolClient": {"ClientId": r(LOALNUM, 26), "ClientName": "orders-web", "GenerateSecret": True, "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH"]}}),
]
for line in CLEAN2:
    clean(line)
R.shuffle(LINES)
BATCH2 = LINES
LINES = BATCH1 + BATCH2

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "secrets.jsonl")
with open(out, "w") as f:
    for line in LINES:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
print(f"batch 1: {len(BATCH1)} lines, batch 2: {len(BATCH2)} lines")

kinds = {l["kind"] for l in LINES if l["kind"]}
new = {k for k in kinds if "/" not in k}
print(f"{len(LINES)} lines, {sum(1 for l in LINES if l['kind'])} planted, {sum(1 for l in LINES if not l['kind'])} clean, "
      f"{len(new)} new kinds, {len(kinds) - len(new)} kind/contexts")
