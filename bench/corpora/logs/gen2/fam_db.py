"""rds-postgres and rds-mysql families: database engine logs as RDS / Aurora publish them to CloudWatch Logs."""
from common import *  # noqa: F401,F403
from common import R

PGUSERS = ["app_user", "orders_rw", "reporting", "migrator", "billing_app", "readonly", "grafana"]
PGDBS = ["orders", "billing", "app", "inventory", "postgres", "analytics"]


def pgts():
    return dt().strftime("%Y-%m-%d %H:%M:%S UTC")


def pgprefix(ts=None, pid_=None, user=None, db=None, client=True):
    """RDS default log_line_prefix %t:%r:%u@%d:[%p]: ; background processes have no client/user/db."""
    ts = ts or pgts()
    pid_ = pid_ or R.randint(300, 65000)
    if not client:
        return f"{ts}::@:[{pid_}]:"
    return f"{ts}:{ip()}({port()}):{user or R.choice(PGUSERS)}@{db or R.choice(PGDBS)}:[{pid_}]:"


def pg(level, lines, client=True, user=None, db=None):
    """One event: the first line at LEVEL, continuation lines (DETAIL, HINT, CONTEXT, STATEMENT) with the same prefix."""
    p = pgprefix(client=client, user=user, db=db)
    out = [f"{p}{level}:  {lines[0]}"]
    for kind, text in lines[1:]:
        out.append(f"{p}{kind}:  {text}")
    return "\n".join(out)


