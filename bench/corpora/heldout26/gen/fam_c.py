"""Families: dotnet-framework48-log4net-nlog-ec2, sqlserver2022-errorlog-ec2-rds."""
from common import (hexs, alnum, lower, upper, digits, uuid, guid, ip10, hms, day, pick, jd, build, iso, sp, port, at)

# ---------------------------------------------------------------- dotnet-framework48-log4net-nlog-ec2
# "hartfell water": .NET Framework 4.8 apps on Windows Server 2019 EC2: BillingService (WCF host, log4net
# "%date [%thread] %-5level %logger - %message%newline%exception"), MeterImport (Windows service, NLog
# "${longdate}|${level:uppercase=true}|${logger}|${message} ${exception:format=tostring}") and CustomerPortal
# (ASP.NET WebForms, log4net). The CloudWatch agent tails the files with multi_line_start_pattern on the
# timestamp, so an exception's lines belong to its event.
F1 = "dotnet-framework48-log4net-nlog-ec2"


def l4n(R, level, logger, msg, exc=None, thread=None):
    d, h, m = at(R)
    s = "2029-01-%02d %s,%s [%s] %-5s %s - %s" % (d, h, m, thread or pick(R, [str(R.randint(5, 80)), "Bill-Run-%d" % R.randint(1, 8), "WCF-%d" % R.randint(1, 30)]), level, logger, msg)
    return s + ("\r\n" + exc if exc else "")


def nlog(R, level, logger, msg, exc=None):
    d, h, _ = at(R)
    return "2029-01-%02d %s.%s|%s|%s|%s%s" % (d, h, digits(R, 4), level, logger, msg, (" " + exc) if exc else "")


def e_tls(R):
    # the payment partner switched off TLS 1.0/1.1; BillingService targets 4.5.2 and still uses SecurityProtocol=Tls
    ref = "HWB-%s" % digits(R, 8)
    r = R.random()
    if r < 0.6:
        return l4n(R, "ERROR", "Hartfell.Billing.Payments.CardGatewayClient", "Card payment %s for account %s failed: gateway call threw" % (ref, digits(R, 9)),
                   "System.ServiceModel.CommunicationException: An error occurred while making the HTTP request to https://secure.paybridge-partner.example/v3/PaymentService.svc. This could be due to the fact that the server certificate is not configured properly with HTTP.SYS in the HTTPS case. This could also be caused by a mismatch of the security binding between the client and the server. ---> System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a send. ---> System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host. ---> System.Net.Sockets.SocketException: An existing connection was forcibly closed by the remote host\r\n   at System.Net.Sockets.Socket.Receive(Byte[] buffer, Int32 offset, Int32 size, SocketFlags socketFlags)\r\n   at System.Net.TlsStream.ForceAuthentication(Boolean authenticate, Byte[] buffer, AsyncProtocolRequest asyncRequest)\r\n   at System.Net.HttpWebRequest.GetResponse()\r\n   at System.ServiceModel.Channels.HttpChannelFactory`1.HttpRequestChannel.HttpChannelRequest.WaitForReply(TimeSpan timeout)\r\n   --- End of inner exception stack trace ---\r\n   at Hartfell.Billing.Payments.CardGatewayClient.Authorise(PaymentRequest request) in D:\\agent\\_work\\4\\s\\Billing\\Payments\\CardGatewayClient.cs:line 88")
    if r < 0.85:
        return l4n(R, "ERROR", "Hartfell.Billing.Payments.PaymentBatch", "Direct debit collection batch %s aborted: %d of %d payments failed with CommunicationException (The underlying connection was closed: An unexpected error occurred on a send.)" % (upper(R, 6), R.randint(40, 400), R.randint(400, 900)))
    return l4n(R, "FATAL", "Hartfell.Billing.Payments.CardGatewayClient", "Payment gateway circuit opened after %d consecutive send failures to secure.paybridge-partner.example" % R.randint(20, 60))


