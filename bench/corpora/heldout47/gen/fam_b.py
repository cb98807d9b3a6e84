"""Families: freeradius3-aaa-radiusd-log-ec2, open5gs-5gc-amf-smf-upf-eks.

corvaline's AAA is FreeRADIUS 3.2 on EC2 (PGW/SMF RADIUS for APN/DNN authorisation and accounting, EAP-AKA for
Wi-Fi offload through an HSS REST bridge, PostgreSQL for users and accounting, detail files for the billing feed).
radiusd writes `/var/log/radius/radius.log` (`Fri Sep  6 13:04:11 2030 : Auth: (1234) Login OK: [...] (from client
...)`, `: Error: …`, `: Warning: …`, `: Info: …`), one line per event. The 5G standalone packet core is Open5GS 2.7 on
EKS (AMF, SMF, UPF, NRF, UDM/UDR/PCF with MongoDB); each NF writes its console format (`09/06 13:04:11.123: [amf]
INFO: InitialUEMessage (../src/amf/ngap-handler.c:437)`), shipped by Fluent Bit, whose multiline parser keeps a FATAL
assertion and its backtrace in one event."""
from common import (hexs, alnum, lower, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    ctime_ts, o5gs_ts)

# ---------------------------------------------------------------- freeradius3-aaa-radiusd-log-ec2
F1 = "freeradius3-aaa-radiusd-log-ec2"
NAS = ["pgw-01", "pgw-02", "smf-aaa-01", "epdg-01", "epdg-02"]


def fr(R, kind, msg):
    return "%s : %s: %s" % (ctime_ts(R), kind, msg)


def rid(R):
    return R.randint(100, 999999)


def imsi(R):
    return "3119%s%s" % (pick(R, ["20", "21"]), digits(R, 9))


def msisdn(R):
    return "1%s%s" % (pick(R, ["503", "971", "360", "206"]), digits(R, 7))


def f_sql(R):
    # the radius role's password was rotated by the Secrets Manager rotation Lambda, but radiusd reads it from
    # mods-enabled/sql at start-up: new pool connections fail and APN authorisation falls back to reject
    t = R.random()
    if t < 0.4:
        return fr(R, "Error", "rlm_sql_postgresql: Connection failed: connection to server at \"aaa-db.cluster-c%s.%s.rds.amazonaws.com\" (10.42.%d.%d), port 5432 failed: FATAL:  password authentication failed for user \"radius\"" % (lower(R, 11), REGION, R.randint(10, 12), R.randint(4, 250)))
    if t < 0.65:
        return fr(R, "Error", "rlm_sql (sql): Opening connection failed (%d)" % R.randint(0, 400))
    if t < 0.85:
        return fr(R, "Error", "(%d) sql: ERROR: No connection available, pool exhausted (0 of 32 connections usable)" % rid(R))
    return fr(R, "Auth", "(%d) Login incorrect (sql: backend unavailable, authorize returned fail): [%s@ims.mnc020.mcc311.3gppnetwork.org] (from client %s port 0 cli %s)" % (rid(R), imsi(R), pick(R, NAS), msisdn(R)))


def f_unknown(R):
    # the new PGW cluster in the second AZ sends from 10.42.64.0/20, a subnet not in clients.conf
    ip = "10.42.%d.%d" % (R.randint(64, 79), R.randint(4, 250))
    t = R.random()
    if t < 0.7:
        return fr(R, "Error", "Ignoring request to %s address * port %d bound to server default from unknown client %s port %d proto udp" % (pick(R, ["auth", "acct"]), pick(R, [1812, 1813]), ip, R.randint(30000, 60000)))
    return fr(R, "Error", "Dropping packet without response because of error: Received packet from unknown client %s (%d in the last 60 s)" % (ip, R.randint(50, 9000)))


