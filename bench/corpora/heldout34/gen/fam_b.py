"""Families: k8s-controller-runtime-operators, prometheus-thanos-loki-grafana-logfmt.

tallowfin's EKS cluster "plat-prod" (1.30) runs operators and the observability stack; Fluent Bit (aws-for-fluent-bit,
cloudwatch_logs output with log_key log) ships each container line as one event; its "go" multiline parser keeps a
Go panic with its goroutine dump in one event."""
from common import (hexs, alnum, lower, digits, uuid, ip10, pick, build, jd, day, hms, ts_ns, klog_ts, epoch_f, ulid,
                    goroutine, pc, ACCT, REGION)

# ---------------------------------------------------------------- k8s-controller-runtime-operators
F1 = "k8s-controller-runtime-operators"
NS = ["payments", "orders", "search", "ledger", "notify", "analytics"]


def zj(R, level, logger, msg, **kw):
    d = {"level": level, "ts": ts_ns(R, 6)[:-1] + "Z", "logger": logger, "msg": msg}
    d.update(kw)
    return jd(d)


def klog(R, sev, file_line, msg):
    return "%s%s       1 %s] %s" % (sev, klog_ts(R), file_line, msg)


def k_eso(R):
    # the IRSA role of external-secrets only allows secrets under prod/shared/*; payments moved to prod/payments/*
    ns = "payments"
    name = pick(R, ["stripe-keys", "payments-db", "webhook-signing", "fx-provider"])
    key = "prod/payments/%s" % name
    arn = "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (REGION, ACCT, key, alnum(R, 6))
    return zj(R, "error", "controllers.ExternalSecret", "Reconciler error", controller="externalsecret", controllerGroup="external-secrets.io",
              controllerKind="ExternalSecret", ExternalSecret={"name": name, "namespace": ns}, namespace=ns, name=name, reconcileID=uuid(R),
              error="error processing spec.data[0] (key: %s), err: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/plat-prod-external-secrets/%s is not authorized to perform: secretsmanager:GetSecretValue on resource: %s because no identity-based policy allows the secretsmanager:GetSecretValue action" % (key, ACCT, digits(R, 19), arn))


def k_certmgr(R):
    # the cert-manager role may change records only in the old hosted zone; the new zone for tallowfin.example is denied
    host = pick(R, ["api", "shop", "status", "grafana", "vault", "hooks"]) + ".tallowfin.example"
    ns = pick(R, ["ingress", "observability", "shop"])
    t = R.randint(0, 1)
    if t == 0:
        return klog(R, "E", "controller.go:%d" % R.choice([162, 167]), "\"re-queuing item due to error processing\" err=\"error presenting DNS-01 challenge: failed to change Route 53 record set: operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: 403, RequestID: %s, api error AccessDenied: User: arn:aws:sts::%s:assumed-role/plat-prod-cert-manager/%s is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z0%s\" logger=\"cert-manager.challenges\" key=\"%s/%s-tls-%s-%s-%s\"" % (uuid(R), ACCT, digits(R, 19), upper13(R), ns, host.split(".")[0], digits(R, 1), digits(R, 10), digits(R, 10)))
    return klog(R, "E", "dns.go:%d" % 113, "\"Error presenting challenge\" err=\"failed to change Route 53 record set: operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: 403, RequestID: %s, api error AccessDenied: User: arn:aws:sts::%s:assumed-role/plat-prod-cert-manager/%s is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z0%s\" logger=\"cert-manager.challenges.Present\" resource_name=\"%s-tls-%s-%s\" resource_namespace=\"%s\" resource_kind=\"Challenge\" resource_version=\"v1\" dnsName=\"%s\" type=\"DNS-01\"" % (uuid(R), ACCT, digits(R, 19), upper13(R), host.split(".")[0], digits(R, 1), digits(R, 10), ns, host))


def upper13(R):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13))


