# Lines of the heldout17 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in
# every part. Contexts follow this round's stacks: FastAPI/Django on Fargate, Java 21 and Go and .NET
# Lambda functions, NestJS/Express on ECS, Glue/Step Functions/API Gateway, AL2023 hosts, EKS nodes.
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
HOST = lambda: "ip-10-0-%d-%d" % (R.choice([3, 12, 14, 21, 40]), R.randint(2, 250))
J = lambda: "2028-01-%02dT%s.%06d+00:00 %s" % (DAY(), HMS(), R.randint(0, 999999), HOST())
PYTS = lambda: "2028-01-%02d %s,%03d" % (DAY(), HMS(), R.randint(0, 999))


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


# ---------------------------------------------------------------- generic contexts: (ENV, key, desc) -> template with {S}
def c_pjl(E, k, d):
    return '{"asctime": "%s", "levelname": "DEBUG", "name": "catalog.settings", "message": "settings loaded", "%s": "{S}", "region": "us-east-1"}' % (PYTS(), k)


def c_django(E, k, d):
    return "[%s] DEBUG [accounts.settings:%d] %s = '{S}'" % (PYTS(), R.randint(10, 90), E)


def c_log4j(E, k, d):
    return "2028-01-%02d %s.%03d %s DEBUG ClientConfig - %s client configured: {%s={S}, timeout=PT10S}" % (DAY(), HMS(), R.randint(0, 999), UUID(), d, k)


def c_lambda_json(E, k, d):
    return '{"timestamp":"%s","level":"DEBUG","message":"environment %s={S}","logger":"com.example.ledger.Config","AWSRequestId":"%s"}' % (TS(), E, UUID())


def c_slog(E, k, d):
    return '{"time":"%s","level":"DEBUG","msg":"config","%s":"{S}","stage":"prod"}' % (TS(), k)


def c_golog(E, k, d):
    return "2028/01/%02d %s main.go:%d: env %s={S}" % (DAY(), HMS(), R.randint(20, 60), E)


def c_winston(E, k, d):
    return '{"level":"debug","message":"%s client options","context":"ConfigModule","options":{"%s":"{S}","retries":3},"timestamp":"%s"}' % (d, k, TS())


def c_nest_env(E, k, d):
    return "[Nest] 1  - 01/%02d/2028, %d:%02d:%02d AM   DEBUG [ConfigService] %s={S}" % (DAY(), R.randint(1, 12), R.randint(0, 59), R.randint(0, 59), E)


def c_powertools_net(E, k, d):
    return '{"cold_start":true,"function_name":"payments-capture","timestamp":"%s","level":"Debug","service":"payments","message":"Options bound","%s":"{S}"}' % (TS(), k)


def c_dotnet_txt(E, k, d):
    return "%s\t%s\tdbug\tConfiguration %s = {S}" % (TS(), UUID(), E)


def c_glue_args(E, k, d):
    return "2028-01-%02d %s,%03d INFO [main] glue.ProcessLauncher (Logging.scala:logInfo(57)): Script arguments: --JOB_NAME orders-nightly-etl --%s {S} --TempDir s3://aws-glue-temp-%s/" % (DAY(), HMS(), R.randint(0, 999), k.replace("_", "-"), ACCT)


def c_sfn_input(E, k, d):
    return '{"id":"2","type":"ExecutionStarted","details":{"input":"{\\"job\\":\\"export\\",\\"%s\\":\\"{S}\\"}","roleArn":"arn:aws:iam::%s:role/sfn-exports"},"event_timestamp":"%d"}' % (k, ACCT, R.randint(1830297600000, 1831075200000))


def c_apigw(E, k, d):
    return "(%s) Method request headers: {%s={S}, Host=api.example.com, User-Agent=okhttp/4.12.0}" % (UUID(), "X-" + "-".join(p.capitalize() for p in k.split("_")))


def c_userdata(E, k, d):
    return J() + " cloud-init[%d]: + export %s={S}" % (R.randint(900, 3000), E)


