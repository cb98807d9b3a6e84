"""Families: farepay-dotnet8-msext-console-ecs, faregate-validator-rfc5424-fluentbit.

"farepay" is sedgecombe transit's account-based contactless fare backend (.NET 8, ASP.NET Core on ECS Fargate, EF Core
on SQL Server RDS, Polly). It receives taps from gates and on-board validators, prices journeys with daily/weekly caps,
aggregates each card's day into one charge submitted to the invented acquirer "Quillpay Acquiring", obtains payment
account references (PAR) from the invented scheme token service "TokenVault", handles refunds and publishes the deny
list for the gates. It logs with Microsoft.Extensions.Logging's default (simple) console formatter
(`info: Category[EventId]` then the message and any exception indented by six spaces), one CloudWatch event per record
through the awslogs driver's multi-line pattern `^(trce|dbug|info|warn|fail|crit):`.

The fare gates and platform validators (embedded Linux) write RFC 5424 syslog (`<PRI>1 timestamp host app procid msgid
[origin@32473 …] msg`, local time +11:00); the fleet agent (Fluent Bit) forwards them to CloudWatch Logs and its own
log lines (`[2030/12/06 13:04:11] [ info] [output:cloudwatch_logs:cloudwatch_logs.0] …`) go to the same log group."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    aedt, moment)

# ---------------------------------------------------------------- farepay-dotnet8-msext-console-ecs
F1 = "farepay-dotnet8-msext-console-ecs"
PAD = "      "


def ms(R, lvl, cat, eid, msg, exc=None):
    body = msg if exc is None else msg + "\n" + exc
    return "%s: %s[%d]\n%s%s" % (lvl, cat, eid, PAD, body.replace("\n", "\n" + PAD))


def par(R):
    return "V0010013" + upper(R, 21)


def tap_id(R):
    return "tap_" + lower(R, 20)


def gate(R):
    return "%s-%s%02d" % (pick(R, ["CEN", "WHF", "KET", "MRF", "HBR", "UNI", "AIR"]), pick(R, "ABC"), R.randint(1, 24))


def fin(R, method, path, code, dur=None):
    return ms(R, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 %s http://farepay.internal:8080%s - %d %s application/json;+charset=utf-8 %.4fms" % (
        method, path, code, R.randint(0, 900) if code != 204 else 0, dur or R.uniform(2, 400)))


def fp_acquirer(R):
    # Quillpay moved its API to a certificate chain under a new root CA that is not in the image's trust store; every
    # charge submission fails TLS and the day's aggregated charges are not sent
    if R.random() < 0.6:
        return ms(R, "fail", "Sedgecombe.Fares.Acquiring.QuillpayClient", 4102,
                  "Charge submission %s for PAR %s failed" % ("chg_" + lower(R, 16), par(R)),
                  "System.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n"
                  " ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid because of errors in the certificate chain: UntrustedRoot\n"
                  "   at System.Net.Security.SslStream.SendAuthResetSignal(ReadOnlySpan`1 alert, ExceptionDispatchInfo exception)\n"
                  "   at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](Boolean receiveFirst, Byte[] reAuthenticationData, CancellationToken cancellationToken)\n"
                  "   at System.Net.Http.ConnectHelper.EstablishSslConnectionAsync(SslClientAuthenticationOptions sslOptions, HttpRequestMessage request, Boolean async, Stream stream, CancellationToken cancellationToken)\n"
                  "   --- End of inner exception stack trace ---\n"
                  "   at Sedgecombe.Fares.Acquiring.QuillpayClient.SubmitChargeAsync(ChargeRequest request, CancellationToken ct) in /src/Sedgecombe.Fares.Acquiring/QuillpayClient.cs:line %d" % R.randint(80, 95))
    return ms(R, "fail", "Sedgecombe.Fares.Aggregation.DailyChargeJob", 5201,
              "Daily aggregation for service day 2030-12-%02d finished: %d charges prepared, %d submitted, %d not submitted (acquirer TLS failure)" % ((lambda p: (R.randint(2, 28), p, 0, p))(R.randint(20000, 90000))))


def fp_pool(R):
    # the nightly re-pricing job runs during the morning peak with an unbounded degree of parallelism and holds all
    # 100 pooled connections; tap requests time out waiting for a connection and are answered 500
    if R.random() < 0.6:
        return ms(R, "fail", "Sedgecombe.Fares.Taps.TapEndpoint", 3001,
                  "Tap %s from gate %s could not be recorded" % (tap_id(R), gate(R)),
                  "System.InvalidOperationException: Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.  This may have occurred because all pooled connections were in use and max pool size was reached.\n"
                  "   at Microsoft.Data.SqlClient.ConnectionPool.DbConnectionPool.TryGetConnection(DbConnection owningObject, UInt32 waitForMultipleObjectsTimeout, Boolean allowCreate, Boolean onlyOneCheckConnection, DbConnectionOptions userOptions, DbConnectionInternal& connection)\n"
                  "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)\n"
                  "   at Sedgecombe.Fares.Taps.TapEndpoint.RecordAsync(TapMessage tap, FaresDbContext db, CancellationToken ct) in /src/Sedgecombe.Fares.Api/Taps/TapEndpoint.cs:line %d" % R.randint(40, 60))
    return fin(R, "POST", "/v1/taps", 500, R.uniform(15000, 15100))


def fp_denylist(R):
    # the deny-list topic was switched to a customer managed KMS key whose key policy does not name farepay's task
    # role; publishing the deny-list delta fails and gates keep refusing nothing new (hot-listed cards keep travelling)
    v = R.randint(88000, 89999)
    if R.random() < 0.6:
        return ms(R, "fail", "Sedgecombe.Fares.DenyList.DenyListPublisher", 6004,
                  "Publishing deny list delta v%d (%d entries) failed" % (v, R.randint(3, 400)),
                  "Amazon.SimpleNotificationService.Model.KMSAccessDeniedException: User: arn:aws:sts::%s:assumed-role/farepay-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s because no resource-based policy allows the kms:GenerateDataKey action (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: %s)\n"
                  "   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)\n"
                  "   at Sedgecombe.Fares.DenyList.DenyListPublisher.PublishAsync(DenyListDelta delta, CancellationToken ct) in /src/Sedgecombe.Fares.DenyList/DenyListPublisher.cs:line 71" % (ACCT, hexs(R, 32), REGION, ACCT, uuid(R), uuid(R)))
    return ms(R, "warn", "Sedgecombe.Fares.DenyList.DenyListPublisher", 6009,
              "Deny list at gates is %d versions behind (last delivered v%d); hot-listed cards are still accepted" % (R.randint(2, 60), v))


def fp_refund(R):
    # release 5.3 reads the cap state of the refunded journey's day without loading it; refunds of capped days throw
    # NullReferenceException and the customer's refund is not issued
    rid = "rf_" + lower(R, 14)
    return ms(R, "fail", "Sedgecombe.Fares.Refunds.RefundService", 7002,
              "Refund %s for journey %s failed" % (rid, "jr_" + lower(R, 16)),
              "System.NullReferenceException: Object reference not set to an instance of an object.\n"
              "   at Sedgecombe.Fares.Pricing.CapCalculator.Recalculate(FareDay day, Journey removed) in /src/Sedgecombe.Fares.Pricing/CapCalculator.cs:line 143\n"
              "   at Sedgecombe.Fares.Refunds.RefundService.RefundJourneyAsync(RefundRequest request, CancellationToken ct) in /src/Sedgecombe.Fares.Refunds/RefundService.cs:line %d\n"
              "   at Sedgecombe.Fares.Api.Refunds.RefundEndpoints.<>c.<<Map>b__0_0>d.MoveNext() in /src/Sedgecombe.Fares.Api/Refunds/RefundEndpoints.cs:line 27" % R.randint(60, 70))


def fp_token(R):
    # TokenVault's contracted quota (50 tokenisations/s) was not raised for the new open-loop rollout; first taps
    # of new cards cannot get a PAR after the retries and those taps are refused at the gate
    if R.random() < 0.6:
        return ms(R, "fail", "Sedgecombe.Fares.Tokens.TokenVaultClient", 8003,
                  "Tokenisation for tap %s failed after 3 retries: TokenVault responded 429 Too Many Requests (quota 50/s, Retry-After: %d)" % (tap_id(R), R.randint(1, 5)))
    return ms(R, "warn", "Sedgecombe.Fares.Taps.TapEndpoint", 3009,
              "Tap %s at %s refused: no PAR for new card (token service unavailable)" % (tap_id(R), gate(R)))


def fp_negs():
    def n_listen(R):
        return ms(R, "info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:%d" % pick(R, [8080, 8081]))

    def n_started(R):
        return ms(R, "info", "Microsoft.Hosting.Lifetime", 0, pick(R, ["Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: /app"]))

    def n_tap_ok(R):
        return ms(R, "info", "Sedgecombe.Fares.Taps.TapEndpoint", 3000, "Tap %s at %s accepted for PAR %s: %s, fare %s (%s)" % (
            tap_id(R), gate(R), par(R), pick(R, ["tap-on", "tap-off"]), "$%d.%02d" % (R.randint(0, 6), R.randint(0, 99)), pick(R, ["daily cap reached", "not capped", "weekly cap reached"])))

    def n_fin_ok(R):
        return fin(R, pick(R, ["POST", "POST", "GET"]), pick(R, ["/v1/taps", "/v1/taps", "/v1/accounts/%s/journeys" % lower(R, 10)]), pick(R, [202, 200, 200]))

    def n_decline(R):
        return ms(R, "info", "Sedgecombe.Fares.Acquiring.QuillpayClient", 4110, "Charge %s for PAR %s declined by issuer: %s; card placed on deny list until debt recovered" % (
            "chg_" + lower(R, 16), par(R), pick(R, ["51 Insufficient funds", "05 Do not honour", "54 Expired card", "62 Restricted card"])))

    def n_denied_tap(R):
        return ms(R, "info", "Sedgecombe.Fares.Taps.TapEndpoint", 3004, "Tap %s at %s refused: PAR %s is on the deny list (unpaid journey debt)" % (tap_id(R), gate(R), par(R)))

    def n_retry_ok(R):
        return ms(R, "warn", "Polly", 3, "Execution attempt. Source: 'TokenVault/Standard-Retry', Operation Key: '', Result: '503', Handled: 'True', Attempt: '0', Execution Time: '%d.%04d'" % (R.randint(20, 300), R.randint(0, 9999)))

    def n_charge_ok(R):
        return ms(R, "info", "Sedgecombe.Fares.Aggregation.DailyChargeJob", 5200, "Daily aggregation for service day 2030-12-%02d finished: %d charges prepared, %d submitted, 0 not submitted" % ((lambda d, p: (d, p, p))(R.randint(2, 28), R.randint(20000, 90000))))

    def n_dp(R):
        return ms(R, "warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35, "No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid(R))

    def n_ef(R):
        return ms(R, "warn", "Microsoft.EntityFrameworkCore.Model.Validation", 30000, "No store type was specified for the decimal property '%s' on entity type '%s'. This will cause values to be silently truncated if they do not fit in the default precision and scale. Explicitly specify the SQL server column type that can accommodate all the values in 'OnModelCreating' using 'HasColumnType', specify precision and scale using 'HasPrecision', or configure a value converter using 'HasConversion'." % (
            pick(R, ["CapAmount", "FareAmount", "Discount", "DebtAmount"]), pick(R, ["FareDay", "Journey", "FareProduct", "DebtRecord"])))

    def n_webhook_dup(R):
        return ms(R, "info", "Sedgecombe.Fares.Acquiring.QuillpayWebhook", 4201, "Notification %s (charge %s SETTLED) already processed; duplicate delivery acknowledged" % ("ntf_" + lower(R, 18), "chg_" + lower(R, 16)))

    def n_bad_req(R):
        return ms(R, "info", "Microsoft.AspNetCore.Http.Result.ProblemHttpResult", 1, "Setting HTTP status code 400.") if R.random() < 0.3 else fin(R, "POST", "/v1/taps", 400)

    def n_concession(R):
        return ms(R, "info", "Sedgecombe.Fares.Pricing.ConcessionPolicy", 2104, "Concession fare denied for account %s: %s entitlement expired 2030-%02d-%02d; adult fare applied" % (
            "acc_" + lower(R, 12), pick(R, ["senior", "student", "pensioner"]), R.randint(9, 11), R.randint(1, 28)))

    def n_refund_ok(R):
        return ms(R, "info", "Sedgecombe.Fares.Refunds.RefundService", 7000, "Refund %s of %s issued to PAR %s (journey %s, reason %s)" % (
            "rf_" + lower(R, 14), "$%d.%02d" % (R.randint(1, 9), R.randint(0, 99)), par(R), "jr_" + lower(R, 16), pick(R, ["incomplete journey", "service disruption", "overcharge review"])))

    def n_deny_ok(R):
        return ms(R, "info", "Sedgecombe.Fares.DenyList.DenyListPublisher", 6000, "Deny list delta v%d published (%d added, %d removed, errors 0)" % (R.randint(86000, 87999), R.randint(0, 200), R.randint(0, 200)))

    def n_health(R):
        return ms(R, "dbug", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 101, "Health check processing with combined status Healthy completed after %.4fms" % R.uniform(0.5, 30))

    def n_shutdown(R):
        return ms(R, "info", "Sedgecombe.Fares.Api.ShutdownHook", 9001, "SIGTERM received (ECS task %s); draining %d in-flight taps" % (hexs(R, 32), R.randint(0, 40)))

    return [n_listen, n_started, n_tap_ok, n_fin_ok, n_decline, n_denied_tap, n_retry_ok, n_charge_ok, n_dp, n_ef, n_webhook_dup,
            n_bad_req, n_concession, n_refund_ok, n_deny_ok, n_health, n_shutdown]


def farepay(R):
    return build(R, F1, [("quillpay-root-ca-untrusted", fp_acquirer), ("sql-pool-exhausted-reprice-job", fp_pool),
                         ("denylist-sns-kms-access-denied", fp_denylist), ("refund-cap-state-null-reference", fp_refund),
                         ("tokenvault-quota-429", fp_token)], fp_negs())


# ---------------------------------------------------------------- faregate-validator-rfc5424-fluentbit
F2 = "faregate-validator-rfc5424-fluentbit"
SEV = {"crit": 2, "err": 3, "warning": 4, "notice": 5, "info": 6, "debug": 7}


def dev(R):
    st = pick(R, ["cen", "whf", "ket", "mrf", "hbr", "uni", "air"])
    kind = pick(R, ["gate", "gate", "val"])
    return st, "%s-%s-%s%02d" % (kind, st, pick(R, "abc"), R.randint(1, 24))


def sy(R, sev, app, msgid, msg, host=None, sd=None, fac=16):
    st, h = dev(R) if host is None else (host.split("-")[1], host)
    s = sd if sd is not None else '[origin@32473 station="%s" fw="%s"]' % (st.upper(), pick(R, ["7.3.9", "7.4.0", "7.4.0", "7.4.1"]))
    return "<%d>1 %s %s %s %d %s %s %s" % (fac * 8 + SEV[sev], aedt(R), h, app, R.randint(300, 4000), msgid, s, msg)


def fbt(R, lvl, plugin, msg):
    m = moment(R)
    return "[%s] [%5s] [%s] %s" % (m.strftime("%Y/%m/%d %H:%M:%S"), lvl, plugin, msg)


def card(R):
    return "PAR:V0010013%s…%s" % (upper(R, 4), upper(R, 4))


def fg_cert(R):
    # the device client certificates of the 2025 gate batch expired on 4 December and were not renewed by the
    # device PKI job; those gates cannot upload taps and store them offline until the store fills
    st, h = dev(R)
    if R.random() < 0.6:
        return sy(R, "err", "tapsync", "UPLOAD", "upload of %d taps to https://taps.%s/v1/batch failed: SSL alert number 45 (certificate expired), client cert CN=%s.devices.%s notAfter=2030-12-04T00:00:00Z; kept offline" % (
            R.randint(1, 200), DOMAIN, h, DOMAIN), host=h)
    return sy(R, "warning", "tapsync", "OFFLINE", host=h, msg= "offline tap store %d%% full (%d taps, oldest %dh); backend uploads failing since 2030-12-04" % (R.randint(40, 97), R.randint(2000, 40000), R.randint(4, 60)))


def fg_fw_sam(R):
    # firmware 7.4.0 ships a SAM driver that times out waiting for the ATR on the model-B card readers; those gates
    # cannot read cards and put themselves out of service
    st, h = dev(R)
    if R.random() < 0.6:
        return sy(R, "crit", "readerd", "SAM", "sam0: no ATR within 400ms on reader model RB-200 (driver sam-nxp 3.1.0); contactless reader disabled", host=h,
                  sd='[origin@32473 station="%s" fw="7.4.0"]' % st.upper())
    return sy(R, "err", "gatectl", "STATE", "gate set OUT_OF_SERVICE: reader unavailable (sam0 init failed)", host=h,
              sd='[origin@32473 station="%s" fw="7.4.0"]' % st.upper())


def fg_disk(R):
    # firmware 7.4 dropped the logrotate entry for readerd's debug log; /data fills and offline tap records cannot
    # be written, so taps taken while the gate is offline are lost
    st, h = dev(R)
    sd = '[origin@32473 station="%s" fw="%s"]' % (st.upper(), pick(R, ["7.4.0", "7.4.1"]))
    if R.random() < 0.6:
        return sy(R, "err", "validatord", "STORE", host=h, sd=sd, msg= "cannot persist tap record %s: write /data/spool/taps/%s.rec: no space left on device; tap LOST" % (
            hexs(R, 16), hexs(R, 12)))
    return sy(R, "warning", "healthd", "DISK", host=h, sd=sd, msg="/data usage %d%% (readerd-debug.log %d MB); offline tap spool cannot grow" % (R.randint(98, 100), R.randint(900, 3900)))


def fg_sig(R):
    # the back office rotated the deny-list signing key; the keyring update for the gates was never scheduled, so
    # every new deny list is rejected and the gates keep an old list
    v = R.randint(88000, 89999)
    return sy(R, "err", "listmgr", "DENYLIST", "deny list v%d rejected: ECDSA signature verification failed (key id dl-2030-12 not in keyring [dl-2030-06, dl-2029-12]); keeping v%d" % (v, v - R.randint(1, 40)))


def fg_agent(R):
    # all 1,800 devices' Fluent Bit agents write to one log stream per station; CloudWatch throttles PutLogEvents and
    # chunks are dropped after the retry limit, so device logs (including tap audit events) are lost
    if R.random() < 0.6:
        return fbt(R, "error", "output:cloudwatch_logs:cloudwatch_logs.0", "PutLogEvents API responded with error='ThrottlingException', message='Rate exceeded for logStreamName %s'" % pick(R, ["faregates/cen", "faregates/whf", "faregates/ket", "faregates/hbr"]))
    return fbt(R, "warn", "engine", "chunk '%d-%d.%d.flb' cannot be retried: task_id=%d, input=tail.0 > output=cloudwatch_logs.0" % (R.randint(1, 9), R.randint(1920000000, 1925000000), R.randint(100000000, 999999999), R.randint(0, 40)))


def fg_negs():
    def n_tap(R):
        return sy(R, "info", "validatord", "TAP", "tap %s %s accepted (%s, %d ms)" % (pick(R, ["on", "off"]), card(R), pick(R, ["EMV contactless", "Sedgecombe card", "QR ticket"]), R.randint(120, 380)))

    def n_deny(R):
        return sy(R, "notice", "validatord", "TAP", "tap refused: %s on deny list v%d (reason UNPAID_DEBT)" % (card(R), R.randint(86000, 87999)))

    def n_balance(R):
        return sy(R, "notice", "validatord", "TAP", "tap refused: stored-value card %s balance $%d.%02d below minimum fare" % ("SC%s" % digits(R, 10), R.randint(0, 2), R.randint(0, 99)))

    def n_conc(R):
        return sy(R, "notice", "validatord", "TAP", "concession refused: card SC%s concession expired 2030-%02d-%02d, shown 'see staff'" % (digits(R, 10), R.randint(9, 11), R.randint(1, 28)))

    def n_passback(R):
        return sy(R, "info", "validatord", "TAP", "anti-passback: %s tapped again within %ds, no second fare" % (card(R), R.randint(2, 300)))

    def n_hb(R):
        return sy(R, "debug", "healthd", "HB", "heartbeat uptime=%ds temp=%dC disk=%d%% cpu=%d%% errors=0" % (R.randint(1000, 900000), R.randint(30, 60), R.randint(20, 70), R.randint(2, 40)))

    def n_list_ok(R):
        return sy(R, "info", "listmgr", "DENYLIST", "deny list v%d installed (%d entries, signature ok, key id dl-2030-06)" % (R.randint(86000, 87999), R.randint(40000, 60000)))

    def n_offline_ok(R):
        return sy(R, "notice", "tapsync", "UPLOAD", "backend reachable again after %ds; uploaded %d offline taps, failed=0" % (R.randint(5, 300), R.randint(1, 60)))

    def n_emerg(R):
        return sy(R, "notice", "gatectl", "STATE", "gates held OPEN: fire panel input active (scheduled alarm test %02d:%02d)" % (R.randint(1, 5), R.choice([0, 15, 30])))

    def n_obstruct(R):
        return sy(R, "info", "gatectl", "FLAP", "flap obstructed for %.1fs (passenger with luggage), cleared" % R.uniform(1, 8))

    def n_fb_info(R):
        return fbt(R, "info", "output:cloudwatch_logs:cloudwatch_logs.0", "Created log stream faregates/%s/%s" % (pick(R, ["cen", "whf", "ket", "mrf"]), dev(R)[1]))

    def n_fb_retry(R):
        return fbt(R, "info", "engine", "flush chunk '%d-%d.%d.flb' succeeded at retry 1: task_id=%d, input=tail.0 > output=cloudwatch_logs.0 (out_id=0)" % (R.randint(1, 9), R.randint(1920000000, 1925000000), R.randint(100000000, 999999999), R.randint(0, 40)))

    def n_boot(R):
        return sy(R, "notice", "gatectl", "BOOT", "gate controller %s started, reader sam0 ATR ok (%d ms), deny list v%d" % (pick(R, ["7.3.9", "7.4.1"]), R.randint(40, 120), R.randint(86000, 87999)), fac=16)

    def n_qr_expired(R):
        return sy(R, "notice", "validatord", "TAP", "QR ticket %s refused: valid until 2030-12-%02dT%02d:%02d+11:00 (expired)" % ("TK" + upper(R, 10), R.randint(2, 28), R.randint(0, 23), R.randint(0, 59)))

    def n_cfg(R):
        return sy(R, "debug", "gatectl", "CFG", "mode=%s open_time_ms=%d accessible_lane=%s" % (pick(R, ["bidirectional", "entry", "exit"]), R.randint(1500, 4000), pick(R, ["true", "false"])))

    return [n_tap, n_deny, n_balance, n_conc, n_passback, n_hb, n_list_ok, n_offline_ok, n_emerg, n_obstruct, n_fb_info, n_fb_retry, n_boot, n_qr_expired, n_cfg]


def faregate(R):
    return build(R, F2, [("device-client-cert-expired", fg_cert), ("fw740-sam-driver-atr-timeout", fg_fw_sam),
                         ("fw74-logrotate-data-full", fg_disk), ("denylist-signing-key-not-in-keyring", fg_sig),
                         ("fleet-agent-putlogevents-throttled", fg_agent)], fg_negs())


FAMILIES = {F1: farepay, F2: faregate}
