"""Families: traccar6-gps-tracking-ec2, ortools-cpp-route-planner-glog-ecs.

tidewharf's linehaul and last-mile trucks carry Teltonika FMC trackers (and the drivers' phones run the Traccar client,
OsmAnd protocol); Traccar 6 runs on EC2 with MySQL on RDS, its `logs/tracker-server.log` shipped by the CloudWatch
agent, one line per event (Traccar's `yyyy-MM-dd HH:mm:ss LEVEL: msg` with exceptions rendered on one line as
`msg - ExceptionClass (File.java:123 < File.java:45 < ...)`). The route planner is a C++ batch on ECS Fargate using
OR-Tools' routing library with glog (`I20300205 13:04:11.123456    12 file.cc:123] msg`, glog >= 0.7 with the year);
the awslogs multiline pattern "^[IWEF]\\d{8} " keeps FATAL check-failure and signal-handler dumps in one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    traccar_ts, glog_ts, epoch, consignment)

# ---------------------------------------------------------------- traccar6-gps-tracking-ec2
F1 = "traccar6-gps-tracking-ec2"


def tc(R, level, msg):
    return "%s %5s: %s" % (traccar_ts(R), level, msg)


def sess(R):
    return "T%s" % hexs(R, 8)


def imei(R):
    return "35%013d" % R.randint(10 ** 12, 10 ** 13 - 1)


def proto(R):
    return pick(R, [("teltonika", 5027), ("osmand", 5055)])


def st(R, *frames):
    return " < ".join(frames)


def t_disk(R):
    # RDS storage autoscaling hit its maximum (200 GiB) and tc_positions cannot grow; every position insert fails
    if R.random() < 0.65:
        return tc(R, "WARN", "[%s] Failed to store position - The table 'tc_positions' is full - SQLException (QueryBuilder.java:%d < DatabaseStorage.java:%d < DatabaseHandler.java:%d < ...)" % (
            sess(R), R.randint(470, 490), R.randint(160, 180), R.randint(40, 60)))
    return tc(R, "WARN", "Event store failed for device %d (%s) - The table 'tc_events' is full - SQLException (QueryBuilder.java:%d < DatabaseStorage.java:%d < ...)" % (
        R.randint(1, 600), pick(R, ["geofenceExit", "deviceOverspeed", "ignitionOff", "geofenceEnter"]), R.randint(470, 490), R.randint(160, 180)))


def t_forward(R):
    # position forwarding to the ETA service uses a static bearer token that was rotated on the ETA side; every
    # forwarded position is refused and customer ETAs stop updating
    if R.random() < 0.7:
        return tc(R, "WARN", "Position forwarding failed: %d pending - HTTP 401 Unauthorized - WebApplicationException (PositionForwarderJson.java:%d < PositionForwardingHandler.java:%d < ...)" % (R.randint(1, 4000), R.randint(60, 80), R.randint(110, 140)))
    return tc(R, "WARN", "Position forwarding queue for https://eta.tidewharf.example/ingest/traccar is full (10000), dropping oldest position of device %d" % R.randint(1, 600))


def t_decoder(R):
    # FMC trackers updated OTA to firmware 03.29 send Codec 8 Extended with 2-byte IO ids; the installed Traccar decoder
    # build fails on every record from those units, so their positions are lost
    return tc(R, "WARN", "[%s: teltonika < %s] error - Index %d out of bounds for length %d - IndexOutOfBoundsException (TeltonikaProtocolDecoder.java:%d < TeltonikaProtocolDecoder.java:%d < ExtendedObjectDecoder.java:75 < ...)" % (
        sess(R), pubip(R), R.randint(256, 1400), R.randint(40, 255), R.randint(1100, 1200), R.randint(1300, 1400)))


def t_oom(R):
    # the fleet doubled after the Brisbane acquisition but the JVM still runs with -Xmx512m; Traccar runs out of heap
    t = R.random()
    if t < 0.5:
        return tc(R, "WARN", "[%s: %s < %s] error - Java heap space - OutOfMemoryError" % (sess(R), pick(R, ["teltonika", "osmand"]), pubip(R)))
    if t < 0.8:
        return "Exception in thread \"%s\" java.lang.OutOfMemoryError: Java heap space" % pick(R, ["pool-%d-thread-%d" % (R.randint(2, 6), R.randint(1, 40)), "nioEventLoopGroup-3-%d" % R.randint(1, 16), "qtp%d-%d" % (R.randint(100000000, 999999999), R.randint(20, 90))])
    return tc(R, "WARN", "Cache refresh failed for %d devices - GC overhead limit exceeded - OutOfMemoryError (CacheManager.java:%d < ...)" % (R.randint(900, 1400), R.randint(200, 300)))


def t_smtp(R):
    # the SES SMTP credentials of notificator.mail were deleted with the old IAM user; geofence and overspeed emails to
    # dispatchers and customers are not sent
    return tc(R, "WARN", "Notification failed for user %d (%s) - 535 Authentication Credentials Invalid - AuthenticationFailedException (SMTPTransport.java:%d < Service.java:%d < NotificatorMail.java:%d < ...)" % (
        R.randint(1, 90), pick(R, ["geofenceExit", "deviceOverspeed", "alarm", "deviceOffline"]), R.randint(940, 960), R.randint(360, 380), R.randint(60, 90)))


def traccar_negs():
    def n_conn(R):
        p, port = proto(R)
        return tc(R, "INFO", "[%s: %s < %s] %s" % (sess(R), p, pubip(R), pick(R, ["connected", "disconnected"])))

    def n_pos(R):
        return tc(R, "INFO", "[%s] id: %s, time: 2030-02-%02d %02d:%02d:%02d, lat: %.5f, lon: %.5f, speed: %.1f, course: %.1f" % (
            sess(R), imei(R), R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.uniform(-34.2, -33.6), R.uniform(150.6, 151.3), R.uniform(0, 95), R.uniform(0, 359)))

    def n_hex(R):
        p, port = proto(R)
        return tc(R, "DEBUG", "[%s: %s < %s] HEX: %s" % (sess(R), p, pubip(R), hexs(R, R.choice([34, 68, 90]))))

    def n_unknown(R):
        return tc(R, "WARN", "Unknown device - %s (%s)" % (imei(R), pubip(R)))

    def n_reset(R):
        return tc(R, "WARN", "[%s: teltonika < %s] error - Connection reset - SocketException (...)" % (sess(R), pubip(R)))

    def n_filter(R):
        return tc(R, "INFO", "Position filtered by %s filters from device: %s" % (pick(R, ["Duplicate", "Invalid", "Duplicate Zero", "Distance"]), imei(R)))

    def n_action(R):
        return tc(R, "INFO", "user: %d, action: %s, object: %s, id: %d" % (R.randint(1, 90), pick(R, ["create", "edit", "delete", "login", "logout"]), pick(R, ["device", "geofence", "notification", "user", "server"]), R.randint(1, 900)))

    def n_start(R):
        return tc(R, "INFO", pick(R, ["Operating system name: Linux version: 6.1.%d-1%02d.amzn2023.x86_64 architecture: amd64" % (R.randint(100, 130), R.randint(10, 99)), "Java runtime name: OpenJDK 64-Bit Server VM vendor: Eclipse Adoptium version: 17.0.%d+%d" % (R.randint(9, 13), R.randint(1, 11)),
                                      "Memory limit heap: 512mb non-heap: 0mb", "Version: 6.%d" % R.randint(4, 6), "Starting server...", "Liquibase: Update has been successful. Rows affected: 0"]))

    def n_fwdok(R):
        return tc(R, "DEBUG", "Position forwarding retry %d for device %d succeeded (HTTP 200)" % (R.randint(1, 2), R.randint(1, 600)))

    def n_geofence(R):
        return tc(R, "INFO", "Event geofence%s for device %d (%s) geofence %d" % (pick(R, ["Enter", "Exit"]), R.randint(1, 600), pick(R, ["TRK-%03d" % R.randint(1, 420), "VAN-%03d" % R.randint(1, 180)]), R.randint(1, 40)))

    def n_notify(R):
        return tc(R, "INFO", "Notification sent to user %d via %s (%s)" % (R.randint(1, 90), pick(R, ["web", "mail", "firebase"]), pick(R, ["geofenceExit", "deviceOverspeed", "ignitionOff"])))

    def n_offline(R):
        return tc(R, "INFO", "Device %d status changed to %s" % (R.randint(1, 600), pick(R, ["offline", "online", "unknown"])))

    def n_web(R):
        return tc(R, "INFO", "Web request %s /api/%s %d (%d ms)" % (pick(R, ["GET", "GET", "POST"]), pick(R, ["positions?deviceId=%d" % R.randint(1, 600), "devices", "reports/trips?deviceId=%d" % R.randint(1, 600), "session"]), pick(R, [200, 200, 304, 401, 404]), R.randint(3, 900)))

    def n_timeout(R):
        return tc(R, "INFO", "[%s: osmand < %s] idle timeout, closing" % (sess(R), pubip(R)))

    def n_sched(R):
        return tc(R, "INFO", "Scheduled report %d (%s) sent to %d recipients, 0 failed" % (R.randint(1, 40), pick(R, ["trips", "stops", "summary"]), R.randint(1, 12)))

    return [n_conn, n_pos, n_hex, n_unknown, n_reset, n_filter, n_action, n_start, n_fwdok, n_geofence, n_notify, n_offline, n_web, n_timeout, n_sched]


def fam_traccar(R):
    return build(R, F1, [("rds-storage-max-positions-table-full", t_disk), ("eta-forwarder-token-rotated", t_forward),
                         ("teltonika-fw0329-codec8e-decoder", t_decoder), ("jvm-heap-512m-fleet-doubled", t_oom),
                         ("ses-smtp-credentials-deleted", t_smtp)], traccar_negs())


# ---------------------------------------------------------------- ortools-cpp-route-planner-glog-ecs
F2 = "ortools-cpp-route-planner-glog-ecs"


def gl(R, sev, src, msg, tid=None):
    return "%s%s %5d %s] %s" % (sev, glog_ts(R), tid or R.choice([1, 1, 12, 13, 14, 15, 31]), src, msg)


def wave(R):
    return "%s-2030-02-%02d-W%02d" % (pick(R, ["SYD-DC2", "BNE-DC1", "MEL-XD3"]), R.randint(2, 28), R.randint(1, 16))


def o_matrix(R):
    # the route-matrix calculator is still on the default CalculateRouteMatrix quota while the planner now requests 16
    # waves in parallel; matrices come back incomplete and waves are not planned
    w = wave(R)
    if R.random() < 0.6:
        return gl(R, "E", "matrix_client.cc:%d" % R.randint(200, 240), "CalculateRouteMatrix(tw-truck-matrix) failed for %s block %d/%d: ThrottlingException: Rate exceeded (after 8 attempts, last backoff %d ms)" % (w, R.randint(1, 16), 16, R.randint(6000, 20000)))
    return gl(R, "E", "planner.cc:%d" % R.randint(300, 330), "wave %s not planned: distance matrix incomplete (%d of %d cells missing)" % (w, R.randint(100, 9000), R.choice([160000, 250000, 90000])))


def o_timelimit(R):
    # release 4.2 reads SOLVER_TIME_LIMIT as seconds but the task definition still passes milliseconds semantics as "5"
    # (was "5m"); the solver stops after 5 s without a first solution on every large wave
    w = wave(R)
    if R.random() < 0.6:
        return gl(R, "E", "solve.cc:%d" % R.randint(140, 160), "no solution for %s: status=ROUTING_FAIL_TIMEOUT after %.3fs (time_limit=5s, %d visits, %d vehicles)" % (w, R.uniform(5.0, 5.02), R.randint(900, 2400), R.randint(30, 80)))
    return gl(R, "W", "planner.cc:%d" % R.randint(340, 360), "wave %s left unplanned; %d consignments not released to dispatch" % (w, R.randint(900, 2400)))


def o_check(R):
    # the fleet file added two trailers (42 vehicles) but vehicle_capacities.csv still has 40 rows; the planner hits a
    # CHECK on every BNE wave and the task exits
    addr = "0x%012x" % R.randint(0x55d000000000, 0x55dfffffffff)
    return gl(R, "F", "model_builder.cc:%d" % R.randint(80, 90), "Check failed: vehicle_capacities.size() == num_vehicles (40 vs. 42) capacity table does not match fleet file fleet/bne-dc1.json", 1) + \
        "\n*** Check failure stack trace: ***\n    @     %s  google::LogMessageFatal::~LogMessageFatal()\n    @     %s  tw::planner::BuildModel()\n    @     %s  tw::planner::PlanWave()\n    @     %s  main\n    @     0x7f%s  __libc_start_main" % (
            addr, "0x%012x" % R.randint(0x55d000000000, 0x55dfffffffff), "0x%012x" % R.randint(0x55d000000000, 0x55dfffffffff), "0x%012x" % R.randint(0x55d000000000, 0x55dfffffffff), hexs(R, 10))


def o_s3(R):
    # orders are now exported under s3://tw-dispatch-ap2/orders-v2/, a prefix the planner task role may not read
    return gl(R, "E", "orders_loader.cc:%d" % R.randint(70, 90), "GetObject s3://tw-dispatch-ap2/orders-v2/2030-02-%02d/%s.parquet failed: AccessDenied: User: arn:aws:sts::%s:assumed-role/tw-route-planner-task/%s is not authorized to perform: s3:GetObject (HTTP 403, request id %s)" % (
        R.randint(2, 28), wave(R).lower(), ACCT, hexs(R, 32), upper(R, 16)))


def o_oom(R):
    # MEL-XD3 waves reached 6 000 visits after the cross-dock opened; the full matrix no longer fits the task's 8 GiB
    # and the process aborts with std::bad_alloc
    t = epoch(R)
    if R.random() < 0.65:
        return "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc\n*** Aborted at %d (unix time) try \"date -d @%d\" if you are using GNU date ***\nPC: @     0x7f%s  (unknown)\n*** SIGABRT (@0x1) received by PID 1 (TID 0x7f%s) from PID 1; stack trace: ***\n    @     0x7f%s  (unknown)\n    @     0x55%s  operations_research::RoutingModel::CloseModelWithParameters()" % (
            t, t, hexs(R, 10), hexs(R, 10), hexs(R, 10), hexs(R, 10))
    return gl(R, "W", "planner.cc:%d" % R.randint(280, 300), "wave MEL-XD3-2030-02-%02d-W%02d: matrix %d x %d needs %.1f GiB of 8.0 GiB task memory" % (R.randint(2, 28), R.randint(1, 16), R.randint(5800, 6400), R.randint(5800, 6400), R.uniform(7.6, 9.9)))


def ort_negs():
    def n_load(R):
        return gl(R, "I", "orders_loader.cc:%d" % R.randint(50, 60), "loaded %d consignments for %s from s3://tw-dispatch-ap2/orders-v2/ (%d bytes)" % (R.randint(200, 2400), wave(R), R.randint(10 ** 5, 10 ** 7)))

    def n_sol(R):
        return gl(R, "I", "search.cc:%d" % R.randint(270, 290), "Solution #%d (%d, time = %d ms, branches = %d, failures = %d, depth = %d, %s)" % (
            R.randint(1, 300), R.randint(10 ** 6, 10 ** 8), R.randint(100, 290000), R.randint(100, 90000), R.randint(10, 50000), R.randint(10, 80), pick(R, ["Relocate<1>", "TwoOpt", "OrOpt<2>", "Cross", "PathLns", "GuidedLocalSearch"])))

    def n_done(R):
        return gl(R, "I", "planner.cc:%d" % R.randint(400, 420), "wave %s planned: status=ROUTING_SUCCESS vehicles=%d visits=%d unassigned=0 objective=%d wall=%.1fs" % (wave(R), R.randint(20, 80), R.randint(200, 2400), R.randint(10 ** 6, 10 ** 8), R.uniform(20, 299)))

    def n_dropped(R):
        return gl(R, "W", "planner.cc:%d" % R.randint(420, 440), "%s: %d visit(s) dropped (penalty paid): no vehicle reaches them inside the customer time window; returned to customer service" % (wave(R), R.randint(1, 9)))

    def n_relax(R):
        return gl(R, "W", "windows.cc:%d" % R.randint(30, 50), "consignment %s: delivery window %02d:00-%02d:30 shorter than service time; widened by 15 min per SLA rule 4.2" % (consignment(R), R.randint(6, 14), R.randint(6, 14)))

    def n_throttle_ok(R):
        return gl(R, "W", "matrix_client.cc:%d" % R.randint(180, 199), "CalculateRouteMatrix throttled for %s block %d/16, retry %d in %d ms" % (wave(R), R.randint(1, 16), R.randint(1, 3), R.randint(100, 1600)))

    def n_block_ok(R):
        return gl(R, "I", "matrix_client.cc:%d" % R.randint(241, 260), "matrix block %d/16 for %s complete (%d cells, %d retries)" % (R.randint(1, 16), wave(R), R.randint(5000, 20000), R.randint(0, 3)))

    def n_write(R):
        return gl(R, "I", "publisher.cc:%d" % R.randint(60, 90), "wrote %d routes to s3://tw-dispatch-ap2/plans/%s.json and notified odoo (HTTP 200)" % (R.randint(20, 80), wave(R).lower()))

    def n_flags(R):
        return gl(R, "I", "main.cc:%d" % R.randint(40, 60), pick(R, ["route-planner 4.2.%d (or-tools 9.%d) starting, %d threads" % (R.randint(0, 3), R.randint(9, 11), R.choice([4, 8])), "first_solution_strategy=PATH_CHEAPEST_ARC local_search_metaheuristic=GUIDED_LOCAL_SEARCH", "planning %d waves for 2030-02-%02d" % (R.randint(8, 16), R.randint(2, 28))]), 1)

    def n_search(R):
        return gl(R, "I", "search.cc:%d" % R.randint(1900, 2000), "End search (time = %d ms, branches = %d, failures = %d, memory used = %.2f MB, speed = %d branches/s)" % (
            R.randint(10000, 300000), R.randint(10 ** 4, 10 ** 6), R.randint(10 ** 3, 10 ** 5), R.uniform(200, 3000), R.randint(100, 9000)))

    def n_stats(R):
        return gl(R, "I", "planner.cc:%d" % R.randint(440, 460), "run summary: waves=%d planned=%d failed=0 consignments=%d distance_km=%.1f" % (R.randint(8, 16), R.randint(8, 16), R.randint(3000, 20000), R.uniform(4000, 30000)), 1)

    def n_addr(R):
        return gl(R, "W", "geocode.cc:%d" % R.randint(90, 110), "consignment %s: address \"%d %s St, %s\" did not geocode (relevance %.2f); held for address correction" % (
            consignment(R), R.randint(1, 400), pick(R, ["Harbour", "Wattle", "Bligh", "Kent", "Station"]), pick(R, ["Parramatta NSW", "Milton QLD", "Footscray VIC"]), R.uniform(0.1, 0.6)))

    def n_cp(R):
        return gl(R, "I", "checkpoint.cc:%d" % R.randint(20, 40), "checkpoint %s saved (%d KiB)" % (wave(R), R.randint(100, 9000)))

    return [n_load, n_sol, n_done, n_dropped, n_relax, n_throttle_ok, n_block_ok, n_write, n_flags, n_search, n_stats, n_addr, n_cp]


def fam_ort(R):
    return build(R, F2, [("location-route-matrix-quota", o_matrix), ("solver-time-limit-5s-unit-change", o_timelimit),
                         ("fleet-capacity-table-mismatch-check", o_check), ("orders-v2-prefix-access-denied", o_s3),
                         ("mel-xd3-matrix-bad-alloc", o_oom)], ort_negs())


FAMILIES = {F1: fam_traccar, F2: fam_ort}
