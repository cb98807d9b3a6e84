"""Families: traefik-caddy-json-edge, coredns-etcd-zap-json.

Edge: Traefik v3.1 on EKS (JSON access log and JSON general log on stdout, shipped by Fluent Bit) in front of the
shop, and Caddy 2.7.6 on ECS Fargate (JSON logs via the awslogs driver) for the status page and the reports app.
Caddy 2.7 still writes access-log entries with status >= 400 at level "error" (changed in 2.8).
DNS/KV: CoreDNS on EKS (text; log and errors plugins) and on a self-managed kubeadm cluster on EC2 ("lab"), and a
3-member etcd on EC2 for that cluster (zap JSON through the CloudWatch agent)."""
from common import (hexs, alnum, lower, digits, uuid, ip10, pubip, pick, build, jd, ts_ns, epoch_f, inst, ACCT, REGION)

# ---------------------------------------------------------------- traefik-caddy-json-edge
F1 = "traefik-caddy-json-edge"
UAS = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "tallowfin-ios/4.12.0 (iPhone; iOS 17.6)", "okhttp/4.12.0", "curl/8.9.1", "Go-http-client/2.0"]


def tr_access(R, status, router, service, path, method="GET", origin=None, svc_addr=None, dur=None, user="-", retries=0):
    ip = pubip(R)
    port = R.randint(1024, 65535)
    d = dur if dur is not None else R.randint(300000, 90000000)
    o = status if origin is None else origin
    start = ts_ns(R, 9)
    rec = {"ClientAddr": "%s:%d" % (ip, port), "ClientHost": ip, "ClientPort": str(port), "ClientUsername": user,
           "DownstreamContentSize": R.randint(0, 40000) if status < 500 else pick(R, [11, 19, 21]), "DownstreamStatus": status,
           "Duration": d, "OriginContentSize": R.randint(0, 40000) if o else 0, "OriginDuration": max(d - R.randint(10000, 200000), 0) if o else 0,
           "OriginStatus": o, "Overhead": R.randint(10000, 200000), "RequestAddr": "shop.tallowfin.example", "RequestContentSize": R.randint(0, 4000) if method != "GET" else 0,
           "RequestCount": R.randint(1000, 9999999), "RequestHost": "shop.tallowfin.example", "RequestMethod": method, "RequestPath": path,
           "RequestPort": "-", "RequestProtocol": pick(R, ["HTTP/2.0", "HTTP/1.1"]), "RequestScheme": "https", "RetryAttempts": retries,
           "RouterName": router, "StartLocal": start, "StartUTC": start, "entryPointName": "websecure", "level": "info", "msg": "", "time": start}
    if service:
        rec["ServiceName"] = service
        rec["ServiceAddr"] = svc_addr or "%s:8080" % ip10(R, 80)
        rec["ServiceURL"] = "http://%s" % rec["ServiceAddr"]
    rec["request_User-Agent"] = pick(R, UAS)
    return jd(rec)


def tr_log(R, level, message, **kw):
    d = {"level": level}
    d.update(kw)
    d["time"] = ts_ns(R, 0)[:-2] + "Z"
    d["message"] = message
    return jd(d)


def caddy(R, level, logger, msg, **kw):
    d = {"level": level, "ts": float(epoch_f(R)[:17]), "logger": logger, "msg": msg}
    d.update(kw)
    return jd(d)


def caddy_req(R, host, uri, method="GET"):
    ip = pubip(R)
    return {"remote_ip": ip, "remote_port": str(R.randint(1024, 65535)), "client_ip": ip, "proto": pick(R, ["HTTP/2.0", "HTTP/1.1", "HTTP/3.0"]), "method": method,
            "host": host, "uri": uri, "headers": {"User-Agent": [pick(R, UAS)], "Accept": ["*/*"]}, "tls": {"resumed": False, "version": 772, "cipher_suite": 4865, "proto": "h2", "server_name": host}}


