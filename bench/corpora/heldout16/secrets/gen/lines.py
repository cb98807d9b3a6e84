# Lines of the heldout16 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in
# every part. Contexts follow this round's mainstream stacks: Python/Node Lambda functions, Spring
# Boot, Go, Rails/Sidekiq and .NET services on ECS, nginx + php-fpm/gunicorn, EC2 hosts.
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
HOST = lambda: "ip-10-0-%d-%d" % (R.choice([12, 13, 14, 22, 40]), R.randint(2, 250))
SYS = lambda prog, pid=None: "Dec %2d %s %s %s: " % (DAY(), HMS(), HOST(), "%s[%d]" % (prog, pid or R.randint(300, 60000)) if pid != 0 else prog)
PT_TS = lambda: "2027-12-%02d %s,%03d+0000" % (DAY(), HMS(), R.randint(0, 999))
SB_TS = lambda: "2027-12-%02dT%s.%03dZ" % (DAY(), HMS(), R.randint(0, 999))
RID = lambda: UUID()


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


# ---------------------------------------------------------------- generic contexts
# Each takes (ENV_NAME, key_name, description) and returns a template with {S}.
def c_py_environ(E, k, d):
    return "[DEBUG]\t%s\t%s\tenviron: {'AWS_REGION': 'us-east-1', 'POWERTOOLS_SERVICE_NAME': 'orders', '%s': '{S}', 'LOG_LEVEL': 'DEBUG'}" % (TS(), RID(), E)


def c_powertools(E, k, d):
    return '{"level":"DEBUG","location":"load_settings:%d","message":"settings loaded","timestamp":"%s","service":"orders","cold_start":true,"function_name":"prod-orders-api","settings":{"%s":"{S}","region":"us-east-1","timeout":10},"xray_trace_id":"1-%08x-%s"}' % (R.randint(12, 60), PT_TS(), k, R.randint(0x6d000000, 0x6dffffff), H(24))


def c_node_console(E, k, d):
    return "%s\t%s\tINFO\tinit %s client { %s: '{S}', region: 'us-east-1', maxAttempts: 3 }" % (TS(), RID(), d, k)


def c_pino(E, k, d):
    return '{"level":20,"time":%d,"pid":2,"hostname":"169.254.%d.%d","fn":"checkout","msg":"%s client configured","%s":"{S}"}' % (R.randint(1827619200000, 1828396800000), R.randint(10, 90), R.randint(1, 254), d, k)


def c_spring(E, k, d):
    prop = "app." + k.replace("_", "-")
    return "%s DEBUG 1 --- [orders-service] [           main] c.e.orders.config.ClientProperties       : Bound %s=%s" % (SB_TS(), prop, "{S}")


def c_logstash(E, k, d):
    return '{"@timestamp":"%s","@version":"1","message":"%s client settings: {%s={S}, timeout=PT10S}","logger_name":"com.example.billing.config.ClientConfig","thread_name":"main","level":"DEBUG","level_value":10000,"service":"billing-service"}' % (SB_TS(), d, k)


def c_slog(E, k, d):
    return 'time=%s level=DEBUG msg="loaded config" service=gateway %s={S} port=8080' % (SB_TS(), k)


def c_zap(E, k, d):
    return '{"level":"debug","ts":%d.%06d,"caller":"config/load.go:%d","msg":"environment","%s":"{S}","AWS_REGION":"us-east-1"}' % (R.randint(1827619200, 1828396800), R.randint(0, 999999), R.randint(20, 80), E)


def c_rails_params(E, k, d):
    rid = UUID()
    return 'I, [2027-12-%02dT%s.%06d #1]  INFO -- : [%s]   Parameters: {"%s"=>"{S}", "format"=>"json"}' % (DAY(), HMS(), R.randint(0, 999999), rid, k)


def c_dotnet(E, k, d):
    sect = "".join(p.capitalize() for p in d.split()) or "Client"
    return "dbug: Orders.Api.Startup[0]\n      Configuration %s:%s = {S}" % (sect, "".join(p.capitalize() for p in k.split("_")))


def c_ecs_taskdef(E, k, d):
    return '"environment": [\n    {"name": "NODE_ENV", "value": "production"},\n    {"name": "%s", "value": "{S}"}\n]' % E


