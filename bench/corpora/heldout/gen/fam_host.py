"""syslog (EC2/ECS hosts as the CloudWatch agent ships /var/log/messages), fluent-bit (FireLens,
aws-for-fluent-bit) and otel-collector (ADOT collector / Lambda layer)."""

from common import (R, pick, syslog_ts, iso_us, iso_ms, dot_ms, comma_ms, epoch_f, when, priv_ip, port, pid,
                    hexid, ec2_host, word_host, svc_dns, near, uuid, region, account, user, jdump,
                    jdump_spaced)

# ---------------------------------------------------------------- syslog


def sl(prog):
    stamp = syslog_ts() if R.random() < 0.7 else iso_us()
    return f"{stamp} {ec2_host()} {prog}:"


UNITS = ["orders-worker", "nginx", "ecs", "node-exporter", "billing-api", "td-agent-bit", "amazon-cloudwatch-agent"]
PROCS = ["java", "node", "python3", "dotnet", "ruby"]


def kts():
    return f"[{R.randint(100, 999999)}.{R.randint(0, 999999):06d}]"


def syslog_errors():
    return [
        ("unit-main-exit-failure", 7, lambda: f"{sl('systemd[1]')} orders-worker.service: Main process exited, code=exited, status=1/FAILURE"),
        ("unit-failed-exit-code", 6, lambda: f"{sl('systemd[1]')} orders-worker.service: Failed with result 'exit-code'."),
        ("unit-start-limit", 5, lambda: f"{sl('systemd[1]')} node-exporter.service: Start request repeated too quickly."),
        ("ecs-agent-failed-start", 5, lambda: f"{sl('systemd[1]')} Failed to start Amazon Elastic Container Service - container agent."),
        ("kernel-oom-killed", 7, lambda: f"{sl('kernel')} {kts()} Out of memory: Killed process {pid()} (java) total-vm:{R.randint(900000, 9000000)}kB, anon-rss:{R.randint(400000, 3900000)}kB, file-rss:{R.randint(0, 40000)}kB, shmem-rss:0kB, UID:{pick([0, 1000, 994])} pgtables:{R.randint(1000, 9000)}kB oom_score_adj:{pick([0, 0, 1000])}"),
        ("kernel-segfault", 6, lambda: f"{sl('kernel')} {kts()} node[{pid()}]: segfault at {hexid(R.randint(1, 8))} ip {hexid(16)} sp 00007ff{hexid(9)} error {pick([4, 6, 14])} in libcrypto.so.3[{hexid(12)}+{hexid(6)}]"),
        ("dockerd-port-allocated", 6, lambda: f"{sl('dockerd[' + str(pid()) + ']')} time=\"{iso_us().replace('+00:00', 'Z')}\" level=error msg=\"Handler for POST /v1.{pick([43, 44, 45])}/containers/{hexid(12)}/start returned error: driver failed programming external connectivity on endpoint {pick(['web', 'api', 'worker'])}-{R.randint(1, 9)} ({hexid(64)}): Bind for 0.0.0.0:{pick([80, 8080, 3000])} failed: port is already allocated\""),
        ("containerd-shim-failed", 5, lambda: f"{sl('containerd[' + str(pid()) + ']')} time=\"{iso_us().replace('+00:00', 'Z')}\" level=error msg=\"failed to delete\" cmd=\"/usr/bin/containerd-shim-runc-v2 -namespace moby -address /run/containerd/containerd.sock -publish-binary /usr/bin/containerd -id {hexid(64)} -bundle /run/containerd/io.containerd.runtime.v2.task/moby/{hexid(64)} delete\" error=\"exit status 1\""),
        ("ssm-agent-healthcheck", 6, lambda: f"{sl('amazon-ssm-agent[' + str(pid()) + ']')} {dot_ms()[:19]} ERROR [HealthCheck] error when calling AWS APIs. error: RequestError: send request failed\ncaused by: Post \"https://ssm.{region()}.amazonaws.com/\": dial tcp {priv_ip()}:443: i/o timeout"),
        ("sshd-kex-closed", 5, lambda: f"{sl('sshd[' + str(pid()) + ']')} error: kex_exchange_identification: Connection closed by remote host"),
        ("nfs-server-not-responding", 5, lambda: f"{sl('kernel')} {kts()} nfs: server fs-{hexid(8)}.efs.{region()}.amazonaws.com not responding, timed out"),
    ]


