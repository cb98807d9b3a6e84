"""Families: karpenter-v1-nodepools-zap-json, aws-lbc-external-dns-ingress.

Karpenter 1.1 and the AWS Load Balancer Controller 2.10 run in kube-system of tlm-prod-blue; external-dns 0.15
in external-dns. Their container output reaches CloudWatch Logs through Fluent Bit (Container Insights
application log group); the event is the container's log line."""
from common import (hexs, alnum, lower, kid, digits, uuid, ip10, podip, nodename, pick, jd, build, iso, at,
                    ACCT, REGION, CLUSTER)

F1 = "karpenter-v1-nodepools-zap-json"
COMMIT = "2e1f7a9"
POOLS = ["general", "general-arm64", "batch", "gpu-inference"]


def kp(R, level, msg, logger="controller", **kv):
    d = {"level": level, "time": iso(R), "logger": logger, "message": msg, "commit": COMMIT}
    d.update(kv)
    return jd(d)


def nc(R, pool=None):
    return "%s-%s" % (pool or pick(R, POOLS), kid(R))


def itype(R, pool):
    return pick(R, {"general": ["m7i.2xlarge", "m6i.4xlarge", "c7i.4xlarge", "r7i.2xlarge"], "general-arm64": ["m7g.2xlarge", "c7g.4xlarge", "r7g.xlarge"],
                    "batch": ["c6a.8xlarge", "c7a.4xlarge", "m6a.8xlarge"], "gpu-inference": ["g5.2xlarge", "g5.4xlarge", "g6.2xlarge"]}[pool])


def k_vcpu(R):
    # G/VT on-demand vCPU quota (64) reached: gpu-inference pods cannot get capacity
    n = nc(R, "gpu-inference")
    r = R.random()
    if r < 0.6:
        return kp(R, "ERROR", "failed launching nodeclaim", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim",
                  NodeClaim={"name": n}, namespace="", name=n, reconcileID=uuid(R),
                  error="creating instance, insufficient capacity, with fleet error(s), VcpuLimitExceeded: You have requested more vCPU capacity than your current vCPU limit of 64 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.")
    p = "inference-%s-%s" % (pick(R, ["embedder", "ranker", "llm-gw"]), kid(R))
    return kp(R, "ERROR", "could not schedule pod", logger="controller", controller="provisioner", namespace="", name="", reconcileID=uuid(R),
              Pod={"name": p, "namespace": "ml"}, error="all available instance types exceed limits for nodepool: \"gpu-inference\"" if R.random() < 0.3 else "incompatible with nodepool \"gpu-inference\", no instance type has enough capacity; all requested instance types were unavailable during launch (VcpuLimitExceeded)")


def k_subnet(R):
    # EC2NodeClass "batch" selects subnets by a tag nobody set on the new subnets after the VPC migration
    r = R.random()
    if r < 0.45:
        return kp(R, "ERROR", "Reconciler error", controller="nodeclass", controllerGroup="karpenter.k8s.aws", controllerKind="EC2NodeClass", EC2NodeClass={"name": "batch"},
                  namespace="", name="batch", reconcileID=uuid(R), error="no subnets exist given constraints [{map[karpenter.sh/discovery:tlm-prod-blue-batch] }]")
    if r < 0.75:
        p = "%s-%s-%s" % (pick(R, ["report-worker", "etl-loader"]), kid(R, 10), kid(R))
        return kp(R, "ERROR", "could not schedule pod", controller="provisioner", namespace="", name="", reconcileID=uuid(R), Pod={"name": p, "namespace": "batch"},
                  error="incompatible with nodepool \"batch\", nodeclass \"batch\" not ready: SubnetsReady=False")
    return kp(R, "INFO", "nodeclass status", controller="nodeclass", EC2NodeClass={"name": "batch"}, condition="SubnetsReady", status="False", reason="SubnetsNotFound", messageDetail="SubnetSelector did not match any Subnets") if R.random() < 0.5 else kp(R, "WARN", "ignoring nodepool, not ready", controller="provisioner", NodePool={"name": "batch"}, reason="NodeClassNotReady", reconcileID=uuid(R))