def k_panic(R):
    # tenant-operator 0.9.0: Tenant objects without spec.quotas hit a nil map write; RecoverPanic is off, the manager crashes
    g = goroutine(R)
    return ("panic: assignment to entry in nil map\n\ngoroutine %d [running]:\n"
            "github.com/tallowfin/tenant-operator/internal/controller.(*TenantReconciler).applyQuotas(0xc000%s, {0x1f3a2c8, 0xc00%s}, 0xc00%s)\n"
            "\t/workspace/internal/controller/tenant_controller.go:211 +0x3c4\n"
            "github.com/tallowfin/tenant-operator/internal/controller.(*TenantReconciler).Reconcile(0xc000%s, {0x1f3a2c8, 0xc00%s}, {{{0xc00%s, 0x%x}, {0xc00%s, 0x%x}}})\n"
            "\t/workspace/internal/controller/tenant_controller.go:98 +0x6b1\n"
            "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile(0xc000%s, {0x1f3a300, 0xc00%s}, {{{0xc00%s, 0x%x}, {0xc00%s, 0x%x}}})\n"
            "\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.18.4/pkg/internal/controller/controller.go:114 +0x1e2\n"
            "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler(0xc000%s, {0x1f3a2c8, 0xc000%s}, {0x19c2e40, 0xc00%s})\n"
            "\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.18.4/pkg/internal/controller/controller.go:311 +0x3bc\n"
            "sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem(0xc000%s, {0x1f3a2c8, 0xc000%s})\n"
            "\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.18.4/pkg/internal/controller/controller.go:261 +0x1c9\n"
            "created by sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2 in goroutine %d\n"
            "\t/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.18.4/pkg/internal/controller/controller.go:222 +0x79"
            % (g, hexs(R, 6), hexs(R, 7), hexs(R, 7), hexs(R, 6), hexs(R, 7), hexs(R, 7), R.randint(5, 12), hexs(R, 7), R.randint(5, 20),
               hexs(R, 6), hexs(R, 7), hexs(R, 7), R.randint(5, 12), hexs(R, 7), R.randint(5, 20), hexs(R, 6), hexs(R, 6), hexs(R, 7),
               hexs(R, 6), hexs(R, 6), R.randint(100, 300)))


def k_webhook(R):
    # the tenant-operator webhook's caBundle was not injected after its Certificate was re-issued by a new issuer
    ns = pick(R, NS)
    name = "tenant-" + ns
    err = ("Internal error occurred: failed calling webhook \"vtenant.kb.io\": failed to call webhook: Post \"https://tenant-operator-webhook-service.tenant-system.svc:443/validate-platform-tallowfin-io-v1alpha1-tenant?timeout=10s\": "
           "tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of \"crypto/rsa: verification error\" while trying to verify candidate authority certificate \"tenant-operator-ca\")")
    if R.random() < 0.6:
        return jd({"level": "error", "ts": ts_ns(R, 3), "msg": "Reconciliation failed after %s, next try in %s" % (pick(R, ["312ms", "1.04s", "488ms", "2.7s"]), pick(R, ["2m0s", "5m0s"])),
                   "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization",
                   "Kustomization": {"name": "tenants", "namespace": "flux-system"}, "namespace": "flux-system", "name": "tenants", "reconcileID": uuid(R),
                   "revision": "main@sha1:%s" % hexs(R, 40), "error": "Tenant/%s dry-run failed (InternalError): %s" % (name, err)})
    return klog(R, "E", "dispatcher.go:%d" % 214, "\"Failed calling webhook, failing closed\" err=\"failed calling webhook \\\"vtenant.kb.io\\\": failed to call webhook: Post \\\"https://tenant-operator-webhook-service.tenant-system.svc:443/validate-platform-tallowfin-io-v1alpha1-tenant?timeout=10s\\\": tls: failed to verify certificate: x509: certificate signed by unknown authority\" webhook=\"vtenant.kb.io\" resource=\"platform.tallowfin.io/v1alpha1, Resource=tenants\" subresource=\"\" operation=\"UPDATE\" UID=\"%s\"" % uuid(R))


