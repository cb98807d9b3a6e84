"""Families: bullmq-worker-threads, log4j2-json-sdkv2."""
import json

from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    epoch, sysl, host, reqid, lambda_report, lambda_start, lambda_end)

# ---------------------------------------------------------------- bullmq-worker-threads
# Node 20 job workers on ECS: BullMQ queues on ElastiCache (ioredis), CPU work in a worker_threads pool
# (image and PDF rendering), the app's own one-line format `ISO LEVEL [component] message` on stdout,
# and whatever Node itself prints to stderr (stacks, fatal heap reports) kept as one event by the
# awslogs multiline pattern.
F1 = "bullmq-worker-threads"

NM = "/app/node_modules"


def nl(R, level, comp, msg):
    return "%s %-5s [%s] %s" % (iso(R, 3), level, comp, msg)


def jid(R):
    return str(R.randint(1000, 999999))


def g_stalled(R):
    return nl(R, "ERROR", "queue:thumbnails", "job %s (render-thumb) failed: job stalled more than allowable limit" % jid(R))


def g_missing_lock(R):
    j = jid(R)
    return nl(R, "ERROR", "queue:emails", "worker error: Error: Missing lock for job %s. moveToFinished\n    at Scripts.finishedErrors (%s/bullmq/dist/cjs/classes/scripts.js:%d:24)\n    at Job.moveToFailed (%s/bullmq/dist/cjs/classes/job.js:%d:38)\n    at async handleFailed (%s/bullmq/dist/cjs/classes/worker.js:%d:17)" % (
        j, NM, pick(R, [408, 408]), NM, 596, NM, 643))


def g_ioredis(R):
    return "[ioredis] Unhandled error event: Error: connect ETIMEDOUT\n    at Socket.<anonymous> (%s/ioredis/built/Redis.js:170:41)\n    at Object.onceWrapper (node:events:634:28)\n    at Socket.emit (node:events:520:28)\n    at Socket._onTimeout (node:net:595:8)\n    at listOnTimeout (node:internal/timers:581:17)\n    at process.processTimers (node:internal/timers:519:7) {\n  errorno: 'ETIMEDOUT',\n  code: 'ETIMEDOUT',\n  syscall: 'connect',\n  address: '%s',\n  port: 6379\n}" % (NM, ip10(R))


def g_worker_oom(R):
    t = R.randint(1, 8)
    return nl(R, "ERROR", "pool:resize", "thread %d terminated, job %s requeued: Error [ERR_WORKER_OUT_OF_MEMORY]: Worker terminated due to reaching memory limit: JS heap out of memory\n    at [kOnExit] (node:internal/worker:313:26)\n    at Worker.<computed>.onexit (node:internal/worker:229:20) {\n  code: 'ERR_WORKER_OUT_OF_MEMORY'\n}" % (t, jid(R)))


def g_main_oom(R):
    gcs = "\n".join("[1:0x%s] %6d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = %.3f, current mu = %.3f) allocation failure; scavenge might not succeed" % (
        hexs(R, 12), R.randint(100000, 9000000), 2030 + R.random() * 15, 2080 + R.random() * 10, 2029 + R.random() * 15, 2081 + R.random() * 10, R.uniform(900, 2400), R.random(), R.random()) for _ in range(2))
    return "<--- Last few GCs --->\n\n%s\n\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\n\n 1: 0xb8ced1 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n 2: 0xf06460 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]" % gcs


def g_pdf_nosuchkey(R):
    return nl(R, "ERROR", "queue:pdf", "job %s (render-invoice) failed: NoSuchKey: The specified key does not exist. (templates/invoice-v%d.hbs, RequestId: %s)" % (
        jid(R), pick(R, [7, 7, 8]), alnum(R, 16).upper()))


