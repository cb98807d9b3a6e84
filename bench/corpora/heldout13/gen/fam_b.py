"""Families: lvm-thinpool-efs-utils, apt-unattended-logrotate."""
from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    epoch, sysl, host)

# ---------------------------------------------------------------- lvm-thinpool-efs-utils
# EC2 hosts with LVM on EBS/instance store (a Docker devicemapper thin pool on older ECS hosts, a
# thin pool for a database, an archive VG) logging to /var/log/messages, plus amazon-efs-utils'
# /var/log/amazon/efs/mount.log and mount-watchdog.log (`%(asctime)s - %(levelname)s - %(message)s`).
F1 = "lvm-thinpool-efs-utils"

DOCKER_HOSTS = ["ip-10-12-%d-%d" % (a, b) for a, b in [(1, 40), (1, 41), (2, 77)]]
DB_HOST = "ip-10-12-9-200"
ARCH_HOST = "ip-10-12-14-3"
EFS_HOSTS = ["ip-10-12-%d-%d" % (a, b) for a, b in [(20, 5), (20, 6), (21, 130), (22, 64)]]
FS_TLS = "fs-0c41d9e27ab03f6e5"
FS_DNS = "fs-09ab77e1c2d34f0a1"
FS_AP = "fs-0e5f1a2b3c4d5e6f7"
FS_OK = ["fs-0a1b2c3d4e5f60718", FS_TLS, FS_AP]


def efsts(R):
    return "2027-08-%02d %s,%s" % (day(R), hms(R), ms(R))


def efs(R, level, msg):
    return "%s - %s - %s" % (efsts(R), level, msg)


def g_docker_pool_full(R):
    h = pick(R, DOCKER_HOSTS)
    v = R.random()
    if v < 0.45:
        return sysl(R, h, "kernel", "device-mapper: thin: 253:%d: switching pool to out-of-data-space (queue IO) mode" % pick(R, [2, 2, 3]), pid=0)
    if v < 0.75:
        d, t = day(R), hms(R)
        return "Aug %2d %s %s dockerd[%d]: time=\"2027-08-%02dT%s.%09dZ\" level=error msg=\"Handler for POST /v1.43/containers/create returned error: devmapper: Thin Pool has %d free data blocks which is less than minimum required %d free data blocks. Create more free space in thin pool or use dm.min_free_space option to change behavior\"" % (
            d, t, h, R.randint(800, 3000), d, t, R.randint(0, 999999999), R.randint(0, 900), 163840)
    return sysl(R, h, "kernel", "device-mapper: thin: 253:%d: switching pool to out-of-data-space (error IO) mode" % pick(R, [2, 2, 3]), pid=0)


def g_autoextend_failed(R):
    v = R.random()
    if v < 0.5:
        return sysl(R, DB_HOST, "dmeventd", "Insufficient free space: %d extents needed, but only %d available" % (pick(R, [2560, 2560, 1280]), R.randint(0, 40)))
    return sysl(R, DB_HOST, "dmeventd", "Failed to extend thin vg_data-pool0-tpool.")


def g_missing_pv(R):
    pv = "Ld3xQe-7Hk2-pF0u-9aXc-Tq4M-yR1z-Bv6NwK"
    v = R.random()
    if v < 0.4:
        return sysl(R, ARCH_HOST, "lvm", "WARNING: Couldn't find device with uuid %s." % pv)
    if v < 0.7:
        return sysl(R, ARCH_HOST, "lvm", "Refusing activation of partial LV vg_archive/lv_archive.  Use '--activationmode partial' to override.")
    return sysl(R, ARCH_HOST, "systemd", "lvm-activate-vg_archive.service: Main process exited, code=exited, status=5/NOTINSTALLED", pid=1)


def g_metadata_checksum(R):
    h = DB_HOST
    v = R.random()
    if v < 0.4:
        return sysl(R, h, "lvm", "/dev/nvme2n1: Checksum error at offset %d" % pick(R, [4608, 4608, 70144]))
    if v < 0.7:
        return sysl(R, h, "lvm", "WARNING: invalid metadata text from /dev/nvme2n1 at %d." % pick(R, [4608, 70144]))
    return sysl(R, h, "lvm", "Failed to read metadata summary from /dev/nvme2n1")


