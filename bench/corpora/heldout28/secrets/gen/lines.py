# Planted and clean lines of heldout28's secrets corpus (exec'd by generate.py; uses its helpers R, A, L,
# U, H, D, B64, B64U, MARK, AI, LI, HI, UI, BI, BUI, PW, UUID, UUIDI, IP, TS, PEM, P, C).
# Products: the round's serverless backends (Cognito triggers and BFF, AppSync, API Gateway WebSocket,
# Next.js on Amplify / Lambda@Edge, SES, SNS mobile push, EventBridge Pipes/Scheduler, DynamoDB Streams).

POOL = "eu-west-1_Lk7Pq2Rt9"
ISS = "https://cognito-idp.eu-west-1.amazonaws.com/" + POOL
ACCT = "111122223333"


def b64u_json(d):
    return base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")


def CID():  # Cognito app client id: 26 chars [a-z0-9]
    return L(26)


def CSECRET():  # Cognito app client secret: 51-52 chars [a-z0-9]
    return LI(R.choice([51, 52]))


def KID():
    return B64(32)


def cog_jwt(use):
    """Cognito id/access token: RS256, three base64url segments, each with a marker."""
    iat = R.randint(1867020000, 1868100000)
    sub = UUID()
    head = b64u_json({"kid": KID(), "alg": "RS256"})
    if use == "id":
        body = {"sub": sub, "email_verified": True, "iss": ISS, "cognito:username": sub, "origin_jti": UUID(), "aud": CID(),
                "event_id": UUID(), "token_use": "id", "auth_time": iat, "exp": iat + 3600, "iat": iat, "jti": UUID(),
                "email": "%s@%s" % (L(7), R.choice(["gmail.com", "outlook.com", "icloud.com"])), "custom:clinic_id": R.choice(["LHC-014", "LHC-022"])}
    else:
        body = {"sub": sub, "iss": ISS, "client_id": CID(), "origin_jti": UUID(), "event_id": UUID(), "token_use": "access",
                "scope": R.choice(["aws.cognito.signin.user.admin", "openid profile email", "appointments/read"]), "auth_time": iat,
                "exp": iat + 3600, "iat": iat, "jti": UUID(), "username": sub}
    parts = [MARK(head, lo=4), MARK(b64u_json(body), lo=4), BUI(256)]
    return ".".join(parts), parts


def cog_refresh():
    """Cognito refresh token: a JWE (RSA-OAEP / A256GCM), five base64url segments, each with a marker."""
    parts = [MARK(b64u_json({"cty": "JWT", "enc": "A256GCM", "alg": "RSA-OAEP"}), lo=4), BUI(256), BUI(12), BUI(R.choice([430, 470, 520])), BUI(16)]
    return ".".join(parts), parts


def CF64(nbytes):  # CloudFront's URL-safe base64: + -> -, = -> _, / -> ~
    return B64(nbytes).replace("+", "-").replace("=", "_").replace("/", "~")


def CFSIG():
    return MARK(CF64(256))


def CFPOLICY(url):
    pol = json.dumps({"Statement": [{"Resource": url, "Condition": {"DateLessThan": {"AWS:EpochTime": R.randint(1867100000, 1868000000)}}}]}, separators=(",", ":"))
    return base64.b64encode(pol.encode()).decode().replace("+", "-").replace("=", "_").replace("/", "~")


def KPID():
    return "K" + U(13)


def SMTPPW():  # SES SMTP password: base64 of version byte 0x04 + 32-byte HMAC -> 44 chars starting with "B"
    while True:
        v = base64.b64encode(bytes([4]) + bytes(R.randrange(256) for _ in range(32))).decode()
        if "AKIA" not in v and "ASIA" not in v:
            return MARK(v)


def KEYID():  # an access key id shape, with the non-AWS prefix AKXC (see README)
    return "AKXC" + U(16)


def P8():  # APNs auth key: PKCS#8 EC P-256, ~200 base64 chars
    body = B64(138)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[1] = MARK(lines[1])
    return "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % "\n".join(lines)


def RSAPEM():  # service-account RSA 2048 private key (PKCS#8), ~1.6k base64 chars
    body = B64(1192)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[R.randint(3, 20)] = MARK(lines[R.randint(3, 20)])
    return "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n" % "\n".join(lines)


def FCMLEGACY():  # legacy FCM server key: AAAA + 7 + ':' + APA91b + 134
    return "AAAA%s:APA91b%s" % (A(7), AI(134))


