"""Families: carpark-anpr-barrier-rsyslog-mosquitto-ec2, paxwifi-aruba-aos8-controller-syslog.

"carpark" is the car parks' plate-reading and barrier system: ANPR cameras and barrier controllers (embedded Linux,
busybox init, `anprd` and `barrierd` daemons) send RFC 3164 syslog to an rsyslog relay on EC2, which also runs the
Mosquitto broker the cameras publish reads to and `parkgw`, a Go collector that checks permits and pre-bookings and
tells the barriers to open. rsyslog's traditional file format `Jun 14 09:12:33 host prog[pid]: msg` picked up by the
CloudWatch agent; parkgw writes logfmt into syslog; kernel lines carry `kernel:`. One syslog record per event.

"paxwifi" is the passenger Wi-Fi: an Aruba mobility controller cluster (ArubaOS 8) in the terminals with the captive
portal and ClearPass (RADIUS) for the guest SSID, sending syslog to the same relay. AOS 8 layout `Jun 14 09:12:33 2031
10.40.0.11 authmgr[4120]: <522008> <4120> <NOTI> <mc-t1-01 10.40.0.11>  message`; internal DHCP server lines from
`dhcpd`."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    bsd_ts, iso_z, moment, epoch)

LANES = ["P1-IN-1", "P1-IN-2", "P1-OUT-1", "P2-IN-1", "P2-OUT-1", "P2-OUT-2", "P3-IN-1", "P3-OUT-1", "LT-IN-1", "LT-OUT-1"]


def plate(R):
    L = "ABCDEFGHJKLMNOPRSTUWXYZ"
    return "".join(R.choice(L) for _ in range(3)) + "%02d%s" % (R.randint(0, 99), R.choice("0123456789" + L))


def cam(R):
    return "cam-%s" % pick(R, LANES).lower()


def bar(R):
    return "bar-%s" % pick(R, LANES).lower()


def sl(R, host, prog, msg, pid=None):
    return "%s %s %s[%d]: %s" % (bsd_ts(R), host, prog, pid or R.randint(300, 2999), msg)


def kern(R, host, msg):
    return "%s %s kernel: [%d.%06d] %s" % (bsd_ts(R), host, R.randint(1000, 9000000), R.randint(0, 999999), msg)


def gw(R, lvl, msg, **kv):
    return sl(R, "relay-1", "parkgw", 'ts=%s level=%s msg="%s" %s' % (iso_z(R), lvl, msg, " ".join("%s=%s" % x for x in kv.items())), pid=R.choice([1184, 1207]))


# ---------------------------------------------------------------- carpark-anpr-barrier-rsyslog-mosquitto-ec2
F1 = "carpark-anpr-barrier-rsyslog-mosquitto-ec2"


def cp_mqtt(R):
    # the broker's password file was regenerated with a new camera password that was never pushed to the P2/P3
    # cameras; their reads never reach parkgw and pre-booked or permit holders are not let in
    c = "cam-%s" % pick(R, ["p2-in-1", "p2-out-1", "p2-out-2", "p3-in-1", "p3-out-1"])
    r = R.random()
    if r < 0.4:
        return sl(R, c, "anprd", "E mqtt: connect to mqtt.parking.%s:8883 refused: not authorised (rc=5), retry in %ds" % (DOMAIN, R.choice([5, 10, 30, 60])))
    if r < 0.75:
        return sl(R, "relay-1", "mosquitto", "Client %s disconnected, not authorised." % c, pid=912)
    return sl(R, c, "anprd", "W mqtt: offline, %d reads queued (oldest %d min), queue limit 500" % (R.randint(20, 500), R.randint(2, 90)))


def cp_modbus(R):
    # the barrier firmware 2.8 update reset the RS-485 link to 9600 baud while the I/O boards run 19200; open commands
    # are not acknowledged and drivers wait at the exit barriers
    b = "bar-%s" % pick(R, ["p1-out-1", "p2-out-1", "p2-out-2", "lt-out-1"])
    if R.random() < 0.55:
        return sl(R, b, "barrierd", "ERR io: modbus read coils slave=%d addr=0x%04x timeout after 500 ms (/dev/ttymxc2 9600 8N1)" % (R.randint(1, 3), R.choice([1, 2, 16])))
    return sl(R, b, "barrierd", "ERR barrier %s: OPEN command for %s not confirmed by I/O board, lane stays closed" % (b[4:].upper(), plate(R)))


def cp_ocr(R):
    # camera firmware 5.2 moved the model directory; anprd still points to /opt/anpr/models and cannot load the
    # Nordic plate model, so the upgraded cameras read no plates at all
    c = "cam-%s" % pick(R, ["p1-in-1", "p1-in-2", "lt-in-1"])
    if R.random() < 0.5:
        return sl(R, c, "anprd", "E ocr: cannot load model /opt/anpr/models/nordic-eu-v7.onnx: No such file or directory")
    return sl(R, c, "anprd", "E ocr: engine not ready, vehicle event %d at lane %s dropped without read" % (R.randint(100000, 999999), c[4:].upper()))


def cp_dns(R):
    # the permits API moved to a new private hosted zone not associated with the relay's VPC; parkgw cannot resolve
    # it, permit holders are charged or held at the barrier
    return gw(R, "error", "permit lookup failed", plate=plate(R), lane=pick(R, LANES),
              err='"Get \\"https://permits.internal.%s/v1/permits?plate=...\\": dial tcp: lookup permits.internal.%s on 10.80.0.2:53: no such host"' % (DOMAIN, DOMAIN))


def cp_ro(R):
    # the P1 entry cameras' SD cards are worn out: ext4 aborts the journal and remounts read-only; evidence images and
    # queued reads are lost
    c = "cam-p1-in-%d" % R.randint(1, 2)
    r = R.random()
    if r < 0.35:
        return kern(R, c, "EXT4-fs error (device mmcblk0p3): ext4_journal_check_start:%d: comm anprd: Detected aborted journal" % R.choice([61, 83]))
    if r < 0.6:
        return kern(R, c, "EXT4-fs (mmcblk0p3): Remounting filesystem read-only")
    return sl(R, c, "anprd", "E store: cannot write /var/spool/anpr/%d/%s.jpg: Read-only file system, evidence image lost" % (R.randint(20310600, 20310628), hexs(R, 12)))


def cp_negs():
    def n_read(R):
        c = cam(R)
        p = plate(R)
        return pick(R, [
            sl(R, c, "anprd", "I read plate=%s conf=0.%02d lane=%s country=S ms=%d" % (p, R.randint(80, 99), c[4:].upper(), R.randint(18, 90))),
            sl(R, c, "anprd", "I read plate=%s conf=0.%02d lane=%s country=%s ms=%d" % (p, R.randint(80, 99), c[4:].upper(), pick(R, ["N", "FIN", "DK"]), R.randint(18, 90))),
            sl(R, c, "anprd", "W read rejected: conf 0.%02d below 0.60 (plate dirty or obscured), lane %s, ticket issued" % (R.randint(10, 59), c[4:].upper())),
            sl(R, c, "anprd", "I vehicle event without plate (motorcycle, no front plate), lane %s, ticket issued" % c[4:].upper()),
            sl(R, c, "anprd", "I stats 60s: frames=%d dropped_frames=0 reads=%d errors=0 mqtt=connected" % (R.randint(1400, 1800), R.randint(0, 40))),
            sl(R, "relay-1", "mosquitto", "New client connected from 10.81.%d.%d:%d as %s (p2, c1, k60, u'camera')." % (R.randint(0, 9), R.randint(2, 250), R.randint(30000, 60000), c), pid=912),
            sl(R, "relay-1", "mosquitto", "Client %s closed its connection." % c, pid=912)])

    def n_bar(R):
        b = bar(R)
        return pick(R, [
            sl(R, b, "barrierd", "INFO barrier %s OPEN for %s (reason=%s) closed after %.1fs" % (b[4:].upper(), plate(R), pick(R, ["permit", "prebooked", "paid", "ticket"]), R.uniform(3, 14))),
            sl(R, b, "barrierd", "INFO loop A occupied, loop B clear, waiting for decision"),
            sl(R, b, "barrierd", "WARN safety loop occupied during close, arm reopened (vehicle too close)"),
            sl(R, b, "barrierd", "INFO heartbeat io=ok arm=closed loops=clear faults=0 temp=%dC" % R.randint(-12, 35)),
            sl(R, b, "barrierd", "INFO io: modbus read coils slave=%d ok after 1 retry (%d ms)" % (R.randint(1, 3), R.randint(20, 480)))])

    def n_gw(R):
        return pick(R, [
            gw(R, "info", "permit ok", plate=plate(R), lane=pick(R, LANES), permit="STAFF-%05d" % R.randint(1, 99999)),
            gw(R, "info", "prebooking matched", plate=plate(R), lane=pick(R, LANES), booking="PB%s" % upper(R, 8)),
            gw(R, "info", "no permit or booking, pay on exit", plate=plate(R), lane=pick(R, LANES)),
            gw(R, "warn", "payment declined at exit terminal, driver asked for another card", plate=plate(R), lane=pick(R, LANES), code="05"),
            gw(R, "info", "permits cache refreshed", entries=R.randint(1500, 4200), failed=0, took="%dms" % R.randint(40, 900)),
            gw(R, "warn", "permit lookup slow, retry succeeded", plate=plate(R), attempt=2, took="%dms" % R.randint(800, 2500))])

    def n_sys(R):
        h = pick(R, [cam(R), bar(R)])
        return pick(R, [
            sl(R, h, "ntpd", "adjusting local clock by %.6fs" % R.uniform(-0.2, 0.2)),
            sl(R, h, "syslogd", "syslogd started: BusyBox v1.36.1"),
            kern(R, h, "usb 1-1: new high-speed USB device number %d using ci_hdrc" % R.randint(2, 9)),
            sl(R, "relay-1", "rsyslogd", '[origin software="rsyslogd" swVersion="8.2310.0" x-pid="%d" x-info="https://www.rsyslog.com"] rsyslogd was HUPed' % R.randint(600, 900)),
            sl(R, h, "dropbear", "Exit (maint) from <10.80.9.%d:%d>: Disconnect received" % (R.randint(2, 40), R.randint(30000, 60000)))])
    return [n_read, n_read, n_read, n_bar, n_bar, n_gw, n_gw, n_sys]


def fam_carpark(R):
    return build(R, F1, [("broker-camera-password-not-pushed", cp_mqtt), ("barrier-fw28-rs485-baud-mismatch", cp_modbus),
                         ("ocr-model-path-moved-fw52", cp_ocr), ("permits-zone-not-associated-nxdomain", cp_dns),
                         ("p1-camera-sd-card-read-only", cp_ro)], cp_negs())


# ---------------------------------------------------------------- paxwifi-aruba-aos8-controller-syslog
F2 = "paxwifi-aruba-aos8-controller-syslog"

MCS = [("mc-t1-01", "10.40.0.11"), ("mc-t1-02", "10.40.0.12"), ("mc-t2-01", "10.40.1.11")]
APS = ["T1-A-AP-%02d", "T1-B-AP-%02d", "T2-C-AP-%02d", "T2-GATE-AP-%02d"]


def mac(R):
    return ":".join(hexs(R, 2) for _ in range(6))


def ap(R):
    return pick(R, APS) % R.randint(1, 40)


def ar(R, proc, code, lvl, msg):
    name, ipa = pick(R, MCS)
    pid = {"authmgr": 4120, "stm": 4133, "sapd": 2210, "httpd_wrap": 3310, "certmgr": 3902, "wms": 4202}.get(proc, 3000)
    return "%s %s %s[%d]: <%d> <%d> <%s> <%s %s>  %s" % (bsd_ts(R, True), ipa, proc, pid, code, pid, lvl, name, ipa, msg)


def dh(R, msg):
    name, ipa = pick(R, MCS)
    return "%s %s dhcpd[%d]: %s" % (bsd_ts(R, True), ipa, R.randint(2000, 2100), msg)


def gip(R):
    return "172.20.%d.%d" % (R.randint(0, 3), R.randint(2, 254))


def wf_radius(R):
    # the RADIUS shared secret was changed on ClearPass node cppm-2 only; the controllers drop its replies as forged,
    # half of the portal logins fail and cppm-2 is marked down
    if R.random() < 0.6:
        return ar(R, "authmgr", 121031, "ERRS", "|authmgr|  RADIUS response from server cppm-2 (10.80.4.22) dropped: response authenticator mismatch, check shared secret (id=%d)" % R.randint(0, 255))
    return ar(R, "authmgr", 199802, "WARN", "|authmgr|  Authentication server cppm-2 is OUT-OF-SERVICE after %d unanswered requests" % R.randint(3, 6))


def wf_dhcp(R):
    # the guest VLAN scope is a /22 with a 24-hour lease; with the summer schedule it runs out and new passengers get
    # no address at all
    return dh(R, "DHCPDISCOVER from %s via vlan200: network 172.20.0.0/22: no free leases" % mac(R))


def wf_cert(R):
    # the captive portal server certificate expired on 2031-06-08 and was not renewed; phones refuse the portal page
    if R.random() < 0.4:
        return ar(R, "certmgr", 133019, "ERRS", "|certmgr|  Server certificate 'guestportal-fennick' used by captive portal has expired (notAfter Jun  8 23:59:59 2031 GMT)")
    return ar(R, "httpd_wrap", 199804, "ERRS", "|httpd|  SSL handshake with client %s failed: sslv3 alert certificate expired (captive portal securelogin.%s)" % (gip(R), DOMAIN))


def wf_table(R):
    # the controllers' user-table limit follows the old 8192-user licence; at the summer peak new users are refused
    return ar(R, "authmgr", 522275, "ERRS", "|authmgr|  Max user limit reached (8192), user entry not created for MAC=%s IP=%s" % (mac(R), gip(R)))


def wf_poe(R):
    # the new pier B switches give 802.3af power only; the AP-535s come up with their 5 GHz radio disabled and gates
    # B1-B12 have almost no coverage
    a = "T1-B-AP-%02d" % R.randint(1, 24)
    if R.random() < 0.6:
        return ar(R, "sapd", 404402, "ERRS", "|AP %s@10.41.%d.%d sapd|  Insufficient power (802.3af), radio 1 (5GHz) disabled, USB port disabled" % (a, R.randint(0, 3), R.randint(2, 250)))
    return ar(R, "stm", 501094, "WARN", "|stm|  AP %s: radio 1 down (power budget), %d clients steered to 2.4GHz" % (a, R.randint(5, 120)))


def wf_negs():
    def n_auth(R):
        u = "guest-%s" % hexs(R, 6)
        return pick(R, [
            ar(R, "authmgr", 522008, "NOTI", "|authmgr|  User Authentication Successful: username=%s MAC=%s IP=%s role=authenticated-guest VLAN=200 AP=%s SSID=Fennick-Free-WiFi AAA profile=guest-aaa auth method=web auth server=cppm-1" % (u, mac(R), gip(R), ap(R))),
            ar(R, "authmgr", 522038, "NOTI", "|authmgr|  username=%s MAC=%s IP=%s Authentication result=Authentication failed(1), method=web, server=cppm-1, reason=invalid voucher code" % (u, mac(R), gip(R))),
            ar(R, "authmgr", 522006, "NOTI", "|authmgr|  MAC=%s IP=%s User entry deleted: reason=idle timeout" % (mac(R), gip(R))),
            ar(R, "authmgr", 522006, "NOTI", "|authmgr|  MAC=%s IP=%s User entry deleted: reason=session timeout (4h free limit)" % (mac(R), gip(R))),
            ar(R, "authmgr", 522050, "INFO", "|authmgr|  MAC=%s,IP=%s User data downloaded to datapath, new Role=guest-logon/%d" % (mac(R), gip(R), R.randint(60, 80))),
            ar(R, "authmgr", 121047, "INFO", "|authmgr|  RADIUS accounting %s sent to cppm-1 for %s, 0 retries" % (pick(R, ["start", "stop", "interim-update"]), u))])

    def n_stm(R):
        return pick(R, [
            ar(R, "stm", 501100, "NOTI", "|stm|  Assoc success @ %02d:%02d:%02d.%06d: %s: AP %s-%s" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), mac(R), ap(R), pick(R, ["5GHz", "2.4GHz"]))),
            ar(R, "stm", 501080, "NOTI", "|stm|  Deauth to sta: %s: Ageout AP STA has roamed to another AP" % mac(R)),
            ar(R, "stm", 501106, "NOTI", "|stm|  Deauth to sta: %s: Ageout AP %s Sta left the building (inactivity)" % (mac(R), ap(R))),
            ar(R, "wms", 126005, "WARN", "|wms|  Interfering AP detected with SSID %s and BSSID %s" % (pick(R, ["iPhone", "Galaxy-%s" % hexs(R, 4), "DIRECT-%s" % upper(R, 4), "CarWiFi"]), mac(R))),
            ar(R, "sapd", 404400, "NOTI", "|AP %s@10.41.%d.%d sapd|  AP is up, radios 2/2 enabled, power 802.3bt" % (ap(R), R.randint(0, 3), R.randint(2, 250)))])

    def n_dhcp(R):
        m, ip = mac(R), gip(R)
        return pick(R, [
            dh(R, "DHCPDISCOVER from %s via vlan200" % m),
            dh(R, "DHCPOFFER on %s to %s via vlan200" % (ip, m)),
            dh(R, "DHCPREQUEST for %s from %s via vlan200" % (ip, m)),
            dh(R, "DHCPACK on %s to %s via vlan200" % (ip, m)),
            dh(R, "DHCPRELEASE of %s from %s via vlan200 (found)" % (ip, m))])

    def n_mgmt(R):
        return pick(R, [
            ar(R, "authmgr", 199801, "NOTI", "|authmgr|  Authentication server cppm-1 is IN-SERVICE"),
            ar(R, "authmgr", 522300, "INFO", "|authmgr|  user table: %d entries (limit 8192), 0 errors" % R.randint(800, 7000)),
            ar(R, "certmgr", 133020, "NOTI", "|certmgr|  Certificate 'guestportal-fennick-2032' installed, expires Jun 30 23:59:59 2032 GMT"),
            ar(R, "httpd_wrap", 199805, "INFO", "|httpd|  captive portal: %d logins in last 5 min, %d voucher failures (user input)" % (R.randint(30, 400), R.randint(0, 25))),
            ar(R, "sapd", 404401, "WARN", "|AP %s@10.41.%d.%d sapd|  AP rebooted, reason: administrative reload (maintenance window)" % (ap(R), R.randint(0, 3), R.randint(2, 250)))])
    return [n_auth, n_auth, n_auth, n_stm, n_stm, n_dhcp, n_dhcp, n_mgmt]


def fam_wifi(R):
    return build(R, F2, [("cppm-2-radius-shared-secret-mismatch", wf_radius), ("guest-vlan-22-pool-24h-lease-exhausted", wf_dhcp),
                         ("captive-portal-certificate-expired", wf_cert), ("user-table-8192-licence-limit", wf_table),
                         ("pier-b-switches-8023af-power", wf_poe)], wf_negs())


FAMILIES = {F1: fam_carpark, F2: fam_wifi}
