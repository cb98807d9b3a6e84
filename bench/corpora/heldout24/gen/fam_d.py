"""Families: bmc-idrac-ilo-ipmi-sel, ontap-truenas-storage-ems."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    at, ms, bsd, epoch)

# ---------------------------------------------------------------- bmc-idrac-ilo-ipmi-sel
# "quillmoor genomics": sequencing-analysis racks in a colo (Dell R760 with iDRAC9 in rack R14/R15, HPE DL380
# Gen11 with iLO 6 in rack R16, Supermicro GPU nodes with an IPMI BMC read by ipmiseld in row C), BMC remote
# syslog to the collector.
F1 = "bmc-idrac-ilo-ipmi-sel"
R14 = ["r14-cmp-%02d" % n for n in range(1, 9)]
R15 = ["r15-cmp-%02d" % n for n in range(1, 9)] + ["r15-stor-03"]
ILO = ["r16-hpc-%02d" % n for n in range(1, 7)]
SMC = ["c-gpu-%02d" % n for n in range(1, 7)]


def idrac(R, host, sev, cat, mid, msg):
    return "%s idrac-%s.oob.qmg.internal %s, Category: %s, MessageID: %s, Message: %s" % (bsd(R), host, "Severity: " + sev, cat, mid, msg)


def ilo(R, host, msg):
    t = at(R)
    return "%s ilo-%s.oob.qmg.internal ILO6: %02d/%02d/2028 %s %s" % (bsd(R, t), host, 11, t[0], t[1], msg)


def ipmisel(R, host, rec, sensor, ev, asserted=True):
    t = at(R)
    return "%s %s.qmg.internal ipmiseld[%d]: SEL System Event: 0x%04X, Date: 11/%02d/2028 %s, Sensor: %s, Event: %s, %s" % (bsd(R, t), host, R.randint(800, 3000), rec, t[0], t[1], sensor, ev, "Asserted" if asserted else "Deasserted")


def b_pdu(R):
    # PDU B in rack R14 lost its feed: every server's PSU 2 reports input lost, redundancy lost
    h = pick(R, R14)
    r = R.random()
    if r < 0.55:
        return idrac(R, h, "Critical", "System Health", "PSU0003", "The power input for power supply 2 is lost.")
    if r < 0.9:
        return idrac(R, h, "Critical", "System Health", "RDU0012", "The power supply redundancy is lost.")
    return idrac(R, h, "Warning", "System Health", "PWR1004", "The system performance degraded because power capacity has changed (PSU 2 offline).")


def b_drive(R):
    h = "r15-stor-03"
    r = R.random()
    if r < 0.35:
        return idrac(R, h, "Critical", "Storage", "PDR1", "Fault detected on Disk.Bay.%d:Enclosure.Internal.0-1:RAID.SL.3-1." % 7)
    if r < 0.7:
        return idrac(R, h, "Critical", "Storage", "VDR8", "Virtual Disk 1 on RAID Controller in SL 3 has become degraded.")
    return idrac(R, h, "Warning", "Storage", "PDR64", "An unsupported event occurred on Disk.Bay.7:Enclosure.Internal.0-1:RAID.SL.3-1: predictive failure, %d media errors." % R.randint(100, 4000))


def b_dimm(R):
    h = "r15-cmp-06"
    r = R.random()
    if r < 0.45:
        return idrac(R, h, "Critical", "System Health", "MEM0001", "Multi-bit memory errors detected on a memory device at location(s) DIMM_B4.")
    if r < 0.75:
        return idrac(R, h, "Critical", "System Health", "SYS1003", "System CPU Resetting.")
    return idrac(R, h, "Critical", "System Health", "MEM0702", "The memory health monitor feature has detected a degradation in the DIMM installed in DIMM_B4. Reseat or replace the DIMM.")


def b_fan(R):
    h = "r16-hpc-04"
    r = R.random()
    if r < 0.4:
        return ilo(R, h, "Critical: Fan Failure (Fan %d, Location System)" % 5)
    if r < 0.7:
        return ilo(R, h, "Critical: System Fans Not Redundant")
    return ilo(R, h, "Caution: Temperature Status Caution (Sensor %d, Location CPU, Temperature %dC)" % (R.choice([12, 13]), R.randint(84, 92)))


def b_cooling(R):
    # CRAC unit for row C failed: the Supermicro GPU nodes cross upper-critical temperature thresholds
    h = pick(R, SMC)
    r = R.random()
    if r < 0.45:
        return ipmisel(R, h, R.randint(0x100, 0x900), pick(R, ["CPU1 Temp", "CPU2 Temp", "GPU%d Temp" % R.randint(1, 8)]), "Upper Critical - going high")
    if r < 0.75:
        return ipmisel(R, h, R.randint(0x100, 0x900), "Inlet Temp", "Upper Non-critical - going high, reading %d C > threshold 40 C" % R.randint(41, 49))
    return ipmisel(R, h, R.randint(0x100, 0x900), "System Event", "Processor throttled due to thermal condition (PROCHOT#)")


def bmc_negs():
    def n_login(R): return idrac(R, pick(R, R14 + R15), "Informational", "Audit", "USR0030", "Successfully logged in using %s, from %s and %s." % (pick(R, ["root", "svc-redfish", "ops-kbrooks"]), ip10(R, 99), pick(R, ["REDFISH", "GUI", "SSH"])))
    def n_logout(R): return idrac(R, pick(R, R14 + R15), "Informational", "Audit", "USR0032", "The session for %s from %s using %s is logged off." % (pick(R, ["root", "svc-redfish"]), ip10(R, 99), pick(R, ["REDFISH", "GUI"])))
    def n_loginfail(R): return idrac(R, pick(R, R14 + R15), "Warning", "Audit", "USR0031", "Unable to log in for %s from %s using %s." % (pick(R, ["root", "admin"]), ip10(R, 99), pick(R, ["REDFISH", "SSH", "GUI"])))
    def n_job(R): return idrac(R, pick(R, R14 + R15), "Informational", "Configuration", "JCP037", "The (installation or configuration) job JID_%s is successfully completed." % digits(R, 12))
    def n_fw(R): return idrac(R, pick(R, R14 + R15), "Informational", "Updates", "SUP0518", "Successfully updated the %s firmware to version %s." % pick(R, [("BIOS", "2.3.%d" % R.randint(3, 6)), ("iDRAC", "7.10.%d0.00" % R.randint(3, 5)), ("PERC H965i", "8.8.0.0.18-%d" % R.randint(20, 26))]))
    def n_inv(R): return idrac(R, pick(R, R14 + R15), "Informational", "Audit", "SYS1001", "System is turning %s." % pick(R, ["on", "off"])) if R.random() < 0.3 else idrac(R, pick(R, R14 + R15), "Informational", "Audit", "SRV088", "The SupportAssist Collection operation is completed successfully (job JID_%s)." % digits(R, 12))
    def n_psu_ok(R): return idrac(R, pick(R, R15), "Informational", "System Health", "PSU0800", "Power supply %d is operating normally, input %dV." % (R.randint(1, 2), R.randint(228, 241)))
    def n_corr(R): return idrac(R, pick(R, R14 + R15), "Informational", "System Health", "MEM9020", "The correctable error count for DIMM_%s%d is %d in the last 24 hours, within the normal range." % (pick(R, "ABCD"), R.randint(1, 8), R.randint(0, 4)))
    def n_temp(R): return idrac(R, pick(R, R14 + R15), "Informational", "System Health", "TMP0120", "The system inlet temperature is within range (%d C)." % R.randint(19, 26))
    def n_lc(R): return idrac(R, pick(R, R14 + R15), "Informational", "Configuration", "LC011", "Lifecycle Controller configuration changed by %s: %s" % (pick(R, ["svc-redfish", "ops-kbrooks"]), pick(R, ["NTP server 1 set", "syslog server set", "boot order changed", "SNMP trap destination set"])))
    def n_ilo_login(R): return ilo(R, pick(R, ILO), "Informational: Browser login: %s - %s(DNS name not found)." % (pick(R, ["Administrator", "ops-kbrooks"]), ip10(R, 99)))
    def n_ilo_pwr(R): return ilo(R, pick(R, ILO), "Informational: %s" % pick(R, ["Server power restored.", "Server power removed.", "Host server reset via Redfish by svc-redfish", "Firmware flashed (iLO 6 version 1.6%d)" % R.randint(0, 2)]) + " [%s]" % hexs(R, 4))
    def n_ilo_ok(R): return ilo(R, pick(R, ILO[:3] + ILO[4:]), "Repaired: %s" % pick(R, ["System Fans Redundant", "Power Supplies Redundant", "Network Adapter Link Up (Slot %d, Port %d)" % (R.randint(1, 3), R.randint(1, 2))]) + " [%s]" % hexs(R, 4))
    def n_sel_ps(R): return ipmisel(R, pick(R, SMC), R.randint(0x10, 0x900), "PS%d Status" % R.randint(1, 2), "Presence detected")
    def n_sel_temp_deassert(R): return ipmisel(R, pick(R, SMC), R.randint(0x10, 0x900), "Inlet Temp", "Upper Non-critical - going high", asserted=False)
    def n_sel_os(R): return ipmisel(R, pick(R, SMC), R.randint(0x10, 0x900), "OS Boot", pick(R, ["C: boot completed", "OS Graceful Shutdown"]))
    def n_sel_clear(R): return ipmisel(R, pick(R, SMC), R.randint(0x1, 0x10), "Event Log", "Log area reset/cleared")
    def n_sel_chassis(R): return ipmisel(R, pick(R, SMC), R.randint(0x10, 0x900), "Chassis Intru", "General Chassis intrusion", asserted=False)
    def n_ipmi_login(R): return "%s %s.qmg.internal sshd[%d]: Accepted publickey for %s from %s port %d ssh2" % (bsd(R), pick(R, SMC), R.randint(1000, 60000), pick(R, ["root", "ops-kbrooks"]), ip10(R, 99), port(R))
    return [n_login, n_logout, n_loginfail, n_job, n_fw, n_inv, n_psu_ok, n_corr, n_temp, n_lc, n_ilo_login, n_ilo_pwr, n_ilo_ok, n_sel_ps, n_sel_temp_deassert, n_sel_os, n_sel_clear, n_sel_chassis, n_ipmi_login]


def fam_bmc(R):
    return build(R, F1, [("rack-r14-pdu-b-feed-lost", b_pdu), ("r15-stor-03-bay-7-drive-failed-vd-degraded", b_drive),
                         ("r15-cmp-06-dimm-b4-uncorrectable", b_dimm), ("r16-hpc-04-fan-5-failed", b_fan),
                         ("row-c-crac-failure-gpu-overtemp", b_cooling)], bmc_negs())


# ---------------------------------------------------------------- ontap-truenas-storage-ems
# "brightwater media": an ONTAP 9.14 cluster (bwm-cl1-01..04) serving render scratch, media archive and SMB
# home shares; two TrueNAS SCALE boxes (nas-02, nas-05) for dailies; EMS events and TrueNAS syslog via the collector.
F2 = "ontap-truenas-storage-ems"
NODES = ["bwm-cl1-01", "bwm-cl1-02", "bwm-cl1-03", "bwm-cl1-04"]


def ems(R, node, name, sev, msg):
    return "%s %s [%s:%s:%s]: %s" % (bsd(R), node, node, name, sev, msg)


def tn(R, host, proc, msg):
    return "%s %s.bwm.internal %s: %s" % (bsd(R), host, proc if proc == "kernel" else "%s[%d]" % (proc, R.randint(300, 90000)), msg)


def s_disk(R):
    node = "bwm-cl1-02"
    r = R.random()
    if r < 0.3:
        return ems(R, node, "disk.failmsg", "error", "Disk 1.11.17 (S/N ZXG0K7Q2) failed: unrecovered read error, sense key 3, ASC 0x11")
    if r < 0.55:
        return ems(R, node, "raid.rg.recons.start", "notice", "/aggr_sas_02/plex0/rg1: starting reconstruction, using disk 1.11.23")
    if r < 0.8:
        return ems(R, node, "callhome.dsk.fail", "alert", "Call home for DISK FAIL (1.11.17: unrecovered read error)")
    return ems(R, node, "raid.rg.degraded", "error", "/aggr_sas_02/plex0/rg1 is degraded; %d of 22 disks available, reconstruction %d%% complete" % (21, R.randint(1, 97)))


def s_volfull(R):
    node = pick(R, ["bwm-cl1-03", "bwm-cl1-04"])
    r = R.random()
    if r < 0.35:
        return ems(R, node, "wafl.vol.full", "alert", "Insufficient space on volume vol_render_scratch@vserver:%s to perform operation. %.1fMB was requested but only %dKB was available." % ("svm_render", R.uniform(1, 64), R.randint(0, 900)))
    if r < 0.6:
        return ems(R, node, "monitor.volume.full", "debug", "Volume vol_render_scratch@vserver:svm_render is full (using or reserving %d%% of space and %d%% of inodes)." % (100, R.randint(30, 60)))
    if r < 0.8:
        return ems(R, node, "monitor.volume.nearlyFull", "alert", "Volume vol_render_scratch@vserver:svm_render is nearly full (using or reserving %d%% of space and %d%% of inodes)." % (R.randint(96, 99), R.randint(30, 60)))
    return ems(R, node, "wafl.vol.autoSize.fail", "info", "Unable to grow volume 'vol_render_scratch@vserver:svm_render' to recover space: Volume cannot be grown beyond maximum autosize limit.")


def s_snapmirror(R):
    node = pick(R, ["bwm-cl1-01", "bwm-cl1-02"])
    vol = pick(R, ["vol_archive_2026", "vol_archive_2027", "vol_masters"])
    r = R.random()
    if r < 0.5:
        return ems(R, node, "smc.snapmir.update.fail", "error", "SnapMirror update from source volume 'svm_archive:%s' to destination volume(s) 'svm_dr:%s_dr' failed with error 'Failed to get a connection to the remote cluster (peer bwm-dr1 unreachable on intercluster LIF 10.72.9.%d)'. Job ID: %d." % (vol, vol, R.randint(11, 14), R.randint(1000, 9999)))
    if r < 0.8:
        return ems(R, node, "sms.status.out.of.sync", "error", "Source volume \"svm_archive:%s\" and destination volume \"svm_dr:%s_dr\" with relationship UUID \"%s\" is in \"out-of-sync\" status due to the following reason: \"Transfer failed. (Connection timed out)\"." % (vol, vol, uuid(R)))
    return ems(R, node, "mgmtgwd.peer.unreachable", "error", "Cluster peer bwm-dr1 is unavailable: no reachable intercluster addresses (10.72.9.11-14, last contact %d h ago)." % R.randint(2, 60))


def s_pool(R):
    host = "nas-02"
    r = R.random()
    if r < 0.3:
        return tn(R, host, "middlewared", "Alert: Pool dailies state is DEGRADED: One or more devices are faulted in response to persistent errors. Sufficient replicas exist for the pool to continue functioning in a degraded state.")
    if r < 0.55:
        return tn(R, host, "smartd", "Device: /dev/sdf [SAT], %d Currently unreadable (pending) sectors" % R.randint(8, 400))
    if r < 0.8:
        return tn(R, host, "kernel", "zio pool=dailies vdev=/dev/disk/by-partuuid/%s error=5 type=1 offset=%d size=%d flags=%s" % ("7e1f0c2a-%s" % "41d3-9b8e-0f6a2c5d9e11", R.randint(10**9, 10**13), pick(R, [131072, 4096, 8192]), pick(R, ["180880", "1808b0", "100080"])))
    return tn(R, host, "zed", "eid=%d class=statechange pool='dailies' vdev=sdf2 vdev_state=FAULTED" % R.randint(100, 9000))


def s_cifs(R):
    node = pick(R, NODES)
    u = pick(R, ["BWM\\\\l.haddad", "BWM\\\\c.morrow", "BWM\\\\render-svc", "BWM\\\\j.akintola", "BWM\\\\t.wexford"])
    r = R.random()
    if r < 0.6:
        return ems(R, node, "secd.cifsAuth.problem", "error", "vserver (svm_homes) General CIFS authentication problem. Error: User authentication procedure failed  CIFS SMB2 Share mapping - User '%s' Error: KRB5KRB_AP_ERR_SKEW (Clock skew too great)" % u.replace("\\\\", "\\"))
    return ems(R, node, "timesync.out.of.sync", "error", "Node %s clock differs from its NTP servers by %d seconds; NTP servers 10.70.0.5, 10.70.0.6 not responding" % (node, R.randint(310, 900)))


def storage_negs():
    def n_uptime(R): return ems(R, pick(R, NODES), "kern.uptime.filer", "info", "%2d:%02d%s up %d days, %d:%02d %d NFS ops, %d CIFS ops, 0 HTTP ops, 0 FCP ops, %d iSCSI ops" % (R.randint(1, 12), R.randint(0, 59), pick(R, ["am", "pm"]), R.randint(20, 200), R.randint(0, 23), R.randint(0, 59), R.randint(10**8, 10**10), R.randint(10**7, 10**9), R.randint(0, 10**6)))
    def n_asup(R): return ems(R, pick(R, NODES), "asup.post.sent", "notice", "System Notification message posted to NetApp. System Notification Sent: %s (%s)." % pick(R, [("HA Group Notification (WEEKLY_LOG) INFO", "weekly"), ("Performance Counters (PERFORMANCE DATA) INFO", "daily"), ("HA Group Notification (MANAGEMENT_LOG) INFO", "daily")]))
    def n_snap(R): return ems(R, pick(R, NODES), "wafl.snap.create", "info", "Snapshot copy %s.2028-11-%02d_%02d%02d created on volume %s@vserver:%s." % (pick(R, ["hourly", "daily", "weekly"]), day(R), R.randint(0, 23), R.choice([0, 5, 10]), *pick(R, [("vol_home_01", "svm_homes"), ("vol_archive_2027", "svm_archive"), ("vol_projects", "svm_render")])))
    def n_autosize(R): return ems(R, pick(R, NODES), "wafl.vol.autoSize.done", "notice", "Volume autosize: Automatic grow of volume '%s@vserver:%s' by %dGB complete." % (*pick(R, [("vol_home_01", "svm_homes"), ("vol_projects", "svm_render")]), R.choice([10, 20, 50])))
    def n_sm_ok(R): return ems(R, pick(R, NODES), "sms.snap.update.done", "info", "SnapMirror transfer from svm_homes:%s to svm_dr:%s_dr completed: %d MB in %d s." % (*(lambda v: (v, v))(pick(R, ["vol_home_01", "vol_home_02"])), R.randint(10, 90000), R.randint(3, 900)))
    def n_login(R): return ems(R, pick(R, NODES), "mgmtgwd.login", "info", "Login Successful: user '%s' from %s via ssh" % (pick(R, ["admin", "storage-ops", "harvest"]), ip10(R, 70)))
    def n_cmd(R): return ems(R, pick(R, NODES), "cmd.log", "info", "%s:ssh:%s: volume %s" % (pick(R, ["admin", "storage-ops"]), ip10(R, 70), pick(R, ["show -vserver svm_render", "snapshot show -volume vol_projects", "efficiency show"])) + " [%s]" % hexs(R, 4))
    def n_lif(R): return ems(R, pick(R, NODES), "vifmgr.portup", "notice", "A link up event was received on node %s, port e0%s." % (pick(R, NODES), pick(R, "abcdefgh")))
    def n_scrub(R): return ems(R, pick(R, NODES), "raid.rg.scrub.summary.lw", "notice", "Scrub found 0 parity inconsistencies in /%s/plex0/rg%d." % (pick(R, ["aggr_sas_01", "aggr_ssd_01", "aggr_sas_03"]), R.randint(0, 2)))
    def n_sis(R): return ems(R, pick(R, NODES), "sis.op.stopped", "info", "Efficiency operation on volume %s@vserver:%s completed: %d GB saved." % (pick(R, ["vol_home_01", "vol_projects"]), pick(R, ["svm_homes", "svm_render"]), R.randint(1, 900)))
    def n_tn_scrub(R): return tn(R, pick(R, ["nas-02", "nas-05"]), "middlewared", "Scrub of pool %s finished: %s repaired, 0 errors, %dh%02dm" % (pick(R, ["dailies", "boot-pool", "archive"]), pick(R, ["0B", "0B", "0B"]), R.randint(0, 20), R.randint(0, 59)))
    def n_tn_snap(R): return tn(R, pick(R, ["nas-02", "nas-05"]), "middlewared", "Periodic snapshot task %d: created %s@auto-2028-11-%02d_%02d-00, retention 14 days" % (R.randint(1, 9), pick(R, ["dailies/edit", "dailies/conform", "archive/rushes"]), day(R), R.randint(0, 23)))
    def n_tn_smart(R): return tn(R, pick(R, ["nas-02", "nas-05"]), "smartd", "Device: /dev/sd%s [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from %d to %d" % (pick(R, "abcdegh"), *(lambda a: (a, a + pick(R, [-1, 1])))(R.randint(30, 40))))
    def n_tn_login(R): return tn(R, pick(R, ["nas-02", "nas-05"]), "middlewared", "Successful login for %s from %s (web UI)" % (pick(R, ["admin", "truenas_admin"]), ip10(R, 70)))
    def n_tn_repl(R): return tn(R, "nas-05", "middlewared", "Replication task 'dailies-to-nas-05' finished: %d snapshots sent, %d MB" % (R.randint(1, 24), R.randint(10, 90000)))
    def n_tn_link(R): return tn(R, pick(R, ["nas-02", "nas-05"]), "kernel", "ixgbe 0000:%02x:00.%d enp%ds0f%d: NIC Link is Up 10 Gbps, Flow Control: RX/TX" % (R.randint(1, 9), R.randint(0, 1), R.randint(1, 9), R.randint(0, 1)))
    def n_smb_denied(R): return ems(R, pick(R, NODES), "Nblade.cifsShrConnectFailed", "info", "CIFS share connect to \\\\svm_homes\\%s by BWM\\%s denied: access denied by share ACL" % (pick(R, ["finance$", "hr$", "exec$"]), pick(R, ["l.haddad", "j.akintola", "c.morrow"])))
    return [n_uptime, n_asup, n_snap, n_autosize, n_sm_ok, n_login, n_cmd, n_lif, n_scrub, n_sis, n_tn_scrub, n_tn_snap, n_tn_smart, n_tn_login, n_tn_repl, n_tn_link, n_smb_denied]


def fam_storage(R):
    return build(R, F2, [("aggr-sas-02-disk-1-11-17-failed", s_disk), ("vol-render-scratch-full", s_volfull),
                         ("snapmirror-dr-peer-intercluster-unreachable", s_snapmirror), ("nas-02-dailies-pool-degraded-sdf", s_pool),
                         ("ontap-ntp-unreachable-kerberos-clock-skew", s_cifs)], storage_negs())


FAMILIES = {F1: fam_bmc, F2: fam_storage}
