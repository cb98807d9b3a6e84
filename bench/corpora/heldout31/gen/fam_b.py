"""Families: sagemaker-endpoints-torchserve-triton-lmi, vllm-tgi-eks-gpu-serving."""
import json
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, iso, day, hms, glog, vts, epoch, ACCT, REGION, jd)

# ---------------------------------------------------------------- sagemaker-endpoints-torchserve-triton-lmi
# "fernhollow retail": SageMaker real-time endpoints, log group /aws/sagemaker/Endpoints/<endpoint>, stream
# AllTraffic/<instance id>; the serving container's stdout/stderr, one event per line. Models: image-tagger and
# product-classifier on TorchServe 0.12 (log4j2 `%d{ISO8601} [%-5p] %t %c - %m`), reranker on Triton 24.x (glog),
# support-llm and summarizer-llm on the DJL/LMI container (djl-serving, vLLM rolling batch).
F1 = "sagemaker-endpoints-torchserve-triton-lmi"


def tsd(R):
    return "2029-06-%02dT%s,%s" % (day(R), hms(R), digits(R, 3))


def ts(R, lvl, thread, logger, msg):
    return "%s [%-5s] %s %s - %s" % (tsd(R), lvl, thread, logger, msg)


def wk(R, model):
    return "W-%d-%s_1.0" % (9000 + R.randint(0, 3), model)


def djl(R, lvl, logger, msg):
    return "%s %-5s %s %s" % (tsd(R), lvl, logger, msg)


def e_timm(R):
    # image-tagger's new model archive imports timm in its handler; the rebuilt image dropped timm from requirements
    k = R.random()
    w = wk(R, "image-tagger")
    if k < 0.4:
        return ts(R, "INFO", w + "-stdout", "MODEL_LOG", "ModuleNotFoundError: No module named 'timm'")
    if k < 0.7:
        return ts(R, "INFO", w, "org.pytorch.serve.wlm.WorkerLifeCycle", "Backend worker process died.") if R.random() < 0.5 else ts(R, "ERROR", w, "org.pytorch.serve.wlm.WorkerThread", "Backend worker error")
    return ts(R, "INFO", w + "-stdout", "MODEL_LOG", "  File \"/home/model-server/tmp/models/%s/handler.py\", line %d, in <module>: import timm -> ModuleNotFoundError" % (hexs(R, 32), R.randint(5, 14)))


def e_dtype(R):
    # product-classifier's handler now casts the model to fp16 but still feeds fp32 tensors: every request fails
    k = R.random()
    w = wk(R, "product-classifier")
    if k < 0.55:
        return ts(R, "INFO", w + "-stdout", "MODEL_LOG", "RuntimeError: Input type (torch.cuda.FloatTensor) and weight type (torch.cuda.HalfTensor) should be the same")
    if k < 0.8:
        return ts(R, "INFO", w + "-stdout", "MODEL_LOG", "Invoking custom service failed. request %s" % uuid(R))
    return ts(R, "ERROR", w, "org.pytorch.serve.wlm.WorkerThread", "Number or consecutive unsuccessful inference %d" % R.randint(1, 400))


def e_triton(R):
    # reranker version 3 was exported with a 2-D input_ids but config.pbtxt still declares dims [-1, 512]
    k = R.random()
    if k < 0.45:
        return "%s 1 model_lifecycle.cc:654] \"failed to load 'reranker' version 3: Invalid argument: model 'reranker_0_%d', tensor 'input_ids': the model expects 2 dimensions (shape [-1,-1]) but the model configuration specifies 3 dimensions (an initial batch dimension because max_batch_size > 0 followed by the explicit tensor shape, making complete shape [-1,-1,512])\"" % (glog(R, "E"), R.randint(0, 3))
    if k < 0.7:
        return "| reranker | 3 | UNAVAILABLE: Invalid argument: model 'reranker_0_%d', tensor 'input_ids': the model expects 2 dimensions (shape [-1,-1]) but the model configuration specifies 3 dimensions |" % R.randint(0, 3)
    return "%s 1 main.cc:%d] \"error: creating server: Internal - failed to load all models\" (reranker-prod-v3 instance i-0%s)" % (glog(R, "E"), R.randint(250, 330), hexs(R, 16))


