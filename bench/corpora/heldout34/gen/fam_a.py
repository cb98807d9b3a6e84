"""Families: vault-hclog-raft-eks, consul-nomad-hclog-ec2.

The company "tallowfin" (invented) runs its platform in ap-southeast-2. Vault runs as a 3-pod StatefulSet on EKS
(integrated raft storage, awskms auto-unseal, a file audit device at /vault/audit/audit.log that a Fluent Bit
sidecar tails); Fluent Bit ships each container/audit line as one event (hclog's multi-line values, the "  | " continuation lines, are joined by Fluent Bit's multiline
parser). Consul and Nomad run on EC2 (3 servers + clients); the CloudWatch agent tails consul.log (hclog text) and
nomad.log (log_json = true)."""
from common import (hexs, alnum, lower, digits, uuid, ip10, pick, build, jd, inst, hclog_ts, ACCT, REGION)

# ---------------------------------------------------------------- vault-hclog-raft-eks
F1 = "vault-hclog-raft-eks"
PODS = ["vault-0", "vault-1", "vault-2"]


def hc(R, level, module, msg):
    # hclog text: level in brackets padded to 5 chars plus one space
    return "%s [%s]%s%s: %s" % (hclog_ts(R), level, " " * (6 - len(level)), module, msg)


def v_kms(R):
    # the IRSA role of the vault service account was replaced by terraform without kms:Decrypt on the unseal key
    key = "arn:aws:kms:%s:%s:key/%s" % (REGION, ACCT, "6f1c2a9e-4b7d-4e2a-9c61-0d3e5f7a8b21")
    sess = "vault-%s" % digits(R, 19)
    err = ("error decrypting data encryption key: AccessDeniedException: User: arn:aws:sts::%s:assumed-role/tallowfin-vault-irsa/%s "
           "is not authorized to perform: kms:Decrypt on resource: %s because no identity-based policy allows the kms:Decrypt action\n"
           "\tstatus code: 400, request id: %s" % (ACCT, sess, key, uuid(R)))
    t = R.randint(0, 2)
    if t == 0:
        return hc(R, "ERROR", "core", "failed to unseal: error=\"%s\"" % err.replace("\n\t", " "))
    if t == 1:
        return hc(R, "ERROR", "core.autoseal", "seal wrapper health test failed: seal_name=awskms error=\"%s\"" % err.replace("\n\t", " "))
    return hc(R, "ERROR", "core", "error checking health of seal: error=\"failed to decrypt test value: %s\"" % err.replace("\n\t", " "))


def v_dbrot(R):
    # the RDS master password was reset by hand; the database secrets engine can no longer log in as vault_admin
    mount = "database_3f9c1a7e"
    role = pick(R, ["orders-rw", "orders-ro", "billing-rw", "reporting-ro"])
    t = R.randint(0, 1)
    if t == 0:
        return hc(R, "ERROR", "secrets.database.%s" % mount, "unable to rotate credentials in periodic function: name=%s error=\"unable to rotate static role %s: failed to set password: pq: password authentication failed for user \\\"vault_admin\\\"\"" % (role, role))
    return hc(R, "ERROR", "secrets.database.%s" % mount, "error rotating static role: role=%s error=\"1 error occurred:\\n\\t* error setting credentials: pq: password authentication failed for user \\\"vault_admin\\\"\\n\\n\" attempt=%d next_vault_rotation=%s" % (role, R.randint(1, 30), hclog_ts(R)))


