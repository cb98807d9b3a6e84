# Lines of the heldout23 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in every part.
# Contexts follow this round's theme: Lambda and ECS/Fargate application logs and their deployment tooling
# (environment dumps, get-function-configuration output, SAM/CDK/Serverless/Terraform output, API Gateway event
# payloads logged by mistake, presigned URLs, connection strings, Secrets Manager / Parameter Store values).
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
ISO = lambda: "2028-09-%02dT%s.%03dZ" % (DAY(), HMS(), R.randint(0, 999))
FNS = ["fh-orders-capture-payment", "quaystone-bookings-api", "sc-click-transform", "kw-classify", "brk-ingest-consumer", "pennyworth-web", "harrowgate-claims-api", "morrowfield-ledger-worker"]


def KEYID():
    return "AKXC" + U(16)  # deliberately not an AWS access key id prefix


def TOKID():
    return "ASXC" + U(16)


# ---------------------------------------------------------------- generic contexts: (ENV, prop) -> template with {S}
def g_getfn(E, k):
    return "$ aws lambda get-function-configuration --function-name %s --query Environment\n{\n    \"Variables\": {\n        \"POWERTOOLS_SERVICE_NAME\": \"%s\",\n        \"%s\": \"{S}\",\n        \"LOG_LEVEL\": \"INFO\"\n    }\n}" % (R.choice(FNS), R.choice(["orders", "bookings", "ingest"]), E)


def g_pyenv(E, k):
    return "[DEBUG]\t%s\t%s\tenvironment: environ({'AWS_REGION': 'eu-west-1', 'AWS_LAMBDA_FUNCTION_NAME': '%s', '%s': '{S}', 'TZ': ':UTC'})" % (ISO(), UUID(), R.choice(FNS), E)


def g_nodeenv(E, k):
    return "%s\t%s\tINFO\tprocess.env { AWS_REGION: 'eu-central-1', NODE_OPTIONS: '--enable-source-maps', %s: '{S}', AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '1024' }" % (ISO(), UUID(), E)


def g_cfn(E, k):
    return "      Environment:\n        Variables:\n          STAGE: prod\n          %s: {S}\n      Runtime: %s" % (E, R.choice(["python3.12", "nodejs20.x", "java21"]))


def g_sls(E, k):
    return "$ npx serverless print --stage prod\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    %s: {S}\n    STAGE: prod" % E


def g_samdeploy(E, k):
    return "\tParameter overrides          : {'Stage': 'prod', '%s': '{S}'}" % k


def g_ecstd(E, k):
    return "            \"environment\": [\n                {\"name\": \"ASPNETCORE_ENVIRONMENT\", \"value\": \"Production\"},\n                {\"name\": \"%s\", \"value\": \"{S}\"}\n            ]," % E


def g_tfplan(E, k):
    return "      + environment {\n          + variables = {\n              + \"%s\" = \"{S}\"\n              + \"STAGE\" = \"prod\"\n            }\n        }" % E


def g_gha(E, k):
    return "Run sam deploy --no-confirm-changeset --parameter-overrides Stage=prod %s={S}\n  sam deploy --no-confirm-changeset --parameter-overrides Stage=prod %s=${{ env.%s }}" % (k, k, E)


def g_ssm(E, k):
    a, b = R.choice(["fernhollow", "quaystone", "saltcote", "pennyworth"]), k.lower()
    return "$ aws ssm get-parameter --with-decryption --name /%s/prod/%s\n{\n    \"Parameter\": {\n        \"Name\": \"/%s/prod/%s\",\n        \"Type\": \"SecureString\",\n        \"Value\": \"{S}\",\n        \"Version\": %d\n    }\n}" % (a, b, a, b, R.randint(1, 9))


GENERIC = [g_getfn, g_pyenv, g_nodeenv, g_cfn, g_sls, g_samdeploy, g_ecstd, g_tfplan, g_gha, g_ssm]
_gi = [0]


