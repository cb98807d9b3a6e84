"""Families: mail-dns-proxy, r-julia."""
from common import hexs, alnum, uuid, ip10, ipdoc, hms, iso, spc, pick, build

# ---------------------------------------------------------------- mail-dns-proxy
F3 = "mail-dns-proxy"
MON = "Dec"
USERS = ["alice", "bob", "carol", "dmitri", "erin", "farid", "grace", "hiro"]


def sysl(R, host, prog):
    return "%s %2d %s %s %s[%d]:" % (MON, R.randint(1, 4), hms(R), host, prog, R.randint(300, 65000))


def qid(R):
    return hexs(R, 11).upper()


def bind_ts(R):
    return "%02d-Dec-2026 %s.%03d" % (R.randint(1, 4), hms(R), R.randint(0, 999))


def squid_ts(R):
    return "2026/12/%02d %s" % (R.randint(1, 4), hms(R))


def ovpn_ts(R):
    return "2026-12-%02d %s us=%06d" % (R.randint(1, 4), hms(R), R.randint(0, 999999))


def g_pf_sasl_db(R):
    return "%s error: open database /etc/postfix/sasl_passwd.db: No such file or directory" % sysl(R, "mail-0%d" % R.randint(1, 3), "postfix/smtp")


def g_pf_fatal_sasl(R):
    return "%s fatal: no SASL authentication mechanisms" % sysl(R, "mail-0%d" % R.randint(1, 3), "postfix/smtpd")


def g_dc_ldap(R):
    u = pick(R, USERS)
    return "%s %2d %s mail-0%d dovecot: auth: Error: ldap(%s@example.com,%s,<%s>): Connection appears to be hanging, reconnecting" % (
        MON, R.randint(1, 4), hms(R), R.randint(1, 3), u, ip10(R), alnum(R, 16))


def g_dc_mmap(R):
    u = pick(R, USERS)
    return "%s %2d %s mail-0%d dovecot: imap(%s)<%d><%s>: Error: Mailbox INBOX: mmap(size=%d) failed with file /var/mail/vhosts/example.com/%s/dovecot.index.cache: Cannot allocate memory" % (
        MON, R.randint(1, 4), hms(R), R.randint(1, 3), u, R.randint(1000, 60000), alnum(R, 16), R.randint(10**7, 10**9), u)


def g_bind_zone(R):
    z = pick(R, ["corp.example.internal", "10.in-addr.arpa", "build.example.internal"])
    return "%s general: error: zone %s/IN: loading from master file /var/named/%s.zone failed: file not found" % (bind_ts(R), z, z)


def g_bind_xfer(R):
    z = pick(R, ["corp.example.internal", "svc.example.internal"])
    return "%s xfer-in: error: transfer of '%s/IN' from %s#53: failed while receiving responses: REFUSED" % (bind_ts(R), z, ip10(R))


def g_unbound_servfail(R):
    d = pick(R, ["api.partner-a.example.net", "cdn.example.org", "auth.example.com", "hooks.partner-b.example.net"])
    return "[%d] unbound[%d:%d] error: SERVFAIL <%s. %s IN>: all servers for this domain failed, at zone %s. upstream server timeout" % (
        R.randint(1796000000, 1796400000), R.randint(300, 9000), R.randint(0, 3), d, pick(R, ["A", "AAAA"]), d.split(".", 1)[1])


def g_squid_fatal_shm(R):
    k = R.randint(1, 4)
    t = squid_ts(R)
    return "\n".join([
        "%s kid%d| FATAL: Ipc::Mem::Segment::open failed to shm_open(/squid-cf__metadata.shm): (2) No such file or directory" % (t, k),
        "%s kid%d| Squid Cache (Version 6.%d): Terminated abnormally." % (t, k, R.randint(5, 10)),
        "CPU Usage: %d.%03d seconds = %d.%03d user + %d.%03d sys" % (R.randint(0, 2), R.randint(0, 999), 0, R.randint(0, 999), 0, R.randint(0, 999)),
        "Maximum Resident Size: %d KB" % R.randint(40000, 200000)])


def g_squid_tls(R):
    return "%s kid%d| ERROR: failure while accepting a TLS connection on conn%d local=%s:3129 remote=%s:%d FD %d flags=1: SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000418+TLS_IO_ERR=1" % (
        squid_ts(R), R.randint(1, 4), R.randint(1000, 999999), ip10(R), ip10(R), R.randint(30000, 60000), R.randint(10, 400))


