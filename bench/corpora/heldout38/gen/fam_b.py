"""Families: mirth-connect4-hl7-mllp-log4j, orthanc-dicom-router-glog.

cobaltcare's interface engine is Mirth Connect 4.5 (NextGen Connect) on EC2, logging with its log4j2 console/file
pattern "%-5p %d [%t] %c: %m%n" to mirth.log; the CloudWatch agent ships it with multi_line_start_pattern
"^(TRACE|DEBUG|INFO|WARN|ERROR|FATAL) " so a stack trace or a multi-line JavaScript error stays with its record.
Channels: "ADT Inbound" (MLLP listener 6661), "ORM to LIS" (TCP sender to the lab), "ORU Results In" (6663),
"Claims 837 Out" (SFTP file writer to the clearinghouse). The DICOM router is Orthanc 1.12 in Docker on EC2 (glog-style
lines with a thread name), with the PostgreSQL index plugin, a Lua auto-routing script and a Python plugin that starts
AWS HealthImaging import jobs; the awslogs driver ships each line as one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION,
                    log4j_ts, glog_ts, mrn, hl7_ctrl)

# ---------------------------------------------------------------- mirth-connect4-hl7-mllp-log4j
F1 = "mirth-connect4-hl7-mllp-log4j"
CH = {"ADT Inbound": "6f0e1c2a-8b3d-4a57-9e61-2c4d8f7a1b30", "ORM to LIS": "a2d4f6b8-1c3e-4f5a-8b7c-9d0e1f2a3b4c",
      "ORU Results In": "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e", "Claims 837 Out": "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c",
      "Pharmacy RDE Out": "c7b6a594-8372-4615-a0f9-e8d7c6b5a493"}


def ml(R, level, thread, cat, msg):
    return "%-5s %s [%s] %s: %s" % (level, log4j_ts(R), thread, cat, msg)


def chid(name):
    return CH[name]


def rx_thread(R, name, port):
    return "TCP Receiver on %s (%s) < TCP Receiver on %s (%s) < 10.44.%d.%d:%d" % (name, chid(name)[:8], name, chid(name)[:8], R.randint(0, 9), R.randint(4, 250), R.randint(30000, 65000))


def dq_thread(R, name, conn, n=1):
    return "Destination Queue Thread 1 on %s (%s), %s (%d)" % (name, chid(name), conn, n)


def c_lis(R):
    # the lab (LIS) moved its HL7 listener to a new address behind the site-to-site VPN; the TCP sender still targets the
    # old host, so every lab order (ORM^O01) queues and is never delivered
    t = R.random()
    if t < 0.55:
        return ml(R, "ERROR", dq_thread(R, "ORM to LIS", "TCP Sender"), "com.mirth.connect.connectors.tcp.TcpDispatcher",
                  "Error sending message via TCP. (TCP Sender on ORM to LIS (%s) to 10.60.12.40:6700)" % chid("ORM to LIS")[:8]) + \
            "\njava.net.ConnectException: Connection timed out (Connection timed out)" + \
            "\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)" + \
            "\n\tat java.base/java.net.Socket.connect(Socket.java:%d)" % R.choice([633, 751]) + \
            "\n\tat com.mirth.connect.connectors.tcp.SocketUtil.connectSocket(SocketUtil.java:%d)" % R.randint(40, 60) + \
            "\n\tat com.mirth.connect.connectors.tcp.TcpDispatcher.send(TcpDispatcher.java:%d)" % R.randint(300, 340)
    if t < 0.8:
        return ml(R, "WARN", dq_thread(R, "ORM to LIS", "TCP Sender"), "com.mirth.connect.donkey.server.queue.DestinationQueue",
                  "Destination TCP Sender on channel ORM to LIS: %d messages queued, oldest queued %d min ago, last error: Connection timed out" % (R.randint(40, 2600), R.randint(15, 600)))
    return ml(R, "ERROR", "Alert Thread", "com.mirth.connect.server.alert.DefaultAlertWorker",
              "Alert \"LIS connection down\" triggered for channel ORM to LIS: %d errors in the last 5 minutes (ERROR_420 Connector Error)" % R.randint(5, 300))


def c_adt(R):
    # the EHR's new build sends ADT^A08 without PV1-3 for outpatient visits; the channel transformer dereferences it and
    # every such update errors, so the downstream census never sees them
    ln = R.choice([27, 28])
    if R.random() < 0.65:
        return ml(R, "ERROR", "ADT Inbound JavaScript Transformer Thread on ADT Inbound (%s) < %s" % (chid("ADT Inbound")[:8], rx_thread(R, "ADT Inbound", 6661)),
                  "transformer", "com.mirth.connect.server.MirthJavascriptTransformerException: ") + \
            "\nCHANNEL:\tADT Inbound\nCONNECTOR:\tsourceConnector\nSCRIPT SOURCE:\tTRANSFORMER\nSOURCE CODE:\t" + \
            "\n%d: var ward = msg['PV1']['PV1.3']['PV1.3.1'].toString();" % (ln - 1) + \
            "\n%d: var bed = msg['PV1']['PV1.3']['PV1.3.3'].toString().split('-')[1].trim();" % ln + \
            "\n%d: channelMap.put('bedKey', ward + ':' + bed);" % (ln + 1) + \
            "\nLINE NUMBER:\t%d\nDETAILS:\tTypeError: Cannot call method \"trim\" of undefined" % ln + \
            "\n\tat %s:%d (doTransform)" % (uuid(R)[:8], ln) + \
            "\n\tat com.mirth.connect.server.transformers.JavaScriptFilterTransformer$FilterTransformerTask.doCall(JavaScriptFilterTransformer.java:%d)" % R.randint(180, 200)
    return ml(R, "ERROR", "ADT Inbound Source Queue Thread", "com.mirth.connect.donkey.server.channel.Channel",
              "Error processing message %d in channel ADT Inbound (%s): transformer error (ADT^A08, MSH-10 %s); message marked ERROR" % (R.randint(100000, 999999), chid("ADT Inbound"), hl7_ctrl(R)))


def c_db(R):
    # the data pruner was disabled during the go-live and never re-enabled; the mirthdb RDS volume is full and the
    # engine cannot store any message
    t = R.random()
    tbl = "d_m%d" % R.choice([3, 5, 7, 9]) if R.random() < 0.5 else "d_mc%d" % R.choice([3, 5, 7, 9])
    if t < 0.6:
        ch = pick(R, list(CH))
        return ml(R, "ERROR", "%s Source Queue Thread" % ch, "com.mirth.connect.donkey.server.channel.Channel",
                  "Error processing message in channel %s (%s)." % (ch, chid(ch))) + \
            "\ncom.mirth.connect.donkey.server.data.DonkeyDaoException: org.postgresql.util.PSQLException: ERROR: could not extend file \"base/16401/%d\": No space left on device" % R.randint(20000, 90000) + \
            "\n  Hint: Check free disk space." + \
            "\n\tat com.mirth.connect.donkey.server.data.jdbc.JdbcDao.insertMessageContent(JdbcDao.java:%d)" % R.randint(260, 300) + \
            "\n\tat com.mirth.connect.donkey.server.channel.Channel.dispatchRawMessage(Channel.java:%d)" % R.randint(1260, 1300)
    return ml(R, "ERROR", "pool-%d-thread-%d" % (R.randint(2, 9), R.randint(1, 20)), "com.mirth.connect.server.controllers.DefaultMessageController",
              "Failed to store message content in %s: org.postgresql.util.PSQLException: ERROR: could not write to file \"pg_wal/xlogtemp.%d\": No space left on device" % (tbl, R.randint(100, 9000)))


def c_sftp(R):
    # the clearinghouse rotated the SFTP password for the cobaltcare upload account; every 837 claim batch fails
    if R.random() < 0.6:
        return ml(R, "ERROR", dq_thread(R, "Claims 837 Out", "File Writer"), "com.mirth.connect.connectors.file.FileDispatcher",
                  "Error writing file (File Writer \"To Clearinghouse\" on Claims 837 Out (%s) to sftp://sftp.clearinghouse.example:22/inbound/cobaltcare/)" % chid("Claims 837 Out")[:8]) + \
            "\ncom.jcraft.jsch.JSchException: Auth fail" + \
            "\n\tat com.jcraft.jsch.Session.connect(Session.java:%d)" % R.choice([519, 533]) + \
            "\n\tat com.mirth.connect.connectors.file.filesystems.SftpConnection.<init>(SftpConnection.java:%d)" % R.randint(150, 190)
    return ml(R, "ERROR", "Alert Thread", "com.mirth.connect.server.alert.DefaultAlertWorker",
              "Alert \"Claims delivery\" triggered: batch 837P_%s.x12 (%d claims) not delivered after %d attempts (Auth fail)" % (digits(R, 8), R.randint(40, 900), R.choice([3, 5])))


def c_port(R):
    # the new "ORU Results In v2" channel was imported with the same listener port as the existing one; whichever
    # deploys second cannot bind and lab results stop flowing on every redeploy
    if R.random() < 0.6:
        return ml(R, "ERROR", "Deploy Thread %d" % R.randint(1, 4), "com.mirth.connect.server.controllers.DonkeyEngineController",
                  "Error deploying channel %s." % pick(R, ["ORU Results In (0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e)", "ORU Results In v2 (1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d)"])) + \
            "\ncom.mirth.connect.donkey.server.ConnectorTaskException: Failed to start TCP Listener on port 6663" + \
            "\n\tat com.mirth.connect.connectors.tcp.TcpReceiver.onStart(TcpReceiver.java:%d)" % R.randint(270, 290) + \
            "\nCaused by: java.net.BindException: Address already in use (Bind failed)"
    return ml(R, "WARN", "Deploy Thread %d" % R.randint(1, 4), "com.mirth.connect.donkey.server.channel.Channel",
              "Channel ORU Results In v2 failed to start source connector (TCP Listener 0.0.0.0:6663 already bound); channel left STOPPED")


def c_negs():
    def n_boot(R):
        return ml(R, "INFO", "Main Server Thread", "com.mirth.connect.server.Mirth", pick(R, [
            "Mirth Connect 4.5.%d (Built on December %d, 2029) server successfully started." % (R.randint(0, 2), R.randint(1, 20)),
            "Running OpenJDK 64-Bit Server VM 17.0.%d on Linux (6.1.%d-%d.amzn2023.x86_64, amd64), postgres, with charset UTF-8." % (R.randint(9, 13), R.randint(90, 130), R.randint(100, 170)),
            "Web server running at http://10.44.1.20:8080/ and https://10.44.1.20:8443/"]))

    def n_deployed(R):
        ch = pick(R, list(CH))
        return ml(R, "INFO", "Deploy Thread %d" % R.randint(1, 4), "com.mirth.connect.donkey.server.channel.Channel", "Channel %s (%s) deployed and STARTED." % (ch, chid(ch)))

    def n_adt(R):
        ev = pick(R, ["A01", "A02", "A03", "A04", "A08"])
        return ml(R, "INFO", "ADT Inbound JavaScript Transformer Thread on ADT Inbound (%s) < %s" % (chid("ADT Inbound")[:8], rx_thread(R, "ADT Inbound", 6661)), "transformer",
                  "ADT^%s %s processed for MRN %s ward %s" % (ev, hl7_ctrl(R), mrn(R), pick(R, ["4W", "5E", "ICU2", "ED", "OBS"])))

    def n_ack_aa(R):
        return ml(R, "DEBUG", rx_thread(R, pick(R, ["ADT Inbound", "ORU Results In"]), 6661), "com.mirth.connect.connectors.tcp.TcpReceiver",
                  "Sent ACK (MSA|AA|%s) in %dms" % (hl7_ctrl(R), R.randint(2, 120)))

    def n_ack_ae(R):
        return ml(R, "WARN", "ADT Inbound JavaScript Filter Thread on ADT Inbound (%s)" % chid("ADT Inbound")[:8], "filter",
                  "Rejected %s with MSA|AE: %s" % (hl7_ctrl(R), pick(R, ["PID-3 (patient identifier list) is empty", "MSH-9 message type ADT^A40 not supported by this interface",
                                                                          "PID-7 birth date 20301301 is not a valid date", "duplicate MSH-10 within 24h; original already processed"])))

    def n_ack_ar(R):
        return ml(R, "INFO", rx_thread(R, "ORU Results In", 6663), "com.mirth.connect.connectors.tcp.TcpReceiver",
                  "Sent ACK (MSA|AR|%s): MSH-11 processing id 'T' not accepted on production interface" % hl7_ctrl(R))

    def n_lis_ok(R):
        return ml(R, "DEBUG", dq_thread(R, "Pharmacy RDE Out", "TCP Sender"), "com.mirth.connect.connectors.tcp.TcpDispatcher",
                  "Message %d sent to 10.61.%d.%d:%d, response MSA|AA (%dms)" % (R.randint(10000, 999999), R.randint(0, 9), R.randint(4, 250), 6800, R.randint(10, 400)))

    def n_retry_ok(R):
        return ml(R, "INFO", dq_thread(R, "Pharmacy RDE Out", "TCP Sender"), "com.mirth.connect.donkey.server.queue.DestinationQueue",
                  "Message %d sent on retry attempt %d after Connection reset; queue size 0" % (R.randint(10000, 999999), R.randint(1, 2)))

    def n_oru(R):
        return ml(R, "INFO", "ORU Results In JavaScript Transformer Thread on ORU Results In (%s)" % chid("ORU Results In")[:8], "transformer",
                  "ORU^R01 %s: %d OBX segments mapped to FHIR Observation bundle (0 errors)" % (hl7_ctrl(R), R.randint(1, 40)))

    def n_claims_ok(R):
        return ml(R, "INFO", dq_thread(R, "Claims 837 Out", "File Writer"), "com.mirth.connect.connectors.file.FileDispatcher",
                  "Wrote 837P_%s.x12 (%d claims, %d bytes) to local archive /opt/mirth/archive/claims" % (digits(R, 8), R.randint(20, 800), R.randint(20000, 900000)))

    def n_disconnect(R):
        return ml(R, "INFO", rx_thread(R, "ADT Inbound", 6661), "com.mirth.connect.connectors.tcp.TcpReceiver",
                  "Client 10.44.%d.%d disconnected: %s" % (R.randint(0, 9), R.randint(4, 250), pick(R, ["Connection reset", "end of stream", "receive timeout 300000ms (idle)"])))

    def n_stats(R):
        return ml(R, "INFO", "Channel Statistics Thread", "com.mirth.connect.server.controllers.DefaultChannelController",
                  "Stats %s: received=%d filtered=%d sent=%d errored=0 queued=0" % (pick(R, ["ADT Inbound", "Pharmacy RDE Out", "ORU Results In"]), R.randint(1000, 90000), R.randint(0, 900), R.randint(1000, 90000)))

    def n_js_deprecation(R):
        return ml(R, "WARN", "Deploy Thread %d" % R.randint(1, 4), "com.mirth.connect.server.util.javascript.JavaScriptScopeUtil",
                  "Channel %s uses deprecated function 'getArrayOrXmlLength' (line %d); it will be removed in a future version" % (pick(R, list(CH)), R.randint(5, 90)))

    def n_login(R):
        return ml(R, "INFO", "qtp%d-%d" % (R.randint(100000000, 999999999), R.randint(20, 90)), "com.mirth.connect.server.api.servlets.UserServlet",
                  "User %s logged in from 10.44.%d.%d" % (pick(R, ["ifc.analyst1", "ifc.analyst2", "svc-deploy"]), R.randint(0, 9), R.randint(4, 250)))

    def n_patient_unknown(R):
        return ml(R, "INFO", "ORU Results In JavaScript Transformer Thread on ORU Results In (%s)" % chid("ORU Results In")[:8], "transformer",
                  "No matching patient for MRN %s (result %s held for manual reconciliation)" % (mrn(R), hl7_ctrl(R)))

    def n_pruner(R):
        return ml(R, "DEBUG", "Data Pruner", "com.mirth.connect.plugins.datapruner.DataPruner", "Data Pruner status: enabled=false, next run not scheduled")

    def n_heap(R):
        return ml(R, "INFO", "Server Stats Thread", "com.mirth.connect.server.Mirth", "JVM heap used %dMB of %dMB, threads=%d" % (R.randint(600, 2400), 4096, R.randint(120, 260)))

    return [n_boot, n_deployed, n_adt, n_adt, n_ack_aa, n_ack_aa, n_ack_ae, n_ack_ar, n_lis_ok, n_retry_ok, n_oru, n_claims_ok,
            n_disconnect, n_stats, n_js_deprecation, n_login, n_patient_unknown, n_pruner, n_heap]


def mirth(R):
    return build(R, F1, [
        ("lis-moved-tcp-sender-old-host-timeout", c_lis),
        ("ehr-build-a08-missing-pv1-3-transformer", c_adt),
        ("pruner-disabled-mirthdb-volume-full", c_db),
        ("clearinghouse-sftp-password-rotated", c_sftp),
        ("oru-v2-channel-duplicate-port-6663", c_port),
    ], c_negs())


# ---------------------------------------------------------------- orthanc-dicom-router-glog
F2 = "orthanc-dicom-router-glog"
MODS = ["CT_SCAN_01", "CT_SCAN_02", "MR_3T_01", "US_ROOM_4", "CR_ED_01", "MG_TOMO_01"]


def og(R, sev, thread, src, msg):
    return "%s%s %20s %s] %s" % (sev, glog_ts(R), thread, src, msg)


def suid(R):
    return "1.2.840.113619.2.%d.%d.%d.%d" % (R.randint(100, 999), R.randint(1000000, 9999999), R.randint(1000, 99999), R.randint(1000000000, 1999999999))


def oid(R):
    h = hexs(R, 40)
    return "-".join(h[i:i + 8] for i in range(0, 40, 8))


def d_hi(R):
    # the Python plugin's task role lost iam:PassRole on the HealthImaging data-access role when the role was renamed;
    # no study reaches the cloud archive
    if R.random() < 0.6:
        return og(R, "E", "PYTHON-WORKER-%d" % R.randint(0, 3), "PluginsManager.cpp:%d" % R.choice([153, 154]),
                  "(python) HealthImaging import failed for study %s: An error occurred (AccessDeniedException) when calling the StartDICOMImportJob operation: User: arn:aws:sts::%s:assumed-role/cc-orthanc-router-role/i-0%s is not authorized to perform: iam:PassRole on resource: arn:aws:iam::%s:role/cc-healthimaging-import-access" % (
                      oid(R), ACCT, hexs(R, 16), ACCT))
    return og(R, "E", "PYTHON-WORKER-%d" % R.randint(0, 3), "PluginsManager.cpp:%d" % R.choice([153, 154]),
              "(python) %d studies waiting in s3://cc-dicom-staging-prod/pending/ for import (oldest %d min); last error AccessDeniedException" % (R.randint(10, 900), R.randint(20, 900)))


def d_lua(R):
    # the Lua auto-routing script was changed to forward mammography to "AI_MAMMO" but the modality was never added to
    # DicomModalities; every MG instance fails to route
    t = R.random()
    if t < 0.5:
        return og(R, "E", "LUA", "ServerContext.cpp:%d" % R.choice([226, 227]), "Error in the Lua callback OnStoredInstance for instance %s: Inexistent item (Unknown DICOM modality: AI_MAMMO)" % oid(R))
    if t < 0.8:
        return og(R, "E", "JOBS-WORKER-%d" % R.randint(0, 3), "OrthancException.cpp:%d" % R.choice([39, 40]), "Inexistent item: Unknown DICOM modality: AI_MAMMO")
    return og(R, "E", "JOBS-WORKER-%d" % R.randint(0, 3), "JobsRegistry.cpp:%d" % R.randint(660, 680), "Job has failed (%s): Inexistent item (DicomModalityStoreJob to AI_MAMMO, %d instances)" % (uuid(R), R.randint(4, 80)))


def d_pg(R):
    # the Secrets Manager rotation changed the "orthanc" database user's password but Orthanc reads it from a static
    # environment variable; the index plugin cannot reconnect after the nightly connection recycle
    if R.random() < 0.6:
        return og(R, "E", pick(R, ["DICOM-%d" % R.randint(1, 12), "HTTP-%d" % R.randint(0, 30), "MAIN"]), "PostgreSQLDatabase.cpp:%d" % R.choice([94, 95]),
                  "PostgreSQL error: connection to server at \"cc-pacs-index.cluster-c%s.%s.rds.amazonaws.com\" (10.44.%d.%d), port 5432 failed: FATAL:  password authentication failed for user \"orthanc\"" % (
                      lower(R, 11), REGION, R.randint(20, 23), R.randint(4, 250)))
    return og(R, "E", "DICOM-%d" % R.randint(1, 12), "StoreScp.cpp:%d" % R.choice([301, 302]),
              "Store SCP Failed: Error with the database engine (C-STORE from %s, SOPInstanceUID %s)" % (pick(R, MODS), suid(R)))


def d_assoc(R):
    # the router was rebuilt with AET CC_ROUTER2 while the reading workstations' PACS only accepts CC_ROUTER; every
    # forward to the radiologists' worklist is rejected
    ws = pick(R, ["READ_WS_01", "READ_WS_02", "READ_WS_03"])
    if R.random() < 0.55:
        return og(R, "E", "JOBS-WORKER-%d" % R.randint(0, 3), "DicomAssociation.cpp:%d" % R.choice([587, 588]),
                  "Association rejected by the remote modality \"%s\" (AET %s, 10.50.%d.%d:104) - Permanent - Calling AE Title Not Recognized" % (ws, ws, R.randint(0, 3), R.randint(4, 250)))
    return og(R, "E", "JOBS-WORKER-%d" % R.randint(0, 3), "JobsRegistry.cpp:%d" % R.randint(660, 680),
              "Job has failed (%s): DicomAssociation - Calling AE Title Not Recognized (DicomModalityStoreJob to %s, %d instances)" % (uuid(R), ws, R.randint(30, 2400)))


def d_full(R):
    # the local storage EBS volume (MaximumStorageSize 950 GB, MaximumStorageMode Reject) is full because the cloud
    # import stopped deleting forwarded studies; new instances from the modalities are refused
    t = R.random()
    if t < 0.5:
        return og(R, "E", "DICOM-%d" % R.randint(1, 12), "ServerContext.cpp:%d" % R.randint(640, 660),
                  "Cannot store an instance of size %d bytes since the storage is full (MaximumStorageSize = 950000MB, MaximumStorageMode = Reject)" % R.randint(200000, 90000000))
    if t < 0.8:
        return og(R, "E", "DICOM-%d" % R.randint(1, 12), "StoreScp.cpp:%d" % R.choice([301, 302]),
                  "Store SCP Failed: The file storage is full (C-STORE from %s, SOPInstanceUID %s)" % (pick(R, MODS), suid(R)))
    return og(R, "W", "HOUSEKEEPER", "ServerContext.cpp:%d" % R.randint(300, 320), "Storage usage %d MB of 950000 MB (100%%); recycling disabled, new instances will be rejected" % R.randint(949000, 950000))


def d_negs():
    def n_boot(R):
        return og(R, "I", "MAIN", pick(R, ["main.cpp:2049", "main.cpp:2050", "OrthancInitialization.cpp:358"]), pick(R, [
            "Orthanc version: 1.12.%d" % R.randint(3, 5), "Loading plugin: /usr/share/orthanc/plugins/libOrthancPostgreSQLIndex.so",
            "Loading plugin: /usr/share/orthanc/plugins/libOrthancPython.so", "Using a custom Lua script: /etc/orthanc/routing.lua",
            "Orthanc has started", "DICOM server listening with AET CC_ROUTER2 on port: 4242",
            "HTTP server listening on port: 8042 (HTTPS encryption is disabled, remote access is allowed)"]))

    def n_assoc(R):
        m = pick(R, MODS)
        return og(R, "I", "DICOM-%d" % R.randint(1, 12), "CommandDispatcher.cpp:%d" % R.choice([454, 455]),
                  "Association Received from AET %s on IP 10.50.%d.%d" % (m, R.randint(8, 15), R.randint(4, 250)))

    def n_release(R):
        return og(R, "I", "DICOM-%d" % R.randint(1, 12), "CommandDispatcher.cpp:%d" % R.choice([960, 961]), "Association Release (%d instances received)" % R.randint(1, 900))

    def n_stored(R):
        return og(R, "I", "DICOM-%d" % R.randint(1, 12), "ServerContext.cpp:%d" % R.randint(700, 720), "New instance stored (%s)" % oid(R))

    def n_echo(R):
        return og(R, "I", "DICOM-%d" % R.randint(1, 12), "CommandDispatcher.cpp:%d" % R.choice([700, 701]), "Received C-ECHO request from %s" % pick(R, MODS + ["READ_WS_01", "CC_MONITOR"]))

    def n_dup(R):
        return og(R, "I", "DICOM-%d" % R.randint(1, 12), "ServerContext.cpp:%d" % R.randint(600, 620), "Already stored (%s); ignoring duplicate C-STORE from %s" % (oid(R), pick(R, MODS)))

    def n_unknown_aet(R):
        return og(R, "W", "DICOM-%d" % R.randint(1, 12), "CommandDispatcher.cpp:%d" % R.choice([430, 431]),
                  "Rejected association for remote AET %s on IP 10.50.%d.%d (not listed in DicomModalities)" % (pick(R, ["ANY-SCP", "STORESCU", "ECHOSCU"]), R.randint(8, 15), R.randint(4, 250)))

    def n_job_ok(R):
        return og(R, "I", "JOBS-WORKER-%d" % R.randint(0, 3), "JobsRegistry.cpp:%d" % R.randint(620, 640),
                  "Job has completed with success: %s (DicomModalityStoreJob to %s, %d instances)" % (uuid(R), pick(R, ["AI_CHEST", "ARCHIVE_ONPREM"]), R.randint(1, 900)))

    def n_lua_route(R):
        return og(R, "W", "LUA", "LuaContext.cpp:%d" % R.choice([127, 128]), "Lua says: routed %s (%s) to %s" % (oid(R), pick(R, ["CT", "CR", "US"]), pick(R, ["AI_CHEST", "ARCHIVE_ONPREM"])))

    def n_hi_ok(R):
        return og(R, "I", "PYTHON-WORKER-%d" % R.randint(0, 3), "PluginsManager.cpp:%d" % R.choice([153, 154]),
                  "(python) HealthImaging import job %s %s for datastore %s (%d instances)" % (hexs(R, 32), pick(R, ["SUBMITTED", "COMPLETED"]), hexs(R, 32), R.randint(10, 3000)))

    def n_hi_throttle(R):
        return og(R, "W", "PYTHON-WORKER-%d" % R.randint(0, 3), "PluginsManager.cpp:%d" % R.choice([153, 154]),
                  "(python) StartDICOMImportJob throttled (ThrottlingException), retrying in %ds; attempt %d/5" % (R.choice([2, 4, 8]), R.randint(1, 3)))

    def n_unsupported(R):
        return og(R, "W", "DICOM-%d" % R.randint(1, 12), "CommandDispatcher.cpp:%d" % R.choice([520, 521]),
                  "Rejected Store SCP presentation context for SOP class %s from %s: not in AcceptedTransferSyntaxes" % (pick(R, ["1.2.840.10008.5.1.4.1.1.88.22", "1.2.840.10008.5.1.4.1.1.481.3"]), pick(R, MODS)))

    def n_http(R):
        return og(R, "I", "HTTP-%d" % R.randint(0, 30), "HttpServer.cpp:%d" % R.choice([1251, 1252]),
                  "%s /%s" % (pick(R, ["GET", "GET", "POST"]), pick(R, ["system", "statistics", "studies/%s" % oid(R), "tools/find", "jobs?expand"])))

    def n_pg_ok(R):
        return og(R, "I", "MAIN", "PostgreSQLIndex.cpp:%d" % R.randint(90, 110), "PostgreSQL index: database schema version 6.%d, %d connections open" % (R.randint(1, 2), R.randint(1, 8)))

    def n_verbose(R):
        return og(R, "I", "HOUSEKEEPER", "ServerContext.cpp:%d" % R.randint(300, 320), "Storage usage %d MB of 950000 MB (%d%%)" % (R.randint(200000, 880000), R.randint(21, 92)))

    def n_client_abort(R):
        return og(R, "I", "HTTP-%d" % R.randint(0, 30), "HttpOutput.cpp:%d" % R.randint(60, 70), "The HTTP client has disconnected while downloading /studies/%s/archive" % oid(R))

    def n_dcmtk(R):
        return og(R, "W", "DICOM-%d" % R.randint(1, 12), "DicomStreamReader.cpp:%d" % R.randint(500, 520),
                  "DCMTK: Element (0009,10%02x) has odd length %d, padded (private tag from %s)" % (R.randint(0, 99), R.choice([3, 5, 7, 9]), pick(R, MODS)))

    return [n_boot, n_assoc, n_assoc, n_release, n_stored, n_stored, n_echo, n_dup, n_unknown_aet, n_job_ok, n_lua_route,
            n_hi_ok, n_hi_throttle, n_unsupported, n_http, n_pg_ok, n_verbose, n_client_abort, n_dcmtk]


def orthanc(R):
    return build(R, F2, [
        ("healthimaging-import-passrole-denied", d_hi),
        ("lua-route-to-undefined-modality-ai-mammo", d_lua),
        ("index-db-password-rotated-static-env", d_pg),
        ("router-aet-renamed-rejected-by-reading-pacs", d_assoc),
        ("local-storage-full-reject-mode", d_full),
    ], d_negs())


FAMILIES = {F1: mirth, F2: orthanc}
