"""Families: linkerd-varnish, pgbouncer-proxysql."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- linkerd-varnish
F1 = "linkerd-varnish"

NS = ["payments", "checkout", "catalog", "web"]
SVC = ["ledger", "cart", "search", "frontend", "pricing"]


def uptime(R):
    return "[%12.6fs]" % R.uniform(0.001, 900000)


def lp(R, level, ctx, target, msg):
    return "%s %5s ThreadId(%02d) %s%s: %s" % (uptime(R), level, R.randint(1, 4), ctx, target, msg)


def ctx_out(R):
    ns, s = pick(R, NS), pick(R, SVC)
    return "outbound:proxy{addr=%s:%d}:service{ns=%s name=%s port=%d}:" % (ip10(R), pick(R, [80, 8080, 9090]), ns, s, pick(R, [80, 8080, 9090]))


def ctx_in(R):
    return "inbound:server{port=%d}:rescue{client.addr=%s:%d}:" % (pick(R, [4143, 8080]), ip10(R), port(R))


def logrus(R, level, msg, **kv):
    extra = "".join(" %s=%s" % (k, v) for k, v in kv.items())
    return 'time="%s" level=%s msg="%s"%s' % (iso(R, 0), level, msg, extra)


DOW = {1: "Tue", 2: "Wed", 3: "Thu", 4: "Fri", 5: "Sat", 6: "Sun"}


def httpdate(R, d=None, t=None):
    d = d or day(R)
    return "%s, %02d Dec 2026 %s GMT" % (DOW[d], d, t or hms(R))


def vsd(R, d=None, t=None):
    return "Dec %2d %s varnish-%d varnishd[%d]: " % (d or day(R), t or hms(R), R.randint(1, 3), R.randint(800, 2000))


def g_identity_token(R):
    return lp(R, "ERROR", "", "linkerd_app::env", "Could not read LINKERD2_PROXY_IDENTITY_TOKEN_FILE=/var/run/secrets/tokens/linkerd-identity-token error=No such file or directory (os error 2)") if R.random() < 0.6 else \
        lp(R, "ERROR", "", "linkerd2_proxy", "Invalid configuration: invalid environment variable: LINKERD2_PROXY_IDENTITY_TOKEN_FILE (pod %s-%s-%s)" % (pick(R, SVC), hexs(R, 10), lower(R, 5)))


def g_admin_bind(R):
    return lp(R, "ERROR", "", "linkerd2_proxy", "Failed to bind admin listener addr=0.0.0.0:4191 error=Address already in use (os error 98) pid=%d" % R.randint(1, 40))


def g_certify(R):
    return lp(R, "ERROR", "identity:identity{server.addr=linkerd-identity-headless.linkerd.svc.cluster.local:8080}:controller{addr=%s:8080}:" % ip10(R),
              "linkerd_proxy_identity_client::certify", 'Failed to obtain identity error=status: Unavailable, message: "issuer certificate has expired", details: [], metadata: MetadataMap { headers: {"content-type": "application/grpc", "date": "%s"} } retry_in=%ds' % (httpdate(R), pick(R, [1, 2, 4, 8, 16, 32])))


def g_dst_forbidden(R):
    return logrus(R, "error", 'failed to list *v1.EndpointSlice: endpointslices.discovery.k8s.io is forbidden: User \\"system:serviceaccount:linkerd:linkerd-destination\\" cannot list resource \\"endpointslices\\" in API group \\"discovery.k8s.io\\" at the cluster scope',
                  component="endpoints-watcher", pod="linkerd-destination-%s-%s" % (hexs(R, 10), lower(R, 5)))


def g_issuer_expired(R):
    sa = "%s.%s.serviceaccount.identity.linkerd.cluster.local" % (pick(R, SVC), pick(R, NS))
    return logrus(R, "error", "failed to issue certificate for %s: issuer certificate expired at 2026-11-30T00:00:00Z" % sa, component="identity")


def g_injector(R):
    return logrus(R, "error", "failed to run webhook handler. Reason: could not parse annotation config.linkerd.io/proxy-cpu-limit=%s: quantities must match the regular expression" % pick(R, ["1 core", "500 m", "half", "2cpu"]),
                  component="proxy-injector", uid=uuid(R))


def g_check_pods(R):
    return "\n".join([
        "linkerd-existence",
        "-----------------",
        "√ 'linkerd-config' config map exists",
        "√ heartbeat ServiceAccount exist",
        "√ control plane replica sets are ready",
        "× control plane pods are ready",
        '    No running pods for "linkerd-destination" (checked %d times over %ds)' % (R.randint(2, 30), R.randint(10, 300)),
        "    see https://linkerd.io/2/checks/#l5d-api-control-ready for hints",
        "",
        "Status check results are ×",
    ])


def g_check_issuer(R):
    return "\n".join([
        "linkerd-identity",
        "----------------",
        "√ certificate config is valid",
        "√ trust anchors are using supported crypto algorithm",
        "√ trust anchors are within their validity period",
        "× issuer cert is within its validity period",
        "    issuer certificate is not valid anymore. Expired on 2026-11-30T00:00:00Z (%d days ago)" % R.randint(1, 6),
        "    see https://linkerd.io/2/checks/#l5d-identity-issuer-cert-is-time-valid for hints",
        "",
        "Status check results are ×",
    ])


def g_mc_probe(R):
    return logrus(R, "error", 'Failed to probe gateway linkerd-gateway in namespace linkerd-multicluster of cluster eu-west: Get \\"http://%s:4191/ready\\": context deadline exceeded' % ip10(R),
                  **{"probe-key": "eu-west", "attempt": str(R.randint(1, 60))})


def g_varnish_panic(R):
    c = R.randint(20000, 90000)
    d, t = day(R), hms(R)
    pre = vsd(R, d, t)
    return "\n".join([
        "%sChild (%d) died signal=6 (core dumped)" % (pre, c),
        "%sChild (%d) Panic at: %s" % (pre, c, httpdate(R, d, t)),
        "Assert error in ObjGetSpace(), cache/cache_obj.c line %d:" % pick(R, [197, 198]),
        "  Condition((oc->boc) != 0) not true.",
        "version = varnish-7.5.0 revision %s, vrt api = 19.1" % hexs(R, 40),
        "ident = Linux,6.1.%d-amzn2023.x86_64,x86_64,-junix,-smalloc,-sdefault,-hcritbit,epoll" % R.randint(100, 160),
        "now = %.6f (mono), %.6f (real)" % (R.uniform(1000, 900000), R.uniform(1796000000, 1796400000)),
        "Backtrace:",
        "  ip=0x%s sp=0x7f%s <VBT_format+0x35>" % (hexs(R, 12), hexs(R, 10)),
        "  ip=0x%s sp=0x7f%s <pan_ic+0x34b>" % (hexs(R, 12), hexs(R, 10)),
        "  ip=0x%s sp=0x7f%s <VAS_Fail+0x47>" % (hexs(R, 12), hexs(R, 10)),
        "  ip=0x%s sp=0x7f%s <ObjGetSpace+0x1d2>" % (hexs(R, 12), hexs(R, 10)),
        "thread = (cache-worker)",
    ])


def g_vcl_compile(R):
    ln = R.randint(40, 48)
    return "\n".join([
        "%sError:" % vsd(R),
        "Message from VCC-compiler:",
        "Expected ';' got '}'",
        "('/etc/varnish/default.vcl' Line %d Pos %d)" % (ln, R.randint(3, 9)),
        "    }",
        "----#",
        "",
        "Running VCC-compiler failed, exited with 2",
        "VCL compilation failed",
    ])


def g_cli_timeout(R):
    c = R.randint(20000, 90000)
    pre = vsd(R)
    return "%sChild (%d) not responding to CLI, killed it.\n%sUnexpected reply from ping: 400 CLI communication error (hdr)" % (pre, c, pre)


def g_fetch_fbt(R):
    v = R.randint(10**5, 10**8)
    return "\n".join([
        "*   << BeReq    >> %d" % v,
        "-   Begin          bereq %d fetch" % (v - R.randint(1, 9)),
        "-   BereqURL       /api/v2/orders/%d" % R.randint(10**5, 10**7),
        "-   BackendOpen    %d orders_api %s 8080 %s %d connect" % (R.randint(20, 90), ip10(R), ip10(R), port(R)),
        "-   FetchError     first byte timeout",
        "-   BackendClose   %d orders_api close Receive timeout" % R.randint(20, 90),
        "-   Timestamp      Beresp: %.6f %.6f %.6f" % (R.uniform(1796000000, 1796400000), R.uniform(60, 61), R.uniform(60, 61)),
        "-   BerespStatus   503",
        "-   End",
    ])


def g_storage(R):
    v = R.randint(10**5, 10**8)
    return "\n".join([
        "*   << BeReq    >> %d" % v,
        "-   BereqURL       /media/%s/%s.mp4" % (hexs(R, 2), hexs(R, 16)),
        "-   BerespStatus   200",
        "-   Storage        malloc s0",
        "-   FetchError     Could not get storage",
        "-   BackendClose   %d media_origin close" % R.randint(20, 90),
        "-   End",
    ])


def g_went_sick(R):
    return "0 Backend_health - boot.api_%d Went sick -------H %d %d %d %.6f %.6f \"HTTP/1.1 503 Service Unavailable\"" % (
        R.randint(1, 4), R.randint(2, 3), 3, 5, 0.0, R.uniform(0.001, 0.05))


def g_socket(R):
    return "%sError: Could not get socket :80: Address already in use\n(-? gone)\nvarnishd exited with status 2" % vsd(R)


def n_proxy_start(R):
    return pick(R, [
        lp(R, "INFO", "", "linkerd2_proxy", "Admin interface on 0.0.0.0:4191"),
        lp(R, "INFO", "", "linkerd2_proxy", "Inbound interface on 0.0.0.0:4143"),
        lp(R, "INFO", "", "linkerd2_proxy", "Outbound interface on 127.0.0.1:4140"),
        lp(R, "INFO", "", "linkerd2_proxy", "SNI is %s.%s.serviceaccount.identity.linkerd.cluster.local" % (pick(R, SVC), pick(R, NS))),
        lp(R, "INFO", "", "linkerd2_proxy", "Destinations resolved via linkerd-dst-headless.linkerd.svc.cluster.local:8086 (linkerd-destination.linkerd.serviceaccount.identity.linkerd.cluster.local)"),
        lp(R, "INFO", "daemon:identity: ", "linkerd_app", "Certified identity id=%s.%s.serviceaccount.identity.linkerd.cluster.local" % (pick(R, SVC), pick(R, NS))),
    ])


def n_proxy_closed(R):
    return lp(R, "INFO", "outbound:accept{client.addr=%s:%d}:" % (ip10(R), port(R)), "linkerd_app_core::serve", "Connection closed error=connection closed before message completed client.addr=%s:%d" % (ip10(R), port(R)))


def n_proxy_respond(R):
    return lp(R, "INFO", ctx_out(R), "linkerd_app_core::errors::respond", "HTTP/1.1 request failed error=logical service %s.%s.svc.cluster.local:8080: service in fail-fast error.sources=[service in fail-fast]" % (pick(R, SVC), pick(R, NS)))


def n_proxy_grpc(R):
    return lp(R, "INFO", ctx_in(R), "linkerd_app_core::errors::respond", "gRPC request failed error=client %s:%d: server: %s:4143: unauthorized request on route" % (ip10(R), port(R), ip10(R)))


def n_proxy_reconnect(R):
    return lp(R, "WARN", ctx_out(R) + "endpoint{addr=%s:8080}:" % ip10(R), "linkerd_reconnect", "Failed to connect error=Connection refused (os error 111)")


def n_proxy_policy(R):
    return lp(R, "WARN", "watch{port=%d}:" % pick(R, [8080, 9090, 4191]), "linkerd_app_inbound::policy::api", "Unexpected policy controller response; retrying with a backoff grpc.status=Unavailable grpc.message=\"%s\"" % pick(R, ["connection reset", "upstream connect error", "timeout"]))


def n_cp_info(R):
    return pick(R, [
        logrus(R, "info", "running version stable-2.14.%d" % R.randint(1, 10)),
        logrus(R, "info", "starting admin server on :%d" % pick(R, [9990, 9996, 9997])),
        logrus(R, "info", "Updated endpoints for %s.%s:8080 (%d addresses, 0 errors)" % (pick(R, SVC), pick(R, NS), R.randint(1, 20)), component="endpoints-watcher"),
        logrus(R, "info", "issued certificate for %s.%s.serviceaccount.identity.linkerd.cluster.local until 2026-12-%02dT%sZ" % (pick(R, SVC), pick(R, NS), R.randint(5, 7), hms(R)), component="identity"),
    ])


def n_cp_warn(R):
    return logrus(R, "warning", "failed to retrieve workload %s-%s from the k8s API; retrying (attempt %d)" % (pick(R, SVC), lower(R, 5), R.randint(1, 3)), component="workload-watcher")


def n_check_ok(R):
    return "\n".join([
        "linkerd-identity", "----------------",
        "√ certificate config is valid",
        "√ trust anchors are within their validity period",
        "√ issuer cert is within its validity period",
        "‼ issuer cert is valid for at least 60 days",
        "    issuer certificate will expire on 2027-01-%02dT00:00:00Z" % R.randint(1, 28),
        "    see https://linkerd.io/2/checks/#l5d-identity-issuer-cert-not-expiring-soon for hints",
        "",
        "Status check results are √",
    ])


def n_varnish_start(R):
    c = R.randint(20000, 90000)
    pre = vsd(R)
    return pick(R, [
        "%sChild (%d) Started" % (pre, c),
        "%sChild (%d) said Child starts" % (pre, c),
        "%sChild launched OK" % pre,
        "%sVersion: varnish-7.5.0 revision %s" % (pre, hexs(R, 40)),
        "%sPlatform: Linux,6.1.%d-amzn2023.x86_64,x86_64,-junix,-smalloc,-sdefault,-hcritbit" % (pre, R.randint(100, 160)),
        "%sManager got SIGINT" % pre,
    ])


def n_back_healthy(R):
    return "0 Backend_health - boot.api_%d %s 4---X-RH %d %d %d %.6f %.6f \"HTTP/1.1 200 OK\"" % (
        R.randint(1, 4), pick(R, ["Back healthy", "Still healthy"]), 3, 3, 5, R.uniform(0.001, 0.05), R.uniform(0.001, 0.05))


def n_ncsa(R):
    st = pick(R, [200, 200, 200, 304, 404, 503])
    return '%s - - [%02d/Dec/2026:%s +0000] "GET http://www.example.com/api/v2/orders/%d HTTP/1.1" %d %d "-" "Mozilla/5.0 (X11; Linux x86_64)" %s %.6f' % (
        ipdoc(R), day(R), hms(R), R.randint(10**5, 10**7), st, R.randint(0, 90000), pick(R, ["hit", "miss", "pass"]), R.uniform(0, 2))


def n_vsl_ok(R):
    v = R.randint(10**5, 10**8)
    return "\n".join([
        "*   << Request  >> %d" % v,
        "-   ReqURL         /api/v2/catalog/%d" % R.randint(1, 99999),
        "-   VCL_call       HIT",
        "-   VCL_Log        cache hit, errors=0 retries=0",
        "-   RespStatus     200",
        "-   End",
    ])


def n_stat(R):
    return pick(R, [
        "MAIN.fetch_failed              0         0.00 Fetch failed (all causes)",
        "MAIN.backend_fail              0         0.00 Backend conn. failures",
        "MAIN.cache_hit          %10d       %6.2f Cache hits" % (R.randint(10**6, 10**9), R.uniform(10, 900)),
        "MAIN.n_lru_nuked        %10d         0.00 Number of LRU nuked objects" % R.randint(0, 900),
    ]) + " " * R.randint(0, 2)


def linkerd_varnish(R):
    groups = [
        ("linkerd-proxy-identity-token-file-missing", g_identity_token),
        ("linkerd-proxy-admin-port-in-use", g_admin_bind),
        ("linkerd-proxy-certify-issuer-expired", g_certify),
        ("linkerd-destination-endpointslices-forbidden", g_dst_forbidden),
        ("linkerd-identity-issue-cert-issuer-expired", g_issuer_expired),
        ("linkerd-injector-bad-cpu-limit-annotation", g_injector),
        ("linkerd-check-control-plane-pods-not-ready", g_check_pods),
        ("linkerd-check-issuer-cert-expired", g_check_issuer, 5),
        ("linkerd-multicluster-gateway-probe-timeout", g_mc_probe),
        ("varnish-child-panic-objgetspace", g_varnish_panic),
        ("varnish-vcl-compilation-failed", g_vcl_compile),
        ("varnish-child-cli-timeout-killed", g_cli_timeout),
        ("varnish-orders-api-first-byte-timeout", g_fetch_fbt),
        ("varnish-media-could-not-get-storage", g_storage),
        ("varnish-backend-api-went-sick", g_went_sick),
        ("varnish-listen-port-80-in-use", g_socket),
    ]
    negs = [n_proxy_start, n_proxy_closed, n_proxy_respond, n_proxy_grpc, n_proxy_reconnect, n_proxy_policy, n_cp_info, n_cp_warn,
            n_check_ok, n_varnish_start, n_back_healthy, n_ncsa, n_vsl_ok, n_stat]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- pgbouncer-proxysql
F2 = "pgbouncer-proxysql"

DBS = [("orders", "app"), ("reports", "etl"), ("billing", "billing_rw"), ("auth", "auth_svc")]


def pbts(R):
    return "2026-12-%02d %s.%s UTC [%d]" % (day(R), hms(R), ms(R), R.randint(1, 40))


def cptr(R, side):
    return "%s-0x%s" % (side, "55" + hexs(R, 10))


def psq(R, src, level, msg):
    return "2026-12-%02d %s %s: [%s] %s" % (day(R), hms(R), src, level, msg)


def ppts(R, proc=None):
    return "2026-12-%02d %s.%s: %s pid %d: " % (day(R), hms(R), ms(R), proc or pick(R, ["main", "child", "health_check0", "health_check1", "psql"]), R.randint(100, 90000))


def rpts(R):
    return iso(R, 3)


def g_pgb_scram(R):
    db, u = DBS[1]
    return "%s ERROR %s: %s/%s@%s:5432 cannot do SCRAM authentication: wrong password type" % (pbts(R), cptr(R, "S"), db, u, ip10(R))


def g_pgb_pwauth(R):
    db, u = DBS[2]
    return "%s ERROR %s: %s/%s@%s:5432 server login failed: FATAL password authentication failed for user \"%s\"" % (pbts(R), cptr(R, "S"), db, u, ip10(R), u)


def g_pgb_accept(R):
    return "%s ERROR accept() failed: Too many open files" % pbts(R) if R.random() < 0.7 else "%s ERROR accept() failed: Too many open files (fd %d)" % (pbts(R), R.randint(1000, 65535))


def g_pgb_config(R):
    if R.random() < 0.5:
        return "%s ERROR syntax error in configuration (/etc/pgbouncer/pgbouncer.ini:%d), stopping loading" % (pbts(R), R.randint(20, 34))
    return "%s FATAL cannot load config file" % pbts(R)


def g_pgb_listen(R):
    return "%s FATAL listen: bind(0.0.0.0:6432): Address already in use" % pbts(R)


def g_psq_shun(R):
    return psq(R, "MySQL_Monitor.cpp:%d:monitor_ping()" % pick(R, [3051, 3052]), "ERROR",
               "Server %s:3306 missed 3 heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online." % ip10(R))


def g_psq_connect(R):
    a = ip10(R)
    return psq(R, "mysql_connection.cpp:%d:handler()" % pick(R, [1322, 1323]), "ERROR",
               "Failed to mysql_real_connect() on %d:%s:3306 , FD (Conn:%d , MyDS:%d) , 2002: Can't connect to server on '%s' (%d)." % (pick(R, [10, 20]), a, R.randint(0, 90), R.randint(10, 200), a, pick(R, [110, 113, 111])))


def g_psq_monitor_denied(R):
    a = ip10(R)
    return psq(R, "MySQL_Monitor.cpp:%d:monitor_connect_thread()" % pick(R, [1190, 1191]), "ERROR",
               "Failed to mysql_real_connect() on %s:3306 , FD (Conn:%d , MyDS:%d) , 1045: Access denied for user 'monitor'@'%s' (using password: YES)." % (a, R.randint(0, 90), R.randint(10, 200), ip10(R)))


def g_psq_watchdog(R):
    return psq(R, "main.cpp:%d:main()" % pick(R, [1740, 1741]), "ERROR", "Watchdog: %d threads missed a heartbeat" % R.randint(1, 16))


def g_psq_errsec(R):
    return psq(R, "MySQL_HostGroups_Manager.cpp:%d:connect_error()" % pick(R, [1020, 1021]), "ERROR",
               "Shunning server %s:3306 with %d errors/sec. Shunning for %d seconds" % (ip10(R), R.randint(5, 40), pick(R, [10, 10, 30])))


def g_pp_persist(R):
    a = ip10(R)
    return "%sERROR:  failed to make persistent db connection\n%sDETAIL:  connection to host:\"%s:5432\" failed" % ((lambda p: (p, p))(ppts(R, pick(R, ["child", "sr_check_worker", "health_check1"]))) + (a,))


def g_pp_scram(R):
    p = ppts(R, pick(R, ["child", "health_check0", "health_check1"]))
    return "%sERROR:  failed to authenticate with backend using SCRAM\n%sDETAIL:  valid password not found" % (p, p)


def g_pp_hba(R):
    p = ppts(R, "child")
    return '%sFATAL:  client authentication failed\n%sDETAIL:  no pool_hba.conf entry for host "%s", user "report_ro", database "reports", SSL off' % (p, p, ip10(R))


def g_rdsproxy_secret(R):
    return "%s [ERROR] [proxyEndpoint=default] [clientConnection=%d] The proxy couldn't authenticate to the database using the secret arn:aws:secretsmanager:us-east-1:111122223333:secret:rds-proxy/orders-%s: AccessDeniedException" % (
        rpts(R), R.randint(10**9, 4 * 10**9), alnum(R, 6))


def g_rdsproxy_maxconn(R):
    return "%s [ERROR] [proxyEndpoint=default] [dbConnection=%d] The database connection couldn't be established: FATAL: remaining connection slots are reserved for non-replication superuser and rds_superuser connections" % (
        rpts(R), R.randint(10**9, 4 * 10**9))


def n_pgb_login(R):
    db, u = pick(R, DBS)
    return "%s LOG %s: %s/%s@%s:%d login attempt: db=%s user=%s tls=%s" % (pbts(R), cptr(R, "C"), db, u, ip10(R), port(R), db, u, pick(R, ["no", "TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=X25519"]))


def n_pgb_close(R):
    db, u = pick(R, DBS)
    return "%s LOG %s: %s/%s@%s:%d closing because: %s (age=%ds)" % (pbts(R), cptr(R, "C"), db, u, ip10(R), port(R), pick(R, ["client close request", "client unexpected eof", "server login failed: wrong password type", "query_wait_timeout"]), R.randint(0, 9000))


def n_pgb_server_close(R):
    db, u = pick(R, DBS)
    return "%s LOG %s: %s/%s@%s:5432 closing because: %s (age=%ds)" % (pbts(R), cptr(R, "S"), db, u, ip10(R), pick(R, ["server idle timeout", "server lifetime over", "unclean server"]), R.randint(0, 9000))


def n_pgb_stats(R):
    return "%s LOG stats: %d xacts/s, %d queries/s, %d client parses/s, %d server parses/s, %d binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us" % (
        pbts(R), R.randint(0, 900), R.randint(0, 3000), 0, 0, 0, R.randint(0, 10**6), R.randint(0, 10**7), R.randint(100, 90000), R.randint(100, 9000), R.randint(0, 900))


def n_pgb_warn(R):
    db, u = pick(R, DBS)
    return pick(R, [
        "%s WARNING %s: (nodb)/(nouser)@%s:%d pooler error: no more connections allowed (max_client_conn)" % (pbts(R), cptr(R, "C"), ip10(R), port(R)),
        "%s WARNING %s: %s/%s@%s:%d pooler error: query_wait_timeout" % (pbts(R), cptr(R, "C"), db, u, ip10(R), port(R)),
        "%s WARNING %s: %s/%s@%s:5432 connect failed, retrying in %ds" % (pbts(R), cptr(R, "S"), db, u, ip10(R), pick(R, [15, 15, 30])),
    ])


def n_pgb_start(R):
    return pick(R, [
        "%s LOG kernel file descriptor limit: %d (hard: %d); max_client_conn: %d, max expected fd use: %d" % (pbts(R), 65536, 65536, pick(R, [1000, 2000, 5000]), R.randint(1000, 9000)),
        "%s LOG listening on 0.0.0.0:6432" % pbts(R),
        "%s LOG process up: PgBouncer 1.23.1, libevent 2.1.12-stable (epoll), adns: c-ares 1.19.1, tls: OpenSSL 3.0.8" % pbts(R),
        "%s LOG got SIGHUP, re-reading config" % pbts(R),
    ])


def n_psq_info(R):
    return pick(R, [
        "2026-12-%02d %s [INFO] ProxySQL version 2.6.%d-%d-g%s" % (day(R), hms(R), R.randint(0, 6), R.randint(1, 90), hexs(R, 8)),
        "2026-12-%02d %s [INFO] Received LOAD MYSQL SERVERS TO RUNTIME command" % (day(R), hms(R)),
        "2026-12-%02d %s [INFO] Angel process started ProxySQL process %d" % (day(R), hms(R), R.randint(100, 90000)),
        psq(R, "MySQL_HostGroups_Manager.cpp:%d:update_on_hostgroup_change()" % R.randint(3000, 3100), "INFO", "Re-enabling server %s:3306 from HG %d with status ONLINE after %d seconds" % (ip10(R), pick(R, [10, 20]), R.randint(10, 600))),
    ])


def n_psq_warn(R):
    return pick(R, [
        psq(R, "MySQL_Session.cpp:%d:handler_minus1_LogErrorDuringQuery()" % R.randint(4700, 4800), "WARNING",
            "Error during query on (%d,%s,3306,%d): 1146, Table 'shop.cart_items_v2' doesn't exist" % (pick(R, [10, 20]), ip10(R), R.randint(1000, 90000))),
        psq(R, "MySQL_Monitor.cpp:%d:monitor_replication_lag_thread()" % R.randint(2100, 2200), "WARNING",
            "Shunning server %s:3306 from HG %d with replication lag of %d second, count number: '%d'" % (ip10(R), 20, R.randint(31, 300), R.randint(1, 3))),
        psq(R, "MySQL_Thread.cpp:%d:process_all_sessions()" % R.randint(3900, 4000), "WARNING",
            "Closing unhealthy client connection %s:%d" % (ip10(R), port(R))),
    ])


def n_pp_log(R):
    p = ppts(R)
    return pick(R, [
        "%sLOG:  health check failed on node %d (timeout:0)" % (p, R.randint(0, 2)),
        "%sLOG:  new connection received\n%sDETAIL:  connecting host=%s port=%d" % (p, p, ip10(R), port(R)),
        "%sLOG:  node status was chenged to up\n%sDETAIL:  the postmaster on node %d became reachable again (0 errors)" % (p, p, R.randint(0, 2)),
        "%sLOG:  pool_reuse_block: blockid: %d" % (p, R.randint(0, 90)),
        "%sWARNING:  failover/failback is in progress, skipping health check on node %d" % (p, R.randint(0, 2)),
    ])


def n_rdsproxy(R):
    c = R.randint(10**9, 4 * 10**9)
    return pick(R, [
        "%s [INFO] [proxyEndpoint=default] [clientConnection=%d] A new client connected from %s:%d." % (rpts(R), c, ip10(R), port(R)),
        "%s [INFO] [proxyEndpoint=default] [clientConnection=%d] The client connection closed. Reason: The client closed the connection." % (rpts(R), c),
        "%s [WARN] [proxyEndpoint=default] [clientConnection=%d] The client session was pinned to the database connection [dbConnection=%d] for the remainder of the session. The proxy can't reuse this connection until the session ends. Reason: SQL changed session settings that the proxy doesn't track." % (rpts(R), c, R.randint(10**9, 4 * 10**9)),
        "%s [INFO] [dbConnection=%d] A new database connection successfully authenticated with TLS on." % (rpts(R), c),
    ])


def pgbouncer_proxysql(R):
    groups = [
        ("pgbouncer-reports-scram-wrong-password-type", g_pgb_scram),
        ("pgbouncer-billing-server-password-auth-failed", g_pgb_pwauth),
        ("pgbouncer-accept-too-many-open-files", g_pgb_accept),
        ("pgbouncer-config-syntax-error", g_pgb_config),
        ("pgbouncer-listen-6432-in-use", g_pgb_listen),
        ("proxysql-monitor-ping-missed-heartbeats", g_psq_shun),
        ("proxysql-backend-connect-2002", g_psq_connect),
        ("proxysql-monitor-user-access-denied-1045", g_psq_monitor_denied),
        ("proxysql-watchdog-threads-missed-heartbeat", g_psq_watchdog),
        ("proxysql-shunning-errors-per-second", g_psq_errsec),
        ("pgpool-persistent-db-connection-failed", g_pp_persist),
        ("pgpool-backend-scram-no-valid-password", g_pp_scram),
        ("pgpool-no-pool-hba-entry-report-ro", g_pp_hba),
        ("rds-proxy-secret-access-denied", g_rdsproxy_secret),
        ("rds-proxy-db-connection-slots-reserved", g_rdsproxy_maxconn),
    ]
    negs = [n_pgb_login, n_pgb_close, n_pgb_server_close, n_pgb_stats, n_pgb_warn, n_pgb_start, n_psq_info, n_psq_warn, n_pp_log, n_rdsproxy]
    return build(R, F2, groups, negs, errors=(115, 170))


FAMILIES = {F1: linkerd_varnish, F2: pgbouncer_proxysql}
