# Lines of the heldout25 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in every part.
# Contexts follow this round's theme: Kubernetes on Amazon EKS as shipped to CloudWatch Logs -- CI runner pods
# (actions-runner-controller) echoing kubectl/helm/argocd commands, debug jobs printing manifests, kubectl -v=8
# request bodies, crashing pods dumping their environment, controller debug output, Alertmanager config dumps.
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
NS = ["payments", "checkout", "shop", "search", "backoffice", "data", "observability", "argocd"]


def GHTS():
    return "2028-12-%02dT%s.%07dZ" % (DAY(), HMS(), R.randint(0, 9999999))


def KLOG(lvl="I"):
    return "%s12%02d %s.%06d   %5d" % (lvl, DAY(), HMS(), R.randint(0, 999999), R.randint(20, 90000))


def KEYID():
    return "AKXC" + U(16)  # deliberately not an AWS access key id prefix


def B64S(text):
    return base64.b64encode(text.encode()).decode()


def PWB64():
    """base64 of a random password with a marker written over the encoded text (shape of a Secret data value)."""
    return MARK(B64(R.choice([12, 15, 18, 24])))


def GHP():
    return "ghp_" + MARK(A(36))


def EKS_TOKEN():
    return "k8s-aws-v1." + MARK(B64U(R.choice([420, 450, 480])))


def SLACK():
    t = "T" + MARK(U(10), "INVENT")[:10]
    b = "B" + MARK(U(10), "EXAMPLE")[:10]
    k = MARK(A(24))
    return "https://hooks.slack.com/services/%s/%s/%s" % (t, b, k), [t, b, k]


def PDKEY():
    return MARK(H(32))


def PEMB64():
    return MARK(B64(R.choice([900, 1190])), lo=40)


def DOCKERAUTH():
    return MARK(B64(R.choice([30, 36, 45])))


def runner(cmd):
    return "%s %s" % (GHTS(), cmd)


def kubectl_v8(body):
    return '%s request.go:1212] Request Body: %s' % (KLOG(), body)


# ---------------------------------------------------------------- planted
for i in range(7):
    ns, sa = R.choice([("payments", "ledger-api"), ("argocd", "argocd-manager"), ("kube-system", "ci-deployer"), ("observability", "prometheus"), ("batch", "report-worker")])
    tok = JWT(ns, sa)
    parts = tok.split(".")
    ctx = i % 7
    if ctx == 0:
        P("k8s-sa-token", runner("kubectl --server https://%s.gr7.eu-west-1.eks.amazonaws.com --token={S} -n %s rollout status deploy/ledger-api" % (H(32).upper(), ns)), tok, parts)
    elif ctx == 1:
        P("k8s-sa-token", "%s round_trippers.go:466] curl -v -XGET  -H \"Accept: application/json\" -H \"Authorization: Bearer {S}\" 'https://172.20.0.1:443/api/v1/namespaces/%s/pods?limit=500'" % (KLOG(), ns), tok, parts)
    elif ctx == 2:
        P("k8s-sa-token", "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: https://%s.gr7.eu-west-1.eks.amazonaws.com\n  name: tlm-prod-blue\ncontexts:\n- context:\n    cluster: tlm-prod-blue\n    user: %s\n  name: deployer\ncurrent-context: deployer\nkind: Config\nusers:\n- name: %s\n  user:\n    token: {S}" % (rs(B64A, 64), H(32).upper(), sa, sa), tok, parts)
    elif ctx == 3:
        P("k8s-sa-token", "%s DEBUG [urllib3.connectionpool] headers={'Authorization': 'Bearer {S}', 'User-Agent': 'OpenAPI-Generator/31.0.0/python'} https://172.20.0.1:443 \"GET /apis/batch/v1/namespaces/%s/jobs HTTP/1.1\" 200 None" % ("2028-12-%02d %s,%03d" % (DAY(), HMS(), R.randint(0, 999)), ns), tok, parts)
    elif ctx == 4:
        P("k8s-sa-token", "apiVersion: v1\ndata:\n  ca.crt: %s\n  namespace: %s\n  token: {S}\nkind: Secret\nmetadata:\n  annotations:\n    kubernetes.io/service-account.name: %s\n  name: %s-token\n  namespace: %s\ntype: kubernetes.io/service-account-token" % (rs(B64A, 48), B64S(ns), sa, sa, ns), MARK(B64S(tok), lo=8))
    elif ctx == 5:
        P("k8s-sa-token", "{\"level\":\"debug\",\"ts\":\"%s\",\"msg\":\"using in-cluster token\",\"tokenFile\":\"/var/run/secrets/kubernetes.io/serviceaccount/token\",\"token\":\"{S}\"}" % TS(), tok, parts)
    else:
        P("k8s-sa-token", runner("argocd cluster add tlm-prod-blue --bearer-token {S} --name prod-blue --upsert"), tok, parts)

