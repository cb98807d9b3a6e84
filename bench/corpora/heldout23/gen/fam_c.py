"""Families: go122-fargate-sqs-telemetry-slog-zap, rails71-fargate-marketplace-lograge."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    at, ms, epoch, epoch_ms, ACCT)

# ---------------------------------------------------------------- go122-fargate-sqs-telemetry-slog-zap
# "brackenridge" irrigation-controller telemetry: Go 1.22 services on ECS Fargate. `ingest-consumer` reads
# device readings from SQS and logs with log/slog's JSON handler; `state-writer` writes to DynamoDB and logs with
# zap's production JSON encoder; an ADOT collector sidecar logs in the collector's console format.
F5 = "go122-fargate-sqs-telemetry-slog-zap"


def sl(R, level, msg, **kw):
    d = {"time": iso(R, frac=9), "level": level, "msg": msg}
    d.update(kw)
    return jd(d)


def zp(R, level, caller, msg, **kw):
    d = {"level": level, "ts": round(epoch(R) + R.random(), 6), "caller": caller, "msg": msg}
    d.update(kw)
    return jd(d)


def dev(R):
    return "brk-%s" % hexs(R, 10)


def awsreq(R):
    return "%s" % uuid(R)


def go_ddb(R):
    e = "operation error DynamoDB: BatchWriteItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." % alnum(R, 52).upper()
    if R.random() < 0.6:
        return zp(R, "error", "writer/batch.go:%d" % pick(R, [112, 112, 118]), "batch write failed", table="brk-device-state", items=25, error=e,
                  stacktrace="main.(*StateWriter).flush\n\t/src/cmd/state-writer/writer/batch.go:112\nmain.(*StateWriter).Run\n\t/src/cmd/state-writer/writer/run.go:58")
    return zp(R, "warn", "writer/batch.go:131", "unprocessed items dropped after retries", table="brk-device-state", unprocessed=R.randint(3, 25), consumedWCU=R.randint(990, 1000), provisionedWCU=1000)


def go_fw3(R):
    d = dev(R)
    if R.random() < 0.65:
        return sl(R, "ERROR", "decode reading failed", service="ingest-consumer", device=d, firmware=pick(R, ["3.0.1", "3.0.2"]), message_id=uuid(R),
                  err="json: cannot unmarshal string into Go struct field Reading.moisture_pct of type float64")
    return sl(R, "WARN", "message exceeded maxReceiveCount, moved to DLQ", service="ingest-consumer", queue="brk-readings-dlq", device=d, firmware=pick(R, ["3.0.1", "3.0.2"]), receive_count=5,
              last_err="json: cannot unmarshal string into Go struct field Reading.moisture_pct of type float64")


def go_panic(R):
    g = R.randint(30, 400)
    if R.random() < 0.7:
        return "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]\n\ngoroutine %d [running]:\nmain.(*Consumer).ackBatch(0xc000%s, {0xc00%s, 0x%x, 0x%x})\n\t/src/cmd/ingest-consumer/consumer/ack.go:%d +0x%x\nmain.(*Consumer).handle(0xc000%s, {0x%x, 0xc000%s})\n\t/src/cmd/ingest-consumer/consumer/consume.go:97 +0x2f1\ncreated by main.(*Consumer).Run in goroutine 1\n\t/src/cmd/ingest-consumer/consumer/consume.go:54 +0x1a5" % (
            pick(R, [0x18, 0x20]), R.randint(0x900000, 0x9fffff), g, hexs(R, 6), hexs(R, 7), R.randint(1, 10), 10, pick(R, [41, 41, 44]), R.randint(0x40, 0x200), hexs(R, 6), R.randint(0xa00000, 0xafffff), hexs(R, 6))
    return sl(R, "ERROR", "worker exited unexpectedly, restarting", service="ingest-consumer", worker=R.randint(0, 7), restarts=R.randint(1, 30), last_panic="runtime error: invalid memory address or nil pointer dereference (consumer/ack.go:41)")


def go_token(R):
    e = "operation error SQS: ReceiveMessage, https response error StatusCode: 400, RequestID: %s, api error ExpiredToken: The security token included in the request is expired" % awsreq(R)
    if R.random() < 0.6:
        return sl(R, "ERROR", "receive failed", service="ingest-consumer", queue="brk-readings", err=e)
    return sl(R, "WARN", "receive loop backing off", service="ingest-consumer", queue="brk-readings", backoff=pick(R, ["5s", "10s", "20s", "40s"]), consecutive_failures=R.randint(3, 200), err=e)


def go_negs():
    def n_batch(R): return sl(R, "INFO", "batch received", service="ingest-consumer", queue="brk-readings", count=R.randint(1, 10), wait_ms=R.randint(0, 20000))
    def n_empty(R): return sl(R, "DEBUG", "empty receive", service="ingest-consumer", queue="brk-readings", poll=R.randint(1, 999999))
    def n_acked(R): return sl(R, "INFO", "batch acked", service="ingest-consumer", acked=R.randint(1, 10), failed=0, elapsed=str(R.randint(3, 900)) + "ms")
    def n_written(R): return zp(R, "info", "writer/batch.go:140", "batch written", table="brk-device-state", items=R.randint(1, 25), attempts=1, unprocessed=0)
    def n_retry(R): return zp(R, "warn", "writer/batch.go:124", "retrying unprocessed items", table="brk-device-state", attempt=1, unprocessed=R.randint(1, 6), backoff="%dms" % pick(R, [50, 100, 200]))
    def n_retry_ok(R): return zp(R, "info", "writer/batch.go:140", "batch written", table="brk-device-state", items=R.randint(1, 25), attempts=2, unprocessed=0, retried=True)
    def n_unknown(R): return sl(R, "WARN", "unknown device, discarding reading", service="ingest-consumer", device=dev(R), reason="not registered")
    def n_skew(R): return sl(R, "INFO", "device clock skew, using receive time", service="ingest-consumer", device=dev(R), skew=str(R.randint(61, 9000)) + "s")
    def n_sigterm(R): return sl(R, "INFO", "received SIGTERM, draining in-flight messages", service=pick(R, ["ingest-consumer", "state-writer"]), inflight=R.randint(0, 10), task=hexs(R, 32))
    def n_ctx(R): return sl(R, "INFO", "receive loop stopped", service="ingest-consumer", reason="shutdown", err="context canceled", task=hexs(R, 32))
    def n_start(R): return sl(R, "INFO", "starting", service=pick(R, ["ingest-consumer", "state-writer"]), version="v1.%d.%d" % (R.randint(18, 21), R.randint(0, 9)), go="go1.22.%d" % R.randint(4, 7), task=hexs(R, 32))
    def n_health(R): return sl(R, "DEBUG", "http request", service="ingest-consumer", method="GET", path="/healthz", status=200, duration=str(round(R.uniform(0.05, 2), 3)) + "ms", remote=ip10(R, 72))
    def n_vis(R): return sl(R, "DEBUG", "visibility extended", service="ingest-consumer", message_id=uuid(R), extend_by="30s")
    def n_adot(R): return "%s\tinfo\tservice@v0.%d.0/service.go:%d\t%s" % (iso(R), pick(R, [102, 103]), pick(R, [169, 171]), pick(R, ["Everything is ready. Begin running and processing data.", "Starting otelcol-contrib...", "Shutdown complete."])) + "\t" + jd({"task": hexs(R, 32)})
    def n_adot_retry(R): return "%s\tinfo\texporterhelper/retry_sender.go:%d\tExporting failed. Will retry the request after interval.\t%s" % (iso(R), 118, jd({"kind": "exporter", "data_type": "metrics", "name": "awsemf", "error": "context deadline exceeded", "interval": "%.9fs" % R.uniform(2, 8)}))
    def n_stored(R): return zp(R, "debug", "writer/state.go:77", "state updated", device=dev(R), moisture_pct=round(R.uniform(5, 60), 1), valve=pick(R, ["open", "closed"]), error_count=0)
    def n_alert(R): return sl(R, "INFO", "device reported fault code", service="ingest-consumer", device=dev(R), fault=pick(R, ["E07_LOW_BATTERY", "E12_VALVE_STUCK", "E03_SENSOR_DRY"]), routed_to="customer-notifications")
    return [n_batch, n_empty, n_acked, n_written, n_retry, n_retry_ok, n_unknown, n_skew, n_sigterm, n_ctx, n_start, n_health, n_vis,
            n_adot, n_adot_retry, n_stored, n_alert, n_batch, n_acked, n_written, n_empty]


def fam5(R):
    return build(R, F5, [("device-state-table-write-throughput-exceeded", go_ddb),
                         ("firmware-v3-sends-moisture-as-string", go_fw3),
                         ("ingest-consumer-nil-batch-ack-panic", go_panic),
                         ("ingest-consumer-static-credentials-expire", go_token)], go_negs())


# ---------------------------------------------------------------- rails71-fargate-marketplace-lograge
# "pennyworth" second-hand furniture marketplace: Rails 7.1 on Puma 6 (ECS Fargate, web service) with the
# default tagged logger plus lograge key=value request lines, and Sidekiq 7 workers logging JSON; ElastiCache
# Redis for Sidekiq and the cache, RDS PostgreSQL, Stripe Connect payouts.
F6 = "rails71-fargate-marketplace-lograge"


def rts(R):
    d, h, m = at(R)
    return "2028-09-%02dT%s.%s%s" % (d, h, m, digits(R, 3))


def rl(R, lvl, text, rid=None):
    return "%s, [%s #1] %5s -- : [%s] %s" % (lvl[0], rts(R), lvl, rid or uuid(R), text)


def lograge(R, method, path, controller, action, status, dur=None, db=None):
    dur = dur if dur is not None else R.uniform(3, 400)
    return "method=%s path=%s format=%s controller=%s action=%s status=%d allocations=%d duration=%.2f view=%.2f db=%.2f request_id=%s" % (
        method, path, pick(R, ["html", "json"]), controller, action, status, R.randint(900, 90000), dur, R.uniform(0, dur / 2), db if db is not None else R.uniform(0.5, dur / 3), uuid(R))


def sk(R, lvl, msg, cls, **kw):
    ctx = {"class": cls, "jid": hexs(R, 24)}
    ctx.update(kw)
    return jd({"ts": iso(R), "pid": R.randint(7, 9), "tid": lower(R, 5), "lvl": lvl, "msg": msg, "ctx": ctx})


def rb_search(R):
    rid = uuid(R)
    q = pick(R, ["oak", "sofa", "vintage+desk", "chair", "mid+century", "bookcase"])
    if R.random() < 0.55:
        return "F, [%s #1] FATAL -- : [%s]   \n[%s] ActiveRecord::QueryCanceled (PG::QueryCanceled: ERROR:  canceling statement due to statement timeout\n):\n[%s]   \n[%s] app/models/listing.rb:%d:in 'Listing.search'\n[%s] app/controllers/listings_controller.rb:12:in 'ListingsController#index'" % (rts(R), rid, rid, rid, rid, pick(R, [44, 44, 47]), rid)
    return lograge(R, "GET", "/listings?q=%s&page=%d" % (q, R.randint(1, 9)), "ListingsController", "index", 500, dur=R.uniform(5005, 5090), db=R.uniform(5000, 5004))


def rb_redis(R):
    r = R.random()
    e = "OOM command not allowed when used memory > 'maxmemory'."
    if r < 0.4:
        rid = uuid(R)
        return "F, [%s #1] FATAL -- : [%s]   \n[%s] RedisClient::CommandError (%s):\n[%s]   \n[%s] app/controllers/offers_controller.rb:%d:in 'OffersController#create'" % (rts(R), rid, rid, e, rid, rid, 31)
    if r < 0.75:
        return sk(R, "ERROR", "Error fetching job: %s" % e, "Sidekiq::Processor", error_class="RedisClient::CommandError")
    return lograge(R, "POST", "/listings/%d/offers" % R.randint(10000, 99999), "OffersController", "create", 500)


def rb_payout(R):
    if R.random() < 0.6:
        return sk(R, "WARN", "fail", "PayoutJob", elapsed=round(R.uniform(0.1, 2), 3), retry_count=R.randint(0, 12), error_class="NoMethodError",
                  error_message="undefined method 'stripe_account_id' for nil", backtrace="app/services/payouts/transfer.rb:18:in 'Payouts::Transfer#call'\napp/jobs/payout_job.rb:9:in 'PayoutJob#perform'")
    return sk(R, "WARN", "NoMethodError: undefined method 'stripe_account_id' for nil\napp/services/payouts/transfer.rb:18:in 'Payouts::Transfer#call'\napp/jobs/payout_job.rb:9:in 'PayoutJob#perform'", "PayoutJob", order_id=R.randint(100000, 999999), seller_id=R.randint(1000, 90000))


def rb_puma(R):
    w = R.randint(0, 3)
    if R.random() < 0.6:
        return "[1] ! Terminating timed out worker (Worker %d failed to check in within 60 seconds): %d" % (w, R.randint(20, 9000))
    rid = uuid(R)
    return rl(R, "INFO", "Started POST \"/listings/%d/photos\" for %s at 2028-09-%02d %s +0000" % (R.randint(10000, 99999), ipdoc(R), day(R), hms(R)), rid) + "\n" + rl(R, "WARN", "ActiveStorage variant processing took %.1fs for %s (%dx%d HEIC)" % (R.uniform(40, 70), "blob %s" % alnum(R, 28), pick(R, [4032, 8064]), pick(R, [3024, 6048])), rid)


def rb_webhook(R):
    rid = uuid(R)
    if R.random() < 0.6:
        return rl(R, "ERROR", "Stripe webhook rejected: Stripe::SignatureVerificationError: No signatures found matching the expected signature for payload (event type %s)" % pick(R, ["payout.paid", "account.updated", "charge.succeeded", "transfer.created"]), rid)
    return lograge(R, "POST", "/webhooks/stripe", "Webhooks::StripeController", "create", 400)


def rb_negs():
    def n_started(R): return rl(R, "INFO", "Started GET \"/listings/%d\" for %s at 2028-09-%02d %s +0000" % (R.randint(10000, 99999), ipdoc(R), day(R), hms(R)))
    def n_proc(R): return rl(R, "INFO", "Processing by %s as %s" % (pick(R, ["ListingsController#show", "ListingsController#index", "OffersController#create", "Users::SessionsController#create"]), pick(R, ["HTML", "JSON", "TURBO_STREAM"])))
    def n_completed(R): return rl(R, "INFO", "Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms)" % (pick(R, ["200 OK", "200 OK", "302 Found", "201 Created"]), R.randint(4, 500), R.uniform(1, 100), R.uniform(0.4, 50), R.randint(1, 30), R.randint(0, 9), R.uniform(0, 8)))
    def n_lr(R): return lograge(R, pick(R, ["GET", "GET", "POST"]), "/listings/%d" % R.randint(10000, 99999), "ListingsController", "show", pick(R, [200, 200, 200, 304, 404]))
    def n_lr2(R): return lograge(R, "GET", "/listings?q=%s" % pick(R, ["lamp", "rug", "table", "mirror", "bed"]), "ListingsController", "index", 200)
    def n_up(R): return lograge(R, "GET", "/up", "Rails::HealthController", "show", 200, dur=R.uniform(0.3, 3), db=0.0)
    def n_route(R): return "F, [%s #1] FATAL -- : [%s]   \n[%s] ActionController::RoutingError (No route matches [%s] \"%s\"):" % ((lambda r: (rts(R), r, r))(uuid(R)) + (pick(R, ["GET", "POST"]), pick(R, ["/wp-login.php", "/.env", "/xmlrpc.php", "/admin/config.php", "/.git/config", "/phpmyadmin/index.php"])))
    def n_notfound(R): return rl(R, "INFO", "Completed 404 Not Found in %dms (ActiveRecord: %.1fms | Allocations: %d)\n\nActiveRecord::RecordNotFound (Couldn't find Listing with 'id'=%d)" % (R.randint(2, 40), R.uniform(0.4, 5), R.randint(500, 4000), R.randint(10000, 99999)))
    def n_422(R): return rl(R, "INFO", "Completed 422 Unprocessable Content in %dms (Views: %.1fms | ActiveRecord: %.1fms)" % (R.randint(10, 200), R.uniform(2, 60), R.uniform(1, 20)))
    def n_422b(R): return lograge(R, "POST", "/listings/%d/offers" % R.randint(10000, 99999), "OffersController", "create", 422)
    def n_csrf(R): return rl(R, "WARN", "Can't verify CSRF token authenticity.")
    def n_boot(R): return pick(R, ["[1] Puma starting in cluster mode...", "[1] * Puma version: 6.4.%d (ruby 3.3.%d-p%d) (\"The Eagle of Durango\")" % (R.randint(0, 3), R.randint(1, 5), R.randint(50, 120))]) if R.random() < 0.3 else "[1] - Worker %d (PID: %d) booted in %.2fs, phase: 0" % (R.randint(0, 3), R.randint(20, 9000), R.uniform(0, 1.5))
    def n_stop(R): return pick(R, ["[1] - Gracefully shutting down workers...", "[1] === puma shutdown: 2028-09-%02d %s +0000 ===" % (day(R), hms(R)), "[1] - Goodbye!", "[1] - Signal caught: SIGTERM, stopping after %d in-flight requests" % R.randint(0, 5)])
    def n_skstart(R): return sk(R, "INFO", "start", pick(R, ["PayoutJob", "ListingIndexJob", "OfferExpiryJob", "ActionMailer::MailDeliveryJob"]))
    def n_skdone(R): return sk(R, "INFO", "done", pick(R, ["PayoutJob", "ListingIndexJob", "OfferExpiryJob", "ActionMailer::MailDeliveryJob"]), elapsed=round(R.uniform(0.01, 9), 3))
    def n_skretry(R): return sk(R, "WARN", "fail", "ListingIndexJob", elapsed=round(R.uniform(5, 16), 3), retry_count=0, error_class="Net::ReadTimeout", error_message="Net::ReadTimeout with #<TCPSocket:(closed)>")
    def n_attack(R): return rl(R, "INFO", "Rack::Attack throttled %s on logins/ip (limit 5 per 20s), responded 429" % ipdoc(R))
    def n_cache(R): return rl(R, "DEBUG", "Read fragment views/listings/_card:%s/listings/%d-%s (%.1fms)" % (hexs(R, 32), R.randint(10000, 99999), digits(R, 14), R.uniform(0.1, 2))) + ("" if R.random() < 0.5 else " [cache miss]")
    def n_login(R): return rl(R, "INFO", "Login failed for %s: invalid email or password (attempt %d)" % ("user_%d" % R.randint(1000, 90000), R.randint(1, 4)))
    return [n_started, n_proc, n_completed, n_lr, n_lr2, n_up, n_route, n_notfound, n_422, n_422b, n_csrf, n_boot, n_stop,
            n_skstart, n_skdone, n_skretry, n_attack, n_cache, n_login, n_lr, n_completed, n_up, n_skdone]


def fam6(R):
    return build(R, F6, [("listing-search-statement-timeout", rb_search),
                         ("redis-maxmemory-reached-noeviction", rb_redis),
                         ("payout-job-nil-seller-stripe-account", rb_payout),
                         ("puma-workers-timed-out-on-heic-variants", rb_puma),
                         ("stripe-webhook-signing-secret-stale", rb_webhook)], rb_negs())


FAMILIES = {F5: fam5, F6: fam6}