def t_acme(R):
    # traefik's IRSA role lost route53:ChangeResourceRecordSets on the new hosted zone; renewals fail
    dom = pick(R, ["shop", "api", "checkout", "img", "partners"]) + ".tallowfin.example"
    return tr_log(R, "error", "Unable to obtain ACME certificate for domains", providerName="letsencrypt.acme", ACME_CA="https://acme-v02.api.letsencrypt.org/directory",
                  routerName="%s@kubernetescrd" % dom.split(".")[0], rule="Host(`%s`)" % dom, domains=[dom],
                  error="unable to generate a certificate for the domains [%s]: error: one or more domains had a problem:\n[%s] [%s] acme: error presenting token: route53: failed to change record set: operation error Route 53: ChangeResourceRecordSets, https response error StatusCode: 403, RequestID: %s, api error AccessDenied: User: arn:aws:sts::%s:assumed-role/plat-prod-traefik/%s is not authorized to perform: route53:ChangeResourceRecordSets on resource: arn:aws:route53:::hostedzone/Z04%s\n" % (dom, dom, dom, uuid(R), ACCT, digits(R, 19), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12))))


def t_missing_svc(R):
    # the orders IngressRoute points at orders-api-v2, which the Helm release named orders-api
    return tr_log(R, "error", "Cannot create service", providerName="kubernetescrd", ingress="orders", namespace="shop", routerName="shop-orders-%s@kubernetescrd" % hexs(R, 20),
                  serviceName="shop-orders-%s" % hexs(R, 20), servicePort=pick(R, ["8080", "http"]), error="kubernetes service not found: shop/orders-api-v2")


def t_inventory_502(R):
    # inventory-api now serves TLS with a cert for inventory.internal; the ServersTransport verifies the pod's service name
    path = pick(R, ["/api/inventory/%d" % R.randint(10000, 99999), "/api/inventory/batch", "/api/inventory/reserve", "/api/cart/%s/stock" % uuid(R)[:8]])
    return tr_access(R, 502, "shop-inventory-%s@kubernetescrd" % "a41c07be9d2f31e86c55", "shop-inventory-api-8443@kubernetescrd", path,
                     method=pick(R, ["GET", "POST"]), origin=0, svc_addr="%s:8443" % ip10(R, 81), dur=R.randint(1000000, 9000000))


def c_reports(R):
    # reports container listens on 9091 since 3.2.0; the Caddyfile still proxies to :9090
    uri = pick(R, ["/reports/monthly?month=2029-%02d" % R.randint(1, 8), "/reports/export.csv", "/reports/%d" % R.randint(100, 9999), "/api/reports/run"])
    return caddy(R, "error", "http.log.error", "dial tcp 127.0.0.1:9090: connect: connection refused", request=caddy_req(R, "reports.tallowfin.example", uri),
                 duration=float("0.00%s" % digits(R, 4)), status=502, err_id=lower(R, 9), err_trace="reverseproxy.statusError (reverseproxy.go:1269)")


def c_acme(R):
    # Caddy's /data is not on EFS: each Fargate restart re-orders certificates until Let's Encrypt rate-limits the name
    host = "status.tallowfin.example"
    err = "HTTP 429 urn:ietf:params:acme:error:rateLimited - Error creating new order :: too many certificates (5) already issued for this exact set of domains in the last 168h0m0s, retry after 2029-09-%02dT%02d:%02d:00Z: see https://letsencrypt.org/docs/duplicate-certificate-limit/" % (R.randint(5, 28), R.randint(0, 23), R.randint(0, 59))
    if R.random() < 0.5:
        return caddy(R, "error", "tls.obtain", "could not get certificate from issuer", identifier=host, issuer="acme-v02.api.letsencrypt.org-directory", error=err)
    return caddy(R, "error", "tls.obtain", "will retry", error="[%s] Obtain: [%s] creating new order: attempt %d: https://acme-v02.api.letsencrypt.org/acme/new-order: %s" % (host, host, R.randint(1, 3), err),
                 attempt=R.randint(1, 9), retrying_in=pick(R, [60, 120, 300, 600, 1200]), elapsed=round(R.uniform(1, 4000), 6), max_duration=2592000)


