"""Seeded generator of bench/corpora/heldout15/secrets/secrets.jsonl (stdlib only; same bytes every run).

Every secret value is invented here from a seeded random draw in the shape of its kind; none is a
real credential or copied from documentation. Every secret carries an INVENT/EXAMPLE (or Invent/Example)
marker; main() refuses a secret without one.
"""
import base64
import json
import os
import random
import string

R = random.Random("heldout15/secrets")
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "secrets.jsonl")

AN = string.ascii_letters + string.digits
LO = string.ascii_lowercase + string.digits
UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


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


def B64(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def B64U(nbytes):
    return base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode().rstrip("=")


def PW():
    return R.choice(["INVENT-", "EXAMPLE-", "Invent_", "Example."]) + A(R.randint(8, 14)) + R.choice(["!", "#", "%", "9", "$"])


MARKS = ("INVENT", "EXAMPLE", "Invent", "Example")


def MARK(v, word=None):
    """Overwrite part of a random value with a visible INVENT/EXAMPLE marker, keeping its length."""
    w = word or R.choice(["INVENT", "EXAMPLE"])
    if len(v) <= len(w) + 2:
        return v
    i = R.randint(1, len(v) - len(w) - 1)
    return v[:i] + w + v[i + len(w):]


def AI(n):
    return MARK(A(n))


def LI(n):
    """Lower-case alphabet; the upper-case marker breaks a lower-case-only format (see README)."""
    return MARK(L(n))


def HI(n):
    """Hex alphabet; the marker breaks the hex format (see README)."""
    return MARK(H(n))


def UI(n):
    return MARK(U(n))


def BI(nbytes):
    return MARK(B64(nbytes))


def BUI(nbytes):
    return MARK(B64U(nbytes))


def UUID():
    h = H(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def UUIDI():
    """A UUID whose last group starts with the marker: no longer a UUID (see README)."""
    u = UUID()
    w = R.choice(["INVENT", "EXAMPLE"])
    return u[:24] + w + u[24 + len(w):]


def IP():
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def DOC():
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 254))


def TS():
    return "2027-11-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 6), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def JWT():
    head = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": "svc-%s" % L(6), "note": "INVENT-EXAMPLE", "iat": R.randint(1825027200, 1825545600), "jti": UUID()}).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (head, body, BUI(64))  # the signature carries the visible marker


def PEM(label):
    body = B64(R.choice([120, 160, 190]))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[0] = MARK(lines[0])  # the marker stays inside one line of the body
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


ROWS = []


def P(kind, template, secret, **kw):
    """Planted line: template with {S} for the secret and other {fields}."""
    ROWS.append(("P", kind, template, secret, kw))


def C(template, **kw):
    ROWS.append(("C", None, template, None, kw))


exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.py"), encoding="utf-8").read())


def main():
    out = []
    seen = set()
    for typ, kind, template, secret, kw in ROWS:
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
            if not any(m in secret for m in MARKS):
                raise SystemExit("secret without INVENT/EXAMPLE marker: %s %s" % (kind, secret))
        out.append({"message": msg, "kind": kind, "secret": secret})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out))


if __name__ == "__main__":
    main()