def f_secret(R):
    # epdg-02 was rebuilt from the vendor default config and uses a different shared secret from clients.conf
    t = R.random()
    if t < 0.6:
        return fr(R, "Error", "Received packet from 10.42.30.%d with invalid Message-Authenticator!  (Shared secret is incorrect.) Dropping packet without response." % R.randint(21, 22))
    return fr(R, "Warning", "(%d) Accounting-Request from client epdg-02 failed Response Authenticator check (shared secret mismatch?); %d packets discarded since start" % (rid(R), R.randint(100, 80000)))


def f_hss(R):
    # the HSS REST bridge behind an internal ALB was moved to a smaller Fargate task size and answers EAP-AKA
    # vector requests after 3-8 s, past rlm_rest's 2 s timeout: Wi-Fi calling attaches fail
    t = R.random()
    if t < 0.45:
        return fr(R, "Error", "(%d) rest: Request failed: 28 - Timeout was reached (connect_timeout=0.5, timeout=2.0, url https://hss-bridge.int.%s/v1/aka/vectors/%s)" % (rid(R), DOMAIN, imsi(R)))
    if t < 0.75:
        return fr(R, "Error", "(%d) eap_aka: Failed retrieving authentication vectors for 0%s@wlan.mnc020.mcc311.3gppnetwork.org" % (rid(R), imsi(R)))
    return fr(R, "Auth", "(%d) Login incorrect (eap_aka: no vectors, rest module failed): [0%s@wlan.mnc020.mcc311.3gppnetwork.org] (from client %s port %d cli %s)" % (rid(R), imsi(R), pick(R, ["epdg-01", "epdg-02"]), R.randint(0, 40), "%02x-%02x-%02x-%02x-%02x-%02x" % tuple(R.randint(0, 255) for _ in range(6))))


def f_detail(R):
    # the detail files feeding billing are written to a 20 GiB root volume; the nightly shipper stopped and the
    # volume filled up, so accounting records are refused (lost for billing)
    t = R.random()
    if t < 0.5:
        return fr(R, "Error", "(%d) detail: Couldn't open file /var/log/radius/radacct/%s/detail-203009%02d: No space left on device" % (rid(R), pick(R, NAS), R.randint(2, 28)))
    if t < 0.75:
        return fr(R, "Error", "(%d) detail: Failed writing accounting record for session %s: No space left on device" % (rid(R), hexs(R, 16)))
    return fr(R, "Warning", "(%d) Accounting-Response not sent to %s: accounting section returned fail (detail); NAS will retransmit" % (rid(R), pick(R, NAS)))


