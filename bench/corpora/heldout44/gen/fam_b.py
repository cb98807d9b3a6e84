"""Families: mdm-vee-dotnet8-console-ecs, billing-springbatch5-boot3-aws-batch.

brackwater's meter-data management (MDM) validation/estimation/editing (VEE) worker is a .NET 8 worker service on
ECS (Microsoft.Extensions.Logging console provider, simple formatter, no timestamps: `info: Category[EventId]` with
the message indented on the next line; the awslogs driver's multiline pattern `^(trce|dbug|info|warn|fail|crit): `
keeps each entry and its exception in one event; EF Core with Npgsql on Aurora PostgreSQL; SQS for validated
batches). The monthly customer billing run is Spring Boot 3.3 + Spring Batch 5 on AWS Batch (Boot's default console
pattern with the application name, one event per log record, stack traces in the event)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, boot_ts)

# ---------------------------------------------------------------- mdm-vee-dotnet8-console-ecs
M1 = "mdm-vee-dotnet8-console-ecs"
IND = "      "


def ms(R, lvl, cat, eid, msg):
    body = "\n".join(IND + l for l in msg.split("\n"))
    return "%s: %s[%d]\n%s" % (lvl, cat, eid, body)


def mp(R):
    return "735999%s" % digits(R, 12)  # GS1 metering point id (EAN-18)


def batch(R):
    return "B%s-%s" % (digits(R, 8), upper(R, 4))


def e_timeout(R):
    # the June partition interval_read_2030_06 was created by a script that did not create the (metering_point,
    # read_at) index; the validation queries do sequential scans and hit the 30 s command timeout
    t = R.random()
    if t < 0.5:
        return ms(R, "fail", "Microsoft.EntityFrameworkCore.Database.Command", 20102,
                  "Failed executing DbCommand (%s ms) [Parameters=[@__mp_0='?', @__from_1='?' (DbType = DateTime), @__to_2='?' (DbType = DateTime)], CommandType='Text', CommandTimeout='30']\n"
                  "SELECT i.metering_point, i.read_at, i.value_kwh, i.quality\n"
                  "FROM mdm.interval_read AS i\n"
                  "WHERE i.metering_point = @__mp_0 AND i.read_at >= @__from_1 AND i.read_at < @__to_2" % ("{:,}".format(R.randint(30001, 30090))))
    if t < 0.85:
        return ms(R, "fail", "Brackwater.Mdm.Vee.ValidationWorker", 3100,
                  "Validation of batch %s aborted after %d of %d metering points\n"
                  "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream\n"
                  " ---> System.TimeoutException: Timeout during reading attempt\n"
                  "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)\n"
                  "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
                  "   --- End of inner exception stack trace ---\n"
                  "   at Brackwater.Mdm.Vee.Rules.GapRule.EvaluateAsync(ValidationContext ctx, CancellationToken ct) in /src/Brackwater.Mdm.Vee/Rules/GapRule.cs:line %d\n"
                  "   at Brackwater.Mdm.Vee.ValidationWorker.ExecuteAsync(CancellationToken stoppingToken) in /src/Brackwater.Mdm.Vee/ValidationWorker.cs:line %d" % (batch(R), R.randint(0, 900), R.randint(1000, 5000), R.randint(40, 90), R.randint(90, 160)))
    return ms(R, "warn", "Brackwater.Mdm.Vee.ValidationWorker", 3101, "Batch %s returned to queue (receive count %d of 5): database timeout" % (batch(R), R.randint(2, 5)))


def e_profile(R):
    # the new heat-pump tariff class H2-HEATPUMP (from 1 June) has no estimation load profile; gaps for those
    # customers stay unestimated and their bills are blocked
    m = mp(R)
    t = R.random()
    if t < 0.6:
        return ms(R, "fail", "Brackwater.Mdm.Vee.EstimationService", 4102,
                  "Estimation failed for metering point %s (tariff class H2-HEATPUMP), %d intervals left unestimated\n"
                  "System.Collections.Generic.KeyNotFoundException: The given key 'H2-HEATPUMP' was not present in the dictionary.\n"
                  "   at System.Collections.Generic.Dictionary`2.get_Item(TKey key)\n"
                  "   at Brackwater.Mdm.Vee.Estimation.ProfileStore.Get(String tariffClass) in /src/Brackwater.Mdm.Vee/Estimation/ProfileStore.cs:line 37\n"
                  "   at Brackwater.Mdm.Vee.EstimationService.EstimateGapAsync(MeteringPoint mp, Gap gap, CancellationToken ct) in /src/Brackwater.Mdm.Vee/EstimationService.cs:line %d" % (m, R.randint(2, 96), R.randint(60, 120)))
    return ms(R, "warn", "Brackwater.Mdm.Vee.BillingDeterminants", 5003, "Billing determinants for %s withheld: period 2030-06 incomplete (unestimated gaps, tariff class H2-HEATPUMP)" % m)


def e_sqs(R):
    # validated batches are now sent as one SQS message per concentrator route; large routes exceed 256 KiB
    t = R.random()
    if t < 0.65:
        return ms(R, "fail", "Brackwater.Mdm.Vee.Publishing.ValidatedBatchPublisher", 6001,
                  "Publishing validated batch %s (%d metering points, %d bytes) failed\n"
                  "Amazon.SQS.AmazonSQSException: One or more parameters are invalid. Reason: Message must be shorter than 262144 bytes.\n"
                  " ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n"
                  "   --- End of inner exception stack trace ---\n"
                  "   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)\n"
                  "   at Brackwater.Mdm.Vee.Publishing.ValidatedBatchPublisher.PublishAsync(ValidatedBatch batch, CancellationToken ct) in /src/Brackwater.Mdm.Vee/Publishing/ValidatedBatchPublisher.cs:line 58" % (batch(R), R.randint(1800, 6000), R.randint(262145, 900000)))
    return ms(R, "fail", "Brackwater.Mdm.Vee.Publishing.ValidatedBatchPublisher", 6002, "Validated batch %s moved to dead-letter store s3://brk-mdm-deadletter-%s/vee/%s.json: InvalidParameterValue (message too large)" % (batch(R), REGION, uuid(R)))


def e_oom(R):
    # the monthly re-validation loads a whole network region's intervals into memory; the 4 GiB task dies
    t = R.random()
    if t < 0.6:
        return ("Unhandled exception. System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n"
                "   at System.Collections.Generic.List`1.set_Capacity(Int32 value)\n"
                "   at System.Linq.Enumerable.ToList[TSource](IEnumerable`1 source)\n"
                "   at Brackwater.Mdm.Vee.Revalidation.RegionRevalidator.LoadRegionAsync(String region, CancellationToken ct) in /src/Brackwater.Mdm.Vee/Revalidation/RegionRevalidator.cs:line %d\n"
                "   at Microsoft.Extensions.Hosting.Internal.BackgroundServiceExceptionHandler...\n"
                "   at System.Threading.Tasks.Task.<>c.<ThrowAsync>b__128_1(Object state)" % R.randint(40, 80))
    return ms(R, "crit", "Microsoft.Extensions.Hosting.Internal.Host", 10,
              "BackgroundService failed\n"
              "System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n"
              "   at Brackwater.Mdm.Vee.Revalidation.RegionRevalidator.LoadRegionAsync(String region, CancellationToken ct) in /src/Brackwater.Mdm.Vee/Revalidation/RegionRevalidator.cs:line %d" % R.randint(40, 80))


def e_ct(R):
    # after the CIS migration commercial sites with current transformers have ct_ratio NULL; the scaling step throws
    m = mp(R)
    return ms(R, "fail", "Brackwater.Mdm.Vee.Rules.ScalingRule", 3205,
              "Scaling failed for CT-metered point %s (site %s)\n"
              "System.InvalidOperationException: Nullable object must have a value.\n"
              "   at System.Nullable`1.get_Value()\n"
              "   at Brackwater.Mdm.Vee.Rules.ScalingRule.Apply(IntervalRead read, MeterConfig cfg) in /src/Brackwater.Mdm.Vee/Rules/ScalingRule.cs:line %d\n"
              "   at Brackwater.Mdm.Vee.ValidationWorker.ValidatePointAsync(MeteringPoint mp, CancellationToken ct) in /src/Brackwater.Mdm.Vee/ValidationWorker.cs:line %d" % (m, "C%s" % digits(R, 7), R.randint(20, 40), R.randint(170, 220)))


def mdm_negs():
    def n_started(R):
        return ms(R, "info", "Microsoft.Hosting.Lifetime", 0, pick(R, ["Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: /app", "Application is shutting down..."]))

    def n_batch_ok(R):
        n = R.randint(800, 6000)
        return ms(R, "info", "Brackwater.Mdm.Vee.ValidationWorker", 3000, "Validated batch %s: %d metering points, %d intervals, passed=%d, estimated=%d, failed=0 in %d ms" % (batch(R), n, n * 96, n - R.randint(0, 40), R.randint(0, 40), R.randint(2000, 28000)))

    def n_est(R):
        return ms(R, "info", "Brackwater.Mdm.Vee.EstimationService", 4100, "Estimated %d missing intervals for %s by %s (tariff class %s)" % (R.randint(1, 12), mp(R), pick(R, ["linear interpolation", "profile scaling", "historical average"]), pick(R, ["H1", "H1-EV", "C1", "G-RES"])))

    def n_spike(R):
        return ms(R, "warn", "Brackwater.Mdm.Vee.Rules.SpikeRule", 3010, "Spike check failed for %s at 2030-06-%02dT%02d:%02d:00Z: %.1f kWh > %.1f kWh; interval flagged for review" % (mp(R), R.randint(2, 28), R.randint(0, 23), pick(R, [0, 15, 30, 45]), R.uniform(20, 80), R.uniform(5, 15)))

    def n_dup(R):
        return ms(R, "dbug", "Brackwater.Mdm.Vee.Ingest.ReadingDeduplicator", 2005, "Skipped %d duplicate intervals for %s (already stored with same value)" % (R.randint(1, 96), mp(R)))

    def n_dp(R):
        return ms(R, "warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60, "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning")

    def n_cmd(R):
        return ms(R, "info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, "Executed DbCommand (%d ms) [Parameters=[@__batch_0='?'], CommandType='Text', CommandTimeout='30']\nUPDATE mdm.vee_batch SET status = 'VALIDATED' WHERE batch_id = @__batch_0" % R.randint(2, 400))

    def n_retry(R):
        return ms(R, "warn", "Polly", 0, "Execution attempt. Source: 'sqs-publish//Standard-Retry', Operation Key: '', Result: 'Amazon.SQS.Model.AmazonSQSException: Request rate exceeded', Handled: 'True', Attempt: '0', Execution Time: %d.%04dms" % (R.randint(10, 90), R.randint(0, 9999)))

    def n_pub_ok(R):
        return ms(R, "info", "Brackwater.Mdm.Vee.Publishing.ValidatedBatchPublisher", 6000, "Published validated batch %s (%d metering points, %d bytes) as message %s" % (batch(R), R.randint(20, 900), R.randint(8000, 250000), uuid(R)))

    def n_recv(R):
        return ms(R, "dbug", "Brackwater.Mdm.Vee.Ingest.QueueReader", 1001, "Received %d messages from brk-mdm-raw-readings (approx. %d visible)" % (R.randint(1, 10), R.randint(0, 4000)))

    def n_unknown(R):
        return ms(R, "warn", "Brackwater.Mdm.Vee.Ingest.QueueReader", 1010, "Reading for unknown metering point %s parked (installation not yet registered, work order WO-%s)" % (mp(R), digits(R, 7)))

    def n_health(R):
        return ms(R, "dbug", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 101, "Health check processing with combined status Healthy completed after %d.%04dms" % (R.randint(0, 40), R.randint(0, 9999)))

    def n_vacant(R):
        return ms(R, "info", "Brackwater.Mdm.Vee.Rules.ZeroConsumptionRule", 3020, "Zero consumption for %s over %d days accepted: premises flagged vacant since 2030-0%d-%02d" % (mp(R), R.randint(7, 30), R.randint(3, 5), R.randint(1, 28)))

    return [n_started, n_batch_ok, n_est, n_spike, n_dup, n_dp, n_cmd, n_retry, n_pub_ok, n_recv, n_unknown, n_health, n_vacant]


def mdm(R):
    return build(R, M1, [("june-partition-missing-index-timeout", e_timeout), ("h2-heatpump-no-estimation-profile", e_profile),
                         ("validated-batch-over-256kib-sqs", e_sqs), ("region-revalidation-oom", e_oom, 8), ("ct-ratio-null-after-cis-migration", e_ct)], mdm_negs())


# ---------------------------------------------------------------- billing-springbatch5-boot3-aws-batch
B1 = "billing-springbatch5-boot3-aws-batch"
JOB = "monthlyBillingJob"


def sb(R, lvl, logger, msg, thread="main"):
    return "%s %5s 1 --- [billing-run] [%15s] %-40s : %s" % (boot_ts(R), lvl, thread[-15:], logger, msg)


def worker(R):
    return "billing-part-%d" % R.randint(1, 16)


def acct(R):
    return "4%s" % digits(R, 9)


def params(R):
    return "[{'billPeriod':'{value=2030-05, type=class java.lang.String, identifying=true}','run.id':'{value=%d, type=class java.lang.Long, identifying=true}'}]" % R.randint(300, 420)


def e_tariff(R):
    # the regulator-approved June time-of-use rates for tariff E-TOU-2 were never loaded; every E-TOU-2 account whose
    # period crosses 1 June is skipped until the skip limit fails the step
    t = R.random()
    if t < 0.6:
        return sb(R, "WARN", "c.b.billing.rating.RatingSkipListener", "Skipped account %s in rateStep: TariffNotFoundException: no rate for tariff E-TOU-2 effective 2030-06-01 (component ENERGY_PEAK)" % acct(R), worker(R))
    if t < 0.85:
        return sb(R, "ERROR", "o.s.batch.core.step.AbstractStep", "Encountered an error executing step rateStep in job %s\n"
                  "org.springframework.batch.core.step.skip.SkipLimitExceededException: Skip limit of 50 exceeded\n"
                  "\tat org.springframework.batch.core.step.skip.LimitCheckingItemSkipPolicy.shouldSkip(LimitCheckingItemSkipPolicy.java:133)\n"
                  "\tat org.springframework.batch.core.step.item.FaultTolerantChunkProcessor.shouldSkip(FaultTolerantChunkProcessor.java:%d)\n"
                  "Caused by: com.brackwater.billing.rating.TariffNotFoundException: no rate for tariff E-TOU-2 effective 2030-06-01 (component ENERGY_PEAK)\n"
                  "\tat com.brackwater.billing.rating.TariffRepository.rateFor(TariffRepository.java:%d)\n"
                  "\tat com.brackwater.billing.rating.RatingProcessor.process(RatingProcessor.java:%d)\n"
                  "\t... %d common frames omitted" % (JOB, R.randint(400, 520), R.randint(60, 90), R.randint(40, 120), R.randint(20, 40)), worker(R))
    return sb(R, "INFO", "o.s.b.c.l.support.TaskExecutorJobLauncher", "Job: [SimpleJob: [name=%s]] completed with the following parameters: %s and the following status: [FAILED] in %dm%ds%dms (exit description: SkipLimitExceededException in rateStep)" % (JOB, params(R), R.randint(10, 40), R.randint(0, 59), R.randint(0, 999)))


def e_pdf(R):
    # the invoice PDF step renders each partition's invoices into one in-memory document before upload; the large
    # business-customer partition exhausts the 3 GiB heap
    t = R.random()
    if t < 0.5:
        return sb(R, "ERROR", "o.s.batch.core.step.AbstractStep", "Encountered an error executing step invoicePdfStep in job %s\n"
                  "java.lang.OutOfMemoryError: Java heap space\n"
                  "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n"
                  "\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)\n"
                  "\tat org.apache.pdfbox.pdmodel.PDDocument.save(PDDocument.java:%d)\n"
                  "\tat com.brackwater.billing.pdf.InvoicePdfWriter.write(InvoicePdfWriter.java:%d)" % (JOB, R.randint(1300, 1400), R.randint(50, 110)), worker(R))
    if t < 0.75:
        return "Exception in thread \"%s\" java.lang.OutOfMemoryError: Java heap space\nTerminating due to java.lang.OutOfMemoryError: Java heap space" % worker(R)
    return sb(R, "INFO", "o.s.b.c.l.support.TaskExecutorJobLauncher", "Job: [SimpleJob: [name=%s]] completed with the following parameters: %s and the following status: [FAILED] in %dm%ds%dms (exit description: OutOfMemoryError in invoicePdfStep)" % (JOB, params(R), R.randint(40, 90), R.randint(0, 59), R.randint(0, 999)))


def e_ses(R):
    # the SES account's daily sending quota (50,000) was not raised for the e-bill roll-out; bills after the quota are
    # not e-mailed
    t = R.random()
    if t < 0.6:
        return sb(R, "ERROR", "c.b.billing.delivery.EmailBillWriter", "E-bill for account %s not sent\n"
                  "software.amazon.awssdk.services.sesv2.model.LimitExceededException: Daily message quota exceeded. (Service: SesV2, Status Code: 400, Request ID: %s)\n"
                  "\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n"
                  "\tat com.brackwater.billing.delivery.EmailBillWriter.write(EmailBillWriter.java:%d)" % (acct(R), uuid(R), R.randint(40, 80)), worker(R))
    return sb(R, "WARN", "c.b.billing.delivery.DeliveryStepListener", "deliveryStep finished with %d e-bills undelivered (SES LimitExceededException), %d sent" % (R.randint(2000, 40000), 50000), worker(R))


def e_sftp(R):
    # the print vendor rebuilt its SFTP server; its host key changed and known_hosts was not updated, so paper bills
    # are not transferred for printing
    t = R.random()
    if t < 0.6:
        return sb(R, "ERROR", "o.s.integration.handler.LoggingHandler", "org.springframework.messaging.MessageDeliveryException: Error handling message for file [/data/print/2030-05/BRK_PRINT_%s_%03d.zip -> BRK_PRINT_%s_%03d.zip]\n"
                  "\tat org.springframework.integration.file.remote.handler.FileTransferringMessageHandler.handleMessageInternal(FileTransferringMessageHandler.java:%d)\n"
                  "Caused by: org.springframework.messaging.MessagingException: Failed to obtain pooled item\n"
                  "Caused by: java.lang.IllegalStateException: failed to create SFTP Session\n"
                  "Caused by: org.apache.sshd.common.SshException: Server key did not validate\n"
                  "\tat org.apache.sshd.client.session.AbstractClientSession.checkKeys(AbstractClientSession.java:%d)" % ("20300601", R.randint(1, 400), "20300601", R.randint(1, 400), R.randint(140, 200), R.randint(560, 620)), "task-scheduler-%d" % R.randint(1, 4))
    return sb(R, "WARN", "o.a.s.c.k.KnownHostsServerKeyVerifier", "acceptKnownHostEntries([sftp.inkhouse-print.example]:22) key=ssh-ed25519-SHA256:%s mismatched with known entry" % alnum(R, 43), "sshd-SshClient[%s]-nio2-thread-%d" % (hexs(R, 8), R.randint(1, 8)))


def e_pool(R):
    # the partitioned rate step was raised to 16 worker threads; the Hikari pool stayed at 10 and chunks time out
    t = R.random()
    if t < 0.3:
        return sb(R, "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null", worker(R))
    if t < 0.6:
        return sb(R, "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)" % R.randint(1, 6), worker(R))
    return sb(R, "ERROR", "o.s.batch.core.step.AbstractStep", "Encountered an error executing step rateStep:partition%d in job %s\n"
              "org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction\n"
              "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)\n"
              "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
              "\t... %d common frames omitted" % (R.randint(0, 15), JOB, R.randint(1, 6), R.randint(30, 60)), worker(R))


def bill_negs():
    def n_launch(R):
        return sb(R, "INFO", "o.s.b.c.l.support.TaskExecutorJobLauncher", "Job: [SimpleJob: [name=%s]] launched with the following parameters: %s" % (JOB, params(R)))

    def n_step(R):
        return sb(R, "INFO", "o.s.batch.core.job.SimpleStepHandler", "Executing step: [%s]" % pick(R, ["readSnapshotStep", "rateStep", "invoicePdfStep", "deliveryStep", "glPostingStep", "rateStep:partition%d" % R.randint(0, 15)]))

    def n_stepdone(R):
        return sb(R, "INFO", "o.s.batch.core.step.AbstractStep", "Step: [%s] executed in %dm%ds%dms" % (pick(R, ["readSnapshotStep", "glPostingStep", "rateStep:partition%d" % R.randint(0, 15)]), R.randint(0, 20), R.randint(0, 59), R.randint(0, 999)), worker(R))

    def n_progress(R):
        return sb(R, "INFO", "c.b.billing.rating.RatingProgressListener", "rated %d accounts in partition %d (estimated reads=%d, skipped=0, commit interval 500)" % (R.randint(1, 40) * 500, R.randint(0, 15), R.randint(0, 60)), worker(R))

    def n_est(R):
        return sb(R, "INFO", "c.b.billing.rating.RatingProcessor", "account %s billed on estimated read (meter missed final read, type E); actual read will true-up next period" % acct(R), worker(R))

    def n_dd(R):
        return sb(R, "INFO", "c.b.billing.delivery.ChannelResolver", "account %s has no valid direct-debit mandate (status %s), bill routed to paper/manual payment" % (acct(R), pick(R, ["CANCELLED", "PENDING", "REJECTED_BY_BANK"])), worker(R))

    def n_hikari(R):
        return sb(R, "INFO", "com.zaxxer.hikari.HikariDataSource", pick(R, ["HikariPool-1 - Starting...", "HikariPool-1 - Start completed."]))

    def n_started(R):
        return sb(R, "INFO", "c.brackwater.billing.BillingApplication", "Started BillingApplication in %d.%03d seconds (process running for %d.%03d)" % (R.randint(5, 9), R.randint(0, 999), R.randint(9, 12), R.randint(0, 999)))

    def n_texec(R):
        return sb(R, "WARN", "o.s.b.c.c.a.BatchRegistrar", "No TaskExecutor has been set, defaulting to synchronous executor.")

    def n_ses_ok(R):
        return sb(R, "DEBUG", "c.b.billing.delivery.EmailBillWriter", "e-bill for account %s sent, messageId=%s-%s-000000" % (acct(R), hexs(R, 16), uuid(R)), worker(R))

    def n_ses_retry(R):
        return sb(R, "WARN", "c.b.billing.delivery.EmailBillWriter", "SES throttled (Maximum sending rate exceeded) for account %s, retry %d succeeded" % (acct(R), R.randint(1, 2)), worker(R))

    def n_zero(R):
        return sb(R, "INFO", "c.b.billing.rating.RatingProcessor", "account %s: zero consumption (vacant premises), standing charge only, amount=%d.%02d SEK" % (acct(R), R.randint(80, 400), R.randint(0, 99)), worker(R))

    def n_done(R):
        return sb(R, "INFO", "o.s.b.c.l.support.TaskExecutorJobLauncher", "Job: [SimpleJob: [name=%s]] completed with the following parameters: %s and the following status: [COMPLETED] in %dm%ds%dms" % (pick(R, ["glExportJob", "reminderJob", "meterReadReconJob"]), params(R), R.randint(1, 30), R.randint(0, 59), R.randint(0, 999)))

    def n_already(R):
        return sb(R, "INFO", "o.s.batch.core.job.SimpleStepHandler", "Step already complete or not restartable, so no action to execute: StepExecution: id=%d, version=%d, name=%s, status=COMPLETED, exitStatus=COMPLETED, readCount=%d, filterCount=0, writeCount=%d readSkipCount=0, writeSkipCount=0, processSkipCount=0, commitCount=%d, rollbackCount=0" % (R.randint(1000, 9000), R.randint(3, 90), pick(R, ["readSnapshotStep", "glPostingStep"]), R.randint(1000, 90000), R.randint(1000, 90000), R.randint(2, 180)))

    def n_sftp_ok(R):
        return sb(R, "INFO", "c.b.billing.delivery.DunningLetterUploader", "uploaded %d dunning letters to sftp://sftp.postnord-mail.example/in/ (%d bytes)" % (R.randint(20, 900), R.randint(10 ** 5, 10 ** 8)), "task-scheduler-%d" % R.randint(1, 4))

    return [n_launch, n_step, n_stepdone, n_progress, n_est, n_dd, n_hikari, n_started, n_texec, n_ses_ok, n_ses_retry, n_zero, n_done, n_already, n_sftp_ok]


def bill(R):
    return build(R, B1, [("etou2-june-rates-not-loaded", e_tariff), ("invoice-pdf-in-memory-heap-oom", e_pdf, 8),
                         ("ses-daily-quota-not-raised", e_ses), ("print-vendor-sftp-host-key-changed", e_sftp),
                         ("hikari-10-vs-16-partition-threads", e_pool)], bill_negs())


FAMILIES = {M1: mdm, B1: bill}