def e_kv(R):
    # support-llm was redeployed with option.max_model_len=32768 on ml.g5.12xlarge; the KV cache only fits ~19k tokens
    k = R.random()
    w = "W-%d-model" % R.randint(100, 400)
    if k < 0.5:
        return djl(R, "INFO", "PyProcess", "%s-stdout: ValueError: The model's max seq len (32768) is larger than the maximum number of tokens that can be stored in KV cache (%d). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine." % (w, R.randint(18000, 19999)))
    if k < 0.75:
        return djl(R, "ERROR", "ModelServer", "Failed register workflow support-llm: ai.djl.engine.EngineException: Failed to initialize model: input_generator=%s" % lower(R, 8))
    return djl(R, "ERROR", "PyProcess", "%s: Python process stopped unexpectedly during model load of support-llm (exit 1), attempt %d" % (w, R.randint(1, 9)))


def e_s3(R):
    # summarizer-llm's option.model_id points at an S3 prefix in the ml-models bucket; the execution role was
    # replaced and lacks s3:GetObject there
    k = R.random()
    if k < 0.55:
        return djl(R, "ERROR", "ModelInfo", "Failed to download model from s3://fernhollow-ml-models/summarizer/v%d/: An error occurred (403) when calling the HeadObject operation: Forbidden (attempt %d)" % (R.randint(4, 6), R.randint(1, 5)))
    return djl(R, "WARN", "S3Utils", "s5cmd exited 1: ERROR \"cp s3://fernhollow-ml-models/summarizer/v%d/model-0000%d-of-00004.safetensors /tmp/.djl.ai/download/%s/\": AccessDenied: Access Denied" % (R.randint(4, 6), R.randint(1, 4), hexs(R, 40)))