def k_register(R):
    # general-arm64 NodeClaims launch but never join: the custom AL2023 userdata (nodeadm) sets the wrong API endpoint
    n = nc(R, "general-arm64")
    iid = "i-0%s" % hexs(R, 16)
    r = R.random()
    if r < 0.45:
        return kp(R, "INFO", "deleting nodeclaim, node not registered within registration TTL", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim",
                  NodeClaim={"name": n}, namespace="", name=n, reconcileID=uuid(R), ttl="15m0s", provider_id="aws:///eu-west-1%s/%s" % (pick(R, "bc"), iid))
    if r < 0.8:
        return kp(R, "ERROR", "Reconciler error", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim", NodeClaim={"name": n}, namespace="", name=n,
                  reconcileID=uuid(R), error="node not registered for nodeclaim %s (provider-id aws:///eu-west-1%s/%s) after 15m0s; liveness TTL exceeded" % (n, pick(R, "bc"), iid))
    return kp(R, "INFO", "deleted nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": n}, reason="liveness", reconcileID=uuid(R), **{"Node": {"name": ""}, "provider-id": "aws:///eu-west-1%s/%s" % (pick(R, "bc"), iid)})


def k_sqs(R):
    # interruption queue permissions lost in a policy rewrite: Karpenter no longer sees spot interruption notices
    r = R.random()
    if r < 0.7:
        return kp(R, "ERROR", "Reconciler error", controller="interruption", namespace="", name="", reconcileID=uuid(R),
                  error="getting messages from queue, discovering queue url, fetching queue url, operation error SQS: GetQueueUrl, https response error StatusCode: 400, RequestID: %s, AccessDenied: User: arn:aws:sts::%s:assumed-role/KarpenterController-tlm-prod-blue/%s is not authorized to perform: sqs:getqueueurl on resource: arn:aws:sqs:eu-west-1:%s:tlm-prod-blue-karpenter because no identity-based policy allows the sqs:getqueueurl action" % (uuid(R), ACCT, digits(R, 19), ACCT))
    return kp(R, "ERROR", "Reconciler error", controller="interruption", namespace="", name="", reconcileID=uuid(R),
              error="getting messages from queue, operation error SQS: ReceiveMessage, https response error StatusCode: 400, RequestID: %s, AccessDenied: not authorized to perform: sqs:receivemessage on resource: arn:aws:sqs:eu-west-1:%s:tlm-prod-blue-karpenter" % (uuid(R), ACCT))


def k_pdb(R):
    # drift replacement of general nodes stuck for two days: checkout/api PDB minAvailable equals replicas
    node = pick(R, ["ip-10-31-4-17.eu-west-1.compute.internal", "ip-10-31-22-168.eu-west-1.compute.internal"])
    p = "api-%s-%s" % (pick(R, ["7f9c8d6b5d", "7f9c8d6b5d", "6c4bd89f7"]), kid(R))
    r = R.random()
    if r < 0.65:
        return kp(R, "ERROR", "Reconciler error", controller="node.termination", controllerGroup="", controllerKind="Node", Node={"name": node}, namespace="", name=node, reconcileID=uuid(R),
                  error="draining node, evicting pod checkout/%s, PDB \"checkout/api\" prevents pod evictions" % p)
    return kp(R, "INFO", "pod blocked from eviction", controller="node.termination", Node={"name": node}, Pod={"name": p, "namespace": "checkout"}, reason="Cannot evict pod as it would violate the pod's disruption budget.", pdb="checkout/api", blockedFor="%dh%dm" % (R.randint(20, 52), R.randint(0, 59)))


