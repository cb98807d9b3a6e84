"""native-cpp and scala-akka."""
from common import *


# ---------------------------------------------------------------- native-cpp
def glog(letter, d=None):
    d = d or dt()
    return "%s%s %s.%06d %6d" % (letter, d.strftime("%m%d"), d.strftime("%H:%M:%S"), d.microsecond, ri(7, 32000))


def spd(logger, level):
    return "[%s] [%s] [%s]" % (dot(), logger, level)


def frames(fs):
    return "\n".join("    @     %s  %s" % (addr(), f) for f in fs)


def cpp_errors():
    def check_failed():
        n = ri(8, 64)
        return ("%s shard_router.cc:%d] Check failed: shard < num_shards_ (%d vs. %d) \n*** Check failure stack trace: ***\n" % (glog("F"), ln(142), n + ri(0, 9), n)
                + frames(["google::LogMessage::Fail()", "google::LogMessage::SendToLog()", "google::LogMessageFatal::~LogMessageFatal()",
                          "ingest::ShardRouter::Route()", "ingest::Dispatcher::OnBatch()", "start_thread"]))

    def grpc_unavailable():
        return "%s grpc_client.cc:%d] RPC to %s:50051 failed: UNAVAILABLE: failed to connect to all addresses; last error: UNKNOWN: ipv4:%s:50051: Failed to connect to remote host: Connection refused" % (
            glog("E"), ln(88), pick(["pricing", "pricing-canary", "pricing-v2"]) + ".svc.internal", ip10())

    def cache_refused():
        return "%s cache_client.cc:%d] Connection to cache %s:6379 failed: Connection refused (errno=111), serving request %s without cache" % (
            glog("E"), ln(51), pick(["sessions", "quotes", "catalog"]) + "-cache." + pick(["use1", "euw1"]) + ".internal", lo(12))

    def decode_frame():
        return "%s failed to decode frame from %s:%d: invalid varint at offset %d" % (spd("ingest", "error"), ip10(), port(), ri(3, 9000))

    def wal_nospace():
        return "%s write-ahead log append failed: No space left on device (path=/data/wal/%06d.log, bytes=%d)" % (spd("storage", "critical"), ri(1, 99999), ri(512, 1 << 20))

    def sigsegv():
        d = dt()
        return ("*** SIGSEGV received at time=%d on cpu %d ***\nPC: @     %s  (unknown)  ingest::RecordBatch::Append()\n" % (epoch(d), ri(0, 15), addr())
                + "\n".join("    @     %s %8d  %s" % (addr(), ri(16, 400), f) for f in ["absl::WriteFailureInfo()", "absl::AbslFailureSignalHandler()", "(unknown)",
                                                                                    "ingest::RecordBatch::Append()", "ingest::Decoder::Feed()", "ingest::Session::OnRead()"]))

    def sigabrt():
        d = dt()
        return ("*** SIGABRT received at time=%d on cpu %d ***\nPC: @     %s  (unknown)  raise\n" % (epoch(d), ri(0, 15), addr())
                + "\n".join("    @     %s %8d  %s" % (addr(), ri(16, 400), f) for f in ["absl::WriteFailureInfo()", "absl::AbslFailureSignalHandler()", "raise",
                                                                                    "abort", "tls::TlsContext::Reload()", "tls::CertWatcher::Run()"]))

    def double_free():
        return "free(): double free detected in tcache 2\n/entrypoint.sh: line %d: %6d Aborted                 (core dumped) /opt/ingestd/bin/ingestd --config /etc/ingestd/ingestd.toml" % (ln(21, 0) + pick([0, 2]), ri(7, 4000))

    def corrupted_top():
        return "malloc(): corrupted top size\n/entrypoint.sh: line %d: %6d Aborted                 (core dumped) /opt/thumbd/bin/thumbd --workers %d" % (ln(14, 0) + pick([0, 1]), ri(7, 4000), ri(2, 16))

    def bad_alloc():
        d = dt()
        e = epoch(d)
        return ("terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc\n*** Aborted at %d (unix time) try \"date -d @%d\" if you are using GNU date ***\nPC: @     %s (unknown)\n*** SIGABRT (@0x%x) received by PID %d (TID 0x%s) from PID %d; stack trace: ***\n" % (e, e, addr(), ri(100, 9000), ri(7, 9000), hx(12), ri(7, 9000))
                + frames(["(unknown)", "__cxa_throw", "operator new()", "report::PivotTable::Expand()", "report::Renderer::Render()"]))

    def runtime_error():
        return "terminate called after throwing an instance of 'std::runtime_error'\n  what():  config: missing required key '%s' in /etc/reportd/reportd.yaml\n/entrypoint.sh: line 9: %6d Aborted                 (core dumped) /opt/reportd/bin/reportd" % (pick(["listen_addr", "storage.bucket", "auth.jwks_url", "workers"]), ri(7, 4000))

    def asan_uaf():
        pid = ri(7, 9000)
        a = "0x60b0" + hx(8)
        t = ri(1, 12)
        line = ln(214)
        return ("=================================================================\n==%d==ERROR: AddressSanitizer: heap-use-after-free on address %s at pc %s bp 0x7ff%s sp 0x7ff%s\nREAD of size 8 at %s thread T%d\n" % (pid, a, addr(), hx(9), hx(9), a, t)
                + "    #0 %s in net::Session::OnRead(net::Buffer const&) /src/net/session.cc:%d\n    #1 %s in net::EventLoop::Dispatch() /src/net/event_loop.cc:%d\n    #2 %s in start_thread (/lib/x86_64-linux-gnu/libc.so.6+0x%s)\n\n" % (addr(), line, addr(), ln(97), addr(), hx(5))
                + "%s is located 16 bytes inside of 96-byte region [%s,0x60b0%s)\nfreed by thread T%d here:\n    #0 %s in operator delete(void*) (/usr/lib/x86_64-linux-gnu/libasan.so.8+0x%s)\n    #1 %s in net::Session::Close() /src/net/session.cc:%d\n\n" % (a, a, hx(8), t, addr(), hx(5), addr(), ln(301))
                + "SUMMARY: AddressSanitizer: heap-use-after-free /src/net/session.cc:%d in net::Session::OnRead(net::Buffer const&)\n==%d==ABORTING" % (line, pid))

    def ubsan():
        return "/src/codec/varint.h:%d:%d: runtime error: left shift of %d by %d places cannot be represented in type 'long'" % (ln(57), ri(12, 24), ri(1, 255), ri(57, 63))

    def ctime_fatal():
        d = dt()
        return "%s %s %2d %s %d reportd[%d]: FATAL: cannot open state database /var/lib/reportd/state.db: Permission denied (running as %s)" % (
            DOW[d.weekday()], MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year, ri(7, 4000), pick(["reportd", "nobody", "ec2-user"]))

    return [
        ("ctime-fatal-state-db-permission-denied", ri(4, 6), ctime_fatal),
        ("glog-check-failed-shard-router", ri(4, 6), check_failed),
        ("glog-grpc-pricing-unavailable", ri(5, 7), grpc_unavailable),
        ("glog-cache-connection-refused", ri(4, 6), cache_refused),
        ("spdlog-decode-frame-invalid-varint", ri(5, 7), decode_frame),
        ("spdlog-wal-append-no-space", ri(4, 6), wal_nospace),
        ("sigsegv-recordbatch-append", ri(4, 6), sigsegv),
        ("sigabrt-tls-context-reload", ri(4, 5), sigabrt),
        ("glibc-double-free-ingestd", ri(4, 5), double_free),
        ("glibc-corrupted-top-size-thumbd", ri(4, 5), corrupted_top),
        ("terminate-bad-alloc-pivot-table", ri(4, 6), bad_alloc),
        ("terminate-runtime-error-missing-config-key", ri(4, 6), runtime_error),
        ("asan-heap-use-after-free-session-onread", ri(4, 5), asan_uaf),
        ("ubsan-varint-left-shift", ri(4, 6), ubsan),
    ]


