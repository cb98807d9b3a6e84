# Lines of the heldout27 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every secret value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in every part.
# Contexts follow this round's theme: data platforms on AWS whose logs reach CloudWatch Logs (MWAA/Airflow task,
# scheduler and startup-script logs, dbt in CodeBuild/ECS, Spark on EMR and Glue, Managed Flink, Firehose/Lambda,
# Redshift COPY/UNLOAD and Data API callers, Athena/Step Functions callers, Great Expectations and Deequ).
ACCT = "111122223333"
REG = "eu-west-1"
DAY = lambda: R.randint(2, 14)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
AFTS = lambda: "[2029-02-%02dT%s.%03d+0000]" % (DAY(), HMS(), R.randint(0, 999))
SPTS = lambda: "29/02/%02d %s" % (DAY(), HMS())
CBTS = lambda: "2029/02/%02d %s.%06d" % (DAY(), HMS(), R.randint(0, 999999))
RSH = ["gh-dw.c%s.%s.redshift.amazonaws.com" % ("q81zx7mw2kd", REG), "gh-analytics.%s.%s.redshift-serverless.amazonaws.com" % (ACCT, REG), "ferncastle-dw.cv1xq8t2zp4a.%s.redshift.amazonaws.com" % REG]
PGH = ["pricing-db.cluster-c7wq2zx9k1ma.%s.rds.amazonaws.com" % REG, "loyalty-db.cluster-cz1m8q4wxk2b.%s.rds.amazonaws.com" % REG, "footfall-db.cx2k9q7zm1wa.%s.rds.amazonaws.com" % REG]


def KEYID():
    return "AKXC" + U(16)  # deliberately not an AWS access key id prefix


def TOKID():
    return "ASXC" + U(16)


def PWU():
    """URI-safe password (letters, digits, '-', '_', '.')."""
    return R.choice(["INVENT-", "EXAMPLE-", "Invent_", "Example."]) + A(R.randint(10, 16))


def AWSSK():
    return MARK(rs(AN + "+/", 40))


def FERNETKEY():
    return MARK(base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(32))).decode().replace("AKIA", "AKIB").replace("ASIA", "ASIB"))


def DAPI():
    return "dapi" + MARK(H(32)) + R.choice(["", "-2", "-3"])


def XOXB():
    return "xoxb-%s-%s-%s" % (D(12), D(13), MARK(A(24)))


def af(src, lvl, text):
    return "%s {%s} %s - %s" % (AFTS(), src, lvl, text)


def cb(text):
    return "[Container] %s %s" % (CBTS(), text)


def lam(lvl, text):
    return "[%s]\t%s\t%s\t%s" % (lvl, TS(), UUID(), text)


def spl(lvl, cat, text):
    return "%s %s %s: %s" % (SPTS(), lvl, cat, text)


# ---------------------------------------------------------------- planted: Airflow connection URIs
for ctx in range(8):
    pw = PWU()
    host = R.choice(RSH + PGH)
    user = R.choice(["etl_user", "pricing_rw", "airflow_loader", "loyalty_sync", "wms_reader"])
    scheme = "redshift" if "redshift" in host else "postgres"
    port = 5439 if scheme == "redshift" else 5432
    if ctx == 0:
        P("airflow-conn-uri-password", "%s INFO startup.sh: exported AIRFLOW_CONN_POS_REDSHIFT=%s://%s:{S}@%s:%d/dev" % (TS(), scheme, user, host, port), pw)
    elif ctx == 1:
        P("airflow-conn-uri-password", cb("Running command airflow connections add 'pricing_db' --conn-uri 'postgresql://%s:{S}@%s:5432/pricing?sslmode=require'" % (user, R.choice(PGH))), pw)
    elif ctx == 2:
        P("airflow-conn-uri-password", af("base.py:73", "DEBUG", "Resolved connection uri for loyalty_db: postgresql://%s:{S}@%s:5432/loyalty" % (user, R.choice(PGH))), pw)
    elif ctx == 3:
        P("airflow-conn-uri-password", lam("DEBUG", "get_secret_value airflow/connections/wms_mysql -> {\"SecretString\": \"mysql://%s:{S}@wms-db.tidewell.internal:3306/wms\", \"VersionStages\": [\"AWSCURRENT\"]}" % user), pw)
    elif ctx == 4:
        P("airflow-conn-uri-password", "AIRFLOW_CONN_MARKDOWN_PG=postgresql://%s:{S}@%s:5432/pricing" % (user, R.choice(PGH)), pw)
    elif ctx == 5:
        P("airflow-conn-uri-password", af("logging_mixin.py:188", "INFO", "env check: {'AIRFLOW_CONN_AWS_DEFAULT': 'aws://', 'AIRFLOW_CONN_DW': 'redshift://%s:{S}@%s:5439/dev', 'AIRFLOW__CORE__LOAD_EXAMPLES': 'False'}" % (user, R.choice(RSH))), pw)
    elif ctx == 6:
        P("airflow-conn-uri-password", "%s WARNING startup.sh: AIRFLOW_CONN_SUPPLIER_SFTP=sftp://edi_pull:{S}@sftp.supplier-hub.example.net:22/?key_file=&no_host_key_check=true is set in plain text; move it to Secrets Manager" % TS(), pw)
    else:
        P("airflow-conn-uri-password", cb("export AIRFLOW_CONN_FRESH_PG='postgres://%s:{S}@%s:5432/fresh'" % (user, R.choice(PGH))), pw)

