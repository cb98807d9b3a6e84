"""Families: kcl-kinesis-consumer, cfn-custom-resource-lambdas."""
import json
import random

from common import (hexs, alnum, lower, uuid, ip10, hms, day, ms, pick, build, lambda_report, lambda_start,
                    lambda_end, reqid, frac)

# ---------------------------------------------------------------- kcl-kinesis-consumer
# Two Java 21 services on ECS Fargate built on the Kinesis Client Library 2.6 (AWS SDK for Java v2):
# clickstream-enricher (enhanced fan-out on clickstream-events, forwards to Firehose) and
# orders-cdc-sink (polling on orders-cdc, writes a DynamoDB projection). Logback text layout
# `%d [%thread] %-5level %logger{36} - %msg%n%ex`; the awslogs driver joins stack traces to
# their event with a datetime multi-line pattern.
F1 = "kcl-kinesis-consumer"
ACCT = "111122223333"
ENR_WORKERS = [uuid(random.Random("heldout15/kcl-workers/%d" % i)) for i in range(4)]
SINK_WORKERS = [uuid(random.Random("heldout15/kcl-sink-workers/%d" % i)) for i in range(3)]


def abbrev(name, target=36):
    """Logback's %logger{36}: shorten leading package segments to one letter until it fits."""
    parts = name.split(".")
    for i in range(len(parts) - 1):
        if len(".".join(parts)) <= target:
            break
        parts[i] = parts[i][0]
    return ".".join(parts)


def lb(R, thread, level, logger, msg, at=None):
    t = at or "2027-11-%02d %s,%s" % (day(R), hms(R), ms(R))
    return "%s [%s] %-5s %s - %s" % (t, thread, level, abbrev(logger), msg)


def shard(n):
    return "shardId-%012d" % n


def seqno(R):
    return "4959" + "".join(R.choice("0123456789") for _ in range(52))


def rid(R):
    return uuid(R)


def frames(lines):
    return "".join("\n\tat " + f for f in lines)


POOL_TAIL = ["java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
             "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)",
             "java.base/java.lang.Thread.run(Thread.java:1583)"]


def g_geo_npe(R):
    s = shard(pick(R, [1, 4, 6, 9, 12, 14]))
    th = "ShardRecordProcessor-%04d" % R.randint(0, 40)
    if R.random() < 0.7:
        return lb(R, th, "ERROR", "software.amazon.kinesis.lifecycle.ProcessTask",
                  "ShardId %s: Application processRecords() threw an exception when processing shard \njava.lang.NullPointerException: Cannot invoke \"com.example.clickstream.geo.GeoRecord.countryCode()\" because \"geo\" is null" % s +
                  frames(["com.example.clickstream.enrich.GeoEnricher.enrich(GeoEnricher.java:88)",
                          "com.example.clickstream.enrich.EnrichmentPipeline.apply(EnrichmentPipeline.java:54)",
                          "com.example.clickstream.ClickstreamRecordProcessor.processRecords(ClickstreamRecordProcessor.java:71)",
                          "software.amazon.kinesis.lifecycle.ProcessTask.callProcessRecords(ProcessTask.java:260)",
                          "software.amazon.kinesis.lifecycle.ProcessTask.call(ProcessTask.java:180)",
                          "software.amazon.kinesis.metrics.MetricsCollectingTaskDecorator.call(MetricsCollectingTaskDecorator.java:52)",
                          "software.amazon.kinesis.lifecycle.ShardConsumer.lambda$executeTask$2(ShardConsumer.java:280)",
                          "java.base/java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1768)"] + POOL_TAIL))
    recs = ", ".join("KinesisClientRecord(sequenceNumber=%s, approximateArrivalTimestamp=2027-11-%02dT%sZ, data=java.nio.HeapByteBuffer[pos=0 lim=%d cap=%d], partitionKey=%s, encryptionType=NONE, subSequenceNumber=0, explicitHashKey=null, aggregated=false, schema=null)" % (
        seqno(R), day(R), hms(R), n, n, uuid(R), ) for n in [R.randint(300, 900) for _ in range(R.randint(1, 2))])
    return lb(R, th, "ERROR", "software.amazon.kinesis.lifecycle.ProcessTask", "ShardId %s: Skipping over the following data records: [%s]" % (s, recs))


