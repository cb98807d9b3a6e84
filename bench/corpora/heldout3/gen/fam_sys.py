"""ec2-system and containers templates. The fixed text of an error template is the problem;
every slot is drawn again for each occurrence."""
from common import *


def sh(d, h, prog):
    """BSD syslog header as /var/log/messages holds it"""
    return f"{syslog(d)} {h} {prog}"


def kts():
    return f"[{R.randint(100, 999999)}.{R.randint(0, 999999):06d}]"


# ---------------------------------------------------------------- ec2-system
def e_oom():
    d = dt()
    p = pick("java", "node", "python3", "ruby", "gunicorn")
    return (f"{sh(d, host(), 'kernel')}: {kts()} Out of memory: Killed process {pid()} ({p}) "
            f"total-vm:{num(900000, 9000000)}kB, anon-rss:{num(400000, 7000000)}kB, file-rss:{num(0, 9000)}kB, "
            f"shmem-rss:{num(0, 900)}kB, UID:{pick(0, 1000, 1001, 498)} pgtables:{num(1200, 16000)}kB oom_score_adj:{pick(0, 0, 500, 1000)}")


def e_ext4():
    d = dt()
    dev = pick("nvme1n1", "nvme1n1p1", "nvme2n1", "xvdf")
    return (f"{sh(d, host(), 'kernel')}: {kts()} EXT4-fs error (device {dev}): ext4_lookup:{pick(1785, 1786, 1855)}: "
            f"inode #{num(2, 9000000)}: comm {pick('nginx', 'java', 'postgres', 'rsync')}: deleted inode referenced: {num(12, 9000000)}")


def e_xfs():
    d = dt()
    dev = pick("nvme1n1", "nvme2n1", "nvme3n1")
    return (f"{sh(d, host(), 'kernel')}: {kts()} XFS ({dev}): metadata I/O error in \"xfs_imap_to_bp+0x{hx(2)}/0x1{hx(2)} [xfs]\" "
            f"at daddr 0x{hx(R.randint(3, 7))} len {pick(8, 16, 32)} error 5")


def e_nvme():
    d = dt()
    return (f"{sh(d, host(), 'kernel')}: {kts()} nvme nvme{num(0, 4)}: I/O {num(0, 1023)} QID {num(1, 8)} timeout, aborting")


def e_failed_start():
    d = dt()
    if R.random() < 0.5:
        return f"{sh(d, host(), 'systemd[1]')}: Failed to start orders-worker.service - Orders background worker."
    return f"{sh(d, host(), 'systemd[1]')}: Failed to start Orders background worker."


def e_main_exited():
    d = dt()
    return f"{sh(d, host(), 'systemd[1]')}: orders-worker.service: Main process exited, code=exited, status=1/FAILURE"


def e_systemd_oom():
    d = dt()
    return f"{sh(d, host(), 'systemd[1]')}: reports-api.service: A process of this unit has been killed by the OOM killer."


def e_segfault():
    d = dt()
    return (f"{sh(d, host(), 'kernel')}: {kts()} node[{pid()}]: segfault at {hx(R.randint(1, 4))} ip 0000{hx(12)} "
            f"sp 00007ff{hx(9)} error 4 in libvips.so.42.17.1[7f{hx(10)}+{hx(6)}]")


def e_ssm_health():
    d = dt()
    r = region()
    return (f"{d.strftime('%Y-%m-%d %H:%M:%S')} ERROR [HealthCheck] error when calling AWS APIs. error: RequestError: send request failed\n"
            f"caused by: Post \"https://ssm.{r}.amazonaws.com/\": dial tcp {ip()}:443: i/o timeout")


def e_ssm_creds():
    d = dt()
    return (f"{d.strftime('%Y-%m-%d %H:%M:%S')} ERROR [CredentialRefresher] Retrieve credentials produced error: "
            f"no valid credentials could be retrieved for ec2 identity. Default Host Management Err: "
            f"error calling RequestManagedInstanceRoleToken: AccessDeniedException: Systems Manager's instance management role "
            f"is not configured for account: {acct()}\n\tstatus code: 400, request id: {uuid()}")