def c_docker_run(E, k, d):
    return "docker run -d --name %s -e %s={S} -p 8080:8080 %s.dkr.ecr.us-east-1.amazonaws.com/%s:2027.12.%d" % (R.choice(["api", "worker", "web"]), E, ACCT, R.choice(["orders-api", "billing", "shop-web"]), R.randint(1, 9))


def c_setx(E, k, d):
    return "+ export %s={S}" % E


def c_sudo_env(E, k, d):
    return SYS("sudo", 0) + "  deploy : TTY=pts/0 ; PWD=/opt/app ; USER=root ; COMMAND=/usr/bin/env %s={S} /opt/app/bin/migrate" % E


def c_cloudinit(E, k, d):
    return SYS("cloud-init") + "+ echo %s={S}" % E


def c_dotenv(E, k, d):
    return "$ cat /var/www/html/.env | grep %s\n%s={S}" % (E.split("_")[0], E)


def c_laravel(E, k, d):
    return '[2027-12-%02d %s] production.DEBUG: %s client configured {"%s":"{S}","timeout":30}' % (DAY(), HMS(), d.capitalize(), k)


def c_sidekiq(E, k, d):
    return '2027-12-%02dT%s.%03dZ pid=%d tid=%s class=PartnerSyncJob jid=%s INFO: start args=[{"%s"=>"{S}", "page"=>1}]' % (DAY(), HMS(), R.randint(0, 999), R.randint(7, 9), L(4), H(24), k)


def c_pylocals(E, k, d):
    return 'Traceback (most recent call last):\n  File "/var/task/app.py", line %d, in handler\n    client = make_client(%s)\n    locals: {\'event\': {...}, \'%s\': \'{S}\', \'retries\': 3}\nTimeoutError: timed out' % (R.randint(20, 90), k, k)


def c_systemctl(E, k, d):
    return "$ systemctl show orders-api -p Environment\nEnvironment=NODE_ENV=production %s={S} PORT=3000" % E


def c_gunicorn(E, k, d):
    return "[2027-12-%02d %s +0000] [%d] [DEBUG] settings loaded: %s='{S}' workers=4" % (DAY(), HMS(), R.randint(7, 40), k)


def c_compose(E, k, d):
    return "services:\n  app:\n    image: shop-web:latest\n    environment:\n      - %s={S}" % E


def c_yaml(E, k, d):
    return "$ cat config/settings.production.yml\n%s:\n  %s: {S}\n  timeout: 10" % (d.replace(" ", "_"), k)


GENERIC = [c_py_environ, c_powertools, c_node_console, c_pino, c_spring, c_logstash, c_slog, c_zap, c_rails_params, c_dotnet,
           c_ecs_taskdef, c_docker_run, c_setx, c_sudo_env, c_cloudinit, c_dotenv, c_laravel, c_sidekiq, c_pylocals, c_systemctl,
           c_gunicorn, c_compose, c_yaml]
_gi = [0]
_order = list(GENERIC)


def generic(kind, E, k, d, fn, n):
    for _ in range(n):
        if _gi[0] % len(_order) == 0:
            R.shuffle(_order)
        c = _order[_gi[0] % len(_order)]
        _gi[0] += 1
        P(kind, c(E, k, d), fn())


# ---------------------------------------------------------------- value shapes
def aws_secret():
    return MARK(rs(AN + "/+", 40))


def session_token():
    return "IQoJb3JpZ2luX2VjE" + MARK(B64(R.choice([240, 300])))


def slack_hook():
    t = "T" + MARK(U(10), "INVENT")
    b = "B" + MARK(U(10), "EXAMPLE")
    tok = AI(24)
    return "https://hooks.slack.com/services/%s/%s/%s" % (t, b, tok), [t, b, tok]


def xoxb():
    a, b, c = "INVENT" + D(7), "EXAMPLE" + D(6), AI(24)
    return "xoxb-%s-%s-%s" % (a, b, c), [a, b, c]


def sendgrid():
    a, b = AI(22), BUI(32)[:43]
    if not any(m in b for m in MARKS):
        b = MARK(b)
    return "SG.%s.%s" % (a, b), [a, b]


def jwt_parts():
    j = JWT()
    return j, j.split(".")