def c_systemd_env(E, k, d):
    return J() + " systemd[1]: reports.service: Environment=JAVA_OPTS=-Xmx2g %s={S}" % E


def c_k8s_env(E, k, d):
    return 'I01%02d %s.%06d    2841 kuberuntime_manager.go:1256] "Creating container" container={"name":"api","env":[{"name":"%s","value":"{S}"}]}' % (DAY(), HMS(), R.randint(0, 999999), E)


def c_ecs_agent(E, k, d):
    return 'level=debug time=2028-01-%02dT%sZ msg="Creating container" container="worker" env="map[AWS_REGION:us-east-1 %s:{S}]"' % (DAY(), HMS(), E)


def c_trace_locals(E, k, d):
    return 'Traceback (most recent call last):\n  File "/app/catalog/clients.py", line %d, in build\n    client = Client(%s=%s)\n    locals: %s = \'{S}\'\nTypeError: Client.__init__() got an unexpected keyword argument \'%s\'' % (R.randint(10, 80), k, k, k, k)


GENERIC = [c_pjl, c_django, c_log4j, c_lambda_json, c_slog, c_golog, c_winston, c_nest_env, c_powertools_net, c_dotnet_txt,
           c_glue_args, c_sfn_input, c_apigw, c_userdata, c_systemd_env, c_k8s_env, c_ecs_agent, c_trace_locals]


def slack_webhook():
    t, b, k = "T" + MARK(U(10), "INVENT"), "B" + MARK(U(10), "EXAMPLE"), MARK(A(24))
    return "https://hooks.slack.com/services/%s/%s/%s" % (t, b, k), [t, b, k]


def slack_bot():
    a, b, c = MARK(D(12), "INVENT"), MARK(D(13), "EXAMPLE"), MARK(A(24))
    return "xoxb-%s-%s-%s" % (a, b, c), [a, b, c]


def sendgrid():
    a, b = MARK(B64U(16)[:22]), MARK(B64U(32)[:43])
    return "SG.%s.%s" % (a, b), [a, b]


def discord():
    a, b = MARK(D(19), "INVENT"), MARK(B64U(51)[:68])
    return "https://discord.com/api/webhooks/%s/%s" % (a, b), [a, b]


def jwt():
    v = JWT()
    return v, v.split(".")


def one(f):
    return lambda: (lambda v: (v, [v]))(f())


