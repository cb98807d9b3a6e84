"""Families: auditd-selinux, kernel-hung-mce-edac."""
from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    epoch, sysl, host)

# ---------------------------------------------------------------- auditd-selinux
# RHEL 9 / Amazon Linux 2023 hosts with SELinux enforcing: /var/log/audit/audit.log shipped raw by the
# CloudWatch agent (`type=X msg=audit(epoch:serial): ...`), plus setroubleshoot, auditd and kernel
# audit lines from /var/log/messages on the same log group.
F1 = "auditd-selinux"

WEB = ["ip-10-20-1-17", "ip-10-20-2-41", "ip-10-20-3-9"]
DB = "ip-10-20-8-33"


def au(R, typ, body):
    return "type=%s msg=audit(%.3f:%d): %s" % (typ, epoch(R), R.randint(1000, 999999), body)


def g_avc_nginx_os(R):
    if R.random() < 0.7:
        return au(R, "AVC", 'avc:  denied  { name_connect } for  pid=%d comm="nginx" dest=9200 scontext=system_u:system_r:httpd_t:s0 tcontext=system_u:object_r:wap_wsp_port_t:s0 tclass=tcp_socket permissive=0' % R.randint(1000, 60000))
    return sysl(R, pick(R, WEB), "setroubleshoot", "SELinux is preventing /usr/sbin/nginx from name_connect access on the tcp_socket port 9200. For complete SELinux messages run: sealert -l %s" % uuid(R))


def g_avc_pg_nfs(R):
    return au(R, "AVC", 'avc:  denied  { write } for  pid=%d comm="postgres" name="%d" dev="0:%d" ino=%d scontext=system_u:system_r:postgresql_t:s0 tcontext=system_u:object_r:nfs_t:s0 tclass=file permissive=0' % (
        R.randint(1000, 60000), R.randint(16384, 99999), pick(R, [52, 53]), R.randint(10 ** 6, 10 ** 9)))


def g_avc_fpm_uploads(R):
    return au(R, "AVC", 'avc:  denied  { %s } for  pid=%d comm="php-fpm" name="%s" dev="nvme1n1p1" ino=%d scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:httpd_sys_content_t:s0 tclass=%s permissive=0' % (
        pick(R, ["write", "add_name"]), R.randint(1000, 60000), pick(R, ["uploads", "2027", "06", "cache"]), R.randint(10 ** 5, 10 ** 7), pick(R, ["dir", "dir", "file"])))


def g_abend_java(R):
    return au(R, "ANOM_ABEND", 'auid=4294967295 uid=%d gid=%d ses=4294967295 subj=system_u:system_r:unconfined_service_t:s0 pid=%d comm="java" exe="/usr/lib/jvm/java-17-amazon-corretto.x86_64/bin/java" sig=%d res=1' % (
        pick(R, [991, 991]), 988, R.randint(1000, 60000), pick(R, [11, 11, 6])))


def g_svc_kconnect(R):
    return au(R, "SERVICE_START", "pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=kafka-connect comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=failed'UID=\"root\" AUID=\"unset\"")


def g_backlog(R):
    h = pick(R, WEB + [DB])
    if R.random() < 0.5:
        return sysl(R, h, "kernel", "[%d.%06d] audit: audit_backlog=%d > audit_backlog_limit=8192" % (R.randint(10000, 900000), R.randint(0, 999999), R.randint(8193, 8400)), pid=0)
    return sysl(R, h, "kernel", "[%d.%06d] audit: audit_lost=%d audit_rate_limit=0 audit_backlog_limit=8192" % (R.randint(10000, 900000), R.randint(0, 999999), R.randint(1, 90000)), pid=0)


def g_auditd_disk(R):
    return sysl(R, DB, "auditd", pick(R, ["Audit daemon has no space left on logging partition",
                                           "Audit daemon is suspending logging due to no space left on logging partition.",
                                           "write: No space left on device (/var/log/audit/audit.log)"]), pid=pick(R, [812, 812, 1190]))


