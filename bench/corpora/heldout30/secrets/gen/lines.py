# Templates and CI/CD secret shapes of heldout30's secrets corpus. Executed by generate.py (which defines R,
# A/L/U/H/D/B64/B64U, MARK, AI/LI/HI/UI/BI/BUI, PW, UUID, IP, TS, PEMK, P and C). Every value is invented.

ACCT = "444455556666"
REG = "us-west-2"
CA = "tamarack-%s.d.codeartifact.%s.amazonaws.com" % (ACCT, REG)
ECR = "%s.dkr.ecr.%s.amazonaws.com" % (ACCT, REG)


def CB():
    return "[Container] 2029/05/%02d %02d:%02d:%02d.%s" % (R.randint(2, 16), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(6))


def JTS():
    return "2029-05-%02d %02d:%02d:%02d.%s+0000 [id=%d]" % (R.randint(2, 16), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), D(3), R.randint(20, 9000))


def GHP():
    return "ghp_" + AI(36)


def GHPF():
    return "github_pat_11" + U(20) + "_" + AI(59)


def GHS():
    return "ghs_" + AI(36)


def NPM():
    return "npm_" + AI(36)


def CAT():
    # CodeArtifact authorization tokens are long base64url strings starting with a JSON header ("eyJ2ZXIiOjEs...")
    return "eyJ2ZXIiOjEsImlzdSI6MTg3Mj" + MARK(B64U(R.choice([520, 600, 680])), lo=20)


def DAUTH(user):
    v = base64.b64encode(("%s:%s" % (user, A(R.randint(18, 30)))).encode()).decode()
    return MARK(v, lo=len(user) * 4 // 3 + 1)


def DCKR():
    return "dckr_pat_" + AI(27)


def TFC():
    return A(14) + ".atlasv1." + AI(67)


def AWSSK():
    return MARK(rs(B64A, 40))


def AKID():
    return "AKXC" + U(16)


def STS():
    return "IQoJb3JpZ2luX2VjE" + MARK(B64(R.choice([420, 480, 540])), lo=30)


def OPENSSH():
    hdr = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 "
    while True:
        body = base64.b64encode(hdr + bytes(R.randrange(256) for _ in range(200))).decode()
        if "AKIA" not in body and "ASIA" not in body:
            break
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    lines[2] = MARK(lines[2])
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----" % "\n".join(lines)


def SLACK():
    return "https://hooks.slack.com/services/T0%s/B0%s/%s" % (U(8), U(9), AI(24))


def SHA():
    return H(40)


def DIG():
    return "sha256:" + H(64)


def PGHOST():
    return R.choice(["ledger-db.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG), "ledger-db-green.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG)])


def DBHOST():
    return R.choice(["ledger-db.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG), "claims-pg.c%s.%s.rds.amazonaws.com" % (L(11), REG), "cms-mysql.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG)])


def loop(n, fn):
    for _ in range(n):
        fn()


# ------------------------------------------------------------------ planted
def _ghp():
    s = R.choice([GHP, GHP, GHPF])()
    t = R.choice([
        CB() + " Running command git clone https://quill-ci-bot:{S}@github.com/quillfeather/{repo}.git",
        "origin\thttps://{S}@github.com/quillfeather/{repo}.git (fetch)",
        "GH_TOKEN={S}",
        "npm error command git --no-replace-objects ls-remote https://pellucid-bot:{S}@github.com/pellucid-health/{repo}.git",
        JTS() + "\tINFO\thudson.plugins.git.GitSCM#fetch: Fetching upstream changes from https://saltmarsh-ci:{S}@github.com/saltmarsh/{repo}.git",
    ])
    P("github-token", t, s, repo=R.choice(["starfall", "launcher", "monorepo", "transcoder", "backend", "build-env"]))


