"""Families: cisco-iosxe-nxos-dc-wan-syslog, junos-mx-srx-edge-syslog."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    at, ms, bsd, epoch, mac)

# ---------------------------------------------------------------- cisco-iosxe-nxos-dc-wan-syslog
# "harlowmere freight": IOS-XE WAN/Direct Connect routers and NX-OS leaf/spine switches in two sites
# (dub1 colo, lhr2 office), logging to an rsyslog collector on EC2 whose files the CloudWatch agent ships.
# Each event: collector's RFC 3164 header + the device's own message.
F1 = "cisco-iosxe-nxos-dc-wan-syslog"
IOS = ["rtr-dx-01.dub1", "rtr-dx-02.dub1", "rtr-wan-01.lhr2", "rtr-wan-02.lhr2", "rtr-inet-01.dub1", "sw-acc-03.lhr2", "sw-acc-04.lhr2"]
NX = ["nx-leaf-01.dub1", "nx-leaf-02.dub1", "nx-leaf-03.dub1", "nx-leaf-04.dub1", "nx-spine-01.dub1", "nx-spine-02.dub1"]
DOM = ".hmf.internal"


def ios(R, host, msg):
    t = at(R)
    msg = msg.replace("%%", "%").replace("{T}", "%s UTC Nov %d 2028" % (t[1], t[0]))
    return "%s %s%s %s: %s %2d %s.%s UTC: %s" % (bsd(R, t), host, DOM, R.randint(10000, 999999), "Nov", t[0], t[1], t[2], msg)


def nx(R, host, msg):
    t = at(R)
    return "%s %s%s : 2028 Nov %2d %s UTC: %s" % (bsd(R, t), host, DOM, t[0], t[1], msg.replace("%%", "%"))


def c_dx_bgp(R):
    # DX private VIF 412 on rtr-dx-01 (cross-connect with errors): BGP to the DX gateway keeps timing out
    nb = "169.254.41.1"
    host = "rtr-dx-01.dub1"
    r = R.random()
    if r < 0.3:
        return ios(R, host, "%%BGP-3-NOTIFICATION: sent to neighbor %s 4/0 (hold time expired) 0 bytes" % nb)
    if r < 0.55:
        return ios(R, host, "%%BGP-5-ADJCHANGE: neighbor %s Down BGP Notification sent" % nb)
    if r < 0.7:
        return ios(R, host, "%%BGP_SESSION-5-ADJCHANGE: neighbor %s IPv4 Unicast topology base removed from session  BGP Notification sent" % nb)
    if r < 0.85:
        return ios(R, host, "%%LINEPROTO-5-UPDOWN: Line protocol on Interface TenGigabitEthernet0/1/0.412, changed state to down")
    return ios(R, host, "%%BFD-6-BFD_SESS_DESTROYED: BFD-SYSLOG: bfd_session_destroyed,  ld:%d neigh proc:BGP, handle:%d,active" % (R.randint(4097, 4120), R.randint(1, 9)))


def c_psu(R):
    host = "nx-leaf-04.dub1"
    sn = "LIT2841EX9Q"
    r = R.random()
    if r < 0.45:
        return nx(R, host, "%%PLATFORM-2-PS_FAIL: Power supply 2 failed or shut down (Serial number %s)" % sn)
    if r < 0.7:
        return nx(R, host, "%PLATFORM-2-PS_RED_MODE_CHG: Power redundancy operational mode changed to non-redundant")
    if r < 0.85:
        return nx(R, host, "%%PLATFORM-2-PS_CAPACITY_CHANGE: Power supply PS2 changed its capacity. possibly due to On/Off or power cable removal/insertion (Serial number %s)" % sn)
    return nx(R, host, "%%PLATFORM-1-PFM_ALERT: Power supply 2 fault, input voltage %dV out of range" % R.randint(0, 12))


def c_ospf_mtu(R):
    # new WAN link Gi0/0/2 between rtr-wan-01 and rtr-wan-02 has MTU 9000 on one side, 1500 on the other
    side = R.random() < 0.6
    host, nb, intf = ("rtr-wan-01.lhr2", "10.255.0.2", "GigabitEthernet0/0/2") if side else ("rtr-wan-02.lhr2", "10.255.0.1", "GigabitEthernet0/0/2")
    r = R.random()
    if r < 0.55:
        return ios(R, host, "%%OSPF-5-ADJCHG: Process 10, Nbr %s on %s from %s to DOWN, Neighbor Down: Too many retransmissions" % (nb, intf, pick(R, ["EXSTART", "EXCHANGE"])))
    if r < 0.8:
        return ios(R, host, "%%OSPF-5-ADJCHG: Process 10, Nbr %s on %s from DOWN to EXSTART, 2-Way Received; stuck %d s" % (nb, intf, R.randint(120, 900)))
    return ios(R, host, "%%OSPF-4-ERRRCV: Received invalid packet: mismatched MTU in database description packet from %s, interface MTU %d, local MTU 1500 on %s" % (nb, 9000, intf))


def c_tcam(R):
    host = pick(R, ["nx-leaf-01.dub1", "nx-leaf-02.dub1"])
    acl = "ACL-PCI-SEGMENT-V%d" % R.randint(41, 44)
    r = R.random()
    if r < 0.5:
        return nx(R, host, "%%ACLQOS-SLOT1-2-ACLQOS_OOTR: Tcam resource exhausted while installing ACL %s on Vlan%d" % (acl, R.choice([310, 311, 312])))
    if r < 0.8:
        return nx(R, host, "%%ACLMGR-3-ACLMGR_VERIFY_FAIL: Verify failed: client %d, TCAM resource unavailable for ingress-racl region (used %d/%d)" % (R.randint(200, 400), 1024, 1024))
    return nx(R, host, "%%VSHD-3-VSHD_SYSLOG_CONFIG_FAILED: Configuration of ip access-group %s in on Vlan%d failed: ERROR: Tcam will be over used, please enable bank chaining and/or turn off atomic update" % (acl, R.choice([310, 311, 312])))


def c_mem(R):
    host = "rtr-inet-01.dub1"
    r = R.random()
    if r < 0.45:
        return ios(R, host, "%%SYS-2-MALLOCFAIL: Memory allocation of %d bytes failed from 0x%s, alignment 0 \nPool: Processor  Free: %d  Cause: Not enough free memory \nAlternate Pool: None  Free: 0  Cause: No Alternate pool \n -Process= \"BGP Router\", ipl= 0, pid= %d" % (pick(R, [65536, 131072, 36504]), hexs(R, 8), R.randint(9000, 60000), R.randint(400, 460)))
    if r < 0.7:
        return ios(R, host, "%%SYS-3-CPUHOG: Task is running for (%d)msecs, more than (2000)msecs (%d/%d),process = BGP Scanner." % (R.randint(2001, 9000), R.randint(0, 20), R.randint(0, 20)))
    if r < 0.85:
        return ios(R, host, "%%BGP-3-BGP_NO_REMOVE: BGP could not allocate memory for %d prefixes from neighbor %s (AS 64500); table %d prefixes" % (R.randint(200, 9000), "198.51.100.9", R.randint(960000, 990000)))
    return ios(R, host, "%%PLATFORM-4-ELEMENT_WARNING: R0/0: smand: RP/0: Used Memory value %d%% exceeds warning level 88%%" % R.randint(93, 99))


def cisco_negs():
    def n_cfg(R): return ios(R, pick(R, IOS), "%%SYS-5-CONFIG_I: Configured from console by %s on vty%d (%s)" % (pick(R, ["netops", "a.kowal", "j.meredith"]), R.randint(0, 4), ip10(R, 20)))
    def n_login(R): return ios(R, pick(R, IOS), "%%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: %s] [Source: %s] [localport: 22] at {T}" % (pick(R, ["netops", "a.kowal", "j.meredith", "svc-backup"]), ip10(R, 20)))
    def n_loginfail(R): return ios(R, pick(R, IOS), "%%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: %s] [Source: %s] [localport: 22] [Reason: Login Authentication Failed] at {T}" % (pick(R, ["admin", "netops", "root"]), ip10(R, 20)))
    def n_link(R):
        p = "GigabitEthernet1/0/%d" % R.randint(1, 48)
        return ios(R, pick(R, ["sw-acc-03.lhr2", "sw-acc-04.lhr2"]), "%%LINK-3-UPDOWN: Interface %s, changed state to %s" % (p, pick(R, ["down", "up"])))
    def n_lineproto(R):
        p = "GigabitEthernet1/0/%d" % R.randint(1, 48)
        return ios(R, pick(R, ["sw-acc-03.lhr2", "sw-acc-04.lhr2"]), "%%LINEPROTO-5-UPDOWN: Line protocol on Interface %s, changed state to %s" % (p, pick(R, ["down", "up"])))
    def n_auth(R): return ios(R, pick(R, ["sw-acc-03.lhr2", "sw-acc-04.lhr2"]), "%%SESSION_MGR-5-SUCCESS: Authorization succeeded for client (%s) on Interface Gi1/0/%d AuditSessionID %s" % (mac(R), R.randint(1, 48), upper(R, 24)))
    def n_poe(R): return ios(R, pick(R, ["sw-acc-03.lhr2", "sw-acc-04.lhr2"]), "%%ILPOWER-5-POWER_GRANTED: Interface Gi1/0/%d: Power granted" % R.randint(1, 48))
    def n_ntp(R): return nx(R, pick(R, NX), "%%NTP-6-NTP_SYSLOG_SYNC: Synchronized to peer %s, stratum %d, offset %.3f ms" % (ip10(R, 20, 5), R.randint(2, 3), R.uniform(-3, 3)))
    def n_ntp_ios(R): return ios(R, pick(R, IOS), "%%NTP-5-PEERSYNC: NTP synced to peer %s" % ip10(R, 20, 5))
    def n_bgp_up(R): return ios(R, pick(R, ["rtr-dx-01.dub1", "rtr-dx-02.dub1", "rtr-inet-01.dub1"]), "%%BGP-5-ADJCHANGE: neighbor %s Up " % pick(R, ["169.254.41.1", "169.254.42.5", "198.51.100.9", "10.20.0.%d" % R.randint(1, 9)]))
    def n_ospf_full(R): return ios(R, pick(R, ["rtr-wan-01.lhr2", "rtr-wan-02.lhr2"]), "%%OSPF-5-ADJCHG: Process 10, Nbr 10.255.%d.%d on GigabitEthernet0/0/%d from LOADING to FULL, Loading Done" % (R.randint(1, 9), R.randint(1, 9), R.choice([0, 1, 3])))
    def n_if_up(R): return nx(R, pick(R, NX), "%%ETHPORT-5-IF_UP: Interface Ethernet1/%d is up in mode %s" % (R.randint(1, 48), pick(R, ["access", "trunk"])))
    def n_if_down_admin(R): return nx(R, pick(R, NX), "%%ETHPORT-5-IF_DOWN_ADMIN_DOWN: Interface Ethernet1/%d is down (Administratively down)" % R.randint(1, 48))
    def n_vshd(R): return nx(R, pick(R, NX), "%%VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by %s on %s@pts/%d" % (pick(R, ["netops", "a.kowal", "ansible"]), ip10(R, 20), R.randint(0, 5)))
    def n_cmd(R): return ios(R, pick(R, IOS), "%%PARSER-5-CFGLOG_LOGGEDCMD: User:%s  logged command:%s" % (pick(R, ["netops", "ansible", "a.kowal"]), pick(R, ["interface GigabitEthernet1/0/%d" % R.randint(1, 48), "description user-%s" % lower(R, 5), "switchport access vlan %d" % R.randint(100, 140), "no shutdown", "ip route 10.%d.0.0 255.255.0.0 10.20.0.1" % R.randint(60, 90)])))
    def n_archive(R): return ios(R, pick(R, IOS), "%%ARCHIVE_DIFF-5-ROLLBK_CNFMD_CHG_ACK: User: %s: Confirm the configuration change" % pick(R, ["netops", "ansible"])) if R.random() < 0.3 else ios(R, pick(R, IOS), "%%SYS-6-PRIVCFG_ENCRYPT_SUCCESS: Successfully encrypted private config file")
    def n_logging(R): return ios(R, pick(R, IOS), "%%SYS-6-LOGGINGHOST_STARTSTOP: Logging to host %s port 514 started - CLI initiated" % ip10(R, 20, 7))
    def n_bpdu(R):
        p = "Gi1/0/%d" % R.randint(1, 48)
        return ios(R, pick(R, ["sw-acc-03.lhr2", "sw-acc-04.lhr2"]), "%%PM-4-ERR_DISABLE: bpduguard error detected on %s, putting %s in err-disable state" % (p, p))
    def n_ssh(R): return ios(R, pick(R, IOS), "%%SSH-5-SSH2_SESSION: SSH2 Session request from %s (tty = %d) using crypto cipher 'aes256-gcm', hmac 'hmac-sha2-256' Succeeded" % (ip10(R, 20), R.randint(0, 4)))
    def n_pam(R): return nx(R, pick(R, NX), "%%DAEMON-3-SYSTEM_MSG: error: PAM: Authentication failure for illegal user %s from %s - dcos_sshd[%d]" % (pick(R, ["test", "oracle", "ubnt", "guest"]), ip10(R, 20), R.randint(1000, 30000)))
    def n_dx_flap_other(R): return ios(R, "rtr-dx-02.dub1", "%%BFD-6-BFD_SESS_CREATED: BFD-SYSLOG: bfd_session_created, neigh %s proc:BGP, idb:TenGigabitEthernet0/1/0.%d handle:%d act" % (pick(R, ["169.254.42.5", "169.254.43.9"]), pick(R, [413, 414]), R.randint(1, 9)))
    def n_psu_ok(R): return nx(R, pick(R, ["nx-leaf-01.dub1", "nx-leaf-02.dub1", "nx-leaf-03.dub1", "nx-spine-01.dub1"]), "%%PLATFORM-5-PS_STATUS: PowerSupply %d current-status is PS_OK" % R.randint(1, 2))
    def n_lacp(R): return nx(R, pick(R, NX), "%%ETH_PORT_CHANNEL-5-PORT_UP: port-channel%d: Ethernet1/%d is up" % (R.randint(10, 40), R.randint(49, 54)))
    return [n_cfg, n_login, n_loginfail, n_link, n_lineproto, n_auth, n_poe, n_ntp, n_ntp_ios, n_bgp_up, n_ospf_full, n_if_up, n_if_down_admin,
            n_vshd, n_cmd, n_archive, n_logging, n_bpdu, n_ssh, n_pam, n_dx_flap_other, n_psu_ok, n_lacp]


def fam_cisco(R):
    return build(R, F1, [("dx-vif412-bgp-hold-timer-expiry-rtr-dx-01", c_dx_bgp), ("nx-leaf-04-power-supply-2-failed", c_psu),
                         ("ospf-mtu-mismatch-new-wan-link-lhr2", c_ospf_mtu), ("nx-leaf-racl-tcam-exhausted-pci-acl", c_tcam),
                         ("rtr-inet-01-full-table-memory-exhausted", c_mem)], cisco_negs())


# ---------------------------------------------------------------- junos-mx-srx-edge-syslog
# "pellbridge utilities": an MX204 edge router (mx-edge-01) with two transit ISPs, an SRX345 chassis cluster
# (srx-dc-a/b) at the head office and SRX300s at depots; structured-ish Junos syslog as written by the collector.
F2 = "junos-mx-srx-edge-syslog"
SRX = ["srx-dc-a.pbu", "srx-dc-b.pbu", "srx-depot-07.pbu", "srx-depot-11.pbu", "srx-depot-14.pbu"]
ALLH = SRX + ["mx-edge-01.pbu"]


def jl(R, host, proc, msg):
    return "%s %s %s: %s" % (bsd(R), host, proc if proc.endswith("]") or proc in ("/kernel", "RT_FLOW") else "%s[%d]" % (proc, R.randint(1200, 9800)), msg)


def j_ike(R):
    # partner "orion" moved to IKEv2 with AES-GCM/DH20; our gateway still offers AES-CBC/DH14
    peer = "203.0.113.77"
    r = R.random()
    if r < 0.5:
        return jl(R, "srx-dc-a.pbu", "kmd", "IKE negotiation failed with error: No proposal chosen. IKE Version: 2, VPN: vpn-orion-billing Gateway: gw-orion, Local: 198.51.100.2/500, Remote: %s/500, Local IKE-ID: 198.51.100.2, Remote IKE-ID: Not-Available, VR-ID: 0, Role: %s" % (peer, pick(R, ["Initiator", "Responder"])))
    if r < 0.8:
        return jl(R, "srx-dc-a.pbu", "kmd", "KMD_VPN_DOWN_ALARM_USER: VPN vpn-orion-billing from %s is down. Local-ip: 198.51.100.2, gateway name: gw-orion, vpn name: vpn-orion-billing, tunnel-id: %d, local tunnel-if: st0.3, remote tunnel-ip: Not-Available, Local IKE-ID: Not-Available, Remote IKE-ID: Not-Available, AAA username: Not-Applicable, VR id: 0, Traffic-selector: , Traffic-selector local ID: Not-Available, Traffic-selector remote ID: Not-Available, SA Type: Static" % (peer, 131073))
    return jl(R, "srx-dc-a.pbu", "kmd", "KMD_PM_SA_ESTABLISH_FAILED: Phase-1 negotiation with %s failed (%d attempts); no matching proposal (local: aes256-cbc/sha256/group14, peer offered: aes256-gcm/group20)" % (peer, R.randint(3, 40)))


def j_fan(R):
    host = "mx-edge-01.pbu"
    r = R.random()
    if r < 0.35:
        return jl(R, host, "alarmd", "Alarm set: Fan Tray color=RED, class=CHASSIS, reason=Fan Tray 0 Fan %d Failure" % 2)
    if r < 0.6:
        return jl(R, host, "craftd", " Major alarm set, Fan Tray 0 Fan 2 Failure")
    if r < 0.8:
        return jl(R, host, "chassisd", "CHASSISD_FAN_FAILED: Fan Tray 0 Fan 2 stopped spinning (rpm 0, expected > %d)" % R.randint(5200, 5600))
    return jl(R, host, "chassisd", "CHASSISD_BLOWERS_SPEED_FULL: Fans and impellers being set to full speed [fan failure], temperature FPC 0 %d degrees C" % R.randint(52, 68))


def j_transit(R):
    # ISP-A circuit on xe-0/1/0 keeps taking errors; the eBGP session to it drops on hold timer
    host = "mx-edge-01.pbu"
    nb = "198.51.100.9"
    r = R.random()
    if r < 0.35:
        return jl(R, host, "rpd", "BGP_NEIGHBOR_STATE_CHANGED: BGP peer %s (External AS 64500) changed state from Established to Idle (event HoldTime) (instance master)" % nb)
    if r < 0.6:
        return jl(R, host, "rpd", "bgp_hold_timeout:4035: NOTIFICATION sent to %s (External AS 64500): code 4 (Hold Timer Expired Error), Reason: holdtime expired for %s (External AS 64500), socket buffer sndcc: 0 rcvcc: 0 TCP state: 4, snd_una: %d snd_nxt: %d snd_wnd: 16384 rcv_nxt: %d rcv_adv: %d, hold timer 0" % (nb, nb, R.randint(10**8, 10**9), R.randint(10**8, 10**9), R.randint(10**8, 10**9), R.randint(10**8, 10**9)))
    if r < 0.82:
        return jl(R, host, "mib2d", "SNMP_TRAP_LINK_DOWN: ifIndex %d, ifAdminStatus up(1), ifOperStatus down(2), ifName xe-0/1/0" % 527)
    return jl(R, host, "/kernel", "xe-0/1/0: LFS: local fault, remote fault; PCS errored blocks %d, BER alarm set" % R.randint(40, 9000))


def j_sessions(R):
    host = pick(R, ["srx-depot-07.pbu", "srx-depot-07.pbu", "srx-depot-11.pbu"])
    r = R.random()
    if r < 0.5:
        return jl(R, host, "flowd_octeon_hm", "FLOW_SESSION_LIMIT_REACHED: Session table full (%d/%d), new sessions dropped, %d drops in last 60 seconds" % (65536, 65536, R.randint(200, 40000)))
    if r < 0.8:
        return jl(R, host, "flowd_octeon_hm", "FLOW_HIGH_WATERMARK_TRIGGERED: Sessions usage reached high watermark: %d%% (%d sessions), top source 10.%d.%d.%d" % (R.randint(98, 100), R.randint(64200, 65536), 7 if "07" in host else 11, R.randint(1, 9), R.randint(2, 254)))
    return jl(R, host, "RT_FLOW", "RT_SCREEN_SESSION_LIMIT: session-limit[source-ip-based] exceeded for 10.%d.%d.%d, %d sessions dropped" % (7 if "07" in host else 11, R.randint(1, 9), R.randint(2, 254), R.randint(100, 9000)))


def j_license(R):
    host = pick(R, ["srx-dc-a.pbu", "srx-dc-b.pbu"])
    r = R.random()
    if r < 0.4:
        return jl(R, host, "license-check", "LICENSE_EXPIRED: License for feature idp-sig(%d) expired" % 20)
    if r < 0.75:
        return jl(R, host, "idpd", "IDP_SECURITY_INSTALL_RESULT: security package download failed: license for idp-sig is not installed or has expired (current version %d, available %d)" % (3701, R.randint(3702, 3725)))
    return jl(R, host, "alarmd", "Alarm set: License color=YELLOW, class=CHASSIS, reason=License for feature idp-sig(20) expired")


def junos_negs():
    def flow_tuple(R):
        s, d = ip10(R, pick(R, [7, 11, 14, 30])), ipdoc(R)
        sp, dp = port(R), pick(R, [443, 443, 80, 53, 123])
        return s, d, sp, dp
    def n_create(R):
        s, d, sp, dp = flow_tuple(R)
        app = {443: "junos-https", 80: "junos-http", 53: "junos-dns-udp", 123: "junos-ntp"}[dp]
        return jl(R, pick(R, SRX), "RT_FLOW", "RT_FLOW_SESSION_CREATE: session created %s/%d->%s/%d 0x0 %s 198.51.100.%d/%d->%s/%d 0x0 source rule snat-internet N/A N/A %d allow-internet trust untrust %d N/A(N/A) ge-0/0/%d.0 UNKNOWN UNKNOWN UNKNOWN N/A N/A -1" % (s, sp, d, dp, app, R.randint(2, 30), port(R), d, dp, 17 if dp in (53, 123) else 6, R.randint(10000, 999999), R.randint(1, 5)))
    def n_close(R):
        s, d, sp, dp = flow_tuple(R)
        return jl(R, pick(R, SRX), "RT_FLOW", "RT_FLOW_SESSION_CLOSE: session closed %s: %s/%d->%s/%d 0x0 junos-https 198.51.100.%d/%d->%s/%d 0x0 source rule snat-internet N/A N/A 6 allow-internet trust untrust %d %d(%d) %d(%d) %d UNKNOWN UNKNOWN N/A(N/A) ge-0/0/1.0 UNKNOWN" % (pick(R, ["TCP FIN", "TCP RST", "idle Timeout", "TCP CLIENT RST"]), s, sp, d, 443, R.randint(2, 30), port(R), d, 443, R.randint(10000, 999999), R.randint(3, 90), R.randint(400, 90000), R.randint(3, 90), R.randint(400, 900000), R.randint(1, 1800)))
    def n_deny(R): return jl(R, pick(R, SRX), "RT_FLOW", "RT_FLOW_SESSION_DENY: session denied %s/%d->198.51.100.%d/%d 0x0 %s %d(0) default-deny untrust trust UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0 UNKNOWN policy deny" % (ipdoc(R), port(R), R.randint(2, 30), pick(R, [22, 23, 3389, 445, 8080]), pick(R, ["junos-ssh", "junos-telnet", "junos-ms-rdp", "junos-smb", "None"]), 6))
    def n_commit(R): return jl(R, pick(R, ALLH), "mgd", "UI_COMMIT_COMPLETED: commit complete")
    def n_commit_user(R): return jl(R, pick(R, ALLH), "mgd", "UI_COMMIT: User '%s' requested 'commit' operation (comment: %s)" % (pick(R, ["netops", "r.hallam", "ansible"]), pick(R, ["CHG%s add depot vlan" % digits(R, 5), "none", "CHG%s update prefix-list" % digits(R, 5)])))
    def n_login(R): return jl(R, pick(R, ALLH), "sshd", "Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (pick(R, ["netops", "r.hallam", "ansible"]), ip10(R, 30), port(R), alnum(R, 43)))
    def n_loginev(R): return jl(R, pick(R, ALLH), "mgd", "UI_LOGIN_EVENT: User '%s' login, class 'j-super-user' [%d], ssh-connection '%s %d %s 22', client-mode 'cli'" % (pick(R, ["netops", "r.hallam"]), R.randint(1000, 90000), ip10(R, 30), port(R), ip10(R, 30)))
    def n_scan(R): return jl(R, "mx-edge-01.pbu", "sshd", "Failed password for %s from %s port %d ssh2" % (pick(R, ["root", "admin", "invalid user oracle"]), ipdoc(R), port(R)))
    def n_vpn_up(R): return jl(R, pick(R, ["srx-depot-07.pbu", "srx-depot-11.pbu", "srx-depot-14.pbu", "srx-dc-a.pbu"]), "kmd", "KMD_VPN_UP_ALARM_USER: VPN vpn-depot-%02d from 198.51.100.2 is up. Local-ip: 203.0.113.%d, gateway name: gw-hub, vpn name: vpn-depot-%02d, tunnel-id: %d, local tunnel-if: st0.%d, remote tunnel-ip: Not-Available, Local IKE-ID: 203.0.113.%d, Remote IKE-ID: 198.51.100.2, AAA username: Not-Applicable, VR id: 0, SA Type: Static" % (R.choice([7, 11, 14]), R.randint(40, 60), R.choice([7, 11, 14]), R.randint(131074, 131090), R.randint(0, 9), R.randint(40, 60)))
    def n_sa(R): return jl(R, pick(R, SRX), "kmd", "KMD_PM_SA_ESTABLISHED: Local gateway: %s, Remote gateway: %s, Local ID: ipv4_subnet(any:0,[0..7]=10.%d.0.0/16), Remote ID: ipv4_subnet(any:0,[0..7]=10.30.0.0/16), Direction: %s, SPI: 0x%s, AUX-SPI: 0, Mode: Tunnel, Type: dynamic, Traffic-selector:  FC Name: " % (ipdoc(R, "203.0.113"), "198.51.100.2", R.choice([7, 11, 14]), pick(R, ["inbound", "outbound"]), hexs(R, 8)))
    def n_ntp(R): return jl(R, pick(R, ALLH), "xntpd", "NTP Server %s is Reachable" % ip10(R, 30, 5))
    def n_link_acc(R):
        st, op = pick(R, [("DOWN", "down(2)"), ("UP", "up(1)")])
        return jl(R, pick(R, ["srx-depot-07.pbu", "srx-depot-11.pbu", "srx-depot-14.pbu"]), "mib2d", "SNMP_TRAP_LINK_%s: ifIndex %d, ifAdminStatus up(1), ifOperStatus %s, ifName ge-0/0/%d" % (st, R.randint(500, 560), op, R.randint(2, 7)))
    def n_xe_up(R): return jl(R, "mx-edge-01.pbu", "mib2d", "SNMP_TRAP_LINK_UP: ifIndex %d, ifAdminStatus up(1), ifOperStatus up(1), ifName xe-0/1/%d" % (R.randint(520, 530), R.choice([0, 1])))
    def n_bgp_est(R): return jl(R, "mx-edge-01.pbu", "rpd", "BGP_NEIGHBOR_STATE_CHANGED: BGP peer %s (External AS %d) changed state from OpenConfirm to Established (event RecvKeepAlive) (instance master)" % pick(R, [("198.51.100.9", 64500), ("192.0.2.33", 64501), ("192.0.2.%d" % R.randint(40, 50), 64502)]))
    def n_snmp(R): return jl(R, pick(R, ALLH), "snmpd", "SNMPD_AUTH_FAILURE: nsa_log_community: unauthorized SNMP community from %s to unknown community name (%s)" % (ip10(R, 30, 9), pick(R, ["public", "private", "monitor"])))
    def n_cron(R): return jl(R, pick(R, ALLH), "/usr/sbin/cron", "(root) CMD (%s)" % pick(R, ["newsyslog", "adjkerntz -a", "/usr/libexec/atrun"]))
    def n_alarm_clear(R): return jl(R, pick(R, SRX), "alarmd", "Alarm cleared: Port color=YELLOW, class=CHASSIS, reason=ge-0/0/%d: Link down" % R.randint(2, 7))
    def n_dhcp(R): return jl(R, pick(R, ["srx-depot-07.pbu", "srx-depot-11.pbu", "srx-depot-14.pbu"]), "jdhcpd", "DHCP ACK %s to %s (irb.%d)" % (ip10(R, pick(R, [7, 11, 14])), ":".join(hexs(R, 2) for _ in range(6)), R.randint(10, 40)))
    def n_ha(R): return jl(R, pick(R, ["srx-dc-a.pbu", "srx-dc-b.pbu"]), "jsrpd", "JSRPD_HA_HEALTH_WEIGHT_RECOVERY: Redundancy-group %d health weight 255 (recovered), node%d priority %d" % (R.randint(0, 1), R.randint(0, 1), pick(R, [100, 200])))
    def n_license_ok(R): return jl(R, pick(R, ["srx-depot-07.pbu", "srx-depot-11.pbu"]), "license-check", "LICENSE_INFO: License for feature appid-sig(%d) valid until 2029-%02d-%02d" % (30, R.randint(1, 12), R.randint(1, 28)))
    return [n_create, n_close, n_deny, n_commit, n_commit_user, n_login, n_loginev, n_scan, n_vpn_up, n_sa, n_ntp, n_link_acc, n_xe_up, n_bgp_est,
            n_snmp, n_cron, n_alarm_clear, n_dhcp, n_ha, n_license_ok]


def fam_junos(R):
    return build(R, F2, [("orion-partner-vpn-ike-no-proposal-chosen", j_ike), ("mx-edge-01-fan-tray-0-fan-2-failed", j_fan),
                         ("isp-a-xe-0-1-0-circuit-errors-bgp-hold-timer", j_transit), ("depot-srx300-session-table-full", j_sessions),
                         ("srx-dc-cluster-idp-license-expired", j_license)], junos_negs())


FAMILIES = {F1: fam_cisco, F2: fam_junos}
