"""Families: ray-cluster-ec2-autoscaler-train-data, bedrock-invocation-logs-agent-traces."""
import json
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, iso, day, hms, tk, epoch, ACCT, REGION, jd)

# ---------------------------------------------------------------- ray-cluster-ec2-autoscaler-train-data
# "gannet robotics": a Ray 2.4x cluster on EC2 (cluster launcher, head m7i.2xlarge, worker types cpu_worker_spot
# and gpu_worker_g5_12xl) running Ray Data batch inference over camera frames and Ray Train fine-tunes. The
# CloudWatch agent tails /tmp/ray/session_latest/logs/{raylet.out,gcs_server.out,monitor.log} and the job driver
# logs, with a multi_line_start_pattern on the timestamp, so a traceback and the autoscaler status block stay one event.
F1 = "ray-cluster-ec2-autoscaler-train-data"


def nid(R):
    return hexs(R, 56)


def rl(R, lvl, comp, src, msg):
    return "[2029-06-%02d %s,%s %s %d %d] (%s) %s: %s" % (day(R), hms(R), digits(R, 3), lvl, R.randint(200, 9000), R.randint(200, 9000), comp, src, msg)


def py(R, lvl, src, msg):
    return "%s\t%s %s -- %s" % (tk(R), lvl, src, msg)


def r_oom(R):
    # DecodeFrames.map_batches holds whole 4K clips in memory; with concurrency 12 the 32 GiB cpu workers hit the
    # memory monitor threshold and Ray kills tasks until the job gives up
    ip = ip10(R, 20)
    k = R.random()
    if k < 0.4:
        return rl(R, "W", "raylet", "node_manager.cc:%d" % R.randint(3060, 3080), "%d Workers (tasks / actors) killed due to memory pressure (OOM), 0 Workers crashed due to other reasons at node (ID: %s, IP: %s) over the last time period. To see more information about the Workers killed on this node, use `ray logs raylet.out -ip %s`" % (R.randint(1, 12), nid(R), ip, ip))
    u, t = R.randint(295, 309) / 10.0, 31.0
    return py(R, "ERROR", "streaming_executor_state.py:%d" % R.randint(450, 520), "An exception was raised from a task of operator \"ReadParquet->MapBatches(DecodeFrames)\". Dataset execution will now abort.\nray.exceptions.OutOfMemoryError: Task was killed due to the node running low on memory.\nMemory on the node (IP: %s, ID: %s) where the task (task ID: %s, name=ReadParquet->MapBatches(DecodeFrames), pid=%d, memory used=%d.%02dGB) was running was %.2fGB / %.2fGB (%.6f), which exceeds the memory usage threshold of 0.95. Ray killed this worker (ID: %s) because it was the most recently scheduled task; to see more information about memory usage on this node, use `ray logs raylet.out -ip %s`." % (
        ip, nid(R), hexs(R, 48), R.randint(1000, 90000), R.randint(3, 9), R.randint(0, 99), u, t, u / t, hexs(R, 56), ip))


def r_ice(R):
    # the cluster YAML pins gpu workers to subnet-0a... in us-east-2b only; g5.12xlarge has been unavailable there
    # since the morning, so training jobs sit pending for hours
    k = R.random()
    if k < 0.6:
        return py(R, "ERROR", "node_launcher.py:%d" % R.randint(120, 140), "Failed to launch %d node(s) of type gpu_worker_g5_12xl. (InsufficientInstanceCapacity): We currently do not have sufficient g5.12xlarge capacity in the Availability Zone you requested (us-east-2b). Our system will be working on provisioning additional capacity. You can currently get g5.12xlarge capacity by not specifying an Availability Zone in your request or choosing us-east-2a, us-east-2c." % R.randint(1, 4))
    return py(R, "WARNING", "autoscaler.py:%d" % R.randint(1300, 1400), "gpu_worker_g5_12xl: launch failed %d times in a row (InsufficientInstanceCapacity, subnet-0a%s); %d GPU demand pending for %dm" % (R.randint(5, 80), hexs(R, 15), pick(R, [4, 8, 12]), R.randint(30, 400)))