def e_negs():
    def n_ok(R):
        path = pick(R, ["/", "/products/%d" % R.randint(1000, 99999), "/api/cart", "/api/search?q=%s" % lower(R, 5), "/static/js/app.%s.js" % hexs(R, 8), "/api/inventory/%d" % R.randint(10000, 99999)])
        svc = "shop-inventory-api-8443@kubernetescrd" if "inventory" in path else pick(R, ["shop-storefront-80@kubernetescrd", "shop-cart-api-8080@kubernetescrd", "shop-search-8080@kubernetescrd"])
        return tr_access(R, pick(R, [200, 200, 200, 304, 301]), "shop-%s-%s@kubernetescrd" % (svc.split("-")[1], hexs(R, 20)), svc, path)
    def n_404(R):
        return tr_access(R, 404, "shop-storefront-%s@kubernetescrd" % hexs(R, 20), "shop-storefront-80@kubernetescrd", pick(R, ["/wp-login.php", "/.env", "/.git/config", "/phpmyadmin/", "/products/0", "/xmlrpc.php"]))
    def n_401(R):
        # basicAuth middleware on /admin: wrong or missing credentials
        return tr_access(R, 401, "shop-admin-%s@kubernetescrd" % hexs(R, 20), "", pick(R, ["/admin", "/admin/login", "/admin/orders"]))
    def n_429(R):
        return tr_access(R, 429, "shop-api-%s@kubernetescrd" % hexs(R, 20), "", pick(R, ["/api/search?q=%s" % lower(R, 4), "/api/cart"]), dur=R.randint(20000, 90000))
    def n_499(R):
        return tr_access(R, 499, "shop-search-%s@kubernetescrd" % hexs(R, 20), "shop-search-8080@kubernetescrd", "/api/search?q=%s" % lower(R, 6), origin=0)
    def n_retry_ok(R):
        return tr_access(R, 200, "shop-cart-%s@kubernetescrd" % hexs(R, 20), "shop-cart-api-8080@kubernetescrd", "/api/cart", method="POST", retries=R.randint(1, 2))
    def n_tr_info(R):
        return tr_log(R, pick(R, ["info", "info", "warn"]), pick(R, ["Configuration loaded from flags.", "Starting provider *crd.Provider", "Starting provider *acme.ChallengeTLSALPN", "Testing certificate renew...", "Starting provider *traefik.Provider",
                                                                      "Traefik version 3.1.4 built on 2029-08-22T10:41:09Z", "Stats collection is disabled."]), **({"providerName": "letsencrypt.acme"} if R.random() < 0.3 else {}))
    def n_tr_debug(R):
        return tr_log(R, "debug", "Skipping Kubernetes event kind %s" % pick(R, ["*v1.Endpoints", "*v1.EndpointSlice", "*v1.Secret"]), providerName="kubernetescrd", resourceVersion=str(R.randint(10 ** 7, 10 ** 8)))
    def n_tr_renew_ok(R):
        return tr_log(R, "info", "Certificates obtained for domains [%s.tallowfin.example]" % pick(R, ["docs", "blog", "careers"]), providerName="letsencrypt-http.acme", routerName="%s@kubernetescrd" % lower(R, 6))
    def n_caddy_access(R):
        host = pick(R, ["status.tallowfin.example", "reports.tallowfin.example"])
        uri = pick(R, ["/", "/api/v2/summary.json", "/incidents/%s" % lower(R, 8), "/assets/app-%s.css" % hexs(R, 8)])
        return caddy(R, "info", "http.log.access.log0", "handled request", request=caddy_req(R, host, uri), bytes_read=0, user_id="", duration=round(R.uniform(0.0002, 0.2), 7), size=R.randint(200, 90000), status=pick(R, [200, 200, 304]),
                     resp_headers={"Server": ["Caddy"], "Content-Type": [pick(R, ["text/html; charset=utf-8", "application/json"])]})
    def n_caddy_404(R):
        # Caddy 2.7 logs any access entry with status >= 400 at error level; these are scanners
        host = pick(R, ["status.tallowfin.example", "reports.tallowfin.example"])
        return caddy(R, "error", "http.log.access.log0", "handled request", request=caddy_req(R, host, pick(R, ["/wp-admin/setup-config.php", "/.env", "/owa/auth/logon.aspx", "/cgi-bin/luci", "/favicon.ico", "/robots.txt"])), bytes_read=0, user_id="",
                     duration=round(R.uniform(0.00005, 0.002), 7), size=0, status=404, resp_headers={"Server": ["Caddy"]})
    def n_caddy_401(R):
        return caddy(R, "error", "http.log.access.log0", "handled request", request=caddy_req(R, "reports.tallowfin.example", "/reports/%d" % R.randint(100, 9999)), bytes_read=0, user_id="",
                     duration=round(R.uniform(0.05, 0.4), 7), size=0, status=401, resp_headers={"Server": ["Caddy"], "Www-Authenticate": ["Basic realm=\"restricted\""]})
    def n_caddy_misc(R):
        return caddy(R, pick(R, ["info", "info", "warn"]), pick(R, ["tls.cache.maintenance", "tls", "http", "http.auto_https"]), pick(R, ["started background certificate maintenance", "storage cleaning happened too recently; skipping for now",
                                                                                                                                   "enabling automatic TLS certificate management", "server is listening only on the HTTPS port but has no TLS connection policies; adding one to enable TLS",
                                                                                                                                   "HTTP/2 skipped because it requires TLS", "finished cleaning storage units"]), **({"cache": "0x%s" % hexs(R, 10)} if R.random() < 0.5 else {"domains": ["status.tallowfin.example"]}))
    def n_caddy_renew_ok(R):
        return caddy(R, "info", "tls.renew", "certificate renewed successfully", identifier=pick(R, ["reports.tallowfin.example", "docs-internal.tallowfin.example"]), issuer="acme-v02.api.letsencrypt.org-directory")
    return [n_ok, n_404, n_401, n_429, n_499, n_retry_ok, n_tr_info, n_tr_debug, n_tr_renew_ok, n_caddy_access, n_caddy_404, n_caddy_401, n_caddy_misc, n_caddy_renew_ok, n_ok, n_caddy_access, n_ok]