# ---------------------------------------------------------------- planted: Airflow connection extras (tokens, api keys)
for ctx in range(6):
    if ctx < 3:
        tok = XOXB()
        tpl = ["AIRFLOW_CONN_SLACK_ALERTS={\"conn_type\": \"slack\", \"password\": \"{S}\", \"extra\": {\"timeout\": 30}}",
               af("connection.py:%d" % R.randint(230, 260), "DEBUG", "Connection slack_alerts extra_dejson={'token': '{S}', 'timeout': 30, 'proxy': None}"),
               lam("INFO", "rotated slack bot token for airflow: put-secret-value airflow/connections/slack_alerts {\"conn_type\":\"slack\",\"password\":\"{S}\"}")][ctx]
        P("slack-bot-token", tpl, tok)
    else:
        key = "lk_live_" + MARK(A(32))
        tpl = [af("http.py:%d" % R.randint(140, 180), "DEBUG", "Sending 'POST' to url: https://api.loyalty.tidewell.example/v3/points with headers {'Content-Type': 'application/json', 'X-Api-Key': '{S}'}"),
               "AIRFLOW_CONN_LOYALTY_API={\"conn_type\": \"http\", \"host\": \"api.loyalty.tidewell.example\", \"schema\": \"https\", \"extra\": {\"api_key\": \"{S}\"}}",
               af("logging_mixin.py:188", "INFO", "loyalty client config: base_url=https://api.loyalty.tidewell.example/v3 api_key={S} timeout=20")][ctx - 3]
        P("loyalty-api-key", tpl, key)

# ---------------------------------------------------------------- planted: dbt profiles.yml / env passwords
for ctx in range(6):
    pw = PW()
    if ctx == 0:
        P("dbt-profile-password", cb("Running command cat profiles.yml\nferncastle_dw:\n  target: prod\n  outputs:\n    prod:\n      type: redshift\n      host: %s\n      user: dbt_prod\n      password: {S}\n      port: 5439\n      dbname: analytics\n      schema: marts\n      threads: 8" % RSH[2]), pw)
    elif ctx == 1:
        P("dbt-profile-password", cb("export DBT_REDSHIFT_PASSWORD='{S}'"), pw)
    elif ctx == 2:
        P("dbt-profile-password", "%s {\"level\":\"debug\",\"msg\":\"rendered profile\",\"target\":\"ci\",\"profile\":{\"type\":\"redshift\",\"host\":\"%s\",\"user\":\"dbt_ci\",\"password\":\"{S}\",\"dbname\":\"analytics_ci\"}}" % (TS(), RSH[2]), pw)
    elif ctx == 3:
        P("dbt-profile-password", "%s  Encountered an error while reading profiles:\n  ERROR: Runtime Error\n  Could not parse profiles.yml near line 9:\n      password: \"{S}\n      port: 5439" % HMS(), pw)
    elif ctx == 4:
        P("dbt-profile-password", "DBT_ENV_PASSWORD={S}", pw)
    else:
        P("dbt-profile-password", cb("Running command dbt run-operation grant_select --args '{role: bi_reader}' --vars '{redshift_password: \"{S}\"}'"), pw)

# ---------------------------------------------------------------- planted: Snowflake passwords
for ctx in range(4):
    pw = PW()
    tpl = ["%s DEBUG snowflake.connector.connection: connect(account='ferncastle-mktg', user='DBT_MKTG', password='{S}', role='TRANSFORMER', warehouse='MKTG_WH')" % TS(),
           cb("Running command dbt debug --target share  # SNOWFLAKE_PASSWORD={S}"),
           "SNOWFLAKE_PASSWORD={S}",
           "%s  marketing_share:\n    outputs:\n      share:\n        type: snowflake\n        account: ferncastle-mktg\n        user: DBT_MKTG\n        password: '{S}'\n        role: TRANSFORMER" % HMS()][ctx]
    P("snowflake-password", tpl, pw)

