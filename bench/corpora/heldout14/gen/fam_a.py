"""Families: kcl-kinesis-ddb-streams, spring-cloud-aws-batch."""
import time

from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, jd, build, epoch, iso, iso_at, spc,
                    ACCT, REGION, reqid, lambda_report, lambda_start, lambda_end, lambda_init_start, py_line,
                    py_unhandled, py_traceback, node_line, task_timed_out, java_stack)

# ---------------------------------------------------------------- kcl-kinesis-ddb-streams
# Stream consumers: Java 21 services on ECS Fargate using KCL 2.6 (logback pattern
# "%d %-5level [%thread] %logger{36} - %msg"), one of them reading a DynamoDB stream through the
# DynamoDB Streams Kinesis Adapter, a Python KCL MultiLangDaemon app (amazon-kclpy), and Lambda
# consumers of Kinesis and DynamoDB Streams (Python 3.12 and Node.js 20, text log format).
F1 = "kcl-kinesis-ddb-streams"

STREAM_ARN = "arn:aws:kinesis:%s:%s:stream/" % (REGION, ACCT)


def kshard(R, hi=11):
    return "shardId-%012d" % R.randint(0, hi)


def ddbshard(R):
    return "shardId-%020d-%s" % (R.randint(1759000000000, 1759999999999), hexs(R, 8))


def seqno(R):
    return "4965" + digits(R, 52)


def lb(R, level, thread, logger, msg):
    """logback line of the Java consumers."""
    return "%s %-5s [%s] %s - %s" % (spc(R), level, thread, logger, msg)


def srp(R):
    return "ShardRecordProcessor-%04d" % R.randint(0, 15)


def g_enricher_json(R):
    sh = kshard(R)
    col = R.randint(1, 3)
    ch = pick(R, [("<", 60), ("<", 60), ("\\u001f", 31)])
    head = lb(R, "ERROR", srp(R), "s.a.kinesis.lifecycle.ProcessTask",
              "ShardId %s: Application processRecords() threw an exception when processing shard" % sh)
    exc = ("com.fasterxml.jackson.core.JsonParseException: Unexpected character ('%s' (code %d)): expected a valid value "
           "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: REDACTED "
           "(`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d]") % (ch[0], ch[1], col)
    ln = pick(R, [88, 88, 91])
    return head + "\n" + java_stack(exc, [
        "com.fasterxml.jackson.core.JsonParser._constructReadException(JsonParser.java:2660)",
        "com.fasterxml.jackson.core.base.ParserMinimalBase._reportUnexpectedChar(ParserMinimalBase.java:741)",
        "com.fasterxml.jackson.core.json.UTF8StreamJsonParser._handleUnexpectedValue(UTF8StreamJsonParser.java:2722)",
        "com.fasterxml.jackson.databind.ObjectMapper._readMapAndClose(ObjectMapper.java:4917)",
        "com.fasterxml.jackson.databind.ObjectMapper.readValue(ObjectMapper.java:3897)",
        "com.example.clickstream.ClickEventProcessor.decode(ClickEventProcessor.java:%d)" % (ln + 29),
        "com.example.clickstream.ClickEventProcessor.processRecords(ClickEventProcessor.java:%d)" % ln,
        "software.amazon.kinesis.lifecycle.ProcessTask.callProcessRecords(ProcessTask.java:273)",
        "software.amazon.kinesis.lifecycle.ProcessTask.call(ProcessTask.java:185)",
        "software.amazon.kinesis.lifecycle.ShardConsumerSubscriber.onNext(ShardConsumerSubscriber.java:210)",
        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
        "java.base/java.lang.Thread.run(Thread.java:1583)"])


def g_orders_shard_end(R):
    sh = "shardId-%012d" % pick(R, [3, 4, 7, 12, 13])
    head = lb(R, "ERROR", srp(R), "s.a.kinesis.lifecycle.ShutdownTask", "Application exception.")
    return head + "\n" + java_stack(
        "java.lang.IllegalArgumentException: Application didn't checkpoint at end of shard %s. Application must checkpoint upon shard end. See ShardRecordProcessor.shardEnded javadocs for more information." % sh,
        ["software.amazon.kinesis.lifecycle.ShutdownTask.throwOnApplicationException(ShutdownTask.java:334)",
         "software.amazon.kinesis.lifecycle.ShutdownTask.call(ShutdownTask.java:153)",
         "software.amazon.kinesis.lifecycle.ShardConsumer.executeTask(ShardConsumer.java:361)",
         "software.amazon.kinesis.lifecycle.ShardConsumer.lambda$shutdownComplete$3(ShardConsumer.java:340)",
         "java.base/java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1768)",
         "java.base/java.lang.Thread.run(Thread.java:1583)"])


