"""Families: media-pipelines, synthetics-canaries."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- media-pipelines
F1 = "media-pipelines"


def ptr(R):
    return "0x%012x" % R.randint(0x550000000000, 0x56ffffffffff)


def ffl(R, lvl, ctx, msg):
    """ffmpeg -loglevel level+repeat style: [ctx @ ptr] [level] msg"""
    if ctx:
        return "[%s @ %s] [%s] %s" % (ctx, ptr(R), lvl, msg)
    return "[%s] %s" % (lvl, msg)


def upload(R):
    return "/tmp/uploads/%s.%s" % (uuid(R), pick(R, ["mp4", "mov", "mkv"]))


def g_ff_invalid(R):
    return ffl(R, "error", None, "%s: Invalid data found when processing input" % upload(R))


def g_ff_odd_dims(R):
    w, h = pick(R, [(1281, 721), (719, 1279), (1919, 1079), (853, 479)])
    return "\n".join([
        ffl(R, "error", "libx264", "height not divisible by 2 (%dx%d)" % (w, h)),
        ffl(R, "error", None, "Error initializing output stream 0:0 -- Error while opening encoder for output stream #0:0 - maybe incorrect parameters such as bit_rate, rate, width or height"),
        "Conversion failed!",
    ])


def g_ff_403(R):
    return "\n".join([
        ffl(R, "error", "https", "HTTP error 403 Forbidden"),
        ffl(R, "error", None, "https://example-media-ingest.s3.amazonaws.com/raw/%s.mp4?X-Amz-Expires=900&X-Amz-Date=202702%02dT%s: Server returned 403 Forbidden (access denied)" % (
            uuid(R), day(R), hms(R).replace(":", "") + "Z")),
    ])


def g_ff_disk(R):
    return ffl(R, "error", None, "Error writing trailer of /tmp/out/%s_720p.mp4: No space left on device" % uuid(R)) + "\n[info] video:%dkB audio:%dkB subtitle:0kB other streams:0kB global headers:0kB muxing overhead: unknown" % (R.randint(1000, 500000), R.randint(100, 50000))


def g_ff_hls_push(R):
    return ffl(R, "error", "hls", "failed to rename file /mnt/hls/live/%s/%s.m3u8.tmp to /mnt/hls/live/%s/%s.m3u8: Stale file handle" % ((lambda c, r: (c, r, c, r))("channel-7", pick(R, ["1080p", "720p", "480p"]))))


def mcev(R, status, extra):
    jid = "%d-%s" % (R.randint(1801000000000, 1801500000000), lower(R, 6))
    d = {"version": "0", "id": uuid(R), "detail-type": "MediaConvert Job State Change", "source": "aws.mediaconvert", "account": "111122223333",
         "time": iso(R, 0), "region": "us-east-1", "resources": ["arn:aws:mediaconvert:us-east-1:111122223333:jobs/%s" % jid],
         "detail": {"timestamp": R.randint(1801000000000, 1801500000000), "accountId": "111122223333",
                    "queue": "arn:aws:mediaconvert:us-east-1:111122223333:queues/%s" % pick(R, ["Default", "vod-priority"]), "jobId": jid, "status": status,
                    "userMetadata": {"assetId": uuid(R)}}}
    d["detail"].update(extra)
    return jd(d)


def g_mc_input(R):
    return mcev(R, "ERROR", {"errorCode": 1010, "errorMessage": "Unable to open input file [s3://example-media-ingest/raw/%s.mov]: [Failed probe/open: [Can't read input stream: [Failed to read data: AssumeRole failed]]]" % uuid(R)})


def g_mc_output(R):
    return mcev(R, "ERROR", {"errorCode": 3450, "errorMessage": "Unable to write to output file [s3://example-media-vod/hls/%s/index.m3u8]: [Failed to write data: Access Denied]" % uuid(R)})


def ml(R, state, atype, msg):
    return jd({"version": "0", "id": uuid(R), "detail-type": "MediaLive Channel Alert", "source": "aws.medialive", "account": "111122223333", "time": iso(R, 0),
               "region": "us-east-1", "resources": ["arn:aws:medialive:us-east-1:111122223333:channel:%d" % 4417120],
               "detail": {"alarm_state": state, "alarm_id": hexs(R, 40), "alert_type": atype, "pipeline": pick(R, ["0", "1"]),
                          "channel_arn": "arn:aws:medialive:us-east-1:111122223333:channel:4417120", "message": msg}})


def g_ml_rtmp(R):
    return ml(R, "SET", "RTMP Has No Audio/Video", "Waiting for RTMP input")


def g_ml_output(R):
    return ml(R, "SET", "Output Group Failure", "MediaPackage output group: HTTP PUT to https://%s.mediapackage.us-east-1.amazonaws.com/in/v2/%s/channel failed with 403" % (hexs(R, 16), hexs(R, 32)))


def nts(R):
    return "2027-02-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def g_sharp(R):
    return "%s\t%s\tERROR\tInvoke Error \t{\"errorType\":\"Error\",\"errorMessage\":\"Input buffer contains unsupported image format\",\"stack\":[\"Error: Input buffer contains unsupported image format\",\"    at Sharp.toBuffer (/var/task/node_modules/sharp/lib/output.js:%d:17)\",\"    at makeThumbnail (/var/task/thumbnail.js:%d:6)\"]}" % (
        nts(R), uuid(R), pick(R, [163, 164]), pick(R, [41, 42]))


def g_im_policy(R):
    return "convert-im6.q16: attempt to perform an operation not allowed by the security policy `PDF' @ error/constitute.c/IsCoderAuthorized/%d. (job %s)" % (pick(R, [421, 426]), uuid(R))


def n_ff_progress(R):
    return "frame=%5d fps=%3d q=%.1f size=%8dkB time=%s.%02d bitrate=%.1fkbits/s speed=%.3gx" % (
        R.randint(1, 90000), R.randint(20, 240), R.uniform(18, 35), R.randint(0, 900000), "00:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59)), R.randint(0, 99), R.uniform(200, 9000), R.uniform(0.5, 9))


def n_ff_info(R):
    return pick(R, [
        ffl(R, "info", None, "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '%s':" % upload(R)),
        ffl(R, "info", "libx264", "using cpu capabilities: MMX2 SSE2Fast SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2 (job %s)" % lower(R, 6)),
        ffl(R, "info", None, "Stream mapping:\n  Stream #0:0 -> #0:0 (h264 (native) -> h264 (libx264))\n  Stream #0:1 -> #0:1 (aac (native) -> aac (native))"),
        ffl(R, "info", "hls", "Opening '/mnt/hls/live/channel-7/%s_%05d.ts' for writing" % (pick(R, ["1080p", "720p"]), R.randint(0, 99999))),
    ])


def n_ff_warn(R):
    return pick(R, [
        ffl(R, "warning", "aac", "Too many bits %d > 6144 per frame requested, clamping to max" % R.randint(6145, 9000)),
        ffl(R, "warning", "mov,mp4,m4a,3gp,3g2,mj2", "stream 0, timescale not set"),
        ffl(R, "warning", None, "Past duration 0.%06d too large" % R.randint(600000, 999999)),
        ffl(R, "warning", "mp4", "Non-monotonous DTS in output stream 0:1; previous: %d, current: %d; changing to %d. This may result in incorrect timestamps in the output file." % (
            (lambda a: (a, a - R.randint(1, 900), a + 1))(R.randint(10000, 9000000)))),
    ])


def n_mc_ok(R):
    st = pick(R, ["PROGRESSING", "COMPLETE", "STATUS_UPDATE", "INPUT_INFORMATION"])
    extra = {}
    if st == "COMPLETE":
        extra = {"outputGroupDetails": [{"outputDetails": [{"durationInMs": R.randint(1000, 3600000), "videoDetails": {"widthInPx": 1280, "heightInPx": 720}}], "type": "HLS_GROUP"}], "warnings": []}
    elif st == "STATUS_UPDATE":
        extra = {"framesDecoded": R.randint(0, 200000), "jobProgress": {"phaseProgress": {"TRANSCODING": {"status": "PROGRESSING", "percentComplete": R.randint(0, 99)}}}}
    return mcev(R, st, extra)


def n_mc_warning(R):
    return mcev(R, "NEW_WARNING", {"warningCode": 230001, "warningMessage": "Input video has a variable frame rate; output frame rate conversion applied (errors: 0)"})


def n_ml_cleared(R):
    return ml(R, "CLEARED", pick(R, ["RTMP Has No Audio/Video", "Output Group Failure"]), pick(R, ["Waiting for RTMP input", "MediaPackage output group recovered"]))


def n_lambda_info(R):
    return "%s\t%s\tINFO\t%s" % (nts(R), uuid(R), pick(R, [
        "thumbnail written s3://example-media-vod/thumbs/%s.jpg (%dx%d)" % (uuid(R), pick(R, [320, 640]), pick(R, [180, 360])),
        "skipping %s: unsupported content-type image/heic, errors=0" % lower(R, 10),
        "retrying GetObject after error SlowDown (attempt %d)" % R.randint(1, 3),
    ]))


def media_pipelines(R):
    groups = [
        ("ffmpeg-upload-invalid-data", g_ff_invalid),
        ("ffmpeg-libx264-odd-dimensions", g_ff_odd_dims),
        ("ffmpeg-presigned-input-403", g_ff_403),
        ("ffmpeg-tmp-no-space", g_ff_disk),
        ("ffmpeg-hls-stale-file-handle", g_ff_hls_push, 9),
        ("mediaconvert-input-assume-role", g_mc_input),
        ("mediaconvert-output-access-denied", g_mc_output),
        ("medialive-rtmp-no-input", g_ml_rtmp),
        ("medialive-mediapackage-403", g_ml_output),
        ("thumbnail-sharp-unsupported-format", g_sharp, 12),
        ("imagemagick-pdf-policy", g_im_policy),
    ]
    negs = [n_ff_progress, n_ff_info, n_ff_warn, n_mc_ok, n_mc_warning, n_ml_cleared, n_lambda_info]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- synthetics-canaries
F2 = "synthetics-canaries"


def syn(R, lvl, msg):
    return "%s\t%s\t%s: %s" % (nts(R), uuid(R), lvl, msg)


def g_syn_login_selector(R):
    return syn(R, "ERROR", "Canary error: \nTimeoutError: Waiting for selector `#login-submit` failed: Waiting failed: 30000ms exceeded\n    at new WaitTask (/opt/nodejs/node_modules/puppeteer-core/lib/cjs/puppeteer/common/WaitTask.js:%d:34)\n    at async Canary.loginFlow (/var/task/checkout-flow.js:%d:9)" % (
        pick(R, [50, 51]), pick(R, [38, 39])))


def g_syn_api_503(R):
    return syn(R, "ERROR", "Canary error: \nError: Failed: %d Service Unavailable (GET https://api.example.com/v2/orders/health, step 'orders-health')" % 503)


def g_syn_browser(R):
    return syn(R, "ERROR", "Canary error: \nError: Navigation failed because browser has disconnected! (step %d, url https://shop.example.com/%s)" % (
        R.randint(1, 4), pick(R, ["", "cart", "checkout", "account"])))


def g_syn_cert(R):
    return syn(R, "ERROR", "Failed to load url: https://legacy-portal.example.com/ Error: net::ERR_CERT_DATE_INVALID at https://legacy-portal.example.com/")


def g_syn_dns(R):
    return syn(R, "ERROR", "Canary error: \nError: net::ERR_NAME_NOT_RESOLVED at https://status.example.internal/%s" % pick(R, ["", "api", "health"]))


def g_syn_s3(R):
    return syn(R, "ERROR", "Failed to upload artifacts to S3: AccessDenied: Access Denied (bucket cw-syn-results-111122223333-us-east-1, key canary/us-east-1/checkout-flow-%s/%s)" % (
        lower(R, 3), "2027/02/%02d/%s" % (day(R), hms(R).replace(":", "-"))))


def g_syn_visual(R):
    return syn(R, "ERROR", "Visual monitoring: screenshot 'homepage-loaded' of step 2 differs from base screenshot by %.2f%%, which exceeds the variance threshold of 5%%" % R.uniform(5.1, 40))


def g_syn_selenium(R):
    t = nts(R)
    rid = uuid(R)
    return "\n".join([
        "%s\t%s\tERROR: Canary error: " % (t, rid),
        "Traceback (most recent call last):",
        "  File \"/var/task/python/signup_canary.py\", line %d, in verify_signup" % pick(R, [54, 55]),
        "    browser.find_element(By.CSS_SELECTOR, \"#terms-accept\").click()",
        "selenium.common.exceptions.NoSuchElementException: Message: no such element: Unable to locate element: {\"method\":\"css selector\",\"selector\":\"#terms-accept\"}",
        "  (Session info: chrome=%d.0.%d.%d)" % (pick(R, [126, 128]), R.randint(6000, 6700), R.randint(0, 200)),
    ])


def g_syn_broken_link(R):
    p = pick(R, ["guides/setup-v1", "api/v1/reference", "blog/2024/launch", "pricing-old"])
    return syn(R, "ERROR", "Broken link found: https://docs.example.com/%s returned status 404 (referrer https://docs.example.com/%s)" % (p, pick(R, ["", "index", "guides"])))


def g_syn_vpc(R):
    return syn(R, "ERROR", "Canary error: \nError: connect ETIMEDOUT %s:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:%d:16)" % (
        "10.40.%d.%d" % (R.randint(0, 3), R.randint(2, 254)), pick(R, [1555, 1607])))


def g_syn_timeout(R):
    rid = uuid(R)
    return "%s %s Task timed out after %d.%02d seconds" % (nts(R), rid, 90, R.randint(0, 9))


def g_syn_multicheck(R):
    return syn(R, "ERROR", "Check 'pricing-api-latency' failed: assertion responseTime < 2000 failed, actual %d ms (https://api.example.com/v1/prices?sku=%s)" % (
        R.randint(2001, 9000), alnum(R, 8).upper()))


def n_syn_start(R):
    return syn(R, "INFO", pick(R, [
        "Start Canary",
        "Puppeteer is launching the browser (headless, chromium %d)" % R.randint(120, 130),
        "Executing step: %s" % pick(R, ["loadHomepage", "login", "addToCart", "orders-health", "verifySelector"]),
        "Customer canary code completed, canary run duration %d ms" % R.randint(2000, 60000),
        "Canary successfully executed.",
    ]))


def n_syn_step_ok(R):
    return syn(R, "INFO", "Step %s: %s. Duration: %d ms" % (pick(R, ["loadHomepage", "login", "addToCart", "checkout"]), pick(R, ["Successful", "Passed"]), R.randint(50, 9000)))


def n_syn_response(R):
    return syn(R, "INFO", pick(R, [
        "Response: %d %s, https://api.example.com/v2/orders/health" % (200, "OK"),
        "Request failed: https://analytics.example.com/collect?v=2&t=%s net::ERR_ABORTED (non-critical resource)" % lower(R, 8),
        "Response: 304 Not Modified, https://cdn.example.com/static/app.%s.js" % hexs(R, 8),
        "Checked %d links: %d OK, 0 broken" % ((lambda n: (n, n))(R.randint(10, 200))),
    ]))


def n_syn_warn(R):
    return syn(R, "WARN", pick(R, [
        "Unable to capture screenshot for step %s: page closed (attempt %d)" % (pick(R, ["login", "checkout"]), R.randint(1, 2)),
        "Retrying step 'orders-health' after failure: socket hang up (retry %d of 2)" % R.randint(1, 2),
        "Page load took %d ms, above the expected 3000 ms" % R.randint(3001, 9000),
    ]))


def n_syn_debug(R):
    return syn(R, "DEBUG", pick(R, [
        "Request: https://shop.example.com/%s Method: GET Headers: {\"user-agent\":\"CloudWatchSynthetics/arn:aws:synthetics:us-east-1:111122223333:canary:checkout-flow\"}" % pick(R, ["", "cart", "api/session"]),
        "Page error listener registered (errors so far: 0)",
    ]))


def n_syn_lambda(R):
    rid = uuid(R)
    return pick(R, [
        "START RequestId: %s Version: $LATEST" % rid,
        "END RequestId: %s" % rid,
        "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 1500 MB\tMax Memory Used: %d MB" % (rid, R.uniform(2000, 60000), R.randint(2000, 60000), R.randint(300, 1400)),
    ])


def synthetics_canaries(R):
    groups = [
        ("checkout-login-selector-timeout", g_syn_login_selector),
        ("orders-health-503", g_syn_api_503),
        ("shop-browser-disconnected", g_syn_browser),
        ("legacy-portal-cert-expired", g_syn_cert, 8),
        ("status-internal-dns", g_syn_dns),
        ("artifacts-s3-access-denied", g_syn_s3),
        ("homepage-visual-variance", g_syn_visual),
        ("signup-selenium-terms-missing", g_syn_selenium),
        ("docs-broken-links", g_syn_broken_link),
        ("vpc-canary-connect-timeout", g_syn_vpc),
        ("canary-lambda-timeout", g_syn_timeout),
        ("pricing-api-latency-check", g_syn_multicheck),
    ]
    negs = [n_syn_start, n_syn_step_ok, n_syn_response, n_syn_warn, n_syn_debug, n_syn_lambda]
    return build(R, F2, groups, negs)


FAMILIES = {F1: media_pipelines, F2: synthetics_canaries}