# ---------------------------------------------------------------- kinds: (kind, ENV, key, description, value fn, generic count)
SIMPLE = [
    ("aws-secret-key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "s3", aws_secret, 3),
    ("aws-session-token", "AWS_SESSION_TOKEN", "aws_session_token", "sts", session_token, 2),
    ("password", "DB_PASSWORD", "db_password", "database", PW, 5),
    ("github-token", "GITHUB_TOKEN", "github_token", "github", lambda: "ghp_" + AI(36), 3),
    ("github-fine-grained-pat", "GH_PAT", "gh_pat", "github", lambda: "github_pat_" + AI(22) + "_" + AI(59), 3),
    ("gitlab-token", "GITLAB_TOKEN", "gitlab_token", "gitlab", lambda: "glpat-" + MARK(rs(AN + "-_", 20)), 3),
    ("stripe-key", "STRIPE_SECRET_KEY", "stripe_secret_key", "stripe", lambda: "sk_live_" + AI(99), 3),
    ("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", "stripe_restricted_key", "stripe", lambda: "rk_live_" + AI(99), 3),
    ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "stripe_webhook_secret", "stripe webhook", lambda: "whsec_" + AI(32), 3),
    ("openai-key", "OPENAI_API_KEY", "openai_api_key", "openai", lambda: "sk-proj-" + MARK(rs(AN + "-_", 156)), 3),
    ("anthropic-key", "ANTHROPIC_API_KEY", "anthropic_api_key", "anthropic", lambda: "sk-ant-api03-" + MARK(rs(AN + "-_", 93)) + "AA", 3),
    ("datadog-api-key", "DD_API_KEY", "dd_api_key", "datadog", lambda: HI(32), 4),
    ("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", "license_key", "newrelic", lambda: HI(36) + "NRAL", 3),
    ("twilio-key", "TWILIO_AUTH_TOKEN", "twilio_auth_token", "twilio", lambda: HI(32), 3),
    ("npm-token", "NPM_TOKEN", "npm_token", "npm", lambda: "npm_" + AI(36), 3),
    ("pypi-token", "TWINE_PASSWORD", "pypi_token", "pypi", lambda: "pypi-AgEIcHlwaS5vcmcCJG" + MARK(B64U(96)), 2),
    ("google-api-key", "GOOGLE_MAPS_API_KEY", "maps_api_key", "maps", lambda: "AIza" + MARK(rs(AN + "-_", 35)), 3),
    ("pagerduty-routing-key", "PAGERDUTY_ROUTING_KEY", "routing_key", "pagerduty", lambda: HI(32), 3),
    ("opsgenie-api-key", "OPSGENIE_API_KEY", "opsgenie_api_key", "opsgenie", UUIDI, 3),
    ("huggingface-token", "HF_TOKEN", "hf_token", "huggingface", lambda: "hf_" + AI(34), 3),
    ("mailgun-api-key", "MAILGUN_API_KEY", "mailgun_api_key", "mailgun", lambda: "key-" + HI(32), 3),
    ("shopify-access-token", "SHOPIFY_ACCESS_TOKEN", "shopify_access_token", "shopify", lambda: "shpat_" + HI(32), 3),
    ("algolia-admin-key", "ALGOLIA_ADMIN_KEY", "algolia_admin_key", "algolia", lambda: HI(32), 3),
    ("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", "cloudflare_api_token", "cloudflare", lambda: MARK(rs(AN + "-_", 40)), 3),
    ("sonarqube-token", "SONAR_TOKEN", "sonar_token", "sonar", lambda: "squ_" + HI(40), 3),
    ("okta-api-token", "OKTA_API_TOKEN", "okta_api_token", "okta", lambda: "00" + MARK(rs(AN + "-_", 40)), 3),
    ("auth0-client-secret", "AUTH0_CLIENT_SECRET", "auth0_client_secret", "auth0", lambda: MARK(rs(AN + "-_", 64)), 3),
    ("cognito-client-secret", "COGNITO_CLIENT_SECRET", "cognito_client_secret", "cognito", lambda: LI(52), 3),
    ("nuget-api-key", "NUGET_API_KEY", "nuget_api_key", "nuget", lambda: "oy2" + LI(43), 3),
    ("rails-master-key", "RAILS_MASTER_KEY", "master_key", "rails credentials", lambda: HI(32), 3),
    ("rails-secret-key-base", "SECRET_KEY_BASE", "secret_key_base", "rails", lambda: HI(128), 3),
    ("laravel-app-key", "APP_KEY", "app_key", "laravel", lambda: "base64:" + BI(32), 3),
    ("django-secret-key", "DJANGO_SECRET_KEY", "secret_key", "django", lambda: "django-insecure-" + MARK(rs(string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50)) if R.random() < 0.2 else MARK(rs(string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50)), 3),
    ("jwt-hmac-secret", "JWT_SECRET", "jwt_secret", "jwt", lambda: AI(48), 3),
    ("azure-storage-key", "AZURE_STORAGE_KEY", "azure_storage_key", "azure blob", lambda: BI(64), 2),
    ("sentry-auth-token", "SENTRY_AUTH_TOKEN", "sentry_auth_token", "sentry", lambda: "sntrys_" + BUI(60), 3),
    ("api-key", "PARTNER_API_KEY", "partner_api_key", "partner", lambda: AI(R.choice([32, 40])), 3),
    ("generic-secret", "WEBHOOK_SIGNING_SECRET", "signing_secret", "webhook", lambda: AI(R.choice([32, 44])), 3),
]
for i, (kind, E, k, d, fn, n) in enumerate(SIMPLE):
    generic(kind, E, k, d, fn, n + 1 + (i % 2 == 0))

