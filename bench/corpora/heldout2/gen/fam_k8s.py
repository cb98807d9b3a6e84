"""kubernetes: EKS control-plane-adjacent and node components as shipped to CloudWatch."""
import json
from common import *


def klog(letter, file, line, d=None):
    d = d or t()
    return f"{letter}{d.strftime('%m%d %H:%M:%S')}.{d.microsecond:06d} {n(1, 9999):>7} {file}:{line}] "


def node():
    return ec2host()


def eks_ep():
    return f"https://{hexs(32).upper()}.gr7.{pick(REGIONS)}.eks.amazonaws.com"


APPS = ["orders-api", "billing-worker", "checkout-web", "search-indexer", "notifier"]
NS = ["prod", "staging", "payments", "default"]


def crashloop():
    app = pick(APPS); ns = pick(NS); p = podname(app); u = uid()
    back = pick(["10s", "20s", "40s", "1m20s", "2m40s", "5m0s"])
    return (klog("E", "pod_workers.go", ln(1301)) +
            f'"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{app}\\" with CrashLoopBackOff: '
            f'\\"back-off {back} restarting failed container={app} pod={p}_{ns}({u})\\"" pod="{ns}/{p}" podUID="{u}"')


def image_pull():
    app = pick(APPS); acct = pick(ACCOUNTS); reg = pick(REGIONS)
    tag = f"v{n(1, 3)}.{n(0, 20)}.{n(0, 9)}"
    img = f"{acct}.dkr.ecr.{reg}.amazonaws.com/{app}:{tag}"
    return (klog("E", "log.go", 32) +
            f'"PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image '
            f'\\"{img}\\": failed to resolve reference \\"{img}\\": {img}: not found" image="{img}"')


def node_status():
    h = node()
    return (klog("E", "kubelet_node_status.go", ln(549)) +
            f'"Error updating node status, will retry" err="error getting node \\"{h}\\": Get \\"{eks_ep()}/api/v1/nodes/{h}?timeout=10s\\": '
            f'context deadline exceeded"')


def kubelet_fatal():
    return (klog("F", "server.go", ln(274)) +
            'failed to run Kubelet: validate service connection: validate CRI v1 runtime API for endpoint "unix:///run/containerd/containerd.sock": '
            "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: no such file or directory\"")


def coredns_timeout():
    q = pick(["orders-db.prod.svc.cluster.local.", "api.stripe.example.com.", f"{pick(APPS)}.{pick(NS)}.svc.cluster.local.",
              "sqs.eu-west-1.amazonaws.com.", "sts.amazonaws.com."])
    return (f"[ERROR] plugin/errors: 2 {q} {pick(['A', 'AAAA'])}: read udp {ip10()}:{port()}->{ip10()}:53: i/o timeout")


def cni_eni():
    it = pick(["m5.large", "c6i.xlarge", "t3.medium", "r6g.large"])
    return json.dumps({"level": "error", "ts": iso_ms().replace("Z", "Z"), "caller": f"ipamd/ipamd.go:{ln(880)}",
                       "msg": f"Failed to increase pool size due to not able to allocate ENI AllocENI: error attaching ENI: attachENI: "
                              f"failed to attach ENI:AttachmentLimitExceeded: Interface count {n(3, 8)} exceeds the limit for {it}\n"
                              f"\tstatus code: 400, request id: {uid()}"})


def cni_subnet():
    return json.dumps({"level": "error", "ts": iso_ms(), "caller": f"ipamd/ipamd.go:{ln(1021)}",
                       "msg": f"Failed to allocate a private IP addresses on ENI eni-{hexs(17)}: InsufficientFreeAddressesInSubnet: "
                              f"The specified subnet does not have enough free addresses to satisfy the request.\n"
                              f"\tstatus code: 400, request id: {uid()}"})


def autoscaler_denied():
    acct = pick(ACCOUNTS)
    return (klog("E", "static_autoscaler.go", ln(450)) +
            f"Failed to scale up: failed to increase node group size: AccessDenied: User: arn:aws:sts::{acct}:assumed-role/"
            f"eks-cluster-autoscaler/{n(10**18, 10**19 - 1)} is not authorized to perform: autoscaling:SetDesiredCapacity on resource: "
            f"arn:aws:autoscaling:{pick(REGIONS)}:{acct}:autoScalingGroup:{uid()}:autoScalingGroupName/eks-general-{hexs(8)}-{hexs(4)}\n"
            f"\tstatus code: 403, request id: {uid()}")