def g_smtp_rejection(R):
    return "node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n\n[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"Invalid login: 535 5.7.8 Authentication credentials invalid\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js v20.%d.%d" % (
        pick(R, [15, 15, 16]), R.randint(0, 1)) + ("" if R.random() < 0.5 else "\n(pid %d, container mailer-%s)" % (R.randint(1, 40), hexs(R, 8)))


def g_redis_oom(R):
    return nl(R, "ERROR", "api:enqueue", "queue.add(%s) failed for order %s: ReplyError: OOM command not allowed when used memory > 'maxmemory'." % (
        pick(R, ["emails", "pdf", "thumbnails"]), "ord_%s" % alnum(R, 12)))


def n_info(R):
    q = pick(R, ["emails", "pdf", "thumbnails"])
    return nl(R, pick(R, ["INFO", "INFO", "DEBUG"]), "queue:%s" % q, pick(R, [
        "job %s completed in %dms" % (jid(R), R.randint(15, 20000)),
        "worker listening on queue %s (concurrency=%d)" % (q, pick(R, [5, 10, 20])),
        "drained: completed=%d failed=0 delayed=%d" % (R.randint(1, 900), R.randint(0, 30)),
        "job %s picked up by worker %s" % (jid(R), hexs(R, 8)),
        "job %s progress %d%%" % (jid(R), R.randint(1, 99))]))


def n_warn(R):
    q = pick(R, ["emails", "pdf", "thumbnails"])
    return nl(R, "WARN", "queue:%s" % q, pick(R, [
        "job %s stalled, moved back to wait (stalledCounter=1)" % jid(R),
        "job %s failed attempt %d/5 (ETIMEDOUT), retrying in %dms" % (jid(R), R.randint(1, 4), pick(R, [2000, 4000, 8000])),
        "job %s failed attempt 1/3 (429 Too Many Requests from SES), backing off" % jid(R),
        "rate limited, delaying %dms" % R.randint(100, 5000)]))


def n_pool(R):
    return nl(R, pick(R, ["INFO", "DEBUG"]), "pool:resize", pick(R, [
        "pool ready: %d threads, resourceLimits.maxOldGenerationSizeMb=%d" % (pick(R, [4, 8]), pick(R, [256, 512])),
        "thread %d finished task %s in %dms, errors=0" % (R.randint(1, 8), uuid(R), R.randint(30, 9000)),
        "thread %d recycled after %d tasks" % (R.randint(1, 8), R.randint(500, 5000))]))


def n_node_warning(R):
    return pick(R, [
        "(node:%d) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 error listeners added to [Worker]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit\n(Use `node --trace-warnings ...` to show where the warning was created)" % R.randint(1, 60),
        "(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead." % R.randint(1, 60),
        "%s INFO  [ioredis] reconnected to jobs-redis after %dms" % (iso(R, 3), R.randint(50, 3000)),
        "%s DEBUG [ioredis] reconnecting in %dms (error: connect ECONNREFUSED)" % (iso(R, 3), R.randint(50, 2000))])


def bullmq_worker_threads(R):
    groups = [
        ("thumbnails-jobs-stalled-limit", g_stalled),
        ("emails-missing-job-lock", g_missing_lock),
        ("ioredis-connect-etimedout", g_ioredis),
        ("resize-thread-heap-limit", g_worker_oom),
        ("main-process-heap-oom", g_main_oom),
        ("invoice-template-nosuchkey", g_pdf_nosuchkey),
        ("mailer-smtp-auth-unhandled-rejection", g_smtp_rejection),
        ("redis-maxmemory-oom-enqueue", g_redis_oom),
    ]
    return build(R, F1, groups, [n_info, n_warn, n_pool, n_node_warning])


# ---------------------------------------------------------------- log4j2-json-sdkv2
# Java 21 services (Lambda with aws-lambda-java-log4j2, and an ECS service) logging through Log4j2's
# JsonTemplateLayout with the EcsLayout event template (`@timestamp`, `log.level`, `message`,
# `process.thread.name`, `log.logger`, `error.type`, `error.message`, `error.stack_trace`), AWS SDK for
# Java v2 exceptions, Log4j2's own StatusLogger lines, and the Lambda Java runtime's plain-text errors.
F2 = "log4j2-json-sdkv2"


