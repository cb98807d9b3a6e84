"""Families: donate-api-rails72-lograge-puma-ecs, regulargiving-dotnet8-serilog-bacs-ecs.

"donate-api" is larchwyn's public donation API (Ruby 3.3, Rails 7.2 API under Puma 6 on ECS Fargate; PostgreSQL on
RDS, Sidekiq on ElastiCache Redis for thank-you receipts, invented card processor "Pennant Pay"). Every record goes
through Ruby's default Logger formatter `I, [2031-03-14T09:12:33.123456 #1]  INFO -- : [request-id] msg`; request
lines are lograge key=value (`method= path= format= controller= action= status= duration= view= db=` plus custom
`error=`, `donation=`); ActionDispatch's FATAL exception record with its tagged backtrace is kept as one event by the
awslogs multi-line pattern `^[DIWEF], \\[`.

"regulargiving" is the .NET 8 worker that collects recurring gifts (monthly card gifts through Pennant Pay, BACS
Direct Debits through the invented bureau "Alderbacs"), EF Core on PostgreSQL (Npgsql), Polly v8 pipelines, SQS for
receipt events. Serilog console sink with outputTemplate
`[{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}`; exceptions
follow on the next lines in the same event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, DOMAIN,
                    ruby_ts, serilog_ts, iso_z)

# ---------------------------------------------------------------- donate-api-rails72-lograge-puma-ecs
F1 = "donate-api-rails72-lograge-puma-ecs"
LV = {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}


def rl(R, sev, msg, rid=True):
    tag = ("[%s] " % uuid(R)) if rid is True else (("[%s] " % rid) if rid else "")
    return "%s, [%s #%d] %5s -- : %s%s" % (sev, ruby_ts(R), pick(R, [1, 1, 1, 23, 31, 39]), LV[sev], tag, msg)


def fatal(R, exc, frames):
    rid = uuid(R)
    lines = ["%s, [%s #%d] FATAL -- : [%s]   " % ("F", ruby_ts(R), pick(R, [23, 31, 39]), rid),
             "[%s] %s" % (rid, exc), "[%s]   " % rid]
    lines += ["[%s] %s" % (rid, f) for f in frames]
    return "\n".join(lines)


def lg(R, method, path, ctrl, action, status, extra=""):
    return rl(R, "I", "method=%s path=%s format=json controller=%s action=%s status=%d allocations=%d duration=%.2f view=%.2f db=%.2f%s" % (
        method, path, ctrl, action, status, R.randint(900, 40000), R.uniform(4, 900), R.uniform(0, 3), R.uniform(0.3, 120), extra))


def dn(R):
    return "DN-%s" % upper(R, 10)


def donor(R):
    return "D%07d" % R.randint(1, 9999999)


def appeal(R):
    return pick(R, ["SPRING31", "WATER-WELLS", "EMERG-FLOOD", "RUN10K-31", "LEGACY-WK", "XMAS30-LATE", "GENERAL"])


def pi(R):
    return "pi_" + alnum(R, 24)


def da_pennant_key(R):
    # the Pennant Pay secret key was rolled in the Pennant dashboard on 2031-03-09 and the old key expired after its
    # grace period; the task definition still injects the old key, so every card donation is refused with 401
    r = R.random()
    if r < 0.45:
        return rl(R, "E", "Donation %s not taken: Pennant::AuthenticationError (401 invalid_api_key): Invalid API key provided: sk_live_****%s (appeal %s, amount GBP %d.00)" % (dn(R), alnum(R, 4), appeal(R), R.randint(5, 500)))
    return lg(R, "POST", "/api/v1/donations", "Api::V1::DonationsController", "create", 502,
              " error='Pennant::AuthenticationError: Invalid API key provided' appeal=%s" % appeal(R))


def da_pool(R):
    # RAILS_MAX_THREADS was raised to 16 for Puma but database.yml's pool is still 5: under the spring appeal load
    # requests wait for a connection and fail after checkout_timeout
    if R.random() < 0.55:
        return fatal(R, "ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited 5.%03d seconds); all pooled connections were in use):" % R.randint(0, 40), [
            "activerecord (7.2.1) lib/active_record/connection_adapters/abstract/connection_pool/queue.rb:%d:in `block in wait_poll'" % R.randint(120, 130),
            "activerecord (7.2.1) lib/active_record/connection_adapters/abstract/connection_pool.rb:%d:in `acquire_connection'" % R.randint(780, 800),
            "app/controllers/api/v1/%s_controller.rb:%d:in `%s'" % pick(R, [("donations", R.randint(20, 60), "create"), ("appeals", R.randint(10, 30), "show"), ("donors", R.randint(10, 40), "update")])])
    return lg(R, pick(R, ["POST", "GET"]), pick(R, ["/api/v1/donations", "/api/v1/appeals/%s/totals" % appeal(R).lower()]), "Api::V1::DonationsController", "create", 500,
              " error='ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds'")


def da_giftaid_col(R):
    # release 2031.03.2 writes gift_aid_declarations.declaration_source but its migration was not run on the
    # production database (the deploy's db:migrate step was skipped); Gift Aid declarations made with a donation fail
    if R.random() < 0.6:
        return fatal(R, "ActiveRecord::StatementInvalid (PG::UndefinedColumn: ERROR:  column \"declaration_source\" of relation \"gift_aid_declarations\" does not exist\nLINE 1: ...aid_declarations\" (\"donor_id\", \"declared_on\", \"declaration_s...\n                                                             ^\n):", [
            "activerecord (7.2.1) lib/active_record/connection_adapters/postgresql/database_statements.rb:%d:in `exec'" % R.randint(50, 60),
            "app/models/gift_aid_declaration.rb:%d:in `record_for!'" % R.randint(20, 40),
            "app/services/donations/create.rb:%d:in `call'" % R.randint(40, 90)])
    return rl(R, "E", "Gift Aid declaration for donor %s not saved with donation %s: PG::UndefinedColumn column \"declaration_source\" of relation \"gift_aid_declarations\" does not exist" % (donor(R), dn(R)))


def da_redis_ro(R):
    # REDIS_URL was pointed at the replica endpoint of the receipts cluster; Sidekiq pushes fail with READONLY, so
    # no thank-you receipt job is enqueued
    if R.random() < 0.6:
        return rl(R, "E", "Failed to enqueue ThankYouReceiptJob for %s: RedisClient::ReadOnlyError: READONLY You can't write against a read only replica." % dn(R))
    return rl(R, "W", "Sidekiq client push failed (queue=receipts, class=ThankYouReceiptJob, jid=%s): READONLY You can't write against a read only replica.; receipt for %s not queued" % (hexs(R, 24), dn(R)))


def da_webhook_secret(R):
    # the webhook endpoint was re-created in Pennant (new whsec) and PENNANT_WEBHOOK_SECRET was not updated: every
    # payment_intent.succeeded / charge.refunded event is rejected, so pending donations are never confirmed
    if R.random() < 0.5:
        return rl(R, "E", "Pennant webhook %s rejected: Pennant::SignatureVerificationError: No signatures found matching the expected signature for payload (event evt_%s, type %s)" % (
            "we_" + alnum(R, 14), alnum(R, 24), pick(R, ["payment_intent.succeeded", "charge.refunded", "payment_intent.processing"])))
    return lg(R, "POST", "/webhooks/pennant", "Webhooks::PennantController", "create", 400, " error='Pennant::SignatureVerificationError' event=evt_%s" % alnum(R, 24))


def da_negs():
    def n_ok(R):
        return pick(R, [
            lg(R, "POST", "/api/v1/donations", "Api::V1::DonationsController", "create", 201, " donation=%s appeal=%s" % (dn(R), appeal(R))),
            lg(R, "GET", "/api/v1/appeals/%s/totals" % appeal(R).lower(), "Api::V1::AppealsController", "totals", 200),
            lg(R, "GET", "/api/v1/donations/%s" % dn(R), "Api::V1::DonationsController", "show", 200),
            lg(R, "PATCH", "/api/v1/donors/%s/preferences" % donor(R), "Api::V1::DonorsController", "update", 200),
            lg(R, "POST", "/webhooks/pennant", "Webhooks::PennantController", "create", 200, " event=evt_%s" % alnum(R, 24)),
            lg(R, "GET", "/up", "Rails::HealthController", "show", 200)])

    def n_declined(R):
        return pick(R, [
            rl(R, "I", "Donation %s declined by donor's bank: Pennant::CardError card_declined (%s); donor shown retry form" % (dn(R), pick(R, ["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc", "authentication_required"]))),
            lg(R, "POST", "/api/v1/donations", "Api::V1::DonationsController", "create", 402, " error='card_declined' appeal=%s" % appeal(R))])

    def n_dup(R):
        return pick(R, [
            rl(R, "I", "Duplicate donation request ignored: Idempotency-Key %s already used for %s" % (uuid(R), dn(R))),
            lg(R, "POST", "/api/v1/donations", "Api::V1::DonationsController", "create", 409, " error='idempotency_key_reused'"),
            rl(R, "I", "Pennant event evt_%s already processed (payment_intent.succeeded for %s); redelivery acknowledged" % (alnum(R, 24), dn(R)))])

    def n_invalid(R):
        return pick(R, [
            lg(R, "POST", "/api/v1/donations", "Api::V1::DonationsController", "create", 422, " error='amount must be greater than or equal to 2'"),
            lg(R, "POST", "/api/v1/donations", "Api::V1::DonationsController", "create", 422, " error='email is invalid'"),
            lg(R, "GET", "/api/v1/donations/%s" % dn(R), "Api::V1::DonationsController", "show", 404),
            lg(R, "PATCH", "/api/v1/donors/%s/preferences" % donor(R), "Api::V1::DonorsController", "update", 401, " error='session expired'"),
            rl(R, "W", "Rack::Attack throttled %s for %s (donations/ip limit 10 per 60s)" % (pick(R, ["POST /api/v1/donations", "GET /api/v1/donations/%s" % dn(R)]), "%d.%d.%d.%d" % (R.randint(20, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))))])

    def n_puma(R):
        return pick(R, [
            rl(R, "I", "Puma starting in cluster mode...", rid=None),
            rl(R, "I", "* Puma version: 6.4.%d (ruby 3.3.%d-p%d) (\"The Eagle of Durango\")" % (R.randint(0, 3), R.randint(0, 5), R.randint(0, 200)), rid=None),
            rl(R, "I", "* Listening on http://0.0.0.0:3000", rid=None),
            rl(R, "I", "- Worker %d (PID: %d) booted in %.2fs, phase: 0" % (R.randint(0, 3), R.randint(20, 60), R.uniform(0.5, 3)), rid=None),
            rl(R, "I", "* Min threads: 16, max threads: 16", rid=None),
            rl(R, "I", "- Gracefully shutting down workers...", rid=None)])

    def n_sql(R):
        return rl(R, "D", pick(R, [
            "  Donation Load (%.1fms)  SELECT \"donations\".* FROM \"donations\" WHERE \"donations\".\"reference\" = $1 LIMIT $2  [[\"reference\", \"%s\"], [\"LIMIT\", 1]]" % (R.uniform(0.2, 9), dn(R)),
            "  Appeal Load (%.1fms)  SELECT \"appeals\".* FROM \"appeals\" WHERE \"appeals\".\"code\" = $1 LIMIT $2  [[\"code\", \"%s\"], [\"LIMIT\", 1]]" % (R.uniform(0.2, 9), appeal(R)),
            "  TRANSACTION (%.1fms)  COMMIT" % R.uniform(0.2, 5)]))

    def n_enqueued(R):
        return rl(R, "I", "Enqueued ThankYouReceiptJob (Job ID: %s) to Sidekiq(receipts) with arguments: \"%s\"" % (uuid(R), dn(R)))

    def n_taken(R):
        return rl(R, "I", "Donation %s taken: GBP %d.%02d via %s (%s), appeal %s, gift_aid=%s, error=nil" % (
            dn(R), R.randint(2, 750), pick(R, [0, 0, 50]), pi(R), pick(R, ["card", "apple_pay", "google_pay"]), appeal(R), pick(R, ["true", "false"])))

    def n_benign(R):
        return pick(R, [
            rl(R, "W", "DEPRECATION WARNING: `to_time` will always preserve the full timezone rather than offset of the receiver in Rails 8.0. To opt in to the new behavior, set `config.active_support.to_time_preserves_timezone = :zone`. (called from <main> at /app/config/environment.rb:5)", rid=None),
            rl(R, "I", "Retry of Pennant request POST /v1/payment_intents succeeded on attempt 2 after Net::ReadTimeout (donation %s)" % dn(R)),
            rl(R, "I", "Client disconnected before response for GET /api/v1/appeals/%s/totals (Puma::ConnectionError: Connection error detected during write)" % appeal(R).lower())])

    return [n_ok, n_ok, n_ok, n_declined, n_dup, n_invalid, n_puma, n_sql, n_enqueued, n_taken, n_taken, n_benign]


def donate_api(R):
    return build(R, F1, [("pennant-secret-key-rotated", da_pennant_key), ("db-pool-smaller-than-puma-threads", da_pool),
                         ("giftaid-declaration-migration-not-run", da_giftaid_col), ("sidekiq-redis-url-points-at-replica", da_redis_ro),
                         ("pennant-webhook-secret-stale", da_webhook_secret)], da_negs())


# ---------------------------------------------------------------- regulargiving-dotnet8-serilog-bacs-ecs
F2 = "regulargiving-dotnet8-serilog-bacs-ecs"


def sl(R, lvl, ctx, msg, exc=None):
    line = "[%s %s] %s: %s" % (serilog_ts(R), lvl, ctx, msg)
    return line if exc is None else line + "\n" + exc


def rg(R):
    return "RG-%06d" % R.randint(1, 999999)


def run_id(R):
    return "CR-2031-03-%02d-%s" % (R.randint(2, 28), pick(R, ["DD", "CARD"]))


def sub(R):
    return "SUB%s" % digits(R, 8)


def rg_sun(R):
    # the Alderbacs submitter profile was migrated to a new bureau id and larchwyn's service user number was not
    # linked to it; every collection file is rejected, no Direct Debit is collected
    r = R.random()
    if r < 0.5:
        return sl(R, "ERR", "Larchwyn.RegularGiving.Bacs.SubmissionClient", "Submission {0} rejected by Alderbacs: S021 Service user number 4{1} is not linked to submitter ALD-LARCH-02 ({2} instructions, GBP {3})".replace("{0}", sub(R)).replace("{1}", digits(R, 5)).replace("{2}", str(R.randint(900, 14000))).replace("{3}", "%d.00" % R.randint(9000, 180000)))
    return sl(R, "ERR", "Larchwyn.RegularGiving.Collections.CollectionRunner", "Collection run %s finished: submitted=0 rejected=%d failed=%d (bureau rejected the file: S021)" % (run_id(R).replace("CARD", "DD"), R.randint(900, 14000), R.randint(900, 14000)))


def rg_query(R):
    # the due-gifts query filters recurring_gifts on next_collection_date, whose index was dropped by a migration;
    # with 1.2 M gifts it exceeds the 30 s command timeout and the day's collection run aborts
    if R.random() < 0.55:
        return sl(R, "ERR", "Microsoft.EntityFrameworkCore.Query", "An exception occurred while iterating over the results of a query for context type 'Larchwyn.RegularGiving.Data.GivingDbContext'.",
                  "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream\n"
                  " ---> System.TimeoutException: Timeout during reading attempt\n"
                  "   at Npgsql.Internal.NpgsqlConnector.<ReadMessage>g__ReadMessageLong|%d_0(NpgsqlConnector connector, Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
                  "   --- End of inner exception stack trace ---\n"
                  "   at Larchwyn.RegularGiving.Collections.DueGiftsQuery.ListAsync(DateOnly collectionDate, CancellationToken ct) in /src/RegularGiving/Collections/DueGiftsQuery.cs:line %d" % (R.randint(200, 240), R.randint(30, 70)))
    return sl(R, "ERR", "Larchwyn.RegularGiving.Collections.CollectionRunner", "Collection run %s aborted while loading due gifts: Npgsql.NpgsqlException: Exception while reading from stream (Timeout during reading attempt after 30 s)" % run_id(R))


def rg_rate(R):
    # the card run was switched to 32 parallel charges; Pennant's live-mode limit is 25 req/s, so 429s exhaust the
    # retry pipeline and monthly card gifts are left uncharged
    if R.random() < 0.6:
        return sl(R, "ERR", "Larchwyn.RegularGiving.Card.CardGiftCharger", "Card gift %s not charged: Pennant returned 429 Too Many Requests after 3 retries (run %s)" % (rg(R), run_id(R).replace("DD", "CARD")))
    return sl(R, "ERR", "Polly", "Execution attempt. Source: 'pennant-charge/(null)/Retry', Operation Key: 'Charge', Result: '429', Handled: 'True', Attempt: '3', Execution Time: %.4fms; retry limit reached" % R.uniform(40, 900))


def rg_sqs(R):
    # the task role lost sqs:SendMessage on the receipts queue when the queue was re-created with a new name; the
    # GiftCollected events that drive tax receipts and thank-you letters are dropped
    if R.random() < 0.55:
        return sl(R, "ERR", "Larchwyn.RegularGiving.Events.ReceiptEventPublisher", "GiftCollected event for %s not published" % rg(R),
                  "Amazon.SQS.AmazonSQSException: User: arn:aws:sts::%s:assumed-role/regulargiving-task/%s is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:%s:%s:receipts-events-v2 because no identity-based policy allows the sqs:SendMessage action\n"
                  " ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n"
                  "   at Larchwyn.RegularGiving.Events.ReceiptEventPublisher.PublishAsync(GiftCollected evt, CancellationToken ct) in /src/RegularGiving/Events/ReceiptEventPublisher.cs:line %d" % (ACCT, hexs(R, 32), REGION, ACCT, R.randint(30, 60)))
    return sl(R, "WRN", "Larchwyn.RegularGiving.Events.ReceiptEventPublisher", "Receipt outbox: %d GiftCollected events pending, oldest %d min; last error AccessDenied sqs:SendMessage receipts-events-v2" % (R.randint(200, 9000), R.randint(30, 900)))


def rg_arudd(R):
    # Alderbacs switched its ARUDD report to schema 3.1 (new namespace); the parser throws, so returned Direct Debits
    # are not marked unpaid and the donors are not contacted
    if R.random() < 0.55:
        return sl(R, "ERR", "Larchwyn.RegularGiving.Bacs.AruddImporter", "ARUDD report %s could not be imported" % ("ARUDD-2031-03-%02d-%s.xml" % (R.randint(2, 28), digits(R, 4))),
                  "System.InvalidOperationException: There is an error in XML document (2, %d).\n"
                  " ---> System.InvalidOperationException: <BACSDocument xmlns='urn:alderbacs:reports:3.1'> was not expected.\n"
                  "   at System.Xml.Serialization.XmlSerializer.Deserialize(XmlReader xmlReader, String encodingStyle, XmlDeserializationEvents events)\n"
                  "   at Larchwyn.RegularGiving.Bacs.AruddImporter.ImportAsync(Stream report, CancellationToken ct) in /src/RegularGiving/Bacs/AruddImporter.cs:line %d" % (R.randint(2, 60), R.randint(40, 90)))
    return sl(R, "ERR", "Larchwyn.RegularGiving.Bacs.ReportPoller", "Report poll finished: arudd_imported=0 arudd_failed=1 addacs_imported=%d (unpaid gifts not marked)" % R.randint(0, 40))


def rg_negs():
    def n_life(R):
        return pick(R, [
            sl(R, "INF", "Microsoft.Hosting.Lifetime", "Application started. Press Ctrl+C to shut down."),
            sl(R, "INF", "Microsoft.Hosting.Lifetime", "Hosting environment: Production"),
            sl(R, "INF", "Microsoft.Hosting.Lifetime", "Content root path: /app"),
            sl(R, "INF", "Microsoft.Hosting.Lifetime", "Application is shutting down..."),
            sl(R, "INF", "Larchwyn.RegularGiving.Program", "RegularGiving worker %s starting (schedule 0 6 * * *, card parallelism %d)" % (pick(R, ["2031.3.1", "2031.3.2", "2031.3.3"]), R.randint(4, 12))),
            sl(R, "INF", "Microsoft.EntityFrameworkCore.Migrations", "No migrations were applied. The database is already up to date.")])

    def n_run(R):
        return pick(R, [
            sl(R, "INF", "Larchwyn.RegularGiving.Collections.CollectionRunner", "Collection run %s started: %d gifts due" % (run_id(R), R.randint(500, 40000))),
            sl(R, "INF", "Larchwyn.RegularGiving.Collections.CollectionRunner", "Collection run %s finished: submitted=%d rejected=0 failed=0 duration=%ds" % (run_id(R), R.randint(500, 40000), R.randint(30, 2400))),
            sl(R, "INF", "Larchwyn.RegularGiving.Bacs.SubmissionClient", "Submission %s accepted by Alderbacs: %d instructions, GBP %d.00, processing date 2031-03-%02d" % (sub(R), R.randint(900, 14000), R.randint(9000, 180000), R.randint(3, 28)))])

    def n_card(R):
        return pick(R, [
            sl(R, "INF", "Larchwyn.RegularGiving.Card.CardGiftCharger", "Card gift %s charged GBP %d.00 (pi_%s)" % (rg(R), R.randint(3, 60), alnum(R, 24))),
            sl(R, "INF", "Larchwyn.RegularGiving.Card.CardGiftCharger", "Card gift %s declined by donor's bank (%s); retry scheduled in 3 days, donor emailed" % (rg(R), pick(R, ["insufficient_funds", "expired_card", "do_not_honor"]))),
            sl(R, "WRN", "Polly", "Execution attempt. Source: 'pennant-charge/(null)/Retry', Operation Key: 'Charge', Result: '%s', Handled: 'True', Attempt: '%d', Execution Time: %.4fms" % (pick(R, ["429", "503", "System.Net.Http.HttpRequestException"]), R.randint(0, 1), R.uniform(40, 900))),
            sl(R, "INF", "Larchwyn.RegularGiving.Card.CardGiftCharger", "Card gift %s charged on attempt 2 after 503 from Pennant" % rg(R))])

    def n_dd(R):
        return pick(R, [
            sl(R, "INF", "Larchwyn.RegularGiving.Bacs.AruddImporter", "ARUDD: gift %s returned unpaid by payer's bank, reason %s; donor letter queued" % (rg(R), pick(R, ["0 Refer to payer", "1 Instruction cancelled", "B Account closed", "6 Payer deceased"]))),
            sl(R, "INF", "Larchwyn.RegularGiving.Bacs.AddacsImporter", "ADDACS: mandate %s cancelled by donor (reason %s); gift %s stopped" % ("MD" + upper(R, 10), pick(R, ["1", "0", "B"]), rg(R))),
            sl(R, "INF", "Larchwyn.RegularGiving.Bacs.MandateService", "Mandate %s lodged for gift %s (sort code **-**-%02d, account ******%02d)" % ("MD" + upper(R, 10), rg(R), R.randint(0, 99), R.randint(0, 99))),
            sl(R, "INF", "Larchwyn.RegularGiving.Bacs.ReportPoller", "Report poll finished: arudd_imported=%d arudd_failed=0 addacs_imported=%d" % (R.randint(0, 3), R.randint(0, 40)))])

    def n_events(R):
        return pick(R, [
            sl(R, "INF", "Larchwyn.RegularGiving.Events.ReceiptEventPublisher", "Published %d GiftCollected events (0 errors) in %d ms" % (R.randint(10, 500), R.randint(30, 2000))),
            sl(R, "DBG", "Larchwyn.RegularGiving.Events.ReceiptEventPublisher", "SendMessageBatch receipts-events messages=10 failed=0 md5ok=true")])

    def n_health(R):
        return pick(R, [
            sl(R, "DBG", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", "Health check processing with combined status Healthy completed after %.4fms" % R.uniform(1, 40)),
            sl(R, "INF", "Larchwyn.RegularGiving.Metrics", jd({"_aws": {"Timestamp": R.randint(1930176000, 1932508800) * 1000, "CloudWatchMetrics": [{"Namespace": "Larchwyn/RegularGiving", "Dimensions": [["Service"]], "Metrics": [{"Name": "GiftsCollected", "Unit": "Count"}, {"Name": "GiftsFailed", "Unit": "Count"}]}]}, "Service": "regulargiving", "GiftsCollected": R.randint(100, 9000), "GiftsFailed": 0}))])

    def n_skip(R):
        return sl(R, "INF", "Larchwyn.RegularGiving.Collections.CollectionRunner", "Gift %s skipped: %s" % (rg(R), pick(R, ["paused by donor until 2031-05-01", "mandate pending (first collection not before 10 working days)", "donor deceased flag set", "gift ended by donor"])))

    return [n_life, n_run, n_run, n_card, n_card, n_dd, n_dd, n_events, n_health, n_skip]


def regulargiving(R):
    return build(R, F2, [("alderbacs-sun-not-linked-to-submitter", rg_sun), ("due-gifts-index-dropped-query-timeout", rg_query),
                         ("card-run-parallelism-over-pennant-limit", rg_rate), ("task-role-missing-sqs-send-receipts-v2", rg_sqs),
                         ("arudd-schema-31-not-parsed", rg_arudd)], rg_negs())


FAMILIES = {F1: donate_api, F2: regulargiving}
