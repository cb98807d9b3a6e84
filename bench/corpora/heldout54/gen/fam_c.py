"""Families: search-solr9-cloud-log4j2-ec2, alerts-rust-tracing-fcm-apns-ses-ecs.

"search" is gorsemoor's article search and related-articles backend: SolrCloud 9 on EC2 (collection `articles`, two
shards, ZooKeeper ensemble), fed by the CMS indexer and queried by the site and the recommendations widget. Solr's
log4j2 layout `2031-04-14 09:12:33.123 INFO  (qtp1234-56) [c:articles s:shard1 r:core_node3 x:articles_shard1_replica_n1 t:]
o.a.s.c.S.Request webapp=/solr path=/select params={...} hits=42 status=0 QTime=12`; an exception's stack follows in
the same event (CloudWatch agent multi_line_start_pattern `^\\d{4}-\\d{2}-\\d{2} `). The OOM script's lines have no
level.

"alerts" is the breaking-news alert and newsletter sender "klaxon" (Rust, tokio, tracing-subscriber fmt output) on
ECS: alerts arrive on an SQS queue, fan out to FCM HTTP v1 (Android), APNs (iOS, token auth) and SES (email digests).
`2031-04-14T09:12:33.123456Z  INFO alert{id=...}: klaxon::fanout: message key=value`; a Rust panic (`thread '…'
panicked at …`) is one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    dot_ts, iso_z)

# ---------------------------------------------------------------- search-solr9-cloud-log4j2-ec2
F1 = "search-solr9-cloud-log4j2-ec2"


def core(R):
    s = R.randint(1, 2)
    n = R.randint(1, 3)
    return "c:articles s:shard%d r:core_node%d x:articles_shard%d_replica_n%d t:" % (s, n * 2 + s, s, n)


def thr(R):
    return pick(R, ["qtp%d-%d" % (R.randint(100000000, 999999999), R.randint(10, 400)), "updateExecutor-%d-thread-%d" % (R.randint(8, 12), R.randint(1, 60))])


def sl(R, lvl, cls, msg, mdc=None, thread=None):
    return "%s %-5s (%s) [%s] %s %s" % (dot_ts(R), lvl, thread or thr(R), core(R) if mdc is None else mdc, cls, msg)


def art(R):
    return "gm-%d" % R.randint(1000000, 9999999)


def q(R):
    return pick(R, ["council+tax", "ferry+timetable", "moorland+fire", "election+results", "obituaries", "school+closures", "flood+warning", "harbour+festival", "match+report", "planning+application"])


def sel(R, hits, qt=None):
    return sl(R, "INFO", "o.a.s.c.S.Request", "webapp=/solr path=/select params={q=%s&defType=edismax&qf=title^3+standfirst^2+body&fq=published:[*+TO+NOW]&rows=%d&wt=javabin&version=2} hits=%d status=0 QTime=%d" % (
        q(R), pick(R, [10, 20, 24]), hits, qt if qt is not None else R.randint(1, 300)))


def sr_field(R):
    # CMS release 31.4 sends a new `section_path` field the managed schema does not define; every article update is
    # rejected, so new and edited articles never become searchable
    a = art(R)
    if R.random() < 0.6:
        return sl(R, "ERROR", "o.a.s.h.RequestHandlerBase", "org.apache.solr.common.SolrException: ERROR: [doc=%s] unknown field 'section_path' => org.apache.solr.common.SolrException: ERROR: [doc=%s] unknown field 'section_path'\n\tat org.apache.solr.update.DocumentBuilder.toDocument(DocumentBuilder.java:%d)\n\tat org.apache.solr.update.AddUpdateCommand.makeLuceneDocs(AddUpdateCommand.java:%d)\n\tat org.apache.solr.update.DirectUpdateHandler2.updateDocOrDocValues(DirectUpdateHandler2.java:%d)" % (
            a, a, R.randint(210, 230), R.randint(230, 250), R.randint(1000, 1020)))
    return sl(R, "ERROR", "o.a.s.h.RequestHandlerBase", "org.apache.solr.common.SolrException: ERROR: [doc=%s] unknown field 'section_path'" % a)


def sr_disk(R):
    # the shard2 replica on solr-3 has a 100 GiB EBS volume that filled with unmerged segments; the IndexWriter hit a
    # tragic exception and the replica refuses all updates until disk is added
    if R.random() < 0.55:
        return sl(R, "ERROR", "o.a.s.u.SolrIndexWriter", "Error closing IndexWriter\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat org.apache.lucene.store.FSDirectory$FSIndexOutput$1.write(FSDirectory.java:%d)\n\tat org.apache.lucene.index.IndexWriter.merge(IndexWriter.java:%d)" % (
            R.randint(410, 420), R.randint(4700, 4800)), mdc="c:articles s:shard2 r:core_node5 x:articles_shard2_replica_n3 t:")
    return sl(R, "ERROR", "o.a.s.h.RequestHandlerBase", "org.apache.solr.common.SolrException: this IndexWriter is closed => org.apache.lucene.store.AlreadyClosedException: this IndexWriter is closed\nCaused by: java.io.IOException: No space left on device (doc=%s)" % art(R),
              mdc="c:articles s:shard2 r:core_node5 x:articles_shard2_replica_n3 t:")


def sr_clauses(R):
    # the recommendations widget's more-like-this builder adds one clause per tag of every article read in the
    # session; heavy readers exceed maxBooleanClauses (1024) and their related-articles query fails
    n = R.randint(1025, 4000)
    return sl(R, "ERROR", "o.a.s.h.RequestHandlerBase", "org.apache.solr.common.SolrException: org.apache.solr.search.SyntaxError: Cannot parse 'tags:(%s ...)': too many boolean clauses (%d > maxBooleanClauses 1024) => org.apache.lucene.search.IndexSearcher$TooManyClauses: maxClauseCount is set to 1024\n\tat org.apache.lucene.search.BooleanQuery$Builder.add(BooleanQuery.java:%d)\n\tat org.apache.solr.search.ExtendedDismaxQParser.parse(ExtendedDismaxQParser.java:%d)" % (
        "+OR+".join(pick(R, ["moor", "ferry", "council", "rugby", "farming", "weather", "courts", "schools"]) for _ in range(3)), n, R.randint(100, 130), R.randint(200, 240))) if R.random() < 0.6 else \
        sl(R, "INFO", "o.a.s.c.S.Request", "webapp=/solr path=/mlt params={mlt.fl=tags,title&q=id:%s&rows=6&wt=json} status=400 QTime=%d" % (art(R), R.randint(1, 30)))


def sr_oom(R):
    # the "trending tags" facet was pointed at `tags_txt` (tokenized text, no docValues); faceting un-inverts it on
    # the heap, Solr runs out of heap and the OOM script kills the node
    if R.random() < 0.5:
        return sl(R, "ERROR", "o.a.s.s.HttpSolrCall", "null:java.lang.RuntimeException: java.lang.OutOfMemoryError: Java heap space\n\tat org.apache.solr.servlet.HttpSolrCall.sendError(HttpSolrCall.java:%d)\nCaused by: java.lang.OutOfMemoryError: Java heap space\n\tat org.apache.solr.uninverting.FieldCacheImpl$SortedDocValuesCache.createValue(FieldCacheImpl.java:%d)\n\tat org.apache.solr.request.SimpleFacets.getTermCounts(SimpleFacets.java:%d)" % (
            R.randint(700, 720), R.randint(700, 760), R.randint(500, 540)))
    return "Running OOM killer script for process %d for Solr on port 8983\nKilled process %d" % ((lambda p: (p, p))(R.randint(1000, 60000)))


def sr_auth(R):
    # the indexer's basic-auth password was changed in security.json but not in the indexer's secret; its pushes are
    # refused, so scheduled re-indexing of edited articles stops
    return sl(R, "WARN", "o.a.s.s.BasicAuthPlugin", "Bad auth credentials supplied in Authorization header for user cms-indexer from %s (path=/solr/articles/update)" % ip10(R, 12), mdc="", thread="qtp%d-%d" % (R.randint(100000000, 999999999), R.randint(10, 400)))


def sr_negs():
    def n_sel(R):
        return sel(R, R.randint(1, 4000))

    def n_zero(R):
        return sel(R, 0)

    def n_upd(R):
        return pick(R, [
            sl(R, "INFO", "o.a.s.u.p.LogUpdateProcessorFactory", "webapp=/solr path=/update params={wt=javabin&version=2}{add=[%s (%d)]} 0 %d" % (art(R), R.randint(1790000000000000000, 1799999999999999999), R.randint(1, 60))),
            sl(R, "INFO", "o.a.s.u.p.LogUpdateProcessorFactory", "webapp=/solr path=/update params={wt=javabin&version=2}{delete=[%s (-%d)]} 0 %d" % (art(R), R.randint(1790000000000000000, 1799999999999999999), R.randint(1, 30))),
            sl(R, "INFO", "o.a.s.u.DirectUpdateHandler2", "start commit{,optimize=false,openSearcher=false,waitSearcher=true,expungeDeletes=false,softCommit=false,prepareCommit=false}"),
            sl(R, "INFO", "o.a.s.u.DirectUpdateHandler2", "end_commit_flush"),
            sl(R, "INFO", "o.a.s.s.SolrIndexSearcher", "Opening [Searcher@%s[articles_shard%d_replica_n%d] main]" % (hexs(R, 8), R.randint(1, 2), R.randint(1, 3))),
            sl(R, "INFO", "o.a.s.c.SolrCore", "Registered new searcher autowarm time: %d ms" % R.randint(20, 3000))])

    def n_ping(R):
        return pick(R, [
            sl(R, "INFO", "o.a.s.c.S.Request", "webapp=/solr path=/admin/ping params={wt=javabin&version=2} hits=%d status=0 QTime=%d" % (R.randint(100000, 900000), R.randint(0, 5))),
            sl(R, "INFO", "o.a.s.s.HttpSolrCall", "[admin] webapp=null path=/admin/metrics params={wt=json&group=core} status=0 QTime=%d" % R.randint(1, 40), mdc=""),
            sl(R, "INFO", "o.a.s.s.HttpSolrCall", "[admin] webapp=null path=/admin/collections params={action=CLUSTERSTATUS&wt=json} status=0 QTime=%d" % R.randint(1, 40), mdc="")])

    def n_warn(R):
        return pick(R, [
            sl(R, "WARN", "o.a.s.c.S.SlowRequest", "slow: webapp=/solr path=/select params={q=*:*&facet=true&facet.field=section&rows=0&wt=json} hits=%d status=0 QTime=%d" % (R.randint(400000, 900000), R.randint(1000, 3000))),
            sl(R, "WARN", "o.a.s.c.CoreContainer", "Not all security plugins configured!  authentication=enabled authorization=disabled.  Solr is only as secure as you make it. Consider configuring authorization.", mdc="", thread="main"),
            sl(R, "WARN", "o.a.s.c.SolrResourceLoader", "Solr loaded a deprecated plugin/analysis class [solr.TrieDateField]. Please consult documentation how to replace it accordingly.", thread="coreLoadExecutor-%d-thread-1" % R.randint(10, 20)),
            sl(R, "WARN", "o.a.s.s.BasicAuthPlugin", "No Authorization header supplied for path /solr/ from %s (401 sent, browser will prompt)" % pubip(R), mdc=""),
            sl(R, "INFO", "o.a.s.c.S.Request", "webapp=/solr path=/select params={q=%s&defType=edismax&rows=10&wt=json} hits=0 status=0 QTime=%d partialResults=false errors=0" % (pick(R, ["%22%22", "***", "a"]), R.randint(0, 9)))])

    def n_boot(R):
        return pick(R, [
            sl(R, "INFO", "o.a.s.c.CoreContainer", "Node Name: solr-%d.search.internal:8983_solr" % R.randint(1, 4), mdc="", thread="main"),
            sl(R, "INFO", "o.a.s.c.ZkContainer", "Zookeeper client=zk-1.search.internal:2181,zk-2.search.internal:2181,zk-3.search.internal:2181/solr", mdc="", thread="main"),
            sl(R, "INFO", "o.a.s.c.RecoveryStrategy", "Finished recovery process, successful=[true] msTimeTaken=%d" % R.randint(400, 90000), thread="recoveryExecutor-%d-thread-1" % R.randint(5, 10)),
            sl(R, "INFO", "o.a.s.c.ShardLeaderElectionContext", "I am the new leader: http://solr-%d.search.internal:8983/solr/articles_shard%d_replica_n%d/ shard%d" % (R.randint(1, 4), R.randint(1, 2), R.randint(1, 3), R.randint(1, 2))),
            sl(R, "INFO", "o.a.s.c.RecoveryStrategy", "Attempting to PeerSync from [http://solr-%d.search.internal:8983/solr/articles_shard1_replica_n1/] - recoveringAfterStartup=[true]" % R.randint(1, 4))])
    return [n_sel, n_sel, n_sel, n_zero, n_upd, n_upd, n_ping, n_warn, n_boot]


def search(R):
    return build(R, F1, [("schema-lacks-section-path-field", sr_field), ("shard2-ebs-volume-full", sr_disk),
                         ("mlt-builder-exceeds-max-boolean-clauses", sr_clauses), ("trending-facet-on-text-field-oom", sr_oom),
                         ("indexer-basic-auth-password-stale", sr_auth)], sr_negs())


# ---------------------------------------------------------------- alerts-rust-tracing-fcm-apns-ses-ecs
F2 = "alerts-rust-tracing-fcm-apns-ses-ecs"


def rt(R, lvl, span, target, msg, **kv):
    f = " ".join("%s=%s" % (k, v) for k, v in kv.items())
    return "%s %5s %s%s: %s%s" % (iso_z(R, 6), lvl, (span + ": ") if span else "", target, msg, (" " + f) if f else "")


def alert_id(R):
    return "al_%s" % lower(R, 10)


def aspan(R):
    return "alert{id=%s topic=%s}" % (alert_id(R), pick(R, ["breaking", "breaking", "sport", "local-moor", "business", "weather-warnings"]))


def al_fcm(R):
    # the Firebase service-account key the task uses was disabled in GCP IAM; token minting fails, so no Android
    # alert is delivered
    if R.random() < 0.5:
        return rt(R, "ERROR", aspan(R), "klaxon::fcm::auth", "failed to mint FCM access token", error="\"invalid_grant: Invalid JWT Signature.\"", sa="klaxon-sender@gorsemoor-news.iam.gserviceaccount.example")
    return rt(R, "ERROR", aspan(R), "klaxon::fanout", "android fanout aborted", platform="android", devices=R.randint(20000, 400000), sent=0, error="\"fcm auth: invalid_grant\"")


def al_apns(R):
    # the APNs auth key (.p8) was revoked in the Apple developer account by mistake; every iOS send is refused with
    # 403 InvalidProviderToken
    if R.random() < 0.55:
        return rt(R, "ERROR", aspan(R), "klaxon::apns", "apns rejected batch", status=403, reason="InvalidProviderToken", failed=R.randint(100, 1000), key_id="K9%s" % upper(R, 8))
    return rt(R, "WARN", aspan(R), "klaxon::fanout", "ios fanout finished with failures", platform="ios", devices=R.randint(20000, 300000), sent=0, failed="all", reason="InvalidProviderToken")


def al_ses(R):
    # the morning digest grew past the account's SES sending quota (200k/24h was never raised after launch); the
    # remainder of every digest run is refused
    if R.random() < 0.6:
        return rt(R, "ERROR", "digest{edition=%s}" % pick(R, ["morning", "evening", "weekend"]), "klaxon::ses", "SendEmail failed", error="\"Throttling: Daily message quota exceeded.\"", recipient_batch=R.randint(1, 400))
    return rt(R, "ERROR", "digest{edition=%s}" % pick(R, ["morning", "evening"]), "klaxon::digest", "digest run stopped", sent=R.randint(150000, 200000), remaining=R.randint(20000, 140000), error="\"ses daily quota exceeded\"")


def al_gsi(R):
    # the device-tokens table was recreated by the IaC migration without its `topic-index` GSI; the topic query
    # returns ValidationException, which the fanout unwraps, so the task panics on every alert
    if R.random() < 0.6:
        return "thread 'tokio-runtime-worker' panicked at src/tokens.rs:%d:%d:\ncalled `Result::unwrap()` on an `Err` value: ServiceError(ServiceError { source: ValidationException(ValidationException { message: Some(\"The table does not have the specified index: topic-index\"), meta: ErrorMetadata { code: Some(\"ValidationException\"), request_id: Some(\"%s\") } }) })\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % (
            R.randint(60, 80), R.randint(10, 60), upper(R, 52))
    return rt(R, "ERROR", None, "klaxon::supervisor", "fanout worker exited", worker=R.randint(0, 7), cause="\"panicked at src/tokens.rs: ValidationException topic-index\"", restarts=R.randint(1, 90))


def al_kms(R):
    # the alerts queue was switched to a customer-managed KMS key; the task role lacks kms:Decrypt, so ReceiveMessage
    # fails and published alerts never reach the fanout
    return rt(R, "ERROR", None, "klaxon::queue", "ReceiveMessage failed", queue="https://sqs.%s.amazonaws.com/%s/news-alerts" % (REGION, ACCT),
              error="\"KMS.AccessDeniedException: User: arn:aws:sts::%s:assumed-role/klaxon-task/%s is not authorized to perform: kms:Decrypt\"" % (ACCT, hexs(R, 32)), backoff_ms=pick(R, [1000, 2000, 4000, 8000]))


def al_negs():
    def n_sent(R):
        return pick(R, [
            rt(R, "INFO", aspan(R), "klaxon::fanout", "android fanout finished", platform="android", devices=R.randint(20000, 400000), sent=R.randint(20000, 400000), failed=0, unregistered=R.randint(0, 900)),
            rt(R, "INFO", aspan(R), "klaxon::fanout", "ios fanout finished", platform="ios", devices=R.randint(20000, 300000), sent=R.randint(20000, 300000), failed=0, unregistered=R.randint(0, 500)),
            rt(R, "INFO", aspan(R), "klaxon::fanout", "alert accepted", headline_len=R.randint(30, 120), ttl_s=pick(R, [900, 3600]), dedupe="new"),
            rt(R, "INFO", "digest{edition=%s}" % pick(R, ["morning", "evening", "weekend"]), "klaxon::digest", "digest run finished", sent=R.randint(40000, 190000), bounced=R.randint(0, 300), suppressed=R.randint(0, 4000), errors=0)])

    def n_expected(R):
        return pick(R, [
            rt(R, "INFO", aspan(R), "klaxon::fcm", "token unregistered, removing", token_hash=hexs(R, 16), error_code="UNREGISTERED"),
            rt(R, "INFO", aspan(R), "klaxon::apns", "device token no longer active, removing", status=410, reason="Unregistered", token_hash=hexs(R, 16)),
            rt(R, "INFO", "digest{edition=morning}", "klaxon::ses", "recipient on suppression list, skipped", reader="rdr_%s" % lower(R, 12), reason=pick(R, ["BOUNCE", "COMPLAINT"])),
            rt(R, "INFO", "digest{edition=evening}", "klaxon::digest", "reader unsubscribed, skipped", reader="rdr_%s" % lower(R, 12)),
            rt(R, "WARN", "bounce", "klaxon::ses_events", "hard bounce recorded", reader="rdr_%s" % lower(R, 12), diagnostic="\"smtp; 550 5.1.1 user unknown\""),
            rt(R, "INFO", aspan(R), "klaxon::fanout", "duplicate alert ignored", dedupe="seen", first_seen=iso_z(R, 0))])

    def n_retry(R):
        return pick(R, [
            rt(R, "WARN", aspan(R), "klaxon::fcm", "fcm returned 503, retrying", attempt=1, backoff_ms=R.randint(100, 2000)),
            rt(R, "INFO", aspan(R), "klaxon::fcm", "batch delivered after retry", attempt=2, sent=500, failed=0),
            rt(R, "WARN", aspan(R), "klaxon::apns", "connection reset by APNs, reconnecting", conn=R.randint(0, 7)),
            rt(R, "DEBUG", aspan(R), "klaxon::apns", "response", status=200, apns_id=uuid(R).upper(), error="None")])

    def n_boot(R):
        return pick(R, [
            rt(R, "INFO", None, "klaxon", "starting", version="1.%d.%d" % (R.randint(10, 19), R.randint(0, 9)), region=REGION),
            rt(R, "INFO", None, "klaxon::queue", "polling", queue="news-alerts", wait_s=20, max_messages=10),
            rt(R, "INFO", None, "klaxon::apns", "connected to api.push.apple.com:443", conns=8),
            rt(R, "INFO", None, "klaxon", "shutdown requested, draining", inflight=R.randint(0, 20)),
            rt(R, "DEBUG", None, "klaxon::queue", "empty receive", waited_ms=R.randint(19900, 20100)),
            rt(R, "DEBUG", None, "hyper::client::pool", "reuse idle connection for (\"https\", fcm.googleapis.com)"),
            '{"_aws":{"Timestamp":%d,"CloudWatchMetrics":[{"Namespace":"Gorsemoor/Alerts","Dimensions":[["Platform"]],"Metrics":[{"Name":"Sent","Unit":"Count"},{"Name":"Failed","Unit":"Count"}]}]},"Platform":"%s","Sent":%d,"Failed":0}' % (1932768000000 + R.randint(86400, 2400000) * 1000, pick(R, ["android", "ios", "email"]), R.randint(100, 400000))])
    return [n_sent, n_sent, n_expected, n_expected, n_retry, n_boot]


def alerts(R):
    return build(R, F2, [("fcm-service-account-key-disabled", al_fcm), ("apns-auth-key-revoked", al_apns),
                         ("ses-daily-quota-not-raised", al_ses), ("tokens-table-recreated-without-gsi-panic", al_gsi),
                         ("alerts-queue-cmk-no-decrypt", al_kms)], al_negs())


FAMILIES = {F1: search, F2: alerts}