def _ghs():
    s = GHS()
    t = R.choice([
        json.dumps({"level": "debug", "ts": TS(), "caller": "events/working_dir.go:%d" % R.randint(200, 260), "msg": "running git clone --depth=1 --branch feature/%s --single-branch https://x-access-token:{S}@github.com/coldharbor/infra-live.git /atlantis-data/repos/coldharbor/infra-live/%d/default" % (L(6), R.randint(2100, 2600)), "json": {"repo": "coldharbor/infra-live", "pull": str(R.randint(2100, 2600))}}, separators=(",", ":")),
        "%s Run git config --global url.\"https://x-access-token:{S}@github.com/\".insteadOf \"https://github.com/\"" % TS().replace("Z", "0000Z"),
        JTS() + "\tFINE\to.j.p.g.GitHubAppCredentials#generateAppInstallationToken: Generated App Installation Token for app [912%s] installation token: {S}" % D(3),
        "[stdout]git fetch https://x-access-token:{S}@github.com/brackenridge/quote-web.git refs/tags/v%d.%d.%d" % (R.randint(3, 5), R.randint(0, 20), R.randint(0, 9)),
    ])
    P("github-app-installation-token", t, s)


def _npm():
    s = NPM()
    t = R.choice([
        "//registry.npmjs.org/:_authToken={S}",
        "#%d %s + echo //registry.npmjs.org/:_authToken={S} > .npmrc" % (R.randint(4, 20), "0.%03d" % R.randint(0, 999)),
        CB() + " Running command docker buildx build --progress=plain --build-arg NPM_TOKEN={S} -t %s/grid-ui:$CODEBUILD_RESOLVED_SOURCE_VERSION ." % ECR,
        "NPM_TOKEN={S}",
        "npm verb config set //registry.npmjs.org/:_authToken {S}",
    ])
    P("npm-token", t, s)


def _cat():
    s = CAT()
    t = R.choice([
        "//%s/npm/npm-internal/:_authToken={S}" % CA,
        "index-url = https://aws:{S}@%s/pypi/pypi-internal/simple/" % CA,
        "      <password>{S}</password>",
        "CODEARTIFACT_AUTH_TOKEN={S}",
        CB() + " Running command pip config set global.index-url https://aws:{S}@%s/pypi/pypi-internal/simple/" % CA,
    ])
    P("codeartifact-auth-token", t, s)


def _docker():
    host, user = R.choice([("https://index.docker.io/v1/", "emberfieldci"), ("ghcr.io", "quill-ci-bot"), ("registry.gitlab.com", "deploy-token-%s" % D(5))])
    s = DAUTH(user)
    t = R.choice([
        '{"auths":{"%s":{"auth":"{S}"}},"credsStore":""}' % host,
        '        "%s": {\n            "auth": "{S}"\n        }' % host,
        'DOCKER_AUTH_CONFIG={"auths":{"%s":{"auth":"{S}"}}}' % host,
        '#%d %s cat /kaniko/.docker/config.json: {"auths":{"%s":{"auth":"{S}"}}}' % (R.randint(3, 20), "0.%03d" % R.randint(0, 999), host),
    ])
    P("docker-registry-auth", t, s)


def _dckr():
    s = DCKR()
    t = R.choice([
        CB() + " Running command docker login -u emberfieldci -p {S}",
        "DOCKERHUB_TOKEN={S}",
        "+ echo {S} | docker login --username emberfieldci --password-stdin",
    ])
    P("docker-hub-access-token", t, s)


def _tfc():
    s = TFC()
    t = R.choice([
        'credentials "app.terraform.io" {\n  token = "{S}"\n}',
        "TF_TOKEN_app_terraform_io={S}",
        '{"credentials":{"app.terraform.io":{"token":"{S}"}}}',
        "+ terraform login -token={S} app.terraform.io",
    ])
    P("terraform-cloud-token", t, s)


def _aws():
    s = AWSSK()
    t = R.choice([
        "AWS_SECRET_ACCESS_KEY={S}",
        "export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY={S}" % AKID(),
        CB() + " Running command aws configure set aws_secret_access_key {S} --profile deploy",
        "aws_secret_access_key = {S}",
        JTS() + "\tINFO\thudson.model.Run#execute: [EnvInject] - Injecting environment variables: AWS_ACCESS_KEY_ID=%s, AWS_SECRET_ACCESS_KEY={S}, AWS_DEFAULT_REGION=%s" % (AKID(), REG),
    ])
    P("aws-secret-access-key", t, s)


def _sts():
    s = STS()
    t = R.choice(["AWS_SESSION_TOKEN={S}", "aws_session_token = {S}", '"SessionToken": "{S}",'])
    P("aws-session-token", t, s)