# ---------------------------------------------------------------- planted: Databricks personal access tokens
for ctx in range(4):
    tok = DAPI()
    tpl = ["DATABRICKS_TOKEN={S}",
           af("databricks_base.py:%d" % R.randint(500, 560), "DEBUG", "Using connection databricks_default with extra {'token': '{S}', 'host': 'https://dbc-%s-%s.cloud.databricks.com'}" % (H(8), H(4))),
           cb("Running command curl -s -H \"Authorization: Bearer {S}\" https://dbc-%s-%s.cloud.databricks.com/api/2.1/jobs/run-now -d '{\"job_id\": %d}'" % (H(8), H(4), R.randint(100, 999999))),
           "%s  Encountered an error:\nRuntime Error\n  Credentials in profile \"lakehouse\", target \"prod\" invalid: token 'dapi' prefix check ok, host unreachable (profile: {type: databricks, host: dbc-%s-%s.cloud.databricks.com, token: {S}, http_path: /sql/1.0/warehouses/%s})" % (HMS(), H(8), H(4), H(16))][ctx]
    P("databricks-pat", tpl, tok)

# ---------------------------------------------------------------- planted: Hadoop/Spark/Flink S3 secret keys
for ctx in range(6):
    sk = AWSSK()
    kid = KEYID()
    tpl = [spl("INFO", "SparkContext", "Spark configuration:\nspark.app.name=cell_kpi_hourly\nspark.hadoop.fs.s3a.access.key=%s\nspark.hadoop.fs.s3a.secret.key={S}\nspark.hadoop.fs.s3a.endpoint=s3.%s.amazonaws.com" % (kid, REG)),
           cb("Running command spark-submit --deploy-mode cluster --conf spark.hadoop.fs.s3a.access.key=%s --conf spark.hadoop.fs.s3a.secret.key={S} s3://kellmoor-jobs/churn_features.py" % kid),
           "%s INFO [main] glue.ProcessLauncher: Launching Python process with command: python3 -u /tmp/vendor_feed_parse.py --conf spark.hadoop.fs.s3a.secret.key={S} --JOB_NAME vendor_feed_parse" % SPTS(),
           "<property>\n  <name>fs.s3a.access.key</name>\n  <value>%s</value>\n</property>\n<property>\n  <name>fs.s3a.secret.key</name>\n  <value>{S}</value>\n</property>" % kid,
           "%s {\"locationInformation\":\"org.apache.flink.configuration.GlobalConfiguration.loadYAMLResource(GlobalConfiguration.java:213)\",\"logger\":\"org.apache.flink.configuration.GlobalConfiguration\",\"message\":\"Loading configuration property: s3.secret-key, {S}\",\"threadName\":\"main\",\"messageType\":\"INFO\"}" % TS(),
           "%s INFO EmrServerlessJob: sparkSubmitParameters=--conf spark.executor.memory=14g --conf spark.hadoop.fs.s3a.access.key=%s --conf spark.hadoop.fs.s3a.secret.key={S}" % (TS(), kid)][ctx]
    P("hadoop-s3a-secret-key", tpl, sk)

# ---------------------------------------------------------------- planted: Redshift COPY/UNLOAD key-based credentials
for ctx in range(6):
    sk = AWSSK()
    kid = KEYID()
    tbl = R.choice(["staging.meter_readings", "staging.smart_events", "staging.depot_scans", "staging.pos_sales"])
    tpl = ["%s ERROR rs-loader.copy Statement %s FAILED: COPY %s FROM 's3://greyhollow-meter-landing/readings/2029/02/%02d/' CREDENTIALS 'aws_access_key_id=%s;aws_secret_access_key={S}' CSV GZIP IGNOREHEADER 1" % (TS(), UUID(), tbl, DAY(), kid),
           lam("INFO", "stl_query row: query=%d querytxt=COPY %s FROM 's3://tidewell-pos-landing/exports/' CREDENTIALS 'aws_access_key_id=%s;aws_secret_access_key={S}' FORMAT PARQUET" % (R.randint(4000000, 4999999), tbl, kid)),
           af("sql.py:%d" % R.randint(410, 420), "INFO", "Running statement: COPY %s FROM 's3://tidewell-pos-landing/exports/dt=2029-02-%02d/' ACCESS_KEY_ID '%s' SECRET_ACCESS_KEY '{S}' FORMAT AS CSV, parameters: None" % (tbl, DAY(), kid)),
           lam("ERROR", "UNLOAD ('SELECT * FROM billing.settlements WHERE week = ''2029-W06''') TO 's3://ofgem-share-greyhollow/settlements/' CREDENTIALS 'aws_access_key_id=%s;aws_secret_access_key={S}' PARQUET failed: S3ServiceException:Access Denied" % kid),
           "%s  Database Error in model load_depot_scans (models/loads/load_depot_scans.sql)\n  Invalid credentials. Must be of the format: credentials 'aws_iam_role=...' or 'aws_access_key_id=...;aws_secret_access_key=...[;token=...]'\n  compiled code: copy staging.depot_scans from 's3://lowmoor-firehose-backup/depot-scans/' credentials 'aws_access_key_id=%s;aws_secret_access_key={S} ' json 'auto'" % (HMS(), kid),
           "%s WARN rs-loader.copy sys_query_history text=COPY %s FROM 's3://greyhollow-landing/outages/' CREDENTIALS 'aws_access_key_id=%s;aws_secret_access_key={S}' CSV TIMEFORMAT 'auto'" % (TS(), tbl, kid)][ctx]
    P("redshift-copy-secret-access-key", tpl, sk)