def syslog_noise():
    return [
        ("session-started", 8, lambda: f"{sl('systemd[1]')} Started Session {R.randint(1, 900)} of User {pick(['ec2-user', 'ssm-user', 'root'])}."),
        ("unit-succeeded", 7, lambda: f"{sl('systemd[1]')} {pick(UNITS + ['logrotate', 'sysstat-collect', 'update-motd'])}.service: {pick(['Succeeded.', 'Deactivated successfully.'])}"),
        ("unit-starting", 5, lambda: f"{sl('systemd[1]')} Starting {pick(['Cleanup of Temporary Directories', 'Rotate log files', 'Daily man-db regeneration'])}..."),
        ("cron-cmd", 6, lambda: f"{sl('CROND[' + str(pid()) + ']')} ({pick(['root', 'ec2-user'])}) CMD ({pick(['/usr/local/bin/backup.sh', 'run-parts /etc/cron.hourly', '/opt/app/bin/purge --errors-only'])})"),
        ("sshd-accepted", 5, lambda: f"{sl('sshd[' + str(pid()) + ']')} Accepted publickey for {pick(['ec2-user', 'deploy'])} from {priv_ip()} port {port()} ssh2: ED25519 SHA256:{hexid(10)}EXAMPLE{hexid(10)}"),
        ("sshd-invalid-user", 5, lambda: f"{sl('sshd[' + str(pid()) + ']')} Invalid user {pick(['admin', 'oracle', 'test', 'ubnt'])} from {priv_ip()} port {port()}"),
        ("dhclient", 4, lambda: f"{sl('dhclient[' + str(pid()) + ']')} DHCPACK of {priv_ip()} from {priv_ip()} (xid=0x{hexid(8)})"),
        ("chronyd", 3, lambda: f"{sl('chronyd[' + str(pid()) + ']')} Selected source 169.254.169.123"),
        ("ena-link-up", 3, lambda: f"{sl('kernel')} {kts()} ena 0000:00:0{R.randint(5, 7)}.0 eth{R.randint(0, 1)}: Link is Up"),
        ("oom-invoked-warn", 5, lambda: f"{sl('kernel')} {kts()} {pick(PROCS)} invoked oom-killer: gfp_mask=0x{hexid(6)}(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0"),
        ("dockerd-info", 5, lambda: f"{sl('dockerd[' + str(pid()) + ']')} time=\"{iso_us().replace('+00:00', 'Z')}\" level=info msg=\"ignoring event\" container={hexid(64)} module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\""),
        ("dockerd-warn-error-word", 4, lambda: f"{sl('dockerd[' + str(pid()) + ']')} time=\"{iso_us().replace('+00:00', 'Z')}\" level=warning msg=\"cleaning up after shim disconnected\" id={hexid(64)} namespace=moby error=\"<nil>\""),
        ("cloud-init-warning", 4, lambda: f"{sl('cloud-init[' + str(pid()) + ']')} {comma_ms()} - util.py[WARNING]: Failed running /var/lib/cloud/instance/scripts/part-00{R.randint(1, 3)} [{R.randint(1, 2)}]"),
        ("ssm-info", 5, lambda: f"{sl('amazon-ssm-agent[' + str(pid()) + ']')} {dot_ms()[:19]} INFO [ssm-agent-worker] [MessagingDeliveryService] Sending reply {{\"additionalInfo\":{{\"errorCount\":0,\"agent\":{{\"lang\":\"en-US\"}}}}}}"),
        ("rsyslog-hup", 3, lambda: f"{sl('rsyslogd')} [origin software=\"rsyslogd\" swVersion=\"8.{R.randint(2100, 2400)}.0\" x-pid=\"{pid()}\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed"),
        ("logind-new-session", 4, lambda: f"{sl('systemd-logind[' + str(pid()) + ']')} New session {R.randint(1, 900)} of user {pick(['ec2-user', 'ssm-user'])}."),
    ]


