"""Families: k8s-selfmanaged-controlplane-ec2, nfs-samba-zfs-mdraid-fileservers."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    ec2host, pid, bsd, r3339, r5424, kern, systemd, uptime, iid, ACCT)

# ---------------------------------------------------------------- k8s-selfmanaged-controlplane-ec2
# "orbitals" kubeadm cluster on EC2 (Kubernetes 1.30, Ubuntu 22.04 nodes): control-plane nodes cp-1..3 with
# static pods (kube-apiserver, etcd 3.5 JSON logs, controller-manager, scheduler), workers wk-01..wk-12 with
# kubelet under systemd and containerd, kube-proxy (iptables mode), CoreDNS. klog lines arrive either bare
# (pod log files) or inside a traditional syslog line (kubelet from journald).
F5 = "k8s-selfmanaged-controlplane-ec2"

CP = ["cp-1", "cp-2", "cp-3"]


def wk(R):
    return "wk-%02d" % R.randint(1, 12)


def klog(R, sev, src, msg, at=None, p=None):
    d, t = at or (day(R), hms(R))
    return "%s05%02d %s.%06d %7d %s] %s" % (sev, d, t, R.randint(0, 999999), p or R.randint(1, 9999), src, msg)


def kubelet(R, host, sev, src, msg):
    at = (day(R), hms(R))
    p = R.randint(600, 9000)
    return bsd(R, host, "kubelet", klog(R, sev, src, msg, at, p), p, at=at)


def etcd(R, level, caller, msg, **kv):
    d = {"level": level, "ts": iso(R, 6), "caller": caller, "msg": msg}
    d.update(kv)
    return jd(d)


def pod(R, name):
    return "%s-%s-%s" % (name, lower(R, 10).replace("l", "b"), lower(R, 5))


def k_etcdslow(R):
    r = R.random()
    if r < 0.35:
        return etcd(R, "warn", "wal/wal.go:805", "slow fdatasync", took="%.9fs" % R.uniform(1.0, 4.5), **{"expected-duration": "1s"})
    if r < 0.7:
        return etcd(R, "warn", "etcdserver/util.go:170", "apply request took too long", took="%.9fs" % R.uniform(0.3, 3), **{"expected-duration": "100ms", "prefix": "read-only range ", "request": "key:\"/registry/%s\" " % pick(R, ["leases/kube-node-lease/" + wk(R), "pods/payments/" + pod(R, "api"), "configmaps/kube-system/kubeadm-config"]), "response": "range_response_count:1 size:%d" % R.randint(300, 9000)})
    return klog(R, "E", "status.go:71", "apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0xe, desc:\"etcdserver: request timed out\"}: etcdserver: request timed out")


def k_kubeletcert(R):
    h = pick(R, ["wk-07", "wk-08"])
    if R.random() < 0.5:
        return kubelet(R, h, "E", "certificate_manager.go:562", "kubernetes.io/kube-apiserver-client-kubelet: Failed while requesting a signed certificate from the control plane: cannot create certificate signing request: Unauthorized")
    return klog(R, "E", "authentication.go:73", "\"Unable to authenticate the request\" err=\"[x509: certificate has expired or is not yet valid: current time 2028-05-%02dT%sZ is after 2028-04-30T11:02:17Z, verifying certificate SN=%d, SKID=, AKID=%s failed: x509: certificate has expired or is not yet valid: current time 2028-05-%02dT%sZ is after 2028-04-30T11:02:17Z]\"" % (lambda d, t: (d, t, R.randint(10**17, 10**18), ":".join(hexs(R, 2).upper() for _ in range(20)), d, t))(day(R), hms(R)))


def k_peer(R):
    peer = pick(R, ["6a1f3c9e2b7d4051", "6a1f3c9e2b7d4051"])
    r = R.random()
    if r < 0.4:
        return etcd(R, "warn", "rafthttp/probing_status.go:68", "prober detected unhealthy status", **{"round-tripper-name": pick(R, ["ROUND_TRIPPER_RAFT_MESSAGE", "ROUND_TRIPPER_SNAPSHOT"]), "remote-peer-id": peer, "rtt": "0s", "error": "dial tcp 10.60.3.21:2380: i/o timeout"})
    if r < 0.7:
        return etcd(R, "warn", "rafthttp/peer.go:267", "dropped internal Raft message since sending buffer is full (overloaded network)", **{"message-type": pick(R, ["MsgHeartbeat", "MsgApp"]), "local-member-id": "b2e41c07d9a35f18", "from": "b2e41c07d9a35f18", "remote-peer-id": peer, "remote-peer-active": False})
    return etcd(R, "warn", "etcdserver/cluster_util.go:288", "failed to reach the peer URL", address="https://10.60.3.21:2380/version", **{"remote-member-id": peer, "error": "Get \"https://10.60.3.21:2380/version\": dial tcp 10.60.3.21:2380: i/o timeout"})


def k_webhook(R):
    ns = pick(R, ["payments", "ledger", "web", "batch"])
    kind = pick(R, ["deployments", "configmaps", "services", "pods"])
    if R.random() < 0.7:
        return klog(R, "W", "dispatcher.go:205", "Failed calling webhook, failing closed validation.gatekeeper.sh: failed calling webhook \"validation.gatekeeper.sh\": failed to call webhook: Post \"https://gatekeeper-webhook-service.gatekeeper-system.svc:443/v1/admit?timeout=3s\": context deadline exceeded")
    return klog(R, "I", "trace.go:236", "Trace[%d]: \"Create\" accept:application/json,audit-id:%s,client:%s,protocol:HTTP/2.0,resource:%s,scope:resource,url:/apis/apps/v1/namespaces/%s/%s,user-agent:argocd-application-controller/v0.0.0,verb:POST (05-May-2028 %s.%03d) (total time: 3004ms):\nTrace[%d]: [3.004s] [3.004s] END" % ((lambda t: (t, uuid(R), ip10(R), kind, ns, kind, hms(R), R.randint(0, 999), t))(R.randint(10**8, 2 * 10**9))))


def k_imagetag(R):
    h = wk(R)
    img = "registry.orbitals.example:5000/payments/api:%s" % pick(R, ["2.14.1", "2.14.1"])
    p = pod(R, "payments-api")
    if R.random() < 0.5:
        return kubelet(R, h, "E", "remote_image.go:180", "\"PullImage from image service failed\" err=\"rpc error: code = NotFound desc = failed to pull and unpack image \\\"%s\\\": failed to resolve reference \\\"%s\\\": %s: not found\" image=\"%s\"" % (img, img, img, img))
    return kubelet(R, h, "E", "pod_workers.go:1298", "\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"api\\\" with ImagePullBackOff: \\\"Back-off pulling image \\\\\\\"%s\\\\\\\"\\\"\" pod=\"payments/%s\" podUID=\"%s\"" % (img, p, uuid(R)))


def k_evict(R):
    h = pick(R, ["wk-03", "wk-11"])
    r = R.random()
    if r < 0.35:
        return kubelet(R, h, "W", "eviction_manager.go:366", "\"Eviction manager: attempting to reclaim\" resourceName=\"ephemeral-storage\"")
    if r < 0.7:
        return kubelet(R, h, "I", "eviction_manager.go:603", "\"Eviction manager: pod is evicted successfully\" pod=\"%s/%s\"" % (pick(R, ["batch", "web", "ledger"]), pod(R, pick(R, ["report-gen", "thumbnailer", "ledger-sync"]))))
    return kubelet(R, h, "W", "eviction_manager.go:395", "\"Eviction manager: must evict pod(s) to reclaim\" resourceName=\"ephemeral-storage\"")


def k_coredns(R):
    host = pick(R, ["api.partnerbank.example.", "sso.partnerbank.example.", "hooks.carrier.example.", "sts.us-east-1.amazonaws.com."])
    return "[ERROR] plugin/errors: 2 %s %s: read udp 10.244.%d.%d:%d->10.60.0.2:53: i/o timeout" % (host, pick(R, ["A", "AAAA"]), R.randint(0, 12), R.randint(2, 250), port(R))


def k_xtables(R):
    if R.random() < 0.6:
        return klog(R, "E", "proxier.go:1525", "\"Failed to execute iptables-restore\" err=<\n\texit status 4: Another app is currently holding the xtables lock. Stopped waiting after 5s.\n > ipFamily=\"IPv4\"")
    return klog(R, "I", "proxier.go:818", "\"Sync failed\" ipFamily=\"IPv4\" retryingTime=\"30s\"")


def k_sched(R):
    p = pod(R, pick(R, ["nightly-reconcile", "ledger-export"]))
    return klog(R, "I", "schedule_one.go:1049", "\"Unable to schedule pod; no fit; waiting\" pod=\"batch/%s\" err=\"0/15 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, %d Insufficient cpu, %d Insufficient memory. preemption: 0/15 nodes are available: 3 Preemption is not helpful for scheduling, 12 No preemption victims found for incoming pod.\"" % (p, R.randint(9, 12), R.randint(3, 8)))


def k_audit(R):
    if R.random() < 0.7:
        return klog(R, "E", "audit.go:84", "\"Unable to write audit event\" err=\"write /var/log/kubernetes/audit/audit.log: no space left on device\" event=\"&{TypeMeta:{Kind:Event APIVersion:audit.k8s.io/v1} Level:Metadata AuditID:%s Stage:ResponseComplete RequestURI:/api/v1/namespaces/%s/pods ...}\"" % (uuid(R), pick(R, ["payments", "web", "kube-system"])))
    return klog(R, "E", "audit.go:95", "Error in audit plugin 'log' affecting %d audit events: write /var/log/kubernetes/audit/audit.log: no space left on device" % R.randint(1, 400))


def k_cri(R):
    h = "wk-%02d" % pick(R, [13, 14])
    if R.random() < 0.6:
        return kubelet(R, h, "E", "run.go:74", "\"command failed\" err=\"failed to run Kubelet: validate service connection: validate CRI v1 runtime API for endpoint \\\"unix:///run/containerd/containerd.sock\\\": rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService\"")
    return systemd(R, h, "kubelet.service: Main process exited, code=exited, status=1/FAILURE")


def k8s_negs():
    def n_pulled(R): return kubelet(R, wk(R), "I", "event.go:389", "\"Event occurred\" object=\"%s/%s\" fieldPath=\"spec.containers{app}\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" reason=\"Pulled\" message=\"Successfully pulled image in %.3fs\"" % (pick(R, ["web", "ledger", "batch"]), pod(R, pick(R, ["web", "ledger-api", "worker"])), R.uniform(0.3, 20)))
    def n_scale(R): return klog(R, "I", "event.go:389", "\"Event occurred\" object=\"%s/%s\" fieldPath=\"\" kind=\"Deployment\" apiVersion=\"apps/v1\" type=\"Normal\" reason=\"ScalingReplicaSet\" message=\"Scaled %s replica set %s to %d\"" % ((lambda n: (pick(R, ["web", "payments"]), n, pick(R, ["up", "down"]), "%s-%s" % (n, lower(R, 10)), R.randint(1, 12)))(pick(R, ["web", "api", "frontend"]))))
    def n_probe(R): return kubelet(R, wk(R), "I", "kubelet.go:2536", "\"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"%s/%s\"" % (pick(R, ["web", "payments"]), pod(R, pick(R, ["web", "api"]))))
    def n_startup(R): return kubelet(R, wk(R), "I", "prober.go:107", "\"Probe failed\" probeType=\"Startup\" pod=\"ledger/%s\" podUID=\"%s\" containerName=\"ledger-api\" probeResult=\"failure\" output=\"Get \\\"http://10.244.%d.%d:8080/healthz\\\": dial tcp 10.244.%d.%d:8080: connect: connection refused\"" % (pod(R, "ledger-api"), uuid(R), R.randint(0, 12), R.randint(2, 250), R.randint(0, 12), R.randint(2, 250)))
    def n_compact(R): return etcd(R, "info", pick(R, ["mvcc/index.go:214", "mvcc/kvstore_compaction.go:66"]), pick(R, ["compact tree index", "finished scheduled compaction"]), revision=R.randint(10**7, 9 * 10**7), took="%.6fms" % R.uniform(10, 400))
    def n_snap(R): return etcd(R, "info", "etcdserver/server.go:2411", "saved snapshot", **{"snapshot-index": R.randint(10**7, 9 * 10**7)})
    def n_dnsok(R): return "[INFO] 10.244.%d.%d:%d - %d \"A IN %s.svc.cluster.local. udp %d false 512\" NOERROR qr,aa,rd %d %.9fs" % (R.randint(0, 12), R.randint(2, 250), port(R), R.randint(1, 65535), pick(R, ["ledger-api.ledger", "postgres.ledger", "redis.web", "kubernetes.default"]), R.randint(60, 90), R.randint(100, 200), R.uniform(0.00005, 0.0009))
    def n_nx(R): return "[INFO] 10.244.%d.%d:%d - %d \"AAAA IN api.partnerbank.example.%s.svc.cluster.local. udp %d false 512\" NXDOMAIN qr,aa,rd %d %.9fs" % (R.randint(0, 12), R.randint(2, 250), port(R), R.randint(1, 65535), pick(R, ["payments", "web"]), R.randint(60, 90), R.randint(150, 200), R.uniform(0.00005, 0.0009))
    def n_reload(R): return "[INFO] Reloading complete (config sha512 %s)" % hexs(R, 16)
    def n_dep(R): return klog(R, "W", "warnings.go:70", "%s" % pick(R, ["flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is deprecated in v1.29+, unavailable in v1.32+; use flowcontrol.apiserver.k8s.io/v1 FlowSchema", "autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler"]) + " (user-agent %s)" % pick(R, ["helm/3.15", "kubectl/v1.30.2", "argocd/%d" % R.randint(1, 99)]))
    def n_lease(R): return klog(R, "I", "leaderelection.go:260", "successfully acquired lease kube-system/%s (holder %s_%s)" % (pick(R, ["kube-controller-manager", "kube-scheduler"]), pick(R, CP), uuid(R)))
    def n_proxy(R): return klog(R, "I", "proxier.go:1498", "\"Reloading service iptables data\" numServices=%d numEndpoints=%d numFilterChains=6 numFilterRules=%d numNATChains=%d numNATRules=%d" % (R.randint(40, 60), R.randint(80, 140), R.randint(5, 12), R.randint(100, 200), R.randint(200, 400)))
    def n_watch(R): return klog(R, "I", "cacher.go:460", "cacher (%s): initialized" % pick(R, ["pods", "endpointslices.discovery.k8s.io", "leases.coordination.k8s.io", "secrets"]))
    def n_gc(R): return kubelet(R, wk(R), "I", "image_gc_manager.go:%d" % pick(R, [403, 429]), "\"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold\" usage=%d highThreshold=85 amountToFree=%d lowThreshold=80" % (R.randint(85, 88), R.randint(10**9, 5 * 10**9)))
    def n_rm(R): return kubelet(R, wk(R), "I", "kuberuntime_container.go:779", "\"Killing container with a grace period\" pod=\"%s/%s\" podUID=\"%s\" containerName=\"app\" containerID=\"containerd://%s\" gracePeriod=30" % (pick(R, ["web", "ledger"]), pod(R, "web"), uuid(R), hexs(R, 64)))
    def n_sysd(R): return systemd(R, wk(R), pick(R, ["Started cri-containerd-%s.scope - libcontainer container %s." % ((lambda x: (x, x))(hexs(R, 64))), "cri-containerd-%s.scope: Deactivated successfully." % hexs(R, 64), "run-containerd-io.containerd.runtime.v2.task-k8s.io-%s-rootfs.mount: Deactivated successfully." % hexs(R, 64)]))
    return [n_pulled, n_scale, n_probe, n_startup, n_compact, n_snap, n_dnsok, n_nx, n_reload, n_dep, n_lease, n_proxy, n_watch, n_gc, n_rm, n_sysd]


def fam_k8s(R):
    groups = [("etcd-slow-fsync-gp2-volume", k_etcdslow), ("worker-kubelet-client-cert-expired", k_kubeletcert),
              ("etcd-peer-cp3-port-2380-blocked", k_peer), ("gatekeeper-webhook-timeout-fail-closed", k_webhook),
              ("payments-api-image-tag-not-pushed", k_imagetag), ("node-ephemeral-storage-pressure-evictions", k_evict),
              ("coredns-upstream-vpc-resolver-timeout", k_coredns), ("kube-proxy-xtables-lock-contention", k_xtables),
              ("batch-jobs-unschedulable-insufficient-capacity", k_sched), ("apiserver-audit-log-volume-full", k_audit),
              ("new-nodes-containerd-cri-plugin-disabled", k_cri)]
    return build(R, F5, groups, k8s_negs())


# ---------------------------------------------------------------- nfs-samba-zfs-mdraid-fileservers
# "studioshare", an architecture firm's file servers on EC2 (Rocky 9 fs-01..fs-03 with NFSv4 and Samba 4.19 as
# AD members, ZFS pool "tank" on instance-store NVMe, mdadm RAID10 over EBS for scratch, iSCSI + multipath to a
# Storage Gateway volume), plus NFS clients (render-nodes rn-01..rn-20). Traditional syslog; Samba's own log
# files (`[date,  level] file:line(func)` header + indented message).
F6 = "nfs-samba-zfs-mdraid-fileservers"

FS = ["fs-01", "fs-02", "fs-03"]


def rn(R):
    return "rn-%02d" % R.randint(1, 20)


def smb(R, lvl, src, msg):
    """Samba's own log file (/var/log/samba/log.smbd, log.winbindd), shipped by the CloudWatch agent."""
    return "[2028/05/%02d %s.%06d,  %d] %s\n  %s" % (day(R), hms(R), R.randint(0, 999999), lvl, src, msg)


