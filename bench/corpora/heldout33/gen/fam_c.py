"""Families: rust-axum-tracing-ecs, rust-lambda-provided-al2023."""
import json
from common import (hexs, alnum, lower, digits, uuid, ip10, pick, build, day, hms, jd, epoch)

# ---------------------------------------------------------------- rust-axum-tracing-ecs
# larchwave's event-ingest pipeline on ECS Fargate: "ingest-gw" (axum 0.7 + tower-http TraceLayer + sqlx 0.8,
# tracing-subscriber fmt, ANSI off) and "feed-worker" (tokio + reqwest 0.12 + aws-sdk-s3, tracing-subscriber JSON).
# awslogs driver with a multiline pattern on "^(\d{4}-\d{2}-\d{2}T|thread ')" (a panic with its backtrace is one event).
F1 = "rust-axum-tracing-ecs"


def ts(R):
    return "2029-08-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 6))


def fmt(R, level, spans, target, msg, fields=""):
    return "%s %5s %s%s: %s%s" % (ts(R), level, spans + ": " if spans else "", target, msg, (" " + fields) if fields else "")


def reqspan(R, method=None, uri=None):
    return "request{method=%s uri=%s version=HTTP/1.1}" % (method or pick(R, ["GET", "POST", "POST"]), uri or pick(R, ["/v1/events", "/v1/events/batch", "/v1/sources/%d/events" % R.randint(1, 900), "/healthz"]))


def js(R, level, target, fields, span=None):
    d = {"timestamp": ts(R), "level": level, "fields": fields, "target": target}
    if span:
        d["span"] = span
        d["spans"] = [span]
    return jd(d)


def r1_panic(R):
    # batches from the v3 SDK omit the "content_type" attribute; the parser unwraps it
    return ("thread 'tokio-runtime-worker' panicked at src/ingest/parser.rs:142:38:\ncalled `Option::unwrap()` on a `None` value\nstack backtrace:\n"
            "   0: rust_begin_unwind\n             at /rustc/%s/library/std/src/panicking.rs:665:5\n"
            "   1: core::panicking::panic_fmt\n             at /rustc/%s/library/core/src/panicking.rs:74:14\n"
            "   2: core::panicking::panic\n   3: core::option::unwrap_failed\n"
            "   4: ingest_gw::ingest::parser::parse_batch\n             at ./src/ingest/parser.rs:142:38\n"
            "   5: ingest_gw::routes::events::post_batch::{{closure}}\n             at ./src/routes/events.rs:%d:27\n"
            "note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace." % ((lambda h: (h, h))(pick(R, ["90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf", "3f5fd8dd41153bc5fdca9427e9e05be2c767ba23"])) + (R.randint(50, 90),))) if R.random() < 0.6 else \
        fmt(R, "ERROR", reqspan(R, "POST", "/v1/events/batch"), "tower_http::catch_panic", "service panicked", "panic.message=\"called `Option::unwrap()` on a `None` value\" panic.location=src/ingest/parser.rs:142:38 batch_id=%s" % uuid(R))


def r1_pool(R):
    # the batch handler holds its sqlx connection across the S3 upload await; 5 connections are gone under load
    return fmt(R, "ERROR", reqspan(R, "POST", pick(R, ["/v1/events/batch", "/v1/events"])), "ingest_gw::routes::events", "failed to store batch", "error=pool timed out while waiting for an open connection batch_id=%s events=%d" % (uuid(R), R.randint(1, 500)))


def r1_tls(R):
    # the internal inventory endpoint's certificate expired on 2029-08-09 (private CA, not auto-renewed)
    return js(R, "ERROR", "feed_worker::enrich", {"message": "enrichment call failed", "error": "error sending request for url (https://inventory.int.larchwave.example:8443/v2/stock/%s): client error (Connect): invalid peer certificate: Expired" % digits(R, 6), "attempt": R.randint(1, 3)},
              {"name": "enrich", "source": "shop-%d" % R.randint(1, 40)})


