"""Families: iscsi-multipath-raid, sssd-openldap-autofs."""
from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    epoch, sysl, host)

# ---------------------------------------------------------------- iscsi-multipath-raid
# EC2 hosts with iSCSI LUNs from FSx for NetApp ONTAP through dm-multipath, an mdadm RAID over
# instance-store NVMe, and smartd; everything from /var/log/messages (kernel, iscsid, multipathd,
# mdadm, smartd), one line per event.
F1 = "iscsi-multipath-raid"

APP = "ip-10-40-2-18"      # sees NOP timeouts to one LIF
DBH = "ip-10-40-3-52"      # loses every path of its data LUN
ETL = "ip-10-40-5-7"       # i4i with md0 over instance store
IQN = "iqn.1992-08.com.netapp:sn.4f1c2a7be93e11ef8a3f0afd21d3b0c5:vs.3"
WWID_DB = "3600a09803831474f6a5d4a2f6b6d7a61"
LIF_B = "10.40.100.45"


def kl(R, h, msg):
    return sysl(R, h, "kernel", "[%d.%06d] %s" % (R.randint(1000, 2000000), R.randint(0, 999999), msg), pid=0)


def g_iscsi_nop(R):
    c = pick(R, [2, 4])
    v = R.random()
    if v < 0.4:
        last = R.randint(4295000000, 4399999999)
        return kl(R, APP, "connection%d:0: ping timeout of 5 secs expired, recv timeout 5, last rx %d, last ping %d, now %d" % (c, last, last + 1250, last + 2500))
    if v < 0.7:
        return kl(R, APP, "connection%d:0: detected conn error (1022)" % c)
    return sysl(R, APP, "iscsid", "Kernel reported iSCSI connection %d:0 error (1022 - ISCSI_ERR_NOP_TIMEDOUT: A NOP has timed out) state (3)" % c, pid=1187)


def g_mpath_db_down(R):
    v = R.random()
    dev = pick(R, [("sdc", "8:32"), ("sdd", "8:48"), ("sde", "8:64"), ("sdf", "8:80")])
    if v < 0.25:
        return sysl(R, DBH, "multipathd", "mpathd: remaining active paths: 0", pid=902)
    if v < 0.45:
        return sysl(R, DBH, "multipathd", "checker failed path %s in map mpathd" % dev[1], pid=902)
    if v < 0.6:
        return sysl(R, DBH, "multipathd", "%s: tur checker reports path is down" % dev[0], pid=902)
    if v < 0.75:
        return kl(R, DBH, "device-mapper: multipath: 253:3: Failing path %s." % dev[1])
    return kl(R, DBH, "Buffer I/O error on dev dm-3, logical block %d, %s" % (R.randint(10 ** 5, 10 ** 8), pick(R, ["async page read", "lost async page write"])))


def g_iscsi_chap(R):
    if R.random() < 0.5:
        return sysl(R, "ip-10-40-4-%d" % R.randint(10, 20), "iscsid", "Login authentication failed with target %s" % IQN.replace("vs.3", "vs.5"), pid=R.randint(800, 1300))
    return sysl(R, "ip-10-40-4-%d" % R.randint(10, 20), "iscsiadm", "Could not login to [iface: default, target: %s, portal: 10.40.100.%d,3260]." % (IQN.replace("vs.3", "vs.5"), R.randint(50, 53)), pid=R.randint(2000, 60000))


def g_md_degraded(R):
    v = R.random()
    if v < 0.35:
        return sysl(R, ETL, "mdadm", "DegradedArray event detected on md device /dev/md0", pid=R.randint(900, 1100))
    if v < 0.6:
        return sysl(R, ETL, "mdadm", "Fail event detected on md device /dev/md0, component device /dev/nvme3n1", pid=R.randint(900, 1100))
    if v < 0.8:
        return kl(R, ETL, pick(R, ["md/raid10:md0: Disk failure on nvme3n1, disabling device.", "md/raid10:md0: Operation continuing on 3 devices."]))
    return kl(R, ETL, "nvme nvme3: I/O %d (I/O Cmd) QID %d timeout, aborting" % (R.randint(1, 1023), R.randint(1, 32)))


