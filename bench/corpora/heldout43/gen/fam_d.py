"""Families: crewroster-timefold-quarkus-batch, ticketing-py312-structlog-stripe-sqs-ecs.

kestrelway's monthly crew-rostering optimizer is a Quarkus 3 application embedding Timefold Solver, run per crew
base as an AWS Batch job on Fargate (JBoss log manager's default console format `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p
[%c{3.}] (%t) %s%e%n`, exception stacks in the same event). The payments/ticketing worker is Python 3.12 consuming
an SQS queue of paid orders (Stripe payments, e-ticket numbers from the airline's ticket stock, KMS-wrapped vault
tokens), with structlog's ConsoleRenderer (no colours; `timestamp [level    ] event   key=value…`, sorted keys,
tracebacks printed below the line) and a small Stripe-webhook receiver under uvicorn in the same task (uvicorn's
access format)."""
from common import (hexs, alnum, lower, upper, letters_up, digits, uuid, ip10, pick, build, ACCT, REGION, jboss_ts, slog_ts)

# ---------------------------------------------------------------- crewroster-timefold-quarkus-batch
F1 = "crewroster-timefold-quarkus-batch"
BASES = ["SIN", "BKK", "KUL", "SYD", "MNL"]


def qk(R, lvl, cat, msg, th=None):
    return "%s %-5s [%s] (%s) %s" % (jboss_ts(R), lvl, cat, th or pick(R, ["main", "pool-%d-thread-1" % R.randint(2, 8), "executor-thread-%d" % R.randint(1, 8)]), msg)


def prob(R, base=None):
    return "%s-2030-%02d" % (base or pick(R, BASES), R.choice([6, 7]))


def e_infeasible(R):
    # the new A321neo type rating (A32N) was not mapped in the qualifications import, so every A321neo pairing lacks a
    # qualified captain/first officer; SIN and KUL rosters end with hard-constraint violations and are not published
    base = pick(R, ["SIN", "KUL"])
    n = R.randint(18, 64)
    pr = "%s-2030-06" % base
    t = R.random()
    if t < 0.35:
        return qk(R, "INFO", "ai.tim.sol.cor.imp.sol.DefaultSolver", "Solving ended: time spent (%d), best score (-%dhard/-%dsoft), move evaluation speed (%d/sec), phase total (2), environment mode (PHASE_ASSERT), move thread count (NONE)." % (R.randint(1790000, 1800500), n, R.randint(100000, 900000), R.randint(9000, 60000)), "pool-%d-thread-1" % R.randint(2, 8))
    if t < 0.75:
        return qk(R, "ERROR", "com.kes.cre.job.RosterJob", "roster %s infeasible: %d hard violations (requiredTypeRating A32N: %d, minRest: 0)" % (pr, n, n), "main")
    return qk(R, "WARN", "com.kes.cre.pub.RosterPublisher", "roster %s NOT published (hard score -%d); crew control must roster %d A321neo pairings by hand" % (pr, n, n), "main")


def e_npe(R):
    # contract crew loaded from the new agency feed have no home base; the minRestAwayFromBase constraint dereferences it
    return qk(R, "ERROR", "ai.tim.sol.cor.api.sol.SolverManager", "Solving failed for problemId (%s).: java.lang.NullPointerException: Cannot invoke \"com.kestrelway.crew.domain.Base.getCode()\" because the return value of \"com.kestrelway.crew.domain.CrewMember.getHomeBase()\" is null\n"
              "\tat com.kestrelway.crew.solver.RosterConstraintProvider.lambda$minRestAwayFromBase$%d(RosterConstraintProvider.java:%d)\n"
              "\tat ai.timefold.solver.core.impl.score.stream.bavet.common.AbstractJoinNode.insertOutTuple(AbstractJoinNode.java:%d)\n"
              "\tat ai.timefold.solver.core.impl.score.stream.bavet.BavetConstraintSession.calculateScore(BavetConstraintSession.java:%d)\n"
              "\tat ai.timefold.solver.core.impl.solver.DefaultSolver.solve(DefaultSolver.java:%d)" % (prob(R), R.randint(1, 9), R.randint(140, 220), R.randint(60, 120), R.randint(80, 140), R.randint(190, 210)), "pool-%d-thread-1" % R.randint(2, 8))


