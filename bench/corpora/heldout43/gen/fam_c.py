"""Families: flightstatus-ibmmq93-amqerr-ec2, checkin-node20-express-winston-morgan-ecs.

kestrelway receives flight-status and airport-operations messages from partners (an aviation data hub, airport
operations systems, a codeshare partner) over IBM MQ 9.3 channels into queue manager KWFS01 on EC2; the CloudWatch agent
ships /var/mqm/qmgrs/KWFS01/errors/AMQERR01.LOG with a multi_line_start_pattern on the header date, so each message
block (header, AMQnnnnX text, EXPLANATION, ACTION, source line) is one event. The check-in / boarding-pass backend for
the mobile app and airport kiosks is Node.js 20 + Express on ECS: winston `${timestamp} ${level}: ${message}` with
error stacks, morgan's combined format written through winston at level http, and V8's fatal OOM dump on stderr."""
from common import (hexs, alnum, lower, upper, letters_up, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    mq_head_ts, clf_ts, iso)

# ---------------------------------------------------------------- flightstatus-ibmmq93-amqerr-ec2
F1 = "flightstatus-ibmmq93-amqerr-ec2"
HOST = "ip-10-44-12-%d"


def mq(R, prog, inserts, text, expl, action, src):
    head, t = mq_head_ts(R)
    p = R.randint(1200, 60000)
    lines = ["%s - Process(%d.%d) User(mqm) Program(%s)" % (head, p, R.randint(1, 400), prog),
             "                    Host(%s) Installation(Installation1)" % (HOST % R.choice([21, 22])),
             "                    VRMF(9.3.0.15) QMgr(KWFS01)",
             "                    Time(%s)" % t]
    for k, v in inserts:
        lines.append("                    %s(%s)" % (k, v))
    lines += ["                    ", text, "", "EXPLANATION:", expl.replace("%(pid)d", str(p)), "ACTION:", action,
              "----- %s --------------------------------------------------------" % src]
    return "\n".join(lines)


def e_tls(R):
    # the aviation data hub's channel certificate expired on 2030-05-12; its inbound receiver channel fails the TLS
    # handshake and no flight-status messages arrive from the hub
    ip = "10.90.4.%d" % R.choice([11, 12])
    if R.random() < 0.55:
        return mq(R, "amqrmppa", [("RemoteHost", ip), ("CommentInsert1", "AEROHUB.TO.KWFS01"), ("CommentInsert2", "%s (%s)" % (ip, ip)), ("CommentInsert3", "CN=mq.aerohub.example,O=AeroHub Data,C=SG")],
                  "AMQ9633E: Bad SSL certificate for channel 'AEROHUB.TO.KWFS01'.",
                  "The certificate 'CN=mq.aerohub.example,O=AeroHub Data,C=SG' presented by the remote end of channel 'AEROHUB.TO.KWFS01' on host '%s (%s)' did not pass validation: its validity period has ended. The channel did not start." % (ip, ip),
                  "Have the owner of the remote system renew the certificate, or check the certificate and key repository at both ends.", "amqccisa.c : 6932")
    return mq(R, "amqrmppa", [("RemoteHost", ip), ("CommentInsert1", "AEROHUB.TO.KWFS01"), ("CommentInsert2", "%s (%s)(1414)" % (ip, ip))],
              "AMQ9999E: Channel 'AEROHUB.TO.KWFS01' to host '%s (%s)' ended abnormally." % (ip, ip),
              "The channel program for channel 'AEROHUB.TO.KWFS01' (process %(pid)d) ended abnormally.",
              "Check earlier messages in the error logs for this channel to find out why it ended.", "amqrmrsa.c : 938")