def r1_s3(R):
    # the exports bucket moved to a customer-managed KMS key whose key policy does not include the worker's task role
    return js(R, "ERROR", "feed_worker::export", {"message": "failed to upload feed snapshot", "bucket": "larchwave-feed-exports", "key": "snapshots/2029/08/%02d/%s.parquet" % (day(R), uuid(R)),
                                                  "error": "service error: unhandled error (AccessDenied): Error { code: \"AccessDenied\", message: \"User: arn:aws:sts::318842056271:assumed-role/feed-worker-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:eu-central-1:318842056271:key/%s because no resource-based policy allows the kms:GenerateDataKey action\", aws_request_id: \"%s\" }" % (hexs(R, 32), "9d2c41e7-5b8a-4f06-a3c1-7e84d0b26f59", alnum(R, 16).upper())},
              {"name": "export", "run": uuid(R)})


def r1_serde(R):
    # the checkout service renamed order_id to orderId in its SQS events
    return js(R, "ERROR", "feed_worker::consumer", {"message": "dropping undecodable message", "message_id": uuid(R), "error": "missing field `order_id` at line 1 column %d" % R.randint(120, 420), "queue": "checkout-events"},
              {"name": "poll", "queue": "checkout-events"})


def r1_negs():
    def n_resp(R):
        return fmt(R, "INFO", reqspan(R), "tower_http::trace::on_response", "finished processing request", "latency=%d ms status=%d" % (R.randint(0, 400), pick(R, [200, 200, 202, 202, 204, 400, 401, 404, 413, 429])))
    def n_reqs(R):
        return fmt(R, "DEBUG", reqspan(R), "tower_http::trace::on_request", "started processing request")
    def n_hyper(R):
        return fmt(R, "DEBUG", "", pick(R, ["hyper_util::client::legacy::pool", "hyper_util::client::legacy::connect::http"]), pick(R, ["pooling idle connection for (\"https\", inventory.int.larchwave.example:8443)", "connecting to %s:8443" % ip10(R, 30), "reuse idle connection for (\"https\", s3.eu-central-1.amazonaws.com)"]))
    def n_slow(R):
        return fmt(R, "WARN", reqspan(R, "GET", "/v1/sources/%d/events" % R.randint(1, 900)), "sqlx::query", "slow statement: execution time exceeded alert threshold", "summary=\"SELECT id, payload, received_at FROM …\" db.statement=\"\" rows_affected=0 rows_returned=%d elapsed=%.3fs elapsed_secs=%.3f slow_threshold=1s" % ((lambda x: (R.randint(100, 5000), x, x))(R.uniform(1.0, 2.5))))
    def n_boot(R):
        return fmt(R, "INFO", "", pick(R, ["ingest_gw", "ingest_gw::db", "feed_worker"]), pick(R, ["listening on 0.0.0.0:8080", "applied 0 pending migrations (23 total)", "connected to postgres, pool max_connections=5", "received SIGTERM, draining in-flight requests (0 failed)", "starting ingest-gw v1.14.%d (git %s)" % (R.randint(0, 4), hexs(R, 7))]))
    def n_batch(R):
        return js(R, "INFO", "feed_worker::consumer", {"message": "processed batch", "received": R.randint(1, 10), "deleted": 10, "failed": 0}, {"name": "poll", "queue": pick(R, ["checkout-events", "catalog-events"])})
    def n_retry(R):
        return js(R, "WARN", pick(R, ["feed_worker::enrich", "aws_smithy_runtime::client::retries::strategy::standard"]), {"message": pick(R, ["retrying after transient error", "retry classifier classified error as retryable"]), "error": pick(R, ["connection reset by peer (os error 104)", "ThrottlingException", "503 SlowDown"]), "attempt": 1}, {"name": "enrich", "source": "shop-%d" % R.randint(1, 40)})
    def n_empty(R):
        return js(R, "DEBUG", "feed_worker::consumer", {"message": "long poll returned no messages", "wait_secs": 20}, {"name": "poll", "queue": "checkout-events"})
    def n_upload(R):
        return js(R, "INFO", "feed_worker::export", {"message": "uploaded feed snapshot", "bucket": "larchwave-feed-exports", "bytes": R.randint(10000, 90000000), "parts": R.randint(1, 20), "errors": 0}, {"name": "export", "run": uuid(R)})
    def n_reject(R):
        return fmt(R, "WARN", reqspan(R, "POST", "/v1/events/batch"), "ingest_gw::routes::events", "rejected batch", "reason=\"%s\" status=%d" % (pick(R, ["payload too large (12 MiB > 10 MiB)", "invalid api key prefix", "schema_version 1 no longer accepted"]), pick(R, [413, 401, 422])))
    def n_health(R):
        return fmt(R, "TRACE", reqspan(R, "GET", "/healthz"), "ingest_gw::health", "health ok", "db=ok pool_idle=%d pool_size=5" % R.randint(0, 5))
    def n_dup(R):
        return js(R, "INFO", "feed_worker::consumer", {"message": "duplicate delivery ignored (idempotency key seen)", "message_id": uuid(R)}, {"name": "poll", "queue": "catalog-events"})
    return [n_resp, n_reqs, n_hyper, n_slow, n_boot, n_batch, n_retry, n_empty, n_upload, n_reject, n_health, n_dup, n_resp, n_batch]