def s_md(R):
    h = "fs-02"
    r = R.random()
    if r < 0.3:
        return bsd(R, h, "mdadm", "DegradedArray event detected on md device /dev/md/scratch")
    if r < 0.6:
        return kern(R, h, "md/raid10:md127: Disk failure on nvme%dn1, disabling device.\nmd/raid10:md127: Operation continuing on 3 devices." % pick(R, [5, 5]))
    return kern(R, h, "blk_update_request: I/O error, dev nvme5n1, sector %d op 0x1:(WRITE) flags 0x800 phys_seg %d prio class 2" % (R.randint(10**6, 10**9), R.randint(1, 32)))


def s_zfs(R):
    h = "fs-01"
    if R.random() < 0.6:
        return bsd(R, h, "zed", "eid=%d class=checksum pool='tank' vdev=nvme3n1 algorithm=fletcher4 size=%d offset=%d priority=%d err=52 flags=0x%x bookmark=%d:%d:0:%d" % (R.randint(100, 9000), pick(R, [131072, 8192, 16384]), R.randint(10**9, 10**12), R.randint(0, 4), R.randint(0x100, 0xfff), R.randint(100, 900), R.randint(2, 90000), R.randint(1, 900)))
    return bsd(R, h, "zed", "eid=%d class=statechange pool='tank' vdev=nvme3n1 vdev_state=DEGRADED" % R.randint(100, 9000))


