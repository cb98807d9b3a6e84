"""Families: networkd-resolved-nm, sudo-polkit-pam-sshd."""
import time

from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    epoch, sysl, host)

# ---------------------------------------------------------------- networkd-resolved-nm
# Host networking as EC2 instances ship /var/log/messages (AL2023 and Ubuntu use systemd-networkd and
# systemd-resolved; RHEL 9 uses NetworkManager with nm-dispatcher scripts). Classic syslog lines.
F1 = "networkd-resolved-nm"

AL_HOSTS = ["ip-10-42-%d-%d" % (a, b) for a, b in [(3, 17), (3, 88), (7, 140), (9, 21), (12, 5), (12, 230)]]
RH_HOSTS = ["ip-10-61-%d-%d.ec2.internal" % (a, b) for a, b in [(0, 44), (1, 9), (4, 201), (6, 77)]]
ENI_HOST = "ip-10-42-20-11"   # the host with the secondary ENI that never gets a lease
ROUTE_HOST = "ip-10-42-31-6"  # the host with a policy route over a missing gateway


def nmts(R):
    return "%.4f" % epoch(R)


def nm(R, hostname, level, msg):
    """NetworkManager prefixes its own epoch timestamp; the syslog date is the same instant."""
    t = epoch(R)
    g = time.gmtime(int(t))
    return "Aug %2d %02d:%02d:%02d %s NetworkManager[%d]: <%s>  [%.4f] %s" % (g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, hostname, R.randint(600, 1200), level, t, msg)


def g_nm_activation_failed(R):
    h = pick(R, RH_HOSTS[:2])
    if R.random() < 0.6:
        return nm(R, h, "warn", "device (eth1): Activation: failed for connection 'cloud-init eth1'")
    return nm(R, h, "warn", "dhcp4 (eth1): request timed out; device (eth1): Activation: failed for connection 'cloud-init eth1'")


def g_nm_dispatcher_script(R):
    h = pick(R, RH_HOSTS)
    ev = pick(R, ["up", "dhcp4-change", "up"])
    return sysl(R, h, "nm-dispatcher", "req:%d '%s' [eth0], \"/etc/NetworkManager/dispatcher.d/30-register-route53\": complete: failed with Script '/etc/NetworkManager/dispatcher.d/30-register-route53' exited with status %d." % (
        R.randint(1, 40), ev, pick(R, [1, 1, 255])))


def g_wait_online(R):
    h = pick(R, AL_HOSTS)
    v = R.random()
    if v < 0.4:
        return sysl(R, h, "systemd-networkd-wait-online", "Timeout occurred while waiting for network connectivity.")
    if v < 0.7:
        return sysl(R, h, "systemd", "systemd-networkd-wait-online.service: Main process exited, code=exited, status=1/FAILURE", pid=1)
    return sysl(R, h, "systemd", "Failed to start systemd-networkd-wait-online.service - Wait for Network to be Configured.", pid=1)


def g_ens6_dhcp(R):
    v = R.random()
    if v < 0.5:
        return sysl(R, ENI_HOST, "systemd-networkd", "ens6: Could not set DHCPv4 address: Connection timed out")
    if v < 0.75:
        return sysl(R, ENI_HOST, "systemd-networkd", "ens6: DHCPv4 client: Failed to acquire a lease after %d attempts: Connection timed out" % R.randint(5, 12))
    return sysl(R, ENI_HOST, "systemd-networkd", "ens6: Failed")


def g_route_unreachable(R):
    dst = pick(R, ["10.90.0.0/16", "10.91.0.0/16", "172.20.0.0/14"])
    if R.random() < 0.7:
        return sysl(R, ROUTE_HOST, "systemd-networkd", "ens5: Could not set route (%s via 10.42.31.%d table 100): Network is unreachable" % (dst, pick(R, [254, 254])))
    return sysl(R, ROUTE_HOST, "systemd-networkd", "ens5: Could not set routing policy rule: Network is unreachable")


def g_resolved_stub(R):
    h = pick(R, AL_HOSTS[4:])
    v = R.random()
    if v < 0.5:
        return sysl(R, h, "systemd-resolved", "Failed to listen on UDP socket 127.0.0.53:53: Address already in use")
    if v < 0.75:
        return sysl(R, h, "systemd-resolved", "Failed to start manager: Address already in use")
    return sysl(R, h, "systemd", "Failed to start systemd-resolved.service - Network Name Resolution.", pid=1)


def g_dnssec(R):
    h = pick(R, AL_HOSTS)
    name = pick(R, ["api", "sso", "pay", "hooks", "status"]) + ".partner-pay.example"
    return sysl(R, h, "systemd-resolved", "DNSSEC validation failed for question %s IN %s: %s" % (
        name, pick(R, ["A", "AAAA", "A"]), pick(R, ["signature-expired", "signature-expired", "no-signature"])))