for i in range(6):
    t = EKS_TOKEN()
    ctx = i % 6
    if ctx == 0:
        P("eks-iam-token", runner("{\"kind\": \"ExecCredential\", \"apiVersion\": \"client.authentication.k8s.io/v1beta1\", \"spec\": {}, \"status\": {\"expirationTimestamp\": \"%s\", \"token\": \"{S}\"}}" % TS()), t)
    elif ctx == 1:
        P("eks-iam-token", runner("+ TOKEN={S}"), t)
    elif ctx == 2:
        P("eks-iam-token", "%s DEBUG kube_auth: using token from aws eks get-token: {S} (cluster=tlm-prod-blue, role=arn:aws:iam::%s:role/tlm-gha-deployer)" % (TS(), ACCT), t)
    elif ctx == 3:
        P("eks-iam-token", "%s round_trippers.go:466] curl -v -XGET  -H \"Authorization: Bearer {S}\" -H \"User-Agent: kubectl/v1.31.2 (linux/amd64) kubernetes/%s\" 'https://%s.gr7.eu-west-1.eks.amazonaws.com/api?timeout=32s'" % (KLOG(), H(7), H(32).upper()), t)
    elif ctx == 4:
        P("eks-iam-token", "time=\"%s\" level=debug msg=\"token generated\" token={S} cluster=tlm-prod-blue" % (TS()[:19] + "Z"), t)
    else:
        P("eks-iam-token", "users:\n- name: ci\n  user:\n    token: {S}", t)

for i in range(4):
    k = PEMB64()
    if i % 2 == 0:
        P("kubeconfig-client-key", "users:\n- name: breakglass-admin\n  user:\n    client-certificate-data: %s\n    client-key-data: {S}" % rs(B64A, 120), k)
    else:
        P("kubeconfig-client-key", runner("+ kubectl config set-credentials breakglass --client-key-data={S} --embed-certs=true"), k)

for i in range(5):
    if i < 2:
        k = PEMB64()
        P("tls-private-key", "apiVersion: v1\ndata:\n  tls.crt: %s\n  tls.key: {S}\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: kubernetes.io/tls" % (rs(B64A, 120), R.choice(["shop-tls", "webhook-serving-cert", "istio-ingress-tls"]), R.choice(NS)), k)
    else:
        pem = PEM(R.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]))
        if i == 2:
            P("tls-private-key", runner("+ kubectl get secret shop-tls -n shop -o jsonpath='{.data.tls\\.key}' | base64 -d\n{S}"), pem)
        elif i == 3:
            P("tls-private-key", "%s DEBUG cert-rotator: writing key for webhook-serving-cert:\n{S}" % TS(), pem)
        else:
            P("tls-private-key", "%s ERROR tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched: {S}" % TS(), pem)

for i in range(8):
    v = PWB64()
    key = R.choice(["DB_PASSWORD", "password", "REDIS_AUTH", "PSP_API_SECRET", "postgres-password", "rabbitmq-password", "JWT_SIGNING_KEY", "clientSecret"])
    ns = R.choice(NS)
    ctx = i % 4
    if ctx == 0:
        P("k8s-secret-data", "apiVersion: v1\ndata:\n  %s: {S}\n  username: %s\nkind: Secret\nmetadata:\n  name: %s-credentials\n  namespace: %s\ntype: Opaque" % (key, B64S(R.choice(["ledger", "app", "svc_reports"])), R.choice(["ledger-db", "psp", "reports"]), ns), v)
    elif ctx == 1:
        P("k8s-secret-data", kubectl_v8('{"apiVersion":"v1","data":{"%s":"{S}"},"kind":"Secret","metadata":{"name":"%s-env","namespace":"%s"},"type":"Opaque"}' % (key, R.choice(["ledger-api", "psp-gateway", "storefront"]), ns)), v)
    elif ctx == 2:
        P("k8s-secret-data", runner("kubectl get secret %s-credentials -n %s -o jsonpath='{.data}' -> {\"%s\":\"{S}\"}" % (R.choice(["ledger-db", "psp"]), ns, key)), v)
    else:
        P("k8s-secret-data", "time=\"%s\" level=info msg=\"Applying resource Secret/%s-env in cluster: https://kubernetes.default.svc, namespace: %s\" diff=\"+  %s: {S}\" application=argocd/%s" % (TS()[:19] + "Z", R.choice(["ledger-api", "storefront", "admin"]), ns, key, ns), v)