def fr_negs():
    def n_ok(R):
        return fr(R, "Auth", "(%d) Login OK: [%s@ims.mnc020.mcc311.3gppnetwork.org] (from client %s port 0 cli %s)" % (rid(R), imsi(R), pick(R, NAS), msisdn(R)))

    def n_okeap(R):
        return fr(R, "Auth", "(%d) Login OK: [0%s@wlan.mnc020.mcc311.3gppnetwork.org] (from client %s port %d cli %s) via TLS tunnel" % (rid(R), imsi(R), pick(R, ["epdg-01", "epdg-02"]), R.randint(0, 40), "%02x-%02x-%02x-%02x-%02x-%02x" % tuple(R.randint(0, 255) for _ in range(6))))

    def n_badpw(R):
        return fr(R, "Auth", "(%d) Login incorrect (pap: Cleartext password does not match \"known good\" password): [%s] (from client vpn-gw-01 port %d cli %s)" % (rid(R), pick(R, ["m2m-fleet-%s" % digits(R, 4), "iot-meter-%s" % digits(R, 5)]), R.randint(0, 90), pubip(R)))

    def n_invalid(R):
        return fr(R, "Auth", "(%d) Invalid user: [%s@ims.mnc020.mcc311.3gppnetwork.org] (from client %s port 0 cli %s) (subscription terminated)" % (rid(R), imsi(R), pick(R, NAS), msisdn(R)))

    def n_roam(R):
        return fr(R, "Auth", "(%d) Login incorrect (Plan %s does not allow roaming APN): [%s@ims.mnc020.mcc311.3gppnetwork.org] (from client %s port 0 cli %s)" % (rid(R), pick(R, ["PREPAID-LITE", "DATA-5", "KIDS"]), imsi(R), pick(R, NAS), msisdn(R)))

    def n_ready(R):
        return fr(R, "Info", "Ready to process requests")

    def n_loaded(R):
        return fr(R, "Info", "Loaded virtual server %s" % pick(R, ["default", "inner-tunnel", "<internal>", "status", "eap-aka"]))

    def n_pool(R):
        return fr(R, "Info", "rlm_sql (sql): Opening additional connection (%d), 1 of %d pending slots used" % (R.randint(5, 400), R.randint(10, 31)))

    def n_idle(R):
        return fr(R, "Info", "rlm_sql (sql): Closing connection (%d): Hit idle_timeout, was idle for %d seconds" % (R.randint(1, 400), R.randint(600, 700)))

    def n_tlsw(R):
        return fr(R, "Warning", "Please use tls_min_version and tls_max_version instead of disable_tlsv1 (%s)" % pick(R, ["eap", "eap-aka", "mods-enabled/eap[%d]" % R.randint(300, 400)]))

    def n_dup(R):
        return fr(R, "Info", "(%d) Ignoring duplicate packet from client %s port %d - ID: %d due to unfinished request in component authorize module sql" % (rid(R), pick(R, NAS), R.randint(30000, 60000), R.randint(0, 255)))

    def n_stats(R):
        return fr(R, "Info", "stats: auth access-accepts=%d access-rejects=%d acct-responses=%d dropped=0 unknown-clients=0" % (R.randint(10000, 99999), R.randint(10, 900), R.randint(10000, 99999)))

    def n_hup(R):
        return fr(R, "Info", "Received HUP signal, reloading modules (rest, sql, detail)")

    def n_reslow(R):
        return fr(R, "Warning", "(%d) rest: request to https://hss-bridge.int.%s took %d ms (retry 1 succeeded)" % (rid(R), DOMAIN, R.randint(800, 1900)))

    def n_acct(R):
        return fr(R, "Info", "(%d) detail: wrote %s-Stop for session %s (%d octets in, %d out)" % (rid(R), "Accounting", hexs(R, 16), R.randint(10 ** 5, 10 ** 9), R.randint(10 ** 5, 10 ** 9)))

    def n_shipper(R):
        return fr(R, "Info", "radacct shipper: %d detail files uploaded to s3://corvaline-aaa-acct-%s/ (failed=0)" % (R.randint(1, 40), REGION))

    def n_expired(R):
        return fr(R, "Auth", "(%d) Login incorrect (eap_aka: AT_RES mismatch, SIM may be cloned or reset): [0%s@wlan.mnc020.mcc311.3gppnetwork.org] (from client epdg-01 port %d)" % (rid(R), imsi(R), R.randint(0, 40)))

    return [n_ok, n_okeap, n_badpw, n_invalid, n_roam, n_ready, n_loaded, n_pool, n_idle, n_tlsw, n_dup, n_stats, n_hup,
            n_reslow, n_acct, n_shipper, n_expired]


def freeradius(R):
    groups = [("sql-password-rotated-radiusd-not-reloaded", f_sql), ("new-pgw-subnet-missing-from-clients-conf", f_unknown),
              ("epdg-02-rebuilt-default-shared-secret", f_secret), ("hss-bridge-slower-than-rest-2s-timeout", f_hss),
              ("radacct-detail-root-volume-full", f_detail)]
    return build(R, F1, groups, fr_negs())


# ---------------------------------------------------------------- open5gs-5gc-amf-smf-upf-eks
O1 = "open5gs-5gc-amf-smf-upf-eks"


def ol(R, dom, lvl, msg, src):
    return "%s: [%s] %s: %s (../%s)" % (o5gs_ts(R), dom, lvl, msg, src)


def supi(R):
    return "imsi-3119%s%s" % (pick(R, ["20", "21"]), digits(R, 9))