def g_nm_resolv(R):
    h = pick(R, RH_HOSTS[2:])
    return nm(R, h, "error", "dns-mgr: could not commit DNS changes: Could not write /etc/resolv.conf: Read-only file system (%d)" % pick(R, [30, 30]))


def n_networkd(R):
    h = pick(R, AL_HOSTS + [ENI_HOST, ROUTE_HOST])
    ifc = pick(R, ["ens5", "ens5", "ens6"])
    return sysl(R, h, "systemd-networkd", pick(R, [
        "%s: Gained carrier" % ifc, "%s: Link UP" % ifc, "%s: Gained IPv6LL" % ifc,
        "%s: DHCPv4 address %s/20, gateway 10.42.%d.1 acquired from 10.42.%d.1" % (ifc, ip10(R), R.randint(0, 40), R.randint(0, 40)),
        "%s: Configuring with /run/systemd/network/70-%s.network." % (ifc, ifc),
        "%s: DHCPv6 lease lost" % ifc,
        "Enumeration completed"]))


def n_resolved(R):
    h = pick(R, AL_HOSTS)
    return sysl(R, h, "systemd-resolved", pick(R, [
        "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server 10.42.0.2.",
        "Using degraded feature set TCP instead of UDP for DNS server 10.42.0.2.",
        "Grace period over, resuming full feature set (UDP+EDNS0) for DNS server 10.42.0.2.",
        "Clock change detected. Flushing caches.",
        "Positive Trust Anchors:",
        "Using system hostname '%s'." % h,
        "Negative trust anchors: home.arpa 10.in-addr.arpa 16.172.in-addr.arpa local test"]))


def n_nm(R):
    h = pick(R, RH_HOSTS)
    return nm(R, h, "info", pick(R, [
        "device (eth0): Activation: successful, device activated.",
        "dhcp4 (eth0): state changed new lease, address=%s" % ip10(R),
        "device (eth0): state change: ip-config -> ip-check (reason 'none', sys-iface-state: 'managed')",
        "manager: NetworkManager state is now CONNECTED_GLOBAL",
        "policy: set 'System eth0' (eth0) as default for IPv4 routing and DNS",
        "dhcp4 (eth0): activation: beginning transaction (timeout in 45 seconds)"]))


def n_nm_warn(R):
    h = pick(R, RH_HOSTS)
    return nm(R, h, "warn", pick(R, [
        "dhcp4 (eth0): request timed out; retrying",
        "device (eth0): ignoring DHCP lease renewal failure, lease still valid for %d seconds" % R.randint(300, 3500),
        "platform-linux: do-add-ip6-route[2: fe80::/64 100]: failure 17 (File exists)"]))


def n_dispatcher(R):
    h = pick(R, RH_HOSTS)
    return sysl(R, h, "nm-dispatcher", pick(R, [
        "req:%d 'dhcp4-change' [eth0]: new request (2 scripts)" % R.randint(1, 40),
        "req:%d 'up' [eth0]: start running ordered scripts..." % R.randint(1, 40),
        "req:%d 'up' [eth0], \"/etc/NetworkManager/dispatcher.d/10-ifcfg-rh-routes.sh\": complete: succeeded" % R.randint(1, 40)]))


def n_timesync(R):
    h = pick(R, AL_HOSTS)
    return sysl(R, h, "systemd-timesyncd", pick(R, [
        "Timed out waiting for reply from 169.254.169.123:123 (169.254.169.123).",
        "Initial synchronization to time server 169.254.169.123:123 (169.254.169.123).",
        "Contacted time server 169.254.169.123:123 (169.254.169.123)."]))


def n_systemd_ok(R):
    h = pick(R, AL_HOSTS)
    return sysl(R, h, "systemd", pick(R, [
        "Finished systemd-networkd-wait-online.service - Wait for Network to be Configured.",
        "Started systemd-resolved.service - Network Name Resolution.",
        "Reached target network-online.target - Network is Online.",
        "systemd-networkd.service: Deactivated successfully."]), pid=1)


def networkd_resolved_nm(R):
    groups = [
        ("rhel-eth1-activation-failed", g_nm_activation_failed),
        ("route53-dispatcher-script-failed", g_nm_dispatcher_script),
        ("networkd-wait-online-timeout", g_wait_online),
        ("ens6-dhcpv4-no-lease", g_ens6_dhcp),
        ("ens5-policy-route-unreachable", g_route_unreachable),
        ("resolved-stub-port-53-in-use", g_resolved_stub),
        ("partner-pay-dnssec-validation-failed", g_dnssec),
        ("nm-resolv-conf-read-only", g_nm_resolv),
    ]
    return build(R, F1, groups, [n_networkd, n_resolved, n_nm, n_nm_warn, n_dispatcher, n_timesync, n_systemd_ok])


