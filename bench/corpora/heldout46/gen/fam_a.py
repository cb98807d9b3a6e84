"""Families: seqrun-novaseqx-runwatch-bclconvert4-ec2, cromwell87-wdl-awsbatch-backend-ecs.

The invented biotech "quillfen" (us-east-2, domain quillfen.example) sequences on two NovaSeq X instruments whose
output share (an FSx for NetApp ONTAP volume mounted over NFS) is watched by "runwatch", an in-house Python 3.11
service on an EC2 host in the lab VPC: it waits for CopyComplete.txt, uploads the run folder to S3, runs BCL Convert
4.x on the same host and tells the pipeline (an SQS queue) that FASTQs are ready. runwatch logs with Python's
logging (`2030-08-06 13:04:11,123 [ERROR] runwatch.uploader: …`, tracebacks kept in the record); BCL Convert's
stdout/stderr (`2030-08-06T13:04:11Z thread 140231 …`) is appended by runwatch to the same file, which the CloudWatch
agent ships with a timestamp multi-line start pattern. Secondary analysis runs on Cromwell 87 in server mode on ECS
with the AWS Batch backend; its logback console lines (`2030-08-06 13:04:11,123
cromwell-system-akka.dispatchers.engine-dispatcher-43 INFO  - WorkflowManagerActor: …`, stack traces below) go
through the awslogs driver with a datetime-format delimiter, so a stack trace stays in its record."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, DOMAIN,
                    py_ts, iso_z, moment, letters_up)

# ---------------------------------------------------------------- seqrun-novaseqx-runwatch-bclconvert4-ec2
S1 = "seqrun-novaseqx-runwatch-bclconvert4-ec2"
INSTR = ["LH00412", "LH00577"]
PROJECTS = ["QF-ONC-041", "QF-RNA-017", "QF-CRISPR-009", "QF-WGS-112", "QF-SC-023", "QF-MB-006"]


def run_id(R):
    return "203008%02d_%s_%04d_%s" % (R.randint(2, 28), pick(R, INSTR), R.randint(100, 400), pick(R, ["A", "B"]) + "22" + letters_up(R, 4) + "LT" + digits(R, 1))


def rw(R, lvl, logger, msg):
    return "%s [%s] runwatch.%s: %s" % (py_ts(R), lvl, logger, msg)


def bc(R, msg):
    return "%s thread %d %s" % (iso_z(R, 0), R.randint(139000, 140999), msg)


def sample(R):
    return "%s-%s%s" % (pick(R, ["QS", "QT", "QX"]), digits(R, 5), pick(R, ["", "-R", "-T", "-N"]))


def e_kms_multipart(R):
    # the run bucket's default encryption moved to a customer managed KMS key; the uploader role got
    # kms:GenerateDataKey but not kms:Decrypt, which multipart uploads need: every file above the 8 MiB
    # multipart threshold (all CBCL files) fails, small files go through
    r = run_id(R)
    ln = R.randint(1, 8)
    f = "Data/Intensities/BaseCalls/L00%d/C%d.1/L00%d_%d.cbcl" % (ln, R.randint(1, 310), ln, R.randint(1, 2))
    t = R.random()
    if t < 0.55:
        return rw(R, "ERROR", "uploader", "upload failed for %s/%s\nTraceback (most recent call last):\n  File \"/opt/runwatch/runwatch/uploader.py\", line %d, in _put\n    self.s3.upload_file(src, self.bucket, key, Config=self.tcfg)\n  File \"/opt/runwatch/venv/lib/python3.11/site-packages/boto3/s3/transfer.py\", line 372, in upload_file\n    raise S3UploadFailedError(\nboto3.exceptions.S3UploadFailedError: Failed to upload /mnt/novaseq/%s/%s to quillfen-seq-runs-%s/runs/%s/%s: An error occurred (AccessDenied) when calling the CreateMultipartUpload operation: User: arn:aws:sts::%s:assumed-role/quillfen-runwatch/i-0%s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:%s:%s:key/%s because no identity-based policy allows the kms:Decrypt action" % (
            r, f, R.randint(180, 200), r, f, REGION, r, f, ACCT, hexs(R, 16), REGION, ACCT, "6f1c2a9e-4b7d-4e31-9a0c-58d2e7b3f104"))
    return rw(R, "ERROR", "uploader", "run %s upload FAILED after 3 attempts: %d of %d files uploaded, %d failed (AccessDenied on multipart upload); FASTQ generation not started" % (r, R.randint(20, 90), R.randint(4000, 9000), R.randint(3900, 8900)))


def e_override(R):
    # the lab's sample-sheet template was switched to 10-bp UDI OverrideCycles while the NovaSeq X recipes still
    # read 8-bp indexes: BCL Convert refuses every run built from the new template
    r = run_id(R)
    t = R.random()
    if t < 0.5:
        return bc(R, "ERROR: Sample sheet /mnt/novaseq/%s/SampleSheet.csv: OverrideCycles Y151;I10;I10;Y151 does not match the run's read structure from RunInfo.xml (Y151;I8;I8;Y151): index read 1 has 8 cycles, OverrideCycles specifies 10" % r)
    return rw(R, "ERROR", "demux", "bcl-convert exited with status 1 for run %s (sample sheet %s, template v%s): see Logs/Errors.log; %d samples of %s not demultiplexed" % (r, "SampleSheet.csv", pick(R, ["2.4", "2.4.1"]), R.randint(24, 384), pick(R, PROJECTS)))


def e_scratch(R):
    # BCL Convert writes FASTQs to a 2 TiB gp3 scratch volume sized for NovaSeq 6000 S4; 25B flowcells overflow it
    r = run_id(R)
    t = R.random()
    if t < 0.5:
        return bc(R, "ERROR: Failed writing /scratch/demux/%s/%s/%s_S%d_L00%d_R%d_001.fastq.gz: No space left on device (errno 28)" % (r, pick(R, PROJECTS), sample(R), R.randint(1, 384), R.randint(1, 8), R.randint(1, 2)))
    if t < 0.75:
        return rw(R, "ERROR", "demux", "bcl-convert killed with status 134 for run %s after %d min; /scratch 100%% used (2.0T of 2.0T)" % (r, R.randint(40, 190)))
    return rw(R, "WARNING", "diskwatch", "/scratch free space %.1f GiB (< 50 GiB) while demultiplexing %s; output will not fit (estimated %d GiB)" % (R.uniform(0.1, 40), r, R.randint(2300, 3400)))


def e_stale(R):
    # the ONTAP volume was moved to a new SVM during maintenance; runwatch kept its old NFS mount and every
    # directory scan fails until the host remounts
    r = run_id(R)
    t = R.random()
    if t < 0.6:
        return rw(R, "ERROR", "watcher", "scan of /mnt/novaseq failed\nTraceback (most recent call last):\n  File \"/opt/runwatch/runwatch/watcher.py\", line %d, in scan\n    for entry in os.scandir(self.root):\nOSError: [Errno 116] Stale file handle: '/mnt/novaseq%s'" % (R.randint(60, 90), pick(R, ["", "/" + r])))
    return rw(R, "ERROR", "watcher", "no scan completed for %d min (last error: [Errno 116] Stale file handle); completed runs on %s are not being picked up" % (R.randint(10, 400), pick(R, INSTR)))


def e_queue(R):
    # the IaC refactor renamed the "fastq-ready" queue; runwatch still sends to the old URL, so Cromwell never
    # hears about finished demultiplexing
    r = run_id(R)
    t = R.random()
    if t < 0.6:
        return rw(R, "ERROR", "notify", "cannot announce FASTQs for %s: botocore.errorfactory.QueueDoesNotExist: An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the SendMessage operation: The specified queue does not exist." % r)
    return rw(R, "ERROR", "notify", "giving up on fastq-ready message for %s after 5 attempts (queue https://sqs.%s.amazonaws.com/%s/quillfen-fastq-ready); analysis will not start" % (r, REGION, ACCT))


def seq_negs():
    def n_seen(R):
        return rw(R, "INFO", "watcher", "new run folder %s (RunParameters.xml: %s, flowcell %s, %s)" % (run_id(R), pick(R, ["NovaSeqXPlus", "NovaSeqX"]), pick(R, ["10B", "25B", "1.5B"]), pick(R, ["151-10-10-151", "151-8-8-151", "61-8-0-0"])))

    def n_copy(R):
        return rw(R, "INFO", "watcher", "%s: CopyComplete.txt present, RTAComplete.txt present; queued for upload" % run_id(R))

    def n_progress(R):
        n = R.randint(2000, 9000)
        return rw(R, "INFO", "uploader", "%s: %d/%d files uploaded (%.1f GiB, %d MiB/s)" % (run_id(R), R.randint(1, n), n, R.uniform(10, 900), R.randint(200, 1200)))

    def n_done(R):
        return rw(R, "INFO", "uploader", "%s uploaded to s3://quillfen-seq-runs-%s/runs/ (%d files, 0 failed, manifest sha256 %s)" % (run_id(R), REGION, R.randint(2000, 9000), hexs(R, 64)))

    def n_retry(R):
        return rw(R, "WARNING", "uploader", "retrying part %d of %s after SlowDown (attempt 2/5); succeeded" % (R.randint(1, 900), "L00%d_%d.cbcl" % (R.randint(1, 8), R.randint(1, 2))))

    def n_skip(R):
        return rw(R, "INFO", "uploader", "%s already uploaded (manifest matches, etag %s); skipping" % (run_id(R), hexs(R, 32)))

    def n_aborted(R):
        return rw(R, "WARNING", "watcher", "%s: RunCompletionStatus.xml reports RunAborted by user %s on instrument; run ignored" % (run_id(R), pick(R, ["kpatel", "mzhou", "aokafor", "lfischer"])))

    def n_heartbeat(R):
        return rw(R, "DEBUG", "main", "heartbeat: watching 2 instruments, %d runs in progress, queue depth %d, errors=0" % (R.randint(0, 4), R.randint(0, 3)))

    def n_bc_ver(R):
        return bc(R, "bcl-convert Version 00.000.000.4.%d.%d" % (R.randint(2, 3), R.randint(4, 9)))

    def n_bc_start(R):
        return rw(R, "INFO", "demux", "starting bcl-convert --bcl-input-directory /mnt/novaseq/%s --output-directory /scratch/demux/%s --sample-sheet SampleSheet.csv --bcl-num-parallel-tiles %d --no-lane-splitting true" % ((run_id(R),) * 2 + (R.randint(2, 8),)))

    def n_bc_complete(R):
        return bc(R, "Conversion Complete. %d samples, %d lanes, %d tiles processed in %dm%02ds" % (R.randint(8, 384), R.randint(1, 8), R.randint(200, 2000), R.randint(20, 160), R.randint(0, 59)))

    def n_bc_undet(R):
        return bc(R, "Lane %d: %d%% of reads assigned to Undetermined (%d of %d clusters)" % (R.randint(1, 8), R.randint(1, 6), R.randint(10 ** 6, 9 * 10 ** 6), R.randint(10 ** 8, 9 * 10 ** 8)))

    def n_bc_warn_ntc(R):
        return bc(R, "WARNING: Sample %s (NTC) has %d reads" % (pick(R, ["NTC-%02d" % R.randint(1, 12), "NTC_%s" % pick(R, PROJECTS)]), R.randint(0, 300)))

    def n_bc_warn_adapter(R):
        return bc(R, "WARNING: AdapterRead1 not set in [BCLConvert_Settings]; adapter trimming disabled for %s" % pick(R, PROJECTS))

    def n_qc_fail(R):
        return rw(R, "WARNING", "qc", "sample %s in %s failed yield QC: %.1f M reads < %d M minimum; flagged for re-pooling (lab notified)" % (sample(R), pick(R, PROJECTS), R.uniform(0.2, 9), pick(R, [10, 20, 30])))

    def n_qc_ok(R):
        return rw(R, "INFO", "qc", "%s: %%Q30 %.1f, PF %.1f%%, occupancy %.1f%%, 0 samples below threshold" % (run_id(R), R.uniform(85, 96), R.uniform(70, 88), R.uniform(90, 99)))

    def n_barcode(R):
        return rw(R, "WARNING", "samplesheet", "%s: sample id '%s' in SampleSheet.csv not found in LIMS (typo?); demultiplexed under the given id, lab asked to confirm" % (run_id(R), sample(R)))

    def n_notify(R):
        return rw(R, "INFO", "notify", "fastq-ready sent for %s (MessageId %s)" % (run_id(R), uuid(R)))

    def n_df(R):
        return rw(R, "INFO", "diskwatch", "/scratch %d%% used (%d GiB free), /mnt/novaseq reachable" % (R.randint(5, 70), R.randint(600, 1900)))

    def n_cleanup(R):
        return rw(R, "INFO", "janitor", "removed local demux output of %s (%d GiB) after S3 copy verified" % (run_id(R), R.randint(80, 1500)))

    return [n_seen, n_copy, n_progress, n_done, n_retry, n_skip, n_aborted, n_heartbeat, n_bc_ver, n_bc_start,
            n_bc_complete, n_bc_undet, n_bc_warn_ntc, n_bc_warn_adapter, n_qc_fail, n_qc_ok, n_barcode, n_notify,
            n_df, n_cleanup]


# ---------------------------------------------------------------- cromwell87-wdl-awsbatch-backend-ecs
C1 = "cromwell87-wdl-awsbatch-backend-ecs"
WFS = ["GermlineSNV", "SomaticPair", "RnaSeqQuant", "ScAtacPreprocess", "CrisprScreenCount"]
CALLS = {"GermlineSNV": ["BwaMem2Align", "MarkDuplicates", "BaseRecalibrator", "HaplotypeCaller", "GenotypeGVCFs"],
         "SomaticPair": ["BwaMem2Align", "Mutect2", "FilterMutectCalls", "Funcotate"],
         "RnaSeqQuant": ["StarAlign", "Salmon", "RSeQC"],
         "ScAtacPreprocess": ["ChromapAlign", "ArchRProject"],
         "CrisprScreenCount": ["MageckCount", "MageckTest"]}


def cw(R, lvl, disp, msg):
    return "%s cromwell-system-akka.dispatchers.%s-%d %-5s - %s" % (py_ts(R), disp, R.randint(2, 90), lvl, msg)


def wcall(R):
    w = pick(R, WFS)
    return w, "%s.%s" % (w, pick(R, CALLS[w]))


def tag(R, u, call):
    return "[UUID(%s)%s:%s:%d]" % (u[:8], call, pick(R, ["NA"] + [str(i) for i in range(0, 24)]), R.randint(1, 2))


AKKA_TAIL = "\n\tat akka.actor.Actor.aroundReceive(Actor.scala:537)\n\tat akka.actor.ActorCell.receiveMessage(ActorCell.scala:579)\n\tat akka.dispatch.Mailbox.run(Mailbox.scala:231)\n\tat java.base/java.util.concurrent.ForkJoinTask.doExec(ForkJoinTask.java:387)"


def e_hikari(R):
    # the metadata database (Aurora MySQL) pool is 20 connections for 6 Cromwell servers after the autoscaling
    # change; metadata writes and workflow-store polls time out
    t = R.random()
    if t < 0.4:
        return cw(R, "ERROR", "engine-dispatcher", "WorkflowStoreEngineActor: Error trying to fetch new workflows\njava.sql.SQLTransientConnectionException: db - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d).\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)\n\tat slick.jdbc.hikaricp.HikariCPJdbcDataSource.createConnection(HikariCPJdbcDataSource.scala:14)\n\tat slick.jdbc.JdbcBackend$BaseSession.<init>(JdbcBackend.scala:453)" % R.randint(3, 90))
    if t < 0.75:
        return cw(R, "ERROR", "service-dispatcher", "WriteMetadataActor: Metadata event writes have failed %d consecutive times. Current batch size: %d\njava.sql.SQLTransientConnectionException: db - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)." % (R.randint(2, 40), R.randint(100, 5000), R.randint(3, 90)))
    return cw(R, "WARN", "engine-dispatcher", "WorkflowStoreHeartbeatWriteActor: Failed to write %d heartbeats: db - Connection is not available, request timed out after 30000ms. Workflows may be picked up by another Cromwell instance." % R.randint(1, 60))


def e_ecr(R):
    # the shared tool images moved to a new ECR repository path; the WDL runtime blocks still reference the
    # deleted gatk/bwa repositories, so every Batch job of those tasks fails to pull
    u = uuid(R)
    w, call = wcall(R)
    img = "%s.dkr.ecr.%s.amazonaws.com/quillfen/%s" % (ACCT, REGION, pick(R, ["gatk:4.6.1.0", "bwa-mem2:2.2.1", "samtools:1.21"]))
    t = R.random()
    if t < 0.5:
        return cw(R, "INFO", "backend-dispatcher", "AwsBatchAsyncBackendJobExecutionActor %s: Status change from Initializing to Failed: CannotPullContainerError: Error response from daemon: pull access denied for %s, repository does not exist or may require 'docker login'" % (tag(R, u, call), img.rsplit(":", 1)[0]))
    return cw(R, "ERROR", "engine-dispatcher", "WorkflowManagerActor: Workflow %s failed (during ExecutingWorkflowState): cromwell.core.CromwellFatalException: java.lang.RuntimeException: Task %s:%d:1 failed for unknown reason: CannotPullContainerError: pull access denied for %s\n\tat cromwell.backend.impl.aws.AwsBatchAsyncBackendJobExecutionActor.handleExecutionFailure(AwsBatchAsyncBackendJobExecutionActor.scala:%d)%s" % (u, call, R.randint(0, 23), img, R.randint(500, 560), AKKA_TAIL))


def e_refs(R):
    # the reference bucket's new policy only allows the analysis VPC endpoint; Cromwell's own localisation
    # (HeadObject from the server's subnet) is denied, so workflows fail before any task starts
    u = uuid(R)
    ref = pick(R, ["GRCh38/Homo_sapiens_assembly38.fasta", "GRCh38/Homo_sapiens_assembly38.dbsnp138.vcf.gz", "GRCh38/wgs_calling_regions.hg38.interval_list", "GRCm39/star_2.7.11b/SA", "GRCh38/gencode.v46.annotation.gtf"])
    t = R.random()
    if t < 0.5:
        return cw(R, "ERROR", "engine-dispatcher", "WorkflowManagerActor: Workflow %s failed (during MaterializingWorkflowDescriptorState): cromwell.engine.workflow.lifecycle.materialization.MaterializeWorkflowDescriptorActor$$anon$1: Workflow input processing failed:\nsoftware.amazon.awssdk.services.s3.model.S3Exception: Access Denied (Service: S3, Status Code: 403, Request ID: %s, Extended Request ID: %s)\n\ts3://quillfen-references-%s/%s" % (u, upper(R, 16), alnum(R, 56), REGION, ref))
    return cw(R, "WARN", "io-dispatcher", "IoActor: Failed to check existence of s3://quillfen-references-%s/%s: java.nio.file.AccessDeniedException: s3://quillfen-references-%s/%s: Access Denied (Service: S3, Status Code: 403)" % (REGION, ref, REGION, ref))


def e_oom(R):
    # BwaMem2Align runs with memory: "16 GiB" but the 10B-flowcell WGS samples need ~28 GiB for the index +
    # threads; the container is OOM-killed on every attempt
    u = uuid(R)
    w = pick(R, ["GermlineSNV", "SomaticPair"])
    call = "%s.BwaMem2Align" % w
    t = R.random()
    if t < 0.4:
        return cw(R, "INFO", "backend-dispatcher", "AwsBatchAsyncBackendJobExecutionActor %s: Status change from Running to Failed: OutOfMemoryError: Container killed due to memory usage (exit code 137)" % tag(R, u, call))
    if t < 0.7:
        return cw(R, "WARN", "backend-dispatcher", "AwsBatchAsyncBackendJobExecutionActor %s: Retrying job after exit code 137 (OutOfMemoryError: Container killed due to memory usage); attempt %d of 2 with the same memory (16 GiB)" % (tag(R, u, call), R.randint(1, 2)))
    return cw(R, "ERROR", "engine-dispatcher", "WorkflowManagerActor: Workflow %s failed (during ExecutingWorkflowState): java.lang.Exception: Task %s:%d:2 failed. The job was stopped before the command finished. AWS Batch status reason: OutOfMemoryError: Container killed due to memory usage. Check the content of stderr for potential additional information: s3://quillfen-cromwell-exec-%s/cromwell-execution/%s/%s/call-BwaMem2Align/shard-%d/attempt-2/stderr.%s" % (u, call, R.randint(0, 23), REGION, w, u, R.randint(0, 23), AKKA_TAIL))


def e_heap(R):
    # metadata summarisation of the 20k-shard CRISPR screen workflows does not fit the server's -Xmx4g
    t = R.random()
    if t < 0.5:
        return cw(R, "ERROR", "service-dispatcher", "MetadataSummaryRefreshActor: Error summarizing metadata\njava.lang.OutOfMemoryError: Java heap space\n\tat scala.collection.mutable.ArrayBuffer.ensureSize(ArrayBuffer.scala:%d)\n\tat cromwell.services.metadata.impl.MetadataDatabaseAccess.summarizeMetadata(MetadataDatabaseAccess.scala:%d)" % (R.randint(60, 90), R.randint(200, 260)))
    if t < 0.75:
        return cw(R, "ERROR", "api-dispatcher", "CromwellApiService: GET /api/workflows/v1/%s/metadata failed: java.lang.OutOfMemoryError: Java heap space" % uuid(R))
    return cw(R, "ERROR", "default-dispatcher", "ActorSystemImpl: Uncaught error from thread [cromwell-system-akka.dispatchers.service-dispatcher-%d]: Java heap space, shutting down JVM since 'akka.jvm-exit-on-fatal-error' is enabled for ActorSystem[cromwell-system]\njava.lang.OutOfMemoryError: Java heap space" % R.randint(2, 90))


def crom_negs():
    def n_submit(R):
        return cw(R, "INFO", "api-dispatcher", "WorkflowStoreSubmitActor: Workflow %s submitted." % uuid(R))

    def n_pick(R):
        return cw(R, "INFO", "engine-dispatcher", "WorkflowManagerActor: %d new workflows fetched by cromid-%s: %s" % (1, hexs(R, 7), uuid(R)))

    def n_start(R):
        u = uuid(R)
        return cw(R, "INFO", "engine-dispatcher", "WorkflowExecutionActor-%s [UUID(%s)]: Starting %s" % (u, u[:8], ", ".join(sorted(R.sample(sum(CALLS.values(), []), 2)))))

    def n_transition(R):
        u = uuid(R)
        a, b = pick(R, [("MaterializingWorkflowDescriptorState", "InitializingWorkflowState"), ("InitializingWorkflowState", "ExecutingWorkflowState"), ("ExecutingWorkflowState", "FinalizingWorkflowState"), ("FinalizingWorkflowState", "WorkflowSucceededState")])
        return cw(R, "INFO", "engine-dispatcher", "WorkflowActor-%s [UUID(%s)]: transitioning from %s to %s." % (u, u[:8], a, b))

    def n_status(R):
        u = uuid(R)
        w, call = wcall(R)
        a, b = pick(R, [("Initializing", "Running"), ("Running", "Succeeded"), ("-", "Initializing")])
        return cw(R, "INFO", "backend-dispatcher", "AwsBatchAsyncBackendJobExecutionActor %s: Status change from %s to %s" % (tag(R, u, call), a, b))

    def n_jobid(R):
        u = uuid(R)
        w, call = wcall(R)
        return cw(R, "INFO", "backend-dispatcher", "AwsBatchAsyncBackendJobExecutionActor %s: job id: %s (queue quillfen-%s)" % (tag(R, u, call), uuid(R), pick(R, ["spot-general", "ondemand-highmem", "spot-gpu"])))

    def n_cache(R):
        u = uuid(R)
        w, call = wcall(R)
        return cw(R, "INFO", "engine-dispatcher", "%s:%s:1 [%s]: Call cache hit process had 0 total hit failures before completing successfully" % (call, pick(R, ["NA", "0", "3", "11"]), u[:8]))

    def n_succeeded(R):
        u = uuid(R)
        return cw(R, "INFO", "engine-dispatcher", "WorkflowManagerActor: Workflow actor for %s completed with status 'Succeeded'. The workflow will be removed from the workflow store." % u)

    def n_outputs(R):
        u = uuid(R)
        w = pick(R, WFS)
        return cw(R, "INFO", "engine-dispatcher", "WorkflowExecutionActor-%s [UUID(%s)]: Workflow %s complete. Final Outputs:\n{\n  \"%s.output_vcf\": \"s3://quillfen-cromwell-exec-%s/cromwell-execution/%s/%s/call-%s/%s.vcf.gz\",\n  \"%s.qc_failed\": false\n}" % (u, u[:8], w, w, REGION, w, u, pick(R, CALLS[w]), "QS-%s" % digits(R, 5), w))

    def n_heartbeat(R):
        return cw(R, "INFO", "engine-dispatcher", "WorkflowStoreHeartbeatWriteActor: Flushed %d heartbeats, 0 failed (%d ms)" % (R.randint(1, 80), R.randint(3, 90)))

    def n_metadata(R):
        return cw(R, "INFO", "service-dispatcher", "WriteMetadataActor: Flushed %d metadata events in %d ms" % (R.randint(10, 3000), R.randint(5, 400)))

    def n_abort(R):
        u = uuid(R)
        return cw(R, "INFO", "engine-dispatcher", "WorkflowManagerActor: Abort requested for workflow %s by %s@%s; aborting %d running jobs" % (u, pick(R, ["jlee", "rsantos", "pnair", "hbauer"]), DOMAIN, R.randint(1, 40)))

    def n_aborted(R):
        u = uuid(R)
        return cw(R, "INFO", "engine-dispatcher", "WorkflowManagerActor: Workflow actor for %s completed with status 'Aborted'." % u)

    def n_badinput(R):
        u = uuid(R)
        w = pick(R, WFS)
        return cw(R, "INFO", "engine-dispatcher", "WorkflowManagerActor: Workflow %s failed (during MaterializingWorkflowDescriptorState): cromwell.engine.workflow.lifecycle.materialization.MaterializeWorkflowDescriptorActor$$anon$1: Workflow input processing failed:\nRequired workflow input '%s.%s' not specified" % (u, w, pick(R, ["sample_id", "fastq_r1", "tumor_bam", "library_type"])))

    def n_400(R):
        return cw(R, "INFO", "api-dispatcher", "CromwellApiService: POST /api/workflows/v1 returned 400 Bad Request: Error(s): Unrecognized token 'version': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') in workflowInputs (submitted by %s)" % pick(R, ["jlee", "rsantos", "pnair"]))

    def n_spot(R):
        u = uuid(R)
        w, call = wcall(R)
        return cw(R, "WARN", "backend-dispatcher", "AwsBatchAsyncBackendJobExecutionActor %s: Job failed with status reason 'Host EC2 (instance i-0%s) terminated.'; retrying (attempt 2 of 3)" % (tag(R, u, call), hexs(R, 16)))

    def n_summary(R):
        return cw(R, "INFO", "service-dispatcher", "MetadataSummaryRefreshActor: Metadata summary refreshed %d rows up to id %d (0 errors)" % (R.randint(100, 90000), R.randint(10 ** 8, 9 * 10 ** 8)))

    def n_deprecated(R):
        return cw(R, "WARN", "engine-dispatcher", "WorkflowActor-%s: The 'docker' runtime attribute value '%s' is not pinned to a digest; call caching will not use image digests for this task" % (uuid(R), pick(R, ["quillfen/multiqc:latest", "quillfen/r-tools:4.4", "ubuntu:24.04"])))

    def n_delete(R):
        return cw(R, "INFO", "io-dispatcher", "DeleteWorkflowFilesActor: deleted %d intermediate files (%.1f GiB) for workflow %s, 0 failed" % (R.randint(10, 9000), R.uniform(1, 900), uuid(R)))

    return [n_submit, n_pick, n_start, n_transition, n_status, n_jobid, n_cache, n_succeeded, n_outputs, n_heartbeat,
            n_metadata, n_abort, n_aborted, n_badinput, n_400, n_spot, n_summary, n_deprecated, n_delete]


FAMILIES = {
    S1: lambda R: build(R, S1, [("runwatch-role-missing-kms-decrypt-multipart", e_kms_multipart),
                                ("samplesheet-template-10bp-overridecycles-vs-8bp-runs", e_override),
                                ("demux-scratch-2tib-too-small-25b-flowcells", e_scratch),
                                ("ontap-volume-moved-stale-nfs-handle", e_stale),
                                ("fastq-ready-queue-renamed", e_queue)], seq_negs()),
    C1: lambda R: build(R, C1, [("metadata-db-hikari-pool-20-for-6-servers", e_hikari),
                                ("tool-images-moved-ecr-pull-denied", e_ecr),
                                ("reference-bucket-policy-vpce-only", e_refs),
                                ("bwamem2-16gib-oom-killed", e_oom),
                                ("server-heap-4g-metadata-summary-oom", e_heap)], crom_negs()),
}
