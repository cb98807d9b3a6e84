"""Families: nats-etcd-zookeeper, config-mgmt."""
from common import hexs, alnum, uuid, ip10, ipdoc, hms, iso, spc, pick, build

# ---------------------------------------------------------------- nats-etcd-zookeeper
F1 = "nats-etcd-zookeeper"


def nats_ts(R):
    return "[%d] 2026/12/%02d %s.%06d" % (R.randint(1, 9), R.randint(1, 4), hms(R), R.randint(0, 999999))


STREAMS = ["ORDERS", "PAYMENTS", "AUDIT", "TELEMETRY", "INVENTORY"]
CLIENTS = ["orders-api", "billing-worker", "inventory-sync", "notifier", "audit-sink"]


def zk_ts(R):
    return spc(R, 0) + ",%03d" % R.randint(0, 999)


def etcd(R, level, caller, msg, extra):
    import json
    d = {"level": level, "ts": iso(R, 6), "caller": caller, "msg": msg}
    d.update(extra)
    return json.dumps(d, separators=(",", ":"))


def mid(R):
    return hexs(R, 16)


def zk_stack_sock(R, exc, frames):
    return "\n".join([exc] + ["\tat %s" % f for f in frames])


def g_nats_route(R):
    a = ip10(R)
    return "%s [ERR] %s:6222 - rid:%d - Error trying to connect to route (attempt %d): dial tcp %s:6222: connect: connection refused" % (
        nats_ts(R), a, R.randint(2, 40), R.randint(1, 30), a)


def g_nats_js_nospace(R):
    s = pick(R, STREAMS[:3])
    return "%s [ERR] JetStream failed to store a msg on stream '$G > %s': write /data/jetstream/$G/streams/%s/msgs/%d.blk: no space left on device" % (
        nats_ts(R), s, s, R.randint(1, 900))


def g_nats_pubviol(R):
    u = pick(R, ["billing", "notifier", "reports"])
    return '%s [ERR] %s:%d - cid:%d - "v1.3%d.0:go:%s" - Publish Violation - User "%s", Subject "orders.refund.%d"' % (
        nats_ts(R), ip10(R), R.randint(40000, 65000), R.randint(5, 9000), R.randint(0, 7), u + "-svc", u, R.randint(1000, 99999))


def g_nats_ftl(R):
    return '%s [FTL] Error listening on port: 0.0.0.0:4222, "listen tcp 0.0.0.0:4222: bind: address already in use"' % nats_ts(R)


def g_etcd_publish(R):
    return etcd(R, "error", "etcdserver/server.go:2147", "failed to publish local member to cluster through raft",
                {"local-member-id": mid(R), "local-member-attributes": "{Name:etcd-%d ClientURLs:[https://%s:2379]}" % (R.randint(0, 2), ip10(R)),
                 "request-path": "/0/members/%s/attributes" % mid(R), "publish-timeout": "7s", "error": "etcdserver: request timed out"})


def g_etcd_panic(R):
    gid = R.randint(1, 9)
    return "\n".join([
        etcd(R, "panic", "backend/backend.go:189", "failed to open database",
             {"path": "/var/lib/etcd/member/snap/db", "error": "open /var/lib/etcd/member/snap/db: no space left on device"}),
        "panic: failed to open database", "",
        "goroutine %d [running]:" % gid,
        "go.uber.org/zap/zapcore.CheckWriteAction.OnWrite(0x2, 0xc000%s, {0x0, 0x0, 0x0})" % hexs(R, 6),
        "\tgo.uber.org/zap@v1.27.0/zapcore/entry.go:196 +0x65",
        "go.etcd.io/etcd/server/v3/mvcc/backend.newBackend({{0xc000%s, 0x1c}, 0x5f5e100, 0x2710, {0x0, 0x0}, 0x280000000, 0xc000%s, 0x0, 0x0, ...})" % (hexs(R, 6), hexs(R, 6)),
        "\tgo.etcd.io/etcd/server/v3/mvcc/backend/backend.go:189 +0x3e5"])