def r_disk(R):
    # object spilling goes to the 100 GB root volume of the head node (no object_spilling_config to NVMe/S3)
    k = R.random()
    if k < 0.45:
        return rl(R, "E", "raylet", "local_object_manager.cc:%d" % R.randint(480, 520), "Failed to spill objects of total size %d MiB: IOError: [Errno 28] No space left on device: '/tmp/ray/session_2029-06-%02d_%s/ray_spilled_objects/%s-multi-%d'" % (R.randint(100, 4000), day(R), hms(R).replace(":", "-"), hexs(R, 32), R.randint(1, 20)))
    return py(R, "ERROR", "worker.py:%d" % R.randint(400, 450), "ray.exceptions.OutOfDiskError: Local disk is full\nThe object cannot be created because the local object store is full and the local disk's utilization is over capacity (95%% by default).Tip: Use `df` on this node to check disk usage and `ray memory` to check object store memory usage. (node %s)" % ip10(R, 20))


def r_s3(R):
    # Ray Train run config storage_path s3://gannet-ray-results/ ; the instance profile of the new gpu workers
    # (ray-gpu-worker-v3) has no s3:PutObject there, so every checkpoint upload fails and the trial errors out
    k = R.random()
    run = "perception-ft-%s" % lower(R, 6)
    if k < 0.55:
        return py(R, "ERROR", "tune_controller.py:%d" % R.randint(1300, 1400), "Trial task failed for trial TorchTrainer_%s_00000\nTraceback (most recent call last):\n  File \"/home/ray/anaconda3/lib/python3.11/site-packages/ray/train/_internal/storage.py\", line %d, in persist_current_checkpoint\n    _pyarrow_fs_copy_files(\nOSError: When uploading part for key '%s/TorchTrainer_%s_00000_0/checkpoint_%06d/model.pt' in bucket 'gannet-ray-results': AWS Error ACCESS_DENIED during UploadPart operation: Access Denied" % (hexs(R, 5), R.randint(500, 600), run, hexs(R, 5), R.randint(0, 40)))
    return py(R, "WARNING", "experiment_state.py:%d" % R.randint(300, 400), "Experiment state snapshotting failed: OSError: When initiating multiple part upload for key '%s/experiment_state-2029-06-%02d_%s.json' in bucket 'gannet-ray-results': AWS Error ACCESS_DENIED during CreateMultipartUpload operation: Access Denied" % (run, day(R), hms(R).replace(":", "-")))


def r_env(R):
    # job submissions pin gannet-perception==2.4.0 in runtime_env pip, a version never published to the internal index
    k = R.random()
    sid = "raysubmit_" + alnum(R, 16)
    if k < 0.6:
        return py(R, "ERROR", "job_manager.py:%d" % R.randint(500, 700), "Runtime env setup for job '%s' failed:\nray._private.runtime_env.plugin: Failed to set up runtime environment.\nRuntimeEnvSetupError: Failed to set up runtime environment.\nCould not create the actor because its associated runtime env failed to be created.\nERROR: Could not find a version that satisfies the requirement gannet-perception==2.4.0 (from versions: 2.2.0, 2.3.0, 2.3.1)\nERROR: No matching distribution found for gannet-perception==2.4.0" % sid)
    return py(R, "INFO", "job_manager.py:%d" % R.randint(500, 700), "Job %s failed with status FAILED: Job supervisor actor failed to start: runtime env setup failed (pip: gannet-perception==2.4.0 not found)" % sid)