def o_pfcp(R):
    # a new network policy on the core namespace only allows SCTP/HTTP2 between pods; the UPF's PFCP port (UDP
    # 8805) is blocked from the SMF, associations drop and PDU sessions cannot be created
    upf = "10.46.%d.%d" % (R.randint(2, 3), R.randint(10, 250))
    t = R.random()
    if t < 0.35:
        return ol(R, "smf", "WARNING", "No Heartbeat from UPF [%s]:8805" % upf, "src/smf/pfcp-sm.c:%d" % R.randint(330, 345))
    if t < 0.55:
        return ol(R, "smf", "WARNING", "PFCP[REQ] has no response. Retry Association Setup with [%s]:8805" % upf, "src/smf/pfcp-sm.c:%d" % R.randint(170, 190))
    if t < 0.8:
        return ol(R, "smf", "ERROR", "[%s:%d] No associated UPF" % (supi(R), R.randint(1, 15)), "src/smf/gsm-sm.c:%d" % R.randint(600, 640))
    return ol(R, "gmm", "WARNING", "[%s] PDU session establishment reject [PSI:%d] cause [Network failure]" % (supi(R), R.randint(1, 15)), "src/amf/nas-path.c:%d" % R.randint(860, 900))


def o_pool(R):
    # the internet DNN's UE subnet is a /22 (1022 addresses) sized for the trial; with the commercial launch
    # the pool runs out and new data sessions are refused
    t = R.random()
    if t < 0.5:
        return ol(R, "smf", "ERROR", "[%s:%d] ogs_pfcp_ue_ip_alloc() failed: no free address in subnet 10.45.0.0/22 (dnn:internet)" % (supi(R), R.randint(1, 15)), "src/smf/context.c:%d" % R.randint(1880, 1920))
    if t < 0.75:
        return ol(R, "smf", "ERROR", "[%s:%d] Cannot allocate UE IP address for DNN[internet]" % (supi(R), R.randint(1, 15)), "src/smf/npcf-handler.c:%d" % R.randint(400, 440))
    return ol(R, "gmm", "WARNING", "[%s] PDU session establishment reject [PSI:%d] cause [Insufficient resources]" % (supi(R), R.randint(1, 15)), "src/amf/nas-path.c:%d" % R.randint(860, 900))


def o_nrf(R):
    # the NRF service was renamed in the Helm values (open5gs-nrf -> core-nrf) but the AMF/SMF configmaps still
    # point at the old name: NF discovery for AUSF/UDM fails and registrations are rejected
    t = R.random()
    if t < 0.35:
        return ol(R, "sbi", "ERROR", "[%s] Could not resolve host: open5gs-nrf.core.svc.cluster.local" % pick(R, ["GET", "POST", "PATCH"]), "lib/sbi/client.c:%d" % R.randint(680, 700))
    if t < 0.6:
        return ol(R, "sbi", "WARNING", "[%s] (NF discover) Cannot find NF instance [%s]" % (pick(R, ["AMF", "SMF"]), pick(R, ["nausf-auth", "nudm-sdm", "nudm-uecm", "npcf-smpolicycontrol"])), "lib/sbi/path.c:%d" % R.randint(200, 240))
    return ol(R, "amf", "ERROR", "[%s] Registration reject: discovery of [nausf-auth] failed (NRF unreachable)" % supi(R), "src/amf/gmm-sm.c:%d" % R.randint(1900, 1960))


def o_mongo(R):
    # the MongoDB replica set used by UDR/PCF was scaled to zero by a cost-saving job that treats the namespace as
    # non-production: subscriber lookups fail
    nf = pick(R, ["udr", "pcf"])
    t = R.random()
    if t < 0.6:
        return ol(R, "dbi", "ERROR", "mongoc_collection_find_with_opts() failed [No suitable servers found (`serverSelectionTryOnce` set): [connection refused calling hello on 'mongodb-%d.mongodb.core.svc.cluster.local:27017']]" % R.randint(0, 2), "lib/dbi/%s.c:%d" % (pick(R, ["subscription", "session"]), R.randint(80, 400)))
    if t < 0.8:
        return ol(R, nf, "ERROR", "[%s] Cannot find %s Data in DB" % (supi(R), pick(R, ["Subscription", "Session", "Policy"])), "src/%s/nudr-handler.c:%d" % (nf, R.randint(60, 400)))
    return ol(R, "amf", "WARNING", "[%s] HTTP response error [500] from UDM for sdm-subscriptions" % supi(R), "src/amf/nudm-handler.c:%d" % R.randint(300, 340))


