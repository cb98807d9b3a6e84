"""Families: eks-al2023-nodes-kubelet-containerd-journal, coredns-aws-node-ipamd-fluent-bit.

Nodes of tlm-prod-blue run the EKS-optimized AL2023 AMI; the CloudWatch agent ships the journal as text
(`Dec  4 10:22:31 host unit[pid]: message`) to /aws/eks/tlm-prod-blue/nodes. CoreDNS, aws-node and Fluent Bit
logs reach CloudWatch through Fluent Bit itself (one record per event, the `log` payload shown as the event)."""
from common import (hexs, alnum, lower, kid, digits, uuid, ip10, podip, nodename, pick, jd, build, iso, at,
                    klog, bsd, ACCT, REGION, CLUSTER)

F1 = "eks-al2023-nodes-kubelet-containerd-journal"
HOSTS = ["ip-10-31-%d-%d" % (a, b) for a, b in [(4, 17), (9, 204), (12, 88), (17, 142), (21, 42), (22, 168), (26, 9), (6, 231)]]
NS_APPS = [("shop", "storefront"), ("shop", "cart"), ("checkout", "api"), ("payments", "ledger-api"), ("search", "query"),
           ("backoffice", "admin"), ("batch", "report-worker"), ("data", "dbt-runner"), ("kube-system", "coredns"), ("istio-system", "istiod")]
LEDGER_IMG = "%s.dkr.ecr.%s.amazonaws.com/payments/ledger-api:v2.14.0" % ("444455556666", REGION)


def jline(R, host, unit, msg, t=None, p=None):
    t = t or at(R)
    p = p or {"kubelet": R.choice([2871, 3012, 3140, 2954]), "containerd": R.choice([2410, 2466, 2502]), "kernel": None}.get(unit, R.randint(300, 9000))
    return "%s %s %s%s: %s" % (bsd(R, t), host, unit, "" if p is None else "[%d]" % p, msg)


def kl(R, host, lvl, src, msg):
    t = at(R)
    p = R.choice([2871, 3012, 3140, 2954])
    return jline(R, host, "kubelet", klog(R, lvl, src, msg, t=t, tid=p), t=t, p=p)


def ctd(R, host, level, msg, **kv):
    t = at(R)
    extra = "".join(' %s=%s' % (k, v) for k, v in kv.items())
    return jline(R, host, "containerd", 'time="%s" level=%s msg="%s"%s' % (iso(R, frac=9, t=t), level, msg, extra), t=t)


def pod(R, ns_app=None):
    ns, app = ns_app or pick(R, NS_APPS)
    return ns, "%s-%s-%s" % (app, kid(R, 10), kid(R))


