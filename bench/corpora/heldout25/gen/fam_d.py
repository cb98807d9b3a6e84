"""Families: cert-manager-argocd-gitops, istio-envoy-sidecars-istiod.

cert-manager 1.16 (klog structured lines), Argo CD 2.13 (logrus text) and Istio 1.24 (istiod and istio-proxy
sidecars: pilot-agent/Envoy scoped lines and Envoy's default text access log) in tlm-prod-blue; shipped by
Fluent Bit, one container log line (or one multi-line Go panic joined by Fluent Bit's go multiline parser)
per event."""
from common import (hexs, alnum, lower, kid, digits, uuid, ip10, podip, nodename, pick, jd, build, iso, at,
                    klog, ACCT, REGION, CLUSTER)

F1 = "cert-manager-argocd-gitops"
DOMAIN = "tallowmere.example"
APPS = ["shop", "checkout", "search", "backoffice", "batch", "data", "platform-ingress", "observability", "payments"]


def cm(R, lvl, src, msg, logger, **kv):
    extra = "".join(' %s="%s"' % (k, v) for k, v in kv.items())
    return klog(R, lvl, src, '%s logger="%s"%s' % (msg, logger, extra), tid=1)


def argo(R, level, msg, **kv):
    parts = ['time="%s"' % iso(R, frac=0), "level=%s" % level, 'msg="%s"' % msg.replace('"', '\\"')]
    for k, v in kv.items():
        v = str(v)
        parts.append("%s=%s" % (k, v if v and all(c not in v for c in ' "=') else '"%s"' % v.replace('"', '\\"')))
    return " ".join(parts)


def c_r53(R):
    # cert-manager's IRSA role lost route53:ChangeResourceRecordSets on the public zone: DNS-01 renewals fail
    cert = pick(R, ["shop-tls", "checkout-tls", "api-tls"])
    ns = {"shop-tls": "shop", "checkout-tls": "checkout", "api-tls": "platform-ingress"}[cert]
    key = "%s/%s-1-%d-%d" % (ns, cert, R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9))
    err = "failed to change Route 53 record set: operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: 403, RequestID: %s, api error AccessDenied: User: arn:aws:sts::%s:assumed-role/tlm-prod-blue-cert-manager/%s is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z04INV7Q3K2XMPLE5T1R because no identity-based policy allows the route53:ChangeResourceRecordSets action" % (uuid(R), ACCT, digits(R, 19))
    r = R.random()
    if r < 0.5:
        return cm(R, "E", "controller.go:%d" % pick(R, [157, 162]), '"re-queuing item due to error processing" err="%s"' % err.replace('"', '\\"'), "cert-manager.challenges", key=key)
    if r < 0.8:
        return cm(R, "E", "sync.go:%d" % pick(R, [277, 281]), '"error presenting challenge" err="%s" resource_name="%s" resource_namespace="%s" resource_kind="Challenge" resource_version="v1" dnsName="%s" type="DNS-01"' % (err.replace('"', '\\"'), key.split("/")[1], ns, {"shop-tls": "shop", "checkout-tls": "checkout", "api-tls": "api"}[cert] + "." + DOMAIN), "cert-manager.challenges")
    return cm(R, "I", "conditions.go:%d" % pick(R, [192, 203]), '"Found status change for Certificate \\"Ready\\" condition; setting lastTransitionTime" v1.ConditionStatus="False" old="True" new="False" message="Renewing certificate as renewal was scheduled at 2028-11-%02d %s +0000 UTC; Certificate expires on 2028-12-%02d %s +0000 UTC" resource_name="%s" resource_namespace="%s"' % (R.randint(12, 14), hms_(R), R.randint(12, 14), hms_(R), cert, ns), "cert-manager.certificates-readiness")


def c_ratelimit(R):
    # every preview environment requests its own Let's Encrypt certificate: the registered-domain limit is hit
    pr = R.randint(1400, 1999)
    key = "previews/pr-%d-tls-1-%d" % (pr, R.randint(10 ** 9, 4 * 10 ** 9))
    return cm(R, "E", "controller.go:%d" % pick(R, [157, 162]), '"re-queuing item due to error processing" err="failed to create Order resource due to bad request, marking Order as failed: 429 urn:ietf:params:acme:error:rateLimited: too many certificates (50) already issued for \\"%s\\" in the last 168h0m0s, retry after 2028-12-%02d %s UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-registered-domain"' % (DOMAIN, R.randint(6, 9), hms_(R)), "cert-manager.orders", key=key)