def k_leader(R):
    # aws-load-balancer-controller runs with a 100m CPU limit; throttled, it cannot renew its lease in time and exits
    t = R.randint(0, 2)
    if t == 0:
        return klog(R, "E", "leaderelection.go:%d" % 369, "Failed to update lock optimitically: Put \"https://172.20.0.1:443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/aws-load-balancer-controller-leader\": context deadline exceeded, falling back to slow path")
    if t == 1:
        return klog(R, "E", "leaderelection.go:%d" % 332, "error retrieving resource lock kube-system/aws-load-balancer-controller-leader: client rate limiter Wait returned an error: context deadline exceeded")
    return zj(R, "error", "setup", "problem running manager", error="leader election lost")


def k_negs():
    def n_conflict(R):
        # optimistic-concurrency conflicts: requeued and resolved on the next pass
        ns = pick(R, NS)
        name = pick(R, ["api", "worker", "db", "cache"]) + "-" + lower(R, 5)
        return zj(R, "error", "controllers.Tenant", "Reconciler error", controller="tenant", controllerGroup="platform.tallowfin.io", controllerKind="Tenant",
                  Tenant={"name": "tenant-" + ns, "namespace": ""}, namespace="", name="tenant-" + ns, reconcileID=uuid(R),
                  error="Operation cannot be fulfilled on tenants.platform.tallowfin.io \"tenant-%s\": the object has been modified; please apply your changes to the latest version and try again" % ns) if R.random() < 0.5 else \
            zj(R, "info", "controllers.ExternalSecret", "reconciled secret", ExternalSecret={"name": name, "namespace": ns}, namespace=ns, name=name, reconcileID=uuid(R))
    def n_start(R):
        c = pick(R, ["externalsecret", "clustersecretstore", "tenant", "targetgroupbinding", "ingress", "service"])
        return zj(R, "info", "", pick(R, ["Starting EventSource", "Starting Controller", "Starting workers"]), controller=c, **({"worker count": R.randint(1, 5)} if R.random() < 0.4 else {"source": "kind source: *v1.%s" % pick(R, ["Secret", "Service", "Ingress", "Namespace"])}))
    def n_lease(R):
        return klog(R, "I", "leaderelection.go:%d" % pick(R, [250, 260]), pick(R, ["attempting to acquire leader lease %s...", "successfully acquired lease %s"]) % pick(R, ["kube-system/aws-load-balancer-controller-leader", "cert-manager/cert-manager-controller", "external-secrets/external-secrets-controller", "tenant-system/8f2e1c77.tallowfin.io"]))
    def n_cert_ok(R):
        host = pick(R, ["api", "shop", "status", "grafana", "hooks", "docs", "admin"])
        return klog(R, "I", "trigger_controller.go:%d" % 215, "\"Not re-issuing certificate as existing certificate is up to date\" logger=\"cert-manager.certificates-trigger\" key=\"%s/%s-tls\" renewal_time=\"2029-%02d-%02dT%s Z\"" % (pick(R, ["ingress", "shop"]), host, R.randint(10, 12), R.randint(1, 28), hms(R)))
    def n_watch(R):
        return klog(R, "W", "reflector.go:%d" % 470, "pkg/mod/k8s.io/client-go@v0.30.3/tools/cache/reflector.go:232: watch of *v1.%s ended with: an error on the server (\"unable to decode an event from the watch stream: http2: client connection lost\") has prevented the request from succeeding" % pick(R, ["Secret", "Service", "EndpointSlice", "Ingress", "ConfigMap"]))
    def n_admission_denied(R):
        # the validating webhook rejecting a tenant over its plan limit: user error, returned to kubectl
        return zj(R, "info", "tenant-resource", "validate update", name="tenant-" + pick(R, NS), allowed=False, reason="spec.quotas.cpu %d exceeds plan limit %d" % (R.randint(65, 400), 64))
    def n_validate_ok(R):
        return zj(R, "info", "tenant-resource", pick(R, ["validate create", "validate update", "default"]), name="tenant-" + pick(R, NS) + "-" + lower(R, 3), allowed=True)
    def n_tgb(R):
        return zj(R, "info", "controllers.targetGroupBinding", pick(R, ["registered targets", "deRegistered targets", "successfully deployed model"]), tgb={"name": "k8s-%s-%s-%s" % (pick(R, NS), pick(R, ["api", "web"]), hexs(R, 10)), "namespace": pick(R, NS)}, arn="arn:aws:elasticloadbalancing:%s:%s:targetgroup/k8s-%s-%s/%s" % (REGION, ACCT, lower(R, 8), lower(R, 8), hexs(R, 16)), targets=["%s:%d" % (ip10(R, 64), 8080)])
    def n_flux_ok(R):
        return jd({"level": "info", "ts": ts_ns(R, 3), "msg": "server-side apply completed", "controller": "kustomization", "controllerGroup": "kustomize.toolkit.fluxcd.io", "controllerKind": "Kustomization",
                   "Kustomization": {"name": pick(R, ["apps", "infra", "observability", "tenants"]), "namespace": "flux-system"}, "namespace": "flux-system", "reconcileID": uuid(R),
                   "output": {"Deployment/%s/%s" % (pick(R, NS), pick(R, ["api", "worker", "web"])): pick(R, ["configured", "unchanged"]), "Service/%s/api" % pick(R, NS): "unchanged"}, "revision": "main@sha1:%s" % hexs(R, 40)})
    def n_eso_ok(R):
        return zj(R, "debug", "controllers.ExternalSecret", "secret data unchanged, skipping update", ExternalSecret={"name": pick(R, ["db-creds", "api-keys", "smtp"]), "namespace": pick(R, NS)}, refreshInterval="1h0m0s", errors=0)
    def n_throttle(R):
        return klog(R, "I", "request.go:%d" % 697, "Waited for %d.%ss due to client-side throttling, not priority and fairness, request: GET:https://172.20.0.1:443/apis/%s?timeout=32s" % (R.randint(0, 1), digits(R, 9), pick(R, ["external-secrets.io/v1beta1", "cert-manager.io/v1", "elbv2.k8s.aws/v1beta1"])))
    def n_webhook_tls_eof(R):
        return zj(R, "info", "controller-runtime.webhook", "http: TLS handshake error from %s:%d: EOF (kube-apiserver health probe)" % (ip10(R, 0), R.randint(30000, 60000)))
    def n_certificate_issued(R):
        return klog(R, "I", "conditions.go:%d" % 203, "Setting lastTransitionTime for Certificate \"%s-tls\" condition \"Ready\" to 2029-09-%02d %s +0000 UTC" % (pick(R, ["docs", "admin", "metrics", "hooks", "api"]) + "-" + lower(R, 3), day(R), hms(R)))
    return [n_conflict, n_start, n_lease, n_cert_ok, n_watch, n_admission_denied, n_validate_ok, n_tgb, n_flux_ok, n_eso_ok, n_throttle,
            n_webhook_tls_eof, n_certificate_issued, n_conflict, n_eso_ok]