def fam_rust_ecs(R):
    return build(R, F1, [("ingest-parser-unwrap-missing-content-type", r1_panic), ("ingest-sqlx-pool-timeout-held-across-upload", r1_pool),
                         ("feed-worker-inventory-cert-expired", r1_tls), ("feed-worker-s3-kms-generatedatakey-denied", r1_s3),
                         ("feed-worker-checkout-events-missing-order-id", r1_serde)], r1_negs())


# ---------------------------------------------------------------- rust-lambda-provided-al2023
# Rust functions (cargo-lambda, lambda_runtime 0.13, provided.al2023, arm64) with the text log format: Lambda
# platform lines (INIT_START/START/END/REPORT/INIT_REPORT) and the runtime's default tracing-subscriber output
# (no timestamps, span "Lambda runtime invoke{requestId=… xrayTraceId=…}"). Functions: img-thumbnailer,
# order-events (DynamoDB stream -> table), invoice-render, stripe-webhook.
F2 = "rust-lambda-provided-al2023"
RTARN = "arn:aws:lambda:eu-central-1::runtime:%s" % "7c1e9a4d2b6f8053e1a7c9d4b2f60e8a3c5d7b91f2e4a6c8d0b3f5e7a9c1d2e4"


def xr(R):
    return "Root=1-%s-%s;Parent=%s;Sampled=0;Lineage=1:%s:0" % (hexs(R, 8), hexs(R, 24), hexs(R, 16), hexs(R, 8))


def inv(R, level, target, msg, fields=""):
    return "%5s Lambda runtime invoke{requestId=\"%s\" xrayTraceId=\"%s\"}: %s: %s%s" % (level, uuid(R), xr(R), target, msg, (" " + fields) if fields else "")