def o_assert(R):
    # AMF 2.7.x asserts on a HandoverRequired naming a target gNB that is not connected (Xn handover between the
    # new small cells): the AMF process aborts and the pod restarts, dropping every UE context
    ln = 3361
    fr_ = [("/usr/lib/x86_64-linux-gnu/libogscore.so.2", "ogs_abort"), ("/usr/bin/open5gs-amfd", "ngap_handle_handover_required"),
           ("/usr/bin/open5gs-amfd", "ngap_state_operational"), ("/usr/lib/x86_64-linux-gnu/libogscore.so.2", "ogs_fsm_dispatch"),
           ("/usr/bin/open5gs-amfd", "amf_state_operational"), ("/usr/lib/x86_64-linux-gnu/libogscore.so.2", "ogs_fsm_dispatch"),
           ("/usr/bin/open5gs-amfd", ""), ("/usr/lib/x86_64-linux-gnu/libc.so.6", "__libc_start_main")]
    frames = "\n".join("%s(%s+0x%x) [0x7f%s]" % (lib, fn, R.randint(0x40, 0x3ff), hexs(R, 10)) for lib, fn in fr_)
    ts = o5gs_ts(R)
    return "%s: [amf] FATAL: ngap_handle_handover_required: Assertion `target_gnb' failed. (../src/amf/ngap-handler.c:%d)\n%s: [core] FATAL: backtrace() returned %d addresses (../lib/core/ogs-abort.c:37)\n%s" % (ts, ln, ts, len(fr_), frames)


