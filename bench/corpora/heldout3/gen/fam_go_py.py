"""go-observability and python-web templates."""
from common import *


# ---------------------------------------------------------------- go-observability
def caller(f, base):
    return f"{f}:{ln(base)}"


def lf_ts(d):
    return iso_ms(d)


def o_remote_write():
    d = dt()
    ws, r, a = f"ws-{uuid()}", region(), acct()
    return (f"ts={lf_ts(d)} caller={caller('dedupe.go', 153)} level=error component=remote remote_name={hx(6)} "
            f"url=https://aps-workspaces.{r}.amazonaws.com/workspaces/{ws}/api/v1/remote_write msg=\"non-recoverable error\" "
            f"count={num(100, 2000)} exemplarCount=0 err=\"server returned HTTP status 403 Forbidden: {{\\\"message\\\":\\\"User: arn:aws:sts::{a}:assumed-role/amp-ingest/{an(10)} "
            f"is not authorized to perform: aps:RemoteWrite on resource: arn:aws:aps:{r}:{a}:workspace/{ws}\\\"}}\"")


def o_k8s_forbidden():
    d = dt()
    res, typ = "pods", "Pod"
    return (f"ts={lf_ts(d)} caller={caller('klog.go', 108)} level=error component=k8s_client_runtime func=ErrorDepth "
            f"msg=\"pkg/mod/k8s.io/client-go@v0.{num(28, 31)}.{num(0, 4)}/tools/cache/reflector.go:{ln(232)}: Failed to watch *v1.{typ}: failed to list *v1.{typ}: "
            f"{res} is forbidden: User \\\"system:serviceaccount:{pick('monitoring', 'observability')}:prometheus\\\" cannot list resource \\\"{res}\\\" in API group \\\"\\\" "
            f"in the namespace \\\"{pick('default', 'orders', 'payments', 'kube-system')}\\\"\"")


def o_compaction():
    d = dt()
    return (f"ts={lf_ts(d)} caller={caller('db.go', 1021)} level=error component=tsdb msg=\"compaction failed\" "
            f"err=\"compact head: persist head block: write chunks: write /prometheus/{pick('01J', '01K')}{an(23).upper()}.tmp-for-creation/chunks/00000{num(1, 3)}: no space left on device\"")


def o_am_notify():
    d = dt()
    recv = pick("slack-critical", "slack-oncall", "team-payments")
    return (f"ts={lf_ts(d)} caller={caller('dispatch.go', 353)} level=error component=dispatcher msg=\"Notify for alerts failed\" "
            f"num_alerts={num(1, 40)} err=\"{recv}/slack[0]: notify retry canceled after {num(2, 18)} attempts: Post \\\"<redacted>\\\": "
            f"dial tcp {pubip()}:443: i/o timeout\"")


def o_loki_flush():
    d = dt()
    return (f"level=error ts={iso_ns(d)} caller={caller('flush.go', 143)} org_id={pick('fake', 'tenant-a', 'tenant-b')} msg=\"failed to flush\" "
            f"err=\"failed to flush chunks: store put chunk: RequestError: send request failed\\ncaused by: Put \\\"https://{pick('loki-chunks', 'logs-store')}-{acct()}.s3.{region()}.amazonaws.com/"
            f"{pick('fake', 'tenant-a')}/{hx(16)}/{hx(8)}:{hx(8)}:{hx(8)}\\\": dial tcp {ip()}:443: i/o timeout, num_chunks: {num(1, 12)}, labels: {{app=\\\"{pick('orders', 'web', 'billing')}\\\", namespace=\\\"prod\\\"}}\"")


def o_thanos_halt():
    d = dt()
    return (f"level=error ts={iso_ns(d)} caller={caller('compact.go', 487)} msg=\"critical error detected; halting\" "
            f"err=\"compaction: group 0@{num(10**18, 9 * 10**18)}: compact blocks [/data/compact/0@{num(10**18, 9 * 10**18)}/01J{an(23).upper()} "
            f"/data/compact/0@{num(10**18, 9 * 10**18)}/01J{an(23).upper()}]: 2 errors: populate block: chunk iter: cannot populate chunk {num(8, 99999)}: segment index {num(1, 9)} out of range\"")


def o_thanos_ship():
    d = dt()
    return (f"level=error ts={iso_ns(d)} caller={caller('shipper.go', 367)} msg=\"shipping failed\" block=01J{an(23).upper()} "
            f"err=\"upload meta file: upload s3 object: Access Denied\"")