def e_filelock(R):
    # a new Defender on-access scan rule on the meter-drop share keeps files open; MeterImport gives up on them
    f = "\\\\hfw-fs-01\\meterdrop\\inbound\\AMR_%s_2029010%d_%02d%02d.csv" % (pick(R, ["NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"]), R.randint(3, 9), R.randint(0, 23), pick(R, [0, 15, 30, 45]))
    if R.random() < 0.6:
        return nlog(R, "ERROR", "Hartfell.MeterImport.FileIngestor", "Giving up on %s after 5 attempts; it will be retried next cycle" % f,
                    "System.IO.IOException: The process cannot access the file '%s' because it is being used by another process.\r\n   at System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)\r\n   at System.IO.FileStream.Init(String path, FileMode mode, FileAccess access, Int32 rights, Boolean useRights, FileShare share, Int32 bufferSize, FileOptions options, SECURITY_ATTRIBUTES secAttrs, String msgPath, Boolean bFromProxy, Boolean useLongPath, Boolean checkHost)\r\n   at System.IO.File.OpenRead(String path)\r\n   at Hartfell.MeterImport.FileIngestor.ReadBatch(String path) in D:\\agent\\_work\\7\\s\\MeterImport\\FileIngestor.cs:line 61" % f)
    return nlog(R, "ERROR", "Hartfell.MeterImport.ImportCycle", "Import cycle %s finished with failures: %d files imported, %d files locked (skipped), %d readings missing from billing" % (upper(R, 8), R.randint(10, 90), R.randint(3, 40), R.randint(2000, 90000)))


def e_msmq(R):
    # BillingService's private queue hits the machine-wide MSMQ storage quota (1 GB) because a consumer is stopped
    if R.random() < 0.7:
        return l4n(R, "ERROR", "Hartfell.Billing.Notifications.QueuePublisher", "Failed to enqueue bill notification for account %s" % digits(R, 9),
                   "System.Messaging.MessageQueueException (0x80004005): Insufficient resources to perform operation.\r\n   at System.Messaging.MessageQueue.SendInternal(Object obj, MessageQueueTransaction internalTransaction, MessageQueueTransactionType transactionType)\r\n   at System.Messaging.MessageQueue.Send(Object obj, MessageQueueTransactionType transactionType)\r\n   at Hartfell.Billing.Notifications.QueuePublisher.Publish(BillIssued evt) in D:\\agent\\_work\\4\\s\\Billing\\Notifications\\QueuePublisher.cs:line 39")
    return l4n(R, "ERROR", "Hartfell.Billing.Notifications.QueuePublisher", "Queue .\\private$\\bill-notifications rejected %d messages in the last minute (MSMQ storage quota reached, %d messages waiting)" % (R.randint(20, 900), R.randint(400000, 900000)))


def e_session(R):
    # CustomerPortal's SQL session-state database (ASPState on hfw-sql-02) is offline after a failed patch
    sid_ = lower(R, 24)
    if R.random() < 0.7:
        return l4n(R, "ERROR", "Hartfell.CustomerPortal.Global", "Unhandled exception for %s %s (session %s)" % (pick(R, ["GET", "POST"]), pick(R, ["/account/summary.aspx", "/bills/view.aspx", "/payments/makepayment.aspx", "/meter/submitreading.aspx"]), sid_),
                   "System.Web.HttpException (0x80004005): Unable to connect to SQL Server session database. ---> System.Data.SqlClient.SqlException (0x80131904): Cannot open database \"ASPState\" requested by the login. The login failed.\r\nLogin failed for user 'HARTFELL\\svc-portal'.\r\n   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions, SqlCredential credential, Object providerInfo, String newPassword, SecureString newSecurePassword, Boolean redirectedUserInstance, SqlConnectionString userConnectionOptions, SessionData reconnectSessionData, Boolean applyTransientFaultHandling, String accessToken, DbConnectionPool pool)\r\n   at System.Web.SessionState.SqlSessionStateStore.SqlStateConnection..ctor(SqlPartitionInfo sqlPartitionInfo, TimeSpan retryInterval)\r\n   --- End of inner exception stack trace ---\r\n   at System.Web.SessionState.SqlSessionStateStore.ThrowSqlConnectionException(SqlConnection conn, Exception e)\r\n   at System.Web.SessionState.SessionStateModule.BeginAcquireState(Object source, EventArgs e, AsyncCallback cb, Object extraData)", thread=str(R.randint(5, 80)))
    return l4n(R, "ERROR", "Hartfell.CustomerPortal.Health", "Dependency check 'session-state' failed: Cannot open database \"ASPState\" requested by the login (hfw-sql-02, %d consecutive failures)" % R.randint(2, 60))


