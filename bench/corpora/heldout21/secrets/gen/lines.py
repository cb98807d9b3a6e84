# Lines of the heldout21 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in every
# part. Contexts follow this round's hosts: Linux server fleets on EC2 (cloud-init output, shell history,
# sudo/cron lines in syslog, systemctl show, daemon config dumps, database clients, mail debug logs,
# Consul/Nomad/Vault, kubeadm).
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
SYS = lambda: "May %2d %s" % (DAY(), HMS())
HOST = lambda: "ip-10-%d-%d-%d" % (R.choice([20, 30, 80]), R.randint(0, 255), R.randint(2, 254))
PID = lambda: R.randint(300, 99999)
OPS = ["akovacs", "bnwosu", "cdelgado", "dpatel", "esato", "ssm-user", "ec2-user", "ubuntu"]
HOSTS = ["bastion-a", "jump-02", "mx1", "ns1", "db-ledger-01", "fs-02", "cp-1", "wk-07"]


def KEYID():
    return "AKXC" + U(16)  # deliberately not an AWS access key id prefix


# ---------------------------------------------------------------- generic contexts: (ENV, key) -> template with {S}
def g_systemctl(E, k):
    return "$ systemctl show %s -p Environment\nEnvironment=LANG=C.UTF-8 %s={S} LOG_LEVEL=info" % (R.choice(["booking-api", "fare-sync", "ledger-worker", "notify"]), E)


def g_cloudinit(E, k):
    return "%s %s cloud-init[%d]: + export %s={S}" % (SYS(), HOST(), PID(), E)


def g_sudo(E, k):
    u = R.choice(OPS)
    return "%s %s sudo: %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/env %s={S} /opt/ferrylines/bin/%s" % (SYS(), R.choice(HOSTS), u, R.randint(0, 9), u, E, R.choice(["migrate", "reindex", "backfill-fares"]))


def g_cron(E, k):
    return "%s %s CROND[%d]: (root) CMD (%s={S} /usr/local/bin/%s.sh >/dev/null 2>&1)" % (SYS(), HOST(), PID(), E, R.choice(["nightly-report", "sync-fares", "rotate-archives", "push-metrics"]))


def g_history(E, k):
    return "  %d  export %s={S}" % (R.randint(100, 2400), E)


def g_envfile(E, k):
    return "[%s@%s ~]$ sudo cat /etc/sysconfig/%s\nPORT=8080\n%s={S}\nLOG_FORMAT=json" % (R.choice(OPS), R.choice(HOSTS), R.choice(["booking-api", "notify", "fare-sync"]), E)


def g_ps(E, k):
    return "root     %6d  0.%d  1.%d 1843%03d 201%03d ?      Ssl  May0%d  12:%02d /usr/local/bin/%s --%s={S} --listen=:8080" % (PID(), R.randint(0, 9), R.randint(0, 9), R.randint(0, 999), R.randint(0, 999), DAY(), R.randint(0, 59), R.choice(["fare-sync", "notify-relay", "edge-proxy"]), k.replace("_", "-"))


def g_nomad(E, k):
    return "      \"Env\": {\n        \"REGION\": \"us-east-1\",\n        \"%s\": \"{S}\"\n      }," % E


def g_ansible(E, k):
    return "ok: [%s] => (item={'name': '%s', 'value': '{S}'})" % (HOST(), E)


def g_userdata(E, k):
    return "%s %s cloud-init[%d]: + echo %s={S}" % (SYS(), HOST(), PID(), E)


GENERIC = [g_systemctl, g_cloudinit, g_sudo, g_cron, g_history, g_envfile, g_ps, g_nomad, g_ansible, g_userdata]
_gi = [0]


def gen_ctx():
    c = GENERIC[_gi[0] % len(GENERIC)]
    _gi[0] += 1
    return c


def one(f):
    return lambda: (lambda v: (v, [v]))(f())


def plant(kind, E, k, gen, specific, ngen):
    for t in specific:
        s, parts = gen()
        P(kind, t(), s, parts)
    for _ in range(ngen):
        s, parts = gen()
        P(kind, gen_ctx()(E, k), s, parts)


# ---------------------------------------------------------------- value shapes
def PWV():
    return PW()


def SESPW():
    return "B" + MARK(A(43))


def B64MARK(n):
    return MARK(B64(n))


def PEMK(label):
    return PEM(label)


def UUIDX():
    return UUIDI()


def HVS():
    return "hvs." + MARK(A(90))


