"""Families: kafka-streams37-shipment-tracker-log4j2-ecs, cups24-label-spooler-errorlog-accesslog.

tidewharf's shipment tracker is a Kafka Streams 3.7 topology on ECS Fargate reading carrier scan events from MSK (SASL/
SCRAM, Glue Schema Registry Avro) and keeping per-consignment state in RocksDB; log4j2 PatternLayout
`%d{yyyy-MM-dd HH:mm:ss,SSS} %-5level [%t] %c - %msg%n`, stack traces kept by the awslogs multiline pattern. The label
spooler is CUPS 2.4 on an EC2 instance in the DC VPC printing ZPL to Zebra printers at each dock over the site VPNs; the
CloudWatch agent ships both `/var/log/cups/error_log` (`E [05/Feb/2030:13:04:11 +0000] [Job 123] msg`) and
`access_log` (common log format plus IPP operation and status) into one log group."""
import re

from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION,
                    log4j_ts, clf_ts, consignment, sscc)

# ---------------------------------------------------------------- kafka-streams37-shipment-tracker-log4j2-ecs
F1 = "kafka-streams37-shipment-tracker-log4j2-ecs"
APPID = "shipment-tracker"
CLIENT = "shipment-tracker-6f1c2e0a-3b7d-4c55-9e21-8d4f0b7a1c93"
BROKERS = ["b-%d.twmsk.k7x2qe.c3.kafka.ap-southeast-2.amazonaws.com" % i for i in (1, 2, 3)]


def th(R):
    return "%s-StreamThread-%d" % (CLIENT, R.randint(1, 4))


def ks(R, level, logger, msg, thread=None):
    m = re.search(r"(shipment-tracker-[0-9a-f-]+-StreamThread-\d)", msg)
    if thread is None and m:
        thread = m.group(1)
    return "%s %-5s [%s] %s - %s" % (log4j_ts(R), level, thread or th(R), logger, msg)


def task(R):
    return "%d_%d" % (R.randint(0, 3), R.randint(0, 11))


def k_sasl(R):
    # the MSK SCRAM secret was rotated by Secrets Manager's rotation schedule; the task reads the password only at start,
    # so every restarted client fails authentication and the topology cannot run
    b = pick(R, BROKERS)
    if R.random() < 0.6:
        return ks(R, "ERROR", "org.apache.kafka.clients.NetworkClient", "[%s] Connection to node %d (%s/%s:9096) failed authentication due to: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512" % (
            pick(R, ["Consumer clientId=%s-consumer, groupId=%s" % (th(R), APPID), "Producer clientId=%s-producer" % th(R), "AdminClient clientId=%s-admin" % CLIENT]), R.choice([-1, -2, -3, 1, 2, 3]), b, ip10(R, 70)), pick(R, [th(R), "kafka-admin-client-thread | %s-admin" % CLIENT]))
    return ks(R, "ERROR", "org.apache.kafka.streams.KafkaStreams", "stream-client [%s] Encountered the following exception during processing and the registered exception handler opted to SHUTDOWN_CLIENT. The streams client is going to shut down now." % CLIENT, th(R)) + \
        "\norg.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512"


def k_large(R):
    # the aggregate of a multi-leg consignment now embeds every scan; hot consignments exceed the 1 MiB producer limit and
    # the changelog write fails, killing the stream thread
    sz = R.randint(1048600, 3900000)
    t = task(R)
    return ks(R, "ERROR", "org.apache.kafka.streams.processor.internals.RecordCollectorImpl", "stream-thread [%s] stream-task [%s] Error encountered sending record to topic %s-consignment-state-changelog for task %s due to:\norg.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.\nException handler choice: FAIL" % (
        th(R), t, APPID, t, sz))


