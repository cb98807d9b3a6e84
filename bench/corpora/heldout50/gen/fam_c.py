"""Families: journeyplanner-otp2-logback-ecs, pids-pa-controller-node20-winston-ecs.

The journey planner is OpenTripPlanner 2.6 (Java 21) on ECS with a sedgecombe fare plug-in; it loads a prebuilt graph
from EFS, polls the GTFS-realtime feeds and the bike-share GBFS feed, and serves the GraphQL API to the customer app.
It logs through logback with a `HH:mm:ss.SSS LEVEL [thread] (File.java:line) message` console pattern; Java stack
traces stay in the event, and the JVM's own `Terminating due to java.lang.OutOfMemoryError` line is stderr text.

"pids-controller" (Node.js 20, Express + winston, on ECS) drives the passenger-information displays (LED/LCD signs at
platforms and stops over a site-to-site VPN) and the station PA, synthesising announcements with Amazon Polly and
reading the safety-announcement schedule from DynamoDB. winston's `simple()` format (`level: message {json meta}`)
with a timestamp in the meta; Node's own crash output (uncaught exception, V8 heap exhaustion) is plain stderr text
kept in one event by the multi-line pattern."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    hms_ms, iso_z)

# ---------------------------------------------------------------- journeyplanner-otp2-logback-ecs
F1 = "journeyplanner-otp2-logback-ecs"


def lb(R, lvl, thread, src, msg):
    return "%s %-5s [%s] (%s) %s" % (hms_ms(R), lvl, thread, src, msg)


def http_th(R):
    return "grizzly-http-server-%d" % R.randint(0, 31)


def jp_oom(R):
    # graph v2030.12 adds the outer-region OSM extract; loading it needs more than the task's -Xmx 12g, so every
    # new task dies during graph load (crash loop, journey planning capacity down to the old tasks)
    if R.random() < 0.6:
        return lb(R, "ERROR", "main", "OTPMain.java:%d" % R.randint(100, 110),
            "An uncaught error occurred inside OTP: Java heap space\njava.lang.OutOfMemoryError: Java heap space\n"
            "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n"
            "\tat java.base/java.util.ArrayList.grow(ArrayList.java:237)\n"
            "\tat org.opentripplanner.street.model.vertex.Vertex.addOutgoing(Vertex.java:%d)\n"
            "\tat org.opentripplanner.routing.graph.SerializedGraphObject.load(SerializedGraphObject.java:%d)\n"
            "\tat org.opentripplanner.standalone.OTPMain.startOTPServer(OTPMain.java:%d)" % (R.randint(80, 95), R.randint(180, 200), R.randint(120, 140)))
    return ("java.lang.OutOfMemoryError: Java heap space\nDumping heap to /var/otp/dumps/java_pid1.hprof ...\n"
            "Heap dump file created [%d bytes in %.3f secs]\nTerminating due to java.lang.OutOfMemoryError: Java heap space") % (R.randint(12700000000, 12884901888), R.uniform(30, 70))


def jp_rt404(R):
    # the realtime updater config still uses the pre-CloudFront path /realtime/trip-updates; every poll gets 404 and
    # no delays or cancellations are applied to planned journeys
    return lb(R, "WARN", "updater-%d" % R.randint(1, 4), "PollingGraphUpdater.java:%d" % R.randint(95, 100),
              "Error while running polling updater of type stop-time-updater (feedId: sedgecombe, url: https://gtfsrt.%s/realtime/trip-updates)\n"
              "org.opentripplanner.framework.io.OtpHttpClientException: HTTP request failed with status 404 Not Found\n"
              "\tat org.opentripplanner.framework.io.OtpHttpClient.executeAndMapWithResponseHandler(OtpHttpClient.java:%d)\n"
              "\tat org.opentripplanner.updater.trip.GtfsRealtimeTripUpdateSource.getUpdates(GtfsRealtimeTripUpdateSource.java:%d)\n"
              "\tat org.opentripplanner.updater.trip.PollingTripUpdater.runPolling(PollingTripUpdater.java:%d)" % (DOMAIN, R.randint(380, 400), R.randint(50, 60), R.randint(80, 90)))


def jp_gbfs(R):
    # the bike-share operator moved to GBFS 3.0 where vehicle_types is mandatory and station_information changed
    # shape; OTP's v2 mapper cannot parse it and bike-share drops out of all itineraries
    if R.random() < 0.6:
        return lb(R, "ERROR", "updater-%d" % R.randint(1, 4), "PollingGraphUpdater.java:%d" % R.randint(95, 100),
                  "Error while running polling updater of type vehicle-rental (url: https://gbfs.pedalshare.example/sedgecombe/gbfs.json)\n"
                  "com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.lang.String` from Array value (token `JsonToken.START_ARRAY`)\n"
                  " at [Source: (ByteArrayInputStream); line: 1, column: %d] (through reference chain: org.entur.gbfs.v2_3.station_information.GBFSStationInformation[\"data\"]->org.entur.gbfs.v2_3.station_information.GBFSData[\"stations\"]->java.util.ArrayList[%d]->org.entur.gbfs.v2_3.station_information.GBFSStation[\"name\"])" % (R.randint(100, 9000), R.randint(0, 400)))
    return lb(R, "WARN", "updater-%d" % R.randint(1, 4), "VehicleRentalUpdater.java:%d" % R.randint(110, 120), "Vehicle rental data for network pedalshare not updated for %d minutes; %d stations removed from routing" % (R.randint(10, 900), R.randint(200, 260)))


def jp_fare(R):
    # release 2.6.0-sc4 of the sedgecombe fare plug-in has no fare product for ferry legs on the new F9 route and
    # dereferences the missing product; every itinerary search that finds an F9 leg fails with a GraphQL error
    return lb(R, "ERROR", http_th(R), "GraphQLAPI.java:%d" % R.randint(70, 80),
              "Exception while fetching data (/planConnection/edges[%d]/node/fares) : Cannot invoke \"org.opentripplanner.model.fare.FareProduct.price()\" because \"product\" is null\n"
              "java.lang.NullPointerException: Cannot invoke \"org.opentripplanner.model.fare.FareProduct.price()\" because \"product\" is null\n"
              "\tat au.example.sedgecombe.otp.fares.SedgecombeFareService.legPrice(SedgecombeFareService.java:%d)\n"
              "\tat au.example.sedgecombe.otp.fares.SedgecombeFareService.calculateFares(SedgecombeFareService.java:%d)\n"
              "\tat org.opentripplanner.routing.algorithm.mapping.ItinerariesHelper.decorateItinerariesWithFares(ItinerariesHelper.java:%d)" % (R.randint(0, 4), R.randint(140, 150), R.randint(60, 70), R.randint(20, 30)))


def jp_timeout(R):
    # a router-config change raised maxSearchWindow to 24h; broad searches from the app now run for the whole
    # request budget and fail with OTP's timeout
    return lb(R, "WARN", http_th(R), "OTPRequestTimeoutException.java:%d" % R.randint(20, 30),
              "TIMEOUT! The request is too resource intensive (searchWindow=%dh, from %s to %s, elapsed %d ms)" % (R.randint(12, 24), "stop:%d" % R.randint(200000, 299999), "%.5f,%.5f" % (R.uniform(-33.95, -33.8), R.uniform(151.1, 151.3)), R.randint(15000, 15200)))


def jp_negs():
    def n_startup(R):
        return lb(R, "INFO", "main", "OtpStartupInfo.java:%d" % R.randint(25, 35), "OTP %s (git commit %s, build 2030-11-%02d) running on Java 21.0.%d" % (pick(R, ["2.6.0-sc3", "2.6.0-sc4"]), hexs(R, 10), R.randint(1, 28), R.randint(4, 6)))

    def n_grizzly(R):
        return lb(R, "INFO", "main", "GrizzlyServer.java:%d" % R.randint(150, 160), "Grizzly server running on port 8080 (%d worker threads)" % pick(R, [16, 32]))

    def n_graph(R):
        return lb(R, "INFO", "main", "SerializedGraphObject.java:%d" % R.randint(190, 200), "Graph read. |V|=%d |E|=%d in %ds" % (R.randint(2000000, 2400000), R.randint(5000000, 6200000), R.randint(40, 120)))

    def n_rt_ok(R):
        n = R.randint(600, 1500)
        return lb(R, "INFO", "updater-%d" % R.randint(1, 4), "TripUpdateMetrics.java:%d" % R.randint(40, 50), "[feedId: sedgecombe] %d of %d TripUpdate messages applied successfully. Failures: {NO_TRIP_FOUND=%d}" % (n - 3, n, 3) if R.random() < 0.5 else
                  lb(R, "INFO", "updater-%d" % R.randint(1, 4), "TripUpdateMetrics.java:%d" % R.randint(40, 50), "[feedId: sedgecombe] %d of %d TripUpdate messages applied successfully. Failures: {}" % (n, n)))

    def n_unknown_param(R):
        return lb(R, "WARN", "main", "NodeAdapter.java:%d" % R.randint(150, 160), "Unexpected config parameter: 'routingDefaults.%s:%s' in 'router-config.json'. Is the spelling correct?" % (pick(R, ["walkReluctanceLegacy", "bikeSpeedOld", "maxPreTransitTime"]), R.randint(1, 9)))

    def n_no_route(R):
        return lb(R, "DEBUG", http_th(R), "RoutingWorker.java:%d" % R.randint(100, 110), "Routing errors: [%s]" % pick(R, ["NO_TRANSIT_CONNECTION", "LOCATION_NOT_FOUND", "WALKING_BETTER_THAN_TRANSIT", "OUTSIDE_SERVICE_PERIOD"]))

    def n_req(R):
        return lb(R, "INFO", http_th(R), "RequestTraceFilter.java:%d" % R.randint(30, 40), "POST /otp/gtfs/v1 planConnection %d ms, %d itineraries (correlation %s)" % (R.randint(40, 2500), R.randint(1, 8), uuid(R)))

    def n_gbfs_ok(R):
        return lb(R, "DEBUG", "updater-%d" % R.randint(1, 4), "VehicleRentalUpdater.java:%d" % R.randint(100, 110), "pedalshare: %d stations, %d vehicles available, 0 errors" % (R.randint(200, 260), R.randint(400, 1600)))

    def n_alerts(R):
        return lb(R, "INFO", "updater-%d" % R.randint(1, 4), "AlertsUpdater.java:%d" % R.randint(60, 70), "Applied %d service alerts (%d cancelled trips by timetable)" % (R.randint(0, 40), R.randint(0, 30)))

    def n_health(R):
        return lb(R, "DEBUG", http_th(R), "ActuatorAPI.java:%d" % R.randint(40, 50), "GET /otp/actuators/health -> 200 UP")

    def n_trip_cancel(R):
        return lb(R, "DEBUG", "updater-%d" % R.randint(1, 4), "TimetableSnapshotSource.java:%d" % R.randint(300, 320), "Trip %s cancelled by realtime update (service date 2030-12-%02d)" % ("sedgecombe:%s-%d-%s" % (pick(R, ["BUS", "TRM", "FRY"]), R.randint(100, 999), digits(R, 5)), R.randint(2, 28)))

    def n_client_abort(R):
        return lb(R, "WARN", http_th(R), "GraphQLAPI.java:%d" % R.randint(90, 99), "Client disconnected before response was written (java.io.IOException: Broken pipe), query planConnection")

    def n_snapshot(R):
        return lb(R, "DEBUG", "updater-%d" % R.randint(1, 4), "TimetableSnapshotSource.java:%d" % R.randint(100, 110), "Committed timetable snapshot, %d modified patterns" % R.randint(10, 900))

    def n_shutdown(R):
        return lb(R, "INFO", "shutdown-hook", "OTPServer.java:%d" % R.randint(60, 70), "OTP shutdown hook: stopping updaters and Grizzly server (graceful %ds)" % R.randint(5, 30))

    return [n_startup, n_grizzly, n_graph, n_rt_ok, n_unknown_param, n_no_route, n_req, n_gbfs_ok, n_alerts, n_health, n_trip_cancel,
            n_client_abort, n_snapshot, n_shutdown]


def journeyplanner(R):
    return build(R, F1, [("graph-2030-12-heap-oom", jp_oom), ("tripupdate-updater-url-404", jp_rt404),
                         ("gbfs-v3-parse-failure", jp_gbfs), ("ferry-fare-product-npe", jp_fare),
                         ("search-window-24h-timeout", jp_timeout)], jp_negs())


# ---------------------------------------------------------------- pids-pa-controller-node20-winston-ecs
F2 = "pids-pa-controller-node20-winston-ecs"


def ws(R, lvl, msg, **meta):
    m = dict(meta)
    m["service"] = "pids-controller"
    m["timestamp"] = iso_z(R)
    return "%s: %s %s" % (lvl, msg, jd(m))


def sign(R):
    return "%s-P%d-%02d" % (pick(R, ["CEN", "WHF", "KET", "MRF", "HBR", "UNI"]), R.randint(1, 8), R.randint(1, 12))


def pd_polly(R):
    # the account's Polly SynthesizeSpeech rate quota was never raised for disruption peaks; during service
    # disruptions PA announcements fail after retries and are not made
    return ws(R, "error", "PA announcement not played: SynthesizeSpeech failed after 3 attempts", station=pick(R, ["CEN", "WHF", "KET", "MRF", "HBR", "UNI"]),
              announcementId="pa_" + lower(R, 12), error="ThrottlingException: Rate exceeded", statusCode=400, requestId=uuid(R))


def pd_oom(R):
    # release 4.2's departure cache keys entries by (sign, minute) and never evicts them; the process grows until V8
    # aborts, taking every display's updates down until the task restarts
    if R.random() < 0.55:
        gc = R.randint(8000000, 90000000)
        return ("<--- Last few GCs --->\n\n"
                "[1:0x%s] %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = 0.%03d, current mu = 0.0%02d) allocation failure; scavenge might not succeed\n\n\n"
                "<--- JS stacktrace --->\n\n"
                "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
                "----- Native stack trace -----\n\n"
                " 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n"
                " 2: 0xf06b50 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]\n"
                " 3: 0xf06e37 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]") % (
            hexs(R, 7), gc, R.uniform(2030, 2046), R.uniform(2080, 2090), R.uniform(2028, 2040), R.uniform(2080, 2090), R.uniform(900, 2400), R.randint(100, 300), R.randint(10, 60))
    return ws(R, "warn", "heap usage high", heapUsedMB=R.randint(1800, 2040), heapLimitMB=2048, departureCacheEntries=R.randint(2000000, 9000000))


def pd_vpn(R):
    # the signage subnet's new network ACL blocks the controller's return traffic on 4001/tcp; signs at the affected
    # stations cannot be reached and go blank after their 10-minute watchdog
    s = sign(R)
    if R.random() < 0.6:
        ip = ip10(R, 88)
        return ws(R, "error", "display %s unreachable" % s, host=ip, port=4001, error="connect ETIMEDOUT %s:4001" % ip, code="ETIMEDOUT", consecutiveFailures=R.randint(3, 400))
    return ws(R, "warn", "station %s: %d of %d displays offline, departures not delivered" % (s[:3], R.randint(4, 30), R.randint(30, 40)), station=s[:3])


def pd_undef(R):
    # disruption alerts created in the new back office arrive without an English translation block; the formatter
    # reads alert.translations.en.text and the unhandled exception kills the process
    if R.random() < 0.5:
        return ("/app/dist/formatters/alert.js:%d\n    const headline = alert.translations.en.text.slice(0, MAX);\n                                        ^\n\n"
                "TypeError: Cannot read properties of undefined (reading 'text')\n"
                "    at formatAlert (/app/dist/formatters/alert.js:%d:41)\n"
                "    at /app/dist/pipeline/departures.js:%d:27\n"
                "    at Array.map (<anonymous>)\n"
                "    at DepartureBoard.render (/app/dist/pipeline/departures.js:%d:18)\n\n"
                "Node.js v20.%d.0") % ((lambda a: (a, a))(R.randint(30, 40)) + (R.randint(80, 99), R.randint(100, 120), R.randint(15, 18)))
    return ws(R, "error", "uncaughtException: Cannot read properties of undefined (reading 'text')", alertId="al_" + lower(R, 10), exitCode=1,
              stack="TypeError: Cannot read properties of undefined (reading 'text')\n    at formatAlert (/app/dist/formatters/alert.js:%d:41)" % R.randint(30, 40))


def pd_ddb(R):
    # the IaC refactor renamed the table to pids-safety-schedule-prod but the task definition still names
    # pids-announcement-schedule-prod; scheduled safety announcements are not loaded or played
    return ws(R, "error", "failed to load safety announcement schedule", table="pids-announcement-schedule-prod",
              error="ResourceNotFoundException: Requested resource not found", station=pick(R, ["CEN", "WHF", "KET", "MRF", "HBR", "UNI", "ALL"]))


def pd_negs():
    def n_listen(R):
        return ws(R, "info", "pids-controller listening on :%d (version 4.2.%d)" % (pick(R, [3000, 3000, 8080]), R.randint(0, 3)))

    def n_push(R):
        return ws(R, "info", "departures pushed", sign=sign(R), rows=R.randint(3, 8), latencyMs=R.randint(30, 900), error=None)

    def n_pa(R):
        return ws(R, "info", "PA announcement played", station=pick(R, ["CEN", "WHF", "KET"]), announcementId="pa_" + lower(R, 12), kind=pick(R, ["next-service", "platform-change", "safety", "delay"]), durationMs=R.randint(3000, 20000))

    def n_blank(R):
        return ws(R, "info", "display %s entering night blank mode (last service departed)" % sign(R))

    def n_quiet(R):
        return ws(R, "info", "announcement suppressed: quiet hours at %s (22:00-06:00 residential policy)" % pick(R, ["KET", "MRF", "UNI"]))

    def n_polly_retry(R):
        return ws(R, "warn", "SynthesizeSpeech throttled, retry 1 succeeded", announcementId="pa_" + lower(R, 12), delayMs=R.randint(100, 800))

    def n_reconnect(R):
        return ws(R, "info", "display %s reconnected after %ds (power cycle by station staff)" % (sign(R), R.randint(20, 400)))

    def n_cancel(R):
        return ws(R, "info", "trip shown as CANCELLED", sign=sign(R), tripId="%s-%d-%s" % (pick(R, ["BUS", "TRM"]), R.randint(100, 999), digits(R, 5)), reason="timetable")

    def n_dep(R):
        return "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)" if R.random() < 0.5 else ws(R, "debug", "render", sign=sign(R), template=pick(R, ["two-line", "three-line", "full-matrix"]), brightness=R.randint(20, 100))

    def n_access(R):
        return ws(R, "http", "%s %s %d %d - %.3f ms" % (pick(R, ["GET", "GET", "POST"]), pick(R, ["/health", "/v1/signs/%s/state" % sign(R), "/v1/announcements"]), pick(R, [200, 200, 204, 304]), R.randint(2, 900), R.uniform(0.5, 40)))

    def n_badreq(R):
        return ws(R, "http", "POST /v1/announcements %d %d - %.3f ms" % (pick(R, [400, 422]), R.randint(40, 200), R.uniform(1, 20)), note="validation failed: text longer than 240 characters")

    def n_schedule(R):
        return ws(R, "info", "display templates loaded", table="pids-templates-prod", entries=R.randint(40, 200), station=pick(R, ["CEN", "WHF", "KET"]))

    def n_sigterm(R):
        return ws(R, "info", "SIGTERM received, closing %d display sockets" % R.randint(200, 400))

    def n_stats(R):
        return ws(R, "info", "minute stats", pushes=R.randint(2000, 6000), failedPushes=0, announcements=R.randint(0, 40), failedAnnouncements=0)

    return [n_listen, n_push, n_pa, n_blank, n_quiet, n_polly_retry, n_reconnect, n_cancel, n_dep, n_access, n_badreq, n_schedule, n_sigterm, n_stats]


def pids(R):
    return build(R, F2, [("polly-synthesize-throttled", pd_polly), ("departure-cache-heap-exhausted", pd_oom),
                         ("signage-nacl-blocks-4001", pd_vpn), ("alert-missing-en-translation-crash", pd_undef),
                         ("schedule-table-renamed", pd_ddb)], pd_negs())


FAMILIES = {F1: journeyplanner, F2: pids}