# (kind, ENV name, key name, description, generator -> (secret, parts), count through generic contexts)
KINDS = [
    ("aws-secret-key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "s3", one(lambda: MARK(rs(AN + "+/", 40))), 5),
    ("aws-session-token", "AWS_SESSION_TOKEN", "aws_session_token", "sts", one(lambda: "IQoJb3JpZ2luX2VjE" + MARK(B64(180))), 3),
    ("password", "DB_PASSWORD", "db_password", "postgres", one(PW), 9),
    ("private-key", "JWT_SIGNING_KEY", "signing_key", "jwt signer", one(lambda: PEM("PRIVATE KEY")), 2),
    ("jwt", "SERVICE_TOKEN", "service_token", "internal api", jwt, 6),
    ("jwt-hmac-secret", "JWT_SECRET", "jwt_secret", "auth", one(lambda: MARK(A(48))), 4),
    ("slack-webhook", "SLACK_WEBHOOK_URL", "slack_webhook_url", "alerts", slack_webhook, 4),
    ("slack-bot-token", "SLACK_BOT_TOKEN", "slack_bot_token", "slack", slack_bot, 4),
    ("discord-webhook", "DISCORD_WEBHOOK_URL", "discord_webhook_url", "community alerts", discord, 4),
    ("github-token", "GITHUB_TOKEN", "github_token", "github", one(lambda: "ghp_" + MARK(A(36))), 4),
    ("github-fine-grained-pat", "GH_PAT", "gh_pat", "github", one(lambda: "github_pat_" + MARK(A(22)) + "_" + A(59)), 4),
    ("gitlab-token", "GITLAB_TOKEN", "gitlab_token", "gitlab", one(lambda: "glpat-" + MARK(A(20))), 4),
    ("stripe-key", "STRIPE_SECRET_KEY", "stripe_secret_key", "stripe", one(lambda: "sk_live_" + MARK(A(99))), 5),
    ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "stripe_webhook_secret", "stripe webhooks", one(lambda: "whsec_" + MARK(A(32))), 4),
    ("sendgrid-key", "SENDGRID_API_KEY", "sendgrid_api_key", "sendgrid", sendgrid, 5),
    ("twilio-auth-token", "TWILIO_AUTH_TOKEN", "twilio_auth_token", "twilio", one(lambda: MARK(H(32))), 5),
    ("datadog-api-key", "DD_API_KEY", "dd_api_key", "datadog", one(lambda: MARK(H(32))), 5),
    ("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", "license_key", "newrelic", one(lambda: MARK(H(36)) + "NRAL"), 4),
    ("npm-token", "NPM_TOKEN", "npm_token", "npm registry", one(lambda: "npm_" + MARK(A(36))), 4),
    ("pypi-token", "PYPI_TOKEN", "pypi_token", "pypi", one(lambda: "pypi-AgEIcHlwaS5vcmc" + MARK(B64U(60))), 4),
    ("openai-key", "OPENAI_API_KEY", "openai_api_key", "openai", one(lambda: "sk-proj-" + MARK(A(48)) + "T3BlbkFJ" + A(48)), 5),
    ("anthropic-key", "ANTHROPIC_API_KEY", "anthropic_api_key", "anthropic", one(lambda: "sk-ant-api03-" + MARK(B64U(70)[:93]) + "AA"), 5),
    ("google-api-key", "GOOGLE_MAPS_KEY", "maps_api_key", "geocoder", one(lambda: "AIza" + MARK(B64U(30)[:35])), 5),
    ("django-secret-key", "DJANGO_SECRET_KEY", "secret_key", "django", one(lambda: "django-insecure-" + MARK(rs(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)", 50))), 5),
    ("azure-storage-key", "AZURE_STORAGE_KEY", "account_key", "azure blob", one(lambda: MARK(B64(64))), 4),
    ("docker-config-auth", "DOCKER_AUTH", "auth", "registry", one(lambda: MARK(base64.b64encode(("ci-bot:" + A(20)).encode()).decode())), 4),
    ("huggingface-token", "HF_TOKEN", "hf_token", "huggingface", one(lambda: "hf_" + MARK(A(34))), 4),
    ("sentry-dsn-key", "SENTRY_DSN", "sentry_dsn", "sentry", None, 4),
    ("cloudflare-api-token", "CF_API_TOKEN", "cf_api_token", "cloudflare", one(lambda: MARK(rs(AN + "_-", 40))), 4),
    ("mailgun-api-key", "MAILGUN_API_KEY", "mailgun_api_key", "mailgun", one(lambda: "key-" + MARK(H(32))), 4),
    ("okta-api-token", "OKTA_API_TOKEN", "okta_api_token", "okta", one(lambda: "00" + MARK(rs(AN + "_-", 40))), 4),
    ("auth0-client-secret", "AUTH0_CLIENT_SECRET", "auth0_client_secret", "auth0", one(lambda: MARK(rs(AN + "_-", 64))), 4),
    ("cognito-client-secret", "COGNITO_CLIENT_SECRET", "cognito_client_secret", "cognito", one(lambda: MARK(L(52))), 4),
    ("api-key", "PARTNER_API_KEY", "partner_api_key", "partner", one(lambda: MARK(A(32))), 7),
    ("shopify-access-token", "SHOPIFY_ACCESS_TOKEN", "shopify_access_token", "shopify", one(lambda: "shpat_" + MARK(H(32))), 4),
    ("pagerduty-routing-key", "PD_ROUTING_KEY", "routing_key", "pagerduty", one(lambda: MARK(H(32))), 4),
    ("linear-api-key", "LINEAR_API_KEY", "linear_api_key", "linear", one(lambda: "lin_api_" + MARK(A(40))), 4),
    ("doppler-token", "DOPPLER_TOKEN", "doppler_token", "doppler", one(lambda: "dp.st.prd." + MARK(A(43))), 4),
    ("vault-token", "VAULT_TOKEN", "vault_token", "vault", one(lambda: "hvs." + MARK(A(24))), 4),
    ("grafana-service-account-token", "GRAFANA_TOKEN", "grafana_token", "grafana", one(lambda: "glsa_" + MARK(A(32)) + "_" + H(8)), 4),
    ("postman-api-key", "POSTMAN_API_KEY", "postman_api_key", "postman", one(lambda: "PMAK-" + MARK(H(24)) + "-" + H(34)), 4),
    ("datadog-app-key", "DD_APP_KEY", "dd_app_key", "datadog", one(lambda: MARK(H(40))), 3),
]

order = list(GENERIC)
R.shuffle(order)
gi = 0
for kind, E, k, d, gen, n in KINDS:
    if gen is None:
        continue
    for _ in range(n):
        s, parts = gen()
        ctx = order[gi % len(order)]
        gi += 1
        if gi % len(order) == 0:
            R.shuffle(order)
        if "\n" in s and ctx not in (c_pjl, c_lambda_json, c_slog, c_winston, c_powertools_net, c_sfn_input):
            ctx = c_lambda_json
        if ctx in (c_pjl, c_lambda_json, c_slog, c_winston, c_powertools_net, c_sfn_input):
            tmpl = ctx(E, k, d)
            if "\n" in s:  # JSON string: newlines escaped; the labelled secret is the escaped text
                s = s.replace("\n", "\\n")
                parts = [p.replace("\n", "\\n") for p in parts]
                if ctx is c_sfn_input:
                    tmpl = c_lambda_json(E, k, d)
            P(kind, tmpl, s, parts)
        else:
            P(kind, ctx(E, k, d), s, parts)

# ---------------------------------------------------------------- kind-specific contexts
for _ in range(4):
    key = MARK(rs(AN + "+/", 40))
    P("aws-secret-key", "[default]\naws_access_key_id = AKXC%s\naws_secret_access_key = {S}\nregion = us-east-1" % U(16), key)
for _ in range(3):
    key = MARK(rs(AN + "+/", 40))
    P("aws-secret-key", J() + " cloud-init[%d]: + aws configure set aws_secret_access_key {S} --profile deploy" % R.randint(900, 3000), key)
for _ in range(3):
    tok = "IQoJb3JpZ2luX2VjE" + MARK(B64(200))
    P("aws-session-token", '{"asctime": "%s", "levelname": "DEBUG", "name": "botocore.endpoint", "message": "Making request for OperationModel(name=PutEvents) with params: {\'headers\': {\'X-Amz-Security-Token\': \'{S}\', \'X-Amz-Target\': \'AWSEvents.PutEvents\'}}"}' % PYTS(), tok)
for _ in range(6):
    pw = PW()
    host = R.choice(["catalog-db.cluster-c1x2y3z4.us-east-1.rds.amazonaws.com", "ledger-db.cluster-c9x8y7z6.us-east-1.rds.amazonaws.com", "notify-db.internal"])
    t = R.choice([
        '{"asctime": "%s", "levelname": "INFO", "name": "catalog.db", "message": "engine url postgresql+psycopg://catalog_app:{S}@%s:5432/catalog"}' % (PYTS(), host),
        '{"level":"info","message":"prisma datasource postgresql://notify:{S}@%s:5432/notify?schema=public","timestamp":"%s"}' % (host, TS()),
        'time=%s level=INFO msg="dsn" dsn="postgres://report_ro:{S}@%s:5432/reports?sslmode=require"' % (TS(), host),
        "2028-01-%02d %s.%03d %s INFO  Db - jdbc url jdbc:postgresql://%s:5432/ledger?user=ledger_app&password={S}" % (DAY(), HMS(), R.randint(0, 999), UUID(), host)])
    P("url-credentials", t, pw)
for _ in range(4):
    pw = PW()
    P("password", R.choice(["%s\t%s\tdbug\tConnection string: Host=ledger-db.internal;Database=ledger;Username=ledger_app;Password={S};SSL Mode=Require" % (TS(), UUID()),
                            J() + " sudo[%d]: deploy : TTY=pts/0 ; PWD=/home/deploy ; USER=postgres ; COMMAND=/usr/bin/psql -c ALTER ROLE report_ro WITH PASSWORD '{S}'" % R.randint(900, 60000),
                            "[%s] DEBUG [django.db.backends:144] connect kwargs: {'host': 'accounts-db.internal', 'user': 'accounts', 'password': '{S}', 'sslmode': 'require'}" % PYTS(),
                            J() + " cloud-init[%d]: + mysql -h legacy-db.internal -u admin -p{S} -e 'select 1'" % R.randint(900, 3000)]), pw)
for _ in range(3):
    k = PEM(R.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"]))
    P("private-key", J() + " cloud-init[%d]: + cat /home/deploy/.ssh/id_deploy\n{S}" % R.randint(900, 3000), k)
for _ in range(3):
    v, parts = jwt()
    P("jwt", R.choice(["(%s) Method request headers: {Authorization=Bearer {S}, Host=api.example.com}" % UUID(),
                       'I01%02d %s.%06d    2841 round_trippers.go:553] "Request" verb="GET" url="https://internal.example.com/v1/me" headers="Authorization: Bearer {S}"' % (DAY(), HMS(), R.randint(0, 999999)),
                       "%s\t%s\tinfo\tHttpClient request headers: Authorization: Bearer {S}" % (TS(), UUID())]), v, parts)
for _ in range(3):
    key = MARK(A(32))
    P("bearer-token", R.choice(['{"level":"debug","message":"axios request","headers":{"Authorization":"Bearer {S}","Accept":"application/json"},"timestamp":"%s"}' % TS(),
                                "2028-01-%02d %s.%03d %s DEBUG wire - http-outgoing-%d >> \"Authorization: Bearer {S}[\\r][\\n]\"" % (DAY(), HMS(), R.randint(0, 999), UUID(), R.randint(0, 40))]), key)
for _ in range(3):
    user, pw = "svc-%s" % L(5), MARK(A(16))
    b = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    b = MARK(b)
    P("basic-auth-header", R.choice(["(%s) Endpoint request headers: {Authorization=Basic {S}, Content-Type=application/json}" % UUID(),
                                     '{"asctime": "%s", "levelname": "DEBUG", "name": "urllib3.connectionpool", "message": "send: b\'GET /v2/stock HTTP/1.1\\\\r\\\\nAuthorization: Basic {S}\\\\r\\\\n\'"}' % PYTS()]), b)
for _ in range(4):
    key = MARK(H(32))
    P("sentry-dsn-key", R.choice(['{"asctime": "%s", "levelname": "DEBUG", "name": "sentry_sdk.errors", "message": "Setting up integrations (with default = True), dsn=https://{S}@o%s.ingest.us.sentry.io/%s"}' % (PYTS(), D(6), D(7)),
                                  "[Nest] 1  - 01/%02d/2028, 9:%02d:%02d AM   DEBUG [Sentry] init dsn=https://{S}@o%s.ingest.sentry.io/%s" % (DAY(), R.randint(0, 59), R.randint(0, 59), D(6), D(7))]), key)
for _ in range(3):
    auth = MARK(base64.b64encode(("AWS:" + A(30)).encode()).decode())
    P("docker-config-auth", J() + ' cloud-init[%d]: + cat /root/.docker/config.json\n{"auths":{"ghcr.io":{"auth":"{S}"}}}' % R.randint(900, 3000), auth)

# ---------------------------------------------------------------- clean lines (look risky, hold no secret)
CLEAN = [
    lambda: '{"asctime": "%s", "levelname": "INFO", "name": "catalog.settings", "message": "settings loaded", "db_password": "********", "stripe_secret_key": "sk_live_...%s"}' % (PYTS(), A(4)),
    lambda: "[%s] DEBUG [accounts.settings:%d] SECRET_KEY = '[REDACTED]'" % (PYTS(), R.randint(10, 90)),
    lambda: '"secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:%s:secret:catalog/prod/db-%s"}]' % (ACCT, A(6)),
    lambda: '{"name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:ssm:us-east-1:%s:parameter/prod/payments/stripe-key"} (version %d)' % (ACCT, R.randint(1, 40)),
    lambda: "DATABASE_URL=postgresql://catalog_app:${DB_PASSWORD}@catalog-db.internal:5432/catalog?sslmode=require # line %d" % R.randint(1, 90),
    lambda: "2028-01-%02d %s.%03d %s INFO  Db - jdbc url jdbc:postgresql://ledger-db.internal:5432/ledger?user=ledger_app (password from Secrets Manager, version %s)" % (DAY(), HMS(), R.randint(0, 999), UUID(), UUID()[:8]),
    lambda: "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB" % (UUID(), R.uniform(1, 900), R.randint(2, 901), R.randint(80, 400)),
    lambda: "XRAY TraceId: 1-%08x-%s\tSegmentId: %s\tSampled: true" % (R.randint(0x6d000000, 0x6dffffff), H(24), H(16)),
    lambda: 'I01%02d %s.%06d    2841 kuberuntime_manager.go:1256] "Creating container" container={"name":"api","image":"%s.dkr.ecr.us-east-1.amazonaws.com/shop/api@sha256:%s"}' % (DAY(), HMS(), R.randint(0, 999999), ACCT, H(64)),
    lambda: 'time="2028-01-%02dT%sZ" level=info msg="PullImage returns image reference \\"sha256:%s\\""' % (DAY(), HMS(), H(64)),
    lambda: "commit %s (HEAD -> main, tag: v%d.%d.%d) deployed to prod" % (H(40), R.randint(1, 9), R.randint(0, 30), R.randint(0, 30)),
    lambda: "%s sshd[%d]: Accepted publickey for ec2-user from 10.0.%d.%d port %d ssh2: ED25519 SHA256:%s" % (J(), R.randint(900, 60000), R.randint(0, 255), R.randint(2, 254), R.randint(32768, 60999), B64(32).rstrip("=")),
    lambda: "%s sshd[%d]: Failed password for invalid user admin from 203.0.113.%d port %d ssh2" % (J(), R.randint(900, 60000), R.randint(2, 254), R.randint(32768, 60999)),
    lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@ci" % B64(32)[:43],
    lambda: '{"level":"info","message":"stripe client ready","publishableKey":"pk_live_%s","timestamp":"%s"}' % (A(24), TS()),
    lambda: '{"asctime": "%s", "levelname": "DEBUG", "name": "botocore.auth", "message": "StringToSign: AWS4-HMAC-SHA256\\n2028010%dT%sZ\\n2028010%d/us-east-1/events/aws4_request\\n%s"}' % (PYTS(), DAY(), HMS().replace(":", ""), DAY(), H(64)),
    lambda: "(%s) Endpoint request headers: {x-amzn-apigateway-api-id=a1b2c3d4e5, X-Amz-Date=2028010%dT%sZ, x-amz-content-sha256=%s, Authorization=**********}" % (UUID(), DAY(), HMS().replace(":", ""), H(64)),
    lambda: '{"id":"4","type":"TaskSucceeded","details":{"output":"{\\"SecretId\\":\\"arn:aws:secretsmanager:us-east-1:%s:secret:batch/etl/db-%s\\",\\"VersionId\\":\\"%s\\"}"}}' % (ACCT, A(6), UUID()),
    lambda: "%s\t%s\tinfo\tIdempotency key %s stored (expires in 3600s)" % (TS(), UUID(), H(32)),
    lambda: '{"time":"%s","level":"INFO","msg":"kms decrypt ok","keyId":"arn:aws:kms:us-east-1:%s:key/%s","bytes":%d}' % (TS(), ACCT, UUID(), R.randint(16, 4096)),
    lambda: '{"level":"info","message":"s3 upload ok","ETag":"\\"%s\\"","VersionId":"%s","timestamp":"%s"}' % (H(32), A(32), TS()),
    lambda: "2028-01-%02d %s,%03d INFO [main] glue.ProcessLauncher (Logging.scala:logInfo(57)): Script arguments: --JOB_NAME orders-nightly-etl --db_secret_id batch/etl/db --TempDir s3://aws-glue-temp-%s/" % (DAY(), HMS(), R.randint(0, 999), ACCT),
    lambda: '{"cold_start":false,"function_name":"payments-capture","timestamp":"%s","level":"Information","service":"payments","message":"Loaded %d secrets from cache (ttl 300s)","secretNames":["payments/prod/stripe","payments/prod/db"]}' % (TS(), R.randint(1, 4)),
    lambda: "[Nest] 1  - 01/%02d/2028, %d:%02d:%02d AM     LOG [ConfigService] Loaded %d variables (%d secret-named, values hidden)" % (DAY(), R.randint(1, 12), R.randint(0, 59), R.randint(0, 59), R.randint(20, 80), R.randint(2, 12)),
    lambda: "%s cloud-init[%d]: + export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id catalog/prod/db --query SecretString --output text)" % (J(), R.randint(900, 3000)),
    lambda: "%s amazon-cloudwatch-agent[%d]: %s I! Detected the instance is EC2, using credentials from instance profile (role app-host-role, expires 2028-01-%02dT%sZ)" % (J(), R.randint(900, 3000), TS(), DAY(), HMS()),
    lambda: '{"level":"debug","ts":"%s","caller":"awsutils/awsutils.go:%d","msg":"Using IMDSv2 token, ttl 21600 (token not logged)"}' % (TS(), R.randint(300, 600)),
    lambda: '{"level":"info","message":"cognito app client","clientId":"%s","hasSecret":false,"timestamp":"%s"}' % (L(26), TS()),
    lambda: "%s\t%s\tINFO\tsha256 of statement %s: %s" % (TS(), UUID(), D(8), H(64)),
    lambda: 'level=info time=2028-01-%02dT%sZ msg="Task status changed" task="arn:aws:ecs:us-east-1:%s:task/batch-cluster/%s" status=RUNNING' % (DAY(), HMS(), ACCT, H(32)),
    lambda: "<script src=\"https://cdn.example.com/app.%s.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % (H(8), B64(48)),
    lambda: "github.com/aws/aws-sdk-go-v2 v1.%d.%d h1:%s=" % (R.randint(20, 40), R.randint(0, 9), B64(32)[:43]),
    lambda: '{"time":"%s","level":"WARN","msg":"token expired","sub":"%s","exp":%d,"token":"<redacted>"}' % (TS(), UUID(), R.randint(1830297600, 1831075200)),
    lambda: "(%s) Method request headers: {Authorization=****%s, Host=api.example.com, X-Forwarded-For=203.0.113.%d}" % (UUID(), A(4), R.randint(2, 254)),
    lambda: "PASSWORD_MIN_LENGTH=%d PASSWORD_RESET_TTL=%dm SECRET_ROTATION_DAYS=%d" % (R.randint(10, 16), R.randint(10, 60), R.randint(30, 90)),
    lambda: "[%s] WARNING [django.security.csrf:%d] Forbidden (CSRF token missing.): /api/session/%s/" % (PYTS(), R.randint(100, 200), D(5)),
    lambda: "%s\t%s\tdbug\tConnection string: Host=ledger-db.internal;Database=ledger;Username=ledger_app;Password=***;SSL Mode=Require;Pooling=true;Maximum Pool Size=%d" % (TS(), UUID(), R.randint(5, 50)),
]
n_clean = 0
for i in range(400):
    if n_clean >= 140:
        break
    t = CLEAN[i % len(CLEAN)]()
    t = t.replace("{S}", "")
    if any(m in t for m in MARKS) or "AKIA" in t or "ASIA" in t or any(r[2] == t for r in ROWS if r[0] == "C"):
        continue
    C(t)
    n_clean += 1