def g_smart_crit(R):
    return sysl(R, "ip-10-40-6-%d" % R.randint(30, 31), "smartd", pick(R, ["Device: /dev/nvme2, Critical Warning (0x04): Reliability",
                                                                        "Device: /dev/nvme2, Critical Warning (0x04): Reliability",
                                                                        "Device: /dev/nvme2, Critical Warning (0x08): Read Only"]), pid=R.randint(700, 800))


def g_md_unreadable(R):
    return kl(R, "ip-10-40-5-%d" % R.randint(8, 9), "md/raid1:md1: read error not correctable (sector %d on nvme%dn1)." % (R.randint(10 ** 6, 10 ** 9), R.randint(1, 2)))


def g_iscsi_session_gone(R):
    return kl(R, APP, pick(R, ["session%d: session recovery timed out after 120 secs" % pick(R, [2, 4]),
                               "sd %d:0:0:%d: rejecting I/O to offline device" % (pick(R, [3, 5]), R.randint(0, 3))]))


def g_ebs_reset(R):
    return kl(R, APP, "nvme nvme1: I/O %d (%s) QID %d timeout, reset controller" % (R.randint(1, 1023), pick(R, ["Write", "Read", "Flush"]), R.randint(1, 8)))


def g_lif_d_unreachable(R):
    h = "ip-10-40-7-%d" % R.randint(20, 24)
    if R.random() < 0.5:
        return sysl(R, h, "iscsid", "connect to 10.40.100.47:3260 failed (No route to host)", pid=R.randint(800, 1300))
    return sysl(R, h, "iscsid", "cannot make a connection to 10.40.100.47:3260 (-1,113)", pid=R.randint(800, 1300))


def n_mpath_ok(R):
    dev = pick(R, [("sdc", "8:32"), ("sdd", "8:48"), ("sdg", "8:96"), ("sdh", "8:112")])
    h = pick(R, [APP, DBH])
    return sysl(R, h, "multipathd", pick(R, ["%s: reinstated" % dev[1], "mpath%s: remaining active paths: 4" % pick(R, "abcd"),
                                              "mpath%s: load table [0 %d multipath 1 queue_if_no_path 1 alua 2 1 service-time 0 2 1 %s 1 %s 1 service-time 0 2 1 8:128 1 8:144 1]" % (pick(R, "abc"), pick(R, [2147483648, 4294967296]), dev[1], "8:16"),
                                              "%s: path added to devmap mpath%s" % (dev[0], pick(R, "abcd")),
                                              "mpath%s: performing delayed actions" % pick(R, "abc")]), pid=902)


def n_iscsi_ok(R):
    c = R.randint(1, 6)
    return pick(R, [
        lambda: sysl(R, pick(R, [APP, DBH]), "iscsid", "connection%d:0 is operational after recovery (%d attempts)" % (c, R.randint(1, 6)), pid=1187),
        lambda: sysl(R, pick(R, [APP, DBH]), "iscsid", "Connection%d:0 to [target: %s, portal: 10.40.100.%d,3260] through [iface: default] is operational now" % (c, IQN, R.randint(44, 47)), pid=1187),
        lambda: kl(R, pick(R, [APP, DBH]), "scsi host%d: iSCSI Initiator over TCP/IP" % R.randint(2, 9)),
        lambda: kl(R, pick(R, [APP, DBH]), "sd %d:0:0:%d: [sd%s] Write cache: disabled, read cache: enabled, doesn't support DPO or FUA" % (R.randint(2, 9), R.randint(0, 3), pick(R, "bcdefgh"))),
    ])()


def n_md_ok(R):
    return sysl(R, pick(R, [ETL, "ip-10-40-5-8", "ip-10-40-5-9"]), "mdadm", pick(R, [
        "RebuildFinished event detected on md device /dev/md0, component device  mismatches found: 0",
        "NewArray event detected on md device /dev/md0",
        "SpareActive event detected on md device /dev/md0, component device /dev/nvme%dn1" % R.randint(1, 4),
        "RebuildStarted event detected on md device /dev/md0",
        "Rebuild%d event detected on md device /dev/md0" % pick(R, [20, 40, 60, 80])]), pid=R.randint(900, 1100))