def e_smtp(R):
    # the IAM user behind the SES SMTP credentials was deleted in the access-key cleanup
    to = "%s@%s" % (pick(R, ["b.hughes", "j.carter", "accounts", "m.osei", "p.lamb"]), pick(R, ["example.com", "example.org", "example.net"]))
    if R.random() < 0.7:
        return l4n(R, "ERROR", "Hartfell.Billing.Email.BillMailer", "Could not send e-bill %s to %s" % (upper(R, 10), to),
                   "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 535 Authentication Credentials Invalid\r\n   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients, String deliveryNotify, Boolean allowUnicode, SmtpFailedRecipientException& exception)\r\n   at System.Net.Mail.SmtpClient.Send(MailMessage message)\r\n   at Hartfell.Billing.Email.BillMailer.Send(EBill bill) in D:\\agent\\_work\\4\\s\\Billing\\Email\\BillMailer.cs:line 72", thread="Mailer-%d" % R.randint(1, 4))
    return l4n(R, "WARN", "Hartfell.Billing.Email.BillMailer", "E-bill run %s: %d sent, %d failed (SMTP 535 from email-smtp.eu-west-2.amazonaws.com), failed bills will go to print" % (upper(R, 6), 0, R.randint(300, 4000)), thread="Mailer-0")