def g_snapshot_invalid(R):
    if R.random() < 0.6:
        return sysl(R, DB_HOST, "kernel", "device-mapper: snapshots: Invalidating snapshot: Unable to allocate exception.", pid=0)
    return sysl(R, DB_HOST, "lvm", "Snapshot vg_data/pre_upgrade_%s is invalid (%d%% used)." % (pick(R, ["0801", "0801"]), 100))


def g_efs_tls(R):
    h = pick(R, EFS_HOSTS)
    v = R.random()
    if v < 0.5:
        return efs(R, "ERROR", "Failed to initialize TLS tunnel for %s" % FS_TLS)
    return efs(R, "ERROR", "Failed to start TLS tunnel (errno=%d), stdout=\"b''\", stderr=\"b'[!] Service [efs] (pid %d): certificate verify failed'\". Please check that the EFS CA bundle at /etc/amazon/efs/efs-utils.crt is readable" % (pick(R, [1, 1]), R.randint(1000, 60000)))


def g_efs_dns(R):
    return efs(R, "ERROR", "Failed to resolve \"%s.efs.us-east-1.amazonaws.com\" - check that your file system ID is correct, and ensure that the VPC has an EFS mount target for this file system ID. Attempting to lookup mount target ip address using botocore. Failed to import necessary dependency botocore, please install botocore first." % FS_DNS) if R.random() < 0.5 else \
        efs(R, "ERROR", "Failed to resolve \"us-east-1%s.%s.efs.us-east-1.amazonaws.com\" - check that the specified DNS name is a CNAME record resolving to a valid EFS DNS name" % (pick(R, ["c", "d"]), FS_DNS))


def g_efs_access_denied(R):
    ap = "fsap-0%s" % pick(R, ["4d1e9a8b7c6f5e432"])
    return efs(R, "ERROR", "Mount failed: mount.nfs4: access denied by server while mounting 127.0.0.1:/ (fs %s, access point %s, iam)" % (FS_AP, ap))


def n_lvm(R):
    h = pick(R, DOCKER_HOSTS + [DB_HOST, ARCH_HOST])
    return sysl(R, h, pick(R, ["lvm", "dmeventd", "lvm"]), pick(R, [
        "Monitoring thin pool vg_docker-thinpool-tpool.",
        "Size of logical volume vg_data/pool0_tdata changed from %d.00 GiB (%d extents) to %d.00 GiB (%d extents)." % (200, 51200, 220, 56320),
        "Logical volume vg_data/pool0_tdata successfully resized.",
        "  %d logical volume(s) in volume group \"vg_data\" now active" % R.randint(2, 6),
        "WARNING: Thin pool vg_docker-thinpool-tpool data is now %.2f%% full." % R.uniform(80, 96),
        "WARNING: Thin pool vg_data-pool0-tpool metadata is now %.2f%% full." % R.uniform(80, 90),
        "PV /dev/nvme1n1 online, VG vg_data is complete.",
        "Logical volume \"pre_upgrade_%02d%02d\" created." % (8, day(R))]))


def n_lvm_kernel(R):
    h = pick(R, DOCKER_HOSTS + [DB_HOST])
    return sysl(R, h, "kernel", pick(R, [
        "device-mapper: thin: Data device (dm-1) discard unsupported: Disabling discard passdown.",
        "device-mapper: thin: 253:2: reached low water mark for data device: sending event.",
        "EXT4-fs (dm-%d): mounted filesystem with ordered data mode. Quota mode: none." % R.randint(3, 30),
        "XFS (dm-%d): Ending clean mount" % R.randint(3, 30)]), pid=0)


