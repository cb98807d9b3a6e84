"""Families: py312-lambda-powertools-checkout-payments, lambda-json-logformat-order-events.

The retailer "quillmart" (invented) runs checkout in eu-central-1. Its Python 3.12 Lambda functions write either
through AWS Lambda Powertools' Logger (one JSON object per record, Powertools' own keys) or through plain `logging`
with the Python runtime's text format ("[LEVEL]\\t<time>\\t<request id>\\t<message>"); the runtime itself writes
INIT_START/START/END/REPORT lines, "Task timed out" lines and "[ERROR] <Type>: <msg>\\nTraceback ..." records for
unhandled exceptions (one multi-line event). The order-event consumers use Lambda's JSON log format (advanced
logging controls): application records are {"timestamp","level","message","logger","requestId"} objects and
the platform writes platform.initStart/platform.start/platform.report objects."""
from common import (hexs, alnum, lower, digits, uuid, ip10, pick, build, jd, ACCT, REGION, day, hms, iso,
                    xray, lambda_report, epoch)

# ---------------------------------------------------------------- py312-lambda-powertools-checkout-payments
F1 = "py312-lambda-powertools-checkout-payments"
FN_ARN = "arn:aws:lambda:%s:%s:function:%%s" % (REGION, ACCT)
PT_FUNCS = {"checkout-api": ("checkout-api", 1024), "stripe-webhook": ("checkout-stripe-webhook", 512),
            "tax-quote": ("checkout-tax-quote", 256)}


def pt_ts(R):
    return "2029-10-%02d %s,%s+0000" % (day(R), hms(R), digits(R, 3))


def pt(R, level, service, location, message, cold=None, exc=None, **extra):
    fname, mem = PT_FUNCS[service]
    d = {"level": level, "location": location, "message": message, "timestamp": pt_ts(R), "service": service,
         "cold_start": cold if cold is not None else (R.random() < 0.08), "function_name": fname,
         "function_memory_size": str(mem), "function_arn": FN_ARN % fname, "function_request_id": uuid(R)}
    d.update(extra)
    if exc:
        d["exception"], d["exception_name"] = exc
    d["xray_trace_id"] = xray(R)
    return jd(d)


def rt(R, level, message, rid=None):
    """Python runtime text format for plain logging."""
    return "[%s]\t%s\t%s\t%s" % (level, iso(R), rid or uuid(R), message)


def pi_id(R):
    return "pi_3" + alnum(R, 23)


def order_id(R):
    return "QM-%s-%s" % (digits(R, 6), upper4(R))


def upper4(R):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))


def a_whsec(R):
    # the webhook endpoint's signing secret was rolled in the Stripe dashboard; Secrets Manager still holds the old one
    evt = "evt_3" + alnum(R, 23)
    if R.random() < 0.6:
        tb = ("Traceback (most recent call last):\n  File \"/var/task/webhook/handler.py\", line %d, in handler\n    event = stripe.Webhook.construct_event(\n"
              "            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/opt/python/stripe/_webhook.py\", line 26, in construct_event\n    WebhookSignature.verify_header(payload, sig_header, secret, tolerance)\n"
              "  File \"/opt/python/stripe/_webhook.py\", line 88, in verify_header\n    raise error.SignatureVerificationError(\nstripe._error.SignatureVerificationError: No signatures found matching the expected signature for payload") % R.randint(40, 60)
        return pt(R, "ERROR", "stripe-webhook", "handler:%d" % R.randint(61, 66), "Webhook signature verification failed", exc=(tb, "SignatureVerificationError"),
                  stripe_signature_t=epoch(R), source_ip=pick(R, ["3.18.12.63", "3.130.192.231", "13.235.14.237", "54.187.174.169", "54.187.205.235"]))
    return pt(R, "ERROR", "stripe-webhook", "handler:%d" % R.randint(70, 74), "Rejected Stripe event with 400: signature mismatch for endpoint we_1Pq%s (event type %s)" % (
        "Qm7Kx2Ld9ZcA", pick(R, ["payment_intent.succeeded", "charge.refunded", "charge.dispute.created", "payment_intent.payment_failed", "checkout.session.completed"])), stripe_event_hint=evt)


