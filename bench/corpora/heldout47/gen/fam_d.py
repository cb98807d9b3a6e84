"""Families: esim-provisioning-go122-zap-es2plus-ecs, cdr-mediation-node20-lambda-s3-batches.

corvaline's eSIM provisioning API ("simforge") is a Go 1.22 service on ECS Fargate: it takes orders from the
self-care app, calls the SM-DP+ vendor's GSMA ES2+ interface (DownloadOrder / ConfirmOrder, mutual TLS), stores
orders in Aurora PostgreSQL (pgx) and queues HSS/HLR provisioning messages on SQS (AWS SDK for Go v2). It logs with
zap's production JSON encoder (`{"level":"error","ts":1914…,"caller":"es2plus/client.go:118","msg":"…",…}`); a Go
panic is written to stderr as plain text and, with the awslogs multi-line pattern `^(\\{|panic:)`, the goroutine
dump stays in the panic's event. CDR mediation is a Node.js 20 Lambda triggered by S3 for every CDR file the
MSCs, PGWs and SMSCs drop (ASN.1 BER and CSV); it writes the Lambda Node runtime's text format
(`2030-09-06T13:04:11.123Z\t<request id>\tINFO\t…`) plus the platform's START/END/REPORT/INIT_START lines."""
import json

from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    zap_ts, iso_z, epoch)

# ---------------------------------------------------------------- esim-provisioning-go122-zap-es2plus-ecs
E1 = "esim-provisioning-go122-zap-es2plus-ecs"


def zl(R, level, caller, msg, **kw):
    d = {"level": level, "ts": float(zap_ts(R)), "caller": caller, "msg": msg}
    d.update(kw)
    return json.dumps(d, separators=(",", ":"))


def iccid(R):
    return "8901%s%s" % (pick(R, ["260", "410"]), digits(R, 12))


def eid(R):
    return "8904%s" % digits(R, 28)


def oid(R):
    return "ord_%s" % alnum(R, 14)


def e_mtls(R):
    # the client certificate presented to the SM-DP+ for ES2+ expired on 2030-09-04; renewal was stuck in the
    # private CA workflow: every DownloadOrder fails during the TLS handshake
    t = R.random()
    if t < 0.6:
        return zl(R, "error", "es2plus/client.go:%d" % R.randint(140, 150), "es2plus call failed", fn=pick(R, ["downloadOrder", "confirmOrder", "cancelOrder"]), order=oid(R), attempt=R.randint(1, 3),
                  error="Post \"https://rsp.smdp-vendor.example/gsma/rsp2/es2plus/%s\": remote error: tls: expired certificate" % pick(R, ["downloadOrder", "confirmOrder"]))
    return zl(R, "error", "orders/service.go:%d" % R.randint(210, 220), "order failed", order=oid(R), eid=eid(R), status="FAILED", reason="smdp unreachable after 3 attempts: remote error: tls: expired certificate")


def e_pool(R):
    # the profile type "CVL-5G-B" on the SM-DP+ ran out of pre-generated profiles (the top-up order to the card
    # vendor was never placed): DownloadOrder answers 8.2.5 / 3.7 and new eSIM activations stop
    t = R.random()
    if t < 0.6:
        return zl(R, "error", "es2plus/client.go:%d" % R.randint(170, 180), "es2plus function failed", fn="downloadOrder", order=oid(R), profileType="CVL-5G-B",
                  status="Failed", subjectCode="8.2.5", reasonCode="3.7", message="Profile Type - Unavailable")
    return zl(R, "warn", "orders/service.go:%d" % R.randint(230, 240), "activation blocked: no profiles available", profileType="CVL-5G-B", order=oid(R), pending=R.randint(10, 3000))