def g_enricher_lease_denied(R):
    if R.random() < 0.7:
        head = lb(R, "ERROR", "main", "s.a.kinesis.coordinator.Scheduler", "Caught exception when initializing LeaseCoordinator")
        rid = upper(R, 52)
        sess = hexs(R, 32)
        return head + "\n" + java_stack(
            "software.amazon.kinesis.leases.exceptions.DependencyException: software.amazon.awssdk.services.dynamodb.model.DynamoDbException: User: arn:aws:sts::%s:assumed-role/clickstream-enricher-task/%s is not authorized to perform: dynamodb:DescribeTable on resource: arn:aws:dynamodb:%s:%s:table/clickstream-enricher because no identity-based policy allows the dynamodb:DescribeTable action (Service: DynamoDb, Status Code: 400, Request ID: %s)" % (ACCT, sess, REGION, ACCT, rid),
            ["software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseRefresher.tableStatus(DynamoDBLeaseRefresher.java:254)",
             "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseRefresher.createLeaseTableIfNotExists(DynamoDBLeaseRefresher.java:187)",
             "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseCoordinator.initialize(DynamoDBLeaseCoordinator.java:221)",
             "software.amazon.kinesis.coordinator.Scheduler.initialize(Scheduler.java:412)",
             "software.amazon.kinesis.coordinator.Scheduler.run(Scheduler.java:366)",
             "java.base/java.lang.Thread.run(Thread.java:1583)"],
            [("software.amazon.awssdk.services.dynamodb.model.DynamoDbException: User: arn:aws:sts::%s:assumed-role/clickstream-enricher-task/%s is not authorized to perform: dynamodb:DescribeTable on resource: arn:aws:dynamodb:%s:%s:table/clickstream-enricher because no identity-based policy allows the dynamodb:DescribeTable action (Service: DynamoDb, Status Code: 400, Request ID: %s)" % (ACCT, sess, REGION, ACCT, rid),
              ["software.amazon.awssdk.services.dynamodb.model.DynamoDbException$BuilderImpl.build(DynamoDbException.java:104)",
               "software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)"], 27)])
    return lb(R, "ERROR", "main", "c.e.clickstream.EnricherApplication",
              "KCL scheduler failed to initialize after %d attempts (DependencyException: dynamodb:DescribeTable denied on lease table clickstream-enricher); exiting with status 1" % pick(R, [20, 20, 21]))


def g_inventory_trimmed(R):
    sh = ddbshard(R)
    rid = upper(R, 52)
    head = lb(R, "ERROR", srp(R), "s.a.k.r.polling.PrefetchRecordsPublisher",
              "%s: Exception thrown while fetching records from Kinesis" % sh)
    return head + "\n" + java_stack(
        "com.amazonaws.services.dynamodbv2.model.TrimmedDataAccessException: The operation attempted to read past the oldest stream record in a shard. (Service: AmazonDynamoDBStreams; Status Code: 400; Error Code: TrimmedDataAccessException; Request ID: %s; Proxy: null)" % rid,
        ["com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)",
         "com.amazonaws.services.dynamodbv2.AmazonDynamoDBStreamsClient.getRecords(AmazonDynamoDBStreamsClient.java:598)",
         "com.amazonaws.services.dynamodbv2.streamsadapter.AmazonDynamoDBStreamsAdapterClient.getRecords(AmazonDynamoDBStreamsAdapterClient.java:471)",
         "com.amazonaws.services.dynamodbv2.streamsadapter.DynamoDBStreamsDataFetcher.getRecords(DynamoDBStreamsDataFetcher.java:142)",
         "software.amazon.kinesis.retrieval.polling.PrefetchRecordsPublisher.makeRetrievalAttempt(PrefetchRecordsPublisher.java:540)",
         "java.base/java.lang.Thread.run(Thread.java:1583)"])


def g_stock_keyerror(R):
    ln = pick(R, [41, 41, 43])
    if R.random() < 0.75:
        ev = hexs(R, 32)
        return py_line(R, "ERROR", "failed to apply REMOVE record %s from stock-levels stream\n" % ev + py_traceback(
            [("/var/task/stock_stream.py", ln, "lambda_handler", "apply(record)"),
             ("/var/task/stock_stream.py", ln + 19, "apply", 'item = TypeDeserializer().deserialize({"M": record["dynamodb"]["NewImage"]})')],
            "KeyError: 'NewImage'"))
    return py_unhandled(R, "KeyError", "'NewImage'", [
        ("/var/task/stock_stream.py", ln, "lambda_handler", "apply(record)"),
        ("/var/task/stock_stream.py", ln + 19, "apply", 'item = TypeDeserializer().deserialize({"M": record["dynamodb"]["NewImage"]})')])