def e_qfull(R):
    # FLTSTAT.INGEST has MAXDEPTH(5000) from the original sizing; during irregular operations the ingest bridge falls
    # behind, the queue fills and the receiver channels put the overflow on the dead-letter queue
    ch = pick(R, ["AEROHUB.TO.KWFS01", "ORCHID.TO.KWFS01", "APTOPS.SIN.RCVR", "APTOPS.BKK.RCVR"])
    n = R.randint(1, 60)
    return mq(R, "amqrmppa", [("ArithInsert1", "%d" % n), ("ArithInsert2", "2053"), ("CommentInsert1", ch), ("CommentInsert2", "FLTSTAT.INGEST")],
              "AMQ9544E: Messages not put to destination queue.",
              "While processing channel '%s', %d message(s) could not be put to destination queue 'FLTSTAT.INGEST' and were put to the dead-letter queue SYSTEM.DEAD.LETTER.QUEUE. The reason code was 2053 (MQRC_Q_FULL)." % (ch, n),
              "Find out why the destination queue cannot accept the messages and reprocess the messages on the dead-letter queue.", "amqrmrca.c : 4415")


def e_logfull(R):
    # the 8 GiB EBS volume for /var/mqm/log is too small for LogPrimaryFiles+LogSecondaryFiles at the new message rates
    if R.random() < 0.5:
        return mq(R, "amqzmuc0", [("CommentInsert1", "/var/mqm/log/KWFS01/active/S%07d.LOG" % R.randint(1000, 9000))],
                  "AMQ6708E: A disk full condition was encountered when formatting a new log file in location '/var/mqm/log/KWFS01/active/S%07d.LOG'." % R.randint(1000, 9000),
                  "The queue manager tried to format a new recovery log extent but the file system holding the log directory has no free space left.",
                  "Make more space available in the log file system or reduce the number of secondary log files.", "amqhlge0.c : 811")
    return mq(R, "amqzlaa0", [("CommentInsert1", "KWFS01")],
              "AMQ7463W: The log for queue manager KWFS01 is full.",
              "A log write could not be completed because the recovery log is full; the queue manager will try to free space by rolling back long-running units of work.",
              "Increase the log size or the space of the log file system, and look for applications holding units of work open.", "amqalwa0.c : %d" % R.choice([402, 417]))


def e_chlauth(R):
    # the new airport-operations subnet (10.61.0.0/16, Bangkok and Kuala Lumpur stations) was never added to the
    # CHLAUTH ADDRESSMAP for APTOPS.SVRCONN; their gate and stand updates are refused
    ip = "10.61.%d.%d" % (R.randint(0, 40), R.randint(4, 250))
    return mq(R, "amqrmppa", [("RemoteHost", ip), ("CommentInsert1", "APTOPS.SVRCONN"), ("CommentInsert2", ip)],
              "AMQ9777E: Channel was blocked",
              "The inbound channel 'APTOPS.SVRCONN' was refused from address '%s' because it matched a channel authentication record that maps the connection to USERSRC(NOACCESS)." % ip,
              "Ask the security administrator to add a channel authentication record for this address if the connection should be allowed.", "amqrcmla.c : 5221")


def e_connauth(R):
    # the ingest bridge's MQ password was rotated in Secrets Manager but the OS account fsingest on the queue manager
    # host kept the old one; CONNAUTH CHCKCLNT(REQUIRED) rejects every reconnect of the bridge
    ip = ip10(R, 44)
    return mq(R, "amqzfuma", [("CommentInsert1", "fsingest"), ("CommentInsert2", "fs-ingest-bridge")],
              "AMQ5534E: User ID 'fsingest' authentication failed",
              "The user ID and password supplied by 'fs-ingest-bridge' from %s could not be authenticated." % ip,
              "Make sure the application supplies the correct user ID and password, and check the operating system account.", "amqzfuca.c : %d" % R.choice([4486, 4501]))