def e_panic(R):
    # the SM-DP+ started sending ES2+ HandleDownloadProgressInfo notifications without eUICCInfo2 for
    # "BPP download" events; the handler dereferences it and the task crashes
    gid = R.randint(100, 99999)
    return "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]\n\ngoroutine %d [running]:\ngithub.com/corvaline/simforge/internal/es2plus.(*NotifyHandler).handleProgress(0xc000%s, 0xc00%s)\n\t/src/internal/es2plus/notify.go:%d +0x%x\ngithub.com/corvaline/simforge/internal/es2plus.(*NotifyHandler).ServeHTTP(0xc000%s, {0x%x, 0xc000%s}, 0xc000%s)\n\t/src/internal/es2plus/notify.go:61 +0x1c5\nnet/http.serverHandler.ServeHTTP({0xc000%s}, {0x%x, 0xc000%s}, 0xc000%s)\n\t/usr/local/go/src/net/http/server.go:3137 +0x8e\nnet/http.(*conn).serve(0xc000%s, {0x%x, 0xc000%s})\n\t/usr/local/go/src/net/http/server.go:2039 +0x5e8\ncreated by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3285 +0x4b4" % (
        R.choice([0x28, 0x30, 0x48]), R.randint(0x6a0000, 0x6affff), gid, hexs(R, 6), hexs(R, 7), 142, R.randint(0x40, 0x2ff), hexs(R, 6), R.randint(0xa00000, 0xafffff), hexs(R, 6), hexs(R, 6), hexs(R, 6), R.randint(0xa00000, 0xafffff), hexs(R, 6), hexs(R, 6), hexs(R, 6), R.randint(0xa00000, 0xafffff), hexs(R, 6))


def e_db(R):
    # the pgx pool max was raised to 50 per task while the service scaled to 12 tasks on a db.r6g.large writer
    # (max_connections ~ 500 with reserved slots): order writes fail at peak
    t = R.random()
    if t < 0.65:
        return zl(R, "error", "store/orders.go:%d" % R.randint(80, 95), "order insert failed", order=oid(R),
                  error="failed to connect to `user=simforge database=simforge`: 10.50.%d.%d:5432 (simforge-db.cluster-c%s.%s.rds.amazonaws.com): server error: FATAL: remaining connection slots are reserved for roles with the SUPERUSER attribute (SQLSTATE 53300)" % (R.randint(10, 12), R.randint(4, 250), lower(R, 11), REGION))
    return zl(R, "error", "httpapi/middleware.go:%d" % R.randint(50, 60), "request", method="POST", path="/v1/esim/orders", status=500, duration_ms=R.randint(30, 900), request_id=uuid(R), error="store unavailable (SQLSTATE 53300)")


def e_sqs(R):
    # the provisioning queue was re-encrypted with a customer managed key whose key policy does not grant the
    # task role: HSS/HLR provisioning messages are never sent, activated eSIMs have no service
    t = R.random()
    if t < 0.6:
        return zl(R, "error", "provision/publisher.go:%d" % R.randint(60, 70), "enqueue hss provisioning failed", iccid=iccid(R), order=oid(R),
                  error="operation error SQS: SendMessage, https response error StatusCode: 400, RequestID: %s, KmsAccessDenied: The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access." % uuid(R))
    return zl(R, "error", "orders/service.go:%d" % R.randint(300, 310), "order stuck in ACTIVATING: provisioning message not queued", order=oid(R), iccid=iccid(R), age_min=R.randint(5, 600))