# ---------------------------------------------------------------- kind-specific contexts
# aws-secret-key
P("aws-secret-key", "[default]\naws_access_key_id = AKXC" + U(16) + "\naws_secret_access_key = {S}\nregion = us-east-1", aws_secret())
P("aws-secret-key", "2027-12-%02d %s,%03d botocore.credentials [DEBUG] Found credentials in environment variables: secret_key={S}" % (DAY(), HMS(), R.randint(0, 999)), aws_secret())
P("aws-secret-key", SYS("cloud-init") + "+ aws configure set aws_secret_access_key {S} --profile backup", aws_secret())
# aws-session-token
P("aws-session-token", "2027-12-%02d %s,%03d - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://sqs.us-east-1.amazonaws.com/, headers={'X-Amz-Security-Token': b'{S}', 'X-Amz-Date': b'20271203T101112Z'}>" % (DAY(), HMS(), R.randint(0, 999)), session_token())
P("aws-session-token", '{"level":"DEBUG","location":"assume:33","message":"assumed partner role","timestamp":"%s","service":"stock","credentials":{"SessionToken":"{S}","Expiration":"2027-12-0%dT11:00:00+00:00"}}' % (PT_TS(), R.randint(1, 9)), session_token())
P("aws-session-token", "$ curl -s http://169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI\n{\"RoleArn\":\"arn:aws:iam::%s:role/orders-api-task\",\"Token\":\"{S}\",\"Expiration\":\"2027-12-05T16:00:00Z\"}" % ACCT, session_token())
# password
for t in [
    SYS("sudo", 0) + "  deploy : TTY=pts/1 ; PWD=/home/deploy ; USER=postgres ; COMMAND=/usr/bin/psql -c ALTER USER app WITH PASSWORD '{S}'",
    "2027-12-%02d %s.%03d UTC [%d] LOG:  statement: ALTER ROLE orders_app PASSWORD '{S}'" % (DAY(), HMS(), R.randint(0, 999), R.randint(100, 9000)),
    "mysql -h shop-db.cluster-cexmpl0abc12.us-east-1.rds.amazonaws.com -u shop -p'{S}' shop < /tmp/seed.sql",
    "redis-cli -h shop-cache.internal -a '{S}' --no-auth-warning PING",
    "info: Orders.Api.Startup[0]\n      Using connection string Host=orders-db.cluster-cexmpl0abc12.us-east-1.rds.amazonaws.com;Port=5432;Database=orders;Username=orders_app;Password={S};SSL Mode=Require",
    '{"@timestamp":"%s","@version":"1","message":"HikariPool-1 - configuration: jdbcUrl=jdbc:postgresql://billing-db.internal:5432/billing username=billing password={S}","logger_name":"com.zaxxer.hikari.HikariConfig","thread_name":"main","level":"DEBUG","level_value":10000}' % SB_TS(),
    "I, [2027-12-%02dT%s.%06d #1]  INFO -- : [%s]   Parameters: {\"user\"=>{\"email\"=>\"ops@shop.example.com\", \"password\"=>\"{S}\"}, \"commit\"=>\"Log in\"}" % (DAY(), HMS(), R.randint(0, 999999), UUID()),
    "[2027-12-%02d %s] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'10.0.13.7' (using password: YES) {\"exception\":\"[object] (PDOException(code: 1045)) \",\"config\":{\"host\":\"shop-db.internal\",\"username\":\"shop\",\"password\":\"{S}\"}}" % (DAY(), HMS()),
]:
    P("password", t, PW())