def a_repo(R):
    # the GitHub deploy token in the platform-config repository credential expired on Dec 3
    app = pick(R, APPS)
    r = R.random()
    if r < 0.5:
        return argo(R, "error", "finished unary call with code Unknown", error="rpc error: code = Unknown desc = failed to list refs: authentication required: Invalid username or token. Password authentication is not supported for Git operations.", **{"grpc.code": "Unknown", "grpc.method": "GenerateManifest", "grpc.service": "repository.RepoServerService", "grpc.start_time": iso(R, frac=0), "grpc.time_ms": "%d.%03d" % (R.randint(200, 900), R.randint(0, 999)), "span.kind": "server", "system": "grpc"})
    return argo(R, "info", "Updated sync status: Synced -> Unknown" if R.random() < 0.3 else "Comparison error: Failed to load target state: failed to generate manifest for source 1 of 1: rpc error: code = Unknown desc = failed to list refs: authentication required: Invalid username or token.", application="argocd/%s" % app)


def a_immutable(R):
    # payments app: a chart change edited the ledger-api Deployment selector; every sync fails
    r = R.random()
    if r < 0.55:
        return argo(R, "info", "Updating operation state. phase: Running -> Failed, message: 'one or more objects failed to apply, reason: Deployment.apps \"ledger-api\" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app.kubernetes.io/instance\":\"payments\", \"app.kubernetes.io/name\":\"ledger-api\", \"tier\":\"api\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable'", application="argocd/payments", syncId="%05d-%s" % (R.randint(1, 99999), alnum(R, 5)))
    return argo(R, "info", "Partial sync operation to %s failed: one or more objects failed to apply, reason: Deployment.apps \"ledger-api\" is invalid: spec.selector: field is immutable" % hexs(R, 40), application="argocd/payments", dest_namespace="payments", dest_server="https://kubernetes.default.svc", reason="OperationCompleted", type="Warning")


def a_notify(R):
    # the #platform-deploys Slack channel was archived: deployment notifications are not delivered
    app = pick(R, APPS)
    return argo(R, "error", "Failed to notify recipient {slack platform-deploys} defined in resource argocd/%s: failed to send notification to slack: channel_not_found" % app if R.random() < 0.7 else "Failed to notify recipient {slack platform-deploys} defined in resource argocd/%s: channel_not_found" % app, resource="argocd/%s" % app)


def a_panic(R):
    # an ApplicationSet with a nil generator template crashes the applicationset-controller on every reconcile
    g = R.randint(200, 900)
    return ("panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n\tpanic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%s]\n\ngoroutine %d [running]:\n"
            "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1()\n\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.19.1/pkg/internal/controller/controller.go:111 +0x1e5\n"
            "panic({0x%s?, 0x%s?})\n\t/usr/local/go/src/runtime/panic.go:785 +0x132\n"
            "github.com/argoproj/argo-cd/v2/applicationset/generators.(*MatrixGenerator).GenerateParams(0x%s, 0x%s, 0x%s, {0x%s, 0x%s})\n\t/go/src/github.com/argoproj/argo-cd/applicationset/generators/matrix.go:%d +0x%x\n"
            "github.com/argoproj/argo-cd/v2/applicationset/controllers.(*ApplicationSetReconciler).Reconcile(0x%s, {0x%s, 0x%s}, {{{0x%s, 0x8}, {0x%s, 0x10}}})\n\t/go/src/github.com/argoproj/argo-cd/applicationset/controllers/applicationset_controller.go:%d +0x%x"
            % (pick(R, [0x18, 0x40]), hexs(R, 7), g, hexs(R, 7), hexs(R, 10), hexs(R, 10), hexs(R, 10), hexs(R, 10), hexs(R, 7), hexs(R, 10), pick(R, [71, 75]), R.randint(0x100, 0x4ff),
               hexs(R, 10), hexs(R, 7), hexs(R, 10), hexs(R, 10), hexs(R, 10), pick(R, [163, 170]), R.randint(0x100, 0x4ff)))