def n_efs_info(R):
    fs = pick(R, FS_OK)
    return efs(R, pick(R, ["INFO", "INFO", "DEBUG"]), pick(R, [
        "version=2.0.4 options={'tls': None, 'iam': None, 'rw': None, '_netdev': None}",
        "Starting TLS tunnel: \"/usr/bin/stunnel5 /var/run/efs/stunnel-config.%s.mnt.efs.%d\"" % (fs, 20000 + R.randint(49, 999)),
        "Started TLS tunnel, pid: %d" % R.randint(1000, 60000),
        "Executing: \"/sbin/mount.nfs4 127.0.0.1:/ /mnt/efs -o rw,_netdev,nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,port=%d\" with 15 sec time limit." % (20000 + R.randint(49, 999)),
        "Successfully mounted %s.efs.us-east-1.amazonaws.com at /mnt/efs" % fs,
        "No CA file configured, using default CA file /etc/amazon/efs/efs-utils.crt"]))


def n_watchdog(R):
    fs = pick(R, FS_OK)
    return efs(R, pick(R, ["INFO", "INFO", "WARNING"]), pick(R, [
        "amazon-efs-mount-watchdog, version 2.0.4, is enabled and started",
        "Unmount grace period expired for %s" % fs,
        "TLS tunnel for %s is not running, restarting it (0 errors since start)" % fs,
        "Child TLS tunnel process %d has exited, returncode=0" % R.randint(1000, 60000),
        "Certificate for %s refreshed, valid until 2027-08-%02d" % (fs, R.randint(8, 28))]))


def lvm_thinpool_efs_utils(R):
    groups = [
        ("docker-thinpool-out-of-data-space", g_docker_pool_full),
        ("db-pool0-autoextend-vg-full", g_autoextend_failed),
        ("archive-vg-missing-pv", g_missing_pv),
        ("db-nvme2n1-lvm-metadata-checksum", g_metadata_checksum),
        ("db-snapshot-invalidated", g_snapshot_invalid),
        ("efs-tls-tunnel-start-failed", g_efs_tls),
        ("efs-mount-target-dns-unresolved", g_efs_dns),
        ("efs-access-point-iam-denied", g_efs_access_denied),
    ]
    return build(R, F1, groups, [n_lvm, n_lvm_kernel, n_efs_info, n_watchdog])


# ---------------------------------------------------------------- apt-unattended-logrotate
# Ubuntu 22.04/24.04 EC2 hosts: /var/log/unattended-upgrades/unattended-upgrades.log
# (`%(asctime)s %(levelname)s %(message)s`), apt output captured by cloud-init/SSM Run Command,
# dpkg errors, logrotate (run by its systemd timer, output in the journal).
F2 = "apt-unattended-logrotate"

UHOSTS = ["ip-10-80-%d-%d" % (a, b) for a, b in [(1, 11), (1, 12), (2, 54), (3, 9), (3, 210), (5, 101)]]
KVER = ["6.8.0-1014-aws", "6.8.0-1015-aws"]


def jl(R, prog, text):
    """journald -> rsyslog: every line of a multi-line output keeps the same syslog prefix."""
    pre = "Aug %2d %s %s %s[%d]: " % (day(R), hms(R), pick(R, UHOSTS), prog, R.randint(300, 64000))
    return "\n".join(pre + ln for ln in text.split("\n"))


def W(prog, fn):
    """Messages of the apt/dpkg/logrotate programs reach CloudWatch through the journal (syslog prefix);
    unattended-upgrades' own log file lines (starting with their timestamp) are shipped as they are."""
    def f(R):
        m = fn(R)
        return m if m.startswith("2027-") else jl(R, prog, m)
    f.__name__ = fn.__name__
    return f


def uuts(R):
    return "2027-08-%02d %s,%s" % (day(R), hms(R), ms(R))


def uu(R, level, msg):
    return "%s %s %s" % (uuts(R), level, msg)


def g_uu_lock(R):
    return uu(R, "ERROR", "Lock could not be acquired (another package manager running?)") if R.random() < 0.6 else \
        uu(R, "ERROR", "Cache lock can not be acquired, exiting")


def g_boot_full(R):
    k = pick(R, KVER)
    if R.random() < 0.55:
        return "dpkg: error processing archive /var/cache/apt/archives/linux-image-%s_%s_amd64.deb (--unpack):\n cannot copy extracted data for './boot/vmlinuz-%s' to '/boot/vmlinuz-%s.dpkg-new': failed to write (No space left on device)" % (k, k.replace("-aws", "").replace("-", ".", 1), k, k)
    return "update-initramfs: Generating /boot/initrd.img-%s\nzstd: error 70 : Write error : cannot write block : No space left on device\nE: mkinitramfs failure zstd -q -9 -T0 70\nupdate-initramfs: failed for /boot/initrd.img-%s with 1." % (k, k)


