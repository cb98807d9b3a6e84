#!/usr/bin/env python3
"""Writes secrets.jsonl: planted secrets in many syntaxes, and clean lines beside them.

Every secret is invented here, from a seeded random generator, in the *format* its issuer
documents (prefix, alphabet, length); none is copied from anywhere. Run from this directory:

    python3 generate.py > secrets.jsonl

Each output line is {"message": ..., "kind": <kind or null>, "secret": <substring or null>}:
`secret` is the exact substring of `message` that must not survive redaction.
"""

import base64
import json
import random
import string
import urllib.parse

rng = random.Random(20261202)

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
URL = ALNUM + "_-"
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"

rows = []


def s(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(options):
    return rng.choice(options)


def add(kind, message, secret):
    assert secret is None or secret in message, (kind, message, secret)
    rows.append({"message": message, "kind": kind, "secret": secret})


def ts():
    return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"


def level():
    return pick(["ERROR", "WARN", "INFO", "DEBUG", "error", "warn"])


def user():
    return pick(["svc-billing", "deploy", "ci-runner", "alice", "r.okafor", "admin", "etl_job", "m.tanaka"])


def password():
    """A human-chosen-looking password: words, digits and symbols."""
    word = pick(["Harbor", "velvet", "Quartz", "maple", "Orbit", "tundra", "Saffron", "pixel", "Lantern", "cobalt"])
    return word + pick(["!", "#", "$", "_", "@", ".", ""]) + str(rng.randint(10, 9999)) + pick(["", "x", "Zq", "!!", "%"])


def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def luhn_ok(number):
    total = 0
    for i, d in enumerate(int(c) for c in reversed(number)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def b64lines(nbytes, width=64, prefix=b""):
    raw = prefix + bytes(rng.randrange(256) for _ in range(nbytes))
    text = base64.b64encode(raw).decode()
    return [text[i:i + width] for i in range(0, len(text), width)]


# --- Vendor tokens, bare and in context -------------------------------------------------

def token_lines(kind, make, count=6):
    contexts = [
        "{ts} {lvl} config loaded: {tok}",
        "export {env}={tok}",
        "{lvl} request to upstream failed, credential {tok} rejected (401)",
        '{{"level":"{lvlj}","msg":"using credential","value":"{tok}"}}',
        "{ts} worker-3 env {env}='{tok}' set for job 4412",
        "retrying with {tok} after 3 attempts",
        "{lvl} [auth] header X-Token: {tok}",
        "{lvl} could not parse value {tok}; expected JSON",
    ]
    env = {
        "github-token": "GITHUB_TOKEN", "gitlab-token": "GITLAB_TOKEN", "slack-token": "SLACK_BOT_TOKEN",
        "stripe-key": "STRIPE_API_KEY", "google-api-key": "MAPS_API_KEY", "npm-token": "NPM_TOKEN",
        "sendgrid-key": "SENDGRID_API_KEY", "openai-key": "OPENAI_API_KEY", "anthropic-key": "ANTHROPIC_API_KEY",
        "vault-token": "VAULT_TOKEN", "pypi-token": "TWINE_PASSWORD", "docker-token": "DOCKER_PAT",
        "shopify-token": "SHOPIFY_ACCESS_TOKEN", "aws-access-key-id": "AWS_ACCESS_KEY_ID",
        "twilio-key": "TWILIO_API_KEY", "mailgun-key": "MAILGUN_KEY", "digitalocean-token": "DO_TOKEN",
        "huggingface-token": "HF_TOKEN", "databricks-token": "DATABRICKS_TOKEN", "age-secret-key": "SOPS_AGE_KEY",
        "atlassian-token": "JIRA_API_TOKEN", "doppler-token": "DOPPLER_TOKEN", "linear-key": "LINEAR_API_KEY",
        "grafana-token": "GRAFANA_TOKEN", "postman-key": "POSTMAN_API_KEY", "telegram-bot-token": "TELEGRAM_BOT_TOKEN",
        "terraform-token": "TFE_TOKEN", "jwt": "ID_TOKEN",
    }[kind]
    for context in rng.sample(contexts, count):
        tok = make()
        add(kind, context.format(ts=ts(), lvl=level(), lvlj=level().lower(), env=env, tok=tok), tok)


# Invented keys carry EXAMPLE, as AWS's documented example does, so none can pass for a real one.
token_lines("aws-access-key-id", lambda: pick(["AKIA", "ASIA"]) + "EXAMPLE" + s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 9))
token_lines("github-token", lambda: pick(["ghp_", "gho_", "ghs_", "ghu_"]) + s(ALNUM, 36))
pat = "github_pat_11" + s(UPPER + DIGITS, 20) + "_" + s(ALNUM, 59)
add("github-token", f"push rejected for token {pat} (scope missing)", pat)
token_lines("gitlab-token", lambda: "glpat-" + s(URL, 20))
token_lines("slack-token", lambda: pick(["xoxb-", "xoxp-"]) + f"{rng.randint(10**10, 10**11)}-{rng.randint(10**10, 10**11)}-" + s(ALNUM, 24))
app_token = f"xapp-1-A{s(UPPER + DIGITS, 10)}-{rng.randint(10**12, 10**13)}-{s(HEX, 64)}"
add("slack-token", f"socket mode connect with {app_token}", app_token)
token_lines("stripe-key", lambda: pick(["sk_live_", "rk_live_", "sk_test_"]) + s(ALNUM, 24))
token_lines("google-api-key", lambda: "AIza" + s(URL, 35))
token_lines("npm-token", lambda: "npm_" + s(ALNUM, 36))
token_lines("sendgrid-key", lambda: "SG." + s(URL, 22) + "." + s(URL, 43))
token_lines("openai-key", lambda: "sk-proj-" + s(URL, 48) + "T3Blbk" + s(URL, 40))
token_lines("anthropic-key", lambda: "sk-ant-api03-" + s(URL, 93) + "AA")
token_lines("vault-token", lambda: "hvs." + s(URL, 24 + rng.randint(0, 70)))
token_lines("pypi-token", lambda: "pypi-AgEIcHlwaS5vcmc" + s(URL, 60))
token_lines("docker-token", lambda: "dckr_pat_" + s(URL, 27))
token_lines("shopify-token", lambda: pick(["shpat_", "shpss_", "shpca_"]) + s(HEX, 32))
token_lines("twilio-key", lambda: "SK" + s(HEX, 32), 4)
token_lines("mailgun-key", lambda: "key-" + s(HEX, 32), 4)
token_lines("digitalocean-token", lambda: pick(["dop_v1_", "doo_v1_"]) + s(HEX, 64), 4)
token_lines("huggingface-token", lambda: "hf_" + s(LOWER + UPPER, 34), 4)
token_lines("databricks-token", lambda: "dapi" + s(HEX, 32), 4)
token_lines("age-secret-key", lambda: "AGE-SECRET-KEY-1" + s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58), 3)
token_lines("atlassian-token", lambda: "ATATT3xFfGF0" + s(URL, 170) + "=" + s(HEX.upper(), 8), 3)
token_lines("doppler-token", lambda: "dp.st." + pick(["prd", "dev"]) + "." + s(ALNUM, 43), 3)
token_lines("linear-key", lambda: "lin_api_" + s(ALNUM, 40), 3)
token_lines("grafana-token", lambda: "glsa_" + s(ALNUM, 32) + "_" + s(HEX, 8), 3)
token_lines("postman-key", lambda: "PMAK-" + s(HEX, 24) + "-" + s(HEX, 34), 3)
token_lines("telegram-bot-token", lambda: f"{rng.randint(10**8, 10**9)}:AA" + s(URL, 33), 3)
token_lines("terraform-token", lambda: s(LOWER + DIGITS, 14) + ".atlasv1." + s(URL, 67), 3)


