"""Families: samplevault-lims-tomcat10-log4j2-ec2, labbridge-dotnet8-serilog-instruments-win.

"SampleVault", quillfen's in-house LIMS (Java 21, Spring 6 without Boot, deployed as a WAR on Tomcat 10.1 on EC2,
Aurora PostgreSQL, LDAPS to the directory, ZPL label printers on the lab network), writes three files the
CloudWatch agent ships to one log group: the application's log4j2 file (`2030-08-06 13:04:11,123 ERROR
[http-nio-8080-exec-12] c.q.lims.intake.ManifestImportService - …`, exception below), Tomcat's catalina log in the
OneLineFormatter (`06-Aug-2030 13:04:11.123 SEVERE [main] org.apache.catalina… msg`) and the AccessLogValve (common
format plus the request time). "LabBridge" is a .NET 8 worker service on the lab's Windows instrument PCs that talks to
a liquid handler and a plate sealer over RS-232 (System.IO.Ports), to a plate reader over OPC UA, buffers results in
a local SQLite outbox and uploads them to S3 and the LIMS API (client credentials from Entra ID). It logs with
Serilog's file sink and default template (`2030-08-06 13:04:11.123 +00:00 [ERR] message` and the exception on the
following lines); the CloudWatch agent for Windows tails the file with a timestamp multi-line start pattern."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, ACCT, REGION, DOMAIN,
                    py_ts, jul_ts, serilog_ts, clf_ts, letters_up)

# ---------------------------------------------------------------- samplevault-lims-tomcat10-log4j2-ec2
L1 = "samplevault-lims-tomcat10-log4j2-ec2"
LUSERS = ["akaur", "bnguyen", "mzhou", "kpatel", "aokafor", "lfischer", "svc-labbridge", "svc-benchling-sync"]


def l4(R, lvl, thread, logger, msg):
    return "%s %-5s [%s] %s - %s" % (py_ts(R), lvl, thread, logger, msg)


def th(R):
    return pick(R, ["http-nio-8080-exec-%d" % R.randint(1, 200), "http-nio-8080-exec-%d" % R.randint(1, 200), "scheduling-1", "lims-async-%d" % R.randint(1, 8)])


def jul(R, lvl, thread, src, msg):
    return "%s %s [%s] %s %s" % (jul_ts(R), lvl, thread, src, msg)


def acc(R, status, method, path, user="-"):
    return "%s - %s [%s] \"%s %s HTTP/1.1\" %d %s %d" % (ip10(R, 30), user, clf_ts(R), method, path, status, pick(R, [str(R.randint(80, 90000)), "-"]), R.randint(2, 3000))


def bc(R):
    return "QF-%s-%s" % (pick(R, ["T", "P", "B", "S"]), digits(R, 7))


def e_seq(R):
    # a Flyway migration recreated the sample id sequence as the migration user; the application role lost
    # USAGE on it, so no sample can be registered
    t = R.random()
    if t < 0.55:
        return l4(R, "ERROR", th(R), "c.q.lims.sample.SampleRegistrationService", "registration of %d samples for %s failed\norg.springframework.jdbc.UncategorizedSQLException: PreparedStatementCallback; uncategorized SQLException for SQL [insert into sample (id, barcode, project_id, material, received_at) values (nextval('sample_id_seq'), ?, ?, ?, ?)]; SQL state [42501]; error code [0]; ERROR: permission denied for sequence sample_id_seq\n\tat org.springframework.jdbc.core.JdbcTemplate.translateException(JdbcTemplate.java:1548)\n\tat org.springframework.jdbc.core.JdbcTemplate.batchUpdate(JdbcTemplate.java:1030)\n\tat com.quillfen.lims.sample.SampleRepository.insertAll(SampleRepository.java:%d)\nCaused by: org.postgresql.util.PSQLException: ERROR: permission denied for sequence sample_id_seq\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)" % (R.randint(1, 96), pick(R, ["QF-ONC-041", "QF-RNA-017", "QF-WGS-112", "QF-SC-023"]), R.randint(60, 140)))
    return acc(R, 500, "POST", "/lims/api/v2/samples/batch", pick(R, ["svc-labbridge", "akaur", "kpatel"]))


def e_printer(R):
    # the label printers moved to the new lab VLAN; the LIMS still prints to their old addresses
    p = pick(R, ["zt411-rcv-01", "zt411-rcv-02", "zt610-biobank"])
    t = R.random()
    if t < 0.6:
        return l4(R, "ERROR", th(R), "c.q.lims.labels.ZplPrinterClient", "printing %d labels on %s (%s:9100) failed\njava.net.SocketTimeoutException: Connect timed out\n\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)\n\tat java.base/java.net.Socket.connect(Socket.java:751)\n\tat com.quillfen.lims.labels.ZplPrinterClient.send(ZplPrinterClient.java:%d)" % (R.randint(1, 96), p, "10.20.%d.%d" % (R.randint(10, 12), R.randint(20, 60)), R.randint(40, 90)))
    return l4(R, "WARN", th(R), "c.q.lims.labels.LabelJobService", "label job %d for %s left in queue after 3 attempts: printer %s unreachable" % (R.randint(10 ** 5, 10 ** 6), bc(R), p))


def e_metaspace(R):
    # the ops script redeploys the WAR with Tomcat's autoDeploy several times a day; classloaders leak
    # (JDBC driver, log4j threads) until Metaspace (MaxMetaspaceSize=512m) is exhausted
    t = R.random()
    if t < 0.4:
        return jul(R, "SEVERE", th(R), "org.apache.catalina.core.StandardWrapperValve.invoke", "Servlet.service() for servlet [dispatcher] in context with path [/lims] threw exception [Handler dispatch failed: java.lang.OutOfMemoryError: Metaspace] with root cause\n\tjava.lang.OutOfMemoryError: Metaspace")
    if t < 0.7:
        return l4(R, "ERROR", th(R), "o.s.web.servlet.DispatcherServlet", "Handler dispatch failed: java.lang.OutOfMemoryError: Metaspace (GET /lims/%s)" % pick(R, ["samples/%s" % bc(R), "plates", "projects/QF-ONC-041", "freezers/FZ-0%d" % R.randint(1, 9)]))
    return jul(R, "SEVERE", "Catalina-utility-%d" % R.randint(1, 2), "org.apache.catalina.startup.HostConfig.deployWAR", "Error deploying web application archive [/opt/tomcat/webapps/lims.war]\n\tjava.lang.OutOfMemoryError: Metaspace")


def e_zipbomb(R):
    # POI's default minimum inflate ratio (0.01) rejects the partner CRO's 96-well manifests (large shared
    # strings); every manifest from that partner is refused
    f = "%s_manifest_%s.xlsx" % (pick(R, ["NorthbridgeCRO", "NBCRO"]), digits(R, 6))
    t = R.random()
    if t < 0.6:
        return l4(R, "ERROR", th(R), "c.q.lims.intake.ManifestImportService", "manifest %s could not be read\norg.apache.poi.ooxml.POIXMLException: java.io.IOException: Zip bomb detected! The file would exceed the max. ratio of compressed file size to the size of the expanded data.\nThis may indicate that the file is used to inflate memory usage and thus could pose a security risk.\nYou can adjust this limit via ZipSecureFile.setMinInflateRatio() if you need to work with files which exceed this limit.\nUncompressed size: %d, Raw/compressed size: %d, ratio: 0.00%d\nLimits: MIN_INFLATE_RATIO: 0.010000, Entry: xl/sharedStrings.xml\n\tat org.apache.poi.ooxml.POIXMLFactory.createDocumentPart(POIXMLFactory.java:%d)" % (f, R.randint(10 ** 7, 9 * 10 ** 7), R.randint(50000, 90000), R.randint(1, 9), R.randint(60, 70)))
    return l4(R, "WARN", th(R), "c.q.lims.intake.IntakeController", "intake of %s rejected: manifest unreadable (zip bomb check); %d tubes remain unregistered" % (f, R.randint(90, 96)))


def e_ldaps(R):
    # the directory's LDAPS certificate was reissued by the new internal CA, which is not in the Tomcat JVM's
    # truststore: nobody can log in
    us = pick(R, LUSERS[:6])
    t = R.random()
    if t < 0.5:
        return l4(R, "ERROR", th(R), "c.q.lims.security.LdapAuthProvider", "authentication of %s failed: directory unavailable\norg.springframework.ldap.CommunicationException: simple bind failed: ldap.%s:636; nested exception is javax.naming.CommunicationException: simple bind failed: ldap.%s:636 [Root exception is javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target]" % (us, DOMAIN, DOMAIN))
    if t < 0.75:
        return acc(R, 503, "POST", "/lims/login")
    return l4(R, "WARN", th(R), "c.q.lims.security.LoginAuditListener", "login for %s could not be checked (directory unreachable over LDAPS); returning 503" % us)


def lims_negs():
    def n_acc_ok(R):
        return acc(R, pick(R, [200, 200, 201, 302, 304]), pick(R, ["GET", "GET", "POST"]), pick(R, ["/lims/samples/%s" % bc(R), "/lims/api/v2/samples/%s" % bc(R), "/lims/plates/%s" % bc(R), "/lims/static/js/app.%s.js" % hexs(R, 8), "/lims/api/v2/qc-results"]), pick(R, LUSERS))

    def n_acc_404(R):
        return acc(R, 404, "GET", "/lims/api/v2/samples/%s" % pick(R, ["QF-T-%s" % digits(R, 6), "QF-X-%s" % digits(R, 7), "%s" % digits(R, 9)]), pick(R, LUSERS))

    def n_acc_401(R):
        return acc(R, 401, "POST", "/lims/login")

    def n_reg(R):
        return l4(R, "INFO", th(R), "c.q.lims.sample.SampleRegistrationService", "registered %d samples for %s (first %s) by %s" % (R.randint(1, 96), pick(R, ["QF-ONC-041", "QF-RNA-017", "QF-WGS-112"]), bc(R), pick(R, LUSERS)))

    def n_dup(R):
        return l4(R, "WARN", th(R), "c.q.lims.sample.SampleRegistrationService", "barcode %s already registered (sample %d); duplicate scan ignored" % (bc(R), R.randint(10 ** 6, 10 ** 7)))

    def n_badbc(R):
        return l4(R, "WARN", th(R), "c.q.lims.intake.IntakeController", "rejected barcode '%s' entered by %s: not a QuillFen tube barcode (expected QF-T-nnnnnnn)" % (pick(R, ["QF-T-%s" % digits(R, 5), "QFT%s" % digits(R, 7), "QF-T-%s" % digits(R, 8)]), pick(R, LUSERS[:6])))

    def n_qcfail(R):
        return l4(R, "INFO", th(R), "c.q.lims.qc.QcResultService", "sample %s failed QC: RIN %.1f < 7.0; status set to QC_FAILED (requester notified)" % (bc(R), R.uniform(2, 6.9)))

    def n_qcok(R):
        return l4(R, "INFO", th(R), "c.q.lims.qc.QcResultService", "QC results for plate %s stored: %d passed, 0 errors" % (bc(R), R.randint(80, 96)))

    def n_badlogin(R):
        return l4(R, "INFO", th(R), "c.q.lims.security.LoginAuditListener", "login failed for %s: bad credentials" % pick(R, LUSERS[:6]))

    def n_printed(R):
        return l4(R, "INFO", th(R), "c.q.lims.labels.ZplPrinterClient", "printed %d labels on %s in %d ms" % (R.randint(1, 96), pick(R, ["zt411-rcv-01", "zt411-rcv-02", "zt610-biobank"]), R.randint(80, 2000)))

    def n_freezer(R):
        return l4(R, "INFO", "scheduling-1", "c.q.lims.storage.FreezerSyncJob", "freezer inventory sync finished: %d boxes, %d positions updated, 0 errors" % (R.randint(100, 900), R.randint(0, 400)))

    def n_startup(R):
        return jul(R, "INFO", "main", "org.apache.catalina.startup.Catalina.start", "Server startup in [%d] milliseconds" % R.randint(9000, 60000))

    def n_deploy(R):
        return jul(R, "INFO", "main", "org.apache.catalina.startup.HostConfig.deployWAR", "Deploying web application archive [/opt/tomcat/webapps/lims.war]")

    def n_tld(R):
        return jul(R, "INFO", "main", "org.apache.jasper.servlet.TldScanner.scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.")

    def n_leak(R):
        return jul(R, "WARNING", "main", "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads", "The web application [lims] appears to have started a thread named [%s] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:\n java.base/jdk.internal.misc.Unsafe.park(Native Method)\n java.base/java.util.concurrent.locks.LockSupport.parkNanos(LockSupport.java:269)" % pick(R, ["HikariPool-1 housekeeper", "lims-async-%d" % R.randint(1, 8), "Log4j2-TF-1-AsyncLoggerConfig-1"]))

    def n_random(R):
        return jul(R, "WARNING", "main", "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom", "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds." % R.randint(150, 900))

    def n_hikari(R):
        return l4(R, "DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % ((lambda a: (a, 20 - a))(R.randint(0, 12))))

    def n_plate(R):
        return l4(R, "INFO", th(R), "c.q.lims.plate.PlateService", "plate %s created from worklist %s (%d wells, layout %s)" % (bc(R), "WL-%s" % digits(R, 6), pick(R, [96, 384]), pick(R, ["column-wise", "row-wise"])))

    def n_session(R):
        return l4(R, "INFO", th(R), "c.q.lims.security.SessionListener", "session for %s expired after 30 min idle" % pick(R, LUSERS[:6]))

    def n_webhook(R):
        return l4(R, "INFO", th(R), "c.q.lims.integration.BenchlingSyncController", "entity %s synced from Benchling (request %s)" % ("bfi_%s" % alnum(R, 8), uuid(R)))

    return [n_acc_ok, n_acc_404, n_acc_401, n_reg, n_dup, n_badbc, n_qcfail, n_qcok, n_badlogin, n_printed, n_freezer,
            n_startup, n_deploy, n_tld, n_leak, n_random, n_hikari, n_plate, n_session, n_webhook]


# ---------------------------------------------------------------- labbridge-dotnet8-serilog-instruments-win
B1 = "labbridge-dotnet8-serilog-instruments-win"


def sl(R, lvl, msg, exc=None):
    return "%s [%s] %s%s" % (serilog_ts(R), lvl, msg, ("\n" + exc) if exc else "")


def plate(R):
    return "QF-P-%s" % digits(R, 7)


def e_com(R):
    # the liquid handler vendor's update installed a tray service that opens COM3 at logon; LabBridge can no
    # longer open the port and worklists are not transferred
    t = R.random()
    if t < 0.6:
        return sl(R, "ERR", "Failed to open serial port COM3 for LiquidHandler \"LH-%02d\"; retrying in 30 s" % R.randint(1, 4), "System.UnauthorizedAccessException: Access to the path 'COM3' is denied.\n   at System.IO.Ports.SerialStream..ctor(String portName, Int32 baudRate, Parity parity, Int32 dataBits, StopBits stopBits, Int32 readTimeout, Int32 writeTimeout, Handshake handshake, Boolean dtrEnable, Boolean rtsEnable, Boolean discardNull, Byte parityReplace)\n   at System.IO.Ports.SerialPort.Open()\n   at Quillfen.LabBridge.Serial.SerialInstrumentLink.OpenAsync(CancellationToken ct) in D:\\a\\labbridge\\src\\LabBridge\\Serial\\SerialInstrumentLink.cs:line %d" % R.randint(40, 90))
    return sl(R, "ERR", "Worklist WL-%s for plate %s not transferred to LH-%02d: instrument link down for %d min (COM3 access denied)" % (digits(R, 6), plate(R), R.randint(1, 4), R.randint(2, 300)))


def e_opc(R):
    # the plate reader's firmware update regenerated its OPC UA application certificate; LabBridge's trust
    # list still has the old one, so sessions are rejected and reads are not collected
    t = R.random()
    if t < 0.6:
        return sl(R, "ERR", "OPC UA session to opc.tcp://reader-%02d.lab.%s:4840 failed" % (R.randint(1, 3), DOMAIN), "Opc.Ua.ServiceResultException: BadCertificateUntrusted\n   at Opc.Ua.Bindings.TcpClientChannel.EndConnect(IAsyncResult result)\n   at Opc.Ua.Client.Session.Create(ApplicationConfiguration configuration, ITransportChannel channel, ConfiguredEndpoint endpoint, Boolean updateBeforeConnect, Boolean checkDomain, String sessionName, UInt32 sessionTimeout, IUserIdentity identity, IList`1 preferredLocales)\n   at Quillfen.LabBridge.Opc.PlateReaderClient.ConnectAsync(CancellationToken ct) in D:\\a\\labbridge\\src\\LabBridge\\Opc\\PlateReaderClient.cs:line %d" % R.randint(60, 120))
    if t < 0.8:
        return sl(R, "WRN", "Certificate validation failed for server opc.tcp://reader-%02d.lab.%s:4840: BadCertificateUntrusted (thumbprint %s not in trusted store)" % (R.randint(1, 3), DOMAIN, hexs(R, 40).upper()))
    return sl(R, "ERR", "Absorbance read for plate %s not collected: plate reader session unavailable" % plate(R))


def e_skew(R):
    # w32time was disabled by the new image hardening; the instrument PC's clock drifted > 15 min and S3
    # rejects every signed request
    t = R.random()
    if t < 0.6:
        return sl(R, "ERR", "Upload of %s to s3://quillfen-instrument-raw-%s/%s failed" % ("%s_%s.csv" % (plate(R), digits(R, 6)), REGION, pick(R, ["plate-reader", "liquid-handler", "sealer"])), "Amazon.S3.AmazonS3Exception: The difference between the request time and the current time is too large.\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   at Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)\n   --- End of inner exception stack trace ---\n   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)\n   at Quillfen.LabBridge.Upload.S3Uploader.UploadAsync(OutboxItem item, CancellationToken ct) in D:\\a\\labbridge\\src\\LabBridge\\Upload\\S3Uploader.cs:line %d" % R.randint(30, 80))
    return sl(R, "WRN", "Outbox upload failed %d times in a row (RequestTimeTooSkewed, local clock offset %+d s); %d items waiting" % (R.randint(5, 400), R.randint(900, 2400), R.randint(10, 3000)))


def e_disk(R):
    # the outbox lives on the PC's small D: partition, which vendor raw exports filled
    t = R.random()
    if t < 0.6:
        return sl(R, "ERR", "Could not buffer result of plate %s in outbox" % plate(R), "Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 13: 'database or disk is full'.\n   at Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(Int32 rc, sqlite3 db)\n   at Microsoft.Data.Sqlite.SqliteDataReader.NextResult()\n   at Microsoft.Data.Sqlite.SqliteCommand.ExecuteReader(CommandBehavior behavior)\n   at Quillfen.LabBridge.Outbox.SqliteOutbox.EnqueueAsync(OutboxItem item, CancellationToken ct) in D:\\a\\labbridge\\src\\LabBridge\\Outbox\\SqliteOutbox.cs:line %d" % R.randint(40, 110))
    return sl(R, "ERR", "Instrument result dropped: outbox at D:\\LabBridge\\outbox.db cannot grow (free space %d MB on D:)" % R.randint(0, 9))


def e_secret(R):
    # the LabBridge app registration's client secret expired; the LIMS API token request fails
    t = R.random()
    if t < 0.6:
        return sl(R, "ERR", "Token request for LIMS API failed", "Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: AADSTS7000222: The provided client secret keys for app '%s' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds. Trace ID: %s Correlation ID: %s Timestamp: 2030-08-%02d %02d:%02d:%02dZ\n   at Azure.Identity.CredentialDiagnosticScope.FailWrapAndThrow(Exception ex, String additionalMessage, Boolean isCredentialUnavailable)\n   at Azure.Identity.ClientSecretCredential.GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)\n   at Quillfen.LabBridge.Lims.LimsClient.AuthorizeAsync(HttpRequestMessage request, CancellationToken ct) in D:\\a\\labbridge\\src\\LabBridge\\Lims\\LimsClient.cs:line %d" % (uuid(R), uuid(R), uuid(R), R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(20, 60)))
    return sl(R, "ERR", "QC result for plate %s not posted to LIMS: no access token (client secret expired)" % plate(R))


def bridge_negs():
    def n_started(R):
        return sl(R, "INF", "Application started. Press Ctrl+C to shut down.")

    def n_env(R):
        return sl(R, "INF", "Hosting environment: Production")

    def n_root(R):
        return sl(R, "INF", "Content root path: C:\\Program Files\\Quillfen\\LabBridge")

    def n_port(R):
        return sl(R, "INF", "Opened serial port %s at %d 8N1 for %s" % (pick(R, ["COM4", "COM5"]), pick(R, [9600, 19200, 115200]), pick(R, ["Sealer \"PS-01\"", "Sealer \"PS-02\"", "BarcodeScanner \"BS-03\""])))

    def n_frame(R):
        return sl(R, "DBG", "RX %d bytes from %s: STX %s ETX, checksum ok" % (R.randint(8, 240), pick(R, ["COM4", "COM5"]), upper(R, 6)))

    def n_read(R):
        return sl(R, "INF", "Absorbance read for plate %s collected from reader-%02d (96 wells, 450 nm, %d ms)" % (plate(R), R.randint(1, 3), R.randint(400, 9000)))

    def n_upload(R):
        return sl(R, "INF", "Uploaded %s_%s.csv to s3://quillfen-instrument-raw-%s/%s (%d bytes, ETag \"%s\")" % (plate(R), digits(R, 6), REGION, pick(R, ["plate-reader", "liquid-handler"]), R.randint(2000, 900000), hexs(R, 32)))

    def n_posted(R):
        return sl(R, "INF", "QC result for plate %s posted to LIMS (HTTP 201, %d ms)" % (plate(R), R.randint(40, 900)))

    def n_retry(R):
        return sl(R, "WRN", "Transient failure calling LIMS API (The operation was canceled. HttpClient.Timeout of 10 seconds elapsing); retry %d of 3 in %d ms" % (R.randint(1, 2), R.randint(200, 2000)))

    def n_retry_ok(R):
        return sl(R, "INF", "LIMS API call for plate %s succeeded on attempt %d" % (plate(R), R.randint(2, 3)))

    def n_mismatch(R):
        return sl(R, "WRN", "Scanned plate barcode %s does not match worklist WL-%s (expected %s); operator prompted to rescan" % (plate(R), digits(R, 6), plate(R)))

    def n_keepalive(R):
        return sl(R, "DBG", "OPC UA keep-alive from reader-%02d: state Good, %d subscriptions, dropped_notifications=0" % (R.randint(1, 3), R.randint(1, 6)))

    def n_idle(R):
        return sl(R, "INF", "LH-%02d idle (no worklist), polling in 60 s" % R.randint(1, 4))

    def n_sealed(R):
        return sl(R, "INF", "Plate %s sealed by PS-0%d at %d °C for %.1f s" % (plate(R), R.randint(1, 2), R.randint(160, 175), R.uniform(1.5, 3.5)))

    def n_outbox(R):
        return sl(R, "INF", "Outbox flushed: %d items uploaded, 0 failed, %d pending" % (R.randint(1, 200), R.randint(0, 3)))

    def n_abort(R):
        return sl(R, "WRN", "Worklist WL-%s aborted by operator %s on LH-%02d after %d of 96 wells" % (digits(R, 6), pick(R, ["kpatel", "mzhou", "aokafor", "lfischer"]), R.randint(1, 4), R.randint(1, 95)))

    def n_health(R):
        return sl(R, "INF", "Health: serial links %d/%d up, OPC UA sessions %d/3, outbox depth %d, clock offset %+d ms" % (R.randint(2, 3), 3, R.randint(2, 3), R.randint(0, 5), R.randint(-300, 300)))

    def n_noread(R):
        return sl(R, "WRN", "Plate reader reported wells %s outside linear range (OD > 3.5); values flagged, not rejected" % ",".join(sorted({pick(R, "ABCDEFGH") + str(R.randint(1, 12)) for _ in range(3)})))

    def n_stop(R):
        return sl(R, "INF", "Application is shutting down...")

    return [n_started, n_env, n_root, n_port, n_frame, n_read, n_upload, n_posted, n_retry, n_retry_ok, n_mismatch,
            n_keepalive, n_idle, n_sealed, n_outbox, n_abort, n_health, n_noread, n_stop]


FAMILIES = {
    L1: lambda R: build(R, L1, [("flyway-sample-id-seq-usage-not-granted", e_seq),
                                ("label-printers-moved-vlan-connect-timeout", e_printer),
                                ("autodeploy-redeploys-metaspace-exhausted", e_metaspace),
                                ("poi-min-inflate-ratio-rejects-cro-manifests", e_zipbomb),
                                ("ldaps-new-ca-missing-from-truststore", e_ldaps)], lims_negs()),
    B1: lambda R: build(R, B1, [("vendor-tray-service-holds-com3", e_com),
                                ("plate-reader-opcua-cert-regenerated", e_opc),
                                ("w32time-disabled-s3-request-time-skewed", e_skew),
                                ("outbox-d-drive-full-sqlite", e_disk),
                                ("entra-client-secret-expired-lims-token", e_secret)], bridge_negs()),
}