def g_etcd_purge(R):
    return etcd(R, "error", "fileutil/purge.go:85", "failed to remove old file",
                {"path": "/var/lib/etcd/member/snap/%016x-%016x.snap" % (R.randint(2, 40), R.randint(10**6, 10**8)),
                 "error": "remove: permission denied"})


def g_etcd_fatal_listen(R):
    a = ip10(R)
    return etcd(R, "fatal", "etcdmain/etcd.go:204", "discovery failed",
                {"error": "listen tcp %s:2380: bind: cannot assign requested address" % a, "stacktrace":
                 "go.etcd.io/etcd/server/v3/etcdmain.startEtcdOrProxyV2\n\tgo.etcd.io/etcd/server/v3/etcdmain/etcd.go:204\ngo.etcd.io/etcd/server/v3/etcdmain.Main\n\tgo.etcd.io/etcd/server/v3/etcdmain/main.go:40"})


def g_zk_quorumpeer(R):
    me = R.randint(1, 3)
    return "%s [myid:%d] - ERROR [QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled):o.a.z.s.q.Follower@135] - Exception when following the leader\n%s" % (
        zk_ts(R), me, me, zk_stack_sock(R, "java.net.SocketTimeoutException: Read timed out", [
            "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
            "java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:244)",
            "org.apache.zookeeper.server.quorum.Learner.readPacket(Learner.java:%d)" % pick(R, [218, 219]),
            "org.apache.zookeeper.server.quorum.Follower.followLeader(Follower.java:%d)" % pick(R, [131, 135])]))


def g_zk_learnerhandler(R):
    me = R.randint(1, 3)
    a = ip10(R)
    return "%s [myid:%d] - ERROR [LearnerHandler-/%s:%d:o.a.z.s.q.LearnerHandler@714] - Unexpected exception causing shutdown while sock still open\n%s" % (
        zk_ts(R), me, a, R.randint(30000, 60000), zk_stack_sock(R, "java.net.SocketTimeoutException: Read timed out", [
            "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
            "java.base/java.io.DataInputStream.readInt(DataInputStream.java:381)",
            "org.apache.jute.BinaryInputArchive.readInt(BinaryInputArchive.java:96)",
            "org.apache.zookeeper.server.quorum.LearnerHandler.run(LearnerHandler.java:%d)" % pick(R, [605, 612])]))


def g_zk_sync_nospace(R):
    me = R.randint(1, 3)
    return "%s [myid:%d] - ERROR [SyncThread:%d:o.a.z.s.ZooKeeperCriticalThread@49] - Severe unrecoverable error, from thread : SyncThread:%d\n%s" % (
        zk_ts(R), me, me, me, zk_stack_sock(R, "java.io.IOException: No space left on device", [
            "java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
            "org.apache.zookeeper.server.persistence.FileTxnLog.append(FileTxnLog.java:%d)" % R.randint(290, 299),
            "org.apache.zookeeper.server.SyncRequestProcessor.run(SyncRequestProcessor.java:%d)" % R.randint(180, 190)]))


def g_curator_gaveup(R):
    svc = pick(R, ["scheduler", "lease-manager", "shard-allocator"])
    return "%s ERROR [main-EventThread] o.a.c.f.imps.CuratorFrameworkImpl - Background operation retry gave up\n%s" % (
        spc(R), zk_stack_sock(R, "org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss", [
            "org.apache.zookeeper.KeeperException.create(KeeperException.java:102)",
            "org.apache.curator.framework.imps.CuratorFrameworkImpl.checkBackgroundRetry(CuratorFrameworkImpl.java:%d)" % R.randint(860, 880),
            "org.apache.curator.framework.imps.CuratorFrameworkImpl.processBackgroundOperation(CuratorFrameworkImpl.java:%d)" % R.randint(640, 660),
            "com.example.%s.LeaderLatchRunner.run(LeaderLatchRunner.java:%d)" % (svc.replace("-", ""), R.randint(40, 99))]))


