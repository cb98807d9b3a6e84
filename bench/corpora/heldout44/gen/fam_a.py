"""Families: hes-dlms-go122-zerolog-ecs, substation-opcua-open62541-gateway-greengrass.

The invented electricity and gas utility "brackwater" (eu-north-1, domain brackwater.example) runs its smart-meter
head-end system (HES) as a Go 1.22 service on ECS: it polls meters and data concentrators over DLMS/COSEM (TCP wrapper
port 4059 over a private APN), receives DLMS push notifications through an MQTT bridge on AWS IoT Core, and forwards
readings to Kinesis. It logs with zerolog (JSON, one object per line; Go panics go to stderr as plain text, kept as one
event by the awslogs multiline pattern). At the substations an OPC UA / Modbus gateway written in C on open62541
runs as a Greengrass v2 component; its stdout (open62541's default logger `[YYYY-mm-dd HH:MM:SS.mmm (UTC+0000)]
level/category<TAB>msg`) goes to CloudWatch through the Greengrass log manager."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, jd, zl_ts, o62_ts)

# ---------------------------------------------------------------- hes-dlms-go122-zerolog-ecs
H1 = "hes-dlms-go122-zerolog-ecs"
VENDORS = ["NRD", "KLM", "AXM", "VTR"]


def meter(R, vendor=None):
    return "%s%s" % (vendor or pick(R, VENDORS), digits(R, 9))


def dc(R):
    return "DC-%s-%03d" % (pick(R, ["UPP", "GAV", "SUN", "VAS", "ORE", "LUL"]), R.randint(1, 240))


def zl(R, lvl, msg, **kv):
    d = {"level": lvl, "time": zl_ts(R), "svc": "hes"}
    d.update(kv)
    d["message"] = msg
    return jd(d)


def e_gak(R):
    # a key-change campaign rotated the global authentication key (GAK) on the AXM firmware 4.2 meters, but the new
    # keys were never imported into the HES keystore: every HLS association with those meters is rejected
    m = meter(R, "AXM")
    t = R.random()
    if t < 0.55:
        return zl(R, "error", "association rejected", meter=m, dc=dc(R), fw="4.2.%d" % R.randint(0, 3), auth="HLS-GMAC",
                  aare={"result": "rejected-permanent", "diagnostic": "authentication-failure"}, key_version=3, attempt=R.randint(1, 3))
    if t < 0.85:
        return zl(R, "error", "read failed after retries", meter=m, job="daily-register", attempts=3, obis="1.0.1.8.0.255",
                  error="dlms: AARE rejected-permanent (authentication-failure) with key version 3")
    return zl(R, "warn", "meter marked unreachable for billing read", meter=m, cause="authentication-failure", consecutive_failures=R.randint(4, 19), billing_day="2030-06-%02d" % R.randint(1, 28))


def e_kinesis(R):
    # brk-meter-readings has 4 shards since 2029; the 15-minute push cycle of the 2030 roll-out exceeds their
    # write throughput and PutRecords keeps failing records past the retry budget
    t = R.random()
    n = R.randint(500, 500)
    f = R.randint(60, 340)
    if t < 0.6:
        return zl(R, "error", "putrecords partial failure, records spooled to dlq", stream="brk-meter-readings", records=n, failed=f,
                  error_code="ProvisionedThroughputExceededException", attempts=5, dlq="brk-hes-readings-dlq")
    return zl(R, "error", "readings forward failed", stream="brk-meter-readings", batch=uuid(R),
              error="operation error Kinesis: PutRecords, failed to get rate limit token, retry quota exceeded, 0 available, 5 requested")


def e_mqttcert(R):
    # the push bridge's X.509 client certificate for IoT Core expired on 2030-06-09; the bridge cannot reconnect, so
    # outage (last gasp) and tamper pushes are not received
    ep = "a1b2c3d4e5f6g7-ats.iot.%s.amazonaws.com" % REGION
    t = R.random()
    if t < 0.6:
        return zl(R, "error", "mqtt connect failed", component="push-bridge", broker="tls://%s:8883" % ep, client_id="brk-hes-push-%d" % R.randint(1, 3),
                  error="network Error : remote error: tls: expired certificate", retry_in="%ds" % pick(R, [10, 20, 40, 80, 160]))
    return zl(R, "warn", "push bridge disconnected, alarm pushes not received", component="push-bridge", since="2030-06-09T00:00:%02dZ" % R.randint(0, 59),
              queued_on_broker="unknown", minutes=R.randint(30, 2000))


def e_panic(R):
    # new VTR firmware returns a load profile with an empty capture_objects array; the profile decoder dereferences
    # the first capture object's scaler without a check and the whole poller task crashes
    gid = R.randint(1000, 90000)
    pc = hexs(R, 6)
    t = R.random()
    if t < 0.7:
        return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
                "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%s]\n\n"
                "goroutine %d [running]:\n"
                "brackwater.example/hes/internal/cosem.(*ProfileGeneric).Scaler(...)\n"
                "\t/src/internal/cosem/profile.go:%d\n"
                "brackwater.example/hes/internal/poller.decodeLoadProfile(0xc000%s, {0xc00%s, 0x%x, 0x%x})\n"
                "\t/src/internal/poller/profile.go:%d +0x%x\n"
                "brackwater.example/hes/internal/poller.(*Worker).readProfile(0xc000%s, {0x%s, 0xc000%s}, 0xc00%s)\n"
                "\t/src/internal/poller/worker.go:%d +0x%x\n"
                "created by brackwater.example/hes/internal/poller.(*Pool).Start in goroutine 1\n"
                "\t/src/internal/poller/pool.go:61 +0x1a5" % (pc, gid, R.randint(140, 160), hexs(R, 6), hexs(R, 7), R.randint(64, 4096), R.randint(64, 4096),
                                                         R.randint(80, 120), R.randint(0x20, 0x3ff), hexs(R, 6), hexs(R, 6), hexs(R, 6), hexs(R, 7), R.randint(200, 260), R.randint(0x20, 0x3ff)))
    return zl(R, "error", "poller restarted after crash", task="arn:aws:ecs:%s:%s:task/brk-hes/%s" % (REGION, ACCT, hexs(R, 32)), last_meter=meter(R, "VTR"),
              exit_code=2, restarts_today=R.randint(2, 40))


def e_route(R):
    # the new APN subnet 10.88.0.0/16 (2030 roll-out concentrators) was never added to the Transit Gateway route
    # table of the HES VPC; every poll to those concentrators fails
    ip = "10.88.%d.%d" % (R.randint(0, 40), R.randint(2, 250))
    t = R.random()
    if t < 0.7:
        return zl(R, "error", "dlms connect failed", dc=dc(R), addr="%s:4059" % ip, error="dial tcp %s:4059: connect: no route to host" % ip, meters_behind=R.randint(40, 600))
    return zl(R, "error", "concentrator poll abandoned", dc=dc(R), addr="%s:4059" % ip, attempts=3, meters_skipped=R.randint(40, 600), error="no route to host")


def hes_negs():
    def n_cycle(R):
        n = R.randint(3000, 9000)
        miss = R.randint(0, 40)
        return zl(R, "info", "poll cycle complete", cycle="15m-%s" % digits(R, 6), meters=n, ok=n - miss, missed=miss, errors=0, took_ms=R.randint(40000, 300000))

    def n_assoc(R):
        return zl(R, "debug", "association established", meter=meter(R), dc=dc(R), auth=pick(R, ["HLS-GMAC", "LLS"]), conformance="0x%s" % hexs(R, 6), pdu_size=pick(R, [512, 1024, 2048]))

    def n_read(R):
        return zl(R, "info", "register read", meter=meter(R), obis=pick(R, ["1.0.1.8.0.255", "1.0.2.8.0.255", "7.0.3.0.0.255", "0.0.1.0.0.255"]), value=round(R.uniform(10, 90000), 3), unit=pick(R, ["kWh", "m3"]), status="0x00")

    def n_push(R):
        ev = pick(R, [("power-down (last gasp)", 1), ("power-up", 2), ("cover opened", 40), ("clock adjusted", 4)])
        return zl(R, "info", "push notification received", meter=meter(R), event=ev[0], event_code=ev[1], frame_counter=R.randint(1000, 900000), source="mqtt")

    def n_missed(R):
        return zl(R, "warn", "meter missed interval, will backfill next cycle", meter=meter(R), missing_intervals=R.randint(1, 4), last_seen="2030-06-%02dT%02d:%02d:00Z" % (R.randint(2, 28), R.randint(0, 23), pick(R, [0, 15, 30, 45])))

    def n_backfill(R):
        return zl(R, "info", "backfill complete", meter=meter(R), intervals=R.randint(1, 8), gaps_remaining=0)

    def n_timeout_retry(R):
        return zl(R, "warn", "read timeout, retrying", meter=meter(R), dc=dc(R), attempt=1, error="i/o timeout", next_attempt_ok=True)

    def n_clock(R):
        return zl(R, "info", "clock synchronised", meter=meter(R), drift_s=R.randint(-9, 9), method="set_time")

    def n_kinesis_ok(R):
        return zl(R, "info", "putrecords ok", stream="brk-meter-readings", records=R.randint(50, 500), failed=0, ms=R.randint(20, 300))

    def n_replay(R):
        return zl(R, "debug", "push dropped: frame counter not increasing (broker redelivery)", meter=meter(R), frame_counter=R.randint(1000, 900000), duplicate=True)

    def n_unknown(R):
        return zl(R, "warn", "push from meter not in inventory, parked until installation record arrives", meter=meter(R), dc=dc(R), install_order="WO-%s" % digits(R, 7))

    def n_apdu(R):
        return zl(R, "trace", "apdu", meter=meter(R), dir=pick(R, ["tx", "rx"]), hex="%s%s" % (pick(R, ["c001c1", "c401c100", "db08"]), hexs(R, R.randint(20, 60))))

    def n_health(R):
        return zl(R, "debug", "healthcheck", path="/healthz", status=200, goroutines=R.randint(300, 2400), open_assoc=R.randint(10, 400))

    def n_start(R):
        return zl(R, "info", "hes starting", version="3.14.%d" % R.randint(0, 6), go="go1.22.%d" % R.randint(3, 9), workers=pick(R, [64, 128]), keystore="brk-hes-keys", kinesis="brk-meter-readings")

    def n_mqtt_ok(R):
        return zl(R, "info", "mqtt connected", component="push-bridge", client_id="brk-hes-push-%d" % R.randint(1, 3), session_present=pick(R, [True, False]), subscriptions=3)

    def n_disconnect(R):
        return zl(R, "info", "meter disconnected by remote breaker command", meter=meter(R), order="DISC-%s" % digits(R, 6), reason=pick(R, ["move-out", "customer request", "non-payment (approved)"]))

    return [n_cycle, n_assoc, n_read, n_push, n_missed, n_backfill, n_timeout_retry, n_clock, n_kinesis_ok, n_replay, n_unknown, n_apdu,
            n_health, n_start, n_mqtt_ok, n_disconnect]


def hes(R):
    return build(R, H1, [("axm-gak-rotated-not-in-keystore", e_gak), ("readings-stream-4-shards-throughput", e_kinesis),
                         ("push-bridge-iot-cert-expired", e_mqttcert), ("vtr-empty-capture-objects-nil-panic", e_panic, 10),
                         ("apn-10-88-no-tgw-route", e_route)], hes_negs())


# ---------------------------------------------------------------- substation-opcua-open62541-gateway-greengrass
G1 = "substation-opcua-open62541-gateway-greengrass"
SUBS = ["KALLVIK", "NORRHAMN", "ASPBERGA", "LILLMOSSA", "STORTRASK", "BJORKSUND", "HAGALUND"]
HEALTHY = ["LILLMOSSA", "BJORKSUND", "STORTRASK", "ASPBERGA", "SKOGBY", "MALMVIK"]


def o6(R, lvl, cat, msg):
    return "%s %s/%s\t%s" % (o62_ts(R), lvl, cat, msg)


def conn(R):
    return "Connection %d | SecureChannel %d | " % (R.randint(3, 90), R.randint(1, 4000))


def tag(R, sub=None):
    return "ns=2;s=%s.%s.%s" % (sub or pick(R, SUBS), pick(R, ["T1", "T2", "BAY%02d" % R.randint(1, 16)]), pick(R, ["P_MW", "Q_MVAR", "U_KV", "I_A", "TAP_POS", "CB_STATE", "OIL_TEMP"]))


def e_cert(R):
    # the Kallvik station computer renewed its OPC UA application certificate; the gateway's trust list still holds
    # the old one, so the secure channel is refused and Kallvik's 214 tags go stale
    t = R.random()
    if t < 0.45:
        return o6(R, "warn", "securitypolicy", "Verifying the server certificate failed with StatusCode BadCertificateUntrusted (subject CN=kallvik-sc01, thumbprint %s)" % hexs(R, 40).upper())
    if t < 0.8:
        return o6(R, "error", "client", "Connect to opc.tcp://kallvik-sc01.sub.brackwater.example:4840 failed with StatusCode BadCertificateUntrusted")
    return o6(R, "error", "userland", "station KALLVIK offline for %d min: %d tags stale, last good sample %s" % (R.randint(5, 900), 214, "2030-06-%02dT%02d:%02d:00Z" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59))))


def e_user(R):
    # Norrhamn's SCADA accounts were re-keyed; the gateway's OPC UA user's password was changed on the server only
    t = R.random()
    if t < 0.6:
        return o6(R, "warn", "client", "%sActivateSession failed with StatusCode BadUserAccessDenied (user gw-reader)" % conn(R))
    return o6(R, "error", "userland", "NORRHAMN session not activated (BadUserAccessDenied); subscription for %d monitored items not created" % R.randint(150, 190))


def e_modbus(R):
    # the replaced transformer monitoring relay at Aspberga T2 has a new register map; the gateway still reads the
    # old block at 3000 and gets Modbus exception 2 (illegal data address) on every poll
    addr = pick(R, [3000, 3024, 3048, 3072])
    t = R.random()
    if t < 0.7:
        return o6(R, "error", "userland", "modbus tcp 10.31.%d.%d:502 unit=7 read_holding_registers(addr=%d, count=24) failed: Illegal data address (exception 0x02)" % (R.randint(2, 9), R.randint(10, 60), addr))
    return o6(R, "warn", "userland", "ASPBERGA.T2 oil/winding temperatures missing for %d consecutive polls (modbus exception 0x02)" % R.randint(5, 400))


def e_spool(R):
    # the store-and-forward spool under /greengrass/v2/work fills the 8 GiB root volume of the Stortrask core device
    t = R.random()
    if t < 0.6:
        return o6(R, "error", "userland", "spool write failed: /greengrass/v2/work/brk.opcua.gateway/spool/%s.seg: No space left on device; %d samples dropped" % (digits(R, 10), R.randint(200, 9000)))
    return o6(R, "fatal", "userland", "cannot rotate spool segment (errno 28 ENOSPC), forwarding to historian paused (backlog %d MiB)" % R.randint(6000, 8100))


def e_nodeid(R):
    # the Hagalund SCADA database export moved the station's namespace from index 2 to 3; the gateway's tag file still
    # addresses ns=2, so every read of Hagalund's items returns BadNodeIdUnknown
    t = R.random()
    if t < 0.6:
        return o6(R, "warn", "userland", "read %s returned StatusCode BadNodeIdUnknown" % tag(R, "HAGALUND"))
    return o6(R, "error", "userland", "HAGALUND: %d of %d monitored items rejected with BadNodeIdUnknown, telemetry incomplete" % (R.randint(100, 180), 180))


def gw_negs():
    def n_newconn(R):
        return o6(R, "info", "network", "Connection %d | New connection over TCP from %s" % (R.randint(3, 90), ip10(R, 31)))

    def n_renew(R):
        return o6(R, "info", "channel", "%sSecureChannel renewed" % conn(R))

    def n_opened(R):
        return o6(R, "info", "channel", "%sSecureChannel opened with SecurityPolicy http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256 and a revised lifetime of %d.00s" % (conn(R), pick(R, [600, 3600])))

    def n_session(R):
        return o6(R, "info", "client", "Client Status: ChannelState: Open, SessionState: Activated, ConnectStatus: Good (station %s)" % pick(R, HEALTHY))

    def n_sub(R):
        return o6(R, "info", "userland", "subscription %d on %s: %d monitored items, publishing interval 1000 ms, 0 bad" % (R.randint(1, 40), pick(R, HEALTHY), R.randint(40, 220)))

    def n_publish(R):
        return o6(R, "debug", "userland", "forwarded %d samples to historian (batch %s, bad_quality=0, spool=%d KiB)" % (R.randint(100, 5000), hexs(R, 8), R.randint(0, 512)))

    def n_breaker(R):
        return o6(R, "info", "userland", "data change %s = %s (source timestamp 2030-06-%02dT%02d:%02d:%02d.%03dZ)" % (tag(R).rsplit(".", 1)[0] + ".CB_STATE", pick(R, ["OPEN", "CLOSED"]), R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)))

    def n_timeout(R):
        return o6(R, "warn", "userland", "read %s timed out (BadTimeout), retry 1 succeeded" % tag(R))

    def n_maint(R):
        s = pick(R, ["BJORKSUND", "LILLMOSSA"])
        return o6(R, "warn", "network", "Connection %d | Connection closed by the server (station %s, planned maintenance window MW-%s), reconnecting in %ds" % (R.randint(3, 90), s, digits(R, 5), pick(R, [5, 10, 30])))

    def n_endpoint(R):
        return o6(R, "info", "client", "Rejecting endpoint %d: security policy not available (http://opcfoundation.org/UA/SecurityPolicy#%s)" % (R.randint(0, 5), pick(R, ["Basic128Rsa15", "Basic256", "Aes128_Sha256_RsaOaep"])))

    def n_modbus_ok(R):
        return o6(R, "debug", "userland", "modbus poll %s: %d devices, %d registers, errors=0, %d ms" % (pick(R, [h for h in HEALTHY if h != "ASPBERGA"]), R.randint(2, 9), R.randint(40, 400), R.randint(20, 600)))

    def n_start(R):
        return o6(R, "info", "userland", "brk.opcua.gateway %s starting on core device brk-gg-%s (open62541 v1.4.%d)" % ("2.%d.%d" % (R.randint(3, 5), R.randint(0, 9)), lower(R, 6), R.randint(2, 8)))

    def n_closed(R):
        return o6(R, "info", "network", "Connection %d | Closing the connection" % R.randint(3, 90))

    def n_kc(R):
        return o6(R, "debug", "session", "SessionId ns=1;g=%s | Keep-alive sent (publish response without notifications)" % uuid(R))

    def n_tap(R):
        return o6(R, "info", "userland", "data change %s.T%d.TAP_POS = %d" % (pick(R, SUBS), R.randint(1, 2), R.randint(1, 17)))

    return [n_newconn, n_renew, n_opened, n_session, n_sub, n_publish, n_breaker, n_timeout, n_maint, n_endpoint, n_modbus_ok, n_start,
            n_closed, n_kc, n_tap]


def gw(R):
    return build(R, G1, [("kallvik-server-cert-not-trusted", e_cert), ("norrhamn-gw-reader-password-changed", e_user),
                         ("aspberga-t2-relay-new-register-map", e_modbus), ("stortrask-spool-root-volume-full", e_spool),
                         ("hagalund-namespace-index-moved", e_nodeid)], gw_negs())


FAMILIES = {H1: hes, G1: gw}