def FCMTOKEN():  # FCM registration token (identifies a device; clean)
    return "%s:APA91b%s" % (A(22), A(134))


def STRIPE():
    return R.choice(["sk_live_", "sk_live_", "rk_live_"]) + AI(R.choice([24, 99]))


def WHSEC():
    return "whsec_" + AI(32)


def TWILIO():
    return HI(32)


def SENDGRID():
    return "SG.%s.%s" % (A(22).replace("A", "x"), AI(43))


def DA2():
    return "da2-" + LI(26)


# ---------------------------------------------------------------- cognito-app-client-secret (8)
for t in ["[INFO]\t{ts}\t{rid}\tloaded env COGNITO_CLIENT_ID={cid} COGNITO_CLIENT_SECRET={S} COGNITO_POOL_ID=" + POOL,
          "{\"UserPoolClient\":{\"UserPoolId\":\"" + POOL + "\",\"ClientName\":\"portal-bff\",\"ClientId\":\"{cid}\",\"ClientSecret\":\"{S}\",\"RefreshTokenValidity\":30,\"ExplicitAuthFlows\":[\"ALLOW_USER_SRP_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]}}",
          "{ts}\t{rid}\tDEBUG\tcomputing SECRET_HASH with clientId={cid} clientSecret={S} username={sub}",
          "[next-auth][debug][PROVIDER] cognito { clientId: '{cid}', clientSecret: '{S}', issuer: '" + ISS + "' }",
          "AUTH_COGNITO_SECRET={S}",
          "+ aws cognito-idp describe-user-pool-client --user-pool-id " + POOL + " --client-id {cid} --query UserPoolClient.ClientSecret --output text\n{S}",
          "{ts} [bff] WARN oauth2 token exchange failed (invalid_grant); sent basic auth {cid}:{S} to https://auth.larkspur-health.example/oauth2/token",
          "Environment variables: {\"NODE_ENV\":\"production\",\"COGNITO_DOMAIN\":\"auth.larkspur-health.example\",\"COGNITO_APP_CLIENT_SECRET\":\"{S}\",\"LOG_LEVEL\":\"debug\"}"]:
    P("cognito-app-client-secret", t, CSECRET(), ts=TS(), rid=UUID(), cid=CID(), sub=UUID())

# ---------------------------------------------------------------- cognito id / access / refresh tokens
for t in ["{ts}\t{rid}\tDEBUG\tInitiateAuth result {\"AuthenticationResult\":{\"IdToken\":\"{S}\",\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"}}",
          "{ts}\t{rid}\tINFO\t$connect headers {\"Host\":\"w4k9tq2zde.execute-api.eu-west-1.amazonaws.com\",\"Sec-WebSocket-Protocol\":\"{S}\",\"Origin\":\"https://app.tallyho-rides.example\"}",
          "Set-Cookie: CognitoIdentityServiceProvider.{cid}.{sub}.idToken={S}; Path=/; Secure; SameSite=Lax",
          "{rid} Request Headers: {authorization=[{S}], content-type=[application/json], host=[q7xk2mfb5neyhtu3cw4ld6rpia.appsync-api.eu-west-1.amazonaws.com]}",
          "[auth][debug] session callback token.idToken={S}",
          "pre-token-gen event.request.idToken (debug dump): {S}",
          "curl -s -H 'Authorization: {S}' https://api.larkspur-health.example/v2/appointments"]:
    tok, parts = cog_jwt("id")
    P("cognito-id-token", t, tok, parts, ts=TS(), rid=UUID(), cid=CID(), sub=UUID())
for t in ["{ts}\t{rid}\tINFO\tGET /me Authorization: Bearer {S}",
          "(Xk2mQp9TzLwA4e=) Method request query string: {token={S}, app=driver}",
          "{ts} [trips] fetch https://itinerary.int.ornbay.example/v1/itineraries headers={\"authorization\":\"Bearer {S}\",\"x-request-id\":\"{rid}\"}",
          "[DEBUG]\t{ts}\t{rid}\tcalling GetUser with AccessToken={S}",
          "{\"level\":\"DEBUG\",\"message\":\"forwarding token to profile-sync\",\"access_token\":\"{S}\",\"service\":\"profile-sync\"}",
          "wscat -c 'wss://w4k9tq2zde.execute-api.eu-west-1.amazonaws.com/production?token={S}'",
          "{ts}\t{rid}\tERROR\tGlobalSignOut failed (NotAuthorizedException: Access Token has been revoked) for AccessToken {S}"]:
    tok, parts = cog_jwt("access")
    P("cognito-access-token", t, tok, parts, ts=TS(), rid=UUID())