G1 = [("nats-route-connect-refused", g_nats_route), ("nats-jetstream-store-no-space", g_nats_js_nospace),
      ("nats-publish-violation-refund", g_nats_pubviol), ("nats-fatal-listen-address-in-use", g_nats_ftl),
      ("etcd-publish-member-timed-out", g_etcd_publish), ("etcd-panic-open-database-no-space", g_etcd_panic),
      ("etcd-purge-snap-permission-denied", g_etcd_purge), ("etcd-fatal-discovery-bind", g_etcd_fatal_listen),
      ("zk-follower-read-timed-out", g_zk_quorumpeer), ("zk-learnerhandler-read-timed-out", g_zk_learnerhandler),
      ("zk-syncthread-no-space", g_zk_sync_nospace), ("curator-background-retry-gave-up", g_curator_gaveup)]

N1 = [
    lambda R: "%s [INF] Starting nats-server" % nats_ts(R),
    lambda R: "%s [INF]   Version:  2.10.%d" % (nats_ts(R), R.randint(10, 22)),
    lambda R: "%s [INF] Listening for client connections on 0.0.0.0:4222" % nats_ts(R),
    lambda R: "%s [INF] Server is ready" % nats_ts(R),
    lambda R: "%s [INF] %s:%d - cid:%d - \"v1.3%d.0:go:%s\" - Slow Consumer Detected: WriteDeadline of 10s exceeded with %d chunks of %d total bytes." % (
        nats_ts(R), ip10(R), R.randint(40000, 65000), R.randint(5, 9000), R.randint(0, 7), pick(R, CLIENTS), R.randint(2, 9), R.randint(10000, 300000)),
    lambda R: "%s [INF] %s:6222 - rid:%d - Route connection created" % (nats_ts(R), ip10(R), R.randint(2, 40)),
    lambda R: "%s [WRN] %s:%d - cid:%d - Readloop processing time: %d.%03ds" % (nats_ts(R), ip10(R), R.randint(40000, 65000), R.randint(5, 9000), R.randint(2, 4), R.randint(0, 999)),
    lambda R: "%s [DBG] %s:%d - cid:%d - \"v1.3%d.0:go:%s\" - Client connection closed: Client Closed" % (
        nats_ts(R), ip10(R), R.randint(40000, 65000), R.randint(5, 9000), R.randint(0, 7), pick(R, CLIENTS)),
    lambda R: "%s [INF] JetStream cluster new stream leader for '$G > %s'" % (nats_ts(R), pick(R, STREAMS)),
    lambda R: "%s [WRN] Healthcheck failed: \"JetStream stream '$G > %s' is not current\"" % (nats_ts(R), pick(R, STREAMS)),
    lambda R: "%s [INF] %s:6222 - rid:%d - Router connection closed: Client Closed; reconnected after error, 0 errors pending" % (nats_ts(R), ip10(R), R.randint(2, 40)),
    lambda R: etcd(R, "warn", "etcdserver/util.go:170", "apply request took too long",
                   {"took": "%d.%dms" % (R.randint(101, 900), R.randint(0, 9)), "expected-duration": "100ms", "prefix": "read-only range ",
                    "request": "key:\"/registry/leases/kube-node-lease/ip-%s\" " % ip10(R).replace(".", "-"), "response": "", "error": "context deadline exceeded"}),
    lambda R: etcd(R, "warn", "rafthttp/probing_status.go:68", "prober detected unhealthy status",
                   {"round-tripper-name": "ROUND_TRIPPER_RAFT_MESSAGE", "remote-peer-id": mid(R), "rtt": "0s", "error": "dial tcp %s:2380: connect: connection refused" % ip10(R)}),
    lambda R: etcd(R, "info", "etcdserver/server.go:2127", "published local member to cluster through raft",
                   {"local-member-id": mid(R), "cluster-id": mid(R), "publish-timeout": "7s"}),
    lambda R: etcd(R, "info", "raft/raft.go:765", "%s became leader at term %d" % (mid(R), R.randint(2, 90)), {}),
    lambda R: etcd(R, "info", "mvcc/kvstore_compaction.go:57", "finished scheduled compaction",
                   {"compact-revision": R.randint(10**6, 10**7), "took": "%d.%dms" % (R.randint(5, 90), R.randint(0, 9))}),
    lambda R: etcd(R, "warn", "embed/config_logging.go:169", "rejected connection",
                   {"remote-addr": "%s:%d" % (ip10(R), R.randint(30000, 60000)), "server-name": "", "error": "EOF"}),
    lambda R: etcd(R, "info", "etcdserver/server.go:1395", "triggering snapshot",
                   {"local-member-id": mid(R), "local-member-applied-index": R.randint(10**6, 10**7), "local-member-snapshot-count": 100000}),
    lambda R: "%s [myid:%d] - INFO  [SessionTracker:o.a.z.s.ZooKeeperServer@%d] - Expiring session 0x%s, timeout of 40000ms exceeded" % (
        zk_ts(R), R.randint(1, 3), R.randint(600, 640), hexs(R, 16)),
    lambda R: "%s [myid:%d] - INFO  [CommitProcWorkThread-%d:o.a.z.s.ZooKeeperServer@%d] - Established session 0x%s with negotiated timeout 40000 for client /%s:%d" % (
        zk_ts(R), R.randint(1, 3), R.randint(1, 8), R.randint(1000, 1100), hexs(R, 16), ip10(R), R.randint(30000, 60000)),
    lambda R: "%s [myid:%d] - WARN  [NIOWorkerThread-%d:o.a.z.s.NIOServerCnxn@380] - Unexpected exception\nEndOfStreamException: Unable to read additional data from client, it probably closed the socket: address = /%s:%d, session = 0x%s\n\tat org.apache.zookeeper.server.NIOServerCnxn.handleFailedRead(NIOServerCnxn.java:163)\n\tat org.apache.zookeeper.server.NIOServerCnxn.doIO(NIOServerCnxn.java:326)" % (
        zk_ts(R), R.randint(1, 3), R.randint(1, 16), ip10(R), R.randint(30000, 60000), hexs(R, 16)),
    lambda R: "%s [myid:%d] - INFO  [QuorumPeer[myid=%d](plain=0.0.0.0:2181)(secure=disabled):o.a.z.s.q.Leader@%d] - LEADING - LEADER ELECTION TOOK - %d MS" % (
        zk_ts(R), 2, 2, R.randint(580, 600), R.randint(40, 900)),
    lambda R: "%s [myid:%d] - INFO  [SyncThread:%d:o.a.z.s.p.FileTxnSnapLog@%d] - Snapshotting: 0x%x to /data/version-2/snapshot.%x" % (
        zk_ts(R), 1, 1, R.randint(470, 480), R.randint(10**8, 10**9), R.randint(10**8, 10**9)),
    lambda R: "%s [myid:%d] - WARN  [QuorumConnectionThread-[myid=%d]-%d:o.a.z.s.q.QuorumCnxManager@%d] - Cannot open channel to %d at election address /%s:3888; retrying, 0 errors so far" % (
        zk_ts(R), 1, 1, R.randint(2, 9), R.randint(380, 400), R.randint(2, 3), ip10(R)),
    lambda R: "%s INFO  [main-EventThread] o.a.c.f.state.ConnectionStateManager - State change: %s" % (spc(R), pick(R, ["RECONNECTED", "CONNECTED"])),
    lambda R: "%s WARN  [main-SendThread(zk-%d.zk.internal:2181)] org.apache.zookeeper.ClientCnxn - Session 0x%s for server zk-%d.zk.internal/%s:2181, Closing socket connection. Attempting reconnect except it is a SessionExpiredException." % (
        spc(R), R.randint(0, 2), hexs(R, 16), R.randint(0, 2), ip10(R)),
    lambda R: "%s DEBUG [lease-renewer] c.e.scheduler.LeaseRenewer - lease renewed for shard %d after error retry; error_count=0" % (spc(R), R.randint(1, 64)),
]


