"""Families: quickfixj-fix44-lp-gateway-logback, rust-matching-engine-tracing-ecs.

saltmarsh's FIX gateway (QuickFIX/J 2.3 on ECS Fargate) connects as initiator to two liquidity providers (NORTHQUAY,
BRACKENFX), accepts institutional clients, and keeps a drop-copy session to its clearing agent. QuickFIX/J's SLF4JLog
writes to the categories quickfixj.event / quickfixj.errorEvent / quickfixj.msg.incoming / quickfixj.msg.outgoing with
the session id prepended; logback prints `%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger - %msg` to stdout
(awslogs), FIX fields separated by the raw SOH character. Application classes (com.saltmarsh.fix.*) share the
appender; their stack traces stay with the record (awslogs multiline pattern on the date).
The matching engine is Rust (tokio + tracing-subscriber fmt, ANSI off, spans shown): `2030-03-05T13:04:11.123456Z  INFO
span{field=..}: target: message key=value`; the awslogs multiline pattern `^(\\d{4}-\\d{2}-\\d{2}T|thread ')` keeps a
panic's lines together."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    logback_ts, rust_ts)

S = "\x01"

# ---------------------------------------------------------------- quickfixj-fix44-lp-gateway-logback
F1 = "quickfixj-fix44-lp-gateway-logback"
LPS = ["NORTHQUAY", "BRACKENFX"]
CLIENTS = ["HALEWOOD", "ORMSBYCAP", "KESTRELAM", "TIDEMILL", "VANTAGE7"]
SYMS = ["BTC/GBP", "ETH/GBP", "BTC/EUR", "ETH/EUR", "SOL/GBP", "BTC/USD", "USDC/GBP"]


def sid(R, tgt=None, init=True):
    tgt = tgt or pick(R, LPS)
    return "FIX.4.4:SALTMARSH->%s" % tgt if init else "FIX.4.4:SMX->%s" % tgt


def qlog(R, lvl, cat, session, msg, thread=None):
    thread = thread or pick(R, ["QFJ Message Processor", "QFJ Timer", "NioProcessor-%d" % R.randint(1, 4), "SocketConnectorIoProcessor-1.0"])
    return "%s %-5s [%s] %s - %s: %s" % (logback_ts(R), lvl, thread, cat, session, msg)


def ftime(R):
    return "203003%02d-%02d:%02d:%02d.%03d" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def fix(R, mt, snd, tgt, seq, body):
    b = "35=%s%s34=%d%s49=%s%s52=%s%s56=%s%s%s" % (mt, S, seq, S, snd, S, ftime(R), S, tgt, S, body)
    return "8=FIX.4.4%s9=%d%s%s10=%03d%s" % (S, len(b), S, b, R.randint(0, 255), S)


def seq(R):
    return R.randint(2, 48000)


def clord(R):
    return "SMX-%s-%06d" % (upper(R, 4), R.randint(1, 999999))


def f_pw(R):
    # NORTHQUAY rotated the logon password on 2030-03-10; the gateway still sends the old 554 value
    t = R.random()
    s = sid(R, "NORTHQUAY")
    if t < 0.45:
        return qlog(R, "INFO", "quickfixj.msg.incoming", s, fix(R, "5", "NORTHQUAY", "SALTMARSH", R.randint(1, 3), "58=Logon rejected: invalid Username/Password (553/554)%s" % S), "NioProcessor-%d" % R.randint(1, 4))
    if t < 0.75:
        return qlog(R, "ERROR", "quickfixj.errorEvent", s, "Disconnecting: Logon rejected by counterparty (Text=Logon rejected: invalid Username/Password (553/554)), reconnect in %d s" % pick(R, [5, 30, 60]))
    return "%s WARN  [lp-health] com.saltmarsh.fix.lp.LiquidityMonitor - NORTHQUAY not logged on for %d s; RFQ routing degraded to BRACKENFX only (%d RFQs unfilled)" % (logback_ts(R), R.randint(300, 7200), R.randint(3, 400))


def f_seq(R):
    # the FileStore path moved to the container's ephemeral storage in 4.2: each redeploy restarts outgoing
    # MsgSeqNum at 1, the drop-copy counterparty refuses the session and fills stop reaching the clearing agent
    t = R.random()
    s = sid(R, "CLEARSTONE")
    exp = R.randint(2000, 90000)
    if t < 0.4:
        return qlog(R, "INFO", "quickfixj.msg.incoming", s, fix(R, "5", "CLEARSTONE", "SALTMARSH", exp, "58=MsgSeqNum too low, expecting %d but received 1%s" % (exp, S)), "NioProcessor-%d" % R.randint(1, 4))
    if t < 0.7:
        return qlog(R, "ERROR", "quickfixj.errorEvent", s, "Disconnecting: Logout received: MsgSeqNum too low, expecting %d but received 1" % exp)
    return "%s WARN  [dropcopy-forwarder] com.saltmarsh.fix.dropcopy.DropCopyForwarder - %d executions pending forward to CLEARSTONE (oldest %d s), session not logged on" % (logback_ts(R), R.randint(20, 9000), R.randint(120, 9000))


def f_npe(R):
    # 4.2 reads LastLiquidityInd (851) unconditionally; BRACKENFX omits it on RFQ fills, so these fills are not booked
    e = "%s ERROR [QFJ Message Processor] com.saltmarsh.fix.exec.ExecReportHandler - failed to book ExecutionReport ExecID=%s ClOrdID=%s from BRACKENFX\n" % (logback_ts(R), "BFX%s" % digits(R, 12), clord(R))
    e += "java.lang.NullPointerException: Cannot invoke \"quickfix.field.LastLiquidityInd.getValue()\" because the return value of \"com.saltmarsh.fix.exec.Fills.liquidity(quickfix.fix44.ExecutionReport)\" is null\n"
    e += "\tat com.saltmarsh.fix.exec.ExecReportHandler.toFill(ExecReportHandler.java:%d)\n" % R.randint(140, 150)
    e += "\tat com.saltmarsh.fix.exec.ExecReportHandler.onMessage(ExecReportHandler.java:88)\n"
    e += "\tat quickfix.fix44.MessageCracker.crack(MessageCracker.java:%d)\n" % 1000
    e += "\tat com.saltmarsh.fix.GatewayApplication.fromApp(GatewayApplication.java:61)\n"
    e += "\tat quickfix.Session.fromCallback(Session.java:1981)\n\tat quickfix.Session.verify(Session.java:2067)\n\t... 12 common frames omitted"
    return e


def f_ssl(R):
    # the clearing agent's new intermediate CA is not in the gateway truststore: drop-copy session 2 cannot connect
    t = R.random()
    s = sid(R, "CLEARSTONE2")
    if t < 0.6:
        return qlog(R, "ERROR", "quickfixj.errorEvent", s, "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target during connection to dropcopy.clearstone.example/%s:%d (Next retry in %d milliseconds)" % (pubip(R), 9443, pick(R, [5000, 30000])), "SocketConnectorIoProcessor-1.0")
    return qlog(R, "INFO", "quickfixj.event", s, "Disconnecting: Socket exception (/%s:%d --> dropcopy.clearstone.example/%s:9443): javax.net.ssl.SSLHandshakeException: PKIX path building failed" % (ip10(R, 50), R.randint(30000, 65000), pubip(R)), "NioProcessor-%d" % R.randint(1, 4))


def f_dict(R):
    # NORTHQUAY added custom tag 7831 (QuoteTier) to MarketDataSnapshotFullRefresh; our dictionary lacks it and
    # ValidateUserDefinedFields=Y, so every snapshot is rejected and the LP's prices never reach the book
    s = sid(R, "NORTHQUAY")
    n = seq(R)
    if R.random() < 0.55:
        return qlog(R, "ERROR", "quickfixj.errorEvent", s, "Message %d Rejected: Tag not defined for this message type:7831" % n)
    return qlog(R, "INFO", "quickfixj.msg.outgoing", s, fix(R, "3", "SALTMARSH", "NORTHQUAY", seq(R), "45=%d%s58=Tag not defined for this message type%s371=7831%s372=W%s373=2%s" % (n, S, S, S, S, S)))


def fix_negs():
    def n_hb(R):
        lp = pick(R, LPS + ["CLEARSTONE"])
        if R.random() < 0.5:
            return qlog(R, "INFO", "quickfixj.msg.outgoing", sid(R, lp), fix(R, "0", "SALTMARSH", lp, seq(R), ""))
        return qlog(R, "INFO", "quickfixj.msg.incoming", sid(R, lp), fix(R, "0", lp, "SALTMARSH", seq(R), ""))

    def n_logon(R):
        lp = pick(R, ["BRACKENFX", "CLEARSTONE"])
        return qlog(R, "INFO", "quickfixj.event", sid(R, lp), pick(R, ["Initiated logon request", "Received logon", "Logon contains ResetSeqNumFlag=N", "Created session: %s" % sid(R, lp)]))

    def n_sched(R):
        return qlog(R, "INFO", "quickfixj.event", sid(R), "Session %s schedule is daily, 22:05:00-UTC - 22:00:00-UTC" % sid(R))

    def n_nos(R):
        c = pick(R, CLIENTS)
        return qlog(R, "INFO", "quickfixj.msg.incoming", sid(R, c, False), fix(R, "D", c, "SMX", seq(R), "11=%s%s55=%s%s54=%d%s38=%.4f%s40=2%s44=%.2f%s59=%d%s60=%s%s" % (clord(R), S, pick(R, SYMS), S, R.randint(1, 2), S, R.uniform(0.01, 40), S, S, R.uniform(1000, 90000), S, pick(R, [0, 1, 3]), S, ftime(R), S)))

    def n_er(R):
        c = pick(R, CLIENTS)
        px = R.uniform(1000, 90000)
        return qlog(R, "INFO", "quickfixj.msg.outgoing", sid(R, c, False), fix(R, "8", "SMX", c, seq(R), "37=%s%s11=%s%s17=%s%s150=F%s39=%d%s55=%s%s54=1%s32=%.4f%s31=%.2f%s151=%.4f%s14=%.4f%s6=%.2f%s" % (
            digits(R, 12), S, clord(R), S, uuid(R), S, S, pick(R, [1, 2]), S, pick(R, SYMS), S, S, R.uniform(0.01, 5), S, px, S, R.uniform(0, 5), S, R.uniform(0.01, 5), S, px, S)))

    def n_rej(R):
        c = pick(R, CLIENTS)
        return qlog(R, "INFO", "quickfixj.msg.outgoing", sid(R, c, False), fix(R, "8", "SMX", c, seq(R), "37=NONE%s11=%s%s17=%s%s150=8%s39=8%s55=%s%s103=%d%s58=%s%s" % (
            S, clord(R), S, uuid(R), S, S, S, pick(R, SYMS), S, pick(R, [3, 99, 6, 13]), S, pick(R, ["insufficient available balance", "price outside band (limit %d bps from mid)" % pick(R, [300, 500]), "order qty below minimum 0.0001", "duplicate ClOrdID", "market closed for maintenance"]), S)))

    def n_bmr(R):
        c = pick(R, CLIENTS)
        n = seq(R)
        return qlog(R, "INFO", "quickfixj.msg.outgoing", sid(R, c, False), fix(R, "3", "SMX", c, seq(R), "45=%d%s58=Value is incorrect (out of range) for this tag%s371=%d%s372=D%s373=5%s" % (n, S, S, pick(R, [54, 40, 59]), S, S, S)))

    def n_reject_evt(R):
        c = pick(R, CLIENTS)
        return qlog(R, "ERROR", "quickfixj.errorEvent", sid(R, c, False), "Message %d Rejected: Value is incorrect (out of range) for this tag:%d" % (seq(R), pick(R, [54, 40, 59])))

    def n_resend(R):
        lp = pick(R, LPS)
        a = seq(R)
        return qlog(R, "INFO", "quickfixj.event", sid(R, lp), pick(R, ["Sent ResendRequest FROM: %d TO: 0" % a, "Received SequenceReset FROM: %d TO: %d" % (a, a + R.randint(1, 40)), "ResendRequest for messages FROM %d TO %d has been satisfied." % (a, a + R.randint(1, 40))]))

    def n_md(R):
        lp = pick(R, ["BRACKENFX"])
        return qlog(R, "DEBUG", "quickfixj.msg.incoming", sid(R, lp), fix(R, "W", lp, "SALTMARSH", seq(R), "262=%s%s55=%s%s268=2%s269=0%s270=%.2f%s271=%.3f%s269=1%s270=%.2f%s271=%.3f%s" % (
            lower(R, 10), S, pick(R, SYMS), S, S, S, R.uniform(1000, 90000), S, R.uniform(0.1, 20), S, S, R.uniform(1000, 90000), S, R.uniform(0.1, 20), S)))

    def n_route(R):
        return "%s INFO  [rfq-router-%d] com.saltmarsh.fix.rfq.RfqRouter - RFQ %s %s %.4f routed to %s, quote %s in %d ms" % (logback_ts(R), R.randint(1, 8), lower(R, 12), pick(R, SYMS), R.uniform(0.5, 50), pick(R, LPS), lower(R, 10), R.randint(3, 180))

    def n_disc(R):
        c = pick(R, CLIENTS)
        return qlog(R, "INFO", "quickfixj.event", sid(R, c, False), pick(R, ["Disconnecting: Remote peer closed connection", "Received logout request", "Sent logout response", "Session end time reached, disconnecting"]))

    def n_test(R):
        lp = pick(R, LPS)
        return qlog(R, "INFO", "quickfixj.msg.outgoing", sid(R, lp), fix(R, "1", "SALTMARSH", lp, seq(R), "112=TEST%s" % S))

    def n_stats(R):
        return "%s INFO  [stats] com.saltmarsh.fix.GatewayStats - sessions=%d/%d loggedOn orders=%d fills=%d rejects=%d errors=0 p99_ack_ms=%.1f" % (logback_ts(R), R.randint(6, 8), 8, R.randint(100, 9000), R.randint(50, 6000), R.randint(0, 40), R.uniform(0.4, 6))

    def n_dupe(R):
        return "%s INFO  [QFJ Message Processor] com.saltmarsh.fix.exec.ExecReportHandler - PossDupFlag=Y ExecID=%s already booked, ignored" % (logback_ts(R), "BFX%s" % digits(R, 12))

    def n_cxl(R):
        c = pick(R, CLIENTS)
        return qlog(R, "INFO", "quickfixj.msg.outgoing", sid(R, c, False), fix(R, "9", "SMX", c, seq(R), "37=%s%s11=%s%s41=%s%s39=8%s102=1%s434=1%s58=Unknown order%s" % (digits(R, 12), S, clord(R), S, clord(R), S, S, S, S, S)))

    def n_start(R):
        return "%s INFO  [main] com.saltmarsh.fix.GatewayApplication - %s" % (logback_ts(R), pick(R, ["Started GatewayApplication in %.3f seconds (process running for %.3f)" % (R.uniform(3, 9), R.uniform(4, 10)), "SocketInitiator started with %d sessions" % R.randint(3, 4), "SocketAcceptor listening on 0.0.0.0:%d (%d sessions)" % (pick(R, [9876, 9877]), len(CLIENTS))]))

    return [n_hb, n_logon, n_sched, n_nos, n_er, n_rej, n_bmr, n_reject_evt, n_resend, n_md, n_route, n_disc, n_test,
            n_stats, n_dupe, n_cxl, n_start]


def fam_fix(R):
    return build(R, F1, [("northquay-logon-password-rotated", f_pw), ("dropcopy-seqnum-store-ephemeral", f_seq),
                         ("lastliquidityind-npe-fills-unbooked", f_npe), ("clearstone2-truststore-missing-ca", f_ssl, 10),
                         ("northquay-md-tag-7831-undefined", f_dict)], fix_negs())


# ---------------------------------------------------------------- rust-matching-engine-tracing-ecs
F2 = "rust-matching-engine-tracing-ecs"
MKTS = ["BTC-GBP", "ETH-GBP", "BTC-EUR", "ETH-EUR", "SOL-GBP", "USDC-GBP", "XRP-GBP", "ADA-GBP"]


def rl(R, lvl, span, target, msg):
    return "%s %5s %s%s: %s" % (rust_ts(R), lvl, span + ": " if span else "", target, msg)


def mspan(R, m=None):
    return "matcher{market=%s}" % (m or pick(R, MKTS))


def oid(R):
    return "%d" % R.randint(10 ** 17, 10 ** 18)


def r_journal(R):
    # the order journal EBS volume (gp3, 500 GiB) filled after log compaction was disabled in 7.3: the engine
    # halts order intake
    t = R.random()
    if t < 0.45:
        return rl(R, "ERROR", mspan(R), "saltmarsh_me::journal", "append failed seq=%d bytes=%d error=No space left on device (os error 28)" % (R.randint(10 ** 9, 10 ** 10), R.randint(120, 900)))
    if t < 0.8:
        return rl(R, "WARN", "gateway{conn=%d}" % R.randint(1, 400), "saltmarsh_me::gateway", "rejecting new order: journal unavailable order_id=%s market=%s reason=ENGINE_HALTED" % (oid(R), pick(R, MKTS)))
    return rl(R, "ERROR", "", "saltmarsh_me::supervisor", "journal writer stopped, markets halted=%d last_seq=%d error=No space left on device (os error 28)" % (len(MKTS), R.randint(10 ** 9, 10 ** 10)))


def r_kafka(R):
    # the MSK SCRAM secret was rotated; the engine reads it only at start: trades are not published to settlement
    t = R.random()
    b = R.randint(1, 3)
    if t < 0.5:
        return rl(R, "ERROR", "", "rdkafka::client", "librdkafka: FAIL [thrd:sasl_ssl://b-%d.smx-trades.x81kqe.c2.kafka.%s.amazonaws.com:9096/%d]: sasl_ssl://b-%d.smx-trades.x81kqe.c2.kafka.%s.amazonaws.com:9096/%d: SASL authentication error: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 (after %dms in state AUTH_REQ, %d identical error(s) suppressed)" % (b, REGION, b, b, REGION, b, R.randint(10, 90), R.randint(1, 40)))
    return rl(R, "ERROR", "publisher{topic=trades.v3}", "saltmarsh_me::publish", "delivery failed trade_id=%s market=%s error=KafkaError (Message production error: MessageTimedOut (Local: Message timed out)) outbox_depth=%d" % (oid(R), pick(R, MKTS), R.randint(100, 90000)))


def r_panic(R):
    # listing PEPE-GBP with price_scale=12 overflows the u64 notional (price * qty) in the level aggregator: the
    # market's matcher task panics on the first crossing order
    t = R.random()
    if t < 0.55:
        return "thread 'matcher-PEPE-GBP' panicked at crates/book/src/level.rs:%d:%d:\nattempt to multiply with overflow\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % (pick(R, [212, 214]), R.randint(9, 31))
    return rl(R, "ERROR", "", "saltmarsh_me::supervisor", "matcher task exited market=PEPE-GBP restarts=%d error=task %d panicked" % (R.randint(1, 60), R.randint(10, 999)))


def r_risk(R):
    # Cloud Map namespace renamed to risk.svc.smx.internal; the engine still resolves risk.smx.internal: every
    # pre-trade check fails closed and orders are rejected
    t = R.random()
    if t < 0.55:
        return rl(R, "ERROR", "gateway{conn=%d}:pretrade" % R.randint(1, 400), "saltmarsh_me::risk", "pre-trade check failed account=%d error=status: Unavailable, message: \"error trying to connect: dns error: failed to lookup address information: Name or service not known\", details: [], metadata: MetadataMap { headers: {} }" % R.randint(100000, 999999))
    return rl(R, "WARN", "gateway{conn=%d}" % R.randint(1, 400), "saltmarsh_me::gateway", "order rejected order_id=%s market=%s reason=RISK_UNAVAILABLE" % (oid(R), pick(R, MKTS)))


def r_snap(R):
    # the snapshot bucket moved to a new KMS key whose policy lacks the engine's task role
    return rl(R, "ERROR", "snapshotter{market=%s}" % pick(R, MKTS), "saltmarsh_me::snapshot", "upload failed bucket=smx-me-snapshots-euw2 key=%s/%d.bin error=service error: AccessDenied: User: arn:aws:sts::%s:assumed-role/smx-matching-engine-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s because no resource-based policy allows the kms:GenerateDataKey action" % (
        pick(R, MKTS), R.randint(10 ** 9, 10 ** 10), ACCT, hexs(R, 32), REGION, ACCT, uuid(R)))


def me_negs():
    def n_acc(R):
        return rl(R, "INFO", mspan(R), "saltmarsh_me::book", "order accepted order_id=%s side=%s type=%s price=%.2f qty=%.6f tif=%s" % (oid(R), pick(R, ["buy", "sell"]), pick(R, ["limit", "post_only"]), R.uniform(0.3, 90000), R.uniform(0.0001, 30), pick(R, ["GTC", "IOC", "FOK"])))

    def n_trade(R):
        return rl(R, "INFO", mspan(R), "saltmarsh_me::book", "trade trade_id=%s maker=%s taker=%s price=%.2f qty=%.6f" % (oid(R), oid(R), oid(R), R.uniform(0.3, 90000), R.uniform(0.0001, 10)))

    def n_rej(R):
        return rl(R, "INFO", "gateway{conn=%d}" % R.randint(1, 400), "saltmarsh_me::gateway", "order rejected order_id=%s market=%s reason=%s" % (oid(R), pick(R, MKTS), pick(R, ["INSUFFICIENT_BALANCE", "PRICE_BAND", "POST_ONLY_WOULD_CROSS", "SELF_TRADE_PREVENTED", "MIN_NOTIONAL", "FOK_NOT_FILLABLE"])))

    def n_cancel(R):
        return rl(R, "INFO", mspan(R), "saltmarsh_me::book", "order cancelled order_id=%s remaining=%.6f reason=%s" % (oid(R), R.uniform(0, 10), pick(R, ["user", "ioc_remainder", "session_closed", "stp"])))

    def n_stats(R):
        return rl(R, "INFO", "", "saltmarsh_me::metrics", "markets=%d orders_in=%d trades=%d p50_us=%d p99_us=%d journal_lag=0 errors=0" % (len(MKTS), R.randint(1000, 90000), R.randint(100, 30000), R.randint(4, 20), R.randint(30, 300)))

    def n_snapok(R):
        return rl(R, "INFO", "snapshotter{market=%s}" % pick(R, ["BTC-GBP", "ETH-GBP"]), "saltmarsh_me::snapshot", "snapshot written seq=%d levels=%d bytes=%d elapsed_ms=%d" % (R.randint(10 ** 9, 10 ** 10), R.randint(100, 4000), R.randint(10 ** 5, 10 ** 7), R.randint(20, 900)))

    def n_pub(R):
        return rl(R, "DEBUG", "publisher{topic=trades.v3}", "saltmarsh_me::publish", "delivered batch partition=%d offset=%d records=%d" % (R.randint(0, 11), R.randint(10 ** 6, 10 ** 9), R.randint(1, 500)))

    def n_rot(R):
        return rl(R, "INFO", "", "saltmarsh_me::journal", "segment rotated seq=%d file=/journal/%020d.wal size_mb=%d" % (R.randint(10 ** 9, 10 ** 10), R.randint(10 ** 9, 10 ** 10), R.randint(256, 1024)))

    def n_conn(R):
        return rl(R, "INFO", "gateway{conn=%d}" % R.randint(1, 400), "saltmarsh_me::gateway", pick(R, ["session opened peer=%s:%d client=%s" % (ip10(R, 51), R.randint(30000, 65000), pick(R, ["fix-gw", "rest-api", "mm-desk"])), "session closed peer=%s:%d reason=%s" % (ip10(R, 51), R.randint(30000, 65000), pick(R, ["client_disconnect", "idle_timeout", "broken pipe (os error 32)"]))]))

    def n_band(R):
        return rl(R, "WARN", mspan(R), "saltmarsh_me::risk", "price band widened to %d bps after volatility trigger (reference=%.2f)" % (pick(R, [300, 500, 800]), R.uniform(100, 90000)))

    def n_rdk(R):
        b = R.randint(1, 3)
        return rl(R, "WARN", "", "rdkafka::client", "librdkafka: REQTMOUT [thrd:sasl_ssl://b-%d.smx-trades.x81kqe.c2.kafka.%s.amazonaws.com:9096/%d]: Timed out ProduceRequest in flight (after %dms, timeout #0): possibly held back by preceeding blocking request with timeout in %dms" % (b, REGION, b, R.randint(30000, 31000), R.randint(0, 900)))

    def n_start(R):
        return rl(R, "INFO", "", "saltmarsh_me", pick(R, ["starting saltmarsh-me version=7.3.%d git=%s" % (R.randint(0, 4), hexs(R, 9)), "recovered %d markets from snapshot + journal replay (%d records, %d ms)" % (len(MKTS), R.randint(10 ** 4, 10 ** 7), R.randint(200, 9000)), "listening addr=0.0.0.0:%d" % pick(R, [7001, 7002, 9090])]))

    def n_halt(R):
        return rl(R, "INFO", mspan(R), "saltmarsh_me::book", "market state %s by ops (ticket OPS-%d)" % (pick(R, ["HALTED->OPEN", "OPEN->CANCEL_ONLY", "CANCEL_ONLY->OPEN"]), R.randint(1000, 9999)))

    def n_dup(R):
        return rl(R, "DEBUG", "gateway{conn=%d}" % R.randint(1, 400), "saltmarsh_me::gateway", "duplicate client_order_id=%s ignored (idempotent replay)" % uuid(R))

    def n_trace(R):
        return rl(R, "TRACE", mspan(R), "saltmarsh_me::book::level", "level update side=%s price=%.2f total_qty=%.6f orders=%d" % (pick(R, ["bid", "ask"]), R.uniform(0.3, 90000), R.uniform(0, 200), R.randint(0, 90)))

    def n_risk_ok(R):
        return rl(R, "DEBUG", "gateway{conn=%d}:pretrade" % R.randint(1, 400), "saltmarsh_me::risk", "pre-trade ok account=%d exposure_gbp=%.2f limit_gbp=%d elapsed_us=%d" % (R.randint(100000, 999999), R.uniform(0, 900000), pick(R, [250000, 1000000, 5000000]), R.randint(80, 900)))

    def n_retry(R):
        return rl(R, "WARN", "snapshotter{market=%s}" % pick(R, MKTS), "saltmarsh_me::snapshot", "upload attempt 1 failed (dispatch failure: timeout), retrying; attempt 2 ok elapsed_ms=%d" % R.randint(900, 6000))

    return [n_acc, n_trade, n_rej, n_cancel, n_stats, n_snapok, n_pub, n_rot, n_conn, n_band, n_rdk, n_start, n_halt, n_dup,
            n_trace, n_risk_ok, n_retry]


def fam_me(R):
    return build(R, F2, [("journal-volume-full-engine-halted", r_journal), ("msk-scram-secret-rotated", r_kafka),
                         ("pepe-price-scale-overflow-panic", r_panic), ("risk-cloudmap-name-stale", r_risk),
                         ("snapshot-bucket-kms-denied", r_snap)], me_negs())


FAMILIES = {F1: fam_fix, F2: fam_me}
