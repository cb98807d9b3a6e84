"""Families: springboot3-ecs-payments-adyen-resilience4j, dotnet8-minimal-api-fraud-braintree-ecs.

Java 21 / Spring Boot 3.3 services of "quillmart" (invented) on ECS Fargate: payments-service logs Boot's default
console pattern ("<ISO time> <LEVEL> <pid> --- [<app>] [<thread>] <logger> : <msg>" and the stack trace on the
following lines); refunds-service and settlement-service log logstash-logback-encoder JSON (@timestamp, @version,
message, logger_name, thread_name, level, level_value, stack_trace). The awslogs driver's
awslogs-multiline-pattern '^(\\d{4}-\\d{2}-\\d{2}T|\\{|Terminating)' keeps a plain record and its stack as one event.
.NET 8 minimal APIs: fraud-api uses Microsoft.Extensions.Logging's simple console formatter ("fail: Category[EventId]"
then the message indented six spaces; multiline pattern '^(trce|dbug|info|warn|fail|crit): '), braintree-gateway
the JSON console formatter (EventId, LogLevel, Category, Message, Exception, State)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, day, hms, iso, epoch)

# ---------------------------------------------------------------- springboot3-ecs-payments-adyen-resilience4j
F1 = "springboot3-ecs-payments-adyen-resilience4j"


def boot(R, level, thread, logger, msg, app="payments-service"):
    return "%s %5s 1 --- [%s] [%s] %-40s : %s" % (iso(R, 3, "Z"), level, app, thread.rjust(15)[-15:], logger, msg)


def lj(R, level, logger, thread, msg, stack=None, app="refunds-service", **kw):
    d = {"@timestamp": iso(R, 3, "Z"), "@version": "1", "message": msg, "logger_name": logger, "thread_name": thread, "level": level,
         "level_value": {"ERROR": 40000, "WARN": 30000, "INFO": 20000, "DEBUG": 10000}[level], "app": app}
    d.update(kw)
    if stack:
        d["stack_trace"] = stack
    return jd(d)


def exec_thread(R):
    return "nio-8080-exec-%d" % R.randint(1, 40)


def psp(R):
    return "%s%s" % (pick(R, ["K", "L", "M", "N"]), digits(R, 15))


def order_id(R):
    return "QM-%s-%s" % (digits(R, 6), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)))


def e_adyen401(R):
    # the Adyen API key of ws_921407@Company.Quillmart was revoked during a credential clean-up; authorisations fail
    # with 401 until the breaker opens, then every call is rejected by the open breaker
    if R.random() < 0.55:
        return boot(
            R, "ERROR", exec_thread(R), "c.q.payments.adyen.AdyenPaymentGateway", "Authorisation for order %s failed: HTTP 401 {\"status\":401,\"errorCode\":\"000\",\"message\":\"HTTP Status Response - Unauthorized\",\"errorType\":\"security\"}" % order_id(R)) + (
            "\ncom.adyen.service.exception.ApiException: HTTP Exception"
            "\n\tat com.adyen.httpclient.AdyenHttpClient.request(AdyenHttpClient.java:151)"
            "\n\tat com.adyen.service.resource.Resource.request(Resource.java:88)"
            "\n\tat com.adyen.service.checkout.PaymentsApi.payments(PaymentsApi.java:512)"
            "\n\tat com.quillmart.payments.adyen.AdyenPaymentGateway.authorise(AdyenPaymentGateway.java:74)"
            "\n\tat io.github.resilience4j.circuitbreaker.CircuitBreaker.lambda$decorateCheckedSupplier$0(CircuitBreaker.java:70)")
    return boot(R, "ERROR", exec_thread(R), "c.q.payments.api.CheckoutPaymentController", "Payment for order %s not attempted: payment provider unavailable" % order_id(R)) + (
        "\nio.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'adyen' is OPEN and does not permit further calls"
        "\n\tat io.github.resilience4j.circuitbreaker.CallNotPermittedException.createCallNotPermittedException(CallNotPermittedException.java:48)"
        "\n\tat io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine$OpenState.acquirePermission(CircuitBreakerStateMachine.java:%d)"
        "\n\tat io.github.resilience4j.circuitbreaker.CircuitBreaker.lambda$decorateCheckedSupplier$0(CircuitBreaker.java:66)"
        "\n\tat com.quillmart.payments.adyen.AdyenPaymentGateway.authorise(AdyenPaymentGateway.java:71)" % pick(R, [696, 697]))


def e_hikari(R):
    # refund-report streams a JPA query inside an un-closed @Transactional stream: connections leak until the pool is empty
    if R.random() < 0.3:
        return lj(R, "WARN", "com.zaxxer.hikari.pool.ProxyLeakTask", "HikariPool-1 housekeeper", "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread refund-report-%d, stack trace follows" % (hexs(R, 8), R.randint(1, 4)),
                  stack="java.lang.Exception: Apparent connection leak detected\n\tat com.quillmart.refunds.report.RefundReportJob.streamRefunds(RefundReportJob.java:57)\n\tat com.quillmart.refunds.report.RefundReportJob.run(RefundReportJob.java:33)")
    waiting = R.randint(3, 60)
    return lj(R, "ERROR", "com.quillmart.refunds.api.RefundController", exec_thread(R), "Refund request %s failed" % uuid(R),
              stack=("org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction\n"
                     "\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)\n"
                     "\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:531)\n"
                     "\tat com.quillmart.refunds.service.RefundService$$SpringCGLIB$$0.create(<generated>)\n"
                     "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)] [n/a]\n"
                     "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:100)\n"
                     "\t... 98 common frames omitted\n"
                     "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)\n"
                     "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
                     "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)\n\t... 104 common frames omitted") % (waiting, waiting))


def e_hmac(R):
    # the HMAC key of the standard notification webhook was regenerated in the Customer Area, not in Parameter Store
    return boot(R, "ERROR", exec_thread(R), "c.q.payments.adyen.NotificationController", "HMAC validation failed for notification pspReference=%s eventCode=%s merchantAccount=QuillmartEU, rejecting batch (Adyen will retry)" % (
        psp(R), pick(R, ["AUTHORISATION", "CAPTURE", "REFUND", "CANCELLATION", "CHARGEBACK", "REPORT_AVAILABLE"])))


def e_oom(R):
    # settlement-service builds the monthly settlement report for all merchants in memory (-Xmx1g)
    if R.random() < 0.35:
        return "Terminating due to java.lang.OutOfMemoryError: Java heap space" + ("" if R.random() < 0.5 else "\n# (ExitOnOutOfMemoryError) task %s" % hexs(R, 32))
    return lj(R, "ERROR", "org.springframework.scheduling.support.TaskUtils$LoggingErrorHandler", "scheduling-1", "Unexpected error occurred in scheduled task", app="settlement-service",
              stack="java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n"
                    "\tat com.quillmart.settlement.report.SettlementReportBuilder.collect(SettlementReportBuilder.java:%d)\n\tat com.quillmart.settlement.report.MonthlySettlementJob.run(MonthlySettlementJob.java:41)" % R.randint(88, 93),
              batch="settlement-%s" % pick(R, ["2029-09", "2029-09-eu", "2029-09-ch"]), attempt=R.randint(1, 12))


def e_sqsconv(R):
    # the POS system sends refund amounts as "12,50" (German decimal comma) since its 7.4 update; every message fails
    # conversion and is redelivered until it reaches refunds-dlq
    amt = "%d,%02d" % (R.randint(1, 400), R.randint(0, 99))
    return lj(R, "ERROR", "io.awspring.cloud.sqs.listener.errorhandler.LoggingErrorHandler", "refunds-pos-queue-%d" % R.randint(1, 8), "Error processing message %s" % uuid(R),
              stack=("org.springframework.messaging.converter.MessageConversionException: Could not read JSON: Cannot deserialize value of type `java.math.BigDecimal` from String \"%s\": not a valid representation\n"
                     " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.quillmart.refunds.pos.PosRefund[\"amount\"])\n"
                     "\tat org.springframework.messaging.converter.MappingJackson2MessageConverter.convertFromInternal(MappingJackson2MessageConverter.java:247)\n"
                     "Caused by: com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.math.BigDecimal` from String \"%s\": not a valid representation\n"
                     "\tat com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)\n\t... 31 common frames omitted") % (amt, R.randint(40, 90), amt),
              queue="refunds-pos", receiveCount=R.randint(1, 5))


def e_negs():
    def n_start(R):
        return boot(R, "INFO", "main", pick(R, ["c.q.payments.PaymentsApplication", "o.s.b.w.embedded.tomcat.TomcatWebServer", "com.zaxxer.hikari.HikariDataSource"]),
                    pick(R, ["Started PaymentsApplication in %d.%03d seconds (process running for %d.%03d)" % (R.randint(8, 20), R.randint(0, 999), R.randint(21, 25), R.randint(0, 999)),
                             "Tomcat started on port 8080 (http) with context path '/'", "HikariPool-1 - Start completed.", "HikariPool-1 - Starting...",
                             "Starting PaymentsApplication v3.%d.%d using Java 21.0.%d with PID 1 (/app/app.jar started by app in /app)" % (R.randint(10, 14), R.randint(0, 9), R.randint(3, 5))]))

    def n_osiv(R):
        return boot(R, "WARN", "main", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning")

    def n_auth_ok(R):
        return boot(R, "INFO", exec_thread(R), "c.q.payments.adyen.AdyenPaymentGateway", "Authorisation for order %s: resultCode=Authorised pspReference=%s" % (order_id(R), psp(R)))

    def n_refused(R):
        return boot(R, "INFO", exec_thread(R), "c.q.payments.adyen.AdyenPaymentGateway", "Authorisation for order %s: resultCode=Refused refusalReason=%s pspReference=%s" % (order_id(R), pick(R, ["Not enough balance", "CVC Declined", "Expired Card", "FRAUD", "Issuer Unavailable", "Acquirer Error"]), psp(R)))

    def n_3ds(R):
        return boot(R, "INFO", exec_thread(R), "c.q.payments.adyen.AdyenPaymentGateway", "Authorisation for order %s: resultCode=RedirectShopper (3DS2 challenge)" % order_id(R))

    def n_notif_ok(R):
        return boot(R, "INFO", exec_thread(R), "c.q.payments.adyen.NotificationController", "Accepted %d notification item(s), HMAC valid, responding [accepted]" % R.randint(1, 6))

    def n_r4j(R):
        return boot(R, "INFO", "fx-rates-%d" % R.randint(1, 4), "c.q.payments.config.ResilienceEventLogger", pick(R, [
            "CircuitBreaker 'fx-rates' changed state from OPEN to HALF_OPEN", "CircuitBreaker 'fx-rates' changed state from HALF_OPEN to CLOSED",
            "CircuitBreaker 'fx-rates' recorded a successful call. Elapsed time: %dms" % R.randint(10, 300)]) + " [%s]" % hexs(R, 6))

    def n_retry(R):
        return boot(R, "WARN", exec_thread(R), "c.q.payments.config.ResilienceEventLogger", "Retry 'adyenCapture' recorded a successful retry attempt. Number of retry attempts: 1, Last exception was: java.net.SocketTimeoutException: Read timed out (order %s)" % order_id(R))

    def n_health(R):
        return boot(R, "DEBUG", exec_thread(R), "o.s.b.a.health.HealthEndpointWebExtension", "Health: status=UP components={db=UP, diskSpace=UP, adyen=UP, ping=UP} (%dms)" % R.randint(1, 40))

    def n_refund_ok(R):
        return lj(R, "INFO", "com.quillmart.refunds.service.RefundService", exec_thread(R), "Refund created", refundId="rf_" + lower(R, 14), orderId=order_id(R), amount="%d.%02d" % (R.randint(1, 400), R.randint(0, 99)), currency="EUR", provider=pick(R, ["ADYEN", "PAYPAL", "STRIPE"]))

    def n_refund_rej(R):
        return lj(R, "WARN", "com.quillmart.refunds.api.RefundController", exec_thread(R), "Refund rejected with 422: amount exceeds captured amount", orderId=order_id(R), errorCode="REFUND_EXCEEDS_CAPTURE")

    def n_sqs_ok(R):
        return lj(R, "INFO", "com.quillmart.refunds.pos.PosRefundListener", "refunds-pos-queue-%d" % R.randint(1, 8), "POS refund processed", storeId="DE-%03d" % R.randint(1, 140), messageId=uuid(R))

    def n_settle(R):
        return lj(R, "INFO", "com.quillmart.settlement.report.DailySettlementJob", "scheduling-1", "Daily settlement reconciled: %d transactions, %d mismatches, 0 failed uploads" % (R.randint(2000, 40000), R.randint(0, 3)), app="settlement-service")

    def n_hikari_stats(R):
        return lj(R, "DEBUG", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 housekeeper", "HikariPool-1 - Pool stats (total=10, active=%d, idle=%d, waiting=0)" % ((lambda a: (a, 10 - a))(R.randint(0, 6))))

    def n_sql(R):
        return lj(R, "DEBUG", "org.hibernate.SQL", exec_thread(R), "select r1_0.id,r1_0.amount,r1_0.status from refunds r1_0 where r1_0.order_id=? -- %s" % hexs(R, 6))

    def n_shutdown(R):
        return boot(R, "INFO", "SpringApplicationShutdownHook", pick(R, ["o.s.b.w.e.tomcat.GracefulShutdown", "com.zaxxer.hikari.HikariDataSource"]), pick(R, ["Commencing graceful shutdown. Waiting for active requests to complete", "Graceful shutdown complete", "HikariPool-1 - Shutdown initiated...", "HikariPool-1 - Shutdown completed."]))

    return [n_start, n_osiv, n_auth_ok, n_refused, n_3ds, n_notif_ok, n_r4j, n_retry, n_health, n_refund_ok, n_refund_rej, n_sqs_ok, n_settle, n_hikari_stats, n_sql, n_shutdown,
            n_auth_ok, n_refused, n_refund_ok]


def fam_spring(R):
    return build(R, F1, [("adyen-api-key-revoked-401-breaker-open", e_adyen401), ("refunds-hikari-pool-exhausted-report-connection-leak", e_hikari),
                         ("adyen-notification-hmac-key-regenerated", e_hmac), ("settlement-monthly-report-heap-oom", e_oom),
                         ("refunds-pos-decimal-comma-conversion-failure", e_sqsconv)], e_negs())


# ---------------------------------------------------------------- dotnet8-minimal-api-fraud-braintree-ecs
F2 = "dotnet8-minimal-api-fraud-braintree-ecs"


def mel(R, lvl, cat, eid, msg):
    return "%s: %s[%d]\n      %s" % (lvl, cat, eid, msg.replace("\n", "\n      "))


def mj(R, level, cat, eid, msg, fmt=None, exc=None, **state):
    d = {"EventId": eid, "LogLevel": level, "Category": cat, "Message": msg}
    if exc:
        d["Exception"] = exc
    st = {"Message": msg}
    st.update(state)
    st["{OriginalFormat}"] = fmt or msg
    d["State"] = st
    return jd(d)


def conn(R):
    return "0HN7" + upper(R, 9)


def scope(R, path):
    c = conn(R)
    return "=> SpanId:%s, TraceId:%s, ParentId:0000000000000000 => ConnectionId:%s => RequestPath:%s RequestId:%s:%08X\n" % (hexs(R, 16), hexs(R, 32), c, path, c, R.randint(1, 0x40))


def f_braintree(R):
    # the Braintree API private key was regenerated by the PSP team; braintree-gateway still loads the old key pair
    txn = "order-" + digits(R, 8)
    return mj(R, "Error", "Quillmart.BraintreeGateway.SaleEndpoint", 3001, "Braintree sale failed for %s" % txn, "Braintree sale failed for {OrderRef}",
              exc="Braintree.Exceptions.AuthenticationException: Exception of type 'Braintree.Exceptions.AuthenticationException' was thrown.\n"
                  "   at Braintree.HttpService.ThrowExceptionIfErrorStatusCode(HttpStatusCode httpStatusCode, String message)\n"
                  "   at Braintree.BraintreeService.PostAsync(String url, Request requestBody)\n"
                  "   at Braintree.TransactionGateway.SaleAsync(TransactionRequest request)\n"
                  "   at Quillmart.BraintreeGateway.SaleEndpoint.HandleAsync(SaleRequest req, IBraintreeGateway gw) in /src/BraintreeGateway/SaleEndpoint.cs:line %d" % pick(R, [48, 48, 52]),
              OrderRef=txn)


def f_npgsql(R):
    # Secrets Manager rotated fraud_app's RDS password; fraud-api builds its connection string once at start-up
    if R.random() < 0.5:
        return mel(R, "fail", "Quillmart.Fraud.Rules.RuleStore", 2101, "Loading velocity rules failed (attempt %d)\nNpgsql.PostgresException (0x80004005): 28P01: password authentication failed for user \"fraud_app\"\n"
                   "   at Npgsql.Internal.NpgsqlConnector.<ReadMessage>g__ReadMessageLong|213_0(NpgsqlConnector connector, Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
                   "   at Npgsql.Internal.NpgsqlConnector.AuthenticateSASLSha256Plus(NpgsqlConnectionStringBuilder settings, String username, Boolean async, CancellationToken cancellationToken)\n"
                   "   at Quillmart.Fraud.Rules.RuleStore.LoadAsync(CancellationToken ct) in /src/Fraud/Rules/RuleStore.cs:line 37\n"
                   "  Exception data:\n    Severity: FATAL\n    SqlState: 28P01\n    MessageText: password authentication failed for user \"fraud_app\"\n    File: auth.c\n    Line: %d\n    Routine: auth_failed" % (R.randint(1, 40), pick(R, [323, 326])))
    return mel(R, "fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, scope(R, "/v1/score") + "An unhandled exception has occurred while executing the request.\n"
               "Npgsql.PostgresException (0x80004005): 28P01: password authentication failed for user \"fraud_app\"\n"
               "   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)\n"
               "   at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)\n"
               "   at Quillmart.Fraud.Scoring.HistoryRepository.GetCustomerHistoryAsync(String customerRef) in /src/Fraud/Scoring/HistoryRepository.cs:line %d\n"
               "   at Program.<>c.<<<Main>$>b__0_2>d.MoveNext() in /src/Fraud/Program.cs:line 61" % R.randint(28, 31))


def f_sagemaker(R):
    # fraud-score-v7 endpoint: the new model artefact expects 43 features, fraud-api sends 41
    ep = "fraud-score-v7"
    if R.random() < 0.6:
        return mel(R, "fail", "Quillmart.Fraud.Scoring.ModelClient", 2201, "Model invocation failed for order %s, falling back to rules-only (decision quality degraded)\nAmazon.SageMakerRuntime.Model.ModelErrorException: Received server error (500) from primary with message \"{\"error\": \"ValueError: X has 41 features, but GradientBoostingClassifier is expecting 43 features as input.\"}\". See https://%s.console.aws.amazon.com/cloudwatch/home?region=%s#logEventViewer:group=/aws/sagemaker/Endpoints/%s in account %s for more information.\n"
                   " ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n"
                   "   at Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)\n"
                   "   --- End of inner exception stack trace ---\n   at Quillmart.Fraud.Scoring.ModelClient.ScoreAsync(ScoreRequest req) in /src/Fraud/Scoring/ModelClient.cs:line 52" % (order_id(R), REGION, REGION, ep, ACCT))
    return mel(R, "warn", "Quillmart.Fraud.Scoring.ScoreEndpoint", 2202, "Order %s scored rules-only: model endpoint %s returned ModelError (500)" % (order_id(R), ep))


def f_redis(R):
    # fraud-cache's security group lost the ingress rule from the fraud-api tasks' security group
    key = "velocity:card:%s" % hexs(R, 16)
    return mel(R, "fail", "Quillmart.Fraud.Velocity.VelocityCounter", 2301, "Velocity check failed for %s\nStackExchange.Redis.RedisConnectionException: No connection is active/available to service this operation: INCR %s, UnableToConnect on fraud-cache.q4zm1x.ng.0001.euc1.cache.amazonaws.com:6379/Interactive, Initializing/NotStarted, last: NONE, origin: BeginConnectAsync, outstanding: 0, last-read: %ds ago, last-write: %ds ago, keep-alive: 60s, state: Connecting, mgr: 10 of 10 available, last-heartbeat: never, global: %ds ago, v: 2.7.33.41805\n"
               "   at StackExchange.Redis.ConnectionMultiplexer.ThrowFailed[T](TaskCompletionSource`1 source, Exception unthrownException)" % (order_id(R), key, R.randint(3, 9), R.randint(3, 9), R.randint(0, 5)))


def f_json(R):
    # dispute webhooks: the provider now sends "amount" as a string ("59.90"); the handler deserializes manually -> 500
    col = R.randint(40, 120)
    return mel(R, "fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, scope(R, "/v1/disputes/webhook") + "An unhandled exception has occurred while executing the request.\n"
               "System.Text.Json.JsonException: The JSON value could not be converted to System.Decimal. Path: $.dispute.amount | LineNumber: 0 | BytePositionInLine: %d.\n"
               " ---> System.InvalidOperationException: Cannot get the value of a token type 'String' as a number.\n"
               "   at System.Text.Json.ThrowHelper.ThrowInvalidOperationException_ExpectedNumber(JsonTokenType tokenType)\n"
               "   --- End of inner exception stack trace ---\n"
               "   at System.Text.Json.JsonSerializer.Deserialize[TValue](String json, JsonSerializerOptions options)\n"
               "   at Quillmart.Fraud.Disputes.DisputeWebhook.HandleAsync(HttpRequest request) in /src/Fraud/Disputes/DisputeWebhook.cs:line 29" % col)


def f_negs():
    def n_lifetime(R):
        return mel(R, "info", "Microsoft.Hosting.Lifetime", pick(R, [14, 0, 0]), pick(R, ["Now listening on: http://[::]:8080", "Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: /app", "Application is shutting down..."]))

    def n_dp(R):
        return mel(R, "warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60, "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning")

    def n_https(R):
        return mel(R, "warn", "Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware", 3, "Failed to determine the https port for redirect.")

    def n_req(R):
        return mel(R, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 %s http://fraud-api.quillmart.internal:8080/%s - %d - application/json;+charset=utf-8 %.4fms" % (
            pick(R, ["POST", "POST", "GET"]), pick(R, ["v1/score", "v1/score", "health", "v1/disputes/webhook"]), pick(R, [200, 200, 200, 202]), R.random() * 90 + 0.4))

    def n_decision(R):
        return mel(R, "info", "Quillmart.Fraud.Scoring.ScoreEndpoint", 2000, "Order %s scored %.3f -> %s (model fraud-score-v6, %dms)" % (order_id(R), R.random(), pick(R, ["Accept", "Accept", "Accept", "Review", "Decline"]), R.randint(8, 90)))

    def n_decline(R):
        # fraud rules decline a suspicious order: the system working as intended
        return mel(R, "warn", "Quillmart.Fraud.Rules.RuleEngine", 2105, "Order %s declined by rule %s (card used from %d countries in 24h)" % (order_id(R), pick(R, ["VEL-07", "GEO-03", "BIN-12"]), R.randint(3, 6)))

    def n_hc(R):
        return mel(R, "dbug", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 101, "Health check %s with status Healthy completed after %.4fms with message '(null)'" % (pick(R, ["npgsql", "redis", "sagemaker"]), R.random() * 20))

    def n_polly(R):
        return mel(R, "warn", "Polly", 3, "Execution attempt. Source: 'fraud-api/model-client/Standard-Retry', Operation Key: '', Result: '503', Handled: 'True', Attempt: '0', Execution Time: %.4fms" % (R.random() * 400 + 20))

    def n_bt_ok(R):
        t = "order-" + digits(R, 8)
        return mj(R, "Information", "Quillmart.BraintreeGateway.SaleEndpoint", 3000, "Braintree sale %s for %s: submitted_for_settlement" % (lower(R, 8), t), "Braintree sale {TransactionId} for {OrderRef}: {Status}", TransactionId=lower(R, 8), OrderRef=t, Status="submitted_for_settlement")

    def n_bt_decl(R):
        t = "order-" + digits(R, 8)
        code, text = pick(R, [("2001", "Insufficient Funds"), ("2000", "Do Not Honor"), ("2004", "Expired Card"), ("2010", "Card Issuer Declined CVV"), ("2046", "Declined")])
        return mj(R, "Warning", "Quillmart.BraintreeGateway.SaleEndpoint", 3002, "Braintree processor declined %s: %s %s" % (t, code, text), "Braintree processor declined {OrderRef}: {Code} {Text}", OrderRef=t, Code=code, Text=text)

    def n_bt_gateway_rej(R):
        t = "order-" + digits(R, 8)
        return mj(R, "Warning", "Quillmart.BraintreeGateway.SaleEndpoint", 3003, "Braintree gateway rejected %s: cvv" % t, "Braintree gateway rejected {OrderRef}: {Reason}", OrderRef=t, Reason="cvv")

    def n_bt_hosting(R):
        return mj(R, "Information", "Microsoft.Hosting.Lifetime", pick(R, [0, 14]), pick(R, ["Application started. Press Ctrl+C to shut down.", "Now listening on: http://[::]:8081", "Hosting environment: Production"]) + " (braintree-gateway %s)" % hexs(R, 7), None)

    def n_bt_req(R):
        ms = round(R.random() * 900 + 30, 4)
        return mj(R, "Information", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 POST http://braintree-gateway:8081/v1/sale - 200 - application/json;+charset=utf-8 %sms" % ms,
                  "Request finished {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms", ElapsedMilliseconds=ms, StatusCode=200)

    def n_ef_binding(R):
        # minimal API parameter binding failure: 400 to the caller, logged at debug
        return mel(R, "dbug", "Microsoft.AspNetCore.Http.RequestDelegateFactory", 2, "Failed to read parameter \"ScoreRequest req\" from the request body as JSON. (client %s sent malformed body)" % ip10(R, 60))

    return [n_lifetime, n_dp, n_https, n_req, n_decision, n_decline, n_hc, n_polly, n_bt_ok, n_bt_decl, n_bt_gateway_rej, n_bt_hosting, n_bt_req, n_ef_binding,
            n_req, n_decision, n_bt_ok, n_req]


def fam_dotnet(R):
    return build(R, F2, [("braintree-private-key-regenerated-authentication-exception", f_braintree), ("fraud-db-password-rotated-28p01", f_npgsql),
                         ("sagemaker-fraud-score-v7-feature-count-mismatch", f_sagemaker), ("fraud-cache-security-group-unable-to-connect", f_redis),
                         ("dispute-webhook-amount-string-jsonexception", f_json)], f_negs())


FAMILIES = {F1: fam_spring, F2: fam_dotnet}
