"""Families: connect-sns-messaging, model-serving."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- connect-sns-messaging
F1 = "connect-sns-messaging"

INST = "arn:aws:connect:us-east-1:111122223333:instance/7d1c2b3a-4e5f-4a6b-9c8d-0e1f2a3b4c5d"
FLOWS = {
    "Main IVR": "3f2e1d0c-9b8a-4765-8432-10fedcba9876",
    "Billing Self Service": "6a5b4c3d-2e1f-4098-8765-43210fedcba9",
    "After Hours": "9c8d7e6f-5a4b-4c3d-8e2f-1a0b9c8d7e6f",
}
LAMBDA = "arn:aws:lambda:us-east-1:111122223333:function:"


def cflow(R, name, mtype, params, results=None, ext=None):
    d = {
        "ContactId": uuid(R),
        "ContactFlowId": "%s/contact-flow/%s" % (INST, FLOWS[name]),
        "ContactFlowName": name,
        "ContactFlowModuleType": mtype,
        "Identifier": uuid(R),
        "Timestamp": iso(R),
        "Parameters": params,
    }
    if ext is not None:
        d["ExternalResults"] = ext
    if results is not None:
        d["Results"] = results
    return jd(d)


def g_cf_lookup_lambda(R):
    return cflow(R, "Main IVR", "InvokeExternalResource", {"FunctionArn": LAMBDA + "crm-customer-lookup", "TimeLimit": "3000"}, results="The Lambda Function Returned An Error.")


def g_cf_payment_lambda(R):
    return cflow(R, "Billing Self Service", "InvokeExternalResource", {"FunctionArn": LAMBDA + "payment-ivr-tokenize", "TimeLimit": "8000"}, results="The Lambda Function Returned An Error.")


def g_sns_sqs_kms(R):
    return snsd(R, "FAILURE", "arn:aws:sqs:us-east-1:111122223333:order-events-billing", 400,
                "{\"ErrorCode\":\"KMS.AccessDeniedException\",\"ErrorMessage\":\"User: sns.amazonaws.com is not authorized to perform: kms:GenerateDataKey on this resource because the resource does not exist in this Region, no resource-based policies allow access, or a resource-based policy explicitly denies access (Service: AWSKMS; Status Code: 400; Request ID: %s)\",\"sqsRequestId\":\"Unrecoverable\"}" % uuid(R))


def g_cf_billing_lambda_timeout(R):
    return cflow(R, "Billing Self Service", "InvokeExternalResource", {"FunctionArn": LAMBDA + "billing-balance-api", "TimeLimit": "8000"}, results="Timeout")


def g_cf_lex_error(R):
    return cflow(R, "Main IVR", "GetUserInput", {
        "BotAliasArn": "arn:aws:lex:us-east-1:111122223333:bot-alias/ABCDE12345/TSTALIASID",
        "Text": "How can I help you today?", "TimeLimit": "5"}, results="Error")


def g_cf_prompt_missing(R):
    return cflow(R, "After Hours", "PlayPrompt", {"PromptLocation": "s3://example-connect-prompts/after-hours/holiday-closure.wav"}, results="Error")


def g_cf_queue_capacity(R):
    return cflow(R, pick(R, ["Main IVR", "Billing Self Service"]), "Transfer", {"Queue": "%s/queue/%s" % (INST, "41c0ffee-1234-4abc-8def-0123456789ab")}, results="QueueAtCapacity")


def smsd(R, status, resp, extra=None):
    d = {
        "notification": {"messageId": uuid(R), "timestamp": spc(R)},
        "delivery": {
            "mnc": R.randint(0, 999), "numberOfMessageParts": 1,
            "destination": "+1555%07d" % R.randint(0, 9999999),
            "priceInUSD": 0.00581 if status == "SUCCESS" else 0.0,
            "smsType": pick(R, ["Transactional", "Transactional", "Promotional"]),
            "mcc": 310, "providerResponse": resp, "dwellTimeMs": R.randint(100, 4000), "dwellTimeMsUntilDeviceAck": R.randint(1000, 9000),
        },
        "status": status,
    }
    if extra:
        d["delivery"].update(extra)
    return jd(d)


def g_sns_sms_spend(R):
    return smsd(R, "FAILURE", "No quota left for account")


def g_sns_sms_originator(R):
    return smsd(R, "FAILURE", "Invalid origination identity: the sender ID ORDERSNOW is not registered for destination country US")


def snsd(R, status, dest, code, resp):
    return jd({
        "notification": {"messageMD5Sum": hexs(R, 32), "messageId": uuid(R), "topicArn": "arn:aws:sns:us-east-1:111122223333:order-events", "timestamp": spc(R)},
        "delivery": {"deliveryId": uuid(R), "destination": dest, "providerResponse": resp, "dwellTimeMs": R.randint(20, 90000), "attempts": R.randint(1, 3), "statusCode": code},
        "status": status,
    })


def g_sns_lambda_denied(R):
    return snsd(R, "FAILURE", LAMBDA + "order-events-fanout", 403,
                "{\"ErrorCode\":\"AccessDeniedException\",\"ErrorMessage\":\"User: sns.amazonaws.com is not authorized to perform: lambda:InvokeFunction on resource: %sorder-events-fanout\",\"lambdaRequestId\":\"Unrecoverable\"}" % LAMBDA)


def g_sns_http_503(R):
    return snsd(R, "FAILURE", "https://hooks.partner.example.com/v1/order-events", 503, "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>")


def g_sns_firehose(R):
    return snsd(R, "FAILURE", "arn:aws:firehose:us-east-1:111122223333:deliverystream/order-events-archive", 400,
                "{\"ErrorCode\":\"ResourceNotFoundException\",\"ErrorMessage\":\"Firehose order-events-archive under account 111122223333 not found.\",\"sdkHttpMetadata\":{\"httpStatusCode\":400}}")


def lexlog(R, missed, intent, transcript, state="InProgress"):
    return jd({
        "messageVersion": "2.0",
        "bot": {"name": "CustomerServiceBot", "version": "%d" % R.randint(3, 5), "localeId": "en_US", "aliasId": "TSTALIASID", "aliasName": "prod", "id": "ABCDE12345"},
        "utteranceContext": {"audioInputFormat": "audio/lpcm; sample-rate=8000; sample-size-bits=16; channel-count=1; is-big-endian=false", "audioOutputFormat": "audio/pcm"},
        "inputMode": "Speech", "operationName": "StartConversation", "requestId": uuid(R), "sessionId": uuid(R),
        "inputTranscript": transcript,
        "interpretations": [{"intent": {"name": intent, "state": state}, "nluConfidence": round(R.uniform(0.3, 0.99), 2)}],
        "missedUtterance": missed, "timestamp": iso(R),
    })


def g_lex_codehook(R):
    return jd({
        "messageVersion": "2.0",
        "bot": {"name": "CustomerServiceBot", "version": "4", "localeId": "en_US", "aliasId": "TSTALIASID", "aliasName": "prod", "id": "ABCDE12345"},
        "inputMode": "Speech", "operationName": "StartConversation", "requestId": uuid(R), "sessionId": uuid(R),
        "inputTranscript": pick(R, ["check my order status", "where is my order", "track order", "order status please"]) + pick(R, ["", " number %d" % R.randint(1000, 99999)]),
        "interpretations": [{"intent": {"name": "CheckOrderStatus", "state": "Failed"}, "nluConfidence": 0.97}],
        "sessionState": {"dialogAction": {"type": "Close"}, "intent": {"name": "CheckOrderStatus", "state": "Failed"}},
        "developerOverride": False, "missedUtterance": False, "timestamp": iso(R),
        "error": {"code": "DependencyFailedException", "message": "Invalid Lambda Response: Received error response from Lambda: Unhandled"},
    })


def n_cf_ok(R):
    name = pick(R, list(FLOWS))
    return cflow(R, name, pick(R, ["SetLoggingBehavior", "SetVoice", "SetAttributes", "PlayPrompt", "CheckHoursOfOperation"]),
                 pick(R, [{"LoggingBehavior": "Enable"}, {"GlobalVoice": "Joanna"}, {"Key": "language", "Value": "en-US"}, {"Text": "Thanks for calling."},
                          {"Hours": "%s/operating-hours/%s" % (INST, "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9")}]),
                 results=pick(R, [None, None, "True", "False"]))


def n_cf_lambda_ok(R):
    return cflow(R, "Main IVR", "InvokeExternalResource", {"FunctionArn": LAMBDA + "crm-customer-lookup", "TimeLimit": "3000"},
                 ext={"customerTier": pick(R, ["gold", "silver", "none"]), "openCases": str(R.randint(0, 3)), "errorCount": "0"}, results="Success")


def n_cf_input(R):
    return cflow(R, "Billing Self Service", "GetUserInput", {"Text": "Enter your account number followed by pound.", "TimeLimit": "8"},
                 results=pick(R, ["NoMatch", "Timeout", "1", "2"]))


def n_cf_disconnect(R):
    return cflow(R, pick(R, list(FLOWS)), "Disconnect", {})


def n_sms_ok(R):
    return smsd(R, "SUCCESS", "Message has been accepted by phone carrier")


def n_sms_recipient(R):
    return smsd(R, "FAILURE", pick(R, ["Phone is currently unreachable/unavailable", "Phone has blocked SMS", "This delivery would exceed max price", "Phone number is opted out",
                                       "Invalid phone number", "Phone carrier has blocked this message"]))


def n_sns_ok(R):
    return snsd(R, "SUCCESS", pick(R, [LAMBDA + "order-events-fanout", "https://hooks.partner.example.com/v1/order-events"]), 200,
                pick(R, ["{\"lambdaRequestId\":\"%s\"}" % uuid(R), "{\"ok\":true,\"errors\":0}"]))


def n_sns_http_retry(R):
    return snsd(R, "FAILURE", "https://hooks.partner.example.com/v1/order-events", 429, "Too Many Requests; will retry per delivery policy (numRetries=%d)" % R.randint(1, 3))


def n_lex_missed(R):
    return lexlog(R, True, "FallbackIntent", pick(R, ["uh i need the thing from last week", "representative", "what", "can you hear me", "agent please"]) + pick(R, ["", "?", " um"]))


def n_lex_ok(R):
    return lexlog(R, False, pick(R, ["CheckOrderStatus", "PayBill", "ResetPassword"]), pick(R, ["check my order status", "pay my bill", "reset my password", "i want to pay"]),
                  state=pick(R, ["Fulfilled", "ReadyForFulfillment", "InProgress"]))


def connect_sns_messaging(R):
    groups = [
        ("connect-crm-lookup-lambda-error", g_cf_lookup_lambda),
        ("connect-billing-lambda-timeout", g_cf_billing_lambda_timeout),
        ("connect-payment-tokenize-lambda-error", g_cf_payment_lambda),
        ("sns-billing-queue-kms-denied", g_sns_sqs_kms),
        ("connect-main-ivr-lex-error", g_cf_lex_error),
        ("connect-holiday-prompt-error", g_cf_prompt_missing),
        ("connect-queue-at-capacity", g_cf_queue_capacity),
        ("sns-sms-no-quota", g_sns_sms_spend),
        ("sns-sms-sender-id-not-registered", g_sns_sms_originator),
        ("sns-fanout-lambda-access-denied", g_sns_lambda_denied),
        ("sns-partner-webhook-503", g_sns_http_503),
        ("sns-firehose-not-found", g_sns_firehose),
        ("lex-check-order-codehook-failed", g_lex_codehook),
    ]
    negs = [n_cf_ok, n_cf_lambda_ok, n_cf_input, n_cf_disconnect, n_sms_ok, n_sms_recipient, n_sns_ok, n_sns_http_retry, n_lex_missed, n_lex_ok]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- model-serving
F2 = "model-serving"


def tsts(R):
    return "2027-02-%02dT%s,%s" % (day(R), hms(R), ms(R))


def ts(R, lvl, thread, logger, msg):
    return "%s [%-5s] %s %s - %s" % (tsts(R), lvl, thread, logger, msg)


def g_ts_worker_died(R):
    w = "W-90%02d-sentiment_1.0" % R.randint(0, 3)
    t = tsts(R)
    return "\n".join([
        "%s [ERROR] %s org.pytorch.serve.wlm.WorkerThread - Backend worker monitoring thread interrupted or backend worker process died., responseTimeout:120sec" % (t, w),
        "java.lang.InterruptedException: null",
        "\tat java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.reportInterruptAfterWait(AbstractQueuedSynchronizer.java:%d) ~[?:?]" % pick(R, [1638, 1679]),
        "\tat java.util.concurrent.ArrayBlockingQueue.poll(ArrayBlockingQueue.java:435) ~[?:?]",
        "\tat org.pytorch.serve.wlm.WorkerThread.run(WorkerThread.java:%d) [model-server.jar:?]" % pick(R, [213, 229]),
    ])


def g_ts_cuda_oom(R):
    w = "W-90%02d-summarizer_2.1-stdout" % R.randint(0, 3)
    return ts(R, "INFO", w, "MODEL_LOG", "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %.2f GiB. GPU 0 has a total capacity of 22.05 GiB of which %d.%02d MiB is free. Process %d has 21.%02d GiB memory in use." % (
        pick(R, [1.50, 2.00, 3.00]), R.randint(20, 900), R.randint(0, 99), R.randint(100, 999), R.randint(10, 99)))


def g_ts_init_timeout(R):
    return ts(R, "ERROR", "W-9000-embedder_1.0", "org.pytorch.serve.wlm.WorkerThread", "Backend worker error\norg.pytorch.serve.wlm.WorkerInitializationException: Backend worker did not respond in given time\n\tat org.pytorch.serve.wlm.WorkerThread.run(WorkerThread.java:%d) [model-server.jar:?]\n\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136) [?:?]" % pick(R, [245, 246]) + " (worker pid %d)" % R.randint(100, 9999))


def tri(R, lvl, f, msg, t=None):
    t = t or "02%02d %s" % (day(R), hms(R))
    return "%s%s.%06d %d %s] %s" % (lvl, t, R.randint(0, 999999), 1 if R.random() < 0.7 else R.randint(40, 400), f, msg)


def g_tri_onnx(R):
    return tri(R, "E", "model_lifecycle.cc:%d" % pick(R, [638, 641]), "failed to load 'reranker' version %d: Internal: onnx runtime error 7: Load model from /models/reranker/%d/model.onnx failed:Protobuf parsing failed." % ((lambda v: (v, v))(R.randint(3, 4))))


def g_tri_all_models(R):
    t = "02%02d %s" % (day(R), hms(R))
    return "\n".join([
        tri(R, "E", "model_lifecycle.cc:%d" % pick(R, [638, 641]), "failed to load 'ocr_det' version 1: Invalid argument: model 'ocr_det', tensor 'images': the model expects 4 dimensions (shape [-1,3,-1,-1]) but the model configuration specifies 3 dimensions (shape [3,-1,-1])", t=t),
        tri(R, "I", "server.cc:%d" % R.randint(600, 680), "Waiting for in-flight requests to complete.", t=t),
        "error: creating server: Internal - failed to load all models",
    ])


def g_tri_python_oom(R):
    return tri(R, "E", "pb_stub.cc:%d" % pick(R, [721, 722]), "Failed to process the request(s) for model 'llm_0_0', message: RuntimeError: CUDA error: out of memory (request id %d)" % R.randint(1, 10**6))


def vts(R):
    return "02-%02d %s" % (day(R), hms(R))


def g_vllm_kv_cache(R):
    t = vts(R)
    return "\n".join([
        "ERROR %s [core.py:%d] EngineCore failed to start." % (t, 586),
        "ERROR %s [core.py:%d] Traceback (most recent call last):" % (t, 586),
        "ERROR %s [core.py:%d]   File \"/usr/local/lib/python3.12/dist-packages/vllm/v1/core/kv_cache_utils.py\", line %d, in check_enough_kv_cache_memory" % (t, 586, pick(R, [528, 529])),
        "ERROR %s [core.py:%d] ValueError: To serve at least one request with the models's max seq len (32768), (%.2f GiB KV cache is needed, which is larger than the available KV cache memory (%.2f GiB). Based on the available memory, the estimated maximum model length is %d. Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine." % (
            t, 586, 4.0, R.uniform(1.0, 3.9), R.randint(8000, 31000)),
    ])


def g_vllm_context(R):
    n = R.randint(8193, 20000)
    return "ERROR %s [serving_chat.py:%d] Error in preprocessing prompt inputs\nValueError: This model's maximum context length is 8192 tokens. However, you requested %d tokens (%d in the messages, %d in the completion). Please reduce the length of the messages or completion." % (
        vts(R), pick(R, [203, 204]), n, n - 1024, 1024)


def g_vllm_dead(R):
    return "ERROR %s [async_llm.py:%d] AsyncLLM output_handler failed.\nvllm.v1.engine.exceptions.EngineDeadError: EngineCore encountered an issue. See stack trace (above) for the root cause. (request chatcmpl-%s)" % (
        vts(R), pick(R, [419, 420]), hexs(R, 32))


def tgits(R):
    return "2027-02-%02dT%s.%06dZ" % (day(R), hms(R), R.randint(0, 999999))


def g_tgi_shard(R):
    t = tgits(R)
    return "%s ERROR text_generation_launcher: Shard %d failed to start\n%s  INFO text_generation_launcher: Shutting down shards\nError: ShardCannotStart" % (t, R.randint(0, 3), t)


def g_tgi_generation(R):
    return jd({"timestamp": tgits(R), "level": "ERROR", "message": "Request failed during generation: Server error: CUDA out of memory. Tried to allocate %d.00 MiB" % pick(R, [256, 512, 1024]),
               "target": "text_generation_router::infer", "filename": "router/src/infer/mod.rs", "line_number": pick(R, [128, 129]),
               "span": {"parameters": "GenerateParameters { best_of: None, temperature: Some(0.%d), max_new_tokens: Some(%d), .. }" % (R.randint(1, 9), pick(R, [256, 512, 1024])), "name": "generate_stream"},
               "spans": [{"total_time": "%dms" % R.randint(100, 9000), "name": "generate_stream"}]})


def bedrock(R, op, model, extra):
    d = {"schemaType": "ModelInvocationLog", "schemaVersion": "1.0", "timestamp": iso(R, 0), "accountId": "111122223333",
         "identity": {"arn": "arn:aws:sts::111122223333:assumed-role/%s/%s" % (pick(R, ["support-assistant-task", "summarizer-lambda"]), alnum(R, 10))},
         "region": "us-east-1", "requestId": uuid(R), "operation": op, "modelId": model}
    d.update(extra)
    return jd(d)


def g_bedrock_denied(R):
    return bedrock(R, "Converse", "arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.example-vendor.large-model-v2:0", {
        "errorCode": "AccessDeniedException", "input": {"inputContentType": "application/json", "inputTokenCount": R.randint(50, 4000)}})


def g_bedrock_timeout(R):
    return bedrock(R, "InvokeModel", "example-vendor.embed-model-v1", {
        "errorCode": "ModelTimeoutException", "input": {"inputContentType": "application/json", "inputTokenCount": R.randint(50, 8000)}})


def n_ts_metrics(R):
    w = "W-90%02d-%s" % (R.randint(0, 3), pick(R, ["sentiment_1.0", "summarizer_2.1", "embedder_1.0"]))
    return ts(R, "INFO", w, "TS_METRICS", "%s.ms:%d|#Level:Host|#hostname:model-%s,timestamp:%d" % (pick(R, ["WorkerThreadTime", "WorkerLoadTime", "QueueTime"]), R.randint(0, 5000), hexs(R, 10), R.randint(1801000000, 1801500000)))


def n_ts_state(R):
    w = "W-90%02d-%s" % (R.randint(0, 3), pick(R, ["sentiment_1.0", "summarizer_2.1", "embedder_1.0"]))
    return ts(R, "DEBUG", w, "org.pytorch.serve.wlm.WorkerThread", "%s State change %s" % (w, pick(R, ["null -> WORKER_STARTED", "WORKER_STARTED -> WORKER_MODEL_LOADED", "WORKER_MODEL_LOADED -> WORKER_STOPPED"])))


def n_ts_load_warn(R):
    w = "W-90%02d-sentiment_1.0" % R.randint(0, 3)
    return ts(R, "WARN", w, "org.pytorch.serve.wlm.BatchAggregator", "Load model failed: sentiment, error: Worker died. (retry %d)" % R.randint(1, 8))


def n_ts_backend(R):
    w = "W-90%02d-embedder_1.0" % R.randint(0, 3)
    return ts(R, "INFO", w, "org.pytorch.serve.wlm.WorkerThread", "Backend response time: %d" % R.randint(2, 900))


def n_ts_access(R):
    return ts(R, "INFO", "epollEventLoopGroup-3-%d" % R.randint(1, 8), "ACCESS_LOG", "/%s:%d \"POST /predictions/%s HTTP/1.1\" %d %d" % (
        ip10(R), port(R), pick(R, ["sentiment", "summarizer", "embedder"]), pick(R, [200, 200, 200, 400, 503]), R.randint(1, 3000)))


def n_tri_info(R):
    return tri(R, "I", pick(R, ["model_lifecycle.cc:818", "server.cc:674", "grpc_server.cc:2513"]), pick(R, [
        "successfully loaded '%s' version %d" % (pick(R, ["reranker", "ocr_det", "ocr_rec", "llm_0_0"]), R.randint(1, 4)),
        "Started GRPCInferenceService at 0.0.0.0:8001",
        "Timeout 30: Found 0 model versions that have in-flight inferences",
    ]))


def n_tri_warn(R):
    return tri(R, "W", "pinned_memory_manager.cc:%d" % R.randint(270, 280), "Unable to allocate pinned system memory, pinned memory pool will not be available: CUDA driver version is insufficient for CUDA runtime version (retry %d)" % R.randint(0, 5))


def n_vllm_stats(R):
    return "INFO %s [loggers.py:%d] Engine 000: Avg prompt throughput: %.1f tokens/s, Avg generation throughput: %.1f tokens/s, Running: %d reqs, Waiting: 0 reqs, GPU KV cache usage: %.1f%%, Prefix cache hit rate: %.1f%%" % (
        vts(R), R.randint(110, 130), R.uniform(0, 3000), R.uniform(0, 900), R.randint(0, 40), R.uniform(0, 90), R.uniform(0, 80))


def n_vllm_access(R):
    code = pick(R, ["200 OK", "200 OK", "200 OK", "400 Bad Request", "404 Not Found"])
    return "INFO:     %s:%d - \"POST /v1/chat/completions HTTP/1.1\" %s" % (ip10(R), port(R), code)


def n_vllm_warn(R):
    return "WARNING %s [%s] %s" % (vts(R), pick(R, ["config.py:1500", "api_server.py:1100"]), pick(R, [
        "Default sampling parameters have been overridden by the model's Hugging Face generation config (max_tokens=%d)." % pick(R, [2048, 4096]),
        "Retrying request chatcmpl-%s after client disconnected" % hexs(R, 12),
    ]))


def n_tgi_info(R):
    return "%s  INFO %s" % (tgits(R), pick(R, [
        "text_generation_router::server: router/src/server.rs:%d: Connected" % R.randint(1800, 1900),
        "generate_stream{parameters=GenerateParameters { max_new_tokens: Some(%d), .. } total_time=\"%dms\" validation_time=\"%dus\" queue_time=\"%dus\" inference_time=\"%dms\"}: text_generation_router::server: router/src/server.rs:%d: Success" % (
            pick(R, [256, 512]), R.randint(100, 9000), R.randint(100, 900), R.randint(40, 900), R.randint(100, 9000), R.randint(500, 520)),
    ]))


def n_bedrock_ok(R):
    return bedrock(R, pick(R, ["Converse", "InvokeModel"]), pick(R, ["example-vendor.embed-model-v1", "us.example-vendor.large-model-v2:0"]), {
        "input": {"inputContentType": "application/json", "inputTokenCount": R.randint(50, 8000)},
        "output": {"outputContentType": "application/json", "outputTokenCount": R.randint(1, 2000), "outputBodyJson": {"stopReason": "end_turn", "metrics": {"latencyMs": R.randint(200, 9000)}}}})


def n_bedrock_validation(R):
    return bedrock(R, "Converse", "us.example-vendor.large-model-v2:0", {
        "errorCode": "ValidationException", "input": {"inputContentType": "application/json", "inputTokenCount": R.randint(200001, 260000)}})


def model_serving(R):
    groups = [
        ("torchserve-sentiment-worker-died", g_ts_worker_died),
        ("torchserve-summarizer-cuda-oom", g_ts_cuda_oom),
        ("torchserve-embedder-init-timeout", g_ts_init_timeout),
        ("triton-reranker-onnx-protobuf", g_tri_onnx),
        ("triton-ocr-det-dims-startup", g_tri_all_models),
        ("triton-llm-python-cuda-oom", g_tri_python_oom),
        ("vllm-kv-cache-insufficient", g_vllm_kv_cache),
        ("vllm-context-length-exceeded", g_vllm_context),
        ("vllm-engine-dead", g_vllm_dead),
        ("tgi-shard-cannot-start", g_tgi_shard),
        ("tgi-generation-cuda-oom", g_tgi_generation),
        ("bedrock-large-model-access-denied", g_bedrock_denied),
        ("bedrock-embed-model-timeout", g_bedrock_timeout),
    ]
    negs = [n_ts_metrics, n_ts_state, n_ts_load_warn, n_ts_backend, n_ts_access, n_tri_info, n_tri_warn, n_vllm_stats, n_vllm_access, n_vllm_warn,
            n_tgi_info, n_bedrock_ok, n_bedrock_validation]
    return build(R, F2, groups, negs)


FAMILIES = {F1: connect_sns_messaging, F2: model_serving}