def k_disk(R):
    # RocksDB state for 24 tasks outgrew the Fargate task's 21 GiB ephemeral storage; stores cannot be opened or flushed
    t = task(R)
    if R.random() < 0.55:
        return ks(R, "ERROR", "org.apache.kafka.streams.processor.internals.StreamThread", "stream-thread [%s] Failed to process stream task %s due to the following error:" % (th(R), t)) + \
            "\norg.apache.kafka.streams.errors.ProcessorStateException: Error opening store consignment-state at location /var/lib/kafka-streams/%s/%s/rocksdb/consignment-state\n\tat org.apache.kafka.streams.state.internals.RocksDBStore.openRocksDB(RocksDBStore.java:%d)\nCaused by: org.rocksdb.RocksDBException: While appending to file: /var/lib/kafka-streams/%s/%s/rocksdb/consignment-state/%06d.sst: No space left on device" % (
                APPID, t, R.randint(320, 340), APPID, t, R.randint(1000, 90000))
    return ks(R, "ERROR", "org.apache.kafka.streams.processor.internals.ProcessorStateManager", "stream-thread [%s] task [%s] Failed to flush state store consignment-state: org.rocksdb.RocksDBException: IO error: No space left on device: While appending to file: /var/lib/kafka-streams/%s/%s/rocksdb/consignment-state/%06d.log" % (th(R), t, APPID, t, R.randint(1000, 90000)))


def k_npe(R):
    # carrier SouthLink started sending "exception" scans without an ETA; release 5.3's EtaProcessor dereferences it
    t = task(R)
    return ks(R, "ERROR", "org.apache.kafka.streams.processor.internals.TaskExecutor", "stream-thread [%s] Failed to process stream task %s due to the following error:" % (th(R), t)) + \
        "\norg.apache.kafka.streams.errors.StreamsException: Exception caught in process. taskId=%s, processor=KSTREAM-SOURCE-0000000000, topic=carrier-scans, partition=%d, offset=%d, stacktrace=java.lang.NullPointerException: Cannot invoke \"java.time.Instant.toEpochMilli()\" because the return value of \"com.tidewharf.tracking.avro.ScanEvent.getEta()\" is null\n\tat com.tidewharf.tracking.EtaProcessor.process(EtaProcessor.java:%d)\n\tat org.apache.kafka.streams.processor.internals.ProcessorNode.process(ProcessorNode.java:152)" % (
            t, R.randint(0, 11), R.randint(100000, 9999999), R.randint(60, 90))


def k_schema(R):
    # the new task role lacks glue:GetSchemaVersion; every record from the new "pod-photos" producer version fails to
    # deserialize with an access error (not a data error), so the handler stops the thread
    return ks(R, "ERROR", "org.apache.kafka.streams.processor.internals.RecordDeserializer", "stream-thread [%s] stream-task [%s] Deserialization error callback failed after deserialization error for record ConsumerRecord(topic = pod-events, partition = %d, offset = %d)" % (th(R), task(R), R.randint(0, 11), R.randint(1000, 999999))) + \
        "\ncom.amazonaws.services.schemaregistry.exception.AWSSchemaRegistryException: Failed to get schemaVersionId by schema definition for schema name = pod-event-v3\nCaused by: software.amazon.awssdk.services.glue.model.AccessDeniedException: User: arn:aws:sts::%s:assumed-role/tw-shipment-tracker-task/%s is not authorized to perform: glue:GetSchemaVersion on resource: arn:aws:glue:%s:%s:registry/tidewharf-events (Service: Glue, Status Code: 400, Request ID: %s)" % (ACCT, hexs(R, 32), REGION, ACCT, uuid(R))


