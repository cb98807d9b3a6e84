"""Families: jasmin-smpp-sms-gateway-ecs, ocs-diameter-gy-jdiameter-springboot-ecs.

corvaline's A2P/P2P SMS traffic goes through Jasmin 0.11 (Python/Twisted, RabbitMQ and Redis) on ECS: its
messages.log lines (`2030-09-06 13:04:11 INFO     1 SMS-MT [cid:carrier-a] [queue-msgid:…] …`), the SMPP client
connector lines, the HTTP API, the deliver_sm thrower and the DLR lookup, all written to stdout in Jasmin's default
layout (`%(asctime)s %(levelname)-8s %(process)d %(message)s`) and shipped line by line by the awslogs driver. The
online charging system is an in-house Java 21 Spring Boot 3 service on jDiameter (Gy CCR/CCA with the PGWs/SMFs,
DynamoDB balances, MSK for charging records) on ECS: logback console lines (`2030-09-06 13:04:11,123 ERROR
[DiameterStack-4] c.c.ocs.gy.CreditControlHandler - …`), stack traces kept in the event by the awslogs
datetime-format delimiter."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    plain_ts, py_ts)

# ---------------------------------------------------------------- jasmin-smpp-sms-gateway-ecs
J1 = "jasmin-smpp-sms-gateway-ecs"
CIDS = ["carrier-a", "carrier-b", "aggregator-c"]


def jl(R, lvl, msg):
    return "%s %-8s %d %s" % (plain_ts(R), lvl, R.randint(1, 1), msg)


def msisdn(R):
    return "1%s%s" % (pick(R, ["503", "971", "360", "206", "425"]), digits(R, 7))


def smppid(R):
    return "b'%s'" % hexs(R, 8)


def mt(R, cid, status, dlr="RegisteredDeliveryReceipt.SMSC_DELIVERY_RECEIPT_REQUESTED"):
    return jl(R, "INFO", "SMS-MT [cid:%s] [queue-msgid:%s] [smpp-msgid:%s] [status:CommandStatus.%s] [prio:0] [dlr:%s] [validity:none] [from:b'%s'] [to:b'%s'] [content:b'%s']" % (
        cid, uuid(R), smppid(R), status, dlr, pick(R, ["CORVALINE", "CVL-OTP", "72841", "CVL-ALERT"]), msisdn(R),
        pick(R, ["Your Corvaline code is %s" % digits(R, 6), "Top-up of $%d received. Balance $%d.%02d" % (R.randint(5, 50), R.randint(0, 90), R.randint(0, 99)), "You have used %d%% of your data" % pick(R, [50, 80, 100]), "Welcome to Corvaline! Roaming is %s" % pick(R, ["on", "off"])])))


def j_bind(R):
    # carrier-b rotated the SMPP bind password for system_id corvaline01 at the contract renewal; the connector
    # config in jcli was not updated: the bind is refused and queued MT for carrier-b age out
    t = R.random()
    if t < 0.4:
        return jl(R, "ERROR", "SMPPC [cid:carrier-b] bind_transceiver to smpp.carrier-b.example:2775 failed: CommandStatus.ESME_RINVPASWD; reconnecting in 30 s")
    if t < 0.8:
        return jl(R, "ERROR", "SMPPC [cid:carrier-b] is not bound: Discarding (#%d) SubmitSmPDU[%s], over-aged %d seconds." % (R.randint(1, 3), uuid(R), R.randint(300, 9000)))
    return jl(R, "WARNING", "SMPPC [cid:carrier-b] connector stuck in state BOUND_FAILED since %d min; %d messages waiting in queue submit.sm.carrier-b" % (R.randint(10, 600), R.randint(100, 80000)))


def j_routes(R):
    # the MT routes were added with jcli but never persisted (`persist` not run); after the ECS task was replaced
    # the router starts with only the default route removed: every HTTP API send gets "No route found"
    t = R.random()
    if t < 0.55:
        return jl(R, "ERROR", "Error: No route found for [from:%s] [to:%s] [user:%s]" % (pick(R, ["CORVALINE", "CVL-OTP", "72841"]), msisdn(R), pick(R, ["selfcare", "otp-svc", "billing-notify", "marketing"])))
    if t < 0.8:
        return jl(R, "ERROR", "Throwing 412 (Precondition Failed) to %s for POST /send: No route found" % pick(R, ["10.48.3.21", "10.48.3.22", "10.48.7.40"]))
    return jl(R, "WARNING", "RouterPB loaded 0 MTRoutes and %d MORoutes from /etc/jasmin/store (no persisted MT configuration found)" % R.randint(1, 4))


def j_redis(R):
    # the ElastiCache node's maxmemory-policy is noeviction and nothing expires the DLR maps; once full, the
    # DLR mappings cannot be written and delivery receipts are lost
    t = R.random()
    if t < 0.5:
        return jl(R, "ERROR", "[msgid:%s] Error while persisting DLR map to redis: OOM command not allowed when used memory > 'maxmemory'." % uuid(R))
    if t < 0.8:
        return jl(R, "WARNING", "DLR [cid:%s] [smpp-msgid:%s] got a DLR for an unknown message id (no map in redis); receipt discarded" % (pick(R, CIDS), hexs(R, 8)))
    return jl(R, "ERROR", "redis-client: HSET dlr:%s failed: OOM command not allowed when used memory > 'maxmemory'." % hexs(R, 8))


def j_thrower(R):
    # the self-care app's MO webhook moved from /sms/mo to /api/v2/sms/inbound; the HTTP client connector still
    # posts to the old path: inbound SMS (STOP, balance requests, top-up PINs) are dropped after retries
    t = R.random()
    if t < 0.55:
        return jl(R, "ERROR", "Throwing SMS-MO [msgid:%s] to (cid:selfcare-http, url:https://selfcare.%s/sms/mo) failed: 404 Not Found; retrying (#%d of 3)" % (uuid(R), DOMAIN, R.randint(1, 3)))
    return jl(R, "ERROR", "Giving up on SMS-MO [msgid:%s] from %s to 72841 after 3 retries (last: 404 Not Found); message discarded" % (uuid(R), msisdn(R)))


def j_throttle(R):
    # aggregator-c contracted 50 submit_sm/s but the connector's submit_sm_throughput was raised to 200 for a
    # campaign: the SMSC throttles and messages exhaust their requeue budget
    t = R.random()
    if t < 0.5:
        return jl(R, "ERROR", "SMS-MT [cid:aggregator-c] [queue-msgid:%s] [status:CommandStatus.ESME_RTHROTTLED] requeue limit reached (5 of 5); message rejected" % uuid(R))
    return jl(R, "WARNING", "SMPPC [cid:aggregator-c] %d of the last %d submit_sm_resp were ESME_RTHROTTLED (configured submit_sm_throughput 200/s, SMSC window 50/s)" % (R.randint(200, 5000), R.randint(5000, 9000)))


def jas_negs():
    def n_mt(R):
        return mt(R, pick(R, CIDS), "ESME_ROK")

    def n_mt_nodlr(R):
        return mt(R, pick(R, ["carrier-a", "aggregator-c"]), "ESME_ROK", "RegisteredDeliveryReceipt.NO_SMSC_DELIVERY_RECEIPT_REQUESTED")

    def n_mo(R):
        return jl(R, "INFO", "SMS-MO [cid:%s] [queue-msgid:%s] [status:CommandStatus.ESME_ROK] [prio:0] [validity:none] [from:b'%s'] [to:b'72841'] [content:b'%s']" % (pick(R, CIDS), uuid(R), msisdn(R), pick(R, ["BAL", "STOP", "HELP", "DATA", "TOPUP %s" % digits(R, 12)])))

    def n_dlr(R):
        return jl(R, "INFO", "DLR [cid:%s] [smpp-msgid:%s] [msgid:%s] [state:DELIVRD] [sub:001] [dlvrd:001] [err:000]" % (pick(R, CIDS), hexs(R, 8), uuid(R)))

    def n_undeliv(R):
        return jl(R, "INFO", "DLR [cid:%s] [smpp-msgid:%s] [msgid:%s] [state:%s] [sub:001] [dlvrd:000] [err:%s]" % (pick(R, CIDS), hexs(R, 8), uuid(R), pick(R, ["UNDELIV", "EXPIRED"]), pick(R, ["001", "027", "006", "0DC"])))

    def n_invdst(R):
        return jl(R, "INFO", "SMS-MT [cid:%s] [queue-msgid:%s] [smpp-msgid:None] [status:CommandStatus.ESME_RINVDSTADR] [prio:0] [to:b'%s']" % (pick(R, CIDS), uuid(R), pick(R, ["000000", "1555", digits(R, 4), "44%s" % digits(R, 15)])))

    def n_enquire(R):
        return jl(R, "DEBUG", "SMPPC [cid:%s] enquire_link sent, enquire_link_resp received in %d ms" % (pick(R, ["carrier-a", "aggregator-c"]), R.randint(3, 90)))

    def n_reconnect(R):
        return jl(R, "WARNING", "SMPPC [cid:carrier-a] connection lost (Connection was closed cleanly.); reconnecting in 10 s")

    def n_bound(R):
        return jl(R, "INFO", "SMPPC [cid:%s] Connected to smpp.%s.example:2775, bound as transceiver (system_id corvaline0%d)" % (pick(R, ["carrier-a", "aggregator-c"]), pick(R, ["carrier-a", "aggregator-c"]), R.randint(1, 4)))

    def n_http(R):
        return jl(R, "INFO", "SMS-MT request via HTTP API from user:%s ip:10.48.%d.%d to:%s (queued as %s)" % (pick(R, ["selfcare", "otp-svc", "billing-notify"]), R.randint(3, 7), R.randint(10, 80), msisdn(R), uuid(R)))

    def n_authfail(R):
        return jl(R, "WARNING", "Throwing 403 (Forbidden) to 10.48.%d.%d for POST /send: Authentication failure for username:%s" % (R.randint(3, 7), R.randint(10, 80), pick(R, ["marketing", "test", "admin"])))

    def n_balance(R):
        return jl(R, "INFO", "Credit check: user marketing balance %.2f, rate 0.0075, %s" % (R.uniform(0, 100), pick(R, ["ok", "ok (quota 2300 remaining)"])))

    def n_nocredit(R):
        return jl(R, "WARNING", "Throwing 403 (Forbidden) to 10.48.7.40 for POST /send: Not enough balance (%.4f < 0.0075) for user:marketing" % R.uniform(0, 0.007))

    def n_throw_ok(R):
        return jl(R, "INFO", "Thrown SMS-MO [msgid:%s] to (cid:selfcare-http, url:https://selfcare.%s/api/v2/sms/inbound), got 200 OK" % (uuid(R), DOMAIN))

    def n_start(R):
        return jl(R, "INFO", pick(R, ["Starting Jasmin (0.11.1) ...", "RouterPB started with 0 errors", "SMPPClientManagerPB started, %d connectors loaded" % R.randint(3, 4), "AMQP broker connected (amqp://rabbitmq.int.%s:5672/)" % DOMAIN, "Redis client connected to cvl-dlr.%s.cache.amazonaws.com:6379" % lower(R, 6)]))

    def n_longsms(R):
        return jl(R, "INFO", "Splitting long SMS-MT [queue-msgid:%s] into %d parts (UDH, %s)" % (uuid(R), R.randint(2, 4), pick(R, ["GSM 03.38", "UCS2"])))

    def n_dup(R):
        return jl(R, "INFO", "Duplicate HTTP API request idempotency-key %s from user:otp-svc ignored; returning queued msgid %s" % (hexs(R, 16), uuid(R)))

    def n_stats(R):
        return jl(R, "INFO", "stats [cid:%s] submit_sm_count=%d deliver_sm_count=%d submit_sm_request_count=%d throttling_error_count=0 other_submit_error_count=0" % (pick(R, ["carrier-a", "aggregator-c"]), R.randint(10 ** 4, 10 ** 6), R.randint(10 ** 3, 10 ** 5), R.randint(10 ** 4, 10 ** 6)))

    def n_throttle1(R):
        return jl(R, "INFO", "SMS-MT [cid:carrier-a] [queue-msgid:%s] got ESME_RTHROTTLED, requeued (1 of 5) and delivered on retry" % uuid(R))

    return [n_mt, n_mt_nodlr, n_mo, n_dlr, n_undeliv, n_invdst, n_enquire, n_reconnect, n_bound, n_http, n_authfail,
            n_balance, n_nocredit, n_throw_ok, n_start, n_longsms, n_dup, n_stats, n_throttle1]


def jasmin(R):
    groups = [("carrier-b-bind-password-rotated", j_bind), ("mt-routes-never-persisted-lost-on-restart", j_routes),
              ("dlr-redis-noeviction-maxmemory-full", j_redis), ("selfcare-mo-webhook-path-moved-404", j_thrower),
              ("aggregator-c-throughput-above-contract", j_throttle)]
    return build(R, J1, groups, jas_negs())


# ---------------------------------------------------------------- ocs-diameter-gy-jdiameter-springboot-ecs
D1 = "ocs-diameter-gy-jdiameter-springboot-ecs"


def lb(R, lvl, thread, logger, msg):
    return "%s %-5s [%s] %s - %s" % (py_ts(R), lvl, thread, logger, msg)


def sid(R):
    return "%s.epc.%s;%d;%d" % (pick(R, ["pgw-01", "pgw-02", "smf-01", "smf-02"]), DOMAIN, 1914451200 + R.randint(0, 2400000), R.randint(1, 99999999))


def dthr(R):
    return "DiameterStack-%d" % R.randint(1, 16)


def d_ddb(R):
    # the balances table was switched from on-demand to provisioned 2,000 WCU by a cost review; every CCR-U
    # writes a reservation, so the evening peak is throttled and CCA 5012 is returned (sessions cut)
    t = R.random()
    if t < 0.45:
        return lb(R, "ERROR", dthr(R), "c.c.ocs.balance.DynamoBalanceStore", "reservation write failed for %s\nsoftware.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (Service: DynamoDb, Status Code: 400, Request ID: %s)\n\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n\tat software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.updateItem(DefaultDynamoDbClient.java:%d)\n\tat com.corvaline.ocs.balance.DynamoBalanceStore.reserve(DynamoBalanceStore.java:%d)\n\tat com.corvaline.ocs.gy.CreditControlHandler.onUpdate(CreditControlHandler.java:%d)" % (
            sid(R), upper(R, 52), R.randint(6000, 7000), R.randint(140, 150), R.randint(200, 215)))
    if t < 0.8:
        return lb(R, "ERROR", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-U %s rg=%d -> CCA Result-Code=5012 (DIAMETER_UNABLE_TO_COMPLY): balance store throttled" % (sid(R), pick(R, [10, 20, 30])))
    return lb(R, "WARN", "balance-retry-%d" % R.randint(1, 8), "c.c.ocs.balance.DynamoBalanceStore", "gave up after 3 retries on throughput exceeded (table ocs-balances, consumed %d WCU of 2000)" % R.randint(1990, 2400))


def d_rating(R):
    # the September tariff catalogue was published without the new roaming zone ZONE-LATAM2 even though plans
    # include it: roaming sessions in those countries fail rating (5031) and subscribers lose data
    plmn = pick(R, ["72405", "72410", "71610", "73001", "74807"])
    t = R.random()
    if t < 0.55:
        return lb(R, "ERROR", dthr(R), "c.c.ocs.rating.RatingEngine", "no tariff for rating-group %d in zone ZONE-LATAM2 (visited PLMN %s, plan %s, catalogue 2030.09.02)\ncom.corvaline.ocs.rating.TariffNotFoundException: zone ZONE-LATAM2 not in catalogue 2030.09.02\n\tat com.corvaline.ocs.rating.TariffCatalogue.lookup(TariffCatalogue.java:88)\n\tat com.corvaline.ocs.rating.RatingEngine.rate(RatingEngine.java:%d)" % (pick(R, [10, 20, 30]), plmn, pick(R, ["TRAVEL-PLUS", "UNLIMITED-WORLD", "POSTPAID-60"]), R.randint(110, 130)))
    return lb(R, "ERROR", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-I %s visited=%s -> CCA Result-Code=5031 (DIAMETER_RATING_FAILED)" % (sid(R), plmn))


def d_oom(R):
    # sessions terminated by CCR-T with unknown state are never removed from the in-memory session map; after a
    # few days the 2 GiB heap fills and the task dies
    t = R.random()
    if t < 0.45:
        return lb(R, "ERROR", dthr(R), "o.j.c.i.c.PeerImpl", "Unexpected error in message processing\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.HashMap.resize(HashMap.java:710)\n\tat java.base/java.util.concurrent.ConcurrentHashMap.putVal(ConcurrentHashMap.java:1075)\n\tat com.corvaline.ocs.session.SessionRegistry.track(SessionRegistry.java:%d)" % R.randint(60, 70))
    if t < 0.75:
        return lb(R, "WARN", "main", "c.c.ocs.health.HeapWatch", "heap usage %d%% after full GC (%d MiB of 2048 MiB), session map size %d" % (R.randint(95, 99), R.randint(1950, 2040), R.randint(2_000_000, 9_000_000)))
    return "Terminating due to java.lang.OutOfMemoryError: Java heap space"


def d_msk(R):
    # the MSK SCRAM secret for the ocs-cdr user was rotated and the service caches the old JAAS config: charging
    # records cannot be published and are spooled to the task's ephemeral disk (lost on task replacement)
    t = R.random()
    if t < 0.5:
        return lb(R, "ERROR", "kafka-producer-network-thread | ocs-cdr", "o.a.k.c.NetworkClient", "[Producer clientId=ocs-cdr] Connection to node -%d (b-%d.cvl-msk.%s.c%d.kafka.%s.amazonaws.com/10.49.%d.%d:9096) failed authentication due to: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512" % (R.randint(1, 3), R.randint(1, 3), lower(R, 6), R.randint(2, 9), REGION, R.randint(0, 2), R.randint(4, 250)))
    return lb(R, "ERROR", "cdr-publisher-%d" % R.randint(1, 4), "c.c.ocs.cdr.CdrPublisher", "publish of charging record for %s failed (SaslAuthenticationException); spooled to /tmp/cdr-spool (%d records pending)" % (sid(R), R.randint(100, 900000)))


def d_peer(R):
    # the new PGW pair pgw-03/pgw-04 use Origin-Realm epc2.corvaline.example, which is not in the OCS realm
    # table: their CER is refused and their subscribers' data sessions fall back to the PGW's fail-handling
    t = R.random()
    host = pick(R, ["pgw-03", "pgw-04"])
    if t < 0.55:
        return lb(R, "ERROR", "PeerFSM-%d" % R.randint(1, 8), "o.j.s.i.MutablePeerTableImpl", "Rejecting CER from %s.epc2.%s (10.44.%d.%d): realm epc2.%s is not in the realm table; CEA Result-Code=3010 (DIAMETER_UNKNOWN_PEER)" % (host, DOMAIN, R.randint(64, 79), R.randint(4, 250), DOMAIN))
    return lb(R, "WARN", "PeerFSM-%d" % R.randint(1, 8), "o.j.c.i.c.PeerImpl", "Peer %s.epc2.%s closed the connection after CER rejection (%d attempts in the last hour)" % (host, DOMAIN, R.randint(10, 400)))


def ocs_negs():
    def n_ccri(R):
        return lb(R, "INFO", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-I %s msisdn=1%s rg=%d granted=%d bytes -> CCA Result-Code=2001" % (sid(R), digits(R, 10), pick(R, [10, 20, 30]), pick(R, [10485760, 52428800, 104857600])))

    def n_ccru(R):
        return lb(R, "INFO", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-U %s rg=%d used=%d granted=%d -> CCA Result-Code=2001" % (sid(R), pick(R, [10, 20, 30]), R.randint(10 ** 6, 10 ** 8), pick(R, [10485760, 52428800])))

    def n_ccrt(R):
        return lb(R, "INFO", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-T %s used=%d cause=%s -> CCA Result-Code=2001" % (sid(R), R.randint(10 ** 5, 10 ** 9), pick(R, ["DIAMETER_LOGOUT", "SERVICE_TERMINATED", "IDLE_TIMEOUT"])))

    def n_credit(R):
        return lb(R, "INFO", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-%s %s balance exhausted (plan %s) -> CCA Result-Code=4012 (DIAMETER_CREDIT_LIMIT_REACHED), redirect to top-up portal" % (pick(R, ["I", "U"]), sid(R), pick(R, ["PREPAID-LITE", "PREPAID-15", "KIDS"])))

    def n_roamdeny(R):
        return lb(R, "INFO", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-I %s visited=%s plan %s has no roaming -> CCA Result-Code=4010 (DIAMETER_END_USER_SERVICE_DENIED)" % (sid(R), pick(R, ["23415", "26201", "20801", "72405"]), pick(R, ["PREPAID-LITE", "DATA-5"])))

    def n_unknown(R):
        return lb(R, "WARN", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-I %s subscriber 1%s not found (terminated %d days ago) -> CCA Result-Code=5030 (DIAMETER_USER_UNKNOWN)" % (sid(R), digits(R, 10), R.randint(1, 90)))

    def n_dup(R):
        return lb(R, "WARN", dthr(R), "c.c.ocs.gy.CreditControlHandler", "duplicate CCR-U %s CC-Request-Number=%d (T-flag set), answering from cache" % (sid(R), R.randint(1, 40)))

    def n_dwr(R):
        return lb(R, "DEBUG", "PeerFSM-%d" % R.randint(1, 8), "o.j.c.i.c.PeerImpl", "DWR received from %s.epc.%s, DWA sent (Result-Code=2001)" % (pick(R, ["pgw-01", "pgw-02", "smf-01", "smf-02"]), DOMAIN))

    def n_peerok(R):
        return lb(R, "INFO", "PeerFSM-%d" % R.randint(1, 8), "o.j.c.i.c.PeerImpl", "Peer %s.epc.%s state changed OKAY (CER/CEA Result-Code=2001, apps Gy 4)" % (pick(R, ["pgw-01", "pgw-02", "smf-01", "smf-02"]), DOMAIN))

    def n_boot(R):
        return lb(R, "INFO", "main", pick(R, ["c.c.ocs.OcsApplication", "o.s.b.w.e.netty.NettyWebServer", "c.z.h.HikariDataSource", "o.j.s.i.StackImpl"]), pick(R, ["Started OcsApplication in %.3f seconds (process running for %.3f)" % (R.uniform(5, 15), R.uniform(6, 16)), "Netty started on port 8080 (http)", "HikariPool-1 - Start completed.", "Diameter stack started: realm %s, host ocs-%d.%s, port 3868" % (DOMAIN, R.randint(1, 3), DOMAIN)]))

    def n_cdrok(R):
        return lb(R, "INFO", "cdr-publisher-%d" % R.randint(1, 4), "c.c.ocs.cdr.CdrPublisher", "published %d charging records to ocs-cdr-v2 (failed=0, spool=0)" % R.randint(100, 9000))

    def n_retry(R):
        return lb(R, "WARN", "balance-retry-%d" % R.randint(1, 8), "c.c.ocs.balance.DynamoBalanceStore", "conditional check failed on reservation %s (concurrent CCR-U), retried 1 time, ok" % uuid(R))

    def n_metrics(R):
        return lb(R, "INFO", "metrics-1", "c.c.ocs.metrics.GyStats", "gy: ccr_i=%d ccr_u=%d ccr_t=%d cca_2001=%d cca_4012=%d cca_5xxx=0 p99_ms=%d" % tuple([R.randint(100, 9000) for _ in range(5)] + [R.randint(4, 40)]))

    def n_badavp(R):
        return lb(R, "WARN", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-U %s missing Used-Service-Unit for rg=%d, treated as 0 (PGW quirk)" % (sid(R), pick(R, [10, 20, 30])))

    def n_reauth(R):
        return lb(R, "INFO", dthr(R), "c.c.ocs.gy.ReAuthSender", "RAR sent for %s after top-up, RAA Result-Code=2001" % sid(R))

    def n_jdwarn(R):
        return lb(R, "WARN", "main", "o.j.c.i.c.c.XMLConfiguration", "Parameter 'UseUriAsFqdn' not set, using default false")

    def n_gc(R):
        return lb(R, "DEBUG", "main", "c.c.ocs.health.HeapWatch", "heap usage %d%% (%d MiB of 2048 MiB), session map size %d" % (R.randint(20, 60), R.randint(400, 1200), R.randint(20000, 300000)))

    def n_tx(R):
        return lb(R, "WARN", dthr(R), "c.c.ocs.gy.CreditControlHandler", "CCR-T for unknown session %s (already terminated), answered 2001" % sid(R))

    return [n_ccri, n_ccru, n_ccrt, n_credit, n_roamdeny, n_unknown, n_dup, n_dwr, n_peerok, n_boot, n_cdrok, n_retry,
            n_metrics, n_badavp, n_reauth, n_jdwarn, n_gc, n_tx]


def ocs(R):
    groups = [("balances-table-provisioned-2000-wcu-throttled", d_ddb), ("tariff-catalogue-missing-zone-latam2", d_rating),
              ("session-map-leak-heap-oom", d_oom), ("msk-scram-secret-rotated-cached-jaas", d_msk),
              ("epc2-realm-missing-cer-rejected", d_peer)]
    return build(R, D1, groups, ocs_negs())


FAMILIES = {J1: jasmin, D1: ocs}
