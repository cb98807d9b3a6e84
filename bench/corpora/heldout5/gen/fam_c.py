"""perl-openresty and caddy-traefik."""
import json
from common import R, pick, n, hexs, alnum, uid, ip10, pubip, port, email, iso, epoch, jitter, WORDS, MON, WD


# ---------------------------------------------------------------- perl-openresty
def mojo(level, msg):
    return "[2026-12-%02d %02d:%02d:%02d.%05d] [%d] [%s] [%s] %s" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), n(0, 99999), n(7, 30000), level, hexs(8), msg)


def ngx(level, msg, ctx=True):
    base = "2026/12/%02d %02d:%02d:%02d [%s] %d#%d: *%d %s" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), level, (w := n(7, 60)), 0, n(1, 999999), msg)
    if ctx:
        base += ", client: %s, server: api.example.com, request: \"%s %s HTTP/1.1\", host: \"api.example.com\"" % (ip10(), pick(["GET", "POST"]), pick(["/v1/orders", "/v1/cart", "/v1/orders/%d" % n(1, 99999)]))
    return base


def ctime():
    d = n(1, 6)
    return "%s Dec %2d %s 2026" % (WD[d % 7], d, "%02d:%02d:%02d" % (n(0, 23), n(0, 59), n(0, 59)))


perl_errors = [
    ("mojo-cant-call-method-id-order", lambda: mojo("error", "Can't call method \"id\" on an undefined value at /app/lib/Shop/Controller/Order.pm line %d." % jitter(42))),
    ("mojo-cant-call-method-id-invoice", lambda: mojo("error", "Can't call method \"id\" on an undefined value at /app/lib/Shop/Controller/Invoice.pm line %d." % jitter(77))),
    ("dbi-connect-failed-refused", lambda: "DBI connect('dbname=shop;host=%s;port=5432','%s',...) failed: connection to server at \"%s\" (%s), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections? at /app/lib/Shop/DB.pm line %d." % (
        (h := pick(["orders-db.internal", "pg-primary.internal"])), pick(["shop", "shop_ro"]), h, ip10(), jitter(17))),
    ("dbd-pg-deadlock-stock", lambda: mojo("error", "DBD::Pg::st execute failed: ERROR:  deadlock detected\nDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d. at /app/lib/Shop/Model/Stock.pm line %d." % (n(1000, 99999), n(10**6, 10**7), n(1000, 99999), jitter(120)))),
    ("carp-croak-missing-sku", lambda: "Missing SKU for line item %d at /app/lib/Shop/Cart.pm line %d.\n\tShop::Cart::add_line(Shop::Cart=HASH(0x%s), HASH(0x%s)) called at /app/lib/Shop/Controller/Cart.pm line %d\n\tShop::Controller::Cart::add(Shop::Controller::Cart=HASH(0x%s)) called at /app/local/lib/perl5/Mojolicious.pm line %d" % (
        n(1, 40), jitter(88), hexs(12), hexs(12), jitter(31), hexs(12), jitter(193))),
    ("minion-job-failed-export", lambda: mojo("error", "Minion job %d (export_orders) failed: Can't open '/data/exports/orders-%s.csv' for writing: No space left on device at /app/lib/Shop/Task/Export.pm line %d." % (n(1000, 999999), hexs(6), jitter(29)))),
    ("lua-attempt-index-nil-claims", lambda: ngx("error", "lua entry thread aborted: runtime error: /usr/local/openresty/site/lualib/shop/auth.lua:%d: attempt to index local 'claims' (a nil value)\nstack traceback:\ncoroutine 0:\n\t/usr/local/openresty/site/lualib/shop/auth.lua: in function 'verify'\n\taccess_by_lua(nginx.conf:%d):2: in main chunk" % (jitter(58), jitter(96)))),
    ("lua-attempt-index-nil-ratelimit", lambda: ngx("error", "lua entry thread aborted: runtime error: /usr/local/openresty/site/lualib/shop/ratelimit.lua:%d: attempt to index local 'bucket' (a nil value)\nstack traceback:\ncoroutine 0:\n\t/usr/local/openresty/site/lualib/shop/ratelimit.lua: in function 'take'\n\taccess_by_lua(nginx.conf:%d):5: in main chunk" % (jitter(33), jitter(96)))),
    ("lua-redis-connect-timeout", lambda: ngx("error", "[lua] session.lua:%d: load(): failed to connect to redis %s:6379: timeout" % (jitter(71), pick(["sessions.cache.internal", ip10()])))),
    ("ngx-worker-exited-signal-9", lambda: "2026/12/%02d %02d:%02d:%02d [alert] 1#1: worker process %d exited on signal 9" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), n(7, 4000))),
    ("perl-out-of-memory", lambda: "Out of memory in perl:util:safesysrealloc\n%s: reporting job exited (pid %d, status 1)" % (ctime(), n(100, 40000))),
    ("die-config-missing-queue-url", lambda: "%s shop-worker[%d]: Died: QUEUE_URL is not set at /app/bin/worker.pl line %d." % (ctime(), n(100, 40000), jitter(14))),
]

