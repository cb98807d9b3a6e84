"""Families: eks-apiserver-audit-iam-authenticator, eks-scheduler-controller-manager.

"tallowmere outfitters" runs EKS cluster tlm-prod-blue (Kubernetes 1.31) in eu-west-1 with control-plane
logging enabled: each event below is one event of /aws/eks/tlm-prod-blue/cluster as EKS writes it (log streams
kube-apiserver-*, kube-apiserver-audit-*, authenticator-*, kube-scheduler-*, kube-controller-manager-*)."""
from common import (hexs, alnum, lower, kid, digits, uuid, ip10, podip, nodename, pick, jd, build, iso, at,
                    klog, ACCT, REGION, CLUSTER)

F1 = "eks-apiserver-audit-iam-authenticator"
NS = ["shop", "checkout", "payments", "search", "backoffice", "batch", "data"]
APPS = {"shop": ["storefront", "cart", "catalog"], "checkout": ["api", "pricing"], "payments": ["ledger-api", "psp-gateway"],
        "search": ["indexer", "query"], "backoffice": ["admin", "reports"], "batch": ["report-worker", "etl-loader"],
        "data": ["etl-nightly", "dbt-runner"]}
KYVERNO = "validate.kyverno.svc-fail"


def pod_of(R, ns=None):
    ns = ns or pick(R, NS)
    app = pick(R, APPS[ns])
    return ns, "%s-%s-%s" % (app, kid(R, R.choice([9, 10])), kid(R))


def audit(R, verb, uri, user, code, obj=None, decision="allow", reason=None, ua=None, src=None, status_msg=None,
          level="Metadata", groups=None, stage="ResponseComplete", extra_ann=None):
    t = at(R)
    ev = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": level, "auditID": uuid(R), "stage": stage,
          "requestURI": uri, "verb": verb,
          "user": {"username": user, "uid": uuid(R) if not user.startswith("system:node") else "aws-iam-authenticator:%s:AROA%s" % (ACCT, alnum(R, 17).upper()),
                   "groups": groups or ["system:authenticated"]},
          "sourceIPs": [src or ip10(R, 31)], "userAgent": ua or "kubectl/v1.31.2 (linux/amd64) kubernetes/%s" % hexs(R, 7)}
    if obj:
        ev["objectRef"] = obj
    rs = {"metadata": {}, "code": code}
    if status_msg:
        rs = {"metadata": {}, "status": "Failure", "message": status_msg, "reason": {403: "Forbidden", 404: "NotFound", 409: "Conflict", 500: "InternalError", 422: "Invalid"}.get(code, ""), "code": code}
    ev["responseStatus"] = rs
    ev["requestReceivedTimestamp"] = iso(R, frac=6, t=t)
    ev["stageTimestamp"] = iso(R, frac=6, t=t)
    ann = {"authorization.k8s.io/decision": decision, "authorization.k8s.io/reason": reason or ""}
    if extra_ann:
        ann.update(extra_ann)
    ev["annotations"] = ann
    return jd(ev)


def auth(R, level, msg, **kv):
    parts = ['time="%s"' % iso(R, frac=0), "level=%s" % level, 'msg="%s"' % msg]
    for k, v in kv.items():
        parts.append('%s=%s' % (k, v if (isinstance(v, str) and v and " " not in v and '"' not in v and not v.startswith("[")) else '"%s"' % v))
    return " ".join(parts)


# --- groups
def a_kyverno(R):
    # kyverno admission controller pods crash-looping after an upgrade; its fail-closed webhook blocks writes
    r = R.random()
    if r < 0.45:
        return klog(R, "W", "dispatcher.go:%d" % pick(R, [210, 217, 225]), 'Failed calling webhook, failing closed %s: failed calling webhook "%s": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": %s' % (KYVERNO, KYVERNO, pick(R, ["context deadline exceeded", "dial tcp 172.20.118.41:443: connect: connection refused", "no endpoints available for service \"kyverno-svc\""])))
    ns, p = pod_of(R)
    kind = pick(R, ["deployments", "configmaps", "pods", "services", "jobs"])
    grp = {"deployments": "apps", "jobs": "batch"}.get(kind, "")
    path = "/apis/%s/v1" % grp if grp else "/api/v1"
    name = p.rsplit("-", 2)[0] if kind != "pods" else p
    return audit(R, pick(R, ["create", "update", "patch"]), "%s/namespaces/%s/%s%s" % (path, ns, kind, "" if R.random() < 0.5 else "/" + name),
                 pick(R, ["system:serviceaccount:argocd:argocd-application-controller", "system:serviceaccount:kube-system:replicaset-controller", "system:serviceaccount:kube-system:job-controller"]),
                 500, obj={"resource": kind, "namespace": ns, "name": name, "apiGroup": grp, "apiVersion": "v1"},
                 reason='RBAC: allowed by ClusterRoleBinding "argocd-application-controller" of ClusterRole "argocd-application-controller" to ServiceAccount "argocd-application-controller/argocd"',
                 status_msg='Internal error occurred: failed calling webhook "%s": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": context deadline exceeded' % KYVERNO,
                 ua="argocd-application-controller/v2.13.1 (linux/amd64) kubernetes/%s" % hexs(R, 7), src=podip(R))