def e_cwagent_denied():
    d = dt()
    a, r, i = acct(), region(), iid()
    grp = pick("/ec2/app/messages", "/ec2/orders/app.log", "/ec2/nginx/error", "/ec2/secure")
    return (f"{iso_s(d)} E! [outputs.cloudwatchlogs] Aws error received when sending logs to {grp}/{i}: "
            f"AccessDeniedException: User: arn:aws:sts::{a}:assumed-role/{pick('ec2-app-role', 'web-instance', 'batch-node')}/{i} "
            f"is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:{r}:{a}:log-group:{grp}:log-stream:{i} "
            f"because no identity-based policy allows the logs:PutLogEvents action")


def e_cwagent_metrics():
    d = dt()
    return (f"{iso_s(d)} E! cloudwatch: WriteToCloudWatch failure, err:  RequestError: send request failed\n"
            f"caused by: Post \"https://monitoring.{region()}.amazonaws.com/\": dial tcp {ip()}:443: i/o timeout")


def e_dnf():
    d = dt()
    repo = pick("amazonlinux", "kernel-livepatch", "docker-ce-stable", "nodesource")
    return (f"{sh(d, host(), f'dnf[{pid()}]')}: Error: Failed to download metadata for repo '{repo}': Cannot download repomd.xml: "
            f"Curl error (28): Timeout was reached for https://{pick('cdn.amazonlinux.com', 'al2023-repos-' + region() + '-de612dc2.s3.dualstack.' + region() + '.amazonaws.com')}/"
            f"al2023/core/mirrors/2023.{num(3, 9)}.{d.strftime('%Y%m%d')}/x86_64/mirror.list [Connection timed out after {num(30000, 30999)} milliseconds]")


def e_sshd_kex():
    d = dt()
    return f"{sh(d, host(), f'sshd[{pid()}]')}: error: kex_exchange_identification: Connection closed by remote host"


EC2_GROUPS = [
    ("kernel-oom-killed-process", e_oom),
    ("ext4-deleted-inode-referenced", e_ext4),
    ("xfs-metadata-io-error", e_xfs),
    ("nvme-io-timeout-aborting", e_nvme),
    ("systemd-orders-worker-failed-to-start", e_failed_start),
    ("systemd-orders-worker-main-process-exited", e_main_exited),
    ("systemd-reports-api-oom-killer", e_systemd_oom),
    ("segfault-libvips", e_segfault),
    ("ssm-healthcheck-api-timeout", e_ssm_health),
    ("ssm-credential-refresher-no-credentials", e_ssm_creds),
    ("cwagent-putlogevents-access-denied", e_cwagent_denied),
    ("cwagent-metrics-write-failure", e_cwagent_metrics),
    ("dnf-repo-metadata-timeout", e_dnf),
    ("sshd-kex-identification-closed", e_sshd_kex),
]


def n_started():
    d = dt()
    u = pick("orders-worker.service - Orders background worker", "amazon-ssm-agent.service - amazon-ssm-agent",
             "chronyd.service - NTP client/server", "docker.service - Docker Application Container Engine")
    return f"{sh(d, host(), 'systemd[1]')}: Started {u}."


def n_restart_counter():
    d = dt()
    return f"{sh(d, host(), 'systemd[1]')}: orders-worker.service: Scheduled restart job, restart counter is at {num(1, 9)}."


def n_sshd_invalid():
    d = dt()
    return f"{sh(d, host(), f'sshd[{pid()}]')}: Invalid user {pick('admin', 'oracle', 'test', 'ubuntu', 'git')} from {pubip()} port {port()}"


def n_sshd_accepted():
    d = dt()
    return (f"{sh(d, host(), f'sshd[{pid()}]')}: Accepted publickey for ec2-user from {ip()} port {port()} ssh2: "
            f"ED25519 SHA256:{an(43)}")


def n_sshd_failed_pw():
    d = dt()
    return f"{sh(d, host(), f'sshd[{pid()}]')}: Failed password for invalid user {pick('root', 'admin', 'pi')} from {pubip()} port {port()} ssh2"


def n_chrony():
    d = dt()
    if R.random() < 0.5:
        return f"{sh(d, host(), f'chronyd[{pid()}]')}: Selected source 169.254.169.123"
    return f"{sh(d, host(), f'chronyd[{pid()}]')}: System clock wrong by {R.uniform(-3, 3):.6f} seconds, adjustment started"