def g_audit_kpl(R):
    pos = 0
    snippet = "\ufffd\ufffd\ufffd\ufffd\\n" + pick(R, ["$", "\\u0007", "\\u0012", "\\b"])
    msg = "Unexpected token '\ufffd', \"%s\"... is not valid JSON" % snippet
    body = {"errorType": "SyntaxError", "errorMessage": "__M__",
            "stack": ["SyntaxError: __M__", "    at JSON.parse (<anonymous>)",
                      "    at decode (file:///var/task/index.mjs:%d:15)" % pick(R, [14, 14, 15]),
                      "    at Array.map (<anonymous>)",
                      "    at Runtime.handler (file:///var/task/index.mjs:22:40)"]}
    s = jd(body).replace("__M__", msg.replace('"', '\\"'))
    return node_line(R, "ERROR", "Invoke Error \t" + s)


def g_sessionizer(R):
    sh = kshard(R, 7)
    v = R.random()
    frag = pick(R, [
        "Traceback (most recent call last):",
        '  File "/app/sessionizer.py", line 112, in process_records',
        "    session = self._open[record.partition_key]",
        "KeyError: 'u-%s'" % digits(R, 7),
        '  File "/usr/local/lib/python3.12/site-packages/amazon_kclpy/kcl.py", line 203, in _perform_action',
    ])
    if v < 0.75:
        return lb(R, "ERROR", "multilang-daemon-%04d" % R.randint(0, 9), "s.a.k.multilang.DrainChildSTDERRTask",
                  "Received error line from subprocess [%s] for shard %s" % (frag, sh))
    return lb(R, "ERROR", "multilang-daemon-%04d" % R.randint(0, 9), "s.a.k.multilang.MultiLangProtocol",
              "Failed to get status message for processRecords action for shard %s\njava.util.concurrent.ExecutionException: java.lang.RuntimeException: Reached end of STDIN of child process for shard %s so no more lines can be read.\n\tat java.base/java.util.concurrent.FutureTask.report(FutureTask.java:122)\n\tat software.amazon.kinesis.multilang.MultiLangProtocol.waitForStatusMessage(MultiLangProtocol.java:197)" % (sh, sh))


def g_archiver_timeout(R):
    return task_timed_out(R, 120)


def n_kcl_info(R):
    th = pick(R, ["main", "Thread-3", "LeaseCoordinator-%04d" % R.randint(0, 3), srp(R)])
    return lb(R, "INFO", th, pick(R, ["s.a.kinesis.coordinator.Scheduler", "s.a.k.l.dynamodb.DynamoDBLeaseTaker", "s.a.kinesis.lifecycle.ShardConsumer"]), pick(R, [
        "Initialization attempt 1",
        "Syncing Kinesis shard info",
        "Starting LeaseCoordinator",
        "Current stream shard assignments: %s, %s" % (kshard(R), kshard(R)),
        "Sleeping ...",
        "Worker %s saw %d total leases, %d available leases, 3 workers. Target is %d leases, I have %d leases, I will take %d leases" % (uuid(R), 12, R.randint(0, 2), 4, R.randint(2, 4), R.randint(0, 1)),
        "Created new shardConsumer for : ShardInfo(streamIdentifierSerOpt=Optional.empty, shardId=%s, concurrencyToken=%s, parentShardIds=[], checkpoint={SequenceNumber: %s,SubsequenceNumber: 0})" % (kshard(R), uuid(R), seqno(R)),
    ]))


def n_kcl_expired(R):
    sh = kshard(R)
    t = epoch(R)
    made = time.strftime("%a %b %d %H:%M:%S UTC %Y", time.gmtime(int(t) - R.randint(310, 900)))
    now = time.strftime("%a %b %d %H:%M:%S UTC %Y", time.gmtime(int(t)))
    return lb(R, "INFO", srp(R), "s.a.k.r.polling.PrefetchRecordsPublisher",
              "%s: records threw ExpiredIteratorException - restarting after greatest seqNum passed to customer\nsoftware.amazon.awssdk.services.kinesis.model.ExpiredIteratorException: Iterator expired. The iterator was created at time %s while right now it is %s which is further in the future than the tolerated delay of 300000 milliseconds. (Service: Kinesis, Status Code: 400, Request ID: %s)" % (
                  sh, made, now, uuid(R)))