def mq_negs():
    chans = ["AEROHUB.TO.KWFS01", "ORCHID.TO.KWFS01", "APTOPS.SIN.RCVR", "APTOPS.BKK.RCVR", "FSINGEST.SVRCONN", "KWFS01.TO.KWDISP01"]

    def n_start(R):
        ch = pick(R, chans)
        return mq(R, "amqrmppa", [("CommentInsert1", ch)], "AMQ9002I: Channel '%s' is starting." % ch, "Channel '%s' is starting." % ch, "None.", "amqrccca.c : %d" % R.choice([1123, 1131]))

    def n_end(R):
        ch = pick(R, chans)
        return mq(R, "amqrmppa", [("CommentInsert1", ch)], "AMQ9545I: Disconnect interval expired.", "Channel '%s' closed because no messages arrived on the transmission queue within the disconnect interval." % ch, "None.", "amqrmrsa.c : 1172")

    def n_hc(R):
        # NLB TCP health checks open and close the listener port: the classic AMQ9209E noise
        ip = "10.44.%d.%d" % (R.choice([0, 16, 32]), R.randint(4, 250))
        return mq(R, "amqrmppa", [("RemoteHost", ip), ("CommentInsert1", "%s (%s)" % (ip, ip)), ("CommentInsert2", "TCP/IP"), ("CommentInsert3", "????")],
                  "AMQ9209E: Connection to host '%s (%s)' for channel '????' closed." % (ip, ip),
                  "An error occurred receiving data from '%s (%s)' over TCP/IP. The connection was closed by the remote end before a channel name was received." % (ip, ip),
                  "If the remote end is a load-balancer health probe this can be ignored; otherwise check why the partner closed the connection.", "amqccita.c : 4562")

    def n_remote_na(R):
        # partner maintenance window; the sender channel retries and later starts
        return mq(R, "amqrmppa", [("CommentInsert1", "KWFS01.TO.KWDISP01"), ("CommentInsert2", "10.44.30.%d" % R.randint(4, 40))],
                  "AMQ9558E: The remote channel 'KWFS01.TO.KWDISP01' on host '10.44.30.%d' is not currently available." % R.randint(4, 40),
                  "The channel could not start because the remote channel was not available; the channel will retry according to its SHORTRTY/SHORTTMR settings.", "None required if the remote system is in planned maintenance; the channel retries.", "amqrfpta.c : 1347")

    def n_qm(R):
        return pick(R, [
            mq(R, "amqzxma0", [("CommentInsert1", "9.3.0.15")], "AMQ8003I: IBM MQ queue manager 'KWFS01' started using V9.3.0.15.", "IBM MQ queue manager 'KWFS01' started using V9.3.0.15.", "None.", "amqzxma0.c : %d" % R.choice([2150, 2161])),
            mq(R, "amqzxma0", [("CommentInsert1", "KWFS01")], "AMQ8004I: IBM MQ queue manager 'KWFS01' ended.", "IBM MQ queue manager 'KWFS01' ended (planned restart for patching).", "None.", "amqzxma0.c : 4012"),
            mq(R, "runmqlsr", [("CommentInsert1", "KWFS01.LISTENER")], "AMQ5026I: The listener 'KWFS01.LISTENER' has started. ProcessId(%d)." % R.randint(1000, 60000), "The listener process has started.", "None.", "amqrlsta.c : 611"),
            mq(R, "amqzxma0", [("CommentInsert1", "CHECKPOINT")], "AMQ5051I: The queue manager task '%s' has started." % pick(R, ["CHECKPOINT", "LOGGER-IO", "ERROR-LOG", "APP-SIGNAL", "EXPIRER"]), "The queue manager task has started.", "None.", "amqzxmb0.c : 1240"),
            mq(R, "runmqchi", [], "AMQ8024I: IBM MQ channel initiator started.", "The channel initiator for queue 'SYSTEM.CHANNEL.INITQ' has been started.", "None.", "amqrimna.c : 840")])

    def n_oldest(R):
        n = R.randint(1000, 9000)
        return mq(R, "amqzmuc0", [("CommentInsert1", "S%07d.LOG" % n)],
                  pick(R, ["AMQ7467I: The oldest log file required to start queue manager KWFS01 is S%07d.LOG." % n, "AMQ7468I: The oldest log file required to perform media recovery of queue manager KWFS01 is S%07d.LOG." % n]),
                  "The log file named is the oldest one the queue manager still needs; older extents can be archived.", "None.", "amqhlge0.c : 1124")

    def n_backstop(R):
        # CHLAUTH backstop refusing SYSTEM.* channels: a developer's tool probing the default channel, refused by design
        ip = ip10(R, R.choice([20, 40, 52]))
        ch = pick(R, ["SYSTEM.DEF.SVRCONN", "SYSTEM.AUTO.SVRCONN", "SYSTEM.ADMIN.SVRCONN"])
        return mq(R, "amqrmppa", [("RemoteHost", ip), ("CommentInsert1", ch), ("CommentInsert2", ip)],
                  "AMQ9777E: Channel was blocked",
                  "The inbound channel '%s' was refused from address '%s' because it matched the back-stop channel authentication record for SYSTEM.* channels." % (ch, ip),
                  "None required: SYSTEM.* channels are blocked by design.", "amqrcmla.c : 5221")

    def n_stats(R):
        return mq(R, "amqzxma0", [("ArithInsert1", "%d" % R.randint(100, 900))], "AMQ5037I: The queue manager task 'STATISTICS' has started.", "Statistics collection interval %d seconds." % R.choice([600, 900, 1800]), "None.", "amqzxmb0.c : 1240")

    def n_auth_ok_local(R):
        return mq(R, "amqzfuma", [("CommentInsert1", "mqadmin")], "AMQ8077W: Entity 'mqadmin' has insufficient authority to access object 'FLTSTAT.ARCHIVE'.",
                  "A read-only operator account tried to open queue 'FLTSTAT.ARCHIVE' for output; the request was refused (the account is read-only by design).", "None unless the user needs the access.", "amqzfubn.c : %d" % R.choice([660, 688]))

    def n_version(R):
        b = R.randint(240, 260)
        return mq(R, "amqzxma0", [], "AMQ6287I: IBM MQ V9.3.0.15 (p930-015-%d)." % b, "IBM MQ system information: Host Info: Linux 6.1.%d-amzn2023.x86_64 (MQ Linux (x86-64 platform) 64-bit), Installation: /opt/mqm (Installation1), Version: 9.3.0.15 (p930-015-%d), QMgr: KWFS01" % (R.randint(100, 160), b), "None.", "amqxeida.c : 4071")

    return [n_start, n_start, n_end, n_hc, n_hc, n_hc, n_remote_na, n_qm, n_qm, n_oldest, n_backstop, n_stats, n_auth_ok_local, n_version]


