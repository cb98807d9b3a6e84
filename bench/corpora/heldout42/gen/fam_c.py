"""Families: lti13-django-pylti1p3-gunicorn-ecs, proctoring-go122-zap-json-ecs.

larkspur's own LTI 1.3 tool ("Larkspur Labs": interactive lab notebooks launched from Canvas and Moodle) is a Django 5
app on gunicorn in ECS Fargate using pylti1p3: gunicorn's error log (`[2030-04-05 13:04:11 +0000] [7] [INFO] ...`) and
access log (combined format) and Django logging (`LEVEL YYYY-MM-DD hh:mm:ss,mmm module message`, tracebacks kept with
the record by the awslogs multiline pattern). The online proctoring service is Go 1.22 with uber-go/zap's production
JSON encoder (`{"level":"info","ts":1901234567.123,"caller":"pkg/file.go:42","msg":...}`, stacktrace field on errors);
a Go runtime panic goes to stderr as a multi-line dump, kept as one event by the multiline pattern on `^panic: `."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    gunicorn_ts, clf_ts, sp, iso, ts_float, jd)

# ---------------------------------------------------------------- lti13-django-pylti1p3-gunicorn-ecs
F1 = "lti13-django-pylti1p3-gunicorn-ecs"
CANVAS = "https://canvas.larkspur.example"


def gu(R, lvl, msg):
    return "[%s] [%d] [%s] %s" % (gunicorn_ts(R), R.randint(7, 60), lvl, msg)


def acc(R, method, path, code, size=None, ua=None):
    return "%s - - [%s] \"%s %s HTTP/1.1\" %d %d \"%s\" \"%s\"" % (ip10(R, 52), clf_ts(R), method, path, code, size if size is not None else R.randint(0, 40000),
                                                                   pick(R, [CANVAS + "/", "https://learn.larkspur.example/", "-"]), ua or pick(R, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15", "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"]))


def dj(R, lvl, module, msg):
    return "%s %s %s %s" % (lvl, sp(R, 3, ","), module, msg)


def tb(frames, exc):
    out = ["Traceback (most recent call last):"]
    for f, ln, fn, code in frames:
        out.append("  File \"%s\", line %d, in %s" % (f, ln, fn))
        out.append("    " + code)
    out.append(exc)
    return "\n".join(out)


SITE = "/usr/local/lib/python3.12/site-packages"


def e_jwks(R):
    # Canvas moved its key set to the new /api/lti/security/jwks host name during the Canvas upgrade; the tool's
    # registration still points at the retired sso host: every launch fails to verify the id_token
    t = R.random()
    if t < 0.55:
        return dj(R, "ERROR", "log", "Internal Server Error: /lti/launch/\n" + tb([
            ("%s/django/core/handlers/exception.py" % SITE, 55, "inner", "response = get_response(request)"),
            ("/app/labs/lti/views.py", R.choice([88, 91]), "launch", "message_launch_data = message_launch.get_launch_data()"),
            ("%s/pylti1p3/message_launch.py" % SITE, R.choice([560, 566]), "validate_jwt_signature", "public_key = self.get_public_key()"),
            ("%s/pylti1p3/message_launch.py" % SITE, R.choice([470, 474]), "fetch_public_key", "raise LtiException(\"Error during fetch data from URL: \" + key_set_url)")],
            "pylti1p3.exception.LtiException: Error during fetch data from URL: https://sso.canvaslms-old.larkspur.example/api/lti/security/jwks"))
    return acc(R, "POST", "/lti/launch/", 500, 145)


def e_ags(R):
    # the tool's private key was rotated but the new public JWK never pasted into the Canvas developer key: AGS
    # score publishing fails, students' lab grades never reach the gradebook
    t = R.random()
    li = "%s/api/lti/courses/%d/line_items/%d" % (CANVAS, R.randint(100, 9000), R.randint(1000, 99999))
    if t < 0.6:
        return dj(R, "ERROR", "grades", "Score publish failed for line item %s (user %s): token request to %s/login/oauth2/token returned 400 {\"error\":\"invalid_client\",\"error_description\":\"JWS signature invalid.\"}" % (li, uuid(R), CANVAS))
    return dj(R, "WARNING", "grades", "grade sync run finished: %d scores pending, published=0 failed=%d (invalid_client)" % (R.randint(20, 900), R.randint(20, 900)))


def e_rds(R):
    # the ECS service was scaled from 6 to 40 tasks for exam week, each gunicorn worker holding its own connection with
    # CONN_MAX_AGE=600: the db.t4g.medium's max_connections is exhausted
    t = R.random()
    if t < 0.55:
        return dj(R, "ERROR", "log", "Internal Server Error: %s\n" % pick(R, ["/lti/launch/", "/labs/%d/save" % R.randint(1, 9999), "/lti/deep-link/"]) + tb([
            ("%s/django/db/backends/base/base.py" % SITE, 275, "ensure_connection", "self.connect()"),
            ("%s/psycopg/connection.py" % SITE, 748, "connect", "raise last_ex.with_traceback(None)")],
            "django.db.utils.OperationalError: connection failed: connection to server at \"10.52.%d.%d\", port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute" % (R.randint(20, 23), R.randint(4, 250))))
    return pick(R, [acc(R, "POST", "/labs/%d/save" % R.randint(1, 9999), 500, 145), acc(R, "GET", "/labs/%d/" % R.randint(1, 9999), 500, 145)])


def e_timeout(R):
    # the NRPS roster sync for a course runs in the request and pages through 3,000 members; it exceeds gunicorn's
    # 30 s timeout and the arbiter kills the worker
    pid = R.randint(20, 900)
    t = R.random()
    if t < 0.45:
        return gu(R, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % pid)
    if t < 0.75:
        return gu(R, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % pid)
    return dj(R, "WARNING", "roster", "NRPS sync for context %s aborted after %d of %d members (worker timeout)" % (hexs(R, 40), R.randint(300, 1500), R.randint(2000, 3400)))


def e_cache(R):
    # a settings refactor dropped the Redis CACHES block, so pylti1p3 stores launch data in per-process LocMemCache;
    # the deep-linking response lands on another worker and the launch is gone
    t = R.random()
    if t < 0.6:
        return dj(R, "ERROR", "log", "Internal Server Error: /lti/deep-link/respond/\n" + tb([
            ("/app/labs/lti/views.py", R.choice([141, 147]), "deep_link_respond", "launch = DjangoMessageLaunch.from_cache(launch_id, request, tool_conf, launch_data_storage=storage)"),
            ("%s/pylti1p3/message_launch.py" % SITE, R.choice([212, 215]), "from_cache", "raise LtiException(\"Launch data not found\")")],
            "pylti1p3.exception.LtiException: Launch data not found (launch_id=lti1p3-launch-%s)" % uuid(R)))
    return acc(R, "POST", "/lti/deep-link/respond/", 500, 145)


def lti_negs():
    def n_boot(R):
        return gu(R, "INFO", pick(R, ["Starting gunicorn 22.0.0", "Listening at: http://0.0.0.0:8000 (7)", "Using worker: gthread", "Booting worker with pid: %d" % R.randint(8, 900), "Handling signal: term", "Worker exiting (pid: %d)" % R.randint(8, 900)]))

    def n_launch_ok(R):
        return acc(R, "POST", "/lti/launch/", 302, 0)

    def n_get(R):
        return acc(R, "GET", pick(R, ["/labs/%d/" % R.randint(1, 9999), "/static/labs/app.%s.js" % hexs(R, 8), "/lti/jwks/", "/labs/%d/cells?page=%d" % (R.randint(1, 9999), R.randint(1, 9))]), pick(R, [200, 200, 304]))

    def n_health(R):
        return acc(R, "GET", "/healthz", 200, 2, "ELB-HealthChecker/2.0")

    def n_save(R):
        return acc(R, "POST", "/labs/%d/save" % R.randint(1, 9999), 204, 0)

    def n_state(R):
        # Safari/embedded browsers with third-party cookies blocked: pylti1p3 cannot find the state cookie; the tool
        # then opens the launch in a new window (expected for a share of users)
        return dj(R, "WARNING", "launch", "LTI launch rejected: State not found (user-agent=%s); offering new-window relaunch" % pick(R, ["Safari/605.1.15", "CanvasStudent/7.12", "MoodleMobile/4.3"]))

    def n_issuer(R):
        # a teacher's personal Moodle sandbox trying the tool without a registration: 400, expected
        return dj(R, "WARNING", "launch", "LTI launch rejected: Invalid issuer %s (client_id=%s); 400" % (pick(R, ["https://moodle.sandbox-%s.example" % lower(R, 5), "https://canvas.instructure.com", "https://lms.%s.example" % lower(R, 6)]), digits(R, 17)))

    def n_400(R):
        return acc(R, "POST", "/lti/launch/", 400, R.randint(40, 200))

    def n_nonce(R):
        return dj(R, "INFO", "launch", "launch replay refused: nonce %s already used (browser back button)" % uuid(R))

    def n_missing(R):
        return acc(R, pick(R, ["GET", "HEAD"]), pick(R, ["/lti/launch/", "/wp-login.php", "/.env", "/admin/"]), pick(R, [405, 404, 400]), R.randint(0, 200), "Mozilla/5.0 (compatible; scanner)")

    def n_ags_ok(R):
        return dj(R, "INFO", "grades", "published score %.1f/%d for user %s to line item %s/api/lti/courses/%d/line_items/%d" % (R.uniform(0, 10), 10, uuid(R), CANVAS, R.randint(100, 9000), R.randint(1000, 99999)))

    def n_ags_retry(R):
        # Canvas answered 503 during its deploy; the retry published the score
        return dj(R, "INFO", "grades", "score publish attempt 1 got 503 from %s; attempt 2 ok (published=1 failed=0)" % CANVAS)

    def n_sync_ok(R):
        return dj(R, "INFO", "grades", "grade sync run finished: %d scores pending, published=%d failed=0" % (R.randint(0, 300), R.randint(0, 300)))

    def n_nrps(R):
        return dj(R, "INFO", "roster", "NRPS sync for context %s: %d members (%d added, %d removed, %d inactive)" % (hexs(R, 40), R.randint(5, 400), R.randint(0, 20), R.randint(0, 5), R.randint(0, 9)))

    def n_dl(R):
        return dj(R, "INFO", "deeplink", "deep-link response sent: %d content item(s) ltiResourceLink '%s' to %s" % (R.randint(1, 3), pick(R, ["Lab 3: Titration", "Notebook: Linear Regression", "Circuit Sim 2", "Lab 7: Pendulum"]), pick(R, [CANVAS, "https://learn.larkspur.example"])))

    def n_debug(R):
        return dj(R, "DEBUG", "launch", "id_token claims: iss=%s aud=%s deployment_id=%d:%s roles=[%s] error=None" % (CANVAS, digits(R, 17), R.randint(1, 99), hexs(R, 40), pick(R, ["Learner", "Instructor", "Learner,Mentor"])))

    def n_csrf(R):
        return dj(R, "WARNING", "django.security.csrf", "Forbidden (CSRF cookie not set.): /labs/%d/save" % R.randint(1, 9999))

    def n_inactive(R):
        return dj(R, "INFO", "grades", "skipped score for user %s: enrollment inactive in context %s (student dropped course)" % (uuid(R), hexs(R, 40)))

    return [n_boot, n_launch_ok, n_get, n_health, n_save, n_state, n_issuer, n_400, n_nonce, n_missing, n_ags_ok, n_ags_retry, n_sync_ok,
            n_nrps, n_dl, n_debug, n_csrf, n_inactive, n_get, n_launch_ok, n_health]


def fam_lti(R):
    return build(R, F1, [("canvas-jwks-url-stale", e_jwks), ("tool-key-rotated-jwk-not-registered", e_ags),
                         ("rds-connection-slots-exhausted", e_rds), ("nrps-sync-in-request-worker-timeout", e_timeout),
                         ("launch-cache-locmem", e_cache)], lti_negs())


# ---------------------------------------------------------------- proctoring-go122-zap-json-ecs
F2 = "proctoring-go122-zap-json-ecs"


def zap(R, lvl, caller, msg, stack=None, **kv):
    d = {"level": lvl, "ts": float(ts_float(R)), "caller": caller, "msg": msg}
    d.update(kv)
    if stack:
        d["stacktrace"] = stack
    return jd(d)


def sid(R):
    return "ps_%s" % lower(R, 14)


def exam(R):
    return "exam-%s-%d" % (pick(R, ["chem101", "calc2", "stat200", "bio150", "econ110", "cs120"]), R.randint(1, 6))


def stk(R, fn):
    return "github.com/larkspur/proctor/internal/%s\n\t/src/internal/%s:%d\nmain.main.func2\n\t/src/cmd/proctor/main.go:%d" % (fn, fn.split(".")[0] + "/" + pick(R, ["service.go", "handler.go"]), R.randint(40, 400), R.randint(60, 200))


def reqid(R):
    return uuid(R)


def e_rekog(R):
    # exam week: CompareFaces calls exceed the account's Rekognition TPS quota (never raised); identity checks fail
    # after the SDK's retries and students are held at the check-in screen
    t = R.random()
    if t < 0.6:
        return zap(R, "error", "identity/verify.go:%d" % R.choice([118, 121]), "identity check failed", stk(R, "identity.(*Verifier).Verify"),
                   session_id=sid(R), exam_id=exam(R), error="operation error Rekognition: CompareFaces, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, ProvisionedThroughputExceededException: Provisioned rate exceeded." % reqid(R))
    return zap(R, "warn", "checkin/queue.go:%d" % R.choice([77, 80]), "student held at check-in: identity service unavailable", session_id=sid(R), exam_id=exam(R), waited_s=R.randint(30, 900))


def e_tls(R):
    # the RDS instance moved to the rds-ca-rsa2048-g1 CA; the distroless image bundles only the old CA file
    t = R.random()
    if t < 0.55:
        return zap(R, "error", "store/pg.go:%d" % R.choice([54, 57]), "database ping failed", stk(R, "store.Open"),
                   error="failed to connect to `user=proctor database=proctor`: 10.52.%d.%d:5432 (proctor-db.c%s.ca-central-1.rds.amazonaws.com): tls error: tls: failed to verify certificate: x509: certificate signed by unknown authority" % (R.randint(20, 23), R.randint(4, 250), lower(R, 11)))
    return zap(R, "error", "session/manager.go:%d" % R.choice([201, 204]), "could not persist session event", session_id=sid(R), kind=pick(R, ["started", "flag", "ended"]),
               error="pgxpool: x509: certificate signed by unknown authority")


def e_panic(R):
    # v3.8 scores lockdown-browser telemetry; sessions from the Chromebook app send no `lockdown` object and the scorer
    # dereferences it: the task crashes and every session on it drops
    g = R.randint(100, 90000)
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%s]\n\n"
            "goroutine %d [running]:\ngithub.com/larkspur/proctor/internal/flags.(*Scorer).Score(0xc000%s, 0xc00%s)\n\t/src/internal/flags/scorer.go:%d +0x%s\n"
            "github.com/larkspur/proctor/internal/session.(*Manager).onTelemetry(0xc000%s, {0x%s, 0xc0%s})\n\t/src/internal/session/manager.go:%d +0x%s\n"
            "created by github.com/larkspur/proctor/internal/session.(*Manager).Run in goroutine %d\n\t/src/internal/session/manager.go:%d +0x%s") % (
        R.choice([0x18, 0x20, 0x28]), hexs(R, 6), g, hexs(R, 6), hexs(R, 7), R.choice([142, 143]), hexs(R, 3), hexs(R, 6), hexs(R, 6), hexs(R, 8), R.choice([311, 312]), hexs(R, 2), R.randint(1, 90), R.choice([96, 98]), hexs(R, 3))


def e_sqs(R):
    # the task role was moved to a permission boundary without sqs:SendMessage on the human-review queue; flagged
    # segments are never reviewed
    t = R.random()
    if t < 0.6:
        return zap(R, "error", "review/publisher.go:%d" % R.choice([63, 66]), "enqueue for human review failed", stk(R, "review.(*Publisher).Publish"), session_id=sid(R), flag=pick(R, ["second_person", "phone_detected", "gaze_away", "tab_switch"]),
                   error="operation error SQS: SendMessage, https response error StatusCode: 403, RequestID: %s, api error AccessDenied: User: arn:aws:sts::%s:assumed-role/larkspur-proctor-task/%s is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:%s:%s:proctor-human-review because no permissions boundary allows the sqs:sendmessage action" % (reqid(R), ACCT, hexs(R, 32), REGION, ACCT))
    return zap(R, "warn", "review/publisher.go:%d" % R.choice([88, 90]), "review outbox growing", pending=R.randint(50, 4000), oldest_s=R.randint(300, 20000))


def e_kvs(R):
    # one Kinesis Video stream per webcam; the account hit its stream quota and old streams are never deleted
    t = R.random()
    if t < 0.6:
        return zap(R, "error", "media/kvs.go:%d" % R.choice([91, 94]), "create webcam stream failed", stk(R, "media.(*Recorder).Start"), session_id=sid(R), exam_id=exam(R),
                   error="operation error Kinesis Video: CreateStream, https response error StatusCode: 400, RequestID: %s, AccountStreamLimitExceededException: The number of streams created for the account is too high." % reqid(R))
    return zap(R, "warn", "session/manager.go:%d" % R.choice([160, 163]), "session running without webcam recording", session_id=sid(R), exam_id=exam(R), reason="stream unavailable")


def proc_negs():
    def n_start(R):
        return zap(R, "info", "session/manager.go:%d" % R.choice([120, 122]), "proctoring session started", session_id=sid(R), exam_id=exam(R), student="stu_%s" % lower(R, 10), client=pick(R, ["web/3.8.1", "chromebook/2.4.0", "lockdown/5.1.2"]))

    def n_end(R):
        return zap(R, "info", "session/manager.go:%d" % R.choice([240, 242]), "proctoring session ended", session_id=sid(R), duration_s=R.randint(600, 10800), flags=R.randint(0, 6), dropped_frames=0, error=None)

    def n_verify_ok(R):
        return zap(R, "info", "identity/verify.go:%d" % R.choice([101, 104]), "identity verified", session_id=sid(R), similarity=round(R.uniform(92, 99.9), 2), attempt=pick(R, [1, 1, 2]))

    def n_mismatch(R):
        # the face does not match the ID photo: routed to a human, an expected business outcome
        return zap(R, "warn", "identity/verify.go:%d" % R.choice([130, 133]), "identity mismatch, routed to manual check", session_id=sid(R), similarity=round(R.uniform(10, 70), 2))

    def n_flag(R):
        return zap(R, "warn", "flags/scorer.go:%d" % R.choice([188, 190]), "flag raised", session_id=sid(R), flag=pick(R, ["second_person", "phone_detected", "gaze_away", "tab_switch", "audio_voices"]), confidence=round(R.uniform(0.5, 0.99), 2))

    def n_enq(R):
        return zap(R, "info", "review/publisher.go:%d" % R.choice([58, 60]), "segment enqueued for human review", session_id=sid(R), message_id=uuid(R))

    def n_ws(R):
        # student closed the browser or lost Wi-Fi; the session resumes if they come back
        code, why = pick(R, [(1000, "normal"), (1001, "client going away"), (1006, "abnormal closure")])
        return zap(R, "info", "ws/conn.go:%d" % R.choice([77, 79]), "websocket closed", session_id=sid(R), code=code, reason=why)

    def n_token(R):
        return zap(R, "info", "auth/middleware.go:%d" % R.choice([48, 50]), "request rejected", status=401, reason=pick(R, ["token expired", "token not yet valid", "missing bearer token"]), path=pick(R, ["/v1/sessions", "/v1/telemetry"]))

    def n_health(R):
        return zap(R, "debug", "http/server.go:%d" % R.choice([33, 35]), "health", status=200, uptime_s=R.randint(10, 900000))

    def n_metrics(R):
        return zap(R, "info", "metrics/emit.go:%d" % R.choice([40, 42]), "minute stats", active_sessions=R.randint(0, 3000), verifications=R.randint(0, 900), verify_errors=0, dropped_frames=0, ws_reconnects=R.randint(0, 30))

    def n_retry(R):
        # one throttled call retried by the SDK and succeeded
        return zap(R, "info", "identity/verify.go:%d" % R.choice([110, 112]), "CompareFaces succeeded after retry", session_id=sid(R), attempts=2, error=None)

    def n_kvs_ok(R):
        s = sid(R)
        return zap(R, "info", "media/kvs.go:%d" % R.choice([70, 72]), "webcam stream ready", session_id=s, stream_arn="arn:aws:kinesisvideo:%s:%s:stream/proctor-%s/%d" % (REGION, ACCT, s, R.randint(10 ** 12, 10 ** 13)))

    def n_boot(R):
        return zap(R, "info", "cmd/proctor/main.go:%d" % R.choice([61, 64]), pick(R, ["starting proctor", "listening", "shutting down (SIGTERM)", "drained sessions"]), version="3.8.2", addr=":8080", pid=R.randint(1, 90))

    def n_late(R):
        return zap(R, "info", "session/manager.go:%d" % R.choice([98, 99]), "start refused: exam window closed", session_id=sid(R), exam_id=exam(R), closed_at=iso(R, 0))

    def n_dup(R):
        return zap(R, "debug", "session/events.go:%d" % R.choice([44, 46]), "duplicate telemetry batch ignored", session_id=sid(R), seq=R.randint(1, 9000))

    def n_pgok(R):
        return zap(R, "info", "store/pg.go:%d" % R.choice([60, 62]), "database pool ready", max_conns=20, host="proctor-db.c%s.ca-central-1.rds.amazonaws.com" % lower(R, 11))

    return [n_start, n_end, n_verify_ok, n_mismatch, n_flag, n_enq, n_ws, n_token, n_health, n_metrics, n_retry, n_kvs_ok, n_boot, n_late,
            n_dup, n_pgok, n_start, n_end, n_flag]


def fam_proc(R):
    return build(R, F2, [("rekognition-tps-quota-exam-week", e_rekog), ("rds-ca-bundle-outdated", e_tls),
                         ("scorer-nil-lockdown-panic", e_panic), ("review-queue-permission-boundary", e_sqs),
                         ("kvs-stream-quota-reached", e_kvs)], proc_negs())


FAMILIES = {F1: fam_lti, F2: fam_proc}
