"""Families: dotnet8-lambda-powertools-efcore, sfn-glue-apigw-execution."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, pick, jd, epoch, epoch_ms, port, trace_id,
                    build, lambda_report, lambda_start, lambda_end, init_start)

ACCT = "111122223333"

# ---------------------------------------------------------------- dotnet8-lambda-powertools-efcore
# .NET 8 Lambda functions (managed dotnet8 runtime): payments uses Powertools for AWS Lambda (.NET)
# Logger (JSON, `exception` object); ledger and reports use ILambdaLogger with the function's log
# format JSON (timestamp/level/requestId/traceId/message, errorType/errorMessage/stackTrace); notify
# uses the text format (`<time>\t<requestId>\t<level>\t<message>`). EF Core 8 + Npgsql.
F5 = "dotnet8-lambda-powertools-efcore"


def nts(R):
    return "2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def pt(R, level, msg, exc=None, **kw):
    d = {"cold_start": R.random() < 0.15, "xray_trace_id": trace_id(R), "function_name": "payments-capture", "function_version": "$LATEST",
         "function_memory_size": 1024, "function_arn": "arn:aws:lambda:us-east-1:%s:function:payments-capture" % ACCT,
         "function_request_id": uuid(R), "timestamp": nts(R), "level": level, "service": "payments", "name": "AWS.Lambda.Powertools.Logging.Logger", "message": msg}
    d.update(kw)
    if exc:
        d["exception"] = {"type": exc[0], "message": exc[1], "source": exc[2], "stack_trace": exc[3]}
    return jd(d)


def lj(R, fn, level, msg, exc=None, **kw):
    d = {"timestamp": nts(R), "level": level, "requestId": uuid(R), "traceId": "Root=%s;Parent=%s;Sampled=1" % (trace_id(R), hexs(R, 16)), "message": msg}
    d.update(kw)
    if exc:
        d["errorType"], d["errorMessage"], d["stackTrace"] = exc
    return jd(d)


def txt(R, level, msg):
    return "%s\t%s\t%s\t%s" % (nts(R), uuid(R), level, msg)


def f5_dup(R):
    ref = "re_" + alnum(R, 18)
    inner = "Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"IX_Refunds_ExternalRef\"\n\nDETAIL: Detail redacted as it may contain sensitive data. Specify 'Include Error Detail' in the connection string to include this information."
    st = "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)\n   at Payments.Function.Refunds.RefundHandler.RecordAsync(Refund refund) in /src/Payments.Function/Refunds/RefundHandler.cs:line %d" % pick(R, [64, 64, 66])
    if R.random() < 0.65:
        return pt(R, "Error", "Refund %s could not be recorded" % ref, ("Microsoft.EntityFrameworkCore.DbUpdateException", "An error occurred while saving the entity changes. See the inner exception for details.", "Microsoft.EntityFrameworkCore.Relational",
                                                                        "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> " + inner + "\n   --- End of inner exception stack trace ---\n" + st))
    return pt(R, "Error", "Refund webhook failed: DbUpdateException (23505 IX_Refunds_ExternalRef) for %s" % ref, refundId=ref)


def f5_relation(R):
    m = "42P01: relation \"PaymentAttempts\" does not exist\n\nPOSITION: %d" % R.randint(13, 60)
    if R.random() < 0.6:
        return pt(R, "Error", "Capture failed for payment %s" % ("pay_" + alnum(R, 16)), ("Npgsql.PostgresException", m, "Npgsql", "Npgsql.PostgresException (0x80004005): %s\n   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n   at Payments.Function.Capture.CaptureHandler.HandleAsync(CaptureRequest request, ILambdaContext context) in /src/Payments.Function/Capture/CaptureHandler.cs:line %d" % (m, pick(R, [41, 41]))))
    return pt(R, "Error", "Failed executing DbCommand (%dms) [Parameters=[@p0='?' (DbType = Guid), @p1='?'], CommandType='Text', CommandTimeout='30']\nINSERT INTO \"PaymentAttempts\" (\"Id\", \"PaymentId\") VALUES (@p0, @p1);" % R.randint(1, 40), category="Microsoft.EntityFrameworkCore.Database.Command", eventId=20102)


def f5_secret(R):
    v = R.random()
    if v < 0.5:
        return pt(R, "Critical", "Could not load configuration", ("Amazon.SecretsManager.Model.ResourceNotFoundException", "Secrets Manager can't find the specified secret.", "AWSSDK.Core",
                                                                  "Amazon.SecretsManager.Model.ResourceNotFoundException: Secrets Manager can't find the specified secret.\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   --- End of inner exception stack trace ---\n   at Payments.Function.Startup.LoadSecretsAsync() in /src/Payments.Function/Startup.cs:line %d" % pick(R, [29, 29])), secretId="payments/prod/stripe")
    if v < 0.8:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.ExitError" % R.uniform(900, 4000)
    return "RequestId: %s Error: Runtime exited with error: exit status 1\nRuntime.ExitError" % uuid(R)


def f5_nullref(R):
    st = "   at Payments.Function.Capture.ReceiptBuilder.Build(Payment payment) in /src/Payments.Function/Capture/ReceiptBuilder.cs:line %d\n   at Payments.Function.Capture.CaptureHandler.HandleAsync(CaptureRequest request, ILambdaContext context) in /src/Payments.Function/Capture/CaptureHandler.cs:line 57" % pick(R, [23, 23, 24])
    return pt(R, "Error", "Unhandled exception while building receipt for %s" % ("pay_" + alnum(R, 16)), ("System.NullReferenceException", "Object reference not set to an instance of an object.", "Payments.Function", "System.NullReferenceException: Object reference not set to an instance of an object.\n" + st))


def f5_fx(R):
    if R.random() < 0.6:
        return pt(R, "Error", "FX rate lookup failed", ("System.Net.Http.HttpRequestException", "Name or service not known (fx.internal.example.com:443)", "System.Net.Http",
                                                       "System.Net.Http.HttpRequestException: Name or service not known (fx.internal.example.com:443)\n ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\n   --- End of inner exception stack trace ---\n   at Payments.Function.Fx.FxClient.GetRateAsync(String from, String to) in /src/Payments.Function/Fx/FxClient.cs:line %d" % pick(R, [38, 38])), currencyPair="%s/%s" % (pick(R, ["EUR", "GBP", "JPY", "CAD"]), "USD"))
    return pt(R, "Error", "Capture %s aborted: FX rate unavailable after 3 attempts (Name or service not known)" % ("pay_" + alnum(R, 16)))


def f5_json(R):
    m = "The JSON value could not be converted to System.Decimal. Path: $.amount | LineNumber: 0 | BytePositionInLine: %d." % R.randint(30, 90)
    if R.random() < 0.6:
        return lj(R, "ledger-post", "Error", "Failed to deserialize ledger message %s" % uuid(R), ("System.Text.Json.JsonException", m, ["   at System.Text.Json.ThrowHelper.ReThrowWithPath(ReadStack& state, Utf8JsonReader& reader, Exception ex)", "   at Ledger.Function.Function.FunctionHandler(SQSEvent evnt, ILambdaContext context) in /src/Ledger.Function/Function.cs:line %d" % pick(R, [44, 44])]))
    return lj(R, "ledger-post", "Error", "batchItemFailures: 1 of %d (messageId=%s, JsonException at $.amount)" % (R.randint(2, 10), uuid(R)))


def f5_locktimeout(R):
    v = R.random()
    if v < 0.4:
        return lj(R, "ledger-post", "Error", "Posting failed for account %s" % ("ACC-" + digits(R, 7)), ("Npgsql.NpgsqlException", "Exception while reading from stream", ["   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)", "   at Ledger.Function.Balances.BalanceRepository.LockAsync(Guid accountId) in /src/Ledger.Function/Balances/BalanceRepository.cs:line %d" % pick(R, [31, 31])]),
                  innerException="System.TimeoutException: Timeout during reading attempt")
    if v < 0.7:
        return "%s %s Task timed out after %.2f seconds" % (nts(R), uuid(R), 30 + R.random() * 0.05)
    return lambda_report(R, mem=512, status="timeout", dur=30000 + R.uniform(0, 60))


def f5_concurrency(R):
    m = "The database operation was expected to affect 1 row(s), but actually affected 0 row(s); data may have been modified or deleted since entities were loaded. See https://go.microsoft.com/fwlink/?LinkId=527962 for information on understanding and handling optimistic concurrency exceptions."
    return lj(R, "ledger-post", "Error", "Balance update lost for account %s" % ("ACC-" + digits(R, 7)), ("Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException", m, ["   at Npgsql.EntityFrameworkCore.PostgreSQL.Update.Internal.NpgsqlModificationCommandBatch.ThrowAggregateUpdateConcurrencyExceptionAsync(RelationalDataReader reader, Int32 commandIndex, Int32 expectedRowsAffected, Int32 rowsAffected, CancellationToken cancellationToken)", "   at Ledger.Function.Balances.BalanceRepository.SaveAsync() in /src/Ledger.Function/Balances/BalanceRepository.cs:line %d" % pick(R, [58, 58])]))


def f5_oom(R):
    v = R.random()
    if v < 0.4:
        return lj(R, "reports-monthly", "Error", "Report generation failed for %s" % pick(R, ["2027-12", "2027-11"]) + " tenant %s" % lower(R, 6), ("System.OutOfMemoryException", "Exception of type 'System.OutOfMemoryException' was thrown.", ["   at System.Collections.Generic.List`1.set_Capacity(Int32 value)", "   at Reports.Function.MonthlyReport.LoadAllAsync() in /src/Reports.Function/MonthlyReport.cs:line %d" % pick(R, [77, 77])]))
    if v < 0.7:
        return lambda_report(R, mem=1024, status="error", used=1024, dur=R.uniform(5000, 90000))
    return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % uuid(R)


def f5_s3(R):
    return lj(R, "reports-monthly", "Error", "Upload of report %s.xlsx failed" % uuid(R), ("Amazon.S3.AmazonS3Exception", "Access Denied", ["   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)", "   at Reports.Function.Output.S3Writer.PutAsync(String key, Stream body) in /src/Reports.Function/Output/S3Writer.cs:line %d" % pick(R, [22, 22])]),
              bucket="finance-reports-%s" % ACCT, kmsKey="alias/finance-reports")


def f5_sns(R):

    if R.random() < 0.6:
        return txt(R, "fail", "Amazon.SimpleNotificationService.Model.InvalidParameterException: Invalid parameter: PhoneNumber Reason: %s is not valid to publish to\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   --- End of inner exception stack trace ---\n   at Notify.Function.SmsSender.SendAsync(String phone, String text) in /src/Notify.Function/SmsSender.cs:line %d" % ("(%s) %s-%s" % (digits(R, 3), digits(R, 3), digits(R, 4)), pick(R, [35, 35])))
    return txt(R, "error", "SMS to customer %s not sent: InvalidParameter PhoneNumber (not E.164)" % uuid(R)[:8])


def f5_neg(R):
    v = R.random()
    if v < 0.12:
        return lambda_start(R)
    if v < 0.22:
        return lambda_end(R)
    if v < 0.36:
        return lambda_report(R, mem=pick(R, [512, 1024]), init=R.random() < 0.2, dur=R.uniform(5, 2000))
    if v < 0.41:
        return init_start(R, "dotnet:8.v%d" % R.randint(30, 45))
    if v < 0.5:
        return pt(R, "Information", "Captured payment %s" % ("pay_" + alnum(R, 16)), amount=R.randint(100, 99999), currency="USD", errorCount=0)
    if v < 0.57:
        return pt(R, "Warning", "FX lookup timed out, retrying (attempt %d of 3)" % R.randint(1, 2), currencyPair="EUR/USD")
    if v < 0.65:
        return lj(R, "ledger-post", "Information", "Executed DbCommand (%dms) [Parameters=[@__accountId_0='?' (DbType = Guid)], CommandType='Text', CommandTimeout='30']\nSELECT b.\"Id\", b.\"Amount\" FROM \"Balances\" AS b WHERE b.\"AccountId\" = @__accountId_0 FOR UPDATE" % R.randint(1, 40))
    if v < 0.72:
        return lj(R, "ledger-post", "Information", "Processed %d messages, batchItemFailures: 0" % R.randint(1, 10))
    if v < 0.78:
        return lj(R, "ledger-post", "Warning", "Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured.")
    if v < 0.85:
        return txt(R, "info", "SMS sent to customer %s messageId=%s" % (uuid(R)[:8], uuid(R)))
    if v < 0.92:
        return lj(R, "reports-monthly", "Information", "Report %s written: %d rows, error=null" % (uuid(R)[:8], R.randint(100, 90000)))
    return pt(R, "Debug", "Idempotency record found, returning stored response", idempotencyKey=hexs(R, 32))


FAM5 = (F5, [("payments-refund-duplicate-external-ref", f5_dup), ("payments-attempts-table-missing", f5_relation),
             ("payments-stripe-secret-not-found", f5_secret), ("payments-receipt-null-reference", f5_nullref),
             ("payments-fx-host-not-resolvable", f5_fx), ("ledger-amount-string-json", f5_json),
             ("ledger-balance-lock-timeout", f5_locktimeout), ("ledger-balance-concurrency-conflict", f5_concurrency),
             ("reports-monthly-out-of-memory", f5_oom), ("reports-bucket-access-denied", f5_s3),
             ("notify-phone-not-e164", f5_sns)],
        [f5_neg, f5_neg])


# ---------------------------------------------------------------- sfn-glue-apigw-execution
# Three AWS-managed log sources as they arrive in CloudWatch Logs: API Gateway REST execution logs
# (`(<request id>) <step>` per line, log group API-Gateway-Execution-Logs_<api>/prod), Step Functions
# state-machine logging (one JSON history event per log event, level ERROR/ALL), and Glue 4.0 Spark
# jobs' driver/executor logs (log4j `yyyy-MM-dd HH:mm:ss,SSS LEVEL [thread] logger (file:method(line)): msg`
# and Spark's `yy/MM/dd HH:mm:ss LEVEL Class: msg`).
F6 = "sfn-glue-apigw-execution"


def gw(R, msg):
    return "(%s) %s" % (uuid(R), msg)


def sfn(R, typ, machine, details, level="ERROR"):
    d = {"id": str(R.randint(2, 60)), "type": typ, "details": details, "previous_event_id": str(R.randint(1, 59)), "event_timestamp": str(epoch_ms(R)),
         "execution_arn": "arn:aws:states:us-east-1:%s:execution:%s:%s" % (ACCT, machine, uuid(R)), "redrive_count": "0"}
    return json.dumps(d, separators=(",", ":"))


def glue(R, level, thread, logger, where, msg):
    return "2028-01-%02d %s,%s %s [%s] %s (%s): %s" % (day(R), hms(R), ms(R), level, thread, logger, where, msg)


def spark(R, level, cls, msg):
    return "28/01/%02d %s %s %s: %s" % (day(R), hms(R), level, cls, msg)


def f6_perm(R):
    v = R.random()
    if v < 0.4:
        return gw(R, "Execution failed due to configuration error: Invalid permissions on Lambda function")
    if v < 0.7:
        return gw(R, "Lambda invocation failed with status: 403. Lambda request id: %s" % uuid(R))
    return gw(R, "Method completed with status: 500")


def f6_proxy(R):
    v = R.random()
    if v < 0.6:
        return gw(R, "Execution failed due to configuration error: Malformed Lambda proxy response")
    return gw(R, "Method completed with status: 502")


def f6_timeout(R):
    v = R.random()
    if v < 0.45:
        return gw(R, "Execution failed due to a timeout error")
    if v < 0.7:
        return gw(R, "Endpoint response body before transformations: {\"message\": \"Endpoint request timed out\"}") if R.random() < 0.2 else gw(R, "Method completed with status: 504")
    return gw(R, "Method completed with status: 504")


def f6_sqsint(R):
    v = R.random()
    if v < 0.5:
        return gw(R, "Endpoint response body before transformations: <?xml version=\"1.0\"?><ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Access to the resource https://sqs.us-east-1.amazonaws.com/%s/partner-webhooks is denied.</Message><Detail/></Error><RequestId>%s</RequestId></ErrorResponse>" % (ACCT, uuid(R)))
    return gw(R, "Received response. Status: 403, Integration latency: %d ms" % R.randint(4, 40))


def f6_authorizer(R):
    if R.random() < 0.6:
        return gw(R, "Execution failed due to configuration error: Authorizer error")
    return gw(R, "AuthorizerConfigurationException: Lambda authorizer api-token-authorizer response did not contain a policyDocument (principalId=%s)" % uuid(R)[:8])


ETL_COL = "[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column or function parameter with name `order_ts` cannot be resolved. Did you mean one of the following? [`order_time`, `order_id`, `customer_id`, `status`, `total`].;"


def f6_unresolved(R):
    v = R.random()
    if v < 0.3:
        return glue(R, "ERROR", "main", "glue.ProcessLauncher", "Logging.scala:logError(77)", "Error from Python:Traceback (most recent call last):\n  File \"/tmp/orders_nightly_etl.py\", line %d, in <module>\n    df = df.withColumn(\"order_date\", F.to_date(\"order_ts\"))\n  File \"/opt/amazon/spark/python/lib/pyspark.zip/pyspark/sql/utils.py\", line 196, in deco\n    raise converted from None\npyspark.sql.utils.AnalysisException: %s\n'Project [...]" % (pick(R, [58, 58]), ETL_COL))
    if v < 0.55:
        return sfn(R, "TaskFailed", "orders-nightly", {"cause": "{\"AllocatedCapacity\":10,\"Arguments\":{\"--job-bookmark-option\":\"job-bookmark-enable\"},\"ErrorMessage\":\"AnalysisException: %s\",\"JobName\":\"orders-nightly-etl\",\"JobRunState\":\"FAILED\",\"Id\":\"jr_%s\"}" % (ETL_COL.replace("`", "\\u0060"), hexs(R, 64)),
                                                       "error": "States.TaskFailed", "resource": "startJobRun.sync", "resourceType": "glue"})
    if v < 0.8:
        return sfn(R, "ExecutionFailed", "orders-nightly", {"cause": "Glue job orders-nightly-etl run jr_%s FAILED: AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] order_ts" % hexs(R, 64), "error": "States.TaskFailed"})
    return spark(R, "ERROR", "GlueLogger", "job orders-nightly-etl failed at transform 'derive_order_date': AnalysisException %s" % ETL_COL[:40] + "... run=jr_%s" % hexs(R, 12))


def f6_oom(R):
    v = R.random()
    ex = R.randint(1, 20)
    if v < 0.3:
        return spark(R, "ERROR", "TaskSetManager", "Task %d in stage %d.0 failed 4 times; aborting job" % (R.randint(0, 199), pick(R, [14, 14, 15])))
    if v < 0.55:
        return spark(R, "ERROR", "Executor", "Exception in task %d.3 in stage 14.0 (TID %d)\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat org.apache.spark.sql.catalyst.expressions.UnsafeRow.copy(UnsafeRow.java:%d)\n\tat org.apache.spark.sql.execution.joins.UnsafeHashedRelation$.apply(HashedRelation.scala:%d)" % (R.randint(0, 199), R.randint(2000, 9000), 453, 426))
    if v < 0.8:
        return sfn(R, "TaskFailed", "clickstream-hourly", {"cause": "Glue job clickstream-sessionize run jr_%s FAILED: An error occurred while calling o%d.pyWriteDynamicFrame. Job aborted due to stage failure: Task %d in stage 14.0 failed 4 times, most recent failure: Lost task %d.3 in stage 14.0 (TID %d) (executor %d): java.lang.OutOfMemoryError: Java heap space" % (hexs(R, 64), R.randint(100, 300), R.randint(0, 199), R.randint(0, 199), R.randint(2000, 9000), ex),
                                                           "error": "States.TaskFailed", "resource": "startJobRun.sync", "resourceType": "glue"})
    return glue(R, "ERROR", "main", "glue.ProcessLauncher", "Logging.scala:logError(77)", "Error from Python:Traceback (most recent call last):\n  File \"/tmp/clickstream_sessionize.py\", line %d, in <module>\n    glueContext.write_dynamic_frame.from_options(frame=sessions, connection_type=\"s3\", connection_options=out, format=\"parquet\")\npy4j.protocol.Py4JJavaError: An error occurred while calling o%d.pyWriteDynamicFrame.\n: org.apache.spark.SparkException: Job aborted due to stage failure: Task %d in stage 14.0 failed 4 times, most recent failure: Lost task %d.3 in stage 14.0 (TID %d) (172.35.%d.%d executor %d): java.lang.OutOfMemoryError: Java heap space" % (
        pick(R, [91, 91]), R.randint(100, 300), R.randint(0, 199), R.randint(0, 199), R.randint(2000, 9000), R.randint(0, 255), R.randint(2, 254), ex))


def f6_s3(R):
    m = "com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: %s; S3 Extended Request ID: %s; Proxy: null), S3 Extended Request ID: %s" % (alnum(R, 16).upper(), alnum(R, 40), alnum(R, 40))
    if R.random() < 0.6:
        return glue(R, "ERROR", "main", "glue.ProcessLauncher", "Logging.scala:logError(77)", "Error from Python:Traceback (most recent call last):\n  File \"/tmp/customers_export.py\", line %d, in <module>\n    out.write.mode(\"overwrite\").parquet(\"s3://analytics-curated-%s/customers/dt=2028-01-%02d/\")\npy4j.protocol.Py4JJavaError: An error occurred while calling o%d.parquet.\n: java.nio.file.AccessDeniedException: s3://analytics-curated-%s/customers/dt=2028-01-%02d/_temporary/0: getFileStatus on s3://analytics-curated-%s/customers/dt=2028-01-%02d/_temporary/0: %s" % (pick(R, [40, 40]), ACCT, day(R), R.randint(60, 200), ACCT, day(R), ACCT, day(R), m))
    return sfn(R, "TaskFailed", "customers-daily", {"cause": "Glue job customers-export FAILED: AccessDeniedException: s3://analytics-curated-%s/customers/: getFileStatus: Access Denied (Status Code: 403)" % ACCT, "error": "States.TaskFailed", "resource": "startJobRun.sync", "resourceType": "glue"})


def f6_concurrent(R):
    return sfn(R, "TaskFailed", "customers-daily", {"cause": "Concurrent runs exceeded for customers-export (Service: AWSGlue; Status Code: 400; Error Code: ConcurrentRunsExceededException; Request ID: %s; Proxy: null)" % uuid(R), "error": "Glue.ConcurrentRunsExceededException", "resource": "startJobRun.sync", "resourceType": "glue"}) if R.random() < 0.6 else \
        sfn(R, "ExecutionFailed", "customers-daily", {"cause": "Concurrent runs exceeded for customers-export (Service: AWSGlue; Status Code: 400; Error Code: ConcurrentRunsExceededException; Request ID: %s; Proxy: null)" % uuid(R), "error": "Glue.ConcurrentRunsExceededException"})


def f6_choice(R):
    m = "An error occurred while executing the state 'RouteByRegion' (entered at the event id #%d). Invalid path '$.customer.region': The choice state's condition path references an invalid value." % R.randint(2, 9)
    return sfn(R, "ExecutionFailed", "invoice-dispatch", {"cause": m, "error": "States.Runtime"}) if R.random() < 0.6 else \
        sfn(R, "FailStateEntered", "invoice-dispatch", {"name": "RouteByRegion", "input": "{\"invoiceId\":\"inv_%s\",\"customer\":{\"id\":\"%s\"}}" % (alnum(R, 12), uuid(R)), "inputDetails": {"truncated": False}, "cause": m, "error": "States.Runtime"})


def f6_token(R):
    if R.random() < 0.55:
        return sfn(R, "TaskTimedOut", "reconcile-daily", {"resourceType": "sqs", "resource": "sendMessage.waitForTaskToken", "error": "States.Timeout", "cause": "Task did not complete within %d seconds (HeartbeatSeconds not set; TimeoutSeconds=3600), batch=%s" % (3600, uuid(R)[:8])})
    return sfn(R, "ExecutionFailed", "reconcile-daily", {"error": "States.Timeout", "cause": "WaitForBankConfirmation timed out waiting for SendTaskSuccess (batch %s)" % uuid(R)[:8]})


def f6_catalog(R):
    m = "Table inventory_raw not found. (Service: AWSGlue; Status Code: 400; Error Code: EntityNotFoundException; Request ID: %s; Proxy: null)" % uuid(R)
    if R.random() < 0.6:
        return glue(R, "ERROR", "main", "glue.ProcessLauncher", "Logging.scala:logError(77)", "Error from Python:Traceback (most recent call last):\n  File \"/tmp/inventory_snapshot.py\", line %d, in <module>\n    src = glueContext.create_dynamic_frame.from_catalog(database=\"lake_raw\", table_name=\"inventory_raw\")\npy4j.protocol.Py4JJavaError: An error occurred while calling o%d.getCatalogSource.\n: com.amazonaws.services.glue.model.EntityNotFoundException: %s" % (pick(R, [22, 22]), R.randint(60, 120), m))
    return sfn(R, "TaskFailed", "inventory-snapshot", {"cause": "Glue job inventory-snapshot FAILED: EntityNotFoundException: " + m, "error": "States.TaskFailed", "resource": "startJobRun.sync", "resourceType": "glue"})


def f6_neg(R):
    v = R.random()
    if v < 0.22:
        return gw(R, pick(R, ["Extended Request Id: %s=" % alnum(R, 15), "Verifying Usage Plan for request: %s. API Key:  API Stage: a1b2c3d4e5/prod" % uuid(R),
                              "API Key  authorized because method 'POST /orders' does not require API Key. Request will not contribute to throttle or quota limits",
                              "Usage Plan check succeeded for API Key  and API Stage a1b2c3d4e5/prod", "Starting execution for request: %s" % uuid(R),
                              "HTTP Method: %s, Resource Path: %s" % (pick(R, ["GET", "POST"]), pick(R, ["/orders", "/orders/%s" % uuid(R)[:8], "/search"])),
                              "Method request path: {id=%s}" % uuid(R)[:8], "Method request query string: {q=%s}" % lower(R, 5),
                              "Endpoint request URI: https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:us-east-1:%s:function:orders-api/invocations" % ACCT,
                              "Sending request to https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:us-east-1:%s:function:search-api/invocations" % ACCT]))
    if v < 0.34:
        return gw(R, pick(R, ["Received response. Status: 200, Integration latency: %d ms" % R.randint(8, 900), "Method completed with status: %d" % pick(R, [200, 200, 201, 400, 404, 429]),
                              "Endpoint response body before transformations: {\"statusCode\":200,\"body\":\"{\\\"orderId\\\":\\\"%s\\\",\\\"errors\\\":[]}\"}" % uuid(R)[:8],
                              "Starting authorizer: 62abcd for request: %s" % uuid(R), "Successfully completed authorizer execution", "Unauthorized request: %s" % uuid(R)]))
    if v < 0.5:
        m = pick(R, ["orders-nightly", "customers-daily", "clickstream-hourly", "invoice-dispatch", "reconcile-daily"])
        t = pick(R, ["ExecutionStarted", "TaskStateEntered", "TaskScheduled", "TaskSucceeded", "TaskStateExited", "ExecutionSucceeded"])
        return sfn(R, t, m, {"name": pick(R, ["RunEtl", "Export", "Notify", "RouteByRegion"]), "output": "{\"JobRunState\":\"SUCCEEDED\",\"errors\":0}" if t == "TaskSucceeded" else None} if t != "ExecutionStarted" else {"input": "{\"date\":\"2028-01-%02d\"}" % day(R), "roleArn": "arn:aws:iam::%s:role/sfn-%s" % (ACCT, m)}, level="ALL")
    if v < 0.56:
        return sfn(R, "TaskFailed", "invoice-dispatch", {"error": "Lambda.TooManyRequestsException", "cause": "Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: %s)" % uuid(R), "resource": "invoke", "resourceType": "lambda"})
    if v < 0.74:
        return glue(R, "INFO", "main", pick(R, ["glue.GlueContext", "glue.ProcessLauncher", "glue.SafeLogging"]), "GlueContext.scala:apply(%d)" % R.randint(40, 400),
                    pick(R, ["Launching Python with job bookmark option job-bookmark-enable", "Glue version 4.0, Spark 3.3.0, Python 3.10", "Reading %d files from s3://lake-raw-%s/orders/" % (R.randint(10, 900), ACCT), "job run jr_%s completed, 0 errors" % hexs(R, 16)]))
    if v < 0.86:
        return spark(R, pick(R, ["INFO", "INFO", "WARN"]), pick(R, ["DAGScheduler", "TaskSetManager", "BlockManagerInfo", "MemoryStore"]),
                     pick(R, ["Job %d finished: save at NativeMethodAccessorImpl.java:0, took %.6f s" % (R.randint(0, 40), R.uniform(1, 300)),
                              "Lost task %d.0 in stage %d.0 (TID %d) (172.35.%d.%d executor %d): FetchFailed(null, shuffleId=%d, mapIndex=-1, mapId=-1, reduceId=%d, message=\norg.apache.spark.shuffle.MetadataFetchFailedException: Missing an output location for shuffle %d)" % (R.randint(0, 199), R.randint(1, 9), R.randint(1, 900), R.randint(0, 255), R.randint(2, 254), R.randint(1, 20), R.randint(0, 9), R.randint(0, 199), R.randint(0, 9)),
                              "Added broadcast_%d_piece0 in memory on 172.35.%d.%d:%d (size: %.1f KiB, free: 5.8 GiB)" % (R.randint(0, 90), R.randint(0, 255), R.randint(2, 254), port(R), R.uniform(5, 90)),
                              "Stage %d contains a task of very large size (%d KiB). The maximum recommended task size is 1000 KiB." % (R.randint(1, 20), R.randint(1000, 5000))]))
    return glue(R, "WARN", "main", "glue.LogPusher", "Logging.scala:logWarning(73)", "retrying log upload to s3 (attempt %d of 3): connection reset" % R.randint(1, 2))


FAM6 = (F6, [("apigw-orders-lambda-invoke-permission", f6_perm), ("apigw-profile-malformed-proxy-response", f6_proxy),
             ("apigw-search-integration-timeout", f6_timeout), ("apigw-partner-webhooks-sqs-denied", f6_sqsint),
             ("apigw-token-authorizer-no-policy", f6_authorizer), ("glue-orders-etl-order-ts-unresolved", f6_unresolved),
             ("glue-clickstream-executor-heap-oom", f6_oom), ("glue-customers-export-s3-denied", f6_s3),
             ("sfn-customers-export-concurrent-runs", f6_concurrent), ("sfn-invoice-dispatch-region-path", f6_choice),
             ("sfn-reconcile-task-token-timeout", f6_token), ("glue-inventory-snapshot-table-missing", f6_catalog)],
        [f6_neg, f6_neg])

FAMILIES = {F5: lambda R: build(R, *FAM5), F6: lambda R: build(R, *FAM6)}