def s_nfsdthreads(R):
    return kern(R, pick(R, ["fs-01", "fs-02"]), "nfsd: too many open connections, consider increasing the number of threads")


def s_exports(R):
    ip = "10.64.%d.%d" % (R.randint(128, 135), R.randint(2, 250))
    exp = pick(R, ["/export/projects", "/export/renders", "/export/library"])
    return bsd(R, pick(R, FS[:2]), "rpc.mountd", "refused mount request from %s for %s (%s): unmatched host" % (ip, exp, exp))


def s_fs03(R):
    h = rn(R)
    if R.random() < 0.65:
        return kern(R, h, "nfs: server fs-04.studioshare.internal not responding, still trying")
    return kern(R, h, "INFO: task render-worker:%d blocked for more than 122 seconds." % R.randint(1000, 90000))


def s_winbind(R):
    h = pick(R, FS)
    if R.random() < 0.6:
        return smb(R, 0, "../../source3/winbindd/winbindd_cm.c:1206(cm_prepare_connection)", "Failed to connect to DC DC0%d.CORP.STUDIOSHARE.EXAMPLE: NT_STATUS_IO_TIMEOUT" % R.randint(1, 2))
    return smb(R, 1, "../../source3/winbindd/winbindd_dual.c:%d(winbindd_dual_init_connection)" % pick(R, [1573, 1573]), "winbindd_dual_init_connection: failed to find DC for domain STUDIOSHARE: NT_STATUS_NO_LOGON_SERVERS")


