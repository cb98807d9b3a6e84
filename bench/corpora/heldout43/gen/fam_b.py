"""Families: seatinv-aurora-pg15-postgresql-log, loyalty-ledger-elixir-phoenix-otp-ecs.

kestrelway's seat-inventory service keeps seat maps, holds and assignments in Aurora PostgreSQL 15; the cluster's
postgresql log is exported to CloudWatch Logs (RDS prefix `%t:%r:%u@%d:[%p]:`, one event per log line; a statement
that spans lines continues with tab-indented lines in the same event). The loyalty-points ledger ("Kestrel Miles") is
an Elixir 1.17 / Phoenix 1.7 release on ECS (Bandit, Ecto/Postgrex, Broadway SQS, Finch), Elixir Logger's default
console format with request_id metadata; GenServer crash reports stay one event; the BEAM's own stderr lines
(eheap_alloc, crash dump) come through the same log driver."""
from common import (hexs, alnum, lower, upper, letters_up, digits, uuid, ip10, pick, build, ACCT, REGION, pg_ts, hmsm, iso)

# ---------------------------------------------------------------- seatinv-aurora-pg15-postgresql-log
F1 = "seatinv-aurora-pg15-postgresql-log"
USERS = [("seatinv_app", "seatinv", 41), ("seatinv_app", "seatinv", 42), ("seatinv_report", "seatinv", 77), ("checkin_app", "seatinv", 43), ("rdsadmin", "rdsadmin", 0)]


def flight(R):
    return "KW%d" % R.randint(100, 990)


def fdate(R):
    return "2030-%02d-%02d" % (R.randint(5, 6), R.randint(1, 28))


def pgl(R, lvl, msg, user=None, db="seatinv", host=None):
    u = user or pick(R, ["seatinv_app", "seatinv_app", "checkin_app"])
    h = host or "%s(%d)" % (ip10(R, 40), R.randint(30000, 65000))
    return "%s:%s:%s@%s:[%d]:%s:  %s" % (pg_ts(R), h, u, db, R.randint(1000, 65000), lvl, msg)


def pgsys(R, lvl, msg):
    # background processes: no client, no user
    return "%s::@:[%d]:%s:  %s" % (pg_ts(R), R.randint(300, 900), lvl, msg)


def e_timeout(R):
    # migration 2030.05.2 recreated seat_hold without its (flight_id, seat_no) index; hold/release statements seq-scan
    # and hit the 5 s statement_timeout, so seat selection fails during peak check-in (log_min_error_statement=error
    # adds the STATEMENT line of each cancelled statement as its own event)
    t = R.random()
    if t < 0.55:
        return pgl(R, "ERROR", "canceling statement due to statement timeout", "seatinv_app")
    return pgl(R, "STATEMENT", pick(R, ["UPDATE inventory.seat_hold SET released_at = now() WHERE flight_id = $1 AND seat_no = $2 AND released_at IS NULL",
                                        "SELECT h.seat_no, h.expires_at FROM inventory.seat_hold h WHERE h.flight_id = $1 AND h.released_at IS NULL FOR UPDATE"]), "seatinv_app")


def e_auth(R):
    # the rotation Lambda rotated seatinv_report's password; the reporting job on the BI host still uses the old one,
    # so load-factor reports for revenue management are not produced
    h = "10.40.88.%d(%d)" % (R.choice([14, 15]), R.randint(30000, 65000))
    t = R.random()
    if t < 0.65:
        return pgl(R, "FATAL", "password authentication failed for user \"seatinv_report\"", "seatinv_report", host=h)
    return pgl(R, "DETAIL", "Connection matched pg_hba.conf line %d: \"hostssl all all 0.0.0.0/0 md5\"" % R.choice([8, 9]), "seatinv_report", host=h)


def e_tempfull(R):
    # the nightly manifest export sorts every seat assignment of the month; its temp files fill the instance's local
    # storage and the export dies
    t = R.random()
    if t < 0.6:
        return pgl(R, "ERROR", "could not write to file \"base/pgsql_tmp/pgsql_tmp%d.%d\": No space left on device" % (R.randint(1000, 60000), R.randint(0, 40)), "seatinv_report")
    return pgl(R, "ERROR", "could not extend file \"base/pgsql_tmp/pgsql_tmp%d.%d\": No space left on device" % (R.randint(1000, 60000), R.randint(0, 40)), "seatinv_report")