def fam_k8s(R):
    return build(R, F1, [("external-secrets-irsa-denied-prod-payments-path", k_eso), ("cert-manager-route53-new-zone-access-denied", k_certmgr),
                         ("tenant-operator-nil-map-panic-crashloop", k_panic), ("tenant-webhook-cabundle-unknown-authority", k_webhook),
                         ("aws-lbc-leader-lease-renew-timeout-cpu-throttled", k_leader)], k_negs())


# ---------------------------------------------------------------- prometheus-thanos-loki-grafana-logfmt
F2 = "prometheus-thanos-loki-grafana-logfmt"
AMP = "https://aps-workspaces.%s.amazonaws.com/workspaces/ws-5c1e7a42-9b3d-4f60-8e21-7d0a6c93f1b4/api/v1/remote_write" % REGION


def gk(R, caller, level, rest):
    """go-kit logfmt as Prometheus 2.x/Alertmanager write it: ts first."""
    return "ts=%s caller=%s level=%s %s" % (ts_ns(R, 3), caller, level, rest)


def lv(R, caller, level, rest):
    """Thanos/Loki order: level first."""
    return "level=%s ts=%s caller=%s %s" % (level, ts_ns(R, 9), caller, rest)


def gf(R, logger, level, rest):
    return "logger=%s t=%s level=%s %s" % (logger, ts_ns(R, 9), level, rest)


