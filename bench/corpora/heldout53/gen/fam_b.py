"""Families: crmsync-mule4-salesforce-npsp-ec2, campaigns-mautic5-monolog-messenger-ecs.

"crmsync" is the Mule 4.6 application `crm-donor-sync` on a customer-hosted runtime on EC2 (CloudWatch agent tails
mule_ee.log / the app log), moving donors and gifts from the donations PostgreSQL database to Salesforce NPSP with
the Salesforce connector and DataWeave. Mule's log4j2 layout
`LEVEL  2031-03-14 09:12:33,123 [[MuleRuntime].uber.NN: [app].flow.CPU_LITE @hash] [processor: path; event: id] logger: msg`;
the default error handler's starred block (Message / Element / Element DSL / Error type / FlowStack) is one event
(the agent's multi_line_start_pattern is the level + timestamp).

"campaigns" is Mautic 5 (PHP 8.2, Symfony 5.4) on ECS sending email appeals through Amazon SES SMTP and SMS through
the invented provider "Textlark"; monolog LineFormatter `[2031-03-14T09:12:33.123456+00:00] channel.LEVEL: message
{context} {extra}` for the mautic, messenger, doctrine and php channels, plus the cron commands' console output and
PHP's own `PHP Fatal error:` stderr lines."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, DOMAIN,
                    comma_ts, iso_z, moment)

# ---------------------------------------------------------------- crmsync-mule4-salesforce-npsp-ec2
F1 = "crmsync-mule4-salesforce-npsp-ec2"
APP = "crm-donor-sync"
FLOWS = ["sync-donors-flow", "sync-gifts-flow", "sync-recurring-flow", "sync-consents-flow"]


def ml(R, lvl, flow, logger, msg, proc=True, pool="CPU_LITE"):
    thread = "[[MuleRuntime].uber.%02d: [%s].%s.%s @%s]" % (R.randint(1, 24), APP, flow, pool, hexs(R, 8))
    p = " [processor: %s/processors/%d; event: %s]" % (flow, R.randint(0, 9), uuid(R)) if proc else " [processor: ; event: %s]" % uuid(R)
    return "%-5s %s %s%s %s: %s" % (lvl, comma_ts(R), thread, p, logger, msg)


def merr(R, flow, message, element, dsl, etype):
    head = ml(R, "ERROR", flow, "org.mule.runtime.core.internal.exception.OnErrorPropagateHandler", "", proc=False, pool=pick(R, ["BLOCKING", "CPU_LITE", "IO"]))
    stars = "*" * 80
    return head + "\n" + stars + "\n" + (
        "Message               : %s\n"
        "Element               : %s\n"
        "Element DSL           : %s\n"
        "Error type            : %s\n"
        "FlowStack             : at %s(%s)\n\n"
        "  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)\n" % (message, element, dsl, etype, flow, element)) + stars


def oid(R):
    return "006" + alnum(R, 15)


def cid(R):
    return "003" + alnum(R, 15)


def donor(R):
    return "D%07d" % R.randint(1, 9999999)


OBJ = {"sync-donors-flow": ("Contacts", "Contact"), "sync-gifts-flow": ("Opportunities", "Opportunity"),
       "sync-recurring-flow": ("Recurring Donations", "npe03__Recurring_Donation__c"), "sync-consents-flow": ("Consents", "Consent__c")}
LOGGER = "org.mule.runtime.core.internal.processor.LoggerMessageProcessor"


def cs_refresh(R):
    # the integration user's password was reset under the 90-day policy, which revoked the connected app's OAuth
    # refresh token; the connector cannot get a session and nothing reaches Salesforce
    if R.random() < 0.6:
        flow = pick(R, FLOWS)
        label, obj = OBJ[flow]
        return merr(R, flow, "Failed to refresh access token: expired access/refresh token (invalid_grant)",
                    "%s/processors/%d @ %s:flows/%s.xml:%d (Upsert %s)" % (flow, R.randint(2, 5), APP, flow.split("-")[1], R.randint(30, 80), label),
                    "<salesforce:upsert doc:name=\"Upsert %s\" config-ref=\"Salesforce_Config\" objectType=\"%s\" externalIdFieldName=\"Larchwyn_Id__c\" />" % (label, obj),
                    "SALESFORCE:CONNECTIVITY")
    return ml(R, "ERROR", pick(R, FLOWS), "org.mule.runtime.core.internal.connection.ConnectionUtils",
              "Connection validation failed for config 'Salesforce_Config': invalid_grant: expired access/refresh token", proc=False, pool="BLOCKING")


def cs_required_field(R):
    # an admin activated the validation rule "Gift Aid status required" on Opportunity; the gift mapping does not
    # send Gift_Aid_Status__c, so most gift upserts fail record by record
    if R.random() < 0.55:
        return ml(R, "ERROR", "sync-gifts-flow", LOGGER,
                  "Opportunity upsert batch %d: %d succeeded, %d failed; first error FIELD_CUSTOM_VALIDATION_EXCEPTION: Gift Aid status is required for UK gifts [Gift_Aid_Status__c]" % (R.randint(1, 400), R.randint(0, 40), R.randint(150, 200)))
    return ml(R, "WARN", "sync-gifts-flow", LOGGER,
              "Gift %s not synced (Opportunity %s): FIELD_CUSTOM_VALIDATION_EXCEPTION Gift Aid status is required for UK gifts" % ("G%08d" % R.randint(1, 99999999), pick(R, ["new", oid(R)])))


def cs_api_limit(R):
    # the consents flow was changed to upsert one record per call (no batching); the org's 24-hour API request
    # allocation runs out by mid-afternoon and every flow stops until the window rolls
    if R.random() < 0.55:
        flow = pick(R, FLOWS)
        label, obj = OBJ[flow]
        return merr(R, flow, "TotalRequests Limit exceeded.",
                    "%s/processors/%d @ %s:flows/%s.xml:%d (Upsert %s)" % (flow, R.randint(2, 5), APP, flow.split("-")[1], R.randint(30, 80), label),
                    "<salesforce:upsert doc:name=\"Upsert %s\" config-ref=\"Salesforce_Config\" objectType=\"%s\" externalIdFieldName=\"Larchwyn_Id__c\" />" % (label, obj),
                    "SALESFORCE:LIMIT_EXCEEDED")
    return ml(R, "ERROR", "sync-consents-flow", LOGGER, "Consent sync halted: REQUEST_LIMIT_EXCEEDED (DailyApiRequests remaining 0 of %d); %d consent changes left in queue" % (R.choice([1015000, 1015000]), R.randint(2000, 60000)))


def cs_db(R):
    # the donations RDS instance moved to a new security group that does not admit the Mule EC2 hosts; the source
    # queries cannot connect and no donor or gift is read
    if R.random() < 0.55:
        flow = pick(R, FLOWS)
        return merr(R, flow, "Connection attempt failed. Connection refused (Connection refused) - Could not establish connection to donations-db.c%s.%s.rds.amazonaws.com:5432" % (lower(R, 12), REGION),
                    "%s/processors/0 @ %s:flows/%s.xml:%d (Select changed since watermark)" % (flow, APP, flow.split("-")[1], R.randint(12, 25)),
                    "<db:select doc:name=\"Select changed since watermark\" config-ref=\"Donations_DB\" />",
                    "DB:CONNECTIVITY")
    return ml(R, "ERROR", pick(R, FLOWS), "org.mule.runtime.core.internal.connection.ConnectionUtils",
              "Reconnection strategy exhausted after %d attempts for config 'Donations_DB': org.postgresql.util.PSQLException: Connection to donations-db.c%s.%s.rds.amazonaws.com:5432 refused." % (R.randint(3, 5), lower(R, 12), REGION), proc=False, pool="IO")


def cs_dw_null(R):
    # the donor mapping (donor-to-contact.dwl) concatenates postcode without a default; donors who gave online
    # without a postal address make the whole batch fail with a DataWeave coercion error
    line = R.randint(12, 40)
    if R.random() < 0.6:
        return merr(R, "sync-donors-flow", "\"Cannot coerce Null (null) to String\n\n%d|     MailingPostalCode: upper(payload.address.postcode ++ \"\"),\n                                  ^^^^^^^^^^^^^^^^^^^^^^^^\nTrace:\n  at upper (line: %d, column: 24)\n  at main (line: %d, column: 24)\" evaluating expression: \"%%dw 2.0 output application/java --- ...\"." % (line, line, line),
                    "sync-donors-flow/processors/2 @ %s:flows/donors.xml:%d (Transform donor to Contact)" % (APP, R.randint(40, 60)),
                    "<ee:transform doc:name=\"Transform donor to Contact\" />", "MULE:EXPRESSION")
    return ml(R, "ERROR", "sync-donors-flow", LOGGER, "Donor batch %d not synced (%d donors): MULE:EXPRESSION Cannot coerce Null (null) to String in donor-to-contact.dwl" % (R.randint(1, 900), R.randint(50, 200)))


def cs_negs():
    def n_deploy(R):
        return pick(R, [
            "INFO  %s [WrapperListener_start_runner] org.mule.runtime.module.deployment.impl.internal.application.DefaultMuleApplication: Starting app '%s'" % (comma_ts(R), APP),
            "INFO  %s [ArtifactDeployer.start.01] org.mule.runtime.module.deployment.internal.DefaultArchiveDeployer: Deployed artifact '%s-1.%d.%d-mule-application'" % (comma_ts(R), APP, R.randint(8, 9), R.randint(0, 9)),
            "INFO  %s [WrapperListener_start_runner] org.mule.runtime.core.internal.lifecycle.AbstractLifecycleManager: Starting flow: %s" % (comma_ts(R), pick(R, FLOWS)),
            "INFO  %s [WrapperListener_stop_runner] org.mule.runtime.core.internal.lifecycle.AbstractLifecycleManager: Stopping flow: %s" % (comma_ts(R), pick(R, FLOWS)),
            "WARN  %s [WrapperListener_start_runner] org.mule.runtime.module.extension.internal.loader.java.DefaultJavaModelLoaderDelegate: Extension 'Salesforce' declares a deprecated parameter 'readTimeoutUnit' in configuration 'Salesforce_Config'" % comma_ts(R)])

    def n_batch(R):
        flow = pick(R, FLOWS)
        obj = {"sync-donors-flow": "Contact", "sync-gifts-flow": "Opportunity", "sync-recurring-flow": "npe03__Recurring_Donation__c", "sync-consents-flow": "Consent__c"}[flow]
        n = R.randint(20, 200)
        return pick(R, [
            ml(R, "INFO", flow, LOGGER, "%s upsert batch %d: %d succeeded, 0 failed" % (obj, R.randint(1, 400), n)),
            ml(R, "INFO", flow, LOGGER, "Run %s finished: read=%d upserted=%d skipped=%d errors=0 watermark=%s" % (uuid(R)[:8], n, n - R.randint(0, 10), R.randint(0, 10), iso_z(R))),
            ml(R, "INFO", flow, LOGGER, "Scheduler fired; selecting rows changed since %s" % iso_z(R)),
            ml(R, "DEBUG", flow, LOGGER, jd({"batch": R.randint(1, 400), "object": obj, "size": n, "bulk": False, "errors": []}))])

    def n_skip(R):
        return pick(R, [
            ml(R, "INFO", "sync-donors-flow", LOGGER, "Donor %s skipped: GDPR erasure requested on 2031-03-%02d, Contact %s anonymised instead" % (donor(R), R.randint(2, 28), cid(R))),
            ml(R, "INFO", "sync-donors-flow", LOGGER, "Donor %s skipped: test donor (email @%s)" % (donor(R), pick(R, ["example.org", "larchwyn.example"]))),
            ml(R, "INFO", "sync-gifts-flow", LOGGER, "Gift %s already in Salesforce as Opportunity %s (DUPLICATE_VALUE on Larchwyn_Id__c handled by On Error Continue)" % ("G%08d" % R.randint(1, 99999999), oid(R))),
            ml(R, "WARN", "sync-gifts-flow", LOGGER, "Gift %s refunded by donor request; Opportunity %s set to Closed Lost" % ("G%08d" % R.randint(1, 99999999), oid(R)))])

    def n_retry(R):
        return pick(R, [
            ml(R, "WARN", pick(R, FLOWS), "org.mule.runtime.core.internal.connection.ConnectionUtils", "Connection attempt 1 for config 'Salesforce_Config' failed (Read timed out); retrying in 2000 ms", proc=False, pool="IO"),
            ml(R, "INFO", pick(R, FLOWS), "org.mule.runtime.core.internal.connection.ConnectionUtils", "Reconnection succeeded for config '%s' after %d attempt(s)" % (pick(R, ["Salesforce_Config", "Donations_DB"]), R.randint(1, 2)), proc=False, pool="IO"),
            ml(R, "INFO", pick(R, FLOWS), LOGGER, "Salesforce API usage: DailyApiRequests remaining %d of 1015000" % R.randint(400000, 1000000))])

    def n_consents(R):
        return ml(R, "INFO", "sync-consents-flow", LOGGER, "Consent change for %s: email=%s sms=%s post=%s (source %s)" % (donor(R), pick(R, ["opt-in", "opt-out"]), pick(R, ["opt-in", "opt-out", "unchanged"]), pick(R, ["opt-in", "unchanged"]), pick(R, ["donation form", "preference centre", "unsubscribe link", "supporter care call"])))

    return [n_deploy, n_batch, n_batch, n_batch, n_skip, n_retry, n_consents]


def crmsync(R):
    return build(R, F1, [("sf-refresh-token-revoked-by-password-reset", cs_refresh), ("opportunity-gift-aid-validation-rule", cs_required_field),
                         ("consents-unbatched-daily-api-limit", cs_api_limit), ("donations-db-security-group-refuses-mule", cs_db),
                         ("donor-mapping-null-postcode", cs_dw_null)], cs_negs())


# ---------------------------------------------------------------- campaigns-mautic5-monolog-messenger-ecs
F2 = "campaigns-mautic5-monolog-messenger-ecs"


def mts(R):
    m = moment(R)
    return m.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % m.microsecond


def mo(R, ch, lvl, msg, ctx=None, extra=None):
    return "[%s] %s.%s: %s %s %s" % (mts(R), ch, lvl, msg, jd(ctx) if ctx else "[]", jd(extra) if extra else "[]")


def contact(R):
    return R.randint(1000, 480000)


def email(R):
    return "%s.%s@%s" % (pick(R, ["amira", "tom", "june", "raj", "eleri", "ollie", "fay", "kwame", "bea", "ian"]), lower(R, 5), pick(R, ["mailbox.example", "post.example", "inbox.example", "webmail.example"]))


def mc_smtp(R):
    # the SES SMTP credentials were regenerated for the IAM user (old access key deleted) but MAUTIC_MAILER_DSN was
    # not updated: every email send is refused with 535
    if R.random() < 0.55:
        return mo(R, "messenger", "ERROR", "Error thrown while handling message Mautic\\EmailBundle\\MessageHandler\\EmailSendHandler. Removing from transport after 3 retries. Error: \"Expected response code \\\"235\\\" but got code \\\"535\\\", with message \\\"535 Authentication Credentials Invalid\\\".\"",
                  {"class": "Mautic\\EmailBundle\\Message\\EmailSendMessage", "retryCount": 3, "error": "Expected response code \"235\" but got code \"535\", with message \"535 Authentication Credentials Invalid\".", "exception": "[object] (Symfony\\Component\\Mailer\\Exception\\TransportException(code: 535): Expected response code \"235\" but got code \"535\" at /var/www/html/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:%d)" % R.randint(330, 345)})
    return mo(R, "mautic", "ERROR", "Email %d to contact %d failed: 535 Authentication Credentials Invalid (email-smtp.%s.amazonaws.com:587)" % (R.randint(10, 400), contact(R), REGION))


def mc_rate(R):
    # the spring appeal was sent with 8 messenger consumers x 10 msg/s while the SES account's maximum send rate is
    # 14/s; sends beyond it are throttled until the retries run out and those donors never get the appeal
    if R.random() < 0.55:
        return mo(R, "messenger", "ERROR", "Error thrown while handling message Mautic\\EmailBundle\\MessageHandler\\EmailSendHandler. Removing from transport after 3 retries. Error: \"Expected response code \\\"250\\\" but got code \\\"454\\\", with message \\\"454 Throttling failure: Maximum sending rate exceeded.\\\".\"",
                  {"class": "Mautic\\EmailBundle\\Message\\EmailSendMessage", "retryCount": 3, "error": "Expected response code \"250\" but got code \"454\", with message \"454 Throttling failure: Maximum sending rate exceeded.\"."})
    return mo(R, "mautic", "ERROR", "Email %d (SPRING31 appeal) to contact %d not sent: 454 Throttling failure: Maximum sending rate exceeded." % (R.randint(10, 400), contact(R)))


def mc_sms(R):
    # the Textlark account was migrated to a new sub-account where the alphanumeric sender id LARCHWYN is not
    # registered for GB; every SMS is rejected
    if R.random() < 0.6:
        return mo(R, "mautic", "ERROR", "TextlarkTransport: send to contact %d failed: HTTP 400 {\"code\":\"sender_not_registered\",\"message\":\"Sender ID LARCHWYN is not registered for destination country GB\"}" % contact(R), {"campaign": R.randint(1, 60), "event": R.randint(100, 900)})
    return mo(R, "mautic", "WARNING", "Campaign event %d (Send SMS) failed for %d contacts: sender_not_registered; events marked failed" % (R.randint(100, 900), R.randint(20, 4000)))


def mc_memory(R):
    # mautic:segments:update runs under PHP's default memory_limit 512M; the "all active donors" segment (410k
    # contacts) exhausts it, the command dies and segment membership stops updating (campaigns run on stale lists)
    r = R.random()
    if r < 0.4:
        return "PHP Fatal error:  Allowed memory size of 536870912 bytes exhausted (tried to allocate %d bytes) in /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Result.php on line %d" % (pick(R, [20480, 65536, 4096, 262144]), R.randint(30, 90))
    if r < 0.75:
        return mo(R, "mautic", "CRITICAL", "Fatal Error: Allowed memory size of 536870912 bytes exhausted (tried to allocate %d bytes)" % pick(R, [20480, 65536, 8192, 131072]),
                  {"exception": "[object] (Symfony\\Component\\ErrorHandler\\Error\\OutOfMemoryError(code: 0): Error: Allowed memory size of 536870912 bytes exhausted at /var/www/html/vendor/doctrine/dbal/src/Driver/PDO/Result.php:%d)" % R.randint(30, 90), "command": "mautic:segments:update --batch-limit=%d" % pick(R, [300, 500, 1000])})
    return "cron: mautic:segments:update exited with status 255 after %d s (segment %d \"All active donors\" not rebuilt)" % (R.randint(40, 900), pick(R, [3, 3, 7]))


def mc_migration(R):
    # the image was upgraded to Mautic 5.1 but doctrine:migrations:migrate did not run; the campaign trigger queries a
    # column that does not exist yet, so no campaign event fires
    if R.random() < 0.6:
        return mo(R, "mautic", "ERROR", "An exception occurred while executing a query: SQLSTATE[42S22]: Column not found: 1054 Unknown column 't0.deduplicate' in 'field list'",
                  {"exception": "[object] (Doctrine\\DBAL\\Exception\\InvalidFieldNameException(code: 1054): An exception occurred while executing a query: SQLSTATE[42S22]: Column not found: 1054 Unknown column 't0.deduplicate' in 'field list' at /var/www/html/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:%d)" % R.randint(60, 70), "command": "mautic:campaigns:trigger"})
    return "cron: mautic:campaigns:trigger --campaign-id=%d exited with status 1: [Doctrine\\DBAL\\Exception\\InvalidFieldNameException] Unknown column 't0.deduplicate' in 'field list'" % R.randint(1, 60)


def mc_negs():
    def n_trigger(R):
        return pick(R, [
            "Triggering events for campaign %d\nTriggering events for newly added contacts\n%d total events(s) to be processed in batches of 100 contacts\n\n%d total events were executed\n%d total events were scheduled" % (R.randint(1, 60), R.randint(0, 900), R.randint(0, 900), R.randint(0, 300)),
            "Triggering events for campaign %d\nTriggering events for newly added contacts\n0 total events(s) to be processed in batches of 100 contacts\n\n0 total events were executed\n0 total events were scheduled" % R.randint(1, 60),
            "Rebuilding contacts for segment %d\n%d total contact(s) to be added in batches of 300\n%d total contact(s) to be removed in batches of 300\n%d total contact(s) added" % (R.randint(1, 40), R.randint(0, 3000), R.randint(0, 400), R.randint(0, 3000))])

    def n_sent(R):
        return pick(R, [
            mo(R, "mautic", "INFO", "Email %d sent to contact %d (%s)" % (R.randint(10, 400), contact(R), pick(R, ["SPRING31 appeal", "thank-you journey step 2", "event reminder RUN10K-31", "legacy week newsletter"]))),
            mo(R, "messenger", "INFO", "Message Mautic\\EmailBundle\\Message\\EmailSendMessage handled by Mautic\\EmailBundle\\MessageHandler\\EmailSendHandler::__invoke", {"class": "Mautic\\EmailBundle\\Message\\EmailSendMessage", "handler": "Mautic\\EmailBundle\\MessageHandler\\EmailSendHandler::__invoke"}),
            mo(R, "mautic", "INFO", "TextlarkTransport: SMS queued for contact %d, message id tl_%s, segments=%d, error=null" % (contact(R), alnum(R, 16), R.randint(1, 2)))])

    def n_bounce(R):
        return pick(R, [
            mo(R, "mautic", "INFO", "SES bounce for %s (Permanent/General, 550 5.1.1 user unknown); contact %d marked do-not-contact (bounced)" % (email(R), contact(R))),
            mo(R, "mautic", "INFO", "SES complaint from %s; contact %d marked do-not-contact (unsubscribed)" % (email(R), contact(R))),
            mo(R, "mautic", "INFO", "Contact %d unsubscribed via link in email %d; removed from segment %d" % (contact(R), R.randint(10, 400), R.randint(1, 40))),
            mo(R, "mautic", "NOTICE", "Contact %d skipped for email %d: do-not-contact (%s)" % (contact(R), R.randint(10, 400), pick(R, ["unsubscribed", "bounced", "manual"])))])

    def n_retry(R):
        return mo(R, "messenger", "WARNING", "Error thrown while handling message Mautic\\EmailBundle\\MessageHandler\\EmailSendHandler. Sending for retry #%d using %d ms delay. Error: \"Connection to \\\"email-smtp.%s.amazonaws.com:587\\\" timed out.\"" % (R.randint(1, 2), pick(R, [1000, 2000, 4000]), REGION),
                  {"class": "Mautic\\EmailBundle\\Message\\EmailSendMessage", "retryCount": R.randint(1, 2), "delay": pick(R, [1000, 2000])})

    def n_request(R):
        return pick(R, [
            (lambda rt: mo(R, "request", "INFO", "Matched route \"%s\"." % rt, {"route": rt, "route_parameters": {"_route": rt, "idHash": hexs(R, 13)}, "request_uri": "https://campaigns.%s/email/%s" % (DOMAIN, hexs(R, 13)), "method": "GET"}))(pick(R, ["mautic_email_webview", "mautic_email_tracker", "mautic_email_unsubscribe"])),
            mo(R, "php", "INFO", "User Deprecated: Since symfony/framework-bundle 5.1: The \"session.storage.native\" service is deprecated, use \"session.storage.factory.native\" instead.", {"exception": "[object] (ErrorException(code: 0): User Deprecated: Since symfony/framework-bundle 5.1 at /var/www/html/vendor/symfony/deprecation-contracts/function.php:25)"}),
            mo(R, "mautic", "DEBUG", "SNS notification %s accepted (type Bounce, topic arn:aws:sns:%s:%s:ses-events)" % (uuid(R), REGION, ACCT)),
            mo(R, "mautic", "INFO", "SNS notification %s already processed; duplicate delivery ignored" % uuid(R))])

    def n_cron(R):
        return pick(R, [
            "cron: mautic:emails:send --message-limit=%d finished in %d s (sent=%d failed=0)" % (pick(R, [500, 1000]), R.randint(5, 300), R.randint(0, 1000)),
            "cron: mautic:segments:update finished in %d s (segments=%d, errors=0)" % (R.randint(5, 120), R.randint(10, 40)),
            "cron: mautic:import --limit=%d finished: %d contacts imported, %d skipped (duplicate email)" % (pick(R, [500, 1000]), R.randint(0, 900), R.randint(0, 40))])

    return [n_trigger, n_sent, n_sent, n_bounce, n_bounce, n_retry, n_request, n_cron]


def campaigns(R):
    return build(R, F2, [("ses-smtp-credentials-regenerated", mc_smtp), ("ses-max-send-rate-appeal-burst", mc_rate),
                         ("textlark-sender-id-not-registered", mc_sms), ("segments-update-memory-limit-512m", mc_memory),
                         ("mautic51-migrations-not-run", mc_migration)], mc_negs())


FAMILIES = {F1: crmsync, F2: campaigns}