def karp_negs():
    def n_found(R): return kp(R, "INFO", "found provisionable pod(s)", controller="provisioner", namespace="", name="", reconcileID=uuid(R), Pods=", ".join("%s/%s-%s-%s" % (pick(R, [("shop", "storefront"), ("batch", "report-worker"), ("search", "query")]) + (kid(R, 10), kid(R))) for _ in range(R.randint(1, 3))), duration="%d.%sms" % (R.randint(10, 120), digits(R, 6)))
    def n_computed(R): return kp(R, "INFO", "computed new nodeclaim(s) to fit pod(s)", controller="provisioner", namespace="", name="", reconcileID=uuid(R), nodeclaims=R.randint(1, 3), pods=R.randint(1, 12))
    def n_created(R):
        pool = pick(R, POOLS)
        return kp(R, "INFO", "created nodeclaim", controller="provisioner", namespace="", name="", reconcileID=uuid(R), NodePool={"name": pool}, NodeClaim={"name": nc(R, pool)}, requests={"cpu": "%dm" % R.randint(500, 15000), "memory": "%dMi" % R.randint(512, 60000), "pods": str(R.randint(3, 20))}, instance_types="%s and %d other(s)" % (itype(R, pool), R.randint(5, 90)))
    def n_launched(R):
        pool = pick(R, ["general", "batch", "gpu-inference"])
        return kp(R, "INFO", "launched nodeclaim", controller="nodeclaim.lifecycle", controllerGroup="karpenter.sh", controllerKind="NodeClaim", NodeClaim={"name": nc(R, pool)}, reconcileID=uuid(R), **{"provider-id": "aws:///eu-west-1%s/i-0%s" % (pick(R, "abc"), hexs(R, 16)), "instance-type": itype(R, pool), "zone": "eu-west-1%s" % pick(R, "abc"), "capacity-type": pick(R, ["spot", "on-demand"]), "allocatable": {"cpu": "%dm" % R.randint(7000, 15900), "memory": "%dMi" % R.randint(14000, 60000), "pods": "58"}})
    def n_registered(R): return kp(R, "INFO", pick(R, ["registered nodeclaim", "initialized nodeclaim"]), controller="nodeclaim.lifecycle", NodeClaim={"name": nc(R, pick(R, ["general", "batch", "gpu-inference"]))}, Node={"name": nodename(R)}, reconcileID=uuid(R), **{"provider-id": "aws:///eu-west-1%s/i-0%s" % (pick(R, "abc"), hexs(R, 16))})
    def n_disrupt(R):
        pool = pick(R, ["general", "batch"])
        return kp(R, "INFO", "disrupting nodeclaim(s) via %s, terminating 1 nodes (%d pods) %s/%s/%s" % (pick(R, ["delete", "replace"]), R.randint(0, 14), nodename(R), itype(R, pool), pick(R, ["spot", "on-demand"])), controller="disruption", namespace="", name="", reconcileID=uuid(R), command_id=uuid(R), reason=pick(R, ["underutilized", "empty", "drifted"]))
    def n_taint(R):
        if R.random() < 0.5:
            return kp(R, "INFO", "tainted node", controller="node.termination", Node={"name": nodename(R)}, reconcileID=uuid(R), taint={"key": "karpenter.sh/disrupted", "effect": "NoSchedule"})
        return kp(R, "INFO", "deleted node", controller="node.termination", Node={"name": nodename(R)}, reconcileID=uuid(R))
    def n_spot(R):
        iid = "i-0%s" % hexs(R, 16)
        return kp(R, "INFO", "initiating delete from interruption message", controller="interruption", queue="tlm-prod-blue-karpenter", messageKind="SpotInterrupted", NodeClaim={"name": nc(R, "batch")}, action="CordonAndDrain", Node={"name": nodename(R)}, reconcileID=uuid(R)) if R.random() < 0.5 else kp(R, "INFO", "deleted nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": nc(R, "batch")}, reason="SpotInterrupted", reconcileID=uuid(R), **{"provider-id": "aws:///eu-west-1a/%s" % iid})
    def n_ice(R):
        n = nc(R, pick(R, ["batch", "general"]))
        return kp(R, "ERROR", "failed launching nodeclaim", controller="nodeclaim.lifecycle", NodeClaim={"name": n}, namespace="", name=n, reconcileID=uuid(R), error="creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: We currently do not have sufficient %s capacity in the Availability Zone you requested (eu-west-1%s). Our system will be working on provisioning additional capacity." % (pick(R, ["c7a.4xlarge", "c6a.8xlarge", "m7i.2xlarge"]), pick(R, "abc")))
    def n_conflict(R):
        n = nc(R)
        return kp(R, "ERROR", "Reconciler error", controller="nodeclaim.disruption", NodeClaim={"name": n}, namespace="", name=n, reconcileID=uuid(R), error="Operation cannot be fulfilled on nodeclaims.karpenter.sh \"%s\": the object has been modified; please apply your changes to the latest version and try again" % n)
    def n_ami(R): return kp(R, "INFO", "discovered ssm parameter", controller="nodeclass", EC2NodeClass={"name": pick(R, ["default", "batch", "gpu", "arm64"])}, reconcileID=uuid(R), parameter="/aws/service/eks/optimized-ami/1.31/amazon-linux-2023/%s/standard/recommended/image_id" % pick(R, ["x86_64", "arm64"]), value="ami-0%s" % hexs(R, 16))
    def n_pricing(R): return kp(R, pick(R, ["DEBUG", "INFO"]), "updated spot pricing with instance types and offerings", controller="pricing", instance_type_count=R.randint(600, 800), offering_count=R.randint(1500, 2200))
    def n_consol(R): return kp(R, "INFO", "pod(s) have a preferred TopologySpreadConstraint which can prevent consolidation", controller="disruption", pods="%s/%s-%s" % (pick(R, ["shop", "search"]), pick(R, ["storefront", "query"]), kid(R)), reconcileID=uuid(R))
    def n_budget(R): return kp(R, "INFO", "disruption budget prevents disruption", controller="disruption", NodePool={"name": pick(R, ["general", "batch"])}, reason=pick(R, ["Drifted", "Underutilized"]), allowed=0, schedule="0 8 * * mon-fri", reconcileID=uuid(R))
    def n_start(R): return kp(R, "INFO", pick(R, ["Starting workers", "Starting EventSource", "Starting Controller"]), controller=pick(R, ["nodeclaim.lifecycle", "provisioner", "disruption", "nodeclass", "interruption", "node.termination"]), worker_count=R.randint(1, 100))
    def n_lease(R): return kp(R, "INFO", pick(R, ["attempting to acquire leader lease kube-system/karpenter-leader-election...", "successfully acquired lease kube-system/karpenter-leader-election"]), logger="leaderelection", pod=kid(R, 10)) if R.random() < 0.5 else kp(R, "INFO", "successfully acquired lease kube-system/karpenter-leader-election", logger="controller-runtime.leaderelection", holder="karpenter-%s-%s" % (kid(R, 10), kid(R)))
    def n_unsched_wait(R):
        ns, app = pick(R, [("shop", "storefront"), ("search", "query"), ("batch", "report-worker")])
        p = "%s-%s-%s" % (app, kid(R, 10), kid(R))
        return kp(R, "INFO", "pod(s) waiting for nodeclaim(s) to be initialized", controller="provisioner", Pod={"name": p, "namespace": ns}, NodeClaim={"name": nc(R, pick(R, ["general", "batch"]))}, reconcileID=uuid(R))
    return [n_found, n_computed, n_created, n_launched, n_registered, n_disrupt, n_taint, n_spot, n_ice, n_conflict, n_ami, n_pricing, n_consol, n_budget, n_start, n_lease, n_unsched_wait]


