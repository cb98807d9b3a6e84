"""Families: samba-winbind, nfs-server-keepalived."""
import datetime

from common import (hexs, alnum, lower, uuid, ip10, port, hms, day, ms, pick, build, sysl, sysl_at, frac)

# ---------------------------------------------------------------- samba-winbind
# EC2 file servers (RHEL 9, Samba 4.19) joined to an AWS Managed Microsoft AD domain CORP
# (corp.example.com). The CloudWatch agent ships /var/log/samba/log.smbd, log.winbindd and
# log.wb-CORP with a multi-line start pattern of `^\[`, so each event is Samba's debug header
# (`[date time.usec, level(, pid=…)] source:line(function)`) plus the indented message line(s);
# systemd, cloud-init and a health-check script reach CloudWatch through /var/log/messages.
F1 = "samba-winbind"
VER = "4.19.5"
SMB_HOSTS = {"fs-smb-01": "ip-10-40-1-10", "fs-smb-02": "ip-10-40-2-10", "fs-smb-03": "ip-10-40-1-31",
             "fs-smb-04": "ip-10-40-3-44"}
JOIN_HOSTS = ["fs-smb-%02d" % i for i in range(5, 10)]
SHARES = ["finance", "engineering", "scans", "hr-restricted", "home", "mac-design"]
USERS = ["jdoe", "asmith", "mlopez", "kchen", "svc-scanner", "rpatel", "tnguyen", "bwilliams", "scan-copier3"]
WS = ["WS-%04d" % n for n in (231, 417, 1022, 1187, 2044, 3310)] + ["MAC-DES-%02d" % n for n in (3, 7)]


def sts(R, d=None):
    return "2027/11/%02d %s.%s" % (d or day(R), hms(R), frac(R, 6))


def shdr(R, lvl, src, line, func, pid=False, cls=None, d=None):
    extra = ""
    if pid:
        extra = ", pid=%d, effective(0, 0), real(0, 0)" % R.randint(900, 90000)
    if cls:
        extra += ", class=%s" % cls
    return "[%s, %2d%s] ../../%s:%d(%s)" % (sts(R, d), lvl, extra, src, line, func)


def sev(R, lvl, src, line, func, msg, cls=None):
    """One Samba debug event: header line plus the indented message."""
    return shdr(R, lvl, src, line, func, pid=R.random() < 0.3, cls=cls) + "\n  " + msg


def jsys(R, host, prog, text, pid=None):
    """Multi-line program output through the journal: each line keeps the same syslog prefix."""
    d, t = day(R), hms(R)
    pid = pid or R.randint(1000, 64000)
    return "\n".join(sysl_at(d, t, host, prog, ln, pid) for ln in text.split("\n"))


def g_clock_skew(R):
    v = R.random()
    if v < 0.45:
        return sev(R, 1, "source3/libads/kerberos.c", 227, "kerberos_kinit_password_ext",
                   "kerberos_kinit_password FS-SMB-02$@CORP.EXAMPLE.COM failed: Clock skew too great", cls="winbind")
    if v < 0.8:
        return sev(R, 1, "source3/winbindd/winbindd_ads.c", 134, "ads_cached_connection_connect",
                   "ads_connect for domain CORP failed: Clock skew too great", cls="winbind")
    return sev(R, 0, "source3/winbindd/winbindd_cm.c", 1201, "cm_prepare_connection",
               "cm_prepare_connection: kerberos session setup with %s failed: NT_STATUS_TIME_DIFFERENCE_AT_DC" % pick(R, ["corp-dc01.corp.example.com", "corp-dc02.corp.example.com"]), cls="winbind")


def g_trust_broken(R):
    h = SMB_HOSTS["fs-smb-04"]
    if R.random() < 0.55:
        return jsys(R, h, "smb-healthcheck", "checking the trust secret for domain CORP via RPC calls failed\nfailed to call wbcCheckTrustCredentials: WBC_ERR_AUTH_ERROR\nCould not check secret")
    return sev(R, 0, "source3/winbindd/winbindd_cm.c", 3517, "cm_connect_netlogon_transport",
               "cm_connect_netlogon_transport: Could not open schannel'ed NETLOGON pipe. Error was NT_STATUS_ACCESS_DENIED", cls="winbind")