def KUBEADM():
    return L(6) + "." + R.choice(["EXAMPLE", "INVENT"]) + L(9)


def GHP():
    return "ghp_" + MARK(A(36))


def SLACKHOOK():
    t = "T" + "EXAMPLE" + U(3)
    b = "B" + "EXAMPLE" + U(4)
    tok = MARK(A(24), "EXAMPLE")
    return ("https://hooks.slack.com/services/%s/%s/%s" % (t, b, tok), [t, b, tok])


def SLACKBOT():
    a = "EXAMPLE" + D(6)
    b = "EXAMPLE" + D(6)
    c = MARK(A(24), "EXAMPLE")
    return ("xoxb-%s-%s-%s" % (a, b, c), [a, b, c])


def HEXM(n):
    return MARK(H(n))


def B32():
    return MARK("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(26)), "EXAMPLE")


def GLSA():
    return "glsa_" + MARK(A(32)) + "_" + H(8)


def SESSION():
    return "IQoJb3JpZ2luX2VjE" + MARK(B64(240))


# ---------------------------------------------------------------- planted
plant("aws-secret-key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", one(lambda: MARK(A(40))), [
    lambda: "%s %s cloud-init[%d]: + aws configure set aws_secret_access_key {S} --profile backup" % (SYS(), HOST(), PID()),
    lambda: "[root@%s ~]# cat ~/.aws/credentials\n[backup]\naws_access_key_id = %s\naws_secret_access_key = {S}\nregion = us-east-1" % (R.choice(HOSTS), KEYID()),
], 3)
plant("aws-session-token", "AWS_SESSION_TOKEN", "aws_session_token", one(SESSION), [
    lambda: "%s %s cloud-init[%d]: {\n  \"Code\" : \"Success\",\n  \"LastUpdated\" : \"2028-05-0%dT%s:00Z\",\n  \"Type\" : \"AWS-HMAC\",\n  \"AccessKeyId\" : \"%s\",\n  \"Token\" : \"{S}\",\n  \"Expiration\" : \"2028-05-0%dT%sZ\"\n}" % (SYS(), HOST(), PID(), DAY(), HMS()[:5], KEYID(), DAY(), HMS()),
    lambda: "  %d  export AWS_SESSION_TOKEN='{S}'" % R.randint(100, 2400),
], 2)
plant("password", "DB_PASSWORD", "db_password", one(PWV), [
    lambda: "  %d  mysql -h booking-db.cluster-cexmpl1.us-east-1.rds.amazonaws.com -u admin -p'{S}' booking" % R.randint(100, 2400),
    lambda: "%s %s CROND[%d]: (postgres) CMD (PGPASSWORD='{S}' pg_dump -h 10.80.%d.%d -U backup -Fc booking > /backup/booking-$(date +\\%%F).dump)" % (SYS(), HOST(), PID(), R.randint(20, 23), R.randint(2, 250)),
    lambda: "%s fs-0%d sudo:  cdelgado : TTY=pts/%d ; PWD=/root ; USER=root ; COMMAND=/usr/bin/net ads join -U svc_join%%{S} createcomputer=Servers/FileServers" % (SYS(), R.randint(1, 3), R.randint(0, 9)),
    lambda: "%s %s cloud-init[%d]: + echo '{S}' | realm join -U svc_realmjoin corp.northwind.lan" % (SYS(), R.choice(["jump-03", "jump-04"]), PID()),
    lambda: "%s mx%d dovecot: auth: Debug: passwd-file(%s@tidewater-law.example,%s,<%s>): Password mismatch (given password: {S})" % (SYS(), R.randint(1, 2), R.choice(["billing", "office", "jp"]), "203.0.113.%d" % R.randint(2, 254), A(16)),
    lambda: "%s %s cloud-init[%d]: + echo 'opsadmin:{S}' | chpasswd" % (SYS(), HOST(), PID()),
    lambda: "  %d  mysqladmin -u root --password='{S}' status" % R.randint(100, 2400),
], 1)
plant("url-credentials", "DATABASE_URL", "database_url", one(PWV), [
    lambda: "%s %s CROND[%d]: (booking) CMD (pg_dump 'postgresql://reporting:{S}@ledger-ro.internal:5432/ledger' | gzip > /backup/ledger.sql.gz)" % (SYS(), HOST(), PID()),
    lambda: "  %d  git clone https://deploy:{S}@git.ferrylines.internal/ops/host-config.git" % R.randint(100, 2400),
    lambda: "%s %s nomad[%d]: 2028-05-0%dT%s.%03dZ [DEBUG] client.alloc_runner.task_runner.task_hook.logmon: rendering template: DATABASE_URL=postgres://booking:{S}@booking-db.cluster-cexmpl1.us-east-1.rds.amazonaws.com:5432/booking" % (SYS(), HOST(), PID(), DAY(), HMS(), R.randint(0, 999)),
    lambda: "%s %s rsyslogd[%d]: omhttp: posting to https://ingest:{S}@logs.ferrylines.internal/bulk failed: HTTP 503" % (SYS(), HOST(), PID()),
    lambda: "  %d  redis-cli -u redis://default:{S}@fares-cache.internal:6379/0 info keyspace" % R.randint(100, 2400),
], 0)
plant("basic-auth-header", "PROXY_AUTH", "proxy_auth", one(lambda: MARK(B64(24))), [
    lambda: "  %d  curl -s -H 'Authorization: Basic {S}' https://repo.ferrylines.internal/api/v1/status" % R.randint(100, 2400),
    lambda: "# configuration file /etc/nginx/conf.d/upstream-auth.conf:\n    proxy_set_header Authorization \"Basic {S}\";",
], 3)
plant("bearer-token", "API_TOKEN", "api_token", one(lambda: MARK(A(48))), [
    lambda: "%s %s CROND[%d]: (root) CMD (curl -fsS -H \"Authorization: Bearer {S}\" -X POST https://ops.ferrylines.internal/api/heartbeat/%s)" % (SYS(), HOST(), PID(), L(6)),
    lambda: "  - job_name: node\n    bearer_token: {S}\n    static_configs:\n      - targets: ['10.80.%d.%d:9100']" % (R.randint(0, 9), R.randint(2, 250)),
], 3)
plant("ses-smtp-password", "SMTP_PASSWORD", "smtp_password", one(SESPW), [
    lambda: "[root@mx%d ~]# cat /etc/postfix/sasl_passwd\n[email-smtp.us-east-1.amazonaws.com]:587 %s:{S}" % (R.randint(1, 2), KEYID()),
    lambda: "%s mx%d cloud-init[%d]: + echo '[email-smtp.us-east-1.amazonaws.com]:587 %s:{S}'" % (SYS(), R.randint(1, 2), PID(), KEYID()),
    lambda: "  %d  swaks --to ops@harbormail.example --server email-smtp.us-east-1.amazonaws.com:587 --tls --auth-user %s --auth-password '{S}'" % (R.randint(100, 2400), KEYID()),
], 2)
plant("smtp-auth-plain", "SMTP_AUTH", "smtp_auth", one(lambda: MARK(B64(30))), [
    lambda: "%s mx%d postfix/smtpd[%d]: < unknown[203.0.113.%d]: AUTH PLAIN {S}" % (SYS(), R.randint(1, 2), PID(), R.randint(2, 254)),
    lambda: "%s mx%d postfix/smtp[%d]: > email-smtp.us-east-1.amazonaws.com[198.51.100.%d]:587: AUTH PLAIN {S}" % (SYS(), R.randint(1, 2), PID(), R.randint(2, 254)),
    lambda: "%s mx%d dovecot: auth: Debug: client in: AUTH\t%d\tPLAIN\tservice=smtp\tnologin\tlip=10.50.2.%d\trip=203.0.113.%d\tsecured\tresp={S}" % (SYS(), R.randint(1, 2), R.randint(1, 90), R.randint(10, 20), R.randint(2, 254)),
    lambda: "%s mx%d postfix/smtpd[%d]: < mail-out.partner.example[198.51.100.%d]: AUTH PLAIN {S}" % (SYS(), R.randint(1, 2), PID(), R.randint(2, 254)),
], 0)
plant("tsig-secret", "TSIG_SECRET", "tsig_secret", one(lambda: MARK(B64(32))), [
    lambda: "$ sudo named-checkconf -p\nkey \"xfer-ns2\" {\n\talgorithm \"hmac-sha256\";\n\tsecret \"{S}\";\n};",
    lambda: "%s ns1 cloud-init[%d]: + printf 'key \"xfer-ns2\" { algorithm hmac-sha256; secret \"{S}\"; };\\n'" % (SYS(), PID()),
    lambda: "  %d  dig @10.50.1.10 harbormail.example AXFR -y hmac-sha256:xfer-ns2:{S}" % R.randint(100, 2400),
], 2)
plant("rndc-key", "RNDC_KEY", "rndc_key", one(lambda: MARK(B64(32))), [
    lambda: "[root@ns%d ~]# cat /etc/rndc.key\nkey \"rndc-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"{S}\";\n};" % R.randint(1, 2),
    lambda: "# Start of rndc.conf\nkey \"rndc-key\" {\n\talgorithm hmac-sha256;\n\tsecret \"{S}\";\n};",
    lambda: "%s ns%d ansible-ansible.legacy.copy: Invoked with content=key \"rndc-key\" { algorithm hmac-sha256; secret \"{S}\"; }; dest=/etc/rndc.key" % (SYS(), R.randint(1, 2)),
], 2)
plant("private-key", "DKIM_KEY", "dkim_key", one(lambda: PEM("RSA PRIVATE KEY")), [
    lambda: "[root@mx%d ~]# cat /etc/opendkim/keys/tidewater-law.example/mail.private\n{S}" % R.randint(1, 2),
    lambda: "TASK [opendkim : install signing key] ******\n--- before\n+++ after: /etc/opendkim/keys/anchorvet.example/mail.private\n{S}",
    lambda: "%s mx%d cloud-init[%d]: + cat /etc/opendkim/keys/quaysidebakery.example/mail.private\n{S}" % (SYS(), R.randint(1, 2), PID()),
    lambda: "write_files:\n  - path: /etc/opendkim/keys/harbormail.example/mail.private\n    permissions: '0600'\n    content: |\n{S}",
], 0)
plant("ssh-private-key", "DEPLOY_KEY", "deploy_key", one(lambda: PEM("OPENSSH PRIVATE KEY")), [
    lambda: "%s %s cloud-init[%d]: + cat /home/deploy/.ssh/id_ed25519\n{S}" % (SYS(), HOST(), PID()),
    lambda: "ok: [%s] => {\n    \"msg\": \"deploy key:\\n{S}\"\n}" % HOST(),
    lambda: "[ec2-user@%s ~]$ sudo cat /root/.ssh/backup_rsync\n{S}" % R.choice(HOSTS),
    lambda: "  - path: /home/ansible/.ssh/id_ed25519\n    owner: ansible:ansible\n    permissions: '0600'\n    content: |\n{S}",
], 0)
plant("consul-acl-token", "CONSUL_HTTP_TOKEN", "consul_token", one(UUIDX), [
    lambda: "$ sudo cat /etc/consul.d/acl.hcl\nacl {\n  enabled = true\n  default_policy = \"deny\"\n  tokens {\n    agent = \"{S}\"\n  }\n}",
    lambda: "  %d  consul members -token={S}" % R.randint(100, 2400),
], 3)
plant("consul-gossip-key", "CONSUL_ENCRYPT", "encrypt", one(lambda: MARK(B64(32))), [
    lambda: "$ sudo cat /etc/consul.d/consul.hcl\ndatacenter = \"use1\"\ndata_dir = \"/opt/consul\"\nencrypt = \"{S}\"\nretry_join = [\"provider=aws tag_key=consul tag_value=server\"]",
    lambda: "%s %s cloud-init[%d]: + consul agent -config-dir=/etc/consul.d -encrypt={S}" % (SYS(), HOST(), PID()),
], 2)
plant("nomad-token", "NOMAD_TOKEN", "nomad_token", one(UUIDX), [
    lambda: "$ nomad acl bootstrap\nAccessor ID  = %s\nSecret ID    = {S}\nName         = Bootstrap Token\nType         = management\nGlobal       = true" % UUID(),
    lambda: "  %d  NOMAD_TOKEN={S} nomad job run fare-sync.nomad.hcl" % R.randint(100, 2400),
], 3)
plant("vault-token", "VAULT_TOKEN", "vault_token", one(HVS), [
    lambda: "$ sudo cat /etc/nomad.d/vault.hcl\nvault {\n  enabled = true\n  address = \"https://vault.ferrylines.internal:8200\"\n  token   = \"{S}\"\n}",
    lambda: "  %d  vault login {S}" % R.randint(100, 2400),
], 3)
plant("kubeadm-token", "KUBEADM_TOKEN", "bootstrap_token", one(KUBEADM), [
    lambda: "%s wk-%02d cloud-init[%d]: + kubeadm join 10.60.0.10:6443 --token {S} --discovery-token-ca-cert-hash sha256:%s" % (SYS(), R.randint(1, 14), PID(), H(64)),
    lambda: "[root@cp-1 ~]# kubeadm token create --print-join-command\nkubeadm join 10.60.0.10:6443 --token {S} --discovery-token-ca-cert-hash sha256:%s" % H(64),
    lambda: "  %d  kubeadm join 10.60.0.10:6443 --token {S} --discovery-token-unsafe-skip-ca-verification" % R.randint(100, 2400),
], 2)
plant("kubeadm-certificate-key", "KUBEADM_CERT_KEY", "certificate_key", one(lambda: HEXM(64)), [
    lambda: "%s cp-%d cloud-init[%d]: + kubeadm join 10.60.0.10:6443 --token %s%s --discovery-token-ca-cert-hash sha256:%s --control-plane --certificate-key {S}" % (SYS(), R.randint(2, 3), PID(), "${JOIN_TOKEN}", "", H(64)),
    lambda: "[upload-certs] Using certificate key:\n{S}",
], 2)
plant("jwt", "KUBE_TOKEN", "token", one(JWT), [
    lambda: "  %d  kubectl --server https://10.60.0.10:6443 --token={S} -n ci get pods" % R.randint(100, 2400),
    lambda: "%s wk-%02d kubelet[%d]: I05%02d %s.%06d %d round_trippers.go:466] curl -v -XGET  -H \"Authorization: Bearer {S}\" 'https://10.60.0.10:6443/api/v1/namespaces/ci/secrets'" % (SYS(), R.randint(1, 12), PID(), DAY(), HMS(), R.randint(0, 999999), PID()),
], 3)
plant("docker-auth", "DOCKER_AUTH", "auth", one(lambda: MARK(B64(36))), [
    lambda: "[ec2-user@%s ~]$ cat ~/.docker/config.json\n{\n\t\"auths\": {\n\t\t\"registry.orbitals.example:5000\": {\n\t\t\t\"auth\": \"{S}\"\n\t\t}\n\t}\n}" % HOST(),
    lambda: "%s %s cloud-init[%d]: + echo '{\"auths\":{\"registry.orbitals.example:5000\":{\"auth\":\"{S}\"}}}'" % (SYS(), HOST(), PID()),
], 3)
plant("github-token", "GITHUB_TOKEN", "github_token", one(GHP), [
    lambda: "%s %s cloud-init[%d]: + git clone https://x-access-token:{S}@github.com/ferrylines/host-bootstrap.git /opt/bootstrap" % (SYS(), HOST(), PID()),
    lambda: "  %d  curl -H 'Authorization: token {S}' https://api.github.com/repos/ferrylines/host-bootstrap/releases/latest" % R.randint(100, 2400),
], 3)
plant("slack-webhook", "SLACK_WEBHOOK_URL", "slack_webhook_url", SLACKHOOK, [
    lambda: "%s %s CROND[%d]: (root) CMD (/usr/local/bin/check-raid.sh || curl -s -X POST -d '{\"text\":\"md degraded on '$(hostname)'\"}' {S})" % (SYS(), R.choice(["fs-01", "fs-02"]), PID()),
    lambda: "[root@%s ~]# cat /etc/logrotate.d/booking\n/var/log/booking/*.log {\n    daily\n    postrotate\n        curl -s -d 'payload={\"text\":\"rotated\"}' {S}\n    endscript\n}" % HOST(),
    lambda: "receivers:\n- name: ops-slack\n  slack_configs:\n  - api_url: {S}\n    channel: '#ops-alerts'",
], 2)
plant("slack-bot-token", "SLACK_BOT_TOKEN", "slack_bot_token", SLACKBOT, [
    lambda: "%s %s fail2ban-slack[%d]: posting ban of 203.0.113.%d to #sec-alerts with token {S}" % (SYS(), R.choice(["mx1", "bastion-a"]), PID(), R.randint(2, 254)),
], 4)
plant("datadog-api-key", "DD_API_KEY", "api_key", one(lambda: HEXM(32)), [
    lambda: "%s %s cloud-init[%d]: + DD_API_KEY={S} DD_SITE=datadoghq.com bash -c \"$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)\"" % (SYS(), HOST(), PID()),
    lambda: "[root@%s ~]# grep -v '^#' /etc/datadog-agent/datadog.yaml\napi_key: {S}\nsite: datadoghq.com\nlogs_enabled: true" % R.choice(HOSTS),
], 2)
plant("redis-auth-token", "REDIS_PASSWORD", "redis_password", one(lambda: MARK(A(32))), [
    lambda: "  %d  redis-cli -h fares-cache.internal -a '{S}' --no-auth-warning info replication" % R.randint(100, 2400),
    lambda: "$ sudo grep ^requirepass /etc/redis/redis.conf\nrequirepass {S}",
], 3)
plant("ldap-bind-password", "LDAP_BIND_PW", "ldap_default_authtok", one(PWV), [
    lambda: "[root@%s ~]# cat /etc/sssd/sssd.conf\n[domain/corp.northwind.lan]\nid_provider = ldap\nldap_uri = ldaps://dc01.corp.northwind.lan\nldap_default_bind_dn = CN=svc-sssd,OU=Service,DC=corp,DC=northwind,DC=lan\nldap_default_authtok = {S}" % R.choice(["jump-01", "jump-02"]),
    lambda: "%s jump-0%d cloud-init[%d]: + sed -i 's/^ldap_default_authtok = .*/ldap_default_authtok = {S}/' /etc/sssd/sssd.conf" % (SYS(), R.randint(1, 4), PID()),
    lambda: "  %d  ldapsearch -H ldaps://dc01.corp.northwind.lan -D 'CN=svc-sssd,OU=Service,DC=corp,DC=northwind,DC=lan' -w '{S}' -b 'DC=corp,DC=northwind,DC=lan' sAMAccountName=esato" % R.randint(100, 2400),
], 2)
plant("totp-secret", "MFA_SECRET", "totp_secret", one(B32), [
    lambda: "[root@bastion-%s ~]# cat /home/%s/.google_authenticator\n{S}\n\" RATE_LIMIT 3 30\n\" WINDOW_SIZE 3\n\" DISALLOW_REUSE\n\" TOTP_AUTH\n%s" % (R.choice("ab"), R.choice(OPS[:5]), D(8)),
    lambda: "Your new secret key is: {S}\nEnter code from app (-1 to skip): -1\nCode confirmation skipped",
    lambda: "%s bastion-%s cloud-init[%d]: + echo '{S}' > /home/svc-break-glass/.google_authenticator" % (SYS(), R.choice("ab"), PID()),
], 2)
plant("pagerduty-key", "PD_ROUTING_KEY", "routing_key", one(lambda: HEXM(32)), [
    lambda: "  pagerduty_configs:\n  - routing_key: {S}\n    severity: critical",
    lambda: "%s %s CROND[%d]: (root) CMD (/usr/local/bin/check-backup || curl -s -X POST https://events.pagerduty.com/v2/enqueue -d '{\"routing_key\":\"{S}\",\"event_action\":\"trigger\"}')" % (SYS(), HOST(), PID()),
], 3)
plant("wireguard-private-key", "WG_PRIVATE_KEY", "private_key", one(lambda: MARK(B64(32))), [
    lambda: "[root@bastion-%s ~]# wg showconf wg0\n[Interface]\nListenPort = 51820\nPrivateKey = {S}\n\n[Peer]\nPublicKey = %s\nAllowedIPs = 10.99.0.%d/32" % (R.choice("ab"), B64(32), R.randint(2, 250)),
    lambda: "%s bastion-%s cloud-init[%d]: + echo {S} > /etc/wireguard/private.key" % (SYS(), R.choice("ab"), PID()),
], 3)
plant("api-key", "OPS_API_KEY", "api_key", one(lambda: MARK(L(40))), [
    lambda: "%s %s CROND[%d]: (root) CMD (curl -fsS -H 'X-API-Key: {S}' https://status.ferrylines.internal/api/ping/backup-%s)" % (SYS(), HOST(), PID(), L(4)),
], 4)
plant("grafana-service-account-token", "GRAFANA_TOKEN", "grafana_token", one(GLSA), [
    lambda: "  %d  curl -H 'Authorization: Bearer {S}' https://grafana.ferrylines.internal/api/dashboards/db -d @dash.json" % R.randint(100, 2400),
], 4)


# ---------------------------------------------------------------- clean lines (look risky, hold no secret)
CLEAN = [
    lambda: "[%s@jump-0%d ~]$ sudo grep -v '^#' /etc/sssd/sssd.conf | grep authtok\nldap_default_authtok_type" % (R.choice(OPS[:5]), R.randint(1, 4)) + " = obfuscated_password\nldap_default_authtok = ********",
    lambda: "%s %s sudo: %s : TTY=pts/%d ; PWD=/home/%s ; USER=root ; COMMAND=/usr/bin/cat /etc/postfix/sasl_passwd" % ((lambda u: (SYS(), R.choice(["mx1", "mx2"]), u, R.randint(0, 9), u))(R.choice(OPS))),
    lambda: "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd  (postconf -n on mx%d, pid %d)" % (R.randint(1, 2), PID()),
    lambda: "%s %s systemd[1]: Starting booking-api.service (EnvironmentFile=/etc/sysconfig/booking-api, unit %s)..." % (SYS(), HOST(), H(8)),
    lambda: "  %d  aws ssm get-parameter --name /ferrylines/booking/db-password --with-decryption --query Parameter.Value --output text > /dev/null" % R.randint(100, 2400),
    lambda: "  %d  vault kv get -field=password secret/ferrylines/booking/db" % R.randint(100, 2400),
    lambda: "%s %s CROND[%d]: (postgres) CMD (PGPASSFILE=/var/lib/pgsql/.pgpass pg_dump -h 10.80.%d.%d -U backup -Fc booking > /backup/booking.dump)" % (SYS(), HOST(), PID(), R.randint(20, 23), R.randint(2, 250)),
    lambda: "  %d  mysql --defaults-extra-file=/root/.my.cnf -h booking-db.cluster-cexmpl1.us-east-1.rds.amazonaws.com booking" % R.randint(100, 2400),
    lambda: "key \"xfer-ns2\" { algorithm hmac-sha256; secret \"{{ tsig_secret }}\"; };  # templates/named.conf.j2 line %d" % R.randint(10, 90),
    lambda: "%s %s cloud-init[%d]: + export DB_PASSWORD=\"$(aws secretsmanager get-secret-value --secret-id booking/db --query SecretString --output text)\"" % (SYS(), HOST(), PID()),
    lambda: "Environment=LANG=C.UTF-8 DB_PASSWORD_FILE=/run/credentials/booking-api.service/db-password LOG_LEVEL=%s" % R.choice(["info", "debug", "warn"]),
    lambda: "%s %s sshd[%d]: Accepted publickey for %s from 10.70.%d.%d port %d ssh2: ED25519 SHA256:%s" % (SYS(), R.choice(HOSTS), PID(), R.choice(OPS), R.randint(0, 9), R.randint(2, 250), R.randint(32768, 60999), A(43)),
    lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop-%s" % (B64(32)[:43], R.choice(OPS[:5]), L(4)),
    lambda: "mail._domainkey.%s. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\"" % (R.choice(["harbormail.example", "anchorvet.example", "tidewater-law.example"]), B64(120)),
    lambda: "-----BEGIN CERTIFICATE-----\nMIID%s\n%s\n-----END CERTIFICATE-----  (openssl s_client -connect mx%d.harbormail.example:25 -starttls smtp)" % (B64(45), B64(45), R.randint(1, 2)),
    lambda: "[root@cp-1 ~]# kubeadm token list\nTOKEN     TTL         EXPIRES                USAGES                   DESCRIPTION\n%s.<hidden>   %dh         2028-05-%02dT%sZ   authentication,signing   <none>" % (L(6), R.randint(1, 23), DAY(), HMS()),
    lambda: "--discovery-token-ca-cert-hash sha256:%s" % H(64),
    lambda: "%s %s consul[%d]: agent: Synced service: service=booking-api-%s (node-id=%s)" % (SYS(), HOST(), PID(), L(6), UUID()),
    lambda: "%s %s nomad[%d]: client.alloc_runner: starting: alloc_id=%s eval_id=%s" % (SYS(), HOST(), PID(), UUID(), UUID()),
    lambda: "$ nomad acl token self\nAccessor ID  = %s\nSecret ID    = <redacted>\nName         = ci-deployer\nType         = client" % UUID(),
    lambda: "%s %s vault[%d]: core: successful mount: namespace=\"\" path=secret/ type=kv version=\"%s\"" % (SYS(), HOST(), PID(), R.choice(["v2", "2"])),
    lambda: "  %d  export VAULT_TOKEN=$(vault write -field=token auth/aws/login role=fare-sync)" % R.randint(100, 2400),
    lambda: "%s mx%d dovecot: auth: Debug: passwd-file(%s@anchorvet.example,203.0.113.%d,<%s>): Password mismatch" % (SYS(), R.randint(1, 2), R.choice(["billing", "lab", "reception"]), R.randint(2, 254), A(16)),
    lambda: "%s mx%d postfix/smtpd[%d]: warning: unknown[203.0.113.%d]: SASL PLAIN authentication failed: authentication failure, sasl_username=%s@harbormail.example" % (SYS(), R.randint(1, 2), PID(), R.randint(2, 254), R.choice(["info", "sales", "admin"])),
    lambda: "%s mx%d postfix/smtpd[%d]: %s: client=unknown[203.0.113.%d], sasl_method=PLAIN, sasl_username=%s@tidewater-law.example" % (SYS(), R.randint(1, 2), PID(), "".join(R.choice("0123456789ABCDEF") for _ in range(10)), R.randint(2, 254), R.choice(["jp", "office"])),
    lambda: "%s %s passwd[%d]: pam_unix(passwd:chauthtok): password changed for %s" % (SYS(), R.choice(HOSTS), PID(), R.choice(OPS[:5])),
    lambda: "%s %s sudo: %s : TTY=pts/%d ; PWD=/root ; USER=root ; COMMAND=/usr/bin/google-authenticator -t -d -f -r 3 -R 30 -w 3 -s /home/%s/.google_authenticator" % ((lambda u: (SYS(), R.choice(["bastion-a", "bastion-b"]), "akovacs", R.randint(0, 9), u))(R.choice(OPS[1:5]))),
    lambda: "wg0: public key: %s  listening port: 51820" % B64(32),
    lambda: "%s %s cloud-init[%d]: ci-info: no authorized SSH keys fingerprints found for user ec2-user. (instance %s)" % (SYS(), HOST(), PID(), "i-0" + H(16)),
    lambda: "%s %s cloud-init[%d]: Cloud-init v. 24.1.%d running 'modules:final' at Sat, 0%d May 2028 %s +0000. Up %d.%02d seconds." % (SYS(), HOST(), PID(), R.randint(1, 9), DAY(), HMS(), R.randint(10, 90), R.randint(0, 99)),
    lambda: "\"auths\": {\"%s.dkr.ecr.us-east-1.amazonaws.com\": {}}, \"credsStore\": \"ecr-login\"  (config.json on %s)" % (ACCT, HOST()),
    lambda: "%s %s dockerd[%d]: time=\"2028-05-0%dT%s.%sZ\" level=info msg=\"image pulled\" digest=\"sha256:%s\"" % (SYS(), HOST(), PID(), DAY(), HMS(), D(9), H(64)),
    lambda: "api_key: ${DD_API_KEY}  # /etc/datadog-agent/datadog.yaml on %s (rendered by ansible, %s)" % (HOST(), H(10)),
    lambda: "%s %s agent[%d]: 2028-05-0%d %s UTC | CORE | INFO | (pkg/api/util/util.go:%d in CheckAPIKey) | api key ending with %s: API Key valid" % (SYS(), HOST(), PID(), DAY(), HMS(), R.randint(100, 200), H(5)),
    lambda: "routing_key_file: /etc/alertmanager/secrets/pagerduty-routing-key  # alertmanager.yml, rev %s" % H(7),
    lambda: "%s %s CROND[%d]: (root) CMD (/usr/local/bin/notify-slack --webhook-file /etc/ops/slack-webhook --text \"backup done\")" % (SYS(), HOST(), PID()),
    lambda: "%s %s git[%d]: HEAD is now at %s Merge pull request #%d from ferrylines/rotate-credentials" % (SYS(), HOST(), PID(), H(40), R.randint(100, 999)),
    lambda: "%s %s sshd[%d]: Server listening on 0.0.0.0 port 22. (host key SHA256:%s)" % (SYS(), R.choice(HOSTS), PID(), A(43)),
    lambda: "%s %s krb5_child[%d]: Preauthentication failed (principal JUMP-0%d$@CORP.NORTHWIND.LAN, kvno %d)" % (SYS(), R.choice(["jump-01", "bastion-a"]), PID(), R.randint(1, 4), R.randint(2, 9)),
    lambda: "type=USER_CMD msg=audit(%d.%03d:%d): pid=%d uid=%d auid=%d ses=%d msg='cwd=\"/root\" cmd=%s exe=\"/usr/bin/sudo\" terminal=pts/%d res=success'" % (1840752000 + R.randint(0, 777600), R.randint(0, 999), R.randint(1000, 99999), PID(), R.randint(1400000000, 1400099999), R.randint(1400000000, 1400099999), R.randint(1, 900), H(40).upper(), R.randint(0, 9)),
    lambda: "%s %s named[%d]: zone harbormail.example/IN: Transfer started. (TSIG key xfer-ns2, id %d)" % (SYS(), R.choice(["ns1", "ns2"]), PID(), R.randint(1000, 65535)),
]
_seen = set()
for i, t in enumerate(CLEAN):
    for _ in range(3 if i < 20 else 2):
        for _try in range(50):  # redraw a template whose random parts repeated a line
            m = t()
            if m not in _seen:
                break
        _seen.add(m)
        C(m)