def esim_negs():
    def n_req(R):
        return zl(R, "info", "httpapi/middleware.go:%d" % R.randint(50, 60), "request", method=pick(R, ["GET", "POST"]), path=pick(R, ["/v1/esim/orders", "/v1/esim/orders/%s" % oid(R), "/v1/esim/profiles/%s" % iccid(R), "/healthz"]), status=pick(R, [200, 201, 200, 304]), duration_ms=R.randint(1, 400), request_id=uuid(R))

    def n_4xx(R):
        return zl(R, "info", "httpapi/middleware.go:%d" % R.randint(50, 60), "request", method="POST", path="/v1/esim/orders", status=pick(R, [400, 404, 409, 422]), duration_ms=R.randint(1, 40), request_id=uuid(R), error=pick(R, ["invalid EID checksum", "order already exists", "msisdn not eligible for eSIM", "unknown plan code"]))

    def n_dl(R):
        return zl(R, "info", "es2plus/client.go:%d" % R.randint(120, 130), "es2plus function executed", fn=pick(R, ["downloadOrder", "confirmOrder"]), order=oid(R), iccid=iccid(R), status="Executed-Success", duration_ms=R.randint(80, 900))

    def n_notify(R):
        return zl(R, "info", "es2plus/notify.go:%d" % R.randint(90, 100), "download progress", iccid=iccid(R), eid=eid(R), event=pick(R, ["eligibility-check", "confirmation", "bpp-download", "bpp-installation"]), result="success")

    def n_install_fail(R):
        return zl(R, "warn", "es2plus/notify.go:%d" % R.randint(100, 110), "profile installation failed on device", iccid=iccid(R), event="bpp-installation", subjectCode="8.2.%d" % R.randint(1, 2), reasonCode=pick(R, ["4.8", "6.1"]), hint="user retried or device storage full; customer notified")

    def n_cc(R):
        return zl(R, "warn", "orders/service.go:%d" % R.randint(250, 260), "confirmation code mismatch", order=oid(R), attempts=R.randint(1, 4))

    def n_retry(R):
        return zl(R, "warn", "es2plus/client.go:%d" % R.randint(150, 160), "es2plus call retrying", fn="downloadOrder", order=oid(R), attempt=2, error="503 Service Unavailable", next="succeeded on attempt 2")

    def n_start(R):
        return zl(R, "info", "cmd/simforge/main.go:%d" % R.randint(40, 90), pick(R, ["starting simforge", "listening", "config loaded", "db pool ready", "es2plus client ready"]), version="1.%d.%d" % (R.randint(14, 16), R.randint(0, 9)), addr=":8080", **({"cert_not_after": "2030-%02d-%02dT00:00:00Z" % (R.randint(10, 12), R.randint(1, 28))} if R.random() < 0.3 else {}))

    def n_enq(R):
        return zl(R, "info", "provision/publisher.go:%d" % R.randint(50, 58), "hss provisioning queued", iccid=iccid(R), imsi="3119%s%s" % (pick(R, ["20", "21"]), digits(R, 9)), message_id=uuid(R))

    def n_active(R):
        return zl(R, "info", "orders/service.go:%d" % R.randint(320, 330), "order completed", order=oid(R), iccid=iccid(R), status="ACTIVE", error=None)

    def n_idem(R):
        return zl(R, "info", "orders/service.go:%d" % R.randint(120, 130), "idempotent replay", order=oid(R), idempotency_key=hexs(R, 32), status=200)

    def n_cancel(R):
        return zl(R, "info", "orders/service.go:%d" % R.randint(400, 410), "order cancelled by customer", order=oid(R), es2plus_cancel="Executed-Success")

    def n_debug(R):
        return zl(R, "debug", "es2plus/client.go:%d" % R.randint(100, 110), "es2plus request", fn="downloadOrder", functionRequesterIdentifier="corvaline", functionCallIdentifier=uuid(R), profileType=pick(R, ["CVL-5G-A", "CVL-5G-B", "CVL-IOT"]))

    def n_pool(R):
        return zl(R, "info", "orders/inventory.go:%d" % R.randint(40, 50), "profile inventory", profileType=pick(R, ["CVL-5G-A", "CVL-IOT"]), available=R.randint(5000, 90000), low_watermark=2000)

    def n_cancelctx(R):
        return zl(R, "info", "httpapi/middleware.go:%d" % R.randint(50, 60), "request", method="GET", path="/v1/esim/orders/%s/qr" % oid(R), status=499, duration_ms=R.randint(100, 3000), request_id=uuid(R), error="context canceled")

    return [n_req, n_4xx, n_dl, n_notify, n_install_fail, n_cc, n_retry, n_start, n_enq, n_active, n_idem, n_cancel,
            n_debug, n_pool, n_cancelctx]


def esim(R):
    groups = [("smdp-es2plus-client-cert-expired", e_mtls), ("profile-type-cvl-5g-b-pool-exhausted", e_pool),
              ("notify-handler-nil-euiccinfo2-panic", e_panic), ("pgx-pool-50-x-12-tasks-connection-slots", e_db),
              ("provisioning-queue-cmk-policy-denies-task-role", e_sqs)]
    return build(R, E1, groups, esim_negs())


# ---------------------------------------------------------------- cdr-mediation-node20-lambda-s3-batches
C1 = "cdr-mediation-node20-lambda-s3-batches"


def nl(R, lvl, msg, rid=None):
    return "%s\t%s\t%s\t%s" % (iso_z(R), rid or uuid(R), lvl, msg)


def cdrfile(R, src=None):
    s = src or pick(R, ["msc-01", "msc-02", "pgw-01", "pgw-02", "smsc-01"])
    ext = "csv" if s.startswith("smsc") else "ber"
    return "s3://corvaline-cdr-landing-%s/%s/2030/09/%02d/%s_%s_%05d.%s" % (REGION, s, R.randint(2, 28), s.upper().replace("-", ""), "203009%02d%02d%02d" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59)), R.randint(0, 99999), ext)


