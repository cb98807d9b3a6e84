"""Families: records-archive-rust-indexer-envlogger-ecs, taxcalc-gnucobol32-batch-awsbatch.

fernvale's records archive keeps scanned files and born-digital records (METS/PREMIS packages) in S3; an indexer
written in Rust (tokio, aws-sdk-s3, sqlx for the PostgreSQL catalogue, an Apache Tika sidecar for text extraction,
OpenSearch for full-text search) runs on ECS and logs with env_logger's default format
(`[2030-07-06T13:04:11Z ERROR archive_indexer::bulk] msg`; a Rust panic prints `thread '…' panicked at
src/…:line:col:` with its message on the following lines, kept as one event by the awslogs multiline pattern). The
regional tax-surcharge calculation is a GnuCOBOL 3.2 batch (programs TAXCALC, TAXROUND, TAXRPT) run nightly as an
AWS Batch job by a bash driver (`set -x`), which reads an extract from EFS and writes results to S3; its stream
holds the driver's trace and messages, the programs' DISPLAY lines and libcob's runtime errors (`libcob: …: error:`
with their notes, one event per error as the runtime prints them together)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, DOMAIN, envlog_ts, plain_ts, day, hms, jd)

# ---------------------------------------------------------------- records-archive-rust-indexer-envlogger-ecs
D1 = "records-archive-rust-indexer-envlogger-ecs"


def rl(R, lvl, mod, msg):
    return "[%s %-5s %s] %s" % (envlog_ts(R), lvl, mod, msg)


def rec(R):
    return "REC-%d-%06d" % (R.randint(1968, 2030), R.randint(1, 999999))


def key(R):
    return "%s/%d/%s/%s" % (pick(R, ["urbanistica", "protocollo", "delibere", "edilizia-privata", "anagrafe-storica"]), R.randint(1968, 2030), rec(R), pick(R, ["mets.xml", "original.tif", "scan-001.pdf", "premis.xml", "content.pdf"]))


def e_panic(R):
    # packages produced by the 1990s microfilm digitisation contractor have METS files without a dmdSec; the METS
    # extractor unwraps the descriptive section and the panic kills the worker task
    t = R.random()
    if t < 0.6:
        return "thread 'tokio-runtime-worker' panicked at src/extract/mets.rs:%d:%d:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % (pick(R, [212, 218]), pick(R, [38, 41]))
    return rl(R, "ERROR", "archive_indexer::worker", "worker task %d exited: task %d panicked with message \"called `Option::unwrap()` on a `None` value\" while indexing s3://fernvale-records-archive/%s; restarting worker" % (R.randint(0, 15), R.randint(100, 99999), key(R)))


def e_flood(R):
    # the OpenSearch domain's data nodes passed the flood-stage watermark after the 2030 scan backfill; the
    # records indices became read-only and every bulk request is refused
    t = R.random()
    if t < 0.65:
        return rl(R, "ERROR", "archive_indexer::bulk", "bulk request of %d docs failed: %d items rejected: cluster_block_exception: index [records-%d] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];" % (R.randint(50, 500), R.randint(50, 500), pick(R, [2028, 2029, 2030])))
    return rl(R, "WARN", "archive_indexer::bulk", "batch %s parked in s3://fernvale-records-indexer-state/parked/ after 5 bulk attempts (cluster_block_exception, read-only-allow-delete); %d records not searchable" % (uuid(R), R.randint(50, 500)))


def e_glacier(R):
    # a lifecycle rule added for cost savings moves `originals/` to Glacier Deep Archive after 90 days; the indexer
    # still reads originals for re-indexing and GetObject fails for every object moved
    k = key(R).replace("/", "/originals/", 1)
    t = R.random()
    if t < 0.7:
        return rl(R, "ERROR", "archive_indexer::s3", "GetObject s3://fernvale-records-archive/%s failed: InvalidObjectState: The operation is not valid for the object's storage class (storage class DEEP_ARCHIVE, request id %s)" % (k, upper(R, 16)))
    return rl(R, "ERROR", "archive_indexer::reindex", "reindex of %s aborted: %d of %d originals unreadable (InvalidObjectState)" % (rec(R), R.randint(1, 40), R.randint(41, 90)))


def e_pool(R):
    # the catalogue pool is capped at 5 connections while the task now runs 16 workers; acquires time out and
    # records are not registered in the catalogue
    t = R.random()
    if t < 0.6:
        return rl(R, "ERROR", "archive_indexer::catalog", "register %s failed: pool timed out while waiting for an open connection" % rec(R))
    return rl(R, "ERROR", "sqlx::pool::inner", "acquire timed out after 30s (size=5, idle=0, waiters=%d); message %s returned to queue" % (R.randint(11, 40), uuid(R)))


def e_tika(R):
    # the Tika sidecar image was bumped to 3.x whose container listens on a different port in the new task
    # definition; the indexer cannot reach it and no full text is extracted
    t = R.random()
    if t < 0.6:
        return rl(R, "ERROR", "archive_indexer::extract", "text extraction for %s failed: error sending request for url (http://127.0.0.1:9998/tika): client error (Connect): tcp connect error: Connection refused (os error 111)" % rec(R))
    return rl(R, "WARN", "archive_indexer::extract", "record %s indexed WITHOUT full text after %d extraction attempts (tika unreachable)" % (rec(R), 3))


def idx_negs():
    def n_batch(R):
        n = R.randint(50, 500)
        return rl(R, "INFO", "archive_indexer::bulk", "bulk indexed %d docs into records-%d in %d ms (errors: false, 0 failed)" % (n, pick(R, [2028, 2029, 2030]), R.randint(40, 3000)))

    def n_list(R):
        return rl(R, "INFO", "archive_indexer::s3", "listing s3://fernvale-records-archive/%s/%d/ page %d: %d objects" % (pick(R, ["urbanistica", "protocollo", "delibere", "edilizia-privata"]), R.randint(1968, 2030), R.randint(1, 40), R.randint(1, 1000)))

    def n_skip(R):
        return rl(R, "DEBUG", "archive_indexer::worker", "skip %s: etag \"%s\" unchanged since last index" % (key(R), hexs(R, 32)))

    def n_unsupported(R):
        return rl(R, "WARN", "archive_indexer::extract", "skipping s3://fernvale-records-archive/%s/%d/%s/%s: unsupported content type %s" % (pick(R, ["protocollo", "delibere"]), R.randint(1990, 2030), rec(R), pick(R, ["setup.exe", "thumbs.db", "desktop.ini", "scan.lnk"]), pick(R, ["application/x-msdownload", "application/octet-stream"])))

    def n_retry(R):
        return rl(R, "WARN", "aws_smithy_runtime::client::retries::strategy::standard", "retrying GetObject after SlowDown (attempt %d/3); request succeeded on retry" % 2)

    def n_embargo(R):
        return rl(R, "INFO", "archive_indexer::access", "access request for %s denied to public search: record under embargo until %d (privacy law)" % (rec(R), R.randint(2031, 2100)))

    def n_start(R):
        return rl(R, "INFO", "archive_indexer", "archive-indexer %s starting: workers=%d, queue=fernvale-records-index, opensearch=https://search-records.%s.es.amazonaws.com" % ("1.%d.%d" % (R.randint(8, 12), R.randint(0, 9)), pick(R, [8, 16]), REGION))

    def n_hyper(R):
        return rl(R, "DEBUG", "hyper_util::client::legacy::pool", "reuse idle connection for (\"https\", search-records.%s.es.amazonaws.com)" % REGION)

    def n_metrics(R):
        return rl(R, "INFO", "archive_indexer::metrics", "last 60s: received=%d indexed=%d skipped=%d failed=0 lag_s=%d" % (R.randint(0, 900), R.randint(0, 900), R.randint(0, 100), R.randint(0, 40)))

    def n_reg(R):
        return rl(R, "DEBUG", "archive_indexer::catalog", "registered %s (%d files, %d bytes) in %d ms" % (rec(R), R.randint(1, 40), R.randint(10 ** 4, 10 ** 9), R.randint(2, 90)))

    def n_tika_ok(R):
        return rl(R, "DEBUG", "archive_indexer::extract", "extracted %d chars from %s (lang=%s) in %d ms" % (R.randint(0, 900000), rec(R), pick(R, ["it", "de", "en"]), R.randint(20, 9000)))

    def n_sqs(R):
        return rl(R, "DEBUG", "archive_indexer::queue", "received %d messages, visibility 900s" % R.randint(0, 10))

    def n_dup(R):
        return rl(R, "INFO", "archive_indexer::worker", "duplicate S3 event for %s ignored (sequencer %s already processed)" % (key(R), upper(R, 16)))

    def n_delete(R):
        return rl(R, "INFO", "archive_indexer::retention", "record %s deleted from index after retention period (disposal order DSP-2030-%04d)" % (rec(R), R.randint(1, 400)))

    def n_ocr_empty(R):
        return rl(R, "WARN", "archive_indexer::extract", "%s: extracted text is empty (image-only scan, OCR pending in docscan)" % rec(R))

    def n_health(R):
        return rl(R, "TRACE", "archive_indexer::health", "GET /health 200 (opensearch=green catalog=ok tika=ok)")

    def n_shutdown(R):
        return rl(R, "INFO", "archive_indexer", "SIGTERM received, draining %d in-flight messages" % R.randint(0, 16))

    def n_opensearch_yellow(R):
        return rl(R, "WARN", "archive_indexer::bulk", "cluster health yellow (%d unassigned replicas during blue/green update), continuing" % R.randint(1, 12))

    return [n_batch, n_list, n_skip, n_unsupported, n_retry, n_embargo, n_start, n_hyper, n_metrics, n_reg, n_tika_ok, n_sqs, n_dup, n_delete,
            n_ocr_empty, n_health, n_shutdown, n_opensearch_yellow]


def fam_idx(R):
    return build(R, D1, [("mets-without-dmdsec-unwrap-panic", e_panic), ("opensearch-flood-stage-read-only-indices", e_flood),
                         ("lifecycle-originals-to-deep-archive", e_glacier), ("catalog-pool-5-vs-16-workers", e_pool),
                         ("tika3-sidecar-port-changed", e_tika)], idx_negs())


# ---------------------------------------------------------------- taxcalc-gnucobol32-batch-awsbatch
D2 = "taxcalc-gnucobol32-batch-awsbatch"


def run(R):
    return "TX%s" % digits(R, 6)


def disp(R, prog, code, msg):
    return "%-8s %s %s %s" % (prog, code, plain_ts(R), msg)


def drv(R, msg):
    return "taxcalc-run.sh[%s]: %s" % (plain_ts(R), msg)


def cf(R):
    return "%s%s%s%s%s" % (upper(R, 0), "".join(R.choice("ABCDEFGHIJKLMNOPRSTUVZ") for _ in range(6)), digits(R, 2), R.choice("ABCDEHLMPRST"), digits(R, 2)) + R.choice("ABCDEFGHILM") + digits(R, 3) + R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def e_band(R):
    # the 2030 regional surcharge has 9 income bands; TAXCALC's RATE-BAND table still OCCURS 8 TIMES, so loading the
    # 2030 rate file overruns it and the run abends (compiled with -debug, subscript checks on)
    t = R.random()
    if t < 0.5:
        return "libcob: TAXCALC.cob:%d: error: subscript of 'RATE-BAND' out of bounds: 9\nnote: maximum subscript for 'RATE-BAND': 8" % pick(R, [412, 418, 577])
    if t < 0.75:
        return drv(R, "step TAXCALC run %s ended RC=%s (abend), rate file s3://fernvale-tax-batch/rates/surcharge-2030.dat has 9 bands" % (run(R), pick(R, ["0001", "0127"])))
    return disp(R, "TAXCALC", "9001E", "RUN %s ABENDED LOADING RATE TABLE YEAR 2030 - BAND COUNT 9 EXCEEDS TABLE SIZE" % run(R))


def e_efs(R):
    # the job definition's EFS access point moved to /extracts/2030, but the driver still assigns TAXIN to the old
    # path; the extract is not found (file status 35) and no taxpayer is processed
    t = R.random()
    d = "2030%02d%02d" % (7, day(R))
    if t < 0.5:
        return "libcob: TAXCALC.cob:%d: error: file not found (status = 35) for file TAXIN ('/mnt/efs/tax/in/ANAG%s.DAT')" % (pick(R, [233, 236]), d)
    if t < 0.8:
        return disp(R, "TAXCALC", "9035E", "OPEN INPUT TAXIN FAILED FILE STATUS 35 DD_TAXIN=/mnt/efs/tax/in/ANAG%s.DAT" % d)
    return drv(R, "step TAXCALC run %s ended RC=0035, 0 taxpayers processed" % run(R))


def e_putobject(R):
    # the 2030 results prefix `results/y2030/` is outside the job role's s3:PutObject grant (results/y2029/*);
    # outputs are computed but never delivered to the tax office
    t = R.random()
    f = pick(R, ["TAXOUT", "TAXRPT", "SUSPENSE"])
    if t < 0.6:
        return "upload failed: ./out/%s.%s.dat to s3://fernvale-tax-batch/results/y2030/%s.%s.dat An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::%s:assumed-role/fernvale-taxcalc-batch-job/%s is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::fernvale-tax-batch/results/y2030/%s.%s.dat\" because no identity-based policy allows the s3:PutObject action" % (f, run(R), f, run(R), ACCT, hexs(R, 32), f, run(R))
    return drv(R, "delivery of run %s failed: aws s3 cp exited 1 (AccessDenied), results left on /scratch" % run(R))


def e_scratch(R):
    # the job's /scratch volume (20 GiB ephemeral) is too small for the 2030 intermediate file with the new
    # per-band detail records; WRITE on TAXWORK returns status 34 and the run stops
    t = R.random()
    if t < 0.5:
        return "libcob: TAXCALC.cob:%d: error: permanent file error (status = 34) for file TAXWORK ('/scratch/TAXWORK.%s.dat')" % (pick(R, [690, 702]), run(R))
    if t < 0.75:
        return disp(R, "TAXCALC", "9034E", "WRITE TAXWORK FAILED FILE STATUS 34 AFTER %d RECORDS - RUN STOPPED" % R.randint(3000000, 5200000))
    return drv(R, "df /scratch: %d%% used (%dM of 20480M) after run %s failed" % (100, R.randint(20470, 20480), run(R)))


def e_module(R):
    # the new container image copies the TAXROUND module to /opt/tax/lib but COB_LIBRARY_PATH still points to
    # /opt/tax/bin; the CALL fails at the first taxpayer
    t = R.random()
    if t < 0.6:
        return "libcob: TAXCALC.cob:%d: error: module 'TAXROUND' not found" % pick(R, [845, 846, 851])
    return drv(R, "step TAXCALC run %s ended RC=%s (libcob error), COB_LIBRARY_PATH=/opt/tax/bin" % (run(R), pick(R, ["0001", "0159"])))


def tax_negs():
    def n_start(R):
        return disp(R, "TAXCALC", "0001I", "RUN %s STARTED YEAR 2030 REGION FV PARTITION %02d OF 16" % (run(R), R.randint(1, 16)))

    def n_prog(R):
        return disp(R, "TAXCALC", "0100I", "CHECKPOINT AT RECORD %09d TAXPAYERS %09d" % (R.randint(1, 5200000), R.randint(1, 5200000)))

    def n_end(R):
        n = R.randint(100000, 400000)
        return disp(R, "TAXCALC", "0999I", "RECORDS READ %09d WRITTEN %09d REJECTED 000000000 RC=0000" % (n, n))

    def n_end4(R):
        n = R.randint(100000, 400000)
        k = R.randint(1, 60)
        return disp(R, "TAXCALC", "0998W", "RECORDS READ %09d WRITTEN %09d TO SUSPENSE %09d RC=0004" % (n, n - k, k))

    def n_suspense(R):
        return disp(R, "TAXCALC", "0410W", "TAXPAYER %s ROUTED TO SUSPENSE: %s" % (cf(R), pick(R, ["FISCAL CODE CHECK CHARACTER INVALID", "RESIDENCE MUNICIPALITY CODE UNKNOWN", "NEGATIVE TAXABLE INCOME", "DUPLICATE RECORD IN EXTRACT"])))

    def n_exempt(R):
        return disp(R, "TAXCALC", "0300I", "TAXPAYER %s EXEMPT (INCOME BELOW THRESHOLD), SURCHARGE 0,00" % cf(R))

    def n_rpt(R):
        return disp(R, "TAXRPT", "0001I", "REPORT %s WRITTEN %d PAGES TOTAL SURCHARGE EUR %d,%02d" % (run(R), R.randint(10, 4000), R.randint(10 ** 5, 10 ** 8), R.randint(0, 99)))

    def n_round(R):
        return disp(R, "TAXROUND", "0200I", "ROUNDING ADJUSTMENTS %d TOTAL DELTA EUR %d,%02d" % (R.randint(0, 900), R.randint(0, 9), R.randint(0, 99)))

    def n_trace(R):
        return pick(R, ["+ cobcrun TAXCALC", "+ export COB_FILE_PATH=/scratch", "+ export DD_TAXOUT=/scratch/out/TAXOUT.%s.dat" % run(R), "+ aws s3 cp --only-show-errors s3://fernvale-tax-batch/rates/surcharge-2030.dat /scratch/rates/",
                        "+ test -s /mnt/efs/tax/in/ANAG2030%02d%02d.DAT" % (7, day(R)), "+ cobcrun TAXRPT", "+ rc=%d" % pick(R, [0, 4]), "+ echo 'partition %02d done'" % R.randint(1, 16), "+ sha256sum /scratch/out/TAXOUT.%s.dat" % run(R)])

    def n_upload(R):
        return "upload: ./out/%s.%s.dat to s3://fernvale-tax-batch/results/y2029/%s.%s.dat" % (pick(R, ["TAXOUT", "TAXRPT"]), run(R), pick(R, ["TAXOUT", "TAXRPT"]), run(R))

    def n_download(R):
        return "download: s3://fernvale-tax-batch/rates/surcharge-%d.dat to rates/surcharge-%d.dat" % (pick(R, [2029, 2030]), pick(R, [2029, 2030]))

    def n_drv_ok(R):
        return drv(R, "step %s run %s ended RC=%s" % (pick(R, ["TAXCALC", "TAXRPT"]), run(R), pick(R, ["0000", "0000", "0004"])))

    def n_drv_begin(R):
        return drv(R, "job %s attempt %d of 3 on %s, array index %d" % (uuid(R), 1, pick(R, ["c7i.large", "m7i.large", "c6i.large"]), R.randint(0, 15)))

    def n_sha(R):
        return "%s  /scratch/out/TAXOUT.%s.dat" % (hexs(R, 64), run(R))

    def n_df(R):
        return drv(R, "df /scratch: %d%% used (%dM of 20480M)" % (R.randint(5, 70), R.randint(800, 14000)))

    def n_warn(R):
        return "libcob: warning: implicit CLOSE of TAX%s ('/scratch/%s.%s.dat')" % (pick(R, ["LOG", "STAT"]), pick(R, ["TAXLOG", "TAXSTAT"]), run(R))

    def n_zero(R):
        return disp(R, "TAXCALC", "0110I", "ERRORS 000000 WARNINGS %06d ELAPSED %02d:%02d:%02d" % (R.randint(0, 30), 0, R.randint(0, 59), R.randint(0, 59)))

    def n_rerun(R):
        return drv(R, "run %s already delivered (marker s3://fernvale-tax-batch/results/y2029/_DONE.%s exists), skipping" % (run(R), run(R)))

    return [n_start, n_prog, n_end, n_end4, n_suspense, n_exempt, n_rpt, n_round, n_trace, n_upload, n_download, n_drv_ok, n_drv_begin, n_sha,
            n_df, n_warn, n_zero, n_rerun]


def fam_tax(R):
    return build(R, D2, [("rate-band-occurs-8-vs-2030-nine-bands", e_band), ("efs-access-point-moved-taxin-status-35", e_efs),
                         ("job-role-putobject-only-y2029-prefix", e_putobject), ("scratch-20gib-full-taxwork-status-34", e_scratch),
                         ("cob-library-path-taxround-not-found", e_module)], tax_negs())


FAMILIES = {D1: fam_idx, D2: fam_tax}