def ep_negs():
    def n_ping(R):
        return ts(R, "INFO", "epollEventLoopGroup-3-%d" % R.randint(1, 8), "ACCESS_LOG", "/169.254.178.2:%d \"%s HTTP/1.1\" %d %d" % (R.randint(30000, 65000), pick(R, ["GET /ping", "POST /invocations", "POST /invocations", "GET /ping"]), 200, R.randint(1, 900)))
    def n_metrics(R):
        m = pick(R, ["image-tagger", "product-classifier"])
        return ts(R, "INFO", wk(R, m), "TS_METRICS", "%s.Milliseconds:%d.%02d|#ModelName:%s,Level:Model|#hostname:model.aws.local,%d,%s" % (pick(R, ["PredictionTime", "HandlerTime"]), R.randint(3, 90), R.randint(0, 99), m, epoch(R), uuid(R)))
    def n_resp(R):
        return ts(R, "INFO", wk(R, pick(R, ["image-tagger", "product-classifier"])), "org.pytorch.serve.wlm.WorkerThread", pick(R, ["Backend response time: %d" % R.randint(2, 120), "Flushing req.cmd PREDICT to backend at: %d" % (epoch(R) * 1000)]))
    def n_tsboot(R):
        m = pick(R, ["image-tagger", "product-classifier"])
        return ts(R, "INFO", pick(R, ["main", wk(R, m) + "-stdout", "pool-2-thread-%d" % R.randint(1, 4)]), pick(R, ["org.pytorch.serve.ModelServer", "MODEL_LOG", "org.pytorch.serve.wlm.ModelManager"]), pick(R, [
            "Torch worker started.", "Python runtime: 3.11.%d" % R.randint(8, 10), "Model %s loaded." % m, "Setting default version to 1.0 for model %s" % m,
            "Adding new model %s to the job queue" % m, "Initial Models: ALL", "Inference address: http://0.0.0.0:8080", "Number of GPUs: %d" % pick(R, [1, 4]),
            "Model %s loaded on cuda:%d in %d ms" % (m, R.randint(0, 3), R.randint(800, 9000))]))
    def n_tswarn(R):
        m = pick(R, ["image-tagger", "product-classifier"])
        return ts(R, pick(R, ["INFO", "WARN "]).strip(), wk(R, m) + "-stdout", "MODEL_LOG", pick(R, [
            "/opt/conda/lib/python3.11/site-packages/torch/_utils.py:%d: UserWarning: TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the only storage class." % R.randint(800, 900),
            "Rejected request %s: missing field 'image_b64' (returned 400)" % uuid(R),
            "Batch of %d requests processed, 0 errors" % R.randint(1, 16),
            "low confidence %.2f for sku %s, returning top-%d candidates" % (R.random() * 0.3, upper(R, 9), R.randint(3, 5))]))
    def n_tr(R):
        return "%s 1 %s" % (glog(R, "I"), pick(R, [
            "grpc_server.cc:2558] \"Started GRPCInferenceService at 0.0.0.0:8001\"", "http_server.cc:4725] \"Started HTTPService at 0.0.0.0:8080\"",
            "http_server.cc:362] \"Started Metrics Service at 0.0.0.0:8002\"", "model_lifecycle.cc:838] \"successfully loaded 'tokenizer'\"",
            "model_lifecycle.cc:%d] \"loading: reranker:%d\"" % (R.randint(460, 480), R.randint(1, 2)),
            "pinned_memory_manager.cc:277] \"Pinned memory pool is created at '0x7f%s' with size 268435456\"" % hexs(R, 10),
            "cuda_memory_manager.cc:107] \"CUDA memory pool is created on device %d with size 67108864\"" % R.randint(0, 3),
            "onnxruntime.cc:%d] \"TRITONBACKEND_ModelInstanceInitialize: reranker_0_%d (GPU device %d)\"" % (R.randint(2700, 2800), R.randint(0, 3), R.randint(0, 3)),
            "server.cc:%d] \"Waiting for in-flight requests to complete.\"" % R.randint(300, 320)]))
    def n_trw(R):
        return "%s 1 %s" % (glog(R, "W"), pick(R, [
            "metrics.cc:%d] \"Unable to get power limit for GPU %d. Status:Success, value:0.000000\"" % (R.randint(800, 900), R.randint(0, 3)),
            "model_config_utils.cc:%d] \"the model configuration for 'tokenizer' does not specify max_batch_size; dynamic batching disabled\"" % R.randint(1000, 2000),
            "server.cc:%d] \"failed to enable peer access for some device pairs\"" % R.randint(200, 260)]))
    def n_table(R):
        return pick(R, ["| reranker | %d | READY  |" % R.randint(1, 2), "| tokenizer | 1 | READY  |", "| rerank_ensemble | 1 | READY  |", "+-----------------+---------+--------+", "| Model           | Version | Status |"])
    def n_djl(R):
        w = "W-%d-model" % R.randint(100, 400)
        m = pick(R, ["support-llm", "summarizer-llm"])
        return djl(R, "INFO", pick(R, ["ModelServer", "PyProcess", "WorkerPool", "LmiUtils"]), pick(R, [
            "Starting djl-serving: 0.31.0 ...", "Initialize BOTH server with: EpollServerSocketChannel.", "BOTH API bind to: http://0.0.0.0:8080",
            "%s-stdout: Rolling batch: vllm, max_rolling_batch_size=%d" % (w, pick(R, [32, 64, 128])),
            "%s-stdout: Available GPU memory: %d.%d GB, total GPU memory: 22.%d GB" % (w, R.randint(18, 22), R.randint(0, 9), R.randint(0, 9)),
            "Model %s loaded in %d ms" % (m, R.randint(40000, 400000)), "scaling up min workers by %d (from 0 to 1) workers. Total range is min 1 to max 1" % 1 + " for %s" % m,
            "%s-stdout: INFO %s metrics.py:351] Avg prompt throughput: %d.%d tokens/s, Avg generation throughput: %d.%d tokens/s, Running: %d reqs, Swapped: 0 reqs, Pending: 0 reqs, GPU KV cache usage: %d.%d%%, CPU KV cache usage: 0.0%%." % (w, vts(R), R.randint(0, 900), R.randint(0, 9), R.randint(0, 600), R.randint(0, 9), R.randint(0, 20), R.randint(0, 95), R.randint(0, 9))]))
    def n_djlwarn(R):
        w = "W-%d-model" % R.randint(100, 400)
        return djl(R, "WARN", "PyProcess", "%s-stderr: %s" % (w, pick(R, [
            "WARNING %s scheduler.py:1560] Sequence group %s is preempted by PreemptionMode.RECOMPUTE mode because there is not enough KV cache space. This can affect the end-to-end performance. Increase gpu_memory_utilization or tensor_parallel_size to provide more KV cache memory. total_num_cumulative_preemption=%d" % (vts(R), lower(R, 8), R.randint(1, 300)),
            "input of %d tokens exceeds the limit of 8192 tokens, request %s rejected with 400" % (R.randint(8193, 20000), uuid(R)),
            "/usr/local/lib/python3.10/dist-packages/vllm/connections.py:8: RuntimeWarning: Failed to read commit hash: No module named 'vllm._version'"])))
    def n_djlacc(R):
        return djl(R, "INFO", "access", "%s \"%s\" %d %dms" % ("169.254.178.2", pick(R, ["POST /invocations", "GET /ping", "POST /invocations"]), pick(R, [200, 200, 200, 424, 400]), R.randint(1, 9000)) + " req %s" % lower(R, 10))
    return [n_ping, n_metrics, n_resp, n_tsboot, n_tswarn, n_tr, n_trw, n_table, n_djl, n_djlwarn, n_djlacc]


