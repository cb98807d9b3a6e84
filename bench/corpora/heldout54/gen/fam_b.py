"""Families: adstack-prebid-server-go-glog-ecs, images-thumbor7-tornado-s3-ecs.

"adstack" is gorsemoor's Prebid Server (Go) on ECS Fargate, serving the site's server-side header bidding and AMP
ad slots, with an in-house SSP adapter "gorsemoorssp", stored requests from the ad-ops config service over HTTP,
Prebid Cache for video/AMP creatives and currency conversion. Everything it writes is glog:
`E0414 09:12:33.123456       1 file.go:123] message` (severity letter, MMDD, time with microseconds, thread id
padded to 7, file:line). A recovered bidder panic with its stack is one event (awslogs pattern `^[IWEF]\\d{4} `).

"images" is the image resizer in front of the CMS originals: Thumbor 7 (Python 3.11, Tornado) on ECS behind
CloudFront, with the tc_aws S3 loader and S3 result storage. Thumbor's default log format
`2031-04-14 09:12:33 thumbor:WARNING message` (asctime name:levelname message); Tornado's access lines
`tornado.access:INFO 200 GET /path (ip) 45.12ms`; Tornado's uncaught-exception record with its traceback is one
event; the entrypoint shell's `Killed` line has no level."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    plain_ts, glog_ts, iso_z)

# ---------------------------------------------------------------- adstack-prebid-server-go-glog-ecs
F1 = "adstack-prebid-server-go-glog-ecs"


def gl(R, sev, src, msg):
    return "%s%s %7d %s] %s" % (sev, glog_ts(R), 1, src, msg)


def adunit(R):
    return pick(R, ["gm_top_leader", "gm_mpu_1", "gm_mpu_2", "gm_inread_video", "gm_sticky_footer", "gm_amp_mpu", "gm_preroll"])


def reqid(R):
    return uuid(R)


def acct(R):
    return pick(R, ["gorsemoor-web", "gorsemoor-amp", "gorsemoor-app"])


BIDDERS = ["appnexus", "rubicon", "ix", "pubmatic", "openx", "gorsemoorssp", "criteo"]


def ad_cache(R):
    # the Prebid Cache service moved to a new security group that does not admit the PBS tasks; every cache write
    # times out, so video and AMP bids (which need a cached VAST/creative) are dropped and those slots stay empty
    if R.random() < 0.65:
        return gl(R, "E", "client.go:%d" % R.randint(100, 130), "Error sending the request to Prebid Cache: Post \"http://prebid-cache.ads.internal:2424/cache\": dial tcp %s:2424: i/o timeout; Duration=%dms, Items=%d, Payload Size=%d" % (
            ip10(R, 44), R.randint(1000, 1010), R.randint(1, 8), R.randint(900, 40000)))
    return gl(R, "W", "auction.go:%d" % R.randint(600, 700), "Prebid Cache returned no UUIDs for request %s (account %s, %d bids): bids dropped" % (reqid(R), pick(R, ["gorsemoor-amp", "gorsemoor-web"]), R.randint(1, 9)))


def ad_stored(R):
    # the ad-ops config service rotated its bearer token; PBS's stored-request HTTP fetcher still sends the old one,
    # gets 401, and every auction that names a stored request fails (no ads on the pages using them)
    if R.random() < 0.5:
        return gl(R, "E", "http_fetcher.go:%d" % R.randint(130, 170), "Error fetching Stored Requests via HTTP: unexpected response status 401 Unauthorized from https://adops-config.ads.internal/storedrequests?imp-ids=%s" % ",".join(adunit(R) for _ in range(R.randint(1, 3))))
    return gl(R, "E", "auction.go:%d" % R.randint(150, 260), "/openrtb2/auction Critical error: Stored Imp with ID=\"%s\" not found. request=%s account=%s" % (adunit(R), reqid(R), acct(R)))


def ad_panic(R):
    # gorsemoorssp adapter 1.8 dereferences imp.ext.gorsemoorssp.deal without checking it; every request for a
    # slot without a deal panics inside the adapter, PBS recovers it and the house SSP bids are lost
    st = ["goroutine %d [running]:" % R.randint(1000, 900000), "runtime/debug.Stack()",
          "\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e",
          "github.com/prebid/prebid-server/v2/exchange.(*exchange).recoverSafely.func1.1()",
          "\t/app/exchange/exchange.go:%d +0x%x" % (R.randint(1100, 1200), R.randint(0x50, 0x2ff)),
          "panic({0x%x?, 0x%x?})" % (R.randint(0x1000000, 0x2000000), R.randint(0x1000000, 0x4000000)),
          "\t/usr/local/go/src/runtime/panic.go:770 +0x132",
          "github.com/prebid/prebid-server/v2/adapters/gorsemoorssp.(*adapter).MakeRequests(0xc%09x, 0xc%09x, 0x%x?)" % (R.randint(0, 16 ** 9 - 1), R.randint(0, 16 ** 9 - 1), R.randint(0x100, 0x9ff)),
          "\t/app/adapters/gorsemoorssp/gorsemoorssp.go:%d +0x%x" % (R.randint(60, 75), R.randint(0x40, 0x2ff))]
    return gl(R, "E", "exchange.go:%d" % R.randint(1100, 1200), "OpenRTB auction recovered panic from Bidder gorsemoorssp: runtime error: invalid memory address or nil pointer dereference. Account id: %s, stack trace is: %s" % (acct(R), "\n".join(st)))


def ad_currency(R):
    # the new egress proxy allow-list omits the currency file host; conversion rates never refresh, go stale after
    # the configured 24 h and non-USD bids (the EUR and GBP SSP seats) are rejected from auctions
    if R.random() < 0.55:
        return gl(R, "E", "rate_converter.go:%d" % R.randint(90, 120), "Error updating conversion rates: Get \"https://cdn.jsdelivr.net/gh/prebid/currency-file@1/latest.json\": Forbidden (proxy egress-proxy.ads.internal:3128 denied CONNECT)")
    return gl(R, "W", "bidder.go:%d" % R.randint(200, 280), "Currency conversion rate not found: 'GBP' => 'USD'; bid from %s dropped (rates last updated %s)" % (pick(R, ["rubicon", "ix", "criteo", "gorsemoorssp"]), iso_z(R, 0)))


def ad_gvl(R):
    # the vendor-list fetcher points at GVL v2 (vendor-list.consensu.org/v2), which stopped serving after TCF 2.2;
    # the fetch fails, the version PBS needs is unknown, and bidders are stripped from every EU request with consent
    return gl(R, "E", "vendorlist-fetching.go:%d" % R.randint(80, 140), "Error fetching GVL version %d from https://vendor-list.consensu.org/v2/archives/vendor-list-v%d.json: status %d; %d EU requests auctioned without bidders since last success" % (
        R.randint(60, 80), R.randint(60, 80), pick(R, [404, 410]), R.randint(100, 90000))) if R.random() < 0.6 else \
        gl(R, "W", "gdpr.go:%d" % R.randint(40, 90), "request %s: vendor list version %d unavailable; all bidders treated as not permitted for TCF purpose 2" % (reqid(R), R.randint(60, 80)))


def ad_negs():
    def n_summary(R):
        b = R.randint(0, 12)
        return gl(R, "I", "analytics/gorsemoor/module.go:%d" % R.randint(60, 90), "auction req=%s account=%s imps=%d bidders=%d bids=%d no_bid=%d timeouts=%d errors=0 winner=%s cpm=%.2f" % (
            reqid(R), acct(R), R.randint(1, 6), R.randint(3, 7), b, R.randint(0, 7), R.randint(0, 2), pick(R, BIDDERS) if b else "none", R.uniform(0.05, 9) if b else 0))

    def n_nobid(R):
        return pick(R, [
            gl(R, "I", "analytics/gorsemoor/module.go:%d" % R.randint(60, 90), "auction req=%s account=%s imps=%d bids=0 no_bid=all (no demand for %s)" % (reqid(R), acct(R), R.randint(1, 3), adunit(R))),
            gl(R, "I", "analytics/gorsemoor/module.go:%d" % R.randint(90, 110), "bidder %s timed out after %dms on req=%s (tmax %d); auction closed with remaining bids" % (pick(R, BIDDERS), R.randint(700, 900), reqid(R), pick(R, [800, 1000]))),
            gl(R, "I", "gdpr.go:%d" % R.randint(100, 140), "request %s: no consent for purpose 1 in TC string, personalised bidders skipped" % reqid(R))])

    def n_badreq(R):
        return pick(R, [
            gl(R, "W", "auction.go:%d" % R.randint(300, 400), "Invalid request: request.imp[%d].banner has no sizes. Define \"w\" and \"h\", or include \"format\" elements. (req=%s, ua=%s)" % (R.randint(0, 3), reqid(R), pick(R, ["curl/8.5.0", "python-requests/2.31", "Go-http-client/1.1"]))),
            gl(R, "W", "auction.go:%d" % R.randint(300, 400), "Invalid request: request.site or request.app must be defined, but not both. (req=%s)" % reqid(R)),
            gl(R, "E", "amp_auction.go:%d" % R.randint(200, 300), "/openrtb2/amp Critical error: Unable to find required amp parameter \"tag_id\" (ip %s)" % pubip(R)),
            gl(R, "I", "cookie_sync.go:%d" % R.randint(100, 200), "cookie_sync: request without GDPR consent string, %d bidders not synced" % R.randint(2, 7))])

    def n_boot(R):
        return pick(R, [
            gl(R, "I", "main.go:%d" % R.randint(40, 60), "Admin server starting on: :6060"),
            gl(R, "I", "server.go:%d" % R.randint(100, 130), "Main server starting on: :8000"),
            gl(R, "I", "main.go:%d" % R.randint(60, 80), "Prebid Server v2.%d.0 (%s) loading config from /etc/pbs/pbs.yaml" % (R.randint(10, 20), hexs(R, 7))),
            gl(R, "I", "metrics.go:%d" % R.randint(30, 60), "Prometheus metrics configured on :8080/metrics namespace=pbs"),
            gl(R, "I", "server.go:%d" % R.randint(140, 160), "Received signal terminated. Shutting down"),
            gl(R, "I", "server.go:%d" % R.randint(160, 180), "Main server has shut down"),
            gl(R, "W", "config.go:%d" % R.randint(800, 1200), "adapters.%s.endpoint uses http; consider https" % pick(R, ["gorsemoorssp", "criteo"]))])

    def n_ok(R):
        return pick(R, [
            gl(R, "I", "rate_converter.go:%d" % R.randint(120, 140), "Currency rates refreshed: %d currencies, data as of %s" % (R.randint(30, 35), iso_z(R, 0))) if R.random() < 0.3 else
            gl(R, "I", "client.go:%d" % R.randint(140, 160), "Prebid Cache stored %d items in %dms" % (R.randint(1, 8), R.randint(2, 40))),
            gl(R, "I", "http_fetcher.go:%d" % R.randint(180, 200), "Stored Requests refreshed: %d requests, %d imps, 0 errors" % (R.randint(10, 40), R.randint(30, 90))),
            gl(R, "I", "vendorlist-fetching.go:%d" % R.randint(150, 170), "GVL version %d loaded (%d vendors)" % (R.randint(60, 80), R.randint(800, 900))) if R.random() < 0.2 else
            gl(R, "I", "usersync.go:%d" % R.randint(50, 80), "setuid %s uid set for %d days" % (pick(R, BIDDERS), 14))])

    def n_dbg(R):
        return gl(R, "I", "bidder.go:%d" % R.randint(500, 560), "debug: %s returned %d bids, %d errors (0 fatal), http status %d for req=%s" % (pick(R, BIDDERS), R.randint(0, 4), R.randint(0, 2), pick(R, [200, 204]), reqid(R)))
    return [n_summary, n_summary, n_summary, n_nobid, n_nobid, n_badreq, n_boot, n_ok, n_dbg]


def adstack(R):
    return build(R, F1, [("prebid-cache-security-group-blocks-pbs", ad_cache), ("stored-requests-token-rotated-401", ad_stored),
                         ("gorsemoorssp-adapter-nil-deal-panic", ad_panic), ("egress-proxy-blocks-currency-file", ad_currency),
                         ("gvl-v2-url-retired", ad_gvl)], ad_negs())


# ---------------------------------------------------------------- images-thumbor7-tornado-s3-ecs
F2 = "images-thumbor7-tornado-s3-ecs"


def tl(R, name, lvl, msg):
    return "%s %s:%s %s" % (plain_ts(R), name, lvl, msg)


def img(R):
    return "%s/%02d/%s-%s.%s" % (pick(R, ["2031/04", "2031/03", "2030/12", "archive/1998"]), R.randint(1, 28), pick(R, ["moor", "harbour", "council", "match", "portrait", "flood", "market", "ferry"]), hexs(R, 8), pick(R, ["jpg", "jpg", "jpeg", "png"]))


def sig(R):
    return alnum(R, 27) + "="


def turl(R, im=None):
    return "/%s/%s%s" % (sig(R), pick(R, ["fit-in/1200x0/", "800x450/smart/", "300x300/smart/filters:format(webp)/", "1600x900/filters:quality(80)/", "fit-in/640x0/filters:format(avif)/"]), im or img(R))


def acc(R, status, path=None, ms=None):
    return tl(R, "tornado.access", "INFO" if status < 400 else ("WARNING" if status < 500 else "ERROR"), "%d GET %s (%s) %.2fms" % (status, path or turl(R), ip10(R, 2), ms if ms is not None else R.uniform(2, 900)))


def th_bucket(R):
    # the originals bucket was renamed to gorsemoor-originals-euw1 in the storage migration but TC_AWS_LOADER_BUCKET
    # still names the old one; every uncached image fails to load and readers get broken images
    if R.random() < 0.6:
        return tl(R, "thumbor", "WARNING", "ERROR retrieving image from S3 gorsemoor-cms-originals/%s: NoSuchBucket: The specified bucket does not exist" % img(R))
    return tl(R, "thumbor", "ERROR", "[BaseHandler] get_image failed for url `%s`. error: `NoSuchBucket`" % img(R))


def th_kms(R):
    # result storage writes to a bucket now encrypted with a customer-managed KMS key whose policy omits the task
    # role; nothing is cached, every request re-renders and CPU stays pinned
    return tl(R, "thumbor", "ERROR", "[RESULT_STORAGE] error putting %s/%s to gorsemoor-thumbor-results: AccessDenied: User: arn:aws:sts::%s:assumed-role/thumbor-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s" % (
        pick(R, ["v2", "v2/webp"]), hexs(R, 40), ACCT, hexs(R, 32), REGION, ACCT, uuid(R)))


def th_key(R):
    # SECURITY_KEY was rotated in thumbor's secret but the CMS URL signer kept the old key: every newly signed URL
    # (images of articles published since) is refused as unsigned
    if R.random() < 0.65:
        return tl(R, "thumbor", "WARNING", "URL signature does not match the url %s (using SECURITY_KEY); request denied" % turl(R)[29:])
    return acc(R, 400, turl(R, "2031/04/%02d/%s-%s.jpg" % (R.randint(10, 28), pick(R, ["moor", "harbour", "budget", "vote"]), hexs(R, 8))), R.uniform(0.3, 3))


def th_avif(R):
    # the 2031-04 image rebuild dropped pillow-avif-plugin; AVIF originals from the photo desk's new workflow raise
    # UnidentifiedImageError in the engine and are served as 500s
    im = "2031/04/%02d/%s-%s.avif" % (R.randint(2, 28), pick(R, ["match", "portrait", "flood", "market"]), hexs(R, 8))
    if R.random() < 0.7:
        u, ip = turl(R, im), ip10(R, 2)
        return "\n".join([
            tl(R, "tornado.application", "ERROR", "Uncaught exception GET %s (%s)" % (u, ip)),
            "HTTPServerRequest(protocol='http', host='images.%s', method='GET', uri='%s', version='HTTP/1.1', remote_ip='%s')" % (DOMAIN, u, ip),
            "Traceback (most recent call last):",
            "  File \"/usr/local/lib/python3.11/site-packages/tornado/web.py\", line 1790, in _execute",
            "    result = await result",
            "  File \"/usr/local/lib/python3.11/site-packages/thumbor/handlers/__init__.py\", line %d, in get_image" % R.randint(240, 280),
            "    self.context.request.engine.load(buffer, extension)",
            "  File \"/usr/local/lib/python3.11/site-packages/thumbor/engines/pil.py\", line %d, in create_image" % R.randint(90, 130),
            "    img = Image.open(BytesIO(buffer))",
            "  File \"/usr/local/lib/python3.11/site-packages/PIL/Image.py\", line 3339, in open",
            "    raise UnidentifiedImageError(msg)",
            "PIL.UnidentifiedImageError: cannot identify image file <_io.BytesIO object at 0x7f%s>" % hexs(R, 10)])
    return acc(R, 500, turl(R, im))


def th_oom(R):
    # MAX_SOURCE_SIZE was removed from thumbor.conf; 100-megapixel panoramas from the archive are decoded whole and
    # the 2 GiB task is OOM-killed, dropping all in-flight renders
    if R.random() < 0.5:
        return "/usr/src/app/docker-entrypoint.sh: line 31:     %d Killed                  thumbor --port=8888 --conf=/app/thumbor.conf --processes=%d" % (R.randint(6, 90), 4)
    return tl(R, "thumbor", "ERROR", "[PILEngine] MemoryError while decoding archive/1998/%02d/panorama-%s.tif (%dx%d, %d MP); worker exiting" % (R.randint(1, 28), hexs(R, 8), R.randint(12000, 20000), R.randint(5000, 9000), R.randint(80, 150)))


def th_negs():
    def n_acc(R):
        return pick(R, [acc(R, 200), acc(R, 200), acc(R, 304, ms=R.uniform(0.3, 3)), acc(R, 200, "/healthcheck", R.uniform(0.2, 1))])

    def n_4xx(R):
        return pick(R, [
            acc(R, 404, turl(R, "2031/0%d/%02d/deleted-%s.jpg" % (R.randint(1, 4), R.randint(1, 28), hexs(R, 8)))),
            acc(R, 400, "/unsafe/%dx%d/%s" % (R.randint(1, 9000), R.randint(1, 9000), pick(R, ["http://%s/a.jpg" % pubip(R), "wp-content/uploads/x.php"]))),
            tl(R, "thumbor", "WARNING", "Request denied: unsafe URLs are not allowed (ALLOW_UNSAFE_URL=False): /unsafe/%dx%d/%s" % (R.randint(10, 2000), R.randint(10, 2000), img(R))),
            tl(R, "thumbor", "WARNING", "ERROR retrieving image from S3 gorsemoor-originals-euw1/%s: NoSuchKey: The specified key does not exist" % img(R)),
            tl(R, "thumbor", "WARNING", "Image too large (%dx%d > MAX_WIDTH/MAX_HEIGHT 4000); resized down before processing" % (R.randint(4001, 8000), R.randint(3000, 6000)))])

    def n_dbg(R):
        return pick(R, [
            tl(R, "thumbor", "DEBUG", "[RESULT_STORAGE] getting from v2/%s" % hexs(R, 40)),
            tl(R, "thumbor", "DEBUG", "[RESULT_STORAGE] putting at v2/webp/%s (%d bytes)" % (hexs(R, 40), R.randint(4000, 400000))),
            tl(R, "thumbor", "DEBUG", "[STORAGE] image %s loaded from S3 in %dms" % (img(R), R.randint(8, 300))),
            tl(R, "thumbor", "DEBUG", "No image format specified. Retrieving from the image extension: %s." % pick(R, [".jpg", ".png", ".jpeg"])),
            tl(R, "thumbor", "DEBUG", "Smart detection: %d faces found, focal points %s" % (R.randint(0, 5), pick(R, ["set", "none (using centre)"])))])

    def n_boot(R):
        return pick(R, [
            tl(R, "thumbor", "INFO", "thumbor starting at 0.0.0.0:8888 with %d processes" % 4),
            tl(R, "thumbor", "INFO", "Using loader tc_aws.loaders.s3_loader, result storage tc_aws.result_storages.s3_storage, engine thumbor.engines.pil"),
            tl(R, "thumbor", "INFO", "Received signal 15, stopping; %d requests in flight" % R.randint(0, 40)),
            tl(R, "tornado.general", "WARNING", "Connection closed by client during write: StreamClosedError (%s)" % turl(R)),
            tl(R, "thumbor", "WARNING", "PIL: Possible DecompressionBombWarning ignored for %s (%d pixels, limit 89478485)" % (img(R), R.randint(90000000, 120000000))),
            tl(R, "thumbor", "INFO", "Purged %d results for %s after CMS crop update" % (R.randint(1, 12), img(R)))])

    def n_retry(R):
        return pick(R, [
            tl(R, "thumbor", "WARNING", "S3 GetObject throttled (SlowDown) for %s, retrying (attempt 1/3)" % img(R)),
            tl(R, "thumbor", "INFO", "S3 GetObject for %s succeeded after 1 retry" % img(R)),
            '{"_aws":{"Timestamp":%d,"CloudWatchMetrics":[{"Namespace":"Gorsemoor/Images","Dimensions":[["Service"]],"Metrics":[{"Name":"Renders","Unit":"Count"},{"Name":"Failures","Unit":"Count"}]}]},"Service":"thumbor","Renders":%d,"Failures":0}' % (1932768000000 + R.randint(86400, 2400000) * 1000, R.randint(100, 90000))])
    return [n_acc, n_acc, n_acc, n_4xx, n_dbg, n_dbg, n_boot, n_retry]


def images(R):
    return build(R, F2, [("originals-bucket-renamed-loader-not-updated", th_bucket), ("result-storage-cmk-policy-omits-task-role", th_kms),
                         ("security-key-rotated-cms-signer-stale", th_key), ("avif-plugin-dropped-from-image", th_avif),
                         ("max-source-size-removed-oom", th_oom)], th_negs())


FAMILIES = {F1: adstack, F2: images}
