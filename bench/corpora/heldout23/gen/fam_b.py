"""Families: springboot3-fargate-claims-logback-json, dotnet8-ecs-ledger-worker-serilog."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    at, ms, epoch, epoch_ms, ACCT)


def st(*frames):
    return "".join("\n\tat " + f for f in frames)


# ---------------------------------------------------------------- springboot3-fargate-claims-logback-json
# "harrowgate" home-insurance claims: Spring Boot 3.3 services on ECS Fargate (claims-api, claims-export,
# documents) logging JSON with logstash-logback-encoder to stdout (awslogs driver), with Micrometer tracing ids,
# plus the plain stderr of the JVM. Aurora PostgreSQL, S3 with SSE-KMS, a fraud-score service over Cloud Map.
F3 = "springboot3-fargate-claims-logback-json"


def lb(R, level, logger, msg, thread=None, stack=None, extra=None):
    d = {"@timestamp": iso(R), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thread or "http-nio-8080-exec-%d" % R.randint(1, 40), "level": level,
         "level_value": {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}[level],
         "traceId": hexs(R, 32), "spanId": hexs(R, 16), "app": "claims-api"}
    if extra:
        d.update(extra)
    if stack:
        d["stack_trace"] = stack
    return jd(d)


def claim(R):
    return "CLM-%s-%s" % (digits(R, 7), pick(R, ["HG", "HX"]))


def cl_readonly(R):
    r = R.random()
    if r < 0.3:
        return lb(R, "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 25006")
    if r < 0.55:
        return lb(R, "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR: cannot execute UPDATE in a read-only transaction")
    c = claim(R)
    return lb(R, "ERROR", "c.h.claims.web.GlobalExceptionHandler", "Unhandled exception on PUT /api/claims/%s/status" % c, extra={"claimId": c},
              stack="org.springframework.orm.jpa.JpaSystemException: could not execute statement [ERROR: cannot execute UPDATE in a read-only transaction] [update claim set status=?,updated_at=?,version=? where id=? and version=?]" + st(
                  "org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:341)",
                  "org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:565)",
                  "com.harrowgate.claims.service.ClaimStatusService.transition(ClaimStatusService.java:%d)" % pick(R, [88, 88, 93])) +
              "\nCaused by: org.postgresql.util.PSQLException: ERROR: cannot execute UPDATE in a read-only transaction" + st(
                  "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
                  "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)") + "\n\t... 97 common frames omitted")


def cl_kms(R):
    rid = alnum(R, 16).upper()
    c = claim(R)
    m = "User: arn:aws:sts::%s:assumed-role/harrowgate-documents-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:eu-west-2:%s:key/7c1e0d2a-5b8f-4e33-9d41-2f6a8c0b9e17 because no identity-based policy allows the kms:GenerateDataKey action (Service: S3, Status Code: 403, Request ID: %s)" % (ACCT, hexs(R, 32), ACCT, rid)
    if R.random() < 0.6:
        return lb(R, "ERROR", "c.h.documents.store.S3DocumentStore", "Upload of claim document failed for %s" % c, extra={"app": "documents", "bucket": "harrowgate-claim-docs-prod"},
                  stack="software.amazon.awssdk.services.s3.model.S3Exception: " + m + st(
                      "software.amazon.awssdk.services.s3.model.S3Exception$BuilderImpl.build(S3Exception.java:104)",
                      "software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
                      "com.harrowgate.documents.store.S3DocumentStore.put(S3DocumentStore.java:61)"))
    return lb(R, "WARN", "o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver", "Resolved [com.harrowgate.documents.store.DocumentStoreException: put s3://harrowgate-claim-docs-prod/%s/%s.pdf failed: AccessDenied (kms:GenerateDataKey)]" % (c, uuid(R)), extra={"app": "documents"})


def cl_fraud(R):
    r = R.random()
    if r < 0.5:
        return lb(R, "ERROR", "c.h.claims.fraud.FraudScoreClient", "Fraud score unavailable, claim %s parked for manual triage" % claim(R),
                  stack="reactor.core.Exceptions$RetryExhaustedException: Retries exhausted: 3/3" + st("reactor.core.Exceptions.retryExhausted(Exceptions.java:308)", "reactor.util.retry.RetryBackoffSpec.lambda$static$2(RetryBackoffSpec.java:68)") +
                  "\nCaused by: org.springframework.web.reactive.function.client.WebClientResponseException$ServiceUnavailable: 503 Service Unavailable from POST http://fraud-score.harrowgate.local:8080/v2/score" + st("org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:%d)" % 336))
    if r < 0.8:
        return lb(R, "WARN", "i.g.r.c.i.CircuitBreakerStateMachine", "CircuitBreaker 'fraudScore' changed state from %s to OPEN" % pick(R, ["CLOSED", "HALF_OPEN"]), thread="reactor-http-epoll-%d" % R.randint(1, 4))
    return lb(R, "WARN", "c.h.claims.fraud.FraudScoreClient", "CircuitBreaker 'fraudScore' is OPEN and does not permit further calls; fallback=MANUAL_TRIAGE for claim %s" % claim(R))


def cl_oom(R):
    r = R.random()
    if r < 0.45:
        return lb(R, "ERROR", "o.s.s.s.TaskUtils$LoggingErrorHandler", "Unexpected error occurred in scheduled task", thread="scheduling-1", extra={"app": "claims-export"},
                  stack="java.lang.OutOfMemoryError: Java heap space" + st("java.base/java.util.Arrays.copyOf(Arrays.java:3541)", "java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)", "org.apache.poi.xssf.usermodel.XSSFWorkbook.write(XSSFWorkbook.java:%d)" % 2043, "com.harrowgate.export.MonthlyBordereauJob.run(MonthlyBordereauJob.java:77)"))
    if r < 0.75:
        return "Terminating due to java.lang.OutOfMemoryError: Java heap space\n# java.lang.OutOfMemoryError: Java heap space\n# -XX:OnOutOfMemoryError=\"kill -9 %%p\"\n#   Executing /bin/sh -c \"kill -9 %d\"..." % R.randint(1, 60)
    return lb(R, "WARN", "c.h.export.MonthlyBordereauJob", "Bordereau for %s loaded into memory: %d rows, heap used %d%%" % (pick(R, ["2028-07", "2028-08"]), R.randint(1800000, 2600000), R.randint(93, 99)), thread="scheduling-1", extra={"app": "claims-export"})


def cl_lazy(R):
    c = claim(R)
    if R.random() < 0.6:
        return lb(R, "ERROR", "o.a.c.c.C.[.[.[.[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.harrowgate.claims.domain.Claim.attachments: could not initialize proxy - no Session] with root cause",
                  stack="org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.harrowgate.claims.domain.Claim.attachments: could not initialize proxy - no Session" + st(
                      "org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)",
                      "com.harrowgate.claims.web.ClaimSummaryMapper.toSummary(ClaimSummaryMapper.java:%d)" % 29,
                      "com.harrowgate.claims.web.ClaimController.summary(ClaimController.java:112)"))
    return jd({"@timestamp": iso(R), "type": "access", "method": "GET", "uri": "/api/claims/%s/summary" % c, "status": 500, "duration_ms": R.randint(20, 140), "remote": ip10(R, 32)})


def cl_negs():
    def n_started(R): return lb(R, "INFO", "c.h.claims.ClaimsApplication", "Started ClaimsApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 16), R.uniform(16, 18)), thread="main")
    def n_tomcat(R): return lb(R, "INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'", thread="main", extra={"app": pick(R, ["claims-api", "documents"]), "taskId": hexs(R, 32)})
    def n_grace(R): return lb(R, "INFO", "o.s.b.w.embedded.tomcat.GracefulShutdown", "Commencing graceful shutdown. Waiting for active requests to complete", thread="SpringApplicationShutdownHook", extra={"taskId": hexs(R, 32)})
    def n_grace2(R): return lb(R, "INFO", "o.s.b.w.embedded.tomcat.GracefulShutdown", "Graceful shutdown complete", thread="tomcat-shutdown", extra={"taskId": hexs(R, 32)})
    def n_hik(R): return lb(R, "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - %s" % pick(R, ["Starting...", "Start completed.", "Shutdown initiated...", "Shutdown completed."]), thread=pick(R, ["main", "SpringApplicationShutdownHook"]), extra={"taskId": hexs(R, 32)})
    def n_stats(R): return lb(R, "DEBUG", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=10, active=%d, idle=%d, waiting=0)" % ((lambda a: (a, 10 - a))(R.randint(0, 4))), thread="HikariPool-1 housekeeper")
    def n_health(R): return jd({"@timestamp": iso(R), "type": "access", "method": "GET", "uri": "/actuator/health", "status": 200, "duration_ms": R.randint(1, 12), "remote": ip10(R, 32), "user_agent": "ELB-HealthChecker/2.0"})
    def n_access(R):
        u, s = pick(R, [("/api/claims/%s" % claim(R), 200), ("/api/claims", 201), ("/api/claims/%s/summary" % claim(R), 200), ("/api/claims/%s" % claim(R), 404), ("/api/claims", 400)])
        return jd({"@timestamp": iso(R), "type": "access", "method": "POST" if u == "/api/claims" else "GET", "uri": u, "status": s, "duration_ms": R.randint(8, 700), "remote": ip10(R, 32)})
    def n_valid(R): return lb(R, "WARN", "o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver", "Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.harrowgate.claims.web.ClaimResponse> com.harrowgate.claims.web.ClaimController.create(com.harrowgate.claims.web.NewClaimRequest): [Field error in object 'newClaimRequest' on field '%s': rejected value [%s]; default message [%s]] ]" % pick(R, [("incidentDate", "2029-0%d-1%d" % (R.randint(1, 9), R.randint(0, 9)), "must be a date in the past or in the present"), ("estimatedLoss", str(-R.randint(1, 900)), "must be greater than 0"), ("policyNumber", "HG%s" % digits(R, 4), "size must be between 10 and 12")]))
    def n_notfound(R): return lb(R, "WARN", "c.h.claims.web.GlobalExceptionHandler", "Claim not found: %s (404 returned to caller)" % claim(R))
    def n_cb_close(R): return lb(R, "INFO", "i.g.r.c.i.CircuitBreakerStateMachine", "CircuitBreaker 'fraudScore' changed state from HALF_OPEN to CLOSED", thread="reactor-http-epoll-%d" % R.randint(1, 4), extra={"taskId": hexs(R, 32)})
    def n_retry(R): return lb(R, "INFO", "c.h.claims.fraud.FraudScoreClient", "Fraud score for %s obtained after %d attempt(s), score=%d" % (claim(R), pick(R, [1, 1, 2]), R.randint(1, 99)), thread="reactor-http-epoll-%d" % R.randint(1, 4))
    def n_flag(R): return lb(R, "INFO", "c.h.claims.flags.Toggles", "Toggle 'fast-track-small-claims' not defined for context, evaluated to default false", extra={"claimId": claim(R)})
    def n_dialect(R): return lb(R, "WARN", "org.hibernate.orm.deprecation", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)", thread="main", extra={"taskId": hexs(R, 32)})
    def n_cache(R): return lb(R, "TRACE", "o.s.cache.interceptor.CacheInterceptor", "No cache entry for key 'P-%s' in cache(s) [policies]" % digits(R, 8))
    def n_export(R): return lb(R, "INFO", "c.h.export.DailyClaimsExtract", "Daily extract finished: exported=%d, skipped=%d, errors=0, file=s3://harrowgate-exports/daily/2028-09-%02d.csv.gz" % (R.randint(800, 2400), R.randint(0, 9), day(R)), thread="scheduling-1", extra={"app": "claims-export"})
    def n_status(R): return lb(R, "INFO", "c.h.claims.service.ClaimStatusService", "Claim %s moved %s" % (claim(R), pick(R, ["SUBMITTED -> IN_REVIEW", "IN_REVIEW -> APPROVED", "IN_REVIEW -> REJECTED", "APPROVED -> PAID"])), extra={"error": None})
    def n_upload(R): return lb(R, "INFO", "c.h.documents.store.S3DocumentStore", "Stored s3://harrowgate-claim-docs-prod/%s/%s.%s (%d bytes)" % (claim(R), uuid(R), pick(R, ["pdf", "jpg", "heic"]), R.randint(40000, 9000000)), extra={"app": "documents"})
    def n_reject(R): return lb(R, "INFO", "c.h.documents.web.UploadController", "Rejected upload for %s: content type %s not allowed (415)" % (claim(R), pick(R, ["application/x-msdownload", "application/zip", "text/html"])), extra={"app": "documents"})
    def n_otel(R): return "[otel.javaagent %s] [main] INFO io.opentelemetry.javaagent.tooling.VersionLogger - opentelemetry-javaagent - version: 2.%d.0-adot1" % (iso(R, z=" +0000").replace("T", " "), pick(R, [6, 7]))
    return [n_started, n_tomcat, n_grace, n_grace2, n_hik, n_stats, n_health, n_access, n_valid, n_notfound, n_cb_close,
            n_retry, n_flag, n_dialect, n_cache, n_export, n_status, n_upload, n_reject, n_otel, n_health, n_access, n_status]


def fam3(R):
    return build(R, F3, [("claims-db-url-pinned-to-reader-after-failover", cl_readonly),
                         ("documents-task-role-missing-kms-generatedatakey", cl_kms),
                         ("fraud-score-service-unavailable", cl_fraud),
                         ("bordereau-export-heap-exhausted", cl_oom),
                         ("claim-summary-lazy-attachments-no-session", cl_lazy)], cl_negs())


# ---------------------------------------------------------------- dotnet8-ecs-ledger-worker-serilog
# "morrowfield" ledger: .NET 8 worker services on ECS (EC2 capacity) consuming SQS (postings, settlements),
# writing to Aurora PostgreSQL through EF Core/Npgsql, calling an FX-rates provider through
# Microsoft.Extensions.Http.Resilience; Serilog CompactJsonFormatter (CLEF) to stdout.
F4 = "dotnet8-ecs-ledger-worker-serilog"


def clef(R, level, mt, ctx, x=None, **props):
    d = {"@t": iso(R, frac=7), "@mt": mt}
    if level != "Information":
        d["@l"] = level
    if x:
        d["@x"] = x
    d.update(props)
    d["SourceContext"] = ctx
    d["MachineName"] = "ip-10-61-%d-%d" % (R.randint(0, 31), R.randint(2, 254))
    d["Application"] = "Morrowfield.Ledger.Worker"
    return jd(d)


def ext_ref(R):
    return "PMT-%s" % alnum(R, 10).upper()


def lg_pool(R):
    x = "Npgsql.NpgsqlException (0x80004005): The connection pool has been exhausted, either raise 'Max Pool Size' (currently 20) or 'Timeout' (currently 15 seconds) in your connection string.\n ---> System.TimeoutException: The operation has timed out.\n   at Npgsql.PoolingDataSource.<Get>g__RentAsync|34_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)\n   --- End of inner exception stack trace ---\n   at Npgsql.NpgsqlConnection.<Open>g__OpenAsync|42_0(Boolean async, CancellationToken cancellationToken)\n   at Morrowfield.Ledger.Reconciliation.ReconcileJob.RunAsync(CancellationToken ct) in /src/Ledger.Reconciliation/ReconcileJob.cs:line %d" % pick(R, [57, 57, 63])
    r = R.random()
    if r < 0.45:
        return clef(R, "Error", "Reconciliation run {RunId} failed after {ElapsedMs} ms", "Morrowfield.Ledger.Reconciliation.ReconcileJob", x=x, RunId=uuid(R), ElapsedMs=R.randint(15000, 15200))
    if r < 0.75:
        return clef(R, "Error", "An exception occurred while iterating over the results of a query for context type '{contextType}'.{newline}{error}", "Microsoft.EntityFrameworkCore.Query", contextType="Morrowfield.Ledger.Data.LedgerDbContext", newline="\n", error=x.split("\n   at Morrowfield")[0], EventId={"Id": 10100, "Name": "Microsoft.EntityFrameworkCore.Query.QueryIterationFailed"})
    return clef(R, "Warning", "Posting {ExternalRef} could not be applied: database unavailable, message returned to queue", "Morrowfield.Ledger.Worker.PostingConsumer", ExternalRef=ext_ref(R), Reason="NpgsqlException: The connection pool has been exhausted")


def lg_dup(R):
    e = ext_ref(R)
    r = R.random()
    if r < 0.5:
        return clef(R, "Error", "Failed to apply posting {ExternalRef} from message {MessageId}", "Morrowfield.Ledger.Worker.PostingConsumer",
                    x="Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"ix_ledger_entries_external_ref\"\n\nDETAIL: Detail redacted as it may contain sensitive data. Specify 'Include Error Detail' in the connection string to include this information.\n   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n   at Morrowfield.Ledger.Worker.PostingConsumer.ApplyAsync(PostingMessage msg, CancellationToken ct) in /src/Ledger.Worker/PostingConsumer.cs:line 88",
                    ExternalRef=e, MessageId=uuid(R))
    return clef(R, "Warning", "Message {MessageId} for {ExternalRef} received {ReceiveCount} times; handler took {ElapsedMs} ms against a {VisibilityTimeout}s visibility timeout", "Morrowfield.Ledger.Worker.PostingConsumer",
                MessageId=uuid(R), ExternalRef=e, ReceiveCount=R.randint(2, 3), ElapsedMs=R.randint(31000, 58000), VisibilityTimeout=30)


def lg_fx(R):
    r = R.random()
    if r < 0.4:
        return clef(R, "Error", "FX rate refresh failed for {Base}", "Morrowfield.Ledger.Fx.FxRateRefresher",
                    x="System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n   at Morrowfield.Ledger.Fx.FxRatesClient.GetLatestAsync(String baseCurrency, CancellationToken ct) in /src/Ledger.Fx/FxRatesClient.cs:line 41", Base=pick(R, ["GBP", "EUR", "USD"]))
    if r < 0.7:
        return clef(R, "Error", "Resilience event occurred. EventName: '{EventName}', Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}'", "Polly", EventName="OnCircuitOpened", PipelineName="fx-rates-standard", PipelineInstance="", StrategyName="Standard-CircuitBreaker", OperationKey=None, Result=401, BreakDurationMs=pick(R, [5000, 30000]))
    return clef(R, "Warning", "Using cached FX rates for {Base} aged {AgeMinutes} minutes", "Morrowfield.Ledger.Fx.FxRateRefresher", Base=pick(R, ["GBP", "EUR", "USD"]), AgeMinutes=R.randint(190, 2900), MaxAgeMinutes=60)


def lg_nullref(R):
    if R.random() < 0.7:
        return clef(R, "Error", "Statement generation failed for account {AccountId} period {Period}", "Morrowfield.Ledger.Statements.StatementService",
                    x="System.NullReferenceException: Object reference not set to an instance of an object.\n   at Morrowfield.Ledger.Statements.StatementLineMapper.Map(LedgerEntry entry) in /src/Ledger.Statements/StatementLineMapper.cs:line 42\n   at System.Linq.Enumerable.SelectListIterator`2.ToList()\n   at Morrowfield.Ledger.Statements.StatementService.BuildAsync(Guid accountId, String period, CancellationToken ct) in /src/Ledger.Statements/StatementService.cs:line %d" % pick(R, [71, 71, 74]),
                    AccountId=uuid(R), Period=pick(R, ["2028-07", "2028-08"]))
    return clef(R, "Warning", "Statement batch {BatchId} finished with {Failed} failures out of {Total}", "Morrowfield.Ledger.Statements.StatementService", BatchId=uuid(R)[:8], Failed=R.randint(3, 40), Total=R.randint(400, 900))


def lg_queue(R):
    r = R.random()
    q = "https://sqs.eu-west-1.amazonaws.com/%s/morrowfield-settlements-prod" % "444455556666"
    if r < 0.5:
        return clef(R, "Error", "BackgroundService failed", "Microsoft.Extensions.Hosting.Internal.Host",
                    x="Amazon.SQS.Model.QueueDoesNotExistException: The specified queue does not exist.\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   --- End of inner exception stack trace ---\n   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)\n   at Morrowfield.Ledger.Worker.SettlementConsumer.ExecuteAsync(CancellationToken stoppingToken) in /src/Ledger.Worker/SettlementConsumer.cs:line 36", QueueUrl=q, EventId={"Id": 9, "Name": "BackgroundServiceFaulted"})
    return clef(R, "Fatal" if r < 0.75 else "Error", "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping.", "Microsoft.Extensions.Hosting.Internal.Host", EventId={"Id": 10, "Name": "BackgroundServiceStoppingHost"}, TaskArn="arn:aws:ecs:eu-west-1:%s:task/ledger-prod/%s" % (ACCT, hexs(R, 32)))


def lg_negs():
    def n_started(R): return clef(R, "Information", "Application started. Press Ctrl+C to shut down.", "Microsoft.Hosting.Lifetime", TaskId=hexs(R, 32))
    def n_env(R): return clef(R, "Information", "Hosting environment: {EnvName}", "Microsoft.Hosting.Lifetime", EnvName="Production", TaskId=hexs(R, 32))
    def n_root(R): return clef(R, "Information", "Content root path: {ContentRoot}", "Microsoft.Hosting.Lifetime", ContentRoot="/app", TaskId=hexs(R, 32))
    def n_stop(R): return clef(R, "Information", "Application is shutting down...", "Microsoft.Hosting.Lifetime", TaskId=hexs(R, 32), Signal="SIGTERM")
    def n_listen(R): return clef(R, "Information", "Now listening on: {address}", "Microsoft.Hosting.Lifetime", address="http://[::]:8080", TaskId=hexs(R, 32))
    def n_batch(R): return clef(R, "Information", "Processed {Count} messages from {Queue} in {ElapsedMs} ms ({Failed} failed)", "Morrowfield.Ledger.Worker.PostingConsumer", Count=R.randint(1, 10), Queue="morrowfield-postings-prod", ElapsedMs=R.randint(40, 3000), Failed=0)
    def n_ef(R): return clef(R, "Debug", "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}", "Microsoft.EntityFrameworkCore.Database.Command", elapsed=str(R.randint(1, 40)), parameters="@__p_0='?' (DbType = Guid)", commandType="Text", commandTimeout=30, newLine="\n", commandText="SELECT l.id, l.account_id, l.amount FROM ledger_entries AS l WHERE l.account_id = @__p_0 LIMIT %d" % pick(R, [100, 500]))
    def n_health(R): return clef(R, "Debug", "Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message '{HealthCheckDescription}'", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", HealthCheckName=pick(R, ["npgsql", "sqs", "self"]), HealthStatus="Healthy", ElapsedMilliseconds=round(R.uniform(0.3, 40), 4), HealthCheckDescription="(null)")
    def n_dupok(R): return clef(R, "Information", "Posting {ExternalRef} already applied; acknowledging duplicate delivery", "Morrowfield.Ledger.Worker.PostingConsumer", ExternalRef=ext_ref(R), ReceiveCount=2)
    def n_retry(R): return clef(R, "Warning", "Resilience event occurred. EventName: '{EventName}', Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}', Handled: '{Handled}', Attempt: '{Attempt}', Execution Time: {ExecutionTimeMs}ms", "Polly", EventName="OnRetry", PipelineName="fx-rates-standard", PipelineInstance="", StrategyName="Standard-Retry", OperationKey=None, Result=pick(R, [503, 502, "The operation was canceled."]), Handled=True, Attempt=0, ExecutionTimeMs=round(R.uniform(20, 900), 4))
    def n_closed(R): return clef(R, "Information", "Resilience event occurred. EventName: '{EventName}', Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}'", "Polly", EventName="OnCircuitClosed", PipelineName="fx-rates-standard", PipelineInstance="", StrategyName="Standard-CircuitBreaker", OperationKey=None, Result=200, At=iso(R))
    def n_fxok(R): return clef(R, "Information", "FX rates refreshed for {Base}: {Count} pairs", "Morrowfield.Ledger.Fx.FxRateRefresher", Base=pick(R, ["GBP", "EUR", "USD"]), Count=R.randint(30, 160), ErrorCount=0)
    def n_closedacct(R): return clef(R, "Warning", "Posting {ExternalRef} rejected: account {AccountId} is closed; routed to rejections topic", "Morrowfield.Ledger.Worker.PostingConsumer", ExternalRef=ext_ref(R), AccountId=uuid(R))
    def n_dp1(R): return clef(R, "Warning", "Storing keys in a directory '{path}' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", path="/root/.aspnet/DataProtection-Keys", TaskId=hexs(R, 32))
    def n_dp2(R): return clef(R, "Warning", "No XML encryptor configured. Key {KeyId:B} may be persisted to storage in unencrypted form.", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", KeyId=uuid(R))
    def n_stmt(R): return clef(R, "Information", "Statement {StatementId} generated for account {AccountId} ({Lines} lines)", "Morrowfield.Ledger.Statements.StatementService", StatementId=uuid(R), AccountId=uuid(R), Lines=R.randint(3, 400), Error=None)
    def n_recon(R): return clef(R, "Information", "Reconciliation run {RunId} completed: {Matched} matched, {Unmatched} unmatched, {Errors} errors", "Morrowfield.Ledger.Reconciliation.ReconcileJob", RunId=uuid(R), Matched=R.randint(2000, 9000), Unmatched=R.randint(0, 12), Errors=0)
    def n_empty(R): return clef(R, "Debug", "ReceiveMessage returned no messages from {Queue} after {WaitSeconds}s long poll", "Morrowfield.Ledger.Worker.PostingConsumer", Queue=pick(R, ["morrowfield-postings-prod", "morrowfield-settlements-prod"]), WaitSeconds=20, PollId=uuid(R)[:13])
    def n_cancel(R): return clef(R, "Information", "Consumer {Consumer} stopping: cancellation requested, {InFlight} in-flight messages drained", "Morrowfield.Ledger.Worker.PostingConsumer", Consumer=pick(R, ["PostingConsumer", "SettlementConsumer"]), InFlight=R.randint(0, 10), TaskId=hexs(R, 32))
    return [n_started, n_env, n_root, n_stop, n_listen, n_batch, n_ef, n_health, n_dupok, n_retry, n_closed, n_fxok,
            n_closedacct, n_dp1, n_dp2, n_stmt, n_recon, n_empty, n_cancel, n_batch, n_ef, n_health]


def fam4(R):
    return build(R, F4, [("reconcile-job-exhausts-npgsql-pool", lg_pool),
                         ("postings-reprocessed-visibility-timeout-duplicate-key", lg_dup),
                         ("fx-rates-provider-api-key-expired", lg_fx),
                         ("statement-mapper-nullref-missing-counterparty", lg_nullref),
                         ("settlements-queue-url-wrong-account", lg_queue, 6)], lg_negs())


FAMILIES = {F3: fam3, F4: fam4}
