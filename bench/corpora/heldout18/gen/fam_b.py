"""Families: aurora-mysql3-errorlog-audit, elasticache-valkey-engine-slowlog."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, pick, jd, port, build, epoch, epoch_ms, tb, ts_sp)

# ---------------------------------------------------------------- aurora-mysql3-errorlog-audit
# Aurora MySQL 3 (8.0-compatible) error log and Advanced Auditing log exported to CloudWatch Logs,
# plus an RDS for MySQL 8.0 read replica fed by binlog replication from the Aurora writer.
# Error log: <iso-usec>Z <thread> [Level] [MY-NNNNNN] [Subsystem] message
# Audit: timestamp(usec),serverhost,username,host,connectionid,queryid,operation,database,object,retcode
F3 = "aurora-mysql3-errorlog-audit"
USERS3 = ["app_orders", "app_orders", "app_catalog", "etl", "importer", "rdsadmin", "metabase"]


def mts(R):
    return "2028-02-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 6))


def me(R, level, code, sub, msg, thread=None):
    return "%s %d [%s] [MY-%06d] [%s] %s" % (mts(R), thread if thread is not None else R.randint(0, 90000), level, code, sub, msg)


def aud(R, user, op, db, obj, ret, host=None):
    return "%d,ip-172-17-%d-%d,%s,%s,%d,%d,%s,%s,%s,%d" % (
        epoch(R) * 1000000 + R.randint(0, 999999), R.randint(0, 9), R.randint(2, 250), user, host or ip10(R), R.randint(1000, 999999),
        R.randint(1000000, 99999999) if op not in ("CONNECT", "DISCONNECT", "FAILED_CONNECT") else 0, op, db, obj, ret)


def sq(s):
    return "'" + s.replace("'", "\\'") + "'"


def m_deadlock(R):
    if R.random() < 0.5:
        t1, t2 = R.randint(9000000, 9999999), R.randint(9000000, 9999999)
        return me(R, "Note", 12468, "InnoDB", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:6482)") + "\n" + \
            me(R, "Note", 12469, "InnoDB", "\n*** (1) TRANSACTION:\n\nTRANSACTION %d, ACTIVE 0 sec starting index read\nmysql tables in use 1, locked 1\nLOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s)\nMySQL thread id %d, OS thread handle %d, query id %d %s app_orders updating\nUPDATE stock SET on_hand = on_hand - 1 WHERE warehouse_id = %d AND sku_id = %d\n\n*** (2) TRANSACTION:\n\nTRANSACTION %d, ACTIVE 0 sec starting index read\nmysql tables in use 1, locked 1\n\n*** WE ROLL BACK TRANSACTION (2)" % (
                t1, R.randint(100, 9000), R.randint(10**13, 10**14), R.randint(10**6, 10**8), ip10(R), R.randint(1, 9), R.randint(1000, 90000), t2))
    return aud(R, "app_orders", "QUERY", "orders", sq("UPDATE stock SET on_hand = on_hand - 1 WHERE warehouse_id = %d AND sku_id = %d" % (R.randint(1, 9), R.randint(1000, 90000))), 1213)


def m_maxconn(R):
    return aud(R, pick(R, ["app_orders", "app_orders", "app_catalog"]), "FAILED_CONNECT", "", "", 1040)


def m_etl_denied(R):
    ip = "10.40.%d.%d" % (R.randint(0, 3), R.randint(2, 250))
    if R.random() < 0.55:
        return me(R, "Note", 10926, "Server", "Access denied for user 'etl'@'%s' (using password: YES)" % ip)
    return aud(R, "etl", "FAILED_CONNECT", "", "", 1045, ip)


def m_repl_dup(R):
    log = "mysql-bin-changelog.%06d" % R.randint(12000, 12099)
    pos = R.randint(10000, 9999999)
    if R.random() < 0.55:
        return me(R, "ERROR", 10584, "Repl", "Replica SQL for channel '': Worker %d failed executing transaction 'ANONYMOUS' at source log %s, end_log_pos %d; Could not execute Write_rows event on table orders.payments; Duplicate entry '%d' for key 'payments.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY; the event's source log %s, end_log_pos %d, Error_code: MY-001062" % (
            R.randint(1, 4), log, pos, R.randint(400000, 499999), log, pos))
    return me(R, "ERROR", 10586, "Repl", "Error running query, replica SQL thread aborted. Fix the problem, and restart the replica SQL thread with \"START REPLICA\". We stopped at log '%s' position %d" % (log, pos))


def m_repl_purged(R):
    if R.random() < 0.7:
        return me(R, "ERROR", 13114, "Repl", "Replica I/O for channel '': Got fatal error 1236 from source when reading data from binary log: 'Could not find first log file name in binary log index file', Error_code: MY-013114")
    return me(R, "System", 10558, "Repl", "Replica I/O thread for channel '': exiting, read up to log 'mysql-bin-changelog.%06d', position %d" % (R.randint(11900, 11990), R.randint(4, 9999999))) + " (fatal error 1236; source purged binlogs, binlog retention hours = NULL)"


def m_lockwait(R):
    return aud(R, "app_orders", "QUERY", "orders", sq("UPDATE orders SET status = 'archived' WHERE created_at < '2027-%02d-01' LIMIT %d" % (R.randint(1, 12), pick(R, [50000, 100000]))), 1205) if R.random() < 0.5 else \
        aud(R, "app_orders", "QUERY", "orders", sq("UPDATE orders SET status = 'paid', paid_at = NOW() WHERE id = %d" % R.randint(1000000, 9999999)), 1205)


def m_tmpfull(R):
    return me(R, "ERROR", 13132, "Server", "The table '/rdsdbdata/tmp/#sql%s_%x_%d' is full!" % (hexs(R, 4), R.randint(16, 4000), R.randint(0, 9)))


def m_semaphore(R):
    th = R.randint(70000000000000, 79999999999999)
    return me(R, "Warning", 12985, "InnoDB", "A long semaphore wait:\n--Thread %d has waited at %s line %d for %d seconds the semaphore:\n%s" % (
        th, pick(R, ["btr0sea.cc", "dict0dict.cc", "buf0flu.cc"]), R.randint(200, 3000), R.randint(241, 600),
        pick(R, ["X-lock on RW-latch at 0x%s created in file btr0sea.cc line 202" % hexs(R, 12), "Mutex at 0x%s, Mutex DICT_SYS created dict0dict.cc:1046, locked by %d" % (hexs(R, 12), th + 1)])), 0)


def m_column(R):
    return aud(R, "app_catalog", "QUERY", "catalog", sq("SELECT c.id, c.email, c.loyalty_tier FROM customers c WHERE c.id = %d" % R.randint(10000, 999999)), 1054)


def m_event(R):
    if R.random() < 0.6:
        return me(R, "ERROR", 10045, "Server", "Event Scheduler: [admin@%%][orders.ev_purge_sessions] Table 'orders.sessions_old' doesn't exist")
    return me(R, "Note", 10048, "Server", "Event Scheduler: [admin@%].[orders.ev_purge_sessions] event execution failed.")


def m_packet(R):
    return me(R, "Note", 10914, "Server", "Aborted connection %d to db: 'catalog' user: 'importer' host: '10.40.%d.%d' (Got a packet bigger than 'max_allowed_packet' bytes)." % (
        R.randint(1000, 999999), R.randint(0, 3), R.randint(2, 250)))


def mn_aborted(R):
    return me(R, "Note", 10914, "Server", "Aborted connection %d to db: '%s' user: '%s' host: '%s' (%s)." % (
        R.randint(1000, 999999), pick(R, ["orders", "catalog"]), pick(R, ["app_orders", "app_catalog", "metabase"]), ip10(R),
        pick(R, ["Got timeout reading communication packets", "Got an error reading communication packets"])))


def mn_resolve(R):
    return me(R, "Warning", 10055, "Server", "IP address '%s' could not be resolved: Name or service not known" % ip10(R))


def mn_native(R):
    return me(R, "Warning", 13360, "Server", "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'")


def mn_audit_ok(R):
    v = R.random()
    u = pick(R, USERS3[:3] + ["metabase"])
    if v < 0.25:
        return aud(R, u, "CONNECT", pick(R, ["orders", "catalog"]), "", 0)
    if v < 0.45:
        return aud(R, u, "DISCONNECT", pick(R, ["orders", "catalog"]), "", 0)
    if v < 0.75:
        return aud(R, u, "QUERY", "orders", sq(pick(R, ["SELECT id, status FROM orders WHERE customer_id = %d" % R.randint(1000, 99999),
                                                     "INSERT INTO error_events (source, code, payload) VALUES ('checkout', 'CARD_DECLINED', '{}')",
                                                     "SELECT COUNT(*) FROM failed_jobs WHERE failed_at > NOW() - INTERVAL 1 HOUR",
                                                     "COMMIT", "SET autocommit=1"])), 0)
    return aud(R, "rdsadmin", "QUERY", "mysql", sq(pick(R, ["SELECT 1", "SELECT @@session.transaction_read_only", "SHOW GLOBAL STATUS LIKE 'Aborted_connects'"])), 0, "localhost")


def mn_newsletter_dup(R):
    return aud(R, "app_catalog", "QUERY", "catalog", sq("INSERT INTO newsletter_signups (email, created_at) VALUES ('%s@example.com', NOW())" % lower(R, 8)), 1062)


def mn_ready(R):
    v = R.random()
    if v < 0.35:
        return me(R, "System", 10931, "Server", "/rdsdbbin/oscar/bin/mysqld: ready for connections. Version: '8.0.39'  socket: '/tmp/mysql.sock'  port: 3306  Source distribution.", 0)
    if v < 0.65:
        return me(R, "Warning", 10068, "Server", "CA certificate /rdsdbdata/rds-metadata/ca-cert.pem is self signed.", 0)
    return me(R, "System", 13172, "Server", "Received SHUTDOWN from user rdsadmin. Shutting down mysqld (Version: 8.0.39).", R.randint(10, 90))


def mn_repl_ok(R):
    return me(R, "System", 10562, "Repl", "Replica I/O thread for channel '': connected to source 'repl_user@orders-writer.cluster-cx7kq2m1abcd.us-east-1.rds.amazonaws.com:3306',replication started in log 'mysql-bin-changelog.%06d' at position %d" % (R.randint(12000, 12099), R.randint(4, 9999999)))


def mn_purge(R):
    return me(R, "Note", 10000 + pick(R, [2, 3]), "Server", "Purging binary logs up to mysql-bin-changelog.%06d (binlog retention 168 hours; 0 errors)" % R.randint(11000, 12000))


def fam_mysql(R):
    groups = [
        ("orders-stock-update-deadlock", m_deadlock),
        ("writer-max-connections-1040", m_maxconn),
        ("etl-user-password-mismatch", m_etl_denied),
        ("replica-payments-duplicate-key-stopped", m_repl_dup),
        ("replica-io-binlog-purged-1236", m_repl_purged),
        ("orders-archive-lock-wait-timeout", m_lockwait),
        ("writer-tmp-table-full", m_tmpfull),
        ("innodb-long-semaphore-wait", m_semaphore),
        ("catalog-loyalty-tier-unknown-column", m_column),
        ("purge-sessions-event-table-missing", m_event),
        ("importer-max-allowed-packet", m_packet),
    ]
    neg = [mn_aborted, mn_aborted, mn_resolve, mn_native, mn_audit_ok, mn_audit_ok, mn_audit_ok, mn_newsletter_dup, mn_ready, mn_repl_ok, mn_purge]
    return build(R, F3, groups, neg)


# ---------------------------------------------------------------- elasticache-valkey-engine-slowlog
# ElastiCache for Valkey 8 (cluster mode) engine log and slow log delivered to CloudWatch Logs as JSON,
# plus the clients' own logs: cart-api (Python, redis-py, JSON logs), session-svc (Node, ioredis, pino)
# and a nightly report job (Python, plain logging).
F4 = "elasticache-valkey-engine-slowlog"
CL = ["shop-cache-0001-001", "shop-cache-0001-002", "shop-cache-0002-001", "shop-cache-0002-002", "shop-cache-0003-001"]


def eng(R, level, msg, cid=None, role=None):
    return json.dumps({"CacheClusterId": cid or pick(R, CL), "CacheNodeId": "0001", "LogLevel": level, "Role": role or pick(R, ["M", "S"]),
                       "Timestamp": "2028-02-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), "Message": msg})


def slow(R, cmd, us, client_name=""):
    return json.dumps({"CacheClusterId": pick(R, CL), "CacheNodeId": "0001", "Id": R.randint(100, 90000), "Timestamp": epoch(R), "Duration (us)": us,
                       "Command": cmd, "ClientAddress": "%s:%d" % (ip10(R), port(R)), "ClientName": client_name})


def cart(R, level, msg, exc=None, **kw):
    d = {"ts": "2028-02-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), "level": level, "logger": "cart.cache", "msg": msg, "request_id": uuid(R)}
    d.update(kw)
    if exc:
        d["exc_info"] = exc
    return json.dumps(d)


def pino(R, level, msg, **kw):
    d = {"level": level, "time": epoch_ms(R), "pid": R.randint(1, 40), "hostname": "session-svc-%s-%s" % (hexs(R, 10), lower(R, 5)), "msg": msg}
    d.update(kw)
    return json.dumps(d)


def rjob(R, level, msg):
    return "%s %s [report_job.cache] %s" % (ts_sp(R, 3, ","), level, msg)


PYSITE = "/usr/local/lib/python3.12/site-packages"


def e_oom(R):
    msg = "OOM command not allowed when used memory > 'maxmemory'."
    if R.random() < 0.55:
        return cart(R, "ERROR", "cart write failed", tb([("/app/cart/store.py", 61, "save_cart", "pipe.execute()"),
                                                         (PYSITE + "/redis/cluster.py", 2167, "_execute_transaction_with_retries", "raise r")],
                                                        "redis.exceptions.OutOfMemoryError: command not allowed when used memory > 'maxmemory'."), cart_id=uuid(R))
    return pino(R, 50, "session save failed", err={"type": "ReplyError", "message": msg, "stack": "ReplyError: %s\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)" % msg, "command": {"name": "set", "args": ["sess:%s" % alnum(R, 32), "[...]", "EX", "86400"]}})


def e_replica_buffer(R):
    ip = "10.0.%d.%d" % (R.randint(2, 3), R.randint(10, 250))
    v = R.random()
    if v < 0.5:
        return eng(R, "WARNING", "Client id=%d addr=%s:%d laddr=%s:6379 fd=%d name= age=%d idle=0 flags=S db=0 sub=0 psub=0 ssub=0 multi=-1 watch=0 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=%d omem=%d tot-mem=%d events=r cmd=psync user=default redir=-1 resp=2 lib-name= lib-ver= scheduled to be closed ASAP for overcoming of output buffer limits." % (
            R.randint(1000, 99999), ip, port(R), ip10(R), R.randint(20, 90), R.randint(30, 900), R.randint(4000, 20000), R.randint(268435456, 300000000), R.randint(268435456, 300000000)), role="M")
    if v < 0.8:
        return eng(R, "WARNING", "Connection with replica %s:6379 lost." % ip, role="M")
    return eng(R, "WARNING", "MASTER <-> REPLICA sync: Full resync failed, primary closed the connection during transfer (attempt %d)" % R.randint(2, 9), role="S")


def e_readonly(R):
    if R.random() < 0.6:
        return cart(R, "ERROR", "cart update failed", tb([("/app/cart/store.py", 44, "add_item", "r.hset(key, mapping=item)"),
                                                          (PYSITE + "/redis/connection.py", 600, "read_response", "raise response")],
                                                         "redis.exceptions.ReadOnlyError: You can't write against a read only replica."), node="shop-cache-0002-002.shop-cache.xyzabc.use1.cache.amazonaws.com:6379")
    return pino(R, 50, "session touch failed", err={"type": "ReplyError", "message": "READONLY You can't write against a read only replica.", "command": {"name": "expire", "args": ["sess:%s" % alnum(R, 32), "86400"]}})


def e_wrongpass(R):
    if R.random() < 0.5:
        return pino(R, 50, "redis connection error", err={"type": "ReplyError", "message": "WRONGPASS invalid username-password pair or user is disabled.", "stack": "ReplyError: WRONGPASS invalid username-password pair or user is disabled.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)"})
    return rjob(R, "ERROR", "cannot connect to cache: AuthenticationError: invalid username-password pair or user is disabled. (user=report-job, attempt 3/3, giving up)")


def e_sg_timeout(R):
    if R.random() < 0.5:
        return "[ioredis] Unhandled error event: Error: connect ETIMEDOUT\n    at TLSSocket.<anonymous> (/app/node_modules/ioredis/built/Redis.js:170:41)\n    at Object.onceWrapper (node:events:634:28)\n    at TLSSocket.emit (node:events:520:28)\n    at Socket._onTimeout (node:net:%d:8)\n    at listOnTimeout (node:internal/timers:594:17)" % pick(R, [609, 609])
    return pino(R, 50, "request failed", req={"id": R.randint(1, 99999), "method": "GET", "url": "/v1/session/%s" % alnum(R, 12)},
                err={"type": "MaxRetriesPerRequestError", "message": "Reached the max retries per request limit (which is 20). Refer to \"maxRetriesPerRequest\" option for details."}, responseTime=R.randint(10000, 30000))


def e_crossslot(R):
    return cart(R, "ERROR", "bulk price lookup failed", tb([("/app/cart/pricing.py", 27, "prices_for", "vals = r.mget([f\"price:{sku}\" for sku in skus])"),
                                                           (PYSITE + "/redis/cluster.py", 1212, "_execute_command", "response = connection.read_response()")],
                                                          "redis.exceptions.ResponseError: CROSSSLOT Keys in request don't hash to the same slot"), skus=R.randint(2, 40))


def e_moved(R):
    slot = R.randint(0, 16383)
    return rjob(R, "ERROR", "query %s failed: MOVED %d 10.0.%d.%d:6379" % (pick(R, ["HGETALL stats:daily:2028-02-%02d" % day(R), "ZRANGE leaderboard:%s 0 99" % lower(R, 4), "GET report:last_run"]), slot, R.randint(2, 3), R.randint(10, 250))) if R.random() < 0.6 else \
        rjob(R, "ERROR", "report %s aborted\n" % pick(R, ["daily-sales", "cart-abandon", "top-skus"]) + tb([("/app/report_job/main.py", 88, "run", "data = cache.hgetall(key)"),
                                                                                                            (PYSITE + "/redis/connection.py", 600, "read_response", "raise response")],
                                                                                                           "redis.exceptions.ResponseError: MOVED %d 10.0.%d.%d:6379" % (slot, R.randint(2, 3), R.randint(10, 250))))


def e_fork(R):
    if R.random() < 0.5:
        return eng(R, "WARNING", "Can't save in background: fork: Cannot allocate memory", role="M")
    return cart(R, "ERROR", "cart write failed", tb([("/app/cart/store.py", 61, "save_cart", "pipe.execute()"),
                                                     (PYSITE + "/redis/connection.py", 600, "read_response", "raise response")],
                                                    "redis.exceptions.ResponseError: MISCONF Valkey is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Valkey logs for details about the RDB error."), cart_id=uuid(R))


def e_lua(R):
    v = R.random()
    if v < 0.35:
        return eng(R, "WARNING", "Slow script detected: still in execution after %d milliseconds. You can try killing the script using the SCRIPT KILL command. Script name is: %s." % (R.randint(5000, 5100), hexs(R, 40) if R.random() < 0 else "ratelimit_sliding_window_v3"), role="M")
    if v < 0.65:
        return slow(R, "EVALSHA 7f1c0b6e4d%s 1 ... (2 more arguments)" % hexs(R, 30), R.randint(5000000, 9000000), "session-svc")
    return pino(R, 50, "rate limiter failed", err={"type": "ReplyError", "message": "BUSY Valkey is busy running a script. You can only call SCRIPT KILL or FUNCTION KILL."}, route=pick(R, ["/v1/login", "/v1/session/refresh"]))


def e_keys(R):
    return slow(R, pick(R, ["KEYS sess:*", "KEYS sess:*", "KEYS cart:*:items"]), R.randint(180000, 900000), pick(R, ["admin-dashboard", ""]))


def e_pubsub(R):
    return eng(R, "WARNING", "Client id=%d addr=%s:%d laddr=%s:6379 fd=%d name=notifier age=%d idle=%d flags=P db=0 sub=%d psub=0 ssub=0 multi=-1 watch=0 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=%d omem=%d tot-mem=%d events=rw cmd=subscribe user=notifier redir=-1 resp=2 lib-name=redis-py lib-ver=5.2.1 scheduled to be closed ASAP for overcoming of output buffer limits." % (
        R.randint(1000, 99999), ip10(R), port(R), ip10(R), R.randint(20, 90), R.randint(30, 9000), R.randint(0, 60), R.randint(1, 4), R.randint(2000, 9000), R.randint(33554432, 40000000), R.randint(33554432, 40000000)), role="M")


def en_bgsave(R):
    return eng(R, "NOTICE", pick(R, ["Background saving started by pid %d" % R.randint(100, 9000), "DB saved on disk", "Background saving terminated with success",
                                     "Fork CoW for RDB: current %d MB, peak %d MB, average %d MB" % (R.randint(1, 90), R.randint(1, 200), R.randint(1, 90))]), role="M")


def en_sync(R):
    ip = "10.0.%d.%d" % (R.randint(2, 3), R.randint(10, 250))
    return eng(R, "NOTICE", pick(R, ["Synchronization with replica %s:6379 succeeded" % ip, "Replica %s:6379 asks for synchronization" % ip,
                                     "Partial resynchronization request from %s:6379 accepted. Sending %d bytes of backlog starting from offset %d." % (ip, R.randint(0, 90000), R.randint(10**6, 10**10))]))


def en_replica(R):
    return eng(R, "NOTICE", pick(R, ["MASTER <-> REPLICA sync: Finished with success", "Connecting to MASTER 10.0.2.%d:6379" % R.randint(10, 250),
                                     "MASTER <-> REPLICA sync started", "Successful partial resynchronization with master."]), role="S")


def en_failover(R):
    # planned maintenance failover of shard 0003: the engine's side of it is expected
    return eng(R, pick(R, ["NOTICE", "WARNING"]), pick(R, ["Connection with master lost.", "Caching the disconnected master state.", "Discarding previously cached master state.",
                                                          "Setting secondary replication ID to %s, valid up to offset: %d. New replication ID is %s" % (hexs(R, 40), R.randint(10**6, 10**10), hexs(R, 40))]),
               cid="shop-cache-0003-00%d" % R.randint(1, 2))


def en_slow_ok(R):
    return slow(R, pick(R, ["MGET price:{sku}:%d ... (11 more arguments)" % R.randint(1000, 99999), "HGETALL cart:%s" % uuid(R), "EVALSHA 3a91e0d2%s 1 ... (3 more arguments)" % hexs(R, 32),
                            "ZADD leaderboard:weekly %d ... (1 more arguments)" % R.randint(1, 9999), "DEL sess:%s" % alnum(R, 32)]), R.randint(10050, 24000), pick(R, ["cart-api", "session-svc", ""]))


def en_cart_info(R):
    v = R.random()
    if v < 0.4:
        return cart(R, "INFO", "cache miss for cart %s, loading from db" % uuid(R))
    if v < 0.7:
        return cart(R, "WARNING", "redis call failed, retrying (attempt 1 of 3): ConnectionError: Error while reading from %s:6379 : (104, 'Connection reset by peer')" % ip10(R))
    return cart(R, "INFO", "cluster slots refreshed: %d nodes, 0 errors" % pick(R, [6, 6]))


def en_pino_info(R):
    v = R.random()
    if v < 0.5:
        return pino(R, 30, "request completed", req={"id": R.randint(1, 99999), "method": pick(R, ["GET", "POST"]), "url": "/v1/session/%s" % alnum(R, 12)}, res={"statusCode": pick(R, [200, 200, 204, 401])}, responseTime=R.randint(1, 80))
    return pino(R, 40, "redis reconnecting", delay=pick(R, [50, 100, 200]), attempt=1)


def en_rjob_ok(R):
    return rjob(R, "INFO", "report %s written: %d rows, cache hits %d, errors 0" % (pick(R, ["daily-sales", "cart-abandon", "top-skus"]), R.randint(100, 90000), R.randint(0, 9000)))


def fam_cache(R):
    groups = [
        ("sessions-maxmemory-oom", e_oom),
        ("replica-output-buffer-full-resync", e_replica_buffer),
        ("cart-writes-to-replica-endpoint", e_readonly),
        ("auth-token-rotated-clients-wrongpass", e_wrongpass),
        ("session-svc-sg-blocks-6379", e_sg_timeout),
        ("cart-mget-crossslot", e_crossslot),
        ("report-job-not-cluster-aware", e_moved),
        ("bgsave-fork-no-memory-misconf", e_fork),
        ("ratelimit-lua-script-busy", e_lua),
        ("admin-dashboard-keys-scan", e_keys),
        ("notifier-pubsub-buffer-limit", e_pubsub),
    ]
    neg = [en_bgsave, en_sync, en_replica, en_failover, en_slow_ok, en_slow_ok, en_cart_info, en_cart_info, en_pino_info, en_pino_info, en_rjob_ok]
    return build(R, F4, groups, neg)


FAMILIES = {F3: fam_mysql, F4: fam_cache}
