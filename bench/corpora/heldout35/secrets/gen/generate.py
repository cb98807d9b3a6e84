"""Seeded generator of bench/corpora/heldout35/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind (prefix, alphabet, length);
none is a real credential or copied from documentation. Secrets whose alphabet allows it carry a visible
INVENT/EXAMPLE (or Invent/Example) marker written over part of them (length kept). Hex-only secrets (Adyen HMAC keys,
Braintree private keys), digit-only ones (card numbers, CVVs) and base64 Basic-auth blobs cannot show one: card
numbers are random Luhn-valid digits behind common scheme prefixes, the Basic blob's password carries the marker.
main() refuses a duplicate message, a secret not in its message, any AKIA/ASIA anywhere, a marker in a clean line and
a marked kind without a marker. (heldout34's helper layer with the seed, the month (October 2029) and all templates
new for this round's checkout and payments platform: Stripe, Adyen, Braintree, PayPal, Lambda, Spring Boot, .NET,
NestJS, Go consumers, Envoy.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout35/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("adyen-hmac-key", "braintree-private-key", "card-pan", "card-cvv", "basic-auth-header")
ACCT = "381947205516"
REG = "eu-central-1"


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


def HMS():
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def TS():
    return "2029-10-%02dT%s.%sZ" % (R.randint(2, 27), HMS(), D(3))


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.randint(50, 63), R.randint(0, 255), R.randint(4, 254))


def XRAY():
    return "1-%08x-%s" % (1885507200 + R.randint(86400, 2300000), H(24))


def ORDER():
    return "QM-%s-%s" % (D(6), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)))


def PT(level, service, message, **extra):
    d = {"level": level, "location": "%s:%d" % (R.choice(["handler", "create_payment_intent", "startup", "client"]), R.randint(20, 200)), "message": message,
         "timestamp": "2029-10-%02d %s,%s+0000" % (R.randint(2, 27), HMS(), D(3)), "service": service, "cold_start": R.random() < 0.3, "function_request_id": UUID()}
    d.update(extra)
    d["xray_trace_id"] = XRAY()
    return jd(d)


def BOOT(level, logger, msg, app="payments-service"):
    return "%s %5s 1 --- [%s] [%s] %-40s : %s" % (TS(), level, app, R.choice(["           main", "nio-8080-exec-%d" % R.randint(1, 9)]), logger, msg)


# ------------------------------------------------------------------ secret shapes (all invented)
def SK(prefix="sk_live_"):
    if R.random() < 0.3:
        return prefix + MARK(A(24))
    return prefix + "51" + MARK(A(97))


def WHSEC():
    return "whsec_" + MARK(A(32))


def ADYEN_KEY():
    return "AQE" + MARK(rs(B64, 90)) + "=-i1i" + rs(AN + "*#)(]=_", 28)


def ADYEN_HMAC():
    return rs("0123456789ABCDEF", 64)


def BT_PRIVATE():
    return H(32)


def PP_SECRET():
    return "E" + MARK(rs(URLS, 79))


def luhn_complete(prefix, n):
    body = prefix + D(n - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def PAN():
    pre = R.choice(["49", "45", "53", "55", "2221", "4"])
    return luhn_complete(pre, 16)


def CVV():
    return D(3)


def JWT():
    h = b64u(jd({"alg": R.choice(["RS256", "ES256"]), "typ": "JWT", "kid": H(16)}).encode())
    p = b64u(jd({"sub": "cust_" + L(12), "iss": "https://auth.quillmart.example", "aud": "checkout", "iat": 1885507200 + R.randint(0, 2300000), "exp": 1885507200 + R.randint(2300000, 2400000), "scope": "cart:write checkout"}).encode())
    return "%s.%s.%s" % (h, p, MARK(rs(URLS, R.choice([43, 86]))))


def SESSION():
    return "s%3A" + MARK(rs(URLS, 32)) + "." + rs(AN + "%", 43)


def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "~"])


def AWS_SECRET():
    return MARK(rs(AN + "+/", 40))


def BASIC():
    cid = "A" + rs(URLS, 79)
    pw = R.choice(["Invent-", "Example_", "INVENT9"]) + rs(URLS, 60)
    return base64.b64encode(("%s:%s" % (cid, pw)).encode()).decode()


def PP_TOKEN():
    return "A21AA" + MARK(rs(URLS, 92))


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(10):
        s = SK()
        t = R.randint(0, 4)
        if t == 0:
            P("stripe-secret-key", "STRIPE_SECRET_KEY=%s\nSTRIPE_PUBLISHABLE_KEY=pk_live_51%s\nAWS_REGION=%s" % (s, A(97), REG), s)
        elif t == 1:
            P("stripe-secret-key", PT("DEBUG", "checkout-api", "stripe client configured", api_key=s, api_version="2029-09-30.acacia", max_network_retries=2), s)
        elif t == 2:
            P("stripe-secret-key", "%s\t%s\tDEBUG\tstripe request POST /v1/payment_intents headers={\"Authorization\":\"Bearer %s\",\"Idempotency-Key\":\"%s\",\"Stripe-Version\":\"2029-09-30.acacia\"}" % (TS(), UUID(), s, UUID()), s)
        elif t == 3:
            P("stripe-secret-key", BOOT("DEBUG", "o.s.b.c.p.s.ConfigurationPropertySources", "Resolved property 'stripe.api-key' = '%s' from 'System Environment Property \"STRIPE_API_KEY\"'" % s), s)
        else:
            P("stripe-secret-key", "+ curl -sS https://api.stripe.com/v1/balance -u %s:" % s, s)
    for _ in range(6):
        s = SK("rk_live_")
        t = R.randint(0, 2)
        if t == 0:
            P("stripe-restricted-key", jd({"level": 20, "time": 1885507200000 + R.randint(0, 2300000000), "pid": 1, "hostname": "ip-10-52-3-17.%s.compute.internal" % REG, "config": {"stripe": {"apiKey": s, "apiVersion": "2029-09-30.acacia", "telemetry": False}}, "msg": "resolved configuration"}), s)
        elif t == 1:
            P("stripe-restricted-key", "[Nest] 1  - 10/%02d/2029, %d:%02d:%02d PM   DEBUG [StripeModule] Initialising Stripe client with key %s" % (R.randint(2, 27), R.randint(1, 11), R.randint(0, 59), R.randint(0, 59), s), s)
        else:
            P("stripe-restricted-key", "{\"name\":\"STRIPE_RESTRICTED_KEY\",\"value\":\"%s\"}" % s, s)
    for _ in range(8):
        s = WHSEC()
        t = R.randint(0, 2)
        if t == 0:
            P("stripe-webhook-secret", PT("DEBUG", "stripe-webhook", "verifying signature", endpoint_secret=s, tolerance=300, header_t=1885507200 + R.randint(0, 2300000)), s)
        elif t == 1:
            P("stripe-webhook-secret", "> Ready! You are using Stripe API Version [2029-09-30.acacia]. Your webhook signing secret is %s (^C to quit)" % s, s)
        else:
            P("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET=%s\nPOWERTOOLS_SERVICE_NAME=stripe-webhook\nLOG_LEVEL=DEBUG" % s, s)
    for _ in range(8):
        s = ADYEN_KEY()
        t = R.randint(0, 2)
        if t == 0:
            P("adyen-api-key", BOOT("DEBUG", "c.q.payments.adyen.AdyenConfig", "Adyen client: environment=LIVE liveEndpointUrlPrefix=1797a841fbb37ca7-QuillmartEU apiKey=%s" % s), s)
        elif t == 1:
            P("adyen-api-key", jd({"@timestamp": TS(), "@version": "1", "message": "Outgoing request POST https://1797a841fbb37ca7-QuillmartEU-checkout-live.adyenpayments.com/checkout/v71/payments headers={Content-Type=[application/json], X-API-Key=[%s], Idempotency-Key=[%s]}" % (s, UUID()),
                                       "logger_name": "com.adyen.httpclient.AdyenHttpClient", "thread_name": "nio-8080-exec-%d" % R.randint(1, 30), "level": "DEBUG", "level_value": 10000}), s)
        else:
            P("adyen-api-key", "adyen:\n  environment: LIVE\n  merchant-account: QuillmartEU\n  api-key: %s\n  live-endpoint-url-prefix: 1797a841fbb37ca7-QuillmartEU" % s, s)
    for _ in range(6):
        s = ADYEN_HMAC()
        t = R.randint(0, 2)
        if t == 0:
            P("adyen-hmac-key", BOOT("DEBUG", "c.q.payments.adyen.NotificationController", "Validating notification with hmacKey=%s" % s), s)
        elif t == 1:
            P("adyen-hmac-key", "ADYEN_HMAC_KEY=%s\nADYEN_MERCHANT_ACCOUNT=QuillmartEU\nSPRING_PROFILES_ACTIVE=prod" % s, s)
        else:
            P("adyen-hmac-key", jd({"@timestamp": TS(), "@version": "1", "message": "loaded notification config {hmacKey=%s, username=adyen-notify, merchantAccount=QuillmartEU}" % s, "logger_name": "com.quillmart.payments.adyen.NotificationConfig", "thread_name": "main", "level": "INFO", "level_value": 20000}), s)
    for _ in range(6):
        s = BT_PRIVATE()
        pub = L(16)
        t = R.randint(0, 2)
        if t == 0:
            P("braintree-private-key", jd({"EventId": 0, "LogLevel": "Debug", "Category": "Quillmart.BraintreeGateway.Startup", "Message": "Braintree gateway: Environment=production MerchantId=%s PublicKey=%s PrivateKey=%s" % (L(16), pub, s), "State": {"{OriginalFormat}": "Braintree gateway: Environment={Environment} MerchantId={MerchantId} PublicKey={PublicKey} PrivateKey={PrivateKey}"}}), s)
        elif t == 1:
            P("braintree-private-key", "Braintree__Environment=production\nBraintree__MerchantId=%s\nBraintree__PublicKey=%s\nBraintree__PrivateKey=%s" % (L(16), pub, s), s)
        else:
            P("braintree-private-key", "dbug: Quillmart.BraintreeGateway.SaleEndpoint[3090]\n      HTTP POST https://api.braintreegateway.com/merchants/%s/transactions Authorization: Basic (public_key=%s, private_key=%s)" % (L(16), pub, s), s)
    for _ in range(8):
        s = PP_SECRET()
        cid = "A" + rs(URLS, 79)
        t = R.randint(0, 2)
        if t == 0:
            P("paypal-client-secret", "PAYPAL_CLIENT_ID=%s\nPAYPAL_CLIENT_SECRET=%s\nPAYPAL_MODE=live" % (cid, s), s)
        elif t == 1:
            P("paypal-client-secret", jd({"level": "DEBUG", "message": "PayPal config loaded", "sampling_rate": 0, "service": "paypal", "timestamp": TS(), "paypal": {"clientId": cid, "clientSecret": s, "baseUrl": "https://api-m.paypal.com"}}), s)
        else:
            P("paypal-client-secret", "+ curl -s -u \"%s:%s\" -d grant_type=client_credentials https://api-m.paypal.com/v1/oauth2/token" % (cid, s), s)
    for _ in range(10):
        s = PAN()
        t = R.randint(0, 3)
        if t == 0:
            P("card-pan", PT("DEBUG", "checkout-api", "incoming request body", body=jd({"cartId": "cart_" + L(12), "card": {"number": s, "exp_month": R.randint(1, 12), "exp_year": R.randint(2030, 2034), "cvc": "[omitted]"}})), s)
        elif t == 1:
            P("card-pan", jd({"@timestamp": TS(), "@version": "1", "message": "Adyen request body: {\"amount\":{\"currency\":\"EUR\",\"value\":%d},\"reference\":\"%s\",\"paymentMethod\":{\"type\":\"scheme\",\"number\":\"%s\",\"expiryMonth\":\"%02d\",\"expiryYear\":\"20%d\",\"holderName\":\"J. Example\"}}" % (R.randint(500, 50000), ORDER(), s, R.randint(1, 12), R.randint(30, 34)),
                                  "logger_name": "com.adyen.httpclient.AdyenHttpClient", "thread_name": "nio-8080-exec-%d" % R.randint(1, 30), "level": "DEBUG", "level_value": 10000}), s)
        elif t == 2:
            P("card-pan", "[ERROR]\t%s\t%s\tValidation failed for card %s: expiry in the past" % (TS(), UUID(), s), s)
        else:
            P("card-pan", jd({"time": TS(), "level": "DEBUG", "msg": "raw POS refund payload", "service": "refund-consumer", "body": "{\"storeId\":\"DE-%03d\",\"pan\":\"%s\",\"amount\":\"%d,%02d\"}" % (R.randint(1, 140), s, R.randint(1, 300), R.randint(0, 99))}), s)
    for _ in range(6):
        s = CVV()
        pan = PAN()
        masked = pan[:6] + "******" + pan[-4:]
        t = R.randint(0, 1)
        if t == 0:
            P("card-cvv", PT("DEBUG", "checkout-api", "incoming request body", body=jd({"cartId": "cart_" + L(12), "card": {"number": masked, "exp_month": R.randint(1, 12), "exp_year": R.randint(2030, 2034), "cvc": s}})), s)
        else:
            P("card-cvv", "info: Quillmart.Fraud.Scoring.ScoreEndpoint[2099]\n      Score request: {\"orderRef\":\"%s\",\"bin\":\"%s\",\"last4\":\"%s\",\"cvv\":\"%s\",\"ip\":\"%s\"}" % (ORDER(), pan[:6], pan[-4:], s, IP()), s)
    for _ in range(8):
        s = JWT()
        t = R.randint(0, 2)
        if t == 0:
            P("jwt", "[%s] \"POST /v1/carts/c_%s/checkout HTTP/1.1\" 200 - 412 1933 %d %d \"%s\" \"Quillmart/5.2.0 (iOS 18.1)\" \"%s\" \"cart.quillmart.example\" \"127.0.0.1:3000\" authorization=\"Bearer %s\"" % (TS(), L(16), R.randint(20, 400), R.randint(20, 400), IP(), UUID(), s), s)
        elif t == 1:
            P("jwt", jd({"level": 20, "time": 1885507200000 + R.randint(0, 2300000000), "pid": 1, "hostname": "ip-10-52-4-201", "req": {"id": R.randint(1, 90000), "method": "GET", "url": "/v1/carts/c_%s" % L(16), "headers": {"host": "cart.quillmart.example", "authorization": "Bearer %s" % s}}, "msg": "incoming request"}), s)
        else:
            P("jwt", jd({"time": TS(), "level": "DEBUG", "msg": "verified customer token", "service": "fulfilment-consumer", "token": s, "sub": "cust_" + L(12)}), s)
    for _ in range(6):
        s = SESSION()
        t = R.randint(0, 1)
        if t == 0:
            P("session-cookie", jd({"level": 20, "time": 1885507200000 + R.randint(0, 2300000000), "pid": 1, "hostname": "ip-10-52-5-88", "req": {"method": "POST", "url": "/v1/carts/c_%s/items" % L(16), "headers": {"cookie": "qm_session=%s; qm_consent=analytics%%3D0" % s}}, "msg": "incoming request"}), s)
        else:
            P("session-cookie", "%s\t%s\tDEBUG\tforwarding cookie header to legacy cart: qm_session=%s" % (TS(), UUID(), s), s)
    for _ in range(8):
        s = PW()
        t = R.randint(0, 3)
        host = "checkout-prod.cluster-c8x2qk3m9v1z.%s.rds.amazonaws.com" % REG
        if t == 0:
            P("db-password", "DATABASE_URL=postgresql://cart_app:%s@%s:5432/cart?sslmode=require" % (s, host), s)
        elif t == 1:
            P("db-password", BOOT("DEBUG", "com.zaxxer.hikari.HikariConfig", "jdbcUrl.........................jdbc:postgresql://%s:5432/refunds?user=refunds_app&password=%s" % (host, s), app="refunds-service"), s)
        elif t == 2:
            P("db-password", "dbug: Quillmart.Fraud.Startup[1]\n      ConnectionStrings__Fraud=Host=%s;Port=5432;Database=fraud;Username=fraud_app;Password=%s;SSL Mode=Require" % (host, s), s)
        else:
            P("db-password", jd({"time": TS(), "level": "DEBUG", "msg": "config", "service": "fulfilment-consumer", "dsn": "postgres://fulfilment:%s@%s:5432/fulfilment" % (s, host)}), s)
    for _ in range(6):
        s = AWS_SECRET()
        t = R.randint(0, 1)
        if t == 0:
            P("aws-secret-access-key", "AWS_REGION=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_LAMBDA_FUNCTION_NAME=checkout-api\nAWS_LAMBDA_FUNCTION_MEMORY_SIZE=1024" % (REG, s), s)
        else:
            P("aws-secret-access-key", PT("DEBUG", "tax-quote", "environment", env={"AWS_REGION": REG, "AWS_SECRET_ACCESS_KEY": s, "_X_AMZN_TRACE_ID": "Root=" + XRAY()}), s)
    for _ in range(6):
        s = BASIC()
        t = R.randint(0, 1)
        if t == 0:
            P("basic-auth-header", "%s\t%s\tDEBUG\tPOST https://api-m.paypal.com/v1/oauth2/token headers={\"Authorization\":\"Basic %s\",\"Content-Type\":\"application/x-www-form-urlencoded\"}" % (TS(), UUID(), s), s)
        else:
            P("basic-auth-header", jd({"start_time": TS(), "method": "POST", "path": "/v1/oauth2/token", "response_code": 200, "upstream_cluster": "egress_paypal", "request_headers": {"authorization": "Basic %s" % s}, "listener": "egress"}), s)
    for _ in range(6):
        s = PP_TOKEN()
        t = R.randint(0, 1)
        if t == 0:
            P("bearer-token", jd({"level": "DEBUG", "message": "PayPal capture request", "service": "paypal", "timestamp": TS(), "headers": {"Authorization": "Bearer %s" % s, "PayPal-Request-Id": UUID()}}), s)
        else:
            P("bearer-token", "%s\t%s\tDEBUG\tcached PayPal access token %s (expires_in=32400)" % (TS(), UUID(), s), s)


# ------------------------------------------------------------------ clean near-miss lines
def clean():
    def masked_pan():
        p = PAN()
        return p[:6] + "******" + p[-4:]
    cl = [
        lambda: PT("INFO", "checkout-api", "PaymentIntent created", payment_intent="pi_3" + A(23), customer="cus_" + A(14), idempotency_key=UUID()),
        lambda: "STRIPE_PUBLISHABLE_KEY=pk_live_51%s\nSTRIPE_ACCOUNT=acct_1%s" % (A(97), A(15)),
        lambda: PT("INFO", "stripe-webhook", "Stripe event processed", stripe_event="evt_3" + A(23), charge="ch_3" + A(23), event_type="charge.captured"),
        lambda: jd({"level": 50, "time": 1885507200000 + R.randint(0, 2300000000), "pid": 1, "msg": "tax calculation failed", "err": {"type": "StripePermissionError", "message": "The provided key 'rk_live_%s%s' does not have the required permissions for this endpoint." % ("*" * 91, A(4))}}),
        lambda: BOOT("INFO", "c.q.payments.adyen.AdyenPaymentGateway", "Authorisation for order %s: resultCode=Authorised pspReference=%s cardSummary=%s" % (ORDER(), "K" + D(15), D(4))),
        lambda: PT("INFO", "checkout-api", "card details", card={"brand": R.choice(["visa", "mastercard"]), "last4": D(4), "exp_month": R.randint(1, 12), "exp_year": R.randint(2030, 2034), "fingerprint": A(16), "funding": "credit"}),
        lambda: jd({"@timestamp": TS(), "@version": "1", "message": "Adyen request body: {\"paymentMethod\":{\"type\":\"scheme\",\"encryptedCardNumber\":\"[encrypted]\",\"encryptedSecurityCode\":\"[encrypted]\"},\"reference\":\"%s\"}" % ORDER(), "logger_name": "com.adyen.httpclient.AdyenHttpClient", "level": "DEBUG", "level_value": 10000}),
        lambda: PT("DEBUG", "checkout-api", "incoming request body", body=jd({"cartId": "cart_" + L(12), "card": {"number": masked_pan(), "exp_month": R.randint(1, 12), "exp_year": R.randint(2030, 2034), "cvc": "***"}})),
        lambda: "STRIPE_SECRET_KEY={{resolve:secretsmanager:arn:aws:secretsmanager:%s:%s:secret:prod/checkout/stripe-%s:SecretString:secret_key}}" % (REG, ACCT, A(6)),
        lambda: "STRIPE_WEBHOOK_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:prod/checkout/stripe-webhook-%s" % (REG, ACCT, A(6)),
        lambda: PT("INFO", "checkout-api", "kms encrypt ok", key_id="arn:aws:kms:%s:%s:key/%s" % (REG, ACCT, UUID()), encryption_context={"orderId": ORDER()}),
        lambda: PT("DEBUG", "stripe-webhook", "verifying signature", endpoint_secret="whsec_****" + A(4), tolerance=300),
        lambda: "PAYPAL_CLIENT_ID=A%s\nPAYPAL_CLIENT_SECRET=${PAYPAL_CLIENT_SECRET}\nPAYPAL_MODE=live" % rs(URLS, 79),
        lambda: "adyen:\n  environment: LIVE\n  merchant-account: QuillmartEU\n  api-key: ${ADYEN_API_KEY}\n  client-key: live_%s" % rs(string.ascii_uppercase + string.digits, 32),
        lambda: "ADYEN_HMAC_KEY=<set in SSM /prod/payments/adyen/hmac>\nADYEN_MERCHANT_ACCOUNT=QuillmartEU",
        lambda: "Braintree__Environment=production\nBraintree__MerchantId=%s\nBraintree__PublicKey=%s\nBraintree__PrivateKey=__FROM_SECRETS_MANAGER__" % (L(16), L(16)),
        lambda: jd({"EventId": 3000, "LogLevel": "Information", "Category": "Quillmart.BraintreeGateway.SaleEndpoint", "Message": "Braintree sale %s for order-%s: submitted_for_settlement (bin %s, last4 %s)" % (L(8), D(8), D(6), D(4))}),
        lambda: "DATABASE_URL=postgresql://cart_app:********@checkout-prod.cluster-c8x2qk3m9v1z.%s.rds.amazonaws.com:5432/cart?sslmode=require" % REG,
        lambda: BOOT("INFO", "com.zaxxer.hikari.HikariConfig", "password........................<masked>", app="refunds-service"),
        lambda: "dbug: Quillmart.Fraud.Startup[1]\n      ConnectionStrings__Fraud=Host=checkout-prod.cluster-c8x2qk3m9v1z.%s.rds.amazonaws.com;Database=fraud;Username=fraud_app;Password=(from secret %s)" % (REG, "arn:aws:secretsmanager:%s:%s:secret:rds!cluster-%s-%s" % (REG, ACCT, UUID(), A(6))),
        lambda: "AWS_REGION=%s\nAWS_LAMBDA_FUNCTION_NAME=checkout-api\nAWS_CONTAINER_CREDENTIALS_FULL_URI=http://127.0.0.1:%d/v1/credentials\nAWS_XRAY_DAEMON_ADDRESS=169.254.79.129:2000" % (REG, R.randint(9000, 9100)),
        lambda: "_X_AMZN_TRACE_ID=Root=%s;Parent=%s;Sampled=1;Lineage=1:%s:0" % (XRAY(), H(16), H(8)),
        lambda: "START RequestId: %s Version: $LATEST" % UUID(),
        lambda: jd({"level": 30, "time": 1885507200000 + R.randint(0, 2300000000), "pid": 1, "req": {"method": "GET", "url": "/v1/carts/c_%s" % L(16), "headers": {"authorization": "[Redacted]", "cookie": "[Redacted]"}}, "msg": "request completed"}),
        lambda: jd({"time": TS(), "level": "INFO", "msg": "customer matched", "service": "fulfilment-consumer", "emailSha256": H(64), "customerId": "cus_" + A(14)}),
        lambda: jd({"time": TS(), "level": "DEBUG", "msg": "sqs message", "service": "refund-consumer", "md5OfBody": H(32), "body": base64.b64encode(jd({"orderId": ORDER(), "reason": "damaged", "amountCents": R.randint(100, 9000)}).encode()).decode()}),
        lambda: jd({"keys": [{"kty": "EC", "crv": "P-256", "kid": H(16), "use": "sig", "x": rs(URLS, 43), "y": rs(URLS, 43)}]}),
        lambda: PT("INFO", "checkout-api", "idempotency record saved", idempotency_key=UUID(), payload_hash=H(64), expiry=1885507200 + R.randint(0, 2400000)),
        lambda: "[%s] \"POST /v1/carts/c_%s/checkout HTTP/1.1\" 200 - 412 1933 %d %d \"%s\" \"Quillmart/5.2.0 (iOS 18.1)\" \"%s\" \"cart.quillmart.example\" \"127.0.0.1:3000\"" % (TS(), L(16), R.randint(20, 400), R.randint(20, 400), IP(), UUID()),
        lambda: jd({"start_time": TS(), "method": "POST", "path": "/v1/oauth2/token", "response_code": 200, "upstream_cluster": "egress_paypal", "request_headers": {"authorization": "%REDACTED%"}, "listener": "egress"}),
        lambda: "git commit %s (tag checkout-api-2029.10.%d) built with python3.12" % (H(40), R.randint(1, 9)),
        lambda: PT("WARNING", "checkout-api", "Card declined", payment_intent="pi_3" + A(23), decline_code="incorrect_cvc", last4=D(4)),
        lambda: jd({"level": "INFO", "message": "PayPal capture completed", "service": "paypal", "timestamp": TS(), "paypalOrderId": rs(string.ascii_uppercase + string.digits, 17), "captureId": rs(string.ascii_uppercase + string.digits, 17), "paypalDebugId": "f" + H(12)}),
        lambda: jd({"level": "DEBUG", "message": "Using cached PayPal access token", "service": "paypal", "timestamp": TS(), "tokenSha256Prefix": H(12), "expiresInSec": R.randint(100, 32000)}),
        lambda: BOOT("INFO", "c.q.payments.adyen.NotificationController", "Accepted notification pspReference=%s eventCode=AUTHORISATION additionalData.hmacSignature=%s (valid)" % ("K" + D(15), rs(B64, 43) + "=")),
        lambda: "ADYEN_API_KEY_SECRET_ARN=arn:aws:secretsmanager:%s:%s:secret:prod/payments/adyen-%s\nADYEN_ENV=LIVE" % (REG, ACCT, A(6)),
        lambda: "[Nest] 1  - 10/%02d/2029, %d:%02d:%02d PM     LOG [StripeModule] Stripe client ready (key rk_live_...%s, api version 2029-09-30.acacia)" % (R.randint(2, 27), R.randint(1, 11), R.randint(0, 59), R.randint(0, 59), A(4)),
        lambda: jd({"@timestamp": TS(), "@version": "1", "message": "Outgoing request POST https://checkout-live.adyenpayments.com/checkout/v71/payments headers={Content-Type=[application/json], X-API-Key=[******], Idempotency-Key=[%s]}" % UUID(), "logger_name": "com.adyen.httpclient.AdyenHttpClient", "level": "DEBUG", "level_value": 10000}),
        lambda: "info: Quillmart.Fraud.Scoring.ScoreEndpoint[2099]\n      Score request: {\"orderRef\":\"%s\",\"bin\":\"%s\",\"last4\":\"%s\",\"cvvResult\":\"M\",\"ip\":\"%s\"}" % (ORDER(), D(6), D(4), IP()),
        lambda: "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB\t" % (UUID(), R.random() * 400, R.randint(1, 400), R.randint(80, 200)),
        lambda: jd({"time": TS(), "level": "INFO", "msg": "events published", "service": "fulfilment-consumer", "eventIds": [UUID(), UUID()], "failedEntryCount": 0}),
        lambda: "jwt header decoded: %s (alg=RS256, kid=%s)" % (b64u(jd({"alg": "RS256", "typ": "JWT", "kid": H(16)}).encode()), H(16)),
        lambda: jd({"level": 20, "time": 1885507200000 + R.randint(0, 2300000000), "pid": 1, "msg": "session loaded", "sessionIdHash": H(16), "cartId": "c_" + L(16)}),
        lambda: PT("INFO", "checkout-api", "refund created", refund="re_3" + A(23), payment_intent="pi_3" + A(23), amount=R.randint(100, 9000)),
        lambda: "test card used in staging smoke test: 4242 **** **** 4242 (Stripe test mode, livemode=false)",
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
            if "AKIA" in msg or "ASIA" in msg:
                raise SystemExit("forbidden prefix in: " + msg)
            if msg in seen:
                raise SystemExit("duplicate: " + msg)
            seen.add(msg)
            if secret is not None:
                assert secret in msg, (kind, msg)
                if kind not in UNMARKED and not any(m in secret for m in MARKS):
                    raise SystemExit("secret without marker: %s %s" % (kind, secret))
                if kind in ("card-cvv",) and msg.count(secret) != 1:
                    raise SystemExit("cvv value not unique in its line: " + msg)
            elif any(m in msg for m in MARKS):
                raise SystemExit("clean line carries a marker: " + msg)
            f.write(json.dumps({"message": msg, "kind": kind, "secret": secret}, ensure_ascii=False) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
