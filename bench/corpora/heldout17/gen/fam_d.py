"""Families: al2023-ec2-journald-cwagent, eks-nodes-kubelet-vpc-cni."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, pick, jd, epoch, port, build, klogts)

ACCT = "111122223333"

# ---------------------------------------------------------------- al2023-ec2-journald-cwagent
# Amazon Linux 2023 hosts: the journal exported by rsyslog to /var/log/messages and shipped by the
# CloudWatch agent. Two timestamp styles: rsyslog's RFC3339 (`2028-01-03T10:11:12.123456+00:00 host
# prog[pid]: msg`) on the app/media/proxy hosts and the classic BSD style on the older bastion/db hosts.
F7 = "al2023-ec2-journald-cwagent"
ROLES = {"app": ["ip-10-0-12-%d" % i for i in (14, 37, 88)], "media": ["ip-10-0-21-%d" % i for i in (5, 61)], "proxy": ["ip-10-0-3-%d" % i for i in (9, 10)],
         "db": ["ip-10-0-40-17"], "bastion": ["ip-10-0-1-200"], "reports": ["ip-10-0-14-%d" % i for i in (120, 121)]}


def jl(R, role, prog, msg, pid=None):
    host = pick(R, ROLES[role])
    tag = prog if pid == 0 else "%s[%d]" % (prog, pid or R.randint(400, 90000))
    if role in ("db", "bastion"):
        return "Jan %2d %s %s %s: %s" % (day(R), hms(R), host, tag, msg)
    return "2028-01-%02dT%s.%s+00:00 %s %s: %s" % (day(R), hms(R), digits(R, 6), host, tag, msg)


def f7_dnf(R):
    v = R.random()
    if v < 0.35:
        return jl(R, "app", "dnf-automatic", "Curl error (28): Timeout was reached for https://al2023-repos-us-east-1-de612dc2.s3.dualstack.us-east-1.amazonaws.com/core/mirrors/2023.7.20280102/x86_64/mirror.list [Connection timed out after %d milliseconds]" % R.randint(30000, 30010))
    if v < 0.6:
        return jl(R, "app", "dnf-automatic", "Error: Failed to download metadata for repo 'amazonlinux': Cannot download repomd.xml: Cannot download repodata/repomd.xml: All mirrors were tried") + (" (%d/3)" % R.randint(1, 3) if R.random() < 0.3 else "")
    if v < 0.8:
        return jl(R, "app", "systemd", "dnf-automatic.service: Main process exited, code=exited, status=1/FAILURE", 1) if R.random() < 0.5 else jl(R, "app", "systemd", "dnf-automatic.service: Failed with result 'exit-code'.", 1)
    return jl(R, "app", "systemd", "Failed to start dnf-automatic.service - dnf automatic.", 1) + (" (took %dmin %ds)" % (R.randint(1, 3), R.randint(0, 59)) if R.random() < 0.5 else "")


def f7_efs_target(R):
    fs = "fs-0a1b2c3d4e5f60718"
    v = R.random()
    if v < 0.35:
        return jl(R, "media", "mount.efs", 'Failed to resolve "%s.efs.us-east-1.amazonaws.com" - check that your file system ID is correct, and ensure that the VPC has an EFS mount target for this file system ID. See https://docs.aws.amazon.com/console/efs/mount-dns-name for more detail. Attempting to lookup mount target ip address using botocore. Failed to import necessary dependency botocore, please install botocore first.' % fs)
    if v < 0.65:
        return jl(R, "media", "systemd", "mnt-media.mount: Mount process exited, code=exited, status=32/n/a", 1) + ("" if R.random() < 0.5 else " (attempt %d)" % R.randint(2, 5))
    return jl(R, "media", "systemd", "Failed to mount mnt-media.mount - /mnt/media.", 1) + " Dependency failed for %s." % pick(R, ["transcoder.service", "remote-fs.target"]) if R.random() < 0.5 else jl(R, "media", "systemd", "Dependency failed for transcoder.service - Media transcoder (%s).", 1) % pick(R, ["ffmpeg", "worker %d" % R.randint(1, 9)])


def f7_nfs_hang(R):
    v = R.random()
    if v < 0.5:
        return jl(R, "reports", "kernel", "nfs: server fs-0f9e8d7c6b5a43210.efs.us-east-1.amazonaws.com not responding, %s" % pick(R, ["still trying", "timed out"]), 0) + ("" if R.random() < 0.4 else "")
    return jl(R, "reports", "kernel", "INFO: task %s:%d blocked for more than %d seconds.\n      Not tainted 6.1.%d-%d.amzn2023.x86_64 #1\n\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message." % (pick(R, ["java", "rsync", "gzip"]), R.randint(1000, 60000), pick(R, [122, 245, 368]), R.randint(100, 130), R.randint(150, 170)), 0)


def f7_segv(R):
    pid = R.randint(2000, 60000)
    v = R.random()
    if v < 0.35:
        return jl(R, "media", "kernel", "imgproc[%d]: segfault at %x ip 00007f%s sp 00007ff%s error 4 in libvips.so.42.17.2[7f%s+2b5000] likely on CPU %d (core %d, socket 0)" % (pid, R.choice([0, 8, 0x10]), hexs(R, 8), hexs(R, 9), hexs(R, 8), R.randint(0, 7), R.randint(0, 3)), 0)
    if v < 0.65:
        return jl(R, "media", "systemd-coredump", "Process %d (imgproc) of user 1001 dumped core.\n\nStack trace of thread %d:\n#0  0x00007f%s vips_region_prepare (libvips.so.42 + 0x%s)\n#1  0x00007f%s vips_sink_disc (libvips.so.42 + 0x%s)\nELF object binary architecture: AMD x86-64" % (pid, pid, hexs(R, 8), hexs(R, 5), hexs(R, 8), hexs(R, 5)))
    return jl(R, "media", "systemd", "imgproc.service: Main process exited, code=dumped, status=11/SEGV", 1) if R.random() < 0.6 else jl(R, "media", "systemd", "imgproc.service: Failed with result 'core-dump'.", 1) + " Restart counter is at %d." % R.randint(1, 80)


def f7_cwagent(R):
    inst = "i-0%s" % hexs(R, 16)
    return jl(R, "app", "amazon-cloudwatch-agent", "%s E! cloudwatchlogs: code: ResourceNotFoundException, message: The specified log group does not exist., original error: <nil>, log group: /app/orders-api, stream: %s" % (
        "2028-01-%02dT%sZ" % (day(R), hms(R)), inst)) if R.random() < 0.7 else jl(R, "app", "amazon-cloudwatch-agent", "%s E! [outputs.cloudwatchlogs] Aws error received when sending logs to /app/orders-api/%s: ResourceNotFoundException: The specified log group does not exist." % ("2028-01-%02dT%sZ" % (day(R), hms(R)), inst))


def f7_sshperm(R):
    if R.random() < 0.65:
        return jl(R, "bastion", "sshd", "Authentication refused: bad ownership or modes for directory /home/deploy")
    return jl(R, "bastion", "sshd", "Connection closed by authenticating user deploy %s port %d [preauth]" % (ip10(R), port(R)))


def f7_jar(R):
    v = R.random()
    if v < 0.4:
        return jl(R, "reports", "java", "Error: Unable to access jarfile /opt/reports/reports-2.14.0.jar")
    if v < 0.7:
        return jl(R, "reports", "systemd", "reports.service: Main process exited, code=exited, status=1/FAILURE", 1) + ("" if R.random() < 0.5 else " (restart %d)" % R.randint(1, 5))
    return jl(R, "reports", "systemd", pick(R, ["reports.service: Start request repeated too quickly.", "reports.service: Failed with result 'exit-code'.", "Failed to start reports.service - Reports API."]), 1) + " [%s]" % hexs(R, 6)


def f7_nvme(R):
    v = R.random()
    if v < 0.5:
        return jl(R, "db", "kernel", "nvme nvme1: I/O %d (%s) QID %d timeout, aborting" % (R.randint(1, 1023), pick(R, ["Write", "Read", "Flush"]), R.randint(1, 8)), 0)
    if v < 0.75:
        return jl(R, "db", "kernel", "I/O error, dev nvme1n1, sector %d op 0x1:(WRITE) flags 0x8800 phys_seg %d prio class 2" % (R.randint(10 ** 6, 10 ** 9), R.randint(1, 32)), 0)
    return jl(R, "db", "kernel", "XFS (nvme1n1): log I/O error -5\nXFS (nvme1n1): Filesystem has been shut down due to log error (0x2).\nXFS (nvme1n1): Please unmount the filesystem and rectify the problem(s).", 0) + "" if R.random() < 0.5 else jl(R, "db", "postgres", "PANIC:  could not fsync file \"base/16384/%d\": Input/output error" % R.randint(16000, 99999))


def f7_conntrack(R):
    return jl(R, "proxy", "kernel", "nf_conntrack: nf_conntrack: table full, dropping packet", 0) + ("" if R.random() < 0.3 else " [%d.%06d]" % (R.randint(10000, 900000), R.randint(0, 999999))) if R.random() < 0.8 else \
        jl(R, "proxy", "kernel", "net_ratelimit: %d callbacks suppressed" % R.randint(10, 9000), 0) + " (nf_conntrack table full)"


def f7_userdata(R):
    v = R.random()
    if v < 0.4:
        return jl(R, "app", "cloud-init", "aws: error: argument --region: expected one argument") + " (line %d)" % R.randint(14, 15)
    if v < 0.75:
        return jl(R, "app", "cloud-init", "%s - cc_scripts_user.py[WARNING]: Failed to run module scripts_user (scripts in /var/lib/cloud/instance/scripts)" % ("2028-01-%02d %s,%s" % (day(R), hms(R), ms(R))))
    return jl(R, "app", "cloud-init", "%s - util.py[WARNING]: Running module scripts_user (<module 'cloudinit.config.cc_scripts_user' from '/usr/lib/python3.9/site-packages/cloudinit/config/cc_scripts_user.py'>) failed" % ("2028-01-%02d %s,%s" % (day(R), hms(R), ms(R))))


def f7_ssm(R):
    return jl(R, "bastion", "amazon-ssm-agent", "%s ERROR [CredentialRefresher] Retrieve credentials produced error: no valid credentials could be retrieved for ec2 identity. Default Host Management Err: error calling RequestManagedInstanceRoleToken: AccessDeniedException: Systems Manager's instance management role is not configured for account: %s\n\tstatus code: 400, request id: %s" % (
        "2028-01-%02d %s" % (day(R), hms(R)), ACCT, uuid(R))) if R.random() < 0.7 else jl(R, "bastion", "amazon-ssm-agent", "%s ERROR [CredentialRefresher] Credentials not available, retrying in %d seconds (attempt %d, giving up on registration)" % ("2028-01-%02d %s" % (day(R), hms(R)), R.randint(300, 1800), R.randint(6, 30)))


def f7_logrotate(R):
    if R.random() < 0.6:
        return jl(R, "app", "logrotate", "error: skipping \"/var/log/orders-api/%s.log\" because parent directory has insecure permissions (It's world writable or writable by group which is not \"root\") Set \"su\" directive in config file to tell logrotate which user/group should be used for rotation." % pick(R, ["api", "access", "worker"]))
    return jl(R, "app", "systemd", "logrotate.service: Main process exited, code=exited, status=1/FAILURE", 1) + " [%s]" % hexs(R, 4) if R.random() < 0.5 else jl(R, "app", "systemd", "Failed to start logrotate.service - Rotate log files.", 1) + " [%s]" % hexs(R, 4)


def f7_neg(R):
    v = R.random()
    role = pick(R, list(ROLES))
    if v < 0.1:
        return jl(R, role, "systemd", pick(R, ["Started session-%d.scope - Session %d of User ec2-user." % (R.randint(1, 900), R.randint(1, 900)), "Starting dnf-makecache.service - dnf makecache...", "Finished dnf-makecache.service - dnf makecache.", "Started sysstat-collect.service - system activity accounting tool.", "logrotate.service: Deactivated successfully.", "Finished logrotate.service - Rotate log files."]), 1) + (" (%d)" % R.randint(1, 99) if R.random() < 0.4 else "")
    if v < 0.2:
        return jl(R, "bastion", "sshd", pick(R, ["Accepted publickey for ec2-user from %s port %d ssh2: ED25519 SHA256:%s" % (ip10(R), port(R), alnum(R, 43)), "Invalid user %s from %d.%d.%d.%d port %d" % (pick(R, ["admin", "oracle", "test", "ubuntu"]), R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), port(R)),
                                              "error: kex_exchange_identification: Connection closed by remote host", "Received disconnect from %s port %d:11: Bye Bye [preauth]" % (ipx(R), port(R)), "pam_unix(sshd:session): session opened for user ec2-user(uid=1000) by ec2-user(uid=0)"]))
    if v < 0.3:
        return jl(R, role, "chronyd", pick(R, ["Selected source 169.254.169.123", "System clock TAI offset set to 37 seconds", "Source %s replaced with %s (2.amazon.pool.ntp.org)" % (ipx(R), ipx(R)), "Can't synchronise: no majority"]) if R.random() < 0.9 else "Selected source PHC0")
    if v < 0.4:
        return jl(R, role, "amazon-ssm-agent", "%s INFO [ssm-agent-worker] [MessageService] [MGSInteractor] %s" % ("2028-01-%02d %s" % (day(R), hms(R)), pick(R, ["Starting receiving message from control channel", "send failed reply message, retrying in %ds (error: connection reset, attempt 1/3)" % R.randint(1, 5), "listening reply."])))
    if v < 0.5:
        return jl(R, role, "amazon-cloudwatch-agent", "%s I! [logagent] piping log from /app/orders-api/i-0%s(/var/log/orders-api/api.log) to cloudwatchlogs with retention -1" % ("2028-01-%02dT%sZ" % (day(R), hms(R)), hexs(R, 16)) if R.random() < 0.6 else "%s W! [outputs.cloudwatchlogs] Retried %d time, going to sleep %dms before retrying." % ("2028-01-%02dT%sZ" % (day(R), hms(R)), R.randint(1, 3), R.randint(100, 3000)))
    if v < 0.6:
        return jl(R, role, "dnf-automatic", pick(R, ["No new upgrades available.", "Updates completed at %s." % hms(R), "%d packages downloaded, 0 errors" % R.randint(1, 40)]))
    if v < 0.68:
        return jl(R, role, "sudo", "ec2-user : TTY=pts/%d ; PWD=/home/ec2-user ; USER=root ; COMMAND=/usr/bin/%s" % (R.randint(0, 4), pick(R, ["systemctl status imgproc", "journalctl -u reports -n 50", "dnf check-update", "tail -f /var/log/messages"])))
    if v < 0.76:
        return jl(R, role, "kernel", pick(R, ["TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters.", "ena 0000:00:05.0 eth0: Keep alive watchdog timeout.", "nfs: server fs-0f9e8d7c6b5a43210.efs.us-east-1.amazonaws.com OK", "EXT4-fs (nvme2n1): mounted filesystem with ordered data mode. Quota mode: none."]) + " [%d.%06d]" % (R.randint(1, 900000), R.randint(0, 999999)), 0)
    if v < 0.84:
        return jl(R, role, "systemd-journald", pick(R, ["Journal started", "Runtime Journal (/run/log/journal/ec2%s) is 8.0M, max 63.0M, 55.0M free." % hexs(R, 29), "Under memory pressure, flushing caches.", "Data hash table of /var/log/journal/ec2%s/system.journal has a fill level at 75.0 (8533 of 11377 items), suggesting rotation." % hexs(R, 29)]))
    if v < 0.92:
        return jl(R, role, "containerd", 'time="2028-01-%02dT%s.%sZ" level=info msg="loading plugin \\"io.containerd.%s\\"..." type=io.containerd.%s' % (day(R), hms(R), digits(R, 9), pick(R, ["grpc.v1.tasks", "snapshotter.v1.overlayfs", "runtime.v2.task"]), pick(R, ["grpc.v1", "snapshotter.v1"])))
    return jl(R, role, "systemd-resolved", "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.0.0.2.") + " (retry %d)" % R.randint(1, 9)


def ipx(R):
    return "%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


FAM7 = (F7, [("app-hosts-dnf-repo-unreachable", f7_dnf), ("media-hosts-efs-mount-target-missing", f7_efs_target),
             ("reports-hosts-efs-not-responding", f7_nfs_hang), ("media-imgproc-libvips-segfault", f7_segv),
             ("app-hosts-cwagent-log-group-missing", f7_cwagent), ("bastion-deploy-home-bad-modes", f7_sshperm),
             ("reports-service-jar-missing", f7_jar), ("db-host-ebs-nvme-io-timeout", f7_nvme),
             ("proxy-conntrack-table-full", f7_conntrack), ("app-hosts-userdata-region-empty", f7_userdata),
             ("bastion-ssm-dhmc-role-missing", f7_ssm), ("app-hosts-logrotate-insecure-parent", f7_logrotate)],
        [f7_neg, f7_neg])


# ---------------------------------------------------------------- eks-nodes-kubelet-vpc-cni
# EKS 1.31 managed node groups (AL2023 AMI) shipped by Fluent Bit's dataplane inputs: kubelet klog
# lines (`E0103 10:11:12.123456    2841 file.go:123] "msg" key="value"`), containerd logfmt, the VPC
# CNI's ipamd.log/plugin.log JSON, kernel memcg OOM lines; plus ECS container instances' ecs-agent
# logfmt (`level=... time=... msg=...`).
F8 = "eks-nodes-kubelet-vpc-cni"
REG = "%s.dkr.ecr.us-east-1.amazonaws.com" % ACCT


def kl(R, sev, src, msg, **kv):
    s = '%s%s %7d %s] "%s"' % (sev, klogts(R), R.randint(2000, 4000), src, msg)
    for k, v in kv.items():
        s += " %s=%s" % (k, json.dumps(v) if isinstance(v, str) else v)
    return s


def ctd(R, level, msg, **kv):
    s = 'time="2028-01-%02dT%s.%sZ" level=%s msg=%s' % (day(R), hms(R), digits(R, 9), level, json.dumps(msg))
    for k, v in kv.items():
        s += " %s=%s" % (k, json.dumps(v))
    return s


def ipamd(R, level, caller, msg):
    return jd({"level": level, "ts": "2028-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), "caller": caller, "msg": msg})


def pod(R, name):
    return "%s-%s-%s" % (name, "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(10)), "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


def f8_tag(R):
    tag = "2028.01.%02d-%s" % (pick(R, [3, 3]), "9f3c1ab")
    img = "%s/shop/api:%s" % (REG, tag)
    p = pod(R, "api")
    v = R.random()
    if v < 0.3:
        return ctd(R, "error", 'PullImage "%s" failed' % img, error='rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img))
    if v < 0.6:
        return kl(R, "E", "log.go:32", "PullImage from image service failed", err='rpc error: code = NotFound desc = failed to pull and unpack image "%s": failed to resolve reference "%s": %s: not found' % (img, img, img), image=img)
    return kl(R, "E", "pod_workers.go:1301", "Error syncing pod, skipping", err='failed to "StartContainer" for "api" with %s: "Back-off pulling image \\"%s\\""' % (pick(R, ["ImagePullBackOff", "ErrImagePull"]), img), pod="shop/" + p, podUID=uuid(R))


def f8_ecr403(R):
    img = "%s/payments/%s:%s" % (REG, pick(R, ["gateway", "ledger"]), pick(R, ["v4.2.0", "v4.2.1"]))
    e = 'rpc error: code = Unknown desc = failed to pull and unpack image "%s": failed to resolve reference "%s": unexpected status from HEAD request to https://%s/v2/payments/%s/manifests/%s: 403 Forbidden' % (img, img, REG, "gateway", "v4.2.0")
    if R.random() < 0.5:
        return ctd(R, "error", 'PullImage "%s" failed' % img, error=e)
    return kl(R, "E", "kuberuntime_manager.go:1256", "Unhandled Error", err='container &Container{Name:%s,Image:%s} start failed in pod %s_payments(%s): ErrImagePull: %s' % ("gateway", img, pod(R, "gateway"), uuid(R), e))


def f8_ipexhaust(R):
    v = R.random()
    if v < 0.3:
        return ipamd(R, "error", "ipamd/ipamd.go:%d" % pick(R, [1032, 1032]), "Failed to increase pool size due to not able to allocate ENI AllocENI: error attaching ENI: failed to create ENI: InsufficientFreeAddressesInSubnet: The specified subnet subnet-0a1b2c3d4e5f67890 does not have enough free addresses to satisfy the request.\n\tstatus code: 400, request id: %s" % uuid(R))
    if v < 0.55:
        return ipamd(R, "error", "routed-eni-cni-plugin/cni.go:%d" % 283, "Error received from AddNetwork gRPC call for container %s: rpc error: code = Unknown desc = add cmd: failed to assign an IP address to container" % hexs(R, 64))
    if v < 0.8:
        return kl(R, "E", "log.go:32", "RunPodSandbox from runtime service failed", err='rpc error: code = Unknown desc = failed to setup network for sandbox "%s": plugin type="aws-cni" name="aws-cni" failed (add): add cmd: failed to assign an IP address to container' % hexs(R, 64))
    return kl(R, "E", "pod_workers.go:1301", "Error syncing pod, skipping", err='failed to "CreatePodSandbox" for "%s_%s(%s)" with CreatePodSandboxError: "Failed to create sandbox for pod: add cmd: failed to assign an IP address to container"' % (pod(R, pick(R, ["web", "cart", "search"])), "shop", uuid(R)), pod="shop/" + pod(R, "web"), podUID=uuid(R))


def f8_oom(R):
    pid = R.randint(10000, 900000)
    v = R.random()
    if v < 0.35:
        return "kernel: Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:%d" % (pid, R.randint(5000000, 9000000), R.randint(2090000, 2100000), R.randint(10000, 40000), R.randint(4000, 9000), pick(R, [936, 999]))
    if v < 0.6:
        return ctd(R, "info", "TaskOOM event container_id:\"%s\"" % hexs(R, 64))
    return kl(R, "E", "pod_workers.go:1301", "Error syncing pod, skipping", err='failed to "StartContainer" for "report-worker" with CrashLoopBackOff: "back-off %s restarting failed container=report-worker pod=%s_reports(%s)"' % (pick(R, ["40s", "1m20s", "2m40s", "5m0s"]), pod(R, "report-worker"), uuid(R)), pod="reports/" + pod(R, "report-worker"), podUID=uuid(R)) + " lastState=OOMKilled exitCode=137"


def f8_probe(R):
    p = pod(R, "cart")
    ip = "10.0.%d.%d" % (R.randint(64, 95), R.randint(2, 254))
    v = R.random()
    if v < 0.5:
        return kl(R, "I", "prober.go:107", "Probe failed", probeType="Liveness", pod="shop/" + p, podUID=uuid(R), containerName="cart", probeResult="failure", output='Get "http://%s:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)' % ip)
    return kl(R, "I", "kuberuntime_manager.go:1057", "Message for Container of pod", containerName="cart", containerStatusID={"Type": "containerd", "ID": hexs(R, 64)}.get("ID"), pod="shop/" + p, containerMessage="Container cart failed liveness probe, will be restarted")


def f8_disk(R):
    v = R.random()
    if v < 0.35:
        return kl(R, "E", "kubelet.go:1558", "Image garbage collection failed multiple times in a row", err="failed to garbage collect required amount of images. Attempted to free %d bytes, but only found 0 bytes eligible to free." % R.randint(2 * 10 ** 9, 9 * 10 ** 9))
    if v < 0.7:
        return kl(R, "I", "eviction_manager.go:%d" % 376, "Eviction manager: attempting to reclaim", resourceName="ephemeral-storage") + " node=ip-10-0-%d-%d.ec2.internal" % (R.randint(64, 95), R.randint(2, 254))
    return kl(R, "I", "eviction_manager.go:%d" % 616, "Eviction manager: pod is evicted successfully", pod="%s/%s" % (pick(R, ["shop", "reports", "search"]), pod(R, pick(R, ["web", "search", "report-worker"]))))


def f8_irsa(R):
    v = R.random()
    if v < 0.4:
        return ipamd(R, "error", "awsutils/awsutils.go:%d" % 421, "Failed to call ec2:DescribeNetworkInterfaces for [eni-0%s]: UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::%s:assumed-role/eks-aws-node-irsa/%s is not authorized to perform: ec2:DescribeNetworkInterfaces\n\tstatus code: 403, request id: %s" % (hexs(R, 16), ACCT, digits(R, 19), uuid(R)))
    if v < 0.7:
        return ipamd(R, "error", "aws-k8s-agent/main.go:%d" % 42, "Initialization failure: ipamd init: failed to retrieve attached ENIs info: UnauthorizedOperation (attempt %d)" % R.randint(1, 30))
    return kl(R, "E", "kubelet.go:%d" % 3002, "Container runtime network not ready", networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized") + " node=ip-10-0-%d-%d.ec2.internal" % (R.randint(96, 127), R.randint(2, 254))


def f8_pleg(R):
    return kl(R, "E", "kubelet.go:%d" % 2403, "Skipping pod synchronization", err="[PLEG is not healthy: pleg was last seen active %dm%d.%09ds ago; threshold is 3m0s]" % (R.randint(3, 9), R.randint(0, 59), R.randint(0, 999999999))) if R.random() < 0.7 else \
        kl(R, "I", "setters.go:%d" % 600, "Node became not ready", node="ip-10-0-70-%d.ec2.internal" % R.randint(2, 254), condition={"type": "Ready", "status": "False"}.get("status") + " reason=KubeletNotReady message=PLEG is not healthy")


def f8_multiattach(R):
    pvc = "pvc-%s" % "5e1d2c3b-4a59-4687-9abc-0def12345678"
    p = pod(R, "orders-db")
    if R.random() < 0.6:
        return kl(R, "E", "pod_workers.go:1301", "Error syncing pod, skipping", err="unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: context deadline exceeded", pod="orders/" + p, podUID=uuid(R))
    return kl(R, "E", "nestedpendingoperations.go:%d" % 348, "Operation for \"{volumeName:kubernetes.io/csi/ebs.csi.aws.com^vol-0%s podName: nodeName:}\" failed. No retries permitted until 2028-01-%02d %s.%s +0000 UTC m=+%d.%06d (durationBeforeRetry 2m2s). Error: AttachVolume.Attach failed for volume \"%s\" (UniqueName: \"kubernetes.io/csi/ebs.csi.aws.com^vol-0%s\") : volume is still attached to node ip-10-0-66-%d.ec2.internal" % (
        "4b3c2d1e0f9a8b7c6", day(R), hms(R), digits(R, 9), R.randint(1000, 900000), R.randint(0, 999999), pvc, "4b3c2d1e0f9a8b7c6", R.randint(2, 254)))


def f8_ecs_secrets(R):
    task = "arn:aws:ecs:us-east-1:%s:task/batch-cluster/%s" % (ACCT, hexs(R, 32))
    e = "ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret arn:aws:secretsmanager:us-east-1:%s:secret:batch/etl/db-AbCdEf from secrets manager: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/ecsTaskExecutionRole/%s is not authorized to perform: secretsmanager:GetSecretValue" % (ACCT, ACCT, hexs(R, 32))
    if R.random() < 0.6:
        return "level=error time=2028-01-%02dT%sZ msg=\"Error transitioning resource\" task=\"%s\" resource=\"asm-secret\" error=\"%s\"" % (day(R), hms(R), task, e)
    return "level=info time=2028-01-%02dT%sZ msg=\"Task stopped\" task=\"%s\" knownStatus=STOPPED stoppedReason=\"%s\"" % (day(R), hms(R), task, e.split(":")[0] + ": unable to pull secrets or registry auth: AccessDeniedException on secretsmanager:GetSecretValue")


def f8_crash(R):
    p = pod(R, "search")
    return kl(R, "E", "pod_workers.go:1301", "Error syncing pod, skipping", err='failed to "StartContainer" for "search" with CrashLoopBackOff: "back-off %s restarting failed container=search pod=%s_shop(%s)"' % (pick(R, ["10s", "20s", "40s", "1m20s", "2m40s", "5m0s"]), p, uuid(R)), pod="shop/" + p, podUID=uuid(R))


def f8_neg(R):
    v = R.random()
    if v < 0.12:
        return kl(R, "I", pick(R, ["kubelet.go:2469", "kubelet.go:2485", "kubelet.go:2453"]), pick(R, ["SyncLoop ADD", "SyncLoop UPDATE", "SyncLoop (PLEG): event for pod"]), source="api", pods=["shop/" + pod(R, pick(R, ["web", "cart", "api", "search"]))])
    if v < 0.22:
        img = "%s/shop/%s:%s" % (REG, pick(R, ["web", "cart", "api"]), "2028.01.%02d-%s" % (day(R), hexs(R, 7)))
        return ctd(R, "info", 'PullImage "%s" returns image reference "sha256:%s"' % (img, hexs(R, 64))) if R.random() < 0.5 else ctd(R, "info", 'StartContainer for "%s" returns successfully' % hexs(R, 64))
    if v < 0.34:
        return ipamd(R, pick(R, ["info", "debug"]), "ipamd/ipamd.go:%d" % R.randint(600, 900), pick(R, ["IP pool stats: Total IPs/Prefixes = %d/0, AssignedIPs/CooldownIPs: %d/0, c.maxIPsPerENI = 14" % (R.randint(14, 42), R.randint(1, 13)),
                                                                                                   "Successfully increased IP pool, pool stats: Total IPs/Prefixes = %d/0" % R.randint(14, 42), "Reconcile existing ENI eni-0%s IP pool" % hexs(R, 16), "Send AddNetworkReply: IPv4Addr: 10.0.%d.%d, DeviceNumber: %d, err: <nil>" % (R.randint(64, 95), R.randint(2, 254), R.randint(0, 3))]))
    if v < 0.44:
        p = pod(R, "search")
        return kl(R, "I", "prober.go:107", "Probe failed", probeType="Readiness", pod="shop/" + p, podUID=uuid(R), containerName="search", probeResult="failure", output='Get "http://10.0.%d.%d:9200/_cluster/health": dial tcp 10.0.%d.%d:9200: connect: connection refused' % (R.randint(64, 95), R.randint(2, 254), R.randint(64, 95), R.randint(2, 254))) + " (startup)"
    if v < 0.52:
        return kl(R, "W", "warnings.go:70", "Warning: %s" % pick(R, ["spec.template.spec.containers[0].resources.limits: cpu limit is deprecated by policy", "would violate PodSecurity \"restricted:latest\": allowPrivilegeEscalation != false"]))
    if v < 0.6:
        return kl(R, "I", "eviction_manager.go:%d" % R.randint(300, 400), "Eviction manager: no resources are starved") + " node=ip-10-0-%d-%d.ec2.internal" % (R.randint(64, 127), R.randint(2, 254))
    if v < 0.68:
        return "level=info time=2028-01-%02dT%sZ msg=\"Task status changed\" task=\"arn:aws:ecs:us-east-1:%s:task/batch-cluster/%s\" status=%s" % (day(R), hms(R), ACCT, hexs(R, 32), pick(R, ["PULLED", "CREATED", "RUNNING", "STOPPED"]))
    if v < 0.75:
        return "level=warn time=2028-01-%02dT%sZ msg=\"Error getting cpu stats, err: No data in the queue\" module=stats_engine.go container=\"%s\"" % (day(R), hms(R), hexs(R, 64))
    if v < 0.82:
        return kl(R, "I", "kuberuntime_container.go:%d" % 808, "Killing container with a grace period", pod="shop/" + pod(R, pick(R, ["web", "cart"])), podUID=uuid(R), containerName=pick(R, ["web", "cart"]), containerID="containerd://" + hexs(R, 64), gracePeriod=30)
    if v < 0.9:
        return kl(R, "I", "scope.go:117", "RemoveContainer", containerID=hexs(R, 64))
    if v < 0.95:
        return ctd(R, "warning", "cleanup warnings time=\"2028-01-%02dT%sZ\" level=warning msg=\"lstat /run/containerd/io.containerd.runtime.v2.task/k8s.io/%s: no such file or directory\" namespace=k8s.io" % (day(R), hms(R), hexs(R, 64)))
    return kl(R, "I", "log.go:245", "http: TLS handshake error from 10.0.%d.%d:%d: EOF" % (R.randint(0, 15), R.randint(2, 254), port(R)))


FAM8 = (F8, [("shop-api-image-tag-not-found", f8_tag), ("payments-nodegroup-ecr-403", f8_ecr403),
             ("cni-subnet-ip-exhaustion", f8_ipexhaust), ("reports-worker-memcg-oom", f8_oom),
             ("cart-liveness-probe-timeout", f8_probe), ("nodes-ephemeral-storage-pressure", f8_disk),
             ("aws-node-irsa-missing-ec2-permissions", f8_irsa), ("node-pleg-not-healthy", f8_pleg),
             ("orders-db-ebs-volume-still-attached", f8_multiattach), ("ecs-batch-secret-access-denied", f8_ecs_secrets),
             ("search-crashloop-backoff", f8_crash)],
        [f8_neg, f8_neg])

FAMILIES = {F7: lambda R: build(R, *FAM7), F8: lambda R: build(R, *FAM8)}
