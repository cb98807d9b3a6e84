"""spark-glue-emr, opensearch, rabbitmq-activemq."""
import json
from common import *


# ---------------------------------------------------------------- spark-glue-emr
def sp(level, logger, d=None):
    d = d or t()
    return f"{d.strftime('%y/%m/%d %H:%M:%S')} {level} {logger}: "


def emrhost():
    return f"ip-10-{n(0, 31)}-{n(0, 255)}-{n(1, 254)}.ec2.internal"


def appid():
    return f"application_{n(1733100000, 1733299999)}{n(100, 999)}_{n(1, 400):04d}"


def yarn_killed():
    lim = pick([4, 8, 12, 16, 22]); used = round(lim + R.uniform(0.05, 0.9), 1)
    return (sp("ERROR", "YarnScheduler") + f"Lost executor {n(1, 80)} on {emrhost()}: Container killed by YARN for exceeding physical memory limits. "
            f"{used} GB of {lim} GB physical memory used. Consider boosting spark.executor.memoryOverhead.")


def task_abort():
    return sp("ERROR", "TaskSetManager") + f"Task {n(0, 399)} in stage {n(1, 60)}.0 failed 4 times; aborting job"


def jframes(frames):
    return "".join(f"\n\tat {c}({fl}:{ln(l)})" for c, fl, l in frames)


SPARK_WRITE = [("org.apache.spark.sql.errors.QueryExecutionErrors$.jobAbortedError", "QueryExecutionErrors.scala", 638),
               ("org.apache.spark.sql.execution.datasources.FileFormatWriter$.write", "FileFormatWriter.scala", 279),
               ("org.apache.spark.sql.execution.datasources.InsertIntoHadoopFsRelationCommand.run", "InsertIntoHadoopFsRelationCommand.scala", 186)]


def py4j_write():
    o = n(40, 400); bucket = pick(["acme-lake-prod", "acme-curated", "acme-analytics"])
    return ("Traceback (most recent call last):\n"
            f"  File \"/mnt/tmp/spark-{uid()}/etl_orders.py\", line {ln(88)}, in <module>\n"
            f"    daily.write.mode(\"overwrite\").partitionBy(\"dt\").parquet(f\"s3://{{bucket}}/orders/\")\n"
            f"  File \"/usr/lib/spark/python/lib/pyspark.zip/pyspark/sql/readwriter.py\", line 1721, in parquet\n"
            f"  File \"/usr/lib/spark/python/lib/py4j-0.10.9.7-src.zip/py4j/java_gateway.py\", line 1322, in __call__\n"
            f"  File \"/usr/lib/spark/python/lib/py4j-0.10.9.7-src.zip/py4j/protocol.py\", line 326, in get_return_value\n"
            f"py4j.protocol.Py4JJavaError: An error occurred while calling o{o}.parquet.\n"
            f": org.apache.spark.SparkException: [TASK_WRITE_FAILED] Task failed while writing rows to s3://{bucket}/orders/dt=2026-12-0{n(1, 3)}."
            + jframes(SPARK_WRITE))


def py4j_s3_denied():
    o = n(40, 400); bucket = pick(["acme-raw-events", "acme-partner-drop", "acme-clickstream"]); rid = alnum(16, "0123456789ABCDEF")
    return ("Traceback (most recent call last):\n"
            f"  File \"/mnt/tmp/spark-{uid()}/load_clicks.py\", line {ln(41)}, in main\n"
            f"    raw = spark.read.json(source_path)\n"
            f"  File \"/usr/lib/spark/python/lib/pyspark.zip/pyspark/sql/readwriter.py\", line 425, in json\n"
            f"  File \"/usr/lib/spark/python/lib/py4j-0.10.9.7-src.zip/py4j/protocol.py\", line 326, in get_return_value\n"
            f"py4j.protocol.Py4JJavaError: An error occurred while calling o{o}.json.\n"
            f": java.nio.file.AccessDeniedException: s3://{bucket}/{n(2026, 2026)}/12/0{n(1, 3)}/part-{n(0, 999):05d}.json.gz: getFileStatus on "
            f"s3://{bucket}/2026/12/: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; "
            f"Error Code: AccessDenied; Request ID: {rid}; S3 Extended Request ID: {alnum(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/')}=; Proxy: null)"
            + jframes([("com.amazon.ws.emr.hadoop.fs.s3n.Jets3tNativeFileSystemStore.retrieveMetadata", "Jets3tNativeFileSystemStore.java", 236),
                       ("com.amazon.ws.emr.hadoop.fs.s3n.S3NativeFileSystem.getFileStatus", "S3NativeFileSystem.java", 521)]))