def report(R, mem, dur=None, used=None, init=False, status=None):
    d = dur if dur is not None else R.uniform(1, 900)
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (uuid(R), d, int(d) + 1 + (R.randint(20, 40) if init else 0), mem, used or R.randint(14, mem // 3))
    if init:
        s += "\tInit Duration: %.2f ms" % R.uniform(18, 60)
    if status:
        s += "\t" + status
    return s


def l_timeout(R):
    # img-thumbnailer was moved into private subnets without an S3 gateway endpoint: GetObject hangs until the 15 s timeout
    if R.random() < 0.5:
        return "2029-08-%02dT%s.%sZ %s Task timed out after 15.%02d seconds" % (day(R), hms(R), digits(R, 3), uuid(R), R.randint(0, 9))
    return report(R, 512, R.uniform(15000, 15010), R.randint(24, 40), status="Status: timeout")


def l_init(R):
    # order-events 2.0 reads TABLE_NAME at start-up; the SAM template renamed it to ORDERS_TABLE
    if R.random() < 0.5:
        return "thread 'main' panicked at src/main.rs:21:52:\ncalled `Result::unwrap()` on an `Err` value: NotPresent\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ExitError" % (R.uniform(2, 9), pick(R, ["init", "invoke"]))


def l_ddb(R):
    # order-events writes items keyed "PK" but the new table's partition key is "pk"
    return inv(R, "ERROR", "order_events::store", "failed to write order", "order_id=%s error=ValidationException: One or more parameter values were invalid: Missing the key pk in the item" % ("ORD-" + digits(R, 8)))


def l_oom(R):
    # invoice-render loads every page image of multi-hundred-page invoices at 128 MB
    if R.random() < 0.5:
        return report(R, 128, R.uniform(900, 9000), 128, status="Status: error\tError Type: Runtime.OutOfMemory")
    return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % uuid(R)


def l_stripe(R):
    # the restricted Stripe key in the function's secret was rolled; every webhook-triggered refund lookup is 401
    return inv(R, "ERROR", "stripe_webhook::handler", "stripe request failed", "event=evt_%s status=401 error=\"Invalid API Key provided: rk_live_********************%s\"" % (alnum(R, 24), alnum(R, 4)))


def l_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % uuid(R)
    def n_end(R):
        return "END RequestId: %s" % uuid(R)
    def n_report(R):
        return report(R, pick(R, [128, 256, 512]), init=R.random() < 0.15)
    def n_initstart(R):
        return "INIT_START Runtime Version: provided:al2023.v%d\tRuntime Version ARN: %s" % (R.randint(60, 75), RTARN)
    def n_info(R):
        t, m = pick(R, [("img_thumbnailer", "thumbnail written"), ("order_events::store", "stored order"), ("invoice_render", "rendered invoice"), ("stripe_webhook::handler", "event handled")])
        return inv(R, "INFO", t, m, "key=%s elapsed_ms=%d" % (lower(R, 12), R.randint(2, 900)))
    def n_batch(R):
        return inv(R, "INFO", "order_events", "stream batch done", "records=%d batchItemFailures=[]" % R.randint(1, 100))
    def n_warn(R):
        return inv(R, "WARN", "order_events::store", "throttled, retrying", "attempt=1 error=ProvisionedThroughputExceededException (retry succeeded)")
    def n_cond(R):
        return inv(R, "INFO", "order_events::store", "duplicate stream record skipped", "order_id=ORD-%s error=ConditionalCheckFailedException (already applied)" % digits(R, 8))
    def n_sig(R):
        return inv(R, "WARN", "stripe_webhook::handler", "rejected webhook", "reason=\"signature timestamp outside tolerance\" status=400")
    def n_ignored(R):
        return inv(R, "DEBUG", "stripe_webhook::handler", "ignoring event type", "type=%s" % pick(R, ["customer.updated", "invoice.upcoming", "charge.dispute.funds_withdrawn", "payment_method.attached"]))
    def n_ext(R):
        return "EXTENSION\tName: %s\tState: Ready\tEvents: [INVOKE, SHUTDOWN]" % pick(R, ["AWSParametersAndSecretsLambdaExtension", "aws-lambda-otel-extension"])
    def n_skip(R):
        return inv(R, "DEBUG", "img_thumbnailer", "skipping object", "key=uploads/%s/%s.%s reason=\"not an image\" errors=0" % (lower(R, 6), lower(R, 10), pick(R, ["pdf", "txt", "json"])))
    return [n_start, n_end, n_report, n_initstart, n_info, n_batch, n_warn, n_cond, n_sig, n_ignored, n_ext, n_skip, n_start, n_end, n_report]


def fam_rust_lambda(R):
    return build(R, F2, [("img-thumbnailer-s3-no-endpoint-timeout", l_timeout), ("order-events-init-table-name-env-missing", l_init),
                         ("order-events-ddb-missing-key-pk", l_ddb), ("invoice-render-out-of-memory-128mb", l_oom),
                         ("stripe-webhook-rolled-restricted-key-401", l_stripe)], l_negs())


FAMILIES = {F1: fam_rust_ecs, F2: fam_rust_lambda}
