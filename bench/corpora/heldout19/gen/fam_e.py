"""Family: al2023-ec2-ecs-hosts-cwagent."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, sysl, port)

ACCT = "111122223333"

# ---------------------------------------------------------------- al2023-ec2-ecs-hosts-cwagent
# Amazon Linux 2023 EC2 instances (a bastion, two app hosts running a metrics exporter unit) and ECS
# container instances (ECS-optimized AL2023, docker + ecs-agent), /var/log/messages (rsyslog) and
# /var/log/ecs/ecs-agent.log, cloud-init-output.log, amazon-ssm-agent.log shipped by the CloudWatch agent.
F9 = "al2023-ec2-ecs-hosts-cwagent"
HOSTS = ["ip-10-0-%d-%d" % (a, b) for a, b in [(12, 41), (12, 77), (13, 9), (14, 200), (14, 31), (15, 118)]]
ECSH = HOSTS[2:]
IMG = "%s.dkr.ecr.us-east-1.amazonaws.com" % ACCT


def sl(R, prog, msg, pid=None, hosts=HOSTS):
    return sysl(R, pick(R, hosts), prog, msg, pid)


def ecsa(R, level, msg, **kv):
    s = 'level=%s time=%s msg="%s"' % (level, iso(R, 0), msg)
    for k, v in kv.items():
        s += ' %s="%s"' % (k, v) if " " in str(v) or ":" in str(v) else " %s=%s" % (k, v)
    return s


def ssm(R, level, msg):
    return "2028-03-%02d %s %s %s" % (day(R), hms(R), level, msg)


def h_pull(R):
    tag = pick(R, ["1.43.0", "1.43.0", "1.43.1"])
    if R.random() < 0.6:
        return ecsa(R, "error", "Error while pulling image; will try to run anyways", image="%s/orders-api:%s" % (IMG, tag), taskARN="arn:aws:ecs:us-east-1:%s:task/shop-prod/%s" % (ACCT, hexs(R, 32)),
                    error="CannotPullContainerError: Error response from daemon: manifest for %s/orders-api:%s not found: manifest unknown: Requested image not found" % (IMG, tag))
    return ecsa(R, "error", "Task engine: error transitioning container", container="orders-api", task=hexs(R, 32), error="CannotPullContainerError: pull image manifest has been retried 5 time(s): %s/orders-api:%s: not found" % (IMG, tag))


def h_oom(R):
    pid = R.randint(2000, 60000)
    v = R.random()
    if v < 0.5:
        return sl(R, "kernel", "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:0 pgtables:%dkB oom_score_adj:0" % (pid, R.randint(5000000, 9000000), R.randint(1800000, 2100000), R.randint(10000, 40000), R.randint(4000, 9000)), 0, ECSH)
    if v < 0.8:
        return sl(R, "kernel", "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=%s,mems_allowed=0,oom_memcg=/ecs/%s/%s,task_memcg=/ecs/%s/%s,task=java,pid=%d,uid=0" % (hexs(R, 64), hexs(R, 32), hexs(R, 64), hexs(R, 32), hexs(R, 64), pid), 0, ECSH)
    return ecsa(R, "warn", "Managed task: container catalog-service exited: OutOfMemoryError: Container killed due to memory usage", task=hexs(R, 32), exitCode=137)


def h_disk(R):
    if R.random() < 0.6:
        return sl(R, "dockerd", 'time="%s" level=error msg="Handler for POST /v1.44/containers/create returned error: failed to mkdir /var/lib/docker/overlay2/%s-init/work: mkdir /var/lib/docker/overlay2/%s-init/work: no space left on device"' % (iso(R, 9), hexs(R, 64), hexs(R, 64)), None, ECSH[:2])
    return ecsa(R, "error", "Error transitioning container", container=pick(R, ["orders-api", "nginx", "catalog-service"]), error="CannotCreateContainerError: Error response from daemon: no space left on device") + " host=%s" % pick(R, ECSH[:2])


def h_chrony(R):
    if R.random() < 0.6:
        return sl(R, "chronyd", "Can't synchronise: no selectable sources", None, HOSTS[:2])
    return sl(R, "chronyd", "System clock wrong by %.6f seconds" % R.uniform(2.1, 9.5), None, HOSTS[:2])


def h_ssm(R):
    if R.random() < 0.55:
        return ssm(R, "ERROR", "EC2RoleProvider Failed to connect to Systems Manager with instance profile role credentials. Err: retrieved credentials failed to report to ssm. RequestId: %s Error: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/shop-ecs-instance-role/i-0%s is not authorized to perform: ssm:UpdateInstanceInformation on resource: arn:aws:ec2:us-east-1:%s:instance/i-0%s because no identity-based policy allows the ssm:UpdateInstanceInformation action" % (uuid(R), ACCT, hexs(R, 16), ACCT, hexs(R, 16)))
    return ssm(R, "ERROR", "[CredentialRefresher] Retrieve credentials produced error: no valid credentials could be retrieved for ec2 identity. Default Host Management Err: error calling RequestManagedInstanceRoleToken: AccessDeniedException: Systems Manager's instance management role is not configured for account: %s" % ACCT) + " (attempt %d)" % R.randint(1, 300)


def h_userdata(R):
    v = R.random()
    h = pick(R, HOSTS[:2])
    if v < 0.4:
        return sysl(R, h, "cloud-init", "/var/lib/cloud/instance/scripts/part-001: line %d: /usr/local/bin/aws: No such file or directory" % pick(R, [14, 14, 17]))
    if v < 0.7:
        return sysl(R, h, "cloud-init", "2028-03-%02d %s,%03d - util.py[WARNING]: Failed running /var/lib/cloud/instance/scripts/part-001 [127]" % (day(R), hms(R), R.randint(0, 999)))
    return sysl(R, h, "cloud-init", "2028-03-%02d %s,%03d - cc_scripts_user.py[WARNING]: Failed to run module scripts_user (scripts in /var/lib/cloud/instance/scripts)" % (day(R), hms(R), R.randint(0, 999)))


def h_dnf(R):
    if R.random() < 0.5:
        return sl(R, "dnf", "Curl error (28): Timeout was reached for https://al2023-repos-us-east-1-de612dc2.s3.dualstack.us-east-1.amazonaws.com/core/mirrors/2023.6.%d/x86_64/mirror.list [Failed to connect to al2023-repos-us-east-1-de612dc2.s3.dualstack.us-east-1.amazonaws.com port 443 after %d ms: Timeout was reached]" % (R.randint(20250101, 20250131), R.randint(30000, 30100)), None, HOSTS[2:4])
    return sl(R, "dnf", "Error: Failed to download metadata for repo 'amazonlinux': Cannot download repomd.xml: Cannot download repodata/repomd.xml: All mirrors were tried", None, HOSTS[2:4])


def h_register(R):
    if R.random() < 0.6:
        return ecsa(R, "error", "Unable to register as a container instance with ECS: ClientException: Cluster not found.", cluster="shop-prd") + " host=%s" % pick(R, ECSH[2:])
    return ecsa(R, "critical", "Error registering container instance", error="ClientException: Cluster not found.", cluster="shop-prd") + " host=%s" % pick(R, ECSH[2:])


def h_nvme(R):
    if R.random() < 0.5:
        return sl(R, "kernel", "I/O error, dev nvme1n1, sector %d op 0x1:(WRITE) flags 0x800 phys_seg %d prio class 2" % (R.randint(10 ** 6, 10 ** 9), R.randint(1, 32)), 0, HOSTS[4:5])
    return sl(R, "kernel", "XFS (nvme1n1): metadata I/O error in \"xfs_buf_ioend+0x%x/0x%x [xfs]\" at daddr 0x%x len 32 error 5" % (R.randint(0x100, 0x2ff), 0x3a0, R.randint(10 ** 5, 10 ** 8)), 0, HOSTS[4:5])


def h_cwagent(R):
    return "%s E! cloudwatchlogs: code: AccessDeniedException, message: User: arn:aws:sts::%s:assumed-role/shop-ec2-app-role/i-0%s is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-1:%s:log-group:/shop/app/%s:log-stream:i-0%s because no identity-based policy allows the logs:PutLogEvents action, original error: <nil>" % (
        iso(R, 0), ACCT, hexs(R, 16), ACCT, pick(R, ["metrics-exporter", "nginx-access"]), hexs(R, 16))


def h_unit(R):
    v = R.random()
    h = pick(R, HOSTS[:2])
    if v < 0.3:
        return sysl(R, h, "systemd", "metrics-exporter.service: Main process exited, code=exited, status=1/FAILURE", 1)
    if v < 0.55:
        return sysl(R, h, "systemd", "metrics-exporter.service: Failed with result 'exit-code'.", 1)
    if v < 0.8:
        return sysl(R, h, "systemd", "metrics-exporter.service: Scheduled restart job, restart counter is at %d." % R.randint(2, 400), 1)
    return sysl(R, h, "metrics-exporter", "level=error msg=\"listen tcp :9100: bind: address already in use\"")


def host_negs():
    def a(R): return sl(R, "sshd", "Accepted publickey for ec2-user from %s port %d ssh2: ED25519 SHA256:%s" % (ip10(R), port(R), alnum(R, 43)))
    def b(R): return sl(R, "sshd", "Invalid user %s from %s port %d" % (pick(R, ["admin", "oracle", "test", "ubuntu", "git"]), ipdoc(R), port(R)))
    def c(R): return sl(R, "sshd", "Connection closed by authenticating user root %s port %d [preauth]" % (ipdoc(R), port(R)))
    def d(R): return sl(R, "chronyd", "Selected source 169.254.169.123", None, HOSTS[2:])
    def e(R): return sl(R, "systemd", "Started %s." % pick(R, ["session-%d.scope - Session %d of User ec2-user" % (R.randint(1, 90), R.randint(1, 90)), "dnf-makecache.service - dnf makecache", "sysstat-collect.service - system activity accounting tool"]), 1)
    def f(R): return sl(R, "systemd", "dnf-makecache.service: Deactivated successfully.", 1, HOSTS[:2] + HOSTS[4:])
    def g(R): return ssm(R, "INFO", "[HealthCheck] HealthCheck reporting agent health.") if R.random() < 0.5 else ssm(R, "INFO", "[LongRunningWorkerContainer] [WorkerProvider] Worker ssm-agent-worker (pid:%d) started" % R.randint(1000, 9000))
    def h(R): return ecsa(R, "info", "Task engine: container change event", task=hexs(R, 32), container=pick(R, ["orders-api", "nginx", "catalog-service"]), status="RUNNING")
    def i(R): return ecsa(R, "info", "Image removed from the image manager", image="%s/orders-api:1.%d.%d" % (IMG, R.randint(30, 42), R.randint(0, 5)), imageId="sha256:%s" % hexs(R, 64))
    def j(R): return sl(R, "kernel", "eth0: renamed from veth%s" % hexs(R, 7), 0, ECSH)
    def k(R): return sl(R, "cloud-init", "Cloud-init v. 22.2.2 finished at %s +0000. Datasource DataSourceEc2Local.  Up %.2f seconds" % (iso(R, 0), R.uniform(20, 90)))
    def l(R): return sl(R, "dockerd", 'time="%s" level=info msg="ignoring event" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"' % (iso(R, 9), hexs(R, 64)), None, ECSH)
    def m(R): return sl(R, "systemd-logind", "New session %d of user ec2-user." % R.randint(1, 900), None)
    def n(R): return "%s I! [outputs.cloudwatchlogs] First time sending logs to /shop/app/%s since startup so sendLogs timeout is %ds" % (iso(R, 0), pick(R, ["nginx-access", "app", "messages"]), R.randint(50, 60))
    def o(R): return sl(R, "containerd", 'time="%s" level=warning msg="cleanup warnings time=\\"%s\\" level=warning msg=\\"failed to remove runc container\\" error=\\"runc did not terminate successfully: exit status 255: \\" runtime=io.containerd.runc.v2"' % (iso(R, 9), iso(R, 9)), None, ECSH)
    def p(R): return ecsa(R, "info", "Image pull completed", image="%s/nginx:1.26-%d" % (IMG, R.randint(1, 30)), duration="%.1fs" % R.uniform(1, 20))
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p]


def fam_hosts(R):
    groups = [("ecs-orders-api-image-tag-not-pushed", h_pull), ("catalog-container-oom-killed", h_oom),
              ("ecs-hosts-docker-volume-full", h_disk), ("app-hosts-chrony-no-time-source", h_chrony),
              ("ssm-agent-role-missing-policy", h_ssm), ("app-hosts-userdata-aws-cli-path", h_userdata),
              ("private-subnet-no-s3-endpoint-dnf", h_dnf), ("ecs-instances-wrong-cluster-name", h_register),
              ("data-volume-nvme-io-errors", h_nvme), ("cwagent-putlogevents-denied", h_cwagent),
              ("metrics-exporter-port-conflict-restart-loop", h_unit)]
    return build(R, F9, groups, host_negs())


FAMILIES = {F9: fam_hosts}