def n_md_kernel(R):
    return kl(R, pick(R, [ETL, "ip-10-40-5-8"]), pick(R, ["md: resync of RAID array md0", "md: md0: resync done.",
                                                       "md0: detected capacity change from 0 to %d" % pick(R, [7500000000000, 3750000000000]),
                                                       "md/raid10:md0: active with 4 out of 4 devices",
                                                       "md: delaying resync of md1 until md0 has finished (they share one or more physical units)"]))


def n_smart_info(R):
    h = "ip-10-40-6-%d" % R.randint(30, 33)
    return sysl(R, h, "smartd", pick(R, [
        "Device: /dev/nvme%d, number of Error Log entries increased from %d to %d" % (R.randint(1, 4), 12, R.randint(13, 30)),
        "Device: /dev/nvme%d, opened" % R.randint(0, 4),
        "Device: /dev/nvme%d, is SMART capable. Adding to \"monitor\" list." % R.randint(0, 4),
        "Device: /dev/nvme%d, state written to /var/lib/smartmontools/smartd.Amazon_EC2_NVMe_Instance_Storage-AWS%s.nvme.state" % (R.randint(0, 4), hexs(R, 17).upper()),
        "Monitoring 0 ATA/SATA, 0 SCSI/SAS and %d NVMe devices" % R.randint(1, 4),
        "Device: /dev/nvme%d, SMART/Health Information: 0 errors, Critical Warning 0x00" % R.randint(1, 4)]), pid=R.randint(700, 800))


def n_dm_info(R):
    return kl(R, pick(R, [APP, DBH]), pick(R, ["device-mapper: multipath service-time: version 0.3.0 loaded",
                                                "sd %d:0:0:%d: alua: port group %02d state A non-preferred supports TOlUSNA" % (R.randint(2, 9), R.randint(0, 3), R.randint(0, 3)),
                                                "sd %d:0:0:%d: Power-on or device reset occurred" % (R.randint(2, 9), R.randint(0, 3))]))


def iscsi_multipath_raid(R):
    groups = [
        ("app-lif-b-nop-timeouts", g_iscsi_nop),
        ("db-mpathd-all-paths-down", g_mpath_db_down),
        ("batch-svm5-chap-login-rejected", g_iscsi_chap),
        ("etl-md0-nvme3-failed", g_md_degraded),
        ("scratch-nvme2-critical-warning", g_smart_crit, 6),
        ("etl-md1-read-error-not-correctable", g_md_unreadable),
        ("app-session-recovery-timed-out", g_iscsi_session_gone),
        ("app-ebs-nvme1-controller-reset", g_ebs_reset),
        ("reporting-lif-d-no-route", g_lif_d_unreachable),
    ]
    negs = [n_mpath_ok, n_iscsi_ok, n_md_ok, n_md_kernel, n_smart_info, n_dm_info]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- sssd-openldap-autofs
# Linux fleet joined to an OpenLDAP/Kerberos directory: SSSD debug logs
# (`(yyyy-mm-dd hh:mm:ss:uuuuuu): [be[domain]] [function] (0xLEVEL): msg`), sssd/krb5_child syslog lines,
# slapd's stats log on the directory servers, and automount mounting EFS home directories.
F2 = "sssd-openldap-autofs"

DOM = "corp.example.com"


def sd(R, comp, fn, lvl, msg):
    return "(2027-06-%02d %s:%06d): [%s] [%s] (0x%04x): %s" % (day(R), hms(R), R.randint(0, 999999), comp, fn, lvl, msg)


def slapd(R, msg):
    return sysl(R, pick(R, ["ldap1", "ldap2"]), "slapd", msg, pid=pick(R, [1234, 1234, 998]))


def user(R):
    return pick(R, ["jdoe", "asmith", "mchen", "pkumar", "lgarcia", "svc-jenkins", "rnovak", "tkim", "ebrown", "okafor"])


def g_sssd_no_servers(R):
    v = R.random()
    if v < 0.45:
        return sd(R, "be[%s]" % DOM, "fo_resolve_service_send", 0x0020, "No available servers for service 'LDAP'")
    if v < 0.75:
        return sd(R, "be[%s]" % DOM, "sdap_id_op_connect_done", 0x0020, "Failed to connect, going offline (5 [Input/output error])")
    return sysl(R, "ip-10-50-%d-%d" % (R.randint(1, 4), R.randint(2, 250)), "sssd_be", "Backend is offline")