def n_kernel_mount():
    d = dt()
    return (f"{sh(d, host(), 'kernel')}: {kts()} EXT4-fs (nvme{num(1, 3)}n1): mounted filesystem {uuid()} r/w with ordered data mode. Quota mode: none.")


def n_kernel_ena():
    d = dt()
    return f"{sh(d, host(), 'kernel')}: {kts()} ena 0000:00:{num(3, 9):02d}.0 eth{num(0, 1)}: Elastic Network Adapter (ENA) found at mem febf{hx(4)}, mac addr 02:{hx(2)}:{hx(2)}:{hx(2)}:{hx(2)}:{hx(2)}"


def n_cloudinit_warn():
    d = dt()
    return (f"{log4j(d)} - util.py[WARNING]: Failed running /var/lib/cloud/instance/scripts/part-00{num(1, 3)} [{pick(1, 2, 127)}]")


def n_cloudinit_info():
    d = dt()
    return (f"Cloud-init v. 23.2.2-{num(1, 9)}.amzn2023 finished at {d.strftime('%a, %d %b %Y %H:%M:%S')} +0000. "
            f"Datasource DataSourceEc2Local.  Up {R.uniform(8, 90):.2f} seconds")


def n_ssm_info():
    d = dt()
    return f"{d.strftime('%Y-%m-%d %H:%M:%S')} INFO [HealthCheck] HealthCheck reporting agent health."


def n_ssm_warn():
    d = dt()
    return (f"{d.strftime('%Y-%m-%d %H:%M:%S')} WARN [MessageGatewayService] Error while connecting to MGS, "
            f"retrying in {num(2, 30)} seconds (attempt {num(1, 4)})")


def n_cw_info():
    d = dt()
    return f"{iso_s(d)} I! [logagent] piping log from /ec2/app/messages/{iid()}({pick('/var/log/messages', '/var/log/secure', '/opt/orders/log/app.log')}) to cloudwatchlogs with retention -1"


def n_cw_warn():
    d = dt()
    return f"{iso_s(d)} W! [outputs.cloudwatchlogs] Retried {num(1, 5)} time, going to sleep {num(100, 2000)}ms before retrying."


def n_cw_debug():
    d = dt()
    return f"{iso_s(d)} D! [outputs.cloudwatchlogs] Pusher published {num(1, 900)} log events to group: /ec2/app/messages stream: {iid()} with size {num(1, 900)} KB in {num(20, 400)}ms."


def n_dnf_ok():
    d = dt()
    return f"{sh(d, host(), f'dnf[{pid()}]')}: Metadata cache refreshed recently. Upgraded {num(0, 40)} packages, 0 errors."


def n_logind():
    d = dt()
    return f"{sh(d, host(), 'systemd-logind[' + str(pid()) + ']')}: New session {num(1, 900)} of user ec2-user."


EC2_NON = [n_started, n_restart_counter, n_sshd_invalid, n_sshd_accepted, n_sshd_failed_pw, n_chrony, n_kernel_mount,
           n_kernel_ena, n_cloudinit_warn, n_cloudinit_info, n_ssm_info, n_ssm_warn, n_cw_info, n_cw_warn, n_cw_debug,
           n_dnf_ok, n_logind]


# ---------------------------------------------------------------- containers
def task_arn():
    return f"arn:aws:ecs:{region()}:{acct()}:task/{pick('prod', 'staging', 'default')}/{hx(32)}"


def ecr(repo):
    return f"{acct()}.dkr.ecr.{region()}.amazonaws.com/{repo}:{pick('v', 'release-')}{num(1, 4)}.{num(0, 30)}.{num(0, 9)}"


def c_pull_notfound():
    d = dt()
    img = ecr(pick("orders-api", "billing", "web", "worker"))
    return (f"level=error time={iso_s(d)} msg=\"Error while pulling image; will try to run anyway\" "
            f"image=\"{img}\" task=\"{hx(32)}\" container=\"{pick('app', 'web', 'api')}\" "
            f"error=\"CannotPullContainerError: pull image manifest has been retried {num(1, 5)} time(s): failed to resolve ref {img}: {img}: not found\"")


def c_register():
    d = dt()
    return (f"level=error time={iso_s(d)} msg=\"Unable to register as a container instance with ECS\" "
            f"error=\"ClientException: Cluster not found.\\n\\tstatus code: 400, request id: {uuid()}\"")