def ray_negs():
    def n_status(R):
        g = R.randint(0, 6)
        c = R.randint(0, 20)
        return "======== Autoscaler status: 2029-06-%02d %s.%s ========\nNode status\n---------------------------------------------------------------\nActive:\n 1 head_node\n %d cpu_worker_spot\n %d gpu_worker_g5_12xl\nPending:\n (no pending nodes)\nRecent failures:\n (no failures)\n\nResources\n---------------------------------------------------------------\nUsage:\n %d.0/%d.0 CPU\n %d.0/%d.0 GPU\n %d.%02dGiB/%d.%02dGiB memory\n %d.%02dGiB/%d.%02dGiB object_store_memory\n\nDemands:\n (no resource demands)" % (
            day(R), hms(R), digits(R, 6), c, g, R.randint(0, 8 + 16 * c), 8 + 16 * c + 48 * g, R.randint(0, 4 * g), 4 * g, R.randint(0, 90), R.randint(0, 99), 100 + 50 * c, R.randint(0, 99), R.randint(0, 30), R.randint(0, 99), 40 + 20 * c, R.randint(0, 99))
    def n_scale(R):
        return py(R, "INFO", pick(R, ["autoscaler.py:%d" % R.randint(400, 1400), "node_launcher.py:%d" % R.randint(60, 140)]), pick(R, [
            "Adding %d node(s) of type cpu_worker_spot." % R.randint(1, 8), "Adding %d node(s) of type gpu_worker_g5_12xl." % R.randint(1, 2),
            "Terminating %d nodes of type cpu_worker_spot (idle)." % R.randint(1, 8), "Resized to %d CPUs, %d GPUs." % (R.randint(8, 400), R.randint(0, 24)),
            "Launched %d nodes [subnet_id=subnet-0c%s]" % (R.randint(1, 8), hexs(R, 15)), "StandardAutoscaler: Terminating the node with id i-0%s and ip %s. (idle)" % (hexs(R, 16), ip10(R, 20))]))
    def n_spot(R):
        return py(R, "WARNING", "autoscaler.py:%d" % R.randint(400, 1400), "Node i-0%s (cpu_worker_spot, %s) received a spot interruption notice; %d running tasks will be retried on other nodes" % (hexs(R, 16), ip10(R, 20), R.randint(0, 20)))
    def n_raylet(R):
        return rl(R, "I", pick(R, ["raylet", "gcs_server"]), pick(R, ["node_manager.cc:%d" % R.randint(400, 3000), "gcs_node_manager.cc:%d" % R.randint(40, 400), "local_object_manager.cc:%d" % R.randint(400, 600), "worker_pool.cc:%d" % R.randint(400, 1600)]), pick(R, [
            "Spilled %d MiB, %d objects, write throughput %d MiB/s." % (R.randint(10, 9000), R.randint(1, 900), R.randint(100, 1200)),
            "Restored %d MiB, %d objects, read throughput %d MiB/s" % (R.randint(10, 9000), R.randint(1, 900), R.randint(100, 1200)),
            "Registering node info, node id = %s, address = %s, node name = %s" % (nid(R), ip10(R, 20), ip10(R, 20)),
            "Started worker process with pid %d, the token is %d" % (R.randint(1000, 90000), R.randint(0, 500)),
            "Worker %s exited with INTENDED_USER_EXIT (idle worker killed)" % hexs(R, 16),
            "Node %s removed from the cluster: idle termination by autoscaler" % nid(R)[:16]]))
    def n_warnres(R):
        return rl(R, "W", "raylet", "scheduling_queue.cc:%d" % R.randint(100, 200), "The following resource request cannot be scheduled right now: {'GPU': %d.0, 'CPU': 1.0}. This is likely due to all cluster resources being claimed by actors. Consider creating fewer actors or adding more nodes to this Ray cluster. (waiting %ds)" % (pick(R, [1, 4]), R.randint(1, 120)))
    def n_data(R):
        return py(R, "INFO", "streaming_executor.py:%d" % R.randint(100, 200), pick(R, [
            "Starting execution of Dataset frames_%s. Full logs are in /tmp/ray/session_latest/logs/ray-data" % lower(R, 6),
            "Execution plan of Dataset: InputDataBuffer[Input] -> TaskPoolMapOperator[ReadParquet->MapBatches(DecodeFrames)] -> ActorPoolMapOperator[MapBatches(Detector)] -> TaskPoolMapOperator[Write]",
            "Execution finished in %d.%02d seconds (%d rows, 0 errors)" % (R.randint(60, 9000), R.randint(0, 99), R.randint(10000, 9000000)),
            "Retrying task %s of ReadParquet after transient S3 SlowDown (attempt %d/5), succeeded" % (hexs(R, 12), R.randint(1, 2))]))
    def n_train(R):
        return py(R, "INFO", pick(R, ["tune_controller.py:%d" % R.randint(1300, 1400), "session.py:%d" % R.randint(400, 500)]), pick(R, [
            "Training finished iteration %d at 2029-06-%02d %s. Total running time: %dh %dmin %ds" % (R.randint(1, 90), day(R), hms(R), R.randint(0, 9), R.randint(0, 59), R.randint(0, 59)),
            "Checkpoint successfully created at: Checkpoint(filesystem=s3, path=gannet-ray-results-v2/perception-ft-%s/TorchTrainer_%s_00000_0/checkpoint_%06d)" % (lower(R, 6), hexs(R, 5), R.randint(0, 40)),
            "Trial TorchTrainer_%s_00000 completed. Last result: loss=0.%04d, val_map=0.%03d" % (hexs(R, 5), R.randint(0, 9999), R.randint(300, 700)),
            "Wrapping provided model in DistributedDataParallel.", "Moving model to device: cuda:%d" % R.randint(0, 3)]))
    def n_job(R):
        sid = "raysubmit_" + alnum(R, 16)
        return py(R, "INFO", "job_manager.py:%d" % R.randint(500, 700), pick(R, ["Job %s succeeded" % sid, "Job %s was stopped by user (ray job stop)" % sid, "Submitting job with RAY_ADDRESS = %s:6379 (%s)" % (ip10(R, 20), sid),
                                                                              "Runtime env for job %s created in %d.%ds (pip: gannet-perception==2.3.1)" % (sid, R.randint(5, 90), R.randint(0, 9))]))
    def n_driver(R):
        return py(R, "INFO", "worker.py:%d" % R.randint(1700, 1900), pick(R, ["Connecting to existing Ray cluster at address: %s:6379..." % ip10(R, 20), "Connected to Ray cluster. View the dashboard at http://%s:8265 " % ip10(R, 20),
                                                                            "Task failed, retrying (1/3) after worker on spot node %s was interrupted; retry succeeded" % ip10(R, 20)]))
    def n_prog(R):
        n = R.randint(1, 2000)
        return "(autoscaler +%dm%ds) Running Dataset: frames_%s. Active & requested resources: %d/%d CPU, %d/%d GPU, %d.%dGB/%d.%dGB object store: : %d row [%02d:%02d, %d.%d row/s]" % (R.randint(0, 90), R.randint(0, 59), lower(R, 6), R.randint(0, 200), 200, R.randint(0, 8), 8, R.randint(0, 40), R.randint(0, 9), 40, R.randint(0, 9), n * 1000, R.randint(0, 59), R.randint(0, 59), R.randint(100, 9000), R.randint(0, 9))
    def n_userwarn(R):
        return py(R, "WARNING", pick(R, ["util.py:%d" % R.randint(500, 700), "plan.py:%d" % R.randint(100, 300)]), pick(R, [
            "The argument ``concurrency`` of MapBatches(Detector) is deprecated; use ``compute=ActorPoolStrategy(...)`` instead.",
            "Warning: The size of the Detector actor is %d MiB. Check that its definition is not implicitly capturing a large array or other object in scope. Tip: use ray.put() to put large objects in the Ray object store." % R.randint(90, 600),
            "Dataset frames_%s has %d blocks with more than 1 GiB; consider repartition()" % (lower(R, 6), R.randint(1, 20))]))
    return [n_status, n_scale, n_spot, n_raylet, n_warnres, n_data, n_train, n_job, n_driver, n_prog, n_userwarn]