def g_krb_skew(R):
    u = user(R)
    if R.random() < 0.5:
        return sd(R, "krb5_child[%d]" % R.randint(2000, 90000), "get_and_save_tgt", 0x0020, "%d: [-1765328347][Clock skew too great]" % R.randint(1000, 2000))
    return sysl(R, "ip-10-50-9-%d" % R.randint(2, 12), "krb5_child", "Clock skew too great", pid=R.randint(2000, 90000)) + (" (user %s)" % u if R.random() < 0.5 else "")


def g_sssd_tls(R):
    return sd(R, "be[%s]" % DOM, "sss_ldap_init_sys_connect_done", 0x0020, "ldap_install_tls failed: [Connect error] [error:0A000086:SSL routines::certificate verify failed (certificate has expired)] uri=ldaps://ldap%d.%s:636" % (R.randint(1, 2), DOM))


def g_slapd_mapfull(R):
    return slapd(R, "mdb_id2entry_put: mdb_put failed: MDB_MAP_FULL: Environment mapsize limit reached(-30792) \"uid=%s,ou=people,dc=corp,dc=example,dc=com\"" % user(R))


def g_slapd_repl(R):
    return slapd(R, "slap_client_connect: URI=ldap://ldap3.%s:389 DN=\"cn=replicator,dc=corp,dc=example,dc=com\" ldap_sasl_bind_s failed (%d)" % (DOM, pick(R, [-1, -1, 49])))


def g_autofs_efs(R):
    u = user(R)
    return sysl(R, "ip-10-50-%d-%d" % (R.randint(1, 4), R.randint(2, 250)), "automount", pick(R, [
        "mount(nfs): nfs: mount failure fs-0b7e3c9a41d2f6e58.efs.us-east-1.amazonaws.com:/home/%s on /home/%s" % (u, u),
        ">> mount.nfs4: Connection timed out",
        "failed to mount /home/%s" % u]), pid=R.randint(900, 3000))


def g_autofs_master(R):
    return sysl(R, "ip-10-50-7-%d" % R.randint(2, 40), "automount", pick(R, ["setautomntent: lookup(sss): setautomntent: No such file or directory",
                                                                          "lookup_read_master: lookup(sss): getautomntent_r: No such file or directory"]), pid=R.randint(900, 3000))


def g_sssd_db_corrupt(R):
    return sd(R, "be[%s]" % DOM, pick(R, ["sysdb_domain_cache_connect", "sysdb_init_ext"]), 0x0010, "Unable to connect to ldb database [/var/lib/sss/db/cache_%s.ldb]: Operations error (1), ltdb: tdb(/var/lib/sss/db/cache_%s.ldb): tdb_oob len %d beyond eof at %d" % (DOM, DOM, R.randint(100000, 900000), R.randint(10000, 99999)))


def n_sssd_trace(R):
    return sd(R, "be[%s]" % DOM, pick(R, ["dp_req_done", "be_ptask_execute", "sdap_process_result", "sdap_get_generic_op_finished"]), pick(R, [0x0400, 0x2000, 0x4000]), pick(R, [
        "DP Request [Account #%d]: Request handler finished [0]: Success" % R.randint(1, 90000),
        "Task [Check if online (ldap)]: executing task, timeout 60 seconds",
        "Trace: sh[0x55%s], connected[1], ops[0x55%s], ldap[0x55%s]" % (hexs(R, 10), hexs(R, 10), hexs(R, 10)),
        "Search result: Success(0), no errmsg set",
        "Total results: %d, errors: 0" % R.randint(1, 400)]))


def n_sssd_minor(R):
    return sd(R, "be[%s]" % DOM, pick(R, ["sdap_save_user", "sysdb_search_by_name", "sdap_nested_group_process"]), 0x0080, pick(R, [
        "Failed to retrieve UPN for [%s@%s]" % (user(R), DOM),
        "No such entry [name=%s]" % pick(R, ["root", "nobody", "postgres", "nginx", "ec2-user"]),
        "Invalid attribute value: memberOf is not a DN, skipping"]))


