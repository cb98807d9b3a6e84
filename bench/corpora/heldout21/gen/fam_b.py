"""Families: al2023-ecs-container-hosts, mail-dns-postfix-bind-unbound."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    ec2host, pid, bsd, r3339, r5424, kern, systemd, uptime, iid, ACCT)

# ---------------------------------------------------------------- al2023-ecs-container-hosts
# "parcelpost" ECS on EC2 capacity: Amazon Linux 2023 container instances (ip-10-30-*), Docker 25 + containerd,
# the ECS agent (logfmt `level=… time=… msg=…`), kernel cgroup v2 OOM, conntrack, systemd-networkd. journald is
# forwarded by rsyslog in RFC 5424 on half the fleet and in the traditional format on the other half.
F3 = "al2023-ecs-container-hosts"


def h3(R):
    return ec2host(R, 30)


def sty(R):
    return pick(R, [bsd, r5424])


def task(R):
    return hexs(R, 32)


def ecsa(R, level, msg, **kv):
    s = "level=%s time=%s msg=\"%s\"" % (level, iso(R, 0), msg)
    for k, v in kv.items():
        s += " %s=%s" % (k, v if " " not in str(v) and "\"" not in str(v) else "\"%s\"" % str(v).replace("\"", "\\\""))
    return s


def dock(R, level, msg, prog="dockerd", **kv):
    d, t = day(R), hms(R)
    s = "time=\"2028-05-%02dT%s.%sZ\" level=%s msg=\"%s\"" % (d, t, digits(R, 9), level, msg.replace("\"", "\\\""))
    for k, v in kv.items():
        s += " %s=%s" % (k, v)
    return sty(R)(R, h3(R), prog, s, at=(d, t))


def c_oom(R):
    h = h3(R)
    t, c = task(R), hexs(R, 64)
    p = R.randint(2000, 90000)
    r = R.random()
    if r < 0.3:
        return kern(R, h, "Memory cgroup out of memory: Killed process %d (java) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:1000 pgtables:%dkB oom_score_adj:0" % (p, R.randint(4000000, 6000000), R.randint(1040000, 1048000), R.randint(10000, 30000), R.randint(2000, 4000)), sty(R))
    if r < 0.55:
        return kern(R, h, "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=%s,mems_allowed=0,oom_memcg=/ecs/%s/%s,task_memcg=/ecs/%s/%s,task=java,pid=%d,uid=1000" % (c, t, c, t, c, p), sty(R))
    if r < 0.8:
        return ecsa(R, "info", "Container exited with OOM", task=t, container="label-renderer", exitCode=137)
    return ecsa(R, "warn", "Task stopped: essential container exited", task=t, container="label-renderer", reason="OutOfMemoryError: Container killed due to memory usage")


def c_ecr(R):
    i = iid(R)
    msg = "CannotPullECRContainerError: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/parcelpost-ecs-instance/%s is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action" % (ACCT, i)
    if R.random() < 0.6:
        return ecsa(R, "error", "Error transitioning container", task=task(R), container=pick(R, ["tracking-api", "label-renderer", "notify"]), runtimeID="", nextState="PULLED", error=msg)
    return ecsa(R, "error", "Failed to get ECR auth data", image="%s.dkr.ecr.us-east-1.amazonaws.com/parcelpost/%s:%s" % (ACCT, pick(R, ["tracking-api", "notify"]), pick(R, ["2.31.0", "2.31.1", "1.9.4"])), error=msg.split(": ", 1)[1])


def c_diskfull(R):
    r = R.random()
    if r < 0.4:
        return dock(R, "error", "Handler for POST /v1.44/images/create returned error: failed to register layer: write /var/lib/docker/overlay2/%s/diff/usr/lib/x86_64-linux-gnu/libicudata.so.72.1: no space left on device" % hexs(R, 64))
    if r < 0.7:
        return ecsa(R, "error", "Error transitioning container", task=task(R), container="tracking-api", nextState="PULLED", error="CannotPullContainerError: write /var/lib/docker/tmp/GetImageBlob%d: no space left on device" % R.randint(10**8, 10**9))
    return dock(R, "error", "failed to create task for container: failed to mount rootfs component: write /var/lib/docker/overlay2/%s/merged: no space left on device" % hexs(R, 64), "containerd")


def c_conntrack(R):
    return kern(R, h3(R), "nf_conntrack: nf_conntrack: table full, dropping packet", sty(R))


def c_waitonline(R):
    h = h3(R)
    r = R.random()
    if r < 0.4:
        return sty(R)(R, h, "systemd-networkd-wait-online", "Timeout occurred while waiting for network connectivity.")
    if r < 0.7:
        return systemd(R, h, "systemd-networkd-wait-online.service: Main process exited, code=exited, status=1/FAILURE", sty(R))
    return sty(R)(R, h, "systemd-networkd", "ens%d: DHCPv4 client: Could not acquire DHCP lease: Connection timed out" % pick(R, [6, 7]), R.randint(600, 900))


def c_entrypoint(R):
    c = hexs(R, 64)
    if R.random() < 0.55:
        return dock(R, "error", "Handler for POST /v1.44/containers/%s/start returned error: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"/app/entrypoint.sh\": permission denied: unknown" % c[:12])
    return ecsa(R, "error", "Error transitioning container", task=task(R), container="billing-sync", runtimeID=c, nextState="RUNNING", error="CannotStartContainerError: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"/app/entrypoint.sh\": permission denied: unknown")


def c_noegress(R):
    r = R.random()
    if r < 0.4:
        return ecsa(R, "error", "Error connecting to ACS", containerInstance="arn:aws:ecs:us-east-1:%s:container-instance/parcelpost-prod/%s" % (ACCT, hexs(R, 32)), error="dial tcp %s:443: i/o timeout" % pick(R, ["52.94.1.%d" % R.randint(2, 250), "3.230.%d.%d" % (R.randint(0, 255), R.randint(2, 250))]))
    if r < 0.75:
        return ecsa(R, "error", "Unable to register as a container instance with ECS", error="RequestError: send request failed\\ncaused by: Post \"https://ecs.us-east-1.amazonaws.com/\": dial tcp %s:443: i/o timeout" % ("52.94.%d.%d" % (R.randint(0, 255), R.randint(2, 250))))
    return ecsa(R, "critical", "Unable to initialize Agent", error="RequestError: send request failed caused by: Post \"https://ecs.us-east-1.amazonaws.com/\": dial tcp 52.94.%d.%d:443: i/o timeout" % (R.randint(0, 255), R.randint(2, 250)))


def c_awslogs(R):
    if R.random() < 0.6:
        return ecsa(R, "error", "Error transitioning container", task=task(R), container="notify", nextState="CREATED", error="CannotStartContainerError: Error response from daemon: failed to create task for container: failed to initialize logging driver: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist.")
    return dock(R, "error", "Handler for POST /v1.44/containers/create returned error: failed to initialize logging driver: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. (log group /ecs/parcelpost/notify)")


def c_port(R):
    if R.random() < 0.55:
        return dock(R, "error", "Handler for POST /v1.44/containers/%s/start returned error: driver failed programming external connectivity on endpoint ecs-tracking-api-%d-tracking-api-%s (%s): Bind for 0.0.0.0:8080 failed: port is already allocated" % (hexs(R, 12), R.randint(20, 40), hexs(R, 18), hexs(R, 64)))
    return ecsa(R, "error", "Error transitioning container", task=task(R), container="tracking-api", nextState="RUNNING", error="CannotStartContainerError: Error response from daemon: driver failed programming external connectivity on endpoint ecs-tracking-api: Bind for 0.0.0.0:8080 failed: port is already allocated")


def c_hung(R):
    h = h3(R)
    if R.random() < 0.6:
        u = uptime(R)
        return kern(R, h, "INFO: task jbd2/nvme1n1-8:%d blocked for more than %d seconds.\n%s       Not tainted 6.1.94-99.176.amzn2023.x86_64 #1\n%s \"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message." % (R.randint(300, 900), pick(R, [122, 245, 368]), u, u), sty(R))
    return kern(R, h, "INFO: task dockerd:%d blocked for more than %d seconds." % (R.randint(900, 9000), pick(R, [122, 245])), sty(R))


def c_ipt(R):
    h = h3(R)
    if R.random() < 0.6:
        return dock(R, "error", "Failed to Program NAT chain: iptables failed: iptables --wait -t nat -I DOCKER -i docker0 -j RETURN: iptables v1.8.8 (nf_tables):  CHAIN_ADD failed (Device or resource busy): chain DOCKER (exit status 4)")
    return sty(R)(R, h, "ecs-init", "level=error time=%s msg=\"Error creating iptables route for introspection: exit status 4: iptables v1.8.8 (nf_tables):  CHAIN_ADD failed (Device or resource busy): chain PREROUTING\"" % iso(R, 0), R.randint(1500, 4000))


def ecs_negs():
    def n_steady(R): return ecsa(R, "info", "Task at steady state", task=task(R), knownStatus="RUNNING")
    def n_sc(R): return ecsa(R, "info", "Sending state change to ECS", eventType="TaskStateChange", eventData="TaskChange: [arn:aws:ecs:us-east-1:%s:task/parcelpost-prod/%s -> RUNNING, Known Sent: NONE]" % (ACCT, task(R)))
    def n_cleanup(R): return ecsa(R, "info", "Image removed from the image manager", image="%s.dkr.ecr.us-east-1.amazonaws.com/parcelpost/%s:%s" % (ACCT, pick(R, ["tracking-api", "notify", "label-renderer"]), pick(R, ["2.29.0", "2.30.2", "1.8.9"])), imageID="sha256:%s" % hexs(R, 64))
    def n_ignore(R): return dock(R, "info", "ignoring event", module="libcontainerd", namespace="moby", topic="/tasks/delete", type="\"*events.TaskDelete\"")
    def n_shim(R): return dock(R, "info", pick(R, ["shim disconnected", "cleaning up after shim disconnected", "cleaning up dead shim"]), "containerd", id=hexs(R, 64), namespace="moby")
    def n_loaded(R): return dock(R, "info", "loading plugin \"io.containerd.event.v1.publisher\"...", "containerd", runtime="io.containerd.runc.v2", type="io.containerd.event.v1")
    def n_veth(R): return kern(R, h3(R), "docker0: port %d(veth%s) entered %s state" % (R.randint(1, 9), hexs(R, 7), pick(R, ["forwarding", "blocking", "disabled"])), sty(R))
    def n_carrier(R): return sty(R)(R, h3(R), "systemd-networkd", "veth%s: %s" % (hexs(R, 7), pick(R, ["Gained carrier", "Lost carrier", "Gained IPv6LL"])), R.randint(600, 900))
    def n_exit0(R): return ecsa(R, "info", "Container exited", task=task(R), container=pick(R, ["db-migrate", "cache-warmup"]), exitCode=0)
    def n_exit143(R): return ecsa(R, "info", "Container exited", task=task(R), container=pick(R, ["tracking-api", "notify"]), exitCode=143, reason="Scaling activity initiated by (deployment ecs-svc/%s)" % digits(R, 19))
    def n_swap(R): return dock(R, "warning", "WARNING: No swap limit support")
    def n_stats(R): return ecsa(R, "warn", "Error getting cpu stats, num CPUs less than or equal to 0", container=hexs(R, 64), numCPUs=0)
    def n_dnf(R): return sty(R)(R, h3(R), "dnf", pick(R, ["Amazon Linux 2023 repository  %d MB/s |  %d MB     00:0%d" % (R.randint(20, 90), R.randint(20, 40), R.randint(0, 2)), "Dependencies resolved.", "Nothing to do.", "Complete!"]))
    def n_sysd(R): return systemd(R, h3(R), pick(R, ["Started docker-%s.scope - libcontainer container %s." % ((lambda x: (x, x))(hexs(R, 64))), "docker-%s.scope: Deactivated successfully." % hexs(R, 64), "var-lib-docker-overlay2-%s-merged.mount: Deactivated successfully." % hexs(R, 64)]), sty(R))
    def n_pulled(R): return ecsa(R, "info", "Finished pulling image", image="%s.dkr.ecr.us-east-1.amazonaws.com/parcelpost/%s:%s" % (ACCT, pick(R, ["tracking-api", "notify", "label-renderer"]), pick(R, ["2.31.0", "2.31.1", "1.9.4"])), duration="%.3fs" % R.uniform(1, 30))
    def n_ct_stats(R): return ecsa(R, "info", "TCS Websocket connection closed for a valid reason", containerInstance=hexs(R, 32))
    def n_reconnect(R): return ecsa(R, "info", "ACS Websocket connection closed for a valid reason", containerInstance=hexs(R, 32))
    return [n_steady, n_sc, n_cleanup, n_ignore, n_shim, n_loaded, n_veth, n_carrier, n_exit0, n_exit143, n_swap, n_stats, n_dnf, n_sysd, n_pulled, n_ct_stats, n_reconnect]


def fam_ecs(R):
    groups = [("label-renderer-memory-limit-oom", c_oom), ("instance-role-missing-ecr-auth", c_ecr),
              ("docker-volume-full", c_diskfull), ("conntrack-table-full", c_conntrack),
              ("trunk-eni-dhcp-wait-online-timeout", c_waitonline), ("billing-sync-entrypoint-not-executable", c_entrypoint),
              ("private-subnet-no-route-to-ecs-endpoints", c_noegress), ("notify-log-group-missing", c_awslogs),
              ("tracking-api-static-host-port-conflict", c_port), ("gp2-volume-burst-exhausted-hung-tasks", c_hung),
              ("iptables-nft-chain-busy-at-boot", c_ipt)]
    return build(R, F3, groups, ecs_negs())


# ---------------------------------------------------------------- mail-dns-postfix-bind-unbound
# "harbormail", mail and DNS for a small hosting company: mx1/mx2 (postfix 3.8, dovecot 2.3, opendkim,
# saslauthd, fail2ban) and ns1/ns2 (BIND 9.18 authoritative), res1/res2 (unbound 1.19 resolvers) on EC2.
# Traditional syslog from /var/log/maillog, /var/log/messages.
F4 = "mail-dns-postfix-bind-unbound"

MX = ["mx1", "mx2"]
DOMS = ["harbormail.example", "quaysidebakery.example", "tidewater-law.example", "anchorvet.example"]


def qid(R):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(R.choice([10, 11])))


def mhost(R):
    return "%s.harbormail.example" % pick(R, MX)


def addr(R, dom=None):
    return "%s@%s" % (pick(R, ["info", "billing", "noreply", "maria.k", "jp", "office", "frontdesk", "t.ahmed"]), dom or pick(R, DOMS))


def m_ses(R):
    return bsd(R, mhost(R), "postfix/smtp", "%s: to=<%s>, relay=email-smtp.us-east-1.amazonaws.com[%s]:587, delay=%.2f, delays=%.2f/0.01/%.2f/%.2f, dsn=5.0.0, status=bounced (host email-smtp.us-east-1.amazonaws.com[%s] said: 554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: %s (in reply to end of DATA command))" % (qid(R), addr(R, pick(R, ["gmail.example", "outlook.example", "yahoo.example"])), ipdoc(R), R.uniform(0.3, 3), R.uniform(0.01, 0.2), R.uniform(0.1, 0.5), R.uniform(0.1, 0.5), ipdoc(R), addr(R, "anchorvet.example")))


def m_port25(R):
    mx = pick(R, ["mx.gmail.example", "mail.protection.outlook.example", "mx-in.yahoo.example", "mx.fastmail.example"])
    if R.random() < 0.55:
        return bsd(R, mhost(R), "postfix/smtp", "connect to %s[%s]:25: Connection timed out" % (mx, ipdoc(R)))
    return bsd(R, mhost(R), "postfix/smtp", "%s: to=<%s>, relay=none, delay=%d, delays=%d/0.02/30/0, dsn=4.4.1, status=deferred (connect to %s[%s]:25: Connection timed out)" % (qid(R), addr(R, pick(R, ["gmail.example", "outlook.example"])), R.randint(30, 9000), R.randint(0, 8900), mx, ipdoc(R)))


def m_dkim(R):
    d = pick(R, ["tidewater-law.example", "quaysidebakery.example"])
    if R.random() < 0.5:
        return bsd(R, mhost(R), "opendkim", "%s: key data is not secure: /etc/opendkim/keys/%s/mail.private can be read or written by other users" % (qid(R), d))
    return bsd(R, mhost(R), "opendkim", "%s: error loading key 'mail._domainkey.%s'" % (qid(R), d))


def m_dovecot_perm(R):
    u = addr(R, "tidewater-law.example")
    f = pick(R, ["dovecot.index.log", "dovecot-uidlist", "dovecot.index.cache"])
    return bsd(R, mhost(R), "dovecot", "imap(%s)<%d><%s>: Error: open(/var/vmail/tidewater-law.example/%s/Maildir/%s) failed: Permission denied (euid=5000(vmail) egid=5000(vmail) missing +w perm: /var/vmail/tidewater-law.example/%s/Maildir, dir owned by 0:0 mode=0700)" % (u, R.randint(1000, 99999), alnum(R, 16), u.split("@")[0], f, u.split("@")[0]), 0)


def m_tls(R):
    if R.random() < 0.6:
        return bsd(R, mhost(R), "postfix/smtpd", "warning: cannot get RSA certificate from file \"/etc/letsencrypt/live/mx.harbormail.example/fullchain.pem\": disabling TLS support")
    return bsd(R, mhost(R), "postfix/smtpd", "warning: TLS library problem: error:8000000D:system library::Permission denied:crypto/bio/bss_file.c:67:calling fopen(/etc/letsencrypt/live/mx.harbormail.example/fullchain.pem, r):")


def m_virtual(R):
    if R.random() < 0.45:
        return bsd(R, mhost(R), "postfix/trivial-rewrite", "warning: database /etc/postfix/virtual.db is older than source file /etc/postfix/virtual")
    return bsd(R, mhost(R), "postfix/smtpd", "NOQUEUE: reject: RCPT from %s[%s]: 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual alias table; from=<%s> to=<%s> proto=ESMTP helo=<%s>" % ((lambda ip, a: ("mail-%s.outbound.example" % ip.replace(".", "-"), ip, a, addr(R, "clientmail.example"), a, "mail-%s.outbound.example" % ip.replace(".", "-")))(ipdoc(R), "%s@anchorvet.example" % pick(R, ["reception", "dr.lindqvist", "appointments", "lab"]))))


def m_axfr(R):
    ns = pick(R, ["ns2", "ns2", "ns3"])
    z = pick(R, DOMS)
    if R.random() < 0.5:
        return bsd(R, ns, "named", "zone %s/IN: refresh: unexpected rcode (REFUSED) from primary 10.50.1.10#53 (source 0.0.0.0#0)" % z)
    return bsd(R, ns, "named", "transfer of '%s/IN' from 10.50.1.10#53: failed while receiving responses: REFUSED" % z)


def m_zone(R):
    r = R.random()
    if r < 0.45:
        return bsd(R, "ns1", "named", "dns_rdata_fromtext: /var/named/internal.harbormail.example.zone:%d: near '10.50.3.3o': bad dotted quad" % pick(R, [41, 41]))
    if r < 0.75:
        return bsd(R, "ns1", "named", "zone internal.harbormail.example/IN: loading from master file /var/named/internal.harbormail.example.zone failed: bad dotted quad")
    return bsd(R, "ns1", "named", "zone internal.harbormail.example/IN: not loaded due to errors.")


def m_unbound(R):
    n = pick(R, ["dc01", "fs02", "vpn", "wiki", "ldap", "print"])
    return bsd(R, pick(R, ["res1", "res2"]), "unbound", "[%d:%d] error: SERVFAIL <%s.corp.harbormail.example. %s IN>: all the configured stub or forward servers failed, at zone corp.harbormail.example. from 10.50.9.%d no server to query nameserver addresses not usable" % (R.randint(600, 9000), R.randint(0, 3), n, pick(R, ["A", "AAAA", "SRV"]), pick(R, [11, 12])))


def m_f2b(R):
    j = pick(R, ["postfix-sasl", "dovecot", "sshd"])
    ip = ipdoc(R)
    ts = "2028-05-%02d %s,%03d" % (day(R), hms(R), R.randint(0, 999))
    if R.random() < 0.6:
        fp, fx = R.randint(800, 9000), R.randint(0x7f0000000000, 0x7fffffffffff)
        return "%s fail2ban.utils          [%d]: ERROR   %x -- exec: iptables -w -I f2b-%s 1 -s %s -j REJECT --reject-with icmp-port-unreachable\n%s fail2ban.utils          [%d]: ERROR   %x -- stderr: 'iptables v1.8.9 (nf_tables): Chain \\'f2b-%s\\' does not exist'" % (ts, fp, fx, j, ip, ts, fp, fx, j)
    return "%s fail2ban.actions        [%d]: ERROR   Failed to execute ban jail '%s' action 'iptables-multiport' info 'ActionInfo({'ip': '%s', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x7f%s>, 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x7f%s>})': Error banning %s" % (ts, R.randint(800, 9000), j, ip, hexs(R, 10), hexs(R, 10), ip)


def m_saslauthd(R):
    ip = ipdoc(R)
    if R.random() < 0.5:
        return bsd(R, mhost(R), "postfix/smtpd", "warning: SASL authentication failure: cannot connect to saslauthd server: No such file or directory")
    return bsd(R, mhost(R), "postfix/smtpd", "warning: %s[%s]: SASL LOGIN authentication failed: generic failure, sasl_username=%s" % (pick(R, ["unknown", "cpe-%s.res.example" % ip.replace(".", "-")]), ip, addr(R)))


def mail_negs():
    def n_conn(R): return bsd(R, mhost(R), "postfix/smtpd", "connect from %s[%s]" % (pick(R, ["unknown", "mail-out.example.net", "o%d.mailer.example" % R.randint(1, 99)]), ipdoc(R)))
    def n_disc(R): return bsd(R, mhost(R), "postfix/smtpd", "disconnect from unknown[%s] ehlo=1 auth=0/1 rset=1 quit=1 commands=3/4" % ipdoc(R))
    def n_sent(R): return bsd(R, mhost(R), "postfix/smtp", "%s: to=<%s>, relay=email-smtp.us-east-1.amazonaws.com[%s]:587, delay=%.2f, delays=0.05/0.01/0.2/%.2f, dsn=2.0.0, status=sent (250 Ok 0100018%s-%s-000000)" % (qid(R), addr(R, "gmail.example"), ipdoc(R), R.uniform(0.3, 2), R.uniform(0.1, 1), hexs(R, 12), uuid(R)))
    def n_local(R): return bsd(R, mhost(R), "dovecot", "lmtp(%s)<%d><%s>: msgid=<%s@mail.example.net>: saved mail to INBOX" % (addr(R), R.randint(1000, 99999), alnum(R, 16), alnum(R, 20)), 0)
    def n_qmgr(R): return bsd(R, mhost(R), "postfix/qmgr", "%s: from=<%s>, size=%d, nrcpt=1 (queue active)" % (qid(R), addr(R), R.randint(900, 900000)))
    def n_removed(R): return bsd(R, mhost(R), "postfix/qmgr", "%s: removed" % qid(R))
    def n_rbl(R): return bsd(R, mhost(R), "postfix/smtpd", "NOQUEUE: reject: RCPT from unknown[%s]: 554 5.7.1 Service unavailable; Client host [%s] blocked using zen.spamhaus.org; from=<%s> to=<%s> proto=ESMTP helo=<%s>" % ((lambda ip: (ip, ip, "promo@%s.example" % lower(R, 8), addr(R), "User"))(ipdoc(R))))
    def n_saslbot(R): return bsd(R, mhost(R), "postfix/smtpd", "warning: unknown[%s]: SASL LOGIN authentication failed: authentication failure, sasl_username=%s" % (ipdoc(R), pick(R, ["admin", "test", "info@harbormail.example", "sales"])))
    def n_login(R): return bsd(R, mhost(R), "dovecot", "imap-login: Login: user=<%s>, method=PLAIN, rip=%s, lip=10.50.2.%d, mpid=%d, TLS, session=<%s>" % (addr(R), ipdoc(R), R.randint(10, 20), R.randint(1000, 99999), alnum(R, 16)), 0)
    def n_logout(R): return bsd(R, mhost(R), "dovecot", "imap(%s)<%d><%s>: Disconnected: Logged out in=%d out=%d deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0" % (addr(R), R.randint(1000, 99999), alnum(R, 16), R.randint(50, 900), R.randint(400, 90000)), 0)
    def n_authfail(R): return bsd(R, mhost(R), "dovecot", "auth-worker(%d): pam(%s,%s,<%s>): unknown user" % (R.randint(1000, 9999), pick(R, ["admin", "oracle", "test1"]), ipdoc(R), alnum(R, 16)), 0)
    def n_denied(R): return bsd(R, pick(R, ["ns1", "ns2"]), "named", "client @0x7f%s %s#%d (%s): query (cache) '%s/ANY/IN' denied (allow-query-cache did not match)" % ((lambda d: (hexs(R, 10), ipdoc(R), port(R), d, d))(pick(R, ["example.com", "isc.org", "pizzaseo.com"]))))
    def n_xfr(R): return bsd(R, "ns2", "named", "zone %s/IN: transferred serial 202805%02d%02d" % ("harbormail.example", day(R), R.randint(1, 9)))
    def n_reload(R): return bsd(R, pick(R, ["ns1", "ns2"]), "named", pick(R, ["received control channel command 'reload'", "reloading configuration succeeded", "any newly configured zones are now loaded", "zone harbormail.example/IN: sending notifies (serial 202805%02d%02d)" % (day(R), R.randint(1, 9))]) + "")
    def n_unb(R): return bsd(R, pick(R, ["res1", "res2"]), "unbound", "[%d:0] info: %s" % (R.randint(600, 9000), pick(R, ["generate keytag query _ta-4f66. NULL IN", "service stopped (unbound 1.19.3).", "start of service (unbound 1.19.3).", "server stats for thread 0: %d queries, %d answers from cache, %d recursions, 0 prefetch, 0 rejected by ip ratelimiting" % (R.randint(1000, 90000), R.randint(500, 50000), R.randint(100, 9000))])))
    def n_ban(R): return "2028-05-%02d %s,%03d fail2ban.actions        [%d]: NOTICE  [%s] %s %s" % (day(R), hms(R), R.randint(0, 999), R.randint(800, 9000), pick(R, ["postfix-sasl", "dovecot", "sshd"]), pick(R, ["Ban", "Unban", "Restore Ban"]), ipdoc(R))
    def n_found(R): return "2028-05-%02d %s,%03d fail2ban.filter         [%d]: INFO    [postfix-sasl] Found %s - 2028-05-%02d %s" % (day(R), hms(R), R.randint(0, 999), R.randint(800, 9000), ipdoc(R), day(R), hms(R))
    def n_dkim_ok(R): return bsd(R, mhost(R), "opendkim", "%s: DKIM-Signature field added (s=mail, d=%s)" % (qid(R), pick(R, DOMS)))
    def n_dkim_badsig(R): return bsd(R, mhost(R), "opendkim", "%s: bad signature data" % qid(R))
    return [n_conn, n_disc, n_sent, n_local, n_qmgr, n_removed, n_rbl, n_saslbot, n_login, n_logout, n_authfail, n_denied, n_xfr, n_reload, n_unb, n_ban, n_found, n_dkim_ok, n_dkim_badsig]


def fam_mail(R):
    groups = [("ses-identity-anchorvet-unverified", m_ses), ("outbound-port-25-blocked-direct-delivery", m_port25),
              ("opendkim-key-permissions-too-open", m_dkim), ("maildir-restored-owned-by-root", m_dovecot_perm),
              ("postfix-cannot-read-tls-cert", m_tls), ("virtual-alias-map-not-rebuilt", m_virtual),
              ("secondary-axfr-refused-by-primary", m_axfr), ("internal-zone-typo-not-loaded", m_zone),
              ("unbound-corp-forwarders-unreachable", m_unbound), ("fail2ban-iptables-chain-missing", m_f2b),
              ("saslauthd-not-running", m_saslauthd)]
    return build(R, F4, groups, mail_negs())


FAMILIES = {F3: fam_ecs, F4: fam_mail}