def g_lease_scan_throttled(R):
    w = pick(R, ENR_WORKERS)
    return lb(R, "LeaseCoordinator-%04d" % R.randint(0, 3), "ERROR", "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseTaker",
              "Worker %s could not scan leases table, aborting TAKE_LEASES_DIMENSION. Exception caught by last retry:\nsoftware.amazon.kinesis.leases.exceptions.ProvisionedThroughputException: software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (Service: DynamoDb, Status Code: 400, Request ID: %s)" % (w, alnum(R, 52).upper()) +
              frames(["software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseRefresher.list(DynamoDBLeaseRefresher.java:588)",
                      "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseRefresher.listLeases(DynamoDBLeaseRefresher.java:421)",
                      "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseTaker.updateAllLeases(DynamoDBLeaseTaker.java:325)",
                      "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseTaker.takeLeases(DynamoDBLeaseTaker.java:197)",
                      "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseCoordinator$TakerRunnable.run(DynamoDBLeaseCoordinator.java:128)"] + POOL_TAIL))


def g_orders_read_throughput(R):
    n = pick(R, [0, 2, 2, 3])
    return lb(R, "prefetch-cache-%s-0000" % shard(n), "ERROR", "software.amazon.kinesis.retrieval.polling.PrefetchRecordsPublisher",
              "%s : ProvisionedThroughputExceededException thrown while fetching records from Kinesis\nsoftware.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException: Rate exceeded for shard %s in stream orders-cdc under account %s. (Service: Kinesis, Status Code: 400, Request ID: %s)" % (shard(n), shard(n), ACCT, rid(R)) +
              frames(["software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException$BuilderImpl.build(ProvisionedThroughputExceededException.java:145)",
                      "software.amazon.kinesis.retrieval.polling.KinesisDataFetcher.getRecords(KinesisDataFetcher.java:310)",
                      "software.amazon.kinesis.retrieval.polling.PrefetchRecordsPublisher$DefaultGetRecordsCacheDaemon.makeRetrievalAttempt(PrefetchRecordsPublisher.java:537)",
                      "software.amazon.kinesis.retrieval.polling.PrefetchRecordsPublisher$DefaultGetRecordsCacheDaemon.run(PrefetchRecordsPublisher.java:511)"] + POOL_TAIL))


def g_stream_not_found(R):
    if R.random() < 0.65:
        return lb(R, "ShardSyncTaskManager-%04d" % R.randint(0, 2), "ERROR", "software.amazon.kinesis.leases.ShardSyncTask",
                  "Caught exception while sync'ing Kinesis shards and leases\nsoftware.amazon.awssdk.services.kinesis.model.ResourceNotFoundException: Stream orders-cdc-v2 under account %s not found. (Service: Kinesis, Status Code: 400, Request ID: %s)" % (ACCT, rid(R)) +
                  frames(["software.amazon.kinesis.leases.KinesisShardDetector.listShardsWithFilterInternal(KinesisShardDetector.java:251)",
                          "software.amazon.kinesis.leases.KinesisShardDetector.listShardsWithFilter(KinesisShardDetector.java:183)",
                          "software.amazon.kinesis.leases.HierarchicalShardSyncer.getShardListAtInitialPosition(HierarchicalShardSyncer.java:390)",
                          "software.amazon.kinesis.leases.ShardSyncTask.call(ShardSyncTask.java:84)"] + POOL_TAIL))
    return lb(R, "main", "ERROR", "software.amazon.kinesis.coordinator.Scheduler",
              "Unable to initialize after 20 attempts. Shutting down.\nsoftware.amazon.kinesis.exceptions.internal.KinesisClientLibIOException: Stream orders-cdc-v2 under account %s not found." % ACCT +
              frames(["software.amazon.kinesis.coordinator.Scheduler.initialize(Scheduler.java:535)",
                      "software.amazon.kinesis.coordinator.Scheduler.run(Scheduler.java:420)",
                      "com.example.orders.sink.Main.main(Main.java:47)"]))