# ---------------------------------------------------------------- fluent-bit


def fb_ts():
    t = when()
    return t.strftime("[%Y/%m/%d %H:%M:%S]")


def fb(level):
    tag = {"error": "[error]", "warn": "[ warn]", "info": "[ info]", "debug": "[debug]"}[level]
    return f"{fb_ts()} {tag}"


def cw(n=None):
    n = R.randint(0, 2) if n is None else n
    return f"[output:cloudwatch_logs:cloudwatch_logs.{n}]"


STREAMS = ["app-firelens-", "ecs/app/", "web/"]


def stream():
    return pick(STREAMS) + hexid(32)


def chunk():
    return f"'1-{R.randint(1700000000, 1800000000)}.{R.randint(100000000, 999999999)}.flb'"


def fb_crash(site):
    frames = {
        "cloudwatch": [("cb_cloudwatch_flush", "plugins/out_cloudwatch_logs/cloudwatch_logs.c", 420),
                       ("output_pre_cb_flush", "include/fluent-bit/flb_output.h", 519),
                       ("co_init", "lib/monkey/deps/flb_libco/amd64.c", 117)],
        "tail": [("flb_tail_file_chunk", "plugins/in_tail/tail_file.c", 1337),
                 ("in_tail_collect_static", "plugins/in_tail/tail.c", 88),
                 ("flb_input_collector_fd", "src/flb_input.c", 1520)],
    }[site]
    lines = [f"{fb_ts()} [engine] caught signal (SIGSEGV)"]
    for i, (fn, path, ln) in enumerate(frames):
        lines.append(f"#{i}  0x{hexid(12)}      in  {fn}() at {path}:{near(ln, 5)}")
    lines.append(f"#{len(frames)}  0xffffffffffffffff  in  ???() at ???:0")
    return "\n".join(lines)


FIRE_ERR_LOGS = [
    lambda: f"panic: runtime error: index out of range [{R.randint(1, 9)}] with length {R.randint(0, 1)}\n\ngoroutine {R.randint(1, 300)} [running]:\nmain.(*Batcher).flush(0xc000{hexid(6)})\n\t/src/batcher.go:{near(74, 3)} +0x{hexid(3)}",
]


def firelens(log, source):
    return jdump({"container_id": hexid(64), "container_name": pick(["app", "web", "worker"]),
                  "ecs_cluster": pick(["prod", "prod-blue"]),
                  "ecs_task_arn": f"arn:aws:ecs:{region()}:{account()}:task/prod/{hexid(32)}",
                  "ecs_task_definition": f"orders:{R.randint(10, 99)}", "log": log, "source": source})


def fluentbit_errors():
    return [
        ("cw-throttling", 6, lambda: f"{fb('error')} {cw()} PutLogEvents API responded with error='ThrottlingException', message='Rate exceeded for logStreamName {stream()}'"),
        ("cw-group-missing", 6, lambda: f"{fb('error')} {cw()} CreateLogStream API responded with error='ResourceNotFoundException', message='The specified log group does not exist.'"),
        ("cw-failed-send-events", 7, lambda: f"{fb('error')} {cw()} Failed to send log events"),
        ("upstream-timeout", 6, lambda: f"{fb('error')} [upstream] connection #{R.randint(20, 300)} to {pick(['logs.' + region() + '.amazonaws.com', 'firehose.' + region() + '.amazonaws.com', svc_dns()])}:443 timed out after 10 seconds (connection timeout)"),
        ("firehose-put-failed", 5, lambda: f"{fb('error')} [output:kinesis_firehose:kinesis_firehose.{R.randint(0, 1)}] Failed to send log records to {pick(['app-logs', 'audit-stream', 'clickstream'])}-{R.randint(1, 9)}"),
        ("s3-access-denied", 5, lambda: f"{fb('error')} [output:s3:s3.{R.randint(0, 1)}] PutObject API responded with error='AccessDenied', message='Access Denied'"),
        ("config-unknown-plugin", 5, lambda: f"{fb('error')} [config] section 'FILTER' tried to instance a plugin name that doesn't exist: {pick(['grep2', 'rewrite_tags', 'kubernets', 'lua_script'])}"),
        ("config-aborting", 5, lambda: f"{fb('error')} configuration file contains errors, aborting."),
        ("crash-cloudwatch-flush", 5, lambda: fb_crash("cloudwatch")),
        ("crash-tail-chunk", 5, lambda: fb_crash("tail")),
        ("firelens-app-panic", 6, lambda: firelens(pick(FIRE_ERR_LOGS)(), "stderr")),
    ]


