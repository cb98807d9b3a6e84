"""Seeded generator of bench/corpora/heldout32/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind; none is a real
credential or copied from documentation. Secrets whose alphabet allows it carry a visible INVENT/EXAMPLE (or
Invent/Example) marker written over part of them (length kept); Basic-auth blobs are base64 of an invented
"user:password" whose password carries the marker. main() refuses a duplicate message, a secret not in its
message, any AKIA anywhere, a marker in a clean line and a marked kind without a marker. (heldout31's helper
layer with the seed, the month (July 2029) and all templates new for this round's AWS-delivered logs.)"""
import base64
import json
import os
import random
import string
from urllib.parse import quote

R = random.Random("heldout32/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("basic-auth-credentials",)
ACCT = "604219835517"
REG = "ap-southeast-2"


def rs(alpha, n):
    while True:
        v = "".join(R.choice(alpha) for _ in range(n))
        if "AKIA" not in v and "ASIA" not in v and not any(m in v for m in MARKS):
            return v


def MARK(v, word=None, lo=1):
    w = word or R.choice(MARKS)
    i = R.randint(lo, len(v) - len(w) - 1)
    return v[:i] + w + v[i + len(w):]


def A(n):
    return rs(AN, n)


def L(n):
    return rs(LO, n)


def H(n):
    return rs(HEX, n)


def D(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def UUID():
    h = H(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def PUB():
    return "%d.%d.%d.%d" % (R.choice([13, 52, 54, 101, 49, 203, 118, 27]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def TS():
    return "2029-07-%02dT%02d:%02d:%02dZ" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def MS():
    return 1877558400000 + R.randint(0, 2300000000)


def CLF():
    return "%02d/Jul/2029:%02d:%02d:%02d +0000" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ------------------------------------------------------------------ secret shapes (all invented)
def JWT():
    h = b64u(jd({"alg": "RS256", "typ": "JWT", "kid": L(20)}).encode())
    p = b64u(jd({"sub": UUID(), "iss": "https://cognito-idp.%s.amazonaws.com/%s_%s" % (REG, REG, A(9)), "token_use": "access", "scope": "shipments/read", "exp": 1877558400 + R.randint(0, 2400000), "client_id": L(26)}).encode())
    return "%s.%s.%s" % (h, p, MARK(rs(URLS, 342)))


def APIKEY():
    return MARK(A(40))


def BASIC():
    u = R.choice(["svc-partner-metro", "ops-dashboard", "legacy-sync", "carrier-feed"])
    pw = R.choice(["Invent-", "Example_", "INVENT9"]) + A(R.randint(10, 16))
    return base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()


def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9"]) + A(R.randint(10, 16)) + R.choice(["!", "%", "9", "#", "z", "@"])


def SESSION():
    return "s%3A" + MARK(rs(URLS, 32)) + "." + rs(AN, 43)


def QTOKEN():
    return MARK(rs(URLS, R.choice([32, 40, 48])))


def PAYKEY():
    return "sp_live_" + MARK(A(32))


def WHSEC():
    return "whsec_" + MARK(A(32))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ record builders
def waf(headers, uri="/api/v2/shipments", args="", method="GET", action="ALLOW", term="Default_Action"):
    h = [{"name": "Host", "value": "api.kestrelbay.example"}, {"name": "User-Agent", "value": R.choice(["KestrelDriver/5.3.2 (Android 14; okhttp/4.12.0)", "python-requests/2.32.3", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36"])}] + [{"name": k, "value": v} for k, v in headers]
    return jd({"timestamp": MS(), "formatVersion": 1, "webaclId": "arn:aws:wafv2:%s:%s:regional/webacl/kestrelbay-%s/%s" % (REG, ACCT, R.choice(["prod", "staging"]), UUID()), "terminatingRuleId": term,
               "terminatingRuleType": "REGULAR", "action": action, "terminatingRuleMatchDetails": [], "httpSourceName": "ALB", "httpSourceId": "%s-app/prod-public-alb/%s" % (ACCT, H(16)), "ruleGroupList": [],
               "rateBasedRuleList": [], "nonTerminatingMatchingRules": [], "requestHeadersInserted": None, "responseCodeSent": None,
               "httpRequest": {"clientIp": PUB(), "country": "AU", "headers": h, "uri": uri, "args": args, "httpVersion": "HTTP/2.0", "httpMethod": method, "requestId": "1-%s-%s" % (H(8), H(24))},
               "ja3Fingerprint": H(32)})


def ex(text):
    return "(%s) %s" % (UUID(), text)


def acc(path, status=200, method="GET"):
    return jd({"requestId": UUID(), "ip": PUB(), "requestTime": CLF(), "httpMethod": method, "resourcePath": "/" + path.split("/")[1] if path.count("/") else path, "path": path, "status": str(status), "protocol": "HTTP/1.1", "responseLength": str(R.randint(20, 3000))})


def role(name):
    s = L(12)
    pid = "AROA" + rs(UP, 17)
    return {"type": "AssumedRole", "principalId": "%s:%s" % (pid, s), "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, name, s), "accountId": ACCT, "accessKeyId": "ASIA" + rs(UP, 16),
            "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": pid, "arn": "arn:aws:iam::%s:role/%s" % (ACCT, name), "accountId": ACCT, "userName": name}, "attributes": {"creationDate": TS(), "mfaAuthenticated": "false"}}}


def ct(source, name, req, ident=None, resp=None):
    return jd({"eventVersion": "1.10", "userIdentity": ident or role(R.choice(["kb-terraform-apply", "kb-deploy-codebuild", "AWSReservedSSO_PowerUserAccess_5c2e8a1f9d3b7046"])), "eventTime": TS(),
               "eventSource": source, "eventName": name, "awsRegion": REG, "sourceIPAddress": PUB(), "userAgent": "aws-cli/2.22.%d md/awscrt#0.23.4 ua/2.1 os/linux#6.1.119" % R.randint(0, 20),
               "requestParameters": req, "responseElements": resp, "requestID": UUID(), "eventID": UUID(), "readOnly": False, "eventType": "AwsApiCall", "managementEvent": True,
               "recipientAccountId": ACCT, "eventCategory": "Management"})


def sfn(typ, details):
    return jd({"id": str(R.randint(1, 40)), "type": typ, "details": details, "previous_event_id": "0", "event_timestamp": str(MS()),
               "execution_arn": "arn:aws:states:%s:%s:execution:%s:%s" % (REG, ACCT, R.choice(["settlement-payouts", "returns-processing", "db-migrate-runner", "carrier-onboarding"]), UUID()), "redrive_count": "0"})


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(15):
        s = JWT()
        t = R.randint(0, 4)
        if t == 0:
            P("jwt-bearer-token", waf([("Authorization", "Bearer " + s), ("Accept", "application/json")], uri="/api/v2/shipments/KB%s" % D(10), action="ALLOW"), s)
        elif t == 1:
            P("jwt-bearer-token", ex("Method request headers: {Accept=application/json, Authorization=Bearer %s, Host=api.kestrelbay.example, X-Forwarded-For=%s}" % (s, PUB())), s)
        elif t == 2:
            P("jwt-bearer-token", ex("Endpoint request headers: {x-amzn-lambda-integration-tag=%s, Authorization=Bearer %s, X-Amz-Date=202907%02dT%02d%02d%02dZ}" % (UUID(), s, R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))), s)
        elif t == 3:
            P("jwt-bearer-token", waf([("authorization", "Bearer " + s)], uri="/api/v2/sync", args="since=%d" % (1877558400 + R.randint(0, 2000000)), action="BLOCK", term="AWS-AWSManagedRulesCommonRuleSet"), s)
        else:
            P("jwt-bearer-token", sfn("TaskScheduled", {"resourceType": "http", "resource": "invoke", "region": REG, "parameters": jd({"ApiEndpoint": "https://api.metrocouriers.example/v2/labels", "Method": "POST", "Headers": {"Authorization": "Bearer " + s}})}), s)
    for _ in range(13):
        s = APIKEY()
        t = R.randint(0, 3)
        if t == 0:
            P("apigw-api-key", ex("Method request headers: {Accept=*/*, Host=api.kestrelbay.example, User-Agent=python-requests/2.32.3, x-api-key=%s, X-Amzn-Trace-Id=Root=1-%s-%s}" % (s, H(8), H(24))), s)
        elif t == 1:
            P("apigw-api-key", waf([("x-api-key", s), ("Content-Type", "application/json")], uri="/partner/shipments", method="POST"), s)
        elif t == 2:
            P("apigw-api-key", ct("apigateway.amazonaws.com", "CreateApiKey", {"name": "partner-%s" % R.choice(["metro", "startrack", "couriersplease"]), "enabled": True, "value": s, "generateDistinctId": False},
                                  resp={"id": L(10), "value": s[:4] + "****", "name": "partner-metro", "enabled": True}), s)
        else:
            P("apigw-api-key", sfn("ExecutionStarted", {"input": jd({"partner": "metro", "apiKey": s, "batch": R.randint(1, 90)}), "inputDetails": {"truncated": False}, "roleArn": "arn:aws:iam::%s:role/sfn-carrier-onboarding" % ACCT}), s)
    for _ in range(10):
        s = BASIC()
        t = R.randint(0, 2)
        if t == 0:
            P("basic-auth-credentials", waf([("Authorization", "Basic " + s)], uri="/legacy/export.csv", args="from=2029-07-01"), s)
        elif t == 1:
            P("basic-auth-credentials", ex("Endpoint request headers: {Authorization=Basic %s, Accept=application/json, User-Agent=AmazonAPIGateway_7x1k2m9q4z}" % s), s)
        else:
            P("basic-auth-credentials", waf([("authorization", "Basic " + s), ("Accept", "text/csv")], uri="/ops/dashboard/metrics", action="BLOCK", term="office-ip-only"), s)
    for _ in range(12):
        s = PW()
        q = quote(s, safe="")
        u = R.choice(["carrier-feed", "svc-metro", "legacy-sync", "reports"])
        t = R.randint(0, 3)
        if t == 0:
            P("url-basic-auth-password", ex("Endpoint request URI: https://%s:%s@legacy-tracking.metrocouriers.example/api/v1/events?since=%d" % (u, q, 1877558400 + R.randint(0, 2000000))), q)
        elif t == 1:
            P("url-basic-auth-password", sfn("TaskScheduled", {"resourceType": "lambda", "resource": "invoke", "region": REG, "parameters": jd({"FunctionName": "arn:aws:lambda:%s:%s:function:sftp-pull" % (REG, ACCT), "Payload": {"source": "sftp://%s:%s@sftp.startrack-partner.example:22/outbound/" % (u, q)}})}), q)
        elif t == 2:
            P("url-basic-auth-password", "%s [INFO] Executing instruction: configure npm registry https://%s:%s@npm.kestrelbay.internal/repository/npm-group/" % ("2029/07/%02d %02d:%02d:%02d.%s" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(6)), u, q), q)
        else:
            P("url-basic-auth-password", '%s - - [%s] "GET /sync?upstream=https%%3A%%2F%%2F%s%%3A%s%%40feeds.metrocouriers.example%%2Fv1 HTTP/1.1" 200 %d "-" "curl/8.5.0" "%s"' % ("10.40.0.%d" % R.randint(4, 254), CLF(), u, quote(q, safe=""), R.randint(100, 9000), PUB()), quote(q, safe=""))
    for _ in range(12):
        s = SESSION()
        t = R.randint(0, 2)
        if t == 0:
            P("session-cookie", waf([("Cookie", "kb_sid=%s; _ga=GA1.1.%s.%s; consent=analytics" % (s, D(10), D(10)))], uri="/dashboard", method="GET"), s)
        elif t == 1:
            P("session-cookie", ex("Method request headers: {Cookie=kb_sid=%s, Host=portal.kestrelbay.example, Accept=text/html}" % s), s)
        else:
            P("session-cookie", waf([("cookie", "AWSALB=%s; kb_sid=%s" % (rs(AN + "+/", 140), s))], uri="/api/session", method="POST", action="BLOCK", term="AWS-AWSManagedRulesSQLiRuleSet"), s)
    for _ in range(13):
        s = QTOKEN()
        t = R.randint(0, 3)
        if t == 0:
            P("url-query-token", waf([("Accept", "application/json")], uri="/api/v2/track/embed", args="id=KB%s&access_token=%s" % (D(10), s)), s)
        elif t == 1:
            P("url-query-token", ex("Method request query string: {trackingId=KB%s, token=%s}" % (D(10), s)), s)
        elif t == 2:
            P("url-query-token", acc("/prod/exports/download?file=invoices-2029-06.csv&sig_token=%s" % s), s)
        else:
            P("url-query-token", jd({"requestId": R.choice(["", "x"]) + A(14) + "=", "ip": PUB(), "requestTime": CLF(), "httpMethod": "GET", "routeKey": "GET /ws", "path": "/ws?auth=%s" % s, "status": "101", "protocol": "HTTP/1.1", "responseLength": "0"}), s)
    for _ in range(14):
        s = PW()
        t = R.randint(0, 4)
        if t == 0:
            P("database-password", ct("ecs.amazonaws.com", "RegisterTaskDefinition", {"family": "orders-api", "containerDefinitions": [{"name": "orders-api", "image": "%s.dkr.ecr.%s.amazonaws.com/orders-api:3.%d.%d" % (ACCT, REG, R.randint(0, 9), R.randint(0, 9)), "environment": [{"name": "DB_HOST", "value": "orders-db-v3.cluster-c7x2kq9m4p1z.%s.rds.amazonaws.com" % REG}, {"name": "DB_PASSWORD", "value": s}], "essential": True}], "networkMode": "awsvpc", "cpu": "512", "memory": "1024"}), s)
        elif t == 1:
            P("database-password", ct("ssm.amazonaws.com", "PutParameter", {"name": "/prod/reports/db-password", "type": "String", "overwrite": True, "tier": "Standard", "value": s}, resp={"version": R.randint(2, 9), "tier": "Standard"}), s)
        elif t == 2:
            P("database-password", ct("codebuild.amazonaws.com", "CreateProject", {"name": "orders-db-migrate", "environment": {"type": "ARM_CONTAINER", "image": "aws/codebuild/amazonlinux-aarch64-standard:3.0", "computeType": "BUILD_GENERAL1_SMALL", "environmentVariables": [{"name": "PGUSER", "value": "migrator", "type": "PLAINTEXT"}, {"name": "PGPASSWORD", "value": s, "type": "PLAINTEXT"}]}}), s)
        elif t == 3:
            P("database-password", sfn("ExecutionStarted", {"input": jd({"migration": "2029_07_%02d_add_returns" % R.randint(2, 27), "db": {"host": "returns-db.cluster-c7x2kq9m4p1z.%s.rds.amazonaws.com" % REG, "user": "migrator", "password": s}}), "inputDetails": {"truncated": False}, "roleArn": "arn:aws:iam::%s:role/sfn-db-migrate-runner" % ACCT}), s)
        else:
            P("database-password", sfn("TaskScheduled", {"resourceType": "ecs", "resource": "runTask.sync", "region": REG, "parameters": jd({"Cluster": "prod", "TaskDefinition": "refund-worker:42", "Overrides": {"ContainerOverrides": [{"Name": "refund-worker", "Environment": [{"Name": "PGPASSWORD", "Value": s}]}]}})}), s)
    for _ in range(12):
        s = PAYKEY() if R.random() < 0.7 else WHSEC()
        t = R.randint(0, 3)
        if t == 0:
            P("payment-api-key", sfn("ExecutionStarted", {"input": jd({"payoutBatch": "PB-%s" % D(6), "provider": "settlepay", "settlepayApiKey": s}), "inputDetails": {"truncated": False}, "roleArn": "arn:aws:iam::%s:role/sfn-settlement-payouts" % ACCT}), s)
        elif t == 1:
            P("payment-api-key", sfn("TaskScheduled", {"resourceType": "http", "resource": "invoke", "region": REG, "parameters": jd({"ApiEndpoint": "https://api.settlepay.io/v1/payouts", "Method": "POST", "Headers": {"X-SettlePay-Key": s}, "RequestBody": {"batch": "PB-%s" % D(6)}})}), s)
        elif t == 2:
            P("payment-api-key", ct("lambda.amazonaws.com", "UpdateFunctionConfiguration20150331v2", {"functionName": "settlepay-webhook", "environment": {"variables": {"SETTLEPAY_SECRET": s, "LOG_LEVEL": "info"}}}), s)
        else:
            P("payment-api-key", waf([("X-SettlePay-Key", s), ("Content-Type", "application/json")], uri="/internal/payouts/replay", method="POST"), s)


# ------------------------------------------------------------------ clean near-misses
def clean():
    cl = [
        lambda: waf([("Authorization", "REDACTED"), ("Cookie", "REDACTED")], uri="/api/v2/shipments/KB%s" % D(10)),
        lambda: ex("Method request headers: {Accept=application/json, Authorization=*********************%s, Host=api.kestrelbay.example}" % A(4)),
        lambda: ex("API Key **********************%s authorized because method 'GET /partner/shipments' requires API Key and API Key is associated with the Usage Plan" % A(4)),
        lambda: ex("Usage Plan check succeeded for API Key **********************%s and API Stage 7x1k2m9q4z/prod" % A(4)),
        lambda: ex("Extended Request Id: %s=" % A(14)),
        lambda: ct("ssm.amazonaws.com", "PutParameter", {"name": "/prod/%s" % R.choice(["orders/db-password", "notifier/ses-smtp-password", "tracking/jwt-signing-key"]), "type": "SecureString", "keyId": "alias/kb-params", "overwrite": True, "value": "HIDDEN_DUE_TO_SECURITY_REASONS"}),
        lambda: ct("secretsmanager.amazonaws.com", "PutSecretValue", {"secretId": "arn:aws:secretsmanager:%s:%s:secret:prod/settlepay/api-%s" % (REG, ACCT, A(6)), "clientRequestToken": UUID(), "secretString": "HIDDEN_DUE_TO_SECURITY_REASONS"}),
        lambda: ct("rds.amazonaws.com", "ModifyDBCluster", {"dBClusterIdentifier": "orders-db-v3", "masterUserPassword": "****", "applyImmediately": True}),
        lambda: ct("ecs.amazonaws.com", "RegisterTaskDefinition", {"family": "orders-api", "containerDefinitions": [{"name": "orders-api", "secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:%s:%s:parameter/prod/orders/db-password" % (REG, ACCT)}], "environment": [{"name": "DB_USER", "value": "orders_app"}]}]}),
        lambda: ct("codebuild.amazonaws.com", "CreateProject", {"name": "orders-db-migrate", "environment": {"environmentVariables": [{"name": "PGPASSWORD", "value": "/prod/orders/db-password", "type": "PARAMETER_STORE"}, {"name": "SETTLEPAY_KEY", "value": "prod/settlepay/api:key", "type": "SECRETS_MANAGER"}]}}),
        lambda: ct("sts.amazonaws.com", "GetCallerIdentity", None),
        lambda: ct("iam.amazonaws.com", "CreateLoginProfile", {"userName": R.choice(["s.lindqvist", "a.tanaka"]), "passwordResetRequired": True}),
        lambda: ct("apigateway.amazonaws.com", "CreateApiKey", {"name": "partner-%s" % R.choice(["metro", "startrack"]), "enabled": True, "generateDistinctId": True}, resp={"id": L(10), "name": "partner-metro", "enabled": True, "createdDate": "Jul %d, 2029 1:02:03 AM" % R.randint(2, 27)}),
        lambda: sfn("ExecutionStarted", {"input": jd({"payoutBatch": "PB-%s" % D(6), "provider": "settlepay", "apiKeySecretArn": "arn:aws:secretsmanager:%s:%s:secret:prod/settlepay/api-%s" % (REG, ACCT, A(6))}), "inputDetails": {"truncated": False}, "roleArn": "arn:aws:iam::%s:role/sfn-settlement-payouts" % ACCT}),
        lambda: sfn("TaskScheduled", {"resourceType": "http", "resource": "invoke", "region": REG, "parameters": jd({"ApiEndpoint": "https://api.settlepay.io/v1/payouts", "Method": "POST", "Authentication": {"ConnectionArn": "arn:aws:events:%s:%s:connection/settlepay/%s" % (REG, ACCT, UUID())}})}),
        lambda: sfn("ExecutionStarted", {"input": jd({"migration": "2029_07_%02d_add_returns" % R.randint(2, 27), "db": {"host": "returns-db.cluster-c7x2kq9m4p1z.%s.rds.amazonaws.com" % REG, "user": "migrator", "passwordParameter": "/prod/returns/migrator-password"}}), "inputDetails": {"truncated": False}}),
        lambda: sfn("TaskSucceeded", {"resourceType": "glue", "resource": "startJobRun.sync", "output": jd({"JobName": "invoice-aggregate", "Id": "jr_" + H(64), "JobRunState": "SUCCEEDED"})}),
        lambda: waf([("X-SettlePay-Signature", "t=%d,v1=%s" % (1877558400 + R.randint(0, 2000000), H(64))), ("Content-Type", "application/json")], uri="/webhooks/settlepay", method="POST"),
        lambda: "2 %s eni-0%s 10.40.%d.%d 10.40.32.41 %d 5432 6 %d %d %d %d REJECT OK" % (ACCT, H(16), R.randint(10, 12), R.randint(4, 254), R.randint(32768, 60999), R.randint(1, 5), R.randint(40, 300), 1877558400 + R.randint(0, 2000000), 1877560400 + R.randint(0, 2000000)),
        lambda: jd({"firewall_name": "kb-egress-fw", "availability_zone": "ap-southeast-2a", "event_timestamp": str(1877558400 + R.randint(0, 2000000)), "event": {"event_type": "alert", "src_ip": "10.40.12.%d" % R.randint(4, 254), "dest_port": 443, "proto": "TCP", "app_proto": "tls", "tls": {"sni": "api.settlepay.io", "ja3": {"hash": H(32)}, "ja3s": {"hash": H(32)}}, "alert": {"action": "blocked", "signature_id": 5, "rev": 1, "signature": "not matching any TLS allowlisted FQDNs", "severity": 1}}}),
        lambda: jd({"version": "1.100000", "account_id": ACCT, "region": REG, "vpc_id": "vpc-0%s" % H(16), "query_name": "secretsmanager.%s.amazonaws.com." % REG, "query_type": "A", "rcode": "NOERROR", "srcids": {"instance": "i-0%s" % H(16)}, "firewall_rule_group_id": "rslvr-frg-%s" % H(17)}),
        lambda: acc("/prod/tracking/KB%s" % D(10)),
        lambda: acc("/prod/auth/callback?state=%s&token_type=Bearer&expires_in=3600" % H(16)),
        lambda: waf([("Cookie", "kb_sid=deleted; Max-Age=0; consent=analytics")], uri="/logout"),
        lambda: waf([("Authorization", "Bearer ${PARTNER_TOKEN}")], uri="/partner/shipments"),
        lambda: ex("Endpoint request URI: https://carrier-feed@legacy-tracking.metrocouriers.example/api/v1/events?since=%d" % (1877558400 + R.randint(0, 2000000))),
        lambda: ex("Method request query string: {trackingId=KB%s, token=[REDACTED]}" % D(10)),
        lambda: "2029/07/%02d %02d:%02d:%02d.%s [INFO] Executing instruction: configure npm registry https://npm.kestrelbay.internal/repository/npm-group/ (auth from /opt/kb/npmrc, token=***)" % (R.randint(2, 27), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(6)),
        lambda: "image sha256:%s pulled for %s.dkr.ecr.%s.amazonaws.com/orders-api:3.%d.%d" % (H(64), ACCT, REG, R.randint(0, 9), R.randint(0, 9)),
        lambda: jd({"userIdentity": {"type": "AssumedRole", "accessKeyId": "ASIA" + rs(UP, 16), "principalId": "AROA%s:%s" % (rs(UP, 17), L(10))}, "eventName": "Decrypt", "requestParameters": {"keyId": "arn:aws:kms:%s:%s:key/%s" % (REG, ACCT, UUID())}}),
        lambda: "settlepay key configured: sp_live_****%s (from Secrets Manager, rotated 2029-07-%02d)" % (A(4), R.randint(2, 27)),
        lambda: "ETag: \"%s\" x-amz-request-id: %s x-amz-id-2: %s" % (H(32), rs(UP, 16), rs(AN + "+/", 76)),
    ]
    for i in range(95):
        for _ in range(20):
            m = cl[i % len(cl)]()
            if m not in [r[1] for r in ROWS]:
                C(m)
                break


def main():
    planted()
    clean()
    R.shuffle(ROWS)
    seen = set()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for kind, msg, secret in ROWS:
            if "AKIA" in msg:
                raise SystemExit("forbidden prefix in: " + msg)
            if msg in seen:
                raise SystemExit("duplicate: " + msg)
            seen.add(msg)
            if secret is not None:
                assert secret in msg, (kind, msg)
                if kind not in UNMARKED and not any(m in secret for m in MARKS):
                    raise SystemExit("secret without marker: %s %s" % (kind, secret))
            elif any(m in msg for m in MARKS):
                raise SystemExit("clean line carries a marker: " + msg)
            f.write(json.dumps({"message": msg, "kind": kind, "secret": secret}, ensure_ascii=False) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