def g_share_path(R):
    return sev(R, 0, "source3/smbd/smb2_service.c", 756, "make_connection_snum",
               "make_connection_snum: canonicalize_connect_path failed for service finance, path /srv/smb/finance")


def g_tdb_full(R):
    if R.random() < 0.6:
        tdb = pick(R, ["lock/locking.tdb", "lock/smbXsrv_open_global.tdb", "lock/brlock.tdb", "lock/smbXsrv_session_global.tdb"])
        return sev(R, 0, "lib/tdb_wrap/tdb_wrap.c", 64, "tdb_wrap_log",
                   "tdb(/var/lib/samba/%s): expand_file write of %d bytes at %d failed (No space left on device)" % (tdb, pick(R, [4096, 8192, 8192]), R.randint(1000, 9000) * 4096))
    return sev(R, 0, "source3/smbd/smbXsrv_open.c", 1120, "smbXsrv_open_global_store",
               "smbXsrv_open_global_store: key '%s' store failed - NT_STATUS_DISK_FULL" % hexs(R, 8).upper())


def g_vfs_fruit(R):
    v = R.random()
    if v < 0.4:
        return sev(R, 0, "lib/util/modules.c", 49, "load_module_absolute_path",
                   "Error loading module '/usr/lib64/samba/vfs/fruit.so': /usr/lib64/samba/vfs/fruit.so: cannot open shared object file: No such file or directory")
    if v < 0.7:
        return sev(R, 0, "source3/smbd/vfs.c", 173, "vfs_init_custom", "error probing vfs module 'fruit': NT_STATUS_UNSUCCESSFUL")
    return sev(R, 0, "source3/smbd/smb2_service.c", 702, "make_connection_snum", "vfs_init failed for service mac-design")


def g_open_files(R):
    return sev(R, 0, "source3/smbd/files.c", 104, "file_new",
               "Too many open files, unable to open more!  smbd's max open files = 16384")


def g_winbind_panic(R):
    pid = R.randint(2000, 90000)
    v = R.random()
    if v < 0.3:
        return sev(R, 0, "lib/util/fault.c", 179, "smb_panic_log",
                   "INTERNAL ERROR: Signal 11: Segmentation fault in winbindd (winbindd) (client [%s]) pid %d (%s)" % (pick(R, ["sshd", "smbd", "id", "sssd_be"]), pid, VER))
    if v < 0.55:
        return sev(R, 0, "lib/util/fault.c", 186, "smb_panic_log", "PANIC (pid %d): Signal 11: Segmentation fault in %s" % (pid, VER))
    if v < 0.8:
        base = R.randint(0x7f0000000000, 0x7fffffffffff)
        frames = ["/usr/lib64/samba/libgenrand-samba4.so(log_stack_trace+0x2e)",
                  "/usr/lib64/samba/libgenrand-samba4.so(smb_panic+0x9)",
                  "/usr/lib64/samba/libgenrand-samba4.so(+0x1a7d)",
                  "/lib64/libc.so.6(+0x3e6f0)",
                  "/usr/lib64/samba/libidmap-samba4.so(idmap_ad_unixids_to_sids+0x1b4)",
                  "/usr/sbin/winbindd(+0x6d2c1)",
                  "/usr/lib64/libtevent.so.0(tevent_common_invoke_immediate_handler+0x17b)",
                  "/usr/sbin/winbindd(main+0x8a2)"]
        body = "BACKTRACE: %d stack frames:\n" % len(frames) + "\n".join(
            "   #%d %s [0x%x]" % (i, f, base + R.randint(0x1000, 0xfffff)) for i, f in enumerate(frames))
        return sev(R, 0, "lib/util/fault.c", 265, "log_stack_trace", body)
    return sysl(R, SMB_HOSTS["fs-smb-01"], "systemd", "winbind.service: Main process exited, code=dumped, status=11/SEGV", pid=1)