def fluentbit_noise():
    return [
        ("version", 3, lambda: f"{fb('info')} [fluent bit] version={pick(['1.9.10', '2.2.2', '3.0.4'])}, commit={hexid(10)}, pid={R.randint(1, 30)}"),
        ("storage", 3, lambda: f"{fb('info')} [storage] ver=1.{R.randint(2, 5)}.0, type=memory, sync=normal, checksum=off, max_chunks_up=128"),
        ("listening", 4, lambda: f"{fb('info')} [input:forward:forward.{R.randint(0, 1)}] listening on unix:///var/run/fluent.sock"),
        ("creating-stream", 6, lambda: f"{fb('info')} {cw()} Creating log stream {stream()} in log group /ecs/{pick(['orders', 'web', 'worker'])}"),
        ("stream-exists", 4, lambda: f"{fb('info')} {cw()} Log Stream {stream()} already exists"),
        ("flush-retry-warn", 9, lambda: f"{fb('warn')} [engine] failed to flush chunk {chunk()}, retry in {R.randint(2, 900)} seconds: task_id={R.randint(0, 60)}, input=forward.1 > output=cloudwatch_logs.{R.randint(0, 2)} (out_id={R.randint(0, 2)})"),
        ("flush-retry-ok", 7, lambda: f"{fb('info')} [engine] flush chunk {chunk()} succeeded at retry {R.randint(1, 4)}: task_id={R.randint(0, 60)}, input=forward.1 > output=cloudwatch_logs.{R.randint(0, 2)} (out_id={R.randint(0, 2)})"),
        ("cannot-retry-warn", 4, lambda: f"{fb('warn')} [engine] chunk {chunk()} cannot be retried: task_id={R.randint(0, 60)}, input=tail.0 > output=cloudwatch_logs.0"),
        ("malformed-http-warn", 4, lambda: f"{fb('warn')} [http_client] malformed HTTP response from logs.{region()}.amazonaws.com:443 on connection #{R.randint(10, 300)}"),
        ("worker-started", 4, lambda: f"{fb('info')} {cw()} worker #{R.randint(0, 3)} started"),
        ("image-version", 3, lambda: f"AWS for Fluent Bit Container Image Version 2.{R.randint(28, 34)}.{R.randint(0, 4)}"),
        ("debug-sent", 5, lambda: f"{fb('debug')} {cw()} Sent {R.randint(1, 900)} events to CloudWatch, errors=0"),
        ("firelens-app-info", 10, lambda: firelens(pick([
            f"{iso_ms()} INFO order {R.randint(10000, 99999)} accepted, validation errors: 0",
            f"{iso_ms()} DEBUG cache miss for key user:{R.randint(1, 9999)}",
            f"level=info msg=\"retry succeeded after failure\" attempt={R.randint(2, 3)} request_id={uuid()}",
            f"GET /healthz 200 {R.randint(1, 9)}ms",
        ]), pick(["stdout", "stderr"]))),
    ]


# ---------------------------------------------------------------- otel-collector


OTEL_VER = ["0.96.0", "0.98.0", "0.102.1"]


