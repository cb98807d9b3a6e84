# Lines of the heldout20 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in
# every part. Contexts follow this round's stacks: Django/Celery, Flask/gunicorn, Fastify/pino and winston,
# Quarkus/Micronaut, ASP.NET Core, Go zerolog, Laravel/Bref, ADOT/Fluent Bit/Datadog/Envoy sidecars, AWS SDK debug logs.
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
ISO = lambda: "2028-04-%02dT%s.%03dZ" % (DAY(), HMS(), R.randint(0, 999))
SP = lambda: "2028-04-%02d %s,%03d" % (DAY(), HMS(), R.randint(0, 999))
EPMS = lambda: 1838160000000 + R.randint(0, 777600000)


# ---------------------------------------------------------------- generic contexts: (ENV, key, desc) -> template with {S}
def c_django_diff(E, k, d):
    return "%s = '{S}'  ###  (python manage.py diffsettings, task %s)" % (E, H(8))


def c_flask_config(E, k, d):
    return "[%s] DEBUG in app: config: <Config {'ENV': 'production', 'DEBUG': False, '%s': '{S}', 'SQLALCHEMY_POOL_SIZE': 5}>" % (SP(), E)


def c_celery_conf(E, k, d):
    return "-> celery@ip-10-0-%d-%d.ec2.internal: OK\n    {\n        \"broker_connection_retry_on_startup\": true,\n        \"%s\": \"{S}\",\n        \"worker_prefetch_multiplier\": 1\n    }" % (R.randint(1, 40), R.randint(2, 250), k)


def c_pino(E, k, d):
    return '{"level":20,"time":%d,"pid":1,"hostname":"shopfront-api-%s","config":{"%s":"{S}","port":3000},"msg":"loaded config"}' % (EPMS(), L(5), k)


def c_winston(E, k, d):
    return '{"level":"debug","message":"integration settings","service":"notifier","%s":"{S}","timestamp":"%s"}' % (k, ISO())


def c_quarkus(E, k, d):
    return "%s DEBUG [io.qua.run.con.ConfigRecorder] (main) Config value for 'fleetops.%s' = '{S}' (EnvConfigSource)" % (SP(), k.replace("_", "-"))


def c_micronaut(E, k, d):
    return "%s DEBUG [main] i.m.context.env.DefaultEnvironment - Resolved property '%s' = '{S}'" % (SP().replace(",", "."), "integrations." + k.replace("_", "-"))


def c_aspnet_view(E, k, d):
    return "dbug: Clinicly.Api.Startup[0]\n      Configuration:\n      Logging:LogLevel:Default=Information (JsonConfigurationProvider for 'appsettings.json' (Optional))\n      Integrations:%s={S} (EnvironmentVariablesConfigurationProvider Prefix: '')" % "".join(w[:1].upper() + w[1:] for w in d.split())


def c_zerolog(E, k, d):
    return '{"level":"debug","service":"dispatch","%s":"{S}","time":"%s","message":"config loaded"}' % (k, ISO()[:19] + "Z")


def c_monolog(E, k, d):
    return "[2028-04-%02d %s] production.DEBUG: Integration configured {\"provider\":\"%s\",\"%s\":\"{S}\"}" % (DAY(), HMS(), d, k)


def c_ecs_env(E, k, d):
    return '{"name":"%s","value":"{S}"}' % E if R.random() < 0.5 else "Environment: [AWS_REGION=us-east-1 %s={S} PORT=8080] (docker inspect, task %s)" % (E, H(8))


def c_k8s_env(E, k, d):
    return "    Environment:\n      NODE_ENV:  production\n      %s:  {S}\n      PORT:  3000" % E


GENERIC = [c_django_diff, c_flask_config, c_celery_conf, c_pino, c_winston, c_quarkus, c_micronaut, c_aspnet_view, c_zerolog, c_monolog, c_ecs_env, c_k8s_env]
_gi = [0]


def gen_ctx():
    c = GENERIC[_gi[0] % len(GENERIC)]
    _gi[0] += 1
    return c


