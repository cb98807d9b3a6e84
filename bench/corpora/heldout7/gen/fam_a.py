"""Families: flink-beam-pulsar, jenkins-bazel."""
from common import hexs, alnum, lower, uuid, ip10, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- flink-beam-pulsar
F1 = "flink-beam-pulsar"

JOBS = ["orders-enrichment", "sessionizer", "fraud-scoring", "clickstream-rollup"]
TOPICS = ["orders", "payments", "clicks", "inventory-events"]


def fts(R):
    return "2026-12-%02d %s,%s" % (day(R), hms(R), ms(R))


def flog(R, level, logger, msg):
    return "%s %-5s %-60s [] - %s" % (fts(R), level, logger, msg)


def jid(R):
    return hexs(R, 32)


def tm(R):
    a = ip10(R)
    return "%s:%d-%s" % (a, port(R), hexs(R, 6))


def frames(*fs):
    return "\n".join("\tat " + f for f in fs)


def vdist(R):
    return "~[flink-dist-1.19.1.jar:1.19.1]"


def pts(R):
    return "2026-12-%02dT%s,%s+0000" % (day(R), hms(R), ms(R))


def plog(R, thread, level, logger, msg):
    return "%s [%s] %-5s %s - %s" % (pts(R), thread, level, logger, msg)


def topic(R):
    return "persistent://%s/%s/%s" % (pick(R, ["retail", "payments"]), pick(R, ["prod", "events"]), pick(R, TOPICS))


def g_job_failed_kafka(R):
    return "\n".join([
        flog(R, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph",
             "Job orders-enrichment (%s) switched from state FAILING to FAILED." % jid(R)),
        "org.apache.flink.runtime.JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=%d, backoffTimeMS=10000)" % pick(R, [3, 5]),
        frames("org.apache.flink.runtime.executiongraph.failover.ExecutionFailureHandler.handleFailure(ExecutionFailureHandler.java:%d) ~[flink-dist-1.19.1.jar:1.19.1]" % R.randint(176, 180),
               "org.apache.flink.runtime.scheduler.DefaultScheduler.recordTaskFailure(DefaultScheduler.java:%d) ~[flink-dist-1.19.1.jar:1.19.1]" % R.randint(280, 290)),
        "Caused by: org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition orders-%d could be determined" % R.randint(0, 11),
    ])


def g_job_failed_checkpoint(R):
    return "\n".join([
        flog(R, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph",
             "Job sessionizer (%s) switched from state FAILING to FAILED." % jid(R)),
        "org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy",
        frames("org.apache.flink.runtime.executiongraph.failover.ExecutionFailureHandler.handleFailure(ExecutionFailureHandler.java:180) ~[flink-dist-1.19.1.jar:1.19.1]"),
        "Caused by: org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold. The latest checkpoint failed due to Checkpoint expired before completing., view the Checkpoint History tab or the Job Manager log to find out why continuous checkpoints failed.",
        frames("org.apache.flink.runtime.checkpoint.CheckpointFailureManager.checkFailureAgainstCounter(CheckpointFailureManager.java:%d) ~[flink-dist-1.19.1.jar:1.19.1]" % R.randint(200, 212)),
        "\t... %d more" % R.randint(18, 26),
    ])


def g_job_failed_heartbeat(R):
    t = hexs(R, 32)
    return "\n".join([
        flog(R, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph",
             "Job fraud-scoring (%s) switched from state FAILING to FAILED." % jid(R)),
        "org.apache.flink.runtime.JobException: Recovery is suppressed by ExponentialDelayRestartBackoffTimeStrategy(initialBackoffMS=1000, maxBackoffMS=60000, backoffMultiplier=2.0, resetBackoffThresholdMS=3600000, jitterFactor=0.1, currentBackoffMS=%d, attemptsCount=%d, attempts=%d)" % (pick(R, [16000, 32000, 60000]), R.randint(6, 9), R.randint(6, 9)),
        "Caused by: java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id %s-%s timed out." % (ip10(R).replace(".", "-"), t[:6]),
        frames("org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener.notifyHeartbeatTimeout(JobMaster.java:%d) ~[flink-dist-1.19.1.jar:1.19.1]" % R.randint(1440, 1460)),
        "\t... %d more" % R.randint(20, 30),
    ])


def g_tm_metaspace(R):
    return "\n".join([
        flog(R, "ERROR", "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
             "Fatal error occurred while executing the TaskManager. Shutting it down..."),
        "java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred. This can mean two things: either the job requires a larger size of JVM metaspace to load classes or there is a class loading leak. In the first case 'taskmanager.memory.jvm-metaspace.size' configuration option should be increased. If the error persists (usually in cluster after several job (re-)submissions) then there is probably a class loading leak in user code or some of its dependencies which has to be investigated and fixed. The task executor has to be shutdown...",
        frames("java.lang.ClassLoader.defineClass1(Native Method) ~[?:?]",
               "java.lang.ClassLoader.defineClass(ClassLoader.java:1017) ~[?:?]",
               "org.apache.flink.util.ChildFirstClassLoader.loadClassWithoutExceptionHandling(ChildFirstClassLoader.java:%d) ~[flink-dist-1.19.1.jar:1.19.1]" % R.randint(68, 74)),
    ])


def g_ha_recover_s3(R):
    return "\n".join([
        flog(R, "ERROR", "org.apache.flink.runtime.entrypoint.ClusterEntrypoint", "Fatal error occurred in the cluster entrypoint."),
        "java.util.concurrent.CompletionException: org.apache.flink.util.FlinkRuntimeException: Could not recover job with job id %s." % jid(R),
        frames("java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:315) ~[?:?]"),
        "Caused by: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: %s; S3 Extended Request ID: %s; Proxy: null)" % (hexs(R, 16).upper(), alnum(R, 56)),
        frames("com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879) ~[?:?]",
               "org.apache.flink.runtime.jobmanager.DefaultJobGraphStore.recoverJobGraph(DefaultJobGraphStore.java:%d) ~[flink-dist-1.19.1.jar:1.19.1]" % R.randint(170, 175)),
        "\t... %d more" % R.randint(8, 14),
    ])