def g_join_dns(R):
    h = pick(R, JOIN_HOSTS)
    ip = "ip-10-40-%d-%d" % (R.randint(1, 3), R.randint(40, 250))
    if R.random() < 0.5:
        return jsys(R, ip, "cloud-init", "Using short domain name -- CORP\nJoined '%s' to dns domain 'corp.example.com'\nDNS Update for %s.corp.example.com failed: ERROR_DNS_GSS_ERROR\nDNS update failed: NT_STATUS_UNSUCCESSFUL" % (h.upper(), h))
    return sysl(R, ip, "cloud-init", "DNS Update for %s.corp.example.com failed: ERROR_DNS_GSS_ERROR" % h)


def _dow(d):
    return datetime.date(2027, 11, d).strftime("%a")


def n_banner(R):
    prog = pick(R, ["smbd", "winbindd", "nmbd"])
    src = {"smbd": "source3/smbd/server.c:1760(main)", "winbindd": "source3/winbindd/winbindd.c:1487(main)",
           "nmbd": "source3/nmbd/nmbd.c:901(main)"}[prog]
    return "[%s,  0] ../../%s\n  %s version %s started.\n  Copyright Andrew Tridgell and the Samba Team 1992-2023" % (sts(R), src, prog, VER)


def n_auth_audit(R):
    d = day(R)
    u = pick(R, USERS)
    st = pick(R, ["NT_STATUS_OK", "NT_STATUS_OK", "NT_STATUS_OK", "NT_STATUS_WRONG_PASSWORD", "NT_STATUS_NO_SUCH_USER"])
    t = "%s.%s" % (hms(R), frac(R, 6))
    msg = "Auth: [SMB2,(null)] user [CORP]\\[%s] at [%s, %02d Nov 2027 %s UTC] with [%s] status [%s] workstation [%s] remote host [ipv4:10.41.%d.%d:%d] mapped to [CORP]\\[%s]. local host [ipv4:10.40.%d.10:445]" % (
        u, _dow(d), d, t, pick(R, ["NTLMv2", "Kerberos", "Kerberos"]), st, pick(R, WS), R.randint(0, 9), R.randint(2, 250), port(R), u, R.randint(1, 3))
    return shdr(R, 2, "auth/auth_log.c", 760, "log_authentication_event_human_readable", d=d) + "\n  " + msg


def n_connect(R):
    ws, u, sh = pick(R, WS), pick(R, USERS), pick(R, SHARES)
    peer = "ipv4:10.41.%d.%d:%d" % (R.randint(0, 9), R.randint(2, 250), port(R))
    if R.random() < 0.6:
        return sev(R, 1, "source3/smbd/smb2_service.c", 1133, "make_connection_snum",
                   "%s (%s) connect to service %s initially as user CORP\\%s (uid=%d, gid=%d) (pid %d)" % (
                       ws.lower(), peer, sh, u, 1600000 + R.randint(1000, 9999), 1600513, R.randint(2000, 90000)))
    return sev(R, 1, "source3/smbd/smb2_service.c", 1236, "close_cnum", "%s (%s) closed connection to service %s" % (ws.lower(), peer, sh))


def n_winbind_info(R):
    return pick(R, [
        lambda: sev(R, 3, "source3/winbindd/winbindd_cm.c", 1139, "cm_prepare_connection",
                    "cm_prepare_connection: connecting to DC %s for domain CORP" % pick(R, ["corp-dc01.corp.example.com", "corp-dc02.corp.example.com"]), cls="winbind"),
        lambda: sev(R, 1, "source3/smbd/server.c", 1026, "smbd_parent_sig_hup_handler", "Reloading services after SIGHUP"),
        lambda: sev(R, 3, "source3/smbd/smb2_server.c", 1984, "smbd_server_connection_terminate_ex",
                    "Server exit (%s)" % pick(R, ["NT_STATUS_CONNECTION_RESET", "NT_STATUS_END_OF_FILE", "NT_STATUS_CONNECTION_DISCONNECTED"])),
        lambda: sev(R, 2, "source3/winbindd/winbindd_dual.c", 1750, "winbindd_reinit_after_fork",
                    "winbindd_reinit_after_fork: child %d reinitialised for domain CORP" % R.randint(2000, 90000), cls="winbind"),
    ])()