def jwt():
    header = base64.urlsafe_b64encode(json.dumps({"alg": pick(["HS256", "RS256"]), "typ": "JWT"}).encode()).decode().rstrip("=")
    claims = {"sub": str(rng.randint(10**5, 10**9)), "iat": rng.randint(1.7e9, 1.8e9), "scope": pick(["read", "admin", "orders:write"])}
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"{header}.{payload}.{s(URL, 43)}"


token_lines("jwt", jwt)

# Slack and Discord webhooks: the whole URL is the secret.
for _ in range(6):
    # Invented workspace and channel ids say so (INVENT) and the token too (EXAMPLE), as no real
    # Slack id or token does.
    url = f"https://hooks.slack.com/services/T{s(UPPER + DIGITS, 2)}INVENT/B{s(UPPER + DIGITS, 4)}INVENT/EXAMPLE{s(ALNUM, 17)}"
    template = pick([
        "{lvl} posting alert to {u} failed: 404 no_service",
        'notifier config: {{"webhook_url": "{u}", "channel": "#ops"}}',
        "curl -X POST -H 'Content-type: application/json' --data '{{\"text\":\"deploy done\"}}' {u}",
        "{lvl} slack notifier: {u} returned 500",
        "SLACK_WEBHOOK={u}",
        "sending digest via webhook {u} (12 items)",
    ])
    add("slack-webhook", template.format(lvl=level(), u=url), url)