def fam_karp(R):
    return build(R, F1, [("gpu-inference-vcpu-limit-exceeded", k_vcpu), ("batch-nodeclass-subnet-selector-no-match", k_subnet),
                         ("general-arm64-nodes-never-register-userdata", k_register), ("interruption-queue-sqs-access-denied", k_sqs),
                         ("checkout-api-pdb-blocks-drift-drain", k_pdb)], karp_negs())


# ---------------------------------------------------------------- aws-lbc-external-dns-ingress
F2 = "aws-lbc-external-dns-ingress"
ZONE = "Z04INV7Q3K2XMPLE5T1R"
DOMAIN = "tallowmere.example"
ING = [("shop", "storefront"), ("checkout", "api"), ("backoffice", "admin"), ("search", "query"), ("payments", "psp-webhooks")]


def lbc(R, level, msg, **kv):
    d = {"level": level, "ts": iso(R), "msg": msg}
    d.update(kv)
    return jd(d)


def edns(R, level, msg):
    return 'time="%s" level=%s msg="%s"' % (iso(R, frac=0), level, msg.replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t"))


def tg(R, ns, name):
    return "arn:aws:elasticloadbalancing:eu-west-1:%s:targetgroup/k8s-%s-%s-%s/%s" % (ACCT, ns[:8], name[:8], hexs(R, 10), hexs(R, 16))


def l_cert(R):
    # backoffice/admin ingress still names an ACM certificate that was deleted after re-issuing
    r = R.random()
    err = "CertificateNotFound: Certificate 'arn:aws:acm:eu-west-1:%s:certificate/6f2c1a9e-8d3b-4e7a-9c15-2b7d0e4f8a61' not found\n\tstatus code: 400, request id: %s" % (ACCT, uuid(R))
    if r < 0.6:
        return lbc(R, "error", "Reconciler error", controller="ingress", object={"name": "admin", "namespace": "backoffice"}, namespace="backoffice", name="admin", reconcileID=uuid(R), error=err)
    return lbc(R, "info", "Failed deploy model due to " + err.split("\n")[0], logger="events", type="Warning", object={"kind": "Ingress", "namespace": "backoffice", "name": "admin", "uid": uuid(R), "apiVersion": "networking.k8s.io/v1"}, reason="FailedDeployModel")


def l_iam(R):
    # controller upgraded to 2.10 without the new IAM policy: AddTags on creation is denied for new target groups
    ns, name = pick(R, [("search", "query"), ("payments", "psp-webhooks")])
    err = "AccessDenied: User: arn:aws:sts::%s:assumed-role/tlm-prod-blue-aws-load-balancer-controller/%s is not authorized to perform: elasticloadbalancing:AddTags on resource: %s because no identity-based policy allows the elasticloadbalancing:AddTags action\n\tstatus code: 403, request id: %s" % (ACCT, digits(R, 19), tg(R, ns, name), uuid(R))
    if R.random() < 0.65:
        return lbc(R, "error", "Reconciler error", controller="ingress", object={"name": name, "namespace": ns}, namespace=ns, name=name, reconcileID=uuid(R), error=err)
    return lbc(R, "info", "Failed deploy model due to " + err.split("\n")[0], logger="events", type="Warning", object={"kind": "Ingress", "namespace": ns, "name": name, "uid": uuid(R), "apiVersion": "networking.k8s.io/v1"}, reason="FailedDeployModel")


def l_subnet(R):
    # new internal NLB for payments/ledger-grpc: private subnets lack the kubernetes.io/role/internal-elb tag
    err = "couldn't auto-discover subnets: unable to resolve at least one subnet (0 match VPC and tags: [kubernetes.io/role/internal-elb])"
    if R.random() < 0.6:
        return lbc(R, "error", "Reconciler error", controller="service", object={"name": "ledger-grpc", "namespace": "payments"}, namespace="payments", name="ledger-grpc", reconcileID=uuid(R), error=err)
    return lbc(R, "info", "Failed build model due to " + err, logger="events", type="Warning", object={"kind": "Service", "namespace": "payments", "name": "ledger-grpc", "uid": uuid(R), "apiVersion": "v1"}, reason="FailedBuildModel")


def l_sgrules(R):
    # shared node security group hit the rules-per-SG quota: new TargetGroupBindings cannot open node ports
    tgb = pick(R, ["k8s-shop-storefro-%s" % hexs(R, 10), "k8s-checkout-api-%s" % hexs(R, 10), "k8s-search-query-%s" % hexs(R, 10)])
    ns = tgb.split("-")[1]
    err = "RulesPerSecurityGroupLimitExceeded: The maximum number of rules per security group has been reached.\n\tstatus code: 400, request id: %s" % uuid(R)
    if R.random() < 0.6:
        return lbc(R, "error", "Reconciler error", controller="targetGroupBinding", controllerGroup="elbv2.k8s.aws", controllerKind="TargetGroupBinding", TargetGroupBinding={"name": tgb, "namespace": ns}, namespace=ns, name=tgb, reconcileID=uuid(R), error=err)
    return lbc(R, "error", "failed to authorize securityGroup ingress", securityGroupID="sg-0c41e7d9a2b3f5864", permission=[{"IpProtocol": "tcp", "FromPort": R.randint(30000, 32767), "ToPort": R.randint(30000, 32767), "UserIdGroupPairs": [{"GroupId": "sg-0%s" % hexs(R, 16), "Description": "elbv2.k8s.aws/targetGroupBinding=shared"}]}], error="RulesPerSecurityGroupLimitExceeded: The maximum number of rules per security group has been reached.")


def d_owner(R):
    # blue/green cutover: tlm-prod-green's external-dns owns shop A/TXT records; blue keeps trying to create them
    host = pick(R, ["shop", "www", "m"]) + "." + DOMAIN
    r = R.random()
    if r < 0.6:
        return edns(R, "error", "Failure in zone %s. [Id: /hostedzone/%s] when submitting change batch: InvalidChangeBatch: [Tried to create resource record set [name='%s.', type='%s'] but it already exists]\n\tstatus code: 400, request id: %s" % (DOMAIN, ZONE, host, pick(R, ["A", "TXT", "AAAA"]), uuid(R)))
    return edns(R, "error", "failed to submit all changes for the following zones: [/hostedzone/%s]" % ZONE) if R.random() < 0.6 else edns(R, "error", "Failed to do run once: soft error\nfailed to submit all changes for the following zones: [/hostedzone/%s]" % ZONE)


def lbc_negs():
    def n_built(R):
        ns, name = pick(R, ING)
        return lbc(R, "info", pick(R, ["successfully built model", "successfully deployed model"]), controller="ingress", ingressGroup="%s/%s" % (ns, name))
    def n_reg(R):
        ns, name = pick(R, ING)
        return lbc(R, "info", pick(R, ["registering targets", "registered targets", "deRegistering targets", "deRegistered targets"]), arn=tg(R, ns, name), targets=[{"AvailabilityZone": None, "Id": podip(R), "Port": 8080}])
    def n_tgcreate(R):
        ns, name = pick(R, ING)
        return lbc(R, "info", pick(R, ["creating targetGroup", "created targetGroup"]), stackID="%s/%s" % (ns, name), resourceID="%s/%s-%s:8080" % (ns, ns, name), arn=tg(R, ns, name))
    def n_sg_ok(R): return lbc(R, "info", pick(R, ["authorizing securityGroup ingress", "authorized securityGroup ingress", "revoking securityGroup ingress", "revoked securityGroup ingress"]), securityGroupID="sg-0%s" % hexs(R, 16), permission=[{"IpProtocol": "tcp", "FromPort": 8080, "ToPort": 8080, "UserIdGroupPairs": [{"GroupId": "sg-0%s" % hexs(R, 16), "Description": "elbv2.k8s.aws/targetGroupBinding=shared"}]}])
    def n_conflict(R):
        tgb = "k8s-%s-%s" % (pick(R, ["shop", "checkout", "search"]), hexs(R, 10))
        return lbc(R, "error", "Reconciler error", controller="targetGroupBinding", TargetGroupBinding={"name": tgb, "namespace": "shop"}, namespace="shop", name=tgb, reconcileID=uuid(R), error="Operation cannot be fulfilled on targetgroupbindings.elbv2.k8s.aws \"%s\": the object has been modified; please apply your changes to the latest version and try again" % tgb)
    def n_throttle(R):
        ns, name = pick(R, ING)
        return lbc(R, "error", "Reconciler error", controller="ingress", object={"name": name, "namespace": ns}, namespace=ns, name=name, reconcileID=uuid(R), error="operation error Elastic Load Balancing v2: DescribeTargetHealth, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, api error Throttling: Rate exceeded" % uuid(R))
    def n_readiness(R): return lbc(R, "info", pick(R, ["webhook mutating pod readiness gate", "pod readiness gate injected"]), logger="controllers.pod-readiness-gate-injector", pod="%s/%s-%s-%s" % ("shop", "storefront", kid(R, 10), kid(R)))
    def n_start(R): return lbc(R, "info", pick(R, ["Starting workers", "Starting EventSource", "Starting Controller"]), controller=pick(R, ["ingress", "service", "targetGroupBinding"]), worker_count=R.randint(1, 3))
    def n_healthy(R): return lbc(R, "debug", "target health", arn=tg(R, *pick(R, ING)), target=podip(R), state=pick(R, ["healthy", "initial", "draining"]))
    def n_tls_warn(R): return lbc(R, "info", "ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06 applied", ingressGroup="%s/%s" % pick(R, ING), listener="443", certificateCount=R.randint(1, 3))
    def e_uptodate(R): return edns(R, "info", "All records are already up to date") if R.random() < 0.5 else edns(R, "info", "Applying provider record filter for domains: [%s. .%s.]" % (DOMAIN, DOMAIN))
    def e_change(R):
        h = "%s.%s" % (pick(R, ["preview-%d" % R.randint(100, 999), "api", "admin", "search", "pr-%d.preview" % R.randint(1000, 3999)]), DOMAIN)
        return edns(R, "info", "Desired change: %s %s %s" % (pick(R, ["CREATE", "UPSERT", "DELETE"]), pick(R, [h, "cname-" + h, "a-" + h]), pick(R, ["A", "TXT", "CNAME"])) + (" [Id: /hostedzone/%s]" % ZONE))
    def e_ok(R): return edns(R, "info", "%d record(s) in zone %s. [Id: /hostedzone/%s] were successfully updated" % (R.randint(1, 9), DOMAIN, ZONE))
    def e_skip(R):
        h = "%s.%s" % (pick(R, ["status", "careers", "brand", "partners"]), DOMAIN)
        return edns(R, "debug", "Skipping endpoint %s 300 IN CNAME  %s [] because owner id does not match for %s, found: \"%s\", required: \"tlm-prod-blue\"" % (h, "d%s.cloudfront.net" % lower(R, 13), h, pick(R, ["tlm-marketing", "tlm-legacy-ec2"])))
    def e_throttle(R): return edns(R, "warning", "Throttling: Rate exceeded\n\tstatus code: 400, request id: %s; retrying" % uuid(R))
    def e_client(R): return edns(R, "info", pick(R, ["Instantiating new Kubernetes client", "Using inCluster-config based on serviceaccount-token", "Created Kubernetes client https://172.20.0.1:443"]))
    return [n_built, n_reg, n_tgcreate, n_sg_ok, n_conflict, n_throttle, n_readiness, n_start, n_healthy, n_tls_warn, e_uptodate, e_change, e_ok, e_skip, e_throttle, e_client]


def fam_lbc(R):
    return build(R, F2, [("admin-ingress-acm-certificate-not-found", l_cert), ("lbc-2-10-iam-policy-missing-addtags", l_iam),
                         ("ledger-grpc-internal-subnets-untagged", l_subnet), ("node-sg-rules-per-sg-limit", l_sgrules),
                         ("external-dns-shop-records-owned-by-green-cluster", d_owner)], lbc_negs())


FAMILIES = {F1: fam_karp, F2: fam_lbc}
