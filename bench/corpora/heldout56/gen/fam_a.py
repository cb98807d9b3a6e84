"""Families: bhs-bsm-bridge-springboot3-amqp-logback-ecs, fids-django52-channels-daphne-redis-ecs.

"bhs" is fennick airports' baggage-handling integration bridge (Java 21, Spring Boot 3.3, Spring AMQP on Amazon MQ for
RabbitMQ, HikariCP on Aurora PostgreSQL "bagdb") on ECS: it reads IATA Type B BSMs (baggage source messages) from the
airlines' DCS gateway queue, asks the sortation allocation controller (SAC) for a chute, and publishes BPMs (baggage
processed messages) back. Spring Boot's default console pattern `2031-06-14T09:12:33.123Z  INFO 1 --- [bhs-bridge]
[thread] logger : msg`; the awslogs datetime pattern keeps stack traces and BSM dumps in one event.

"fids" is the flight information display content server (Python 3.12, Django 5.2, Channels 4 on daphne, channels_redis
on ElastiCache, psycopg 3 on RDS PostgreSQL): it polls the AODB REST API and pushes flight updates to gate, belt and
departure screens over WebSockets. Python logging `%(asctime)s %(levelname)s [%(name)s] %(message)s`, daphne's
access lines `client - - [14/Jun/2031:09:12:33] "GET /path" 200 512`; tracebacks kept in one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, comma_ts, clf_ts, moment, epoch)

AIRLINES = ["SK", "DY", "AY", "BT", "KL", "LH", "D8", "FI"]
DEST = ["CPH", "OSL", "HEL", "AMS", "FRA", "RIX", "KEF", "LHR", "CDG", "TLL", "BER", "ARN"]


def flight(R):
    return "%s%d" % (pick(R, AIRLINES), R.randint(100, 2999))


def tag(R):
    return "0%03d%06d" % (R.choice([117, 182, 328, 657, 74, 220]), R.randint(0, 999999))


def gate(R):
    return "%s%d" % (pick(R, "ABC"), R.randint(1, 28))


# ---------------------------------------------------------------- bhs-bsm-bridge-springboot3-amqp-logback-ecs
F1 = "bhs-bsm-bridge-springboot3-amqp-logback-ecs"


def sb(R, lvl, thread, logger, msg):
    return "%s %5s 1 --- [bhs-bridge] [%15s] %-40s : %s" % (iso_z(R), lvl, thread[-15:], logger, msg)


def lth(R):
    return "bsmListener-%d" % R.randint(1, 40)


def bsm_text(R, kind="BSM", chg=None):
    f = flight(R)
    lines = [kind] + ([chg] if chg else []) + [".V/1LFNK",
                                               ".F/%s/%02dJUN/%s/Y" % (f, R.randint(2, 28), pick(R, DEST)),
                                               ".N/%s001" % tag(R), ".S/Y/%02dA/C/%03d//N" % (R.randint(1, 40), R.randint(1, 180)),
                                               ".W/K/1/%d" % R.randint(6, 32), ".P/1%s/%s" % (pick(R, ["ANDERSSON", "VIRTANEN", "NIELSEN", "HANSEN", "BERG", "LUND"]), pick(R, ["KARIN MRS", "MIKA MR", "SOFIE MS", "OLE MR"])),
                                               "END" + kind]
    return "\n".join(lines)


def bhs_rabbit(R):
    # after the move to the new Amazon MQ broker the bhs-bridge user was created without configure/read permission on
    # vhost /bhs; the listener cannot consume bsm.inbound and no bag gets a chute
    q = pick(R, ["bsm.inbound", "bsm.inbound.t2"])
    if R.random() < 0.55:
        return sb(R, "ERROR", "AMQP Connection 10.60.%d.%d:5671" % (R.randint(0, 9), R.randint(2, 250)), "o.s.a.r.c.CachingConnectionFactory",
                  "Shutdown Signal: channel error; protocol method: #method<channel.close>(reply-code=403, reply-text=ACCESS_REFUSED - access to queue '%s' in vhost '/bhs' refused for user 'bhs-bridge', class-id=50, method-id=10)" % q)
    return sb(R, "WARN", "org.springframework.amqp.rabbit.RabbitListenerEndpointContainer#0-%d" % R.randint(1, 9), "o.s.a.r.l.SimpleMessageListenerContainer",
              "Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpIOException: java.io.IOException: channel error; reply-code=403, ACCESS_REFUSED - access to queue '%s' in vhost '/bhs' refused for user 'bhs-bridge' (attempt %d)" % (q, R.randint(2, 400)))


def bhs_sac(R):
    # the sortation allocation controller's TLS certificate expired on 2031-06-09; every chute request fails and bags
    # are diverted to manual encoding, missing their flights
    b = tag(R)
    if R.random() < 0.5:
        return sb(R, "ERROR", lth(R), "c.f.bhs.sac.SacAllocationClient",
                  "Chute allocation failed for bag %s\norg.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://sac.bhs.%s/api/v2/allocations\": PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed\n"
                  "\tat org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:915)\n\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:895)\n\tat com.fennick.bhs.sac.SacAllocationClient.allocate(SacAllocationClient.java:%d)\n"
                  "Caused by: java.security.cert.CertificateExpiredException: NotAfter: Mon Jun 09 23:59:59 UTC 2031\n\t... %d common frames omitted" % (b, DOMAIN, R.randint(60, 90), R.randint(30, 60)))
    return sb(R, "WARN", lth(R), "c.f.bhs.routing.BagRouter",
              "bag %s (%s) has no chute allocation after SAC error, diverted to manual encode station MES-%d" % (b, flight(R), R.randint(1, 4)))


def bhs_hikari(R):
    # listener concurrency was raised to 40 consumers while HikariCP stays at maximumPoolSize=10; BSMs wait 30 s for a
    # connection and are rejected back to the queue, bag records are not written
    if R.random() < 0.6:
        return sb(R, "ERROR", lth(R), "c.f.bhs.bsm.BsmMessageHandler",
                  "BSM for bag %s not stored, message requeued\norg.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction\n"
                  "\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)\n"
                  "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)\n"
                  "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n\t... %d common frames omitted" % (tag(R), R.randint(20, 38), R.randint(20, 40)))
    return sb(R, "WARN", lth(R), "o.h.engine.jdbc.spi.SqlExceptionHelper",
              "SQL Error: 0, SQLState: 08001 - HikariPool-1 - Connection is not available, request timed out after %d ms (total=10, active=10, idle=0, waiting=%d)" % (R.randint(30000, 30012), R.randint(20, 38)))


def bhs_bpm(R):
    # the bpm.to-dcs queue reached its x-max-length (overflow reject-publish) since the DCS gateway's consumer was
    # moved to another queue name; publisher confirms come back nack and BPMs are lost
    if R.random() < 0.6:
        return sb(R, "ERROR", "rabbitConnectionFactory%d" % R.randint(1, 4), "c.f.bhs.bpm.BpmPublisher",
                  "BPM for bag %s flight %s not confirmed by broker (nack, cause: null); queue bpm.to-dcs at x-max-length 100000 with overflow reject-publish" % (tag(R), flight(R)))
    return sb(R, "WARN", "scheduling-1", "c.f.bhs.bpm.BpmPublisher",
              "BPM publish stats last 5m: sent=%d confirmed=0 nacked=%d" % (R.randint(200, 900), R.randint(200, 900)))


def bhs_parser(R):
    # parser 3.0 (deployed 2031-06-11) runs in strict mode and rejects the .W weight element in the short form the
    # T2 check-in kiosks send; those bags are never registered
    f = flight(R)
    return sb(R, "ERROR", lth(R), "c.f.bhs.bsm.BsmMessageHandler",
              "BSM rejected (dead-lettered to bsm.dlq)\ncom.fennick.bhs.typeb.BsmParseException: unexpected element '.W/K/%d' at line %d: strict mode requires pieces/weight/unit in IATA 1745 order\n"
              "\tat com.fennick.bhs.typeb.StrictBsmParser.parseElement(StrictBsmParser.java:%d)\n\tat com.fennick.bhs.typeb.StrictBsmParser.parse(StrictBsmParser.java:88)\n\tat com.fennick.bhs.bsm.BsmMessageHandler.onMessage(BsmMessageHandler.java:57)\n"
              "\tat org.springframework.amqp.rabbit.listener.adapter.MessagingMessageListenerAdapter.invokeHandler(MessagingMessageListenerAdapter.java:%d)\n  flight=%s source=T2-KIOSK-%02d" % (R.randint(6, 32), R.randint(5, 7), R.randint(200, 260), R.randint(270, 290), f, R.randint(1, 24)))


def bhs_negs():
    def n_boot(R):
        return pick(R, [
            sb(R, "INFO", "main", "c.f.bhs.BhsBridgeApplication", "Starting BhsBridgeApplication v3.%d.%d using Java 21.0.%d with PID 1 (/app/app.jar started by app in /app)" % (R.randint(0, 9), R.randint(0, 20), R.randint(3, 7))),
            sb(R, "INFO", "main", "c.f.bhs.BhsBridgeApplication", "The following 1 profile is active: \"prod\""),
            sb(R, "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Starting..."),
            sb(R, "INFO", "main", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(R, 8)),
            sb(R, "INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"),
            sb(R, "INFO", "main", "o.s.a.r.c.CachingConnectionFactory", "Attempting to connect to: [b-%s.mq.%s.amazonaws.com:5671]" % (uuid(R), REGION)),
            sb(R, "INFO", "main", "c.f.bhs.BhsBridgeApplication", "Started BhsBridgeApplication in %d.%03d seconds (process running for %d.%03d)" % (R.randint(6, 14), R.randint(0, 999), R.randint(7, 16), R.randint(0, 999))),
            sb(R, "INFO", "SpringApplicationShutdownHook", "o.s.a.r.l.SimpleMessageListenerContainer", "Waiting for workers to finish."),
            sb(R, "INFO", "SpringApplicationShutdownHook", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Shutdown completed.")])

    def n_bsm(R):
        b = tag(R)
        return pick(R, [
            sb(R, "INFO", lth(R), "c.f.bhs.bsm.BsmMessageHandler", "BSM processed: bag %s flight %s/%02dJUN class Y, chute %d allocated" % (b, flight(R), R.randint(2, 28), R.randint(1, 64))),
            sb(R, "INFO", lth(R), "c.f.bhs.bsm.BsmMessageHandler", "BSM CHG applied: bag %s moved to flight %s (rebooked)" % (b, flight(R))),
            sb(R, "INFO", lth(R), "c.f.bhs.bsm.BsmMessageHandler", "BSM DEL: bag %s removed, passenger offloaded from %s" % (b, flight(R))),
            sb(R, "INFO", lth(R), "c.f.bhs.bsm.BsmMessageHandler", "duplicate BSM for bag %s (same .V/.F/.N), acknowledged and skipped" % b),
            sb(R, "INFO", lth(R), "c.f.bhs.routing.BagRouter", "flight %s cancelled by airline, %d bags routed to early bag store EBS-%d" % (flight(R), R.randint(1, 140), R.randint(1, 2))),
            sb(R, "INFO", lth(R), "c.f.bhs.bpm.BpmPublisher", "BPM sent for bag %s: loaded ULD AKE%05d%s" % (b, R.randint(10000, 99999), pick(R, AIRLINES))),
            sb(R, "WARN", lth(R), "c.f.bhs.bsm.BsmMessageHandler", "BSM for bag %s references unknown flight %s, parked until the schedule update arrives (normal for ad-hoc charters)" % (b, flight(R)))])

    def n_dump(R):
        return sb(R, "DEBUG", lth(R), "c.f.bhs.bsm.BsmMessageHandler", "received Type B message id=%s\n%s" % (uuid(R), bsm_text(R, "BSM", pick(R, [None, "CHG", "DEL"]))))

    def n_ops(R):
        return pick(R, [
            sb(R, "INFO", "scheduling-1", "c.f.bhs.bpm.BpmPublisher", "BPM publish stats last 5m: sent=%d confirmed=%d nacked=0" % ((lambda x: (x, x))(R.randint(100, 900)))),
            sb(R, "INFO", "scheduling-1", "c.f.bhs.metrics.BagFlowReporter", "bag flow last 5m: bsm=%d allocated=%d manual_encode=%d errors=0" % (R.randint(300, 900), R.randint(290, 880), R.randint(0, 8))),
            sb(R, "WARN", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.PoolBase", "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % hexs(R, 8)),
            sb(R, "INFO", "http-nio-8080-exec-%d" % R.randint(1, 20), "c.f.bhs.web.HealthLogger", "GET /actuator/health 200 UP (db=UP, rabbit=UP, sac=UP) in %dms" % R.randint(2, 40)),
            sb(R, "WARN", lth(R), "c.f.bhs.sac.SacAllocationClient", "SAC returned 503 for bag %s, retry 1/3 succeeded, chute %d" % (tag(R), R.randint(1, 64))),
            sb(R, "INFO", "AMQP Connection 10.60.%d.%d:5671" % (R.randint(0, 9), R.randint(2, 250)), "o.s.a.r.c.CachingConnectionFactory", "Created new connection: rabbitConnectionFactory#%s:%d/SimpleConnection@%s [delegate=amqps://bhs-bridge@10.60.%d.%d:5671//bhs, localPort=%d]" % (hexs(R, 8), R.randint(0, 3), hexs(R, 8), R.randint(0, 9), R.randint(2, 250), R.randint(30000, 60000)))])
    return [n_boot, n_bsm, n_bsm, n_bsm, n_dump, n_ops, n_ops]


def fam_bhs(R):
    return build(R, F1, [("rabbit-user-lacks-vhost-bhs-permission", bhs_rabbit), ("sac-tls-certificate-expired", bhs_sac),
                         ("hikari-pool-10-for-40-consumers", bhs_hikari), ("bpm-queue-max-length-reject-publish", bhs_bpm),
                         ("strict-bsm-parser-rejects-short-weight", bhs_parser)], bhs_negs())


# ---------------------------------------------------------------- fids-django52-channels-daphne-redis-ecs
F2 = "fids-django52-channels-daphne-redis-ecs"


def py(R, lvl, name, msg):
    return "%s %s [%s] %s" % (comma_ts(R), lvl, name, msg)


def acc(R, req, status, length):
    return "%s:%d - - [%s] \"%s\" %s %s" % (ip10(R, 70), R.randint(30000, 65000), clf_ts(R), req, status, length)


def screen(R):
    return pick(R, ["gate-%s" % gate(R), "belt-%d" % R.randint(1, 9), "dep-hall-%d" % R.randint(1, 6), "arr-hall-%d" % R.randint(1, 4)])


def tb(frames, exc):
    return "Traceback (most recent call last):\n" + "".join('  File "%s", line %d, in %s\n    %s\n' % f for f in frames) + exc


def fids_redis(R):
    # the ElastiCache AUTH token was rotated with the new one only in Secrets Manager; channels_redis cannot
    # authenticate, group_send fails and every screen stays on its last board
    if R.random() < 0.5:
        return py(R, "ERROR", "fids.push", "group_send flight.update for %s failed\n" % flight(R) + tb(
            [("/app/fids/push.py", R.randint(40, 60), "broadcast", "await layer.group_send(group, event)"),
             ("/usr/local/lib/python3.12/site-packages/channels_redis/core.py", 598, "group_send", "async with self.connection(self.consistent_hash(group)) as connection:"),
             ("/usr/local/lib/python3.12/site-packages/redis/asyncio/connection.py", 372, "on_connect", "auth_response = await self.read_response()")],
            "redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled."))
    return py(R, "ERROR", "django.channels.server", "Exception inside application: invalid username-password pair or user is disabled. (screen %s, redis://fids-push.%s.cache.amazonaws.com:6379)" % (screen(R), lower(R, 6)))


def fids_aodb(R):
    # the AODB API's OAuth client secret was rotated and the FIDS task still has the old one; every poll gets 401 and
    # the boards show stale times and gates
    if R.random() < 0.6:
        return py(R, "ERROR", "fids.feed", "AODB poll failed: 401 Client Error: Unauthorized for url: https://aodb-api.%s/v3/flights?window=-2h,+12h (token request: invalid_client)" % DOMAIN)
    return py(R, "WARNING", "fids.feed", "boards stale: last successful AODB poll %d min ago, %d screens showing cached data" % (R.randint(6, 95), R.randint(40, 180)))


def fids_template(R):
    # release 2031.06.3 uses the |hhmm_local filter but dropped fids_tags from INSTALLED_APPS; gate screens render 500
    s = screen(R)
    if R.random() < 0.55:
        return py(R, "ERROR", "django.request", "Internal Server Error: /screens/render/%s/\n" % s + tb(
            [("/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", 55, "inner", "response = get_response(request)"),
             ("/app/fids/screens/views.py", R.randint(30, 50), "render_screen", "return render(request, tmpl, ctx)"),
             ("/usr/local/lib/python3.12/site-packages/django/template/base.py", 703, "__init__", "filter_func = parser.find_filter(filter_name)")],
            "django.template.exceptions.TemplateSyntaxError: Invalid filter: 'hhmm_local'"))
    return acc(R, "GET /screens/render/%s/ HTTP/1.1" % s, 500, 145)


def fids_full(R):
    # channel layer capacity is the default 100 while the departure-hall screens subscribe to every flight group;
    # during the morning bank messages are refused and screens miss boarding/gate changes
    return py(R, "ERROR", "fids.push", "group_send flight.update for %s failed: channels.exceptions.ChannelFull (capacity=100, group flights.%s, %d channels)" % (flight(R), pick(R, ["departures", "arrivals"]), R.randint(120, 260))) if R.random() < 0.6 else \
        py(R, "WARNING", "fids.push", "%d of %d flight updates dropped in the last minute: ChannelFull" % (R.randint(20, 400), R.randint(500, 900)))


def fids_pg(R):
    # each daphne worker thread keeps its own CONN_MAX_AGE=600 connection; after scaling to 8 tasks the RDS
    # instance's max_connections is exhausted and API/screen requests fail
    if R.random() < 0.5:
        return py(R, "ERROR", "django.request", "Internal Server Error: /api/flights/%s/\n" % pick(R, ["departures", "arrivals", "gate/" + gate(R)]) + tb(
            [("/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", 275, "ensure_connection", "self.connect()"),
             ("/usr/local/lib/python3.12/site-packages/psycopg/connection.py", 119, "connect", "raise last_ex.with_traceback(None)")],
            "django.db.utils.OperationalError: connection failed: connection to server at \"10.70.%d.%d\", port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute" % (R.randint(10, 12), R.randint(4, 250))))
    return py(R, "ERROR", "fids.feed", "AODB poll stored 0 of %d flights: OperationalError: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute" % R.randint(150, 320))


def fids_negs():
    def n_acc(R):
        return pick(R, [
            acc(R, "WSCONNECTING /ws/screens/%s/" % screen(R), "-", "-"),
            acc(R, "WSCONNECT /ws/screens/%s/" % screen(R), "-", "-"),
            acc(R, "WSDISCONNECT /ws/screens/%s/" % screen(R), "-", "-"),
            acc(R, "GET /api/flights/departures/?window=12h HTTP/1.1", 200, R.randint(8000, 90000)),
            acc(R, "GET /screens/render/%s/ HTTP/1.1" % screen(R), 200, R.randint(3000, 20000)),
            acc(R, "GET /static/fids/app.%s.js HTTP/1.1" % hexs(R, 8), 304, 0),
            acc(R, "GET /healthz HTTP/1.1", 200, 2),
            acc(R, "GET /.env HTTP/1.1", 404, 179)])

    def n_app(R):
        f = flight(R)
        return pick(R, [
            py(R, "INFO", "fids.feed", "AODB poll ok: %d flights, %d changed, 0 errors in %dms" % (R.randint(150, 320), R.randint(0, 40), R.randint(80, 900))),
            py(R, "INFO", "fids.push", "flight %s %s -> %s, pushed to %d screens" % (f, pick(R, ["SCHEDULED", "BOARDING", "GATE OPEN"]), pick(R, ["BOARDING", "FINAL CALL", "GATE CLOSED", "DEPARTED"]), R.randint(3, 40))),
            py(R, "INFO", "fids.push", "flight %s cancelled by airline, boards updated (CANCELLED, see transfer desk)" % f),
            py(R, "INFO", "fids.push", "gate change %s: %s -> %s pushed" % (f, gate(R), gate(R))),
            py(R, "INFO", "fids.screens", "screen %s connected (firmware 4.%d, resolution 1920x1080)" % (screen(R), R.randint(0, 9))),
            py(R, "INFO", "fids.screens", "screen %s disconnected code=1001 (going away), will reconnect" % screen(R)),
            py(R, "WARNING", "fids.feed", "AODB returned 503, retry 1/3 succeeded after %dms" % R.randint(200, 2000)),
            py(R, "WARNING", "django.request", "Not Found: /%s" % pick(R, ["wp-login.php", ".env", "admin/config.php", "api/flights/XX%d/" % R.randint(1, 999)])),
            py(R, "WARNING", "fids.api", "rejected request: invalid window parameter '%dh' (max 48h), 400" % R.randint(49, 200)),
            py(R, "DEBUG", "fids.push", "payload %s" % jd({"type": "flight.update", "flight": f, "sched": "%02d:%02d" % (R.randint(5, 23), R.randint(0, 59)), "gate": gate(R), "status": "ON TIME", "error": None}))])

    def n_boot(R):
        return pick(R, [
            py(R, "INFO", "daphne.cli", "Starting server at tcp:port=8000:interface=0.0.0.0"),
            py(R, "INFO", "daphne.server", "HTTP/2 support not enabled (install the http2 and tls Twisted extras)"),
            py(R, "INFO", "daphne.server", "Configuring endpoint tcp:port=8000:interface=0.0.0.0"),
            py(R, "INFO", "daphne.server", "Listening on TCP address 0.0.0.0:8000"),
            py(R, "INFO", "fids.feed", "AODB poller started (interval 15s, window -2h..+12h, task %s)" % hexs(R, 32)),
            py(R, "INFO", "django.channels.server", "Killed %d pending application instances" % R.randint(0, 12))])
    return [n_acc, n_acc, n_acc, n_app, n_app, n_app, n_boot]


def fam_fids(R):
    return build(R, F2, [("redis-auth-token-rotated", fids_redis), ("aodb-oauth-client-secret-stale", fids_aodb),
                         ("template-filter-lib-not-installed", fids_template), ("channel-layer-capacity-100", fids_full),
                         ("rds-connection-slots-exhausted", fids_pg)], fids_negs())


FAMILIES = {F1: fam_bhs, F2: fam_fids}