def g_ovpn_tls(R):
    u = "laptop-%d" % R.randint(10, 99)
    a = ipdoc(R)
    p = R.randint(30000, 60000)
    t = ovpn_ts(R)
    return "%s %s/%s:%d TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)\n%s %s/%s:%d TLS Error: TLS handshake failed" % (
        t, u, a, p, t, u, a, p)


def g_ovpn_expired(R):
    a = ipdoc(R)
    return "%s %s:%d VERIFY ERROR: depth=0, error=certificate has expired: CN=laptop-%d, serial=%d" % (
        ovpn_ts(R), a, R.randint(30000, 60000), R.randint(10, 99), R.randint(2, 400))


def g_charon_auth(R):
    peer = pick(R, ["branch-lon", "branch-fra", "partner-acme"])
    return "%s %2d %s vpn-01 charon: %02d[IKE] received AUTHENTICATION_FAILED notify error\n%s %2d %s vpn-01 charon: %02d[IKE] <%s|%d> establishing IKE_SA failed, peer %s not authenticated" % (
        MON, d := R.randint(1, 4), t := hms(R), R.randint(1, 16), MON, d, t, R.randint(1, 16), peer, R.randint(1, 400), ipdoc(R))


G3 = [("postfix-smtp-sasl-passwd-db-missing", g_pf_sasl_db), ("postfix-smtpd-fatal-no-sasl-mechanisms", g_pf_fatal_sasl),
      ("dovecot-auth-ldap-hanging", g_dc_ldap), ("dovecot-imap-mmap-cannot-allocate", g_dc_mmap),
      ("bind-zone-load-file-not-found", g_bind_zone), ("bind-xfer-in-refused", g_bind_xfer),
      ("unbound-servfail-all-servers-failed", g_unbound_servfail), ("squid-fatal-shm-open", g_squid_fatal_shm),
      ("squid-tls-accept-failure", g_squid_tls), ("openvpn-tls-handshake-failed", g_ovpn_tls),
      ("openvpn-verify-certificate-expired", g_ovpn_expired), ("charon-authentication-failed", g_charon_auth)]

