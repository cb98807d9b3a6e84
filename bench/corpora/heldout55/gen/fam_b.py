"""Families: labresults-go-mllp-hl7v2-logrus-ecs, pacs-dcm4chee-arc5-wildfly-ec2.

"labresults" is quillbrook's HL7 v2 lab-result bridge "labwire" (Go 1.22, logrus TextFormatter) on ECS: an MLLP
listener for the reference lab (invented "Northmark Veterinary Diagnostics") and the in-clinic analyzers' middleware;
it parses ORU^R01, maps patients through a DynamoDB cross-reference table, archives raw messages to S3 and files
results to the practice-management system's REST API, then sends the HL7 ACK. logrus writes
`time="2031-05-14T09:12:33Z" level=info msg="..." k=v`; a Go `panic:` with its goroutine dump is one event; DEBUG message
dumps carry the HL7 text in a quoted `hl7=` field (segments separated by a literal `\\r`), one line each (awslogs pattern `^(time=|panic:)`).

"pacs" is the imaging archive dcm4chee-arc 5 on WildFly on EC2 (DICOM C-STORE from the clinics' X-ray, ultrasound and
CT modalities, QIDO/WADO-RS for the PMS viewer behind Keycloak, forwarding to a teleradiology partner, export of older
studies to a cold S3 tier). WildFly's pattern `2031-05-14 09:12:33,123 INFO  [category] (thread) msg` with exception
stacks in the same event (CloudWatch agent pattern `^\\d{4}-\\d{2}-\\d{2} `)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, comma_ts, epoch)

# ---------------------------------------------------------------- labresults-go-mllp-hl7v2-logrus-ecs
F1 = "labresults-go-mllp-hl7v2-logrus-ecs"
SENDERS = [("NORTHMARK", "NMVD"), ("VETSCAN-HV", "HARBOURVIEW"), ("PROCYTE-WM", "WESTMOUNT"), ("CATALYST-LS", "LAKESHORE"), ("NORTHMARK", "NMVD")]


def lr(R, lvl, msg, **kv):
    out = 'time="%s" level=%s msg="%s"' % (iso_z(R, 0), lvl, msg.replace('"', '\\"'))
    for k, v in kv.items():
        v = str(v)
        out += " %s=%s" % (k, ('"%s"' % v.replace('"', '\\"')) if (" " in v or "=" in v or '"' in v or v == "") else v)
    return out


def mcid(R):
    return pick(R, ["NM", "Q", "LW"]) + digits(R, 10)


def acc(R):
    return "NM%s-%s" % (digits(R, 2), digits(R, 6))


def snd(R):
    return pick(R, SENDERS)


def lr_pms401(R):
    # the PMS service-account API key "labwire" expired on 2031-05-10 (90-day policy) and was not renewed; every
    # result is refused with 401, is not filed to the patient record and is NACKed (AE) back to the lab
    a, f = snd(R)
    r = R.random()
    if r < 0.5:
        return lr(R, "error", "filing result to PMS failed", control_id=mcid(R), sending_app=a, accession=acc(R), status=401, err="POST https://pms.internal.%s/api/v2/results: 401 Unauthorized: api key expired" % DOMAIN)
    if r < 0.8:
        return lr(R, "warning", "ACK sent", ack_code="AE", control_id=mcid(R), sending_app=a, text="result not filed: PMS rejected credentials")
    return lr(R, "error", "filing queue stalled", pending=R.randint(20, 400), oldest_age="%dm%ds" % (R.randint(10, 300), R.randint(0, 59)), last_err="401 Unauthorized: api key expired")


def lr_panic(R):
    # Northmark's LIS upgrade sends OBX-7 (reference range) empty for calculated values; parseRefRange indexes the
    # split result without a length check, the goroutine panics, the connection drops and the lab resends forever
    if R.random() < 0.6:
        g = R.randint(40, 900)
        return ("panic: runtime error: index out of range [1] with length 1\n\ngoroutine %d [running]:\n"
                "github.com/quillbrook/labwire/internal/hl7.parseRefRange({0x0, 0x0})\n\t/src/internal/hl7/obx.go:%d +0x1c4\n"
                "github.com/quillbrook/labwire/internal/hl7.(*Parser).obx(0xc000%s, {0xc000%s, 0x%x, 0x%x})\n\t/src/internal/hl7/obx.go:%d +0x2a8\n"
                "github.com/quillbrook/labwire/internal/mllp.(*Conn).serve(0xc000%s)\n\t/src/internal/mllp/conn.go:%d +0x51d\n"
                "created by github.com/quillbrook/labwire/internal/mllp.(*Server).Serve in goroutine 1\n\t/src/internal/mllp/server.go:%d +0x2f0") % (
            g, R.randint(60, 80), hexs(R, 6), hexs(R, 6), R.randint(20, 90), R.randint(90, 200), R.randint(100, 140), hexs(R, 6), R.randint(100, 180), R.randint(60, 90))
    return lr(R, "error", "task stopped", container="labwire", exit_code=2, reason="panic: runtime error: index out of range [1] with length 1", restarts=R.randint(2, 60))


def lr_frame(R):
    # the max frame size was set to 1 MiB in the new task definition (LABWIRE_MLLP_MAX_FRAME); Northmark's histopathology
    # reports embed the PDF as an OBX ED segment of 2-8 MB, so those results are dropped at the framing layer
    if R.random() < 0.7:
        return lr(R, "error", "mllp frame rejected", remote=pubip(R) + ":" + str(R.randint(30000, 60000)), err="frame exceeds max size 1048576 bytes (read %d)" % R.randint(1048577, 8400000), action="connection closed")
    return lr(R, "warning", "sender retrying oversized message", sending_app="NORTHMARK", control_id=mcid(R), attempts=R.randint(3, 40), size_bytes=R.randint(2000000, 8400000))


def lr_ddb(R):
    # the patient cross-reference table was recreated with provisioned 5 RCU (the old one was on-demand); morning
    # result bursts are throttled after all SDK retries and those results are not filed
    if R.random() < 0.65:
        return lr(R, "error", "patient xref lookup failed", control_id=mcid(R), pid="NM-" + digits(R, 7), table="labwire-patient-xref",
                  err="operation error DynamoDB: GetItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." % upper(R, 52))
    return lr(R, "warning", "ACK sent", ack_code="AE", control_id=mcid(R), sending_app=pick(R, ["NORTHMARK", "VETSCAN-HV"]), text="temporary failure: patient lookup throttled")


def lr_kms(R):
    # the archive bucket's CMK was disabled by a key clean-up script (tagged "unused"); raw messages are not archived
    # and labwire refuses to file results it could not archive (retention rule), so results stop
    if R.random() < 0.7:
        return lr(R, "error", "archive raw message failed", control_id=mcid(R), bucket="quillbrook-labwire-archive", key="raw/2031/05/%02d/%s.hl7" % (R.randint(2, 28), mcid(R)),
                  err="operation error S3: PutObject, https response error StatusCode: 400, RequestID: %s, HostID: %s, api error KMS.DisabledException: arn:aws:kms:%s:%s:key/%s is disabled." % (upper(R, 16), alnum(R, 40), REGION, ACCT, uuid(R)))
    return lr(R, "error", "result held: not archived", control_id=mcid(R), retention_rule="archive-before-file", held=R.randint(1, 300))


def lr_negs():
    def n_conn(R):
        a, f = snd(R)
        return pick(R, [
            lr(R, "info", "connection accepted", remote=ip10(R, 40) + ":" + str(R.randint(30000, 60000)), listener=":2575"),
            lr(R, "info", "connection closed", remote=ip10(R, 40) + ":" + str(R.randint(30000, 60000)), messages=R.randint(1, 80), duration="%dm%ds" % (R.randint(0, 59), R.randint(0, 59))),
            lr(R, "info", "connection closed by peer", remote=pubip(R) + ":" + str(R.randint(30000, 60000)), err="EOF"),
            lr(R, "info", "ACK sent", ack_code="AA", control_id=mcid(R), sending_app=a, sending_facility=f)])

    def n_file(R):
        a, f = snd(R)
        return pick(R, [
            lr(R, "info", "result filed", control_id=mcid(R), sending_app=a, accession=acc(R), patient="P%07d" % R.randint(100000, 9999999), obx=R.randint(1, 40), pms_status=201),
            lr(R, "info", "raw message archived", bucket="quillbrook-labwire-archive", key="raw/2031/05/%02d/%s.hl7" % (R.randint(2, 28), mcid(R)), bytes=R.randint(900, 90000)),
            lr(R, "debug", "message received", control_id=mcid(R), type="ORU^R01", version="2.5.1", segments=R.randint(6, 60)),
            lr(R, "info", "filing queue drained", pending=0, errors=0)])

    def n_near(R):
        a, f = snd(R)
        return pick(R, [
            lr(R, "info", "duplicate message acknowledged, not refiled", control_id=mcid(R), sending_app=a, first_seen=iso_z(R, 0)),
            lr(R, "warning", "unknown patient, routed to manual reconciliation", control_id=mcid(R), pid="NM-" + digits(R, 7), owner_name=pick(R, ["ROY^M", "PATEL^S", "CHEN^L", "GAGNON^A"]), queue="recon"),
            lr(R, "warning", "ACK sent", ack_code="AR", control_id=mcid(R), sending_app=a, text="unsupported message type QRY^A19"),
            lr(R, "info", "result amended (OBR-25=C), previous values superseded", control_id=mcid(R), accession=acc(R)),
            lr(R, "warning", "PMS returned 429, retrying", control_id=mcid(R), attempt=1, backoff="500ms"),
            lr(R, "info", "result filed after retry", control_id=mcid(R), attempt=2, pms_status=201),
            lr(R, "info", "health", listener="up", pms="ok", ddb="ok", errors_last_5m=0)])

    def n_dump(R):
        a, f = snd(R)
        c = mcid(R)
        segs = ["MSH|^~\\&|%s|%s|LABWIRE|QUILLBROOK|2031%02d%02d%02d%02d||ORU^R01^ORU_R01|%s|P|2.5.1" % (a, f, 5, R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), c),
                "PID|1||NM-%s^^^NMVD||%s^%s||%s|%s" % (digits(R, 7), pick(R, ["BISCUIT", "MAPLE", "OTIS", "NALA", "MOOSE"]), pick(R, ["ROY", "PATEL", "CHEN", "GAGNON"]), pick(R, ["CANINE", "FELINE"]), pick(R, ["MN", "FS", "M", "F"])),
                "OBR|1|ORD%s|%s|%s|||2031%02d%02d" % (digits(R, 6), acc(R), pick(R, ["CBC^Complete blood count", "CHEM10^Chemistry panel", "T4^Total T4", "UA^Urinalysis"]), 5, R.randint(2, 28)),
                "OBX|1|NM|%s||%.1f|%s|%s|%s|||F" % (pick(R, ["ALT^Alanine aminotransferase", "BUN^Urea nitrogen", "CREA^Creatinine", "GLU^Glucose", "HCT^Hematocrit"]), R.uniform(0.5, 300), pick(R, ["U/L", "mmol/L", "umol/L", "%"]), pick(R, ["10-125", "2.5-9.6", "44-159", "37-55"]), pick(R, ["N", "H", "L", "N"]))]
        # logrus quotes a field value with strconv.Quote: backslashes doubled, the segment separator shown as \r
        raw = "\\r".join(x.replace("\\", "\\\\") for x in segs)
        return 'time="%s" level=debug msg="raw message" control_id=%s hl7="%s"' % (iso_z(R, 0), c, raw)

    def n_boot(R):
        return pick(R, [
            lr(R, "info", "labwire starting", version="2.8.%d" % R.randint(0, 9), commit=hexs(R, 7), go="go1.22.%d" % R.randint(1, 9)),
            lr(R, "info", "mllp listener ready", addr=":2575", max_frame=pick(R, ["1048576", "16777216"]), tls="false"),
            lr(R, "info", "shutdown signal received, draining connections", signal="terminated"),
            jd({"_aws": {"Timestamp": epoch(R) * 1000, "CloudWatchMetrics": [{"Namespace": "Quillbrook/Labwire", "Dimensions": [["Service"]], "Metrics": [{"Name": "ResultsFiled", "Unit": "Count"}, {"Name": "AckAE", "Unit": "Count"}]}]}, "Service": "labwire", "ResultsFiled": R.randint(0, 900), "AckAE": 0})])
    return [n_conn, n_conn, n_file, n_file, n_near, n_dump, n_boot]


# ---------------------------------------------------------------- pacs-dcm4chee-arc5-wildfly-ec2
F2 = "pacs-dcm4chee-arc5-wildfly-ec2"
MODS = [("HV_DR1", "DR"), ("WM_US1", "US"), ("LS_CT1", "CT"), ("KN_DR2", "DR"), ("OR_US2", "US"), ("BH_DR1", "DR")]
CUIDS = {"DR": "1.2.840.10008.5.1.4.1.1.1.1 - Digital X-Ray Image Storage - For Presentation",
         "US": "1.2.840.10008.5.1.4.1.1.6.1 - Ultrasound Image Storage",
         "CT": "1.2.840.10008.5.1.4.1.1.2 - CT Image Storage"}


def wf(R, lvl, cat, msg, thread=None):
    t = thread or pick(R, ["EE-ManagedExecutorService-default-Thread-%d" % R.randint(1, 12), "default task-%d" % R.randint(1, 120), "DicomWorker-%d" % R.randint(1, 40)])
    return "%s %-5s [%s] (%s) %s" % (comma_ts(R), lvl, cat, t, msg)


def iuid(R):
    return "1.2.826.0.1.3680043.10.%d.%d.%d.%d" % (R.randint(100, 999), R.randint(2031050100, 2031052899), R.randint(1, 9999), R.randint(1, 999))


def assoc(R):
    m, mod = pick(R, MODS)
    return "QB_ARC<-%s(%d)" % (m, R.randint(1, 99999)), mod


def jst(lines):
    return "\n".join("\tat " + s if not s.startswith("Caused by") else s for s in lines)


def px_disk(R):
    # the fs1 storage volume (EBS gp3, 2 TiB) filled up: the delete-on-expiry rule for old studies was never enabled;
    # every received image is refused with Out of Resources and is not filed
    a, mod = assoc(R)
    r = R.random()
    if r < 0.4:
        return wf(R, "WARN", "org.dcm4chee.arc.store.impl.StoreServiceImpl", "%s: Failed to store received object:\njava.io.IOException: No space left on device\n" % a + jst([
            "java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
            "org.dcm4chee.arc.storage.filesystem.FileSystemStorage.openOutputStream(FileSystemStorage.java:%d)" % R.randint(150, 190),
            "org.dcm4chee.arc.store.impl.StoreServiceImpl.store(StoreServiceImpl.java:%d)" % R.randint(200, 300)]), "DicomWorker-%d" % R.randint(1, 40))
    if r < 0.75:
        return wf(R, "INFO", "org.dcm4che3.net.Dimse", "%s >> %d:C-STORE-RSP[pcid=%d, status=a700H, errorComment=No space left on device\n  cuid=%s\n  iuid=%s - ?\n  tsuid=1.2.840.10008.1.2.1 - Explicit VR Little Endian" % (
            a, R.randint(1, 400), R.choice([1, 3, 5, 7]), CUIDS[mod], iuid(R)), "DicomWorker-%d" % R.randint(1, 40))
    return wf(R, "WARN", "org.dcm4chee.arc.storage.filesystem.FileSystemStorage", "Storage fs1 at /storage/fs1 usable space %d MB below min-usable-disk-space 50000 MB - storage not writable" % R.randint(0, 900), "EE-ManagedScheduledExecutorService-default-Thread-%d" % R.randint(1, 6))


def px_telerad(R):
    # the teleradiology partner moved to a new gateway with called AE title VETRAD_GW2; the forward rule still calls
    # VETRAD_GW, every association is rejected and studies are not sent for specialist reading
    if R.random() < 0.6:
        return wf(R, "INFO", "org.dcm4che3.net.Association", "QB_ARC->VETRAD_GW(%d) << A-ASSOCIATE-RJ[result: 1 - rejected-permanent, source: 1 - service-user, reason: 7 - called-AE-title-not-recognized]" % R.randint(1, 9999))
    return wf(R, "WARN", "org.dcm4chee.arc.retrieve.scu.impl.CStoreForwardTask", "Failed to forward study %s to VETRAD_GW: org.dcm4che3.net.AAssociateRJ: A-ASSOCIATE-RJ[result: 1 - rejected-permanent, source: 1 - service-user, reason: 7 - called-AE-title-not-recognized] - attempt %d of 10" % (iuid(R), R.randint(1, 10)), "EE-ManagedScheduledExecutorService-default-Thread-%d" % R.randint(1, 6))


def px_opencv(R):
    # after the move to Graviton (arm64) instances the opencv_java native library of the dcm4che imageio codecs is
    # not installed; JPEG-LS / JPEG 2000 images cannot be decompressed, so WADO renders for the PMS viewer fail
    if R.random() < 0.55:
        return wf(R, "ERROR", "org.dcm4chee.arc.wado.WadoRS", "Failed to render instance %s:\njava.lang.UnsatisfiedLinkError: no opencv_java in java.library.path: /opt/wildfly/modules/org/dcm4che/imageio/main/lib/linux-aarch64\n" % iuid(R) + jst([
            "java.base/java.lang.ClassLoader.loadLibrary(ClassLoader.java:2458)",
            "org.dcm4che3.opencv.NativeImageReader.<clinit>(NativeImageReader.java:%d)" % R.randint(60, 90),
            "org.dcm4chee.arc.wado.DecompressSupport.read(DecompressSupport.java:%d)" % R.randint(80, 140)]))
    return wf(R, "WARN", "org.dcm4chee.arc.wado.WadoRS", "Response Status : Internal Server Error Caused by java.lang.NoClassDefFoundError: Could not initialize class org.dcm4che3.opencv.NativeImageReader (GET /dcm4chee-arc/aets/QB_ARC/rs/studies/%s/series/%s/instances/%s/rendered)" % (iuid(R), iuid(R), iuid(R)))


def px_keycloak(R):
    # Keycloak's client "pms-viewer" was recreated during a realm export/import; the archive's audience check still
    # expects the old client, so the PMS image viewer gets 401 on every QIDO/WADO call and images cannot be opened
    if R.random() < 0.6:
        return wf(R, "ERROR", "org.keycloak.adapters.BearerTokenRequestAuthenticator", "Failed to verify token: Invalid token audience. Expected audience: dcm4chee-arc-rs, got: [pms-viewer-2031, account]")
    return wf(R, "WARN", "org.dcm4chee.arc.qido.QidoRS", "Process GET /dcm4chee-arc/aets/QB_ARC/rs/studies?PatientID=P%07d from pms-viewer@%s rejected: 401 Unauthorized (bearer token audience mismatch)" % (R.randint(100000, 9999999), ip10(R, 30)))


def px_cold(R):
    # the export to the cold S3 tier runs under the instance role, whose policy was not given kms:GenerateDataKey on
    # the new bucket key; studies older than 180 days are not exported and stay on fs1 (which is filling up)
    if R.random() < 0.7:
        return wf(R, "WARN", "org.dcm4chee.arc.exporter.impl.ExportManagerEJB", "Failed to export Study[uid=%s] to Exporter[id=cold-s3]: org.jclouds.aws.AWSResponseException: request PUT https://quillbrook-pacs-cold.s3.%s.amazonaws.com/%s failed with code 403, error: AWSError{requestId='%s', requestToken='%s', code='AccessDenied', message='User: arn:aws:sts::%s:assumed-role/pacs-ec2-role/i-0%s is not authorized to perform: kms:GenerateDataKey on this resource because no identity-based policy allows the kms:GenerateDataKey action'}" % (
            iuid(R), REGION, hexs(R, 16), upper(R, 16), alnum(R, 40), ACCT, hexs(R, 16)), "EE-ManagedExecutorService-default-Thread-%d" % R.randint(1, 12))
    return wf(R, "INFO", "org.dcm4chee.arc.exporter.impl.ExportScheduler", "Export cold-s3: 0 of %d studies exported, %d failed" % (R.randint(20, 900), R.randint(20, 900)), "EE-ManagedScheduledExecutorService-default-Thread-%d" % R.randint(1, 6))


def px_negs():
    def n_assoc(R):
        a, mod = assoc(R)
        return pick(R, [
            wf(R, "INFO", "org.dcm4che3.net.Association", "Accept connection Socket[addr=/%s,port=%d,localport=11112]" % (ip10(R, 50), R.randint(30000, 60000))),
            wf(R, "INFO", "org.dcm4che3.net.Association", "%s << A-ASSOCIATE-RQ" % a),
            wf(R, "INFO", "org.dcm4che3.net.Association", "%s >> A-ASSOCIATE-AC" % a),
            wf(R, "INFO", "org.dcm4che3.net.Association", "%s << A-RELEASE-RQ" % a),
            wf(R, "INFO", "org.dcm4che3.net.Association", "%s >> A-RELEASE-RP" % a),
            wf(R, "INFO", "org.dcm4che3.net.Association", "%s: close Socket[addr=/%s,port=%d,localport=11112]" % (a, ip10(R, 50), R.randint(30000, 60000)))])

    def n_store(R):
        a, mod = assoc(R)
        return pick(R, [
            wf(R, "INFO", "org.dcm4che3.net.Dimse", "%s >> %d:C-STORE-RSP[pcid=%d, status=0H\n  cuid=%s\n  iuid=%s - ?\n  tsuid=1.2.840.10008.1.2.4.70 - JPEG Lossless, Non-Hierarchical, First-Order Prediction" % (a, R.randint(1, 400), R.choice([1, 3, 5]), CUIDS[mod], iuid(R)), "DicomWorker-%d" % R.randint(1, 40)),
            wf(R, "INFO", "org.dcm4che3.net.Dimse", "%s >> %d:C-STORE-RSP[pcid=%d, status=b000H, errorComment=Coercion of Data Elements\n  cuid=%s\n  iuid=%s - ?" % (a, R.randint(1, 400), R.choice([1, 3, 5]), CUIDS[mod], iuid(R)), "DicomWorker-%d" % R.randint(1, 40)),
            wf(R, "INFO", "org.dcm4chee.arc.store.impl.StoreServiceImpl", "%s: Ignore received Instance[studyUID=%s,seriesUID=%s,iuid=%s] - already stored" % (a, iuid(R), iuid(R), iuid(R)), "DicomWorker-%d" % R.randint(1, 40)),
            wf(R, "INFO", "org.dcm4che3.net.Dimse", "%s << 1:C-ECHO-RQ[pcid=1\n  cuid=1.2.840.10008.1.1 - Verification SOP Class\n  tsuid=1.2.840.10008.1.2 - Implicit VR Little Endian" % a),
            wf(R, "INFO", "org.dcm4chee.arc.mpps.impl.MPPSServiceImpl", "%s: N-CREATE MPPS[iuid=%s] status=IN PROGRESS" % (a, iuid(R))),
            wf(R, "INFO", "org.dcm4che3.net.Association", "%s << A-ABORT[source: 0 - service-user, reason: 0 - reason-not-specified]" % a)])

    def n_rs(R):
        return pick(R, [
            wf(R, "INFO", "org.dcm4chee.arc.qido.QidoRS", "Process GET /dcm4chee-arc/aets/QB_ARC/rs/studies?PatientID=P%07d&includefield=all from pms-viewer@%s" % (R.randint(100000, 9999999), ip10(R, 30))),
            wf(R, "INFO", "org.dcm4chee.arc.qido.QidoRS", "SearchForStudies: %d Matches" % R.randint(0, 40)),
            wf(R, "INFO", "org.dcm4chee.arc.wado.WadoRS", "Process GET /dcm4chee-arc/aets/QB_ARC/rs/studies/%s/series/%s/instances/%s/rendered from pms-viewer@%s" % (iuid(R), iuid(R), iuid(R), ip10(R, 30))),
            wf(R, "WARN", "org.dcm4chee.arc.wado.WadoRS", "Response Status : Not Found Caused by Study[uid=%s] not found (deleted by rejection note)" % iuid(R)),
            wf(R, "INFO", "org.dcm4chee.arc.exporter.impl.ExportScheduler", "Export cold-s3: %d of %d studies exported, 0 failed" % ((lambda n: (n, n))(R.randint(1, 400)))),
            wf(R, "INFO", "org.dcm4chee.arc.retrieve.scu.impl.CStoreForwardTask", "Forwarded study %s to VETRAD_GW2: %d instances completed, 0 failed" % (iuid(R), R.randint(1, 600)), "EE-ManagedScheduledExecutorService-default-Thread-%d" % R.randint(1, 6)),
            wf(R, "WARN", "io.undertow.request.io", "UT005013: An IOException occurred: java.io.IOException: Broken pipe (client closed WADO download)")])

    def n_boot(R):
        return pick(R, [
            wf(R, "INFO", "org.jboss.as", "WFLYSRV0025: WildFly Full 32.0.%d.Final (WildFly Core 24.0.%d.Final) started in %dms - Started %d of %d services (%d services are lazy, passive or on-demand)" % (R.randint(0, 1), R.randint(0, 1), R.randint(18000, 60000), R.randint(1400, 1600), R.randint(1700, 1900), R.randint(300, 500)), "Controller Boot Thread"),
            wf(R, "INFO", "org.jboss.as.server", "WFLYSRV0010: Deployed \"dcm4chee-arc-ear-5.32.%d-psql-secure.ear\" (runtime-name : \"dcm4chee-arc-ear-5.32.%d-psql-secure.ear\")" % ((lambda v: (v, v))(R.randint(0, 2))), "ServerService Thread Pool -- %d" % R.randint(20, 90)),
            wf(R, "INFO", "org.wildfly.extension.undertow", "WFLYUT0021: Registered web context: '/dcm4chee-arc' for server 'default-server'", "ServerService Thread Pool -- %d" % R.randint(20, 90)),
            wf(R, "INFO", "org.dcm4che3.net.Connection", "Start TCP Listener on 0.0.0.0/0.0.0.0:11112", "EE-ManagedExecutorService-default-Thread-1"),
            wf(R, "INFO", "org.dcm4chee.arc.storage.filesystem.FileSystemStorage", "Storage fs1 at /storage/fs1 usable space %d GB" % R.randint(120, 900), "EE-ManagedScheduledExecutorService-default-Thread-%d" % R.randint(1, 6)),
            wf(R, "INFO", "org.dcm4chee.arc.delete.impl.PurgeStorageScheduler", "Purge storage fs1: %d objects deleted, 0 errors" % R.randint(0, 4000), "EE-ManagedScheduledExecutorService-default-Thread-%d" % R.randint(1, 6))])
    return [n_assoc, n_assoc, n_store, n_store, n_rs, n_boot]


FAMILIES = {
    F1: lambda R: build(R, F1, [("pms-service-account-key-expired", lr_pms401), ("empty-obx7-refrange-panic", lr_panic),
                                ("mllp-max-frame-1mib-drops-pdf-reports", lr_frame), ("patient-xref-table-5-rcu-throttled", lr_ddb),
                                ("archive-cmk-disabled-by-cleanup", lr_kms)], lr_negs()),
    F2: lambda R: build(R, F2, [("fs1-volume-full-no-expiry-rule", px_disk), ("telerad-called-aet-changed", px_telerad),
                                ("opencv-native-lib-missing-on-arm64", px_opencv), ("keycloak-client-recreated-audience-mismatch", px_keycloak),
                                ("cold-export-role-lacks-kms-generatedatakey", px_cold)], px_negs()),
}
