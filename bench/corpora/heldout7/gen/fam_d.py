"""Families: trino-druid-solr-neo4j, schema-migrations."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- trino-druid-solr-neo4j
F1 = "trino-druid-solr-neo4j"


def qid(R):
    return "2026120%d_%02d%02d%02d_%05d_%s" % (day(R), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 99999), lower(R, 5))


def tlog(R, level, thread, logger, msg):
    return "%s\t%s\t%s\t%s\t%s" % (iso(R, 3), level, thread, logger, msg)


def dts(R):
    return "2026-12-%02dT%s,%s" % (day(R), hms(R), ms(R))


def slog(R, level, thread, mdc, logger, msg):
    return "%s %s (%s) [%s] %s %s" % (spc(R, 3), level, thread, mdc, logger, msg)


def core(R, coll, shard=None):
    s = shard or "shard%d" % R.randint(1, 4)
    n = R.randint(1, 12)
    return "c:%s s:%s r:core_node%d x:%s_%s_replica_n%d" % (coll, s, n, coll, s, n - 1 if n > 1 else 1)


def nts(R):
    return "%s+0000" % spc(R, 3)


def g_trino_hms(R):
    q = qid(R)
    return "\n".join([
        tlog(R, "ERROR", "remote-task-callback-%d" % R.randint(1, 40), "io.trino.execution.StageStateMachine", "Stage %s.%d failed" % (q, R.randint(0, 6))),
        "io.trino.spi.TrinoException: Failed connecting to Hive metastore: [thrift://metastore.data.internal:9083]",
        "\tat io.trino.plugin.hive.metastore.thrift.ThriftHiveMetastore.getTable(ThriftHiveMetastore.java:%d)" % R.randint(280, 290),
        "\tat io.trino.plugin.hive.metastore.cache.CachingHiveMetastore.loadTable(CachingHiveMetastore.java:%d)" % R.randint(500, 520),
        "Caused by: org.apache.thrift.transport.TTransportException: java.net.SocketTimeoutException: Read timed out",
        "\t... %d more" % R.randint(30, 45),
    ])


def g_trino_s3(R):
    q = qid(R)
    return "\n".join([
        tlog(R, "ERROR", "SplitRunner-%d-%d" % (R.randint(1, 64), R.randint(100, 9000)), "io.trino.execution.executor.timesharing.TimeSharingTaskExecutor",
             "Error processing Split %s.%d.0.0-%d" % (q, R.randint(1, 4), R.randint(0, 900))),
        "io.trino.spi.TrinoException: Error opening Hive split s3://example-lake/events/dt=2026-12-%02d/part-%05d-%s.c000.zstd.parquet (offset=0, length=%d): Access Denied (Service: S3, Status Code: 403, Request ID: %s)" % (
            day(R), R.randint(0, 999), uuid(R), R.randint(10**6, 134217728), hexs(R, 16).upper()),
        "\tat io.trino.plugin.hive.parquet.ParquetPageSourceFactory.createPageSource(ParquetPageSourceFactory.java:%d)" % R.randint(320, 330),
    ])


def g_trino_startup(R):
    return "\n".join([
        tlog(R, "ERROR", "main", "io.trino.server.Server", "Configuration is invalid"),
        "==========",
        "",
        "Errors:",
        "",
        "1) Error: Configuration property 'hive.s3.aws-access-key-id' was not used",
        "",
        "2) Error: Configuration property 'hive.s3.endpoint' was not used",
        "",
        "2 errors",
        "==========",
    ])


def g_trino_exchange(R):
    return "\n".join([
        tlog(R, "ERROR", "exchange-sink-%d" % R.randint(1, 30), "io.trino.plugin.exchange.filesystem.FileSystemExchangeSink", "Failed to write exchange data for %s" % qid(R)),
        "software.amazon.awssdk.services.s3.model.S3Exception: Please reduce your request rate. (Service: S3, Status Code: 503, Request ID: %s)" % hexs(R, 16).upper(),
    ])


def g_druid_offset(R):
    p = R.randint(0, 11)
    a, b = sorted([R.randint(10**6, 10**9), R.randint(10**6, 10**9)])
    return "\n".join([
        "%s ERROR [task-runner-0-priority-0] org.apache.druid.indexing.seekablestream.SeekableStreamIndexTaskRunner - Encountered exception in run() before persisting." % dts(R),
        "org.apache.druid.java.util.common.ISE: Starting sequenceNumber [%d] is no longer available for partition [%d] (earliest: [%d]) and resetOffsetAutomatically is not enabled" % (a, p, b),
        "\tat org.apache.druid.indexing.kafka.IncrementalPublishingKafkaIndexTaskRunner.possiblyResetOffsetsOrWait(IncrementalPublishingKafkaIndexTaskRunner.java:%d) ~[?:?]" % R.randint(150, 160),
    ])


def g_druid_segment(R):
    d, h = day(R), R.randint(0, 22)
    seg = "clickstream_2026-12-%02dT%02d:00:00.000Z_2026-12-%02dT%02d:00:00.000Z_2026-12-%02dT%s.%sZ" % (d, h, d, h + 1, d, hms(R), ms(R))
    return "%s ERROR [ZKCoordinator--%d] org.apache.druid.server.coordination.SegmentLoadDropHandler - Failed to load segment for dataSource: {class=org.apache.druid.server.coordination.SegmentLoadDropHandler, exceptionType=class org.apache.druid.segment.loading.SegmentLoadingException, exceptionMessage=Failed to load segment %s in all locations., segment=%s}" % (
        dts(R), R.randint(0, 9), seg, seg)


def g_druid_meta(R):
    return "\n".join([
        "%s ERROR [main] org.apache.druid.metadata.SQLMetadataConnector - Exception creating table" % dts(R),
        "org.skife.jdbi.v2.exceptions.UnableToObtainConnectionException: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after %dms." % pick(R, [30000, 30001, 30004]),
        "\tat org.skife.jdbi.v2.DBI.open(DBI.java:%d) ~[jdbi-2.63.1.jar:2.63.1]" % 230,
    ])


def g_druid_timeout(R):
    return "%s ERROR [qtp%d-%d] org.apache.druid.server.QueryResource - Exception handling request: {class=org.apache.druid.server.QueryResource, exceptionType=class org.apache.druid.query.QueryTimeoutException, exceptionMessage=Query [%s] timed out!, query={\"queryType\":\"groupBy\",\"dataSource\":\"clickstream\"}, peer=%s}" % (
        dts(R), R.randint(10**8, 10**9), R.randint(100, 300), uuid(R), ip10(R))


def g_solr_recovery(R):
    c = core(R, "orders", "shard2")
    rep = c.split("x:")[1]
    return slog(R, "ERROR", "recoveryExecutor-%d-thread-%d-processing-%s:8983_solr %s" % (R.randint(1, 20), R.randint(1, 8), ip10(R), c), c,
                "o.a.s.c.RecoveryStrategy", "Error while trying to recover. core=%s:org.apache.solr.common.SolrException: No registered leader was found after waiting for 4000ms , collection: orders slice: shard2 saw state=DocCollection(orders//collections/orders/state.json/%d)" % (rep, R.randint(100, 9000)))


def g_solr_zk(R):
    return "\n".join([
        slog(R, "ERROR", "zkCallback-%d-thread-%d" % (R.randint(1, 20), R.randint(1, 40)), " ", "o.a.s.c.ZkController", "There was a problem finding the leader in zk"),
        "org.apache.zookeeper.KeeperException$SessionExpiredException: KeeperErrorCode = Session expired for /collections/%s/leaders/shard%d/leader" % (pick(R, ["orders", "products"]), R.randint(1, 4)),
        "\tat org.apache.zookeeper.KeeperException.create(KeeperException.java:%d) ~[?:?]" % pick(R, [133, 134]),
    ])


def g_solr_commit(R):
    return "\n".join([
        slog(R, "ERROR", "commitScheduler-%d-thread-1" % R.randint(1, 40), core(R, "applogs"), "o.a.s.u.CommitTracker", "auto commit error...:java.io.IOException: No space left on device"),
        "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
        "\tat org.apache.lucene.store.FSDirectory$FSIndexOutput$1.write(FSDirectory.java:%d)" % pick(R, [416, 417]),
    ])


def g_solr_oom(R):
    return "Running OOM killer script for process %d for Solr on port 8983\nKilled process %d" % ((lambda p: (p, p))(R.randint(100, 90000)))


def g_solr_schema(R):
    return slog(R, "ERROR", "coreContainerWorkExecutor-%d-thread-1-processing-%s:8983_solr" % (R.randint(1, 4), ip10(R)), " x:catalog", "o.a.s.c.CoreContainer",
                "Error creating core [catalog]: Could not load conf for core catalog: Can't load schema managed-schema.xml: Unknown fieldType 'pdates' specified on field published_at")


def g_neo_lock(R):
    return "\n".join([
        "%s ERROR Failed to start Neo4j on 0.0.0.0:7474." % nts(R),
        "java.lang.RuntimeException: Error starting Neo4j database server at /data/databases",
        "\tat org.neo4j.graphdb.facade.DatabaseManagementServiceFactory.startDatabaseServer(DatabaseManagementServiceFactory.java:%d) ~[neo4j-5.26.1.jar:5.26.1]" % R.randint(220, 230),
        "Caused by: org.neo4j.kernel.lifecycle.LifecycleException: Component 'org.neo4j.kernel.internal.locker.LockerLifecycleAdapter@%s' was successfully initialized, but failed to start. Please see the attached cause exception \"Lock file has been locked by another process: /data/databases/store_lock. Please ensure no other process is using this database, and that the directory is writable (required even for read-only access)\"." % hexs(R, 8),
    ])


def g_neo_ckpt(R):
    return "\n".join([
        "%s ERROR [o.n.k.i.t.l.c.CheckPointerImpl] [graph/%s] Checkpoint failed" % (nts(R), hexs(R, 8)),
        "java.io.IOException: No space left on device",
        "\tat java.base/sun.nio.ch.FileDispatcherImpl.pwrite0(Native Method)",
        "\tat org.neo4j.io.pagecache.impl.muninn.MuninnPagedFile.flushLockedPage(MuninnPagedFile.java:%d) ~[neo4j-io-5.26.1.jar:5.26.1]" % R.randint(370, 380),
    ])


def g_neo_cluster(R):
    return "%s ERROR [c.n.c.d.ResolutionResolverFactory] Failed to resolve discovery endpoints for neo4j-core-%d.graph.internal:%d: Name or service not known (attempt %d)" % (nts(R), R.randint(0, 2), 6000, R.randint(1, 90))


def n_trino(R):
    q = qid(R)
    return pick(R, [
        tlog(R, "INFO", "main", "io.trino.server.Server", "======== SERVER STARTED ========"),
        tlog(R, "INFO", "main", "io.trino.connector.StaticCatalogManager", "-- Added catalog %s using connector %s --" % (pick(R, ["lake", "pg_orders", "iceberg"]), pick(R, ["hive", "postgresql", "iceberg"]))),
        tlog(R, "INFO", "dispatcher-query-%d" % R.randint(1, 90), "io.trino.event.QueryMonitor", "TIMELINE: Query %s :: FINISHED :: elapsed %dms :: planning %dms :: waiting %dms :: scheduling %dms :: running %dms :: finishing %dms :: begin %s :: end %s" % (q, R.randint(10, 90000), R.randint(1, 900), R.randint(0, 900), R.randint(1, 900), R.randint(1, 90000), R.randint(0, 90), iso(R, 3), iso(R, 3))),
        tlog(R, "INFO", "dispatcher-query-%d" % R.randint(1, 90), "io.trino.event.QueryMonitor", "TIMELINE: Query %s :: FAILED (%s) :: elapsed %dms :: planning %dms :: waiting 0ms :: scheduling 0ms :: running 0ms :: finishing 0ms :: begin %s :: end %s" % (q, pick(R, ["SYNTAX_ERROR", "TABLE_NOT_FOUND", "COLUMN_NOT_FOUND", "USER_CANCELED"]), R.randint(1, 900), R.randint(0, 90), iso(R, 3), iso(R, 3))),
        tlog(R, "INFO", "Gc", "io.airlift.stats.JmxGcMonitor", "Major GC: application %dms, stopped %dms: %.2fGB -> %.2fGB" % (R.randint(1, 90000), R.randint(10, 900), R.uniform(20, 60), R.uniform(5, 20))),
    ])


def n_trino_warn(R):
    return pick(R, [
        tlog(R, "WARN", "http-worker-%d" % R.randint(1, 900), "io.trino.server.remotetask.RequestErrorTracker", "Error getting info for task %s.%d.0.0: java.net.SocketTimeoutException: timeout: http://%s:8080/v1/task/%s.%d.0.0 (retrying, 0 failures so far)" % ((lambda q, s: (q, s, ip10(R), q, s))(qid(R), R.randint(0, 4)))),
        tlog(R, "WARN", "node-state-poller-0", "io.trino.metadata.RemoteNodeState", "Node state update request to http://%s:8080/v1/info/state has not returned in %.2fs" % (ip10(R), R.uniform(10, 30))),
    ])


def n_druid(R):
    return pick(R, [
        "%s INFO [main] org.apache.druid.cli.CliPeon - Starting up with processors [%d], memory [%d], maxMemory [%d]." % (dts(R), pick(R, [4, 8, 16]), R.randint(10**9, 8 * 10**9), R.randint(10**9, 8 * 10**9)),
        "%s INFO [task-runner-0-priority-0] org.apache.druid.indexing.worker.executor.ExecutorLifecycle - Task completed with status: {\n  \"id\" : \"index_kafka_clickstream_%s_%s\",\n  \"status\" : \"SUCCESS\",\n  \"duration\" : %d,\n  \"errorMsg\" : null,\n  \"location\" : {\n    \"host\" : null,\n    \"port\" : -1,\n    \"tlsPort\" : -1\n  }\n}" % (dts(R), hexs(R, 15), lower(R, 8), R.randint(10**5, 10**7)),
        "%s INFO [Coordinator-Exec--0] org.apache.druid.server.coordinator.duty.BalanceSegments - Moved %d segment(s) in tier [_default_tier], 0 errors." % (dts(R), R.randint(0, 90)),
        "%s WARN [HttpClient-Netty-Worker-%d] org.apache.druid.java.util.http.client.pool.ResourcePool - Resource at key[http://%s:8100] was returned multiple times?" % (dts(R), R.randint(0, 40), ip10(R)),
        "%s WARN [KafkaSupervisor-clickstream] org.apache.druid.indexing.seekablestream.supervisor.SeekableStreamSupervisor - Lag metric: Kafka partitions %s do not match task partitions [] (retrying after error)" % (dts(R), list(range(R.randint(1, 4)))),
    ])


def n_solr(R):
    c = pick(R, ["orders", "products", "applogs"])
    return pick(R, [
        slog(R, "INFO", "qtp%d-%d" % (R.randint(10**8, 10**9), R.randint(10, 99)), core(R, c), "o.a.s.c.S.Request", "webapp=/solr path=/select params={q=%s&rows=%d&wt=javabin&version=2} hits=%d status=0 QTime=%d" % (pick(R, ["*:*", "sku:A*", "status:error"]), pick(R, [10, 20, 100]), R.randint(0, 10**6), R.randint(0, 900))),
        slog(R, "INFO", "qtp%d-%d" % (R.randint(10**8, 10**9), R.randint(10, 99)), core(R, c), "o.a.s.c.S.Request", "webapp=/solr path=/select params={q=price_eur:[0+TO+10]} status=400 QTime=%d" % R.randint(0, 20)),
        slog(R, "INFO", "commitScheduler-%d-thread-1" % R.randint(1, 40), core(R, c), "o.a.s.u.DirectUpdateHandler2", "start commit{,optimize=false,openSearcher=false,waitSearcher=true,expungeDeletes=false,softCommit=false,prepareCommit=false}"),
        slog(R, "INFO", "recoveryExecutor-%d-thread-1" % R.randint(1, 20), core(R, c), "o.a.s.c.RecoveryStrategy", "Finished recovery process, successful=[true] msTimeTaken=%d" % R.randint(100, 90000)),
        slog(R, "WARN", "searcherExecutor-%d-thread-1" % R.randint(1, 40), core(R, c), "o.a.s.c.SolrCore", "[%s_shard1_replica_n1] PERFORMANCE WARNING: Overlapping onDeckSearchers=2" % c),
    ])


def n_neo(R):
    return pick(R, [
        "%s INFO  Started." % nts(R),
        "%s INFO  Bolt enabled on 0.0.0.0:7687." % nts(R),
        "%s INFO  Remote interface available at http://graph-%d.graph.internal:7474/" % (nts(R), R.randint(0, 2)),
        "%s INFO  [o.n.k.i.t.l.c.CheckPointerImpl] [graph/%s] Checkpoint triggered by \"Scheduled checkpoint for every 15 minutes threshold\" @ txId: %d, append index: %d checkpoint completed in %dms. Checkpoint flushed %d pages (%d%% of total available pages), in %d IOs." % (
            nts(R), hexs(R, 8), R.randint(10**5, 10**8), R.randint(10**5, 10**8), R.randint(10, 9000), R.randint(0, 90000), R.randint(0, 30), R.randint(0, 9000)),
        "%s WARN  [o.n.k.i.c.VmPauseMonitorComponent] Detected VM stop-the-world pause: {pauseTime=%d, gcTime=%d, gcCount=1}" % (nts(R), R.randint(200, 3000), R.randint(150, 2900)),
        "%s WARN  [o.n.b.t.p.ProtocolHandshaker] Unsupported connection type: 'HTTP'. Bolt protocol only operates over a TCP connection or WebSocket. (client %s:%d)" % (nts(R), ip10(R), port(R)),
    ])


def trino_druid_solr_neo4j(R):
    groups = [
        ("trino-stage-failed-hive-metastore-timeout", g_trino_hms),
        ("trino-split-s3-access-denied", g_trino_s3),
        ("trino-startup-unused-config-properties", g_trino_startup),
        ("trino-exchange-sink-s3-slowdown", g_trino_exchange),
        ("druid-kafka-offset-no-longer-available", g_druid_offset),
        ("druid-historical-segment-load-failed", g_druid_segment),
        ("druid-metadata-store-connection-timeout", g_druid_meta),
        ("druid-broker-query-timeout", g_druid_timeout),
        ("solr-orders-recovery-no-leader", g_solr_recovery),
        ("solr-zk-session-expired-leader", g_solr_zk),
        ("solr-applogs-auto-commit-no-space", g_solr_commit),
        ("solr-oom-killer", g_solr_oom),
        ("solr-catalog-core-unknown-fieldtype", g_solr_schema),
        ("neo4j-store-lock-failed-start", g_neo_lock),
        ("neo4j-checkpoint-no-space", g_neo_ckpt),
        ("neo4j-discovery-resolve-failed", g_neo_cluster),
    ]
    negs = [n_trino, n_trino_warn, n_druid, n_solr, n_neo]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- schema-migrations
F2 = "schema-migrations"


def fw_failed(R, script, state, msg, line, stmt):
    return "\n".join([
        "ERROR: Migration %s failed" % script,
        "-" * (len(script) + 17),
        "SQL State  : %s" % state,
        "Error Code : 0",
        "Message    : %s" % msg,
        "Location   : db/migration/%s (/flyway/sql/%s)" % (script, script),
        "Line       : %d" % line,
        "Statement  : %s" % stmt,
        "",
    ]).rstrip("\n")


def sbts(R):
    return "%s  ERROR 1 --- [%s] [           main] o.s.boot.SpringApplication               : Application run failed" % (iso(R, 3), pick(R, ["orders", "orders"]))


def alog(R, level, mod, msg):
    return "%-5s [%s] %s" % (level, mod, msg)


def g_fw_fk(R):
    cid = R.randint(1000, 999999)
    return fw_failed(R, "V43__add_orders_customer_fk.sql", "23503",
                     'ERROR: insert or update on table "orders" violates foreign key constraint "fk_orders_customer"\n  Detail: Key (customer_id)=(%d) is not present in table "customers".' % cid,
                     3, "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)")


def g_fw_lock(R):
    return fw_failed(R, "V51__backfill_order_status.sql", "55P03", "ERROR: canceling statement due to lock timeout\n  Where: while updating tuple (%d,%d) in relation \"orders\"" % (R.randint(1, 90000), R.randint(1, 90)),
                     R.randint(2, 4), "UPDATE orders SET status = 'PENDING' WHERE status IS NULL")


def g_fw_checksum(R):
    a, b = 1482261937, R.randint(-2**31, 2**31)
    return "\n".join([
        "ERROR: Validate failed: Migrations have failed validation",
        "Migration checksum mismatch for migration version 38",
        "-> Applied to database : %d" % a,
        "-> Resolved locally    : %d" % b,
        "Either revert the changes to the migration, or run repair to update the schema history.",
        "Need more flexibility with validation rules? Learn more: https://rd.gt/3AbJUZE",
    ])


def g_fw_conn(R):
    return "\n".join([
        "ERROR: Unable to obtain connection from database (jdbc:postgresql://orders-db.cluster-c9x2k4example.us-east-1.rds.amazonaws.com:5432/orders) for user 'flyway': Connection to orders-db.cluster-c9x2k4example.us-east-1.rds.amazonaws.com:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
        "-" * 90,
        "SQL State  : 08001",
        "Error Code : 0",
        "Message    : Connection to orders-db:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
        "",
        "Caused by: java.net.ConnectException: Connection refused (attempt %d of %d)" % (R.randint(1, 10), 10),
    ])


def g_fw_baseline(R):
    return 'ERROR: Found non-empty schema(s) "%s" but no schema history table. Use baseline() or set baselineOnMigrate to true to initialize the schema history table.' % pick(R, ["public", "billing", "audit", "ledger", "inventory", "reporting", "catalog", "shipping"])


def g_spring_fw(R):
    return "\n".join([
        sbts(R),
        "",
        "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Validate failed: Migrations have failed validation",
        "Detected resolved migration not applied to database: 7.1.",
        "To ignore this migration, set -ignoreMigrationPatterns='*:ignored'. To allow executing this migration, set -outOfOrder=true.",
        "\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:%d) ~[spring-beans-6.1.%d.jar!/:6.1.%d]" % (R.randint(1800, 1810), R.randint(10, 15), R.randint(10, 15)),
        "Caused by: org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation",
    ])


def g_lb_column(R):
    return "\n".join([
        "[2026-12-%02d %s] SEVERE [liquibase.integration] Migration failed for changeset db/changelog/2026/12-ledger.yaml::1764800000-4::platform:" % (day(R), hms(R)),
        '     Reason: liquibase.exception.DatabaseException: ERROR: column "amount_cents" of relation "ledger_entries" already exists [Failed SQL: (0) ALTER TABLE public.ledger_entries ADD amount_cents BIGINT]',
        "ERROR: Exception Primary Class:  PSQLException",
        'ERROR: Exception Primary Reason:  ERROR: column "amount_cents" of relation "ledger_entries" already exists',
        "ERROR: Exception Primary Source:  PostgreSQL 16.%d" % R.randint(1, 6),
    ])


def g_lb_lock(R):
    h = ip10(R)
    return "Unexpected error running Liquibase: Could not acquire change log lock.  Currently locked by ip-%s.ec2.internal (%s) since 12/%d/26, %d:%02d %s" % (
        h.replace(".", "-"), h, day(R), R.randint(1, 12), R.randint(0, 59), pick(R, ["AM", "PM"]))


def g_lb_checksum(R):
    return "\n".join([
        "Validation Failed:",
        "     1 changesets check sum",
        "          db/changelog/2026/11-invoices.yaml::1763000000-2::platform was: 9:7d1f0c3b5a29e84f6c0b1d2e3f4a5b6c but is now: 9:%s" % hexs(R, 32),
    ])


def g_lb_parse(R):
    ln = R.randint(18, 24)
    return "Unexpected error running Liquibase: Error parsing db/changelog/2026/12-ledger.yaml : mapping values are not allowed here\n in 'reader', line %d, column %d:\n            type: BIGINT: NOT NULL\n                        ^" % (ln, R.randint(20, 30))


def g_alembic_missing(R):
    a, b = hexs(R, 12), hexs(R, 12)
    return "\n".join([
        alog(R, "INFO", "alembic.runtime.migration", "Running upgrade %s -> %s, add invoice status" % (a, b)),
        "Traceback (most recent call last):",
        '  File "/app/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py", line 1967, in _exec_single_context',
        "    self.dialect.do_execute(",
        "psycopg2.errors.UndefinedTable: relation \"invoice\" does not exist",
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "sqlalchemy.exc.ProgrammingError: (psycopg2.errors.UndefinedTable) relation \"invoice\" does not exist",
        "[SQL: ALTER TABLE invoice ADD COLUMN status VARCHAR(20) DEFAULT 'draft' NOT NULL]",
        "(Background on this error at: https://sqlalche.me/e/20/f405)",
    ])


def g_alembic_heads(R):
    return "\n".join([
        "%s,%s ERROR [billing.migrate] alembic upgrade failed at startup" % (spc(R, 0), ms(R)),
        "Traceback (most recent call last):",
        '  File "/app/billing/migrate.py", line %d, in run_migrations' % pick(R, [22, 23]),
        '    command.upgrade(cfg, "head")',
        '  File "/app/.venv/lib/python3.12/site-packages/alembic/command.py", line 406, in upgrade',
        "    script.run_env()",
        "alembic.util.exc.CommandError: Multiple head revisions are present for given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads",
    ])


def g_alembic_locate(R):
    return "FAILED: Can't locate revision identified by '%s'" % hexs(R, 12)


def gots(R):
    return "2026/12/%02d %s" % (day(R), hms(R))


def g_migrate_dirty(R):
    return "%s error: Dirty database version 2026120%d%02d%02d00. Fix and force version." % (gots(R), R.randint(1, 4), R.randint(0, 23), R.randint(0, 59))


def g_migrate_syntax(R):
    return gots(R) + ' error: migration failed: syntax error at or near "TABLEE" (column 8) in line 1: CREATE TABLEE IF NOT EXISTS sessions (id UUID PRIMARY KEY, user_id BIGINT NOT NULL, expires_at TIMESTAMPTZ NOT NULL); (details: pq: syntax error at or near "TABLEE")'


def g_atlas_unique(R):
    v = "2026120%d%06d" % (R.randint(1, 4), R.randint(0, 235959))
    return "\n".join([
        "Migrating to version %s from %s (1 migrations in total):" % (v, "2026112%d%06d" % (R.randint(0, 9), R.randint(0, 235959))),
        "",
        "  -- migrating version %s" % v,
        "    -> CREATE UNIQUE INDEX \"users_email_key\" ON \"public\".\"users\" (\"email\");",
        "    pq: could not create unique index \"users_email_key\"",
        "",
        "  -------------------------",
        "  -- %.3fms" % R.uniform(1, 900),
        "  -- 0 migrations ok (1 with errors)",
        "  -- 0 sql statements ok (1 with errors)",
        "Error: sql/migrate: executing statement \"CREATE UNIQUE INDEX \\\"users_email_key\\\" ON \\\"public\\\".\\\"users\\\" (\\\"email\\\");\" from version \"%s\": pq: could not create unique index \"users_email_key\"" % v,
    ])


def g_atlas_lint(R):
    v = "2026120%d%06d" % (R.randint(1, 4), R.randint(0, 235959))
    return "\n".join([
        "Analyzing changes from version %s to %s (1 migration in total):" % ("2026112%d%06d" % (R.randint(0, 9), R.randint(0, 235959)), v),
        "",
        "  -- analyzing version %s" % v,
        "    -- destructive changes detected:",
        "      -- L%d: Dropping non-virtual column \"legacy_sku\" https://atlasgo.io/lint/analyzers#DS103" % R.randint(1, 9),
        "    -- suggested fix:",
        "      -> Add a pre-migration check to ensure column \"legacy_sku\" is NULL before dropping it",
        "",
        "  -------------------------",
        "  -- 1 version with errors",
        "  -- 1 schema change",
        "  -- 1 diagnostic",
        "Error: destructive changes detected",
    ])


def ghts(R, lines):
    """GitHub Actions raw-log lines: each prefixed with its own 7-digit-fraction timestamp."""
    t = "2026-12-%02dT%s" % (day(R), hms(R))
    stamps = sorted(R.randint(0, 9999999) for _ in lines)
    return "\n".join("%s.%07dZ %s" % (t, f, l) for f, l in zip(stamps, lines))


def g_sqitch(R):
    return ghts(R, [
        "Deploying changes to db:pg://sqitch@billing-db.internal/billing",
        "  + add_currency_table ........ ok",
        '  + add_invoice_currency_fk ... psql:deploy/add_invoice_currency_fk.sql:4: ERROR:  relation "currency" does not exist',
        "not ok",
        '"psql" unexpectedly returned exit value 3',
        "Reverting all changes",
        "  - add_currency_table .. ok",
        "Deploy failed",
    ])


def n_flyway(R):
    v = R.randint(30, 60)
    return pick(R, [
        "Flyway OSS Edition 10.%d.%d by Redgate" % (R.randint(15, 22), R.randint(0, 3)),
        "Database: jdbc:postgresql://orders-db.cluster-%s.us-east-1.rds.amazonaws.com:5432/orders (PostgreSQL 16.%d)" % (lower(R, 12), R.randint(1, 6)),
        "Successfully validated %d migrations (execution time 00:00.%03ds)" % (v, R.randint(1, 999)),
        'Current version of schema "public": %d' % v,
        'Migrating schema "public" to version "%d - %s"' % (v, pick(R, ["add order index", "create refunds", "drop legacy views"])),
        'Successfully applied %d migration%s to schema "public", now at version v%d (execution time 00:%02d.%03ds)' % ((lambda k: (k, "s" if k > 1 else "", v, R.randint(0, 59), R.randint(0, 999)))(R.randint(1, 3))),
        'Schema "public" is up to date. No migration necessary.',
    ]) + " " * R.randint(0, 1)


def n_flyway_warn(R):
    return pick(R, [
        'WARNING: DB: relation "idx_orders_created_at" already exists, skipping (SQL State: 42P07 - Error Code: 0)',
        'WARNING: DB: extension "pgcrypto" already exists, skipping (SQL State: 42710 - Error Code: 0)',
        "WARNING: Flyway upgrade recommended: Flyway 10.%d.0 is available for upgrade" % R.randint(20, 22),
        'WARNING: DB: table "tmp_backfill_%d" does not exist, skipping (SQL State: 00000 - Error Code: 0)' % R.randint(1, 99),
    ])


def n_liquibase(R):
    return pick(R, [
        "Starting Liquibase at %s using Java 21.0.%d (version 4.29.%d #%d built at 2024-%02d-%02d %s+0000)" % (hms(R), R.randint(1, 5), R.randint(0, 2), R.randint(3000, 4000), R.randint(1, 12), R.randint(1, 28), hms(R)),
        "Liquibase Version: 4.29.%d" % R.randint(0, 2),
        "Running Changeset: db/changelog/2026/%02d-%s.yaml::%d-%d::platform" % (R.randint(1, 12), pick(R, ["ledger", "invoices", "audit"]), R.randint(1760000000, 1765000000), R.randint(1, 9)),
        "Waiting for changelog lock....",
        "Successfully acquired change log lock",
        "Successfully released change log lock",
        "UPDATE SUMMARY\nRun:                          %d\nPreviously run:             %d\nFiltered out:                 0\n-------------------------------\nTotal change sets:          %d" % ((lambda a, b: (a, b, a + b))(R.randint(0, 9), R.randint(10, 300))),
        "Liquibase command 'update' was executed successfully.",
        "Liquibase: Update has been successful. Rows affected: %d" % R.randint(0, 9000),
    ])


def n_alembic(R):
    return pick(R, [
        alog(R, "INFO", "alembic.runtime.migration", "Context impl PostgresqlImpl."),
        alog(R, "INFO", "alembic.runtime.migration", "Will assume transactional DDL."),
        alog(R, "INFO", "alembic.runtime.migration", "Running upgrade %s -> %s, %s" % (hexs(R, 12), hexs(R, 12), pick(R, ["add refunds table", "index payments.created_at", "rename error_code column"]))),
        alog(R, "INFO", "alembic.autogenerate.compare", "Detected added column 'invoices.error_count'"),
        alog(R, "INFO", "alembic.runtime.migration", "Running stamp_revision  -> %s" % hexs(R, 12)),
    ])


def n_migrate(R):
    v = "2026120%d%06d" % (R.randint(1, 4), R.randint(0, 235959))
    return gots(R) + " " + pick(R, [
        "%s/u %s (%.4fms)" % (v, pick(R, ["create_sessions", "add_user_locale", "drop_old_tokens"]), R.uniform(1, 900)),
        "no change",
        "%s/d %s (%.4fms)" % (v, pick(R, ["create_sessions", "add_user_locale"]), R.uniform(1, 900)),
        "Start buffering %s/u %s" % (v, pick(R, ["create_sessions", "add_user_locale"])),
    ])


def n_atlas(R):
    v = "2026120%d%06d" % (R.randint(1, 4), R.randint(0, 235959))
    return pick(R, [
        "\n".join(["Migrating to version %s from %s (1 migrations in total):" % (v, "2026112%d%06d" % (R.randint(0, 9), R.randint(0, 235959))), "",
                   "  -- migrating version %s" % v, "    -> CREATE INDEX \"orders_created_at_idx\" ON \"public\".\"orders\" (\"created_at\");", "  -- ok (%.3fms)" % R.uniform(1, 900), "",
                   "  -------------------------", "  -- %.3fms" % R.uniform(1, 900), "  -- 1 migration", "  -- 1 sql statement"]),
        "\n".join(["Analyzing changes until version %s (1 migration in total):" % v, "", "  -- analyzing version %s" % v, "    -- no diagnostics found", "  -- ok (%dµs)" % R.randint(100, 9000), "",
                   "  -------------------------", "  -- %.3fms" % R.uniform(1, 90), "  -- 1 version ok", "  -- 1 schema change"]),
        "No migration files to execute (current version %s)" % v,
    ])


def n_ci(R):
    return pick(R, [
        "migrations: %d applied, 0 failed, 0 pending" % R.randint(0, 9),
        "+ flyway -configFiles=/flyway/conf/flyway.conf -url=jdbc:postgresql://orders-db:5432/orders -user=flyway migrate (attempt %d)" % R.randint(1, 2),
        "+ alembic upgrade head  # %s" % pick(R, ["billing-api", "reports-api", "auth"]),
        "+ liquibase --changelog-file=db/changelog/db.changelog-master.yaml update --log-level=%s" % pick(R, ["info", "warning"]),
        "+ migrate -path ./migrations -database \"$DATABASE_URL\" up",
        "sqitch deploy: %d changes deployed, 0 errors" % R.randint(0, 9),
        ghts(R, ["Deploying changes to db:pg://sqitch@billing-db.internal/billing", "  + add_currency_table ........ ok", "  + add_invoice_currency_fk ... ok"]),
    ])


def schema_migrations(R):
    groups = [
        ("flyway-v43-orders-customer-fk-violation", g_fw_fk),
        ("flyway-v51-backfill-lock-timeout", g_fw_lock),
        ("flyway-checksum-mismatch-v38", g_fw_checksum),
        ("flyway-orders-db-connection-refused", g_fw_conn, 6),
        ("flyway-non-empty-schema-no-history", g_fw_baseline),
        ("spring-flyway-initializer-unapplied-7-1", g_spring_fw),
        ("liquibase-ledger-amount-cents-exists", g_lb_column),
        ("liquibase-changelog-lock-held", g_lb_lock),
        ("liquibase-invoices-checksum-changed", g_lb_checksum),
        ("liquibase-ledger-yaml-parse-error", g_lb_parse),
        ("alembic-invoice-relation-missing", g_alembic_missing),
        ("alembic-multiple-heads", g_alembic_heads),
        ("alembic-cannot-locate-revision", g_alembic_locate),
        ("golang-migrate-dirty-version", g_migrate_dirty),
        ("golang-migrate-create-sessions-syntax", g_migrate_syntax),
        ("atlas-users-email-unique-index", g_atlas_unique),
        ("atlas-lint-destructive-drop-column", g_atlas_lint),
        ("sqitch-invoice-currency-fk-relation-missing", g_sqitch),
    ]
    negs = [n_flyway, n_flyway_warn, n_liquibase, n_alembic, n_migrate, n_atlas, n_ci]
    return build(R, F2, groups, negs)


FAMILIES = {F1: trino_druid_solr_neo4j, F2: schema_migrations}
