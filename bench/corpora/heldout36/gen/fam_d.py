"""Families: openresty-origin-shield-access-error, node22-upload-api-winston-json-ecs.

reelharbor's origin shield is OpenResty 1.25 on ECS in front of the just-in-time packager, the SSAI service and
S3; access log (custom: combined + rt/uct/urt/us/ua/cache) on stdout, error log on stderr, both via awslogs with
awslogs-multiline-pattern '^(\\d{4}/\\d{2}/\\d{2} |\\d{1,3}\\.\\d{1,3}\\.)' so a Lua error's multi-line text stays in its
record. The creator upload API is Node.js 22 / Express on ECS logging with winston's JSON format
(format.errors({stack: true}) + timestamp + json: {"level","message",...meta,"stack","timestamp"}); awslogs uses
awslogs-multiline-pattern '^(\\{|/app/)' so an uncaught start-up crash (written by Node to stderr) is one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, day, hms, iso,
                    epoch, epoch_ms, nginx_ts, clf_ts)

# ---------------------------------------------------------------- openresty-origin-shield-access-error
F1 = "openresty-origin-shield-access-error"
HOST = "origin.reelharbor.example"
UA = ["ReelHarbor/6.2.1 (iPhone; iOS 18.1) AVPlayer", "ExoPlayerLib/2.19.1 ReelHarbor/6.2.0 (Linux; Android 15)", "Mozilla/5.0 (SMART-TV; Linux; Tizen 8.0) ReelHarborTV/3.4",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "AppleCoreMedia/1.0.0.22B83 (Apple TV; U; CPU OS 18_1 like Mac OS X)"]


def seg(R):
    a = "ast_" + lower(R, 10)
    return pick(R, ["/vod/%s/hls/%s_%05d.ts" % (a, pick(R, ["1080p", "720p", "540p"]), R.randint(0, 900)),
                    "/vod/%s/dash/%s/seg-%d.m4s" % (a, pick(R, ["v1080", "v720", "a128"]), R.randint(1, 900)),
                    "/vod/%s/hls/%s.m3u8" % (a, pick(R, ["index", "1080p", "720p"]))])


def conn(R):
    return R.randint(1000, 9999999)


def wk(R):
    n = R.randint(7, 14)
    return "%d#%d" % (n, n)


def acc(R, path, status, size, urt, us, ua, cache, method="GET", rt=None):
    rt = rt if rt is not None else (float(urt) + R.random() * 0.01 if urt not in ("-",) else R.random() * 0.01)
    return '%s - - [%s] "%s %s HTTP/%s" %d %d "-" "%s" rt=%.3f uct=%s urt=%s us=%s ua=%s cache=%s' % (
        pubip(R), clf_ts(R), method, path, pick(R, ["1.1", "2.0"]), status, size, pick(R, UA), rt,
        "%.3f" % (R.random() * 0.004) if ua != "-" else "-", urt, us, ua, cache)


def err(R, level, msg, req=None, upstream=None):
    s = "%s [%s] %s: *%d %s, client: %s, server: %s" % (nginx_ts(R), level, wk(R), conn(R), msg, pubip(R), HOST)
    if req:
        s += ', request: "GET %s HTTP/1.1"' % req
    if upstream:
        s += ', upstream: "%s"' % upstream
    return s + ', host: "%s"' % HOST


def pk_up(R):
    return "10.44.%d.%d:8080" % (R.randint(10, 13), R.randint(4, 250))


def g_timeout(R):
    # the just-in-time packager's ECS service was moved to 0.5 vCPU tasks by a cost change; manifest and segment
    # generation for long titles exceeds proxy_read_timeout 20s
    p = seg(R)
    u = pk_up(R)
    if R.random() < 0.55:
        return err(R, "error", "upstream timed out (110: Connection timed out) while reading response header from upstream", p, "http://%s%s" % (u, p))
    return acc(R, p, 504, 167, "20.%03d" % R.randint(0, 9), "504", u, "MISS")


def g_lua(R):
    # the new image (openresty:1.25-alpine-slim) lacks lua-resty-hmac, which the token check requires
    p = seg(R) + "?token=exp~%d~hmac~%s" % (epoch(R), hexs(R, 16))
    if R.random() < 0.55:
        return err(R, "error", "lua entry thread aborted: runtime error: /etc/nginx/lua/token_auth.lua:3: module 'resty.hmac' not found:\n"
                                "\tno field package.preload['resty.hmac']\n\tno file '/usr/local/openresty/site/lualib/resty/hmac.ljbc'\n"
                                "\tno file '/usr/local/openresty/site/lualib/resty/hmac/init.ljbc'\n\tno file '/usr/local/openresty/lualib/resty/hmac.ljbc'\n"
                                "\tno file '/usr/local/openresty/lualib/resty/hmac.lua'\nstack traceback:\ncoroutine 0:\n\t[C]: in function 'require'\n"
                                "\t/etc/nginx/lua/token_auth.lua:3: in main chunk\n\t[C]: in function 'require'\n\taccess_by_lua(origin.conf:%d):2: in main chunk" % R.randint(40, 44), p)
    return acc(R, p, 500, 177, "-", "-", "-", "-")


def g_wconn(R):
    # traffic for the live final was 3x last year's; worker_connections is still 1024 with 2 workers
    p = seg(R)
    if R.random() < 0.7:
        return err(R, "alert", "1024 worker_connections are not enough while connecting to upstream", p, "http://%s%s" % (pk_up(R), p))
    return "%s [alert] %s: 1024 worker_connections are not enough" % (nginx_ts(R), wk(R))


def g_ssai(R):
    # the SSAI service's certificate was reissued under a new intermediate CA; proxy_ssl_trusted_certificate is a
    # pinned bundle without it, so every ad-stitched manifest fails
    a = "ast_" + lower(R, 10)
    p = "/ssai/%s/master.m3u8?sid=%s" % (a, lower(R, 16))
    u = "52.%d.%d.%d:443" % (R.randint(60, 65), R.randint(0, 255), R.randint(1, 254))
    if R.random() < 0.6:
        return err(R, "error", "upstream SSL certificate verify error: (20:unable to get local issuer certificate) while SSL handshaking to upstream", p, "https://%s%s" % (u, p))
    return acc(R, p, 502, 157, "0.0%02d" % R.randint(10, 60), "502", u, "MISS")


def g_temp(R):
    # the image now runs as user nginx, but /var/cache/nginx/proxy_temp on the bind-mounted volume is owned by root;
    # large responses that spill to a temp file fail mid-stream
    p = seg(R)
    return err(R, "crit", 'open() "/var/cache/nginx/proxy_temp/%d/%02d/%010d" failed (13: Permission denied) while reading upstream' % (R.randint(0, 9), R.randint(0, 99), R.randint(1, 99999)),
               p, "http://%s%s" % (pk_up(R), p))


def g_negs():
    def n_200(R):
        p = seg(R)
        return acc(R, p, pick(R, [200, 200, 206]), R.randint(400, 4000000), "%.3f" % (R.random() * 0.4), pick(R, ["200", "206"]), pk_up(R), pick(R, ["HIT", "HIT", "MISS", "STALE"]))

    def n_hit(R):
        return acc(R, seg(R), 200, R.randint(400, 4000000), "-", "-", "-", "HIT")

    def n_304(R):
        return acc(R, seg(R), 304, 0, "-", "-", "-", "REVALIDATED" if R.random() < 0.3 else "HIT")

    def n_403(R):
        return acc(R, seg(R) + "?token=exp~%d~hmac~%s" % (epoch(R), hexs(R, 16)), 403, 153, "-", "-", "-", "-")

    def n_404(R):
        return acc(R, pick(R, ["/wp-login.php", "/.env", "/admin/config.php", "/robots.txt", "/.git/HEAD", "/crossdomain.xml"]), 404, 153, "-", "-", "-", "-")

    def n_499(R):
        p = seg(R)
        return acc(R, p, 499, 0, "%.3f" % (R.random() * 3), "-", pk_up(R), "MISS")

    def n_favicon(R):
        return err(R, "error", 'open() "/usr/local/openresty/nginx/html/favicon.ico" failed (2: No such file or directory)', "/favicon.ico")

    def n_limit(R):
        return err(R, "error", 'limiting requests, excess: %d.%03d by zone "per_ip"' % (R.randint(20, 40), R.randint(0, 999)), seg(R))

    def n_buffered(R):
        p = seg(R)
        return err(R, "warn", "an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream" % (R.randint(0, 9), R.randint(0, 99), R.randint(1, 99999)),
                   p, "http://%s%s" % (pk_up(R), p))

    def n_notice(R):
        return "%s [notice] 1#1: %s" % (nginx_ts(R), pick(R, ["signal process started", "start worker processes", "using the \"epoll\" event method",
                                                             "openresty/1.25.3.%d" % R.randint(1, 2), "start worker process %d" % R.randint(7, 14),
                                                             "signal 3 (SIGQUIT) received from %d, shutting down" % R.randint(60, 90), "gracefully shutting down"]))

    def n_lua_ok(R):
        return "%s [notice] %s: *%d [lua] token_auth.lua:%d: token ok for %s (exp in %ds), client: %s, server: %s" % (
            nginx_ts(R), wk(R), conn(R), R.randint(40, 42), "ast_" + lower(R, 10), R.randint(60, 21600), pubip(R), HOST)

    def n_geo(R):
        return "%s [warn] %s: *%d [lua] geo.lua:%d: geo-blocked country=%s title=%s (licence window), client: %s, server: %s" % (
            nginx_ts(R), wk(R), conn(R), R.randint(20, 22), pick(R, ["US", "GB", "DE", "IN", "BR"]), "tt_" + lower(R, 9), pubip(R), HOST)

    def n_health(R):
        return '%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.000 uct=- urt=- us=- ua=- cache=-' % (ip10(R, 44), clf_ts(R))

    def n_client_closed(R):
        return err(R, "info", "client prematurely closed connection while sending response to client", seg(R))

    return [n_200, n_200, n_200, n_hit, n_hit, n_304, n_403, n_404, n_499, n_favicon, n_limit, n_buffered, n_notice, n_lua_ok, n_geo, n_health, n_client_closed]


def fam_openresty(R):
    return build(R, F1, [("jit-packager-half-vcpu-upstream-timeout-504", g_timeout), ("image-without-lua-resty-hmac-token-500", g_lua),
                         ("worker-connections-1024-exhausted-live-final", g_wconn), ("ssai-new-intermediate-not-in-pinned-bundle", g_ssai),
                         ("proxy-temp-owned-by-root-permission-denied", g_temp)], g_negs())


# ---------------------------------------------------------------- node22-upload-api-winston-json-ecs
F2 = "node22-upload-api-winston-json-ecs"
KEY_ARN = "arn:aws:kms:%s:%s:key/2b9e41c7-6d0a-4f83-b5e1-8c3d7a90f214" % (REGION, ACCT)


def wn(R, level, message, **meta):
    d = {"level": level, "message": message, "service": "upload-api"}
    d.update(meta)
    d["timestamp"] = iso(R)
    return jd(d)


def upl(R):
    return "upl_" + lower(R, 12)


def creator(R):
    return "cr_" + lower(R, 8)


def md(R, code, attempts=1):
    return {"httpStatusCode": code, "requestId": upper(R, 16), "extendedRequestId": alnum(R, 56) + "=", "attempts": attempts, "totalRetryDelay": 0 if attempts == 1 else R.randint(100, 900)}


def h_kms(R):
    # the upload bucket's default-encryption CMK was scheduled for deletion by a cleanup script (wrong key alias);
    # every CreateMultipartUpload fails
    msg = "%s is pending deletion." % KEY_ARN
    if R.random() < 0.6:
        return wn(R, "error", "createUpload failed: %s" % msg, uploadId=upl(R), creatorId=creator(R), name="KMS.KMSInvalidStateException", **{"$metadata": md(R, 400)},
                  stack="KMS.KMSInvalidStateException: %s\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)\n"
                        "    at /app/node_modules/@smithy/smithy-client/dist-cjs/index.js:876:5\n    at de_CommandError (/app/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:4970:14)\n"
                        "    at async createUpload (/app/dist/uploads/multipart.js:%d:22)" % (msg, R.randint(40, 42)))
    return wn(R, "error", "POST /v1/uploads 500 %dms" % R.randint(40, 300), req={"method": "POST", "url": "/v1/uploads"}, res={"statusCode": 500}, errorCode="KMS.KMSInvalidStateException")


def h_readonly(R):
    # the session store's REDIS_URL points at the old primary node endpoint, which became a replica after an
    # ElastiCache failover; writes of upload sessions are refused
    if R.random() < 0.65:
        return wn(R, "error", "upload session write failed: READONLY You can't write against a read only replica.", uploadId=upl(R),
                  stack="ReplyError: READONLY You can't write against a read only replica.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n"
                        "    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)", command={"name": pick(R, ["hset", "expire", "hincrby"]), "args": ["upload:%s" % upl(R), "[...]"]})
    return wn(R, "error", "PATCH /v1/uploads/%s 500 %dms" % (upl(R), R.randint(3, 60)), req={"method": "PATCH"}, res={"statusCode": 500}, errorCode="READONLY")


def h_sharp(R):
    # the service was moved to Graviton (linux/arm64) but the image is built on amd64 with npm ci --omit=optional,
    # so sharp's arm64 binary is missing and every task crashes at start-up
    return ("/app/node_modules/sharp/lib/sharp.js:%d\n  throw new Error(help.join('\\n'));\n  ^\n\nError: Could not load the \"sharp\" module using the linux-arm64 runtime\n"
            "Possible solutions:\n- Ensure optional dependencies can be installed:\n    npm install --include=optional sharp\n- Ensure your package manager supports multi-platform installation:\n"
            "    See https://sharp.pixelplumbing.com/install#cross-platform\n- Add platform-specific dependencies:\n    npm install --os=linux --cpu=arm64 sharp\n"
            "- Consult the installation documentation:\n    See https://sharp.pixelplumbing.com/install\n    at Object.<anonymous> (/app/node_modules/sharp/lib/sharp.js:%d:9)\n"
            "    at Module._compile (node:internal/modules/cjs/loader:1546:14)\n    at Object..js (node:internal/modules/cjs/loader:1689:10)\n"
            "    at Module.load (node:internal/modules/cjs/loader:1318:32)\n    at Function._load (node:internal/modules/cjs/loader:1128:12)\n"
            "    at Module.require (node:internal/modules/cjs/loader:1340:12)\n    at require (node:internal/modules/helpers:138:16)\n"
            "    at Object.<anonymous> (/app/dist/media/preview.js:%d:15)\n\nNode.js v22.%d.0") % ((lambda n: (n, n))(pick(R, [113, 114])) + (R.randint(3, 5), R.randint(11, 12)))


def h_scan(R):
    # the malware-scan Lambda's reserved concurrency was set to 0 during an incident and never restored; every
    # completed upload stays in SCANNING
    if R.random() < 0.6:
        return wn(R, "error", "malware scan invoke failed: Rate Exceeded.", uploadId=upl(R), name="TooManyRequestsException", Reason="ReservedFunctionConcurrentInvocationLimitExceeded",
                  Type="User", **{"$metadata": md(R, 429, 3)},
                  stack="TooManyRequestsException: Rate Exceeded.\n    at de_TooManyRequestsExceptionRes (/app/node_modules/@aws-sdk/client-lambda/dist-cjs/index.js:%d:21)\n"
                        "    at async startScan (/app/dist/uploads/scan.js:%d:5)" % (R.randint(2400, 2410), R.randint(18, 20)))
    return wn(R, "warn", "upload %s stuck in SCANNING for %d min (scan not started)" % (upl(R), R.randint(15, 240)), creatorId=creator(R))


def h_small(R):
    # Creator Studio 5.0 uploads 4 MiB parts (below S3's 5 MiB minimum for non-final parts); the API completes the
    # upload without checking and S3 rejects it
    if R.random() < 0.6:
        return wn(R, "error", "completeUpload failed: Your proposed upload is smaller than the minimum allowed size", uploadId=upl(R), name="EntityTooSmall",
                  parts=R.randint(20, 900), partSize=4194304, clientVersion="CreatorStudio/5.0.%d" % R.randint(0, 3), **{"$metadata": md(R, 400)})
    return wn(R, "error", "POST /v1/uploads/%s/complete 500 %dms" % (upl(R), R.randint(100, 900)), req={"method": "POST"}, res={"statusCode": 500}, errorCode="EntityTooSmall")


def h_negs():
    def n_http(R):
        m, path, code = pick(R, [("POST", "/v1/uploads", 201), ("PUT", "/v1/uploads/%s/parts/%d" % (upl(R), R.randint(1, 900)), 200), ("GET", "/v1/uploads/%s" % upl(R), 200),
                                  ("POST", "/v1/uploads/%s/complete" % upl(R), 200), ("HEAD", "/v1/uploads/%s" % upl(R), 204)])
        return wn(R, "info", "%s %s %d %dms" % (m, path, code, R.randint(2, 400)), req={"method": m}, res={"statusCode": code})

    def n_done(R):
        return wn(R, "info", "upload completed", uploadId=upl(R), creatorId=creator(R), bytes=R.randint(10 ** 6, 5 * 10 ** 10), parts=R.randint(1, 900), error=None)

    def n_scan_ok(R):
        return wn(R, "info", "malware scan finished", uploadId=upl(R), verdict="CLEAN", threats=0, durationMs=R.randint(400, 90000))

    def n_413(R):
        return wn(R, "warn", "POST /v1/uploads 413 %dms" % R.randint(1, 9), reason="declared size %d GiB exceeds plan limit %d GiB" % (R.randint(60, 400), pick(R, [50, 100])), creatorId=creator(R))

    def n_415(R):
        return wn(R, "warn", "POST /v1/uploads 415 %dms" % R.randint(1, 9), reason="unsupported content type %s" % pick(R, ["application/zip", "image/gif", "application/x-rar", "text/plain"]))

    def n_401(R):
        return wn(R, "warn", "PUT /v1/uploads/%s/parts/%d 401 %dms" % (upl(R), R.randint(1, 400), R.randint(1, 5)), reason="jwt expired")

    def n_aborted(R):
        return wn(R, "warn", "client aborted part upload", uploadId=upl(R), part=R.randint(1, 900), name="BadRequestError", errorMessage="request aborted", code="ECONNABORTED")

    def n_retry(R):
        return wn(R, "warn", "UploadPart throttled (SlowDown), retried", uploadId=upl(R), attempt=2, outcome="ok", **{"$metadata": md(R, 200, 2)})

    def n_listen(R):
        return wn(R, "info", "upload-api listening on :8080", version=pick(R, ["3.14.0", "3.14.1", "3.15.0"]), node="v22.%d.0" % R.randint(11, 12), arch=pick(R, ["arm64", "x64"]))

    def n_health(R):
        return wn(R, "debug", "GET /healthz 200 %dms" % R.randint(0, 3), checks={"redis": "ok", "s3": "ok"}, error=None)

    def n_expired_session(R):
        return wn(R, "info", "upload session expired and aborted", uploadId=upl(R), idleHours=R.randint(24, 72), abortedParts=R.randint(1, 40))

    def n_dup(R):
        return wn(R, "info", "duplicate complete request ignored (idempotent)", uploadId=upl(R), idempotencyKey=uuid(R))

    def n_depr(R):
        return "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)"

    def n_preview(R):
        return wn(R, "info", "preview generated", uploadId=upl(R), width=pick(R, [320, 640]), format="webp", ms=R.randint(30, 900))

    return [n_http, n_http, n_http, n_http, n_done, n_scan_ok, n_413, n_415, n_401, n_aborted, n_retry, n_listen, n_health, n_expired_session, n_dup, n_depr, n_preview]


def fam_upload(R):
    return build(R, F2, [("upload-bucket-cmk-pending-deletion", h_kms), ("session-store-url-points-at-replica-readonly", h_readonly),
                         ("graviton-image-missing-sharp-arm64-binary", h_sharp, 5), ("scan-lambda-reserved-concurrency-zero", h_scan),
                         ("creator-studio-4mib-parts-entity-too-small", h_small)], h_negs())


FAMILIES = {F1: fam_openresty, F2: fam_upload}