def o_grafana_cookie():
    d = dt()
    return (f"logger=context userId=0 orgId=0 uname= t={iso_ns(d)} level=error msg=\"Failed to look up user based on cookie\" "
            f"error=\"user token not found\" remote_addr={ip()} traceID={hx(32) if R.random() < 0.5 else ''}")


def o_grafana_eval():
    d = dt()
    return (f"logger=ngalert.scheduler rule_uid={an(14)} org_id=1 version={num(1, 90)} fingerprint={hx(16)} attempt={num(1, 3)} "
            f"now={d.strftime('%Y-%m-%dT%H:%M:%S')}Z t={iso_ns(d)} level=error msg=\"Failed to evaluate rule\" "
            f"error=\"failed to execute query A: Post \\\"http://prometheus-server.monitoring.svc:9090/api/v1/query_range\\\": context deadline exceeded\" duration={R.uniform(10, 30):.6f}s")


def caddy_req():
    return ("{\"remote_ip\":\"%s\",\"remote_port\":\"%d\",\"client_ip\":\"%s\",\"proto\":\"HTTP/2.0\",\"method\":\"%s\",\"host\":\"%s\",\"uri\":\"/api/%s/%d\",\"headers\":{\"User-Agent\":[\"Mozilla/5.0\"]}}"
            % (pubip(), port(), pubip(), pick("GET", "POST"), pick("shop.example.com", "api.example.com"), pick("orders", "carts", "users"), num(1, 99999)))


def o_caddy_refused():
    d = dt()
    return ("{\"level\":\"error\",\"ts\":%.6f,\"logger\":\"http.log.error\",\"msg\":\"dial tcp %s:%d: connect: connection refused\",\"request\":%s,"
            "\"duration\":%.6f,\"status\":502,\"err_id\":\"%s\",\"err_trace\":\"reverseproxy.statusError (reverseproxy.go:%d)\"}"
            % (epoch(d), ip(), pick(8080, 3000, 9000), caddy_req(), R.uniform(0.0001, 0.01), an(9), ln(1373)))


def o_caddy_acme():
    d = dt()
    dom = pick("shop", "api", "status", "admin")
    return ("{\"level\":\"error\",\"ts\":%.6f,\"logger\":\"tls.obtain\",\"msg\":\"could not get certificate from issuer\",\"identifier\":\"%s.example.com\","
            "\"issuer\":\"acme-v02.api.letsencrypt.org-directory\",\"error\":\"HTTP 429 urn:ietf:params:acme:error:rateLimited - too many certificates (5) already issued for this exact set of domains in the last 168h0m0s, retry after %s UTC: see https://letsencrypt.org/docs/rate-limits/#new-certificates-per-exact-set-of-hostnames\"}"
            % (epoch(d), dom, (d.replace(hour=(d.hour + 3) % 24)).strftime("%Y-%m-%d %H:%M:%S")))


def o_traefik_provider():
    d = dt()
    return ("{\"level\":\"error\",\"providerName\":\"ecs\",\"error\":\"failed to list clusters: operation error ECS: ListClusters, https response error StatusCode: 400, RequestID: %s, api error AccessDeniedException: User: arn:aws:sts::%s:assumed-role/traefik/%s is not authorized to perform: ecs:ListClusters on resource: *\",\"time\":\"%s\",\"message\":\"Provider error, retrying in %s\"}"
            % (uuid(), acct(), hx(32), iso_s(d), pick("651ms", "1.2s", "2.91s", "5.44s", "9.8s")))


OBS_GROUPS = [
    ("prometheus-remote-write-403", o_remote_write),
    ("prometheus-k8s-watch-forbidden", o_k8s_forbidden),
    ("prometheus-tsdb-compaction-no-space", o_compaction),
    ("alertmanager-slack-notify-timeout", o_am_notify),
    ("loki-flush-s3-timeout", o_loki_flush),
    ("thanos-compact-halting", o_thanos_halt),
    ("thanos-sidecar-shipping-access-denied", o_thanos_ship),
    ("grafana-cookie-user-token-not-found", o_grafana_cookie),
    ("grafana-alert-rule-eval-deadline", o_grafana_eval),
    ("caddy-reverse-proxy-refused", o_caddy_refused),
    ("caddy-acme-rate-limited", o_caddy_acme),
    ("traefik-ecs-provider-access-denied", o_traefik_provider),
]