# ---------------------------------------------------------------- sudo-polkit-pam-sshd
# /var/log/secure (AL2023/RHEL) and auth.log (Ubuntu) as the CloudWatch agent ships them: sshd with
# EC2 Instance Connect, sudo, PAM modules (pam_unix, pam_sss, pam_faillock, pam_systemd), polkitd.
F2 = "sudo-polkit-pam-sshd"

BASTIONS = ["ip-10-70-0-%d" % n for n in (12, 13, 14)]
APPS = ["ip-10-70-%d-%d" % (a, b) for a, b in [(4, 31), (4, 90), (5, 17), (6, 203), (8, 8)]]
USERS = ["alice", "bkoch", "cnair", "dmorgan", "ec2-user", "ssm-user"]


def fp(R):
    return "SHA256:" + alnum(R, 43)


def g_pam_sss_missing(R):
    h = pick(R, APPS[:3])
    prog = pick(R, ["sudo", "sshd", "sudo"])
    if R.random() < 0.55:
        return sysl(R, h, prog, "PAM unable to dlopen(/usr/lib64/security/pam_sss.so): /usr/lib64/security/pam_sss.so: cannot open shared object file: No such file or directory")
    return sysl(R, h, prog, "PAM adding faulty module: /usr/lib64/security/pam_sss.so")


def g_hostkey_perms(R):
    h = pick(R, BASTIONS)
    v = R.random()
    key = pick(R, ["ed25519", "ecdsa", "rsa"])
    if v < 0.35:
        return sysl(R, h, "sshd", "Permissions 0644 for '/etc/ssh/ssh_host_%s_key' are too open." % key)
    if v < 0.6:
        return sysl(R, h, "sshd", "Unable to load host key \"/etc/ssh/ssh_host_%s_key\": bad permissions" % key)
    if v < 0.85:
        return sysl(R, h, "sshd", "sshd: no hostkeys available -- exiting.")
    return sysl(R, h, "systemd", "sshd.service: Main process exited, code=exited, status=1/FAILURE", pid=1)


def g_eic_failed(R):
    h = pick(R, APPS)
    u = pick(R, ["ec2-user", "ec2-user", "ubuntu"])
    return sysl(R, h, "sshd", "error: AuthorizedKeysCommand /opt/aws/bin/eic_run_authorized_keys %s %s failed, status %d" % (u, fp(R), pick(R, [22, 22, 1])))


def g_polkit_rules(R):
    h = pick(R, APPS)
    if R.random() < 0.5:
        return sysl(R, h, "polkitd", "Error evaluating authorization rules")
    return sysl(R, h, "polkitd", "/etc/polkit-1/rules.d/49-ops-restart.rules:%d: ReferenceError: subjct is not defined" % pick(R, [7, 7]))


def g_sudoers_syntax(R):
    h = pick(R, APPS)
    u = pick(R, USERS)
    if R.random() < 0.5:
        return sysl(R, h, "sudo", "/etc/sudoers.d/90-deploy:%d:%d: syntax error" % (pick(R, [4, 4]), pick(R, [31, 31])), pid=0)
    return sysl(R, h, "sudo", "%s : parse error in /etc/sudoers.d/90-deploy near line 4 ; TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart app" % (u, R.randint(0, 5), u), pid=0)


def g_faillock_deploy(R):
    h = pick(R, APPS)
    return sysl(R, h, "sshd", "pam_faillock(sshd:auth): Consecutive login failures for user deploy account temporarily locked")


def g_logind_session(R):
    h = pick(R, APPS[2:])
    u = pick(R, USERS)
    if R.random() < 0.6:
        return sysl(R, h, pick(R, ["sshd", "sudo"]), "pam_systemd(sshd:session): Failed to create session: Connection timed out")
    return sysl(R, h, "systemd-logind", "Failed to start session scope session-%d.scope: Connection timed out" % R.randint(100, 9000))


def g_sudo_log_full(R):
    h = pick(R, BASTIONS)
    u = pick(R, USERS)
    if R.random() < 0.5:
        return sysl(R, h, "sudo", "%s : unable to open /var/log/sudo-io/%02d/%02d/%s: No space left on device ; TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/bin/bash" % (
            u, R.randint(0, 9), R.randint(0, 99), alnum(R, 2).upper(), R.randint(0, 5), u), pid=0)
    return sysl(R, h, "sudo", "unable to write log file: /var/log/sudo.log: No space left on device", pid=0)


def n_accepted(R):
    h = pick(R, APPS + BASTIONS)
    u = pick(R, USERS)
    return sysl(R, h, "sshd", pick(R, [
        "Accepted publickey for %s from %s port %d ssh2: ED25519 %s" % (u, ip10(R), port(R), fp(R)),
        "pam_unix(sshd:session): session opened for user %s(uid=%d) by (uid=0)" % (u, R.randint(1000, 1010)),
        "pam_unix(sshd:session): session closed for user %s" % u,
        "Received disconnect from %s port %d:11: disconnected by user" % (ip10(R), port(R)),
        "Disconnected from user %s %s port %d" % (u, ip10(R), port(R))]))


