"""Families: bastion-sshd-sssd-mfa-auditd, host-agents-cron-rsyslog-cwagent-nomad."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    ec2host, pid, bsd, r3339, r5424, kern, systemd, uptime, iid, epoch, ACCT)

# ---------------------------------------------------------------- bastion-sshd-sssd-mfa-auditd
# "northwind" bastion and jump hosts on EC2 (bastion-a/b on Rocky 9, jump-01..04 on Ubuntu 24.04): OpenSSH 9,
# sudo, PAM with pam_google_authenticator, sssd joined to Active Directory with realmd (krb5, ldap, GPO access
# control), EC2 Instance Connect, auditd. /var/log/secure and auth.log in the traditional format, audit.log raw.
F7 = "bastion-sshd-sssd-mfa-auditd"

BH = ["bastion-a", "bastion-b", "jump-01", "jump-02", "jump-03", "jump-04"]
USERS = ["akovacs", "bnwosu", "cdelgado", "dpatel", "esato", "fmuller", "gokafor", "hlindgren"]


def bh(R):
    return pick(R, BH)


def u(R):
    return pick(R, USERS)


def aud(R, typ, body):
    return "type=%s msg=audit(%d.%03d:%d): %s" % (typ, epoch(R), R.randint(0, 999), R.randint(1000, 999999), body)


def b_hostkeys(R):
    h = pick(R, ["jump-03", "jump-04"])
    r = R.random()
    if r < 0.5:
        return bsd(R, h, "sshd", "error: Could not load host key: /etc/ssh/ssh_host_%s_key" % pick(R, ["ed25519", "ecdsa", "rsa"]))
    if r < 0.8:
        return bsd(R, h, "sshd", "sshd: no hostkeys available -- exiting.")
    return systemd(R, h, "ssh.service: Main process exited, code=exited, status=1/FAILURE")


def b_ldaptls(R):
    return bsd(R, pick(R, ["jump-01", "jump-02"]), "sssd_be", "[sssd[be[corp.northwind.example]]] [sss_ldap_init_sys_connect_done] (0x0020): ldap_install_tls failed: [Connect error] [error:0A000086:SSL routines::certificate verify failed (self-signed certificate in certificate chain)]")


def b_skew(R):
    h = "bastion-b"
    if R.random() < 0.55:
        return bsd(R, h, "krb5_child", "Clock skew too great")
    return bsd(R, h, "sshd", "pam_sss(sshd:auth): received for user %s: 4 (System error)" % u(R))


def b_realm(R):
    h = pick(R, ["jump-03", "jump-04"])
    if R.random() < 0.6:
        return bsd(R, h, "realmd", " ! Insufficient permissions to join the domain corp.northwind.example")
    return bsd(R, h, "realmd", "couldn't join realm: Insufficient permissions to join the domain")


def b_mfa_nfs(R):
    us = u(R)
    h = pick(R, ["bastion-a", "bastion-b"])
    return bsd(R, h, "sshd(pam_google_authenticator)", "Failed to read \"/home/%s/.google_authenticator\" for \"%s\"" % (us, us))


def b_sudoers(R):
    h = bh(R)
    r = R.random()
    if r < 0.4:
        return bsd(R, h, "sudo", "/etc/sudoers.d/60-platform-oncall:%d:%d: syntax error" % (pick(R, [4, 4]), 41), 0)
    if r < 0.7:
        return bsd(R, h, "sudo", "%s : parse error in /etc/sudoers.d/60-platform-oncall near line 4 ; TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart %s" % ((lambda x: (x, R.randint(0, 9), x, pick(R, ["sshd", "sssd", "amazon-cloudwatch-agent"])))(u(R))), 0)
    return bsd(R, h, "sudo", "%s : problem with defaults entries ; TTY=pts/%d ; PWD=/home/%s ;" % ((lambda x: (x, R.randint(0, 9), x))(u(R))), 0)


def b_auditdisk(R):
    h = pick(R, ["bastion-a", "bastion-b"])
    if R.random() < 0.5:
        return bsd(R, h, "auditd", "Audit daemon is low on disk space for logging")
    return bsd(R, h, "auditd", "Audit daemon has no space left on logging partition")


def b_backlog(R):
    h = pick(R, ["bastion-a", "bastion-b"])
    if R.random() < 0.5:
        return kern(R, h, "audit: audit_backlog=%d > audit_backlog_limit=8192" % R.randint(8193, 8500))
    return kern(R, h, "audit: audit_lost=%d audit_rate_limit=0 audit_backlog_limit=8192" % R.randint(1, 90000))


def b_rootpw(R):
    ip = ipdoc(R)
    if R.random() < 0.6:
        return bsd(R, "jump-02", "sshd", "Accepted password for root from %s port %d ssh2" % (ip, port(R)))
    return aud(R, "USER_LOGIN", "pid=%d uid=0 auid=0 ses=%d subj=unconfined msg='op=login id=0 exe=\"/usr/sbin/sshd\" hostname=%s addr=%s terminal=/dev/pts/%d res=success'" % (pid(R), R.randint(1, 900), ip, ip, R.randint(0, 9)))


def b_gpo(R):
    us = pick(R, ["esato", "fmuller", "gokafor"])
    if R.random() < 0.5:
        return bsd(R, pick(R, ["bastion-a", "bastion-b"]), "sshd", "pam_sss(sshd:account): Access denied for user %s: 6 (Permission denied)" % us)
    return bsd(R, pick(R, ["bastion-a", "bastion-b"]), "sssd_be", "[sssd[be[corp.northwind.example]]] [ad_gpo_access_check] (0x0040): GPO access check failed: [1](Operation not permitted) user=%s@corp.northwind.example" % us)


def b_eic(R):
    i = iid(R)
    return bsd(R, pick(R, ["jump-01", "jump-02", "jump-03", "jump-04"]), "sshd", "error: AuthorizedKeysCommand /usr/share/ec2-instance-connect/eic_run_authorized_keys ubuntu SHA256:%s failed, status 22" % alnum(R, 43))


def b_keytab(R):
    h = pick(R, ["bastion-a", "jump-01"])
    if R.random() < 0.6:
        return bsd(R, h, "sssd_be", "[sssd[be[corp.northwind.example]]] [sasl_bind_send] (0x0020): ldap_sasl_interactive_bind_s failed (-2)[Local error] (SASL(-1): generic failure: GSSAPI Error: Unspecified GSS failure.  Minor code may provide more information (Preauthentication failed))")
    return bsd(R, h, "sssd_be", "[sssd[be[corp.northwind.example]]] [ldap_child_get_tgt_sync] (0x0010): Failed to init credentials: Preauthentication failed")


def b_negs():
    def n_pub(R): return bsd(R, bh(R), "sshd", "Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (u(R), ip10(R, 70), port(R), alnum(R, 43)))
    def n_sess(R): return bsd(R, bh(R), "sshd", "pam_unix(sshd:session): session %s for user %s%s" % ((lambda o: (o, u(R), "(uid=%d) by %s(uid=0)" % (R.randint(1400000000, 1400099999), u(R)) if o == "opened" else ""))(pick(R, ["opened", "closed"]))))
    def n_invalid(R): return bsd(R, bh(R), "sshd", "Invalid user %s from %s port %d" % (pick(R, ["admin", "oracle", "ubnt", "test", "postgres"]), ipdoc(R), port(R)))
    def n_preauth(R): return bsd(R, bh(R), "sshd", pick(R, ["Connection closed by invalid user %s %s port %d [preauth]" % (pick(R, ["admin", "user"]), ipdoc(R), port(R)), "Disconnected from authenticating user root %s port %d [preauth]" % (ipdoc(R), port(R)), "error: kex_exchange_identification: Connection closed by remote host", "fatal: Timeout before authentication for %s port %d" % (ipdoc(R), port(R))]))
    def n_failpw(R): return bsd(R, bh(R), "sshd", "Failed password for invalid user %s from %s port %d ssh2" % (pick(R, ["oracle", "ftpuser", "git"]), ipdoc(R), port(R)))
    def n_sudo(R): return bsd(R, bh(R), "sudo", "%s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/%s" % ((lambda x: (x, R.randint(0, 9), x, pick(R, ["systemctl status sssd", "journalctl -u sshd --since today", "tail -n 200 /var/log/secure", "dnf check-update"])))(u(R))), 0)
    def n_sudotypo(R): return bsd(R, bh(R), "sudo", "%s : 1 incorrect password attempt ; TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/systemctl restart sssd" % ((lambda x: (x, R.randint(0, 9), x))(u(R))), 0)
    def n_logind(R): return bsd(R, bh(R), "systemd-logind", pick(R, ["New session %d of user %s." % (R.randint(1, 9000), u(R)), "Removed session %d." % R.randint(1, 9000), "Session %d logged out. Waiting for processes to exit." % R.randint(1, 9000)]))
    def n_sssd(R): return bsd(R, bh(R), "sssd_be", "[sssd[be[corp.northwind.example]]] [be_ptask_done] (0x0400): Task [Refresh Records]: finished successfully (%d entries)" % R.randint(0, 400))
    def n_ga_ok(R): return bsd(R, pick(R, ["bastion-a", "bastion-b"]), "sshd(pam_google_authenticator)", "Accepted google_authenticator for %s" % u(R))
    def n_ga_bad(R): return bsd(R, pick(R, ["bastion-a", "bastion-b"]), "sshd(pam_google_authenticator)", "Invalid verification code for %s" % u(R))
    def n_aud_ok(R): return aud(R, "USER_LOGIN", "pid=%d uid=0 auid=%d ses=%d subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=login id=%d exe=\"/usr/sbin/sshd\" hostname=? addr=%s terminal=ssh res=success'" % (pid(R), R.randint(1400000000, 1400099999), R.randint(1, 900), R.randint(1400000000, 1400099999), ip10(R, 70)))
    def n_aud_fail(R): return aud(R, "USER_AUTH", "pid=%d uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=PAM:authentication grantors=? acct=\"%s\" exe=\"/usr/sbin/sshd\" hostname=%s addr=%s terminal=ssh res=failed'" % ((lambda ip: (pid(R), pick(R, ["admin", "root", "oracle"]), ip, ip))(ipdoc(R))))
    def n_aud_exec(R): return aud(R, "EXECVE", "argc=3 a0=\"systemctl\" a1=\"status\" a2=\"%s\"" % pick(R, ["sssd", "sshd", "chronyd", "auditd"]))
    def n_realm_ok(R): return bsd(R, pick(R, ["jump-01", "jump-02"]), "realmd", pick(R, [" * Successfully enrolled machine in realm", " * Resolving: _ldap._tcp.corp.northwind.example", " * Performing LDAP DSE lookup on: 10.70.0.11"]))
    def n_pamfail(R): return bsd(R, bh(R), "sshd", "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s" % (ipdoc(R), pick(R, ["root", "admin"])))
    def n_krb_ok(R): return bsd(R, bh(R), "krb5_child", "Ticket for %s@CORP.NORTHWIND.EXAMPLE renewed, valid until 2028-05-%02d %s" % (u(R), day(R) + 1, hms(R)))
    return [n_pub, n_sess, n_invalid, n_preauth, n_failpw, n_sudo, n_sudotypo, n_logind, n_sssd, n_ga_ok, n_ga_bad, n_aud_ok, n_aud_fail, n_aud_exec, n_realm_ok, n_pamfail, n_krb_ok]


def fam_b(R):
    groups = [("jump-host-keys-not-generated", b_hostkeys), ("sssd-ldap-tls-ca-missing", b_ldaptls),
              ("bastion-b-clock-skew-krb5", b_skew), ("realm-join-account-lacks-rights", b_realm),
              ("mfa-secret-unreadable-root-squashed-home", b_mfa_nfs), ("sudoers-dropin-syntax-error", b_sudoers),
              ("audit-log-partition-full", b_auditdisk), ("audit-backlog-limit-exceeded", b_backlog),
              ("root-password-login-from-internet", b_rootpw), ("ad-gpo-denies-contractors-on-bastions", b_gpo),
              ("instance-connect-authorized-keys-command-fails", b_eic), ("stale-machine-keytab-preauth-failed", b_keytab)]
    return build(R, F7, groups, b_negs())


# ---------------------------------------------------------------- host-agents-cron-rsyslog-cwagent-nomad
# "ferrylines" booking platform hosts (Amazon Linux 2023 and Ubuntu 24.04, ip-10-80-*): cron/anacron, logrotate,
# rsyslog (forwarding to a central collector), the CloudWatch agent's own log
# (`2028-05-03T12:34:56Z E! [outputs.cloudwatchlogs] …`), node_exporter (logfmt), Consul 1.18 and Nomad 1.7
# clients (hclog `2028-05-03T12:34:56.789Z [ERROR] agent: …`), systemd timers for backups.
F8 = "host-agents-cron-rsyslog-cwagent-nomad"


def h8(R):
    return ec2host(R, 80)


def cwa(R, lvl, msg):
    return "%s %s! %s" % (iso(R, 0), lvl, msg)


def hcl(R, lvl, msg):
    return "%s [%s] %s" % (iso(R, 3).replace("Z", "Z"), lvl, msg)


def g_putlogs(R):
    i = iid(R)
    grp = pick(R, ["/ferrylines/app/booking", "/ferrylines/app/payments", "/ferrylines/hosts/messages"])
    return cwa(R, "E", "[outputs.cloudwatchlogs] Aws error received when sending logs to %s/%s: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/ferrylines-app-host/%s is not authorized to perform: logs:PutLogEvents on resource: arn:aws:logs:us-east-1:%s:log-group:%s:log-stream:%s because no identity-based policy allows the logs:PutLogEvents action" % (grp, i, ACCT, i, ACCT, grp, i))


def g_imds(R):
    if R.random() < 0.6:
        return cwa(R, "E", "[processors.ec2tagger] ec2tagger: Unable to retrieve EC2 Metadata. This plugin must only be used on an EC2 instance.")
    return cwa(R, "E", "[processors.ec2tagger] ec2tagger: Unable to describe ec2 tags for initial retrieval: EC2MetadataError: failed to get IMDSv2 token and fallback to IMDSv1 is disabled")


def g_logrotate(R):
    h = h8(R)
    f = pick(R, ["/var/log/booking/worker.log", "/var/log/booking/api.log", "/var/log/booking/scheduler.log"])
    if R.random() < 0.6:
        return bsd(R, h, "logrotate", "error: skipping \"%s\" because parent directory has insecure permissions (It's world writable or writable by group which is not \"root\") Set \"su\" directive in config file to tell logrotate which user/group should be used for rotation." % f)
    return systemd(R, h, "logrotate.service: Main process exited, code=exited, status=1/FAILURE")


def g_collector(R):
    h = h8(R)
    if R.random() < 0.55:
        return bsd(R, h, "rsyslogd", "cannot connect to 10.80.9.40:10514: Connection refused [v8.2310.0 try https://www.rsyslog.com/e/2027 ]")
    return bsd(R, h, "rsyslogd", "action 'action-%d-builtin:omfwd' suspended (module 'builtin:omfwd'), retry %d. There should be messages before this one giving the reason for suspension. [v8.2310.0 try https://www.rsyslog.com/e/2007 ]" % (pick(R, [7, 8]), R.randint(0, 40)))


def g_ratelimit(R):
    return bsd(R, h8(R), "rsyslogd", "imjournal: %d messages lost due to rate-limiting (20000 allowed within 600 seconds)" % R.randint(1000, 90000))


def g_backup(R):
    h = pick(R, ["ip-10-80-4-21", "ip-10-80-5-33"])
    r = R.random()
    if r < 0.4:
        return bsd(R, h, "db-backup.sh", "pg_dump: error: connection to server at \"booking-db.cluster-cexmpl1.us-east-1.rds.amazonaws.com\" (10.80.%d.%d), port 5432 failed: FATAL:  password authentication failed for user \"backup\"" % (R.randint(20, 23), R.randint(2, 250)))
    if r < 0.7:
        return systemd(R, h, "db-backup.service: Main process exited, code=exited, status=1/FAILURE")
    return systemd(R, h, "Failed to start db-backup.service - Nightly booking database dump to S3.")


def g_textfile(R):
    return "ts=%s caller=textfile.go:%d level=error collector=textfile msg=\"failed to collect textfile data\" file=backup.prom err=\"failed to parse textfile data from \\\"/var/lib/node_exporter/textfile_collector/backup.prom\\\": text format parsing error in line %d: expected float as value, got \\\"%s\\\"\"" % (iso(R, 3), 227, pick(R, [3, 3, 5]), pick(R, ["ok", "ok", "success"]))


def g_consul(R):
    if R.random() < 0.5:
        return hcl(R, "ERROR", "agent.anti_entropy: failed to sync remote state: error=\"No cluster leader\"")
    return hcl(R, "ERROR", pick(R, ["agent: Coordinate update error: error=\"No cluster leader\"", "agent.client: RPC failed to server: method=Catalog.Register server=10.80.1.%d:8300 error=\"rpc error making call: No cluster leader\"" % R.randint(11, 13)]))


def g_nomadtls(R):
    if R.random() < 0.6:
        return hcl(R, "ERROR", "client.rpc: error performing RPC to server: error=\"rpc error: failed to get conn: x509: certificate has expired or is not yet valid: current time 2028-05-%02dT%s is after 2028-05-01T00:00:00Z\" rpc=Node.UpdateStatus server=10.80.1.%d:4647" % (day(R), hms(R), R.randint(21, 23)))
    return hcl(R, "ERROR", "client: error heartbeating. retrying: error=\"failed to update status: rpc error: failed to get conn: x509: certificate has expired or is not yet valid\" period=%.9fs" % R.uniform(1, 20))


def g_cwconfig(R):
    h = h8(R)
    if R.random() < 0.5:
        return bsd(R, h, "start-amazon-cloudwatch-agent", "E! Invalid Json input schema.\nUnder path : /logs/logs_collected/files/collect_list/%d | Error : Additional property log_group_nam is not allowed" % R.randint(0, 4))
    return systemd(R, h, "amazon-cloudwatch-agent.service: Main process exited, code=exited, status=1/FAILURE")


def g_varlog(R):
    h = pick(R, ["ip-10-80-6-18", "ip-10-80-6-44"])
    if R.random() < 0.55:
        return bsd(R, h, "rsyslogd", "file '/var/log/messages'[%d] write error - see https://www.rsyslog.com/solving-rsyslog-write-errors/ for help OS error: No space left on device [v8.2310.0 try https://www.rsyslog.com/e/2027 ]" % R.randint(5, 12))
    return cwa(R, "E", "[inputs.logfile] Failed to write state file /opt/aws/amazon-cloudwatch-agent/logs/state/_var_log_booking_api.log: write: no space left on device")


def agent_negs():
    def n_cron(R): return bsd(R, h8(R), "CROND", "(%s) CMD (%s)" % (pick(R, ["root", "booking"]), pick(R, ["run-parts /etc/cron.hourly", "/usr/local/bin/refresh-fares --quiet", "/usr/lib64/sa/sa1 1 1"])))
    def n_cronpam(R): return bsd(R, h8(R), "CROND", "pam_unix(crond:session): session %s for user root" % pick(R, ["opened", "closed"]) + (" (uid=0) by (uid=0)" if R.random() < 0.5 else ""))
    def n_nomta(R): return bsd(R, h8(R), "CRON", "(CRON) info (No MTA installed, discarding output)")
    def n_anacron(R): return bsd(R, h8(R), "anacron", pick(R, ["Job `cron.daily' started", "Job `cron.daily' terminated", "Normal exit (1 job run)", "Anacron started on 2028-05-%02d" % day(R), "Will run job `cron.weekly' in %d min." % R.randint(5, 50)]))
    def n_lr(R): return systemd(R, h8(R), pick(R, ["logrotate.service: Deactivated successfully.", "Finished logrotate.service - Rotate log files.", "Started logrotate.timer - Daily rotation of log files."]) + " ")
    def n_hup(R): return bsd(R, h8(R), "rsyslogd", "[origin software=\"rsyslogd\" swVersion=\"8.2310.0\" x-pid=\"%d\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed" % R.randint(600, 2000))
    def n_resumed(R): return bsd(R, h8(R), "rsyslogd", "action 'action-%d-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2310.0 try https://www.rsyslog.com/e/2359 ]" % pick(R, [7, 8]))
    def n_pipe(R): return cwa(R, "I", "[logagent] piping log from %s(%s) to cloudwatchlogs with retention -1" % ((lambda f: ("ferrylines/app/" + f, "/var/log/booking/%s.log" % f))(pick(R, ["api", "worker", "scheduler"]))))
    def n_retry(R): return cwa(R, "W", "[outputs.cloudwatchlogs] Retried %d time, going to sleep %dms before retrying." % (R.randint(1, 2), R.randint(100, 900)))
    def n_dbg(R): return cwa(R, "D", "[outputs.cloudwatchlogs] Pusher published %d log events to group: /ferrylines/app/%s stream: %s with size %d KB in %dms." % (R.randint(1, 900), pick(R, ["api", "worker"]), iid(R), R.randint(1, 900), R.randint(20, 300)))
    def n_ne(R): return "ts=%s caller=tls_config.go:%d level=info msg=\"%s\"" % (iso(R, 3), pick(R, [313, 316]), pick(R, ["Listening on", "TLS is disabled."])) + (" address=[::]:9100" if R.random() < 0.5 else "")
    def n_consul(R): return hcl(R, pick(R, ["INFO", "DEBUG"]), pick(R, ["agent: Synced node info", "agent: Synced service: service=booking-api-%s" % lower(R, 6), "agent.client.serf.lan: serf: EventMemberJoin: ip-10-80-%d-%d 10.80.%d.%d" % (R.randint(0, 9), R.randint(2, 250), R.randint(0, 9), R.randint(2, 250)), "agent: Check status updated: check=service:booking-api-%s status=passing" % lower(R, 6)]))
    def n_nomad(R): return hcl(R, "INFO", pick(R, ["client.gc: marking allocation for GC: alloc_id=%s" % uuid(R), "client.alloc_runner.task_runner: Task event: alloc_id=%s task=fare-sync type=Started msg=\"Task started by client\" failed=false" % uuid(R), "client.driver_mgr.docker: created container: driver=docker container_id=%s" % hexs(R, 64)]))
    def n_nomadrestart(R): return hcl(R, "INFO", "client.alloc_runner.task_runner: restarting task: alloc_id=%s task=fare-sync reason=\"Restart within policy\" delay=%.9fs" % (uuid(R), R.uniform(10, 20)))
    def n_timer(R): return systemd(R, h8(R), pick(R, ["Started db-backup.timer - Nightly booking database dump.", "Finished db-backup.service - Nightly booking database dump to S3.", "db-backup.service: Consumed %d.%03ds CPU time." % (R.randint(10, 90), R.randint(0, 999)), "Starting sysstat-summary.service - Generate a daily summary of process accounting..."]))
    def n_dnf(R): return bsd(R, h8(R), "dnf-automatic", pick(R, ["No new upgrades available.", "Updates completed successfully.", "Security: %d upgrades available" % R.randint(0, 3)]))
    def n_ne_warn(R): return "ts=%s caller=diskstats_linux.go:%d level=warn collector=diskstats msg=\"Failed to open directory, disabling udev device properties\" path=/run/udev/data" % (iso(R, 3), R.randint(260, 270))
    return [n_cron, n_cronpam, n_nomta, n_anacron, n_lr, n_hup, n_resumed, n_pipe, n_retry, n_dbg, n_ne, n_consul, n_nomad, n_nomadrestart, n_timer, n_dnf, n_ne_warn]


def fam_agents(R):
    groups = [("cwagent-role-missing-putlogevents", g_putlogs), ("launch-template-imds-disabled-ec2tagger", g_imds),
              ("logrotate-booking-dir-group-writable", g_logrotate), ("central-syslog-collector-refusing", g_collector),
              ("imjournal-rate-limit-drops", g_ratelimit), ("nightly-backup-password-rotated", g_backup),
              ("node-exporter-backup-prom-not-a-number", g_textfile), ("consul-servers-lost-quorum", g_consul),
              ("nomad-client-tls-cert-expired", g_nomadtls), ("cwagent-config-typo-log-group-nam", g_cwconfig),
              ("var-log-full-on-fare-sync-hosts", g_varlog)]
    return build(R, F8, groups, agent_negs())


FAMILIES = {F7: fam_b, F8: fam_agents}
