# Lines of the heldout18 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in
# every part. Contexts follow this round's stacks: Apache/PHP-FPM/WordPress on EC2, RDS PostgreSQL and
# PgBouncer, Aurora MySQL, ElastiCache Valkey clients, MSK/Kafka Connect, Celery on ECS, Ruby 3.3
# Lambda and Sinatra, Rust Lambda functions with tracing.
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
PYTS = lambda: "2028-02-%02d %s,%03d" % (DAY(), HMS(), R.randint(0, 999))
PGTS = lambda: "2028-02-%02d %s UTC" % (DAY(), HMS())
KTS = lambda: "[2028-02-%02d %s,%03d]" % (DAY(), HMS(), R.randint(0, 999))


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


# ---------------------------------------------------------------- generic contexts: (ENV, key, desc) -> template with {S}
def c_fpm_env(E, k, d):
    return "[%02d-Feb-2028 %s] NOTICE: [pool www] env[%s] = {S}" % (DAY(), HMS(), E)


def c_wp_debug(E, k, d):
    return "[%02d-Feb-2028 %s UTC] PHP Notice:  config dump: define( '%s', '{S}' ); in /var/www/html/wp-content/mu-plugins/debug-config.php on line %d" % (DAY(), HMS(), E, R.randint(10, 80))


def c_celery_conf(E, k, d):
    return "[%s: DEBUG/MainProcess] settings: %s = '{S}'" % (PYTS(), E)


def c_celery_json(E, k, d):
    return '{"time": "%s", "level": "DEBUG", "logger": "shop.settings", "message": "loaded %s", "%s": "{S}"}' % (PYTS(), d, k)


def c_connect_cfg(E, k, d):
    return "%s INFO [%s|worker] Creating connector %s of type %s with config {%s={S}, tasks.max=2} (org.apache.kafka.connect.runtime.Worker)" % (
        KTS(), R.choice(["s3-sink-orders", "jdbc-sink-payments", "orders-cdc"]), R.choice(["s3-sink-orders", "jdbc-sink-payments"]), R.choice(["io.confluent.connect.s3.S3SinkConnector", "io.confluent.connect.jdbc.JdbcSinkConnector"]), k.replace("_", "."))


def c_ruby_logger(E, k, d):
    return "D, [2028-02-%02dT%s.%06d #8] DEBUG -- : ENV %s=\"{S}\"" % (DAY(), HMS(), R.randint(0, 999999), E)


def c_lambda_env(E, k, d):
    return "## ENVIRONMENT VARIABLES\n[[\"AWS_REGION\", \"us-east-1\"], [\"%s\", \"{S}\"], [\"AWS_LAMBDA_FUNCTION_NAME\", \"%s\"]]" % (E, R.choice(["order-webhook", "thumbs-fn", "feed-parser"]))


def c_sinatra(E, k, d):
    return "2028-02-%02d %s - DEBUG - settings.%s = \"{S}\"" % (DAY(), HMS(), k)


def c_tracing_json(E, k, d):
    return '{"timestamp":"2028-02-%02dT%s.%06dZ","level":"DEBUG","fields":{"message":"config loaded","%s":"{S}"},"target":"%s::config"}' % (DAY(), HMS(), R.randint(0, 999999), k, R.choice(["ledger", "ingest", "notifier", "fx_rates"]))


def c_tracing_txt(E, k, d):
    return "2028-02-%02dT%s.%06dZ DEBUG %s::config: Config { %s: \"{S}\", region: \"us-east-1\" }" % (DAY(), HMS(), R.randint(0, 999999), R.choice(["ledger", "resize", "notifier"]), k)


def c_ecs_env(E, k, d):
    return "+ export %s='{S}'" % E if R.random() < 0.5 else "docker-entrypoint.sh: %s={S}" % E


def c_cloudinit(E, k, d):
    return "Feb %2d %s ip-10-0-%d-%d cloud-init[%d]: + echo 'SetEnv %s {S}' >> /etc/httpd/conf.d/wp-env.conf" % (DAY(), HMS(), R.randint(1, 40), R.randint(2, 250), R.randint(900, 3000), E)


GENERIC = [c_fpm_env, c_wp_debug, c_celery_conf, c_celery_json, c_connect_cfg, c_ruby_logger, c_lambda_env, c_sinatra, c_tracing_json, c_tracing_txt, c_ecs_env, c_cloudinit]
_gi = [0]


