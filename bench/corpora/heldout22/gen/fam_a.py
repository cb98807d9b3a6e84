"""Families: hadoop3-hdfs-yarn-ec2, kafka-zookeeper-connect-ec2."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    ec2host, pid, at, log4j, dotms, ms, ACCT)


def st(*frames):
    return "".join("\n\tat " + f for f in frames)


# ---------------------------------------------------------------- hadoop3-hdfs-yarn-ec2
# "tidewater" clickstream analytics: a self-managed Hadoop 3.3 cluster on EC2 (HA NameNodes nn1/nn2 with ZKFC,
# three JournalNodes, 24 DataNode/NodeManager workers dn-01..dn-24, ResourceManager rm1/rm2, JobHistory server).
# The CloudWatch agent ships the daemons' log4j files with multi_line_start_pattern on the timestamp, so a stack
# trace is one event. Log4j layout on this cluster: %d{ISO8601} %-5p [%t] %c: %m%n (NN/DN/JN/ZKFC) and the stock
# %d{ISO8601} %p %c: %m%n (YARN daemons, JobHistory).
F1 = "hadoop3-hdfs-yarn-ec2"
DOM = "tidewater.internal"


def h(R, level, thread, cls, msg, t=None):
    return "%s %-5s [%s] %s: %s" % (log4j(R, t), level, thread, cls, msg)


def y(R, level, cls, msg):
    return "%s %s %s: %s" % (log4j(R), level, cls, msg)


def dn(R, excl=()):
    while True:
        n = R.randint(1, 24)
        if n not in excl:
            return "dn-%02d" % n


def blk(R):
    return "blk_%d_%d" % (R.randint(1073741825, 1099511627), R.randint(1000, 999999))


BP = "BP-1730496118-10.40.1.10-1814400000000"


def ipc(R, p=8020):
    return "IPC Server handler %d on %d" % (R.randint(0, 63), p)


def dfscli(R):
    return "DFSClient_NONMAPREDUCE_%d_%d" % (R.randint(-2000000000, 2000000000), R.randint(1, 90))


def app(R):
    return "application_1843430400%03d_%04d" % (R.randint(100, 999), R.randint(1, 9999))


def cont(R):
    return "container_e07_1843430400%03d_%04d_01_%06d" % (R.randint(100, 999), R.randint(1, 9999), R.randint(1, 400))


def hd_dn17(R):
    r = R.random()
    b = blk(R)
    if r < 0.35:
        return h(R, "ERROR", "DataXceiver for client %s at /10.40.%d.%d:%d [Receiving block %s:%s]" % (dfscli(R), R.randint(2, 9), R.randint(2, 254), port(R), BP, b), "org.apache.hadoop.hdfs.server.datanode.DataNode", "dn-17.%s:9866:DataXceiver error processing WRITE_BLOCK operation  src: /10.40.%d.%d:%d dst: /10.40.5.117:9866" % (DOM, R.randint(2, 9), R.randint(2, 254), port(R)) + "\njava.io.IOException: Input/output error" + st("java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)", "java.base/sun.nio.ch.FileChannelImpl.write(FileChannelImpl.java:298)", "org.apache.hadoop.hdfs.server.datanode.BlockReceiver.receivePacket(BlockReceiver.java:%d)" % pick(R, [731, 731, 733]), "org.apache.hadoop.hdfs.server.datanode.BlockReceiver.receiveBlock(BlockReceiver.java:1002)"))
    if r < 0.6:
        return h(R, "WARN", "DataNode: [[[DISK]file:/data/1/hdfs/dn, [DISK]file:/data/2/hdfs/dn, [DISK]file:/data/3/hdfs/dn, [DISK]file:/data/4/hdfs/dn]]  heartbeating to nn1.%s/10.40.1.10:8020" % DOM, "org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsDatasetImpl", "Removing failed volume /data/4/hdfs/dn: \norg.apache.hadoop.util.DiskChecker$DiskErrorException: Directory is not writable: /data/4/hdfs/dn/current/%s/current/finalized" % BP + st("org.apache.hadoop.util.DiskChecker.checkAccessByFileMethods(DiskChecker.java:%d)" % 229, "org.apache.hadoop.util.DiskChecker.checkDirInternal(DiskChecker.java:141)"))
    if r < 0.8:
        return h(R, "WARN", "VolumeCheck ResultHandler thread", "org.apache.hadoop.hdfs.server.datanode.checker.DatasetVolumeChecker", "Exception running disk checks against volume /data/4/hdfs/dn (check #%d)\njava.io.IOException: Input/output error" % R.randint(1, 40))
    return h(R, "INFO", ipc(R), "org.apache.hadoop.hdfs.server.blockmanagement.DatanodeDescriptor", "Number of failed storages changes from 0 to 1 for DatanodeRegistration(10.40.5.117:9866, datanodeUuid=%s, infoPort=9864, infoSecurePort=0, ipcPort=9867, storageInfo=lv=-57;cid=CID-tidewater;nsid=1190476112;c=1814400000000) dn-17.%s" % ("5d1c0f3e-8a7b-4b2e-9e61-0f3c2a9d17aa", DOM))


def hd_nn_gc(R):
    r = R.random()
    if r < 0.35:
        p = R.randint(14000, 38000)
        return h(R, "WARN", "org.apache.hadoop.util.JvmPauseMonitor$Monitor@6d3af739", "org.apache.hadoop.util.JvmPauseMonitor", "Detected pause in JVM or host machine (eg GC): pause of approximately %dms\nGC pool 'G1 Old Generation' had collection(s): count=1 time=%dms\nGC pool 'G1 Young Generation' had collection(s): count=%d time=%dms" % (p, p - R.randint(100, 900), R.randint(1, 3), R.randint(40, 400)))
    if r < 0.55:
        return h(R, "WARN", "Health Monitor for NameNode at nn%d.%s/10.40.1.%d:8020" % (1, DOM, 10), "org.apache.hadoop.ha.HealthMonitor", "Transport-level exception trying to monitor health of NameNode at nn1.%s/10.40.1.10:8020: java.net.SocketTimeoutException: 45000 millis timeout while waiting for channel to be ready for read. ch : java.nio.channels.SocketChannel[connected local=/10.40.1.10:%d remote=nn1.%s/10.40.1.10:8020] Call From nn1.%s/10.40.1.10 to nn1.%s:8020 failed on socket timeout exception" % (DOM, port(R), DOM, DOM, DOM))
    if r < 0.7:
        return h(R, "INFO", "Health Monitor for NameNode at nn1.%s/10.40.1.10:8020" % DOM, "org.apache.hadoop.ha.HealthMonitor", "Entering state SERVICE_NOT_RESPONDING")
    if r < 0.85:
        return h(R, "WARN", "FSEditLogAsync", "org.apache.hadoop.hdfs.qjournal.client.QuorumJournalManager", "Waited %d ms (timeout=20000 ms) for a response for sendEdits. Succeeded so far: [10.40.1.31:8485]" % R.randint(12000, 19990))
    return h(R, "INFO", "main-EventThread", "org.apache.hadoop.ha.ActiveStandbyElector", "Checking for any old active which needs to be fenced...\nOld node exists: 0a0974696465776174657212036e6e311a%s" % hexs(R, 24))


def hd_jn3(R):
    r = R.random()
    if r < 0.45:
        a, b = R.randint(880000000, 889999999), 0
        return h(R, "WARN", "FSEditLogAsync", "org.apache.hadoop.hdfs.qjournal.client.QuorumJournalManager", "Remote journal 10.40.1.33:8485 failed to write txns %d-%d. Will try to write to this JN again after the next log roll.\norg.apache.hadoop.ipc.RemoteException(java.io.IOException): No space left on device" % (a, a + R.randint(1, 60)) + st("java.base/java.io.FileOutputStream.writeBytes(Native Method)", "org.apache.hadoop.hdfs.server.namenode.EditLogFileOutputStream.flushAndSync(EditLogFileOutputStream.java:212)", "org.apache.hadoop.hdfs.qjournal.server.Journal.journal(Journal.java:%d)" % 412))
    if r < 0.8:
        return h(R, "ERROR", ipc(R, 8485), "org.apache.hadoop.hdfs.qjournal.server.Journal", "Error writing edits to /hadoop/journal/tidewater/current/edits_inprogress_%019d: No space left on device" % R.randint(880000000, 889999999))
    return h(R, "WARN", ipc(R, 8485), "org.apache.hadoop.ipc.Server", "IPC Server handler %d on 8485, call Call#%d Retry#0 org.apache.hadoop.hdfs.qjournal.protocol.QJournalProtocol.journal from 10.40.1.10:%d\njava.io.IOException: No space left on device" % (R.randint(0, 9), R.randint(1000, 999999), port(R)) + st("java.base/java.io.FileOutputStream.writeBytes(Native Method)", "org.apache.hadoop.hdfs.server.namenode.EditLogFileOutputStream.flushAndSync(EditLogFileOutputStream.java:212)"))


def hd_localdirs(R):
    n = pick(R, ["dn-05", "dn-11", "dn-12", "dn-19"])
    r = R.random()
    if r < 0.4:
        return y(R, "WARN", "org.apache.hadoop.yarn.server.nodemanager.DirectoryCollection", "Directory /mnt/yarn/local error, used space above threshold of 90.0%%, removing from list of valid directories" % ())
    if r < 0.7:
        return y(R, "ERROR", "org.apache.hadoop.yarn.server.nodemanager.LocalDirsHandlerService", "Most of the disks failed. 1/1 local-dirs usable space is below configured utilization percentage/no more usable space [ /mnt/yarn/local : used space above threshold of 90.0%% ] ; 1/1 log-dirs usable space is below configured utilization percentage/no more usable space [ /mnt/yarn/logs : used space above threshold of 90.0%% ]" % ())
    return y(R, "INFO", "org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl", "Node %s.%s:8041 reported UNHEALTHY with details: 1/1 local-dirs usable space is below configured utilization percentage/no more usable space [ /mnt/yarn/local : used space above threshold of 90.0%% ] ; 1/1 log-dirs usable space is below configured utilization percentage/no more usable space [ /mnt/yarn/logs : used space above threshold of 90.0%% ]" % (n, DOM))


def hd_pmem(R):
    c = cont(R)
    r = R.random()
    if r < 0.55:
        return y(R, "WARN", "org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl", "Container [pid=%d,containerID=%s] is running %dB beyond the 'PHYSICAL' memory limit. Current usage: %.1f GB of 4 GB physical memory used; %.1f GB of 8.4 GB virtual memory used. Killing container.\nDump of the process-tree for %s :\n\t|- PID PPID PGRPID SESSID CMD_NAME USER_MODE_TIME(MILLIS) SYSTEM_TIME(MILLIS) VMEM_USAGE(BYTES) RSSMEM_USAGE(PAGES) FULL_CMD_LINE\n\t|- %d %d %d %d (java) %d %d %d %d /usr/lib/jvm/java-11/bin/java -Xmx3686m org.apache.spark.executor.YarnCoarseGrainedExecutorBackend --app-id %s --executor-id %d" % (pid(R), c, R.randint(1000000, 700000000), R.uniform(4.0, 4.7), R.uniform(5, 8), c, pid(R), pid(R), pid(R), pid(R), R.randint(100000, 900000), R.randint(1000, 90000), R.randint(5000000000, 8000000000), R.randint(1000000, 1200000), app(R), R.randint(1, 200)))
    if r < 0.8:
        return y(R, "INFO", "org.apache.hadoop.yarn.server.resourcemanager.scheduler.SchedulerApplicationAttempt", "Container %s on node %s.%s:8041 completed with exit status -104: Container [pid=%d,containerID=%s] is running beyond the 'PHYSICAL' memory limit" % (c, dn(R), DOM, pid(R), c))
    return y(R, "WARN", "org.apache.spark.scheduler.cluster.YarnSchedulerBackend$YarnSchedulerEndpoint", "Requesting driver to remove executor %d for reason Container killed by YARN for exceeding physical memory limits. %.1f GB of 4 GB physical memory used. Consider boosting spark.executor.memoryOverhead." % (R.randint(1, 200), R.uniform(4.0, 4.7)))


def hd_kerb(R):
    r = R.random()
    hp = "edge-02.%s" % DOM
    if r < 0.5:
        return y(R, "WARN", "org.apache.hadoop.ipc.Client", "Exception encountered while connecting to the server nn2.%s/10.40.1.11:8020 : org.apache.hadoop.security.AccessControlException: Client cannot authenticate via:[TOKEN, KERBEROS] (host=%s, user=hive)" % (DOM, hp))
    if r < 0.8:
        return y(R, "ERROR", "org.apache.hadoop.hive.metastore.RetryingHMSHandler", "MetaException(message:Got exception: java.io.IOException DestHost:destPort nn2.%s:8020 , LocalHost:localPort %s/10.40.0.22:0. Failed on local exception: java.io.IOException: org.apache.hadoop.security.AccessControlException: Client cannot authenticate via:[TOKEN, KERBEROS])" % (DOM, hp))
    return y(R, "WARN", "org.apache.hadoop.security.UserGroupInformation", "PriviledgedActionException as:hive/%s@TIDEWATER.LAN (auth:KERBEROS) cause:javax.security.sasl.SaslException: GSS initiate failed [Caused by GSSException: No valid credentials provided (Mechanism level: Failed to find any Kerberos tgt)]" % hp)


def hd_queue(R):
    a = app(R)
    u = pick(R, ["bi_looker", "a.ferreira", "m.okafor", "bi_superset"])
    if R.random() < 0.6:
        return y(R, "ERROR", "org.apache.hadoop.yarn.server.resourcemanager.RMAppManager", "Failed to submit %s to YARN : Application %s submitted by user %s to unknown queue: root.adhoc-bi" % (a, a, u))
    return y(R, "WARN", "org.apache.hadoop.yarn.server.resourcemanager.RMAuditLogger", "USER=%s\tOPERATION=Submit Application Request\tTARGET=ClientRMService\tRESULT=FAILURE\tDESCRIPTION=Exception in submitting application\tPERMISSIONS=Application %s submitted by user %s to unknown queue: root.adhoc-bi\tAPPID=%s\tQUEUENAME=root.adhoc-bi" % (u, a, u, a))


def hd_xceiver(R):
    n = dn(R, (17,))
    return h(R, "ERROR", "DataXceiver for client %s at /10.40.%d.%d:%d [Sending block %s:%s]" % (dfscli(R), R.randint(2, 9), R.randint(2, 254), port(R), BP, blk(R)), "org.apache.hadoop.hdfs.server.datanode.DataNode", "%s.%s:9866:DataXceiverServer: \njava.io.IOException: Xceiver count %d exceeds the limit of concurrent xcievers: 4096" % (n, DOM, R.randint(4097, 4140)) + st("org.apache.hadoop.hdfs.server.datanode.DataXceiverServer.run(DataXceiverServer.java:%d)" % 165, "java.base/java.lang.Thread.run(Thread.java:829)"))


def hd_history(R):
    if R.random() < 0.6:
        return y(R, "ERROR", "org.apache.hadoop.mapreduce.v2.hs.HistoryFileManager", "Error while trying to scan the directory hdfs://tidewater:8020/mr-history/done/2028/06/%02d\norg.apache.hadoop.security.AccessControlException: Permission denied: user=mapred, access=READ_EXECUTE, inode=\"/mr-history/done/2028/06/%02d\":hdfs:hadoop:drwx------" % (day(R), day(R)) + st("org.apache.hadoop.hdfs.server.namenode.FSPermissionChecker.check(FSPermissionChecker.java:%d)" % 506, "org.apache.hadoop.hdfs.server.namenode.FSPermissionChecker.checkPermission(FSPermissionChecker.java:346)"))
    return y(R, "ERROR", "org.apache.hadoop.mapreduce.v2.hs.HistoryFileManager", "Error while trying to move a job to done\norg.apache.hadoop.security.AccessControlException: Permission denied: user=mapred, access=WRITE, inode=\"/mr-history/done/2028/06/%02d/%06d\":hdfs:hadoop:drwx------" % (day(R), R.randint(0, 2)) + st("org.apache.hadoop.hdfs.server.namenode.FSPermissionChecker.check(FSPermissionChecker.java:506)", "org.apache.hadoop.mapreduce.v2.hs.HistoryFileManager.moveToDoneNow(HistoryFileManager.java:%d)" % 1110))


def hd_logagg(R):
    a = app(R)
    return y(R, "ERROR", "org.apache.hadoop.yarn.server.nodemanager.containermanager.logaggregation.AppLogAggregatorImpl", "Cannot create writer for app %s. Skip log upload this time. \njava.nio.file.AccessDeniedException: s3a://tidewater-yarn-logs-%s/app-logs/etl/logs-ifile/%s/%s.%s_8041: getFileStatus on s3a://tidewater-yarn-logs-%s/app-logs/etl/logs-ifile/%s: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: %s; S3 Extended Request ID: %s=; Proxy: null)" % (a, ACCT, a, dn(R), DOM, ACCT, a, hexs(R, 16).upper(), alnum(R, 40)))


def hd_negs():
    def n_alloc(R): return h(R, "INFO", ipc(R), "org.apache.hadoop.hdfs.StateChange", "BLOCK* allocate %s, replicas=10.40.%d.%d:9866, 10.40.%d.%d:9866, 10.40.%d.%d:9866 for /data/clickstream/raw/dt=2028-06-%02d/part-%05d.snappy.parquet" % (blk(R).replace("blk_", "blk_") + "{UCState=UNDER_CONSTRUCTION, truncateBlock=null, primaryNodeIndex=-1, replicas=[]}", R.randint(2, 9), R.randint(2, 254), R.randint(2, 9), R.randint(2, 254), R.randint(2, 9), R.randint(2, 254), day(R), R.randint(0, 999)))
    def n_recv(R): return h(R, "INFO", "DataXceiver for client %s at /10.40.%d.%d:%d [Receiving block %s:%s]" % (dfscli(R), R.randint(2, 9), R.randint(2, 254), port(R), BP, blk(R)), "org.apache.hadoop.hdfs.server.datanode.DataNode", "Receiving %s:%s src: /10.40.%d.%d:%d dest: /10.40.%d.%d:9866" % (BP, blk(R), R.randint(2, 9), R.randint(2, 254), port(R), R.randint(2, 9), R.randint(2, 254)))
    def n_trace(R): return h(R, "INFO", "PacketResponder: %s:%s, type=LAST_IN_PIPELINE" % (BP, blk(R)), "org.apache.hadoop.hdfs.server.datanode.DataNode.clienttrace", "src: /10.40.%d.%d:%d, dest: /10.40.%d.%d:9866, bytes: %d, op: HDFS_WRITE, cliID: %s, offset: 0, srvID: %s, blockid: %s:%s, duration(ns): %d" % (R.randint(2, 9), R.randint(2, 254), port(R), R.randint(2, 9), R.randint(2, 254), R.randint(1000, 134217728), dfscli(R), uuid(R), BP, blk(R), R.randint(100000, 90000000)))
    def n_slow(R): return h(R, "WARN", "DataXceiver for client %s at /10.40.%d.%d:%d [Receiving block %s:%s]" % (dfscli(R), R.randint(2, 9), R.randint(2, 254), port(R), BP, blk(R)), "org.apache.hadoop.hdfs.server.datanode.DataNode", "Slow BlockReceiver write data to disk cost:%dms (threshold=300ms), volume=file:/data/%d/hdfs/dn/, blockId=%d" % (R.randint(301, 900), R.randint(1, 3), R.randint(1073741825, 1099511627)))
    def n_state(R): return y(R, "INFO", "org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMAppImpl", "%s State change from %s" % (app(R), pick(R, ["RUNNING to FINAL_SAVING on event = ATTEMPT_UNREGISTERED", "FINAL_SAVING to FINISHED on event = APP_UPDATE_SAVED", "ACCEPTED to RUNNING on event = ATTEMPT_REGISTERED", "NEW_SAVING to SUBMITTED on event = APP_NEW_SAVED"])))
    def n_assigned(R): return y(R, "INFO", "org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.allocator.AbstractContainerAllocator", "assignedContainer application attempt=appattempt_1843430400%03d_%04d_000001 container=%s queue=%s clusterResource=<memory:1474560, vCores:384> type=OFF_SWITCH requestedPartition=" % (R.randint(100, 999), R.randint(1, 9999), cont(R), pick(R, ["etl", "default", "adhoc"])))
    def n_killed(R): return y(R, "INFO", "org.apache.hadoop.mapreduce.v2.app.job.impl.TaskAttemptImpl", "Diagnostics report from attempt_1843430400%03d_%04d_m_%06d_1: Container killed by the ApplicationMaster.\nContainer killed on request. Exit code is 143\nContainer exited with a non-zero exit code 143. " % (R.randint(100, 999), R.randint(1, 9999), R.randint(0, 900)))
    def n_roll(R): return h(R, "INFO", ipc(R), "org.apache.hadoop.hdfs.server.namenode.FSNamesystem", "Roll Edit Log from 10.40.1.11")
    def n_ckpt(R): return h(R, "INFO", "Standby State Checkpointer", "org.apache.hadoop.hdfs.server.namenode.ha.StandbyCheckpointer", "Triggering checkpoint because there have been %d txns since the last checkpoint, which exceeds the configured threshold 1000000" % R.randint(1000001, 1400000))
    def n_perm(R): return h(R, "INFO", ipc(R), "org.apache.hadoop.ipc.Server", "IPC Server handler %d on 8020, call Call#%d Retry#0 org.apache.hadoop.hdfs.protocol.ClientProtocol.mkdirs from 10.40.0.%d:%d: org.apache.hadoop.security.AccessControlException: Permission denied: user=%s, access=WRITE, inode=\"/user/etl\":etl:hadoop:drwxr-xr-x" % (R.randint(0, 63), R.randint(1000, 999999), R.randint(20, 30), port(R), pick(R, ["a.ferreira", "m.okafor", "j.lindqvist"])))
    def n_failover(R): return y(R, "INFO", "org.apache.hadoop.yarn.client.ConfiguredRMFailoverProxyProvider", "Failing over to rm%d" % R.randint(1, 2))
    def n_addblock(R): return h(R, "INFO", "Block report processor", "BlockStateChange", "BLOCK* addStoredBlock: %s:9866 is added to %s (size=%d)" % (dn(R), blk(R), R.randint(1000, 134217728)))
    def n_du(R): return h(R, "INFO", "refreshUsed-/data/%d/hdfs/dn/current/%s" % (R.randint(1, 4), BP), "org.apache.hadoop.fs.CachingGetSpaceUsed", "Refreshed used space %d bytes in %d ms" % (R.randint(10**11, 10**12), R.randint(100, 9000)))
    def n_nmstop(R): return y(R, "INFO", "org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl", "Container %s transitioned from %s" % (cont(R), pick(R, ["RUNNING to KILLING", "KILLING to CONTAINER_CLEANEDUP_AFTER_KILL", "LOCALIZED to RUNNING", "EXITED_WITH_SUCCESS to DONE"])))
    def n_aggok(R): return y(R, "INFO", "org.apache.hadoop.yarn.server.nodemanager.containermanager.logaggregation.AppLogAggregatorImpl", "Application just finished : %s" % app(R))
    def n_balancer(R): return y(R, "INFO", "org.apache.hadoop.hdfs.server.balancer.Balancer", "Need to move %.2f GB to make the cluster balanced. Will move %.2f GB in this iteration" % (R.uniform(10, 900), R.uniform(5, 10)))
    return [n_alloc, n_recv, n_trace, n_slow, n_state, n_assigned, n_killed, n_roll, n_ckpt, n_perm, n_failover, n_addblock, n_du, n_nmstop, n_aggok, n_balancer]


def fam_hadoop(R):
    return build(R, F1, [
        ("dn17-data4-disk-failing", hd_dn17),
        ("nn1-heap-gc-pauses-failover", hd_nn_gc),
        ("jn3-journal-volume-full", hd_jn3),
        ("nm-local-dirs-over-90pct", hd_localdirs),
        ("sessionize-executors-exceed-physical-memory", hd_pmem),
        ("edge02-hive-keytab-stale", hd_kerb),
        ("adhoc-bi-queue-renamed", hd_queue),
        ("dn-max-transfer-threads-too-low", hd_xceiver),
        ("mr-history-done-dir-permissions", hd_history),
        ("yarn-log-bucket-access-denied", hd_logagg),
    ], hd_negs())


# ---------------------------------------------------------------- kafka-zookeeper-connect-ec2
# "larkspur" parcel-tracking events: self-managed Kafka 3.6 (ZooKeeper mode) brokers kafka-1..6 on EC2, a three-node
# ZooKeeper 3.8 ensemble zk-1..3 and a distributed Kafka Connect cluster (connect-1..4) running an S3 sink, a JDBC
# sink and a Debezium MySQL source. Layouts: broker server.log/controller.log "[%d] %p %m (%c)%n"; Connect
# "[%d] %p %X{connector.context}%m (%c:%L)%n"; ZooKeeper "%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n".
F2 = "kafka-zookeeper-connect-ec2"
KD = "larkspur.internal"
TOPICS = ["tracking-updates", "shipments-events", "label-requests", "courier-positions", "audit-log"]


def kb(R, level, msg, cls):
    return "[%s] %s %s (%s)" % (log4j(R), level, msg, cls)


def kc(R, level, ctx, msg, cls, line):
    return "[%s] %s %s%s (%s:%d)" % (log4j(R), level, ctx, msg, cls, line)


def zk(R, myid, level, thread, cls, line, msg):
    return "%s [myid:%d] - %-5s [%s:%s@%d] - %s" % (log4j(R), myid, level, thread, cls, line, msg)


def tp(R):
    return "%s-%d" % (pick(R, TOPICS[:4]), R.randint(0, 23))


def kf_disk(R):
    r = R.random()
    if r < 0.35:
        return kb(R, "ERROR", "Error while appending records to %s in dir /data/kafka-logs" % tp(R) + "\njava.io.IOException: No space left on device" + st("java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)", "org.apache.kafka.common.record.MemoryRecords.writeFullyTo(MemoryRecords.java:92)", "org.apache.kafka.storage.internals.log.LogSegment.append(LogSegment.java:%d)" % 185, "kafka.log.LocalLog.append(LocalLog.scala:422)"), "org.apache.kafka.storage.internals.log.LogDirFailureChannel")
    if r < 0.55:
        return kb(R, "ERROR", "[ReplicaManager broker=4] Stopping serving replicas in dir /data/kafka-logs", "kafka.server.ReplicaManager")
    if r < 0.7:
        return kb(R, "ERROR", "Shutdown broker because all log dirs in /data/kafka-logs have failed", "kafka.log.LogManager")
    return kb(R, "WARN", "[ReplicaFetcher replicaId=%d, leaderId=4, fetcherId=%d] Partition %s marked as failed" % (pick(R, [1, 2, 3, 5, 6]), R.randint(0, 3), tp(R)), "kafka.server.ReplicaFetcherThread")


def kf_isr(R):
    t = tp(R)
    r = R.random()
    if r < 0.5:
        lead = pick(R, [1, 2, 5])
        return kb(R, "INFO", "[Partition %s broker=%d] Shrinking ISR from %d,3,6 to %d,6. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: 3, endOffset: %d, lastCaughtUpTimeMs: %d)." % (t, lead, lead, lead, R.randint(10**7, 10**9), R.randint(10**7, 10**9), R.randint(10**7, 10**9), R.randint(1843430400000, 1844208000000)), "kafka.cluster.Partition")
    return kb(R, "WARN", "[ReplicaFetcher replicaId=3, leaderId=%d, fetcherId=%d] Error in response for fetch request (type=FetchRequest, replicaId=3, maxWait=500, minBytes=1, maxBytes=10485760, fetchData={%s=PartitionData(fetchOffset=%d, logStartOffset=%d, maxBytes=1048576)}, isolationLevel=READ_UNCOMMITTED, sessionId=%d, epoch=%d, rackId=)\njava.io.IOException: Connection to %d was disconnected before the response was read" % (pick(R, [1, 2, 5]), R.randint(0, 3), t, R.randint(10**7, 10**9), R.randint(10**6, 10**7), R.randint(10**8, 10**9), R.randint(1, 9000), pick(R, [1, 2, 5])) + st("org.apache.kafka.clients.NetworkClientUtils.sendAndReceive(NetworkClientUtils.java:99)", "kafka.server.BrokerBlockingSender.sendRequest(BrokerBlockingSender.scala:113)"), "kafka.server.ReplicaFetcherThread")


def kf_zkfsync(R):
    r = R.random()
    if r < 0.5:
        return zk(R, 3, "WARN", "SyncThread:3", "FileTxnLog", 402, "fsync-ing the write ahead log in SyncThread:3 took %dms which will adversely effect operation latency.File size is 67108880 bytes. See the ZooKeeper troubleshooting guide" % R.randint(1500, 9000))
    if r < 0.8:
        return kb(R, "WARN", "Client session timed out, have not heard from server in %dms for session id 0x3%015x" % (R.randint(6001, 12000), R.randint(0, 16**14)), "org.apache.zookeeper.ClientCnxn")
    return kb(R, "INFO", "[ZooKeeperClient Kafka server] Session expired.", "kafka.zookeeper.ZooKeeperClient")


def kf_s3sink(R):
    tk = R.randint(0, 5)
    ctx = "[s3-archive-sink|task-%d] " % tk
    if R.random() < 0.55:
        return kc(R, "ERROR", ctx, "WorkerSinkTask{id=s3-archive-sink-%d} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: Multipart upload failed: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: %s)" % (tk, hexs(R, 16).upper()), "org.apache.kafka.connect.runtime.WorkerSinkTask", 616) + "\norg.apache.kafka.connect.errors.ConnectException: Multipart upload failed" + st("io.confluent.connect.s3.storage.S3OutputStream.commit(S3OutputStream.java:163)", "io.confluent.connect.s3.TopicPartitionWriter.commitFile(TopicPartitionWriter.java:%d)" % 703)
    return kc(R, "ERROR", ctx, "WorkerSinkTask{id=s3-archive-sink-%d} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted" % tk, "org.apache.kafka.connect.runtime.WorkerTask", 212) + "\norg.apache.kafka.connect.errors.ConnectException: Exiting WorkerSinkTask due to unrecoverable exception." + st("org.apache.kafka.connect.runtime.WorkerSinkTask.deliverMessages(WorkerSinkTask.java:632)", "org.apache.kafka.connect.runtime.WorkerSinkTask.poll(WorkerSinkTask.java:350)") + "\nCaused by: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: %s; S3 Extended Request ID: %s)" % (hexs(R, 16).upper(), alnum(R, 56))


def kf_binlog(R):
    f = "mysql-bin-changelog.%06d" % R.randint(4100, 4300)
    r = R.random()
    ctx = "[orders-mysql-cdc|task-0] "
    if r < 0.45:
        return kc(R, "ERROR", ctx, "Error during binlog processing. Last offset stored = {transaction_id=null, ts_sec=%d, file=%s, pos=%d, server_id=%d, event=2}, binlog reader near position = %s/%d" % (R.randint(1843000000, 1843430000), f, R.randint(4, 134217728), R.randint(100000000, 2000000000), f, R.randint(4, 134217728)), "io.debezium.connector.mysql.MySqlStreamingChangeEventSource", 1186)
    if r < 0.8:
        return kc(R, "ERROR", ctx, "Producer failure", "io.debezium.pipeline.ErrorHandler", 52) + "\nio.debezium.DebeziumException: The connector is trying to read binlog starting at SourceInfo [currentGtid=null, currentBinlogFilename=%s, currentBinlogPosition=%d, currentRowNumber=0, serverId=0, sourceTime=null, threadId=-1, currentQuery=null, tableIds=[], databaseName=null], but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed." % (f, R.randint(4, 134217728)) + st("io.debezium.connector.mysql.MySqlConnectorTask.start(MySqlConnectorTask.java:%d)" % 137, "io.debezium.connector.common.BaseSourceTask.start(BaseSourceTask.java:141)")
    return kc(R, "ERROR", ctx, "WorkerSourceTask{id=orders-mysql-cdc-0} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted", "org.apache.kafka.connect.runtime.WorkerTask", 212) + "\norg.apache.kafka.connect.errors.ConnectException: An exception occurred in the change event producer. This connector will be stopped." + st("io.debezium.pipeline.ErrorHandler.setProducerThrowable(ErrorHandler.java:67)", "io.debezium.connector.mysql.MySqlStreamingChangeEventSource$ReaderThreadLifecycleListener.onCommunicationFailure(MySqlStreamingChangeEventSource.java:%d)" % 1242) + "\nCaused by: io.debezium.DebeziumException: Could not find first log file name in binary log index file Error code: 1236; SQLSTATE: HY000. The binlog %s is no longer available on the server" % f


def kf_magic(R):
    tk = R.randint(0, 3)
    return kc(R, "ERROR", "[warehouse-jdbc-sink|task-%d] " % tk, "WorkerSinkTask{id=warehouse-jdbc-sink-%d} Error converting message value in topic 'shipments-events' partition %d at offset %d and timestamp %d: Converting byte[] to Kafka Connect data failed due to serialization error of topic shipments-events: " % (tk, R.randint(0, 23), R.randint(10**6, 10**8), R.randint(1843430400000, 1844208000000)), "org.apache.kafka.connect.runtime.WorkerSinkTask", 547) + "\norg.apache.kafka.connect.errors.DataException: Converting byte[] to Kafka Connect data failed due to serialization error of topic shipments-events: " + st("io.confluent.connect.avro.AvroConverter.toConnectData(AvroConverter.java:148)") + "\nCaused by: org.apache.kafka.common.errors.SerializationException: Unknown magic byte!"


def kf_cfgtopic(R):
    w = "connect-%d" % R.randint(1, 4)
    if R.random() < 0.6:
        return kc(R, "ERROR", "", "[Worker clientId=%s, groupId=larkspur-connect-v2] Uncaught exception in herder work thread, exiting: " % w, "org.apache.kafka.connect.runtime.distributed.DistributedHerder", 376) + "\norg.apache.kafka.common.config.ConfigException: Topic 'connect-configs-v2' supplied via the 'config.storage.topic' property is required to have 'cleanup.policy=compact' to guarantee consistency and durability of connector configurations, but found the topic currently has 'cleanup.policy=delete'. Continuing would likely result in eventually losing connector configurations and problems restarting this Connect cluster in the future. Change the 'config.storage.topic' property in the Connect worker configurations to use a topic with 'cleanup.policy=compact'." + st("org.apache.kafka.connect.util.TopicAdmin.verifyTopicCleanupPolicyOnlyCompact(TopicAdmin.java:%d)" % 581, "org.apache.kafka.connect.storage.KafkaConfigBackingStore.start(KafkaConfigBackingStore.java:%d)" % 358)
    return kc(R, "ERROR", "", "Stopping due to error", "org.apache.kafka.connect.cli.AbstractConnectCli", 100) + "\norg.apache.kafka.common.config.ConfigException: Topic 'connect-configs-v2' supplied via the 'config.storage.topic' property is required to have 'cleanup.policy=compact' to guarantee consistency and durability of connector configurations, but found the topic currently has 'cleanup.policy=delete'." + st("org.apache.kafka.connect.util.TopicAdmin.verifyTopicCleanupPolicyOnlyCompact(TopicAdmin.java:581)", "org.apache.kafka.connect.cli.ConnectDistributed.createHerder(ConnectDistributed.java:%d)" % pick(R, [117, 118]))


def kf_broker6(R):
    r = R.random()
    if r < 0.4:
        return kb(R, "WARN", "[Controller id=1, targetBrokerId=6] Connection to node 6 (kafka-6.%s/10.44.3.66:9093) could not be established. Broker may not be available." % KD, "org.apache.kafka.clients.NetworkClient")
    if r < 0.7:
        return kb(R, "WARN", "[RequestSendThread controllerId=1] Controller 1's connection to broker kafka-6.%s:9093 (id: 6 rack: us-east-1c) was unsuccessful" % KD + "\njava.io.IOException: Connection to kafka-6.%s:9093 (id: 6 rack: us-east-1c) failed." % KD + st("org.apache.kafka.clients.NetworkClientUtils.awaitReady(NetworkClientUtils.java:71)", "kafka.controller.RequestSendThread.brokerReady(ControllerChannelManager.scala:%d)" % 298), "kafka.controller.RequestSendThread")
    return kb(R, "WARN", "[ReplicaFetcher replicaId=%d, leaderId=6, fetcherId=%d] Connection to node 6 (kafka-6.%s/10.44.3.66:9093) could not be established. Broker may not be available." % (pick(R, [1, 2, 3, 4, 5]), R.randint(0, 3), KD), "org.apache.kafka.clients.NetworkClient")


def kf_myid(R):
    if R.random() < 0.6:
        return zk(R, 0, "ERROR", "main", "QuorumPeerMain", 99, "Invalid config, exiting abnormally\norg.apache.zookeeper.server.quorum.QuorumPeerConfig$ConfigException: Error processing /etc/zookeeper/conf/zoo.cfg" + st("org.apache.zookeeper.server.quorum.QuorumPeerConfig.parse(QuorumPeerConfig.java:%d)" % 198, "org.apache.zookeeper.server.quorum.QuorumPeerMain.initializeAndRun(QuorumPeerMain.java:125)") + "\nCaused by: java.lang.IllegalArgumentException: /var/lib/zookeeper/myid file is missing" + st("org.apache.zookeeper.server.quorum.QuorumPeerConfig.setupMyId(QuorumPeerConfig.java:%d)" % 757))
    return kb(R, "WARN", "Session 0x0 for server zk-2.%s/10.44.2.12:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException." % KD + "\njava.net.ConnectException: Connection refused" + st("java.base/sun.nio.ch.Net.pollConnect(Native Method)", "org.apache.zookeeper.ClientCnxnSocketNIO.doTransport(ClientCnxnSocketNIO.java:344)", "org.apache.zookeeper.ClientCnxn$SendThread.run(ClientCnxn.java:%d)" % pick(R, [1289, 1290])), "org.apache.zookeeper.ClientCnxn")


def kf_sasl(R):
    return kb(R, "INFO", "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Failed authentication with /10.44.7.%d (channelId=10.44.%d.%d:9096-10.44.7.%d:%d-%d) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512)" % (R.randint(1, 6), R.randint(20, 29), R.randint(1, 3), R.randint(10, 70), R.randint(20, 29), port(R), R.randint(0, 900)), "org.apache.kafka.common.network.Selector")


def kf_negs():
    def n_roll(R): return kb(R, "INFO", "[LocalLog partition=%s, dir=/data/kafka-logs] Rolled new log segment at offset %d in %d ms." % (tp(R), R.randint(10**6, 10**9), R.randint(0, 9)), "kafka.log.LocalLog")
    def n_del(R): return kb(R, "INFO", "[UnifiedLog partition=%s, dir=/data/kafka-logs] Deleting segment LogSegment(baseOffset=%d, size=%d, lastModifiedTime=%d, largestRecordTimestamp=%d) due to retention time 604800000ms breach based on the largest record timestamp in the segment" % (tp(R), R.randint(10**6, 10**9), R.randint(10**6, 10**9), R.randint(1843000000000, 1843430400000), R.randint(1843000000000, 1843430400000)), "kafka.log.UnifiedLog")
    def n_rebal(R): return kb(R, "INFO", "[GroupCoordinator %d]: Preparing to rebalance group %s in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member %s-%s with group instance id None; client reason: not provided)" % (R.randint(1, 6), pick(R, ["tracking-projector", "label-printer", "eta-model"]), R.randint(10, 900), R.randint(0, 49), pick(R, ["consumer", "eta"]), uuid(R)), "kafka.coordinator.group.GroupCoordinator")
    def n_stab(R): return kb(R, "INFO", "[GroupCoordinator %d]: Stabilized group %s generation %d (__consumer_offsets-%d) with %d members" % (R.randint(1, 6), pick(R, ["tracking-projector", "label-printer", "eta-model"]), R.randint(10, 900), R.randint(0, 49), R.randint(1, 12)), "kafka.coordinator.group.GroupCoordinator")
    def n_pref(R): return kb(R, "INFO", "[Controller id=1] Processing automatic preferred replica leader election", "kafka.controller.KafkaController")
    def n_expand(R): return kb(R, "INFO", "[Partition %s broker=%d] ISR updated to %d,2,5 and version updated to %d" % (tp(R), pick(R, [1, 2, 5]), pick(R, [1, 4]), R.randint(10, 900)), "kafka.cluster.Partition")
    def n_commit(R): return kc(R, "INFO", "[orders-mysql-cdc|task-0|offsets] ", "WorkerSourceTask{id=orders-mysql-cdc-0} Committing offsets for %d acknowledged messages" % R.randint(1, 9000), "org.apache.kafka.connect.runtime.WorkerSourceTask", 233)
    def n_cfgread(R): return kc(R, "INFO", "", "[Worker clientId=connect-%d, groupId=larkspur-connect] Finished reading to end of log and updated config snapshot, new config log offset: %d" % (R.randint(1, 4), R.randint(100, 9000)), "org.apache.kafka.connect.runtime.distributed.DistributedHerder", 1700)
    def n_s3ok(R): return kc(R, "INFO", "[s3-archive-sink|task-%d] " % R.randint(0, 5), "Files committed to S3. Target commit offset for %s is %d" % (tp(R), R.randint(10**6, 10**9)), "io.confluent.connect.s3.TopicPartitionWriter", 590)
    def n_http(R): return kb(R, "WARN", "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Unexpected error from /%s (channelId=10.44.%d.%d:9092-%s:%d-%d); closing connection" % (R.randint(1, 6), ip10(R, 44), R.randint(1, 3), R.randint(10, 70), ip10(R, 44), port(R), R.randint(0, 900)) + "\norg.apache.kafka.common.network.InvalidReceiveException: Invalid receive (size = 1195725856 larger than 104857600)" + st("org.apache.kafka.common.network.NetworkReceive.readFrom(NetworkReceive.java:94)", "org.apache.kafka.common.network.KafkaChannel.receive(KafkaChannel.java:452)"), "org.apache.kafka.common.network.Selector")
    def n_zkexp(R): return zk(R, R.randint(1, 3), "INFO", "SessionTracker", "ZooKeeperServer", 610, "Expiring session 0x%d%015x, timeout of 18000ms exceeded" % (R.randint(1, 3), R.randint(0, 16**14)))
    def n_zkconn(R): return zk(R, R.randint(1, 3), "INFO", "NIOWorkerThread-%d" % R.randint(1, 16), "ZooKeeperServer", 1042, "Refusing session request for client /10.44.%d.%d:%d as it has seen zxid 0x%x our last zxid is 0x%x client must try another server" % (R.randint(1, 3), R.randint(10, 70), port(R), R.randint(10**9, 10**10), R.randint(10**9, 10**10)))
    def n_snap(R): return zk(R, R.randint(1, 3), "INFO", "Snapshot Thread", "FileTxnSnapLog", 479, "Snapshotting: 0x%x to /var/lib/zookeeper/version-2/snapshot.%x" % ((lambda v: (v, v))(R.randint(10**9, 10**10))))
    def n_member(R): return kb(R, "INFO", "[GroupCoordinator %d]: Member %s-%s in group eta-model has left, removing it from the group" % (R.randint(1, 6), "consumer-eta-model-%d" % R.randint(1, 9), uuid(R)), "kafka.coordinator.group.GroupCoordinator")
    def n_authok(R): return kb(R, "INFO", "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Successfully authenticated with /%s (channelId=%s) (principal User:%s)" % (R.randint(1, 6), ip10(R, 44), hexs(R, 8), pick(R, ["tracking-projector", "connect", "eta-model"])), "org.apache.kafka.common.network.Selector")
    def n_offsets(R): return kb(R, "INFO", "[GroupMetadataManager brokerId=%d] Removed %d expired offsets in %d milliseconds." % (R.randint(1, 6), R.randint(0, 40), R.randint(0, 9)), "kafka.coordinator.group.GroupMetadataManager")
    return [n_roll, n_del, n_rebal, n_stab, n_pref, n_expand, n_commit, n_cfgread, n_s3ok, n_http, n_zkexp, n_zkconn, n_snap, n_member, n_authok, n_offsets]


def fam_kafka(R):
    return build(R, F2, [
        ("broker4-log-dir-disk-full", kf_disk),
        ("broker3-replication-falls-out-of-isr", kf_isr),
        ("zk3-slow-fsync-session-timeouts", kf_zkfsync),
        ("s3-archive-sink-role-access-denied", kf_s3sink),
        ("orders-cdc-binlog-purged", kf_binlog),
        ("shipments-events-non-avro-producer", kf_magic),
        ("connect-v2-config-topic-not-compacted", kf_cfgtopic),
        ("broker6-port-9093-unreachable", kf_broker6),
        ("zk2-myid-file-missing", kf_myid),
        ("label-printer-stale-scram-password", kf_sasl),
    ], kf_negs())


FAMILIES = {F1: fam_hadoop, F2: fam_kafka}