def flightstatus(R):
    return build(R, F1, [("aerohub-channel-cert-expired", e_tls), ("fltstat-ingest-maxdepth-5000", e_qfull),
                         ("mq-log-volume-full", e_logfull), ("chlauth-new-station-subnet-missing", e_chlauth),
                         ("ingest-user-password-not-synced", e_connauth)], mq_negs(), errors=(36, 50))


# ---------------------------------------------------------------- checkin-node20-express-winston-morgan-ecs
F2 = "checkin-node20-express-winston-morgan-ecs"
UA = ["KestrelwayApp/8.2.1 (iPhone; iOS 19.1)", "KestrelwayApp/8.2.0 (Android 15; Pixel 9)", "KWKiosk/5.4 (SIN-T4-K%02d)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0 Safari/537.36"]


def pnr(R):
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def wl(R, lvl, msg):
    return "%s %s: %s" % (iso(R), lvl, msg)


def ua(R):
    u = pick(R, UA)
    return u % R.randint(1, 24) if "%" in u else u


def mg(R, method, path, status, size=None):
    return wl(R, "http", "%s - - [%s] \"%s %s HTTP/1.1\" %d %s \"-\" \"%s\"" % (ip10(R, 70), clf_ts(R), method, path, status, str(size if size is not None else R.randint(20, 9000)), ua(R)))


def flt(R):
    return "KW%d" % R.randint(100, 990)


def e_pass(R):
    # the Apple Wallet Pass Type ID certificate expired; every .pkpass boarding pass fails to sign
    p = pnr(R)
    if R.random() < 0.55:
        return wl(R, "error", "pkpass generation failed pnr=%s pax=%d flight=%s: Error: pass signing failed: signer certificate \"Pass Type ID: pass.example.kestrelway.boarding\" expired 2030-05-09T23:59:59Z\n    at signManifest (/app/src/wallet/sign.js:%d:11)\n    at async buildPkpass (/app/src/wallet/pkpass.js:%d:21)\n    at async /app/src/routes/boardingpass.js:%d:18" % (p, R.randint(1, 4), flt(R), R.randint(30, 60), R.randint(70, 120), R.randint(40, 80)))
    return mg(R, "GET", "/v1/boardingpass/%s/%d.pkpass" % (p, R.randint(1, 4)), 500, R.randint(40, 80))