def v_raft(R):
    # vault-2 is stuck Pending since the node group moved to a single AZ (its PV is in ap-southeast-2c)
    ip = "10.41.%d.%d" % (R.randint(32, 47), R.randint(4, 250))
    t = R.randint(0, 2)
    if t == 0:
        return hc(R, "ERROR", "storage.raft", "failed to appendEntries to: peer=\"{Voter vault-2 vault-2.vault-internal:8201}\" error=\"dial tcp %s:8201: connect: no route to host\"" % ip)
    if t == 1:
        return hc(R, "ERROR", "storage.raft", "failed to heartbeat to: peer=vault-2.vault-internal:8201 backoff time=%dms error=\"dial tcp: lookup vault-2.vault-internal on 172.20.0.10:53: no such host\"" % pick(R, [10, 20, 40, 80, 160, 320, 640, 1280]))
    return hc(R, "ERROR", "storage.raft.autopilot", "failed to get server state: id=vault-2 address=vault-2.vault-internal:8201 error=\"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp: lookup vault-2.vault-internal on 172.20.0.10:53: no such host\\\"\" unhealthy_for=%dm%ds" % (R.randint(1, 400), R.randint(0, 59)))


def v_audit(R):
    # the audit PVC (file device at /vault/audit) is full; every request fails closed
    path = pick(R, ["kv/data/payments/stripe", "auth/kubernetes/login", "database/creds/orders-rw", "pki_int/issue/svc", "sys/leases/renew", "aws/creds/ci-deployer", "transit/encrypt/orders"])
    if R.random() < 0.5:
        return hc(R, "ERROR", "audit", "backend failed to log %s: backend=file/ error=\"write /vault/audit/audit.log: no space left on device\"" % pick(R, ["request", "response"]))
    return (hc(R, "ERROR", "core", "failed to audit %s: request_path=%s" % (pick(R, ["request", "response"]), path)) +
            "\n  error=\n  | 1 error occurred:\n  | \t* no audit backend succeeded in logging the %s\n  | " % pick(R, ["request", "response"]))


def v_revoke(R):
    # the aws secrets engine's IAM user lost iam:DeleteAccessKey; expired ci-deployer leases pile up
    lease = "aws/creds/ci-deployer/%s" % alnum(R, 24)
    return hc(R, "ERROR", "expiration", "failed to revoke lease: lease_id=%s error=\"failed to revoke entry: resp: (*logical.Response)(nil) err: error deleting IAM user access key: AccessDenied: User: arn:aws:iam::%s:user/vault-aws-engine is not authorized to perform: iam:DeleteAccessKey on resource: user vault-ci-deployer-%s\\n\\tstatus code: 403, request id: %s\"" % (lease, ACCT, digits(R, 10), uuid(R)))