def fam1(R):
    return build(R, F1, G1, N1, 62)


# ---------------------------------------------------------------- config-mgmt
F2 = "config-mgmt"
HOSTS = ["web-%02d.prod.internal" % i for i in range(1, 9)] + ["db-%02d.prod.internal" % i for i in range(1, 4)]


def ansible_ts(R):
    return "%s p=%d u=ec2-user n=ansible | " % (spc(R, 0).replace(" ", " "), R.randint(1000, 60000))


def g_ans_unreachable(R):
    h = pick(R, HOSTS)
    return '%sfatal: [%s]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh: ssh: connect to host %s port 22: Connection timed out", "unreachable": true}' % (
        ansible_ts(R), h, ip10(R))


def g_ans_apt_lock(R):
    h = pick(R, HOSTS)
    return '%sfatal: [%s]: FAILED! => {"changed": false, "msg": "Failed to lock apt for exclusive operation: Failed to lock directory /var/lib/apt/lists/: E:Could not get lock /var/lib/apt/lists/lock. It is held by process %d (apt-get)"}' % (
        ansible_ts(R), h, R.randint(1000, 40000))


def g_ans_service_nginx(R):
    h = pick(R, HOSTS[:8])
    return '%sfatal: [%s]: FAILED! => {"changed": false, "msg": "Unable to start service nginx: Job for nginx.service failed because the control process exited with error code.\\nSee \\"systemctl status nginx.service\\" and \\"journalctl -xeu nginx.service\\" for details.\\n"}' % (
        ansible_ts(R), h)