perl_non = [
    lambda: mojo("info", "GET \"/v1/orders/%d\"" % n(1, 99999)),
    lambda: mojo("debug", "200 OK (0.%03ds, %d.000/s)" % (n(1, 999), n(1, 900))),
    lambda: mojo("warn", "Retrying DBI connect after error (attempt %d/5)" % n(1, 4)),
    lambda: "Use of uninitialized value $discount in addition (+) at /app/lib/Shop/Cart.pm line %d." % jitter(77),
    lambda: mojo("info", "Minion job %d (send_receipt) finished, 0 failed retries" % n(1000, 999999)),
    lambda: ngx("info", "client closed connection while waiting for request, client: %s, server: 0.0.0.0:8080" % ip10(), ctx=False),
    lambda: ngx("warn", "[lua] ratelimit.lua:%d: take(): bucket for %s is 90%% full" % (jitter(40), pick(WORDS)), ctx=False),
    lambda: "2026/12/%02d %02d:%02d:%02d [notice] 1#1: signal 17 (SIGCHLD) received from %d" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), n(7, 4000)),
    lambda: "%s - - [%02d/Dec/2026:%02d:%02d:%02d +0000] \"%s /v1/orders HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f" % (ip10(), n(1, 6), n(0, 23), n(0, 59), n(0, 59), pick(["GET", "POST"]), pick([200, 499, 500, 502, 504]), n(0, 9000), pick(["okhttp/4.12.0", "curl/8.5.0"]), R.uniform(0, 3)),
    lambda: mojo("debug", "Routing to controller \"Shop::Controller::Order\" and action \"show\" (errors => [])"),
    lambda: mojo("info", "Worker %d started, failed_jobs=0" % n(7, 30000)),
    lambda: "%s shop-worker[%d]: polling %s, 0 messages" % (ctime(), n(100, 40000), pick(["orders-queue", "exports-queue"])),
]

# ---------------------------------------------------------------- vector-logstash


def vts():
    return iso(6)


def span(kind, cid, ctype):
    return '%s{component_kind="%s" component_id=%s component_type=%s}' % (kind, kind, cid, ctype)


def lts():
    return "2026-12-%02dT%02d:%02d:%02d,%03d" % (n(1, 6), n(0, 23), n(0, 59), n(0, 59), n(0, 999))


def ls(level, logger, msg, pipe=True, pid=True):
    lv = "[%-5s]" % level
    p = "[main]" if pipe else ""
    i = "[%s]" % hexs(64) if pid else ""
    return "[%s]%s[%s]%s%s %s" % (lts(), lv, logger, p, i, msg)