def p_amp(R):
    # the prometheus service account's role lost aps:RemoteWrite when the AMP workspace was recreated
    return gk(R, "dedupe.go:112", "error", "component=remote remote_name=amp-prod url=%s msg=\"non-recoverable error\" failedSampleCount=%d failedHistogramCount=0 failedExemplarCount=0 err=\"server returned HTTP status 403 Forbidden: {\\\"message\\\":\\\"User: arn:aws:sts::%s:assumed-role/plat-prod-prometheus/%s is not authorized to perform: aps:RemoteWrite on resource: arn:aws:aps:%s:%s:workspace/ws-5c1e7a42-9b3d-4f60-8e21-7d0a6c93f1b4\\\"}\"" % (AMP, pick(R, [2000, 2000, 1873, 1500, 640]), ACCT, digits(R, 19), REGION, ACCT))


def t_overlap(R):
    # two Prometheus replicas upload with identical external labels (replica label dropped): compactor halts
    return lv(R, "compact.go:%d" % 555, "error", "msg=\"critical error detected; halting\" err=\"compaction: group 0@%d: pre compaction overlap check: overlaps found while gathering blocks. [mint: %d, maxt: %d, range: 2h0m0s, blocks: 2]: <ulid: %s, mint: %d, maxt: %d, range: 2h0m0s>, <ulid: %s, mint: %d, maxt: %d, range: 2h0m0s>\"" % (
        R.randint(10 ** 18, 10 ** 19 - 1), 1882915200000 + R.randint(0, 99) * 7200000, 1882922400000 + R.randint(0, 99) * 7200000, ulid(R), 1882915200000, 1882922400000, ulid(R), 1882915200000, 1882922400000))


def l_flush(R):
    # the chunks bucket was renamed in terraform (tallowfin-loki-chunks -> plat-prod-loki-chunks); config still has the old name
    app = pick(R, ["payments-api", "orders-api", "ledger", "notify", "search", "ingress-nginx"])
    return lv(R, "flush.go:%d" % 143, "error", "org_id=fake msg=\"failed to flush\" err=\"failed to flush chunks: store put chunk: NoSuchBucket: The specified bucket does not exist\\n\\tstatus code: 404, request id: %s, host id: %s, num_chunks: %d, labels: {app=\\\"%s\\\", namespace=\\\"%s\\\", stream=\\\"stdout\\\"}\"" % (upper16(R), alnum(R, 56), R.randint(1, 6), app, pick(R, NS)))


def upper16(R):
    return "".join(R.choice("ABCDEF0123456789") for _ in range(16))


def g_rule(R):
    # the "cloudwatch-legacy" data source was deleted in the provisioning clean-up; its alert rules cannot evaluate
    rule = pick(R, [("RDS CPU high", "b7Xk2aQ9z"), ("SQS age of oldest message", "c1Lp0vE3m"), ("ALB 5xx rate", "d9Qw4rT6y"), ("Lambda throttles", "e2Hn8uJ5k")])
    return gf(R, "ngalert.scheduler", "error", "rule_uid=%s org_id=1 version=%d attempt=%d now=%s msg=\"Failed to evaluate rule\" error=\"failed to build query 'A': data source not found\" duration=%dms rule_title=\"%s\"" % (rule[1], R.randint(3, 12), R.randint(0, 3), "2029-09-%02dT%sZ" % (day(R), hms(R)), R.randint(1, 9), rule[0]))


def a_slack(R):
    # the Slack incoming webhook of #plat-alerts was revoked when the channel was archived and recreated
    n = R.randint(1, 12)
    return gk(R, "dispatch.go:%d" % 353, "error", "component=dispatcher msg=\"Notify for alerts failed\" num_alerts=%d err=\"plat-oncall/slack[0]: notify retry canceled due to unrecoverable error after 1 attempts: channel \\\"#plat-alerts\\\": unexpected status code 404: no_service\"" % n)