def n_warn_config(R):
    return pick(R, [
        lambda: "[%s,  0] ../../lib/param/loadparm.c:1805(lpcfg_do_global_parameter)\n  WARNING: The \"syslog\" option is deprecated" % sts(R),
        lambda: "[%s,  0] ../../source3/param/loadparm.c:4000(lp_load_ex)\n  WARNING: Ignoring invalid value 'yes please' for parameter 'store dos attributes'" % sts(R),
        lambda: sev(R, 1, "source3/smbd/oplock.c", 1190, "process_oplock_break_message",
                    "process_oplock_break_message: file %s/%s: no oplock to break (client already closed it)" % (pick(R, ["Budget", "Q4-forecast", "scan"]), "%s_%s.xlsx" % (pick(R, USERS), hexs(R, 4)))),
    ])()


def n_systemd(R):
    h = pick(R, list(SMB_HOSTS.values()))
    return sysl(R, h, "systemd", pick(R, [
        "Started smb.service - Samba SMB Daemon.",
        "Reloading smb.service - Samba SMB Daemon...",
        "Reloaded smb.service - Samba SMB Daemon.",
        "Starting winbind.service - Samba Winbind Daemon...",
        "Started winbind.service - Samba Winbind Daemon.",
        "smb-healthcheck.service: Deactivated successfully.",
        "Finished smb-healthcheck.service - wbinfo trust and share probe."]), pid=1)


def n_healthcheck_ok(R):
    h = pick(R, list(SMB_HOSTS.values()))
    return jsys(R, h, "smb-healthcheck", pick(R, [
        "checking the trust secret for domain CORP via RPC calls succeeded",
        "Ping to winbindd succeeded",
        "share probe: %d/%d shares reachable, 0 failures" % (6, 6),
        "checking the trust secret for domain CORP via RPC calls succeeded\nPing to winbindd succeeded"]))


def samba_winbind(R):
    groups = [
        ("fs-smb-02-kerberos-clock-skew", g_clock_skew),
        ("fs-smb-04-machine-trust-broken", g_trust_broken),
        ("finance-share-path-missing", g_share_path),
        ("lock-tdb-disk-full", g_tdb_full),
        ("mac-design-vfs-fruit-missing", g_vfs_fruit),
        ("smbd-max-open-files-exhausted", g_open_files),
        ("winbindd-idmap-ad-segfault", g_winbind_panic),
        ("ad-join-dns-update-gss-error", g_join_dns),
    ]
    return build(R, F1, groups, [n_banner, n_auth_audit, n_connect, n_winbind_info, n_warn_config, n_systemd, n_healthcheck_ok])


# ---------------------------------------------------------------- nfs-server-keepalived
# A pair of RHEL 9 NFS servers (nfs-a, nfs-b) exporting XFS on EBS, with keepalived (unicast VRRP)
# moving a secondary private IP between the two ENIs through a notify script that calls
# `aws ec2 assign-private-ip-addresses`. Everything through /var/log/messages (syslog prefix).
F2 = "nfs-server-keepalived"
NFS_A = "ip-10-60-1-21"
NFS_B = "ip-10-60-2-21"
NFS = [NFS_A, NFS_B]
VIP = "10.60.0.50"


def ka(R, h, msg):
    return sysl(R, h, "Keepalived_vrrp", msg)


def g_mountd_unmatched(R):
    path = pick(R, ["/export/projects", "/export/projects", "/export/projects/warehouse", "/export/projects/ml-features"])
    return sysl(R, pick(R, NFS), "rpc.mountd", "refused mount request from 10.61.%d.%d for %s (/export/projects): unmatched host" % (R.randint(16, 31), R.randint(2, 250), path))


def g_nfsdcld(R):
    v = R.random()
    if v < 0.4:
        return sysl(R, NFS_B, "kernel", "NFSD: Unable to initialize client recovery tracking! (-110)", pid=0)
    if v < 0.7:
        return sysl(R, NFS_B, "kernel", "NFSD: Is nfsdcld running? If not, enable CONFIG_NFSD_LEGACY_CLIENT_TRACKING.", pid=0)
    return sysl(R, NFS_B, "systemd", "nfsdcld.service: Failed with result 'exit-code'.", pid=1)


def g_exportfs_stat(R):
    return sysl(R, NFS_B, "exportfs", "exportfs: Failed to stat /export/scratch: No such file or directory")