def g_avc_sshd_keys(R):
    u = pick(R, ["deploy", "ec2-user", "ansible", "jenkins"])
    return au(R, "AVC", 'avc:  denied  { read } for  pid=%d comm="sshd" name="authorized_keys" dev="nvme0n1p1" ino=%d scontext=system_u:system_r:sshd_t:s0-s0:c0.c1023 tcontext=unconfined_u:object_r:user_tmp_t:s0 tclass=file permissive=0 ; user=%s' % (
        R.randint(1000, 60000), R.randint(10 ** 5, 10 ** 7), u))


def n_login(R):
    u = pick(R, ["ec2-user", "deploy", "ansible", "ssm-user"])
    typ = pick(R, ["USER_LOGIN", "USER_START", "CRED_ACQ", "USER_END", "CRED_DISP", "USER_ACCT"])
    return au(R, typ, "pid=%d uid=0 auid=%d ses=%d subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=%s acct=\"%s\" exe=\"/usr/sbin/sshd\" hostname=%s addr=%s terminal=ssh res=success'UID=\"root\" AUID=\"%s\"" % (
        R.randint(1000, 60000), R.randint(1000, 1010), R.randint(1, 900), pick(R, ["PAM:session_open", "PAM:setcred", "login", "PAM:accounting"]), u, ip10(R), ip10(R), u))


def n_auth_failed(R):
    u = pick(R, ["admin", "oracle", "test", "ubnt", "postgres", "git", "user1"])
    a = ipdoc(R)
    return au(R, "USER_AUTH", "pid=%d uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=PAM:authentication grantors=? acct=\"%s\" exe=\"/usr/sbin/sshd\" hostname=%s addr=%s terminal=ssh res=failed'UID=\"root\" AUID=\"unset\"" % (
        R.randint(1000, 60000), u, a, a))


def n_syscall(R):
    c = pick(R, [("nginx", "/usr/sbin/nginx", "httpd_t"), ("crond", "/usr/sbin/crond", "crond_t"), ("amazon-ssm-agen", "/usr/bin/amazon-ssm-agent", "unconfined_service_t")])
    return au(R, "SYSCALL", 'arch=c000003e syscall=%d success=yes exit=%d a0=%s a1=%s a2=%s a3=0 items=%d ppid=%d pid=%d auid=4294967295 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=4294967295 comm="%s" exe="%s" subj=system_u:system_r:%s:s0 key="%s"' % (
        pick(R, [2, 257, 59, 42]), R.randint(0, 20), hexs(R, 8), hexs(R, 6), hexs(R, 4), R.randint(0, 2), R.randint(1, 3000), R.randint(1000, 60000), c[0], c[1], c[2], pick(R, ["(null)", "identity", "perm_mod", "exec"])))


def n_service_ok(R):
    unit = pick(R, ["nginx", "php-fpm", "amazon-cloudwatch-agent", "sshd", "chronyd", "systemd-tmpfiles-clean", "dnf-makecache", "kafka-connect"])
    return au(R, pick(R, ["SERVICE_START", "SERVICE_STOP"]), "pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=%s comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=success'UID=\"root\" AUID=\"unset\"" % unit)


def n_proctitle(R):
    cmd = pick(R, ["/usr/sbin/nginx -g daemon off;", "/bin/sh -c /usr/local/bin/backup.sh --target s3", "/usr/bin/python3 -s /usr/sbin/setroubleshootd -f", "sudo -u postgres psql -c select 1"])
    return au(R, "PROCTITLE", "proctitle=%s" % cmd.encode().replace(b" ", b"\x00").hex().upper())