def s_skew(R):
    h = "fs-03"
    if R.random() < 0.6:
        return smb(R, 1, "../../source3/librpc/crypto/gse.c:%d(gse_get_server_auth_token)" % 639, "gss_accept_sec_context failed with [ Miscellaneous failure (see text): Clock skew too great]")
    return bsd(R, h, "chronyd", "Can't synchronise: no majority")


def s_share(R):
    h = pick(R, FS[:2])
    return smb(R, 0, "../../source3/smbd/smb2_service.c:%d(make_connection_snum)" % 168, "make_connection_snum: canonicalize_connect_path failed for service finance, path /tank/shares/finance")


def s_multipath(R):
    h = "fs-03"
    r = R.random()
    if r < 0.35:
        return bsd(R, h, "multipathd", "mpatha: remaining active paths: %d" % pick(R, [1, 1, 0]))
    if r < 0.6:
        return bsd(R, h, "multipathd", "checker failed path 8:%d in map mpatha" % pick(R, [32, 48]))
    if r < 0.8:
        return kern(R, h, "connection%d:0: detected conn error (1020)" % R.randint(1, 2))
    return bsd(R, h, "iscsid", "Kernel reported iSCSI connection %d:0 error (1020 - ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed) state (3)" % R.randint(1, 2))


