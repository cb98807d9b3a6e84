"""Families: sitewise-timestream-plant-ingest, kvs-producer-sdk-edge-cameras."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, day, hms, epoch, epoch_ms,
                    iotts, usec_iso, sp, start, end, report, ACCT, REGION, jd)

# ---------------------------------------------------------------- sitewise-timestream-plant-ingest
# "hartwell paper": two paper mills (pm2, pm3). PLC gateways publish to IoT Core; an IoT rule
# (IotSiteWiseAction) feeds SiteWise, and a Python 3.12 Lambda "mill-ingest-writer" (Powertools JSON logger)
# writes the same readings to Timestream (database hartwell_mills) and 15-min energy rollups. The log group
# holds the writer's lines, runtime lines, and the IoT Core rule log entries of the SiteWise action.
F1 = "sitewise-timestream-plant-ingest"


def pt(R, level, loc, msg, **kw):
    d = {"level": level, "location": loc, "message": msg, "timestamp": sp(R, 3).replace(".", ",") + "+0000", "service": "mill-ingest-writer",
         "cold_start": False, "function_request_id": uuid(R)}
    d.update(kw)
    return jd(d)


def tag(R):
    return "%s/%s/%s" % (pick(R, ["pm2", "pm3"]), pick(R, ["wet-end", "press", "dryer", "reel"]), pick(R, ["line_speed", "steam_pressure", "moisture_pct", "basis_weight", "motor_current"]))


def e_type(R):
    # pm3 PLC firmware now sends line_speed as an integer; Timestream rejects the BIGINT value for a DOUBLE measure
    n = R.randint(3, 100)
    return pt(R, "ERROR", "write_batch:%d" % R.randint(112, 114), "Timestream WriteRecords rejected %d of 100 records for table pm3_process" % n,
              rejected_sample={"RecordIndex": R.randint(0, 99), "Reason": "Measure name line_speed has already been assigned to a different type. Expected DOUBLE, received BIGINT."},
              error_type="RejectedRecordsException")


def e_memstore(R):
    # pm2 gateways replayed an 18-hour offline backlog; the memory store keeps 12 h and magnetic store writes are off
    n = R.randint(40, 100)
    return pt(R, "ERROR", "write_batch:%d" % R.randint(112, 114), "Timestream WriteRecords rejected %d of 100 records for table pm2_process; records dropped (no retry for this reason)" % n,
              rejected_sample={"RecordIndex": R.randint(0, 99), "Reason": "The record timestamp is outside the time range [2029-04-%02dT%02d:00:00Z, 2029-04-%02dT%02d:00:00Z) of the memory store." % ((lambda d, h: (d, h, d + 1, h))(R.randint(2, 13), R.randint(0, 11)))},
              error_type="RejectedRecordsException")


def e_alias(R):
    # the pm3 asset model was rebuilt; property aliases changed from /hartwell/pm3/... to /hw/pm3/...; the IoT rule still uses the old ones
    c = "hw-pm3-gw-%02d" % R.randint(1, 6)
    alias = "/hartwell/pm3/%s/%s" % (pick(R, ["wet-end", "press", "dryer", "reel"]), pick(R, ["line_speed", "steam_pressure", "moisture_pct", "basis_weight"]))
    return jd({"timestamp": iotts(R), "logLevel": "ERROR", "traceId": uuid(R), "accountId": ACCT, "status": "Failure", "eventType": "RuleExecution", "clientId": c,
               "topicName": "hw/pm3/%s/readings" % c, "ruleName": "pm3_readings_to_sitewise", "ruleAction": "IotSiteWiseAction", "resources": {}, "principalId": hexs(R, 64),
               "details": "Failed to send message to IoT SiteWise. BatchPutAssetPropertyValue returned errorEntries: [{entryId: %s, errors: [{errorCode: ResourceNotFoundException, errorMessage: No asset property found for propertyAlias %s}]}]" % (lower(R, 8), alias)})


def e_table(R):
    # the energy rollup table was renamed energy_15m -> energy_rollup_15m in IaC; the rollup path still writes the old name
    if R.random() < 0.7:
        return pt(R, "ERROR", "write_rollup:%d" % R.randint(201, 203), "energy rollup write failed for %s window %s" % (pick(R, ["pm2", "pm3"]), "2029-04-%02dT%02d:%02d:00Z" % (R.randint(2, 14), R.randint(0, 23), pick(R, [0, 15, 30, 45]))),
                  error_type="ResourceNotFoundException", error="An error occurred (ResourceNotFoundException) when calling the WriteRecords operation: The table energy_15m does not exist.")
    return "[ERROR] ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the WriteRecords operation: The table energy_15m does not exist.\nTraceback (most recent call last):\n  File \"/var/task/writer/handler.py\", line %d, in handler\n    write_rollup(batch)\n  File \"/var/task/writer/rollup.py\", line 202, in write_rollup\n    ts.write_records(DatabaseName=\"hartwell_mills\", TableName=ENERGY_TABLE, Records=recs)\n  File \"/var/lang/lib/python3.12/site-packages/botocore/client.py\", line %d, in _api_call\n    return self._make_api_call(operation_name, kwargs)" % (R.randint(60, 64), R.randint(565, 569))


def e_keyerror(R):
    # gateway software 3.0 sends {"t": ...} instead of {"ts": ...}; the writer's decoder raises KeyError and the whole batch fails
    if R.random() < 0.65:
        return "[ERROR] KeyError: 'ts'\nTraceback (most recent call last):\n  File \"/var/task/writer/handler.py\", line %d, in handler\n    recs = [to_record(m) for m in batch]\n  File \"/var/task/writer/decode.py\", line 41, in to_record\n    t = int(msg[\"ts\"])\n            ~~~^^^^^^" % R.randint(52, 55)
    return pt(R, "ERROR", "handler:%d" % R.randint(52, 55), "batch of %d messages from hw-%s-gw-%02d failed to decode (payload schema v3, key 'ts' missing)" % (R.randint(20, 200), pick(R, ["pm2", "pm3"]), R.randint(1, 6)), error_type="KeyError")


def mill_negs():
    def n_ok(R): return pt(R, "INFO", "write_batch:%d" % R.randint(104, 106), "Timestream WriteRecords ok for table %s_process: records=100 rejected=0 in %d ms" % (pick(R, ["pm2", "pm3"]), R.randint(20, 300)))
    def n_dupe(R): return pt(R, "INFO", "write_batch:%d" % R.randint(118, 120), "ignored %d rejected records: A record with a higher version already exists (duplicate delivery from IoT rule retry)" % R.randint(1, 6))
    def n_throttle(R): return pt(R, "WARN", "write_batch:%d" % R.randint(96, 98), "ThrottlingException on WriteRecords for %s_process; retry %d succeeded after %d ms" % (pick(R, ["pm2", "pm3"]), R.randint(1, 3), R.randint(50, 900)))
    def n_sw_ok(R):
        c = "hw-%s-gw-%02d" % (pick(R, ["pm2", "pm3"]), R.randint(1, 6))
        return jd({"timestamp": iotts(R), "logLevel": "INFO", "traceId": uuid(R), "accountId": ACCT, "status": "Success", "eventType": "RuleExecution", "clientId": c,
                   "topicName": "hw/pm2/%s/readings" % c, "ruleName": "pm2_readings_to_sitewise", "ruleAction": "IotSiteWiseAction", "resources": {}, "principalId": hexs(R, 64), "details": "Message was sent successfully"})
    def n_start(R): return start(R)
    def n_end(R): return end(R)
    def n_report(R): return report(R, 512)
    def n_debug(R): return pt(R, "DEBUG", "handler:%d" % R.randint(40, 42), "received message", payload={"gw": "hw-pm2-gw-%02d" % R.randint(1, 6), "ts": epoch_ms(R), "v": 2, "tags": {tag(R): round(R.uniform(0, 900), 2)}})
    def n_heartbeat(R): return pt(R, "INFO", "handler:%d" % R.randint(44, 46), "skipping %d heartbeat messages (type=hb)" % R.randint(1, 12))
    def n_emf(R): return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "Hartwell/Ingest", "Dimensions": [["mill"]], "Metrics": [{"Name": "RecordsWritten", "Unit": "Count"}, {"Name": "RecordsRejected", "Unit": "Count"}]}]}, "mill": pick(R, ["pm2", "pm3"]), "RecordsWritten": R.randint(100, 5000), "RecordsRejected": 0})
    def n_quality(R): return pt(R, "WARN", "to_record:%d" % R.randint(70, 72), "reading %s quality=UNCERTAIN (sensor calibrating); written with quality dimension" % tag(R))
    def n_outlier(R): return pt(R, "INFO", "to_record:%d" % R.randint(80, 82), "value %.1f for %s outside plausibility band; flagged, not dropped" % (R.uniform(-50, 5000), tag(R)))
    def n_cold(R): return pt(R, "INFO", "handler:%d" % R.randint(30, 32), "cold start: endpoint discovery for ingest-cell%d.timestream.%s.amazonaws.com cached for 1440 min" % (R.randint(1, 3), REGION))
    def n_sw_query(R): return pt(R, "INFO", "sync_assets:%d" % R.randint(20, 22), "SiteWise ListAssets for model hw-pm2-section returned %d assets; alias map refreshed (0 missing)" % R.randint(12, 40))
    def n_rollup_ok(R): return pt(R, "INFO", "write_rollup:%d" % R.randint(190, 192), "water-use rollup for pm2 window 2029-04-%02dT%02d:%02d:00Z written to water_rollup_15m (%d records)" % (R.randint(2, 14), R.randint(0, 23), pick(R, [0, 15, 30, 45]), R.randint(20, 60)))
    def n_magnetic(R): return pt(R, "INFO", "write_batch:%d" % R.randint(125, 127), "late records for pm3 (%d min old) written to memory store within retention" % R.randint(5, 600))
    def n_sw_retry(R):
        c = "hw-pm2-gw-%02d" % R.randint(1, 6)
        return jd({"timestamp": iotts(R), "logLevel": "WARN", "traceId": uuid(R), "accountId": ACCT, "status": "Success", "eventType": "RuleExecution", "clientId": c, "topicName": "hw/pm2/%s/readings" % c,
                   "ruleName": "pm2_readings_to_sitewise", "ruleAction": "IotSiteWiseAction", "resources": {}, "principalId": hexs(R, 64), "details": "ThrottlingException from IoT SiteWise; message sent successfully on retry %d" % R.randint(1, 2)})
    def n_sw_stale(R):
        c = "hw-pm2-gw-%02d" % R.randint(1, 6)
        return jd({"timestamp": iotts(R), "logLevel": "WARN", "traceId": uuid(R), "accountId": ACCT, "status": "Failure", "eventType": "RuleExecution", "clientId": c, "topicName": "hw/pm2/%s/readings" % c,
                   "ruleName": "pm2_readings_to_sitewise", "ruleAction": "IotSiteWiseAction", "resources": {}, "principalId": hexs(R, 64),
                   "details": "BatchPutAssetPropertyValue returned errorEntries: [{entryId: %s, errors: [{errorCode: InvalidRequestException, errorMessage: Property value is older than existing value (TQV with same timestamp and quality already stored)}]}]" % lower(R, 8)})
    return [n_ok, n_dupe, n_throttle, n_sw_ok, n_start, n_end, n_report, n_debug, n_heartbeat, n_emf, n_quality, n_outlier, n_cold, n_sw_query, n_rollup_ok, n_magnetic, n_sw_retry, n_sw_stale]


def fam_mill(R):
    return build(R, F1, [("pm3-line-speed-bigint-vs-double-rejected", e_type), ("pm2-backlog-outside-memory-store-dropped", e_memstore),
                         ("pm3-sitewise-alias-not-found-after-model-rebuild", e_alias), ("energy-rollup-table-energy-15m-not-found", e_table),
                         ("gateway-v3-payload-keyerror-ts", e_keyerror)], mill_negs())


# ---------------------------------------------------------------- kvs-producer-sdk-edge-cameras
# "copperline logistics": warehouse cameras streamed by edge boxes (kvssink / KVS C++ producer SDK, IoT
# certificate credentials via the IoT credential provider). Logs shipped by the CloudWatch agent:
# log4cplus lines `<date> <time> [<tid>] <LEVEL> - <fn>(): <text>` and GStreamer errors as gst-launch prints them.
F2 = "kvs-producer-sdk-edge-cameras"


def cam(R, site=None):
    return "cl-%s-cam-%02d" % (site or pick(R, ["dock", "yard", "wh1", "wh2", "mezz"]), R.randint(1, 24))


def kv(R, lvl, fn, text):
    return "%s [%d] %-5s - %s(): %s" % (sp(R, 3), R.randint(139800000000000, 139899999999999), lvl, fn, text)


def f_iotcred(R):
    # building-4 cameras moved to thing group cl-b4; the role alias policy allows only cl-wh-* things: credential fetch 403
    c = cam(R, "b4")
    if R.random() < 0.6:
        return kv(R, "ERROR", "iotCurlHandler", "IoT credential provider for %s returned HTTP 403: {\"message\":\"Access Denied\"} (role alias cl-kvs-producer-alias)" % c)
    return kv(R, "ERROR", "createStreamSync", "operation returned status code: 0x15000026 for stream %s (failed to obtain credentials from IoT credential provider)" % c)


def f_overflow(R):
    # dock cameras raised to 8 Mbit/s over the dock's 4G uplink: content store overflows, frames dropped
    c = cam(R, "dock")
    r = R.random()
    if r < 0.35:
        return kv(R, "WARN", "storageOverflowPressure", "Reporting storage overflow for stream %s. Bytes remaining %d" % (c, R.randint(0, 90000)))
    if r < 0.7:
        return kv(R, "WARN", "droppedFrameReport", "Reporting a dropped frame/fragment for stream %s, frame timecode %d" % (c, epoch_ms(R) * 10000))
    return kv(R, "ERROR", "putKinesisVideoFrame", "operation returned status code: 0x5200002e for stream %s (STATUS_STORE_OUT_OF_MEMORY)" % c)


def f_fragdur(R):
    # yard cameras' encoder keyframe interval set to 20 s by a vendor preset: fragments exceed the 10 s limit
    c = cam(R, "yard")
    return kv(R, "ERROR", "fragmentAckReceivedHandler", "Received ERROR ack for stream %s: error id 4002 MAX_FRAGMENT_DURATION_REACHED, fragment timecode %d" % (c, epoch_ms(R)))


def f_kms(R):
    # gate cameras' streams are encrypted with CMK alias/cl-video; its grant for the producer role was retired
    c = cam(R, "gate")
    if R.random() < 0.7:
        return kv(R, "ERROR", "fragmentAckReceivedHandler", "Received ERROR ack for stream %s: error id 4500 KMS_KEY_ACCESS_DENIED, fragment timecode %d" % (c, epoch_ms(R)))
    return kv(R, "ERROR", "streamErrorReportCallback", "Reported stream error for %s: status 0x%s, upload handle %d; stream will be reset" % (c, "3200000c", R.randint(1, 400)))


def f_rtsp(R):
    # aisle cameras' RTSP passwords rotated by the VMS; edge pipelines still use the old credentials
    c = cam(R, "aisle")
    if R.random() < 0.6:
        return "ERROR: from element /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0: Unauthorized\nAdditional debug info:\n../gst/rtsp/gstrtspsrc.c(%d): gst_rtspsrc_send (): /GstPipeline:pipeline0/GstRTSPSrc:rtspsrc0:\nUnauthorized (401)\nExecution ended after 0:00:0%d.%09d\nSetting pipeline to NULL ...\n[%s] pipeline exited, restarting in 30 s" % (R.randint(6410, 6420), R.randint(0, 2), R.randint(0, 999999999), c)
    return "%s systemd kvs-%s.service: rtsp://192.168.%d.%d:554/stream1 authentication failed (401), restart counter is at %d" % (sp(R, 0), c, R.randint(40, 44), R.randint(10, 200), R.randint(5, 400))


def kvs_negs():
    def n_ready(R): return kv(R, "INFO", "streamReadyHandler", "Stream is ready: %s" % cam(R))
    def n_ack(R): return kv(R, "DEBUG", "fragmentAckReceivedHandler", "Fragment ack for stream %s: %s, timecode %d" % (cam(R), pick(R, ["BUFFERING", "RECEIVED", "PERSISTED"]), epoch_ms(R)))
    def n_conn_dur(R): return kv(R, "WARN", "fragmentAckReceivedHandler", "Received ERROR ack for stream %s: error id 4003 MAX_CONNECTION_DURATION_REACHED; rotating connection (expected every 45 min)" % cam(R))
    def n_stale(R): return kv(R, "WARN", "connectionStaleHandler", "Connection staleness detected for stream %s (last ack %d ms ago); resetting connection" % (cam(R), R.randint(20000, 40000)))
    def n_reconn(R): return kv(R, "INFO", "streamReadyHandler", "Stream %s reconnected after reset, buffered %d ms re-sent" % (cam(R), R.randint(100, 9000)))
    def n_latency(R): return kv(R, "WARN", "streamLatencyPressureHandler", "Reporting stream latency pressure for %s. Current buffer duration %d ms (recovered)" % (cam(R), R.randint(3000, 8000)))
    def n_token(R): return kv(R, "INFO", "getStreamingTokenResultEvent", "Refreshed credentials from IoT credential provider for %s, expiration 2029-04-%02dT%02d:%02d:00Z" % (cam(R, pick(R, ["dock", "yard", "wh1", "mezz"])), R.randint(2, 14), R.randint(0, 23), R.randint(0, 59)))
    def n_metrics(R): return kv(R, "INFO", "logStreamMetric", "%s: overall view %d ms, current view %d ms, frame rate %.1f, transfer rate %d Kbps, dropped 0" % (cam(R), R.randint(1000, 120000), R.randint(0, 3000), R.uniform(14.5, 30.1), R.randint(900, 4000)))
    def n_create(R): return kv(R, "INFO", "describeStreamResultEvent", "Stream %s exists, status ACTIVE, retention %d h" % (cam(R), pick(R, [24, 72, 168])))
    def n_gst_play(R): return "Setting pipeline to PLAYING ...\nNew clock: GstSystemClock\n[%s] pipeline running (h264 %dx%d @ %d fps)" % (cam(R), pick(R, [1920, 1280]), pick(R, [1080, 720]), pick(R, [15, 25, 30]))
    def n_gst_eos(R): return "Got EOS from element \"pipeline0\".\nExecution ended after %d:%02d:%02d.%09d\n[%s] pipeline stopped for scheduled restart" % (R.randint(0, 9), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999999), cam(R))
    def n_debug(R): return kv(R, "DEBUG", "putKinesisVideoFrame", "frame pts %d dts %d size %d flags %s for stream %s" % (epoch_ms(R), epoch_ms(R), R.randint(2000, 200000), pick(R, ["KEY_FRAME", "NONE"]), cam(R)))
    def n_clientinfo(R): return kv(R, "INFO", "createDeviceInfo", "storage size %d MB, stream count %d, log level %d" % (pick(R, [128, 256, 512]), R.randint(4, 12), pick(R, [3, 4])))
    def n_shutdown(R): return kv(R, "INFO", "freeKinesisVideoStream", "Stream %s freed; %d fragments persisted, 0 errors" % (cam(R), R.randint(100, 9000)))
    def n_curl_retry(R): return kv(R, "WARN", "curlCallApi", "curl perform failed with 'Couldn't resolve host name' for %s; retry %d succeeded" % (pick(R, ["kinesisvideo.%s.amazonaws.com" % REGION, "s-%s.kinesisvideo.%s.amazonaws.com" % (hexs(R, 8), REGION)]), R.randint(1, 3)))
    def n_motion(R): return "[%s] motion events in last hour: %d; clips tagged: %d" % (cam(R), R.randint(0, 300), R.randint(0, 30))
    def n_fps(R): return kv(R, "WARN", "frameOrderCoordinator", "frame with timestamp earlier than previous for %s adjusted by %d ms (encoder jitter)" % (cam(R), R.randint(1, 40)))
    def n_rtsp_ok(R): return "[%s] rtsp://192.168.%d.%d:554/stream1 connected (digest auth), %s" % (cam(R, pick(R, ["dock", "yard", "wh2"])), R.randint(40, 44), R.randint(10, 200), pick(R, ["TCP interleaved", "UDP"]))
    return [n_ready, n_ack, n_conn_dur, n_stale, n_reconn, n_latency, n_token, n_metrics, n_create, n_gst_play, n_gst_eos, n_debug, n_clientinfo, n_shutdown, n_curl_retry, n_motion, n_fps, n_rtsp_ok]


def fam_kvs(R):
    return build(R, F2, [("b4-iot-credential-provider-403-role-alias", f_iotcred), ("dock-8mbit-storage-overflow-dropped-frames", f_overflow),
                         ("yard-keyframe-20s-max-fragment-duration", f_fragdur), ("gate-stream-kms-grant-retired-4500", f_kms),
                         ("aisle-rtsp-password-rotated-401", f_rtsp)], kvs_negs())


FAMILIES = {F1: fam_mill, F2: fam_kvs}