for t in ["{ts}\t{rid}\tDEBUG\tREFRESH_TOKEN_AUTH AuthParameters={\"REFRESH_TOKEN\":\"{S}\",\"SECRET_HASH\":\"(omitted)\"}",
          "Set-Cookie: CognitoIdentityServiceProvider.{cid}.{sub}.refreshToken={S}; Path=/; HttpOnly; Secure",
          "[amplify] localStorage dump: CognitoIdentityServiceProvider.{cid}.{sub}.refreshToken = {S}",
          "{ts}\t{rid}\tWARN\trefresh failed (NotAuthorizedException: Refresh Token has expired) token={S}",
          "{\"level\":\"INFO\",\"msg\":\"restored session\",\"refreshToken\":\"{S}\",\"user\":\"{sub}\"}"]:
    tok, parts = cog_refresh()
    P("cognito-refresh-token", t, tok, parts, ts=TS(), rid=UUID(), cid=CID(), sub=UUID())

# ---------------------------------------------------------------- apns-p8-private-key (5)
for t in ["[DEBUG]\t{ts}\t{rid}\tSetPlatformApplicationAttributes kestrel-ios {\"PlatformCredential\":\"{S}\",\"PlatformPrincipal\":\"{keyid}\",\"ApplePlatformTeamID\":\"{team}\",\"ApplePlatformBundleID\":\"com.kestrelfitness.ios\"}",
          "APNS_AUTH_KEY={S}",
          "+ cat AuthKey_{keyid}.p8\n{S}",
          "[INFO]\t{ts}\t{rid}\tapns provider config: keyId={keyid} teamId={team} key={S}",
          "{\"Attributes\":{\"PlatformCredential\":\"{S}\",\"PlatformPrincipal\":\"{keyid}\",\"ApplePlatformTeamID\":\"{team}\"},\"Name\":\"kestrel-watch\",\"Platform\":\"APNS\"}"]:
    k = P8()
    if t.startswith("APNS_AUTH_KEY") or "PlatformCredential" in t:
        k = k.replace("\n", "\\n")
    P("apns-p8-private-key", t, k, [k[k.index("-----\\n") + 7 if "\\n" in k else k.index("-----\n") + 6:][:200]], ts=TS(), rid=UUID(), keyid=U(10), team=U(10))

# ---------------------------------------------------------------- fcm-service-account-private-key (4)
for t in ["[DEBUG]\t{ts}\t{rid}\tloaded FCM credentials {\"type\":\"service_account\",\"project_id\":\"kestrel-fitness-prod\",\"private_key_id\":\"{kid}\",\"private_key\":\"{S}\",\"client_email\":\"sns-push@kestrel-fitness-prod.iam.gserviceaccount.com\",\"client_id\":\"{num}\"}",
          "{\"Attributes\":{\"PlatformCredential\":\"{\\\"type\\\":\\\"service_account\\\",\\\"private_key_id\\\":\\\"{kid}\\\",\\\"private_key\\\":\\\"{S}\\\"}\"},\"Name\":\"kestrel-android\",\"Platform\":\"GCM\"}",
          "FIREBASE_PRIVATE_KEY=\"{S}\"",
          "{ts} [push-admin] error: firebase-admin init failed: invalid credential (private_key={S}, client_email=sns-push@kestrel-fitness-prod.iam.gserviceaccount.com)"]:
    k = RSAPEM().replace("\n", "\\n")
    body = k.split("\\n")
    marked = [x for x in body if any(m in x for m in ("INVENT", "EXAMPLE"))]
    P("fcm-service-account-private-key", t, k, marked, ts=TS(), rid=UUID(), kid=H(40), num=D(21))