def fam_ray(R):
    return build(R, F1, [("decodeframes-cpu-workers-memory-monitor-oom", r_oom), ("gpu-workers-us-east-2b-only-insufficient-capacity", r_ice),
                         ("head-root-volume-object-spill-enospc", r_disk), ("gpu-worker-v3-profile-ray-results-s3-denied", r_s3),
                         ("runtime-env-gannet-perception-2-4-0-missing", r_env)], ray_negs())


# ---------------------------------------------------------------- bedrock-invocation-logs-agent-traces
# "brightwater travel": trip-assistant. Two streams land in this family: Bedrock model invocation logging
# (/aws/bedrock/modelinvocations, one JSON record per invocation) and the assistant's Python 3.12 Lambdas (Powertools
# Logger JSON, one object per event) that call Converse, Retrieve and InvokeAgent and log the agent trace parts.
F2 = "bedrock-invocation-logs-agent-traces"
SONNET = "anthropic.claude-3-5-sonnet-20241022-v2:0"
HAIKU = "anthropic.claude-3-5-haiku-20241022-v1:0"
NOVA = "amazon.nova-pro-v1:0"
TITAN = "amazon.titan-embed-text-v2:0"
ROLE = "arn:aws:sts::%s:assumed-role/trip-assistant-fn-role/trip-assistant-%s" % (ACCT, "%s")