def on_head_gc():
    d = dt()
    return f"ts={lf_ts(d)} caller={caller('head.go', 1385)} level=info component=tsdb msg=\"Head GC completed\" caller=truncateMemory duration={R.uniform(1, 900):.3f}ms"


def on_config():
    d = dt()
    return (f"ts={lf_ts(d)} caller={caller('main.go', 1372)} level=info msg=\"Completed loading of configuration file\" filename=/etc/prometheus/prometheus.yml "
            f"totalDuration={R.uniform(1, 90):.4f}ms db_storage={num(1, 9)}µs remote_storage={num(10, 900)}µs")


def on_scrape_debug():
    d = dt()
    t = ip()
    return (f"ts={lf_ts(d)} caller={caller('scrape.go', 1400)} level=debug component=\"scrape manager\" scrape_pool=node target=http://{t}:9100/metrics "
            f"msg=\"Scrape failed\" err=\"Get \\\"http://{t}:9100/metrics\\\": context deadline exceeded\"")


def on_remote_warn():
    d = dt()
    u = f"https://aps-workspaces.{region()}.amazonaws.com/workspaces/ws-{uuid()}/api/v1/remote_write"
    return (f"ts={lf_ts(d)} caller={caller('dedupe.go', 153)} level=warn component=remote remote_name={hx(6)} url={u} "
            f"msg=\"Failed to send batch, retrying\" err=\"Post \\\"{u}\\\": context deadline exceeded\"")


def on_am_ok():
    d = dt()
    return f"ts={lf_ts(d)} caller={caller('notify.go', 848)} level=debug component=dispatcher receiver={pick('slack-critical', 'team-payments')} integration=slack[0] msg=\"Notify success\" attempts={num(1, 2)} duration={R.uniform(50, 900):.3f}ms"


def on_loki_info():
    d = dt()
    return f"level=info ts={iso_ns(d)} caller={caller('table_manager.go', 136)} index-store=tsdb-2024-04-01 msg=\"uploading tables\""


def on_thanos_upload():
    d = dt()
    return f"level=info ts={iso_ns(d)} caller={caller('shipper.go', 337)} msg=\"upload new block\" id=01J{an(23).upper()}"


def on_grafana_req():
    d = dt()
    st = pick(200, 500, 500, 502)
    return (f"logger=context userId={num(0, 40)} orgId=1 uname={pick('admin', user())} t={iso_ns(d)} level=info msg=\"Request Completed\" "
            f"method=GET path=/api/{pick('dashboards/uid/' + an(9), 'ds/query', 'search')} status={st} remote_addr={ip()} time_ms={num(1, 3000)} duration={num(1, 3000)}.{num(0, 999)}ms size={num(10, 99999)} referer= handler=/api/{pick('ds/query', 'search')}")


def on_grafana_warn():
    d = dt()
    return (f"logger=cleanup t={iso_ns(d)} level=warn msg=\"failed to delete expired snapshots, will retry\" error=\"database is locked\" attempt={num(1, 3)}")


def on_caddy_access():
    d = dt()
    return ("{\"level\":\"info\",\"ts\":%.6f,\"logger\":\"http.log.access\",\"msg\":\"handled request\",\"request\":%s,\"bytes_read\":0,\"user_id\":\"\",\"duration\":%.6f,\"size\":%d,\"status\":%d,\"resp_headers\":{\"Server\":[\"Caddy\"]}}"
            % (epoch(d), caddy_req(), R.uniform(0.001, 2), num(0, 90000), pick(200, 502, 502, 503)))


def on_caddy_warn():
    d = dt()
    return ("{\"level\":\"warn\",\"ts\":%.6f,\"logger\":\"tls\",\"msg\":\"stapling OCSP\",\"error\":\"no OCSP stapling for [%s.example.com]: no OCSP server specified in certificate\",\"identifiers\":[\"%s.example.com\"]}"
            % ((epoch(d),) + (pick("shop", "api"),) * 2))


def on_traefik_info():
    d = dt()
    return "{\"level\":\"info\",\"providerName\":\"ecs\",\"time\":\"%s\",\"message\":\"Configuration received\",\"errors\":0}" % iso_s(d)