def g_efo_no_response(R):
    s = shard(pick(R, [3, 5, 7, 11, 11, 15]))
    d = day(R)
    h, m, sec = R.randint(0, 23), R.randint(0, 58), R.randint(0, 20)
    wait = R.uniform(35.0, 38.0)
    at = "2027-11-%02d %02d:%02d:%02d,%s" % (d, h, m, sec + int(wait), ms(R))
    return lb(R, "ShardRecordProcessor-%04d" % R.randint(0, 40), "ERROR", "software.amazon.kinesis.lifecycle.ShardConsumerSubscriber",
              "%s: Last request was dispatched at 2027-11-%02dT%02d:%02d:%02d.%sZ, but no response as of 2027-11-%02dT%02d:%02d:%02d.%sZ (PT%.3fS).  Cancelling subscription, and restarting. Last successful request details -- request id - %s, timestamp - 2027-11-%02dT%02d:%02d:%02d.%sZ" % (
                  s, d, h, m, sec, ms(R), d, h, m, sec + int(wait), ms(R), wait, rid(R), d, h, m, max(sec - 5, 0), ms(R)), at=at)


def g_projection_missing_key(R):
    return lb(R, "ShardRecordProcessor-%04d" % R.randint(0, 12), "ERROR", "com.example.orders.sink.ProjectionWriter",
              "BatchWriteItem to orders_projection failed for %d records from %s: software.amazon.awssdk.services.dynamodb.model.DynamoDbException: One or more parameter values were invalid: Missing the key order_id in the item (Service: DynamoDb, Status Code: 400, Request ID: %s)" % (
                  R.randint(1, 25), shard(R.randint(0, 3)), alnum(R, 52).upper()))


def g_firehose_denied(R):
    task = hexs(R, 32)
    return lb(R, "firehose-forwarder-%d" % R.randint(1, 4), "ERROR", "com.example.clickstream.sink.FirehoseForwarder",
              "PutRecordBatch to clickstream-enriched-to-s3 failed (%d records): software.amazon.awssdk.services.firehose.model.FirehoseException: User: arn:aws:sts::%s:assumed-role/clickstream-enricher-task/%s is not authorized to perform: firehose:PutRecordBatch on resource: arn:aws:firehose:us-east-1:%s:deliverystream/clickstream-enriched-to-s3 because no identity-based policy allows the firehose:PutRecordBatch action (Service: Firehose, Status Code: 400, Request ID: %s)" % (
                  R.randint(20, 500), ACCT, task, ACCT, rid(R)))


def g_sink_oom(R):
    if R.random() < 0.6:
        return "Exception in thread \"ShardRecordProcessor-%04d\" java.lang.OutOfMemoryError: Java heap space" % R.randint(0, 12) + frames([
            "java.base/java.util.Arrays.copyOf(Arrays.java:3541)",
            "java.base/java.util.ArrayList.grow(ArrayList.java:237)",
            "java.base/java.util.ArrayList.add(ArrayList.java:484)",
            "com.example.orders.sink.ProjectionBuffer.append(ProjectionBuffer.java:%d)" % pick(R, [61, 61, 64]),
            "com.example.orders.sink.OrdersRecordProcessor.processRecords(OrdersRecordProcessor.java:58)",
            "software.amazon.kinesis.lifecycle.ProcessTask.callProcessRecords(ProcessTask.java:260)",
            "software.amazon.kinesis.lifecycle.ProcessTask.call(ProcessTask.java:180)"])
    return "Terminating due to java.lang.OutOfMemoryError: Java heap space"


def n_scheduler(R):
    return lb(R, pick(R, ["main", "Thread-2"]), "INFO", "software.amazon.kinesis.coordinator.Scheduler", pick(R, [
        "Initialization complete. Starting worker loop.",
        "Initializing LeaseCoordinator attempt %d" % R.randint(1, 2),
        "Starting LeaseCoordinator",
        "Scheduling periodicShardSync",
        "Worker %s is initiating the lease sync." % pick(R, ENR_WORKERS + SINK_WORKERS),
        "Current thread pool executor state: ExecutorStateEvent(executorName=SchedulerThreadPoolExecutor, currentQueueSize=0, activeThreads=%d, coreThreads=0, leasesOwned=%d, largestPoolSize=%d, maximumPoolSize=2147483647)" % (R.randint(0, 8), R.randint(1, 8), R.randint(4, 16))]))