def e_oom(R):
    # the month-long problem for all bases in one job (entity count ~48k) does not fit the 6 GiB heap of the job definition
    t = R.random()
    if t < 0.6:
        return "Exception in thread \"pool-%d-thread-1\" java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n\tat ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListChangeMoveSelector.iterator(ListChangeMoveSelector.java:%d)\n\tat ai.timefold.solver.core.impl.localsearch.decider.LocalSearchDecider.decideNextStep(LocalSearchDecider.java:%d)" % (R.randint(2, 8), R.randint(90, 130), R.randint(80, 120))
    return qk(R, "ERROR", "com.kes.cre.job.RosterJob", "roster job %s aborted: solver thread died (java.lang.OutOfMemoryError: Java heap space) after %ds, heap -Xmx6g" % (prob(R, "ALL"), R.randint(300, 1700)), "main")


def e_readonly(R):
    # ROSTER_DB_URL was switched to the cluster's reader endpoint in the job definition; publishing the roster fails
    t = R.random()
    if t < 0.35:
        return qk(R, "WARN", "org.hib.eng.jdb.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 25006", "main")
    if t < 0.7:
        return qk(R, "ERROR", "org.hib.eng.jdb.spi.SqlExceptionHelper", "ERROR: cannot execute INSERT in a read-only transaction", "main")
    return qk(R, "ERROR", "com.kes.cre.pub.RosterPublisher", "publishing roster %s failed: org.hibernate.exception.GenericJDBCException: could not execute statement [ERROR: cannot execute INSERT in a read-only transaction] [insert into roster_assignment (crew_id,duty_id,roster_id,id) values (?,?,?,?)]" % prob(R), "main")


def e_s3key(R):
    # the pairing generator writes the July pairings to pairings/v2/; the roster job still reads
    # pairings/<base>/<month>.json.gz, so every July roster run finds nothing
    p = "%s-2030-07" % pick(R, BASES)
    if R.random() < 0.6:
        return qk(R, "ERROR", "com.kes.cre.inp.PairingLoader", "cannot load pairings s3://kw-crew-planning-apse1/pairings/%s.json.gz: software.amazon.awssdk.services.s3.model.NoSuchKeyException: The specified key does not exist. (Service: S3, Status Code: 404, Request ID: %s, Extended Request ID: %s)" % (p.replace("-", "/", 1), upper(R, 16), alnum(R, 56)), "main")
    return qk(R, "ERROR", "com.kes.cre.job.RosterJob", "roster job %s failed: no pairings loaded, exit code 2" % p, "main")