def c_asn1(R):
    # msc-02 was upgraded to the vendor's R23 CDR release, which adds context tags the decoder schema does not
    # know: the decoder rejects whole files and voice calls from that switch are not rated
    t = R.random()
    tag = pick(R, [47, 48, 52])
    if t < 0.6:
        return nl(R, "ERROR", "file rejected %s: RangeError: unknown context tag [%d] in MSCRecord at offset %d (schema msc-r21)\n    at Decoder.readTag (/var/task/lib/ber.js:%d:13)\n    at decodeRecord (/var/task/lib/msc.js:%d:21)\n    at Object.parseFile (/var/task/lib/msc.js:%d:9)" % (cdrfile(R, "msc-02"), tag, R.randint(100, 900000), R.randint(110, 120), R.randint(60, 70), R.randint(200, 210)))
    return nl(R, "WARN", "moved %s to quarantine/ (%d records not rated, reason: decode error)" % (cdrfile(R, "msc-02"), R.randint(200, 9000)))


def c_timeout(R):
    # PGW files grew to 1.5-2 GB after per-flow CDRs were enabled; the function (900 s max) cannot finish them
    rid = uuid(R)
    t = R.random()
    if t < 0.5:
        return "%s %s Task timed out after 900.00 seconds" % (iso_z(R), rid)
    return "REPORT RequestId: %s\tDuration: 900000.00 ms\tBilled Duration: 900000 ms\tMemory Size: 3008 MB\tMax Memory Used: %d MB\tStatus: timeout" % (rid, R.randint(1200, 2900))