def pt(R, level, loc, msg, fn="trip-assistant-chat", **kw):
    d = {"level": level, "location": loc, "message": msg, "timestamp": "2029-06-%02d %s,%s+0000" % (day(R), hms(R), digits(R, 3)), "service": "trip-assistant",
         "cold_start": R.random() < 0.1, "function_name": fn, "function_request_id": uuid(R), "xray_trace_id": "1-%s-%s" % (hexs(R, 8), hexs(R, 24))}
    d.update(kw)
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def inv(R, model, op="Converse", stop="end_turn", err=None, tin=None, tout=None):
    tin = tin or R.randint(200, 9000)
    tout = tout or R.randint(10, 1200)
    d = {"schemaType": "ModelInvocationLog", "schemaVersion": "1.0", "timestamp": iso(R, 0), "accountId": ACCT,
         "identity": {"arn": ROLE % lower(R, 8)}, "region": REGION, "requestId": uuid(R), "operation": op, "modelId": model}
    d["input"] = {"inputContentType": "application/json", "inputTokenCount": tin}
    if err:
        d["errorCode"] = err
    else:
        d["output"] = {"outputContentType": "application/json", "outputBodyJson": {"stopReason": stop, "metrics": {"latencyMs": R.randint(300, 20000)},
                       "usage": {"inputTokens": tin, "outputTokens": tout, "totalTokens": tin + tout}}, "outputTokenCount": tout}
    return json.dumps(d, separators=(",", ":"))


def k_lambda(R):
    # the booking-tools action group Lambda was refactored and now returns its body without the
    # messageVersion/response envelope; every InvokeAgent turn that calls it fails
    k = R.random()
    if k < 0.5:
        return pt(R, "ERROR", "invoke_agent:%d" % R.randint(100, 140), "agent trace failure", fn="trip-assistant-agent",
                  session_id=uuid(R), trace={"failureTrace": {"traceId": "%s-%d" % (uuid(R), R.randint(0, 3)), "failureReason": "The server encountered an error processing the Lambda response. Check the Lambda response and retry the request"}})
    return pt(R, "ERROR", "invoke_agent:%d" % R.randint(140, 180), "InvokeAgent failed: An error occurred (DependencyFailedException) when calling the InvokeAgent operation: The server encountered an error processing the Lambda response. Check the Lambda response and retry the request (action group booking-tools, agent BKNG%s)" % upper(R, 6), fn="trip-assistant-agent", session_id=uuid(R))


def k_access(R):
    # the summarizer was switched to Nova Pro in us-east-2 but model access was never granted in this account
    return pt(R, "ERROR", "summarize:%d" % R.randint(60, 90), "Converse failed: An error occurred (AccessDeniedException) when calling the Converse operation: You don't have access to the model with the specified model ID.", fn="trip-assistant-summarize",
              model_id=NOVA, itinerary_id="IT-%s" % digits(R, 8))