def hms_(R):
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def gitops_negs():
    def n_renew_sched(R):
        c = pick(R, ["search-tls", "admin-tls", "grafana-tls", "argocd-server-tls", "istio-ingress-tls", "webhook-serving-cert"])
        return cm(R, "I", "trigger_controller.go:%d" % pick(R, [215, 223]), '"Certificate does not require re-issuance. certificate renewal scheduled near expiry time." resource_name="%s" resource_namespace="%s"' % (c, pick(R, APPS)), "cert-manager.certificates-trigger")
    def n_issued(R):
        c = pick(R, ["search-tls", "admin-tls", "grafana-tls", "pr-%d-tls" % R.randint(1000, 1399)])
        return cm(R, "I", "conditions.go:%d" % pick(R, [192, 203]), '"Found status change for Certificate \\"Ready\\" condition; setting lastTransitionTime" v1.ConditionStatus="True" old="False" new="True" message="Certificate is up to date and has not expired" resource_name="%s" resource_namespace="%s"' % (c, pick(R, APPS)), "cert-manager.certificates-readiness")
    def n_propagation(R):
        h = pick(R, ["search", "admin", "grafana", "pr-%d.preview" % R.randint(1000, 1399)]) + "." + DOMAIN
        return cm(R, "E", "sync.go:%d" % pick(R, [190, 210]), '"propagation check failed" err="DNS record for \\"%s\\" not yet propagated" resource_name="%s-%d" resource_namespace="%s" resource_kind="Challenge" resource_version="v1" dnsName="%s" type="DNS-01"' % (h, h.split(".")[0], R.randint(10 ** 9, 4 * 10 ** 9), pick(R, APPS), h), "cert-manager.challenges")
    def n_presented(R):
        h = pick(R, ["search", "admin", "grafana"]) + "." + DOMAIN
        return cm(R, "I", pick(R, ["sync.go:%d" % R.randint(250, 260), "acme.go:%d" % R.randint(230, 240)]), '"%s" resource_name="%s-%d" resource_namespace="%s" dnsName="%s" type="DNS-01"' % (pick(R, ["Challenge scheduled for processing", "presented challenge", "accepting challenge with ACME server", "successfully authorized domain"]), h.split(".")[0], R.randint(10 ** 9, 4 * 10 ** 9), pick(R, APPS), h), "cert-manager.challenges")
    def n_order(R): return cm(R, "I", "controller.go:%d" % pick(R, [152, 309]), '"%s" resource_name="%s-tls-1-%d" resource_namespace="%s"' % (pick(R, ["Order has already been completed, cleaning up any owned Challenge resources", "Created Order resource", "Certificate issued successfully"]), pick(R, ["search", "admin", "grafana"]), R.randint(10 ** 9, 4 * 10 ** 9), pick(R, APPS)), "cert-manager.orders")
    def n_cm_conflict(R): return cm(R, "E", "controller.go:%d" % pick(R, [157, 162]), '"re-queuing item due to error processing" err="Operation cannot be fulfilled on certificates.cert-manager.io \\"%s\\": the object has been modified; please apply your changes to the latest version and try again"' % pick(R, ["search-tls", "admin-tls", "grafana-tls"]), "cert-manager.certificates-key-manager", key="%s/%s" % (pick(R, APPS), pick(R, ["search-tls", "admin-tls", "grafana-tls"])))
    def n_reconciled(R):
        app = pick(R, APPS)
        return argo(R, "info", "Reconciliation completed", application="argocd/%s" % app, dedup_ms=R.randint(0, 3), dest_name="", dest_namespace=app, dest_server="https://kubernetes.default.svc", diff_ms=R.randint(1, 90), fields_level=R.randint(0, 2), live_ms=R.randint(0, 20), patch_ms=R.randint(0, 40), setop_ms=0, settings_ms=0, time_ms=R.randint(20, 900))
    def n_compare(R):
        app = pick(R, APPS)
        return argo(R, "info", "%s (cluster: https://kubernetes.default.svc, namespace: %s)" % (pick(R, ["Comparing app state", "Refreshing app status (controller refresh requested)", "Refreshing app status (normal refresh requested)", "Refreshing app status (spec.source differs)"]), app), application="argocd/%s" % app)
    def n_sync_ok(R):
        app = pick(R, [a for a in APPS if a != "payments"])
        return argo(R, "info", "Sync operation to %s succeeded" % hexs(R, 40), application="argocd/%s" % app, dest_namespace=app, dest_server="https://kubernetes.default.svc", reason="OperationCompleted", type="Normal")
    def n_outofsync(R):
        app = pick(R, APPS)
        return argo(R, "info", pick(R, ["Updated sync status: Synced -> OutOfSync", "Updated sync status: OutOfSync -> Synced", "Updated health status: Healthy -> Progressing", "Updated health status: Progressing -> Healthy", "Skipping auto-sync: application status is Synced"]), application="argocd/%s" % app, dest_namespace=app, dest_server="https://kubernetes.default.svc", reason="ResourceUpdated", type="Normal")
    def n_initop(R):
        app = pick(R, [a for a in APPS if a != "payments"])
        return argo(R, "info", "Initiated automated sync to '%s'" % hexs(R, 40), application="argocd/%s" % app, dest_namespace=app, dest_server="https://kubernetes.default.svc", reason="OperationStarted", type="Normal")
    def n_repo_ok(R): return argo(R, "info", "finished unary call with code OK", **{"grpc.code": "OK", "grpc.method": pick(R, ["GenerateManifest", "GetRepoObjects", "ResolveRevision", "GetAppDetails"]), "grpc.service": "repository.RepoServerService", "grpc.start_time": iso(R, frac=0), "grpc.time_ms": "%d.%03d" % (R.randint(3, 2000), R.randint(0, 999)), "span.kind": "server", "system": "grpc"})
    def n_git(R): return argo(R, "info", "git fetch origin --tags --force --prune", dir="/tmp/_argocd-repo/%s" % uuid(R), execID=alnum(R, 5).lower(), duration="%d.%sms" % (R.randint(200, 3000), digits(R, 6)) if R.random() < 0.5 else "%d.%ss" % (R.randint(1, 4), digits(R, 9)))
    def n_cache(R): return argo(R, "info", "manifest cache hit: &ApplicationSource{RepoURL:https://github.com/tallowmere/platform-config.git,Path:apps/%s/overlays/prod,TargetRevision:main,Helm:nil,Kustomize:nil,Directory:nil,Plugin:nil,Chart:,Ref:,}/%s" % (pick(R, APPS), hexs(R, 40)))
    def n_login_fail(R): return argo(R, "warning", "user %s@tallowmere.example login failed: invalid session: token has invalid claims: token is expired" % pick(R, ["a.okafor", "j.brandt", "r.patel"]) if R.random() < 0.5 else "finished unary call with code Unauthenticated", **({"grpc.code": "Unauthenticated", "grpc.method": "List", "grpc.service": "application.ApplicationService", "span.kind": "server", "system": "grpc", "grpc.time_ms": "%d.%03d" % (R.randint(0, 3), R.randint(0, 999))} if R.random() < 0.5 else {}))
    def n_notify_ok(R):
        app = pick(R, APPS)
        return argo(R, "info", pick(R, ["Trigger on-deployed result: [{[0].%s [app-deployed] true}]" % alnum(R, 26), "Sending notification about condition 'on-deployed.[0].%s' to '{slack platform-deploys}' using the configuration in namespace argocd" % alnum(R, 26), "Notification about condition 'on-sync-succeeded.[0].%s' already sent to '{slack platform-deploys}' using the configuration in namespace argocd" % alnum(R, 26)]), resource="argocd/%s" % app)
    return [n_renew_sched, n_issued, n_propagation, n_presented, n_order, n_cm_conflict, n_reconciled, n_compare, n_sync_ok, n_outofsync, n_initop, n_repo_ok, n_git, n_cache, n_login_fail, n_notify_ok]


