"""Families: fail2ban-clamav, aiohttp-asyncio-aiobotocore."""
from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    epoch, sysl, host)

# ---------------------------------------------------------------- fail2ban-clamav
# Host security daemons on EC2 web/upload hosts: /var/log/fail2ban.log (its own layout:
# `date time,ms fail2ban.<module> [pid]: LEVEL message`), ClamAV's clamd, freshclam, clamdscan and
# clamonacc through syslog / their own log files.
F1 = "fail2ban-clamav"

WEB = ["ip-10-33-%d-%d" % (a, b) for a, b in [(1, 15), (1, 16), (2, 80), (2, 81)]]
UPL = ["ip-10-33-%d-%d" % (a, b) for a, b in [(8, 21), (8, 22), (9, 140)]]


def f2b(R, module, level, msg, pid=None):
    return "2027-08-%02d %s,%s %-24s[%d]: %-8s%s" % (day(R), hms(R), ms(R), "fail2ban." + module, pid or pick(R, [812, 814, 1203, 977]), level, msg)


def g_f2b_action(R):
    ip = ipdoc(R)
    if R.random() < 0.55:
        return f2b(R, "actions", "ERROR", "Failed to execute ban jail 'nginx-botsearch' action 'iptables-multiport' info 'ActionInfo({'ip': '%s', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x7f%s>, 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x7f%s>})': Error banning %s" % (ip, hexs(R, 10), hexs(R, 10), ip))
    d, t, m, pid = day(R), hms(R), ms(R), pick(R, [812, 814])
    pre = "2027-08-%02d %s,%s fail2ban.utils           [%d]: ERROR   7f%s -- " % (d, t, m, pid, hexs(R, 10))
    return "%sexec: iptables -w -I f2b-nginx-botsearch 1 -s %s -j REJECT --reject-with icmp-port-unreachable\n%sstderr: 'iptables v1.8.8 (nf_tables): Chain \\'f2b-nginx-botsearch\\' does not exist'\n%sreturned 1" % (pre, ip, pre, pre)


def g_f2b_db(R):
    if R.random() < 0.6:
        return f2b(R, "database", "ERROR", "Error connecting to fail2ban persistent database '/var/lib/fail2ban/fail2ban.sqlite3': database disk image is malformed")
    return f2b(R, "database", "ERROR", "Failed to %s: database disk image is malformed" % pick(R, ["getBans", "addBan", "purge"]))


def g_f2b_logpath(R):
    if R.random() < 0.6:
        return f2b(R, "server", "ERROR", "Failed during configuration: Have not found any log file for postfix-sasl jail")
    return f2b(R, "server", "ERROR", "Async configuration of server failed")


def g_freshclam_cdn(R):
    h = pick(R, UPL + WEB)
    if R.random() < 0.5:
        return sysl(R, h, "freshclam", "ERROR: Update failed for database: %s" % pick(R, ["daily", "main", "bytecode", "daily"]))
    return sysl(R, h, "freshclam", "ERROR: Database update process failed: Forbidden; Blocked by CDN (%s)" % pick(R, ["database.clamav.net", "database.clamav.net"]))


def g_clamd_malformed(R):
    h = pick(R, UPL)
    v = R.random()
    if v < 0.4:
        return sysl(R, h, "clamd", "LibClamAV Error: cli_cvdload: Can't verify database integrity")
    if v < 0.7:
        return sysl(R, h, "clamd", "ERROR: Malformed database")
    return sysl(R, h, "clamd", "ERROR: reload db failed: Malformed database (%d)" % pick(R, [-124, -124]))


def g_clamdscan_refused(R):
    h = pick(R, UPL)
    return sysl(R, h, "upload-scan", "ERROR: Could not connect to clamd on LocalSocket /run/clamd.scan/clamd.sock: Connection refused (object %s/%s)" % (
        pick(R, ["uploads/2027/08", "uploads/2027/07"]), uuid(R)))


def g_clamonacc(R):
    h = pick(R, UPL)
    if R.random() < 0.6:
        return sysl(R, h, "clamonacc", "ERROR: Clamonacc: fanotify_init failed: Operation not permitted")
    return sysl(R, h, "clamonacc", "ERROR: Clamonacc: clamonacc must be run with elevated permissions")


def g_clamd_alloc(R):
    h = pick(R, UPL[:1])
    if R.random() < 0.6:
        return sysl(R, h, "clamd", "LibClamAV Error: cli_malloc(): Can't allocate memory (%d bytes)." % R.randint(1048576, 268435456))
    return sysl(R, h, "kernel", "Out of memory: Killed process %d (clamd) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB, shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:0" % (
        R.randint(800, 9000), R.randint(1500000, 1700000), R.randint(1300000, 1450000), 990, R.randint(2800, 3200)), pid=0)


