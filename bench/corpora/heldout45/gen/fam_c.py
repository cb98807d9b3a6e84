"""Families: feepay-symfony7-monolog-php83-ecs, notify-dotnet48-winsvc-eventlog-cwagent.

fernvale's fee payment gateway is a Symfony 7 application (PHP 8.3-FPM on ECS Fargate, PostgreSQL on RDS,
Symfony Messenger on Redis) in front of an invented card/bank-transfer payment provider ("PayNodo",
api.paynodo.example) reached over mutual TLS, which confirms payments through signed webhooks. It logs with Monolog's
default LineFormatter to stderr (`[2030-07-06T13:04:11.123456+00:00] channel.LEVEL: message {context} {extra}`). The
notifications service is a .NET Framework 4.8 Windows service (Fernvale.Notify) on EC2 Windows Server 2022 that reads
a SQL Server outbox and sends e-mail through the Amazon SES SMTP interface and SMS through an invented SMS provider;
it writes to the Windows Application event log, and the CloudWatch agent ships the Application and System logs with
`event_format: text` (`[Channel] [LEVEL] [EventID] [Provider] [Computer] [Description]`, one event per record)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    monolog_ts, day, hms, jd)

# ---------------------------------------------------------------- feepay-symfony7-monolog-php83-ecs
C1 = "feepay-symfony7-monolog-php83-ecs"


def fee(R):
    return "FEE-%s" % upper(R, 10)


def mono(R, ch, lvl, msg, ctx=None, extra=None):
    c = jd(ctx) if ctx else "[]"
    e = jd(extra) if extra else "[]"
    return "[%s] %s.%s: %s %s %s" % (monolog_ts(R), ch, lvl, msg, c, e)


def rid(R):
    return {"request_id": hexs(R, 16)}


def e_webhook(R):
    # PayNodo's webhook signing secret was rolled in the provider console on 2030-07-08 but not in the app's
    # secret; every "payment.captured" webhook is refused, so paid fees stay pending and permits are not released
    t = R.random()
    if t < 0.5:
        return mono(R, "app", "ERROR", "Webhook signature verification failed", {"psp": "paynodo", "event": pick(R, ["payment.captured", "payment.settled", "refund.completed"]), "payment": fee(R), "header": "PayNodo-Signature", "scheme": "v1"}, rid(R))
    if t < 0.8:
        return mono(R, "request", "ERROR", "Uncaught PHP Exception App\\Payment\\Exception\\InvalidWebhookSignatureException: \"Signature mismatch for PayNodo event evt_%s\" at /app/src/Payment/Webhook/SignatureVerifier.php line %d" % (alnum(R, 20), R.randint(40, 60)),
                    {"exception": "[object] (App\\Payment\\Exception\\InvalidWebhookSignatureException(code: 0): Signature mismatch for PayNodo event evt_%s at /app/src/Payment/Webhook/SignatureVerifier.php:%d)" % (alnum(R, 20), R.randint(40, 60))}, rid(R))
    return mono(R, "app", "CRITICAL", "Payments stuck in PENDING past the webhook deadline", {"count": R.randint(20, 400), "oldest": "2030-07-%02dT%s+00:00" % (R.randint(8, 12), hms(R)), "psp": "paynodo"})


def e_migration(R):
    # release 3.8 reads fee_schedule.vat_code but the Doctrine migration that adds it was not run on production;
    # the fee calculation behind every checkout fails with a 500
    t = R.random()
    if t < 0.6:
        return mono(R, "request", "CRITICAL", "Uncaught PHP Exception Doctrine\\DBAL\\Exception\\InvalidFieldNameException: \"An exception occurred while executing a query: SQLSTATE[42703]: Undefined column: 7 ERROR:  column f0_.vat_code does not exist\nLINE 1: SELECT f0_.id AS id_0, f0_.code AS code_1, f0_.vat_code AS v...\n                                                   ^\" at /app/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php line 71",
                    {"exception": "[object] (Doctrine\\DBAL\\Exception\\InvalidFieldNameException(code: 7): An exception occurred while executing a query: SQLSTATE[42703]: Undefined column: 7 ERROR:  column f0_.vat_code does not exist at /app/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php:71)"}, rid(R))
    return mono(R, "app", "ERROR", "Fee calculation failed, checkout aborted", {"application": "PA-2030-%06d" % R.randint(1000, 99999), "schedule": pick(R, ["EDIL-2030", "EVENT-2030", "OCC-2030"]), "error": "column f0_.vat_code does not exist"}, rid(R))


def e_redis(R):
    # the Redis node used as Messenger transport hit maxmemory (noeviction) because failed receipts pile up in the
    # failure transport; new receipt and ledger messages cannot be queued
    t = R.random()
    if t < 0.5:
        return mono(R, "messenger", "CRITICAL", "Error thrown while dispatching message App\\Message\\SendReceipt: OOM command not allowed when used memory > 'maxmemory'.",
                    {"class": "App\\Message\\SendReceipt", "exception": "[object] (Symfony\\Component\\Messenger\\Exception\\TransportException(code: 0): OOM command not allowed when used memory > 'maxmemory'. at /app/vendor/symfony/redis-messenger/Transport/Connection.php:%d)" % R.randint(480, 520)}, rid(R))
    return mono(R, "app", "ERROR", "Ledger entry for %s not queued: RedisException: OOM command not allowed when used memory > 'maxmemory'." % fee(R), {"transport": "async_ledger"}, rid(R))


def e_mtls(R):
    # the client certificate the gateway presents to PayNodo (mutual TLS) expired on 2030-07-15; new payment
    # intents and refunds are refused at the TLS layer
    t = R.random()
    if t < 0.6:
        return mono(R, "app", "ERROR", "Payment intent creation failed", {"psp": "paynodo", "amount": "%d.%02d" % (R.randint(16, 900), R.randint(0, 99)), "currency": "EUR",
                                                                         "exception": "[object] (Symfony\\Component\\HttpClient\\Exception\\TransportException(code: 0): OpenSSL SSL_read: error:0A000415:SSL routines::sslv3 alert certificate expired, errno 0 for \"https://api.paynodo.example/v2/payment-intents\". at /app/vendor/symfony/http-client/Chunk/ErrorChunk.php:%d)" % R.randint(56, 70)}, rid(R))
    return mono(R, "app", "ERROR", "Refund %s failed: TLS alert certificate expired from api.paynodo.example (client certificate CN=feepay.fernvale.example, notAfter 2030-07-15T00:00:00Z)" % ("RF-" + upper(R, 8)), {"attempt": R.randint(1, 3)}, rid(R))


def e_recon(R):
    # the nightly reconciliation command loads the whole settlement file and all month-to-date payments into memory;
    # memory_limit 128M on the scheduled task is exhausted and reconciliation has not completed since 2030-07-10
    t = R.random()
    d = "2030-07-%02d" % R.randint(10, 27)
    if t < 0.5:
        return mono(R, "php", "CRITICAL", "Fatal Error: Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes)" % pick(R, [4096, 8192, 20480, 65536, 2097160]),
                    {"exception": "[object] (Symfony\\Component\\ErrorHandler\\Error\\OutOfMemoryError(code: 0): Error: Allowed memory size of 134217728 bytes exhausted at /app/vendor/doctrine/orm/src/Internal/Hydration/%s.php:%d)" % (pick(R, ["ObjectHydrator", "AbstractHydrator"]), R.randint(100, 400))}, {"command": "app:reconcile:daily"})
    return mono(R, "console", "CRITICAL", "Error thrown while running command \"'app:reconcile:daily' --date=%s\". Message: \"Error: Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes)\"" % (d, pick(R, [4096, 8192, 20480])),
                {"exception": "[object] (Symfony\\Component\\ErrorHandler\\Error\\OutOfMemoryError(code: 0))", "command": "'app:reconcile:daily' --date=%s" % d, "message": "Error: Allowed memory size of 134217728 bytes exhausted"})


def pay_negs():
    def n_route(R):
        return mono(R, "request", "INFO", "Matched route \"%s\"." % pick(R, ["checkout_start", "checkout_return", "webhook_paynodo", "receipt_download", "health"]), {"route": "checkout_start", "route_parameters": {"_route": "checkout_start"}, "request_uri": "https://pay.%s/checkout/%s" % (DOMAIN, fee(R)), "method": pick(R, ["GET", "POST"])}, rid(R))

    def n_created(R):
        return mono(R, "app", "INFO", "Payment intent created", {"payment": fee(R), "psp": "paynodo", "amount": "%d.%02d" % (R.randint(16, 900), R.randint(0, 99)), "currency": "EUR", "method": pick(R, ["card", "sepa_instant", "pagobancomat"])}, rid(R))

    def n_captured(R):
        return mono(R, "app", "INFO", "Payment captured, permit fee settled", {"payment": fee(R), "application": "PA-2030-%06d" % R.randint(1000, 99999), "error": None}, rid(R))

    def n_declined(R):
        return mono(R, "app", "NOTICE", "Card payment declined by issuer", {"payment": fee(R), "decline_code": pick(R, ["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc", "authentication_required"])}, rid(R))

    def n_cancel(R):
        return mono(R, "app", "INFO", "Checkout abandoned by citizen (session expired after 15 minutes)", {"payment": fee(R)}, rid(R))

    def n_404(R):
        u = pick(R, ["/wp-login.php", "/.git/config", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/checkout/FEE-UNKNOWN", "/admin.php", "/api/v1/receipts/000000"])
        return mono(R, "request", "ERROR", "Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: \"No route found for \"GET https://pay.%s%s\"\" at /app/vendor/symfony/http-kernel/EventListener/RouterListener.php line 149" % (DOMAIN, u),
                    {"exception": "[object] (Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException(code: 0): No route found for \"GET https://pay.%s%s\" at /app/vendor/symfony/http-kernel/EventListener/RouterListener.php:149)" % (DOMAIN, u)}, rid(R))

    def n_405(R):
        return mono(R, "request", "ERROR", "Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\MethodNotAllowedHttpException: \"No route found for \"%s https://pay.%s/webhook/paynodo\": Method Not Allowed (Allow: POST)\" at /app/vendor/symfony/http-kernel/EventListener/RouterListener.php line 155" % (pick(R, ["GET", "HEAD", "PUT", "OPTIONS"]), DOMAIN), {"ip": pubip(R)}, rid(R))

    def n_badref(R):
        return mono(R, "app", "NOTICE", "Payment reference not found", {"entered": "PA-2030-%s" % digits(R, pick(R, [5, 7])), "hint": "citizen typed an invalid application number"}, rid(R))

    def n_doctrine(R):
        return mono(R, "doctrine", "DEBUG", "Executing statement: SELECT t0.id AS id_1, t0.status AS status_2 FROM payment t0 WHERE t0.reference = ? LIMIT 1 (parameters: {params}, types: {types})", {"sql": "SELECT ...", "params": {"1": fee(R)}, "types": {"1": 2}})

    def n_retry(R):
        return mono(R, "messenger", "WARNING", "Error thrown while handling message App\\Message\\SendReceipt. Sending for retry #1 using %d ms delay. Error: \"Connection timed out after 10001 milliseconds for \"https://notify.int.%s/api/receipts\"\"" % (pick(R, [1000, 2000]), DOMAIN), {"class": "App\\Message\\SendReceipt", "retryCount": 1, "delay": 1000, "error": "Connection timed out"})

    def n_handled(R):
        return mono(R, "messenger", "INFO", "Message %s handled by %s" % (pick(R, ["App\\Message\\SendReceipt", "App\\Message\\PostLedgerEntry", "App\\Message\\NotifyPermitPortal"]), pick(R, ["App\\MessageHandler\\SendReceiptHandler::__invoke", "App\\MessageHandler\\LedgerHandler::__invoke"])), {"class": "App\\Message\\SendReceipt", "message_id": str(R.randint(1000, 999999))})

    def n_dupwh(R):
        return mono(R, "app", "INFO", "Duplicate webhook ignored (already processed)", {"event": "evt_%s" % alnum(R, 20), "payment": fee(R), "idempotency": "hit"}, rid(R))

    def n_whok(R):
        return mono(R, "app", "INFO", "Webhook verified", {"psp": "paynodo", "event": pick(R, ["payment.captured", "payment.failed", "payment.expired"]), "payment": fee(R), "signature": "ok"}, rid(R))

    def n_deprecation(R):
        return mono(R, "php", "INFO", "User Deprecated: %s" % pick(R, ["Since symfony/framework-bundle 7.1: Setting the \"framework.router.utf8\" configuration option is deprecated.", "Since doctrine/doctrine-bundle 2.12: The default value of \"doctrine.orm.controller_resolver.auto_mapping\" will be changed from `true` to `false`.", "Method \"Symfony\\Component\\HttpKernel\\Bundle\\Bundle::build()\" might add \"void\" as a native return type declaration in the future."]), {"exception": "[object] (ErrorException(code: 0))"})

    def n_security(R):
        return mono(R, "security", "DEBUG", "Checking for authenticator support.", {"firewall_name": pick(R, ["main", "webhook", "api"]), "authenticators": R.randint(1, 3)})

    def n_recon_ok(R):
        return mono(R, "console", "INFO", "Command \"'app:payouts:export' --date=2030-07-%02d\" exited with code \"0\"" % day(R), {"command": "app:payouts:export", "code": 0})

    def n_health(R):
        return mono(R, "app", "DEBUG", "health check ok", {"db": "up", "redis": "up", "psp": "up", "failed_checks": 0})

    def n_refund(R):
        return mono(R, "app", "INFO", "Refund issued for withdrawn application", {"refund": "RF-%s" % upper(R, 8), "payment": fee(R), "amount": "%d.00" % R.randint(16, 300)}, rid(R))

    def n_expired(R):
        return mono(R, "app", "NOTICE", "Payment intent expired without payment", {"payment": fee(R), "age_minutes": pick(R, [60, 120, 1440])})

    def n_csrf(R):
        return mono(R, "app", "WARNING", "Checkout form rejected: invalid CSRF token (stale tab)", {"payment": fee(R)}, rid(R))

    return [n_route, n_created, n_captured, n_declined, n_cancel, n_404, n_405, n_badref, n_doctrine, n_retry, n_handled, n_dupwh, n_whok,
            n_deprecation, n_security, n_recon_ok, n_health, n_refund, n_expired, n_csrf]


def fam_pay(R):
    return build(R, C1, [("paynodo-webhook-secret-rolled-not-updated", e_webhook), ("fee-schedule-vat-code-migration-not-run", e_migration),
                         ("messenger-redis-maxmemory-failure-transport", e_redis), ("paynodo-mtls-client-cert-expired", e_mtls),
                         ("reconcile-daily-memory-limit-128m", e_recon)], pay_negs())


# ---------------------------------------------------------------- notify-dotnet48-winsvc-eventlog-cwagent
C2 = "notify-dotnet48-winsvc-eventlog-cwagent"
HOSTS = ["EC2AMAZ-FVN7Q1K", "EC2AMAZ-FVN2M8D"]


def ev(R, ch, lvl, eid, prov, msg):
    return "[%s] [%s] [%d] [%s] [%s] [%s]" % (ch, lvl, eid, prov, pick(R, HOSTS), msg)


def phone(R):
    return "+39 3%s %s" % (digits(R, 2), digits(R, 7))


def email(R):
    return "%s.%s@%s" % (pick(R, ["giulia", "marco", "anna", "luca", "sara", "paolo"]), lower(R, 5), pick(R, ["mail.example", "posta.example"]))


def msgid(R):
    return "N-%d" % R.randint(10 ** 6, 10 ** 7)


def e_tls(R):
    # the July hardening GPO disabled TLS 1.0/1.1 in SCHANNEL; the service's .NET 4.8 build targets 4.5.2 without
    # SchUseStrongCrypto, so SmtpClient offers only TLS 1.0 and the STARTTLS handshake with the SES SMTP endpoint fails
    t = R.random()
    if t < 0.55:
        return ev(R, "Application", "ERROR", 2101, "Fernvale.Notify", "E-mail %s to %s not sent.\r\nSystem.Security.Authentication.AuthenticationException: A call to SSPI failed, see inner exception. ---> System.ComponentModel.Win32Exception: The client and server cannot communicate, because they do not possess a common algorithm\r\n   --- End of inner exception stack trace ---\r\n   at System.Net.Security.SslState.StartSendAuthResetSignal(ProtocolToken message, AsyncProtocolRequest asyncRequest, Exception exception)\r\n   at System.Net.Mail.SmtpConnection.Flush()\r\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\r\n   at Fernvale.Notify.Channels.EmailChannel.Send(OutboxItem item) in C:\\build\\Fernvale.Notify\\Channels\\EmailChannel.cs:line %d" % (msgid(R), email(R), R.randint(60, 120)))
    return ev(R, "System", "ERROR", 36871, "Schannel", "A fatal error occurred while creating a TLS client credential. The internal error state is %d." % pick(R, [10013, 10013, 10011]))


def e_sms(R):
    # the SMS provider revoked the account's API key after the contract renewal issued a new one; every SMS
    # (appointment reminders, one-time codes for the payment portal) is refused
    t = R.random()
    if t < 0.6:
        return ev(R, "Application", "ERROR", 2201, "Fernvale.Notify", "SMS %s to %s failed.\r\nSystem.Net.WebException: The remote server returned an error: (401) Unauthorized.\r\n   at System.Net.HttpWebRequest.GetResponse()\r\n   at Fernvale.Notify.Channels.SmsChannel.Post(String body) in C:\\build\\Fernvale.Notify\\Channels\\SmsChannel.cs:line %d\r\nResponse body: {\"status\":401,\"code\":\"API_KEY_REVOKED\"}" % (msgid(R), phone(R), R.randint(40, 90)))
    return ev(R, "Application", "WARNING", 2290, "Fernvale.Notify", "SMS channel suspended for 15 minutes after %d consecutive authentication failures (401); %d messages waiting in the outbox." % (R.randint(10, 60), R.randint(100, 4000)))


def e_crash(R):
    # a template for the new German-language notices was published without a body for one channel; the renderer
    # dereferences it on a background thread and the unhandled exception kills the service, which SCM restarts
    t = R.random()
    if t < 0.4:
        return ev(R, "Application", "ERROR", 1026, ".NET Runtime", "Application: Fernvale.Notify.Service.exe\r\nFramework Version: v4.0.30319\r\nDescription: The process was terminated due to an unhandled exception.\r\nException Info: System.NullReferenceException\r\n   at Fernvale.Notify.Templates.TemplateRenderer.Render(Fernvale.Notify.Templates.Template, System.Collections.Generic.IDictionary`2<System.String,System.Object>)\r\n   at Fernvale.Notify.Worker.OutboxPump.ProcessBatch(System.Collections.Generic.List`1<Fernvale.Notify.Data.OutboxItem>)\r\n   at Fernvale.Notify.Worker.OutboxPump.<RunAsync>b__%d_0()\r\n   at System.Threading.ExecutionContext.RunInternal(System.Threading.ExecutionContext, System.Threading.ContextCallback, System.Object, Boolean)\r\n   at System.Threading.ThreadHelper.ThreadStart()\r\n" % R.randint(10, 19))
    if t < 0.7:
        return ev(R, "Application", "ERROR", 1000, "Application Error", "Faulting application name: Fernvale.Notify.Service.exe, version: 3.4.%d.0, time stamp: 0x%s\r\nFaulting module name: KERNELBASE.dll, version: 10.0.20348.%d, time stamp: 0x%s\r\nException code: 0xe0434352\r\nFault offset: 0x000000000003%s\r\nFaulting process id: 0x%x\r\nFaulting application start time: 0x01dc%s\r\nFaulting application path: C:\\Program Files\\Fernvale\\Notify\\Fernvale.Notify.Service.exe\r\nFaulting module path: C:\\Windows\\System32\\KERNELBASE.dll\r\nReport Id: %s\r\nFaulting package full name: \r\nFaulting package-relative application ID: " % (R.randint(1, 9), hexs(R, 8), R.randint(2000, 2700), hexs(R, 8), hexs(R, 4), R.randint(0x400, 0x3fff), hexs(R, 12), uuid(R)))
    return ev(R, "System", "ERROR", 7031, "Service Control Manager", "The Fernvale Notify service terminated unexpectedly.  It has done this %d time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service." % R.randint(1, 40))


def e_txlog(R):
    # the NotifyQueue database's log backups stopped when the backup job's share moved; its transaction log filled
    # the volume and the outbox cannot be updated
    t = R.random()
    if t < 0.5:
        return ev(R, "Application", "ERROR", 9002, "MSSQLSERVER", "The transaction log for database 'NotifyQueue' is full due to 'LOG_BACKUP'.")
    return ev(R, "Application", "ERROR", 2301, "Fernvale.Notify", "Outbox batch of %d items could not be marked as sent.\r\nSystem.Data.SqlClient.SqlException (0x80131904): The transaction log for database 'NotifyQueue' is full due to 'LOG_BACKUP'.\r\n   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\r\n   at System.Data.SqlClient.SqlCommand.ExecuteNonQuery()\r\n   at Fernvale.Notify.Data.OutboxRepository.MarkSent(IEnumerable`1 ids) in C:\\build\\Fernvale.Notify\\Data\\OutboxRepository.cs:line %d\r\nClientConnectionId:%s\r\nError Number:9002,State:2,Class:17" % (R.randint(20, 200), R.randint(70, 140), uuid(R)))


def e_sender(R):
    # the From address moved to noreply@notify.fernvale.example; that identity was never verified in SES in
    # eu-south-1, so SES rejects every message after authentication
    t = R.random()
    if t < 0.7:
        return ev(R, "Application", "ERROR", 2102, "Fernvale.Notify", "E-mail %s to %s not sent.\r\nSystem.Net.Mail.SmtpException: Mailbox unavailable. The server response was: Message rejected: Email address is not verified. The following identities failed the check in region EU-SOUTH-1: noreply@notify.fernvale.example\r\n   at System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)\r\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\r\n   at Fernvale.Notify.Channels.EmailChannel.Send(OutboxItem item) in C:\\build\\Fernvale.Notify\\Channels\\EmailChannel.cs:line %d" % (msgid(R), email(R), R.randint(60, 120)))
    return ev(R, "Application", "WARNING", 2190, "Fernvale.Notify", "E-mail channel: %d of %d messages in the last batch rejected by the relay (554 Message rejected: Email address is not verified)." % (R.randint(40, 200), R.randint(200, 220)))


def notify_negs():
    def n_running(R):
        return ev(R, "System", "INFORMATION", 7036, "Service Control Manager", "The %s service entered the %s state." % (pick(R, ["Fernvale Notify", "Amazon CloudWatch Agent", "Windows Update", "Windows Modules Installer", "Amazon SSM Agent"]), pick(R, ["running", "stopped"])))

    def n_batch(R):
        n = R.randint(10, 400)
        return ev(R, "Application", "INFORMATION", 1100, "Fernvale.Notify", "Outbox batch processed: %d e-mails, %d SMS sent, 0 failed, %d skipped (citizen opted out)." % (n, R.randint(0, 80), R.randint(0, 4)))

    def n_sent(R):
        return ev(R, "Application", "INFORMATION", 1101, "Fernvale.Notify", "E-mail %s to %s accepted by relay (250 Ok %s-%s-%s-%s-%s-000000)" % (msgid(R), email(R), hexs(R, 16), hexs(R, 8), hexs(R, 4), hexs(R, 4), hexs(R, 4)))

    def n_bounce(R):
        return ev(R, "Application", "WARNING", 1201, "Fernvale.Notify", "Bounce notification for %s (%s): %s; address flagged for the citizen record." % (email(R), msgid(R), pick(R, ["550 5.1.1 mailbox does not exist", "552 5.2.2 mailbox full", "Permanent/General"])))

    def n_undeliv(R):
        return ev(R, "Application", "WARNING", 1202, "Fernvale.Notify", "SMS %s to %s delivery report: %s" % (msgid(R), phone(R), pick(R, ["UNDELIVERED (handset switched off, expired after 48h)", "REJECTED (number not in service)", "UNDELIVERED (absent subscriber)"])))

    def n_optout(R):
        return ev(R, "Application", "INFORMATION", 1203, "Fernvale.Notify", "Citizen %s opted out of SMS reminders; %d pending messages cancelled." % ("C%s" % digits(R, 7), R.randint(0, 3)))

    def n_retry(R):
        return ev(R, "Application", "WARNING", 1300, "Fernvale.Notify", "SMS provider returned 429 Too Many Requests, retrying in %d s (attempt 1 of 5); retry succeeded." % pick(R, [2, 4, 8]))

    def n_dcom(R):
        return ev(R, "System", "ERROR", 10016, "Microsoft-Windows-DistributedCOM", "The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID \r\n{%s}\r\n and APPID \r\n{%s}\r\n to the user NT AUTHORITY\\SYSTEM SID (S-1-5-18) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool." % (uuid(R).upper(), uuid(R).upper()))

    def n_spp(R):
        return ev(R, "Application", "INFORMATION", 16384, "Microsoft-Windows-Security-SPP", "Successfully scheduled Software Protection service for re-start at 2030-07-%02dT%s.%sZ. Reason: RulesEngine." % (day(R), hms(R), digits(R, 3)))

    def n_time(R):
        return ev(R, "System", "INFORMATION", 37, "Microsoft-Windows-Time-Service", "The time provider NtpClient is currently receiving valid time data from 169.254.169.123,0x9 (ntp.m|0x9|0.0.0.0:123->169.254.169.123:123).")

    def n_wu(R):
        return ev(R, "System", "INFORMATION", 19, "Microsoft-Windows-WindowsUpdateClient", "Installation Successful: Windows successfully installed the following update: 2030-07 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5%s)" % digits(R, 6))

    def n_start(R):
        return ev(R, "Application", "INFORMATION", 1000 + 0, "Fernvale.Notify", "Fernvale Notify %s started: outbox poll every %d s, e-mail relay email-smtp.%s.amazonaws.com:587, SMS endpoint https://api.smsgateway.example/v3" % ("3.4.%d" % R.randint(1, 9), pick(R, [5, 10]), REGION))

    def n_stop(R):
        return ev(R, "Application", "INFORMATION", 1001, "Fernvale.Notify", "Fernvale Notify stopping (service control request), %d in-flight messages returned to the outbox." % R.randint(0, 20))

    def n_render(R):
        return ev(R, "Application", "INFORMATION", 1400, "Fernvale.Notify", "Template %s (%s) rendered for %d recipients." % (pick(R, ["PERMIT_RECEIVED", "DOCS_REQUESTED", "APPOINTMENT_REMINDER", "FEE_RECEIPT", "OTP_CODE"]), pick(R, ["it-IT", "en-GB", "de-DE"]), R.randint(1, 300)))

    def n_kernel(R):
        return ev(R, "System", "WARNING", 1014, "Microsoft-Windows-DNS-Client", "Name resolution for the name %s timed out after none of the configured DNS servers responded." % pick(R, ["wpad.ec2.internal", "wpad", "ctldl.windowsupdate.com"]))

    def n_sqlok(R):
        return ev(R, "Application", "INFORMATION", 18265, "MSSQLSERVER", "Log was backed up. Database: %s, creation date(time): 2030/07/%02d(%s), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\backup01\\sql\\%s_LOG_%s.trn'}). This is an informational message only. No user action is required." % (
            pick(R, ["NotifyArchive", "master", "msdb"]), day(R), hms(R), R.randint(1000, 9000), R.randint(100, 900), R.randint(9001, 9999), R.randint(100, 900), pick(R, ["NotifyArchive", "msdb"]), digits(R, 12)))

    def n_otp(R):
        return ev(R, "Application", "INFORMATION", 1102, "Fernvale.Notify", "One-time code SMS %s to %s accepted by provider (message id %s)." % (msgid(R), phone(R), hexs(R, 24)))

    def n_cwagent(R):
        return ev(R, "Application", "INFORMATION", 0, "AmazonCloudWatchAgent", "Amazon CloudWatch Agent %s started." % pick(R, ["1.300051.0", "1.300052.0b1", "1.300050.1"]))

    return [n_running, n_batch, n_sent, n_bounce, n_undeliv, n_optout, n_retry, n_dcom, n_spp, n_time, n_wu, n_start, n_stop, n_render, n_kernel,
            n_sqlok, n_otp, n_cwagent]


def fam_notify(R):
    return build(R, C2, [("gpo-tls10-off-smtpclient-no-strong-crypto", e_tls), ("sms-api-key-revoked-contract-renewal", e_sms),
                         ("de-template-null-body-crashes-service", e_crash), ("notifyqueue-log-backup-stopped-log-full", e_txlog),
                         ("ses-sender-identity-not-verified", e_sender)], notify_negs())


FAMILIES = {C1: fam_pay, C2: fam_notify}