# --- groups
def n_ecr403(R):
    # ledger-api v2.14.0 is published to the shared-services ECR account; its repo policy lacks the prod node role
    host = pick(R, HOSTS)
    _, p = pod(R, ("payments", "ledger-api"))
    r = R.random()
    if r < 0.35:
        return kl(R, host, "E", "log.go:32", '"PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": unexpected status from HEAD request to https://444455556666.dkr.ecr.%s.amazonaws.com/v2/payments/ledger-api/manifests/v2.14.0: 403 Forbidden" image="%s"' % (LEDGER_IMG, LEDGER_IMG, REGION, LEDGER_IMG))
    if r < 0.65:
        return kl(R, host, "E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"ledger-api\\" with ImagePullBackOff: \\"Back-off pulling image \\\\\\"%s\\\\\\"\\"" pod="payments/%s" podUID="%s"' % (LEDGER_IMG, p, uuid(R)))
    return ctd(R, host, "error", 'PullImage \\"%s\\" failed' % LEDGER_IMG, error='"failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": unexpected status from HEAD request to https://444455556666.dkr.ecr.%s.amazonaws.com/v2/payments/ledger-api/manifests/v2.14.0: 403 Forbidden"' % (LEDGER_IMG, LEDGER_IMG, REGION))


def n_disk(R):
    # ip-10-31-12-88: a debug-logging search pod fills the root volume; kubelet evicts pods and image GC frees nothing
    host = "ip-10-31-12-88"
    r = R.random()
    if r < 0.25:
        return kl(R, host, "W", "eviction_manager.go:369", '"Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"')
    if r < 0.5:
        ns, p = pod(R)
        return kl(R, host, "I", "eviction_manager.go:%d" % pick(R, [616, 627]), '"Eviction manager: pod is evicted successfully" pod="%s/%s"' % (ns, p))
    if r < 0.75:
        return kl(R, host, "E", "kubelet.go:%d" % pick(R, [1566, 1580]), '"Image garbage collection failed multiple times in a row" err="Failed to garbage collect required amount of images. Attempted to free %d bytes, but only found 0 bytes eligible to free."' % R.randint(4 * 10 ** 9, 9 * 10 ** 9))
    return kl(R, host, "I", "event.go:389", '"Event occurred" object="%s" fieldPath="" kind="Node" apiVersion="" type="Warning" reason="EvictionThresholdMet" message="Attempting to reclaim ephemeral-storage"' % "ip-10-31-12-88.eu-west-1.compute.internal")


def n_oom(R):
    # search/indexer JVM heap set above the container limit after a values change: OOM-killed in a loop
    host = pick(R, ["ip-10-31-17-142", "ip-10-31-21-42"])
    _, p = pod(R, ("search", "indexer"))
    r = R.random()
    if r < 0.35:
        pid_ = R.randint(20000, 90000)
        return jline(R, host, "kernel", "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:%d" % (pid_, R.randint(9000000, 12000000), R.randint(4180000, 4194304), R.randint(20000, 40000), R.randint(9000, 12000), pick(R, [985, 999])))
    if r < 0.6:
        return ctd(R, host, "info", "TaskOOM event container_id:\\\"%s\\\"" % hexs(R, 64))
    return kl(R, host, "E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"indexer\\" with CrashLoopBackOff: \\"back-off %s restarting failed container=indexer pod=%s_search(%s)\\"" pod="search/%s" podUID="%s"' % (pick(R, ["1m20s", "2m40s", "5m0s"]), p, uuid(R), p, uuid(R)))


def n_efs(R):
    # the new general-arm64 node group's security group is not allowed on the EFS mount targets (NFS 2049)
    host = pick(R, ["ip-10-31-26-9", "ip-10-31-6-231"])
    _, p = pod(R, ("backoffice", "reports"))
    pv = "pvc-%s" % pick(R, ["5b2e7d10-9c3f-4f18-8a6e-0d4c1b7e92a3", "a1f09c3e-2d7b-4e6a-9f10-7c3b5d8e6f21"])
    r = R.random()
    if r < 0.5:
        return kl(R, host, "E", "nestedpendingoperations.go:348", 'Operation for "{volumeName:kubernetes.io/csi/efs.csi.aws.com^fs-0c2d9e7a1b3f48e56::fsap-0%s podName:%s nodeName:}" failed. No retries permitted until 2028-12-0%d %s (durationBeforeRetry 2m2s). Error: MountVolume.SetUp failed for volume "%s" (UniqueName: "kubernetes.io/csi/efs.csi.aws.com^fs-0c2d9e7a1b3f48e56::fsap-0%s") pod "%s" (UID: "%s") : rpc error: code = DeadlineExceeded desc = context deadline exceeded' % ("4e1b7c9d2a3f5e6b8", uuid(R), R.randint(1, 9), "%02d:%02d:%02d.%s +0000 UTC" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), digits(R, 9)), pv, "4e1b7c9d2a3f5e6b8", p, uuid(R)))
    if r < 0.8:
        return kl(R, host, "E", "pod_workers.go:1301", '"Error syncing pod, skipping" err="unmounted volumes=[report-archive], unattached volumes=[], failed to process volumes=[]: context deadline exceeded" pod="backoffice/%s" podUID="%s"' % (p, uuid(R)))
    if R.random() < 0.5:
        return jline(R, host, "efs-utils", "Mount attempt %d/3 failed due to timeout after 15 sec, wait 0 sec before next attempt." % R.randint(1, 3))
    return jline(R, host, "efs-utils", "Mount of fs-0c2d9e7a1b3f48e56.efs.%s.amazonaws.com:/ via access point fsap-04e1b7c9d2a3f5e6b8 failed: mount.nfs4: Connection timed out" % REGION)

