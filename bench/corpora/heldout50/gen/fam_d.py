"""Families: traction-power-nodered3-modbus-ec2, customer-api-edge-envoy130-access-ecs.

The traction-power monitor is Node-RED 3.1 (Node.js 20) on an EC2 instance reached over the substation VPN: flows poll
the rectifier and feeder protection relays through Modbus TCP gateways (node-red-contrib-modbus), scale the readings
in function nodes, write them to Amazon Timestream and page the control room through SNS. Its console logger writes
`6 Dec 13:04:11 - [level] [type:node name] message`, shipped by the CloudWatch agent.

The customer app's API edge is Envoy 1.30 on ECS in front of the fare-account, ticketing, top-up, journey and live
departure services. Its access log uses Envoy's default format (`[%START_TIME%] "METHOD PATH PROTOCOL" code flags
rx tx duration upstream-time "xff" "ua" "request id" "authority" "upstream host"`); Envoy's own log lines
(`[2030-12-06 13:04:11.123][1][info][main] [source/…:line] message`) go to the same log group."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    nodered_ts, iso_z, envoy_ts)

# ---------------------------------------------------------------- traction-power-nodered3-modbus-ec2
F1 = "traction-power-nodered3-modbus-ec2"
SUBS = ["KET", "MRF", "CEN", "HBR", "ASH", "WHF"]


def nr(R, lvl, node, msg):
    return "%s - [%s] %s%s" % (nodered_ts(R), lvl, ("[%s] " % node) if node else "", msg)


def tp_regmap(R):
    # the Kettering rectifier RTU firmware update moved the DC-bus block from 40121 to 40201; every poll of the old
    # block returns Modbus exception 2 and Kettering's DC bus voltage and rectifier currents are not monitored
    reg = pick(R, [40121, 40123, 40125, 40127])
    if R.random() < 0.6:
        return nr(R, "error", "modbus-read:KET rectifier %d DC bus" % R.randint(1, 3), "Modbus exception 2: Illegal data address (unit 1, FC3, address %d, quantity %d)" % (reg, pick(R, [2, 4, 8])))
    return nr(R, "warn", "function:stale readings watchdog", "KET DC bus voltage: no valid reading for %d min (last 2030-12-0%d); substation shown GREY on traction overview" % (R.randint(10, 900), R.randint(2, 4)))


def tp_timestream(R):
    # the memory-store retention of the traction table was cut to 1 hour; after any VPN blip the gateway's
    # store-and-forward replays readings older than an hour and Timestream rejects them, so the history has holes
    n = R.randint(20, 100)
    return nr(R, "error", "function:write to Timestream", "WriteRecords traction.readings failed: RejectedRecordsException: One or more records have been rejected. See RejectedRecords for details. (%d of %d rejected: \"The record timestamp is outside the time range [%s, %s) of the memory store.\")" % (
        n, 100, "2030-12-%02dT%02d:%02d:00Z" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59)), "2030-12-%02dT%02d:%02d:00Z" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59))))


def tp_sns(R):
    # the NAT gateway of the monitoring subnet was removed and no SNS VPC endpoint was created; breaker-trip and
    # earth-fault alarms are not paged to the control room
    if R.random() < 0.6:
        return nr(R, "error", "function:page control room", "SNS Publish failed for alarm %s at %s: connect ETIMEDOUT %s:443 (sns.%s.amazonaws.com)" % (
            pick(R, ["FEEDER_BREAKER_TRIP", "EARTH_FAULT", "RECTIFIER_OVERTEMP", "DC_UNDERVOLTAGE"]), pick(R, SUBS), pubip(R), REGION))
    return nr(R, "warn", "function:alarm queue", "%d unacknowledged alarms not delivered to control room (oldest %d min)" % (R.randint(1, 30), R.randint(2, 240)))


def tp_func(R):
    # feeders F12-F14 were commissioned at Harbour but the scaling table in the function node was not extended; the
    # lookup is undefined and those feeders' currents are never processed
    return nr(R, "error", "function:scale feeder currents", "TypeError: Cannot read properties of undefined (reading 'scale') (feeder HBR-F%d, msg id %s)" % (R.randint(12, 14), hexs(R, 16)))


def tp_conn(R):
    # the Moorfield serial gateway accepts 2 Modbus TCP clients; the new standby Node-RED instance was pointed at the
    # production gateway, so the connections are reset in turn and Moorfield's readings drop out
    if R.random() < 0.6:
        return nr(R, "error", "modbus-client:MRF-SS-GW", "Client -> Error: %s (%s:502)" % (pick(R, ["read ECONNRESET", "connect ECONNREFUSED", "read ECONNRESET"]), ip10(R, 96)))
    return nr(R, "warn", "modbus-read:MRF feeder %d" % R.randint(1, 8), "Client not ready to read (state BROKEN), skipping poll %d" % R.randint(10000, 99999))


def tp_negs():
    def n_start(R):
        return nr(R, "info", None, pick(R, ["Node-RED version: v3.1.%d" % R.randint(9, 12), "Node.js  version: v20.%d.0" % R.randint(15, 18),
                                            "Linux 6.1.%d-%d.amzn2023.x86_64 x64 LE" % (R.randint(100, 130), R.randint(100, 200)), "Settings file  : /home/nodered/.node-red/settings.js",
                                            "Context store  : 'default' [module=memory]", "Server now running at http://127.0.0.1:1880/"]) + ("" if R.random() < 0.7 else " (pid %d)" % R.randint(1000, 9000)))

    def n_flows(R):
        return nr(R, "info", None, pick(R, ["Starting flows", "Started flows", "Stopping flows", "Stopped flows"]) + " (deploy %s)" % hexs(R, 8))

    def n_connected(R):
        return nr(R, "info", "modbus-client:%s-SS-GW" % pick(R, SUBS), "Client -> connected to %s:502 (unit %d, TCP)" % (ip10(R, 96), R.randint(1, 4)))

    def n_debug(R):
        return nr(R, "info", "debug:%s DC bus" % pick(R, SUBS), jd({"v_dc": R.randint(1480, 1720), "i_dc": R.randint(0, 4200), "ts": 1922313600 + R.randint(86400, 2400000), "quality": "GOOD"}))

    def n_ts_ok(R):
        return nr(R, "info", "function:write to Timestream", "WriteRecords traction.readings ok: %d records, rejected 0" % R.randint(90, 100))

    def n_breaker_planned(R):
        return nr(R, "info", "function:alarm filter", "%s-F%d breaker OPEN during permit PTW-%d (planned isolation), alarm suppressed" % (pick(R, SUBS), R.randint(1, 11), R.randint(30000, 39999)))

    def n_regen(R):
        return nr(R, "info", "function:regen monitor", "%s DC bus %d V for %d ms (regenerative braking), inverter absorbed, no action" % (pick(R, SUBS), R.randint(1750, 1850), R.randint(80, 900)))

    def n_timeout_ok(R):
        return nr(R, "warn", "modbus-read:%s feeder %d" % (pick(R, SUBS), R.randint(1, 8)), "Timed out after 1000 ms, retry 1 ok")

    def n_cred(R):
        return nr(R, "warn", None, "Encrypted credentials not found") if R.random() < 0.3 else nr(R, "info", "mqtt-broker:scada-bus", "Connected to broker: traction-nr@mqtts://scada-bus.%s:8883 (session %s)" % (DOMAIN, hexs(R, 6)))

    def n_paged(R):
        return nr(R, "info", "function:page control room", "alarm %s at %s paged (MessageId %s)" % (pick(R, ["FEEDER_BREAKER_TRIP", "EARTH_FAULT", "RECTIFIER_OVERTEMP"]), pick(R, SUBS), uuid(R)))

    def n_metric(R):
        return "%s - [metric] %s" % (nodered_ts(R), jd({"level": 99, "event": "runtime.memory.rss", "value": R.randint(120000000, 260000000), "timestamp": (1922313600 + R.randint(86400, 2400000)) * 1000}))

    def n_poll_summary(R):
        return nr(R, "info", "function:poll summary", "last 5 min: polls=%d ok=%d timeouts=%d exceptions=0" % ((lambda p, t: (p, p - t, t))(R.randint(2800, 3000), R.randint(0, 3))))

    def n_stopped_comm(R):
        return nr(R, "info", "modbus-client:%s-SS-GW" % pick(R, ["ASH", "WHF"]), "Client -> closed for maintenance window (flow disabled by %s)" % pick(R, ["j.okafor", "m.tran", "s.lindqvist"]))

    def n_dashboard(R):
        return nr(R, "info", None, "Dashboard up at /ui, %d clients connected" % R.randint(1, 12))

    return [n_start, n_flows, n_connected, n_debug, n_ts_ok, n_breaker_planned, n_regen, n_timeout_ok, n_cred, n_paged, n_metric, n_poll_summary,
            n_stopped_comm, n_dashboard]


def traction(R):
    return build(R, F1, [("ket-rtu-register-map-moved", tp_regmap), ("timestream-memory-retention-rejects", tp_timestream),
                         ("sns-no-route-after-nat-removal", tp_sns), ("new-feeders-missing-scale-table", tp_func),
                         ("mrf-gateway-client-limit", tp_conn)], tp_negs())


# ---------------------------------------------------------------- customer-api-edge-envoy130-access-ecs
F2 = "customer-api-edge-envoy130-access-ecs"
UAS = ["SedgecombeGo/7.4.%d (iPhone; iOS 18.%d)", "SedgecombeGo/7.4.%d (Android 15; SM-S9%d1B)", "okhttp/4.12.0 SedgecombeGo/7.3.%d (Android 14; Pixel %d)"]


def ua(R):
    return pick(R, UAS) % (R.randint(0, 9), R.randint(0, 9))


def acc(R, method, path, code, flags, up_host, authority="api.%s" % DOMAIN, dur=None, upt=None, rx=None, tx=None):
    dur = dur if dur is not None else R.randint(3, 900)
    if upt is None:
        upt = "-" if flags != "-" else str(max(1, dur - R.randint(0, 3)))
    return '[%s] "%s %s HTTP/%s" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
        iso_z(R), method, path, pick(R, ["1.1", "2"]), code, flags, rx if rx is not None else (R.randint(0, 900) if method in ("POST", "PUT") else 0),
        tx if tx is not None else R.randint(0, 9000), dur, upt, pubip(R), ua(R), uuid(R), authority, up_host)


def el(R, lvl, comp, src, msg):
    return "[%s][1][%s][%s] [%s] %s" % (envoy_ts(R), lvl, comp, src, msg)


def ed_uh(R):
    # fare-account moved its health endpoint to /healthz; the Envoy cluster still checks /health, marks every host
    # unhealthy and answers account and card requests with 503 UH
    p = pick(R, ["/v1/accounts/%s" % lower(R, 12), "/v1/accounts/%s/journeys" % lower(R, 12), "/v1/cards/%s/status" % lower(R, 10)])
    return acc(R, pick(R, ["GET", "GET", "POST"]), p, 503, "UH", "-", dur=0, upt="-", tx=19)


def ed_rds(R):
    # the route generator emits the new v2 trips virtual host with a domain that duplicates the v1 one; every RDS
    # update is rejected, so the v2 routes released with app 7.4 are unknown to Envoy (404 NR)
    if R.random() < 0.45:
        return el(R, "warning", "config", "source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:%d" % R.randint(128, 140),
                  "gRPC config for type.googleapis.com/envoy.config.route.v3.RouteConfiguration rejected: Only unique values for domains are permitted. Duplicate entry of domain api.%s in route public_api (version %s)" % (DOMAIN, "v2030120%d-%s" % (R.randint(1, 9), hexs(R, 6))))
    return acc(R, pick(R, ["GET", "POST"]), pick(R, ["/v2/trips/plan", "/v2/trips/%s" % lower(R, 10), "/v2/trips/saved"]), 404, "NR", "-", dur=0, upt="-", tx=0)


def ed_rls(R):
    # the global rate-limit filter (failure_mode_deny: true) points at ratelimit.internal, but the service was
    # re-registered in Cloud Map as ratelimit.svc.internal; every top-up and ticket purchase is answered 500 RLSE
    return acc(R, "POST", pick(R, ["/v1/topups", "/v1/tickets/purchase", "/v1/passes/purchase"]), 500, "RLSE", "-", dur=R.randint(0, 25), upt="-", tx=0)


def ed_ut(R):
    # the top-up route kept the 3 s timeout from its template while acquirer authorisations take 4-8 s; customers'
    # top-ups are cut at 3 s with 504 UT although many are charged later
    return acc(R, "POST", "/v1/topups/%s/confirm" % lower(R, 12), 504, "UT", "%s:8080" % ip10(R, 70), dur=R.randint(3000, 3010), upt="-", tx=24)


def ed_uo(R):
    # the live-departures cluster keeps the default circuit breaker (1024 requests) while every app holds an SSE
    # stream; at peak new streams get 503 UO and customers lose live departures
    return acc(R, "GET", "/v1/live/stops/%d/departures?stream=sse" % R.randint(200000, 299999), 503, "UO", "-", dur=0, upt="-", tx=81)


def ed_negs():
    def n_ok(R):
        m, p, c = pick(R, [("GET", "/v1/stops/%d/departures" % R.randint(200000, 299999), 200), ("GET", "/v1/journeys/plan?from=stop:%d&to=stop:%d" % (R.randint(200000, 299999), R.randint(200000, 299999)), 200),
                           ("POST", "/v1/tickets/purchase", 201), ("GET", "/v1/accounts/me/summary", 200), ("GET", "/v1/alerts?mode=%s" % pick(R, ["tram", "bus", "ferry"]), 304),
                           ("PUT", "/v1/favourites/%s" % lower(R, 8), 204)])
        return acc(R, m, p, c, "-", "%s:8080" % ip10(R, 70))

    def n_401(R):
        return acc(R, "GET", "/v1/accounts/me/summary", 401, "-", "%s:8080" % ip10(R, 70), dur=R.randint(2, 20))

    def n_404(R):
        return acc(R, "GET", "/v1/stops/%d/departures" % R.randint(900000, 999999), 404, "-", "%s:8080" % ip10(R, 70), dur=R.randint(2, 30))

    def n_rl(R):
        return acc(R, "GET", "/v1/stops/%d/departures" % R.randint(200000, 299999), 429, "RL", "-", dur=0, upt="-", tx=18)

    def n_dc(R):
        return acc(R, "GET", "/v1/live/stops/%d/departures?stream=sse" % R.randint(200000, 299999), 200, "DC", "%s:8080" % ip10(R, 70), dur=R.randint(30000, 900000), upt=str(R.randint(1, 10)))

    def n_health(R):
        return '[%s] "GET /ready HTTP/1.1" 200 - 0 5 0 - "-" "ELB-HealthChecker/2.0" "%s" "%s:9901" "-"' % (iso_z(R), uuid(R), ip10(R, 70))

    def n_422(R):
        return acc(R, "POST", "/v1/topups", 422, "-", "%s:8080" % ip10(R, 70), dur=R.randint(5, 60))

    def n_start(R):
        return el(R, "info", "main", "source/server/server.cc:%d" % R.randint(420, 440), "initializing epoch 0 (base id=0, hot restart version=11.104)") if R.random() < 0.5 else \
            el(R, "info", "main", "source/server/server.cc:%d" % R.randint(950, 990), "starting main dispatch loop")

    def n_cds(R):
        return el(R, "info", "upstream", "source/common/upstream/cds_api_helper.cc:%d" % R.randint(30, 40), "cds: added/updated %d cluster(s), skipped %d unmodified cluster(s)" % (R.randint(0, 3), R.randint(8, 14)))

    def n_workers(R):
        return el(R, "info", "config", "source/common/listener_manager/listener_manager_impl.cc:%d" % R.randint(920, 940), "all dependencies initialized. starting workers")

    def n_deprecated(R):
        return el(R, "warning", "misc", "source/common/protobuf/message_validator_impl.cc:%d" % R.randint(20, 30), "Deprecated field: type envoy.config.cluster.v3.Cluster Using deprecated option 'envoy.config.cluster.v3.Cluster.http2_protocol_options' from file cluster.proto. This configuration will be removed from Envoy soon.")

    def n_rds_ok(R):
        return el(R, "info", "upstream", "source/common/router/rds_impl.cc:%d" % R.randint(80, 90), "rds: loading new configuration: config_name=public_api hash=%d" % R.randint(10 ** 18, 10 ** 19))

    def n_drain(R):
        return el(R, "info", "main", "source/server/drain_manager_impl.cc:%d" % R.randint(150, 170), "shutting down parent after drain (SIGTERM from ECS, %ds)" % R.randint(5, 30))

    def n_reset(R):
        return acc(R, "GET", "/v1/stops/%d/departures" % R.randint(200000, 299999), 0, "DC", "%s:8080" % ip10(R, 70), dur=R.randint(100, 3000), upt="-", tx=0)

    return [n_ok, n_ok, n_ok, n_401, n_404, n_rl, n_dc, n_health, n_422, n_start, n_cds, n_workers, n_deprecated, n_rds_ok, n_drain, n_reset]


def edge(R):
    return build(R, F2, [("accounts-healthcheck-path-uh", ed_uh), ("rds-duplicate-domain-rejected", ed_rds),
                         ("ratelimit-service-name-rlse", ed_rls), ("topup-route-3s-timeout", ed_ut),
                         ("live-sse-circuit-breaker-uo", ed_uo)], ed_negs())


FAMILIES = {F1: traction, F2: edge}