def g_ans_service_pgbouncer(R):
    h = pick(R, HOSTS[8:])
    return '%sfatal: [%s]: FAILED! => {"changed": false, "msg": "Unable to start service pgbouncer: Job for pgbouncer.service failed because the control process exited with error code.\\nSee \\"systemctl status pgbouncer.service\\" and \\"journalctl -xeu pgbouncer.service\\" for details.\\n"}' % (
        ansible_ts(R), h)


def g_ans_template_undefined(R):
    h = pick(R, HOSTS)
    return "%sfatal: [%s]: FAILED! => {\"changed\": false, \"msg\": \"AnsibleUndefinedVariable: 'dict object' has no attribute 'upstream_port'. 'dict object' has no attribute 'upstream_port'\"}" % (
        ansible_ts(R), h)


def g_ans_recap_failed(R):
    lines = ["PLAY RECAP *********************************************************************"]
    for h in R.sample(HOSTS, 3):
        lines.append("%-27s: ok=%-4d changed=%-4d unreachable=0    failed=%d    skipped=%-4d rescued=0    ignored=0" % (
            h, R.randint(8, 60), R.randint(0, 9), R.randint(1, 2), R.randint(0, 12)))
    return "\n".join(lines)


def g_puppet_dep_fail(R):
    pkg = pick(R, ["node_exporter", "collectd", "td-agent"])
    return "Error: /Stage[main]/Profile::Monitoring/Package[%s]/ensure: change from 'purged' to '%s' failed: Execution of '/usr/bin/dnf -d 0 -e 1 -y install %s-%s' returned 1: Error: Unable to find a match: %s-%s" % (
        pkg, v := "1.%d.%d" % (R.randint(2, 8), R.randint(0, 9)), pkg, v, pkg, v)


def g_puppet_catalog(R):
    n = pick(R, HOSTS)
    return "Error: Could not retrieve catalog from remote server: Error 500 on SERVER: Server Error: Evaluation Error: Error while evaluating a Function Call, Could not find data item profile::app::db_host in any Hiera data file and no default supplied (file: /etc/puppetlabs/code/environments/production/modules/profile/manifests/app.pp, line: %d, column: %d) on node %s" % (
        R.randint(10, 40), R.randint(3, 20), n)


def chef_ts(R):
    return "[2026-12-%02dT%s+00:00]" % (R.randint(1, 4), hms(R))


def g_chef_run_failed(R):
    t = chef_ts(R)
    return "\n".join([
        "%s FATAL: Stacktrace dumped to /var/chef/cache/chef-stacktrace.out" % t,
        "%s FATAL: Please provide the contents of the stacktrace.out file if you file a bug report" % t,
        "%s FATAL: Mixlib::ShellOut::ShellCommandFailed: execute[migrate-orders-db] (orders::deploy line %d) had an error: Mixlib::ShellOut::ShellCommandFailed: Expected process to exit with [0], but received '%d'" % (
            t, 41, pick(R, [1, 2, 127]))])


