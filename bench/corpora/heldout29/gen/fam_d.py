"""Families: pumpstation-gateway-journald-fluentbit, rust-telemetry-ingest-tracing."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, day, hms, epoch, epoch_ms,
                    usec_iso, mac, ACCT, REGION, jd)

# ---------------------------------------------------------------- pumpstation-gateway-journald-fluentbit
# "skyrill water": 120 Yocto-based gateways (swu-gw-<site>) in pump stations, LTE primary with Wi-Fi
# fallback, Greengrass and a telemetry agent. Fluent Bit's systemd input ships the journal to CloudWatch
# Logs; each event is the journal entry as JSON (fields as in the journal, PRIORITY as a string).
F1 = "pumpstation-gateway-journald-fluentbit"
SITES = ["ashby", "bramley", "corfe", "dunmore", "elsham", "fenby", "garth", "holme", "ivybridge", "kelso"]
NORTH = ["kelso", "garth", "holme"]


def host(R, sites=None):
    return "swu-gw-%s-%02d" % (pick(R, sites or SITES), R.randint(1, 4))


def jr(R, prio, ident, msg, unit=None, h=None, transport="syslog", pid=True):
    d = {"date": round(epoch(R) + R.random(), 6), "_HOSTNAME": h or host(R), "PRIORITY": str(prio), "SYSLOG_IDENTIFIER": ident}
    if pid:
        d["_PID"] = str(R.randint(200, 30000))
    if unit:
        d["_SYSTEMD_UNIT"] = unit
    d["_TRANSPORT"] = transport
    d["_BOOT_ID"] = hexs(R, 32)
    d["MESSAGE"] = msg
    return jd(d)


def kern(R, prio, msg, h=None):
    d = {"date": round(epoch(R) + R.random(), 6), "_HOSTNAME": h or host(R), "PRIORITY": str(prio), "SYSLOG_IDENTIFIER": "kernel", "_TRANSPORT": "kernel", "_BOOT_ID": hexs(R, 32), "MESSAGE": msg}
    return jd(d)


def g_apn(R):
    # the carrier retired APN "iot.swu.example" for the northern sites' SIM batch: data bearer refused
    h = host(R, NORTH)
    r = R.random()
    if r < 0.4:
        return jr(R, 4, "ModemManager", "<wrn> [modem0] couldn't connect bearer: Missing or unknown APN", "ModemManager.service", h)
    if r < 0.7:
        return jr(R, 4, "NetworkManager", "<warn>  [%d.%04d] device (cdc-wdm0): state change: prepare -> failed (reason 'gsm-apn-failed', sys-iface-state: 'managed')" % (epoch(R), R.randint(0, 9999)), "NetworkManager.service", h)
    return jr(R, 3, "NetworkManager", "<warn>  [%d.%04d] device (cdc-wdm0): Activation: failed for connection 'swu-lte' (modem: 3GPP APN 'iot.swu.example' rejected)" % (epoch(R), R.randint(0, 9999)), "NetworkManager.service", h)


def g_oom(R):
    # telemetry-agent 4.1 leaks memory when the historian buffer replays; OOM killer ends it on 256 MB gateways
    h = host(R)
    p = R.randint(600, 3000)
    r = R.random()
    if r < 0.35:
        return kern(R, 3, "Out of memory: Killed process %d (telemetry-agen) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:998 pgtables:%dkB oom_score_adj:0" % (p, R.randint(400000, 460000), R.randint(150000, 170000), R.randint(1000, 6000), R.randint(300, 500)), h)
    if r < 0.7:
        return jr(R, 4, "systemd", "telemetry-agent.service: A process of this unit has been killed by the OOM killer.", "init.scope", h, transport="journal", pid=False)
    return jr(R, 4, "systemd", "telemetry-agent.service: Failed with result 'oom-kill'.", "init.scope", h, transport="journal", pid=False)


def g_emmc(R):
    # swu-gw-fenby-02's eMMC is failing: write errors, journal aborted, root fs remounted read-only
    h = "swu-gw-fenby-02"
    r = R.random()
    if r < 0.35:
        return kern(R, 3, "I/O error, dev mmcblk0, sector %d op 0x1:(WRITE) flags 0x%x phys_seg %d prio class 0" % (R.randint(1000000, 7000000), pick(R, [0, 0x800, 0x4800]), R.randint(1, 8)), h)
    if r < 0.55:
        return kern(R, 3, "mmc0: Timeout waiting for hardware interrupt. (CMD25, blocks %d)" % R.randint(8, 256), h)
    if r < 0.8:
        return kern(R, 2, "EXT4-fs error (device mmcblk0p3): ext4_journal_check_start:%d: comm %s: Detected aborted journal" % (R.randint(83, 84), pick(R, ["systemd-journal", "telemetry-agen", "java", "kworker/u8:2"])), h)
    return kern(R, 2, "EXT4-fs (mmcblk0p3): Remounting filesystem read-only", h)


def g_wdog(R):
    # greengrass.service (Type=notify, WatchdogSec=180) hangs in the JVM after nucleus 2.12.6 on the 1 GB gateways
    h = host(R)
    r = R.random()
    if r < 0.3:
        return jr(R, 2, "systemd", "greengrass.service: Watchdog timeout (limit 3min)!", "init.scope", h, transport="journal", pid=False)
    if r < 0.55:
        return jr(R, 2, "systemd", "greengrass.service: Killing process %d (java) with signal SIGABRT." % R.randint(700, 2000), "init.scope", h, transport="journal", pid=False)
    if r < 0.8:
        return jr(R, 4, "systemd", "greengrass.service: Main process exited, code=dumped, status=6/ABRT", "init.scope", h, transport="journal", pid=False)
    return jr(R, 4, "systemd", "greengrass.service: Failed with result 'watchdog'.", "init.scope", h, transport="journal", pid=False)


def g_ntp(R):
    # the new site firewall template blocks UDP 123 at the southern sites: chrony has no sources, clocks drift
    h = host(R, ["ashby", "bramley", "corfe"])
    r = R.random()
    if r < 0.5:
        return jr(R, 3, "chronyd", "Can't synchronise: no selectable sources", "chronyd.service", h)
    if r < 0.75:
        return jr(R, 4, "chronyd", "No suitable source for synchronisation (%d sources unreachable)" % R.randint(3, 4), "chronyd.service", h)
    return jr(R, 3, "telemetry-agent", "TLS handshake with %s failed: certificate verify failed (certificate is not yet valid; local clock %d s behind)" % ("a3kq7ve0tz1bm9-ats.iot.%s.amazonaws.com" % REGION, R.randint(400, 9000)), "telemetry-agent.service", h)


def gw_negs():
    def n_nm_state(R):
        a, b = pick(R, [("disconnected", "prepare"), ("prepare", "config"), ("config", "ip-config"), ("ip-config", "ip-check"), ("ip-check", "secondaries"), ("secondaries", "activated")])
        return jr(R, 6, "NetworkManager", "<info>  [%d.%04d] device (%s): state change: %s -> %s (reason 'none', sys-iface-state: 'managed')" % (epoch(R), R.randint(0, 9999), pick(R, ["cdc-wdm0", "wlan0", "eth0"]), a, b), "NetworkManager.service")
    def n_dhcp(R): return jr(R, 6, "NetworkManager", "<info>  [%d.%04d] dhcp4 (wlan0): state changed new lease, address=192.168.%d.%d" % (epoch(R), R.randint(0, 9999), R.randint(0, 9), R.randint(20, 200)), "NetworkManager.service")
    def n_signal(R): return jr(R, 6, "ModemManager", "<info>  [modem0] signal quality updated: %d%% (rsrp %d dBm)" % (R.randint(20, 90), R.randint(-118, -80)), "ModemManager.service")
    def n_mm_state(R): return jr(R, 6, "ModemManager", "<info>  [modem0] state changed (%s)" % pick(R, ["registered -> connecting", "connecting -> connected", "searching -> registered", "enabled -> searching"]), "ModemManager.service")
    def n_roam(R): return jr(R, 5, "ModemManager", "<info>  [modem0] 3GPP registration state changed (home -> %s)" % pick(R, ["roaming", "searching", "home"]), "ModemManager.service")
    def n_mm_retry(R): return jr(R, 4, "ModemManager", "<wrn> [modem0] couldn't connect bearer: Serving network not available (attempt 1); connected on attempt 2", "ModemManager.service", host(R, ["ashby", "elsham", "dunmore"]))
    def n_wpa_dis(R): return jr(R, 6, "wpa_supplicant", "wlan0: CTRL-EVENT-DISCONNECTED bssid=%s reason=%d locally_generated=1" % (mac(R, "f4:92:bf"), pick(R, [3, 4])), "wpa_supplicant.service")
    def n_wpa_con(R): return jr(R, 6, "wpa_supplicant", "wlan0: CTRL-EVENT-CONNECTED - Connection to %s completed [id=0 id_str=swu-site]" % mac(R, "f4:92:bf"), "wpa_supplicant.service")
    def n_wdog_stop(R): return kern(R, 2, "watchdog: watchdog0: watchdog did not stop!")
    def n_started(R): return jr(R, 6, "systemd", "Started %s." % pick(R, ["Greengrass Core", "Telemetry agent", "Fluent Bit", "Daily rotation of log files", "Modbus bridge"]), "init.scope", transport="journal", pid=False)
    def n_restart_ok(R): return jr(R, 5, "systemd", "telemetry-agent.service: Scheduled restart job, restart counter is at 1. (config reload via swu-ctl)", "init.scope", transport="journal", pid=False)
    def n_sshd(R): return jr(R, 5, "sshd", "Failed password for invalid user %s from 192.168.%d.%d port %d ssh2" % (pick(R, ["admin", "pi", "root", "ubnt"]), R.randint(0, 9), R.randint(2, 250), R.randint(30000, 60000)), "sshd.service")
    def n_usb(R): return kern(R, 6, "usb 1-1.%d: new high-speed USB device number %d using ci_hdrc" % (R.randint(1, 3), R.randint(3, 9)))
    def n_mount(R): return kern(R, 6, "EXT4-fs (mmcblk0p%d): mounted filesystem %s r/w with ordered data mode. Quota mode: none." % (pick(R, [3, 4]), uuid(R)))
    def n_chrony_ok(R): return jr(R, 6, "chronyd", "Selected source %s (%s)" % (pick(R, ["10.20.0.1", "10.20.0.2"]), pick(R, ["ntp1.swu.internal", "ntp2.swu.internal"])), "chronyd.service", host(R, ["elsham", "fenby", "garth", "holme", "ivybridge", "kelso", "dunmore"]))
    def n_chrony_adj(R): return jr(R, 4, "chronyd", "System clock wrong by %.6f seconds, adjustment started" % R.uniform(-0.9, 0.9), "chronyd.service")
    def n_swupdate(R): return jr(R, 6, "swupdate", "Software updated successfully: swu-os %s, rebooting in 60 s" % pick(R, ["2029.03.2", "2029.04.1"]), "swupdate.service")
    def n_telem(R): return jr(R, 6, "telemetry-agent", "flushed %d pump readings to IoT Core (qos1, failed=0, buffer=%d)" % (R.randint(20, 600), R.randint(0, 40)), "telemetry-agent.service")
    def n_telem_warn(R): return jr(R, 4, "telemetry-agent", "uplink down, buffering readings locally (%d queued); will replay" % R.randint(1, 900), "telemetry-agent.service")
    def n_journald(R): return jr(R, 6, "systemd-journald", "Journal stopped; Journal started; Runtime Journal (/run/log/journal/%s) is %.1fM, max %dM" % (hexs(R, 32), R.uniform(1, 8), pick(R, [8, 16])), "systemd-journald.service", transport="driver")
    def n_fb(R): return jr(R, 6, "fluent-bit", "[%s] [ info] [output:cloudwatch_logs:cloudwatch_logs.0] Sent %d events to CloudWatch" % (iso(R), R.randint(10, 400)), "fluent-bit.service")
    def n_fb_retry(R): return jr(R, 4, "fluent-bit", "[%s] [ warn] [engine] failed to flush chunk '%d-%d.%d.flb', retry in %d seconds: task_id=%d, input=systemd.0 > output=cloudwatch_logs.0 (out_id=0)" % (iso(R), R.randint(1, 9), epoch(R), R.randint(100000, 999999), R.randint(5, 40), R.randint(0, 20)), "fluent-bit.service")
    def n_fb_ok(R): return jr(R, 6, "fluent-bit", "[%s] [ info] [engine] flush chunk '%d-%d.%d.flb' succeeded at retry 1: task_id=%d, input=systemd.0 > output=cloudwatch_logs.0 (out_id=0)" % (iso(R), R.randint(1, 9), epoch(R), R.randint(100000, 999999), R.randint(0, 20)), "fluent-bit.service")
    def n_pump(R): return jr(R, 6, "modbus-bridge", "pump P%d: running=%s flow=%.1f m3/h pressure=%.2f bar errors=0" % (R.randint(1, 4), pick(R, ["true", "false"]), R.uniform(0, 300), R.uniform(0.5, 9)), "modbus-bridge.service")
    def n_gg(R): return jr(R, 6, "greengrass", "Greengrass nucleus 2.12.%d ready; sd_notify WATCHDOG=1 interval 60s" % R.randint(5, 6), "greengrass.service")
    return [n_nm_state, n_dhcp, n_signal, n_mm_state, n_roam, n_mm_retry, n_wpa_dis, n_wpa_con, n_wdog_stop, n_started, n_restart_ok, n_sshd, n_usb, n_mount,
            n_chrony_ok, n_chrony_adj, n_swupdate, n_telem, n_telem_warn, n_journald, n_fb, n_fb_retry, n_fb_ok, n_pump, n_gg]


def fam_gw(R):
    return build(R, F1, [("north-sites-lte-apn-retired-bearer-refused", g_apn), ("telemetry-agent-41-oom-kill", g_oom),
                         ("fenby-02-emmc-write-errors-readonly", g_emmc), ("greengrass-service-watchdog-abort", g_wdog),
                         ("south-sites-ntp-blocked-clock-drift-tls", g_ntp)], gw_negs())


# ---------------------------------------------------------------- rust-telemetry-ingest-tracing
# "tidemark marine": vessel telemetry ingest on ECS Fargate, a Rust service (tokio, rumqttc, sqlx/TimescaleDB,
# aws-sdk-s3 for the dead-letter bucket) logging with tracing-subscriber's fmt layer (ANSI off) to stdout,
# awslogs driver. Panics as the Rust runtime prints them (one event with the note line).
F2 = "rust-telemetry-ingest-tracing"


def vessel(R):
    return "tm-%s-%03d" % (pick(R, ["tug", "ferry", "pilot", "rib", "barge"]), R.randint(1, 140))


def tr(R, lvl, target, msg, spans=""):
    return "%s %5s %s%s: %s" % (usec_iso(R), lvl, spans, target, msg)


def h_panic(R):
    # firmware 9.2 on ferries sends empty CBOR frames as keep-alives; the decoder indexes [0] and panics the worker
    if R.random() < 0.7:
        return "thread 'tokio-runtime-worker' panicked at src/decode/cbor.rs:%d:%d:\nindex out of bounds: the len is 0 but the index is 0\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % (R.randint(141, 143), pick(R, [27, 38]))
    return tr(R, "ERROR", "tidemark_ingest::worker", "decoder task for partition %d terminated: task %d panicked; %d messages from %s lost, restarting" % (R.randint(0, 15), R.randint(10, 999), R.randint(1, 400), vessel(R)), "ingest{shard=%d}: " % R.randint(0, 3))


def h_pool(R):
    # Timescale connections capped at 20 by the new RDS proxy setting while the service runs 64 writers
    if R.random() < 0.7:
        return tr(R, "ERROR", "tidemark_ingest::sink::timescale", "insert batch failed rows=%d error=pool timed out while waiting for an open connection" % R.randint(200, 1000), "flush{table=\"positions\" batch=%d}: " % R.randint(1000, 99999))
    return tr(R, "ERROR", "tidemark_ingest::sink::timescale", "giving up on batch after 5 attempts rows=%d error=error returned from database: pool timed out while waiting for an open connection; batch sent to dead-letter" % R.randint(200, 1000))


def h_dlq(R):
    # the dead-letter bucket's policy now requires SSE-KMS with a CMK; the service uploads with SSE-S3: AccessDenied
    return tr(R, "ERROR", "tidemark_ingest::deadletter", "put_object s3://tm-ingest-deadletter/%s/%s.cbor.zst failed: service error: AccessDenied: Access Denied (request id %s); %d messages dropped" % ("2029/04/%02d" % R.randint(2, 14), uuid(R), upper(R, 16), R.randint(1, 900)))


def h_tls(R):
    # the EMQX listener certificate expired; rumqttc refuses the handshake and the service gets no data
    if R.random() < 0.65:
        return tr(R, "ERROR", "tidemark_ingest::mqtt", "connection error error=Tls(Io(Custom { kind: InvalidData, error: InvalidCertificate(Expired) })) broker=mqtts://mqtt.tidemark.example:8883 attempt=%d" % R.randint(1, 900))
    return tr(R, "WARN", "tidemark_ingest::mqtt", "no messages received for %d s on vessels/+/telemetry (broker unreachable: invalid peer certificate: Expired)" % pick(R, [60, 120, 300, 600, 900, 1800]))


def h_schema(R):
    # vessels with gateway 5.x send schema id 17, never registered in the registry: rejected
    return tr(R, "ERROR", "tidemark_ingest::decode", "rejecting message from %s: unknown schema id 17 (registry has 1..=16)" % vessel(R), "decode{topic=\"vessels/%s/telemetry\"}: " % vessel(R)) if R.random() < 0.75 else \
        tr(R, "ERROR", "tidemark_ingest::worker", "partition %d: %d of %d messages rejected in last minute (unknown schema id 17)" % (R.randint(0, 15), R.randint(30, 400), R.randint(400, 900)))


def rust_negs():
    def n_start(R): return tr(R, "INFO", "tidemark_ingest", "starting tidemark-ingest v%s (git %s) workers=64 shards=4" % (pick(R, ["3.8.1", "3.8.2"]), hexs(R, 9)))
    def n_flush(R): return tr(R, "INFO", "tidemark_ingest::sink::timescale", "flushed batch rows=%d elapsed_ms=%d" % (R.randint(100, 1000), R.randint(5, 400)), "flush{table=\"%s\" batch=%d}: " % (pick(R, ["positions", "engine", "fuel"]), R.randint(1000, 99999)))
    def n_health(R): return tr(R, "DEBUG", "tower_http::trace::on_response", "finished processing request latency=%d ms status=200" % R.randint(0, 3), "request{method=GET uri=/healthz version=HTTP/1.1}: ")
    def n_metrics(R): return tr(R, "INFO", "tidemark_ingest::stats", "last 60s: received=%d decoded=%d rejected=0 written=%d dlq=0" % ((lambda n: (n, n, n))(R.randint(2000, 90000))))
    def n_reconnect(R): return tr(R, "WARN", "tidemark_ingest::mqtt", "connection error error=Io(Kind(ConnectionReset)) broker=mqtts://mqtt.tidemark.example:8883 attempt=1; reconnected in %d ms" % R.randint(50, 3000))
    def n_connack(R): return tr(R, "INFO", "tidemark_ingest::mqtt", "connected to broker session_present=%s subscriptions=[vessels/+/telemetry, vessels/+/events]" % pick(R, ["true", "false"]))
    def n_malformed(R): return tr(R, "WARN", "tidemark_ingest::decode", "dropping malformed frame from %s: invalid CBOR at byte %d (1 message)" % (vessel(R), R.randint(2, 300)), "decode{topic=\"vessels/%s/telemetry\"}: " % vessel(R))
    def n_dupe(R): return tr(R, "DEBUG", "tidemark_ingest::sink::timescale", "skipped %d duplicate rows (ON CONFLICT DO NOTHING)" % R.randint(1, 40))
    def n_retry_ok(R): return tr(R, "WARN", "tidemark_ingest::sink::timescale", "insert batch failed rows=%d error=error returned from database: deadlock detected; retry 1 ok" % R.randint(100, 900))
    def n_debug(R): return tr(R, "DEBUG", "tidemark_ingest::decode", "decoded %s" % jd({"v": vessel(R), "lat": round(R.uniform(49, 58), 5), "lon": round(R.uniform(-6, 9), 5), "sog": round(R.uniform(0, 25), 1), "schema": R.randint(12, 16)}))
    def n_sigterm(R): return tr(R, "INFO", "tidemark_ingest", "received SIGTERM, draining %d in-flight batches (deployment)" % R.randint(0, 12))
    def n_drained(R): return tr(R, "INFO", "tidemark_ingest", "shutdown complete: 0 batches lost")
    def n_dlq_ok(R): return tr(R, "INFO", "tidemark_ingest::deadletter", "dead-letter replay job: %d objects replayed, 0 failed" % R.randint(0, 40))
    def n_schema_ok(R): return tr(R, "INFO", "tidemark_ingest::registry", "schema registry refreshed: %d schemas (ids 1..=16), etag %s" % (16, hexs(R, 16)))
    def n_lag(R): return tr(R, "WARN", "tidemark_ingest::worker", "partition %d lag %d messages above soft limit 5000; scaling hint emitted (recovered in %d s)" % (R.randint(0, 15), R.randint(5001, 9000), R.randint(5, 60)))
    def n_sqlx_slow(R): return tr(R, "WARN", "sqlx::query", "slow statement: execution time exceeded alert threshold summary=\"INSERT INTO positions ...\" rows_affected=%d elapsed=%d.%03ds elapsed_secs=%.3f slow_threshold=1s" % ((lambda a, b: (R.randint(100, 900), a, b, a + b / 1000.0))(R.randint(1, 2), R.randint(0, 999))))
    def n_unknown_vessel(R): return tr(R, "INFO", "tidemark_ingest::decode", "message from unregistered vessel tm-test-%03d ignored (sandbox fleet)" % R.randint(1, 30))
    def n_config(R): return tr(R, "INFO", "tidemark_ingest::config", "loaded config from env: TIMESCALE_POOL_MAX=%d DLQ_BUCKET=tm-ingest-deadletter BATCH_ROWS=%d" % (pick(R, [64, 48]), pick(R, [500, 1000])))
    return [n_start, n_flush, n_health, n_metrics, n_reconnect, n_connack, n_malformed, n_dupe, n_retry_ok, n_debug, n_sigterm, n_drained, n_dlq_ok, n_schema_ok, n_lag, n_sqlx_slow, n_unknown_vessel, n_config]


def fam_rust(R):
    return build(R, F2, [("cbor-decoder-panic-empty-frame-fw92", h_panic), ("timescale-pool-timeout-proxy-cap-20", h_pool),
                         ("deadletter-s3-put-accessdenied-sse-kms-required", h_dlq), ("emqx-listener-cert-expired-rumqttc-tls", h_tls),
                         ("unknown-schema-id-17-gateway-5x", h_schema)], rust_negs())


FAMILIES = {F1: fam_gw, F2: fam_rust}