def oc(level, caller, msg, fields=None):
    t = iso_ms()
    if R.random() < 0.7:
        line = f"{t}\t{level}\t{caller}\t{msg}"
        if fields is not None:
            line += "\t" + jdump_spaced(fields)
        return line
    obj = {"level": level, "ts": float(epoch_f()), "caller": caller, "msg": msg}
    obj.update(fields or {})
    return jdump(obj)


def ofields(kind, data_type, name, **extra):
    d = {"kind": kind, "data_type": data_type, "name": name}
    d.update(extra)
    return d


def qs():
    return f"exporterhelper/queue_sender.go:{near(101, 8)}"


def otel_panic(site):
    frames = {
        "batch": [("go.opentelemetry.io/collector/processor/batchprocessor.(*shard).sendItems", "processor/batchprocessor@v{v}/batch_processor.go", 262),
                  ("go.opentelemetry.io/collector/processor/batchprocessor.(*shard).start", "processor/batchprocessor@v{v}/batch_processor.go", 195)],
        "emf": [("github.com/open-telemetry/opentelemetry-collector-contrib/exporter/awsemfexporter.(*emfExporter).pushMetricsData", "exporter/awsemfexporter@v{v}/emf_exporter.go", 121),
                ("go.opentelemetry.io/collector/exporter/exporterhelper.(*metricsRequest).Export", "exporter@v{v}/exporterhelper/metrics.go", 59)],
    }[site]
    v = pick(OTEL_VER)
    out = ["panic: runtime error: invalid memory address or nil pointer dereference",
           f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x{hexid(2)} pc=0x{hexid(7)}]", "",
           f"goroutine {R.randint(20, 900)} [running]:"]
    for fn, path, ln in frames:
        out.append(f"{fn}(0xc00{hexid(7)}, {{0x{hexid(7)}, 0xc00{hexid(7)}}})")
        out.append(f"\t/home/runner/go/pkg/mod/go.opentelemetry.io/collector/{path.format(v=v)}:{near(ln, 6)} +0x{hexid(3)}")
    return "\n".join(out)


def otel_errors():
    return [
        ("export-dropped-conn-refused", 7, lambda: oc("error", qs(), "Exporting failed. Dropping data.", ofields("exporter", "traces", "otlphttp", error=f"Permanent error: Post \"http://{priv_ip()}:4318/v1/traces\": dial tcp {priv_ip()}:4318: connect: connection refused", dropped_items=R.randint(1, 600)))),
        ("export-dropped-unauthenticated", 6, lambda: oc("error", qs(), "Exporting failed. Dropping data.", ofields("exporter", "metrics", "otlp/backend", error="Permanent error: rpc error: code = Unauthenticated desc = invalid API key", dropped_items=R.randint(1, 600)))),
        ("queue-full", 6, lambda: oc("error", f"exporterhelper/common.go:{near(296, 6)}", "Exporting failed. Rejecting data.", ofields("exporter", "traces", "awsxray", error="sending queue is full", rejected_items=R.randint(10, 2000)))),
        ("xray-access-denied", 5, lambda: oc("error", f"awsxrayexporter@v{pick(OTEL_VER)}/awsxray.go:{near(70, 4)}", "Error exporting spans", ofields("exporter", "traces", "awsxray", error=f"AccessDeniedException: User: arn:aws:sts::{account()}:assumed-role/{pick(['collector', 'ecs-task'])}-role/{hexid(32)} is not authorized to perform: xray:PutTraceSegments"))),
        ("emf-log-group-missing", 5, lambda: oc("error", f"cwlogs@v{pick(OTEL_VER)}/pusher.go:{near(191, 5)}", "Fail to put log events", ofields("exporter", "metrics", "awsemf", error=f"ResourceNotFoundException: The specified log group does not exist.\n\tstatus code: 400, request id: {uuid()}"))),
        ("startup-bind-in-use", 5, lambda: f"Error: cannot start pipelines: failed to start \"{pick(['otlp', 'otlp/app', 'otlp/sidecar'])}\" receiver: listen tcp {pick(['0.0.0.0', '127.0.0.1', ''])}:{pick([4317, 4318, 55681])}: bind: address already in use"),
        ("run-finished-with-error", 5, lambda: f"{when().strftime('%Y/%m/%d %H:%M:%S')} collector server run finished with error: cannot start pipelines: failed to start \"otlp\" receiver: listen tcp 0.0.0.0:{pick([4317, 4318])}: bind: address already in use"),
        ("config-unknown-type", 5, lambda: f"Error: failed to get config: cannot unmarshal the configuration: 1 error(s) decoding:\n\n* error decoding 'exporters': unknown type: \"{pick(['awsxray2', 'otlphtp', 'loging'])}\" for id: \"{pick(['awsxray2', 'otlphtp', 'loging'])}\" (valid values: [otlp otlphttp debug awsxray awsemf])"),
        ("panic-batch-send", 5, lambda: otel_panic("batch")),
        ("panic-emf-push", 5, lambda: otel_panic("emf")),
    ]