def fam_gitops(R):
    return build(R, F1, [("cert-manager-route53-dns01-access-denied", c_r53), ("letsencrypt-rate-limit-preview-certificates", c_ratelimit),
                         ("argocd-platform-config-repo-token-expired", a_repo), ("argocd-payments-sync-immutable-selector", a_immutable),
                         ("argocd-notifications-slack-channel-archived", a_notify), ("applicationset-controller-nil-generator-panic", a_panic, 6)], gitops_negs())


# ---------------------------------------------------------------- istio-envoy-sidecars-istiod
F2 = "istio-envoy-sidecars-istiod"


def ist(R, level, scope, msg):
    return "%s\t%s\t%s\t%s" % (iso(R, frac=6), level, scope, msg)


def acc(R, method, path, code, flags, details, upstream_cluster, authority, up_host=None, dur=None, ua=None, bytes_=None, proto="HTTP/1.1", route="default", term="-", tfail="-", dl=None):
    t = at(R)
    return '[%s] "%s %s %s" %d %s %s %s "%s" %d %d %d %s "-" "%s" "%s" "%s" %s %s %s %s %s - %s' % (
        iso(R, t=t), method, path, proto, code, flags, details, term, tfail, R.randint(0, 900) if method in ("POST", "PUT") else 0, bytes_ if bytes_ is not None else R.randint(0, 9000),
        dur if dur is not None else R.randint(1, 400), str(R.randint(1, 300)) if code < 500 and flags == "-" else "-", ua or pick(R, ["okhttp/4.12.0", "Go-http-client/1.1", "python-requests/2.32.3", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"]), uuid(R), authority,
        '"%s"' % up_host if up_host else '"-"', upstream_cluster, "%s:%d" % (podip(R), R.randint(32768, 60999)) if up_host else "-", dl or "%s:8080" % podip(R), "%s:%d" % (podip(R), R.randint(32768, 60999)), route)


def i_uo(R):
    # checkout -> inventory: DestinationRule maxConnections 10 / http1MaxPendingRequests 1 after a copy-paste; UO 503s at peak
    return acc(R, pick(R, ["GET", "POST"]), "/v1/stock/%s" % pick(R, ["reserve", "check", "sku-%d" % R.randint(10000, 99999)]), 503, "UO", "upstream_reset_before_response_started{overflow}", "outbound|8080||inventory.shop.svc.cluster.local", "inventory.shop.svc.cluster.local:8080", dur=0, bytes_=81, dl="172.20.%d.%d:8080" % (44, 19))


def i_mtls(R):
    # payments PeerAuthentication switched to STRICT; the un-injected batch reconciler still connects in plaintext
    r = R.random()
    if r < 0.6:
        return '[%s] "- - -" 0 NR filter_chain_not_found - "-" 0 0 0 - "-" "-" "-" "-" "-" - - %s:8443 %s:%d - -' % (iso(R), "10.31.%d.%d" % (R.randint(32, 95), R.randint(2, 254)), "10.31.%d.%d" % (pick(R, [60, 61]), R.randint(2, 254)), R.randint(32768, 60999))
    return ist(R, "warn", "authn", "connection from 10.31.%d.%d:%d to payments/ledger-api rejected: plaintext traffic not allowed by PeerAuthentication payments/default (mode STRICT)" % (pick(R, [60, 61]), R.randint(2, 254), R.randint(32768, 60999)))


def i_nack(R):
    # a Lua EnvoyFilter for checkout has a syntax error: every checkout sidecar rejects the listener update
    pod = "api-%s-%s" % (pick(R, ["6d8f9b7c54", "6d8f9b7c54", "5c7d8e9f61"]), kid(R))
    r = R.random()
    if r < 0.45:
        return ist(R, "warn", "ads", "ADS:LDS: ACK ERROR %s.checkout-%d %s:15021 Internal:Error adding/updating listener(s) virtualInbound: script load error: [string \"function envoy_on_request(request_handle)...\"]:%d: unexpected symbol near ')'" % (pod, R.randint(1, 999), podip(R), R.randint(3, 9)))
    if r < 0.8:
        return ist(R, "warning", "envoy config", "external/envoy/source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138\tgRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: Error adding/updating listener(s) virtualInbound: script load error: [string \"function envoy_on_request(request_handle)...\"]:%d: unexpected symbol near ')'\tthread=%d" % (R.randint(3, 9), R.randint(14, 20)))
    return ist(R, "warn", "", "Envoy proxy is NOT ready: config received from XDS server, but was rejected: cds updates: %d successful, 0 rejected; lds updates: %d successful, %d rejected" % (R.randint(1, 9), R.randint(0, 3), R.randint(1, 9)))


def i_blackhole(R):
    # mesh outboundTrafficPolicy REGISTRY_ONLY; the new fraud-scoring vendor has no ServiceEntry
    if R.random() < 0.6:
        return '[%s] "- - -" 0 UH - - "-" 0 0 0 - "-" "-" "-" "-" "-" BlackHoleCluster - %s:443 %s:%d api.fraudscore-vendor.example -' % (iso(R), "198.51.100.%d" % pick(R, [41, 42]), podip(R), R.randint(32768, 60999))
    return acc(R, "POST", "/v2/score", 502, "-", "direct_response", "BlackHoleCluster", "api.fraudscore-vendor.example", dur=0, bytes_=0, route="block_all", dl="198.51.100.%d:80" % pick(R, [41, 42]))


def i_sds(R):
    # the public gateway's credentialName points at a secret cert-manager now writes to another namespace
    r = R.random()
    if r < 0.5:
        return ist(R, "warn", "ads", "SDS: failed to generate secret for proxy istio-ingressgateway-%s-%s.istio-ingress: failed to fetch key and certificate for kubernetes://tlm-public-tls: secret istio-ingress/tlm-public-tls not found" % (kid(R, 10), kid(R)))
    if r < 0.8:
        return ist(R, "warning", "envoy config", "external/envoy/source/common/tls/server_context_config_impl.cc:%d\tListener 0.0.0.0_8443 has no TLS certificate for SNI %s: secret kubernetes://tlm-public-tls warming timed out\tthread=%d" % (pick(R, [79, 83]), pick(R, ["shop", "www", "m", "checkout"]) + "." + DOMAIN, R.randint(14, 20)))
    return '[%s] "- - -" 0 NR filter_chain_not_found - "-" 0 0 %d - "-" "-" "-" "-" "-" - - %s:8443 %s:%d %s -' % (iso(R), R.randint(0, 5), podip(R), "203.0.113.%d" % R.randint(2, 254), R.randint(32768, 60999), pick(R, ["shop", "www", "m", "checkout"]) + "." + DOMAIN)


def mesh_negs():
    def n_200(R):
        svc, ns, path = pick(R, [("cart", "shop", "/api/cart/%s" % uuid(R)), ("catalog", "shop", "/api/products?page=%d" % R.randint(1, 40)), ("pricing", "checkout", "/v1/quote"), ("query", "search", "/search?q=%s" % pick(R, ["boots", "tent", "jacket", "stove"])), ("inventory", "shop", "/v1/stock/sku-%d" % R.randint(10000, 99999))])
        return acc(R, pick(R, ["GET", "GET", "POST"]), path, pick(R, [200, 200, 201, 204, 304]), "-", "via_upstream", "outbound|8080||%s.%s.svc.cluster.local" % (svc, ns), "%s.%s.svc.cluster.local:8080" % (svc, ns), up_host="%s:8080" % podip(R), dl="172.20.%d.%d:8080" % (R.randint(0, 255), R.randint(1, 254)))
    def n_inbound(R):
        path, auth_ = pick(R, [("/v1/quote", "pricing.checkout"), ("/api/cart/%s" % uuid(R), "cart.shop"), ("/v1/ledger/entries", "ledger-api.payments"), ("/v1/ledger/balance/%d" % R.randint(10 ** 5, 10 ** 6), "ledger-api.payments")])
        return acc(R, pick(R, ["GET", "POST"]), path, pick(R, [200, 201]), "-", "via_upstream", "inbound|8080||", "%s:8080" % auth_, up_host="%s:8080" % podip(R))
    def n_404(R): return acc(R, "GET", pick(R, ["/wp-login.php", "/.env", "/admin/config.php", "/cgi-bin/luci", "/api/v1/pods"]), 404, "NR", "route_not_found", "-", pick(R, ["shop", "www"]) + "." + DOMAIN, dur=0, bytes_=0, route="-", proto="HTTP/2", dl="%s:8443" % podip(R))
    def n_401(R): return acc(R, "POST", "/v1/checkout/session", pick(R, [401, 403, 422]), "-", "via_upstream", "outbound|8080||api.checkout.svc.cluster.local", "api.checkout.svc.cluster.local:8080", up_host="%s:8080" % podip(R))
    def n_dc(R): return acc(R, "GET", "/api/products?page=%d" % R.randint(1, 40), 0, "DC", "downstream_remote_disconnect", "outbound|8080||catalog.shop.svc.cluster.local", "catalog.shop.svc.cluster.local:8080", up_host="%s:8080" % podip(R), bytes_=0)
    def n_push(R): return ist(R, "info", "ads", "Push debounce stable[%d] %d for config %s: %d.%dms since last change, %d.%dms since last push, full=%s" % (R.randint(100, 9999), R.randint(1, 9), pick(R, ["ServiceEntry/shop/cart.shop.svc.cluster.local", "EndpointSlice/search/query-%s" % kid(R), "Secret/istio-system/cacerts", "VirtualService/shop/storefront"]), R.randint(100, 300), R.randint(0, 999), R.randint(100, 9000), R.randint(0, 999), pick(R, ["true", "false"])))
    def n_xds(R): return ist(R, "info", "ads", "XDS: Pushing Services:%d ConnectedEndpoints:%d Version:2028-12-0%dT%s.%sZ/%d" % (R.randint(80, 95), R.randint(130, 170), R.randint(1, 9), hms_(R), digits(R, 9), R.randint(100, 9999)))
    def n_conn(R): return ist(R, "info", "ads", "ADS: %s %s-%s-%s.%s-%d" % (pick(R, ["new connection for node:", "\"%s:%d\" terminated" % (podip(R), R.randint(32768, 60999))]), pick(R, ["storefront", "cart", "pricing", "query"]), kid(R, 10), kid(R), pick(R, ["shop", "checkout", "search"]), R.randint(1, 999)))
    def n_pushnode(R): return ist(R, "info", "ads", "%s: PUSH for node:%s-%s-%s.%s resources:%d size:%d.%dkB" % (pick(R, ["CDS", "LDS", "EDS", "RDS"]), pick(R, ["storefront", "cart", "pricing", "query"]), kid(R, 10), kid(R), pick(R, ["shop", "checkout", "search"]), R.randint(10, 300), R.randint(1, 400), R.randint(0, 9)))
    def n_cert(R): return ist(R, "info", "cache", "generated new workload certificate\tresourceName=default latency=%dms ttl=23h59m59.%sms" % (R.randint(40, 300), digits(R, 6)))
    def n_ready(R): return ist(R, "info", pick(R, ["", "xdsproxy"]), pick(R, ["Envoy proxy is ready", "connected to delta upstream XDS server: istiod.istio-system.svc:15012\tid=%d" % R.randint(1, 9), "Readiness succeeded in %d.%sms" % (R.randint(300, 3000), digits(R, 6))]))
    def n_stream_closed(R): return ist(R, "warning", "envoy config", "external/envoy/source/extensions/config_subscription/grpc/grpc_stream.h:%d\tDeltaAggregatedResources gRPC config stream to xds-grpc closed since %ds ago: 14, connection error: desc = \"transport: Error while dialing: dial tcp 172.20.18.7:15012: connect: connection refused\"\tthread=%d" % (pick(R, [152, 190]), R.randint(0, 30), R.randint(14, 20)))
    def n_sds_ok(R): return ist(R, "info", pick(R, ["sds", "ads"]), "SDS: PUSH request for node:%s resources:1 size:%dkB resource:%s" % ("istio-ingressgateway-%s-%s.istio-ingress" % (kid(R, 10), kid(R)), R.randint(1, 6), pick(R, ["default", "ROOTCA", "kubernetes://tlm-internal-tls", "kubernetes://grafana-tls"])))
    def n_health(R): return acc(R, "GET", pick(R, ["/healthz/ready", "/stats/prometheus"]), 200, "-", "via_upstream", "agent", "%s:15020" % podip(R), up_host="%s:15020" % podip(R), dur=R.randint(0, 3))
    def n_webhook(R): return ist(R, "info", "validationController", pick(R, ["Not ready to switch validation to fail-closed: dummy invalid config not rejected", "Reconcile(enter): retry dry-run creation of invalid config", "validatingwebhookconfiguration istio-validator-istio-system (failurePolicy=Fail, resourceVersion=%d) is up-to-date. No change required." % R.randint(10 ** 6, 10 ** 8)]))
    def n_noep(R): return ist(R, "info", "ads", "Incremental push, service %s.%s.svc.cluster.local at shard Kubernetes/Kubernetes has no endpoints" % (pick(R, ["storefront-canary", "search-shadow", "report-preview-%d" % R.randint(100, 999)]), pick(R, ["shop", "search", "batch"])))
    return [n_200, n_inbound, n_404, n_401, n_dc, n_push, n_xds, n_conn, n_pushnode, n_cert, n_ready, n_stream_closed, n_sds_ok, n_health, n_webhook, n_noep]


def fam_mesh(R):
    return build(R, F2, [("inventory-destinationrule-circuit-breaker-overflow", i_uo), ("payments-strict-mtls-plaintext-batch-client", i_mtls),
                         ("checkout-lua-envoyfilter-rejected", i_nack), ("fraudscore-vendor-missing-serviceentry-blackhole", i_blackhole),
                         ("public-gateway-tls-secret-missing", i_sds)], mesh_negs())


FAMILIES = {F1: fam_gitops, F2: fam_mesh}
