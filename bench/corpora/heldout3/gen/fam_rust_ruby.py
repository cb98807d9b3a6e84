"""rust-services and ruby-jobs templates."""
import json

from common import *


# ---------------------------------------------------------------- rust-services
def span_req():
    return f"request{{method={pick('GET', 'POST', 'PUT')} uri=/{pick('orders', 'carts', 'invoices')}/{num(1, 99999)} id={uuid()}}}"


def r_pool_timeout():
    d = dt()
    return f"{iso_us(d)} ERROR {span_req()}: orders_api::handlers::orders: failed to load order error=pool timed out while waiting for an open connection"


def r_reqwest_timeout():
    d = dt()
    return (f"{iso_us(d)} ERROR {span_req()}: orders_api::clients::payments: payment request failed "
            f"error=error sending request for url (https://payments.{pick('internal', 'svc.cluster.local')}:{pick(8443, 443)}/v1/charges/{uuid()}): operation timed out")


def r_serde():
    d = dt()
    field = "customer_id"
    return (f"{iso_us(d)} ERROR ingest_worker::consumer: failed to decode message partition={num(0, 23)} offset={num(100, 9999999)} "
            f"error=missing field `{field}` at line 1 column {num(40, 900)}")


def tr_json(level, msg, extra, target, span):
    d = dt()
    fields = {"message": msg}
    fields.update(extra)
    obj = {"timestamp": iso_us(d), "level": level, "fields": fields, "target": target}
    if span:
        obj["span"] = span
        obj["spans"] = [span]
    return json.dumps(obj, separators=(",", ":"))


def r_json_publish():
    eid = uuid()
    return tr_json("ERROR", "failed to publish event",
                   {"error": f"dispatch failure: timeout: error trying to connect: HTTP connect timeout occurred after {pick('3.1s', '3.1s', '5s')}",
                    "topic_arn": f"arn:aws:sns:{region()}:{acct()}:{pick('order-events', 'billing-events')}"},
                   "events::publisher", {"event_id": eid, "name": "publish"})


def r_json_unique():
    return tr_json("ERROR", "query failed",
                   {"error": "error returned from database: duplicate key value violates unique constraint \"users_email_key\""},
                   "accounts::repo", {"email": f"{user()}{num(1, 999)}@example.com", "name": "create_user"})


def r_envlog_redis():
    d = dt()
    return f"[{iso_s(d)} ERROR cache_sync::redis] redis connection lost: Connection reset by peer (os error 104)"


def r_envlog_invoice():
    d = dt()
    return f"[{iso_s(d)} ERROR billing_job] invoice INV-{num(10000, 99999)} skipped: customer {num(1, 99999)} has no default payment method"


def r_panic_unwrap():
    th = pick("tokio-runtime-worker", "tokio-runtime-worker", "actix-rt|system:0|arbiter:1")
    return (f"thread '{th}' panicked at src/handlers/orders.rs:{ln(142)}:{pick(41, 41, 40)}:\n"
            f"called `Option::unwrap()` on a `None` value\n"
            f"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" + pick("", "\n"))


def r_panic_config():
    l = ln(27)
    c = pick(10, 10, 14)
    msg = "failed to read config: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }"
    h = hx(40)
    bt = (f"stack backtrace:\n"
          f"   0: rust_begin_unwind\n             at /rustc/{h}/library/std/src/panicking.rs:{ln(665)}:5\n"
          f"   1: core::panicking::panic_fmt\n             at /rustc/{h}/library/core/src/panicking.rs:{ln(74)}:14\n"
          f"   2: core::result::unwrap_failed\n             at /rustc/{h}/library/core/src/result.rs:{ln(1700)}:5\n"
          f"   3: orders_api::config::load\n             at ./src/config.rs:{l}:{c}\n"
          f"   4: orders_api::main\n             at ./src/main.rs:{ln(19)}:18\n"
          f"note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.")
    if R.random() < 0.35:   # Rust < 1.73 layout
        return f"thread 'main' panicked at '{msg}', src/config.rs:{l}:{c}\n{bt}"
    return f"thread 'main' panicked at src/config.rs:{l}:{c}:\n{msg}\n{bt}"


