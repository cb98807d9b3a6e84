"""Families: eks-control-plane, vpc-network-logs."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- eks-control-plane
F1 = "eks-control-plane"

NS = ["shop", "payments", "search", "data", "platform", "observability"]
APPS = ["checkout", "cart", "orders-api", "pricing", "indexer", "ledger", "notifier"]


def kts(R):
    return "%02d%02d %s.%06d" % (3, day(R), hms(R), R.randint(0, 999999))


def klog(R, lvl, src, msg, tid=None):
    # klog header: Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg
    return "%s%s %7d %s] %s" % (lvl, kts(R), tid or R.randint(10, 400), src, msg)


def ats(R):
    return "2027-03-%02dT%sZ" % (day(R), hms(R))


def auth(R, lvl, msg, **kv):
    parts = ['time="%s"' % ats(R), "level=%s" % lvl, 'msg="%s"' % msg]
    for k, v in kv.items():
        parts.append('%s=%s' % (k, v))
    return " ".join(parts)


def pod(R, app=None):
    return "%s-%s-%s" % (app or pick(R, APPS), lower(R, 9)[:R.randint(8, 10)], lower(R, 5))


def audit(R, verb, uri, code, user, extra=None, level="Metadata", status=None):
    d = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": level, "auditID": uuid(R), "stage": "ResponseComplete",
         "requestURI": uri, "verb": verb, "user": user,
         "sourceIPs": [ip10(R)], "userAgent": pick(R, ["kubectl/v1.31.2 (linux/amd64) kubernetes/5864a46", "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format", "karpenter/v1.1.1", "Go-http-client/2.0", "helm/v3.16.2"]),
         "responseStatus": status or {"metadata": {}, "code": code},
         "requestReceivedTimestamp": "2027-03-%02dT%s.%06dZ" % (day(R), hms(R), R.randint(0, 999999))}
    d["stageTimestamp"] = d["requestReceivedTimestamp"]
    if extra:
        d.update(extra)
    return jd(d)


def user_ci(R):
    return {"username": "arn:aws:sts::111122223333:assumed-role/gha-deployer/%s" % pick(R, ["gha-run-%d" % R.randint(10**9, 10**10), "botocore-session-%d" % R.randint(10**9, 10**10)]),
            "uid": "aws-iam-authenticator:111122223333:AROA%s" % alnum(R, 17).upper(), "groups": ["deployers", "system:authenticated"]}


def g_eks_metrics_apiservice(R):
    ip = ip10(R)
    v = R.random()
    if v < 0.5:
        return klog(R, "E", "available_controller.go:%d" % pick(R, [524, 460]), 'v1beta1.metrics.k8s.io failed with: failing or missing response from https://%s:10250/apis/metrics.k8s.io/v1beta1: Get "https://%s:10250/apis/metrics.k8s.io/v1beta1": dial tcp %s:10250: i/o timeout' % (ip, ip, ip))
    return klog(R, "E", "controller.go:%d" % pick(R, [113, 146]), 'loading OpenAPI spec for "v1beta1.metrics.k8s.io" failed with: failed to download v1beta1.metrics.k8s.io: failed to retrieve openAPI spec, http error: ResponseCode: 503, Body: service unavailable')


def g_eks_hpa_metrics(R):
    app = pick(R, ["checkout", "orders-api", "pricing"])
    return klog(R, "E", "horizontal.go:%d" % pick(R, [270, 275]), '"Unhandled Error" err="failed to compute desired number of replicas based on listed metrics for Deployment/%s/%s: invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)" logger="UnhandledError"' % (pick(R, ["shop", "payments"]), app), tid=1)


def g_eks_quota(R):
    rs = "%s-%s" % (pick(R, ["checkout", "cart"]), lower(R, 10))
    used = R.randint(58, 63)
    return klog(R, "E", "replica_set.go:%d" % pick(R, [560, 561]), 'sync "shop/%s" failed with pods "%s-" is forbidden: exceeded quota: compute-quota, requested: limits.memory=2Gi, used: limits.memory=%dGi, limited: limits.memory=64Gi' % (rs, rs, used), tid=1)


def g_eks_ns_delete(R):
    n = "preview-pr-%d" % R.randint(1000, 4999)
    return klog(R, "E", "namespace_controller.go:%d" % pick(R, [162, 163]), 'deletion of namespace %s failed: failed to delete all resource types, 1 remaining: unexpected items still remain in namespace: %s for gvr: /v1, Resource=pods' % (n, n), tid=1)


def g_eks_sa_token(R):
    return klog(R, "E", "authentication.go:%d" % pick(R, [73, 74]), '"Unable to authenticate the request" err="[invalid bearer token, service account token has been invalidated]"')


def g_eks_webhook_audit(R):
    name = "%s-%s" % (pick(R, APPS), lower(R, 5))
    ns = pick(R, ["shop", "payments", "search"])
    msg = 'Internal error occurred: failed calling webhook "validate.kyverno.svc-fail": failed to call webhook: Post "https://kyverno-svc.kyverno.svc:443/validate/fail?timeout=10s": context deadline exceeded'
    return audit(R, pick(R, ["create", "update", "patch"]), "/apis/apps/v1/namespaces/%s/deployments/%s" % (ns, name), 500, user_ci(R),
                 extra={"objectRef": {"resource": "deployments", "namespace": ns, "name": name, "apiGroup": "apps", "apiVersion": "v1"}},
                 status={"metadata": {}, "status": "Failure", "message": msg, "reason": "InternalError", "details": {"causes": [{"message": msg.split(": ", 1)[1]}]}, "code": 500})


def g_eks_scheduler_volume(R):
    i = R.randint(0, 2)
    return klog(R, "E", "schedule_one.go:%d" % pick(R, [1076, 1077]), '"Error scheduling pod; retrying" err="running PreBind plugin \\"VolumeBinding\\": binding volumes: context deadline exceeded" pod="data/postgres-%d"' % i, tid=1)


def g_eks_ccm_lb(R):
    svc = pick(R, ["shop/checkout-nlb", "shop/storefront-public"])
    return klog(R, "E", "controller.go:%d" % pick(R, [298, 299]), 'error processing service %s (retrying with exponential backoff): failed to ensure load balancer: AccessDenied: User: arn:aws:sts::111122223333:assumed-role/eks-cluster-role/%d is not authorized to perform: elasticloadbalancing:CreateLoadBalancer because no identity-based policy allows the elasticloadbalancing:CreateLoadBalancer action\n\tstatus code: 403, request id: %s' % (svc, R.randint(10**18, 10**19), uuid(R)), tid=1)


def g_eks_auth_ec2(R):
    return auth(R, "error", "failed to describe instance", error='"UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/eks-authenticator/%d is not authorized to perform: ec2:DescribeInstances\\n\\tstatus code: 403, request id: %s"' % (R.randint(10**18, 10**19), uuid(R)),
                instanceid="i-0%s" % hexs(R, 16))


def g_eks_auth_configmap(R):
    return auth(R, "error", "failed to parse aws-auth configmap", error='"yaml: line %d: did not find expected key"' % pick(R, [14, 14, 15]),
                configmap="kube-system/aws-auth")


def g_eks_etcd_size(R):
    return klog(R, "E", "status.go:%d" % pick(R, [71, 72]), '"Unhandled Error" err="apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:\\"etcdserver: mvcc: database space exceeded\\"}: etcdserver: mvcc: database space exceeded" logger="UnhandledError"')


def n_eks_httplog(R):
    return klog(R, "I", "httplog.go:%d" % pick(R, [134, 132]), '"HTTP" verb="%s" URI="%s" latency="%.6fms" userAgent="%s" audit-ID="%s" srcIP="%s:%d" resp=%d' % (
        pick(R, ["GET", "LIST", "WATCH", "PATCH"]), pick(R, ["/api/v1/namespaces/shop/pods?limit=500", "/apis/apps/v1/namespaces/payments/deployments/ledger", "/readyz", "/livez?verbose", "/api/v1/nodes?resourceVersion=0"]),
        R.uniform(0.5, 90), pick(R, ["kubectl/v1.31.2", "karpenter/v1.1.1", "kube-probe/1.31"]), uuid(R), ip10(R), port(R), pick(R, [200, 200, 200, 201, 404])))


def n_eks_nofit(R):
    return klog(R, "I", "schedule_one.go:%d" % pick(R, [1055, 1056]), '"Unable to schedule pod; no fit; waiting" pod="%s/%s" err="0/%d nodes are available: %d Insufficient cpu, %d node(s) had untolerated taint {karpenter.sh/disrupted: }. preemption: 0/%d nodes are available: %d No preemption victims found for incoming pod."' % (
        pick(R, NS), pod(R), R.randint(4, 12), R.randint(1, 4), R.randint(1, 3), R.randint(4, 12), R.randint(1, 4)), tid=1)


def n_eks_access_granted(R):
    return auth(R, "info", "access granted", arn='"arn:aws:iam::111122223333:role/%s"' % pick(R, ["eks-node-role", "gha-deployer", "platform-admins"]),
                client='"127.0.0.1:%d"' % port(R), groups='"[system:bootstrappers system:nodes]"', method="POST", path="/authenticate",
                uid='"aws-iam-authenticator:111122223333:AROA%s"' % alnum(R, 17).upper(), username='"system:node:ip-%s.ec2.internal"' % ip10(R).replace(".", "-"))


def n_eks_access_denied(R):
    return auth(R, "warning", "access denied", arn='"arn:aws:iam::111122223333:user/%s"' % pick(R, ["jdoe", "contractor-ana", "old-ci"]),
                client='"127.0.0.1:%d"' % port(R), error='"ARN is not mapped"', method="POST", path="/authenticate")


def n_eks_audit_ok(R):
    ns = pick(R, NS)
    return audit(R, pick(R, ["get", "list", "watch", "patch", "update"]), "/api/v1/namespaces/%s/%s" % (ns, pick(R, ["pods", "configmaps/app-config", "endpoints", "services/%s" % pick(R, APPS)])),
                 pick(R, [200, 200, 201]), {"username": "system:serviceaccount:%s:%s" % (ns, pick(R, APPS)), "groups": ["system:serviceaccounts", "system:authenticated"]})


def n_eks_audit_forbidden(R):
    ns = pick(R, NS)
    return audit(R, "list", "/api/v1/namespaces/%s/secrets" % ns, 403, {"username": "arn:aws:sts::111122223333:assumed-role/readonly/%s" % pick(R, ["maria", "li", "sam"]), "groups": ["viewers", "system:authenticated"]},
                 status={"metadata": {}, "status": "Failure", "message": 'secrets is forbidden: User "readonly" cannot list resource "secrets" in API group "" in the namespace "%s"' % ns, "reason": "Forbidden", "details": {"kind": "secrets"}, "code": 403})


def n_eks_audit_conflict(R):
    name = pick(R, APPS)
    return audit(R, "update", "/apis/apps/v1/namespaces/shop/deployments/%s/status" % name, 409, {"username": "system:serviceaccount:kube-system:deployment-controller", "groups": ["system:serviceaccounts", "system:authenticated"]},
                 status={"metadata": {}, "status": "Failure", "message": 'Operation cannot be fulfilled on deployments.apps "%s": the object has been modified; please apply your changes to the latest version and try again' % name, "reason": "Conflict", "details": {"name": name, "group": "apps", "kind": "deployments"}, "code": 409})


def n_eks_audit_notfound(R):
    n = "%s-%s" % (pick(R, APPS), lower(R, 5))
    return audit(R, "get", "/api/v1/namespaces/shop/pods/%s" % n, 404, {"username": "system:node:ip-%s.ec2.internal" % ip10(R).replace(".", "-"), "groups": ["system:nodes", "system:authenticated"]},
                 status={"metadata": {}, "status": "Failure", "message": 'pods "%s" not found' % n, "reason": "NotFound", "details": {"name": n, "kind": "pods"}, "code": 404})


def n_eks_watch_warn(R):
    return klog(R, "W", "reflector.go:%d" % pick(R, [484, 492]), 'k8s.io/client-go/informers/factory.go:160: watch of *v1.%s ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding' % pick(R, ["Pod", "EndpointSlice", "Node"]))


def n_eks_leader(R):
    return klog(R, "I", "leaderelection.go:%d" % pick(R, [258, 271]), 'successfully acquired lease kube-system/%s' % pick(R, ["kube-controller-manager", "kube-scheduler", "cloud-controller-manager"]), tid=1)


def n_eks_ccm_ok(R):
    return klog(R, "I", "controller.go:%d" % pick(R, [870, 906]), 'Ensured load balancer for service %s (%d nodes, retrying failed 0 times)' % (pick(R, ["shop/checkout-nlb", "search/indexer-internal"]), R.randint(3, 12)), tid=1)


def n_eks_node_notready(R):
    return klog(R, "I", "node_lifecycle_controller.go:%d" % pick(R, [1200, 1226]), '"Node is NotReady" node="ip-%s.ec2.internal" reason="NodeStatusUnknown" zeroPodsRunning=true' % ip10(R).replace(".", "-"), tid=1)


def n_eks_warning_header(R):
    return klog(R, "W", "warnings.go:%d" % pick(R, [70, 70]), 'Warning: spec.template.spec.containers[0].resources.limits[memory]: fractional byte value "%dm" is invalid, must be an integer' % R.randint(100, 900))


def eks_control_plane(R):
    groups = [
        ("apiserver-metrics-apiservice-unavailable", g_eks_metrics_apiservice),
        ("kcm-hpa-metrics-unavailable", g_eks_hpa_metrics),
        ("kcm-replicaset-memory-quota-exceeded", g_eks_quota),
        ("kcm-preview-namespace-deletion-stuck", g_eks_ns_delete),
        ("apiserver-sa-token-invalidated", g_eks_sa_token),
        ("audit-kyverno-webhook-timeout", g_eks_webhook_audit),
        ("scheduler-postgres-volumebinding-timeout", g_eks_scheduler_volume, 9),
        ("ccm-lb-create-access-denied", g_eks_ccm_lb),
        ("authenticator-ec2-describe-unauthorized", g_eks_auth_ec2),
        ("authenticator-aws-auth-yaml-invalid", g_eks_auth_configmap, 6),
        ("apiserver-etcd-database-space-exceeded", g_eks_etcd_size, 8),
    ]
    negs = [n_eks_httplog, n_eks_nofit, n_eks_access_granted, n_eks_access_denied, n_eks_audit_ok, n_eks_audit_forbidden,
            n_eks_audit_conflict, n_eks_audit_notfound, n_eks_watch_warn, n_eks_leader, n_eks_ccm_ok, n_eks_node_notready, n_eks_warning_header]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- vpc-network-logs
F2 = "vpc-network-logs"

VPC = "vpc-0c3f1e7a9b2d4c6e8"


def epoch(R):
    return R.randint(1804032000, 1804550400)  # early March 2027


def eni(R):
    return "eni-0%s" % hexs(R, 16)


def flow(R, src, dst, sport, dport, proto, action, status="OK", pk=None):
    t = epoch(R)
    pk = pk or R.randint(1, 40)
    by = pk * pick(R, [40, 44, 60]) if action == "REJECT" else pk * R.randint(52, 1500)
    return "2 111122223333 %s %s %s %s %s %s %d %d %d %d %s %s" % (
        eni(R), src, dst, sport, dport, proto, pk, by, t, t + 60, action, status)


def rql(R, qname, rcode, qtype="A", answers=None, extra=None):
    d = {"version": "1.100000", "account_id": "111122223333", "region": "us-east-1", "vpc_id": VPC,
         "query_timestamp": "2027-03-%02dT%sZ" % (day(R), hms(R)), "query_name": qname, "query_type": qtype, "query_class": "IN",
         "rcode": rcode, "answers": answers or [], "srcaddr": ip10(R), "srcport": str(port(R)), "transport": "UDP",
         "srcids": {"instance": "i-0%s" % hexs(R, 16)}}
    if extra:
        d.update(extra)
    return jd(d)


def nfw(R, ev):
    t = epoch(R)
    ev = dict(ev)
    ev["timestamp"] = "2027-03-%02dT%s.%06d+0000" % (day(R), hms(R), R.randint(0, 999999))
    ev["flow_id"] = R.randint(10**14, 10**16)
    return jd({"firewall_name": "egress-inspection", "availability_zone": pick(R, ["us-east-1a", "us-east-1b"]), "event_timestamp": str(t), "event": ev})


def s2s(R, tunnel, details, p1="down", p2="down"):
    return jd({"event_timestamp": epoch(R), "details": details, "dpd_enabled": True, "nat_t_detected": False,
               "ike_phase1_state": p1, "ike_phase2_state": p2, "vpn_tunnel_outside_ip_address": tunnel[0],
               "vpn_connection_id": tunnel[1]})


DC1 = ("203.0.113.21", "vpn-0a8d3c1f2e4b6a7c9")
BRANCH = ("198.51.100.77", "vpn-05f7e2a9c1b3d8e64")


def cvpn(R, status, reason="NA", user=None):
    t = "2027-03-%02d %s" % (day(R), hms(R))
    return jd({"connection-log-type": "connection-attempt", "connection-attempt-status": status,
               "connection-reset-status": "NA", "connection-attempt-failure-reason": reason,
               "connection-id": "cvpn-connection-0%s" % hexs(R, 16), "client-vpn-endpoint-id": "cvpn-endpoint-0%s" % hexs(R, 16),
               "transport-protocol": "udp", "connection-start-time": t, "connection-last-update-time": t,
               "client-ip": "172.16.%d.%d" % (R.randint(0, 3), R.randint(2, 254)), "common-name": "NA", "device-type": pick(R, ["mac", "windows", "linux"]),
               "device-ip": ipdoc(R), "port": "443", "ingress-bytes": "0", "egress-bytes": "0", "ingress-packets": "0", "egress-packets": "0",
               "connection-end-time": "NA", "connection-duration-seconds": "0",
               "username": user or "%s@example.com" % pick(R, ["ana.silva", "j.chen", "m.okafor", "p.novak", "r.iyer", "t.berg"])})


def lattice(R, svc, code, extra=None):
    d = {"startTime": "2027-03-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), "duration": R.randint(1, 30000),
         "serviceNetworkArn": "arn:aws:vpc-lattice:us-east-1:111122223333:servicenetwork/sn-0%s" % hexs(R, 16),
         "serviceArn": "arn:aws:vpc-lattice:us-east-1:111122223333:service/svc-0%s" % hexs(R, 16), "serviceName": svc,
         "sourceVpcArn": "arn:aws:ec2:us-east-1:111122223333:vpc/%s" % VPC, "sourceIpPort": "%s:%d" % (ip10(R), port(R)),
         "targetIpPort": "%s:8080" % ip10(R), "requestMethod": pick(R, ["GET", "POST", "PUT"]),
         "requestPath": pick(R, ["/v1/orders", "/v1/orders/%d" % R.randint(10**6, 10**7), "/v1/stock/%s" % alnum(R, 8).upper(), "/v1/quote"]),
         "protocol": "HTTP/1.1", "responseCode": code, "bytesSent": R.randint(0, 9000), "bytesReceived": R.randint(100, 3000),
         "userAgent": pick(R, ["okhttp/4.12.0", "Go-http-client/1.1", "python-requests/2.32.3"]), "requestId": uuid(R)}
    if extra:
        d.update(extra)
    return jd(d)


def g_rql_corp(R):
    return rql(R, "%s.corp.example.internal." % pick(R, ["ldap", "adfs", "sccm", "fileserver01", "erp-db", "kdc", "mail"]), "SERVFAIL",
               extra={"resolver_endpoint_id": "rslvr-out-0a1b2c3d4e5f6a7b8"})


def g_rql_partner(R):
    return rql(R, "%s.edi.partner-logistics.example.net." % pick(R, ["as2", "sftp", "api", "as2-backup"]), "SERVFAIL", qtype=pick(R, ["A", "AAAA"]),
               extra={"resolver_endpoint_id": "rslvr-out-0c9d8e7f6a5b4c3d2"})


def g_flow_skipdata(R):
    t = epoch(R)
    return "2 111122223333 %s - - - - - - - %d %d - SKIPDATA" % (eni(R), t, t + 60)


def g_flow_rds_reject(R):
    return flow(R, "10.20.%d.%d" % (R.randint(16, 31), R.randint(4, 250)), "10.20.64.%d" % pick(R, [37, 118]), port(R), 5432, 6, "REJECT", pk=pick(R, [1, 2, 3]))


def g_s2s_psk(R):
    return s2s(R, DC1, "AWS tunnel received AUTHENTICATION_FAILED notify from customer gateway 203.0.113.200 in IKE_AUTH response (attempt %d)" % R.randint(1, 400))


def g_s2s_dpd(R):
    return s2s(R, BRANCH, "AWS tunnel DPD timed out after %d missed responses, tearing down IKE_SA with peer 198.51.100.9" % pick(R, [3, 3, 5]), p1="down", p2="down")


def g_s2s_bgp(R):
    return s2s(R, DC1, "BGP session with neighbor 169.254.21.%d went down: Hold timer expired (%ds without KEEPALIVE)" % (pick(R, [1, 5]), pick(R, [30, 30])), p1="up", p2="up")


def g_cvpn_idp(R):
    return cvpn(R, "failed", "idp-error")


def g_lattice_orders(R):
    return lattice(R, "orders", 503, {"failureReason": "NoHealthyTargets", "targetIpPort": "-"})


def g_lattice_inventory(R):
    return lattice(R, "inventory", 504, {"failureReason": "TargetTimeout", "duration": R.randint(60000, 60050)})


def n_flow_accept(R):
    return flow(R, ip10(R), ip10(R), port(R), pick(R, [443, 8080, 6379, 5432, 53]), pick(R, [6, 6, 17]), "ACCEPT")


def n_flow_reject_scan(R):
    return flow(R, ipdoc(R), ip10(R), port(R), pick(R, [22, 23, 3389, 445, 5900, 8291, 2375]), 6, "REJECT", pk=1)


def n_flow_nodata(R):
    t = epoch(R)
    return "2 111122223333 %s - - - - - - - %d %d - NODATA" % (eni(R), t, t + 60)


def n_rql_ok(R):
    host = pick(R, ["orders-db.cluster-c9xk2example.us-east-1.rds.amazonaws.com.", "api.stripe.com.", "sqs.us-east-1.amazonaws.com.", "ldap.corp.example.internal.", "sts.us-east-1.amazonaws.com."])
    return rql(R, host, "NOERROR", answers=[{"Rdata": ip10(R) if "internal" in host or "rds" in host else ipdoc(R), "Type": "A", "Class": "IN"}])


def n_rql_nxdomain(R):
    return rql(R, pick(R, ["wpad.ec2.internal.", "%s.local." % lower(R, 8), "_ldap._tcp.dc._msdcs.corp.example.internal.", "metadata.google.internal.", "isatap.ec2.internal."]), "NXDOMAIN", qtype=pick(R, ["A", "AAAA", "SRV"]))


def n_rql_fw_block(R):
    return rql(R, "%s.%s." % (lower(R, 12), pick(R, ["xyz", "top", "click"])), "NOERROR",
               extra={"firewall_rule_group_id": "rslvr-frg-0%s" % hexs(R, 16), "firewall_rule_action": "BLOCK", "firewall_domain_list_id": "rslvr-fdl-0%s" % hexs(R, 16)})


def n_nfw_alert_blocked(R):
    return nfw(R, {"event_type": "alert", "src_ip": ipdoc(R), "src_port": port(R), "dest_ip": ip10(R), "dest_port": pick(R, [22, 80, 443]), "proto": "TCP",
                   "alert": {"action": "blocked", "signature_id": pick(R, [2024897, 2001219, 2010935]), "rev": R.randint(1, 9),
                             "signature": pick(R, ["ET SCAN Potential SSH Scan", "ET SCAN Suspicious inbound to mySQL port 3306", "ET POLICY Python-urllib/ Suspicious User Agent"]),
                             "category": pick(R, ["Attempted Information Leak", "Potentially Bad Traffic"]), "severity": pick(R, [2, 3])}})


def n_nfw_alert_allowed(R):
    return nfw(R, {"event_type": "alert", "src_ip": ip10(R), "src_port": port(R), "dest_ip": ipdoc(R), "dest_port": 443, "proto": "TCP", "app_proto": "tls",
                   "tls": {"sni": pick(R, ["api.github.com", "registry.npmjs.org", "pypi.org", "sts.amazonaws.com"])},
                   "alert": {"action": "allowed", "signature_id": R.randint(100, 120), "rev": 1, "signature": "allowlisted egress domain", "category": "", "severity": 3}})


def n_nfw_netflow(R):
    return nfw(R, {"event_type": "netflow", "src_ip": ip10(R), "src_port": port(R), "dest_ip": ipdoc(R), "dest_port": 443, "proto": "TCP", "app_proto": "tls",
                   "netflow": {"pkts": R.randint(1, 900), "bytes": R.randint(60, 900000), "start": "2027-03-0%dT%s.000000+0000" % (day(R), hms(R)), "end": "2027-03-0%dT%s.000000+0000" % (day(R), hms(R)), "age": R.randint(0, 120), "min_ttl": 63, "max_ttl": 63}})


def n_waf_block(R):
    return jd({"timestamp": epoch(R) * 1000 + R.randint(0, 999), "formatVersion": 1, "webaclId": "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/storefront-acl/%s" % uuid(R),
               "terminatingRuleId": pick(R, ["AWS-AWSManagedRulesSQLiRuleSet", "AWS-AWSManagedRulesKnownBadInputsRuleSet", "rate-limit-login"]),
               "terminatingRuleType": pick(R, ["MANAGED_RULE_GROUP", "RATE_BASED"]), "action": "BLOCK", "terminatingRuleMatchDetails": [],
               "httpSourceName": "ALB", "httpSourceId": "111122223333-app/storefront-alb/%s" % hexs(R, 16), "ruleGroupList": [], "rateBasedRuleList": [], "nonTerminatingMatchingRules": [],
               "requestHeadersInserted": None, "responseCodeSent": None,
               "httpRequest": {"clientIp": ipdoc(R), "country": pick(R, ["US", "NL", "SG", "BR"]), "headers": [{"name": "Host", "value": "shop.example.com"}],
                               "uri": pick(R, ["/login", "/search", "/wp-login.php", "/.env", "/api/cart"]), "args": pick(R, ["q=1%27%20OR%201%3D1--", "", "id=../../etc/passwd"]),
                               "httpVersion": "HTTP/1.1", "httpMethod": pick(R, ["GET", "POST"]), "requestId": "1-%s-%s" % (hexs(R, 8), hexs(R, 24))}})


def n_waf_allow(R):
    return jd({"timestamp": epoch(R) * 1000 + R.randint(0, 999), "formatVersion": 1, "webaclId": "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/storefront-acl/%s" % uuid(R),
               "terminatingRuleId": "Default_Action", "terminatingRuleType": "REGULAR", "action": "ALLOW", "terminatingRuleMatchDetails": [],
               "httpSourceName": "ALB", "httpSourceId": "111122223333-app/storefront-alb/%s" % hexs(R, 16),
               "nonTerminatingMatchingRules": [{"ruleId": "AWS-AWSManagedRulesBotControlRuleSet", "action": "COUNT"}] if R.random() < 0.4 else [],
               "httpRequest": {"clientIp": ipdoc(R), "country": "US", "headers": [{"name": "Host", "value": "shop.example.com"}], "uri": pick(R, ["/", "/product/%d" % R.randint(1000, 99999), "/api/cart", "/healthz"]),
                               "args": "", "httpVersion": "HTTP/2.0", "httpMethod": "GET", "requestId": "1-%s-%s" % (hexs(R, 8), hexs(R, 24))}})


def n_s2s_up(R):
    return s2s(R, pick(R, [DC1, BRANCH]), pick(R, ["AWS tunnel is sending DPD request", "AWS tunnel received DPD response from customer gateway", "IKE_SA established, CHILD_SA rekeyed (spi 0x%s)" % hexs(R, 8),
                                                   "AWS tunnel detected a pre-shared key match, IKE_SA_INIT completed"]), p1="up", p2="up")


def n_s2s_rekey(R):
    return s2s(R, pick(R, [DC1, BRANCH]), "AWS tunnel received DELETE for CHILD_SA (spi 0x%s) from customer gateway, rekeying" % hexs(R, 8), p1="up", p2="down")


def n_cvpn_ok(R):
    return cvpn(R, "successful")


def n_cvpn_user_fail(R):
    return cvpn(R, "failed", pick(R, ["client-authentication-failed", "user-cancelled-authentication", "client-cert-revoked"]))


def n_lattice_ok(R):
    return lattice(R, pick(R, ["orders", "inventory", "pricing"]), pick(R, [200, 200, 201, 204, 404, 409, 429]))


def vpc_network_logs(R):
    groups = [
        ("resolver-corp-forward-servfail", g_rql_corp),
        ("resolver-partner-edi-forward-servfail", g_rql_partner),
        ("flowlog-skipdata", g_flow_skipdata, 8),
        ("flow-app-subnet-to-orders-db-reject", g_flow_rds_reject),
        ("s2s-dc1-ike-auth-failed", g_s2s_psk),
        ("s2s-branch-dpd-timeout", g_s2s_dpd, 9),
        ("s2s-dc1-bgp-hold-timer-expired", g_s2s_bgp, 6),
        ("clientvpn-saml-idp-error", g_cvpn_idp),
        ("lattice-orders-no-healthy-targets", g_lattice_orders),
        ("lattice-inventory-target-timeout", g_lattice_inventory),
    ]
    negs = [n_flow_accept, n_flow_reject_scan, n_flow_nodata, n_rql_ok, n_rql_nxdomain, n_rql_fw_block, n_nfw_alert_blocked, n_nfw_alert_allowed,
            n_nfw_netflow, n_waf_block, n_waf_allow, n_s2s_up, n_s2s_rekey, n_cvpn_ok, n_cvpn_user_fail, n_lattice_ok]
    return build(R, F2, groups, negs)


FAMILIES = {F1: eks_control_plane, F2: vpc_network_logs}
