# Lines of the heldout19 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in
# every part. Contexts follow this round's stacks: Python/Node/Java/Go Lambdas with Powertools, Spring Boot
# and Rails on ECS, nginx and API Gateway logs, Step Functions/AppSync/Cognito/SNS, AL2023 hosts.
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
ISO = lambda: "2028-03-%02dT%s.%03dZ" % (DAY(), HMS(), R.randint(0, 999))
PTTS = lambda: "2028-03-%02d %s,%03d+0000" % (DAY(), HMS(), R.randint(0, 999))


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


# ---------------------------------------------------------------- generic contexts: (ENV, key, desc) -> template with {S}
def c_powertools(E, k, d):
    return '{"level":"DEBUG","location":"load_config:%d","message":"config loaded","timestamp":"%s","service":"orders-api","%s":"{S}","function_request_id":"%s"}' % (R.randint(10, 60), PTTS(), k, UUID())


def c_pytext(E, k, d):
    return "[DEBUG]\t%s\t%s\tenvironment: {'AWS_REGION': 'us-east-1', '%s': '{S}', 'POWERTOOLS_SERVICE_NAME': 'payments-worker'}" % (ISO(), UUID(), E)


def c_node_env(E, k, d):
    return "%s\t%s\tINFO\t{ AWS_REGION: 'us-east-1', %s: '{S}', NODE_OPTIONS: '--enable-source-maps' }" % (ISO(), UUID(), E)


def c_java_json(E, k, d):
    return '{"timestamp":"%s","level":"DEBUG","service":"claims","message":"Resolved setting %s","logger":"com.example.claims.config.Settings","%s":"{S}"}' % (ISO(), d, k)


def c_slog(E, k, d):
    return '{"time":"%s","level":"DEBUG","msg":"config","%s":"{S}","region":"us-east-1"}' % (ISO(), k)


def c_spring(E, k, d):
    return "%s DEBUG 1 --- [order-service] [           main] c.e.orders.config.StartupDump            : %s=%s" % (ISO(), "app." + k.replace("_", "-"), "{S}")


def c_rails_params(E, k, d):
    return "I, [2028-03-%02dT%s.%06d #%d]  INFO -- : [%s]   Parameters: {\"integration\"=>{\"name\"=>\"%s\", \"%s\"=>\"{S}\"}, \"id\"=>\"%d\"}" % (DAY(), HMS(), R.randint(0, 999999), R.randint(1, 90), UUID(), d, k, R.randint(1, 999))


def c_sfn_input(E, k, d):
    return '{"id":"1","type":"ExecutionStarted","details":{"input":"{\\"orderId\\":\\"ord_%s\\",\\"%s\\":\\"{S}\\"}","inputDetails":{"truncated":false}},"previous_event_id":"0","execution_arn":"arn:aws:states:us-east-1:%s:execution:order-fulfilment:%s"}' % (L(10), k, ACCT, UUID())


def c_ecs_export(E, k, d):
    return "+ export %s='{S}'" % E if R.random() < 0.5 else "docker-entrypoint.sh: %s={S}" % E


def c_cloudinit(E, k, d):
    return "Mar %2d %s ip-10-0-%d-%d cloud-init[%d]: + echo %s={S} >> /etc/shop/app.env" % (DAY(), HMS(), R.randint(1, 40), R.randint(2, 250), R.randint(900, 3000), E)


def c_appsync(E, k, d):
    return '{"logType":"RequestMapping","fieldName":"registerIntegration","parentType":"Mutation","requestId":"%s","context":{"arguments":{"input":{"provider":"%s","%s":"{S}"}}}}' % (UUID(), d, k)


def c_lograge(E, k, d):
    return "method=POST path=/admin/integrations format=json controller=Admin::IntegrationsController action=update status=200 duration=%.2f params={\"%s\"=>\"{S}\"} request_id=%s" % (R.uniform(5, 300), k, UUID())


GENERIC = [c_powertools, c_pytext, c_node_env, c_java_json, c_slog, c_spring, c_rails_params, c_sfn_input, c_ecs_export, c_cloudinit, c_appsync, c_lograge]
_gi = [0]