def l4ts(R):
    return "2027-08-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def ev(R, level, logger, msg, thread=None, etype=None, emsg=None, stack=None, **kv):
    d = {"@timestamp": l4ts(R), "ecs.version": "1.2.0", "log.level": level, "message": msg,
         "process.thread.name": thread or pick(R, ["main", "sdk-async-response-0-%d" % R.randint(0, 30), "pool-2-thread-%d" % R.randint(1, 16)]),
         "log.logger": logger}
    if etype:
        d["error.type"] = etype
        d["error.message"] = emsg
        d["error.stack_trace"] = stack
    d.update(kv)
    if "AWSRequestId" not in d and R.random() < 0.5:
        d["service.name"] = "orders-api"
    return jd(d)


def svc_err(svc, status, rid, ext=None):
    s = " (Service: %s, Status Code: %d, Request ID: %s" % (svc, status, rid)
    if ext:
        s += ", Extended Request ID: %s" % ext
    return s + ")"


def g_ddb_throughput(R):
    rid = alnum(R, 52).upper()
    em = "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." + svc_err("DynamoDb", 400, rid)
    et = "software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException"
    return ev(R, "ERROR", "com.example.sessions.SessionStore", "failed to persist session %s" % uuid(R), etype=et, emsg=em,
              stack="%s: %s\n\tat software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException$BuilderImpl.build(ProvisionedThroughputExceededException.java:%d)\n\tat com.example.sessions.SessionStore.save(SessionStore.java:%d)\n" % (et, em, pick(R, [150, 150]), pick(R, [88, 88])),
              AWSRequestId=reqid(R))


def g_sqs_kms(R):
    rid = uuid(R)
    et = "software.amazon.awssdk.services.sqs.model.KmsAccessDeniedException"
    em = "User: arn:aws:sts::111122223333:assumed-role/orders-api-task/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:us-east-1:111122223333:key/%s because no identity-based policy allows the kms:GenerateDataKey action" % (hexs(R, 32), "0b9e3c1a-5d7f-4e21-9a6b-8c4d2e1f0a37") + svc_err("Sqs", 400, rid)
    return ev(R, "ERROR", "com.example.orders.OrderEventsPublisher", "publish OrderPlaced %s failed" % ("ORD-%d" % R.randint(100000, 999999)), etype=et, emsg=em,
              stack="%s: %s\n\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n\tat com.example.orders.OrderEventsPublisher.publish(OrderEventsPublisher.java:52)\n" % (et, em))


def g_netty_acquire(R):
    et = "software.amazon.awssdk.core.exception.SdkClientException"
    em = "Unable to execute HTTP request: Acquire operation took longer than the configured maximum time. This indicates that a request cannot get a connection from the pool within the specified maximum time. This can be due to high request rate.\nConsider taking any of the following actions to mitigate the issue: increase max connections, increase acquire timeout, or slowing the request rate.\nIncreasing the max connections can increase client throughput (unless the network interface is already fully utilized), but can eventually start to hit operation system limitations on the number of file descriptors used by the process. If you already are fully utilizing your network interface or cannot further increase your connection count, increasing the acquire timeout gives extra time for requests to acquire a connection before timing out. If the connections doesn't free up, the subsequent requests will still timeout.\nIf the above mechanisms are not able to fix the issue, try smoothing out your requests so that large traffic bursts cannot overload the client, being more efficient with the number of times you need to call AWS, or by increasing the number of hosts sending requests."
    return ev(R, "ERROR", "com.example.media.ThumbnailUploader", "upload of s3://media-derived-prod/%s/%s.webp failed" % (lower(R, 8), uuid(R)), etype=et, emsg=em,
              stack="%s: %s\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)\nCaused by: java.lang.Throwable: Acquire operation took longer than the configured maximum time.\n\tat software.amazon.awssdk.http.nio.netty.internal.NettyRequestExecutor.decorateException(NettyRequestExecutor.java:%d)\nCaused by: java.util.concurrent.TimeoutException: Acquire operation took longer than 10000 milliseconds.\n" % (et, em.split("\n")[0], pick(R, [302, 302])))