def n_kcl_warn(R):
    return lb(R, "WARN", pick(R, ["LeaseCleanupManager-%04d" % R.randint(0, 2), srp(R)]), pick(R, ["s.a.k.leases.LeaseCleanupManager", "s.a.k.r.polling.PrefetchRecordsPublisher"]), pick(R, [
        "Unable to clean up lease %s for clickstream due to LeaseCleanupManager.LeaseCleanupResult(cleanedUpCompletedLease=false, cleanedUpGarbageLease=false, wereChildShardsPresent=true, wasResourceNotFound=false)" % kshard(R),
        "%s: Throttled while getting records (ProvisionedThroughputExceededException: Rate exceeded for shard %s in stream clickstream under account %s.), backing off %d ms" % (kshard(R), kshard(R), ACCT, pick(R, [500, 1000, 2000])),
        "%s: getRecords took %d ms, exceeding the 10000 ms warning threshold" % (kshard(R), R.randint(10010, 14000)),
    ]))


def n_kcl_lost(R):
    w = uuid(R)
    sh = kshard(R)
    return lb(R, "INFO", "LeaseRenewer-%04d" % R.randint(0, 3), "s.a.k.l.dynamodb.DynamoDBLeaseRenewer", pick(R, [
        "Worker %s lost lease with key %s" % (w, sh),
        "Worker %s refusing to update lease with key %s because concurrency tokens don't match" % (w, sh),
    ]))


def n_java_app(R):
    lvl, logger, msg = pick(R, [
        ("INFO", "c.e.clickstream.ClickEventProcessor", "processed %d records from %s, 0 failed, checkpoint at %s" % (R.randint(20, 500), kshard(R), seqno(R))),
        ("INFO", "c.e.orders.OrderProjector", "shard %s ended, checkpointing SHARD_END" % kshard(R)),
        ("DEBUG", "c.e.clickstream.ClickEventProcessor", "initialized processor for %s at sequence %s" % (kshard(R), seqno(R))),
        ("INFO", "c.e.orders.OrderProjector", "projected %d order events (%d duplicates skipped)" % (R.randint(5, 300), R.randint(0, 4))),
        ("INFO", "c.e.inventory.StockChangeProcessor", "applied %d stock changes from %s" % (R.randint(1, 90), ddbshard(R))),
    ])
    return lb(R, lvl, srp(R), logger, msg)


def n_lambda_py(R):
    lvl, msg = pick(R, [
        ("INFO", "processed %d stream records (INSERT=%d MODIFY=%d REMOVE=0)" % (R.randint(10, 100), R.randint(0, 40), R.randint(0, 60))),
        ("INFO", "wrote %d audit objects to s3://audit-archive-%s/kinesis/2027/10/0%d/" % (R.randint(50, 900), ACCT, R.randint(4, 9))),
        ("WARNING", "skipping record %s: no sku attribute" % seqno(R)[:21]),
        ("INFO", "batch window closed after %d records, iterator age %d ms" % (R.randint(1, 500), R.randint(0, 9000))),
    ])
    return py_line(R, lvl, msg)


def n_lambda_node(R):
    lvl, msg = pick(R, [
        ("INFO", "forwarded %d audit events to firehose audit-delivery (FailedPutCount=0)" % R.randint(10, 500)),
        ("INFO", "decoded %d records from %s" % (R.randint(10, 500), kshard(R))),
        ("WARN", "retrying %d throttled records (attempt %d/3)" % (R.randint(1, 20), R.randint(1, 2))),
    ])
    return node_line(R, lvl, msg)


def n_lambda_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.9:
        return lambda_report(R, init=R.random() < 0.2)
    return lambda_init_start(R, pick(R, ["python:3.12.v38", "nodejs:20.v41"]))


def n_multilang_info(R):
    sh = kshard(R, 7)
    return lb(R, "INFO", "multilang-daemon-%04d" % R.randint(0, 9), pick(R, ["s.a.k.multilang.MultiLangDaemon", "s.a.k.multilang.MultiLangShardRecordProcessor", "s.a.k.multilang.DrainChildSTDOUTTask"]), pick(R, [
        "Starting MultiLangDaemon ...",
        "Received response {\"action\":\"status\",\"responseFor\":\"processRecords\"} from subprocess while waiting for processRecords while processing shard %s" % sh,
        "Using workerId: %s" % uuid(R),
        "Received output line from subprocess [sessionizer: closed %d sessions] for shard %s" % (R.randint(0, 400), sh),
    ]))