def one(f):
    return lambda: (lambda v: (v, [v]))(f())


def plant(kind, E, k, d, gen, specific, ngen):
    for t in specific:
        s, parts = gen()
        P(kind, t(), s, parts)
    for _ in range(ngen):
        s, parts = gen()
        P(kind, gen_ctx()(E, k, d), s, parts)


# ---------------------------------------------------------------- kinds
def g_slack_hook():
    t = "T" + MARK(U(10), "EXAMPLE")
    b = "B" + MARK(U(10), "EXAMPLE")
    tok = MARK(A(24), "EXAMPLE")
    return "https://hooks.slack.com/services/%s/%s/%s" % (t, b, tok), [t, b, tok]


def g_slack_bot():
    a, b, c = MARK(D(12), "EXAMPLE"), MARK(D(13), "EXAMPLE"), MARK(A(24), "EXAMPLE")
    return "xoxb-%s-%s-%s" % (a, b, c), [a, b, c]


def g_sendgrid():
    a, b = AI(22), AI(43)
    return "SG.%s.%s" % (a, b), [a, b]


def g_jwt():
    v = JWT()
    return v, v.split(".")


def g_sentry():
    k = HI(32)
    return k, [k]


def g_pem():
    v = PEM(R.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]))
    return v, [v]


def g_urlpw():
    v = PW().replace("@", "9").replace("#", "8").replace("%", "7").replace("$", "6")
    return v, [v]