def c_acs():
    d = dt()
    return (f"level=error time={iso_s(d)} msg=\"Error connecting to ACS\" module=acs_handler.go "
            f"error=\"dial tcp {ip()}:443: i/o timeout\"")


def c_transition():
    d = dt()
    return (f"level=error time={iso_s(d)} msg=\"Error transitioning container\" task=\"{hx(32)}\" "
            f"container=\"{pick('app', 'web', 'api', 'worker')}\" runtimeID=\"{hx(64)}\" nextState=\"RUNNING\" "
            f"error=\"CannotStartContainerError: Error response from daemon: failed to create task for container: failed to create shim task: "
            f"OCI runtime create failed: runc create failed: unable to start container process: exec: \\\"/app/{pick('start.sh', 'entrypoint.sh', 'run.sh')}\\\": permission denied: unknown\"")


def c_dockerd_port():
    d = dt()
    cid = hx(64)
    p = pick(8080, 8000, 3000, 9090)
    return (f"time=\"{iso_ns(d)}\" level=error msg=\"Handler for POST /v1.{num(41, 45)}/containers/{cid}/start returned error: "
            f"driver failed programming external connectivity on endpoint ecs-{pick('orders', 'web', 'billing')}-{num(1, 40)}-app-{hx(18)} ({hx(64)}): "
            f"Bind for 0.0.0.0:{p} failed: port is already allocated\"")


def c_dockerd_denied():
    d = dt()
    return (f"time=\"{iso_ns(d)}\" level=error msg=\"Not continuing with pull after error: errors:\n"
            f"denied: requested access to the resource is denied\nunauthorized: authentication required\n\"")


def c_containerd_remove():
    d = dt()
    c = hx(64)
    return (f"time=\"{iso_ns(d)}\" level=error msg=\"RemoveContainer for \\\"{c}\\\" failed\" "
            f"error=\"failed to set removing state for container \\\"{c}\\\": container is already in removing state\"")


def stopped_json(level, code, reason, exit_code):
    d = dt()
    return ("{\"level\":\"%s\",\"time\":\"%s\",\"msg\":\"task stopped\",\"cluster\":\"%s\",\"taskArn\":\"%s\",\"group\":\"service:%s\",\"stopCode\":\"%s\",\"stoppedReason\":\"%s\",\"exitCode\":%s}"
            % (level, iso_ms(d), pick("prod", "staging"), task_arn(), pick("orders-api", "web", "billing-worker"), code, reason, exit_code))


def c_stop_essential():
    return stopped_json("error", "EssentialContainerExited", "Essential container in task exited", pick(1, 137, 139, 2))


def c_stop_secrets():
    a, r = acct(), region()
    return stopped_json("error", "TaskFailedToStart",
                        f"ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: "
                        f"unable to retrieve secret from asm: service call has been retried {num(1, 5)} time(s): failed to fetch secret "
                        f"arn:aws:secretsmanager:{r}:{a}:secret:{pick('prod/db', 'prod/stripe', 'staging/api-key')}-{an(6)} from secrets manager: "
                        f"AccessDeniedException: User: arn:aws:sts::{a}:assumed-role/ecsTaskExecutionRole/{hx(32)} is not authorized to perform: "
                        f"secretsmanager:GetSecretValue", "null")


def c_target_unhealthy():
    d = dt()
    svc = pick("orders-api", "web", "checkout")
    return (f"{iso_ms(d)} (service {svc}) (port {pick(8080, 3000, 8000)}) is unhealthy in (target-group arn:aws:elasticloadbalancing:{region()}:{acct()}:"
            f"targetgroup/{svc}-tg/{hx(16)}) due to (reason Health checks failed with these codes: [{pick(502, 503, 500, 404)}]).")


def c_exec_cli():
    d = dt()
    return ("{\"level\":\"error\",\"time\":\"%s\",\"msg\":\"ecs execute-command failed\",\"cluster\":\"%s\",\"task\":\"%s\",\"container\":\"%s\","
            "\"error\":\"An error occurred (TargetNotConnectedException) when calling the ExecuteCommand operation: "
            "The execute command failed due to an internal error. Try again later.\"}"
            % (iso_ms(d), pick("prod", "staging"), hx(32), pick("app", "web", "api")))