def a_ci_unmapped(R):
    # the GitHub Actions deploy role was dropped from the access entries in a Terraform refactor; every deploy fails
    sess = "GitHubActions-%s" % digits(R, 11)
    r = R.random()
    if r < 0.7:
        return auth(R, "warning", "access denied", arn="arn:aws:sts::%s:assumed-role/tlm-gha-deployer/%s" % (ACCT, sess), client="127.0.0.1:%d" % R.randint(40000, 60000),
                    error="ARN is not mapped", method="POST", path="/authenticate")
    return klog(R, "E", "authentication.go:73", '"Unable to authenticate the request" err="[invalid bearer token, webhook authenticator: arn:aws:sts::%s:assumed-role/tlm-gha-deployer/%s is not mapped]"' % (ACCT, sess))


def a_etcd(R):
    # etcd on the managed control plane overloaded by an operator listing all events cluster-wide every few seconds
    r = R.random()
    if r < 0.35:
        return klog(R, "E", "status.go:71", 'apiserver received an error that is not an metav1.Status: &errors.errorString{s:"etcdserver: request timed out"}: etcdserver: request timed out')
    if r < 0.6:
        return klog(R, "E", "writers.go:122", 'apiserver was unable to write a JSON response: http: Handler timeout')
    if r < 0.8:
        return klog(R, "W", "watcher.go:%d" % pick(R, [338, 342]), 'watch chan error: etcdserver: request timed out, possibly due to connection lost')
    return klog(R, "I", "trace.go:236", 'Trace[%d]: "List(recursive=true) etcd3" audit-id:%s,key:/events,resourceVersion:,resourceVersionMatch:,limit:0,continue: (04-Dec-2028 %s) (total time: %d.%03dms):\nTrace[%d]: [%d.%03dms] [%d.%03dms] END' % (R.randint(10 ** 8, 10 ** 9), uuid(R), "10:%02d:%02d.%03d" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), R.randint(9000, 30000), R.randint(0, 999), R.randint(10 ** 8, 10 ** 9), R.randint(9000, 30000), R.randint(0, 999), R.randint(9000, 30000), R.randint(0, 999)))


def a_metrics(R):
    # metrics-server unreachable from the control plane (node security group lost the 10250 rule): HPAs blind
    ip = pick(R, ["10.31.41.17", "10.31.58.203"])
    r = R.random()
    if r < 0.45:
        return klog(R, "E", "available_controller.go:%d" % pick(R, [456, 460]), 'v1beta1.metrics.k8s.io failed with: failing or missing response from https://%s:10251/apis/metrics.k8s.io/v1beta1: Get "https://%s:10251/apis/metrics.k8s.io/v1beta1": dial tcp %s:10251: i/o timeout' % (ip, ip, ip))
    if r < 0.75:
        return klog(R, "E", "controller.go:113", 'loading OpenAPI spec for "v1beta1.metrics.k8s.io" failed with: Error, could not get list of group versions for APIService')
    return klog(R, "E", "controller.go:146", 'Error updating APIService "v1beta1.metrics.k8s.io" with err: failed to download v1beta1.metrics.k8s.io: failed to retrieve openAPI spec, http error: ResponseCode: 503, Body: service unavailable\n, Header: map[Content-Type:[text/plain; charset=utf-8] X-Content-Type-Options:[nosniff]]')


def a_operator_rbac(R):
    # orders-operator chart 3.0 removed its Role for leases: the operator cannot take or renew its leader lease
    name = "orders-operator-leader"
    verb = pick(R, ["get", "create", "update"])
    return audit(R, verb, "/apis/coordination.k8s.io/v1/namespaces/backoffice/leases%s" % ("" if verb == "create" else "/" + name),
                 "system:serviceaccount:backoffice:orders-operator", 403, obj={"resource": "leases", "namespace": "backoffice", "name": name, "apiGroup": "coordination.k8s.io", "apiVersion": "v1"},
                 decision="forbid", reason="", ua="orders-operator/v3.0.2 (linux/arm64) kubernetes/%s/leader-election" % hexs(R, 7), src=podip(R),
                 groups=["system:serviceaccounts", "system:serviceaccounts:backoffice", "system:authenticated"],
                 status_msg='leases.coordination.k8s.io "%s" is forbidden: User "system:serviceaccount:backoffice:orders-operator" cannot %s resource "leases" in API group "coordination.k8s.io" in the namespace "backoffice"' % (name if verb != "create" else "", verb))