KINDS = [
    # kind, ENV name, key, description, generator, specific contexts
    ("aws-secret-key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "AWS secret key", one(lambda: MARK(rs(AN + "/+", 40))), [
        lambda: "%s - botocore.credentials - DEBUG - Using static credentials: access_key=AKXC%s secret_key={S}" % (SP(), U(16)),
        lambda: "[default]\naws_access_key_id = AKXC%s\naws_secret_access_key = {S}\n(cat ~/.aws/credentials in batch container %s)" % (U(16), H(8)),
    ]),
    ("aws-session-token", "AWS_SESSION_TOKEN", "aws_session_token", "AWS session token", one(lambda: "IQoJb3JpZ2luX2VjE" + BI(R.choice([180, 220, 260]))), [
        lambda: "%s - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://monitoring.us-east-1.amazonaws.com/, headers={'X-Amz-Date': b'20280404T101010Z', 'X-Amz-Security-Token': b'{S}', 'Content-Type': b'application/x-www-form-urlencoded; charset=utf-8'}>" % SP(),
        lambda: "SDK 2028/04/0%d %s DEBUG Request\nPOST / HTTP/1.1\nHost: secretsmanager.us-east-1.amazonaws.com\nX-Amz-Security-Token: {S}\nX-Amz-Target: secretsmanager.GetSecretValue" % (DAY(), HMS()),
    ]),
    ("password", "DB_PASSWORD", "password", "database password", one(PW), [
        lambda: "%s ERROR [io.agr.pool] (agroal-11) Datasource '<default>': FATAL: password authentication failed for user \"fleetops\" (jdbc:postgresql://fleetops-db:5432/fleetops?user=fleetops&password={S})" % SP(),
        lambda: "dbug: Microsoft.EntityFrameworkCore.Infrastructure[10403]\n      Connection string: Host=clinicly-db.cluster-c1x2.us-east-1.rds.amazonaws.com;Database=clinicly;Username=clinicly_app;Password={S};SSL Mode=Require",
        lambda: "[%s] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'tixly'@'10.0.%d.%d' (using password: YES) {\"config\":{\"host\":\"tixly-db.proxy\",\"username\":\"tixly\",\"password\":\"{S}\"}}" % (SP()[:19], R.randint(1, 40), R.randint(2, 250)),
        lambda: "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'staybook-prod.cluster-c1x2.us-east-1.rds.amazonaws.com', 'NAME': 'staybook', 'USER': 'staybook', 'PASSWORD': '{S}'}}  ###",
    ]),
    ("url-credentials", "DATABASE_URL", "database_url", "database url", g_urlpw, [
        lambda: "[%s: INFO/MainProcess] Connected to amqps://staybook:{S}@b-%s.mq.us-east-1.amazonaws.com:5671//" % (SP(), UUID()),
        lambda: "%s INFO  sqlalchemy.engine.Engine: engine created for mysql+pymysql://invoicely:{S}@invoicely-prod.cluster-c1x2.us-east-1.rds.amazonaws.com:3306/invoicely" % SP(),
        lambda: '{"level":30,"time":%d,"pid":1,"msg":"prisma datasource","url":"postgresql://shopfront:{S}@shopfront-db.cluster-c1x2.us-east-1.rds.amazonaws.com:5432/shopfront?connection_limit=5"}' % EPMS(),
        lambda: '{"level":"info","service":"dispatch","dsn":"postgres://parcelhub:{S}@parcelhub-proxy.proxy-c9x2.us-east-1.rds.amazonaws.com:5432/parcelhub?sslmode=require","time":"%sZ","message":"connecting"}' % ISO()[:19],
        lambda: "CELERY_BROKER_URL=rediss://default:{S}@staybook-queue.x7q2.ng.0001.use1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required",
    ]),
    ("jwt", "SERVICE_TOKEN", "token", "service token", g_jwt, [
        lambda: '{"level":30,"time":%d,"pid":1,"reqId":"req-%s","req":{"method":"GET","url":"/v1/cart","headers":{"authorization":"Bearer {S}"}},"msg":"incoming request"}' % (EPMS(), L(2)),
        lambda: '[%s] "GET /v1/deliveries?access_token={S} HTTP/1.1" 200 - 0 2411 18 17 "%s" "okhttp/4.12.0" "%s" "dispatch.local:8080" "%s:8080"' % (ISO(), IP(), UUID(), IP()),
        lambda: "info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]\n      Failed to validate the token {S}.",
    ]),
    ("bearer-token", "PARTNER_TOKEN", "partner_token", "partner API token", one(lambda: AI(40)), [
        lambda: "send: b'GET /v2/availability?hotel=%d HTTP/1.1\\r\\nHost: api.partner-rates.example.net\\r\\nAuthorization: Bearer {S}\\r\\nUser-Agent: python-requests/2.32.3\\r\\n\\r\\n'" % R.randint(10, 900),
        lambda: '{"level":"debug","message":"axios request","method":"post","url":"https://api.carrier.example.org/v1/labels","headers":{"Authorization":"Bearer {S}","Content-Type":"application/json"},"timestamp":"%s"}' % ISO(),
        lambda: "trce: System.Net.Http.HttpClient.SmsProvider.ClientHandler[102]\n      Request Headers:\n      Authorization: Bearer {S}",
    ]),
    ("api-key", "GEOCODER_API_KEY", "api_key", "geocoder API key", one(lambda: LI(32)), [
        lambda: '{"level":"error","service":"dispatch","error":"Get \\"https://geo.parcelhub.internal/v2/geocode?q=Rua+Augusta&key={S}\\": context deadline exceeded","time":"%sZ","message":"geocode address"}' % ISO()[:19],
        lambda: "%s INFO  [org.jbo.res.rea.cli.log.DefaultClientLogger] (executor-thread-%d) Request: GET https://api.dhl.example.com/track/shipments?trackingNumber=%s Headers[DHL-API-Key={S} Accept=application/json]" % (SP(), R.randint(1, 9), D(10)),
    ]),
    ("slack-webhook", "SLACK_WEBHOOK_URL", "slack_webhook_url", "Slack webhook", g_slack_hook, [
        lambda: "[%s: ERROR/ForkPoolWorker-%d] Task staybook.ops.tasks.notify_oncall[%s] raised unexpected: ConnectionError(\"HTTPSConnectionPool(host='hooks.slack.com', port=443): Max retries exceeded with url: {S}\")" % (SP(), R.randint(1, 8), UUID()),
        lambda: "[OUTPUT]\n    Name  slack\n    Match alerts.*\n    webhook {S}",
    ]),
    ("slack-bot-token", "SLACK_BOT_TOKEN", "slack_bot_token", "Slack bot token", g_slack_bot, [
        lambda: '{"level":"debug","message":"slack client init","token":"{S}","channel":"C%s","timestamp":"%s"}' % (U(9), ISO()),
    ]),
    ("stripe-key", "STRIPE_SECRET", "stripe_secret", "Stripe secret key", one(lambda: "sk_live_" + AI(24)), [
        lambda: "[%s] production.DEBUG: Cashier configured {\"key\":\"pk_live_%s\",\"secret\":\"{S}\"}" % (SP()[:19], A(24)),
        lambda: "%s DEBUG stripe: Request to Stripe api method=post path=/v1/payment_intents api_key={S}" % SP(),
    ]),
    ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "stripe_webhook_secret", "Stripe webhook secret", one(lambda: "whsec_" + AI(32)), [
        lambda: "[%s: WARNING/ForkPoolWorker-%d] stripe signature check failed with endpoint secret {S} for event evt_%s" % (SP(), R.randint(1, 8), A(14)),
    ]),
    ("sentry-dsn-key", "SENTRY_DSN", "sentry_dsn", "Sentry DSN", g_sentry, [
        lambda: "[sentry] DEBUG: Setting up integrations (with default = True)\n [sentry] DEBUG: dsn=https://{S}@o%s.ingest.us.sentry.io/%s" % (D(6), D(7)),
        lambda: "SENTRY_LARAVEL_DSN=https://{S}@o%s.ingest.sentry.io/%s" % (D(6), D(7)),
        lambda: "%s DEBUG [io.sen.qua.SentryConfig] (main) dsn = https://{S}@o%s.ingest.sentry.io/%s" % (SP(), D(6), D(7)),
    ]),
    ("datadog-api-key", "DD_API_KEY", "api_key", "Datadog API key", one(lambda: HI(32)), [
        lambda: "[OUTPUT]\n    Name        datadog\n    Match       *\n    Host        http-intake.logs.datadoghq.com\n    TLS         on\n    apikey      {S}\n    dd_service  checkout",
        lambda: "api_key: {S}\nsite: datadoghq.com\nlogs_enabled: true\n(datadog-agent config, task %s)" % H(8),
        lambda: "exporters:\n  datadog:\n    api:\n      site: datadoghq.com\n      key: {S}",
    ]),
    ("datadog-app-key", "DD_APP_KEY", "app_key", "Datadog application key", one(lambda: HI(40)), [
        lambda: "%s | CORE | DEBUG | (comp/core/config/setup.go:%d in LoadDatadog) | app_key={S}" % (ISO()[:19].replace("T", " ") + " UTC", R.randint(100, 900)),
    ]),
    ("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", "license_key", "New Relic license key", one(lambda: HI(36) + "NRAL"), [
        lambda: "exporters:\n  otlphttp/newrelic:\n    endpoint: https://otlp.nr-data.net\n    headers:\n      api-key: {S}",
    ]),
    ("honeycomb-api-key", "HONEYCOMB_API_KEY", "x-honeycomb-team", "Honeycomb key", one(lambda: AI(22)), [
        lambda: "exporters:\n  otlp/honeycomb:\n    endpoint: api.honeycomb.io:443\n    headers:\n      x-honeycomb-team: {S}",
        lambda: "%s\tdebug\totlpexporter@v0.102.1/otlp.go:%d\tsending with headers\t{\"kind\": \"exporter\", \"name\": \"otlp/honeycomb\", \"headers\": \"map[x-honeycomb-team:{S}]\"}" % (ISO(), R.randint(90, 140)),
    ]),
    ("grafana-cloud-token", "GRAFANA_CLOUD_TOKEN", "grafana_token", "Grafana Cloud token", one(lambda: "glc_" + BI(60).rstrip("=")), [
        lambda: "extensions:\n  basicauth/grafana:\n    client_auth:\n      username: \"%s\"\n      password: \"{S}\"" % D(6),
    ]),
    ("github-token", "GITHUB_TOKEN", "github_token", "GitHub token", one(lambda: "ghp_" + AI(36)), [
        lambda: "Step 7/14 : RUN pip install git+https://x-access-token:{S}@github.com/staybook/pricing-lib.git@v2.4.1",
    ]),
    ("gitlab-token", "GITLAB_TOKEN", "gitlab_token", "GitLab token", one(lambda: "glpat-" + AI(20)), [
        lambda: "  Cloning into '/var/task/vendor/tixly/seatmap'...\n  Failed to clone https://oauth2:{S}@gitlab.com/tixly/seatmap.git via https",
    ]),
    ("npm-token", "NPM_TOKEN", "npm_token", "npm token", one(lambda: "npm_" + AI(36)), [
        lambda: "#8 [build 3/7] RUN echo \"//registry.npmjs.org/:_authToken={S}\" > .npmrc && npm ci",
    ]),
    ("openai-key", "OPENAI_API_KEY", "openai_api_key", "OpenAI key", one(lambda: "sk-proj-" + AI(48) + "T3BlbkFJ" + A(20)), [
        lambda: '{"level":50,"time":%d,"pid":1,"msg":"summary failed","err":{"type":"AuthenticationError","message":"401 Incorrect API key provided: {S}."}}' % EPMS(),
    ]),
    ("anthropic-key", "ANTHROPIC_API_KEY", "anthropic_api_key", "Anthropic key", one(lambda: "sk-ant-api03-" + MARK(B64U(70)[:86]) + "AA"), [
        lambda: "%s DEBUG httpx: request headers {'x-api-key': '{S}', 'anthropic-version': '2023-06-01'}" % SP(),
    ]),
    ("google-api-key", "GOOGLE_MAPS_KEY", "google_maps_key", "Google Maps key", one(lambda: "AIza" + MARK(rs(AN + "-_", 35))), [
        lambda: "[GIN] 2028/04/0%d - %s | 200 |   41.2ms | %s | GET \"/v1/map/static?center=38.71,-9.14&key={S}\"" % (DAY(), HMS(), IP()),
    ]),
    ("sendgrid-key", "SENDGRID_API_KEY", "sendgrid_api_key", "SendGrid key", g_sendgrid, [
        lambda: "MAIL_MAILER=sendgrid\nSENDGRID_API_KEY={S}\nMAIL_FROM_ADDRESS=tickets@mail.tixly.example",
    ]),
    ("twilio-auth-token", "TWILIO_AUTH_TOKEN", "twilio_auth_token", "Twilio token", one(lambda: HI(32)), [
        lambda: "trce: System.Net.Http.HttpClient.Twilio.ClientHandler[102]\n      Request Headers:\n      X-Twilio-AccountSid: AC%s\n      X-Debug-AuthToken: {S}" % H(32),
    ]),
    ("mailgun-api-key", "MAILGUN_SECRET", "mailgun_secret", "Mailgun key", one(lambda: "key-" + HI(32)), [
        lambda: "[%s] production.DEBUG: services.mailgun {\"domain\":\"mg.tixly.example\",\"secret\":\"{S}\",\"endpoint\":\"api.eu.mailgun.net\"}" % SP()[:19],
    ]),
    ("postmark-server-token", "POSTMARK_TOKEN", "postmark_token", "Postmark server token", one(UUIDI), [
        lambda: "[%s] production.ERROR: Postmark rejected request {\"status\":401,\"headers\":{\"X-Postmark-Server-Token\":\"{S}\"}}" % SP()[:19],
    ]),
    ("private-key", "JWT_PRIVATE_KEY", "private_key", "signing key", g_pem, [
        lambda: "%s DEBUG [io.sma.jwt.bui.imp.JwtSignatureImpl] (main) loaded smallrye.jwt.sign.key:\n{S}" % SP(),
        lambda: "+ printf '%s' \"$JWT_PRIVATE_KEY\"\n{S}",
        lambda: "[%s] DEBUG in app: APNS key loaded from env:\n{S}" % SP(),
    ]),
    ("django-secret-key", "DJANGO_SECRET_KEY", "SECRET_KEY", "Django secret key", one(lambda: MARK(rs(string.ascii_lowercase + string.digits + "!@%^&*(-_=+)", 50))), [
        lambda: "SECRET_KEY = '{S}'  ###",
        lambda: "DJANGO_SECRET_KEY={S}",
    ]),
    ("flask-secret-key", "FLASK_SECRET_KEY", "SECRET_KEY", "Flask secret key", one(lambda: HI(64)), [
        lambda: "[%s] DEBUG in app: session interface SecureCookieSessionInterface using SECRET_KEY={S}" % SP(),
    ]),
    ("laravel-app-key", "APP_KEY", "app_key", "Laravel app key", one(lambda: "base64:" + BI(32)), [
        lambda: "APP_NAME=Tixly\nAPP_ENV=production\nAPP_KEY={S}\nAPP_DEBUG=false",
        lambda: "[%s] production.DEBUG: bref env {\"APP_KEY\":\"{S}\",\"BREF_RUNTIME\":\"fpm\"}" % SP()[:19],
    ]),
    ("pusher-app-secret", "PUSHER_APP_SECRET", "pusher_app_secret", "Pusher secret", one(lambda: HI(20)), [
        lambda: "PUSHER_APP_ID=%s\nPUSHER_APP_KEY=%s\nPUSHER_APP_SECRET={S}\nPUSHER_APP_CLUSTER=eu" % (D(7), H(20)),
    ]),
    ("redis-auth-token", "REDIS_PASSWORD", "redis_password", "Redis auth token", one(lambda: AI(32)), [
        lambda: "[ioredis] DEBUG: connect to %s:6379 with options {\"password\":\"{S}\",\"tls\":{}}" % IP(),
        lambda: "%s DEBUG [io.qua.red.run.cli.RedisClientRecorder] (main) quarkus.redis.password={S}" % SP(),
    ]),
    ("oauth-client-secret", "COGNITO_CLIENT_SECRET", "client_secret", "OAuth client secret", one(lambda: LI(52)), [
        lambda: "%s DEBUG [io.qua.oid.run.OidcRecorder] (main) quarkus.oidc.credentials.secret={S}" % SP(),
        lambda: "dbug: Clinicly.Api.Auth[0]\n      Authentication:Cognito:ClientSecret={S} (EnvironmentVariablesConfigurationProvider Prefix: '')",
        lambda: "send: b'POST /oauth2/token HTTP/1.1\\r\\nHost: staybook.auth.us-east-1.amazoncognito.com\\r\\n\\r\\ngrant_type=client_credentials&client_id=%s&client_secret={S}'" % L(26),
    ]),
    ("jwt-hmac-secret", "JWT_SECRET", "jwt_secret", "JWT signing secret", one(lambda: AI(48)), [
        lambda: '{"level":20,"time":%d,"pid":1,"msg":"registering @fastify/jwt","options":{"secret":"{S}","sign":{"expiresIn":"15m"}}}' % EPMS(),
        lambda: '{"level":"debug","service":"dispatch","jwt_hmac_secret":"{S}","time":"%sZ","message":"auth middleware ready"}' % ISO()[:19],
    ]),
    ("basic-auth-header", "BASIC_AUTH", "authorization", "basic auth header", one(lambda: "Basic " + MARK(B64(24))), [
        lambda: '[%s] "POST /internal/reindex HTTP/1.1" 200 - 88 12 210 209 "%s" "curl/8.5.0" "%s" "search.local:8080" "%s:8080" authorization="{S}"' % (ISO(), IP(), UUID(), IP()),
        lambda: "%s DEBUG urllib3.connectionpool: headers={'Authorization': '{S}', 'Accept': 'application/json'} url=https://api.vatcheck.example.org/v2/validate" % SP(),
    ]),
    ("vault-token", "VAULT_TOKEN", "vault_token", "Vault token", one(lambda: "hvs." + AI(24)), [
        lambda: "%s DEBUG [main] i.m.d.vault.VaultClient - X-Vault-Token: {S}" % SP().replace(",", "."),
    ]),
]