def g_jdbc_batch(R):
    n = R.randint(1, 500)
    return "\n".join([
        flog(R, "ERROR", "org.apache.flink.connector.jdbc.internal.JdbcOutputFormat", "JDBC executeBatch error, retry times = %d" % R.randint(0, 3)),
        "java.sql.BatchUpdateException: Batch entry %d INSERT INTO order_totals (order_id, customer_id, total_cents, window_end) VALUES ('%s', %d, %d, '2026-12-%02d %s') was aborted: ERROR: duplicate key value violates unique constraint \"order_totals_pkey\"" % (
            n, uuid(R), R.randint(1000, 99999), R.randint(100, 900000), day(R), hms(R)),
        "  Detail: Key (order_id, window_end)=(...) already exists.  Call getNextException to see other errors in the batch.",
        frames("org.postgresql.jdbc.BatchResultHandler.handleError(BatchResultHandler.java:165) ~[?:?]",
               "org.apache.flink.connector.jdbc.internal.executor.SimpleBatchStatementExecutor.executeBatch(SimpleBatchStatementExecutor.java:73) ~[?:?]"),
    ])


def g_jar_run_classnotfound(R):
    return "\n".join([
        flog(R, "ERROR", "org.apache.flink.runtime.webmonitor.handlers.JarRunHandler", "Exception occurred in REST handler: Could not execute application."),
        "org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Could not find class 'com.example.udf.GeoHashUdf' for function 'geohash' (jar %s_pipelines-2.%d.%d.jar)" % (uuid(R), R.randint(0, 9), R.randint(0, 30)),
        frames("org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:372) ~[flink-dist-1.19.1.jar:1.19.1]"),
        "Caused by: java.lang.ClassNotFoundException: com.example.udf.GeoHashUdf",
        "\t... %d more" % R.randint(10, 16),
    ])


def g_deser(R):
    p, o = R.randint(0, 11), R.randint(10**6, 10**8)
    return "\n".join([
        flog(R, "ERROR", "com.example.pipeline.OrderEventDeserializer", "Failed to deserialize record from topic orders partition %d offset %d" % (p, o)),
        "com.fasterxml.jackson.core.JsonParseException: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
        " at [Source: (byte[])\"{\"orderId\":\"%s\",\"amount\":%d,}\"; line: 1, column: %d]" % (uuid(R), R.randint(1, 9999), R.randint(60, 80)),
        frames("com.fasterxml.jackson.core.JsonParser._constructError(JsonParser.java:2477) ~[?:?]",
               "com.example.pipeline.OrderEventDeserializer.deserialize(OrderEventDeserializer.java:%d) ~[?:?]" % pick(R, [41, 42])),
    ])


def g_stop_savepoint(R):
    j = jid(R)
    return "\n".join([
        "------------------------------------------------------------",
        " The program finished with the following exception:",
        "",
        "org.apache.flink.util.FlinkException: Could not stop with a savepoint job \"%s\"." % j,
        "\tat org.apache.flink.client.cli.CliFrontend.lambda$stop$4(CliFrontend.java:%d)" % R.randint(590, 600),
        "\tat org.apache.flink.client.cli.CliFrontend.runClusterAction(CliFrontend.java:1070)",
        "Caused by: java.util.concurrent.TimeoutException",
        "\tat java.base/java.util.concurrent.CompletableFuture.timedGet(CompletableFuture.java:1960)",
        "\t... %d more" % R.randint(6, 9),
    ])


def g_beam_keyerror(R):
    b = R.randint(1, 9999)
    return "\n".join([
        "ERROR:apache_beam.runners.worker.sdk_worker:Error processing instruction process_bundle-%d-%d. Original traceback is" % (R.randint(10**6, 10**7), b),
        "Traceback (most recent call last):",
        '  File "apache_beam/runners/common.py", line 1495, in apache_beam.runners.common.DoFnRunner.process',
        '  File "apache_beam/runners/common.py", line 636, in apache_beam.runners.common.SimpleInvoker.invoke_process',
        '  File "/opt/pipeline/transforms/parse.py", line %d, in process' % pick(R, [57, 58]),
        "    yield {'customer': evt['customer_id'], 'ts': evt['ts']}",
        "KeyError: 'customer_id' [while running 'ParseEvents/ParDo(ParseJson)-ptransform-%d']" % R.randint(20, 90),
    ])


def g_beam_timestamp(R):
    v = pick(R, ["2026-13-0%d" % R.randint(1, 9), "n/a", "%d/12/2026" % R.randint(1, 28), "yesterday"])
    return "\n".join([
        "ERROR:apache_beam.runners.worker.sdk_worker:Error processing instruction process_bundle-%d-%d. Original traceback is" % (R.randint(10**6, 10**7), R.randint(1, 9999)),
        "Traceback (most recent call last):",
        '  File "apache_beam/runners/common.py", line 1495, in apache_beam.runners.common.DoFnRunner.process',
        '  File "/opt/pipeline/transforms/windowing.py", line 31, in process',
        "    ts = datetime.fromisoformat(element['event_time'])",
        "ValueError: Invalid isoformat string: '%s' [while running 'AssignEventTime/Map(to_timestamped)-ptransform-%d']" % (v, R.randint(20, 90)),
    ])