def a_timeout(R):
    # capture-worker calls Adyen /captures without a client timeout through a NAT gateway whose EIP was not allow-listed
    # by the acquirer's new egress filter; every call hangs until the 30 s function timeout
    rid = uuid(R)
    if R.random() < 0.5:
        return "%s %s Task timed out after 30.%02d seconds" % (iso(R), rid, R.randint(0, 9))
    return lambda_report(R, rid, 30000 + R.random() * 40, 512, R.randint(96, 130), status="timeout")


def a_oom(R):
    # receipt-renderer renders multi-page PDFs with WeasyPrint; large B2B orders exceed 512 MB
    rid = uuid(R)
    if R.random() < 0.5:
        return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % rid
    return lambda_report(R, rid, R.randint(3000, 14000) + R.random(), 512, 512, status="error", err_type="Runtime.OutOfMemory")


def a_keyerror(R):
    # order-confirm: click-and-collect orders from app 5.2 carry no shipping_address; the confirmation e-mail step
    # raises KeyError (logged with logger.exception, then re-raised and reported by the runtime)
    if R.random() < 0.75:
        return ("[ERROR]\t%s\t%s\tConfirmation failed for order %s\nTraceback (most recent call last):\n"
                "  File \"/var/task/order_confirm/app.py\", line 44, in handler\n    send_confirmation(order)\n"
                "  File \"/var/task/order_confirm/email.py\", line 57, in send_confirmation\n    addr = order[\"shipping_address\"]\n"
                "           ~~~~~^^^^^^^^^^^^^^^^^^^^\nKeyError: 'shipping_address'" % (iso(R), uuid(R), order_id(R)))
    if R.random() < 0.5:
        return ("[ERROR] KeyError: 'shipping_address'\nTraceback (most recent call last):\n"
                "  File \"/var/task/order_confirm/app.py\", line 44, in handler\n    send_confirmation(order)\n"
                "  File \"/var/task/order_confirm/email.py\", line 57, in send_confirmation\n    addr = order[\"shipping_address\"]")
    return ("[ERROR] KeyError: 'shipping_address'\nTraceback (most recent call last):\n"
            "  File \"/var/task/order_confirm/app.py\", line 44, in handler\n    send_confirmation(order)\n"
            "  File \"/var/task/order_confirm/email.py\", line 61, in send_confirmation\n    body = render_delivery_block(order)\n"
            "  File \"/var/task/order_confirm/email.py\", line 112, in render_delivery_block\n    lines = format_address(order[\"shipping_address\"])")


def a_taxsecret(R):
    # the tax-quote role was recreated by a CDK refactor without secretsmanager:GetSecretValue on prod/checkout/taxjar
    sess = "checkout-tax-quote"
    err = ("An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:sts::%s:assumed-role/"
           "CheckoutStack-TaxQuoteServiceRole4F2A9C1E-%s/%s is not authorized to perform: secretsmanager:GetSecretValue on resource: "
           "prod/checkout/taxjar because no identity-based policy allows the secretsmanager:GetSecretValue action" % (ACCT, "Q7XK2M9VB3LD", sess))
    if R.random() < 0.5:
        return ("[ERROR] GetParameterError: %s\nTraceback (most recent call last):\n  File \"/var/lang/lib/python3.12/importlib/__init__.py\", line 90, in import_module\n"
                "    return _bootstrap._gcd_import(name[level:], package, level)\n  File \"/var/task/tax_quote/app.py\", line %d, in <module>\n"
                "    TAXJAR = parameters.get_secret(\"prod/checkout/taxjar\", transform=\"json\", max_age=300)\n"
                "  File \"/opt/python/aws_lambda_powertools/utilities/parameters/base.py\", line %d, in get\n    raise GetParameterError(str(exc))" % (err, R.randint(14, 16), R.randint(150, 160)))
    return pt(R, "ERROR", "tax-quote", "quote:%d" % R.randint(80, 84), "Tax quote unavailable, returning 503 to checkout", cold=R.random() < 0.5,
              exc=("Traceback (most recent call last):\n  File \"/opt/python/aws_lambda_powertools/utilities/parameters/base.py\", line 157, in get\n    value = self._get(name, **sdk_options)\n"
                   "botocore.exceptions.ClientError: %s\n\nDuring handling of the above exception, another exception occurred:\n\naws_lambda_powertools.utilities.parameters.exceptions.GetParameterError: %s" % (err, err), "GetParameterError"),
              cart_id="cart_" + lower(R, 12))