# ---------------------------------------------------------------- planted: AWS secret keys in env / credentials files
for ctx in range(4):
    sk = AWSSK()
    kid = KEYID()
    tpl = [cb("Running command env | sort\nAWS_ACCESS_KEY_ID=%s\nAWS_DEFAULT_REGION=%s\nAWS_SECRET_ACCESS_KEY={S}\nCODEBUILD_BUILD_ID=dbt-nightly:%s" % (kid, REG, UUID())),
           "%s INFO startup.sh: [default]\naws_access_key_id = %s\naws_secret_access_key = {S}\nregion = %s" % (TS(), kid, REG),
           lam("DEBUG", "boto3 session created with explicit keys (access_key=%s, secret_key={S}) for cross-account athena" % kid),
           "%s {\"level\":\"debug\",\"msg\":\"env\",\"AWS_ACCESS_KEY_ID\":\"%s\",\"AWS_SECRET_ACCESS_KEY\":\"{S}\",\"task\":\"dbt-nightly\"}" % (TS(), kid)][ctx]
    P("aws-secret-access-key", tpl, sk)

for ctx in range(3):
    sk = AWSSK()
    kid = KEYID()
    tpl = ["%s INFO [main] glue.ProcessLauncher: job arguments: --JOB_NAME store_footfall_agg --partner_access_key %s --partner_secret_key {S} --TempDir s3://aws-glue-assets-%s-%s/temporary/" % (SPTS(), kid, ACCT, REG),
           "AIRFLOW_CONN_PARTNER_S3={\"conn_type\": \"aws\", \"login\": \"%s\", \"password\": \"{S}\", \"extra\": {\"region_name\": \"%s\"}}" % (kid, REG),
           spl("INFO", "EmrFileSystem", "legacy config fs.s3.awsAccessKeyId=%s fs.s3.awsSecretAccessKey={S} (deprecated, prefer instance profile)" % kid)][ctx]
    P("aws-secret-access-key", tpl, sk)

# ---------------------------------------------------------------- planted: JDBC URLs / Glue connection passwords
for ctx in range(7):
    pw = PWU()
    tpl = [spl("INFO", "JDBCRDD", "Opening jdbc:postgresql://%s:5432/footfall?user=glue_reader&password={S}&ssl=true" % PGH[2]),
           spl("ERROR", "JDBCRDD", "Failed to open connection to jdbc:oracle:thin:rx_extract/{S}@//rxdb-ora01.ashgrove.internal:1521/RXPROD"),
           "%s INFO rs-loader JDBC fallback: jdbc:redshift://%s:5439/energy;UID=rs_loader;PWD={S};ssl=true" % (TS(), RSH[0]),
           lam("DEBUG", "glue get_connection rx-oracle -> {\"ConnectionProperties\": {\"JDBC_CONNECTION_URL\": \"jdbc:oracle:thin://@rxdb-ora01.ashgrove.internal:1521/RXPROD\", \"USERNAME\": \"rx_extract\", \"PASSWORD\": \"{S}\"}}"),
           spl("WARN", "GlueLogger", "claims_curate: using inline JDBC options url=jdbc:sqlserver://claims-db.ashgrove.internal:1433;databaseName=claims;user=claims_ro;password={S}"),
           "%s {\"locationInformation\":\"com.pennrock.settlement.RefData.open(RefData.java:41)\",\"logger\":\"com.pennrock.settlement.RefData\",\"message\":\"Connecting to jdbc:mysql://merchant-ref.pennrock.internal:3306/ref?user=flink_ref&password={S}\",\"messageType\":\"INFO\"}" % TS(),
           cb("Running command spark-submit --class com.kellmoor.BillingRecon s3://kellmoor-jobs/recon.jar --jdbc-url 'jdbc:postgresql://%s:5432/billing?user=recon&password={S}'" % PGH[0])][ctx]
    P("jdbc-url-password", tpl, pw)