# url-credentials (the secret is the password inside the URL)
for t in [
    "DATABASE_URL=postgres://orders_app:{S}@orders-db.cluster-cexmpl0abc12.us-east-1.rds.amazonaws.com:5432/orders?sslmode=require",
    "%s\t%s\tINFO\tconnecting to mongodb+srv://catalog:{S}@catalog.ab1cd.mongodb.net/catalog?retryWrites=true&w=majority" % (TS(), RID()),
    'time=%s level=INFO msg="connecting" dsn="postgres://ledger:{S}@ledger-db.internal:5432/ledger?pool_max_conns=20"' % SB_TS(),
    "2027-12-%02dT%s.%03dZ pid=7 tid=%s INFO: Sidekiq 7.3.0 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"rediss://default:{S}@sidekiq-redis.internal:6379/0\"}" % (DAY(), HMS(), R.randint(0, 999), L(4)),
    "[2027-12-%02d %s +0000] [1] [INFO] Using broker amqps://reco:{S}@b-%s.mq.us-east-1.amazonaws.com:5671//" % (DAY(), HMS(), UUID()),
    "%s  INFO 1 --- [orders-service] [           main] o.s.b.a.j.DataSourceProperties           : url=jdbc:mysql://legacy-db.internal:3306/orders?user=orders&password={S}&useSSL=true" % SB_TS(),
    SYS("backup-db") + "pg_dump \"postgresql://backup:{S}@orders-db.internal/orders\" | gzip > /var/backups/pg/orders.sql.gz",
    "pip install --index-url https://ci:{S}@pypi.internal.shop.example.com/simple/ shop-common==3.4.1",
]:
    P("url-credentials", t, PW())
# private keys
P("private-key", "$ aws secretsmanager get-secret-value --secret-id prod/sftp/partner-key --query SecretString --output text\n{S}", PEM("OPENSSH PRIVATE KEY"))
P("private-key", "%s\t%s\tDEBUG\tsigning key loaded: {S}" % (TS(), RID()), PEM("PRIVATE KEY"))
P("private-key", SYS("cloud-init") + "+ cat /etc/nginx/ssl/shop.key\n{S}", PEM("RSA PRIVATE KEY"))
P("private-key", "APPLE_PUSH_KEY=\"{S}\"", PEM("EC PRIVATE KEY"))
P("private-key", '{"type": "service_account", "project_id": "shop-analytics", "private_key_id": "' + H(40) + '", "private_key": "{S}", "client_email": "exporter@shop-analytics.iam.gserviceaccount.com"}', PEM("PRIVATE KEY").replace("\n", "\\n"))
# slack webhooks (team, bot and token parts each marked)
for t in [
    "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy of orders-api finished\"}' {S}",
    "SLACK_WEBHOOK_URL={S}",
    '{"level":"INFO","location":"notify:18","message":"posting alert","timestamp":"%s","service":"stock","webhook":"{S}"}' % PT_TS(),
    SYS("backup-db") + "alerting {S} : nightly backup FAILED",
    "%s  INFO 1 --- [billing-service] [   scheduling-1] c.e.b.alerts.SlackNotifier               : POST {S} -> 200" % SB_TS(),
    "Dec %2d %s %s cron-notify[%d]: webhook={S} status=ok" % (DAY(), HMS(), HOST(), R.randint(300, 60000)),
]:
    v, parts = slack_hook()
    P("slack-webhook", t, v, parts)
for t in ["SLACK_BOT_TOKEN={S}", "%s\t%s\tDEBUG\tslack client init token={S}" % (TS(), RID()),
          'time=%s level=DEBUG msg="slack notifier" token={S}' % SB_TS(), "curl -s -H 'Authorization: Bearer {S}' https://slack.com/api/chat.postMessage -d channel=C0123ABCD -d text=deploy",
          "export SLACK_BOT_TOKEN={S}"]:
    v, parts = xoxb()
    P("slack-bot-token", t, v, parts)
