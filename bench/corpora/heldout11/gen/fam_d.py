"""Families: xray-daemon-cwagent, eks-dns-nth-csi."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- xray-daemon-cwagent
# ECS sidecars: the AWS X-Ray daemon (`isoZ [Level] msg`) and the CloudWatch agent (`isoZ X! [plugin] msg`
# with I!/W!/E!/D!), incl. its ECS service discovery for Prometheus scraping, plus EMF documents the
# application writes to the same stream.
F1 = "xray-daemon-cwagent"


def xts(R):
    return "2027-04-%02dT%sZ" % (day(R), hms(R))


def xr(R, lvl, msg):
    return "%s [%s] %s" % (xts(R), lvl, msg)


def cw(R, lvl, msg):
    return "%s %s! %s" % (xts(R), lvl, msg)


def g_xr_denied(R):
    return xr(R, "Error", "Sending segment batch failed with: AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/checkout-task-role/%s is not authorized to perform: xray:PutTraceSegments because no identity-based policy allows the xray:PutTraceSegments action\n\tstatus code: 403, request id: %s" % (hexs(R, 32), uuid(R)))


def g_xr_nocreds(R):
    return xr(R, "Error", "Sending segment batch failed with: NoCredentialProviders: no valid providers in chain. Deprecated.\n\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors")


def g_xr_unprocessed(R):
    return xr(R, "Error", "Unprocessed segment: {\n  ErrorCode: \"InvalidTraceId\",\n  Id: \"%s\",\n  Message: \"Invalid trace id: 1-%s-%s\"\n}" % (hexs(R, 16), hexs(R, pick(R, [7, 9])), hexs(R, 24)))


def g_cw_loggroup(R):
    return cw(R, "E", "[outputs.cloudwatchlogs] Aws error received when sending logs to /ecs/payments/application/payments-%s: ResourceNotFoundException: The specified log group does not exist." % hexs(R, 32))


def g_cw_sd_denied(R):
    return cw(R, "E", "[processors.ecsdecorator] ECS SD: failed to describe tasks for cluster prod-apps: AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/cwagent-prometheus-task/%s is not authorized to perform: ecs:DescribeTasks on resource: arn:aws:ecs:us-east-1:111122223333:task/prod-apps/* because no identity-based policy allows the ecs:DescribeTasks action" % hexs(R, 32))


def g_cw_emf_invalid(R):
    return cw(R, "E", "[outputs.cloudwatch] Failed to put metric data: InvalidParameterValue: The value %s for parameter MetricData.member.%d.Value is invalid.\n\tstatus code: 400, request id: %s" % (pick(R, ["NaN", "Infinity"]), R.randint(1, 20), uuid(R)))


def g_cw_scrape_oob(R):
    return 'level=error ts=%s caller=scrape.go:%d component="scrape manager" scrape_pool=jmx-ecs target=http://%s:9404/metrics msg="Append failed" err="label value \\"%s\\" for label \\"TaskDefinitionFamily\\" exceeds the maximum length"' % (
        iso(R, 3), pick(R, [1403, 1403]), ip10(R), "orders-" + lower(R, 40))


def g_cw_config(R):
    return "\n".join([
        cw(R, "E", "Invalid Json input schema."),
        "Under path : /logs/metrics_collected/prometheus/ecs_service_discovery/docker_label | Error : Additional property sd_job_name_label is not allowed",
        "Configuration validation first phase failed. Agent version: 1.300%d.%d. Verify the JSON input is only using features supported by this version." % (R.randint(40, 52), R.randint(0, 3)),
    ])


def n_xr_info(R):
    return xr(R, "Info", pick(R, ["Successfully sent batch of %d segments (%.3f seconds)" % (R.randint(1, 50), R.uniform(0.005, 0.4)),
                                  "Successfully sent batch of %d segments (%.3f seconds)" % (R.randint(1, 50), R.uniform(0.005, 0.4)),
                                  "Initializing AWS X-Ray daemon 3.3.%d" % R.randint(10, 14),
                                  "Using buffer memory limit of %d MB" % R.randint(20, 120),
                                  "%d segment buffers allocated" % R.randint(100, 2000),
                                  "Using region: %s" % pick(R, ["us-east-1", "eu-west-1"]),
                                  "Starting proxy http server on 127.0.0.1:2000"]))


def n_xr_warn_debug(R):
    return xr(R, pick(R, ["Warn", "Debug"]), pick(R, ["Delaying sending of additional batches by %d seconds" % R.randint(0, 5),
                                                      "Received %d bytes from %s:%d" % (R.randint(300, 60000), "127.0.0.1", port(R)),
                                                      "processor: sending partial batch",
                                                      "Segment buffer is full. Dropping oldest segment document."]))


def n_cw_info(R):
    return cw(R, "I", pick(R, ["[logagent] piping log from /ecs/payments/application/%s(%s) to cloudwatchlogs with retention -1" % (hexs(R, 32), "stdout"),
                               "[processors.ecsdecorator] ECS SD: discovered %d targets in cluster prod-apps (%d tasks, 0 errors)" % (R.randint(1, 60), R.randint(1, 60)),
                               "[agent] Config: Interval:1m0s, Quiet:false, Hostname:\"ip-%s\", Flush Interval:1s" % ip10(R).replace(".", "-"),
                               "[outputs.cloudwatch] Write batch of %d metrics" % R.randint(1, 1000)]))


def n_cw_warn(R):
    return cw(R, "W", pick(R, ["[outputs.cloudwatchlogs] Retried %d time, going to sleep %dms before retrying." % (R.randint(0, 3), pick(R, [200, 400, 800])),
                               "[inputs.prometheus] Dropped %d metrics with unsupported type (histogram without _bucket)" % R.randint(1, 40),
                               "[outputs.cloudwatchlogs] The log group /ecs/payments/application already exists"]))


def n_cw_debug(R):
    return cw(R, "D", "[outputs.cloudwatchlogs] Pusher published %d log events to group: /ecs/%s/application stream: ecs/%s/%s with size %d KB in %dms." % (
        R.randint(1, 500), pick(R, ["payments", "checkout"]), pick(R, ["payments", "checkout"]), hexs(R, 32), R.randint(1, 900), R.randint(5, 400)))


def n_emf(R):
    return jd({"_aws": {"Timestamp": R.randint(1806000000000, 1806900000000), "CloudWatchMetrics": [{"Namespace": "Shop/Checkout", "Dimensions": [["Service", "Operation"]],
                                                                                               "Metrics": [{"Name": "Latency", "Unit": "Milliseconds"}, {"Name": "Errors", "Unit": "Count"}]}]},
               "Service": "checkout", "Operation": pick(R, ["PlaceOrder", "GetCart", "ApplyCoupon"]), "Latency": R.randint(3, 900), "Errors": 0, "traceId": "1-%s-%s" % (hexs(R, 8), hexs(R, 24))})


def n_scrape_debug(R):
    return 'level=debug ts=%s caller=scrape.go:%d component="scrape manager" scrape_pool=jmx-ecs target=http://%s:9404/metrics msg="Scrape failed" err="Get \\"http://%s:9404/metrics\\": context deadline exceeded"' % (
        iso(R, 3), pick(R, [1400, 1401]), ip10(R), ip10(R))


def xray_daemon_cwagent(R):
    groups = [
        ("xray-checkout-puttracesegments-denied", g_xr_denied),
        ("xray-no-credential-providers", g_xr_nocreds),
        ("xray-invalid-trace-id", g_xr_unprocessed),
        ("cwagent-payments-log-group-missing", g_cw_loggroup),
        ("cwagent-ecs-sd-describe-tasks-denied", g_cw_sd_denied),
        ("cwagent-emf-invalid-metric-value", g_cw_emf_invalid),
        ("cwagent-scrape-label-too-long", g_cw_scrape_oob),
        ("cwagent-config-schema-invalid", g_cw_config, 6),
    ]
    negs = [n_xr_info, n_xr_warn_debug, n_cw_info, n_cw_warn, n_cw_debug, n_emf, n_scrape_debug]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- eks-dns-nth-csi
# EKS add-ons: external-dns (logrus text), aws-node-termination-handler (zerolog console
# `yyyy/mm/dd hh:mm:ss LVL msg key=value`), the Secrets Store CSI driver and its AWS provider (klog).
F2 = "eks-dns-nth-csi"


def ed(R, lvl, msg):
    return 'time="2027-04-%02dT%sZ" level=%s msg="%s"' % (day(R), hms(R), lvl, msg)


def nth(R, lvl, msg, **kv):
    s = "2027/04/%02d %s %s %s" % (day(R), hms(R), lvl, msg)
    for k, v in kv.items():
        s += " %s=%s" % (k, v)
    return s


def klog(R, lvl, src, msg):
    return "%s04%02d %s.%06d %7d %s] %s" % (lvl, day(R), hms(R), R.randint(0, 999999), 1, src, msg)


def zone(R):
    return "Z0%s" % alnum(R, 18).upper()


ZONE = "Z04417EXAMPLE7QHJ2K"


def g_ed_conflict(R):
    h = pick(R, ["shop", "api", "checkout"])
    return ed(R, "error", "Failure in zone example.com. when submitting change batch: InvalidChangeBatch: [RRSet of type A with DNS name %s.example.com. is not permitted because a conflicting RRSet of type  CNAME with the same DNS name already exists in zone example.com.]\\n\\tstatus code: 400, request id: %s" % (h, uuid(R)))


def g_ed_fatal(R):
    return ed(R, "fatal", "failed to submit all changes for the following zones: [/hostedzone/%s]" % ZONE)


def g_ed_throttle(R):
    return ed(R, "error", "Failed to do run once: soft error\\nrecords retrieval failed: failed to list resource records sets for zone /hostedzone/%s using aws profile \\\"\\\": operation error Route 53: ListResourceRecordSets, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, api error Throttling: Rate exceeded" % (ZONE, uuid(R)))


def g_ed_private_denied(R):
    return ed(R, "fatal", "records retrieval failed: failed to list hosted zones: operation error Route 53: ListHostedZones, https response error StatusCode: 403, RequestID: %s, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/external-dns-internal/%d is not authorized to perform: route53:ListHostedZones because no identity-based policy allows the route53:ListHostedZones action" % (uuid(R), R.randint(10**18, 10**19)))


def g_nth_pdb(R):
    p = "%s-%s-%s" % (pick(R, ["checkout", "orders-api"]), lower(R, 10), lower(R, 5))
    return nth(R, "ERR", "There was a problem while trying to cordon and drain the node", error='"error when evicting pods/\\"%s\\" -n \\"shop\\": global timeout reached: 2m0s"' % p,
               node="ip-%s.ec2.internal" % ip10(R).replace(".", "-"))


def g_nth_sqs(R):
    return nth(R, "ERR", "There was a problem monitoring for events", error='"AccessDenied: Access to the resource https://sqs.us-east-1.amazonaws.com/111122223333/nth-interruptions is denied.\\n\\tstatus code: 403, request id: %s"' % uuid(R),
               event_type="SQS_MONITOR")


def g_csi_denied(R):
    pod = "%s-%s-%s" % (pick(R, ["payments", "ledger"]), lower(R, 10), lower(R, 5))
    return klog(R, "E", "nodeserver.go:%d" % pick(R, [235, 235]), '"failed to mount secrets store object content" err="rpc error: code = Unknown desc = us-east-1: Failed fetching secret prod/payments/stripe: AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/payments-irsa/%s is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/payments/stripe because no identity-based policy allows the secretsmanager:GetSecretValue action" pod="shop/%s"' % (R.randint(10**18, 10**19), pod))


def g_csi_provider(R):
    pod = "%s-%s-%s" % (pick(R, ["search", "indexer", "catalog"]), lower(R, 10), lower(R, 5))
    return klog(R, "E", "nodeserver.go:%d" % pick(R, [235, 235]), '"failed to mount secrets store object content" err="error connecting to provider \\"aws\\": provider not found: provider \\"aws\\"" pod="search/%s"' % pod)


def g_ascp_notfound(R):
    return klog(R, "E", "server.go:%d" % pick(R, [124, 124]), "Failure getting secret values from provider type ssmparameter: Failed to fetch parameters from all regions: InvalidParameters: [/shop/prod/ledger/db-dsn]" + (" (pod shop/ledger-%s-%s)" % (lower(R, 10), lower(R, 5))))


def n_ed_info(R):
    v = R.random()
    if v < 0.35:
        return ed(R, "info", "All records are already up to date")
    if v < 0.7:
        return ed(R, "info", "Desired change: %s %s.example.com %s [Id: /hostedzone/%s]" % (pick(R, ["CREATE", "UPSERT", "DELETE"]), pick(R, ["pr-%d" % R.randint(100, 999), "cart", "search", "pr-%d-api" % R.randint(100, 999)]), pick(R, ["A", "TXT", "AAAA"]), ZONE))
    return ed(R, "info", "%d record(s) were successfully updated" % R.randint(1, 12))


def n_ed_debug(R):
    return ed(R, pick(R, ["debug", "debug", "warning"]), pick(R, [
        "Skipping endpoint legacy.example.com 300 IN CNAME  legacy-lb.example.net [] because owner id does not match, found: \\\"\\\", required: \\\"prod-use1\\\"",
        "Refreshing zones list cache",
        "Considering zone: /hostedzone/%s (domain: example.com.)" % ZONE,
        "Ignoring source ingress shop/%s-%s: no hostname annotation" % (pick(R, ["admin", "metrics"]), lower(R, 5))]))


def n_nth_info(R):
    return nth(R, "INF", pick(R, ["Started watching for interruption events", "Kubernetes AWS Node Termination Handler has started successfully!",
                                  "Adding new event to the event store", "Node successfully cordoned and drained",
                                  "Requesting instance drain", "Spot interruption notice received, draining node"]),
               node="ip-%s.ec2.internal" % ip10(R).replace(".", "-"), instance_id="i-0%s" % hexs(R, 16))


def n_nth_warn(R):
    return nth(R, pick(R, ["WRN", "DBG"]), pick(R, ["Problem while trying to cordon and drain node, will retry", "Ignoring rebalance recommendation because enableRebalanceDraining is false",
                                                    "Unable to fetch scheduled maintenance events, will retry"]), node="ip-%s.ec2.internal" % ip10(R).replace(".", "-"))


def n_csi_info(R):
    pod = "%s-%s-%s" % (pick(R, ["payments", "ledger", "checkout"]), lower(R, 10), lower(R, 5))
    return klog(R, "I", pick(R, ["nodeserver.go:%d" % pick(R, [94, 359]), "server.go:%d" % pick(R, [118, 173])]), pick(R, [
        '"node publish volume complete" targetPath="/var/lib/kubelet/pods/%s/volumes/kubernetes.io~csi/secrets-store-inline/mount" pod="shop/%s" time="%dms"' % (uuid(R), pod, R.randint(50, 3000)),
        'Servicing mount request for pod %s in namespace shop using service account %s with region(s) us-east-1' % (pod, pod.split("-")[0]),
        '"secret rotation complete" pod="shop/%s" changed=0 errors=0' % pod]))


def n_csi_warn(R):
    return klog(R, "W", "reflector.go:%d" % pick(R, [561, 569]), "k8s.io/client-go/informers/factory.go:160: watch of *v1.SecretProviderClassPodStatus ended with: an error on the server (\"unable to decode an event from the watch stream: http2: client connection lost\") has prevented the request from succeeding")


def eks_dns_nth_csi(R):
    groups = [
        ("external-dns-shop-cname-conflict", g_ed_conflict),
        ("external-dns-submit-changes-fatal", g_ed_fatal, 9),
        ("external-dns-route53-throttled", g_ed_throttle),
        ("external-dns-internal-list-zones-denied", g_ed_private_denied),
        ("nth-drain-eviction-timeout", g_nth_pdb),
        ("nth-sqs-queue-access-denied", g_nth_sqs),
        ("csi-payments-secret-denied", g_csi_denied),
        ("csi-aws-provider-not-found", g_csi_provider),
        ("ascp-ledger-parameter-invalid", g_ascp_notfound),
    ]
    negs = [n_ed_info, n_ed_debug, n_nth_info, n_nth_warn, n_csi_info, n_csi_warn]
    return build(R, F2, groups, negs)


FAMILIES = {F1: xray_daemon_cwagent, F2: eks_dns_nth_csi}