def on_traefik_debug():
    d = dt()
    return "{\"level\":\"debug\",\"time\":\"%s\",\"message\":\"Retrying request\",\"attempt\":%d,\"error\":\"EOF\",\"routerName\":\"orders@ecs\"}" % (iso_s(d), num(1, 3))


OBS_NON = [on_head_gc, on_config, on_scrape_debug, on_remote_warn, on_am_ok, on_loki_info, on_thanos_upload, on_grafana_req,
           on_grafana_warn, on_caddy_access, on_caddy_warn, on_traefik_info, on_traefik_debug]


# ---------------------------------------------------------------- python-web
SP = "/usr/local/lib/python3.12/site-packages"


def tb(frames, exc):
    out = ["Traceback (most recent call last):"]
    for f, l, fn, code in frames:
        out.append(f"  File \"{f}\", line {l}, in {fn}")
        out.append(f"    {code}")
    out.append(exc)
    return "\n".join(out)


def django_hdr(d, path):
    return f"ERROR {log4j(d)} log {num(7, 300)} {num(139800000000000, 140999999999999)} Internal Server Error: {path}"


DJ = [(f"{SP}/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)"),
      (f"{SP}/django/core/handlers/base.py", 197, "_get_response", "response = wrapped_callback(request, *callback_args, **callback_kwargs)")]


def p_django_zerodiv():
    d = dt()
    oid = num(1, 99999)
    return django_hdr(d, f"/api/orders/{oid}/summary/") + "\n" + tb(
        [(f, l, fn, c) for f, l, fn, c in DJ] + [
            (f"{SP}/rest_framework/views.py", 506, "dispatch", "response = handler(request, *args, **kwargs)"),
            ("/app/orders/views.py", ln(88), "summary", "avg = order.total / order.item_count")],
        "ZeroDivisionError: division by zero")


def p_django_keyerror():
    d = dt()
    return django_hdr(d, pick("/checkout/", "/checkout/confirm/", "/checkout/pay/")) + "\n" + tb(
        DJ + [("/app/payments/views.py", ln(142), "confirm", "customer_id = request.session[\"stripe_customer_id\"]"),
              (f"{SP}/django/contrib/sessions/backends/base.py", 53, "__getitem__", "return self._session[key]")],
        "KeyError: 'stripe_customer_id'")


def p_django_db():
    d = dt()
    h = f"orders-db.cluster-{an(12)}.{region()}.rds.amazonaws.com"
    return django_hdr(d, f"/api/{pick('orders', 'customers', 'invoices')}/") + "\n" + tb(
        DJ + [(f"{SP}/django/db/backends/base/base.py", 275, "ensure_connection", "self.connect()"),
              (f"{SP}/django/db/backends/postgresql/base.py", 269, "get_new_connection", "connection = self.Database.connect(**conn_params)")],
        f"django.db.utils.OperationalError: connection to server at \"{h}\" ({ip()}), port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute")


def celery_ts(d):
    return f"[{log4j(d)}: "


def p_celery_smtp():
    d = dt()
    return (f"{celery_ts(d)}ERROR/ForkPoolWorker-{num(1, 16)}] Task app.tasks.send_invoice_email[{uuid()}] raised unexpected: "
            f"SMTPServerDisconnected('Connection unexpectedly closed')\n" + tb(
                [(f"{SP}/celery/app/trace.py", 453, "trace_task", "R = retval = fun(*args, **kwargs)"),
                 (f"{SP}/celery/app/trace.py", 736, "__protected_call__", "return self.run(*args, **kwargs)"),
                 ("/app/app/tasks.py", ln(61), "send_invoice_email", "mailer.send(invoice.pdf(), to=invoice.customer.email)"),
                 ("/usr/local/lib/python3.12/smtplib.py", 405, "getreply", "raise SMTPServerDisconnected(\"Connection unexpectedly closed\")")],
                "smtplib.SMTPServerDisconnected: Connection unexpectedly closed"))


def p_celery_broker():
    d = dt()
    h = f"{pick('jobs', 'celery', 'broker')}-{an(6)}.{an(6)}.ng.0001.{pick('use1', 'euw1', 'usw2')}.cache.amazonaws.com"
    n = num(1, 100)
    return (f"{celery_ts(d)}ERROR/MainProcess] consumer: Cannot connect to redis://{h}:6379/0: Error 111 connecting to {h}:6379. Connection refused..\n"
            f"Trying again in {num(2, 32)}.00 seconds... ({n}/100)\n")