def fam_ep(R):
    return build(R, F1, [("image-tagger-handler-timm-module-missing", e_timm), ("product-classifier-fp16-weights-fp32-input", e_dtype),
                         ("reranker-v3-config-dims-mismatch-load-failed", e_triton), ("support-llm-max-model-len-exceeds-kv-cache", e_kv),
                         ("summarizer-llm-role-s3-model-download-403", e_s3)], ep_negs())


# ---------------------------------------------------------------- vllm-tgi-eks-gpu-serving
# "tidewater labs": vLLM 0.6 and TGI 3.x pods on an EKS GPU node group (g6e), namespace llm-serving; shipped by
# aws-for-fluent-bit (tail + kubernetes filter, multiline parser `python` so a traceback stays in one record) to
# /aws/containerinsights/<cluster>/application. Each event is the Fluent Bit record as JSON; TGI runs with --json-output,
# so its own JSON line sits in `log` as a string.
F2 = "vllm-tgi-eks-gpu-serving"
PODS = {"vllm-assist-70b": "vllm", "vllm-coder-32b": "vllm", "vllm-base-13b": "vllm", "vllm-embed-small": "vllm", "tgi-guard-8b": "tgi", "tgi-summarize-70b": "tgi"}


def rec(R, pod, log, stream="stdout"):
    return json.dumps({"time": iso(R, 9), "stream": stream, "_p": "F", "log": log, "kubernetes": {
        "pod_name": "%s-%s-%s" % (pod, lower(R, 10)[:9], lower(R, 5)), "namespace_name": "llm-serving", "container_name": PODS[pod],
        "host": "ip-%s.%s.compute.internal" % (ip10(R, 64).replace(".", "-"), REGION)}}, ensure_ascii=False, separators=(",", ":"))


def tgi(R, lvl, msg, target="text_generation_launcher", extra=None):
    d = {"timestamp": iso(R, 6), "level": lvl, "fields": {"message": msg}, "target": target}
    if extra:
        d["fields"].update(extra)
    return json.dumps(d, separators=(",", ":"))


def TB(frames, last):
    return "Traceback (most recent call last):\n" + "".join('  File "%s", line %d, in %s\n    %s\n' % f for f in frames) + last


def v_kv(R):
    # assist-70b (AWQ) on 2 x L40S with max_model_len 131072 in the new values file: engine refuses to start, CrashLoopBackOff
    n = R.randint(38000, 46000)
    k = R.random()
    if k < 0.5:
        return rec(R, "vllm-assist-70b", TB([("/usr/local/lib/python3.12/dist-packages/vllm/engine/llm_engine.py", 434, "_initialize_kv_caches", "self.model_executor.initialize_cache(num_gpu_blocks, num_cpu_blocks)"),
                                              ("/usr/local/lib/python3.12/dist-packages/vllm/worker/worker.py", 528, "raise_if_cache_size_invalid", "raise ValueError(")],
                                             "ValueError: The model's max seq len (131072) is larger than the maximum number of tokens that can be stored in KV cache (%d). Try increasing `gpu_memory_utilization` or decreasing `max_model_len` when initializing the engine." % n), "stderr")
    return rec(R, "vllm-assist-70b", "ERROR %s [engine.py:%d] The model's max seq len (131072) is larger than the maximum number of tokens that can be stored in KV cache (%d)." % (vts(R), R.randint(380, 400), n), "stderr")