def s_dirindex(R):
    return kern(R, "fs-02", "EXT4-fs warning (device dm-%d): ext4_dx_add_entry:%d: Directory (ino: %d) index full, reach max htree level :2" % (pick(R, [2, 2]), 2579, pick(R, [1310721, 1310721])))


def s_rpcbind(R):
    h = pick(R, FS)
    if R.random() < 0.5:
        return bsd(R, h, "rpc.statd", "Failed to register (statd, 1, udp): svc_reg() err: RPC: Remote system error - Connection refused")
    return bsd(R, h, "rpc.statd", "failed to create RPC listeners, exiting")


def fs_negs():
    def n_grace(R): return kern(R, pick(R, FS), pick(R, ["NFSD: starting 90-second grace period (net f0000000)", "NFSD: Using nfsdcld client tracking operations.", "NFSD: no clients to reclaim, skipping NFSv4 grace period (net f0000000)"]))
    def n_mount(R): return bsd(R, pick(R, FS), "rpc.mountd", "authenticated mount request from 10.64.%d.%d:%d for /export/%s (/export/%s)" % ((lambda e: (R.randint(0, 40), R.randint(2, 250), R.randint(600, 1023), e, e))(pick(R, ["projects", "renders", "library", "home"]))))
    def n_umount(R): return bsd(R, pick(R, FS), "rpc.mountd", "authenticated unmount request from 10.64.%d.%d:%d for /export/renders (/export/renders)" % (R.randint(0, 40), R.randint(2, 250), R.randint(600, 1023)))
    def n_scrub(R): return bsd(R, "fs-01", "zed", "eid=%d class=%s pool='tank'" % (R.randint(100, 9000), pick(R, ["scrub_start", "history_event", "config_sync"])))
    def n_check(R): return kern(R, pick(R, ["fs-01", "fs-02"]), pick(R, ["md: data-check of RAID array md126", "md: md126: data-check done."]))
    def n_ok(R): return kern(R, rn(R), "nfs: server fs-0%d.studioshare.internal OK" % R.randint(1, 2))
    def n_smart(R): return bsd(R, pick(R, FS), "smartd", "Device: /dev/nvme%d, number of Error Log entries increased from %d to %d" % ((lambda a: (R.randint(0, 4), a, a + 1))(R.randint(10, 400))))
    def n_smartok(R): return bsd(R, pick(R, FS), "smartd", "Device: /dev/nvme%d, opened; Amazon EC2 NVMe Instance Storage, S/N:AWS%s, FW:0, %d GB" % (R.randint(1, 4), hexs(R, 16).upper(), pick(R, [1900, 3800])))
    def n_cups(R): return smb(R, 0, "../../source3/printing/print_cups.c:%d(cups_connect)" % 125, "Unable to connect to CUPS server localhost:631 - Connection refused")
    def n_smbstart(R): return (lambda d: smb(R, 0, "../../source3/%s" % {"smbd": "smbd/server.c:1746(main)", "winbindd": "winbindd/winbindd.c:1438(main)"}[d], "%s version 4.19.5 started.\n  Copyright Andrew Tridgell and the Samba Team 1992-2023" % d))(pick(R, ["smbd", "winbindd"]))
    def n_audit(R): return bsd(R, pick(R, FS), "smbd_audit", "%s|%s|10.64.%d.%d|projects|%s|ok|/tank/shares/projects/%s/%s.dwg" % (pick(R, ["STUDIOSHARE\\\\mkaur", "STUDIOSHARE\\\\tberg", "STUDIOSHARE\\\\aowusu"]), pick(R, ["alice", "ws-%03d" % R.randint(1, 90)]), R.randint(0, 40), R.randint(2, 250), pick(R, ["openat", "renameat", "unlinkat"]), pick(R, ["harbour-plaza", "eastside-school", "mill-lofts"]), lower(R, 8)))
    def n_reinst(R): return bsd(R, "fs-03", "multipathd", "mpatha: sd%s - tur checker reports path is up" % pick(R, ["c", "d"]))
    def n_mpload(R): return bsd(R, "fs-03", "multipathd", "mpatha: load table [0 %d multipath 1 queue_if_no_path 0 1 1 service-time 0 2 1 8:32 1 8:48 1]" % pick(R, [4294967296, 2147483648]))
    def n_ext4(R): return kern(R, pick(R, FS), "EXT4-fs (dm-%d): mounted filesystem %s r/w with ordered data mode. Quota mode: none." % (R.randint(0, 4), uuid(R)))
    def n_denyscan(R): return smb(R, 2, "../../source3/auth/auth.c:%d(auth_check_ntlm_password)" % 343, "check_ntlm_password:  Authentication for user [%s] -> [%s] FAILED with error NT_STATUS_NO_SUCH_USER, authoritative=1" % ((lambda u: (u, u))(pick(R, ["guest", "administrator", "scanner", "test"]))))
    def n_zfs_snap(R): return bsd(R, "fs-01", "zfs-auto-snapshot", "@zfs-auto-snap_hourly-2028-05-%02d-%02d00, %d created, %d destroyed, 0 warnings." % (day(R), R.randint(0, 23), R.randint(6, 12), R.randint(6, 12)))
    return [n_grace, n_mount, n_umount, n_scrub, n_check, n_ok, n_smart, n_smartok, n_cups, n_smbstart, n_audit, n_reinst, n_mpload, n_ext4, n_denyscan, n_zfs_snap]


def fam_fs(R):
    groups = [("scratch-raid10-member-nvme5-failed", s_md), ("tank-vdev-nvme3-checksum-errors", s_zfs),
              ("nfsd-thread-count-too-low", s_nfsdthreads), ("render-subnet-missing-from-exports", s_exports),
              ("render-fstab-mounts-decommissioned-fs04", s_fs03), ("winbind-cannot-reach-domain-controllers", s_winbind),
              ("fs03-clock-skew-kerberos", s_skew), ("finance-share-path-missing", s_share),
              ("iscsi-gateway-paths-dropping", s_multipath), ("scans-dir-ext4-htree-index-full", s_dirindex),
              ("rpcbind-not-enabled-statd-fails", s_rpcbind)]
    return build(R, F6, groups, fs_negs())


FAMILIES = {F5: fam_k8s, F6: fam_fs}
