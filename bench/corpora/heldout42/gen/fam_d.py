"""Families: autograder-java21-sqs-log4j2-ecs, notify-node20-bunyan-ses-fcm-ecs.

larkspur's programming-course autograder: a Java 21 worker on ECS (EC2 capacity, Docker-in-Docker sandboxes) that
long-polls an SQS queue of submissions, runs the course's test image on each, and posts results to a results queue;
log4j2 PatternLayout `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5level [%t] %c{1.} - %msg%n%throwable`, stack traces kept with
the record by the awslogs multiline pattern. The notifications service (due-date reminders, grade-posted e-mails,
push to the student app, SMS for proctored-exam check-in codes) is Node.js 20 with bunyan's JSON lines
(`{"name":"notify","hostname":...,"pid":1,"level":30,"msg":...,"time":...,"v":0}`, `err` serialised with its stack)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    log4j_ts, iso, jd)

# ---------------------------------------------------------------- autograder-java21-sqs-log4j2-ecs
F1 = "autograder-java21-sqs-log4j2-ecs"
COURSES = ["cs101", "cs120", "cs210", "ds150", "se330"]


def lj(R, lvl, logger, msg, thread=None):
    return "%s %-5s [%s] %s - %s" % (log4j_ts(R), lvl, thread or "grader-%d" % R.randint(1, 8), logger, msg)


def sub(R):
    return "sub-%s" % lower(R, 12)


def asg(R):
    return "%s/a%02d" % (pick(R, COURSES), R.randint(1, 12))


def e_ecr(R):
    # the new course images were pushed to a repository in another account without a repository policy for the
    # grader's task role: image pulls fail, submissions are not graded
    img = "%s.dkr.ecr.%s.amazonaws.com/grader-%s:2030.04.%d" % (ACCT[:6] + "551122", REGION, pick(R, ["python312", "java21", "node20", "cpp-gcc13"]), R.randint(1, 28))
    t = R.random()
    if t < 0.6:
        return lj(R, "ERROR", "c.l.g.sandbox.ImageCache", "pull failed for %s\ncom.github.dockerjava.api.exception.InternalServerErrorException: Status 500: {\"message\":\"Head \\\"https://%s/manifests/2030.04\\\": denied: User: arn:aws:sts::%s:assumed-role/larkspur-grader-task/%s is not authorized to perform: ecr:BatchGetImage on resource because no resource-based policy allows the ecr:BatchGetImage action\"}\n\tat com.github.dockerjava.core.DefaultInvocationBuilder.execute(DefaultInvocationBuilder.java:247)\n\tat com.larkspur.grader.sandbox.ImageCache.pull(ImageCache.java:%d)" % (img, img.split("/")[0], ACCT, hexs(R, 32), R.randint(60, 140)))
    return lj(R, "WARN", "c.l.g.worker.SubmissionWorker", "%s for %s returned to queue: sandbox image unavailable (receiveCount=%d)" % (sub(R), asg(R), R.randint(2, 5)))


def e_big(R):
    # verbose test output (full stdout of student programs) makes some result messages larger than SQS's 256 KiB:
    # the grade is computed but never delivered
    t = R.random()
    if t < 0.6:
        return lj(R, "ERROR", "c.l.g.results.ResultPublisher", "could not publish result for %s (%s, %d bytes)\nsoftware.amazon.awssdk.services.sqs.model.InvalidMessageContentsException: One or more parameters are invalid. Reason: Message must be shorter than 262144 bytes. (Service: Sqs, Status Code: 400, Request ID: %s)\n\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)\n\tat com.larkspur.grader.results.ResultPublisher.publish(ResultPublisher.java:%d)" % (sub(R), asg(R), R.randint(262145, 1900000), uuid(R), R.randint(40, 90)))
    return lj(R, "WARN", "c.l.g.worker.SubmissionWorker", "%s graded (score %d/%d) but result not delivered; message left for redrive" % (sub(R), R.randint(0, 20), 20))


def e_tmpfs(R):
    # the sandbox tmpfs was cut to 64m in the new task definition; data-science assignments ship CSVs larger than that
    t = R.random()
    if t < 0.6:
        return lj(R, "ERROR", "c.l.g.sandbox.Workspace", "cannot stage %s into /sandbox/%s\njava.io.IOException: No space left on device\n\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)\n\tat java.base/java.nio.file.Files.copy(Files.java:3200)\n\tat com.larkspur.grader.sandbox.Workspace.stage(Workspace.java:%d)" % (pick(R, ["data/flights.csv", "data/census_2021.parquet", "fixtures/images.tar", "data/tweets.jsonl"]), sub(R), R.randint(80, 160)))
    return lj(R, "ERROR", "c.l.g.worker.SubmissionWorker", "%s for %s failed with INTERNAL_ERROR (workspace staging failed); student sees 'grader error'" % (sub(R), pick(R, ["ds150/a%02d" % R.randint(1, 12), "cs210/a%02d" % R.randint(1, 12)])))


def e_oom(R):
    # JUnit XML reports from property-based tests reach hundreds of MB; the worker parses them with DOM in a 512m heap
    t = R.random()
    if t < 0.6:
        return lj(R, "ERROR", "c.l.g.report.JUnitReportParser", "parsing report for %s\njava.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat java.xml/com.sun.org.apache.xerces.internal.dom.DeferredDocumentImpl.createChunk(DeferredDocumentImpl.java:%d)\n\tat com.larkspur.grader.report.JUnitReportParser.parse(JUnitReportParser.java:%d)" % (sub(R), R.randint(1900, 2100), R.randint(30, 70)))
    return "%s ecs-agent: container grader-worker in task %s exited with code 137 (OutOfMemoryError: Container killed due to memory usage)" % (iso(R, 3), hexs(R, 32))


def e_s3(R):
    # the artifacts bucket was recreated in ca-central-1 but the worker's S3 client is still built with us-east-1:
    # uploads of build logs and feedback files are redirected and fail
    t = R.random()
    if t < 0.65:
        return lj(R, "ERROR", "c.l.g.results.ArtifactStore", "upload of feedback for %s failed\nsoftware.amazon.awssdk.services.s3.model.S3Exception: The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint. (Service: S3, Status Code: 301, Request ID: %s, Extended Request ID: %s)\n\tat com.larkspur.grader.results.ArtifactStore.put(ArtifactStore.java:%d)" % (sub(R), upper(R, 16), alnum(R, 56), R.randint(50, 110)))
    return lj(R, "WARN", "c.l.g.results.ResultPublisher", "%s published without feedback artifacts (artifact upload failed: PermanentRedirect)" % sub(R))


def grader_negs():
    def n_recv(R):
        return lj(R, "INFO", "c.l.g.worker.QueuePoller", "received %d message(s) from grader-submissions (waitTime=20s)" % R.randint(0, 10), "sqs-poller")

    def n_empty(R):
        return lj(R, "DEBUG", "c.l.g.worker.QueuePoller", "empty receive, %d in flight, 0 errors" % R.randint(0, 8), "sqs-poller") + " #%d" % R.randint(1, 99999)

    def n_start(R):
        return lj(R, "INFO", "c.l.g.worker.SubmissionWorker", "grading %s for %s (image %s, timeout %ds)" % (sub(R), asg(R), pick(R, ["grader-python312", "grader-java21", "grader-node20"]), pick(R, [30, 60, 120])))

    def n_done(R):
        tot = pick(R, [10, 12, 20])
        p = R.randint(0, tot)
        return lj(R, "INFO", "c.l.g.worker.SubmissionWorker", "%s graded: %d/%d tests passed, %d failed, score %.1f, %d ms" % (sub(R), p, tot, tot - p, 100.0 * p / tot, R.randint(800, 60000)))

    def n_compile(R):
        # the student's code did not compile: a normal grading outcome shown to the student
        return lj(R, "WARN", "c.l.g.worker.SubmissionWorker", "%s: compilation failed (%s), score 0, feedback sent to student" % (sub(R), pick(R, ["error: cannot find symbol", "SyntaxError: invalid syntax", "error: expected ';' before '}' token", "TS2304: Cannot find name 'result'"])))

    def n_infloop(R):
        # one student's infinite loop: the sandbox stopped it at the assignment's limit, as designed
        return lj(R, "WARN", "c.l.g.sandbox.Sandbox", "%s exceeded time limit (%ds); killed container %s; tests marked TIMEOUT" % (sub(R), pick(R, [30, 60]), hexs(R, 12)))

    def n_late(R):
        return lj(R, "INFO", "c.l.g.policy.LatePolicy", "%s submitted %d h after due date; late penalty %d%% applied" % (sub(R), R.randint(1, 96), pick(R, [10, 20, 50])))

    def n_dup(R):
        # SQS at-least-once delivery: the same submission again
        return lj(R, "INFO", "c.l.g.worker.SubmissionWorker", "%s already graded (idempotency key %s), deleting duplicate message" % (sub(R), hexs(R, 16)))

    def n_pull_ok(R):
        return lj(R, "INFO", "c.l.g.sandbox.ImageCache", "image grader-%s:2030.04.%d present (sha256:%s)" % (pick(R, ["python312", "java21", "node20"]), R.randint(1, 28), hexs(R, 64)))

    def n_published(R):
        return lj(R, "INFO", "c.l.g.results.ResultPublisher", "result for %s published to grader-results (messageId=%s, %d bytes)" % (sub(R), uuid(R), R.randint(800, 90000)))

    def n_retry(R):
        return lj(R, "INFO", "c.l.g.results.ArtifactStore", "upload of %s.log retried after SlowDown (503); attempt 2 succeeded" % sub(R))

    def n_boot(R):
        return lj(R, "INFO", "c.l.g.GraderApplication", pick(R, ["Starting GraderApplication v4.6.%d using Java 21.0.%d" % (R.randint(0, 9), R.randint(2, 6)), "Started GraderApplication in %.3f seconds (process running for %.3f)" % (R.uniform(2, 9), R.uniform(3, 11)), "shutdown requested (SIGTERM), draining %d in-flight submissions" % R.randint(0, 8)]), "main")

    def n_gc(R):
        return lj(R, "DEBUG", "c.l.g.metrics.JvmMetrics", "heap used %d MiB of %d MiB, gc pauses p99 %d ms, errors=0" % (R.randint(80, 400), 512, R.randint(1, 90)), "metrics")

    def n_stats(R):
        return lj(R, "INFO", "c.l.g.metrics.Throughput", "last 5m: graded=%d failed=0 timeouts=%d queueDepth=%d" % (R.randint(0, 900), R.randint(0, 9), R.randint(0, 400)), "metrics")

    def n_plag(R):
        return lj(R, "INFO", "c.l.g.integrity.Similarity", "%s similarity %.2f with %s (threshold 0.85): %s" % (sub(R), R.uniform(0.1, 0.99), sub(R), pick(R, ["below threshold", "flagged for instructor review"])))

    def n_deleted(R):
        return lj(R, "DEBUG", "c.l.g.worker.QueuePoller", "deleted message %s (receiptHandle %s...)" % (uuid(R), alnum(R, 24)), "sqs-poller")

    return [n_recv, n_empty, n_start, n_done, n_compile, n_infloop, n_late, n_dup, n_pull_ok, n_published, n_retry, n_boot, n_gc, n_stats,
            n_plag, n_deleted, n_start, n_done, n_published]


def fam_grader(R):
    return build(R, F1, [("course-images-ecr-no-repo-policy", e_ecr), ("results-over-sqs-256k", e_big),
                         ("sandbox-tmpfs-64m-too-small", e_tmpfs), ("junit-dom-parse-heap-oom", e_oom),
                         ("artifact-client-wrong-region", e_s3)], grader_negs())


# ---------------------------------------------------------------- notify-node20-bunyan-ses-fcm-ecs
F2 = "notify-node20-bunyan-ses-fcm-ecs"


def bun(R, level, msg, **kv):
    d = {"name": "notify", "hostname": "ip-10-61-%d-%d.ca-central-1.compute.internal" % (R.randint(0, 255), R.randint(4, 254)), "pid": 1, "level": level}
    d.update(kv)
    d["msg"] = msg
    d["time"] = iso(R, 3)
    d["v"] = 0
    return jd(d)


def nid(R):
    return "ntf_%s" % lower(R, 16)


def errobj(name, message, stack, **kv):
    d = {"message": message, "name": name, "stack": "%s: %s\n%s" % (name, message, stack)}
    d.update(kv)
    return d


def e_ses(R):
    # the bounce rate from an imported alumni list crossed SES's threshold and the account's sending was paused
    t = R.random()
    if t < 0.6:
        return bun(R, 50, "email send failed", notificationId=nid(R), template=pick(R, ["assignment-due", "grade-posted", "course-announcement"]),
                   err=errobj("AccountSendingPausedException", "Sending is paused for this account. For more information, please check the AWS Simple Email Service Developer Guide.", "    at de_AccountSendingPausedExceptionRes (/app/node_modules/@aws-sdk/client-sesv2/dist-cjs/index.js:%d:21)\n    at async EmailChannel.send (/app/dist/channels/email.js:%d:9)" % (R.randint(2000, 4000), R.randint(30, 90)), code="AccountSendingPausedException", statusCode=400))
    return bun(R, 40, "email batch finished with failures", batch=uuid(R), sent=0, failed=R.randint(40, 3000), reason="AccountSendingPausedException")


def e_fcm(R):
    # the Firebase service-account key used by firebase-admin was deleted in a key clean-up; no Android push goes out
    t = R.random()
    if t < 0.65:
        return bun(R, 50, "push send failed", notificationId=nid(R), platform="android",
                   err=errobj("FirebaseAppError", "Credential implementation provided to initializeApp() via the \"credential\" property failed to fetch a valid Google OAuth2 access token with the following error: \"invalid_grant: Invalid JWT Signature.\"", "    at /app/node_modules/firebase-admin/lib/app/firebase-app.js:%d:23\n    at async PushChannel.sendAndroid (/app/dist/channels/push.js:%d:20)" % (R.randint(80, 120), R.randint(40, 120)), code="app/invalid-credential"))
    return bun(R, 40, "android push disabled for this run", reason="app/invalid-credential", skipped=R.randint(100, 9000))


def e_apns(R):
    # the APNs auth key (.p8) was revoked in the Apple developer account during a team change; iOS push rejected
    t = R.random()
    if t < 0.65:
        return bun(R, 50, "apns rejected notification", notificationId=nid(R), platform="ios", status=403, reason="InvalidProviderToken", apnsId=uuid(R).upper())
    return bun(R, 50, "apns provider token refresh failed", keyId=upper(R, 10), teamId=upper(R, 10), err=errobj("Error", "APNs returned 403 InvalidProviderToken for a freshly signed token", "    at ApnsProvider.refreshToken (/app/dist/channels/apns.js:%d:15)" % R.randint(40, 120)))


def e_tpl(R):
    # the template release 2030.04.2 uses a {{formatDue}} helper the service never registered; every due-date
    # reminder fails to render
    t = R.random()
    if t < 0.7:
        return bun(R, 50, "template render failed", notificationId=nid(R), template="assignment-due", locale=pick(R, ["en-CA", "fr-CA"]),
                   err=errobj("Error", "Missing helper: \"formatDue\"", "    at Object.<anonymous> (/app/node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js:19:13)\n    at Object.eval [as main] (eval at createFunctionContext (/app/node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js:262:23), <anonymous>:%d:99)\n    at Renderer.render (/app/dist/templates/renderer.js:%d:18)" % (R.randint(5, 20), R.randint(20, 60))))
    return bun(R, 40, "reminder job finished", job="assignment-due-24h", rendered=0, failed=R.randint(200, 5000), sent=0)


def e_sms(R):
    # the SMS sender was switched to a new toll-free number whose verification is still pending: carriers block it
    t = R.random()
    if t < 0.65:
        return bun(R, 50, "sms send failed", notificationId=nid(R), template="exam-checkin-code",
                   err=errobj("ValidationException", "Toll-free number +1833555%04d is not verified; messages to US and CA destinations are blocked" % R.choice([139, 139]), "    at de_ValidationExceptionRes (/app/node_modules/@aws-sdk/client-pinpoint-sms-voice-v2/dist-cjs/index.js:%d:21)\n    at async SmsChannel.send (/app/dist/channels/sms.js:%d:7)" % (R.randint(3000, 5000), R.randint(20, 70)), code="ValidationException", statusCode=400, reason="ORIGINATION_IDENTITY_NOT_VERIFIED"))
    return bun(R, 40, "exam check-in code not delivered, student told to use e-mail fallback", notificationId=nid(R), channel="sms", examId="exam-%s-%d" % (pick(R, ["chem101", "calc2", "stat200"]), R.randint(1, 6)))


def notify_negs():
    def n_sent(R):
        return bun(R, 30, "email sent", notificationId=nid(R), template=pick(R, ["assignment-due", "grade-posted", "course-announcement", "welcome"]), messageId="0101019%s-%s-000000" % (hexs(R, 9), uuid(R)))

    def n_push(R):
        if R.random() < 0.5:
            return bun(R, 30, "push sent", notificationId=nid(R), platform="ios", apnsId=uuid(R).upper())
        return bun(R, 30, "push sent", notificationId=nid(R), platform="android", fcmMessageId="projects/larkspur-student-app/messages/0:%d%%%s" % (R.randint(10 ** 15, 10 ** 16), hexs(R, 16)))

    def n_unreg(R):
        # the student uninstalled the app: token pruned, expected
        return bun(R, 40, "push token invalid, removed", notificationId=nid(R), platform=pick(R, ["ios", "android"]), reason=pick(R, ["Unregistered", "BadDeviceToken", "messaging/registration-token-not-registered"]))

    def n_optout(R):
        return bun(R, 30, "skipped: user opted out", notificationId=nid(R), channel=pick(R, ["email", "sms", "push"]), userId="usr_%s" % lower(R, 10))

    def n_quiet(R):
        return bun(R, 30, "deferred: quiet hours", notificationId=nid(R), until=iso(R, 0), tz=pick(R, ["America/Toronto", "America/Vancouver", "America/Halifax"]))

    def n_batch(R):
        return bun(R, 30, "digest batch finished", batch=uuid(R), sent=R.randint(10, 4000), failed=0, skipped=R.randint(0, 200))

    def n_bounce(R):
        return bun(R, 30, "ses event processed", eventType=pick(R, ["Bounce", "Delivery", "Complaint", "Open"]), bounceType=pick(R, ["Permanent", "Transient", None]), recipientDomain=pick(R, ["student.larkspur.example", "gmail.example", "outlook.example"]))

    def n_stop(R):
        # the recipient replied STOP earlier: the carrier refuses, as it should
        return bun(R, 30, "sms suppressed: recipient opted out (STOP)", notificationId=nid(R), destinationCountry=pick(R, ["CA", "US"]))

    def n_poll(R):
        return bun(R, 20, "sqs receive", queue="notify-outbox", messages=R.randint(0, 10), errors=0, waitSeconds=20)

    def n_health(R):
        return bun(R, 20, "GET /health 200", responseTime=R.randint(0, 5), req_id=uuid(R))

    def n_api400(R):
        return bun(R, 30, "POST /v1/notifications 400", responseTime=R.randint(1, 30), error="template 'exam-reminder-v0' does not exist", caller="canvas-bridge")

    def n_boot(R):
        return bun(R, 30, pick(R, ["notify starting", "listening on :8080", "SIGTERM received, draining", "firebase-admin initialised", "apns provider ready"]), version="2.19.%d" % R.randint(0, 9), node="v20.%d.0" % R.randint(10, 18))

    def n_retry(R):
        return bun(R, 30, "ses throttled, retried", notificationId=nid(R), attempt=2, result="sent", error=None)

    def n_dup(R):
        return bun(R, 30, "duplicate notification ignored", notificationId=nid(R), idempotencyKey=hexs(R, 32))

    def n_render(R):
        return bun(R, 20, "template rendered", template=pick(R, ["grade-posted", "course-announcement", "welcome", "assignment-due"]), locale=pick(R, ["en-CA", "fr-CA"]), ms=R.randint(1, 40))

    def n_sms_ok(R):
        return bun(R, 30, "sms sent", notificationId=nid(R), template="exam-checkin-code", messageId=uuid(R), segments=1)

    return [n_sent, n_push, n_unreg, n_optout, n_quiet, n_batch, n_bounce, n_stop, n_poll, n_health, n_api400, n_boot, n_retry, n_dup,
            n_render, n_sms_ok, n_sent, n_push]


def fam_notify(R):
    return build(R, F2, [("ses-account-sending-paused", e_ses), ("firebase-sa-key-deleted", e_fcm),
                         ("apns-p8-key-revoked", e_apns), ("template-helper-formatdue-missing", e_tpl),
                         ("sms-tollfree-unverified", e_sms)], notify_negs())


FAMILIES = {F1: fam_grader, F2: fam_notify}
