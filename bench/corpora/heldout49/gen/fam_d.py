"""Families: geofence-compliance-py312-lambda-text, withdrawals-psp-rails72-semantic-logger-ecs.

Before a bet or deposit is accepted, wyvernmarsh's "geofence-check" Lambda (Python 3.12, the runtime's default text log
format `[INFO]\t2030-11-06T13:04:11.123Z\t<request id>\t…`, plus the platform's START/END/REPORT/INIT_START lines)
decides whether the customer is inside a licensed jurisdiction: it looks the IP up in a GeoIP2 database shipped in a
layer, asks the invented location vendor "Geoverity" for the app's GPS fix and VPN/proxy verdict, and signs the decision
with a KMS key so betplace can verify it.

"withdrawals" is a Ruby 3.3 / Rails 7.2 API on ECS (Puma, Sidekiq 7) that submits customer withdrawals to the invented
payment service provider "Tessellpay" (mutual-TLS payout API) and receives its payout-status webhooks. It logs with
rails_semantic_logger's default text layout (`2030-11-06 13:04:11.123456 E [1:puma srv tp 003] (12.3ms)
PayoutsController -- Completed #create -- {…}`), exceptions appended as `-- Exception: Class: message` and the
backtrace on the following lines of the same event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, sl_ts)

# ---------------------------------------------------------------- geofence-compliance-py312-lambda-text
F1 = "geofence-compliance-py312-lambda-text"


def lt(R, lvl, msg, req=None):
    return "[%s]\t%s\t%s\t%s" % (lvl, iso_z(R), req or uuid(R), msg)


def report(R, req, dur, mem, used, extra=""):
    return "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t%s" % (req, dur, int(dur) + 1, mem, used, extra)


def cust(R):
    return "C%d" % R.randint(1000000, 9999999)


def pytb(frames, last):
    s = "Traceback (most recent call last):"
    for f, ln, fn, code in frames:
        s += '\n  File "%s", line %d, in %s\n    %s' % (f, ln, fn, code)
    return s + "\n" + last


def g_timeout(R):
    # the function was moved into private subnets without a NAT route to Geoverity; the HTTPS call hangs until the
    # 6 s timeout and the check fails (betplace treats that as "location unknown" and refuses the bet)
    req = uuid(R)
    if R.random() < 0.55:
        return "%s %s Task timed out after 6.01 seconds" % (iso_z(R), req)
    return report(R, req, 6006.0 + R.uniform(0, 9), 512, R.randint(90, 140), "Status: timeout")


def g_mmdb(R):
    # layer version 14 moved the database to /opt/geoip/city/; the code still opens /opt/geoip/GeoIP2-City.mmdb
    req = uuid(R)
    if R.random() < 0.6:
        return "[ERROR] FileNotFoundError: [Errno 2] No such file or directory: '/opt/geoip/GeoIP2-City.mmdb'\n" + pytb(
            [("/var/task/geofence/handler.py", R.randint(40, 48), "lambda_handler", "reader = _reader()"),
             ("/var/task/geofence/ip.py", R.randint(12, 18), "_reader", "return geoip2.database.Reader(MMDB_PATH)"),
             ("/opt/python/geoip2/database.py", 96, "__init__", "self._db_reader = maxminddb.open_database(fileish, mode)")],
            "FileNotFoundError: [Errno 2] No such file or directory: '/opt/geoip/GeoIP2-City.mmdb'") if R.random() < 0.5 else lt(R, "ERROR", "FileNotFoundError: [Errno 2] No such file or directory: '/opt/geoip/GeoIP2-City.mmdb'", req)
    return lt(R, "ERROR", "geofence check for customer %s failed: IP database unavailable (/opt/geoip/GeoIP2-City.mmdb missing); decision=ERROR" % cust(R), req)


def g_kms(R):
    # the decision-signing key's policy was replaced by a key-rotation stack that only lists the admin role; kms:Sign
    # is denied and no signed decision can be returned
    req = uuid(R)
    if R.random() < 0.6:
        return lt(R, "ERROR", "Signing geofence decision failed: An error occurred (AccessDeniedException) when calling the Sign operation: User: arn:aws:sts::%s:assumed-role/geofence-check-role/geofence-check is not authorized to perform: kms:Sign on resource: arn:aws:kms:%s:%s:key/%s because no resource-based policy allows the kms:Sign action" % (ACCT, REGION, ACCT, uuid(R)), req)
    return lt(R, "ERROR", "decision for customer %s returned unsigned -> betplace will reject it (kms:Sign AccessDeniedException)" % cust(R), req)


def g_region(R):
    # Schleswig-Holstein (DE-SH) was added to the licence on the 12th; the vendor now returns it, but the region table
    # in config was not updated and the lookup raises KeyError for every customer there
    if R.random() < 0.6:
        return "[ERROR] KeyError: 'DE-SH'\n" + pytb(
            [("/var/task/geofence/handler.py", R.randint(60, 70), "lambda_handler", "licence = LICENSED_REGIONS[fix.subdivision]")],
            "KeyError: 'DE-SH'")
    return lt(R, "WARNING", "customer %s in subdivision DE-SH: no licence entry in LICENSED_REGIONS (config v%d); check aborted" % (cust(R), R.randint(30, 39)))


def g_oom(R):
    # the geofence polygon file grew to 190 MB with the new municipal boundaries; loading it into the 512 MB function
    # runs out of memory
    req = uuid(R)
    if R.random() < 0.5:
        return "%s %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % (iso_z(R), req)
    return report(R, req, R.uniform(1200, 4800), 512, 512, "Status: error\tError Type: Runtime.OutOfMemory")


def geo_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % uuid(R)

    def n_end(R):
        return "END RequestId: %s" % uuid(R)

    def n_report(R):
        return report(R, uuid(R), R.uniform(18, 900), 512, R.randint(95, 180), "").rstrip("\t") if R.random() < 0.6 else report(R, uuid(R), R.uniform(18, 900), 512, R.randint(95, 180), "Init Duration: %.2f ms" % R.uniform(400, 1400))

    def n_init(R):
        return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(30, 45), REGION, hexs(R, 64))

    def n_allowed(R):
        return lt(R, "INFO", "customer %s allowed: %s (ip=%s gps_accuracy=%dm vpn=false) decision signed" % (cust(R), pick(R, ["DE-BE", "DE-BY", "DE-HH", "DE-NW", "AT-9", "MT"]), pubip(R), R.randint(5, 90)))

    def n_blocked(R):
        return lt(R, "INFO", "customer %s blocked: outside licensed regions (country=%s)" % (cust(R), pick(R, ["FR", "NL", "US", "CH", "PL", "BE"])))

    def n_vpn(R):
        return lt(R, "WARNING", "customer %s blocked: Geoverity flagged %s (confidence %.2f); customer shown VPN notice" % (cust(R), pick(R, ["VPN", "PROXY", "HOSTING_PROVIDER", "GPS_SPOOFING_APP"]), R.uniform(0.8, 0.99)))

    def n_accuracy(R):
        return lt(R, "WARNING", "customer %s GPS accuracy %dm above 1000m limit; app asked for a fresh fix" % (cust(R), R.randint(1100, 5000)))

    def n_retry(R):
        return lt(R, "WARNING", "Geoverity request %s timed out after 1.5s (attempt 1/3), retrying; attempt 2 ok in %d ms" % (uuid(R), R.randint(90, 700)))

    def n_emf(R):
        return jd({"_aws": {"Timestamp": R.randint(1919721600, 1922140800) * 1000, "CloudWatchMetrics": [{"Namespace": "Wyvernmarsh/Geofence", "Dimensions": [["service"]], "Metrics": [{"Name": "Decisions", "Unit": "Count"}, {"Name": "Blocked", "Unit": "Count"}]}]}, "service": "geofence-check", "Decisions": 1, "Blocked": R.choice([0, 0, 1])})

    def n_cache(R):
        return lt(R, "INFO", "polygons loaded from /opt/geofence/regions.geojson (%d regions, %.1f MB) in %d ms" % (R.randint(16, 18), R.uniform(3, 9), R.randint(100, 600)))

    def n_debug(R):
        return lt(R, "DEBUG", "event: %s" % jd({"customerId": cust(R), "ip": pubip(R), "fix": {"lat": round(R.uniform(47, 55), 4), "lon": round(R.uniform(6, 15), 4), "acc": R.randint(5, 900)}, "purpose": pick(R, ["bet", "deposit", "login"])}))

    def n_sig(R):
        return lt(R, "DEBUG", "decision signed with key alias/geofence-decisions (RSASSA_PSS_SHA_256), signature %d bytes, error=null" % R.choice([256, 384]))

    return [n_start, n_end, n_report, n_init, n_allowed, n_blocked, n_vpn, n_accuracy, n_retry, n_emf, n_cache, n_debug, n_sig]


def geofence(R):
    return build(R, F1, [("vendor-call-timeout-no-nat", g_timeout), ("geoip-layer-path-moved", g_mmdb),
                         ("kms-sign-access-denied", g_kms), ("new-licensed-region-keyerror", g_region),
                         ("polygon-file-out-of-memory", g_oom)], geo_negs())


# ---------------------------------------------------------------- withdrawals-psp-rails72-semantic-logger-ecs
F2 = "withdrawals-psp-rails72-semantic-logger-ecs"
PSP = "https://payouts.tessellpay.example"


def th(R):
    return pick(R, ["1:puma srv tp %03d" % R.randint(1, 5), "1:sidekiq.default/processor", "1:sidekiq.payouts/processor"])


def sl(R, lvl, name, msg, payload=None, dur=None, exc=None, thread=None):
    s = "%s %s [%s]" % (sl_ts(R), lvl, thread or th(R))
    if R.random() < 0.5 and (thread or "").startswith("1:puma") or (thread is None and R.random() < 0.3):
        s += " [%s]" % uuid(R)
    if dur is not None:
        s += " (%.1fms)" % dur
    s += " %s" % name
    if msg:
        s += " -- %s" % msg
    if payload:
        s += " -- {%s}" % ", ".join(":%s=>%s" % (k, ('"%s"' % v) if isinstance(v, str) else v) for k, v in payload.items())
    if exc:
        s += " -- Exception: %s" % exc
    return s


def puma(R):
    return "1:puma srv tp %03d" % R.randint(1, 5)


def wd(R):
    return "wd_%s" % lower(R, 12)


def completed(R, action, status, ctrl="Api::V1::WithdrawalsController", path="/api/v1/withdrawals", method="POST"):
    return sl(R, "I", ctrl, "Completed #%s" % action, {"controller": ctrl, "action": action, "format": "JSON", "method": method, "path": path, "status": status, "view_runtime": round(R.uniform(0, 5), 2), "db_runtime": round(R.uniform(0.5, 40), 2), "status_message": {200: "OK", 201: "Created", 202: "Accepted", 401: "Unauthorized", 404: "Not Found", 409: "Conflict", 422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error", 503: "Service Unavailable"}[status]}, dur=R.uniform(2, 900), thread=puma(R))


def r_webhook(R):
    # Tessellpay rotated the webhook signing secret (dashboard) on the 9th; our Secrets Manager value is the old one, so
    # every genuine payout-status webhook fails verification and withdrawals stay "processing"
    t = R.random()
    if t < 0.5:
        return sl(R, "E", "Webhooks::TessellpayController", "Signature verification failed for Tessellpay delivery %s (key id whk_2030_11, source %s)" % ("evt_" + lower(R, 20), pick(R, ["185.44.%d.%d" % (R.randint(0, 3), R.randint(2, 250))])), thread=puma(R))
    return completed(R, "create", 401, "Webhooks::TessellpayController", "/webhooks/tessellpay")


def r_mtls(R):
    # the client certificate for the payout API expired on 2030-11-15 and the renewal was never deployed
    t = R.random()
    if t < 0.55:
        return sl(R, "E", "PayoutSubmitJob", "Payout submission failed for %s" % wd(R), exc="OpenSSL::SSL::SSLError: SSL_read: sslv3 alert certificate expired (SSL alert number 45)\n/usr/local/bundle/gems/net-http-0.4.1/lib/net/protocol.rb:%d:in `read_nonblock'\n/usr/local/bundle/gems/faraday-net_http-3.1.%d/lib/faraday/adapter/net_http.rb:%d:in `perform_request'\n/app/app/clients/tessellpay_client.rb:%d:in `create_payout'\n/app/app/jobs/payout_submit_job.rb:%d:in `perform'" % (R.randint(218, 220), R.randint(0, 1), R.randint(110, 120), R.randint(30, 60), R.randint(14, 30)), thread="1:sidekiq.payouts/processor")
    return sl(R, "W", "PayoutSubmitJob", "Withdrawal %s moved to retry set (attempt %d/25): certificate expired on mTLS client cert CN=payouts.%s (notAfter 2030-11-15T00:00:00Z)" % (wd(R), R.randint(3, 25), DOMAIN), thread="1:sidekiq.payouts/processor")


def r_readonly(R):
    # after an ElastiCache failover the Sidekiq REDIS_URL still names the old primary's node endpoint (now a replica);
    # enqueueing payout jobs fails and API calls answer 500
    t = R.random()
    if t < 0.6:
        return sl(R, "E", "Api::V1::WithdrawalsController", "Could not enqueue PayoutSubmitJob for %s" % wd(R), exc="RedisClient::ReadOnlyError: READONLY You can't write against a read only replica.\n/usr/local/bundle/gems/redis-client-0.22.%d/lib/redis_client/connection_mixin.rb:%d:in `call_pipelined'\n/usr/local/bundle/gems/sidekiq-7.3.%d/lib/sidekiq/client.rb:%d:in `raw_push'\n/app/app/controllers/api/v1/withdrawals_controller.rb:%d:in `create'" % (R.randint(0, 2), R.randint(50, 60), R.randint(0, 4), R.randint(260, 280), R.randint(20, 40)), thread=puma(R))
    return completed(R, "create", 500)


def r_lock(R):
    # the nightly payout batch updates withdrawals rows that a long-running finance export holds locks on; statements
    # hit lock_timeout (5s) and the batch leaves approved withdrawals unsent
    t = R.random()
    if t < 0.55:
        return sl(R, "E", "NightlyPayoutBatchJob", "Batch %s aborted at withdrawal %s" % ("pb_" + lower(R, 8), wd(R)), exc="ActiveRecord::LockWaitTimeout: PG::LockNotAvailable: ERROR:  canceling statement due to lock timeout\nCONTEXT:  while updating tuple (%d,%d) in relation \"withdrawals\"\n/usr/local/bundle/gems/activerecord-7.2.%d/lib/active_record/connection_adapters/postgresql_adapter.rb:%d:in `exec_params'\n/app/app/jobs/nightly_payout_batch_job.rb:%d:in `block in perform'" % (R.randint(1000, 90000), R.randint(1, 60), R.randint(1, 2), R.randint(890, 900), R.randint(20, 50)), thread="1:sidekiq.default/processor")
    return sl(R, "E", "NightlyPayoutBatchJob", "Payout batch finished: submitted=%d unsent=%d (lock timeout on withdrawals)" % (R.randint(0, 400), R.randint(50, 900)), thread="1:sidekiq.default/processor")


def r_nil(R):
    # release 3.9 derives the BIC from the bank directory; Liechtenstein and Monaco IBANs are not in the directory
    # file, lookup returns nil and the job crashes for every such withdrawal
    t = R.random()
    if t < 0.6:
        return sl(R, "E", "PayoutSubmitJob", "Payout submission failed for %s" % wd(R), exc="NoMethodError: undefined method `upcase' for nil\n/app/app/services/bank_directory.rb:%d:in `bic_for'\n/app/app/services/payout_builder.rb:%d:in `beneficiary'\n/app/app/jobs/payout_submit_job.rb:%d:in `perform'" % (R.randint(20, 30), R.randint(40, 60), R.randint(10, 13)), thread="1:sidekiq.payouts/processor")
    return sl(R, "W", "PayoutSubmitJob", "Withdrawal %s to %s IBAN moved to retry set (attempt %d/25): NoMethodError in BankDirectory#bic_for" % (wd(R), pick(R, ["LI", "MC"]), R.randint(2, 25)), thread="1:sidekiq.payouts/processor")


def wd_negs():
    def n_created(R):
        return completed(R, "create", 201)

    def n_show(R):
        return completed(R, "show", 200, path="/api/v1/withdrawals/%s" % wd(R), method="GET")

    def n_started(R):
        return sl(R, "D", "Rack", "Started", {"method": pick(R, ["GET", "POST"]), "path": pick(R, ["/api/v1/withdrawals", "/webhooks/tessellpay", "/up"]), "ip": pubip(R)}, thread=puma(R))

    def n_up(R):
        return sl(R, "I", "Rails::HealthController", "Completed #show", {"controller": "Rails::HealthController", "action": "show", "path": "/up", "status": 200}, dur=R.uniform(0.2, 2), thread=puma(R))

    def n_submitted(R):
        return sl(R, "I", "PayoutSubmitJob", "Payout submitted for %s: tessellpay id po_%s, %d.%02d EUR to IBAN %s****%s" % (wd(R), lower(R, 18), R.randint(10, 5000), R.randint(0, 99), pick(R, ["DE", "AT", "NL", "IE"]), digits(R, 4)), thread="1:sidekiq.payouts/processor")

    def n_webhook_ok(R):
        return sl(R, "I", "Webhooks::TessellpayController", "Payout po_%s status %s applied to %s" % (lower(R, 18), pick(R, ["paid", "paid", "returned", "processing"]), wd(R)), thread=puma(R))

    def n_webhook_dup(R):
        return sl(R, "I", "Webhooks::TessellpayController", "Delivery evt_%s already processed, acknowledged (idempotent re-delivery)" % lower(R, 20), thread=puma(R))

    def n_webhook_200(R):
        return completed(R, "create", 200, "Webhooks::TessellpayController", "/webhooks/tessellpay")

    def n_sig_probe(R):
        return sl(R, "W", "Webhooks::TessellpayController", "Rejected webhook without Tessellpay-Signature header from %s (not a Tessellpay address), answered 400" % pubip(R), thread=puma(R))

    def n_kyc(R):
        return sl(R, "I", "Api::V1::WithdrawalsController", "Withdrawal refused: %s" % pick(R, ["KYC not verified", "bonus wagering incomplete", "amount below 10.00 EUR minimum", "withdrawal method not verified", "account under responsible-gambling cool-off"]), {"customer": "C%d" % R.randint(10**6, 10**7 - 1)}, thread=puma(R))

    def n_422(R):
        return completed(R, "create", 422)

    def n_retry_ok(R):
        return sl(R, "W", "TessellpayClient", "POST %s/v2/payouts answered 503, retry %d/3 in %ds; retry succeeded" % (PSP, R.randint(1, 2), R.choice([1, 2, 4])), thread="1:sidekiq.payouts/processor")

    def n_sidekiq(R):
        return sl(R, "I", pick(R, ["PayoutSubmitJob", "PayoutStatusPollJob", "WithdrawalReminderJob"]), "Completed #perform", {"jid": hexs(R, 24), "queue": pick(R, ["payouts", "default"])}, dur=R.uniform(20, 2000), thread=pick(R, ["1:sidekiq.payouts/processor", "1:sidekiq.default/processor"]))

    def n_boot(R):
        return sl(R, "I", pick(R, ["Puma", "Sidekiq", "Rails"]), pick(R, ["Puma starting in single mode... version 6.4.%d" % R.randint(0, 3), "Listening on http://0.0.0.0:3000", "Sidekiq 7.3.%d connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"rediss://master.wm-sidekiq.%s.euc1.cache.amazonaws.com:6379/0\"}" % (R.randint(0, 4), lower(R, 6)), "Booted Rails 7.2.%d application in production environment" % R.randint(1, 2)]), thread="1:main")

    def n_batch(R):
        return sl(R, "I", "NightlyPayoutBatchJob", "Payout batch finished: submitted=%d unsent=0 failed=0" % R.randint(100, 900), thread="1:sidekiq.default/processor")

    def n_throttle(R):
        return sl(R, "W", "Rack::Attack", "throttled POST /api/v1/withdrawals for %s (limit 5/min)" % pubip(R), thread=puma(R))

    def n_deprec(R):
        return sl(R, "W", "ActiveSupport::Deprecation", "DEPRECATION WARNING: `to_time` will always preserve the receiver timezone rather than system local time in Rails 8.0. To opt in to the new behavior, set `config.active_support.to_time_preserves_timezone = :zone`.", thread="1:main")

    return [n_created, n_show, n_started, n_up, n_submitted, n_webhook_ok, n_webhook_dup, n_webhook_200, n_sig_probe, n_kyc, n_422, n_retry_ok, n_sidekiq, n_boot, n_batch, n_throttle, n_deprec]


def withdrawals(R):
    return build(R, F2, [("webhook-signing-secret-rotated", r_webhook), ("payout-mtls-cert-expired", r_mtls),
                         ("sidekiq-redis-readonly-replica", r_readonly), ("payout-batch-lock-timeout", r_lock),
                         ("bank-directory-nil-bic", r_nil)], wd_negs())


FAMILIES = {F1: geofence, F2: withdrawals}
