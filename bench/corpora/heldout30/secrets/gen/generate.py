"""Seeded generator of bench/corpora/heldout30/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind; none is a
real credential or copied from documentation. Every secret carries an INVENT/EXAMPLE (or
Invent/Example) marker, and a secret made of several parts (a JWT's three segments) carries one in
every part; main() refuses
anything else. (heldout29's program with the seed, the month (May 2029) and the generic JWT claims changed; the CI/CD shapes (OpenSSH keys, CodeArtifact and session tokens, Slack webhooks ...) and all templates are in lines.py, new for this round.)
"""
import base64
import json
import os
import random
import string

R = random.Random("heldout30/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64A = string.ascii_letters + string.digits + "+/"
MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")


def rs(alpha, n):
    while True:  # redraw anything that would look like an AWS access key id prefix
        v = "".join(R.choice(alpha) for _ in range(n))
        if "AKIA" not in v and "ASIA" not in v:
            return v


def A(n):
    return rs(AN, n)


def L(n):
    return rs(LO, n)


def U(n):
    return rs(UP, n)


def H(n):
    return rs(HEX, n)


def D(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def B64(nbytes):
    while True:
        v = base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()
        if "AKIA" not in v and "ASIA" not in v:
            return v


def B64U(nbytes):
    return B64(nbytes).replace("+", "-").replace("/", "_").rstrip("=")


def MARK(v, word=None, lo=1):
    """Overwrite part of a random value with a visible INVENT/EXAMPLE marker, keeping its length."""
    w = word or R.choice(["INVENT", "EXAMPLE"])
    if len(v) <= len(w) + lo + 1:
        return w + v[len(w):] if len(v) >= len(w) else w
    i = R.randint(lo, len(v) - len(w) - 1)
    return v[:i] + w + v[i + len(w):]


def AI(n):
    return MARK(A(n))


def LI(n):
    return MARK(L(n))


def HI(n):
    return MARK(H(n))


def UI(n):
    return MARK(U(n))


def BI(nbytes):
    return MARK(B64(nbytes))


def BUI(nbytes):
    return MARK(B64U(nbytes))


def PW():
    return R.choice(["INVENT-", "EXAMPLE-", "Invent_", "Example."]) + A(R.randint(8, 14)) + R.choice(["!", "#", "%", "9", "$", "@"])


def UUID():
    h = H(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def UUIDI():
    u = UUID()
    w = R.choice(["INVENT", "EXAMPLE"])
    return u[:24] + w + u[24 + len(w):]


def IP():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def TS():
    return "2029-05-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(3, 12), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def JWT():
    """Three segments, each with a visible marker written over it (so none decodes cleanly)."""
    head = base64.urlsafe_b64encode(('{"alg":"RS256","kid":"%s","typ":"JWT"}' % H(16)).encode()).decode().rstrip("=")
    iat = R.randint(1872300000, 1873500000)
    body = base64.urlsafe_b64encode(json.dumps({"iss": "https://sso.pinecrest-learning.example/", "sub": UUID(), "aud": R.choice(["ci-api", "release-bot", "deploy-console"]), "iat": iat, "exp": iat + 3600, "scope": R.choice(["builds.read", "deploy.write", "artifacts.read"]), "client_id": R.choice(["jenkins", "atlantis", "codebuild"])}).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (MARK(head, lo=4), MARK(body, lo=4), BUI(32))


def PEM(label):
    body = B64(R.choice([120, 160, 190]))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[0] = MARK(lines[0])  # the marker stays inside one line of the body
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def PEMK(kind):
    """Private key PEM with a DER-shaped body (real header bytes, random key material) and a marker in line 1."""
    hdr, n, label = {
        "rsa": (bytes.fromhex("308204a40201000282010100"), 1192 - 12, "RSA PRIVATE KEY"),
        "ec": (bytes.fromhex("30770201010420"), 121 - 7, "EC PRIVATE KEY"),
        "p8ec": (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420"), 138 - 36, "PRIVATE KEY"),
        "p8rsa": (bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100"), 1218 - 38, "PRIVATE KEY"),
    }[kind]
    while True:
        body = base64.b64encode(hdr + bytes(R.randrange(256) for _ in range(n))).decode()
        if "AKIA" not in body and "ASIA" not in body:
            break
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[0] = MARK(lines[0], lo=min(len(hdr) * 4 // 3 + 1, 56))  # keep the DER header intact
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def CERT():
    """A public certificate PEM (clean): X.509 DER header shape, random body, no marker."""
    while True:
        body = base64.b64encode(bytes.fromhex("3082035930820241a003020102021400") + bytes(R.randrange(256) for _ in range(845))).decode()
        if not any(m in body for m in ("AKIA", "ASIA", "INVENT", "EXAMPLE", "Invent", "Example")):
            break
    return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


ROWS = []


def P(kind, template, secret, parts=None, **kw):
    """Planted line: template with {S} for the secret and other {fields}; parts: the secret's parts,
    each of which must carry a marker."""
    ROWS.append(("P", kind, template, secret, parts or [secret], kw))


def C(template, **kw):
    ROWS.append(("C", None, template, None, [], kw))


exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.py"), encoding="utf-8").read())


def main():
    out = []
    seen = set()
    for typ, kind, template, secret, parts, kw in ROWS:
        msg = template.replace("{S}", secret) if secret else template
        for k, v in kw.items():
            msg = msg.replace("{%s}" % k, str(v))
        for bad in ("AKIA", "ASIA"):
            if bad in msg:
                raise SystemExit("forbidden prefix in: " + msg)
        if msg in seen:
            raise SystemExit("duplicate: " + msg)
        seen.add(msg)
        if secret is not None:
            assert secret in msg, (kind, msg)
            for part in parts:
                assert part in secret, (kind, part)
                if not any(m in part for m in MARKS):
                    raise SystemExit("secret part without INVENT/EXAMPLE marker: %s %s" % (kind, part))
        elif any(m in msg for m in MARKS):
            raise SystemExit("clean line carries a marker: " + msg)
        out.append({"message": msg, "kind": kind, "secret": secret})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out))


if __name__ == "__main__":
    main()