def o5_negs():
    def n_init(R):
        return ol(R, "amf", "INFO", "InitialUEMessage", "src/amf/ngap-handler.c:%d" % R.randint(430, 440))

    def n_ids(R):
        return ol(R, "amf", "INFO", "    RAN_UE_NGAP_ID[%d] AMF_UE_NGAP_ID[%d] TAC[%d] CellID[0x%x]" % (R.randint(1, 9000), R.randint(1, 9000), R.randint(1, 40), R.randint(1, 0xfff)), "src/amf/ngap-handler.c:%d" % R.randint(590, 600))

    def n_regreq(R):
        return ol(R, "gmm", "INFO", "Registration request", "src/amf/gmm-sm.c:%d" % R.randint(1210, 1230))

    def n_regok(R):
        return ol(R, "gmm", "INFO", "[%s] Registration complete" % supi(R), "src/amf/gmm-sm.c:%d" % R.randint(2500, 2600))

    def n_added(R):
        return ol(R, pick(R, ["amf", "smf", "upf"]), "INFO", "[%s] Number of %s is now %d" % (pick(R, ["Added", "Removed"]), pick(R, ["gNB-UEs", "AMF-UEs", "AMF-Sessions", "SMF-UEs", "UPF-Sessions"]), R.randint(1, 4000)), "src/%s/context.c:%d" % (pick(R, ["amf", "smf", "upf"]), R.randint(1000, 3000)))

    def n_sess(R):
        return ol(R, "smf", "INFO", "UE SUPI[%s] DNN[%s] IPv4[10.45.%d.%d] IPv6[]" % (supi(R), pick(R, ["internet", "ims"]), R.randint(0, 3), R.randint(1, 254)), "src/smf/npcf-handler.c:%d" % R.randint(590, 620))

    def n_hb(R):
        return ol(R, "sbi", "INFO", "[%s] NF registered [Heartbeat:10s]" % uuid(R), "lib/sbi/nf-sm.c:%d" % R.randint(220, 230))

    def n_notify(R):
        return ol(R, "sbi", "INFO", "[%s] (NRF-notify) NF Profile updated [type:%s]" % (uuid(R), pick(R, ["AUSF", "UDM", "PCF", "SMF", "NSSF"])), "lib/sbi/nnrf-handler.c:%d" % R.randint(1100, 1160))

    def n_implicit(R):
        return ol(R, "amf", "WARNING", "Implicit NG release", "src/amf/amf-sm.c:%d" % R.randint(720, 740))

    def n_spec(R):
        return ol(R, "nas", "WARNING", "Spec warning : bcd[%d] = 0x%x, 0x%x" % (R.randint(12, 16), R.randint(0, 15), R.randint(0x30, 0x39)), "lib/nas/common/conv.c:48")

    def n_roam(R):
        return ol(R, "gmm", "WARNING", "[suci-0-%s-0-0-0-%s] Registration reject [%d]" % (pick(R, ["310-260", "302-720", "334-020"]), digits(R, 10), pick(R, [11, 13])), "src/amf/gmm-sm.c:%d" % R.randint(1800, 1850))

    def n_release(R):
        return ol(R, "amf", "INFO", "UE Context Release [Action:%d]" % R.randint(1, 3), "src/amf/ngap-handler.c:%d" % R.randint(1400, 1420))

    def n_pfcpok(R):
        return ol(R, "smf", "INFO", "PFCP associated [10.46.%d.%d]:8805" % (R.randint(2, 3), R.randint(10, 250)), "src/smf/pfcp-sm.c:%d" % R.randint(180, 200))

    def n_gnb(R):
        return ol(R, "amf", "INFO", "gNB-N2 accepted[10.47.%d.%d]:%d in ng-path module" % (R.randint(0, 9), R.randint(2, 250), R.randint(30000, 60000)), "src/amf/ngap-sctp.c:113")

    def n_cfg(R):
        return ol(R, "app", "INFO", "Configuration: '/open5gs/config/%s.yaml'" % pick(R, ["amf", "smf", "upf", "nrf", "udm", "pcf"]), "lib/app/ogs-init.c:130")

    def n_authfail(R):
        return ol(R, "gmm", "WARNING", "[%s] Authentication failure [%d]" % (supi(R), pick(R, [21, 20])), "src/amf/gmm-sm.c:%d" % R.randint(1500, 1560))

    def n_metrics(R):
        return ol(R, "metrics", "INFO", "metrics_server() [http://0.0.0.0]:9090", "lib/metrics/prometheus/context.c:299")

    def n_deregister(R):
        return ol(R, "gmm", "INFO", "[%s] Deregistration request (UE originating, switch-off)" % supi(R), "src/amf/gmm-handler.c:%d" % R.randint(500, 560))

    def n_dnn(R):
        return ol(R, "smf", "WARNING", "[%s:%d] DNN[%s] not in subscription, rejected with cause [Missing or unknown DNN]" % (supi(R), R.randint(1, 15), pick(R, ["corp.vpn", "test", "internet.roam"])), "src/smf/gsm-sm.c:%d" % R.randint(300, 340))

    return [n_init, n_ids, n_regreq, n_regok, n_added, n_sess, n_hb, n_notify, n_implicit, n_spec, n_roam, n_release,
            n_pfcpok, n_gnb, n_cfg, n_authfail, n_metrics, n_deregister, n_dnn]


def open5gs(R):
    groups = [("netpol-blocks-pfcp-8805-smf-to-upf", o_pfcp), ("internet-dnn-ue-pool-slash22-exhausted", o_pool),
              ("nrf-service-renamed-configmaps-stale", o_nrf), ("mongodb-scaled-to-zero-by-cost-job", o_mongo),
              ("amf-assert-handover-unknown-target-gnb", o_assert)]
    return build(R, O1, groups, o5_negs())


FAMILIES = {F1: freeradius, O1: open5gs}