def p_celery_sigkill():
    d = dt()
    return f"{celery_ts(d)}ERROR/MainProcess] Process 'ForkPoolWorker-{num(1, 16)}' pid:{pid()} exited with 'signal 9 (SIGKILL)'"


def p_celery_hardlimit():
    d = dt()
    return f"{celery_ts(d)}ERROR/MainProcess] Hard time limit ({pick(300, 600, 900)}s) exceeded for app.tasks.sync_inventory[{uuid()}]"


def guni(d, p, lvl):
    return f"[{d.strftime('%Y-%m-%d %H:%M:%S')} +0000] [{p}] [{lvl}]"


def p_gunicorn_timeout():
    d = dt()
    return f"{guni(d, pid(), 'CRITICAL')} WORKER TIMEOUT (pid:{pid()})"


def p_gunicorn_sigkill():
    d = dt()
    return f"{guni(d, pid(), 'ERROR')} Worker (pid:{pid()}) was sent SIGKILL! Perhaps out of memory?"


def p_gunicorn_boot():
    d = dt()
    return f"{guni(d, pid(), 'ERROR')} Exception in worker process\n" + tb(
        [(f"{SP}/gunicorn/arbiter.py", 608, "spawn_worker", "worker.init_process()"),
         (f"{SP}/gunicorn/workers/base.py", 135, "init_process", "self.load_wsgi()"),
         (f"{SP}/gunicorn/util.py", 371, "import_app", "mod = importlib.import_module(module)"),
         ("/app/config/wsgi.py", ln(16), "<module>", "application = get_wsgi_application()"),
         (f"{SP}/django/conf/__init__.py", 222, "__init__", "mod = importlib.import_module(self.SETTINGS_MODULE)")],
        f"ModuleNotFoundError: No module named '{pick('config.settings_prod', 'config.settings.production', 'config.settings_prd')}'")


def p_asgi_toomany():
    return "ERROR:    Exception in ASGI application\n" + tb(
        [(f"{SP}/uvicorn/protocols/http/httptools_impl.py", 409, "run_asgi", "result = await app(  # type: ignore[func-returns-value]"),
         (f"{SP}/fastapi/routing.py", 301, "app", "raw_response = await run_endpoint_function("),
         ("/app/api/routes/orders.py", ln(41), "get_order", f"return await repo.fetch_order(order_id)"),
         ("/app/api/repo.py", ln(23), "fetch_order", "async with self.pool.acquire() as conn:"),
         (f"{SP}/asyncpg/connect_utils.py", 959, "_create_ssl_connection", "return await conn_factory()")],
        "asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already") + pick("", "\n")


def p_asgi_validation():
    field = pick("email", "created_at", "customer_id")
    return "ERROR:    Exception in ASGI application\n" + tb(
        [(f"{SP}/uvicorn/protocols/http/httptools_impl.py", 409, "run_asgi", "result = await app(  # type: ignore[func-returns-value]"),
         (f"{SP}/fastapi/routing.py", 327, "app", "content = await serialize_response("),
         (f"{SP}/fastapi/routing.py", 176, "serialize_response", "raise ResponseValidationError(")],
        f"fastapi.exceptions.ResponseValidationError: 1 validation errors:\n  {{'type': 'missing', 'loc': ('response', '{field}'), 'msg': 'Field required', "
        f"'input': {{'id': {num(1, 99999)}, 'name': '{user()}'}}}}")


def p_flask_attr():
    d = dt()
    uid = num(1, 99999)
    return (f"[{log4j(d)}] ERROR in app: Exception on /api/users/{uid} [GET]\n" + tb(
        [(f"{SP}/flask/app.py", 1511, "wsgi_app", "response = self.full_dispatch_request()"),
         (f"{SP}/flask/app.py", 919, "full_dispatch_request", "rv = self.dispatch_request()"),
         ("/app/app.py", ln(57), "get_user", "return jsonify(user.to_dict())")],
        "AttributeError: 'NoneType' object has no attribute 'to_dict'"))