vl_errors = [
    ("vector-es-not-retriable-mapper-parsing", lambda: '%s ERROR %s: vector::sinks::util::retries: Not retriable; dropping the request. reason="error type: mapper_parsing_exception, reason: failed to parse field [%s] of type [long] in document with id \'%s\'" internal_log_rate_limit=true' % (
        vts(), span("sink", pick(["es_orders", "es_audit"]), "elasticsearch"), pick(["status", "duration_ms", "bytes"]), alnum(20))),
    ("vector-cwlogs-healthcheck-failed", lambda: '%s ERROR vector::topology::builder: Healthcheck failed. error=DescribeLogGroups failed: dispatch failure: io error: error trying to connect: dns error: failed to lookup address information: Temporary failure in name resolution component_kind="sink" component_type="aws_cloudwatch_logs" component_id=%s' % (vts(), pick(["cw_app", "cw_audit"]))),
    ("vector-kafka-source-read-failed", lambda: '%s ERROR %s: vector::internal_events::kafka: Failed to read message. error=Message consumption error: BrokerTransportFailure (Local: Broker transport failure) error_code="reading_messages" error_type="reader_failed" stage="receiving" internal_log_rate_limit=true' % (vts(), span("source", pick(["kafka_orders", "kafka_clicks"]), "kafka"))),
    ("vector-remap-parse-json-failed", lambda: '%s ERROR %s: vector::internal_events::remap: Mapping failed with event. error="function call error for \\"parse_json\\" at (%d:%d): unable to parse json: expected value at line 1 column 1" error_type="conversion_failed" stage="processing" internal_log_rate_limit=true' % (vts(), span("transform", pick(["parse_app", "parse_orders"]), "remap"), n(1, 9), n(10, 60))),
    ("vector-remap-parse-timestamp-failed", lambda: '%s ERROR %s: vector::internal_events::remap: Mapping failed with event. error="function call error for \\"parse_timestamp\\" at (%d:%d): Invalid timestamp \\"%s\\": input contains invalid characters" error_type="conversion_failed" stage="processing" internal_log_rate_limit=true' % (vts(), span("transform", pick(["normalize_ts", "parse_orders"]), "remap"), n(1, 9), n(10, 60), pick(["03/Dec/2026:10:00:00", "Thu Dec 3 10:00", "1796100000"]))),
    ("vector-disk-buffer-no-space", lambda: '%s ERROR %s: vector_buffers::variants::disk_v2::writer: Failed to write record to disk buffer. error=No space left on device (os error 28) buffer_id="%s" internal_log_rate_limit=true' % (vts(), span("sink", (b := pick(["s3_archive", "s3_cold"])), "aws_s3"), b)),
    ("vector-config-unknown-variant", lambda: '%s ERROR vector::cli: Configuration error. error=unknown variant `%s`, expected one of `json`, `text`, `csv`, `logfmt` for key `sinks.%s.encoding.codec` at line %d column %d' % (vts(), pick(["ndjson", "jsonl", "gelf2"]), pick(["loki_out", "s3_archive"]), n(10, 80), n(3, 20))),
    ("logstash-agent-config-error", lambda: ls("ERROR", "logstash.agent", "Failed to execute action {:action=>LogStash::PipelineAction::Create/pipeline_id:%s, :exception=>\"LogStash::ConfigurationError\", :message=>\"Expected one of [ \\\\t\\\\r\\\\n], \\\"#\\\", \\\"=>\\\" at line %d, column %d (byte %d) after filter {\\n  grok {\\n    match \", :backtrace=>[\"/usr/share/logstash/logstash-core/lib/logstash/compiler.rb:32:in `compile_imperative'\"]}" % (pick(["main", "orders"]), n(5, 60), n(3, 20), n(100, 3000)), pipe=False, pid=False)),
    ("logstash-es-no-living-connections", lambda: ls("ERROR", "logstash.outputs.elasticsearch", "Attempted to send a bulk request but there are no living connections in the pool (perhaps Elasticsearch is unreachable or down?) {:message=>\"No Available connections\", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::NoConnectionAvailableError, :will_retry_in_seconds=>%d}" % pick([2, 4, 8, 16, 32, 64]))),
    ("logstash-pipeline-worker-nomethod-split", lambda: ls("ERROR", "logstash.javapipeline", "Pipeline worker error, the pipeline will be stopped {:pipeline_id=>\"main\", :error=>\"(NoMethodError) undefined method `split' for nil:NilClass\", :exception=>Java::OrgJrubyExceptions::NoMethodError, :backtrace=>[\"RUBY$block$filter_func$%d(/etc/logstash/conf.d/orders.conf:%d)\", \"org.jruby.runtime.CompiledIRBlockBody.yieldDirect(CompiledIRBlockBody.java:%d)\"], :thread=>\"#<Thread:0x%s run>\"}" % (n(1, 9), jitter(42), jitter(151), hexs(8)), pid=False)),
    ("logstash-ruby-filter-exception", lambda: ls("ERROR", "logstash.filters.ruby", "Ruby exception occurred: undefined method `[]' for nil:NilClass {:class=>\"NoMethodError\", :backtrace=>[\"(ruby filter code):%d:in `block in filter_method'\", \"/usr/share/logstash/vendor/bundle/jruby/3.1.0/gems/logstash-filter-ruby-3.1.8/lib/logstash/filters/ruby.rb:%d:in `inline_script'\"]}" % (n(2, 9), jitter(96)))),
    ("logstash-fatal-stopped", lambda: ls("FATAL", "org.logstash.Logstash", "Logstash stopped processing because of an error: (SystemExit) exit\norg.jruby.exceptions.SystemExit: (SystemExit) exit\n\tat org.jruby.RubyKernel.exit(org/jruby/RubyKernel.java:%d)\n\tat usr.share.logstash.lib.bootstrap.environment.<main>(/usr/share/logstash/lib/bootstrap/environment.rb:%d)" % (jitter(921), jitter(90)), pipe=False, pid=False)),
]

