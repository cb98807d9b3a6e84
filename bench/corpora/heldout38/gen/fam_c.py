"""Families: node20-lambda-healthlake-healthimaging-jsonlog, fastapi-loguru-uvicorn-patient-portal.

Node.js 20 Lambda functions with the Lambda advanced logging controls set to LogFormat JSON: the runtime writes
console output as {"timestamp","level","requestId","message"} objects (an Error logged with console.error adds
errorType/errorMessage/stackTrace), and platform records are JSON {"time","type":"platform.*","record":{...}}.
Functions: cc-fhir-ingest (SQS of FHIR bundles from the interface engine -> AWS HealthLake REST API), cc-imaging-import
(S3 event -> HealthImaging StartDICOMImportJob), cc-healthlake-export-poller (EventBridge schedule). The patient portal
API is FastAPI on ECS Fargate with loguru's default format (uvicorn's loggers intercepted into loguru, backtrace and
diagnose enabled for logger.exception), shipped by the awslogs driver with awslogs-multiline-pattern
"^\\d{4}-\\d{2}-\\d{2} " so a traceback stays with its record."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, iso,
                    loguru_ts, mrn)

# ---------------------------------------------------------------- node20-lambda-healthlake-healthimaging-jsonlog
F1 = "node20-lambda-healthlake-healthimaging-jsonlog"
DS_OLD = "8f3a1c9e2b7d4e60a5c1f9d8e7b6a543"
DS = "1c2b3a4d5e6f47a8b9c0d1e2f3a4b5c6"
HL = "https://healthlake.%s.amazonaws.com/datastore/%s/r4" % (REGION, DS)


def nj(R, level, msg, rid=None, **kv):
    d = {"timestamp": iso(R, 3), "level": level, "requestId": rid or uuid(R), "message": msg}
    d.update(kv)
    return jd(d)


def plat(R, typ, record):
    return jd({"time": iso(R, 3), "type": typ, "record": record})


def report(R, dur, mem, used, status="success", init=None, err=None):
    rec = {"requestId": uuid(R), "metrics": {"durationMs": round(dur, 3), "billedDurationMs": int(dur) + 1, "memorySizeMB": mem, "maxMemoryUsedMB": used}}
    if init:
        rec["metrics"]["initDurationMs"] = round(init, 3)
    rec["status"] = status
    if err:
        rec["errorType"] = err
    return plat(R, "platform.report", rec)


def stack(R, fn, lines):
    return ["%s" % l for l in lines]


def e_ds(R):
    # the HealthLake datastore was re-created for the R4 profile change; DATASTORE_ID in cc-fhir-ingest still names the
    # deleted one, so every bundle from the interface engine is rejected and lands on the DLQ
    if R.random() < 0.6:
        return nj(R, "ERROR", "bundle import failed", errorType="ResourceNotFoundException",
                  errorMessage="Datastore %s does not exist or is not in ACTIVE state" % DS_OLD,
                  stackTrace=["ResourceNotFoundException: Datastore %s does not exist or is not in ACTIVE state" % DS_OLD,
                              "    at de_ResourceNotFoundExceptionRes (/var/runtime/node_modules/@aws-sdk/client-healthlake/dist-cjs/index.js:%d:21)" % R.randint(1000, 1100),
                              "    at async postBundle (/var/task/index.mjs:%d:20)" % R.randint(40, 60)],
                  bundleId=uuid(R), messageId=uuid(R))
    return nj(R, "WARN", "batch finished with failures", batchSize=10, succeeded=0, batchItemFailures=R.randint(1, 10), lastError="ResourceNotFoundException: Datastore %s" % DS_OLD)


def e_pass(R):
    # the HealthImaging data-access role was renamed; cc-imaging-import's role may not pass the new one
    if R.random() < 0.65:
        return nj(R, "ERROR", "StartDICOMImportJob failed", errorType="AccessDeniedException",
                  errorMessage="User: arn:aws:sts::%s:assumed-role/cc-imaging-import-role/cc-imaging-import is not authorized to perform: iam:PassRole on resource: arn:aws:iam::%s:role/cc-healthimaging-data-access-v2" % (ACCT, ACCT),
                  stackTrace=["AccessDeniedException: User: arn:aws:sts::%s:assumed-role/cc-imaging-import-role/cc-imaging-import is not authorized to perform: iam:PassRole" % ACCT,
                              "    at de_AccessDeniedExceptionRes (/var/runtime/node_modules/@aws-sdk/client-medical-imaging/dist-cjs/index.js:%d:21)" % R.randint(900, 1000),
                              "    at async startImport (/var/task/index.mjs:%d:18)" % R.randint(20, 40)],
                  inputS3Uri="s3://cc-dicom-staging-prod/pending/%s/" % uuid(R))
    return nj(R, "ERROR", "Invoke Error", errorType="AccessDeniedException", errorMessage="import not started for s3://cc-dicom-staging-prod/pending/%s/ (iam:PassRole denied)" % uuid(R),
              stackTrace=["AccessDeniedException: import not started", "    at Runtime.handler (/var/task/index.mjs:%d:11)" % R.randint(60, 70)])


def e_timeout(R):
    # the export poller walks every manifest page serially since the number of export files grew; it hits its 60 s
    # timeout on each run and exports for the analytics warehouse stop
    t = R.random()
    if t < 0.55:
        return report(R, 60000 + R.uniform(0, 40), 512, R.randint(180, 260), "timeout", err="Sandbox.Timedout")
    return nj(R, "WARN", "remaining time %dms with %d manifest pages left; export job %s not finished" % (R.randint(300, 1900), R.randint(40, 400), hexs(R, 32)))


def e_ref(R):
    # release 3.2 of the ingest mapper assumes every Encounter has a serviceProvider; outpatient encounters from the
    # clinics have none and the invocation fails
    return nj(R, "ERROR", "Invoke Error", errorType="TypeError", errorMessage="Cannot read properties of undefined (reading 'reference')",
              stackTrace=["TypeError: Cannot read properties of undefined (reading 'reference')",
                          "    at mapEncounter (/var/task/mapper.mjs:%d:48)" % R.choice([88, 89]),
                          "    at Array.map (<anonymous>)",
                          "    at toTransaction (/var/task/mapper.mjs:%d:32)" % R.randint(20, 30),
                          "    at Runtime.handler (/var/task/index.mjs:%d:22)" % R.randint(30, 40)],
              bundleId=uuid(R))


def e_throttle(R):
    # reserved concurrency was raised to 200 while HealthLake's transaction quota was not; bundles fail after the SDK's
    # retries and pile up on the DLQ
    if R.random() < 0.6:
        return nj(R, "ERROR", "bundle import failed after 3 attempts", errorType="ThrottlingException", errorMessage="Rate exceeded",
                  stackTrace=["ThrottlingException: Rate exceeded", "    at throwDefaultError (/var/runtime/node_modules/@smithy/smithy-client/dist-cjs/index.js:%d:20)" % R.randint(830, 860)],
                  bundleId=uuid(R), attempts=3, totalRetryDelay=R.randint(300, 2000))
    return nj(R, "WARN", "DLQ depth alarm: cc-fhir-ingest-dlq has %d messages (last error ThrottlingException)" % R.randint(200, 9000))


def e_negs():
    def n_init(R):
        return plat(R, "platform.initStart", {"initializationType": "on-demand", "phase": "init", "runtimeVersion": "nodejs:20.v%d" % R.randint(40, 48),
                                              "runtimeVersionArn": "arn:aws:lambda:%s::runtime:%s" % (REGION, hexs(R, 64)), "functionName": pick(R, ["cc-fhir-ingest", "cc-imaging-import", "cc-healthlake-export-poller"]), "functionVersion": "$LATEST"})

    def n_start(R):
        return plat(R, "platform.start", {"requestId": uuid(R), "version": "$LATEST"})

    def n_report(R):
        return report(R, R.uniform(40, 9000), pick(R, [512, 1024]), R.randint(90, 300), init=R.uniform(300, 900) if R.random() < 0.2 else None)

    def n_put(R):
        return nj(R, "INFO", "resource written", resourceType=pick(R, ["Patient", "Encounter", "Observation", "Condition"]), id=uuid(R), status=pick(R, [200, 201]), durationMs=R.randint(40, 900))

    def n_bundle(R):
        return nj(R, "INFO", "bundle imported", bundleId=uuid(R), entries=R.randint(1, 120), failed=0, datastore=DS)

    def n_batch(R):
        return nj(R, "INFO", "batch finished", batchSize=R.randint(1, 10), batchItemFailures=[], durationMs=R.randint(200, 8000))

    def n_404(R):
        return nj(R, "INFO", "patient not found in HealthLake; bundle held for MPI match", mrn=mrn(R), status=404)

    def n_422(R):
        return nj(R, "WARN", "resource rejected by HealthLake (invalid input, not retried)", status=400, resourceType=pick(R, ["Observation", "MedicationRequest"]),
                  issue=pick(R, ["Observation.code: minimum required = 1", "MedicationRequest.intent: value 'plan ' is not a valid code"]))

    def n_dup(R):
        return nj(R, "INFO", "duplicate SQS delivery skipped (idempotency key seen)", messageId=uuid(R), idempotencyKey=hexs(R, 16))

    def n_throttle_ok(R):
        return nj(R, "WARN", "ThrottlingException from HealthLake, retried by SDK; succeeded on attempt %d" % R.randint(2, 3), bundleId=uuid(R))

    def n_import_ok(R):
        return nj(R, "INFO", "StartDICOMImportJob submitted", jobId=hexs(R, 32), datastoreId=hexs(R, 32), jobStatus="SUBMITTED")

    def n_export_ok(R):
        return nj(R, "INFO", "export job status", jobId=hexs(R, 32), jobStatus=pick(R, ["IN_PROGRESS", "COMPLETED"]), pagesDone=R.randint(1, 30), errors=0)

    def n_emf(R):
        return jd({"_aws": {"Timestamp": 1893456000000 + R.randint(0, 2400000000), "CloudWatchMetrics": [{"Namespace": "CobaltCare/Ingest", "Dimensions": [["service"]],
                   "Metrics": [{"Name": "BundlesImported", "Unit": "Count"}, {"Name": "BundleErrors", "Unit": "Count"}]}]}, "service": "cc-fhir-ingest",
                   "BundlesImported": R.randint(1, 10), "BundleErrors": 0})

    def n_debug(R):
        return nj(R, "DEBUG", "SigV4 request", method="POST", url=HL + "/", contentLength=R.randint(400, 90000))

    def n_not_dicom(R):
        return nj(R, "INFO", "S3 object ignored (not a DICOM part-10 file)", key="pending/%s/%s" % (uuid(R), pick(R, ["DICOMDIR", "README.txt", ".DS_Store"])))

    def n_end(R):
        return plat(R, "platform.start", {"requestId": uuid(R), "version": str(R.randint(30, 44))})

    return [n_init, n_start, n_start, n_report, n_report, n_report, n_put, n_put, n_bundle, n_batch, n_404, n_422, n_dup, n_throttle_ok,
            n_import_ok, n_export_ok, n_emf, n_debug, n_not_dicom, n_end]


def node(R):
    return build(R, F1, [
        ("datastore-recreated-env-names-deleted-id", e_ds),
        ("healthimaging-data-access-role-renamed-passrole", e_pass),
        ("export-poller-serial-manifest-timeout", e_timeout),
        ("mapper-3-2-encounter-without-serviceprovider", e_ref),
        ("concurrency-200-over-healthlake-quota-throttled", e_throttle),
    ], e_negs())


# ---------------------------------------------------------------- fastapi-loguru-uvicorn-patient-portal
F2 = "fastapi-loguru-uvicorn-patient-portal"


def lg(R, level, where, msg):
    return "%s | %-8s | %s - %s" % (loguru_ts(R), level, where, msg)


def acc(R, meth, path, status):
    return lg(R, "INFO", "uvicorn.protocols.http.httptools_impl:send:%d" % 476, '%s:%d - "%s %s HTTP/1.1" %d' % (ip10(R, 43), R.randint(30000, 65000), meth, path, status))


def tb(R, frames, final):
    s = "\nTraceback (most recent call last):\n"
    frames = frames[::-1]  # outermost (the catching app frame, marked ">") first, as loguru prints it
    for i, (f, ln, fn, code) in enumerate(frames):
        mark = "> " if i == 0 else "  "
        s += "\n%sFile \"%s\", line %d, in %s\n    %s\n" % (mark, f, ln, fn, code)
    return s + "\n" + final


SITE = "/usr/local/lib/python3.12/site-packages"


def f_redis(R):
    # in-transit encryption was enabled on the session ElastiCache cluster; the portal still connects with redis://
    # (no TLS), every login/session lookup is reset and answered 500
    if R.random() < 0.55:
        return lg(R, "ERROR", "app.auth.sessions:load_session:%d" % R.choice([61, 62]), "session store unavailable") + tb(R, [
            (SITE + "/redis/asyncio/connection.py", 552, "read_response", "response = await self._parser.read_response("),
            ("/app/app/auth/sessions.py", R.choice([61, 62]), "load_session", "raw = await redis.get(f\"sess:{sid}\")")],
            "redis.exceptions.ConnectionError: Error while reading from cc-portal-sessions.%s.cac1.cache.amazonaws.com:6379 : (104, 'Connection reset by peer')" % lower(R, 6))
    return acc(R, pick(R, ["GET", "POST"]), pick(R, ["/api/v1/me", "/api/v1/auth/callback?code=%s&state=%s" % (alnum(R, 22), alnum(R, 12)), "/api/v1/appointments"]), 500) + " (session store error)"


def f_kms(R):
    # the patient-documents bucket moved to a new KMS key whose policy does not list the portal's task role; every
    # record download fails
    doc = R.randint(10000, 999999)
    if R.random() < 0.55:
        return lg(R, "ERROR", "app.api.records:download:%d" % R.choice([141, 142]), "download failed for document %d" % doc) + tb(R, [
            (SITE + "/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)"),
            ("/app/app/api/records.py", R.choice([141, 142]), "download", "obj = await s3.get_object(Bucket=BUCKET, Key=doc.s3_key)")],
            "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::%s:assumed-role/cc-portal-task-role/%s is not authorized to perform: kms:Decrypt on the resource associated with this ciphertext because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access" % (ACCT, hexs(R, 32)))
    return acc(R, "GET", "/api/v1/records/%d/download" % doc, 500)


def f_pool(R):
    # the appointment-search endpoint now runs one query per clinic without releasing the session; the QueuePool
    # (5+10) is exhausted under morning load
    if R.random() < 0.6:
        return lg(R, "ERROR", "app.api.appointments:search_slots:%d" % R.choice([97, 98]), "slot search failed") + tb(R, [
            (SITE + "/sqlalchemy/pool/impl.py", 157, "_do_get", "raise exc.TimeoutError("),
            ("/app/app/api/appointments.py", R.choice([97, 98]), "search_slots", "rows = (await db.execute(stmt)).all()")],
            "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)")
    return acc(R, "GET", "/api/v1/slots?clinic=%s&date=2030-01-%02d" % (pick(R, ["ottawa-west", "kanata", "orleans", "gatineau"]), R.randint(2, 28)), 500)


def f_fhir(R):
    # FHIR_BASE_URL still names the retired fhir-legacy.cobaltcare.example; medication and lab pages answer 502
    if R.random() < 0.55:
        return lg(R, "ERROR", "app.clients.fhir:get:%d" % R.choice([44, 45]), "FHIR request failed: GET https://fhir-legacy.cobaltcare.example/fhir/%s?patient=%d: [Errno -2] Name or service not known (httpx.ConnectError)" % (
            pick(R, ["MedicationRequest", "Observation", "AllergyIntolerance"]), R.randint(100000, 9999999)))
    return acc(R, "GET", "/api/v1/%s" % pick(R, ["medications", "labs", "allergies"]), 502)


def f_pyd(R):
    # migration 0142 made appointments.provider_id nullable for group visits; the SlotOut response model still
    # requires a string, so every slot list containing a group visit fails validation
    if R.random() < 0.6:
        return lg(R, "ERROR", "app.main:unhandled_exception:%d" % 58, "unhandled error on GET /api/v1/slots") + tb(R, [
            (SITE + "/fastapi/routing.py", 155, "serialize_response", "raise ResponseValidationError("),
            ("/app/app/main.py", 58, "unhandled_exception", "return await call_next(request)")],
            "fastapi.exceptions.ResponseValidationError: 1 validation errors:\n  {'type': 'string_type', 'loc': ('response', %d, 'provider_id'), 'msg': 'Input should be a valid string', 'input': None}" % R.randint(0, 40))
    return lg(R, "WARNING", "app.api.appointments:list_slots:%d" % 121, "slot %d has provider_id=None (group visit); response will fail SlotOut validation" % R.randint(10000, 99999))


def f_negs():
    def n_boot(R):
        return lg(R, "INFO", pick(R, ["uvicorn.server:serve:83", "uvicorn.lifespan.on:startup:62", "uvicorn.server:_serve:84"]), pick(R, [
            "Started server process [%d]" % R.randint(1, 9), "Waiting for application startup.", "Application startup complete.",
            "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)"]))

    def n_ok(R):
        meth, path, st = pick(R, [("GET", "/api/v1/appointments", 200), ("POST", "/api/v1/appointments", 201), ("DELETE", "/api/v1/appointments/%d" % R.randint(1000, 99999), 204),
                                   ("GET", "/api/v1/me", 200), ("GET", "/api/v1/messages?page=%d" % R.randint(1, 9), 200), ("GET", "/static/app.%s.js" % hexs(R, 8), 304),
                                   ("GET", "/api/v1/records/%d/download" % R.randint(10000, 999999), 200), ("GET", "/api/v1/medications", 200)])
        return acc(R, meth, path, st)

    def n_health(R):
        return acc(R, "GET", "/healthz", 200)

    def n_4xx(R):
        meth, path, st = pick(R, [("GET", "/api/v1/me", 401), ("GET", "/api/v1/records/%d/download" % R.randint(10000, 999999), 404), ("POST", "/api/v1/appointments", 422),
                                   ("POST", "/api/v1/appointments", 409), ("GET", "/api/v1/proxy/%d/records" % R.randint(1000, 9999), 403)])
        return acc(R, meth, path, st)

    def n_conflict(R):
        return lg(R, "INFO", "app.api.appointments:book:%d" % 203, "slot %d already booked by another patient; returning 409" % R.randint(10000, 99999))

    def n_consent(R):
        return lg(R, "INFO", "app.api.proxy:records:%d" % 77, "proxy access denied: no active consent from patient %s for delegate %d (403)" % (mrn(R), R.randint(1000, 9999)))

    def n_expired(R):
        return lg(R, "INFO", "app.auth.sessions:load_session:%d" % 70, "session %s… expired %d min ago; redirecting to login" % (hexs(R, 8), R.randint(1, 900)))

    def n_otp(R):
        return lg(R, "WARNING", "app.auth.otp:verify:%d" % 39, "OTP verification failed for account %d (attempt %d/5)" % (R.randint(10000, 99999), R.randint(1, 4)))

    def n_fhir_retry(R):
        return lg(R, "WARNING", "app.clients.fhir:get:%d" % 51, "FHIR GET https://fhir.cobaltcare.example/fhir/%s returned 503; retrying in %.1fs (attempt 1/3)" % (pick(R, ["Observation", "MedicationRequest"]), pick(R, [0.5, 1.0])))

    def n_fhir_ok(R):
        return lg(R, "DEBUG", "app.clients.fhir:get:%d" % 47, "FHIR GET https://fhir.cobaltcare.example/fhir/%s?patient=%d -> 200 (%d entries, %dms)" % (
            pick(R, ["Observation", "MedicationRequest", "Immunization"]), R.randint(100000, 9999999), R.randint(0, 80), R.randint(20, 900)))

    def n_disc(R):
        return lg(R, "WARNING", "app.api.records:download:%d" % 150, "client disconnected during download of document %d after %d bytes" % (R.randint(10000, 999999), R.randint(1000, 900000)))

    def n_msg(R):
        return lg(R, "INFO", "app.api.messages:send:%d" % 66, "secure message %s queued to care team %s (0 attachments rejected)" % (uuid(R), pick(R, ["family-med-2", "cardio-1", "peds-3"])))

    def n_dep(R):
        return lg(R, "WARNING", "py.warnings:_showwarnmsg:%d" % 110, "%s/pydantic/_internal/_config.py:345: UserWarning: Valid config keys have changed in V2:\n* 'orm_mode' has been renamed to 'from_attributes'" % SITE)

    def n_debug(R):
        return lg(R, "DEBUG", "app.db:checkout:%d" % 33, "pool status: size=5 checked_out=%d overflow=%d" % (R.randint(0, 5), R.randint(-5, 2)))

    def n_slots(R):
        return lg(R, "INFO", "app.api.appointments:search_slots:%d" % 110, "returned %d slots for clinic %s in %dms" % (R.randint(0, 60), pick(R, ["ottawa-west", "kanata", "orleans", "gatineau"]), R.randint(20, 900)))

    def n_reminder(R):
        return lg(R, "INFO", "app.events:publish:%d" % 24, "published AppointmentBooked %s to EventBridge (FailedEntryCount=0)" % uuid(R))

    return [n_boot, n_ok, n_ok, n_ok, n_ok, n_health, n_4xx, n_4xx, n_conflict, n_consent, n_expired, n_otp, n_fhir_retry, n_fhir_ok,
            n_disc, n_msg, n_dep, n_debug, n_slots, n_reminder]


def portal(R):
    return build(R, F2, [
        ("session-redis-tls-enabled-client-plaintext", f_redis),
        ("documents-bucket-new-kms-key-denies-portal", f_kms),
        ("slot-search-session-leak-queuepool", f_pool),
        ("fhir-base-url-retired-legacy-host", f_fhir),
        ("migration-0142-null-provider-slotout", f_pyd),
    ], f_negs())


FAMILIES = {F1: node, F2: portal}