def fam_edge(R):
    return build(R, F1, [("traefik-acme-route53-new-zone-denied", t_acme), ("traefik-orders-ingressroute-service-v2-missing", t_missing_svc),
                         ("traefik-inventory-tls-backend-502", t_inventory_502), ("caddy-reports-upstream-port-9090-refused", c_reports),
                         ("caddy-acme-rate-limited-ephemeral-storage", c_acme)], e_negs())


# ---------------------------------------------------------------- coredns-etcd-zap-json
F2 = "coredns-etcd-zap-json"
QNAMES = ["payments-api.payments.svc.cluster.local.", "orders-api.orders.svc.cluster.local.", "ledger.ledger.svc.cluster.local.", "kube-dns.kube-system.svc.cluster.local.",
          "sqs.ap-southeast-2.amazonaws.com.", "sts.ap-southeast-2.amazonaws.com.", "api.stripe.com.", "secretsmanager.ap-southeast-2.amazonaws.com."]
ETCD_PEERS = {"etcd-1": "8e9e05c52164694d", "etcd-2": "2d1c7f4e9a0b3c65", "etcd-3": "c91f0a2b7e6d4853"}


def ez(R, level, caller, msg, **kw):
    d = {"level": level, "ts": ts_ns(R, 6), "caller": caller, "msg": msg}
    d.update(kw)
    return jd(d)


def d_timeout(R):
    # CoreDNS pods on two nodes exceed the ENI's linklocal PPS allowance; forwards to the VPC resolver time out
    q = pick(R, ["sqs.ap-southeast-2.amazonaws.com.", "sts.ap-southeast-2.amazonaws.com.", "api.stripe.com.", "secretsmanager.ap-southeast-2.amazonaws.com.", "hooks.slack.com.", "dynamodb.ap-southeast-2.amazonaws.com."])
    return "[ERROR] plugin/errors: 2 %s %s: read udp %s:%d->169.254.169.253:53: i/o timeout" % (q, pick(R, ["A", "AAAA"]), ip10(R, 64), R.randint(30000, 65000))


def d_loop(R):
    # lab cluster: kubelet's resolvConf is /etc/resolv.conf, which points at systemd-resolved's 127.0.0.53 stub
    return "[FATAL] plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone \".\", see https://coredns.io/plugins/loop#troubleshooting. Query: \"HINFO %d.%d.\"" % (R.randint(30000, 65000), R.randint(10 ** 18, 9 * 10 ** 18), R.randint(10 ** 18, 9 * 10 ** 18))


def d_rbac(R):
    # lab cluster upgraded CoreDNS to 1.11 without the EndpointSlice rule in the system:coredns ClusterRole
    return "[ERROR] plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.29.3/tools/cache/reflector.go:229: Failed to watch *v1.EndpointSlice: failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User \"system:serviceaccount:kube-system:coredns\" cannot list resource \"endpointslices\" in API group \"discovery.k8s.io\" at the cluster scope (resourceVersion %d)" % R.randint(10 ** 6, 10 ** 7)