def n_permissive(R):
    return au(R, "AVC", 'avc:  denied  { %s } for  pid=%d comm="node_exporter" path="/proc/%d/net/%s" dev="proc" ino=%d scontext=system_u:system_r:node_exporter_t:s0 tcontext=system_u:object_r:proc_net_t:s0 tclass=file permissive=1' % (
        pick(R, ["read", "open", "getattr"]), R.randint(1000, 60000), R.randint(1, 60000), pick(R, ["dev", "netstat", "snmp", "sockstat"]), R.randint(4026531840, 4026532100)))


def n_granted_config(R):
    v = R.random()
    if v < 0.35:
        return au(R, "MAC_POLICY_LOAD", "auid=4294967295 ses=4294967295 lsm=selinux res=1")
    if v < 0.7:
        return au(R, "CONFIG_CHANGE", "op=set audit_backlog_limit=%d old=%d auid=4294967295 ses=4294967295 subj=system_u:system_r:unconfined_service_t:s0 res=1" % (pick(R, [8192, 16384]), pick(R, [64, 8192])))
    return au(R, "AVC", 'avc:  granted  { setsecparam } for  pid=%d comm="semodule" scontext=unconfined_u:unconfined_r:semanage_t:s0-s0:c0.c1023 tcontext=system_u:object_r:security_t:s0 tclass=security' % R.randint(1000, 60000))


def n_auditd_info(R):
    return sysl(R, pick(R, WEB + [DB]), "auditd", pick(R, ["Init complete, auditd 3.1.%d listening for events (startup state enable)" % R.randint(1, 5),
                                                          "Audit daemon rotating log files",
                                                          "audit dispatcher initialized with q_depth=%d and %d active plugins" % (pick(R, [2000, 8000]), R.randint(0, 2)),
                                                          "Audit daemon rotating log files with keep option",
                                                          "dispatch err (pipe full) event lost: 0 this period"]))


def auditd_selinux(R):
    groups = [
        ("nginx-opensearch-name-connect-denied", g_avc_nginx_os),
        ("postgres-nfs-datadir-write-denied", g_avc_pg_nfs),
        ("phpfpm-uploads-write-denied", g_avc_fpm_uploads),
        ("billing-java-abend", g_abend_java),
        ("kafka-connect-service-start-failed", g_svc_kconnect, 6),
        ("audit-backlog-limit-exceeded", g_backlog),
        ("auditd-log-partition-full", g_auditd_disk),
        ("sshd-authorized-keys-label-denied", g_avc_sshd_keys),
    ]
    negs = [n_login, n_auth_failed, n_syscall, n_service_ok, n_proctitle, n_permissive, n_granted_config, n_auditd_info]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- kernel-hung-mce-edac
# EC2 (Nitro and bare-metal) kernel messages as they reach CloudWatch: /var/log/messages lines
# (`Mon dd hh:mm:ss host kernel: msg`) and multi-line reports shipped as one event by the agent's
# multi_line_start_pattern (hung-task reports, MCE decodes, oopses, RCU stalls).
F2 = "kernel-hung-mce-edac"

PGH = ["ip-10-30-4-12", "ip-10-30-5-77"]
BM = "ip-10-30-9-201"  # an m7i.metal-24xl


def kts(R):
    return "[%d.%06d]" % (R.randint(1000, 2000000), R.randint(0, 999999))


def kl(R, h, msg):
    return sysl(R, h, "kernel", "%s %s" % (kts(R), msg), pid=0)


