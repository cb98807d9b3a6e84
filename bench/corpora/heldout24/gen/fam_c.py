"""Families: f5-bigip-haproxy-keepalived-lb, pfsense-opnsense-strongswan-aws-s2s-vpn."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    at, ms, bsd, epoch, EPOCH_NOV1)

# ---------------------------------------------------------------- f5-bigip-haproxy-keepalived-lb
# "corrandale insurance": BIG-IP i5800 pair (bigip-lb01/02) with LTM, GTM (DNS) and APM, plus a pair of Linux
# HAProxy 2.8 boxes with keepalived VRRP (lbx-01/02) in front of the broker portal; /var/log/ltm, /var/log/gtm,
# /var/log/apm and syslog of the Linux boxes, all forwarded to the collector.
F1 = "f5-bigip-haproxy-keepalived-lb"
BIG = ["bigip-lb01.cdi.internal", "bigip-lb02.cdi.internal"]
LBX = ["lbx-01.cdi.internal", "lbx-02.cdi.internal"]
USERS = ["a.mensah", "k.lawless", "p.ivanova", "d.chadwick", "s.oyelaran", "r.tolland", "m.quist", "e.varga"]


def f5(R, host, level, proc, code, msg):
    return "%s %s %s %s[%d]: %s: %s" % (bsd(R), host, level, proc, R.randint(4000, 30000), code, msg)


def lx(R, host, proc, msg):
    return "%s %s %s[%d]: %s" % (bsd(R), host, proc, R.randint(600, 90000), msg)


def sid(R):
    return hexs(R, 8)


def f5_claims_pool(R):
    # claims-api release 4.12 returns 503 on /health (missing config key); every member marked down
    m = "10.60.2.%d" % R.choice([11, 12, 13, 14])
    r = R.random()
    if r < 0.45:
        return f5(R, pick(R, BIG), "notice", "mcpd", "01070638:5", "Pool /Common/pool_claims_api member /Common/%s:8443 monitor status down. [ /Common/mon_claims_health: down; last error: /Common/mon_claims_health: Response Code: 503 (Service Unavailable) @2028/11/%02d %s. ]  [ was up for %dhrs:%dmins:%dsec ]" % (m, day(R), hms(R), R.randint(0, 40), R.randint(0, 59), R.randint(0, 59)))
    if r < 0.75:
        return f5(R, pick(R, BIG), "err", "tmm%d" % R.randint(0, 3), "01010028:3", "No members available for pool /Common/pool_claims_api")
    return f5(R, pick(R, BIG), "notice", "mcpd", "01071682:5", "SNMP_TRAP: Virtual /Common/vs_claims_api_443 has become unavailable")


def f5_snat(R):
    host = "bigip-lb02.cdi.internal"
    r = R.random()
    if r < 0.7:
        return f5(R, host, "crit", "tmm%d" % R.randint(0, 3), "01010201:2", "Inet port exhaustion on 10.60.9.5 to 10.60.4.20:8443 (proto 6)")
    return f5(R, host, "warning", "tmm%d" % R.randint(0, 3), "01010240:4", "Syncookie threshold 0 exceeded for virtual /Common/vs_ratinggw_8443, %d SNAT translations in use of 64512 on snatpool /Common/snat_ratinggw" % R.randint(64400, 64512))


def f5_kdc(R):
    host = pick(R, BIG)
    s = sid(R)
    u = pick(R, USERS)
    r = R.random()
    if r < 0.6:
        return f5(R, host, "err", "apmd", "01490106:3", "/Common/ap_staff_vpn:Common:%s: AD module: authentication with '%s' failed in 'ad_auth': Cannot contact any KDC for requested realm (-1765328228)" % (s, u))
    if r < 0.85:
        return f5(R, host, "err", "apmd", "01490107:3", "/Common/ap_staff_vpn:Common:%s: AD module: authentication with '%s' failed: KDC 10.60.0.21 and 10.60.0.22 unreachable (timeout 15s)" % (s, u))
    return f5(R, host, "notice", "apmd", "01490005:5", "/Common/ap_staff_vpn:Common:%s: Following rule 'fallback' from item 'AD Auth' to ending 'Deny' (AD Auth error: KDC unreachable)" % s)


def f5_gtm(R):
    # DR data centre's big3d unreachable over iQuery (port 4353 closed by a new firewall rule)
    host = pick(R, BIG)
    r = R.random()
    if r < 0.4:
        return f5(R, host, "alert", "gtmd", "011ae0f2:1", "Monitor instance /Common/gslb_https 198.51.100.80:443 UP --> DOWN from 10.60.0.%d (no reply from big3d: timed out)" % R.choice([5, 6]))
    if r < 0.75:
        return f5(R, host, "alert", "gtmd", "011a1005:1", "SNMP_TRAP: Pool /Common/gp_claims_portal member vs_portal_dr (ip:port=198.51.100.80:443) state change green --> red ( Monitor /Common/gslb_https from 10.60.0.%d : no reply from big3d: timed out)" % R.choice([5, 6]))
    return f5(R, host, "err", "iqmgmt_ssl_connect", "012a0004:3", "SSL error: error:0A000126:SSL routines::unexpected eof while reading; iQuery connection to 198.51.100.81:4353 failed, retry %d" % R.randint(1, 90))


def f5_cert(R):
    host = pick(R, BIG)
    r = R.random()
    if r < 0.35:
        return f5(R, host, "warning", "mcpd", "01070905:4", "Certificate '/Common/broker-portal-2027.crt' in file /Common/broker-portal-2027.crt expired on Nov  4 00:00:00 2028 GMT (used by profile /Common/clientssl_broker_portal)")
    return f5(R, host, "warning", "tmm%d" % R.randint(0, 3), "01260009:4", "Connection error: ssl_hs_rxhello:%d: alert(45) certificate expired; client %s:%d -> 198.51.100.44:443 (profile /Common/clientssl_broker_portal)" % (R.randint(8000, 9999), ipdoc(R), port(R)))


def hx_cfg(R):
    # lbx-02: server web04 added by config management with a name DNS does not know; haproxy reload fails,
    # its keepalived check fails and lbx-02 drops to FAULT (no standby any more)
    host = "lbx-02.cdi.internal"
    r = R.random()
    if r < 0.3:
        return lx(R, host, "haproxy", "[ALERT]    (%d) : config : parsing [/etc/haproxy/haproxy.cfg:%d] : 'server be_broker_portal/web04' : could not resolve address 'web04.portal.cdi.internal'." % (R.randint(1000, 90000), 88))
    if r < 0.5:
        return lx(R, host, "haproxy", "[ALERT]    (%d) : config : Fatal errors found in configuration." % R.randint(1000, 90000))
    if r < 0.65:
        return "%s %s systemd[1]: haproxy.service: %s" % (bsd(R), host, pick(R, ["Main process exited, code=exited, status=1/FAILURE", "Failed with result 'exit-code'.", "Control process exited, code=exited, status=1/FAILURE"]))
    if r < 0.85:
        return lx(R, host, "Keepalived_vrrp", "Script `chk_haproxy` now returning %d" % R.choice([1, 7]))
    return lx(R, host, "Keepalived_vrrp", "(VI_PORTAL) Entering FAULT STATE")


def lb_negs():
    def n_up(R): return f5(R, pick(R, BIG), "notice", "mcpd", "01070727:5", "Pool /Common/%s member /Common/10.60.%d.%d:%d monitor status up. [ /Common/%s: up ]  [ was down for %dhrs:%dmins:%dsec ]" % (pick(R, ["pool_quotes_web", "pool_docs_api", "pool_intranet"]), R.randint(3, 5), R.randint(10, 40), pick(R, [443, 8080]), pick(R, ["https_head", "http_quotes"]), 0, R.randint(0, 20), R.randint(0, 59)))
    def n_audit(R): return f5(R, pick(R, BIG), "notice", "mcpd", "01070417:5", "AUDIT - client tmsh, user %s - transaction #%d-%d - object 0 - modify { ltm pool /Common/%s { members { /Common/10.60.%d.%d:443 { session %s } } } } [Status=Command OK]" % (pick(R, ["netops", "ansible"]), R.randint(10**5, 10**6), R.randint(1, 9), pick(R, ["pool_quotes_web", "pool_docs_api"]), R.randint(3, 5), R.randint(10, 40), pick(R, ["user-disabled", "user-enabled"])))
    def n_apm_new(R): return f5(R, pick(R, BIG), "notice", "apmd", "01490500:5", "/Common/ap_staff_vpn:Common:%s: New session from client IP %s (ST=/CC=GB/C=EU) at VIP 198.51.100.40 Listener /Common/vs_staff_vpn_443 (Reputation=Unknown)" % (sid(R), ipdoc(R)))
    def n_apm_ok(R): return f5(R, pick(R, BIG), "notice", "apmd", "01490010:5", "/Common/ap_staff_vpn:Common:%s: Username '%s'" % (sid(R), pick(R, USERS))) if R.random() < 0.4 else f5(R, pick(R, BIG), "notice", "apmd", "01490005:5", "/Common/ap_staff_vpn:Common:%s: Following rule 'Successful' from item 'AD Auth' to item 'Resource Assign'" % sid(R))
    def n_apm_deny(R): return f5(R, pick(R, BIG), "err", "apmd", "01490106:3", "/Common/ap_staff_vpn:Common:%s: AD module: authentication with '%s' failed in 'ad_auth': Preauthentication failed, principal name: %s@CDI.INTERNAL. Invalid user credentials. (-1765328360)" % (sid(R), *(lambda u: (u, u))(pick(R, USERS))))
    def n_apm_closed(R): return f5(R, pick(R, BIG), "notice", "apmd", "01490521:5", "/Common/ap_staff_vpn:Common:%s: Session statistics - bytes in: %d, bytes out: %d" % (sid(R), R.randint(10**4, 10**8), R.randint(10**4, 10**8)))
    def n_ssl_noise(R): return f5(R, pick(R, BIG), "warning", "tmm%d" % R.randint(0, 3), "01260013:4", "SSL Handshake failed for TCP %s:%d -> 198.51.100.%d:443" % (ipdoc(R), port(R), pick(R, [40, 41, 45])))
    def n_cert_warn(R): return f5(R, pick(R, BIG), "warning", "mcpd", "01070906:4", "Certificate '/Common/quotes-web-2028.crt' in file /Common/quotes-web-2028.crt will expire on Dec %2d 23:59:59 2028 GMT" % R.randint(20, 28))
    def n_gtm_ok(R): return f5(R, pick(R, BIG), "alert", "gtmd", "011a1004:1", "SNMP_TRAP: Pool /Common/gp_%s member vs_%s_dc1 (ip:port=198.51.100.%d:443) state change blue --> green ( Monitor /Common/gslb_https from 10.60.0.5 : state: up)" % (*(lambda a: (a, a))(pick(R, ["quotes", "docs", "intranet"])), R.randint(50, 60)))
    def n_sshd(R): return "%s %s info sshd[%d]: pam_unix(sshd:session): session opened for user %s by (uid=0)" % (bsd(R), pick(R, BIG), R.randint(1000, 30000), pick(R, ["netops", "root"]))
    def n_hx_access(R):
        st = pick(R, [200, 200, 200, 304, 302, 404, 401])
        return lx(R, pick(R, LBX), "haproxy", "%s:%d [%02d/Nov/2028:%s.%s] fe_broker_portal~ be_broker_portal/web0%d %d/0/%d/%d/%d %d %d - - ---- %d/%d/0/0/0 0/0 \"%s %s HTTP/1.1\"" % (ip10(R, 60), port(R), day(R), hms(R), ms(R), R.randint(1, 3), R.randint(0, 3), R.randint(0, 2), R.randint(5, 400), R.randint(6, 410), st, R.randint(200, 90000), R.randint(10, 90), R.randint(10, 90), pick(R, ["GET", "GET", "POST"]), pick(R, ["/api/quotes/%d" % R.randint(1000, 9999), "/static/app.%s.js" % hexs(R, 8), "/api/brokers/me", "/login"])))
    def n_hx_health(R): return lx(R, pick(R, LBX), "haproxy", "Server be_broker_portal/web0%d is UP, reason: Layer7 check passed, code: 200, check duration: %dms. %d active and 0 backup servers online. 0 sessions requeued, 0 total in queue." % (R.randint(1, 3), R.randint(1, 40), 3))
    def n_hx_drain(R): return lx(R, pick(R, LBX), "haproxy", "Server be_broker_portal/web0%d is going DOWN for maintenance. %d active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue." % (R.randint(1, 3), 2))
    def n_vrrp(R): return lx(R, "lbx-01.cdi.internal", "Keepalived_vrrp", pick(R, ["(VI_PORTAL) Sending/queueing gratuitous ARPs on eth0 for 10.60.7.10", "Script `chk_haproxy` now returning 0", "(VI_PORTAL) Receive advertisement timeout"]) + ("" if R.random() < 0.5 else " [%s]" % hexs(R, 6)))
    def n_vrrp_master(R): return lx(R, "lbx-01.cdi.internal", "Keepalived_vrrp", "(VI_PORTAL) Entering MASTER STATE [reload %s]" % hexs(R, 6))
    def n_reload(R): return lx(R, "lbx-01.cdi.internal", "haproxy", "[NOTICE]   (%d) : Reloading HAProxy" % R.randint(1000, 90000)) if R.random() < 0.5 else lx(R, "lbx-01.cdi.internal", "haproxy", "[NOTICE]   (%d) : New worker (%d) forked" % (R.randint(1000, 90000), R.randint(1000, 90000)))
    def n_sod(R): return f5(R, pick(R, BIG), "notice", "sod", "010c0044:5", "Command: running failover-state-check, device %s state %s, traffic-group-1 %s" % (*(lambda d: (d,))(pick(R, ["bigip-lb01", "bigip-lb02"])), "online", pick(R, ["active", "standby"])))
    return [n_up, n_audit, n_apm_new, n_apm_ok, n_apm_deny, n_apm_closed, n_ssl_noise, n_cert_warn, n_gtm_ok, n_sshd, n_hx_access, n_hx_health, n_hx_drain, n_vrrp, n_vrrp_master, n_reload, n_sod]


def fam_lb(R):
    return build(R, F1, [("claims-api-4-12-health-503-pool-down", f5_claims_pool), ("lb02-snat-port-exhaustion-rating-gateway", f5_snat),
                         ("apm-ad-auth-kdc-unreachable", f5_kdc), ("gtm-dr-big3d-iquery-unreachable", f5_gtm),
                         ("broker-portal-clientssl-cert-expired", f5_cert), ("lbx-02-haproxy-config-unresolvable-web04", hx_cfg)], lb_negs())


# ---------------------------------------------------------------- pfsense-opnsense-strongswan-aws-s2s-vpn
# "fenwick cross surveys": pfSense 2.7 at three regional offices (fw-leeds, fw-hull, fw-ripon) and an OPNsense
# 24.7 box at the York office (fw-york), each with an IPsec (strongSwan charon) VPN to an AWS Transit Gateway;
# the AWS Site-to-Site VPN tunnel logs (JSON) of the same connections are in the same account's log groups.
F2 = "pfsense-opnsense-strongswan-aws-s2s-vpn"
FWS = ["fw-leeds", "fw-hull", "fw-ripon", "fw-york"]
VPN = {"fw-leeds": "vpn-0a41c7d2e9b3f6018", "fw-hull": "vpn-0b52d8e3fac4071a9", "fw-ripon": "vpn-0c63e9f40bd5182ba", "fw-york": "vpn-0d74fa051ce6293cb"}
AWSIP = {"fw-leeds": ("203.0.113.21", "203.0.113.22"), "fw-hull": ("203.0.113.31", "203.0.113.32"), "fw-ripon": ("203.0.113.41", "203.0.113.42"), "fw-york": ("203.0.113.51", "203.0.113.52")}


def fsys(R, host, proc, msg, pid_=True):
    return "%s %s.fcs.internal %s%s: %s" % (bsd(R), host, proc, "[%d]" % R.randint(300, 99999) if pid_ else "", msg)


def charon(R, host, msg):
    return fsys(R, host, "charon", "%02d[%s] %s" % (R.randint(1, 16), msg[:3], msg[4:]))


def awsvpn(R, fw, tunnel, detail, p1="established", p2="established", nat=False):
    d = {"event_timestamp": epoch(R), "details": detail, "dpd_enabled": True, "nat_t_detected": nat,
         "ike_phase1_state": p1, "ike_phase2_state": p2}
    return jd(d)


def con(host, t):
    return "con%d000" % t


def v_psk(R):
    # fw-leeds tunnel 1: PSK replaced on the AWS side (modify-vpn-tunnel-options) but not on the pfSense box
    r = R.random()
    aip = AWSIP["fw-leeds"][0]
    if r < 0.35:
        return charon(R, "fw-leeds", "IKE <con1000|%d> received AUTHENTICATION_FAILED notify error" % R.randint(1, 400))
    if r < 0.55:
        return charon(R, "fw-leeds", "IKE <con1000|%d> establishing IKE_SA failed, authentication with %s failed" % (R.randint(1, 400), aip))
    return awsvpn(R, "fw-leeds", 1, "AWS tunnel payload decryption was unsuccessful due to invalid Pre-shared Key", p1=pick(R, ["down", "negotiating"]), p2="down")


def v_dpd(R):
    # fw-hull tunnel 2: ISP CPE now does NAT in front of the firewall; UDP 4500 is dropped, DPD kills the tunnel
    r = R.random()
    aip = AWSIP["fw-hull"][1]
    if r < 0.25:
        return charon(R, "fw-hull", "IKE <con2000|%d> giving up after 5 retransmits" % R.randint(1, 400))
    if r < 0.45:
        return charon(R, "fw-hull", "IKE <con2000|%d> retransmit %d of request with message ID %d" % (R.randint(1, 400), R.randint(3, 5), R.randint(0, 40)))
    if r < 0.75:
        return awsvpn(R, "fw-hull", 2, "Peer is not responsive - Declaring peer dead", p1="down", p2="down", nat=True)
    return awsvpn(R, "fw-hull", 2, "AWS tunnel DPD timeout: no response from %s for %d s, tearing down tunnel" % ("198.51.100.%d" % 131, R.choice([30, 40])), p1="down", p2="down", nat=True)


def v_ts(R):
    # fw-ripon: new survey-data subnet 10.84.8.0/22 added locally but not to the VPN's local network CIDR on AWS
    r = R.random()
    if r < 0.4:
        return charon(R, "fw-ripon", "IKE <con1000|%d> received TS_UNACCEPTABLE notify, no CHILD_SA built" % R.randint(1, 400))
    if r < 0.6:
        return charon(R, "fw-ripon", "IKE <con1000|%d> failed to establish CHILD_SA, keeping IKE_SA (traffic selectors 10.84.8.0/22 === 10.100.0.0/16 unacceptable)" % R.randint(1, 400))
    return awsvpn(R, "fw-ripon", 1, "No Proposal Match Found. Notifying with \"TS_UNACCEPTABLE\": traffic selector 10.84.8.0/22 not within local network CIDR 10.84.0.0/21", p1="established", p2=pick(R, ["down", "negotiating"]))


def v_states(R):
    host = "fw-york"
    r = R.random()
    if r < 0.55:
        return fsys(R, host, "kernel", "[zone: pf states] PF states limit reached", pid_=False)
    if r < 0.8:
        return fsys(R, host, "configd.py", "[%s] pf states %d of %d in use (100%%), top source 10.86.%d.%d" % (uuid(R), 400000, 400000, R.randint(1, 9), R.randint(2, 254)))
    return fsys(R, host, "kernel", "sonewconn: pcb 0x%s (0.0.0.0:53 (proto 17)): Listen queue overflow: %d already in queue awaiting acceptance (%d occurrences)" % (hexs(R, 16), R.randint(190, 260), R.randint(10, 900)), pid_=False)


def v_wan(R):
    host = "fw-ripon"
    r = R.random()
    if r < 0.45:
        return fsys(R, host, "dpinger", "WAN_DHCP 192.0.2.1: Alarm latency %dus stddev %dus loss %d%%" % (R.randint(0, 90000), R.randint(0, 9000), pick(R, [100, 100, 62, 85])))
    if r < 0.75:
        return fsys(R, host, "rc.gateway_alarm", ">>> Gateway alarm: WAN_DHCP (Addr:192.0.2.1 Alarm:1 RTT:%dms RTTsd:%dms Loss:%d%%)" % (R.randint(0, 90), R.randint(0, 20), pick(R, [100, 85, 62])))
    return fsys(R, host, "php-fpm", "/rc.filter_configure_sync: MONITOR: WAN_DHCP is down, omitting from routing group WAN_FAILOVER 8.8.8.8|192.0.2.1|WAN_DHCP|%.3fms|%.3fms|%d%%|down|highloss" % (R.uniform(0, 90), R.uniform(0, 20), pick(R, [100, 85])))


def vpn_negs():
    def n_block(R):
        h = pick(R, FWS)
        return fsys(R, h, "filterlog", "%d,,,%s,igb0,match,block,in,4,0x0,,%d,%d,0,none,6,tcp,%d,%s,198.51.100.%d,%d,%d,0,S,%d,,%d,,mss" % (R.randint(4, 120), pick(R, ["1000000103", "1000000104"]), R.randint(40, 250), R.randint(1, 65535), 60, ipdoc(R, "192.0.2"), R.randint(120, 160), port(R), pick(R, [22, 23, 445, 3389, 8080, 5060]), R.randint(10**8, 4 * 10**9), 1024), pid_=True)
    def n_pass(R):
        h = pick(R, FWS)
        return fsys(R, h, "filterlog", "%d,,,%s,igb1,match,pass,out,4,0x0,,%d,%d,0,DF,6,tcp,60,10.%d.%d.%d,%s,%d,443,0,S,%d,,64240,,mss;sackOK;TS;nop;wscale" % (R.randint(4, 120), hexs(R, 32), R.randint(60, 64), R.randint(1, 65535), pick(R, [81, 82, 84, 86]), R.randint(1, 9), R.randint(2, 254), ipdoc(R), port(R), R.randint(10**8, 4 * 10**9)))
    def n_sa(R):
        h = pick(R, ["fw-leeds", "fw-ripon", "fw-york", "fw-hull"])
        t = pick(R, [1, 2]) if h not in ("fw-leeds", "fw-hull", "fw-ripon") else {"fw-leeds": 2, "fw-hull": 1, "fw-ripon": 2}[h]
        return charon(R, h, "IKE <con%d000|%d> IKE_SA con%d000[%d] established between 198.51.100.%d[198.51.100.%d]...%s[%s]" % (t, R.randint(1, 400), t, R.randint(1, 400), *(lambda a: (a, a))(R.randint(120, 160)), *(lambda a: (a, a))(AWSIP[h][t - 1])))
    def n_child(R):
        h = pick(R, FWS)
        t = {"fw-leeds": 2, "fw-hull": 1, "fw-ripon": 2, "fw-york": pick(R, [1, 2])}[h]
        return charon(R, h, "IKE <con%d000|%d> CHILD_SA con%d000{%d} established with SPIs c%s_i %s_o and TS 10.%d.0.0/16 === 10.100.0.0/16" % (t, R.randint(1, 400), t, R.randint(1, 900), hexs(R, 7), hexs(R, 8), {"fw-leeds": 81, "fw-hull": 82, "fw-ripon": 84, "fw-york": 86}[h]))
    def n_rekey(R):
        h = pick(R, FWS)
        return charon(R, h, "IKE <con%d000|%d> rekeying CHILD_SA con%d000{%d} [scheduled]" % (*(lambda t: (t, R.randint(1, 400), t, R.randint(1, 900)))(pick(R, [1, 2])),))
    def n_dpdreq(R): return charon(R, pick(R, FWS), "IKE <con%d000|%d> sending DPD request" % (pick(R, [1, 2]), R.randint(1, 400)))
    def n_aws_dpd(R):
        h = pick(R, FWS)
        return awsvpn(R, h, 1, pick(R, ["AWS tunnel is sending DPD request", "AWS tunnel received DPD response", "AWS tunnel is sending DPD request [%d]" % R.randint(1, 9)]))
    def n_aws_rekey(R): return awsvpn(R, pick(R, FWS), 1, pick(R, ["AWS tunnel Phase 2 SA rekey started", "AWS tunnel Phase 2 SA rekeyed successfully, new SPI 0x%s" % hexs(R, 8), "AWS tunnel Phase 1 SA rekeyed successfully"]), p1=pick(R, ["established", "rekeying"]), p2="rekeying")
    def n_aws_up(R): return awsvpn(R, pick(R, ["fw-york", "fw-ripon", "fw-leeds"]), 2, "AWS tunnel is up; IKE_SA and CHILD_SA established (%s)" % pick(R, ["AES256-GCM-16/PRF_HMAC_SHA2_384/ECP_384", "AES256/HMAC_SHA2_256_128/MODP_2048"]))
    def n_login(R): return fsys(R, pick(R, ["fw-leeds", "fw-hull", "fw-ripon"]), "php-fpm", "/index.php: Successful login for user '%s' from: %s (Local Database)" % (pick(R, ["admin", "g.threlkeld", "n.baird"]), ip10(R, 81)))
    def n_loginfail(R): return fsys(R, pick(R, ["fw-leeds", "fw-ripon"]), "php-fpm", "/index.php: webConfigurator authentication error for user '%s' from: %s" % (pick(R, ["admin", "n.baird"]), ip10(R, 81)))
    def n_sshguard(R): return fsys(R, pick(R, FWS), "sshguard", "Attack from \"%s\" on service SSH with danger %d." % (ipdoc(R), pick(R, [10, 20])))
    def n_sshguard_block(R): return fsys(R, pick(R, FWS), "sshguard", "Blocking \"%s/32\" for %d secs (%d attacks in %d secs, after 1 abuses over %d secs.)" % (ipdoc(R), pick(R, [120, 240, 480]), R.randint(3, 9), R.randint(1, 60), R.randint(1, 60)))
    def n_dhcp(R): return fsys(R, pick(R, FWS), "dhcpd", "DHCPACK on 10.%d.%d.%d to %s (%s) via igb1" % (pick(R, [81, 82, 84, 86]), R.randint(1, 9), R.randint(2, 254), ":".join(hexs(R, 2) for _ in range(6)), pick(R, ["SURVEY-LT%02d" % R.randint(1, 40), "PLOTTER-1", "GNSS-BASE-%d" % R.randint(1, 4)])))
    def n_unbound(R): return fsys(R, pick(R, FWS), "unbound", "[%d:0] info: %s" % (R.randint(1000, 90000), pick(R, ["start of service (unbound 1.20.0).", "service stopped (unbound 1.20.0).", "generate keytag query _ta-4f66. NULL IN"])))
    def n_ntp(R): return fsys(R, pick(R, FWS), "ntpd", "kernel time sync %s %d" % (pick(R, ["enabled", "status change"]), R.randint(1, 9999)))
    def n_reload(R): return fsys(R, pick(R, ["fw-leeds", "fw-hull", "fw-ripon"]), "check_reload_status", pick(R, ["Syncing firewall", "Reloading filter", "Restarting IPsec tunnels", "Configuring interface wan"]) + " [%s]" % hexs(R, 4))
    def n_wan_clear(R): return fsys(R, pick(R, ["fw-leeds", "fw-hull"]), "dpinger", "WAN_DHCP 192.0.2.%d: Clear latency %dus stddev %dus loss 0%%" % (R.randint(1, 9), R.randint(4000, 30000), R.randint(100, 3000)))
    def n_opn_cfg(R): return fsys(R, "fw-york", "configd.py", "[%s] %s" % (uuid(R), pick(R, ["generate template OPNsense/IPFW", "request pfctl byte/packet counters", "Reloading filter", "rc.syshook config: backup to AWS S3 succeeded"])))
    return [n_block, n_pass, n_sa, n_child, n_rekey, n_dpdreq, n_aws_dpd, n_aws_rekey, n_aws_up, n_login, n_loginfail, n_sshguard, n_sshguard_block, n_dhcp, n_unbound, n_ntp, n_reload, n_wan_clear, n_opn_cfg]


def fam_vpn(R):
    return build(R, F2, [("leeds-tunnel1-psk-changed-only-on-aws", v_psk), ("hull-tunnel2-nat-t-blocked-dpd-dead", v_dpd),
                         ("ripon-new-subnet-outside-vpn-traffic-selector", v_ts), ("york-opnsense-pf-states-limit", v_states),
                         ("ripon-wan-gateway-packet-loss", v_wan)], vpn_negs())


FAMILIES = {F1: fam_lb, F2: fam_vpn}