def e_deadlock(R):
    # check-in's "assign family seats" locks seat rows in passenger order, seat-selection in seat order; concurrent
    # requests on the same flight deadlock and one passenger's assignment fails
    t = R.random()
    if t < 0.5:
        return pgl(R, "ERROR", "deadlock detected", pick(R, ["checkin_app", "seatinv_app"]))
    a, b = R.randint(1000, 65000), R.randint(1000, 65000)
    return pgl(R, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d: UPDATE inventory.seat SET status = 'ASSIGNED', pax_id = $1 WHERE flight_id = $2 AND seat_no = $3\n\tProcess %d: UPDATE inventory.seat SET status = 'ASSIGNED', pax_id = $1 WHERE flight_id = $2 AND seat_no = $3" % (a, R.randint(10 ** 7, 10 ** 8), b, b, R.randint(10 ** 7, 10 ** 8), a, a, b), pick(R, ["checkin_app", "seatinv_app"]))


def e_partition(R):
    # the pg_cron job that creates next month's seat_hold/seat partitions fails since the schema owner changed;
    # holds for June departures have no partition to go to
    t = R.random()
    if t < 0.4:
        return pgl(R, "ERROR", "permission denied for schema inventory", "rdsadmin", db="seatinv", host="[local]")
    if t < 0.55:
        return pgsys(R, "LOG", "cron job 4 COMMAND failed: ERROR:  permission denied for schema inventory")
    return pgl(R, "ERROR", "no partition of relation \"%s\" found for row" % pick(R, ["seat_hold", "seat_assignment"]), "seatinv_app")


def seat_negs():
    def n_conn(R):
        return pgl(R, "LOG", "connection received: host=%s port=%d" % (ip10(R, 40), R.randint(30000, 65000)), "[unknown]", db="[unknown]")

    def n_auth_ok(R):
        u = pick(R, ["seatinv_app", "checkin_app", "seatinv_report"])
        return pgl(R, "LOG", "connection authorized: user=%s database=seatinv application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (u, pick(R, ["PostgreSQL JDBC Driver", "seatinv-api", "checkin-bff"])), u)

    def n_disc(R):
        return pgl(R, "LOG", "disconnection: session time: %d:%02d:%02d.%03d user=%s database=seatinv host=%s port=%d" % (R.randint(0, 3), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), pick(R, ["seatinv_app", "checkin_app"]), ip10(R, 40), R.randint(30000, 65000)))

    def n_ckpt(R):
        if R.random() < 0.5:
            return pgsys(R, "LOG", "checkpoint starting: time")
        w, sy = R.uniform(20, 270), R.uniform(0, 0.1)
        return pgsys(R, "LOG", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB" % (
            R.randint(100, 9000), R.uniform(0.1, 3), R.randint(0, 4), w, sy, w + sy + R.uniform(0, 0.01), R.randint(10, 200), R.uniform(0.005, 0.05), R.uniform(0, 0.005), R.randint(1000, 90000), R.randint(1000, 90000)))

    def n_vacuum(R):
        tb = pick(R, ["seat_hold_p2030_05", "seat_assignment_p2030_05", "seat", "seatmap_version"])
        return pgsys(R, "LOG", "automatic vacuum of table \"seatinv.inventory.%s\": index scans: %d\n\tpages: 0 removed, %d remain, %d scanned (%.2f%% of total)\n\ttuples: %d removed, %d remain, 0 are dead but not yet removable\n\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s\n\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s" % (
            tb, R.randint(0, 1), R.randint(100, 90000), R.randint(10, 9000), R.uniform(1, 60), R.randint(100, 90000), R.randint(10000, 900000), R.uniform(0, 40), R.uniform(0, 20), R.uniform(0, 2), R.uniform(0, 1), R.uniform(0.1, 9)))

    def n_slow(R):
        # log_min_duration_statement = 500ms: slow but successful
        return pgl(R, "LOG", "duration: %d.%03d ms  execute S_%d: SELECT s.seat_no, s.status, s.cabin, s.characteristics\n\t  FROM inventory.seat s\n\t WHERE s.flight_id = $1\n\t ORDER BY s.row_no, s.col" % (R.randint(500, 1400), R.randint(0, 999), R.randint(1, 40)))

    def n_dupkey(R):
        # two passengers picked the same seat; the app answers 409 "seat taken" and offers alternatives
        return pgl(R, "ERROR", "duplicate key value violates unique constraint \"seat_assignment_flight_seat_key\"", pick(R, ["seatinv_app", "checkin_app"]))

    def n_dupkey_detail(R):
        return pgl(R, "DETAIL", "Key (flight_id, seat_no)=(%d, %d%s) already exists." % (R.randint(10 ** 6, 10 ** 7), R.randint(1, 60), pick(R, "ABCDEFGHJK")), pick(R, ["seatinv_app", "checkin_app"]))

    def n_dupkey_stmt(R):
        return pgl(R, "STATEMENT", "INSERT INTO inventory.seat_assignment (flight_id, seat_no, pax_id, source) VALUES ($1, $2, $3, $4)", pick(R, ["seatinv_app", "checkin_app"]))

    def n_serial(R):
        # serializable retry handled by the app
        return pgl(R, "ERROR", "could not serialize access due to concurrent update", "seatinv_app")

    def n_reset(R):
        return pgl(R, "LOG", "could not receive data from client: Connection reset by peer")

    def n_notx(R):
        return pgl(R, "WARNING", "there is no transaction in progress")

    def n_cron_ok(R):
        j = R.choice([1, 2, 3, 5])
        return pgsys(R, "LOG", "cron job %d %s" % (j, pick(R, ["starting: CALL inventory.expire_stale_holds()", "COMMAND completed: CALL 1", "starting: VACUUM (ANALYZE) inventory.seatmap_version", "COMMAND completed: VACUUM"])))

    def n_stats(R):
        return pgsys(R, "LOG", "automatic analyze of table \"seatinv.inventory.%s\"\n\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s\n\tsystem usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s" % (pick(R, ["seat", "seat_hold_p2030_05", "flight_leg"]), R.uniform(0, 40), R.uniform(0, 10), R.uniform(0, 1), R.uniform(0, 0.5), R.uniform(0.1, 4)))

    def n_tempfile(R):
        # log_temp_files: a small temp file for a sort, normal
        return pgl(R, "LOG", "temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.%d\", size %d" % (R.randint(1000, 60000), R.randint(0, 9), R.randint(10 ** 5, 10 ** 7)), "seatinv_report")

    def n_lock_wait(R):
        # log_lock_waits: a short wait that was then granted
        return pgl(R, "LOG", "process %d acquired ShareLock on transaction %d after %d.%03d ms" % (R.randint(1000, 65000), R.randint(10 ** 7, 10 ** 8), R.randint(1000, 1900), R.randint(0, 999)))

    def n_idle(R):
        return pgl(R, "FATAL", "terminating connection due to idle-session timeout", "seatinv_report", host="10.40.88.%d(%d)" % (R.choice([14, 15, 31]), R.randint(30000, 65000)))

    return [n_conn, n_auth_ok, n_auth_ok, n_disc, n_disc, n_ckpt, n_vacuum, n_slow, n_dupkey, n_dupkey_detail, n_dupkey_stmt, n_serial, n_reset, n_notx, n_cron_ok,
            n_stats, n_tempfile, n_lock_wait, n_idle]


