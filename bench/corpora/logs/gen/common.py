"""Shared helpers for the corpus generator: invented values for every variable slot.

Nothing here is copied from a real log; every id, ARN, account, IP, host, e-mail and secret
is drawn from a seeded random generator, so the corpus is reproducible byte for byte.
"""
import datetime
import json
import os
import random

R = random.Random(20261202)
UTC = datetime.timezone.utc


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HEXS(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def alnum(n, upper=False):
    pool = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789" if upper else "abcdefghijkmnopqrstuvwxyz0123456789"
    return "".join(R.choice(pool) for _ in range(n))


def rid():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{R.choice('89ab')}{hexs(3)}-{hexs(12)}"


def dt():
    return datetime.datetime(2026, R.randint(1, 11), R.randint(1, 28), R.randint(0, 23),
                             R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), tzinfo=UTC)


def iso(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def iso6(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_s(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_off(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}+00:00"


def pyts(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%d %H:%M:%S,") + f"{d.microsecond // 1000:03d}"


def spacets(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%d %H:%M:%S.") + f"{d.microsecond // 1000:03d}"


def slashts(d=None):
    d = d or dt()
    return d.strftime("%Y/%m/%d %H:%M:%S")


def clfts(d=None):
    d = d or dt()
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def epoch_ms(d=None):
    d = d or dt()
    return int(d.timestamp() * 1000)


def epoch_f(d=None):
    d = d or dt()
    return round(d.timestamp(), 6)


def any_ts():
    """A timestamp in one of several common textual forms."""
    return R.choice([iso, iso6, pyts, spacets, iso_off])()


def ip():
    return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def pubip():
    return R.choice([f"198.51.100.{R.randint(1, 254)}", f"203.0.113.{R.randint(1, 254)}",
                     f"192.0.2.{R.randint(1, 254)}",
                     f"{R.randint(30, 220)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def port():
    return R.randint(32768, 65000)


def acct():
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(11))


REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1"]


def region():
    return R.choice(REGIONS)


def ec2host():
    a, b, c = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
    return R.choice([f"ip-10-{a}-{b}-{c}.ec2.internal",
                     f"ip-10-{a}-{b}-{c}.{region()}.compute.internal",
                     hexs(12), f"ip-172-31-{b}-{c}"])


USERS = ["alice", "bob", "carol", "dmitri", "esther", "farouk", "gwen", "hiro", "ines", "jonas",
         "kemal", "lucia", "marta", "nadia", "oscar", "priya", "quentin", "rosa", "sven", "tariq"]
SURN = ["lopez", "smith", "okafor", "tanaka", "muller", "rossi", "novak", "silva", "kim", "haddad"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "corp.example.io"]


def user():
    return R.choice(USERS)


def email():
    return f"{user()}.{R.choice(SURN)}@{R.choice(DOMAINS)}"


TABLES = ["orders", "Orders", "customer-profiles", "payments", "sessions", "inventory", "audit-log",
          "tenants", "carts", "shipments", "orders-prod", "ledger-entries"]
BUCKETS = ["acme-invoices", "acme-uploads", "reports-archive", "media-ingest", "exports-staging",
           "customer-documents", "thumbnails-cache", "raw-events-landing"]
QUEUES = ["orders-queue", "email-outbox", "invoice-jobs", "webhook-deliveries", "dead-letters",
          "inventory-sync.fifo", "notifications"]
TOPICS = ["order-events", "payments.v1", "inventory-updates", "audit", "user-signups", "clickstream"]
SERVICES = ["orders", "payments", "checkout", "inventory", "notifications", "billing", "catalog", "identity"]
FUNCS = ["orders-api-prod-createOrder", "payments-webhook", "image-resizer", "invoice-generator",
         "nightly-export", "sqs-consumer", "cognito-post-confirmation", "stream-processor",
         "report-builder", "checkout-service-dev-handler"]


def table():
    return R.choice(TABLES)


def bucket():
    return R.choice(BUCKETS)


def queue():
    return R.choice(QUEUES)


def topic():
    return R.choice(TOPICS)


def service():
    return R.choice(SERVICES)


def func():
    return R.choice(FUNCS)


def fn_arn(name=None):
    return f"arn:aws:lambda:{region()}:{acct()}:function:{name or func()}"


def role_arn():
    return f"arn:aws:sts::{acct()}:assumed-role/{R.choice(FUNCS)}-role-{alnum(8)}/{R.choice(FUNCS)}"


def trace():
    return f"1-{hexs(8)}-{hexs(24)}"


def order_id():
    return R.choice([str(R.randint(1000, 999999)), "ord_" + alnum(14), rid(), f"A-{R.randint(10000, 99999)}"])


def msg_id():
    return rid()


def ln(base):
    """A line number as it moves between deploys."""
    return max(1, base + R.choice([0, 0, 0, 1, 2, 3, -1, -2, 5, 8, 11, -4, 14]))


def dur_ms(lo, hi):
    return round(R.uniform(lo, hi), 2)


def memsize():
    return R.choice([128, 256, 512, 1024, 1536, 2048, 3008, 4096])


def dbhost():
    return R.choice([f"orders-db.cluster-{alnum(12)}.{region()}.rds.amazonaws.com",
                     f"db-{R.choice(['primary', 'replica', 'main'])}.internal", ip(), "postgres",
                     f"billing.cluster-ro-{alnum(12)}.{region()}.rds.amazonaws.com"])


def cachehost():
    return R.choice([f"cache-{alnum(6)}.{alnum(6)}.0001.{region()}.cache.amazonaws.com", "redis", ip(),
                     f"sessions.{alnum(6)}.ng.0001.use1.cache.amazonaws.com"])


def hostname_web():
    return R.choice(["api.example.com", "shop.example.com", "admin.example.org", "payments.example.net",
                     "internal-api.example.io"])


def jdump(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


def nl():
    """CloudWatch events written by print/console.log usually keep their trailing newline."""
    return "\n" if R.random() < 0.7 else ""


class Fam:
    def __init__(self, name):
        self.name = name
        self.rows = []
        self.slugs = set()
        self.seen = set()

    def _fresh(self, fn):
        """Draw until the message is new in this family (constant lines would repeat verbatim)."""
        for _ in range(30):
            m = fn()
            if m not in self.seen:
                self.seen.add(m)
                return m
        return None

    def err(self, slug, fn, n=None, group=None):
        """One rendering of a problem; `group` names the problem when several renderings are one."""
        assert slug not in self.slugs, slug
        self.slugs.add(slug)
        n = n or R.randint(4, 11)
        got = 0
        for _ in range(n):
            m = self._fresh(fn)
            if m is not None:
                self.rows.append({"message": m, "error": True, "group": f"{self.name}/{group or slug}"})
                got += 1
        assert got >= 2, slug

    def ok(self, fn, n=None):
        n = n or R.randint(3, 8)
        for _ in range(n):
            m = self._fresh(fn)
            if m is not None:
                self.rows.append({"message": m, "error": False, "group": None})

    def write(self, outdir):
        R.shuffle(self.rows)
        path = os.path.join(outdir, f"{self.name}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        return path
