"""Families: rateshop-r44-logger-httr2-awsbatch, loyalty-points-java21-lambda-powertools2.

brackenmoor's revenue team runs "rateshop", an R 4.4 script on AWS Batch (Fargate) each morning: it shops the
competitor set's public rates through the invented "ratescope" rate-shopping API (httr2), reads pickup from Athena
(paws), fits a pickup forecast per property and pushes best-available-rate recommendations to pms-hub. The script logs
with the `logger` package's default layout (`INFO [2030-10-06 13:04:11] …`); R's own messages, warnings and errors
(`Error in …`, rlang's `Error in `req_perform()`: ! …` blocks, `Execution halted`) go to stderr; the awslogs driver's
multiline pattern keeps each R condition block in one event.

The loyalty programme ("Brackenmoor Circle") runs on Java 21 Lambda functions (points accrual from checked-out stays
via SQS, redemption, airline-miles transfer to an invented partner, monthly statements) with Powertools for AWS
Lambda (Java) v2 logging (one JSON object per record with `level`, `message`, `cold_start`, `function_*`,
`service`, `timestamp`, `xray_trace_id` and an `error` object for exceptions) and Powertools metrics (EMF), next to
the Lambda platform's START/END/REPORT/INIT_START lines, `Task timed out` lines and the Java runtime's uncaught
exception text."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    plain_ts, iso_z, epoch)

HOTELS = ["BKMDUB", "BKMGAL", "BKMKIL", "BKMEDI", "BKMLON", "BKMCOR", "BKMKEN"]

# ---------------------------------------------------------------- rateshop-r44-logger-httr2-awsbatch
R1 = "rateshop-r44-logger-httr2-awsbatch"
COMPS = ["harbourview-dub", "the-mercer-quarter", "corrib-grand", "lough-lodge", "royal-mile-suites", "kensal-house",
         "lee-quay-hotel", "castlegate-inn", "spire-court"]


def lg(R, lvl, msg):
    return "%s [%s] %s" % (lvl, plain_ts(R), msg)


def r_timeout(R):
    # the Batch compute environment was moved to subnets without a NAT gateway route: every ratescope call times
    # out, the script halts and no competitor rates are shopped
    h = pick(R, HOTELS)
    t = R.random()
    if t < 0.45:
        return ("Error in `req_perform()`:\n! Failed to perform HTTP request.\nCaused by error in `curl::curl_fetch_memory()`:\n"
                "! Timeout was reached [api.ratescope.example]:\nConnection timed out after %d milliseconds\nBacktrace:\n"
                "    x\n 1. \\-global run_shop(cfg, hotel = \"%s\")\n 2.   \\-global fetch_comp_rates(h, comps, stay_dates)\n"
                " 3.     \\-httr2::req_perform(req)\n 4.       \\-httr2:::handle_resp(req, resp, error_call = error_call)\n"
                "Execution halted") % (R.randint(10001, 10030), h)
    return lg(R, "ERROR", "shop for %s failed after 3 attempts: Timeout was reached [api.ratescope.example]: Connection timed out after %d milliseconds; %d comp rates missing" % (h, R.randint(10001, 10030), R.randint(300, 2400)))


def r_athena(R):
    # the pickup query writes its results to an Athena results bucket whose policy was tightened to the BI role;
    # the Batch job role cannot write there and every pickup query fails
    qid = uuid(R)
    if R.random() < 0.65:
        return lg(R, "ERROR", "pickup query %s for %s FAILED: Access denied when writing output to url: s3://bkm-athena-results-%s/rateshop/%s.csv . Please ensure you are allowed to access the S3 bucket. If you are encrypting query results with KMS key, please ensure you are allowed to access your KMS key" % (qid, pick(R, HOTELS), REGION, qid))
    return ("Error in get_pickup(con, hotel = \"%s\", asof = as.Date(\"2030-10-%02d\")) : \n  athena query %s ended in state FAILED (Access denied when writing output)\n"
            "Calls: main -> lapply -> FUN -> run_forecast -> get_pickup\nExecution halted") % (pick(R, HOTELS), R.randint(2, 28), qid)


def r_singular(R):
    # Kensington opened in September; with three weeks of history the pickup model's design matrix is singular
    # and the property gets no forecast or rate recommendation (the fit runs inside try(), which prints the condition)
    if R.random() < 0.5:
        k = R.randint(3, 6)
        return "Error in solve.default(crossprod(X), crossprod(X, y)) : \n  Lapack routine dgesv: system is exactly singular: U[%d,%d] = 0\n" % (k, k)
    return lg(R, "ERROR", "forecast for BKMKEN skipped: singular design matrix (history %d days, %d lead-time buckets); no BAR recommendation produced" % (R.randint(18, 26), R.randint(8, 14)))


def r_oom(R):
    # the competitor set was widened to 60 hotels and the rate join became a cartesian product; the 8 GB job
    # exhausts memory and ends without recommendations
    if R.random() < 0.6:
        return "Error: cannot allocate vector of size %.1f Gb\nExecution halted" % R.uniform(2.1, 7.9)
    return lg(R, "FATAL", "join of comp rates (%d rows) with stay grid (%d rows) exceeded memory; job rateshop-eu-daily exits 1" % (R.randint(8, 40) * 10 ** 6, R.randint(20000, 90000)))


def r_ratecode(R):
    # revenue renamed the flexible BAR code to BAR_FLX2 in the script's config, but OPERA still has BAR-FLEX:
    # every recommendation push is rejected
    h = pick(R, HOTELS)
    return lg(R, "ERROR", "push of %d BAR recommendations for %s rejected by pms-hub: HTTP 422 {\"error\":\"unknown rate code 'BAR_FLX2' at %s\"}" % (R.randint(60, 365), h, h))


def rs_negs():
    def n_start(R):
        return lg(R, "INFO", "rateshop %s starting: region=eu hotels=%d comps=%d horizon=%dd asof=2030-10-%02d" % (pick(R, ["2.3.0", "2.3.1"]), len(HOTELS), R.randint(8, 60), pick(R, [90, 180, 365]), R.randint(2, 28)))

    def n_fetched(R):
        return lg(R, "INFO", "%s: %d rates for %s (%d stay dates, %d ms)" % (pick(R, HOTELS), R.randint(30, 400), pick(R, COMPS), R.randint(30, 365), R.randint(300, 9000)))

    def n_soldout(R):
        return lg(R, "WARN", "%s returned no rates for 2030-10-%02d (sold out / closed to arrival)" % (pick(R, COMPS), R.randint(3, 31)))

    def n_retry(R):
        return lg(R, "WARN", "ratescope HTTP 429 for %s, retry %d/3 after %ds; ok" % (pick(R, COMPS), R.randint(1, 2), pick(R, [2, 4, 8])))

    def n_forecast(R):
        return lg(R, "INFO", "forecast %s: MAPE %.1f%%, %d stay dates, pickup model refit in %.1fs" % (pick(R, HOTELS[:6]), R.uniform(4, 19), R.randint(90, 365), R.uniform(0.5, 12)))

    def n_pushed(R):
        return lg(R, "INFO", "pushed %d BAR recommendations for %s to pms-hub: HTTP 200 (accepted=%d, unchanged=%d)" % (R.randint(60, 365), pick(R, HOTELS), R.randint(10, 60), R.randint(0, 300)))

    def n_success(R):
        return lg(R, "SUCCESS", "job done: hotels=%d shops=%d recommendations=%d errors=0 elapsed=%dm%02ds" % (R.randint(5, 7), R.randint(300, 3000), R.randint(300, 2500), R.randint(3, 40), R.randint(0, 59)))

    def n_debug(R):
        return lg(R, "DEBUG", "GET https://api.ratescope.example/v3/shops?hotel=%s&los=%d&guests=2 -> 200 (%d bytes)" % (pick(R, COMPS), R.randint(1, 3), R.randint(2000, 90000)))

    def n_attach(R):
        return pick(R, ["\nAttaching package: \u2018dplyr\u2019\n\nThe following objects are masked from \u2018package:stats\u2019:\n\n    filter, lag\n\nThe following objects are masked from \u2018package:base\u2019:\n\n    intersect, setdiff, setequal, union\n",
                        "\nAttaching package: \u2018lubridate\u2019\n\nThe following objects are masked from \u2018package:base\u2019:\n\n    date, intersect, setdiff, union\n",
                        "\nAttaching package: \u2018data.table\u2019\n\nThe following objects are masked from \u2018package:dplyr\u2019:\n\n    between, first, last\n"])

    def n_summarise(R):
        return "`summarise()` has grouped output by '%s'. You can override using the `.groups` argument." % pick(R, ["hotel", "hotel', 'stay_date", "comp", "comp', 'los", "hotel', 'comp", "stay_date"])

    def n_nan(R):
        return "Warning message:\nIn %s : NaNs produced" % (pick(R, ["log(occ_ratio)", "log(pickup_ratio)", "log(adr / comp_median)", "sqrt(var_resid)", "log1p(-cancel_rate)"]))

    def n_readr(R):
        return "Rows: %d Columns: %d\n\u2500\u2500 Column specification \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\nDelimiter: \",\"\nchr  (3): hotel, comp, room_class\ndbl  (4): rate, los, guests, rank\ndate (2): stay_date, shop_date\n\n\u2139 Use `spec()` to retrieve the full column specification for this data.\n\u2139 Specify the column types or set `show_col_types = FALSE` to quiet this message." % (R.randint(500, 90000), 9)

    def n_athena_ok(R):
        return lg(R, "INFO", "pickup query %s for %s SUCCEEDED: %d rows, %.1f MB scanned" % (uuid(R), pick(R, HOTELS), R.randint(100, 9000), R.uniform(1, 400)))

    def n_minrate(R):
        return lg(R, "WARN", "%s 2030-10-%02d: recommendation %d EUR below floor, clamped to floor %d EUR" % (pick(R, HOTELS), R.randint(3, 31), R.randint(60, 90), R.randint(95, 120)))

    def n_comp_parity(R):
        return lg(R, "INFO", "%s: %d comp rates flagged as outliers (> 3 sd) and dropped, 0 errors" % (pick(R, HOTELS), R.randint(0, 20)))

    def n_params(R):
        return lg(R, "DEBUG", "config: %s" % jd({"los": [1, 2, 3], "guests": 2, "currency": "EUR", "horizon": 365, "comps_file": "s3://bkm-revenue-config/comps-eu.yaml", "error_budget": 0.02}))

    return [n_start, n_fetched, n_soldout, n_retry, n_forecast, n_pushed, n_success, n_debug, n_attach, n_summarise, n_nan,
            n_readr, n_athena_ok, n_minrate, n_comp_parity, n_params]


def rateshop(R):
    return build(R, R1, [("batch-subnet-no-nat-ratescope-timeout", r_timeout), ("athena-results-bucket-denied", r_athena),
                         ("bkmken-short-history-singular-matrix", r_singular), ("comp-join-cartesian-oom", r_oom),
                         ("bar-rate-code-renamed-422", r_ratecode)], rs_negs())


# ---------------------------------------------------------------- loyalty-points-java21-lambda-powertools2
L1 = "loyalty-points-java21-lambda-powertools2"
FUNCS = {"loyalty-accrue-stay": 1024, "loyalty-redeem": 512, "loyalty-partner-miles": 512, "loyalty-statement": 2048}


def rid(R):
    return uuid(R)


def xray(R):
    return "1-%s-%s" % (hexs(R, 8), hexs(R, 24))


def member(R):
    return "BC%s" % digits(R, 9)


def pt(R, lvl, fn, msg, cold=False, err=None, **kw):
    d = {"level": lvl, "message": msg, "cold_start": cold, "function_arn": "arn:aws:lambda:%s:%s:function:%s" % (REGION, ACCT, fn),
         "function_memory_size": str(FUNCS[fn]), "function_name": fn, "function_request_id": rid(R), "function_version": "$LATEST",
         "sampling_rate": "0.1" if fn == "loyalty-accrue-stay" else "0.0", "service": "loyalty-points", "timestamp": iso_z(R), "xray_trace_id": xray(R)}
    d.update(kw)
    if err:
        d["error"] = err
    return jd(d)


def jerr(name, message, frames):
    return {"message": message, "name": name, "stack": "\n".join("at %s" % f for f in frames)}


def report(R, fn, dur=None, status=None, init=False, mem=None):
    dur = dur if dur is not None else R.uniform(3, 900)
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t" % (
        rid(R), dur, int(dur) + 1 if dur != int(dur) else int(dur), FUNCS[fn], mem or R.randint(140, min(FUNCS[fn] - 20, 600)))
    if init:
        s += "Init Duration: %.2f ms\t" % R.uniform(1800, 5200)
    if status:
        s += "Status: %s\t" % status
    return s + ("\nXRAY TraceId: %s\tSegmentId: %s\tSampled: true\t" % (xray(R), hexs(R, 16)) if R.random() < 0.4 else "")


def l_timeout(R):
    # the airline partner's API allowlists source IPs and was never told the new NAT gateway address: connections
    # hang until the 15 s function timeout and miles transfers never complete
    if R.random() < 0.5:
        return "%s %s Task timed out after 15.%02d seconds" % (iso_z(R), rid(R), R.randint(0, 9))
    return report(R, "loyalty-partner-miles", dur=15000.00, status="timeout", mem=R.randint(180, 260))


def l_kms(R):
    # the member-PIN key's policy was replaced by a stack update and no longer lists the redeem function's role:
    # no redemption can verify the member's PIN
    return pt(R, "ERROR", "loyalty-redeem", "Redemption aborted: cannot decrypt member PIN", member=member(R), reward=pick(R, ["NIGHT-STD", "SPA-60", "DINNER-2", "UPGRADE"]),
              err=jerr("software.amazon.awssdk.services.kms.model.KmsException",
                       "User: arn:aws:sts::%s:assumed-role/loyalty-redeem-role/loyalty-redeem is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:%s:%s:key/9f2d41c7-6b0e-4a58-b3d2-71e8c05a4f3b because no resource-based policy allows the kms:Decrypt action (Service: Kms, Status Code: 400, Request ID: %s)" % (ACCT, REGION, ACCT, uuid(R)),
                       ["software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
                        "software.amazon.awssdk.services.kms.DefaultKmsClient.decrypt(DefaultKmsClient.java:%d)" % R.randint(1800, 1900),
                        "com.brackenmoor.loyalty.redeem.PinVerifier.verify(PinVerifier.java:%d)" % R.randint(30, 50),
                        "com.brackenmoor.loyalty.redeem.RedeemHandler.handleRequest(RedeemHandler.java:%d)" % R.randint(60, 90)]))


def l_oom(R):
    # the statement export loads the full transaction history of every Platinum member into memory; with 2048 MB it
    # runs out of heap and no statements are sent
    if R.random() < 0.55:
        return ("Java heap space: java.lang.OutOfMemoryError\njava.lang.OutOfMemoryError: Java heap space\n"
                "\tat java.base/java.util.Arrays.copyOf(Unknown Source)\n\tat java.base/java.util.ArrayList.grow(Unknown Source)\n"
                "\tat com.brackenmoor.loyalty.statement.HistoryLoader.loadAll(HistoryLoader.java:%d)\n"
                "\tat com.brackenmoor.loyalty.statement.StatementHandler.handleRequest(StatementHandler.java:%d)") % (R.randint(40, 70), R.randint(50, 80))
    return pt(R, "ERROR", "loyalty-statement", "Statement run for tier PLATINUM failed after %d of %d members: java.lang.OutOfMemoryError: Java heap space" % (R.randint(10, 400), R.randint(1200, 1500)), batch=R.randint(1, 30))


def l_idem(R):
    # the idempotency table was renamed to loyalty-idempotency-v2 by the CDK refactor but the accrual function's
    # environment still names the old table: every accrual fails before doing any work
    return pt(R, "ERROR", "loyalty-accrue-stay", "Failed to process SQS record %s" % uuid(R), stay="%s-%s" % (pick(R, HOTELS), digits(R, 9)),
              err=jerr("software.amazon.lambda.powertools.idempotency.exceptions.IdempotencyPersistenceLayerException",
                       "Failed to save in progress record to idempotency store. If you believe this is a Powertools for AWS Lambda (Java) bug, please open an issue.",
                       ["software.amazon.lambda.powertools.idempotency.internal.IdempotencyHandler.processIdempotency(IdempotencyHandler.java:%d)" % R.randint(90, 110),
                        "Caused by: software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException: Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: %s)" % upper(R, 52)]))


def l_type(R):
    # release 42 of the accrual function writes memberId as a number; the ledger table's key is a string, so every
    # points write is rejected and stays are not credited
    if R.random() < 0.65:
        return pt(R, "ERROR", "loyalty-accrue-stay", "Points write rejected for member %s" % member(R),
                  err=jerr("software.amazon.awssdk.services.dynamodb.model.DynamoDbException",
                           "One or more parameter values were invalid: Type mismatch for key memberId expected: S actual: N (Service: DynamoDb, Status Code: 400, Request ID: %s)" % upper(R, 52),
                           ["software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.putItem(DefaultDynamoDbClient.java:%d)" % R.randint(4700, 4800),
                            "com.brackenmoor.loyalty.accrue.LedgerWriter.credit(LedgerWriter.java:%d)" % R.randint(40, 60)]))
    n = R.randint(3, 10)
    return pt(R, "ERROR", "loyalty-accrue-stay", "Batch finished with %d of %d item failures (ValidationException on ledger write); returned as batchItemFailures" % (n, n), release="42")


def ly_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % rid(R)

    def n_end(R):
        return "END RequestId: %s" % rid(R)

    def n_report(R):
        return report(R, pick(R, list(FUNCS)), init=R.random() < 0.2)

    def n_init(R):
        return "INIT_START Runtime Version: java:21.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(20, 30), REGION, hexs(R, 64))

    def n_accrued(R):
        return pt(R, "INFO", "loyalty-accrue-stay", "Points accrued", cold=R.random() < 0.1, member=member(R), stay="%s-%s" % (pick(R, HOTELS), digits(R, 9)), points=R.randint(100, 9000), tier=pick(R, ["SILVER", "GOLD", "PLATINUM"]))

    def n_redeemed(R):
        return pt(R, "INFO", "loyalty-redeem", "Reward redeemed", member=member(R), reward=pick(R, ["NIGHT-STD", "SPA-60", "DINNER-2", "UPGRADE"]), points=R.randint(2000, 40000))

    def n_insufficient(R):
        return pt(R, "WARN", "loyalty-redeem", "Redemption refused: insufficient points", member=member(R), balance=R.randint(0, 1999), required=R.randint(2000, 40000))

    def n_notfound(R):
        return pt(R, "INFO", "loyalty-redeem", "Member lookup failed: no member with this number (guest input)", member_input="BC%s" % digits(R, 8), status=404)

    def n_replay(R):
        return pt(R, "INFO", "loyalty-accrue-stay", "Idempotent replay: returning stored result for stay", stay="%s-%s" % (pick(R, HOTELS), digits(R, 9)), idempotency_key=hexs(R, 32))

    def n_dupe(R):
        return pt(R, "INFO", "loyalty-accrue-stay", "Stay already credited (ConditionalCheckFailedException), skipped", member=member(R))

    def n_retry(R):
        return pt(R, "WARN", "loyalty-partner-miles", "Partner API answered 429, retried once: transfer accepted", member=member(R), miles=R.randint(1000, 30000), partner="SKYLARK")

    def n_miles(R):
        return pt(R, "INFO", "loyalty-partner-miles", "Miles transfer accepted by partner", member=member(R), miles=R.randint(1000, 30000), partner="SKYLARK", partner_ref=upper(R, 10), ms=R.randint(300, 3000))

    def n_stmt(R):
        return pt(R, "INFO", "loyalty-statement", "Statement batch sent", tier=pick(R, ["SILVER", "GOLD"]), members=R.randint(200, 1000), failed=0, ses_message_ids=R.randint(200, 1000))

    def n_emf(R):
        fn = pick(R, list(FUNCS))
        name = pick(R, ["PointsAccrued", "RewardsRedeemed", "MilesTransferred", "StatementsSent"])
        return jd({"_aws": {"Timestamp": epoch(R) * 1000 + R.randint(0, 999), "CloudWatchMetrics": [{"Namespace": "Brackenmoor/Loyalty", "Metrics": [{"Name": name, "Unit": "Count"}], "Dimensions": [["service"]]}]},
                   "service": "loyalty-points", name: float(R.randint(1, 9000)), "function_request_id": rid(R), "xray_trace_id": xray(R)})

    def n_debug(R):
        return pt(R, "DEBUG", "loyalty-accrue-stay", "Received SQS batch", records=R.randint(1, 10), event_source="aws:sqs", approximate_receive_count=1)

    def n_tier(R):
        return pt(R, "INFO", "loyalty-accrue-stay", "Tier recalculated", member=member(R), old_tier="SILVER", new_tier="GOLD", errors=0)

    def n_bad(R):
        return pt(R, "WARN", "loyalty-redeem", "Rejected request: invalid reward code", reward_input=pick(R, ["NIGHT-STD ", "spa60", "DINNER2", ""]), status=400)

    return [n_start, n_end, n_report, n_init, n_accrued, n_redeemed, n_insufficient, n_notfound, n_replay, n_dupe, n_retry,
            n_miles, n_stmt, n_emf, n_debug, n_tier, n_bad]


def loyalty(R):
    return build(R, L1, [("partner-miles-allowlist-hang-timeout", l_timeout), ("member-pin-cmk-policy-replaced", l_kms),
                         ("statement-export-heap-oom", l_oom), ("idempotency-table-renamed", l_idem),
                         ("accrual-memberid-number-type-mismatch", l_type)], ly_negs())


FAMILIES = {R1: rateshop, L1: loyalty}