def kcl_kinesis_ddb_streams(R):
    groups = [
        ("enricher-processrecords-json-parse", g_enricher_json),
        ("orders-projector-shard-end-not-checkpointed", g_orders_shard_end),
        ("enricher-lease-table-describe-denied", g_enricher_lease_denied),
        ("inventory-sync-ddb-stream-trimmed", g_inventory_trimmed),
        ("stock-stream-handler-remove-keyerror", g_stock_keyerror),
        ("audit-forwarder-kpl-aggregated-json", g_audit_kpl),
        ("sessionizer-kclpy-subprocess-error", g_sessionizer),
        ("audit-archiver-lambda-timeout", g_archiver_timeout),
    ]
    return build(R, F1, groups, [n_kcl_info, n_kcl_expired, n_kcl_warn, n_kcl_lost, n_java_app, n_lambda_py,
                                 n_lambda_node, n_lambda_platform, n_multilang_info])


# ---------------------------------------------------------------- spring-cloud-aws-batch
# Spring Boot 3.3 services on ECS Fargate: billing-service (Spring Cloud AWS 3.2 @SqsListener, SnsTemplate,
# HikariCP/Aurora PostgreSQL) and two Spring Batch 5 jobs run as scheduled tasks (supplier-import,
# ledger-export), parameters from Parameter Store via spring.config.import. Spring Boot's default console
# layout: "<iso> <LEVEL> <pid> --- [<app>] [<thread 15>] <logger 40> : <message>".
F2 = "spring-cloud-aws-batch"


def abbrev(logger, width=39):
    parts = logger.split(".")
    i = 0
    while len(".".join(parts)) > width and i < len(parts) - 1:
        parts[i] = parts[i][0]
        i += 1
    return ".".join(parts)


def sb(R, level, app, thread, logger, msg):
    t = iso_at(epoch(R), 3, "Z")
    lg = abbrev(logger)
    return "%s %5s 1 --- [%s] [%15s] %-40s : %s" % (t, level, app, thread[-15:], lg[-40:], msg)


def sqs_thread(R):
    return "sqs-listener-%d-%d" % (R.randint(1, 2), R.randint(1, 10))


def sqs_error_head(R):
    return sb(R, "ERROR", "billing-service", pick(R, ["ing-listener-%d" % R.randint(1, 9), "sqsListenerEndpointContainer#0-%d" % R.randint(1, 9)]),
              "io.awspring.cloud.sqs.listener.sink.AbstractMessageProcessingPipelineSink",
              "Error processing message %s." % uuid(R))


SQS_WRAP = [
    "java.base/java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:332)",
    "java.base/java.util.concurrent.CompletableFuture.uniApplyNow(CompletableFuture.java:674)",
    "io.awspring.cloud.sqs.listener.pipeline.MessageListenerExecutionStage.process(MessageListenerExecutionStage.java:49)",
]


def g_invoice_deser(R):
    val = pick(R, ["12,50", "1.204,00", "99,90", "0,75"])
    inv = "INV-2027-%06d" % R.randint(1000, 999999)
    return sqs_error_head(R) + "\n" + java_stack(
        "java.util.concurrent.CompletionException: io.awspring.cloud.sqs.listener.AsyncAdapterBlockingExecutionFailedException: Error executing action in BlockingMessageListenerAdapter",
        SQS_WRAP,
        [("io.awspring.cloud.sqs.listener.ListenerExecutionFailedException: Listener failed to process message",
          ["io.awspring.cloud.sqs.listener.adapter.MessagingMessageListenerAdapter.createListenerException(MessagingMessageListenerAdapter.java:80)"], 12),
         ("org.springframework.messaging.converter.MessageConversionException: Could not read JSON: Cannot deserialize value of type `java.math.BigDecimal` from String \"%s\": not a valid representation\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.example.billing.events.InvoiceEvent[\"amount\"])" % (val, R.randint(60, 140)),
          ["org.springframework.messaging.converter.MappingJackson2MessageConverter.convertFromInternal(MappingJackson2MessageConverter.java:257)",
           "io.awspring.cloud.sqs.support.converter.AbstractMessagingMessageConverter.toMessagingMessage(AbstractMessagingMessageConverter.java:188)"], 9),
        ]) if R.random() < 0.8 else sb(R, "ERROR", "billing-service", sqs_thread(R), "com.example.billing.InvoiceEventListener",
                                        "invoice-events: cannot parse amount \"%s\" of %s as BigDecimal (MessageConversionException); message left for redrive" % (val, inv))


