"""Families: ffmpeg61-batch-transcode-json-wrapper, mediaconvert-eventbridge-node20-lambda.

The streaming company "reelharbor" (invented) transcodes mezzanine files in ap-southeast-2. The Batch transcode job
(container on a GPU/CPU compute environment, awslogs driver) is a Python wrapper that logs with python-json-logger
(one JSON object per record, tracebacks inside "exc_info") and runs ffmpeg 6.1 / ffprobe with ffmpeg's stderr copied
line by line (text mode turns ffmpeg's \\r progress updates into separate lines) to the container's stderr, so each
ffmpeg line is one CloudWatch event. The MediaConvert side: an EventBridge rule on "MediaConvert Job State Change"
invokes a Node.js 20 Lambda (vod-job-events) that logs in the runtime's text format
("<time>\\t<request id>\\t<LEVEL>\\t<message>"), plus the runtime's START/END/REPORT/INIT_START lines."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, day, hms, iso,
                    xray, lambda_report, epoch, epoch_ms, ctx, py_ts)

# ---------------------------------------------------------------- ffmpeg61-batch-transcode-json-wrapper
F1 = "ffmpeg61-batch-transcode-json-wrapper"
RENDS = ["2160p", "1080p", "720p", "540p", "360p"]
SRC_BUCKET = "reelharbor-mezzanine-apse2"
OUT_BUCKET = "reelharbor-vod-origin-apse2"


def job_id(R):
    return uuid(R)


def asset(R):
    return "ast_" + lower(R, 10)


def wj(R, level, name, message, **extra):
    d = {"asctime": py_ts(R), "levelname": level, "name": name, "message": message}
    d.update(extra)
    return jd(d)


def scratch(R):
    return "/scratch/job-%s" % hexs(R, 8)


def a_nvenc(R):
    # the new worker image's ffmpeg was built against nv-codec-headers 12.1; the Batch GPU compute environment's
    # AMI still ships driver 525, so every GPU rendition fails to open h264_nvenc/hevc_nvenc
    enc = pick(R, ["h264_nvenc", "h264_nvenc", "hevc_nvenc"])
    t = R.random()
    if t < 0.3:
        return "[%s @ %s] Driver does not support the required nvenc API version. Required: 12.1 Found: 12.0" % (enc, ctx(R))
    if t < 0.5:
        return "[%s @ %s] The minimum required Nvidia driver for nvenc is 530.41.03 or newer" % (enc, ctx(R))
    if t < 0.7:
        return ("[vost#0:%d/%s @ %s] Error initializing output stream: Error while opening encoder for output stream #0:%d - "
                "maybe incorrect parameters such as bit_rate, rate, width or height") % (R.randint(0, 4), enc, ctx(R), R.randint(0, 4))
    return wj(R, "ERROR", "transcoder.render", "ffmpeg exited with code 1 for rendition %s (encoder %s); last stderr: Driver does not support the required nvenc API version. Required: 12.1 Found: 12.0" % (
        pick(R, RENDS), enc), job_id=job_id(R), asset_id=asset(R), attempt=R.randint(1, 3))


def a_nospace(R):
    # the job definition was moved to a launch template with a 30 GiB root volume; 4K mezzanines plus renditions no
    # longer fit on /scratch
    sc = scratch(R)
    t = R.random()
    if t < 0.3:
        return "[hls @ %s] Failed to open file '%s/out/%s_%05d.ts'" % (ctx(R), sc, pick(R, RENDS), R.randint(1, 900))
    if t < 0.5:
        return "[out#0/hls @ %s] Error muxing a packet: No space left on device (%s/out/%s_%05d.ts)" % (ctx(R), sc, pick(R, RENDS), R.randint(1, 900))
    if t < 0.65:
        return "[out#0/hls @ %s] Error writing trailer: No space left on device" % ctx(R)
    size = R.randint(38, 190)
    return wj(R, "ERROR", "transcoder.fetch", "Failed to download source s3://%s/%s/master.mov (%d.%d GiB) to %s" % (SRC_BUCKET, asset(R), size, R.randint(0, 9), sc),
              job_id=job_id(R), exc_info=("Traceback (most recent call last):\n  File \"/app/transcoder/fetch.py\", line 71, in fetch_source\n    s3.download_file(bucket, key, dest)\n"
                                         "  File \"/usr/local/lib/python3.12/site-packages/boto3/s3/inject.py\", line 192, in download_file\n    return transfer.download_file(\n"
                                         "  File \"/usr/local/lib/python3.12/site-packages/s3transfer/download.py\", line 643, in _main\n    fileobj.write(data)\n"
                                         "OSError: [Errno 28] No space left on device"))


def a_kms(R):
    # mezzanine objects are now written with a new customer managed key; the Batch job role has no kms:Decrypt on it
    key = "%s/%s/master.%s" % (pick(R, ["studio", "ugc-pro", "archive"]), asset(R), pick(R, ["mov", "mxf", "mp4"]))
    if R.random() < 0.5:
        return wj(R, "ERROR", "transcoder.fetch", "Failed to download source s3://%s/%s" % (SRC_BUCKET, key), job_id=job_id(R),
                  exc_info=("Traceback (most recent call last):\n  File \"/app/transcoder/fetch.py\", line 71, in fetch_source\n    s3.download_file(bucket, key, dest)\n"
                            "  File \"/usr/local/lib/python3.12/site-packages/botocore/client.py\", line 1023, in _make_api_call\n    raise error_class(parsed_response, operation_name)\n"
                            "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: User: arn:aws:sts::%s:assumed-role/rh-transcode-batch-job/%s "
                            "is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:%s:%s:key/7c1e52d9-3b6a-4f0e-9d2c-5a81f0e4b6d3 because no identity-based policy allows the kms:Decrypt action") % (
                      ACCT, hexs(R, 32), REGION, ACCT))
    return wj(R, "ERROR", "transcoder.main", "Job failed before transcoding: source not readable (AccessDenied: kms:Decrypt on key 7c1e52d9-3b6a-4f0e-9d2c-5a81f0e4b6d3)",
              job_id=job_id(R), asset_id=asset(R), attempt=R.randint(1, 3), exit_code=2)


def a_fdk(R):
    # the worker image was rebased on the distribution's ffmpeg package, which is built without the non-free fdk-aac
    # encoder the HE-AAC audio ladder asks for
    t = R.random()
    if t < 0.35:
        return "[aost#0:%d @ %s] Unknown encoder 'libfdk_aac'" % (R.randint(1, 3), ctx(R))
    if t < 0.6:
        return "[aost#0:%d @ %s] Error selecting an encoder" % (R.randint(1, 3), ctx(R))
    return wj(R, "ERROR", "transcoder.render", "ffmpeg exited with code 8 for rendition %s (encoder libfdk_aac); last stderr: Unknown encoder 'libfdk_aac'" % pick(
        R, ["audio-he-aac-64k", "audio-he-aac-96k", "audio-aac-lc-128k-fdk"]), job_id=job_id(R), asset_id=asset(R), attempt=R.randint(1, 3))


def a_keyerror(R):
    # release 4.12 of the wrapper reads stream["color_transfer"] unconditionally for HDR detection; ffprobe omits
    # the key for most SDR sources, so those jobs crash before transcoding
    jid = job_id(R)
    if R.random() < 0.6:
        return wj(R, "ERROR", "transcoder.main", "Unhandled exception in job %s" % jid, asset_id=asset(R), wrapper_version="4.12.0",
                  exc_info=("Traceback (most recent call last):\n  File \"/app/transcoder/main.py\", line 118, in run\n    plan = build_ladder(probe)\n"
                            "  File \"/app/transcoder/ladder.py\", line 47, in build_ladder\n    hdr = is_hdr(video)\n"
                            "  File \"/app/transcoder/hdr.py\", line %d, in is_hdr\n    return video[\"color_transfer\"] in (\"smpte2084\", \"arib-std-b67\")\n"
                            "           ~~~~~^^^^^^^^^^^^^^^^^^\nKeyError: 'color_transfer'") % R.randint(22, 24))
    return wj(R, "ERROR", "transcoder.main", "Marking Batch job FAILED: KeyError('color_transfer')", job_id=jid, asset_id=asset(R), attempt=R.randint(1, 3), exit_code=1)


def a_negs():
    def n_banner(R):
        return "ffmpeg version 6.1.%d Copyright (c) 2000-2023 the FFmpeg developers" % R.randint(1, 2)

    def n_input(R):
        return "Input #0, %s, from '%s/source.%s':" % (pick(R, ["mov,mp4,m4a,3gp,3g2,mj2", "mxf"]), scratch(R), pick(R, ["mov", "mxf", "mp4"]))

    def n_duration(R):
        return "  Duration: %02d:%02d:%02d.%02d, start: 0.000000, bitrate: %d kb/s" % (R.randint(0, 2), R.randint(0, 59), R.randint(0, 59), R.randint(0, 99), R.randint(8000, 190000))

    def n_stream(R):
        w, h = pick(R, [(1920, 1080), (3840, 2160), (1280, 720)])
        return "  Stream #0:0[0x1](und): Video: prores (HQ) (apch / 0x68637061), yuv422p10le(tv, bt709, progressive), %dx%d, %d kb/s, SAR 1:1 DAR 16:9, %s fps, %s tbr, %d tbn (default)" % (
            w, h, R.randint(80000, 700000), pick(R, ["25", "24", "23.98", "29.97"]), pick(R, ["25", "24", "23.98", "29.97"]), pick(R, [12800, 24000, 30000]))

    def n_progress(R):
        return "frame=%5d fps=%3d q=%.1f size=N/A time=%02d:%02d:%02d.%02d bitrate=N/A speed=%.3gx" % (
            R.randint(100, 90000), R.randint(20, 240), R.choice([23.0, 24.0, 26.0, 28.0, -1.0]), 0, R.randint(0, 59), R.randint(0, 59), R.randint(0, 99), R.random() * 6 + 0.4)

    def n_progress_dup(R):
        return "frame=%5d fps=%3d q=%.1f size=%8dkB time=00:%02d:%02d.%02d bitrate=%.1fkbits/s dup=%d drop=0 speed=%.3gx" % (
            R.randint(100, 90000), R.randint(20, 240), R.choice([23.0, 28.0]), R.randint(1000, 900000), R.randint(0, 59), R.randint(0, 59), R.randint(0, 99), R.random() * 5000 + 400, R.randint(1, 40), R.random() * 6 + 0.4)

    def n_hls_open(R):
        return "[hls @ %s] Opening '%s/out/%s_%05d.ts' for writing" % (ctx(R), scratch(R), pick(R, RENDS), R.randint(0, 900))

    def n_x264(R):
        return "[libx264 @ %s] %s" % (ctx(R), pick(R, ["using cpu capabilities: MMX2 SSE2Fast SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2 AVX512",
                                                      "profile High, level %s, 4:2:0, 8-bit" % pick(R, ["3.1", "4.0", "4.1", "5.1"])]))

    def n_x264_stats(R):
        return "[libx264 @ %s] frame I:%d     Avg QP:%.2f  size:%d" % (ctx(R), R.randint(40, 900), R.random() * 8 + 16, R.randint(40000, 300000))

    def n_summary(R):
        return "[out#0/hls @ %s] video:%dkB audio:%dkB subtitle:0kB other streams:0kB global headers:0kB muxing overhead: unknown" % (ctx(R), R.randint(10000, 4000000), R.randint(1000, 90000))

    def n_deprecated(R):
        return "[swscaler @ %s] deprecated pixel format used, make sure you did set range correctly" % ctx(R)

    def n_guessed(R):
        return "[aist#0:%d/pcm_s24le @ %s] Guessed Channel Layout: %s" % (R.randint(1, 8), ctx(R), pick(R, ["5.1", "stereo", "mono", "7.1"]))

    def n_toomanybits(R):
        return "[aac @ %s] Too many bits %d.000000 > 6144 per frame requested, clamping to max" % (ctx(R), R.randint(6200, 9000))

    def n_nvenc_ok(R):
        return wj(R, "INFO", "transcoder.render", "GPU rendition %s done in %.1fs (encoder h264_nvenc, instance g5.xlarge)" % (pick(R, RENDS), R.random() * 400 + 30), job_id=job_id(R), asset_id=asset(R))

    def n_start(R):
        return wj(R, "INFO", "transcoder.main", "Job started", job_id=job_id(R), asset_id=asset(R), attempt=1, job_queue=pick(R, ["vod-cpu-spot", "vod-gpu-ondemand", "vod-cpu-ondemand"]),
                  wrapper_version=pick(R, ["4.11.3", "4.12.0"]))

    def n_fetch(R):
        return wj(R, "INFO", "transcoder.fetch", "Downloaded source s3://%s/%s/master.mov (%.1f GiB) in %.1fs" % (SRC_BUCKET, asset(R), R.random() * 40 + 1, R.random() * 90 + 5), job_id=job_id(R))

    def n_probe(R):
        return wj(R, "INFO", "transcoder.probe", "ffprobe: %d video, %d audio, %d subtitle streams; duration=%.3fs; hdr=%s" % (
            1, R.randint(1, 8), R.randint(0, 12), R.random() * 7000 + 60, pick(R, ["false", "false", "pq", "hlg"])), job_id=job_id(R), asset_id=asset(R))

    def n_done(R):
        return wj(R, "INFO", "transcoder.render", "ffmpeg exited with code 0 for rendition %s in %.1fs" % (pick(R, RENDS), R.random() * 900 + 20), job_id=job_id(R), errors=0)

    def n_upload(R):
        return wj(R, "INFO", "transcoder.publish", "Uploaded %d objects (%.1f GiB) to s3://%s/%s/, 0 failed" % (R.randint(40, 3000), R.random() * 20, OUT_BUCKET, asset(R)), job_id=job_id(R))

    def n_retry(R):
        return wj(R, "WARNING", "transcoder.publish", "PutObject SlowDown for %s_%05d.ts, retry %d/5 succeeded after %dms" % (pick(R, RENDS), R.randint(0, 900), R.randint(1, 2), R.randint(200, 3000)), job_id=job_id(R))

    def n_reject(R):
        return wj(R, "WARNING", "transcoder.probe", "Source rejected: %s; asset marked INVALID_SOURCE, no retry" % pick(R, [
            "no video stream found", "duration 0.4s below minimum 1s", "moov atom not found (truncated upload)", "unsupported container 'rar'"]), job_id=job_id(R), asset_id=asset(R), uploader="usr_" + lower(R, 8))

    def n_spot(R):
        return wj(R, "WARNING", "transcoder.main", "SIGTERM received (Spot interruption notice); exiting 143 so Batch retries the job (attempt %d/3)" % R.randint(1, 2), job_id=job_id(R))

    def n_metrics(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "ReelHarbor/Transcode", "Dimensions": [["Queue"]],
                                                                           "Metrics": [{"Name": "RenditionSeconds", "Unit": "Seconds"}, {"Name": "FailedRenditions", "Unit": "Count"}]}]},
                   "Queue": pick(R, ["vod-cpu-spot", "vod-gpu-ondemand"]), "RenditionSeconds": round(R.random() * 900, 1), "FailedRenditions": 0})

    return [n_banner, n_input, n_duration, n_stream, n_progress, n_progress, n_progress_dup, n_hls_open, n_x264, n_x264_stats, n_summary,
            n_deprecated, n_guessed, n_toomanybits, n_nvenc_ok, n_start, n_fetch, n_probe, n_done, n_upload, n_retry, n_reject, n_spot, n_metrics]


def fam_ffmpeg(R):
    return build(R, F1, [("gpu-ami-driver-too-old-for-nvenc-api-12-1", a_nvenc), ("scratch-volume-30gib-no-space-left", a_nospace),
                         ("job-role-missing-kms-decrypt-mezzanine-key", a_kms), ("image-ffmpeg-without-libfdk-aac", a_fdk),
                         ("wrapper-4-12-keyerror-color-transfer", a_keyerror)], a_negs())


# ---------------------------------------------------------------- mediaconvert-eventbridge-node20-lambda
F2 = "mediaconvert-eventbridge-node20-lambda"
Q = "arn:aws:mediaconvert:%s:%s:queues/%%s" % (REGION, ACCT)


def mc_job(R):
    return "%d-%s" % (epoch_ms(R), lower(R, 6))


def nrt(R, level, msg, rid=None):
    return "%s\t%s\t%s\t%s" % (iso(R), rid or uuid(R), level, msg)


def mc_event(R, status, **detail):
    jid = mc_job(R)
    d = {"version": "0", "id": uuid(R), "detail-type": "MediaConvert Job State Change", "source": "aws.mediaconvert", "account": ACCT,
         "time": iso(R, frac=0), "region": REGION, "resources": ["arn:aws:mediaconvert:%s:%s:jobs/%s" % (REGION, ACCT, jid)],
         "detail": {"timestamp": epoch_ms(R), "accountId": ACCT, "queue": Q % pick(R, ["vod-standard", "vod-priority"]), "jobId": jid, "status": status}}
    d["detail"].update(detail)
    d["detail"].setdefault("userMetadata", {"assetId": asset(R), "pipeline": "vod-v3"})
    return d


def b_input403(R):
    # the ingest bucket policy was tightened to aws:PrincipalOrgID; MediaConvert's service role is not matched, so
    # every job fails opening its input
    src = "s3://reelharbor-ingest-apse2/%s/%s.mp4" % (pick(R, ["creator", "studio", "partner"]), lower(R, 12))
    msg = "Unable to open input file [%s]: [Failed probe/open: [Failed to read data: Access Denied (HTTP 403)]]" % src
    if R.random() < 0.55:
        return nrt(R, "INFO", "MediaConvert event %s" % jd(mc_event(R, "ERROR", errorCode=1401, errorMessage=msg)))
    return nrt(R, "ERROR", "Transcode failed for asset %s (job %s): errorCode=1401 %s" % (asset(R), mc_job(R), msg))


def b_output403(R):
    # the VOD origin bucket's default encryption was switched to a CMK whose key policy lacks the MediaConvert role;
    # jobs transcode but fail writing their outputs
    dst = "s3://%s/%s/hls/%s_%05d.ts" % (OUT_BUCKET, asset(R), pick(R, RENDS), R.randint(0, 900))
    msg = "Unable to write to output file [%s]: [Failed to write data: Access Denied (HTTP 403)]" % dst
    if R.random() < 0.55:
        return nrt(R, "INFO", "MediaConvert event %s" % jd(mc_event(R, "ERROR", errorCode=1432, errorMessage=msg)))
    return nrt(R, "ERROR", "Transcode failed for asset %s (job %s): errorCode=1432 %s" % (asset(R), mc_job(R), msg))


def b_ddb(R):
    # the catalog table was recreated with a composite key (pk, sk) by an IaC change; the COMPLETE handler still
    # writes {assetId}, so every finished job fails to publish to the catalog
    rid = uuid(R)
    if R.random() < 0.7:
        return nrt(R, "ERROR", "Invoke Error \t%s" % jd({"errorType": "ValidationException", "errorMessage": "The provided key element does not match the schema",
                                                        "name": "ValidationException", "$fault": "client",
                                                        "$metadata": {"httpStatusCode": 400, "requestId": upper(R, 52), "attempts": 1, "totalRetryDelay": 0},
                                                        "__type": "com.amazon.coral.validate#ValidationException",
                                                        "stack": ["ValidationException: The provided key element does not match the schema",
                                                                  "    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)",
                                                                  "    at async updateCatalog (/var/task/index.mjs:%d:5)" % R.randint(88, 92),
                                                                  "    at async Runtime.handler (/var/task/index.mjs:41:7)"]}), rid)
    return nrt(R, "ERROR", "Catalog update failed for asset %s (job %s, status COMPLETE): ValidationException: The provided key element does not match the schema" % (asset(R), mc_job(R)), rid)


def b_timeout(R):
    # vod-job-reconciler lists all jobs of the queue without a createdAt bound; as history grew, every run hits the
    # 60 s function timeout
    rid = uuid(R)
    if R.random() < 0.5:
        return "%s %s Task timed out after 60.%02d seconds" % (iso(R), rid, R.randint(0, 9))
    return lambda_report(R, rid, 60000 + R.random() * 30, 256, R.randint(110, 180), status="timeout")


def b_sns(R):
    # the notify topic was deleted in a stack rename; the new ARN was never put into NOTIFY_TOPIC_ARN
    if R.random() < 0.6:
        return nrt(R, "ERROR", "Failed to notify subscribers for asset %s NotFoundException: Topic does not exist\n"
                               "    at throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:838:20)\n"
                               "    at de_CommandError (/var/runtime/node_modules/@aws-sdk/client-sns/dist-cjs/index.js:%d:14)\n"
                               "    at async notify (/var/task/notify.mjs:%d:3) {\n  '$fault': 'client',\n  '$metadata': {\n    httpStatusCode: 404,\n"
                               "    requestId: '%s',\n    attempts: 1,\n    totalRetryDelay: 0\n  },\n  Type: 'Sender',\n  Code: 'NotFound'\n}" % (
                                   asset(R), R.randint(2400, 2480), R.randint(18, 22), uuid(R)))
    return nrt(R, "WARN", "Asset %s is READY but subscriber notification was not sent (topic arn:aws:sns:%s:%s:vod-asset-ready not found)" % (asset(R), REGION, ACCT))


def b_negs():
    def n_start(R):
        return "START RequestId: %s Version: %s" % (uuid(R), pick(R, ["$LATEST", "17", "18"]))

    def n_end(R):
        return "END RequestId: %s" % uuid(R)

    def n_report(R):
        init = R.random() * 500 + 180 if R.random() < 0.15 else None
        return lambda_report(R, uuid(R), R.random() * 600 + 4, pick(R, [256, 512]), R.randint(70, 140), init=init, xr=R.random() < 0.5)

    def n_init(R):
        return "INIT_START Runtime Version: nodejs:20.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(38, 44), REGION, hexs(R, 64))

    def n_progressing(R):
        return nrt(R, "INFO", "MediaConvert event %s" % jd(mc_event(R, "PROGRESSING")))

    def n_update(R):
        return nrt(R, "INFO", "MediaConvert event %s" % jd(mc_event(R, "STATUS_UPDATE", framesDecoded=R.randint(100, 200000), jobProgress={
            "phaseProgress": {"PROBING": {"status": "COMPLETE", "percentComplete": 100}, "TRANSCODING": {"status": "PROGRESSING", "percentComplete": R.randint(1, 99)},
                              "UPLOADING": {"status": "PENDING", "percentComplete": 0}}, "jobPercentComplete": R.randint(1, 99), "currentPhase": "TRANSCODING", "retryCount": 0})))

    def n_complete(R):
        return nrt(R, "INFO", "MediaConvert event %s" % jd(mc_event(R, "COMPLETE", outputGroupDetails=[{"outputDetails": [{"outputFilePaths": [
            "s3://%s/%s/hls/index.m3u8" % (OUT_BUCKET, asset(R))], "durationInMs": R.randint(30000, 7200000), "videoDetails": {"widthInPx": 1920, "heightInPx": 1080}}], "type": "HLS_GROUP"}],
            warnings=[{"code": 230001, "count": 1}] if R.random() < 0.3 else [])))

    def n_published(R):
        return nrt(R, "INFO", "Asset %s published to catalog (job %s, %d renditions, errors=0)" % (asset(R), mc_job(R), R.randint(4, 9)))

    def n_input_info(R):
        return nrt(R, "INFO", "MediaConvert event %s" % jd(mc_event(R, "INPUT_INFORMATION", inputDetails=[{"id": 1, "uri": "s3://reelharbor-ingest-apse2/creator/%s.mp4" % lower(R, 12),
            "video": [{"bitDepth": 8, "codec": "H_264", "colorFormat": "YUV_420", "fourCC": "avc1", "frameRate": 29.97, "height": 1080, "width": 1920, "interlaceMode": "PROGRESSIVE", "sar": "1:1", "standard": "UNSPECIFIED"}]}])))

    def n_bad_upload(R):
        # the creator uploaded a broken file; the job ERROR is the expected outcome and the asset is rejected
        return nrt(R, "WARN", "Job %s failed on the creator's upload (errorCode=1040 %s); asset %s marked REJECTED_SOURCE, creator notified" % (
            mc_job(R), pick(R, ["Invalid input: no video or audio track found", "Invalid input: file is truncated", "Unsupported input container"]), asset(R)))

    def n_canceled(R):
        return nrt(R, "INFO", "MediaConvert event %s" % jd(mc_event(R, "CANCELED")))

    def n_other_queue(R):
        return nrt(R, "DEBUG", "Ignoring event for queue %s (not managed by vod-pipeline)" % (Q % "Default"))

    def n_dup(R):
        return nrt(R, "INFO", "Duplicate COMPLETE delivery for job %s (already recorded at %s); skipping" % (mc_job(R), iso(R)))

    def n_emf(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "ReelHarbor/VOD", "Dimensions": [["Queue"]],
                   "Metrics": [{"Name": "JobsCompleted", "Unit": "Count"}, {"Name": "JobsFailed", "Unit": "Count"}]}]},
                   "Queue": pick(R, ["vod-standard", "vod-priority"]), "JobsCompleted": R.randint(1, 3), "JobsFailed": 0})

    def n_throttle_retry(R):
        return nrt(R, "WARN", "GetJob throttled (TooManyRequestsException), retry %d succeeded after %dms" % (R.randint(1, 2), R.randint(100, 1500)))

    def n_reconcile_ok(R):
        return nrt(R, "INFO", "Reconciled %d jobs from vod-priority in %dms (0 missing, 0 failed)" % (R.randint(3, 60), R.randint(200, 9000)))

    return [n_start, n_end, n_report, n_start, n_end, n_report, n_init, n_progressing, n_update, n_complete, n_published, n_input_info,
            n_bad_upload, n_canceled, n_other_queue, n_dup, n_emf, n_throttle_retry, n_reconcile_ok]


def fam_mc(R):
    return build(R, F2, [("service-role-denied-by-ingest-bucket-policy-1401", b_input403), ("origin-bucket-cmk-denies-output-write-1432", b_output403),
                         ("catalog-table-composite-key-validationexception", b_ddb), ("reconciler-unbounded-listjobs-60s-timeout", b_timeout),
                         ("asset-ready-topic-deleted-notfound", b_sns)], b_negs())

FAMILIES = {F1: fam_ffmpeg, F2: fam_mc}
