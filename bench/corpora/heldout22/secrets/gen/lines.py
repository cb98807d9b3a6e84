# Lines of the heldout22 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in every
# part. Contexts follow this round's fleets: JVM, Python and Go services on EC2 and ECS (JVM command lines,
# Spring Boot actuator and logback output, JDBC URLs, Kafka/Kafka Connect configs, Hadoop XML, oslo.config,
# Airflow/Celery/Django settings, Go config dumps, Jenkins, ECS task definitions, docker inspect).
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
LTS = lambda: "2028-06-%02d %s.%03d" % (DAY(), HMS(), R.randint(0, 999))
L4J = lambda: "2028-06-%02d %s,%03d" % (DAY(), HMS(), R.randint(0, 999))
HOST = lambda: "ip-10-%d-%d-%d" % (R.choice([40, 44, 46, 48, 50, 52, 60]), R.randint(0, 255), R.randint(2, 254))
PID = lambda: R.randint(300, 99999)
APPS = ["invoice-api", "statement-worker", "ingest-writer", "edge-gateway", "saltmarsh-web", "celery-worker", "fleet-controller", "tenant-admin"]


def KEYID():
    return "AKXC" + U(16)  # deliberately not an AWS access key id prefix


# ---------------------------------------------------------------- generic contexts: (ENV, prop) -> template with {S}
def g_javacmd(E, k):
    return "root     %6d  2.%d 11.%d 6143%03d 1843%03d ?     Ssl  Jun0%d  41:%02d /usr/lib/jvm/java-17-amazon-corretto/bin/java -Xms2g -Xmx2g -XX:+UseG1GC -D%s={S} -Dlogging.config=/opt/app/logback.xml -jar /opt/app/%s.jar" % (PID(), R.randint(0, 9), R.randint(0, 9), R.randint(0, 999), R.randint(0, 999), DAY(), R.randint(0, 59), k, R.choice(["invoice-api", "statement-worker", "billing-portal"]))


def g_actuator(E, k):
    return "$ curl -s localhost:8081/actuator/env/%s | jq -c .\n{\"property\":{\"source\":\"systemEnvironment\",\"value\":\"{S}\"},\"activeProfiles\":[\"prod\"]}" % k


def g_ecstd(E, k):
    return "        \"environment\": [\n          {\"name\": \"SPRING_PROFILES_ACTIVE\", \"value\": \"prod\"},\n          {\"name\": \"%s\", \"value\": \"{S}\"}\n        ]," % E


def g_envdump(E, k):
    return "%s %s %s[%d]: %s={S}" % ("Jun %2d %s" % (DAY(), HMS()), HOST(), R.choice(["entrypoint.sh", "docker-entrypoint", "start.sh"]), PID(), E)


def g_dockerinspect(E, k):
    return "            \"Env\": [\n                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\n                \"%s={S}\",\n                \"LANG=C.UTF-8\"\n            ]," % E


def g_hadoopxml(E, k):
    return "<property>\n  <name>%s</name>\n  <value>{S}</value>\n  <source>programmatically</source>\n</property>" % k


def g_connectcfg(E, k):
    return "$ curl -s http://connect-%d.larkspur.internal:8083/connectors/%s/config\n{\"connector.class\":\"%s\",\"tasks.max\":\"2\",\"%s\":\"{S}\"}" % (R.randint(1, 4), R.choice(["orders-mysql-cdc", "warehouse-jdbc-sink", "s3-archive-sink"]), R.choice(["io.debezium.connector.mysql.MySqlConnector", "io.confluent.connect.jdbc.JdbcSinkConnector"]), k)


def g_goconfig(E, k):
    return "%sT%s.%03dZ\tDEBUG\tconfig/load.go:%d\tconfig loaded\t{\"addr\": \":8080\", \"%s\": \"{S}\", \"log_level\": \"debug\"}" % ("2028-06-%02d" % DAY(), HMS(), R.randint(0, 999), R.randint(30, 90), k.replace(".", "_"))