def fam_pg():
    F = Fam("rds-postgres")
    # ---- non-errors
    F.ok(lambda: pg("LOG", [R.choice(["checkpoint starting: time", "checkpoint starting: wal"])], client=False), 4)
    F.ok(lambda: pg("LOG", [f"checkpoint complete: wrote {R.randint(10, 90000)} buffers ({R.uniform(0, 30):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 9)} recycled; write={R.uniform(0, 300):.3f} s, sync={R.uniform(0, 2):.3f} s, total={R.uniform(0, 300):.3f} s; sync files={R.randint(1, 900)}, longest={R.uniform(0, 1):.3f} s, average={R.uniform(0, 0.1):.3f} s; distance={R.randint(100, 900000)} kB, estimate={R.randint(100, 900000)} kB"], client=False), 6)
    F.ok(lambda: f"{pgts()}:{ip()}({port()}):[unknown]@[unknown]:[{R.randint(300, 65000)}]:LOG:  connection received: host={ip()} port={port()}", 4)
    F.ok(lambda: pg("LOG", [f"connection authorized: user={R.choice(PGUSERS)} database={R.choice(PGDBS)} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"]), 4)
    F.ok(lambda: pg("LOG", [f"disconnection: session time: {R.randint(0, 9)}:{R.randint(0, 59):02d}:{R.uniform(0, 59):06.3f} user={R.choice(PGUSERS)} database={R.choice(PGDBS)} host={ip()} port={port()}"]), 4)
    F.ok(lambda: pg("LOG", [f"duration: {R.uniform(500, 9000):.3f} ms  statement: SELECT id, status FROM orders WHERE customer_id = {R.randint(1, 99999)} ORDER BY created_at DESC LIMIT 50"]), 5)
    F.ok(lambda: pg("LOG", [f"automatic vacuum of table \"{R.choice(PGDBS)}.public.{R.choice(['orders', 'sessions', 'events'])}\": index scans: {R.randint(0, 2)}\n\tpages: 0 removed, {R.randint(100, 90000)} remain, 0 skipped due to pins, 0 skipped frozen\n\ttuples: {R.randint(0, 9000)} removed, {R.randint(1000, 900000)} remain, 0 are dead but not yet removable"], client=False), 4)
    F.ok(lambda: pg("LOG", ["could not receive data from client: Connection reset by peer"]), 5)
    F.ok(lambda: pg("LOG", ["unexpected EOF on client connection with an open transaction"]), 3)
    F.ok(lambda: pg("WARNING", ["there is no transaction in progress"]), 4)
    F.ok(lambda: pg("LOG", ["database system is ready to accept connections"], client=False), 2)
    F.ok(lambda: pg("LOG", ["received SIGHUP, reloading configuration files"], client=False), 2)
    F.ok(lambda: (lambda kv: pg("LOG", [f"parameter \"{kv[0]}\" changed to \"{kv[1]}\""], client=False))(R.choice([('log_min_duration_statement', R.choice(['500', '1000'])), ('work_mem', R.choice(['64MB', '16MB'])), ('idle_in_transaction_session_timeout', R.choice(['60000', '300000']))])), 3)
    F.ok(lambda: pg("LOG", [f"temporary file: path \"base/pgsql_tmp/pgsql_tmp{R.randint(300, 65000)}.{R.randint(0, 9)}\", size {R.randint(10**5, 10**9)}", ("STATEMENT", "SELECT * FROM order_items ORDER BY sku")]), 3)
    F.ok(lambda: pg("LOG", ["statement: SELECT 1"], user="rdsadmin", db="rdsadmin"), 3)
    F.ok(lambda: pg("LOG", [f"duration: {R.uniform(0.1, 5):.3f} ms  statement: SELECT count(*) AS error_count FROM job_runs WHERE status = 'failed' AND finished_at > now() - interval '1 hour'"]), 3)
    F.ok(lambda: pg("LOG", [f"process {R.randint(300, 65000)} still waiting for ShareLock on transaction {R.randint(10**6, 10**8)} after {R.uniform(1000, 1100):.3f} ms", ("DETAIL", f"Process holding the lock: {R.randint(300, 65000)}. Wait queue: {R.randint(300, 65000)}."), ("STATEMENT", "UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2")]), 4)
    F.ok(lambda: pg("LOG", ["pg_stat_statements: 0 errors while reading the statistics file"], client=False), 2)
    F.ok(lambda: pg("WARNING", [f"skipping \"{R.choice(['pg_authid', 'pg_statistic'])}\" --- only superuser can vacuum it"]), 3)

    # ---- errors
    F.err("duplicate-key-orders-external-ref", lambda: (lambda r: pg("ERROR", ["duplicate key value violates unique constraint \"orders_external_ref_key\"",
        ("DETAIL", f"Key (external_ref)=({r}) already exists."),
        ("STATEMENT", f"INSERT INTO orders (external_ref, customer_id, total_cents) VALUES ($1, $2, $3) RETURNING id")], user="orders_rw", db="orders"))(order_id()), 8)
    F.err("deadlock-inventory-update", lambda: (lambda a, b, t1, t2: pg("ERROR", ["deadlock detected",
        ("DETAIL", f"Process {a} waits for ShareLock on transaction {t1}; blocked by process {b}.\n\tProcess {b} waits for ShareLock on transaction {t2}; blocked by process {a}.\n\tProcess {a}: UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2\n\tProcess {b}: UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2"),
        ("HINT", "See server log for query details."),
        ("CONTEXT", f"while updating tuple ({R.randint(0, 9000)},{R.randint(1, 90)}) in relation \"inventory\""),
        ("STATEMENT", "UPDATE inventory SET reserved = reserved + $1 WHERE sku = $2")]))(R.randint(300, 65000), R.randint(300, 65000), R.randint(10**6, 10**8), R.randint(10**6, 10**8)), 7)
    F.err("password-auth-failed", lambda: (lambda u: pg("FATAL", [f"password authentication failed for user \"{u}\"",
        ("DETAIL", f"Connection matched pg_hba.conf line {R.choice([13, 14])}: \"host\tall\tall\t0.0.0.0/0\tmd5\"")], user=u, db=R.choice(PGDBS)))(R.choice(PGUSERS)), 7)
    F.err("database-does-not-exist", lambda: (lambda d: pg("FATAL", [f"database \"{d}\" does not exist"], db=d))(R.choice(["orders_test", "billing_v2", "app_staging", "reports"])), 5)
    F.err("no-connection-slots", lambda: pg("FATAL", ["remaining connection slots are reserved for non-replication superuser connections"]), 7)
    F.err("statement-timeout-report", lambda: pg("ERROR", ["canceling statement due to statement timeout",
        ("STATEMENT", f"SELECT date_trunc('day', created_at) AS d, sum(total_cents) FROM orders WHERE created_at >= '{dt().strftime('%Y-%m-%d')}' GROUP BY 1")], user="reporting"), 6)
    F.err("relation-does-not-exist", lambda: (lambda r: pg("ERROR", [f"relation \"{r}\" does not exist at character {R.randint(15, 60)}",
        ("STATEMENT", f"SELECT * FROM {r} WHERE id = $1")]))(R.choice(["order_audit", "public.feature_flags", "tmp_import_batch"])), 5)
    F.err("column-does-not-exist", lambda: (lambda c: pg("ERROR", [f"column \"{c}\" does not exist at character {R.randint(8, 40)}",
        ("HINT", "Perhaps you meant to reference the column \"orders.discount_cents\"."),
        ("STATEMENT", f"SELECT id, {c} FROM orders WHERE id = $1")]))("discount_amount"), 5)
    # A serialization failure (SQLSTATE 40001) is the isolation level working: the application
    # retries (labelled an error until 2026-12-06; held-out rounds 37 and 43 call it none).
    F.ok(lambda: pg("ERROR", ["could not serialize access due to concurrent update",
        ("STATEMENT", f"UPDATE accounts SET balance_cents = balance_cents - $1 WHERE id = $2")], user="billing_app", db="billing"), 6)
    F.err("terminating-admin-command", lambda: pg("FATAL", ["terminating connection due to administrator command"]), 6)
    F.err("idle-in-transaction-timeout", lambda: pg("FATAL", ["terminating connection due to idle-in-transaction timeout"]), 5)
    F.err("no-space-left", lambda: pg("ERROR", [f"could not extend file \"base/{R.randint(16000, 17000)}/{R.randint(2000, 90000)}\": No space left on device",
        ("HINT", "Check free disk space."),
        ("STATEMENT", f"INSERT INTO events (type, payload) VALUES ($1, $2)")]), 5)
    F.err("not-null-customer-id", lambda: pg("ERROR", ["null value in column \"customer_id\" of relation \"orders\" violates not-null constraint",
        ("DETAIL", f"Failing row contains ({R.randint(1, 10**6)}, null, {R.randint(100, 90000)}, pending, {dt().strftime('%Y-%m-%d %H:%M:%S.%f+00')})."),
        ("STATEMENT", "INSERT INTO orders (customer_id, total_cents, status) VALUES ($1, $2, $3) RETURNING id")], user="orders_rw", db="orders"), 6)
    F.err("recovery-mode", lambda: pg("FATAL", ["the database system is in recovery mode"]), 5)
    F.err("permission-denied-invoices", lambda: pg("ERROR", ["permission denied for table invoices",
        ("STATEMENT", f"SELECT id, total_cents FROM invoices WHERE customer_id = {R.randint(1, 99999)}")], user="readonly", db="billing"), 5)
    F.err("no-pg-hba-entry", lambda: (lambda u, d: f"{pgts()}:{ip()}({port()}):{u}@{d}:[{R.randint(300, 65000)}]:FATAL:  no pg_hba.conf entry for host \"{ip()}\", user \"{u}\", database \"{d}\", no encryption")(R.choice(PGUSERS), R.choice(PGDBS)), 5)
    F.err("out-of-memory-hash", lambda: pg("ERROR", ["out of memory",
        ("DETAIL", f"Failed on request of size {R.choice([8192, 16384, 33554432, 1048576])} in memory context \"{R.choice(['HashBatchContext', 'ExecutorState'])}\"."),
        ("STATEMENT", "SELECT c.id, array_agg(o.id) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.id")], user="reporting", db="analytics"), 4)
    return F