def am_unresolved():
    col = pick(["cust_id", "order_ts", "amount_eur", "sku_code", "region_cd"])
    return (sp("ERROR", "ApplicationMaster") + f"User class threw exception: org.apache.spark.sql.AnalysisException: [UNRESOLVED_COLUMN.WITH_SUGGESTION] "
            f"A column or function parameter with name `{col}` cannot be resolved. Did you mean one of the following? [`customer_id`, `order_id`, `created_at`].; line 1 pos {n(7, 60)};"
            + jframes([("org.apache.spark.sql.errors.QueryCompilationErrors$.unresolvedAttributeError", "QueryCompilationErrors.scala", 307),
                       ("com.acme.jobs.DailyRevenue$.run", "DailyRevenue.scala", 57),
                       ("com.acme.jobs.DailyRevenue$.main", "DailyRevenue.scala", 21)]))


def executor_oom():
    return (sp("ERROR", "Executor") + f"Exception in task {n(0, 399)}.{n(0, 3)} in stage {n(1, 60)}.0 (TID {n(100, 20000)})\n"
            "java.lang.OutOfMemoryError: Java heap space"
            + jframes([("java.util.Arrays.copyOf", "Arrays.java", 3537),
                       ("org.apache.spark.unsafe.map.BytesToBytesMap.growAndRehash", "BytesToBytesMap.java", 917),
                       ("org.apache.spark.sql.execution.aggregate.HashAggregateExec.doExecute", "HashAggregateExec.scala", 131)]))


def event_drop():
    return (sp("ERROR", "AsyncEventQueue") + f"Dropping event from queue {pick(['appStatus', 'eventLog', 'executorManagement'])}. "
            "This likely means one of the listeners is too slow and cannot keep up with the rate at which tasks are being started by the scheduler.")


def app_failed():
    a = appid()
    return (f"Exception in thread \"main\" org.apache.spark.SparkException: Application {a} finished with failed status"
            + jframes([("org.apache.spark.deploy.yarn.Client.run", "Client.scala", 1342),
                       ("org.apache.spark.deploy.yarn.YarnClusterApplication.start", "Client.scala", 1764),
                       ("org.apache.spark.deploy.SparkSubmit.org$apache$spark$deploy$SparkSubmit$$runMain", "SparkSubmit.scala", 1020)]))


def glue_catalog():
    db = pick(["analytics", "raw", "curated"]); tb = pick(["orders_raw", "clicks", "refunds_v2", "customers"])
    return (f"{comma_ms()} ERROR [main] hive.metastore (HiveMetaStoreClient.java:getTable({ln(1620)})): Unable to get table {db}.{tb}: "
            f"com.amazonaws.services.glue.model.EntityNotFoundException: Table {tb} not found. (Service: AWSGlue; Status Code: 400; "
            f"Error Code: EntityNotFoundException; Request ID: {uid()}; Proxy: null)")


def sc_init():
    return (sp("ERROR", "SparkContext") + "Error initializing SparkContext.\n"
            f"org.apache.spark.SparkException: Invalid Spark URL: spark://HeartbeatReceiver@{emrhost()}_{n(1, 9)}:{port()}"
            + jframes([("org.apache.spark.rpc.RpcEndpointAddress$.apply", "RpcEndpointAddress.scala", 66),
                       ("org.apache.spark.SparkContext.<init>", "SparkContext.scala", 583)]))