for _ in range(3):
    url = f"https://discord.com/api/webhooks/{rng.randint(10**17, 10**18)}/{s(URL, 68)}"
    add("discord-webhook", f"{level()} discord hook {url} rate limited (429)", url)

# --- AWS secret access keys ---------------------------------------------------------------

for template in [
    "aws_secret_access_key = {k}",
    "{lvl} boto: loaded credentials secret={k} from env",
    '{{"AccessKeyId":"AKIA{i}","SecretAccessKey":"{k}"}}',
    "AWS_SECRET_ACCESS_KEY={k} terraform plan",
    "credentials file line 3: {k}",
    "{lvl} signature mismatch for key pair AKIA{i} / {k}",
]:
    k = s(B64, 40)
    add("aws-secret-key", template.format(k=k, lvl=level(), i="EXAMPLE" + s(UPPER + "234567", 9)), k)

# --- Private keys: full blocks, headers alone, fragments ----------------------------------

for label in ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"]:
    prefix = {"OPENSSH PRIVATE KEY": b"openssh-key-v1\x00"}.get(label, b"\x30\x82\x04\xa4")
    body = b64lines(rng.randint(120, 300), 64 if label != "OPENSSH PRIVATE KEY" else 70, prefix)
    block = f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"
    add("private-key", f"{level()} failed to load key from SSM parameter: {block}", body[1])
    add("private-key", f"{ts()} {level()} unexpected content in id_file: -----BEGIN {label}-----", f"-----BEGIN {label}-----")
    add("private-key", body[2], body[2])
    add("private-key", f"{body[-1]}\n-----END {label}-----", body[-1])

for _ in range(3):
    body = b64lines(rng.randint(400, 700), 64, b"\x95\x03\xc6\x04")
    block = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(body) + f"\n={s(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----"
    add("pgp-private-key", f"gpg import from vault: {block}", body[3])
    add("pgp-private-key", f"{level()} signing key leaked into log: -----BEGIN PGP PRIVATE KEY BLOCK-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----")
    add("pgp-private-key", body[1], body[1])

for _ in range(3):
    alg = pick(["ssh-rsa", "ssh-ed25519", "ecdsa-sha2-nistp256"])
    public = b64lines(rng.randint(50, 270), 64, b"\x00\x00\x00\x0bssh-ed25519")
    private = b64lines(rng.randint(40, 600), 64)
    mac = s(HEX, 64)
    block = (f"PuTTY-User-Key-File-{pick([2, 3])}: {alg}\nEncryption: none\nComment: {user()}@build\n"
             f"Public-Lines: {len(public)}\n" + "\n".join(public) + f"\nPrivate-Lines: {len(private)}\n"
             + "\n".join(private) + f"\nPrivate-MAC: {mac}")
    add("putty-private-key", block, private[0])
    add("putty-private-key", f"{level()} pageant could not read {user()}.ppk: PuTTY-User-Key-File-{pick([2, 3])}: {alg}", f"PuTTY-User-Key-File-")
    add("putty-private-key", f"Private-MAC: {mac}", mac)

# --- Azure ----------------------------------------------------------------------------

for _ in range(5):
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    account = pick(["stlogsprod01", "contosodata", "fabrikamblob"])
    add("azure-storage-key", pick([
        f"DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key};EndpointSuffix=core.windows.net",
        f"{level()} blob client init failed, connection string 'DefaultEndpointsProtocol=https;AccountName={account};AccountKey={key}'",
        f'{{"storage": {{"account": "{account}", "AccountKey": "{key}"}}}}',
    ]), key)
for _ in range(5):
    sig = urllib.parse.quote(base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode(), safe="")
    url = f"https://{pick(['stlogs', 'backups'])}.blob.core.windows.net/c/{pick(['dump.gz', 'x.parquet'])}?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&sig={sig}"
    add("azure-sas", f"{level()} GET {url} 403 AuthorizationFailure", sig)
for _ in range(2):
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(32))).decode()
    add("azure-storage-key", f"Endpoint=sb://orders-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={key}", key)

# --- URLs with credentials -------------------------------------------------------------

