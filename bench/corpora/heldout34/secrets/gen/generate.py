"""Seeded generator of bench/corpora/heldout34/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind; none is a real credential
or copied from documentation. Secrets whose alphabet allows it carry a visible INVENT/EXAMPLE (or Invent/Example)
marker written over part of them (length kept); UUID-shaped secrets (Consul SecretIDs, Nomad secret IDs) and base64
blobs of a "user:password" pair cannot show one (the password inside the blob carries it). main() refuses a
duplicate message, a secret not in its message, any AKIA anywhere, a marker in a clean line and a marked kind
without a marker. (heldout33's helper layer with the seed, the month (September 2029) and all templates new for this
round's Go infrastructure software: Vault, Consul, Nomad, Grafana/Loki/Prometheus, Traefik, etcd, Kubernetes,
gRPC services and Temporal.)"""
import base64
import json
import os
import random
import string

R = random.Random("heldout34/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
URLS = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
BCRYPT = string.ascii_letters + string.digits + "./"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")
UNMARKED = ("consul-acl-secret-id", "nomad-acl-secret-id", "basic-auth-header")
ACCT = "604219873350"
REG = "ap-southeast-2"


def rs(alpha, n):
    while True:
        v = "".join(R.choice(alpha) for _ in range(n))
        if "AKIA" not in v and "ASIA" not in v and not any(m in v for m in MARKS):
            return v


def MARK(v, word=None, lo=1):
    w = word or R.choice(MARKS)
    i = R.randint(lo, len(v) - len(w) - 1)
    return v[:i] + w + v[i + len(w):]


def A(n):
    return rs(AN, n)


def L(n):
    return rs(LO, n)


def H(n):
    return rs(HEX, n)


def D(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def UUID():
    h = H(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def HMS():
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def TS():
    return "2029-09-%02dT%s.%sZ" % (R.randint(2, 27), HMS(), D(3))


def HC(level, module, msg):
    return "%s [%s]%s%s: %s" % (TS(), level, " " * (6 - len(level)), module, msg)


def KLOG():
    return "I09%02d %s.%s       1" % (R.randint(2, 27), HMS(), D(6))


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def IP():
    return "10.%d.%d.%d" % (R.randint(20, 99), R.randint(0, 255), R.randint(4, 254))


# ------------------------------------------------------------------ secret shapes (all invented)
def VAULT_TOKEN():
    t = R.randint(0, 2)
    if t == 0:
        return "hvs." + MARK(rs(URLS, 24))
    if t == 1:
        return "hvb." + MARK(rs(URLS, 138))
    return "s." + MARK(A(24))


def VAULT_ROOT():
    return "hvs." + MARK(rs(URLS, 24))


def UNSEAL():
    return MARK(rs(B64, 43)) + "="


def PW():
    return R.choice(["Invent-", "EXAMPLE_", "Example.", "INVENT9", "Invent_"]) + A(R.randint(10, 18)) + R.choice(["!", "9", "#", "z", "@", "~"])


def GLSA():
    return "glsa_" + MARK(A(32)) + "_" + H(8)


def JWT(iss="https://oidc.eks.%s.amazonaws.com/id/%s" % (REG, "C3A1F0E97B2D4C88A61F2E0D9B7A5C41")):
    h = b64u(jd({"alg": "RS256", "kid": H(40)}).encode())
    p = b64u(jd({"aud": ["sts.amazonaws.com"], "exp": 1882915200 + R.randint(2300000, 2400000), "iat": 1882915200 + R.randint(0, 2300000), "iss": iss, "sub": "system:serviceaccount:%s:%s" % (R.choice(["payments", "orders", "observability"]), R.choice(["api", "worker", "grafana-agent"]))}).encode())
    return "%s.%s.%s" % (h, p, MARK(rs(URLS, 342)))


def OPAQUE():
    return R.choice(["tf_at_", "plat_", "tok_"]) + MARK(rs(URLS, 40))


def EKS_TOKEN():
    return "k8s-aws-v1." + MARK(rs(URLS, R.randint(480, 560)))


def BCRYPT_HASH():
    return "$2y$05$" + MARK(rs(BCRYPT, 53))


def APR1():
    return "$apr1$" + rs(BCRYPT, 8) + "$" + MARK(rs(BCRYPT, 22))


def BASIC():
    u = R.choice(["grafana-agent", "promtail", "ops-readonly", "vmagent"])
    pw = R.choice(["Invent-", "Example_", "INVENT9"]) + A(R.randint(10, 16))
    return base64.b64encode(("%s:%s" % (u, pw)).encode()).decode()


def PEM(kind="EC"):
    if kind == "EC":
        body = MARK(rs(B64, 64)) + "\n" + rs(B64, 64) + "\n" + rs(B64, 36) + "=="
        return "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----" % body
    lines = [MARK(rs(B64, 64))] + [rs(B64, 64) for _ in range(R.randint(8, 14))] + [rs(B64, R.randint(20, 60)) + "="]
    return "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % "\n".join(lines)


ROWS = []


def P(kind, msg, secret):
    ROWS.append((kind, msg, secret))


def C(msg):
    ROWS.append((None, msg, None))


# ------------------------------------------------------------------ planted lines
def planted():
    for _ in range(14):
        s = VAULT_TOKEN()
        t = R.randint(0, 4)
        if t == 0:
            P("vault-token", "%s DEBUG vault client: request GET https://vault.tallowfin.internal:8200/v1/kv/data/payments/stripe headers=map[X-Vault-Request:[true] X-Vault-Token:[%s]]" % (TS(), s), s)
        elif t == 1:
            P("vault-token", "+ export VAULT_TOKEN=%s" % s, s)
        elif t == 2:
            P("vault-token", jd({"level": "debug", "ts": TS(), "caller": "vaultclient/login.go:%d" % R.randint(40, 200), "msg": "kubernetes auth login ok", "role": R.choice(["payments", "orders", "reporting"]), "client_token": s, "lease_duration": 3600, "renewable": True}), s)
        elif t == 3:
            P("vault-token", "%s [DEBUG] agent.auth.handler: writing token to sink: path=/home/vault/.vault-token token=%s" % (TS(), s), s)
        else:
            P("vault-token", "time=%s level=DEBUG msg=\"vault renew\" url=https://vault.tallowfin.internal:8200/v1/auth/token/renew-self token=%s increment=3600" % (TS(), s), s)
    for i in range(5):
        s = VAULT_ROOT()
        P("vault-root-token", "%sInitial Root Token: %s" % (R.choice(["", "Unseal Key 5: [redacted by runbook]\n\n", "+ vault operator init -recovery-shares=5 -recovery-threshold=3\n"]), s) if i % 2 == 0 else
          "%s [INFO]  init job: vault operator init output: {\"unseal_keys_b64\":[],\"recovery_keys_b64\":[\"[stored in SSM]\"],\"recovery_keys_shares\":5,\"recovery_keys_threshold\":3,\"root_token\":\"%s\"}" % (TS(), s), s)
    for _ in range(8):
        s = UNSEAL()
        n = R.randint(1, 5)
        t = R.randint(0, 2)
        if t == 0:
            P("vault-unseal-key", "Unseal Key %d: %s" % (n, s), s)
        elif t == 1:
            P("vault-unseal-key", "Recovery Key %d: %s" % (n, s), s)
        else:
            P("vault-unseal-key", "+ vault operator unseal %s" % s, s)
    for _ in range(12):
        s = UUID()
        acc = UUID()
        t = R.randint(0, 3)
        if t == 0:
            P("consul-acl-secret-id", "AccessorID:       %s\nSecretID:         %s\nDescription:      client agent token (ip-10-30-%d-%d)\nLocal:            false\nCreate Time:      2029-09-%02d %s.%s +0000 UTC\nPolicies:\n   %s - consul-client-agent" % (acc, s, R.randint(0, 15), R.randint(4, 250), R.randint(2, 27), HMS(), D(9), UUID()), s)
        elif t == 1:
            P("consul-acl-secret-id", "+ consul acl set-agent-token agent %s" % s, s)
        elif t == 2:
            P("consul-acl-secret-id", "%s [DEBUG] agent.http: Request finished: method=PUT url=/v1/agent/service/register?token=%s from=127.0.0.1:%d latency=%dµs" % (TS(), s, R.randint(30000, 60000), R.randint(100, 900)), s)
        else:
            P("consul-acl-secret-id", "CONSUL_HTTP_TOKEN=%s consul-template -config /etc/consul-template/payments.hcl" % s, s)
    for _ in range(6):
        s = UUID()
        t = R.randint(0, 1)
        if t == 0:
            P("nomad-acl-secret-id", "Accessor ID  = %s\nSecret ID    = %s\nName         = ci-deployer\nType         = client\nGlobal       = true\nCreate Time  = 2029-09-%02d %s +0000 UTC\nPolicies     = [deploy-payments]" % (UUID(), s, R.randint(2, 27), HMS()), s)
        else:
            P("nomad-acl-secret-id", "%s  INFO deploy: nomad job run -token=%s -check-index %d jobs/payments-api.nomad.hcl" % (TS(), s, R.randint(1000, 99999)), s)
    for _ in range(8):
        s = GLSA()
        t = R.randint(0, 2)
        if t == 0:
            P("grafana-service-account-token", "logger=context userId=0 orgId=0 uname= t=%s level=debug msg=\"request headers\" Authorization=\"Bearer %s\" path=/api/dashboards/db" % (TS(), s), s)
        elif t == 1:
            P("grafana-service-account-token", "GRAFANA_TOKEN=%s terraform apply -auto-approve -target=module.dashboards" % s, s)
        else:
            P("grafana-service-account-token", jd({"level": "info", "ts": TS(), "msg": "provisioned service account token", "name": "ci-dashboards", "key": s, "secondsToLive": 0}), s)
    for _ in range(6):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("grafana-admin-password", "GF_SECURITY_ADMIN_USER=admin\nGF_SECURITY_ADMIN_PASSWORD=%s\nGF_SERVER_ROOT_URL=https://grafana.tallowfin.example" % s, s)
        elif t == 1:
            P("grafana-admin-password", "+ grafana cli admin reset-admin-password %s" % s, s)
        else:
            P("grafana-admin-password", "{\"name\":\"GF_SECURITY_ADMIN_PASSWORD\",\"value\":\"%s\"}" % s, s)
    for _ in range(8):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("remote-write-basic-auth-password", "level=info ts=%s caller=main.go:%d msg=\"effective config\" clients=\"- url: https://loki.tallowfin.example/loki/api/v1/push\\n  basic_auth:\\n    username: promtail\\n    password: %s\\n  batchwait: 1s\"" % (TS(), R.randint(100, 200), s), s)
        elif t == 1:
            P("remote-write-basic-auth-password", "remote_write:\n- url: https://metrics.tallowfin.example/api/v1/push\n  basic_auth:\n    username: vmagent\n    password: %s\n  queue_config:\n    max_samples_per_send: 2000" % s, s)
        else:
            P("remote-write-basic-auth-password", "ts=%s caller=config.go:%d level=debug msg=\"rendered remote write\" url=https://metrics.tallowfin.example/api/v1/push username=grafana-agent password=%s" % (TS(), R.randint(100, 400), s), s)
    for _ in range(10):
        s = R.choice([JWT(), OPAQUE()])
        t = R.randint(0, 2)
        if t == 0:
            P("bearer-token", jd({"ClientHost": "%d.%d.%d.%d" % (R.randint(11, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "DownstreamStatus": R.choice([200, 201, 401]), "RequestMethod": "GET", "RequestPath": "/api/orders", "RouterName": "shop-api@kubernetescrd",
                                       "request_Authorization": "Bearer %s" % s, "time": TS()}), s)
        elif t == 1:
            P("bearer-token", jd({"level": "debug", "ts": float("%d.%s" % (1882915200 + R.randint(0, 2300000), D(6))), "logger": "http.handlers.reverse_proxy", "msg": "upstream roundtrip", "upstream": "127.0.0.1:9091",
                                       "request": {"method": "GET", "uri": "/reports/run", "headers": {"Authorization": ["Bearer %s" % s], "X-Forwarded-For": [IP()]}}, "status": 200}), s)
        else:
            P("bearer-token", "bearer_token: %s" % s, s)
    for _ in range(8):
        s = R.choice([JWT(), OPAQUE()])
        t = R.randint(0, 2)
        if t == 0:
            P("grpc-metadata-authorization", "%s DEBUG grpc: incoming metadata map[:authority:[ledger.ledger.svc:9090] authorization:[Bearer %s] content-type:[application/grpc] user-agent:[grpc-go/1.66.2]]" % (TS(), s), s)
        elif t == 1:
            P("grpc-metadata-authorization", jd({"level": "debug", "service": "pricing", "md": {"authorization": ["Bearer %s" % s], "x-request-id": [UUID()]}, "time": TS(), "message": "outgoing metadata"}), s)
        else:
            P("grpc-metadata-authorization", "time=%s level=DEBUG msg=\"grpc call\" method=/catalog.v1.CatalogService/BatchGetProducts authorization=\"Bearer %s\"" % (TS(), s), s)
    for _ in range(6):
        s = R.choice([BCRYPT_HASH(), APR1()])
        user = R.choice(["ops", "admin", "metrics", "partner-acme"])
        t = R.randint(0, 2)
        if t == 0:
            P("htpasswd-hash", "%s:%s" % (user, s), s)
        elif t == 1:
            P("htpasswd-hash", jd({"level": "debug", "providerName": "kubernetescrd", "config": {"middlewares": {"admin-auth@kubernetescrd": {"basicAuth": {"users": ["%s:%s" % (user, s)], "realm": "traefik"}}}}, "time": TS(), "message": "Configuration received"}), s)
        else:
            P("htpasswd-hash", "traefik.http.middlewares.admin-auth.basicauth.users=%s:%s" % (user, s.replace("$", "$$")), s.replace("$", "$$"))
    for _ in range(6):
        s = BASIC()
        t = R.randint(0, 1)
        if t == 0:
            P("basic-auth-header", jd({"ClientHost": IP(), "DownstreamStatus": 200, "RequestMethod": "POST", "RequestPath": "/loki/api/v1/push", "RouterName": "loki-push@kubernetescrd", "request_Authorization": "Basic %s" % s, "time": TS()}), s)
        else:
            P("basic-auth-header", "%s DEBUG remote_write: POST https://metrics.tallowfin.example/api/v1/push headers: Authorization: Basic %s, Content-Encoding: snappy" % (TS(), s), s)
    for _ in range(6):
        s = PW()
        t = R.randint(0, 2)
        if t == 0:
            P("etcd-password", "+ etcdctl --endpoints=https://10.96.3.11:2379 --user=root --password=%s endpoint status -w table" % s, s)
        elif t == 1:
            P("etcd-password", "+ etcdctl --user root:%s alarm disarm" % s, s)
        else:
            P("etcd-password", "ETCDCTL_USER=root\nETCDCTL_PASSWORD=%s\nETCDCTL_API=3" % s, s)
    for _ in range(6):
        s = PEM(R.choice(["EC", "PKCS8"]))
        t = R.randint(0, 2)
        if t == 0:
            P("private-key", "+ cat /etc/etcd/pki/apiserver-etcd-client.key\n%s" % s, s)
        elif t == 1:
            P("private-key", "%s [temporal-tls-init] writing client key for invoice-worker:\n%s" % (TS(), s), s)
        else:
            P("private-key", "tls:\n  frontend:\n    client:\n      serverName: temporal-frontend.temporal.svc\n    server:\n      certFile: /certs/frontend.pem\n      keyData: |\n        %s" % s.replace("\n", "\n        "), s.replace("\n", "\n        "))
    for _ in range(6):
        s = R.choice([EKS_TOKEN(), JWT("https://kubernetes.default.svc.cluster.local")])
        t = R.randint(0, 1)
        if t == 0:
            P("kubeconfig-user-token", "users:\n- name: ci-deployer\n  user:\n    token: %s" % s, s)
        else:
            P("kubeconfig-user-token", "%s DEBUG kube client: Authorization: Bearer %s (from kubeconfig user ci-deployer)" % (TS(), s), s)
    for _ in range(6):
        s = PW()
        t = R.randint(0, 1)
        if t == 0:
            P("config-password", "persistence:\n  default:\n    sql:\n      pluginName: postgres12\n      databaseName: temporal\n      connectAddr: temporal-db.cluster-c2k9.%s.rds.amazonaws.com:5432\n      user: temporal\n      password: %s\n      maxConns: 50" % (REG, s), s)
        else:
            P("config-password", jd({"level": "info", "ts": TS(), "msg": "loaded config", "smtp": {"host": "email-smtp.%s.amazonaws.com" % REG, "port": 587, "username": "smtp-user-" + L(8), "password": s}}), s)


# ------------------------------------------------------------------ clean near-miss lines
def clean():
    cl = [
        lambda: HC("INFO", "core", "successful mount: namespace=\"\" path=kv/ type=kv accessor=kv_%s" % H(8)),
        lambda: "Key                  Value\n---                  -----\ntoken                [redacted]\ntoken_accessor       %s\ntoken_duration       768h\ntoken_policies       [\"default\" \"ci-read\"]" % A(24),
        lambda: jd({"time": TS(), "type": "response", "auth": {"client_token": "hmac-sha256:" + H(64), "accessor": "hmac-sha256:" + H(64), "display_name": "kubernetes-payments-api"}, "request": {"id": UUID(), "path": "kv/data/payments/stripe", "client_token": "hmac-sha256:" + H(64)}}),
        lambda: HC("INFO", "expiration", "revoked lease: lease_id=database/creds/orders-ro/%s" % A(24)),
        lambda: "Key                Value\n---                -----\nlease_id           aws/creds/ci-deployer/%s\nlease_duration     1h\nlease_renewable    true\naccess_key         (hidden by -field filter)\nrequest_id         %s" % (A(24), UUID()),
        lambda: HC("INFO", "agent", "Synced service: service=payments-api-%s accessorID=%s" % (H(8), UUID())),
        lambda: "AccessorID:       %s\nSecretID:         <hidden>\nDescription:      ci read-only\nLocal:            false" % UUID(),
        lambda: HC("WARN", "agent", "Request denied by ACL policy: operation=write resource=key:config/orders accessorID=%s" % UUID()),
        lambda: "Accessor ID  = %s\nSecret ID    = <redacted>\nName         = ops-readonly\nType         = client" % UUID(),
        lambda: jd({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "grafana-admin", "namespace": "observability", "uid": UUID(), "resourceVersion": D(8)}, "type": "Opaque"}),
        lambda: "%s leaderelection.go:260] successfully acquired lease kube-system/aws-load-balancer-controller-leader (holderIdentity %s_%s)" % (KLOG(), "aws-load-balancer-controller-7f9c" + L(6), UUID()),
        lambda: jd({"keys": [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": H(40), "n": "(omitted)", "e": "AQAB"}]}),
        lambda: "image %s.dkr.ecr.%s.amazonaws.com/traefik@sha256:%s" % (ACCT, REG, H(64)),
        lambda: "logger=settings t=%s level=info msg=\"Config overridden from Environment variable\" var=\"GF_SECURITY_ADMIN_PASSWORD=*********\"" % TS(),
        lambda: "GF_SECURITY_ADMIN_PASSWORD=\nGF_SECURITY_ADMIN_PASSWORD__FILE=/etc/secrets/grafana/admin-password\nGF_AUTH_GENERIC_OAUTH_CLIENT_SECRET__FILE=/etc/secrets/grafana/oauth",
        lambda: "remote_write:\n- url: https://metrics.tallowfin.example/api/v1/push\n  basic_auth:\n    username: vmagent\n    password: <secret>\n  follow_redirects: true",
        lambda: "level=info ts=%s caller=main.go:%d msg=\"effective config\" basic_auth.password_file=/etc/promtail/secrets/loki-password bearer_token_file=/var/run/secrets/kubernetes.io/serviceaccount/token" % (TS(), R.randint(100, 200)),
        lambda: jd({"ClientHost": IP(), "DownstreamStatus": 200, "RequestMethod": "GET", "RequestPath": "/api/orders", "RouterName": "shop-api@kubernetescrd", "request_Authorization": "REDACTED", "time": TS()}),
        lambda: jd({"level": "debug", "providerName": "kubernetescrd", "config": {"middlewares": {"admin-auth@kubernetescrd": {"basicAuth": {"usersFile": "/etc/traefik/auth/users", "realm": "traefik", "removeHeader": True}}}}, "time": TS(), "message": "Configuration received"}),
        lambda: "+ etcdctl --endpoints=https://10.96.3.11:2379 --cert=/etc/etcd/pki/apiserver-etcd-client.crt --key=/etc/etcd/pki/apiserver-etcd-client.key endpoint health",
        lambda: jd({"level": "info", "ts": TS(), "caller": "embed/etcd.go:%d" % R.randint(300, 800), "msg": "starting with client TLS", "tls-info": "cert = /etc/etcd/pki/server.crt, key = /etc/etcd/pki/server.key, client-cert=, client-key=, trusted-ca = /etc/etcd/pki/ca.crt, client-cert-auth = true, crl-file = ", "cipher-suites": []}),
        lambda: "users:\n- name: ci-deployer\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [\"eks\", \"get-token\", \"--cluster-name\", \"plat-prod\", \"--region\", \"%s\"]" % REG,
        lambda: "%s DEBUG grpc: incoming metadata map[:authority:[ledger.ledger.svc:9090] authorization:[REDACTED] content-type:[application/grpc] x-request-id:[%s]]" % (TS(), UUID()),
        lambda: "%s [temporal-tls-init] client certificate for invoice-worker: serial=%s sha256 fingerprint=%s notAfter=2030-09-%02dT00:00:00Z" % (TS(), ":".join(H(2) for _ in range(16)), ":".join(H(2).upper() for _ in range(32)), R.randint(1, 28)),
        lambda: "tls:\n  frontend:\n    server:\n      certFile: /certs/frontend.pem\n      keyFile: /certs/frontend.key\n      requireClientAuth: true",
        lambda: jd({"level": "info", "ts": TS(), "msg": "Reconciler error resolved", "controller": "externalsecret", "namespace": "payments", "name": "stripe-keys", "reconcileID": UUID(), "resourceVersion": D(8)}),
        lambda: "persistence:\n  default:\n    sql:\n      user: temporal\n      password: ${SQL_PASSWORD}\n      connectAttributes:\n        sslmode: require",
        lambda: HC("INFO", "http", "TLS handshake error from %s:%d: EOF" % (IP(), R.randint(1024, 65535))),
        lambda: "level=info ts=%s caller=compact.go:%d msg=\"uploaded block\" ulid=01J%s" % (TS(), R.randint(500, 900), "".join(R.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))),
        lambda: "logger=serviceaccounts t=%s level=info msg=\"service account token created\" serviceAccountId=%d tokenId=%d name=ci-dashboards secondsToLive=0 key=\"glsa_***\"" % (TS(), R.randint(2, 40), R.randint(2, 90)),
        lambda: "+ export VAULT_TOKEN=$(cat /home/vault/.vault-token)",
        lambda: "VAULT_TOKEN=\nVAULT_ADDR=https://vault.tallowfin.internal:8200\nVAULT_CACERT=/vault/tls/ca.crt",
        lambda: "Unseal Key 1: (stored in AWS KMS - auto-unseal enabled, no key shares printed)",
        lambda: "%s [INFO]  core: security barrier unsealed: recovery_keys=5 threshold=3 stored_keys=1 seal_type=awskms key_id=alias/vault-unseal-%s" % (TS(), L(6)),
        lambda: jd({"level": "info", "ts": TS(), "msg": "ssh host key fingerprint", "fingerprint": "SHA256:" + rs(AN + "+/", 43)}),
        lambda: "git commit %s (tag v3.11.%d) built with go1.22.7" % (H(40), R.randint(0, 9)),
        lambda: jd({"level": "warn", "service": "pricing", "error": "rpc error: code = Unauthenticated desc = invalid token", "peer": IP() + ":9090", "time": TS(), "message": "auth rejected (token not logged)"}),
        lambda: "X-Vault-Request: true\nX-Vault-Token: %s\nX-Vault-Namespace: admin/" % "(unset: using agent auto-auth)",
        lambda: "Authorization: Bearer ${GRAFANA_TOKEN}",
        lambda: "traefik.http.middlewares.admin-auth.basicauth.usersfile=/run/secrets/traefik-users",
    ]
    for i in range(96):
        for _ in range(20):
            m = cl[i % len(cl)]()
            if m not in [r[1] for r in ROWS]:
                C(m)
                break


def main():
    planted()
    clean()
    R.shuffle(ROWS)
    seen = set()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for kind, msg, secret in ROWS:
            if "AKIA" in msg:
                raise SystemExit("forbidden prefix in: " + msg)
            if msg in seen:
                raise SystemExit("duplicate: " + msg)
            seen.add(msg)
            if secret is not None:
                assert secret in msg, (kind, msg)
                if kind not in UNMARKED and not any(m in secret for m in MARKS):
                    raise SystemExit("secret without marker: %s %s" % (kind, secret))
            elif any(m in msg for m in MARKS):
                raise SystemExit("clean line carries a marker: " + msg)
            f.write(json.dumps({"message": msg, "kind": kind, "secret": secret}, ensure_ascii=False) + "\n")
    print(len(ROWS))


if __name__ == "__main__":
    main()
