"""Families: fraudscore-fastapi-uvicorn-triton24-glog-ecs, premiumpay-aspnetcore8-simpleconsole-ecs.

"fraudscore" is mossgate's claims fraud-scoring service on an ECS GPU task: a FastAPI app under uvicorn (uvicorn's own
`INFO:     …` lines and access lines, app logging `asctime LEVEL [logger] msg`, tracebacks in the event) calling a
Triton Inference Server 24.x sidecar (glog prefix `I0214 09:12:33.123456 1 file.cc:line] msg`), both containers in
one log group.

"premiumpay" is the premium-collection and claim-payout integration (ASP.NET Core 8 worker + webhook API on ECS
Fargate, SQL Server on RDS through EF Core): Direct Debit collections through an invented bureau "Fernbank", card
payments and refunds through an invented processor "Tallis Pay", Faster Payments payout files. It logs with the
SimpleConsole formatter (`TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ "`), `level: Category[EventId]` then the
message and exception indented by six spaces; the awslogs multi-line pattern keeps each record in one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, comma_ts, glog_ts)

# ---------------------------------------------------------------- fraudscore-fastapi-uvicorn-triton24-glog-ecs
F1 = "fraudscore-fastapi-uvicorn-triton24-glog-ecs"


def app(R, lvl, logger, msg):
    return "%s %s [%s] %s" % (comma_ts(R), lvl, logger, msg)


def tri(R, sev, src, msg):
    return "%s 1 %s] %s" % (glog_ts(R, sev), src, msg)


def uv_acc(R, method, path, status, phrase):
    return 'INFO:     %s:%d - "%s %s HTTP/1.1" %d %s' % (ip10(R, 30), R.randint(30000, 65000), method, path, status, phrase)


def clm(R):
    return "CLM-2031-%07d" % R.randint(1, 9999999)


def fs_shape(R):
    # feature pipeline v8 (43 features: added "days_since_last_mta") went live while Triton still serves claims_gbm v7
    # (42 inputs); every scoring request is rejected, claims are not fraud-scored
    if R.random() < 0.55:
        return app(R, "ERROR", "fraudscore.scoring", "Scoring failed for %s: [400] unexpected shape for input 'input__0' for model 'claims_gbm'. Expected [-1,42], got [1,43]. " % clm(R))
    return ("ERROR:    Exception in ASGI application\nTraceback (most recent call last):\n"
            '  File "/usr/local/lib/python3.12/site-packages/uvicorn/protocols/http/httptools_impl.py", line 409, in run_asgi\n'
            "    result = await app(  # type: ignore[func-returns-value]\n"
            '  File "/app/fraudscore/scoring.py", line %d, in score\n'
            "    result = await self.client.infer(\"claims_gbm\", inputs, outputs=outputs)\n"
            '  File "/usr/local/lib/python3.12/site-packages/tritonclient/http/aio/__init__.py", line %d, in infer\n'
            "    _raise_if_error(response)\n"
            "tritonclient.utils.InferenceServerException: [400] unexpected shape for input 'input__0' for model 'claims_gbm'. Expected [-1,42], got [1,43]. " % (R.randint(60, 75), R.randint(740, 760)))


def fs_s3deny(R):
    # the new motor_network_gnn model lives under a prefix the task role's S3 policy does not cover; Triton cannot
    # load it and motor claims get no network-fraud score
    if R.random() < 0.55:
        return tri(R, "E", "model_lifecycle.cc:%d" % pick(R, [641, 654]), "failed to load 'motor_network_gnn' version %d: Internal: Could not get MetaData for object at s3://mossgate-models-euw1/triton-v2/motor_network_gnn/%d/model.onnx due to exception: Access Denied" % ((R.randint(2, 3),) * 2))
    return app(R, "ERROR", "fraudscore.scoring", "Network score unavailable for %s: [400] Request for unknown model: 'motor_network_gnn' has no available versions" % clm(R))


def fs_gpuoom(R):
    # instance_group count for claims_text_bert was raised from 1 to 4 on a 16 GB T4; instances after the first fail
    # to allocate and the model does not load, so free-text claim descriptions are not scored
    if R.random() < 0.6:
        return tri(R, "E", "model_lifecycle.cc:%d" % pick(R, [641, 654]), "failed to load 'claims_text_bert' version 1: Internal: onnx runtime error 6: Exception during initialization: /onnxruntime_src/onnxruntime/core/framework/bfc_arena.cc:376 void* onnxruntime::BFCArena::AllocateRawInternal(size_t, bool, onnxruntime::Stream*, bool, onnxruntime::WaitNotificationFn) Failed to allocate memory for requested buffer of size %d" % R.randint(100000000, 900000000))
    return app(R, "ERROR", "fraudscore.scoring", "Text score unavailable for %s: [400] Request for unknown model: 'claims_text_bert' has no available versions" % clm(R))


def fs_ddb(R):
    # the feature-store table was renamed to claims-features-v2 by the data team's Terraform; the service still reads
    # claims-features, every feature lookup fails
    return app(R, "ERROR", "fraudscore.features", "Feature lookup failed for %s (policy MG-%s-2031-%06d): An error occurred (ResourceNotFoundException) when calling the BatchGetItem operation: Requested resource not found" % (
        clm(R), pick(R, ["MTR", "HH"]), R.randint(1000, 999999)))


def fs_callback(R):
    # the static service token used to post scores back to the claims API expired on 2031-02-10 (no rotation job);
    # scores are computed but never reach the claim, so nothing is referred
    if R.random() < 0.6:
        return app(R, "ERROR", "fraudscore.callback", "Score callback for %s failed after 3 attempts: 401 Unauthorized {\"detail\":\"token expired\"}; score %.2f dropped" % (clm(R), R.uniform(0.01, 0.99)))
    return app(R, "WARNING", "fraudscore.callback", "Callback queue depth %d, oldest %d min: claims API rejecting service token (401)" % (R.randint(40, 4000), R.randint(5, 600)))


def fs_negs():
    def n_uv(R):
        return pick(R, ["INFO:     Started server process [%d]" % R.randint(1, 40), "INFO:     Waiting for application startup.", "INFO:     Application startup complete.",
                        "INFO:     Uvicorn running on http://0.0.0.0:%d (Press CTRL+C to quit)" % pick(R, [8080, 8081]), "INFO:     Shutting down", "INFO:     Finished server process [%d]" % R.randint(1, 40)])

    def n_acc(R):
        return pick(R, [uv_acc(R, "POST", "/v1/score", 200, "OK"), uv_acc(R, "POST", "/v1/score", 200, "OK"), uv_acc(R, "POST", "/v1/score", 422, "Unprocessable Entity"),
                        uv_acc(R, "GET", "/v1/scores/%s" % clm(R), 404, "Not Found"), uv_acc(R, "GET", "/health", 200, "OK")])

    def n_scored(R):
        s = R.uniform(0.01, 0.79)
        return app(R, "INFO", "fraudscore.scoring", "Scored %s: score=%.3f band=%s model=claims_gbm:7 features=42 latency_ms=%d" % (clm(R), s, "LOW" if s < 0.4 else "MEDIUM", R.randint(4, 60)))

    def n_refer(R):
        return app(R, "INFO", "fraudscore.scoring", "Scored %s: score=%.3f band=HIGH -> referred to SIU queue (%s)" % (clm(R), R.uniform(0.8, 0.99), pick(R, ["staged collision pattern", "repeat claimant", "inflated contents list", "late notification"])))

    def n_invalid(R):
        return app(R, "INFO", "fraudscore.api", "Rejected score request: 422 %s" % pick(R, ["claim_id missing", "loss_date in the future", "unknown loss_type 'hail'", "amount must be positive"]))

    def n_tri_start(R):
        return pick(R, [tri(R, "I", "grpc_server.cc:2463", "Started GRPCInferenceService at 0.0.0.0:8001"), tri(R, "I", "http_server.cc:4692", "Started HTTPService at 0.0.0.0:8000"),
                        tri(R, "I", "http_server.cc:362", "Started Metrics Service at 0.0.0.0:8002"), tri(R, "I", "model_lifecycle.cc:472", "loading: %s:%d" % (pick(R, ["claims_gbm", "claims_text_bert", "motor_network_gnn"]), R.randint(1, 7))),
                        tri(R, "I", "model_lifecycle.cc:838", "successfully loaded 'claims_gbm' version %d" % R.randint(5, 7)),
                        tri(R, "I", "onnxruntime.cc:2875", "TRITONBACKEND_Initialize: onnxruntime"), tri(R, "I", "cuda_memory_manager.cc:107", "CUDA memory pool is created on device 0 with size 67108864")])

    def n_tri_table(R):
        return tri(R, "I", "server.cc:674", "\n+------------+---------+--------+\n| Model      | Version | Status |\n+------------+---------+--------+\n| claims_gbm | %d       | READY  |\n+------------+---------+--------+\n" % R.randint(5, 7))

    def n_tri_warn(R):
        return pick(R, [tri(R, "W", "metrics.cc:%d" % pick(R, [582, 603]), "Unable to get power limit for GPU 0. Status:Success, value:0.000000"),
                        tri(R, "W", "metrics.cc:%d" % pick(R, [600, 621]), "Unable to get power usage for GPU 0. Status:Success, value:0.000000")])

    def n_retry(R):
        return app(R, "WARNING", "fraudscore.features", "BatchGetItem returned %d UnprocessedKeys for %s; retried, all keys read" % (R.randint(1, 12), clm(R)))

    def n_batch(R):
        return app(R, "INFO", "fraudscore.batch", "Nightly rescore of open claims finished: scored=%d referred=%d skipped=%d errors=0" % (R.randint(2000, 30000), R.randint(10, 400), R.randint(0, 50)))

    def n_debug(R):
        return app(R, "DEBUG", "fraudscore.features", "features %s: %s" % (clm(R), jd({"inception_to_loss_days": R.randint(1, 2000), "prior_claims_3y": R.randint(0, 4), "loss_hour": R.randint(0, 23), "error": None})))

    def n_poll(R):
        return tri(R, "I", "model_repository_manager.cc:%d" % R.randint(1300, 1340), "Poll done: %d model(s) unchanged" % R.randint(1, 3))

    return [n_uv, n_acc, n_scored, n_refer, n_invalid, n_tri_start, n_tri_table, n_tri_warn, n_retry, n_batch, n_debug, n_poll]


def fraudscore(R):
    return build(R, F1, [("claims-gbm-v7-vs-feature-v8-shape", fs_shape), ("model-prefix-not-in-task-role", fs_s3deny),
                         ("text-bert-four-instances-gpu-oom", fs_gpuoom), ("feature-table-renamed", fs_ddb),
                         ("claims-callback-token-expired", fs_callback)], fs_negs())


# ---------------------------------------------------------------- premiumpay-aspnetcore8-simpleconsole-ecs
F2 = "premiumpay-aspnetcore8-simpleconsole-ecs"
IND = "      "


def sc(R, lvl, cat, eid, msg, exc=None):
    body = "\n".join(IND + l for l in msg.split("\n"))
    s = "%s %s: %s[%d]\n%s" % (iso_z(R), lvl, cat, eid, body)
    if exc:
        s += "\n" + "\n".join(IND + l for l in exc.split("\n"))
    return s


def polno(R):
    return "MG-%s-2031-%06d" % (pick(R, ["MTR", "HH", "LND"]), R.randint(1000, 999999))


def mandate(R):
    return "MD%s" % upper(R, 10)


def pp_webhook(R):
    # Tallis rotated the webhook signing secret (dashboard roll with 0 h overlap) and the new secret never reached
    # Secrets Manager; every card-payment webhook is rejected, payments are taken but not recorded against policies
    if R.random() < 0.65:
        return sc(R, "fail", "Mossgate.Payments.Webhooks.TallisWebhookController", 2003,
                  "Rejected Tallis event evt_%s (payment_intent.succeeded): signature verification failed (no v1 signature matched the signing secret); payment for %s not recorded" % (alnum(R, 24), polno(R)))
    return sc(R, "fail", "Mossgate.Payments.Webhooks.TallisWebhookMonitor", 2009,
              "%d consecutive Tallis webhooks rejected with 400 since %s; card payments are not being recorded" % (R.randint(20, 900), iso_z(R, 0)))


def pp_refund(R):
    # the restricted Tallis API key created for the new worker lacks the refunds:write permission; mid-term and
    # cancellation refunds to card fail (same processor as the webhook, different cause)
    return sc(R, "fail", "Mossgate.Payments.Refunds.TallisRefundService", 2201,
              "Refund of GBP %d.%02d to card for %s failed" % (R.randint(5, 900), R.randint(0, 99), polno(R)),
              "Mossgate.Payments.Tallis.TallisApiException: 403 permission_denied: The provided key 'rk_live_...%s' does not have the required permissions for this endpoint (refunds:write).\n"
              "   at Mossgate.Payments.Tallis.TallisClient.SendAsync[T](HttpRequestMessage request, CancellationToken ct) in /src/Payments.Tallis/TallisClient.cs:line %d\n"
              "   at Mossgate.Payments.Refunds.TallisRefundService.RefundAsync(Refund refund, CancellationToken ct) in /src/Payments/Refunds/TallisRefundService.cs:line %d" % (alnum(R, 4), R.randint(80, 99), R.randint(40, 60)))


def pp_ddcert(R):
    # the mTLS client certificate for Fernbank's submission API expired; collection batches are refused and premium
    # instalments are not collected
    batch = "COL-2031-02-%02d-%03d" % (R.randint(2, 28), R.randint(1, 40))
    if R.random() < 0.6:
        return sc(R, "fail", "Mossgate.Payments.DirectDebit.FernbankSubmitter", 3101, "Submission of collection batch %s (%d instructions) failed" % (batch, R.randint(200, 9000)),
                  "System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden). Body: {\"error\":\"client_certificate_expired\",\"detail\":\"certificate CN=payments.%s expired 2031-02-0%d\"}\n"
                  "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n"
                  "   at Mossgate.Payments.DirectDebit.FernbankClient.SubmitAsync(CollectionBatch batch, CancellationToken ct) in /src/Payments/DirectDebit/FernbankClient.cs:line %d" % (DOMAIN, R.randint(1, 9), R.randint(60, 90)))
    return sc(R, "fail", "Mossgate.Payments.DirectDebit.CollectionRun", 3199, "Collection run %s finished: submitted=0 failed=%d (Fernbank 403 client_certificate_expired)" % (batch, R.randint(200, 9000)))


def pp_deadlock(R):
    # the allocation job and the webhook handler update Instalments and Receipts in opposite order; SQL Server picks
    # one as deadlock victim and the receipt is not allocated
    pid = R.randint(51, 300)
    return sc(R, "fail", "Microsoft.EntityFrameworkCore.Update", 10000, "An exception occurred in the database while saving changes for context type 'Mossgate.Payments.Data.PaymentsDbContext'.",
              "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n"
              " ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.\n"
              "   at Microsoft.Data.SqlClient.SqlCommand.<>c.<ExecuteDbDataReaderAsync>b__211_0(Task`1 result)\n"
              "ClientConnectionId:%s\n"
              "Error Number:1205,State:%d,Class:13\n"
              "   --- End of inner exception stack trace ---\n"
              "   at Mossgate.Payments.Allocation.ReceiptAllocator.AllocateAsync(Receipt receipt, CancellationToken ct) in /src/Payments/Allocation/ReceiptAllocator.cs:line %d" % (pid, uuid(R), R.randint(18, 56), R.randint(70, 110)))


def pp_efs(R):
    # the task definition revision 57 dropped the EFS volume mounted at /mnt/payouts; claim payout files for the
    # Faster Payments gateway cannot be written and claimants are not paid
    b = "PO-2031-02-%02d-%02d" % (R.randint(2, 28), R.randint(1, 12))
    if R.random() < 0.6:
        return sc(R, "fail", "Mossgate.Payments.Payouts.PayoutFileWriter", 4102, "Claim payout file for batch %s (%d payments) not written" % (b, R.randint(3, 400)),
                  "System.IO.DirectoryNotFoundException: Could not find a part of the path '/mnt/payouts/outbound/%s.csv'.\n"
                  "   at Microsoft.Win32.SafeHandles.SafeFileHandle.Open(String fullPath, FileMode mode, FileAccess access, FileShare share, FileOptions options, Int64 preallocationSize, UnixFileMode openPermissions, Int64& fileLength, UnixFileMode& filePermissions, Boolean failForSymlink, Boolean& wasSymlink, Func`4 createOpenException)\n"
                  "   at System.IO.File.OpenWrite(String path)\n"
                  "   at Mossgate.Payments.Payouts.PayoutFileWriter.WriteAsync(PayoutBatch batch, CancellationToken ct) in /src/Payments/Payouts/PayoutFileWriter.cs:line %d" % (b, R.randint(30, 50)))
    return sc(R, "fail", "Mossgate.Payments.Payouts.PayoutScheduler", 4190, "Payout batch %s left in state WriteFailed; %d claim payments not sent to the gateway" % (b, R.randint(3, 400)))


def pp_negs():
    def n_host(R):
        return pick(R, [sc(R, "info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080"), sc(R, "info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down."),
                        sc(R, "info", "Microsoft.Hosting.Lifetime", 0, "Hosting environment: Production"), sc(R, "info", "Microsoft.Hosting.Lifetime", 0, "Content root path: /app"),
                        sc(R, "info", "Microsoft.Hosting.Lifetime", 0, "Application is shutting down...")])

    def n_dp(R):
        return pick(R, [sc(R, "warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60, "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning"),
                        sc(R, "warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35, "No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid(R))])

    def n_req(R):
        path, st = pick(R, [("/webhooks/tallis", 200), ("/webhooks/fernbank", 204), ("/api/mandates", 201), ("/api/instalments/%s" % polno(R), 200), ("/health", 200), ("/api/mandates", 400)])
        return sc(R, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 %s http://payments.internal.%s%s - %d %d %s %.4fms" % (
            "GET" if path.startswith(("/health", "/api/inst")) else "POST", DOMAIN, path, st, R.randint(0, 900), "application/json" if st != 204 else "-", R.uniform(0.5, 400)))

    def n_arudd(R):
        return sc(R, "info", "Mossgate.Payments.DirectDebit.ReturnsProcessor", 3301, "Instalment %d for %s returned by payer's bank (ARUDD reason %s); re-presentation scheduled for 2031-03-%02d" % (
            R.randint(2, 11), polno(R), pick(R, ["0 Refer to payer", "1 Instruction cancelled", "B Account closed"]), R.randint(1, 28)))

    def n_declined(R):
        return sc(R, "info", "Mossgate.Payments.Webhooks.TallisWebhookController", 2002, "Card payment for %s declined (payment_intent.payment_failed, decline_code=%s); customer notified" % (polno(R), pick(R, ["insufficient_funds", "do_not_honor", "expired_card", "authentication_required"])))

    def n_dupwh(R):
        return sc(R, "info", "Mossgate.Payments.Webhooks.TallisWebhookController", 2004, "Tallis event evt_%s already processed (redelivery %d); acknowledged with 200" % (alnum(R, 24), R.randint(2, 5)))

    def n_paid(R):
        return sc(R, "info", "Mossgate.Payments.Webhooks.TallisWebhookController", 2001, "Card payment GBP %d.%02d recorded for %s (pi_%s)" % (R.randint(20, 3000), R.randint(0, 99), polno(R), alnum(R, 24)))

    def n_run(R):
        return sc(R, "info", "Mossgate.Payments.DirectDebit.CollectionRun", 3100, "Collection run COL-2031-02-%02d-%03d finished: submitted=%d rejected=0 failed=0 duration=%ds" % (R.randint(2, 28), R.randint(1, 40), R.randint(200, 9000), R.randint(10, 400)))

    def n_polly(R):
        return sc(R, "warn", "Polly", 3, "Execution attempt. Source: 'Fernbank/Standard-Retry', Operation Key: '', Result: '503', Handled: 'True', Attempt: '0', Execution Time: %.4fms" % R.uniform(20, 900))

    def n_mandate(R):
        return sc(R, "info", "Mossgate.Payments.DirectDebit.MandateService", 3001, "Mandate %s set up for %s (sort code **-**-%02d, account ******%02d), first collection 2031-03-%02d" % (mandate(R), polno(R), R.randint(0, 99), R.randint(0, 99), R.randint(1, 28)))

    def n_payout(R):
        return sc(R, "info", "Mossgate.Payments.Payouts.PayoutScheduler", 4100, "Payout batch PO-2031-02-%02d-%02d accepted by gateway: payments=%d rejected=0" % (R.randint(2, 28), R.randint(1, 12), R.randint(3, 400)))

    def n_ef(R):
        return sc(R, "info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, "Executed DbCommand (%dms) [Parameters=[@p0='?' (DbType = Guid)], CommandType='Text', CommandTimeout='30']\nSELECT TOP(1) [i].[Id], [i].[DueDate], [i].[Status]\nFROM [Instalments] AS [i]\nWHERE [i].[PolicyId] = @p0" % R.randint(1, 90))

    def n_badmandate(R):
        return sc(R, "info", "Mossgate.Payments.DirectDebit.MandateService", 3002, "Mandate request for %s rejected: %s (400 returned)" % (polno(R), pick(R, ["modulus check failed for sort code/account", "account does not accept Direct Debits", "payer name missing"])))

    return [n_host, n_dp, n_req, n_arudd, n_declined, n_dupwh, n_paid, n_run, n_polly, n_mandate, n_payout, n_ef, n_badmandate]


def premiumpay(R):
    return build(R, F2, [("tallis-webhook-secret-rotated", pp_webhook), ("tallis-key-missing-refund-scope", pp_refund),
                         ("fernbank-client-cert-expired", pp_ddcert), ("allocation-webhook-lock-order-deadlock", pp_deadlock),
                         ("payout-efs-volume-dropped", pp_efs)], pp_negs())


FAMILIES = {F1: fraudscore, F2: premiumpay}