def fx_negs():
    def n_bill_ok(R): return l4n(R, "INFO", "Hartfell.Billing.BillRun", "Bill run 2029-01 batch %d finished: %d bills, 0 failed, %d ms" % (R.randint(1, 60), R.randint(500, 4000), R.randint(9000, 600000)))
    def n_wcf_open(R): return l4n(R, "INFO", "Hartfell.Billing.Host.ServiceHostFactory", "ServiceHost opened for %s on net.tcp://hfw-app-0%d:8%03d/" % (pick(R, ["BillingService", "TariffService", "AccountService"]), R.randint(1, 3), R.randint(100, 999)))
    def n_wcf_dbg(R): return l4n(R, "DEBUG", "Hartfell.Billing.Payments.CardGatewayClient", "Request envelope: <s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><Authorise><Amount>%d.%02d</Amount><Currency>GBP</Currency><Reference>HWB-%s</Reference></Authorise></s:Body></s:Envelope>" % (R.randint(10, 400), R.randint(0, 99), digits(R, 8)))
    def n_pay_ok(R): return l4n(R, "INFO", "Hartfell.Billing.Payments.CardGatewayClient", "Card payment HWB-%s authorised (%s) in %d ms" % (digits(R, 8), upper(R, 6), R.randint(300, 3000)))
    def n_pay_declined(R): return l4n(R, "WARN", "Hartfell.Billing.Payments.CardGatewayClient", "Card payment HWB-%s declined by issuer: %s" % (digits(R, 8), pick(R, ["05 Do not honour", "51 Insufficient funds", "54 Expired card"])))
    def n_import_ok(R): return nlog(R, "INFO", "Hartfell.MeterImport.ImportCycle", "Import cycle %s finished: %d files, %d readings, 0 rejected, 0 locked" % (upper(R, 8), R.randint(10, 90), R.randint(20000, 300000)))
    def n_import_retry(R): return nlog(R, "WARN", "Hartfell.MeterImport.FileIngestor", "File \\\\hfw-fs-01\\meterdrop\\inbound\\AMR_%s_2029010%d_%02d%02d.csv is in use, retry %d of 5 in 2000 ms" % (pick(R, ["NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"]), R.randint(3, 9), R.randint(0, 23), pick(R, [0, 15, 30, 45]), R.randint(1, 2)))
    def n_import_retry_ok(R): return nlog(R, "INFO", "Hartfell.MeterImport.FileIngestor", "Imported \\\\hfw-fs-01\\meterdrop\\inbound\\AMR_%s_2029010%d_%02d%02d.csv on attempt %d: %d readings" % (pick(R, ["NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"]), R.randint(3, 9), R.randint(0, 23), pick(R, [0, 15, 30, 45]), R.randint(1, 3), R.randint(500, 9000)))
    def n_outlier(R): return nlog(R, "WARN", "Hartfell.MeterImport.Validation", "Reading for meter %s is an outlier (%d m3 vs 90-day mean %d m3); flagged for review" % (upper(R, 10), R.randint(400, 4000), R.randint(5, 60)))
    def n_nlog_dbg(R): return nlog(R, "DEBUG", "Hartfell.MeterImport.Parser", "Parsed row %d: meter=%s read=%d status=OK errors=0" % (R.randint(1, 9000), upper(R, 10), R.randint(100, 99999)))
    def n_portal_login(R): return l4n(R, "WARN", "Hartfell.CustomerPortal.Account.Login", "Login failed for customer %s: invalid password (attempt %d of 5)" % (digits(R, 9), R.randint(1, 3)), thread=str(R.randint(5, 80)))
    def n_portal_info(R): return l4n(R, "INFO", "Hartfell.CustomerPortal.Meter.SubmitReading", "Reading submitted for account %s: %d (accepted)" % (digits(R, 9), R.randint(100, 99999)), thread=str(R.randint(5, 80)))
    def n_portal_404(R): return l4n(R, "WARN", "Hartfell.CustomerPortal.Global", "404 for %s from %s (UA %s)" % (pick(R, ["/wp-admin/", "/old/billing.asp", "/.env", "/favicon.png"]), ip10(R, 30), pick(R, ["curl/8.9.1", "Mozilla/5.0"])), thread=str(R.randint(5, 80)))
    def n_mail_ok(R): return l4n(R, "INFO", "Hartfell.Billing.Email.BillMailer", "E-bill run %s: %d sent, 0 failed" % (upper(R, 6), R.randint(300, 9000)), thread="Mailer-0")
    def n_queue_ok(R): return l4n(R, "INFO", "Hartfell.Billing.Notifications.QueuePublisher", "Published %d bill notifications to .\\private$\\bill-notifications (depth %d)" % (R.randint(10, 900), R.randint(0, 300)))
    def n_l4n_config(R): return "log4net: Configuration update mode [Merge]. (%s)" % pick(R, ["BillingService", "CustomerPortal"]) if R.random() < 0.2 else l4n(R, "INFO", "Hartfell.Billing.Host.Program", "BillingService %s starting on %s (.NET Framework 4.8.%d, 64-bit)" % ("4.7.%d" % R.randint(0, 30), pick(R, ["HFW-APP-01", "HFW-APP-02", "HFW-APP-03"]), R.randint(4000, 9300)))
    def n_sql_retry(R): return l4n(R, "WARN", "Hartfell.Billing.Data.RetryPolicy", "Transient SQL error 1205 (deadlock victim) on UpdateBalance, retry 1 of 3 succeeded after %d ms" % R.randint(50, 900))
    return [n_bill_ok, n_wcf_open, n_wcf_dbg, n_pay_ok, n_pay_declined, n_import_ok, n_import_retry, n_import_retry_ok, n_outlier, n_nlog_dbg, n_portal_login, n_portal_info, n_portal_404, n_mail_ok, n_queue_ok, n_l4n_config, n_sql_retry]


