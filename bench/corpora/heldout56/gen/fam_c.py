"""Families: secqueue-waittime-rust-tokio-tracing-json-ecs, aodb-debezium2-sqlserver-cdc-kafka-connect-msk.

"secqueue" is the security-queue wait-time service (Rust 1.79, tokio, aws-sdk-rust, tracing-subscriber JSON): it
consumes lidar/camera people-counter readings from a Kinesis stream, estimates per-lane wait times, writes them to
DynamoDB and pushes them to the FIDS screens and the public app. tracing's JSON layout `{"timestamp","level",
"fields":{"message",…},"target","span",…}`; a Rust panic is printed on stderr (`thread '…' panicked at file:line:col:`,
message, note) and the awslogs multiline pattern `^(\\{|thread )` keeps it one event.

"aodb" is the airport operational database feed: Debezium 2.7 SQL Server connector capturing the AODB's CDC tables
(flight legs, stands, gates, belts) into MSK, and a JDBC sink connector writing the flight-info PostgreSQL read model,
both on a Kafka Connect 3.7 cluster on ECS. Connect's log4j pattern `[%d] %p %X{connector.context}%m (%c:%L)%n`
with stack traces in the same event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, comma_ts, moment, epoch, epoch_ms)

# ---------------------------------------------------------------- secqueue-waittime-rust-tokio-tracing-json-ecs
F1 = "secqueue-waittime-rust-tokio-tracing-json-ecs"

LANES = ["T1-SEC-%d" % i for i in range(1, 9)] + ["T2-SEC-%d" % i for i in range(1, 7)] + ["T1-FAST-1", "T2-FAST-1"]


def shard(R):
    return "shardId-%012d" % R.randint(0, 7)


def tr(R, lvl, target, msg, span=None, **fields):
    d = {"timestamp": iso_z(R, 6), "level": lvl, "fields": dict({"message": msg}, **fields), "target": target}
    if span:
        d["span"] = span
        d["spans"] = [span]
    return jd(d)


def sp(R):
    return {"shard": shard(R), "name": "process_batch"}


def sq_ddb(R):
    # the estimates moved to the new table queue_wait_times_v2 but the task role still only allows PutItem on the old
    # table; no wait time is published
    lane = pick(R, LANES)
    if R.random() < 0.65:
        return tr(R, "ERROR", "queuewait::publish", "failed to store estimate", sp(R), lane=lane,
                  error="service error: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/secqueue-task/%s is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:%s:%s:table/queue_wait_times_v2 because no identity-based policy allows the dynamodb:PutItem action" % (ACCT, hexs(R, 32), REGION, ACCT))
    return tr(R, "WARN", "queuewait::publish", "publish cycle finished", None, lanes=len(LANES), stored=0, failed=len(LANES), took_ms=R.randint(80, 900))


def sq_schema(R):
    # T2 sensors got firmware 3.0, whose payload adds `occupancy_conf`; the reading struct has deny_unknown_fields,
    # so every T2 reading is dropped and T2 lanes have no estimate
    s = "t2-lidar-%02d" % R.randint(1, 14)
    if R.random() < 0.7:
        return tr(R, "ERROR", "queuewait::decode", "dropping undecodable reading", sp(R), sensor=s, seq=R.randint(100000, 9999999),
                  error="unknown field `occupancy_conf`, expected one of `sensor_id`, `lane`, `ts`, `count_in`, `count_out`, `queue_len` at line 1 column %d" % R.randint(120, 180))
    return tr(R, "WARN", "queuewait::estimator", "lane has no readings for 5 min, estimate withheld", None, lane="T2-SEC-%d" % R.randint(1, 6), last_reading_s=R.randint(300, 5000))


def sq_panic(R):
    # the estimator divides by the lane's throughput; a lane open but with 0 passengers processed in the window
    # panics the shard worker, the task restarts and the shard's readings are reprocessed late
    if R.random() < 0.6:
        return "thread 'tokio-runtime-worker' panicked at src/estimator.rs:%d:%d:\nattempt to divide by zero\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % (R.choice([141, 142]), R.choice([27, 31]))
    return tr(R, "ERROR", "queuewait::consumer", "shard worker terminated", None, shard=shard(R), error="task %d panicked with message \"attempt to divide by zero\"" % R.randint(10, 300))


def sq_fids(R):
    # the FIDS wait-time endpoint moved behind the internal ALB, whose security group does not admit the secqueue
    # tasks; pushes time out and screens show "--" at the security entrance
    return tr(R, "ERROR", "queuewait::push", "push to FIDS failed", None, lane=pick(R, LANES),
              error="error sending request for url (http://fids-internal-%d.%s.elb.amazonaws.com/api/waittimes): operation timed out" % (R.randint(100000000, 999999999), REGION), attempts=3)


def sq_iter(R):
    # the stream was resharded from 2 to 8 shards while the service still runs one task polling shards one after the
    # other; at the morning peak it falls more than 5 minutes behind, iterators expire, the worker jumps to LATEST
    # and readings are lost
    if R.random() < 0.5:
        return tr(R, "ERROR", "queuewait::consumer", "get_records failed", {"shard": shard(R), "name": "poll"},
                  error="service error: ExpiredIteratorException: Iterator expired. The iterator was created at time %s while right now it is %s which is further in the future than the tolerated delay of 300000 milliseconds." % (iso_z(R), iso_z(R)))
    return tr(R, "WARN", "queuewait::consumer", "iterator expired, resuming at LATEST; unprocessed records skipped", None, shard=shard(R), skipped_estimate=R.randint(500, 40000))


def sq_negs():
    def n_tr(R):
        lane = pick(R, LANES)
        return pick(R, [
            tr(R, "INFO", "queuewait::consumer", "batch processed", sp(R), records=R.randint(1, 500), decoded=R.randint(1, 500), dropped=0, millis_behind_latest=R.randint(0, 4000)),
            tr(R, "INFO", "queuewait::publish", "publish cycle finished", None, lanes=len(LANES), stored=len(LANES), failed=0, took_ms=R.randint(40, 400)),
            tr(R, "INFO", "queuewait::estimator", "estimate", None, lane=lane, wait_min=R.randint(0, 35), queue_len=R.randint(0, 220), throughput_per_min=R.randint(3, 25)),
            tr(R, "INFO", "queuewait::estimator", "lane closed by duty manager, estimate cleared", None, lane=lane),
            tr(R, "WARN", "queuewait::decode", "sensor reports maintenance mode, readings ignored", None, sensor="t1-lidar-%02d" % R.randint(1, 16)),
            tr(R, "WARN", "queuewait::consumer", "get_records throttled, retried", {"shard": shard(R), "name": "poll"}, error="ProvisionedThroughputExceededException", attempt=2, ok=True),
            tr(R, "INFO", "queuewait::checkpoint", "checkpoint stored", None, shard=shard(R), sequence=digits(R, 56)),
            tr(R, "INFO", "queuewait::push", "pushed to FIDS", None, lanes=len(LANES), status=204, took_ms=R.randint(5, 90)),
            tr(R, "DEBUG", "queuewait::decode", "reading", None, sensor="t1-lidar-%02d" % R.randint(1, 16), count_in=R.randint(0, 30), count_out=R.randint(0, 30), error=None)])

    def n_boot(R):
        return pick(R, [
            tr(R, "INFO", "queuewait", "starting", None, version="1.%d.%d" % (R.randint(4, 9), R.randint(0, 20)), stream="secqueue-readings", region=REGION),
            tr(R, "INFO", "queuewait::consumer", "shard lease acquired", None, shard=shard(R), owner="task/%s" % hexs(R, 32)),
            tr(R, "INFO", "queuewait", "SIGTERM received, draining", None, in_flight=R.randint(0, 40)),
            tr(R, "INFO", "queuewait::consumer", "shard lease released", None, shard=shard(R), reason="shutdown")])

    def n_emf(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "Fennick/SecQueue", "Dimensions": [["Terminal"]], "Metrics": [{"Name": "WaitMinutesP90", "Unit": "None"}, {"Name": "DecodeErrors", "Unit": "Count"}]}]},
                   "Terminal": pick(R, ["T1", "T2"]), "WaitMinutesP90": R.randint(2, 30), "DecodeErrors": 0})
    return [n_tr, n_tr, n_tr, n_tr, n_boot, n_emf]


def fam_secqueue(R):
    return build(R, F1, [("task-role-lacks-putitem-v2-table", sq_ddb), ("t2-firmware3-unknown-field-rejected", sq_schema),
                         ("estimator-divide-by-zero-idle-lane", sq_panic), ("fids-alb-sg-blocks-push", sq_fids),
                         ("kinesis-iterator-expired-lag", sq_iter)], sq_negs())


# ---------------------------------------------------------------- aodb-debezium2-sqlserver-cdc-kafka-connect-msk
F2 = "aodb-debezium2-sqlserver-cdc-kafka-connect-msk"

SRC = "[aodb-sqlserver-cdc|task-0] "
SINK = "[flightinfo-pg-sink|task-%d] "
TABLES = ["FlightLeg", "StandAllocation", "GateAllocation", "BeltAllocation", "FlightStatus"]


def kc(R, lvl, ctx, msg, cls):
    return "[%s] %s %s%s (%s)" % (comma_ts(R), lvl, ctx, msg, cls)


def lsn(R):
    return "%08x:%08x:%04x" % (R.randint(0x3000, 0x3fff), R.randint(0, 0xffff), R.randint(0, 0xff))


def ad_login(R):
    # dbz_aodb is a SQL login with CHECK_EXPIRATION=ON; its password expired on 2031-06-10 and the source task
    # cannot connect, no flight change reaches Kafka
    if R.random() < 0.5:
        return kc(R, "ERROR", SRC, "WorkerSourceTask{id=aodb-sqlserver-cdc-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted\n"
                  "io.debezium.DebeziumException: Couldn't obtain database name\n\tat io.debezium.connector.sqlserver.SqlServerConnection.retrieveRealDatabaseName(SqlServerConnection.java:%d)\n"
                  "Caused by: com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'dbz_aodb'. Reason: The password of the account has expired. ClientConnectionId:%s\n"
                  "\tat com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:%d)\n\t... %d more" % (R.randint(560, 600), uuid(R), R.randint(260, 280), R.randint(20, 40)),
                  "org.apache.kafka.connect.runtime.WorkerTask:%d" % R.choice([212, 234]))
    return kc(R, "ERROR", SRC, "Producer failure\ncom.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'dbz_aodb'. Reason: The password of the account has expired. ClientConnectionId:%s" % uuid(R),
              "io.debezium.pipeline.ErrorHandler:%d" % R.choice([52, 54]))


def ad_history(R):
    # the schema-history topic was created with the cluster default retention.ms of 7 days; its records were deleted
    # and the connector cannot restart after the connect-cluster deploy
    if R.random() < 0.55:
        return kc(R, "ERROR", SRC, "WorkerSourceTask{id=aodb-sqlserver-cdc-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted\n"
                  "io.debezium.DebeziumException: The db history topic or its content is fully or partially missing. Please check database history topic configuration and re-execute the snapshot.\n"
                  "\tat io.debezium.relational.HistorizedRelationalDatabaseSchema.recover(HistorizedRelationalDatabaseSchema.java:%d)\n\tat io.debezium.connector.sqlserver.SqlServerConnectorTask.start(SqlServerConnectorTask.java:%d)" % (R.randint(60, 70), R.randint(90, 100)),
                  "org.apache.kafka.connect.runtime.WorkerTask:212")
    return kc(R, "WARN", SRC, "Schema history topic 'aodb.schema-history' has %d records but offsets point to change_lsn %s; topic retention.ms=604800000 (expected -1)" % (R.randint(0, 40), lsn(R)),
              "io.debezium.storage.kafka.history.KafkaSchemaHistory:%d" % R.randint(300, 340))


def ad_large(R):
    # the AODB now stores the full remarks XML in FlightLeg.RemarksXml; change events exceed the producer's
    # max.request.size and the task dies on them
    n = R.randint(1049000, 2600000)
    return kc(R, "ERROR", SRC, "WorkerSourceTask{id=aodb-sqlserver-cdc-0} failed to send record to aodb.AODB.dbo.FlightLeg: \n"
              "org.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration." % n,
              "org.apache.kafka.connect.runtime.AbstractWorkerSourceTask:%d" % R.choice([412, 418]))


def ad_sink(R):
    # the source connector was redeployed with time.precision.mode=connect changed to adaptive, so EstimatedOffBlock
    # arrives as epoch millis (int64); the sink writes it into a timestamptz column and every batch fails
    t = R.randint(0, 3)
    if R.random() < 0.6:
        return kc(R, "ERROR", SINK % t, "WorkerSinkTask{id=flightinfo-pg-sink-%d} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: Batch entry 0 INSERT INTO \"flight_leg\" (...) VALUES (...) ON CONFLICT (\"leg_id\") DO UPDATE ... was aborted: ERROR: column \"estimated_off_block\" is of type timestamp with time zone but expression is of type bigint\n  Hint: You will need to rewrite or cast the expression.\n  Position: %d  Call getNextException to see other errors in the batch.\n"
                  "org.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception.\n\tat org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:%d)" % (t, R.randint(300, 420), R.choice([632, 636])),
                  "org.apache.kafka.connect.runtime.WorkerTask:234")
    return kc(R, "WARN", SINK % t, "Write of %d records failed, remainingRetries=0: column \"estimated_off_block\" is of type timestamp with time zone but expression is of type bigint" % R.randint(1, 500),
              "io.confluent.connect.jdbc.sink.JdbcSinkTask:%d" % R.choice([98, 101]))


def ad_agent(R):
    # SQL Server Agent on the AODB host was left stopped after patching; the CDC capture job does not run, the
    # change tables stay empty and Debezium streams nothing (the FIDS and stand planning go stale)
    return kc(R, "WARN", SRC, "No maximum LSN recorded in the database; please ensure that the SQL Server Agent is running",
              "io.debezium.connector.sqlserver.SqlServerStreamingChangeEventSource:%d" % R.choice([146, 151]))


def ad_negs():
    def n_src(R):
        return pick(R, [
            kc(R, "INFO", SRC, "%d records sent during previous 00:01:%02d.%03d, last recorded offset of {server=aodb, database=AODB} partition is {commit_lsn=%s, change_lsn=%s, event_serial_no=1}" % (R.randint(1, 900), R.randint(0, 5), R.randint(0, 999), lsn(R), lsn(R)),
               "io.debezium.connector.common.BaseSourceTask:%d" % R.choice([213, 218])),
            kc(R, "INFO", SRC, "Snapshot step 7 - Snapshotting data", "io.debezium.relational.RelationalSnapshotChangeEventSource:%d" % R.randint(150, 160)),
            kc(R, "INFO", SRC, "\t Finished exporting %d records for table 'AODB.dbo.%s' (%d of %d tables); total duration '00:00:%02d.%03d'" % (R.randint(10, 90000), pick(R, TABLES), R.randint(1, 5), 5, R.randint(0, 59), R.randint(0, 999)),
               "io.debezium.relational.RelationalSnapshotChangeEventSource:%d" % R.randint(440, 460)),
            kc(R, "INFO", SRC, "Snapshot completed", "io.debezium.pipeline.source.AbstractSnapshotChangeEventSource:%d" % R.randint(100, 110)),
            kc(R, "INFO", SRC, "Starting streaming", "io.debezium.pipeline.ChangeEventSourceCoordinator:%d" % R.randint(270, 280)),
            kc(R, "INFO", SRC, "Schema change detected for AODB.dbo.%s, capture instance dbo_%s_%d registered" % (pick(R, TABLES), pick(R, TABLES), R.randint(1, 3)),
               "io.debezium.connector.sqlserver.SqlServerStreamingChangeEventSource:%d" % R.randint(300, 330)),
            kc(R, "WARN", SRC, "Connection reset while reading change tables, retrying in 1000 ms (attempt 1); reconnected", "io.debezium.connector.sqlserver.SqlServerConnection:%d" % R.randint(500, 540)),
            kc(R, "INFO", "", "WorkerSourceTask{id=aodb-sqlserver-cdc-0} Committing offsets for %d acknowledged messages" % R.randint(0, 5000), "org.apache.kafka.connect.runtime.WorkerSourceTask:%d" % R.choice([233, 236]))])

    def n_sink(R):
        t = R.randint(0, 3)
        return pick(R, [
            kc(R, "INFO", SINK % t, "Received %d records. First record kafka coordinates:(aodb.AODB.dbo.%s-%d-%d). Writing them to the database..." % (R.randint(1, 500), pick(R, TABLES), R.randint(0, 5), R.randint(100000, 9999999)), "io.confluent.connect.jdbc.sink.JdbcSinkTask:%d" % R.choice([70, 73])),
            kc(R, "INFO", SINK % t, "Completed write operation for %d records to the database" % R.randint(1, 500), "io.confluent.connect.jdbc.sink.JdbcSinkTask:%d" % R.choice([82, 91])),
            kc(R, "INFO", SINK % t, "flight %s%d leg %d deleted upstream (cancelled by airline), tombstone applied" % (pick(R, ["SK", "DY", "AY", "KL"]), R.randint(100, 2999), R.randint(1000000, 9999999)), "io.confluent.connect.jdbc.sink.BufferedRecords:%d" % R.randint(180, 200)),
            kc(R, "INFO", SINK % t, "[Consumer clientId=connector-consumer-flightinfo-pg-sink-%d, groupId=connect-flightinfo-pg-sink] Revoke previously assigned partitions aodb.AODB.dbo.%s-%d" % (t, pick(R, TABLES), R.randint(0, 5)), "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator:%d" % R.randint(340, 360)),
            kc(R, "WARN", SINK % t, "Write of %d records failed, remainingRetries=9: Connection reset; retrying in 3000 ms" % R.randint(1, 500), "io.confluent.connect.jdbc.sink.JdbcSinkTask:101")])

    def n_worker(R):
        return pick(R, [
            kc(R, "INFO", "", "Kafka version: 3.7.1", "org.apache.kafka.common.utils.AppInfoParser:124"),
            kc(R, "INFO", "", "Kafka commitId: %s" % hexs(R, 16), "org.apache.kafka.common.utils.AppInfoParser:125"),
            kc(R, "WARN", "", "The configuration 'schema.history.internal.producer.%s' was supplied but isn't a known config." % pick(R, ["sasl.mechanism", "security.protocol", "sasl.jaas.config"]), "org.apache.kafka.clients.producer.ProducerConfig:%d" % R.randint(370, 380)),
            kc(R, "WARN", "", "[Producer clientId=connector-producer-aodb-sqlserver-cdc-0] Error while fetching metadata with correlation id %d : {aodb.AODB.dbo.%s=LEADER_NOT_AVAILABLE}" % (R.randint(2, 12), pick(R, TABLES)), "org.apache.kafka.clients.NetworkClient:%d" % R.randint(1200, 1260)),
            kc(R, "INFO", "", "[Worker clientId=connect-%s, groupId=aodb-connect] Finished starting connectors and tasks" % ip10(R, 90), "org.apache.kafka.connect.runtime.distributed.DistributedHerder:%d" % R.randint(1900, 1960)),
            kc(R, "INFO", "", "10.90.%d.%d - - [%s] \"GET /connectors/aodb-sqlserver-cdc/status HTTP/1.1\" 200 %d \"-\" \"curl/8.5.0\" %d" % (R.randint(0, 9), R.randint(2, 250), moment(R).strftime("%d/%b/%Y:%H:%M:%S +0000"), R.randint(150, 200), R.randint(2, 40)), "org.apache.kafka.connect.runtime.rest.RestServer:%d" % R.randint(60, 65))])
    return [n_src, n_src, n_src, n_sink, n_sink, n_worker, n_worker]


def fam_aodb(R):
    return build(R, F2, [("dbz-login-password-expired", ad_login), ("schema-history-topic-7d-retention", ad_history),
                         ("remarks-xml-record-too-large", ad_large), ("sink-eobt-bigint-into-timestamptz", ad_sink),
                         ("sql-server-agent-stopped", ad_agent)], ad_negs())


FAMILIES = {F1: fam_secqueue, F2: fam_aodb}