def _ssh():
    k = R.choice(["openssh", "openssh", "rsa"])
    pem = OPENSSH() if k == "openssh" else PEMK("rsa")
    form = R.choice(["raw", "json", "env"])
    if form == "raw":
        P("ssh-private-key", JTS() + "\tWARNING\tc.c.j.p.sshcredentials.impl.BasicSSHUserPrivateKey#readKey: could not parse key of credential deploy-%s, content was:\n{S}" % R.choice(["starfall", "cms-api", "player-web"]), pem)
    elif form == "json":
        P("ssh-private-key", '    "SecretString": "{S}\\n",', pem.replace("\n", "\\n"))
    else:
        P("ssh-private-key", "[%s] [d-%s][stdout]DEPLOY_KEY={S}" % (TS().replace("T", " ").replace("Z", ""), U(9)), pem.replace("\n", "\\n"))


def _slack():
    s = SLACK()
    t = R.choice([
        "+ curl -sS -X POST -H 'Content-type: application/json' --data '{\"text\":\"%s deployed %s\"}' {S}" % (R.choice(["quote-web", "rating-engine", "grid-api", "gradebook"]), SHA()[:7]),
        "SLACK_WEBHOOK_URL={S}",
        JTS() + "\tINFO\tjenkins.plugins.slack.StandardSlackService#publish: Posting to {S} (channel #releases)",
        "[stdout]notify: POST {S} -> 200 ok",
    ])
    P("slack-webhook-url", t, s)