# ---------------------------------------------------------------- fcm-legacy-server-key (5)
for t in ["[DEBUG]\t{ts}\t{rid}\tPOST https://fcm.googleapis.com/fcm/send headers={'Authorization': 'key={S}', 'Content-Type': 'application/json'}",
          "aws sns create-platform-application --name kestrel-android-legacy --platform GCM --attributes PlatformCredential={S}",
          "FCM_SERVER_KEY={S}",
          "[INFO]\t{ts}\t{rid}\tmigrating platform app kestrel-android from legacy key {S} to HTTP v1 service account",
          "{\"platform\":\"GCM\",\"credential\":\"{S}\",\"enabled\":true,\"successFeedbackSampleRate\":\"10\"}"]:
    P("fcm-legacy-server-key", t, FCMLEGACY(), ts=TS(), rid=UUID())

# ---------------------------------------------------------------- ses-smtp-password (8)
for t in ["{ts} [invoice-mailer] debug: createTransport {\"host\":\"email-smtp.eu-west-1.amazonaws.com\",\"port\":587,\"secure\":false,\"auth\":{\"user\":\"{kid}\",\"pass\":\"{S}\"}}",
          "SMTP_PASSWORD={S}",
          "[email-smtp.eu-west-1.amazonaws.com]:587 {kid}:{S}",
          "MAILER_DSN=smtp://{kid}:{S}@email-smtp.eu-west-1.amazonaws.com:587",
          "{ts} [invoice-mailer] error: Error: Invalid login: 535 Authentication Credentials Invalid (user {kid}, pass {S})",
          "spring.mail.password={S}",
          "[INFO]\t{ts}\t{rid}\tderived SES SMTP credentials for {kid} in eu-west-1: {S}",
          "{\"SecretString\":\"{\\\"smtp_username\\\":\\\"{kid}\\\",\\\"smtp_password\\\":\\\"{S}\\\"}\",\"Name\":\"pebblecove/ses-smtp\"}"]:
    P("ses-smtp-password", t, SMTPPW(), ts=TS(), rid=UUID(), kid=KEYID())

# ---------------------------------------------------------------- vendor keys in Lambda env dumps and configs
for t in ["[DEBUG]\t{ts}\t{rid}\tos.environ: {'AWS_REGION': 'eu-west-1', 'STRIPE_SECRET_KEY': '{S}', 'POWERTOOLS_SERVICE_NAME': 'checkout'}",
          "STRIPE_API_KEY={S}",
          "{ts} [checkout] stripe request failed: StripeAuthenticationError: Invalid API Key provided: {S}",
          "\"Environment\": {\"Variables\": {\"STRIPE_KEY\": \"{S}\", \"TABLE\": \"bookings\"}}",
          "curl https://api.stripe.com/v1/payment_intents -u {S}: -d amount=4200 -d currency=gbp",
          "{ts}\t{rid}\tDEBUG\tnew Stripe('{S}', { apiVersion: '2024-06-20' })"]:
    P("stripe-secret-key", t, STRIPE(), ts=TS(), rid=UUID())
for t in ["STRIPE_WEBHOOK_SECRET={S}",
          "{ts}\t{rid}\tDEBUG\tconstructEvent(body, sig, '{S}')",
          "[INFO]\t{ts}\t{rid}\twebhook endpoint we_{we} created, signing secret {S}"]:
    P("stripe-webhook-secret", t, WHSEC(), ts=TS(), rid=UUID(), we=A(24))
for t in ["[DEBUG]\t{ts}\t{rid}\tos.environ: {'TWILIO_ACCOUNT_SID': 'AC{sid}', 'TWILIO_AUTH_TOKEN': '{S}', 'TWILIO_FROM': '+44700000{n}'}",
          "TWILIO_AUTH_TOKEN={S}",
          "{ts}\t{rid}\tDEBUG\ttwilio(AC{sid}, {S}).messages.create to +44*****{n}",
          "curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC{sid}/Messages.json -u AC{sid}:{S} --data-urlencode Body=test",
          "{\"sid\":\"AC{sid}\",\"auth_token\":\"{S}\",\"region\":\"ie1\"}"]:
    P("twilio-auth-token", t, TWILIO(), ts=TS(), rid=UUID(), sid=H(32), n=D(3))
for t in ["SENDGRID_API_KEY={S}",
          "[DEBUG]\t{ts}\t{rid}\tPOST https://api.sendgrid.com/v3/mail/send headers={'Authorization': 'Bearer {S}'}",
          "{ts}\t{rid}\tDEBUG\tsgMail.setApiKey('{S}')",
          "\"Environment\": {\"Variables\": {\"SENDGRID_KEY\": \"{S}\", \"FROM\": \"digest@mail.pebblecove.example\"}}",
          "[ERROR]\t{ts}\t{rid}\tSendGrid 401 Unauthorized for key {S} (The provided authorization grant is invalid, expired, or revoked)"]:
    P("sendgrid-api-key", t, SENDGRID(), ts=TS(), rid=UUID())