def n_scanners(R):
    h = pick(R, BASTIONS)
    ip = ipdoc(R)
    bad = pick(R, ["admin", "test", "oracle", "ubnt", "postgres", "git"])
    return sysl(R, h, "sshd", pick(R, [
        "Invalid user %s from %s port %d" % (bad, ip, port(R)),
        "Failed password for invalid user %s from %s port %d ssh2" % (bad, ip, port(R)),
        "Connection closed by invalid user %s %s port %d [preauth]" % (bad, ip, port(R)),
        "Received disconnect from %s port %d:11: Bye Bye [preauth]" % (ip, port(R)),
        "error: kex_exchange_identification: Connection closed by remote host",
        "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=root" % ip]))


def n_sudo(R):
    h = pick(R, APPS + BASTIONS)
    u = pick(R, USERS)
    cmd = pick(R, ["/usr/bin/systemctl restart nginx", "/usr/bin/journalctl -u app -n 200", "/usr/bin/dnf check-update", "/bin/cat /var/log/messages"])
    v = R.random()
    if v < 0.55:
        return sysl(R, h, "sudo", "%s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=%s" % (u, R.randint(0, 5), u, cmd), pid=0)
    if v < 0.75:
        return sysl(R, h, "sudo", "pam_unix(sudo:session): session opened for user root(uid=0) by %s(uid=%d)" % (u, R.randint(1000, 1010)))
    if v < 0.9:
        return sysl(R, h, "sudo", "%s : 1 incorrect password attempt ; TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=%s" % (u, R.randint(0, 5), u, cmd), pid=0)
    return sysl(R, h, "sudo", "pam_unix(sudo:auth): authentication failure; logname=%s uid=%d euid=0 tty=/dev/pts/%d ruser=%s rhost=  user=%s" % (u, R.randint(1000, 1010), R.randint(0, 5), u, u))


def n_polkit(R):
    h = pick(R, APPS)
    return sysl(R, h, "polkitd", pick(R, [
        "Registered Authentication Agent for unix-process:%d:%d (system bus name :1.%d [/usr/bin/pkttyagent --notify-fd 5 --fallback], object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale en_US.UTF-8)" % (R.randint(1000, 60000), R.randint(10000, 999999), R.randint(10, 900)),
        "Unregistered Authentication Agent for unix-process:%d:%d (system bus name :1.%d, object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale en_US.UTF-8) (disconnected from bus)" % (R.randint(1000, 60000), R.randint(10000, 999999), R.randint(10, 900)),
        "Loading rules from directory /etc/polkit-1/rules.d",
        "Finished loading, compiling and executing %d rules" % R.randint(2, 9),
        "Acquired the name org.freedesktop.PolicyKit1 on the system bus"]))


def n_eic(R):
    h = pick(R, APPS)
    return sysl(R, h, "ec2-instance-connect", pick(R, [
        "Querying EC2 Instance Connect keys for matching fingerprint: %s" % fp(R),
        "Authorized key found for user ec2-user, request id %s" % uuid(R),
        "No matching key found for fingerprint %s (0 keys checked)" % fp(R)]), pid=0)


def n_faillock_info(R):
    h = pick(R, APPS)
    u = pick(R, USERS[:4])
    return sysl(R, h, pick(R, ["sshd", "sudo"]), pick(R, [
        "pam_faillock(sudo:auth): User %s successfully authenticated, resetting 1 failed attempt" % u,
        "pam_sss(sudo:auth): received for user %s: 7 (Authentication failure)" % u,
        "pam_systemd(sshd:session): New sd-bus connection (system-bus-pam-systemd-%d) opened." % R.randint(1000, 9999)]))


def sudo_polkit_pam_sshd(R):
    groups = [
        ("pam-sss-module-missing", g_pam_sss_missing),
        ("bastion-sshd-host-key-permissions", g_hostkey_perms),
        ("instance-connect-keys-command-failed", g_eic_failed),
        ("polkit-ops-rule-reference-error", g_polkit_rules),
        ("sudoers-90-deploy-syntax-error", g_sudoers_syntax),
        ("deploy-account-faillock-locked", g_faillock_deploy),
        ("logind-session-create-timeout", g_logind_session),
        ("bastion-sudo-io-log-disk-full", g_sudo_log_full),
    ]
    return build(R, F2, groups, [n_accepted, n_scanners, n_sudo, n_polkit, n_eic, n_faillock_info])


FAMILIES = {F1: networkd_resolved_nm, F2: sudo_polkit_pam_sshd}
