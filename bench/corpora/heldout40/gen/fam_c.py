"""Families: custody-signer-springboot-cloudhsm-sdk5, kyc-webhook-fastapi-uvicorn-ecs.

saltmarsh's custody signer is a Spring Boot 3.3 service on ECS (EC2 launch type, in the CloudHSM cluster's VPC):
Spring Boot's default console format (`2030-03-05T13:04:11.123Z  INFO 1 --- [custody-signer] [thread] logger : msg`,
stack traces kept with their record by the awslogs multiline pattern on the date), the CloudHSM Client SDK 5 JCE
provider writing its own log lines to the same stdout (`[timestamp][LEVEL][pid][ThreadId][module] msg`), and AWS KMS
(ECC_SECG_P256K1 keys) for the Ethereum hot wallet.
The KYC/AML webhook consumer is Python 3.12 FastAPI under uvicorn on ECS Fargate: uvicorn's access lines
(`INFO:     ip:port - "POST /path HTTP/1.1" 200 OK`), uvicorn's own `ERROR:    Exception in ASGI application` record
with its traceback, and the app's logging format `%(asctime)s %(levelname)s %(name)s [req=%(request_id)s] %(message)s`
(tracebacks kept together by the awslogs multiline pattern). Providers are invented: Veriform (identity checks) and
ChainSentry (wallet screening / travel rule)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    boot_ts, rust_ts, py_ts, txid, eaddr, h256)

# ---------------------------------------------------------------- custody-signer-springboot-cloudhsm-sdk5
F1 = "custody-signer-springboot-cloudhsm-sdk5"
CLS = {"sign": "c.s.custody.signing.WithdrawalSigner", "policy": "c.s.custody.policy.PolicyEngine",
       "bcast": "c.s.custody.broadcast.TxBroadcaster", "kms": "c.s.custody.eth.KmsEthSigner",
       "sweep": "c.s.custody.sweep.DepositSweeper", "api": "c.s.custody.api.WithdrawalController",
       "hsm": "c.s.custody.hsm.HsmSessionManager"}


def sb(R, lvl, key, msg, thread=None):
    thread = thread or pick(R, ["sign-worker-%d" % R.randint(1, 8), "scheduling-1", "http-nio-8443-exec-%d" % R.randint(1, 20)])
    return "%s %5s 1 --- [custody-signer] [%s] %-40s : %s" % (boot_ts(R), lvl, thread[:15].rjust(15), CLS[key], msg)


def sdk(R, lvl, mod, msg):
    return "[%s][%s][1][ThreadId(%d)][%s] %s" % (rust_ts(R), lvl, R.randint(2, 40), mod, msg)


def wid(R):
    return "WD-%s" % upper(R, 10)


def asset(R):
    return pick(R, ["BTC", "ETH", "USDC", "SOL"])


def c_login(R):
    # the crypto-user password was rotated in the HSM on 2030-03-12 but the Secrets Manager value the task reads at
    # start was not updated: every new task fails implicit login and withdrawals queue up
    t = R.random()
    if t < 0.4:
        e = sb(R, "ERROR", "hsm", "CloudHSM provider login failed for crypto user custody_cu%d" % R.randint(1, 2), "main") + "\n"
        e += "com.amazonaws.cloudhsm.jce.jni.exception.FailedLoginException: Incorrect credentials are passed for this operation: Incorrect authentication credentials.\n"
        e += "\tat com.amazonaws.cloudhsm.jce.jni.Session.do_login(Native Method)\n\tat com.amazonaws.cloudhsm.jce.jni.Session.login(Session.java:22)\n"
        e += "\tat com.amazonaws.cloudhsm.jce.provider.LoginManager.login(LoginManager.java:88)\n\tat com.saltmarsh.custody.hsm.HsmSessionManager.login(HsmSessionManager.java:%d)" % R.randint(60, 70)
        return e
    if t < 0.7:
        return sdk(R, "ERROR", "cloudhsm_provider::hsm1::login", "Login failed for user custody_cu%d: RET_USER_LOGIN_FAILURE (attempt %d of 3 before lockout)" % (R.randint(1, 2), R.randint(1, 2)))
    return sb(R, "WARN", "sign", "withdrawal %s (%s %.6f) not signed: HSM session not logged in; queued (%d pending)" % (wid(R), asset(R), R.uniform(0.01, 40), R.randint(2, 400)))


def c_sg(R):
    # a security-group clean-up removed the signer hosts from the HSM cluster SG's inbound 2223-2225 rule
    t = R.random()
    h = "10.60.%d.%d" % (R.randint(10, 12), R.randint(4, 250))
    if t < 0.45:
        return sdk(R, "ERROR", "cloudhsm_provider::hsm1::hsm_connection::server_connection", "Failed to connect to HSM %s:2223: Connection timed out (os error 110); next attempt in %ds" % (h, pick(R, [1, 2, 4, 8, 16])))
    if t < 0.75:
        return sdk(R, "WARN", "cloudhsm_provider::hsm1::cluster", "No HSM available in cluster cluster-%s (0 of 2 connected)" % lower(R, 11))
    e = sb(R, "ERROR", "sign", "signing failed for withdrawal %s" % wid(R)) + "\n"
    e += "com.amazonaws.cloudhsm.jce.jni.exception.ProviderException: The underlying Provider connection was lost: Communication with the device was lost during the execution of the function.\n"
    e += "\tat com.amazonaws.cloudhsm.jce.jni.Signature.do_sign(Native Method)\n\tat com.amazonaws.cloudhsm.jce.provider.CloudHsmSignature.engineSign(CloudHsmSignature.java:%d)\n" % R.randint(180, 190)
    e += "\tat java.base/java.security.Signature.sign(Signature.java:712)\n\tat com.saltmarsh.custody.signing.WithdrawalSigner.sign(WithdrawalSigner.java:%d)" % R.randint(100, 110)
    return e


def c_kms(R):
    # a Terraform refactor disabled the old ETH hot-wallet KMS key alias target: ETH/USDC withdrawals cannot sign
    k = "arn:aws:kms:%s:%s:key/%s" % (REGION, ACCT, "5f0c2a9e-31d4-4b8e-9c17-e2a64b0d93f1")
    if R.random() < 0.6:
        return sb(R, "ERROR", "kms", "KMS Sign failed for withdrawal %s (%s): software.amazon.awssdk.services.kms.model.DisabledException: %s is disabled. (Service: Kms, Status Code: 400, Request ID: %s)" % (wid(R), pick(R, ["ETH", "USDC"]), k, uuid(R)))
    return sb(R, "WARN", "sign", "withdrawal %s (%s) moved to FAILED_SIGNING after 3 attempts: KMS key disabled" % (wid(R), pick(R, ["ETH", "USDC"])))


def c_policy(R):
    # the approver group was renamed in the IdP (treasury-approvers -> grp-treasury-approvers); the policy engine
    # cannot resolve quorum for withdrawals above the auto-approve limit
    return sb(R, "ERROR", "policy", "policy evaluation error for %s (%s %.4f, rule LARGE_WITHDRAWAL): approver group 'treasury-approvers' not found in directory; withdrawal held" % (wid(R), asset(R), R.uniform(5, 400)))


def c_dns(R):
    # broadcast endpoints moved to btc-rpc.nodes.smx.internal; the signer's config still has the old name
    e = sb(R, "ERROR", "bcast", "broadcast failed for %s txid=%s after 5 attempts" % (wid(R), txid(R)), "bcast-%d" % R.randint(1, 4)) + "\n"
    e += "java.net.UnknownHostException: bitcoind-rpc.smx.internal: Name or service not known\n"
    e += "\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)\n\tat java.base/java.net.InetAddress$PlatformResolver.lookupByName(InetAddress.java:1211)\n"
    e += "\tat java.net.http/jdk.internal.net.http.HttpClientImpl.send(HttpClientImpl.java:%d)\n\tat com.saltmarsh.custody.broadcast.BitcoindClient.sendRawTransaction(BitcoindClient.java:%d)" % (R.randint(930, 960), R.randint(70, 80))
    return e


def cust_negs():
    def n_recv(R):
        return sb(R, "INFO", "api", "withdrawal %s received: %s %.6f to %s (customer %d)" % (wid(R), asset(R), R.uniform(0.001, 30), pick(R, [eaddr(R), "bc1q" + lower(R, 38)]), R.randint(100000, 999999)))

    def n_pol(R):
        return sb(R, "INFO", "policy", "policy %s for %s: rules=[DAILY_LIMIT, WHITELIST, VELOCITY] approvals=%d/%d" % (pick(R, ["passed", "auto-approved"]), wid(R), R.randint(0, 3), 3))

    def n_signed(R):
        return sb(R, "INFO", "sign", "withdrawal %s signed with key handle 0x%s (%s) in %d ms" % (wid(R), hexs(R, 8), pick(R, ["secp256k1", "ed25519"]), R.randint(8, 90)))

    def n_bcast(R):
        return sb(R, "INFO", "bcast", "broadcast %s txid=%s via %s" % (wid(R), txid(R), pick(R, ["btc-rpc.nodes.smx.internal", "eth-rpc.nodes.smx.internal"])), "bcast-%d" % R.randint(1, 4))

    def n_biz(R):
        return sb(R, "WARN", "policy", "withdrawal %s rejected: %s" % (wid(R), pick(R, ["destination address on sanctions screening list (ChainSentry severe)", "daily limit exceeded (%.2f of %d GBP)" % (R.uniform(50000, 60000), 50000), "travel rule data missing for VASP beneficiary", "address not in customer whitelist (added < 24h ago)", "insufficient available balance"])))

    def n_dup(R):
        return sb(R, "INFO", "api", "withdrawal request idempotency key %s already processed as %s, returning existing result" % (uuid(R), wid(R)))

    def n_sdkinfo(R):
        return sdk(R, "INFO", "cloudhsm_provider::hsm1::hsm_connection::server_connection", pick(R, ["Connected to HSM 10.60.%d.%d:2223" % (R.randint(10, 12), R.randint(4, 250)), "Connection pool resized to %d sessions" % R.randint(4, 16), "Session keepalive ok (%d sessions)" % R.randint(4, 16)]))

    def n_sdkretry(R):
        return sdk(R, "WARN", "cloudhsm_provider::hsm1::hsm_connection::server_connection", "Connection to HSM 10.60.%d.%d:2223 reset by peer; reconnected after %d ms" % (R.randint(10, 12), R.randint(4, 250), R.randint(50, 900)))

    def n_sweep(R):
        return sb(R, "INFO", "sweep", "sweep run: %d deposit addresses, %d swept, %d below dust threshold, 0 failed" % (R.randint(20, 900), R.randint(0, 200), R.randint(0, 40)), "scheduling-1")

    def n_health(R):
        return sb(R, "DEBUG", "hsm", "health: hsm=UP sessions=%d kms=UP queue=%d" % (R.randint(4, 16), R.randint(0, 3)), "scheduling-1")

    def n_kmsok(R):
        return sb(R, "INFO", "kms", "KMS Sign ok for %s (ETH) key=alias/smx-eth-hot-2030 nonce=%d in %d ms" % (wid(R), R.randint(1, 90000), R.randint(15, 120)))

    def n_start(R):
        return sb(R, "INFO", "hsm", pick(R, ["Started CustodySignerApplication in %.3f seconds (process running for %.3f)" % (R.uniform(6, 14), R.uniform(7, 15)), "CloudHSM provider %s registered, cluster cluster-%s" % (pick(R, ["5.12.0", "5.13.0"]), lower(R, 11)), "Tomcat started on port 8443 (https) with context path '/'"]), "main")

    def n_expired(R):
        return sb(R, "INFO", "api", "approval %s expired after 4h without quorum; withdrawal %s returned to customer" % (uuid(R), wid(R)))

    def n_access(R):
        return sb(R, "WARN", "api", "rejected request from %s: %s" % (ip10(R, 61), pick(R, ["mTLS client certificate not in allow-list", "JWT expired 2030-03-%02dT%02d:%02d:00Z" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59)), "missing X-Idempotency-Key header"])))

    def n_nonce(R):
        return sb(R, "DEBUG", "kms", "eth nonce for %s reserved %d (pending=0, errors=0)" % (eaddr(R), R.randint(1, 90000)))

    def n_hikari(R):
        return sb(R, "INFO", "hsm", "HikariPool-1 - %s" % pick(R, ["Start completed.", "Starting..."]), "main")

    return [n_recv, n_pol, n_signed, n_bcast, n_biz, n_dup, n_sdkinfo, n_sdkretry, n_sweep, n_health, n_kmsok, n_start,
            n_expired, n_access, n_nonce, n_hikari]


def fam_cust(R):
    return build(R, F1, [("hsm-cu-password-rotated-secret-stale", c_login), ("hsm-sg-rule-removed", c_sg),
                         ("eth-hot-kms-key-disabled", c_kms), ("approver-group-renamed", c_policy, 9),
                         ("broadcast-rpc-hostname-stale", c_dns)], cust_negs())


# ---------------------------------------------------------------- kyc-webhook-fastapi-uvicorn-ecs
F2 = "kyc-webhook-fastapi-uvicorn-ecs"


def pl(R, lvl, name, msg, rq=None):
    return "%s %s %s [req=%s] %s" % (py_ts(R), lvl, name, rq or hexs(R, 16), msg)


def acc(R, method, path, status, ip=None):
    reason = {200: "OK", 202: "Accepted", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found",
              405: "Method Not Allowed", 409: "Conflict", 422: "Unprocessable Entity", 500: "Internal Server Error", 307: "Temporary Redirect"}[status]
    return "INFO:     %s:%d - \"%s %s HTTP/1.1\" %d %s" % (ip or ip10(R, 70), R.randint(30000, 65000), method, path, status, reason)


def appl(R):
    return "%s%s" % (hexs(R, 24), "")


def k_sig(R):
    # Veriform rotated the webhook signing secret on 2030-03-14; the service still verifies with the old one and
    # refuses every review callback, so no applicant moves past PENDING
    if R.random() < 0.55:
        return pl(R, "WARNING", "kyc_webhooks.security", "X-Payload-Digest mismatch for Veriform webhook (type=applicantReviewed, applicantId=%s, alg=HMAC_SHA256_HEX); rejecting with 401" % appl(R))
    return acc(R, "POST", "/webhooks/veriform", 401, "10.70.%d.%d" % (R.randint(0, 3), R.randint(4, 250)))


def k_s3(R):
    # the document bucket moved to a KMS key whose policy lacks the task role: ID images cannot be stored
    e = "ERROR:    Exception in ASGI application\nTraceback (most recent call last):\n"
    e += "  File \"/app/kyc_webhooks/handlers/documents.py\", line %d, in store_documents\n    s3.put_object(Bucket=DOCS_BUCKET, Key=key, Body=body, ServerSideEncryption=\"aws:kms\")\n" % R.randint(40, 48)
    e += "  File \"/usr/local/lib/python3.12/site-packages/botocore/client.py\", line 569, in _api_call\n    return self._make_api_call(operation_name, kwargs)\n"
    e += "  File \"/usr/local/lib/python3.12/site-packages/botocore/client.py\", line 1023, in _make_api_call\n    raise error_class(parsed_response, operation_name)\n"
    e += "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::%s:assumed-role/smx-kyc-webhooks-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s because no identity-based policy allows the kms:GenerateDataKey action" % (ACCT, hexs(R, 32), REGION, ACCT, "c41e9b07-2d6a-4f3e-8a15-90b7e3d2c6a8")
    if R.random() < 0.65:
        return e
    return acc(R, "POST", "/webhooks/veriform/documents", 500, "10.70.%d.%d" % (R.randint(0, 3), R.randint(4, 250)))


def k_pool(R):
    # the new AML batch holds sessions open across HTTP calls to ChainSentry: the pool (5 + 10) is exhausted
    if R.random() < 0.6:
        e = pl(R, "ERROR", "kyc_webhooks.app", "unhandled error in POST %s" % pick(R, ["/webhooks/veriform", "/webhooks/chainsentry", "/v1/deposits/screen"])) + "\nTraceback (most recent call last):\n"
        e += "  File \"/app/kyc_webhooks/db.py\", line 31, in session_scope\n    with SessionLocal.begin() as session:\n"
        e += "  File \"/usr/local/lib/python3.12/site-packages/sqlalchemy/pool/impl.py\", line 157, in _do_get\n    raise exc.TimeoutError(\n"
        e += "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"
        return e
    return acc(R, "POST", pick(R, ["/webhooks/chainsentry", "/v1/deposits/screen"]), 500)


def k_aml(R):
    # ChainSentry retired the v1 screening API on 2030-03-01; the consumer still calls /v1/screen, so every crypto
    # deposit is held unscreened
    if R.random() < 0.6:
        return pl(R, "ERROR", "kyc_webhooks.aml", "wallet screening failed for deposit %s (%s %s): HTTP 410 Gone from https://api.chainsentry.example/v1/screen: {\"error\":\"api_version_retired\",\"use\":\"/v2/screenings\"}" % (uuid(R), pick(R, ["ETH", "BTC", "USDC"]), pick(R, [eaddr(R), "bc1q" + lower(R, 38)])))
    return pl(R, "WARNING", "kyc_webhooks.deposits", "deposit %s held: screening unavailable (%d deposits waiting, oldest %d min)" % (uuid(R), R.randint(5, 900), R.randint(10, 600)))


def k_enum(R):
    # Veriform started sending reviewAnswer "YELLOW" (manual review) which the pydantic model does not allow:
    # those applicants are never moved to manual review
    if R.random() < 0.6:
        e = pl(R, "ERROR", "kyc_webhooks.handlers.veriform", "payload validation failed for applicantReviewed (applicantId=%s)" % appl(R)) + "\n"
        e += "pydantic_core._pydantic_core.ValidationError: 1 validation error for ApplicantReviewed\nreviewResult.reviewAnswer\n  Input should be 'GREEN' or 'RED' [type=enum, input_value='YELLOW', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.7/v/enum"
        return e
    return acc(R, "POST", "/webhooks/veriform", 422, "10.70.%d.%d" % (R.randint(0, 3), R.randint(4, 250)))


def kyc_negs():
    def n_ok(R):
        return acc(R, "POST", pick(R, ["/webhooks/veriform", "/webhooks/chainsentry", "/webhooks/veriform/documents"]), pick(R, [200, 202, 204]))

    def n_health(R):
        return acc(R, "GET", "/healthz", 200, "10.70.%d.%d" % (R.randint(0, 3), R.randint(4, 250)))

    def n_green(R):
        return pl(R, "INFO", "kyc_webhooks.handlers.veriform", "applicant %s reviewed GREEN (level=%s); customer %d upgraded to tier %d" % (appl(R), pick(R, ["basic-kyc", "enhanced-kyc"]), R.randint(100000, 999999), R.randint(1, 3)))

    def n_red(R):
        return pl(R, "INFO", "kyc_webhooks.handlers.veriform", "applicant %s reviewed RED (rejectLabels=%s, reviewRejectType=%s); onboarding declined" % (appl(R), pick(R, ["['DOCUMENT_EXPIRED']", "['SELFIE_MISMATCH']", "['FORGERY']", "['UNSATISFACTORY_PHOTOS']", "['AGE_REQUIREMENT_MISMATCH']"]), pick(R, ["RETRY", "FINAL"])))

    def n_dup(R):
        return pl(R, "INFO", "kyc_webhooks.handlers.veriform", "duplicate webhook %s (correlationId=%s) already processed; acknowledging" % (appl(R), hexs(R, 32)))

    def n_aml(R):
        return pl(R, "INFO", "kyc_webhooks.aml", "deposit %s screened: risk=%s score=%d exposures=%s" % (uuid(R), pick(R, ["low", "low", "medium"]), R.randint(0, 45), pick(R, ["[]", "['exchange']", "['defi']"])))

    def n_amlhold(R):
        return pl(R, "WARNING", "kyc_webhooks.aml", "deposit %s held for compliance review: risk=severe exposures=['sanctions', 'mixer'] (case %s)" % (uuid(R), upper(R, 8)))

    def n_httpx(R):
        return pl(R, "INFO", "httpx", "HTTP Request: %s %s \"HTTP/1.1 %s\"" % (pick(R, ["POST", "GET"]), pick(R, ["https://api.chainsentry.example/v2/screenings", "https://api.veriform.example/resources/applicants/%s/one" % appl(R), "https://api.veriform.example/resources/checks/latest"]), pick(R, ["200 OK", "201 Created"])))

    def n_retry(R):
        return pl(R, "WARNING", "kyc_webhooks.clients", "ChainSentry returned 503, retry %d/5 in %.1fs ... succeeded on attempt %d" % (1, R.uniform(0.5, 4), R.randint(2, 3)))

    def n_badreq(R):
        return acc(R, pick(R, ["GET", "POST", "PUT"]), pick(R, ["/", "/admin", "/.env", "/webhooks/unknown", "/v1/applicants/%s" % appl(R), "/docs"]), pick(R, [404, 405, 401, 307]), pubip(R) if R.random() < 0.5 else None)

    def n_start(R):
        return pick(R, ["INFO:     Started server process [%d]" % R.randint(1, 40), "INFO:     Waiting for application startup.", "INFO:     Application startup complete.", "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)", "INFO:     Shutting down", "INFO:     Finished server process [%d]" % R.randint(1, 40)])

    def n_status(R):
        return pl(R, "INFO", "kyc_webhooks.handlers.veriform", "applicant %s status %s (%s)" % (appl(R), pick(R, ["pending", "queued", "onHold", "init"]), pick(R, ["applicantPending", "applicantCreated", "applicantOnHold", "applicantLevelChanged"])))

    def n_bad422(R):
        # internal callers' malformed screening requests
        return pl(R, "INFO", "kyc_webhooks.api", "screen request rejected 400: %s" % pick(R, ["address checksum invalid", "unsupported asset 'DOGE'", "missing field 'network'"]))

    def n_metrics(R):
        return pl(R, "INFO", "kyc_webhooks.metrics", "webhooks_received=%d processed=%d failed=0 duplicates=%d p95_ms=%d" % (R.randint(50, 900), R.randint(50, 900), R.randint(0, 20), R.randint(40, 400)))

    def n_expired(R):
        return pl(R, "INFO", "kyc_webhooks.handlers.veriform", "applicant %s: verification link expired (applicantActionPending > 72h); reminder e-mail queued" % appl(R))

    def n_travel(R):
        return pl(R, "INFO", "kyc_webhooks.travel_rule", "travel rule message %s for withdrawal WD-%s accepted by counterparty VASP %s" % (uuid(R), upper(R, 10), pick(R, ["did:web:vasp.ormsby.example", "did:web:trust.kelpie.example"])))

    return [n_ok, n_health, n_green, n_red, n_dup, n_aml, n_amlhold, n_httpx, n_retry, n_badreq, n_start, n_status, n_bad422,
            n_metrics, n_expired, n_travel]


def fam_kyc(R):
    return build(R, F2, [("veriform-webhook-secret-rotated", k_sig), ("docs-bucket-kms-denied", k_s3),
                         ("db-queuepool-exhausted", k_pool), ("chainsentry-v1-api-retired", k_aml),
                         ("review-answer-yellow-not-in-model", k_enum)], kyc_negs())


FAMILIES = {F1: fam_cust, F2: fam_kyc}