def ks_negs():
    def n_state(R):
        a, b = pick(R, [("RUNNING", "PARTITIONS_REVOKED"), ("PARTITIONS_REVOKED", "PARTITIONS_ASSIGNED"), ("PARTITIONS_ASSIGNED", "RUNNING"), ("STARTING", "PARTITIONS_ASSIGNED")])
        return ks(R, "INFO", "org.apache.kafka.streams.processor.internals.StreamThread", "stream-thread [%s] State transition from %s to %s" % (th(R), a, b))

    def n_client(R):
        a, b = pick(R, [("REBALANCING", "RUNNING"), ("RUNNING", "REBALANCING"), ("CREATED", "REBALANCING")])
        return ks(R, "INFO", "org.apache.kafka.streams.KafkaStreams", "stream-client [%s] State transition from %s to %s" % (CLIENT, a, b), "main" if a == "CREATED" else th(R))

    def n_processed(R):
        return ks(R, "INFO", "org.apache.kafka.streams.processor.internals.StreamThread", "stream-thread [%s] Processed %d total records, ran 0 punctuators, and committed %d total tasks since the last update" % (th(R), R.randint(1000, 900000), R.randint(10, 400)))

    def n_join(R):
        return ks(R, "INFO", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "[Consumer clientId=%s-consumer, groupId=%s] Successfully joined group with generation Generation{generationId=%d, memberId='%s-consumer-%s', protocol='stream'}" % (th(R), APPID, R.randint(40, 400), th(R), uuid(R)))

    def n_meta(R):
        return ks(R, "WARN", "org.apache.kafka.clients.NetworkClient", "[Producer clientId=%s-producer] Error while fetching metadata with correlation id %d : {%s=LEADER_NOT_AVAILABLE}" % (th(R), R.randint(2, 40), pick(R, ["carrier-scans", "consignment-eta", "%s-consignment-state-changelog" % APPID])))

    def n_unknown_cfg(R):
        return ks(R, "WARN", "org.apache.kafka.clients.consumer.ConsumerConfig", "These configurations '[%s]' were supplied but are not used yet." % pick(R, ["avroRecordType, registry.name", "schemaAutoRegistrationEnabled", "region, compatibility"]), "main")

    def n_fetch(R):
        return ks(R, "INFO", "org.apache.kafka.clients.FetchSessionHandler", "[Consumer clientId=%s-restore-consumer, groupId=null] Node %d was unable to process the fetch request with (sessionId=%d, epoch=%d): FETCH_SESSION_ID_NOT_FOUND." % (th(R), R.randint(1, 3), R.randint(10 ** 8, 2 * 10 ** 9), R.randint(100, 9000)))

    def n_deser(R):
        return ks(R, "WARN", "org.apache.kafka.streams.errors.LogAndContinueExceptionHandler", "Exception caught during Deserialization, taskId: %s, topic: partner-scans-raw, partition: %d, offset: %d" % (task(R), R.randint(0, 11), R.randint(1000, 9999999)))

    def n_version(R):
        return ks(R, "INFO", "org.apache.kafka.common.utils.AppInfoParser", pick(R, ["Kafka version: 3.7.1", "Kafka commitId: %s" % hexs(R, 16), "Kafka startTimeMs: %d" % (1896134400000 + R.randint(0, 2400000000))]), "main")

    def n_cleanup(R):
        t = task(R)
        return ks(R, "INFO", "org.apache.kafka.streams.processor.internals.StateDirectory", "stream-thread [%s-CleanupThread] Deleting obsolete state directory %s for task %s as 600000ms has elapsed (cleanup delay is 600000ms)." % (CLIENT, t, t), "%s-CleanupThread" % CLIENT)

    def n_restore(R):
        return ks(R, "INFO", "org.apache.kafka.streams.processor.internals.StoreChangelogReader", "stream-thread [%s] Finished restoring changelog %s-consignment-state-changelog-%d to store consignment-state with a total number of %d records" % (th(R), APPID, R.randint(0, 11), R.randint(1000, 4000000)))

    def n_unknown(R):
        return ks(R, "INFO", "com.tidewharf.tracking.EtaProcessor", "scan %s for unknown consignment %s from %s ignored (not manifested)" % (uuid(R), consignment(R), pick(R, ["southlink", "coastal-couriers", "bluegum-express"])))

    def n_dup(R):
        return ks(R, "DEBUG", "com.tidewharf.tracking.DedupTransformer", "duplicate scan %s for %s dropped (seen at offset %d)" % (uuid(R), consignment(R), R.randint(1000, 9999999)))

    def n_eta(R):
        return ks(R, "INFO", "com.tidewharf.tracking.EtaProcessor", "consignment %s ETA updated to 2030-02-%02dT%02d:%02d+11:00 (%s, %d scans)" % (consignment(R), R.randint(2, 28), R.randint(6, 20), R.randint(0, 59), pick(R, ["in transit", "out for delivery", "at depot"]), R.randint(1, 30)))

    def n_commit(R):
        return ks(R, "DEBUG", "org.apache.kafka.streams.processor.internals.TaskExecutor", "stream-thread [%s] Committing task offsets {%s}" % (th(R), ", ".join("carrier-scans-%d=OffsetAndMetadata{offset=%d, leaderEpoch=%d, metadata=''}" % (R.randint(0, 11), R.randint(1000, 9999999), R.randint(1, 9)) for _ in range(R.randint(1, 3)))))

    def n_epoch(R):
        return ks(R, "INFO", "org.apache.kafka.clients.Metadata", "[Consumer clientId=%s-consumer, groupId=%s] Resetting the last seen epoch of partition carrier-scans-%d to %d since the associated topicId changed from null to %s" % (th(R), APPID, R.randint(0, 11), R.randint(1, 9), alnum(R, 22)))

    def n_health(R):
        return ks(R, "INFO", "com.tidewharf.tracking.Health", "health: state=RUNNING threads=4 lag=%d failed_tasks=0 errors=0" % R.randint(0, 4000), "health-1")

    return [n_state, n_client, n_processed, n_join, n_meta, n_unknown_cfg, n_fetch, n_deser, n_version, n_cleanup, n_restore,
            n_unknown, n_dup, n_eta, n_commit, n_epoch, n_health]