def a_negs():
    def n_start(R):
        return "START RequestId: %s Version: %s" % (uuid(R), pick(R, ["$LATEST", "41", "42", "live"]))

    def n_end(R):
        return "END RequestId: %s" % uuid(R)

    def n_report(R):
        init = R.random() * 900 + 300 if R.random() < 0.15 else None
        return lambda_report(R, uuid(R), R.random() * 900 + 12, pick(R, [256, 512, 1024]), R.randint(80, 210), init=init, xr=R.random() < 0.6)

    def n_initstart(R):
        return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(36, 41), REGION, hexs(R, 64))

    def n_pi(R):
        return pt(R, "INFO", "checkout-api", "create_payment_intent:%d" % R.randint(90, 96), "PaymentIntent created", payment_intent=pi_id(R),
                  amount=R.randint(499, 45999), currency=pick(R, ["eur", "eur", "chf", "pln"]), idempotency_key=uuid(R), capture_method="manual")

    def n_declined(R):
        # business outcome: the card issuer declined; the customer sees a message and can retry
        return pt(R, "WARNING", "checkout-api", "create_payment_intent:%d" % R.randint(110, 114), "Card declined", payment_intent=pi_id(R),
                  decline_code=pick(R, ["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc", "card_velocity_exceeded", "generic_decline"]),
                  error_type="card_error", http_status=402)

    def n_requires_action(R):
        return pt(R, "INFO", "checkout-api", "confirm:%d" % R.randint(130, 140), "3DS authentication required, returning next_action to client", payment_intent=pi_id(R), status="requires_action")

    def n_wh_ok(R):
        return pt(R, "INFO", "stripe-webhook", "handler:%d" % R.randint(80, 95), "Stripe event processed", stripe_event="evt_3" + alnum(R, 23),
                  event_type=pick(R, ["payment_intent.succeeded", "charge.captured", "charge.refunded", "payment_intent.canceled", "customer.updated"]), livemode=True)

    def n_wh_nosig(R):
        # scanners and health probes hitting the public webhook URL without a Stripe-Signature header
        return pt(R, "WARNING", "stripe-webhook", "handler:%d" % R.randint(52, 54), "Missing Stripe-Signature header, returning 400", source_ip=pick(R, ["185.220.101.%d", "45.146.164.%d", "193.41.206.%d"]) % R.randint(2, 250),
                  user_agent=pick(R, ["Mozilla/5.0 zgrab/0.x", "python-requests/2.31.0", "curl/8.4.0", "Expanse, a Palo Alto Networks company"]))

    def n_wh_dup(R):
        return pt(R, "INFO", "stripe-webhook", "handler:%d" % R.randint(100, 104), "Duplicate Stripe event ignored (already processed)", stripe_event="evt_3" + alnum(R, 23))

    def n_idem(R):
        return pt(R, "WARNING", "checkout-api", "idempotency:%d" % R.randint(40, 44), "Idempotency record already in progress, returning 409 to client retry", idempotency_key=uuid(R))

    def n_debug(R):
        return pt(R, "DEBUG", "checkout-api", "handler:%d" % R.randint(30, 33), {"path": "/v1/checkout/%s/confirm" % ("cart_" + lower(R, 12)), "httpMethod": "POST", "requestContext": {"requestId": uuid(R), "stage": "prod"}, "headers": {"content-type": "application/json", "x-app-version": pick(R, ["5.1.3", "5.2.0", "web-2029.10.1"])}})

    def n_emf(R):
        return jd({"_aws": {"Timestamp": epoch(R) * 1000, "CloudWatchMetrics": [{"Namespace": "Quillmart/Checkout", "Dimensions": [["service"]], "Metrics": [
            {"Name": "PaymentIntentCreated", "Unit": "Count"}, {"Name": "PaymentFailed", "Unit": "Count"}]}]}, "service": "checkout-api",
            "PaymentIntentCreated": R.randint(1, 4), "PaymentFailed": 0})

    def n_cap_retry(R):
        rid = uuid(R)
        return rt(R, pick(R, ["WARNING", "INFO"]), "Adyen capture for %s returned %d, retrying (attempt %d/3)" % (pick(R, ["psp " + upper4(R) + digits(R, 12)]), pick(R, [429, 503]), R.randint(1, 2)), rid)

    def n_cap_ok(R):
        return rt(R, "INFO", "Capture accepted pspReference=%s%s merchantReference=%s amount=%d EUR" % (upper4(R), digits(R, 12), order_id(R), R.randint(499, 45999)))

    def n_cap_sum(R):
        return rt(R, "INFO", "capture batch done: %d captured, 0 failed, %d skipped (already captured)" % (R.randint(3, 40), R.randint(0, 4)))

    def n_receipt(R):
        return rt(R, "INFO", "Rendered receipt for %s: %d page(s), %d KiB, uploaded to s3://quillmart-receipts-prod/%s.pdf" % (order_id(R), R.randint(1, 3), R.randint(40, 400), uuid(R)))

    def n_confirm(R):
        return rt(R, "INFO", "Confirmation e-mail queued for order %s (delivery=%s)" % (order_id(R), pick(R, ["home", "home", "locker", "click_and_collect"])))

    def n_tax_ok(R):
        return pt(R, "INFO", "tax-quote", "quote:%d" % R.randint(60, 66), "Tax quote computed", cart_id="cart_" + lower(R, 12), country=pick(R, ["DE", "AT", "FR", "NL", "PL"]), cache_hit=R.random() < 0.7)

    def n_botowarn(R):
        return rt(R, "WARNING", "Connection pool is full, discarding connection: dynamodb.%s.amazonaws.com. Connection pool size: 10" % REGION)

    return [n_start, n_end, n_report, n_initstart, n_pi, n_declined, n_requires_action, n_wh_ok, n_wh_nosig, n_wh_dup, n_idem, n_debug, n_emf,
            n_cap_retry, n_cap_ok, n_cap_sum, n_receipt, n_confirm, n_tax_ok, n_botowarn, n_start, n_end, n_report, n_pi, n_wh_ok]