def v_ima(R):
    # coder-32b with the experimental fp8 KV cache hits an illegal memory access under load; the engine dies and the
    # API server answers 500 until the pod is restarted
    k = R.random()
    if k < 0.3:
        return rec(R, "vllm-coder-32b", "ERROR %s [async_llm_engine.py:%d] Engine background task failed\n%s" % (vts(R), R.randint(60, 70), TB([
            ("/usr/local/lib/python3.12/dist-packages/vllm/worker/model_runner.py", 1700, "execute_model", "hidden_or_intermediate_states = model_executable(")],
            "RuntimeError: CUDA error: an illegal memory access was encountered\nCUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.\nFor debugging consider passing CUDA_LAUNCH_BLOCKING=1")), "stderr")
    if k < 0.6:
        return rec(R, "vllm-coder-32b", "ERROR %s [serving_completion.py:%d] Error in completion request %s: vllm.engine.async_llm_engine.AsyncEngineDeadError: Background loop has errored already." % (vts(R), R.randint(150, 400), "cmpl-" + hexs(R, 32)), "stderr")
    return rec(R, "vllm-coder-32b", "INFO:     %s:%d - \"POST /v1/completions HTTP/1.1\" 500 Internal Server Error" % (ip10(R, 64), R.randint(30000, 65000)))


def v_tmpl(R):
    # base-13b (a base model without chat template) was registered as a chat model behind the gateway
    k = R.random()
    if k < 0.55:
        return rec(R, "vllm-base-13b", "ERROR %s [serving_chat.py:%d] Error in preprocessing prompt inputs\n%s" % (vts(R), R.randint(180, 200), TB([
            ("/usr/local/lib/python3.12/dist-packages/vllm/entrypoints/chat_utils.py", 1009, "apply_hf_chat_template", "return tokenizer.apply_chat_template(")],
            "ValueError: As of transformers v4.44, default chat template is no longer allowed, so you must provide a chat template if the tokenizer does not define one.")), "stderr")
    return rec(R, "vllm-base-13b", "INFO:     %s:%d - \"POST /v1/chat/completions HTTP/1.1\" 400 Bad Request" % (ip10(R, 64), R.randint(30000, 65000)))


def v_gated(R):
    # tgi-guard-8b pulls a gated Hub model; the HF token in its secret belongs to a user who was removed from the org
    k = R.random()
    if k < 0.5:
        return rec(R, "tgi-guard-8b", tgi(R, "ERROR", "Download encountered an error: \n" + TB([("/usr/src/.venv/lib/python3.11/site-packages/huggingface_hub/utils/_http.py", 406, "hf_raise_for_status", "raise _format(GatedRepoError, message, response) from e")],
                                          "huggingface_hub.errors.GatedRepoError: 401 Client Error. (Request ID: Root=1-%s-%s)\n\nCannot access gated repo for url https://huggingface.co/tidewater-labs/guard-8b/resolve/main/config.json.\nAccess to model tidewater-labs/guard-8b is restricted. You must have access to it and be authenticated to access it. Please log in." % (hexs(R, 8), hexs(R, 24)))), "stderr")
    return rec(R, "tgi-guard-8b", tgi(R, "ERROR", "Download failed for tidewater-labs/guard-8b (attempt %d): 401 Client Error" % R.randint(1, 20)), "stderr")


def v_shm(R):
    # tgi-summarize-70b shards over 4 GPUs; its pod spec lost the /dev/shm emptyDir, so NCCL cannot create its segments
    k = R.random()
    if k < 0.5:
        return rec(R, "tgi-summarize-70b", tgi(R, "ERROR", "Shard %d failed to start" % R.randint(0, 3)) if R.random() < 0.4 else tgi(R, "ERROR", "Shard complete standard error output:\n\n%s:%d:%d [%d] NCCL WARN Error: failed to extend /dev/shm/nccl-%s to %d bytes" % (lower(R, 12), R.randint(30, 90), R.randint(100, 300), R.randint(0, 3), alnum(R, 6), pick(R, [9637888, 33030144])), target="text_generation_launcher", extra={"shard": R.randint(0, 3)}), "stderr")
    return rec(R, "tgi-summarize-70b", tgi(R, "ERROR", "torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/NCCLUtils.hpp:317, unhandled system error (run with NCCL_DEBUG=INFO for details), NCCL version 2.21.5\nncclSystemError: System call (e.g. socket, malloc) or external library call failed or device error.\nLast error:\nError while creating shared memory segment /dev/shm/nccl-%s (size %d)" % (alnum(R, 6), pick(R, [9637888, 33030144])), extra={"shard": R.randint(0, 3)}), "stderr")