def apiserver_negs():
    def n_quota(R): return klog(R, "I", "controller.go:615", "quota admission added evaluator for: %s" % pick(R, ["leases.coordination.k8s.io", "endpointslices.discovery.k8s.io", "jobs.batch", "replicasets.apps", "horizontalpodautoscalers.autoscaling", "poddisruptionbudgets.policy", "cronjobs.batch"]))
    def n_alloc(R): return klog(R, "I", "alloc.go:330", '"allocated clusterIPs" service="%s/%s-%s" clusterIPs={"IPv4":"172.20.%d.%d"}' % (pick(R, NS), pick(R, ["preview", "canary", "svc"]), kid(R), R.randint(0, 255), R.randint(1, 254)))
    def n_openapi(R): return klog(R, "I", "handler.go:286", "OpenAPI AggregationController: action for item %s: Nothing (removed from the queue)." % pick(R, ["k8s_internal_local_delegation_chain_0000000002", "v1beta1.vpcresources.k8s.aws", "v1.karpenter.sh", "v1beta1.external.metrics.k8s.io"]))
    def n_unauth_old(R):
        return klog(R, "E", "authentication.go:73", '"Unable to authenticate the request" err="[invalid bearer token, service account token has been invalidated]"')
    def n_watch(R): return klog(R, "I", "cacher.go:%d" % pick(R, [847, 901]), "cacher (%s): %d objects queued in incoming channel." % (pick(R, ["pods", "events", "endpointslices.discovery.k8s.io"]), R.randint(10, 90)))
    def n_lease(R): return klog(R, "I", "lease.go:%d" % pick(R, [250, 265]), 'Resetting endpoints for master service "kubernetes" to [%s %s]' % (ip10(R, 31, R.randint(0, 15)), ip10(R, 31, R.randint(16, 31))))
    def n_crd(R): return klog(R, "I", "handler.go:%d" % R.randint(140, 160), "Adding GroupVersion %s to ResourceManager" % pick(R, ["karpenter.sh v1", "karpenter.k8s.aws v1", "argoproj.io v1alpha1", "cert-manager.io v1", "networking.istio.io v1", "elbv2.k8s.aws v1beta1", "kyverno.io v1"]))
    def n_aud_get(R):
        ns, p = pod_of(R)
        return audit(R, pick(R, ["get", "list", "watch"]), "/api/v1/namespaces/%s/pods/%s" % (ns, p), "system:node:%s" % nodename(R), 200,
                     obj={"resource": "pods", "namespace": ns, "name": p, "apiVersion": "v1"}, groups=["system:nodes", "system:authenticated"],
                     ua="kubelet/v1.31.2 (linux/amd64) kubernetes/%s" % hexs(R, 7), reason="")
    def n_aud_create(R):
        ns, p = pod_of(R)
        return audit(R, "create", "/api/v1/namespaces/%s/pods" % ns, "system:serviceaccount:kube-system:replicaset-controller", 201,
                     obj={"resource": "pods", "namespace": ns, "name": p, "apiVersion": "v1"}, src=ip10(R, 31, R.randint(0, 31)),
                     reason='RBAC: allowed by ClusterRoleBinding "system:controller:replicaset-controller" of ClusterRole "system:controller:replicaset-controller" to ServiceAccount "replicaset-controller/kube-system"',
                     ua="kube-controller-manager/v1.31.2 (linux/amd64) kubernetes/%s/system:serviceaccount:kube-system:replicaset-controller" % hexs(R, 7),
                     extra_ann={"pod-security.kubernetes.io/enforce-policy": "restricted:latest"})
    def n_aud_conflict(R):
        ns = pick(R, NS)
        name = pick(R, APPS[ns])
        return audit(R, "update", "/apis/apps/v1/namespaces/%s/deployments/%s/status" % (ns, name), "system:serviceaccount:kube-system:deployment-controller", 409,
                     obj={"resource": "deployments", "namespace": ns, "name": name, "apiGroup": "apps", "apiVersion": "v1", "subresource": "status"},
                     status_msg='Operation cannot be fulfilled on deployments.apps "%s": the object has been modified; please apply your changes to the latest version and try again' % name,
                     reason='RBAC: allowed by ClusterRoleBinding "system:controller:deployment-controller" of ClusterRole "system:controller:deployment-controller" to ServiceAccount "deployment-controller/kube-system"',
                     ua="kube-controller-manager/v1.31.2 (linux/amd64) kubernetes/%s/system:serviceaccount:kube-system:deployment-controller" % hexs(R, 7), src=ip10(R, 31, R.randint(0, 31)))
    def n_aud_dev_forbidden(R):
        ns = pick(R, ["payments", "checkout", "backoffice"])
        who = pick(R, ["a.okafor", "m.lindqvist", "r.patel", "s.huang"])
        return audit(R, pick(R, ["get", "list"]), "/api/v1/namespaces/%s/secrets" % ns, "arn:aws:sts::%s:assumed-role/AWSReservedSSO_DeveloperReadOnly_%s/%s@tallowmere.example" % (ACCT, hexs(R, 16), who), 403,
                     obj={"resource": "secrets", "namespace": ns, "apiVersion": "v1"}, decision="forbid",
                     status_msg='secrets is forbidden: User "arn:aws:sts::%s:assumed-role/AWSReservedSSO_DeveloperReadOnly/%s@tallowmere.example" cannot list resource "secrets" in API group "" in the namespace "%s"' % (ACCT, who, ns),
                     groups=["tlm:developers", "system:authenticated"], src="203.0.113.%d" % R.randint(2, 254))
    def n_aud_404(R):
        ns = pick(R, NS)
        cm = pick(R, ["feature-flags-override", "canary-config", "maintenance-banner", "%s-overrides" % pick(R, APPS[ns])])
        return audit(R, "get", "/api/v1/namespaces/%s/configmaps/%s" % (ns, cm), "system:serviceaccount:%s:default" % ns, 404,
                     obj={"resource": "configmaps", "namespace": ns, "name": cm, "apiVersion": "v1"}, status_msg='configmaps "%s" not found' % cm, src=podip(R),
                     reason='RBAC: allowed by RoleBinding "config-reader/%s" of Role "config-reader" to ServiceAccount "default/%s"' % (ns, ns), ua="Go-http-client/2.0")
    def n_aud_lease(R):
        comp = pick(R, ["karpenter", "aws-load-balancer-controller", "cert-manager-controller", "external-dns"])
        return audit(R, "update", "/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/%s-leader-election" % comp, "system:serviceaccount:kube-system:%s" % comp, 200,
                     obj={"resource": "leases", "namespace": "kube-system", "name": "%s-leader-election" % comp, "apiGroup": "coordination.k8s.io", "apiVersion": "v1"},
                     reason='RBAC: allowed by RoleBinding "%s-leader-election/kube-system" of Role "%s-leader-election" to ServiceAccount "%s/kube-system"' % (comp, comp, comp),
                     ua="%s/v%d.%d.%d (linux/arm64) kubernetes/%s/leader-election" % (comp, R.randint(0, 2), R.randint(1, 12), R.randint(0, 4), hexs(R, 7)), src=podip(R))
    def n_aud_exec(R):
        ns, p = pod_of(R)
        return audit(R, "create", "/api/v1/namespaces/%s/pods/%s/exec?command=sh&container=%s&stdin=true&stdout=true&tty=true" % (ns, p, p.rsplit("-", 2)[0]),
                     "arn:aws:sts::%s:assumed-role/AWSReservedSSO_PlatformAdmin_%s/%s@tallowmere.example" % (ACCT, hexs(R, 16), pick(R, ["j.brandt", "k.nwosu"])), 101,
                     obj={"resource": "pods", "namespace": ns, "name": p, "apiVersion": "v1", "subresource": "exec"}, groups=["tlm:platform-admins", "system:authenticated"],
                     reason='RBAC: allowed by ClusterRoleBinding "platform-admins" of ClusterRole "cluster-admin" to Group "tlm:platform-admins"', src="203.0.113.%d" % R.randint(2, 254))
    def n_auth_granted(R):
        r = R.random()
        if r < 0.5:
            return auth(R, "info", "access granted", arn="arn:aws:iam::%s:role/tlm-prod-blue-node-%s" % (ACCT, pick(R, ["general", "batch", "gpu"])), client="127.0.0.1:%d" % R.randint(40000, 60000),
                        groups="[system:bootstrappers system:nodes]", method="POST", path="/authenticate", uid="aws-iam-authenticator:%s:AROA%s" % (ACCT, alnum(R, 17).upper()), username="system:node:%s" % nodename(R))
        who = pick(R, ["j.brandt", "k.nwosu", "a.okafor", "m.lindqvist"])
        return auth(R, "info", "access granted", arn="arn:aws:iam::%s:role/aws-reserved/sso.amazonaws.com/%s/AWSReservedSSO_%s_%s" % (ACCT, REGION, pick(R, ["PlatformAdmin", "DeveloperReadOnly"]), hexs(R, 16)),
                    client="127.0.0.1:%d" % R.randint(40000, 60000), groups="[tlm:developers]", method="POST", path="/authenticate",
                    uid="aws-iam-authenticator:%s:AROA%s" % (ACCT, alnum(R, 17).upper()), username="%s@tallowmere.example" % who)
    def n_auth_denied_contractor(R):
        return auth(R, "warning", "access denied", arn="arn:aws:sts::%s:assumed-role/AWSReservedSSO_ContractorBilling_%s/%s@partner.example" % (ACCT, hexs(R, 16), pick(R, ["t.moreau", "l.ferreira", "d.kim"])),
                    client="127.0.0.1:%d" % R.randint(40000, 60000), error="ARN is not mapped", method="POST", path="/authenticate")
    def n_auth_mapper(R):
        return auth(R, "info", "mapping IAM role", groups="[system:bootstrappers system:nodes]",
                    role="arn:aws:iam::%s:role/tlm-prod-blue-node-%s-%s" % (ACCT, pick(R, ["general", "batch", "gpu", "system"]), hexs(R, 6)), username="system:node:{{EC2PrivateDNSName}}")
    def n_auth_dyn(R):
        return auth(R, "info", "DynamicFileMapper: updated mappings", count=str(R.randint(9, 40)), revision=str(R.randint(1000, 9999)), file="/etc/kubernetes/aws-iam-authenticator/access-entries.json")
    def n_admission_warn(R):
        ns = pick(R, NS)
        return klog(R, "W", "warnings.go:70", 'spec.template.spec.containers[0].resources.limits[memory]: fractional byte value "%dm" is invalid, must be an integer' % R.randint(1000, 9999) if R.random() < 0.3 else 'would violate PodSecurity "restricted:latest": allowPrivilegeEscalation != false (container "%s" must set securityContext.allowPrivilegeEscalation=false)' % pick(R, APPS[ns]))
    return [n_quota, n_alloc, n_openapi, n_unauth_old, n_watch, n_lease, n_crd, n_aud_get, n_aud_create, n_aud_conflict, n_aud_dev_forbidden,
            n_aud_404, n_aud_lease, n_aud_exec, n_auth_granted, n_auth_denied_contractor, n_auth_mapper, n_auth_dyn, n_admission_warn]