def fam_checkout(R):
    return build(R, F1, [("stripe-webhook-whsec-rolled-signature-mismatch", a_whsec), ("capture-worker-adyen-call-hangs-30s-timeout", a_timeout),
                         ("receipt-renderer-weasyprint-oom-512mb", a_oom), ("order-confirm-click-collect-keyerror-shipping-address", a_keyerror, 10),
                         ("tax-quote-role-missing-getsecretvalue", a_taxsecret)], a_negs())


# ---------------------------------------------------------------- lambda-json-logformat-order-events
F2 = "lambda-json-logformat-order-events"


def jts(R):
    return "2029-10-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 3))


def app(R, level, message, logger="root", rid=None, **extra):
    d = {"timestamp": jts(R), "level": level, "message": message, "logger": logger, "requestId": rid or uuid(R)}
    d.update(extra)
    return jd(d)


def plat(R, typ, record):
    return jd({"time": jts(R), "type": typ, "record": record})


def report(R, status="success", dur=None, mem=512, used=None, err=None, init=False):
    m = {"durationMs": round(dur if dur is not None else R.random() * 700 + 5, 2), "billedDurationMs": 0, "memorySizeMB": mem, "maxMemoryUsedMB": used or R.randint(70, 160)}
    m["billedDurationMs"] = int(m["durationMs"]) + 1
    if init:
        m["initDurationMs"] = round(R.random() * 800 + 250, 2)
    rec = {"requestId": uuid(R), "metrics": m, "tracing": {"spanId": hexs(R, 16), "type": "X-Amzn-Trace-Id", "value": "Root=%s;Parent=%s;Sampled=%d" % (xray(R), hexs(R, 16), R.randint(0, 1))}, "status": status}
    if err:
        rec["errorType"] = err
    return plat(R, "platform.report", rec)