def fam_fx(R):
    return build(R, F1, [("billing-card-gateway-tls12-not-negotiated", e_tls), ("meterimport-drop-share-files-locked-by-scanner", e_filelock),
                         ("billing-msmq-storage-quota-reached", e_msmq), ("portal-aspstate-session-database-offline", e_session),
                         ("billing-ses-smtp-credentials-invalid", e_smtp)], fx_negs())


# ---------------------------------------------------------------- sqlserver2022-errorlog-ec2-rds
# "quarrington retail": SQL Server 2022 Enterprise on EC2 (QR-SQL-A/B, availability group QR-AG1) whose ERRORLOG
# the CloudWatch agent tails, and RDS for SQL Server (qr-reporting) with its error log published to CloudWatch
# Logs. One event per ERRORLOG line: "<date> <time.cc> <source>  <text>" (the "Error: n, Severity: s, State: t."
# line and its message are two events, as SQL Server writes them).
F2 = "sqlserver2022-errorlog-ec2-rds"


def el(R, src, text):
    d, h, _ = at(R)
    return "2029-01-%02d %s.%02d %-11s %s" % (d, h, R.randint(0, 99), src, text)


def spid(R):
    return "spid%d%s" % (R.randint(51, 180), pick(R, ["", "", "s"]))


def f_logfull(R):
    # an ETL session left a transaction open for 9 hours in QR_Staging (simple recovery) -> the log cannot truncate
    r = R.random()
    if r < 0.3:
        return el(R, spid(R), "Error: 9002, Severity: 17, State: 2.")
    if r < 0.7:
        return el(R, spid(R), "The transaction log for database 'QR_Staging' is full due to 'ACTIVE_TRANSACTION' and the holdup lsn is (%d:%d:%d)." % (R.randint(400, 900), R.randint(100, 99999), R.randint(1, 400)))
    if r < 0.85:
        return el(R, spid(R), "Could not write a checkpoint record in database QR_Staging because the log is out of space. Contact the database administrator to truncate the log or allocate more space to the database log files.")
    return el(R, spid(R), "Autogrow of file 'QR_Staging_log' in database 'QR_Staging' was cancelled by user or timed out after %d milliseconds.  Use ALTER DATABASE to set a smaller FILEGROWTH value for this file or to explicitly set a new file size." % R.randint(30000, 60000))


def f_slowio(R):
    # QR-SQL-A's data volume (gp3 at 125 MB/s baseline) saturates during the nightly index rebuild
    f = pick(R, ["D:\\Data\\QR_ERP.mdf", "D:\\Data\\QR_ERP_2.ndf", "D:\\Data\\QR_ERP_Index.ndf", "T:\\TempDB\\tempdb.mdf"])
    dbid = 2 if "tempdb" in f else 5
    return el(R, spid(R), "SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [%s] in database id %d.  The OS file handle is 0x%016X.  The offset of the latest long I/O is: 0x%012x.  The duration of the long I/O is: %d ms." % (R.randint(1, 60), f, dbid, R.randint(0x600, 0xfff), R.randint(0x10000000, 0xffffffffff), R.randint(15000, 48000)))


def f_ag(R):
    # the security group change on QR-SQL-B blocked TCP 5022 (HADR endpoint) -> the secondary is disconnected
    r = R.random()
    rid = "{5B7F3C1E-94A2-4D8B-B0E6-2C91F47A3D58}"
    if r < 0.3:
        return el(R, spid(R), "Error: 35206, Severity: 16, State: 1.")
    if r < 0.65:
        return el(R, spid(R), "A connection timeout has occurred on a previously established connection to availability replica 'QR-SQL-B' with id [%s].  Either a networking or a firewall issue exists or the availability replica has transitioned to the resolving role." % rid[1:-1])
    if r < 0.85:
        return el(R, spid(R), "A connection timeout has occurred while attempting to establish a connection to availability replica 'QR-SQL-B' with id [%s]. Either a networking or firewall issue exists, or the endpoint address provided for the replica is not the database mirroring endpoint of the host server instance." % rid[1:-1])
    return el(R, "Logon", "Database Mirroring login attempt failed with error: 'Connection handshake failed. An OS call failed: (8009030c) 0x8009030c(The logon attempt failed). State 67.'.  [CLIENT: 10.50.2.%d]" % R.randint(20, 21))