for kind, E, k, d, gen, specific in KINDS:
    n_generic = {"password": 3, "url-credentials": 0, "api-key": 3, "jwt": 2, "bearer-token": 2}.get(kind, max(2, 5 - len(specific)))
    plant(kind, E, k, d, gen, specific, n_generic)


# ---------------------------------------------------------------- clean lines
CLEAN = [
    lambda: "SECRET_KEY = '********************'  ###  (diffsettings with sensitive settings filtered, task %s)" % H(8),
    lambda: "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'staybook-prod.cluster-c1x2.us-east-1.rds.amazonaws.com', 'USER': 'staybook', 'PASSWORD': '********************'}}  ###  (task %s)" % H(8),
    lambda: '{"level":30,"time":%d,"pid":1,"req":{"method":"POST","url":"/v1/login","headers":{"authorization":"[Redacted]","cookie":"[Redacted]"}},"msg":"incoming request"}' % EPMS(),
    lambda: "dbug: Clinicly.Api.Startup[0]\n      Integrations:SmsProvider:ApiKey=*** (EnvironmentVariablesConfigurationProvider Prefix: '') [%s]" % H(6),
    lambda: '{"name":"DD_API_KEY","valueFrom":"arn:aws:secretsmanager:us-east-1:%s:secret:checkout/datadog-%s"}' % (ACCT, A(6)),
    lambda: '{"name":"DB_PASSWORD","valueFrom":"arn:aws:ssm:us-east-1:%s:parameter/clinicly/prod/db-password"} (task definition clinicly-api:%d)' % (ACCT, R.randint(40, 90)),
    lambda: "exporters:\n  datadog:\n    api:\n      key: ${env:DD_API_KEY}\n      site: datadoghq.com\n# collector config revision %s" % H(7),
    lambda: "[OUTPUT]\n    Name    datadog\n    Match   *\n    apikey  ${DD_API_KEY}\n    # task %s" % H(8),
    lambda: "      - name: STRIPE_SECRET\n        valueFrom:\n          secretKeyRef:\n            name: shopfront-stripe\n            key: secret-key  # rev %d" % R.randint(1, 90),
    lambda: "%s | CORE | INFO | (comp/forwarder/defaultforwarder/forwarder_health.go:%d in checkValidAPIKey) | api key ending with %s: API Key valid" % (ISO()[:19].replace("T", " ") + " UTC", R.randint(150, 250), H(5)),
    lambda: "MAIL_PASSWORD=null\nMAIL_USERNAME=null\nMAIL_ENCRYPTION=tls\n# (.env.example in image %s)" % H(12),
    lambda: "[%s] production.ERROR: No application encryption key has been specified. {\"command\":\"tickets:release-holds\",\"invocation\":\"%s\"}" % (SP()[:19], UUID()),
    lambda: "%s - botocore.credentials - INFO - Found credentials from container provider (role recon-batch-job-role, expires %s)" % (SP(), ISO()),
    lambda: "%s DEBUG [io.qua.run.con.ConfigRecorder] (main) Config value for 'quarkus.datasource.password' = '${DB_PASSWORD}' (application.properties)" % SP(),
    lambda: "Successfully built %s\nSuccessfully tagged %s.dkr.ecr.us-east-1.amazonaws.com/invoicely:%s" % (H(12), ACCT, H(7)),
    lambda: "pulled image sha256:%s (digest sha256:%s)" % (H(64), H(64)),
    lambda: '{"level":"info","service":"dispatch","request_id":"%s","trace_id":"%s","span_id":"%s","time":"%sZ","message":"request done"}' % (UUID(), H(32), H(16), ISO()[:19]),
    lambda: "[%s: INFO/MainProcess] Task staybook.notifications.tasks.send_confirmation_email[%s] received" % (SP(), UUID()),
    lambda: "ETag: \"%s\" x-amz-version-id: %s x-amz-request-id: %s" % (H(32), A(32), U(16)),
    lambda: "info: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[58]\n      Creating key {%s} with creation date 2028-04-0%dT%sZ, activation date 2028-04-0%dT%sZ, and expiration date 2028-07-0%dT%sZ." % (UUID(), DAY(), HMS(), DAY(), HMS(), DAY(), HMS()),
    lambda: "%s INFO  [io.qua.oid.run.OidcRecorder] (main) OIDC client id %s registered for tenant default" % (SP(), L(26)),
    lambda: "Stripe publishable key configured: pk_live_%s (frontend only)" % A(24),
    lambda: "[%s] production.WARNING: Password reset requested for user %d; token emailed, expires in 60 minutes" % (SP()[:19], R.randint(1000, 99999)),
    lambda: "%s WARN  [c.f.a.PasswordPolicy] (executor-thread-%d) rejected new password for driver %d: must contain at least 12 characters" % (SP(), R.randint(1, 9), R.randint(100, 9999)),
    lambda: "fail: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[3]\n      Exception occurred while processing message.\n      Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. Token does not have a kid. Keys tried: '[PII of type 'System.String' is hidden]'. [%s]" % H(8),
    lambda: "%s - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://sqs.us-east-1.amazonaws.com/, headers={'X-Amz-Date': b'20280404T%s', 'Authorization': b'AWS4-HMAC-SHA256 Credential=<redacted>/20280404/us-east-1/sqs/aws4_request, SignedHeaders=host;x-amz-date, Signature=<redacted>'}>" % (SP(), HMS().replace(":", "") + "Z"),
    lambda: '{"level":"debug","service":"dispatch","secret_arn":"arn:aws:secretsmanager:us-east-1:%s:secret:parcelhub/prod/db-%s","version_stage":"AWSCURRENT","time":"%sZ","message":"secret fetched (value not logged)"}' % (ACCT, A(6), ISO()[:19]),
    lambda: "%s\tinfo\textensions/extensions.go:%d\tExtension is starting...\t{\"kind\": \"extension\", \"name\": \"sigv4auth\", \"region\": \"us-east-1\", \"service\": \"aps\"}" % (ISO(), R.randint(30, 60)),
    lambda: "X-Amzn-Trace-Id: Root=1-%08x-%s;Parent=%s;Sampled=1" % (R.randint(0x6c000000, 0x6dffffff), H(24), H(16)),
    lambda: "[GIN] 2028/04/0%d - %s | 200 |   2.1ms | %s | GET \"/v1/parcels?cursor=%s\"" % (DAY(), HMS(), IP(), B64U(24)),
    lambda: "ReceiptHandle: AQEB%s (message %s)" % (B64(90).replace("+", "/"), UUID()),
    lambda: "Laravel Bref: APP_KEY loaded from SSM parameter /tixly/prod/app-key via bref-ssm (value hidden) [%s]" % UUID(),
    lambda: "hmac sha256 of payload: %s (expected %s) - signature mismatch, request rejected" % (H(64), H(64)),
    lambda: "git rev %s deployed to staybook-web:%d" % (H(40), R.randint(100, 400)),
    lambda: '{"level":40,"time":%d,"pid":1,"msg":"token expired for user usr_%s, asking client to refresh"}' % (EPMS(), L(8)),
    lambda: "api_key: ${DD_API_KEY}\nsite: datadoghq.com\nlogs_enabled: true  # datadog.yaml template %s" % H(6),
    lambda: "Cognito user pool us-east-1_%s app client %s (public client, no secret)" % (A(9), L(26)),
    lambda: "%s INFO  ingest: wrote manifest s3://ingest-staging-prod/2028-04-0%d/_manifest.json md5=%s" % (SP(), DAY(), H(32)),
    lambda: "[%s] [ info] [output:cloudwatch_logs:cloudwatch_logs.0] sequence token %s accepted for stream app-firelens-%s" % (ISO(), D(56), H(32)),
    lambda: "dbug: Microsoft.EntityFrameworkCore.Infrastructure[10403]\n      Connection string: Host=clinicly-db.cluster-c1x2.us-east-1.rds.amazonaws.com;Database=clinicly;Username=clinicly_app;Password=***;SSL Mode=Require [%s]" % H(6),
]

for i in range(120):
    C(CLEAN[i % len(CLEAN)]())
