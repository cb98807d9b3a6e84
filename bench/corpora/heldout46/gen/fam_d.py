"""Families: benchling-webhook-py312-lambda-eln-sync, alphafold2-awsbatch-gpu-absl.

Benchling (the company's ELN and registry) sends webhooks through API Gateway to a Python 3.12 Lambda function
"eln-sync" that verifies the signature (the webhook-id / webhook-timestamp / webhook-signature scheme), maps
registered entities and requests to the LIMS API, records them in a DynamoDB table and archives the payload in S3.
It logs with the runtime's default text format (`[INFO]\\t2030-08-06T13:04:11.123Z\\t<request id>\\tmessage`), plus
the platform's START/END/REPORT/INIT_START lines, the runtime's timeout line and `[ERROR] <Type>: msg` records with
the traceback in the same event. Structure predictions run AlphaFold 2.3 (multimer and monomer presets) as AWS Batch
jobs on GPU instances (g5 queue, p4d queue) with the databases on FSx for Lustre and outputs on EFS; the container
logs through the awslogs driver with `awslogs-multiline-pattern` `^([IWEF]\\d{4} |\\[af2-wrapper\\])`, so absl records
(`I0806 13:04:11.123456 140234 run_alphafold.py:191] …`) keep their tracebacks, and a bash wrapper prints
`[af2-wrapper] …` lines."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, DOMAIN,
                    iso_z, absl_ts, moment)

# ---------------------------------------------------------------- benchling-webhook-py312-lambda-eln-sync
E1 = "benchling-webhook-py312-lambda-eln-sync"
EVT = ["v2.entity.registered", "v2.request.created", "v2.assayRun.created", "v2.entry.updated.reviewRecord", "v2.request.updated.status"]


def lam(R, lvl, msg, rid=None):
    return "[%s]\t%s\t%s\t%s" % (lvl, iso_z(R), rid or uuid(R), msg)


def ent(R):
    return "%s_%s" % (pick(R, ["bfi", "seq", "etr", "req", "plt"]), alnum(R, 8))


def wid(R):
    return "msg_%s" % alnum(R, 27)


def report(R, rid, dur, mem, status=None, init=False):
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB" % (rid, dur, int(dur) + 1, mem)
    if init:
        s += "\tInit Duration: %.2f ms" % R.uniform(300, 1400)
    if status:
        s += "\tStatus: %s" % status
    return s


def e_timeout(R):
    # the LIMS moved behind an internal ALB whose security group does not allow the Lambda's subnets;
    # every sync call hangs until the 30 s function timeout
    rid = uuid(R)
    t = R.random()
    if t < 0.45:
        return "%s %s Task timed out after %.2f seconds" % (iso_z(R), rid, R.uniform(30.0, 30.09))
    if t < 0.8:
        return report(R, rid, R.uniform(30000, 30090), R.randint(90, 140), "timeout")
    return lam(R, "WARNING", "LIMS call POST https://lims.int.%s/lims/api/v2/benchling/entities still waiting after 25 s (connect to %s:443)" % (DOMAIN, ip10(R, 31)), rid)


def e_sig(R):
    # the webhook signing secret was rolled in Benchling's app settings; the function still reads the old one
    # from Secrets Manager, so every delivery is refused and Benchling disables the subscription
    t = R.random()
    if t < 0.6:
        return lam(R, "ERROR", "webhook %s rejected: signature verification failed (none of %d v1 signatures matched; secret version AWSCURRENT %s)" % (wid(R), R.randint(1, 2), uuid(R)[:8]))
    return lam(R, "ERROR", "returning 401 for %s from Benchling (app %s): %d deliveries rejected in the last 5 minutes, all signature mismatches" % (pick(R, EVT), "app_%s" % alnum(R, 12), R.randint(5, 300)))


def e_import(R):
    # the "pyjwt" layer version was deleted when the shared layers were pruned; the function's new deployment
    # points to a layer without it and every cold start fails
    rid = uuid(R)
    t = R.random()
    if t < 0.2:
        return "[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'jwt'\nTraceback (most recent call last):"
    if t < 0.6:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ImportModuleError" % (R.uniform(300, 900), pick(R, ["init", "invoke"]))
    return report(R, rid, R.uniform(400, 1200), R.randint(40, 60), "error\tError Type: Runtime.ImportModuleError")


def e_ddb(R):
    # the DynamoDB sync table was recreated from a template whose partition key entity_id is a Number; the
    # function writes strings
    rid = uuid(R)
    e = ent(R)
    t = R.random()
    if t < 0.6:
        return "[ERROR] ClientError: An error occurred (ValidationException) when calling the PutItem operation: One or more parameter values were invalid: Type mismatch for key entity_id expected: N actual: S\nTraceback (most recent call last):\n  File \"/var/task/app.py\", line %d, in handler\n    record_sync(event_id, entity)\n  File \"/var/task/eln_sync/store.py\", line %d, in record_sync\n    table.put_item(Item={\"entity_id\": entity[\"id\"], \"event_id\": event_id, \"synced_at\": now()})" % (R.randint(60, 90), R.randint(20, 50))
    return lam(R, "ERROR", "sync of %s not recorded (PutItem ValidationException: Type mismatch for key entity_id); Benchling will redeliver" % e, rid)


def e_key(R):
    # a registry admin renamed the "Concentration (ng/uL)" field of the Plasmid/Oligo schemas; the mapping looks
    # the old field up and every registration of those schemas fails
    t = R.random()
    if t < 0.6:
        return "[ERROR] KeyError: 'Concentration (ng/uL)'\nTraceback (most recent call last):\n  File \"/var/task/app.py\", line %d, in handler\n    payload = to_lims(entity)\n  File \"/var/task/eln_sync/mapping.py\", line %d, in to_lims\n    \"concentration_ng_ul\": fields[\"Concentration (ng/uL)\"][\"value\"]," % (R.randint(60, 90), R.randint(30, 80))
    return lam(R, "ERROR", "mapping failed for %s (schema %s %s): field 'Concentration (ng/uL)' not present; fields: %s" % (ent(R), "ts_%s" % alnum(R, 8), pick(R, ["Plasmid", "Oligo"]), pick(R, ["Name, Concentration (ng/µL), Backbone, Resistance", "Name, Sequence, Concentration (ng/µL), Purification"])))


def eln_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % uuid(R)

    def n_end(R):
        return "END RequestId: %s" % uuid(R)

    def n_report(R):
        return report(R, uuid(R), R.uniform(40, 2500), R.randint(80, 140), init=R.random() < 0.2)

    def n_init(R):
        return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(40, 70), REGION, hexs(R, 64))

    def n_recv(R):
        return lam(R, "INFO", "received %s webhook %s for %s" % (pick(R, EVT), wid(R), ent(R)))

    def n_verified(R):
        return lam(R, "INFO", "signature ok for %s (timestamp skew %d s)" % (wid(R), R.randint(0, 20)))

    def n_synced(R):
        return lam(R, "INFO", "synced %s to LIMS as %s (HTTP %d, %d ms)" % (ent(R), "QF-%s-%s" % (pick(R, "TPB"), digits(R, 7)), pick(R, [200, 201]), R.randint(40, 900)))

    def n_dup(R):
        return lam(R, "INFO", "webhook %s already processed at %s; duplicate delivery acknowledged" % (wid(R), iso_z(R, 0)))

    def n_ignored(R):
        return lam(R, "INFO", "ignoring event type %s (not subscribed by mapping)" % pick(R, ["v2.entry.created", "v2.workflowTask.updated.status", "v2.entry.updated.fields", "v2.dropdown.updated"]))

    def n_stale(R):
        return lam(R, "WARNING", "webhook %s timestamp %d s outside the 300 s tolerance (replayed delivery); returning 400" % (wid(R), R.randint(301, 90000)))

    def n_429(R):
        return lam(R, "WARNING", "Benchling API 429 Too Many Requests on GET /api/v2/%s/%s; retrying after %d s (attempt %d)" % (pick(R, ["custom-entities", "requests", "dna-sequences"]), ent(R), R.randint(1, 8), R.randint(1, 2)))

    def n_429ok(R):
        return lam(R, "INFO", "Benchling API GET /api/v2/%s/%s succeeded after %d retries" % (pick(R, ["custom-entities", "requests"]), ent(R), R.randint(1, 2)))

    def n_archive(R):
        return lam(R, "INFO", "archived payload to s3://quillfen-eln-archive-%s/webhooks/2030/08/%02d/%s.json (%d bytes)" % (REGION, R.randint(2, 28), wid(R), R.randint(900, 40000)))

    def n_json(R):
        return lam(R, "DEBUG", jds({"event": pick(R, EVT), "entity": ent(R), "lims_status": pick(R, [200, 201]), "error": None, "retries": 0}))

    def n_draft(R):
        return lam(R, "INFO", "%s is a draft entity (not registered); skipped" % ent(R))

    def n_reject(R):
        return lam(R, "WARNING", "LIMS rejected %s: 422 {\"detail\":\"project %s is closed for new samples\"}; requester notified in Benchling" % (ent(R), pick(R, ["QF-MB-006", "QF-RNA-009", "QF-ONC-020"])))

    def n_extension(R):
        return "EXTENSION\tName: %s\tState: Ready\tEvents: [INVOKE, SHUTDOWN]" % pick(R, ["AWSParametersAndSecretsLambdaExtension", "lambda-insights"])

    def n_bad_body(R):
        return lam(R, "WARNING", "request without webhook-signature header from %s (user agent %s); returning 400" % (pick(R, ["198.51.100.%d" % R.randint(1, 254), "203.0.113.%d" % R.randint(1, 254)]), pick(R, ["curl/8.5.0", "python-requests/2.32.3", "Go-http-client/1.1"])))

    return [n_start, n_end, n_report, n_init, n_recv, n_verified, n_synced, n_dup, n_ignored, n_stale, n_429, n_429ok,
            n_archive, n_json, n_draft, n_reject, n_extension, n_bad_body]


def jds(d):
    import json
    return json.dumps(d)


# ---------------------------------------------------------------- alphafold2-awsbatch-gpu-absl
A1 = "alphafold2-awsbatch-gpu-absl"


def ab(R, lvl, src, msg):
    return "%s %d %s] %s" % (absl_ts(R, lvl), R.randint(139000000000000, 140999999999999), src, msg)


def wr(R, msg):
    return "[af2-wrapper] %s" % msg


def target(R):
    return "%s-%s" % (pick(R, ["QF-AB", "QF-ENZ", "QF-TCR", "QF-CAS"]), digits(R, 4))


def e_gpuoom(R):
    # the job queue sends every multimer job to the g5 compute environment (A10G, 24 GB); complexes above
    # ~2,000 residues need the A100 80 GB queue and run out of device memory
    tg = target(R)
    t = R.random()
    if t < 0.55:
        return ab(R, "I", "run_alphafold.py:%d" % R.randint(200, 210), "Running model model_%d_multimer_v3_pred_0 on %s\nTraceback (most recent call last):\n  File \"/app/alphafold/run_alphafold.py\", line 432, in <module>\n    app.run(main)\n  File \"/app/alphafold/alphafold/model/model.py\", line 165, in predict\n    result = self.apply(self.params, jax.random.PRNGKey(random_seed), feat)\njaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate %d bytes." % (R.randint(1, 5), tg, R.randint(26 * 10 ** 9, 60 * 10 ** 9)))
    return wr(R, "%s (%d residues, %d chains) failed with exit code 1 on g5.%s: RESOURCE_EXHAUSTED (GPU memory); no retry queue configured" % (tg, R.randint(2100, 4800), R.randint(2, 8), pick(R, ["2xlarge", "4xlarge", "12xlarge"])))


def e_bfd(R):
    # the FSx data repository association was re-created with the databases under /fsx/af2db/2024; the job
    # definition still passes /fsx/alphafold/bfd
    tg = target(R)
    t = R.random()
    if t < 0.6:
        return ab(R, "E", "hhblits.py:%d" % R.randint(140, 145), "HHblits failed. HHblits stderr begin:\n- %02d:%02d:%02d.%03d ERROR: could not open file '/fsx/alphafold/bfd/bfd_metaclust_clu_complete_id30_c90_final_seq.sorted_opt_cs219.ffdata'\nHHblits stderr end" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)))
    return wr(R, "%s failed in the MSA stage: RuntimeError: HHblits failed (database path /fsx/alphafold/bfd)" % tg)


def e_tmp(R):
    # jackhmmer's Stockholm output for deep MSAs goes to /tmp on the 30 GiB root volume of the Batch AMI
    tg = target(R)
    t = R.random()
    if t < 0.6:
        return ab(R, "E", "jackhmmer.py:%d" % R.randint(130, 140), "Jackhmmer (uniref90.fasta) failed\nstderr:\nFatal exception (source file esl_msafile_stockholm.c, line %d):\nStockholm MSA write failed: No space left on device\n\nsystem error: No space left on device" % R.randint(1800, 1900))
    return wr(R, "%s failed: /tmp on %s 100%% used (30 GiB root volume) during jackhmmer" % (tg, "i-0" + hexs(R, 16)))


def e_driver(R):
    # the ECS GPU-optimised AMI pinned in the launch template ships a driver older than the container's CUDA
    # 12.4 build: JAX falls back to CPU (jobs hit the 12 h timeout) and OpenMM relaxation cannot load its kernels
    tg = target(R)
    t = R.random()
    if t < 0.35:
        return ab(R, "W", "xla_bridge.py:%d" % R.randint(900, 990), "CUDA backend failed to initialize: Unable to use CUDA because of the following issues with CUDA components:\nOutdated CUDA driver found. The NVIDIA driver's CUDA version is 12.2 which is older than the minimum supported (12.4). (Set TF_CPP_MIN_LOG_LEVEL=0 and rerun for more info.)")
    if t < 0.55:
        return ab(R, "W", "xla_bridge.py:%d" % R.randint(900, 990), "An NVIDIA GPU may be present on this machine, but a CUDA-enabled jaxlib is not installed. Falling back to cpu.")
    if t < 0.8:
        return ab(R, "E", "amber_minimize.py:%d" % R.randint(400, 420), "Minimization failed for %s: openmm.OpenMMException: Error loading CUDA module: CUDA_ERROR_UNSUPPORTED_PTX_VERSION (222)" % tg)
    return wr(R, "%s killed: job attempt duration exceeded 43200 s timeout (model running on CPU)" % tg)


def e_efsperm(R):
    # the rebuilt image runs as uid 50001 while the EFS access point for results enforces uid 1000 with 0755
    # directories; the results cannot be written
    tg = target(R)
    proj = pick(R, ["QF-PRJ-0412", "QF-PRJ-0388", "QF-PRJ-0431"])
    t = R.random()
    if t < 0.6:
        return ab(R, "E", "run_alphafold.py:%d" % R.randint(180, 190), "Cannot write outputs for %s\nTraceback (most recent call last):\n  File \"/app/alphafold/run_alphafold.py\", line 187, in predict_structure\n    with open(features_output_path, 'wb') as f:\nPermissionError: [Errno 13] Permission denied: '/mnt/af2-out/%s/%s/features.pkl'" % (tg, proj, tg))
    return wr(R, "%s: mkdir /mnt/af2-out/%s/%s: Permission denied (uid 50001, access point fsap-0%s)" % (tg, proj, tg, hexs(R, 16)))


def af_negs():
    def n_predict(R):
        return ab(R, "I", "run_alphafold.py:%d" % R.randint(190, 195), "Predicting %s" % target(R))

    def n_model(R):
        return ab(R, "I", "run_alphafold.py:%d" % R.randint(200, 210), "Running model model_%d_%s on %s" % (R.randint(1, 5), pick(R, ["multimer_v3_pred_%d" % R.randint(0, 4), "ptm"]), target(R)))

    def n_time(R):
        return ab(R, "I", "run_alphafold.py:%d" % R.randint(210, 220), "Total JAX model model_%d_%s on %s predict time (includes compilation time, see --benchmark): %.1fs" % (R.randint(1, 5), pick(R, ["ptm", "multimer_v3_pred_0"]), target(R), R.uniform(40, 3000)))

    def n_jack(R):
        return ab(R, "I", "utils.py:36", "Started Jackhmmer (%s) query" % pick(R, ["uniref90.fasta", "mgy_clusters_2022_05.fa", "uniprot.fasta"]))

    def n_jackdone(R):
        return ab(R, "I", "utils.py:40", "Finished Jackhmmer (%s) query in %.3f seconds" % (pick(R, ["uniref90.fasta", "mgy_clusters_2022_05.fa"]), R.uniform(60, 3000)))

    def n_hh(R):
        return ab(R, "I", "utils.py:40", "Finished HHblits query in %.3f seconds" % R.uniform(100, 4000))

    def n_launch(R):
        return ab(R, "I", "jackhmmer.py:%d" % R.randint(130, 135), "Launching subprocess \"/usr/bin/jackhmmer -o /dev/null -A /tmp/tmp%s/output.sto --noali --F1 0.0005 --F2 5e-05 --F3 5e-07 --incE 0.0001 -E 0.0001 --cpu 8 -N 1 /tmp/%s.fasta /fsx/af2db/2024/uniref90/uniref90.fasta\"" % (lower(R, 8), target(R)))

    def n_seed(R):
        return ab(R, "I", "run_alphafold.py:%d" % R.randint(440, 450), "Using random seed %d for the data pipeline" % R.randint(10 ** 17, 10 ** 18))

    def n_tpu(R):
        return ab(R, "I", "xla_bridge.py:%d" % R.randint(880, 890), "Unable to initialize backend '%s': %s" % pick(R, [("tpu", "INTERNAL: Failed to open libtpu.so: libtpu.so: cannot open shared object file: No such file or directory"), ("rocm", "module 'jaxlib.xla_extension' has no attribute 'GpuAllocatorConfig'")]))

    def n_trt(R):
        return "%s %d tensorflow/compiler/tf2tensorrt/utils/py_utils.cc:38] TF-TRT Warning: Could not find TensorRT" % (absl_ts(R, "W"), R.randint(139000000000000, 140999999999999))

    def n_relax(R):
        return ab(R, "I", "amber_minimize.py:%d" % R.randint(400, 410), "alterations info: {'nonstandard_residues': [], 'removed_heterogens': set(), 'missing_atoms': {}, 'missing_heavy_atoms': {}, 'missing_hydrogens': %d}" % R.randint(1000, 30000))

    def n_relaxed(R):
        return ab(R, "I", "run_alphafold.py:%d" % R.randint(270, 280), "Final timings for %s: {'features': %.1f, 'process_features_model_1_ptm': %.1f, 'predict_and_compile_model_1_ptm': %.1f, 'relax_model_1_ptm': %.1f}" % (target(R), R.uniform(300, 6000), R.uniform(1, 9), R.uniform(40, 900), R.uniform(10, 90)))

    def n_plddt(R):
        return wr(R, "%s done: ranked_0 mean pLDDT %.1f, ipTM %.2f; %d%% of residues below pLDDT 50 (reported to requester)" % (target(R), R.uniform(35, 94), R.uniform(0.1, 0.92), R.randint(0, 60)))

    def n_invalid(R):
        return wr(R, "%s rejected before start: input FASTA contains non-standard residue '%s' at position %d (submitter notified)" % (target(R), pick(R, "BJOUXZ"), R.randint(2, 900)))

    def n_wstart(R):
        return wr(R, "job %s attempt 1 on %s (%s), databases /fsx/af2db/2024, preset %s" % (uuid(R), pick(R, ["g5.12xlarge", "g5.4xlarge", "p4d.24xlarge"]), "i-0" + hexs(R, 16), pick(R, ["monomer_ptm", "multimer"])))

    def n_sync(R):
        return wr(R, "uploaded %d files (%.1f MiB) from /mnt/af2-out/%s/%s to s3://quillfen-structures-%s/, 0 failed" % (R.randint(10, 40), R.uniform(20, 900), pick(R, ["QF-PRJ-0412", "QF-PRJ-0388"]), target(R), REGION))

    def n_cancel(R):
        return wr(R, "job %s terminated by user %s (CancelJob: superseded by a new submission)" % (uuid(R), pick(R, ["hsato", "iadeyemi", "gpetrov"])))

    def n_nvsmi(R):
        return wr(R, "nvidia-smi: %s, driver 550.%d.%02d, %d MiB / %d MiB used, ecc_errors=0" % (pick(R, ["NVIDIA A10G", "NVIDIA A100-SXM4-40GB"]), R.randint(54, 127), R.randint(1, 20), R.randint(0, 3000), pick(R, [23028, 40960])))

    def n_template(R):
        return ab(R, "W", "templates.py:%d" % R.randint(870, 890), "Skipping template %s_%s: release date %s is after the max template date 2030-01-01" % (digits(R, 1) + lower(R, 3), pick(R, "ABCD"), "2030-0%d-%02d" % (R.randint(2, 7), R.randint(1, 28))))

    return [n_predict, n_model, n_time, n_jack, n_jackdone, n_hh, n_launch, n_seed, n_tpu, n_trt, n_relax, n_relaxed,
            n_plddt, n_invalid, n_wstart, n_sync, n_cancel, n_nvsmi, n_template]


FAMILIES = {
    E1: lambda R: build(R, E1, [("lims-alb-sg-blocks-lambda-timeout", e_timeout),
                                ("benchling-webhook-secret-rolled", e_sig),
                                ("pyjwt-layer-version-deleted", e_import),
                                ("sync-table-entity-id-number-key", e_ddb),
                                ("registry-concentration-field-renamed", e_key)], eln_negs()),
    A1: lambda R: build(R, A1, [("multimer-jobs-on-g5-24gb-gpu-oom", e_gpuoom),
                                ("fsx-dra-moved-bfd-path", e_bfd),
                                ("jackhmmer-tmp-on-30gib-root-volume", e_tmp),
                                ("gpu-ami-driver-older-than-cuda-12-4", e_driver),
                                ("image-uid-50001-vs-efs-access-point-uid-1000", e_efsperm)], af_negs()),
}