def fam_ks(R):
    return build(R, F1, [("msk-scram-secret-rotated-not-reloaded", k_sasl), ("consignment-aggregate-record-too-large", k_large),
                         ("rocksdb-ephemeral-storage-full", k_disk), ("eta-processor-null-eta-npe", k_npe),
                         ("glue-schema-registry-getschemaversion-denied", k_schema)], ks_negs())


# ---------------------------------------------------------------- cups24-label-spooler-errorlog-accesslog
F2 = "cups24-label-spooler-errorlog-accesslog"


def printer(R, site=None):
    site = site or pick(R, ["SYD", "SYD", "MEL", "BNE"])
    return "ZT411_%s_DOCK%02d" % (site, R.randint(1, 24))


def el(R, lv, msg, job=None, client=None):
    pre = "[Job %d] " % job if job else ("[Client %d] " % client if client else "")
    return "%s [%s] %s%s" % (lv, clf_ts(R), pre, msg)


def acc(R, user, meth, path, st, size, op, ipp):
    return "%s - %s [%s] \"%s %s HTTP/1.1\" %d %d %s %s" % (pick(R, ["localhost", ip10(R, 20), ip10(R, 30)]), user, clf_ts(R), meth, path, st, size, op, ipp)


def jid(R):
    return R.randint(10000, 99999)


def c_route(R):
    # the transit-gateway route to the Brisbane site (10.66.0.0/16) was removed in a network change; every label for
    # the BNE docks fails and the queues stop
    p = printer(R, "BNE")
    if R.random() < 0.65:
        return el(R, "E", "Unable to connect to printer %s at 10.66.%d.%d:9100: No route to host" % (p, R.randint(1, 9), R.randint(10, 250)), jid(R))
    return el(R, "W", "Printer \"%s\" stopped after %d consecutive backend failures (ErrorPolicy stop-printer); %d jobs pending" % (p, R.randint(3, 9), R.randint(4, 300)))


def c_filter(R):
    # the instance was rebuilt on AL2023 without the package providing rastertolabel; every job that needs the raster
    # filter (PDF labels from Odoo) stops
    j = jid(R)
    t = R.random()
    if t < 0.4:
        return el(R, "E", "Unable to execute /usr/lib/cups/filter/rastertolabel: No such file or directory", j)
    if t < 0.7:
        return el(R, "E", "Job stopped due to filter errors; please consult the error_log file for details.", j)
    return el(R, "D", "PID %d (/usr/lib/cups/filter/rastertolabel) stopped with status 127 (No such file or directory)" % R.randint(1000, 60000), j)


def c_disk(R):
    # PreserveJobFiles Yes and MaxJobs 0 since the migration; /var/spool/cups filled the 8 GiB root volume
    if R.random() < 0.6:
        return el(R, "E", "Unable to create print file: No space left on device", None, R.randint(1, 900))
    return acc(R, "odoo-print", "POST", "/printers/%s" % printer(R), 500, R.randint(300, 90000), "Print-Job", "server-error-internal-error")


def c_forbidden(R):
    # the hardened cupsd.conf limits Print-Job to @SYSTEM and the WMS service account odoo-print is not in that group
    p = printer(R, pick(R, ["SYD", "MEL"]))
    if R.random() < 0.55:
        return el(R, "E", "Returning HTTP Forbidden for Print-Job (ipp://cups.dc.tidewharf.example/printers/%s) from %s." % (p, ip10(R, 20)), None, R.randint(1, 900))
    return acc(R, "odoo-print", "POST", "/printers/%s" % p, 403, 0, "Print-Job", "client-error-forbidden")


def c_ipps(R):
    # the cold-store ZT610 printers use IPPS with self-signed certificates that expired on 2030-02-03; cupsd refuses
    # them and no cold-chain labels print
    p = "ZT610_SYD_COLD%02d" % R.randint(1, 6)
    if R.random() < 0.7:
        return el(R, "E", "Unable to establish a secure connection to host (%s: certificate has expired, notAfter=Feb  3 00:00:00 2030 GMT)." % p.lower().replace("_", "-"), jid(R))
    return el(R, "W", "Printer \"%s\" is not responding to IPPS (credentials expired); job held, state reasons: cups-pki-expired" % p)