def eks_negs():
    vp = ["vllm-assist-70b", "vllm-coder-32b", "vllm-embed-small", "vllm-base-13b"]
    def n_metrics(R):
        return rec(R, pick(R, vp), "INFO %s [metrics.py:351] Avg prompt throughput: %d.%d tokens/s, Avg generation throughput: %d.%d tokens/s, Running: %d reqs, Swapped: 0 reqs, Pending: %d reqs, GPU KV cache usage: %d.%d%%, CPU KV cache usage: 0.0%%." % (vts(R), R.randint(0, 5000), R.randint(0, 9), R.randint(0, 2000), R.randint(0, 9), R.randint(0, 64), R.randint(0, 3), R.randint(0, 99), R.randint(0, 9)))
    def n_acc(R):
        p = pick(R, vp)
        path = {"vllm-embed-small": "POST /v1/embeddings"}.get(p, pick(R, ["POST /v1/chat/completions", "POST /v1/completions"]))
        return rec(R, p, "INFO:     %s:%d - \"%s HTTP/1.1\" 200 OK" % (ip10(R, 64), R.randint(30000, 65000), pick(R, [path, path, "GET /health", "GET /metrics"])))
    def n_added(R):
        return rec(R, pick(R, vp), "INFO %s [engine.py:%d] Added request %s." % (vts(R), R.randint(260, 290), pick(R, ["chatcmpl-", "cmpl-", "embd-"]) + hexs(R, 32)))
    def n_preempt(R):
        return rec(R, pick(R, vp[:2]), "WARNING %s [scheduler.py:1560] Sequence group %s is preempted by PreemptionMode.RECOMPUTE mode because there is not enough KV cache space. This can affect the end-to-end performance. Increase gpu_memory_utilization or tensor_parallel_size to provide more KV cache memory. total_num_cumulative_preemption=%d" % (vts(R), "chatcmpl-" + hexs(R, 32), R.randint(1, 500)), "stderr")
    def n_400(R):
        p = pick(R, ["vllm-assist-70b", "vllm-coder-32b"])
        if R.random() < 0.5:
            return rec(R, p, "INFO:     %s:%d - \"POST /v1/chat/completions HTTP/1.1\" 400 Bad Request" % (ip10(R, 64), R.randint(30000, 65000)))
        return rec(R, p, "ERROR %s [serving_chat.py:%d] Error in preprocessing prompt inputs: This model's maximum context length is 32768 tokens. However, you requested %d tokens (%d in the messages, %d in the completion). Please reduce the length of the messages or completion." % ((vts(R), R.randint(180, 200)) + (lambda a, b: (a + b, a, b))(R.randint(30000, 40000), R.randint(1000, 8000))), "stderr")
    def n_boot(R):
        return rec(R, pick(R, vp), "INFO %s [%s" % (vts(R), pick(R, [
            "api_server.py:%d] vLLM API server version 0.6.%d" % (R.randint(600, 700), R.randint(3, 6)),
            "model_runner.py:%d] Loading model weights took %d.%04d GB" % (R.randint(1000, 1100), R.randint(2, 40), R.randint(0, 9999)),
            "gpu_executor.py:%d] # GPU blocks: %d, # CPU blocks: %d" % (R.randint(100, 130), R.randint(2000, 30000), R.randint(1000, 4000)),
            "gpu_executor.py:%d] Maximum concurrency for 32768 tokens per request: %d.%02dx" % (R.randint(100, 130), R.randint(1, 40), R.randint(0, 99)),
            "model_runner.py:%d] Graph capturing finished in %d secs, took %d.%02d GiB" % (R.randint(1500, 1600), R.randint(10, 60), R.randint(0, 2), R.randint(0, 99)),
            "launcher.py:%d] Route: /v1/chat/completions, Methods: POST" % R.randint(20, 40),
            "launcher.py:%d] Available routes are:" % R.randint(20, 40)])), "stderr")
    def n_vwarn(R):
        return rec(R, pick(R, vp), "WARNING %s [%s" % (vts(R), pick(R, [
            "config.py:%d] awq quantization is not fully optimized yet. The speed can be slower than non-quantized models." % R.randint(300, 400),
            "arg_utils.py:%d] The model has a long context length (32768). This may cause OOM errors during the initial memory profiling phase, or result in low performance due to small KV cache space. Consider setting --max-model-len to a smaller value." % R.randint(1000, 1100),
            "cuda.py:%d] Detected different devices in the system: NVIDIA L40S. Please make sure to set `CUDA_DEVICE_ORDER=PCI_BUS_ID` to avoid unexpected behavior." % R.randint(20, 40),
            "serving_chat.py:%d] Retrying tool call parse for request chatcmpl-%s: JSONDecodeError at char %d, recovered" % (R.randint(300, 400), hexs(R, 32), R.randint(1, 900))])), "stderr")
    def n_tgi(R):
        p = pick(R, ["tgi-guard-8b", "tgi-summarize-70b"])
        return rec(R, p, tgi(R, "INFO", pick(R, ["Successfully downloaded weights for tidewater-labs/%s" % p[4:], "Starting shard", "Waiting for shard to be ready...", "Shard ready in %d.%ds" % (R.randint(20, 200), R.randint(0, 9)),
                                                 "Starting Webserver", "Warming up model", "Setting max batch total tokens to %d" % R.randint(20000, 200000), "Connected", "Using default cuda graphs [1, 2, 4, 8, 16, 32]"]),
                                  target=pick(R, ["text_generation_launcher", "text_generation_router::server", "text_generation_router"]), extra=({"shard": R.randint(0, 3)} if R.random() < 0.3 else None)), "stderr")
    def n_tgireq(R):
        p = pick(R, ["tgi-guard-8b", "tgi-summarize-70b"])
        return rec(R, p, json.dumps({"timestamp": iso(R, 6), "level": "INFO", "fields": {"message": "Success"}, "target": "text_generation_router::server",
                                     "span": {"inference_time": "%d.%06dms" % (R.randint(20, 9000), R.randint(0, 999999)), "input_tokens": R.randint(5, 8000), "generated_tokens": R.randint(1, 900), "name": "generate"}}, separators=(",", ":")), "stderr")
    def n_tgiwarn(R):
        p = pick(R, ["tgi-guard-8b", "tgi-summarize-70b"])
        if R.random() < 0.5:
            return rec(R, p, tgi(R, pick(R, ["WARN", "ERROR"]), "`inputs` tokens + `max_new_tokens` must be <= 8192. Given: %d `inputs` tokens and %d `max_new_tokens`" % (R.randint(7800, 9000), R.randint(400, 1024)), target="text_generation_router::validation"), "stderr")
        return rec(R, p, tgi(R, "WARN", pick(R, ["Could not retrieve model info from the Hugging Face hub (offline mode); using local config for %s" % p[4:],
                                                 "Unknown compute for model %s (revision %s)" % (p[4:], hexs(R, 7))]), target="text_generation_router"), "stderr")
    def n_health(R):
        return rec(R, "vllm-embed-small", "INFO:     %s:%d - \"GET /health HTTP/1.1\" 503 Service Unavailable" % ("10.64.%d.%d" % (R.randint(0, 255), R.randint(2, 254)), R.randint(30000, 65000))) if R.random() < 0.6 else rec(R, "vllm-embed-small", "INFO %s [api_server.py:%d] Waiting for engine to become healthy (rolling restart, %ds elapsed)" % (vts(R), R.randint(600, 700), R.randint(5, 90)))
    return [n_metrics, n_acc, n_added, n_preempt, n_400, n_boot, n_vwarn, n_tgi, n_tgireq, n_tgiwarn, n_health]


def fam_eks(R):
    return build(R, F2, [("assist-70b-max-model-len-131072-kv-cache", v_kv), ("coder-32b-fp8-kv-illegal-memory-access-engine-dead", v_ima),
                         ("base-13b-no-chat-template", v_tmpl), ("guard-8b-hf-gated-repo-401", v_gated),
                         ("summarize-70b-dev-shm-missing-nccl", v_shm)], eks_negs())


FAMILIES = {F1: fam_ep, F2: fam_eks}
