"""Families: cognito-triggers-node20-userpool-notifications, appsync-graphql-resolvers-request-logs."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, day, hms, epoch_ms,
                    node, py, invoke_error, start, end, report, timeout, ACCT, REGION, jd)

# ---------------------------------------------------------------- cognito-triggers-node20-userpool-notifications
# "larkspur health": a patient-portal user pool (eu-west-1_Lk7Pq2Rt9) with Node.js 20 trigger Lambdas
# (pre-sign-up, pre-token-generation V2, custom-auth define/create/verify challenge, custom message), an auth
# BFF Lambda that calls InitiateAuth/SignUp, and the pool's userNotification error-log export to CloudWatch.
F1 = "cognito-triggers-node20-userpool-notifications"
POOL = "eu-west-1_Lk7Pq2Rt9"
CLIENTS = ["4v1ql8s3n0h2jd7kq5e6m9atrc", "6hb2ogp1t7r4dw3ux8m0cz5ley"]


def email(R):
    return "%s.%s@%s" % (pick(R, ["ana", "tom", "li", "sara", "omar", "jo", "mei", "pat"]), lower(R, 5), pick(R, ["gmail.com", "outlook.com", "proton.me", "icloud.com", "larkspur-health.example"]))


def cog_notif(R, msg, event_type):
    return jd({"eventTimestamp": str(epoch_ms(R)), "logLevel": "ERROR", "message": msg, "logSourceId": {"userPoolId": POOL},
               "eventSource": "USER_NOTIFICATION", "logProtocolVersion": "1.0", "eventType": event_type, "eventId": uuid(R)})


def a_pretoken(R):
    # pre-token-generation V2 reads custom:clinic_id, which users imported from the old pool do not have
    r = R.random()
    if r < 0.45:
        return invoke_error(R, "TypeError", "Cannot read properties of undefined (reading 'split')",
                            ["    at buildClaims (file:///var/task/claims.mjs:%d:44)" % R.randint(18, 22), "    at Runtime.handler (file:///var/task/index.mjs:%d:25)" % R.randint(9, 12),
                             "    at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1173:29)"])
    if r < 0.75:
        return node(R, "ERROR", "InitiateAuth failed for client %s: UserLambdaValidationException: PreTokenGeneration failed with error Cannot read properties of undefined (reading 'split'). (username=%s, authFlow=%s)" % (CLIENTS[0], uuid(R), pick(R, ["USER_SRP_AUTH", "REFRESH_TOKEN_AUTH"])))
    return node(R, "WARN", "pre-token-gen: user %s has no custom:clinic_id (imported=%s, source=legacy-pool-2027); building claims" % (uuid(R), "true"))


def a_presignup(R):
    # pre-sign-up calls the insurer eligibility API, which got slow; Cognito's 5 s limit kills sign-ups
    r = R.random()
    if r < 0.35:
        return timeout(R, 5.0)
    if r < 0.6:
        return report(R, 256, dur=R.uniform(5000.5, 5010), status="timeout")
    if r < 0.85:
        return node(R, "ERROR", "SignUp failed for %s: UnexpectedLambdaException: PreSignUp invocation failed due to error TimeoutException." % email(R))
    return node(R, "WARN", "eligibility check for policy %s still waiting on https://eligibility.northgate-insure.example/v2/check after %d ms" % (upper(R, 10), R.randint(4200, 4990)))


def a_verify(R):
    # verify-auth-challenge lost dynamodb:GetItem on auth-challenges after the role was split by IaC
    r = R.random()
    role = "arn:aws:sts::%s:assumed-role/larkspur-auth-verify-challenge-role/larkspur-verify-auth-challenge" % ACCT
    if r < 0.55:
        return invoke_error(R, "AccessDeniedException", "User: %s is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:%s:%s:table/auth-challenges because no identity-based policy allows the dynamodb:GetItem action" % (role, REGION, ACCT),
                            ["    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:%d:20)" % R.randint(838, 842), "    at async Runtime.handler (file:///var/task/verify.mjs:%d:18)" % R.randint(14, 17)])
    return node(R, "ERROR", "RespondToAuthChallenge failed (CUSTOM_CHALLENGE, session %s...): UserLambdaValidationException: VerifyAuthChallengeResponse failed with error User: %s is not authorized to perform: dynamodb:GetItem on resource: arn:aws:dynamodb:%s:%s:table/auth-challenges." % (alnum(R, 12), role, REGION, ACCT))


def a_email(R):
    # pool's SES identity no-reply@larkspur-health.example lost verification (DNS move): no codes are sent
    et = pick(R, ["SignUp", "ForgotPassword", "ResendConfirmationCode", "AdminCreateUser"])
    return cog_notif(R, "Failed to send email: Email address is not verified. The following identities failed the check in region EU-WEST-1: no-reply@larkspur-health.example (destination %s***)" % lower(R, 2), et)


def a_sms(R):
    # account SMS monthly spend limit reached: SMS MFA codes are not delivered
    et = pick(R, ["Authentication", "ResendConfirmationCode", "SignUp", "UpdateUserAttribute"])
    return cog_notif(R, "SMS message delivery failed: Amazon SNS rejected the message because the account has exceeded its monthly SMS spend limit (MONTHLY_SPEND_LIMIT_EXCEEDED). Destination +44*****%s" % digits(R, 3), et)


def cognito_negs():
    def n_start(R): return start(R)
    def n_end(R): return end(R)
    def n_report(R): return report(R, pick(R, [128, 256, 512]), init=(R.uniform(180, 420) if R.random() < 0.2 else None))
    def n_init(R): return "INIT_START Runtime Version: nodejs:20.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(30, 40), REGION, hexs(R, 64))
    def n_claims(R): return node(R, "INFO", "pre-token-gen: added claims clinic_id=%s role=%s to idToken and scopes [%s] to accessToken for %s" % (pick(R, ["LHC-014", "LHC-022", "LHC-031", "LHC-047"]), pick(R, ["patient", "clinician", "frontdesk"]), pick(R, ["appointments.read", "appointments.read appointments.write", "records.read"]), uuid(R)))
    def n_presign_ok(R): return node(R, "INFO", "pre-sign-up: eligibility OK for policy %s in %d ms; autoConfirmUser=false autoVerifyEmail=false" % (upper(R, 10), R.randint(120, 1900)))
    def n_rejected(R):
        dom = pick(R, ["mailinator.com", "10minutemail.net", "guerrillamail.org", "yopmail.com"])
        return node(R, "WARN", "pre-sign-up: rejecting sign-up for *@%s (disposable domain list v%d); throwing SignUpRejected" % (dom, R.randint(40, 49)))
    def n_rejected_err(R):
        return invoke_error(R, "SignUpRejected", "Sign-up is not available for this email domain (ref %s)" % upper(R, 8), ["    at Runtime.handler (file:///var/task/presignup.mjs:%d:11)" % R.randint(30, 34)])
    def n_define(R): return node(R, "INFO", "define-auth-challenge: session length %d, last challenge %s -> %s" % (R.randint(0, 3), pick(R, ["SRP_A", "PASSWORD_VERIFIER", "CUSTOM_CHALLENGE"]), pick(R, ["issue CUSTOM_CHALLENGE", "issueTokens=true", "issue CUSTOM_CHALLENGE (attempt 2 of 3)"])))
    def n_wrong_answer(R): return node(R, "INFO", "verify-auth-challenge: answer incorrect for %s (attempt %d of 3); answerCorrect=false" % (uuid(R), R.randint(1, 2)))
    def n_failed_lock(R): return node(R, "WARN", "define-auth-challenge: 3 wrong answers for %s; failAuthentication=true (expected lockout path)" % uuid(R))
    def n_create(R): return node(R, "INFO", "create-auth-challenge: sent one-time code via email to %s***@%s, ttl 300s, challengeMetadata=CODE-%s" % (lower(R, 2), pick(R, ["gmail.com", "icloud.com", "outlook.com"]), digits(R, 2)))
    def n_bff_notauth(R): return node(R, "INFO", "InitiateAuth: NotAuthorizedException: Incorrect username or password. (client %s, ip %s)" % (pick(R, CLIENTS), pubip(R)))
    def n_bff_nouser(R): return node(R, "INFO", "ForgotPassword: UserNotFoundException masked by PreventUserExistenceErrors; returned generic response (ip %s)" % pubip(R))
    def n_bff_ok(R): return node(R, "INFO", "InitiateAuth %s OK for client %s in %d ms (challenge=%s)" % (pick(R, ["USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "CUSTOM_AUTH"]), pick(R, CLIENTS), R.randint(90, 900), pick(R, ["none", "SOFTWARE_TOKEN_MFA", "CUSTOM_CHALLENGE"])))
    def n_expired_code(R): return node(R, "INFO", "ConfirmSignUp: ExpiredCodeException: Invalid code provided, please request a code again. (user %s)" % uuid(R))
    def n_limit(R): return node(R, "WARN", "ForgotPassword: LimitExceededException: Attempt limit exceeded, please try after some time. (ip %s, user %s)" % (pubip(R), uuid(R)))
    def n_retry(R): return node(R, "INFO", "pre-token-gen: GetItem on patient-profiles throttled (ProvisionedThroughputExceededException), retry %d succeeded after %d ms" % (R.randint(1, 2), R.randint(40, 300)))
    def n_custmsg(R): return node(R, "INFO", "custom-message: triggerSource=%s locale=%s template=%s emailSubject set, smsMessage length %d" % (pick(R, ["CustomMessage_SignUp", "CustomMessage_ForgotPassword", "CustomMessage_AdminCreateUser", "CustomMessage_ResendCode"]), pick(R, ["en-GB", "cy-GB", "pl-PL"]), pick(R, ["verify-v7", "reset-v4", "invite-v2"]), R.randint(60, 140)))
    def n_invalid_phone(R): return cog_notif(R, "SMS message delivery failed: Invalid parameter: PhoneNumber Reason: +44%s is not a valid phone number" % digits(R, 4), "UpdateUserAttribute")
    def n_optout(R): return cog_notif(R, "SMS message delivery failed: the phone number +44*****%s has opted out of receiving SMS messages" % digits(R, 3), pick(R, ["Authentication", "ResendConfirmationCode"]))
    def n_debug_event(R): return node(R, "DEBUG", "event " + jd({"version": "2", "triggerSource": pick(R, ["TokenGeneration_Authentication", "TokenGeneration_RefreshTokens", "TokenGeneration_HostedAuth"]), "region": REGION, "userPoolId": POOL, "userName": uuid(R), "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": pick(R, CLIENTS)}, "request": {"userAttributes": {"sub": uuid(R), "email_verified": "true", "custom:clinic_id": pick(R, ["LHC-014", "LHC-022"])}, "scopes": ["openid", "profile"]}}))
    def n_migration(R): return node(R, "INFO", "user-migration batch %d: imported=%d skipped=%d failed=0" % (R.randint(1, 60), R.randint(100, 500), R.randint(0, 9)))
    def n_xray(R): return node(R, "WARN", "AWS_XRAY_CONTEXT_MISSING is not set; segment for %s not emitted (sampling off for triggers)" % pick(R, ["dynamodb.GetItem", "https.request"]))
    def n_mfa(R): return node(R, "INFO", "AssociateSoftwareToken/VerifySoftwareToken OK for %s (friendlyDeviceName=%s)" % (uuid(R), pick(R, ["iPhone", "Pixel", "1Password", "Authy"])))
    def n_signout(R): return node(R, "INFO", "GlobalSignOut for %s: refresh tokens revoked (%d devices)" % (uuid(R), R.randint(1, 4)))
    return [n_start, n_end, n_report, n_init, n_claims, n_presign_ok, n_rejected, n_rejected_err, n_define, n_wrong_answer, n_failed_lock,
            n_create, n_bff_notauth, n_bff_nouser, n_bff_ok, n_expired_code, n_limit, n_retry, n_custmsg, n_invalid_phone, n_optout,
            n_debug_event, n_migration, n_xray, n_mfa, n_signout]


def fam_cognito(R):
    return build(R, F1, [("pretoken-v2-missing-clinic-id-imported-users", a_pretoken), ("presignup-eligibility-api-timeout-5s", a_presignup),
                         ("verify-challenge-role-lost-dynamodb-getitem", a_verify), ("pool-ses-identity-unverified-codes-not-sent", a_email),
                         ("sms-mfa-monthly-spend-limit-exceeded", a_sms)], cognito_negs())


# ---------------------------------------------------------------- appsync-graphql-resolvers-request-logs
# "quillby books": a marketplace GraphQL API (AppSync, field-level logging ALL, verbose content) with VTL and
# APPSYNC_JS resolvers on DynamoDB, a Lambda data source and an HTTP data source. Log group
# /aws/appsync/apis/<apiId>: request-level text lines prefixed by the request id, RequestSummary and
# ExecutionSummary JSON, resolver/function evaluation JSON.
F2 = "appsync-graphql-resolvers-request-logs"
API = "q7xk2mfb5neyhtu3cw4ld6rpia"


def rarn(t, f):
    return "arn:aws:appsync:%s:%s:apis/%s/types/%s/resolvers/%s" % (REGION, ACCT, API, t, f)


def resolver(R, lt, t, f, errors=None, extra=None):
    d = {"logType": lt, "path": [f], "fieldName": f, "resolverArn": rarn(t, f), "requestId": uuid(R),
         "context": {"arguments": extra or {}, "stash": {}, "outErrors": []}, "fieldInError": bool(errors),
         "errors": errors or [], "parentType": t, "graphQLAPIId": API}
    return jd(d)


def b_keytype(R):
    # orders table key changed from S to N in a migration; getOrder's VTL still sends orderId as a string
    oid = "ORD-%s" % digits(R, 7)
    if R.random() < 0.7:
        return resolver(R, "ResponseMapping", "Query", "getOrder", ["One or more parameter values were invalid: Type mismatch for key orderId expected: N actual: S (Service: DynamoDb, Status Code: 400, Request ID: %s)" % upper(R, 52)], {"orderId": oid})
    return "%s GraphQL Query: query GetOrder($id: ID!) { getOrder(orderId: $id) { orderId status total } }, Operation: GetOrder, Variables: {\"id\":\"%s\"}\n%s Response: {\"data\":{\"getOrder\":null},\"errors\":[{\"path\":[\"getOrder\"],\"errorType\":\"DynamoDB:DynamoDbException\",\"message\":\"One or more parameter values were invalid: Type mismatch for key orderId expected: N actual: S\"}]}" % ((lambda r: (r, oid, r))(uuid(R)))


def b_lambda_timeout(R):
    # recommendations Lambda data source hits its 10 s timeout since the vector index grew
    if R.random() < 0.6:
        return resolver(R, "ResponseMapping", "Book", "recommendations", ["Task timed out after 10.0%d seconds" % R.randint(1, 9)], {"limit": pick(R, [6, 8, 12])}).replace('"errors":["', '"errors":["Lambda:Unhandled: ')
    return "%s Response: {\"data\":{\"book\":{\"isbn\":\"978%s\",\"recommendations\":null}},\"errors\":[{\"path\":[\"book\",\"recommendations\"],\"errorType\":\"Lambda:Unhandled\",\"message\":\"Task timed out after 10.0%d seconds\"}]}" % (uuid(R), digits(R, 10), R.randint(1, 9))


def b_vtl(R):
    # createReview request template broken by a deploy (trailing comma after $util.toJson): every call fails
    if R.random() < 0.65:
        d = {"logType": "RequestMapping", "path": ["createReview"], "fieldName": "createReview", "resolverArn": rarn("Mutation", "createReview"), "requestId": uuid(R),
             "context": {"arguments": {"input": {"isbn": "978" + digits(R, 10), "stars": R.randint(1, 5)}}, "stash": {}, "outErrors": []}, "fieldInError": True,
             "errors": ["Unable to parse the JSON document: 'Unexpected character ('}' (code 125)): was expecting double-quote to start field name\n at [Source: (String)\"{\"version\": \"2018-05-29\", \"operation\": \"PutItem\", ...}\"; line: %d, column: 2]'" % R.randint(11, 13)],
             "parentType": "Mutation", "graphQLAPIId": API}
        return jd(d)
    return "%s Response: {\"data\":{\"createReview\":null},\"errors\":[{\"path\":[\"createReview\"],\"errorType\":\"MappingTemplate\",\"locations\":[{\"line\":2,\"column\":3,\"sourceName\":null}],\"message\":\"Unable to parse the JSON document: 'Unexpected character ('}' (code 125)): was expecting double-quote to start field name'\"}]}" % uuid(R)


def b_js(R):
    # APPSYNC_JS pipeline function applyVoucher: ctx.prev.result.items is undefined when the cart is empty-new
    if R.random() < 0.6:
        return jd({"logType": "ResponseFunctionEvaluation", "path": ["applyVoucher"], "fieldName": "applyVoucher", "functionName": "computeCartTotals", "requestId": uuid(R),
                   "resolverArn": rarn("Mutation", "applyVoucher"), "fieldInError": True, "parentType": "Mutation", "graphQLAPIId": API,
                   "errors": [{"errorType": "Code", "message": "Runtime Error", "data": None, "errorInfo": None, "locations": [], "stack": "TypeError: Cannot read properties of undefined (reading 'reduce')\n    at response (computeCartTotals.js:%d:34)" % R.randint(21, 23)}],
                   "evaluationResult": None})
    return "%s ERROR - computeCartTotals.js:%d:5: \"applyVoucher failed for cart %s: items undefined\"" % (uuid(R), R.randint(19, 20), uuid(R))


def b_throttle(R):
    # inventory table on provisioned capacity; flash sale throttles reserveStock beyond retries
    if R.random() < 0.7:
        return resolver(R, "ResponseMapping", "Mutation", "reserveStock", ["The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (Service: DynamoDb, Status Code: 400, Request ID: %s)" % upper(R, 52)], {"sku": "SKU-%s" % digits(R, 6), "qty": R.randint(1, 3)}).replace('"errors":["', '"errors":["DynamoDB:ProvisionedThroughputExceededException: ')
    return "%s Response: {\"data\":{\"reserveStock\":null},\"errors\":[{\"path\":[\"reserveStock\"],\"errorType\":\"DynamoDB:ProvisionedThroughputExceededException\",\"message\":\"The level of configured provisioned throughput for the table was exceeded.\"}]} (sku SKU-%s)" % (uuid(R), digits(R, 6))


def appsync_negs():
    ops = [("ListBooks", "query ListBooks($genre: String, $next: String) { listBooks(genre: $genre, nextToken: $next) { items { isbn title price } nextToken } }", lambda R: {"genre": pick(R, ["crime", "sci-fi", "poetry", "history"]), "next": None}),
           ("GetBook", "query GetBook($isbn: ID!) { book(isbn: $isbn) { isbn title author { name } stock } }", lambda R: {"isbn": "978" + digits(R, 10)}),
           ("AddToCart", "mutation AddToCart($isbn: ID!, $qty: Int!) { addToCart(isbn: $isbn, qty: $qty) { cartId itemCount } }", lambda R: {"isbn": "978" + digits(R, 10), "qty": R.randint(1, 3)}),
           ("OnOrderStatus", "subscription OnOrderStatus($id: ID!) { onOrderStatus(orderId: $id) { orderId status } }", lambda R: {"id": digits(R, 7)})]

    def n_query(R):
        o = pick(R, ops)
        return "%s GraphQL Query: %s, Operation: %s, Variables: %s" % (uuid(R), o[1], o[0], jd(o[2](R)))
    def n_summary(R): return jd({"logType": "RequestSummary", "requestId": uuid(R), "graphQLAPIId": API, "statusCode": 200, "latency": R.randint(8, 400) * 1000000 + R.randint(0, 999999)})
    def n_exec(R):
        s = R.randint(1, 9)
        return jd({"duration": R.randint(5, 300) * 1000000, "logType": "ExecutionSummary", "requestId": uuid(R), "startTime": iso(R, 9), "endTime": iso(R, 9), "parsing": {"startOffset": 40000 + s, "duration": R.randint(20000, 90000)}, "version": 1, "validation": {"startOffset": 120000 + s, "duration": R.randint(20000, 90000)}, "graphQLAPIId": API})
    def n_headers(R): return "%s Request Headers: {content-length=[%d], x-amz-user-agent=[aws-amplify/6.%d.%d api/1 framework/%s], content-type=[application/json; charset=UTF-8], x-forwarded-for=[%s], cloudfront-viewer-country=[GB], host=[%s.appsync-api.%s.amazonaws.com]}" % (uuid(R), R.randint(90, 900), R.randint(0, 9), R.randint(0, 20), pick(R, ["2", "3", "7"]), pubip(R), lower(R, 26), REGION)
    def n_resp_headers(R): return "%s Response Headers: {Content-Type=application/json; charset=UTF-8, x-amzn-RequestId=%s}" % (uuid(R), uuid(R))
    def n_tokens(R): return "%s Tokens Consumed: %d" % (uuid(R), R.randint(1, 3))
    def n_begin(R): return "%s %s Request" % (uuid(R), pick(R, ["Begin", "End"]))
    def n_req_map(R): return resolver(R, "RequestMapping", "Query", pick(R, ["listBooks", "book", "getAuthor"]), None, {"genre": pick(R, ["crime", "poetry"])}).replace('"graphQLAPIId"', '"transformedTemplate":"{\\"version\\":\\"2018-05-29\\",\\"operation\\":\\"Query\\",\\"limit\\":%d}","graphQLAPIId"' % pick(R, [20, 50]))
    def n_resp_map(R): return resolver(R, "ResponseMapping", pick(R, ["Query", "Mutation"]), pick(R, ["listBooks", "book", "addToCart", "getAuthor"]), None, {"isbn": "978" + digits(R, 10)})
    def n_cond(R): return resolver(R, "ResponseMapping", "Mutation", "updateCart", None, {"cartId": uuid(R), "version": R.randint(2, 40)}).replace('"outErrors":[]', '"outErrors":[{"errorType":"DynamoDB:ConditionalCheckFailedException","message":"The conditional request failed (optimistic lock, client retries with fresh version)"}]')
    def n_unauth(R): return jd({"logType": "RequestSummary", "requestId": uuid(R), "graphQLAPIId": API, "statusCode": 401, "latency": R.randint(1, 9) * 1000000}) if R.random() < 0.5 else "%s Response: {\"errors\":[{\"errorType\":\"UnauthorizedException\",\"message\":\"Token has expired.\"}]} (authType AMAZON_COGNITO_USER_POOLS; client refreshes and retries)" % uuid(R)
    def n_validation(R): return "%s Response: {\"data\":null,\"errors\":[{\"path\":null,\"locations\":[{\"line\":1,\"column\":%d,\"sourceName\":null}],\"message\":\"Validation error of type FieldUndefined: Field '%s' in type 'Book' is undefined @ 'book/%s'\"}]} (Operation: Untitled, x-amz-user-agent: graphiql-explorer)" % ((lambda f: (uuid(R), R.randint(20, 60), f, f))(pick(R, ["isbn13", "coverUrl", "ratingAvg", "publisherName"])))
    def n_console(R): return "%s INFO - %s.js:%d:%d: \"%s\"" % (uuid(R), pick(R, ["listBooks", "computeCartTotals", "addToCart"]), R.randint(3, 40), R.randint(3, 9), pick(R, ["cache hit for genre list", "cart has %d items" % R.randint(1, 9), "voucher none applied", "scan limit 50, nextToken present"]))
    def n_js_ok(R): return jd({"logType": "ResponseFunctionEvaluation", "path": ["addToCart"], "fieldName": "addToCart", "functionName": pick(R, ["loadCart", "computeCartTotals", "saveCart"]), "requestId": uuid(R), "resolverArn": rarn("Mutation", "addToCart"), "fieldInError": False, "parentType": "Mutation", "graphQLAPIId": API, "errors": [], "evaluationResult": {"cartId": uuid(R), "itemCount": R.randint(1, 9)}})
    def n_resp_ok(R): return "%s Response: {\"data\":{\"book\":{\"isbn\":\"978%s\",\"title\":\"%s\",\"stock\":%d}}}" % (uuid(R), digits(R, 10), pick(R, ["The Salt Road", "Nine Lanterns", "A Quiet Harbour", "Errors of Judgement"]), R.randint(0, 40))
    def n_null_ok(R): return "%s Response: {\"data\":{\"book\":null}} (isbn not found; client shows 404 page)" % uuid(R)
    def n_http_ok(R): return resolver(R, "ResponseMapping", "Book", "shippingQuote", None, {"postcode": "%s%d" % (upper(R, 2), R.randint(1, 20))}).replace('"stash":{}', '"stash":{},"result":{"statusCode":200,"body":"{\\"quote\\":%d.%02d,\\"retry\\":0}"}' % (R.randint(2, 9), R.randint(0, 99)))
    def n_sub(R): return "%s Subscription %s: onOrderStatus(orderId: \"%s\") connectionId=%s" % (uuid(R), pick(R, ["registered", "completed", "unsubscribed"]), digits(R, 7), uuid(R))
    def n_cache(R): return "%s Caching: %s for Query.listBooks key=%s ttl=300" % (uuid(R), pick(R, ["HIT", "MISS", "HIT"]), hexs(R, 16))
    def n_throttled_ok(R): return "%s Response: {\"data\":{\"reserveStock\":{\"sku\":\"SKU-%s\",\"reserved\":true}}} (1 retry after ProvisionedThroughputExceededException, succeeded)" % (uuid(R), digits(R, 6))
    return [n_query, n_summary, n_exec, n_headers, n_resp_headers, n_tokens, n_begin, n_req_map, n_resp_map, n_cond, n_unauth, n_validation,
            n_console, n_js_ok, n_resp_ok, n_null_ok, n_http_ok, n_sub, n_cache, n_throttled_ok]


def fam_appsync(R):
    return build(R, F2, [("getorder-vtl-orderid-string-vs-number-key", b_keytype), ("recommendations-lambda-datasource-timeout", b_lambda_timeout),
                         ("createreview-request-template-invalid-json", b_vtl), ("applyvoucher-js-function-items-undefined", b_js),
                         ("reservestock-inventory-table-throttled-flash-sale", b_throttle)], appsync_negs())


FAMILIES = {F1: fam_cognito, F2: fam_appsync}