def gen_ctx():
    c = GENERIC[_gi[0] % len(GENERIC)]
    _gi[0] += 1
    return c


def one(f):
    return lambda: (lambda v: (v, [v]))(f())


def plant(kind, E, k, gen, specific, ngen):
    for t in specific:
        s, parts = gen()
        P(kind, t(), s, parts)
    for _ in range(ngen):
        s, parts = gen()
        P(kind, gen_ctx()(E, k), s, parts)


def presig(sig=None, tok=None):
    return "https://fh-invoices-prod.s3.eu-west-1.amazonaws.com/invoices/2028/09/FH-%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F202809%02d%%2Feu-west-1%%2Fs3%%2Faws4_request&X-Amz-Date=202809%02dT%sZ&X-Amz-Expires=900&X-Amz-SignedHeaders=host%s&X-Amz-Signature=%s" % (
        D(6), TOKID(), DAY(), DAY(), HMS().replace(":", ""), ("&X-Amz-Security-Token=" + tok) if tok else "", sig or H(64))


# ---------------------------------------------------------------- planted
plant("aws-secret-key", "AWS_SECRET_ACCESS_KEY", "AwsSecretAccessKey", one(lambda: AI(40)), [
    lambda: "[DEBUG]\t%s\t%s\tenvironment: environ({'AWS_LAMBDA_FUNCTION_NAME': 'fh-orders-notify', 'AWS_ACCESS_KEY_ID': '%s', 'AWS_SECRET_ACCESS_KEY': '{S}', 'AWS_REGION': 'eu-west-1'})" % (ISO(), UUID(), TOKID()),
    lambda: "$ cat ~/.aws/credentials\n[pennyworth-deploy]\naws_access_key_id = %s\naws_secret_access_key = {S}" % KEYID(),
], 3)
plant("aws-session-token", "AWS_SESSION_TOKEN", "AwsSessionToken", one(lambda: "IQoJb3JpZ2luX2VjE" + MARK(B64(260))), [
    lambda: "%s\t%s\tINFO\tprocess.env { AWS_ACCESS_KEY_ID: '%s', AWS_SECRET_ACCESS_KEY: '%s', AWS_SESSION_TOKEN: '{S}', AWS_REGION: 'eu-central-1' }" % (ISO(), UUID(), TOKID(), "*" * 40),
    lambda: "INFO  invoice link for order sent: " + presig(sig="REDACTED", tok="{S}"),
    lambda: "{\"time\":\"%s\",\"level\":\"DEBUG\",\"msg\":\"loaded task role credentials\",\"source\":\"ecs-container-endpoint\",\"access_key_id\":\"%s\",\"session_token\":\"{S}\",\"expiration\":\"%s\"}" % (ISO(), TOKID(), TS()),
], 2)
plant("aws-presigned-signature", "DOWNLOAD_URL", "DownloadUrl", one(lambda: HI(64)), [
    lambda: "{\"level\":\"INFO\",\"location\":\"handler:51\",\"message\":\"invoice link generated\",\"service\":\"orders\",\"url\":\"%s\"}" % presig(sig="{S}"),
    lambda: "%s\t%s\tINFO\tredirecting client to %s" % (ISO(), UUID(), presig(sig="{S}")),
    lambda: "method=GET path=/orders/%d/invoice status=302 duration=%.2f location=%s" % (R.randint(1000, 99999), R.uniform(5, 60), presig(sig="{S}")),
    lambda: "$ curl -sS -o invoice.pdf '%s'" % presig(sig="{S}"),
], 0)
plant("password", "DB_PASSWORD", "DbPassword", one(PW), [
    lambda: "$ aws secretsmanager get-secret-value --secret-id morrowfield/prod/ledger-db --query SecretString --output text\n{\"username\":\"ledger_app\",\"password\":\"{S}\",\"engine\":\"postgres\",\"host\":\"ledger-prod.cluster-cq8m1x2a.eu-west-1.rds.amazonaws.com\",\"port\":5432,\"dbname\":\"ledger\"}",
    lambda: "{\"@t\":\"%s\",\"@mt\":\"Using connection string {ConnectionString}\",\"@l\":\"Debug\",\"ConnectionString\":\"Host=ledger-prod.cluster-cq8m1x2a.eu-west-1.rds.amazonaws.com;Database=ledger;Username=ledger_app;Password={S};Maximum Pool Size=20\",\"SourceContext\":\"Morrowfield.Ledger.Data.DbSetup\"}" % ISO(),
    lambda: "{\"@timestamp\":\"%s\",\"level\":\"DEBUG\",\"logger_name\":\"c.h.claims.config.DataSourceConfig\",\"message\":\"datasource url=jdbc:postgresql://claims-prod.cluster-ro-c7x1y2z3.eu-west-2.rds.amazonaws.com:5432/claims user=claims_app password={S}\"}" % ISO(),
    lambda: "Sep %2d %s ip-10-61-%d-%d entrypoint.sh[1]: PGPASSWORD={S} psql -h ledger-prod.cluster-cq8m1x2a.eu-west-1.rds.amazonaws.com -U migrator -c 'select 1'" % (DAY(), HMS(), R.randint(0, 31), R.randint(2, 254)),
], 4)
plant("url-credentials", "DATABASE_URL", "DatabaseUrl", one(PW), [
    lambda: "I, [%s.%06d #1]  INFO -- : DATABASE_URL=postgres://pennyworth:{S}@pennyworth-prod.c4x9y2z1.eu-west-1.rds.amazonaws.com:5432/pennyworth_production" % (ISO()[:19], R.randint(0, 999999)),
    lambda: "{\"time\":\"%s\",\"level\":\"INFO\",\"msg\":\"connecting\",\"dsn\":\"amqps://brk-ingest:{S}@b-3c1d2e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6f.mq.eu-west-1.amazonaws.com:5671\"}" % ISO(),
    lambda: "%s\t%s\tINFO\tmongo connect mongodb+srv://bookings_rw:{S}@quaystone-prod.ab1cd.mongodb.net/bookings?retryWrites=true" % (ISO(), UUID()),
    lambda: "Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"rediss://default:{S}@master.pennyworth-sidekiq.ab12cd.euw1.cache.amazonaws.com:6379/0\"}",
], 3)
plant("jwt", "TEST_ID_TOKEN", "IdToken", lambda: (lambda t: (t, t.split(".")))(JWT()), [
    lambda: "%s\t%s\tINFO\tevent {\"resource\":\"/v1/bookings\",\"httpMethod\":\"POST\",\"headers\":{\"Authorization\":\"Bearer {S}\",\"Host\":\"api.quaystone.example\"},\"requestContext\":{\"stage\":\"prod\"}}" % (ISO(), UUID()),
    lambda: "{\"level\":20,\"time\":%d,\"msg\":\"incoming request\",\"req\":{\"method\":\"GET\",\"url\":\"/v1/resources\",\"headers\":{\"authorization\":\"Bearer {S}\",\"user-agent\":\"okhttp/4.12.0\"}}}" % (1851379200000 + R.randint(0, 700000000)),
    lambda: "(%s) Method request headers: {Authorization=Bearer {S}, Accept=application/json, Host=api.quaystone.example}" % UUID(),
    lambda: "{\"level\":\"DEBUG\",\"location\":\"authorizer:33\",\"message\":\"verifying token\",\"service\":\"bookings-authorizer\",\"token\":\"{S}\"}",
], 1)
plant("bearer-token", "PARTNER_TOKEN", "PartnerToken", one(lambda: "qsp_" + AI(40)), [
    lambda: "{\"level\":20,\"time\":%d,\"msg\":\"calling partner calendar\",\"url\":\"https://api.roomlink.example/v2/calendars\",\"headers\":{\"Authorization\":\"Bearer {S}\"}}" % (1851379200000 + R.randint(0, 700000000)),
    lambda: "> GET /v1/availability HTTP/1.1\n> Host: partner.deskly.example\n> Authorization: Bearer {S}\n> Accept: */*",
], 2)
plant("basic-auth-header", "UPSTREAM_BASIC", "UpstreamBasic", one(lambda: BI(27)), [
    lambda: "%s\t%s\tINFO\tevent {\"headers\":{\"authorization\":\"Basic {S}\",\"x-forwarded-for\":\"%s\"},\"rawPath\":\"/internal/reindex\"}" % (ISO(), UUID(), "203.0.113.%d" % R.randint(2, 254)),
    lambda: "{\"@timestamp\":\"%s\",\"level\":\"DEBUG\",\"logger_name\":\"org.apache.http.headers\",\"message\":\">> Authorization: Basic {S}\"}" % ISO(),
    lambda: "D, [%s #1] DEBUG -- : [Faraday] request headers: {\"Authorization\"=>\"Basic {S}\", \"User-Agent\"=>\"Faraday v2.9.0\"}" % ISO()[:23],
], 1)
plant("stripe-secret-key", "STRIPE_SECRET_KEY", "StripeSecretKey", one(lambda: "sk_live_" + AI(99)), [
    lambda: "$ bin/rails credentials:show --environment production\nstripe:\n  secret_key: {S}\n  publishable_key: pk_live_%s" % A(99),
    lambda: "[INFO]\t%s\t%s\tstripe configured: api_key={S} api_version=2024-06-20" % (ISO(), UUID()),
], 2)
plant("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "StripeWebhookSecret", one(lambda: "whsec_" + AI(32)), [
    lambda: "E, [%s #1] ERROR -- : [%s] Stripe webhook rejected with secret {S}: Stripe::SignatureVerificationError" % (ISO()[:23], UUID()),
    lambda: "$ stripe listen --forward-to localhost:3000/webhooks/stripe\n> Ready! Your webhook signing secret is {S} (^C to quit)",
], 2)
plant("github-token", "GITHUB_TOKEN", "GithubToken", one(lambda: "ghp_" + AI(36)), [
    lambda: "[Container] 2028/09/%02d %s Running command git clone https://x-access-token:{S}@github.com/pennyworth/marketplace.git" % (DAY(), HMS()),
    lambda: "[Container] 2028/09/%02d %s Running command curl -H \"Authorization: token {S}\" https://api.github.com/repos/saltcote/clickstream/deployments" % (DAY(), HMS()),
], 2)
plant("slack-webhook", "SLACK_WEBHOOK_URL", "SlackWebhookUrl", lambda: (lambda t, b, k: ("https://hooks.slack.com/services/%s/%s/%s" % (t, b, k), [t, b, k]))("T" + MARK(U(10), "EXAMPLE", lo=0)[:10], "B" + MARK(U(10), "EXAMPLE", lo=0)[:10], MARK(A(24), "EXAMPLE")), [
    lambda: "[INFO]\t%s\t%s\tposting alarm %s to {S}" % (ISO(), UUID(), R.choice(["fh-orders-dlq-depth", "brk-ingest-errors", "kw-ingest-failed-executions"])),
    lambda: "{\"level\":\"debug\",\"ts\":%d.%06d,\"caller\":\"notify/slack.go:27\",\"msg\":\"slack notifier ready\",\"webhook\":\"{S}\"}" % (1851379200 + R.randint(0, 700000), R.randint(0, 999999)),
], 2)
plant("private-key", "CLOUDFRONT_PRIVATE_KEY", "CloudFrontPrivateKey", one(lambda: PEM("RSA PRIVATE KEY")), [
    lambda: "$ aws secretsmanager get-secret-value --secret-id quaystone/prod/cloudfront-signer --query SecretString --output text\n{S}",
    lambda: "[DEBUG]\t%s\t%s\tloaded CloudFront key pair K2%s:\n{S}" % (ISO(), UUID(), U(12)),
], 2)
plant("datadog-api-key", "DD_API_KEY", "DatadogApiKey", one(lambda: HI(32)), [
    lambda: "DATADOG_EXTENSION | DEBUG | Loaded config: site=datadoghq.eu api_key={S} serverless_logs_enabled=true",
], 3)
plant("sentry-dsn", "SENTRY_DSN", "SentryDsn", one(lambda: HI(32)), [
    lambda: "%s\t%s\tINFO\tsentry init dsn=https://{S}@o%s.ingest.sentry.io/%s release=bookings-api@3.%d.0" % (ISO(), UUID(), D(6), D(7), R.randint(1, 30)),
    lambda: "I, [%s #1]  INFO -- : Sentry DSN: https://{S}@o%s.ingest.de.sentry.io/%s" % (ISO()[:23], D(6), D(7)),
], 2)
plant("npm-token", "NPM_TOKEN", "NpmToken", one(lambda: "npm_" + AI(36)), [
    lambda: "[Container] 2028/09/%02d %s Running command echo \"//registry.npmjs.org/:_authToken={S}\" > ~/.npmrc" % (DAY(), HMS()),
], 3)
plant("oauth-client-secret", "COGNITO_CLIENT_SECRET", "CognitoClientSecret", one(lambda: LI(51)), [
    lambda: "$ aws cognito-idp describe-user-pool-client --user-pool-id eu-central-1_qStN3x8Lw --client-id %s\n{\n    \"UserPoolClient\": {\n        \"ClientName\": \"bookings-backoffice\",\n        \"ClientId\": \"%s\",\n        \"ClientSecret\": \"{S}\"\n    }\n}" % ((lambda c: (c, c))(L(26))),
    lambda: "{\"level\":20,\"time\":%d,\"msg\":\"token request\",\"body\":\"grant_type=client_credentials&client_id=%s&client_secret={S}&scope=bookings%%2Fread\"}" % (1851379200000 + R.randint(0, 700000000), L(26)),
], 2)
plant("redis-auth-token", "REDIS_AUTH_TOKEN", "RedisAuthToken", one(lambda: AI(32)), [
    lambda: "$ redis-cli -h master.pennyworth-cache.ab12cd.euw1.cache.amazonaws.com --tls -a {S} info memory",
], 3)
plant("hmac-signing-key", "JWT_SIGNING_SECRET", "JwtSigningSecret", one(lambda: BUI(48)), [
    lambda: "{\"@t\":\"%s\",\"@mt\":\"Webhook signing key {Key} loaded for tenant {Tenant}\",\"@l\":\"Debug\",\"Key\":\"{S}\",\"Tenant\":\"%s\"}" % (ISO(), L(8)),
], 3)
plant("rails-secret-key-base", "SECRET_KEY_BASE", "SecretKeyBase", one(lambda: HI(128)), [
    lambda: "$ aws ecs describe-task-definition --task-definition pennyworth-web:%d --query 'taskDefinition.containerDefinitions[0].environment[?name==`SECRET_KEY_BASE`]'\n[\n    {\n        \"name\": \"SECRET_KEY_BASE\",\n        \"value\": \"{S}\"\n    }\n]" % R.randint(100, 300),
], 3)
plant("rails-master-key", "RAILS_MASTER_KEY", "RailsMasterKey", one(lambda: HI(32)), [
    lambda: "#12 [build 6/9] RUN RAILS_MASTER_KEY={S} SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile",
], 3)
plant("sendgrid-api-key", "SENDGRID_API_KEY", "SendgridApiKey", lambda: (lambda a, b: ("SG.%s.%s" % (a, b), [a, b]))(MARK(B64U(16)), MARK(B64U(32))), [
    lambda: "{\"level\":\"DEBUG\",\"location\":\"mailer:19\",\"message\":\"sendgrid client created\",\"service\":\"notify\",\"api_key\":\"{S}\"}",
], 3)
plant("twilio-auth-token", "TWILIO_AUTH_TOKEN", "TwilioAuthToken", one(lambda: HI(32)), [
    lambda: "%s\t%s\tINFO\ttwilio client AC%s / {S} ready" % (ISO(), UUID(), H(32)),
], 3)
plant("apigw-api-key", "PARTNER_API_KEY", "PartnerApiKey", one(lambda: AI(40)), [
    lambda: "%s\t%s\tINFO\tevent {\"resource\":\"/v1/resources\",\"headers\":{\"x-api-key\":\"{S}\",\"Host\":\"api.quaystone.example\"},\"requestContext\":{\"identity\":{\"apiKeyId\":\"%s\"}}}" % (ISO(), UUID(), L(10)),
    lambda: "$ aws apigateway get-api-key --api-key %s --include-value\n{\n    \"id\": \"%s\",\n    \"value\": \"{S}\",\n    \"name\": \"deskly-prod\",\n    \"enabled\": true\n}" % ((lambda i: (i, i))(L(10))),
], 2)
plant("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", "NewRelicLicenseKey", one(lambda: HI(36) + "NRAL"), [], 4)