def r_panic_index():
    n = num(1, 9)
    return (f"thread '{pick('tokio-runtime-worker', 'main', 'pricing-worker')}' panicked at src/pricing.rs:{ln(88)}:22:\n"
            f"index out of bounds: the len is {n} but the index is {n + num(0, 5)}\n"
            f"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace")


def r_tower_failure():
    d = dt()
    return (f"{iso_us(d)} ERROR {span_req().replace('request{', 'request{', 1)}: tower_http::trace::on_failure: response failed "
            f"classification=Status code: {pick('500 Internal Server Error', '503 Service Unavailable', '502 Bad Gateway')} latency={num(1, 30000)} ms")


def r_migrate():
    d = dt()
    return (f"Error: while executing migration {d.strftime('%Y%m%d%H%M%S')}: error returned from database: "
            f"column \"tenant_id\" of relation \"orders\" already exists" + pick("", "\n"))


RUST_GROUPS = [
    ("orders-load-sqlx-pool-timed-out", r_pool_timeout),
    ("payments-client-reqwest-timeout", r_reqwest_timeout),
    ("ingest-consumer-serde-missing-field", r_serde),
    ("json-sns-publish-dispatch-timeout", r_json_publish),
    ("json-create-user-unique-violation", r_json_unique),
    ("envlogger-redis-connection-reset", r_envlog_redis),
    ("envlogger-invoice-no-payment-method", r_envlog_invoice),
    ("panic-orders-unwrap-none", r_panic_unwrap),
    ("panic-config-load-backtrace", r_panic_config),
    ("panic-pricing-index-out-of-bounds", r_panic_index),
    ("tower-http-response-failed", r_tower_failure),
    ("sqlx-migrate-column-exists", r_migrate),
]


def rn_info():
    d = dt()
    return f"{iso_us(d)}  INFO {span_req()}: orders_api::handlers::orders: order created order_id={num(1, 999999)} total_cents={num(100, 999999)}"


def rn_sqlx_debug():
    d = dt()
    return (f"{iso_us(d)} DEBUG {span_req()}: sqlx::query: summary=\"SELECT id, status, total_cents …\" "
            f"db.statement=\"\" rows_affected=0 rows_returned={num(0, 50)} elapsed={R.uniform(0.2, 90):.3f}ms")


def rn_warn_retry():
    d = dt()
    return (f"{iso_us(d)}  WARN {span_req()}: orders_api::clients::payments: retrying payment request attempt={num(1, 3)} "
            f"error=error sending request for url (https://payments.internal:8443/v1/charges): operation timed out")


def rn_tower_response():
    d = dt()
    return f"{iso_us(d)}  INFO {span_req()}: tower_http::trace::on_response: finished processing request latency={num(0, 900)} ms status={pick(200, 201, 204, 404, 500)}"


def rn_json_info():
    return tr_json("INFO", "consumer lag", {"lag": num(0, 40), "errors": 0, "partition": num(0, 23)}, "ingest_worker::consumer", None)


def rn_json_debug():
    return tr_json("DEBUG", "cache lookup", {"key": f"order:{num(1, 99999)}", "hit": pick(True, False), "error": None}, "orders_api::cache",
                   {"name": "get_order", "order_id": num(1, 99999)})


def rn_json_warn():
    return tr_json("WARN", "slow query", {"elapsed_ms": num(500, 9000), "error": "none", "query": "select_orders_by_customer"}, "accounts::repo",
                   {"name": "list_orders"})


def rn_env_info():
    d = dt()
    return f"[{iso_s(d)} INFO  cache_sync] synced {num(10, 99999)} keys in {num(1, 900)}ms, 0 errors"


def rn_env_warn():
    d = dt()
    return f"[{iso_s(d)} WARN  cache_sync::redis] reconnecting after error (attempt {num(1, 4)}): Connection reset by peer (os error 104)"


def rn_hyper_debug():
    d = dt()
    return f"{iso_us(d)} DEBUG hyper_util::client::legacy::pool: pooling idle connection for (\"https\", payments.internal:8443)"


