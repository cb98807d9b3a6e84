"""Families: fnol-intake-django52-gunicorn23-ecs, claimdocs-py312-lambda-imagemagick7-textract.

"fnol-intake" is mossgate's first-notice-of-loss API (Python 3.12, Django 5.2 REST API behind an ALB, gunicorn 23
gthread workers, RDS PostgreSQL, S3 for claim photos, SES for acknowledgements) on ECS Fargate. Three renderings in
one log group: gunicorn's error log `[2031-02-14 09:12:33 +0000] [pid] [LEVEL] msg`, gunicorn's access log (combined
format) and Django logging `[asctime] LEVEL [logger:lineno] msg` with tracebacks in the event.

"claimdocs" is the document and photo intake Lambda (Python 3.12, 3 GB, 900 s timeout) triggered by S3 uploads: it
normalises photos and PDFs with an ImageMagick 7 layer (`magick` subprocess, its stderr is logged) and sends them to
Amazon Textract. Lambda's text log format: platform lines (INIT_START/START/END/REPORT, `Task timed out`), Python's
`[LEVEL]\\ttimestamp\\trequestId\\tmsg` lines and the runtime's unhandled-exception record."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, comma_ts, gunicorn_ts, nginx_acc_ts)

# ---------------------------------------------------------------- fnol-intake-django52-gunicorn23-ecs
F1 = "fnol-intake-django52-gunicorn23-ecs"


def gu(R, lvl, msg, pid=None):
    return "%s [%d] [%s] %s" % (gunicorn_ts(R), pid or R.randint(7, 60), lvl, msg)


def dj(R, lvl, logger, line, msg, tb=None):
    s = "[%s] %s [%s:%d] %s" % (comma_ts(R), lvl, logger, line, msg)
    return s if tb is None else s + "\n" + tb


def acc(R, method, path, status, size=None, ua=None):
    return '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s"' % (ip10(R, 12), nginx_acc_ts(R), method, path, status, size if size is not None else R.randint(40, 4000),
                                                          ua or pick(R, ["MossgateApp/5.2.%d (iOS 18.2)" % R.randint(0, 9), "MossgateApp/5.2.%d (Android 15)" % R.randint(0, 9), "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0 Safari/537.36", "ELB-HealthChecker/2.0"]))


def claim(R):
    return "CLM-2031-%07d" % R.randint(1, 9999999)


def pol(R):
    return "MG-%s-20%02d-%06d" % (pick(R, ["MTR", "HH", "LND"]), R.randint(29, 31), R.randint(1000, 999999))


def vrm(R):
    L = "ABCDEFGHJKLMNPRSTVWXY"
    return "%s%s%02d %s" % (R.choice(L), R.choice(L), R.randint(51, 80), "".join(R.choice(L) for _ in range(3)))


DJ_FRAMES = ('  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner\n'
             '    response = get_response(request)\n'
             '               ^^^^^^^^^^^^^^^^^^^^^\n'
             '  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py", line 197, in _get_response\n'
             '    response = wrapped_callback(request, *callback_args, **callback_kwargs)\n'
             '               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n')


def fn_timeout(R):
    # the DVLA-style vehicle registry client (invented "Vehiq") is called without a timeout; when the registry stalls the
    # motor FNOL request hangs past gunicorn's 30 s timeout, the worker is aborted and the claim is not registered
    pid = R.randint(8, 400)
    if R.random() < 0.5:
        return gu(R, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % pid, pid=1)
    return gu(R, "ERROR", "Error handling request /api/v1/fnol/motor/", pid=pid) + (
        "\nTraceback (most recent call last):\n"
        '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/gthread.py", line 285, in handle\n'
        "    keepalive = self.handle_request(req, conn)\n"
        '  File "/app/claims/vehicles/vehiq.py", line %d, in lookup\n'
        "    resp = self.session.get(f\"{self.base_url}/v2/vehicles/{registration}\")\n"
        '  File "/usr/local/lib/python3.12/ssl.py", line 1103, in read\n'
        "    return self._sslobj.read(len, buffer)\n"
        '  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 204, in handle_abort\n'
        "    sys.exit(1)\n"
        "SystemExit: 1" % R.randint(40, 48))


def fn_migration(R):
    # release 2031.02 added Claim.incident_what3words but the ECS deploy skipped `migrate` (the one-off migration task
    # failed to start); every FNOL insert fails with a missing column
    col = "incident_what3words"
    if R.random() < 0.35:
        return dj(R, "ERROR", "claims.fnol", R.randint(150, 170), "FNOL for policy %s not registered: column \"%s\" of relation \"claims_claim\" does not exist" % (pol(R), col))
    return dj(R, "ERROR", "django.request", 241, "Internal Server Error: /api/v1/fnol/%s/" % pick(R, ["motor", "home", "landlord"]),
              ("Traceback (most recent call last):\n"
              '  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute\n'
              "    return self.cursor.execute(sql, params)\n"
              "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
              '  File "/usr/local/lib/python3.12/site-packages/psycopg/cursor.py", line 97, in execute\n'
              "    raise ex.with_traceback(None)\n"
              "psycopg.errors.UndefinedColumn: column \"%s\" of relation \"claims_claim\" does not exist\n"
              "LINE 1: ...\"loss_date\", \"loss_type\", \"policy_ref\", \"%s\", \"...\n"
              "                                                             ^\n\n"
              "The above exception was the direct cause of the following exception:\n\n"
              "Traceback (most recent call last):\n" + DJ_FRAMES +
              '  File "/app/claims/fnol/views.py", line %d, in create\n'
              "    claim = Claim.objects.create(**payload)\n"
              "django.db.utils.ProgrammingError: column \"%s\" of relation \"claims_claim\" does not exist") % (col, col, R.randint(60, 80), col))


def fn_s3deny(R):
    # a bucket-policy change on mossgate-claims-photos-euw1 (require aws:SourceVpce) denies the API's task role, which
    # uploads through the NAT gateway; FNOL photos are lost
    key = "fnol/%s/%s.jpg" % (claim(R), lower(R, 12))
    err = ("An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::%s:assumed-role/fnol-api-task/%s is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::mossgate-claims-photos-euw1/%s\" with an explicit deny in a resource-based policy" % (ACCT, hexs(R, 32), key))
    if R.random() < 0.6:
        return dj(R, "ERROR", "claims.photos", R.randint(80, 95), "Photo upload failed for %s (%d of %d): %s" % (key.split("/")[1], R.randint(1, 4), R.randint(4, 9), err))
    return dj(R, "ERROR", "django.request", 241, "Internal Server Error: /api/v1/fnol/%s/photos/" % claim(R),
              "Traceback (most recent call last):\n" + DJ_FRAMES +
              '  File "/app/claims/photos/views.py", line %d, in upload\n'
              "    s3.upload_fileobj(f, settings.PHOTO_BUCKET, key)\n"
              '  File "/usr/local/lib/python3.12/site-packages/boto3/s3/transfer.py", line 372, in upload_file\n'
              "    raise S3UploadFailedError(\n"
              "boto3.exceptions.S3UploadFailedError: Failed to upload <fileobj> to mossgate-claims-photos-euw1/%s: %s" % (R.randint(30, 50), key, err))


def fn_pascert(R):
    # the internal policy-admin API's certificate (private CA) expired and was not renewed; the policy-in-force check
    # fails and no FNOL can be registered
    p = pol(R)
    err = ("HTTPSConnectionPool(host='pas-api.internal.%s', port=443): Max retries exceeded with url: /pas/api/policies/%s/cover?date=2031-02-%02d "
           "(Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1000)')))" % (DOMAIN, p, R.randint(1, 28)))
    if R.random() < 0.55:
        return dj(R, "ERROR", "claims.policy", R.randint(30, 45), "Policy cover check failed for %s: requests.exceptions.SSLError: %s" % (p, err))
    return dj(R, "ERROR", "claims.fnol", R.randint(171, 180), "FNOL for policy %s not registered (returned 502 to client): policy service unavailable: SSLError certificate has expired" % p)


def fn_ses(R):
    # the SES account's sending quota was never raised for the production account after the move; once the daily
    # quota is used, claim acknowledgement emails (regulated: must be sent within 1 working day) are not sent
    return dj(R, "ERROR", "claims.notify", R.randint(50, 60), "Acknowledgement email for %s not sent to %s: An error occurred (Throttling) when calling the SendEmail operation: Daily message quota exceeded." % (
        claim(R), pick(R, ["customer", "broker", "third party"])))


def fn_negs():
    def n_boot(R):
        return pick(R, [gu(R, "INFO", "Starting gunicorn 23.0.0", pid=1), gu(R, "INFO", "Listening at: http://0.0.0.0:8000 (1)", pid=1),
                        gu(R, "INFO", "Using worker: gthread", pid=1), gu(R, "INFO", "Booting worker with pid: %d" % R.randint(8, 400))])

    def n_stop(R):
        return pick(R, [gu(R, "INFO", "Handling signal: term", pid=1), gu(R, "INFO", "Worker exiting (pid: %d)" % R.randint(8, 400)), gu(R, "INFO", "Shutting down: Master", pid=1)])

    def n_acc_ok(R):
        return pick(R, [acc(R, "POST", "/api/v1/fnol/%s/" % pick(R, ["motor", "home", "landlord"]), 201),
                        acc(R, "GET", "/api/v1/claims/%s/" % claim(R), 200),
                        acc(R, "POST", "/api/v1/fnol/%s/photos/" % claim(R), 201),
                        acc(R, "GET", "/api/v1/claims/%s/status/" % claim(R), 304, 0)])

    def n_acc_4xx(R):
        return pick(R, [acc(R, "POST", "/api/v1/fnol/motor/", 400), acc(R, "GET", "/api/v1/claims/%s/" % claim(R), 404),
                        acc(R, "POST", "/api/v1/fnol/home/", 409), acc(R, "GET", "/api/v1/claims/%s/" % claim(R), 401)])

    def n_health(R):
        return acc(R, "GET", "/healthz/", 200, 15, "ELB-HealthChecker/2.0")

    def n_registered(R):
        return dj(R, "INFO", "claims.fnol", R.randint(120, 140), "FNOL registered %s for policy %s: loss_type=%s loss_date=2031-02-%02d channel=%s" % (
            claim(R), pol(R), pick(R, ["escape_of_water", "theft", "collision", "storm", "fire", "accidental_damage", "windscreen"]), R.randint(1, 28), pick(R, ["app", "web", "broker", "phone"])))

    def n_fraud(R):
        return dj(R, "INFO", "claims.triage", R.randint(60, 80), "%s referred to counter-fraud review (score %.2f >= 0.80; indicators: %s)" % (
            claim(R), R.uniform(0.80, 0.99), pick(R, ["inception_to_loss_days<14", "previous_claims>=3", "repairer_on_watchlist", "late_notification"])))

    def n_notcover(R):
        return dj(R, "INFO", "claims.fnol", R.randint(141, 149), "FNOL for policy %s declined: no cover on loss date 2031-02-%02d (policy %s)" % (pol(R), R.randint(1, 28), pick(R, ["lapsed", "cancelled", "not yet incepted"])))

    def n_badreq(R):
        return pick(R, [dj(R, "WARNING", "django.request", 241, "Bad Request: /api/v1/fnol/%s/" % pick(R, ["motor", "home"])),
                        dj(R, "WARNING", "django.request", 241, "Not Found: /%s" % pick(R, ["wp-login.php", ".env", "api/v1/claims/%s/" % claim(R), "phpmyadmin/"])),
                        dj(R, "WARNING", "django.request", 241, "Unauthorized: /api/v1/claims/%s/" % claim(R))])

    def n_host(R):
        ip = pubip(R)
        return dj(R, "ERROR", "django.security.DisallowedHost", 129, "Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % (ip, ip))

    def n_dup(R):
        return dj(R, "INFO", "claims.fnol", R.randint(100, 110), "Duplicate FNOL submission (Idempotency-Key %s); returning existing %s" % (uuid(R), claim(R)))

    def n_vehiq(R):
        return dj(R, "WARNING", "claims.vehicles", R.randint(50, 60), "Vehiq lookup for %s: 503 from registry, retried once, ok (%d ms)" % (vrm(R), R.randint(300, 2500)))

    def n_photo(R):
        return dj(R, "INFO", "claims.photos", R.randint(70, 79), "Stored photo %d/%d for %s (%d KB, sha256=%s)" % (R.randint(1, 4), R.randint(4, 9), claim(R), R.randint(200, 9000), hexs(R, 16)))

    def n_ack(R):
        return dj(R, "INFO", "claims.notify", R.randint(40, 49), "Acknowledgement email sent for %s (MessageId %s, bounces=0)" % (claim(R), "0102%s-%s-000000" % (hexs(R, 12), uuid(R))))

    def n_debug(R):
        return dj(R, "DEBUG", "claims.fnol", R.randint(90, 99), "validated payload for %s: %d fields, errors={}" % (pol(R), R.randint(18, 40)))

    return [n_boot, n_stop, n_acc_ok, n_acc_4xx, n_health, n_registered, n_fraud, n_notcover, n_badreq, n_host, n_dup, n_vehiq, n_photo, n_ack, n_debug]


def fnol(R):
    return build(R, F1, [("vehiq-lookup-without-timeout", fn_timeout), ("what3words-migration-not-applied", fn_migration),
                         ("photo-bucket-policy-denies-task-role", fn_s3deny), ("pas-api-certificate-expired", fn_pascert),
                         ("ses-daily-quota-exhausted", fn_ses)], fn_negs())


# ---------------------------------------------------------------- claimdocs-py312-lambda-imagemagick7-textract
F2 = "claimdocs-py312-lambda-imagemagick7-textract"


def py(R, lvl, msg, rid=None):
    return "[%s]\t%s\t%s\t%s" % (lvl, iso_z(R), rid or uuid(R), msg)


def docname(R):
    return "claims/%s/%s" % (claim(R), pick(R, ["IMG_%04d.jpg" % R.randint(1, 9999), "photo_%s.png" % lower(R, 6), "estimate_%d.pdf" % R.randint(1, 9), "invoice-%s.pdf" % lower(R, 5), "scan_%d.tiff" % R.randint(1, 99)]))


def report(R, rid, dur, mem, used, extra=""):
    return "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t%s" % (rid, dur, int(dur) + 1, mem, used, extra)


def cd_heic(R):
    # the rebuilt ImageMagick layer (7.1.1) was compiled without libheif; every iPhone HEIC claim photo fails to convert
    key = "claims/%s/IMG_%04d.HEIC" % (claim(R), R.randint(1, 9999))
    return py(R, "ERROR", "Photo conversion failed for s3://mossgate-claimdocs-euw1/%s: magick exited 1: magick: no decode delegate for this image format `HEIC' @ error/constitute.c/ReadImage/%d." % (key, pick(R, [741, 746])))


def cd_pdfpolicy(R):
    # the same layer ships ImageMagick's default policy.xml with the PDF coder disabled; repair estimates and
    # invoices uploaded as PDF cannot be rasterised for Textract
    key = "claims/%s/%s_%d.pdf" % (claim(R), pick(R, ["estimate", "invoice", "police-report", "engineer-report"]), R.randint(1, 9))
    return py(R, "ERROR", "Rasterisation failed for s3://mossgate-claimdocs-euw1/%s: magick exited 1: magick: attempt to perform an operation not allowed by the security policy `PDF' @ error/constitute.c/IsCoderAuthorized/%d." % (key, pick(R, [426, 428])))


def cd_textract(R):
    # the account's StartDocumentAnalysis TPS quota is still the default; the post-storm claim surge exhausts it and
    # documents end in the DLQ unprocessed
    rid = uuid(R)
    if R.random() < 0.5:
        return ("[ERROR] ProvisionedThroughputExceededException: An error occurred (ProvisionedThroughputExceededException) when calling the StartDocumentAnalysis operation (reached max retries: 4): Provisioned rate exceeded.\n"
                "Traceback (most recent call last):\n"
                '  File "/var/task/handler.py", line %d, in lambda_handler\n'
                "    job = textract.start_document_analysis(**params)\n"
                '  File "/var/lang/lib/python3.12/site-packages/botocore/client.py", line 569, in _api_call\n'
                "    return self._make_api_call(operation_name, kwargs)\n"
                '  File "/var/lang/lib/python3.12/site-packages/botocore/client.py", line 1023, in _make_api_call\n'
                "    raise error_class(parsed_response, operation_name)" % R.randint(80, 95))
    return py(R, "ERROR", "Textract analysis not started for s3://mossgate-claimdocs-euw1/%s after 4 retries (ProvisionedThroughputExceededException); message %s sent to claimdocs-dlq" % (docname(R), uuid(R)), rid)


def cd_timeout(R):
    # medical and engineer reports of 200+ pages are OCR'd page by page synchronously inside the 900 s function;
    # they time out and the document is never indexed against the claim
    rid = uuid(R)
    if R.random() < 0.5:
        return "%s %s Task timed out after 900.00 seconds" % (iso_z(R), rid)
    return report(R, rid, 900000.0 + R.uniform(0, 90), 3008, R.randint(900, 2600), "Status: timeout")


def cd_oom(R):
    # multi-page scanned TIFFs from the loss adjusters' scanners are decoded whole into memory by magick; the 3 GB
    # function runs out of memory and the document is lost
    rid = uuid(R)
    if R.random() < 0.5:
        return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % rid
    return report(R, rid, R.uniform(8000, 120000), 3008, 3008, "Status: error\tError Type: Runtime.OutOfMemory")


def cd_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % uuid(R)

    def n_end(R):
        return "END RequestId: %s" % uuid(R)

    def n_report(R):
        extra = "Init Duration: %.2f ms\t" % R.uniform(500, 1400) if R.random() < 0.2 else ""
        return report(R, uuid(R), R.uniform(300, 60000), 3008, R.randint(180, 1400), extra)

    def n_init(R):
        return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(30, 45), REGION, hexs(R, 64))

    def n_done(R):
        return py(R, "INFO", "Processed s3://mossgate-claimdocs-euw1/%s: %s, %d page(s), textract job %s SUCCEEDED, %d key-value pairs, errors=0" % (
            docname(R), pick(R, ["converted to JPEG", "rasterised at 200 dpi", "normalised"]), R.randint(1, 40), hexs(R, 64), R.randint(0, 180)))

    def n_blur(R):
        return py(R, "INFO", "Rejected upload s3://mossgate-claimdocs-euw1/%s: image unreadable (variance of Laplacian %.1f < 60.0); customer asked to re-upload" % (docname(R), R.uniform(3, 59)))

    def n_encrypted(R):
        return py(R, "WARNING", "Rejected upload s3://mossgate-claimdocs-euw1/claims/%s/%s.pdf: PDF is password-protected; handler notified to request an unlocked copy" % (claim(R), pick(R, ["bank-statement", "payslip", "invoice"])))

    def n_tiffwarn(R):
        return py(R, "WARNING", "magick stderr (exit 0) for %s: magick: Unknown field with tag %d (0x%x) encountered. `TIFFReadDirectory' @ warning/tiff.c/TIFFWarnings/%d." % (
            docname(R), *(lambda t: (t, t))(pick(R, [42034, 42035, 42036, 59932])), pick(R, [1011, 1008])))

    def n_retry(R):
        return py(R, "WARNING", "Textract GetDocumentAnalysis throttled for job %s, retry %d/5 in %.1fs (then succeeded)" % (hexs(R, 64), R.randint(1, 2), R.uniform(0.5, 4)))

    def n_skip(R):
        return py(R, "INFO", "Skipping s3://mossgate-claimdocs-euw1/claims/%s/ (folder marker, 0 bytes)" % claim(R))

    def n_dup(R):
        return py(R, "INFO", "Duplicate S3 event for %s (sequencer %s already processed); ignoring" % (docname(R), upper(R, 18)))

    def n_ext(R):
        return "EXTENSION\tName: %s\tState: Ready\tEvents: [INVOKE, SHUTDOWN]" % pick(R, ["AWSParametersAndSecretsLambdaExtension", "cloudwatch_lambda_agent", "xray-extension-%d" % R.randint(1, 9)])

    def n_debug(R):
        return py(R, "DEBUG", "magick argv: ['magick', '/tmp/in-%s', '-auto-orient', '-strip', '-resize', '3000x3000>', '/tmp/out-%s.jpg']" % (lower(R, 8), lower(R, 8)))

    return [n_start, n_end, n_report, n_init, n_done, n_blur, n_encrypted, n_tiffwarn, n_retry, n_skip, n_dup, n_ext, n_debug]


def claimdocs(R):
    return build(R, F2, [("heic-delegate-missing-in-layer", cd_heic), ("imagemagick-policy-blocks-pdf", cd_pdfpolicy),
                         ("textract-start-tps-quota-default", cd_textract), ("long-report-ocr-timeout", cd_timeout),
                         ("multipage-tiff-out-of-memory", cd_oom)], cd_negs())


FAMILIES = {F1: fnol, F2: claimdocs}