def g_beam_java_npe(R):
    return "\n".join([
        "%s ERROR org.apache.beam.runners.flink.translation.wrappers.streaming.DoFnOperator - Error processing element in EnrichWithProfile/ParMultiDo(ProfileLookup) (%d/8)" % (fts(R), R.randint(1, 8)),
        "org.apache.beam.sdk.util.UserCodeException: java.lang.NullPointerException: Cannot invoke \"com.example.beam.Profile.getTier()\" because \"profile\" is null",
        frames("org.apache.beam.sdk.util.UserCodeException.wrap(UserCodeException.java:39)",
               "com.example.beam.ProfileLookup$DoFnInvoker.invokeProcessElement(Unknown Source)"),
        "Caused by: java.lang.NullPointerException: Cannot invoke \"com.example.beam.Profile.getTier()\" because \"profile\" is null",
        frames("com.example.beam.ProfileLookup.processElement(ProfileLookup.java:%d)" % pick(R, [88, 89])),
        "\t... %d more" % R.randint(14, 20),
    ])


def g_beam_harness(R):
    return "\n".join([
        "%s ERROR org.apache.beam.runners.fnexecution.environment.ExternalEnvironmentFactory - Failed to start SDK harness for environment %s" % (fts(R), pick(R, ["py-env-0", "py-env-1"])),
        "java.lang.IllegalStateException: Failed to connect to worker pool at localhost:50000: io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
        "Caused by: io.grpc.netty.shaded.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: Connection refused: localhost/127.0.0.1:50000",
        "\t... %d more" % R.randint(8, 12),
    ])


def g_pulsar_bookies(R):
    return plog(R, "bookkeeper-ml-scheduler-OrderedScheduler-%d-0" % R.randint(0, 7), "ERROR", "org.apache.pulsar.broker.service.persistent.PersistentTopic",
                "[%s] Failed to create ledger, rc=-6: Not enough non-faulty bookies available (ensemble=3, writeQuorum=2, ackQuorum=2, available=%d)" % (topic(R), R.randint(0, 1)))


def g_pulsar_function(R):
    inp = pick(R, ["N/A", "", "12,50", "-", "NaN%"])
    return "\n".join([
        plog(R, "public/functions/price-normalizer-%d" % R.randint(0, 3), "ERROR", "org.apache.pulsar.functions.instance.JavaInstanceRunnable",
             "[retail/prod/price-normalizer:%d] Uncaught exception in Java Instance" % R.randint(0, 3)),
        'java.lang.NumberFormatException: For input string: "%s"' % inp,
        "\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)",
        "\tat java.base/java.lang.Double.parseDouble(Double.java:651)",
        "\tat com.example.functions.PriceNormalizer.process(PriceNormalizer.java:%d)" % pick(R, [27, 28]),
        "\tat org.apache.pulsar.functions.instance.JavaInstance.handleMessage(JavaInstance.java:%d)" % R.randint(110, 120),
    ])


def g_pulsar_auth(R):
    return plog(R, "pulsar-client-io-%d-1" % R.randint(1, 4), "ERROR", "org.apache.pulsar.client.impl.ClientCnx",
                "[id: 0x%s, L:/%s:%d - R:pulsar-broker.internal/%s:6651] Close connection because received internal-server error org.apache.pulsar.client.api.PulsarClientException$AuthenticationException: Failed to authentication token: JWT expired at 2026-12-%02dT%sZ. Current time: 2026-12-%02dT%sZ" % (
                    hexs(R, 8), ip10(R), port(R), ip10(R), day(R), hms(R), day(R), hms(R)))


def g_bk_dirs_full(R):
    return plog(R, "LedgerDirsMonitorThread", "ERROR", "org.apache.bookkeeper.bookie.LedgerDirsMonitor",
                "All ledger directories are non writable and no reserved space (%d GB) left, usage=%.2f%%" % (R.randint(1, 5), R.uniform(95.01, 99.9)))


def g_pulsar_replicator(R):
    return "\n".join([
        plog(R, "pulsar-io-%d-%d" % (R.randint(1, 8), R.randint(1, 8)), "ERROR", "org.apache.pulsar.broker.service.persistent.PersistentReplicator",
             "[%s][us-east-1 -> eu-west-1] Failed to create remote producer (%s), retrying in %d.0 s" % (topic(R), "pulsar.repl.us-east-1-->eu-west-1", pick(R, [1, 2, 4, 8, 16, 32, 60]))),
        "org.apache.pulsar.client.api.PulsarClientException$TopicDoesNotExistException: Topic Not Found.",
    ])


def n_state(R):
    st = pick(R, [("DEPLOYING", "INITIALIZING"), ("INITIALIZING", "RUNNING"), ("SCHEDULED", "DEPLOYING"), ("CREATED", "SCHEDULED")])
    return flog(R, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph",
                "Source: kafka-%s -> Map -> Sink: jdbc (%d/8) (%s_%s_%d_0) switched from %s to %s." % (pick(R, TOPICS), R.randint(1, 8), hexs(R, 32), hexs(R, 32), R.randint(0, 7), st[0], st[1]))