def g_refund_hikari(R):
    w = R.randint(3, 40)
    return sqs_error_head(R) + "\n" + java_stack(
        "java.util.concurrent.CompletionException: io.awspring.cloud.sqs.listener.AsyncAdapterBlockingExecutionFailedException: Error executing action in BlockingMessageListenerAdapter",
        SQS_WRAP,
        [("io.awspring.cloud.sqs.listener.ListenerExecutionFailedException: Listener failed to process message",
          ["io.awspring.cloud.sqs.listener.adapter.MessagingMessageListenerAdapter.createListenerException(MessagingMessageListenerAdapter.java:80)"], 12),
         ("org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction",
          ["org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)",
           "com.example.billing.refunds.RefundListener.onRefundRequested(RefundListener.java:%d)" % pick(R, [54, 54, 57])], 18),
         ("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)" % w,
          ["com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)",
           "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)"], 31)])


def app_failed(R, app, exc, frames, causes):
    return sb(R, "ERROR", app, "main", "org.springframework.boot.SpringApplication", "Application run failed") + "\n" + java_stack(exc, frames, causes)


def g_queue_missing(R):
    rid = uuid(R)
    return app_failed(R, "billing-service",
                      "org.springframework.context.ApplicationContextException: Failed to start bean 'io.awspring.cloud.messaging.internalEndpointRegistryBeanName'",
                      ["org.springframework.context.support.DefaultLifecycleProcessor.doStart(DefaultLifecycleProcessor.java:288)",
                       "org.springframework.boot.SpringApplication.run(SpringApplication.java:335)",
                       "com.example.billing.BillingServiceApplication.main(BillingServiceApplication.java:12)"],
                      [("io.awspring.cloud.sqs.QueueAttributesResolvingException: Error resolving attributes for queue refunds-events-v2 with strategy FAIL and queueAttributesNames []",
                        ["io.awspring.cloud.sqs.QueueAttributesResolver.wrapException(QueueAttributesResolver.java:102)"], 24),
                       ("software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException: The specified queue does not exist. (Service: Sqs, Status Code: 400, Request ID: %s)" % rid,
                        ["software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException$BuilderImpl.build(QueueDoesNotExistException.java:104)"], 41)])


def g_param_denied(R):
    sess = hexs(R, 32)
    return app_failed(R, "supplier-import",
                      "java.lang.IllegalStateException: Failed to load parameters from path /config/supplier-import/",
                      ["io.awspring.cloud.autoconfigure.config.parameterstore.ParameterStoreConfigDataLoader.load(ParameterStoreConfigDataLoader.java:73)",
                       "org.springframework.boot.context.config.ConfigDataImporter.load(ConfigDataImporter.java:140)",
                       "org.springframework.boot.SpringApplication.run(SpringApplication.java:325)",
                       "com.example.suppliers.SupplierImportApplication.main(SupplierImportApplication.java:15)"],
                      [("software.amazon.awssdk.services.ssm.model.SsmException: User: arn:aws:sts::%s:assumed-role/supplier-import-task/%s is not authorized to perform: ssm:GetParametersByPath on resource: arn:aws:ssm:%s:%s:parameter/config/supplier-import because no identity-based policy allows the ssm:GetParametersByPath action (Service: Ssm, Status Code: 400, Request ID: %s)" % (ACCT, sess, REGION, ACCT, uuid(R)),
                        ["software.amazon.awssdk.services.ssm.model.SsmException$BuilderImpl.build(SsmException.java:104)"], 38)])


def g_job_instance_complete(R):
    d = "2027-10-0%d" % R.randint(3, 8)
    return app_failed(R, "ledger-export",
                      "java.lang.IllegalStateException: Failed to execute ApplicationRunner",
                      ["org.springframework.boot.SpringApplication.lambda$callRunners$3(SpringApplication.java:796)",
                       "org.springframework.boot.SpringApplication.run(SpringApplication.java:341)",
                       "com.example.ledger.LedgerExportApplication.main(LedgerExportApplication.java:14)"],
                      [("org.springframework.batch.core.repository.JobInstanceAlreadyCompleteException: A job instance already exists and is complete for identifying parameters={'run.date':'{value=%s, type=class java.time.LocalDate, identifying=true}'}.  If you want to run this job again, change the parameters." % d,
                        ["org.springframework.batch.core.repository.support.SimpleJobRepository.createJobExecution(SimpleJobRepository.java:158)",
                         "org.springframework.boot.autoconfigure.batch.JobLauncherApplicationRunner.execute(JobLauncherApplicationRunner.java:209)"], 16)])