# ---------------------------------------------------------------- planted: Kafka SASL JAAS passwords
for ctx in range(5):
    pw = PWU()
    user = R.choice(["settlements-writer", "flink-settlement", "connect-sink", "spark-cdr"])
    mod = R.choice(["org.apache.kafka.common.security.scram.ScramLoginModule", "org.apache.kafka.common.security.plain.PlainLoginModule"])
    jaas = "%s required username=\"%s\" password=\"{S}\";" % (mod, user)
    tpl = ["%s {\"locationInformation\":\"org.apache.kafka.common.config.AbstractConfig.logAll(AbstractConfig.java:370)\",\"logger\":\"org.apache.kafka.clients.producer.ProducerConfig\",\"message\":\"ProducerConfig values: \\n\\tacks = -1\\n\\tsasl.jaas.config = %s\\n\\tsasl.mechanism = SCRAM-SHA-512\",\"messageType\":\"INFO\"}" % (TS(), jaas.replace('"', '\\"')),
           spl("INFO", "KafkaSourceProvider", "Kafka options: kafka.bootstrap.servers=b-1.kellmoor-msk.%s.c3.kafka.%s.amazonaws.com:9096, kafka.security.protocol=SASL_SSL, kafka.sasl.jaas.config=%s" % (L(6), REG, jaas)),
           "sasl.jaas.config=%s" % jaas,
           "%s ERROR [Worker-%s] Failed to start connector settlements-s3-sink: sasl.jaas.config=%s rejected by broker (SaslAuthenticationException)" % (TS(), H(8), jaas),
           lam("DEBUG", "msk producer properties: {'security.protocol': 'SASL_SSL', 'sasl.mechanism': 'PLAIN', 'sasl.jaas.config': '%s'}" % jaas.replace('"', "'").replace("'{S}'", "'{S}'"))][ctx]
    if "password='{S}'" in tpl or "password=\\\"{S}\\\"" in tpl or "password=\"{S}\"" in tpl:
        P("kafka-sasl-jaas-password", tpl, pw)
    else:
        raise SystemExit("jaas template lost its {S}")

# ---------------------------------------------------------------- planted: Airflow fernet / webserver secret keys
for ctx in range(3):
    k = FERNETKEY()
    tpl = ["AIRFLOW__CORE__FERNET_KEY={S}",
           "%s INFO startup.sh: airflow config list --section core | grep fernet\nfernet_key = {S}" % TS(),
           af("crypto.py:%d" % R.randint(80, 90), "DEBUG", "Loaded fernet key {S} (MultiFernet of 1 key)")][ctx]
    P("airflow-fernet-key", tpl, k)
for ctx in range(3):
    k = MARK(H(32))
    tpl = ["AIRFLOW__WEBSERVER__SECRET_KEY={S}",
           "%s INFO startup.sh: airflow config get-value webserver secret_key -> {S}" % TS(),
           af("app.py:%d" % R.randint(60, 80), "DEBUG", "Flask app config: SECRET_KEY={S} SESSION_COOKIE_SECURE=True")][ctx]
    P("airflow-webserver-secret-key", tpl, k)

# ---------------------------------------------------------------- planted: SQLAlchemy URLs (Airflow metadata DB, GX datasources)
for ctx in range(5):
    pw = PWU()
    tpl = ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:{S}@%s:5432/airflow" % PGH[1],
           "%s INFO gx-runner datasource orders_pg: connection_string=postgresql+psycopg2://gx_reader:{S}@%s:5432/orders" % (TS().replace("T", " ")[:-1], PGH[0]),
           "%s ERROR gx-runner sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  password authentication failed for user \"gx_reader\"\n[SQL: SELECT 1]\n(Background on this error at: https://sqlalche.me/e/20/e3q8) url=postgresql+psycopg2://gx_reader:{S}@%s/orders" % (TS().replace("T", " ")[:-1], PGH[0]),
           lam("INFO", "great_expectations.yml datasources.redshift_dw.connection_string: redshift+psycopg2://gx_dw:{S}@%s:5439/analytics" % RSH[1]),
           af("settings.py:%d" % R.randint(200, 260), "DEBUG", "Setting up DB connection pool (PID %d) url=postgresql+psycopg2://airflow:{S}@%s:5432/airflow" % (R.randint(100, 9999), PGH[1]))][ctx]
    P("sqlalchemy-url-password", tpl, pw)