def gen_ctx():
    c = GENERIC[_gi[0] % len(GENERIC)]
    _gi[0] += 1
    return c


def pick3(xs):
    return xs[R.randrange(len(xs))]


def one(f):
    return lambda: (lambda v: (v, [v]))(f())


def ex_word(v):
    return MARK(v, "EXAMPLE")


def slack_bot():
    a, b, c = MARK(D(13), "EXAMPLE"), MARK(D(13), "EXAMPLE"), MARK(A(24), "EXAMPLE")
    return "xoxb-%s-%s-%s" % (a, b, c), [a, b, c]


def slack_hook():
    t, b, k = "T" + MARK(U(10), "EXAMPLE"), "B" + MARK(U(10), "EXAMPLE"), MARK(A(24), "EXAMPLE")
    return "https://hooks.slack.com/services/%s/%s/%s" % (t, b, k), [t, b, k]


def sendgrid():
    a, b = AI(22), AI(43)
    return "SG.%s.%s" % (a, b), [a, b]


def jwt_parts():
    j = JWT()
    return j, j.split(".")


def basic():
    user = R.choice(["partner-sync", "metrics", "ops"])
    return MARK(base64.b64encode(("%s:%s" % (user, PW())).encode()).decode())


def dockerauth():
    return MARK(base64.b64encode(("AWS:" + "eyJwYXlsb2FkIjoi" + A(60)).encode()).decode())


