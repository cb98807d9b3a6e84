"""Families: go-services-logrus-zap-klog-ecs, jenkins-controller-ec2-agents."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    ec2host, pid, at, log4j, dotms, klogts, ms, ACCT)

# ---------------------------------------------------------------- go-services-logrus-zap-klog-ecs
# "kestrel" fleet telemetry: Go 1.22 services on ECS (FireLens to CloudWatch): edge-gateway (logrus text
# formatter, non-TTY: time="…" level=… msg="…" key=value sorted), ingest-writer and geo-enricher (zap production
# config with the console encoder: ts\tLEVEL\tcaller\tmsg\t{json fields}, stacktrace lines on ERROR), and
# fleet-controller (client-go, klog header "E0603 12:34:56.789012       1 file.go:123] msg") on EC2. Go panics and
# net/http's ErrorLog (stdlib log "2028/06/03 12:34:56 …") go to stderr; Fluent Bit's go multiline parser joins
# the panic's goroutine dump into one event.
F1 = "go-services-logrus-zap-klog-ecs"


def lr(R, level, msg, **kv):
    extra = "".join(" %s=%s" % (k, v if (" " not in str(v) and '"' not in str(v)) else '"%s"' % str(v).replace('"', '\\"')) for k, v in sorted(kv.items()))
    return 'time="%s" level=%s msg="%s"%s' % (iso(R, 0, "Z"), level, msg.replace('"', '\\"'), extra)


def zp(R, level, caller, msg, fields, stack=None):
    f = "\t" + "{" + ", ".join('"%s": %s' % (k, json_v(v)) for k, v in fields) + "}" if fields else ""
    s = ("\n" + stack) if stack else ""
    return "%s\t%s\t%s\t%s%s%s" % (iso(R, 3, "Z"), level, caller, msg, f, s)


def json_v(v):
    if isinstance(v, (int, float)):
        return str(v)
    return '"%s"' % str(v).replace('"', '\\"')


def kl(R, sev, file_line, msg, p=1):
    return "%s%s %7d %s] %s" % (sev, klogts(R), p, file_line, msg)


def stdlog(R, msg):
    return "2028/06/%02d %s %s" % (day(R), hms(R), msg)


def gostack(*frames):
    return "\n".join("%s\n\t%s" % f for f in frames)


def dev(R):
    return "kt-%s" % lower(R, 8)


def go_panic(R):
    g = R.randint(40, 9000)
    if R.random() < 0.75:
        return "panic: assignment to entry in nil map\n\ngoroutine %d [running]:\ngithub.com/kestrel/geo-enricher/internal/enrich.(*Cache).Put(0xc000%s, {0xc00%s, 0x%x}, {0x%x, 0x%x, 0x%x})\n\t/src/internal/enrich/cache.go:58 +0x%x\ngithub.com/kestrel/geo-enricher/internal/enrich.(*Enricher).Lookup(0xc000%s, {0x1a2e4c0, 0xc00%s}, {0xc00%s, 0xd})\n\t/src/internal/enrich/enricher.go:121 +0x2b8\ngithub.com/kestrel/geo-enricher/internal/consumer.(*Worker).handle(0xc000%s, {0x1a2e4c0, 0xc00%s}, 0xc00%s)\n\t/src/internal/consumer/worker.go:77 +0x1d4\ncreated by github.com/kestrel/geo-enricher/internal/consumer.(*Pool).Start in goroutine 1\n\t/src/internal/consumer/pool.go:42 +0x8c" % (g, hexs(R, 6), hexs(R, 7), R.randint(8, 16), R.randint(16, 99), R.randint(16, 99), R.randint(16, 99), R.randint(0x100, 0x2ff), hexs(R, 6), hexs(R, 7), hexs(R, 7), hexs(R, 6), hexs(R, 7), hexs(R, 7))
    return zp(R, "WARN", "consumer/pool.go:61", "worker restarted after crash", [("worker", R.randint(0, 15)), ("restarts", R.randint(1, 60)), ("last_panic", "assignment to entry in nil map")])


def go_ddb(R):
    if R.random() < 0.5:
        return zp(R, "WARN", "writer/ddb.go:88", "batch write throttled, retrying", [("table", "kestrel-readings"), ("unprocessed", R.randint(1, 25)), ("attempt", R.randint(2, 5))])
    return zp(R, "ERROR", "writer/ddb.go:97", "giving up on batch", [("table", "kestrel-readings"), ("items", 25), ("error", "operation error DynamoDB: BatchWriteItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." % alnum(R, 52).upper())], "github.com/kestrel/ingest-writer/internal/writer.(*DDB).flush\n\t/src/internal/writer/ddb.go:97\ngithub.com/kestrel/ingest-writer/internal/writer.(*DDB).Run\n\t/src/internal/writer/ddb.go:54")


def go_tlsname(R):
    return lr(R, "error", "upstream request failed", error='Post "https://ingest.kestrel.internal:8443/v1/readings": tls: failed to verify certificate: x509: certificate is valid for ingest-writer.kestrel.internal, ingest-writer.kestrel.svc, not ingest.kestrel.internal', route="/v1/readings", upstream="ingest", request_id=uuid(R), duration="%dms" % R.randint(2, 40))


def go_nofile(R):
    r = R.random()
    if r < 0.45:
        return stdlog(R, "http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in %s" % pick(R, ["5ms", "10ms", "20ms", "40ms", "80ms", "160ms", "320ms", "640ms", "1s"]))
    return lr(R, "error", "dial upstream", error="dial tcp %s:8443: socket: too many open files" % ip10(R, 60), upstream=pick(R, ["ingest", "devices", "auth"]), request_id=uuid(R))


def go_rbac(R):
    res = pick(R, ["configmaps", "configmaps", "leases"])
    if res == "leases":
        return kl(R, "E", "reflector.go:150", "k8s.io/client-go@v0.30.2/tools/cache/reflector.go:232: Failed to watch *v1.Lease: failed to list *v1.Lease: leases.coordination.k8s.io is forbidden: User \"system:serviceaccount:fleet:fleet-controller\" cannot list resource \"leases\" in API group \"coordination.k8s.io\" at the cluster scope", R.randint(1, 9))
    sev = pick(R, ["W", "E"])
    if sev == "W":
        return kl(R, "W", "reflector.go:547", "k8s.io/client-go@v0.30.2/tools/cache/reflector.go:232: failed to list *v1.ConfigMap: configmaps is forbidden: User \"system:serviceaccount:fleet:fleet-controller\" cannot list resource \"configmaps\" in API group \"\" at the cluster scope", R.randint(1, 9))
    return kl(R, "E", "reflector.go:150", "k8s.io/client-go@v0.30.2/tools/cache/reflector.go:232: Failed to watch *v1.ConfigMap: failed to list *v1.ConfigMap: configmaps is forbidden: User \"system:serviceaccount:fleet:fleet-controller\" cannot list resource \"configmaps\" in API group \"\" at the cluster scope", R.randint(1, 9))


def go_mmdb(R):
    return zp(R, "FATAL", "cmd/geo-enricher/main.go:44", "cannot open GeoIP database", [("path", "/data/geoip/GeoLite2-City.mmdb"), ("error", "open /data/geoip/GeoLite2-City.mmdb: no such file or directory"), ("task", hexs(R, 32))], "main.main\n\t/src/cmd/geo-enricher/main.go:44\nruntime.main\n\t/usr/local/go/src/runtime/proc.go:271")


def go_ratelimit(R):
    return lr(R, "warning", "rate limiter unavailable, failing open", error=pick(R, ["redis: connection pool timeout", "redis: connection pool timeout", "dial tcp %s:6379: i/o timeout" % ip10(R, 60)]), client=dev(R), route=pick(R, ["/v1/readings", "/v1/events", "/v1/heartbeat"]))


def go_kms(R):
    k = "%s/%s/%s.ndjson.gz" % (pick(R, ["readings", "events"]), "2028/06/%02d/%02d" % (day(R), R.randint(0, 23)), uuid(R))
    return zp(R, "ERROR", "archive/s3.go:120", "upload failed", [("bucket", "kestrel-archive-%s" % ACCT), ("key", k), ("error", "operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error AccessDenied: User: arn:aws:sts::%s:assumed-role/ingest-writer-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:%s:key/7d2b4e1a-93c0-4f5e-8b61-2a9c0d3e4f51 because no identity-based policy allows the kms:GenerateDataKey action" % (hexs(R, 16).upper(), alnum(R, 60), ACCT, hexs(R, 32), ACCT))], "github.com/kestrel/ingest-writer/internal/archive.(*S3).Flush\n\t/src/internal/archive/s3.go:120")


def go_lease(R):
    r = R.random()
    if r < 0.45:
        return kl(R, "E", "leaderelection.go:369", "Failed to update lock: Put \"https://3F8A0C21B9D4E7.gr7.us-east-1.eks.amazonaws.com/apis/coordination.k8s.io/v1/namespaces/fleet/leases/fleet-controller\": context deadline exceeded", R.randint(1, 9))
    if r < 0.8:
        return kl(R, "I", "leaderelection.go:285", "failed to renew lease fleet/fleet-controller: timed out waiting for the condition", R.randint(1, 9))
    return kl(R, "F", "main.go:112", "leaderelection lost", R.randint(1, 9))


def go_negs():
    def n_req(R): return lr(R, "info", "request completed", method=pick(R, ["GET", "POST"]), path=pick(R, ["/healthz", "/v1/readings", "/v1/events"]), status=pick(R, [200, 202, 204]), duration="%.1fms" % R.uniform(0.2, 80), request_id=uuid(R))
    def n_499(R): return lr(R, "warning", "client closed request", path="/v1/readings", status=499, client=dev(R), request_id=uuid(R))
    def n_bad(R): return lr(R, "info", "rejected payload", path="/v1/readings", status=400, reason=pick(R, ["missing device_id", "timestamp in the future", "unknown schema_version 7"]), client=dev(R))
    def n_shutdown(R): return lr(R, "info", pick(R, ["shutting down gracefully", "listening", "config loaded"]), signal=pick(R, ["terminated", "none"]), addr=":8080", version="1.%d.%d" % (R.randint(10, 19), R.randint(0, 9)))
    def n_flush(R): return zp(R, "INFO", "writer/ddb.go:71", "flushed batch", [("table", "kestrel-readings"), ("items", R.randint(1, 25)), ("ms", R.randint(5, 90))])
    def n_zslow(R): return zp(R, "WARN", "consumer/worker.go:93", "slow message", [("stream", "kestrel-readings-in"), ("shard", "shardId-%012d" % R.randint(0, 31)), ("ms", R.randint(1001, 3000))])
    def n_future(R): return zp(R, "WARN", "enrich/validate.go:30", "dropping reading with bad clock", [("device", dev(R)), ("skew_s", R.randint(3600, 9000000))])
    def n_klstart(R): return kl(R, "I", pick(R, ["leaderelection.go:250", "leaderelection.go:260", "controller.go:186"]), pick(R, ["attempting to acquire leader lease fleet/fleet-controller...", "successfully acquired lease fleet/fleet-controller", "Starting workers worker count=%d" % R.randint(2, 8)]), R.randint(1, 9))
    def n_kldep(R): return kl(R, "W", "warnings.go:70", "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice", R.randint(1, 9))
    def n_klsync(R): return kl(R, "I", "reconciler.go:%d" % pick(R, [88, 141]), "reconciled fleet=%s devices=%d changed=%d" % (pick(R, ["eu-north", "us-east", "ap-south"]), R.randint(100, 9000), R.randint(0, 40)), R.randint(1, 9))
    def n_tlsh(R): return stdlog(R, "http: TLS handshake error from %s:%d: %s" % (ipdoc(R), port(R), pick(R, ["EOF", "tls: client offered only unsupported versions: [302 301]", "read tcp 10.60.%d.%d:8443->%s:%d: read: connection reset by peer" % (R.randint(1, 9), R.randint(2, 254), ipdoc(R), port(R))])))
    def n_h2(R): return stdlog(R, "http2: server: error reading preface from client %s:%d: read tcp %s:8443->%s:%d: read: connection reset by peer" % (ip10(R, 60), port(R), ip10(R, 60), ip10(R, 60), port(R)))
    def n_cache(R): return zp(R, "INFO", "enrich/cache.go:33", "cache stats", [("hits", R.randint(10000, 900000)), ("misses", R.randint(10, 9000)), ("size", R.randint(1000, 65536))])
    def n_debug(R): return lr(R, "debug", "upstream selected", upstream=pick(R, ["ingest", "devices"]), target="%s:8443" % ip10(R, 60), request_id=uuid(R))
    def n_ckpt(R): return zp(R, "INFO", "consumer/checkpoint.go:57", "checkpoint saved", [("shard", "shardId-%012d" % R.randint(0, 31)), ("seq", digits(R, 40))])
    return [n_req, n_499, n_bad, n_shutdown, n_flush, n_zslow, n_future, n_klstart, n_kldep, n_klsync, n_tlsh, n_h2, n_cache, n_debug, n_ckpt]


def fam_go(R):
    return build(R, F1, [
        ("geo-enricher-nil-map-panic", go_panic),
        ("readings-table-throughput-exceeded", go_ddb),
        ("edge-gateway-upstream-hostname-not-in-cert", go_tlsname),
        ("edge-gateway-nofile-ulimit-1024", go_nofile),
        ("fleet-controller-clusterrole-missing-verbs", go_rbac),
        ("geo-enricher-geoip-volume-not-mounted", go_mmdb, 8),
        ("edge-gateway-ratelimit-redis-pool-timeouts", go_ratelimit),
        ("archive-bucket-kms-key-not-granted", go_kms),
        ("fleet-controller-lease-renew-timeouts", go_lease),
    ], go_negs())


# ---------------------------------------------------------------- jenkins-controller-ec2-agents
# "moorland" CI: a Jenkins 2.452 LTS controller on EC2 (jenkins.log via the package's java.util.logging
# SimpleFormatter "%1$tY-%1$tm-%1$td %1$tH:%1$tM:%1$tS.%1$tL%1$tz [id=%2$d]\t%4$s\t%3$s: %5$s%6$s%n"), the EC2
# plugin provisioning Linux/arm64 agents, inbound (WebSocket) agents behind an NLB, configuration as code,
# GitHub App credentials, and LDAP (AD) security realm.
F2 = "jenkins-controller-ec2-agents"


def jk(R, level, src, msg):
    return "2028-06-%02d %s.%s+0000 [id=%d]\t%s\t%s: %s" % (day(R), hms(R), ms(R), R.randint(1, 99999), level, src, msg)


def jst(*frames):
    return "".join("\n\tat " + f for f in frames)


def agent(R):
    return "linux-build-%02d" % R.randint(1, 24)


def ec2ag(R, tmpl="amd64-builder"):
    return "EC2 (moorland-aws) - %s (i-0%s)" % (tmpl, hexs(R, 16))


def jk_vcpu(R):
    if R.random() < 0.6:
        return jk(R, "WARNING", "hudson.plugins.ec2.EC2Cloud#provision", "Exception during provisioning\ncom.amazonaws.services.ec2.model.AmazonEC2Exception: You have requested more vCPU capacity than your current vCPU limit of 256 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit. (Service: AmazonEC2; Status Code: 400; Error Code: VcpuLimitExceeded; Request ID: %s; Proxy: null)" % uuid(R) + jst("com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)", "hudson.plugins.ec2.SlaveTemplate.provisionOndemand(SlaveTemplate.java:%d)" % 1598, "hudson.plugins.ec2.EC2Cloud.getNewOrExistingAvailableSlave(EC2Cloud.java:%d)" % 990))
    return jk(R, "INFO", "hudson.plugins.ec2.EC2Cloud#log", "moorland-aws. Template: amd64-builder. Exception during provisioning: You have requested more vCPU capacity than your current vCPU limit of 256 allows for the instance bucket that the specified instance type belongs to.")


def jk_disk(R):
    r = R.random()
    if r < 0.35:
        return jk(R, "WARNING", "hudson.node_monitors.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline", "Making Built-In Node offline temporarily due to the lack of disk space")
    if r < 0.7:
        job = pick(R, ["moorland/webapp/main", "moorland/payments-service/PR-%d" % R.randint(100, 900), "nightly/db-snapshot-restore"])
        return jk(R, "WARNING", "hudson.model.Run#execute" if R.random() < 0.5 else "org.jenkinsci.plugins.workflow.job.WorkflowRun#finish", "%s #%d: Failed to save build record\njava.io.IOException: No space left on device" % (job, R.randint(10, 4000)) + jst("java.base/java.io.FileOutputStream.writeBytes(Native Method)", "hudson.util.AtomicFileWriter.commit(AtomicFileWriter.java:%d)" % 220, "hudson.XmlFile.write(XmlFile.java:%d)" % 223, "hudson.model.Run.save(Run.java:%d)" % 2001))
    return jk(R, "SEVERE", "hudson.model.AsyncPeriodicWork#lambda$doRun$0", "%s thread failed with error\njava.io.IOException: No space left on device" % pick(R, ["Periodic background build discarder", "Fingerprint cleanup", "Workspace clean-up"]) + jst("java.base/java.io.FileOutputStream.writeBytes(Native Method)", "hudson.util.AtomicFileWriter.write(AtomicFileWriter.java:%d)" % 178))


def jk_ping(R):
    a = agent(R)
    if R.random() < 0.55:
        return jk(R, "INFO", "hudson.slaves.ChannelPinger$1#onDead", "Ping failed. Terminating the channel %s.\njava.util.concurrent.TimeoutException: Ping started at %d hasn't completed by %d" % ((lambda t: (a, t, t + 240000))(R.randint(1843430400000, 1844208000000))) + jst("hudson.remoting.PingThread.ping(PingThread.java:135)", "hudson.remoting.PingThread.run(PingThread.java:87)"))
    return jk(R, "WARNING", "jenkins.agents.WebSocketAgents$Session#error", "%s: closed with error\njava.nio.channels.ClosedChannelException" % a + jst("org.eclipse.jetty.websocket.core.internal.WebSocketSessionState.onEof(WebSocketSessionState.java:169)", "org.eclipse.jetty.websocket.core.internal.WebSocketCoreSession.onEof(WebSocketCoreSession.java:%d)" % 253))


def jk_ghapp(R):
    repo = pick(R, ["payments-service", "webapp", "infra-modules", "mobile-api"])
    if R.random() < 0.6:
        return jk(R, "WARNING", "o.j.p.g.GitHubAppCredentials#generateAppInstallationToken", "Failed to retrieve GitHub App installation token for app ID 381%03d\norg.kohsuke.github.HttpException: {\"message\":\"A JSON web token could not be decoded\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}" % R.randint(0, 999) + jst("org.kohsuke.github.GitHubConnectorResponseErrorHandler$1.onError(GitHubConnectorResponseErrorHandler.java:%d)" % 83, "org.jenkinsci.plugins.github_branch_source.GitHubAppCredentials.generateAppInstallationToken(GitHubAppCredentials.java:%d)" % 196))
    return jk(R, "INFO", "jenkins.branch.MultiBranchProject$BranchIndexing#run", "moorland/%s #%d branch indexing action completed: FAILURE" % (repo, R.randint(100, 9000)))


def jk_plugin(R):
    if R.random() < 0.6:
        return jk(R, "SEVERE", "jenkins.InitReactorRunner$1#onTaskFailed", "Failed Loading plugin Pipeline: Declarative v2.2198.v41dd8ef6dd56 (pipeline-model-definition)\njava.io.IOException: Failed to load: Pipeline: Declarative (pipeline-model-definition 2.2198.v41dd8ef6dd56)\n - Update required: Pipeline: Groovy (workflow-cps 3894.vd0f0248b_a_fc4) to be updated to 3922.va_f73b_7c4dfd5 or higher" + jst("hudson.PluginWrapper.resolvePluginDependencies(PluginWrapper.java:1039)", "hudson.PluginManager$2$1$1.run(PluginManager.java:%d)" % 550))
    return jk(R, "SEVERE", "jenkins.InitReactorRunner$1#onTaskFailed", "Failed Loading plugin %s\njava.io.IOException: Failed to load: %s\n - Failed to load: Pipeline: Declarative (pipeline-model-definition 2.2198.v41dd8ef6dd56)" % pick(R, [("Pipeline: Stage View Plugin v2.34 (pipeline-stage-view)", "Pipeline: Stage View Plugin (pipeline-stage-view 2.34)"), ("Blue Ocean Pipeline Editor v1.27.13 (blueocean-pipeline-editor)", "Blue Ocean Pipeline Editor (blueocean-pipeline-editor 1.27.13)"), ("Docker Pipeline v580.vc0c340686b_54 (docker-workflow)", "Docker Pipeline (docker-workflow 580.vc0c340686b_54)")]) + jst("hudson.PluginWrapper.resolvePluginDependencies(PluginWrapper.java:1039)"))


def jk_ami(R):
    return jk(R, "WARNING", "hudson.plugins.ec2.EC2Cloud#provision", "Exception during provisioning\ncom.amazonaws.services.ec2.model.AmazonEC2Exception: The image id '[ami-0%s]' does not exist (Service: AmazonEC2; Status Code: 400; Error Code: InvalidAMIID.NotFound; Request ID: %s; Proxy: null)" % ("9f3c1d2e7a4b5c6d8", uuid(R)) + jst("com.amazonaws.http.AmazonHttpClient$RequestExecutor.handleErrorResponse(AmazonHttpClient.java:1879)", "hudson.plugins.ec2.SlaveTemplate.provisionOndemand(SlaveTemplate.java:1598)"))


def jk_casc(R):
    if R.random() < 0.6:
        return jk(R, "SEVERE", "jenkins.InitReactorRunner$1#onTaskFailed", "Failed ConfigurationAsCode.init\nio.jenkins.plugins.casc.ConfiguratorException: Invalid configuration elements for type: class hudson.plugins.ec2.SlaveTemplate : idleTerminationMinute.\nAvailable attributes : aiType, ami, amiType, associatePublicIp, connectBySSHProcess, connectionStrategy, deleteRootOnTermination, description, ebsOptimized, hostKeyVerificationStrategy, iamInstanceProfile, idleTerminationMinutes, instanceCapStr, labelString, launchTimeoutStr, maxTotalUses, minimumNumberOfInstances, mode, monitoring, numExecutors, remoteAdmin, remoteFS, securityGroups, spotConfig, subnetId, tags, tenancy, type, userData" + jst("io.jenkins.plugins.casc.BaseConfigurator.configure(BaseConfigurator.java:%d)" % 352, "io.jenkins.plugins.casc.ConfigurationAsCode.configureWith(ConfigurationAsCode.java:%d)" % 736))
    return jk(R, "WARNING", "i.j.p.casc.impl.configurators.HeteroDescribableConfigurator#lambda$doConfigure$16", "Failed to configure templates: Invalid configuration elements for type: class hudson.plugins.ec2.SlaveTemplate : idleTerminationMinute.")


def jk_ldaps(R):
    u = pick(R, ["a.kovacs", "b.nwosu", "c.delgado", "d.patel", "e.sato", "f.haddad"])
    return jk(R, "WARNING", pick(R, ["hudson.security.LDAPSecurityRealm$LDAPUserDetailsService#loadUserByUsername", "hudson.security.AuthenticationProcessingFilter2#unsuccessfulAuthentication"]), "Login attempt failed for %s\norg.springframework.ldap.CommunicationException: simple bind failed: ad.moorland.lan:636; nested exception is javax.naming.CommunicationException: simple bind failed: ad.moorland.lan:636 [Root exception is javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target]" % u)


def jk_negs():
    def n_dl(R): return jk(R, "INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", "Finished %s. %s ms" % (pick(R, ["Download metadata", "Periodic background build discarder", "Fingerprint cleanup", "Workspace clean-up"]), "{:,}".format(R.randint(5, 90000))))
    def n_idle(R): return jk(R, "INFO", "hudson.plugins.ec2.EC2RetentionStrategy#internalCheck", "Idle timeout of %s after %d idle minutes, instance status%s" % (ec2ag(R), R.randint(30, 60), pick(R, ["running", "stopping"])))
    def n_prov(R): return jk(R, "INFO", "hudson.plugins.ec2.EC2Cloud#log", "moorland-aws. %s" % pick(R, ["Attempting to provision slave needed by excess workload of %d units" % R.randint(1, 6), "Launching ami-0%s for template amd64-builder" % "4a1b2c3d5e6f70819", "Template: spot-builder. Spot instance request sir-%s is active" % lower(R, 8)]))
    def n_ok(R): return jk(R, "INFO", "hudson.model.Run#execute" if R.random() < 0.3 else "org.jenkinsci.plugins.workflow.job.WorkflowRun#finish", "moorland/%s/%s #%d completed: %s" % (pick(R, ["webapp", "payments-service", "infra-modules", "mobile-api"]), pick(R, ["main", "PR-%d" % R.randint(100, 900), "release%%2F2028.06"]).replace("%%", "%"), R.randint(10, 4000), pick(R, ["SUCCESS", "SUCCESS", "SUCCESS", "FAILURE", "UNSTABLE", "ABORTED"])))
    def n_crumb(R): return jk(R, "WARNING", "hudson.security.csrf.CrumbFilter#doFilter", "Found invalid crumb %s. If you are calling this URL with a script, please use the API Token instead. More information: https://www.jenkins.io/redirect/crumb-cannot-be-used-for-script" % hexs(R, 64))
    def n_tcp(R): return jk(R, "INFO", "hudson.TcpSlaveAgentListener$ConnectionHandler#run", "Connection #%d failed: java.io.EOFException" % R.randint(1000, 99999))
    def n_eof(R): return jk(R, "WARNING", "o.e.j.ee9.nested.HttpChannel#handleException", "/job/moorland/job/%s/%d/consoleText\norg.eclipse.jetty.io.EofException: Closed" % (pick(R, ["webapp", "payments-service"]), R.randint(10, 4000)) + jst("org.eclipse.jetty.server.HttpOutput.checkWritable(HttpOutput.java:771)"))
    def n_accept(R): return jk(R, "INFO", "jenkins.agents.WebSocketAgents$Session#onWebSocketConnect", "%s connected via WebSocket from /%s" % (agent(R), ip10(R, 70)))
    def n_disc(R): return jk(R, "INFO", "hudson.slaves.NodeProvisioner#update", "%s provisioning successfully completed. We have now %d computer(s)" % (ec2ag(R, pick(R, ["amd64-builder", "spot-builder"])), R.randint(10, 40)))
    def n_term(R): return jk(R, "INFO", "hudson.plugins.ec2.EC2AbstractSlave#terminate", "EC2 instance terminated: i-0%s" % hexs(R, 16))
    def n_update(R): return jk(R, "INFO", "hudson.model.UpdateSite#updateData", "Obtained the latest update center data file for UpdateSource default")
    def n_gc(R): return jk(R, "INFO", "jenkins.branch.MultiBranchProject$BranchIndexing#run", "moorland/%s #%d branch indexing action completed: SUCCESS" % (pick(R, ["infra-modules-legacy", "docs-site"]), R.randint(100, 9000)))
    def n_script(R): return jk(R, "INFO", "hudson.model.Queue#maintain", "BuildableItem{moorland/webapp/main} is blocked by moorland/webapp/main #%d (already in progress, concurrent builds disabled)" % R.randint(10, 4000))
    def n_quiet(R): return jk(R, "INFO", "hudson.triggers.SCMTrigger$Runner#run", "SCM changes detected in moorland/%s. Triggering #%d" % (pick(R, ["legacy-cron-jobs", "docs-site"]), R.randint(10, 4000)))
    return [n_dl, n_idle, n_prov, n_ok, n_crumb, n_tcp, n_eof, n_accept, n_disc, n_term, n_update, n_gc, n_script, n_quiet]


def fam_jenkins(R):
    return build(R, F2, [
        ("amd64-builders-vcpu-quota-reached", jk_vcpu),
        ("controller-jenkins-home-full", jk_disk),
        ("websocket-agents-nlb-idle-timeout", jk_ping),
        ("github-app-private-key-rotated", jk_ghapp),
        ("declarative-plugin-needs-newer-workflow-cps", jk_plugin),
        ("arm64-builder-ami-deregistered", jk_ami),
        ("casc-ec2-template-attribute-typo", jk_casc),
        ("ldaps-ca-missing-from-truststore", jk_ldaps),
    ], jk_negs())


FAMILIES = {F1: fam_go, F2: fam_jenkins}