# ---------------------------------------------------------------- planted: bearer JWTs (Airflow REST API, loyalty API)
for ctx in range(4):
    j = JWT()
    parts = j.split(".")
    tpl = [af("http.py:%d" % R.randint(140, 180), "DEBUG", "Sending 'GET' to url: https://api.loyalty.tidewell.example/v3/members?page=%d with headers {'Authorization': 'Bearer {S}'}" % R.randint(1, 90)),
           lam("DEBUG", "POST https://%s.c%d.airflow.%s.on.aws/api/v1/dags/pos_sales_daily/dagRuns Authorization: Bearer {S}" % (UUID(), R.randint(1, 9), REG)),
           "%s 10.32.%d.%d - - [%02d/Feb/2029:%s +0000] \"GET /api/v1/dags?access_token={S} HTTP/1.1\" 200 %d" % (TS(), R.randint(0, 255), R.randint(2, 254), DAY(), HMS(), R.randint(200, 9000)),
           "%s DEBUG dq-portal request headers: {'authorization': 'Bearer {S}', 'x-request-id': '%s'}" % (TS(), UUID())][ctx]
    P("jwt-bearer-token", tpl, j, parts=parts)

# ================================================================= clean near-misses
CLEAN = []


def c2(fn, n=2):
    for _ in range(n):
        C(fn())


c2(lambda: "%s INFO rs-loader.copy ExecuteStatement submitted: COPY staging.meter_readings FROM 's3://greyhollow-meter-landing/readings/2029/02/%02d/' IAM_ROLE 'arn:aws:iam::%s:role/gh-redshift-copy' CSV GZIP IGNOREHEADER 1 MAXERROR 0" % (TS(), DAY(), ACCT))
c2(lambda: lam("INFO", "COPY staging.depot_scans FROM 's3://lowmoor-firehose-backup/depot-scans/%s' CREDENTIALS 'aws_iam_role=arn:aws:iam::%s:role/firehose-redshift-copy' JSON 'auto' GZIP" % (UUID(), ACCT)))
c2(lambda: af("sql.py:%d" % R.randint(410, 420), "INFO", "Running statement: UNLOAD ('SELECT * FROM marts.fct_orders WHERE order_date = ''2029-02-%02d''') TO 's3://ferncastle-exports/orders/' IAM_ROLE default PARQUET, parameters: None" % DAY()))
c2(lambda: "%s INFO startup.sh: exported AIRFLOW_CONN_POS_REDSHIFT=redshift://etl_user:***@%s:5439/dev" % (TS(), R.choice(RSH)))
c2(lambda: af("base.py:83", "INFO", "Using connection ID '%s' for task execution." % R.choice(["pricing_db", "loyalty_api", "pos_redshift", "aws_default", "slack_alerts"])))
c2(lambda: af("logging_mixin.py:188", "INFO", "loyalty client config: base_url=https://api.loyalty.tidewell.example/v3 api_key=*** timeout=20"))
c2(lambda: "%s INFO metadb-dump: connection id=%d conn_id=%s conn_type=postgres is_encrypted=True password=gAAAAAB%s" % (TS(), R.randint(1, 90), R.choice(["pricing_db", "loyalty_db", "wms_mysql"]), B64U(90)))
c2(lambda: "%s INFO metadb-dump: variable key=loyalty_api_key is_encrypted=True val=gAAAAAB%s" % (TS(), B64U(72)))
c2(lambda: "AIRFLOW__SECRETS__BACKEND_KWARGS={\"connections_prefix\": \"airflow/connections\", \"variables_prefix\": \"airflow/variables\", \"config_prefix\": \"airflow/config\", \"region_name\": \"%s\"}" % REG, 1)
c2(lambda: "AIRFLOW__SECRETS__BACKEND=airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend", 1)
c2(lambda: "AIRFLOW__CORE__FERNET_KEY_CMD=aws secretsmanager get-secret-value --secret-id airflow/config/fernet_key --query SecretString --output text", 1)
c2(lambda: af("configuration.py:%d" % R.randint(1000, 1100), "WARNING", "cryptography not found or fernet_key empty - values will not be stored encrypted. (fernet_key is not set in airflow.cfg; using secrets backend)"), 1)
c2(lambda: cb("Running command cat profiles.yml\nferncastle_dw:\n  target: prod\n  outputs:\n    prod:\n      type: redshift\n      host: %s\n      user: dbt_prod\n      password: \"{{ env_var('DBT_ENV_SECRET_REDSHIFT_PASSWORD') }}\"\n      port: 5439\n      dbname: analytics\n      threads: %d" % (RSH[2], R.choice([4, 8]))))
c2(lambda: "%s  Connection:\n  host: %s\n  port: 5439\n  user: dbt_prod\n  database: analytics\n  schema: marts\n  connect_timeout: None\n  role: None\n  search_path: None\n  keepalives_idle: 4\n  sslmode: prefer\n  method: database\n  cluster_id: None\n  iam_profile: None\n  Registered adapter: redshift=1.8.%d" % (HMS(), RSH[2], R.randint(0, 9)))
c2(lambda: "%s  marketing_share:\n    outputs:\n      share:\n        type: snowflake\n        account: ferncastle-mktg\n        user: DBT_MKTG\n        authenticator: %s\n        role: TRANSFORMER" % (HMS(), R.choice(["externalbrowser", "snowflake_jwt\n        private_key_path: /run/secrets/dbt_mktg_rsa_key.p8"])))
c2(lambda: "%s DEBUG snowflake.connector.connection: connect(account='ferncastle-mktg', user='DBT_MKTG', password='****', role='TRANSFORMER', warehouse='MKTG_WH')" % TS())
c2(lambda: cb("SNOWFLAKE_PASSWORD is set (length %d, from secretsmanager:dbt/snowflake/DBT_MKTG)" % R.randint(18, 32)))
c2(lambda: af("databricks_base.py:%d" % R.randint(500, 560), "INFO", "Using token auth from connection databricks_default (token set: True); host https://dbc-%s-%s.cloud.databricks.com" % (H(8), H(4))))
for _t in ["jobs-token", "airflow-token"]:
    C("DATABRICKS_TOKEN={{secrets/etl-scope/%s}}" % _t)