def roster_negs():
    def n_start(R):
        b = pick(R, BASES)
        return qk(R, "INFO", "ai.tim.sol.cor.imp.sol.DefaultSolver", "Solving started: time spent (%d), best score (-%dinit/0hard/0soft), environment mode (PHASE_ASSERT), move thread count (NONE), random (JDK with seed 0)." % (R.randint(20, 400), R.randint(2000, 16000)), "pool-%d-thread-1" % R.randint(2, 8))

    def n_scale(R):
        return qk(R, "INFO", "ai.tim.sol.cor.imp.sol.DefaultSolver", "Problem scale: entity count (%d), variable count (%d), approximate value count (%d), approximate problem scale (%.6f × 10^%d)." % (R.randint(2000, 16000), R.randint(2000, 16000), R.randint(300, 1800), R.uniform(1, 9.9), R.randint(5000, 40000)), "pool-%d-thread-1" % R.randint(2, 8))

    def n_ch(R):
        return qk(R, "INFO", "ai.tim.sol.cor.imp.con.DefaultConstructionHeuristicPhase", "Construction Heuristic phase (0) ended: time spent (%d), best score (-%dhard/-%dsoft), move evaluation speed (%d/sec), step total (%d)." % (R.randint(20000, 200000), R.randint(0, 300), R.randint(100000, 2000000), R.randint(9000, 80000), R.randint(2000, 16000)), "pool-%d-thread-1" % R.randint(2, 8))

    def n_ls(R):
        return qk(R, "INFO", "ai.tim.sol.cor.imp.loc.DefaultLocalSearchPhase", "Local Search phase (1) ended: time spent (%d), best score (0hard/-%dsoft), move evaluation speed (%d/sec), step total (%d)." % (R.randint(1000000, 1800000), R.randint(50000, 900000), R.randint(9000, 80000), R.randint(10000, 900000)), "pool-%d-thread-1" % R.randint(2, 8))

    def n_end(R):
        return qk(R, "INFO", "ai.tim.sol.cor.imp.sol.DefaultSolver", "Solving ended: time spent (%d), best score (0hard/-%dsoft), move evaluation speed (%d/sec), phase total (2), environment mode (PHASE_ASSERT), move thread count (NONE)." % (R.randint(600000, 1800500), R.randint(50000, 900000), R.randint(9000, 60000)), "pool-%d-thread-1" % R.randint(2, 8))

    def n_step(R):
        return qk(R, "DEBUG", "ai.tim.sol.cor.imp.loc.DefaultLocalSearchPhase", "    LS step (%d), time spent (%d), score (0hard/-%dsoft), new best score (0hard/-%dsoft), accepted/selected move count (1/%d), picked move (Duty{%s-%d} {CrewMember{%s} -> CrewMember{%s}})." % (R.randint(1, 900000), R.randint(1000, 1800000), R.randint(50000, 900000), R.randint(50000, 900000), R.randint(1, 40), pick(R, BASES), R.randint(1, 9999), digits(R, 6), digits(R, 6)), "pool-%d-thread-1" % R.randint(2, 8))

    def n_published(R):
        return qk(R, "INFO", "com.kes.cre.pub.RosterPublisher", "roster %s-2030-06 published: %d crew, %d duties, hard=0 soft=-%d, preferences honoured %.1f%%" % (pick(R, ["BKK", "SYD", "MNL"]), R.randint(300, 2400), R.randint(3000, 30000), R.randint(50000, 900000), R.uniform(70, 95)), "main")

    def n_soft(R):
        return qk(R, "WARN", "com.kes.cre.job.RosterJob", "roster %s: %d crew with unmet day-off requests (soft constraint preferredDaysOff)" % (prob(R), R.randint(5, 120)), "main")

    def n_quarkus(R):
        return pick(R, [qk(R, "INFO", "io.quarkus", "crew-roster 4.%d.%d on JVM (powered by Quarkus 3.15.%d) started in %.3fs." % (R.randint(1, 4), R.randint(0, 9), R.randint(1, 4), R.uniform(0.8, 4)), "main"),
                        qk(R, "INFO", "io.quarkus", "Profile prod activated. ", "main"),
                        qk(R, "INFO", "io.quarkus", "Installed features: [agroal, amazon-s3, cdi, hibernate-orm, jdbc-postgresql, narayana-jta, smallrye-context-propagation, timefold-solver]", "main"),
                        qk(R, "INFO", "io.quarkus", "crew-roster stopped in %.3fs" % R.uniform(0.02, 0.5), "main")])

    def n_dialect(R):
        return qk(R, "WARN", "org.hibernate.orm.deprecation", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)", "main")

    def n_config(R):
        return qk(R, "WARN", "io.quarkus.config", "Unrecognized configuration key \"%s\" was provided; it will be ignored; verify that the dependency extension for this configuration is set or that you did not make a typo" % pick(R, ["quarkus.timefold.solver.daemon", "quarkus.log.console.json", "quarkus.http.port"]), "main")

    def n_load(R):
        return qk(R, "INFO", "com.kes.cre.inp.CrewLoader", "loaded %d crew for %s (%d qualifications, %d leave blocks, 0 rejected)" % (R.randint(300, 2400), prob(R), R.randint(1000, 9000), R.randint(20, 400)), "main")

    def n_terminated(R):
        return qk(R, "INFO", "com.kes.cre.job.RosterJob", "roster %s: terminated by unimprovedSpentLimit (PT5M) after %ds, best score unchanged since step %d" % (prob(R), R.randint(600, 1800), R.randint(10000, 900000)), "main")

    def n_agroal(R):
        return qk(R, "WARN", "io.agroal.pool", "Datasource '<default>': JDBC resources leaked: 0 ResultSet(s) and 1 Statement(s)", "main")

    return [n_start, n_scale, n_ch, n_ls, n_end, n_end, n_step, n_step, n_published, n_published, n_soft, n_quarkus, n_quarkus, n_dialect, n_config, n_load,
            n_terminated]