def gen_ctx():
    c = GENERIC[_gi[0] % len(GENERIC)]
    _gi[0] += 1
    return c


# ---------------------------------------------------------------- kinds: name, env, key, desc, value() -> (secret, parts)
def one(f):
    return lambda: (lambda v: (v, [v]))(f())


def slack_webhook():
    t, b, tok = "T" + MARK(U(10), "EXAMPLE", 0)[:10], "B" + MARK(U(10), "INVENT", 0)[:10], MARK(A(24))
    return "https://hooks.slack.com/services/%s/%s/%s" % (t, b, tok), [t, b, tok]


def slack_bot():
    a, b, c = MARK(D(11), "INVENT", 0), MARK(D(13), "EXAMPLE", 0), MARK(A(24))
    return "xoxb-%s-%s-%s" % (a, b, c), [a, b, c]


def sendgrid():
    a, b = MARK(B64U(16)[:22], lo=2), MARK(B64U(33)[:43], lo=2)
    return "SG.%s.%s" % (a, b), [a, b]


def jwt():
    v = JWT()
    return v, v.split(".")


def sentry():
    k = HI(32)
    return "https://%s@o%s.ingest.us.sentry.io/%s" % (k, D(6), D(7)), [k]


KINDS = [
    ("aws-secret-key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "aws", one(lambda: BI(30)[:40])),
    ("aws-session-token", "AWS_SESSION_TOKEN", "aws_session_token", "aws", one(lambda: "IQoJb3JpZ2luX2VjE" + BI(180)[:220])),
    ("password", "DB_PASSWORD", "db_password", "database", one(PW)),
    ("redis-auth-token", "REDIS_AUTH_TOKEN", "redis_auth_token", "cache", one(lambda: MARK(A(32)))),
    ("kafka-sasl-password", "KAFKA_SASL_PASSWORD", "sasl_password", "kafka", one(PW)),
    ("wordpress-salt", "AUTH_KEY", "auth_key", "wordpress", one(lambda: MARK(rs(string.ascii_letters + string.digits + "!@#%^&*()-_[]{}<>~+=,.;:/?|", 64)))),
    ("stripe-key", "STRIPE_SECRET_KEY", "stripe_secret_key", "payments", one(lambda: "sk_live_" + AI(99)[:99])),
    ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "stripe_webhook_secret", "payments", one(lambda: "whsec_" + AI(32))),
    ("github-token", "GITHUB_TOKEN", "github_token", "deploy", one(lambda: "ghp_" + AI(36))),
    ("github-fine-grained-pat", "GH_PAT", "gh_pat", "deploy", one(lambda: "github_pat_" + AI(22) + "_" + AI(59))),
    ("gitlab-token", "GITLAB_TOKEN", "gitlab_token", "ci", one(lambda: "glpat-" + AI(20))),
    ("slack-bot-token", "SLACK_BOT_TOKEN", "slack_bot_token", "alerts", slack_bot),
    ("slack-webhook", "SLACK_WEBHOOK_URL", "slack_webhook_url", "alerts", slack_webhook),
    ("sendgrid-key", "SENDGRID_API_KEY", "sendgrid_api_key", "mail", sendgrid),
    ("twilio-auth-token", "TWILIO_AUTH_TOKEN", "twilio_auth_token", "sms", one(lambda: HI(32))),
    ("openai-key", "OPENAI_API_KEY", "openai_api_key", "ai", one(lambda: "sk-proj-" + AI(58) + "T3BlbkFJ" + AI(58))),
    ("anthropic-key", "ANTHROPIC_API_KEY", "anthropic_api_key", "ai", one(lambda: "sk-ant-api03-" + BUI(70)[:93] + "AA")),
    ("datadog-api-key", "DD_API_KEY", "dd_api_key", "metrics", one(lambda: HI(32))),
    ("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", "newrelic_license_key", "apm", one(lambda: HI(36) + "NRAL")),
    ("sentry-dsn-key", "SENTRY_DSN", "sentry_dsn", "errors", sentry),
    ("npm-token", "NPM_TOKEN", "npm_token", "build", one(lambda: "npm_" + AI(36))),
    ("pypi-token", "PYPI_TOKEN", "pypi_token", "build", one(lambda: "pypi-AgEIcHlwaS5vcmc" + BUI(60))),
    ("rubygems-api-key", "GEM_HOST_API_KEY", "gem_host_api_key", "build", one(lambda: "rubygems_" + HI(48))),
    ("google-api-key", "GOOGLE_MAPS_API_KEY", "google_maps_api_key", "maps", one(lambda: "AIza" + MARK(rs(AN + "-_", 35)))),
    ("mailgun-api-key", "MAILGUN_API_KEY", "mailgun_api_key", "mail", one(lambda: "key-" + HI(32))),
    ("jwt", "SERVICE_JWT", "service_jwt", "auth", jwt),
    ("jwt-hmac-secret", "JWT_SECRET", "jwt_secret", "auth", one(lambda: MARK(A(48)))),
    ("vault-token", "VAULT_TOKEN", "vault_token", "vault", one(lambda: "hvs." + AI(90))),
    ("huggingface-token", "HF_TOKEN", "hf_token", "ml", one(lambda: "hf_" + AI(34))),
    ("shopify-access-token", "SHOPIFY_ACCESS_TOKEN", "shopify_access_token", "shop", one(lambda: "shpat_" + HI(32))),
    ("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", "cloudflare_api_token", "dns", one(lambda: MARK(rs(AN + "_-", 40)))),
    ("doppler-token", "DOPPLER_TOKEN", "doppler_token", "secrets", one(lambda: "dp.st.prd." + AI(43))),
    ("bearer-token", "PARTNER_API_TOKEN", "partner_api_token", "partner", one(lambda: MARK(A(40)))),
    ("api-key", "PRICING_API_KEY", "pricing_api_key", "pricing", one(lambda: MARK(A(32)))),
    ("linear-api-key", "LINEAR_API_KEY", "linear_api_key", "issues", one(lambda: "lin_api_" + AI(40))),
]