def f_backup(R):
    # the SQL credential used for BACKUP TO URL (s3://) holds an access key that was deactivated
    db = pick(R, ["QR_ERP", "QR_Loyalty", "QR_Pricing"])
    f = "s3://qr-sqlbackups-euw1.s3.eu-west-1.amazonaws.com/QR-SQL-A/%s/%s_%s_2029010%d_%02d%02d.%s" % (db, db, pick(R, ["LOG", "FULL", "DIFF"]), R.randint(3, 9), R.randint(0, 23), pick(R, [0, 15, 30, 45]), pick(R, ["trn", "bak"]))
    r = R.random()
    if r < 0.25:
        return el(R, "Backup", "Error: 3041, Severity: 16, State: 1.")
    if r < 0.6:
        return el(R, "Backup", "BACKUP failed to complete the command BACKUP %s %s. Check the backup application log for detailed messages." % (pick(R, ["LOG", "DATABASE"]), db))
    return el(R, spid(R), "BackupIoRequest::ReportIoError: write failure on backup device '%s'. Operating system error 5(Access is denied.)." % f)


def f_login18(R):
    # the Power BI gateway's SQL login on RDS qr-reporting hit CHECK_EXPIRATION; refreshes fail every 30 minutes
    if R.random() < 0.45:
        return el(R, "Logon", "Error: 18456, Severity: 14, State: 18.")
    return el(R, "Logon", "Login failed for user 'rpt_pbi_gateway'. Reason: Password must be changed. [CLIENT: 10.60.%d.%d]" % (R.randint(4, 5), R.randint(10, 14)))