def cpp_ok():
    return [
        lambda: "%s listening on 0.0.0.0:%d with %d io threads" % (spd("ingest", "info"), pick([7000, 7443, 9000]), ri(2, 16)),
        lambda: "%s slow consumer %s:%d: send queue at %d frames, dropping oldest" % (spd("ingest", "warning"), ip10(), port(), ri(1000, 9000)),
        lambda: "%s compaction finished: %d segments merged, 0 errors, %d ms" % (spd("storage", "info"), ri(2, 40), ri(20, 9000)),
        lambda: "%s server.cc:%d] Server listening on [::]:50051" % (glog("I"), ln(77)),
        lambda: "%s grpc_client.cc:%d] RPC to pricing.svc.internal:50051 failed, retrying (attempt %d/5): DEADLINE_EXCEEDED" % (glog("W"), ln(95), ri(1, 4)),
        lambda: "%s tls_context.cc:%d] certificate for %s.internal expires in %d days" % (glog("W"), ln(33), pick(WORDS), ri(3, 29)),
        lambda: "%s health.cc:%d] health check ok: upstreams=%d/%d errors=0" % (glog("I"), ln(20), 3, 3),
        lambda: "%s peer %s:%d closed connection (reason=eof, error=none)" % (spd("net", "debug"), ip10(), port()),
        lambda: "ingestd 2.%d.%d (build %s, gcc 13.2.1) starting on %s" % (ri(10, 19), ri(0, 9), hx(7), host()),
        lambda: (lambda d: "%s %s %2d %s %d reportd[%d]: state database opened, %d jobs recovered, 0 failed" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), d.year, ri(7, 4000), ri(0, 90)))(dt()),
        lambda: "%s SIGTERM received, draining %d connections" % (spd("ingest", "info"), ri(0, 400)),
        lambda: "%s core dumps enabled: RLIMIT_CORE=unlimited core_pattern=/var/crash/core.%%e.%%p" % spd("ingest", "info"),
        lambda: "%s allocator.cc:%d] arena high-water mark %.1f GiB exceeds soft limit 1.5 GiB" % (glog("W"), ln(61), 1.5 + ri(1, 9) / 10),
        lambda: "%s abort_on_error=0: invalid frame from %s:%d skipped (checksum mismatch)" % (spd("ingest", "warning"), ip10(), port()),
        lambda: "ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 exec /opt/ingestd/bin/ingestd (pid %d)" % ri(7, 4000),
    ]