def g_jenkinssh(E, k):
    return "[Pipeline] sh\n+ export %s={S}\n+ ./gradlew publish --no-daemon" % E


def g_logbackstart(E, k):
    return "%s [main] DEBUG o.s.b.c.c.ConfigDataEnvironmentPostProcessor [traceId= spanId=] - Resolved property %s = {S} from 'Config resource 'file [/opt/app/config/application-prod.properties]''" % (LTS(), k)


GENERIC = [g_javacmd, g_actuator, g_ecstd, g_envdump, g_dockerinspect, g_hadoopxml, g_connectcfg, g_goconfig, g_jenkinssh, g_logbackstart]
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


# ---------------------------------------------------------------- planted
plant("aws-secret-key", "AWS_SECRET_ACCESS_KEY", "fs.s3a.secret.key", one(lambda: AI(40)), [
    lambda: "<property>\n  <name>fs.s3a.access.key</name>\n  <value>%s</value>\n</property>\n<property>\n  <name>fs.s3a.secret.key</name>\n  <value>{S}</value>\n</property>" % KEYID(),
    lambda: "%s INFO  [main] org.apache.hadoop.conf.Configuration.deprecation: fs.s3a.secret.key is set on the command line: -Dfs.s3a.secret.key={S}" % L4J(),
    lambda: "[%s] INFO S3SinkConnectorConfig values: \n\taws.access.key.id = %s\n\taws.secret.access.key = {S}\n\ts3.bucket.name = larkspur-archive (io.confluent.connect.s3.S3SinkConnectorConfig:376)" % (L4J(), KEYID()),
], 2)
plant("aws-session-token", "AWS_SESSION_TOKEN", "aws.sessionToken", one(lambda: "IQoJb3JpZ2luX2VjE" + MARK(B64(260))), [
    lambda: "$ curl -s $ECS_CONTAINER_METADATA_URI_V4/../creds  # on task %s\n{\"RoleArn\":\"arn:aws:iam::%s:role/ingest-writer-task\",\"AccessKeyId\":\"%s\",\"SecretAccessKey\":\"%s\",\"Token\":\"{S}\",\"Expiration\":\"%s\"}" % (H(32), ACCT, KEYID(), "*" * 8, TS()),
    lambda: "%s [main] DEBUG s.a.a.auth.credentials.ContainerCredentialsProvider [traceId= spanId=] - Loaded credentials: sessionToken={S}" % LTS(),
], 2)
plant("password", "SPRING_DATASOURCE_PASSWORD", "spring.datasource.password", one(PW), [
    lambda: "jdbc:postgresql://quillpay-db.cluster-c1x2y3z4.us-east-1.rds.amazonaws.com:5432/invoices?user=invoice_app&password={S}&sslmode=require",
    lambda: "%s 4121 DEBUG oslo_service.service [-] database.connection             = mysql+pymysql://nova:{S}@ctl-vip.greywater.internal/nova?charset=utf8 log_opt_values /usr/lib/python3/dist-packages/oslo_config/cfg.py:2620" % LTS(),
    lambda: "[%s] INFO MySqlConnectorConfig values:\n\tdatabase.hostname = orders-db.larkspur.internal\n\tdatabase.password = {S}\n\tdatabase.user = debezium (io.debezium.connector.mysql.MySqlConnectorConfig:%d)" % (L4J(), R.randint(300, 400)),
    lambda: "export OS_AUTH_URL=http://keystone.greywater.internal:5000/v3\nexport OS_USERNAME=render-admin\nexport OS_PASSWORD={S}\nexport OS_PROJECT_NAME=render",
    lambda: "root %d 1.2 3.4 ... /usr/lib/jvm/java-17/bin/java -Djavax.net.ssl.keyStore=/etc/kafka/ssl/kafka-%d.keystore.jks -Djavax.net.ssl.keyStorePassword={S} kafka.Kafka /etc/kafka/server.properties" % (PID(), R.randint(1, 6)),
    lambda: "ELASTIC_PASSWORD={S}",
], 4)
plant("url-credentials", "DATABASE_URL", "database.url", one(PW), [
    lambda: "transport_url = rabbit://nova:{S}@rabbit-1.greywater.internal:5672,nova:{S}@rabbit-2.greywater.internal:5672/",
    lambda: "AIRFLOW_CONN_WAREHOUSE=postgresql://airflow_ro:{S}@warehouse.saltmarsh.internal:5432/analytics",
    lambda: "[%s: INFO/MainProcess] Connected to redis://:{S}@celery-broker.saltmarsh.internal:6379/0" % L4J(),
    lambda: "spring.datasource.url=jdbc:mysql://billing:{S}@billing-db.quillpay.internal:3306/billing?useSSL=true",
    lambda: "%s\tINFO\tstore/pg.go:41\tconnecting\t{\"dsn\": \"postgres://ingest:{S}@ingest-db.kestrel.internal:5432/ingest?sslmode=require\"}" % TS(),
], 3)
plant("kafka-sasl-password", "KAFKA_SASL_JAAS_CONFIG", "sasl.jaas.config", one(PW), [
    lambda: "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"label-printer\" password=\"{S}\";",
    lambda: "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"broker\" password=\"{S}\";",
    lambda: "$ kafka-configs.sh --bootstrap-server kafka-1.larkspur.internal:9096 --alter --add-config 'SCRAM-SHA-512=[password={S}]' --entity-type users --entity-name tracking-projector",
], 2)
plant("jwt", "INVOICE_API_TOKEN", "auth.token", lambda: (lambda j: (j, j.split(".")))(JWT()), [
    lambda: "%s [http-nio-8080-exec-%d] DEBUG o.s.s.o.s.r.w.BearerTokenAuthenticationFilter [traceId=%s spanId=%s] - Authenticating with token {S}" % (LTS(), R.randint(1, 200), H(32), H(16)),
    lambda: "%s [http-outgoing-%d] DEBUG org.apache.http.headers - http-outgoing-%d >> Authorization: Bearer {S}" % (LTS(), R.randint(0, 9), R.randint(0, 9)),
], 3)
plant("bearer-token", "UPSTREAM_TOKEN", "upstream.token", one(lambda: AI(40)), [
    lambda: "time=\"2028-06-%02dT%sZ\" level=debug msg=\"proxying request\" headers=\"map[Authorization:[Bearer {S}] User-Agent:[kestrel-device/4.2]]\" route=/v1/readings" % (DAY(), HMS()),
    lambda: "[%s] {http.py:184} DEBUG - Sending 'GET' to url: https://api.partner-acme.example/v1/feeds with headers {'Authorization': 'Bearer {S}'}" % ("2028-06-%02d, %s UTC" % (DAY(), HMS())),
], 3)
plant("basic-auth-header", "ES_AUTH_HEADER", "es.auth.header", one(lambda: "Basic " + BI(24)), [
    lambda: "[%s][DEBUG][logstash.outputs.elasticsearch][main] Sending request: POST https://es-coord-1.brightfield.internal:9200/_bulk headers: {\"Authorization\"=>\"{S}\", \"Content-Type\"=>\"application/json\"}" % TS(),
    lambda: "$ curl -H 'Authorization: {S}' https://os-cm-1.brightfield.internal:9200/_cluster/health",
], 2)
plant("github-token", "GITHUB_TOKEN", "github.token", one(lambda: "ghp_" + AI(36)), [
    lambda: "[Pipeline] sh\n+ git clone https://x-access-token:{S}@github.com/moorland/infra-modules.git",
    lambda: "Started by user d.patel\n[Pipeline] withEnv\n+ curl -s -H 'Authorization: token {S}' https://api.github.com/repos/moorland/webapp/statuses/%s" % H(40),
], 3)
plant("slack-webhook", "SLACK_WEBHOOK_URL", "slack.webhook", lambda: (lambda t, b, k: ("https://hooks.slack.com/services/%s/%s/%s" % (t, b, k), [t, b, k]))("T" + MARK(U(10), "EXAMPLE", 0)[:10], "B" + MARK(U(10), "EXAMPLE", 0)[:10], MARK(A(24), "EXAMPLE")), [
    lambda: "unclassified:\n  slackNotifier:\n    teamDomain: moorland\n    webhookUrl: \"{S}\"",
    lambda: "[%s: INFO/ForkPoolWorker-%d] saltmarsh.alerts: posting to {S}" % (L4J(), R.randint(1, 32)),
], 2)
plant("private-key", "GITHUB_APP_PRIVATE_KEY", "github.app.privateKey", one(lambda: PEM("RSA PRIVATE KEY")), [
    lambda: "credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - gitHubApp:\n              appID: \"381%03d\"\n              id: \"moorland-gh-app\"\n              privateKey: |\n{S}" % R.randint(0, 999),
    lambda: "$ cat /var/lib/jenkins/secrets/github-app.pem\n{S}",
    lambda: "%s [main] DEBUG c.q.invoice.config.SigningConfig [traceId= spanId=] - loaded signing key:\n{S}" % LTS(),
], 1)
plant("ssh-private-key", "DEPLOY_KEY", "deploy.key", one(lambda: PEM("OPENSSH PRIVATE KEY")), [
    lambda: "        - basicSSHUserPrivateKey:\n            id: \"agent-ssh\"\n            username: \"ec2-user\"\n            privateKeySource:\n              directEntry:\n                privateKey: |\n{S}",
    lambda: "+ cat /home/jenkins/.ssh/id_ed25519\n{S}",
], 2)
plant("jenkins-agent-secret", "JENKINS_SECRET", "jenkins.agent.secret", one(lambda: HI(64)), [
    lambda: "jenkins  %d  0.4  2.1 ... java -jar /usr/share/jenkins/agent.jar -url https://ci.moorland.example/ -secret {S} -name linux-build-%02d -webSocket -workDir /home/jenkins/agent" % (PID(), R.randint(1, 24)),
    lambda: "%s %s cloud-init[%d]: + java -jar agent.jar -jnlpUrl https://ci.moorland.example/computer/linux-build-%02d/jenkins-agent.jnlp -secret {S}" % ("Jun %2d %s" % (DAY(), HMS()), HOST(), PID(), R.randint(1, 24)),
], 2)
plant("jenkins-api-token", "JENKINS_API_TOKEN", "jenkins.api.token", one(lambda: "11" + HI(32)), [
    lambda: "$ curl -X POST -u d.patel:{S} https://ci.moorland.example/job/moorland/job/webapp/job/main/build",
    lambda: "jenkins-cli -s https://ci.moorland.example/ -auth a.kovacs:{S} reload-jcasc-configuration",
], 2)
plant("django-secret-key", "DJANGO_SECRET_KEY", "SECRET_KEY", one(lambda: "django-insecure-" + MARK(L(40)) if R.random() < 0.3 else MARK(L(50))), [
    lambda: "SECRET_KEY = '{S}'",
    lambda: "[%s] DEBUG [saltmarsh.settings:31] settings loaded: DEBUG=False SECRET_KEY={S} ALLOWED_HOSTS=['api.saltmarsh.example']" % L4J(),
], 2)
plant("elasticsearch-api-key", "ES_API_KEY", "elasticsearch.api_key", one(lambda: BI(45)), [
    lambda: "output.elasticsearch:\n  hosts: [\"https://es-coord-1.brightfield.internal:9200\"]\n  api_key: \"{S}\"",
    lambda: "$ curl -H 'Authorization: ApiKey {S}' https://es-coord-2.brightfield.internal:9200/_cat/indices",
], 2)
plant("datadog-api-key", "DD_API_KEY", "dd.api.key", one(lambda: HI(32)), [
    lambda: "          {\"name\": \"DD_API_KEY\", \"value\": \"{S}\"},",
], 3)
plant("sentry-dsn", "SENTRY_DSN", "sentry.dsn", one(lambda: HI(32)), [
    lambda: "SENTRY_DSN=https://{S}@o%d.ingest.sentry.io/%d" % (R.randint(100000, 999999), R.randint(1000000, 9999999)),
    lambda: "sentry.dsn=https://{S}@o%d.ingest.us.sentry.io/%d" % (R.randint(100000, 999999), R.randint(1000000, 9999999)),
], 2)
plant("zookeeper-super-digest", "ZK_SUPER_DIGEST", "zookeeper.DigestAuthenticationProvider.superDigest", one(lambda: "super:" + BI(20)), [
    lambda: "SERVER_JVMFLAGS=\"-Xmx2g -Dzookeeper.DigestAuthenticationProvider.superDigest={S}\"",
], 3)
plant("vault-token", "VAULT_TOKEN", "vault.token", one(lambda: "hvs." + AI(24)), [
    lambda: "spring.cloud.vault.token={S}",
    lambda: "%s\tINFO\tsecrets/vault.go:33\tvault client ready\t{\"addr\": \"https://vault.kestrel.internal:8200\", \"token\": \"{S}\"}" % TS(),
], 2)
plant("docker-auth", "DOCKER_AUTH", "docker.auth", one(lambda: BI(30)), [
    lambda: "$ cat ~/.docker/config.json\n{\n  \"auths\": {\n    \"registry.moorland.example\": {\n      \"auth\": \"{S}\"\n    }\n  }\n}",
    lambda: "ECS_ENGINE_AUTH_DATA={\"registry.moorland.example\":{\"auth\":\"{S}\",\"email\":\"ci@moorland.example\"}}",
], 2)
plant("npm-token", "NPM_TOKEN", "npm.token", one(lambda: "npm_" + AI(36)), [
    lambda: "+ echo //registry.npmjs.org/:_authToken={S} >> .npmrc",
], 3)
plant("pypi-token", "TWINE_PASSWORD", "pypi.token", one(lambda: "pypi-AgEIcHlwaS5vcmc" + MARK(B64U(60))), [
    lambda: "+ twine upload --username __token__ --password {S} dist/*",
    lambda: "[pypi]\nusername = __token__\npassword = {S}",
], 2)
plant("fernet-key", "AIRFLOW__CORE__FERNET_KEY", "fernet_key", one(lambda: MARK(B64U(32)) + "="), [
    lambda: "[core]\nexecutor = CeleryExecutor\nfernet_key = {S}",
    lambda: "$ ls /etc/keystone/fernet-keys/ && sudo cat /etc/keystone/fernet-keys/0\n0  1  2\n{S}",
], 2)
plant("rabbitmq-erlang-cookie", "RABBITMQ_ERLANG_COOKIE", "erlang.cookie", one(lambda: UI(20)), [
    lambda: "$ sudo cat /var/lib/rabbitmq/.erlang.cookie\n{S}",
    lambda: "rabbit-2 %s rabbitmq-server[%d]: + exec rabbitmq-server -setcookie {S}" % ("Jun %2d %s" % (DAY(), HMS()), PID()),
], 2)
plant("oauth-client-secret", "OAUTH_CLIENT_SECRET", "spring.security.oauth2.client.registration.quillpay.client-secret", one(lambda: AI(40)), [
    lambda: "spring.security.oauth2.client.registration.quillpay.client-id=tenant-admin\nspring.security.oauth2.client.registration.quillpay.client-secret={S}",
    lambda: "%s [main] DEBUG o.s.s.o.c.r.ClientRegistrations [traceId= spanId=] - registration quillpay: clientId=tenant-admin clientSecret={S} scopes=[openid, invoices:read]" % LTS(),
], 3)
plant("redis-auth-token", "REDIS_PASSWORD", "spring.data.redis.password", one(lambda: AI(32)), [
    lambda: "$ redis-cli -h quillpay-sessions.x7kq2f.ng.0001.use1.cache.amazonaws.com --tls -a {S} ping",
    lambda: "time=\"2028-06-%02dT%sZ\" level=debug msg=\"ratelimit backend\" addr=ratelimit.kestrel.internal:6379 password={S}" % (DAY(), HMS()),
], 2)
plant("hmac-signing-key", "JWT_SECRET", "jwt.secret", one(lambda: AI(48)), [
    lambda: "jwt:\n  issuer: edge-gateway\n  hs256_secret: {S}",
], 3)
plant("api-key", "PARTNER_API_KEY", "partner.api.key", one(lambda: AI(32)), [
    lambda: "[%s] {http.py:184} DEBUG - Sending 'GET' to url: https://api.partner-corvid.example/v2/rates with headers {'X-API-Key': '{S}'}" % ("2028-06-%02d, %s UTC" % (DAY(), HMS())),
    lambda: "%s [tax-rates-cb-%d] DEBUG feign.Logger [traceId=%s spanId=%s] - [TaxRateClient#rates] x-api-key: {S}" % (LTS(), R.randint(1, 4), H(32), H(16)),
], 3)

