"""Families: quarkus3-entitlements-jboss-console-ecs, go-drm-license-proxy-gokit-logfmt.

reelharbor's entitlement service (Quarkus 3.15 on ECS Fargate, awslogs driver with
awslogs-multiline-pattern '^\\d{4}-\\d{2}-\\d{2} ' so stack traces stay with their record) writes Quarkus' default
console format "<yyyy-MM-dd HH:mm:ss,SSS> <LEVEL> [<abbreviated category>] (<thread>) <message>" plus the HTTP access
log (common format). The DRM license proxy (Go 1.23 on ECS, go-kit log's logfmt, awslogs-multiline-pattern
'^(ts=|panic: |fatal error: )') brokers Widevine / FairPlay / PlayReady licence requests."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, day, hms, iso,
                    epoch, epoch_ms, clf_ts, java_frames)

# ---------------------------------------------------------------- quarkus3-entitlements-jboss-console-ecs
F1 = "quarkus3-entitlements-jboss-console-ecs"


def qts(R):
    return "2029-11-%02d %s,%s" % (day(R), hms(R), digits(R, 3))


def q(R, level, cat, thread, msg):
    return "%s %-5s [%s] (%s) %s" % (qts(R), level, cat, thread, msg)


def exe(R):
    return "executor-thread-%d" % R.randint(1, 48)


def loop(R):
    return "vert.x-eventloop-thread-%d" % R.randint(0, 3)


def title(R):
    return "tt_%s" % lower(R, 9)


def acct(R):
    return "acc_%s" % lower(R, 10)


def errid(R):
    return "%s-%d" % (uuid(R), R.randint(1, 40))


def territory(R):
    return pick(R, ["AU", "NZ", "SG", "JP", "ID", "PH", "MY", "TH"])


QEH = "io.qua.ver.htt.run.QuarkusErrorHandler"
REST_FRAMES = ["org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)",
               "io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)",
               "org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)",
               "io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:635)",
               "org.jboss.threads.EnhancedQueueExecutor$Task.doRunWith(EnhancedQueueExecutor.java:2675)",
               "java.base/java.lang.Thread.run(Thread.java:1583)"]


def c_wrongpass(R):
    # the ElastiCache user's password was rotated by Secrets Manager; the service reads it only at start-up and the
    # running tasks were never restarted, so every rights-cache call is refused
    t = title(R)
    if R.random() < 0.55:
        return q(R, "ERROR", "com.ree.ent.cac.RightsCache", loop(R), "Rights cache lookup failed for %s/%s: WRONGPASS invalid username-password pair or user is disabled." % (t, territory(R)))
    return q(R, "ERROR", QEH, exe(R), "HTTP Request to /v1/entitlements/check?title=%s failed, error id: %s: io.vertx.redis.client.impl.types.ErrorType: WRONGPASS invalid username-password pair or user is disabled." % (
        t, errid(R)) + java_frames(R, ["com.reelharbor.entitlements.cache.RightsCache.lookup(RightsCache.java:%d)" % R.randint(60, 64),
                                      "com.reelharbor.entitlements.api.EntitlementResource.check(EntitlementResource.java:%d)" % R.randint(48, 52)] + REST_FRAMES[:3]))


def c_connrefused(R):
    # subscriptions-service moved to port 8443 (TLS) in Cloud Map; quarkus.rest-client.subscriptions.url still says
    # http://subscriptions.reelharbor.internal:8080
    addr = "subscriptions.reelharbor.internal/10.40.%d.%d:8080" % (R.randint(2, 5), R.randint(4, 250))
    if R.random() < 0.6:
        return q(R, "ERROR", QEH, exe(R), "HTTP Request to /v1/entitlements/check?title=%s failed, error id: %s: jakarta.ws.rs.ProcessingException: "
                 "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: %s" % (title(R), errid(R), addr) +
                 java_frames(R, ["org.jboss.resteasy.reactive.client.impl.RestClientRequestContext.unwrapException(RestClientRequestContext.java:205)",
                                 "com.reelharbor.entitlements.subscriptions.SubscriptionsClient$$QuarkusRestClientInterface.activePlan(Unknown Source)",
                                 "com.reelharbor.entitlements.api.EntitlementResource.check(EntitlementResource.java:57)"] + REST_FRAMES[:2]) +
                 "\nCaused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: %s\nCaused by: java.net.ConnectException: Connection refused" % addr)
    return q(R, "WARN", "com.ree.ent.api.EntitlementResource", exe(R), "Subscription lookup failed for %s after 3 attempts (Connection refused: %s); answering 503 PLAN_UNAVAILABLE" % (acct(R), addr))


def c_flyway(R):
    # V43__territory_windows.sql was edited after it had been applied in prod; Flyway validation fails on start-up and
    # the new task definition's tasks exit before listening (the ECS deployment never becomes healthy)
    if R.random() < 0.6:
        return q(R, "ERROR", "io.qua.run.Application", "main", "Failed to start application: java.lang.RuntimeException: Failed to start quarkus" +
                 java_frames(R, ["io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)", "io.quarkus.runtime.Application.start(Application.java:101)",
                                 "io.quarkus.runtime.ApplicationLifecycleManager.run(ApplicationLifecycleManager.java:111)"]) +
                 "\nCaused by: org.flywaydb.core.api.exception.FlywayValidateException: Validation failed for migrations on database \"entitlements\":\n"
                 "Migration checksum mismatch for migration version 43\n-> Applied to database : %d\n-> Resolved locally    : %d\n"
                 "Either revert the changes to the migration, or run repair to update the schema history.\nNeed more flexibility with validation rules? Learn more: https://rd.gt/3AbJUZE" % (
                     R.randint(-2000000000, 2000000000), R.randint(-2000000000, 2000000000)) +
                 java_frames(R, ["org.flywaydb.core.Flyway.lambda$migrate$0(Flyway.java:%d)" % R.randint(200, 206)]))
    return q(R, "ERROR", "org.fly.cor.int.com.DbValidate", "main", "Migration checksum mismatch for migration version 43 (task %s)" % hexs(R, 32))


def c_npe(R):
    # titles ingested from the new distributor feed have open-ended rights windows (endsAt null); the window check
    # dereferences it and every playback check for those titles answers 500
    return q(R, "ERROR", QEH, exe(R), "HTTP Request to /v1/entitlements/%s failed, error id: %s: java.lang.NullPointerException: Cannot invoke \"java.time.Instant.isBefore(java.time.Instant)\" "
             "because the return value of \"com.reelharbor.entitlements.rights.RightsWindow.endsAt()\" is null" % (
                 pick(R, ["check?title=%s" % title(R), "playback/%s" % title(R), "batch"]), errid(R)) +
             java_frames(R, ["com.reelharbor.entitlements.rights.RightsWindow.isOpen(RightsWindow.java:%d)" % R.randint(33, 35),
                             "com.reelharbor.entitlements.rights.TerritoryRights.allows(TerritoryRights.java:71)",
                             "com.reelharbor.entitlements.api.EntitlementResource.check(EntitlementResource.java:%d)" % R.randint(61, 63)] + REST_FRAMES[:R.randint(2, 6)]))


def c_oom(R):
    # the 02:00 rights preload loads every territory window of the catalogue into Caffeine; with 4x more titles it
    # no longer fits in -Xmx768m and the task dies (-XX:+ExitOnOutOfMemoryError)
    t = R.random()
    if t < 0.4:
        return q(R, "ERROR", "com.ree.ent.rig.RightsPreloader", "rights-preload-%d" % R.randint(1, 4), "Rights preload aborted after %d of %d titles: java.lang.OutOfMemoryError: Java heap space" % (
            R.randint(180000, 420000), 612340) + java_frames(R, ["java.base/java.util.HashMap.resize(HashMap.java:710)",
                                                                 "com.github.benmanes.caffeine.cache.BoundedLocalCache.put(BoundedLocalCache.java:2290)",
                                                                 "com.reelharbor.entitlements.rights.RightsPreloader.loadPage(RightsPreloader.java:%d)" % R.randint(80, 84)]))
    if t < 0.7:
        return "Terminating due to java.lang.OutOfMemoryError: Java heap space" if R.random() < 0.2 else \
            q(R, "ERROR", QEH, exe(R), "HTTP Request to /v1/entitlements/check?title=%s failed, error id: %s: java.lang.OutOfMemoryError: Java heap space" % (title(R), errid(R)))
    return q(R, "WARN", "io.qua.sch.com.run.SimpleScheduler", "executor-thread-%d" % R.randint(1, 48), "Error occurred while executing task for trigger IntervalTrigger [id=rights-preload, interval=86400000]: java.lang.OutOfMemoryError: Java heap space (heap %d/768 MB)" % R.randint(740, 767))


def c_negs():
    def n_started(R):
        return q(R, "INFO", "io.quarkus", "main", "entitlements %s on JVM (powered by Quarkus 3.15.%d) started in %.3fs. Listening on: http://0.0.0.0:8080" % (
            pick(R, ["2.8.1", "2.8.2", "2.9.0"]), R.randint(1, 3), R.random() * 3 + 1.2))

    def n_profile(R):
        return q(R, "INFO", "io.quarkus", "main", "Profile prod activated. ")

    def n_features(R):
        return q(R, "INFO", "io.quarkus", "main", "Installed features: [agroal, cdi, flyway, hibernate-orm, jdbc-postgresql, micrometer, narayana-jta, redis-client, rest, rest-client, rest-jackson, scheduler, smallrye-context-propagation, smallrye-health, vertx]")

    def n_stopped(R):
        return q(R, "INFO", "io.quarkus", "Shutdown thread", "entitlements stopped in %.3fs" % (R.random() * 0.2 + 0.02))

    def n_flyway_ok(R):
        return q(R, "INFO", "org.fly.cor.int.com.DbValidate", "main", "Successfully validated %d migrations (execution time 00:00.%03ds)" % (R.randint(42, 44), R.randint(10, 90)))

    def n_flyway_uptodate(R):
        return q(R, "INFO", "org.fly.cor.int.com.DbMigrate", "main", "Schema \"public\" is up to date. No migration necessary.")

    def n_access(R):
        return "%s - - [%s] \"GET /v1/entitlements/check?title=%s&territory=%s HTTP/1.1\" %d %d" % (ip10(R, 40), clf_ts(R), title(R), territory(R), pick(R, [200, 200, 200, 304]), R.randint(90, 600))

    def n_access_403(R):
        return "%s - - [%s] \"GET /v1/entitlements/check?title=%s&territory=%s HTTP/1.1\" 403 %d" % (ip10(R, 40), clf_ts(R), title(R), territory(R), R.randint(90, 200))

    def n_health(R):
        return "%s - - [%s] \"GET /q/health/ready HTTP/1.1\" 200 %d" % (ip10(R, 40), clf_ts(R), R.randint(40, 200))

    def n_granted(R):
        return q(R, "INFO", "com.ree.ent.api.EntitlementResource", exe(R), "Entitlement granted: account=%s title=%s territory=%s plan=%s maxHeight=%d" % (
            acct(R), title(R), territory(R), pick(R, ["basic", "standard", "premium"]), pick(R, [720, 1080, 2160])))

    def n_geo(R):
        return q(R, "WARN", "com.ree.ent.api.EntitlementResource", exe(R), "Playback denied: title %s not licensed in territory %s (window %s); answering 403 GEO_BLOCKED" % (
            title(R), territory(R), pick(R, ["none", "ended 2029-10-31", "starts 2029-12-01"])))

    def n_expired(R):
        return q(R, "INFO", "com.ree.ent.api.EntitlementResource", exe(R), "Subscription for %s expired at %s; answering 403 ENTITLEMENT_EXPIRED" % (acct(R), iso(R, frac=0)))

    def n_retry_ok(R):
        return q(R, "WARN", "com.ree.ent.sub.SubscriptionsClient", exe(R), "activePlan(%s) attempt 1 failed with ReadTimeoutException after 2000 ms, retry 2/3 succeeded" % acct(R))

    def n_blocked(R):
        return q(R, "WARN", "io.ver.cor.imp.BlockedThreadChecker", "vertx-blocked-thread-checker", "Thread Thread[#%d,vert.x-eventloop-thread-%d,5,main] has been blocked for %d ms, time limit is 2000 ms" % (
            R.randint(30, 60), R.randint(0, 3), R.randint(2001, 2900)))

    def n_unrecognized(R):
        return q(R, "WARN", "io.qua.config", "main", "Unrecognized configuration key \"%s\" was provided; it will be ignored; verify that the dependency extension for this configuration is set or that you did not make a typo" % pick(
            R, ["quarkus.http.cors", "quarkus.log.console.json", "quarkus.redis.devservices.enabled"]))

    def n_cache_stats(R):
        return q(R, "DEBUG", "com.ree.ent.cac.RightsCache", loop(R), "stats hits=%d misses=%d evictions=%d errors=0" % (R.randint(1000, 90000), R.randint(10, 900), R.randint(0, 50)))

    def n_preload_ok(R):
        return q(R, "INFO", "com.ree.ent.rig.RightsPreloader", "rights-preload-%d" % R.randint(1, 4), "Rights preload finished: %d titles, %d windows in %.1fs (heap %d/768 MB)" % (
            R.randint(140000, 150000), R.randint(600000, 900000), R.random() * 90 + 30, R.randint(300, 520)))

    def n_agroal(R):
        return q(R, "DEBUG", "io.agroal.pool", "agroal-%d" % R.randint(1, 11), "Datasource '<default>': Created new connection org.postgresql.jdbc.PgConnection@%s" % hexs(R, 8))

    return [n_started, n_profile, n_features, n_stopped, n_flyway_ok, n_flyway_uptodate, n_access, n_access, n_access, n_access_403, n_health,
            n_granted, n_granted, n_geo, n_expired, n_retry_ok, n_blocked, n_unrecognized, n_cache_stats, n_preload_ok, n_agroal]


def fam_quarkus(R):
    return build(R, F1, [("rights-cache-redis-password-rotated-wrongpass", c_wrongpass), ("subscriptions-client-stale-port-8080-refused", c_connrefused),
                         ("flyway-v43-checksum-mismatch-startup", c_flyway), ("open-ended-rights-window-endsat-npe", c_npe),
                         ("rights-preload-heap-oom-768m", c_oom)], c_negs())


# ---------------------------------------------------------------- go-drm-license-proxy-gokit-logfmt
F2 = "go-drm-license-proxy-gokit-logfmt"


def gts(R):
    return "2029-11-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 9))


def lf(v):
    v = str(v)
    if v == "" or any(c in v for c in ' "=\\'):
        return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')
    return v


def g(R, level, caller, msg, *kv):
    parts = ["ts=%s" % gts(R), "caller=%s" % caller, "level=%s" % level]
    it = list(kv)
    for i in range(0, len(it), 2):
        parts.append("%s=%s" % (it[i], lf(it[i + 1])))
    parts.insert(3, "msg=%s" % lf(msg))
    return " ".join(parts)


def sid(R):
    return "ses_" + lower(R, 12)


def dev(R):
    return "dev_" + hexs(R, 12)


def d_widevine(R):
    # the Widevine provider signing key was rotated in the license service's console; the proxy's Secrets Manager
    # value still holds the old key, so every signed request is rejected upstream
    if R.random() < 0.6:
        return g(R, "error", "widevine.go:%d" % R.randint(118, 121), "upstream license server rejected request", "drm", "widevine", "provider", "reelharbor",
                 "status", "SIGNATURE_FAILED", "session", sid(R), "content_id", "tt_" + lower(R, 9), "http_status", 502)
    return g(R, "error", "http.go:88", "request failed", "method", "POST", "path", "/v1/license/widevine", "status", 502, "err", "widevine: license status SIGNATURE_FAILED",
             "dur", "%.1fms" % (R.random() * 80 + 20), "session", sid(R))


def d_fairplay(R):
    # the FairPlay ASK is stored encrypted with a CMK; the task role of the new service revision has no kms:Decrypt
    rid = uuid(R)
    err = ("operation error KMS: Decrypt, https response error StatusCode: 400, RequestID: %s, api error AccessDeniedException: User: arn:aws:sts::%s:assumed-role/rh-drm-license-task/%s "
           "is not authorized to perform: kms:Decrypt on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access") % (
        rid, ACCT, hexs(R, 32))
    if R.random() < 0.5:
        return g(R, "error", "fairplay.go:%d" % R.randint(64, 66), "cannot load FairPlay application secret key", "err", err)
    return g(R, "error", "http.go:88", "request failed", "method", "POST", "path", "/v1/license/fairplay", "status", 500, "err", "fairplay: ASK unavailable: kms Decrypt: AccessDeniedException",
             "dur", "%.1fms" % (R.random() * 30 + 2), "session", sid(R))


def d_cert(R):
    # the internal SPEKE/PlayReady key server's certificate (private CA) expired on 2029-11-01; renewal was manual
    now = "2029-11-%02dT%s" % (day(R), hms(R))
    err = "Post \"https://keys.drm.reelharbor.internal/v2/playready/keys\": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time %sZ is after 2029-11-01T23:59:59Z" % now
    if R.random() < 0.6:
        return g(R, "error", "playready.go:%d" % R.randint(140, 143), "content key fetch failed", "drm", "playready", "kid", uuid(R), "err", err)
    return g(R, "error", "http.go:88", "request failed", "method", "POST", "path", "/v1/license/playready", "status", 502, "err", "playready: content key unavailable: x509: certificate has expired or is not yet valid",
             "dur", "%.1fms" % (R.random() * 40 + 5), "session", sid(R))


def d_panic(R):
    # v3.7's device-limit cache is used before its map is allocated when the DynamoDB warm-up is skipped; first
    # concurrent-stream check of each new task panics and the container exits
    g_id = R.randint(100, 9000)
    return ("panic: assignment to entry in nil map\n\ngoroutine %d [running]:\ngithub.com/reelharbor/drm-license/internal/devices.(*LimitCache).Record(0x%s, {0x%s, 0x10}, {0x%s, 0x1c})\n"
            "\t/src/internal/devices/cache.go:77 +0x%s\ngithub.com/reelharbor/drm-license/internal/license.(*Server).checkStreams(0x%s, {0x%s, 0x%s}, 0x%s)\n"
            "\t/src/internal/license/streams.go:%d +0x%s\ngithub.com/reelharbor/drm-license/internal/license.(*Server).ServeHTTP(0x%s, {0x%s, 0x%s}, 0x%s)\n"
            "\t/src/internal/license/server.go:%d +0x%s\nnet/http.serverHandler.ServeHTTP({0x%s?}, {0x%s?, 0x%s?}, 0x6?)\n\t/usr/local/go/src/net/http/server.go:3210 +0x8e\n"
            "net/http.(*conn).serve(0x%s, {0x%s, 0x%s})\n\t/usr/local/go/src/net/http/server.go:2092 +0x5d0\ncreated by net/http.(*Server).Serve in goroutine 1\n"
            "\t/usr/local/go/src/net/http/server.go:3360 +0x485") % (
        g_id, "c000" + hexs(R, 6), "c000" + hexs(R, 6), "c000" + hexs(R, 6), hexs(R, 3), "c000" + hexs(R, 6), hexs(R, 6), "c000" + hexs(R, 6), "c000" + hexs(R, 6),
        R.randint(51, 53), hexs(R, 3), "c000" + hexs(R, 6), hexs(R, 6), "c000" + hexs(R, 6), "c000" + hexs(R, 6), R.randint(210, 214), hexs(R, 3),
        "c000" + hexs(R, 6), hexs(R, 6), "c000" + hexs(R, 6), "c000" + hexs(R, 6), hexs(R, 6), "c000" + hexs(R, 6))


def d_jwks(R):
    # the identity team moved the JWKS to /.well-known/openid/jwks.json and rotated signing keys; the proxy still polls
    # the old URL, so tokens signed with the new key id are all rejected
    if R.random() < 0.4:
        return g(R, "error", "auth.go:%d" % R.randint(52, 54), "jwks refresh failed", "url", "https://auth.reelharbor.example/.well-known/jwks.json", "err", "unexpected status 404 Not Found",
                 "keys_cached", 2)
    return g(R, "warn", "auth.go:%d" % R.randint(97, 99), "player token rejected", "err", "kid \"rh-2029-11\" not found in key set", "status", 401, "path",
             "/v1/license/%s" % pick(R, ["widevine", "fairplay", "playready"]), "device", dev(R))


def d_negs():
    def n_req(R):
        return g(R, "info", "http.go:92", "request", "method", "POST", "path", "/v1/license/%s" % pick(R, ["widevine", "widevine", "fairplay", "playready"]),
                 "status", 200, "dur", "%.1fms" % (R.random() * 60 + 3), "bytes", R.randint(600, 4000), "err", "null")

    def n_issued(R):
        return g(R, "info", "license.go:%d" % R.randint(140, 160), "license issued", "drm", pick(R, ["widevine", "fairplay", "playready"]), "content_id", "tt_" + lower(R, 9),
                 "policy", pick(R, ["svod-hd", "svod-uhd", "rental-48h", "offline-30d"]), "device", dev(R), "security_level", pick(R, ["L1", "L3", "SL3000", "SL2000"]))

    def n_denied(R):
        return g(R, "info", "license.go:%d" % R.randint(170, 180), "license denied", "reason", pick(R, ["RENTAL_EXPIRED", "DEVICE_LIMIT_REACHED", "GEO_BLOCKED", "HDCP_INSUFFICIENT", "ENTITLEMENT_EXPIRED"]),
                 "status", 403, "content_id", "tt_" + lower(R, 9), "device", dev(R))

    def n_token_expired(R):
        return g(R, "warn", "auth.go:98", "player token rejected", "err", "token is expired", "status", 401, "path", "/v1/license/widevine", "device", dev(R))

    def n_canceled(R):
        return g(R, "warn", "http.go:90", "client went away", "path", "/v1/license/%s" % pick(R, ["widevine", "playready"]), "err", "context canceled", "dur", "%.1fms" % (R.random() * 900 + 100))

    def n_health(R):
        return g(R, "debug", "http.go:92", "request", "method", "GET", "path", "/healthz", "status", 200, "dur", "%dµs" % R.randint(20, 300))

    def n_start(R):
        return g(R, "info", "main.go:%d" % R.randint(60, 64), "starting license proxy", "version", pick(R, ["v3.6.4", "v3.7.0", "v3.7.1"]), "addr", ":8443", "go", "go1.23.%d" % R.randint(2, 4))

    def n_jwks_ok(R):
        return g(R, "debug", "auth.go:58", "jwks refreshed", "url", "https://auth.reelharbor.example/.well-known/openid/jwks.json", "keys", R.randint(2, 4), "errors", 0)

    def n_keycache(R):
        return g(R, "info", "keys.go:%d" % R.randint(30, 33), "content key cache refreshed", "keys", R.randint(1000, 90000), "fetched", R.randint(0, 300), "failed", 0)

    def n_retry(R):
        return g(R, "warn", "keys.go:77", "key server call retried", "attempt", 2, "err", "read: connection reset by peer", "result", "ok")

    def n_shutdown(R):
        return g(R, "info", "main.go:%d" % R.randint(90, 92), "shutting down", "signal", "terminated", "inflight", R.randint(0, 12))

    def n_limits(R):
        return g(R, "debug", "streams.go:%d" % R.randint(40, 44), "concurrent streams", "account", "acc_" + lower(R, 10), "active", R.randint(0, 4), "limit", pick(R, [2, 4]))

    def n_metrics(R):
        return g(R, "info", "metrics.go:21", "stats", "licenses_ok", R.randint(100, 90000), "licenses_denied", R.randint(0, 900), "upstream_errors", 0, "window", "60s")

    return [n_req, n_req, n_req, n_issued, n_issued, n_denied, n_token_expired, n_canceled, n_health, n_start, n_jwks_ok, n_keycache, n_retry,
            n_shutdown, n_limits, n_metrics]


def fam_drm(R):
    return build(R, F2, [("widevine-signing-key-rotated-signature-failed", d_widevine), ("fairplay-ask-cmk-kms-decrypt-denied", d_fairplay),
                         ("playready-keyserver-private-ca-cert-expired", d_cert), ("device-limit-cache-nil-map-panic", d_panic),
                         ("jwks-url-moved-new-kid-not-found", d_jwks)], d_negs())


FAMILIES = {F1: fam_quarkus, F2: fam_drm}