def v_negs():
    def n_mount(R):
        p, t = pick(R, [("kv/", "kv"), ("pki_int/", "pki"), ("transit/", "transit"), ("database/", "database"), ("aws/", "aws"), ("sys/", "system"), ("identity/", "identity"), ("cubbyhole/", "cubbyhole")])
        return hc(R, "INFO", "core", "successful mount: namespace=\"\" path=%s type=%s version=\"v%s\"" % (p, t, pick(R, ["1.17.6+builtin.vault", "0.20.0+builtin", "0.19.1+builtin"])))
    def n_revoked(R):
        return hc(R, "INFO", "expiration", "revoked lease: lease_id=%s" % pick(R, ["database/creds/orders-ro/", "aws/creds/ci-deployer/", "auth/kubernetes/login/h"]) + alnum(R, 24))
    def n_tls_eof(R):
        # NLB health checks open TCP and close it: Go's http server logs a handshake "error" at INFO
        return hc(R, "INFO", "http", "TLS handshake error from %s:%d: EOF" % (ip10(R, 41), R.randint(1024, 65535)))
    def n_alpn(R):
        return hc(R, "WARN", "core.cluster-listener", "no TLS config found for ALPN: ALPN=[\"req_fw_sb-act_v1\"]")
    def n_snapshot(R):
        return hc(R, "INFO", "storage.raft", pick(R, ["starting snapshot up to: index=%d", "snapshot complete up to: index=%d", "compacting logs: from=%d to=%d" % (R.randint(1000, 90000), R.randint(90001, 200000)) + " #%d"]) % R.randint(100000, 9900000))
    def n_pipeline(R):
        return hc(R, "INFO", "storage.raft", pick(R, ["aborting pipeline replication: peer=\"{Voter vault-1 vault-1.vault-internal:8201}\" (rolling restart %s)", "pipelining replication: peer=\"{Voter vault-1 vault-1.vault-internal:8201}\" #%s", "added peer, starting replication: peer=vault-1 #%s"]) % hexs(R, 6))
    def n_standby(R):
        return hc(R, "INFO", "core", pick(R, ["entering standby mode", "acquired lock, enabling active operation", "post-unseal setup complete", "vault is unsealed", "stored unseal keys supported, attempting fetch", "security barrier not initialized", "starting listener: listener_address=[::]:8201", "usage gauge collection is disabled", "upgrading vault version: from=1.17.5 to=1.17.6"]).replace("%d", str(R.randint(1, 9))))
    def n_tidy(R):
        return hc(R, "INFO", "secrets.pki.pki_%s" % hexs(R, 8), "tidy operation finished: cert_store_deleted_count=%d revoked_cert_deleted_count=0 missing_issuer_cert_count=0 total_time=%dms error_count=0" % (R.randint(0, 400), R.randint(20, 9000)))
    def n_lease_cnt(R):
        return hc(R, "INFO", "expiration", "lease restore complete: restored=%d irrevocable=0 errors=0" % R.randint(100, 90000))
    def n_rate(R):
        return hc(R, "WARN", "core", "quota exceeded: rule=\"ci-runners\" path=auth/kubernetes/login/ remote_address=%s (request rejected with 429, client retries)" % ip10(R, 44))
    def n_audit_ok(R):
        return jd({"time": hclog_ts(R), "type": pick(R, ["request", "response"]), "auth": {"client_token": "hmac-sha256:" + hexs(R, 64), "accessor": "hmac-sha256:" + hexs(R, 64), "display_name": "kubernetes-%s" % pick(R, ["payments-api", "orders-worker", "reporting"]), "policies": ["default", pick(R, ["payments-read", "orders-db", "reporting-db"])], "token_type": "service", "token_ttl": 3600},
                   "request": {"id": uuid(R), "operation": pick(R, ["read", "update"]), "mount_type": pick(R, ["kv", "database", "transit"]), "client_token": "hmac-sha256:" + hexs(R, 64), "namespace": {"id": "root"}, "path": pick(R, ["kv/data/payments/stripe", "database/creds/orders-rw", "transit/encrypt/orders"]), "remote_address": ip10(R, 42), "remote_port": R.randint(30000, 60000)}})
    def n_audit_denied(R):
        # read-only CI tokens listing mounts: denied by policy, as designed
        return jd({"time": hclog_ts(R), "type": "response", "auth": {"client_token": "hmac-sha256:" + hexs(R, 64), "accessor": "hmac-sha256:" + hexs(R, 64), "display_name": "kubernetes-ci-runner", "policies": ["default", "ci-read"], "token_type": "service"},
                   "request": {"id": uuid(R), "operation": pick(R, ["read", "list"]), "mount_type": "system", "path": pick(R, ["sys/mounts", "sys/auth", "sys/policies/acl"]), "remote_address": ip10(R, 44), "remote_port": R.randint(30000, 60000)},
                   "response": {"mount_type": "system"}, "error": "1 error occurred:\n\t* permission denied\n\n"})
    def n_debug_login(R):
        return hc(R, "DEBUG", "auth.kubernetes.auth_kubernetes_%s" % hexs(R, 8), "login succeeded: role=%s service_account=%s namespace=%s" % (pick(R, ["payments", "orders", "reporting"]), pick(R, ["payments-api", "orders-worker", "reporting-cron"]), pick(R, ["payments", "orders", "analytics"])))
    def n_retry(R):
        return hc(R, "WARN", "core.autoseal", "KMS encrypt throttled, retrying: attempt=%d backoff=%dms (succeeded on retry)" % (R.randint(1, 3), pick(R, [100, 200, 400])))
    def n_rollback(R):
        return hc(R, "INFO", "rollback", "starting rollback manager (%s)" % hexs(R, 6))
    return [n_mount, n_revoked, n_tls_eof, n_alpn, n_snapshot, n_pipeline, n_standby, n_tidy, n_lease_cnt, n_rate, n_audit_ok,
            n_audit_denied, n_debug_login, n_retry, n_rollback, n_revoked, n_tls_eof, n_audit_ok]