def n_f2b(R):
    ip = ipdoc(R)
    jail = pick(R, ["sshd", "nginx-botsearch", "nginx-limit-req", "recidive"])
    v = R.random()
    if v < 0.35:
        return f2b(R, "filter", "INFO", "[%s] Found %s - 2027-08-%02d %s" % (jail, ip, day(R), hms(R)))
    if v < 0.6:
        return f2b(R, "actions", "NOTICE", "[%s] %s %s" % (jail, pick(R, ["Ban", "Unban", "Restore Ban"]), ip))
    if v < 0.75:
        return f2b(R, "actions", "NOTICE", "[%s] %s already banned" % (jail, ip))
    if v < 0.88:
        return f2b(R, pick(R, ["jail", "server", "filter"]), "INFO", pick(R, ["Jail '%s' started" % jail, "Starting Fail2ban v1.0.2", "Jail '%s' uses pyinotify {}" % jail,
                                                                             "[%s] Total # of detected failures: %d. Current banned: %d" % (jail, R.randint(0, 400), R.randint(0, 40))]))
    return f2b(R, "filter", "WARNING", "[%s] Simulate NOW in operation since found time has too large deviation %s ~ %s +/- 60" % (jail, R.randint(1, 3000), R.randint(1, 3000)))


def n_clamd(R):
    h = pick(R, UPL)
    return sysl(R, h, "clamd", pick(R, [
        "SelfCheck: Database status OK.",
        "Database correctly reloaded (%d signatures)" % R.randint(8690000, 8720000),
        "Reading databases from /var/lib/clamav",
        "Limits: MaxScanSize limit set to %d." % 104857600,
        "instream(local): Eicar-Signature(44d88612fea8a8f36de82e1278abb02f:68) FOUND",
        "/var/lib/upload-scan/tmp/%s: Win.Malware.Agent-%d FOUND" % (uuid(R), R.randint(6000000, 9999999)),
        "LibClamAV Warning: cli_scanxz: decompress file size exceeds limits - only scanning %d bytes" % R.randint(1000000, 50000000)]))


def n_freshclam(R):
    h = pick(R, UPL + WEB)
    return sysl(R, h, "freshclam", pick(R, [
        "daily.cld database is up-to-date (version: %d, sigs: %d, f-level: 90, builder: raynman)" % (R.randint(27700, 27760), R.randint(2060000, 2090000)),
        "main.cvd database is up-to-date (version: 62, sigs: 6647427, f-level: 90, builder: sigmgr)",
        "ClamAV update process started at %s Aug %2d %s 2027" % (pick(R, ["Mon", "Tue", "Wed"]), day(R), hms(R)),
        "Testing database: '/var/lib/clamav/tmp.%s/clamav-%s.tmp-daily.cld' ..." % (hexs(R, 10), hexs(R, 32)),
        "Database test passed.",
        "daily.cld updated (version: %d, sigs: %d, f-level: 90, builder: raynman)" % (R.randint(27700, 27760), R.randint(2060000, 2090000)),
        "WARNING: Can't query current.cvd.clamav.net; retrying with the next mirror in 30s (0 updates failed)"]))


def n_scan_summary(R):
    h = pick(R, UPL)
    d, hh, mm, ss = day(R), R.randint(0, 22), R.randint(0, 59), R.randint(0, 58)
    dur = R.uniform(0.01, 0.99)
    return sysl(R, h, "upload-scan", "scanned %s/%s\n----------- SCAN SUMMARY -----------\nInfected files: %d\nTime: %.3f sec (0 m 0 s)\nStart Date: 2027:08:%02d %02d:%02d:%02d\nEnd Date:   2027:08:%02d %02d:%02d:%02d" % (
        pick(R, ["uploads/2027/08", "avatars"]), uuid(R), pick(R, [0, 0, 0, 1]), dur, d, hh, mm, ss, d, hh, mm, ss + 1))


def fail2ban_clamav(R):
    groups = [
        ("nginx-botsearch-ban-action-failed", g_f2b_action),
        ("fail2ban-sqlite-malformed", g_f2b_db),
        ("postfix-sasl-jail-no-log-file", g_f2b_logpath),
        ("freshclam-blocked-by-cdn", g_freshclam_cdn),
        ("clamd-database-malformed", g_clamd_malformed),
        ("upload-scan-clamd-socket-refused", g_clamdscan_refused),
        ("clamonacc-fanotify-not-permitted", g_clamonacc),
        ("clamd-out-of-memory", g_clamd_alloc),
    ]
    return build(R, F1, groups, [n_f2b, n_clamd, n_freshclam, n_scan_summary])