def k_throttle(R):
    # the nightly itinerary re-ranking batch runs 200 concurrent Converse calls on on-demand Sonnet; the tokens-per-
    # minute quota is exhausted for two hours every night and retries run out
    k = R.random()
    if k < 0.35:
        return inv(R, SONNET, err="ThrottlingException", tin=R.randint(2000, 9000))
    return pt(R, "ERROR", "rerank_batch:%d" % R.randint(40, 70), "Converse failed after retries: An error occurred (ThrottlingException) when calling the Converse operation (reached max retries: 4): Too many tokens, please wait before trying again.", fn="trip-rerank-nightly",
              model_id=SONNET, batch="2029-06-%02d" % day(R), item=R.randint(1, 40000))


def k_kb(R):
    # the knowledge base's OpenSearch Serverless index was recreated under a new name; Retrieve fails on every call
    return pt(R, "ERROR", "retrieve_context:%d" % R.randint(30, 60), "Retrieve failed: An error occurred (ValidationException) when calling the Retrieve operation: The knowledge base storage configuration provided is invalid... Request failed: [index_not_found_exception] no such index [kb-destinations-v2]", fn="trip-assistant-chat",
              knowledge_base_id="KB%s" % pick(R, ["7QX2MD4LPA", "7QX2MD4LPA"]), query_chars=R.randint(10, 400), session_id=uuid(R))


def k_alt(R):
    # a retry wrapper re-appends the user turn after a timeout, so the history has two user messages in a row
    return pt(R, "ERROR", "chat:%d" % R.randint(100, 130), "Converse failed: An error occurred (ValidationException) when calling the Converse operation: A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.", fn="trip-assistant-chat",
              session_id=uuid(R), turns=R.randint(3, 30))


def k_guard(R):
    # GUARDRAIL_VERSION was bumped to 4 in the stack, but version 4 of the guardrail was never published
    return pt(R, "ERROR", "chat:%d" % R.randint(60, 90), "Converse failed: An error occurred (ResourceNotFoundException) when calling the Converse operation: The guardrail identifier or version provided in the request does not exist.", fn=pick(R, ["trip-assistant-chat", "trip-assistant-summarize"]),
              guardrail_id="gr-%s" % pick(R, ["k2w9tq41zx8m"]), guardrail_version="4", session_id=uuid(R))


