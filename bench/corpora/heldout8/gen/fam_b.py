"""Families: elastic-beats, zabbix-nagios-icinga."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- elastic-beats
F1 = "elastic-beats"

ES = ["es-data-0", "es-data-1", "es-data-2"]


def bts(R):
    return "2027-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def btext(R, level, logger, origin, msg):
    """7.x text layout: ts\tLEVEL\t[logger]\tfile.go:line\tmsg"""
    return "%s\t%s\t%s\t%s\t%s" % (bts(R), level, "[%s]" % logger if logger else "", origin, msg)


def bjson(R, level, logger, fname, line, msg, service="filebeat", **extra):
    d = {"log.level": level, "@timestamp": bts(R).replace("Z", "+0000") if R.random() < 0.3 else bts(R), "log.logger": logger,
         "log.origin": {"function": extra.pop("func", "github.com/elastic/beats/v7/libbeat/publisher/pipeline.(*netClientWorker).run"), "file.name": fname, "file.line": line},
         "message": msg}
    d.update(extra)
    d.update({"service.name": service, "ecs.version": "1.6.0"})
    return jd(d)


def agent(R, level, msg, comp=None, **extra):
    d = {"log.level": level, "@timestamp": bts(R), "message": msg}
    if comp:
        d["component"] = {"binary": comp[0], "dataset": "elastic_agent.%s" % comp[0], "id": comp[1], "type": comp[1].split("-")[0]}
        d["log"] = {"source": comp[1]}
    d.update(extra)
    d["ecs.version"] = "1.6.0"
    return jd(d)


def g_es_refused(R):
    h = pick(R, ES)
    return btext(R, "ERROR", "publisher_pipeline_output", "pipeline/client_worker.go:%d" % pick(R, [150, 154]),
                 "Failed to connect to backoff(elasticsearch(https://%s.logging.internal:9200)): Get \"https://%s.logging.internal:9200\": dial tcp %s:9200: connect: connection refused" % (h, h, ip10(R)))


def g_logstash_timeout(R):
    return bjson(R, "error", "logstash", "logstash/async.go", pick(R, [280, 281]),
                 "Failed to publish events caused by: read tcp %s:%d->%s:5044: i/o timeout" % (ip10(R), port(R), ip10(R)),
                 func="github.com/elastic/beats/v7/libbeat/outputs/logstash.(*asyncClient).publishWindowed")


def g_es_401(R):
    h = pick(R, ES)
    return bjson(R, "error", "publisher_pipeline_output", "pipeline/client_worker.go", 148,
                 "Failed to connect to backoff(elasticsearch(https://%s.logging.internal:9200)): 401 Unauthorized: {\"error\":{\"root_cause\":[{\"type\":\"security_exception\",\"reason\":\"unable to authenticate user [filebeat_writer] for REST request [/]\"}],\"type\":\"security_exception\",\"reason\":\"unable to authenticate user [filebeat_writer] for REST request [/]\"},\"status\":401}" % h)


def g_registry(R):
    return btext(R, "ERROR", "registrar", "registrar/registrar.go:%d" % pick(R, [233, 234]),
                 "Failed to write registry state: write /var/lib/filebeat/registry/filebeat/log.json: no space left on device (ops=%d)" % R.randint(1, 9000))


def g_harvester_perm(R):
    f = pick(R, ["/var/log/payments/app-%d.log" % R.randint(1, 9), "/var/log/payments/audit.log", "/var/log/payments/gc.log"])
    return btext(R, "ERROR", "input.harvester", "log/input.go:%d" % pick(R, [557, 558]),
                 "Harvester could not be started on new file: %s, Err: error setting up harvester: Harvester setup failed. Unexpected file opening error: Failed opening %s: open %s: permission denied" % (f, f, f))


def g_config_exit(R):
    return "Exiting: error loading config file: yaml: line %d: did not find expected key" % pick(R, [42, 43, 44])


def g_mb_mysql(R):
    return bjson(R, "error", "metricbeat", "module/wrapper.go", 256,
                 "Error fetching data for metricset mysql.status: error fetching status: dial tcp %s:3306: connect: connection refused" % ip10(R),
                 service="metricbeat", func="github.com/elastic/beats/v7/metricbeat/mb/module.(*metricSetWrapper).fetch")


def g_mb_k8s(R):
    return bjson(R, "error", "kubernetes.state_pod", "module/wrapper.go", 256,
                 "Error fetching data for metricset kubernetes.state_pod: error getting families: unexpected status code 403 from server (kube-state-metrics.kube-system.svc:8080)",
                 service="metricbeat", func="github.com/elastic/beats/v7/metricbeat/mb/module.(*metricSetWrapper).fetch")


def g_agent_component_failed(R):
    pid = R.randint(1000, 90000)
    return agent(R, "error", "Component state changed log-default (HEALTHY->FAILED): Failed: pid '%d' exited with code '%d'" % (pid, pick(R, [1, 2])),
                 comp=("filebeat", "log-default"), state="FAILED", **{"log.logger": "component.runtime.log-default"})


def g_agent_checkin(R):
    return agent(R, "error", "Cannot checkin in with fleet-server, retrying",
                 **{"log.logger": "fleet_gateway", "error": {"message": "fail to checkin to fleet-server: all hosts failed: 1 error occurred:\n\t* requester 0/1 to host https://fleet.logging.internal:8220/ errored: Post \"https://fleet.logging.internal:8220/api/fleet/agents/%s/checkin?\": dial tcp %s:8220: i/o timeout\n\n" % (uuid(R), ip10(R))},
                    "request_duration_ns": R.randint(30 * 10**9, 31 * 10**9), "failed_checkins": R.randint(1, 40), "retry_after_ns": R.randint(60 * 10**9, 600 * 10**9)})


def g_apm_queue(R):
    return jd({"log.level": "error", "@timestamp": bts(R), "log.logger": "request", "log.origin": {"file.name": "middleware/log_middleware.go", "file.line": 58},
               "message": "queue is full", "service.name": "apm-server", "url.original": "/intake/v2/events", "http.request.id": uuid(R), "http.request.method": "POST",
               "source.address": ip10(R), "http.response.status_code": 503, "error.message": "queue is full", "ecs.version": "1.6.0"})


def g_heartbeat_monitor(R):
    return btext(R, "ERROR", "monitors", "monitors/monitor.go:%d" % pick(R, [141, 142]),
                 "failed to load monitor 'checkout-api-health' from /etc/heartbeat/monitors.d/checkout.yml: missing required field accessing 'heartbeat.monitors.0.urls'")


def g_processor_panic(R):
    return "\n".join([
        "panic: runtime error: invalid memory address or nil pointer dereference",
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%s]" % (pick(R, [0x8, 0x10, 0x28]), hexs(R, 7)),
        "",
        "goroutine %d [running]:" % R.randint(100, 900),
        "github.com/elastic/beats/v7/libbeat/processors/add_kubernetes_metadata.(*kubernetesAnnotator).Run(0x%s, 0x%s)" % (hexs(R, 10), hexs(R, 10)),
        "\t/go/src/github.com/elastic/beats/libbeat/processors/add_kubernetes_metadata/kubernetes.go:%d +0x%x" % (pick(R, [302, 303]), R.randint(0x40, 0x400)),
        "github.com/elastic/beats/v7/libbeat/publisher/processing.(*group).Run(0x%s, 0x%s)" % (hexs(R, 10), hexs(R, 10)),
    ])


def n_reconnect(R):
    h = pick(R, ES)
    return btext(R, "INFO", "publisher_pipeline_output", "pipeline/client_worker.go:%d" % pick(R, [139, 145]), pick(R, [
        "Attempting to reconnect to backoff(elasticsearch(https://%s.logging.internal:9200)) with %d reconnect attempt(s)" % (h, R.randint(1, 40)),
        "Connection to backoff(elasticsearch(https://%s.logging.internal:9200)) established" % h]))


def n_metrics(R):
    return bjson(R, "info", "monitoring", "log/log.go", 187, "Non-zero metrics in the last 30s",
                 func="github.com/elastic/beats/v7/libbeat/monitoring/report/log.(*reporter).logSnapshot",
                 monitoring={"metrics": {"libbeat": {"output": {"events": {"acked": R.randint(0, 9000), "active": 0, "batches": R.randint(1, 200), "failed": 0, "total": R.randint(0, 9000)}},
                                                     "pipeline": {"events": {"active": 0, "published": R.randint(0, 9000), "retry": 0}}},
                                         "filebeat": {"harvester": {"open_files": R.randint(1, 80), "running": R.randint(1, 80)}}}, "ecs.version": "1.6.0"})


def n_harvester(R):
    f = "/var/log/containers/%s-%s_payments_app-%s.log" % (pick(R, ["checkout", "ledger", "pricing"]), lower(R, 5), hexs(R, 64))
    return pick(R, [
        btext(R, "INFO", "input.harvester", "log/harvester.go:%d" % 310, "Harvester started for paths: [%s]" % f),
        btext(R, "INFO", "input.harvester", "log/harvester.go:%d" % 336, "File is inactive: %s. Closing because close_inactive of 5m0s reached." % f),
        btext(R, "INFO", "input.harvester", "log/harvester.go:%d" % 335, "Reader was closed. Closing. Path='%s'" % f),
    ])


def n_bulk_warn(R):
    return bjson(R, "warn", "elasticsearch", "elasticsearch/client.go", 446,
                 "Cannot index event (status=400): dropping event! Enable debug logs to view the event and cause.",
                 func="github.com/elastic/beats/v7/libbeat/outputs/elasticsearch.(*Client).bulkCollectPublishFails")


def n_publish_debug(R):
    app = jd({"@timestamp": bts(R), "log.level": "ERROR", "message": "payment %s declined: card_error" % alnum(R, 14), "service.name": "checkout"})
    return bjson(R, "debug", "processors", "processing/processors.go", 210, "Publish event: {\"@timestamp\":\"%s\",\"message\":%s,\"input\":{\"type\":\"container\"},\"error\":{\"message\":\"\"}}" % (bts(R), jd(app)),
                 func="github.com/elastic/beats/v7/libbeat/publisher/processing.debugPrintProcessor.func1")


def n_startup(R):
    return pick(R, [
        btext(R, "INFO", "crawler", "beater/crawler.go:%d" % 148, "Loading and starting Inputs completed. Enabled inputs: %d" % R.randint(1, 6)),
        btext(R, "INFO", "", "instance/beat.go:%d" % 1063, "Beat ID: %s" % uuid(R)),
        btext(R, "INFO", "index-management", "idxmgmt/std.go:%d" % 261, "Auto ILM enable success."),
        btext(R, "WARN", "", "beater/filebeat.go:%d" % 152, "Filebeat is unable to load the ingest pipelines for the configured modules because the Elasticsearch output is not configured/enabled. If you have already loaded the ingest pipelines or are using Logstash pipelines, you can ignore this warning."),
        btext(R, "INFO", "add_cloud_metadata", "add_cloud_metadata/add_cloud_metadata.go:%d" % 100, "add_cloud_metadata: hosting provider type detected as aws, metadata={\"cloud\":{\"account\":{\"id\":\"111122223333\"},\"availability_zone\":\"us-east-1%s\",\"instance\":{\"id\":\"i-0%s\"}}}" % (pick(R, "abc"), hexs(R, 16))),
    ])


def n_agent_ok(R):
    return pick(R, [
        agent(R, "info", "Component state changed %s (STARTING->HEALTHY): Healthy: communicating with pid '%d'" % (pick(R, ["log-default", "system/metrics-default"]), R.randint(1000, 90000)), comp=("filebeat", "log-default"), state="HEALTHY"),
        agent(R, "warn", "Unit state changed %s (HEALTHY->DEGRADED): error fetching some metrics, will retry" % pick(R, ["system/metrics-default-system/metrics-system-%s" % uuid(R)]), comp=("metricbeat", "system/metrics-default"), state="DEGRADED"),
        agent(R, "info", "Policy change detected, revision %d" % R.randint(2, 90), **{"log.logger": "handler_action_policy_change"}),
        agent(R, "info", "Successfully checked in with fleet-server, %d actions received" % R.randint(0, 3), **{"log.logger": "fleet_gateway"}),
    ])


def n_checkin_warn(R):
    return agent(R, "warn", "Possible transient error during checkin with fleet-server, retrying", **{"log.logger": "fleet_gateway", "error": {"message": "fail to checkin to fleet-server: 503 Service Unavailable"}, "failed_checkins": 1})


def n_mb_info(R):
    return pick(R, [
        bjson(R, "info", "metricbeat", "module/wrapper.go", 160, "Starting metricSetWrapper[module=%s, name=%s, host=%s]" % (pick(R, ["mysql", "system", "kubernetes"]), pick(R, ["status", "cpu", "state_pod"]), ip10(R)), service="metricbeat"),
        bjson(R, "info", "apm-server", "beater/beater.go", 320, "Listening on: [::]:8200", service="apm-server"),
        bjson(R, "info", "request", "middleware/log_middleware.go", 61, "request accepted", service="apm-server", **{"http.response.status_code": 202, "url.original": "/intake/v2/events", "event.duration": R.randint(10**5, 10**8)}),
        btext(R, "INFO", "monitor", "scheduler/scheduler.go:%d" % 190, "Job checkout-api-health: up (%d ms), 0 errors in last 10 runs" % R.randint(20, 900)),
    ])


def elastic_beats(R):
    groups = [
        ("filebeat-es-output-connection-refused", g_es_refused),
        ("filebeat-logstash-publish-io-timeout", g_logstash_timeout),
        ("filebeat-es-401-filebeat-writer", g_es_401),
        ("filebeat-registry-no-space", g_registry),
        ("filebeat-harvester-permission-denied", g_harvester_perm),
        ("filebeat-config-yaml-did-not-find-key", g_config_exit, 3),
        ("metricbeat-mysql-status-refused", g_mb_mysql),
        ("metricbeat-kube-state-metrics-403", g_mb_k8s),
        ("agent-filebeat-component-failed", g_agent_component_failed),
        ("agent-fleet-checkin-timeout", g_agent_checkin),
        ("apm-server-queue-full", g_apm_queue),
        ("heartbeat-monitor-missing-urls", g_heartbeat_monitor, 7),
        ("filebeat-k8s-metadata-nil-pointer-panic", g_processor_panic),
    ]
    negs = [n_reconnect, n_metrics, n_harvester, n_bulk_warn, n_publish_debug, n_startup, n_agent_ok, n_checkin_warn, n_mb_info]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- zabbix-nagios-icinga
F2 = "zabbix-nagios-icinga"

HOSTS = ["web-%02d" % i for i in range(1, 9)] + ["db-%02d" % i for i in range(1, 4)] + ["cache-01", "lb-02"]


def zts(R):
    return "%6d:202701%02d:%s.%s" % (R.randint(900, 99999), day(R), hms(R).replace(":", ""), ms(R))


def z(R, msg):
    return "%s %s" % (zts(R), msg)


def z2ts(R):
    return "2027/01/%02d %s.%06d" % (day(R), hms(R), R.randint(0, 999999))


def epoch(R):
    return R.randint(1799020800, 1799539200)


def ng(R, msg):
    return "[%d] %s" % (epoch(R), msg)


def its(R):
    return "[2027-01-%02d %s +0000]" % (day(R), hms(R))


def ic(R, sev, fac, msg):
    return "%s %s/%s: %s" % (its(R), sev, fac, msg)


def g_zbx_db_down(R):
    return z(R, "[Z3001] connection to database 'zabbix' failed: [0] connection to server at \"zabbix-db.internal\" (%s), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?" % ip10(R))


def g_zbx_cache_oom(R):
    used = R.randint(60000000, 67000000)
    return "\n".join([
        z(R, "__zbx_mem_malloc(): out of memory (requested %d bytes)" % pick(R, [96, 128, 256, 1024])),
        z(R, "__zbx_mem_malloc(): please increase CacheSize configuration parameter"),
        z(R, "=== memory statistics for configuration cache ==="),
        z(R, "min chunk size: %10u bytes" % 24),
        z(R, "memory of total size %u bytes fragmented into %d chunks" % (used, R.randint(100000, 900000))),
        z(R, "================================"),
        z(R, "One child process died (PID:%d,exitcode/signal:1). Exiting ..." % R.randint(900, 99999)),
    ])


def g_zbx_active_host(R):
    h = "ip-%s.ec2.internal" % ip10(R).replace(".", "-")
    return z(R, "cannot send list of active checks to \"%s\": host [%s] not found" % (ip10(R), h))


def g_zbx_unavailable(R):
    h = pick(R, HOSTS)
    return z(R, "temporarily disabling Zabbix agent checks on host \"%s\": interface unavailable" % h)


def g_zbx_agent_config(R):
    return "%s [%d] active check configuration update from [zabbix-proxy-eu.internal:10051] started to fail (cannot connect to [[zabbix-proxy-eu.internal]:10051]: [111] Connection refused)" % (z2ts(R), R.randint(100, 9999))


def g_zbx_query_failed(R):
    return z(R, "[Z3005] query failed: [0] PGRES_FATAL_ERROR:ERROR:  canceling statement due to statement timeout\n [delete from history_uint where itemid=%d and clock<%d]" % (R.randint(10000, 99999), epoch(R)))


def g_zbx_alertscript(R):
    return z(R, "failed to execute command \"/usr/lib/zabbix/alertscripts/pagerduty_notify.py\": Timeout while executing a shell script. (alert id %d, event %d)" % (R.randint(10**5, 10**7), R.randint(10**6, 10**8)))


def g_nag_https(R):
    return pick(R, [
        ng(R, "SERVICE ALERT: shop-web-02;HTTPS;CRITICAL;HARD;3;CRITICAL - Socket timeout after %d seconds" % pick(R, [10, 10, 15])),
        ng(R, "SERVICE NOTIFICATION: oncall-sre;shop-web-02;HTTPS;CRITICAL;notify-service-by-pagerduty;CRITICAL - Socket timeout after %d seconds" % pick(R, [10, 10, 15])),
    ])


def g_nag_db_down(R):
    return pick(R, [
        ng(R, "HOST ALERT: billing-db-02;DOWN;HARD;10;PING CRITICAL - Packet loss = 100%"),
        ng(R, "HOST NOTIFICATION: oncall-dba;billing-db-02;DOWN;notify-host-by-pagerduty;PING CRITICAL - Packet loss = 100%"),
        ng(R, "HOST ALERT: billing-db-02;DOWN;HARD;10;CRITICAL - Host Unreachable (%s)" % ip10(R)),
    ])


def g_nag_disk(R):
    free = R.randint(90, 900)
    return ng(R, "SERVICE ALERT: backup-01;Disk /var/backups;CRITICAL;HARD;%d;DISK CRITICAL - free space: /var/backups %d MB (%d%% inode=%d%%);" % (
        pick(R, [3, 4]), free, max(1, free // 200), R.randint(80, 99)))


def g_nag_cmdfile(R):
    return ng(R, "Error: Could not create external command file '/var/lib/nagios4/rw/nagios.cmd' as named pipe: (13) -> Permission denied.  If this file already exists and you are sure that another copy of Nagios is not running, you should delete this file.")


def g_nag_preflight(R):
    return "\n".join([
        "Nagios Core 4.5.%d" % pick(R, [7, 8]),
        "Reading configuration data...",
        "   Read main config file okay...",
        "   Read object config files okay...",
        "",
        "Running pre-flight check on configuration data...",
        "",
        "Checking objects...",
        "Error: Service check command 'check_nrpe_mem' specified in service 'Memory' for host '%s' not defined anywhere!" % pick(R, HOSTS),
        "\tChecked %d services." % R.randint(200, 900),
        "",
        "Total Warnings: %d" % R.randint(0, 3),
        "Total Errors:   1",
        "",
        "***> One or more problems was encountered while running the pre-flight check...",
    ])


def g_ic_config(R):
    n = R.randint(10, 200)
    t = its(R)
    return "\n".join([
        "%s critical/config: Error: Object 'web-%02d' of type 'Host' re-defined: in /etc/icinga2/zones.d/eu-west/hosts.conf: %d:1-%d:22; previous definition: in /etc/icinga2/zones.d/master/hosts.conf: 12:1-12:22" % (t, R.randint(1, 8), n, n),
        "Location: in /etc/icinga2/zones.d/eu-west/hosts.conf: %d:1-%d:22" % (n, n),
        "/etc/icinga2/zones.d/eu-west/hosts.conf(%d): object Host \"web-%02d\" {" % (n, R.randint(1, 8)),
        "%s critical/cli: Config validation failed. Re-run with 'icinga2 daemon -C' after fixing the config." % t,
    ])


def g_ic_api(R):
    return ic(R, "critical", "ApiListener", "Cannot connect to host 'sat-eu-%d.monitoring.internal' on port '5665': Connection timed out" % pick(R, [1, 2]))


def g_icingadb_redis(R):
    return ic(R, "critical", "IcingaDB", "Cannot connect to 127.0.0.1:6380: Connection refused (retry %d)" % R.randint(1, 300))


def n_zbx_house(R):
    return z(R, "housekeeper [deleted %d hist/trends, %d items/triggers, %d events, %d problems, %d sessions, 0 alarms, %d audit items, 0 autoreg_host, %d records in %.6f sec, idle for 1 hour(s)]" % (
        R.randint(0, 900000), R.randint(0, 9), R.randint(0, 900), R.randint(0, 90), R.randint(0, 50), R.randint(0, 90), R.randint(0, 9000), R.uniform(0.1, 90)))


def n_zbx_item(R):
    h = pick(R, HOSTS)
    return pick(R, [
        z(R, "item \"%s:vfs.fs.size[/mnt/scratch,pfree]\" became not supported: Cannot obtain filesystem information: [2] No such file or directory" % h),
        z(R, "item \"%s:mysql.status[Uptime]\" became supported" % h),
        z(R, "item \"%s:web.page.get[localhost,/health,8080]\" became not supported: Cannot connect to [[localhost]:8080]: [111] Connection refused" % h),
    ])


def n_zbx_network(R):
    h = pick(R, HOSTS)
    return pick(R, [
        z(R, "Zabbix agent item \"system.cpu.load[all,avg1]\" on host \"%s\" failed: first network error, wait for 15 seconds" % h),
        z(R, "Zabbix agent item \"net.if.in[eth0]\" on host \"%s\" failed: another network error, wait for 15 seconds" % h),
        z(R, "resuming Zabbix agent checks on host \"%s\": connection restored" % h),
    ])


def n_zbx_start(R):
    return pick(R, [
        z(R, "server #%d started [poller #%d]" % (R.randint(10, 60), R.randint(1, 20))),
        z(R, "executing housekeeper"),
        z(R, "Starting Zabbix Server. Zabbix 7.0.%d (revision %s)." % (R.randint(1, 9), hexs(R, 8))),
        "%s [%d] active check configuration update from [zabbix-proxy-eu.internal:10051] is working again" % (z2ts(R), R.randint(100, 9999)),
        z(R, "database is down: reconnecting in 10 seconds"),
    ])


def n_nag_soft(R):
    h = pick(R, HOSTS)
    return pick(R, [
        ng(R, "SERVICE ALERT: %s;HTTPS;CRITICAL;SOFT;%d;CRITICAL - Socket timeout after 10 seconds" % (h, R.randint(1, 2))),
        ng(R, "SERVICE ALERT: %s;Load;WARNING;HARD;3;WARNING - load average: %.2f, %.2f, %.2f" % (h, R.uniform(8, 12), R.uniform(6, 10), R.uniform(5, 8))),
        ng(R, "SERVICE ALERT: %s;HTTPS;OK;HARD;3;HTTP OK: HTTP/1.1 200 OK - %d bytes in %.3f second response time" % (h, R.randint(300, 9000), R.uniform(0.01, 0.9))),
        ng(R, "HOST ALERT: %s;UP;HARD;1;PING OK - Packet loss = 0%%, RTA = %.2f ms" % (h, R.uniform(0.2, 3))),
        ng(R, "SERVICE FLAPPING ALERT: %s;Swap;STARTED; Service appears to have started flapping (%.1f%% change >= 20.0%% threshold)" % (h, R.uniform(20, 40))),
    ])


def n_nag_misc(R):
    return pick(R, [
        ng(R, "Auto-save of retention data completed successfully."),
        ng(R, "Caught SIGHUP, restarting..."),
        ng(R, "Warning: Return code of 127 for check of service 'Disk /data' on host '%s' was out of bounds. Make sure the plugin you're trying to run actually exists." % pick(R, HOSTS)),
        ng(R, "EXTERNAL COMMAND: SCHEDULE_SVC_DOWNTIME;%s;HTTPS;%d;%d;1;0;7200;ops;patching" % (pick(R, HOSTS), epoch(R), epoch(R))),
        ng(R, "SERVICE NOTIFICATION: oncall-sre;%s;HTTPS;OK;notify-service-by-pagerduty;HTTP OK: HTTP/1.1 200 OK" % pick(R, HOSTS)),
        ng(R, "wproc: Core Worker %d: job %d from worker Core Worker %d is a non-check helper but exited with return code 0" % (R.randint(1000, 9999), R.randint(1, 9000), R.randint(1000, 9999))),
    ])


def n_ic_info(R):
    return pick(R, [
        ic(R, "information", "ConfigItem", "Committing config item(s)."),
        ic(R, "information", "cli", "Finished validating the configuration file(s)."),
        ic(R, "information", "ApiListener", "New client connection for identity 'sat-eu-%d.monitoring.internal' to [%s]:5665" % (R.randint(1, 2), ip10(R))),
        ic(R, "information", "WorkQueue", "#%d (ApiListener, RelayQueue) items: %d, rate: %.2f/s (%d/min %d/5min %d/15min);" % (R.randint(1, 9), R.randint(0, 90), R.uniform(0, 40), R.randint(0, 900), R.randint(0, 4000), R.randint(0, 9000))),
        ic(R, "information", "CheckerComponent", "Pending checkables: %d; Idle checkables: %d; Checks/s: %.2f" % (R.randint(0, 40), R.randint(100, 3000), R.uniform(1, 90))),
    ])


def n_ic_warn(R):
    return pick(R, [
        ic(R, "warning", "PluginCheckTask", "Check command for object '%s!disk-data' (PID: %d, arguments: '/usr/lib/nagios/plugins/check_disk_smart' '-d' '/dev/nvme0n1') terminated with exit code 128, output: execvpe(/usr/lib/nagios/plugins/check_disk_smart) failed: No such file or directory" % (pick(R, HOSTS), R.randint(1000, 90000))),
        ic(R, "warning", "ApiListener", "Removing API client for endpoint 'sat-eu-%d.monitoring.internal'. %d API clients left." % (R.randint(1, 2), R.randint(0, 3))),
        ic(R, "warning", "JsonRpcConnection", "API client disconnected for identity 'agent-%s'" % pick(R, HOSTS)),
    ])


def zabbix_nagios_icinga(R):
    groups = [
        ("zabbix-db-connection-refused", g_zbx_db_down),
        ("zabbix-configuration-cache-out-of-memory", g_zbx_cache_oom),
        ("zabbix-active-checks-host-not-found", g_zbx_active_host),
        ("zabbix-agent-interface-unavailable", g_zbx_unavailable),
        ("zabbix-agent-active-config-proxy-refused", g_zbx_agent_config),
        ("zabbix-housekeeper-statement-timeout", g_zbx_query_failed),
        ("zabbix-pagerduty-alertscript-timeout", g_zbx_alertscript),
        ("nagios-shop-web-02-https-critical", g_nag_https, 12),
        ("nagios-billing-db-02-host-down", g_nag_db_down, 10),
        ("nagios-backup-01-disk-critical", g_nag_disk),
        ("nagios-command-file-permission-denied", g_nag_cmdfile, 8),
        ("nagios-preflight-check-nrpe-mem-undefined", g_nag_preflight),
        ("icinga-config-host-redefined", g_ic_config),
        ("icinga-api-satellite-connect-timeout", g_ic_api),
        ("icingadb-redis-connection-refused", g_icingadb_redis),
    ]
    negs = [n_zbx_house, n_zbx_item, n_zbx_network, n_zbx_start, n_nag_soft, n_nag_misc, n_ic_info, n_ic_warn]
    return build(R, F2, groups, negs)


FAMILIES = {F1: elastic_beats, F2: zabbix_nagios_icinga}