for t in ["SENDGRID_API_KEY={S}", "%s\t%s\tINFO\tmail transport { provider: 'sendgrid', apiKey: '{S}' }" % (TS(), RID()),
          "curl --request POST --url https://api.sendgrid.com/v3/mail/send --header 'Authorization: Bearer {S}' --header 'Content-Type: application/json' --data @mail.json",
          '[2027-12-%02d %s] production.DEBUG: Mailer configured {"driver":"sendgrid","key":"{S}"}' % (DAY(), HMS()),
          "dbug: Payments.Api.Mail.MailClient[0]\n      SendGrid:ApiKey = {S}"]:
    v, parts = sendgrid()
    P("sendgrid-key", t, v, parts)
# JWT bearer tokens (all three segments marked)
for t in [
    '10.0.1.23 - - [0%d/Dec/2027:%s +0000] "GET /api/orders?access_token={S} HTTP/1.1" 200 5120 "-" "okhttp/4.12.0" "203.0.113.40"' % (R.randint(1, 9), HMS()),
    "%s\t%s\tDEBUG\tauthorizer event { type: 'TOKEN', authorizationToken: 'Bearer {S}', methodArn: 'arn:aws:execute-api:us-east-1:%s:a1b2c3d4e5/prod/GET/orders' }" % (TS(), RID(), ACCT),
    "dbug: System.Net.Http.HttpClient.CatalogClient.ClientHandler[102]\n      Request Headers:\n      Authorization: Bearer {S}",
    'time=%s level=DEBUG msg="outbound request" url=http://catalog.internal:8080/v1/items authorization="Bearer {S}"' % SB_TS(),
    "%s DEBUG 1 --- [orders-service] [nio-8080-exec-4] o.s.web.client.RestClient                : Request headers: [Authorization:\"Bearer {S}\", Accept:\"application/json\"]" % SB_TS(),
    "curl -s https://api.shop.example.com/v1/orders -H 'Authorization: Bearer {S}'",
]:
    v, parts = jwt_parts()
    P("jwt", t, v, parts)
# authorization headers with opaque tokens
for t in ["%s\t%s\tDEBUG\trequest headers { authorization: 'Bearer {S}', 'content-type': 'application/json' }" % (TS(), RID()),
          "> GET /v2/inventory HTTP/1.1\n> Host: api.partner-stock.example.com\n> Authorization: Token {S}\n> User-Agent: curl/8.5.0",
          "2027-12-%02d %s,%03d urllib3.connectionpool DEBUG https://api.partner-stock.example.com:443 \"GET /v2/levels HTTP/1.1\" 200 None headers={'Authorization': 'Bearer {S}'}" % (DAY(), HMS(), R.randint(0, 999)),
          "%s DEBUG 1 --- [inventory-service] [nio-8080-exec-9] org.apache.http.headers                  : http-outgoing-3 >> Authorization: Bearer {S}" % SB_TS()]:
    P("authorization-header", t, AI(R.choice([40, 48, 64])))
# docker registry auth
for t in ['$ cat ~/.docker/config.json\n{"auths": {"registry.gitlab.com": {"auth": "{S}"}}}',
          'DOCKER_AUTH_CONFIG={"auths":{"ghcr.io":{"auth":"{S}"}}}',
          SYS("cloud-init") + "+ echo '{\"auths\":{\"docker.io\":{\"auth\":\"{S}\"}}}' > /root/.docker/config.json"]:
    P("docker-config-auth", t, BI(R.choice([30, 36, 42])))
# sentry DSN key
for t in ["SENTRY_DSN=https://{S}@o%s.ingest.us.sentry.io/%s" % (D(6), D(7)),
          "%s\t%s\tINFO\tSentry init { dsn: 'https://{S}@o%s.ingest.us.sentry.io/%s', tracesSampleRate: 0.1 }" % (TS(), RID(), D(6), D(7)),
          "sentry_sdk.init(dsn=\"https://{S}@o%s.ingest.sentry.io/%s\", traces_sample_rate=0.2)" % (D(6), D(7))]:
    P("sentry-dsn-key", t, HI(32))