def g_chef_http_401(R):
    t = chef_ts(R)
    n = pick(R, HOSTS)
    return "%s ERROR: Running exception handlers\n%s FATAL: Net::HTTPClientException: 401 \"Unauthorized\" (node %s, request GET https://chef.example.internal/organizations/ops/nodes/%s)" % (t, t, n, n)


def g_salt_state_failed(R):
    mid_ = pick(R, HOSTS)
    return "\n".join([
        "%s:" % mid_, "----------", "          ID: app-config", "    Function: file.managed",
        "        Name: /etc/orders/app.yaml", "      Result: False",
        "     Comment: Unable to manage file: Jinja variable 'dict object' has no attribute 'kafka_brokers'",
        "     Started: %s.%06d" % (hms(R), R.randint(0, 999999)), "    Duration: %d.%03d ms" % (R.randint(10, 900), R.randint(0, 999)), "     Changes:"])


def g_salt_minion_auth(R):
    return "%s,%03d [salt.crypt        :%d][ERROR   ][%d] The Salt Master has cached the public key for this node, this salt minion will wait for %d seconds before attempting to re-authenticate" % (
        spc(R, 0), R.randint(0, 999), pick(R, [667, 671]), R.randint(1000, 9000), pick(R, [10, 30]))


G2 = [("ansible-unreachable-ssh-timeout", g_ans_unreachable), ("ansible-apt-lock-held", g_ans_apt_lock),
      ("ansible-start-nginx-failed", g_ans_service_nginx), ("ansible-start-pgbouncer-failed", g_ans_service_pgbouncer),
      ("ansible-template-undefined-upstream-port", g_ans_template_undefined), ("ansible-play-recap-failed", g_ans_recap_failed),
      ("puppet-package-install-no-match", g_puppet_dep_fail), ("puppet-catalog-hiera-missing", g_puppet_catalog),
      ("chef-migrate-shellout-failed", g_chef_run_failed), ("chef-node-401-unauthorized", g_chef_http_401),
      ("salt-file-managed-jinja-undefined", g_salt_state_failed), ("salt-minion-key-not-accepted", g_salt_minion_auth)]