def rn_listening():
    d = dt()
    return f"{iso_us(d)}  INFO orders_api: listening on 0.0.0.0:{pick(8080, 3000, 8000)} version={num(1, 3)}.{num(0, 40)}.{num(0, 9)}"


RUST_NON = [rn_info, rn_sqlx_debug, rn_warn_retry, rn_tower_response, rn_json_info, rn_json_debug, rn_json_warn,
            rn_env_info, rn_env_warn, rn_hyper_debug, rn_listening]


# ---------------------------------------------------------------- ruby-jobs
GEMS = "/usr/local/bundle/gems"


def jid():
    return hx(24)


def tid():
    return an(R.randint(5, 7))


def sq_text(d, lvl, ctx, msg):
    return f"{iso_ms(d)} pid={pid()} tid={tid()}{ctx} {lvl}: {msg}"


def sq_json(d, lvl, msg, ctx=None):
    obj = {"ts": iso_ms(d), "pid": pid(), "tid": tid(), "lvl": lvl, "msg": msg}
    if ctx:
        obj["ctx"] = ctx
    return json.dumps(obj, separators=(",", ":"))


def aj(job, adapter, exc, emsg, frames):
    jobid = uuid()
    rails = pick("7.1.3", "7.1.5", "7.2.2")
    bt = "\n".join(frames + [f"{GEMS}/activejob-{rails}/lib/active_job/execution.rb:{ln(68)}:in `block in _perform_job'",
                             f"{GEMS}/activesupport-{rails}/lib/active_support/callbacks.rb:{ln(121)}:in `block in run_callbacks'",
                             f"{GEMS}/activejob-{rails}/lib/active_job/execution.rb:{ln(67)}:in `_perform_job'"])
    return (f"[ActiveJob] [{job}] [{jobid}] Error performing {job} (Job ID: {jobid}) from {adapter} in {dur_ms()}ms: "
            f"{exc} ({emsg}):\n{bt}")


def b_aj_nomethod():
    q = pick("Sidekiq(mailers)", "Sidekiq(default)")
    m = pick("undefined method `email' for nil", "undefined method 'email' for nil", "undefined method `email' for nil:NilClass")
    return aj("InvoiceMailerJob", q, "NoMethodError", m,
              [f"/app/app/jobs/invoice_mailer_job.rb:{ln(14)}:in `perform'"])


def b_aj_notfound():
    return aj("SyncCustomerJob", "Sidekiq(default)", "ActiveRecord::RecordNotFound", f"Couldn't find Customer with 'id'={num(1, 999999)}",
              [f"{GEMS}/activerecord-7.1.3/lib/active_record/core.rb:{ln(253)}:in `find'",
               f"/app/app/jobs/sync_customer_job.rb:{ln(9)}:in `perform'"])


def b_aj_faraday():
    return aj("WebhookDeliveryJob", pick("GoodJob(webhooks)", "GoodJob(default)"), "Faraday::TimeoutError", "execution expired",
              [f"{GEMS}/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:{ln(69)}:in `rescue in call'",
               f"/app/app/services/webhook_sender.rb:{ln(31)}:in `deliver'",
               f"/app/app/jobs/webhook_delivery_job.rb:{ln(12)}:in `perform'"])


def b_sq_fetch():
    d = dt()
    return sq_json(d, "ERROR", f"Error fetching job: Error connecting to Redis on {pick('redis', 'jobs-redis', 'sidekiq')}-{an(6)}.{an(6)}.ng.0001.use1.cache.amazonaws.com:6379 (Errno::ECONNREFUSED)")


def b_sq_export():
    d = dt()
    return sq_text(d, "ERROR", f" class=CsvExportJob jid={jid()} elapsed={R.uniform(0.1, 40):.3f}",
                   f"export {num(1, 99999)} failed: Aws::S3::Errors::AccessDenied: Access Denied")


def b_sq_capture():
    d = dt()
    return sq_json(d, "ERROR", f"Payment capture failed for order {num(10000, 999999)}: Stripe::CardError: Your card was declined.",
                   {"class": "CapturePaymentJob", "jid": jid()})