def n_pleg(R):
    # ip-10-31-9-204: containerd hangs (stuck shim on a D-state process); PLEG unhealthy, node flips NotReady
    host = "ip-10-31-9-204"
    r = R.random()
    if r < 0.4:
        return kl(R, host, "I", "kubelet.go:%d" % pick(R, [2405, 2411]), '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active %dm%d.%ss ago; threshold is 3m0s"' % (R.randint(3, 12), R.randint(0, 59), digits(R, 9)))
    if r < 0.65:
        return kl(R, host, "I", "setters.go:%d" % pick(R, [600, 602]), '"Node became not ready" node="ip-10-31-9-204.eu-west-1.compute.internal" condition={"type":"Ready","status":"False","lastHeartbeatTime":"%s","lastTransitionTime":"%s","reason":"KubeletNotReady","message":"PLEG is not healthy: pleg was last seen active 3m%d.%ss ago; threshold is 3m0s"}' % (iso(R, frac=0), iso(R, frac=0), R.randint(0, 59), digits(R, 9)))
    if r < 0.85:
        return kl(R, host, "E", "generic.go:%d" % pick(R, [238, 245]), '"GenericPLEG: Unable to retrieve pods" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"')
    return ctd(R, host, "error", "failed to handle container TaskExit event container_id:\\\"%s\\\" id:\\\"%s\\\" pid:%d exit_status:137" % ((hexs(R, 64),) * 2 + (R.randint(20000, 90000),)), error='"failed to stop container: failed to delete task: context deadline exceeded: unknown"')