# ---------------------------------------------------------------- clean lines (no secret)
MASKS = ["****", "********", "[FILTERED]", "[REDACTED]", "<redacted>", "***REDACTED***", "xxxxxxxx", "(hidden)"]
CLEAN = [
    lambda: "I, [2027-12-%02dT%s.%06d #1]  INFO -- : [%s]   Parameters: {\"user\"=>{\"email\"=>\"%s@shop.example.com\", \"password\"=>\"[FILTERED]\"}, \"commit\"=>\"Log in\"}" % (DAY(), HMS(), R.randint(0, 999999), UUID(), L(6)),
    lambda: "DB_PASSWORD=%s" % R.choice(MASKS),
    lambda: '{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:%s:secret:prod/orders/db-%s:password::"}' % (ACCT, A(6)),
    lambda: "MasterUserPassword: '{{resolve:secretsmanager:prod/%s/db:SecretString:password}}'" % R.choice(["orders", "billing", "shop"]),
    lambda: '{"name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:ssm:us-east-1:%s:parameter/prod/%s/stripe-secret-key"}' % (ACCT, R.choice(["checkout", "payments"])),
    lambda: "%s\t%s\tINFO\tusing stripe key sk_live_...%s" % (TS(), RID(), A(4)),
    lambda: "Authorization: Bearer %s" % R.choice(["<token>", "${TOKEN}", "$GITHUB_TOKEN", "[REDACTED]", "***"]),
    lambda: "%s DEBUG 1 --- [orders-service] [nio-8080-exec-%d] o.s.web.client.RestClient                : Request headers: [Authorization:\"Bearer ***\", X-Request-Id:\"%s\"]" % (SB_TS(), R.randint(1, 40), UUID()),
    lambda: "commit %s\nAuthor: deploy-bot <deploy-bot@shop.example.com>\nDate:   Fri Dec %d 10:11:12 2027 +0000\n\n    rotate stripe webhook secret (value in SSM)" % (H(40), DAY()),
    lambda: "Digest: sha256:%s" % H(64),
    lambda: "%s.dkr.ecr.us-east-1.amazonaws.com/orders-api@sha256:%s" % (ACCT, H(64)),
    lambda: "XRAY TraceId: 1-%08x-%s\tSegmentId: %s\tSampled: true" % (R.randint(0x6d000000, 0x6dffffff), H(24), H(16)),
    lambda: (lambda d: "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB" % (UUID(), d, int(d) + 1, R.randint(80, 300)))(R.uniform(2, 900)),
    lambda: '{"ETag": "\\"%s\\"", "VersionId": "%s", "ServerSideEncryption": "aws:kms", "SSEKMSKeyId": "arn:aws:kms:us-east-1:%s:key/%s"}' % (H(32), rs(AN + "._", 32), ACCT, UUID()),
    lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@%s" % (B64(32)[:43], HOST()),
    lambda: SYS("sshd") + "Accepted publickey for ec2-user from 10.0.1.200 port %d ssh2: ED25519 SHA256:%s" % (R.randint(32768, 60999), B64(32)[:43]),
    lambda: "%s\t%s\tINFO\tcheckout page config { publishableKey: 'pk_live_%s', currency: 'eur' }" % (TS(), RID(), A(24)),
    lambda: "%s\t%s\tINFO\tidempotency key %s accepted" % (TS(), RID(), UUID()),
    lambda: '{"level":"INFO","location":"get_db_credentials:30","message":"fetched secret","timestamp":"%s","service":"orders","secret_arn":"arn:aws:secretsmanager:us-east-1:%s:secret:prod/orders/db-%s","version_id":"%s","password":"%s"}' % (PT_TS(), ACCT, A(6), UUID(), R.choice(["***", "<redacted>", "[REDACTED]"])),
    lambda: "time=%s level=INFO msg=\"config loaded\" db_password_set=true stripe_key_len=%d jwt_secret=<hidden>" % (SB_TS(), R.choice([32, 107])),
    lambda: "info: Orders.Api.Startup[0]\n      Using connection string Host=orders-db.internal;Port=5432;Database=orders;Username=orders_app;Password=*****",
    lambda: "DATABASE_URL=postgres://orders_app:%s@orders-db.internal:5432/orders" % R.choice(["${DB_PASSWORD}", "****", "<password>", "%24%7BDB_PASSWORD%7D"]),
    lambda: "AWS_ACCESS_KEY_ID is not set; falling back to the container credentials provider (role arn:aws:iam::%s:role/%s-task)" % (ACCT, R.choice(["orders-api", "billing", "ingest"])),
    lambda: "%s  WARN 1 --- [billing-service] [           main] c.e.b.config.SecretsLoader               : secret prod/billing/%s rotated at 2027-12-%02dT%s, reloading" % (SB_TS(), R.choice(["db", "stripe", "smtp"]), DAY(), HMS()),
    lambda: "Set-Cookie: XSRF-TOKEN=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; path=/",
    lambda: "<meta name=\"csrf-param\" content=\"authenticity_token\" />",
    lambda: '{"token_type":"Bearer","expires_in":3600,"scope":"orders:read","access_token":"%s"}' % R.choice(["[REDACTED]", "***", "<omitted>"]),
    lambda: SYS("sudo", 0) + "  deploy : TTY=pts/0 ; PWD=/opt/app ; USER=root ; COMMAND=/usr/bin/aws secretsmanager get-secret-value --secret-id prod/orders/db --query VersionId",
    lambda: "x-amz-id-2: %s\nx-amz-request-id: %s" % (B64(54), U(16)),
    lambda: "X-Amz-Content-Sha256: %s" % R.choice(["UNSIGNED-PAYLOAD", H(64)]),
    lambda: '<script src="https://js.stripe.com/v3/" integrity="sha384-%s" crossorigin="anonymous"></script>' % B64(48),
    lambda: "git-lfs: oid sha256:%s size %d" % (H(64), R.randint(1000, 9000000)),
    lambda: "%s\t%s\tINFO\tSQS body (base64): %s" % (TS(), RID(), base64.b64encode(json.dumps({"orderId": "o-%s" % D(9), "status": "PAID"}).encode()).decode()),
    lambda: "kms key alias/orders-%s -> %s (arn:aws:kms:us-east-1:%s:key/%s)" % (R.choice(["data", "logs", "backup"]), UUID(), ACCT, UUID()),
    lambda: "Cognito app client %s (no secret) for pool us-east-1_%s" % (L(26), A(9)),
    lambda: "secret_key_base: <%%= ENV.fetch(\"SECRET_KEY_BASE\") %%>",
    lambda: "$ env | grep -c -i -E 'token|secret|password'\n%d" % R.randint(3, 12),
    lambda: "password_reset_sent_at: 2027-12-%02d %s UTC, password_changed: true" % (DAY(), HMS()),
    lambda: "Dec %2d %s %s sshd[%d]: Failed password for invalid user admin from 203.0.113.%d port %d ssh2" % (DAY(), HMS(), HOST(), R.randint(300, 60000), R.randint(2, 250), R.randint(32768, 60999)),
    lambda: "warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]\n      No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % UUID(),
    lambda: "%s\t%s\tINFO\tsession %s refreshed for user u_%s" % (TS(), RID(), R.choice(["id", "key"]) + "=" + UUID()[:8] + "…", D(6)),
    lambda: "github.com/%s/%s@v%d.%d.%d h1:%s=" % (R.choice(["jackc", "aws", "redis"]), R.choice(["pgx", "aws-sdk-go-v2", "go-redis"]), R.randint(1, 9), R.randint(0, 30), R.randint(0, 9), B64(32)[:43]),
    lambda: "npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access (token from NPM_TOKEN, masked)",
    lambda: "##[debug]Evaluating: secrets.%s => ***" % R.choice(["STRIPE_SECRET_KEY", "NPM_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_WEBHOOK_URL"]),
    lambda: "Run aws-actions/configure-aws-credentials@v4 with role-to-assume: arn:aws:iam::%s:role/github-deploy, role-session-name: gh-%s" % (ACCT, D(10)),
    lambda: "https://shop-uploads.s3.amazonaws.com/invoices/inv_%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300&X-Amz-SignedHeaders=host (signature stripped)" % D(8),
    lambda: "fingerprint: %s" % ":".join(H(2) for _ in range(16)),
]
_clean_seen = set()
_i = 0
while len(_clean_seen) < 150:
    for _ in range(20):  # a template with few variants is drawn until it repeats, then skipped
        line = CLEAN[_i % len(CLEAN)]()
        if line not in _clean_seen:
            _clean_seen.add(line)
            C(line)
            break
    _i += 1
