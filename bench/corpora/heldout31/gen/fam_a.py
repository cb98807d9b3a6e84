"""Families: sagemaker-training-hf-deepspeed-nccl, batch-gpu-embedding-eval-jobs."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, iso, day, hms, tk, glog, ACCT, REGION, jd)

# ---------------------------------------------------------------- sagemaker-training-hf-deepspeed-nccl
# "marlinspike analytics": SageMaker training jobs (PyTorch 2.5 DLC, torchrun, Hugging Face Trainer with DeepSpeed
# ZeRO-3, NCCL over EFA on ml.p4d/p5). /aws/sagemaker/TrainingJobs, one stream per host (<job>/algo-N-<epoch>);
# the container's stdout/stderr is shipped line by line, so every output line (also each traceback line) is one event.
F1 = "sagemaker-training-hf-deepspeed-nccl"
TK = "sagemaker-training-toolkit"


def rk(R):
    return "[rank%d]:" % R.randint(0, 15)


def t_oom(R):
    # kestrel-8b-sft jobs were switched to max_seq_length 8192 without lowering the per-device batch (4) on p4d (A100 40GB)
    k = R.random()
    tot = "39.38"
    if k < 0.55:
        a = pick(R, ["1.95", "2.00", "3.91", "1.00", "7.81"])
        free = "%d.%02d" % (R.randint(0, 1), R.randint(1, 99))
        return "%s torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %s GiB. GPU %d has a total capacity of %s GiB of which %s GiB is free. Process %d has %d.%02d GiB memory in use. Of the allocated memory %d.%02d GiB is allocated by PyTorch, and %d.%02d GiB is reserved by PyTorch but unallocated. If reserved but unallocated memory is large try setting PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True to avoid fragmentation.  See documentation for Memory Management  (https://pytorch.org/docs/stable/notes/cuda.html#environment-variables)" % (
            rk(R), a, R.randint(0, 7), tot, free, R.randint(180, 900), R.randint(37, 38), R.randint(0, 99), R.randint(33, 36), R.randint(0, 99), R.randint(1, 3), R.randint(0, 99))
    if k < 0.8:
        return 'ErrorMessage "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %s GiB. GPU %d has a total capacity of %s GiB of which %d.%02d GiB is free.' % (pick(R, ["1.95", "2.00", "3.91"]), R.randint(0, 7), tot, R.randint(0, 1), R.randint(1, 99))
    return '%s %s ERROR    ExecuteUserScriptError: ExitCode 1 ErrorMessage "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate %s GiB" Command "torchrun --nnodes 1 --nproc_per_node 8 train_sft.py --model_id marlinspike/kestrel-8b-base --max_seq_length 8192 --per_device_train_batch_size 4 --deepspeed ds_z3.json --run_name kestrel-8b-sft-%s"' % (tk(R), TK, pick(R, ["1.95", "2.00", "3.91"]), lower(R, 5))


def t_nccl(R):
    # orca-embed-1b pretraining on 4 x ml.p5.48xlarge hangs in an ALLREDUCE whenever algo-3 is part of the cluster
    # (its EFA reports completion errors); the watchdog aborts every rank after 30 minutes
    k = R.random()
    seq = R.randint(30000, 90000)
    r = R.randint(0, 31)
    if k < 0.35:
        return "[rank%d]:[E06%02d %s.%s ProcessGroupNCCL.cpp:616] [Rank %d] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=%d, OpType=ALLREDUCE, NumelIn=%d, NumelOut=%d, Timeout(ms)=1800000) ran for %d milliseconds before timing out." % (r, day(R), hms(R), digits(R, 6), r, seq, 262144000, 262144000, R.randint(1800010, 1800300))
    if k < 0.55:
        return "[rank%d]:[E06%02d %s.%s ProcessGroupNCCL.cpp:1785] [PG ID 0 PG GUID 0(default_pg) Rank %d] Exception (either an error or timeout) detected by watchdog at work: %d, last enqueued NCCL work: %d, last completed NCCL work: %d." % (r, day(R), hms(R), digits(R, 6), r, seq, seq, seq - 1)
    if k < 0.75:
        return "algo-3:%d:%d [%d] NCCL WARN NET/OFI Request 0x%s completed with error. RC: 5, Error: Input/output error. Completed length: 0, Request: { dev: %d, size: 0, state: CREATED, type: RECV }" % (R.randint(200, 400), R.randint(1200, 2200), R.randint(0, 7), hexs(R, 12), R.randint(0, 3))
    return "E06%02d %s.%s %d torch/distributed/elastic/multiprocessing/api.py:869] failed (exitcode: -6) local_rank: %d (pid: %d) of binary: /opt/conda/bin/python3.11" % (day(R), hms(R), digits(R, 6), R.randint(100, 200), R.randint(0, 7), R.randint(200, 900))


def t_data(R):
    # the heron-3b-sft pipeline step writes its shards to .../sft-v4/ but the job's train channel still points at sft-v3/
    k = R.random()
    if k < 0.5:
        return "%s FileNotFoundError: Unable to find '/opt/ml/input/data/train/shard-*.parquet'" % rk(R) if R.random() < 0.5 else "FileNotFoundError: Unable to find '/opt/ml/input/data/train/shard-*.parquet' (job heron-3b-sft-2029-06-%02d-%s)" % (day(R), digits(R, 6))
    if k < 0.75:
        return "%s WARNING  Channel train is empty: s3://marlinspike-ml-data/sft-v3/heron/ matched 0 objects (job heron-3b-sft-%s)" % (tk(R), lower(R, 6))
    return 'ErrorMessage "FileNotFoundError: Unable to find \'/opt/ml/input/data/train/shard-*.parquet\'" Command "/opt/conda/bin/python3.11 train_sft.py --model_id marlinspike/heron-3b --dataset_dir /opt/ml/input/data/train --epochs %d"' % R.randint(1, 3)


def t_ckpt(R):
    # a spot reclaim cut checkpoint-NNNN of tern-1b-dpo mid-write; every restart resumes from it and dies
    n = pick(R, [3500, 4000, 4500])
    k = R.random()
    if k < 0.5:
        return "%s safetensors_rust.SafetensorError: Error while deserializing header: MetadataIncompleteBuffer (/opt/ml/checkpoints/checkpoint-%d/model-0000%d-of-00002.safetensors)" % (rk(R), n, R.randint(1, 2))
    if k < 0.75:
        return "%s ERROR    Resume from /opt/ml/checkpoints/checkpoint-%d failed after spot restart %d of tern-1b-dpo-%s: checkpoint is truncated" % (tk(R), n, R.randint(2, 9), lower(R, 5))
    return 'ErrorMessage "safetensors_rust.SafetensorError: Error while deserializing header: MetadataIncompleteBuffer" Command "/opt/conda/bin/python3.11 train_dpo.py --resume_from_checkpoint /opt/ml/checkpoints/checkpoint-%d --beta 0.%d"' % (n, R.randint(1, 5))


def t_pad(R):
    # the new plover-7b base model's tokenizer has no pad token; the collator pads and the first batch fails
    k = R.random()
    if k < 0.6:
        return "%s ValueError: Asking to pad but the tokenizer does not have a padding token. Please select a token to use as `pad_token` `(tokenizer.pad_token = tokenizer.eos_token e.g.)` or add a new pad token via `tokenizer.add_special_tokens({'pad_token': '[PAD]'})`." % rk(R)
    return 'ErrorMessage "ValueError: Asking to pad but the tokenizer does not have a padding token." Command "torchrun --nproc_per_node 8 train_sft.py --model_id marlinspike/plover-7b-base --run_name plover-7b-sft-%s"' % lower(R, 6)


def t_wandb(R):
    # the training image lost its WANDB_API_KEY secret mapping; wandb.init() runs without a tty and raises
    k = R.random()
    if k < 0.4:
        return "wandb: ERROR api_key not configured (no-tty). call wandb.login(key=[your_api_key]) (job %s-%s)" % (pick(R, ["kestrel-8b-sft", "orca-embed-1b", "tern-1b-dpo", "heron-3b-sft"]), lower(R, 6))
    if k < 0.75:
        return "%s wandb.errors.errors.UsageError: api_key not configured (no-tty). call wandb.login(key=[your_api_key])" % rk(R)
    return 'ErrorMessage "wandb.errors.errors.UsageError: api_key not configured (no-tty). call wandb.login(key=[your_api_key])" Command "/opt/conda/bin/python3.11 train_%s.py --report_to wandb --seed %d"' % (pick(R, ["sft", "dpo", "pretrain"]), R.randint(1, 9999))


def sm_negs():
    def n_tk(R):
        return "%s %s INFO     %s" % (tk(R), pick(R, [TK, "sagemaker_pytorch_container.training"]), pick(R, [
            "Imported framework sagemaker_pytorch_container.training", "Invoking user script", "No Neurons detected (normal if no neurons installed)",
            "Block until all host DNS lookups succeed.", "Invoking user training script.", "Installing dependencies from requirements.txt",
            "Waiting for the process to finish and give a return code.", "Done waiting for a return code. Received 0 from exiting process.",
            "Reporting training SUCCESS", "Exceptions not imported for SageMaker TF as Tensorflow is not installed.",
            "Starting distributed training through torchrun", "Host algo-%d is reachable" % R.randint(1, 4)]))
    def n_hf(R):
        return "{'loss': %d.%04d, 'grad_norm': %d.%04d, 'learning_rate': %d.%de-05, 'epoch': %d.%02d}" % (R.randint(0, 2), R.randint(0, 9999), R.randint(0, 3), R.randint(0, 9999), R.randint(1, 9), R.randint(0, 99), R.randint(0, 2), R.randint(0, 99))
    def n_eval(R):
        return "{'eval_loss': %d.%04d, 'eval_runtime': %d.%03d, 'eval_samples_per_second': %d.%03d, 'eval_steps_per_second': %d.%03d, 'epoch': %d.%02d}" % (R.randint(0, 2), R.randint(0, 9999), R.randint(40, 300), R.randint(0, 999), R.randint(10, 90), R.randint(0, 999), R.randint(0, 3), R.randint(0, 999), R.randint(0, 2), R.randint(0, 99))
    def n_tqdm(R):
        tot = pick(R, [4000, 6250, 12000])
        n = R.randint(1, tot)
        p = n * 100 // tot
        bar = "█" * (p // 10) + " " * (10 - p // 10)
        return " %d%%|%s| %d/%d [%d:%02d:%02d<%d:%02d:%02d,  %d.%02ds/it]" % (p, bar, n, tot, R.randint(0, 9), R.randint(0, 59), R.randint(0, 59), R.randint(0, 9), R.randint(0, 59), R.randint(0, 59), R.randint(1, 4), R.randint(0, 99))
    def n_ds(R):
        ts = "[2029-06-%02d %s,%s]" % (day(R), hms(R), digits(R, 3))
        return pick(R, [
            "%s [INFO] [logging.py:128:log_dist] [Rank 0] step=%d, skipped=%d, lr=[%d.%de-05], mom=[(0.9, 0.95)]" % (ts, R.randint(100, 6000), R.randint(0, 6), R.randint(1, 9), R.randint(0, 99)),
            "%s [INFO] [loss_scaler.py:190:update_scale] [deepspeed] OVERFLOW! Rank 0 Skipping step. Attempted loss scale: %d, reducing to %d" % ((lambda s: (ts, s, s // 2))(pick(R, [65536, 32768, 131072]))),
            "%s [WARNING] [stage3.py:2171:step] %d pytorch allocator cache flushes since last step. this happens when there is high memory pressure and is detrimental to performance. if this is happening frequently consider adjusting settings to reduce memory consumption." % (ts, R.randint(1, 3)),
            "%s [INFO] [config.py:1001:print]   zero_optimization_stage ..... 3" % ts,
            "%s [INFO] [engine.py:%d:_configure_optimizer] Using DeepSpeed Optimizer param name adamw as basic optimizer" % (ts, R.randint(1200, 1300)),
            "%s [INFO] [timer.py:264:stop] epoch=0/micro_step=%d/global_step=%d, RunningAvgSamplesPerSec=%d.%03d, CurrSamplesPerSec=%d.%03d, MemAllocated=%d.%dGB, MaxMemAllocated=%d.%dGB" % (ts, R.randint(100, 9000), R.randint(10, 2000), R.randint(20, 90), R.randint(0, 999), R.randint(20, 90), R.randint(0, 999), R.randint(10, 30), R.randint(0, 9), R.randint(30, 37), R.randint(0, 9))])
    def n_nccl(R):
        h = "algo-%d:%d:%d [%d]" % (R.randint(1, 4), R.randint(200, 400), R.randint(200, 2200), R.randint(0, 7))
        return "%s NCCL INFO %s" % (h, pick(R, [
            "NET/OFI Selected Provider is efa (found %d nics)" % pick(R, [4, 32]), "Using network Libfabric", "NCCL version 2.21.5+cuda12.4",
            "comm 0x%s rank %d nRanks %d nNodes %d localRanks 8 localRank %d MNNVL 0 - Init COMPLETE" % (hexs(R, 8), R.randint(0, 31), 32, 4, R.randint(0, 7)),
            "Channel %02d/0 : %d[%d] -> %d[%d] [send] via NET/Libfabric/%d/GDRDMA" % (R.randint(0, 31), R.randint(0, 31), R.randint(0, 7), R.randint(0, 31), R.randint(0, 7), R.randint(0, 3)),
            "NET/OFI Using Libfabric version 1.22", "Connected all rings", "Connected all trees", "comm 0x%s rank %d nranks 32 cudaDev %d busId %d0%d0 - Destroy COMPLETE" % (hexs(R, 8), R.randint(0, 31), R.randint(0, 7), R.randint(1, 9), R.randint(1, 9))]))
    def n_trainer(R):
        return pick(R, ["***** Running training *****", "  Num examples = {:,}".format(R.randint(100000, 3000000)), "  Total optimization steps = {:,}".format(pick(R, [4000, 6250, 12000])),
                        "Saving model checkpoint to /opt/ml/checkpoints/checkpoint-%d" % (R.randint(1, 24) * 250),
                        "Deleting older checkpoint [/opt/ml/checkpoints/checkpoint-%d] due to args.save_total_limit" % (R.randint(1, 24) * 250),
                        "Training completed. Do not forget to share your model on huggingface.co/models =)",
                        "  Gradient Accumulation steps = %d" % pick(R, [1, 2, 4, 8]), "  Instantaneous batch size per device = %d" % pick(R, [1, 2, 4]),
                        "{'train_runtime': %d.%04d, 'train_samples_per_second': %d.%03d, 'train_steps_per_second': 0.%03d, 'train_loss': %d.%04d, 'epoch': %d.0}" % (R.randint(3000, 90000), R.randint(0, 9999), R.randint(5, 80), R.randint(0, 999), R.randint(0, 999), R.randint(0, 2), R.randint(0, 9999), R.randint(1, 3))])
    def n_warn(R):
        return pick(R, [
            "%s /opt/conda/lib/python3.11/site-packages/torch/utils/checkpoint.py:%d: FutureWarning: `torch.cpu.amp.autocast(args...)` is deprecated. Please use `torch.amp.autocast('cpu', args...)` instead." % (rk(R), R.randint(80, 1500)),
            "%s `use_cache=True` is incompatible with gradient checkpointing. Setting `use_cache=False`." % rk(R),
            "W06%02d %s.%s %d torch/distributed/run.py:793] Setting OMP_NUM_THREADS environment variable for each process to be 1 in default, to avoid your system being overloaded, please further tune the variable for optimal performance in your application as needed." % (day(R), hms(R), digits(R, 6), R.randint(100, 300)),
            "%s[W06%02d %s.%s ProcessGroupNCCL.cpp:4115] [PG ID 0 PG GUID 0 Rank %d]  using GPU %d to perform barrier as devices used by this process are currently unknown. This can potentially cause a hang if this rank to GPU mapping is incorrect.Specify device_ids in barrier() to force use of a particular device,or call init_process_group() with a device_id." % (rk(R), day(R), hms(R), digits(R, 6), R.randint(0, 31), R.randint(0, 7)),
            "%s Could not estimate the number of tokens of the input, floating-point operations will not be computed" % rk(R)])
    def n_wandb(R):
        return "wandb: " + pick(R, ["Tracking run with wandb version 0.19.%d" % R.randint(0, 9), "Run data is saved locally in /opt/ml/output/wandb/run-2029060%d_%s-%s" % (R.randint(1, 9), digits(R, 6), lower(R, 8)),
                                    "Syncing run %s-%s" % (pick(R, ["kestrel-8b-sft", "orca-embed-1b", "tern-1b-dpo"]), lower(R, 5)), "⭐️ View project at https://wandb.ai/marlinspike/%s" % pick(R, ["kestrel", "orca", "tern"]),
                                    "🚀 View run at https://wandb.ai/marlinspike/kestrel/runs/%s" % lower(R, 8), "WARNING Serializing object of type dict that is %d bytes" % R.randint(100000, 900000),
                                    "Network error (ReadTimeout), entering retry loop.", "Currently logged in as: svc-training (marlinspike) to https://api.wandb.ai."])
    def n_resume(R):
        return pick(R, ["Resuming training from checkpoint /opt/ml/checkpoints/checkpoint-%d (job kestrel-8b-sft-%s, spot restart %d)" % (R.randint(1, 20) * 250, lower(R, 5), R.randint(1, 3)),
                        "No checkpoint found in /opt/ml/checkpoints, starting from scratch (job %s)" % lower(R, 10),
                        "Loading checkpoint shards: 100%%|██████████| %d/%d [00:%02d<00:00,  %d.%02ds/it]" % ((lambda n: (n, n))(pick(R, [2, 4, 7])) + (R.randint(3, 59), R.randint(1, 9), R.randint(0, 99)))])
    def n_env(R):
        return pick(R, ["SM_NUM_GPUS=%d" % pick(R, [4, 8]), "SM_CURRENT_HOST=algo-%d" % R.randint(1, 4), "SM_HOSTS=[\"algo-1\",\"algo-2\",\"algo-3\",\"algo-4\"]",
                        "SM_CHANNEL_TRAIN=/opt/ml/input/data/train", "SM_OUTPUT_DATA_DIR=/opt/ml/output/data", "SM_LOG_LEVEL=20", "SM_HP_LEARNING_RATE=%de-05" % R.randint(1, 5),
                        "SM_NETWORK_INTERFACE_NAME=eth0", "SM_MODULE_DIR=s3://marlinspike-sm-%s/%s/source/sourcedir.tar.gz" % (REGION, lower(R, 14))])
    def n_cuda(R):
        return pick(R, ["Using device cuda:%d, %s" % (R.randint(0, 7), pick(R, ["NVIDIA A100-SXM4-40GB", "NVIDIA H100 80GB HBM3"])),
                        "GPU memory after step %d: allocated %d.%d GiB, reserved %d.%d GiB" % (R.randint(10, 5000), R.randint(20, 35), R.randint(0, 9), R.randint(35, 38), R.randint(0, 9)),
                        "torch.cuda.empty_cache() freed %d MiB before evaluation" % R.randint(100, 3000),
                        "Eval found 0 failed samples (0 NaN losses) over %d batches" % R.randint(100, 900)])
    return [n_tk, n_hf, n_eval, n_tqdm, n_ds, n_nccl, n_trainer, n_warn, n_wandb, n_resume, n_env, n_cuda]


def fam_sm(R):
    return build(R, F1, [("kestrel-8b-seq8192-cuda-oom", t_oom), ("orca-embed-1b-allreduce-watchdog-timeout-algo-3-efa", t_nccl),
                         ("heron-3b-train-channel-empty-sft-v3", t_data), ("tern-1b-dpo-truncated-checkpoint-resume", t_ckpt),
                         ("plover-7b-tokenizer-no-pad-token", t_pad), ("wandb-api-key-missing-no-tty", t_wandb)], sm_negs())


# ---------------------------------------------------------------- batch-gpu-embedding-eval-jobs
# "driftwood search": AWS Batch jobs on GPU compute environments (g5/g6), log group /aws/batch/job, stream
# <jobdef>/default/<task id>: embed-backfill (sentence-transformers -> OpenSearch Serverless vector index, status
# in DynamoDB) and nightly-eval (retrieval eval with a PyTorch DataLoader). Python logging, one event per line.
F2 = "batch-gpu-embedding-eval-jobs"


def pl(R, lvl, job, msg):
    return "%s %s [%s] %s" % (tk(R), lvl, job, msg)


def b_driver(R):
    # compute environment gpu-ce-v7 launched with a custom AMI whose driver (535, CUDA 12.2) is older than the
    # job image's torch cu124 build needs
    k = R.random()
    if k < 0.4:
        return "RuntimeError: The NVIDIA driver on your system is too old (found version 12020). Please update your GPU driver by downloading and installing a new version from the URL: http://www.nvidia.com/Download/index.aspx Alternatively, go to: https://pytorch.org to install a PyTorch version that has been compiled with your version of the CUDA driver. (host ip-%s)" % ip10(R, 40).replace(".", "-")
    if k < 0.7:
        return "/usr/local/lib/python3.11/site-packages/torch/cuda/__init__.py:%d: UserWarning: CUDA initialization: The NVIDIA driver on your system is too old (found version 12020). Please update your GPU driver (job %s)" % (R.randint(120, 140), uuid(R))
    return pl(R, "CRITICAL", pick(R, ["embed-backfill", "nightly-eval"]), "CUDA required but torch.cuda.is_available() is False (driver 535.%d.%02d, compute env gpu-ce-v7); exiting 2" % (R.randint(100, 230), R.randint(1, 9)))


def b_shm(R):
    # the nightly-eval job definition has no linuxParameters.sharedMemorySize; 8 DataLoader workers exceed /dev/shm (64 MB)
    k = R.random()
    if k < 0.45:
        return "RuntimeError: DataLoader worker (pid %d) is killed by signal: Bus error. It is possible that dataloader's workers are out of shared memory. Please try to raise your shared memory limit." % R.randint(60, 900)
    if k < 0.75:
        return "ERROR: Unexpected bus error encountered in worker. This might be caused by insufficient shared memory (shm). (nightly-eval worker %d, pid %d)" % (R.randint(0, 7), R.randint(60, 900))
    return pl(R, "ERROR", "nightly-eval", "eval run %s aborted at batch %d/%d: DataLoader worker killed by signal: Bus error" % (lower(R, 8), R.randint(1, 400), 412))


def b_manifest(R):
    # embed-backfill reads the daily export manifest; the export job was moved to another bucket prefix and the
    # backfill still reads exports/daily/, so every run dies on the missing manifest
    k = R.random()
    d = day(R)
    if k < 0.55:
        return pl(R, "ERROR", "embed-backfill", "manifest s3://driftwood-corpus-%s/exports/daily/2029-06-%02d/manifest.json not found (NoSuchKey); nothing to embed, exiting 1" % (REGION, d))
    return "botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist. [exports/daily/2029-06-%02d/manifest.json, request %s]" % (d, upper(R, 16))


def b_ddb(R):
    # the embedding-status table was created with 25 WCU provisioned (not on-demand); backfills write 64 shards at once
    k = R.random()
    if k < 0.5:
        return "botocore.exceptions.ClientError: An error occurred (ProvisionedThroughputExceededException) when calling the BatchWriteItem operation (reached max retries: 9): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (shard %d)" % R.randint(0, 63)
    return pl(R, "ERROR", "embed-backfill", "shard %d/64: gave up writing %d status items to table embedding-status after 9 retries (ProvisionedThroughputExceededException)" % (R.randint(0, 63), R.randint(25, 500)))


def b_aoss(R):
    # the collection's data access policy names the old job role; the new role embed-backfill-job-role-v2 gets 403
    k = R.random()
    if k < 0.5:
        return "opensearchpy.exceptions.AuthorizationException: AuthorizationException(403, 'security_exception', '403 Forbidden') [POST https://%s.%s.aoss.amazonaws.com/_bulk]" % (lower(R, 20), REGION)
    return pl(R, "ERROR", "embed-backfill", "bulk index of %d vectors into docs-v5 rejected: 403 Forbidden for role arn:aws:iam::%s:role/embed-backfill-job-role-v2 (shard %d)" % (R.randint(200, 2000), ACCT, R.randint(0, 63)))


def batch_negs():
    def n_prog(R):
        n = R.randint(1000, 40000)
        s = R.randint(5, 200)
        return pl(R, "INFO", "embed-backfill", "shard %d/64 embedded %d docs in %d.%ds (%d.%d docs/s)" % (R.randint(0, 63), n, s, R.randint(0, 9), n // s, R.randint(0, 9)))
    def n_dev(R):
        return pl(R, "INFO", pick(R, ["embed-backfill", "nightly-eval"]), pick(R, [
            "Using device cuda:0 (%s, %d.%d GiB)" % (pick(R, ["NVIDIA A10G", "NVIDIA L4"]), pick(R, [22, 23]), R.randint(0, 9)),
            "Loaded model driftwood/embed-base-v5 (sha256:%s) in %d.%ds" % (hexs(R, 12), R.randint(2, 30), R.randint(0, 9)),
            "AWS_BATCH_JOB_ID=%s AWS_BATCH_JOB_ATTEMPT=%d" % (uuid(R), R.randint(1, 2)),
            "Found credentials from container provider (role embed-backfill-job-role-v%d)" % R.randint(1, 2)]))
    def n_smi(R):
        return pick(R, ["| NVIDIA-SMI 550.127.%02d             Driver Version: 550.127.%02d     CUDA Version: 12.4     |" % ((lambda v: (v, v))(R.randint(1, 9))),
                        "|   0  NVIDIA A10G                    On  |   00000000:00:1E.0 Off |                    0 |",
                        "|  0%%   %dC    P0             %dW /  300W |    %dMiB /  23028MiB |     %d%%      Default |" % (R.randint(25, 70), R.randint(50, 290), R.randint(0, 22000), R.randint(0, 100)),
                        "| No running processes found                                                              |"])
    def n_eval(R):
        r = R.randint(780, 860)
        return pl(R, "INFO", "nightly-eval", pick(R, [
            "recall@10=0.%d ndcg@10=0.%d mrr=0.%d on %d queries" % (r, R.randint(600, 700), R.randint(500, 650), R.randint(2000, 5000)),
            "eval gate: recall@10=0.%d (threshold 0.780) PASS, candidate embed-base-v%d promoted" % (r, R.randint(5, 7))]))
    def n_gate(R):
        return pl(R, "WARNING", "nightly-eval", "eval gate FAILED for candidate embed-base-v6-rc%d: recall@10=0.%d < 0.780; keeping production model embed-base-v5" % (R.randint(1, 30), R.randint(700, 779)))
    def n_retry(R):
        return pl(R, "INFO", "embed-backfill", pick(R, [
            "retrying BatchWriteItem for %d unprocessed items (attempt %d/8)" % (R.randint(1, 25), R.randint(2, 4)),
            "bulk index shard %d: %d ok, 0 failed" % (R.randint(0, 63), R.randint(200, 2000)),
            "bulk index got 429 for %d of %d docs, backing off %dms and resending (attempt %d)" % (R.randint(1, 20), R.randint(500, 2000), R.randint(100, 2000), R.randint(1, 3))]))
    def n_hfwarn(R):
        return pick(R, ["Token indices sequence length is longer than the specified maximum sequence length for this model (%d > 512). Running this sequence through the model will result in indexing errors" % R.randint(513, 4000),
                        "Some weights of BertModel were not initialized from the model checkpoint at driftwood/rerank-mini-v%d and are newly initialized: ['pooler.dense.bias', 'pooler.dense.weight']" % R.randint(1, 4),
                        "You should probably TRAIN this model on a down-stream task to be able to use it for predictions and inference. (rerank-mini-v%d, pooler unused)" % R.randint(1, 9)])
    def n_skip(R):
        return pl(R, pick(R, ["INFO", "WARNING"]), "embed-backfill", pick(R, [
            "skipping %d documents with empty text in shard %d" % (R.randint(1, 40), R.randint(0, 63)),
            "document %s exceeds 8192 tokens, truncated to 512 for embedding" % uuid(R),
            "manifest s3://driftwood-corpus-%s/exports/v2/daily/2029-06-%02d/manifest.json: %d parts, %d docs" % (REGION, day(R), R.randint(20, 64), R.randint(100000, 900000))]))
    def n_tqdm(R):
        n = R.randint(1, 412)
        return "Evaluating:  %d%%|%s| %d/412 [%02d:%02d<%02d:%02d, %d.%02dit/s]" % (n * 100 // 412, "█" * (n * 10 // 412) + " " * (10 - n * 10 // 412), n, R.randint(0, 20), R.randint(0, 59), R.randint(0, 20), R.randint(0, 59), R.randint(1, 9), R.randint(0, 99))
    def n_done(R):
        return pl(R, "INFO", pick(R, ["embed-backfill", "nightly-eval"]), pick(R, [
            "job finished in %dm%02ds: %d shards, 0 failed" % (R.randint(10, 200), R.randint(0, 59), R.randint(16, 64)),
            "wrote results to s3://driftwood-ml-eval/nightly/2029-06-%02d/%s.json" % (day(R), lower(R, 8)),
            "pinned torch==2.5.1+cu124 transformers==4.47.%d sentence-transformers==3.3.%d" % (R.randint(0, 1), R.randint(0, 1))]))
    def n_tok(R):
        return pl(R, "DEBUG", "embed-backfill", "batch %d: %d texts, %d tokens (max %d, pad id 0, cls id 101)" % (R.randint(1, 9000), R.randint(32, 256), R.randint(4000, 60000), R.randint(128, 512)))
    return [n_prog, n_dev, n_smi, n_eval, n_gate, n_retry, n_hfwarn, n_skip, n_tqdm, n_done, n_tok]


def fam_batch(R):
    return build(R, F2, [("gpu-ce-v7-ami-nvidia-driver-too-old", b_driver), ("nightly-eval-dataloader-shm-bus-error", b_shm),
                         ("embed-backfill-daily-manifest-old-prefix-nosuchkey", b_manifest), ("embedding-status-ddb-provisioned-throughput-exhausted", b_ddb),
                         ("embed-backfill-v2-role-aoss-403", b_aoss)], batch_negs())


FAMILIES = {F1: fam_sm, F2: fam_batch}
