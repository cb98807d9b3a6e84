"""Shared helpers for the heldout20 log generator (stdlib only)."""
import json
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
EPOCH_APR1 = 1838160000  # 2028-04-01T00:00:00Z

# how many occurrences a group gets: mostly a handful, a few noisy problems repeat a lot
GROUP_SIZES = [2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 17, 21]


def hexs(R, n):
    return "".join(R.choice(HEX) for _ in range(n))


def alnum(R, n):
    return "".join(R.choice(ALNUM) for _ in range(n))


def lower(R, n):
    return "".join(R.choice(LOWER) for _ in range(n))


def digits(R, n):
    return "".join(R.choice(string.digits) for _ in range(n))


def uuid(R):
    h = hexs(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ip10(R):
    return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))


def ipdoc(R):
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 254))


def port(R):
    return R.randint(32768, 60999)


def day(R):
    return R.randint(1, 9)


def hms(R):
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ms(R):
    return "%03d" % R.randint(0, 999)


def iso(R, frac=3, z="Z"):
    base = "2028-04-%02dT%s" % (day(R), hms(R))
    if frac:
        base += "." + digits(R, frac)
    return base + z


def spc(R, frac=3):
    return iso(R, frac, "").replace("T", " ")


def pick(R, seq):
    return R.choice(seq)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def epoch(R):
    return EPOCH_APR1 + (day(R) - 1) * 86400 + R.randint(0, 86399)


def epoch_ms(R):
    return epoch(R) * 1000 + R.randint(0, 999)


def trace_id(R):
    return "1-%08x-%s" % (epoch(R), hexs(R, 24))


def build(R, fam, groups, negatives, ratio=(0.95, 1.08), errors=(100, 118)):
    """groups: list of (slug, fn(R) -> message[, cap]); negatives: list of fn(R).

    Each group gets a seeded number of occurrences from GROUP_SIZES (redrawn until the family's
    total is within `errors`); non-errors are drawn round-robin from the negative templates until
    they are `ratio` times the errors. Rows are shuffled (seeded); a duplicate message is redrawn."""
    rows, seen = [], set()

    def draw(fn):
        for _ in range(120):
            m = fn(R)
            if m not in seen:
                seen.add(m)
                return m
        raise SystemExit("cannot draw a new message from %s" % fn.__name__)

    groups = [g if len(g) == 3 else (g[0], g[1], 99) for g in groups]
    for _ in range(2000):
        sizes = [min(R.choice(GROUP_SIZES), cap) for _, _, cap in groups]
        if errors[0] <= sum(sizes) <= errors[1]:
            break
    else:
        raise SystemExit("cannot fit group sizes for %s" % fam)
    for (slug, fn, _), size in zip(groups, sizes):
        for _ in range(size):
            rows.append({"message": draw(fn), "error": True, "group": "%s/%s" % (fam, slug)})
    nerr = len(rows)
    target = int(nerr * R.uniform(*ratio))
    order = list(negatives)
    i = 0
    while len(rows) - nerr < target:
        if i % len(order) == 0:
            R.shuffle(order)
        rows.append({"message": draw(order[i % len(order)]), "error": False, "group": None})
        i += 1
    R.shuffle(rows)
    return rows


# ---------------------------------------------------------------- Lambda platform lines
def lambda_report(R, rid=None, mem=None, init=False, status=None, used=None, dur=None, xray=True):
    rid = rid or uuid(R)
    mem = mem or pick(R, [256, 512, 1024, 1769])
    d = dur if dur is not None else R.uniform(2, 2400)
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (
        rid, d, int(d) + 1, mem, used if used is not None else R.randint(80, mem - 20))
    if init:
        s += "\tInit Duration: %.2f ms" % R.uniform(280, 2600)
    if status:
        s += "\tStatus: %s" % status
        if status == "error":
            s += "\tError Type: Runtime.OutOfMemory"
    if xray and R.random() < 0.4:
        s += "\t\nXRAY TraceId: %s\tSegmentId: %s\tSampled: %s" % (trace_id(R), hexs(R, 16), pick(R, ["true", "false"]))
    return s


def lambda_start(R, version=None):
    return "START RequestId: %s Version: %s" % (uuid(R), version or pick(R, ["$LATEST", "41", "42", "43"]))


def lambda_end(R):
    return "END RequestId: %s" % uuid(R)


def init_start(R, runtime):
    return "INIT_START Runtime Version: %s\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (runtime, hexs(R, 64))


# ---------------------------------------------------------------- syslog
def sysl(R, hostname, prog, msg, pid=None):
    """Classic syslog line as the CloudWatch agent ships /var/log/messages (pid None: random, 0: none)."""
    if pid is None:
        pid = R.randint(300, 64000)
    tag = "%s[%d]" % (prog, pid) if pid else prog
    return "Apr %2d %s %s %s: %s" % (day(R), hms(R), hostname, tag, msg)


def ec2host(R):
    return "ip-%s" % ip10(R).replace(".", "-")


# ---------------------------------------------------------------- heldout19 additions
def tb(frames, last):
    """Python traceback text: frames = [(file, line, func, code)], last = 'Type: message'."""
    out = "Traceback (most recent call last):\n"
    for f, n, fn, code in frames:
        out += '  File "%s", line %d, in %s\n    %s\n' % (f, n, fn, code)
    return out + last


def jat(frames):
    return "".join("\n\tat " + f for f in frames)


def rbt(frames):
    """Ruby backtrace lines as Ruby prints them: path:line:in 'method'."""
    return ["%s:%d:in '%s'" % f for f in frames]


def ts_sp(R, frac=3, sep="."):
    """2028-04-DD HH:MM:SS<sep>fff"""
    s = "2028-04-%02d %s" % (day(R), hms(R))
    return s + sep + digits(R, frac) if frac else s


# ---------------------------------------------------------------- heldout19 additions
def plat_json(R, typ, record):
    """Lambda platform event in the JSON log format."""
    return jd({"time": iso(R), "type": typ, "record": record})


def plat_report_json(R, status="success", mem=512, err=None, init=False):
    d = R.uniform(3, 2900)
    rec = {"requestId": uuid(R), "metrics": {"durationMs": round(d, 2), "billedDurationMs": int(d) + 1,
           "memorySizeMB": mem, "maxMemoryUsedMB": R.randint(70, mem - 10)}, "status": status}
    if init:
        rec["metrics"]["initDurationMs"] = round(R.uniform(250, 2400), 2)
    if err:
        rec["errorType"] = err
    return plat_json(R, "platform.report", rec)


def pytext(R, level, msg, rid=None):
    """Python runtime text format: [LEVEL]\\tISO\\trequestId\\tmsg"""
    return "[%s]\t%s\t%s\t%s" % (level, iso(R), rid or uuid(R), msg)


def sysm(R, hostname, prog, msg, pid=None):
    return sysl(R, hostname, prog, msg, pid)


# ---------------------------------------------------------------- heldout20 additions
def pytb(frames, last):
    return tb(frames, last)


def goid(R):
    return R.randint(30, 9000)


def task_id(R):
    return hexs(R, 32)


def k8s_pod(R, name):
    return "%s-%s-%s" % (name, lower(R, 10)[:10].replace("l", "b"), lower(R, 5))