def b_timeout(R):
    # loyalty-points consumer: the partner's points API answers in 20-40 s since its migration; function timeout is 15 s
    return report(R, status="timeout", dur=15000 + R.random() * 30, mem=256, used=R.randint(90, 110))


def b_import(R):
    # address-validator moved to arm64 but its layer ships x86_64 pydantic_core wheels
    if R.random() < 0.7:
        return jd({"timestamp": jts(R), "level": "ERROR", "message": {"errorMessage": "Unable to import module 'app': No module named 'pydantic_core._pydantic_core'", "errorType": "Runtime.ImportModuleError", "requestId": "", "stackTrace": []}})
    return report(R, status="error", dur=R.random() * 300 + 800, mem=256, used=R.randint(60, 75), err="Runtime.ImportModuleError", init=True)


def b_batch(R):
    # checkout started publishing OrderPlaced v3 ("items" instead of "lines"); warehouse-allocation fails every record
    mid = uuid(R)
    if R.random() < 0.65:
        return app(R, "ERROR", "Failed to process record", logger="warehouse_allocation", messageId=mid, orderId=order_id(R), detailVersion="3",
                   errorType="KeyError", errorMessage="'lines'", stackTrace=["  File \"/var/task/warehouse_allocation/handler.py\", line 38, in record_handler\n    for line in order[\"lines\"]:\n"])
    n = R.randint(3, 10)
    return app(R, "ERROR", "All records failed processing. %d individual errors logged separately below." % n, logger="aws_lambda_powertools.utilities.batch.base",
               errorType="BatchProcessingError", batchSize=n)


def b_sns(R):
    # notify-fanout publishes the whole order JSON; B2B orders with 100+ lines exceed SNS's 256 KB limit
    return app(R, "ERROR", "Publishing OrderConfirmed to SNS failed for %s" % order_id(R), logger="notify_fanout",
               errorType="InvalidParameterException", errorMessage="An error occurred (InvalidParameter) when calling the Publish operation: Invalid parameter: Message too long",
               topicArn="arn:aws:sns:%s:%s:order-confirmed" % (REGION, ACCT), payloadBytes=R.randint(262145, 610000), lineCount=R.randint(110, 480))


def b_dlq(R):
    # the DLQ was recreated as FIFO (orders-dlq.fifo); dlq-redriver still sends to the old standard queue URL
    return app(R, "ERROR", "Redrive of failed EventBridge delivery failed", logger="dlq_redriver",
               errorType="QueueDoesNotExist", errorMessage="An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the SendMessage operation: The specified queue does not exist.",
               queueUrl="https://sqs.%s.amazonaws.com/%s/orders-dlq" % (REGION, ACCT), ruleName=pick(R, ["order-placed-to-wms", "order-paid-to-erp", "order-cancelled-to-wms"]), eventId=uuid(R))


