"""Families: scada-historian-influxdb2-telegraf-ec2, nifi2-meter-market-ingest-ec2.

brackwater's SCADA telemetry historian is InfluxDB 2.7 on EC2, fed by Telegraf 1.33 (inputs.opcua, inputs.modbus,
outputs.influxdb_v2) on the same hosts; the CloudWatch agent ships influxd's logfmt lines (`ts=… lvl=… msg="…"
log_id=… service=…`) and Telegraf's (`2030-06-06T13:04:11Z E! [plugin] msg`) to one log group. Meter reads from the
third-party metering service provider (SFTP drops), the national datahub's market messages (HTTPS) and the MDM feeds
are moved by Apache NiFi 2.x on EC2; nifi-app.log (logback `%date %level [%thread] %logger{40} %msg%n`, stack traces
in the event) goes to CloudWatch through the agent with a multiline start pattern on the date."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, logfmt_ts, tg_ts, log4j_ts)

# ---------------------------------------------------------------- scada-historian-influxdb2-telegraf-ec2
I1 = "scada-historian-influxdb2-telegraf-ec2"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz~"


def logid(R):
    return "0" + "".join(R.choice(B62) for _ in range(10))


def ix(R, lvl, msg, **kv):
    s = "ts=%s lvl=%s msg=%s log_id=%s" % (logfmt_ts(R), lvl, '"%s"' % msg if " " in msg else msg, logid(R))
    for k, v in kv.items():
        v = str(v)
        s += " %s=%s" % (k, '"%s"' % v.replace('"', '\\"') if (" " in v or '"' in v) else v)
    return s


def tg(R, lvl, plugin, msg):
    return "%s %s! [%s] %s" % (tg_ts(R), lvl, plugin, msg) if plugin else "%s %s! %s" % (tg_ts(R), lvl, msg)


def e_token(R):
    # the Telegraf write token for bucket scada_raw was deleted in a token clean-up; every write is refused and the
    # buffer overflows
    t = R.random()
    if t < 0.55:
        return tg(R, "E", "outputs.influxdb_v2", "When writing to [http://127.0.0.1:8086/api/v2/write]: failed to write metric to scada_raw (will be dropped: 401 Unauthorized): unauthorized: unauthorized access")
    if t < 0.8:
        return tg(R, "W", "outputs.influxdb_v2", "Metric buffer overflow; %d metrics have been dropped" % R.randint(1000, 90000))
    return tg(R, "E", "agent", "Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s) (host brk-hist-%02d)" % R.randint(1, 3))


def e_conflict(R):
    # a Modbus input for the new feeder meters declares voltage as INT16 while the measurement's field is float64
    meas = pick(R, ["feeder_voltage", "feeder_voltage_l2", "feeder_voltage_l3"])
    return tg(R, "E", "outputs.influxdb_v2", "Failed to write metric to scada_raw (will be dropped: 422 Unprocessable Entity): unprocessable entity: failure writing points to database: partial write: field type conflict: input field \"value\" on measurement \"%s\" is type integer, already exists as type float dropped=%d" % (meas, R.randint(4, 400)))


def e_disk(R):
    # the EBS volume under /var/lib/influxdb2 filled (retention on scada_raw was set to infinite during a migration)
    t = R.random()
    path = "/var/lib/influxdb2/engine/wal/%s/autogen/%d/_%05d.wal" % (hexs(R, 16), R.randint(100, 900), R.randint(1, 9999))
    if t < 0.5:
        return ix(R, "error", "Write failed", service="storage-engine", service2="wal", path=path, error="write %s: no space left on device" % path).replace("service2=", "subsystem=")
    if t < 0.8:
        return ix(R, "error", "Error writing snapshot", service="storage-engine", engine="tsm1", error="error opening new segment file for wal (2): write /var/lib/influxdb2/engine/data/%s/autogen/%d/%09d-%09d.tsm.tmp: no space left on device" % (hexs(R, 16), R.randint(100, 900), R.randint(1, 999), 1))
    return ix(R, "error", "Error writing points", service="http", path="/api/v2/write", status=500, error="engine: write /var/lib/influxdb2/engine/wal: no space left on device", org="brackwater", bucket="scada_raw")


def e_sessions(R):
    # inputs.opcua was switched to connect per gather; the station computer's MaxSessionCount (100) is exhausted
    return tg(R, "E", "inputs.opcua", "Error in plugin: connect failed: ActivateSession failed: The server has reached its maximum number of sessions. StatusBadTooManySessions (0x80560000) (endpoint opc.tcp://ss-%s-sc01:4840)" % pick(R, ["vastby", "rotholm", "ekudden", "granlid"]))


def e_task(R):
    # bucket scada_1m was recreated under the name scada_1min; the downsampling task still writes to scada_1m and every
    # run fails, so the dashboards' 1-minute series stop
    return ix(R, "warn", "Failed to run task", service="task-executor", task_id=hexs(R, 16), run_id=hexs(R, 16),
              error="runtime error @12:6-12:51: to: failed to initialize execute state: could not find bucket \"scada_1m\"")


def hist_negs():
    def n_wrote(R):
        return tg(R, "D", "outputs.influxdb_v2", "Wrote batch of %d metrics in %d.%06dms" % (R.randint(100, 5000), R.randint(5, 300), R.randint(0, 999999)))

    def n_buffer(R):
        return tg(R, "D", "outputs.influxdb_v2", "Buffer fullness: %d / 100000 metrics" % R.randint(0, 3000))

    def n_tstart(R):
        return tg(R, "I", None, pick(R, ["Starting Telegraf 1.33.1 brought to you by InfluxData the makers of InfluxDB", "Loaded inputs: modbus (4x) opcua (6x) internal", "Loaded outputs: influxdb_v2", "Loaded aggregators: ", "Tags enabled: host=brk-hist-%02d site=eu-north-1" % R.randint(1, 3),
                                        "[agent] Config: Interval:10s, Quiet:false, Hostname:\"brk-hist-%02d\", Flush Interval:10s" % R.randint(1, 3)]))

    def n_modbus_slow(R):
        return tg(R, "W", "inputs.modbus", "Collection took longer than expected; not complete after interval of 10s")

    def n_welcome(R):
        return ix(R, "info", "Welcome to InfluxDB", version="v2.7.%d" % R.randint(8, 12), commit=hexs(R, 10), build_date="2030-0%d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 4), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), log_level="info")

    def n_listen(R):
        return ix(R, "info", "Listening", service="tcp-listener", transport="http", addr=":8086", port=8086)

    def n_shard(R):
        return ix(R, "info", "Opened shard", service="storage-engine", engine="tsm1", index_version="tsi1", path="/var/lib/influxdb2/engine/data/%s/autogen/%d" % (hexs(R, 16), R.randint(100, 900)), duration="%d.%03dms" % (R.randint(1, 900), R.randint(0, 999)))

    def n_compact(R):
        op = "tsm1_compact_group"
        return ix(R, "info", "TSM compaction (end)", service="storage-engine", engine="tsm1", tsm1_strategy=pick(R, ["level", "full"]), tsm1_level=R.randint(1, 4), tsm1_optimize="false", trace_id=logid(R), op_name=op, op_event="end", op_elapsed="%d.%03dms" % (R.randint(10, 9000), R.randint(0, 999)))

    def n_snapshot(R):
        return ix(R, "info", "Snapshot for path written", service="storage-engine", engine="tsm1", trace_id=logid(R), op_name="tsm1_cache_snapshot", path="/var/lib/influxdb2/engine/data/%s/autogen/%d" % (hexs(R, 16), R.randint(100, 900)), duration="%d.%03dms" % (R.randint(10, 900), R.randint(0, 999)))

    def n_retention(R):
        return ix(R, "info", "Retention policy deletion check (end)", service="retention", op_name="retention_delete_check", op_event="end", op_elapsed="%d.%03dms" % (R.randint(0, 40), R.randint(0, 999)))

    def n_taskok(R):
        return ix(R, "info", "Completed successfully", service="task-executor", task_id=hexs(R, 16), run_id=hexs(R, 16), task_name=pick(R, ["downsample_15m_feeders", "transformer_daily_max", "alarm_counts_hourly"]))

    def n_badreq(R):
        return ix(R, "info", "Error parsing points", service="http", path="/api/v2/write", status=400, org="brackwater", bucket="scada_lab", error="unable to parse 'test_tag value=': missing field value", user_agent="curl/8.5.0")

    def n_opcua_retry(R):
        return tg(R, "W", "inputs.opcua", "reconnecting to opc.tcp://ss-%s-sc01:4840 after EOF (server restart during maintenance window MW-%s); read ok on attempt 2" % (pick(R, ["skogby", "malmvik", "bjorksund"]), digits(R, 5)))

    def n_internal(R):
        return tg(R, "D", "inputs.internal", "gathered %d metrics: errors=0 metrics_dropped=0 gather_time_ns=%d" % (R.randint(20, 60), R.randint(10 ** 5, 10 ** 7)))

    def n_query(R):
        return ix(R, "debug", "Executed query", service="query", org="brackwater", bucket=pick(R, ["scada_raw", "scada_15m"]), compile_ns=R.randint(10 ** 4, 10 ** 6), execute_ns=R.randint(10 ** 5, 10 ** 9), response_size=R.randint(100, 10 ** 7), err="")

    return [n_wrote, n_buffer, n_tstart, n_modbus_slow, n_welcome, n_listen, n_shard, n_compact, n_snapshot, n_retention, n_taskok, n_badreq, n_opcua_retry, n_internal, n_query]


def hist(R):
    return build(R, I1, [("telegraf-write-token-deleted", e_token), ("modbus-int16-vs-float-field-conflict", e_conflict),
                         ("influxdb-data-volume-full", e_disk), ("opcua-per-gather-too-many-sessions", e_sessions),
                         ("downsample-task-bucket-renamed", e_task)], hist_negs())


# ---------------------------------------------------------------- nifi2-meter-market-ingest-ec2
N1 = "nifi2-meter-market-ingest-ec2"


def nf(R, lvl, thread, logger, msg):
    return "%s %s [%s] %s %s" % (log4j_ts(R), lvl, thread, logger, msg)


def tdp(R):
    return "Timer-Driven Process Thread-%d" % R.randint(1, 40)


def pid(R):
    return uuid(R)


def ffr(R):
    return "StandardFlowFileRecord[uuid=%s,claim=StandardContentClaim [resourceClaim=StandardResourceClaim[id=%d-%d, container=default, section=%d], offset=%d, length=%d],offset=0,name=%s,size=%d]" % (
        uuid(R), R.randint(1718000000000, 1718900000000), R.randint(1, 900), R.randint(1, 1000), R.randint(0, 900000), R.randint(200, 900000), pick(R, ["MSP_READS_%s.csv" % digits(R, 8), "E66_%s.xml" % digits(R, 10), "route_%s.json" % digits(R, 6)]), R.randint(200, 900000))


def e_sftp(R):
    # the metering service provider rotated the password of the brackwater drop account; ListSFTP/FetchSFTP fail on
    # every run and no reads arrive
    t = R.random()
    if t < 0.6:
        return nf(R, "ERROR", tdp(R), "o.a.nifi.processors.standard.ListSFTP", "ListSFTP[id=%s] Failed to perform listing on remote host due to java.io.IOException: Failed to obtain connection to remote host due to org.apache.sshd.common.SshException: No more authentication methods available\n"
                  "java.io.IOException: Failed to obtain connection to remote host due to org.apache.sshd.common.SshException: No more authentication methods available\n"
                  "\tat org.apache.nifi.processors.standard.util.SFTPTransfer.getSFTPClient(SFTPTransfer.java:%d)\n"
                  "\tat org.apache.nifi.processors.standard.ListFileTransfer.performListing(ListFileTransfer.java:%d)" % ("c1e0b8f2-0190-1000-%s-%s" % (hexs(R, 4), hexs(R, 12)), R.randint(620, 680), R.randint(100, 130)))
    return nf(R, "ERROR", tdp(R), "o.a.nifi.processors.standard.FetchSFTP", "FetchSFTP[id=c1e0b9a4-0190-1000-%s-%s] Failed to fetch content for %s from filename /out/brackwater/MSP_READS_%s.csv on remote host sftp.metrix-msp.example:22 due to java.io.IOException: Failed to obtain connection to remote host due to org.apache.sshd.common.SshException: No more authentication methods available; routing to comms.failure" % (hexs(R, 4), hexs(R, 12), ffr(R), digits(R, 8)))


def e_column(R):
    # the MSP's v3 CSV adds quality_flag; the record schema passes it on and PutDatabaseRecord (Unmatched Field
    # Behavior = Fail on Unmatched Fields) refuses every record batch
    return nf(R, "ERROR", tdp(R), "o.a.n.p.standard.PutDatabaseRecord", "PutDatabaseRecord[id=c1e0c2d7-0190-1000-%s-%s] Failed to put Records to database for %s. Routing to failure.\n"
              "org.apache.nifi.processor.exception.ProcessException: Cannot map field 'quality_flag' to any column in the database\n"
              "Columns: metering_point,read_at,value_kwh,read_type,source_file\n"
              "\tat org.apache.nifi.processors.standard.PutDatabaseRecord.generateInsert(PutDatabaseRecord.java:%d)\n"
              "\tat org.apache.nifi.processors.standard.PutDatabaseRecord.executeDML(PutDatabaseRecord.java:%d)" % (hexs(R, 4), hexs(R, 12), ffr(R), R.randint(1150, 1250), R.randint(720, 790)))


def e_disk(R):
    # the content repository shares a 100 GiB volume with the provenance repository whose max storage was raised to
    # 200 GB; writes to the content repository fail and processors roll back sessions
    t = R.random()
    if t < 0.6:
        proc = pick(R, ["ConvertRecord", "MergeContent", "UpdateRecord"])
        return nf(R, "ERROR", tdp(R), "o.a.n.p.standard.%s" % proc, "%s[id=c1e0%s-0190-1000-%s-%s] Processing failed\n"
                  "org.apache.nifi.processor.exception.FlowFileAccessException: Failed to import data from java.io.ByteArrayInputStream@%s for %s due to java.io.IOException: No space left on device\n"
                  "\tat org.apache.nifi.controller.repository.StandardProcessSession.write(StandardProcessSession.java:%d)\n"
                  "Caused by: java.io.IOException: No space left on device\n"
                  "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)" % (proc, hexs(R, 4), hexs(R, 4), hexs(R, 12), hexs(R, 8), ffr(R), R.randint(3300, 3500)))
    return nf(R, "ERROR", "Provenance Maintenance Thread-%d" % R.randint(1, 3), "o.a.n.p.store.WriteAheadStorePartition", "Failed to roll over Event Writer for Provenance Event Store Partition[directory=/data/nifi/provenance_repository]: java.io.IOException: No space left on device; %d events could not be written" % R.randint(100, 90000))


def e_datahub(R):
    # the datahub rotated its TLS certificate to a new CA; NiFi's StandardSSLContextService truststore lacks it and
    # every market-message POST (E66 meter values, BRS-021) fails
    return nf(R, "ERROR", tdp(R), "o.a.nifi.processors.standard.InvokeHTTP", "InvokeHTTP[id=c1e0d3e1-0190-1000-%s-%s] Request Processing failed: %s\n"
              "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n"
              "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)\n"
              "\tat okhttp3.internal.connection.RealConnection.connectTls(RealConnection.kt:%d)\n"
              "\tat org.apache.nifi.processors.standard.InvokeHTTP.onTrigger(InvokeHTTP.java:%d)" % (hexs(R, 4), hexs(R, 12), ffr(R), R.randint(370, 400), R.randint(980, 1020)))


def e_oom(R):
    # a full-year backfill file (one 14 GB CSV) goes through SplitText with Line Split Count 0 and header handling that
    # buffers every split in heap; the 8 GB NiFi JVM runs out of heap
    t = R.random()
    if t < 0.6:
        return nf(R, "ERROR", tdp(R), "o.a.n.c.t.ContinuallyRunProcessorTask", "Processing halted: uncaught exception in Component [SplitText[id=c1e0e7a2-0190-1000-%s-%s]]\n"
                  "java.lang.OutOfMemoryError: Java heap space\n"
                  "\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n"
                  "\tat org.apache.nifi.processors.standard.SplitText.generateSplitFlowFiles(SplitText.java:%d)" % (hexs(R, 4), hexs(R, 12), R.randint(300, 340)))
    return nf(R, "ERROR", "Timer-Driven Process Thread-%d" % R.randint(1, 40), "o.a.n.c.t.ContinuallyRunProcessorTask", "Administratively yielding SplitText[id=c1e0e7a2-0190-1000-%s-%s] due to uncaught Exception: java.lang.OutOfMemoryError: Java heap space" % (hexs(R, 4), hexs(R, 12)))


def nifi_negs():
    def n_archive(R):
        return nf(R, "INFO", "FileSystemRepository Workers Thread-%d" % R.randint(1, 4), "o.a.n.c.repository.FileSystemRepository", "Successfully archived %d Resource Claims for Container default in %d millis" % (R.randint(1, 900), R.randint(1, 400)))

    def n_checkpoint(R):
        return nf(R, "INFO", "Checkpoint FlowFile Repository", "o.a.n.c.r.WriteAheadFlowFileRepository", "Successfully checkpointed FlowFile Repository with %d records in %d milliseconds" % (R.randint(0, 90000), R.randint(1, 900)))

    def n_initcp(R):
        return nf(R, "INFO", "Checkpoint FlowFile Repository", "o.a.n.c.r.WriteAheadFlowFileRepository", "Initiating checkpoint of FlowFile Repository (%d swap locations)" % R.randint(0, 3))

    def n_rollover(R):
        return nf(R, "INFO", "Provenance Repository Rollover Thread-%d" % R.randint(1, 3), "o.a.n.p.store.WriteAheadStorePartition", "Successfully rolled over Event Writer for Provenance Event Store Partition[directory=/data/nifi/provenance_repository] due to MAX_TIME_REACHED. Event File was %d.%d MB and contained %d events." % (R.randint(0, 90), R.randint(0, 9), R.randint(100, 90000)))

    def n_sched(R):
        return nf(R, "INFO", "Timer-Driven Process Thread-%d" % R.randint(1, 40), "o.a.n.c.s.StandardProcessScheduler", "%s %s[id=c1e0%s-0190-1000-%s-%s]" % (pick(R, ["Starting", "Stopping", "Started"]), pick(R, ["ListSFTP", "FetchSFTP", "ConvertRecord", "PutDatabaseRecord", "InvokeHTTP", "PutS3Object", "ValidateRecord"]), hexs(R, 4), hexs(R, 4), hexs(R, 12)))

    def n_archwait(R):
        return nf(R, "WARN", "Timer-Driven Process Thread-%d" % R.randint(1, 40), "o.a.n.c.repository.FileSystemRepository", "Unable to write to container default due to archive file size constraints; waiting for archive cleanup. Total number of files currently archived = %d" % R.randint(100, 9000))

    def n_invalid(R):
        return nf(R, "WARN", tdp(R), "o.a.n.p.standard.ValidateRecord", "ValidateRecord[id=c1e0c111-0190-1000-%s-%s] %d of %d records in %s were invalid (negative or non-numeric value_kwh) and were routed to 'invalid'" % (hexs(R, 4), hexs(R, 12), R.randint(1, 12), R.randint(2000, 90000), "MSP_READS_%s.csv" % digits(R, 8)))

    def n_404(R):
        return nf(R, "INFO", tdp(R), "o.a.n.p.standard.RouteOnAttribute", "RouteOnAttribute[id=c1e0d400-0190-1000-%s-%s] routed %s to 'unknown_metering_point' (datahub invokehttp.status.code=404, metering point 735999%s not assigned to brackwater)" % (hexs(R, 4), hexs(R, 12), uuid(R), digits(R, 12)))

    def n_retry(R):
        return nf(R, "WARN", tdp(R), "o.a.nifi.processors.aws.s3.PutS3Object", "PutS3Object[id=c1e0f010-0190-1000-%s-%s] Failed to put %s to Amazon S3 due to SdkClientException: Unable to execute HTTP request: Read timed out; penalizing, retry %d succeeded" % (hexs(R, 4), hexs(R, 12), uuid(R), R.randint(1, 2)))

    def n_heartbeat(R):
        c = R.randint(1906502400000, 1908900000000)
        return nf(R, "INFO", "Clustering Tasks Thread-%d" % R.randint(1, 3), "o.a.n.c.c.ClusterProtocolHeartbeater", "Heartbeat created at %d and sent to brk-nifi-%d.int.brackwater.example:11443 at %d; determining Cluster Coordinator took %d millis; DNS lookup for coordinator took 0 millis; connecting to coordinator took %d millis; sending heartbeat took %d millis; receiving response took %d millis" % (c, R.randint(1, 3), c + R.randint(1, 60), R.randint(0, 9), R.randint(0, 9), R.randint(0, 9), R.randint(1, 40)))

    def n_dup(R):
        return nf(R, "INFO", tdp(R), "o.a.n.p.standard.DetectDuplicate", "DetectDuplicate[id=c1e0a777-0190-1000-%s-%s] %s routed to 'duplicate' (file MSP_READS_%s.csv already ingested, cache entry %s)" % (hexs(R, 4), hexs(R, 12), uuid(R), digits(R, 8), hexs(R, 40)))

    def n_web(R):
        return nf(R, "INFO", "main", "org.apache.nifi.web.server.JettyServer", pick(R, ["Started Server on https://brk-nifi-%d.int.brackwater.example:8443/nifi" % R.randint(1, 3), "NiFi has started. The UI is available at the following URLs:", "Loading Flow..."]))

    def n_bulletin(R):
        return nf(R, "DEBUG", tdp(R), "o.a.n.p.standard.PutDatabaseRecord", "PutDatabaseRecord[id=c1e0c2d7-0190-1000-%s-%s] inserted %d records into mdm.raw_interval_read (errors=0)" % (hexs(R, 4), hexs(R, 12), R.randint(100, 90000)))

    return [n_archive, n_checkpoint, n_initcp, n_rollover, n_sched, n_archwait, n_invalid, n_404, n_retry, n_heartbeat, n_dup, n_web, n_bulletin]


def nifi(R):
    return build(R, N1, [("msp-sftp-password-rotated", e_sftp), ("msp-v3-quality-flag-unmapped-column", e_column),
                         ("content-repo-volume-shared-with-provenance-full", e_disk), ("datahub-new-ca-not-in-truststore", e_datahub),
                         ("splittext-backfill-heap-oom", e_oom, 8)], nifi_negs())


FAMILIES = {I1: hist, N1: nifi}
