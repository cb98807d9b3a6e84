"""Families: wallet-ledger-rust-tracing-json-sqlx-ecs, kyc-aml-celery54-screening-worker-ecs.

wyvernmarsh's "wallet-ledger" is a Rust (tokio, tonic gRPC + axum admin API, sqlx on Aurora PostgreSQL) service on ECS
Fargate that reserves stakes, posts double-entry ledger entries for bets, settlements, deposits and withdrawals, and
relays ledger events from an outbox table to an SQS FIFO queue. It logs with tracing-subscriber's JSON formatter
(`{"timestamp":…,"level":…,"fields":{"message":…},"target":…,"span":{…},"spans":[…]}`); a panic is printed by
the Rust runtime to stderr as plain text (`thread 'tokio-runtime-worker' panicked at …`), one event.

"kyc-screening" is a Python 3.12 Celery 5.4 worker (SQS broker) that screens new and existing customers against
sanctions/PEP lists (invented vendor "Veritrace" plus the EU consolidated list cached in S3), verifies ID documents
(OCR of uploaded PDFs) and addresses (invented vendor "Locata"). Celery's default worker layout
`[2030-11-06 13:04:11,123: INFO/ForkPoolWorker-3] …`; tracebacks are kept in the event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, py_ts)

# ---------------------------------------------------------------- wallet-ledger-rust-tracing-json-sqlx-ecs
F1 = "wallet-ledger-rust-tracing-json-sqlx-ecs"


def wal(R):
    return "wal_%s" % lower(R, 14)


def amt(R):
    return "%d.%02d" % (R.randint(1, 2500), R.randint(0, 99))


def tj(R, lvl, target, msg, span=None, **fields):
    f = {"message": msg}
    f.update(fields)
    d = {"timestamp": iso_z(R, 6), "level": lvl, "fields": f, "target": target}
    if span:
        d["span"] = span
        d["spans"] = [{"name": "grpc", "method": span["method"]}, span] if "method" in span and span["name"] != "request" else [span]
    d["threadId"] = "ThreadId(%d)" % R.randint(2, 17)
    return jd(d)


def sp(R, name, **kw):
    d = {"name": name}
    d.update(kw)
    return d


def w_pool(R):
    # the Aurora writer was downsized to db.r6g.large (max_connections ~1000 shared with reporting); the pool cannot
    # open connections at peak and postings time out
    t = R.random()
    if t < 0.55:
        return tj(R, "ERROR", "wallet_ledger::ledger::post", "posting failed", sp(R, "post_entry", wallet_id=wal(R), kind=pick(R, ["stake", "settle_win", "deposit", "withdrawal_hold"])),
                  error="pool timed out while waiting for an open connection", elapsed_ms=R.randint(5000, 5020))
    if t < 0.8:
        return tj(R, "ERROR", "wallet_ledger::grpc", "Reserve returned UNAVAILABLE", sp(R, "reserve", method="Reserve", wallet_id=wal(R)),
                  error="database: pool timed out while waiting for an open connection", bet_id="B%s" % upper(R, 12))
    return tj(R, "WARN", "sqlx::pool::acquire", "acquired connection, but time to acquire exceeded slow threshold", acquire_elapsed_secs=round(R.uniform(2.1, 4.9), 3), slow_acquire_threshold_secs=2.0)


def w_serial(R):
    # the settlement credit job runs SERIALIZABLE transactions over the same wallet rows as live stakes on Saturday
    # afternoons; after 5 attempts the credit is abandoned and winners are not paid
    t = R.random()
    if t < 0.6:
        return tj(R, "ERROR", "wallet_ledger::settlement", "settlement credit abandoned after 5 attempts", sp(R, "credit_settlement", settlement_batch="sb_%s" % lower(R, 10)),
                  wallet_id=wal(R), amount=amt(R), error="error returned from database: could not serialize access due to read/write dependencies among transactions", sqlstate="40001")
    return tj(R, "ERROR", "wallet_ledger::settlement", "settlement batch finished with unpaid credits", sp(R, "run_settlement_batch", settlement_batch="sb_%s" % lower(R, 10)),
              credited=R.randint(400, 9000), abandoned=R.randint(3, 140), last_error="serialization_failure (40001)")


def w_panic(R):
    # NOK wallets were opened for the Norwegian launch, but the FX table has no NOK row; converting a NOK stake for
    # the group liability unwraps None and the tokio worker panics (the request fails, the task is restarted by ECS
    # when the panic hook aborts)
    t = R.random()
    if t < 0.55:
        return "thread 'tokio-runtime-worker' panicked at src/fx/rates.rs:%d:%d:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % (R.randint(86, 88), R.choice([41, 45]))
    return tj(R, "ERROR", "wallet_ledger::grpc", "handler task panicked", sp(R, "reserve", method="Reserve", wallet_id=wal(R)),
              error="task %d panicked with message \"called `Option::unwrap()` on a `None` value\"" % R.randint(1000, 99999), currency="NOK")


def w_sqs(R):
    # the ledger-events queue policy was replaced by a Terraform module that only allows the settlement role; the
    # outbox relay cannot send, so downstream (CRM, reporting to the regulator) stops receiving ledger events
    t = R.random()
    if t < 0.6:
        return tj(R, "ERROR", "wallet_ledger::outbox", "relay batch failed", sp(R, "relay_outbox", batch=R.randint(10**5, 10**6)),
                  error="service error: AccessDenied: User: arn:aws:sts::%s:assumed-role/wallet-ledger-task/%s is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:%s:%s:ledger-events.fifo because no resource-based policy allows the sqs:SendMessage action" % (ACCT, hexs(R, 32), REGION, ACCT),
                  pending=R.randint(100, 90000))
    return tj(R, "WARN", "wallet_ledger::outbox", "outbox backlog growing", pending=R.randint(5000, 200000), oldest_secs=R.randint(600, 86000), last_error="AccessDenied sqs:SendMessage ledger-events.fifo")


def w_drift(R):
    # release 2.31 updates the cached balance before the ledger insert commits; when the insert rolls back the cache
    # keeps the change, and the nightly reconciliation finds wallets whose balance differs from their entries
    w = wal(R)
    a = R.randint(100, 90000)
    b = a + R.choice([-1, 1]) * R.randint(100, 5000)
    t = R.random()
    if t < 0.65:
        return tj(R, "ERROR", "wallet_ledger::reconcile", "balance drift detected", sp(R, "reconcile_wallets", run="rc_%s" % lower(R, 8)),
                  wallet_id=w, ledger_sum_minor=a, cached_balance_minor=b, diff_minor=b - a)
    return tj(R, "ERROR", "wallet_ledger::reconcile", "reconciliation finished with drift", sp(R, "reconcile_wallets", run="rc_%s" % lower(R, 8)),
              checked=R.randint(200000, 900000), drifted=R.randint(3, 80), drift=True)


def wallet_negs():
    def n_post(R):
        return tj(R, "INFO", "wallet_ledger::ledger::post", "entry posted", sp(R, "post_entry", wallet_id=wal(R), kind=pick(R, ["stake", "settle_win", "settle_loss", "deposit", "bonus_credit", "withdrawal_hold"])),
                  entry_id="le_%s" % lower(R, 16), amount=amt(R), currency=pick(R, ["EUR", "EUR", "GBP", "NOK"]), elapsed_ms=R.randint(2, 40))

    def n_insufficient(R):
        return tj(R, "INFO", "wallet_ledger::grpc", "reserve rejected: insufficient funds", sp(R, "reserve", method="Reserve", wallet_id=wal(R)), requested=amt(R), available=amt(R), code="FAILED_PRECONDITION")

    def n_idem(R):
        return tj(R, "INFO", "wallet_ledger::ledger::post", "idempotency key already applied, returning stored entry", idempotency_key=uuid(R), entry_id="le_%s" % lower(R, 16))

    def n_retry(R):
        return tj(R, "WARN", "wallet_ledger::settlement", "serialization failure, retrying", sp(R, "credit_settlement", settlement_batch="sb_%s" % lower(R, 10)), attempt=R.randint(1, 2), max_attempts=5, sqlstate="40001")

    def n_retry_ok(R):
        return tj(R, "INFO", "wallet_ledger::settlement", "settlement credit committed after retry", wallet_id=wal(R), attempts=R.randint(2, 3), amount=amt(R))

    def n_batch(R):
        return tj(R, "INFO", "wallet_ledger::settlement", "settlement batch finished", sp(R, "run_settlement_batch", settlement_batch="sb_%s" % lower(R, 10)), credited=R.randint(400, 9000), abandoned=0, elapsed_ms=R.randint(3000, 90000))

    def n_relay(R):
        return tj(R, "DEBUG", "wallet_ledger::outbox", "relayed outbox batch", sp(R, "relay_outbox", batch=R.randint(10**5, 10**6)), sent=R.randint(1, 10), failed=0)

    def n_recon(R):
        return tj(R, "INFO", "wallet_ledger::reconcile", "reconciliation finished", sp(R, "reconcile_wallets", run="rc_%s" % lower(R, 8)), checked=R.randint(200000, 900000), drifted=0, drift=False)

    def n_http(R):
        return tj(R, "INFO", "tower_http::trace::on_response", "finished processing request", sp(R, "request", method=pick(R, ["GET", "GET", "POST"]), uri=pick(R, ["/healthz", "/readyz", "/admin/wallets/%s" % wal(R), "/metrics"])), latency="%d ms" % R.randint(0, 30), status=200)

    def n_404(R):
        return tj(R, "INFO", "tower_http::trace::on_response", "finished processing request", sp(R, "request", method="GET", uri="/admin/wallets/%s" % wal(R)), latency="%d ms" % R.randint(0, 10), status=404)

    def n_start(R):
        return tj(R, "INFO", pick(R, ["wallet_ledger", "sqlx::migrate"]), pick(R, ["starting wallet-ledger 2.%d.%d" % (R.randint(28, 31), R.randint(0, 9)), "gRPC listening on 0.0.0.0:8443", "admin API listening on 0.0.0.0:9090", "applied migrations: 0 pending (latest %d)" % R.randint(80, 96)]))

    def n_slow(R):
        return tj(R, "WARN", "sqlx::query", "slow statement: execution time exceeded alert threshold", summary="SELECT wallet_id, sum(amount_minor) FROM ledger_entries …", rows_returned=R.randint(1000, 90000), elapsed_secs=round(R.uniform(1.0, 3.5), 3), slow_threshold_secs=1.0)

    def n_closed(R):
        return tj(R, "DEBUG", "h2::proto::connection", "Connection::poll; connection error", error="connection closed by peer (GOAWAY, NO_ERROR)")

    def n_limit(R):
        return tj(R, "INFO", "wallet_ledger::grpc", "withdrawal hold rejected: bonus wagering incomplete", sp(R, "hold", method="HoldWithdrawal", wallet_id=wal(R)), wagering_remaining=amt(R), code="FAILED_PRECONDITION")

    def n_shutdown(R):
        return tj(R, "INFO", "wallet_ledger", "received SIGTERM, draining connections", inflight=R.randint(0, 40))

    return [n_post, n_insufficient, n_idem, n_retry, n_retry_ok, n_batch, n_relay, n_recon, n_http, n_404, n_start, n_slow, n_closed, n_limit, n_shutdown]


def wallet(R):
    return build(R, F1, [("sqlx-pool-timeout", w_pool), ("settlement-serialization-abandoned", w_serial),
                         ("fx-rate-missing-nok-panic", w_panic), ("outbox-sqs-access-denied", w_sqs),
                         ("cached-balance-drift", w_drift)], wallet_negs())


# ---------------------------------------------------------------- kyc-aml-celery54-screening-worker-ecs
F2 = "kyc-aml-celery54-screening-worker-ecs"
VERI = "https://api.veritrace.example/v2/screenings"


def ce(R, lvl, proc, msg):
    return "[%s: %s/%s] %s" % (py_ts(R), lvl, proc, msg)


def fpw(R):
    return "ForkPoolWorker-%d" % R.randint(1, 8)


def custk(R):
    return "C%d" % R.randint(1000000, 9999999)


TASKS = ["kyc.screen_customer", "kyc.verify_document", "kyc.verify_address", "kyc.rescreen_batch"]


def tb(frames, last):
    s = "Traceback (most recent call last):"
    for f, ln, fn, code in frames:
        s += '\n  File "%s", line %d, in %s\n    %s' % (f, ln, fn, code)
    return s + "\n" + last


def k_vendor(R):
    # Veritrace revoked the production API key after the contract renewal issued a new one; the worker still has
    # the old key, every screening answers 401 and onboarding stops at "pending screening"
    tid = uuid(R)
    t = R.random()
    if t < 0.5:
        return ce(R, "ERROR", fpw(R), "Task kyc.screen_customer[%s] raised unexpected: HTTPError('401 Client Error: Unauthorized for url: %s')\n" % (tid, VERI) +
                  tb([("/app/.venv/lib/python3.12/site-packages/celery/app/trace.py", 453, "trace_task", "R = retval = fun(*args, **kwargs)"),
                      ("/app/kyc/tasks.py", R.randint(60, 80), "screen_customer", "result = veritrace.screen(profile)"),
                      ("/app/kyc/vendors/veritrace.py", R.randint(40, 55), "screen", "resp.raise_for_status()"),
                      ("/app/.venv/lib/python3.12/site-packages/requests/models.py", 1024, "raise_for_status", "raise HTTPError(http_error_msg, response=self)")],
                     "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: %s" % VERI))
    return ce(R, "WARNING", fpw(R), "kyc.screen: customer %s left in PENDING_SCREENING: Veritrace answered 401 {\"error\":\"api_key_revoked\"}" % custk(R))


def k_oom(R):
    # scanned passports uploaded as 40-80 MB multi-page PDFs are rasterised at 300 dpi in memory; the 2 GiB task
    # limit kills the pool process and the verification is lost
    t = R.random()
    pid = R.randint(200, 9000)
    if t < 0.4:
        return ce(R, "ERROR", "MainProcess", "Process '%s' pid:%d exited with 'signal 9 (SIGKILL)'" % (fpw(R), pid))
    if t < 0.8:
        job = R.randint(100, 9000)
        return ce(R, "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')\n" % job +
                  tb([("/app/.venv/lib/python3.12/site-packages/billiard/pool.py", 1265, "mark_as_worker_lost", "raise WorkerLostError(")],
                     "billiard.einfo.ExceptionWithTraceback: \n\"\"\"\nTraceback (most recent call last):\n  File \"/app/.venv/lib/python3.12/site-packages/billiard/pool.py\", line 1265, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d.\n\"\"\"" % job))
    return ce(R, "WARNING", fpw(R), "kyc.verify_document: rasterising %s (%d pages, %.1f MB) at 300 dpi; worker RSS %d MiB of 2048 MiB" % ("doc_%s.pdf" % lower(R, 10), R.randint(12, 60), R.uniform(38, 85), R.randint(1700, 2040)))


def k_s3(R):
    # the nightly refresh of the EU consolidated sanctions list reads from a bucket whose policy now requires the
    # VPC endpoint; the worker goes through NAT and is denied, so screening runs against a list days old
    t = R.random()
    if t < 0.5:
        return ce(R, "ERROR", fpw(R), "Task kyc.refresh_sanctions_list[%s] raised unexpected: ClientError('An error occurred (AccessDenied) when calling the GetObject operation: Access Denied')\n" % uuid(R) +
                  tb([("/app/kyc/tasks.py", R.randint(120, 140), "refresh_sanctions_list", "obj = s3.get_object(Bucket=LIST_BUCKET, Key=key)"),
                      ("/app/.venv/lib/python3.12/site-packages/botocore/client.py", R.choice([1005, 1021]), "_make_api_call", "raise error_class(parsed_response, operation_name)")],
                     "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied"))
    return ce(R, "ERROR", fpw(R), "Sanctions list cache is stale: eu-consolidated version %s loaded %d h ago (max 26 h); last refresh failed with AccessDenied on s3://wm-kyc-lists-%s/eu/consolidated.xml" % ("2030-11-%02d" % R.randint(2, 9), R.randint(27, 200), ACCT))


def k_column(R):
    # release 7.4 was deployed before its migration (source_of_funds_band) ran; every task that saves a check fails
    col = "kyc_checks.source_of_funds_band"
    t = R.random()
    if t < 0.55:
        return ce(R, "ERROR", fpw(R), "Task %s[%s] raised unexpected: UndefinedColumn('column \"source_of_funds_band\" of relation \"kyc_checks\" does not exist\\nLINE 1: ...checks (customer_id, decision, score, source_of_fu...\\n                                                             ^')\n" % (pick(R, ["kyc.screen_customer", "kyc.verify_address"]), uuid(R)) +
                  tb([("/app/kyc/store.py", R.randint(30, 50), "save_check", "cur.execute(INSERT_CHECK, row)"),
                      ("/app/.venv/lib/python3.12/site-packages/psycopg/cursor.py", 732, "execute", "raise ex.with_traceback(None)")],
                     "psycopg.errors.UndefinedColumn: column \"source_of_funds_band\" of relation \"kyc_checks\" does not exist\nLINE 1: ...checks (customer_id, decision, score, source_of_fu...\n                                                             ^"))
    return ce(R, "ERROR", fpw(R), "Check result for customer %s not saved (UndefinedColumn %s); decision lost, customer stays PENDING" % (custk(R), col))


def k_tls(R):
    # Locata moved to a new CA; the image pins certifi 2022.12.7, which lacks the new root, so every address check
    # fails certificate verification
    t = R.random()
    if t < 0.55:
        return ce(R, "ERROR", fpw(R), "Task kyc.verify_address[%s] raised unexpected: SSLError(MaxRetryError(\"HTTPSConnectionPool(host='api.locata.example', port=443): Max retries exceeded with url: /v3/verify (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1000)')))\"))" % uuid(R))
    return ce(R, "WARNING", fpw(R), "kyc.verify_address: customer %s address check not performed (SSLError CERTIFICATE_VERIFY_FAILED to api.locata.example); marked UNVERIFIED" % custk(R))


def kyc_negs():
    def n_recv(R):
        return ce(R, "INFO", "MainProcess", "Task %s[%s] received" % (pick(R, TASKS), uuid(R)))

    def n_ok(R):
        return ce(R, "INFO", fpw(R), "Task %s[%s] succeeded in %.9fs: {'customer': '%s', 'decision': '%s'}" % (pick(R, TASKS[:3]), uuid(R), R.uniform(0.2, 9), custk(R), pick(R, ["clear", "clear", "clear", "refer"])))

    def n_refer(R):
        return ce(R, "WARNING", fpw(R), "kyc.screen: customer %s referred for manual review: possible PEP match (score %.2f, list %s)" % (custk(R), R.uniform(0.7, 0.92), pick(R, ["pep-eu", "pep-de", "adverse-media"])))

    def n_docfail(R):
        return ce(R, "INFO", fpw(R), "kyc.verify_document: customer %s document rejected: %s" % (custk(R), pick(R, ["document expired", "photo unreadable, customer asked to re-upload", "name mismatch with account", "unsupported document type (library card)"])))

    def n_sanction_hit(R):
        return ce(R, "WARNING", fpw(R), "kyc.screen: customer %s account frozen pending compliance: sanctions list match (score %.2f), case %s opened" % (custk(R), R.uniform(0.93, 0.99), "AML-%d" % R.randint(10000, 99999)))

    def n_retry(R):
        return ce(R, "INFO", fpw(R), "Task kyc.screen_customer[%s] retry: Retry in %ds: ReadTimeout(ReadTimeoutError(\"HTTPSConnectionPool(host='api.veritrace.example', port=443): Read timed out. (read timeout=10)\"))" % (uuid(R), pick(R, [10, 20, 40])))

    def n_beat(R):
        return ce(R, "INFO", "MainProcess", "Scheduler: Sending due task %s (%s)" % (pick(R, ["refresh-sanctions-list", "rescreen-active-customers", "purge-expired-uploads"]), pick(R, ["kyc.refresh_sanctions_list", "kyc.rescreen_batch", "kyc.purge_uploads"])))

    def n_refresh_ok(R):
        return ce(R, "INFO", fpw(R), "Sanctions list eu-consolidated refreshed: %d entries (added=%d removed=%d)" % (R.randint(9000, 12000), R.randint(0, 40), R.randint(0, 10)))

    def n_batch(R):
        return ce(R, "INFO", fpw(R), "kyc.rescreen_batch: %d customers rescreened, matches=%d, errors=0" % (R.randint(500, 5000), R.randint(0, 4)))

    def n_start(R):
        return ce(R, "INFO", "MainProcess", pick(R, ["Connected to sqs://localhost//", "mingle: all alone", "celery@ip-10-52-%d-%d.%s.compute.internal ready." % (R.randint(0, 255), R.randint(1, 254), REGION), "Events of group {task} enabled by remote."]))

    def n_warm(R):
        return ce(R, "INFO", "MainProcess", "worker: Warm shutdown (MainProcess)") if R.random() < 0.3 else ce(R, "INFO", "MainProcess", "Received SIGTERM, draining %d active tasks" % R.randint(0, 8))

    def n_retry_warn(R):
        return ce(R, "WARNING", "MainProcess", "/app/.venv/lib/python3.12/site-packages/celery/worker/consumer/consumer.py:508: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine\nwhether broker connection retries are made during startup in Celery 6.0 and above.\nIf you wish to retain the existing behavior for retrying connections on startup,\nyou should set broker_connection_retry_on_startup to True.\n  warnings.warn(")

    def n_underage(R):
        return ce(R, "INFO", fpw(R), "kyc.verify_document: customer %s blocked: date of birth indicates age %d (minimum 18)" % (custk(R), R.randint(15, 17)))

    def n_dup(R):
        return ce(R, "INFO", fpw(R), "kyc.screen_customer: duplicate delivery for customer %s (check %s already DONE), acked" % (custk(R), uuid(R)))

    def n_addr_ok(R):
        return ce(R, "DEBUG", fpw(R), "Locata POST /v3/verify -> 200 in %d ms (match=%s)" % (R.randint(120, 900), pick(R, ["FULL", "FULL", "PARTIAL"])))

    return [n_recv, n_ok, n_refer, n_docfail, n_sanction_hit, n_retry, n_beat, n_refresh_ok, n_batch, n_start, n_warm, n_retry_warn, n_underage, n_dup, n_addr_ok]


def kyc(R):
    return build(R, F2, [("veritrace-api-key-revoked", k_vendor), ("document-raster-oom-sigkill", k_oom),
                         ("sanctions-list-s3-access-denied", k_s3), ("migration-not-run-undefined-column", k_column),
                         ("locata-ca-not-in-certifi", k_tls)], kyc_negs())


FAMILIES = {F1: wallet, F2: kyc}