def e_nospace(R):
    # auto-compaction is off on the lab etcd; the backend hit the 2 GiB quota and the NOSPACE alarm blocks all writes
    t = R.randint(0, 2)
    if t == 0:
        return ez(R, "warn", "etcdserver/server.go:%d" % 2301, "alarm raised", alarm="NOSPACE", **{"from": ETCD_PEERS[pick(R, list(ETCD_PEERS))]})
    if t == 1:
        return ez(R, "warn", "etcdserver/util.go:%d" % 170, "failed to apply request", took="%dµs" % R.randint(20, 300), request="header:<ID:%d username:\"kube-apiserver-etcd-client\" auth_revision:1 > txn:<compare:<target:MOD key:\"/registry/%s\" mod_revision:%d > success:<request_put:<key:\"/registry/%s\" value_size:%d >> failure:<>>" % (R.randint(10 ** 18, 9 * 10 ** 18), pick(R, ["leases/kube-node-lease/lab-w%d" % R.randint(1, 9), "events/default/lab-%s" % hexs(R, 6), "pods/default/batch-%s" % lower(R, 5)]), R.randint(10 ** 6, 10 ** 7), "leases/kube-node-lease/lab-w%d" % R.randint(1, 9), R.randint(200, 900)), response="", error="etcdserver: mvcc: database space exceeded")
    return ez(R, "warn", "v3rpc/interceptor.go:%d" % 197, "request stats", **{"start time": ts_ns(R, 6), "time spent": "%dµs" % R.randint(50, 900), "remote": "%s:%d" % (ip10(R, 96), R.randint(30000, 60000)), "response type": "/etcdserverpb.KV/Txn", "request count": 0, "request size": R.randint(200, 900), "response count": 0, "response size": 0, "request content": "compare:<> success:<request_put:<key:\"/registry/events/default/lab-%s\" value_size:%d lease:%d >> failure:<>" % (hexs(R, 6), R.randint(200, 900), R.randint(10 ** 17, 9 * 10 ** 17))}) [:-1] + ",\"error\":\"etcdserver: mvcc: database space exceeded\"}"


def e_peercert(R):
    # etcd-3's peer certificate expired on 2029-09-01 (cert rotation job only covered etcd-1/2)
    t = R.randint(0, 1)
    if t == 0:
        return ez(R, "warn", "rafthttp/probing_status.go:%d" % 82, "prober detected unhealthy status", **{"round-tripper-name": pick(R, ["ROUND_TRIPPER_SNAPSHOT", "ROUND_TRIPPER_RAFT_MESSAGE"]), "remote-peer-id": ETCD_PEERS["etcd-3"], "rtt": "0s",
                  "error": "tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2029-09-%02dT%02d:%02d:%02dZ is after 2029-09-01T00:00:00Z" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))})
    return ez(R, "warn", "embed/config_logging.go:%d" % 287, "rejected connection", **{"remote-addr": "10.96.3.%d:%d" % (R.choice([41]), R.randint(30000, 60000)), "server-name": "", "error": "remote error: tls: bad certificate"})