def karpenter_sched():
    app = pick(APPS)
    return json.dumps({"level": "ERROR", "time": iso_ms(), "logger": "controller", "message": "could not schedule pod",
                       "commit": pick(["a1c3f9e", "7d0be21"]), "controller": "provisioner", "namespace": "", "name": "",
                       "reconcileID": uid(), "Pod": {"name": podname(app), "namespace": pick(NS)},
                       "error": f"incompatible with nodepool \"default\", daemonset overhead={{\"cpu\":\"{n(2, 9)}00m\",\"memory\":\"{n(300, 900)}Mi\",\"pods\":\"{n(4, 9)}\"}}, "
                                f"no instance type satisfied resources {{\"cpu\":\"{n(9, 48)}\",\"memory\":\"{n(20, 190)}Gi\",\"pods\":\"1\"}} and requirements "
                                f"karpenter.sh/capacity-type In [on-demand spot], karpenter.sh/nodepool In [default], kubernetes.io/arch In [amd64] "
                                f"(no instance type which had enough resources and the required offering met the scheduling requirements)"},
                      separators=(",", ":"))


def karpenter_capacity():
    return json.dumps({"level": "ERROR", "time": iso_ms(), "logger": "controller", "message": "Reconciler error",
                       "commit": pick(["a1c3f9e", "7d0be21"]), "controller": "nodeclaim.lifecycle", "controllerGroup": "karpenter.sh",
                       "controllerKind": "NodeClaim", "NodeClaim": {"name": f"default-{alnum(5)}"}, "namespace": "", "name": f"default-{alnum(5)}",
                       "reconcileID": uid(),
                       "error": f"launching nodeclaim, creating instance, insufficient capacity, all requested instance types were unavailable during launch"},
                      separators=(",", ":"))


def alb_denied():
    acct = pick(ACCOUNTS); ing = pick(["shop", "admin", "public-api", "webhooks"]); ns = pick(NS)
    return json.dumps({"level": "error", "ts": iso_ms(), "msg": "Reconciler error", "controller": "ingress",
                       "object": {"name": ing, "namespace": ns}, "namespace": ns, "name": ing, "reconcileID": uid(),
                       "error": f"AccessDenied: User: arn:aws:sts::{acct}:assumed-role/aws-load-balancer-controller/{n(10**18, 10**19 - 1)} "
                                f"is not authorized to perform: elasticloadbalancing:AddTags on resource: arn:aws:elasticloadbalancing:"
                                f"{pick(REGIONS)}:{acct}:targetgroup/k8s-{ns}-{ing}-{hexs(10)}/{hexs(16)} because no identity-based policy allows "
                                f"the elasticloadbalancing:AddTags action\n\tstatus code: 403, request id: {uid()}"})


def alb_subnets():
    ing = pick(["shop", "admin", "public-api", "webhooks"]); ns = pick(NS)
    return json.dumps({"level": "error", "ts": iso_ms(), "msg": "Reconciler error", "controller": "ingress",
                       "object": {"name": ing, "namespace": ns}, "namespace": ns, "name": ing, "reconcileID": uid(),
                       "error": f"couldn't auto-discover subnets: unable to resolve at least one subnet (0 match VPC and tags: [kubernetes.io/role/elb])"})


ERRORS = [
    ("kubernetes/kubelet-crashloop-sync", crashloop),
    ("kubernetes/kubelet-image-not-found", image_pull),
    ("kubernetes/kubelet-node-status-timeout", node_status),
    ("kubernetes/kubelet-fatal-cri", kubelet_fatal),
    ("kubernetes/coredns-upstream-timeout", coredns_timeout),
    ("kubernetes/aws-node-eni-limit", cni_eni),
    ("kubernetes/aws-node-subnet-full", cni_subnet),
    ("kubernetes/autoscaler-access-denied", autoscaler_denied),
    ("kubernetes/karpenter-could-not-schedule", karpenter_sched),
    ("kubernetes/karpenter-insufficient-capacity", karpenter_capacity),
    ("kubernetes/alb-controller-addtags-denied", alb_denied),
    ("kubernetes/alb-controller-no-subnets", alb_subnets),
]