# ---------------------------------------------------------------- clean look-alikes
CLEAN = [
    lambda: "[%s] INFO KafkaConfig values: \n\tssl.keystore.password = [hidden]\n\tssl.key.password = [hidden]\n\tsasl.jaas.config = [hidden] (kafka.server.KafkaConfig)" % L4J(),
    lambda: "[%s] INFO ProducerConfig values: \n\tsasl.jaas.config = [hidden]\n\tsasl.mechanism = SCRAM-SHA-512\n\tclient.id = connector-producer-orders-mysql-cdc-0 (org.apache.kafka.clients.producer.ProducerConfig:370)" % L4J(),
    lambda: "%s [main] DEBUG com.zaxxer.hikari.HikariConfig [traceId= spanId=] - password........................<masked>" % LTS(),
    lambda: "%s %d DEBUG oslo_service.service [-] database.connection             = **** log_opt_values /usr/lib/python3/dist-packages/oslo_config/cfg.py:2620" % (LTS(), PID()),
    lambda: "%s %d DEBUG oslo_service.service [-] transport_url                   = **** log_opt_values /usr/lib/python3/dist-packages/oslo_config/cfg.py:2620" % (LTS(), PID()),
    lambda: "{\"property\":{\"source\":\"systemEnvironment\",\"value\":\"******\"},\"activeProfiles\":[\"prod\"]} (%s)" % R.choice(APPS),
    lambda: "spring.datasource.password=${DB_PASSWORD}  # %s" % R.choice(APPS),
    lambda: "jdbc:postgresql://quillpay-db.cluster-c1x2y3z4.us-east-1.rds.amazonaws.com:5432/invoices?user=invoice_app&sslmode=require&connectTimeout=%d" % R.randint(5, 30),
    lambda: "        \"secrets\": [{\"name\": \"DB_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:us-east-1:%s:secret:%s/db-%s\"}]," % (ACCT, R.choice(APPS), A(6)),
    lambda: "        \"secrets\": [{\"name\": \"DD_API_KEY\", \"valueFrom\": \"arn:aws:ssm:us-east-1:%s:parameter/%s/dd-api-key\"}]," % (ACCT, R.choice(APPS)),
    lambda: "AIRFLOW__CORE__FERNET_KEY_CMD=aws secretsmanager get-secret-value --secret-id airflow/fernet --query SecretString --output text  # %s" % HOST(),
    lambda: "AIRFLOW_CONN_WAREHOUSE=postgresql://airflow_ro@warehouse.saltmarsh.internal:5432/analytics?sslmode=%s" % R.choice(["require", "verify-full"]),
    lambda: "[%s: INFO/MainProcess] Connected to redis://celery-broker.saltmarsh.internal:6379/%d" % (L4J(), R.randint(0, 3)),
    lambda: "jenkins  %d  0.4  2.1 ... java -jar /usr/share/jenkins/agent.jar -url https://ci.moorland.example/ -secret @/home/jenkins/agent/secret-file -name linux-build-%02d -webSocket" % (PID(), R.randint(1, 24)),
    lambda: "credentials:\n  system:\n    domainCredentials:\n      - credentials:\n          - gitHubApp:\n              appID: \"381%03d\"\n              privateKey: \"${readFile:/run/secrets/github-app.pem}\"" % R.randint(0, 999),
    lambda: "    webhookUrl: \"${SLACK_WEBHOOK_URL}\"  # jenkins-casc %s" % H(7),
    lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s jenkins@%s" % (A(43), HOST()),
    lambda: "-----BEGIN CERTIFICATE-----\nMIIC%s\n%s\n-----END CERTIFICATE-----" % (A(60), A(64)),
    lambda: "%s INFO  [main] org.apache.hadoop.security.UserGroupInformation: Login successful for user hive/edge-02.tidewater.internal@TIDEWATER.LAN using keytab file /etc/security/keytabs/hive.service.keytab. Keytab auto renewal enabled : false" % L4J(),
    lambda: "<property>\n  <name>fs.s3a.aws.credentials.provider</name>\n  <value>com.amazonaws.auth.InstanceProfileCredentialsProvider</value>\n</property> <!-- %s -->" % HOST(),
    lambda: "<property>\n  <name>hadoop.security.credential.provider.path</name>\n  <value>jceks://hdfs@nn1.tidewater.internal:8020/secure/s3a-%s.jceks</value>\n</property>" % L(6),
    lambda: "%s\tDEBUG\tconfig/load.go:%d\tconfig loaded\t{\"addr\": \":8080\", \"db_password\": \"[REDACTED]\", \"log_level\": \"debug\"}" % (TS(), R.randint(30, 90)),
    lambda: "time=\"2028-06-%02dT%sZ\" level=info msg=\"token validated\" sub=%s kid=edge-2028-06 exp=%d" % (DAY(), HMS(), "kt-" + L(8), R.randint(1843430400, 1844208000)),
    lambda: "%s [http-nio-8080-exec-%d] INFO  c.q.invoice.web.RequestLogFilter [traceId=%s spanId=%s] - POST /v1/invoices -> 201 in %dms" % (LTS(), R.randint(1, 200), H(32), H(16), R.randint(5, 900)),
    lambda: "%s %d INFO nova.osapi_compute.wsgi.server [req-%s %s %s - default default] 10.48.%d.%d \"GET /v2.1/servers/detail HTTP/1.1\" status: 200 len: %d time: 0.%06d" % (LTS(), PID(), UUID(), H(32), H(32), R.randint(0, 9), R.randint(2, 254), R.randint(200, 9000), R.randint(0, 999999)),
    lambda: "SENTRY_DSN=  # disabled on %s" % HOST(),
    lambda: "spring.cloud.vault.authentication=AWS_IAM\nspring.cloud.vault.aws-iam.role=%s" % R.choice(APPS),
    lambda: "VAULT_TOKEN=$(vault login -method=aws -field=token role=%s)" % R.choice(APPS),
    lambda: "export OS_AUTH_TYPE=v3applicationcredential\nexport OS_APPLICATION_CREDENTIAL_ID=%s\nexport OS_APPLICATION_CREDENTIAL_SECRET_FILE=/etc/openstack/render-%s.secret" % (H(32), L(4)),
    lambda: "git checkout -f %s  # moorland/%s" % (H(40), R.choice(["webapp", "payments-service", "infra-modules"])),
    lambda: "[%s] INFO [Worker clientId=connect-%d, groupId=larkspur-connect] Connector orders-mysql-cdc config updated (org.apache.kafka.connect.runtime.distributed.DistributedHerder:%d)" % (L4J(), R.randint(1, 4), R.randint(2000, 2400)),
    lambda: "{\"connector.class\":\"io.debezium.connector.mysql.MySqlConnector\",\"database.password\":\"${secretsManager:larkspur/debezium:password}\",\"database.user\":\"debezium\",\"tasks.max\":\"%d\"}" % R.randint(1, 2),
    lambda: "            \"Image\": \"sha256:%s\"," % H(64),
    lambda: "%s %s dockerd[%d]: time=\"2028-06-%02dT%sZ\" level=info msg=\"Pull complete\" digest=\"sha256:%s\"" % ("Jun %2d %s" % (DAY(), HMS()), HOST(), PID(), DAY(), HMS(), H(64)),
    lambda: "[%s][INFO ][o.e.x.s.a.ApiKeyService] [es-master-1] api key [%s] invalidated by user [logstash_admin]" % (TS(), A(20)),
    lambda: "[%s][WARN ][o.e.x.s.a.AuthenticationService] [es-coord-1] Authentication to realm native1 failed - Password authentication failed for logstash_writer" % TS(),
    lambda: "%s 4121 WARNING keystonemiddleware.auth_token [-] Authorization failed for token" % LTS(),
    lambda: "[%s] {base.py:84} INFO - Using connection ID 'aws_default' for task execution. (dag_id=%s)" % ("2028-06-%02d, %s UTC" % (DAY(), HMS()), R.choice(["dbt_daily", "ingest_partner_feeds"])),
    lambda: "[%s] INFO [SocketServer listenerType=ZK_BROKER, nodeId=%d] Failed authentication with /10.44.7.%d (channelId=10.44.1.%d:9096-10.44.7.%d:%d-%d) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512) (org.apache.kafka.common.network.Selector)" % (L4J(), R.randint(1, 6), R.randint(20, 29), R.randint(10, 70), R.randint(20, 29), R.randint(32768, 60999), R.randint(0, 900)),
    lambda: "%s [id=%d]\tINFO\tjenkins.security.ApiTokenProperty$DescriptorImpl#doGenerateNewToken: API token '%s' generated for user %s (value not logged)" % (LTS() + "+0000", R.randint(1, 99999), R.choice(["ci-trigger", "grafana", "backup"]), R.choice(["d.patel", "a.kovacs"])),
    lambda: "%s [main] INFO  o.s.b.a.s.s.UserDetailsServiceAutoConfiguration [traceId= spanId=] - Global AuthenticationManager configured with an AuthenticationProvider bean. UserDetailsService beans will not be used by Spring Security for automatically configuring username/password login. Consider removing the AuthenticationProvider bean. (%s)" % (LTS(), R.choice(APPS)),
    lambda: "%s %s cloud-init[%d]: + aws ssm get-parameter --name /%s/jenkins-agent-secret --with-decryption --query Parameter.Value --output text" % ("Jun %2d %s" % (DAY(), HMS()), HOST(), PID(), R.choice(["moorland", "ci"])),
    lambda: "ZK_SERVER_HEAP=2048 SERVER_JVMFLAGS=\"-Dzookeeper.authProvider.sasl=org.apache.zookeeper.server.auth.SASLAuthenticationProvider -Djava.security.auth.login.config=/etc/zookeeper/jaas-%s.conf\"" % L(4),
    lambda: "DJANGO_SECRET_KEY_FILE=/run/secrets/django-secret-key  # %s" % HOST(),
    lambda: "trace_id=%s span_id=%s parent=%s sampled=1" % (H(32), H(16), H(16)),
]

for i, t in enumerate(CLEAN):
    n = 3 if i < 20 else 2
    made = 0
    for _ in range(40):
        if made >= n:
            break
        m = t()
        if any(r[2] == m for r in ROWS):
            continue
        C(m)
        made += 1