MYSQL_SUBSYS = {"Repl": "Repl", "InnoDB": "InnoDB", "Server": "Server"}


def myts():
    return dt().strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def my(level, code, subsys, msg, thread=None):
    """MySQL 8 log_sink_internal format: time thread [label] [err_code] [subsystem] msg."""
    t = thread if thread is not None else R.choice([0, R.randint(1, 900000)])
    return f"{myts()} {t} [{level}] [MY-{code:06d}] [{subsys}] {msg}"


def my57(level, msg, thread=None):
    """MySQL 5.7 / Aurora MySQL 2 format, without error code and subsystem."""
    t = thread if thread is not None else R.randint(0, 900000)
    return f"{myts()} {t} [{level}] {msg}"


def binlog():
    return f"mysql-bin-changelog.{R.randint(1, 99999):06d}"


def fam_mysql():
    F = Fam("rds-mysql")
    # ---- non-errors
    F.ok(lambda: my("Note", 10926, "Server", f"Access denied for user '{R.choice(['app', 'reporting', 'admin', 'root'])}'@'{ip()}' (using password: YES)"), 6)
    F.ok(lambda: R.choice([my("Note", 10914, "Server", f"Aborted connection {R.randint(1, 900000)} to db: '{R.choice(PGDBS)}' user: '{R.choice(['app', 'reporting'])}' host: '{ip()}' (Got an error reading communication packets)."),
                            my57("Warning", f"Aborted connection {R.randint(1, 900000)} to db: '{R.choice(PGDBS)}' user: '{R.choice(['app', 'reporting'])}' host: '{ip()}' (Got an error reading communication packets)")]), 7)
    F.ok(lambda: my("Note", 12468, "InnoDB", f"Transactions deadlock detected, dumping detailed information. (lock0lock.cc:{R.choice([6482, 6508, 6630])})", thread=R.randint(1, 900000)), 4)
    F.ok(lambda: my("System", 10931, "Server", f"/rdsdbbin/mysql/bin/mysqld: ready for connections. Version: '8.0.{R.randint(32, 40)}'  socket: '/tmp/mysql.sock'  port: 3306  Source distribution.", thread=0), 2)
    F.ok(lambda: my("System", 10116, "Server", f"/rdsdbbin/mysql/bin/mysqld (mysqld 8.0.{R.randint(32, 40)}) starting as process {R.randint(100, 900)}", thread=0), 2)
    F.ok(lambda: my("Warning", 10068, "Server", "CA certificate /rdsdbdata/rds-metadata/ca-cert.pem is self signed.", thread=0), 2)
    F.ok(lambda: my("Warning", 13360, "Server", "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'", thread=R.randint(1, 900000)), 4)
    F.ok(lambda: my("Warning", 10055, "Server", f"IP address '{ip()}' could not be resolved: Name or service not known", thread=R.randint(1, 900000)), 3)
    F.ok(lambda: my("Note", 12312, "InnoDB", f"Buffer pool(s) load completed at {dt().strftime('%y%m%d %H:%M:%S')}", thread=0), 2)
    F.ok(lambda: (lambda q: f"# Time: {myts()}\n# User@Host: {R.choice(['app', 'reporting'])}[{R.choice(['app', 'reporting'])}] @  [{ip()}]  Id: {R.randint(1, 900000)}\n# Query_time: {q:.6f}  Lock_time: {R.uniform(0, 0.01):.6f} Rows_sent: {R.randint(0, 500)}  Rows_examined: {R.randint(1000, 9000000)}\nSET timestamp={R.randint(1767225600, 1793000000)};\nSELECT * FROM order_items WHERE sku LIKE '%{R.choice(['ERR', 'FAIL', 'X'])}%';")(R.uniform(1, 60)), 10)
    F.ok(lambda: f"{myts()}\t{R.randint(1, 900000)} Query\tSELECT {R.choice(['1', 'count(*) FROM failed_jobs', '@@version'])}", 4)
    F.ok(lambda: f"{R.randint(1767225600, 1793000000)}{R.randint(100000, 999999)},ip-10-{R.randint(0, 255)}-{R.randint(0, 255)}-{R.randint(1, 254)},{R.choice(['app', 'reporting'])},{ip()},{R.randint(1, 90000)},{R.randint(1, 9000000)},QUERY,{R.choice(PGDBS)},'SELECT id FROM orders WHERE status = \\'failed\\'',0,,", 5)
    F.ok(lambda: f"{R.randint(1767225600, 1793000000)}{R.randint(100000, 999999)},ip-10-{R.randint(0, 255)}-{R.randint(0, 255)}-{R.randint(1, 254)},{R.choice(['app', 'admin', 'root'])},{ip()},{R.randint(1, 90000)},0,FAILED_CONNECT,,,1045,,", 4)
    F.ok(lambda: my("Note", 10051, "Server", f"Event Scheduler: scheduler thread started with id {R.randint(3, 9)}", thread=R.randint(3, 9)), 2)
    F.ok(lambda: my("Note", 10913, "Server", f"Got an error reading communication packets from {R.choice(['app', 'reporting'])}@{ip()} (connection {R.randint(1, 900000)}), retry succeeded", thread=R.randint(1, 900000)), 3)
    F.ok(lambda: my("System", 13172, "Server", f"Received SHUTDOWN from user rdsadmin. Shutting down mysqld (Version: 8.0.{R.randint(32, 40)}).", thread=R.randint(1, 99)), 2)
    F.ok(lambda: f"{myts()}\t{R.randint(1, 900000)} Connect\t{R.choice(['app', 'reporting'])}@{ip()} on {R.choice(PGDBS)} using TCP/IP", 7)
    F.ok(lambda: my57("Note", f"InnoDB: page_cleaner: 1000ms intended loop took {R.randint(4000, 90000)}ms. The settings might not be optimal. (flushed={R.randint(0, 2000)} and evicted=0, during the time.)", thread=0), 3)

    # ---- errors
    F.err("replica-duplicate-entry", lambda: (lambda b, p, k: my("ERROR", 10584, "Repl", f"Replica SQL for channel '': Worker {R.randint(1, 4)} failed executing transaction 'ANONYMOUS' at source log {b}, end_log_pos {p}; Could not execute Write_rows event on table orders.payments; Duplicate entry '{k}' for key 'payments.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY; the event's source log {b}, end_log_pos {p}, Error_code: MY-001062", thread=R.randint(10, 99)))(binlog(), R.randint(1000, 10**8), R.randint(1, 10**6)), 6)
    F.err("innodb-semaphore-wait-crash", lambda: my("ERROR", 12872, "InnoDB", f"[FATAL] Semaphore wait has lasted > {R.choice([600, 600, 900])} seconds. We intentionally crash the server because it appears to be hung.", thread=0), 4)
    F.err("os-error-28", lambda: my("ERROR", 12592, "InnoDB", "Operating system error number 28 in a file operation.", thread=R.randint(0, 900000)), 5)
    F.err("error-28-no-space", lambda: my("ERROR", 12596, "InnoDB", "Error number 28 means 'No space left on device'", thread=R.randint(0, 900000)), 5)
    F.err("binlog-write-no-space", lambda: my("ERROR", 10907, "Server", f"Error writing file '/rdsdbdata/log/binlog/{binlog()}' (errno: 28 - No space left on device)", thread=R.randint(1, 900000)), 5)
    F.err("event-purge-sessions-lock-wait", lambda: my("ERROR", 10045, "Server", f"Event Scheduler: [{R.choice(['app', 'admin'])}@%][{R.choice(PGDBS)}.purge_sessions] Lock wait timeout exceeded; try restarting transaction", thread=R.randint(1, 900000)), 6)
    F.err("event-rollup-table-missing", lambda: my("ERROR", 10045, "Server", f"Event Scheduler: [admin@%][analytics.rollup_daily] Table 'analytics.{R.choice(['daily_rollup', 'daily_rollup_v2'])}' doesn't exist", thread=R.randint(1, 900000)), 5)
    F.err("unknown-variable-startup", lambda: my("ERROR", 67, "Server", f"unknown variable '{R.choice(['query_cache_size=0', 'query_cache_type=0', 'innodb_file_format=Barracuda'])}'.", thread=0), 4)
    F.err("server-aborting", lambda: R.choice([my("ERROR", 10119, "Server", "Aborting", thread=0), my57("ERROR", "Aborting", thread=0)]), 5)
    F.err("client-session-lock-wait", lambda: my("ERROR", 13129, "Server", "A message intended for a client cannot be sent there as no client-session is attached. Therefore, we're sending the information to the error-log instead: MY-001205 - Lock wait timeout exceeded; try restarting transaction", thread=R.randint(1, 900000)), 5)
    F.err("tablespace-page-out-of-bounds", lambda: my("ERROR", 12153, "InnoDB", f"Trying to access page number {R.randint(10**4, 10**7)} in space {R.randint(10, 9000)}, space name {R.choice(PGDBS)}/{R.choice(['order_items', 'events'])}, which is outside the tablespace bounds. Byte offset {R.randint(0, 9) * 1024}, len 16384, i/o type read. If you get this error at mysqld startup, please check that your my.cnf matches the ibdata files that you have in the MySQL server.", thread=R.randint(0, 900000)), 4)
    F.err("replica-io-same-server-id", lambda: my("ERROR", 13117, "Repl", "Replica I/O for channel '': Fatal error: The replica I/O thread stops because source and replica have equal MySQL server ids; these ids must be different for replication to work (or the --replicate-same-server-id option must be used on replica but this does not always make sense; please check the manual before using it). Error_code: MY-013117", thread=R.randint(10, 99)), 4)
    F.err("aurora-too-many-connections", lambda: my57("ERROR", f"Too many connections, max_connections={R.choice([90, 1000, 2000, 3000])} reached; refusing connection from {R.choice(['app', 'reporting'])}@{ip()}", thread=R.randint(1, 900000)), 7)
    F.err("innodb-assertion-btr0cur", lambda: my("ERROR", 13183, "InnoDB", f"Assertion failure: btr0cur.cc:{R.choice([333, 336, 341])}:btr_page_get_prev(get_block->frame) == page_get_page_no(page) thread {R.randint(10**14, 10**15)}", thread=0), 4)
    F.err("error-log-open-permission", lambda: my("ERROR", 10958, "Server", f"Could not open file '/rdsdbdata/log/error/mysql-error{R.choice(['', '-running'])}.log' for error logging: Permission denied", thread=0), 4)
    F.err("slave-sql-table-missing-57", lambda: my57("ERROR", f"Slave SQL for channel '': Error executing row event: 'Table 'orders.{R.choice(['refunds', 'refunds_archive'])}' doesn't exist', Error_code: 1146", thread=R.randint(1, 99)), 5)
    return F