def step_error(R, app, step, job):
    return sb(R, "ERROR", app, "main", "org.springframework.batch.core.step.AbstractStep",
              "Encountered an error executing step %s in job %s" % (step, job))


def g_flatfile(R):
    ln = R.randint(1200, 4800)
    d = "2027-10-0%d" % R.randint(4, 9)
    name = pick(R, ["Acme; Tools B.V.", "Noord; Staal", "Kraft; Papier GmbH", "Lumen; Optics"])
    return step_error(R, "supplier-import", "importSuppliersStep", "supplierImportJob") + "\n" + java_stack(
        "org.springframework.batch.item.file.FlatFileParseException: Parsing error at line: %d in resource=[s3://supplier-drops-%s/incoming/suppliers-%s.csv], input=[SUP-%05d;%s;NL;EUR;30;active;%s]" % (ln, ACCT, d, R.randint(1, 99999), name, d),
        ["org.springframework.batch.item.file.FlatFileItemReader.doRead(FlatFileItemReader.java:198)",
         "org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader.read(AbstractItemCountingItemStreamItemReader.java:93)",
         "org.springframework.batch.core.step.item.SimpleChunkProvider.doRead(SimpleChunkProvider.java:108)"],
        [("org.springframework.batch.item.file.transform.IncorrectTokenCountException: Incorrect number of tokens found in record: expected 7 actual 8",
          ["org.springframework.batch.item.file.transform.AbstractLineTokenizer.tokenize(AbstractLineTokenizer.java:140)"], 29)])


def g_export_s3(R):
    return step_error(R, "ledger-export", "uploadLedgerStep", "ledgerExportJob") + "\n" + java_stack(
        "software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: %s, Extended Request ID: %s)" % (upper(R, 16), alnum(R, 76)),
        ["software.amazon.awssdk.services.s3.model.S3Exception$BuilderImpl.build(S3Exception.java:113)",
         "software.amazon.awssdk.services.s3.DefaultS3Client.putObject(DefaultS3Client.java:10741)",
         "io.awspring.cloud.s3.InMemoryBufferingS3OutputStream.close(InMemoryBufferingS3OutputStream.java:112)",
         "com.example.ledger.LedgerUploadTasklet.execute(LedgerUploadTasklet.java:%d)" % pick(R, [47, 47, 49])])


def g_sns_kms(R):
    inv = "INV-2027-%06d" % R.randint(1000, 999999)
    return sb(R, "ERROR", "billing-service", sqs_thread(R), "com.example.billing.InvoicePublisher",
              "Failed to publish InvoiceIssued for %s to arn:aws:sns:%s:%s:invoice-issued" % (inv, REGION, ACCT)) + "\n" + java_stack(
        "software.amazon.awssdk.services.sns.model.KmsDisabledException: The request was rejected because the specified customer master key (CMK) isn't enabled. (Service: Sns, Status Code: 400, Request ID: %s)" % uuid(R),
        ["software.amazon.awssdk.services.sns.model.KmsDisabledException$BuilderImpl.build(KmsDisabledException.java:104)",
         "software.amazon.awssdk.services.sns.DefaultSnsClient.publish(DefaultSnsClient.java:2847)",
         "io.awspring.cloud.sns.core.SnsTemplate.doSend(SnsTemplate.java:124)",
         "com.example.billing.InvoicePublisher.publish(InvoicePublisher.java:38)"])