def ok_probe():
    app = pick(APPS); ns = pick(NS)
    return (klog("I", "prober.go", ln(107)) +
            f'"Probe failed" probeType="{pick(["Readiness", "Liveness"])}" pod="{ns}/{podname(app)}" podUID="{uid()}" '
            f'containerName="{app}" probeResult="failure" output="Get \\"http://{ip10()}:8080/healthz\\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"')


def ok_reflector():
    return (klog("W", "reflector.go", ln(561)) +
            f"k8s.io/client-go@v0.{n(28, 31)}.{n(0, 4)}/tools/cache/reflector.go:{ln(232)}: failed to list *v1.ConfigMap: "
            f"configmaps \"kube-root-ca.crt\" is forbidden: User \"system:node:{node()}\" cannot list resource \"configmaps\" in API group \"\" "
            f"in the namespace \"{pick(NS)}\": no relationship found between node '{node()}' and this object")


def ok_eviction():
    return (klog("W", "eviction_manager.go", ln(366)) +
            f'"Eviction manager: attempting to reclaim" resourceName="{pick(["memory", "ephemeral-storage", "nodefs.inodesFree"])}"')


def ok_status():
    app = pick(APPS)
    return (klog("I", "kubelet.go", ln(2461)) +
            f'"SyncLoop (PLEG): event for pod" pod="{pick(NS)}/{podname(app)}" event={{"ID":"{uid()}","Type":"ContainerDied","Data":"{hexs(64)}"}}')


def ok_coredns_query():
    q = pick(["orders-db.prod.svc.cluster.local.", f"{pick(APPS)}.{pick(NS)}.svc.cluster.local.", "missing.internal."])
    rc = pick(["NOERROR", "NXDOMAIN", "SERVFAIL"])
    return (f"[INFO] {ip10()}:{port()} - {n(1, 65535)} \"{pick(['A', 'AAAA'])} IN {q} udp {n(30, 90)} false 512\" {rc} "
            f"qr,aa,rd {n(90, 400)} {f(0.00005, 0.02, 6)}s")


def ok_coredns_health():
    return f"[WARNING] plugin/health: Local health request to \"http://:8080/health\" took more than 1s: {f(1.0, 4.9, 6)}s"


def ok_cni_retry():
    return json.dumps({"level": "info", "ts": iso_ms(), "caller": f"ipamd/ipamd.go:{ln(640)}",
                       "msg": f"Retrying ENI allocation after error; attempt {n(1, 3)} of 5, {n(0, 3)} IPs available"})


def ok_cni_debug():
    return json.dumps({"level": "debug", "ts": iso_ms(), "caller": f"datastore/data_store.go:{ln(720)}",
                       "msg": f"IP pool stats: Total IPs/Prefixes = {n(20, 60)}/0, AssignedIPs/CooldownIPs: {n(0, 20)}/0, c.maxIPsPerENI = {n(9, 29)}, errors = 0"})


def ok_autoscaler():
    return (klog("I", "scale_up.go", ln(477)) +
            f"Final scale-up plan: [{{eks-general-{hexs(8)}-{hexs(4)} {n(2, 9)}->{n(10, 14)} (max: 20)}}]")


def ok_karpenter_info():
    return json.dumps({"level": "INFO", "time": iso_ms(), "logger": "controller", "message": "found provisionable pod(s)",
                       "commit": pick(["a1c3f9e", "7d0be21"]), "controller": "provisioner",
                       "Pods": f"{pick(NS)}/{podname(pick(APPS))}", "duration": f"{f(10, 90, 3)}ms"}, separators=(",", ":"))


def ok_karpenter_disrupt():
    return json.dumps({"level": "INFO", "time": iso_ms(), "logger": "controller", "message": "disrupting nodeclaim(s) via delete, terminating 1 nodes (0 pods) "
                       f"{node()}/{pick(['m5.large', 'c6i.xlarge'])}/spot", "commit": "a1c3f9e", "controller": "disruption",
                       "reason": pick(["empty", "underutilized", "drifted"])}, separators=(",", ":"))


def ok_alb():
    ing = pick(["shop", "admin", "public-api"])
    return json.dumps({"level": "info", "ts": iso_ms(), "msg": "successfully deployed model", "ingressGroup": f"{pick(NS)}/{ing}"})


ERROR_FREE = [ok_probe, ok_reflector, ok_eviction, ok_status, ok_coredns_query, ok_coredns_health, ok_cni_retry,
              ok_cni_debug, ok_autoscaler, ok_karpenter_info, ok_karpenter_disrupt, ok_alb]