def cups_negs():
    def n_queued(R):
        return el(R, "I", "Queued on \"%s\" by \"%s\"." % (printer(R), pick(R, ["odoo-print", "dispatch.lead", "root"])), jid(R))

    def n_started(R):
        return el(R, "I", "Started backend /usr/lib/cups/backend/socket (PID %d)" % R.randint(1000, 60000), jid(R))

    def n_done(R):
        return el(R, "I", "Job completed.", jid(R))

    def n_filterok(R):
        return el(R, "I", "Started filter /usr/lib/cups/filter/%s (PID %d)" % (pick(R, ["pdftoraster", "rastertolabel", "gziptoany"]), R.randint(1000, 60000)), jid(R))

    def n_retry(R):
        return el(R, "I", "Printer busy; will retry in %d seconds..." % R.choice([10, 30]), jid(R))

    def n_v6(R):
        return el(R, "E", "Unable to open listen socket for address [v1.::1]:631 - Cannot assign requested address.")

    def n_notfound(R):
        return el(R, "E", "Returning IPP client-error-not-found for Print-Job (ipp://cups.dc.tidewharf.example/printers/ZT230_SYD_OLD%02d) from %s." % (R.randint(1, 9), ip10(R, 20)), None, R.randint(1, 900))

    def n_cancel(R):
        return el(R, "I", "Canceled by \"%s\"." % pick(R, ["dispatch.lead", "odoo-print", "root"]), jid(R))

    def n_misc(R):
        return el(R, "I", pick(R, ["Expiring subscriptions...", "Saving printers.conf...", "Listening to 0.0.0.0:631 (IPv4)", "Loaded MIME conversion database from \"/usr/share/cups/mime\": 46 types, 71 filters.", "Full reload is required.", "cupsd shutdown succeeded.", "Saving job.cache..."]))

    def n_acc_ok(R):
        return acc(R, pick(R, ["odoo-print", "-"]), pick(R, ["POST", "POST"]), "/printers/%s" % printer(R), 200, R.randint(300, 90000), pick(R, ["Print-Job", "Get-Jobs", "Get-Printer-Attributes", "Create-Job", "Send-Document"]), "successful-ok")

    def n_acc_root(R):
        return acc(R, "-", "POST", "/", 200, R.randint(300, 9000), pick(R, ["CUPS-Get-Printers", "CUPS-Get-Default"]), "successful-ok")

    def n_acc_401(R):
        return acc(R, "-", "POST", "/admin/", 401, 0, "CUPS-Add-Modify-Printer", "successful-ok")

    def n_page(R):
        return el(R, "D", "PAGE: %d 1" % R.randint(1, 12), jid(R))

    def n_state(R):
        return el(R, "D", "STATE: %s" % pick(R, ["+connecting-to-device", "-connecting-to-device", "-media-low-warning", "+media-low-warning"]), jid(R))

    def n_zero(R):
        return el(R, "I", "Print summary for %s: %d jobs, %d labels, 0 failed" % (printer(R), R.randint(10, 900), R.randint(10, 3000)))

    def n_dupl(R):
        return el(R, "I", "Job-name \"%s\" already printed for consignment %s; reprint requested by \"%s\"." % ("label-%s" % sscc(R), consignment(R), pick(R, ["dispatch.lead", "odoo-print"])), jid(R))

    def n_abort(R):
        return el(R, "W", "Client %s disconnected before job data was received (Send-Document aborted); job purged." % ip10(R, 20), jid(R))

    return [n_queued, n_started, n_done, n_filterok, n_retry, n_v6, n_notfound, n_cancel, n_misc, n_acc_ok, n_acc_root, n_acc_401,
            n_page, n_state, n_zero, n_dupl, n_abort]


def fam_cups(R):
    return build(R, F2, [("bne-site-tgw-route-removed", c_route), ("rastertolabel-filter-missing-al2023", c_filter),
                         ("spool-volume-full-preservejobfiles", c_disk), ("odoo-print-not-in-system-group", c_forbidden),
                         ("cold-store-ipps-certs-expired", c_ipps)], cups_negs())


FAMILIES = {F1: fam_ks, F2: fam_cups}