def b_puma_timeout():
    p = pid()
    if R.random() < 0.4:
        return f"[{p}] ! Terminating timed out worker: {pid()}"
    return f"[{p}] ! Terminating timed out worker (Worker {num(0, 7)} failed to check in within {pick(60, 60, 30)} seconds): {pid()}"


def b_puma_boot():
    h = f"{ip()}"
    u = pick('app', 'rails', 'orders')
    return (f"! Unable to load application: ActiveRecord::ConnectionNotEstablished: connection to server at \"{h}\", port 5432 failed: "
            f"FATAL:  password authentication failed for user \"{u}\"\n"
            f"bundler: failed to load command: puma (/usr/local/bundle/bin/puma)\n"
            f"{GEMS}/activerecord-7.1.3/lib/active_record/connection_adapters/postgresql_adapter.rb:{ln(59)}:in `rescue in new_client': "
            f"connection to server at \"{h}\", port 5432 failed: FATAL:  password authentication failed for user \"{u}\" (ActiveRecord::ConnectionNotEstablished)\n"
            f"\tfrom {GEMS}/activerecord-7.1.3/lib/active_record/connection_adapters/postgresql_adapter.rb:{ln(49)}:in `new_client'\n"
            f"\tfrom /app/config/environment.rb:{ln(5)}:in `<main>'")


def resque_line(d, p, body):
    return f"** [{d.strftime('%H:%M:%S %Y-%m-%d')}] {p}: {body}"


def b_resque_report():
    d = dt()
    return resque_line(d, pid(), f"(Job{{reports}} | ReportJob | [{num(1, 99999)}]) failed: #<Redis::TimeoutError: Connection timed out>")


def b_resque_smtp():
    d = dt()
    return resque_line(d, pid(), f"(Job{{mailers}} | WelcomeMailJob | [\"{user()}@example.com\"]) failed: "
                                 f"#<Net::SMTPAuthenticationError: 535 5.7.8 Authentication credentials invalid>")


def b_goodjob():
    d = dt()
    p = pid()
    return (f"E, [{d.strftime('%Y-%m-%dT%H:%M:%S')}.{d.microsecond:06d} #{p}] ERROR -- : [GoodJob] Notifier errored: "
            f"PG::ConnectionBad: PQconsumeInput() server closed the connection unexpectedly")


RUBY_GROUPS = [
    ("activejob-invoice-mailer-nomethoderror", b_aj_nomethod),
    ("activejob-sync-customer-record-not-found", b_aj_notfound),
    ("activejob-webhook-delivery-faraday-timeout", b_aj_faraday),
    ("sidekiq-fetch-redis-refused", b_sq_fetch),
    ("sidekiq-csv-export-s3-access-denied", b_sq_export),
    ("sidekiq-capture-payment-card-declined", b_sq_capture),
    ("puma-terminating-timed-out-worker", b_puma_timeout),
    ("puma-boot-db-auth-failed", b_puma_boot),
    ("resque-report-job-redis-timeout", b_resque_report),
    ("resque-welcome-mail-smtp-auth", b_resque_smtp),
    ("goodjob-notifier-connection-bad", b_goodjob),
]


def bn_sq_start():
    d = dt()
    return sq_text(d, "INFO", f" class={pick('CsvExportJob', 'CapturePaymentJob', 'ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper')} jid={jid()}", "start")


def bn_sq_done():
    d = dt()
    return sq_text(d, "INFO", f" class={pick('CsvExportJob', 'CapturePaymentJob')} jid={jid()} elapsed={R.uniform(0.01, 40):.3f}", "done")


def bn_sq_json_done():
    d = dt()
    return sq_json(d, "INFO", "done", {"class": pick("CsvExportJob", "CapturePaymentJob"), "jid": jid(), "elapsed": round(R.uniform(0.01, 40), 3)})