for kind, E, k, d, val in KINDS:
    for _ in range(4):
        s, parts = val()
        P(kind, gen_ctx()(E, k, d), s, parts)


def pick_kind(name):
    return [x for x in KINDS if x[0] == name][0][4]


# ---------------------------------------------------------------- kind-specific contexts
for _ in range(3):
    pw = PW()
    P("password", "%s:10.0.%d.%d(%d):rds_admin@orders:[%d]:LOG:  statement: ALTER ROLE reporting WITH PASSWORD '{S}'" % (PGTS(), R.randint(0, 3), R.randint(2, 250), R.randint(32768, 60999), R.randint(300, 60000)), pw)
for _ in range(3):
    pw = PW()
    P("password", "%d,ip-172-17-%d-%d,admin,10.0.%d.%d,%d,%d,QUERY,mysql,'CREATE USER \\'etl\\'@\\'%%\\' IDENTIFIED BY \\'{S}\\'',0" % (1832976000000000 + R.randint(0, 10**12), R.randint(0, 9), R.randint(2, 250), R.randint(0, 3), R.randint(2, 250), R.randint(1000, 99999), R.randint(10**6, 10**8)), pw)
for _ in range(3):
    pw = PW()
    P("password", "Feb %2d %s ip-10-0-%d-%d sudo[%d]: ec2-user : TTY=pts/0 ; PWD=/home/ec2-user ; USER=root ; COMMAND=/usr/bin/mysql -h orders-writer.cluster-cx7kq2m1abcd.us-east-1.rds.amazonaws.com -u admin -p{S} -e SHOW PROCESSLIST" % (DAY(), HMS(), R.randint(1, 40), R.randint(2, 250), R.randint(900, 9000)), pw)
for _ in range(3):
    pw = PW()
    P("kafka-sasl-password", "%s INFO ScramSaslClientConfig values: \n\tsasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username=\"analytics\" password=\"{S}\";\n\tsasl.mechanism = SCRAM-SHA-512 (org.apache.kafka.clients.consumer.ConsumerConfig)" % KTS(), pw)
for _ in range(6):
    pw = PW()
    tmpl = R.choice([
        "[%s: INFO/MainProcess] Connected to redis://default:{S}@celery-broker.ab12cd.ng.0001.use1.cache.amazonaws.com:6379/0" % PYTS(),
        "%s DEBUG [report_job.cache] connecting to rediss://report-job:{S}@shop-cache.ab12cd.clustercfg.use1.cache.amazonaws.com:6379/0" % PYTS(),
        "2028-02-%02d %s - INFO - DATABASE_URL=postgres://shop:{S}@shop-db.cx7kq2m1abcd.us-east-1.rds.amazonaws.com:5432/shop" % (DAY(), HMS()),
        '{"timestamp":"2028-02-%02dT%s.000001Z","level":"DEBUG","fields":{"message":"connecting","database_url":"postgres://ledger:{S}@ledger-db.cx7kq2m1abcd.us-east-1.rds.amazonaws.com/ledger"},"target":"ledger::db"}' % (DAY(), HMS()),
    ])
    P("url-credentials", tmpl, pw)