def b_negs():
    def n_start(R):
        return plat(R, "platform.start", {"requestId": uuid(R), "version": pick(R, ["$LATEST", "17", "18"])})

    def n_report(R):
        return report(R, init=R.random() < 0.12, mem=pick(R, [256, 512]))

    def n_initstart(R):
        return plat(R, "platform.initStart", {"initializationType": pick(R, ["on-demand", "on-demand", "provisioned-concurrency"]), "phase": "init", "runtimeVersion": "python:3.12.v%d" % R.randint(36, 41),
                                               "runtimeVersionArn": "arn:aws:lambda:%s::runtime:%s" % (REGION, hexs(R, 64)), "functionName": pick(R, ["warehouse-allocation", "loyalty-points", "notify-fanout", "dlq-redriver", "address-validator"]), "functionVersion": "$LATEST"})

    def n_batch_ok(R):
        n = R.randint(1, 10)
        return app(R, "INFO", "Batch processed: %d succeeded, 0 failed" % n, logger="warehouse_allocation", batchSize=n)

    def n_alloc(R):
        return app(R, "INFO", "Stock allocated", logger="warehouse_allocation", orderId=order_id(R), warehouse=pick(R, ["DE-LEJ-1", "DE-DUS-2", "PL-POZ-1"]), lines=R.randint(1, 9), detailVersion="2")

    def n_dup(R):
        # idempotent consumer: a redelivered event hits the conditional put and is skipped
        return app(R, "INFO", "Skipping duplicate order event (ConditionalCheckFailedException on allocation record)", logger="warehouse_allocation", orderId=order_id(R), messageId=uuid(R))

    def n_partial(R):
        # one record hit DynamoDB throttling and is returned for redelivery; the next receive succeeds
        return app(R, "WARNING", "Record returned to queue via batchItemFailures (ProvisionedThroughputExceededException), will be retried", logger="warehouse_allocation", messageId=uuid(R), approximateReceiveCount=1)

    def n_loyalty_ok(R):
        return app(R, "INFO", "Loyalty points credited", logger="loyalty_points", orderId=order_id(R), points=R.randint(5, 900), partnerLatencyMs=R.randint(300, 2400))

    def n_sns_ok(R):
        return app(R, "INFO", "OrderConfirmed published", logger="notify_fanout", orderId=order_id(R), messageId=uuid(R), payloadBytes=R.randint(2000, 60000))

    def n_redrive_none(R):
        return app(R, "INFO", "Redrive run finished: 0 messages to redrive, 0 errors", logger="dlq_redriver")

    def n_debug_evt(R):
        return app(R, "DEBUG", {"version": "0", "id": uuid(R), "detail-type": pick(R, ["OrderPlaced", "OrderPaid", "OrderCancelled"]), "source": "quillmart.checkout", "account": ACCT, "time": iso(R, 0), "region": REGION,
                                "resources": [], "detail": {"orderId": order_id(R), "version": "2", "currency": "EUR"}}, logger="warehouse_allocation")

    def n_addr_ok(R):
        return app(R, "INFO", "Address validated", logger="address_validator", country=pick(R, ["DE", "AT", "CH"]), verdict=pick(R, ["deliverable", "deliverable", "corrected", "undeliverable"]))

    def n_retry_ok(R):
        return app(R, "WARNING", "Loyalty partner returned 503, retried after %d ms and succeeded" % pick(R, [200, 400, 800]), logger="loyalty_points", orderId=order_id(R))

    def n_validation(R):
        # a customer-entered address the validator rejects: an expected business outcome
        return app(R, "WARNING", "Address rejected by validator (postcode does not match city)", logger="address_validator", country=pick(R, ["DE", "AT"]), errorCode="POSTCODE_MISMATCH")

    return [n_start, n_report, n_initstart, n_batch_ok, n_alloc, n_dup, n_partial, n_loyalty_ok, n_sns_ok, n_redrive_none, n_debug_evt, n_addr_ok, n_retry_ok, n_validation,
            n_start, n_report, n_alloc, n_batch_ok]


def fam_events(R):
    return build(R, F2, [("loyalty-points-partner-slow-15s-timeout", b_timeout), ("address-validator-arm64-pydantic-core-import-error", b_import),
                         ("warehouse-allocation-orderplaced-v3-keyerror-lines", b_batch), ("notify-fanout-sns-message-too-long", b_sns),
                         ("dlq-redriver-old-queue-url-nonexistent", b_dlq)], b_negs())


FAMILIES = {F1: fam_checkout, F2: fam_events}