def de_negs():
    def n_query(R):
        q = pick(R, QNAMES)
        rc = "NOERROR"
        return "[INFO] %s:%d - %d \"%s IN %s udp %d false 512\" %s qr,%srd%s %d %.6fs" % (ip10(R, 64), R.randint(30000, 65000), R.randint(1, 65535), pick(R, ["A", "AAAA"]), q, R.randint(40, 90), rc, "aa," if q.endswith("local.") else "", ",ra" if not q.endswith("local.") else "", R.randint(60, 400), R.uniform(0.00005, 0.02))
    def n_search_nx(R):
        # ndots:5 search-path expansion of external names: NXDOMAIN is the expected answer
        q = pick(R, ["api.stripe.com", "sqs.ap-southeast-2.amazonaws.com", "hooks.slack.com"])
        return "[INFO] %s:%d - %d \"A IN %s.%s.svc.cluster.local. udp %d false 512\" NXDOMAIN qr,aa,rd %d %.6fs" % (ip10(R, 64), R.randint(30000, 65000), R.randint(1, 65535), q, pick(R, ["payments", "orders", "notify"]), R.randint(60, 90), R.randint(140, 190), R.uniform(0.00003, 0.0004))
    def n_reload(R):
        return pick(R, ["[INFO] Reloading", "[INFO] Reloading complete", "[INFO] plugin/reload: Running configuration SHA512 = %s" % hexs(R, 128), "[WARNING] No files matching import glob pattern: custom/*.override", "[WARNING] No files matching import glob pattern: custom/*.server", "CoreDNS-1.11.3\nlinux/amd64, go1.22.7, %s" % hexs(R, 7), ".:53"])
    def n_hinfo(R):
        return "[INFO] 127.0.0.1:%d - %d \"HINFO IN %d.%d. udp 57 false 512\" NXDOMAIN qr,rd,ra 57 %.6fs" % (R.randint(30000, 65000), R.randint(1, 65535), R.randint(10 ** 18, 9 * 10 ** 18), R.randint(10 ** 18, 9 * 10 ** 18), R.uniform(0.0005, 0.01))
    def n_slow_apply(R):
        # occasional slow applies well under the election timeout: EBS gp3 latency spikes during snapshots
        return ez(R, "warn", "etcdserver/util.go:%d" % 170, "apply request took too long", took="%d.%sms" % (R.randint(101, 420), digits(R, 6)), **{"expected-duration": "100ms", "prefix": "read-only range ", "request": "key:\"/registry/%s\" range_end:\"/registry/%s0\" count_only:true " % ((lambda k: (k, k))(pick(R, ["pods/", "configmaps/", "leases/", "services/specs/", "secrets/"]))), "response": "range_response_count:0 size:%d" % R.randint(7, 9)})
    def n_trace(R):
        return ez(R, "info", "traceutil/trace.go:%d" % 171, "trace[%d] range" % R.randint(10 ** 8, 4 * 10 ** 9), detail="{range_begin:/registry/pods/; range_end:/registry/pods0; response_count:%d; response_revision:%d; }" % (R.randint(0, 300), R.randint(10 ** 6, 10 ** 7)), duration="%d.%sms" % (R.randint(100, 300), digits(R, 6)),
                  start=ts_ns(R, 6), end=ts_ns(R, 6), steps=["trace[%d] 'agreement among raft nodes before linearized reading'  (duration: %d.%sms)" % (R.randint(10 ** 8, 4 * 10 ** 9), R.randint(100, 300), digits(R, 6))], step_count=1)
    def n_compact(R):
        caller, msg = pick(R, [("mvcc/index.go:214", "compact tree index"), ("mvcc/kvstore_compaction.go:68", "finished scheduled compaction"), ("etcdserver/server.go:1386", "triggering snapshot")])
        return ez(R, "info", caller, msg, revision=R.randint(10 ** 6, 10 ** 7), **({"took": "%d.%sms" % (R.randint(10, 900), digits(R, 6))} if R.random() < 0.5 else {"local-member-id": ETCD_PEERS["etcd-1"]}))
    def n_readindex(R):
        return ez(R, "warn", "etcdserver/v3_server.go:%d" % 897, "waiting for ReadIndex response took too long, retrying", **{"sent-request-id": R.randint(10 ** 18, 9 * 10 ** 18), "retry-timeout": "500ms"})
    def n_peer_ok(R):
        return ez(R, "info", pick(R, ["rafthttp/peer_status.go:53", "rafthttp/stream.go:249"]), pick(R, ["peer became active", "established TCP streaming connection with remote peer", "set message encoder"]), **{"peer-id": ETCD_PEERS[pick(R, ["etcd-1", "etcd-2"])], "stream-type": pick(R, ["stream Message", "stream MsgApp v2"]), "local-member-id": ETCD_PEERS["etcd-1"]})
    def n_snapshot(R):
        return ez(R, "info", "etcdserver/server.go:%d" % 2423, "saved snapshot", **{"snapshot-index": R.randint(10 ** 6, 10 ** 7), "local-member-id": ETCD_PEERS[pick(R, ["etcd-1", "etcd-2"])]})
    def n_purge(R):
        return ez(R, "info", "fileutil/purge.go:%d" % 85, "purged", path="/var/lib/etcd/member/%s/%016x-%016x.%s" % (pick(R, ["snap", "wal"]), R.randint(1, 9), R.randint(10 ** 6, 10 ** 7), pick(R, ["snap", "wal"])))
    return [n_query, n_search_nx, n_reload, n_hinfo, n_slow_apply, n_trace, n_compact, n_readindex, n_peer_ok, n_snapshot, n_purge, n_query, n_query, n_search_nx]


def fam_dns_kv(R):
    return build(R, F2, [("coredns-vpc-resolver-linklocal-pps-timeouts", d_timeout), ("coredns-lab-loop-systemd-resolved-stub", d_loop),
                         ("coredns-lab-rbac-endpointslices-forbidden", d_rbac), ("etcd-lab-nospace-alarm-no-autocompaction", e_nospace),
                         ("etcd-3-peer-cert-expired", e_peercert)], de_negs())


FAMILIES = {F1: fam_edge, F2: fam_dns_kv}