SPARK_ERRORS = [
    ("spark-glue-emr/yarn-container-killed-memory", yarn_killed),
    ("spark-glue-emr/task-failed-aborting-job", task_abort),
    ("spark-glue-emr/py4j-write-parquet-task-failed", py4j_write),
    ("spark-glue-emr/py4j-read-json-s3-denied", py4j_s3_denied),
    ("spark-glue-emr/am-unresolved-column", am_unresolved),
    ("spark-glue-emr/executor-heap-oom", executor_oom),
    ("spark-glue-emr/async-event-queue-drop", event_drop),
    ("spark-glue-emr/yarn-application-failed", app_failed),
    ("spark-glue-emr/glue-catalog-table-not-found", glue_catalog),
    ("spark-glue-emr/sparkcontext-init-invalid-url", sc_init),
]


def ok_lost_task():
    e = n(1, 80)
    return (sp("WARN", "TaskSetManager") + f"Lost task {n(0, 399)}.{n(0, 2)} in stage {n(1, 60)}.0 (TID {n(100, 20000)}) ({emrhost()} executor {e}): "
            f"ExecutorLostFailure (executor {e} exited caused by one of the running tasks) Reason: Container killed by YARN for exceeding physical memory limits. "
            f"{f(8, 9)} GB of 8 GB physical memory used. Consider boosting spark.executor.memoryOverhead.")


def ok_lost_task_io():
    return (sp("WARN", "TaskSetManager") + f"Lost task {n(0, 399)}.0 in stage {n(1, 60)}.0 (TID {n(100, 20000)}) ({emrhost()} executor {n(1, 80)}): "
            f"java.io.IOException: Connection reset by peer" + jframes([("sun.nio.ch.FileDispatcherImpl.read0", "FileDispatcherImpl.java", 0),
                                                                         ("org.apache.spark.network.util.NettyUtils$1.run", "NettyUtils.java", 55)]))


def ok_submitted():
    return sp("INFO", "Client") + f"Submitted application {appid()}"


def ok_job_done():
    return sp("INFO", "DAGScheduler") + f"Job {n(0, 90)} finished: save at NativeMethodAccessorImpl.java:0, took {f(0.2, 600, 6)} s"


def ok_port():
    p = n(4040, 4045)
    return sp("WARN", "Utils") + f"Service 'SparkUI' could not bind on port {p}. Attempting port {p + 1}."


def ok_container_done():
    return sp("INFO", "YarnAllocator") + f"Completed container container_{n(1733100000, 1733299999)}{n(100, 999)}_{n(1, 99):04d}_01_{n(1, 300):06d} on host: {emrhost()} (state: COMPLETE, exit status: {pick([0, 143])})"


def ok_final():
    return sp("INFO", "ApplicationMaster") + "Final app status: SUCCEEDED, exitCode: 0"


def ok_progress():
    tot = n(20, 400); done = n(1, tot - 1)
    return f"[Stage {n(1, 60)}:{'=' * n(3, 40)}>{' ' * n(1, 10)}({done} + {n(1, 16)}) / {tot}]"


def ok_nm_warn():
    return (f"{comma_ms()} WARN org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl "
            f"(Container Monitor): Container [pid={n(1000, 60000)},containerID=container_{n(1733100000, 1733299999)}{n(100, 999)}_0001_01_{n(1, 300):06d}] is running "
            f"{n(10, 900)}M beyond the 'PHYSICAL' memory limit. Current usage: {f(8.1, 8.9)} GB of 8 GB physical memory used; {f(9, 12)} GB of 40 GB virtual memory used. Killing container.")


def ok_glue_info():
    return sp("INFO", "GlueLogger") + f"Batch {n(1, 500)} written: {n(1000, 99999)} records, 0 errors, {n(0, 40)} retries"


def ok_debug_exc():
    return (sp("DEBUG", "S3ABlockOutputStream") + "Retrying upload after exception: com.amazonaws.SdkClientException: Unable to execute HTTP request: "
            f"Read timed out (attempt {n(1, 3)})")


SPARK_OK = [ok_lost_task, ok_lost_task_io, ok_submitted, ok_job_done, ok_port, ok_container_done, ok_final,
            ok_progress, ok_nm_warn, ok_glue_info, ok_debug_exc]


