"""Families: minio-ceph, nextflow-snakemake."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- minio-ceph
F1 = "minio-ceph"

BUCKETS = ["media-uploads", "invoices-archive", "ml-datasets", "backups-pg"]
DEPLOY = "4f7c2a9e-1b3d-4e6f-9a0b-7c5d3e2f1a8b"


def mtime(R):
    return "%s UTC 12/%02d/2026" % (hms(R), day(R))


def mreq(R):
    return "18%s" % hexs(R, 14).upper()


def mobj(R, b):
    if b == "media-uploads":
        return "u/%d/%s.jpg" % (R.randint(1000, 99999), hexs(R, 16))
    if b == "invoices-archive":
        return "2026/12/%02d/INV-%06d.pdf" % (day(R), R.randint(1, 999999))
    if b == "ml-datasets":
        return "train/shard-%05d.parquet" % R.randint(0, 99999)
    return "wal/%024X" % R.randint(10**20, 10**22)


def mblock(R, api, b, err, trace):
    lines = [
        "API: %s(bucket=%s, object=%s)" % (api, b, mobj(R, b)),
        "Time: %s" % mtime(R),
        "DeploymentID: %s" % DEPLOY,
        "RequestID: %s" % mreq(R),
        "RemoteHost: %s" % ip10(R),
        "Host: minio-%d.minio.storage.svc.cluster.local:9000" % R.randint(0, 3),
        "UserAgent: %s" % pick(R, ["MinIO (linux; amd64) minio-go/v7.0.77", "aws-sdk-java/2.29.%d Linux/6.1 OpenJDK_64-Bit_Server_VM/21" % R.randint(0, 40), "Boto3/1.35.%d md/Botocore#1.35.%d ua/2.0 os/linux" % (R.randint(0, 80), R.randint(0, 80))]),
        "Error: %s" % err,
    ]
    n = len(trace)
    for i, t in enumerate(trace):
        lines.append("%8d: %s" % (n - i, t))
    return "\n".join(lines)


def cts(R):
    return "2026-12-%02dT%s.%s+0000" % (day(R), hms(R), "%03d" % R.randint(0, 999))


def clog(R, thread_lvl, msg):
    return "%s 7f%s %s %s" % (cts(R), hexs(R, 10), thread_lvl, msg)


def cluster(R, who, level, msg):
    w = who or pick(R, ["mon.a", "mon.b", "mon.c"])
    rank = "mon.%d" % "abc".index(w[-1]) if w.startswith("mon") else w
    return "2026-12-%02dT%s.%06d+0000 %s (%s) %d : cluster [%s] %s" % (day(R), hms(R), R.randint(0, 999999), w, rank, R.randint(100, 900000), level, msg)


def pg(R):
    return "%d.%x" % (R.randint(2, 14), R.randint(0, 255))


def g_m_full(R):
    b = pick(R, BUCKETS[:2])
    return mblock(R, "PutObject", b, "Storage reached its minimum free drive threshold. (*errors.errorString)",
                  ["internal/logger/logger.go:268:logger.LogIf()", "cmd/object-handlers.go:%d:cmd.objectAPIHandlers.PutObjectHandler()" % R.randint(2100, 2110), "net/http/server.go:2171:http.HandlerFunc.ServeHTTP()"])


def g_m_corrupt(R):
    b = "ml-datasets"
    o = mobj(R, b)
    return mblock(R, "GetObject", b, "Drive http://minio-%d.minio.storage.svc.cluster.local:9000/data%d, path (%s/%s) returned an error (file is corrupted) (*fmt.wrapError)" % (R.randint(0, 3), R.randint(1, 4), b, o),
                  ["internal/logger/logger.go:268:logger.LogIf()", "cmd/bitrot-streaming.go:%d:cmd.(*streamingBitrotReader).ReadAt()" % R.randint(188, 190), "cmd/erasure-decode.go:%d:cmd.(*parallelReader).Read.func1()" % R.randint(170, 175)])


def g_m_quorum(R):
    b = pick(R, BUCKETS)
    return mblock(R, pick(R, ["GetObject", "HeadObject"]), b, "Read failed. Insufficient number of drives online (*errors.errorString)",
                  ["internal/logger/logger.go:268:logger.LogIf()", "cmd/erasure-object.go:%d:cmd.erasureObjects.getObjectFileInfo()" % R.randint(880, 890), "cmd/object-handlers.go:%d:cmd.objectAPIHandlers.getObjectHandler()" % R.randint(460, 470)])


def g_m_kms(R):
    return jd({"level": "ERROR", "errKind": "ALL", "time": iso(R, 9), "api": {"name": "PutObject", "args": {"bucket": "invoices-archive", "object": mobj(R, "invoices-archive")}},
               "remotehost": ip10(R), "host": "minio-%d:9000" % R.randint(0, 3), "requestID": mreq(R), "userAgent": "aws-sdk-java/2.29.4",
               "message": "kms: failed to generate data key with KMS key 'minio-sse-key': Post \"https://kes.storage.svc:7373/v1/key/generate/minio-sse-key\": dial tcp %s:7373: connect: connection refused" % ip10(R),
               "error": {"message": "kms: failed to generate data key", "source": ["internal/logger/logger.go:268:logger.LogIf()", "cmd/encryption-v1.go:%d:cmd.newEncryptMetadata()" % R.randint(440, 450)]}})


def g_m_replication(R):
    return jd({"level": "ERROR", "errKind": "ALL", "time": iso(R, 9), "message": "Unable to replicate object %s/%s(%s) to target arn:minio:replication::%s:backups-dr: Access Denied." % (
        "backups-pg", mobj(R, "backups-pg"), uuid(R), uuid(R)), "error": {"message": "Access Denied.", "source": ["cmd/bucket-replication.go:%d:cmd.replicateObject()" % R.randint(1500, 1520)]}})


def g_m_creds(R):
    pre = "Dec %2d %s minio-%d minio[%d]: " % (day(R), hms(R), R.randint(0, 3), R.randint(800, 9000))
    return "\n".join(pre + l for l in [
        "ERROR Unable to validate credentials inherited from the shell environment: Invalid credentials",
        "      > Please provide correct credentials",
        "      HINT:",
        "        Access key length should be at least 3, and secret key length at least 8 characters",
    ])


def g_c_heartbeat(R):
    a, b = R.randint(0, 23), R.randint(0, 23)
    d, h, m, sec = day(R), R.randint(0, 23), R.randint(0, 59), R.randint(0, 38)
    t = "2026-12-%02dT%02d:%02d:%02d" % (d, h, m, sec)
    return "2026-12-%02dT%02d:%02d:%02d.%03d+0000 7f%s -1 osd.%d %d heartbeat_check: no reply from %s:68%02d osd.%d since back %s.%06d+0000 front %s.%06d+0000 (oldest deadline %s.%06d+0000)" % (
        d, h, m, sec + 21, R.randint(0, 999), hexs(R, 10), a, R.randint(1000, 90000), ip10(R), R.randint(0, 30), b, t, R.randint(0, 999999), t, R.randint(0, 999999), t, R.randint(0, 999999))


def g_c_inconsistent(R):
    n = R.randint(1, 4)
    return cluster(R, None, "ERR", "Health check failed: Possible data damage: %d pg%s inconsistent (PG_DAMAGED)" % (n, "s" if n > 1 else ""))


def g_c_scrub(R):
    who = "osd.%d" % R.randint(0, 23)
    return cluster(R, who, "ERR", "%s %s %d errors" % (pg(R), pick(R, ["deep-scrub", "scrub"]), R.randint(1, 9)))


def g_c_eio(R):
    o = R.randint(0, 23)
    return clog(R, "-1 bdev(0x55%s /var/lib/ceph/osd/ceph-%d/block)" % (hexs(R, 10), o), "_aio_thread got r=-5 ((5) Input/output error)")


def g_c_abort(R):
    th = hexs(R, 10)
    return "\n".join([
        "%s 7f%s -1 *** Caught signal (Aborted) **" % (cts(R), th),
        " in thread 7f%s thread_name:tp_osd_tp" % th,
        "",
        " ceph version 18.2.4 (%s) reef (stable)" % hexs(R, 40),
        " 1: /lib64/libc.so.6(+0x3e6f0) [0x7f%s]" % hexs(R, 10),
        " 2: /lib64/libc.so.6(+0x8b94c) [0x7f%s]" % hexs(R, 10),
        " 3: raise()",
        " 4: abort()",
        " 5: (ceph::__ceph_assert_fail(char const*, char const*, int, char const*)+0x18a) [0x55%s]" % hexs(R, 10),
        " 6: (PrimaryLogPG::get_snapset_context(hobject_t const&, bool, std::map<std::string, ceph::buffer::v15_2_0::list, std::less<void>, std::allocator<std::pair<std::string const, ceph::buffer::v15_2_0::list> > > const*, bool)+0x%s) [0x55%s]" % (hexs(R, 3), hexs(R, 10)),
        " NOTE: a copy of the executable, or `objdump -rdS <executable>` is needed to interpret this.",
    ])


def g_c_rgw(R):
    return clog(R, "-1 req %d %.9fs s3:put_obj" % (R.randint(1000, 9999999), R.uniform(0.001, 2)),
                "ERROR: rgw_rados_operate(): write data for bucket=%s obj=%s returned r=-28 ((28) No space left on device)" % (pick(R, ["cdn-assets", "exports"]), "%s/%s.bin" % (hexs(R, 4), hexs(R, 12))))


def g_c_mgr(R):
    return cluster(R, None, "ERR", "Health check failed: Module 'dashboard' has failed: OSError(\"No socket could be created -- (('%s', 8443): [Errno 99] Cannot assign requested address)\",) (MGR_MODULE_ERROR)" % ip10(R))


def g_c_mds(R):
    return cluster(R, None, "ERR", "Health check failed: 1 mds daemon damaged (MDS_DAMAGE)")


def g_c_full(R):
    n = R.randint(1, 3)
    return cluster(R, None, "ERR", "Health check failed: %d full osd(s) (OSD_FULL)" % n)


def n_m_banner(R):
    return pick(R, [
        "MinIO Object Storage Server\nCopyright: 2015-2026 MinIO, Inc.\nLicense: GNU AGPLv3 - https://www.gnu.org/licenses/agpl-3.0.html\nVersion: RELEASE.2026-%02d-%02dT%02d-%02d-%02dZ (go1.23.%d linux/amd64)" % (R.randint(1, 11), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1, 6)),
        "API: http://%s:9000  http://127.0.0.1:9000" % ip10(R),
        "Status:         %d Online, 0 Offline. " % pick(R, [4, 8, 16]),
        "Waiting for all MinIO sub-systems to be initialized.. lock acquired",
        "Automatically configured API requests per node based on available memory on the system: %d" % pick(R, [128, 256, 512, 1024]),
        "Documentation: https://min.io/docs/minio/linux/index.html",
    ])


def n_m_heal(R):
    return pick(R, [
        "Healing drive '/data%d' - 'mc admin heal alias/ --verbose' to check the current status." % R.randint(1, 4),
        "Healing drive '/data%d' complete (healed: %d, skipped: %d, failed: 0)." % (R.randint(1, 4), R.randint(0, 90000), R.randint(0, 900)),
        jd({"level": "INFO", "errKind": "", "time": iso(R, 9), "message": "Scanner: %d objects scanned in bucket %s, 0 errors" % (R.randint(1, 10**6), pick(R, BUCKETS))}),
    ])


def n_m_warn(R):
    return pick(R, [
        jd({"level": "WARNING", "errKind": "ALL", "time": iso(R, 9), "message": "Drive http://minio-%d:9000/data%d is offline, retrying connection after error (attempt %d)" % (R.randint(0, 3), R.randint(1, 4), R.randint(1, 5))}),
        "WARNING: The standard parity is set to 1. This can lead to data loss.",
        "Unable to use the drive http://minio-%d:9000/data%d: drive not found, will be retried" % (R.randint(0, 3), R.randint(1, 4)),
    ])


def n_c_info(R):
    return pick(R, [
        cluster(R, None, "INF", "overall HEALTH_OK"),
        cluster(R, None, "INF", "Health check cleared: OSD_DOWN (was: 1 osds down)"),
        cluster(R, None, "INF", "Cluster is now healthy"),
        cluster(R, "osd.%d" % R.randint(0, 23), "DBG", "%s %s ok" % (pg(R), pick(R, ["scrub", "deep-scrub"]))),
        cluster(R, "osd.%d" % R.randint(0, 23), "DBG", "%s %s starts" % (pg(R), pick(R, ["scrub", "deep-scrub"]))),
        cluster(R, "mgr.ceph-mgr-%s" % lower(R, 6), "DBG", "pgmap v%d: 1024 pgs: 1024 active+clean; %d TiB data, %d TiB used, %d TiB / 640 TiB avail; %d MiB/s rd, %d MiB/s wr, %d op/s" % (R.randint(1000, 900000), R.randint(100, 200), R.randint(300, 600), R.randint(40, 340), R.randint(0, 900), R.randint(0, 900), R.randint(0, 90000))),
    ])


def n_c_warn(R):
    return pick(R, [
        cluster(R, None, "WRN", "Health check failed: %d osds down (OSD_DOWN)" % R.randint(1, 3)),
        cluster(R, None, "WRN", "Health check failed: %d slow ops, oldest one blocked for %d sec, osd.%d has slow ops (SLOW_OPS)" % (R.randint(1, 90), R.randint(30, 300), R.randint(0, 23))),
        cluster(R, None, "WRN", "Health check failed: 1 nearfull osd(s) (OSD_NEARFULL)"),
        cluster(R, None, "WRN", "mon.%s clock skew %.4fs > max 0.05s" % (pick(R, "abc"), R.uniform(0.051, 0.4))),
        cluster(R, None, "WRN", "Health check update: Degraded data redundancy: %d/%d objects degraded (%.3f%%), %d pgs degraded (PG_DEGRADED)" % (R.randint(10, 9000), R.randint(10**6, 10**7), R.uniform(0.001, 1), R.randint(1, 40))),
    ])


def n_c_osd(R):
    o = R.randint(0, 23)
    return pick(R, [
        clog(R, "0 osd.%d %d" % (o, R.randint(1000, 90000)), "done with init, starting boot process"),
        clog(R, "1 osd.%d %d" % (o, R.randint(1000, 90000)), "state: booting -> active"),
        clog(R, "0 log_channel(cluster)", "log [DBG] : %s deep-scrub ok" % pg(R)),
        clog(R, "1 bluestore(/var/lib/ceph/osd/ceph-%d)" % o, "_mount path /var/lib/ceph/osd/ceph-%d" % o),
        clog(R, "0 osd.%d %d" % (o, R.randint(1000, 90000)), "log_to_monitors true"),
        clog(R, "1 ====== req done req=0x7f%s op status=0 http_status=200 latency=%.9fs ======" % (hexs(R, 10), R.uniform(0.001, 1)), "").rstrip(),
    ])


def n_rgw_access(R):
    st = pick(R, [200, 200, 204, 404, 403, 500])
    return 'beast: 0x7f%s: %s - %s [%02d/Dec/2026:%s.%s +0000] "%s /%s/%s HTTP/1.1" %d %d - "aws-sdk-go-v2/1.32.%d" - latency=%.9fs' % (
        hexs(R, 10), ip10(R), pick(R, ["cdn", "exports-writer", "-"]), day(R), hms(R), ms(R), pick(R, ["GET", "PUT", "HEAD"]), pick(R, ["cdn-assets", "exports"]), hexs(R, 12), st, R.randint(0, 10**7), R.randint(0, 9), R.uniform(0.001, 2))


def minio_ceph(R):
    groups = [
        ("minio-putobject-free-drive-threshold", g_m_full),
        ("minio-getobject-bitrot-file-corrupted", g_m_corrupt),
        ("minio-read-quorum-drives-offline", g_m_quorum),
        ("minio-kms-generate-data-key-refused", g_m_kms),
        ("minio-replication-backups-access-denied", g_m_replication),
        ("minio-startup-invalid-credentials", g_m_creds),
        ("ceph-osd-heartbeat-no-reply", g_c_heartbeat),
        ("ceph-health-pg-damaged-inconsistent", g_c_inconsistent),
        ("ceph-scrub-errors", g_c_scrub),
        ("ceph-bluestore-aio-input-output-error", g_c_eio),
        ("ceph-osd-abort-get-snapset-context", g_c_abort),
        ("ceph-rgw-put-obj-no-space", g_c_rgw),
        ("ceph-mgr-dashboard-module-failed", g_c_mgr),
        ("ceph-mds-daemon-damaged", g_c_mds),
        ("ceph-health-osd-full", g_c_full),
    ]
    negs = [n_m_banner, n_m_heal, n_m_warn, n_c_info, n_c_warn, n_c_osd, n_rgw_access]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- nextflow-snakemake
F2 = "nextflow-snakemake"

SAMPLES = ["S%02d" % i for i in range(1, 49)]


def nfts(R):
    return "Dec-%02d %s.%s" % (day(R), hms(R), ms(R))


def wd(R):
    h = hexs(R, 32)
    return "s3://example-nf-work/runs/%s/%s/%s" % (pick(R, ["rnaseq", "wgs"]), h[:2], h[2:])


def tag(R):
    return "[%s/%s]" % (hexs(R, 2), hexs(R, 6))


def smk_date(R):
    return "[%s Dec  %d %s 2026]" % (pick(R, ["Mon", "Tue", "Wed", "Thu", "Fri"]), day(R), hms(R))


def nf_err(R, proc, status, cmd, out, err):
    return "\n".join([
        "ERROR ~ Error executing process > '%s'" % proc,
        "",
        "Caused by:",
        "  Process `%s` terminated with an error exit status (%d)" % (proc, status),
        "",
        "Command executed:",
        "",
        "  %s" % cmd,
        "",
        "Command exit status:",
        "  %d" % status,
        "",
        "Command output:",
        "  %s" % out,
        "",
        "Command error:",
        "  %s" % err,
        "",
        "Work dir:",
        "  %s" % wd(R),
        "",
        "Tip: view the complete command output by changing to the process work dir and entering the command `cat .command.out`",
        "",
        " -- Check '.nextflow.log' file for details",
    ])


def g_nf_bwa(R):
    s = pick(R, SAMPLES)
    return nf_err(R, "NFCORE_SAREK:SAREK:FASTQ_ALIGN_BWAMEM:BWAMEM1_MEM (%s)" % s, 1,
                  "bwa mem -K 100000000 -Y -R '@RG\\tID:%s.L00%d\\tSM:%s' -t 16 Homo_sapiens_assembly38.fasta %s_R1.fastq.gz %s_R2.fastq.gz | samtools sort --threads 16 -o %s.bam -" % (s, R.randint(1, 4), s, s, s, s),
                  "(empty)", "[E::bwa_idx_load_from_disk] fail to locate the index files")


def g_nf_markdup(R):
    s = pick(R, SAMPLES)
    return nf_err(R, "NFCORE_SAREK:SAREK:BAM_MARKDUPLICATES:GATK4_MARKDUPLICATES (%s)" % s, 137,
                  "gatk --java-options \"-Xmx%dg\" MarkDuplicates --INPUT %s.bam --OUTPUT %s.md.cram --METRICS_FILE %s.md.metrics" % (pick(R, [28, 56]), s, s, s),
                  "(empty)", ".command.sh: line 2:    %d Killed                  gatk --java-options \"-Xmx28g\" MarkDuplicates ..." % R.randint(60, 900))


def g_nf_pull(R):
    s = pick(R, SAMPLES)
    return "\n".join([
        "ERROR ~ Error executing process > 'NFCORE_RNASEQ:RNASEQ:FASTQ_QC_TRIM_FILTER_SETSTRANDEDNESS:FASTQC (%s)'" % s,
        "",
        "Caused by:",
        "  Task failed to start - CannotPullContainerError: Error response from daemon: pull access denied for 111122223333.dkr.ecr.us-east-1.amazonaws.com/biocontainers/fastqc, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::111122223333:assumed-role/nf-batch-instance-role/i-0%s is not authorized to perform: ecr:BatchGetImage" % hexs(R, 16),
        "",
        " -- Check '.nextflow.log' file for details",
    ])


def g_nf_samplesheet(R):
    return "\n".join([
        "ERROR ~ No such file or directory: s3://example-genomics-raw/runs/2026-12-%02d/samplesheet.csv" % day(R),
        "",
        " -- Check script '/root/.nextflow/assets/nf-core/rnaseq/./workflows/rnaseq/../../subworkflows/local/utils_nfcore_rnaseq_pipeline/main.nf' at line: %d or see '.nextflow.log' file for more details" % pick(R, [96, 97]),
    ])


def g_nf_log_gatk(R):
    c = "chr%s" % pick(R, [str(i) for i in range(1, 23)] + ["X", "Y"])
    s = pick(R, SAMPLES)
    return "\n".join([
        "%s [Task monitor] ERROR nextflow.processor.TaskProcessor - Error executing process > 'VARIANT_CALLING:GATK4_HAPLOTYPECALLER (%s_%s)'" % (nfts(R), s, c),
        "",
        "Caused by:",
        "  Process `VARIANT_CALLING:GATK4_HAPLOTYPECALLER (%s_%s)` terminated with an error exit status (2)" % (s, c),
        "",
        "Command error:",
        "  A USER ERROR has occurred: Input files reference and reads have incompatible contigs: Found contigs with the same name but different lengths:",
        "    contig reference = %s / %d" % (c, R.randint(10**7, 2.5 * 10**8)),
    ])


def g_nf_config(R):
    ln = R.randint(12, 16)
    sc = hexs(R, 32).upper()
    return "\n".join([
        "ERROR ~ Unable to parse config file: '/home/ec2-user/pipelines/%s/nextflow.config'" % pick(R, ["rnaseq", "wgs"]),
        "",
        "  Compile failed for sources FixedSetSources[name='/groovy/script/Script%s']. Cause: org.codehaus.groovy.control.MultipleCompilationErrorsException: startup failed:" % sc,
        "  /groovy/script/Script%s: %d: Unexpected input: '{' @ line %d, column 11." % (sc, ln, ln),
        "       withName: 'FASTQC' {",
        "                 ^",
    ])


def g_smk_align(R):
    s = pick(R, SAMPLES)
    j = R.randint(1, 400)
    return "\n".join([
        smk_date(R),
        "Error in rule align:",
        "    message: None",
        "    jobid: %d" % j,
        "    input: resources/genome.fa, results/trimmed/%s_R1.fq.gz, results/trimmed/%s_R2.fq.gz" % (s, s),
        "    output: results/mapped/%s.bam" % s,
        "    log: logs/bwa/%s.log (check log file(s) for error details)" % s,
        "    shell:",
        "        bwa mem -t 8 resources/genome.fa results/trimmed/%s_R1.fq.gz results/trimmed/%s_R2.fq.gz 2> logs/bwa/%s.log | samtools view -b - > results/mapped/%s.bam" % (s, s, s, s),
        "        (one of the commands exited with non-zero exit code; note that snakemake uses bash strict mode!)",
    ])


def g_smk_missing(R):
    s = pick(R, SAMPLES)
    return "\n".join([
        "MissingOutputException in rule call_variants in file /work/workflow/rules/calling.smk, line %d:" % pick(R, [41, 42]),
        "Job %d  completed successfully, but some output files are missing. Missing files after %d seconds. This might be due to filesystem latency. If that is the case, consider to increase the wait time with --latency-wait:" % (R.randint(1, 400), pick(R, [5, 30, 60])),
        "results/calls/%s.vcf.gz (missing locally, parent dir contents: %s.vcf.gz.tmp)" % (s, s),
    ])


def g_smk_exiting(R):
    return "\n".join([
        "Shutting down, this might take some time.",
        "Exiting because a job execution failed. Look above for error message",
        "Complete log: .snakemake/log/2026-12-%02dT%s.%06d.snakemake.log" % (day(R), hms(R).replace(":", ""), R.randint(0, 999999)),
    ])


def g_smk_keyerror(R):
    ln = pick(R, [14, 15])
    return "\n".join([
        "Config file config/%s.yaml is extended by additional config specified via the command line." % pick(R, ["prod", "batch-%d" % R.randint(1, 99)]),
        "KeyError in file /work/workflow/Snakefile, line %d:" % ln,
        "'reference'",
        '  File "/work/workflow/Snakefile", line %d, in <module>' % ln,
    ])


def g_smk_lock(R):
    return "\n".join([
        "Error: Directory cannot be locked. Please make sure that no other Snakemake process is trying to create the same files in the following directory:",
        "/work/runs/2026-12-%02d-batch%d" % (day(R), R.randint(1, 9)),
        "If you are sure that no other instances of snakemake are running on this directory, the remaining lock was likely caused by a kill signal or a power loss. It can be removed with the --unlock argument.",
    ])


def g_smk_conda(R):
    return "\n".join([
        "CreateCondaEnvironmentException:",
        "Could not create conda environment from /work/workflow/envs/qc.yaml:",
        "Command:",
        "mamba env create --quiet --no-shortcuts --file \"/work/.snakemake/conda/%s_.yaml\" --prefix \"/work/.snakemake/conda/%s_\"" % ((lambda h: (h, h))(hexs(R, 32))),
        "Output:",
        "Could not solve for environment specs",
        "The following package could not be installed",
        "└─ multiqc =1.99 * does not exist (perhaps a typo or a missing channel).",
    ])


def g_cromwell_hc(R):
    w = uuid(R)
    return "[2026-12-%02d %s,%02d] [error] WorkflowManagerActor: Workflow %s failed (during ExecutingWorkflowState): Job GermlineSNPsIndels.HaplotypeCaller:%d:%d exited with return code 2 which has not been declared as a valid return code. See 'continueOnReturnCode' runtime attribute for more details.\nCheck the content of stderr for potential additional information: s3://example-cromwell-exec/GermlineSNPsIndels/%s/call-HaplotypeCaller/shard-%d/attempt-%d/stderr." % (
        day(R), hms(R), R.randint(0, 99), w, R.randint(0, 49), R.randint(1, 3), w, R.randint(0, 49), R.randint(1, 3))


def g_cromwell_host(R):
    return "[2026-12-%02d %s,%02d] [error] AwsBatchAsyncBackendJobExecutionActor [%s GermlineSNPsIndels.Align:%d:1]: Job %s failed: Host EC2 (instance i-0%s) terminated." % (
        day(R), hms(R), R.randint(0, 99), uuid(R)[:8], R.randint(0, 23), uuid(R), hexs(R, 16))


def n_nf_banner(R):
    return pick(R, [
        " N E X T F L O W  ~  version 24.10.%d" % R.randint(0, 4),
        "Launching `https://github.com/nf-core/%s` [%s_%s] DSL2 - revision: %s [3.%d.0]" % (pick(R, ["rnaseq", "sarek"]), pick(R, ["jolly", "sleepy", "astonishing", "furious"]), pick(R, ["curie", "turing", "hopper", "lovelace"]), hexs(R, 10), R.randint(10, 18)),
        "executor >  awsbatch (%d)" % R.randint(1, 400),
    ])


def n_nf_progress(R):
    s = pick(R, SAMPLES)
    n = R.randint(1, 48)
    return "%s process > NFCORE_RNASEQ:RNASEQ:%s (%s) [%3d%%] %d of %d%s" % (tag(R), pick(R, ["FASTQC", "SALMON_QUANT", "STAR_ALIGN", "MULTIQC"]), s, int(100 * n / 48), n, 48, pick(R, [" ✔", "", ""]))


def n_nf_retry(R):
    s = pick(R, SAMPLES)
    return "%s NOTE: Process `NFCORE_SAREK:SAREK:BAM_MARKDUPLICATES:GATK4_MARKDUPLICATES (%s)` terminated with an error exit status (137) -- Execution is retried (%d)" % (tag(R), s, R.randint(1, 2))


def n_nf_log(R):
    return pick(R, [
        "%s [main] DEBUG nextflow.cli.Launcher - $> nextflow run nf-core/rnaseq -r 3.%d.0 -profile awsbatch -resume" % (nfts(R), R.randint(10, 18)),
        "%s [Task submitter] INFO  nextflow.Session - %s Submitted process > NFCORE_RNASEQ:RNASEQ:FASTQC (%s)" % (nfts(R), tag(R), pick(R, SAMPLES)),
        "%s [Task monitor] DEBUG n.processor.TaskPollingMonitor - Task completed > TaskHandler[jobId: %s; id: %d; name: SALMON_QUANT (%s); status: COMPLETED; exit: 0; error: -; workDir: %s]" % (nfts(R), uuid(R), R.randint(1, 900), pick(R, SAMPLES), wd(R)),
        "%s [main] WARN  nextflow.processor.TaskProcessor - Task runtime metrics are not reported when using awsbatch executor without fusion (errors: 0)" % nfts(R),
    ])


def n_nf_warn(R):
    return pick(R, [
        "WARN: Access to undefined parameter `%s` -- Initialise it to a default value eg. `params.%s = some_value`" % ((lambda p: (p, p))(pick(R, ["genome", "skip_qc", "max_cpus", "igenomes_base"]))),
        "WARN: Failed to publish file: s3://example-nf-results/%s/multiqc_report.html; to: s3://example-nf-results/%s/multiqc/ [copy] -- See log file for details (retrying)" % ((lambda r: (r, r))("run-%d" % R.randint(1, 900))),
        "%s [FileTransfer-%d] WARN  nextflow.processor.PublishDir - Retrying publish after error: SlowDown (attempt %d)" % (nfts(R), R.randint(1, 8), R.randint(1, 3)),
    ])


def n_nf_done(R):
    return pick(R, [
        "-[nf-core/rnaseq] Pipeline completed successfully-",
        "-[nf-core/sarek] Pipeline completed successfully, but with errored process(es) -",
        "Completed at: %02d-Dec-2026 %s\nDuration    : %dh %dm %ds\nCPU hours   : %.1f\nSucceeded   : %d\nIgnored     : %d\nFailed      : 0" % (day(R), hms(R), R.randint(0, 30), R.randint(0, 59), R.randint(0, 59), R.uniform(1, 9000), R.randint(10, 900), R.randint(0, 3)),
    ]) + ("" if R.random() < 0.5 else "\n")


def n_smk_job(R):
    s = pick(R, SAMPLES)
    r = pick(R, ["fastqc", "trim", "align", "call_variants", "multiqc"])
    return "\n".join([
        smk_date(R),
        "rule %s:" % r,
        "    input: results/trimmed/%s_R1.fq.gz, results/trimmed/%s_R2.fq.gz" % (s, s),
        "    output: results/%s/%s.out" % (r, s),
        "    jobid: %d" % R.randint(1, 400),
        "    reason: Missing output files: results/%s/%s.out" % (r, s),
        "    wildcards: sample=%s" % s,
        "    resources: tmpdir=/tmp, mem_mb=%d" % pick(R, [4000, 8000, 16000]),
    ])


def n_smk_finished(R):
    j = R.randint(1, 400)
    n = R.randint(1, 400)
    return "%s\nFinished job %d.\n%d of %d steps (%d%%) done" % (smk_date(R), j, n, 400, n // 4)


def n_smk_misc(R):
    return pick(R, [
        "Building DAG of jobs...",
        "Using shell: /usr/bin/bash\nProvided cores: %d\nRules claiming more threads will be scaled down." % pick(R, [8, 16, 32, 64]),
        "Nothing to be done (all requested files are present and up to date).",
        "Trying to restart job %d." % R.randint(1, 400),
        "Removing temporary output results/trimmed/%s_R1.fq.gz." % pick(R, SAMPLES),
        "Job stats:\njob              count\n-------------  -------\nalign               %d\ncall_variants       %d\nall                  1\ntotal              %d" % ((lambda a, b: (a, b, a + b + 1))(R.randint(1, 48), R.randint(1, 48))),
        "Select jobs to execute...\nExecute %d jobs..." % R.randint(1, 32),
    ])


def n_cromwell(R):
    w = uuid(R)
    return pick(R, [
        "[2026-12-%02d %s,%02d] [info] WorkflowExecutionActor-%s [UUID(%s)]: Starting GermlineSNPsIndels.HaplotypeCaller (%d shards)" % (day(R), hms(R), R.randint(0, 99), w, w[:8], R.randint(10, 50)),
        "[2026-12-%02d %s,%02d] [info] WorkflowManagerActor: Workflow %s succeeded." % (day(R), hms(R), R.randint(0, 99), w),
        "[2026-12-%02d %s,%02d] [warn] AwsBatchAsyncBackendJobExecutionActor [UUID(%s)GermlineSNPsIndels.Align:%d:1]: Job was preempted (spot reclaim); retrying attempt %d of 3" % (day(R), hms(R), R.randint(0, 99), w[:8], R.randint(0, 23), R.randint(2, 3)),
    ])


def nextflow_snakemake(R):
    groups = [
        ("nf-bwamem-index-files-missing", g_nf_bwa),
        ("nf-markduplicates-killed-137", g_nf_markdup),
        ("nf-fastqc-cannot-pull-container", g_nf_pull),
        ("nf-samplesheet-not-found", g_nf_samplesheet),
        ("nf-haplotypecaller-incompatible-contigs", g_nf_log_gatk),
        ("nf-config-parse-withname", g_nf_config),
        ("smk-rule-align-nonzero-exit", g_smk_align),
        ("smk-call-variants-missing-output", g_smk_missing),
        ("smk-exiting-job-execution-failed", g_smk_exiting),
        ("smk-config-keyerror-reference", g_smk_keyerror),
        ("smk-directory-cannot-be-locked", g_smk_lock),
        ("smk-conda-env-multiqc-unsolvable", g_smk_conda),
        ("cromwell-haplotypecaller-return-code-2", g_cromwell_hc),
        ("cromwell-batch-host-terminated", g_cromwell_host),
    ]
    negs = [n_nf_banner, n_nf_progress, n_nf_retry, n_nf_log, n_nf_warn, n_nf_done, n_smk_job, n_smk_finished, n_smk_misc, n_cromwell]
    return build(R, F2, groups, negs)


FAMILIES = {F1: minio_ceph, F2: nextflow_snakemake}