def c_exec_format():
    p = pick("/usr/local/bin/docker-entrypoint.sh", "/app/server", "/usr/local/bin/python", "/bin/sh")
    return f"exec {p}: exec format error" + pick("", "\n")


def c_standard_init():
    return f"standard_init_linux.go:{pick(211, 219, 228)}: exec user process caused: no such file or directory" + pick("", "\n")


CONTAINER_GROUPS = [
    ("ecs-agent-pull-manifest-not-found", c_pull_notfound),
    ("ecs-agent-register-cluster-not-found", c_register),
    ("ecs-agent-acs-connect-timeout", c_acs),
    ("ecs-agent-start-permission-denied", c_transition),
    ("dockerd-port-already-allocated", c_dockerd_port),
    ("dockerd-pull-access-denied", c_dockerd_denied),
    ("containerd-remove-already-removing", c_containerd_remove),
    ("task-stopped-essential-container-exited", c_stop_essential),
    ("task-stopped-secrets-access-denied", c_stop_secrets),
    ("service-target-health-checks-failed", c_target_unhealthy),
    ("ecs-exec-target-not-connected", c_exec_cli),
    ("exec-format-error", c_exec_format),
    ("standard-init-no-such-file", c_standard_init),
]


def cn_pulling():
    d = dt()
    return f"level=info time={iso_s(d)} msg=\"Pulling image\" image=\"{ecr(pick('orders-api', 'web', 'billing'))}\" task=\"{hx(32)}\""


def cn_cleanup():
    d = dt()
    return f"level=info time={iso_s(d)} msg=\"Managed task has reached stopped; waiting for container cleanup\" task=\"{hx(32)}\""


def cn_warn_retry():
    d = dt()
    return (f"level=warn time={iso_s(d)} msg=\"Error response from docker while inspecting container; retrying\" "
            f"container=\"{pick('app', 'web')}\" attempt={num(1, 3)} error=\"context deadline exceeded\"")


def cn_debug_nil():
    d = dt()
    return f"level=debug time={iso_s(d)} msg=\"Task status change submitted\" task=\"{hx(32)}\" status=RUNNING error=<nil>"


def cn_dockerd_ignoring():
    d = dt()
    return (f"time=\"{iso_ns(d)}\" level=info msg=\"ignoring event\" container={hx(64)} module=libcontainerd "
            f"namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"")


def cn_containerd_shim():
    d = dt()
    c = hx(64)
    if R.random() < 0.5:
        return f"time=\"{iso_ns(d)}\" level=info msg=\"shim disconnected\" id={c} namespace=moby"
    return f"time=\"{iso_ns(d)}\" level=warning msg=\"cleaning up after shim disconnected\" id={c} namespace=moby"


def cn_stop_scaling():
    return stopped_json("info", "ServiceSchedulerInitiated", f"Scaling activity initiated by (deployment ecs-svc/{num(10**18, 10**19)})", "0")


def cn_stop_exit0():
    return stopped_json("info", "EssentialContainerExited", "Essential container in task exited", 0)


def cn_steady():
    d = dt()
    return f"{iso_ms(d)} (service {pick('orders-api', 'web', 'checkout')}) has reached a steady state."


def cn_registered():
    d = dt()
    svc = pick("orders-api", "web", "checkout")
    return (f"{iso_ms(d)} (service {svc}) registered {num(1, 3)} targets in (target-group arn:aws:elasticloadbalancing:{region()}:"
            f"{acct()}:targetgroup/{svc}-tg/{hx(16)})")


def cn_app_info():
    d = dt()
    return f"{iso_ms(d)} INFO  server listening on 0.0.0.0:{pick(8080, 3000)} (healthcheck=/health, 0 errors during startup)"


def cn_exec_ok():
    return f"Starting session with SessionId: ecs-execute-command-{hx(17)}"


def cn_healthcheck_ok():
    d = dt()
    return f"{{\"level\":\"debug\",\"time\":\"{iso_ms(d)}\",\"msg\":\"health check\",\"status\":\"healthy\",\"failingStreak\":0,\"error\":null}}"


CONTAINER_NON = [cn_pulling, cn_cleanup, cn_warn_retry, cn_debug_nil, cn_dockerd_ignoring, cn_containerd_shim,
                 cn_stop_scaling, cn_stop_exit0, cn_steady, cn_registered, cn_app_info, cn_exec_ok, cn_healthcheck_ok]
