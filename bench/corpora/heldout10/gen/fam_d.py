"""Families: ory-oauth2-proxy, strapi-n8n-directus."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- ory-oauth2-proxy
F1 = "ory-oauth2-proxy"


def ots(R):
    return "2027-03-%02dT%sZ" % (day(R), hms(R))


def ory(R, lvl, msg, svc, ver, **kv):
    parts = ["time=%s" % ots(R), "level=%s" % lvl, "msg=%s" % msg]
    for k, v in kv.items():
        parts.append("%s=%s" % (k, v))
    parts.append("service_name=%s service_version=%s" % (svc, ver))
    return " ".join(parts)


def kreq(R, method, path, query=""):
    return "map[headers:map[accept:[application/json] user-agent:[%s] x-forwarded-for:[%s]] host:auth.example.com method:%s path:%s query:%s remote:%s:%d scheme:http]" % (
        pick(R, ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15", "okhttp/4.12.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"]), ipdoc(R), method, path, query, ip10(R), port(R))


def o2ts(R):
    return "[2027/03/%02d %s]" % (day(R), hms(R))


def o2(R, src, msg):
    return "%s [%s] %s" % (o2ts(R), src, msg)


def o2access(R, code, path, user=None):
    return '%s:%d - %s - %s %s %s %s - "%s" HTTP/1.1 "%s" %d %d %.3f' % (
        ip10(R), port(R), uuid(R), user or "-", o2ts(R), pick(R, ["grafana.example.com", "argocd.example.com", "kibana.example.com"]), pick(R, ["GET", "POST"]), path,
        pick(R, ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)", "Mozilla/5.0 (X11; Linux x86_64)"]), code, R.randint(0, 9000), R.uniform(0, 0.3))


def dex(R, lvl, msg):
    return 'time="%s" level=%s msg="%s"' % (ots(R), lvl, msg.replace('"', '\\"'))


def g_kr_smtp(R):
    return ory(R, "error", "Unable to send email using SMTP connection.", "Ory Kratos", "v1.3.1", audience="application",
               error="map[message:failed to dial SMTP server: dial tcp %s:587: i/o timeout stack_trace:]" % pick(R, ["10.40.2.15", "10.40.2.16"]),
               message_id=uuid(R), message_nid=uuid(R), message_subject="'%s'" % pick(R, ["Recover access to your account", "Please verify your email address", "Use code %06d to log in" % R.randint(0, 999999)]))


def g_kr_db(R):
    return ory(R, "error", "An error occurred while handling a request", "Ory Kratos", "v1.3.1", audience="application",
               error='map[debug: message:failed to connect to `host=kratos-db.cluster-c9xk2example.us-east-1.rds.amazonaws.com user=kratos database=kratos`: dial error (timeout: dial tcp %s:5432: i/o timeout) reason: stack_trace: status:Internal Server Error status_code:500]' % ip10(R),
               http_request=kreq(R, pick(R, ["GET", "POST"]), pick(R, ["/self-service/login", "/sessions/whoami", "/self-service/registration"]), "flow=%s" % uuid(R)),
               http_response="map[status_code:500]")


def g_kr_webhook(R):
    return ory(R, "error", "A web hook request failed to complete.", "Ory Kratos", "v1.3.1", audience="application",
               error="map[message:web hook failed with status code 503: POST https://crm-sync.internal/hooks/kratos/after-registration stack_trace:]",
               identity_id=uuid(R), flow_id=uuid(R))


def g_hy_jwk(R):
    return ory(R, "error", "An error occurred while handling a request", "Ory Hydra", "v2.2.0", audience="application",
               error="map[debug: message:Unable to decrypt JSON Web Key: cipher: message authentication failed reason: stack_trace: status:Internal Server Error status_code:500]",
               http_request=kreq(R, "POST", pick(R, ["/oauth2/token", "/oauth2/auth"]), pick(R, ["", "client_id=%s" % uuid(R)])), http_response="map[status_code:500]")


def g_ok_upstream(R):
    return ory(R, "error", "http: proxy error: dial tcp %s:8080: connect: connection refused" % pick(R, ["10.40.8.31", "10.40.8.32", "10.40.9.7"]), "ORY Oathkeeper", "v0.40.7", audience="application",
               granted="true", http_host="api.example.com", http_method=pick(R, ["GET", "POST"]), http_url="http://orders-api.orders.svc.cluster.local:8080/v1/orders/%d" % R.randint(10**6, 10**7), subject=uuid(R))


def g_o2_invalid_client(R):
    return o2(R, "oauthproxy.go:%d" % pick(R, [897, 897]), 'Error redeeming code during OAuth2 callback: token exchange failed: oauth2: "unauthorized_client" "Invalid client or Invalid client credentials"')


def g_o2_redis(R):
    return o2(R, "oauthproxy.go:%d" % pick(R, [1040, 1040]), "Error loading cookied session: error loading ticket: dial tcp %s:6379: connect: connection refused, removing session" % pick(R, ["10.40.3.9", "10.40.3.10"]))


def g_dex_ldap(R):
    return dex(R, "error", 'Failed to login user: ldap: initial bind for user "cn=svc-dex,ou=service,dc=corp,dc=example,dc=internal" failed: LDAP Result Code 49 "Invalid Credentials": 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 532, v4563')


def g_o2_discovery(R):
    return o2(R, "main.go:%d" % pick(R, [54, 54]), 'ERROR: Failed to initialise OAuth2 Proxy: error initialising provider: could not create provider data: error building OIDC ProviderVerifier: could not get verifier builder: error while discovery OIDC configuration: failed to discover OIDC configuration: unexpected status "503": upstream connect error or disconnect/reset before headers (pod %s)' % ("oauth2-proxy-%s-%s" % (lower(R, 10), lower(R, 5))))


def g_kr_sms(R):
    return ory(R, "error", "Unable to send message.", "Ory Kratos", "v1.3.1", audience="application", courier_channel="sms",
               error="map[message:upstream server replied with status code 401 and body {\"code\":20003,\"message\":\"Authenticate\"} stack_trace:]",
               message_id=uuid(R), message_nid=uuid(R), message_type="sms")


def n_kr_ok(R):
    code = pick(R, [200, 200, 303, 400, 401, 403, 410])
    return ory(R, "info", "completed handling request", "Ory Kratos", "v1.3.1", http_request=kreq(R, pick(R, ["GET", "POST"]), pick(R, ["/sessions/whoami", "/self-service/login", "/self-service/settings", "/self-service/recovery"]), "flow=%s" % uuid(R)),
               http_response="map[headers:map[content-type:[application/json; charset=utf-8]] size:%d status:%d text_status:%s took:%dms]" % (R.randint(0, 9000), code, {200: "OK", 303: "See Other", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 410: "Gone"}[code], R.randint(1, 400)))


def n_kr_info(R):
    return ory(R, "info", pick(R, ["Identity authenticated successfully and was issued an Ory Kratos Session Cookie.", "Courier sent out message.", "Dispatched recovery email message.", "Encountered self-service login error."]), "Ory Kratos", "v1.3.1",
               audience="audit", identity_id=uuid(R))


def n_kr_warn(R):
    return ory(R, "warning", pick(R, ["Unable to find matching identity for the provided credentials (0 identities matched).", "A self-service flow has expired and a new one was initiated."]), "Ory Kratos", "v1.3.1", audience="application", flow_id=uuid(R))


def n_hy_info(R):
    return ory(R, "info", "completed handling request", "Ory Hydra", "v2.2.0", http_request=kreq(R, "POST", "/oauth2/token"), http_response="map[status:%d took:%dms]" % (pick(R, [200, 200, 400, 401]), R.randint(1, 90)))


def n_ok_denied(R):
    return ory(R, "warning", "Access request denied", "ORY Oathkeeper", "v0.40.7", audience="application", error="map[message:Access credentials are invalid reason: status:Unauthorized status_code:401]",
               granted="false", http_host="api.example.com", http_method="GET", http_url="http://orders-api.orders.svc.cluster.local:8080/v1/orders", subject="")


def n_o2_access(R):
    return o2access(R, pick(R, [200, 202, 202, 302, 401, 403]), pick(R, ["/oauth2/auth", "/oauth2/start?rd=%2Fd%2F" + lower(R, 8), "/api/health", "/"]), pick(R, [None, "ana.silva@example.com", "j.chen@example.com"]))


def n_o2_nocookie(R):
    return o2(R, "oauthproxy.go:1040", 'Error loading cookied session: cookie "_oauth2_proxy" not present, removing session')


def n_o2_invalid_grant(R):
    return o2(R, "oauthproxy.go:897", 'Error redeeming code during OAuth2 callback: token exchange failed: oauth2: "invalid_grant" "Code not valid"')


def n_o2_auth(R):
    u = pick(R, ["ana.silva", "j.chen", "m.okafor", "guest.user", "contractor.x"])
    return o2(R, "oauthproxy.go:%d" % pick(R, [879, 892]), pick(R, ["%s:%d - %s - %s@example.com [AuthSuccess] Authenticated via OAuth2: Session{email:%s@example.com user:%s PreferredUsername:%s token:true id_token:true created:2027-03-%02d %s}" % (ip10(R), port(R), uuid(R), u, u, uuid(R), u, day(R), hms(R)),
                                                                    "%s:%d - %s - %s@gmail.com [AuthFailure] Invalid authentication via OAuth2: unauthorized" % (ip10(R), port(R), uuid(R), u)]))


def n_dex_info(R):
    return dex(R, "info", pick(R, ['login successful: connector "ldap", username="%s", preferred_username="%s", email="%s@example.com", groups=["engineering"]' % ((pick(R, ["Ana Silva", "Jun Chen"]),) + (pick(R, ["asilva", "jchen"]),) * 2),
                               'performing ldap search ou=people,dc=corp,dc=example,dc=internal sub (&(objectClass=person)(uid=%s))' % lower(R, 6),
                               "keys expired, rotating", "listening (https) on 0.0.0.0:5556"]))


def n_dex_userfail(R):
    return dex(R, "info", 'Failed to login user: ldap: invalid password for user "uid=%s,ou=people,dc=corp,dc=example,dc=internal"' % lower(R, 6))


def ory_oauth2_proxy(R):
    groups = [
        ("kratos-courier-smtp-dial-timeout", g_kr_smtp),
        ("kratos-db-connect-timeout", g_kr_db),
        ("kratos-after-registration-webhook-503", g_kr_webhook),
        ("hydra-jwk-decrypt-failed", g_hy_jwk),
        ("oathkeeper-orders-api-upstream-refused", g_ok_upstream),
        ("oauth2-proxy-invalid-client-secret", g_o2_invalid_client, 9),
        ("oauth2-proxy-redis-session-store-refused", g_o2_redis, 10),
        ("dex-ldap-service-bind-invalid-credentials", g_dex_ldap, 9),
        ("oauth2-proxy-oidc-discovery-503", g_o2_discovery, 6),
        ("kratos-courier-sms-401", g_kr_sms),
    ]
    negs = [n_kr_ok, n_kr_info, n_kr_warn, n_hy_info, n_ok_denied, n_o2_access, n_o2_nocookie, n_o2_invalid_grant, n_o2_auth, n_dex_info, n_dex_userfail]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- strapi-n8n-directus
F2 = "strapi-n8n-directus"


def sts(R):
    return "[2027-03-%02d %s.%s]" % (day(R), hms(R), ms(R))


def strapi(R, lvl, msg):
    return "%s %s: %s" % (sts(R), lvl, msg)


def n8n(R, lvl, msg):
    return "2027-03-%02dT%s.%sZ | %s | %s" % (day(R), hms(R), ms(R), lvl, msg)


def dx(R, lvl, msg, extra=None):
    d = {"level": lvl, "time": R.randint(1804032000000, 1804550400000), "pid": R.randint(1, 60), "hostname": "directus-%s-%s" % (lower(R, 10), lower(R, 5)), "msg": msg}
    if extra:
        d.update(extra)
    return jd(d)


def g_st_knex(R):
    return "\n".join([
        strapi(R, "error", "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"),
        "    at Client_PG.acquireConnection (/opt/app/node_modules/knex/lib/client.js:%d:26)" % pick(R, [332, 332]),
        "    at async Runner.ensureConnection (/opt/app/node_modules/knex/lib/execution/runner.js:%d:28)" % pick(R, [305, 305]),
        "    at async Object.findMany (/opt/app/node_modules/@strapi/database/dist/index.js:%d:22)" % R.randint(5000, 5200),
        "    at async /opt/app/src/api/article/controllers/article.js:%d:19 (GET /api/articles?populate=%s)" % (pick(R, [27, 27]), pick(R, ["*", "cover", "author,tags"])),
    ])


def g_st_s3(R):
    return "\n".join([
        strapi(R, "error", "AccessDenied: User: arn:aws:sts::111122223333:assumed-role/strapi-task-role/%s is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::example-cms-media/uploads/%s_%s.%s\" because no identity-based policy allows the s3:PutObject action" % (
            hexs(R, 32), pick(R, ["hero", "team", "banner", "product"]), hexs(R, 10), pick(R, ["jpg", "png", "webp"]))),
        "    at throwDefaultError (/opt/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)",
        "    at async Object.upload (/opt/app/node_modules/@strapi/provider-upload-aws-s3/dist/index.js:%d:9)" % pick(R, [107, 107]),
    ])


def g_st_cron(R):
    return strapi(R, "error", "Cron job \"publishScheduledArticles\" failed: ValidationError: title must be at most 120 characters (article id %d)" % R.randint(100, 9999))


def g_n8n_hubspot(R):
    return n8n(R, "error", "Workflow execution failed: NodeApiError in node 'HubSpot: Upsert Contact': Authorization failed - please check your credentials (401 Unauthorized) {\"workflowId\":\"%s\",\"workflowName\":\"Leads to HubSpot\",\"executionId\":\"%d\",\"file\":\"workflow-execute.js\"}" % (
        "Vk3qR8mZt2LpX9aD", R.randint(10000, 999999)))


def g_n8n_redis(R):
    return n8n(R, "error", "Unable to connect to Redis after trying to connect for 10s (queue mode). Last error: connect ECONNREFUSED %s:6379" % pick(R, ["10.40.5.20", "10.40.5.21"]))


def g_n8n_oom(R):
    return n8n(R, "error", "Execution %d of workflow \"Nightly CSV import\" crashed: JavaScript heap out of memory (worker pid %d was killed, the execution could not be completed)" % (R.randint(10000, 999999), R.randint(100, 9000)))


def g_dx_smtp(R):
    return dx(R, 50, "Couldn't send email: Invalid login: 535 5.7.8 Error: authentication failed: (reason unavailable)", extra={"template": pick(R, ["password-reset", "user-invitation", "flow-notification"]), "to": "%s@example.com" % pick(R, ["ana.silva", "j.chen", "editor", "m.okafor"])})


def g_dx_sharp(R):
    return dx(R, 50, "Couldn't transform asset %s: Input buffer contains unsupported image format" % uuid(R), extra={"transformation": pick(R, ["system-small-cover", "system-medium-contain", "width=800&format=webp"])})


def g_dx_flow(R):
    return dx(R, 50, "An error was thrown while executing flow \"Sync products to search\" (%s): Request failed with status code 413" % "8f1c2e0a-6b9d-4c7e-a1f3-2d5b8e9c0a47", extra={"operation": "webhook_request", "key": "push_to_opensearch"})


def n_st_http(R):
    return strapi(R, "http", "%s %s (%d ms) %d" % (pick(R, ["GET", "POST", "PUT"]), pick(R, ["/api/articles", "/api/articles/%d" % R.randint(1, 9000), "/admin/init", "/api/upload", "/_health"]), R.randint(1, 900), pick(R, [200, 200, 201, 204, 400, 401, 403, 404])))


def n_st_info(R):
    return strapi(R, pick(R, ["info", "warn"]), pick(R, ["Server started in %dms" % R.randint(900, 9000), "Webhook delivered to https://hooks.example.com/cms (0 errors)", "[deprecated] The `populate=*` query parameter will be removed in a future version",
                                                          "Cron job \"publishScheduledArticles\" ran: %d published, 0 failed" % R.randint(0, 20), "Upload provider aws-s3 configured for bucket example-cms-media"]))


def n_n8n_info(R):
    return n8n(R, pick(R, ["info", "debug"]), pick(R, ["Workflow execution finished successfully {\"workflowId\":\"%s\",\"executionId\":\"%d\"}" % (alnum(R, 16), R.randint(10000, 999999)),
                                                     "Start job: %d (Workflow ID: %s | Execution: %d)" % (R.randint(1, 99999), alnum(R, 16), R.randint(10000, 999999)),
                                                     "Editor is now accessible via: https://n8n.example.com", "Pruning execution data: deleted %d executions (0 errors)" % R.randint(0, 900)]))


def n_n8n_warn(R):
    return n8n(R, "warn", pick(R, ["Lost Redis connection. Trying to reconnect in 1s... (%ds/10s)" % R.randint(0, 9), "Node 'HTTP Request' returned 429, retrying in %dms (try %d of 3)" % (R.randint(500, 5000), R.randint(1, 2))]))


def n_n8n_node_error_handled(R):
    return n8n(R, "info", "Node 'Lookup customer' failed but 'Continue On Fail' is set; item %d routed to error output (NodeOperationError: No customer found with email)" % R.randint(0, 400))


def n_dx_req(R):
    return dx(R, 30, "request completed", extra={"req": {"method": pick(R, ["GET", "PATCH", "POST"]), "url": pick(R, ["/items/products?limit=25", "/assets/%s" % uuid(R), "/server/health", "/auth/login"])},
                                              "res": {"statusCode": pick(R, [200, 200, 204, 304, 401, 403, 404])}, "responseTime": R.randint(1, 900)})


def n_dx_warn(R):
    return dx(R, 40, pick(R, ["Spatialite isn't installed. Geometry type support will be limited.", "PUBLIC_URL should be a full URL", "Rate limiter: %d requests from %s throttled" % (R.randint(1, 90), ipdoc(R))]))


def n_dx_info(R):
    return dx(R, 30, pick(R, ["Server started at http://0.0.0.0:8055", "Flow \"Sync products to search\" executed: %d items, 0 errors" % R.randint(1, 400), "Loaded extensions: directus-extension-%s" % lower(R, 6)]))


def strapi_n8n_directus(R):
    groups = [
        ("strapi-knex-pool-timeout", g_st_knex),
        ("strapi-upload-s3-put-denied", g_st_s3),
        ("strapi-publish-cron-title-too-long", g_st_cron),
        ("n8n-hubspot-credentials-401", g_n8n_hubspot),
        ("n8n-queue-redis-unreachable", g_n8n_redis),
        ("n8n-csv-import-heap-oom", g_n8n_oom),
        ("directus-smtp-auth-failed", g_dx_smtp),
        ("directus-asset-transform-unsupported", g_dx_sharp),
        ("directus-search-sync-flow-413", g_dx_flow),
    ]
    negs = [n_st_http, n_st_info, n_n8n_info, n_n8n_warn, n_n8n_node_error_handled, n_dx_req, n_dx_warn, n_dx_info]
    return build(R, F2, groups, negs)


FAMILIES = {F1: ory_oauth2_proxy, F2: strapi_n8n_directus}
