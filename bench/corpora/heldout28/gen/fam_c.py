"""Families: ses-v2-events-sns-mailer-lambdas, sns-mobile-push-apns-fcm-delivery-status."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, sp, day, hms, epoch_ms,
                    node, py, invoke_error, start, end, report, timeout, ACCT, REGION, jd)

# ---------------------------------------------------------------- ses-v2-events-sns-mailer-lambdas
# "pebblecove market": a Python 3.12 mailer Lambda (SESv2 SendEmail for receipts, digests, password resets),
# a Python 3.12 `ses-events` Lambda subscribed to the SNS topic that the configuration set publishes
# Send/Delivery/Bounce/Complaint/DeliveryDelay/Open/Click events to (it logs each event and updates the
# suppression table), and a legacy Node.js 18 invoice service sending through the SES SMTP endpoint
# with nodemailer on ECS (awslogs driver: one line per event).
F5 = "ses-v2-events-sns-mailer-lambdas"


def sesid(R):
    return "0102018f%s-%s-%s-%s-%s-000000" % (hexs(R, 8), hexs(R, 8), hexs(R, 4), hexs(R, 4), hexs(R, 12))


def rcpt(R):
    return "%s%s@%s" % (pick(R, ["j", "k", "m", "s", "r", "t"]), lower(R, 6), pick(R, ["gmail.com", "yahoo.co.uk", "hotmail.com", "btinternet.com", "icloud.com"]))


def mail(R, tags=True):
    d = {"timestamp": iso(R), "source": pick(R, ["receipts@mail.pebblecove.example", "digest@mail.pebblecove.example", "no-reply@mail.pebblecove.example"]),
         "sourceArn": "arn:aws:ses:%s:%s:identity/mail.pebblecove.example" % (REGION, ACCT), "sendingAccountId": ACCT, "messageId": sesid(R),
         "destination": [rcpt(R)], "headersTruncated": False}
    if tags:
        d["tags"] = {"ses:configuration-set": ["pebblecove-events"], "campaign": [pick(R, ["receipt", "weekly-digest", "password-reset", "price-drop"])]}
    return d


def e_paused(R):
    # account-level sending paused by SES after the bounce rate crossed the review threshold (bad import list)
    if R.random() < 0.7:
        return py(R, "ERROR", "send failed for %s (campaign %s): An error occurred (SendingPausedException) when calling the SendEmail operation: Sending is paused for this account." % (rcpt(R), pick(R, ["receipt", "weekly-digest", "password-reset"])))
    return py(R, "ERROR", "digest batch %d aborted after %d consecutive SendingPausedException; 0 of %d sent" % (R.randint(1, 40), 25, R.randint(400, 500)))


def e_throttle(R):
    # weekly digest fans out with 50 threads against a 14 msg/s quota; retries exhausted, mails dropped
    if R.random() < 0.65:
        return py(R, "ERROR", "giving up on %s after 5 attempts: An error occurred (TooManyRequestsException) when calling the SendEmail operation (reached max retries: 4): Maximum sending rate exceeded." % rcpt(R))
    return py(R, "ERROR", "weekly-digest shard %d finished: sent=%d failed=%d (TooManyRequestsException)" % (R.randint(0, 15), R.randint(300, 900), R.randint(40, 300)))


def e_smtp(R):
    # invoice service's SMTP credentials were derived from an access key that has since been rotated
    if R.random() < 0.65:
        return "%s [invoice-mailer] error: Error: Invalid login: 535 Authentication Credentials Invalid\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\n    at SMTPConnection._actionAUTHComplete (/app/node_modules/nodemailer/lib/smtp-connection/index.js:1577:34) {\n  code: 'EAUTH',\n  response: '535 Authentication Credentials Invalid',\n  responseCode: 535,\n  command: 'AUTH PLAIN'\n}" % iso(R)
    return "%s [invoice-mailer] error: invoice INV-%s not emailed to %s (EAUTH via email-smtp.%s.amazonaws.com:587), queued for retry %d" % (iso(R), digits(R, 7), rcpt(R), REGION, R.randint(1, 9))


def e_keyerror(R):
    # ses-events handler expects a `bounce` key; DeliveryDelay events (newly enabled) crash it and SNS retries
    if R.random() < 0.65:
        return "[ERROR] KeyError: 'bounce'\nTraceback (most recent call last):\n  File \"/var/task/ses_events/handler.py\", line %d, in lambda_handler\n    record_bounce(msg[\"bounce\"], msg[\"mail\"])\n                  ~~~^^^^^^^^^^" % R.randint(38, 41)
    return py(R, "ERROR", "unhandled eventType DeliveryDelay for message %s (delayType %s); raising" % (sesid(R), pick(R, ["TransientCommunicationFailure", "MailboxFull", "IPFailure"])))


def e_cfgset(R):
    # password-reset mailer still names configuration set `pebblecove-transactional`, deleted in a rename
    return py(R, "ERROR", "password reset mail for user %s not sent: An error occurred (NotFoundException) when calling the SendEmail operation: Configuration set <pebblecove-transactional> does not exist." % uuid(R))


def ses_negs():
    def n_delivery(R): return py(R, "INFO", "ses event " + jd({"eventType": "Delivery", "mail": mail(R), "delivery": {"timestamp": iso(R), "processingTimeMillis": R.randint(300, 3000), "recipients": [rcpt(R)], "smtpResponse": "250 2.0.0 OK  %d %s.%d - gsmtp" % (R.randint(1867000000, 1868000000), lower(R, 16), R.randint(100, 999)), "reportingMTA": "a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(1, 9), R.randint(1, 99), REGION)}}))
    def n_send(R): return py(R, "INFO", "ses event " + jd({"eventType": "Send", "mail": mail(R), "send": {}}))
    def n_bounce(R):
        r = rcpt(R)
        return py(R, "INFO", "ses event " + jd({"eventType": "Bounce", "bounce": {"feedbackId": sesid(R), "bounceType": "Permanent", "bounceSubType": pick(R, ["General", "NoEmail", "Suppressed"]), "bouncedRecipients": [{"emailAddress": r, "action": "failed", "status": "5.1.1", "diagnosticCode": "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown" % r}], "timestamp": iso(R), "reportingMTA": "dns; a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(1, 9), R.randint(1, 99), REGION)}, "mail": mail(R)}))
    def n_suppress(R): return py(R, "INFO", "hard bounce for %s***@%s -> added to account suppression list (reason BOUNCE)" % (lower(R, 2), pick(R, ["gmail.com", "hotmail.com", "yahoo.co.uk"])))
    def n_complaint(R): return py(R, "INFO", "ses event " + jd({"eventType": "Complaint", "complaint": {"feedbackId": sesid(R), "complaintSubType": None, "complainedRecipients": [{"emailAddress": rcpt(R)}], "timestamp": iso(R), "userAgent": "Yahoo!-Mail-Feedback/2.0", "complaintFeedbackType": "abuse", "arrivalDate": iso(R)}, "mail": mail(R)}))
    def n_unsub(R): return py(R, "INFO", "complaint from %s***@yahoo.co.uk on campaign %s -> unsubscribed from marketing (expected, rate %.2f%%)" % (lower(R, 2), pick(R, ["weekly-digest", "price-drop"]), R.uniform(0.01, 0.08)))
    def n_transient(R): return py(R, "WARN", "transient bounce MailboxFull for %s***@%s; SES retries automatically, no action" % (lower(R, 2), pick(R, ["btinternet.com", "hotmail.com"])))
    def n_sent(R): return py(R, "INFO", "sent %s to %s***@%s MessageId=%s" % (pick(R, ["receipt", "password-reset", "order-shipped"]), lower(R, 2), pick(R, ["gmail.com", "icloud.com"]), sesid(R)))
    def n_retry_ok(R): return py(R, "WARN", "TooManyRequestsException on SendEmail for receipt %s, retry %d succeeded" % ("RC-" + digits(R, 7), R.randint(1, 2)))
    def n_quota(R): return py(R, "INFO", "GetAccount: SendQuota Max24HourSend=%d MaxSendRate=14 SentLast24Hours=%d; EnforcementStatus=HEALTHY" % (200000, R.randint(20000, 140000)))
    def n_rates(R): return py(R, "INFO", "reputation daily check: bounce rate %.2f%%, complaint rate %.3f%% (thresholds 5%% / 0.1%%) - OK" % (R.uniform(0.5, 1.9), R.uniform(0.005, 0.05)))
    def n_open(R): return py(R, "DEBUG", "ses event " + jd({"eventType": pick(R, ["Open", "Click"]), "mail": mail(R, tags=False), "open": {"ipAddress": pubip(R), "timestamp": iso(R), "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X)"}}))
    def n_start(R): return start(R)
    def n_end(R): return end(R)
    def n_report(R): return report(R, pick(R, [256, 512]))
    def n_init(R): return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(30, 45), REGION, hexs(R, 64))
    def n_smtp_ok(R): return "%s [invoice-mailer] info: invoice INV-%s emailed to %s***@%s (250 Ok %s)" % (iso(R), digits(R, 7), lower(R, 2), pick(R, ["acme-trade.example", "gmail.com"]), sesid(R))
    def n_smtp_conn(R): return "%s [invoice-mailer] debug: SMTP pool: %d connections to email-smtp.%s.amazonaws.com:587 (STARTTLS), idle %d" % (iso(R), R.randint(1, 5), REGION, R.randint(0, 4))
    def n_delay_ok(R): return py(R, "INFO", "Click event for %s recorded (link %s, campaign price-drop)" % (sesid(R), pick(R, ["hero-cta", "footer-unsubscribe", "item-1", "item-2", "item-3"])))
    def n_digest_ok(R): return py(R, "INFO", "weekly-digest shard %d finished: sent=%d failed=0" % (R.randint(0, 15), R.randint(300, 900)))
    def n_reject(R): return py(R, "WARN", "ses event Reject for message %s: Bad content (attachment flagged); user %s notified to re-upload" % (sesid(R), uuid(R)))
    def n_sns_confirm(R): return py(R, "INFO", "SNS %s on arn:aws:sns:%s:%s:pebblecove-ses-events (MessageId %s)" % (pick(R, ["Notification received", "Notification received", "SubscriptionConfirmation handled"]), REGION, ACCT, uuid(R)))
    return [n_delivery, n_send, n_bounce, n_suppress, n_complaint, n_unsub, n_transient, n_sent, n_retry_ok, n_quota, n_rates, n_open, n_start, n_end,
            n_report, n_init, n_smtp_ok, n_smtp_conn, n_delay_ok, n_digest_ok, n_reject, n_sns_confirm]


def fam_ses(R):
    return build(R, F5, [("account-sending-paused-bounce-rate-review", e_paused), ("weekly-digest-max-send-rate-retries-exhausted", e_throttle),
                         ("invoice-mailer-smtp-credentials-rotated-535", e_smtp), ("ses-events-handler-keyerror-deliverydelay", e_keyerror),
                         ("password-reset-configuration-set-deleted", e_cfgset)], ses_negs())


# ---------------------------------------------------------------- sns-mobile-push-apns-fcm-delivery-status
# "kestrel fitness": SNS mobile push for an iOS app (APNS, token-based .p8 auth), a watchOS companion (APNS,
# its own platform application) and an Android app (GCM platform application on FCM HTTP v1 with a service
# account). Delivery-status logs (sns/<region>/<acct>/app/<platform>/<app>[/Failure]) are one JSON per
# delivery; a Python 3.12 `push-publisher` Lambda registers endpoints and publishes.
F6 = "sns-mobile-push-apns-fcm-delivery-status"


def apns_tok(R):
    return hexs(R, 64)


def fcm_tok(R):
    return "%s:APA91b%s" % (alnum(R, 22).replace("_", "-"), alnum(R, 134))


def dstat(R, plat, app, status, code, resp, tok, attempts=1):
    return jd({"notification": {"messageMD5Sum": hexs(R, 32), "messageId": uuid(R), "timestamp": sp(R)},
               "delivery": {"deliveryId": uuid(R), "destination": "arn:aws:sns:%s:%s:endpoint/%s/%s/%s" % (REGION, ACCT, plat, app, uuid(R)),
                            "providerResponse": resp, "dwellTimeMs": R.randint(12, 900), "attempts": attempts, "token": tok, "statusCode": code},
               "status": status})


def f_p8(R):
    # the APNs auth key (.p8) was revoked in the developer portal; every iOS delivery is refused
    return dstat(R, "APNS", "kestrel-ios", "FAILURE", 403, "{\"reason\":\"InvalidProviderToken\"}", apns_tok(R))


def f_fcm_auth(R):
    # the FCM service-account key used by the GCM platform application was deleted in a key cleanup
    if R.random() < 0.75:
        return dstat(R, "GCM", "kestrel-android", "FAILURE", 401, "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.\",\"status\":\"UNAUTHENTICATED\"}}", fcm_tok(R))
    return py(R, "ERROR", "android delivery failure rate %d%% over last 5 min (%d/%d UNAUTHENTICATED) for kestrel-android" % ((100,) + (lambda n: (n, n))(R.randint(200, 900))))


def f_topic(R):
    # the watchOS app's bundle id is not a topic of the APNs key used by its platform application
    return dstat(R, "APNS", "kestrel-watch", "FAILURE", 400, "{\"reason\":\"TopicDisallowed\"}", apns_tok(R))


def f_toolong(R):
    # weekly-summary pushes carry the whole workout list; payload exceeds the 4 KB APNs limit
    if R.random() < 0.7:
        return py(R, "ERROR", "publish weekly-summary to endpoint %s failed: An error occurred (InvalidParameter) when calling the Publish operation: Invalid parameter: Message too long (%d bytes)" % (uuid(R), R.randint(4200, 7900)))
    return py(R, "ERROR", "weekly-summary run %s: published=%d failed=%d (InvalidParameter: Message too long)" % ("WS-%s" % digits(R, 4), R.randint(0, 30), R.randint(800, 4000)))


def f_dup(R):
    # push-publisher calls CreatePlatformEndpoint with a new CustomUserData when a device changes account
    return py(R, "ERROR", "register device for user %s failed: An error occurred (InvalidParameter) when calling the CreatePlatformEndpoint operation: Invalid parameter: Token Reason: Endpoint arn:aws:sns:%s:%s:endpoint/%s/%s already exists with the same Token, but different attributes." % (uuid(R), REGION, ACCT, pick(R, ["APNS/kestrel-ios", "GCM/kestrel-android"]), uuid(R)))


def push_negs():
    def n_apns_ok(R): return dstat(R, "APNS", "kestrel-ios", "SUCCESS", 200, "", apns_tok(R))
    def n_watch_sandbox(R): return dstat(R, "APNS_SANDBOX", "kestrel-ios-dev", "SUCCESS", 200, "", apns_tok(R))
    def n_fcm_ok(R): return dstat(R, "GCM", "kestrel-android", "SUCCESS", 200, "{\"name\":\"projects/kestrel-fitness-prod/messages/0:%d%%%s\"}" % (R.randint(10 ** 15, 10 ** 16), hexs(R, 16)), fcm_tok(R))
    def n_bad_token(R): return dstat(R, "APNS", "kestrel-ios", "FAILURE", 400, "{\"reason\":\"BadDeviceToken\"}", apns_tok(R))
    def n_unreg(R): return dstat(R, "APNS", "kestrel-ios", "FAILURE", 410, "{\"reason\":\"Unregistered\",\"timestamp\":%d}" % epoch_ms(R), apns_tok(R))
    def n_fcm_unreg(R): return dstat(R, "GCM", "kestrel-android", "FAILURE", 404, "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\",\"status\":\"NOT_FOUND\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"UNREGISTERED\"}]}}", fcm_tok(R))
    def n_not_topic(R): return dstat(R, "APNS", "kestrel-ios", "FAILURE", 400, "{\"reason\":\"DeviceTokenNotForTopic\"}", apns_tok(R))
    def n_retry(R): return dstat(R, "GCM", "kestrel-android", "SUCCESS", 200, "{\"name\":\"projects/kestrel-fitness-prod/messages/0:%d%%%s\"}" % (R.randint(10 ** 15, 10 ** 16), hexs(R, 16)), fcm_tok(R), attempts=R.randint(2, 3))
    def n_disabled(R): return py(R, "INFO", "endpoint %s disabled by SNS after provider feedback (Unregistered); deleting and clearing device row" % uuid(R))
    def n_epdisabled(R): return py(R, "WARN", "Publish to %s: EndpointDisabled: Endpoint is disabled - skipped (user uninstalled)" % uuid(R))
    def n_reg_ok(R): return py(R, "INFO", "registered %s device for user %s -> endpoint %s (Enabled=true)" % (pick(R, ["ios", "android", "watch"]), uuid(R), uuid(R)))
    def n_token_update(R): return py(R, "INFO", "SetEndpointAttributes Token refreshed for endpoint %s (%s)" % (uuid(R), pick(R, ["ios", "android"])))
    def n_pub_ok(R): return py(R, "INFO", "%s: published=%d failed=0 in %d ms" % (pick(R, ["workout-reminder", "streak-saver", "class-starting", "friend-kudos"]), R.randint(50, 9000), R.randint(300, 30000)))
    def n_throttle(R): return py(R, "WARN", "Publish throttled (Throttling: Rate exceeded), backoff %d ms, retry succeeded" % R.randint(50, 800))
    def n_start(R): return start(R)
    def n_end(R): return end(R)
    def n_report(R): return report(R, pick(R, [256, 512]))
    def n_quiet(R): return py(R, "INFO", "user %s in quiet hours (%s); %s push deferred" % (uuid(R), pick(R, ["22:00-07:00", "23:00-06:30"]), pick(R, ["friend-kudos", "streak-saver"])))
    def n_debug(R): return py(R, "DEBUG", "APNS payload %d bytes: {\"aps\":{\"alert\":{\"title\":\"%s\",\"body\":\"...\"},\"sound\":\"default\",\"badge\":%d}}" % (R.randint(120, 900), pick(R, ["Time to move", "Class starts in 10 min", "Keep your streak!"]), R.randint(0, 9)))
    def n_optout(R): return py(R, "INFO", "user %s has push opt-out for %s; not publishing" % (uuid(R), pick(R, ["marketing", "friend-kudos"])))
    def n_stats(R): return py(R, "INFO", "hourly push stats ios ok=%d fail=%d (Unregistered/BadDeviceToken) android ok=%d fail=%d (UNREGISTERED)" % (R.randint(2000, 9000), R.randint(5, 60), R.randint(2000, 9000), R.randint(5, 60)))
    return [n_apns_ok, n_watch_sandbox, n_fcm_ok, n_bad_token, n_unreg, n_fcm_unreg, n_not_topic, n_retry, n_disabled, n_epdisabled, n_reg_ok,
            n_token_update, n_pub_ok, n_throttle, n_start, n_end, n_report, n_quiet, n_debug, n_optout, n_stats]


def fam_push(R):
    return build(R, F6, [("ios-apns-p8-key-revoked-invalidprovidertoken", f_p8), ("android-fcm-service-account-key-deleted", f_fcm_auth),
                         ("watch-apns-topic-disallowed", f_topic), ("weekly-summary-payload-too-long", f_toolong),
                         ("create-endpoint-same-token-different-attributes", f_dup)], push_negs())


FAMILIES = {F5: fam_ses, F6: fam_push}