def g_vendor_repo_unsigned(R):
    if R.random() < 0.6:
        return "E: The repository 'https://packages.example-apm.com/apt stable InRelease' is not signed."
    return "E: Failed to fetch https://packages.example-apm.com/apt/dists/stable/InRelease  The following signatures couldn't be verified because the public key is not available: NO_PUBKEY %s" % pick(R, ["4C1F0A2B9D3E7F61", "4C1F0A2B9D3E7F61"]) + ("" if R.random() < 0.5 else "\nE: Some index files failed to download. They have been ignored, or old ones used instead.")


def g_logrotate_insecure(R):
    d = pick(R, ["/var/log/app", "/var/log/app"])
    return "error: skipping \"%s/%s.log\" because parent directory has insecure permissions (It's world writable or writable by group which is not \"root\") Set \"su\" directive in config file to tell logrotate which user/group should be used for rotation." % (
        d, pick(R, ["api", "worker", "scheduler", "api-access"]))


def g_logrotate_postrotate(R):
    if R.random() < 0.6:
        return "error: error running shared postrotate script for '/var/log/nginx/*.log '"
    return "invoke-rc.d: initscript nginx, action \"rotate\" failed.\n× nginx.service - A high performance web server and a reverse proxy server\n     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; preset: enabled)\n     Active: failed (Result: exit-code) since %s 2027-08-%02d %s UTC; %dmin ago\nerror: error running shared postrotate script for '/var/log/nginx/*.log '" % (
        pick(R, ["Mon", "Tue", "Wed"]), day(R), hms(R), R.randint(1, 59))


def g_dpkg_interrupted(R):
    if R.random() < 0.7:
        return "E: dpkg was interrupted, you must manually run 'sudo dpkg --configure -a' to correct the problem."
    return uu(R, "ERROR", "Unattended-upgrades: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem")


def g_hash_mismatch(R):
    comp = pick(R, ["main", "universe", "main"])
    return "E: Failed to fetch http://us-east-1.ec2.archive.ubuntu.com/ubuntu/dists/noble-updates/%s/binary-amd64/by-hash/SHA256/%s  Hash Sum mismatch\n   Hashes of expected file:\n    - Filesize:%d [weak]\n    - SHA256:%s\n   Hashes of received file:\n    - SHA256:%s\n    - Filesize:%d [weak]\n   Last modification reported: %s, 0%d Aug 2027 %s +0000\n   Release file created at: %s, 0%d Aug 2027 %s +0000" % (
        comp, hexs(R, 64), R.randint(100000, 2000000), hexs(R, 64), hexs(R, 64), R.randint(100000, 2000000), pick(R, ["Mon", "Tue"]), day(R), hms(R), pick(R, ["Mon", "Tue"]), day(R), hms(R))


def g_state_corrupt(R):
    return "error: bad line %d in state file /var/lib/logrotate/status" % pick(R, [14, 14, 37]) if R.random() < 0.6 else \
        "error: could not read state file, will not attempt to write into it"


def n_uu_info(R):
    return uu(R, "INFO", pick(R, [
        "Starting unattended upgrades script",
        "Allowed origins are: o=Ubuntu,a=noble, o=Ubuntu,a=noble-security, o=UbuntuESMApps,a=noble-apps-security, o=UbuntuESM,a=noble-infra-security",
        "Initial blacklist: ",
        "Initial whitelist (not strict): ",
        "No packages found that can be upgraded unattended and no pending auto-removals",
        "Packages that will be upgraded: %s" % " ".join(sorted(set(pick(R, ["libssl3t64", "openssl", "curl", "libcurl4t64", "tzdata", "python3-urllib3", "vim-common"]) for _ in range(3)))),
        "Writing dpkg log to /var/log/unattended-upgrades/unattended-upgrades-dpkg.log",
        "All upgrades installed",
        "Enabled logging to syslog via daemon facility"]))


