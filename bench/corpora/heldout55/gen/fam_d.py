"""Families: televet-janus1-videoroom-coturn-ec2, claimspay-hanami2-dry-logger-stripe-ecs.

"televet" is the telehealth video service: Janus WebRTC Server 1.2 (VideoRoom plugin, WebSocket transport, the
HTTP event handler posting to quillbrook's consult-events service, the recorder for consult recordings) and coturn 4.6
(TURN REST API credentials, `use-auth-secret`) on EC2, shipped by the CloudWatch agent; systemd's lines about the
janus unit come from the journal. Janus with log timestamps `[Wed May 14 09:12:33 2031] [ERR] [file:function:line]
msg` (INFO lines carry no level tag); coturn `1234567: (3120): INFO: session …` (seconds since start); journald short
format `May 14 09:12:33 host unit[pid]: msg`.

"claimspay" is payments and pet-insurance claims (Ruby 3.3, Hanami 2.2, dry-logger, Puma, Sequel/ROM on Aurora
PostgreSQL) on ECS: Stripe PaymentIntents for invoices, Stripe webhooks, claim submission to the insurer
"Maplepaw Pet Insurance" over mutual TLS, EDI 835-style remittance files from the claims clearing house. dry-logger's
template `[claimspay] [LEVEL] [2031-05-14 09:12:33 +0000] msg payload`, Hanami's rack lines
`[claimspay] [INFO] [ts] POST 201 12ms 10.0.3.4 /path 532`; an exception with its backtrace is one event (awslogs
pattern `^(\\[claimspay\\] |Puma starting|- Gracefully)`, so Puma's boot and shutdown banners are one event each)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    ctime_ts, offset_ts, moment, epoch)

# ---------------------------------------------------------------- televet-janus1-videoroom-coturn-ec2
F1 = "televet-janus1-videoroom-coturn-ec2"


def jn(R, lvl, msg, src=None):
    tag = "" if lvl is None else "[%s] " % lvl
    return "[%s] %s%s%s" % (ctime_ts(R), tag, ("[%s] " % src) if src else "", msg)


def h(R):
    return R.randint(1000000000000000, 8999999999999999)


def ct(R, lvl, msg):
    return "%d: (%d): %s: %s" % (R.randint(1000, 2600000), R.randint(3000, 3200), lvl, msg)


def sess(R):
    return "0%02d0000000000%05d" % (R.randint(0, 20), R.randint(0, 99999))


def tuser(R):
    return "%d:owner_%s" % (1935360000 + R.randint(86400, 2400000), lower(R, 10))


def jr(R, msg, host=None):
    m = moment(R)
    return "%s %s %s" % (m.strftime("%b ") + "%2d" % m.day + m.strftime(" %H:%M:%S"), host or pick(R, ["televet-1", "televet-2"]), msg)


def tv_turn(R):
    # coturn's static-auth-secret was rotated on the TURN hosts but the consult API still mints TURN REST credentials
    # with the old secret; owners behind NAT (most home networks) never get a relay and their calls do not connect
    if R.random() < 0.7:
        return ct(R, "INFO", "session %s: realm <turn.%s> user <%s>: incoming packet ALLOCATE processed, error 401: Unauthorized" % (sess(R), DOMAIN, tuser(R)))
    return ct(R, "ERROR", "session %s: check_stun_auth: Cannot find credentials of user <%s>" % (sess(R), tuser(R)))


def tv_rec(R):
    # the EFS mount for /recordings is missing from the new launch template; the recorder cannot create the consult's
    # folder, so consultations are not recorded to the clinical record (a regulatory requirement)
    hh = h(R)
    if R.random() < 0.6:
        return jn(R, "ERR", "Couldn't create directory /recordings/2031/05/%02d/consult-%d, error 2 (No such file or directory)" % (R.randint(2, 28), R.randint(100000, 999999)), "record.c:janus_recorder_create_full:%d" % R.randint(180, 200))
    return jn(R, "ERR", "[%d] Couldn't open video recording file for this publisher..." % hh, "plugins/janus_videoroom.c:janus_videoroom_recorder_create:%d" % R.randint(2200, 2300))


def tv_evh(R):
    # the consult-events API gateway now requires an API key; the Janus HTTP event handler posts without one, all
    # events are refused and consult start/end times are not billed or written to the visit
    if R.random() < 0.7:
        return jn(R, "ERR", "Couldn't relay event to the backend: HTTP error %d (Forbidden), %d events dropped" % (403, R.randint(1, 60)), "events/janus_sampleevh.c:janus_sampleevh_handler:%d" % R.randint(560, 600))
    return jn(R, "WARN", "Event handler queue full (%d events), dropping oldest" % R.randint(1000, 5000), "events/janus_sampleevh.c:janus_sampleevh_handler:%d" % R.randint(520, 540))


def tv_pubs(R):
    # the room template deployed on 2031-05-12 sets publishers = 1 (meant for the webinar rooms); in a consult the
    # vet publishes first and the owner (and any nurse) cannot publish, so the vet sees no pet
    return jn(R, "ERR", "Maximum number of publishers (1) already reached", "plugins/janus_videoroom.c:janus_videoroom_handler:%d" % R.randint(7400, 7600)) if R.random() < 0.65 else \
        jn(R, "WARN", "[%d] Error joining room %d as publisher: 432 (Maximum number of publishers (1) already reached)" % (h(R), R.randint(5000, 9999)), "plugins/janus_videoroom.c:janus_videoroom_handler:%d" % R.randint(7600, 7700))


def tv_segv(R):
    # the unattended upgrade to libnice 0.1.22 crashes Janus on ICE restarts; every crash drops all running consults
    r = R.random()
    if r < 0.4:
        return jr(R, "systemd[1]: janus.service: Main process exited, code=dumped, status=11/SEGV")
    if r < 0.7:
        return jr(R, "systemd[1]: janus.service: Failed with result 'core-dump'.")
    return jr(R, "systemd-coredump[%d]: Process %d (janus) of user 990 dumped core.\n\nStack trace of thread %d:\n#0  0x0000%s nice_agent_restart_stream (libnice.so.10 + 0x%s)\n#1  0x0000%s janus_ice_restart (janus + 0x%s)" % (
        R.randint(10000, 99999), R.randint(1000, 9999), R.randint(1000, 9999), hexs(R, 12), hexs(R, 5), hexs(R, 12), hexs(R, 5)))


def tv_negs():
    def n_janus(R):
        hh = h(R)
        return pick(R, [
            jn(R, None, "[%d] Creating ICE agent (ICE Full mode, controlling)" % hh),
            jn(R, None, "[%d] The DTLS handshake has been completed" % hh),
            jn(R, None, "[janus.plugin.videoroom-%d] WebRTC media is now available" % hh),
            jn(R, None, "Creating new session: %d; %p" .replace("%p", "0x7f%s" % hexs(R, 10)) % hh),
            jn(R, None, "[%d] Hanging up PeerConnection because of a DTLS alert" % hh),
            jn(R, None, "Session %d timed out..." % hh),
            jn(R, None, "[%d] ICE send thread leaving..." % hh),
            jn(R, None, "Configuring room %d (consult, publishers=3, bitrate=512000, record=yes)" % R.randint(5000, 9999)),
            jn(R, None, "[%d] Joined room %d as publisher (%s)" % (hh, R.randint(5000, 9999), pick(R, ["vet", "owner", "nurse"]))),
            jn(R, None, "Recording video to /recordings/2031/05/%02d/consult-%d/%s-video.mjr" % (R.randint(2, 28), R.randint(100000, 999999), lower(R, 8)))])

    def n_jwarn(R):
        hh = h(R)
        return pick(R, [
            jn(R, "WARN", "[%d] ICE failed for component 1 in stream 1, but let's give it some time... (trickle pending, answer received, alert not set)" % hh),
            jn(R, "ERR", "[%d] ... only sent -1 bytes? (was %d)" % (hh, R.randint(60, 1400)), "ice.c:janus_ice_outgoing_traffic_handle:%d" % R.randint(4800, 4900)),
            jn(R, "WARN", "[%d] Missing valid SDP session level ICE credentials, trickle only" % hh),
            jn(R, "ERR", "No such room (%d)" % R.randint(10000, 99999), "plugins/janus_videoroom.c:janus_videoroom_handler:%d" % R.randint(7000, 7100)),
            jn(R, "WARN", "Event handler: %d events relayed, 0 dropped" % R.randint(10, 9000))])

    def n_turn(R):
        return pick(R, [
            ct(R, "INFO", "session %s: realm <turn.%s> user <>: incoming packet ALLOCATE processed, error 401: Unauthorized" % (sess(R), DOMAIN)),
            ct(R, "INFO", "session %s: realm <turn.%s> user <%s>: incoming packet ALLOCATE processed, success" % (sess(R), DOMAIN, tuser(R))),
            ct(R, "INFO", "session %s: realm <turn.%s> user <%s>: incoming packet CREATE_PERMISSION processed, success" % (sess(R), DOMAIN, tuser(R))),
            ct(R, "INFO", "session %s: realm <turn.%s> user <%s>: incoming packet REFRESH processed, success" % (sess(R), DOMAIN, tuser(R))),
            ct(R, "INFO", "session %s: usage: realm=<turn.%s>, username=<%s>, rp=%d, rb=%d, sp=%d, sb=%d" % (sess(R), DOMAIN, tuser(R), R.randint(10, 90000), R.randint(1000, 90000000), R.randint(10, 90000), R.randint(1000, 90000000))),
            ct(R, "INFO", "session %s: closed (2nd stage), user <%s> realm <turn.%s> origin <>, local %s:3478, remote %s:%d, reason: allocation timeout" % (sess(R), tuser(R), DOMAIN, ip10(R, 60), pubip(R), R.randint(30000, 60000))),
            ct(R, "INFO", "session %s: peer %s deleted" % (sess(R), ip10(R, 60))),
            ct(R, "INFO", "session %s: realm <turn.%s> user <>: incoming packet BINDING processed, success" % (sess(R), DOMAIN))])

    def n_sys(R):
        return pick(R, [
            jr(R, "systemd[1]: Started janus.service - Janus WebRTC Server."),
            jr(R, "systemd[1]: Stopping janus.service - Janus WebRTC Server..."),
            jn(R, None, "Janus commit: %s" % hexs(R, 40)),
            jn(R, None, "Loading plugin 'libjanus_videoroom.so'..."),
            jn(R, None, "JANUS VideoRoom plugin initialized!"),
            jn(R, None, "HTTP/Janus sessions watchdog started")])
    return [n_janus, n_janus, n_jwarn, n_turn, n_turn, n_sys]


# ---------------------------------------------------------------- claimspay-hanami2-dry-logger-stripe-ecs
F2 = "claimspay-hanami2-dry-logger-stripe-ecs"


def hl(R, lvl, msg):
    return "[claimspay] [%s] [%s] %s" % (lvl, offset_ts(R), msg)


def rack(R, verb, status, path, ms=None, length=None):
    return hl(R, "INFO", "%s %d %dms %s %s %s" % (verb, status, ms if ms is not None else R.randint(2, 900), ip10(R, 3), path, length if length is not None else R.randint(2, 4000)))


def bt(lines):
    return "\n".join("  " + l for l in lines)


def inv(R):
    return "INV-%d" % R.randint(300000, 999999)


def claim(R):
    return "CLM-2031-%06d" % R.randint(1, 999999)


def cp_perm(R):
    # the restricted Stripe key created for the ECS service was scoped without PaymentIntents write; every invoice
    # payment at the front desk and in the app fails with a permission error, so no payment is taken
    if R.random() < 0.6:
        return hl(R, "ERROR", "Stripe::PermissionError: The provided key 'rk_live_*********************%s' does not have the required permissions for this endpoint on account 'acct_1Q%s'. Having the 'rak_payment_intent_write' permission would allow this request to continue.\n" % (alnum(R, 4), alnum(R, 14)) + bt([
            "/usr/local/bundle/gems/stripe-12.%d.0/lib/stripe/stripe_client.rb:%d:in 'Stripe::StripeClient#handle_error_response'" % (R.randint(0, 6), R.randint(800, 900)),
            "/app/slices/payments/operations/charge_invoice.rb:%d:in 'Payments::Operations::ChargeInvoice#call'" % R.randint(20, 60),
            "/app/slices/payments/actions/invoices/pay.rb:%d:in 'Payments::Actions::Invoices::Pay#handle'" % R.randint(10, 30)]))
    return rack(R, "POST", 502, "/payments/invoices/%s/pay" % inv(R))


def cp_mtls(R):
    # the client certificate for mutual TLS with the insurer expired on 2031-05-09 and was not renewed; every claim
    # submission is refused in the TLS handshake, so no claim reaches the insurer
    if R.random() < 0.6:
        return hl(R, "ERROR", "claim %s submission failed: OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 peeraddr=%s:443 state=error: ssl/tls alert certificate expired {\"insurer\":\"maplepaw\",\"attempt\":%d}" % (claim(R), pubip(R), R.randint(1, 5)))
    return hl(R, "WARN", "claims outbox: %d claims pending submission, oldest %dh (last error: certificate expired)" % (R.randint(10, 400), R.randint(2, 90)))


def cp_835(R):
    # the clearing house added CLP-14 (claim filing indicator detail) to its 835 files; our parser allows 13 elements
    # and rejects the whole file, so insurer payments are not posted to owners' accounts
    f = "ERA_%s_2031%02d%02d.835" % (pick(R, ["MAPLEPAW", "NORTHSTAR", "TRILLIUM"]), 5, R.randint(2, 28))
    if R.random() < 0.6:
        return hl(R, "ERROR", "Claimspay::Edi::ParseError: CLP segment has 14 elements, expected at most 13 (%s, segment %d)\n" % (f, R.randint(10, 900)) + bt([
            "/app/lib/claimspay/edi/remit835.rb:%d:in 'Claimspay::Edi::Remit835#parse_clp'" % R.randint(100, 140),
            "/app/lib/claimspay/edi/remit835.rb:%d:in 'block in Claimspay::Edi::Remit835#each_claim'" % R.randint(60, 90),
            "/app/slices/claims/operations/post_remittance.rb:%d:in 'Claims::Operations::PostRemittance#call'" % R.randint(15, 40)]))
    return hl(R, "ERROR", "remittance file %s rejected: 0 of %d claim payments posted" % (f, R.randint(5, 300)))


def cp_pool(R):
    # DATABASE_URL carries max_connections=4 (from the worker's config) while Puma runs 16 threads per task; under the
    # morning load requests time out waiting for a connection and payments and claims fail with 500
    if R.random() < 0.6:
        return hl(R, "ERROR", "Sequel::PoolTimeout: timeout: 5.0, elapsed: 5.%03d\n" % R.randint(0, 20) + bt([
            "/usr/local/bundle/gems/sequel-5.%d.0/lib/sequel/connection_pool/timed_queue.rb:%d:in 'Sequel::TimedQueueConnectionPool#acquire'" % (R.randint(80, 90), R.randint(240, 270)),
            "/usr/local/bundle/gems/sequel-5.%d.0/lib/sequel/connection_pool/timed_queue.rb:%d:in 'Sequel::TimedQueueConnectionPool#hold'" % (R.randint(80, 90), R.randint(90, 110)),
            "/app/slices/%s" % pick(R, ["claims/repos/claim_repo.rb:%d:in 'Claims::Repos::ClaimRepo#find'" % R.randint(10, 40), "payments/repos/invoice_repo.rb:%d:in 'Payments::Repos::InvoiceRepo#by_number'" % R.randint(10, 40)])]))
    return rack(R, pick(R, ["GET", "POST"]), 500, pick(R, ["/claims/%s" % claim(R), "/payments/invoices/%s" % inv(R), "/claims"]), R.randint(5000, 5100), 21)


def cp_whsec(R):
    # the Stripe webhook endpoint was recreated (new URL) and got a new signing secret; STRIPE_WEBHOOK_SECRET still
    # holds the old endpoint's, so every event fails verification and payments never move to "paid"
    if R.random() < 0.55:
        return hl(R, "ERROR", "Stripe::SignatureVerificationError: No signatures found matching the expected signature for payload {\"event\":\"evt_1Q%s\",\"type\":\"%s\"}" % (alnum(R, 22), pick(R, ["payment_intent.succeeded", "charge.refunded", "payment_intent.payment_failed", "charge.dispute.created"])))
    return rack(R, "POST", 400, "/webhooks/stripe", R.randint(1, 20), 38)


def cp_negs():
    def n_rack(R):
        return pick(R, [
            rack(R, "GET", 200, "/claims/%s" % claim(R)), rack(R, "POST", 201, "/claims"), rack(R, "POST", 200, "/payments/invoices/%s/pay" % inv(R)),
            rack(R, "GET", 200, "/health", R.randint(0, 3), 15), rack(R, "POST", 200, "/webhooks/stripe", R.randint(3, 60), 16), rack(R, "GET", 302, "/claims/%s/eob" % claim(R)),
            rack(R, "GET", 200, "/payments/invoices/%s" % inv(R))])

    def n_biz(R):
        return pick(R, [
            hl(R, "INFO", "invoice %s paid: pi_3Q%s amount=%d.%02d CAD card=**** %s" % (inv(R), alnum(R, 22), R.randint(40, 3000), R.randint(0, 99), digits(R, 4))),
            hl(R, "INFO", "claim %s submitted to maplepaw: policy MP-%s, %d lines, total %d.%02d CAD" % (claim(R), digits(R, 8), R.randint(1, 12), R.randint(80, 9000), R.randint(0, 99))),
            hl(R, "INFO", "remittance file ERA_MAPLEPAW_2031%02d%02d.835 posted: %d claim payments, 0 errors" % (5, R.randint(2, 28), R.randint(1, 300))),
            hl(R, "INFO", "webhook evt_1Q%s payment_intent.succeeded processed for %s" % (alnum(R, 22), inv(R))),
            hl(R, "DEBUG", "claims outbox: 0 pending, failed=0")])

    def n_near(R):
        return pick(R, [
            hl(R, "WARN", "invoice %s: card declined by the owner's bank (card_declined / insufficient_funds), front desk notified" % inv(R)),
            rack(R, "POST", 402, "/payments/invoices/%s/pay" % inv(R)),
            hl(R, "INFO", "claim %s denied by maplepaw: pre-existing condition (code PX12), owner notified" % claim(R)),
            hl(R, "INFO", "claim %s partially paid: %d.%02d CAD, deductible applied" % (claim(R), R.randint(20, 900), R.randint(0, 99))),
            hl(R, "INFO", "webhook evt_1Q%s already processed, skipping (idempotent re-delivery)" % alnum(R, 22)),
            hl(R, "WARN", "maplepaw returned 429 for claim %s, retry 1 of 5 in 2s; retry succeeded" % claim(R)),
            rack(R, "POST", 422, "/claims", R.randint(2, 30), 88),
            rack(R, "GET", 404, pick(R, ["/wp-login.php", "/.env", "/claims/%s" % claim(R)]), R.randint(0, 5), 9),
            hl(R, "WARN", "session expired for staff user %s, redirecting to sign-in" % lower(R, 8)),
            hl(R, "WARN", "Stripe::InvalidRequestError: No such payment_intent: 'pi_3Q%s' (owner reused an old payment link), returning 404" % alnum(R, 22))])

    def n_boot(R):
        return pick(R, [
            "Puma starting in single mode...\n* Puma version: 6.4.%d (ruby 3.3.%d-p0) (\"The Eagle of Durango\")\n*  Min threads: 16\n*  Max threads: 16\n*  Environment: production\n*          PID: 1\n* Listening on http://0.0.0.0:2300\nUse Ctrl-C to stop" % (R.randint(0, 3), R.randint(0, 6)),
            hl(R, "INFO", "Hanami 2.2.%d booted in %dms (slices: payments, claims, remittance)" % (R.randint(0, 1), R.randint(400, 2400))),
            "- Gracefully stopping, waiting for requests to finish\n=== puma shutdown: %s ===\n- Goodbye!" % moment(R).strftime("%Y-%m-%d %H:%M:%S +0000")])
    return [n_rack, n_rack, n_biz, n_biz, n_near, n_near, n_boot]


FAMILIES = {
    F1: lambda R: build(R, F1, [("turn-static-auth-secret-rotated-api-not", tv_turn), ("recordings-efs-mount-missing", tv_rec),
                                ("consult-events-api-key-required-403", tv_evh), ("room-template-publishers-1", tv_pubs),
                                ("janus-segv-libnice-0-1-22-upgrade", tv_segv)], tv_negs()),
    F2: lambda R: build(R, F2, [("stripe-restricted-key-lacks-paymentintent-write", cp_perm), ("maplepaw-mtls-client-cert-expired", cp_mtls),
                                ("remit-835-parser-rejects-clp14", cp_835), ("sequel-pool-4-for-16-puma-threads", cp_pool),
                                ("stripe-webhook-secret-from-old-endpoint", cp_whsec)], cp_negs()),
}