vl_non = [
    lambda: '%s INFO vector::app: Log level is enabled. level="info"' % vts(),
    lambda: '%s INFO vector: Vector has started. debug="false" version="0.%d.%d" arch="x86_64" revision="%s %s"' % (vts(), n(38, 44), n(0, 3), hexs(9), "2026-11-%02d" % n(1, 28)),
    lambda: '%s INFO vector::topology::running: Running healthchecks.' % vts(),
    lambda: '%s INFO vector::topology::builder: Healthcheck passed.' % vts(),
    lambda: '%s WARN %s: vector::sinks::util::retries: Retrying after error. error=Server responded with an error: 429 Too Many Requests internal_log_rate_limit=true' % (vts(), span("sink", pick(["loki_out", "es_orders"]), pick(["loki", "elasticsearch"]))),
    lambda: '%s INFO %s: vector::internal_events::remap: Internal log [Mapping failed with event.] is being suppressed to avoid flooding.' % (vts(), span("transform", pick(["parse_app", "parse_orders"]), "remap")),
    lambda: '%s DEBUG %s: vector::sinks::aws_cloudwatch_logs::request: Sending events. events=%d errors=0' % (vts(), span("sink", "cw_app", "aws_cloudwatch_logs"), n(1, 900)),
    lambda: ls("INFO ", "logstash.javapipeline", "Pipeline started {\"pipeline.id\"=>\"main\"}", pid=False),
    lambda: ls("WARN ", "logstash.outputs.elasticsearch", "Could not index event to Elasticsearch. status: 400, action: [\"index\", {:_id=>nil, :_index=>\"orders-2026.12.0%d\", :routing=>nil}, {\"@timestamp\"=>%s}], response: {\"index\"=>{\"status\"=>400, \"error\"=>{\"type\"=>\"mapper_parsing_exception\", \"reason\"=>\"failed to parse field [status] of type [long]\"}}}" % (n(1, 6), iso(3))),
    lambda: ls("WARN ", "logstash.outputs.elasticsearch", "Attempted to resurrect connection to dead ES instance, but got an error {:url=>\"https://es-%d.internal:9200/\", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :message=>\"Elasticsearch Unreachable: [https://es-%d.internal:9200/][Manticore::SocketException] Connection refused\"}" % ((e := n(0, 2)), e)),
    lambda: ls("WARN ", "logstash.filters.grok", "Timeout executing grok '%%{COMBINEDAPACHELOG}' against field 'message' with value 'Value too large to output (%d bytes)! First 255 chars are: ...'" % n(3000, 90000)),
    lambda: ls("INFO ", "logstash.outputs.elasticsearch", "Restored connection to ES instance {:url=>\"https://es-%d.internal:9200/\"}" % n(0, 2)),
    lambda: ls("INFO ", "logstash.agent", "Pipelines running {:count=>%d, :running_pipelines=>[:main], :non_running_pipelines=>[]}" % n(1, 3), pipe=False, pid=False),
    lambda: ls("DEBUG", "logstash.filters.json", "Event after json filter {\"tags\"=>[], \"error\"=>nil, \"order_id\"=>%d}" % n(1000, 99999)),
]

FAMILIES = {
    "perl-openresty": (perl_errors, perl_non),
    "vector-logstash": (vl_errors, vl_non),
}