N3 = [
    lambda R: "%s %s: to=<%s@example.net>, relay=mx%d.example.net[%s]:25, delay=%.1f, delays=0.1/0/0.%d/0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK %d)" % (
        sysl(R, "mail-01", "postfix/smtp"), qid(R), pick(R, USERS), R.randint(1, 3), ipdoc(R), R.random() * 3, R.randint(1, 9), R.randint(1, 9), R.randint(1796000000, 1796400000)),
    lambda R: "%s %s: to=<%s@example.org>, relay=none, delay=%d, delays=%d/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.org[%s]:25: Connection timed out)" % (
        sysl(R, "mail-02", "postfix/smtp"), qid(R), pick(R, USERS), R.randint(30, 4000), R.randint(0, 3000), ipdoc(R)),
    lambda R: "%s connect from unknown[%s]" % (sysl(R, "mail-01", "postfix/smtpd"), ipdoc(R)),
    lambda R: "%s disconnect from app-%d.internal[%s] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5" % (sysl(R, "mail-01", "postfix/smtpd"), R.randint(1, 9), ip10(R)),
    lambda R: "%s warning: hostname host-%d.example.net does not resolve to address %s: Name or service not known" % (sysl(R, "mail-01", "postfix/smtpd"), R.randint(1, 999), ipdoc(R)),
    lambda R: "%s %s: removed" % (sysl(R, "mail-01", "postfix/qmgr"), qid(R)),
    lambda R: "%s statistics: max connection rate %d/60s for (smtp:%s) at %s %2d %s" % (sysl(R, "mail-01", "postfix/anvil"), R.randint(1, 40), ipdoc(R), MON, R.randint(1, 4), hms(R)),
    lambda R: "%s %2d %s mail-0%d dovecot: imap-login: Login: user=<%s@example.com>, method=PLAIN, rip=%s, lip=%s, mpid=%d, TLS, session=<%s>" % (
        MON, R.randint(1, 4), hms(R), R.randint(1, 3), pick(R, USERS), ipdoc(R), ip10(R), R.randint(1000, 60000), alnum(R, 16)),
    lambda R: "%s %2d %s mail-0%d dovecot: imap(%s)<%d><%s>: Disconnected: Logged out in=%d out=%d deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0" % (
        MON, R.randint(1, 4), hms(R), R.randint(1, 3), pick(R, USERS), R.randint(1000, 60000), alnum(R, 16), R.randint(100, 9000), R.randint(100, 90000)),
    lambda R: "%s %2d %s mail-0%d dovecot: auth: Warning: Event 0x%s leaked (parent=(nil)): auth-client-connection.c:%d" % (MON, R.randint(1, 4), hms(R), R.randint(1, 3), hexs(R, 12), R.randint(300, 340)),
    lambda R: "%s %2d %s mail-0%d dovecot: imap-login: Disconnected: Connection closed (auth failed, 1 attempts in %d secs): user=<%s@example.com>, method=PLAIN, rip=%s, lip=%s, TLS, session=<%s>" % (
        MON, R.randint(1, 4), hms(R), R.randint(1, 3), R.randint(2, 9), pick(R, USERS), ipdoc(R), ip10(R), alnum(R, 16)),
    lambda R: "%s client @0x7f%s %s#%d (%s.example.com): query (cache) '%s.example.com/A/IN' denied" % (
        bind_ts(R), hexs(R, 10), ipdoc(R), R.randint(1024, 65000), w := pick(R, ["www", "api", "mail"]), w),
    lambda R: "%s general: info: zone %s/IN: loaded serial %d" % (bind_ts(R), pick(R, ["corp.example.internal", "svc.example.internal"]), R.randint(2026120100, 2026120499)),
    lambda R: "%s resolver: info: resolver priming query complete: success" % bind_ts(R),
    lambda R: "%s lame-servers: info: lame server resolving 'ns%d.example.org' (in 'example.org'?): %s#53" % (bind_ts(R), R.randint(1, 4), ipdoc(R)),
    lambda R: "%s xfer-in: info: transfer of 'svc.example.internal/IN' from %s#53: Transfer completed: 1 messages, %d records, %d bytes, 0.0%d secs (0 errors)" % (bind_ts(R), ip10(R), R.randint(40, 900), R.randint(2000, 90000), R.randint(1, 9)),
    lambda R: "[%d] unbound[%d:0] info: server stats for thread %d: %d queries, %d answers from cache, %d recursions, 0 prefetch, 0 rejected by ip ratelimiting" % (
        R.randint(1796000000, 1796400000), R.randint(300, 9000), R.randint(0, 3), q := R.randint(1000, 90000), q // 2, q // 3),
    lambda R: "[%d] unbound[%d:0] notice: init module 0: validator" % (R.randint(1796000000, 1796400000), R.randint(300, 9000)),
    lambda R: "[%d] unbound[%d:0] warning: so-rcvbuf %d was not granted. Got %d. To fix: start with root permissions(linux) or sysctl bigger net.core.rmem_max(linux)" % (R.randint(1796000000, 1796400000), R.randint(300, 9000), 4194304, R.randint(200000, 420000)),
    lambda R: "%d.%03d %6d %s TCP_MISS/%d %d %s http://%s.example.com/%s - HIER_DIRECT/%s text/html" % (
        R.randint(1796000000, 1796400000), R.randint(0, 999), R.randint(2, 90000), ip10(R), pick(R, [200, 200, 503, 502]), R.randint(300, 90000), pick(R, ["GET", "POST"]), pick(R, ["api", "cdn", "status"]), alnum(R, 8), ipdoc(R)),
    lambda R: "%d.%03d %6d %s TCP_DENIED/403 %d CONNECT %s.example.net:443 - HIER_NONE/- text/html" % (R.randint(1796000000, 1796400000), R.randint(0, 999), R.randint(0, 9), ip10(R), R.randint(3000, 4000), pick(R, ["pastebin", "files", "uploads"])),
    lambda R: "%s kid%d| WARNING: Forwarding loop detected for:\nGET /%s HTTP/1.1\nHost: proxy.example.internal:3128\nVia: 1.1 proxy-%d (squid/6.%d)" % (squid_ts(R), R.randint(1, 4), alnum(R, 6), R.randint(1, 3), R.randint(5, 10)),
    lambda R: "%s kid%d| Starting Squid Cache version 6.%d for x86_64-amazon-linux-gnu..." % (squid_ts(R), R.randint(1, 4), R.randint(5, 10)),
    lambda R: "%s kid%d| Logfile: opening log stdio:/var/log/squid/access.log" % (squid_ts(R), R.randint(1, 4)),
    lambda R: "%s %s/%s:%d Peer Connection Initiated with [AF_INET]%s:%d" % (ovpn_ts(R), "laptop-%d" % R.randint(10, 99), a := ipdoc(R), p := R.randint(30000, 60000), a, p),
    lambda R: "%s Initialization Sequence Completed" % ovpn_ts(R),
    lambda R: "%s laptop-%d/%s:%d SIGUSR1[soft,ping-restart] received, client-instance restarting" % (ovpn_ts(R), R.randint(10, 99), ipdoc(R), R.randint(30000, 60000)),
    lambda R: "%s %2d %s vpn-01 charon: %02d[IKE] IKE_SA %s[%d] established between %s[vpn.example.internal]...%s[%s]" % (
        MON, R.randint(1, 4), hms(R), R.randint(1, 16), pick(R, ["branch-lon", "branch-fra"]), R.randint(1, 400), ip10(R), ipdoc(R), ipdoc(R)),
    lambda R: "%s %2d %s vpn-01 charon: %02d[IKE] retransmit %d of request with message ID %d" % (MON, R.randint(1, 4), hms(R), R.randint(1, 16), R.randint(1, 3), R.randint(0, 40)),
    lambda R: "%s %2d %s vpn-01 charon: %02d[IKE] sending DPD request" % (MON, R.randint(1, 4), hms(R), R.randint(1, 16)),
]


def fam3(R):
    return build(R, F3, G3, N3, 64)


# ---------------------------------------------------------------- r-julia
F4 = "r-julia"


def rlog(R, lvl):
    return "%s [2026-12-%02d %s]" % (lvl, R.randint(1, 4), hms(R))


def g_r_csv(R):
    d = "2026-12-%02d" % R.randint(1, 4)
    return "\n".join(['Error in file(file, "rt") : cannot open the connection', "Calls: main -> load_orders -> read.csv -> read.table -> file",
                      "In addition: Warning message:", 'In file(file, "rt") :',
                      "  cannot open file '/data/in/orders_%s_%02d.csv': No such file or directory" % (d, R.randint(0, 23)), "Execution halted"])


def g_r_if_na(R):
    return "\n".join(["Error in if (row$score > threshold) { : missing value where TRUE/FALSE needed",
                      "Calls: score_batch -> lapply -> FUN -> apply_rules",
                      "In addition: There were %d warnings (use warnings() to see them)" % R.randint(2, 60), "Execution halted"])


def g_r_mutate(R):
    col = pick(R, ["cost", "unit_cost"])
    return "\n".join(["Error in `mutate()`:", "\u2139 In argument: `margin = revenue - %s`." % col, "\u2139 In group %d: `region = \"%s\"`." % (R.randint(1, 9), pick(R, ["eu-west", "us-east", "ap-south"])),
                      "Caused by error:", "! object '%s' not found" % col, "Backtrace:", "    \u2586",
                      " 1. \u251c\u2500global build_margins(sales)", " 2. \u2502 \u2514\u2500dplyr::mutate(...)", "Execution halted"])


def g_r_curl(R):
    ms = R.randint(10000, 10099)
    return "\n".join(["Error in curl::curl_fetch_memory(url, handle = handle) : ",
                      "  Timeout was reached: [rates.example.internal] Operation timed out after %d milliseconds with 0 bytes received" % ms,
                      "Calls: fetch_rates -> <Anonymous> -> request_fetch -> request_fetch.write_memory -> <Anonymous>", "Execution halted"])


def g_r_logger_db(R):
    return "%s Failed to write %d scores to postgres: Failed to fetch row : ERROR:  duplicate key value violates unique constraint \"scores_pkey\"\nDETAIL:  Key (run_id, customer_id)=(%d, %d) already exists." % (
        rlog(R, "ERROR"), R.randint(100, 90000), R.randint(1000, 9999), R.randint(10**5, 10**7))


def g_shiny(R):
    return "Warning: Error in filter: \u2139 In argument: `region == input$region`.\nCaused by error:\n! `..1` must be of size %d or 1, not size 0.\n  %d: <Anonymous>\n  %d: signalCondition\n  %d: signal_abort\n   1: shiny::runApp" % (
        R.randint(100, 9000), R.randint(90, 120), R.randint(80, 89), R.randint(70, 79))


def jl_frames(R, frames):
    out = ["Stacktrace:"]
    for i, (fn, loc) in enumerate(frames, 1):
        out.append(" [%d] %s" % (i, fn))
        out.append("   @ %s" % loc)
    return out


def g_jl_pkg(R):
    pkg = pick(R, ["CSV", "Parquet2"])
    return "\n".join(["ERROR: LoadError: ArgumentError: Package %s not found in current path." % pkg,
                      "- Run `import Pkg; Pkg.add(\"%s\")` to install the %s package." % (pkg, pkg)] +
                     jl_frames(R, [("macro expansion", "./loading.jl:%d [inlined]" % R.randint(1770, 1780)),
                                   ("macro expansion", "./lock.jl:267 [inlined]"),
                                   ("__require(into::Module, mod::Symbol)", "Base ./loading.jl:%d" % R.randint(1750, 1760))]) +
                     ["in expression starting at /app/%s.jl:%d" % (pick(R, ["etl", "ingest"]), R.randint(2, 6))])


def g_jl_bounds(R):
    n = R.randint(50, 400)
    return "\n".join(["ERROR: LoadError: BoundsError: attempt to access %d-element Vector{Float64} at index [%d]" % (n, n + R.randint(1, 7))] +
                     jl_frames(R, [("getindex", "./essentials.jl:13 [inlined]"),
                                   ("rolling_mean(v::Vector{Float64}, w::Int64)", "Main /app/features.jl:42"),
                                   ("build_features(df::DataFrame)", "Main /app/features.jl:%d" % R.randint(70, 75))]) +
                     ["in expression starting at /app/run.jl:%d" % R.randint(10, 12)])


def g_jl_method(R):
    sku = "SKU-%05d" % R.randint(0, 99999)
    return "\n".join(["ERROR: LoadError: KeyError: key \"%s\" not found" % sku] +
                     jl_frames(R, [("getindex(h::Dict{String, Float64}, key::String)", "Base ./dict.jl:%d" % 498),
                                   ("price_for(prices::Dict{String, Float64}, sku::String)", "Main /app/pricing.jl:23"),
                                   ("iterate", "./generator.jl:47 [inlined]")]) +
                     ["in expression starting at /app/run.jl:%d" % 22])


def g_jl_upload(R):
    sh = R.randint(0, 63)
    return "\u250c Error: Failed to upload shard\n\u2502   shard = %d\n\u2502   key = \"features/2026-12-%02d/part-%05d.arrow\"\n\u2502   exception = AWS.AWSExceptions.AWSException(\"SlowDown\", \"Please reduce your request rate.\", nothing, HTTP.Exceptions.StatusError(503, \"PUT\", \"/features/part-%05d.arrow\", HTTP.Messages.Response:\n\u2502   \"\"\"\n\u2502   HTTP/1.1 503 Slow Down\n\u2502   x-amz-request-id: %s\n\u2502   \"\"\"))\n\u2514 @ Main /app/upload.jl:88" % (
        sh, R.randint(1, 4), sh, sh, hexs(R, 16).upper())


def g_jl_refresh(R):
    return "\u250c Error: Failed to refresh materialized view\n\u2502   view = \"%s\"\n\u2502   exception = LibPQ.Errors.QueryCanceled(\"ERROR:  canceling statement due to statement timeout\\n\")\n\u2502   elapsed = %d.%03d\n\u2514 @ Main /app/db.jl:%d" % (
        pick(R, ["daily_revenue_mv", "daily_revenue_mv", "customer_ltv_mv"][:1]), R.randint(60, 300), R.randint(0, 999), 131)


def g_jl_dims(R):
    a = R.randint(1000, 90000)
    return "\n".join(["ERROR: LoadError: DimensionMismatch: arrays could not be broadcast to a common size: a has axes Base.OneTo(%d) and b has axes Base.OneTo(%d)" % (a, a - R.randint(1, 40))] +
                     jl_frames(R, [("_bcs1", "./broadcast.jl:555 [inlined]"),
                                   ("_bcs", "./broadcast.jl:549 [inlined]"),
                                   ("residuals(y::Vector{Float64}, yhat::Vector{Float64})", "Main /app/model.jl:%d" % 64)]) +
                     ["in expression starting at /app/train.jl:%d" % 15])


G4 = [("r-read-csv-cannot-open", g_r_csv), ("r-if-missing-value-apply-rules", g_r_if_na),
      ("r-dplyr-mutate-object-not-found", g_r_mutate), ("r-curl-timeout-rates", g_r_curl),
      ("r-logger-scores-duplicate-key", g_r_logger_db), ("shiny-error-in-filter-region", g_shiny),
      ("julia-package-not-found", g_jl_pkg), ("julia-boundserror-rolling-mean", g_jl_bounds),
      ("julia-keyerror-price-lookup", g_jl_method), ("julia-error-upload-shard", g_jl_upload),
      ("julia-error-refresh-view", g_jl_refresh), ("julia-dimension-mismatch-residuals", g_jl_dims)]

N4 = [
    lambda R: "%s Loaded %d orders from s3://example-data/orders/2026-12-%02d/" % (rlog(R, "INFO"), R.randint(1000, 900000), R.randint(1, 4)),
    lambda R: "%s Scoring finished: %d customers, 0 errors, %d warnings" % (rlog(R, "INFO"), R.randint(1000, 90000), R.randint(0, 3)),
    lambda R: "%s Retrying after error: HTTP 503 from rates.example.internal (attempt %d/5)" % (rlog(R, "WARN"), R.randint(1, 4)),
    lambda R: "%s rates fetched after %d retries; error_rate=0.0" % (rlog(R, "INFO"), R.randint(1, 3)),
    lambda R: "%s query took %d ms: SELECT count(*) FROM scores WHERE run_id = %d" % (rlog(R, "DEBUG"), R.randint(2, 900), R.randint(1000, 9999)),
    lambda R: "Loading required package: %s" % pick(R, ["DBI", "dplyr", "data.table", "httr2", "jsonlite", "lubridate", "purrr", "readr"]),
    lambda R: "\nAttaching package: \u2018%s\u2019\n\nThe following objects are masked from \u2018package:%s\u2019:\n\n    %s\n" % pick(R, [("dplyr", "stats", "filter, lag"), ("dplyr", "base", "intersect, setdiff, setequal, union"), ("lubridate", "base", "date, intersect, setdiff, union"), ("purrr", "jsonlite", "flatten"), ("data.table", "dplyr", "between, first, last")]),
    lambda R: "Warning message:\nIn mean.default(batch$%s) : argument is not numeric or logical: returning NA" % pick(R, ["discount", "tax", "fee", "weight", "margin"]) + "",
    lambda R: "There were %d warnings (use warnings() to see them)" % R.randint(2, 50),
    lambda R: "[1] \"processed %d rows, 0 errors\"" % R.randint(1000, 900000),
    lambda R: "Listening on http://127.0.0.1:%d" % R.randint(3000, 7999),
    lambda R: "Warning in sqrt(%s) : NaNs produced" % pick(R, ["variance", "x$spread", "resid_var", "d2"]),
    lambda R: "Warning message:\npackage \u2018%s\u2019 was built under R version 4.4.%d" % (pick(R, ["arrow", "DBI", "RPostgres", "httr2", "shiny"]), R.randint(1, 3)),
    lambda R: "[ Info: Loaded %d rows from features/2026-12-%02d" % (R.randint(1000, 900000), R.randint(1, 4)),
    lambda R: "[ Info: retrying after error (attempt %d/3): HTTP.Exceptions.ConnectError; succeeded" % R.randint(1, 2) + " shard=%d" % R.randint(0, 63),
    lambda R: "\u250c Warning: Column `discount` has %d missing values; filling with 0.0\n\u2514 @ Main /app/clean.jl:%d" % (R.randint(1, 900), R.randint(30, 40)),
    lambda R: "\u250c Debug: upload ok\n\u2502   shard = %d\n\u2502   bytes = %d\n\u2502   errors = 0\n\u2514 @ Main /app/upload.jl:91" % (R.randint(0, 63), R.randint(10**5, 10**8)),
    lambda R: "  Activating project at `/app`\nPrecompiling project...\n  %d dependencies successfully precompiled in %d seconds. %d already precompiled." % (R.randint(5, 60), R.randint(10, 200), R.randint(10, 200)),
    lambda R: "\u250c Info: run complete\n\u2502   rows = %d\n\u2502   failed_rows = 0\n\u2502   elapsed = %d.%03d\n\u2514 @ Main /app/run.jl:%d" % (R.randint(1000, 900000), R.randint(10, 900), R.randint(0, 999), R.randint(50, 60)),
    lambda R: "  %d.%06d seconds (%d.%02d M allocations: %d.%03d GiB, %d.%02d%% gc time)" % (R.randint(1, 300), R.randint(0, 999999), R.randint(1, 900), R.randint(0, 99), R.randint(1, 30), R.randint(0, 999), R.randint(0, 40), R.randint(0, 99)),
    lambda R: "%s Model AUC=0.%03d on holdout (n=%d); failures: none" % (rlog(R, "SUCCESS"), R.randint(700, 950), R.randint(1000, 90000)),
]


def fam4(R):
    return build(R, F4, G4, N4, 62)


FAMILIES = {F3: fam3, F4: fam4}