# ---------------------------------------------------------------- scala-akka
def akka_ts(d=None):
    d = d or dt()
    return d.strftime("%m/%d/%Y %H:%M:%S") + ".%03d" % (d.microsecond // 1000)


def disp(sys="orders"):
    return "%s-akka.actor.default-dispatcher-%d" % (sys, ri(2, 40))


def akka_classic(level, src, msg):
    return "[%s] [%s] [%s] [%s] %s" % (level, akka_ts(), disp(), src, msg)


def lb(level, logger, msg):
    return "%s %-5s %s [%s] - %s" % (comma(), level, logger, disp(), msg)


def actor_id():
    return "$" + pick("abcdefghjk") + pick(["", "b", "c"])


def scala_errors():
    def inv_require():
        return akka_classic("ERROR", "akka://orders/user/inventory-sync/%s" % actor_id(), "requirement failed: sku must be non-empty\njava.lang.IllegalArgumentException: requirement failed: sku must be non-empty\n"
                            "\tat scala.Predef$.require(Predef.scala:337)\n\tat com.shop.inventory.InventorySync$$anonfun$receive$1.applyOrElse(InventorySync.scala:%d)\n\tat akka.actor.Actor.aroundReceive(Actor.scala:537)\n\tat akka.actor.ActorCell.invoke(ActorCell.scala:548)" % ln(58))

    def none_get(cls, file, base, path):
        def f():
            return lb("ERROR", "akka.actor.OneForOneStrategy", "None.get\njava.util.NoSuchElementException: None.get\n\tat scala.None$.get(Option.scala:627)\n\tat com.shop.%s(%s:%d)\n\tat akka.actor.Actor.aroundReceive(Actor.scala:537)\n\tat akka.actor.ActorCell.receiveMessage(ActorCell.scala:614)" % (cls, file, ln(base)))
        return f

    def play_header(method, path):
        return "%s [error] p.a.h.DefaultHttpErrorHandler - \n\n! @%s - Internal server error, for (%s) [%s] ->\n \n" % (comma(), an(9, "abcdefghijklmnopqrstuvwxyz0123456789"), method, path)

    def play_match():
        return play_header("POST", "/checkout/%s" % lo(8)) + "play.api.UnexpectedException: Unexpected exception[MatchError: %s (of class java.lang.String)]\n\tat play.api.http.HttpErrorHandlerExceptions$.throwableToUsefulException(HttpErrorHandler.scala:381)\nCaused by: scala.MatchError: %s (of class java.lang.String)\n\tat controllers.CheckoutController.$anonfun$submit$1(CheckoutController.scala:%d)" % ((pick(["KLARNA", "SEPA_DD", "IDEAL", "ALIPAY"]),) * 2 + (ln(73),))

    def play_db():
        return play_header(pick(["GET", "POST"]), "/orders/%d" % ri(1000, 99999)) + "play.api.UnexpectedException: Unexpected exception[SQLTransientConnectionException: db - Connection is not available, request timed out after %dms.]\n\tat play.api.http.HttpErrorHandlerExceptions$.throwableToUsefulException(HttpErrorHandler.scala:381)\nCaused by: java.sql.SQLTransientConnectionException: db - Connection is not available, request timed out after %dms.\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)" % ((pick([30000, 30001, 30004]),) * 2)

    def substream():
        return akka_classic("ERROR", "akka.actor.ActorSystemImpl(orders)", "Error during processing of request: 'Substream Source(EntitySource) cannot be materialized more than once'. Completing with 500 Internal Server Error response. To change default exception handling behavior, provide a custom ExceptionHandler.")

    def jvm_exit():
        return "Uncaught error from thread [%s]: Java heap space, shutting down JVM since 'akka.jvm-exit-on-fatal-error' is enabled for ActorSystem[orders]\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.shop.reports.CsvExporter.append(CsvExporter.scala:%d)" % (disp(), ln(112))

    def persist_cb():
        return lb("ERROR", "akka.persistence.typed.internal.EventSourcedBehaviorImpl", "Failed to persist event type [com.shop.order.OrderPlaced] with sequence number [%d] for persistenceId [Order|%s].\nakka.pattern.CircuitBreaker$$anon$13: Circuit Breaker Timed out." % (ri(1, 900), uuid()))

    def replay():
        return lb("ERROR", "akka.persistence.typed.internal.EventSourcedBehaviorImpl", "Exception during recovery. Last known sequence number [%d]. PersistenceId [Cart|%s], due to: Replay timed out after 30000 ms" % (ri(1, 900), uuid()))

    def handshake():
        peer = "akka://orders@%s:25520" % ip10()
        return akka_classic("ERROR", "akka://orders/system/remoting", "Outbound message stream to [%s] failed. Restarting it. akka.remote.artery.OutboundHandshake$HandshakeTimeoutException: Handshake with [%s] did not complete within 20000 ms" % (peer, peer))

    def slick_dup():
        return lb("ERROR", "c.s.orders.OrderRepository", "insert failed for order %d: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"%s\"" % (ri(10000, 999999), pick(["orders_external_ref_key", "orders_pkey"])))

    def oops():
        return "Oops, cannot start the server.\ncom.typesafe.config.ConfigException$Missing: /opt/app/conf/application.conf: %d: No configuration setting found for key '%s'\n\tat com.typesafe.config.impl.SimpleConfig.findKeyOrNull(SimpleConfig.java:157)\n\tat play.api.Configuration.get(Configuration.scala:%d)" % (ri(3, 90), pick(["play.http.secret.key", "db.default.url", "payments.stripe.endpoint"]), ln(236))

    return [
        ("actor-inventory-sync-requirement-failed", ri(4, 6), inv_require),
        ("actor-price-calculator-none-get", ri(4, 6), none_get("pricing.PriceCalculator$$anonfun$receive$1.applyOrElse", "PriceCalculator.scala", 41, "")),
        ("actor-cart-none-get", ri(4, 6), none_get("cart.CartActor.$anonfun$active$2", "CartActor.scala", 88, "")),
        ("play-checkout-match-error", ri(4, 6), play_match),
        ("play-hikari-connection-timeout", ri(4, 6), play_db),
        ("akka-http-substream-materialized-twice", ri(4, 5), substream),
        ("jvm-exit-fatal-oom-csv-exporter", ri(4, 5), jvm_exit),
        ("persistence-persist-circuit-breaker", ri(4, 6), persist_cb),
        ("persistence-recovery-replay-timeout", ri(4, 6), replay),
        ("artery-outbound-handshake-timeout", ri(4, 6), handshake),
        ("slick-order-insert-duplicate-key", ri(4, 6), slick_dup),
        ("play-cannot-start-missing-config", ri(4, 5), oops),
    ]


def scala_ok():
    def dead():
        a = "akka://orders/user/checkout/%s#%d" % (actor_id(), ri(-2 ** 31, 2 ** 31))
        return "[INFO] [akkaDeadLetter][%s] [%s] [akka://orders/deadLetters] Message [com.shop.checkout.Protocol$Tick$] from Actor[%s] to Actor[akka://orders/deadLetters] was not delivered. [%d] dead letters encountered. If this is not an expected behavior then Actor[akka://orders/deadLetters] may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'akka.log-dead-letters' and 'akka.log-dead-letters-during-shutdown'." % (akka_ts(), disp(), a, ri(1, 10))

    return [
        dead,
        lambda: akka_classic("WARN", "akka.cluster.Cluster", "Cluster Node [akka://orders@%s:25520] - Marking node as UNREACHABLE [Member(akka://orders@%s:25520, Up)]." % (ip10(), ip10())),
        lambda: akka_classic("INFO", "akka.cluster.Cluster", "Cluster Node [akka://orders@%s:25520] - Welcome from [akka://orders@%s:25520]" % (ip10(), ip10())),
        lambda: "%s [info] play.api.Play - Application started (Prod) (no global state)" % comma(),
        lambda: "%s [info] p.c.s.AkkaHttpServer - Listening for HTTP on /0.0.0.0:%d" % (comma(), pick([9000, 9443])),
        lambda: lb("WARN", "akka.actor.CoordinatedShutdown", "Running CoordinatedShutdown with reason [ClusterDowningReason]"),
        lambda: lb("INFO", "akka.actor.ActorSystemImpl", "Request completed: 500 Internal Server Error for POST /checkout/%s in %dms" % (lo(8), ri(3, 900))),
        lambda: lb("WARN", "akka.pattern.BackoffSupervisor", "child inventory-sync stopped after failure, restarting in %.1f seconds (failure count %d)" % (ri(5, 300) / 10, ri(1, 6))),
        lambda: lb("INFO", "akka.kafka.internal.KafkaConsumerActor", "commit completed for %d partitions, 0 failed offsets" % ri(1, 24)),
        lambda: "%s [warn] p.a.h.DefaultHttpErrorHandler - Bad request, for (GET) [/orders/%s] -> For input string: \"%s\"" % (comma(), pick(WORDS), pick(WORDS)),
        lambda: akka_classic("WARN", "akka.actor.ActorSystemImpl(orders)", "Illegal request, responding with status '400 Bad Request': Unsupported HTTP method: %s" % pick(["PROPFIND", "TRACK", "DEBUG"])),
        lambda: lb("DEBUG", "c.s.orders.OrderRepository", "insert ok order=%d error=None retries=0" % ri(10000, 999999)),
        lambda: lb("INFO", "akka.cluster.sbr.SplitBrainResolver", "SBR found unreachable members, waiting for stable-after = 20000 ms before taking downing decision. Now %d unreachable members found." % ri(0, 3)),
    ]


def families():
    return [("native-cpp", cpp_errors(), cpp_ok()), ("scala-akka", scala_errors(), scala_ok())]
