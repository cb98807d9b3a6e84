"""Families: eventbridge-scheduler-pipes-targets, dynamodb-streams-consumers-partial-batch."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, sp, day, hms, epoch_ms,
                    node, py, invoke_error, start, end, report, timeout, ACCT, REGION, jd)

# ---------------------------------------------------------------- eventbridge-scheduler-pipes-targets
# "marrowgate insurance": EventBridge Pipes (SQS claims-intake -> Lambda enrichment -> Step Functions;
# DynamoDB-stream quotes -> API destination to the CRM) with pipe logging at ERROR/INFO level (one JSON
# record per execution step), and EventBridge Scheduler one-time schedules (renewal reminders -> Lambda,
# payment retries -> SQS) whose dead-letter queue is drained by a Python 3.12 Lambda that logs each
# message's Scheduler attributes. Target Lambdas log Python runtime lines.
F7 = "eventbridge-scheduler-pipes-targets"


def parn(p):
    return "arn:aws:pipes:%s:%s:pipe/%s" % (REGION, ACCT, p)


def pipe(R, p, mtype, level="INFO", error=None, extra=None):
    d = {"resourceArn": parn(p), "timestamp": epoch_ms(R), "executionId": uuid(R), "messageType": mtype, "logLevel": level}
    if extra:
        d.update(extra)
    if error:
        d["error"] = error
    return jd(d)


def sarn(R, grp, name=None):
    return "arn:aws:scheduler:%s:%s:schedule/%s/%s" % (REGION, ACCT, grp, name or "%s-%s" % (grp.split("-")[0], lower(R, 10)))


def dlq(R, code, msg, grp, target):
    return py(R, "ERROR", "scheduler DLQ message " + jd({"ERROR_CODE": code, "ERROR_MESSAGE": msg, "EXECUTION_ID": "%s-%s" % (uuid(R), lower(R, 6)), "RETRY_ATTEMPTS": "185",
                                                         "SCHEDULE_ARN": sarn(R, grp), "TARGET_ARN": target}))


def g_sfn(R):
    # claims-intake pipe role allows states:StartExecution on the old state machine name only
    err = {"httpStatusCode": 400, "message": "User: arn:aws:sts::%s:assumed-role/marrowgate-claims-pipe-role/%s is not authorized to perform: states:StartExecution on resource: arn:aws:states:%s:%s:stateMachine:claims-triage-v2 because no identity-based policy allows the states:StartExecution action" % (ACCT, digits(R, 19), REGION, ACCT),
           "details": "", "awsService": "states", "requestId": uuid(R)}
    return pipe(R, "claims-intake", pick(R, ["TargetInvocationFailed", "TargetStageFailed", "ExecutionFailed"]), "ERROR", err)


def g_crm(R):
    # quotes-to-crm API destination: CRM rejects the connection's OAuth client (client secret expired)
    if R.random() < 0.75:
        err = {"httpStatusCode": 401, "message": "Target invocation failed with status code 401: {\"error\":\"invalid_client\",\"error_description\":\"client secret expired\"}", "details": "", "awsService": "events", "requestId": uuid(R)}
        return pipe(R, "quotes-to-crm", pick(R, ["TargetInvocationFailed", "ExecutionFailed"]), "ERROR", err)
    return pipe(R, "quotes-to-crm", "ExecutionFailed", "ERROR", {"httpStatusCode": 401, "message": "Connection marrowgate-crm-oauth is DEAUTHORIZED: OAuth token request to https://login.crm-vendor.example/oauth2/token failed with 401", "details": "", "awsService": "events", "requestId": uuid(R)})


def g_enrich(R):
    # policy-lookup enrichment Lambda was packaged with macOS arm64 wheels: pydantic_core cannot import
    r = R.random()
    if r < 0.45:
        return "[ERROR] Runtime.ImportModuleError: Unable to import module 'enrich': No module named 'pydantic_core._pydantic_core'\nTraceback (most recent call last):"
    if r < 0.55:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ImportModuleError" % R.uniform(300, 900)
    return pipe(R, "claims-intake", "EnrichmentInvocationFailed", "ERROR", {"httpStatusCode": 200, "message": "Enrichment invocation failed: Lambda function marrowgate-policy-lookup returned error Runtime.ImportModuleError: Unable to import module 'enrich': No module named 'pydantic_core._pydantic_core'", "details": "", "awsService": "lambda", "requestId": uuid(R)})


def g_reminder(R):
    # renewal-reminder schedules (one per policy) still target the Lambda deleted when the function was renamed
    tgt = "arn:aws:lambda:%s:%s:function:marrowgate-renewal-reminder" % (REGION, ACCT)
    if R.random() < 0.8:
        return dlq(R, "ResourceNotFoundException", "Function not found: %s" % tgt, "renewal-reminders", tgt)
    return py(R, "ERROR", "renewal reminders not sent for %d policies due %s: target function marrowgate-renewal-reminder not found" % (R.randint(20, 400), "2029-03-%02d" % day(R)))


def g_kms(R):
    # payment-retry queue now uses a customer managed KMS key; the scheduler role cannot use it
    tgt = "arn:aws:sqs:%s:%s:payment-retries" % (REGION, ACCT)
    return dlq(R, "KMS.AccessDeniedException", "User: arn:aws:sts::%s:assumed-role/marrowgate-scheduler-role/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s because no identity-based policy allows the kms:GenerateDataKey action (Service: Sqs, Status Code: 400)" % (ACCT, hexs(R, 32), REGION, ACCT, "7c1e9a0b-3f2d-4e5a-9b8c-0d1e2f3a4b5c"), "payment-retries", tgt)


def pipes_negs():
    def n_steps(R):
        p = pick(R, ["claims-intake", "quotes-to-crm", "fnol-photos"])
        return pipe(R, p, pick(R, ["ExecutionStarted", "ExecutionSucceeded", "TargetInvocationStarted", "TargetInvocationSucceeded", "TargetStageEntered", "TargetStageSucceeded"]))
    def n_enrich_ok(R): return pipe(R, "fnol-photos", pick(R, ["EnrichmentInvocationStarted", "EnrichmentInvocationSucceeded", "EnrichmentStageSucceeded"]))
    def n_throttled(R): return pipe(R, pick(R, ["fnol-photos", "claims-intake"]), "ExecutionThrottled", "INFO", None, {"payload": "[]", "truncatedFields": ["payload"]})
    def n_filtered(R): return py(R, "INFO", "pipe quotes-to-crm filter dropped %d of %d stream records (eventName REMOVE / status DRAFT)" % (R.randint(1, 40), R.randint(40, 100)))
    def n_retry_ok(R): return pipe(R, "fnol-photos", "TargetInvocationSucceeded", "INFO", None, {"payload": "{\"attempt\":%d,\"previousError\":\"ThrottlingException\"}" % R.randint(2, 3)})
    def n_sched_ok(R): return py(R, "INFO", "renewal reminder %s sent to policyholder %s via %s" % ("POL-" + digits(R, 8), uuid(R), pick(R, ["email", "sms", "push"])))
    def n_create(R): return py(R, "INFO", "CreateSchedule %s at(2029-03-%02dT09:00:00) ActionAfterCompletion=DELETE FlexibleTimeWindow=OFF target=%s" % (sarn(R, pick(R, ["renewal-reminders", "payment-retries"])).split("/")[-1], day(R), pick(R, ["lambda", "sqs"])))
    def n_conflict(R): return py(R, "INFO", "CreateSchedule renewal-%s: ConflictException (schedule already exists) - idempotent, skipped" % lower(R, 10))
    def n_notfound(R): return py(R, "INFO", "DeleteSchedule payment-%s: ResourceNotFoundException (already completed and auto-deleted) - ok" % lower(R, 10))
    def n_dlq_empty(R): return py(R, "INFO", "scheduler DLQ %s drained: 0 messages" % pick(R, ["marrowgate-scheduler-dlq", "marrowgate-payments-dlq"]))
    def n_payment(R): return py(R, "INFO", "payment retry %s for mandate MD-%s: %s" % ("PR-" + digits(R, 7), digits(R, 6), pick(R, ["collected", "collected", "declined (insufficient funds), customer notified", "scheduled next attempt in 3 days"])))
    def n_start(R): return start(R)
    def n_end(R): return end(R)
    def n_report(R): return report(R, pick(R, [256, 512, 1024]))
    def n_sfn(R): return py(R, "INFO", "claims-triage-v1 execution %s started for claim CLM-%s (pipe claims-intake, batch of %d)" % (uuid(R), digits(R, 8), R.randint(1, 10)))
    def n_enrich_log(R): return py(R, "INFO", "fnol-photos enrich: %d photos, exif stripped, %d flagged for manual review" % (R.randint(1, 12), R.randint(0, 2)))
    def n_trace(R): return pipe(R, "fnol-photos", pick(R, ["TargetTransformationStarted", "TargetTransformationSucceeded", "EnrichmentTransformationSucceeded"]), "TRACE")
    def n_policy_missing(R): return py(R, "WARN", "renewal reminder skipped: policy %s cancelled since schedule creation (expected)" % ("POL-" + digits(R, 8)))
    def n_crm_ok(R): return py(R, "INFO", "crm webhook echo: quote Q-%s upserted (HTTP 200, %d ms)" % (digits(R, 7), R.randint(80, 900)))
    def n_scheduler_metrics(R): return py(R, "INFO", "scheduler group %s: %d schedules pending, %d invoked last hour, 0 in DLQ" % (pick(R, ["dunning", "policy-docs"]), R.randint(100, 5000), R.randint(0, 300)))
    return [n_steps, n_enrich_ok, n_throttled, n_filtered, n_retry_ok, n_sched_ok, n_create, n_conflict, n_notfound, n_dlq_empty, n_payment,
            n_start, n_end, n_report, n_sfn, n_enrich_log, n_trace, n_policy_missing, n_crm_ok, n_scheduler_metrics]


def fam_pipes(R):
    return build(R, F7, [("claims-intake-pipe-role-missing-startexecution-v2", g_sfn), ("quotes-to-crm-api-destination-oauth-401", g_crm),
                         ("policy-lookup-enrichment-import-pydantic-core", g_enrich), ("renewal-reminder-schedules-target-function-deleted", g_reminder),
                         ("payment-retry-schedules-kms-generatedatakey-denied", g_kms)], pipes_negs())


# ---------------------------------------------------------------- dynamodb-streams-consumers-partial-batch
# "cinderpath games": Lambda consumers of DynamoDB Streams with ReportBatchItemFailures: a Python 3.12
# leaderboard projector and wallet aggregator (Powertools logger JSON, BatchProcessor), a Node.js 20 search
# indexer (OpenSearch bulk) and achievements fan-out, and an on-failure-destination logger that prints the
# invocation records Lambda sends to SQS for dropped batches.
F8 = "dynamodb-streams-consumers-partial-batch"


def pt(R, svc, level, msg, **kw):
    d = {"level": level, "location": kw.pop("loc", "%s:%d" % (pick(R, ["handler", "record_handler", "process"]), R.randint(20, 140))), "message": msg,
         "timestamp": sp(R).replace(".", ",") + "+0000", "service": svc, "cold_start": R.random() < 0.1,
         "function_name": "cinderpath-%s" % svc, "function_request_id": uuid(R), "xray_trace_id": "1-%s-%s" % (hexs(R, 8), hexs(R, 24))}
    d.update(kw)
    return jd(d)


def seq(R):
    return digits(R, 21)


def sarn_ddb(tbl):
    return "arn:aws:dynamodb:%s:%s:table/%s/stream/2029-01-%02dT10:%02d:11.%03d" % (REGION, ACCT, tbl, 9, 41, 203)


def h_season(R):
    # season-9 score items lack season_rank (written by the new match service); projector KeyErrors on them
    if R.random() < 0.65:
        return pt(R, "leaderboard-projector", "ERROR", "failed to project record %s" % seq(R), exception="Traceback (most recent call last):\n  File \"/var/task/projector.py\", line %d, in record_handler\n    rank = int(image[\"season_rank\"][\"N\"])\n               ~~~~~^^^^^^^^^^^^^^^\nKeyError: 'season_rank'" % R.randint(51, 53), exception_name="KeyError")
    return pt(R, "leaderboard-projector", "WARN", "returning batchItemFailures for %d of %d records (first failed sequence %s); same records failed on previous attempt" % (R.randint(1, 6), R.randint(80, 100), seq(R)))


def h_fgac(R):
    # OpenSearch fine-grained access: role mapping for the indexer role was reset by a domain update
    if R.random() < 0.7:
        return node(R, "ERROR", "bulk index to players-v4 failed: ResponseError: security_exception: [security_exception] Reason: no permissions for [indices:data/write/bulk] and User [name=arn:aws:iam::%s:role/cinderpath-search-indexer-role, backend_roles=[arn:aws:iam::%s:role/cinderpath-search-indexer-role], requestedTenant=null] (status 403, %d docs)" % (ACCT, ACCT, R.randint(10, 100)))
    return node(R, "WARN", "reporting %d batchItemFailures to Lambda (all records of batch, 403 security_exception)" % R.randint(10, 100))


def h_fanout(R):
    # achievements fan-out publishes to SNS synchronously per record with batch size 1000: timeouts, then
    # records older than MaximumRecordAgeInSeconds dropped to the on-failure destination
    r = R.random()
    if r < 0.3:
        return timeout(R, 60.0)
    if r < 0.5:
        return report(R, 1024, dur=R.uniform(60000.5, 60010), status="timeout")
    if r < 0.8:
        return py(R, "ERROR", "on-failure destination record " + jd({"requestContext": {"requestId": uuid(R), "functionArn": "arn:aws:lambda:%s:%s:function:cinderpath-achievements-fanout" % (REGION, ACCT), "condition": "RecordAgeExceeded", "approximateInvokeCount": R.randint(3, 30)},
                                                                   "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"}, "version": "1.0", "timestamp": iso(R),
                                                                   "DDBStreamBatchInfo": {"shardId": "shardId-%s-%s" % (digits(R, 20), hexs(R, 8)), "startSequenceNumber": seq(R), "endSequenceNumber": seq(R), "approximateArrivalOfFirstRecord": iso(R), "approximateArrivalOfLastRecord": iso(R), "batchSize": 1000, "streamArn": sarn_ddb("player-progress")}}))
    return node(R, "WARN", "achievements-fanout: processed %d/1000 records in %d ms before deadline; IteratorAge %d s" % (R.randint(200, 700), R.randint(55000, 59900), R.randint(3600, 30000)))


def h_itemsize(R):
    # wallet aggregator appends every transaction to one item per player; whales hit the 400 KB item limit
    return pt(R, "wallet-aggregator", "ERROR", "UpdateItem wallet-totals player %s failed" % uuid(R), exception="botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the UpdateItem operation: Item size to update has exceeded the maximum allowed size", exception_name="ClientError")


def h_replica(R):
    # profile-sync consumer writes to player-profiles-eu, renamed to player-profiles-eu-v2 in a migration
    if R.random() < 0.7:
        return pt(R, "profile-sync", "ERROR", "replicating %s failed" % uuid(R), exception="botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the PutItem operation: Requested resource not found", exception_name="ResourceNotFoundException")
    return pt(R, "profile-sync", "ERROR", "batch of %d: all records failed (ResourceNotFoundException on player-profiles-eu); returning batchItemFailures" % R.randint(5, 100))


def ddb_negs():
    def n_batch_ok(R): return pt(R, pick(R, ["leaderboard-projector", "wallet-aggregator", "profile-sync"]), "INFO", "processed batch of %d records: %d succeeded, 0 failed" % ((lambda n: (n, n))(R.randint(1, 100))))
    def n_empty(R): return pt(R, pick(R, ["leaderboard-projector", "wallet-aggregator"]), "DEBUG", "batchItemFailures: []")
    def n_ttl(R): return pt(R, "leaderboard-projector", "DEBUG", "skipping REMOVE %s by dynamodb.amazonaws.com (TTL expiry of session row)" % seq(R))
    def n_dup(R): return pt(R, "wallet-aggregator", "INFO", "ConditionalCheckFailedException on idempotency key txn#%s: duplicate delivery, skipped" % uuid(R))
    def n_retry_ok(R): return pt(R, "wallet-aggregator", "WARN", "UpdateItem throttled (ProvisionedThroughputExceededException), retry %d succeeded" % R.randint(1, 3))
    def n_record(R): return pt(R, "leaderboard-projector", "DEBUG", "record", record={"eventID": hexs(R, 32), "eventName": pick(R, ["INSERT", "MODIFY"]), "eventSource": "aws:dynamodb", "awsRegion": REGION, "dynamodb": {"Keys": {"pk": {"S": "PLAYER#%s" % uuid(R)}, "sk": {"S": "SEASON#8"}}, "SequenceNumber": seq(R), "SizeBytes": R.randint(100, 900), "StreamViewType": "NEW_AND_OLD_IMAGES"}})
    def n_emf(R): return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "cinderpath", "Dimensions": [["service"]], "Metrics": [{"Name": "ProcessedRecords", "Unit": "Count"}, {"Name": "FailedRecords", "Unit": "Count"}]}]}, "service": pick(R, ["leaderboard-projector", "wallet-aggregator"]), "ProcessedRecords": R.randint(1, 100), "FailedRecords": 0})
    def n_idx_ok(R): return node(R, "INFO", "bulk indexed %d docs into players-v4 in %d ms (errors=false)" % (R.randint(1, 100), R.randint(20, 900)))
    def n_idx_conflict(R): return node(R, "INFO", "bulk: %d version_conflict_engine_exception on players-v4 ignored (newer doc already indexed)" % R.randint(1, 4))
    def n_fan_ok(R): return node(R, "INFO", "achievements-fanout: %d unlocks published for %d records" % (R.randint(0, 30), R.randint(10, 200)))
    def n_start(R): return start(R)
    def n_end(R): return end(R)
    def n_report(R): return report(R, pick(R, [512, 1024]))
    def n_iter(R): return node(R, "INFO", "IteratorAge %d ms on %s (alarm at 300000)" % (R.randint(50, 4000), pick(R, ["player-progress", "players"])))
    def n_partial_ok(R): return pt(R, "leaderboard-projector", "INFO", "retried %d previously failed records (ProvisionedThroughputExceededException): all succeeded" % R.randint(1, 5))
    def n_bisect(R): return pt(R, "profile-sync", "INFO", "batch of %d; skipped %d records of other regions (filter)" % (R.randint(5, 100), R.randint(0, 5)))
    def n_cold(R): return pt(R, pick(R, ["leaderboard-projector", "wallet-aggregator", "profile-sync"]), "INFO", "cold start: loaded config season=8 tables=%s" % pick(R, ["leaderboard-s8", "wallet-totals", "player-profiles-eu-v2"]))
    def n_cheat(R): return pt(R, "leaderboard-projector", "WARN", "score %d for player %s above plausibility cap; sent to anti-cheat review queue (expected)" % (R.randint(900000, 2000000), uuid(R)))
    def n_init(R): return "INIT_START Runtime Version: %s\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (pick(R, ["python:3.12.v%d" % R.randint(30, 45), "nodejs:20.v%d" % R.randint(30, 40)]), REGION, hexs(R, 64))
    return [n_batch_ok, n_empty, n_ttl, n_dup, n_retry_ok, n_record, n_emf, n_idx_ok, n_idx_conflict, n_fan_ok, n_start, n_end, n_report, n_iter,
            n_partial_ok, n_bisect, n_cold, n_cheat, n_init]


def fam_ddb(R):
    return build(R, F8, [("leaderboard-projector-season9-keyerror-season-rank", h_season), ("search-indexer-opensearch-fgac-bulk-403", h_fgac),
                         ("achievements-fanout-timeouts-records-age-exceeded", h_fanout), ("wallet-aggregator-item-size-400kb", h_itemsize),
                         ("profile-sync-target-table-renamed", h_replica)], ddb_negs())


FAMILIES = {F7: fam_pipes, F8: fam_ddb}