def bn_sq_warn_exc():
    d = dt()
    ctx = f" class=SyncInventoryJob jid={jid()}"
    if R.random() < 0.5:
        return sq_text(d, "WARN", ctx, "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>")
    return sq_text(d, "WARN", ctx, f"/usr/local/lib/ruby/3.3.0/net/protocol.rb:{ln(229)}:in `rbuf_fill'\n"
                                   f"/app/app/services/erp_client.rb:{ln(44)}:in `fetch_stock'\n/app/app/sidekiq/sync_inventory_job.rb:{ln(11)}:in `perform'")


def bn_sq_json_warn():
    d = dt()
    inner = json.dumps({"context": "Job raised exception", "job": {"class": "SyncInventoryJob", "args": [num(1, 999)], "retry": True, "queue": "default",
                                                                    "jid": jid(), "retry_count": num(0, 24)}}, separators=(",", ":"))
    return sq_json(d, "WARN", inner, {"class": "SyncInventoryJob", "jid": jid()})


def bn_sq_exhausted():
    d = dt()
    return sq_text(d, "WARN", f" class=SyncInventoryJob jid={jid()}", f"Job SyncInventoryJob retries exhausted after {num(5, 25)} attempts; moving to the Dead set")


def bn_sq_boot():
    d = dt()
    return sq_text(d, "INFO", "", f"Booted Rails 7.1.3 application in production environment")


def bn_aj_performing():
    jobid = uuid()
    job = pick("InvoiceMailerJob", "SyncCustomerJob", "WebhookDeliveryJob")
    return (f"[ActiveJob] [{job}] [{jobid}] Performing {job} (Job ID: {jobid}) from Sidekiq(default) enqueued at {iso_ms(dt())} "
            f"with arguments: {num(1, 999999)}")


def bn_aj_performed():
    jobid = uuid()
    job = pick("InvoiceMailerJob", "SyncCustomerJob", "WebhookDeliveryJob")
    return f"[ActiveJob] [{job}] [{jobid}] Performed {job} (Job ID: {jobid}) from Sidekiq(default) in {dur_ms()}ms"


def bn_aj_retrying():
    jobid = uuid()
    return (f"[ActiveJob] [WebhookDeliveryJob] [{jobid}] Retrying WebhookDeliveryJob (Job ID: {jobid}) after {num(1, 4)} attempts in "
            f"{num(3, 90)} seconds, due to a Faraday::TimeoutError (execution expired).")


def bn_puma_listen():
    return pick(f"* Listening on http://0.0.0.0:{pick(3000, 8080)}", f"* Puma version: 6.{num(0, 5)}.{num(0, 3)} (ruby 3.3.{num(0, 6)}-p{num(0, 200)}) (\"The Eagle of Durango\")",
                f"[{pid()}] - Worker {num(0, 7)} (PID: {pid()}) booted in {R.uniform(0.5, 9):.2f}s, phase: {num(0, 3)}")


def bn_resque_got():
    d = dt()
    return resque_line(d, pid(), f"got: (Job{{reports}} | ReportJob | [{num(1, 99999)}])")


def bn_resque_done():
    d = dt()
    return resque_line(d, pid(), f"done: (Job{{reports}} | ReportJob | [{num(1, 99999)}])")


def bn_goodjob_info():
    d = dt()
    return f"I, [{d.strftime('%Y-%m-%dT%H:%M:%S')}.{d.microsecond:06d} #{pid()}]  INFO -- : [GoodJob] Notifier subscribed with LISTEN"


def bn_goodjob_warn():
    d = dt()
    return (f"W, [{d.strftime('%Y-%m-%dT%H:%M:%S')}.{d.microsecond:06d} #{pid()}]  WARN -- : [GoodJob] Notifier errored, reconnecting in "
            f"{num(1, 9)} seconds (attempt {num(1, 3)})")


RUBY_NON = [bn_sq_start, bn_sq_done, bn_sq_json_done, bn_sq_warn_exc, bn_sq_json_warn, bn_sq_exhausted, bn_sq_boot,
            bn_aj_performing, bn_aj_performed, bn_aj_retrying, bn_puma_listen, bn_resque_got, bn_resque_done,
            bn_goodjob_info, bn_goodjob_warn]
