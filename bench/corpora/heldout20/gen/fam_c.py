"""Families: laravel11-bref-lambda-sqs, ecs-sidecars-adot-firelens-datadog-envoy, aws-sdk-retries-batch-fargate."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, ts_sp, jat,
                    epoch, epoch_ms, port, lambda_report, lambda_start, lambda_end, init_start)

ACCT = "111122223333"

# ---------------------------------------------------------------- laravel11-bref-lambda-sqs
# "tixly", event ticketing on Laravel 11 with Bref 2 on Lambda: tixly-web (php-83-fpm layer behind API Gateway
# HTTP API), tixly-artisan (console, EventBridge schedule) and tixly-queue (SQS, Bref's Laravel bridge). Monolog's
# line format on stderr with the JSON context, PHP-FPM/PHP fatal lines, Lambda platform lines, AWS SDK for PHP.
F7 = "laravel11-bref-lambda-sqs"


def mono(R, level, msg, ctx=None):
    # Laravel's LineFormatter: inline line breaks allowed, empty context/extra left out
    s = "[2028-04-%02d %s] production.%s: %s" % (day(R), hms(R), level, msg)
    return s + (" " + jd(ctx).replace("\\n", "\n") if ctx else "")


def lexc(R, cls, code, msg, at, frames):
    st = "\n".join("#%d %s" % (i, f) for i, f in enumerate(frames + ["{main}"]))
    return {"exception": "[object] (%s(code: %s): %s at %s)\n[stacktrace]\n%s" % (cls, code, msg, at, st)}


V = "/var/task/vendor/laravel/framework/src/Illuminate"


def l_conns(R):
    sql = pick(R, ["select * from `events` where `slug` = ? limit 1", "select * from `orders` where `id` = ? limit 1", "select count(*) as aggregate from `tickets` where `event_id` = ?"])
    m = "SQLSTATE[HY000] [1040] Too many connections (Connection: mysql, SQL: %s)" % sql
    return mono(R, "ERROR", m, lexc(R, "Illuminate\\Database\\QueryException", 1040, m, V + "/Database/Connection.php:%d" % pick(R, [813, 813]),
                                   [V + "/Database/Connection.php(767): Illuminate\\Database\\Connection->runQueryCallback()", "/var/task/app/Http/Controllers/EventController.php(%d): Illuminate\\Database\\Eloquent\\Builder->firstOrFail()" % pick(R, [31, 31, 34])]))


def l_timeout(R):
    if R.random() < 0.5:
        return "%s %s Task timed out after 28.00 seconds" % (iso(R), uuid(R))
    return lambda_report(R, mem=1024, status="timeout", dur=28000.0 + R.uniform(0, 90))


def l_memory(R):
    f = pick(R, ["/var/task/vendor/phpoffice/phpspreadsheet/src/PhpSpreadsheet/Cell/Coordinate.php", "/var/task/app/Imports/AttendeesImport.php"])
    return "Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate %d bytes) in %s on line %d" % (pick(R, [20480, 4096, 65536, 262144]), f, R.randint(30, 400))


def l_attempts(R):
    m = "App\\Jobs\\SendTicketPdf has been attempted too many times."
    return mono(R, "ERROR", m, lexc(R, "Illuminate\\Queue\\MaxAttemptsExceededException", 0, m, V + "/Queue/MaxAttemptsExceededException.php:24",
                                   [V + "/Queue/Worker.php(785): Illuminate\\Queue\\MaxAttemptsExceededException::forJob()", "/var/task/vendor/bref/laravel-bridge/src/Queue/QueueHandler.php(%d): Illuminate\\Queue\\Worker->process()" % pick(R, [126, 126])]) | {"job_id": uuid(R), "order_id": R.randint(100000, 999999)})


def l_readonly(R):
    v = hexs(R, 40)
    m = "file_put_contents(/var/task/storage/framework/views/%s.php): Failed to open stream: Read-only file system" % v
    return mono(R, "ERROR", m, lexc(R, "ErrorException", 0, m, V + "/Filesystem/Filesystem.php:204", [V + "/View/Compilers/BladeCompiler.php(193): Illuminate\\Filesystem\\Filesystem->put()"]) | {"url": pick(R, ["/events/%s" % lower(R, 8), "/checkout/%d" % R.randint(100000, 999999), "/"])})


def l_undef(R):
    m = "Undefined array key \"section\""
    return mono(R, "ERROR", m, lexc(R, "ErrorException", 0, m, "/var/task/app/Services/SeatMap.php:%d" % pick(R, [88, 88, 91]),
                                   ["/var/task/app/Http/Controllers/SeatController.php(42): App\\Services\\SeatMap->layout()"]) | {"venue_id": R.randint(1, 400), "userId": R.randint(1000, 99999)})


def l_sqs(R):
    u = "https://sqs.us-east-1.amazonaws.com/%s/tixly-jobs" % ACCT
    m = "Error executing \"SendMessage\" on \"%s\"; AWS HTTP error: Client error: `POST %s` resulted in a `400 Bad Request` response:\n{\"__type\":\"com.amazonaws.sqs#InvalidParameterValue\",\"message\":\"One or more parameters are invalid. Reason: Message must be shorter than 262144 bytes.\"}\n InvalidParameterValue (client): One or more parameters are invalid. Reason: Message must be shorter than 262144 bytes." % (u, u)
    return mono(R, "ERROR", m.split("\n")[0], lexc(R, "Aws\\Sqs\\Exception\\SqsException", 400, m, "/var/task/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php:196", ["/var/task/app/Jobs/RebuildSeatingChart.php(%d): Illuminate\\Foundation\\Bus\\PendingDispatch->__destruct()" % pick(R, [58, 58])]) | {"event_id": R.randint(100, 9999)})


def l_redis(R):
    host = "tixly-cache.x1exmp.ng.0001.use1.cache.amazonaws.com"
    m = "Error while reading line from the server. [tcp://%s:6379]" % host
    return mono(R, "ERROR", m, lexc(R, "Predis\\Connection\\ConnectionException", 0, m, "/var/task/vendor/predis/predis/src/Connection/AbstractConnection.php:%d" % pick(R, [144, 144]),
                                   ["/var/task/vendor/predis/predis/src/Connection/StreamConnection.php(%d): Predis\\Connection\\AbstractConnection->onConnectionError()" % R.randint(300, 320)]))


def l_ses(R):
    m = "Error executing \"SendRawEmail\" on \"https://email.us-east-1.amazonaws.com\"; AWS HTTP error: Client error: `POST https://email.us-east-1.amazonaws.com` resulted in a `400 Bad Request` response:\n MessageRejected (client): Email address is not verified. The following identities failed the check in region US-EAST-1: tickets@mail.tixly.example"
    return mono(R, "ERROR", "Failed to send order confirmation for order %d" % R.randint(100000, 999999), lexc(R, "Aws\\Ses\\Exception\\SesException", 400, m, "/var/task/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php:196", ["/var/task/vendor/laravel/framework/src/Illuminate/Mail/Transport/SesTransport.php(61): Aws\\AwsClient->__call()"]))


def l_gd(R):
    return "Fatal error: Uncaught Error: Call to undefined function Intervention\\Image\\Gd\\imagecreatefromstring() in /var/task/vendor/intervention/image/src/Intervention/Image/Gd/Decoder.php:%d\nStack trace:\n#0 /var/task/app/Services/PosterResizer.php(%d): Intervention\\Image\\Gd\\Decoder->initFromBinary()\n#1 {main}\n  thrown in /var/task/vendor/intervention/image/src/Intervention/Image/Gd/Decoder.php on line %d" % (
        154, pick(R, [27, 27, 29]), 154) + ("" if R.random() < 0.5 else " (request %s)" % uuid(R))


def l_appkey(R):
    m = "No application encryption key has been specified."
    return mono(R, "ERROR", m, lexc(R, "Illuminate\\Encryption\\MissingAppKeyException", 0, m, V + "/Encryption/EncryptionServiceProvider.php:83",
                                   [V + "/Support/helpers.php(%d): Illuminate\\Encryption\\EncryptionServiceProvider->Illuminate\\Encryption\\{closure}()" % 328, "/var/task/artisan(13): Illuminate\\Foundation\\Application->handleCommand()"]) | {"command": pick(R, ["tickets:release-holds", "reports:daily-sales", "events:close-past"]), "invocation": uuid(R)})


def lv_negs():
    def n_start(R): return lambda_start(R)
    def n_end(R): return lambda_end(R)
    def n_report(R): return lambda_report(R, mem=pick(R, [1024, 512]), dur=R.uniform(8, 1800), init=R.random() < 0.15)
    def n_init(R): return init_start(R, "provided:al2.v%d" % R.randint(40, 44))
    def n_fpm(R): return "NOTICE: %s [%s]" % (pick(R, ["fpm is running, pid %d" % R.randint(2, 20), "ready to handle connections"]), uuid(R)[:8])
    def n_info(R): return mono(R, "INFO", pick(R, ["Order %d paid, %d tickets issued" % (R.randint(100000, 999999), R.randint(1, 8)), "Hold released for %d seats on event %d" % (R.randint(1, 20), R.randint(100, 9999)), "Ticket PDF generated for order %d in %d ms" % (R.randint(100000, 999999), R.randint(300, 6000))]))
    def n_proc(R): return "%s Processing: App\\Jobs\\%s [%s]" % (iso(R, 0, "Z"), pick(R, ["SendTicketPdf", "RebuildSeatingChart", "SyncAttendees"]), uuid(R))
    def n_done(R): return "%s Processed:  App\\Jobs\\%s [%s] (%d ms)" % (iso(R, 0, "Z"), pick(R, ["SendTicketPdf", "RebuildSeatingChart", "SyncAttendees"]), uuid(R), R.randint(50, 9000))
    def n_retry(R): return mono(R, "WARNING", "Payment provider timeout, job released back to queue (attempt %d of 3)" % R.randint(1, 2), {"order_id": R.randint(100000, 999999)})
    def n_dep(R): return "Deprecated: Creation of dynamic property App\\Legacy\\Voucher::$%s is deprecated in /var/task/app/Legacy/Voucher.php on line %d" % (pick(R, ["code", "expires", "owner"]), R.randint(20, 80))
    def n_404(R): return mono(R, "DEBUG", "Route not found: GET %s (404)" % pick(R, ["/wp-login.php", "/.env", "/events/%s" % lower(R, 8), "/xmlrpc.php"]))
    def n_sched(R): return "Running ['artisan' %s] ....... %d ms DONE" % (pick(R, ["tickets:release-holds", "reports:daily-sales", "events:close-past"]), R.randint(30, 9000))
    def n_webhook(R): return mono(R, "INFO", "Stripe webhook evt_%s ignored: event type charge.updated not handled" % alnum(R, 14))
    def n_fail0(R): return mono(R, "INFO", "Attendee sync finished: %d imported, 0 failed" % R.randint(10, 5000))
    return [n_start, n_end, n_report, n_init, n_fpm, n_info, n_proc, n_done, n_retry, n_dep, n_404, n_sched, n_webhook, n_fail0]


def fam_lv(R):
    groups = [("mysql-too-many-connections-no-proxy", l_conns), ("web-fn-timeout-28s", l_timeout), ("attendee-import-memory-limit", l_memory),
              ("send-ticket-pdf-max-attempts", l_attempts), ("blade-view-cache-read-only-filesystem", l_readonly),
              ("seat-map-section-key-missing", l_undef), ("seating-chart-job-payload-over-256kb", l_sqs),
              ("redis-cache-needs-tls", l_redis), ("ses-sender-identity-unverified", l_ses), ("gd-extension-not-enabled", l_gd),
              ("artisan-fn-app-key-missing", l_appkey)]
    return build(R, F7, groups, lv_negs())


# ---------------------------------------------------------------- ecs-sidecars-adot-firelens-datadog-envoy
# Sidecars of several ECS services, each shipping its own stdout to CloudWatch Logs: the AWS Distro for
# OpenTelemetry collector (zap console lines), AWS for Fluent Bit as the FireLens router, the Datadog agent
# (Fargate), and Envoy as the App Mesh proxy (error log + access log).
F8 = "ecs-sidecars-adot-firelens-datadog-envoy"


def otel(R, level, caller, msg, fields):
    return "%s\t%s\t%s\t%s\t%s" % (iso(R, 3, "Z"), level, caller, msg, jd(fields).replace('":', '": ').replace(',"', ', "'))


def fb(R, level, tag, msg):
    return "[2028/04/%02d %s] [%5s] [%s] %s" % (day(R), hms(R), level, tag, msg)


def chunk(R):
    return "%d-%d.%09d.flb" % (R.randint(1, 9), epoch(R), R.randint(0, 999999999))


def dd(R, comp, level, loc, msg):
    return "2028-04-%02d %s UTC | %s | %s | (%s) | %s" % (day(R), hms(R), comp, level, loc, msg)


def env_err(R, level, comp, src, msg):
    return "[2028-04-%02d %s.%03d][%d][%s][%s] [%s] %s" % (day(R), hms(R), R.randint(0, 999), R.randint(1, 60), level, comp, src, msg)


def env_acc(R, method, path, status, flags, dur, upstream):
    return '[%s] "%s %s HTTP/1.1" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
        iso(R, 3, "Z"), method, path, status, flags, R.randint(0, 900) if method != "GET" else 0, R.randint(0, 9000) if status < 500 else pick(R, [91, 95, 24]), dur,
        str(max(0, dur - R.randint(0, 3))) if flags == "-" else "-", ip10(R), pick(R, ["okhttp/4.12.0", "Go-http-client/1.1", "axios/1.7.2"]), uuid(R), upstream, "%s:%d" % (ip10(R), 8080) if flags not in ("UF", "UH") else "%s:%d" % (ip10(R), 8080))


def s_xray(R):
    return otel(R, "error", "exporterhelper/queue_sender.go:101", "Exporting failed. Dropping data.",
                {"kind": "exporter", "data_type": "traces", "name": "awsxray", "error": "Permanent error: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/checkout-task-role/%s is not authorized to perform: xray:PutTraceSegments because no identity-based policy allows the xray:PutTraceSegments action\n\tstatus code: 403, request id: %s" % (ACCT, hexs(R, 32), uuid(R)), "dropped_items": R.randint(1, 400)})


def s_port(R):
    if R.random() < 0.6:
        return "Error: cannot start pipelines: failed to start receivers: listen tcp 0.0.0.0:4317: bind: address already in use\n%s\terror\tcommand/command.go:%d\tcollector server run finished with error\t{\"error\": \"cannot start pipelines: failed to start receivers: listen tcp 0.0.0.0:4317: bind: address already in use\"}" % (iso(R, 3, "Z"), pick(R, [89, 89]))
    return dd(R, "CORE", "ERROR", "comp/otelcol/otlp/collector.go:%d in Start" % pick(R, [370, 370]), "Error starting OTLP endpoint: listen tcp 0.0.0.0:4317: bind: address already in use (task %s)" % hexs(R, 32))


def s_prom(R):
    return otel(R, "warn", "internal/transaction.go:%d" % pick(R, [129, 129]), "Failed to scrape Prometheus endpoint",
                {"kind": "receiver", "name": "prometheus", "data_type": "metrics", "scrape_timestamp": epoch_ms(R), "target_labels": "{__name__=\"up\", instance=\"localhost:9404\", job=\"billing-jmx\", task=\"%s\"}" % hexs(R, 12)})


def s_cwgroup(R):
    v = R.random()
    if v < 0.45:
        return fb(R, "error", "output:cloudwatch_logs:cloudwatch_logs.0", "CreateLogStream API responded with error='ResourceNotFoundException', message='The specified log group does not exist.'")
    if v < 0.7:
        return fb(R, "error", "output:cloudwatch_logs:cloudwatch_logs.0", "Failed to create log stream %s for log group /ecs/billing-api-prod" % ("billing-api-firelens-" + hexs(R, 32)))
    return fb(R, "error", "engine", "chunk '%s' cannot be retried: task_id=%d, input=forward.1 > output=cloudwatch_logs.0 (out_id=0)" % (chunk(R), R.randint(0, 60)))


def s_firehose(R):
    if R.random() < 0.55:
        return fb(R, "error", "output:kinesis_firehose:kinesis_firehose.1", "Throughput limits may have been exceeded, %d records failed to be delivered to clickstream-prod" % R.randint(10, 500))
    return fb(R, "error", "engine", "chunk '%s' cannot be retried: task_id=%d, input=forward.1 > output=kinesis_firehose.1 (out_id=1)" % (chunk(R), R.randint(0, 60)))


def s_parser(R):
    v = R.random()
    if v < 0.5:
        return fb(R, "error", "filter:parser:parser.1", "requested parser 'app_json' not found (config /fluent-bit/etc/extra.conf, task %s)" % hexs(R, 12))
    if v < 0.75:
        return "[2028/04/%02d %s] [error] Failed initialize filter parser.1 (task %s)" % (day(R), hms(R), hexs(R, 12))
    return fb(R, "error", "filter:parser:parser.1", "Invalid 'parser' (task %s)" % hexs(R, 12))


def s_apikey(R):
    v = R.random()
    if v < 0.5:
        return dd(R, "CORE", "ERROR", "pkg/forwarder/transaction/transaction.go:%d in internalProcess" % pick(R, [366, 366]), "API Key invalid, dropping transaction for https://%s-app.agent.datadoghq.com/api/v2/series" % pick(R, ["7-52-0", "7-53-1"]))
    return dd(R, "CORE", "ERROR", "comp/forwarder/defaultforwarder/forwarder_health.go:%d in checkValidAPIKey" % pick(R, [202, 202]), "api_key '***************************%s' for domain https://api.datadoghq.com/ is invalid" % pick(R, ["e2a1f", "e2a1f"]) + " [task %s]" % hexs(R, 8))


def s_intake(R):
    if R.random() < 0.5:
        return dd(R, "CORE", "WARN", "pkg/logs/client/tcp/connection_manager.go:%d in NewConnection" % pick(R, [103, 103]), "dial tcp %s:10516: i/o timeout" % ipdoc(R))
    return dd(R, "CORE", "ERROR", "pkg/logs/client/tcp/destination.go:%d in sendAndRetry" % pick(R, [77, 77]), "Could not send payload to agent-intake.logs.datadoghq.com:10516: dial tcp %s:10516: i/o timeout, %d logs dropped" % (ipdoc(R), R.randint(10, 900)))


def s_xds(R):
    return env_err(R, "warning", "config", "source/common/config/grpc_stream.h:%d" % pick(R, [163, 163]),
                   "StreamAggregatedResources gRPC config stream to appmesh-envoy-management.us-east-1.amazonaws.com:443 closed since %ds ago: 7, Unauthorized to perform appmesh:StreamAggregatedResources for arn:aws:appmesh:us-east-1:%s:mesh/shop-mesh/virtualNode/orders-vn." % (R.randint(30, 3000), ACCT))


def s_uf(R):
    if R.random() < 0.6:
        return env_acc(R, pick(R, ["GET", "POST"]), pick(R, ["/orders", "/orders/%d" % R.randint(10000, 99999), "/orders/%d/items" % R.randint(10000, 99999)]), 503, "UF", R.randint(0, 3), "cds_egress_shop-mesh_orders-vn_http_8080")
    return env_err(R, "debug", "router", "source/common/router/router.cc:%d" % pick(R, [1270, 1270]), "[C%d][S%d] upstream reset: reset reason: remote connection failure, transport failure reason: delayed connect error: 111 (cluster cds_egress_shop-mesh_orders-vn_http_8080)" % (R.randint(1, 9000), R.randint(10 ** 17, 10 ** 18)))


def s_ut(R):
    return env_acc(R, "GET", pick(R, ["/reports/sales?month=2028-0%d" % R.randint(1, 3), "/reports/inventory?depot=%d" % R.randint(1, 40)]), 504, "UT", 15000 + R.randint(0, 5), "cds_egress_shop-mesh_reports-vn_http_8080")


def sc_negs():
    def n_otel_start(R): return otel(R, "info", "service@v0.102.1/service.go:%d" % pick(R, [113, 207]), pick(R, ["Starting aws-otel-collector...", "Everything is ready. Begin running and processing data."]), {"Version": "v0.40.%d" % R.randint(0, 2), "NumCPU": 2, "task": hexs(R, 8)})
    def n_otel_mem(R): return otel(R, "info", "memorylimiter@v0.102.1/memorylimiter.go:%d" % 151, "Memory usage is within limits", {"kind": "processor", "name": "memory_limiter", "pipeline": "traces", "cur_mem_mib": R.randint(40, 180)})
    def n_fb_banner(R): return "Fluent Bit v1.9.10\n* Copyright (C) 2015-2022 The Fluent Bit Authors\n* Fluent Bit is a CNCF sub-project under the umbrella of Fluentd\n* https://fluentbit.io\n(task %s)" % hexs(R, 12)
    def n_fb_worker(R): return fb(R, "info", "output:cloudwatch_logs:cloudwatch_logs.0", "worker #%d started (log group /ecs/%s)" % (R.randint(0, 1), pick(R, ["checkout-prod", "orders-prod", "billing-api-prod"])))
    def n_fb_retry(R): return fb(R, "warn", "engine", "failed to flush chunk '%s', retry in %d seconds: task_id=%d, input=forward.1 > output=cloudwatch_logs.0 (out_id=0)" % (chunk(R), R.randint(6, 30), R.randint(0, 60)))
    def n_fb_ok(R): return fb(R, "info", "engine", "flush chunk '%s' succeeded at retry %d: task_id=%d, input=forward.1 > output=cloudwatch_logs.0 (out_id=0)" % (chunk(R), R.randint(1, 2), R.randint(0, 60)))
    def n_fb_stream(R): return fb(R, "info", "output:cloudwatch_logs:cloudwatch_logs.0", "Created log stream %s in group /ecs/orders-prod" % ("orders-firelens-" + hexs(R, 32)))
    def n_dd_check(R): return dd(R, "CORE", "INFO", "pkg/collector/worker/check_logger.go:%d in CheckFinished" % 61, "check:ecs_fargate | Done running check, next runs will be logged every 500 runs (%s)" % hexs(R, 8))
    def n_dd_conf(R): return dd(R, "CORE", "WARN", "pkg/util/log/log.go:%d in func1" % 880, "Error loading config: open /etc/datadog-agent/datadog.yaml: no such file or directory (using environment variables, task %s)" % hexs(R, 8))
    def n_dd_trace(R): return dd(R, "TRACE", "INFO", "pkg/trace/api/api.go:%d in Listen" % 285, "Listening for traces at http://localhost:8126 (task %s)" % hexs(R, 8))
    def n_dd_stats(R): return dd(R, "TRACE", "INFO", "pkg/trace/info/stats.go:%d in LogAndResetStats" % 104, "[lang:go lang_version:go1.22.3 tracer_version:1.64.0] -> traces received: %d, traces filtered: 0, traces amount: %d bytes, events extracted: 0, events sampled: 0" % (R.randint(1, 900), R.randint(1000, 900000)))
    def n_env_200(R): return env_acc(R, pick(R, ["GET", "GET", "POST"]), pick(R, ["/orders/%d" % R.randint(10000, 99999), "/cart", "/products?page=%d" % R.randint(1, 40), "/reports/sales?month=2028-0%d" % R.randint(1, 3)]), pick(R, [200, 200, 201, 204]), "-", R.randint(1, 800), pick(R, ["cds_egress_shop-mesh_orders-vn_http_8080", "cds_egress_shop-mesh_cart-vn_http_8080", "cds_egress_shop-mesh_reports-vn_http_8080"]))
    def n_env_ping(R): return env_acc(R, "GET", "/ping", 200, "-", R.randint(0, 2), "cds_ingress_shop-mesh_checkout-vn_http_8080")
    def n_env_404(R): return env_acc(R, "GET", "/orders/%d" % R.randint(100000, 999999), 404, "-", R.randint(1, 30), "cds_egress_shop-mesh_orders-vn_http_8080")
    def n_env_cds(R): return env_err(R, "info", "upstream", "source/common/upstream/cds_api_helper.cc:%d" % 32, "cds: add %d cluster(s), remove 0 cluster(s)" % R.randint(2, 9))
    def n_env_drain(R): return env_err(R, "info", "main", "source/server/drain_manager_impl.cc:%d" % 175, "shutting down parent after drain (%s)" % hexs(R, 6))
    return [n_otel_start, n_otel_mem, n_fb_banner, n_fb_worker, n_fb_retry, n_fb_ok, n_fb_stream, n_dd_check, n_dd_conf, n_dd_trace, n_dd_stats, n_env_200, n_env_ping, n_env_404, n_env_cds, n_env_drain]


def fam_sc(R):
    groups = [("adot-xray-putsegments-denied", s_xray), ("otlp-port-4317-clash-adot-datadog", s_port), ("billing-jmx-exporter-not-running", s_prom),
              ("billing-log-group-missing", s_cwgroup), ("clickstream-firehose-throughput-exceeded", s_firehose),
              ("firelens-app-json-parser-missing", s_parser), ("datadog-api-key-invalid", s_apikey), ("datadog-logs-tcp-10516-blocked", s_intake),
              ("orders-envoy-xds-not-authorized", s_xds), ("orders-upstream-connection-refused", s_uf), ("reports-route-timeout-15s", s_ut)]
    return build(R, F8, groups, sc_negs())


# ---------------------------------------------------------------- aws-sdk-retries-batch-fargate
# Nightly batch jobs on AWS Batch (Fargate) in four languages: a Python 3.12 ingest (botocore, logging's default
# format), a Node 20 exporter (SDK for JavaScript v3, console.error of the error object), a Java 21 reconciler (SDK
# for Java v2, log4j2 pattern layout) and a Go 1.22 archiver (SDK for Go v2, slog text). Retries that succeed are
# logged too.
F9 = "aws-sdk-retries-batch-fargate"


def pyl(R, level, name, msg):
    return "%s %s %s: %s" % (ts_sp(R, 3, ","), level, name, msg)


def jsmeta(R, status, attempts, delay):
    return ("  '$fault': 'server'," if status >= 500 else "  '$fault': 'client',") + "\n  '$metadata': {\n    httpStatusCode: %d,\n    requestId: '%s',\n    extendedRequestId: undefined,\n    cfId: undefined,\n    attempts: %d,\n    totalRetryDelay: %d\n  }" % (status, uuid(R), attempts, delay)


def j4(R, level, logger, msg):
    return "%s %-5s [%s] %s - %s" % (ts_sp(R, 3, "."), level, pick(R, ["main", "recon-worker-%d" % R.randint(1, 8)]), logger, msg)


def gosl(R, level, msg, **kv):
    s = "time=%s level=%s msg=%s" % (iso(R, 3, "Z"), level, jd(msg) if " " in msg else msg)
    for k, v in kv.items():
        s += " %s=%s" % (k, jd(v) if isinstance(v, str) and (" " in v or "\"" in v or "=" in v) else v)
    return s


def b_cw(R):
    return pyl(R, "ERROR", "ingest.metrics", "Could not publish job metrics: An error occurred (ThrottlingException) when calling the PutMetricData operation (reached max retries: 4): Rate exceeded (batch %d of %d)" % (R.randint(1, 400), R.randint(400, 900)))


def b_ddb(R):
    if R.random() < 0.6:
        return pyl(R, "ERROR", "ingest.writer", "BatchWriteItem failed for partition %s: An error occurred (ProvisionedThroughputExceededException) when calling the BatchWriteItem operation (reached max retries: 9): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." % pick(R, ["2028-04-%02d#%d" % (day(R), R.randint(0, 63))]))
    return "Traceback (most recent call last):\n  File \"/app/ingest/writer.py\", line %d, in flush\n    resp = client.batch_write_item(RequestItems=items)\n  File \"/usr/local/lib/python3.12/site-packages/botocore/client.py\", line 1021, in _make_api_call\n    raise error_class(parsed_response, operation_name)\nbotocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the BatchWriteItem operation (reached max retries: 9): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.\n(job %s)" % (pick(R, [88, 88, 91]), uuid(R))


def b_expired(R):
    op = pick(R, ["PutObject", "PutObject", "CompleteMultipartUpload"])
    return pyl(R, "ERROR", "ingest.upload", "Upload of s3://ingest-staging-prod/%s/part-%05d.parquet failed: An error occurred (ExpiredToken) when calling the %s operation: The provided token has expired. (job running %dh%02dm)" % ("2028-04-%02d" % day(R), R.randint(0, 900), op, R.randint(1, 3), R.randint(0, 59)))


def b_athena(R):
    return pyl(R, "ERROR", "ingest.athena", "StartQueryExecution failed for %s: An error occurred (TooManyRequestsException) when calling the StartQueryExecution operation: You have exceeded the limit for the number of queries you can run concurrently. Please reduce the number of concurrent queries submitted by this account. Contact customer support to request a concurrent query limit increase." % pick(R, ["daily_rollup_%s" % lower(R, 4), "partition_repair_%s" % lower(R, 4)]))


def b_slowdown(R):
    return "%s\tERROR\texport chunk %d failed SlowDown: Please reduce your request rate.\n    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:%d:20)\n    at /app/node_modules/@aws-sdk/middleware-sdk-s3/dist-cjs/index.js:%d:24 {\n%s,\n  Code: 'SlowDown',\n  BucketName: 'exports-prod',\n  RequestId: '%s',\n  HostId: '%s'\n}" % (
        iso(R), R.randint(1, 9000), pick(R, [867, 867]), R.randint(130, 140), jsmeta(R, 503, 3, R.randint(200, 1400)), alnum(R, 16).upper(), alnum(R, 56))


def b_kinesis(R):
    sh = "shardId-%012d" % R.randint(0, 7)
    return "%s\tERROR\tPutRecords gave up for %d records ProvisionedThroughputExceededException: Rate exceeded for shard %s in stream order-events-prod under account %s.\n    at de_ProvisionedThroughputExceededExceptionRes (/app/node_modules/@aws-sdk/client-kinesis/dist-cjs/index.js:%d:21) {\n%s\n}" % (
        iso(R), R.randint(1, 500), sh, ACCT, pick(R, [1745, 1745]), jsmeta(R, 400, 3, R.randint(100, 900)))


def b_pool(R):
    return j4(R, "ERROR", "c.e.recon.LedgerReconciler", "Reconcile of account batch %d failed\nsoftware.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP request: Timeout waiting for connection from pool" % R.randint(1, 900)
              + jat(["software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)", "software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.query(DefaultDynamoDbClient.java:%d)" % pick(R, [4461, 4461]), "com.example.recon.LedgerReconciler.lambda$run$2(LedgerReconciler.java:%d)" % pick(R, [97, 97, 101])])
              + "\n\tSuppressed: software.amazon.awssdk.core.exception.SdkClientException: Request attempt 1 failure: Unable to execute HTTP request: Timeout waiting for connection from pool\n\tSuppressed: software.amazon.awssdk.core.exception.SdkClientException: Request attempt 2 failure: Unable to execute HTTP request: Timeout waiting for connection from pool\nCaused by: org.apache.http.conn.ConnectionPoolTimeoutException: Timeout waiting for connection from pool" + jat(["org.apache.http.impl.conn.PoolingHttpClientConnectionManager.leaseConnection(PoolingHttpClientConnectionManager.java:316)"]) + "\n\t... %d more" % R.randint(20, 40))


def b_sts(R):
    return j4(R, "ERROR", "c.e.recon.PartnerLedgerClient", "Cannot assume partner read role\nsoftware.amazon.awssdk.services.sts.model.StsException: User: arn:aws:sts::%s:assumed-role/recon-batch-job-role/%s is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::%s:role/partner-ledger-readonly (Service: Sts, Status Code: 403, Request ID: %s)" % (ACCT, hexs(R, 32), ACCT, uuid(R))
              + jat(["software.amazon.awssdk.services.sts.DefaultStsClient.assumeRole(DefaultStsClient.java:%d)" % 222, "com.example.recon.PartnerLedgerClient.credentials(PartnerLedgerClient.java:%d)" % pick(R, [41, 41])]))


def b_kms(R):
    return j4(R, "ERROR", "c.e.recon.EnvelopeDecryptor", "Decrypt of statement %s failed after 4 attempts\nsoftware.amazon.awssdk.services.kms.model.KmsException: Rate exceeded (Service: Kms, Status Code: 400, Request ID: %s)" % ("stm_" + lower(R, 10), uuid(R))
              + jat(["software.amazon.awssdk.services.kms.DefaultKmsClient.decrypt(DefaultKmsClient.java:%d)" % 1361, "com.example.recon.EnvelopeDecryptor.decrypt(EnvelopeDecryptor.java:%d)" % pick(R, [29, 29])]))


def b_imds(R):
    return gosl(R, "ERROR", "archive run failed", job=uuid(R), err="operation error S3: ListObjectsV2, get identity: get credentials: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: GetMetadata, exceeded maximum number of attempts, 3, request send failed, Get \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\": dial tcp 169.254.169.254:80: connect: %s" % pick(R, ["connection refused", "connection refused", "i/o timeout"]))


def b_secret(R):
    return gosl(R, "ERROR", "load config", job=uuid(R), err="operation error Secrets Manager: GetSecretValue, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , request send failed, Post \"https://secretsmanager.us-east-1.amazonaws.com/\": dial tcp %s:443: i/o timeout" % ipdoc(R))


def sdk_negs():
    def n_py_retry(R): return pyl(R, "DEBUG", "botocore.retries.standard", "Retry needed, retrying request after delay of: %.6f" % R.uniform(0.01, 2))
    def n_py_unproc(R): return pyl(R, "INFO", "ingest.writer", "Wrote %d items (%d unprocessed re-sent, 0 remaining)" % (R.randint(1000, 25000), R.randint(1, 40)))
    def n_py_creds(R): return pyl(R, "INFO", "botocore.credentials", "Found credentials from container provider [job %s]" % uuid(R)[:8])
    def n_py_start(R): return pyl(R, "INFO", "ingest", "Starting ingest for %s (array index %d of %d)" % ("2028-04-%02d" % day(R), R.randint(0, 63), 64))
    def n_py_cond(R): return pyl(R, "INFO", "ingest.writer", "Skipped %d duplicates (ConditionalCheckFailedException), 0 errors" % R.randint(1, 90))
    def n_js_retry(R): return "%s\tWARN\tPutRecords partial failure: %d of 500 records throttled, retrying (attempt %d of 5)" % (iso(R), R.randint(1, 60), R.randint(1, 3))
    def n_js_ok(R): return "%s\tINFO\texport chunk %d uploaded after %d retries (%d bytes)" % (iso(R), R.randint(1, 9000), R.randint(0, 2), R.randint(10 ** 5, 10 ** 8))
    def n_j_ok(R): return j4(R, "INFO", "c.e.recon.LedgerReconciler", "Batch %d reconciled: %d accounts, 0 mismatches" % (R.randint(1, 900), R.randint(10, 5000)))
    def n_j_warn(R): return j4(R, "WARN", "c.e.recon.EnvelopeDecryptor", "KMS throttled decrypt of statement %s, retry %d of 4 in %d ms" % ("stm_" + lower(R, 10), R.randint(1, 3), R.randint(50, 2000)))
    def n_j_dbg(R): return j4(R, "DEBUG", "software.amazon.awssdk.request", "Received successful response: 200, Request ID: %s, Extended Request ID: not available" % uuid(R))
    def n_go_ok(R): return gosl(R, "INFO", "archived prefix", prefix="orders/2028/04/%02d/" % day(R), objects=R.randint(10, 90000), retries=R.randint(0, 3))
    def n_go_retry(R): return gosl(R, "DEBUG", "retrying request", service="S3", operation="PutObject", attempt=R.randint(1, 2), err="https response error StatusCode: 503, api error SlowDown: Please reduce your request rate.")
    def n_batch(R): return "Job %s starting on Fargate platform 1.4.0, vCPU %s, memory %d MiB" % (uuid(R), pick(R, ["1", "2", "4"]), pick(R, [2048, 4096, 8192]))
    def n_done(R): return "%s\tINFO\tjob complete: %d objects exported, 0 failed, %d throttles absorbed" % (iso(R), R.randint(100, 90000), R.randint(0, 400))
    return [n_py_retry, n_py_unproc, n_py_creds, n_py_start, n_py_cond, n_js_retry, n_js_ok, n_j_ok, n_j_warn, n_j_dbg, n_go_ok, n_go_retry, n_batch, n_done]


def fam_sdk(R):
    groups = [("py-putmetricdata-throttled-gave-up", b_cw), ("py-ingest-table-throughput-exceeded", b_ddb), ("py-upload-static-session-token-expired", b_expired),
              ("py-athena-concurrent-query-limit", b_athena), ("js-export-s3-slowdown-exhausted", b_slowdown), ("js-order-events-shard-throttled", b_kinesis),
              ("java-recon-http-pool-exhausted", b_pool), ("java-partner-role-trust-missing", b_sts), ("java-kms-decrypt-rate-exceeded", b_kms),
              ("go-archiver-no-job-role-imds-fallback", b_imds), ("go-secrets-manager-no-endpoint-route", b_secret)]
    return build(R, F9, groups, sdk_negs())


FAMILIES = {F7: fam_lv, F8: fam_sc, F9: fam_sdk}
