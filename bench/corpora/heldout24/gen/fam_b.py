"""Families: panos-csv-system-traffic-threat, fortigate-kv-branch-fleet."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    at, ms, bsd, epoch, EPOCH_NOV1)

# ---------------------------------------------------------------- panos-csv-system-traffic-threat
# "tessingham brewing": a PA-3220 HA pair at the Frankfurt DC (pa-fra1-a/b) and a PA-440 at each of three
# breweries; syslog in PAN-OS CSV (BSD header + CSV body; fields trimmed to the first few dozen).
F1 = "panos-csv-system-traffic-threat"
PAS = {"pa-fra1-a": "007901045821", "pa-fra1-b": "007901045822", "pa-brw-north": "021201011734", "pa-brw-east": "021201011790", "pa-brw-dock": "021201011802"}


def pts(t):
    return "2028/11/%02d %s" % (t[0], t[1])


def sysl(R, host, sub, evid, obj, sev, desc):
    t = at(R)
    return "%s %s 1,%s,%s,SYSTEM,%s,2561,%s,,%s,%s,0,0,general,%s,\"%s\",%d,0x0,0,0,0,0,,%s" % (
        bsd(R, t), host, pts(t), PAS[host], sub, pts(t), evid, obj, sev, desc, R.randint(10**6, 10**7), host)


def traffic(R, host, action, subtype, app, src, dst, dport, rule, fromz, toz, reason, bytes_=None):
    t = at(R)
    sp = port(R)
    b = bytes_ if bytes_ is not None else R.randint(300, 900000)
    return "%s %s 1,%s,%s,TRAFFIC,%s,2561,%s,%s,%s,%s,%s,%s,,,%s,vsys1,%s,%s,ethernet1/%d,ethernet1/%d,fwd-cortex,%s,%d,1,%d,%d,%d,%d,0x%s,%s,%s,%d,%d,%d,%d,%s,%d,any,,%d,0x0,10.0.0.0-10.255.255.255,Germany,,%d,%d,%s" % (
        bsd(R, t), host, pts(t), PAS[host], subtype, pts(t), src, dst, "198.51.100.%d" % R.randint(2, 20) if toz == "untrust" else "0.0.0.0", dst if toz == "untrust" else "0.0.0.0",
        rule, app, fromz, toz, R.randint(2, 4), R.randint(1, 2), pts(t), R.randint(10000, 9999999), sp, dport, port(R) if toz == "untrust" else 0, dport if toz == "untrust" else 0,
        pick(R, ["400053", "400019", "19"]), "tcp" if dport not in (53, 123) else "udp", action, b, R.randint(b // 3, b), b // 2, R.randint(1, 900), pts(t), R.randint(0, 900),
        R.randint(10**9, 10**10), R.randint(1, 400), R.randint(1, 400), reason)


def threat(R, host, sub, name, tid, src, dst, dport, sev, action, direction, cat, rule=None):
    t = at(R)
    return "%s %s 1,%s,%s,THREAT,%s,2561,%s,%s,%s,0.0.0.0,0.0.0.0,%s,,,%s,vsys1,%s,%s,ethernet1/%d,ethernet1/%d,fwd-cortex,%s,%d,1,%d,%d,0,0,0x2000,tcp,%s,\"%s\",%s(%d),any,%s,%s,%d,0x0,%s,%s,0,,,,,,,,,%s" % (
        bsd(R, t), host, pts(t), PAS[host], sub, pts(t), src, dst, rule or "inbound-dmz-web", pick(R, ["ssl", "web-browsing", "unknown-tcp"]),
        "untrust" if direction == "server-to-client" and src.startswith(("192", "198", "203")) else "trust", "dmz" if dst.startswith("10.6") else "untrust", R.randint(1, 4), R.randint(1, 4), pts(t),
        R.randint(10000, 9999999), port(R), dport, action, cat, name, tid, sev, direction, R.randint(10**9, 10**10), "10.0.0.0-10.255.255.255" if src.startswith("10.") else "Netherlands", "Germany", cat)


def pa_ha(R):
    # upstream 10G optic on pa-fra1-a ethernet1/1 is failing: link monitoring fails the active member
    r = R.random()
    if r < 0.3:
        return sysl(R, "pa-fra1-a", "ha", "state-change", "", "critical", "HA Group 1: Moved from state Active to Non-Functional")
    if r < 0.5:
        return sysl(R, "pa-fra1-a", "ha", "link-monitor-fail", "", "critical", "HA Group 1: Link group 'upstream' failed, link ethernet1/1 down")
    if r < 0.7:
        return sysl(R, "pa-fra1-a", "port", "link-change", "ethernet1/1", "high", "Port ethernet1/1: Down 10Gb/s-full duplex (rx power %.1f dBm below threshold)" % R.uniform(-19.9, -15.5))
    if r < 0.85:
        return sysl(R, "pa-fra1-b", "ha", "state-change", "", "critical", "HA Group 1: Moved from state Passive to Active (peer link monitor failure)")
    return sysl(R, "pa-fra1-a", "ha", "ha1-link-change", "", "high", "HA Group 1: Preemption of peer failed; local device Non-Functional for %d s" % R.randint(30, 900))


def pa_vpn(R):
    # AWS TGW VPN tunnel 2 from pa-fra1: IKE phase 1 times out (the AWS side has the old customer gateway IP)
    host = pick(R, ["pa-fra1-a", "pa-fra1-b"])
    r = R.random()
    if r < 0.45:
        return sysl(R, host, "vpn", "ike-nego-p1-fail", "aws-tgw-vpn-t2", "high", "IKE phase-1 negotiation is failed as initiator, main mode. Failed SA: 198.51.100.14[500]-203.0.113.150[500] cookie:%s:0000000000000000. Due to timeout." % hexs(R, 16))
    if r < 0.75:
        return sysl(R, host, "vpn", "ike-send-p1-delete", "aws-tgw-vpn-t2", "informational", "IKE protocol notification message sent: INVALID-ID-INFORMATION (18) to 203.0.113.150; peer gateway address mismatch, retry %d" % R.randint(1, 60))
    return sysl(R, host, "vpn", "tunnel-status", "aws-tgw-vpn-t2", "high", "Tunnel aws-tgw-vpn-t2 is down (tunnel monitor: %d consecutive probes to 169.254.88.9 lost)" % R.randint(5, 120))


def pa_license(R):
    host = pick(R, list(PAS))
    r = R.random()
    if r < 0.45:
        return sysl(R, host, "general", "general", "", "critical", "Threat Prevention license has expired")
    if r < 0.8:
        return sysl(R, host, "general", "general", "", "high", "Content update download failed for Antivirus: license is not valid (version %d-%d)" % (R.randint(4800, 4830), R.randint(5300, 5400)))
    return sysl(R, host, "general", "general", "", "high", "Scheduled download of Applications and Threats failed: Threat Prevention license expired on 2028/11/0%d" % R.randint(1, 2))


def pa_gp_cert(R):
    r = R.random()
    u = pick(R, ["m.ferreira", "h.lindqvist", "o.balogun", "t.ackroyd", "s.nakamura", "j.weir"])
    if r < 0.4:
        return sysl(R, "pa-fra1-b", "general", "general", "", "critical", "Certificate 'gp-portal-2027' expired (not after Nov  3 23:59:59 2028 GMT); used by SSL/TLS service profile 'gp-portal-ssl'")
    if r < 0.8:
        return sysl(R, "pa-fra1-b", "globalprotect", "globalprotectportal-config-fail", "GP-Portal", "high", "GlobalProtect portal client configuration failed. Login from: %s, Source region: DE, User name: %s, Client OS version: %s, Reason: SSL handshake failed: server certificate expired." % (ipdoc(R), u, pick(R, ["Microsoft Windows 11 Pro , 64-bit", "Apple Mac OS X 15.1"])))
    return sysl(R, "pa-fra1-b", "globalprotect", "globalprotectgateway-auth-fail", "GP-GW-N", "high", "GlobalProtect gateway client authentication failed. Login from: %s, User name: %s, Reason: gateway certificate 'gp-portal-2027' expired." % (ipdoc(R), u))


def pa_sessions(R):
    host = "pa-brw-dock"
    r = R.random()
    if r < 0.5:
        return sysl(R, host, "general", "general", "", "critical", "Session table is full (%d of %d sessions in use); new sessions are being dropped (dp0)" % (64000, 64000))
    if r < 0.8:
        return sysl(R, host, "general", "general", "", "high", "Packet buffer utilization on dp0 reached %d%%; %d packets dropped in last 10 seconds" % (R.randint(90, 99), R.randint(1000, 90000)))
    return sysl(R, host, "general", "general", "", "high", "Session resource utilization exceeded 95%% on dp0: top source 10.43.%d.%d (scale line PLC poller), %d sessions" % (R.randint(1, 9), R.randint(2, 254), R.randint(38000, 60000)))


def pa_c2(R):
    # a brewery workstation beacons to a C2 domain; the rule only alerts (not blocked)
    src = "10.41.6.37"
    return threat(R, "pa-brw-north", "spyware", "Generic Command and Control Beacon Traffic", 86517, src, ipdoc(R, "203.0.113"), 443, "critical", "alert", "client-to-server", "command-and-control", rule="allow-internet-brewery")


def panos_negs():
    def n_allow(R): return traffic(R, pick(R, list(PAS)), "allow", "end", pick(R, ["ssl", "web-browsing", "dns-base", "ms-office365-base", "ntp-base"]), ip10(R, pick(R, [40, 41, 42, 43])), ipdoc(R), pick(R, [443, 443, 80, 53, 123]), "allow-internet-brewery", "trust", "untrust", pick(R, ["tcp-fin", "aged-out", "tcp-rst-from-client"]))
    def n_start(R): return traffic(R, pick(R, ["pa-fra1-a", "pa-fra1-b"]), "allow", "start", "ssl", ip10(R, 60), ip10(R, 61), 443, "dmz-to-app", "dmz", "app", "n/a", bytes_=R.randint(300, 900))
    def n_deny(R): return traffic(R, pick(R, list(PAS)), pick(R, ["deny", "drop"]), pick(R, ["deny", "drop"]), pick(R, ["incomplete", "not-applicable", "insufficient-data"]), ipdoc(R), "198.51.100.%d" % R.randint(2, 20), pick(R, [22, 23, 445, 3389, 5900]), "interzone-default", "untrust", "trust", "policy-deny", bytes_=R.randint(60, 80))
    def n_vuln(R): return threat(R, pick(R, ["pa-fra1-a", "pa-fra1-b"]), "vulnerability", pick(R, ["Apache Log4j Remote Code Execution Vulnerability", "PHP CGI Argument Injection Vulnerability", "HTTP Directory Traversal Vulnerability"]), pick(R, [91991, 58520, 30844]), ipdoc(R), ip10(R, 60), 443, pick(R, ["critical", "high"]), "reset-both", "client-to-server", "code-execution")
    def n_login(R): return sysl(R, pick(R, list(PAS)), "auth", "auth-success", "", "informational", "authenticated for user '%s'.   auth profile 'ldap-admins', vsys 'shared', server profile 'ad-fra', server address '10.60.0.%d', From: %s." % (pick(R, ["netops", "k.osei", "p.brandt"]), R.randint(10, 12), ip10(R, 60)))
    def n_loginfail(R): return sysl(R, pick(R, list(PAS)), "auth", "auth-fail", "", "medium", "failed authentication for user '%s'.  Reason: Invalid username/password. auth profile 'ldap-admins', From: %s." % (pick(R, ["admin", "p.brandt", "netops"]), ip10(R, 60)))
    def n_commit(R): return sysl(R, pick(R, list(PAS)), "general", "general", "", "informational", "Commit job succeeded for user %s (job %d)" % (pick(R, ["netops", "k.osei", "panorama"]), R.randint(1000, 9999)))
    def n_content(R): return sysl(R, pick(R, list(PAS)), "general", "general", "", "informational", "Installed %s version %d-%d" % (pick(R, ["contents package", "wildfire package", "GlobalProtect data file"]), R.randint(8900, 8950), R.randint(8000, 9000)))
    def n_p2ok(R): return sysl(R, pick(R, ["pa-brw-north", "pa-brw-east", "pa-brw-dock", "pa-fra1-a"]), "vpn", "ike-nego-p2-succ", pick(R, ["brw-north-hub", "brw-east-hub", "brw-dock-hub", "aws-tgw-vpn-t1"]), "informational", "IKE phase-2 negotiation is succeeded as initiator, quick mode. Established SA: 198.51.100.%d[500]-203.0.113.%d[500] message id:0x%s, SPI:0x%s/0x%s." % (R.randint(2, 20), R.randint(140, 160), hexs(R, 8).upper(), hexs(R, 8).upper(), hexs(R, 8).upper()))
    def n_tunup(R): return sysl(R, pick(R, ["pa-fra1-a", "pa-brw-east"]), "vpn", "tunnel-status", pick(R, ["aws-tgw-vpn-t1", "brw-east-hub"]), "informational", "Tunnel %s is up" % pick(R, ["aws-tgw-vpn-t1", "brw-east-hub"]))
    def n_ntp(R): return sysl(R, pick(R, list(PAS)), "ntpd", "ntpd-sync", "", "informational", "NTP sync to server %s" % ip10(R, 60, 1))
    def n_bgp(R): return sysl(R, pick(R, ["pa-fra1-a", "pa-fra1-b"]), "routing", "routed-bgp-peer-status", "vr-default", "informational", "BGP peer session %s (169.254.%d.%d) established" % (pick(R, ["aws-tgw-t1", "aws-tgw-t2", "dc-core"]), R.randint(80, 90), R.randint(1, 250)))
    def n_port_up(R): return sysl(R, pick(R, ["pa-brw-north", "pa-brw-east"]), "port", "link-change", "ethernet1/%d" % R.randint(3, 8), "informational", "Port ethernet1/%d: Up 1Gb/s-full duplex" % R.randint(3, 8))
    def n_ha_ok(R): return sysl(R, pick(R, ["pa-fra1-a", "pa-fra1-b"]), "ha", "connect-change", "", "informational", "HA Group 1: %s connection up" % pick(R, ["HA1", "HA1-backup", "HA2"]))
    def n_gp_ok(R): return sysl(R, pick(R, ["pa-fra1-a"]), "globalprotect", "globalprotectgateway-regist-succ", "GP-GW-N", "informational", "GlobalProtect gateway user login succeeded. Login from: %s, User name: %s, Client OS version: Microsoft Windows 11 Pro , 64-bit" % (ipdoc(R), pick(R, ["m.ferreira", "h.lindqvist", "t.ackroyd"])))
    def n_url(R):
        t = at(R)
        h = pick(R, list(PAS))
        return "%s %s 1,%s,%s,THREAT,url,2561,%s,%s,%s,0.0.0.0,0.0.0.0,allow-internet-brewery,,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,fwd-cortex,%s,%d,1,%d,443,0,0,0x8000,tcp,block-url,\"%s/\",(9999),%s,informational,client-to-server,%d" % (bsd(R, t), h, pts(t), PAS[h], pts(t), ip10(R, 41), ipdoc(R), pts(t), R.randint(10000, 999999), port(R), pick(R, ["games.example", "betting.example", "streaming-tv.example"]), pick(R, ["gambling", "games", "streaming-media"]), R.randint(10**9, 10**10))
    return [n_allow, n_start, n_deny, n_vuln, n_login, n_loginfail, n_commit, n_content, n_p2ok, n_tunup, n_ntp, n_bgp, n_port_up, n_ha_ok, n_gp_ok, n_url]


def fam_panos(R):
    return build(R, F1, [("pa-fra1-a-upstream-optic-ha-failover", pa_ha), ("aws-tgw-vpn-t2-phase1-timeout-old-cgw-ip", pa_vpn),
                         ("threat-prevention-license-expired", pa_license), ("globalprotect-portal-cert-expired", pa_gp_cert),
                         ("pa-brw-dock-session-table-full", pa_sessions), ("brewery-north-workstation-c2-beacon", pa_c2)], panos_negs())


# ---------------------------------------------------------------- fortigate-kv-branch-fleet
# "oakvale pharmacies": FortiGate 60F/40F at each shop and a 200F HA pair at HQ, FortiOS 7.4 key=value syslog.
F2 = "fortigate-kv-branch-fleet"
STORES = ["ovp-shop-%03d" % n for n in (104, 114, 131, 207, 219, 311, 322, 340)]
DEVID = {s: "FGT60F%s" % ("TK22%06d" % (i * 7919 % 999999)) for i, s in enumerate(STORES, 1)}
DEVID.update({"ovp-hq-fw-a": "FG200FT924900311", "ovp-hq-fw-b": "FG200FT924900388"})


def fg(R, dev, logid, typ, sub, level, rest):
    t = at(R)
    hh, mm, ss = (int(x) for x in t[1].split(":"))
    ev = EPOCH_NOV1 + (t[0] - 1) * 86400 + hh * 3600 + mm * 60 + ss
    return "date=2028-11-%02d time=%s devname=\"%s\" devid=\"%s\" eventtime=%d%s tz=\"+0000\" logid=\"%s\" type=\"%s\" subtype=\"%s\" level=\"%s\" vd=\"root\" %s" % (
        t[0], t[1], dev, DEVID[dev], ev, digits(R, 9), logid, typ, sub, level, rest)


def fg_psk(R):
    # HQ hub rotated its pre-shared key on 2028-11-03; shops 114, 131 and 219 were not updated
    dev = pick(R, ["ovp-shop-114", "ovp-shop-131", "ovp-shop-219"])
    cookie = "%s/%s" % (hexs(R, 16), "0000000000000000")
    r = R.random()
    if r < 0.55:
        return fg(R, dev, "0101037124", "event", "vpn", "error", "logdesc=\"IPsec phase 1 error\" msg=\"IPsec phase 1 error\" action=\"negotiate\" remip=198.51.100.1 locip=203.0.113.%d remport=500 locport=500 outintf=\"wan1\" cookies=\"%s\" user=\"N/A\" group=\"N/A\" useralt=\"N/A\" xauthuser=\"N/A\" xauthgroup=\"N/A\" assignip=N/A vpntunnel=\"hq-hub\" status=\"negotiate_error\" reason=\"probable pre-shared key mismatch\" peer_notif=\"NOT-APPLICABLE\"" % (R.randint(100, 200), cookie))
    if r < 0.85:
        return fg(R, dev, "0101037141", "event", "vpn", "notice", "logdesc=\"IPsec tunnel statistics\" msg=\"IPsec tunnel statistics\" action=\"tunnel-stats\" remip=198.51.100.1 locip=203.0.113.%d remport=500 locport=500 outintf=\"wan1\" vpntunnel=\"hq-hub\" tunnelip=N/A tunnelid=%d tunneltype=\"ipsec\" duration=0 sentbyte=0 rcvdbyte=0 nextstat=600 status=\"down\" reason=\"phase1 auth failed\"" % (R.randint(100, 200), R.randint(10**8, 10**9)))
    return fg(R, "ovp-hq-fw-a", "0101037124", "event", "vpn", "error", "logdesc=\"IPsec phase 1 error\" msg=\"IPsec phase 1 error\" action=\"negotiate\" remip=203.0.113.%d locip=198.51.100.1 remport=500 locport=500 outintf=\"port1\" cookies=\"%s\" vpntunnel=\"shop-dialup\" status=\"negotiate_error\" reason=\"authentication failure\" peer_notif=\"NOT-APPLICABLE\" peer=\"%s\"" % (R.randint(100, 200), cookie, dev))


def fg_conserve(R):
    dev = "ovp-shop-207"
    r = R.random()
    if r < 0.45:
        return fg(R, dev, "0100022011", "event", "system", "critical", "logdesc=\"Memory conserve mode entered\" service=\"kernel\" conserve=\"on\" total=%d used=%d red=%d green=%d msg=\"Kernel enters memory conserve mode\"" % (1917, R.randint(1680, 1760), 1687, 1572))
    if r < 0.75:
        return fg(R, dev, "0100022010", "event", "system", "alert", "logdesc=\"Fail-open triggered\" msg=\"IPS session fail-open: sessions passed without inspection while in conserve mode\" count=%d" % R.randint(100, 9000))
    return fg(R, dev, "0100022012", "event", "system", "critical", "logdesc=\"Memory usage high\" msg=\"Memory usage %d%%, proxy daemon wad restarted\" mem=%d" % (R.randint(88, 97), R.randint(88, 97)))


def fg_license(R):
    dev = pick(R, STORES)
    r = R.random()
    if r < 0.4:
        return fg(R, dev, "0100020102", "event", "update", "critical", "logdesc=\"FortiGuard license expired\" msg=\"FortiGuard Web Filtering license has expired\" service=\"wf\" expiry=\"2028-11-02\"")
    return fg(R, dev, "0316013056", "utm", "webfilter", "warning", "eventtype=\"ftgd_err\" policyid=%d sessionid=%d srcip=%s srcport=%d srcintf=\"internal\" dstip=%s dstport=443 dstintf=\"wan1\" proto=6 service=\"HTTPS\" hostname=\"%s\" profile=\"shop-web\" action=\"blocked\" reqtype=\"direct\" url=\"https://%s/\" sentbyte=%d rcvdbyte=0 direction=\"outgoing\" msg=\"A rating error occurs\" error=\"license expired\"" % (R.randint(2, 5), R.randint(10**6, 10**7), ip10(R, int(dev[-3:]) % 200, 1), port(R), ipdoc(R), pick(R, ["nhs-eprescribe.example", "wholesaler-portal.example", "pos-updates.example", "mail.oakvale.example"]), pick(R, ["nhs-eprescribe.example", "wholesaler-portal.example", "pos-updates.example"]), R.randint(300, 900)))


def fg_wan(R):
    dev = "ovp-shop-311"
    r = R.random()
    if r < 0.4:
        return fg(R, dev, "0113022923", "event", "sdwan", "notice", "logdesc=\"SDWAN status\" eventtype=\"Health Check\" healthcheck=\"isp_ping\" slatargetid=1 oldvalue=\"alive\" newvalue=\"dead\" msg=\"SD-WAN health check member wan1 state changed from alive to dead, loss %d%%\" interface=\"wan1\" member=\"1\"" % 100)
    if r < 0.7:
        return fg(R, dev, "0100020099", "event", "system", "warning", "logdesc=\"Link monitor status\" name=\"isp_ping\" interface=\"wan1\" probeproto=\"ping\" msg=\"Link Monitor changed state from alive to dead, protocol: ping.\" status=\"die\" server=\"192.0.2.1\"")
    return fg(R, dev, "0100020099", "event", "system", "warning", "logdesc=\"Link monitor status\" name=\"isp_ping\" interface=\"wan1\" msg=\"Link Monitor isp_ping: wan1 still dead for %d minutes, traffic on LTE backup wwan\" status=\"die\"" % R.randint(15, 600))


def fg_ha(R):
    dev = pick(R, ["ovp-hq-fw-a", "ovp-hq-fw-b"])
    r = R.random()
    if r < 0.5:
        return fg(R, dev, "0108037901", "event", "ha", "warning", "logdesc=\"HA device out of sync\" msg=\"configuration is not synchronized with peer %s\" sn=\"%s\" checksum_local=\"%s\" checksum_peer=\"%s\"" % ("ovp-hq-fw-b" if dev == "ovp-hq-fw-a" else "ovp-hq-fw-a", DEVID["ovp-hq-fw-b" if dev == "ovp-hq-fw-a" else "ovp-hq-fw-a"], hexs(R, 32), hexs(R, 32)))
    return fg(R, dev, "0108037899", "event", "ha", "critical", "logdesc=\"HA sync failed\" msg=\"HA config sync failed: object 'firewall.address/rx-portal-%d' rejected by peer, sync aborted\" vcluster=1" % R.randint(1, 9))


def forti_negs():
    def n_fwd(R):
        dev = pick(R, STORES)
        return fg(R, dev, "0000000013", "traffic", "forward", "notice", "srcip=%s srcport=%d srcintf=\"internal\" srcintfrole=\"lan\" dstip=%s dstport=%d dstintf=\"wan1\" dstintfrole=\"wan\" srccountry=\"Reserved\" dstcountry=\"United Kingdom\" sessionid=%d proto=6 action=\"%s\" policyid=%d policytype=\"policy\" service=\"%s\" trandisp=\"snat\" transip=203.0.113.%d transport=%d duration=%d sentbyte=%d rcvdbyte=%d sentpkt=%d rcvdpkt=%d appcat=\"unscanned\"" % (
            ip10(R, int(dev[-3:]) % 200, 1), port(R), ipdoc(R), 443, R.randint(10**6, 10**7), pick(R, ["close", "timeout", "server-rst", "client-rst"]), R.randint(2, 5), "HTTPS", R.randint(100, 200), port(R), R.randint(1, 600), R.randint(400, 90000), R.randint(400, 900000), R.randint(3, 90), R.randint(3, 900)))
    def n_deny(R):
        dev = pick(R, STORES)
        return fg(R, dev, "0000000013", "traffic", "forward", "notice", "srcip=%s srcport=%d srcintf=\"guest\" srcintfrole=\"lan\" dstip=%s dstport=%d dstintf=\"internal\" dstintfrole=\"lan\" sessionid=%d proto=6 action=\"deny\" policyid=0 policytype=\"policy\" service=\"%s\" trandisp=\"noop\" duration=0 sentbyte=0 rcvdbyte=0 sentpkt=0 appcat=\"unscanned\" crscore=30 craction=131072 crlevel=\"high\"" % (ip10(R, 172 % 200, 16), port(R), ip10(R, int(dev[-3:]) % 200, 1), pick(R, [445, 139, 3389, 9100]), R.randint(10**6, 10**7), pick(R, ["SMB", "SAMBA", "RDP", "tcp/9100"])))
    def n_localin(R): return fg(R, pick(R, STORES), "0001000014", "traffic", "local", "notice", "srcip=%s srcport=%d srcintf=\"wan1\" srcintfrole=\"wan\" dstip=203.0.113.%d dstport=%d dstintf=\"root\" dstintfrole=\"undefined\" sessionid=%d proto=6 action=\"deny\" policyid=0 policytype=\"local-in-policy\" service=\"%s\" trandisp=\"noop\" app=\"%s\" duration=0 sentbyte=0 rcvdbyte=0" % (ipdoc(R), port(R), R.randint(100, 200), pick(R, [22, 23, 8443, 161]), R.randint(10**6, 10**7), pick(R, ["SSH", "TELNET", "tcp/8443", "SNMP"]), pick(R, ["SSH", "TELNET", "tcp/8443", "SNMP"])))
    def n_admin(R): return fg(R, pick(R, STORES + ["ovp-hq-fw-a"]), "0100032001", "event", "system", "information", "logdesc=\"Admin login successful\" sn=\"%d\" user=\"%s\" ui=\"https(%s)\" method=\"https\" srcip=%s dstip=%s action=\"login\" status=\"success\" reason=\"none\" profile=\"super_admin\" msg=\"Administrator %s logged in successfully from https(%s)\"" % (epoch(R), *(lambda u, ip: (u, ip, ip, "10.0.0.1", u, ip))(pick(R, ["netops", "d.okafor", "fortimanager"]), ip10(R, 0, 50))))
    def n_admin_fail(R):
        ip = ipdoc(R)
        u = pick(R, ["admin", "root", "support"])
        return fg(R, pick(R, STORES), "0100032002", "event", "system", "alert", "logdesc=\"Admin login failed\" sn=\"0\" user=\"%s\" ui=\"ssh(%s)\" method=\"ssh\" srcip=%s dstip=203.0.113.%d action=\"login\" status=\"failed\" reason=\"name_invalid\" msg=\"Administrator %s login failed from ssh(%s) because of invalid user name\"" % (u, ip, ip, R.randint(100, 200), u, ip))
    def n_cfg(R): return fg(R, pick(R, STORES + ["ovp-hq-fw-a"]), "0100044547", "event", "system", "information", "logdesc=\"Object attribute configured\" user=\"%s\" ui=\"%s\" action=\"Edit\" cfgtid=%d cfgpath=\"%s\" cfgobj=\"%s\" cfgattr=\"%s\" msg=\"Edit %s %s\"" % (*(lambda u: (u,))(pick(R, ["fortimanager", "netops"])), pick(R, ["FortiManager", "GUI(10.0.50.4)"]), R.randint(10**6, 10**8), pick(R, ["firewall.address", "firewall.policy", "system.interface"]), str(R.randint(2, 40)), pick(R, ["comments[]->[change CHG%s]" % digits(R, 5), "status[disable->enable]", "schedule[always->shop-hours]"]), pick(R, ["firewall.address", "firewall.policy"]), str(R.randint(2, 40))))
    def n_tun_up(R):
        dev = pick(R, ["ovp-shop-104", "ovp-shop-207", "ovp-shop-311", "ovp-shop-322", "ovp-shop-340"])
        return fg(R, dev, "0101037138", "event", "vpn", "notice", "logdesc=\"IPsec connection status changed\" msg=\"IPsec connection status change\" action=\"tunnel-up\" remip=198.51.100.1 locip=203.0.113.%d remport=4500 locport=4500 outintf=\"wan1\" vpntunnel=\"hq-hub\" tunnelip=N/A tunnelid=%d tunneltype=\"ipsec\" duration=0 sentbyte=0 rcvdbyte=0" % (R.randint(100, 200), R.randint(10**8, 10**9)))
    def n_p2(R):
        dev = pick(R, ["ovp-shop-104", "ovp-shop-207", "ovp-shop-322", "ovp-shop-340"])
        return fg(R, dev, "0101037129", "event", "vpn", "notice", "logdesc=\"IPsec phase 2 status changed\" msg=\"IPsec phase 2 status change\" action=\"phase2-up\" remip=198.51.100.1 locip=203.0.113.%d remport=4500 locport=4500 outintf=\"wan1\" cookies=\"%s/%s\" vpntunnel=\"hq-hub\" phase2_name=\"hq-hub-p2\" status=\"success\" init=\"local\" mode=\"quick_mode\" dir=\"outbound\" stage=1 role=\"initiator\" result=\"OK\"" % (R.randint(100, 200), hexs(R, 16), hexs(R, 16)))
    def n_sla_ok(R): return fg(R, pick(R, STORES[:5] + STORES[6:]), "0113022923", "event", "sdwan", "notice", "logdesc=\"SDWAN status\" eventtype=\"SLA\" healthcheck=\"isp_ping\" slatargetid=1 latency=\"%.3f\" jitter=\"%.3f\" packetloss=\"0.000\" interface=\"wan1\" member=\"1\" msg=\"Health Check SLA status.\"" % (R.uniform(4, 30), R.uniform(0.1, 3)))
    def n_dhcp(R):
        dev = pick(R, STORES)
        return fg(R, dev, "0100026001", "event", "system", "information", "logdesc=\"DHCP Ack log\" interface=\"internal\" dhcp_msg=\"Ack\" mac=\"%s\" ip=%s lease=86400 hostname=\"%s\" msg=\"DHCP server sends a DHCPACK\"" % (":".join(hexs(R, 2).upper() for _ in range(6)), ip10(R, int(dev[-3:]) % 200, 1), pick(R, ["POS-%02d" % R.randint(1, 4), "DISPENSER-1", "TILL-%02d" % R.randint(1, 3), "BACKOFFICE-PC"])))
    def n_update(R): return fg(R, pick(R, STORES + ["ovp-hq-fw-a"]), "0100041000", "event", "update", "notice", "logdesc=\"FortiGuard update succeeded\" status=\"update\" msg=\"Fortigate scheduled update fcni=yes fdni=yes fsci=yes ips=%d.%05d av=%d.%05d\"" % (R.randint(29, 30), R.randint(100, 999), R.randint(92, 93), R.randint(100, 999)))
    def n_ips_block(R):
        dev = pick(R, STORES)
        return fg(R, dev, "0419016384", "utm", "ips", "alert", "eventtype=\"signature\" severity=\"high\" srcip=%s srccountry=\"Reserved\" dstip=203.0.113.%d srcintf=\"wan1\" dstintf=\"root\" sessionid=%d action=\"dropped\" proto=6 service=\"HTTPS\" policyid=0 attack=\"%s\" srcport=%d dstport=443 direction=\"outgoing\" attackid=%d profile=\"default\" ref=\"http://www.fortinet.com/ids/VID%d\" msg=\"web_server: %s\"" % (ipdoc(R), R.randint(100, 200), R.randint(10**6, 10**7), *(lambda a: (a, port(R), R.randint(10000, 99999), R.randint(10000, 99999), a))(pick(R, ["FortiOS.SSL.VPN.Heap.Buffer.Overflow", "HTTP.URI.SQL.Injection", "Apache.Log4j.Error.Log.Remote.Code.Execution"]))))
    def n_wf_ok(R):
        dev = pick(R, ["ovp-hq-fw-a"])
        return fg(R, dev, "0317013312", "utm", "webfilter", "notice", "eventtype=\"ftgd_allow\" policyid=%d sessionid=%d srcip=%s srcport=%d dstip=%s dstport=443 proto=6 service=\"HTTPS\" hostname=\"%s\" profile=\"hq-web\" action=\"passthrough\" url=\"https://%s/\" cat=%d catdesc=\"%s\"" % (R.randint(2, 9), R.randint(10**6, 10**7), ip10(R, 0, 60), port(R), ipdoc(R), *(lambda h: (h, h))(pick(R, ["wholesaler-portal.example", "mail.oakvale.example", "gov-health.example"])), R.randint(30, 60), pick(R, ["Business", "Health and Wellness", "Information Technology"])))
    def n_ha_hb(R): return fg(R, pick(R, ["ovp-hq-fw-a", "ovp-hq-fw-b"]), "0108037892", "event", "ha", "information", "logdesc=\"HA heartbeat interface up\" msg=\"Heartbeat %s up\" ha_role=\"%s\"" % (pick(R, ["port9", "port10"]), pick(R, ["master", "slave"])))
    def n_wan_up(R): return fg(R, pick(R, ["ovp-shop-104", "ovp-shop-219", "ovp-shop-340"]), "0100020099", "event", "system", "information", "logdesc=\"Link monitor status\" name=\"isp_ping\" interface=\"wan1\" probeproto=\"ping\" msg=\"Link Monitor changed state from dead to alive, protocol: ping.\" status=\"alive\" server=\"192.0.2.1\" downtime=%d" % R.randint(20, 240))
    def n_sslvpn(R): return fg(R, "ovp-hq-fw-a", "0101039947", "event", "vpn", "information", "logdesc=\"SSL VPN tunnel up\" action=\"tunnel-up\" tunneltype=\"ssl-tunnel\" tunnelid=%d remip=%s user=\"%s\" group=\"pharmacists\" dst_host=\"N/A\" reason=\"tunnel established\" msg=\"SSL tunnel established\"" % (R.randint(10**8, 10**9), ipdoc(R), pick(R, ["a.pillai", "r.dunmore", "c.obi", "locum-%02d" % R.randint(1, 30)])))
    return [n_fwd, n_deny, n_localin, n_admin, n_admin_fail, n_cfg, n_tun_up, n_p2, n_sla_ok, n_dhcp, n_update, n_ips_block, n_wf_ok, n_ha_hb, n_wan_up, n_sslvpn]


def fam_forti(R):
    return build(R, F2, [("hq-hub-psk-rotated-shops-not-updated", fg_psk), ("shop-207-memory-conserve-mode", fg_conserve),
                         ("fortiguard-webfilter-license-expired", fg_license), ("shop-311-wan1-isp-circuit-down", fg_wan),
                         ("hq-ha-pair-config-out-of-sync", fg_ha)], forti_negs())


FAMILIES = {F1: fam_panos, F2: fam_forti}