# ---------------------------------------------------------------- opensearch
NODES = [f"{hexs(32)}" for _ in range(5)]


def osl(level, logger, d=None):
    d = d or t()
    return f"[{d.strftime('%Y-%m-%dT%H:%M:%S')},{d.microsecond // 1000:03d}][{level:<5}][{logger}] [{pick(NODES)}] "


def idx():
    return f"{pick(['logs', 'orders', 'events', 'audit'])}-2026.12.0{n(1, 3)}"


def gb(a, b):
    v = n(a, b)
    return f"{v}/{v / 2**30:.1f}gb"


def breaker():
    return (osl("ERROR", "o.o.a.b.TransportShardBulkAction") + f"[{idx()}][{n(0, 5)}] failed to execute bulk item (index) index {{[{idx()}][{alnum(20, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-')}], source[n/a, actual length: [{n(2, 9)}.{n(1, 9)}kb], max length: 2kb]}}\n"
            f"org.opensearch.core.common.breaker.CircuitBreakingException: [parent] Data too large, data for [indices:data/write/bulk[s]] would be [{gb(2_000_000_000, 2_100_000_000)}], "
            f"which is larger than the limit of [2023548518/1.8gb], real usage: [{gb(2_000_000_000, 2_050_000_000)}], new bytes reserved: [{n(1000, 90000)}/{n(1, 90)}kb], "
            f"usages [request=0/0b, fielddata={n(0, 9000)}/{n(0, 9)}kb, in_flight_requests={n(1000, 90000)}/{n(1, 90)}kb]"
            + jframes([("org.opensearch.indices.breaker.HierarchyCircuitBreakerService.checkParentLimit", "HierarchyCircuitBreakerService.java", 357),
                       ("org.opensearch.common.breaker.ChildMemoryCircuitBreaker.addEstimateBytesAndMaybeBreak", "ChildMemoryCircuitBreaker.java", 128)]))


def uncaught_oom():
    return (osl("ERROR", "o.o.b.OpenSearchUncaughtExceptionHandler") + f"fatal error in thread [opensearch[{pick(NODES)}][{pick(['write', 'search', 'management'])}][T#{n(1, 16)}]], exiting\n"
            "java.lang.OutOfMemoryError: Java heap space"
            + jframes([("org.opensearch.common.util.BigArrays.newByteArray", "BigArrays.java", 481),
                       ("org.opensearch.search.aggregations.bucket.terms.BytesKeyedBucketOrds.<init>", "BytesKeyedBucketOrds.java", 88)]))


def snapshot_fail():
    return (osl("ERROR", "o.o.s.SnapshotsService") + f"[cs-automated-enc:{n(2026, 2026)}-12-0{n(1, 3)}t0{n(0, 9)}-{n(10, 59)}-00.{hexs(22)}/{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')}] failed to finalize snapshot\n"
            f"org.opensearch.repositories.RepositoryException: [cs-automated-enc] Could not write snapshot metadata: com.amazonaws.services.s3.model.AmazonS3Exception: "
            f"Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: {alnum(16, '0123456789ABCDEF')})"
            + jframes([("org.opensearch.repositories.blobstore.BlobStoreRepository.finalizeSnapshot", "BlobStoreRepository.java", 1598)]))