def roster(R):
    return build(R, F1, [("a32n-type-rating-not-imported-infeasible", e_infeasible), ("contract-crew-null-home-base-npe", e_npe),
                         ("all-bases-job-heap-6g-oom", e_oom), ("roster-db-url-reader-endpoint", e_readonly),
                         ("pairings-s3-prefix-moved-v2", e_s3key)], roster_negs())


# ---------------------------------------------------------------- ticketing-py312-structlog-stripe-sqs-ecs
F2 = "ticketing-py312-structlog-stripe-sqs-ecs"


def pnr(R):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def sl(R, lvl, event, **kv):
    body = "%s [%-9s] %-30s" % (slog_ts(R), lvl, event)
    if kv:
        body += " " + " ".join("%s=%s" % (k, kv[k]) for k in sorted(kv))
    return body.rstrip()


def tb(frames, last):
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src in frames:
        out.append("  File \"%s\", line %d, in %s" % (f, n, fn))
        out.append("    " + src)
    out.append(last)
    return "\n".join(out)


def order(R):
    return "ord_%s" % lower(R, 14)


def tkt(R):
    return "629%s" % digits(R, 10)


def e_refund(R):
    # the worker moved to a Stripe restricted key without refund write permission; every refund for cancelled flights fails
    o, p = order(R), pnr(R)
    if R.random() < 0.6:
        return sl(R, "error", "refund failed", order=o, pnr=p, amount="%.2f" % R.uniform(40, 2400), currency=pick(R, ["SGD", "AUD", "USD"])) + "\n" + tb([
            ("/app/ticketing/refunds.py", R.randint(40, 90), "refund_order", "stripe.Refund.create(payment_intent=pi, amount=cents, idempotency_key=key)"),
            ("/usr/local/lib/python3.12/site-packages/stripe/_refund.py", 233, "create", "cls._static_request("),
            ("/usr/local/lib/python3.12/site-packages/stripe/_api_requestor.py", 796, "_interpret_response", "self.handle_error_response(")],
            "stripe._error.PermissionError: Request req_%s: The provided key 'rk_live_*********************************%s' does not have the required permissions for this endpoint on account 'acct_1Kw%s'. Having the 'rak_refund_write' permission would allow this request to continue." % (alnum(R, 14), alnum(R, 4), alnum(R, 13)))
    return sl(R, "warning", "refund parked for manual processing", order=o, pnr=p, reason="stripe_permission_error", queue="refunds-manual")


def e_stock(R):
    # the ticket-stock block 629-43 (100 000 numbers) is used up and the next block was never loaded; paid orders
    # cannot be ticketed
    o, p = order(R), pnr(R)
    if R.random() < 0.55:
        return sl(R, "error", "ticket issuance failed", order=o, pnr=p, pax=R.randint(1, 6)) + "\n" + tb([
            ("/app/ticketing/issue.py", R.randint(60, 110), "issue_tickets", "numbers = stock.allocate(len(order.passengers))"),
            ("/app/ticketing/stock.py", R.randint(30, 60), "allocate", "raise TicketStockExhausted(block.code, block.size)")],
            "ticketing.stock.TicketStockExhausted: no ticket numbers left in stock block 629-43 (size 100000, next block not loaded)")
    return sl(R, "warning", "order paid but not ticketed", order=o, pnr=p, age_min=R.randint(5, 300), ttl_deadline="2030-05-%02dT%02d:00:00Z" % (R.randint(2, 28), R.randint(0, 23)))