def seatinv(R):
    return build(R, F1, [("seat-hold-index-dropped-statement-timeout", e_timeout), ("report-user-password-rotated", e_auth),
                         ("manifest-export-temp-space-full", e_tempfull), ("family-seat-assign-lock-order-deadlock", e_deadlock),
                         ("partition-cron-permission-denied", e_partition)], seat_negs())


# ---------------------------------------------------------------- loyalty-ledger-elixir-phoenix-otp-ecs
F2 = "loyalty-ledger-elixir-phoenix-otp-ecs"


def rid(R):
    return "F" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(19))


def member(R):
    return "KM%s" % digits(R, 9)


def ex(R, lvl, msg, req=True):
    meta = ("request_id=%s " % rid(R)) if req else ""
    return "%s %s[%s] %s" % (hmsm(R), meta, lvl, msg)


def pid(R):
    return "#PID<0.%d.0>" % R.randint(400, 90000)


def e_undef_table(R):
    # release 2030.05.1 reads tier_thresholds but its migration never ran (the release's eval migrate step was dropped
    # from the task definition); tier recalculation crashes and the tier endpoint returns 500
    err = "** (Postgrex.Error) ERROR 42P01 (undefined_table) relation \"tier_thresholds\" does not exist\n\n    query: SELECT t0.\"tier\", t0.\"min_miles\", t0.\"min_segments\" FROM \"tier_thresholds\" AS t0 WHERE (t0.\"program\" = $1)"
    frames = "    (ecto_sql 3.12.0) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1\n    (ecto_sql 3.12.0) lib/ecto/adapters/sql.ex:994: Ecto.Adapters.SQL.execute/6\n    (ledger 2030.5.1) lib/ledger/tiers.ex:%d: Ledger.Tiers.thresholds/1" % R.randint(20, 60)
    t = R.random()
    if t < 0.45:
        return ex(R, "error", "GenServer Ledger.Tiers.Recalculator terminating\n%s\n%s\n    (stdlib 6.1) gen_server.erl:2345: :gen_server.try_handle_info/3\nLast message: {:recalc, \"%s\"}\nState: %%{batch: %d, pending: %d}" % (err, frames, member(R), R.randint(1, 400), R.randint(10, 9000)), False)
    return ex(R, "error", "** (Postgrex.Error) ERROR 42P01 (undefined_table) relation \"tier_thresholds\" does not exist\n%s\n    (ledger 2030.5.1) lib/ledger_web/controllers/tier_controller.ex:%d: LedgerWeb.TierController.show/2\n    (ledger 2030.5.1) lib/ledger_web/endpoint.ex:1: LedgerWeb.Endpoint.plug_builder_call/2" % (frames, R.randint(10, 40)))