def fam_vault(R):
    return build(R, F1, [("awskms-unseal-irsa-missing-kms-decrypt", v_kms), ("database-static-rotation-vault-admin-auth-failed", v_dbrot),
                         ("raft-peer-vault-2-pending-unreachable", v_raft), ("file-audit-device-disk-full", v_audit),
                         ("aws-engine-revoke-denied-deleteaccesskey", v_revoke)], v_negs())


# ---------------------------------------------------------------- consul-nomad-hclog-ec2
F2 = "consul-nomad-hclog-ec2"
SVCS = ["payments-api", "orders-api", "ledger", "search", "notify", "reports"]


def nm(R, level, module, message, **kw):
    d = {"@level": level, "@message": message, "@module": module, "@timestamp": "%s%sZ" % (hclog_ts(R)[:-1], digits(R, 3))}
    d.update(kw)
    return jd(d)


def c_acl(R):
    # the agent token "consul-client-agent" was deleted in the ACL clean-up; client agents cannot register
    t = R.randint(0, 2)
    node = "ip-10-30-%d-%d" % (R.randint(0, 15), R.randint(4, 250))
    if t == 0:
        return hc(R, "ERROR", "agent.client", "RPC failed to server: method=Catalog.Register server=10.30.%d.%d:8300 error=\"rpc error making call: ACL not found\"" % (R.randint(0, 3), R.randint(4, 20)))
    if t == 1:
        return hc(R, "ERROR", "agent.anti_entropy", "failed to sync remote state: error=\"ACL not found\" node=%s" % node)
    return hc(R, "ERROR", "agent", "Coordinate update error: error=\"ACL not found\" node=%s" % node)


def c_dns(R):
    # recursors still point at the old VPC's resolver 10.20.0.2 after the migration to 10.30.0.0/16
    q = pick(R, ["api.stripe.com.", "sqs.ap-southeast-2.amazonaws.com.", "hooks.slack.com.", "sts.ap-southeast-2.amazonaws.com.", "registry-1.docker.io.", "tallowfin-artifacts.s3.ap-southeast-2.amazonaws.com."])
    return hc(R, "ERROR", "agent.dns", "all resolvers failed for question: question=\"{%s %d 1}\" from_client=127.0.0.1:%d error=\"read udp 10.30.%d.%d:%d->10.20.0.2:53: i/o timeout\"" % (q, pick(R, [1, 28]), R.randint(30000, 65000), R.randint(0, 15), R.randint(4, 250), R.randint(30000, 65000)))


def n_ecr(R):
    # the nomad client instance profile lost ecr:GetAuthorizationToken; billing-api 2.14 can't be pulled
    img = "%s.dkr.ecr.%s.amazonaws.com/billing-api:2.14.%d" % (ACCT, REGION, R.randint(0, 2))
    alloc = uuid(R)
    if R.random() < 0.6:
        return nm(R, "error", "client.alloc_runner.task_runner", "running driver failed", alloc_id=alloc, task="billing-api",
                  error="Failed to pull `%s`: Error response from daemon: Head \"https://%s.dkr.ecr.%s.amazonaws.com/v2/billing-api/manifests/2.14.%d\": no basic auth credentials" % (img, ACCT, REGION, R.randint(0, 2)))
    return nm(R, "error", "client.driver_mgr.docker", "failed pulling container", driver="docker", image_ref=img, error="API error (500): Head \"https://%s.dkr.ecr.%s.amazonaws.com/v2/billing-api/manifests/2.14.0\": no basic auth credentials" % (ACCT, REGION), alloc_id=alloc)