def node_negs():
    def n_syncadd(R):
        ns, p = pod(R)
        return kl(R, pick(R, HOSTS), "I", "kubelet.go:%d" % pick(R, [2421, 2437]), '"SyncLoop %s" source="api" pods=["%s/%s"]' % (pick(R, ["ADD", "UPDATE", "DELETE", "REMOVE"]), ns, p))
    def n_pleg_ev(R):
        ns, p = pod(R)
        return kl(R, pick(R, HOSTS), "I", "kubelet.go:2470", '"SyncLoop (PLEG): event for pod" pod="%s/%s" event={"ID":"%s","Type":"%s","Data":"%s"}' % (ns, p, uuid(R), pick(R, ["ContainerStarted", "ContainerDied"]), hexs(R, 64)))
    def n_startup(R):
        ns, p = pod(R)
        return kl(R, pick(R, HOSTS), "I", "pod_startup_latency_tracker.go:104", '"Observed pod startup duration" pod="%s/%s" podStartSLOduration=%d.%s podStartE2EDuration="%d.%ss" podCreationTimestamp="2028-12-0%d %s +0000 UTC"' % (ns, p, R.randint(1, 40), digits(R, 9), R.randint(2, 60), digits(R, 9), R.randint(1, 9), "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))))
    def n_kill(R):
        ns, p = pod(R)
        return kl(R, pick(R, HOSTS), "I", "kuberuntime_container.go:%d" % pick(R, [808, 809]), '"Killing container with a grace period" pod="%s/%s" podUID="%s" containerName="%s" containerID="containerd://%s" gracePeriod=%d' % (ns, p, uuid(R), p.rsplit("-", 2)[0], hexs(R, 64), pick(R, [30, 60, 45])))
    def n_mount_ok(R):
        ns, p = pod(R)
        return kl(R, pick(R, HOSTS), "I", "operation_generator.go:%d" % pick(R, [637, 721]), '"MountVolume.SetUp succeeded for volume \\"%s\\" (UniqueName: \\"kubernetes.io/projected/%s-kube-api-access-%s\\") pod \\"%s\\" (UID: \\"%s\\") " pod="%s/%s"' % ("kube-api-access-" + kid(R), uuid(R), kid(R), p, uuid(R), ns, p))
    def n_probe(R):
        ns, p = pod(R, pick(R, [("shop", "storefront"), ("checkout", "api"), ("search", "query")]))
        return kl(R, pick(R, HOSTS), "I", "prober.go:107", '"Probe failed" probeType="Readiness" pod="%s/%s" podUID="%s" containerName="%s" probeResult="failure" output="Get \\"http://%s:8080/ready\\": dial tcp %s:8080: connect: connection refused"' % (ns, p, uuid(R), p.rsplit("-", 2)[0], podip(R), podip(R)))
    def n_removec(R): return kl(R, pick(R, HOSTS), "I", "scope.go:117", '"RemoveContainer" containerID="%s"' % hexs(R, 64))
    def n_cadvisor(R): return kl(R, pick(R, HOSTS), "W", "manager.go:1169", "Failed to process watch event {EventType:0 Name:/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod%s.slice/cri-containerd-%s.scope WatchSource:0}: task %s not found: not found" % (uuid(R).replace("-", "_"), hexs(R, 64), hexs(R, 64)))
    def n_ctd_start(R): return ctd(R, pick(R, HOSTS), "info", 'StartContainer for \\"%s\\" returns successfully' % hexs(R, 64))
    def n_ctd_sandbox(R):
        ns, p = pod(R)
        return ctd(R, pick(R, HOSTS), "info", 'RunPodSandbox for &PodSandboxMetadata{Name:%s,Uid:%s,Namespace:%s,Attempt:0,} returns sandbox id \\"%s\\"' % (p, uuid(R), ns, hexs(R, 64)))
    def n_ctd_pulled(R):
        img = pick(R, ["602401143452.dkr.ecr.eu-west-1.amazonaws.com/amazon-k8s-cni:v1.19.0-eksbuild.1", "public.ecr.aws/karpenter/controller:1.1.0", "%s.dkr.ecr.eu-west-1.amazonaws.com/shop/storefront:v5.%d.%d" % (ACCT, R.randint(0, 30), R.randint(0, 9)), "docker.io/istio/proxyv2:1.24.1"])
        return ctd(R, pick(R, HOSTS), "info", 'Pulled image \\"%s\\" with image id \\"sha256:%s\\", repo tag \\"%s\\", repo digest \\"%s@sha256:%s\\", size \\"%d\\" in %d.%ss' % (img, hexs(R, 64), img, img.rsplit(":", 1)[0], hexs(R, 64), R.randint(10 ** 7, 4 * 10 ** 8), R.randint(0, 30), digits(R, 9)))
    def n_ctd_shim(R): return ctd(R, pick(R, HOSTS), "info", "shim disconnected", id=hexs(R, 64), namespace="k8s.io")
    def n_ctd_cleanup(R): return ctd(R, pick(R, HOSTS), "warning", "cleaning up after shim disconnected", id=hexs(R, 64), namespace="k8s.io")
    def n_ctd_exec_nf(R):
        c = hexs(R, 64)
        return ctd(R, pick(R, HOSTS), "error", 'ExecSync for \\"%s\\" failed' % c, error='"rpc error: code = NotFound desc = failed to exec in container: failed to load task: no running task found: task %s not found: not found"' % c)
    def n_evict_ok(R):
        return kl(R, pick(R, [h for h in HOSTS if h != "ip-10-31-12-88"]), "I", "image_gc_manager.go:%d" % pick(R, [391, 432]), '"Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage=%d highThreshold=85 amountToFree=%d lowThreshold=80' % (R.randint(86, 88), R.randint(10 ** 9, 3 * 10 ** 9)))
    def n_imgc_ok(R): return kl(R, pick(R, [h for h in HOSTS if h != "ip-10-31-12-88"]), "I", "image_gc_manager.go:%d" % pick(R, [450, 457]), '"Removing image to free bytes" imageID="sha256:%s" size=%d runtimeHandler=""' % (hexs(R, 64), R.randint(10 ** 7, 9 * 10 ** 8)))
    def n_systemd(R):
        return jline(R, pick(R, HOSTS), "systemd", pick(R, ["Started sysstat-collect.service - system activity accounting tool.", "Finished logrotate.service - Rotate log files.", "Starting update-motd.service - Dynamically Generate Message Of The Day...",
                                                            "run-containerd-runc-k8s.io-%s-runc.%s.mount: Deactivated successfully." % (hexs(R, 64), alnum(R, 6)), "var-lib-kubelet-pods-%s-volumes-kubernetes.io\\x7eprojected-kube\\x2dapi\\x2daccess\\x2d%s.mount: Deactivated successfully." % (uuid(R), kid(R))]))
    def n_kubelet_node(R): return kl(R, pick(R, HOSTS), "I", "kubelet_node_status.go:%d" % pick(R, [75, 488]), '"%s" node="%s.eu-west-1.compute.internal"' % (pick(R, ["Attempting to register node", "Successfully registered node", "Fast updating node status as it just became ready"]), pick(R, HOSTS)))
    def n_certrot(R): return kl(R, pick(R, HOSTS), "I", "certificate_manager.go:%d" % pick(R, [356, 577]), '"%s" logger="kubernetes.io/kubelet-serving" %s' % (pick(R, ["Certificate rotation deadline determined", "Rotating certificates"]), 'expiration="2029-12-0%d %s +0000 UTC" deadline="2029-10-%02d %s.%s +0000 UTC"' % (R.randint(1, 9), hms_(R), R.randint(10, 28), hms_(R), digits(R, 9))))
    def n_kernel(R): return jline(R, pick(R, HOSTS), "kernel", pick(R, ["eni%s: entered promiscuous mode" % hexs(R, 11), "IPv6: ADDRCONF(NETDEV_CHANGE): eni%s: link becomes ready" % hexs(R, 11), "eth%d: renamed from tmp%d" % (R.randint(0, 1), R.randint(10000, 99999))]))
    def n_liveness_ok(R):
        ns, p = pod(R)
        return kl(R, pick(R, HOSTS), "I", "kuberuntime_manager.go:1050", '"No sandbox for pod can be found. Need to start a new one" pod="%s/%s"' % (ns, p))
    return [n_syncadd, n_pleg_ev, n_startup, n_kill, n_mount_ok, n_probe, n_removec, n_cadvisor, n_ctd_start, n_ctd_sandbox, n_ctd_pulled, n_ctd_shim,
            n_ctd_cleanup, n_ctd_exec_nf, n_evict_ok, n_imgc_ok, n_systemd, n_kubelet_node, n_certrot, n_kernel, n_liveness_ok]


def hms_(R):
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def fam_nodes(R):
    return build(R, F1, [("ledger-api-image-pull-ecr-403-cross-account", n_ecr403), ("ip-10-31-12-88-disk-pressure-evictions", n_disk),
                         ("search-indexer-oomkilled-heap-above-limit", n_oom), ("efs-mount-timeout-new-node-group-sg", n_efs),
                         ("ip-10-31-9-204-containerd-hung-pleg-not-healthy", n_pleg)], node_negs())


# ---------------------------------------------------------------- coredns-aws-node-ipamd-fluent-bit
F2 = "coredns-aws-node-ipamd-fluent-bit"


def fb(R, level, plugin, msg, t=None):
    d, h, _ = t or at(R)
    return "[2028/12/%02d %s] [%s] [%s] %s" % (d, h, level, plugin, msg)


def ipamd(R, level, caller, msg, **kv):
    d = {"level": level, "ts": iso(R), "caller": caller, "msg": msg}
    d.update(kv)
    return jd(d)


def cdns_q(R, rcode="NOERROR", name=None, qtype=None):
    name = name or "%s.%s.svc.cluster.local." % (pick(R, ["cart", "catalog", "ledger-api", "pricing", "query", "redis-master", "postgres-ro"]), pick(R, ["shop", "payments", "checkout", "search", "data"]))
    return '[INFO] %s:%d - %d "%s IN %s udp %d false %d" %s qr,%s %d %.6fs' % (podip(R), R.randint(32768, 60999), R.randint(1, 65535), qtype or pick(R, ["A", "AAAA"]), name, R.randint(40, 90), pick(R, [512, 1232]), rcode, "aa,rd" if rcode != "NOERROR" or R.random() < 0.7 else "rd,ra", R.randint(80, 400), R.uniform(0.00005, 0.002))


def d_upstream(R):
    # CoreDNS on two nodes exceeds the ENA link-local packet allowance to the VPC resolver: forwarded queries time out
    src = pick(R, ["10.31.44.12", "10.31.71.203"])
    name = pick(R, ["api.psp-payments.example.", "sqs.eu-west-1.amazonaws.com.", "tlm-orders.cluster-c9xq2.eu-west-1.rds.amazonaws.com.", "dynamodb.eu-west-1.amazonaws.com.", "hooks.partner-crm.example."])
    r = R.random()
    if r < 0.8:
        return "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->10.31.0.2:53: i/o timeout" % (name, pick(R, ["A", "AAAA"]), src, R.randint(32768, 60999))
    return '[INFO] %s:%d - %d "%s IN %s udp %d false 512" SERVFAIL qr,rd %d %.6fs' % (podip(R), R.randint(32768, 60999), R.randint(1, 65535), pick(R, ["A", "AAAA"]), name, R.randint(40, 90), R.randint(40, 90), R.uniform(2.0, 5.0))


def d_loop(R):
    # coredns pods scheduled on the new custom-AMI node group whose resolv.conf points at 127.0.0.53: forwarding loop
    r = R.random()
    if r < 0.6:
        return '[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %d.%d."' % (R.randint(32768, 60999), R.randint(10 ** 17, 10 ** 19), R.randint(10 ** 17, 10 ** 19))
    return "[ERROR] plugin/errors: 2 %d.%d. HINFO: unreachable backend: read udp 127.0.0.1:%d->127.0.0.53:53: i/o timeout" % (R.randint(10 ** 17, 10 ** 19), R.randint(10 ** 17, 10 ** 19), R.randint(32768, 60999))


def d_subnet(R):
    # the pod subnet of eu-west-1b (secondary CIDR 100.64.x) is exhausted: ipamd cannot grow its warm pool
    r = R.random()
    if r < 0.4:
        return ipamd(R, "error", "ipamd/ipamd.go:%d" % pick(R, [861, 874]), "Failed to increase pool size due to not able to allocate ENI AllocENI: error creating ENI: failed to create network interface: operation error EC2: CreateNetworkInterface, https response error StatusCode: 400, RequestID: %s, api error InsufficientFreeAddressesInSubnet: The specified subnet subnet-0b71e4c2d9a3f6518 has insufficient free addresses to satisfy the request." % uuid(R))
    if r < 0.7:
        return ipamd(R, "error", "ipamd/ipamd.go:%d" % pick(R, [1021, 1030]), "Failed to allocate a private IP addresses on ENI eni-0%s: InsufficientFreeAddressesInSubnet: The specified subnet subnet-0b71e4c2d9a3f6518 does not have enough free addresses to satisfy the request." % hexs(R, 16))
    return ipamd(R, "error", "rpc/rpc.pb.go:%d" % pick(R, [713, 881]), "AssignPodIPv4Address: ipamd: no available IP/Prefix addresses", **{"podName": "%s-%s-%s" % (pick(R, ["report-worker", "etl-loader", "storefront"]), kid(R, 10), kid(R)), "podNamespace": pick(R, ["batch", "shop"])})


def d_fb_denied(R):
    # Fluent Bit's IRSA role lacks logs:CreateLogStream on the new /aws/tlm/payments log group: payments logs dropped
    t = at(R)
    r = R.random()
    if r < 0.45:
        return fb(R, "error", "output:cloudwatch_logs:cloudwatch_logs.2", "CreateLogStream API responded with error='AccessDeniedException', message='User: arn:aws:sts::%s:assumed-role/tlm-prod-blue-fluent-bit/%s is not authorized to perform: logs:CreateLogStream on resource: arn:aws:logs:eu-west-1:%s:log-group:/aws/tlm/payments:log-stream:%s'" % (ACCT, digits(R, 19), ACCT, pick(R, ["ledger-api", "psp-gateway"]) + "." + kid(R, 10) + "-" + kid(R)), t=t)
    if r < 0.7:
        if R.random() < 0.3:
            return fb(R, "error", "output:cloudwatch_logs:cloudwatch_logs.2", "Failed to create log stream", t=t)
        return fb(R, "error", "engine", "chunk '%d-%d.%d.flb' cannot be retried: task_id=%d, input=tail.2 > output=cloudwatch_logs.2" % (R.randint(1, 9), R.randint(1859241600, 1860000000), R.randint(10 ** 8, 10 ** 9 - 1), R.randint(0, 20)), t=t)
    if R.random() < 0.2:
        return fb(R, "error", "output:cloudwatch_logs:cloudwatch_logs.2", "Failed to send events", t=t)
    return fb(R, " warn", "engine", "failed to flush chunk '%d-%d.%d.flb', retry in %d seconds: task_id=%d, input=tail.2 > output=cloudwatch_logs.2 (out_id=2)" % (R.randint(1, 9), R.randint(1859241600, 1860000000), R.randint(10 ** 8, 10 ** 9 - 1), R.randint(6, 60), R.randint(0, 20)), t=t)


def d_fb_buffer(R):
    # ledger-api writes single-line JSON over 64 KiB: Fluent Bit's tail input skips the whole file
    f = "/var/log/containers/ledger-api-%s-%s_payments_ledger-api-%s.log" % (kid(R, 10), kid(R), hexs(R, 64))
    return fb(R, "error", "input:tail:tail.%d" % pick(R, [0, 2]), "file=%s requires a larger buffer size, lines are too long. Skipping file." % f)


def dns_negs():
    def n_q(R): return cdns_q(R)
    def n_nx(R):
        base = pick(R, ["api.psp-payments.example", "sqs.eu-west-1.amazonaws.com", "hooks.partner-crm.example", "redis-master.data", "cart.shop"])
        suf = pick(R, ["svc.cluster.local", "%s.svc.cluster.local" % pick(R, ["shop", "payments", "batch"]), "cluster.local", "eu-west-1.compute.internal"])
        return cdns_q(R, "NXDOMAIN", name="%s.%s." % (base, suf))
    def n_ext_ok(R): return '[INFO] %s:%d - %d "A IN %s udp %d false 512" NOERROR qr,rd,ra %d %.6fs' % (podip(R), R.randint(32768, 60999), R.randint(1, 65535), pick(R, ["api.psp-payments.example.", "sqs.eu-west-1.amazonaws.com.", "sts.eu-west-1.amazonaws.com.", "s3.eu-west-1.amazonaws.com."]), R.randint(40, 90), R.randint(90, 400), R.uniform(0.0005, 0.02))
    def n_reload(R): return pick(R, ["[INFO] Reloading", "[INFO] Reloading complete", "[INFO] plugin/reload: Running configuration SHA512 = %s" % hexs(R, 128)])
    def n_start(R):
        r = R.random()
        if r < 0.25:
            return pick(R, ["CoreDNS-1.11.3", "linux/amd64, go1.22.8, %s" % hexs(R, 7), ".:53", "[WARNING] plugin/kubernetes: starting server with unsynced Kubernetes API"])
        if r < 0.45:
            return '[INFO] plugin/ready: Still waiting on: "kubernetes"'
        return '[INFO] 127.0.0.1:%d - %d "HINFO IN %d.%d. udp 57 false 512" NXDOMAIN qr,rd,ra 57 %.6fs' % (R.randint(32768, 60999), R.randint(1, 65535), R.randint(10 ** 17, 10 ** 19), R.randint(10 ** 17, 10 ** 19), R.uniform(0.0005, 0.003))
    def n_watch_warn(R): return '[INFO] plugin/kubernetes: Trace[%d]: "Reflector ListAndWatch" name:pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229 (04-Dec-2028 %s) (total time: %dms):' % (R.randint(10 ** 8, 10 ** 9), hms_(R) + "." + digits(R, 3), R.randint(1000, 9000))
    def n_ipamd_add(R): return ipamd(R, "info", "rpc/rpc.pb.go:%d" % pick(R, [713, 881]), "Received AddNetwork for NS /var/run/netns/cni-%s, Sandbox %s, ifname eth0" % (uuid(R), hexs(R, 64)))
    def n_ipamd_reply(R): return ipamd(R, "info", "rpc/rpc.pb.go:%d" % pick(R, [713, 881]), "Send AddNetworkReply: IPv4Addr: %s, IPv6Addr: , DeviceNumber: %d, err: <nil>" % (podip(R), R.randint(0, 2)))
    def n_ipamd_del(R): return ipamd(R, "info", "rpc/rpc.pb.go:%d" % pick(R, [881, 887]), "Send DelNetworkReply: IPv4Addr: %s, IPv6Addr: , DeviceNumber: %d, err: <nil>" % (podip(R), R.randint(0, 2)))
    def n_ipamd_stats(R):
        tot = R.choice([14, 28, 42])
        return ipamd(R, "debug", "ipamd/ipamd.go:%d" % pick(R, [640, 652]), "IP pool stats for network card 0: Total IPs/Prefixes = %d/0, AssignedIPs/CPrefixes = %d/0" % (tot, R.randint(3, tot)))
    def n_ipamd_inc(R): return ipamd(R, "info", "ipamd/ipamd.go:%d" % pick(R, [884, 940]), pick(R, ["Successfully increased IP pool, total: %d, used: %d" % (R.randint(20, 50), R.randint(5, 19)), "Trying to allocate %d IP addresses on ENI eni-0%s" % (R.randint(1, 14), hexs(R, 16))]))
    def n_ipamd_maxeni(R): return ipamd(R, "debug", "ipamd/ipamd.go:%d" % pick(R, [845, 849]), "Skipping ENI allocation as the max ENI limit is already reached (accounting for %d unmanaged ENIs and 0 trunk ENIs)" % R.randint(0, 1) if R.random() < 0.5 else "IP pool is too low: available (%d) < ENI target (1) * addrsPerENI (%d)" % (R.randint(0, 5), R.choice([9, 14])))
    def n_ipamd_throttle(R): return ipamd(R, "warn", "awsutils/awsutils.go:%d" % pick(R, [1374, 1390]), "Failed to describe ENI eni-0%s, retrying: RequestLimitExceeded: Request limit exceeded. (attempt %d/12)" % (hexs(R, 16), R.randint(1, 3)))
    def n_ipamd_reconcile(R): return ipamd(R, "debug", "ipamd/ipamd.go:%d" % pick(R, [1301, 1317]), "Reconcile existing ENI eni-0%s IP pool" % hexs(R, 16))
    def n_fb_inotify(R): return fb(R, " info", "input:tail:tail.%d" % R.randint(0, 2), "inotify_fs_%s(): inode=%d watch_fd=%d name=/var/log/containers/%s-%s-%s_%s_%s-%s.log" % (pick(R, ["add", "remove"]), R.randint(10 ** 6, 10 ** 8), R.randint(1, 400), "cart", kid(R, 10), kid(R), "shop", "cart", hexs(R, 64)))
    def n_fb_stream(R): return fb(R, " info", "output:cloudwatch_logs:cloudwatch_logs.%d" % R.randint(0, 1), "%s log stream %s.%s in log group /aws/containerinsights/tlm-prod-blue/application" % (pick(R, ["Creating", "Created"]), pick(R, HOSTS) + ".eu-west-1.compute.internal-application.var.log.containers", kid(R, 10)))
    def n_fb_retry_ok(R):
        c = "%d-%d.%d.flb" % (R.randint(1, 9), R.randint(1859241600, 1860000000), R.randint(10 ** 8, 10 ** 9 - 1))
        return fb(R, " info", "engine", "flush chunk '%s' succeeded at retry %d: task_id=%d, input=tail.0 > output=cloudwatch_logs.0 (out_id=0)" % (c, R.randint(1, 2), R.randint(0, 20)))
    def n_fb_retry_warn(R):
        c = "%d-%d.%d.flb" % (R.randint(1, 9), R.randint(1859241600, 1860000000), R.randint(10 ** 8, 10 ** 9 - 1))
        return fb(R, " warn", "engine", "failed to flush chunk '%s', retry in %d seconds: task_id=%d, input=tail.0 > output=cloudwatch_logs.0 (out_id=0)" % (c, R.randint(6, 30), R.randint(0, 20)))
    def n_fb_throttle(R): return fb(R, "error", "output:cloudwatch_logs:cloudwatch_logs.0", "PutLogEvents API responded with error='ThrottlingException', message='Rate exceeded for logStreamName %s.eu-west-1.compute.internal-application.var.log.containers.%s-%s'" % (pick(R, HOSTS), pick(R, ["storefront", "cart", "query"]), kid(R, 10)))
    def n_fb_pause(R): return fb(R, pick(R, [" warn", " info"]), "input", "tail.%d %s (mem buf overlimit)" % (R.randint(0, 1), pick(R, ["paused", "resume"]))) if R.random() < 0.9 else fb(R, " info", "input", "pausing tail.0")
    def n_fb_token(R): return fb(R, " info", "filter:kubernetes:kubernetes.0", pick(R, ["token updated", "local POD info OK", "testing connectivity with Kubelet...", "connectivity OK"]))
    return [n_q, n_nx, n_ext_ok, n_reload, n_start, n_watch_warn, n_ipamd_add, n_ipamd_reply, n_ipamd_del, n_ipamd_stats, n_ipamd_inc, n_ipamd_maxeni,
            n_ipamd_throttle, n_ipamd_reconcile, n_fb_inotify, n_fb_stream, n_fb_retry_ok, n_fb_retry_warn, n_fb_throttle, n_fb_pause, n_fb_token]


def fam_dns(R):
    return build(R, F2, [("coredns-vpc-resolver-timeouts-linklocal-allowance", d_upstream), ("coredns-loop-custom-ami-resolvconf", d_loop),
                         ("ipamd-eu-west-1b-pod-subnet-exhausted", d_subnet), ("fluent-bit-payments-log-group-access-denied", d_fb_denied),
                         ("fluent-bit-ledger-api-lines-too-long-skipped", d_fb_buffer)], dns_negs())


FAMILIES = {F1: fam_nodes, F2: fam_dns}