def e_pool(R):
    # pool_size 10 per task while the flown-segment Broadway pipeline runs 40 processors; accrual posting and member
    # APIs queue for connections and are dropped
    t = R.random()
    ms = R.choice([1500, 1800, 2000, 2200, 2500, 3000])
    if t < 0.5:
        return ex(R, "error", "Processor %s failed to process message %s: ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after %dms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\n\n  1. Ensuring your database is available and that you can connect to it\n  2. Tracking down slow queries and making sure they are running fast enough\n  3. Increasing the pool_size (although this increases resource consumption)\n  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\n\nSee DBConnection.start_link/2 for more information" % (pick(R, ["Ledger.Accruals.Pipeline.Processor_default_%d" % R.randint(0, 39)]), uuid(R), ms), False)
    return ex(R, "error", "** (DBConnection.ConnectionError) connection not available and request was dropped from queue after %dms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\n\n  1. Ensuring your database is available and that you can connect to it\n  2. Tracking down slow queries and making sure they are running fast enough\n  3. Increasing the pool_size (although this increases resource consumption)\n  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\n\nSee DBConnection.start_link/2 for more information\n    (ecto_sql 3.12.0) lib/ecto/adapters/sql.ex:1096: Ecto.Adapters.SQL.raise_sql_call_error/1\n    (ledger 2030.5.1) lib/ledger_web/controllers/balance_controller.ex:%d: LedgerWeb.BalanceController.show/2" % (ms, R.randint(10, 40)))


def e_mtls(R):
    # the client certificate for the hotel-partner redemption API (mTLS) expired on 2030-05-11; the partner rejects the
    # handshake and every hotel-night redemption fails
    t = R.random()
    if t < 0.55:
        return ex(R, "error", "hotel redemption %s for %s failed: %%Mint.TransportError{reason: {:tls_alert, {:certificate_expired, ~c\"TLS client: In state connection received SERVER ALERT: Fatal - Certificate Expired\\n\"}}}" % (uuid(R), member(R)))
    return ex(R, "warning", "redemption %s rolled back: partner call failed (certificate_expired), %d miles returned to %s" % (uuid(R), R.choice([8000, 12000, 15000, 24000, 30000]), member(R)))


def e_oom(R):
    # the yearly statement export builds each member's full history in one process; the BEAM runs out of memory and
    # the task dies mid-run
    t = R.random()
    if t < 0.6:
        return "eheap_alloc: Cannot allocate %d bytes of memory (of type \"%s\").\n\nCrash dump is being written to: erl_crash.dump...done" % (R.randint(10 ** 9, 4 * 10 ** 9), pick(R, ["heap", "old_heap"]))
    return ex(R, "warning", "statement export %s: %d of %d members written before the VM exited; resuming from checkpoint %d" % (uuid(R), R.randint(10 ** 4, 10 ** 6), R.randint(10 ** 6, 3 * 10 ** 6), R.randint(1, 900)), False)


def e_kms(R):
    # the flown-segments queue was switched to a customer-managed KMS key; the ledger task role has no kms:Decrypt,
    # so Broadway's SQS producer cannot receive and no miles are accrued
    return ex(R, "error", "Unable to fetch events from AWS. Reason: {:http_error, 400, %%{code: \"KMS.AccessDeniedException\", message: \"User: arn:aws:sts::%s:assumed-role/kw-ledger-task/%s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:%s:%s:key/%s because no identity-based policy allows the kms:Decrypt action (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException; Request ID: %s; Proxy: null)\"}}" % (ACCT, hexs(R, 32), REGION, ACCT, uuid(R), uuid(R)), False)