def e_kms(R):
    # the vault key was rotated to a new CMK alias; the task role's policy still names the old key, so stored payment
    # methods cannot be unwrapped and saved-card payments fail
    o = order(R)
    return sl(R, "error", "cannot unwrap vault token", order=o, pnr=pnr(R), method="saved_card") + "\n" + tb([
        ("/app/ticketing/vault.py", R.randint(20, 50), "unwrap", "resp = kms.decrypt(CiphertextBlob=blob, KeyId=settings.VAULT_KEY_ARN)"),
        ("/usr/local/lib/python3.12/site-packages/botocore/client.py", 569, "_api_call", "return self._make_api_call(operation_name, kwargs)"),
        ("/usr/local/lib/python3.12/site-packages/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
        "botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the Decrypt operation: User: arn:aws:sts::%s:assumed-role/kw-ticketing-task/%s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:%s:%s:key/%s because no identity-based policy allows the kms:Decrypt action" % (ACCT, hexs(R, 32), REGION, ACCT, uuid(R)))


def e_webhook(R):
    # the Stripe webhook endpoint's signing secret was rolled in the dashboard but not in the task's secret; every
    # event is rejected, so payment_intent.succeeded never reaches ticketing
    if R.random() < 0.55:
        return sl(R, "error", "stripe webhook rejected", event_type=pick(R, ["payment_intent.succeeded", "charge.refunded", "payment_intent.payment_failed"]), remote=ip10(R, 90)) + "\n" + tb([
            ("/app/ticketing/webhooks.py", R.randint(20, 40), "stripe_webhook", "event = stripe.Webhook.construct_event(body, sig, settings.STRIPE_WEBHOOK_SECRET)"),
            ("/usr/local/lib/python3.12/site-packages/stripe/_webhook.py", 28, "construct_event", "WebhookSignature.verify_header(payload, sig_header, secret, tolerance)"),
            ("/usr/local/lib/python3.12/site-packages/stripe/_webhook.py", 88, "verify_header", "raise error.SignatureVerificationError(")],
            "stripe._error.SignatureVerificationError: No signatures found matching the expected signature for payload")
    return "INFO:     %s:%d - \"POST /webhooks/stripe HTTP/1.1\" 400 Bad Request" % (ip10(R, 90), R.randint(30000, 65000))


def e_idem(R):
    # release 7.3 derives the Stripe idempotency key from the PNR alone; a second payment on the same PNR (seat,
    # bag or change fee) reuses the key with other parameters and is refused
    p = pnr(R)
    return sl(R, "error", "ancillary payment failed", pnr=p, product=pick(R, ["seat", "bag", "change_fee", "meal", "lounge"]), amount="%.2f" % R.uniform(12, 400)) + "\n" + tb([
        ("/app/ticketing/payments.py", R.randint(60, 120), "create_intent", "return stripe.PaymentIntent.create(**params, idempotency_key=f\"pay-{order.pnr}\")"),
        ("/usr/local/lib/python3.12/site-packages/stripe/_payment_intent.py", 3471, "create", "cls._static_request("),
        ("/usr/local/lib/python3.12/site-packages/stripe/_api_requestor.py", 796, "_interpret_response", "self.handle_error_response(")],
        "stripe._error.IdempotencyError: Request req_%s: Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'pay-%s' if you meant to execute a different request." % (alnum(R, 14), p))


def ticketing_negs():
    def n_captured(R):
        return sl(R, "info", "payment captured", order=order(R), pnr=pnr(R), amount="%.2f" % R.uniform(60, 4000), currency=pick(R, ["SGD", "AUD", "USD", "THB"]), payment_intent="pi_3Q%s" % alnum(R, 22))

    def n_issued(R):
        return sl(R, "info", "tickets issued", order=order(R), pnr=pnr(R), tickets=",".join(tkt(R) for _ in range(R.randint(1, 3))))

    def n_declined(R):
        return sl(R, "warning", "card declined", order=order(R), pnr=pnr(R), decline_code=pick(R, ["insufficient_funds", "do_not_honor", "expired_card", "incorrect_cvc", "generic_decline"]), error="stripe._error.CardError: Your card was declined.")

    def n_3ds(R):
        return sl(R, "info", "payment requires_action", order=order(R), pnr=pnr(R), next_action="use_stripe_sdk", reason="3ds_required")

    def n_dup(R):
        return sl(R, "info", "order already ticketed, skipping duplicate message", order=order(R), message_id=uuid(R), receive_count=R.randint(2, 3))

    def n_batch(R):
        return sl(R, "info", "sqs batch done", received=R.randint(1, 10), ticketed=R.randint(0, 10), duplicates=R.randint(0, 2), failed=0, took_ms=R.randint(200, 6000))

    def n_retry(R):
        return sl(R, "warning", "stripe request retried", attempt=2, error="APIConnectionError", outcome="succeeded", order=order(R))

    def n_expired(R):
        return sl(R, "info", "offer expired before payment, order cancelled without charge", order=order(R), pnr=pnr(R), offer_age_min=R.randint(31, 120))

    def n_start(R):
        return pick(R, [sl(R, "info", "worker started", queue="https://sqs.%s.amazonaws.com/%s/kw-paid-orders" % (REGION, ACCT), concurrency=R.choice([4, 8]), version="7.3.%d" % R.randint(0, 4)),
                        "INFO:     Started server process [%d]" % R.randint(1, 40), "INFO:     Application startup complete.", "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
                        sl(R, "info", "shutdown requested", signal="SIGTERM", inflight=R.randint(0, 8))])

    def n_access(R):
        return "INFO:     %s:%d - \"%s\" %s" % (ip10(R, 90), R.randint(30000, 65000), pick(R, ["POST /webhooks/stripe HTTP/1.1", "GET /healthz HTTP/1.1"]), "200 OK")

    def n_stale(R):
        # a replayed event outside Stripe's 300 s tolerance (our own replay tool during a test); rejected by design
        return sl(R, "warning", "stripe webhook rejected", reason="Timestamp outside the tolerance zone", remote=ip10(R, 20), event_type="payment_intent.succeeded")

    def n_void(R):
        return sl(R, "info", "payment intent cancelled", order=order(R), payment_intent="pi_3Q%s" % alnum(R, 22), cancellation_reason="abandoned")

    def n_webhook_ok(R):
        return sl(R, "info", "stripe event processed", event_id="evt_3Q%s" % alnum(R, 22), event_type=pick(R, ["payment_intent.succeeded", "charge.succeeded", "payment_intent.created"]), livemode="True")

    def n_debug(R):
        return sl(R, "debug", "sqs receive", wait_seconds=20, max_messages=10, got=R.randint(0, 10), queue="kw-paid-orders")

    return [n_captured, n_captured, n_issued, n_issued, n_declined, n_3ds, n_dup, n_batch, n_retry, n_expired, n_start, n_access, n_access, n_stale,
            n_void, n_webhook_ok, n_debug]


def ticketing(R):
    return build(R, F2, [("stripe-restricted-key-no-refund-write", e_refund), ("ticket-stock-block-exhausted", e_stock),
                         ("vault-kms-key-rotated-policy-stale", e_kms), ("stripe-webhook-secret-rolled", e_webhook),
                         ("idempotency-key-pnr-only", e_idem)], ticketing_negs())


FAMILIES = {F1: roster, F2: ticketing}