def e_dcs(R):
    # the departure-control provider revoked the old API key on 2030-05-14 (migration to the new key was not deployed);
    # every check-in is refused with 401
    p = pnr(R)
    if R.random() < 0.6:
        return wl(R, "error", "DCS checkin failed pnr=%s flight=%s %s: HTTP 401 Unauthorized {\"fault\":{\"faultstring\":\"Invalid ApiKey\",\"detail\":{\"errorcode\":\"oauth.v2.InvalidApiKey\"}}}" % (p, flt(R), "2030-05-%02d" % R.randint(2, 28)))
    return mg(R, "POST", "/v1/checkin", 502, R.randint(60, 120))


def e_redis(R):
    # the session ElastiCache node has maxmemory-policy noeviction and sessions without TTL since 3.14; it is full and
    # every new login / session write fails
    if R.random() < 0.55:
        return wl(R, "error", "session store write failed: ReplyError: OOM command not allowed when used memory > 'maxmemory'.\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)\n    command: { name: 'set', args: [ 'sess:%s', '[object]', 'EX', '%d' ] }" % (alnum(R, 32), R.choice([1800, 3600])))
    return mg(R, "POST", pick(R, ["/v1/session", "/v1/session/kiosk"]), 500, R.randint(40, 80))


def e_oom(R):
    # the kiosk batch endpoint renders all boarding-pass PDFs of a group booking in memory; --max-old-space-size=512
    a = R.randint(480, 511)
    return ("<--- Last few GCs --->\n\n[1:0x%s]   %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = %.3f, current mu = %.3f) allocation failure; scavenge might not succeed\n\n"
            "<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\n\n"
            " 1: 0xb8cf03 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n 2: 0xf06ac0 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]\n"
            " 3: 0xf06da7 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]") % (
        hexs(R, 12), R.randint(10000, 900000), a + R.uniform(0, 1), a + 8 + R.uniform(0, 1), a + R.uniform(-1, 0), a + 8 + R.uniform(0, 1), R.uniform(200, 900), R.uniform(0, 0.3), R.uniform(0, 0.3))


def e_apis(R):
    # the document-verification provider renamed documentNumber to document.number in v3 responses; APIS data
    # mapping throws and international check-in is blocked
    p = pnr(R)
    if R.random() < 0.55:
        return wl(R, "error", "APIS submission failed pnr=%s pax=%d: TypeError: Cannot read properties of undefined (reading 'documentNumber')\n    at mapTravelDocument (/app/src/apis/mapper.js:%d:34)\n    at Array.map (<anonymous>)\n    at submitApis (/app/src/apis/index.js:%d:29)\n    at async /app/src/routes/checkin.js:%d:5" % (p, R.randint(1, 6), R.randint(20, 40), R.randint(50, 90), R.randint(100, 160)))
    return mg(R, "POST", "/v1/checkin/%s/apis" % p, 500, R.randint(40, 80))


