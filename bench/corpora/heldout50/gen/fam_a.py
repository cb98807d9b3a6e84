"""Families: gtfsrt-feedbuilder-go122-zap-json-ecs, avl-ingest-py312-aiomqtt-udp-ecs.

sedgecombe transit's "feedbuilder" (Go 1.22 on ECS Fargate) builds the GTFS-realtime VehiclePositions, TripUpdates and
Alerts feeds every 15 s from the AVL stream and the static GTFS schedule, keeps trip state in ElastiCache Redis, writes
the protobuf feeds to S3 behind CloudFront and pushes them to the invented national aggregator "TransitHub". It logs
with zap's production JSON encoder (`level`, `ts` epoch seconds, `caller`, `msg`, fields, `stacktrace` on error); a Go
runtime panic is plain text on stderr, kept in one event by the log driver's multi-line pattern.

"avl-ingest" (Python 3.12, asyncio with aiomqtt for the bus fleet's MQTT telemetry and a UDP listener for the tram
fleet's binary position frames) decodes vehicle positions, de-duplicates them, writes them to a Kinesis stream and
archives them to PostgreSQL. It logs with Python logging `%(asctime)s %(levelname)s %(name)s: %(message)s`;
tracebacks stay in the record's event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    zap_ts, py_ts)

# ---------------------------------------------------------------- gtfsrt-feedbuilder-go122-zap-json-ecs
F1 = "gtfsrt-feedbuilder-go122-zap-json-ecs"
BUCKET = "sedgecombe-gtfsrt-public-%s" % ACCT


def z(R, lvl, caller, msg, st=None, **kw):
    d = {"level": lvl, "ts": zap_ts(R), "caller": caller, "msg": msg}
    d.update(kw)
    if st:
        d["stacktrace"] = st
    return jd(d)


def trip(R):
    return "%s-%d-%s" % (pick(R, ["BUS", "TRM", "FRY", "LR"]), R.randint(100, 999), digits(R, 5))


def veh(R):
    return pick(R, ["B", "T", "F"]) + str(R.randint(1000, 4999))


def stack(R, frames):
    return "\n".join("%s\n\t%s" % (fn, loc) for fn, loc in frames)


def fb_s3(R):
    # the feeds bucket got a new bucket policy (deny unless aws:SourceVpce = the new endpoint); the task's subnets
    # still route S3 through the old gateway endpoint, so every PutObject is denied and no feed is published
    feed = pick(R, ["vehicle_positions.pb", "trip_updates.pb", "alerts.pb"])
    if R.random() < 0.6:
        return z(R, "error", "publish/s3.go:%d" % R.randint(61, 74), "feed upload failed",
                 stack(R, [("github.com/sedgecombe/feedbuilder/publish.(*S3Publisher).Put", "/src/publish/s3.go:74"),
                           ("github.com/sedgecombe/feedbuilder/cycle.(*Runner).publish", "/src/cycle/runner.go:%d" % R.randint(140, 160))]),
                 bucket=BUCKET, key="rt/" + feed,
                 error="operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error AccessDenied: Access Denied" % (upper(R, 16), alnum(R, 56)))
    return z(R, "error", "cycle/runner.go:%d" % R.randint(170, 180), "publish cycle failed, feed not updated",
             cycle=R.randint(100000, 999999), feed=feed, feed_age_s=R.randint(30, 2400), error="AccessDenied: Access Denied")


def fb_redis(R):
    # the trip-state Redis (cache.t4g.small) hit maxmemory with noeviction; every SET of trip state is refused and
    # the trip updates for those trips are not built
    t = trip(R)
    if R.random() < 0.55:
        return z(R, "error", "state/redis.go:%d" % R.randint(88, 96), "trip state not saved",
                 stack(R, [("github.com/sedgecombe/feedbuilder/state.(*Store).SaveTrip", "/src/state/redis.go:96"),
                           ("github.com/sedgecombe/feedbuilder/tripupdates.(*Builder).apply", "/src/tripupdates/builder.go:%d" % R.randint(200, 230))]),
                 trip_id=t, error="OOM command not allowed when used memory > 'maxmemory'.")
    return z(R, "error", "tripupdates/builder.go:%d" % R.randint(240, 250), "trip updates dropped from feed: state store write failed",
             dropped=R.randint(3, 180), cycle=R.randint(100000, 999999), error="OOM command not allowed when used memory > 'maxmemory'.")


def fb_panic(R):
    # release 3.8 handles ADDED (extra) trips from the control centre but never initialises the stop-time map of the
    # synthesised trip; the first ADDED trip of the day crashes the process
    g = R.randint(40, 400)
    return ("panic: assignment to entry in nil map\n\ngoroutine %d [running]:\n"
            "github.com/sedgecombe/feedbuilder/tripupdates.(*Builder).addExtraTrip(0xc000%s, {0xc00%s, 0x%x})\n"
            "\t/src/tripupdates/added.go:57 +0x%x\n"
            "github.com/sedgecombe/feedbuilder/tripupdates.(*Builder).apply(0xc000%s, 0xc00%s)\n"
            "\t/src/tripupdates/builder.go:%d +0x%x\n"
            "github.com/sedgecombe/feedbuilder/cycle.(*Runner).run.func2()\n"
            "\t/src/cycle/runner.go:118 +0x%x\n"
            "created by github.com/sedgecombe/feedbuilder/cycle.(*Runner).run in goroutine 1\n"
            "\t/src/cycle/runner.go:112 +0x%x") % (
        g, hexs(R, 6), hexs(R, 7), R.randint(12, 40), R.randint(0x100, 0x3ff), hexs(R, 6), hexs(R, 7),
        R.randint(205, 228), R.randint(0x100, 0x9ff), R.randint(0x20, 0xff), R.randint(0x100, 0x2ff))


def fb_calendar(R):
    # the scheduling vendor's holiday export writes calendar_dates.txt dates as 2030-12-24 instead of 20301224; every
    # static reload fails and the builder keeps the old schedule, so holiday-timetable trips cannot be matched
    d = "2030-12-%02d" % R.randint(20, 31)
    if R.random() < 0.6:
        return z(R, "error", "static/loader.go:%d" % R.randint(130, 140), "static GTFS reload failed, keeping previous schedule",
                 stack(R, [("github.com/sedgecombe/feedbuilder/static.(*Loader).Reload", "/src/static/loader.go:139"),
                           ("github.com/sedgecombe/feedbuilder/static.(*Loader).watch", "/src/static/loader.go:88")]),
                 source="s3://sedgecombe-gtfs-static/releases/2030-12-%02d/gtfs.zip" % R.randint(10, 19), file="calendar_dates.txt",
                 line=R.randint(2, 400), error='parsing time "%s" as "20060102": cannot parse "%s" as "01"' % (d, d[4:]))
    return z(R, "warn", "tripupdates/match.go:%d" % R.randint(60, 70), "trip descriptors not matched to static schedule; schedule is stale",
             schedule_version="2030-11-%02d.1" % R.randint(20, 28), schedule_age_h=R.randint(30, 140), unmatched=R.randint(40, 400))


def fb_partner(R):
    # TransitHub rotated our partner API key on the 9th; the new key is in the partner portal but not in the task's
    # secret, so every push of the feeds to the national aggregator is refused
    return z(R, "error", "partner/transithub.go:%d" % R.randint(50, 58), "partner push failed",
             partner="transithub", feed=pick(R, ["vehicle_positions", "trip_updates", "alerts"]), status=401,
             body='{"error":"invalid_api_key","message":"API key is not valid for this publisher"}', attempt=pick(R, [1, 2, 3]))


def fb_negs():
    def n_start(R):
        return z(R, "info", "cmd/feedbuilder/main.go:%d" % R.randint(40, 60), "starting feedbuilder", version="3.8.%d" % R.randint(0, 3),
                 commit=hexs(R, 7), go="go1.22.%d" % R.randint(4, 9), region=REGION)

    def n_pub(R):
        return z(R, "info", "cycle/runner.go:%d" % R.randint(150, 165), "feed published", feed=pick(R, ["vehicle_positions", "trip_updates", "alerts"]),
                 entities=R.randint(40, 1400), bytes=R.randint(2000, 400000), header_timestamp=1922313600 + R.randint(86400, 2400000),
                 build_ms=R.randint(20, 900), errors=0)

    def n_tunnel(R):
        return z(R, "warn", "vehicles/staleness.go:%d" % R.randint(30, 40), "vehicle position stale, omitted from feed",
                 vehicle_id=veh(R), trip_id=trip(R), last_fix_age_s=R.randint(60, 240), note=pick(R, ["in tunnel CBD-2", "in tunnel Harbour Line", "underground Central-Wharf"]))

    def n_cancel(R):
        return z(R, "info", "tripupdates/builder.go:%d" % R.randint(180, 190), "trip cancelled by control centre",
                 trip_id=trip(R), schedule_relationship="CANCELED", reason=pick(R, ["planned works", "crew shortage", "vehicle fault", "timetable change"]))

    def n_retry(R):
        return z(R, "warn", "publish/s3.go:%d" % R.randint(80, 90), "S3 PutObject slow down, retrying",
                 key="rt/%s" % pick(R, ["vehicle_positions.pb", "trip_updates.pb"]), attempt=2, outcome="ok", retry_ms=R.randint(80, 600))

    def n_unassigned(R):
        return z(R, "debug", "vehicles/assign.go:%d" % R.randint(70, 80), "vehicle not logged on to a block, skipped", vehicle_id=veh(R), depot=pick(R, ["Kettering", "Moorfield", "Ashby Rd", "Harbour"]))

    def n_health(R):
        return z(R, "debug", "server/health.go:22", "health check", path="/healthz", status=200, remote=ip10(R, 44))

    def n_static(R):
        return z(R, "info", "static/loader.go:%d" % R.randint(100, 110), "static GTFS loaded", version="2030-12-%02d.%d" % (R.randint(2, 9), R.randint(1, 3)),
                 routes=R.randint(300, 330), trips=R.randint(38000, 42000), stops=R.randint(9000, 9400), ms=R.randint(2000, 9000))

    def n_partner_ok(R):
        return z(R, "info", "partner/transithub.go:%d" % R.randint(40, 48), "partner push ok", partner="transithub", feed=pick(R, ["vehicle_positions", "trip_updates"]), status=202, ms=R.randint(40, 600))

    def n_cf(R):
        return z(R, "info", "publish/cloudfront.go:%d" % R.randint(30, 40), "invalidation completed", distribution="E" + upper(R, 13), paths=["/rt/*"], id="I" + upper(R, 13))

    def n_stats(R):
        return z(R, "info", "cycle/stats.go:%d" % R.randint(20, 30), "cycle stats", cycles=R.randint(230, 250), published=R.randint(690, 750), failed=0,
                 unmatched_trips=R.randint(0, 4), p99_build_ms=R.randint(200, 1200))

    def n_delay(R):
        return z(R, "debug", "tripupdates/predict.go:%d" % R.randint(90, 120), "stop time update", trip_id=trip(R), stop_id=str(R.randint(200000, 299999)),
                 delay_s=R.randint(-60, 900), uncertainty=R.randint(0, 120))

    def n_redis_reconnect(R):
        return z(R, "warn", "state/redis.go:%d" % R.randint(40, 50), "redis connection reset by peer, reconnected", attempt=1, error=None, ms=R.randint(5, 90))

    def n_shutdown(R):
        return z(R, "info", "cmd/feedbuilder/main.go:%d" % R.randint(80, 90), "received SIGTERM, finishing current cycle", cycle=R.randint(100000, 999999))

    def n_unknown(R):
        return z(R, "debug", "tripupdates/match.go:%d" % R.randint(40, 50), "trip from AVL not in schedule, ignored (depot movement)", vehicle_id=veh(R), run="D%d" % R.randint(10, 99))

    return [n_start, n_pub, n_tunnel, n_cancel, n_retry, n_unassigned, n_health, n_static, n_partner_ok, n_cf, n_stats, n_delay,
            n_redis_reconnect, n_shutdown, n_unknown]


def feedbuilder(R):
    return build(R, F1, [("feed-bucket-policy-access-denied", fb_s3), ("trip-state-redis-maxmemory", fb_redis),
                         ("added-trip-nil-map-panic", fb_panic), ("static-calendar-date-format", fb_calendar),
                         ("transithub-api-key-rotated", fb_partner)], fb_negs())


# ---------------------------------------------------------------- avl-ingest-py312-aiomqtt-udp-ecs
F2 = "avl-ingest-py312-aiomqtt-udp-ecs"


def pl(R, lvl, name, msg):
    return "%s %s %s: %s" % (py_ts(R), lvl, name, msg)


def bus(R):
    return "B%d" % R.randint(1000, 3999)


def tram(R):
    return "T%d" % R.randint(4000, 4299)


def tb(frames, last):
    s = "Traceback (most recent call last):"
    for f, ln, fn, code in frames:
        s += '\n  File "%s", line %d, in %s\n    %s' % (f, ln, fn, code)
    return s + "\n" + last


def av_acl(R):
    # the broker's ACL was regenerated from the new fleet list, which left out the avl-ingest client's subscribe
    # right on the bus topics; the SUBACK refuses the subscription and no bus positions arrive
    if R.random() < 0.6:
        return pl(R, "ERROR", "avl.mqtt", "subscribe refused for 'fleet/bus/+/pos' (qos=1): reason code 135 (Not authorized); client id avl-ingest-%s" % lower(R, 6))
    return pl(R, "WARNING", "avl.mqtt", "no bus positions received for %ds (subscribed topics: fleet/ferry/+/pos); bus feed is empty" % R.randint(300, 3600))


def av_throughput(R):
    # the positions stream still has 2 shards from the pilot; at peak the fleet's ~2,400 vehicles exceed its write
    # capacity and records that fail three attempts are dropped
    n = R.randint(20, 300)
    return pl(R, "ERROR", "avl.sink.kinesis", "PutRecords to avl-positions: %d/500 records failed after 3 attempts (ProvisionedThroughputExceededException: Rate exceeded for shard shardId-00000000000%d in stream avl-positions under account %s), dropped" % (n, R.randint(0, 1), ACCT))


def av_udp(R):
    # tram firmware 4.2 appends a 4-byte odometer to the position frame; the decoder unpacks a fixed 38-byte struct
    # and rejects every frame of an upgraded tram
    if R.random() < 0.6:
        return pl(R, "ERROR", "avl.udp", "cannot decode frame from %s:%d (%d bytes)\n" % (ip10(R, 130), R.randint(40000, 60000), 42) + tb(
            [("/app/avl/udp.py", R.randint(60, 66), "datagram_received", "pos = decode_frame(data)"),
             ("/app/avl/frames.py", 31, "decode_frame", "vid, seq, ts, lat, lon, spd, hdg, flags = FRAME.unpack(data)")],
            "struct.error: unpack requires a buffer of 38 bytes"))
    return pl(R, "WARNING", "avl.udp", "decode failures in last 60s: %d frames from %d trams (all firmware 4.2.%d)" % (R.randint(200, 900), R.randint(8, 40), R.randint(0, 2)))


def av_disk(R):
    # the archive database's 200 GiB gp3 volume is full (autoscaling off); archive inserts fail and the batch is lost
    if R.random() < 0.55:
        return pl(R, "ERROR", "avl.sink.archive", "archive batch of %d positions lost\n" % R.randint(500, 5000) + tb(
            [("/app/avl/archive.py", R.randint(88, 94), "flush", "await cur.copy_records(batch)"),
             ("/usr/local/lib/python3.12/site-packages/psycopg/cursor_async.py", 226, "execute", "raise ex.with_traceback(None)")],
            'psycopg.errors.DiskFull: could not extend file "base/16401/%d.%d": No space left on device\nHINT:  Check free disk space.' % (R.randint(24000, 26000), R.randint(1, 40))))
    return pl(R, "ERROR", "avl.sink.archive", "archive insert failed: DiskFull: could not extend file \"base/16401/%d\": No space left on device" % R.randint(24000, 26000))


def av_token(R):
    # the ingester builds its boto3 client once from credentials fetched by a start-up script instead of the
    # container credential provider; after the session's hour every Kinesis and S3 call is refused
    op = pick(R, ["PutRecords", "PutRecords", "PutObject"])
    return pl(R, "ERROR", "avl.sink.%s" % ("kinesis" if op == "PutRecords" else "s3"), "%s failed: An error occurred (%s) when calling the %s operation: The security token included in the request is expired" % (
        op, "ExpiredTokenException" if op == "PutRecords" else "ExpiredToken", op))


def av_negs():
    def n_conn(R):
        return pl(R, "INFO", "avl.mqtt", "connected to mqtts://mqtt.fleet.%s:8883 as avl-ingest-%s (clean_start=False, keepalive=30)" % (DOMAIN, lower(R, 6)))

    def n_sub(R):
        return pl(R, "INFO", "avl.mqtt", "subscribed: %s (qos=1, granted qos=1)" % pick(R, ["fleet/ferry/+/pos", "fleet/bus/+/health", "fleet/ferry/+/health", "fleet/lightrail/+/pos"]))

    def n_stats(R):
        return pl(R, "INFO", "avl.stats", "last 60s: received=%d decoded=%d duplicates=%d published=%d decode_errors=0 dropped=0" % tuple(
            [x for x in (lambda a, d: (a, a - d, d, a - d))(R.randint(8000, 30000), R.randint(0, 400))]))

    def n_tunnel(R):
        return pl(R, "WARNING", "avl.quality", "vehicle %s reports no GPS fix (fix=0 hdop=99.0 sats=0) near %s; dead-reckoning for %ds" % (
            pick(R, [bus(R), tram(R)]), pick(R, ["CBD-2 tunnel", "Harbour tunnel", "Central underground"]), R.randint(20, 240)))

    def n_dup(R):
        return pl(R, "DEBUG", "avl.dedupe", "duplicate frame from %s seq=%d ignored (already seen)" % (tram(R), R.randint(10000, 99999)))

    def n_throttle_ok(R):
        return pl(R, "WARNING", "avl.sink.kinesis", "PutRecords: %d/500 records throttled, retried: all %d succeeded on attempt 2" % ((lambda k: (k, k))(R.randint(1, 30))))

    def n_reconnect(R):
        return pl(R, "WARNING", "avl.mqtt", "connection lost (broker node %s restarting for upgrade), reconnected after %.1fs; session resumed" % (pick(R, ["emqx-0", "emqx-1", "emqx-2"]), R.uniform(0.4, 6)))

    def n_payload(R):
        return pl(R, "DEBUG", "avl.mqtt", "fleet/ferry/%s/pos %s" % ("F%d" % R.randint(10, 40), jd({"v": 2, "ts": 1922313600 + R.randint(86400, 2400000), "lat": round(R.uniform(-33.95, -33.80), 5),
                                                                                              "lon": round(R.uniform(151.10, 151.30), 5), "spd": round(R.uniform(0, 18), 1), "hdg": R.randint(0, 359), "err": None})))

    def n_skew(R):
        return pl(R, "INFO", "avl.quality", "clock skew %+ds on %s corrected using broker receive time" % (R.choice([-1, 1]) * R.randint(3, 40), bus(R)))

    def n_logoff(R):
        return pl(R, "INFO", "avl.fleet", "vehicle %s logged off at depot %s (shift end), positions ignored until next log-on" % (pick(R, [bus(R), tram(R)]), pick(R, ["Kettering", "Moorfield", "Ashby Rd"])))

    def n_start(R):
        return pl(R, "INFO", "avl.main", "avl-ingest %s starting: udp 0.0.0.0:5005, mqtt mqtt.fleet.%s, stream avl-positions (%s)" % ("2.%d.%d" % (R.randint(10, 14), R.randint(0, 9)), DOMAIN, REGION))

    def n_archive(R):
        return pl(R, "INFO", "avl.sink.archive", "archived %d positions in %d ms (batch %d)" % (R.randint(500, 5000), R.randint(30, 900), R.randint(10000, 99999)))

    def n_jitter(R):
        return pl(R, "DEBUG", "avl.quality", "position jump %dm in 1s for %s discarded by jitter filter" % (R.randint(300, 3000), bus(R)))

    def n_health(R):
        return pl(R, "INFO", "aiohttp.access", '%s [%s] "GET /healthz HTTP/1.1" 200 %d "-" "ELB-HealthChecker/2.0"' % (ip10(R, 40), "06/Dec/2030:%02d:%02d:%02d +0000" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(14, 20)))

    def n_malformed(R):
        return pl(R, "WARNING", "avl.mqtt", "rejected payload on fleet/bus/%s/pos from test rig: missing 'lat'" % ("LAB%d" % R.randint(1, 9)))

    return [n_conn, n_sub, n_stats, n_tunnel, n_dup, n_throttle_ok, n_reconnect, n_payload, n_skew, n_logoff, n_start, n_archive, n_jitter, n_health, n_malformed]


def avl(R):
    return build(R, F2, [("bus-topic-acl-not-authorized", av_acl), ("kinesis-shards-throughput-exceeded", av_throughput),
                         ("tram-fw42-frame-length", av_udp), ("archive-db-disk-full", av_disk),
                         ("static-credentials-token-expired", av_token)], av_negs())


FAMILIES = {F1: feedbuilder, F2: avl}