def kblock(R, h, lines):
    """A multi-line kernel report as rsyslog writes it (every line prefixed) and Fluent Bit's multiline
    parser joins it into one event: one wall-clock second, kernel timestamps a few microseconds apart."""
    d, t = day(R), hms(R)
    base = R.randint(1000, 2000000) * 1000000 + R.randint(0, 999999)
    out = []
    for l in lines:
        base += R.randint(1, 40)
        out.append("Jun %2d %s %s kernel: [%7d.%06d] %s" % (d, t, h, base // 1000000, base % 1000000, l))
    return "\n".join(out)


def kver(R):
    return pick(R, ["6.1.92-99.174.amzn2023.x86_64 #1", "6.1.94-99.176.amzn2023.x86_64 #1"])


def g_hung_pg(R):
    pid = R.randint(2000, 90000)
    secs = pick(R, [122, 245, 368, 491])
    h = pick(R, PGH)
    lines = [
        "INFO: task postgres:%d blocked for more than %d seconds." % (pid, secs),
        "      Not tainted %s" % kver(R),
        "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.",
        "task:postgres        state:D stack:0     pid:%-6d ppid:%d  flags:0x00000002" % (pid, R.randint(1000, 2000)),
        "Call Trace:",
        " <TASK>",
        " __schedule+0x%x/0x%x" % (pick(R, [0x2c6, 0x2c6]), 0x7a0),
        " schedule+0x5a/0xd0",
        " io_schedule+0x46/0x70",
        " folio_wait_bit_common+0x13d/0x350",
        " jbd2_log_wait_commit+0xac/0x120 [jbd2]",
        " ext4_sync_file+0x%x/0x3a0 [ext4]" % pick(R, [0x1f3, 0x1f3]),
        " __x64_sys_fdatasync+0x4b/0x90",
        " do_syscall_64+0x5d/0x90",
        " entry_SYSCALL_64_after_hwframe+0x72/0xdc",
        " </TASK>",
    ]
    return kblock(R, h, lines)


def g_hung_nfs(R):
    pid = R.randint(2000, 90000)
    secs = pick(R, [122, 245, 368])
    lines = [
        "INFO: task java:%d blocked for more than %d seconds." % (pid, secs),
        "      Not tainted %s" % kver(R),
        "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message.",
        "task:java            state:D stack:0     pid:%-6d ppid:1      flags:0x00000000" % pid,
        "Call Trace:",
        " <TASK>",
        " __schedule+0x2c6/0x7a0",
        " schedule+0x5a/0xd0",
        " rpc_wait_bit_killable+0x1e/0xa0 [sunrpc]",
        " __wait_on_bit+0x42/0x110",
        " out_of_line_wait_on_bit+0x91/0xb0",
        " nfs4_run_open_task+0x%x/0x1d0 [nfsv4]" % pick(R, [0x14f, 0x14f]),
        " nfs4_do_open+0x1c2/0xc40 [nfsv4]",
        " path_openat+0xb0/0x290",
        " do_sys_openat2+0x95/0x160",
        " </TASK>",
    ]
    return kblock(R, "ip-10-30-6-%d" % R.randint(10, 40), lines)


def g_mce(R):
    cpu = R.randint(0, 95)
    lines = [
        "mce: [Hardware Error]: CPU %d: Machine Check: 0 Bank %d: %s" % (cpu, pick(R, [7, 8]), pick(R, ["be00000000800400", "bd800000000100a0"])),
        "mce: [Hardware Error]: RIP !INEXACT! 10:<ffffffff%s> {intel_idle+0x%x/0x%x}" % (hexs(R, 8), R.randint(0x40, 0xff), 0x120),
        "mce: [Hardware Error]: TSC %s ADDR %s MISC %s" % (hexs(R, 14), hexs(R, 10), "86"),
        "mce: [Hardware Error]: PROCESSOR 0:806f8 TIME %d SOCKET %d APIC %x microcode 2b000590" % (int(epoch(R)), cpu // 48, cpu * 2),
        "mce: [Hardware Error]: Run the above through 'mcelog --ascii'",
        "mce: [Hardware Error]: Machine check: Processor context corrupt",
    ]
    return kblock(R, BM, lines)


def g_edac_ue(R):
    return kl(R, BM, "EDAC MC%d: 1 UE memory read error on CPU_SrcID#%d_MC#%d_Chan#%d_DIMM#0 (channel:%d slot:0 page:0x%s offset:0x0 grain:32 - err_code:0x0000:0x0090 SystemAddress:0x%s ProcessorSocketId:0x%d MemoryControllerId:0x%d ChannelAddress:0x%s ChannelId:0x%d RankAddress:0x%s PhysicalRankId:0x0 DimmSlotId:0x0 Row:0x%s Column:0x%s Bank:0x2 BankGroup:0x1 ChipSelect:0x0 ChipId:0x0)" % (
        1, 1, 1, 2, 2, hexs(R, 7), hexs(R, 10), 1, 1, hexs(R, 8), 2, hexs(R, 8), hexs(R, 4), hexs(R, 3)))


def g_oops_ena(R):
    pid = R.randint(0, 30)
    lines = [
        "BUG: kernel NULL pointer dereference, address: 0000000000000%s" % (pick(R, ["008", "008", "010"])),
        "#PF: supervisor read access in kernel mode",
        "#PF: error_code(0x0000) - not-present page",
        "PGD 0 P4D 0",
        "Oops: 0000 [#1] PREEMPT SMP PTI",
        "CPU: %d PID: %d Comm: ksoftirqd/%d Not tainted %s" % (pid, pid * 7 + 14, pid, kver(R)),
        "Hardware name: Amazon EC2 c6in.16xlarge/, BIOS 1.0 10/16/2017",
        "RIP: 0010:ena_clean_rx_irq+0x%x/0x9b0 [ena]" % (pick(R, [0x2e4, 0x2e4])),
        "Call Trace:",
        " ena_io_poll+0x%x/0x5c0 [ena]" % (0x10b),
        " __napi_poll+0x2b/0x1b0",
        " net_rx_action+0x2b6/0x340",
        "---[ end trace %s ]---" % (hexs(R, 16)),
    ]
    return kblock(R, "ip-10-30-%d-%d" % (R.randint(10, 12), R.randint(2, 250)), lines)


def g_conntrack(R):
    return kl(R, pick(R, ["ip-10-30-1-5", "ip-10-30-1-6"]), "nf_conntrack: nf_conntrack: table full, dropping packet")


def g_tcp_oom(R):
    return kl(R, pick(R, ["ip-10-30-2-%d" % R.randint(10, 30)]), pick(R, ["TCP: out of memory -- consider tuning tcp_mem", "TCP: out of memory -- consider tuning tcp_mem"]))


def g_rcu_stall(R):
    cpu = R.randint(0, 15)
    lines = [
        "rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:",
        "rcu: \t%d-....: (%d ticks this GP) idle=%s/1/0x4000000000000000 softirq=%d/%d fqs=%d" % (cpu, R.randint(20000, 80000), hexs(R, 4), R.randint(10 ** 5, 10 ** 7), R.randint(10 ** 5, 10 ** 7), R.randint(5000, 15000)),
        "\t(t=%d jiffies g=%d q=%d ncpus=16)" % (R.randint(21000, 84000), R.randint(10 ** 6, 10 ** 8), R.randint(100, 9000)),
        "NMI backtrace for cpu %d" % (cpu),
        "CPU: %d PID: %d Comm: fluent-bit Not tainted %s" % (cpu, R.randint(1000, 60000), kver(R)),
        "RIP: 0010:_raw_spin_lock+0x%x/0x30" % (pick(R, [0x1b, 0x1d])),
    ]
    return kblock(R, "ip-10-30-7-%d" % R.randint(10, 60), lines)


def n_edac_ce(R):
    return kl(R, BM, "EDAC MC%d: %d CE memory read error on CPU_SrcID#%d_MC#%d_Chan#%d_DIMM#%d (channel:%d slot:%d page:0x%s offset:0x%s grain:32 syndrome:0x0 - err_code:0x0000:0x009f)" % (
        R.randint(0, 1), R.randint(1, 3), R.randint(0, 1), R.randint(0, 1), R.randint(0, 3), R.randint(0, 1), R.randint(0, 3), R.randint(0, 1), hexs(R, 7), hexs(R, 3)))


def n_boot(R):
    h = pick(R, PGH + [BM, "ip-10-30-1-5"])
    return kl(R, h, pick(R, ["nvme nvme%d: %d/0/0 default/read/poll queues" % (R.randint(0, 3), pick(R, [2, 4, 8])),
                             "EXT4-fs (nvme1n1): mounted filesystem %s r/w with ordered data mode. Quota mode: none." % uuid(R),
                             "ena 0000:00:%02x.0 eth%d: Link is Up" % (R.randint(5, 8), R.randint(0, 1)),
                             "IPv6: ADDRCONF(NETDEV_CHANGE): eth%d: link becomes ready" % R.randint(0, 1),
                             "systemd-journald[%d]: Received client request to flush runtime journal." % R.randint(300, 900),
                             "EDAC MC%d: Giving out device to module skx_edac controller Skylake Socket#%d IMC#0: DEV 0000:%02x:0a.0 (INTERRUPT)" % (R.randint(0, 1), R.randint(0, 1), R.randint(0x40, 0xff))]))


def n_perf(R):
    return kl(R, pick(R, PGH + [BM]), pick(R, ["perf: interrupt took too long (%d > %d), lowering kernel.perf_event_max_sample_rate to %d" % (R.randint(2501, 9000), 2500, R.randint(20000, 80000)),
                                               "hrtimer: interrupt took %d ns" % R.randint(100000, 9000000),
                                               "kauditd_printk_skb: %d callbacks suppressed" % R.randint(2, 400),
                                               "x86/split lock detection: #AC: java/%d took a split_lock trap at address: 0x7f%s" % (R.randint(1000, 60000), hexs(R, 10))]))


def n_syn(R):
    return kl(R, pick(R, ["ip-10-30-1-5", "ip-10-30-1-6"]), pick(R, ["TCP: request_sock_TCP: Possible SYN flooding on port %d. Sending cookies.  Check SNMP counters." % pick(R, [443, 8443, 6443]),
                                                                  "net_ratelimit: %d callbacks suppressed" % R.randint(2, 900),
                                                                  "nf_conntrack: default automatic helper assignment has been turned off for security reasons and CT-based firewall rule not found. Use the iptables CT target to attach helpers instead."]))


def n_mce_corrected(R):
    return kl(R, BM, pick(R, ["mce: [Hardware Error]: Machine check events logged",
                              "mce: CMCI storm subsided on CPU%d" % R.randint(0, 95),
                              "mce: %d error(s) corrected on CPU%d, no action required" % (R.randint(1, 4), R.randint(0, 95))]))


def n_hung_cfg(R):
    return kl(R, pick(R, PGH), pick(R, ["hung_task: kernel.hung_task_timeout_secs=%d kernel.hung_task_warnings=%d" % (pick(R, [120, 240]), R.randint(1, 10)),
                                        "nfs4: Registering the id_resolver key type",
                                        "Key type id_resolver registered",
                                        "audit: type=1400 audit(%.3f:%d): apparmor=\"STATUS\" operation=\"profile_load\" profile=\"unconfined\" name=\"cri-containerd.apparmor.d\" pid=%d comm=\"apparmor_parser\"" % (epoch(R), R.randint(2, 900), R.randint(1000, 9000))]))


def kernel_hung_mce_edac(R):
    groups = [
        ("postgres-data-volume-hung-task", g_hung_pg),
        ("java-efs-open-hung-task", g_hung_nfs),
        ("metal-host-mce-context-corrupt", g_mce),
        ("metal-host-edac-uncorrected", g_edac_ue),
        ("ena-rx-null-deref-oops", g_oops_ena),
        ("nat-conntrack-table-full", g_conntrack),
        ("gateway-tcp-out-of-memory", g_tcp_oom),
        ("fluent-bit-rcu-stall", g_rcu_stall),
    ]
    negs = [n_edac_ce, n_boot, n_perf, n_syn, n_mce_corrected, n_hung_cfg]
    return build(R, F2, groups, negs)


FAMILIES = {F1: auditd_selinux, F2: kernel_hung_mce_edac}