def checkin_negs():
    def n_ok(R):
        p = pnr(R)
        path, m, st = pick(R, [("/v1/booking/%s?lastName=%s" % (p, pick(R, ["Tan", "Lim", "Nguyen", "Santos", "Wong", "Kaur", "Smith"])), "GET", 200),
                                ("/v1/checkin", "POST", 201), ("/v1/checkin/%s/apis" % p, "POST", 204), ("/v1/boardingpass/%s/%d.pdf" % (p, R.randint(1, 4)), "GET", 200),
                                ("/v1/seatmap/%s" % flt(R), "GET", pick(R, [200, 304])), ("/v1/boardingpass/%s/%d.pkpass" % (p, R.randint(1, 4)), "GET", 304)])
        return mg(R, m, path, st)

    def n_health(R):
        return mg(R, "GET", "/healthz", 200, 15)

    def n_done(R):
        return wl(R, "info", "check-in completed pnr=%s flight=%s pax=%d seats=%s channel=%s" % (pnr(R), flt(R), R.randint(1, 4), ",".join("%d%s" % (R.randint(10, 60), pick(R, "ABCDEFGHJK")) for _ in range(R.randint(1, 3))), pick(R, ["app", "kiosk", "web"])))

    def n_window(R):
        return wl(R, "warn", "check-in not open yet pnr=%s flight=%s opens in %dh%02dm" % (pnr(R), flt(R), R.randint(1, 40), R.randint(0, 59)))

    def n_notfound(R):
        return pick(R, [wl(R, "info", "booking lookup failed pnr=%s: no booking matches last name (404)" % pnr(R)), mg(R, "GET", "/v1/booking/%s?lastName=%s" % (pnr(R), pick(R, ["Tann", "Lee", "Ng", "Santo"])), 404, 48)])

    def n_expired(R):
        return pick(R, [wl(R, "info", "session expired for device %s, client must log in again (401)" % hexs(R, 16)), mg(R, "GET", "/v1/checkin/%s/status" % pnr(R), 401, 33)])

    def n_seat_taken(R):
        return wl(R, "warn", "seat %d%s on %s no longer available (409), offering %d alternatives" % (R.randint(10, 60), pick(R, "ABCDEFGHJK"), flt(R), R.randint(2, 8)))

    def n_dcs_retry(R):
        return wl(R, "warn", "DCS call %s retry 1/3 after ECONNRESET; succeeded in %dms" % (pick(R, ["checkin", "seatmap", "boardingpass"]), R.randint(200, 1800)))

    def n_aborted(R):
        # a phone lost signal mid-upload of passport scan data
        return wl(R, "warn", "request aborted by client path=/v1/checkin/%s/apis: BadRequestError: request aborted\n    at IncomingMessage.onAborted (/app/node_modules/raw-body/index.js:245:10)\n    at IncomingMessage.emit (node:events:519:28)\n    at IncomingMessage._destroy (node:_http_incoming:224:10)" % pnr(R))

    def n_start(R):
        return pick(R, [wl(R, "info", "checkin-bff 3.%d.%d listening on :8080 (node v20.%d.0, pid 1)" % (R.randint(14, 16), R.randint(0, 9), R.randint(15, 19))),
                        wl(R, "info", "redis connected: sessions.k7w2xq.ng.0001.apse1.cache.amazonaws.com:6379 (db 0)"),
                        "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)",
                        wl(R, "info", "SIGTERM received, draining %d connections" % R.randint(0, 40))])

    def n_kiosk(R):
        return wl(R, "debug", "kiosk heartbeat %s printer=%s paper=%d%% bagtag=%s" % ("SIN-T4-K%02d" % R.randint(1, 24), pick(R, ["ok", "ok", "ok", "low-paper"]), R.randint(5, 100), pick(R, ["ok", "ok", "jam-cleared"])))

    def n_pass_ok(R):
        return wl(R, "info", "boarding pass issued pnr=%s pax=%d flight=%s seq=%03d format=%s" % (pnr(R), R.randint(1, 4), flt(R), R.randint(1, 300), pick(R, ["pdf", "pkpass", "gpay", "bcbp"])))

    def n_apis_ok(R):
        return wl(R, "info", "APIS accepted pnr=%s pax=%d status=OK errors=0" % (pnr(R), R.randint(1, 6)))

    def n_invalid(R):
        return pick(R, [wl(R, "warn", "validation failed POST /v1/checkin: \"passengers[0].dateOfBirth\" must be a valid date (400)"), mg(R, "POST", "/v1/checkin", 400, R.randint(60, 200))])

    return [n_ok, n_ok, n_ok, n_health, n_done, n_done, n_window, n_notfound, n_expired, n_seat_taken, n_dcs_retry, n_aborted, n_start, n_kiosk,
            n_pass_ok, n_apis_ok, n_invalid]


def checkin(R):
    return build(R, F2, [("wallet-pass-type-cert-expired", e_pass), ("dcs-api-key-revoked", e_dcs),
                         ("session-redis-full-noeviction", e_redis), ("kiosk-pdf-batch-heap-oom", e_oom, 6),
                         ("apis-provider-field-renamed", e_apis)], checkin_negs())


FAMILIES = {F1: flightstatus, F2: checkin}
