"""Families: msk-brokers-kafka-connect, celery5-ecs-redis-sqs."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, pick, jd, port, build, tb, jat, ts_sp)

# ---------------------------------------------------------------- msk-brokers-kafka-connect
# Amazon MSK (provisioned, Kafka 3.6) broker logs delivered to CloudWatch Logs, MSK Connect workers
# (S3 sink, Debezium MySQL source, JDBC sink) and two Java client services using log4j2's default-like
# layout. Broker/Connect layout: [yyyy-MM-dd HH:mm:ss,SSS] LEVEL message (logger)
F5 = "msk-brokers-kafka-connect"
TOPICS = ["orders", "payments", "clickstream", "inventory-events", "audit-events"]


def kts(R):
    return "[%s]" % ts_sp(R, 3, ",")


def kl(R, level, msg, logger):
    return "%s %s %s (%s)" % (kts(R), level, msg, logger)


def cw(R, level, conn, task, msg, logger):
    return "%s %s [%s|task-%d] %s (%s)" % (kts(R), level, conn, task, msg, logger)


def app(R, level, svc, thread, logger, msg):
    return "%s %-5s [%s] [%s] %s - %s" % (ts_sp(R, 3, "."), level, svc, thread, logger, msg)


def part(R, topics=TOPICS, n=12):
    return "%s-%d" % (pick(R, topics), R.randint(0, n - 1))


def k_isr(R):
    p = part(R)
    if R.random() < 0.6:
        hw = R.randint(10**5, 10**8)
        return kl(R, "INFO", "[Partition %s broker=%d] Shrinking ISR from 1,2,3 to %s. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: 3, endOffset: %d, lastCaughtUpTimeMs: %d)." % (
            p, pick(R, [1, 2]), pick(R, ["1,2", "2,1"]), hw, hw + R.randint(1, 9000), hw - R.randint(1000, 90000), 1833000000000 + R.randint(0, 10**9)), "kafka.cluster.Partition")
    return kl(R, "WARN", "[ReplicaFetcher replicaId=3, leaderId=%d, fetcherId=%d] Error in response for fetch request (type=FetchRequest, replicaId=3, maxWait=500, minBytes=1, maxBytes=10485760, fetchData={%s=PartitionData(fetchOffset=%d, logStartOffset=%d, maxBytes=1048576)})" % (
        pick(R, [1, 2]), R.randint(0, 3), p, R.randint(10**5, 10**8), R.randint(0, 10**5)), "kafka.server.ReplicaFetcherThread") + \
        "\njava.io.IOException: Connection to %d was disconnected before the response was read" % pick(R, [1, 2]) + jat(["org.apache.kafka.clients.NetworkClientUtils.sendAndReceive(NetworkClientUtils.java:99)", "kafka.server.BrokerBlockingSender.sendRequest(BrokerBlockingSender.scala:113)", "kafka.server.RemoteLeaderEndPoint.fetch(RemoteLeaderEndPoint.scala:79)"])


def k_s3_denied(R):
    t = R.randint(0, 3)
    cause = "\nCaused by: software.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: %s, Extended Request ID: %s)" % (alnum(R, 16).upper(), alnum(R, 56))
    if R.random() < 0.6:
        return cw(R, "ERROR", "s3-sink-orders", t, "WorkerSinkTask{id=s3-sink-orders-%d} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted" % t, "org.apache.kafka.connect.runtime.WorkerTask") + \
            "\norg.apache.kafka.connect.errors.ConnectException: Unable to upload part to s3://datalake-raw-111122223333/topics/orders/year=2028/month=02/day=%02d/orders+%d+%010d.json.gz" % (day(R), R.randint(0, 11), R.randint(0, 10**9)) + \
            jat(["io.confluent.connect.s3.TopicPartitionWriter.commitFile(TopicPartitionWriter.java:671)", "org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:601)"]) + cause
    return cw(R, "ERROR", "s3-sink-orders", t, "WorkerSinkTask{id=s3-sink-orders-%d} Task is being killed and will not recover until manually restarted" % t, "org.apache.kafka.connect.runtime.WorkerTask")


def k_debezium(R):
    if R.random() < 0.6:
        return cw(R, "ERROR", "orders-cdc", 0, "Producer failure", "io.debezium.pipeline.ErrorHandler") + \
            "\nio.debezium.DebeziumException: The connector is trying to read binlog starting at Struct{version=2.5.4.Final,connector=mysql,name=orders,ts_ms=%d,db=,server_id=0,file=mysql-bin-changelog.%06d,pos=%d,row=0}, but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed." % (
                1833000000000 + R.randint(0, 10**9), R.randint(11800, 11990), R.randint(4, 9999999)) + jat(["io.debezium.connector.mysql.MySqlConnectorTask.validateBinlogConfiguration(MySqlConnectorTask.java:262)", "io.debezium.connector.mysql.MySqlConnectorTask.start(MySqlConnectorTask.java:86)"])
    return cw(R, "ERROR", "orders-cdc", 0, "WorkerSourceTask{id=orders-cdc-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted", "org.apache.kafka.connect.runtime.WorkerTask") + \
        "\norg.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped."


def k_magic(R):
    t = R.randint(0, 1)
    return cw(R, "ERROR", "jdbc-sink-payments", t, "WorkerSinkTask{id=jdbc-sink-payments-%d} Error converting message value in topic 'payments' partition %d at offset %d and timestamp %d: Converting byte[] to Kafka Connect data failed due to serialization error of topic payments: " % (
        t, R.randint(0, 11), R.randint(10**5, 10**8), 1833000000000 + R.randint(0, 10**9)), "org.apache.kafka.connect.runtime.WorkerSinkTask") + \
        "\norg.apache.kafka.connect.errors.DataException: Converting byte[] to Kafka Connect data failed due to serialization error of topic payments: " + \
        jat(["io.confluent.connect.avro.AvroConverter.toConnectData(AvroConverter.java:148)", "org.apache.kafka.connect.storage.Converter.toConnectData(Converter.java:88)"]) + \
        "\nCaused by: org.apache.kafka.common.errors.SerializationException: Unknown magic byte!"


def k_too_large(R):
    n = R.randint(1048600, 4000000)
    return app(R, "ERROR", "audit-publisher", "kafka-producer-network-thread | producer-1", "c.e.audit.AuditPublisher",
               "send failed for audit batch %s\norg.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration." % (uuid(R), n))


def k_poll(R):
    cid = "invoice-builder-%s" % uuid(R)[:8]
    if R.random() < 0.5:
        return app(R, "WARN", "invoice-builder", "kafka-coordinator-heartbeat-thread | invoice-builder", "o.a.k.c.c.i.ConsumerCoordinator",
                   "[Consumer clientId=%s, groupId=invoice-builder] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records." % cid)
    return app(R, "ERROR", "invoice-builder", "main", "c.e.invoice.InvoiceConsumer", "offset commit failed, %d records will be reprocessed\norg.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group." % R.randint(50, 500))


def k_disk(R):
    p = part(R, ["payments", "clickstream"])
    if R.random() < 0.65:
        return kl(R, "ERROR", "Error while appending records to %s in dir /kafka/datalogs" % p, "kafka.server.LogDirFailureChannel") + \
            "\njava.io.IOException: No space left on device" + jat(["java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)", "org.apache.kafka.common.record.MemoryRecords.writeFullyTo(MemoryRecords.java:92)", "kafka.log.LogSegment.append(LogSegment.scala:158)"])
    return kl(R, "ERROR", "Shutdown broker because all log dirs in /kafka/datalogs have failed", "kafka.log.LogManager")


def k_scram(R):
    return kl(R, "INFO", "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Failed authentication with /10.0.%d.%d (channelId=10.0.%d.%d:9096-10.0.%d.%d:%d-%d) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512)" % (
        R.randint(1, 3), R.randint(40, 41), R.randint(2, 250), R.randint(1, 3), R.randint(2, 250), R.randint(40, 41), R.randint(2, 250), port(R), R.randint(1, 900)), "org.apache.kafka.common.network.Selector")


def k_topic_auth(R):
    return app(R, "ERROR", "audit-publisher", "kafka-producer-network-thread | producer-%d" % R.randint(1, 3), "c.e.audit.AuditPublisher",
               "failed to publish %d audit events\norg.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access topics: [audit-events]" % R.randint(1, 500))


def k_connect_oom(R):
    t = R.randint(0, 3)
    return cw(R, "ERROR", "s3-sink-clickstream", t, "WorkerSinkTask{id=s3-sink-clickstream-%d} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted" % t, "org.apache.kafka.connect.runtime.WorkerTask") + \
        "\njava.lang.OutOfMemoryError: Java heap space" + jat(["java.base/java.nio.HeapByteBuffer.<init>(HeapByteBuffer.java:64)", "io.confluent.connect.s3.storage.S3OutputStream.<init>(S3OutputStream.java:92)", "io.confluent.connect.s3.format.json.JsonRecordWriterProvider$1.write(JsonRecordWriterProvider.java:81)"])


def k_dlq(R):
    if R.random() < 0.6:
        return kl(R, "WARN", "[Producer clientId=connector-dlq-producer-jdbc-sink-payments-%d] Error while fetching metadata with correlation id %d : {dlq-jdbc-sink-payments=UNKNOWN_TOPIC_OR_PARTITION}" % (R.randint(0, 1), R.randint(2, 9000)), "org.apache.kafka.clients.NetworkClient")
    return kl(R, "ERROR", "Failed to write to DLQ topic dlq-jdbc-sink-payments\norg.apache.kafka.common.errors.TimeoutException: Topic dlq-jdbc-sink-payments not present in metadata after 60000 ms.", "org.apache.kafka.connect.runtime.errors.DeadLetterQueueReporter")


def kn_isr_up(R):
    return kl(R, "INFO", "[Partition %s broker=%d] ISR updated to 1,2,3 and version updated to %d" % (part(R), R.randint(1, 3), R.randint(10, 900)), "kafka.cluster.Partition")


def kn_rebalance(R):
    g = pick(R, ["invoice-builder", "search-indexer", "connect-s3-sink-orders"])
    return kl(R, "INFO", "[GroupCoordinator %d]: Preparing to rebalance group %s in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: %s)" % (
        R.randint(1, 3), g, R.randint(10, 900), R.randint(0, 49), pick(R, ["Adding new member %s-%s with group instance id None" % (g, uuid(R)), "Removing member %s-%s on LeaveGroup" % (g, uuid(R))])), "kafka.coordinator.group.GroupCoordinator")


def kn_segments(R):
    p = part(R)
    if R.random() < 0.5:
        return kl(R, "INFO", "[LocalLog partition=%s, dir=/kafka/datalogs] Rolled new log segment at offset %d in %d ms." % (p, R.randint(10**5, 10**8), R.randint(0, 9)), "kafka.log.LocalLog")
    return kl(R, "INFO", "[UnifiedLog partition=%s, dir=/kafka/datalogs] Deleting segment LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d, largestRecordTimestamp=%d) due to retention size %d breach. Log size after deletion will be %d." % (
        p, R.randint(10**5, 10**8), R.randint(10**6, 10**9), 1833000000000 + R.randint(0, 10**9), 1833000000000 + R.randint(0, 10**9), 10**10, R.randint(10**9, 10**10)), "kafka.log.UnifiedLog")


def kn_s3_commit(R):
    return cw(R, "INFO", "s3-sink-orders", R.randint(0, 3), "Files committed to S3. Target commit offset for orders-%d is %d" % (R.randint(0, 11), R.randint(10**5, 10**8)), "io.confluent.connect.s3.TopicPartitionWriter")


def kn_admin(R):
    return kl(R, "WARN", "[AdminClient clientId=adminclient-%d] Connection to node -1 (b-%d.shopmsk.ab12cd.c3.kafka.us-east-1.amazonaws.com/10.0.%d.%d:9098) could not be established. Node may not be available." % (R.randint(1, 20), R.randint(1, 3), R.randint(1, 3), R.randint(2, 250)), "org.apache.kafka.clients.NetworkClient")


def kn_invalid_receive(R):
    return kl(R, "WARN", "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Unexpected error from /10.0.%d.%d (channelId=10.0.%d.%d:9092-10.0.%d.%d:%d-%d); closing connection" % (
        R.randint(1, 3), R.randint(0, 3), R.randint(2, 250), R.randint(1, 3), R.randint(2, 250), R.randint(0, 3), R.randint(2, 250), port(R), R.randint(1, 900)), "org.apache.kafka.common.network.Selector") + \
        "\norg.apache.kafka.common.network.InvalidReceiveException: Invalid receive (size = 1195725856 larger than 104857600)"


def kn_consumer(R):
    return app(R, "INFO", pick(R, ["invoice-builder", "search-indexer"]), "main", "o.a.k.c.c.i.SubscriptionState", "[Consumer clientId=%s, groupId=invoice-builder] Resetting offset for partition %s to position FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[b-%d.shopmsk.ab12cd.c3.kafka.us-east-1.amazonaws.com:9098 (id: %d rack: use1-az%d)], epoch=%d}}." % (
        "invoice-builder-" + uuid(R)[:8], part(R), R.randint(0, 10**7), R.randint(1, 3), R.randint(1, 3), R.randint(1, 6), R.randint(0, 40)))


def kn_app_ok(R):
    return app(R, "INFO", "invoice-builder", "main", "c.e.invoice.InvoiceConsumer", "batch done: %d records, %d invoices, failed=0, lag=%d" % (R.randint(1, 500), R.randint(1, 200), R.randint(0, 3000)))


def kn_connect_cfg(R):
    return cw(R, "INFO", pick(R, ["s3-sink-orders", "jdbc-sink-payments", "s3-sink-clickstream"]), R.randint(0, 3), "%s Committing offsets asynchronously using sequence number %d: {%s=OffsetAndMetadata{offset=%d, leaderEpoch=null, metadata=''}}" % (
        "WorkerSinkTask{id=s3-sink-orders-0}", R.randint(1, 9000), part(R), R.randint(10**5, 10**8)), "org.apache.kafka.connect.runtime.WorkerSinkTask")


def fam_kafka(R):
    groups = [
        ("broker3-falls-out-of-isr", k_isr),
        ("s3-sink-orders-access-denied", k_s3_denied),
        ("orders-cdc-binlog-no-longer-available", k_debezium),
        ("jdbc-sink-payments-json-not-avro", k_magic),
        ("audit-publisher-record-too-large", k_too_large),
        ("invoice-builder-poll-interval-exceeded", k_poll),
        ("broker-log-dir-disk-full", k_disk),
        ("analytics-scram-credentials-invalid", k_scram),
        ("audit-publisher-topic-not-authorized", k_topic_auth),
        ("s3-sink-clickstream-heap-oom", k_connect_oom),
        ("jdbc-sink-dlq-topic-missing", k_dlq),
    ]
    neg = [kn_isr_up, kn_rebalance, kn_segments, kn_segments, kn_s3_commit, kn_admin, kn_invalid_receive, kn_consumer, kn_app_ok, kn_connect_cfg]
    return build(R, F5, groups, neg)


# ---------------------------------------------------------------- celery5-ecs-redis-sqs
# Celery 5.4 workers on ECS Fargate (awslogs driver, tracebacks joined by a multi-line pattern): a
# billing/reports worker on an ElastiCache Redis broker, a notifications worker on an SQS broker, and
# celery beat. Celery's worker log format: [%(asctime)s: %(levelname)s/%(processName)s] %(message)s
F6 = "celery5-ecs-redis-sqs"
SITE = "/usr/local/lib/python3.12/site-packages"


def ct(R):
    return ts_sp(R, 3, ",")


def cel(R, level, proc, msg):
    return "[%s: %s/%s] %s" % (ct(R), level, proc, msg)


def fw(R):
    return "ForkPoolWorker-%d" % R.randint(1, 8)


def trace_task(frames, last):
    return tb([(SITE + "/celery/app/trace.py", 453, "trace_task", "R = retval = fun(*args, **kwargs)"),
               (SITE + "/celery/app/trace.py", 736, "__protected_call__", "return self.run(*args, **kwargs)")] + frames, last)


def c_hard(R):
    v = R.random()
    tid = uuid(R)
    if v < 0.45:
        return cel(R, "ERROR", "MainProcess", "Hard time limit (300s) exceeded for billing.tasks.render_invoice_pdf[%s]" % tid)
    if v < 0.75:
        return cel(R, "ERROR", "MainProcess", "Process '%s' pid:%d exited with 'signal 9 (SIGKILL)'" % (fw(R), R.randint(20, 900))) + " after hard time limit (billing.tasks.render_invoice_pdf)"
    return cel(R, "ERROR", fw(R), "Task billing.tasks.render_invoice_pdf[%s] raised unexpected: SoftTimeLimitExceeded()\n" % tid + trace_task(
        [("/app/billing/tasks.py", 112, "render_invoice_pdf", "pdf = weasyprint.HTML(string=html).write_pdf()"),
         (SITE + "/weasyprint/layout/__init__.py", 129, "layout_document", "for page in pages:")], "billiard.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()"))


def c_oom(R):
    job = R.randint(10, 9000)
    if R.random() < 0.6:
        return cel(R, "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')\n" % job + tb(
            [(SITE + "/billiard/pool.py", 1265, "mark_as_worker_lost", "raise WorkerLostError(")], "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d." % job))
    return cel(R, "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % job) + " [media.tasks.make_thumbnails]"


def c_broker(R):
    host = "celery-broker.ab12cd.ng.0001.use1.cache.amazonaws.com"
    n = R.randint(2, 100)
    return cel(R, "ERROR", "MainProcess", "consumer: Cannot connect to redis://%s:6379/0: Error %s.\nTrying again in %.2f seconds... (%d/100)\n" % (
        host, pick(R, ["111 connecting to %s:6379. Connection refused" % host, "-2 connecting to %s:6379. Name or service not known" % host][:1]) , min(32.0, 2.0 * n), n))


def c_smtp(R):
    tid = uuid(R)
    return cel(R, "ERROR", fw(R), "Task notify.tasks.send_email[%s] raised unexpected: SMTPAuthenticationError(535, b'Authentication Credentials Invalid')\n" % tid + trace_task(
        [("/app/notify/tasks.py", 58, "send_email", "raise self.retry(exc=exc, countdown=60) if self.request.retries < 5 else exc"),
         ("/app/notify/tasks.py", 51, "send_email", "smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)"),
         ("/usr/local/lib/python3.12/smtplib.py", 750, "login", "raise last_exception")], "smtplib.SMTPAuthenticationError: (535, b'Authentication Credentials Invalid')"))


def c_unreg(R):
    body = "b'[[\"%s\"], {}, {\"callbacks\": null, \"errbacks\": null, \"chain\": null, \"chord\": null}]' (%db)" % (uuid(R), R.randint(80, 140))
    return cel(R, "ERROR", "MainProcess", "Received unregistered task of type 'orders.tasks.sync_inventory'.\nThe message has been ignored and discarded.\n\nDid you remember to import the module containing this task?\nOr maybe you're using relative imports?\n\nPlease see\nhttps://docs.celeryq.dev/en/latest/internals/protocol.html\nfor more information.\n\nThe full contents of the message body was:\n%s\n\nThe full contents of the message headers:\n{'lang': 'py', 'task': 'orders.tasks.sync_inventory', 'id': '%s', 'retries': 0}\n" % (body, uuid(R)))


def c_kms(R):
    err = "botocore.exceptions.ClientError: An error occurred (KMS.AccessDeniedException) when calling the SendMessage operation: User: arn:aws:sts::111122223333:assumed-role/shop-web-task-role/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:111122223333:key/%s because no identity-based policy allows the kms:GenerateDataKey action" % (hexs(R, 32), "0f3e9a2c-7b41-4d5e-9c8a-2b6d1e4f7a90")
    if R.random() < 0.6:
        return json.dumps({"time": ct(R), "level": "ERROR", "logger": "shop.orders.views", "message": "could not enqueue notify.tasks.send_order_confirmation for order %d" % R.randint(100000, 999999),
                           "exc_info": tb([("/app/shop/orders/views.py", 141, "place_order", "send_order_confirmation.delay(order.id)"),
                                           (SITE + "/kombu/asynchronous/aws/sqs/connection.py", 83, "send_message", "return self.get_object(")], err)})
    return cel(R, "ERROR", "MainProcess", "Unrecoverable error: ClientError('An error occurred (KMS.AccessDeniedException) when calling the ReceiveMessage operation: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.')") if R.random() < 0 else \
        json.dumps({"time": ct(R), "level": "ERROR", "logger": "shop.orders.views", "message": "enqueue failed: %s" % err.split(": ", 1)[1][:160], "order_id": R.randint(100000, 999999)})


def c_keyerror(R):
    tid = uuid(R)
    return cel(R, "ERROR", fw(R), "Task reports.tasks.build_customer_report[%s] raised unexpected: KeyError('region')\n" % tid + trace_task(
        [("/app/reports/tasks.py", 77, "build_customer_report", "rows = [summarize(c) for c in customers]"),
         ("/app/reports/summary.py", 23, "summarize", "return {'id': c['id'], 'region': c['address']['region'], 'orders': c['order_count']}")], "KeyError: 'region'"))


def c_pgslots(R):
    tid = uuid(R)
    host = "orders-db.cx7kq2m1abcd.us-east-1.rds.amazonaws.com"
    msg = 'connection to server at "%s" (10.0.%d.%d), port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute' % (host, R.randint(20, 21), R.randint(2, 250))
    task = pick(R, ["billing.tasks.charge_subscription", "billing.tasks.render_invoice_pdf", "reports.tasks.build_customer_report"])
    if R.random() < 0.5:
        return cel(R, "ERROR", fw(R), "Task %s[%s] raised unexpected: OperationalError('%s\\n')" % (task, tid, msg.replace('"', '\\"')))
    return cel(R, "ERROR", fw(R), "Task %s[%s] raised unexpected: OperationalError(...)\n" % (task, tid) + trace_task(
        [(SITE + "/django/db/backends/base/base.py", 256, "connect", "self.connection = self.get_new_connection(conn_params)"),
         (SITE + "/psycopg/connection.py", 119, "connect", "raise last_ex.with_traceback(None)")], "django.db.utils.OperationalError: " + msg))


def c_nosuchkey(R):
    tid = uuid(R)
    key = "exports/%s/%s.csv" % ("2028-02-%02d" % day(R), uuid(R))
    return cel(R, "ERROR", fw(R), "Task reports.tasks.email_export[%s] raised unexpected: NoSuchKey('An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.')\n" % tid + trace_task(
        [("/app/reports/tasks.py", 140, "email_export", "obj = s3.get_object(Bucket=settings.EXPORT_BUCKET, Key=key)  # key=%s" % key),
         (SITE + "/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
        "botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist."))


def c_decimal(R):
    tid = uuid(R)
    if R.random() < 0.55:
        return cel(R, "ERROR", fw(R), "Task billing.tasks.compute_invoice_totals[%s] raised unexpected: EncodeError(TypeError('Object of type Decimal is not JSON serializable'))" % tid)
    return cel(R, "ERROR", fw(R), "Task billing.tasks.compute_invoice_totals[%s] raised unexpected: EncodeError(TypeError('Object of type Decimal is not JSON serializable'))\n" % tid + tb(
        [(SITE + "/kombu/utils/json.py", 74, "dumps", "return _dumps(s, cls=cls, **dict(default_kwargs, **kwargs))"),
         ("/usr/local/lib/python3.12/json/encoder.py", 180, "default", "raise TypeError(f'Object of type {o.__class__.__name__} '")], "kombu.exceptions.EncodeError: Object of type Decimal is not JSON serializable"))


def c_maxretries(R):
    tid = uuid(R)
    sku = R.randint(10000, 99999)
    return cel(R, "ERROR", fw(R), "Task pricing.tasks.refresh_prices[%s] raised unexpected: MaxRetriesExceededError(\"Can't retry pricing.tasks.refresh_prices[%s] args:(%d,) kwargs:{}\")" % (tid, tid, sku))


def cn_received(R):
    return cel(R, "INFO", "MainProcess", "Task %s[%s] received" % (pick(R, ["billing.tasks.render_invoice_pdf", "notify.tasks.send_email", "reports.tasks.build_customer_report", "media.tasks.make_thumbnails", "pricing.tasks.refresh_prices"]), uuid(R)))


def cn_succeeded(R):
    t = pick(R, ["notify.tasks.send_email", "billing.tasks.charge_subscription", "media.tasks.make_thumbnails", "reports.tasks.purge_old_exports"])
    return cel(R, "INFO", fw(R), "Task %s[%s] succeeded in %.9fs: %s" % (t, uuid(R), R.uniform(0.01, 40), pick(R, ["None", "{'sent': %d, 'errors': 0}" % R.randint(1, 90), "True", "'ok'", "{'failed': 0, 'deleted': %d}" % R.randint(0, 400)])))


def cn_retry(R):
    v = R.random()
    if v < 0.35:
        return cel(R, "INFO", fw(R), "Task notify.tasks.send_email[%s] retry: Retry in 60s: SMTPAuthenticationError(535, b'Authentication Credentials Invalid')" % uuid(R))
    if v < 0.7:
        return cel(R, "INFO", fw(R), "Task pricing.tasks.refresh_prices[%s] retry: Retry in %ds: HTTPError('429 Client Error: Too Many Requests for url: https://api.pricing-partner.example/v2/prices/%d')" % (uuid(R), pick(R, [30, 60, 120]), R.randint(10000, 99999)))
    return cel(R, "INFO", fw(R), "Task media.tasks.make_thumbnails[%s] retry: Retry in 5s: ConnectionError(\"Error while reading from celery-broker.ab12cd.ng.0001.use1.cache.amazonaws.com:6379 : (104, 'Connection reset by peer')\")" % uuid(R))


def cn_startup(R):
    return cel(R, pick(R, ["INFO", "INFO", "WARNING"]), "MainProcess", pick(R, [
        "Connected to redis://celery-broker.ab12cd.ng.0001.use1.cache.amazonaws.com:6379/0", "mingle: searching for neighbors", "mingle: all alone",
        "celery@ip-10-0-%d-%d.ec2.internal ready." % (R.randint(1, 40), R.randint(2, 250)), "Events of group {task} enabled by remote.",
        "Connected to sqs://localhost//", "sync with celery@ip-10-0-%d-%d.ec2.internal" % (R.randint(1, 40), R.randint(2, 250))]))


def cn_beat(R):
    return "[%s: INFO/MainProcess] Scheduler: Sending due task %s" % (ct(R), pick(R, ["purge-old-exports (reports.tasks.purge_old_exports)", "refresh-prices (pricing.tasks.refresh_prices_all)",
                                                                                   "retry-failed-webhooks (notify.tasks.retry_failed_webhooks)", "nightly-invoices (billing.tasks.run_nightly_invoices)"]))


def cn_deprec(R):
    return cel(R, "WARNING", "MainProcess", "%s/celery/worker/consumer/consumer.py:%d: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine\nwhether broker connection retries are made during startup in Celery 6.0 and above.\nIf you wish to retain the existing behavior for retrying connections on startup,\nyou should set broker_connection_retry_on_startup to True.\n  warnings.warn(" % (SITE, pick(R, [508, 508, 391])))


def cn_broker_lost(R):
    return cel(R, "WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection...") + "\n" + tb(
        [(SITE + "/celery/worker/consumer/consumer.py", 340, "start", "blueprint.start(self)"),
         (SITE + "/redis/connection.py", 512, "read_response", "response = self._parser.read_response(disable_decoding=disable_decoding)")],
        "redis.exceptions.ConnectionError: Connection closed by server.") if R.random() < 0.5 else \
        cel(R, "WARNING", "MainProcess", "consumer: Connection to broker lost. Trying to re-establish the connection... (failover of cache node %04d)" % R.randint(1, 3))


def cn_app_warn(R):
    return cel(R, "WARNING", fw(R), pick(R, ["invoice %d has no line items, skipping" % R.randint(10000, 99999), "customer %d opted out of email, not sending" % R.randint(10000, 99999),
                                             "thumbnail for %s already exists, skipping" % uuid(R)]))


def cn_shutdown(R):
    return cel(R, "INFO", "MainProcess", pick(R, ["worker: Warm shutdown (MainProcess)", "Restoring %d unacknowledged message(s)" % R.randint(1, 40)]))


def fam_celery(R):
    groups = [
        ("invoice-pdf-hard-time-limit", c_hard),
        ("thumbnails-worker-oom-lost", c_oom),
        ("redis-broker-unreachable", c_broker),
        ("send-email-smtp-credentials-invalid", c_smtp),
        ("sync-inventory-task-unregistered", c_unreg),
        ("web-sqs-enqueue-kms-denied", c_kms),
        ("customer-report-region-keyerror", c_keyerror),
        ("workers-exhaust-rds-connections", c_pgslots),
        ("email-export-missing-s3-object", c_nosuchkey),
        ("invoice-totals-decimal-not-serializable", c_decimal),
        ("refresh-prices-partner-429-exhausted", c_maxretries),
    ]
    neg = [cn_received, cn_received, cn_succeeded, cn_succeeded, cn_retry, cn_retry, cn_startup, cn_beat, cn_deprec, cn_broker_lost, cn_app_warn, cn_shutdown]
    return build(R, F6, groups, neg)


FAMILIES = {F5: fam_kafka, F6: fam_celery}
