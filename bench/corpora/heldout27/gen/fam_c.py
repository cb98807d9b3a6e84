"""Families: msf-flink118-json-jobmanager-taskmanager, firehose-delivery-errors-transform-lambdas."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, iphost, pick, build, iso, day, hms, epoch_ms, lambda_report,
                    ACCT, REGION, jd, jds)

# ---------------------------------------------------------------- msf-flink118-json-jobmanager-taskmanager
# "pennrock payments": Amazon Managed Service for Apache Flink (Flink 1.18) applications writing to their
# CloudWatch log stream; every event is the service's JSON record (locationInformation, logger, message,
# throwableInformation, threadName, applicationARN, applicationVersionId, messageSchemaVersion, messageType).
F1 = "msf-flink118-json-jobmanager-taskmanager"
APPS = ["card-auth-enricher", "fraud-scoring", "merchant-sessionizer", "settlement-aggregator"]


def fl(R, app, level, logger, loc, msg, thread=None, thr=None, ver=None):
    d = {"locationInformation": loc, "logger": logger, "message": msg}
    if thr:
        d["throwableInformation"] = thr
    d.update({"threadName": thread or pick(R, ["flink-akka.actor.default-dispatcher-%d" % R.randint(2, 40), "jobmanager-io-thread-%d" % R.randint(1, 8), "Checkpoint Timer", "flink-pekko.actor.default-dispatcher-%d" % R.randint(2, 40)]),
              "applicationARN": "arn:aws:kinesisanalytics:%s:%s:application/%s" % (REGION, ACCT, app), "applicationVersionId": str(ver or R.randint(11, 19)),
              "messageSchemaVersion": "1", "messageType": level})
    return jds(d)


def jid(R):
    return hexs(R, 32)


def e_ckpt(R):
    # fraud-scoring: checkpoints to S3 expire (state grew after the 30-day feature window change) -> job fails over
    app = "fraud-scoring"
    n = R.randint(4100, 4300)
    r = R.random()
    if r < 0.45:
        return fl(R, app, "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator$CheckpointCanceller.run(CheckpointCoordinator.java:2%03d)" % R.randint(100, 200), "Checkpoint %d of job %s expired before completing." % (n, jid(R)), thread="Checkpoint Timer", ver=17)
    if r < 0.75:
        return fl(R, app, "WARN", "org.apache.flink.runtime.checkpoint.CheckpointFailureManager", "org.apache.flink.runtime.checkpoint.CheckpointFailureManager.handleCheckpointException(CheckpointFailureManager.java:%d)" % R.randint(100, 180), "Failed to trigger or complete checkpoint %d for job %s. (%d consecutive failed attempts so far)" % (n, jid(R), R.randint(1, 3)), thr="org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint expired before completing.\n\tat org.apache.flink.runtime.checkpoint.CheckpointCoordinator$CheckpointCanceller.run(CheckpointCoordinator.java:2%03d)" % R.randint(100, 200), ver=17)
    return fl(R, app, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "org.apache.flink.runtime.executiongraph.ExecutionGraph.transitionState(ExecutionGraph.java:%d)" % R.randint(1100, 1200), "Job fraud-scoring (%s) switched from state RUNNING to RESTARTING." % jid(R),
              thr="org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold. The latest checkpoint failed due to Checkpoint expired before completing., view the Checkpoint History tab or the Job Manager log to find out why continuous checkpoints failed.\n\tat org.apache.flink.runtime.checkpoint.CheckpointFailureManager.checkFailureAgainstCounter(CheckpointFailureManager.java:%d)" % R.randint(200, 220), ver=17)


def e_kafka(R):
    # settlement-aggregator's MSK sink: the broker SG rule for the app's new VPC subnets is missing -> records expire
    app = "settlement-aggregator"
    r = R.random()
    if r < 0.5:
        return fl(R, app, "WARN", "org.apache.flink.runtime.taskmanager.Task", "org.apache.flink.runtime.taskmanager.Task.transitionState(Task.java:%d)" % R.randint(1100, 1150), "Sink: settlements-kafka-sink: Writer -> Sink: Committer (%d/8)#%d (%s_%s_%d_%d) switched from RUNNING to FAILED with failure cause:" % (R.randint(1, 8), R.randint(0, 40), hexs(R, 32), hexs(R, 32), R.randint(0, 7), R.randint(0, 40)),
                  thread="Sink: settlements-kafka-sink: Writer (%d/8)#%d" % (R.randint(1, 8), R.randint(0, 40)), thr="org.apache.flink.util.FlinkRuntimeException: Failed to send data to Kafka settlements-v1-%d@-1 with FlinkKafkaInternalProducer{transactionalId='null', inTransaction=false, closed=false} \n\tat org.apache.flink.connector.kafka.sink.KafkaWriter$WriterCallback.throwException(KafkaWriter.java:%d)\nCaused by: org.apache.kafka.common.errors.TimeoutException: Expiring %d record(s) for settlements-v1-%d:120000 ms has passed since batch creation" % (R.randint(0, 11), R.randint(430, 440), R.randint(1, 400), R.randint(0, 11)), ver=23)
    if r < 0.75:
        return fl(R, app, "WARN", "org.apache.kafka.clients.NetworkClient", "org.apache.kafka.clients.NetworkClient.processDisconnection(NetworkClient.java:%d)" % R.randint(810, 830), "[Producer clientId=producer-%d] Connection to node %d (b-%d.pennrock-msk.%s.c%d.kafka.%s.amazonaws.com/%s:9098) could not be established. Broker may not be available." % (R.randint(1, 30), R.randint(1, 3), R.randint(1, 3), lower(R, 6), R.randint(2, 9), REGION, ip10(R, 90)), thread="kafka-producer-network-thread | producer-%d" % R.randint(1, 30), ver=23)
    return fl(R, app, "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "org.apache.flink.runtime.executiongraph.ExecutionGraph.transitionState(ExecutionGraph.java:%d)" % R.randint(1100, 1200), "Job settlement-aggregator (%s) switched from state RESTARTING to FAILED." % jid(R), thr="org.apache.flink.runtime.JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=%d, backoffTimeMS=10000)\nCaused by: org.apache.kafka.common.errors.TimeoutException: Expiring %d record(s) for settlements-v1-%d:120000 ms has passed since batch creation" % (R.randint(3, 10), R.randint(1, 400), R.randint(0, 11)), ver=23)


def e_poison(R):
    # card-auth-enricher: an acquirer started sending amount as "12,50"; the deserializer throws and the job loops
    app = "card-auth-enricher"
    r = R.random()
    if r < 0.6:
        return fl(R, app, "WARN", "org.apache.flink.runtime.taskmanager.Task", "org.apache.flink.runtime.taskmanager.Task.transitionState(Task.java:%d)" % R.randint(1100, 1150), "Source: auth-events-kinesis -> Map (%d/4)#%d (%s) switched from RUNNING to FAILED with failure cause:" % (R.randint(1, 4), R.randint(0, 60), hexs(R, 32)),
                  thread="Source: auth-events-kinesis -> Map (%d/4)#%d" % (R.randint(1, 4), R.randint(0, 60)), thr="java.io.IOException: Failed to deserialize auth event from shard shardId-%012d\n\tat com.pennrock.auth.AuthEventSchema.deserialize(AuthEventSchema.java:%d)\nCaused by: com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.math.BigDecimal` from String \"%d,%02d\": not a valid representation\n at [Source: (byte[])\"{\"authId\":\"%s\",\"acquirer\":\"ACQ-%d\",\"amount\":\"%d,%02d\"...\"; line: 1, column: %d] (through reference chain: com.pennrock.auth.AuthEvent[\"amount\"])" % (R.randint(0, 11), R.randint(60, 80), R.randint(1, 999), R.randint(0, 99), uuid(R), pick(R, [417, 417, 902]), R.randint(1, 999), R.randint(0, 99), R.randint(60, 90)), ver=31)
    return fl(R, app, "INFO", "org.apache.flink.runtime.executiongraph.failover.RestartPipelinedRegionFailoverStrategy", "org.apache.flink.runtime.executiongraph.failover.RestartPipelinedRegionFailoverStrategy.getTasksNeedingRestart(RestartPipelinedRegionFailoverStrategy.java:%d)" % R.randint(110, 120),
              "Calculating tasks to restart to recover the failed task %s_%d (cause: InvalidFormatException on field amount, restart #%d)." % (hexs(R, 32), R.randint(0, 3), R.randint(1, 900)), ver=31)


def e_heap(R):
    # merchant-sessionizer keeps sessions in heap (HashMapStateBackend override) and TaskManagers run out of heap
    app = "merchant-sessionizer"
    r = R.random()
    if r < 0.4:
        return fl(R, app, "ERROR", "org.apache.flink.runtime.taskexecutor.TaskManagerRunner", "org.apache.flink.runtime.util.FatalExitExceptionHandler.uncaughtException(FatalExitExceptionHandler.java:%d)" % R.randint(45, 55), "FATAL: Thread 'Window(EventTimeSessionWindows(1800000), EventTimeTrigger, SessionAggregator) (%d/6)#%d' produced an uncaught exception. Stopping the process..." % (R.randint(1, 6), R.randint(0, 30)), thr="java.lang.OutOfMemoryError: Java heap space", ver=9)
    if r < 0.75:
        return fl(R, app, "INFO", "org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager", "org.apache.flink.runtime.resourcemanager.ResourceManager$TaskManagerHeartbeatListener.notifyHeartbeatTimeout(ResourceManager.java:%d)" % R.randint(1400, 1450), "The heartbeat of TaskManager with id flink-taskmanager-%d-%s timed out." % (R.randint(1, 12), lower(R, 5)), ver=9)
    return fl(R, app, "WARN", "org.apache.flink.runtime.taskmanager.Task", "org.apache.flink.runtime.taskmanager.Task.transitionState(Task.java:%d)" % R.randint(1100, 1150), "Window(EventTimeSessionWindows(1800000), EventTimeTrigger, SessionAggregator) (%d/6)#%d switched from RUNNING to FAILED with failure cause:" % (R.randint(1, 6), R.randint(0, 30)), thr="org.apache.flink.runtime.jobmaster.JobMasterException: TaskManager with id flink-taskmanager-%d-%s is no longer reachable.\n\tat org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener.notifyTargetUnreachable(JobMaster.java:%d)" % (R.randint(1, 12), lower(R, 5), R.randint(1400, 1450)), ver=9)


def e_restore(R):
    # fraud-scoring v18 removed the uid'd "velocity-features" operator; restore from the snapshot fails (update rolled back)
    app = "fraud-scoring"
    r = R.random()
    if r < 0.6:
        return fl(R, app, "ERROR", "org.apache.flink.runtime.jobmaster.JobMaster", "org.apache.flink.runtime.scheduler.DefaultScheduler.<init>(DefaultScheduler.java:%d)" % R.randint(180, 200), "Failed to restore job fraud-scoring (%s) from snapshot s3://pennrock-msf-snapshots/fraud-scoring/snapshot-%d" % (jid(R), R.randint(40, 60)), thr="java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint s3://pennrock-msf-snapshots/fraud-scoring/snapshot-%d. Cannot map checkpoint/savepoint state for operator %s to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI." % (R.randint(40, 60), hexs(R, 32)), ver=18)
    return fl(R, app, "ERROR", "com.amazonaws.services.kinesisanalytics.flink.ApplicationUpdater", "ApplicationUpdater.java", "Application update to version 18 failed: could not restore state from snapshot (operator velocity-features not in new program); rolling back to version 17", ver=18)


def flink_negs():
    def n_trig(R): return fl(R, pick(R, APPS), "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator.startTriggeringCheckpoint(CheckpointCoordinator.java:%d)" % R.randint(1000, 1100), "Triggering checkpoint %d (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ %d for job %s." % (R.randint(1, 9000), epoch_ms(R), jid(R)), thread="Checkpoint Timer")
    def n_done(R): return fl(R, pick(R, APPS), "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator.completePendingCheckpoint(CheckpointCoordinator.java:%d)" % R.randint(1400, 1500), "Completed checkpoint %d for job %s (%d bytes, checkpointDuration=%d ms, finalizationTime=%d ms)." % (R.randint(1, 9000), jid(R), R.randint(10 ** 4, 9 * 10 ** 9), R.randint(50, 60000), R.randint(0, 40)))
    def n_running(R): return fl(R, pick(R, APPS), "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "org.apache.flink.runtime.executiongraph.ExecutionGraph.transitionState(ExecutionGraph.java:%d)" % R.randint(1100, 1200), "Job %s (%s) switched from state %s to %s." % ((pick(R, APPS), jid(R)) + pick(R, [("CREATED", "RUNNING"), ("INITIALIZING", "CREATED")])))
    def n_task(R): return fl(R, pick(R, APPS), "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "org.apache.flink.runtime.executiongraph.Execution.transitionState(Execution.java:%d)" % R.randint(1400, 1500), "%s (%d/%d) (%s_%s_%d_0) switched from %s to %s." % ((pick(R, ["Source: auth-events-kinesis -> Map", "KeyedProcess -> Sink: alerts", "Window(TumblingEventTimeWindows(60000)) -> Map", "Sink: settlements-kafka-sink: Writer"]), R.randint(1, 4), 4, hexs(R, 32), hexs(R, 32), R.randint(0, 3)) + pick(R, [("SCHEDULED", "DEPLOYING"), ("DEPLOYING", "INITIALIZING"), ("INITIALIZING", "RUNNING")])))
    def n_shard(R): return fl(R, "card-auth-enricher", "INFO", "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer", "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer.run(FlinkKinesisConsumer.java:%d)" % R.randint(320, 340), "Subtask %d will be seeded with initial shard StreamShardHandle{streamName='auth-events', shard='{ShardId: shardId-%012d,HashKeyRange: {StartingHashKey: %d,EndingHashKey: %d},SequenceNumberRange: {StartingSequenceNumber: %s,}}'}, starting state set as sequence number EARLIEST_SEQUENCE_NUM" % (R.randint(0, 3), R.randint(0, 11), R.randint(0, 10 ** 18), R.randint(10 ** 18, 10 ** 19), digits(R, 56)), thread="Source: auth-events-kinesis -> Map (%d/4)#0" % R.randint(1, 4))
    def n_trigger_fail_startup(R): return fl(R, pick(R, APPS), "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator.onTriggerFailure(CheckpointCoordinator.java:%d)" % R.randint(900, 1000), "Failed to trigger checkpoint for job %s since Checkpoint triggering task %s (1/4) of job %s is not being executed at the moment. Aborting checkpoint. Failure reason: Not all required tasks are currently running.." % (jid(R), pick(R, ["Source: auth-events-kinesis -> Map", "Source: settlement-events"]), jid(R)), thread="Checkpoint Timer")
    def n_deprec(R): return fl(R, pick(R, APPS), "WARN", "org.apache.flink.configuration.Configuration", "org.apache.flink.configuration.Configuration.loggingFallback(Configuration.java:%d)" % R.randint(900, 1000), "Config uses deprecated configuration key '%s' instead of proper key '%s'" % pick(R, [("state.backend", "state.backend.type"), ("taskmanager.network.memory.fraction", "taskmanager.memory.network.fraction"), ("restart-strategy.fixed-delay.attempts", "restart-strategy.fixed-delay.attempts")]))
    def n_kafka_meta(R): return fl(R, "settlement-aggregator", "INFO", "org.apache.kafka.clients.Metadata", "org.apache.kafka.clients.Metadata.update(Metadata.java:%d)" % R.randint(280, 300), "[Producer clientId=producer-%d] Cluster ID: %s" % (R.randint(1, 30), alnum(R, 22)), thread="kafka-producer-network-thread | producer-%d" % R.randint(1, 30), ver=R.randint(19, 22))
    def n_app_info(R): return fl(R, pick(R, APPS), "INFO", "com.pennrock.%s.Metrics" % pick(R, ["fraud", "auth", "session", "settlement"]), "Metrics.java:%d" % R.randint(20, 90), "window closed: %d events, %d alerts, %d late events dropped (allowedLateness=30s), 0 errors" % (R.randint(100, 90000), R.randint(0, 40), R.randint(0, 30)), thread="Window(TumblingEventTimeWindows(60000)) -> Map (%d/4)#0" % R.randint(1, 4))
    def n_late(R): return fl(R, "merchant-sessionizer", "WARN", "com.pennrock.session.SessionAggregator", "SessionAggregator.java:%d" % R.randint(100, 140), "Dropping late event for merchant %s: event time %s is %d ms behind watermark" % ("M%06d" % R.randint(0, 999999), iso(R), R.randint(30001, 900000)), thread="Window(EventTimeSessionWindows(1800000), EventTimeTrigger, SessionAggregator) (%d/6)#0" % R.randint(1, 6), ver=R.randint(5, 8))
    def n_throttle(R): return fl(R, "card-auth-enricher", "WARN", "org.apache.flink.kinesis.shaded.com.amazonaws.services.kinesis.model.ProvisionedThroughputExceededException", "org.apache.flink.streaming.connectors.kinesis.internals.publisher.polling.PollingRecordPublisher.getRecords(PollingRecordPublisher.java:%d)" % R.randint(150, 170), "Got recoverable SdkClientException. Backing off for %d millis (Rate exceeded for shard shardId-%012d in stream auth-events under account %s.)" % (R.randint(100, 2000), R.randint(0, 11), ACCT), thread="shardConsumers-Source: auth-events-kinesis-thread-%d" % R.randint(0, 11), ver=R.randint(25, 30))
    def n_scale(R): return fl(R, pick(R, APPS), "INFO", "com.amazonaws.services.kinesisanalytics.flink.AutoScaler", "AutoScaler.java", "Scaling application from parallelism %d to %d (CPU %.1f%% over 15 min)" % (R.randint(2, 8), R.randint(2, 16), R.uniform(10, 90)))
    def n_snapshot_ok(R): return fl(R, pick(R, APPS), "INFO", "com.amazonaws.services.kinesisanalytics.flink.SnapshotManager", "SnapshotManager.java", "Snapshot snapshot-%d created for application (%d bytes, %d ms)" % (R.randint(1, 80), R.randint(10 ** 5, 10 ** 10), R.randint(500, 90000)))
    def n_classloader(R): return fl(R, pick(R, APPS), "INFO", "org.apache.flink.runtime.taskexecutor.TaskExecutor", "org.apache.flink.runtime.taskexecutor.TaskExecutor.submitTask(TaskExecutor.java:%d)" % R.randint(700, 800), "Received task %s (%d/%d)#0 (%s_%s_%d_0), deploy into slot with allocation id %s." % (pick(R, ["KeyedProcess -> Sink: alerts", "Window(TumblingEventTimeWindows(60000)) -> Map"]), R.randint(1, 4), 4, hexs(R, 32), hexs(R, 32), R.randint(0, 3), hexs(R, 32)))
    def n_restored_ok(R): return fl(R, pick(R, ["card-auth-enricher", "settlement-aggregator", "merchant-sessionizer"]), "INFO", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator", "org.apache.flink.runtime.checkpoint.CheckpointCoordinator.restoreLatestCheckpointedStateInternal(CheckpointCoordinator.java:%d)" % R.randint(1700, 1800), "Restoring job %s from Savepoint %d @ %d for %s located at s3://pennrock-msf-snapshots/%s." % (jid(R), R.randint(1, 80), epoch_ms(R), jid(R), lower(R, 12)))
    def n_exc_info(R): return fl(R, pick(R, APPS), "INFO", "org.apache.flink.runtime.taskmanager.Task", "org.apache.flink.runtime.taskmanager.Task.cancelExecution(Task.java:%d)" % R.randint(1200, 1300), "Attempting to cancel task %s (%d/4)#%d (%s) due to application update (stop with snapshot)." % (pick(R, ["Source: auth-events-kinesis -> Map", "KeyedProcess -> Sink: alerts"]), R.randint(1, 4), R.randint(0, 5), hexs(R, 32)))
    def n_canceled(R): return fl(R, pick(R, ["card-auth-enricher", "settlement-aggregator", "merchant-sessionizer"]), "INFO", "org.apache.flink.runtime.executiongraph.ExecutionGraph", "org.apache.flink.runtime.executiongraph.ExecutionGraph.transitionState(ExecutionGraph.java:%d)" % R.randint(1100, 1200), "Job %s (%s) switched from state CANCELLING to CANCELED." % (pick(R, APPS), jid(R)))
    def n_debug(R): return fl(R, pick(R, APPS), "DEBUG", "org.apache.flink.runtime.io.network.netty.PartitionRequestQueue", "PartitionRequestQueue.java:%d" % R.randint(100, 300), "Received resume consumption from channel id %s (errorCount=0)" % hexs(R, 16))
    return [n_trig, n_done, n_running, n_task, n_shard, n_trigger_fail_startup, n_deprec, n_kafka_meta, n_app_info, n_late, n_throttle, n_scale, n_snapshot_ok,
            n_classloader, n_restored_ok, n_exc_info, n_canceled, n_debug]


def fam_flink(R):
    return build(R, F1, [("fraud-scoring-checkpoints-expire-failover", e_ckpt), ("settlement-aggregator-msk-sink-unreachable-records-expire", e_kafka),
                         ("card-auth-enricher-comma-decimal-amount-restart-loop", e_poison), ("merchant-sessionizer-taskmanager-heap-oom", e_heap),
                         ("fraud-scoring-v18-snapshot-restore-operator-removed", e_restore)], flink_negs())


# ---------------------------------------------------------------- firehose-delivery-errors-transform-lambdas
# "lowmoor logistics": Amazon Data Firehose streams with error logging (log group /aws/kinesisfirehose/<stream>,
# streams DestinationDelivery/BackupDelivery; one JSON error record per event) and their Python 3.12
# transformation Lambdas (`[LEVEL]\tts\trequestId\tmessage` runtime lines, platform START/END/REPORT lines).
F2 = "firehose-delivery-errors-transform-lambdas"
STREAMS = ["telematics-to-s3", "depot-scans-to-redshift", "driver-app-events-to-s3", "ops-alerts-to-http", "route-plans-to-iceberg"]


def fh(R, stream, dest, msg, code, processor=None, extra=None):
    d = {"deliveryStreamARN": "arn:aws:firehose:%s:%s:deliverystream/%s" % (REGION, ACCT, stream), "destination": dest, "deliveryStreamVersionId": R.randint(2, 14), "message": msg, "errorCode": code}
    if processor:
        d["processor"] = processor
    if extra:
        d.update(extra)
    return jd(d)


def lam(R, lvl, msg):
    return "[%s]\t%s\t%s\t%s" % (lvl, iso(R), uuid(R), msg)


def f_keyerror(R):
    # telematics firmware 7.2 nests the VIN under vehicle.vin; the transform raises KeyError for whole batches
    r = R.random()
    if r < 0.45:
        return fh(R, "telematics-to-s3", "arn:aws:s3:::lowmoor-telematics-raw", "The Lambda function was successfully invoked but it returned an error result.", "Lambda.FunctionError", processor="arn:aws:lambda:%s:%s:function:telematics-normalise:live" % (REGION, ACCT))
    return lam(R, "ERROR", "KeyError: 'vin'\nTraceback (most recent call last):\n  File \"/var/task/handler.py\", line %d, in lambda_handler\n    out.append(normalise(decode(rec[\"data\"])))\n  File \"/var/task/normalise.py\", line %d, in normalise\n    \"vin\": payload[\"vin\"],\nKeyError: 'vin'" % (R.randint(30, 40), R.randint(18, 26))) if r < 0.8 else "[ERROR] KeyError: 'vin'\nTraceback (most recent call last):\n  File \"/var/task/handler.py\", line %d, in lambda_handler\n    out.append(normalise(decode(rec[\"data\"])))\n  File \"/var/task/normalise.py\", line %d, in normalise\n    \"vin\": payload[\"vin\"],\nRequestId: %s" % (R.randint(30, 40), R.randint(18, 26), uuid(R))


def f_redshift(R):
    # depot-scans-to-redshift: cluster SG lost the Firehose CIDR in a Terraform refactor
    r = R.random()
    if r < 0.7:
        return fh(R, "depot-scans-to-redshift", "jdbc:redshift://lowmoor-dw.c%s.%s.redshift.amazonaws.com:5439/ops" % ("x7kq2m9wzq1", REGION), "The connection to the specified Amazon Redshift cluster failed. Ensure that security settings allow Firehose connections, that the cluster or database specified in the Amazon Redshift destination configuration or JDBC URL is correct, and that the cluster is available.", "Redshift.ConnectionFailed")
    return fh(R, "depot-scans-to-redshift", "arn:aws:s3:::lowmoor-firehose-backup", "Skipped %d S3 objects after Redshift retry duration of 3600 seconds elapsed; manifests written to errors/ prefix (s3://lowmoor-firehose-backup/depot-scans/errors/manifests/2029/02/%02d/)" % (R.randint(1, 60), day(R)), "Redshift.ConnectionFailed")


def f_s3denied(R):
    # driver-app-events-to-s3: the bucket was moved to a KMS key whose policy does not list the Firehose role
    r = R.random()
    if r < 0.55:
        return fh(R, "driver-app-events-to-s3", "arn:aws:s3:::lowmoor-driver-app-events", "Access was denied. Ensure that the trust policy for the provided IAM role allows Firehose to assume the role, and the access policy allows access to the S3 bucket.", "S3.AccessDenied")
    return fh(R, "driver-app-events-to-s3", "arn:aws:s3:::lowmoor-driver-app-events", "The provided KMS key is not accessible. Ensure that the KMS key policy grants kms:GenerateDataKey to arn:aws:iam::%s:role/firehose-driver-app-events (key arn:aws:kms:%s:%s:key/%s)." % (ACCT, REGION, ACCT, uuid(R)), "S3.KMS.AccessDeniedException")


def f_http(R):
    # ops-alerts-to-http: the on-call vendor rotated the ingest access key; endpoint answers 401
    r = R.random()
    if r < 0.7:
        return fh(R, "ops-alerts-to-http", "https://ingest.pagerly.example.com/v2/firehose", "The HTTP endpoint responded with an error status code. Response received with status code. 401: {\"error\":\"unauthorized\",\"detail\":\"invalid X-Amz-Firehose-Access-Key\",\"request_id\":\"%s\"}" % uuid(R), "HttpEndpoint.ResponseErrorCode", extra={"requestId": uuid(R)})
    return fh(R, "ops-alerts-to-http", "arn:aws:s3:::lowmoor-firehose-backup", "Delivery to the HTTP endpoint failed after retry duration of 300 seconds; %d records written to the S3 backup bucket under http-endpoint-failed/" % R.randint(1, 500), "HttpEndpoint.ResponseErrorCode")


def f_format(R):
    # route-plans-to-iceberg: the producer sends eta as ISO string; Glue schema says bigint -> format conversion fails
    r = R.random()
    if r < 0.6:
        return fh(R, "route-plans-to-iceberg", "arn:aws:s3:::lowmoor-lakehouse", "The data could not be deserialized using the schema from table lowmoor_lake.route_plans. Cannot deserialize value of type `long` from String \"2029-02-%02dT%s+00:00\" (field: eta)" % (day(R), hms(R)), "DataFormatConversion.MalformedData", extra={"recordId": "%s" % digits(R, 56)})
    return lam(R, "ERROR", "route-plans producer: Firehose reports %d records in format-conversion-failed/ for 2029-02-%02d; eta column type mismatch (string vs bigint)" % (R.randint(100, 9000), day(R)))


def firehose_negs():
    def n_start(R): return "START RequestId: %s Version: %s" % (uuid(R), pick(R, ["$LATEST", "17", "18", "22"]))
    def n_end(R): return "END RequestId: %s" % uuid(R)
    def n_report(R): return lambda_report(R, pick(R, [256, 512]), R.uniform(40, 3000))
    def n_init(R): return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(20, 60), REGION, hexs(R, 64))
    def n_summary(R):
        n = R.randint(50, 3000)
        d = R.randint(0, 30)
        return lam(R, "INFO", "Processed %d records: %d Ok, %d Dropped, 0 ProcessingFailed" % (n, n - d, d))
    def n_drop_hb(R): return lam(R, "INFO", "Dropping %d heartbeat records (type=HB) from %s" % (R.randint(1, 60), pick(R, ["telematics-to-s3", "driver-app-events-to-s3"])))
    def n_bad_json(R): return lam(R, "WARN", "Record %s is not valid JSON (Expecting value: line 1 column 1 (char 0)); marked ProcessingFailed and sent to processing-failed/ (1 of %d records)" % (digits(R, 56), R.randint(200, 3000)))
    def n_debug(R): return lam(R, "DEBUG", "Batch invocationId=%s deliveryStreamArn=arn:aws:firehose:%s:%s:deliverystream/%s region=%s records=%d" % (uuid(R), REGION, ACCT, pick(R, ["telematics-to-s3", "driver-app-events-to-s3"]), REGION, R.randint(1, 3000)))
    def n_put_ok(R): return "%s INFO scan-publisher PutRecordBatch stream=%s records=%d FailedPutCount=0 latency_ms=%d" % (iso(R), pick(R, STREAMS), R.randint(1, 500), R.randint(10, 900))
    def n_put_retry(R):
        n = R.randint(1, 12)
        return "%s WARN scan-publisher PutRecordBatch stream=%s FailedPutCount=%d (ServiceUnavailableException); retried %d records, all delivered on attempt 2" % (iso(R), pick(R, STREAMS), n, n)
    def n_firmware(R): return lam(R, "INFO", "firmware=%s vehicles=%d records normalised=%d" % (pick(R, ["6.9.4", "7.0.1", "7.1.0"]), R.randint(1, 400), R.randint(1, 3000)))
    def n_schema(R): return lam(R, "INFO", "Loaded schema lowmoor_lake.%s version %d from Glue (%d columns)" % (pick(R, ["telematics", "driver_app_events"]), R.randint(1, 14), R.randint(8, 40)))
    def n_ext(R): return "EXTENSION\tName: %s\tState: Ready\tEvents: [INVOKE, SHUTDOWN]" % pick(R, ["lambda-insights", "AWSParametersAndSecretsLambdaExtension"])
    def n_cold(R): return lam(R, "INFO", "Cold start; boto3 %s, botocore %s" % ("1.35.%d" % R.randint(0, 99), "1.35.%d" % R.randint(0, 99)))
    def n_test(R): return lam(R, "INFO", "Skipping synthetic test record from canary %s (source=canary)" % uuid(R))
    def n_emf(R): return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "Lowmoor/Firehose", "Dimensions": [["Stream"]], "Metrics": [{"Name": "RecordsOk", "Unit": "Count"}, {"Name": "RecordsFailed", "Unit": "Count"}]}]}, "Stream": pick(R, ["telematics-to-s3", "driver-app-events-to-s3"]), "RecordsOk": R.randint(1, 3000), "RecordsFailed": 0})
    def n_iso_ok(R): return lam(R, "INFO", "route-plans producer: sent %d plans for depot %s, eta as epoch millis" % (R.randint(1, 400), pick(R, ["DN-01", "MK-04", "WF-02", "BR-07"])))
    def n_warn_size(R): return lam(R, "WARN", "Response payload %.1f MB close to the 6 MB Lambda limit; consider lowering Firehose buffer size (records=%d)" % (R.uniform(4.5, 5.6), R.randint(500, 3000)))
    return [n_start, n_end, n_report, n_init, n_summary, n_drop_hb, n_bad_json, n_debug, n_put_ok, n_put_retry, n_firmware, n_schema, n_ext, n_cold, n_test, n_emf, n_iso_ok, n_warn_size]


def fam_firehose(R):
    return build(R, F2, [("telematics-transform-keyerror-vin-firmware-72", f_keyerror), ("depot-scans-redshift-connection-failed-sg", f_redshift),
                         ("driver-app-events-s3-kms-access-denied", f_s3denied), ("ops-alerts-http-endpoint-401-rotated-key", f_http),
                         ("route-plans-iceberg-format-conversion-eta-string", f_format)], firehose_negs())


FAMILIES = {F1: fam_flink, F2: fam_firehose}