# ---------------------------------------------------------------- appsync-api-key (7)
for t in ["{rid} Request Headers: {x-api-key=[{S}], content-type=[application/json; charset=UTF-8], host=[q7xk2mfb5neyhtu3cw4ld6rpia.appsync-api.eu-west-1.amazonaws.com]}",
          "NEXT_PUBLIC_APPSYNC_API_KEY={S}",
          "{\"aws_appsync_graphqlEndpoint\":\"https://q7xk2mfb5neyhtu3cw4ld6rpia.appsync-api.eu-west-1.amazonaws.com/graphql\",\"aws_appsync_region\":\"eu-west-1\",\"aws_appsync_authenticationType\":\"API_KEY\",\"aws_appsync_apiKey\":\"{S}\"}",
          "+ aws appsync create-api-key --api-id q7xk2mfb5neyhtu3cw4ld6rpia --expires {exp}\n{\"apiKey\": {\"id\": \"{S}\", \"expires\": {exp}, \"deletes\": {del}}}",
          "curl -s -X POST -H 'x-api-key: {S}' -d '{\"query\":\"{ listBooks { items { isbn } } }\"}' https://api.quillby-books.example/graphql",
          "[INFO]\t{ts}\t{rid}\tcatalog sync using public API key {S} (expires 2029-03-30)",
          "{ts} [catalog-sync] WARN AppSync 401 UnauthorizedException: API key {S} has expired"]:
    e = R.randint(1867500000, 1870000000)
    P("appsync-api-key", t, DA2(), ts=TS(), rid=UUID(), exp=e, **{"del": e + 5184000})

# ---------------------------------------------------------------- cloudfront signed URLs / cookies (6)
for t in ["{ts}\t{rid}\tINFO\tsigned download URL https://media.ornbay.example/brochures/{f}.pdf?Expires={exp}&Signature={S}&Key-Pair-Id={kp}",
          "Set-Cookie: CloudFront-Signature={S}; Domain=.ornbay.example; Path=/; Secure; HttpOnly",
          "{ts} [trips] redirect 302 Location: https://media.ornbay.example/trips/{f}/boarding.pdf?Policy={pol}&Signature={S}&Key-Pair-Id={kp}",
          "[DEBUG]\t{ts}\t{rid}\tcookies={'CloudFront-Policy': '{pol}', 'CloudFront-Signature': '{S}', 'CloudFront-Key-Pair-Id': '{kp}'}",
          "{\"level\":\"INFO\",\"msg\":\"video url\",\"url\":\"https://video.kestrel-fitness.example/classes/{f}/index.m3u8?Expires={exp}&Signature={S}&Key-Pair-Id={kp}\"}",
          "GET /brochures/{f}.pdf?Expires={exp}&Signature={S}&Key-Pair-Id={kp} HTTP/1.1\" 200 {n}"]:
    f = L(12)
    P("cloudfront-signed-url-signature", t, CFSIG(), ts=TS(), rid=UUID(), exp=R.randint(1867100000, 1868000000), kp=KPID(), f=f,
      pol=CFPOLICY("https://media.ornbay.example/trips/%s/*" % f), n=R.randint(100000, 9000000))

