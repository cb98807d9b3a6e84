"""Families: go-deid-pipeline-slog-text-ecs-batch, celery-twilio-ses-appointment-reminders.

The research de-identification pipeline is a Go 1.22 program run as an ECS scheduled task (Fargate): it reads FHIR
NDJSON exports from S3, pseudonymises identifiers with an HMAC key unwrapped by KMS, scrubs free-text notes with Amazon
Comprehend Medical DetectPHI and writes Parquet to the research bucket; it logs with log/slog's TextHandler to stderr
(awslogs driver; a Go panic's goroutine dump is kept as one event by awslogs-multiline-pattern
"^(time=|panic:|fatal error:)"). Appointment reminders are a Celery 5.4 worker on ECS (SQS broker) sending SMS via
Twilio and email via Amazon SES; Celery's default worker format "[%(asctime)s: %(levelname)s/%(processName)s]
%(message)s" with tracebacks kept together by awslogs-multiline-pattern "^\\[\\d{4}-"."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, iso,
                    celery_ts, mrn)

# ---------------------------------------------------------------- go-deid-pipeline-slog-text-ecs-batch
F1 = "go-deid-pipeline-slog-text-ecs-batch"


def q(v):
    v = str(v)
    if v == "" or any(c in v for c in ' ="\\\n') or not v.isprintable():
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def sl(R, level, msg, **kv):
    s = "time=%s level=%s msg=%s" % (iso(R, 3), level, q(msg))
    for k, v in kv.items():
        s += " %s=%s" % (k, q(v))
    return s


def job(R):
    return "deid-2030-01-%02d-%s" % (R.randint(2, 28), lower(R, 5))


def nd(R):
    return "s3://cc-healthlake-exports-prod/%s/%s-%d.ndjson" % (hexs(R, 32), pick(R, ["Patient", "Encounter", "Observation", "DocumentReference", "DiagnosticReport", "Binary"]), R.randint(1, 40))


def g_cm(R):
    # the pipeline now runs 32 note workers while the account's DetectPHI quota is still the default; calls fail after the
    # SDK's attempts and the notes are dropped from the research extract
    rid = uuid(R)
    if R.random() < 0.65:
        return sl(R, "ERROR", "detect phi failed; note excluded from extract", job=job(R), note_id=uuid(R),
                  err="operation error ComprehendMedical: DetectPHI, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, ThrottlingException: Rate exceeded" % rid)
    return sl(R, "WARN", "notes excluded after DetectPHI failures", job=job(R), excluded=R.randint(40, 4000), processed=R.randint(4000, 90000), last_err="ThrottlingException")


def g_kms(R):
    # the pseudonymisation HMAC key's KMS key was rotated to a new CMK whose key policy omits the task role; each run
    # aborts before writing anything
    if R.random() < 0.6:
        return sl(R, "ERROR", "unwrap pseudonymisation key", job=job(R),
                  err="operation error KMS: Decrypt, https response error StatusCode: 400, RequestID: %s, AccessDeniedException: User: arn:aws:sts::%s:assumed-role/cc-deid-task-role/%s is not authorized to perform: kms:Decrypt on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access" % (uuid(R), ACCT, hexs(R, 32)))
    return sl(R, "ERROR", "run aborted", job=job(R), stage="init", err="pseudonymisation key unavailable: kms:Decrypt AccessDenied", exit_code=1)


def g_panic(R):
    # DocumentReference notes without content[0].attachment.data (URL-only attachments from the new scanner) hit a nil
    # pointer in the scrubber; the process dies mid-run
    g = R.randint(30, 300)
    pc = "0x%x" % R.randint(0x9a0000, 0x9fffff)
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=%s]\n\n"
            "goroutine %d [running]:\n"
            "github.com/cobaltcare/deid/internal/scrub.(*NoteScrubber).Scrub(0xc000%s, {0xc00%s, 0x%x})\n"
            "\t/src/internal/scrub/notes.go:%d +0x%x\n"
            "github.com/cobaltcare/deid/internal/pipeline.(*Worker).handleDocumentReference(0xc000%s, {0x%x, 0xc000%s})\n"
            "\t/src/internal/pipeline/worker.go:%d +0x%x\n"
            "github.com/cobaltcare/deid/internal/pipeline.(*Worker).Run(0xc000%s, {0x%x, 0xc000%s})\n"
            "\t/src/internal/pipeline/worker.go:%d +0x%x\n"
            "created by github.com/cobaltcare/deid/internal/pipeline.Start in goroutine 1\n"
            "\t/src/internal/pipeline/pipeline.go:%d +0x%x") % (
        R.choice([0x18, 0x20, 0x28]), pc, g, hexs(R, 6), hexs(R, 7), R.randint(0x100, 0x9000), R.choice([112, 113]), R.randint(0x20, 0x200),
        hexs(R, 6), R.randint(0xa00000, 0xafffff), hexs(R, 6), R.choice([201, 202]), R.randint(0x20, 0x300),
        hexs(R, 6), R.randint(0xa00000, 0xafffff), hexs(R, 6), R.choice([88, 89]), R.randint(0x20, 0x300), R.choice([64, 65]), R.randint(0x20, 0x200))


def g_bucket(R):
    # RESEARCH_BUCKET still names cc-research-deid-prod, which was replaced by cc-research-deid-ca; every Parquet write
    # fails and the run's output is lost
    key = "extracts/%s/%s/part-%05d.parquet" % (job(R), pick(R, ["patient", "encounter", "observation", "note"]), R.randint(0, 400))
    if R.random() < 0.6:
        return sl(R, "ERROR", "write parquet failed", key=key,
                  err="operation error S3: PutObject, https response error StatusCode: 404, RequestID: %s, HostID: %s, api error NoSuchBucket: The specified bucket does not exist" % (upper(R, 16), alnum(R, 76)))
    return sl(R, "ERROR", "run finished with failures", job=job(R), parts_written=0, parts_failed=R.randint(20, 400), bucket="cc-research-deid-prod")


def g_scan(R):
    # the NDJSON reader uses bufio.Scanner with its default 64 KiB token limit; Binary and DocumentReference lines with
    # inline attachments exceed it and the rest of the file is silently skipped
    if R.random() < 0.6:
        return sl(R, "ERROR", "read ndjson failed; rest of file skipped", file=nd(R), line=R.randint(1, 4000), err="bufio.Scanner: token too long")
    return sl(R, "WARN", "export file only partially read", file=nd(R), resources_read=R.randint(0, 3000), bytes_read=R.randint(100000, 9000000), bytes_total=R.randint(9000001, 900000000))


def g_negs():
    def n_start(R):
        return sl(R, "INFO", "deid run starting", job=job(R), version="1.6.%d" % R.randint(0, 4), workers=32, export="s3://cc-healthlake-exports-prod/%s/" % hexs(R, 32))

    def n_done(R):
        return sl(R, "INFO", "deid run finished", job=job(R), resources=R.randint(10000, 2000000), phi_entities=R.randint(1000, 400000), errors=0, duration="%dm%ds" % (R.randint(3, 90), R.randint(0, 59)))

    def n_progress(R):
        return sl(R, "INFO", "progress", job=job(R), file=nd(R), resources=R.randint(100, 90000), failed=0)

    def n_retry(R):
        return sl(R, "WARN", "DetectPHI throttled, backing off", attempt=R.randint(1, 2), delay="%dms" % R.choice([200, 400, 800, 1600]), note_id=uuid(R))

    def n_optout(R):
        return sl(R, "INFO", "patient opted out of research use; resources skipped", patient_hash=hexs(R, 16), skipped=R.randint(1, 900))

    def n_shift(R):
        return sl(R, "DEBUG", "date shift applied", patient_hash=hexs(R, 16), shift_days=R.randint(-365, 365), resources=R.randint(1, 400))

    def n_checkpoint(R):
        return sl(R, "INFO", "checkpoint saved", job=job(R), file_index=R.randint(1, 400), offset=R.randint(0, 900000000))

    def n_part(R):
        return sl(R, "INFO", "parquet part written", key="s3://cc-research-deid-ca/extracts/%s/%s/part-%05d.parquet" % (job(R), pick(R, ["patient", "encounter", "observation", "note"]), R.randint(0, 400)), rows=R.randint(1000, 500000), bytes=R.randint(100000, 90000000))

    def n_manifest(R):
        return sl(R, "INFO", "manifest validated", job=job(R), files=R.randint(4, 400), errors=0, warnings=R.randint(0, 3))

    def n_key(R):
        return sl(R, "INFO", "pseudonymisation key unwrapped", key_id="arn:aws:kms:%s:%s:key/%s" % (REGION, ACCT, uuid(R)), key_version=R.randint(2, 9))

    def n_cm_ok(R):
        return sl(R, "DEBUG", "DetectPHI ok", note_id=uuid(R), entities=R.randint(0, 60), chars=R.randint(200, 20000), latency="%dms" % R.randint(80, 2000))

    def n_empty(R):
        return sl(R, "INFO", "export file empty; nothing to do", file=nd(R), bytes=0)

    def n_invalid(R):
        return sl(R, "WARN", "resource skipped: invalid json", file=nd(R), line=R.randint(1, 90000), err="unexpected end of JSON input (export truncated by upstream; file re-requested)")

    def n_mem(R):
        return sl(R, "DEBUG", "runtime stats", heap_alloc_mb=R.randint(200, 3000), goroutines=R.randint(40, 140), gc_cycles=R.randint(10, 9000))

    def n_sigterm(R):
        return sl(R, "INFO", "received SIGTERM; draining workers", in_flight=R.randint(0, 32), deadline="30s")

    def n_k(R):
        return sl(R, "INFO", "k-anonymity check passed", job=job(R), k=R.choice([5, 10, 11]), quasi_identifiers="age_band,fsa3,sex", suppressed_rows=R.randint(0, 400))

    return [n_start, n_done, n_progress, n_progress, n_retry, n_optout, n_shift, n_checkpoint, n_part, n_manifest, n_key, n_cm_ok,
            n_empty, n_invalid, n_mem, n_sigterm, n_k]


def deid(R):
    return build(R, F1, [
        ("detectphi-32-workers-over-quota-throttled", g_cm),
        ("hmac-key-cmk-rotated-policy-omits-task-role", g_kms),
        ("url-only-attachment-nil-pointer-panic", g_panic, 8),
        ("research-bucket-replaced-nosuchbucket", g_bucket),
        ("bufio-scanner-64k-token-too-long", g_scan),
    ], g_negs())


# ---------------------------------------------------------------- celery-twilio-ses-appointment-reminders
F2 = "celery-twilio-ses-appointment-reminders"
TASKS = ["reminders.tasks.send_sms", "reminders.tasks.send_email", "reminders.tasks.render_letter", "reminders.tasks.enqueue_due"]


def cl(R, level, proc, msg):
    return "[%s: %s/%s] %s" % (celery_ts(R), level, proc, msg)


def fw(R):
    return "ForkPoolWorker-%d" % R.randint(1, 8)


def tid(R):
    return uuid(R)


def ctb(frames, final):
    s = "\nTraceback (most recent call last):"
    for f, ln, fn, code in frames:
        s += "\n  File \"%s\", line %d, in %s\n    %s" % (f, ln, fn, code)
    return s + "\n" + final


SITE = "/usr/local/lib/python3.12/site-packages"
CEL = [(SITE + "/celery/app/trace.py", 453, "trace_task", "R = retval = fun(*args, **kwargs)"),
       (SITE + "/celery/app/trace.py", 736, "__protected_call__", "return self.run(*args, **kwargs)")]


def h_auth(R):
    # the Twilio auth token was rotated in the console (secondary promoted) but the worker still reads the old token
    # from its task definition; every SMS reminder is refused
    if R.random() < 0.6:
        return cl(R, "ERROR", fw(R), "Task reminders.tasks.send_sms[%s] raised unexpected: TwilioRestException()" % tid(R)) + ctb(CEL + [
            ("/app/reminders/tasks.py", R.choice([58, 59]), "send_sms", "msg = client.messages.create(to=phone, messaging_service_sid=MSID, body=body)"),
            (SITE + "/twilio/base/version.py", 240, "create", "raise self.exception(method, uri, response, \"Unable to create record\")")],
            "twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate")
    return cl(R, "WARNING", fw(R), "reminder batch %s: sms sent=0 failed=%d (Twilio 20003 Authenticate)" % (uuid(R)[:8], R.randint(20, 400)))


def h_ses(R):
    # after the move to ca-central-1 the sending identity reminders@cobaltcare.example was never verified there; every
    # email reminder is rejected
    if R.random() < 0.6:
        return cl(R, "ERROR", fw(R), "Task reminders.tasks.send_email[%s] raised unexpected: MessageRejected('An error occurred (MessageRejected) when calling the SendEmail operation: Email address is not verified. The following identities failed the check in region CA-CENTRAL-1: reminders@cobaltcare.example')" % tid(R)) + ctb(CEL + [
            ("/app/reminders/tasks.py", R.choice([91, 92]), "send_email", "ses.send_email(FromEmailAddress=SENDER, Destination={\"ToAddresses\": [email]}, Content=content)"),
            (SITE + "/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
            "botocore.errorfactory.MessageRejected: An error occurred (MessageRejected) when calling the SendEmail operation: Email address is not verified. The following identities failed the check in region CA-CENTRAL-1: reminders@cobaltcare.example")
    return cl(R, "WARNING", fw(R), "reminder batch %s: email sent=0 failed=%d (MessageRejected)" % (uuid(R)[:8], R.randint(20, 400)))


def h_oom(R):
    # render_letter builds whole-month clinic schedules in memory since 2.7; the 1 GiB task kills pool children
    n = R.randint(1, 8)
    if R.random() < 0.5:
        return cl(R, "ERROR", "MainProcess", "Process 'ForkPoolWorker-%d' pid:%d exited with 'signal 9 (SIGKILL)'" % (n, R.randint(40, 9000)))
    return cl(R, "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % R.randint(100, 90000)) + ctb([
        (SITE + "/billiard/pool.py", 1264, "mark_as_worker_lost", "raise WorkerLostError(")],
        "billiard.einfo.ExceptionWithTraceback: \n\"\"\"\nTraceback (most recent call last):\n  File \"%s/billiard/pool.py\", line 1264, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d.\n\"\"\"" % (SITE, R.randint(100, 90000)))


def h_tz(R):
    # release 2.9 compares the naive clinic-local start time with an aware now(); enqueue_due fails every run and no
    # reminders are queued for the next day
    return cl(R, "ERROR", fw(R), "Task reminders.tasks.enqueue_due[%s] raised unexpected: TypeError(\"can't compare offset-naive and offset-aware datetimes\")" % tid(R)) + ctb(CEL + [
        ("/app/reminders/tasks.py", R.choice([131, 132]), "enqueue_due", "due = [a for a in appts if window_start <= a.starts_at < window_end]"),
        ("/app/reminders/tasks.py", R.choice([131, 132]), "<listcomp>", "due = [a for a in appts if window_start <= a.starts_at < window_end]")],
        "TypeError: can't compare offset-naive and offset-aware datetimes")


def h_from(R):
    # the long code +1 613 555 01xx was ported to a new carrier and dropped from the Messaging Service; sends that pin
    # the From number are refused
    frm = "+1613555%04d" % R.choice([142, 143])
    if R.random() < 0.6:
        return cl(R, "ERROR", fw(R), "Task reminders.tasks.send_sms[%s] raised unexpected: TwilioRestException()" % tid(R)) + ctb(CEL + [
            ("/app/reminders/tasks.py", R.choice([64, 65]), "send_sms", "msg = client.messages.create(to=phone, from_=clinic.sms_from, body=body)"),
            (SITE + "/twilio/base/version.py", 240, "create", "raise self.exception(method, uri, response, \"Unable to create record\")")],
            "twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'From' number %s is not a valid, SMS-capable inbound phone number or short code for your account." % frm)
    return cl(R, "WARNING", fw(R), "clinic %s: %d sms reminders failed with Twilio 21606 (From %s)" % (pick(R, ["kanata", "orleans"]), R.randint(5, 200), frm))


def h_negs():
    def n_banner(R):
        return cl(R, "INFO", "MainProcess", pick(R, ["Connected to sqs://localhost//", "celery@ip-10-43-%d-%d.ca-central-1.compute.internal ready." % (R.randint(0, 9), R.randint(4, 250)),
                                                      "mingle: searching for neighbors", "mingle: all alone", "sync with celery@ip-10-43-%d-%d.ca-central-1.compute.internal" % (R.randint(0, 9), R.randint(4, 250))]))

    def n_recv(R):
        return cl(R, "INFO", "MainProcess", "Task %s[%s] received" % (pick(R, TASKS), tid(R)))

    def n_ok_sms(R):
        return cl(R, "INFO", fw(R), "Task reminders.tasks.send_sms[%s] succeeded in %.3fs: {'sid': 'SM%s', 'status': 'accepted'}" % (tid(R), R.uniform(0.1, 2), hexs(R, 32)))

    def n_ok_email(R):
        return cl(R, "INFO", fw(R), "Task reminders.tasks.send_email[%s] succeeded in %.3fs: {'MessageId': '0101%s-%s-000000'}" % (tid(R), R.uniform(0.05, 1), hexs(R, 12), uuid(R)))

    def n_beat(R):
        return cl(R, "INFO", "MainProcess", "Scheduler: Sending due task %s (%s)" % pick(R, [("reminders-hourly", "reminders.tasks.enqueue_due"), ("letters-nightly", "reminders.tasks.render_letter")]))

    def n_summary(R):
        return cl(R, "INFO", fw(R), "reminder batch %s: sms sent=%d email sent=%d failed=0 skipped_no_consent=%d" % (uuid(R)[:8], R.randint(10, 500), R.randint(10, 500), R.randint(0, 20)))

    def n_unsub(R):
        return cl(R, "INFO", fw(R), "sms to patient %s not sent: recipient unsubscribed (Twilio 21610); marked opted-out" % mrn(R))

    def n_badto(R):
        return cl(R, "WARNING", fw(R), "sms to patient %s not sent: invalid 'To' number (Twilio 21211); flagged for front desk" % mrn(R))

    def n_noconsent(R):
        return cl(R, "INFO", fw(R), "appointment %d: patient has not consented to electronic reminders; skipped" % R.randint(100000, 999999))

    def n_retry(R):
        return cl(R, "INFO", fw(R), "Task reminders.tasks.send_email[%s] retry: Retry in %ds: ClientError('An error occurred (Throttling) when calling the SendEmail operation: Maximum sending rate exceeded.')" % (tid(R), R.choice([10, 20, 40])))

    def n_retry_ok(R):
        return cl(R, "INFO", fw(R), "Task reminders.tasks.send_email[%s] succeeded in %.3fs: {'MessageId': '0101%s-%s-000000', 'retries': %d}" % (tid(R), R.uniform(0.05, 1), hexs(R, 12), uuid(R), R.randint(1, 2)))

    def n_letter_ok(R):
        return cl(R, "INFO", fw(R), "Task reminders.tasks.render_letter[%s] succeeded in %.3fs: 's3://cc-reminder-letters/2030-01-%02d/%s.pdf'" % (tid(R), R.uniform(0.5, 30), R.randint(2, 28), uuid(R)))

    def n_cancelled(R):
        return cl(R, "INFO", fw(R), "appointment %d cancelled since enqueue; reminder dropped" % R.randint(100000, 999999))

    def n_depr(R):
        return cl(R, "WARNING", "MainProcess", "%s/celery/worker/consumer/consumer.py:508: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine\nwhether broker connection retries are made during startup in Celery 6.0 and above.\nIf you wish to retain the existing behavior for retrying connections on startup,\nyou should set broker_connection_retry_on_startup to True.\n  warnings.warn(" % SITE)

    def n_status(R):
        return cl(R, "INFO", fw(R), "twilio status callback %s: %s" % ("SM" + hexs(R, 32), pick(R, ["delivered", "sent", "undelivered (30003 unreachable handset)", "delivered"])))

    def n_dup(R):
        return cl(R, "INFO", fw(R), "reminder %s already sent (idempotency key exists); duplicate SQS delivery ignored" % uuid(R))

    def n_heartbeat(R):
        return cl(R, "DEBUG", "MainProcess", "pidbox received method ping() [reply_to:{'exchange': 'reply.celery.pidbox', 'routing_key': '%s'} ticket:%s]" % (uuid(R), uuid(R)))

    return [n_banner, n_recv, n_recv, n_ok_sms, n_ok_sms, n_ok_email, n_beat, n_summary, n_unsub, n_badto, n_noconsent, n_retry, n_retry_ok,
            n_letter_ok, n_cancelled, n_depr, n_status, n_dup, n_heartbeat]


def celery(R):
    return build(R, F2, [
        ("twilio-auth-token-rotated-20003", h_auth),
        ("ses-identity-unverified-in-ca-central-1", h_ses),
        ("render-letter-month-schedule-sigkill", h_oom),
        ("release-2-9-naive-vs-aware-datetime", h_tz, 10),
        ("ported-from-number-21606", h_from),
    ], h_negs())


FAMILIES = {F1: deid, F2: celery}