def g_chk_nfsd(R):
    pid = R.randint(900, 9000)
    v = R.random()
    if v < 0.3:
        return sysl(R, NFS_A, "Keepalived_vrrp", "Script `chk_nfsd` now returning 1", pid=pid)
    if v < 0.6:
        return sysl(R, NFS_A, "Keepalived_vrrp", "VRRP_Script(chk_nfsd) failed (exited with status 1)", pid=pid)
    if v < 0.8:
        return sysl(R, NFS_A, "Keepalived_vrrp", "(VI_NFS) Entering FAULT STATE", pid=pid)
    return sysl(R, NFS_A, "chk_nfsd", "nfsd not answering on 127.0.0.1:2049 (rpcinfo -T tcp: RPC: Timed out), reporting failure to keepalived")


def g_vip_unauthorized(R):
    inst = pick(R, ["i-0b7c4e1d9a2f36e58", "i-0b7c4e1d9a2f36e58", "i-05d2a9c8e7b1f4a30"])
    eni = "eni-0d1e2f3a4b5c6d7e8" if inst.startswith("i-0b7") else "eni-07a6b5c4d3e2f1a09"
    if R.random() < 0.6:
        return sysl(R, NFS_B if inst.startswith("i-0b7") else NFS_A, "move-vip",
                    "An error occurred (UnauthorizedOperation) when calling the AssignPrivateIpAddresses operation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/nfs-ha-node/%s is not authorized to perform: ec2:AssignPrivateIpAddresses on resource: arn:aws:ec2:us-east-1:111122223333:network-interface/%s because no identity-based policy allows the ec2:AssignPrivateIpAddresses action. Encoded authorization failure message: %s" % (inst, eni, alnum(R, 48)))
    return sysl(R, NFS_B if inst.startswith("i-0b7") else NFS_A, "move-vip",
                "ERROR: could not move %s to %s (aws exit %d); clients keep using the previous owner" % (VIP, eni, 254))


def g_statd(R):
    v = R.random()
    if v < 0.35:
        return sysl(R, NFS_B, "rpc.statd", "Failed to open directory sm: Permission denied")
    if v < 0.6:
        return sysl(R, NFS_B, "rpc.statd", "failed to create RPC listeners, exiting")
    if v < 0.85:
        return sysl(R, NFS_B, "systemd", "rpc-statd.service: Control process exited, code=exited, status=1/FAILURE", pid=1)
    return sysl(R, NFS_B, "systemd", "Failed to start rpc-statd.service - NFS status monitor for NFSv2/3 locking..", pid=1)


def g_gssproxy(R):
    return sysl(R, NFS_A, "gssproxy", "(OID: { 1 2 840 113554 1 2 2 }) Unspecified GSS failure.  Minor code may provide more information, No key table entry found matching nfs/nfs-a.corp.example.com@CORP.EXAMPLE.COM")


def g_nfsd_rpcbind(R):
    v = R.random()
    if v < 0.35:
        return sysl(R, NFS_B, "rpc.nfsd", "rpc.nfsd: writing fd to kernel failed: errno 111 (Connection refused)")
    if v < 0.65:
        return sysl(R, NFS_B, "rpc.nfsd", "rpc.nfsd: unable to set any sockets for nfsd")
    if v < 0.85:
        return sysl(R, NFS_B, "systemd", "nfs-server.service: Main process exited, code=exited, status=1/FAILURE", pid=1)
    return sysl(R, NFS_B, "systemd", "Failed to start nfs-server.service - NFS server and services.", pid=1)


def n_mountd(R):
    cl = "10.60.%d.%d" % (R.randint(3, 9), R.randint(2, 250))
    p = pick(R, ["/export/home", "/export/projects", "/export/builds", "/export/home"])
    return sysl(R, pick(R, NFS), "rpc.mountd", pick(R, [
        "authenticated mount request from %s:%d for %s (%s)" % (cl, R.randint(600, 1023), p, p),
        "authenticated unmount request from %s:%d for %s (%s)" % (cl, R.randint(600, 1023), p, p),
        "v4.2 client attached: 0x%s from \"%s:%d\"" % (hexs(R, 16), cl, R.randint(600, 1023)),
        "v4.2 client detached: 0x%s from \"%s:%d\"" % (hexs(R, 16), cl, R.randint(600, 1023))]))