c2(lambda: spl("INFO", "SparkContext", "Spark configuration:\nspark.app.name=%s\nspark.hadoop.fs.s3a.aws.credentials.provider=%s\nspark.hadoop.fs.s3a.secret.key=*********(redacted)" % (R.choice(["cell_kpi_hourly", "cdr_rollup_daily"]), R.choice(["com.amazonaws.auth.WebIdentityTokenCredentialsProvider", "com.amazonaws.auth.InstanceProfileCredentialsProvider"]))))
c2(lambda: spl("INFO", "S3AFileSystem", "fs.s3a.aws.credentials.provider=org.apache.hadoop.fs.s3a.auth.AssumedRoleCredentialProvider, fs.s3a.assumed.role.arn=arn:aws:iam::%s:role/emrs-network-kpi-job" % ACCT))
c2(lambda: "%s INFO EmrServerlessJob: executionRoleArn=arn:aws:iam::%s:role/emrs-%s-job sparkSubmitParameters=--conf spark.executor.memory=14g --conf spark.dynamicAllocation.maxExecutors=%d" % (TS(), ACCT, R.choice(["network-kpi", "churn"]), R.randint(20, 100)))
c2(lambda: "<property>\n  <name>fs.s3a.secret.key</name>\n  <value>${S3A_SECRET_KEY}</value>\n</property>", 1)
c2(lambda: spl("INFO", "JDBCRDD", "Opening jdbc:postgresql://%s:5432/footfall?user=glue_reader&ssl=true (password from Glue connection footfall-pg, secret glue/footfall-pg)" % PGH[2]))
c2(lambda: lam("DEBUG", "glue get_connection rx-oracle -> {\"ConnectionProperties\": {\"JDBC_CONNECTION_URL\": \"jdbc:oracle:thin://@rxdb-ora01.ashgrove.internal:1521/RXPROD\", \"SECRET_ID\": \"glue/rx-oracle-%s\"}}" % L(6)))
c2(lambda: "%s INFO rs-loader JDBC fallback: jdbc:redshift:iam://%s:5439/energy;DbUser=rs_loader;AutoCreate=false;ssl=true" % (TS(), RSH[0]))
c2(lambda: spl("WARN", "GlueLogger", "claims_curate: JDBC url=jdbc:sqlserver://claims-db.ashgrove.internal:1433;databaseName=claims;user=claims_ro;password=<redacted>"))
for _role in ["msf-settlement-aggregator", "emr-cdr-streaming"]:
    C("sasl.jaas.config=software.amazon.msk.auth.iam.IAMLoginModule required awsRoleArn=\"arn:aws:iam::%s:role/%s\";" % (ACCT, _role))