def g_s3_nosuchbucket(R):
    et = "software.amazon.awssdk.services.s3.model.NoSuchBucketException"
    em = "The specified bucket does not exist" + svc_err("S3", 404, alnum(R, 16).upper(), alnum(R, 56) + "=")
    return ev(R, "ERROR", "com.example.reports.MonthlyExport", "export for tenant %s aborted" % ("tn-%d" % R.randint(1000, 9999)), etype=et, emsg=em,
              stack="%s: %s\n\tat software.amazon.awssdk.services.s3.model.NoSuchBucketException$BuilderImpl.build(NoSuchBucketException.java:%d)\n\tat com.example.reports.MonthlyExport.write(MonthlyExport.java:141)\n" % (et, em, pick(R, [104, 104])),
              AWSRequestId=reqid(R))


def g_class_not_found(R):
    if R.random() < 0.7:
        return "Class not found: com.example.billing.InvoiceHandler: java.lang.ClassNotFoundException\njava.lang.ClassNotFoundException: com.example.billing.InvoiceHandler. Current classpath: file:/var/task/\n\tat java.base/java.net.URLClassLoader.findClass(Unknown Source)\n\tat java.base/java.lang.ClassLoader.loadClass(Unknown Source)\n\tat java.base/java.lang.Class.forName0(Native Method)\n\tat java.base/java.lang.Class.forName(Unknown Source)\n(request %s)" % reqid(R)
    return "{\"errorMessage\":\"Class not found: com.example.billing.InvoiceHandler\",\"errorType\":\"java.lang.ClassNotFoundException\"} (%s)" % reqid(R)


def g_secret_decrypt(R):
    et = "software.amazon.awssdk.services.secretsmanager.model.DecryptionFailureException"
    em = "Access to KMS is not allowed" + svc_err("SecretsManager", 400, uuid(R))
    return ev(R, "ERROR", "com.example.config.SecretsLoader", "cannot load secret prod/orders/db", thread="main", etype=et, emsg=em,
              stack="%s: %s\n\tat software.amazon.awssdk.services.secretsmanager.model.DecryptionFailureException$BuilderImpl.build(DecryptionFailureException.java:%d)\n\tat com.example.config.SecretsLoader.load(SecretsLoader.java:37)\n" % (et, em, pick(R, [117, 117])))


def g_jackson(R):
    fld = pick(R, ["discountCode", "discountCode"])
    et = "com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException"
    em = "Unrecognized field \"%s\" (class com.example.orders.model.OrderEvent), not marked as ignorable (%d known properties: \"orderId\", \"items\", \"total\", \"currency\", \"customerId\"])\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.example.orders.model.OrderEvent[\"%s\"])" % (fld, 5, R.randint(40, 400), fld)
    return ev(R, "ERROR", "com.example.orders.OrderEventHandler", "cannot deserialize SQS message %s" % uuid(R), etype=et, emsg=em,
              stack="%s: %s\n\tat com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.from(UnrecognizedPropertyException.java:61)\n" % (et, em),
              AWSRequestId=reqid(R))


def g_status_logger(R):
    ts = "2027-08-%02d %s,%s" % (day(R), hms(R), ms(R))
    if R.random() < 0.6:
        return "%s main ERROR Unable to locate appender \"Firehose\" for logger config \"com.example.audit\"" % ts
    return "%s main ERROR Unable to locate plugin type for FirehoseAppender\n%s main ERROR Unable to locate plugin for FirehoseAppender" % (ts, ts)