# ---------------------------------------------------------------- clean look-alikes
CLEAN = [
    lambda: "%s\t%s\tINFO\tprocess.env { AWS_REGION: 'eu-central-1', AWS_SESSION_TOKEN: '[REDACTED]', AWS_SECRET_ACCESS_KEY: '[REDACTED]' }" % (ISO(), UUID()),
    lambda: "{\"level\":\"INFO\",\"location\":\"handler:51\",\"message\":\"invoice link generated\",\"service\":\"orders\",\"url\":\"https://fh-invoices-prod.s3.eu-west-1.amazonaws.com/invoices/2028/09/FH-%s.pdf?X-Amz-Expires=900&X-Amz-Signature=REDACTED\"}" % D(6),
    lambda: "      Environment:\n        Variables:\n          DB_SECRET_ARN: arn:aws:secretsmanager:eu-west-1:%s:secret:morrowfield/prod/ledger-db-%s\n          STAGE: prod" % (ACCT, A(6)),
    lambda: "          STRIPE_SECRET_KEY: '{{resolve:secretsmanager:pennyworth/prod/stripe:SecretString:secret_key}}'",
    lambda: "          DD_API_KEY_SECRET_ARN: arn:aws:secretsmanager:eu-west-1:%s:secret:datadog/api-key-%s" % (ACCT, A(6)),
    lambda: "    DATABASE_PASSWORD: ${ssm:/pennyworth/prod/db-password}",
    lambda: "            \"secrets\": [\n                {\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:ssm:eu-west-1:%s:parameter/morrowfield/prod/db-password\"}\n            ]," % ACCT,
    lambda: "              + \"REDIS_AUTH_TOKEN\" = (sensitive value)",
    lambda: "\tParameter overrides          : {'Stage': 'prod', 'DbPassword': '*****'}",
    lambda: "$ aws ssm get-parameter --name /saltcote/prod/partner-key\n{\n    \"Parameter\": {\n        \"Name\": \"/saltcote/prod/partner-key\",\n        \"Type\": \"SecureString\",\n        \"Value\": \"AQICAHh%s\",\n        \"Version\": %d\n    }\n}" % (B64(90).replace("+", "").replace("/", ""), R.randint(1, 9)),
    lambda: "$ aws secretsmanager describe-secret --secret-id quaystone/prod/partner-calendar-v2 --query '{Name:Name,Rotation:RotationEnabled,LastRotated:LastRotatedDate}'\n{\n    \"Name\": \"quaystone/prod/partner-calendar-v2\",\n    \"Rotation\": true,\n    \"LastRotated\": \"2028-09-0%dT03:00:12+00:00\"\n}" % DAY(),
    lambda: "I, [%s #1]  INFO -- : DATABASE_URL=postgres://pennyworth@pennyworth-prod.c4x9y2z1.eu-west-1.rds.amazonaws.com:5432/pennyworth_production (password from IAM auth token)" % ISO()[:23],
    lambda: "{\"time\":\"%s\",\"level\":\"INFO\",\"msg\":\"connecting\",\"dsn\":\"amqps://brk-ingest:***@b-3c1d2e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6f.mq.eu-west-1.amazonaws.com:5671\"}" % ISO(),
    lambda: "Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"rediss://default:REDACTED@master.pennyworth-sidekiq.ab12cd.euw1.cache.amazonaws.com:6379/0\"}",
    lambda: "(%s) Method request headers: {Authorization=************************%s, Accept=application/json}" % (UUID(), A(4)),
    lambda: "{\"level\":40,\"time\":%d,\"msg\":\"rejecting request: missing or malformed bearer token\",\"statusCode\":401,\"authorization\":\"Bearer undefined\"}" % (1851379200000 + R.randint(0, 700000000)),
    lambda: "%s\t%s\tINFO\tevent {\"resource\":\"/v1/bookings\",\"headers\":{\"Authorization\":\"<redacted>\",\"Host\":\"api.quaystone.example\"},\"requestContext\":{\"authorizer\":{\"claims\":{\"sub\":\"%s\",\"token_use\":\"access\"}}}}" % (ISO(), UUID(), UUID()),
    lambda: "XRAY TraceId: 1-%s-%s\tSegmentId: %s\tSampled: true" % (H(8), H(24), H(16)),
    lambda: "$ aws lambda get-function-configuration --function-name %s --query '{Sha:CodeSha256,Kms:KMSKeyArn}'\n{\n    \"Sha\": \"%s=\",\n    \"Kms\": \"arn:aws:kms:eu-west-1:%s:key/%s\"\n}" % (R.choice(FNS), B64(32)[:43], ACCT, UUID()),
    lambda: "I, [%s #1]  INFO -- : stripe configured: publishable_key=pk_live_%s (secret key from credentials)" % (ISO()[:23], A(40)),
    lambda: "{\"@t\":\"%s\",\"@mt\":\"Using connection string {ConnectionString}\",\"@l\":\"Debug\",\"ConnectionString\":\"Host=ledger-prod.cluster-cq8m1x2a.eu-west-1.rds.amazonaws.com;Database=ledger;Username=ledger_app;Password=********;Maximum Pool Size=20\"}" % ISO(),
    lambda: "{\"@timestamp\":\"%s\",\"level\":\"INFO\",\"logger_name\":\"com.zaxxer.hikari.HikariConfig\",\"message\":\"password................................<masked>\"}" % ISO(),
    lambda: "new CfnOutput(this, 'DbSecretArn', { value: dbSecret.secretArn }) -> arn:aws:secretsmanager:eu-west-2:%s:secret:harrowgate/claims-db-%s" % (ACCT, A(6)),
    lambda: "  DB_PASSWORD: ${Token[TOKEN.%d]}" % R.randint(100, 999),
    lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@pennyworth-bastion" % B64(32)[:43],
    lambda: "{\"level\":\"DEBUG\",\"location\":\"authorizer:41\",\"message\":\"token verified\",\"service\":\"bookings-authorizer\",\"kid\":\"qsT0kEnKid2028sep\",\"sub\":\"%s\",\"exp\":%d}" % (UUID(), 1851379200 + R.randint(0, 700000)),
    lambda: "E, [%s #1] ERROR -- : [%s] Stripe webhook rejected: Stripe::SignatureVerificationError (No signatures found matching the expected signature for payload)" % (ISO()[:23], UUID()),
    lambda: "[Container] 2028/09/%02d %s Running command echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc" % (DAY(), HMS()),
    lambda: "[Container] 2028/09/%02d %s Running command aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin %s.dkr.ecr.eu-west-1.amazonaws.com" % (DAY(), HMS(), ACCT),
    lambda: "Run sam deploy --no-confirm-changeset --parameter-overrides Stage=prod DbPassword=***\n  sam deploy --no-confirm-changeset --parameter-overrides Stage=prod DbPassword=${{ secrets.DB_PASSWORD }}",
    lambda: "DATADOG_EXTENSION | INFO | Retrieved API key from arn:aws:secretsmanager:eu-west-1:%s:secret:datadog/api-key-%s" % (ACCT, A(6)),
    lambda: "%s\t%s\tINFO\tsentry init release=bookings-api@3.%d.0 environment=prod (dsn from SENTRY_DSN)" % (ISO(), UUID(), R.randint(1, 30)),
    lambda: "$ aws cognito-idp describe-user-pool-client --user-pool-id eu-central-1_qStN3x8Lw --client-id %s --query 'UserPoolClient.{Name:ClientName,Flows:AllowedOAuthFlows}'\n{\n    \"Name\": \"bookings-spa\",\n    \"Flows\": [\"code\"]\n}" % L(26),
    lambda: "$ aws apigateway get-api-key --api-key %s\n{\n    \"id\": \"%s\",\n    \"name\": \"deskly-prod\",\n    \"enabled\": true,\n    \"stageKeys\": [\"%s/prod\"]\n}" % ((lambda i: (i, i))(L(10)) + ("k3v9qz7w1d",)),
    lambda: "{\"level\":\"INFO\",\"message\":\"idempotency record stored\",\"service\":\"orders\",\"idempotency_key\":\"fh-orders-capture-payment#%s\"}" % H(32),
    lambda: "{\"time\":\"%s\",\"level\":\"INFO\",\"msg\":\"etag\",\"bucket\":\"saltcote-clicks-raw\",\"etag\":\"\\\"%s\\\"\",\"version_id\":\"%s\"}" % (ISO(), H(32), A(32)),
    lambda: "#12 [build 6/9] RUN SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile",
    lambda: "$ redis-cli -h master.pennyworth-cache.ab12cd.euw1.cache.amazonaws.com --tls --askpass info memory",
    lambda: "-----BEGIN CERTIFICATE-----\nMIID%s\n%s\n-----END CERTIFICATE-----" % (B64(45)[:60], B64(45)[:60]),
    lambda: "{\"@t\":\"%s\",\"@mt\":\"Webhook signing key {KeyId} loaded for tenant {Tenant}\",\"@l\":\"Debug\",\"KeyId\":\"whk_%s\",\"Tenant\":\"%s\"}" % (ISO(), L(12), L(8)),
    lambda: "[INFO]\t%s\t%s\tposting alarm %s to Slack channel #%s (webhook from SSM)" % (ISO(), UUID(), R.choice(["fh-orders-dlq-depth", "brk-ingest-errors"]), R.choice(["ops-alerts", "orders-oncall"])),
    lambda: "%s\t%s\tINFO\ttwilio client AC%s ready (auth token from Secrets Manager)" % (ISO(), UUID(), H(32)),
    lambda: "{\"level\":\"WARN\",\"message\":\"password reset requested\",\"service\":\"accounts\",\"user\":\"u_%s\",\"token_ttl_minutes\":30}" % L(10),
]
_clean_seen = set()
for i, t in enumerate(CLEAN):
    for _ in range(3 if i < 20 else 2):
        for _try in range(20):  # a template with no random part yields one line only
            m = t()
            if m not in _clean_seen:
                _clean_seen.add(m)
                C(m)
                break