def fam_apiserver(R):
    return build(R, F1, [("kyverno-fail-closed-webhook-unreachable", a_kyverno), ("gha-deployer-role-not-mapped", a_ci_unmapped),
                         ("etcd-request-timeouts-events-list-storm", a_etcd), ("metrics-server-apiservice-unreachable", a_metrics),
                         ("orders-operator-lease-rbac-forbidden", a_operator_rbac)], apiserver_negs())


# ---------------------------------------------------------------- eks-scheduler-controller-manager
F2 = "eks-scheduler-controller-manager"


def s_ledger_az(R):
    # ledger-db StatefulSet volumes live in eu-west-1a; the general NodePool was narrowed to 1b/1c: pods stay Pending
    p = "ledger-db-%d" % R.randint(0, 2)
    n = R.randint(14, 22)
    a = R.randint(2, 4)
    r = R.random()
    if r < 0.7:
        return klog(R, "I", "schedule_one.go:1055", '"Unable to schedule pod; no fit; waiting" pod="payments/%s" err="0/%d nodes are available: %d node(s) had volume node affinity conflict, %d node(s) didn\'t match Pod\'s node affinity/selector. preemption: 0/%d nodes are available: %d Preemption is not helpful for scheduling."' % (p, n, a, n - a, n, n))
    return klog(R, "E", "schedule_one.go:%d" % pick(R, [1107, 1134]), '"Error scheduling pod; retrying" err="0/%d nodes are available: %d node(s) had volume node affinity conflict, %d node(s) didn\'t match Pod\'s node affinity/selector." pod="payments/%s"' % (n, a, n - a, p))