# ---------------------------------------------------------------- aiohttp-asyncio-aiobotocore
# A Python 3.12 ingest service on ECS Fargate: aiohttp web app under gunicorn (GunicornWebWorker),
# aiobotocore clients for DynamoDB/S3/SQS, asyncpg, stdlib logging to stdout
# (`%(asctime)s %(levelname)s [%(name)s] %(message)s`), plus gunicorn's own `[ts] [pid] [LEVEL]` lines
# and aiohttp's access log. Tracebacks stay in one event (awslogs multiline pattern on the timestamp).
F2 = "aiohttp-asyncio-aiobotocore"

SP = "/usr/local/lib/python3.12/site-packages"


def pyts(R):
    return "2027-08-%02d %s,%s" % (day(R), hms(R), ms(R))


def pl(R, level, name, msg):
    return "%s %s [%s] %s" % (pyts(R), level, name, msg)


def g_task_never_retrieved(R):
    n = R.randint(100, 99999)
    return pl(R, "ERROR", "asyncio", "Task exception was never retrieved\nfuture: <Task finished name='Task-%d' coro=<EventBuffer.flush() done, defined at /app/ingest/buffer.py:88> exception=KeyError('tenant_id')>\nTraceback (most recent call last):\n  File \"/app/ingest/buffer.py\", line %d, in flush\n    by_tenant[ev[\"tenant_id\"]].append(ev)\n              ~~^^^^^^^^^^^^^\nKeyError: 'tenant_id'" % (n, pick(R, [97, 97])))


def req_tb(R, frames, exc):
    return "Error handling request\nTraceback (most recent call last):\n  File \"%s/aiohttp/web_protocol.py\", line 452, in _handle_request\n    resp = await request_handler(request)\n  File \"%s/aiohttp/web_app.py\", line 543, in _handle\n    resp = await handler(request)\n%s%s" % (SP, SP, frames, exc)


def g_ddb_throughput(R):
    return pl(R, "ERROR", "aiohttp.server", req_tb(R, "  File \"/app/ingest/routes.py\", line 61, in post_events\n    await table.put_item(Item=item)\n  File \"%s/aiobotocore/client.py\", line 412, in _make_api_call\n    raise error_class(parsed_response, operation_name)\n" % SP,
                                                   "botocore.errorfactory.ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: %d): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." % pick(R, [4, 9])))


def g_s3_denied(R):
    return pl(R, "ERROR", "aiohttp.server", req_tb(R, "  File \"/app/ingest/routes.py\", line 118, in get_export\n    obj = await s3.get_object(Bucket=\"ingest-exports-prod\", Key=f\"{tenant}/{export_id}.parquet\")\n  File \"%s/aiobotocore/client.py\", line 412, in _make_api_call\n    raise error_class(parsed_response, operation_name)\n" % SP,
                                                   "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::111122223333:assumed-role/ingest-task-role/%s is not authorized to perform: s3:GetObject on resource: \"arn:aws:s3:::ingest-exports-prod/t-%s/%s.parquet\" because no identity-based policy allows the s3:GetObject action" % (hexs(R, 32), lower(R, 6), uuid(R))))


def g_unclosed_session(R):
    return pl(R, "ERROR", "asyncio", "Unclosed client session\nclient_session: <aiohttp.client.ClientSession object at 0x7f%s>" % hexs(R, 10)) if R.random() < 0.6 else \
        pl(R, "ERROR", "asyncio", "Unclosed connector\nconnections: ['deque([(<aiohttp.client_proto.ResponseHandler object at 0x7f%s>, %.3f)])']\nconnector: <aiohttp.connector.TCPConnector object at 0x7f%s>" % (hexs(R, 10), R.uniform(1000, 90000), hexs(R, 10)))


def g_sqs_timeout(R):
    return pl(R, "ERROR", "ingest.poller", "receive_message failed, poller loop %d\nTraceback (most recent call last):\n  File \"/app/ingest/poller.py\", line 44, in run\n    resp = await sqs.receive_message(QueueUrl=self.queue_url, WaitTimeSeconds=20, MaxNumberOfMessages=10)\n  File \"%s/aiobotocore/endpoint.py\", line 231, in _send\n    raise ReadTimeoutError(endpoint_url=request.url, error=e)\nbotocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: \"https://sqs.us-east-1.amazonaws.com/\"" % (R.randint(1, 9999), SP))


def g_webhook_disconnected(R):
    t = "t-%s" % lower(R, 6)
    return pl(R, "ERROR", "ingest.webhooks", "delivery %s to tenant %s failed\nTraceback (most recent call last):\n  File \"/app/ingest/webhooks.py\", line 73, in deliver\n    async with session.post(url, json=payload, timeout=ClientTimeout(total=10)) as resp:\n  File \"%s/aiohttp/client.py\", line 1197, in __aenter__\n    self._resp = await self._coro\n  File \"%s/aiohttp/client_proto.py\", line 94, in connection_lost\n    uncompleted = self._parser.feed_eof()\naiohttp.client_exceptions.ServerDisconnectedError: Server disconnected" % (uuid(R), t, SP, SP))