for scheme in ["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "https", "ftp"]:
    pw = password()
    host = pick(["db.internal", "10.0.3.17:5432", "cache-1.prod", "mq.example.net"])
    url = f"{scheme}://{user()}:{pw}@{host}/app"
    add("url-credentials", pick([
        f"{level()} could not connect to {url}: timeout",
        f"DATABASE_URL={url}",
        f'{{"dsn": "{url}", "pool": 10}}',
    ]), pw)

# --- Passwords in key=value syntaxes ---------------------------------------------------

password_templates = [
    "{lvl} login failed password={p} user={u}",
    "connect(host=db1, user={u}, password={p})",
    '{{"username": "{u}", "password": "{p}"}}',
    "{{'user': '{u}', 'passwd': '{p}'}}",
    "DB_PASSWORD={p}",
    "spring.datasource.password={p}",
    "  password: {p}",
    "db_pass = \"{p}\"",
    "{lvl} retry with pwd={p}",
    "Password: {p}",
    "password:{p}",
    "ldap bind dn=cn={u} pass={p} failed",
    "new_password={p}&confirm_password={p}",
    "<password>{p}</password>",
    "<Password>{p}</Password> in request body",
    "config.vm.provision :shell, args: {{:password => '{p}'}}",
    ":password => \"{p}\",",
    "redis.conf: requirepass {p}",
    "smtp_password='{p}' smtp_user={u}",
    "DB_PASS={p}",
    "passphrase={p}",
    "Server=sql01;Database=orders;User Id={u};Password={p};",
    "POST /login username={u}&password={p}",
    "{lvl} auth failed for {u} (password '{p}')",
]
for template in password_templates:
    p = password()
    msg = template.format(p=p, u=user(), lvl=level())
    kind = "password-xml" if template.startswith("<") else ("password-ruby" if "=>" in template else "password")
    if "requirepass" in template:
        kind = "password-config-directive"
    add(kind, msg, p)

for template in [
    "mysql -h db.prod -u {u} -p{p} orders",
    "mysqldump -u{u} -p{p} --single-transaction app > /backup/app.sql",
    "{lvl} command failed: mysql --user={u} --password={p} -e 'select 1'",
    "pg_dumpall --username {u} --password {p}",
    "vault login -method=userpass username={u} password={p}",
    "run.sh --db-password {p} --verbose",
    "mariadb -u {u} -p'{p}' -h 10.2.0.4",
    "java -jar app.jar --spring.datasource.password={p}",
]:
    p = password()
    add("password-cli", template.format(p=p, u=user(), lvl=level()), p)

for template in [
    "curl -u {u}:{p} https://api.example.net/v1/report",
    "curl --user {u}:{p} -X POST https://ci.example.org/job/build",
    "curl -s -u '{u}:{p}' https://registry.example.com/v2/_catalog",
    "wget --user={u} --password={p} https://files.example.com/a.tgz",
]:
    p = password()
    add("curl-credentials", template.format(p=p, u=user()), p)

# Authorization headers.
for template in [
    "Authorization: Bearer {t}",
    "{lvl} upstream rejected headers {{'Authorization': 'Bearer {t}'}}",
    "authorization=\"Token {t}\"",
    "Proxy-Authorization: Basic {b}",
    "headers: {{\"Authorization\": \"Basic {b}\", \"Accept\": \"*/*\"}}",
    "{lvl} request had Authorization: 'Basic {b}'",
    "-H 'Authorization: token {t}'",
    "X-Api-Key: {t}",
    "x-api-key={t}",
    "api_key: {t}",
    "apiKey=\"{t}\"",
    "?api_key={t}&format=json",
]:
    t = s(ALNUM, rng.randint(24, 40))
    b = base64.b64encode(f"{user()}:{password()}".encode()).decode()
    msg = template.format(t=t, b=b, lvl=level())
    add("authorization-header" if "uthoriz" in template or "token " in template else "api-key", msg, b if "{b}" in template else t)

# Cookies and sessions.
for template in [
    "Cookie: session={v}; theme=dark",
    "Set-Cookie: PHPSESSID={h}; path=/; HttpOnly",
    "Set-Cookie: connect.sid=s%3A{v}.{w}; Path=/; HttpOnly; Secure",
    "{lvl} stale session=\"{v}\" for user {u}",
    "JSESSIONID={H}",
    "GET /account;jsessionid={H} HTTP/1.1",
    "cookie: _gh_sess={v}; logged_in=yes",
    "session_id: {h}",
    "sessionToken={v}",
    "{{\"sid\": \"{h}\", \"uid\": 42}}",
]:
    v, w, h, H = s(URL, 32), s(URL, 27), s(HEX, 26), s(HEX.upper(), 32)
    msg = template.format(v=v, w=w, h=h, H=H, u=user(), lvl=level())
    secret = next(x for x in (v, h, H) if x in msg)
    add("session-cookie", msg, secret)

# OAuth codes and tokens in URLs.
for template in [
    "GET /oauth/callback?code={c}&state=xyz123 200",
    "redirect to https://app.example.com/cb?code={c}",
    "GET /download?auth={c}&file=report.pdf 403",
    "https://api.example.com/v1/items?access_token={c}&page=2",
    "GET /reset?token={c} HTTP/1.1 200",
    "callback url: https://example.org/return#access_token={c}&token_type=Bearer&expires_in=3600",
    "{lvl} POST /token grant_type=refresh_token&refresh_token={c}&client_id=web",
    "GET /s3/obj?X-Amz-Signature={h}&X-Amz-Date=20261202T000000Z",
]:
    c, h = s(URL, rng.randint(20, 43)), s(HEX, 64)
    msg = template.format(c=c, h=h, lvl=level())
    add("url-query-secret", msg, c if c in msg else h)

# Client secrets and generic secrets by key.
for template in [
    "client_secret={v}",
    '"client_secret": "{v}"',
    "OAUTH_CLIENT_SECRET: {v}",
    "secret_key = '{v}'",
    "SECRET_KEY_BASE={v}",
    "webhook signing secret: {v}",
    "encryption_key={v}",
    "private_key: {v}",
    "{{\"refreshToken\":\"{v}\",\"expiresIn\":3600}}",
    "access_token={v}",
    "X-Auth-Token: {v}",
    "csrf_token={v}",
    "app.secret={v}",
    "JWT_SECRET=\"{v}\"",
]:
    v = s(URL, rng.randint(24, 48))
    add("generic-secret", template.format(v=v), v)

# --- Encoded forms ----------------------------------------------------------------------

for _ in range(6):
    p = password()
    form = urllib.parse.urlencode({"user": user(), "password": p})
    encoded_p = urllib.parse.quote_plus(p)
    msg = pick([
        f"POST /login body={urllib.parse.quote(form, safe='')}",
        f"{level()} forwarded query: next=%2Fhome%3Fpassword%3D{urllib.parse.quote(p, safe='')}",
        f"GET /api?q=%7B%22password%22%3A%22{urllib.parse.quote(p, safe='')}%22%7D",
    ])
    secret = next(x for x in (urllib.parse.quote(urllib.parse.quote(p, safe=''), safe=''), urllib.parse.quote(p, safe=''), encoded_p, p) if x in msg)
    add("percent-encoded-secret", msg, secret)
for _ in range(6):
    p = password()
    t = s(URL, 32)
    msg = pick([
        f'{{"log":"{{\\"user\\":\\"{user()}\\",\\"password\\":\\"{p}\\"}}","stream":"stderr"}}',
        f'{{"message":"token refresh: {{\\"access_token\\":\\"{t}\\",\\"token_type\\":\\"Bearer\\"}}"}}',
        f'event={{\\"apiKey\\": \\"{t}\\", \\"region\\": \\"eu-west-1\\"}}',
    ])
    add("json-escaped-secret", msg, p if p in msg else t)

# --- Passwords under non-English keys ---------------------------------------------------

for template in [
    "Passwort={p}", "Kennwort: {p}", "mot de passe : {p}", "contraseña={p}", "senha: {p}",
    "パスワード：{p}", "密码={p}", "密碼：{p}", "пароль: {p}", "비밀번호={p}", "wachtwoord={p}",
    "hasło: {p}", "lösenord={p}", "şifre: {p}", "Contraseña: {p}", "数据库密码: {p}",
]:
    p = password()
    add("password-non-english", f"{level()} {template.format(p=p)}", p)

# --- Personal data -----------------------------------------------------------------------

for template in [
    "{lvl} bounce for {e}",
    "user {e} logged in",
    "GET /unsubscribe?email={enc} 200",
    "notify: to={enc}&subject=reset",
    '{{"email":"{e}","plan":"pro"}}',
    "mail delivery to <{e}> deferred",
]:
    local = pick(["jane.doe", "k.mueller", "ops+alerts", "t_nguyen", "maria.silva"])
    e = f"{local}@{pick(['example.com', 'example.org', 'mail.example.co.uk'])}"
    enc = urllib.parse.quote(e, safe="")
    msg = template.format(e=e, enc=enc, lvl=level())
    add("email", msg, enc if enc in msg else e)
for e in ["jürgen.weiß@beispiel.de", "josé.peña@ejemplo.es", "用户@例子.公司", "ołga@przykład.pl"]:
    add("email", f"{level()} invite sent to {e}", e)

cards = []
for prefix, length in [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("4", 13), ("3528", 16), ("62", 16)]:
    cards.append(luhn_complete(prefix, length))
for i, number in enumerate(cards):
    if len(number) == 16 and i % 3 == 0:
        shown = " ".join(number[j:j + 4] for j in range(0, 16, 4))
    elif len(number) == 16 and i % 3 == 1:
        shown = "-".join(number[j:j + 4] for j in range(0, 16, 4))
    elif len(number) == 15:
        shown = f"{number[:4]} {number[4:10]} {number[10:]}"
    else:
        shown = number
    add("card", pick([
        f"{level()} payment declined card={shown}",
        f"charge failed for card number {shown} (insufficient funds)",
        f'{{"pan": "{shown}", "exp": "11/29"}}',
        f"{level()} checkout: cc {shown} amount=42.10",
    ]), shown)

for _ in range(6):
    ssn = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    add("ssn", pick([
        f"{level()} applicant ssn={ssn} failed verification",
        f"SSN: {ssn}",
        f'{{"name":"J. Roe","ssn":"{ssn}"}}',
        f"background check for {ssn} pending",
    ]), ssn)
for _ in range(8):
    number = pick([
        f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        f"{rng.randint(201, 989)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
        f"+1 {rng.randint(201, 989)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}",
        f"+44 20 {rng.randint(7000, 7999)} {rng.randint(1000, 9999)}",
        f"+49{rng.randint(1000000000, 9999999999)}",
        f"{rng.randint(201, 989)}.{rng.randint(200, 999)}.{rng.randint(1000, 9999)}",
    ])
    add("phone", pick([
        f"{level()} SMS to {number} failed: carrier unreachable",
        f"customer phone: {number}",
        f'{{"phone":"{number}","verified":false}}',
        f"callback requested at {number}",
    ]), number)

# --- Clean lines: real-looking, mentioning secrets harmlessly -----------------------------

clean = [
    "{ts} INFO token refresh succeeded for client web-app (expires_in=3600)",
    '{{"access_token_present":true,"token_type":"Bearer","expires_in":3599}}',
    "max_tokens=4096 temperature=0.2 model=gpt-large",
    "usage: prompt_tokens=1532 completion_tokens=211 total_tokens=1743",
    "tokens=5 truncated=false",
    "token_count=128 budget=4096",
    "{lvl} password_reset_requested user_id=7731",
    "secret_name=prod/orders/db rotation_enabled=true",
    "SecretId: prod/payments/stripe, VersionStage: AWSCURRENT",
    "passwordless login link sent to user 8812",
    '"password": null',
    "password_length=12 policy=strong",
    "{lvl} Invalid password for user 4471 (attempt 3 of 5)",
    "Password: must be at least 12 characters",
    "password: required",
    "token_type: Bearer",
    "auth: none",
    "{lvl} Authorization header missing on GET /v1/orders",
    "session started id=551 duration_ms=1204",
    "session_timeout=1800",
    "{lvl} KMS key alias/prod-orders not found in us-east-1",
    "cache_key=user:4412:profile ttl=300",
    "PartitionKey=order#2026-11 SortKey=item#17",
    "api key rotation scheduled for 2026-12-01",
    "{lvl} AccessDenied: User arn:aws:iam::123456789012:user/ci is not authorized to perform secretsmanager:GetSecretValue",
    "request_id=4111111111111111 status=200",
    "order 1733140800123 shipped",
    "ts=1733140800123456 event=flush",
    "trace_id=1733140800123456789 span=db",
    "{lvl} timeout after 30000 ms calling orders-service (attempt 3 of 5)",
    "GC pause 1532 ms, heap 2048 MB",
    "Processed 4111111 records in 12.3 s",
    "HTTP/1.1 200 OK content-length=18233",
    "connected to 10.0.3.17:5432 (pool=10)",
    "version 3.14.15 build 9265358979",
    "java.lang.IllegalStateException: token must not be null at com.example.auth.TokenService.refresh(TokenService.java:88)",
    "{lvl} JWT validation failed: signature expired",
    "Rotating secret for function orders-api (next rotation in 30 days)",
    "{lvl} SSL: certificate verify failed (unable to get local issuer certificate)",
    "git clone git@github.com:acme/orders.git",
    "pulled image 123456789012.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2",
    "s3://acme-logs/2026/12/02/part-00017.gz uploaded (size=67108864)",
    "user_id=8812 account_id=123456789012 region=eu-west-1",
    "Step 4/12 : RUN pip install --no-cache-dir -r requirements.txt",
    "sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 pulled",
    "commit 3e1f0a9c7b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f by deploy-bot",
    "request 38101a0b-2096-447d-96ea-a692162415ae finished in 248 ms",
    "PacketResponder 1 for block blk_38865049064139660 terminating",
    "Received connection request /10.10.34.11:45307",
    "{lvl} [main] o.s.b.w.embedded.tomcat.TomcatWebServer: Tomcat started on port(s): 8080 (http)",
    "docker run -p 8080:80 -e MODE=prod orders:latest",
    "ssh -p 2222 deploy@bastion.internal",
    "tar -xzf release.tgz -C /opt/app",
    "kubectl -n payments rollout restart deployment/api",
    "credentials provider chain: EnvironmentVariables -> SharedConfig -> IMDS",
    "Loaded credentials from profile default (expires in 59 minutes)",
    "cookie consent banner shown (variant=B)",
    "set cookie policy SameSite=Lax for /api",
    "OAuth code exchange took 182 ms",
    "exit code=137 container killed (OOM)",
    "error_code=E1042 message='quota exceeded'",
    "GET /oauth/authorize?response_type=code&client_id=web&redirect_uri=%2Fcb 302",
    "{lvl} failed to decode %7Bbad%7D as JSON",
    "path=/var/lib/app%20data/cache.db",
    '{{"msg":"user \\"bob\\" updated profile","fields":["email_verified"]}}',
    "email_verified=true marketing_opt_in=false",
    "@timestamp=2026-12-02T10:00:00Z @version=1",
    "java.lang.Object@1b6d3586 was not released",
    "npm ERR! code ERESOLVE",
    "npm install lodash@4.17.21 --save",
    "Phone verification step skipped (feature flag off)",
    "SSN field is optional for non-US applicants",
    "card_present=false, 3ds=challenge",
    "Luhn check failed for input of length 16",
    "{lvl} Parameter /prod/db/password not found",
    "vault: secret engine kv-v2 mounted at secret/",
    "secret/data/orders read by role app (lease 768h)",
    "password policy updated: min_length=14 require_symbols=true",
    "user 4471 changed their password",
    "Password changed successfully",
    "token expired at 2026-12-02T09:00:00Z, refreshing",
    "refresh_token_expires_in=7776000",
    "id_token_signing_alg=RS256",
    "key_id=3f2a9c1e kms_key_arn=arn:aws:kms:eu-west-1:123456789012:key/3f2a9c1e-0b7d-4c2e-9a51-0e7f6d5c4b3a",
    "Listening on 0.0.0.0:9090, metrics at /metrics",
    "{lvl} Too many open files (limit=1024)",
    "Deleting 1532 expired sessions",
    "sessions active=312 idle=88",
    "total secrets scanned: 412, findings: 0",
    "keyspace_hits=88412 keyspace_misses=1204",
    "monkey patching http.client for retries",
    "bypass=false dry_run=true",
    "Passage of time: 1500 ms between heartbeats",
    "compass heading 274 deg",
    "Signature verification succeeded for release 1.4.2",
    "signature_version=4 region=us-east-1",
    "SignatureMethod=HmacSHA256 SignatureVersion=2",
    "auth_method=password mfa=enabled",
    "authenticated=true roles=[reader]",
    "Authentication succeeded for principal ci-runner",
    "tokenizer loaded: vocab_size=50257",
    "detokenize took 3 ms",
    "Bearer authentication scheme registered",
    "WWW-Authenticate: Bearer realm=\"api\"",
    "OpenID configuration: token_endpoint=https://idp.example.com/oauth2/token",
    "token_url=https://login.example.com/oauth/token",
    "pwd=/home/deploy/app",
    "PWD=/opt/service",
    "mot de passe oublié : lien envoyé",
    "contraseña incorrecta para el usuario 42",
    "パスワードが間違っています",
    "密码错误，请重试",
    "Пароль неверный для пользователя 42",
    "price 1234 5678 9012 units",
    "coordinates 4111 1111 ok",
    "ISBN 978-3-16-148410-0 indexed",
    "build 2026.12.02.1533 deployed",
    "date 2026-12-02 time 10:00:01,123",
    "line 555-0100 in the fixture list",
    "dimensions 1920x1080 at 60 Hz",
    "disk /dev/nvme0n1p1 87% full",
    "uptime 123456789 seconds",
    "offset=1234567890123 partition=7",
    "{lvl} Kafka consumer lag 4111111111 on topic orders",
    "account 123456789012 assumed role ci-deploy",
    "epoch_ms=1733140800000",
    "nonce=1733140800123456",
    "x-request-id: 4012888888881881",
    "invoice INV-2026-000123 paid",
    "AKIA prefix keys are long-term access keys (docs link)",
    "ghp_ tokens are deprecated in favour of fine-grained tokens",
    "rotate any key starting with sk_live_ immediately",
    "token: refreshed",
    "secret: not found",
    "password=********",
    "password=<redacted>",
    "api_key=${{API_KEY}}",
    "DB_PASSWORD=$DB_PASSWORD",
    "password: {{{{ vault_db_password }}}}",
    "client_secret=[FILTERED]",
    "Set-Cookie header too large (8193 bytes)",
    "session_id=12",
    "tokens: 1532",
    "{lvl} The specified key does not exist. Key: reports/2026/12/02.csv",
    "Key: reports/2026/12/02.csv, Bucket: acme-reports",
    "primary key conflict on id=77",
    "ssh-keygen -t ed25519 -C deploy@build",
    "public key fingerprint SHA256:9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a",
    "Authorization: required",
    "sig=verified",
    "otp sent via sms",
    "credentials: none",
    "apiKey: null",
    "{ts} INFO Started OrdersApplication in 4.812 seconds (process running for 5.3)",
    "{lvl} connection reset by peer while reading response header from upstream",
    "Retrying request to /v1/token in 2.0 seconds",
    "POST /v1/token 200 48ms",
    "DELETE /api/sessions/current 204",
    "GET /api/users/8812/password-policy 200",
    "{lvl} rate limit exceeded for key tier=free (60 req/min)",
    "Lambda function orders-api: Duration: 152.31 ms Billed Duration: 153 ms Memory Size: 512 MB",
    "REPORT RequestId: 6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b Duration: 12.40 ms",
    "START RequestId: 6f1c2b8e-3a4d-4e5f-8a9b-0c1d2e3f4a5b Version: $LATEST",
    "Task timed out after 30.03 seconds",
    "{lvl} ThrottlingException: Rate exceeded (Service: SecretsManager; Status Code: 400)",
    "Upload complete: etag=\"9b2cf535f27731c974343645a3985328\"",
    "health check passed (latency_ms=3)",
    "worker pool resized from 8 to 16",
    "schema migration 20261202_add_password_hash_column applied",
    "column password_hash added to table users",
    "feature flag enable_token_binding=false",
    "token bucket refill rate=100/s capacity=500",
    "the secret to fast builds is caching (blog link)",
    "secret rotation lambda finished: rotated 3 secrets",
    "{lvl} could not read secret from path /run/secrets/db (permission denied)",
    "password_file=/run/secrets/db_password",
    "--password-stdin used for docker login",
    "echo $TOKEN | docker login --username ci --password-stdin ghcr.io",
    "set -o pipefail; export PATH=/usr/local/bin:$PATH",
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36",
    "Accept-Encoding: gzip, deflate, br",
    "Content-Type: application/x-www-form-urlencoded; charset=UTF-8",
    "Cache-Control: no-cache, no-store, must-revalidate",
    "X-Forwarded-For: 203.0.113.7, 10.0.0.2",
    "{lvl} upstream sent too big header while reading response header from upstream",
    "login attempt for user 4471 from 198.51.100.23 blocked",
    "user alice logged out after 32 minutes",
    "pagination cursor=eyJwYWdlIjoyfQ missing next",
    "bcrypt cost factor 12 takes 250 ms",
    "password hashing algorithm: argon2id",
    "MFA challenge issued via totp",
    "otp_length=6 otp_ttl=300",
    "verification code sent to registered device",
    "{lvl} invalid_grant: authorization code expired",
    "error=invalid_token error_description=\"The access token expired\"",
    "Keychain unlocked for build agent 7",
    "keystore /etc/app/keystore.jks loaded (3 entries)",
    "truststore type=PKCS12 entries=141",
]
for template in clean:
    add(None, template.format(ts=ts(), lvl=level()), None)

for row in rows:
    print(json.dumps(row, ensure_ascii=False))
