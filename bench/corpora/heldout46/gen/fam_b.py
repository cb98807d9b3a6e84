"""Families: jupyterhub5-kubespawner-singleuser-eks, shiny-server-r44-qc-dashboards-ec2.

Quillfen's research computing runs JupyterHub 5 from the zero-to-jupyterhub chart on EKS (KubeSpawner, Cognito
through GenericOAuthenticator, configurable-http-proxy, per-user EFS home volumes, a GPU profile on a g5 node group,
the hub database in SQLite on an EBS volume) with jupyter-server single-user pods; Fluent Bit ships container
stdout/stderr to CloudWatch with a multi-line parser for Python tracebacks. Log formats: the hub's traitlets/Tornado
format `[I 2030-08-06 13:04:11.123 JupyterHub log:192] 200 GET /hub/… (user@ip) 12.34ms`, jupyter-server's
`[I 2030-08-06 13:04:11.123 ServerApp] …`, configurable-http-proxy's `13:04:11.123 [ConfigProxy] info: …` and the idle
culler's Tornado default `[I 300806 13:04:11 __init__:156] …`. The sequencing QC dashboards are R 4.4 Shiny apps on
Shiny Server (open source) on EC2; the CloudWatch agent ships `/var/log/shiny-server.log` (`[2030-08-06T13:04:11.123]
[INFO] shiny-server - …`) and the per-process app logs (R's stderr: `Warning: Error in …` with the numbered stack,
`Execution halted`, and the apps' own `logger` lines `INFO [2030-08-06 13:04:11] …`), multi-line R errors kept
together by a start pattern."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, DOMAIN,
                    dot_ms, tornado_ts, shiny_ts, plain_ts, moment)

# ---------------------------------------------------------------- jupyterhub5-kubespawner-singleuser-eks
J1 = "jupyterhub5-kubespawner-singleuser-eks"
USERS = ["akaur", "bnguyen", "cmorales", "dokafor", "eschmidt", "fzhang", "gpetrov", "hsato", "iadeyemi", "jlindqvist", "kromero", "lwei"]


def hub(R, lvl, mod, msg):
    return "[%s %s JupyterHub %s:%d] %s" % (lvl, dot_ms(R), mod, R.randint(100, 2900), msg)


def su(R, lvl, msg):
    return "[%s %s ServerApp] %s" % (lvl, dot_ms(R), msg)


def ms(R):
    return "%.2fms" % R.uniform(0.8, 400)


def u(R):
    return pick(R, USERS)


def e_gpu(R):
    # the g5 node group's max size is 4 and it is full; the cluster autoscaler cannot add GPU nodes, so GPU
    # profile spawns time out
    us = u(R)
    t = R.random()
    if t < 0.35:
        return hub(R, "W", "spawner", "Pod jupyter-%s not scheduled yet: 0/%d nodes are available: 4 Insufficient nvidia.com/gpu, %d node(s) didn't match Pod's node affinity/selector. preemption: 0/%d nodes are available: 4 No preemption victims found for incoming pod. (pod didn't trigger scale-up: 1 max node group size reached)" % (us, R.randint(12, 30), R.randint(8, 26), R.randint(12, 30)))
    if t < 0.75:
        return hub(R, "E", "user", "Unhandled error starting %s's server: pod jupyter-%s did not start in 600 seconds!" % (us, us))
    return hub(R, "E", "gen", "Exception in Future <Task finished name='Task-%d' coro=<BaseHandler.spawn_single_user.<locals>.finish_user_spawn() done, defined at /usr/local/lib/python3.12/site-packages/jupyterhub/handlers/base.py:1101> exception=TimeoutError('pod jupyter-%s did not start in 600 seconds!')> after timeout\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/jupyterhub/handlers/base.py\", line 1108, in finish_user_spawn\n    await spawn_future\n  File \"/usr/local/lib/python3.12/site-packages/kubespawner/spawner.py\", line 2701, in _start\n    await exponential_backoff(\nTimeoutError: pod jupyter-%s did not start in 600 seconds!" % (R.randint(1000, 99999), us, us))


def e_efs(R):
    # the home volumes' EFS access point was recreated with a root directory owned by 0:0; the CSI mount
    # fails for every new pod
    us = u(R)
    t = R.random()
    if t < 0.6:
        return hub(R, "W", "spawner", "Pod jupyter-%s event: FailedMount: MountVolume.SetUp failed for volume \"pvc-%s\" : rpc error: code = Internal desc = Could not mount \"fs-0%s:/\" at \"/var/lib/kubelet/pods/%s/volumes/kubernetes.io~csi/pvc-%s/mount\": mount failed: exit status 32 Output: mount.nfs4: access denied by server while mounting 127.0.0.1:/" % (us, uuid(R), hexs(R, 16), uuid(R), uuid(R)))
    return hub(R, "E", "user", "Unhandled error starting %s's server: pod jupyter-%s did not start in 300 seconds (last event: FailedMount, access denied by server)" % (us, us))


def e_sqlite(R):
    # the hub keeps its state in SQLite on EBS; the new per-user activity reporting from 140 servers locks it
    us = u(R)
    t = R.random()
    if t < 0.5:
        return hub(R, "E", "web", "Uncaught exception POST /hub/api/users/%s/activity (%s)\nHTTPServerRequest(protocol='http', host='hub:8081', method='POST', uri='/hub/api/users/%s/activity', version='HTTP/1.1', remote_ip='%s')\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/base.py\", line 1967, in _exec_single_context\n    self.dialect.do_execute(\nsqlite3.OperationalError: database is locked" % (us, ip10(R, 60), us, ip10(R, 60)))
    if t < 0.8:
        return hub(R, "E", "log", "{\"X-Forwarded-Host\": \"hub.%s\", \"Accept\": \"*/*\", \"User-Agent\": \"python-requests/2.32.3\"} 500 POST /hub/api/users/%s/activity (%s@%s) %s" % (DOMAIN, us, us, ip10(R, 60), "%.2fms" % R.uniform(5000, 30000)))
    return hub(R, "E", "app", "Error in periodic last-activity check: (sqlite3.OperationalError) database is locked\n[SQL: UPDATE users SET last_activity=? WHERE users.id = ?]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)")


def e_oauth(R):
    # the Cognito app client was recreated by a CDK change; the hub still uses the old client secret and
    # every login fails at the token exchange
    code = uuid(R)
    t = R.random()
    if t < 0.5:
        return hub(R, "E", "web", "Uncaught exception GET /hub/oauth_callback?code=%s&state=%s (%s)\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/oauthenticator/oauth2.py\", line 1039, in get_token_info\n    token_info = await self.httpfetch(\n  File \"/usr/local/lib/python3.12/site-packages/tornado/simple_httpclient.py\", line 382, in run\n    raise HTTPClientError(\ntornado.httpclient.HTTPClientError: HTTP 400: Bad Request" % (code, alnum(R, 40), ip10(R, 1)))
    if t < 0.75:
        return hub(R, "E", "oauth2", "Error fetching 400 POST https://auth.%s/oauth2/token: {\"error\":\"invalid_client\"}" % DOMAIN)
    return hub(R, "E", "log", "500 GET /hub/oauth_callback?code=[secret]&state=[secret] (@%s) %s" % (ip10(R, 1), ms(R)))


def e_chp(R):
    # the proxy's auth token was rotated in the chart secret but only the hub pod restarted; the proxy still
    # holds the old token, so no new user route can be added
    us = u(R)
    t = R.random()
    if t < 0.5:
        return hub(R, "W", "proxy", "api_request to the proxy failed with status code 403, retrying... (POST http://proxy-api:8001/api/routes/user/%s)" % us)
    if t < 0.8:
        return hub(R, "E", "base", "Failed to add %s to proxy!\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/jupyterhub/proxy.py\", line 868, in api_request\n    result = await client.fetch(req)\ntornado.httpclient.HTTPClientError: HTTP 403: Forbidden" % us)
    return "%s [ConfigProxy] error: 403 POST /api/routes/user/%s authorization token mismatch" % (dot_ms(R)[11:], us)


def hub_negs():
    def n_200(R):
        us = u(R)
        return hub(R, "I", "log", "%d %s %s (%s@%s) %s" % (pick(R, [200, 200, 204, 302]), pick(R, ["GET", "POST"]), pick(R, ["/hub/home", "/hub/api/user", "/hub/spawn/%s" % us, "/hub/api/users/%s/server/progress" % us, "/hub/user/%s/lab" % us, "/hub/token"]), us, ip10(R, 1), ms(R)))

    def n_cull_api(R):
        return hub(R, "I", "log", "200 GET /hub/api/users?state=ready&offset=%d&limit=200 (cull-idle@127.0.0.1) %s" % (pick(R, [0, 200]), ms(R)))

    def n_ready(R):
        us = u(R)
        return hub(R, "I", "base", "User %s took %.3f seconds to start" % (us, R.uniform(4, 120)))

    def n_route(R):
        us = u(R)
        return hub(R, "I", "proxy", "Adding user %s to proxy /user/%s/ => http://%s:8888" % (us, us, ip10(R, 80)))

    def n_slow(R):
        us = u(R)
        return hub(R, "W", "base", "User %s is slow to start (timeout=10)" % us)

    def n_424(R):
        us = u(R)
        return hub(R, "W", "log", "424 GET /hub/user/%s/api/kernels/%s/channels?session_id=%s (%s@%s) %s" % (us, uuid(R), uuid(R), us, ip10(R, 1), ms(R)))

    def n_403(R):
        us = u(R)
        return hub(R, "W", "log", "403 GET /hub/admin (%s@%s) %s" % (us, ip10(R, 1), ms(R)))

    def n_stop(R):
        us = u(R)
        return hub(R, "I", "spawner", "Deleting pod jupyter-%s (stopped by %s)" % (us, pick(R, ["user", "cull-idle"])))

    def n_culler(R):
        us = u(R)
        return "[I %s __init__:%d] Culling server %s (inactive for %02d:%02d:%02d)" % (tornado_ts(R), R.randint(150, 170), us, R.randint(1, 3), R.randint(0, 59), R.randint(0, 59))

    def n_login(R):
        us = u(R)
        return hub(R, "I", "base", "User logged in: %s" % us)

    def n_pending(R):
        us = u(R)
        return hub(R, "I", "spawner", "Attempting to create pod jupyter-%s, with timeout 3" % us)

    def n_su_save(R):
        return su(R, "I", "Saving file at /%s/%s.ipynb" % (pick(R, ["analysis", "scrna", "crispr-screens", "notebooks"]), pick(R, ["QF-SC-023_clustering", "deseq2_batch2", "mageck_rra", "qc_overview", "umap_%s" % lower(R, 4)])))

    def n_su_kernel(R):
        return su(R, "I", "Kernel started: %s" % uuid(R))

    def n_su_restart(R):
        return su(R, "I", "Kernel restarted: %s" % uuid(R))

    def n_su_adapt(R):
        return su(R, "I", "Adapting from protocol version 5.3 (kernel %s) to 5.4 (client)." % uuid(R))

    def n_su_404(R):
        return su(R, "W", "404 GET /api/kernels/%s?%d (%s@%s) %s" % (uuid(R), R.randint(10 ** 12, 10 ** 13), u(R), ip10(R, 1), ms(R)))

    def n_su_trust(R):
        return su(R, "W", "Notebook %s.ipynb is not trusted" % pick(R, ["shared/protocols/lib_prep", "shared/templates/scanpy", "downloads/tutorial_%s" % lower(R, 4)]))

    def n_su_buffer(R):
        return su(R, "I", "Starting buffering for %s:%s" % (uuid(R), uuid(R)))

    def n_proxy_ok(R):
        return "%s [ConfigProxy] info: Adding route /user/%s -> http://%s:8888" % (dot_ms(R)[11:], u(R), ip10(R, 80))

    def n_proxy_200(R):
        return "%s [ConfigProxy] info: 200 GET /api/routes " % dot_ms(R)[11:]

    def n_profile(R):
        return hub(R, "I", "spawner", "Using profile '%s' for %s" % (pick(R, ["Standard (4 CPU / 16 GiB)", "Large memory (8 CPU / 64 GiB)", "GPU (A10G, 24 GiB)"]), u(R)))

    return [n_200, n_cull_api, n_ready, n_route, n_slow, n_424, n_403, n_stop, n_culler, n_login, n_pending,
            n_su_save, n_su_kernel, n_su_restart, n_su_adapt, n_su_404, n_su_trust, n_su_buffer, n_proxy_ok,
            n_proxy_200, n_profile]


# ---------------------------------------------------------------- shiny-server-r44-qc-dashboards-ec2
SH = "shiny-server-r44-qc-dashboards-ec2"
APPS = ["seqqc", "runmonitor", "crispr-hits", "scqc", "lims-kpi"]


def ss(R, lvl, msg):
    return "[%s] [%s] shiny-server - %s" % (shiny_ts(R), lvl, msg)


def lg(R, lvl, msg):
    return "%s [%s] %s" % (lvl, plain_ts(R), msg)


def run_id(R):
    return "203008%02d_%s_%04d_%s22%sLT%s" % (R.randint(2, 28), pick(R, ["LH00412", "LH00577"]), R.randint(100, 400), pick(R, "AB"), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(4)), R.randint(1, 9))


def e_rlib(R):
    # the AMI's R was upgraded 4.3 -> 4.4 and the site library was not rebuilt: arrow and duckdb are missing,
    # so the apps die during initialisation
    a = pick(R, APPS)
    t = R.random()
    if t < 0.45:
        return "Error in library(%s) : there is no package called '%s'\nCalls: local ... eval.parent -> eval -> eval -> eval -> eval -> library\nExecution halted" % ((pick(R, ["arrow", "duckdb", "arrow"]),) * 2)
    if t < 0.8:
        return ss(R, "ERROR", "Error getting worker: Error: The application exited during initialization.")
    return ss(R, "ERROR", "Error starting worker for /srv/shiny-server/%s: R exited with code 1 (\"there is no package called 'arrow'\")" % a)


def e_pgauth(R):
    # the read-only database secret was rotated by Secrets Manager, but the apps read the password from a
    # .Renviron baked into the AMI
    t = R.random()
    if t < 0.6:
        return "Warning: Error in : connection to server at \"qcmetrics.cluster-ro-c%s.%s.rds.amazonaws.com\" (%s), port 5432 failed: FATAL:  password authentication failed for user \"qcdash_ro\"\n  %d: <Anonymous>\n  %d: signalCondition\n  %d: dbConnect\n  %d: get_pool [/srv/shiny-server/%s/R/db.R#%d]\n    1: runApp" % (lower(R, 11), REGION, ip10(R, 40), R.randint(80, 99), R.randint(70, 79), R.randint(60, 69), R.randint(50, 59), pick(R, APPS), R.randint(5, 40))
    return lg(R, "ERROR", "%s: metrics query failed: password authentication failed for user \"qcdash_ro\" (session %s)" % (pick(R, APPS), hexs(R, 32)))


def e_emfile(R):
    # shiny-server runs under systemd with LimitNOFILE=1024; with 5 apps and websocket sessions it runs out
    t = R.random()
    if t < 0.5:
        return ss(R, "ERROR", "Error: EMFILE: too many open files, open '/var/log/shiny-server/%s-shiny-20300%d%02d-%s-%d.log'" % (pick(R, APPS), 8, R.randint(2, 28), digits(R, 6), R.randint(30000, 45000)))
    if t < 0.8:
        return ss(R, "ERROR", "Error getting worker: Error: spawn EMFILE")
    return ss(R, "WARN", "Error handling request for /%s/__sockjs__/n=%s/xhr_streaming: accept EMFILE" % (pick(R, APPS), alnum(R, 20)))


def e_bucket(R):
    # the QC metrics bucket was migrated to a new name with the data-lake reorganisation; the dashboards'
    # config still points to the old bucket
    key = "qc/%s/%s.parquet" % (run_id(R), pick(R, ["demux_stats", "lane_metrics", "index_hopping", "sample_yield"]))
    t = R.random()
    if t < 0.6:
        return "Warning: Error in : IOError: When getting information for key '%s' in bucket 'quillfen-qc-metrics': AWS Error NO_SUCH_BUCKET during HeadObject operation: The specified bucket does not exist\n  %d: open_dataset\n  %d: load_run [/srv/shiny-server/%s/R/load.R#%d]\n    1: runApp" % (key, R.randint(100, 120), R.randint(90, 99), pick(R, ["seqqc", "runmonitor"]), R.randint(5, 60))
    return lg(R, "ERROR", "%s: cannot load metrics for %s: bucket quillfen-qc-metrics does not exist" % (pick(R, ["seqqc", "runmonitor"]), run_id(R)))


def e_mem(R):
    # the per-tile plots of 25B flowcells need >6 GiB; the dashboards run on a t3.large (8 GiB) shared by all apps
    t = R.random()
    if t < 0.6:
        return "Warning: Error in : cannot allocate vector of size %.1f Gb\n  %d: tile_heatmap [/srv/shiny-server/seqqc/R/plots.R#%d]\n  %d: renderPlot\n    1: runApp" % (R.uniform(1.2, 6.0), R.randint(150, 190), R.randint(20, 200), R.randint(130, 149))
    return ss(R, "WARN", "R process %d for /srv/shiny-server/seqqc exited with signal 9 (SIGKILL, out of memory)" % R.randint(2000, 65000))


def shiny_negs():
    def n_listen(R):
        return ss(R, "INFO", "Starting listener on http://[::]:3838")

    def n_stop(R):
        return ss(R, "INFO", "Stopping listener on http://[::]:3838")

    def n_version(R):
        return ss(R, "INFO", "Shiny Server v1.5.22.%d (Node.js v18.20.%d)" % (R.randint(1000, 1099), R.randint(2, 8)))

    def n_conf(R):
        return ss(R, "INFO", "Using config file \"/etc/shiny-server/shiny-server.conf\"")

    def n_pandoc(R):
        return ss(R, "INFO", "Using pandoc: /opt/shiny-server/ext/pandoc (%s)" % pick(R, ["3.1.%d" % R.randint(1, 13), "3.2"]))

    def n_bookmark(R):
        return ss(R, "INFO", "Created bookmark state directory: /var/lib/shiny-server/bookmarks/%s" % pick(R, APPS))

    def n_wsclose(R):
        return ss(R, "INFO", "Client disconnected from /%s/ (session %s)" % (pick(R, APPS), hexs(R, 16)))

    def n_listening(R):
        return "Listening on http://127.0.0.1:%d" % R.randint(30000, 45000)

    def n_attach(R):
        return pick(R, ["\nAttaching package: 'dplyr'\n\nThe following objects are masked from 'package:stats':\n\n    filter, lag\n",
                        "\nAttaching package: 'dplyr'\n\nThe following objects are masked from 'package:base':\n\n    intersect, setdiff, setequal, union\n",
                        "\nAttaching package: 'plotly'\n\nThe following object is masked from 'package:ggplot2':\n\n    last_plot\n",
                        "\nAttaching package: 'data.table'\n\nThe following objects are masked from 'package:dplyr':\n\n    between, first, last\n"])

    def n_req(R):
        return "Loading required package: %s" % pick(R, ["shiny", "ggplot2", "DBI", "arrow", "plotly", "pool"])

    def n_ggwarn(R):
        return "Warning: Removed %d rows containing missing values or values outside the scale range\n(`geom_%s()`)." % (R.randint(1, 400), pick(R, ["point", "line", "tile", "bar"]))

    def n_maxwarn(R):
        return "Warning in max(%s) : no non-missing arguments to max; returning -Inf" % pick(R, ["x", "df$yield", "lane$pf_reads", "q30"])

    def n_info(R):
        return lg(R, "INFO", "%s: session %s opened by %s" % (pick(R, APPS), hexs(R, 32), pick(R, ["akaur", "bnguyen", "cmorales", "dokafor", "lab-screen-2", "eschmidt"])))

    def n_loaded(R):
        return lg(R, "INFO", "seqqc: loaded %d lanes, %d samples for %s in %.1fs" % (R.randint(1, 8), R.randint(8, 384), run_id(R), R.uniform(0.3, 9)))

    def n_notfound(R):
        return lg(R, "WARN", "runmonitor: run id '%s' entered by user not found in metrics index" % pick(R, ["2030081_LH00412", "20300806_LH0412_0123", run_id(R)[:-3], "QF-SC-023"]))

    def n_cached(R):
        return lg(R, "INFO", "%s: cache refresh finished, %d runs, 0 errors" % (pick(R, APPS), R.randint(40, 900)))

    def n_qcfail(R):
        return lg(R, "WARN", "seqqc: %s lane %d flagged (%%Q30 %.1f below 80); shown in red" % (run_id(R), R.randint(1, 8), R.uniform(60, 79.9)))

    def n_idle(R):
        return ss(R, "INFO", "Idle timeout reached for /srv/shiny-server/%s (R process %d stopped after %d s without connections)" % (pick(R, APPS), R.randint(2000, 65000), pick(R, [5, 60, 1800])))

    def n_export(R):
        return lg(R, "INFO", "%s: exported %s_%s.csv (%d rows) for %s" % (pick(R, APPS), pick(R, ["demux_stats", "kpi", "hits"]), lower(R, 6), R.randint(10, 40000), pick(R, ["akaur", "fzhang", "lwei"])))

    return [n_listen, n_stop, n_version, n_conf, n_pandoc, n_bookmark, n_wsclose, n_listening, n_attach, n_req,
            n_ggwarn, n_maxwarn, n_info, n_loaded, n_notfound, n_cached, n_qcfail, n_idle, n_export]


FAMILIES = {
    J1: lambda R: build(R, J1, [("gpu-nodegroup-max-size-4-reached", e_gpu),
                                ("efs-home-access-point-root-owned", e_efs),
                                ("hub-sqlite-database-locked-activity", e_sqlite),
                                ("cognito-app-client-recreated-invalid-client", e_oauth),
                                ("chp-auth-token-rotated-proxy-not-restarted", e_chp)], hub_negs()),
    SH: lambda R: build(R, SH, [("r44-upgrade-site-library-missing-arrow", e_rlib),
                                ("qcdash-ro-password-rotated-renviron", e_pgauth),
                                ("systemd-limitnofile-1024-emfile", e_emfile),
                                ("qc-metrics-bucket-renamed", e_bucket),
                                ("t3large-25b-tile-plots-out-of-memory", e_mem)], shiny_negs()),
}