def sql_negs():
    def n_startup(R): return el(R, "Server", pick(R, ["Microsoft SQL Server 2022 (RTM-CU%d) (KB50%s) - 16.0.4%03d.1 (X64) \r\n\tDec  %d 2028 14:%02d:%02d \r\n\tCopyright (C) 2022 Microsoft Corporation\r\n\tEnterprise Edition: Core-based Licensing (64-bit) on Windows Server 2022 Datacenter 10.0 <X64> (Build 20348: ) (Hypervisor)" % (R.randint(16, 18), digits(R, 5), R.randint(100, 200), R.randint(1, 9), R.randint(0, 59), R.randint(0, 59)),
                                                       "Server process ID is %d." % R.randint(1000, 9999), "Logging SQL Server messages in file 'D:\\MSSQL16.MSSQLSERVER\\MSSQL\\Log\\ERRORLOG'.", "Detected %d MB of RAM, %d MB of available memory, %d MB of available page file. This is an informational message; no user action is required." % (R.choice([131072, 262144]), R.randint(100000, 250000), R.randint(8000, 30000)),
                                                       "Server is listening on [ 'any' <ipv4> 1433] accept sockets %d." % R.randint(1, 4), "Dedicated admin connection support was established for listening locally on port 1434."]))
    def n_startdb(R): return el(R, spid(R), "Starting up database '%s'." % pick(R, ["master", "msdb", "model", "tempdb", "QR_ERP", "QR_Loyalty", "QR_Pricing", "QR_Staging", "rdsadmin", "Reporting_DW"]))
    def n_recovery(R): return el(R, spid(R), pick(R, ["Recovery is complete. This is an informational message only. No user action is required.", "Recovery completed for database %s (database ID %d) in %d second(s) (analysis %d ms, redo %d ms, undo %d ms [system undo 0 ms, regular undo 0 ms].) This is an informational message only. No user action is required." % (pick(R, ["QR_ERP", "QR_Loyalty", "QR_Pricing", "msdb"]), R.randint(4, 12), R.randint(1, 9), R.randint(5, 90), R.randint(10, 900), R.randint(0, 40))]))
    def n_checkdb(R):
        db = pick(R, ["QR_ERP", "QR_Loyalty", "QR_Pricing", "QR_Staging", "msdb", "master", "Reporting_DW"])
        return el(R, spid(R), pick(R, ["CHECKDB for database '%s' finished without errors on 2029-01-0%d 02:%02d:%02d.%03d (local time). This is an informational message only; no user action is required." % (db, R.randint(1, 9), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
                                        "DBCC CHECKDB (%s) WITH all_errormsgs, no_infomsgs, data_purity executed by QR\\svc-sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours %d minutes %d seconds.  Internal database snapshot has split point LSN = %08x:%08x:%04x and first LSN = %08x:%08x:%04x." % (db, R.randint(0, 40), R.randint(0, 59), R.randint(0x100, 0xfff), R.randint(0x100, 0xffff), R.randint(1, 0xff), R.randint(0x100, 0xfff), R.randint(0x100, 0xffff), R.randint(1, 0xff))]))
    def n_logbackup(R):
        db = pick(R, ["QR_ERP", "QR_Loyalty", "QR_Pricing", "msdb"])
        return el(R, "Backup", "Log was backed up. Database: %s, creation date(time): 2027/03/%02d(09:12:44), first LSN: %d:%d:%d, last LSN: %d:%d:%d, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'E:\\Backup\\%s\\%s_LOG_%s.trn'}). This is an informational message only. No user action is required." % (db, R.randint(1, 28), R.randint(100, 900), R.randint(100, 9999), R.randint(1, 99), R.randint(100, 900), R.randint(100, 9999), R.randint(1, 99), db, db, digits(R, 12)))
    def n_backup_ok(R): return el(R, "Backup", "BACKUP DATABASE successfully processed %d pages in %.3f seconds (%.3f MB/sec)." % (R.randint(10000, 9000000), R.uniform(5, 900), R.uniform(40, 400)))
    def n_login_sa(R): return el(R, "Logon", pick(R, ["Error: 18456, Severity: 14, State: 8.", "Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: 10.%d.%d.%d]" % (R.choice([10, 11]), R.randint(0, 9), R.randint(2, 254))]))
    def n_login_5(R): return el(R, "Logon", pick(R, ["Error: 18456, Severity: 14, State: 5.", "Login failed for user '%s'. Reason: Could not find a login matching the name provided. [CLIENT: 10.%d.%d.%d]" % (pick(R, ["QR\\t.ashby", "test", "qr_etl_old", "probe"]), R.choice([40, 41]), R.randint(0, 9), R.randint(2, 254))]))
    def n_reinit(R): return el(R, spid(R), pick(R, ["The error log has been reinitialized. See the previous log for older entries.", "Attempting to cycle error log. This is an informational message only; no user action is required."]))
    def n_dboption(R): return el(R, spid(R), "Setting database option %s to %s for database '%s'." % (pick(R, ["ONLINE", "RECOVERY", "AUTO_UPDATE_STATISTICS_ASYNC", "QUERY_STORE"]), pick(R, ["ON", "OFF", "FULL", "SIMPLE"]), pick(R, ["QR_ERP", "QR_Loyalty", "Reporting_DW", "QR_Staging"])))
    def n_config(R): return el(R, spid(R), "Configuration option '%s' changed from %d to %d. Run the RECONFIGURE statement to install." % (pick(R, ["show advanced options", "max degree of parallelism", "cost threshold for parallelism", "backup compression default", "optimize for ad hoc workloads"]), R.randint(0, 8), R.randint(0, 50)))
    def n_ag_ok(R): return el(R, spid(R), "Always On Availability Groups connection with %s database established for %s database '%s' on the availability replica '%s' with Replica ID: {%s}. This is an informational message only. No user action is required." % (pick(R, ["secondary", "primary"]), pick(R, ["primary", "secondary"]), pick(R, ["QR_ERP", "QR_Loyalty", "QR_Pricing"]), pick(R, ["QR-SQL-A", "QR-SQL-C"]), uuid(R)))
    def n_freeze(R):
        db = pick(R, ["QR_ERP", "QR_Loyalty", "QR_Pricing", "master", "msdb", "model"])
        return el(R, spid(R), pick(R, ["I/O is frozen on database %s. No user action is required. However, if I/O is not resumed promptly, you could cancel the backup." % db, "I/O was resumed on database %s. No user action is required." % db, "Database backed up. Database: %s, creation date(time): 2027/03/14(09:12:44), pages dumped: %d, first LSN: %d:%d:%d, last LSN: %d:%d:%d, number of dump devices: 1, device information: (FILE=1, TYPE=VIRTUAL_DEVICE: {'{%s}%d'}). This is an informational message only. No user action is required." % (db, R.randint(1000, 900000), R.randint(100, 900), R.randint(100, 9999), R.randint(1, 99), R.randint(100, 900), R.randint(100, 9999), R.randint(1, 99), uuid(R).upper(), R.randint(1, 9))]))
    def n_trace(R): return el(R, spid(R), "SQL Trace ID %d was %s by login \"%s\"." % (R.randint(2, 9), pick(R, ["started", "stopped"]), pick(R, ["QR\\svc-sqlmonitor", "QR\\adm-l.rhodes", "rdsa"])))
    def n_redo(R): return el(R, spid(R), "Parallel redo is %s for database '%s' with worker pool size [%d]." % (pick(R, ["started", "shutdown"]), pick(R, ["QR_ERP", "QR_Loyalty", "QR_Pricing"]), R.randint(2, 8)))
    def n_dbcc_trace(R): return el(R, spid(R), "DBCC TRACE%s %d, server process ID (SPID) %d. This is an informational message only; no user action is required." % (pick(R, ["ON", "OFF"]), pick(R, [3604, 1222, 3605, 7412]), R.randint(51, 180)))
    def n_rds(R): return el(R, spid(R), pick(R, ["Using 'dbghelp.dll' version '4.0.5'", "Using 'xpstar.dll' version '2022.160.4%03d.1' to execute extended stored procedure 'xp_instance_regread'. This is an informational message only; no user action is required." % R.randint(100, 200), "AppDomain %d (%s.dbo[runtime].%d) unloaded." % (R.randint(2, 40), pick(R, ["mssqlsystemresource", "rdsadmin", "Reporting_DW"]), R.randint(1, 9))]))
    def n_kill(R): return el(R, spid(R), "Process ID %d was killed by hostname %s, host process ID %d." % (R.randint(51, 180), pick(R, ["QR-ETL-01", "QR-APP-03", "EC2AMAZ-J4K2L7P"]), R.randint(1000, 9000)))
    return [n_startup, n_startdb, n_recovery, n_checkdb, n_logbackup, n_backup_ok, n_login_sa, n_login_5, n_reinit, n_dboption, n_config, n_ag_ok, n_freeze, n_trace, n_redo, n_dbcc_trace, n_rds, n_kill]


def fam_sql(R):
    return build(R, F2, [("qr-staging-log-full-open-etl-transaction", f_logfull), ("qr-sql-a-data-volume-io-over-15s", f_slowio),
                         ("qr-ag1-secondary-b-hadr-endpoint-blocked", f_ag), ("backup-to-s3-url-credential-access-denied", f_backup),
                         ("rds-reporting-pbi-gateway-login-password-expired", f_login18)], sql_negs())


FAMILIES = {F1: fam_fx, F2: fam_sql}