# ---------------------------------------------------------------- clean near-misses
for _ in range(2):
    C("{ts}\t{rid}\tINFO\tpre-token-gen: added claims for sub {sub} (cognito:username {sub}) client {cid}", ts=TS(), rid=UUID(), sub=UUID(), cid=CID())
    C("{\"UserPoolClient\":{\"UserPoolId\":\"" + POOL + "\",\"ClientName\":\"ios-app\",\"ClientId\":\"{cid}\",\"ExplicitAuthFlows\":[\"ALLOW_USER_SRP_AUTH\"],\"GenerateSecret\":false}}", cid=CID())
    C("COGNITO_CLIENT_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:" + ACCT + ":secret:larkspur/cognito/portal-bff-{suf}", suf=A(6))
    C("{\"keys\":[{\"alg\":\"RS256\",\"e\":\"AQAB\",\"kid\":\"{kid}\",\"kty\":\"RSA\",\"n\":\"{n}\",\"use\":\"sig\"}]}", kid=KID(), n=B64U(256))
    C("{ts}\t{rid}\tDEBUG\tInitiateAuth result {\"AuthenticationResult\":{\"IdToken\":\"eyJraWQiOi...<redacted {n} chars>\",\"AccessToken\":\"<redacted>\",\"RefreshToken\":\"<redacted>\",\"ExpiresIn\":3600}}", ts=TS(), rid=UUID(), n=R.randint(900, 1200))
    C("[auth] verified id token kid={kid} sub={sub} aud={cid} exp={exp} (token sha256 {h})", kid=KID(), sub=UUID(), cid=CID(), exp=R.randint(1867100000, 1868000000), h=H(64))
    C("{\"level\":\"INFO\",\"message\":\"token header\",\"alg\":\"RS256\",\"kid\":\"{kid}\",\"token_use\":\"access\",\"client_id\":\"{cid}\"}", kid=KID(), cid=CID())
    C("{\"notification\":{\"messageId\":\"{u}\"},\"delivery\":{\"destination\":\"arn:aws:sns:eu-west-1:" + ACCT + ":endpoint/APNS/kestrel-ios/{u2}\",\"token\":\"{tok}\",\"statusCode\":200},\"status\":\"SUCCESS\"}", u=UUID(), u2=UUID(), tok=H(64))
    C("[INFO]\t{ts}\t{rid}\tregistered android device token {tok} -> endpoint {u}", ts=TS(), rid=UUID(), tok=FCMTOKEN(), u=UUID())
    C("[INFO]\t{ts}\t{rid}\tapns provider config: keyId={kid} teamId={team} key=<from secretsmanager kestrel/apns-p8>", ts=TS(), rid=UUID(), kid=U(10), team=U(10))
    C("{\"type\":\"service_account\",\"project_id\":\"kestrel-fitness-prod\",\"private_key_id\":\"{kid}\",\"client_email\":\"sns-push@kestrel-fitness-prod.iam.gserviceaccount.com\",\"client_id\":\"{num}\",\"token_uri\":\"https://oauth2.googleapis.com/token\"}", kid=H(40), num=D(21))
    C("-----BEGIN PUBLIC KEY-----\n{a}\n{b}\n-----END PUBLIC KEY-----", a=B64(91)[:64], b=B64(91)[:60])
    C("{\"Attributes\":{\"PlatformCredential\":\"********\",\"PlatformPrincipal\":\"{kid}\",\"ApplePlatformTeamID\":\"{team}\"},\"Name\":\"kestrel-ios\"}", kid=U(10), team=U(10))
    C("[INFO]\t{ts}\t{rid}\tsent receipt MessageId={m}", ts=TS(), rid=UUID(), m="0102018f%s-%s-%s-%s-%s-000000" % (H(8), H(8), H(4), H(4), H(12)))
    C("{ts} [invoice-mailer] debug: createTransport {\"host\":\"email-smtp.eu-west-1.amazonaws.com\",\"port\":587,\"auth\":{\"user\":\"{kid}\",\"pass\":\"****\"}}", ts=TS(), kid=KEYID())
    C("SMTP_PASSWORD_SSM_PARAM=/pebblecove/ses/smtp-password-{v}", v=R.randint(2, 9))
    C("[email-smtp.eu-west-1.amazonaws.com]:{port} ${SES_SMTP_USER}:${SES_SMTP_PASSWORD}", port=["587", "2587"][_])
    C("[DEBUG]\t{ts}\t{rid}\tos.environ: {'STRIPE_PUBLISHABLE_KEY': 'pk_live_{pk}', 'STRIPE_SECRET_KEY_ARN': 'arn:aws:secretsmanager:eu-west-1:" + ACCT + ":secret:checkout/stripe-{suf}'}", ts=TS(), rid=UUID(), pk=A(99), suf=A(6))
    C("{ts} [checkout] stripe key loaded: sk_live_...{l4} (from Secrets Manager, length {n})", ts=TS(), l4=A(4), n=R.choice([107, 32]))
    C("[INFO]\t{ts}\t{rid}\tpayment_intent pi_{pi} status succeeded event evt_{ev} charge ch_{ch}", ts=TS(), rid=UUID(), pi=A(24), ev=A(24), ch=A(24))
    C("[DEBUG]\t{ts}\t{rid}\ttwilio message SM{sm} queued from account AC{sid} (auth token from ssm:/notify/twilio/auth-token)", ts=TS(), rid=UUID(), sm=H(32), sid=H(32))
    C("{\"sendgrid_key_id\":\"{k}\",\"scopes\":[\"mail.send\"],\"name\":\"pebblecove-digest\"}", k=A(22))
    C("\"Environment\": {\"Variables\": {\"SENDGRID_KEY\": \"{{resolve:secretsmanager:pebblecove/sendgrid:SecretString:key}}\", \"FROM\": \"{frm}@mail.pebblecove.example\"}}", frm=["digest", "receipts"][_])
    C("{rid} Request Headers: {x-api-key=[da2-********************{l4}], content-type=[application/json; charset=UTF-8]}", rid=UUID(), l4=L(4))
    C("{\"graphQLAPIId\":\"{api}\",\"logType\":\"RequestSummary\",\"requestId\":\"{rid}\",\"statusCode\":200,\"latency\":{lat}}", api=L(26), rid=UUID(), lat=R.randint(1000000, 90000000))
    C("{ts}\t{rid}\tINFO\tsigned URL issued for /brochures/{f}.pdf (Key-Pair-Id {kp}, expires {exp}, signature omitted)", ts=TS(), rid=UUID(), f=L(12), kp=KPID(), exp=R.randint(1867100000, 1868000000))
    C("GET /brochures/{f}.pdf?Expires={exp}&Signature=REDACTED&Key-Pair-Id={kp} HTTP/1.1\" 403 {n}", f=L(12), exp=R.randint(1867100000, 1868000000), kp=KPID(), n=R.randint(200, 400))
    C("{\"PublicKey\":{\"Id\":\"{kp}\",\"PublicKeyConfig\":{\"Name\":\"ornbay-media-2029\",\"EncodedKey\":\"-----BEGIN PUBLIC KEY-----\\n{a}\\n-----END PUBLIC KEY-----\\n\"}}}", kp=KPID(), a=B64(48))
    C("[INFO]\t{ts}\t{rid}\tpipe execution {u} TargetInvocationSucceeded (connection marrowgate-crm-oauth, secret arn:aws:secretsmanager:eu-west-1:" + ACCT + ":secret:events!connection/marrowgate-crm-oauth/{u2})", ts=TS(), rid=UUID(), u=UUID(), u2=UUID())
    C("{\"level\":\"DEBUG\",\"message\":\"record\",\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":\"PLAYER#{u}\"}},\"SequenceNumber\":\"{sq}\"},\"eventID\":\"{ev}\"}", u=UUID(), sq=D(21), ev=H(32))
    C("({r}=) Method request query string: {token=********, app={app}}", r=A(14), app=["driver", "rider"][_])
    C("{ts}\t{rid}\tINFO\t$connect principal {sub} (token_use access, scope aws.cognito.signin.user.admin, jti {jti})", ts=TS(), rid=UUID(), sub=UUID(), jti=UUID())
    C("[auth][debug] session callback token.idToken=[FILTERED] token.sub={sub}", sub=UUID())
    C("{ts} [push-admin] info: FCM HTTP v1 access token refreshed for sns-push@kestrel-fitness-prod.iam.gserviceaccount.com (expires_in 3599, token not logged)", ts=TS())
    C("[INFO]\t{ts}\t{rid}\tSECRET_HASH computed for user {sub} (HMAC-SHA256, not logged)", ts=TS(), rid=UUID(), sub=UUID())
    C("{ts}\t{rid}\tINFO\tcustom-auth: challenge code sent, challengeMetadata=CODE-{n} (code not logged)", ts=TS(), rid=UUID(), n=D(2))
    C("git commit {h}: rotate SES SMTP credentials (value in Secrets Manager pebblecove/ses-smtp)", h=H(40))
    C("[INFO]\t{ts}\t{rid}\tETag \"{h}\" for s3://ornbay-ugc-images/uploads/{u}.heic", ts=TS(), rid=UUID(), h=H(32), u=UUID())
    C("{\"level\":\"INFO\",\"message\":\"idempotency record\",\"key\":\"cinderpath-wallet-aggregator#{h}\",\"status\":\"COMPLETED\"}", h=H(32))
    C("{ts}\t{rid}\tWARN\tpre-sign-up: password policy failure for {sub} (length 7 < 12); password not logged", ts=TS(), rid=UUID(), sub=UUID())