def bedrock_negs():
    def n_inv(R):
        m = pick(R, [SONNET, HAIKU, HAIKU])
        return inv(R, m, stop=pick(R, ["end_turn", "end_turn", "tool_use", "max_tokens", "stop_sequence"]))
    def n_guard(R):
        return inv(R, pick(R, [SONNET, HAIKU]), stop="guardrail_intervened", tout=R.randint(10, 40))
    def n_embed(R):
        d = json.loads(inv(R, TITAN, op="InvokeModel", tin=R.randint(5, 800), tout=1))
        d["output"] = {"outputContentType": "application/json", "outputBodyJson": {"embedding": "<1024 floats omitted: embeddingDataDeliveryEnabled=false>", "inputTextTokenCount": d["input"]["inputTokenCount"]}}
        return json.dumps(d, separators=(",", ":"))
    def n_trace(R):
        t = pick(R, [
            {"orchestrationTrace": {"rationale": {"traceId": uuid(R) + "-0", "text": pick(R, ["The user wants to rebook flight %s to a later date. I should look up the booking first." % upper(R, 6), "The user asks about baggage rules; the knowledge base should have the fare conditions.", "I have the itinerary; now I can summarize the options."])}}},
            {"orchestrationTrace": {"invocationInput": {"invocationType": "ACTION_GROUP", "actionGroupInvocationInput": {"actionGroupName": pick(R, ["booking-tools", "loyalty-tools"]), "function": pick(R, ["get_booking", "search_flights", "get_points_balance"])}}}},
            {"orchestrationTrace": {"observation": {"type": "KNOWLEDGE_BASE", "knowledgeBaseLookupOutput": {"retrievedReferences": R.randint(0, 5)}}}},
            {"orchestrationTrace": {"observation": {"type": "FINISH", "finalResponse": {"text": "Your booking %s is confirmed." % upper(R, 6)}}}},
            {"orchestrationTrace": {"modelInvocationOutput": {"metadata": {"usage": {"inputTokens": R.randint(500, 9000), "outputTokens": R.randint(10, 600)}}}}}])
        return pt(R, "DEBUG", "invoke_agent:%d" % R.randint(90, 130), "agent trace", fn="trip-assistant-agent", session_id=uuid(R), trace=t)
    def n_info(R):
        return pt(R, "INFO", pick(R, ["chat:%d" % R.randint(40, 200), "summarize:%d" % R.randint(40, 90)]), pick(R, [
            "Converse ok in %d ms (%d in / %d out tokens)" % (R.randint(300, 12000), R.randint(100, 9000), R.randint(10, 900)),
            "retrieved %d passages from knowledge base (top score 0.%03d)" % (R.randint(0, 8), R.randint(300, 900)),
            "session started for traveler tier %s" % pick(R, ["blue", "silver", "gold"]), "cold start: loaded prompt templates v%d" % R.randint(10, 20),
            "tool call search_flights returned %d offers, 0 errors" % R.randint(0, 40)]), fn=pick(R, ["trip-assistant-chat", "trip-assistant-summarize"]), session_id=uuid(R))
    def n_retry(R):
        return pt(R, pick(R, ["WARNING", "INFO"]), "bedrock_client:%d" % R.randint(20, 60), "ThrottlingException on Converse (%s), retrying in %d ms (attempt %d/4)" % (HAIKU, R.randint(100, 3000), R.randint(1, 3)), fn="trip-assistant-chat", session_id=uuid(R))
    def n_blocked(R):
        return pt(R, "WARNING", "chat:%d" % R.randint(130, 160), "guardrail intervened on user input (%s); returned canned refusal" % pick(R, ["PROMPT_ATTACK", "MISCONDUCT", "denied topic: visa-legal-advice", "PII: CREDIT_DEBIT_CARD_NUMBER anonymized"]), fn="trip-assistant-chat", session_id=uuid(R), guardrail_action="GUARDRAIL_INTERVENED")
    def n_trunc(R):
        return pt(R, "WARNING", "summarize:%d" % R.randint(90, 120), "stopReason=max_tokens for itinerary IT-%s; summary truncated at %d tokens, appended ellipsis" % (digits(R, 8), pick(R, [512, 1024])), fn="trip-assistant-summarize")
    def n_user(R):
        return pt(R, "INFO", "chat:%d" % R.randint(200, 260), "user error: %s" % pick(R, ["booking reference %s not found (traveler typo)" % upper(R, 6), "destination %s not served" % upper(R, 3), "date %s is in the past" % ("2029-05-%02d" % R.randint(1, 31))]), fn="trip-assistant-chat", session_id=uuid(R))
    def n_plat(R):
        rid = uuid(R)
        return pick(R, ["START RequestId: %s Version: $LATEST" % rid, "END RequestId: %s" % rid,
                        "REPORT RequestId: %s\tDuration: %d.%02d ms\tBilled Duration: %d ms\tMemory Size: 1024 MB\tMax Memory Used: %d MB\t" % (rid, R.randint(200, 25000), R.randint(0, 99), R.randint(200, 25000), R.randint(90, 400))])
    return [n_inv, n_inv, n_guard, n_embed, n_trace, n_info, n_retry, n_blocked, n_trunc, n_user, n_plat]


def fam_bedrock(R):
    return build(R, F2, [("booking-tools-action-group-lambda-response-invalid", k_lambda), ("summarizer-nova-pro-model-access-not-granted", k_access),
                         ("rerank-nightly-sonnet-on-demand-tpm-throttled", k_throttle), ("kb-destinations-index-missing", k_kb),
                         ("chat-history-consecutive-user-turns", k_alt), ("guardrail-version-4-not-published", k_guard)], bedrock_negs())


FAMILIES = {F1: fam_ray, F2: fam_bedrock}