PY_GROUPS = [
    ("django-order-summary-zerodivision", p_django_zerodiv),
    ("django-checkout-keyerror-stripe-customer", p_django_keyerror),
    ("django-db-connection-slots-reserved", p_django_db),
    ("celery-send-invoice-smtp-disconnected", p_celery_smtp),
    ("celery-consumer-broker-connection-refused", p_celery_broker),
    ("celery-worker-sigkill", p_celery_sigkill),
    ("celery-sync-inventory-hard-time-limit", p_celery_hardlimit),
    ("gunicorn-worker-timeout", p_gunicorn_timeout),
    ("gunicorn-worker-sigkill-oom", p_gunicorn_sigkill),
    ("gunicorn-boot-settings-module-not-found", p_gunicorn_boot),
    ("uvicorn-get-order-too-many-connections", p_asgi_toomany),
    ("uvicorn-response-validation-error", p_asgi_validation),
    ("flask-get-user-nonetype-to-dict", p_flask_attr),
]


def pn_django_notfound():
    d = dt()
    return f"WARNING {log4j(d)} log {num(7, 300)} {num(139800000000000, 140999999999999)} Not Found: /{pick('wp-login.php', '.env', 'admin/login.php', 'api/v0/orders/' + str(num(1, 999)))}"


def pn_django_info():
    d = dt()
    return f"INFO {log4j(d)} views {num(7, 300)} {num(139800000000000, 140999999999999)} order {num(1, 99999)} exported, 0 errors, {num(1, 400)} rows"


def pn_celery_ok():
    d = dt()
    return f"{celery_ts(d)}INFO/ForkPoolWorker-{num(1, 16)}] Task app.tasks.{pick('send_invoice_email', 'sync_inventory', 'rebuild_search')}[{uuid()}] succeeded in {R.uniform(0.01, 40):.{pick(3, 9)}f}s: None"


def pn_celery_received():
    d = dt()
    return f"{celery_ts(d)}INFO/MainProcess] Task app.tasks.{pick('send_invoice_email', 'sync_inventory')}[{uuid()}] received"


def pn_celery_retry():
    d = dt()
    return (f"{celery_ts(d)}INFO/ForkPoolWorker-{num(1, 16)}] Task app.tasks.sync_inventory[{uuid()}] retry: Retry in {pick(10, 30, 60)}s: "
            f"ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='erp.internal', port=443): Read timed out. (read timeout={pick(5, 10)})\"))")


def pn_celery_warn():
    d = dt()
    return f"{celery_ts(d)}WARNING/MainProcess] Substantial drift from celery@{host()} may mean clocks are out of sync.  Current drift is {num(16, 400)} seconds."


def pn_guni_boot():
    d = dt()
    return f"{guni(d, pid(), 'INFO')} Booting worker with pid: {pid()}"


def pn_guni_exit():
    d = dt()
    p = pid()
    return f"{guni(d, p, 'INFO')} Worker exiting (pid: {p})"


def pn_guni_warn():
    d = dt()
    return f"{guni(d, pid(), 'WARNING')} Worker with pid {pid()} was terminated due to signal {pick(6, 15)}"


def pn_uvicorn_access():
    st = pick("200 OK", "500 Internal Server Error", "500 Internal Server Error", "422 Unprocessable Entity")
    return f"INFO:     {ip()}:{port()} - \"{pick('GET', 'POST')} /{pick('orders', 'health', 'users')}/{num(1, 9999)} HTTP/1.1\" {st}"


def pn_uvicorn_started():
    return f"INFO:     Started server process [{pid()}]" if R.random() < 0.5 else f"INFO:     Uvicorn running on http://0.0.0.0:{pick(8000, 8080)} (Press CTRL+C to quit)"


def pn_uvicorn_warn():
    return f"WARNING:  Invalid HTTP request received. [{ip()}:{port()}]"


def pn_flask_warn():
    d = dt()
    return (f"[{log4j(d)}] WARNING in app: payment provider returned error for order {num(1, 99999)}, retrying (attempt {num(1, 3)}/3)\n"
            + tb([("/app/payments.py", ln(33), "charge", "resp.raise_for_status()")],
                 f"requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.payments.example.com/v1/charges"))


def pn_flask_info():
    d = dt()
    return f"[{log4j(d)}] INFO in app: exception handler registered; errors reported: 0"


PY_NON = [pn_django_notfound, pn_django_info, pn_celery_ok, pn_celery_received, pn_celery_retry, pn_celery_warn,
          pn_guni_boot, pn_guni_exit, pn_guni_warn, pn_uvicorn_access, pn_uvicorn_started, pn_uvicorn_warn,
          pn_flask_warn, pn_flask_info]