def o_negs():
    def n_head(R):
        return gk(R, "head.go:%d" % pick(R, [1293, 1325]), "info", "component=tsdb msg=\"%s\" duration=%s" % (pick(R, ["Head GC completed", "Creating checkpoint", "WAL checkpoint complete"]), pick(R, ["%dms" % R.randint(20, 900), "%d.%ss" % (R.randint(1, 9), digits(R, 3))])))
    def n_compact(R):
        return gk(R, "compact.go:%d" % 576, "info", "component=tsdb msg=\"write block\" mint=%d maxt=%d ulid=%s duration=%s" % (1882915200000, 1882922400000, ulid(R), "%d.%ss" % (R.randint(1, 9), digits(R, 3))))
    def n_too_old(R):
        return gk(R, "scrape.go:%d" % 1777, "warn", "component=\"scrape manager\" scrape_pool=%s target=http://%s:%d/metrics msg=\"Error on ingesting samples that are too old or are too far into the future\" num_dropped=%d" % (pick(R, ["serviceMonitor/payments/payments-api/0", "podMonitor/notify/notify/0"]), ip10(R, 64), pick(R, [8080, 9090, 9102]), R.randint(1, 40)))
    def n_rw_retry(R):
        return gk(R, "dedupe.go:112", "warn", "component=remote remote_name=amp-staging url=%s msg=\"Failed to send batch, retrying\" err=\"server returned HTTP status 503 Service Unavailable: \"" % AMP.replace("ws-5c1e7a42-9b3d-4f60-8e21-7d0a6c93f1b4", "ws-0a8d3b61-24fe-4c77-b1e9-5f2c8a7d9e03"))
    def n_reload(R):
        return gk(R, "main.go:%d" % 1372, "info", "msg=\"Completed loading of configuration file\" filename=/etc/prometheus/config_out/prometheus.env.yaml totalDuration=%dms db_storage=%dµs remote_storage=%dµs web_handler=%dns query_engine=%dµs scrape=%dµs notify=%dµs rules=%dms" % (R.randint(5, 90), R.randint(1, 9), R.randint(20, 900), R.randint(300, 990), R.randint(1, 9), R.randint(100, 900), R.randint(10, 90), R.randint(1, 40)))
    def n_thanos_ok(R):
        return lv(R, pick(R, ["compact.go:1298", "shipper.go:372", "compact.go:1503"]), "info", pick(R, ["msg=\"compaction iterations done\" group=0@%d" % R.randint(10 ** 18, 10 ** 19 - 1), "msg=\"upload new block\" id=%s" % ulid(R), "msg=\"start of GC\" blocks_marked_for_deletion=%d errors=0" % R.randint(0, 9)]))
    def n_loki_query(R):
        # Loki query-frontend stats line: the query text searches for "error", the query itself succeeded
        return lv(R, "metrics.go:%d" % 159, "info", "component=frontend org_id=fake traceID=%s latency=%s query=\"{namespace=\\\"%s\\\"} |= \\\"%s\\\"\" query_hash=%d query_type=filter range_type=range length=%s step=%s duration=%s status=200 limit=1000 returned_lines=%d throughput=%dMB total_bytes=%dMB total_entries=%d" % (
            hexs(R, 16), pick(R, ["fast", "slow"]), pick(R, NS), pick(R, ["error", "level=error", "panic", "timeout", "Exception"]), R.randint(10 ** 9, 4 * 10 ** 9), pick(R, ["1h0m0s", "6h0m0s", "24h0m0s"]), pick(R, ["14s", "1m0s"]), "%d.%ss" % (R.randint(0, 9), digits(R, 3)), R.randint(0, 1000), R.randint(1, 900), R.randint(1, 9000), R.randint(0, 1000)))
    def n_loki_429(R):
        # a tenant's promtail exceeding its ingestion limit: rejected with 429, promtail backs off
        return lv(R, "push.go:%d" % 160, "warn", "org_id=fake msg=\"push request failed\" code=429 err=\"Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest '%d' lines totaling '%d' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased\"" % (R.randint(100, 9000), R.randint(100000, 9000000)))
    def n_loki_flush_ok(R):
        return lv(R, "flush.go:%d" % 167, "debug", "org_id=fake msg=\"flushing stream\" fp=%s immediate=false num_chunks=%d labels=\"{app=\\\"%s\\\", namespace=\\\"%s\\\"}\"" % (hexs(R, 16), R.randint(1, 5), pick(R, ["payments-api", "orders-api", "ledger", "notify"]), pick(R, NS)))
    def n_grafana_req(R):
        path, handler = pick(R, [("/api/dashboards/uid/%s" % alnum(R, 9), "/api/dashboards/uid/:uid"), ("/api/search", "/api/search/"), ("/api/annotations", "/api/annotations"), ("/api/ds/query", "/api/ds/query")])
        return gf(R, "context", "info", "userId=%d orgId=1 uname=%s msg=\"Request Completed\" method=%s path=%s status=%d remote_addr=%s time_ms=%d duration=%dms size=%d referer= handler=%s" % (R.randint(2, 90), pick(R, ["mkhan", "jlee", "oncall-bot", "aruiz"]), "POST" if path == "/api/ds/query" else "GET", path, pick(R, [200, 200, 304]) if path != "/api/ds/query" else 200, ip10(R, 64), R.randint(1, 400), R.randint(1, 400), R.randint(100, 90000), handler))
    def n_grafana_login(R):
        return gf(R, "authn.service", "warn", "msg=\"Failed to authenticate request\" client=auth.client.form error=\"[password-auth.failed] failed to authenticate identity: [identity.not-found] no user found\" remote_addr=%s" % ip10(R, 64))
    def n_grafana_misc(R):
        return gf(R, pick(R, ["cleanup", "plugins.update.checker", "infra.usagestats", "ngalert.state.manager"]), "info", pick(R, ["msg=\"Completed cleanup jobs\" duration=%dms", "msg=\"Update check succeeded\" duration=%dms", "msg=\"Usage stats are ready to report\" #%d", "msg=\"State cache has been initialized\" states=%d duration=1.2ms"]) % R.randint(1, 900))
    def n_grafana_eval_ok(R):
        return gf(R, "ngalert.scheduler", "debug", "rule_uid=%s org_id=1 version=%d attempt=0 msg=\"Alert rule evaluated\" results=%d duration=%dms" % (alnum(R, 9), R.randint(1, 9), R.randint(1, 30), R.randint(5, 900)))
    def n_am_ok(R):
        return gk(R, pick(R, ["cluster.go:708", "coordinator.go:126", "notify.go:848"]), pick(R, ["info", "info", "debug"]), pick(R, ["component=cluster msg=\"gossip settled; proceeding\" elapsed=%d.%ss" % (R.randint(10, 20), digits(R, 3)), "component=configuration msg=\"Completed loading of configuration file\" file=/etc/alertmanager/config_out/alertmanager.env.yaml #%d" % R.randint(1, 99), "component=dispatcher receiver=plat-oncall integration=pagerduty[0] aggrGroup=\"{}:{alertname=\\\"%s\\\"}\" msg=\"Notify success\" attempts=1" % pick(R, ["KubePodCrashLooping", "TargetDown", "HighErrorRate", "Watchdog"])]))
    def n_am_resolved(R):
        return gk(R, "notify.go:%d" % 848, "debug", "component=dispatcher receiver=plat-oncall integration=pagerduty[0] aggrGroup=\"{}:{alertname=\\\"%s\\\"}\" alerts=[%s[%s][resolved]] msg=\"flushing\"" % ((lambda a: (a, a))(pick(R, ["HighErrorRate", "KubeJobFailed", "TargetDown"])) + (hexs(R, 7),)))
    return [n_head, n_compact, n_too_old, n_rw_retry, n_reload, n_thanos_ok, n_loki_query, n_loki_429, n_loki_flush_ok, n_grafana_req,
            n_grafana_login, n_grafana_misc, n_grafana_eval_ok, n_am_ok, n_am_resolved, n_loki_query, n_grafana_req]


def fam_obs(R):
    return build(R, F2, [("prometheus-amp-remote-write-403-aps-denied", p_amp), ("thanos-compactor-overlap-halt-duplicate-replica-labels", t_overlap),
                         ("loki-ingester-flush-nosuchbucket-renamed", l_flush), ("grafana-rules-deleted-cloudwatch-datasource", g_rule),
                         ("alertmanager-slack-webhook-revoked-404", a_slack)], o_negs())


FAMILIES = {F1: fam_k8s, F2: fam_obs}