def c_ddb(R):
    # the dedup table was renamed cdr-dedup-v2 by the CDK refactor but the function's env var still names
    # cdr-dedup: every batch fails before writing
    rid = uuid(R)
    t = R.random()
    if t < 0.6:
        return nl(R, "ERROR", "Invoke Error \t%s" % jd({"errorType": "ResourceNotFoundException", "errorMessage": "Requested resource not found", "name": "ResourceNotFoundException", "$fault": "client", "$metadata": {"httpStatusCode": 400, "requestId": upper(R, 52), "attempts": 1, "totalRetryDelay": 0}, "__type": "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "stack": ["ResourceNotFoundException: Requested resource not found", "    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)", "    at async dedupBatch (/var/task/lib/dedup.js:41:17)"]}), rid)
    return nl(R, "ERROR", "batch of %d records from %s failed: dedup table cdr-dedup unavailable (ResourceNotFoundException)" % (R.randint(500, 20000), cdrfile(R)), rid)


def c_oom(R):
    # SMSC CSV files are read whole with readFileSync and split in memory; after the A2P campaign they exceed
    # what the 1024 MB function can hold
    rid = uuid(R)
    t = R.random()
    if t < 0.45:
        return "<--- Last few GCs --->\n\n[8:0x%s]    %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = 0.%03d, current mu = 0.%03d) allocation failure; scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" % (hexs(R, 8), R.randint(20000, 90000), R.uniform(1000, 1020), R.uniform(1020, 1040), R.uniform(1000, 1020), R.uniform(1020, 1040), R.uniform(400, 900), R.randint(50, 300), R.randint(10, 90))
    if t < 0.75:
        d = R.uniform(20000, 90000)
        return "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 1024 MB\tMax Memory Used: 1024 MB\tStatus: error\tError Type: Runtime.OutOfMemory" % (rid, d, int(d) + 1)
    return nl(R, "ERROR", "Invoke Error \t%s" % jd({"errorType": "Runtime.OutOfMemory", "errorMessage": "RequestId: %s Error: Runtime exited with error: signal: killed" % rid}), rid)


def c_dns(R):
    # the rating API moved to a new VPC endpoint service and its private hosted zone record was deleted with the
    # old stack: every rating call fails with ENOTFOUND and files are retried into the DLQ
    rid = uuid(R)
    t = R.random()
    if t < 0.6:
        return nl(R, "ERROR", "rating call failed for %s: Error: getaddrinfo ENOTFOUND rating.int.%s\n    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26) {\n  errno: -3008,\n  code: 'ENOTFOUND',\n  syscall: 'getaddrinfo',\n  hostname: 'rating.int.%s'\n}" % (cdrfile(R), DOMAIN, DOMAIN), rid)
    return nl(R, "ERROR", "Invoke Error \t%s" % jd({"errorType": "Error", "errorMessage": "getaddrinfo ENOTFOUND rating.int.%s" % DOMAIN, "code": "ENOTFOUND", "errno": -3008, "syscall": "getaddrinfo", "hostname": "rating.int.%s" % DOMAIN, "stack": ["Error: getaddrinfo ENOTFOUND rating.int.%s" % DOMAIN, "    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)"]}), rid)


def cdr_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % uuid(R)

    def n_end(R):
        return "END RequestId: %s" % uuid(R)

    def n_report(R):
        d = R.uniform(300, 400000)
        return "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (uuid(R), d, int(d) + 1, pick(R, [1024, 3008]), R.randint(120, 900))

    def n_init(R):
        return "INIT_START Runtime Version: nodejs:20.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(30, 45), REGION, hexs(R, 64))

    def n_report_init(R):
        d = R.uniform(300, 90000)
        return "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 3008 MB\tMax Memory Used: %d MB\tInit Duration: %.2f ms" % (uuid(R), d, int(d) + 1, R.randint(120, 900), R.uniform(200, 900))

    def n_recv(R):
        return nl(R, "INFO", "received s3:ObjectCreated:Put %s (%d bytes)" % (cdrfile(R), R.randint(10 ** 4, 9 * 10 ** 8)))

    def n_done(R):
        return nl(R, "INFO", "processed %s: %d records, %d rated, rejected=0, duplicates=%d, written to s3://corvaline-cdr-rated-%s/ (%d ms)" % (cdrfile(R), R.randint(100, 90000), R.randint(100, 90000), R.randint(0, 30), REGION, R.randint(200, 400000)))

    def n_dupfile(R):
        return nl(R, "WARN", "%s already processed (etag %s matches dedup entry); skipping" % (cdrfile(R), hexs(R, 32)))

    def n_badrec(R):
        return nl(R, "WARN", "%d test-call records with MSISDN 1555%s dropped from %s (policy: test numbers are not billed)" % (R.randint(1, 9), digits(R, 7), cdrfile(R)))

    def n_zero(R):
        return nl(R, "INFO", "%s contained 0 records (switch heartbeat file); nothing to rate" % cdrfile(R))

    def n_retry(R):
        return nl(R, "WARN", "rating call throttled (429), retry 1/3 after %d ms ... ok" % R.randint(100, 900))

    def n_emf(R):
        return nl(R, "INFO", jd({"_aws": {"Timestamp": epoch(R) * 1000, "CloudWatchMetrics": [{"Namespace": "Corvaline/CdrMediation", "Dimensions": [["Source"]], "Metrics": [{"Name": "RecordsRated", "Unit": "Count"}, {"Name": "RecordsRejected", "Unit": "Count"}]}]}, "Source": pick(R, ["msc-01", "msc-02", "pgw-01", "pgw-02", "smsc-01"]), "RecordsRated": R.randint(100, 90000), "RecordsRejected": 0}))

    def n_dep(R):
        return "%s\t%s\tWARN\t(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)" % (iso_z(R), uuid(R), R.randint(2, 20))

    def n_partial(R):
        return nl(R, "INFO", "partial call record chain for call %s incomplete (2 of 3 parts); held for next file" % hexs(R, 16))

    def n_debug(R):
        return nl(R, "DEBUG", "decoder schema %s loaded (%d tags)" % (pick(R, ["msc-r21", "pgw-r17", "smsc-csv-v3"]), R.randint(40, 200)))

    def n_manifest(R):
        return nl(R, "INFO", "daily manifest %s: %d files, %d records, 0 errors" % ("2030-09-%02d" % R.randint(2, 28), R.randint(1000, 9000), R.randint(10 ** 6, 10 ** 8)))

    return [n_start, n_end, n_report, n_init, n_report_init, n_recv, n_done, n_dupfile, n_badrec, n_zero, n_retry, n_emf,
            n_dep, n_partial, n_debug, n_manifest]


def cdr(R):
    groups = [("msc-02-r23-release-unknown-asn1-tags", c_asn1), ("pgw-per-flow-files-exceed-900s-timeout", c_timeout),
              ("dedup-table-renamed-env-var-stale", c_ddb), ("smsc-csv-read-whole-heap-oom", c_oom),
              ("rating-api-private-dns-record-deleted", c_dns)]
    return build(R, C1, groups, cdr_negs())


FAMILIES = {E1: esim, C1: cdr}
