#!/usr/bin/env python3
"""Writes bench/corpora/heldout5/secrets/secrets.jsonl. Stdlib only, seed 20261207, same bytes every run.
Every secret value is drawn here from the RNG in the shape of its kind; none is real."""
import base64
import json
import os
import random
import string

R = random.Random(20261207)
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")
LO, UP, DG = string.ascii_lowercase, string.ascii_uppercase, string.digits
AN = LO + UP + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
URLS = AN + "-_"


def rs(k, a=AN):
    while True:
        s = "".join(R.choice(a) for _ in range(k))
        if "AKIA" not in s and "ASIA" not in s:
            return s


def hx(k):
    return rs(k, HX)


def uid():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def pw(k=None):
    k = k or R.randint(12, 20)
    base = rs(k - 3, AN) + R.choice("!#%*-_.+") + R.choice(DG) + R.choice(UP)
    return "".join(R.sample(base, len(base)))


def b64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def b64u(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def jwt():
    h = b64u(0) or "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
    body = base64.urlsafe_b64encode(json.dumps({"sub": uid(), "iss": "https://auth.example.com/", "exp": 1796100000 + R.randint(0, 99999), "scope": "orders:write"}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (h, body, b64u(64))


def ts():
    return "2026-12-0%d %02d:%02d:%02d" % (R.randint(1, 6), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def iso():
    return "2026-12-0%dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 6), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def ip():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


ROWS = []


def P(kind, fn):
    ROWS.append((kind, fn))


def C(fn):
    ROWS.append((None, fn))


# ------------------------------------------------------------------ new vendor kinds (one line each)
P("launchdarkly-api-access-token", lambda s="api-" + uid(): ("%s INFO ld-relay: autoconfig started with LD_API_KEY=%s, environments=3" % (ts(), s), s))
P("workos-api-key", lambda s="sk_live_" + rs(48): ("workos.sso.getProfileAndToken failed: 401 Unauthorized (apiKey=%s, clientId=client_%s)" % (s, rs(26, UP + DG)), s))
P("bigcommerce-access-token", lambda s=rs(31, LO + DG): ("POST https://api.bigcommerce.com/stores/%s/v3/catalog/products -H 'X-Auth-Token: %s' -> 422" % (rs(10, LO + DG), s), s))
P("contentstack-management-token", lambda s="cs" + hx(32): ("contentstack:  publishing entry blt%s with authorization=%s (branch main)" % (hx(16), s), s))
P("storyblok-preview-token", lambda s=rs(24) + "tt": ("GET https://api.storyblok.com/v2/cdn/stories/home?version=draft&token=%s&cv=%d 200" % (s, R.randint(10**9, 2 * 10**9)), s))
P("victorops-api-key", lambda s=uid(): ("victorops-notifier: X-VO-Api-Id=%s X-VO-Api-Key=%s" % (hx(8), s), s))
P("temporal-cloud-api-key", lambda s="eyJhbGciOiJFUzI1NiIsImtpZCI6I" + rs(60, URLS) + "." + rs(120, URLS) + "." + rs(86, URLS): ("temporal workflow list --namespace orders.a1b2c --address orders.a1b2c.tmprl.cloud:7233 --api-key %s" % s, s))
P("dagster-cloud-user-token", lambda s="user:" + hx(32): ("DAGSTER_CLOUD_API_TOKEN=%s dagster-cloud deployment sync-locations -w workspace.yaml" % s, s))
P("astronomer-api-token", lambda s="eyJhbGciOiJSUzI1NiJ9." + rs(140, URLS) + "." + rs(86, URLS): ("astro login shop.astronomer.run --token-login %s" % s, s))
P("snowflake-programmatic-access-token", lambda s="ver:1-hint:" + str(R.randint(10**9, 10**10)) + "-ETMsDgAAAZ" + rs(100, AN + "+/"): ("snowsql -a xy12345.eu-west-1 -u SVC_DBT --authenticator PROGRAMMATIC_ACCESS_TOKEN --token '%s'" % s, s))
P("clickhouse-cloud-key-secret", lambda s="4b1d" + rs(38): ("curl --user '%s:%s' https://api.clickhouse.cloud/v1/organizations" % (rs(20, UP + DG), s), s))
P("xata-api-key", lambda s="xau_" + rs(36): ("xata: using XATA_API_KEY=%s for workspace shop-%s" % (s, rs(6, LO + DG)), s))
P("appwrite-api-key", lambda s="standard_" + hx(256): ("[Appwrite] X-Appwrite-Project: shop-prod X-Appwrite-Key: %s" % s, s))
P("hasura-admin-secret", lambda s=pw(32): ("graphql-engine: {\"type\":\"startup\",\"detail\":{\"kind\":\"env\",\"info\":{\"HASURA_GRAPHQL_ADMIN_SECRET\":\"%s\"}}}" % s, s))
P("apollo-studio-key", lambda s="service:shop-graph:" + rs(22, URLS): ("rover subgraph publish shop-graph@prod --name orders --schema orders.graphql  # APOLLO_KEY=%s" % s, s))
P("imagekit-private-key", lambda s="private_" + rs(28) + "=": ("imagekit upload failed: 403 (privateKey: '%s', urlEndpoint: 'https://ik.imagekit.io/shop')" % s, s))
P("ipinfo-token", lambda s=hx(14): ("GET https://ipinfo.io/203.0.113.7/json?token=%s -> 429 Too Many Requests" % s, s))
P("maxmind-license-key", lambda s=rs(6) + "_" + rs(29) + "_mmk": ("geoipupdate: AccountID 1234567 LicenseKey %s EditionIDs GeoLite2-City" % s, s))
P("abuseipdb-api-key", lambda s=hx(80): ("fail2ban action abuseipdb: curl --data-urlencode 'ip=203.0.113.9' -H 'Key: %s' https://api.abuseipdb.com/api/v2/report" % s, s))
P("virustotal-api-key", lambda s=hx(64): ("clamav-bridge: lookup sha256 via https://www.virustotal.com/api/v3/files/%s with x-apikey: %s" % (hx(64), s), s))
P("shodan-api-key", lambda s=rs(32): ("shodan init %s && shodan host 198.51.100.23" % s, s))
P("crowdstrike-client-secret", lambda s=rs(40): ("falcon-sensor-installer --client-id=%s --client-secret=%s --cloud=eu-1" % (hx(32), s), s))
P("duo-secret-key", lambda s=rs(40): ("[duo]\nikey = DI%s\nskey = %s\napi_host = api-%s.duosecurity.com" % (rs(18, UP + DG), s, hx(8)), s))
P("keycloak-client-secret", lambda s=rs(32): ("KC_CLIENT_SECRET=%s npm run start:bff" % s, s))
P("ory-project-api-key", lambda s="ory_pat_" + rs(32): ("ory list identities --project %s  (ORY_PROJECT_API_KEY=%s)" % (uid(), s), s))
P("zitadel-personal-access-token", lambda s=rs(64, URLS): ("zitadel-tools: Authorization: Bearer %s (machine user svc-provisioner)" % s, s))
P("spacelift-api-key-secret", lambda s=hx(64): ("spacectl profile login prod --endpoint https://shop.app.spacelift.io --api-key-id 01H%s --api-key-secret %s" % (rs(23, UP + DG), s), s))
P("sourcegraph-access-token", lambda s="sgp_" + hx(16) + "_" + hx(40): ("src search -json 'repo:shop/ lang:go panic' (SRC_ACCESS_TOKEN=%s)" % s, s))
P("bugsnag-api-key", lambda s=hx(32): ("Bugsnag.start({ apiKey: '%s', releaseStage: 'production' })" % s, s))
P("airbrake-project-key", lambda s=hx(32): ("airbrake: notifier configured project_id=%d project_key=%s" % (R.randint(100000, 999999), s), s))
P("papertrail-api-token", lambda s=rs(20): ("papertrail-cli: X-Papertrail-Token: %s" % s, s))
P("mezmo-ingestion-key", lambda s=hx(32): ("logdna-agent: MZ_INGESTION_KEY=%s MZ_HOSTNAME=ip-10-0-4-12" % s, s))
P("signalfx-access-token", lambda s=rs(22, URLS): ("otelcol: exporters.signalfx.access_token=%s realm=eu0" % s, s))
P("elastic-apm-secret-token", lambda s=rs(24): ("elasticapm.Client(service_name='orders', server_url='https://apm.internal:8200', secret_token='%s')" % s, s))
P("zabbix-api-token", lambda s=hx(64): ("zabbix_sender -z zbx.internal -s ip-10-0-2-9 -k orders.errors -o 0  # auth token %s" % s, s))
P("incident-io-api-key", lambda s="inc_" + rs(40, LO + DG): ("POST https://api.incident.io/v2/incidents 401 with Authorization: Bearer %s" % s, s))
P("firehydrant-api-key", lambda s="fhb-" + hx(32): ("firehydrant-cli --api-key %s incidents create --name 'checkout errors'" % s, s))
P("statuspage-api-key", lambda s=uid(): ("statuspage: PATCH /v1/pages/%s/components/%s Authorization: OAuth %s" % (rs(12, LO + DG), rs(12, LO + DG), s), s))
P("mercadopago-access-token", lambda s="APP_USR-%d-%s-%s-%d" % (R.randint(10**15, 10**16), "120"+str(R.randint(100,999)), hx(32), R.randint(10**8, 10**9)): ("mercadopago.configure(access_token=\"%s\")" % s, s))
P("midtrans-server-key", lambda s="Mid-server-" + rs(24, URLS): ("midtrans: charge failed, serverKey=%s isProduction=true" % s, s))
P("xendit-secret-key", lambda s="xnd_production_" + rs(60, URLS): ("curl https://api.xendit.co/v2/invoices -u %s: -d external_id=ord-81723" % s, s))
P("authorize-net-transaction-key", lambda s=rs(16): ("<merchantAuthentication><name>%s</name><transactionKey>%s</transactionKey></merchantAuthentication>" % (rs(12), s), s))
P("iyzico-secret-key", lambda s="sandbox-" + rs(32): ("iyzipay: Options{apiKey=sandbox-%s, secretKey=%s, baseUrl=https://sandbox-api.iyzipay.com}" % (rs(32), s), s))
P("infobip-api-key", lambda s=hx(32) + "-" + uid(): ("POST https://%s.api.infobip.com/sms/2/text/advanced Authorization: App %s" % (rs(6, LO + DG), s), s))
P("sinch-api-token", lambda s=hx(32): ("sinch sms send --service-plan-id %s --api-token %s --to +15550100" % (hx(32), s), s))
P("zeptomail-send-token", lambda s="wSsVR61" + rs(120, AN + "+/") + "==": ("zeptomail: Authorization: Zoho-enczapikey %s" % s, s))
P("smtp2go-api-key", lambda s="api-" + hx(32).upper(): ("smtp2go: {\"api_key\": \"%s\", \"to\": [\"ops@example.com\"], \"subject\": \"daily report\"}" % s, s))
P("loops-api-key", lambda s=hx(32): ("loops.sendTransactionalEmail failed: 401, LOOPS_API_KEY=%s" % s, s))
P("customerio-app-api-key", lambda s=hx(32): ("customerio: APIClient(%r, region=Regions.EU) send_email(transactional_message_id=7)" % s, s))
P("dingtalk-robot-secret", lambda s="SEC" + hx(64): ("alert-router: dingtalk robot access_token=%s secret=%s" % (hx(64), s), s))
P("feishu-app-secret", lambda s=rs(32): ("lark-bot: POST /open-apis/auth/v3/tenant_access_token/internal {\"app_id\":\"cli_%s\",\"app_secret\":\"%s\"}" % (hx(16), s), s))
P("pushover-app-token", lambda s="a" + rs(29, LO + DG): ("curl -s -F token=%s -F user=u%s -F message='disk 91%%' https://api.pushover.net/1/messages.json" % (s, rs(29, LO + DG)), s))
P("ntfy-access-token", lambda s="tk_" + rs(29, LO + DG): ("curl -H 'Authorization: Bearer %s' -d 'backup done' https://ntfy.example.com/ops" % s, s))
P("gotify-app-token", lambda s="A" + rs(14, AN + ".-_"): ("gotify push -t backup --token %s 'nightly backup failed'" % s, s))
P("rocketchat-auth-token", lambda s=rs(43, URLS): ("rocketchat-notify: X-User-Id: %s X-Auth-Token: %s" % (rs(17), s), s))
P("drone-ci-token", lambda s=rs(32): ("DRONE_SERVER=https://drone.example.com DRONE_TOKEN=%s drone build ls shop/api" % s, s))
P("teamcity-access-token", lambda s="eyJ0eXAiOiAiVENWMiJ9." + rs(36, URLS) + "." + rs(48, URLS): ("teamcity-agent: REST call with Authorization: Bearer %s -> 403" % s, s))
P("appveyor-api-token", lambda s="v2." + rs(20, LO + DG): ("Invoke-RestMethod -Uri https://ci.appveyor.com/api/projects -Headers @{Authorization='Bearer %s'}" % s, s))
P("codefresh-api-key", lambda s=hx(24) + "." + hx(32): ("codefresh auth create-context --api-key %s" % s, s))
P("quay-robot-token", lambda s=rs(64, UP + DG): ("docker login -u 'shop+ci_pusher' --password-stdin quay.io <<< '%s'" % s, s))
P("harbor-robot-secret", lambda s=rs(32): ("{\"name\":\"robot$shop+ci\",\"secret\":\"%s\",\"expires_at\":-1}" % s, s))
P("nexus-user-token", lambda s=rs(44, AN + "+/"): ("mvn deploy -DaltDeploymentRepository=nexus::https://nexus.internal/repository/releases -Dnexus.username=%s -Dnexus.token=%s" % (rs(8), s), s))
P("clojars-deploy-token", lambda s="CLOJARS_" + hx(60): ("CLOJARS_USERNAME=shop CLOJARS_PASSWORD=%s lein deploy clojars" % s, s))
P("hackage-api-token", lambda s=hx(64): ("cabal upload --publish --token=%s dist-newstyle/sdist/orders-core-0.4.1.tar.gz" % s, s))
P("luarocks-api-key", lambda s=rs(40): ("luarocks upload lua-resty-shop-1.2-1.rockspec --api-key=%s" % s, s))
P("gemfury-push-token", lambda s=rs(20): ("curl -F package=@shop-sdk-2.1.0.gem https://%s@push.fury.io/shop/" % s, s))
P("aiven-api-token", lambda s=rs(300, AN + "+/")[:212]: ("avn --auth-token %s service list --project shop-prod" % s, s))
P("redpanda-cloud-client-secret", lambda s=rs(64, URLS): ("rpk cloud login --client-id %s --client-secret %s" % (rs(32), s), s))
P("influxdb-api-token", lambda s=rs(86, URLS) + "==": ("influx write -b metrics -o shop -t %s --precision s 'orders,region=eu count=3'" % s, s))
P("fauna-secret", lambda s="fn" + rs(38, URLS): ("FaunaClient(secret='%s', domain='db.fauna.com')" % s, s))
P("weaviate-api-key", lambda s=rs(40): ("weaviate.connect_to_weaviate_cloud(cluster_url='shop.c0.europe-west3.gcp.weaviate.cloud', auth_credentials=Auth.api_key('%s'))" % s, s))
P("zilliz-api-key", lambda s=hx(104): ("MilvusClient(uri='https://in03-%s.serverless.gcp-us-west1.cloud.zilliz.com', token='%s')" % (hx(15), s), s))
P("anyscale-api-key", lambda s="esecret_" + rs(26, LO + DG): ("ANYSCALE_CLI_TOKEN=%s anyscale job submit -f job.yaml" % s, s))
P("runpod-api-key", lambda s="rpa_" + rs(44, UP + DG): ("runpodctl config --apiKey %s" % s, s))
P("baseten-api-key", lambda s=rs(8) + "." + rs(32): ("curl -H 'Authorization: Api-Key %s' https://model-%s.api.baseten.co/production/predict" % (s, rs(8, LO + DG)), s))
P("helicone-api-key", lambda s="sk-helicone-" + rs(7, LO + DG) + "-" + rs(7, LO + DG) + "-" + rs(7, LO + DG) + "-" + rs(7, LO + DG): ("openai.base_url=https://oai.helicone.ai/v1 default_headers={'Helicone-Auth': 'Bearer %s'}" % s, s))
P("ai21-api-key", lambda s=rs(32): ("AI21Client(api_key=\"%s\").chat.completions.create(model=\"jamba-large\")" % s, s))
P("comet-api-key", lambda s=rs(25): ("COMET_API_KEY=%s python train.py --experiment ranker-v7" % s, s))
P("jumpcloud-api-key", lambda s=hx(40): ("curl -H 'x-api-key: %s' https://console.jumpcloud.com/api/systemusers" % s, s))
P("netbird-setup-key", lambda s=uid().upper(): ("netbird up --setup-key %s --management-url https://netbird.example.com" % s, s))
P("teleport-join-token", lambda s=hx(32): ("teleport start --roles=node --token=%s --auth-server=teleport.example.com:443" % s, s))
P("zoho-refresh-token", lambda s="1000." + hx(32) + "." + hx(32): ("zoho-crm-sync: refreshing access token with refresh_token=%s client_id=1000.%s" % (s, rs(30, UP + DG)), s))
P("todoist-api-token", lambda s=hx(40): ("todoist-sync: Authorization: Bearer %s (projects=12)" % s, s))
P("coda-api-token", lambda s=uid(): ("coda: pushing rows to doc %s with token %s" % (rs(10, AN + "-_"), s), s))
P("civo-api-key", lambda s=rs(50): ("civo apikey save shop %s && civo kubernetes ls" % s, s))
P("scalingo-api-token", lambda s="tk-us-" + rs(48, URLS): ("scalingo login --api-token %s" % s, s))
P("baidu-cloud-secret-key", lambda s=hx(32): ("bce-cli: [defaults] access_key_id=%s secret_access_key=%s region=bj" % (hx(32), s), s))

# ------------------------------------------------------------------ new contexts of covered kinds (one line each)
P("password/sqlalchemy-echo-bound-params", lambda s=pw(): ("%s INFO sqlalchemy.engine.Engine [generated in 0.00041s] ('smtp-relay', 'mailer@example.com', '%s', 587)" % (ts(), s), s))
P("password/hibernate-basicbinder-trace", lambda s=pw(): ("%s TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [%s]" % (ts(), s), s))
P("password/mybatis-parameters-debug", lambda s=pw(): ("DEBUG c.s.m.IntegrationMapper.insert - ==> Parameters: partner-ftp(String), ftp.example.com(String), svc_upload(String), %s(String)" % s, s))
P("password/gorm-sql-log", lambda s=pw(): ("[%.3fms] [rows:1] INSERT INTO \"smtp_settings\" (\"host\",\"username\",\"password\") VALUES ('smtp.example.com','mailer','%s')" % (R.uniform(1, 9), s), s))
P("password/knex-debug-bindings", lambda s=pw(): ("knex:query { method: 'insert', options: {}, bindings: [ 'svc-reports', '%s' ], sql: 'insert into \"db_users\" (\"name\", \"password\") values (?, ?)' }" % s, s))
P("password/django-db-backends-debug", lambda s=pw(): ("(0.002) INSERT INTO \"integrations_credential\" (\"name\", \"username\", \"secret\") VALUES ('sftp', 'svc', '%s') RETURNING \"integrations_credential\".\"id\"; args=('sftp', 'svc', '%s'); alias=default" % (s, s), s))
P("password/prisma-query-event-params", lambda s=pw(): ("prisma:query INSERT INTO \"public\".\"Mailbox\" (\"address\",\"imapPassword\") VALUES ($1,$2) RETURNING \"id\" params=[\"ops@example.com\",\"%s\"] duration=3ms" % s, s))
P("password/ecto-query-debug", lambda s=pw(): ("[debug] QUERY OK source=\"smtp_configs\" db=1.4ms\nINSERT INTO \"smtp_configs\" (\"relay\",\"username\",\"password\") VALUES ($1,$2,$3) RETURNING \"id\" [\"smtp.example.com\", \"mailer\", \"%s\"]" % s, s))
P("password/perl-dbi-trace-bind", lambda s=pw(): ("    -> execute for DBD::Pg::st (DBI::st=HASH(0x55d1c2a0e8f8)~0x55d1c2a0e7a0 'svc_export' '%s') thr#55d1c1f2a2a0" % s, s))
P("password/clojure-ex-data", lambda s=pw(): ("clojure.lang.ExceptionInfo: SMTP auth failed {:host \"smtp.example.com\", :port 587, :user \"mailer\", :pass \"%s\", :tls true}" % s, s))
P("password/haskell-record-show", lambda s=pw(): ("orders-api: ConnectInfo {connectHost = \"orders-db.internal\", connectPort = 5432, connectUser = \"orders\", connectPassword = \"%s\", connectDatabase = \"orders\"}" % s, s))
P("password/swift-struct-dump", lambda s=pw(): ("[ DEBUG ] config: ▿ DatabaseConfig\n  - hostname: \"orders-db.internal\"\n  - username: \"vapor\"\n  - password: \"%s\"\n  - database: \"orders\"" % s, s))
P("password/logstash-pipeline-conf", lambda s=pw(): ("output { elasticsearch { hosts => [\"https://es.internal:9200\"] user => \"logstash_writer\" password => \"%s\" index => \"orders-%%{+YYYY.MM.dd}\" } }" % s, s))
P("password/vector-yaml-sink-auth", lambda s=pw(): ("sinks:\n  loki:\n    type: loki\n    endpoint: https://loki.internal\n    auth:\n      strategy: basic\n      user: vector\n      password: %s" % s, s))
P("password/prometheus-remote-write-basic-auth", lambda s=pw(): ("remote_write:\n  - url: https://metrics.example.com/api/prom/push\n    basic_auth:\n      username: \"%d\"\n      password: %s" % (R.randint(100000, 999999), s), s))
P("password/alertmanager-smtp-auth-password", lambda s=pw(): ("global:\n  smtp_smarthost: 'smtp.example.com:587'\n  smtp_auth_username: 'alerts@example.com'\n  smtp_auth_password: '%s'" % s, s))
P("password/grafana-ini-admin", lambda s=pw(): ("[security]\nadmin_user = admin\nadmin_password = %s\nsecret_key = ${GF_SECRET_KEY}" % s, s))
P("password/dbt-profiles-yml", lambda s=pw(): ("shop:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: warehouse.internal\n      user: dbt_runner\n      password: %s\n      dbname: analytics" % s, s))
P("password/hibernate-cfg-xml", lambda s=pw(): ("<property name=\"hibernate.connection.password\">%s</property>" % s, s))
P("password/supervisord-inet-http-server", lambda s=pw(): ("[inet_http_server]\nport=127.0.0.1:9001\nusername=ops\npassword=%s" % s, s))
P("password/haproxy-stats-auth", lambda s=pw(): ("listen stats\n    bind :8404\n    stats enable\n    stats uri /stats\n    stats auth admin:%s" % s, s))
P("password/redis-sentinel-auth-pass", lambda s=pw(): ("sentinel monitor cart-primary 10.0.3.21 6379 2\nsentinel auth-pass cart-primary %s" % s, s))
P("password/rabbitmq-conf-default-pass", lambda s=pw(): ("loopback_users.guest = false\ndefault_user = shop\ndefault_pass = %s" % s, s))
P("password/kafka-connect-connector-json", lambda s=pw(): ("{\"name\":\"orders-sink\",\"config\":{\"connector.class\":\"io.confluent.connect.jdbc.JdbcSinkConnector\",\"connection.url\":\"jdbc:postgresql://dw.internal:5432/dw\",\"connection.user\":\"connect\",\"connection.password\":\"%s\",\"topics\":\"orders\"}}" % s, s))
P("password/terraform-provider-block", lambda s=pw(): ("provider \"postgresql\" {\n  host     = \"orders-db.internal\"\n  username = \"tf_admin\"\n  password = \"%s\"\n  sslmode  = \"require\"\n}" % s, s))
P("password/php-ini-session-save-path", lambda s=pw(): ("session.save_handler = redis\nsession.save_path = \"tcp://sessions.cache.internal:6379?auth=%s&database=2\"" % s, s))
P("password/proc-environ-dump", lambda s=pw(): ("cat /proc/1/environ: HOSTNAME=orders-7d9f^@PATH=/usr/local/bin:/usr/bin^@SMTP_PASS=%s^@LANG=C.UTF-8^@" % s, s))
P("password/git-credential-fill-output", lambda s=pw(): ("git credential fill\nprotocol=https\nhost=git.example.com\nusername=ci-bot\npassword=%s" % s, s))
P("password/openssl-pkcs12-passin", lambda s=pw(): ("openssl pkcs12 -in client.p12 -nodes -passin pass:%s -out client.pem" % s, s))
P("password/zip-encrypt-flag", lambda s=pw(): ("+ zip -r -P %s /backups/exports-2026-12-03.zip /data/exports" % s, s))
P("password/7z-p-glued", lambda s=pw(): ("+ 7z a -p%s -mhe=on /backups/db.7z /backups/db.sql" % s, s))
P("password/gpg-passphrase-flag", lambda s=pw(): ("+ gpg --batch --yes --pinentry-mode loopback --passphrase %s -d secrets.tar.gpg" % s, s))
P("password/vault-login-userpass", lambda s=pw(): ("vault login -method=userpass username=deploy password=%s" % s, s))
P("password/oc-login-p", lambda s=pw(): ("+ oc login https://api.ocp.internal:6443 -u ci-deployer -p %s --insecure-skip-tls-verify" % s, s))
P("password/helm-repo-add-password", lambda s=pw(): ("helm repo add shop-charts https://charts.example.com --username ci --password %s" % s, s))
P("password/lftp-u-comma", lambda s=pw(): ("lftp -u partner_upload,%s -e 'mirror -R /data/out /in; bye' sftp://sftp.example.com" % s, s))
P("password/cognito-admin-set-user-password", lambda s=pw(): ("aws cognito-idp admin-set-user-password --user-pool-id eu-west-1_%s --username qa-user --password '%s' --permanent" % (rs(9), s), s))
P("password/rsync-password-env", lambda s=pw(): ("RSYNC_PASSWORD=%s rsync -av /data/exports/ backup@nas.internal::exports" % s, s))
P("api-key/grpc-go-metadata-md", lambda s=rs(40): ("grpc: incoming metadata: map[:authority:[pricing.svc.internal:8443] content-type:[application/grpc] x-api-key:[%s] user-agent:[grpc-go/1.66.0]]" % s, s))
P("api-key/kafka-record-headers", lambda s=rs(36): ("ConsumerRecord(topic = partner-orders, partition = 3, offset = 88121, headers = RecordHeaders(headers = [RecordHeader(key = x-api-key, value = %s)], isReadOnly = false), key = ord-77120)" % s, s))
P("api-key/nats-msg-headers", lambda s=rs(32): ("nats: received msg on orders.created hdr=map[Nats-Msg-Id:[%s] X-Api-Key:[%s]]" % (uid(), s), s))
P("api-key/clojure-ring-request-map", lambda s=rs(32): ("{:request-method :post, :uri \"/api/webhooks\", :headers {\"content-type\" \"application/json\", \"x-api-key\" \"%s\"}, :remote-addr \"10.0.4.12\"}" % s, s))
P("api-key/feign-logger-full", lambda s=hx(40): ("[PartnerClient#createShipment] ---> POST https://partner.example.com/v1/shipments HTTP/1.1\n[PartnerClient#createShipment] X-API-Key: %s\n[PartnerClient#createShipment] ---> END HTTP (212-byte body)" % s, s))
P("api-key/got-http-error-options", lambda s=rs(32): ("HTTPError: Response code 503 (Service Unavailable)\n    at Request.<anonymous> (/app/node_modules/got/dist/source/as-promise/index.js:118:42) {\n  options: { headers: { 'user-agent': 'got', 'x-api-key': '%s' }, url: 'https://rates.example.com/v2' }\n}" % s, s))
P("authorization-header/okhttp-logging-interceptor", lambda s="Bearer " + rs(40, URLS): ("okhttp.OkHttpClient: --> POST https://payments.example.com/v1/captures\nContent-Type: application/json\nAuthorization: %s\n--> END POST (88-byte body)" % s, s.split(" ", 1)[1]))
P("authorization-header/python-http-client-debuglevel", lambda s=b64(24): ("send: b'POST /v2/notify HTTP/1.1\\r\\nHost: hooks.example.com\\r\\nAuthorization: Basic %s\\r\\nContent-Length: 41\\r\\n\\r\\n'" % s, s))
P("authorization-header/go-httputil-dumprequest", lambda s=rs(48, URLS): ("DEBUG outgoing request:\nGET /v1/rates?base=EUR HTTP/1.1\r\nHost: rates.example.com\r\nAuthorization: Bearer %s\r\nUser-Agent: Go-http-client/1.1\r\n\r\n" % s, s))
P("authorization-header/apache-httpclient-wire", lambda s=rs(40, URLS): ("DEBUG org.apache.http.wire - http-outgoing-7 >> \"Authorization: Bearer %s[\\r][\\n]\"" % s, s))
P("authorization-header/reqwest-request-debug", lambda s=rs(44, URLS): ("Request { method: POST, url: Url { scheme: \"https\", host: Some(Domain(\"api.example.com\")), path: \"/v1/orders\" }, headers: {\"authorization\": \"Bearer %s\", \"content-type\": \"application/json\"} }" % s, s))
P("authorization-header/rack-env-inspect", lambda s=rs(40, URLS): ("env: {\"REQUEST_METHOD\"=>\"POST\", \"PATH_INFO\"=>\"/webhooks/shipping\", \"HTTP_AUTHORIZATION\"=>\"Token token=%s\", \"HTTP_HOST\"=>\"api.example.com\"}" % s, s))
P("authorization-header/php-server-superglobal", lambda s=rs(40, URLS): ("[_SERVER] => Array\n(\n    [REQUEST_METHOD] => POST\n    [HTTP_AUTHORIZATION] => Bearer %s\n    [HTTP_HOST] => api.example.com\n)" % s, s))
P("authorization-header/swift-urlrequest-headers", lambda s=rs(44, URLS): ("[ DEBUG ] outgoing request https://payments.example.com/v1/charges headers: [\"Content-Type\": \"application/json\", \"Authorization\": \"Bearer %s\"]" % s, s))
P("authorization-header/haskell-http-client-request", lambda s=rs(44, URLS): ("HttpExceptionRequest Request {\n  host                 = \"tax.example.com\"\n  requestHeaders       = [(\"Authorization\",\"Bearer %s\"),(\"Content-Type\",\"application/json\")]\n  path                 = \"/v1/quote\"\n}\n ResponseTimeout" % s, s))
P("authorization-header/grpc-python-invocation-metadata", lambda s=rs(44, URLS): ("invocation_metadata=(_Metadatum(key='user-agent', value='grpc-python/1.66.1'), _Metadatum(key='authorization', value='Bearer %s'))" % s, s))
P("authorization-header/sqs-message-attributes", lambda s=rs(44, URLS): ("{\"MessageId\":\"%s\",\"Body\":\"{\\\"orderId\\\":77120}\",\"MessageAttributes\":{\"Authorization\":{\"StringValue\":\"Bearer %s\",\"DataType\":\"String\"}}}" % (uid(), s), s))
P("authorization-header/dotnet-httpclient-trace", lambda s=rs(44, URLS): ("trce: System.Net.Http.HttpClient.Partner.ClientHandler[102]\n      Request Headers:\n      Authorization: Bearer %s\n      traceparent: 00-%s-%s-01" % (s, hx(32), hx(16)), s))
P("jwt/okhttp-request-tostring", lambda s=jwt(): ("java.io.IOException: unexpected end of stream on Request{method=GET, url=https://api.example.com/v1/me, headers=[Authorization:Bearer %s]}" % s, s))
P("jwt/amqp-message-headers", lambda s=jwt(): ("pika: Basic.Deliver(routing_key='orders.created') properties=<BasicProperties(['content_type=application/json', \"headers={'authorization': 'Bearer %s', 'x-retry': 0}\"])>" % s, s))
P("jwt/appsync-request-headers", lambda s=jwt(): ("%s Request Headers: {content-type=[application/json], authorization=[%s], x-amzn-requestid=[%s]}" % (uid(), s, uid()), s))
P("jwt/caddy-access-log-uri", lambda s=jwt(): ("{\"level\":\"info\",\"logger\":\"http.log.access\",\"msg\":\"handled request\",\"request\":{\"method\":\"GET\",\"uri\":\"/ws?access_token=%s\"},\"status\":101}" % s, s))
P("oauth-refresh-token/cognito-initiate-auth-params", lambda s="eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ." + rs(342, URLS) + "." + rs(22, URLS) + "." + rs(400, URLS) + "." + rs(22, URLS): ("InitiateAuth {\"AuthFlow\":\"REFRESH_TOKEN_AUTH\",\"ClientId\":\"%s\",\"AuthParameters\":{\"REFRESH_TOKEN\":\"%s\"}}" % (rs(26, LO + DG), s), s))
P("url-query-secret/openresty-error-log-request", lambda s=rs(40, URLS): ("2026/12/03 10:11:12 [error] 31#31: *88213 [lua] oauth.lua:41: exchange failed, client: 10.0.3.4, server: api.example.com, request: \"GET /oauth/callback?code=%s&state=xyz HTTP/1.1\", host: \"api.example.com\"" % s, s))
P("url-query-secret/traefik-access-log-json", lambda s=rs(32): ("{\"ClientHost\":\"203.0.113.40\",\"DownstreamStatus\":200,\"RequestMethod\":\"GET\",\"RequestPath\":\"/export.csv?api_key=%s\",\"RouterName\":\"reports@docker\",\"Duration\":1820331}" % s, s))
P("url-query-secret/grafana-datasource-proxy-path", lambda s=rs(40): ("logger=context userId=3 orgId=1 t=2026-12-03T10:00:00Z level=info msg=\"Request Completed\" method=GET path=/api/datasources/proxy/uid/prom/api/v1/query?apikey=%s status=502" % s, s))
P("url-query-secret/prometheus-scrape-target-param", lambda s=rs(32): ("ts=2026-12-03T10:00:00.000Z caller=scrape.go:1400 level=warn component=\"scrape manager\" target=\"https://exporter.example.com/metrics?auth_token=%s\" msg=\"Scrape failed\"" % s, s))
P("url-query-secret/wecom-webhook-key", lambda s=uid(): ("alertmanager: POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=%s -> 200 {\"errcode\":0}" % s, s))
P("url-credentials/airflow-conn-env", lambda s=pw(): ("AIRFLOW_CONN_WAREHOUSE=postgresql://etl_user:%s@warehouse.internal:5432/analytics" % s, s))
P("url-credentials/clickhouse-http-url", lambda s=pw(): ("Code: 516. DB::Exception: default: Authentication failed (url http://ingest:%s@clickhouse.internal:8123/?query=INSERT)" % s, s))
P("url-credentials-empty-user/redis-sentinel-url", lambda s=pw(): ("CACHE_URL=redis+sentinel://:%s@sentinel-0.internal:26379,sentinel-1.internal:26379/cart-primary/0" % s, s))
P("generic-secret/temporal-workflow-input-payload", lambda s=rs(40): ("{\"eventType\":\"WorkflowExecutionStarted\",\"workflowExecutionStartedEventAttributes\":{\"workflowType\":{\"name\":\"SyncPartner\"},\"input\":{\"payloads\":[{\"metadata\":{\"encoding\":\"json/plain\"},\"data\":{\"partner\":\"acme\",\"sftpPrivateKeyPassphrase\":\"%s\"}}]}}}" % s, s))
P("session-cookie/traefik-json-access-log", lambda s=rs(43, URLS): ("{\"ClientHost\":\"203.0.113.70\",\"RequestPath\":\"/account\",\"request_Cookie\":\"_shop_session=%s; theme=dark\",\"DownstreamStatus\":200}" % s, s))
P("session-cookie/grafana-session-header-dump", lambda s=hx(32): ("logger=auth.proxy level=debug msg=\"incoming headers\" Cookie=\"grafana_session=%s; grafana_session_expiry=1796100000\"" % s, s))
P("slack-webhook/alertmanager-yaml", lambda s="https://hooks.slack.com/services/T%sINVENT/B%sINVENT/EXAMPLE%s" % (rs(8, UP + DG), rs(10, UP + DG), rs(24)): ("receivers:\n  - name: slack-critical\n    slack_configs:\n      - api_url: '%s'\n        channel: '#oncall-shop'" % s, s))
def luhn_card(prefix="4", k=16):
    d = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(k - len(prefix) - 1)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return "".join(map(str, d)) + str((10 - tot % 10) % 10)


P("card/appsync-resolver-arguments", lambda s=luhn_card(): ("{\"logType\":\"RequestMapping\",\"fieldName\":\"addPaymentMethod\",\"context\":{\"arguments\":{\"input\":{\"cardNumber\":\"%s\",\"expiry\":\"09/29\"}}},\"fieldInError\":false}" % s, s))

# ------------------------------------------------------------------ clean look-alikes (kind null)
CLEAN = [
    lambda: "%s INFO sqlalchemy.engine.Engine [cached since 412.3s ago] ('smtp-relay', 'mailer@example.com', 587, '%s')" % (ts(), uid()),
    lambda: "%s TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [%s]" % (ts(), "$2a$12$" + rs(53, AN + "./")),
    lambda: "DEBUG c.s.m.IntegrationMapper.insert - ==> Parameters: partner-ftp(String), ftp.example.com(String), svc_upload(String), ********(String)",
    lambda: "[%.3fms] [rows:1] UPDATE \"smtp_settings\" SET \"password_updated_at\"='%s' WHERE \"id\" = %d" % (R.uniform(1, 9), iso(), R.randint(1, 99)),
    lambda: "knex:query { method: 'select', bindings: [ '%s', 1 ], sql: 'select \"id\" from \"api_tokens\" where \"token_hash\" = ? limit ?' }" % hx(64),
    lambda: "(0.001) SELECT \"auth_user\".\"id\" FROM \"auth_user\" WHERE \"auth_user\".\"username\" = 'ops'; args=('ops',); alias=default",
    lambda: "prisma:query SELECT \"public\".\"Session\".\"id\" FROM \"public\".\"Session\" WHERE \"sessionToken\" = $1 params=[\"[redacted]\"] duration=1ms",
    lambda: "[debug] QUERY OK source=\"api_keys\" db=0.9ms\nSELECT a0.\"id\", a0.\"prefix\" FROM \"api_keys\" AS a0 WHERE (a0.\"prefix\" = $1) [\"sk_live_\"]",
    lambda: "clojure.lang.ExceptionInfo: SMTP auth failed {:host \"smtp.example.com\", :port 587, :user \"mailer\", :pass \"<redacted>\", :tls true}",
    lambda: "orders-api: ConnectInfo {connectHost = \"orders-db.internal\", connectPort = 5432, connectUser = \"orders\", connectPassword = \"\", connectDatabase = \"orders\"}",
    lambda: "[ DEBUG ] config: ▿ DatabaseConfig\n  - hostname: \"orders-db.internal\"\n  - username: \"vapor\"\n  - password: <redacted>\n  - tls: .prefer",
    lambda: "output { elasticsearch { hosts => [\"https://es.internal:9200\"] user => \"logstash_writer\" password => \"${ES_PASSWORD}\" } }",
    lambda: "sinks:\n  loki:\n    type: loki\n    auth:\n      strategy: basic\n      user: vector\n      password: \"${LOKI_PASSWORD}\"",
    lambda: "remote_write:\n  - url: https://metrics.example.com/api/prom/push\n    basic_auth:\n      username: \"%d\"\n      password_file: /etc/prometheus/secrets/remote-write" % R.randint(100000, 999999),
    lambda: "global:\n  smtp_smarthost: 'smtp.example.com:587'\n  smtp_auth_username: 'alerts@example.com'\n  smtp_auth_password_file: /etc/alertmanager/smtp-password",
    lambda: "[security]\nadmin_user = admin\nadmin_password = $__file{/run/secrets/grafana_admin}\ndisable_gravatar = true",
    lambda: "shop:\n  outputs:\n    prod:\n      type: postgres\n      user: dbt_runner\n      password: \"{{ env_var('DBT_PASSWORD') }}\"",
    lambda: "<property name=\"hibernate.connection.password\">${db.password}</property>",
    lambda: "[inet_http_server]\nport=127.0.0.1:9001\nusername=ops\npassword={SHA}%s" % hx(40),
    lambda: "stats auth admin:${HAPROXY_STATS_PASSWORD}",
    lambda: "sentinel monitor cart-primary 10.0.3.21 6379 2\nsentinel down-after-milliseconds cart-primary %d" % R.randint(5000, 30000),
    lambda: "default_user = shop\ndefault_pass_file = /run/secrets/rabbitmq_pass\nvm_memory_high_watermark.relative = 0.6",
    lambda: "{\"name\":\"orders-sink\",\"config\":{\"connection.url\":\"jdbc:postgresql://dw.internal:5432/dw\",\"connection.user\":\"connect\",\"connection.password\":\"${secretsmanager:dw-connect:password}\"}}",
    lambda: "provider \"postgresql\" {\n  host     = \"orders-db.internal\"\n  username = \"tf_admin\"\n  password = var.pg_admin_password\n}",
    lambda: "session.save_path = \"tcp://sessions.cache.internal:6379?database=2&timeout=2.5\"",
    lambda: "cat /proc/1/environ: HOSTNAME=orders-7d9f^@PATH=/usr/local/bin:/usr/bin^@SMTP_PASS_FILE=/run/secrets/smtp^@LANG=C.UTF-8^@",
    lambda: "git credential fill\nprotocol=https\nhost=git.example.com\nusername=ci-bot\npassword_expiry_utc=1796100000",
    lambda: "openssl pkcs12 -in client.p12 -nodes -passin env:P12_PASS -out client.pem",
    lambda: "+ gpg --batch --yes --pinentry-mode loopback --passphrase-file /run/secrets/gpg -d secrets.tar.gpg",
    lambda: "vault login -method=userpass username=deploy  (password read from stdin)",
    lambda: "helm repo add shop-charts https://charts.example.com --username ci --password-stdin",
    lambda: "aws cognito-idp admin-set-user-password --user-pool-id eu-west-1_%s --username qa-user --permanent  # password from SSM" % rs(9),
    lambda: "grpc: incoming metadata: map[:authority:[pricing.svc.internal:8443] content-type:[application/grpc] x-request-id:[%s] traceparent:[00-%s-%s-01]]" % (uid(), hx(32), hx(16)),
    lambda: "ConsumerRecord(topic = partner-orders, partition = 3, offset = %d, headers = RecordHeaders(headers = [RecordHeader(key = x-correlation-id, value = %s)], isReadOnly = false))" % (R.randint(1000, 99999), uid()),
    lambda: "nats: received msg on orders.created hdr=map[Nats-Msg-Id:[%s] Nats-Expected-Stream:[ORDERS]]" % uid(),
    lambda: "{:request-method :post, :uri \"/api/webhooks\", :headers {\"content-type\" \"application/json\", \"x-request-id\" \"%s\"}}" % uid(),
    lambda: "[PartnerClient#createShipment] ---> POST https://partner.example.com/v1/shipments HTTP/1.1\n[PartnerClient#createShipment] X-Idempotency-Key: %s" % uid(),
    lambda: "okhttp.OkHttpClient: --> POST https://payments.example.com/v1/captures\nAuthorization: ██\n--> END POST (88-byte body)",
    lambda: "send: b'GET /v2/status HTTP/1.1\\r\\nHost: hooks.example.com\\r\\nAccept-Encoding: identity\\r\\nIf-None-Match: \"%s\"\\r\\n\\r\\n'" % hx(32),
    lambda: "DEBUG org.apache.http.wire - http-outgoing-7 << \"ETag: \\\"%s\\\"[\\r][\\n]\"" % hx(40),
    lambda: "Request { method: GET, url: Url { scheme: \"https\", host: Some(Domain(\"api.example.com\")), path: \"/v1/orders\" }, headers: {\"accept\": \"application/json\", \"x-request-id\": \"%s\"} }" % uid(),
    lambda: "env: {\"REQUEST_METHOD\"=>\"GET\", \"PATH_INFO\"=>\"/health\", \"HTTP_X_AMZN_TRACE_ID\"=>\"Root=1-%s-%s\"}" % (hx(8), hx(24)),
    lambda: "[_SERVER] => Array\n(\n    [REQUEST_METHOD] => GET\n    [HTTP_IF_NONE_MATCH] => W/\"%s\"\n)" % hx(32),
    lambda: "invocation_metadata=(_Metadatum(key='user-agent', value='grpc-python/1.66.1'), _Metadatum(key='grpc-trace-bin', value=b'\\x00\\x00%s'))" % "".join("\\x%02x" % R.randint(0, 255) for _ in range(8)),
    lambda: "{\"MessageId\":\"%s\",\"MD5OfMessageAttributes\":\"%s\",\"MessageAttributes\":{\"TraceParent\":{\"StringValue\":\"00-%s-%s-01\",\"DataType\":\"String\"}}}" % (uid(), hx(32), hx(32), hx(16)),
    lambda: "trce: System.Net.Http.HttpClient.Partner.ClientHandler[102]\n      Request Headers:\n      Authorization: *\n      traceparent: 00-%s-%s-01" % (hx(32), hx(16)),
    lambda: "java.io.IOException: unexpected end of stream on Request{method=GET, url=https://api.example.com/v1/me}",
    lambda: "%s Request Headers: {content-type=[application/json], x-amzn-trace-id=[Root=1-%s-%s], x-amzn-requestid=[%s]}" % (uid(), hx(8), hx(24), uid()),
    lambda: "{\"level\":\"info\",\"logger\":\"http.log.access\",\"msg\":\"handled request\",\"request\":{\"method\":\"GET\",\"uri\":\"/ws?room=%s\",\"headers\":{\"Authorization\":[\"REDACTED\"]}},\"status\":101}" % uid(),
    lambda: "2026/12/03 10:11:12 [error] 31#31: *%d [lua] oauth.lua:41: exchange failed, request: \"GET /oauth/callback?state=%s&error=access_denied HTTP/1.1\"" % (R.randint(1, 99999), hx(16)),
    lambda: "{\"ClientHost\":\"203.0.113.40\",\"DownstreamStatus\":200,\"RequestPath\":\"/export.csv?from=2026-12-01&to=2026-12-03&page=%d\",\"RouterName\":\"reports@docker\"}" % R.randint(1, 40),
    lambda: "ts=2026-12-03T10:00:00.000Z level=warn target=\"https://exporter.example.com/metrics?module=http_2xx&target=%s\" msg=\"Scrape failed\"" % "https://shop.example.com",
    lambda: "AIRFLOW_CONN_WAREHOUSE_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:111122223333:secret:airflow/connections/warehouse-%s" % rs(6),
    lambda: "CACHE_URL=redis+sentinel://sentinel-0.internal:26379,sentinel-1.internal:26379/cart-primary/0",
    lambda: "{\"eventType\":\"WorkflowExecutionStarted\",\"input\":{\"payloads\":[{\"metadata\":{\"encoding\":\"binary/encrypted\",\"encryption-key-id\":\"%s\"},\"data\":\"%s\"}]}}" % (uid(), b64(48)),
    lambda: "{\"ClientHost\":\"203.0.113.70\",\"RequestPath\":\"/account\",\"request_Cookie\":\"theme=dark; consent=%s\",\"DownstreamStatus\":200}" % hx(8),
    lambda: "receivers:\n  - name: slack-critical\n    slack_configs:\n      - api_url_file: /etc/alertmanager/slack-url\n        channel: '#oncall-shop'",
    lambda: "{\"logType\":\"RequestMapping\",\"fieldName\":\"addPaymentMethod\",\"context\":{\"arguments\":{\"input\":{\"cardLast4\":\"%04d\",\"paymentMethodId\":\"pm_%s\"}}}}" % (R.randint(0, 9999), rs(24)),
    lambda: "order %d%d shipped, tracking 1Z%s" % (R.randint(4000, 4999), R.randint(10**11, 10**12 - 1), rs(16, UP + DG)),
    lambda: "docker pull quay.io/shop/api@sha256:%s" % hx(64),
    lambda: "commit %s Merge pull request #%d from shop/fix-checkout" % (hx(40), R.randint(100, 9999)),
    lambda: "temporal: started workflow checkout-%d run %s (history %s)" % (R.randint(10000, 99999), uid(), hx(16)),
    lambda: "dbt: invocation_id=%s manifest sha256=%s" % (uid(), hx(64)),
    lambda: "{:mulog/trace-id #mulog/flake \"%s\", :mulog/event-name :shop.events/published}" % rs(27),
    lambda: "cabal: Build profile: -w ghc-9.6.6 -O1, plan hash %s" % hx(64),
    lambda: "luarocks: installed lua-resty-jwt 0.2.3-0 (md5 %s)" % hx(32),
    lambda: "grafana: dashboard uid=%s version=%d saved by admin" % (rs(14, LO + DG), R.randint(1, 90)),
    lambda: "ts=2026-12-03T10:00:00.000Z level=info component=tsdb msg=\"write block\" ulid=%s" % rs(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
    lambda: "caddy: certificate obtained, serial %s, fingerprint SHA256:%s" % (hx(36), b64(32).rstrip("=")),
    lambda: "ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub -> 256 SHA256:%s root@bastion (ED25519)" % b64(32).rstrip("="),
    lambda: "JWKS: {\"kty\":\"RSA\",\"kid\":\"%s\",\"use\":\"sig\",\"n\":\"%s\",\"e\":\"AQAB\"}" % (hx(16), b64u(256)),
    lambda: "password policy: min_length=14 require_symbols=true max_age_days=90 history=5",
    lambda: "SMTP_PASSWORD is set (length %d); TOKEN_TTL=3600; api_key_prefix=sk_live_" % R.randint(16, 40),
    lambda: "WWW-Authenticate: Bearer realm=\"orders\", error=\"invalid_token\", error_description=\"The access token expired\"",
    lambda: "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"orders:read\",\"access_token\":\"[FILTERED]\"}",
    lambda: "argon2id hash for user %s: $argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (R.choice(["ops", "maria", "chen"]), b64(16).rstrip("="), b64(32).rstrip("=")),
    lambda: "Stripe-Signature: t=%d,v1=%s" % (1796100000 + R.randint(0, 9999), hx(64)),
    lambda: "x-amz-id-2: %s" % b64(57),
    lambda: "netbird: peer %s connected, public key %s" % (rs(20, LO + DG), b64(32)),
    lambda: "teleport: node joined cluster shop, host_uuid=%s" % uid(),
    lambda: "influx: bucket metrics id=%s org shop id=%s" % (hx(16), hx(16)),
    lambda: "customerio: delivery %s sent to campaign 7, message id %s" % (rs(24, AN), b64u(18)),
    lambda: "X-Request-Signature-Nonce: %s" % rs(32),
    lambda: "vault: lease_id=database/creds/orders-ro/%s renewed for 3600s" % rs(24),
]
for fn in CLEAN:
    C(fn)


def main():
    out, seen = [], set()
    for kind, fn in ROWS:
        if kind is None:
            msg, sec = fn(), None
        else:
            msg, sec = fn()
            assert sec in msg, (kind, msg)
        assert "AKIA" not in msg and "ASIA" not in msg, kind
        assert msg not in seen, msg
        seen.add(msg)
        out.append({"message": msg, "kind": kind, "secret": sec})
    R.shuffle(out)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