def otel_noise():
    return [
        ("starting", 4, lambda: oc("info", f"service@v{pick(OTEL_VER)}/service.go:{near(143, 4)}", "Starting aws-otel-collector...", {"Version": f"v0.{R.randint(36, 40)}.0", "NumCPU": pick([2, 4])})),
        ("extensions", 3, lambda: oc("info", f"extensions/extensions.go:{near(34, 3)}", "Starting extensions...")),
        ("grpc-server", 4, lambda: oc("info", f"otlpreceiver@v{pick(OTEL_VER)}/otlp.go:{near(102, 4)}", "Starting GRPC server", ofields("receiver", pick(["traces", "metrics"]), "otlp", endpoint=f"0.0.0.0:4317"))),
        ("ready", 4, lambda: oc("info", f"service@v{pick(OTEL_VER)}/service.go:{near(169, 4)}", "Everything is ready. Begin running and processing data.")),
        ("will-retry", 10, lambda: oc(pick(["info", "warn"]), f"exporterhelper/retry_sender.go:{near(118, 6)}", "Exporting failed. Will retry the request after interval.", ofields("exporter", pick(["traces", "logs"]), pick(["otlphttp", "awsxray"]), error=pick([f"failed to make an HTTP request: Post \"http://{priv_ip()}:4318/v1/traces\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "rpc error: code = Unavailable desc = connection error"]), interval=f"{R.uniform(1, 30):.9f}s"))),
        ("debug-exporter", 8, lambda: oc("info", "TracesExporter", "", ofields("exporter", "traces", "debug", **{"resource spans": R.randint(1, 5), "spans": R.randint(1, 90)}))),
        ("scrape-failed-warn", 5, lambda: oc("warn", f"internal/transaction.go:{near(123, 5)}", "Failed to scrape Prometheus endpoint", ofields("receiver", "metrics", "prometheus", scrape_timestamp=R.randint(1700000000000, 1800000000000), target_labels=f"{{__name__=\"up\", instance=\"{priv_ip()}:9100\", job=\"node\"}}"))),
        ("memory-limiter-warn", 4, lambda: oc("warn", f"memorylimiter/memorylimiter.go:{near(222, 5)}", "Memory usage is above soft limit. Forcing a GC.", ofields("processor", "traces", "memory_limiter", cur_mem_mib=R.randint(300, 500)))),
        ("shutdown", 3, lambda: oc("info", f"otelcol/collector.go:{near(258, 4)}", "Received signal from OS", {"signal": "terminated"})),
        ("lambda-extension", 6, lambda: jdump({"level": "info", "ts": float(epoch_f()), "logger": "telemetryAPI.Listener", "msg": "Received telemetry", "type": pick(["platform.start", "platform.runtimeDone", "platform.report"]), "error": None, "requestId": uuid()})),
        ("debug-errors-zero", 4, lambda: oc("debug", f"awsxrayexporter@v{pick(OTEL_VER)}/awsxray.go:{near(66, 3)}", "response: {UnprocessedTraceSegments:[]}", ofields("exporter", "traces", "awsxray", errors=0))),
    ]