def n_lease_taker(R):
    w = pick(R, ENR_WORKERS + SINK_WORKERS)
    total = 16 if w in ENR_WORKERS else 4
    have = R.randint(0, 3)
    take = R.randint(0, 2)
    if R.random() < 0.5:
        return lb(R, "LeaseCoordinator-%04d" % R.randint(0, 3), "INFO", "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseTaker",
                  "Worker %s saw %d total leases, %d available leases, %d workers. Target is %d leases, I have %d leases, I will take %d leases" % (
                      w, total, R.randint(0, 4), 4 if total == 16 else 3, total // (4 if total == 16 else 3) + (0 if total == 16 else 1), have, take))
    ks = sorted(R.sample(range(total), 2))
    return lb(R, "LeaseCoordinator-%04d" % R.randint(0, 3), "INFO", "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseTaker",
              "Worker %s successfully took 2 leases: %s, %s" % (w, shard(ks[0]), shard(ks[1])))


def n_lease_lost(R):
    w = pick(R, ENR_WORKERS + SINK_WORKERS)
    return lb(R, "LeaseRenewer-%04d" % R.randint(0, 3), "INFO", "software.amazon.kinesis.leases.dynamodb.DynamoDBLeaseRenewer",
              "Worker %s lost lease with key %s" % (w, shard(R.randint(0, 15))))


def n_prefetch(R):
    s = shard(R.randint(0, 3))
    return lb(R, "prefetch-cache-%s-0000" % s, "INFO", "software.amazon.kinesis.retrieval.polling.PrefetchRecordsPublisher", pick(R, [
        "%s :  Timeout occurred while waiting for response from Kinesis.  Will retry the request." % s,
        "%s :  records threw ExpiredIteratorException - restarting after greatest seqNum passed to customer" % s,
        "%s : Starting Prefetching thread and initializing publisher session." % s]))


def n_retrieval_warn(R):
    s = shard(R.randint(0, 15))
    return lb(R, "ShardRecordProcessor-%04d" % R.randint(0, 40), "WARN", "software.amazon.kinesis.lifecycle.ShardConsumerSubscriber",
              "%s: Failure occurred in retrieval.  Restarting data requests\nsoftware.amazon.kinesis.retrieval.RetryableRetrievalException: io.netty.handler.timeout.ReadTimeoutException" % s +
              frames(["software.amazon.kinesis.retrieval.fanout.FanOutRecordsPublisher.errorOccurred(FanOutRecordsPublisher.java:391)",
                      "software.amazon.kinesis.retrieval.fanout.FanOutRecordsPublisher$RecordFlow.exceptionOccurred(FanOutRecordsPublisher.java:887)"]))


def n_app(R):
    v = R.random()
    if v < 0.45:
        svc = pick(R, ["com.example.clickstream.ClickstreamRecordProcessor", "com.example.orders.sink.OrdersRecordProcessor"])
        return lb(R, "ShardRecordProcessor-%04d" % R.randint(0, 40), "INFO", svc,
                  "processed %d records (0 failed) from %s in %d ms, millisBehindLatest=%d" % (R.randint(1, 500), shard(R.randint(0, 15)), R.randint(3, 900), pick(R, [0, 0, 0, R.randint(1, 4000)])))
    if v < 0.75:
        return lb(R, "ShardRecordProcessor-%04d" % R.randint(0, 40), "INFO", "com.example.orders.sink.OrdersRecordProcessor",
                  "checkpointed %s at %s" % (shard(R.randint(0, 3)), seqno(R)))
    return lb(R, "ShardRecordProcessor-%04d" % R.randint(0, 40), "WARN", "com.example.clickstream.ClickstreamRecordProcessor",
              "lease for %s lost before checkpoint (software.amazon.kinesis.exceptions.ShutdownException: Can't update checkpoint - instance doesn't hold the lease for this shard); another worker resumes from the last checkpoint" % shard(R.randint(0, 15)))


def n_housekeeping(R):
    return pick(R, [
        lambda: lb(R, "LeaseCleanupManager-%04d" % R.randint(0, 1), "INFO", "software.amazon.kinesis.leases.LeaseCleanupManager",
                   "Number of pending leases to clean %s the scan : %d" % (pick(R, ["before", "after"]), R.randint(0, 2))),
        lambda: lb(R, "PeriodicShardSyncManager-%04d" % R.randint(0, 1), "INFO", "software.amazon.kinesis.coordinator.PeriodicShardSyncManager",
                   "Skipping shard sync for %s due to the reason - Hash ranges are complete for %s" % ((pick(R, ["clickstream-events", "orders-cdc"]),) * 2)),
        lambda: lb(R, "main", "INFO", pick(R, ["com.example.clickstream.Main", "com.example.orders.sink.Main"]),
                   "Started in %.2fs (KCL 2.6.1, retrieval=%s, maxLeasesForWorker=%d)" % (R.uniform(2, 9), pick(R, ["FanOut", "Polling"]), pick(R, [8, 16]))),
    ])()


def kcl_kinesis_consumer(R):
    groups = [
        ("enricher-geo-enrich-npe", g_geo_npe),
        ("enricher-lease-table-scan-throttled", g_lease_scan_throttled),
        ("orders-cdc-read-throughput-exceeded", g_orders_read_throughput),
        ("orders-sink-stream-v2-not-found", g_stream_not_found),
        ("enricher-efo-subscription-no-response", g_efo_no_response),
        ("orders-projection-missing-order-id-key", g_projection_missing_key),
        ("enricher-firehose-put-access-denied", g_firehose_denied),
        ("orders-sink-java-heap-oom", g_sink_oom),
    ]
    return build(R, F1, groups, [n_scheduler, n_lease_taker, n_lease_lost, n_prefetch, n_retrieval_warn, n_app, n_housekeeping])


# ---------------------------------------------------------------- cfn-custom-resource-lambdas
# Lambda functions behind CloudFormation custom resources: Python 3.12 handlers (inline cfnresponse,
# crhelper) and Node.js 20 handlers run by the CDK provider framework, logging in the Lambda text
# format (`[LEVEL]\ttimestamp\trequestId\tmessage`, Node `timestamp\trequestId\tLEVEL\tmessage`),
# plus the platform's START/END/REPORT/INIT lines.
F2 = "cfn-custom-resource-lambdas"


def lts(R):
    return "2027-11-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def py(R, level, msg):
    return "[%s]\t%s\t%s\t%s" % (level, lts(R), reqid(R), msg)


def node(R, level, msg):
    return "%s\t%s\t%s\t%s" % (lts(R), reqid(R), level, msg)


def tb(frames_, last=None):
    out = ["Traceback (most recent call last):"]
    for f, ln, fn, code in frames_:
        out.append("  File \"%s\", line %d, in %s" % (f, ln, fn))
        out.append("    " + code)
    if last:
        out.append(last)
    return "\n".join(out)


BOTO = "/var/lang/lib/python3.12/site-packages/botocore/client.py"
BOTO_RT = "/var/runtime/botocore/client.py"


def g_ami_param(R):
    param = pick(R, ["/golden-ami/al2023/arm64/latest", "/golden-ami/al2023/arm64/latest", "/golden-ami/al2023/arm64/2027-11"])
    msg = "An error occurred (ParameterNotFound) when calling the GetParameter operation: "
    if R.random() < 0.6:
        return py(R, "ERROR", msg + "\n" + tb([
            ("/var/task/crhelper/resource_helper.py", 217, "_wrap_function", "self.PhysicalResourceId = func(self._event, self._context) if func else \"\""),
            ("/var/task/index.py", 34, "create", "ami = ssm.get_parameter(Name=event[\"ResourceProperties\"][\"ParameterName\"])[\"Parameter\"][\"Value\"]"),
            (BOTO_RT, 565, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
            (BOTO_RT, 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
            "botocore.errorfactory.ParameterNotFound: " + msg))
    return py(R, "ERROR", "AmiLookup %s failed for %s: ParameterNotFound, sending FAILED to CloudFormation" % (pick(R, ["Create", "Update"]), param))


def g_s3_notification(R):
    bucket = pick(R, ["media-ingest-prod-111122223333", "media-ingest-prod-111122223333", "media-thumbs-prod-111122223333"])
    if R.random() < 0.6:
        return py(R, "ERROR", "put_bucket_notification_configuration failed for %s: An error occurred (InvalidArgument) when calling the PutBucketNotificationConfiguration operation: Unable to validate the following destination configurations" % bucket)
    return "[ERROR] ClientError: An error occurred (InvalidArgument) when calling the PutBucketNotificationConfiguration operation: Unable to validate the following destination configurations\n" + tb([
        ("/var/task/index.py", pick(R, [61, 64, 64]), "handler", "s3.put_bucket_notification_configuration(Bucket=props[\"BucketName\"], NotificationConfiguration=cfg)"),
        (BOTO_RT, 565, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
        (BOTO_RT, 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")])


def g_db_bootstrap_timeout(R):
    if R.random() < 0.5:
        return "%s %s Task timed out after 300.%02d seconds" % (lts(R), reqid(R), R.randint(0, 9))
    rid_ = reqid(R)
    return "REPORT RequestId: %s\tDuration: 300000.00 ms\tBilled Duration: 300000 ms\tMemory Size: 512 MB\tMax Memory Used: %d MB\tStatus: timeout" % (rid_, R.randint(90, 180))


def node_err(R, etype, emsg, stack, extra):
    d = {"errorType": etype, "errorMessage": emsg, "name": etype}
    d.update(extra)
    d["stack"] = ["%s: %s" % (etype, emsg)] + ["    at " + s for s in stack]
    return node(R, "ERROR", "Invoke Error \t" + json.dumps(d, separators=(",", ":")))


def g_r53_exists(R):
    name = pick(R, ["api.example.com", "api.example.com", "status.example.com"])
    emsg = "[Tried to create resource record set [name='%s.', type='CNAME'] but it already exists]" % name
    return node_err(R, "InvalidChangeBatch", emsg, [
        "de_InvalidChangeBatchRes (/var/runtime/node_modules/@aws-sdk/client-route-53/dist-cjs/index.js:2538:21)",
        "de_CommandError (/var/runtime/node_modules/@aws-sdk/client-route-53/dist-cjs/index.js:2321:19)",
        "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "async /var/runtime/node_modules/@aws-sdk/node_modules/@smithy/middleware-serde/dist-cjs/index.js:35:20",
        "async Runtime.handler (file:///var/task/index.mjs:42:5)"],
        {"$fault": "client", "$metadata": {"httpStatusCode": 400, "requestId": uuid(R), "attempts": 1, "totalRetryDelay": 0}})


def g_acm_waiter(R):
    return "[ERROR] WaiterError: Waiter CertificateValidated failed: Max attempts exceeded. Previously accepted state: Matched expected path value: PENDING_VALIDATION\n" + tb([
        ("/var/task/index.py", pick(R, [88, 91, 97]), "handler", "waiter.wait(CertificateArn=arn, WaiterConfig={\"Delay\": 15, \"MaxAttempts\": 38})"),
        ("/var/runtime/botocore/waiter.py", 55, "wait", "Waiter.wait(self, **kwargs)"),
        ("/var/runtime/botocore/waiter.py", 388, "wait", "raise WaiterError(")]) if R.random() < 0.45 else py(
        R, "ERROR", "certificate arn:aws:acm:us-east-1:111122223333:certificate/%s for cdn.example.com still PENDING_VALIDATION after 570s; the validation CNAME in the example.com zone is missing" % pick(R, ["0f1e2d3c-4b5a-4987-a6b5-c4d3e2f1a0b9", "6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e9f"]))


def g_assume_denied(R):
    emsg = "User: arn:aws:sts::111122223333:assumed-role/dns-stack-DelegationFnServiceRole-%s/dns-stack-DelegationFn-%s is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/route53-delegation-writer" % ("7QWZ3K1PLM2N", "Xk93Lm2Qp7Rt")
    return node_err(R, "AccessDenied", emsg, [
        "de_AccessDeniedExceptionRes (/var/runtime/node_modules/@aws-sdk/client-sts/dist-cjs/index.js:%d:21)" % pick(R, [880, 880]),
        "de_CommandError (/var/runtime/node_modules/@aws-sdk/client-sts/dist-cjs/index.js:711:19)",
        "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "async Runtime.handler (file:///var/task/index.mjs:27:23)"],
        {"Type": "Sender", "Code": "AccessDenied", "$fault": "client", "$metadata": {"httpStatusCode": 403, "requestId": uuid(R), "attempts": 1, "totalRetryDelay": 0}})


def g_import_error(R):
    if R.random() < 0.3:
        return "[ERROR] Runtime.ImportModuleError: Unable to import module 'index': No module named 'crhelper'\nTraceback (most recent call last):"
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError" % R.uniform(180, 900)


def g_response_put_timeout(R):
    return "send(..) failed executing http.request(..): HTTPSConnectionPool(host='cloudformation-custom-resource-response-useast1.s3.amazonaws.com', port=443): Max retries exceeded with url: /arn%%3Aaws%%3Acloudformation%%3Aus-east-1%%3A111122223333%%3Astack/vpc-stack/%s%%7CEniCleanup%%7C%s?X-Amz-Date=2027110%dT%02d%02d%02dZ&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-SignedHeaders=host&X-Amz-Expires=7200&X-Amz-Credential=***&X-Amz-Signature=*** (Caused by ConnectTimeoutError(<urllib3.connection.HTTPSConnection object at 0x7f%s>, 'Connection to cloudformation-custom-resource-response-useast1.s3.amazonaws.com timed out. (connect timeout=None)'))" % (
        uuid(R), uuid(R), day(R), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), hexs(R, 10))


STACKS = ["infra-base", "media-stack", "data-stack", "dns-stack", "edge-stack", "vpc-stack", "tagging-stack"]


def n_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.85:
        return lambda_report(R, init=R.random() < 0.3)
    return "INIT_START Runtime Version: %s\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (pick(R, ["python:3.12.v41", "nodejs:20.v38"]), hexs(R, 64))


def n_py_info(R):
    lr = pick(R, ["GoldenAmi", "IngestNotifications", "SchemaBootstrap", "CdnCertificate", "EniCleanup", "StackTags"])
    return py(R, pick(R, ["INFO", "INFO", "DEBUG"]), pick(R, [
        "Received %s request for Custom::%s (LogicalResourceId=%s)" % (pick(R, ["Create", "Update", "Delete"]), pick(R, ["AmiLookup", "BucketNotifications", "CertValidator", "EniCleanup"]), lr),
        "Delete for physical id %s-%s is a no-op" % (lr.lower(), lower(R, 8)),
        "Update with no property change, returning existing PhysicalResourceId",
        "resolved %s -> ami-0%s" % ("/golden-ami/al2023/x86_64/latest", hexs(R, 16)),
        "deleted %d detached ENIs tagged aws:cloudformation:stack-name=vpc-stack" % R.randint(0, 6),
        "enabling send_response",
        "Found credentials in environment variables."]))


def n_cfn_body(R):
    stack = pick(R, STACKS)
    body = {"Status": "SUCCESS", "Reason": "See the details in CloudWatch Log Stream: 2027/11/%02d/[$LATEST]%s" % (day(R), hexs(R, 32)),
            "PhysicalResourceId": "%s-%s" % (pick(R, ["ami-lookup", "bucket-notifications", "eni-cleanup"]), lower(R, 10)),
            "StackId": "arn:aws:cloudformation:us-east-1:111122223333:stack/%s/%s" % (stack, uuid(R)),
            "RequestId": uuid(R), "LogicalResourceId": pick(R, ["GoldenAmi", "IngestNotifications", "EniCleanup"]), "NoEcho": False, "Data": {}}
    return json.dumps(body)


def n_py_warn(R):
    return py(R, "WARNING", pick(R, [
        "DescribeCertificate: DomainValidationOptions not populated yet, retrying in 5s (attempt %d/20)" % R.randint(1, 6),
        "GetParameter throttled (ThrottlingException), retrying in %.1fs (attempt %d/5)" % (R.uniform(0.2, 3), R.randint(1, 3)),
        "bucket %s already has %d notification configurations; merging" % (pick(R, ["media-ingest-prod-111122223333", "media-thumbs-prod-111122223333"]), R.randint(1, 4)),
        "RequestType Delete for a resource that failed to create; answering SUCCESS"]))


def n_node_info(R):
    v = R.random()
    if v < 0.35:
        ev = {"RequestType": pick(R, ["Create", "Update", "Delete"]), "ServiceToken": "arn:aws:lambda:us-east-1:111122223333:function:dns-stack-ProviderframeworkonEvent-%s" % alnum(R, 12),
              "ResponseURL": "...", "StackId": "arn:aws:cloudformation:us-east-1:111122223333:stack/dns-stack/%s" % uuid(R), "RequestId": uuid(R),
              "LogicalResourceId": pick(R, ["ApiRecord", "StatusRecord", "ZoneDelegation"]), "ResourceType": "Custom::RecordUpsert",
              "ResourceProperties": {"ServiceToken": "arn:aws:lambda:us-east-1:111122223333:function:dns-stack-ProviderframeworkonEvent-%s" % alnum(R, 12),
                                     "Name": pick(R, ["api.example.com", "status.example.com", "docs.example.com"]), "Ttl": "300"}}
        return node(R, "INFO", "[provider-framework] onEvent " + json.dumps(ev, indent=2))
    if v < 0.65:
        resp = {"Status": "SUCCESS", "Reason": "SUCCESS", "StackId": "arn:aws:cloudformation:us-east-1:111122223333:stack/dns-stack/%s" % uuid(R),
                "RequestId": uuid(R), "PhysicalResourceId": pick(R, ["api.example.com", "docs.example.com"]) + "-CNAME", "LogicalResourceId": pick(R, ["ApiRecord", "DocsRecord"]), "Data": {"ChangeId": "/change/C%s" % alnum(R, 20).upper()}}
        return node(R, "INFO", "[provider-framework] submit response to cloudformation https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com//arn%%3Aaws%%3Acloudformation%%3Aus-east-1%%3A111122223333%%3Astack/dns-stack/%s%%7CApiRecord%%7C%s?*** " % (uuid(R), uuid(R)) + json.dumps(resp, indent=2))
    return node(R, "INFO", pick(R, [
        "UPSERT %s CNAME -> d-%s.execute-api.us-east-1.amazonaws.com (change C%s PENDING)" % (pick(R, ["docs.example.com", "api-v2.example.com"]), lower(R, 10), alnum(R, 20).upper()),
        "change C%s is INSYNC after %ds" % (alnum(R, 20).upper(), R.randint(20, 90)),
        "delegating sub.example.com to 4 name servers in account 444455556666"]))


def cfn_custom_resource_lambdas(R):
    groups = [
        ("ami-lookup-ssm-parameter-not-found", g_ami_param),
        ("ingest-bucket-notification-destination-invalid", g_s3_notification),
        ("db-bootstrap-custom-resource-timeout", g_db_bootstrap_timeout),
        ("record-upsert-cname-already-exists", g_r53_exists),
        ("cdn-certificate-validation-waiter-exhausted", g_acm_waiter),
        ("zone-delegation-cross-account-assume-denied", g_assume_denied),
        ("tag-propagator-crhelper-not-packaged", g_import_error),
        ("eni-cleanup-response-put-connect-timeout", g_response_put_timeout),
    ]
    return build(R, F2, groups, [n_platform, n_py_info, n_cfn_body, n_py_warn, n_node_info])


FAMILIES = {F1: kcl_kinesis_consumer, F2: cfn_custom_resource_lambdas}