def s_hpa_ext(R):
    # prometheus-adapter lost its external-metric rule for sqs_messages_visible: the report-worker HPA cannot scale
    r = R.random()
    if r < 0.6:
        return klog(R, "I", "event.go:389", '"Event occurred" object="batch/report-worker" fieldPath="" kind="HorizontalPodAutoscaler" apiVersion="autoscaling/v2" type="Warning" reason="FailedGetExternalMetric" message="unable to get external metric batch/sqs_messages_visible/&LabelSelector{MatchLabels:map[string]string{queue: tlm-report-jobs,},MatchExpressions:[]LabelSelectorRequirement{},}: unable to fetch metrics from external metrics API: the server could not find the requested resource (get sqs_messages_visible.external.metrics.k8s.io)"')
    return klog(R, "E", "horizontal.go:%d" % pick(R, [270, 275]), '"Unhandled Error" err="failed to compute desired number of replicas based on listed metrics for Deployment/batch/report-worker: invalid metrics (1 invalid out of 1), first error is: failed to get sqs_messages_visible external metric value: failed to get sqs_messages_visible external metric: unable to fetch metrics from external metrics API: the server could not find the requested resource (get sqs_messages_visible.external.metrics.k8s.io)" logger="UnhandledError"')


def s_ebs_attach(R):
    # one EBS volume stuck "attaching" on i-0f3c...: search-indexer-2 cannot start
    vol = "vol-0a7c19e4f2b3d58c6"
    pvc = "pvc-3e9b1c2d-7f40-4a8e-b6d1-9c0e2f7a5b14"
    node = "ip-10-31-17-142.eu-west-1.compute.internal"
    r = R.random()
    if r < 0.55:
        return klog(R, "E", "nestedpendingoperations.go:348", 'Operation for "{volumeName:kubernetes.io/csi/ebs.csi.aws.com^%s podName: nodeName:%s}" failed. No retries permitted until 2028-12-0%d %s.%s +0000 UTC m=+%d.%s (durationBeforeRetry %s). Error: AttachVolume.Attach failed for volume "%s" (UniqueName: "kubernetes.io/csi/ebs.csi.aws.com^%s") from node "%s" : rpc error: code = Internal desc = Could not attach volume "%s" to node "i-0f3c2a9b81d47e650": attachment of disk "%s" failed, expected device to be attached but was attaching' % (vol, node, R.randint(3, 5), "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), digits(R, 9), R.randint(100000, 999999), digits(R, 9), pick(R, ["1m4s", "2m2s", "2m2s"]), pvc, vol, node, vol, vol))
    return klog(R, "I", "event.go:389", '"Event occurred" object="search/indexer-2" fieldPath="" kind="Pod" apiVersion="v1" type="Warning" reason="FailedAttachVolume" message="AttachVolume.Attach failed for volume \\"%s\\" : rpc error: code = Internal desc = Could not attach volume \\"%s\\" to node \\"i-0f3c2a9b81d47e650\\": attachment of disk \\"%s\\" failed, expected device to be attached but was attaching"' % (pvc, vol, vol))


def s_quota(R):
    # the batch namespace's ResourceQuota was not raised when report-worker memory limits doubled
    rs = "report-worker-%s" % pick(R, ["7b9d5c6f48", "7b9d5c6f48", "5f6c8d9b47"])
    used = pick(R, [60, 62, 64])
    return klog(R, "E", "replica_set.go:%d" % pick(R, [560, 567]), '"Unhandled Error" err="sync \\"batch/%s\\" failed with pods \\"%s-%s\\" is forbidden: exceeded quota: batch-compute, requested: limits.memory=4Gi, used: limits.memory=%dGi, limited: limits.memory=64Gi" logger="UnhandledError"' % (rs, rs, kid(R), used))


def s_cron(R):
    # the nightly ETL job fails every night (its source bucket was renamed): BackoffLimitExceeded
    job = "etl-nightly-%d" % pick(R, [29893920, 29895360, 29896800, 29898240])
    r = R.random()
    if r < 0.5:
        return klog(R, "I", "event.go:389", '"Event occurred" object="data/%s" fieldPath="" kind="Job" apiVersion="batch/v1" type="Warning" reason="BackoffLimitExceeded" message="Job has reached the specified backoff limit"' % job)
    if r < 0.75:
        return klog(R, "I", "event.go:389", '"Event occurred" object="data/etl-nightly" fieldPath="" kind="CronJob" apiVersion="batch/v1" type="Normal" reason="SawCompletedJob" message="Saw completed job: %s, status: Failed"' % job)
    return klog(R, "I", "job_controller.go:%d" % pick(R, [1922, 1935]), '"Job failed" key="data/%s" reason="BackoffLimitExceeded" failedPods=%d' % (job, R.randint(6, 7)))


def sched_negs():
    def n_bound(R):
        ns, p = pod_of(R)
        return klog(R, "I", "schedule_one.go:314", '"Successfully bound pod to node" pod="%s/%s" node="%s" evaluatedNodes=%d feasibleNodes=%d' % (ns, p, nodename(R), R.randint(14, 22), R.randint(1, 12)))
    def n_unsched_batch(R):
        # batch pods wait for Karpenter to launch capacity and are bound a minute later
        _, p = pod_of(R, "batch")
        n = R.randint(14, 22)
        return klog(R, "I", "schedule_one.go:1055", '"Unable to schedule pod; no fit; waiting" pod="batch/%s" err="0/%d nodes are available: %d Insufficient %s, %d node(s) had untolerated taint {workload: batch}. preemption: 0/%d nodes are available: %d No preemption victims found for incoming pod, %d Preemption is not helpful for scheduling."' % (p, n, 3, pick(R, ["cpu", "memory"]), n - 3, n, 3, n - 3))
    def n_leader(R): return klog(R, "I", "leaderelection.go:%d" % pick(R, [254, 268]), "%s lease kube-system/%s" % (pick(R, ["attempting to acquire leader", "successfully acquired"]), pick(R, ["kube-scheduler", "kube-controller-manager", "cloud-controller-manager"])))
    def n_scaled(R):
        ns = pick(R, NS)
        app = pick(R, APPS[ns])
        a, b = R.randint(1, 6), R.randint(7, 12)
        up = R.random() < 0.5
        return klog(R, "I", "event.go:389", '"Event occurred" object="%s/%s" fieldPath="" kind="Deployment" apiVersion="apps/v1" type="Normal" reason="ScalingReplicaSet" message="Scaled %s replica set %s-%s from %d to %d"' % (ns, app, "up" if up else "down", app, kid(R, 10), a if up else b, b if up else a))
    def n_created(R):
        ns, p = pod_of(R)
        rs = p.rsplit("-", 1)[0]
        return klog(R, "I", "event.go:389", '"Event occurred" object="%s/%s" fieldPath="" kind="ReplicaSet" apiVersion="apps/v1" type="Normal" reason="%s" message="%s pod: %s"' % (ns, rs, *(pick(R, [("SuccessfulCreate", "Created"), ("SuccessfulDelete", "Deleted")])), p))
    def n_hpa_ok(R):
        ns = pick(R, ["shop", "checkout", "search"])
        app = pick(R, APPS[ns])
        return klog(R, "I", "event.go:389", '"Event occurred" object="%s/%s" fieldPath="" kind="HorizontalPodAutoscaler" apiVersion="autoscaling/v2" type="Normal" reason="SuccessfulRescale" message="New size: %d; reason: cpu resource utilization (percentage of request) %s target"' % (ns, app, R.randint(2, 12), pick(R, ["above", "below"])))
    def n_job_ok(R):
        job = "%s-%d" % (pick(R, ["dbt-runner", "sitemap-build", "reports-daily", "etl-hourly"]), R.randint(29890000, 29899999))
        return klog(R, "I", "event.go:389", '"Event occurred" object="%s/%s" fieldPath="" kind="Job" apiVersion="batch/v1" type="Normal" reason="Completed" message="Job completed"' % (pick(R, ["data", "batch", "shop"]), job))
    def n_conflict(R):
        ns = pick(R, NS)
        rs = "%s-%s" % (pick(R, APPS[ns]), kid(R, 10))
        return klog(R, "E", "replica_set.go:%d" % pick(R, [560, 567]), '"Unhandled Error" err="sync \\"%s/%s\\" failed with Operation cannot be fulfilled on replicasets.apps \\"%s\\": the object has been modified; please apply your changes to the latest version and try again" logger="UnhandledError"' % (ns, rs, rs))
    def n_attach_ok(R):
        v = "vol-0%s" % hexs(R, 16)
        return klog(R, "I", "reconciler.go:%d" % pick(R, [271, 360]), '"%s" volume={"AttachedVolume":{"VolumeName":"kubernetes.io/csi/ebs.csi.aws.com^%s","VolumeSpec":null,"NodeName":"%s"}}' % (pick(R, ["attacherDetacher.AttachVolume started", "attacherDetacher.DetachVolume started"]), v, nodename(R)))
    def n_attach_succ(R):
        v = "vol-0%s" % hexs(R, 16)
        return klog(R, "I", "operation_generator.go:%d" % pick(R, [400, 1591]), '"AttachVolume.Attach succeeded for volume \\"pvc-%s\\" (UniqueName: \\"kubernetes.io/csi/ebs.csi.aws.com^%s\\") from node \\"%s\\" " pod="%s/%s"' % (uuid(R), v, nodename(R), pick(R, ["search", "data", "payments"]), pick(R, ["query-0", "query-1", "dbt-cache-0", "ledger-db-1", "ledger-db-2"])))
    def n_node_new(R): return klog(R, "I", "node_lifecycle_controller.go:%d" % pick(R, [872, 1065]), '"%s" node="%s"' % (pick(R, ["Controller observed a new Node", "Node is healthy again, removed all taints", "Controller observed a Node deletion"]), nodename(R)))
    def n_taint_delete(R):
        ns, p = pod_of(R)
        return klog(R, "I", "taint_eviction.go:%d" % pick(R, [110, 437]), '"Deleting pod" controller="taint-eviction-controller" pod="%s/%s"' % (ns, p))
    def n_gc(R): return klog(R, "I", "garbagecollector.go:%d" % pick(R, [204, 240]), '"%s" logger="garbage-collector-controller"' % pick(R, ["syncing garbage collector with updated resources from discovery", "synced garbage collector", "Garbage collector: all resource monitors have synced. Proceeding to collect garbage"]))
    def n_pdb_noop(R): return klog(R, "I", "disruption.go:%d" % pick(R, [471, 643]), '"No PodDisruptionBudgets found for pod, PodDisruptionBudget controller will avoid syncing" pod="%s/%s"' % pod_of(R))
    def n_endpoint_warn(R):
        ns = pick(R, NS)
        return klog(R, "I", "event.go:389", '"Event occurred" object="%s/%s" fieldPath="" kind="Endpoints" apiVersion="v1" type="Warning" reason="FailedToUpdateEndpoint" message="Failed to update endpoint %s/%s: Operation cannot be fulfilled on endpoints \\"%s\\": the object has been modified; please apply your changes to the latest version and try again"' % ((ns, pick(R, APPS[ns])) * 2 + (pick(R, APPS[ns]),)))
    def n_sched_cache(R): return klog(R, "I", "node_tree.go:%d" % pick(R, [65, 79]), '"%s" node="%s" zone="%s"' % (pick(R, ["Added node in listed group to NodeTree", "Removed node in listed group from NodeTree"]), nodename(R), pick(R, ["eu-west-1:\\x00:eu-west-1b", "eu-west-1:\\x00:eu-west-1c", "eu-west-1:\\x00:eu-west-1a"])))
    def n_cron_ok(R):
        c = pick(R, ["etl-hourly", "reports-daily", "sitemap-build", "dbt-runner"])
        return klog(R, "I", "event.go:389", '"Event occurred" object="%s/%s" fieldPath="" kind="CronJob" apiVersion="batch/v1" type="Normal" reason="SuccessfulCreate" message="Created job %s-%d"' % (pick(R, ["data", "batch"]), c, c, R.randint(29890000, 29899999)))
    def n_cron_saw_ok(R):
        c = pick(R, ["etl-hourly", "reports-daily", "sitemap-build", "dbt-runner"])
        return klog(R, "I", "event.go:389", '"Event occurred" object="data/%s" fieldPath="" kind="CronJob" apiVersion="batch/v1" type="Normal" reason="SawCompletedJob" message="Saw completed job: %s-%d, status: Complete"' % (c, c, R.randint(29890000, 29899999)))
    def n_preempt(R):
        _, p = pod_of(R, "shop")
        _, v = pod_of(R, "batch")
        return klog(R, "I", "default_preemption.go:%d" % pick(R, [297, 304]), '"Preempting pod" pod="batch/%s" preemptor="shop/%s" node="%s"' % (v, p, nodename(R)))
    return [n_bound, n_unsched_batch, n_leader, n_scaled, n_created, n_hpa_ok, n_job_ok, n_conflict, n_attach_ok, n_attach_succ, n_node_new,
            n_taint_delete, n_gc, n_pdb_noop, n_endpoint_warn, n_sched_cache, n_cron_ok, n_cron_saw_ok, n_preempt]


def fam_sched(R):
    return build(R, F2, [("ledger-db-pending-volume-az-affinity", s_ledger_az), ("report-worker-hpa-external-metric-missing", s_hpa_ext),
                         ("search-indexer-2-ebs-volume-stuck-attaching", s_ebs_attach, 10), ("batch-quota-blocks-report-worker-pods", s_quota),
                         ("etl-nightly-backoff-limit-exceeded", s_cron)], sched_negs())


FAMILIES = {F1: fam_apiserver, F2: fam_sched}