# (kind, ENV name, key, description, value() -> (secret, parts), generic lines)
KINDS = [
    ("aws-secret-key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "AWS secret key", one(lambda: MARK(rs(AN + "+/", 40))), 3),
    ("aws-session-token", "AWS_SESSION_TOKEN", "aws_session_token", "session token", one(lambda: "IQoJb3JpZ2luX2VjE" + BI(180)), 3),
    ("password", "DB_PASSWORD", "db_password", "database password", one(PW), 4),
    ("url-credentials", "DATABASE_URL", "database_url", "database url", None, 0),
    ("jwt", "SERVICE_JWT", "service_jwt", "service token", jwt_parts, 3),
    ("bearer-token", "PARTNER_BEARER_TOKEN", "partner_bearer_token", "partner token", one(lambda: AI(40)), 3),
    ("github-token", "GITHUB_TOKEN", "github_token", "GitHub token", one(lambda: "ghp_" + AI(36)), 4),
    ("github-fine-grained-pat", "GH_PAT", "gh_pat", "GitHub PAT", one(lambda: "github_pat_" + AI(22) + "_" + A(59)), 4),
    ("gitlab-token", "GITLAB_TOKEN", "gitlab_token", "GitLab token", one(lambda: "glpat-" + AI(20)), 4),
    ("slack-bot-token", "SLACK_BOT_TOKEN", "slack_bot_token", "Slack bot token", slack_bot, 4),
    ("slack-webhook", "SLACK_WEBHOOK_URL", "slack_webhook_url", "Slack webhook", slack_hook, 3),
    ("stripe-key", "STRIPE_SECRET_KEY", "stripe_secret_key", "Stripe key", one(lambda: "sk_live_" + AI(40)), 3),
    ("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "stripe_webhook_secret", "Stripe webhook secret", one(lambda: "whsec_" + AI(32)), 3),
    ("sendgrid-key", "SENDGRID_API_KEY", "sendgrid_api_key", "SendGrid key", sendgrid, 4),
    ("twilio-auth-token", "TWILIO_AUTH_TOKEN", "twilio_auth_token", "Twilio token", one(lambda: HI(32)), 4),
    ("datadog-api-key", "DD_API_KEY", "dd_api_key", "Datadog key", one(lambda: HI(32)), 4),
    ("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", "new_relic_license_key", "New Relic key", one(lambda: HI(36) + "NRAL"), 4),
    ("sentry-dsn-key", "SENTRY_DSN", "sentry_dsn", "Sentry DSN", None, 0),
    ("openai-key", "OPENAI_API_KEY", "openai_api_key", "OpenAI key", one(lambda: "sk-proj-" + AI(48) + "T3BlbkFJ" + A(48)), 4),
    ("anthropic-key", "ANTHROPIC_API_KEY", "anthropic_api_key", "Anthropic key", one(lambda: "sk-ant-api03-" + BUI(70) + "AA"), 4),
    ("google-api-key", "GOOGLE_MAPS_API_KEY", "google_maps_api_key", "Maps key", one(lambda: "AIza" + AI(35)), 4),
    ("npm-token", "NPM_TOKEN", "npm_token", "npm token", one(lambda: "npm_" + AI(36)), 4),
    ("pypi-token", "PYPI_TOKEN", "pypi_token", "PyPI token", one(lambda: "pypi-AgEIcHlwaS5vcmc" + BUI(60)), 4),
    ("private-key", None, None, None, None, 0),
    ("redis-auth-token", "REDIS_AUTH_TOKEN", "redis_auth_token", "Redis AUTH", one(lambda: AI(48)), 3),
    ("api-key", "PARTNER_API_KEY", "partner_api_key", "partner API key", one(lambda: AI(40)), 3),
    ("basic-auth-header", None, None, None, None, 0),
    ("oauth-client-secret", "COGNITO_CLIENT_SECRET", "cognito_client_secret", "Cognito app client secret", one(lambda: LI(52)), 3),
    ("rails-secret-key-base", "SECRET_KEY_BASE", "secret_key_base", "secret_key_base", one(lambda: HI(128)), 4),
    ("rails-master-key", "RAILS_MASTER_KEY", "rails_master_key", "master key", one(lambda: HI(32)), 4),
    ("jwt-hmac-secret", "JWT_SIGNING_SECRET", "jwt_signing_secret", "JWT signing secret", one(lambda: AI(64)), 4),
    ("docker-config-auth", None, None, None, None, 0),
    ("vault-token", "VAULT_TOKEN", "vault_token", "Vault token", one(lambda: "hvs." + AI(90)), 4),
    ("cloudflare-api-token", "CF_API_TOKEN", "cf_api_token", "Cloudflare token", one(lambda: AI(40)), 4),
    ("mailgun-api-key", "MAILGUN_API_KEY", "mailgun_api_key", "Mailgun key", one(lambda: "key-" + HI(32)), 4),
    ("shopify-access-token", "SHOPIFY_ACCESS_TOKEN", "shopify_access_token", "Shopify token", one(lambda: "shpat_" + HI(32)), 4),
    ("appsync-api-key", "APPSYNC_API_KEY", "appsync_api_key", "AppSync API key", one(lambda: "da2-" + LI(26)), 3),
    ("huggingface-token", "HF_TOKEN", "hf_token", "Hugging Face token", one(lambda: "hf_" + AI(34)), 4),
]


def planted(kind, template, val):
    s, parts = val
    P(kind, template, s, parts)


for kind, env, key, desc, fn, n in KINDS:
    for _ in range(n):
        planted(kind, gen_ctx()(env, key, desc), fn())

# ---------------------------------------------------------------- kind-specific contexts
K = {k: (e, key, d, f) for k, e, key, d, f, _ in KINDS}


def val(kind):
    return K[kind][3]()


for _ in range(2):
    P("aws-secret-key", "%s DEBUG botocore.credentials: Credentials found in config file: aws_access_key_id=AKXC%s aws_secret_access_key={S}" % (ISO(), U(16)), MARK(rs(AN + "+/", 40)))
P("aws-secret-key", "Mar %2d %s ip-10-0-12-41 cloud-init[1412]: + aws configure set aws_secret_access_key {S} --profile deploy" % (DAY(), HMS()), MARK(rs(AN + "+/", 40)))
for _ in range(2):
    P("aws-session-token", "%s\t%s\tDEBUG\tendpoints Resolved endpoint: https://dynamodb.us-east-1.amazonaws.com headers: {\"x-amz-security-token\":\"{S}\",\"x-amz-date\":\"20280304T%s00Z\"}" % (ISO(), UUID(), HMS()[:4]), "IQoJb3JpZ2luX2VjE" + BI(200))
for _ in range(2):
    P("password", "%s DEBUG 1 --- [order-service] [           main] o.s.b.c.p.b.ConfigurationPropertiesBinder : spring.datasource.password={S}" % ISO(), PW())
P("password", "2028-03-%02d %s UTC:%s(%d):postgres@shop:[%d]:LOG:  statement: ALTER USER orders_app WITH PASSWORD '{S}';" % (DAY(), HMS(), IP(), R.randint(30000, 60000), R.randint(1000, 30000)), PW())
P("password", "I, [2028-03-%02dT%s.%06d #7]  INFO -- : [%s]   Parameters: {\"user\"=>{\"email\"=>\"ops@shop.example.com\", \"password\"=>\"{S}\"}}" % (DAY(), HMS(), R.randint(0, 999999), UUID()), PW())
for host, scheme, user in [("shop-prod.cluster-c1x2y3z4.us-east-1.rds.amazonaws.com:5432/shop", "postgres", "orders_app"), ("catalog-cache.abc1de.ng.0001.use1.cache.amazonaws.com:6379/0", "rediss", ""),
                           ("b-1f2e3d4c.mq.us-east-1.amazonaws.com:5671", "amqps", "shop"), ("shop-prod.cluster-c1x2y3z4.us-east-1.rds.amazonaws.com:5432/shop", "postgresql", "rails")]:
    pw = PW()
    P("url-credentials", "+ export DATABASE_URL='%s://%s:{S}@%s'" % (scheme, user, host) if scheme != "rediss" else "docker-entrypoint.sh: REDIS_URL=rediss://:{S}@%s" % host, pw)
P("url-credentials", "%s ERROR 1 --- [order-service] [           main] o.s.boot.SpringApplication              : Application run failed: Failed to bind jdbc url jdbc:postgresql://orders_app:{S}@shop-prod.cluster-c1x2y3z4.us-east-1.rds.amazonaws.com/shop" % ISO(), PW())
for _ in range(2):
    j = JWT()
    P("jwt", '{"requestId":"%s","ip":"198.51.100.%d","httpMethod":"GET","resourcePath":"/orders","status":"200","authorization":"Bearer {S}"}' % (UUID(), R.randint(2, 250)), j, j.split("."))
j = JWT()
P("jwt", '10.0.%d.%d - - [%02d/Mar/2028:%s +0000] "GET /v1/orders/export?access_token={S} HTTP/1.1" 200 %d "-" "curl/8.5.0"' % (R.randint(0, 255), R.randint(2, 250), DAY(), HMS(), R.randint(200, 90000)), j, j.split("."))
j = JWT()
P("jwt", "%s\t%s\tINFO\tPreTokenGeneration event: {\"request\":{\"userAttributes\":{\"sub\":\"%s\"},\"previousIdToken\":\"{S}\"}}" % (ISO(), UUID(), UUID()), j, j.split("."))
for _ in range(2):
    P("bearer-token", "(%s) Endpoint request headers: {Authorization=Bearer {S}, x-amzn-apigateway-api-id=k7x2qfm4bn, User-Agent=AmazonAPIGateway_k7x2qfm4bn, Host=partner.example.net}" % UUID(), AI(40))
P("bearer-token", "%s\t%s\tDEBUG\t{\"level\":\"DEBUG\",\"message\":\"outgoing request\",\"headers\":{\"authorization\":\"Bearer {S}\"}}" % (ISO(), UUID()), AI(48))
for _ in range(3):
    s, parts = slack_hook()
    P("slack-webhook", pick3([
        '{"id":"1","type":"ExecutionStarted","details":{"input":"{\\"alert\\":\\"refund stuck\\",\\"slackWebhook\\":\\"{S}\\"}","inputDetails":{"truncated":false}}}',
        '{"notification":{"topicArn":"arn:aws:sns:us-east-1:%s:ops-alerts"},"delivery":{"destination":"{S}","statusCode":200,"providerResponse":"ok"},"status":"SUCCESS"}' % ACCT,
        "%s\t%s\tERROR\tPOST {S} failed: 410 Gone (channel archived)" % (ISO(), UUID())]), s, parts)
for _ in range(2):
    s, parts = slack_bot()
    P("slack-bot-token", "%s\t%s\tDEBUG\tslack web api call chat.postMessage token={S} channel=C%s" % (ISO(), UUID(), U(10)), s, parts)
for _ in range(2):
    P("stripe-key", '{"level":"DEBUG","location":"charge:%d","message":"stripe request","timestamp":"%s","service":"payments-worker","headers":{"Authorization":"Bearer {S}","Stripe-Version":"2028-01-28"}}' % (R.randint(10, 90), PTTS()), "sk_live_" + AI(40))
P("stripe-key", "I, [2028-03-%02dT%s.%06d #11]  INFO -- : [%s]   Parameters: {\"settings\"=>{\"stripe_secret_key\"=>\"{S}\"}}" % (DAY(), HMS(), R.randint(0, 999999), UUID()), "sk_live_" + AI(40))
for _ in range(2):
    P("stripe-webhook-secret", "E, [2028-03-%02dT%s.%06d #9] ERROR -- : Stripe webhook rejected with secret {S}: Stripe::SignatureVerificationError" % (DAY(), HMS(), R.randint(0, 999999)), "whsec_" + AI(32))
SENTRY = ["+ export SENTRY_DSN='https://{S}@o%d.ingest.us.sentry.io/%d'",
          "%s DEBUG 1 --- [order-service] [           main] i.s.s.b.j.SentryAutoConfiguration       : Initializing Sentry with DSN https://{S}@o%%d.ingest.us.sentry.io/%%d" % ISO(),
          '{"level":"DEBUG","message":"sentry init","dsn":"https://{S}@o%d.ingest.us.sentry.io/%d"}',
          "%s\t%s\tINFO\tSentry.init({ dsn: 'https://{S}@o%%d.ingest.us.sentry.io/%%d' })" % (ISO(), UUID()),
          "docker-entrypoint.sh: SENTRY_DSN=https://{S}@o%d.ingest.us.sentry.io/%d"]
for t in SENTRY:
    P("sentry-dsn-key", t % (R.randint(100000, 999999), R.randint(1000000, 9999999)), HI(32))
for i in range(4):
    pem = PEM(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"][i])
    P("private-key", ["Mar %2d %s ip-10-0-12-77 cloud-init[1502]: + cat > /etc/nginx/ssl/partner-mtls.key <<'EOF'\n{S}" % (DAY(), HMS()),
                      "[DEBUG]\t%s\t%s\tloaded signing key from env:\n{S}" % (ISO(), UUID()),
                      "%s DEBUG 1 --- [order-service] [           main] c.e.orders.config.StartupDump            : app.jwt.private-key=\n{S}" % ISO(),
                      "+ echo '{S}' > /home/ec2-user/.ssh/id_deploy"][i], pem)
for _ in range(3):
    P("redis-auth-token", "%s\t%s\tDEBUG\tioredis connect {\"host\":\"catalog-cache.abc1de.ng.0001.use1.cache.amazonaws.com\",\"port\":6379,\"tls\":{},\"password\":\"{S}\"}" % (ISO(), UUID()), AI(48))
for _ in range(3):
    P("api-key", '(%s) Method request headers: {x-api-key={S}, Accept=application/json, User-Agent=okhttp/4.12.0, X-Forwarded-For=198.51.100.%d}' % (UUID(), R.randint(2, 250)), AI(40))
for _ in range(3):
    P("basic-auth-header", "%s [debug] %d#%d: *%d http header: \"Authorization: Basic {S}\"" % ("2028/03/%02d %s" % (DAY(), HMS()), 29, 29, R.randint(1000, 999999)), basic())
P("basic-auth-header", "(%s) Endpoint request headers: {Authorization=Basic {S}, Host=legacy-erp.example.net}" % UUID(), basic())
for _ in range(2):
    P("oauth-client-secret", "%s DEBUG 1 --- [order-service] [           main] c.e.orders.config.StartupDump            : spring.security.oauth2.client.registration.cognito.client-secret={S}" % ISO(), LI(52))
for _ in range(4):
    P("docker-config-auth", "Mar %2d %s ip-10-0-13-9 cloud-init[1377]: + echo '{\"auths\":{\"%s.dkr.ecr.us-east-1.amazonaws.com\":{\"auth\":\"{S}\"}}}' > /root/.docker/config.json" % (DAY(), HMS(), ACCT), dockerauth())
for _ in range(2):
    P("appsync-api-key", '{"logType":"RequestSummary","requestId":"%s","graphQLAPIId":"k7x2qfm4bnd3lhe5rsw6yta1ju","headers":{"x-api-key":"{S}","content-type":"application/json"}}' % UUID(), "da2-" + LI(26))
P("jwt-hmac-secret", "%s DEBUG 1 --- [order-service] [           main] c.e.orders.config.StartupDump            : app.jwt.hmac-secret={S}" % ISO(), AI(64))
P("twilio-auth-token", "E, [2028-03-%02dT%s.%06d #5] ERROR -- : Twilio::REST::RestError: [HTTP 401] Authenticate (account AC%s, token {S})" % (DAY(), HMS(), R.randint(0, 999999), H(32)), HI(32))
P("datadog-api-key", "%s E! [outputs.datadog] sending to https://api.datadoghq.com/api/v1/series?api_key={S} failed: 403 Forbidden" % ISO()[:19] + "Z", HI(32))
P("rails-master-key", "Mar %2d %s ip-10-0-14-31 ecs-agent: level=debug msg=\"Task container env\" RAILS_MASTER_KEY={S} RAILS_ENV=production" % (DAY(), HMS()), HI(32))

# ---------------------------------------------------------------- clean lines (risky-looking, no secret)
CLEAN = [
    lambda: '{"level":"INFO","location":"load_config:%d","message":"config loaded","timestamp":"%s","service":"orders-api","db_password":"********","api_key":"****"}' % (R.randint(10, 60), PTTS()),
    lambda: "I, [2028-03-%02dT%s.%06d #%d]  INFO -- : [%s]   Parameters: {\"user\"=>{\"email\"=>\"%s@shop.example.com\", \"password\"=>\"[FILTERED]\", \"password_confirmation\"=>\"[FILTERED]\"}}" % (DAY(), HMS(), R.randint(0, 999999), R.randint(1, 90), UUID(), L(6)),
    lambda: "+ export DB_PASSWORD_SECRET_ARN='arn:aws:secretsmanager:us-east-1:%s:secret:prod/orders/db-%s'" % (ACCT, A(6)),
    lambda: '{"name":"orders-api","secrets":[{"name":"DB_PASSWORD","valueFrom":"arn:aws:ssm:us-east-1:%s:parameter/prod/orders/db-password"},{"name":"STRIPE_SECRET_KEY","valueFrom":"arn:aws:secretsmanager:us-east-1:%s:secret:prod/stripe-%s"}]}' % (ACCT, ACCT, A(6)),
    lambda: "(%s) Method request headers: {Authorization=************%s, Accept=application/json, User-Agent=Shop/5.2.%d (iPhone; iOS 18.3)}" % (UUID(), L(4), R.randint(0, 9)),
    lambda: "(%s) Method request headers: {x-api-key=****************************%s, Accept=application/json}" % (UUID(), L(4)),
    lambda: "%s DEBUG 1 --- [order-service] [           main] c.e.orders.config.StartupDump            : spring.datasource.password=${DB_PASSWORD}" % ISO(),
    lambda: "%s DEBUG 1 --- [order-service] [           main] c.e.orders.config.StartupDump            : spring.datasource.password=******" % ISO(),
    lambda: "%s\t%s\tINFO\tpassword reset requested for user %s (email sent)" % (ISO(), UUID(), UUID()),
    lambda: "%s\t%s\tWARN\tlogin failed for %s: Incorrect username or password. (NotAuthorizedException)" % (ISO(), UUID(), UUID()),
    lambda: '{"level":"INFO","message":"token refreshed","expires_in":3600,"token_type":"Bearer","timestamp":"%s","service":"checkout-api"}' % ISO(),
    lambda: "Mar %2d %s ip-10-0-12-41 sshd[%d]: Accepted publickey for ec2-user from 10.0.%d.%d port %d ssh2: ED25519 SHA256:%s" % (DAY(), HMS(), R.randint(1000, 60000), R.randint(0, 255), R.randint(2, 250), R.randint(32768, 60999), rs(AN + "+/", 43)),
    lambda: "level=info time=%s msg=\"Image pull completed\" image=\"%s.dkr.ecr.us-east-1.amazonaws.com/orders-api@sha256:%s\"" % (ISO()[:19] + "Z", ACCT, H(64)),
    lambda: '{"time":"%s","level":"INFO","msg":"page","last_evaluated_key":"%s","count":%d}' % (ISO(), base64.b64encode(json.dumps({"pk": "ORDER#ord_" + L(10), "sk": "META"}).encode()).decode(), R.randint(1, 100)),
    lambda: "%s\t%s\tINFO\tSQS receipt handle %s deleted" % (ISO(), UUID(), B64(96)),
    lambda: '{"level":"INFO","location":"handler:%d","message":"Idempotency key computed","idempotency_key":"invoice-fn-prod.app.handler#%s"}' % (R.randint(10, 40), H(32)),
    lambda: "%s\t%s\tINFO\tX-Ray trace 1-%08x-%s segment %s" % (ISO(), UUID(), R.randint(0x6c000000, 0x6cffffff), H(24), H(16)),
    lambda: "+ export STRIPE_PUBLISHABLE_KEY='pk_live_%s'" % A(40),
    lambda: "docker-entrypoint.sh: DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/orders/db --query SecretString --output text)",
    lambda: "%s DEBUG 1 --- [order-service] [           main] c.e.orders.config.StartupDump            : app.jwt.issuer=https://cognito-idp.us-east-1.amazonaws.com/us-east-1_%s" % (ISO(), A(9)),
    lambda: '{"logType":"RequestMapping","fieldName":"login","parentType":"Mutation","requestId":"%s","context":{"arguments":{"input":{"username":"%s","password":"<redacted>"}}}}' % (UUID(), L(8)),
    lambda: '{"id":"1","type":"ExecutionStarted","details":{"input":"{\\"orderId\\":\\"ord_%s\\",\\"apiKeySecretArn\\":\\"arn:aws:secretsmanager:us-east-1:%s:secret:partner/api-key-%s\\"}","inputDetails":{"truncated":false}}}' % (L(10), ACCT, A(6)),
    lambda: "%s\t%s\tINFO\tCognito client_id=%s user_pool=us-east-1_%s auth flow USER_SRP_AUTH" % (ISO(), UUID(), L(26), A(9)),
    lambda: "method=POST path=/users/sign_in format=html controller=Users::SessionsController action=create status=302 duration=%.2f params={\"user\"=>{\"email\"=>\"[FILTERED]\", \"password\"=>\"[FILTERED]\"}} request_id=%s" % (R.uniform(20, 300), UUID()),
    lambda: "Mar %2d %s ip-10-0-13-9 cloud-init[%d]: + aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin %s.dkr.ecr.us-east-1.amazonaws.com" % (DAY(), HMS(), R.randint(900, 3000), ACCT),
    lambda: '{"requestId":"%s","ip":"203.0.113.%d","httpMethod":"POST","resourcePath":"/orders","status":"401","authorization":"-","errorMessage":"Unauthorized"}' % (UUID(), R.randint(2, 250)),
    lambda: "%s\t%s\tDEBUG\tS3 PutObject ETag \"%s\" VersionId %s" % (ISO(), UUID(), H(32), A(32)),
    lambda: '{"timestamp":"%s","level":"INFO","service":"claims","message":"KMS decrypt ok","keyId":"arn:aws:kms:us-east-1:%s:key/%s"}' % (ISO(), ACCT, UUID()),
    lambda: "%s [warn] %d#%d: *%d client sent invalid \"Authorization\" header, client: 10.0.%d.%d, server: api.shop.example.com" % ("2028/03/%02d %s" % (DAY(), HMS()), 29, 29, R.randint(1000, 999999), R.randint(0, 255), R.randint(2, 250)),
    lambda: "%s E! cloudwatchlogs: code: AccessDeniedException, message: not authorized to perform: logs:PutLogEvents, original error: <nil> (token %s)" % (ISO()[:19] + "Z", "sequenceToken=" + D(56)),
]


n = 0
tries = 0
seen_clean = set()
while n < 120 and tries < 2000:
    tries += 1
    m = CLEAN[tries % len(CLEAN)]()
    if m in seen_clean or any(w in m for w in MARKS) or "AKIA" in m or "ASIA" in m:
        continue
    seen_clean.add(m)
    C(m)
    n += 1