for _ in range(4):
    tok = MARK(A(32))
    P("redis-auth-token", "2028-02-%02d %s,%03d DEBUG [cart.cache] redis kwargs: {'host': 'shop-cache.ab12cd.clustercfg.use1.cache.amazonaws.com', 'port': 6379, 'ssl': True, 'password': '{S}', 'username': 'cart-api'}" % (DAY(), HMS(), R.randint(0, 999)), tok)
for _ in range(4):
    key = BI(30)[:40]
    P("aws-secret-key", "%s INFO [s3-sink-orders|worker] S3SinkConnectorConfig values: \n\taws.access.key.id = AKXC%s\n\taws.secret.access.key = {S}\n\ts3.bucket.name = datalake-raw-%s (io.confluent.connect.s3.S3SinkConnectorConfig)" % (KTS(), U(16), ACCT), key)
for _ in range(3):
    key = BI(30)[:40]
    P("aws-secret-key", "I, [2028-02-%02dT%s.%06d #8]  INFO -- : Aws.config = {:region=>\"us-east-1\", :credentials=>#<Aws::Credentials access_key_id=\"AKXC%s\" secret_access_key=\"{S}\">}" % (DAY(), HMS(), R.randint(0, 999999), U(16)), key)
for _ in range(4):
    v, parts = jwt()
    P("jwt", '%s - - [%02d/Feb/2028:%s +0000] "GET /wp-json/shop/v1/orders HTTP/1.1" 200 %d "-" "okhttp/4.12.0" "Authorization: Bearer {S}"' % ("10.0.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), DAY(), HMS(), R.randint(100, 9000)), v, parts)
for _ in range(3):
    t = MARK(A(40))
    P("bearer-token", "2028-02-%02dT%s.%06dZ DEBUG reqwest::connect: request headers {\"authorization\": \"Bearer {S}\", \"user-agent\": \"fx-rates/0.4.2\"}" % (DAY(), HMS(), R.randint(0, 999999)), t)
for _ in range(3):
    import base64 as _b
    cred = MARK(_b.b64encode(("deploy:" + PW()).encode()).decode(), lo=3)
    P("basic-auth-header", '[%s] [core:trace3] [pid %d:tid %d] request headers: Authorization: Basic {S}, Host: shop.example.com' % ("Tue Feb %02d %s.%06d 2028" % (DAY(), HMS(), R.randint(0, 999999)), R.randint(1000, 60000), R.randint(10**14, 10**15 - 1)), cred)
for _ in range(3):
    auth = MARK(B64(40), lo=3)
    P("docker-config-auth", '+ echo \'{"auths":{"%s.dkr.ecr.us-east-1.amazonaws.com":{"auth":"{S}"}}}\' > /root/.docker/config.json' % ACCT, auth)
for _ in range(4):
    P("private-key", "Feb %2d %s ip-10-0-%d-%d cloud-init[%d]: writing /etc/pki/tls/private/shop.example.com.key:\n{S}" % (DAY(), HMS(), R.randint(1, 40), R.randint(2, 250), R.randint(900, 3000)), PEM("PRIVATE KEY"))
for _ in range(3):
    s = "whsec_" + AI(32)
    P("stripe-webhook-secret", "2028-02-%02d %s - Stripe::SignatureVerificationError - No signatures found matching the expected signature for payload (secret={S}):\n\t/app/routes/webhooks.rb:12:in `block in <class:ShopApp>'" % (DAY(), HMS()), s)
for _ in range(3):
    s = "sk_live_" + AI(99)[:99]
    P("stripe-key", "[%s: ERROR/ForkPoolWorker-%d] Task billing.tasks.charge_subscription[%s] raised unexpected: AuthenticationError(...)\nTraceback (most recent call last):\n  File \"/app/billing/tasks.py\", line 61, in charge_subscription\n    stripe.api_key = '{S}'" % (PYTS(), R.randint(1, 8), UUID()), s)
for _ in range(3):
    s, parts = slack_webhook()
    P("slack-webhook", "[%s: INFO/ForkPoolWorker-%d] POST {S} -> 200 ok (alert posted)" % (PYTS(), R.randint(1, 8)), s, parts)
for _ in range(2):
    s = MARK(rs(string.ascii_letters + string.digits + "!@#%^&*()-_[]{}<>~+=,.;:/?|", 64))
    P("wordpress-salt", "[%02d-Feb-2028 %s UTC] PHP Fatal error:  Uncaught Error: Undefined constant in /var/www/html/wp-config.php:%d\nStack trace:\n#0 {main}\n  thrown near: define( 'SECURE_AUTH_SALT', '{S}' );" % (DAY(), HMS(), R.randint(40, 70)), s)

# ---------------------------------------------------------------- clean lines (no secret)
CLEAN = [
    lambda: "[%02d-Feb-2028 %s] NOTICE: [pool www] env[DB_PASSWORD] = ********" % (DAY(), HMS()),
    lambda: "[%s: DEBUG/MainProcess] settings: BROKER_URL = 'redis://default:**@celery-broker.ab12cd.ng.0001.use1.cache.amazonaws.com:6379/0'" % PYTS(),
    lambda: "%s INFO [s3-sink-orders|worker] S3SinkConnectorConfig values: \n\taws.secret.access.key = [hidden]\n\ts3.region = us-east-1 (io.confluent.connect.s3.S3SinkConnectorConfig)" % KTS(),
    lambda: "%s INFO ScramSaslClientConfig values: \n\tsasl.jaas.config = [hidden]\n\tsasl.mechanism = SCRAM-SHA-512 (org.apache.kafka.clients.consumer.ConsumerConfig)" % KTS(),
    lambda: "%s:10.0.%d.%d(%d):rds_admin@orders:[%d]:LOG:  statement: ALTER ROLE reporting WITH PASSWORD <redacted>" % (PGTS(), R.randint(0, 3), R.randint(2, 250), R.randint(32768, 60999), R.randint(300, 60000)),
    lambda: "%s:10.0.%d.%d(%d):app_orders@orders:[%d]:LOG:  connection authorized: user=app_orders database=orders SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (PGTS(), R.randint(0, 3), R.randint(2, 250), R.randint(32768, 60999), R.randint(300, 60000)),
    lambda: "D, [2028-02-%02dT%s.%06d #8] DEBUG -- : ENV DB_PASSWORD_SECRET_ARN=\"arn:aws:secretsmanager:us-east-1:%s:secret:prod/shop/db-%s\"" % (DAY(), HMS(), R.randint(0, 999999), ACCT, A(6)),
    lambda: "+ export DB_PASSWORD=\"$(aws secretsmanager get-secret-value --secret-id prod/shop/db --query SecretString --output text)\"",
    lambda: "docker-entrypoint.sh: REDIS_AUTH_TOKEN=${REDIS_AUTH_TOKEN:?must be set}",
    lambda: '{"timestamp":"2028-02-%02dT%s.%06dZ","level":"DEBUG","fields":{"message":"config loaded","signing_secret_id":"prod/notifier/webhook-signing","secret_version":"%s"},"target":"notifier::config"}' % (DAY(), HMS(), R.randint(0, 999999), UUID()),
    lambda: "2028-02-%02d %s - Stripe::AuthenticationError - Invalid API Key provided: sk_live_*********************%s" % (DAY(), HMS(), A(4)),
    lambda: "2028-02-%02d %s - DEBUG - settings.stripe_publishable_key = \"pk_live_%s\"" % (DAY(), HMS(), A(40)),
    lambda: '{"time": "%s", "level": "INFO", "logger": "shop.payments", "message": "idempotency key %s reused, returning cached response"}' % (PYTS(), UUID()),
    lambda: "INIT_START Runtime Version: provided:al2023.v%d\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (R.randint(50, 90), H(64)),
    lambda: "XRAY TraceId: 1-%s-%s\tSegmentId: %s\tSampled: true" % (H(8), H(24), H(16)),
    lambda: "%s INFO [orders-cdc|task-0] Read binlog position from gtid set %s:1-%d (io.debezium.connector.mysql.MySqlStreamingChangeEventSource)" % (KTS(), UUID(), R.randint(1000, 9999999)),
    lambda: "Feb %2d %s ip-10-0-%d-%d sshd[%d]: Accepted publickey for ec2-user from 10.0.%d.%d port %d ssh2: ED25519 SHA256:%s" % (DAY(), HMS(), R.randint(1, 40), R.randint(2, 250), R.randint(900, 60000), R.randint(0, 9), R.randint(2, 250), R.randint(32768, 60999), B64(32).rstrip("=")),
    lambda: "%s - - [%02d/Feb/2028:%s +0000] \"GET /wp-content/themes/shopfront/app.js?ver=%s HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0\" integrity=sha384-%s" % ("10.0.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), DAY(), HMS(), H(8), R.randint(1000, 90000), B64(48)),
    lambda: "[%02d-Feb-2028 %s UTC] PHP Notice:  nonce check ok: _wpnonce=%s for action wc_reports_generate" % (DAY(), HMS(), H(10)),
    lambda: "[%s: INFO/ForkPoolWorker-%d] Task media.tasks.make_thumbnails[%s] succeeded in %.3fs: {'etag': '\"%s\"', 'version_id': '%s'}" % (PYTS(), R.randint(1, 8), UUID(), R.uniform(0.1, 9), H(32), A(32)),
    lambda: "%s INFO [Producer clientId=audit-publisher] Cluster ID: %s (org.apache.kafka.clients.Metadata)" % (KTS(), B64U(16)),
    lambda: "Feb %2d %s ip-10-0-%d-%d cloud-init[%d]: + aws ssm get-parameter --name /prod/wp/auth_key --with-decryption --query Parameter.Value" % (DAY(), HMS(), R.randint(1, 40), R.randint(2, 250), R.randint(900, 3000)),
    lambda: "[%02d-Feb-2028 %s UTC] PHP Notice:  config dump: define( 'AUTH_KEY', 'put your unique phrase here' ); in /var/www/html/wp-config-sample.php on line %d" % (DAY(), HMS(), R.randint(40, 70)),
    lambda: "2028-02-%02dT%s.%06dZ DEBUG reqwest::connect: request headers {\"authorization\": \"Bearer <redacted>\", \"x-request-id\": \"%s\"}" % (DAY(), HMS(), R.randint(0, 999999), UUID()),
    lambda: '{"CacheClusterId":"shop-cache-0001-001","CacheNodeId":"0001","LogLevel":"NOTICE","Role":"M","Timestamp":"2028-02-%02dT%s.%03dZ","Message":"ACL user report-job: password changed (hash sha256 %s)"}' % (DAY(), HMS(), R.randint(0, 999), H(64)),
    lambda: "%d,ip-172-17-%d-%d,admin,10.0.%d.%d,%d,%d,QUERY,mysql,'ALTER USER \\'etl\\'@\\'%%\\' IDENTIFIED WITH caching_sha2_password BY <secret>',0" % (1832976000000000 + R.randint(0, 10**12), R.randint(0, 9), R.randint(2, 250), R.randint(0, 3), R.randint(2, 250), R.randint(1000, 99999), R.randint(10**6, 10**8)),
    lambda: "[%s: DEBUG/MainProcess] settings: SECRET_KEY_FALLBACKS = [] ; PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher'] ; password_min_length = %d" % (PYTS(), R.randint(10, 16)),
    lambda: "I, [2028-02-%02dT%s.%06d #8]  INFO -- : Aws.config = {:region=>\"us-east-1\", :credentials=>#<Aws::ECSCredentials access_key_id=\"AKXC%s\">}" % (DAY(), HMS(), R.randint(0, 999999), U(16)),
    lambda: "%s:10.0.%d.%d(%d):reporting@orders:[%d]:FATAL:  password authentication failed for user \"reporting\"" % (PGTS(), R.randint(0, 3), R.randint(2, 250), R.randint(32768, 60999), R.randint(300, 60000)),
    lambda: "[%s: INFO/MainProcess] Connected to sqs://localhost// (queue https://sqs.us-east-1.amazonaws.com/%s/celery-%s)" % (PYTS(), ACCT, R.choice(["notify", "billing", "default"])),
]
_seen = set()
_i = 0
while len(_seen) < 130:
    m = CLEAN[_i % len(CLEAN)]()
    _i += 1
    if m not in _seen:  # a template without random fields yields one line only
        _seen.add(m)
        C(m)