def n_l4_info(R):
    return ev(R, pick(R, ["INFO", "INFO", "DEBUG"]), pick(R, ["com.example.orders.OrderService", "com.example.sessions.SessionStore", "com.example.reports.MonthlyExport"]), pick(R, [
        "order ORD-%d placed, total %d.%02d EUR" % (R.randint(100000, 999999), R.randint(1, 900), R.randint(0, 99)),
        "session %s refreshed" % uuid(R),
        "batch complete: %d records, failed=0" % R.randint(1, 25),
        "export for tenant tn-%d written: %d rows" % (R.randint(1000, 9999), R.randint(1, 100000)),
        "loaded secret prod/orders/db (version %s)" % uuid(R)]), AWSRequestId=reqid(R))


def n_sdk_debug(R):
    return ev(R, "DEBUG", pick(R, ["software.amazon.awssdk.request", "software.amazon.awssdk.request"]), pick(R, [
        "Sending Request: DefaultSdkHttpFullRequest(httpMethod=POST, protocol=https, host=dynamodb.us-east-1.amazonaws.com, encodedPath=/, headers=[amz-sdk-invocation-id, Content-Length, Content-Type, User-Agent, X-Amz-Target], queryParameters=[])",
        "Received successful response: 200, Request ID: %s, Extended Request ID: not available" % alnum(R, 52).upper(),
        "Received failed response: 400, Request ID: %s, Extended Request ID: not available" % alnum(R, 52).upper(),
        "Retryable error detected. Will retry in %dms. Request attempt number %d" % (R.randint(20, 900), R.randint(1, 3))]))


def n_l4_warn(R):
    return ev(R, "WARN", pick(R, ["com.example.orders.OrderService", "com.example.sessions.SessionStore"]), pick(R, [
        "order ORD-%d already recorded (ConditionalCheckFailedException), treating as duplicate delivery" % R.randint(100000, 999999),
        "DynamoDB throttled, retrying attempt %d of 3" % R.randint(1, 2),
        "price cache miss for %d SKUs, falling back to catalog" % R.randint(1, 40),
        "slow S3 upload: %dms for %d bytes" % (R.randint(2000, 9000), R.randint(10000, 9000000))]))


def n_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.9:
        return lambda_report(R, init=R.random() < 0.2, restore=R.random() < 0.1)
    return "INIT_START Runtime Version: java:21.v%d\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (R.randint(10, 30), hexs(R, 64))


def n_status_info(R):
    ts = "2027-08-%02d %s,%s" % (day(R), hms(R), ms(R))
    return "%s main INFO %s" % (ts, pick(R, ["Log4j appears to be running in a Servlet environment, but there's no log4j-web module available.",
                                             "Starting configuration XmlConfiguration[location=jar:file:/var/task/lib/app.jar!/log4j2.xml, lastModified=2027-08-0%dT00:00:00Z]..." % R.randint(1, 6),
                                             "Configuration XmlConfiguration[location=/opt/app/log4j2.xml] started.",
                                             "Stopping configuration XmlConfiguration[location=/opt/app/log4j2.xml]..."]))


def log4j2_json_sdkv2(R):
    groups = [
        ("sessions-ddb-throughput-exceeded", g_ddb_throughput),
        ("order-events-sqs-kms-denied", g_sqs_kms),
        ("thumbnail-s3-netty-acquire-timeout", g_netty_acquire),
        ("monthly-export-bucket-missing", g_s3_nosuchbucket),
        ("invoice-handler-class-not-found", g_class_not_found),
        ("orders-db-secret-kms-decrypt-failed", g_secret_decrypt),
        ("order-event-unrecognized-field", g_jackson),
        ("log4j-firehose-appender-missing", g_status_logger),
    ]
    return build(R, F2, groups, [n_l4_info, n_sdk_debug, n_l4_warn, n_platform, n_status_info])


FAMILIES = {F1: bullmq_worker_threads, F2: log4j2_json_sdkv2}
