"""Families: rust-anticheat-tokio-tracing-fmt, aurora-pg16-playerdb-postgresql-log.

Tidewyrm's anti-cheat verdict service ("ac-ingest") is Rust (tokio, axum, sqlx, aws-sdk-kinesis, reqwest) on ECS,
logging with tracing-subscriber's default fmt layer, ANSI off ("<RFC 3339 µs time> <LEVEL> <span ctx>: <target>:
<message> <fields>"); a Rust panic message goes to stderr as its own lines, kept as one event by the awslogs
multiline pattern "^(\\d{4}-|thread ')". The player database is Aurora PostgreSQL 16 with its postgresql log exported
to CloudWatch Logs (log_line_prefix "%t:%r:%u@%d:[%p]:"); the exporter keeps a record's DETAIL/HINT/CONTEXT/STATEMENT
continuation lines with it as one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, day, hms, iso,
                    us_ts, pg_ts, player)

# ---------------------------------------------------------------- rust-anticheat-tokio-tracing-fmt
F7 = "rust-anticheat-tokio-tracing-fmt"


def tr(R, level, target, msg, span=None, **kv):
    s = "%s %5s " % (us_ts(R), level)
    if span:
        s += span + ": "
    s += "%s: %s" % (target, msg)
    for k, v in kv.items():
        s += " %s=%s" % (k, v)
    return s


def reqspan(R, method="POST", uri="/v1/batches"):
    return "request{method=%s uri=%s version=HTTP/1.1}" % (method, uri)


def h_hmac(R):
    # client 3.4 signs telemetry batches with the 2029-12 batch-signing key; the service's key ring was never given
    # the new key, so every batch from 3.4 clients is dropped as forged
    if R.random() < 0.7:
        return tr(R, "WARN", "ac_ingest::verify", "batch signature invalid; batch dropped", reqspan(R), player_id=player(R), client_version="3.4.%d" % R.randint(0, 2),
                  key_id="\"bsk-2029-12\"", batch_id=uuid(R))
    return tr(R, "ERROR", "ac_ingest::metrics", "signature failure rate above threshold", None, window="5m", rejected=R.randint(4000, 90000), accepted=R.randint(100, 9000),
              unknown_key_id="\"bsk-2029-12\"")


def h_panic(R):
    # the aim heuristic indexes samples[0] without checking; batches from players who only spectated carry no aim
    # samples and the worker task panics
    if R.random() < 0.55:
        return ("thread 'tokio-runtime-worker' panicked at src/heuristics/aim.rs:%d:%d:\nindex out of bounds: the len is 0 but the index is 0\n"
                "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace") % (R.choice([141, 142]), R.choice([29, 37]))
    return tr(R, "ERROR", "ac_ingest::worker", "heuristics task panicked; batch dropped", "batch{id=%s}" % uuid(R),
              error="task %d panicked with message \"index out of bounds: the len is 0 but the index is 0\"" % R.randint(100, 99999))


def h_kinesis(R):
    # the verdict stream stayed at 2 shards while the winter event tripled batch volume; PutRecords is throttled
    # beyond retries and verdict records are dropped
    if R.random() < 0.6:
        return tr(R, "ERROR", "ac_ingest::sink", "dropping records after 5 attempts", "flush{stream=tw-ac-verdicts}", records=R.randint(40, 500),
                  error="ProvisionedThroughputExceededException: Rate exceeded for shard shardId-00000000000%d in stream tw-ac-verdicts under account %s." % (R.randint(0, 1), ACCT))
    return tr(R, "ERROR", "ac_ingest::sink", "sink backlog over limit; shedding oldest verdicts", None, backlog=R.randint(100000, 900000), shed=R.randint(1000, 50000), stream="tw-ac-verdicts")


def h_pool(R):
    # the RDS Proxy in front of the verdict DB caps client connections at 10% of max_connections; with 24 tasks
    # x 20 connections, sqlx acquires time out and verdicts are not stored
    if R.random() < 0.65:
        return tr(R, "ERROR", "ac_ingest::store", "failed to store verdict", "verdict{player_id=%s}" % player(R), error="pool timed out while waiting for an open connection")
    return tr(R, "ERROR", "ac_ingest::api", "responding 503", reqspan(R), error="database unavailable: pool timed out while waiting for an open connection", latency="30001 ms")


def h_tls(R):
    # the service image moved to a scratch base without CA certificates; rustls-native-certs finds no roots, so
    # ban sync to the enforcement API fails and confirmed cheaters are not banned
    if R.random() < 0.6:
        return tr(R, "ERROR", "ac_ingest::bans", "ban sync failed", "ban_sync{batch=%d}" % R.randint(1, 99999), pending=R.randint(10, 900),
                  error="error sending request for url (https://enforce.tidewyrm.example/v2/bans): client error (Connect): invalid peer certificate: UnknownIssuer")
    return tr(R, "WARN", "ac_ingest::bans", "ban queue backlog growing; no successful sync", None, oldest_pending_secs=R.randint(3600, 90000), pending=R.randint(200, 9000))


def h_negs():
    def n_listen(R):
        return tr(R, "INFO", "ac_ingest", "listening", None, addr="0.0.0.0:8080", version="1.19.%d" % R.randint(0, 4), git=hexs(R, 9))

    def n_resp(R):
        return tr(R, "INFO", "tower_http::trace::on_response", "finished processing request", reqspan(R), latency="%d ms" % R.randint(1, 60), status=pick(R, [200, 202, 202, 204]))

    def n_verdict(R):
        return tr(R, "INFO", "ac_ingest::verdict", "verdict stored", "verdict{player_id=%s}" % player(R), score="0.%02d" % R.randint(0, 40), flagged="false")

    def n_flagged(R):
        return tr(R, "INFO", "ac_ingest::verdict", "player flagged for review", "verdict{player_id=%s}" % player(R), score="0.%d" % R.randint(90, 99), heuristic=pick(R, ["aim_snap", "wallhack_los", "speed"]))

    def n_replay(R):
        return tr(R, "WARN", "ac_ingest::verify", "batch rejected: replayed nonce", reqspan(R), player_id=player(R), nonce=hexs(R, 16))

    def n_oldclient(R):
        return tr(R, "WARN", "ac_ingest::verify", "batch rejected: client version below minimum", reqspan(R), client_version="3.%d.%d" % (R.randint(0, 1), R.randint(0, 9)), minimum="3.2.0")

    def n_skew(R):
        return tr(R, "WARN", "ac_ingest::verify", "client clock skew; batch accepted", reqspan(R), skew_secs=R.randint(31, 120), player_id=player(R))

    def n_hb(R):
        return tr(R, "INFO", "ac_ingest::metrics", "heartbeat", None, batches=R.randint(1000, 90000), dropped=0, errors=0, p99_ms=R.randint(4, 40))

    def n_retry(R):
        return tr(R, "WARN", "ac_ingest::sink", "partial PutRecords failure; retrying failed records", "flush{stream=tw-ac-verdicts}", failed=R.randint(1, 9), total=500, attempt=1)

    def n_retry_ok(R):
        return tr(R, "INFO", "ac_ingest::sink", "flushed", "flush{stream=tw-ac-verdicts}", records=R.randint(50, 500), attempts=R.randint(1, 2), failed=0)

    def n_slow(R):
        return tr(R, "WARN", "sqlx::query", "slow statement: execution time exceeded alert threshold", None, summary="\"INSERT INTO verdicts (player_id, …\"", db_statement="\"\"",
                  rows_affected=1, rows_returned=0, elapsed="%d.%03ds" % (R.randint(1, 2), R.randint(0, 999)), elapsed_secs="%.3f" % R.uniform(1, 2.9), slow_threshold="1s")

    def n_ban_ok(R):
        return tr(R, "INFO", "ac_ingest::bans", "ban sync ok", "ban_sync{batch=%d}" % R.randint(1, 99999), sent=R.randint(0, 40), status=200)

    def n_debug(R):
        return tr(R, "DEBUG", "ac_ingest::decode", "decoded batch", reqspan(R), events=R.randint(10, 900), bytes=R.randint(1000, 90000), compression="zstd")

    def n_shutdown(R):
        return tr(R, "INFO", "ac_ingest", "shutdown signal received; draining", None, inflight=R.randint(0, 40))

    def n_400(R):
        return tr(R, "INFO", "tower_http::trace::on_response", "finished processing request", reqspan(R), latency="%d ms" % R.randint(0, 4), status=pick(R, [400, 401, 413]))

    def n_health(R):
        return tr(R, "DEBUG", "tower_http::trace::on_response", "finished processing request", reqspan(R, "GET", "/healthz"), latency="0 ms", status=200)

    def n_conn_reset(R):
        return tr(R, "DEBUG", "hyper::proto::h1::conn", "incoming body decode error: connection reset by peer (client went away)", None)

    def n_rules(R):
        return tr(R, "INFO", "ac_ingest::rules", "heuristic rules reloaded", None, version="2029.12.%d" % R.randint(1, 28), rules=R.randint(30, 60), errors=0)

    return [n_listen, n_resp, n_resp, n_verdict, n_flagged, n_replay, n_oldclient, n_skew, n_hb, n_retry, n_retry_ok, n_slow,
            n_ban_ok, n_debug, n_shutdown, n_400, n_health, n_conn_reset, n_rules]


def fam7(R):
    return build(R, F7, [("client-3-4-batch-key-missing-from-keyring", h_hmac), ("aim-heuristic-empty-samples-panic", h_panic),
                         ("verdict-stream-2-shards-throttled", h_kinesis), ("rds-proxy-conn-cap-sqlx-pool-timeout", h_pool),
                         ("scratch-image-no-ca-roots-ban-sync", h_tls)], h_negs())


# ---------------------------------------------------------------- aurora-pg16-playerdb-postgresql-log
F8 = "aurora-pg16-playerdb-postgresql-log"
USERS = [("economy_app", "players"), ("nakama", "nakama"), ("stats_writer", "players"), ("ac_ingest", "anticheat"), ("reporting_ro", "players")]


def pg(R, level, msg, user=None, client=True):
    u, d = user or pick(R, USERS)
    remote = "%s(%d)" % (ip10(R, 60), R.randint(30000, 65000)) if client else ""
    return "%s:%s:%s@%s:[%d]:%s:  %s" % (pg_ts(R), remote, u, d, R.randint(1000, 60000), level, msg)


def i_conns(R):
    # the Nakama task count doubled for the event with max_open_conns 400 each; together with the economy pool the
    # writer instance's max_connections is exhausted and new logins are refused
    u = pick(R, USERS[:3])
    if R.random() < 0.7:
        return pg(R, "FATAL", "remaining connection slots are reserved for roles with the SUPERUSER attribute", u)
    return pg(R, "FATAL", "sorry, too many clients already", u)


def i_deadlock(R):
    # the trade endpoint locks (giver, receiver) items in request order while the grant job locks by item id; the
    # two deadlock every few minutes and trades fail
    p1, p2 = R.randint(1000, 60000), R.randint(1000, 60000)
    t1, t2 = R.randint(10 ** 7, 10 ** 8), R.randint(10 ** 7, 10 ** 8)
    return pg(R, "ERROR", ("deadlock detected\nDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\n"
                           "\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n"
                           "\tProcess %d: UPDATE inventory_items SET owner_id = $1 WHERE id = $2\n\tProcess %d: UPDATE inventory_items SET quantity = quantity + $1 WHERE id = $2\n"
                           "HINT:  See server log for query details.\nCONTEXT:  while updating tuple (%d,%d) in relation \"inventory_items\"\n"
                           "STATEMENT:  UPDATE inventory_items SET owner_id = $1 WHERE id = $2") % (p1, t2, p2, p2, t1, p1, p1, p2, R.randint(100, 90000), R.randint(1, 60)),
              pick(R, [USERS[0], USERS[2]]))


def i_column(R):
    # economy 4.8 shipped without its migration (see the economy service); every inventory query naming bound_until fails
    return pg(R, "ERROR", "column i.bound_until does not exist at character %d\nSTATEMENT:  SELECT i.id, i.bound_until, i.item_def_id, i.player_id, i.quantity\n\tFROM inventory_items AS i\n\tWHERE i.player_id = $1" % R.choice([11, 12]),
              USERS[0])


def i_temp(R):
    # the nightly leaderboard rebuild sorts the whole match_results table with work_mem 4MB on an r6g.large; temp
    # files fill the instance's local storage and the rebuild fails every night
    f = "base/pgsql_tmp/pgsql_tmp%d.%d" % (R.randint(1000, 60000), R.randint(0, 90))
    if R.random() < 0.6:
        return pg(R, "ERROR", "could not write to file \"%s\": No space left on device\nSTATEMENT:  INSERT INTO leaderboard_snapshot SELECT player_id, season, sum(points) AS points, rank() OVER (PARTITION BY season ORDER BY sum(points) DESC) FROM match_results GROUP BY player_id, season" % f,
                  USERS[2])
    return pg(R, "ERROR", "could not extend file \"%s\": No space left on device\nHINT:  Check free disk space." % f, USERS[2])


def i_auth(R):
    # Secrets Manager rotated telemetry_writer's password; the Kinesis consumer reads the secret only at start-up,
    # so every new connection after rotation fails
    if R.random() < 0.6:
        return pg(R, "FATAL", "password authentication failed for user \"telemetry_writer\"\nDETAIL:  Connection matched file \"/rdsdbdata/config/pg_hba.conf\" line %d: \"host\tall\tall\t0.0.0.0/0\tmd5\"" % R.choice([12, 13]),
                  ("telemetry_writer", "telemetry"))
    return pg(R, "FATAL", "password authentication failed for user \"telemetry_writer\"", ("telemetry_writer", "telemetry"))


def i_negs():
    def n_ckpt_start(R):
        return "%s::@:[%d]:LOG:  checkpoint starting: %s" % (pg_ts(R), R.randint(300, 900), pick(R, ["time", "time", "wal"]))

    def n_ckpt_done(R):
        return ("%s::@:[%d]:LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; "
                "sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB; lsn=%X/%08X, redo lsn=%X/%08X") % (
            pg_ts(R), R.randint(300, 900), R.randint(100, 90000), R.random() * 10, R.randint(0, 9), R.uniform(1, 270), R.random(), R.uniform(1, 270), R.randint(10, 300),
            R.random() / 10, R.random() / 100, R.randint(1000, 900000), R.randint(1000, 900000), R.randint(1, 0xFF), R.randint(0, 0xFFFFFFFF), R.randint(1, 0xFF), R.randint(0, 0xFFFFFFFF))

    def n_conn(R):
        return "%s:%s(%d):[unknown]@[unknown]:[%d]:LOG:  connection received: host=%s port=%d" % (pg_ts(R), ip10(R, 60), R.randint(30000, 65000), R.randint(1000, 60000), ip10(R, 60), R.randint(30000, 65000))

    def n_auth(R):
        u, d = pick(R, USERS)
        app = {"economy_app": "Npgsql", "nakama": "nakama", "stats_writer": "stats-rollup", "ac_ingest": "sqlx", "reporting_ro": pick(R, ["psql", "Metabase"])}[u]
        return pg(R, "LOG", "connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (
            u, d, app), (u, d))

    def n_disc(R):
        u, d = pick(R, USERS)
        return pg(R, "LOG", "disconnection: session time: %d:%02d:%02d.%03d user=%s database=%s host=%s port=%d" % (
            R.randint(0, 9), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), u, d, ip10(R, 60), R.randint(30000, 65000)), (u, d))

    def n_slow(R):
        return pg(R, "LOG", "duration: %.3f ms  statement: %s" % (R.uniform(1000, 4000), pick(R, [
            "SELECT player_id, points FROM leaderboard_snapshot WHERE season = 7 ORDER BY points DESC LIMIT 100",
            "SELECT count(*) FROM match_results WHERE finished_at > now() - interval '1 day'",
            "UPDATE wallets SET balance = balance - 800 WHERE player_id = $1 AND currency = 'gems'"])))

    def n_vacuum(R):
        return "%s::@:[%d]:LOG:  automatic vacuum of table \"players.public.%s\": index scans: %d\n\tpages: 0 removed, %d remain, %d scanned (%.2f%% of total)\n\ttuples: %d removed, %d remain, 0 are dead but not yet removable" % (
            pg_ts(R), R.randint(1000, 60000), pick(R, ["match_results", "inventory_items", "wallets", "sessions"]), R.randint(0, 1), R.randint(1000, 900000), R.randint(100, 90000),
            R.random() * 100, R.randint(0, 90000), R.randint(10000, 9000000))

    def n_analyze(R):
        return "%s::@:[%d]:LOG:  automatic analyze of table \"players.public.%s\"\n\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s" % (
            pg_ts(R), R.randint(1000, 60000), pick(R, ["match_results", "inventory_items", "wallets"]), R.random() * 90, R.random() * 10)

    def n_dup(R):
        return pg(R, "ERROR", "duplicate key value violates unique constraint \"purchases_idempotency_key_key\"\nDETAIL:  Key (idempotency_key)=(%s) already exists.\nSTATEMENT:  INSERT INTO purchases (id, player_id, sku, idempotency_key) VALUES ($1, $2, $3, $4)" % uuid(R), USERS[0])

    def n_cancel(R):
        return pg(R, "ERROR", "canceling statement due to user request\nSTATEMENT:  SELECT * FROM match_results WHERE player_id = $1 ORDER BY finished_at DESC", pick(R, [USERS[4], USERS[1]]))

    def n_reset(R):
        return pg(R, "LOG", "could not receive data from client: Connection reset by peer")

    def n_eof(R):
        return pg(R, "LOG", "unexpected EOF on client connection with an open transaction", USERS[4])

    def n_serial(R):
        return pg(R, "ERROR", "could not serialize access due to concurrent update\nSTATEMENT:  UPDATE wallets SET balance = balance + $1 WHERE player_id = $2 AND currency = $3", USERS[0])

    def n_notx(R):
        return pg(R, "WARNING", "there is no transaction in progress", pick(R, [USERS[1], USERS[3]]))

    def n_temp(R):
        return pg(R, "LOG", "temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.%d\", size %d\nSTATEMENT:  SELECT player_id, sum(points) FROM match_results WHERE season = 7 GROUP BY player_id" % (
            R.randint(1000, 60000), R.randint(0, 9), R.randint(1, 400) * 1048576), USERS[4])

    def n_lockwait(R):
        return pg(R, "LOG", "process %d still waiting for ShareLock on transaction %d after 1000.%03d ms\nDETAIL:  Process holding the lock: %d. Wait queue: %d.\nCONTEXT:  while updating tuple (%d,%d) in relation \"wallets\"" % (
            R.randint(1000, 60000), R.randint(10 ** 7, 10 ** 8), R.randint(0, 999), R.randint(1000, 60000), R.randint(1000, 60000), R.randint(1, 9000), R.randint(1, 60)), USERS[0])

    def n_stats(R):
        return "%s::@:[%d]:LOG:  %s" % (pg_ts(R), R.randint(300, 900), pick(R, ["received SIGHUP, reloading configuration files",
                                                                               "parameter \"log_min_duration_statement\" changed to \"1000\"",
                                                                               "parameter \"idle_in_transaction_session_timeout\" changed to \"60000\""]))

    def n_bad_pw_single(R):
        return pg(R, "FATAL", "database \"player\" does not exist", ("reporting_ro", "player"))

    return [n_ckpt_start, n_ckpt_done, n_conn, n_auth, n_auth, n_disc, n_disc, n_slow, n_vacuum, n_analyze, n_dup, n_cancel, n_reset,
            n_eof, n_serial, n_notx, n_temp, n_lockwait, n_stats, n_bad_pw_single]


def fam8(R):
    return build(R, F8, [("event-pools-exhaust-max-connections", i_conns), ("trade-vs-grant-lock-order-deadlock", i_deadlock),
                         ("economy-4-8-migration-not-run-bound-until", i_column), ("leaderboard-rebuild-temp-fills-local-storage", i_temp),
                         ("telemetry-writer-password-rotated-stale", i_auth)], i_negs())


FAMILIES = {F7: fam7, F8: fam8}