def g_gunicorn_timeout(R):
    pid = R.randint(8, 300)
    ts = "[2027-08-%02d %s +0000] [1]" % (day(R), hms(R))
    if R.random() < 0.55:
        return "%s [CRITICAL] WORKER TIMEOUT (pid:%d)" % (ts, pid)
    return "%s [ERROR] Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % (ts, pid)


def g_asyncpg_too_many(R):
    return pl(R, "ERROR", "ingest.db", "could not acquire connection for tenant t-%s\nTraceback (most recent call last):\n  File \"/app/ingest/db.py\", line 29, in acquire\n    conn = await asyncpg.connect(self.dsn, timeout=5)\n  File \"%s/asyncpg/connect_utils.py\", line 881, in __connect_addr\n    await connected\nasyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already" % (lower(R, 6), SP))


def n_access(R):
    path = pick(R, ["/healthz", "/v1/events", "/v1/events", "/v1/exports/%s" % uuid(R), "/metrics"])
    st = pick(R, [200, 200, 202, 204, 400, 404, 500, 503])
    return pl(R, "INFO", "aiohttp.access", "%s [%02d/Aug/2027:%s +0000] \"%s %s HTTP/1.1\" %d %d \"-\" \"%s\"" % (
        ip10(R), day(R), hms(R), pick(R, ["GET", "POST"]), path, st, R.randint(2, 9000), pick(R, ["ELB-HealthChecker/2.0", "python-httpx/0.27.0", "Go-http-client/1.1", "okhttp/4.12.0"])))


def n_app_info(R):
    return pl(R, pick(R, ["INFO", "INFO", "DEBUG"]), pick(R, ["ingest.buffer", "ingest.poller", "ingest.webhooks", "ingest.db"]), pick(R, [
        "flushed batch of %d events for %d tenants, 0 errors" % (R.randint(1, 500), R.randint(1, 40)),
        "poller received %d messages (error_count=0)" % R.randint(0, 10),
        "delivery %s to tenant t-%s succeeded in %dms" % (uuid(R), lower(R, 6), R.randint(20, 3000)),
        "pool stats: size=%d free=%d waiting=0" % (20, R.randint(0, 20)),
        "Using selector: EpollSelector",
        "export %s ready: s3://ingest-exports-prod/t-%s/%s.parquet" % (uuid(R), lower(R, 6), uuid(R))]))


def n_app_warn(R):
    return pl(R, "WARNING", pick(R, ["ingest.buffer", "ingest.webhooks", "asyncio"]), pick(R, [
        "PutItem throttled (ProvisionedThroughputExceededException), retrying in %dms (attempt %d/5)" % (R.randint(50, 2000), R.randint(1, 4)),
        "delivery %s to tenant t-%s got HTTP %d, will retry (attempt %d of 8)" % (uuid(R), lower(R, 6), pick(R, [429, 502, 503]), R.randint(1, 7)),
        "Executing <Task pending name='Task-%d' coro=<EventBuffer.flush() running at /app/ingest/buffer.py:91>> took %.3f seconds" % (R.randint(100, 99999), R.uniform(0.1, 0.9)),
        "webhook endpoint for tenant t-%s recovered after %d failures" % (lower(R, 6), R.randint(1, 12))]))


def n_gunicorn(R):
    ts = "[2027-08-%02d %s +0000] [%d]" % (day(R), hms(R), pick(R, [1, R.randint(8, 300)]))
    return "%s [INFO] %s" % (ts, pick(R, ["Booting worker with pid: %d" % R.randint(8, 300), "Starting gunicorn 22.0.0", "Listening at: http://0.0.0.0:8080 (1)",
                                         "Using worker: aiohttp.GunicornWebWorker", "Handling signal: term", "Worker exiting (pid: %d)" % R.randint(8, 300)]))


def aiohttp_asyncio_aiobotocore(R):
    groups = [
        ("buffer-flush-task-keyerror-never-retrieved", g_task_never_retrieved),
        ("events-putitem-throughput-exceeded", g_ddb_throughput),
        ("exports-s3-getobject-access-denied", g_s3_denied),
        ("unclosed-aiohttp-client-session", g_unclosed_session),
        ("sqs-poller-read-timeout", g_sqs_timeout),
        ("webhook-server-disconnected", g_webhook_disconnected),
        ("gunicorn-worker-timeout-killed", g_gunicorn_timeout),
        ("asyncpg-too-many-connections", g_asyncpg_too_many),
    ]
    return build(R, F2, groups, [n_access, n_app_info, n_app_warn, n_gunicorn])


FAMILIES = {F1: fail2ban_clamav, F2: aiohttp_asyncio_aiobotocore}