for i in range(7):
    v = PW()
    ns = R.choice(NS)
    ctx = i % 4
    if ctx == 0:
        P("k8s-secret-stringdata", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\nstringData:\n  %s: {S}\ntype: Opaque" % (R.choice(["ledger-db-app", "grafana-admin", "psp-credentials"]), ns, R.choice(["password", "admin-password", "api-secret"])), v)
    elif ctx == 1:
        P("k8s-secret-stringdata", kubectl_v8('{"apiVersion":"v1","kind":"Secret","metadata":{"name":"ledger-db-app","namespace":"%s"},"stringData":{"password":"{S}","username":"ledger"},"type":"kubernetes.io/basic-auth"}' % ns), v)
    elif ctx == 2:
        P("k8s-secret-stringdata", runner("+ kubectl create secret generic psp-credentials -n payments --from-literal=api-key-id=psp_live_%s --from-literal=api-secret={S} --dry-run=client -o yaml" % L(10)), v)
    else:
        P("k8s-secret-stringdata", "%s kubectl-client-side-apply: last-applied-configuration: {\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"annotations\":{},\"name\":\"reports-smtp\",\"namespace\":\"backoffice\"},\"stringData\":{\"SMTP_PASSWORD\":\"{S}\"}}" % TS(), v)

for i in range(7):
    v = PW()
    ctx = i % 4
    if ctx == 0:
        P("helm-values-password", runner("+ helm upgrade --install ledger-db oci://registry-1.docker.io/bitnamicharts/postgresql -n payments --set auth.username=ledger --set auth.password={S} --set primary.persistence.size=200Gi"), v)
    elif ctx == 1:
        P("helm-values-password", "USER-SUPPLIED VALUES:\nadminUser: admin\nadminPassword: {S}\ningress:\n  enabled: true\n  hosts:\n  - grafana.tallowmere.example", v)
    elif ctx == 2:
        P("helm-values-password", "time=\"%s\" level=debug msg=\"helm template values\" values=\"auth:\\n  existingSecret: \\\"\\\"\\n  password: {S}\\narchitecture: replication\" application=argocd/data" % (TS()[:19] + "Z"), v)
    else:
        P("helm-values-password", "%s [debug] Original chart version: \"\"\n[debug] CHART PATH: /home/runner/.cache/helm/repository/rabbitmq-15.1.0.tgz\n[debug] values: map[auth:map[erlangCookie:%s password:{S} username:orders]]" % (GHTS(), H(24)), v)

for i in range(7):
    v = GHP()
    ctx = i % 4
    if ctx == 0:
        P("github-pat", runner("+ argocd repo add https://github.com/tallowmere/platform-config.git --username tlm-argocd-bot --password {S} --upsert"), v)
    elif ctx == 1:
        P("github-pat", "apiVersion: v1\nkind: Secret\nmetadata:\n  labels:\n    argocd.argoproj.io/secret-type: repo-creds\n  name: github-tallowmere\n  namespace: argocd\nstringData:\n  password: {S}\n  type: git\n  url: https://github.com/tallowmere\n  username: tlm-argocd-bot", v)
    elif ctx == 2:
        P("github-pat", "time=\"%s\" level=info msg=\"git ls-remote https://tlm-argocd-bot:{S}@github.com/tallowmere/platform-config.git\" dir=/tmp/_argocd-repo/%s execID=%s" % (TS()[:19] + "Z", UUID(), L(5)), v)
    else:
        P("github-pat", "{\"level\":\"info\",\"ts\":\"%s\",\"logger\":\"source-controller\",\"msg\":\"auth\",\"GitRepository\":{\"name\":\"platform-config\",\"namespace\":\"flux-system\"},\"secret\":{\"username\":\"git\",\"password\":\"{S}\"}}" % TS(), v)

for i in range(7):
    auth = DOCKERAUTH()
    ctx = i % 4
    if ctx == 0:
        P("registry-auth", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: dockerhub-pull\n  namespace: %s\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: '{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"{S}\"}}}'" % R.choice(NS), auth)
    elif ctx == 1:
        blob = MARK(B64(R.choice([90, 120, 150])))
        P("registry-auth", "apiVersion: v1\ndata:\n  .dockerconfigjson: {S}\nkind: Secret\nmetadata:\n  name: ghcr-pull\n  namespace: %s\ntype: kubernetes.io/dockerconfigjson" % R.choice(NS), blob)
    elif ctx == 2:
        P("registry-auth", runner("cat ~/.docker/config.json: {\"auths\": {\"ghcr.io\": {\"auth\": \"{S}\"}}, \"credHelpers\": {\"%s.dkr.ecr.eu-west-1.amazonaws.com\": \"ecr-login\"}}" % ACCT), auth)
    else:
        pw = PW()
        P("registry-auth", runner("+ kubectl create secret docker-registry quay-pull -n search --docker-server=quay.io --docker-username=tallowmere+puller --docker-password={S}"), pw)

for i in range(6):
    v = MARK(rs(AN + "/+", 40))
    ctx = i % 3
    if ctx == 0:
        P("aws-secret-key", "%s ERROR startup aborted; environment: AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY={S} AWS_REGION=eu-west-1 KUBERNETES_SERVICE_HOST=172.20.0.1" % (TS(), KEYID()), v)
    elif ctx == 1:
        P("aws-secret-key", "    env:\n    - name: AWS_ACCESS_KEY_ID\n      value: %s\n    - name: AWS_SECRET_ACCESS_KEY\n      value: {S}\n    image: %s.dkr.ecr.eu-west-1.amazonaws.com/backoffice/reports:v3.2.1" % (KEYID(), ACCT), v)
    else:
        P("aws-secret-key", "{\"level\":\"debug\",\"ts\":\"%s\",\"logger\":\"external-secrets\",\"msg\":\"static credentials\",\"provider\":\"aws\",\"accessKeyID\":\"%s\",\"secretAccessKey\":\"{S}\"}" % (TS(), KEYID()), v)

for i in range(7):
    v = PW()
    if v[-1] in "#%@$":
        v = v[:-1] + "9"  # keep the URL parseable
    ctx = i % 4
    host = R.choice(["tlm-ledger.cluster-c9xq2invented.eu-west-1.rds.amazonaws.com", "ledger-db-rw.payments.svc.cluster.local", "orders-mq.backoffice.svc"])
    if ctx == 0:
        P("url-credentials", "%s ERROR main: cannot connect: DATABASE_URL=postgres://ledger:{S}@%s:5432/ledger?sslmode=require" % (TS(), host), v)
    elif ctx == 1:
        P("url-credentials", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nHOSTNAME=ledger-api-%s-%s\nDATABASE_URL=postgresql://ledger:{S}@%s:5432/ledger\nKUBERNETES_PORT=tcp://172.20.0.1:443" % (L(10), L(5), host), v)
    elif ctx == 2:
        P("url-credentials", "%s celery@report-worker-%s ready. broker: amqp://orders:{S}@orders-mq.backoffice.svc:5672//" % (TS(), L(5)), v)
    else:
        P("url-credentials", "{\"level\":\"error\",\"ts\":\"%s\",\"msg\":\"redis dial failed\",\"url\":\"rediss://default:{S}@cart-cache.shop.svc:6379/0\",\"error\":\"dial tcp 172.20.91.4:6379: i/o timeout\"}" % TS(), v)

for i in range(6):
    url, parts = SLACK()
    ctx = i % 3
    if ctx == 0:
        P("slack-webhook-url", "global:\n  resolve_timeout: 5m\n  slack_api_url: {S}\nroute:\n  receiver: platform-slack\n  group_by: [alertname, namespace]", url, parts)
    elif ctx == 1:
        P("slack-webhook-url", "receivers:\n- name: payments-oncall\n  slack_configs:\n  - api_url: {S}\n    channel: '#payments-alerts'\n    send_resolved: true", url, parts)
    else:
        P("slack-webhook-url", "ts=%s caller=notify.go:848 level=warn component=dispatcher receiver=platform-slack integration=slack[0] aggrGroup=\"{}:{alertname=\\\"KubePodCrashLooping\\\"}\" msg=\"Notify attempt failed, will retry later\" attempts=%d err=\"Post \\\"{S}\\\": context deadline exceeded\"" % (TS(), R.randint(1, 4)), url, parts)

for i in range(5):
    v = PDKEY()
    ctx = i % 3
    if ctx == 0:
        P("pagerduty-routing-key", "receivers:\n- name: pagerduty-critical\n  pagerduty_configs:\n  - routing_key: {S}\n    severity: critical\n    send_resolved: true", v)
    elif ctx == 1:
        P("pagerduty-routing-key", "  alertmanager:\n    config:\n      receivers:\n      - name: pd\n        pagerduty_configs:\n        - service_key: {S}", v)
    else:
        P("pagerduty-routing-key", "ts=%s caller=notify.go:848 level=debug component=dispatcher receiver=pagerduty-critical integration=pagerduty[0] msg=\"Notify request\" body=\"{\\\"routing_key\\\":\\\"{S}\\\",\\\"event_action\\\":\\\"trigger\\\",\\\"payload\\\":{\\\"summary\\\":\\\"KubeNodeNotReady\\\"}}\"" % TS(), v)

for i in range(5):
    v = PW()
    ctx = i % 3
    if ctx == 0:
        P("password", runner("+ argocd admin initial-password -n argocd\n{S}\n\n This password must be only used for first time login. We strongly recommend you update the password using `argocd account update-password`."), v)
    elif ctx == 1:
        P("password", "configs:\n  secret:\n    argocdServerAdminPassword: {S}\n    argocdServerAdminPasswordMtime: \"2028-12-01T00:00:00Z\"", v)
    else:
        P("password", "%s WARN [ledger-api] falling back to env credentials: spring.datasource.password={S} spring.datasource.username=ledger" % TS(), v)

# ---------------------------------------------------------------- clean near-misses (no secret in them)
def CL(fn, n=2):
    """n clean lines from one template (fewer when the template has no random part)."""
    got = []
    for _ in range(n * 3):
        m = fn()
        if m not in got:
            got.append(m)
        if len(got) == n:
            break
    for m in got:
        C(m)


SHA = lambda: H(64)
CL(lambda: "apiVersion: v1\ndata:\n  LOG_LEVEL: info\n  DB_HOST: ledger-db-rw.payments.svc.cluster.local\n  DB_PORT: \"5432\"\n  FEATURE_NEW_CHECKOUT: \"%s\"\nkind: ConfigMap\nmetadata:\n  name: ledger-api-config\n  namespace: payments" % R.choice(["true", "false"]))
CL(lambda: "%s DEBUG k8s client: reading token from /var/run/secrets/kubernetes.io/serviceaccount/token (refresh every %ds)" % (TS(), R.choice([60, 300])))
CL(lambda: "AWS_ROLE_ARN=arn:aws:iam::%s:role/tlm-prod-blue-%s\nAWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token\nAWS_STS_REGIONAL_ENDPOINTS=regional\nAWS_REGION=eu-west-1" % (ACCT, R.choice(["ledger-api", "reports", "external-dns"])))
CL(lambda: "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: psp-credentials\n  namespace: payments\nspec:\n  encryptedData:\n    api-secret: AgB%s" % rs(B64A, 420))
CL(lambda: "%s level=info msg=\"Pulled image\" image=\"%s.dkr.ecr.eu-west-1.amazonaws.com/payments/ledger-api@sha256:%s\"" % (TS(), ACCT, SHA()))
CL(lambda: "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t%s\n    server: https://%s.gr7.eu-west-1.eks.amazonaws.com\n  name: tlm-prod-blue\nusers:\n- name: deployer\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [--region, eu-west-1, eks, get-token, --cluster-name, tlm-prod-blue]" % (rs(B64A, 200), H(32).upper()))
CL(lambda: "webhooks:\n- admissionReviewVersions: [v1]\n  clientConfig:\n    caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t%s\n    service:\n      name: kyverno-svc\n      namespace: kyverno\n      path: /validate/fail" % rs(B64A, 160))
CL(lambda: "    env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          key: password\n          name: ledger-db-app\n    - name: PSP_API_SECRET\n      valueFrom:\n        secretKeyRef: {key: api-secret, name: psp-credentials}")
CL(lambda: "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: ledger-db\n  namespace: payments\nspec:\n  refreshInterval: 1h\n  secretStoreRef: {kind: ClusterSecretStore, name: aws-secrets-manager}\n  data:\n  - secretKey: password\n    remoteRef:\n      key: prod/payments/ledger-db\n      property: password")
CL(lambda: "%s level=info msg=\"secret synced\" ExternalSecret=payments/ledger-db source=arn:aws:secretsmanager:eu-west-1:%s:secret:prod/payments/ledger-db-%s version=%s" % (TS(), ACCT, A(6), UUID()))
CL(lambda: "Name:         ledger-db-app\nNamespace:    payments\nType:  kubernetes.io/basic-auth\n\nData\n====\npassword:  %d bytes\nusername:  6 bytes" % R.randint(16, 40))
CL(lambda: "time=\"%s\" level=info msg=\"Normalized diff\" application=argocd/payments resource=Secret/ledger-db-app diff=\"-  password: '++++++++'\\n+  password: '++++++++++++'\"" % (TS()[:19] + "Z"))
CL(lambda: runner("+ helm upgrade --install ledger-db bitnami/postgresql -n payments --set auth.existingSecret=ledger-db-app --set auth.secretKeys.userPasswordKey=password"))
CL(lambda: runner("+ helm upgrade --install grafana grafana/grafana -n observability --set adminPassword=$GRAFANA_ADMIN_PASSWORD -f values-prod.yaml"))
CL(lambda: "USER-SUPPLIED VALUES:\nadminUser: admin\nadminPassword: '********'\nadmin:\n  existingSecret: grafana-admin\n  passwordKey: admin-password")
CL(lambda: runner("+ argocd repo add git@github.com:tallowmere/platform-config.git --ssh-private-key-path ~/.ssh/argocd_deploy_key --upsert"))
CL(lambda: "apiVersion: v1\nkind: Secret\nmetadata:\n  labels:\n    argocd.argoproj.io/secret-type: repository\n  name: charts-public\n  namespace: argocd\nstringData:\n  type: helm\n  url: https://charts.bitnami.com/bitnami\n  name: bitnami")
CL(lambda: "{\"credsStore\": \"ecr-login\", \"credHelpers\": {\"%s.dkr.ecr.eu-west-1.amazonaws.com\": \"ecr-login\", \"public.ecr.aws\": \"ecr-login\"}}" % ACCT)
CL(lambda: "metadata:\n  annotations:\n    checksum/config: %s\n    checksum/secret: %s\n    kubectl.kubernetes.io/restartedAt: \"2028-12-0%dT%sZ\"" % (SHA(), SHA(), DAY(), HMS()))
CL(lambda: "%s level=info msg=\"nodeclaim launched\" NodeClaim=general-%s provider-id=aws:///eu-west-1b/i-0%s image-id=ami-0%s" % (TS(), L(5), H(16), H(16)))
CL(lambda: "global:\n  resolve_timeout: 5m\nreceivers:\n- name: platform-webhook\n  webhook_configs:\n  - url: http://alert-router.observability.svc.cluster.local:8080/alertmanager\n    send_resolved: true")
CL(lambda: "receivers:\n- name: payments-oncall\n  slack_configs:\n  - api_url_file: /etc/alertmanager/secrets/slack-webhook/url\n    channel: '#payments-alerts'")
CL(lambda: "ts=%s caller=notify.go:848 level=warn component=dispatcher receiver=platform-slack integration=slack[0] msg=\"Notify attempt failed, will retry later\" attempts=%d err=\"Post \\\"<redacted>\\\": dial tcp: lookup hooks.slack.com on 172.20.0.10:53: read udp %s:%d->172.20.0.10:53: i/o timeout\"" % (TS(), R.randint(1, 4), IP(), R.randint(30000, 60000)))
CL(lambda: "%s level=info msg=\"pod started\" pod=ledger-api-%s-%s uid=%s resourceVersion=%d pod-template-hash=%s" % (TS(), L(10), L(5), UUID(), R.randint(10 ** 7, 10 ** 9), L(10)))
CL(lambda: "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"%s\",\"verb\":\"get\",\"requestURI\":\"/api/v1/namespaces/payments/secrets/ledger-db-app\",\"user\":{\"username\":\"system:serviceaccount:payments:ledger-api\"},\"responseStatus\":{\"metadata\":{},\"code\":200}}" % UUID())
CL(lambda: "time=\"%s\" level=warning msg=\"access denied\" arn=arn:aws:sts::%s:assumed-role/tlm-gha-deployer/GitHubActions-%s error=\"ARN is not mapped\" method=POST path=/authenticate" % (TS()[:19] + "Z", ACCT, D(11)))
CL(lambda: "mapRoles: |\n  - rolearn: arn:aws:iam::%s:role/tlm-prod-blue-node-general\n    username: system:node:{{EC2PrivateDNSName}}\n    groups:\n    - system:bootstrappers\n    - system:nodes" % ACCT, 1)
CL(lambda: "%s INFO token refreshed for service account payments/ledger-api; expires in 86400s (projected volume kube-api-access-%s)" % (TS(), L(5)))
CL(lambda: "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  annotations:\n    eks.amazonaws.com/role-arn: arn:aws:iam::%s:role/tlm-prod-blue-%s\n  name: %s\n  namespace: %s" % (ACCT, R.choice(["cert-manager", "external-dns", "karpenter"]), R.choice(["cert-manager", "external-dns", "karpenter"]), R.choice(["cert-manager", "kube-system"])))
CL(lambda: "%s level=info msg=\"Successfully issued certificate\" certificate=shop/shop-tls serial=%s notAfter=2029-03-0%dT%sZ fingerprint=SHA256:%s" % (TS(), H(36).upper(), DAY(), HMS(), H(64).upper()))
CL(lambda: "%s + kubectl create secret generic psp-credentials -n payments --from-file=api-secret=./psp-secret.txt --dry-run=client -o yaml | kubeseal --format yaml > sealed-psp.yaml" % GHTS())
CL(lambda: "stringData:\n  password: \"\"\n  token: \"<set-by-external-secrets>\"\n  url: https://hooks.slack.com/services/REPLACE/ME/LATER")
CL(lambda: "%s level=info msg=\"token issued\" sub=system:serviceaccount:%s:%s aud=sts.amazonaws.com jti=%s exp=%d" % (TS(), R.choice(NS), R.choice(["default", "ledger-api", "prometheus"]), UUID(), R.randint(1859241600, 1860019200)))
CL(lambda: "%s WARN github webhook rejected: X-Hub-Signature-256 mismatch (got sha256=%s) for delivery %s" % (TS(), H(64), UUID()))
CL(lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s argocd@tlm-prod-blue" % rs(AN + "+/", 43))
CL(lambda: "%s level=info msg=\"ECR auth token refreshed\" registry=%s.dkr.ecr.eu-west-1.amazonaws.com expiresAt=2028-12-0%dT%sZ" % (TS(), ACCT, DAY(), HMS()))
CL(lambda: "%s level=info msg=\"webhook certificate rotated\" secret=kyverno/kyverno-svc.kyverno.svc.kyverno-tls-pair notAfter=2029-12-0%dT%sZ keyAlgorithm=ECDSA keySize=256" % (TS(), DAY(), HMS()))
CL(lambda: "-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgII%s\n%s\n-----END CERTIFICATE-----" % (rs(B64A, 44), rs(B64A, 64)))
CL(lambda: "%s kubectl get secret ledger-db-app -n payments -o jsonpath='{.metadata.resourceVersion}' -> %d" % (GHTS(), R.randint(10 ** 7, 10 ** 9)))
CL(lambda: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: grafana-admin\n  namespace: observability\n  annotations:\n    reflector.v1.k8s.emberstack.com/reflection-allowed: \"true\"\ntype: Opaque\ndata: {}")
CL(lambda: "time=\"%s\" level=info msg=\"git fetch origin --tags --force --prune\" dir=/tmp/_argocd-repo/%s execID=%s repo=https://github.com/tallowmere/platform-config.git" % (TS()[:19] + "Z", UUID(), L(5)))
CL(lambda: "%s level=info msg=\"resolved image digest\" image=ghcr.io/tallowmere/storefront:v5.%d.%d digest=sha256:%s" % (TS(), R.randint(0, 30), R.randint(0, 9), H(64)))
CL(lambda: "{\"level\":\"info\",\"ts\":\"%s\",\"logger\":\"source-controller\",\"msg\":\"stored artifact for commit 'main@sha1:%s'\",\"GitRepository\":{\"name\":\"platform-config\",\"namespace\":\"flux-system\"}}" % (TS(), H(40)))
CL(lambda: "receivers:\n- name: pagerduty-critical\n  pagerduty_configs:\n  - routing_key_file: /etc/alertmanager/secrets/pagerduty/routing-key\n    severity: critical")
CL(lambda: "%s + aws secretsmanager get-secret-value --secret-id prod/payments/ledger-db --query VersionId --output text\n%s" % (GHTS(), UUID()))