def n_ckpt(R):
    return flog(R, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator",
                "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (R.randint(100, 90000), jid(R), R.randint(10**5, 10**9), R.randint(200, 40000), R.randint(0, 30)))


def n_trigger(R):
    return flog(R, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator",
                "Triggering checkpoint %d (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ %d for job %s." % (R.randint(100, 90000), R.randint(1796000000000, 1796400000000), jid(R)))


def n_trigger_warn(R):
    return flog(R, "WARN", "org.apache.flink.runtime.checkpoint.CheckpointFailureManager",
                "Failed to trigger or complete checkpoint %d for job %s. (0 consecutive failed attempts so far)" % (R.randint(100, 90000), jid(R)))


def n_task_failed_restart(R):
    return "\n".join([
        flog(R, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph",
             "Window(TumblingEventTimeWindows(60000), EventTimeTrigger, SumAggregator) (%d/8) (%s) switched from RUNNING to FAILED on %s @ ip-%s.ec2.internal (dataPort=%d)." % (
                 R.randint(1, 8), hexs(R, 32), tm(R), ip10(R).replace(".", "-"), port(R))),
        "java.io.IOException: Connection reset by peer",
        "\tat org.apache.flink.runtime.io.network.netty.CreditBasedPartitionRequestClientHandler.exceptionCaught(CreditBasedPartitionRequestClientHandler.java:%d) ~[flink-dist-1.19.1.jar:1.19.1]" % R.randint(160, 170),
    ])


def n_restarting(R):
    return flog(R, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph",
                "Job %s (%s) switched from state %s." % (pick(R, JOBS), jid(R), pick(R, ["RUNNING to RESTARTING", "RESTARTING to RUNNING", "CREATED to RUNNING"])))


def n_hb(R):
    return flog(R, "INFO", "org.apache.flink.runtime.jobmaster.JobMaster",
                "The heartbeat of TaskManager with id %s-%s timed out." % (ip10(R).replace(".", "-"), hexs(R, 6)))


def n_kafka_warn(R):
    return flog(R, "WARN", "org.apache.kafka.clients.NetworkClient",
                "[Consumer clientId=%s-%d, groupId=%s] Error while fetching metadata with correlation id %d : {%s=LEADER_NOT_AVAILABLE}" % (pick(R, JOBS), R.randint(0, 7), pick(R, JOBS), R.randint(2, 900), pick(R, TOPICS)))


def n_kafka_reset(R):
    return flog(R, "INFO", "org.apache.kafka.clients.consumer.internals.SubscriptionState",
                "[Consumer clientId=%s-%d, groupId=%s] Resetting offset for partition %s-%d to position FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[b-%d.msk.internal:9098 (id: %d rack: use1-az%d)], epoch=%d}}." % (
                    pick(R, JOBS), R.randint(0, 7), pick(R, JOBS), pick(R, TOPICS), R.randint(0, 11), R.randint(0, 10**8), R.randint(1, 3), R.randint(1, 3), R.randint(1, 6), R.randint(0, 40)))


def n_tm_registered(R):
    return flog(R, "INFO", "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager",
                "Registering TaskManager with ResourceID %s-%s (pekko.tcp://flink@%s:6122/user/rpc/taskmanager_0) at ResourceManager" % (ip10(R).replace(".", "-"), hexs(R, 6), ip10(R)))


def n_beam_info(R):
    return pick(R, [
        "INFO:apache_beam.runners.worker.statecache:Creating state cache with size %d" % pick(R, [104857600, 209715200]),
        "INFO:apache_beam.runners.worker.sdk_worker_main:Python sdk harness starting.",
        "INFO:root:ParseEvents: processed %d elements in bundle %d, 0 errors" % (R.randint(1, 5000), R.randint(1, 9999)),
        "INFO:apache_beam.runners.worker.sdk_worker:Creating insecure control channel for localhost:%d." % port(R),
        "WARNING:apache_beam.options.pipeline_options:Discarding unparseable args: ['--job-id=%s']" % uuid(R),
        "INFO:root:dead-letter sink wrote 0 records (error_count=0) for window ending 2026-12-%02dT%s" % (day(R), hms(R)),
    ]) + ("" if R.random() < 0.5 else " ")


def n_beam_retry(R):
    return "WARNING:apache_beam.io.aws.clients.s3.boto3_client:Retrying after error on PutObject s3://example-beam-out/sessions/2026-12-%02d/part-%05d (attempt %d/5): SlowDown" % (day(R), R.randint(0, 99999), R.randint(1, 3))


def n_pulsar_info(R):
    return pick(R, [
        plog(R, "pulsar-io-%d-%d" % (R.randint(1, 8), R.randint(1, 8)), "INFO", "org.apache.pulsar.broker.service.ServerCnx",
             "[/%s:%d] Created new producer: Producer{topic=PersistentTopic{topic=%s}, client=/%s:%d, producerName=%s-%d-%d, producerId=%d}" % (ip10(R), port(R), topic(R), ip10(R), port(R), pick(R, ["us-east-1", "pulsar"]), R.randint(1, 99), R.randint(0, 999), R.randint(0, 50))),
        plog(R, "pulsar-io-%d-%d" % (R.randint(1, 8), R.randint(1, 8)), "INFO", "org.apache.pulsar.broker.service.ServerCnx",
             "Closed connection from /%s:%d" % (ip10(R), port(R))),
        plog(R, "bookkeeper-ml-scheduler-OrderedScheduler-%d-0" % R.randint(0, 7), "INFO", "org.apache.bookkeeper.mledger.impl.ManagedLedgerImpl",
             "[%s] Creating ledger, metadata: {component=managed-ledger, pulsar/managed-ledger=%s, application=pulsar} - metadata ops timeout : %d seconds" % (topic(R).replace("persistent://", ""), alnum(R, 24), 60)),
    ])


def n_pulsar_warn(R):
    return "\n".join([
        plog(R, "pulsar-io-%d-%d" % (R.randint(1, 8), R.randint(1, 8)), "WARN", "org.apache.pulsar.broker.service.ServerCnx",
             "[/%s:%d] Got exception java.io.IOException: Connection reset by peer" % (ip10(R), port(R))),
    ])


def n_bk_usage(R):
    return plog(R, "LedgerDirsMonitorThread", "INFO", "org.apache.bookkeeper.bookie.LedgerDirsMonitor",
                "Ledger directory /pulsar/data/bookkeeper/ledgers usage %.2f%%, 0 errors since last check" % R.uniform(20, 80))


def n_bk_warn(R):
    return plog(R, "LedgerDirsMonitorThread", "WARN", "org.apache.bookkeeper.bookie.LedgerDirsMonitor",
                "Ledger directory /pulsar/data/bookkeeper/ledgers%d is above warn threshold: usage=%.2f%% (threshold=90%%)" % (R.randint(0, 1), R.uniform(90.1, 94.9)))


def n_flink_recovered(R):
    return flog(R, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator",
                "Restoring job %s from Checkpoint %d @ %d for %s located at s3://example-flink-state/checkpoints/%s/chk-%d." % (jid(R), R.randint(100, 9000), R.randint(1796000000000, 1796400000000), jid(R), jid(R), R.randint(100, 9000)))


def n_sink_retry(R):
    return flog(R, "WARN", "com.example.pipeline.sink.RetryingHttpSink",
                "POST https://ledger.internal/v1/batches failed with 503 (attempt %d/5), retrying in %d ms" % (R.randint(1, 4), pick(R, [200, 400, 800, 1600])))


def n_finished(R):
    return flog(R, "INFO", "org.apache.flink.runtime.dispatcher.StandaloneDispatcher",
                "Job %s reached terminal state FINISHED." % jid(R))


def flink_beam_pulsar(R):
    groups = [
        ("flink-job-failed-kafka-position-timeout", g_job_failed_kafka),
        ("flink-job-failed-checkpoint-threshold", g_job_failed_checkpoint),
        ("flink-job-failed-taskmanager-heartbeat", g_job_failed_heartbeat),
        ("flink-taskmanager-metaspace-oom", g_tm_metaspace),
        ("flink-ha-recover-job-s3-access-denied", g_ha_recover_s3),
        ("flink-jdbc-sink-duplicate-key", g_jdbc_batch),
        ("flink-jar-run-udf-class-not-found", g_jar_run_classnotfound),
        ("flink-order-event-json-parse", g_deser),
        ("flink-cli-stop-with-savepoint-timeout", g_stop_savepoint),
        ("beam-parsejson-keyerror-customer-id", g_beam_keyerror),
        ("beam-event-time-invalid-isoformat", g_beam_timestamp),
        ("beam-profile-lookup-npe", g_beam_java_npe),
        ("beam-sdk-harness-worker-pool-refused", g_beam_harness),
        ("pulsar-ledger-not-enough-bookies", g_pulsar_bookies),
        ("pulsar-function-price-normalizer-number-format", g_pulsar_function),
        ("pulsar-client-jwt-expired", g_pulsar_auth),
        ("bookkeeper-ledger-dirs-full", g_bk_dirs_full),
        ("pulsar-geo-replicator-topic-not-found", g_pulsar_replicator),
    ]
    negs = [n_state, n_ckpt, n_trigger, n_trigger_warn, n_task_failed_restart, n_restarting, n_hb, n_kafka_warn, n_kafka_reset,
            n_tm_registered, n_beam_info, n_beam_retry, n_pulsar_info, n_pulsar_warn, n_bk_usage, n_bk_warn, n_flink_recovered,
            n_sink_retry, n_finished]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- jenkins-bazel
F2 = "jenkins-bazel"

JJOBS = ["platform/payments-service/main", "platform/web-frontend/main", "data/nightly-e2e", "infra/ami-bake", "platform/ledger/PR-%d"]


def jts(R):
    return "2026-12-%02d %s.%s+0000" % (day(R), hms(R), ms(R))


def jlog(R, level, src, msg):
    return "%s [id=%d]\t%s\t%s: %s" % (jts(R), R.randint(20, 9000), level, src, msg)


def jul_ts(R):
    h = R.randint(1, 12)
    return "Dec %02d, 2026 %d:%02d:%02d %s" % (day(R), h, R.randint(0, 59), R.randint(0, 59), pick(R, ["AM", "PM"]))


def stamp(R, lines):
    """Console lines as the Timestamper plugin prints them (one timestamp per line, same second)."""
    t = "2026-12-%02dT%s" % (day(R), hms(R))
    stamps = sorted(R.randint(0, 999) for _ in lines)
    return "\n".join("[%s.%03dZ] %s" % (t, m, l) for m, l in zip(stamps, lines))


def bts(R):
    return "(%s) " % hms(R) if R.random() < 0.5 else ""


def bhash(R):
    return hexs(R, 32)


def g_executor_died(R):
    return "\n".join([
        jlog(R, "SEVERE", "hudson.model.Executor#finish1", "Executor threw an exception"),
        "java.lang.NullPointerException: Cannot invoke \"hudson.model.Queue$Executable.getParent()\" because \"executable\" is null",
        "\tat hudson.model.Executor.finish1(Executor.java:%d)" % pick(R, [495, 496]),
        "\tat hudson.model.Executor.run(Executor.java:%d)" % pick(R, [457, 458]),
    ])


def g_ec2_provision(R):
    return "\n".join([
        jlog(R, "SEVERE", "hudson.plugins.ec2.EC2Cloud#provision", "Exception during provisioning"),
        "com.amazonaws.services.ec2.model.AmazonEC2Exception: You are not authorized to perform this operation. Encoded authorization failure message: %s (Service: AmazonEC2; Status Code: 403; Error Code: UnauthorizedOperation; Request ID: %s; Proxy: null)" % (alnum(R, 48), uuid(R)),
        "\tat com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)",
        "\tat hudson.plugins.ec2.SlaveTemplate.provisionOndemand(SlaveTemplate.java:%d)" % R.randint(1380, 1400),
    ])


def g_git_fetch(R):
    return stamp(R, [
        "ERROR: Error fetching remote repo 'origin'",
        "hudson.plugins.git.GitException: Failed to fetch from https://git.example.internal/platform/payments-service.git",
        "\tat PluginClassLoader for git//hudson.plugins.git.GitSCM.fetchFrom(GitSCM.java:%d)" % R.randint(995, 1005),
        "Caused by: hudson.plugins.git.GitException: Command \"git fetch --tags --force --progress --prune -- origin +refs/heads/main:refs/remotes/origin/main\" returned status code 128:",
        "stdout: ",
        "stderr: remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled.",
        "fatal: Authentication failed for 'https://git.example.internal/platform/payments-service.git/'",
        "",
        "\tat PluginClassLoader for git-client//org.jenkinsci.plugins.gitclient.CliGitAPIImpl.launchCommandIn(CliGitAPIImpl.java:%d)" % R.randint(2830, 2850),
        "\t... %d more" % R.randint(10, 14),
    ])


def g_channel_closed(R):
    a = R.randint(1, 24)
    return stamp(R, [
        "FATAL: command execution failed",
        "java.io.EOFException",
        "\tat java.base/java.io.ObjectInputStream$PeekInputStream.readFully(ObjectInputStream.java:2933)",
        "Caused: hudson.remoting.ChannelClosedException: Channel \"hudson.remoting.Channel@%s:ci-agent-%02d\": Remote call on JNLP4-connect connection from %s/%s:%d failed. The channel is closing down or has closed down" % (
            hexs(R, 8), a, "ip-" + ip10(R).replace(".", "-") + ".ec2.internal", ip10(R), port(R)),
        "\tat hudson.remoting.Channel.call(Channel.java:1107)",
        "\tat hudson.Launcher$RemoteLauncher.launch(Launcher.java:%d)" % R.randint(1120, 1130),
    ])


def g_sandbox(R):
    m = pick(R, ["staticMethod org.codehaus.groovy.runtime.DefaultGroovyMethods execute java.lang.String",
                 "method java.lang.String execute"])
    return stamp(R, [
        "[Pipeline] End of Pipeline",
        "org.jenkinsci.plugins.scriptsecurity.sandbox.RejectedAccessException: Scripts not permitted to use %s" % m,
        "\tat org.jenkinsci.plugins.scriptsecurity.sandbox.whitelists.StaticWhitelist.rejectMethod(StaticWhitelist.java:%d)" % R.randint(280, 290),
        "\tat WorkflowScript.run(WorkflowScript:%d)" % R.randint(40, 48),
        "Finished: FAILURE",
    ])


def g_docker_pull(R):
    return stamp(R, [
        "[Pipeline] withDockerContainer",
        "ci-agent-%02d does not seem to be running inside a container" % R.randint(1, 24),
        "$ docker run -t -d -u 1000:1000 -w /home/jenkins/agent/workspace/web-frontend_main registry.example.internal/ci/node:20-build cat",
        "java.io.IOException: Failed to run image 'registry.example.internal/ci/node:20-build'. Error: Unable to find image 'registry.example.internal/ci/node:20-build' locally",
        "docker: Error response from daemon: pull access denied for registry.example.internal/ci/node, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
    ])


def g_cred_missing(R):
    return stamp(R, [
        "[Pipeline] { (Publish)",
        "[Pipeline] withCredentials",
        "[Pipeline] // withCredentials",
        "ERROR: Could not find credentials entry with ID 'nexus-deploy-prod'",
        "Finished: FAILURE",
    ])


def g_controller_heap(R):
    return "\n".join([
        jlog(R, "SEVERE", "hudson.triggers.SafeTimerTask#run", "Timer task hudson.model.Queue$MaintainTask@%s failed" % hexs(R, 8)),
        "java.lang.OutOfMemoryError: Java heap space",
        "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
        "\tat hudson.model.Queue.maintain(Queue.java:%d)" % R.randint(1620, 1640),
    ])


def g_agent_connect(R):
    return "\n".join([
        "%s hudson.remoting.jnlp.Main$CuiListener error" % jul_ts(R),
        "SEVERE: Failed to connect to jenkins.example.internal:50000",
        "java.net.ConnectException: Connection refused",
        "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
        "\tat org.jenkinsci.remoting.engine.JnlpAgentEndpointResolver.resolve(JnlpAgentEndpointResolver.java:%d)" % R.randint(270, 280),
    ])


def g_run_payments(R):
    return jlog(R, "INFO", "o.j.p.workflow.job.WorkflowRun#finish", "platform/payments-service/main #%d completed: FAILURE" % R.randint(1200, 1900))


def g_run_nightly(R):
    return jlog(R, "INFO", "o.j.p.workflow.job.WorkflowRun#finish", "data/nightly-e2e #%d completed: FAILURE" % R.randint(300, 700))


def g_unit_tests_step(R):
    n = R.randint(1, 9)
    return stamp(R, [
        "[Pipeline] { (Unit tests)",
        "[Pipeline] sh",
        "+ ./gradlew test --no-daemon",
        "LedgerPostingTest > rejectsUnbalancedEntry() FAILED",
        "    org.opentest4j.AssertionFailedError at LedgerPostingTest.kt:%d" % pick(R, [64, 65]),
        "%d tests completed, %d failed" % (R.randint(300, 420), n),
        "ERROR: script returned exit code 1",
    ])


def g_bazel_cc(R):
    return "\n".join([
        "%sERROR: /home/ci/workspace/monorepo/services/ledger/BUILD.bazel:%d:11: Compiling services/ledger/posting.cc failed: (Exit 1): gcc failed: error executing CppCompile command (from target //services/ledger:posting) /usr/bin/gcc -U_FORTIFY_SOURCE -fstack-protector -Wall -Wunused-but-set-parameter -Wno-free-nonheap-object -fno-omit-frame-pointer -g0 -O2 '-std=c++17' -MD -MF bazel-out/k8-opt/bin/services/ledger/_objs/posting/posting.pic.d ... (remaining %d arguments skipped)" % (bts(R), pick(R, [27, 28]), R.randint(20, 40)),
        "services/ledger/posting.cc:%d:17: error: 'Decimal' was not declared in this scope; did you mean 'decimal'?" % R.randint(80, 95),
        "   %d |   const Decimal amount = entry.amount();" % R.randint(80, 95),
        "      |                 ^~~~~~~",
    ])


def g_bazel_test(R):
    h = bhash(R)
    if R.random() < 0.5:
        return "%sFAIL: //services/auth:integration_test (see /root/.cache/bazel/_bazel_root/%s/execroot/_main/bazel-out/k8-fastbuild/testlogs/services/auth/integration_test/test.log)" % (bts(R), h)
    return "//services/auth:integration_test                                       FAILED in %d out of %d in %.1fs\n  /root/.cache/bazel/_bazel_root/%s/execroot/_main/bazel-out/k8-fastbuild/testlogs/services/auth/integration_test/test.log" % (
        pick(R, [1, 2, 3]), 3, R.uniform(20, 90), h)


def g_bazel_fetch_maven(R):
    a = pick(R, ["com.example.platform:ledger-client:2.%d.0" % R.randint(0, 20), "com.example.platform:auth-sdk:1.%d.%d" % (R.randint(0, 9), R.randint(0, 9))])
    return "\n".join([
        "%sERROR: An error occurred during the fetch of repository 'maven':" % bts(R),
        "   Traceback (most recent call last):",
        "\tFile \"/root/.cache/bazel/_bazel_root/%s/external/rules_jvm_external/coursier.bzl\", line %d, column 13, in _coursier_fetch_impl" % (bhash(R), R.randint(1000, 1100)),
        "\t\tfail(\"Error while fetching artifact with coursier: \" + exec_result.stderr)",
        "Error in fail: Error while fetching artifact with coursier: Resolution error: Error downloading %s" % a,
        "  not found: https://nexus.example.internal/repository/maven-releases/%s" % a.replace(":", "/").replace(".", "/", 2),
    ])


def g_bazel_no_pkg(R):
    return "%sERROR: /home/ci/workspace/monorepo/web/checkout/BUILD.bazel:%d:10: no such package '@@npm//@types/node': The repository '@@npm' could not be resolved: Repository '@@npm' is not defined and referenced by '//web/checkout:bundle'" % (bts(R), pick(R, [12, 13]))


def g_bazel_remote_auth(R):
    return "%sERROR: Failed to query remote execution capabilities: UNAUTHENTICATED: Invalid API key (request id %s)" % (bts(R), uuid(R))


def g_bazel_verdict(R):
    return "%sFAILED: Build did NOT complete successfully (%d packages loaded, %d targets configured)" % (bts(R), R.randint(0, 900), R.randint(0, 40000))


def g_bazel_link(R):
    return "\n".join([
        "%sERROR: /home/ci/workspace/monorepo/services/gateway/BUILD.bazel:%d:10: Linking services/gateway/gateway failed: (Exit 1): gcc failed: error executing CppLink command (from target //services/gateway:gateway) /usr/bin/gcc @bazel-out/k8-opt/bin/services/gateway/gateway-2.params" % (bts(R), pick(R, [9, 10])),
        "/usr/bin/ld: bazel-out/k8-opt/bin/services/gateway/_objs/gateway/router.pic.o: in function `gateway::Router::Dispatch(gateway::Request const&)':",
        "router.cc:(.text+0x%s): undefined reference to `ratelimit::TokenBucket::TryAcquire(int)'" % hexs(R, 3),
        "collect2: error: ld returned 1 exit status",
    ])


def n_jenkins_info(R):
    return pick(R, [
        jlog(R, "INFO", "jenkins.InitReactorRunner$1#onAttained", pick(R, ["Started initialization", "Listed all plugins", "Prepared all plugins", "Loaded all jobs", "Completed initialization"])),
        jlog(R, "INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", "Finished Download metadata. %s ms" % format(R.randint(1000, 90000), ",")),
        jlog(R, "INFO", "hudson.plugins.ec2.EC2Cloud#provision", "ec2-ci-agents. Attempting to provision slave needed by excess workload of %d units" % R.randint(1, 6)),
        jlog(R, "INFO", "hudson.slaves.NodeProvisioner#update", "ci-agent-%02d provisioning successfully completed. We have now %d computer(s)" % (R.randint(1, 24), R.randint(2, 30))),
    ])


def n_run_ok(R):
    return jlog(R, "INFO", "o.j.p.workflow.job.WorkflowRun#finish", "%s #%d completed: %s" % (
        pick(R, ["platform/payments-service/main", "platform/web-frontend/main", "data/nightly-e2e", "infra/ami-bake"]), R.randint(100, 1900), pick(R, ["SUCCESS", "SUCCESS", "SUCCESS", "ABORTED"])))


def n_disk_warn(R):
    return jlog(R, "WARNING", "hudson.node_monitors.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline",
                "Making ci-agent-%02d offline temporarily due to the lack of disk space" % R.randint(1, 24))


def n_uc_warn(R):
    return jlog(R, "WARNING", "hudson.model.UpdateCenter$UpdateCenterConfiguration#download",
                "Failed to download https://updates.jenkins.io/download/plugins/%s/%d.%d/%s.hpi, will retry (attempt %d of 3)" % (
                    pick(R, ["git", "workflow-job", "ec2", "credentials"]), R.randint(1, 900), R.randint(0, 9), pick(R, ["git", "workflow-job", "ec2", "credentials"]), R.randint(1, 2)))


def n_console_ok(R):
    return stamp(R, [
        "[Pipeline] { (Unit tests)",
        "[Pipeline] sh",
        "+ ./gradlew test --no-daemon",
        "BUILD SUCCESSFUL in %dm %ds" % (R.randint(1, 9), R.randint(0, 59)),
        "%d actionable tasks: %d executed, %d up-to-date" % (R.randint(20, 40), R.randint(1, 20), R.randint(0, 20)),
        "[Pipeline] junit",
        "Recording test results",
        "[Checks API] No suitable checks publisher found.",
    ])


def n_console_finish(R):
    return stamp(R, ["[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: SUCCESS"])


def n_console_misc(R):
    w = R.randint(0, 40)
    return stamp(R, pick(R, [
        ["+ npm run lint", "lint: 0 errors, %d warnings" % w],
        ["Tests: %d passed, 0 failed, %d skipped (error rate 0.0%%)" % (R.randint(100, 900), R.randint(0, 12))],
        ["[Pipeline] retry", "ERROR: Execution failed", "Retrying", "[Pipeline] {", "+ curl -fsS https://artifacts.example.internal/health", "ok"],
        ["Cloning the remote Git repository", "Cloning repository https://git.example.internal/platform/web-frontend.git",
         " > git init /home/jenkins/agent/workspace/web-frontend_main # timeout=10", " > git --version # 'git version 2.4%d.1'" % R.randint(0, 7)],
        ["Running on ci-agent-%02d in /home/jenkins/agent/workspace/%s" % (R.randint(1, 24), pick(R, ["payments-service_main", "web-frontend_main", "nightly-e2e"]))],
    ]))


def n_agent_info(R):
    return "%s hudson.remoting.jnlp.Main$CuiListener status\nINFO: %s" % (jul_ts(R), pick(R, [
        "Connected", "Handshaking", "Connecting to jenkins.example.internal:50000",
        "Remote identity confirmed: %s" % ":".join(hexs(R, 2) for _ in range(16)),
        "Trying protocol: JNLP4-connect", "Terminated"]))


def n_agent_warn(R):
    return "%s hudson.remoting.jnlp.Main$CuiListener status\nWARNING: Connection to jenkins.example.internal:50000 lost, reconnecting in %d seconds (attempt %d)" % (jul_ts(R), pick(R, [10, 20, 30]), R.randint(1, 3))


def n_bazel_info(R):
    return pick(R, [
        "%sINFO: Elapsed time: %.3fs, Critical Path: %.2fs" % (bts(R), R.uniform(3, 900), R.uniform(1, 400)),
        "%sINFO: %d processes: %d remote cache hit, %d internal, %d linux-sandbox." % (bts(R), R.randint(100, 9000), R.randint(0, 5000), R.randint(0, 900), R.randint(0, 900)),
        "%sINFO: Build completed successfully, %d total actions" % (bts(R), R.randint(10, 9000)),
        "%sINFO: Analyzed %d targets (%d packages loaded, %d targets configured)." % (bts(R), R.randint(1, 900), R.randint(0, 400), R.randint(0, 40000)),
        "%sINFO: Streaming build results to: https://buildbuddy.example.internal/invocation/%s" % (bts(R), uuid(R)),
        "%sLoading: %d packages loaded" % (bts(R), R.randint(0, 400)),
        "%sINFO: Found %d targets and %d test targets..." % (bts(R), R.randint(1, 900), R.randint(0, 90)),
    ])


def n_bazel_from(R):
    return "%sINFO: From Compiling services/%s/%s.cc:\nservices/%s/%s.cc:%d:%d: warning: unused variable 'err' [-Wunused-variable]" % (
        bts(R), pick(R, ["ledger", "gateway"]), pick(R, ["audit", "router", "posting"]), pick(R, ["ledger", "gateway"]), pick(R, ["audit", "router"]), R.randint(10, 300), R.randint(3, 20))


def n_bazel_tests_ok(R):
    return pick(R, [
        "//services/%s:%s_test                                            (cached) PASSED in %.1fs" % (pick(R, ["ledger", "gateway", "auth"]), pick(R, ["unit", "posting", "router"]), R.uniform(0.1, 30)),
        "//services/%s:%s_test                                                   PASSED in %.1fs" % (pick(R, ["ledger", "gateway", "auth"]), pick(R, ["unit", "posting", "router"]), R.uniform(0.1, 30)),
        "%sINFO: Executed %d out of %d tests: %d tests pass." % ((lambda n: (bts(R), n, n, n))(R.randint(1, 90))),
        "//services/payments:retry_test                                          FLAKY, failed in 1 out of 2 in %.1fs" % R.uniform(1, 20),
    ])


def n_bazel_warn(R):
    return pick(R, [
        "%sWARNING: Remote Cache: UNAVAILABLE: io exception (falling back to local execution, attempt %d)" % (bts(R), R.randint(1, 5)),
        "%sWARNING: Download from https://mirror.example.internal/bazel/%s.tar.gz failed: class java.io.FileNotFoundException GET returned 404 Not Found" % (bts(R), hexs(R, 12)),
        "%sWARNING: Build option --config=ci has changed, discarding analysis cache (this can be expensive, see https://bazel.build/advanced/performance/iteration-speed)." % bts(R),
    ])


def jenkins_bazel(R):
    groups = [
        ("jenkins-executor-finish-npe", g_executor_died),
        ("jenkins-ec2-provision-unauthorized", g_ec2_provision),
        ("jenkins-git-fetch-access-denied", g_git_fetch),
        ("jenkins-agent-channel-closed", g_channel_closed),
        ("jenkins-sandbox-rejected-string-execute", g_sandbox),
        ("jenkins-docker-agent-image-pull-denied", g_docker_pull),
        ("jenkins-missing-nexus-deploy-credentials", g_cred_missing),
        ("jenkins-queue-maintain-heap-oom", g_controller_heap),
        ("jenkins-inbound-agent-connect-refused", g_agent_connect),
        ("jenkins-run-payments-main-failure", g_run_payments),
        ("jenkins-run-nightly-e2e-failure", g_run_nightly),
        ("jenkins-unit-tests-ledger-posting-failed", g_unit_tests_step),
        ("bazel-compile-ledger-posting-decimal", g_bazel_cc),
        ("bazel-test-auth-integration-failed", g_bazel_test),
        ("bazel-fetch-maven-artifact-not-found", g_bazel_fetch_maven),
        ("bazel-no-such-package-npm", g_bazel_no_pkg),
        ("bazel-remote-exec-unauthenticated", g_bazel_remote_auth),
        ("bazel-build-did-not-complete", g_bazel_verdict),
        ("bazel-link-gateway-undefined-reference", g_bazel_link),
    ]
    negs = [n_jenkins_info, n_run_ok, n_disk_warn, n_uc_warn, n_console_ok, n_console_finish, n_console_misc, n_agent_info,
            n_agent_warn, n_bazel_info, n_bazel_from, n_bazel_tests_ok, n_bazel_warn]
    return build(R, F2, groups, negs)


FAMILIES = {F1: flink_beam_pulsar, F2: jenkins_bazel}
