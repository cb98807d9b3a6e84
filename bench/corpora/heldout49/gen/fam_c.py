"""Families: drawd-lottery-qrng-cpp-spdlog-ec2, inplay-push-phoenix-channels-elixir-ecs.

wyvernmarsh's lottery draws (Lotto 6/49, a daily 3-digit game, a 5/50 + 2/12 jackpot game) are produced by "drawd", a
C++20 daemon on a dedicated EC2 host with a PCIe quantum RNG card (invented "Entrostat QX-2") whose output is
health-tested (SP 800-90B repetition-count and adaptive-proportion tests), drawn, signed with a key in AWS CloudHSM
(PKCS#11) and archived to an S3 Object Lock bucket for the regulator. drawd logs with spdlog's default pattern
(`[2030-11-06 13:04:11.123] [drawd] [error] …`) to /var/log/drawd/drawd.log; the CloudWatch agent also ships the
host's syslog (systemd and chrony, `Nov  6 13:04:11 ip-10-… systemd[1]: …`) and drawd's stderr (uncaught exception
text from libstdc++) into the same log group.

"inplay-push" is the in-play WebSocket gateway: Elixir 1.17 / Phoenix 1.7 channels on ECS Fargate, fanning out price
deltas from Kafka (broadway_kafka) to subscribed browsers and apps, with Phoenix.PubSub between nodes and an Ecto
repo for market snapshots. It logs Elixir Logger's default console layout (`13:04:11.123 request_id=… [error] …`);
crash reports and Phoenix's multi-line CONNECTED/JOINED records are one event each."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    spd_ts, ex_ts, moment)

# ---------------------------------------------------------------- drawd-lottery-qrng-cpp-spdlog-ec2
F1 = "drawd-lottery-qrng-cpp-spdlog-ec2"
GAMES = ["LOTTO649", "PICK3", "EURO5X50"]
HOST = "ip-10-61-4-27"


def sd(R, lvl, msg, name="drawd"):
    return "[%s] [%s] [%s] %s" % (spd_ts(R), name, lvl, msg)


def sysl(R, proc, msg):
    m = moment(R)
    return "%s %2d %s %s %s: %s" % ("Nov", m.day, m.strftime("%H:%M:%S"), HOST, proc, msg)


def drawno(R):
    return "%s-2030%02d%02d-%d" % (pick(R, GAMES), 11, R.randint(2, 28), R.randint(1, 3))


def d_health(R):
    # the QRNG card's optical module degraded: its output fails the repetition-count test and drawd (correctly)
    # refuses to draw; draws are aborted until the card is replaced
    t = R.random()
    if t < 0.45:
        return sd(R, "critical", "entropy health test FAILED on /dev/qx2-0: repetition count test (cutoff C=%d) tripped after %d samples; source disabled" % (R.choice([31, 41]), R.randint(10**5, 10**7)), name="qrng")
    if t < 0.8:
        return sd(R, "error", "draw %s aborted: entropy source /dev/qx2-0 disabled by health test (state=FAILED)" % drawno(R))
    return sd(R, "error", "startup self-test of /dev/qx2-0 failed: adaptive proportion test %d/%d over window 512 (cutoff %d)" % (R.randint(420, 500), 512, 410), name="qrng")


def d_hsm(R):
    # the CloudHSM crypto user's password was rotated in Secrets Manager but drawd's /etc/drawd/hsm.conf still holds
    # the old one; C_Login fails and no draw result can be signed or published
    t = R.random()
    if t < 0.5:
        return sd(R, "error", "PKCS#11 C_Login(CKU_USER, user=drawd_signer) failed: CKR_PIN_INCORRECT (0x000000A0); slot %d cluster cluster-%s" % (R.randint(1, 3), lower(R, 11)), name="hsm")
    return sd(R, "error", "draw %s result not signed: no HSM session (C_Login CKR_PIN_INCORRECT); publication withheld" % drawno(R))


def d_crash(R):
    # release 5.2 added the 5/50 + 2/12 jackpot game; drawing the second (2/12) pool indexes the 50-ball vector
    # bounds-checked with the wrong size and throws out of the draw thread: drawd aborts
    t = R.random()
    if t < 0.5:
        n = R.choice([12, 13])
        return "terminate called after throwing an instance of 'std::out_of_range'\n  what():  vector::_M_range_check: __n (which is %d) >= this->size() (which is %d)" % (50 + n - 12 + R.randint(0, 5), 50)
    if t < 0.8:
        return sysl(R, "systemd[1]", "drawd.service: Main process exited, code=dumped, status=6/ABRT")
    return sysl(R, "systemd-coredump[%d]" % R.randint(2000, 90000), "Process %d (drawd) of user %d dumped core.\n\nStack trace of thread %d:\n#0  0x00007f%s __pthread_kill_implementation (libc.so.6 + 0x%s)\n#1  0x00007f%s raise (libc.so.6 + 0x%s)\n#2  0x00007f%s abort (libc.so.6 + 0x%s)\n#3  0x00007f%s _ZN9__gnu_cxx27__verbose_terminate_handlerEv (libstdc++.so.6 + 0x%s)\n#4  0x0000000000%s _ZN5drawd4game10Euro5x50x212draw_bonusERNS_7EntropyE (drawd + 0x%s)\nELF object binary architecture: AMD x86-64" % (R.randint(2000, 90000), 990, R.randint(2000, 90000), hexs(R, 10), hexs(R, 5), hexs(R, 10), hexs(R, 5), hexs(R, 10), hexs(R, 5), hexs(R, 10), hexs(R, 5), hexs(R, 6), hexs(R, 5)))


def d_s3(R):
    # the archive bucket has Object Lock; PutObject with a retention date needs a Content-MD5 or checksum header,
    # which the new SDK build stopped sending (checksum disabled in drawd.conf); draw audit records are not archived
    t = R.random()
    if t < 0.55:
        return sd(R, "error", "PutObject s3://wm-draw-audit-%s/%s/%s.json failed: InvalidRequest: Content-MD5 OR x-amz-checksum- HTTP header is required for Put Object requests with Object Lock parameters (request id %s)" % (ACCT, "2030/11/%02d" % R.randint(2, 28), drawno(R), upper(R, 16)), name="archive")
    return sd(R, "error", "audit record for draw %s NOT archived after 3 attempts; spooled to /var/spool/drawd/%s.json (%d records pending)" % (drawno(R), hexs(R, 12), R.randint(1, 60)), name="archive")


def d_chrony(R):
    # an AMI rebuild replaced chrony.conf with the distribution default (pool 2.amazon.pool.ntp.org) and the host
    # has no internet egress; the clock drifts unsynchronised and drawd refuses to schedule draws
    t = R.random()
    if t < 0.45:
        return sd(R, "error", "clock not synchronised (chrony leap status: Not synchronised, last offset %+.3f s); draw scheduling suspended" % R.uniform(-2.5, 2.5), name="scheduler")
    if t < 0.75:
        return sysl(R, "chronyd[%d]" % R.randint(600, 900), "No suitable source for synchronisation")
    return sd(R, "error", "draw %s not started at scheduled time: time source unsynchronised for %d min" % (drawno(R), R.randint(20, 400)), name="scheduler")


def drawd_negs():
    def n_draw(R):
        g = pick(R, GAMES)
        nums = sorted(R.sample(range(1, 50), 6)) if g == "LOTTO649" else ([R.randint(0, 9) for _ in range(3)] if g == "PICK3" else sorted(R.sample(range(1, 51), 5)))
        return sd(R, "info", "draw %s completed: numbers %s, entropy bytes %d, signature key handle 0x%x" % (g + "-2030%02d%02d-%d" % (11, R.randint(2, 28), R.randint(1, 3)), nums, R.randint(64, 512), R.randint(0x100000, 0xffffff)))

    def n_health(R):
        return sd(R, "info", "continuous health tests: RCT ok, APT ok, failures=0, samples=%d, min-entropy estimate %.3f bits/byte" % (R.randint(10**6, 10**8), R.uniform(7.9, 7.99)), name="qrng")

    def n_selftest(R):
        return sd(R, "info", "startup self-test of /dev/qx2-0 passed (1024 samples, 0 errors)", name="qrng")

    def n_hsm(R):
        return sd(R, "info", "HSM session opened on slot %d (cluster-%s, %d ms)" % (R.randint(1, 3), lower(R, 11), R.randint(20, 200)), name="hsm")

    def n_hsm_retry(R):
        return sd(R, "warning", "C_Sign returned CKR_SESSION_HANDLE_INVALID (HSM failover); session re-opened, signature ok on retry", name="hsm")

    def n_archive(R):
        return sd(R, "info", "archived %s.json to s3://wm-draw-audit-%s (retention COMPLIANCE until 2037-11-%02d, etag %s)" % (drawno(R), ACCT, R.randint(1, 28), hexs(R, 32)), name="archive")

    def n_sales(R):
        return sd(R, "info", "ticket sales closed for %s: %d tickets, %d lines, checksum %s" % (drawno(R), R.randint(10000, 900000), R.randint(10000, 3000000), hexs(R, 16)), name="scheduler")

    def n_late(R):
        return sd(R, "warning", "late ticket batch from retailer gateway rejected: %d tickets stamped after sales close of %s" % (R.randint(1, 9), drawno(R)), name="scheduler")

    def n_sched(R):
        return sd(R, "info", "next draw %s scheduled at %s UTC (sales close T-%d min)" % (drawno(R), "%02d:%02d" % (R.randint(17, 21), R.choice([0, 30, 45])), R.choice([15, 30])), name="scheduler")

    def n_systemd(R):
        return sysl(R, "systemd[1]", pick(R, ["Started drawd.service - wyvernmarsh lottery draw daemon.", "Starting drawd.service - wyvernmarsh lottery draw daemon...", "Stopped drawd.service - wyvernmarsh lottery draw daemon.", "drawd.service: Deactivated successfully."]))

    def n_chrony(R):
        return sysl(R, "chronyd[%d]" % R.randint(600, 900), pick(R, ["Selected source 169.254.169.123", "Source 169.254.169.123 online", "System clock wrong by %.6f seconds" % R.uniform(0.000001, 0.0009)]))

    def n_synced(R):
        return sd(R, "debug", "clock check ok: leap status Normal, offset %+.6f s, stratum %d" % (R.uniform(-0.0004, 0.0004), R.randint(3, 4)), name="scheduler")

    def n_startup(R):
        return sd(R, "info", pick(R, ["drawd 5.%d.%d starting (config /etc/drawd/drawd.conf, games: LOTTO649 PICK3 EURO5X50)" % (R.randint(1, 2), R.randint(0, 9)), "metrics endpoint listening on 127.0.0.1:9464", "audit spool /var/spool/drawd empty (0 pending)", "shutdown requested (SIGTERM), no draw in progress"]))

    def n_witness(R):
        return sd(R, "info", "witness %s acknowledged draw %s (notary terminal %d)" % (pick(R, ["N. Albrecht", "K. Osei", "M. Lindqvist", "R. Haddad"]), drawno(R), R.randint(1, 4)), name="scheduler")

    return [n_draw, n_health, n_selftest, n_hsm, n_hsm_retry, n_archive, n_sales, n_late, n_sched, n_systemd, n_chrony, n_synced, n_startup, n_witness]


def drawd(R):
    return build(R, F1, [("qrng-health-test-failed", d_health), ("hsm-login-pin-incorrect", d_hsm),
                         ("jackpot-bonus-pool-out-of-range-abort", d_crash), ("object-lock-put-missing-checksum", d_s3),
                         ("chrony-no-reachable-source", d_chrony)], drawd_negs())


# ---------------------------------------------------------------- inplay-push-phoenix-channels-elixir-ecs
F2 = "inplay-push-phoenix-channels-elixir-ecs"


def rid(R):
    return "F" + alnum(R, 19)


def ex(R, lvl, msg, meta=True):
    md = ("request_id=%s " % rid(R)) if meta and R.random() < 0.5 else ""
    return "%s %s[%s] %s" % (ex_ts(R), md, lvl, msg)


def mkt(R):
    return "1.%d" % R.randint(200000000, 299999999)


def evid(R):
    return "%d" % R.randint(30000000, 39999999)


def node(R):
    return "inplay_push@10.70.%d.%d" % (R.randint(0, 15), R.randint(2, 254))


def i_clause(R):
    # oddsfeed started including price-boost deltas ({:boost, …}); InplayPush.Delta.apply/2 has no clause for them and
    # the per-event fanout GenServer crashes, dropping every subscriber's stream for that event
    e = evid(R)
    t = R.random()
    if t < 0.6:
        return ex(R, "error", "GenServer {InplayPush.Registry, {:event, %s}} terminating\n** (FunctionClauseError) no function clause matching in InplayPush.Delta.apply/2\n    (inplay_push 3.4.%d) lib/inplay_push/delta.ex:%d: InplayPush.Delta.apply(%%InplayPush.Book{event_id: %s, ...}, {:boost, %s, %d, %.2f})\n    (inplay_push 3.4.%d) lib/inplay_push/event_fanout.ex:%d: InplayPush.EventFanout.handle_info/2\n    (stdlib 6.%d) gen_server.erl:2345: :gen_server.try_handle_info/3\n    (stdlib 6.%d) gen_server.erl:2433: :gen_server.handle_msg/6\n    (stdlib 6.%d) proc_lib.erl:329: :proc_lib.init_p_do_apply/3\nLast message: {:delta, {:boost, %s, %d, %.2f}}" % (e, R.randint(0, 2), R.randint(38, 44), e, mkt(R), R.randint(10**6, 10**7), R.uniform(2, 9), R.randint(0, 2), R.randint(60, 90), R.randint(0, 1), R.randint(0, 1), R.randint(0, 1), mkt(R), R.randint(10**6, 10**7), R.uniform(2, 9)), meta=False)
    return ex(R, "warning", "EventFanout for event %s restarted %d times in 60 s (FunctionClauseError in Delta.apply/2); %d subscribers resynced from snapshot" % (e, R.randint(3, 40), R.randint(100, 9000)), meta=False)


def i_noauth(R):
    # ElastiCache in-transit encryption and AUTH were enabled on the PubSub cluster; the Redis adapter still connects
    # without a password, so nodes cannot broadcast deltas to each other
    t = R.random()
    if t < 0.55:
        return ex(R, "error", "Phoenix.PubSub.Redis (InplayPush.PubSub) failed to publish on topic \"event:%s\": %%Redix.Error{message: \"NOAUTH Authentication required.\"}" % evid(R), meta=False)
    return ex(R, "error", "[Redix.PubSub] Failed to connect to Redis (pubsub.%s.%s.cache.amazonaws.com:6379): %%Redix.Error{message: \"NOAUTH Authentication required.\"}" % (lower(R, 6), "euc1"), meta=False)


def i_dbconn(R):
    # channel joins load the market snapshot from Aurora through a pool of 10; at kick-off tens of thousands of
    # joins queue and are dropped, so customers join without prices
    t = R.random()
    ms = R.randint(1500, 4000)
    if t < 0.6:
        return ex(R, "error", "an exception was raised:\n    ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after %dms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\n\n  1. Ensuring your database is available and that you can connect to it\n  2. Tracking down slow queries and making sure they are running fast enough\n  3. Increasing the pool_size (although this increases resource consumption)\n  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\n\nSee DBConnection.start_link/2 for more information\n\n        (ecto_sql 3.12.%d) lib/ecto/adapters/sql.ex:%d: Ecto.Adapters.SQL.raise_sql_call_error/1\n        (inplay_push 3.4.%d) lib/inplay_push/snapshots.ex:%d: InplayPush.Snapshots.for_event/1\n        (inplay_push 3.4.%d) lib/inplay_push_web/channels/event_channel.ex:%d: InplayPushWeb.EventChannel.join/3" % (ms, R.randint(0, 1), R.randint(1090, 1100), R.randint(0, 2), R.randint(20, 40), R.randint(0, 2), R.randint(14, 30)))
    return ex(R, "error", "Channel join for event:%s returned {:error, %%{reason: \"snapshot_unavailable\"}} (DBConnection.ConnectionError after %dms)" % (evid(R), ms))


def i_oom(R):
    # a slow consumer's mailbox grows without bound (no backpressure on the socket transport); the VM cannot allocate
    # heap and the node dies with a crash dump, dropping every connection on the task
    t = R.random()
    if t < 0.5:
        return "eheap_alloc: Cannot allocate %d bytes of memory (of type \"heap\").\n\nCrash dump is being written to: erl_crash.dump...done" % R.randint(10**8, 4 * 10**9)
    return ex(R, "warning", "process %s message_queue_len=%d memory=%d MiB (InplayPushWeb.EventChannel, event:%s); no backpressure on transport" % ("#PID<0.%d.0>" % R.randint(10000, 999999), R.randint(10**5, 5 * 10**6), R.randint(800, 3000), evid(R)), meta=False)


def i_emfile(R):
    # the task definition kept the default nofile ulimit of 1024 after the move to larger tasks; at peak the
    # acceptor cannot open sockets and new connections are refused
    t = R.random()
    if t < 0.6:
        return ex(R, "error", "Ranch listener InplayPushWeb.Endpoint.HTTP had connection process started with :cowboy_clear:start_link/4 at #PID<0.%d.0> exit with reason: {:emfile, [{:prim_inet, :accept0, 3, []}]}" % R.randint(1000, 99999), meta=False) if R.random() < 0.3 else ex(R, "error", "Ranch acceptor reducing accept rate: out of file descriptors", meta=False)
    return ex(R, "error", "socket accept failed on :4000: emfile (open sockets %d, ulimit nofile 1024)" % R.randint(1000, 1024), meta=False)


def inplay_negs():
    def n_conn(R):
        return ex(R, "info", "CONNECTED TO InplayPushWeb.UserSocket in %dµs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %%{\"token\" => \"[FILTERED]\", \"vsn\" => \"2.0.0\"}" % R.randint(40, 900), meta=False)

    def n_join(R):
        return ex(R, "info", "JOINED event:%s in %dms\n  Parameters: %%{\"markets\" => [\"%s\", \"%s\"]}" % (evid(R), R.randint(1, 40), mkt(R), mkt(R)), meta=False)

    def n_health(R):
        return ex(R, "info", "GET /health") if R.random() < 0.5 else ex(R, "info", "Sent 200 in %dµs" % R.randint(90, 900))

    def n_endpoint(R):
        return ex(R, "info", pick(R, ["Running InplayPushWeb.Endpoint with cowboy 2.12.0 at :::4000 (http)", "Access InplayPushWeb.Endpoint at https://push.%s" % DOMAIN, "[libcluster:ecs] connected to :\"%s\"" % node(R)]), meta=False)

    def n_fan(R):
        return ex(R, "debug", "fanout event:%s deltas=%d subscribers=%d dropped=0 p99=%dms" % (evid(R), R.randint(1, 80), R.randint(10, 40000), R.randint(1, 30)), meta=False)

    def n_closed(R):
        return ex(R, "info", "socket %s closed by client: {:shutdown, :closed}" % ("#PID<0.%d.0>" % R.randint(10000, 999999)), meta=False)

    def n_refuse(R):
        return ex(R, "info", "REFUSED JOIN event:%s in %dms\n  Parameters: %%{}\n  Reason: market closed" % (evid(R), R.randint(1, 9)), meta=False)

    def n_token(R):
        now = R.randint(1919808000, 1922140800)
        return ex(R, "warning", "UserSocket connect refused: token expired (exp %d, now %d)" % (now - R.randint(60, 86400), now), meta=False)

    def n_kafka(R):
        return ex(R, "info", "Broadway InplayPush.PriceConsumer: assigned partitions %s of odds.prices.v3 (group inplay-push)" % sorted(R.sample(range(12), 3)), meta=False)

    def n_nodedown(R):
        return ex(R, "info", "[libcluster:ecs] disconnected from :\"%s\" (task stopped by deployment)" % node(R), meta=False)

    def n_kafka_rebal(R):
        return ex(R, "info", "brod: group inplay-push rebalanced (generation %d), resuming consumption" % R.randint(100, 999), meta=False)

    def n_snapshot(R):
        return ex(R, "debug", "QUERY OK source=\"market_snapshots\" db=%.1fms queue=%.1fms idle=%.1fms\nSELECT m0.\"id\", m0.\"event_id\", m0.\"payload\" FROM \"market_snapshots\" AS m0 WHERE (m0.\"event_id\" = $1) [%s]" % (R.uniform(0.3, 9), R.uniform(0.0, 2), R.uniform(10, 900), evid(R)), meta=False)

    def n_suspended(R):
        return ex(R, "info", "event:%s market %s suspended (goal), pushed suspension to %d subscribers" % (evid(R), mkt(R), R.randint(10, 30000)), meta=False)

    def n_ratelimit(R):
        return ex(R, "warning", "client %s exceeded join rate (%d joins/10s); socket closed with 4429" % (pubip(R), R.randint(60, 300)), meta=False)

    return [n_conn, n_join, n_health, n_endpoint, n_fan, n_closed, n_refuse, n_token, n_kafka, n_nodedown, n_kafka_rebal, n_snapshot, n_suspended, n_ratelimit]


def inplay(R):
    return build(R, F2, [("price-boost-delta-function-clause", i_clause), ("pubsub-redis-noauth", i_noauth),
                         ("snapshot-db-pool-dropped", i_dbconn), ("slow-consumer-heap-exhausted", i_oom),
                         ("nofile-ulimit-emfile", i_emfile)], inplay_negs())


FAMILIES = {F1: drawd, F2: inplay}