def n_uu_warn(R):
    return uu(R, "WARNING", pick(R, [
        "Package %s has conffile prompt and needs to be upgraded manually" % pick(R, ["openssh-server", "chrony", "rsyslog"]),
        "Found %s, but not rebooting because a user is logged in" % "/var/run/reboot-required",
        "Keeping the following auto-removable package(s) because they include linux-image-%s which is set to be kept unmodified" % pick(R, KVER)]))


def n_apt(R):
    n = R.randint(1, 9)
    return pick(R, [
        "Hit:%d http://us-east-1.ec2.archive.ubuntu.com/ubuntu noble InRelease" % n,
        "Get:%d http://security.ubuntu.com/ubuntu noble-security InRelease [%d kB]" % (n, R.randint(90, 130)),
        "%d upgraded, 0 newly installed, 0 to remove and %d not upgraded." % (R.randint(0, 12), R.randint(0, 8)),
        "Fetched %d kB in %ds (%d kB/s)" % (R.randint(100, 9000), R.randint(1, 9), R.randint(300, 9000)),
        "W: https://packages.example-apm.com/apt/dists/stable/InRelease: Key is stored in legacy trusted.gpg keyring (/etc/apt/trusted.gpg), see the DEPRECATION section in apt-key(8) for details.",
        "Reading package lists... Done",
        "Setting up %s (%s) ..." % (pick(R, ["libssl3t64:amd64", "openssl", "tzdata"]), pick(R, ["3.0.13-0ubuntu3.%d" % R.randint(1, 9), "2027a-0ubuntu0.24.04"]))])


def n_logrotate(R):
    return pick(R, [
        "rotating pattern: /var/log/nginx/*.log  after 1 days (14 rotations)",
        "considering log /var/log/app/%s.log" % pick(R, ["api", "worker"]),
        "  log does not need rotating (log has been rotated at 2027-08-%02d %s, which is less than a day ago)" % (day(R), hms(R)[:5]),
        "  Now: 2027-08-%02d %s" % (day(R), hms(R)[:5]),
        "renaming /var/log/syslog.%d to /var/log/syslog.%d.gz" % ((lambda n: (n, n + 1))(R.randint(1, 6))),
        "compressing log with: /usr/bin/gzip",
        "switching euid from 0 to 104 and egid from 4 to 4 (pid %d)" % R.randint(1000, 60000)])


def n_systemd(R):
    h = pick(R, UHOSTS)
    return sysl(R, h, "systemd", pick(R, [
        "Starting logrotate.service - Rotate log files...",
        "logrotate.service: Deactivated successfully.",
        "Finished logrotate.service - Rotate log files.",
        "Starting apt-daily-upgrade.service - Daily apt upgrade and clean activities...",
        "apt-daily-upgrade.service: Consumed %.3fs CPU time." % R.uniform(1, 60),
        "Started unattended-upgrades.service - Unattended Upgrades Shutdown."]), pid=1)


def apt_unattended_logrotate(R):
    groups = [
        ("unattended-upgrades-lock-held", g_uu_lock),
        ("kernel-upgrade-boot-partition-full", W("unattended-upgrade", g_boot_full)),
        ("apm-vendor-repo-key-missing", W("apt.systemd.daily", g_vendor_repo_unsigned)),
        ("logrotate-app-dir-insecure-permissions", W("logrotate", g_logrotate_insecure)),
        ("logrotate-nginx-postrotate-failed", W("logrotate", g_logrotate_postrotate)),
        ("dpkg-interrupted", W("apt.systemd.daily", g_dpkg_interrupted)),
        ("ec2-mirror-hash-sum-mismatch", W("apt.systemd.daily", g_hash_mismatch)),
        ("logrotate-state-file-corrupt", W("logrotate", g_state_corrupt)),
    ]
    return build(R, F2, groups, [n_uu_info, n_uu_warn, W("apt.systemd.daily", n_apt), W("logrotate", n_logrotate), n_systemd])


FAMILIES = {F1: lvm_thinpool_efs_utils, F2: apt_unattended_logrotate}