def ledger_negs():
    def n_req(R):
        p = pick(R, ["GET /api/v1/members/%s/balance" % member(R), "GET /api/v1/members/%s/activity?page=%d" % (member(R), R.randint(1, 9)), "POST /api/v1/accruals", "POST /api/v1/redemptions", "GET /api/v1/members/%s/tier" % member(R)])
        return ex(R, "info", p)

    def n_sent(R):
        return ex(R, "info", "Sent %d in %s" % (pick(R, [200, 200, 201, 204]), pick(R, ["%dms" % R.randint(1, 300), "%dµs" % R.randint(200, 999)])))

    def n_query(R):
        return ex(R, "debug", "QUERY OK source=\"%s\" db=%.1fms idle=%.1fms\nSELECT l0.\"id\", l0.\"member_no\", l0.\"miles\", l0.\"kind\" FROM \"ledger_entries\" AS l0 WHERE (l0.\"member_no\" = $1) [\"%s\"]" % (pick(R, ["ledger_entries", "members", "tiers"]), R.uniform(0.2, 9), R.uniform(0.1, 40), member(R)))

    def n_accrual(R):
        return ex(R, "info", "accrued %d miles to %s for KW%d %s segment %s (fare class %s)" % (R.randint(200, 9000), member(R), R.randint(100, 990), "2030-05-%02d" % R.randint(1, 28), upper(R, 10), pick(R, "YBMHKLQVJCD")), False)

    def n_dup(R):
        # idempotent duplicate from SQS redelivery
        return ex(R, "info", "segment %s already accrued for %s, skipping duplicate delivery" % (upper(R, 10), member(R)), False)

    def n_insufficient(R):
        return ex(R, "warning", "redemption rejected for %s: insufficient_miles (balance %d, needed %d)" % (member(R), R.randint(0, 9000), R.randint(10000, 60000)))

    def n_unknown(R):
        return ex(R, "info", "member lookup %s: not_found (404)" % ("KM%s" % digits(R, R.choice([8, 10]))))

    def n_boot(R):
        return pick(R, [ex(R, "info", "Running LedgerWeb.Endpoint with Bandit 1.5.%d at :::4000 (http)" % R.randint(0, 7), False),
                        ex(R, "info", "Access LedgerWeb.Endpoint at https://miles.kestrelway.example", False),
                        ex(R, "notice", "Application ledger exited: :stopped", False),
                        ex(R, "info", "[libcluster:ecs] connected to :\"ledger@%s\"" % ip10(R, 52), False)])

    def n_broadway(R):
        return ex(R, "info", "accrual batch %s: received=%d accrued=%d duplicates=%d failed=0" % (uuid(R)[:8], R.randint(1, 10), R.randint(0, 10), R.randint(0, 2)), False)

    def n_client_exit(R):
        # the calling request process went away (client disconnected); DBConnection logs it at error, nothing is lost
        return ex(R, "error", "Postgrex.Protocol (%s) disconnected: ** (DBConnection.ConnectionError) client %s exited" % (pid(R), pid(R)), False)

    def n_redeem_ok(R):
        return ex(R, "info", "redemption %s ok: %s -%d miles (%s)" % (uuid(R), member(R), R.choice([5000, 8000, 12000, 15000, 24000, 30000, 45000]), pick(R, ["award seat KW%d" % R.randint(100, 990), "upgrade KW%d" % R.randint(100, 990), "hotel night partner=%s" % pick(R, ["lumen-hotels", "orchard-stays"])])))

    def n_retry(R):
        return ex(R, "warning", "Finch request to partner %s timed out after 5000ms, retry 1/3 ... ok on retry (%dms)" % (pick(R, ["lumen-hotels", "orchard-stays", "carhire-kw"]), R.randint(200, 2000)))

    def n_tier_ok(R):
        return ex(R, "info", "tier review for %s: %s -> %s (%d miles, %d segments)" % (member(R), pick(R, ["BLUE", "SILVER"]), pick(R, ["SILVER", "GOLD"]), R.randint(20000, 90000), R.randint(10, 80)), False)

    def n_sigterm(R):
        return ex(R, "notice", "SIGTERM received - shutting down", False)

    def n_badparam(R):
        return ex(R, "info", "Converted error Phoenix.ActionClauseError to 400 response")

    return [n_req, n_req, n_sent, n_sent, n_query, n_accrual, n_accrual, n_dup, n_insufficient, n_unknown, n_boot, n_broadway, n_client_exit,
            n_redeem_ok, n_retry, n_tier_ok, n_sigterm, n_badparam]


def ledger(R):
    return build(R, F2, [("tier-thresholds-migration-not-run", e_undef_table), ("db-pool-10-vs-40-processors", e_pool),
                         ("hotel-partner-client-cert-expired", e_mtls), ("statement-export-beam-oom", e_oom),
                         ("segments-queue-kms-decrypt-denied", e_kms)], ledger_negs())


FAMILIES = {F1: seatinv, F2: ledger}