def _db():
    s = PW()
    h = DBHOST()
    t = R.choice([
        "DATABASE_URL=postgres://migrator:{S}@%s:5432/ledger" % PGHOST(),
        "+ flyway -url=jdbc:postgresql://%s:5432/claims -user=flyway -password={S} migrate" % h.replace("cms-mysql.cluster-", "claims-pg.").replace("ledger-db.cluster-", "claims-pg."),
        "sqlalchemy.url = postgresql+psycopg://alembic:{S}@%s/claims" % h.replace("cms-mysql.cluster-", "claims-pg.").replace("ledger-db.cluster-", "claims-pg."),
        "[stdout]liquibase --url=jdbc:mysql://%s:3306/cms --username=liquibase --password={S} update" % ("cms-mysql.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG)),
        "Running migrations against mysql://cms_migrate:{S}@%s:3306/cms" % ("cms-mysql.cluster-c%s.%s.rds.amazonaws.com" % (L(11), REG)),
    ])
    P("database-password", t, s)


loop(11, _ghp)
loop(9, _ghs)
loop(10, _npm)
loop(9, _cat)
loop(9, _docker)
loop(6, _dckr)
loop(9, _tfc)
loop(11, _aws)
loop(6, _sts)
loop(9, _ssh)
loop(9, _slack)
loop(11, _db)


# ------------------------------------------------------------------ clean near-misses (30 templates x 3)
_C, _SEEN = C, set()


def C(template, **kw):
    """Clean line; a template with few variants may redraw an earlier message: that draw is skipped."""
    if template not in _SEEN:
        _SEEN.add(template)
        _C(template, **kw)


def _clean():
    C(CB() + " CODEBUILD_RESOLVED_SOURCE_VERSION=%s" % SHA())
    C("HEAD is now at %s Merge pull request #%d from pellucid-health/fix/%s" % (SHA()[:7], R.randint(100, 999), L(8)))
    C("#%d pushing manifest for %s/grid-api:%s@%s %d.%ds done" % (R.randint(10, 30), ECR, SHA()[:7], DIG(), R.randint(0, 3), R.randint(0, 9)))
    C("CODEBUILD_BUILD_ARN=arn:aws:codebuild:%s:%s:build/claims-api:%s" % (REG, ACCT, UUID()))
    C("%s   GITHUB_TOKEN: ***" % TS().replace("Z", "0000Z"))
    C("%s [command]/usr/bin/git -c http.extraheader=\"AUTHORIZATION: basic ***\" fetch --prune --no-recurse-submodules origin +%s:refs/remotes/origin/main" % (TS().replace("Z", "0000Z"), SHA()))
    C(JTS() + "\tINFO\thudson.model.Run#execute: + curl -fsS -u saltmarsh-ci:**** https://nexus.saltmarsh.internal/service/rest/v1/components?repository=releases-%s" % L(4))
    C("%s AWS_SECRET_ACCESS_KEY=**** (from Parameter Store /ci/%s/aws-secret)" % (CB(), R.choice(["deploy", "release", "drift"])))
    C("      MasterUserPassword: '{{resolve:secretsmanager:%s/%s/db:SecretString:password}}'" % (R.choice(["prod", "staging", "dev", "qa"]), R.choice(["ledger", "claims", "cms", "gradebook"])))
    C("    NPM_TOKEN: arn:aws:secretsmanager:%s:%s:secret:ci/npm-token-%s" % (REG, ACCT, A(6)))
    C("    SLACK_WEBHOOK_URL: /ci/slack/%s-webhook-%s" % (R.choice(["releases", "deploys", "alerts"]), R.choice(["prod", "staging", "dev", "sandbox"])))
    C(R.choice(["//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}", "//%s/npm/npm-internal/:_authToken=${CODEARTIFACT_AUTH_TOKEN}" % CA]) + "\n# written by %s" % R.choice(["ci/setup-npmrc.sh", "the install phase", "buildspec pre_build"]))
    C('credentials "app.terraform.io" {\n  # token comes from TF_TOKEN_app_terraform_io (set by the %s job, workspace %s)\n}' % (R.choice(["atlantis", "drift-check", "release"]), R.choice(["prod-network", "prod-eks", "staging-api", "dev-api"])))
    C("DATABASE_URL=postgres://migrator:${DB_PASSWORD}@%s:5432/ledger" % PGHOST())
    C('      "integrity": "sha512-%s==",' % B64(64)[:86])
    C('  version = "5.7%d.0"\n  hashes = [\n    "h1:%s=",\n    "zh:%s",' % (R.randint(0, 9), B64(32)[:43], H(64)))
    C("orjson==3.10.%d --hash=sha256:%s" % (R.randint(3, 7), H(64)))
    C("AWS_ACCESS_KEY_ID=%s (secret read from the instance role, not exported)" % AKID())
    C("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@%s" % (B64(32)[:43], R.choice(["quillfeather-ci", "saltmarsh-jenkins", "brackenridge-cd"])))
    C("Host key fingerprint is SHA256:%s" % B64(32)[:43])
    C('#%d %s cat /kaniko/.docker/config.json: {"credsStore":"ecr-login","credHelpers":{"%s":"ecr-login","public.ecr.aws":"ecr-login"}}' % (R.randint(3, 20), "0.%03d" % R.randint(0, 999), ECR))
    C("Looking in indexes: https://aws:****@%s/pypi/pypi-internal/simple/" % CA)
    C("Terraform Cloud: organization coldharbor, workspace %s, run run-%s (status: planned)" % (R.choice(["prod-network", "prod-eks", "staging-api"]), A(16)))
    C("Posted release note to #releases (channel C0%s, message ts %d.%s)" % (U(9), R.randint(1872288000, 1873500000), D(6)))
    C("%s SLACK_WEBHOOK_URL=https://hooks.slack.com/services/***" % TS().replace("Z", "0000Z"))
    C("postgresql://migrator@%s:5432/ledger?sslmode=verify-full (IAM auth token generated per connection)" % PGHOST())
    C("KMS key arn:aws:kms:%s:%s:key/%s used for artifact encryption" % (REG, ACCT, UUID()))
    C("Cache restored from key: Library-Linux-%s" % H(40))
    C("%d:  token = \"<%s>\"  # replace before running %s" % (R.randint(2, 40), R.choice(["TFC_TEAM_TOKEN", "YOUR_TERRAFORM_CLOUD_TOKEN", "tfc-user-token-goes-here"]), R.choice(["locally", "terraform init", "the bootstrap script", "make plan"])))
    C("Generated installation token for app 912%s, installation %d (expires 2029-05-%02dT%02d:%02d:00Z)" % (D(3), R.randint(40000000, 60000000), R.randint(2, 16), R.randint(0, 23), R.randint(0, 59)))


loop(3, _clean)
R.shuffle(ROWS)
