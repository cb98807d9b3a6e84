"""Shared helpers for the heldout14 log generator (stdlib only)."""
import json
import string
import time

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UPPER = string.ascii_uppercase + string.digits

# how many occurrences a group gets: mostly a handful, a few noisy problems repeat a lot
GROUP_SIZES = [2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 17, 21, 26]

# October 2027, UTC; the invented AWS accounts of the deployments in this round
EPOCH0 = 1822348800          # 2027-10-01T00:00:00Z
ACCT = "411274609935"        # production account (invented)
ACCT_DATA = "730051862214"   # data/analytics account (invented)
REGION = "eu-west-1"


def hexs(R, n):
    return "".join(R.choice(HEX) for _ in range(n))


def alnum(R, n):
    return "".join(R.choice(ALNUM) for _ in range(n))


def lower(R, n):
    return "".join(R.choice(LOWER) for _ in range(n))


def upper(R, n):
    return "".join(R.choice(UPPER) for _ in range(n))


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


def pick(R, seq):
    return R.choice(seq)


def jd(d):
    return json.dumps(d, separators=(",", ":"))


def epoch(R):
    """Seconds since the epoch, somewhere in 4-9 October 2027 (UTC), with milliseconds."""
    return EPOCH0 + R.randint(3, 8) * 86400 + R.randint(0, 86399) + R.randint(0, 999) / 1000.0


def iso_at(t, frac=3, z="Z", sep="T"):
    g = time.gmtime(int(t))
    s = "%04d-%02d-%02d%s%02d:%02d:%02d" % (g.tm_year, g.tm_mon, g.tm_mday, sep, g.tm_hour, g.tm_min, g.tm_sec)
    if frac:
        s += "." + ("%06d" % int(round((t - int(t)) * 1e6)))[:frac]
    return s + z


def iso(R, frac=3, z="Z"):
    return iso_at(epoch(R), frac, z)


def spc(R, frac=3):
    """'2027-10-05 13:22:01.512' (logback / log4j default)."""
    return iso_at(epoch(R), frac, "", " ")


def pyts(R):
    """'2027-10-05 13:22:01,512' (Python logging asctime)."""
    return spc(R, 3).replace(".", ",")


def build(R, fam, groups, negatives, ratio=(1.06, 1.28), errors=(122, 135)):
    """groups: list of (slug, fn(R) -> message[, max occurrences]); negatives: list of fn(R).

    Each group gets a seeded number of occurrences from GROUP_SIZES (redrawn until the family's
    total is within `errors`); non-errors are drawn round-robin from the negative templates until
    they are `ratio` times the errors. Rows are shuffled (seeded); a duplicate message is redrawn."""
    rows, seen = [], set()

    def draw(fn):
        for _ in range(200):
            m = fn(R)
            if m not in seen:
                seen.add(m)
                return m
        raise SystemExit("cannot draw a new message from %s" % fn.__name__)

    groups = [g if len(g) == 3 else (g[0], g[1], 99) for g in groups]  # optional third item: a cap
    for _ in range(20000):  # redraw the sizes until the family's error count is in range
        sizes = [min(R.choice(GROUP_SIZES), cap) for _, _, cap in groups]
        if errors[0] <= sum(sizes) <= errors[1]:
            break
    else:
        raise SystemExit("%s: no size draw within %r" % (fam, errors))
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


# ---------------------------------------------------------------- AWS Lambda (text log format)

def reqid(R):
    return uuid(R)


def lambda_report(R, rid=None, mem=None, init=False):
    rid = rid or reqid(R)
    mem = mem or pick(R, [256, 512, 1024, 2048])
    d = R.uniform(3, 2900)
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (
        rid, d, int(d) + 1, mem, R.randint(80, mem - 30))
    if init:
        s += "\tInit Duration: %.2f ms" % R.uniform(250, 2600)
    if R.random() < 0.3:
        s += "\t\nXRAY TraceId: %s\tSegmentId: %s\tSampled: true" % (xray(R), hexs(R, 16))
    return s


def lambda_start(R):
    return "START RequestId: %s Version: %s" % (reqid(R), pick(R, ["$LATEST", "31", "32", "33"]))


def lambda_end(R):
    return "END RequestId: %s" % reqid(R)


def lambda_init_start(R, runtime, arn_hash=None):
    return "INIT_START Runtime Version: %s\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (
        runtime, REGION, arn_hash or hexs(R, 64))


def xray(R):
    return "1-%s-%s" % (hexs(R, 8), hexs(R, 24))


def py_line(R, level, msg, rid=None):
    """Python runtime, text format: [LEVEL]\\t<ts>\\t<request id>\\t<message>."""
    return "[%s]\t%s\t%s\t%s" % (level, iso(R), rid or reqid(R), msg)


def py_unhandled(R, etype, emsg, frames):
    """Python runtime, text format: an unhandled exception as one event.
    frames: list of (file, line, func, code)."""
    out = ["[ERROR] %s: %s" % (etype, emsg) if emsg else "[ERROR] %s" % etype, "Traceback (most recent call last):"]
    for f, ln, fn, code in frames:
        out.append('  File "%s", line %d, in %s' % (f, ln, fn))
        out.append("    %s" % code)
    return "\n".join(out)


def node_line(R, level, msg, rid=None):
    """Node.js runtime, text format: <ts>\\t<request id>\\t<LEVEL>\\t<message>."""
    return "%s\t%s\t%s\t%s" % (iso(R), rid or reqid(R), level, msg)


def task_timed_out(R, secs):
    return "%s %s Task timed out after %.2f seconds" % (iso(R), reqid(R), secs + R.randint(1, 9) / 100.0)


def runtime_killed(R):
    return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % reqid(R)


def py_traceback(frames, last):
    """A plain Python traceback (stdlib logging exc_info) as one text block."""
    out = ["Traceback (most recent call last):"]
    for f, ln, fn, code in frames:
        out.append('  File "%s", line %d, in %s' % (f, ln, fn))
        if code:
            out.append("    %s" % code)
    out.append(last)
    return "\n".join(out)


def java_stack(exc, frames, causes=()):
    """A Java stack trace: exc line, '\\tat ...' frames, then 'Caused by:' blocks with '... N more'."""
    out = [exc] + ["\tat %s" % f for f in frames]
    for cexc, cframes, more in causes:
        out.append("Caused by: %s" % cexc)
        out += ["\tat %s" % f for f in cframes]
        if more:
            out.append("\t... %d more" % more)
    return "\n".join(out)