def n_vault(R):
    # the Vault JWT auth role "nomad-workloads" has no bound audience for the payments namespace
    alloc = uuid(R)
    task = pick(R, ["payments-api", "payments-worker"])
    if R.random() < 0.5:
        return nm(R, "error", "client.alloc_runner.task_runner.task_hook.vault", "failed to derive Vault token", alloc_id=alloc, task=task,
                  error="failed to login with JWT: Error making API request.\n\nURL: PUT https://vault.tallowfin.internal:8200/v1/auth/jwt-nomad/login\nCode: 400. Errors:\n\n* error validating claims: claim \"nomad_namespace\" does not match any associated bound claim values")
    return nm(R, "error", "client.alloc_runner.task_runner", "prestart failed", alloc_id=alloc, task=task,
              error="prestart hook \"vault\" failed: failed to derive Vault token: error validating claims: claim \"nomad_namespace\" does not match any associated bound claim values")


def n_csi(R):
    # the EBS CSI controller's instance role is missing ec2:AttachVolume for volumes tagged by the new module
    vol = "vol-0" + hexs(R, 16)
    return nm(R, "error", "client.alloc_runner.runner_hook.csi_hook", "failed to claim volumes", alloc_id=uuid(R),
              error="claim volumes: could not claim volume %s: rpc error: controller publish: attach volume: CSI.ControllerPublishVolume: controller plugin returned an internal error, check the plugin allocation logs for more information: rpc error: code = Internal desc = Could not attach volume \"%s\" to node \"%s\": could not attach volume \"%s\" to node \"%s\": operation error EC2: AttachVolume, https response error StatusCode: 403, RequestID: %s, api error UnauthorizedOperation: You are not authorized to perform this operation." % (pick(R, ["pg-reports[0]", "pg-reports[1]", "minio-data[0]"]), vol, inst(R), vol, inst(R), uuid(R)))