c2(lambda: "%s {\"locationInformation\":\"org.apache.kafka.common.config.AbstractConfig.logAll(AbstractConfig.java:370)\",\"logger\":\"org.apache.kafka.clients.producer.ProducerConfig\",\"message\":\"ProducerConfig values: \\n\\tacks = -1\\n\\tsasl.jaas.config = [hidden]\\n\\tsasl.mechanism = %s\",\"messageType\":\"INFO\"}" % (TS(), R.choice(["SCRAM-SHA-512", "AWS_MSK_IAM"])))
c2(lambda: "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"connect-sink\" password=\"${secretsmanager:AmazonMSK_connect-sink:password}\";", 1)
c2(lambda: lam("INFO", "Query %s SUCCEEDED: ALTER TABLE mf_curated.customers ADD COLUMNS (password_hash string, password_reset_token_sha256 string)" % UUID()), 1)
c2(lambda: "%s INFO gx-runner %s" % (TS().replace("T", " ")[:-1], json.dumps({"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "api_key_last4", "regex": "^[0-9a-f]{4}$"}, "success": True})))
c2(lambda: "%s  1 of 1 OK created sql table model marts.dim_users (columns: user_id, email_sha256, password_hash, secret_question_id) [SELECT %d in %.2fs]" % (HMS(), R.randint(1000, 90000), R.uniform(1, 20)), 1)
c2(lambda: lam("INFO", "Query %s state=RUNNING (customer_ltv_weekly)" % UUID()))
c2(lambda: "%s INFO rs-loader.poll DescribeStatement %s Status=FINISHED RedshiftQueryId=%d ResultRows=%d" % (TS(), UUID(), R.randint(4000000, 4999999), R.randint(0, 9000)))
c2(lambda: "%s INFO [main] glue.ProcessLauncher: postprocessing, job claims_curate run jr_%s SUCCEEDED" % (SPTS(), H(64)))
c2(lambda: "%s INFO EmrServerlessJob: job run 00f%s state changed RUNNING -> SUCCESS" % (TS(), L(14)))
c2(lambda: "%s INFO startup.sh: requirements.txt S3 version id %s, sha256 %s" % (TS(), A(32), H(64)))
c2(lambda: "upload: target/manifest.json to s3://ferncastle-dbt-artifacts/prod/manifest.json (ETag \"%s\", git sha %s)" % (H(32), H(40)))
c2(lambda: lam("INFO", "Assumed role arn:aws:iam::%s:role/athena-finance-close; temporary key id %s, expiration 2029-02-%02dT%s+00:00" % (ACCT, TOKID(), DAY(), HMS())))
c2(lambda: "%s INFO scan-publisher using credentials from container (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/%s)" % (TS(), UUID()))
c2(lambda: "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET=airflow/config/sql_alchemy_conn", 1)
c2(lambda: "%s INFO gx-runner datasource orders_pg: connection_string=${ORDERS_PG_URL} (resolved from config_variables.yml, value hidden)" % TS().replace("T", " ")[:-1], 1)
c2(lambda: "%s ERROR gx-runner sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) FATAL:  password authentication failed for user \"gx_reader\"\n[SQL: SELECT 1]\n(Background on this error at: https://sqlalche.me/e/20/e3q8) url=postgresql+psycopg2://gx_reader:***@%s/orders" % (TS().replace("T", " ")[:-1], PGH[0]))
c2(lambda: af("http.py:%d" % R.randint(140, 180), "DEBUG", "Sending 'GET' to url: https://api.loyalty.tidewell.example/v3/members?page=%d with headers {'Authorization': '***'}" % R.randint(1, 90)))
c2(lambda: "%s WARN dq-portal rejected request %s: expired token (kid=%s, exp=%d)" % (TS(), UUID(), H(16), R.randint(1864600000, 1865700000)))
c2(lambda: lam("INFO", "Data API ExecuteStatement with SecretArn=arn:aws:secretsmanager:%s:%s:secret:gh/redshift/rs-loader-%s WorkgroupName=gh-analytics" % (REG, ACCT, A(6))))
c2(lambda: "%s  Encountered an error:\nDatabase Error\n  250001 (08001): Failed to connect to DB: ferncastle-mktg.eu-west-1.snowflakecomputing.com:443. Incorrect username or password was specified." % HMS(), 1)
c2(lambda: "{\"deliveryStreamARN\":\"arn:aws:firehose:%s:%s:deliverystream/ops-alerts-to-http\",\"destination\":\"https://ingest.pagerly.example.com/v2/firehose\",\"message\":\"The HTTP endpoint responded with an error status code. 401: invalid X-Amz-Firehose-Access-Key\",\"errorCode\":\"HttpEndpoint.ResponseErrorCode\",\"requestId\":\"%s\"}" % (REG, ACCT, UUID()), 1)
c2(lambda: "HttpEndpointConfiguration: {\"Url\": \"https://ingest.pagerly.example.com/v2/firehose\", \"Name\": \"pagerly\", \"AccessKey\": \"******\"}; SecretsManagerConfiguration: {\"SecretARN\": \"arn:aws:secretsmanager:%s:%s:secret:firehose/pagerly-%s\", \"Enabled\": true}" % (REG, ACCT, A(6)), 1)
c2(lambda: "%s INFO startup.sh: AIRFLOW__WEBSERVER__SECRET_KEY is managed by MWAA (not set in startup script)" % TS(), 1)
c2(lambda: lam("INFO", "put-secret-value airflow/connections/slack_alerts VersionId=%s (value not logged)" % UUID()))