def json_merge():
    return json.dumps({"type": "server", "timestamp": iso_ms().replace(".", ","), "level": "ERROR", "component": "o.o.i.e.Engine",
                       "cluster.name": f"{pick(ACCOUNTS)}:search-prod", "node.name": pick(NODES),
                       "message": f"[{idx()}][{n(0, 5)}] failed engine [merge failed]", "cluster.uuid": alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789"),
                       "node.id": alnum(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789"),
                       "stacktrace": ["org.apache.lucene.index.MergePolicy$MergeException: java.io.IOException: No space left on device",
                                      f"at org.opensearch.index.engine.InternalEngine$EngineMergeScheduler$2.doRun(InternalEngine.java:{ln(2709)}) ~[opensearch-2.{n(11, 13)}.0.jar:2.{n(11, 13)}.0]",
                                      "at org.opensearch.common.util.concurrent.AbstractRunnable.run(AbstractRunnable.java:52) ~[opensearch-core.jar]"]})


def security_init():
    return osl("ERROR", "o.o.s.a.BackendRegistry") + "Not yet initialized (you may need to run securityadmin)"


def ssl_handshake():
    return (osl("ERROR", "o.o.t.n.s.SecureNetty4Transport") + f"Exception during establishing a SSL connection: javax.net.ssl.SSLHandshakeException: "
            f"Received fatal alert: certificate_unknown, remote address: /{ip10()}:{port()}")


def recovery_failed():
    ix = idx(); sh = n(0, 5)
    return (osl("WARN", "o.o.i.c.IndicesClusterStateService").replace("WARN ", "ERROR") + f"[{ix}][{sh}] marking and sending shard failed due to [failed recovery]\n"
            f"org.opensearch.indices.recovery.RecoveryFailedException: [{ix}][{sh}]: Recovery failed from {{{pick(NODES)}}}{{{ip10()}}} into {{{pick(NODES)}}}{{{ip10()}}}"
            + jframes([("org.opensearch.indices.recovery.RecoveryTarget.notifyListener", "RecoveryTarget.java", 273),
                       ("org.opensearch.indices.recovery.PeerRecoveryTargetService$RecoveryResponseHandler.handleException", "PeerRecoveryTargetService.java", 690)])
            + "\nCaused by: org.opensearch.transport.ReceiveTimeoutTransportException: [" + pick(NODES) + f"][{ip10()}:9300][internal:index/shard/recovery/start_recovery] request_id [{n(10000, 999999)}] timed out after [{n(60000, 900000)}ms]")


def ism_fail():
    return (osl("ERROR", "o.o.i.i.ManagedIndexRunner") + f"Failed to execute action [rollover] for index [{pick(['logs', 'events', 'audit'])}-{n(1, 300):06d}]: "
            f"rollover target [{pick(['logs', 'events', 'audit'])}-write] is not an alias")


def shard_failed():
    ix = idx(); sh = n(0, 5)
    return (osl("ERROR", "o.o.c.a.s.ShardStateAction") + f"[{ix}][{sh}] received shard failed for shard id [[{ix}][{sh}]], allocation id "
            f"[{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')}], primary term [{n(1, 30)}], message [shard failure, reason [lucene commit failed]], "
            f"failure [IOException[No space left on device]], markAsStale [true]")


def json_bootstrap():
    return json.dumps({"type": "server", "timestamp": iso_ms().replace(".", ","), "level": "ERROR", "component": "o.o.b.OpenSearchUncaughtExceptionHandler".replace("OpenSearchUncaughtExceptionHandler", "Bootstrap"),
                       "cluster.name": pick(["search-logs", "search-prod", "docker-cluster"]), "node.name": f"opensearch-node{n(1, 3)}",
                       "message": "node validation exception\n[1] bootstrap checks failed. You must address the points described in the following [1] lines before starting OpenSearch.\n"
                                  f"bootstrap check failure [1] of [1]: max virtual memory areas vm.max_map_count [{pick([65530, 65530, 131072])}] is too low, increase to at least [262144]"})


OS_ERRORS = [
    ("opensearch/shard-failed-lucene-commit", shard_failed),
    ("opensearch/json-bootstrap-max-map-count", json_bootstrap),
    ("opensearch/bulk-parent-circuit-breaker", breaker),
    ("opensearch/uncaught-heap-oom-exiting", uncaught_oom),
    ("opensearch/snapshot-finalize-s3-denied", snapshot_fail),
    ("opensearch/json-engine-merge-no-space", json_merge),
    ("opensearch/security-not-initialized", security_init),
    ("opensearch/transport-ssl-handshake", ssl_handshake),
    ("opensearch/shard-recovery-failed", recovery_failed),
    ("opensearch/ism-rollover-not-alias", ism_fail),
]


def ok_watermark():
    return (osl("WARN", "o.o.c.r.a.DiskThresholdMonitor") + f"high disk watermark [90%] exceeded on [{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')}]"
            f"[{pick(NODES)}][/usr/share/opensearch/data/nodes/0] free: {f(1, 9)}gb[{f(4, 9.9)}%], shards will be relocated away from this node; currently relocating away shards totalling [0] bytes")


def ok_flood():
    return json.dumps({"type": "server", "timestamp": iso_ms().replace(".", ","), "level": "WARN", "component": "o.o.c.r.a.DiskThresholdMonitor",
                       "cluster.name": f"{pick(ACCOUNTS)}:search-prod", "node.name": pick(NODES),
                       "message": f"flood stage disk watermark [95%] exceeded on [{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')}][{pick(NODES)}][/usr/share/opensearch/data/nodes/0] "
                                  f"free: {f(0.1, 2)}gb[{f(1, 4.9)}%], all indices on this node will be marked read-only"})


def ok_red():
    return (osl("INFO", "o.o.c.r.a.AllocationService") + f"Cluster health status changed from [{pick(['YELLOW', 'GREEN'])}] to [RED] "
            f"(reason: [shards failed [[{idx()}][{n(0, 5)}]]]).")


def ok_green():
    return osl("INFO", "o.o.c.r.a.AllocationService") + f"Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[{idx()}][{n(0, 5)}]]])."


def ok_master():
    return (osl("WARN", "o.o.c.c.ClusterFormationFailureHelper") + f"cluster-manager not discovered yet: have discovered [{{{pick(NODES)}}}{{{ip10()}}}]; "
            f"discovery will continue using [{ip10()}:9300, {ip10()}:9300] from hosts providers, last-accepted cluster state has term {n(2, 90)}")


def ok_slow_query():
    return (osl("WARN", "i.s.s.query") + f"[{idx()}][{n(0, 5)}] took[{f(1, 30)}s], took_millis[{n(1000, 30000)}], total_hits[{n(0, 99999)} hits], "
            f"stats[], search_type[QUERY_THEN_FETCH], total_shards[{n(1, 30)}], source[{{\"size\":{n(10, 500)},\"query\":{{\"match\":{{\"status\":\"error\"}}}}}}], id[],")


def ok_slow_index():
    return (osl("WARN", "i.i.s.index") + f"[{idx()}/{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')}] took[{n(500, 9000)}ms], took_millis[{n(500, 9000)}], type[_doc], "
            f"id[{uid()}], routing[], source[{{\"level\":\"error\",\"msg\":\"payment failed\"}}]")


def ok_gc():
    return osl("WARN", "o.o.m.j.JvmGcMonitorService") + f"[gc][{n(1000, 99999)}] overhead, spent [{f(1, 9)}s] collecting in the last [{f(1.1, 10)}s]"


def ok_mapper_debug():
    return (osl("DEBUG", "o.o.a.b.TransportShardBulkAction") + f"[{idx()}][{n(0, 5)}] failed to execute bulk item (index) index {{[{idx()}][{uid()}]}}\n"
            f"org.opensearch.index.mapper.MapperParsingException: failed to parse field [price] of type [float] in document with id '{uid()}'. Preview of field's value: 'n/a'"
            + jframes([("org.opensearch.index.mapper.FieldMapper.parse", "FieldMapper.java", 287)]))


def ok_started():
    return osl("INFO", "o.o.n.Node") + "started"


def ok_json_info():
    return json.dumps({"type": "server", "timestamp": iso_ms().replace(".", ","), "level": "INFO", "component": "o.o.c.m.MetadataCreateIndexService",
                       "cluster.name": f"{pick(ACCOUNTS)}:search-prod", "node.name": pick(NODES),
                       "message": f"[{idx()}] creating index, cause [auto(bulk api)], templates [{pick(['logs', 'events'])}], shards [{n(1, 5)}]/[1]"})


OS_OK = [ok_watermark, ok_flood, ok_red, ok_green, ok_master, ok_slow_query, ok_slow_index, ok_gc, ok_mapper_debug, ok_started, ok_json_info]


# ---------------------------------------------------------------- rabbitmq-activemq
def rmq(level, d=None):
    d = d or t()
    return f"{d.strftime('%Y-%m-%d %H:%M:%S')}.{d.microsecond:06d}+00:00 [{level}] <0.{n(200, 60000)}.0> "


def rmq38(level, d=None):
    d = d or t()
    return f"{d.strftime('%Y-%m-%d %H:%M:%S')}.{d.microsecond // 1000:03d} [{level}] <0.{n(200, 60000)}.0> "


def rnode():
    return f"rabbit@ip-10-{n(0, 31)}-{n(0, 255)}-{n(1, 254)}.{pick(REGIONS)}.compute.internal"


def conn():
    return f"<0.{n(200, 60000)}.0> ({ip10()}:{port()} -> {ip10()}:{pick([5671, 5672])}, vhost: '{pick(['/', 'orders', 'billing'])}', user: '{pick(USERS)}')"


def heartbeat():
    return rmq("error") + f"closing AMQP connection {conn()}:\nmissed heartbeats from client, timeout: {pick([30, 60, 60, 120])}s"


def channel_error_head():
    return rmq("error") + f"Channel error on connection {conn()}, channel {n(1, 9)}:"


def channel_not_found():
    ex = pick(["orders.events", "billing.dlx", "audit", "notifications.fanout"])
    return rmq("error") + f"operation basic.publish caused a channel exception not_found: no exchange '{ex}' in vhost '{pick(['/', 'orders', 'billing'])}'"


def precondition():
    q = pick(["orders.created", "billing.retry", "email.outbox"])
    return (rmq("error") + f"operation queue.declare caused a channel exception precondition_failed: inequivalent arg 'x-queue-type' for queue '{q}' "
            f"in vhost '/': received none but current is the value 'quorum' of type 'longstr'")


def login_refused():
    u = pick(USERS + PEOPLE)
    return (rmq38("error") + f"Error on AMQP connection <0.{n(200, 60000)}.0> ({ip10()}:{port()} -> {ip10()}:5671, state: starting):\n"
            f"PLAIN login refused: user '{u}' - invalid credentials")


def gen_server_crash():
    p = f"<0.{n(200, 60000)}.0>"
    return (rmq38("error") + f"** Generic server {p} terminating\n"
            f"** Last message in was {{'$gen_cast',{{method,{{'basic.ack',{n(1, 99999)},false}},none,noflow}}}}\n"
            f"** When Server state == {{ch,{{conf,running,rabbit_framing_amqp_0_9_1,{n(1, 9)},{p}}}}}\n"
            "** Reason for termination ==\n"
            f"** {{{{badmatch,{{error,not_found}}}},[{{rabbit_channel,handle_method,3,[{{file,\"src/rabbit_channel.erl\"}},{{line,{ln(1383)}}}]}},"
            f"{{rabbit_channel,handle_cast,2,[{{file,\"src/rabbit_channel.erl\"}},{{line,{ln(631)}}}]}}]}}")


def partition():
    a, b = rnode(), rnode()
    return (rmq38("error") + "Partial partition detected:\n"
            f" * We saw DOWN from {a}\n * We can still see {b} which can see {a}\n"
            " * pause_minority mode enabled\nWe will therefore pause until the *entire* cluster recovers")


def mnesia():
    return rmq("error") + f"Mnesia('{rnode()}'): ** ERROR ** mnesia_event got {{inconsistent_database, running_partitioned_network, '{rnode()}'}}"


def amq(level, msg, logger, thread):
    return f"{comma_ms()} | {level:<5} | {msg} | {logger} | {thread}"


def amq_denied():
    q = pick(["payments.in", "orders.out", "invoice.requests", "ledger.events"])
    return amq("ERROR", f"Async error occurred: java.lang.SecurityException: User {pick(USERS)} is not authorized to write to: queue://{q}",
               "org.apache.activemq.broker.TransportConnection.Service", f"ActiveMQ Transport: ssl:///{ip10()}:{port()}")


def amq_kahadb():
    return (amq("ERROR", "KahaDB failed to store to Journal", "org.apache.activemq.store.kahadb.MessageDatabase", "ConcurrentQueueStoreAndDispatch")
            + "\njava.io.IOException: No space left on device"
            + jframes([("java.io.RandomAccessFile.writeBytes", "RandomAccessFile.java", 0),
                       ("org.apache.activemq.store.kahadb.disk.journal.DataFileAppender.processQueue", "DataFileAppender.java", 312)]))


RMQ_ERRORS = [
    ("rabbitmq-activemq/missed-heartbeats", heartbeat),
    ("rabbitmq-activemq/channel-error-header", channel_error_head),
    ("rabbitmq-activemq/publish-no-exchange", channel_not_found),
    ("rabbitmq-activemq/declare-inequivalent-arg", precondition),
    ("rabbitmq-activemq/plain-login-refused", login_refused),
    ("rabbitmq-activemq/channel-gen-server-badmatch", gen_server_crash),
    ("rabbitmq-activemq/partial-partition", partition),
    ("rabbitmq-activemq/mnesia-inconsistent-database", mnesia),
    ("rabbitmq-activemq/activemq-not-authorized-write", amq_denied),
    ("rabbitmq-activemq/activemq-kahadb-no-space", amq_kahadb),
]


def ok_accept():
    return rmq("info") + f"accepting AMQP connection <0.{n(200, 60000)}.0> ({ip10()}:{port()} -> {ip10()}:5671)"


def ok_granted():
    return rmq("info") + f"connection <0.{n(200, 60000)}.0> ({ip10()}:{port()} -> {ip10()}:5671): user '{pick(USERS)}' authenticated and granted access to vhost '/'"


def ok_client_closed():
    return rmq("warning") + f"closing AMQP connection {conn()}:\nclient unexpectedly closed TCP connection"


def ok_mem_alarm():
    return (rmq("warning") + f"memory resource limit alarm set on node '{rnode()}'.\n\n**********************************************************\n"
            "*** Publishers will be blocked until this alarm clears ***\n**********************************************************")


def ok_alarm_clear():
    return rmq("info") + f"memory resource limit alarm cleared on node '{rnode()}'"


def ok_disk():
    return rmq("warning") + f"Free disk space is insufficient. Free bytes: {n(10**7, 5 * 10**7)}. Limit: 50000000"


def ok_debug():
    return rmq("debug") + f"Queue '{pick(['orders.created', 'email.outbox'])}' in vhost '/': {n(0, 9)} errors during consumer cancel notification, ignoring"


def ok_amq_eof():
    return amq("WARN", f"Transport Connection to: tcp://{ip10()}:{port()} failed: java.io.EOFException", "org.apache.activemq.broker.TransportConnection.Transport",
               f"ActiveMQ Transport: tcp:///{ip10()}:{port()}@61617")


def ok_amq_start():
    return amq("INFO", f"Apache ActiveMQ 5.18.{n(2, 6)} ({pick(['ip-10-1-2-3', 'broker-1'])}, ID:{pick(['ip-10-0-1-2', 'ip-10-0-3-9'])}-{port()}-{n(10**12, 10**13)}-0:1) started",
               "org.apache.activemq.broker.BrokerService", "main")


def ok_amq_usage():
    return amq("INFO", f"Usage(default:store:queue://{pick(['payments.in', 'orders.out'])}:store) percentUsage={n(90, 100)}%, usage={n(10**9, 2 * 10**9)}, limit={2 * 10**9}, percentUsageMinDelta=1%;Parent:Usage(default:store) ...",
               "org.apache.activemq.usage.Usage", "ActiveMQ BrokerService")


def ok_amq_dlq():
    return amq("WARN", f"Message ID:{pick(['ip-10-0-1-2', 'ip-10-0-3-9'])}-{port()}-{n(10**12, 10**13)}-1:{n(1, 99)}:1:1:{n(1, 999)} redelivered {n(6, 7)} times, sent to DLQ: queue://ActiveMQ.DLQ",
               "org.apache.activemq.broker.region.policy.IndividualDeadLetterStrategy", f"ActiveMQ VMTransport: vm://localhost#{n(1, 99)}")


RMQ_OK = [ok_accept, ok_granted, ok_client_closed, ok_mem_alarm, ok_alarm_clear, ok_disk, ok_debug, ok_amq_eof, ok_amq_start, ok_amq_usage, ok_amq_dlq]