def cn_negs():
    def n_serf(R):
        return hc(R, "INFO", "agent.server.serf.lan", "serf: %s: ip-10-30-%d-%d 10.30.%d.%d" % (pick(R, ["EventMemberJoin", "EventMemberLeft", "EventMemberReap", "EventMemberUpdate"]), R.randint(0, 15), R.randint(4, 250), R.randint(0, 15), R.randint(4, 250)))
    def n_synced(R):
        k = pick(R, ["check", "service"])
        return hc(R, "INFO", "agent", "Synced %s: %s=%s%s-%s" % (k, k, "service:" if k == "check" else "", pick(R, SVCS), hexs(R, 8)))
    def n_critical_drain(R):
        # deploy: the old allocation is draining; its check goes critical before deregistration
        return hc(R, "WARN", "agent", "Check is now critical: check=_nomad-check-%s (allocation %s stopping for deployment %s)" % (hexs(R, 40), uuid(R)[:8], uuid(R)[:8]))
    def n_refute(R):
        return hc(R, "WARN", "agent.server.memberlist.lan", "memberlist: Refuting a suspect message (from: ip-10-30-%d-%d)" % (R.randint(0, 15), R.randint(4, 250)))
    def n_dns_ok(R):
        return hc(R, "DEBUG", "agent.dns", "request served from client: name=%s.service.consul. type=%s class=IN latency=%dµs client=127.0.0.1:%d client_network=udp" % (pick(R, SVCS), pick(R, ["A", "SRV", "AAAA"]), R.randint(30, 900), R.randint(30000, 65000)))
    def n_raft_snap(R):
        return hc(R, "INFO", "agent.server.raft", pick(R, ["starting snapshot up to: index=%d", "snapshot complete up to: index=%d", "compacting logs: from=%d to=%d" % (R.randint(1, 9000), R.randint(9001, 99000)) + " idx=%d"]) % R.randint(100000, 9000000))
    def n_acl_denied(R):
        # a developer's read-only token trying to write KV: blocked by policy, as designed
        return hc(R, "WARN", "agent", "Request denied by ACL policy: operation=write resource=key:config/%s/feature-flags accessorID=%s (token \"dev-readonly\")" % (pick(R, SVCS), uuid(R)))
    def n_nomad_event(R):
        return nm(R, "info", "client.alloc_runner.task_runner", "Task event", alloc_id=uuid(R), task=pick(R, SVCS), **dict(zip(("type", "msg"), pick(R, [("Received", "Task received by client"), ("Task Setup", "Building Task Directory"), ("Started", "Task started by client"), ("Killing", "Sent interrupt. Waiting 5s before force killing"), ("Killed", "Task successfully killed")]))), failed=False)
    def n_nomad_term(R):
        return nm(R, "info", "client.alloc_runner.task_runner", "Task event", alloc_id=uuid(R), task=pick(R, ["db-migrate", "cache-warm", "report-batch"]), type="Terminated", msg="Exit Code: 0", failed=False)
    def n_eval(R):
        return nm(R, "debug", "worker.service_sched", "setting eval status", eval_id=uuid(R), job_id=pick(R, SVCS), namespace=pick(R, ["default", "payments", "batch"]), status="complete")
    def n_reconcile(R):
        return nm(R, "debug", "worker.service_sched", "reconciled current state with desired state", eval_id=uuid(R), job_id=pick(R, SVCS),
                  results="Total changes: (place %d) (destructive 0) (inplace 0) (stop %d) (disconnect 0) (reconnect 0)\nDesired Changes for \"web\": (place %d) (inplace 0) (destructive 0) (stop %d) (migrate 0) (ignore %d) (canary 0)" % ((lambda a, b, c: (a, b, a, b, c))(R.randint(0, 3), R.randint(0, 3), R.randint(0, 6))))
    def n_gc(R):
        return nm(R, "info", "client.gc", "garbage collecting allocation", alloc_id=uuid(R), reason=pick(R, ["forced collection", "new allocations and over max (50)", "number of allocations (52) is over the limit (50)"]))
    def n_heartbeat(R):
        return nm(R, "debug", "client", "updated allocations", index=R.randint(100000, 9999999), total=R.randint(5, 60), pulled=R.randint(0, 4), filtered=R.randint(0, 60))
    def n_retry(R):
        return nm(R, "warn", "client.rpc", "error performing RPC to server, deadline exceeded, retrying", error="rpc error: EOF", rpc="Node.UpdateAlloc", server="10.30.%d.%d:4647" % (R.randint(0, 3), R.randint(4, 20)), attempt=1)
    def n_drain(R):
        return nm(R, "info", "nomad.drainer", "node drain complete", node_id=uuid(R), reason="ASG instance refresh")
    def n_vault_ok(R):
        return nm(R, "debug", "client.alloc_runner.task_runner.task_hook.vault", "derived Vault token via workload identity", alloc_id=uuid(R), task=pick(R, ["orders-api", "ledger", "search"]), renewable=True, ttl="1h")
    return [n_serf, n_synced, n_critical_drain, n_refute, n_dns_ok, n_raft_snap, n_acl_denied, n_nomad_event, n_nomad_term,
            n_eval, n_reconcile, n_gc, n_heartbeat, n_retry, n_drain, n_vault_ok, n_synced, n_dns_ok]


def fam_consul_nomad(R):
    return build(R, F2, [("consul-client-agent-token-deleted-acl-not-found", c_acl), ("consul-dns-recursor-old-vpc-resolver-timeout", c_dns),
                         ("nomad-billing-api-ecr-no-basic-auth", n_ecr), ("nomad-payments-vault-jwt-bound-claim-mismatch", n_vault),
                         ("nomad-ebs-csi-attach-unauthorized", n_csi)], cn_negs())


FAMILIES = {F1: fam_vault, F2: fam_consul_nomad}