def n_sb_startup(R):
    app = pick(R, ["billing-service", "supplier-import", "ledger-export"])
    main = {"billing-service": "com.example.billing.BillingServiceApplication", "supplier-import": "com.example.suppliers.SupplierImportApplication",
            "ledger-export": "com.example.ledger.LedgerExportApplication"}[app]
    logger, msg = pick(R, [
        (main, "Starting %s v2.%d.%d using Java 21.0.4 with PID 1 (/app/app.jar started by spring in /app)" % (app, R.randint(10, 19), R.randint(0, 9))),
        (main, "Started %s in %.3f seconds (process running for %.3f)" % (app, R.uniform(5, 12), R.uniform(12, 14))),
        (main, "The following 1 profile is active: \"prod\""),
        ("org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"),
        ("com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."),
        ("com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(R, 8)),
        ("com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
    ])
    if app != "billing-service" and "Tomcat" in msg:
        app = "billing-service"
    return sb(R, "INFO", app, "main", logger, msg)


def n_awspring_info(R):
    return sb(R, pick(R, ["INFO", "DEBUG"]), "billing-service", pick(R, ["main", sqs_thread(R)]), pick(R, [
        "io.awspring.cloud.sqs.listener.AbstractMessageListenerContainer", "io.awspring.cloud.sqs.listener.source.AbstractPollingMessageSource"]), pick(R, [
        "Container io.awspring.cloud.sqs.sqsListenerEndpointContainer#%d started" % R.randint(0, 2),
        "Starting container io.awspring.cloud.sqs.sqsListenerEndpointContainer#%d" % R.randint(0, 2),
        "Received %d messages from queue invoice-events" % R.randint(1, 10),
        "Acknowledged %d messages from queue refunds-events-v2" % R.randint(1, 10),
    ]))


def n_batch_info(R):
    job, step = pick(R, [("supplierImportJob", "importSuppliersStep"), ("ledgerExportJob", "uploadLedgerStep"), ("ledgerExportJob", "buildLedgerStep")])
    app = "supplier-import" if job == "supplierImportJob" else "ledger-export"
    d = "2027-10-0%d" % R.randint(3, 9)
    params = "[{'run.date':'{value=%s, type=class java.time.LocalDate, identifying=true}'}]" % d
    return sb(R, "INFO", app, "main", pick(R, ["org.springframework.batch.core.launch.support.SimpleJobLauncher", "org.springframework.batch.core.job.SimpleStepHandler", "org.springframework.batch.core.step.AbstractStep"]), pick(R, [
        "Job: [SimpleJob: [name=%s]] launched with the following parameters: %s" % (job, params),
        "Executing step: [%s]" % step,
        "Step: [%s] executed in %ds%dms" % (step, R.randint(1, 90), R.randint(1, 999)),
        "Job: [SimpleJob: [name=%s]] completed with the following parameters: %s and the following status: [%s] in %ds%dms" % (
            job, params, "FAILED" if R.random() < 0.3 else "COMPLETED", R.randint(2, 99), R.randint(1, 999)),
    ]))


def n_sb_warn(R):
    app, thread, logger, msg = pick(R, [
        ("billing-service", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds)." % (R.randint(1, 3), R.randint(0, 59))),
        ("billing-service", "main", "org.springframework.boot.autoconfigure.orm.jpa.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"),
        ("billing-service", sqs_thread(R), "com.example.billing.InvoiceEventListener", "duplicate InvoiceIssued for INV-2027-%06d ignored (already processed at %s)" % (R.randint(1000, 999999), iso(R))),
        ("billing-service", sqs_thread(R), "com.example.billing.refunds.RefundListener", "refund %s retried (attempt %d of 5) after optimistic lock failure" % (uuid(R)[:8], R.randint(1, 3))),
        ("supplier-import", "main", "com.example.suppliers.SupplierItemProcessor", "supplier SUP-%05d has no VAT number, imported as inactive" % R.randint(1, 99999)),
    ])
    return sb(R, "WARN", app, thread, logger, msg)


def n_app_info(R):
    return sb(R, pick(R, ["INFO", "INFO", "DEBUG"]), "billing-service", sqs_thread(R), pick(R, ["com.example.billing.InvoiceEventListener", "com.example.billing.refunds.RefundListener", "com.example.billing.InvoicePublisher"]), pick(R, [
        "invoice INV-2027-%06d recorded, amount %d.%02d EUR" % (R.randint(1000, 999999), R.randint(1, 9000), R.randint(0, 99)),
        "refund %s approved for order %s" % (uuid(R)[:8], "ORD-%07d" % R.randint(1, 9999999)),
        "published InvoiceIssued for INV-2027-%06d (messageId=%s)" % (R.randint(1000, 999999), uuid(R)),
        "validation failed for refund request %s: amount exceeds captured total (400 returned)" % uuid(R)[:8],
    ]))


def spring_cloud_aws_batch(R):
    groups = [
        ("invoice-events-amount-deserialization", g_invoice_deser),
        ("refund-listener-hikari-pool-exhausted", g_refund_hikari),
        ("billing-refunds-queue-missing-at-startup", g_queue_missing),
        ("supplier-import-parameter-store-denied", g_param_denied),
        ("ledger-export-job-instance-already-complete", g_job_instance_complete),
        ("supplier-import-csv-token-count", g_flatfile),
        ("ledger-export-s3-put-access-denied", g_export_s3),
        ("invoice-issued-sns-kms-disabled", g_sns_kms),
    ]
    return build(R, F2, groups, [n_sb_startup, n_awspring_info, n_batch_info, n_sb_warn, n_app_info])


FAMILIES = {F1: kcl_kinesis_ddb_streams, F2: spring_cloud_aws_batch}