N2 = [
    lambda R: "%sok: [%s]" % (ansible_ts(R), pick(R, HOSTS)) + pick(R, ["", " => (item=nginx)", " => (item=chrony)"]) + " #%d" % R.randint(1, 999),
    lambda R: "%schanged: [%s] => (item=/etc/orders/%s.yaml)" % (ansible_ts(R), pick(R, HOSTS), pick(R, ["app", "db", "kafka", "logging"])),
    lambda R: "%sTASK [%s] *********************************************************" % (ansible_ts(R), pick(R, ["nginx : Render site config", "common : Install packages", "app : Restart orders", "db : Ensure pgbouncer user"])),
    lambda R: "%sskipping: [%s]" % (ansible_ts(R), pick(R, HOSTS)) + " (%d)" % R.randint(1, 999),
    lambda R: (lambda t: "%sfatal: [%s]: FAILED! => {\"changed\": false, \"cmd\": [\"systemctl\", \"is-active\", \"legacy-cron\"], \"rc\": 3, \"stdout\": \"inactive\"}\n%s...ignoring" % (t, pick(R, HOSTS), t))(ansible_ts(R)),
    lambda R: "%sFAILED - RETRYING: [%s]: Wait for orders health endpoint (%d retries left)." % (ansible_ts(R), pick(R, HOSTS), R.randint(1, 9)),
    lambda R: "%s[WARNING]: Platform linux on host %s is using the discovered Python interpreter at /usr/bin/python3.%d, but future installation of another Python interpreter could change the meaning of that path." % (
        ansible_ts(R), pick(R, HOSTS), R.randint(9, 12)),
    lambda R: "PLAY RECAP *********************************************************************\n" + "\n".join(
        "%-27s: ok=%-4d changed=%-4d unreachable=0    failed=0    skipped=%-4d rescued=0    ignored=%d" % (h, R.randint(8, 60), R.randint(0, 9), R.randint(0, 12), R.randint(0, 1)) for h in R.sample(HOSTS, 3)),
    lambda R: "Notice: /Stage[main]/Profile::Nginx/File[/etc/nginx/conf.d/%s.conf]/content: content changed '{sha256}%s' to '{sha256}%s'" % (pick(R, ["orders", "status", "admin"]), hexs(R, 64), hexs(R, 64)),
    lambda R: "Notice: Applied catalog in %d.%02d seconds" % (R.randint(3, 90), R.randint(0, 99)),
    lambda R: "Info: Retrieving pluginfacts\nInfo: Retrieving plugin\nInfo: Caching catalog for %s\nInfo: Applying configuration version '%d'" % (pick(R, HOSTS), R.randint(1700000000, 1800000000)),
    lambda R: "Warning: Unknown variable: '::ec2_metadata'. (file: /etc/puppetlabs/code/environments/production/modules/profile/manifests/base.pp, line: %d, column: %d)" % (R.randint(5, 60), R.randint(3, 30)),
    lambda R: "Notice: /Stage[main]/Profile::App/Exec[check-errors]/returns: executed successfully (0 errors in %d files)" % R.randint(3, 80),
    lambda R: "[2026-12-%02dT%s+00:00] INFO: Chef Infra Client Run complete in %d.%09d seconds" % (R.randint(1, 4), hms(R), R.randint(5, 200), R.randint(0, 10**9 - 1)),
    lambda R: "[2026-12-%02dT%s+00:00] INFO: Processing template[/etc/orders/app.yml] action create (orders::config line %d)" % (R.randint(1, 4), hms(R), R.randint(10, 80)),
    lambda R: "[2026-12-%02dT%s+00:00] WARN: remote_file[/opt/agent.tar.gz] retrying after error (attempt %d/5): Net::ReadTimeout" % (R.randint(1, 4), hms(R), R.randint(1, 4)),
    lambda R: "[2026-12-%02dT%s+00:00] INFO: Report handlers complete; 0 errors, %d resources updated" % (R.randint(1, 4), hms(R), R.randint(0, 40)),
    lambda R: "%s:\n----------\n          ID: orders-service\n    Function: service.running\n        Name: orders\n      Result: True\n     Comment: The service orders is already running\n     Started: %s.%06d\n    Duration: %d.%03d ms\n     Changes:" % (
        pick(R, HOSTS), hms(R), R.randint(0, 999999), R.randint(10, 900), R.randint(0, 999)),
    lambda R: "Summary for %s\n-------------\nSucceeded: %d (changed=%d)\nFailed:      0\n-------------\nTotal states run:     %d" % (pick(R, HOSTS), s := R.randint(20, 90), R.randint(0, 9), s),
    lambda R: "%s,%03d [salt.minion       :%d][INFO    ][%d] Returning information for job: %d" % (spc(R, 0), R.randint(0, 999), R.randint(1700, 1800), R.randint(1000, 9000), R.randint(10**19, 10**20 - 1)),
    lambda R: "%s,%03d [salt.minion       :%d][WARNING ][%d] Master %s did not respond, failover completed to master salt-%d.example.internal" % (spc(R, 0), R.randint(0, 999), R.randint(1100, 1200), R.randint(1000, 9000), "salt-0.example.internal", R.randint(1, 2)),
    lambda R: "%s,%03d [salt.utils.event  :%d][DEBUG   ][%d] Sending event: tag = salt/job/%d/ret/%s; data = {'retcode': 0, 'success': True}" % (spc(R, 0), R.randint(0, 999), R.randint(800, 830), R.randint(1000, 9000), R.randint(10**19, 10**20 - 1), pick(R, HOSTS)),
]


def fam2(R):
    return build(R, F2, G2, N2, 64)


FAMILIES = {F1: fam1, F2: fam2}