def n_kernel_nfsd(R):
    return sysl(R, pick(R, NFS), "kernel", pick(R, [
        "NFSD: starting 90-second grace period (net f0000000)",
        "NFSD: Using nfsdcld client tracking operations.",
        "NFSD: no clients to reclaim, skipping NFSv4 grace period (net f0000000)",
        "NFSD: client 10.60.%d.%d testing state ID with incorrect client ID" % (R.randint(3, 9), R.randint(2, 250)),
        "nfsd: last server has exited, flushing export cache",
        "NFSD: end of grace period, %d clients reclaimed" % R.randint(3, 60)]), pid=0)


def n_keepalived(R):
    h = pick(R, NFS)
    other = "10.60.2.21" if h == NFS_A else "10.60.1.21"
    return ka(R, h, pick(R, [
        "(VI_NFS) Entering BACKUP STATE",
        "(VI_NFS) Entering MASTER STATE",
        "(VI_NFS) received lower priority (%d) advert from %s - discarding" % (pick(R, [100, 90]), other),
        "Script `chk_nfsd` now returning 0",
        "VRRP_Script(chk_nfsd) succeeded",
        "(VI_NFS) Entering BACKUP STATE (init)",
        "Startup complete",
        "(VI_NFS) Sending/queueing gratuitous ARPs on eth0 for %s" % VIP]))


def n_exportfs_warn(R):
    d, t, h, pid = day(R), hms(R), pick(R, NFS), R.randint(900, 64000)
    exp = pick(R, ["10.60.0.0/16:/export/scratch", "10.60.0.0/16:/export/builds", "10.62.4.0/24:/export/home"])
    return "\n".join(sysl_at(d, t, h, "exportfs", ln, pid) for ln in [
        "exportfs: /etc/exports [%d]: Neither 'subtree_check' or 'no_subtree_check' specified for export \"%s\"." % (R.randint(2, 7), exp),
        "  Assuming default behaviour ('no_subtree_check').",
        "  NOTE: this default has changed since nfs-utils version 1.0.x"])


def n_nfs_systemd(R):
    return sysl(R, pick(R, NFS), "systemd", pick(R, [
        "Starting nfs-server.service - NFS server and services...",
        "Finished nfs-server.service - NFS server and services.",
        "Started rpc-statd.service - NFS status monitor for NFSv2/3 locking..",
        "Reloading keepalived.service - LVS and VRRP High Availability Monitor...",
        "Started nfsdcld.service - NFSv4 Client Tracking Daemon.",
        "Reloaded keepalived.service - LVS and VRRP High Availability Monitor."]), pid=1)


def n_move_vip_ok(R):
    h = pick(R, NFS)
    eni = "eni-0d1e2f3a4b5c6d7e8" if h == NFS_B else "eni-07a6b5c4d3e2f1a09"
    return sysl(R, h, "move-vip", pick(R, [
        "assigned %s to %s (AllowReassignment=true) in %.1fs" % (VIP, eni, R.uniform(0.6, 3.2)),
        "state BACKUP for VI_NFS, nothing to do",
        "%s already on %s, skipping assign call" % (VIP, eni)]))


def nfs_server_keepalived(R):
    groups = [
        ("analytics-subnet-mount-refused", g_mountd_unmatched),
        ("nfs-b-nfsdcld-client-tracking", g_nfsdcld),
        ("nfs-b-export-scratch-missing", g_exportfs_stat),
        ("nfs-a-chk-nfsd-fault", g_chk_nfsd),
        ("move-vip-assign-ip-unauthorized", g_vip_unauthorized),
        ("nfs-b-statd-sm-permission-denied", g_statd),
        ("nfs-a-krb5-keytab-missing-nfs-principal", g_gssproxy),
        ("nfs-b-rpc-nfsd-no-rpcbind", g_nfsd_rpcbind),
    ]
    return build(R, F2, groups, [n_mountd, n_kernel_nfsd, n_keepalived, n_exportfs_warn, n_nfs_systemd, n_move_vip_ok])


FAMILIES = {F1: samba_winbind, F2: nfs_server_keepalived}
