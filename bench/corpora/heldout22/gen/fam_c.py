"""Families: openstack-oslo-nova-neutron-cinder, python-gunicorn-celery-airflow-ec2."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    ec2host, pid, at, log4j, dotms, ms, ACCT)

# ---------------------------------------------------------------- openstack-oslo-nova-neutron-cinder
# "greywater" private cloud for a render farm, OpenStack 2024.1 control plane (ctl-1..3), compute nodes
# cmp-01..cmp-24, network nodes net-01/02, storage nodes stor-01/02 (LVM/iSCSI), on EC2 metal instances. Services
# log with oslo.log's default file format
#   %(asctime)s.%(msecs)03d %(process)d %(levelname)s %(name)s [%(request_id)s %(user_identity)s] %(instance)s%(message)s
# and exception tracebacks with logging_exception_prefix, so every traceback line carries its own timestamp
# prefix and the CloudWatch agent (multi_line_start_pattern on the timestamp) ships each line as its own event.
F1 = "openstack-oslo-nova-neutron-cinder"


def osl(R, p, level, name, msg, req=True, inst=None):
    if req is True:
        ctx = "[req-%s %s %s - default default] " % (uuid(R), hexs(R, 32), hexs(R, 32))
    elif req:
        ctx = req
    else:
        ctx = "[-] "
    i = "[instance: %s] " % inst if inst else ""
    return "%s %d %s %s %s%s%s" % (dotms(R), p, level, name, ctx, i, msg)


def tb(R, p, name, inst, lines):
    """one line of an oslo.log traceback (logging_exception_prefix), drawn from `lines`."""
    i = "[instance: %s] " % inst if inst else ""
    return "%s %d ERROR %s %s%s" % (dotms(R), p, name, i, pick(R, lines))


def osp(R):
    return R.randint(1000, 99999)


def cmp(R, excl=()):
    while True:
        n = R.randint(1, 24)
        if n not in excl:
            return "cmp-%02d" % n


def op_rabbit(R):
    svc = pick(R, ["nova.compute", "nova.conductor", "neutron.agent", "cinder.volume", "nova.scheduler", "neutron.server"])
    if R.random() < 0.7:
        return osl(R, osp(R), "ERROR", "oslo.messaging._drivers.impl_rabbit", "[%s] AMQP server on rabbit-2.greywater.internal:5672 is unreachable: [Errno 111] ECONNREFUSED. Trying again in %d seconds.: ConnectionRefusedError: [Errno 111] ECONNREFUSED" % (uuid(R), R.randint(1, 32)), False)
    return osl(R, osp(R), "ERROR", "oslo.messaging._drivers.impl_rabbit", "[%s] AMQP server rabbit-2.greywater.internal:5672 closed the connection. Check login credentials: Socket closed: ConnectionResetError: [Errno 104] Connection reset by peer" % uuid(R), False)


def op_gpu(R):
    if R.random() < 0.6:
        return osl(R, osp(R), "WARNING", "nova.scheduler.utils", "Failed to compute_task_build_instances: No valid host was found. There are not enough hosts available.\nTraceback (most recent call last):\n\n  File \"/usr/lib/python3/dist-packages/oslo_messaging/rpc/server.py\", line 244, in inner\n    return func(*args, **kwargs)\n\n  File \"/usr/lib/python3/dist-packages/nova/scheduler/manager.py\", line 243, in select_destinations\n    raise exception.NoValidHost(reason=\"\")\n\nnova.exception.NoValidHost: No valid host was found. \n: nova.exception_Remote.NoValidHost_Remote: No valid host was found. There are not enough hosts available.")
    return osl(R, osp(R), "WARNING", "nova.scheduler.utils", "Setting instance to ERROR state.: nova.exception_Remote.NoValidHost_Remote: No valid host was found. There are not enough hosts available.", True, uuid(R))


def op_gpu_sched(R):
    return osl(R, osp(R), "INFO", "nova.scheduler.manager", "Got no allocation candidates from the Placement API. This could be due to insufficient resources or a temporary occurrence as compute nodes start up.")


def op_ovs(R):
    inst = uuid(R)
    r = R.random()
    if r < 0.3:
        return osl(R, osp(R), "WARNING", "neutron.db.agents_db", "Agent healthcheck: found 1 dead agents out of %d:\n                Type       Last heartbeat host\n  Open vSwitch agent  2028-06-%02d %s cmp-12" % (R.randint(50, 54), day(R), hms(R)), False)
    if r < 0.6:
        return osl(R, osp(R), "WARNING", "nova.virt.libvirt.driver", "Timeout waiting for [('network-vif-plugged', '%s')] for instance with vm_state building and task_state spawning. Event states are: network-vif-plugged-%s: timed out after 300.00 seconds: eventlet.timeout.Timeout: 300 seconds" % ((lambda v: (v, v))(uuid(R))), True, inst)
    if r < 0.85:
        return osl(R, osp(R), "ERROR", "nova.compute.manager", "Instance failed to spawn: nova.exception.VirtualInterfaceCreateException: Virtual Interface creation failed", True, inst)
    return osl(R, osp(R), "ERROR", "neutron.plugins.ml2.managers", "Failed to bind port %s on host cmp-12 for vnic_type normal using segments [{'id': '%s', 'network_type': 'vxlan', 'physical_network': None, 'segmentation_id': %d, 'network_id': '%s'}]" % (uuid(R), uuid(R), R.randint(1000, 9000), uuid(R)))


def op_cinder(R):
    r = R.random()
    if r < 0.45:
        return osl(R, osp(R), "WARNING", "cinder.scheduler.filters.capacity_filter", "Insufficient free space for volume creation on host stor-02@lvm#lvm (requested / avail): %d/%.1f" % (pick(R, [100, 200, 500, 1000]), R.uniform(10, 60)))
    if r < 0.8:
        return osl(R, osp(R), "ERROR", "cinder.scheduler.flows.create_volume", "Failed to run task cinder.scheduler.flows.create_volume.ScheduleCreateVolumeTask;volume:create: No valid backend was found. No weighed backends available: cinder.exception.NoValidBackend: No valid backend was found. No weighed backends available")
    return osl(R, osp(R), "WARNING", "cinder.volume.drivers.lvm", "Thin pool cinder-volumes-pool is %.1f%% full, max_over_subscription_ratio 20.0 reached" % R.uniform(95, 99.9), False)


def op_fernet(R):
    if R.random() < 0.55:
        return osl(R, osp(R), "WARNING", "keystone.server.flask.application", "Could not recognize Fernet token: keystone.exception.TokenNotFound: Could not recognize Fernet token")
    return osl(R, osp(R), "WARNING", "keystonemiddleware.auth_token", "Authorization failed for token", False)


def op_libvirt(R):
    r = R.random()
    if r < 0.35:
        return osl(R, osp(R), "ERROR", "nova.virt.libvirt.host", "Connection to libvirt lost: 1", False)
    if r < 0.7:
        return osl(R, osp(R), "ERROR", "oslo_service.periodic_task", "Error during ComputeManager.update_available_resource: libvirt.libvirtError: Failed to connect socket to '/var/run/libvirt/virtqemud-sock': No such file or directory", True)
    return osl(R, osp(R), "WARNING", "nova.virt.libvirt.host", "URI qemu:///system does not support events: Failed to connect socket to '/var/run/libvirt/virtqemud-sock': No such file or directory: libvirt.libvirtError: Failed to connect socket to '/var/run/libvirt/virtqemud-sock': No such file or directory", False)


NOSPACE_TB = [
    "Traceback (most recent call last):",
    "  File \"/usr/lib/python3/dist-packages/nova/compute/manager.py\", line 2894, in _build_resources",
    "    yield resources",
    "  File \"/usr/lib/python3/dist-packages/nova/virt/libvirt/driver.py\", line 4601, in spawn",
    "    created_instance_dir, created_disks = self._create_image(",
    "  File \"/usr/lib/python3/dist-packages/nova/virt/libvirt/imagebackend.py\", line 287, in cache",
    "    self.create_image(fetch_func_sync, base, size,",
    "  File \"/usr/lib/python3/dist-packages/nova/virt/images.py\", line 165, in fetch_to_raw",
    "OSError: [Errno 28] No space left on device",
]


def op_nospace(R):
    inst = uuid(R)
    r = R.random()
    if r < 0.4:
        return osl(R, osp(R), "ERROR", "nova.compute.manager", "Instance failed to spawn: OSError: [Errno 28] No space left on device: '/var/lib/nova/instances/_base/%s.part'" % hexs(R, 40), True, inst)
    if r < 0.55:
        return osl(R, osp(R), "ERROR", "nova.compute.manager", "Build of instance %s aborted: [Errno 28] No space left on device: nova.exception.BuildAbortException: Build of instance %s aborted: [Errno 28] No space left on device" % (inst, inst), True, inst)
    return tb(R, osp(R), "nova.compute.manager", inst, NOSPACE_TB)


def op_dnsmasq(R):
    net = uuid(R)
    if R.random() < 0.6:
        return osl(R, osp(R), "ERROR", "neutron.agent.dhcp.agent", "Unable to enable dhcp for %s.: neutron_lib.exceptions.ProcessExecutionError: Exit code: 2; Cmd: ['ip', 'netns', 'exec', 'qdhcp-%s', 'dnsmasq', '--no-hosts', '--no-resolv', '--pid-file=/var/lib/neutron/dhcp/%s/pid', '--dhcp-hostsfile=/var/lib/neutron/dhcp/%s/host', '--bind-interfaces', '--interface=tap%s', ...]; Stdin: ; Stdout: ; Stderr: \ndnsmasq: failed to create listening socket for port 53: Address already in use" % (net, net, net, net, hexs(R, 11)[:3] + "-" + hexs(R, 7)))
    return osl(R, osp(R), "ERROR", "neutron.agent.linux.utils", "Exit code: 2; Cmd: ['ip', 'netns', 'exec', 'qdhcp-%s', 'dnsmasq', '--no-hosts', ...]; Stdin: ; Stdout: ; Stderr: \ndnsmasq: failed to create listening socket for port 53: Address already in use" % net)


def op_maxconn(R):
    name = pick(R, ["oslo_db.sqlalchemy.engines", "oslo_db.sqlalchemy.engines", "oslo_db.api"])
    if name == "oslo_db.api":
        return osl(R, osp(R), "ERROR", name, "DB exceeded retry limit.: oslo_db.exception.DBConnectionError: (pymysql.err.OperationalError) (1040, 'Too many connections')\n(Background on this error at: https://sqlalche.me/e/14/e3q8)")
    return osl(R, osp(R), "ERROR", name, "Database connection was found disconnected; reconnecting: oslo_db.exception.DBConnectionError: (pymysql.err.OperationalError) (1040, 'Too many connections')\n(Background on this error at: https://sqlalche.me/e/14/e3q8)", pick(R, [True, False]))


def op_negs():
    def n_spawn(R): return osl(R, osp(R), "INFO", "nova.compute.manager", "Took %.2f seconds to spawn the instance on the hypervisor." % R.uniform(5, 60), True, uuid(R))
    def n_build(R): return osl(R, osp(R), "INFO", "nova.compute.manager", "Took %.2f seconds to build instance." % R.uniform(6, 70), True, uuid(R))
    def n_res(R): return osl(R, osp(R), "INFO", "nova.compute.resource_tracker", "Final resource view: name=%s phys_ram=%dMB used_ram=%dMB phys_disk=%dGB used_disk=%dGB total_vcpus=96 used_vcpus=%d pci_stats=[]" % (cmp(R), 786432, R.randint(10000, 700000), 3500, R.randint(50, 3000), R.randint(0, 96)), False)
    def n_wsgi(R): return osl(R, osp(R), "INFO", "nova.osapi_compute.wsgi.server", "%s \"%s\" status: %d len: %d time: %.7f" % (ip10(R, 48), pick(R, ["GET /v2.1/servers/detail?all_tenants=True HTTP/1.1", "GET /v2.1/flavors/detail HTTP/1.1", "POST /v2.1/servers HTTP/1.1", "GET /v2.1/os-hypervisors/detail HTTP/1.1"]), pick(R, [200, 200, 202]), R.randint(200, 90000), R.uniform(0.01, 2)))
    def n_sg(R): return osl(R, osp(R), "INFO", "neutron.agent.securitygroups_rpc", "Security group member updated ['%s']" % uuid(R))
    def n_reconn(R): return osl(R, osp(R), "INFO", "oslo.messaging._drivers.impl_rabbit", "[%s] Reconnected to AMQP server on rabbit-%d.greywater.internal:5672 via [amqp] client with port %d." % (uuid(R), pick(R, [1, 3]), port(R)), False)
    def n_life(R): return osl(R, osp(R), "INFO", "nova.compute.manager", "VM %s (Lifecycle Event)" % pick(R, ["Stopped", "Started", "Paused", "Resumed"]), False, uuid(R))
    def n_quota(R): return osl(R, osp(R), "INFO", "nova.api.openstack.wsgi", "HTTP exception thrown: Quota exceeded for cores: Requested %d, but already used %d of 200 cores" % (pick(R, [8, 16, 32]), R.randint(180, 200)))
    def n_notfound(R): return osl(R, osp(R), "INFO", "nova.api.openstack.wsgi", "HTTP exception thrown: Instance %s could not be found." % uuid(R))
    def n_unexp(R): return osl(R, osp(R), "WARNING", "nova.compute.manager", "Received unexpected event network-vif-plugged-%s for instance with vm_state active and task_state None." % uuid(R), True, uuid(R))
    def n_deprec(R): return osl(R, osp(R), "WARNING", "oslo_config.cfg", "Deprecated: Option \"heartbeat_in_pthread\" from group \"oslo_messaging_rabbit\" is deprecated for removal (The option is related to Eventlet which will be removed. In addition this has never worked as expected with services using eventlet for core service framework.).  Its value may be silently ignored in the future.", False)
    def n_vol(R): return osl(R, osp(R), "INFO", "cinder.volume.flows.manager.create_volume", "Volume %s (volume-%s): created successfully" % ((lambda v: (v, v))(uuid(R))))
    def n_sync(R): return osl(R, osp(R), "INFO", "nova.compute.manager", "During sync_power_state the instance has a pending task (%s). Skip." % pick(R, ["spawning", "deleting", "resize_migrating"]), False, uuid(R))
    def n_ovsok(R): return osl(R, osp(R), "INFO", "neutron.plugins.ml2.drivers.openvswitch.agent.ovs_neutron_agent", "Agent rpc_loop - iteration:%d completed. Processed ports statistics: {'regular': {'added': %d, 'updated': %d, 'removed': %d}}. Elapsed:%.3f" % (R.randint(1000, 900000), R.randint(0, 3), R.randint(0, 3), R.randint(0, 3), R.uniform(0.01, 2)), "[req-%s - - - - -] " % uuid(R))
    def n_claim(R): return osl(R, osp(R), "INFO", "nova.compute.claims", "Claim successful on node %s.greywater.internal" % cmp(R), True, uuid(R))
    def n_ks(R): return osl(R, osp(R), "INFO", "keystone.server.flask.request_processing.req_logging", "%s %s" % (pick(R, ["POST", "GET"]), pick(R, ["http://keystone.greywater.internal:5000/v3/auth/tokens", "http://keystone.greywater.internal:5000/v3/projects", "http://keystone.greywater.internal:5000/v3/users/%s/projects" % hexs(R, 32)])))
    return [n_spawn, n_build, n_res, n_wsgi, n_sg, n_reconn, n_life, n_quota, n_notfound, n_unexp, n_deprec, n_vol, n_sync, n_ovsok, n_claim, n_ks]


def fam_openstack(R):
    def gpu(R):
        return op_gpu(R) if R.random() < 0.75 else op_gpu_sched(R)
    return build(R, F1, [
        ("rabbit2-down-amqp-unreachable", op_rabbit),
        ("g5-render-flavor-no-vgpu-capacity", gpu),
        ("cmp12-ovs-agent-dead-vif-timeouts", op_ovs),
        ("stor02-lvm-thin-pool-full", op_cinder),
        ("keystone3-fernet-keys-not-synced", op_fernet),
        ("cmp05-virtqemud-socket-missing", op_libvirt),
        ("cmp09-instances-disk-full", op_nospace),
        ("net02-port53-taken-dnsmasq-fails", op_dnsmasq),
        ("mariadb-max-connections-too-low", op_maxconn),
    ], op_negs())


# ---------------------------------------------------------------- python-gunicorn-celery-airflow-ec2
# "saltmarsh" data platform: a Django 5 app under gunicorn 22 on EC2 (api-1..4), Celery 5.4 workers and beat on
# ECS (FireLens), and Airflow 2.9 (scheduler, dag-processor, celery workers) on EC2. Layouts: gunicorn's default
# error log "[%Y-%m-%d %H:%M:%S %z] [pid] [LEVEL] msg"; Django LOGGING "[%(asctime)s] %(levelname)s
# [%(name)s:%(lineno)s] %(message)s"; Celery's default worker format "[%(asctime)s: %(levelname)s/%(processName)s]
# %(message)s" (task lines "... %(task_name)s[%(task_id)s]: ..."); Airflow's "[%(asctime)s] {%(filename)s:%(lineno)d}
# %(levelname)s - %(message)s" in task logs ("2028-06-03, 12:34:56 UTC") and in scheduler logs (ISO with +0000).
F2 = "python-gunicorn-celery-airflow-ec2"


def gu(R, p, level, msg):
    return "[2028-06-%02d %s +0000] [%d] [%s] %s" % (day(R), hms(R), p, level, msg)


def dj(R, level, name, line, msg):
    return "[%s] %s [%s:%d] %s" % (log4j(R), level, name, line, msg)


def ce(R, level, proc, msg):
    return "[%s: %s/%s] %s" % (log4j(R), level, proc, msg)


def aft(R, src, level, msg):
    """Airflow task log line."""
    return "[2028-06-%02d, %s UTC] {%s} %s - %s" % (day(R), hms(R), src, level, msg)


def afs(R, src, level, msg):
    """Airflow scheduler/dag-processor log line."""
    return "[%s+0000] {%s} %s - %s" % (iso(R, 3, ""), src, level, msg)


def fpw(R):
    return "ForkPoolWorker-%d" % R.randint(1, 32)


def py_timeout(R):
    master = pick(R, [7, 8, 9, 11])
    w = R.randint(20, 4000)
    r = R.random()
    if r < 0.4:
        return gu(R, master, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % w)
    if r < 0.75:
        return gu(R, master, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % w)
    return gu(R, w, "ERROR", "Error handling request /reports/usage/?org=%d&period=%s\nTraceback (most recent call last):\n  File \"/srv/saltmarsh/venv/lib/python3.12/site-packages/gunicorn/workers/sync.py\", line 134, in handle\n    self.handle_request(listener, req, client, addr)\n  File \"/srv/saltmarsh/saltmarsh/reports/usage.py\", line %d, in build_rows\n    for event in events.iterator():\n  File \"/srv/saltmarsh/venv/lib/python3.12/site-packages/gunicorn/workers/base.py\", line 204, in handle_abort\n    sys.exit(1)\nSystemExit: 1" % (R.randint(100, 9000), pick(R, ["month", "quarter", "year"]), pick(R, [88, 91])))


def py_oom(R):
    w = "ForkPoolWorker-%d" % R.randint(1, 8)
    job = R.randint(100, 90000)
    if R.random() < 0.5:
        return ce(R, "ERROR", "MainProcess", "Process '%s' pid:%d exited with 'signal 9 (SIGKILL)'" % (w, pid(R)))
    return ce(R, "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/billiard/pool.py\", line 1265, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d." % (job, job))


def py_redis(R):
    return ce(R, "ERROR", "MainProcess", "consumer: Cannot connect to redis://celery-broker.saltmarsh.internal:6379/0: max number of clients reached.\nTrying again in %.2f seconds... (%d/100)\n" % (pick(R, [2.0, 4.0, 6.0, 8.0, 10.0, 12.0]), R.randint(1, 20)))


def py_s3(R):
    r = R.random()
    ti = "dag_id=ingest_partner_feeds, task_id=upload_raw, run_id=scheduled__2028-06-%02dT02:00:00+00:00" % day(R)
    if r < 0.55:
        return aft(R, "taskinstance.py:2905", "ERROR", "Task failed with exception\nTraceback (most recent call last):\n  File \"/home/airflow/.local/lib/python3.11/site-packages/airflow/models/taskinstance.py\", line 465, in _execute_task\n    result = _execute_callable(context=context, **execute_callable_kwargs)\n  File \"/opt/airflow/dags/partner_feeds/upload.py\", line %d, in upload_raw\n    s3.load_file(local_path, key=key, bucket_name=\"saltmarsh-raw-v2\", replace=True)\n  File \"/home/airflow/.local/lib/python3.11/site-packages/boto3/s3/transfer.py\", line 377, in upload_file\n    raise S3UploadFailedError(\nboto3.exceptions.S3UploadFailedError: Failed to upload /tmp/partner_feeds/%s.csv.gz to saltmarsh-raw-v2/partner=%s/%s.csv.gz: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied" % (pick(R, [41, 41, 44]), lower(R, 8), pick(R, ["acme", "birchline", "corvid"]), lower(R, 8)))
    return aft(R, "taskinstance.py:1206", "INFO", "Marking task as FAILED. %s, execution_date=2028060%dT020000, start_date=2028060%dT02%02d%02d, end_date=2028060%dT02%02d%02d" % (ti, day(R), day(R), R.randint(0, 59), R.randint(0, 59), day(R), R.randint(0, 59), R.randint(0, 59)))


def py_dagparse(R):
    p = pid(R)
    if R.random() < 0.6:
        return afs(R, "manager.py:1216", "ERROR", "Processor for /opt/airflow/dags/partner_sync.py with PID %d started at 2028-06-%02dT%s.%s+00:00 has timed out, killing it." % (p, day(R), hms(R), digits(R, 6)))
    return afs(R, "manager.py:1019", "ERROR", "Processor for /opt/airflow/dags/partner_sync.py exited with return code -9.") if R.random() < 0.5 else afs(R, "timeout.py:68", "ERROR", "Process timed out, PID: %d" % p)


def py_pgslots(R):
    r = R.random()
    host = "saltmarsh-db.cluster-c8x2kqv1abcd.us-east-1.rds.amazonaws.com"
    m = "connection to server at \"%s\" (10.50.%d.%d), port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute" % (host, R.randint(10, 12), R.randint(2, 254))
    if r < 0.5:
        return dj(R, "ERROR", "django.request", 241, "Internal Server Error: /api/v2/%s\nTraceback (most recent call last):\n  File \"/srv/saltmarsh/venv/lib/python3.12/site-packages/django/db/backends/base/base.py\", line 275, in ensure_connection\n    self.connect()\n  File \"/srv/saltmarsh/venv/lib/python3.12/site-packages/psycopg/connection.py\", line 119, in connect\n    raise last_ex.with_traceback(None)\npsycopg.OperationalError: %s\n\nThe above exception was the direct cause of the following exception:\n\ndjango.db.utils.OperationalError: %s" % (pick(R, ["orders/", "shipments/%d/" % R.randint(1, 99999), "me/"]), m, m))
    return ce(R, "ERROR", fpw(R), "Task saltmarsh.sync.tasks.%s[%s] raised unexpected: OperationalError('%s')" % (pick(R, ["push_inventory", "pull_rates", "refresh_prices"]), uuid(R), m))


def py_bind(R):
    master = R.randint(20000, 40000)
    r = R.random()
    if r < 0.45:
        return gu(R, master, "ERROR", "Connection in use: ('0.0.0.0', 8000)")
    if r < 0.8:
        return gu(R, master, "ERROR", "connection to ('0.0.0.0', 8000) failed: [Errno 98] Address already in use")
    return gu(R, master, "ERROR", "Can't connect to ('0.0.0.0', 8000)")


def py_soft(R):
    tid_ = uuid(R)
    if R.random() < 0.45:
        return ce(R, "WARNING", "MainProcess", "Soft time limit (300s) exceeded for saltmarsh.exports.tasks.build_export[%s]" % tid_)
    return ce(R, "ERROR", fpw(R), "Task saltmarsh.exports.tasks.build_export[%s] raised unexpected: SoftTimeLimitExceeded()\nTraceback (most recent call last):\n  File \"/app/saltmarsh/exports/tasks.py\", line %d, in build_export\n    for row in qs.iterator(chunk_size=2000):\n  File \"/usr/local/lib/python3.12/site-packages/billiard/pool.py\", line 229, in soft_timeout_sighandler\n    raise SoftTimeLimitExceeded()\nbilliard.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()" % (tid_, pick(R, [58, 58, 61])))


def py_afdisk(R):
    if R.random() < 0.5:
        return afs(R, "scheduler_job_runner.py:843", "ERROR", "Executor CeleryExecutor(parallelism=64) reported that the task instance <TaskInstance: %s.%s scheduled__2028-06-%02dT%02d:00:00+00:00 [queued]> finished with state failed, but the task instance's state attribute is queued. Learn more: https://airflow.apache.org/docs/apache-airflow/stable/troubleshooting.html#task-state-changed-externally" % (pick(R, ["dbt_daily", "ingest_partner_feeds", "export_finance"]), pick(R, ["run_models", "extract", "load"]), day(R), R.randint(0, 23)))
    return "[%s: ERROR/ForkPoolWorker-%d] [%s] Failed to execute task [Errno 28] No space left on device: '/opt/airflow/logs/dag_id=%s/run_id=scheduled__2028-06-%02dT%02d:00:00+00:00/task_id=%s'." % (log4j(R), R.randint(1, 16), uuid(R), pick(R, ["dbt_daily", "ingest_partner_feeds", "export_finance"]), day(R), R.randint(0, 23), pick(R, ["run_models", "extract", "load"]))


def py_unreg(R):
    return ce(R, "ERROR", "MainProcess", "Received unregistered task of type 'saltmarsh.notifications.tasks.send_weekly_digest'.\nThe message has been ignored and discarded.\n\nDid you remember to import the module containing this task?\nOr maybe you're using relative imports?\n\nPlease see\nhttps://docs.celeryq.dev/en/latest/internals/protocol.html\nfor more information.\n\nThe full contents of the message body was:\nb'[[%d], {}, {\"callbacks\": null, \"errbacks\": null, \"chain\": null, \"chord\": null}]' (%db)\n\nThe full contents of the message headers:\n{'lang': 'py', 'task': 'saltmarsh.notifications.tasks.send_weekly_digest', 'id': '%s', 'retries': 0, 'root_id': '%s', 'parent_id': None, 'origin': 'gen1@api-%d'}\n\nThe delivery info for this task is:\n{'exchange': '', 'routing_key': 'default'}\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py\", line 659, in on_task_received\n    strategy = strategies[type_]\nKeyError: 'saltmarsh.notifications.tasks.send_weekly_digest'" % ((lambda o, i: (o, R.randint(80, 90), i, i, R.randint(1, 4)))(R.randint(1, 99999), uuid(R))))


def py_negs():
    def n_boot(R): return gu(R, R.randint(7, 40), "INFO", "Booting worker with pid: %d" % R.randint(20, 4000))
    def n_listen(R): return gu(R, R.randint(7, 40), "INFO", pick(R, ["Listening at: http://0.0.0.0:8000 (%d)" % R.randint(7, 40), "Using worker: sync", "Starting gunicorn 22.0.0", "Handling signal: term", "Shutting down: Master"]))
    def n_exit(R): return gu(R, R.randint(20, 4000), "INFO", "Worker exiting (pid: %d)" % R.randint(20, 4000))
    def n_ok(R): return ce(R, "INFO", fpw(R), "Task saltmarsh.%s[%s] succeeded in %.9fs: %s" % (pick(R, ["sync.tasks.push_inventory", "media.tasks.render_thumbnail", "notifications.tasks.send_email", "exports.tasks.build_export"]), uuid(R), R.uniform(0.01, 120), pick(R, ["None", "{'sent': 1}", "True"])))
    def n_recv(R): return ce(R, "INFO", "MainProcess", "Task saltmarsh.%s[%s] received" % (pick(R, ["sync.tasks.pull_rates", "media.tasks.render_thumbnail", "notifications.tasks.send_email"]), uuid(R)))
    def n_retry(R): return ce(R, "INFO", fpw(R), "Task saltmarsh.sync.tasks.pull_rates[%s] retry: Retry in %ds: HTTPError('429 Client Error: Too Many Requests for url: https://api.partner-%s.example/v1/rates')" % (uuid(R), pick(R, [30, 60, 120]), pick(R, ["acme", "birchline", "corvid"])))
    def n_ready(R): return ce(R, "INFO", "MainProcess", pick(R, ["celery@%s ready." % ("worker-" + lower(R, 6)), "Connected to redis://celery-broker.saltmarsh.internal:6379/0", "mingle: searching for neighbors", "mingle: sync with %d nodes" % R.randint(1, 9), "mingle: all alone", "Events of group {task} enabled by remote."]))
    def n_beat(R): return ce(R, "INFO", "MainProcess", "Scheduler: Sending due task %s (saltmarsh.%s)" % pick(R, [("pull-rates-every-5m", "sync.tasks.pull_rates"), ("nightly-export", "exports.tasks.build_export"), ("digest-monday", "notifications.tasks.send_digest")]))
    def n_af_ok(R): return aft(R, "taskinstance.py:1206", "INFO", "Marking task as SUCCESS. dag_id=%s, task_id=%s, run_id=scheduled__2028-06-%02dT02:00:00+00:00, execution_date=2028060%dT020000, start_date=2028060%dT02%02d%02d, end_date=2028060%dT02%02d%02d" % (pick(R, ["dbt_daily", "ingest_partner_feeds", "export_finance"]), pick(R, ["run_models", "extract", "upload_raw", "load"]), day(R), day(R), day(R), R.randint(0, 59), R.randint(0, 59), day(R), R.randint(0, 59), R.randint(0, 59)))
    def n_af_out(R): return aft(R, "subprocess.py:93", "INFO", "Output:\n%02d:%02d:%02d  %d of %d OK created sql table model analytics.%s ....... [SELECT %d in %.2fs]" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1, 90), 90, pick(R, ["fct_orders", "dim_customers", "fct_shipments"]), R.randint(100, 900000), R.uniform(1, 90)))
    def n_af_sched(R): return afs(R, "scheduler_job_runner.py:417", "INFO", "%d tasks up for execution:\n\t<TaskInstance: %s.%s scheduled__2028-06-%02dT02:00:00+00:00 [scheduled]>" % (1, pick(R, ["dbt_daily", "export_finance"]), pick(R, ["run_models", "load"]), day(R)))
    def n_af_warn(R): return aft(R, "logging_mixin.py:188", "WARNING", "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/amazon/aws/hooks/base_aws.py:%d AirflowProviderDeprecationWarning: Use of `region_name` in extra is deprecated" % R.randint(500, 600))
    def n_af_poke(R): return aft(R, "s3.py:117", "INFO", "Poking for key : s3://saltmarsh-landing/partner=%s/%s/_SUCCESS" % (pick(R, ["acme", "birchline", "corvid"]), "2028-06-%02d" % day(R)))
    def n_404(R): return dj(R, "WARNING", "django.request", 241, "Not Found: /%s" % pick(R, ["wp-login.php", ".env", "admin/config.php", "api/v2/orders/%d/" % R.randint(1, 99999), "favicon.ico"]))
    def n_host(R): return dj(R, "ERROR", "django.security.DisallowedHost", 98, "Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % ((lambda i: (i, i))(ipdoc(R))))
    def n_req(R): return dj(R, "INFO", "saltmarsh.middleware", 33, "%s %s %d %dms user=%d" % (pick(R, ["GET", "POST"]), pick(R, ["/api/v2/orders/", "/api/v2/shipments/%d/" % R.randint(1, 99999), "/api/v2/me/"]), pick(R, [200, 200, 201, 204]), R.randint(4, 900), R.randint(1, 9000)))
    return [n_boot, n_listen, n_exit, n_ok, n_recv, n_retry, n_ready, n_beat, n_af_ok, n_af_out, n_af_sched, n_af_warn, n_af_poke, n_404, n_host, n_req]


def fam_python(R):
    return build(R, F2, [
        ("usage-report-exceeds-gunicorn-timeout", py_timeout),
        ("thumbnail-workers-oom-killed", py_oom),
        ("celery-broker-redis-maxclients", py_redis),
        ("partner-feeds-new-bucket-access-denied", py_s3),
        ("partner-sync-dag-slow-top-level-code", py_dagparse),
        ("postgres-slots-exhausted-by-celery-concurrency", py_pgslots),
        ("api-restart-old-gunicorn-holds-port", py_bind),
        ("export-task-soft-time-limit", py_soft),
        ("airflow-worker-log-volume-full", py_afdisk),
        ("digest-task-unregistered-on-old-workers", py_unreg),
    ], py_negs())


FAMILIES = {F1: fam_openstack, F2: fam_python}