def n_sssd_online(R):
    h = "ip-10-50-%d-%d" % (R.randint(1, 4), R.randint(2, 250))
    return pick(R, [lambda: sysl(R, h, "sssd_be", "Backend is online"),
                    lambda: sysl(R, h, "sssd", "Starting up"),
                    lambda: sysl(R, h, "sssd_nss", "Enumeration requested, refreshing cache"),
                    lambda: sysl(R, h, "sssd_pam", "pam_sss(sshd:auth): authentication success; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s user=%s" % (ip10(R), user(R)))])()


def n_pam_fail(R):
    return sysl(R, "ip-10-50-%d-%d" % (R.randint(1, 4), R.randint(2, 250)), "sshd", "pam_sss(sshd:auth): received for user %s: 7 (Authentication failure)" % user(R))


def n_slapd_stats(R):
    c = R.randint(1000, 900000)
    op = R.randint(0, 9)
    return slapd(R, pick(R, [
        "conn=%d op=%d BIND dn=\"uid=%s,ou=people,dc=corp,dc=example,dc=com\" method=128" % (c, op, user(R)),
        "conn=%d op=%d RESULT tag=97 err=0 qtime=0.000012 etime=0.001%03d text=" % (c, op, R.randint(0, 999)),
        "conn=%d op=%d RESULT tag=97 err=49 qtime=0.000010 etime=0.000%03d text=" % (c, op, R.randint(100, 999)),
        "conn=%d op=%d SEARCH RESULT tag=101 err=32 qtime=0.000011 etime=0.000%03d nentries=0 text=" % (c, op, R.randint(100, 999)),
        "conn=%d op=%d SRCH base=\"ou=people,dc=corp,dc=example,dc=com\" scope=2 deref=0 filter=\"(&(objectClass=posixAccount)(uid=%s))\"" % (c, op, user(R)),
        "conn=%d fd=%d ACCEPT from IP=%s:%d (IP=0.0.0.0:636)" % (c, R.randint(10, 900), ip10(R), port(R)),
        "conn=%d fd=%d closed (connection lost)" % (c, R.randint(10, 900))]))


def n_slapd_retry(R):
    return slapd(R, pick(R, ["do_syncrepl: rid=00%d rc -1 retrying (%d retries left)" % (R.randint(1, 2), R.randint(1, 9)),
                             "syncrepl_message_to_entry: rid=00%d DN: uid=%s,ou=people,dc=corp,dc=example,dc=com, UUID: %s" % (R.randint(1, 2), user(R), uuid(R)),
                             "syncrepl_entry: rid=00%d be_modify uid=%s,ou=people,dc=corp,dc=example,dc=com (0)" % (R.randint(1, 2), user(R))]))


def n_autofs(R):
    u = user(R)
    h = "ip-10-50-%d-%d" % (R.randint(1, 4), R.randint(2, 250))
    return sysl(R, h, "automount", pick(R, ["attempting to mount entry /home/%s" % u, "mounted /home/%s" % u, "expired /home/%s" % u,
                                             "key \"%s\" not found in map source(s)." % pick(R, [".git", "HEAD", ".hg", "pom.xml", "node_modules", ".svn", "*"]),
                                             "lookup_nss_mount: lookup for %s failed" % pick(R, [".git", "HEAD", "package.json"])]), pid=R.randint(900, 3000))


def sssd_openldap_autofs(R):
    groups = [
        ("sssd-ldap-servers-unreachable", g_sssd_no_servers),
        ("krb5-clock-skew-too-great", g_krb_skew),
        ("sssd-ldaps-cert-expired", g_sssd_tls),
        ("slapd-mdb-map-full", g_slapd_mapfull),
        ("slapd-ldap3-replication-bind-failed", g_slapd_repl),
        ("autofs-efs-home-mount-timeout", g_autofs_efs),
        ("autofs-sss-master-map-missing", g_autofs_master),
        ("sssd-cache-ldb-corrupt", g_sssd_db_corrupt),
    ]
    negs = [n_sssd_trace, n_sssd_minor, n_sssd_online, n_pam_fail, n_slapd_stats, n_slapd_retry, n_autofs]
    return build(R, F2, groups, negs)


FAMILIES = {F1: iscsi_multipath_raid, F2: sssd_openldap_autofs}
