"""Families: win-system-application-eventlog-cwagent, win-security-ad-dc-eventlog."""
from common import (hexs, alnum, lower, upper, digits, uuid, guid, ip10, hms, day, pick, build, iso, port,
                    at, sid, logon_id, cwtext)

# ---------------------------------------------------------------- win-system-application-eventlog-cwagent
# "brackenfield insurance": Windows Server 2022 EC2 instances (quote engine app servers, file/print, a
# batch host) whose System and Application channels the CloudWatch agent ships with event_format "text":
# [Channel] [LEVEL] [EventID] [Provider] [Computer] [Message]  (Message as rendered, multi-line where it is).
F1 = "win-system-application-eventlog-cwagent"
DOM1 = ".corp.brackenfield.internal"
HOSTS1 = ["BFQ-APP-01", "BFQ-APP-02", "BFQ-APP-03", "BFQ-FS-01", "BFQ-BATCH-01", "BFQ-WEB-01", "BFQ-WEB-02"]


def h1(R, hosts=None):
    return pick(R, hosts or HOSTS1) + DOM1


def a_disk(R):
    # BFQ-FS-01's D: (an io2 volume attached at /dev/xvdf, shown as Harddisk1) is failing: bad blocks, NTFS corruption
    host = "BFQ-FS-01" + DOM1
    r = R.random()
    if r < 0.35:
        return cwtext("System", "ERROR", 7, "disk", host, "The device, \\Device\\Harddisk1\\DR%d, has a bad block." % R.randint(1, 4))
    if r < 0.6:
        return cwtext("System", "WARNING", 153, "disk", host, "The IO operation at logical block address 0x%x for Disk 1 (PDO name: \\Device\\%08X) was retried." % (R.randint(0x1000000, 0x3ffffffff), R.randint(0x30, 0x4f)))
    if r < 0.85:
        return cwtext("System", "ERROR", 55, "Ntfs", host, "A corruption was discovered in the file system structure on volume D:.\r\n\r\nThe Master File Table (MFT) contains a corrupted file record.  The file reference number is 0x%04X%012X.  The name of the file is \"\\Shares\\%s\\%s\"." % (R.randint(1, 0x30), R.randint(0x1000, 0xfffff), pick(R, ["Claims", "Underwriting", "BrokerPacks"]), pick(R, ["2028", "2029", "Archive"])))
    return cwtext("System", "ERROR", 98, "Ntfs", host, "Volume D: (\\Device\\HarddiskVolume%d) needs to be taken offline to perform a Full Chkdsk.  Please run \"CHKDSK /F\" locally via the command line, or run \"REPAIR-VOLUME <drive:>\" locally or remotely via PowerShell." % R.randint(4, 6))


def a_quote_crash(R):
    # QuoteEngine.Host (a .NET Framework Windows service) crashes on BFQ-APP-01..03 after the 2029-01 rating table push
    host = h1(R, ["BFQ-APP-01", "BFQ-APP-02", "BFQ-APP-03"])
    r = R.random()
    if r < 0.3:
        return cwtext("System", "ERROR", 7031, "Service Control Manager", host, "The QuoteEngine Host service terminated unexpectedly.  It has done this %d time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service." % R.randint(1, 9))
    if r < 0.6:
        return cwtext("Application", "ERROR", 1026, ".NET Runtime", host, "Application: QuoteEngine.Host.exe\r\nFramework Version: v4.0.30319\r\nDescription: The process was terminated due to an unhandled exception.\r\nException Info: System.Collections.Generic.KeyNotFoundException\r\n   at System.Collections.Generic.Dictionary`2[[System.__Canon, mscorlib],[System.Decimal, mscorlib]].get_Item(System.__Canon)\r\n   at Brackenfield.Quote.Rating.TerritoryFactorTable.Lookup(System.String, Int32)\r\n   at Brackenfield.Quote.Rating.MotorRater.Rate(Brackenfield.Quote.Model.QuoteRequest)\r\n   at Brackenfield.Quote.Host.QuoteWorker.ProcessMessage(System.Messaging.Message)\r\n   at System.Threading.ExecutionContext.RunInternal(System.Threading.ExecutionContext, System.Threading.ContextCallback, System.Object, Boolean)\r\n   at System.Threading.ThreadHelper.ThreadStart()\r\n" + ("" if R.random() < 0.5 else "\r\n"))
    if r < 0.85:
        return cwtext("Application", "ERROR", 1000, "Application Error", host, "Faulting application name: QuoteEngine.Host.exe, version: 4.12.%d.0, time stamp: 0x%s\r\nFaulting module name: KERNELBASE.dll, version: 10.0.20348.2849, time stamp: 0x%s\r\nException code: 0xe0434352\r\nFault offset: 0x000000000003f%s\r\nFaulting process id: 0x%x\r\nFaulting application start time: 0x01d9%s\r\nFaulting application path: C:\\Program Files\\Brackenfield\\QuoteEngine\\QuoteEngine.Host.exe\r\nFaulting module path: C:\\Windows\\System32\\KERNELBASE.dll\r\nReport Id: %s\r\nFaulting package full name: \r\nFaulting package-relative application ID: " % (R.randint(100, 130), hexs(R, 8), hexs(R, 8), hexs(R, 3), R.randint(0x400, 0x3fff), hexs(R, 12), uuid(R)))
    return cwtext("System", "ERROR", 7034, "Service Control Manager", host, "The QuoteEngine Host service terminated unexpectedly.  It has done this %d time(s)." % R.randint(3, 12))


def a_cfull(R):
    # BFQ-BATCH-01's C: fills with extract files
    host = "BFQ-BATCH-01" + DOM1
    r = R.random()
    if r < 0.45:
        return cwtext("System", "WARNING", 2013, "srv", host, "The C: disk is at or near capacity.  You may need to delete some files. (%d MB free)" % R.randint(40, 900))
    if r < 0.75:
        return cwtext("System", "WARNING", 2004, "Microsoft-Windows-Resource-Exhaustion-Detector", host, "Windows successfully diagnosed a low virtual memory condition. The following programs consumed the most virtual memory: ExtractRunner.exe (%d) consumed %d bytes, sqlservr.exe (%d) consumed %d bytes, and MsMpEng.exe (%d) consumed %d bytes." % (R.randint(1000, 9000), R.randint(5 * 10 ** 9, 9 * 10 ** 9), R.randint(1000, 9000), R.randint(10 ** 9, 3 * 10 ** 9), R.randint(1000, 9000), R.randint(10 ** 8, 4 * 10 ** 8)))
    return cwtext("Application", "ERROR", 1, "ExtractRunner", host, "Extract job %s aborted: System.IO.IOException: There is not enough space on the disk.\r\n   at System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)\r\n   at System.IO.FileStream.WriteCore(Byte[] buffer, Int32 offset, Int32 count)\r\n   at Brackenfield.Extracts.CsvSink.Flush() in C:\\build\\Extracts\\CsvSink.cs:line %d" % (pick(R, ["POLICY_DAILY", "CLAIMS_DELTA", "BROKER_COMMISSION"]), R.randint(80, 140)))


def a_time(R):
    # BFQ-WEB-01/02 lost their time source (NTP UDP 123 to the DCs blocked by a security group change)
    host = h1(R, ["BFQ-WEB-01", "BFQ-WEB-02"])
    r = R.random()
    if r < 0.4:
        return cwtext("System", "WARNING", 129, "Microsoft-Windows-Time-Service", host, "NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient will try again in %d minutes and double the reattempt interval thereafter. The error was: The entry is not found. (0x800706E1)" % pick(R, [15, 30, 60, 120, 240, 480]))
    if r < 0.7:
        return cwtext("System", "WARNING", 36, "Microsoft-Windows-Time-Service", host, "The time service has not synchronized the system time for %d seconds because none of the time service providers provided a usable time stamp. The time service will not update the local system time until it is able to synchronize with a time source. If the local system is configured to act as a time source for clients, it will stop advertising as a time source to clients. The time service will continue to retry and sync time with its time sources. Check system event log for other W32time events for more details. Run 'w32tm /resync' to force an instant time synchronization." % pick(R, [86400, 172800, 259200, 345600]))
    return cwtext("System", "ERROR", 4, "Microsoft-Windows-Security-Kerberos", host, "The Kerberos client received a KRB_AP_ERR_SKEW error from the server %s$. The target name used was LDAP/BFQ-DC-0%d%s. This indicates that the target server failed to decrypt the ticket provided by the client. The time difference between client and server is %d minutes." % (pick(R, ["BFQ-DC-01", "BFQ-DC-02"]), R.randint(1, 2), DOM1, R.randint(6, 14)))


def a_schannel(R):
    # the IIS certificate was re-imported on BFQ-WEB-01/02 without granting the app pool identity the private key
    host = "BFQ-WEB-02" + DOM1
    r = R.random()
    host = pick(R, ["BFQ-WEB-01", "BFQ-WEB-02"]) + DOM1
    if r < 0.7:
        return cwtext("System", "ERROR", 36870, "Schannel", host, "A fatal error occurred when attempting to access the TLS server credential private key. The error code returned from the cryptographic module is %s. The internal error state is %d." % (pick(R, ["0x8009030D", "0x80090016"]), pick(R, [10001, 10011])))
    return cwtext("System", "ERROR", 15021, "Microsoft-Windows-HttpEvent", host, "An error occurred while using SSL configuration for endpoint %s.  The error status code is contained within the returned data." % pick(R, ["0.0.0.0:443", "[::]:443", "quotes.brackenfield.co.uk:443"]))


def syslog_negs():
    def n_svc_state(R): return cwtext("System", "INFORMATION", 7036, "Service Control Manager", h1(R), "The %s service entered the %s state." % (pick(R, ["Windows Modules Installer", "Windows Update", "WinHTTP Web Proxy Auto-Discovery Service", "Amazon SSM Agent", "Background Intelligent Transfer Service", "Windows Error Reporting Service", "Device Setup Manager", "Volume Shadow Copy", "Microsoft Software Shadow Copy Provider", "QuoteEngine Host"]), pick(R, ["running", "stopped"])))
    def n_starttype(R): return cwtext("System", "INFORMATION", 7040, "Service Control Manager", h1(R), "The start type of the %s service was changed from %s to %s." % (pick(R, ["Background Intelligent Transfer Service", "Windows Modules Installer", "Windows Update"]), pick(R, ["demand start", "auto start"]), pick(R, ["auto start", "demand start", "disabled"])))
    def n_uptime(R): return cwtext("System", "INFORMATION", 6013, "EventLog", h1(R), "The system uptime is %d seconds." % R.randint(3600, 4000000))
    def n_kgen(R): return cwtext("System", "INFORMATION", 16, "Microsoft-Windows-Kernel-General", h1(R), "The access history in hive \\??\\C:\\Users\\%s\\NTUSER.DAT was cleared updating %d keys and creating %d modified pages." % (pick(R, ["svc-quote", "Administrator", "svc-extract", "bf-admin-jle"]), R.randint(1, 900), R.randint(1, 60)))
    def n_restart(R): return cwtext("System", "INFORMATION", 1074, "User32", h1(R), "The process C:\\Windows\\servicing\\TrustedInstaller.exe (%s) has initiated the restart of computer %s on behalf of user NT AUTHORITY\\SYSTEM for the following reason: Operating System: Upgrade (Planned)\r\n Reason Code: 0x80020003\r\n Shutdown Type: restart\r\n Comment: " % (pick(R, HOSTS1), pick(R, HOSTS1)))
    def n_wu_ok(R): return cwtext("System", "INFORMATION", 19, "Microsoft-Windows-WindowsUpdateClient", h1(R), "Installation Successful: Windows successfully installed the following update: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.4%02d.%d.0) - Current Channel (Broad)" % (R.randint(10, 99), R.randint(100, 999)))
    def n_dcom(R): return cwtext("System", "ERROR", 10016, "Microsoft-Windows-DistributedCOM", h1(R), "The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID \r\n%s\r\n to the user %s from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool." % (pick(R, ["{D63B10C5-BB46-4990-A94F-E40B9D520160}\r\n and APPID \r\n{9CA88EE3-ACB7-47C8-AFC4-AB702511C276}", "{2593F8B9-4EAF-457C-B68A-50F6B8EA6B54}\r\n and APPID \r\n{15C20B67-12E7-4BB6-92BB-7AFF07997402}"]), pick(R, ["NT AUTHORITY\\SYSTEM SID (S-1-5-18)", "NT AUTHORITY\\LOCAL SERVICE SID (S-1-5-19)", "NT AUTHORITY\\NETWORK SERVICE SID (S-1-5-20)"])))
    def n_schannel_alert(R): return cwtext("System", "ERROR", 36887, "Schannel", h1(R, ["BFQ-WEB-01", "BFQ-WEB-02"]), "A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is %d." % pick(R, [46, 48, 40, 42, 20]))
    def n_dns(R): return cwtext("System", "WARNING", 1014, "Microsoft-Windows-DNS-Client", h1(R), "Name resolution for the name %s timed out after none of the configured DNS servers responded." % pick(R, ["wpad.corp.brackenfield.internal", "ctldl.windowsupdate.com", "settings-win.data.microsoft.com", "%s.s3.eu-west-2.amazonaws.com" % lower(R, 8)]))
    def n_time_ok(R): return cwtext("System", "INFORMATION", 37, "Microsoft-Windows-Time-Service", h1(R, ["BFQ-APP-01", "BFQ-APP-02", "BFQ-APP-03", "BFQ-FS-01", "BFQ-BATCH-01"]), "The time provider NtpClient is currently receiving valid time data from BFQ-DC-0%d%s (ntp.d|0.0.0.0:123->%s:123)." % (R.randint(1, 2), DOM1, ip10(R, 8, 10)))
    def n_msi(R): return cwtext("Application", "INFORMATION", 11707, "MsiInstaller", h1(R), "Product: %s -- Installation completed successfully." % pick(R, ["AWS PV Drivers 8.4.%d" % R.randint(0, 5), "Amazon CloudWatch Agent 1.300%03d" % R.randint(40, 60), "Microsoft Visual C++ 2015-2022 Redistributable (x64) - 14.%d.%d" % (R.randint(36, 42), R.randint(30000, 34999))]))
    def n_vss(R): return cwtext("Application", "INFORMATION", 8224, "VSS", h1(R), "The VSS service is shutting down due to idle timeout.")
    def n_defender(R): return cwtext("System", "INFORMATION", 7045, "Service Control Manager", h1(R), "A service was installed in the system.\r\n\r\nService Name:  Microsoft Defender Antivirus Network Inspection System Driver\r\nService File Name:  system32\\drivers\\wd\\WdNisDrv_%s.sys\r\nService Type:  kernel mode driver\r\nService Start Type:  demand start\r\nService Account:  " % hexs(R, 4))
    def n_app_info(R): return cwtext("Application", "INFORMATION", 0, "QuoteEngine", h1(R, ["BFQ-APP-01", "BFQ-APP-02", "BFQ-APP-03"]), "Quote batch %s completed: %d quotes rated, 0 failed, %d ms." % (upper(R, 8), R.randint(50, 4000), R.randint(200, 90000)))
    def n_app_warn_retry(R): return cwtext("Application", "WARNING", 0, "QuoteEngine", h1(R, ["BFQ-APP-01", "BFQ-APP-02", "BFQ-APP-03"]), "Rating service call timed out after 5000 ms, retrying (attempt 2 of 3); retry succeeded in %d ms. CorrelationId=%s" % (R.randint(90, 900), uuid(R)))
    def n_wer(R): return cwtext("Application", "INFORMATION", 1001, "Windows Error Reporting", h1(R), "Fault bucket , type 0\r\nEvent Name: WindowsUpdateFailure3\r\nResponse: Not available\r\nCab Id: 0\r\n\r\nProblem signature:\r\nP1: 10.0.20348.%d\r\nP2: 80240022\r\nP3: 00000000-0000-0000-0000-000000000000\r\nP4: Scan\r\nP5: 0\r\nP6: 1\r\nP7: 0\r\nP8: UpdateOrchestrator\r\nP9: \r\nP10: 0" % R.randint(2000, 2900))
    def n_ssm(R): return cwtext("Application", "INFORMATION", 0, "AmazonSSMAgent", h1(R), "Starting up agent subsystem; agent version 3.3.%d.0" % R.randint(900, 1600))
    def n_lsm(R): return cwtext("System", "INFORMATION", 7001, "Microsoft-Windows-Winlogon", h1(R), "User Logon Notification for Customer Experience Improvement Program " if R.random() < 0.5 else "User Logoff Notification for Customer Experience Improvement Program")
    def n_tcpip(R): return cwtext("System", "WARNING", 4227, "Tcpip", h1(R, ["BFQ-WEB-01", "BFQ-WEB-02"]), "TCP/IP failed to establish an outgoing connection because the selected local endpoint was recently used to connect to the same remote endpoint. This error typically occurs when outgoing connections are opened and closed at a high rate, causing all available local ports to be used and forcing TCP/IP to reuse a local port for an outgoing connection. To minimize the risk of data corruption, the TCP/IP standard requires a minimum time period to elapse between successive connections from a given local endpoint to a given remote endpoint.")
    def n_chkdsk_ok(R): return cwtext("Application", "INFORMATION", 26214, "Chkdsk", h1(R, ["BFQ-APP-01", "BFQ-APP-02", "BFQ-WEB-01"]), "Chkdsk was executed in scan mode on a volume snapshot.  \r\n\r\nChecking file system on C:\r\nVolume label is Windows.\r\n\r\nStage 1: Examining basic file system structure ...\r\n  %d file records processed.\r\nWindows has scanned the file system and found no problems.\r\nNo further action is required." % R.randint(200000, 900000))
    def n_disk_ok(R): return cwtext("System", "INFORMATION", 98, "Microsoft-Windows-Ntfs", h1(R, ["BFQ-APP-01", "BFQ-APP-02", "BFQ-APP-03", "BFQ-WEB-01", "BFQ-BATCH-01"]), "Volume C: (\\Device\\HarddiskVolume%d) is healthy.  No action is needed." % R.randint(2, 4))
    return [n_svc_state, n_starttype, n_uptime, n_kgen, n_restart, n_wu_ok, n_dcom, n_schannel_alert, n_dns, n_time_ok, n_msi, n_vss,
            n_defender, n_app_info, n_app_warn_retry, n_wer, n_ssm, n_lsm, n_tcpip, n_chkdsk_ok, n_disk_ok]


def fam_sysapp(R):
    return build(R, F1, [("bfq-fs-01-d-volume-bad-blocks-ntfs-corruption", a_disk), ("quoteengine-host-crash-territory-factor-keynotfound", a_quote_crash),
                         ("bfq-batch-01-c-drive-full-extracts", a_cfull), ("bfq-web-ntp-blocked-time-skew-kerberos", a_time),
                         ("bfq-web-tls-cert-reimport-private-key-acl-missing", a_schannel)], syslog_negs())


# ---------------------------------------------------------------- win-security-ad-dc-eventlog
# "thornlea housing association": AWS Managed Microsoft AD (corp.thornlea.org) with security log forwarding
# (raw event XML) and Windows Server member servers whose Security/System channels the CloudWatch agent ships
# as text (multi-line descriptions with tabs, as Windows renders them).
F2 = "win-security-ad-dc-eventlog"
DOM2 = "corp.thornlea.org"
NB = "THORNLEA"
DCS = ["DC-01A7F3E2", "DC-02B19C44"]  # Managed AD DC names (invented)
MEMB = ["TLH-RDS-01", "TLH-RDS-02", "TLH-APP-04", "TLH-APP-07", "TLH-FILE-01", "TLH-SQL-01"]
USERS = ["a.okafor", "m.brennan", "s.patel", "j.whitfield", "r.nowak", "k.lindqvist", "t.adeyemi", "h.morrow", "c.duarte", "l.fenwick"]


def dcxml(R, eid, task, keywords, data, level=0, dc=None):
    dc = dc or pick(R, DCS)
    d, h, m = at(R)
    ed = "".join("<Data Name='%s'>%s</Data>" % (k, v) for k, v in data)
    return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-A5BA-3E3B0328C30D}'/>"
            "<EventID>%d</EventID><Version>%d</Version><Level>%d</Level><Task>%d</Task><Opcode>0</Opcode><Keywords>%s</Keywords>"
            "<TimeCreated SystemTime='2029-01-%02dT%s.%s%sZ'/><EventRecordID>%d</EventRecordID><Correlation/><Execution ProcessID='%d' ThreadID='%d'/>"
            "<Channel>Security</Channel><Computer>%s.%s</Computer><Security/></System><EventData>%s</EventData></Event>") % (
        eid, 0 if eid in (4740, 4771) else 1, level, task, keywords, d, h, m, digits(R, 4), R.randint(10 ** 8, 4 * 10 ** 8), R.randint(600, 800), R.randint(1000, 9000), dc, DOM2, ed)


OK = "0x8020000000000000"
FAIL = "0x8010000000000000"


def sec_text(R, eid, host, desc, level="INFORMATION"):
    return cwtext("Security", level, eid, "Microsoft-Windows-Security-Auditing", host + "." + DOM2, desc)


def x4625(R, host, user, status, sub, lt, ip, wks, proc="NtLmSsp ", pkg="NTLM"):
    return sec_text(R, 4625, host, "An account failed to log on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\tAccount Domain:\t\t-\r\n\tLogon ID:\t\t0x0\r\n\r\nLogon Type:\t\t\t%d\r\n\r\nAccount For Which Logon Failed:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t%s\r\n\tAccount Domain:\t\t%s\r\n\r\nFailure Information:\r\n\tFailure Reason:\t\t%s\r\n\tStatus:\t\t\t%s\r\n\tSub Status:\t\t%s\r\n\r\nProcess Information:\r\n\tCaller Process ID:\t0x0\r\n\tCaller Process Name:\t-\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\t%s\r\n\tSource Network Address:\t%s\r\n\tSource Port:\t\t%d\r\n\r\nDetailed Authentication Information:\r\n\tLogon Process:\t\t%s\r\n\tAuthentication Package:\t%s\r\n\tTransited Services:\t-\r\n\tPackage Name (NTLM only):\t-\r\n\tKey Length:\t\t0" % (
        lt, user, NB, "Unknown user name or bad password." if sub in ("0xC000006A", "0xC0000064") else ("Account locked out." if sub == "0x0" else "The specified account's password has expired."), status, sub, wks, ip, port(R), proc, pkg))


def b_svc_lockout(R):
    # svc-hms-reports' password was rotated in AD but TLH-APP-07's scheduled report task still uses the old one
    r = R.random()
    if r < 0.3:
        return dcxml(R, 4740, 13824, OK, [("TargetUserName", "svc-hms-reports"), ("TargetDomainName", "TLH-APP-07"), ("TargetSid", sid(R, 4417)), ("SubjectUserSid", "S-1-5-18"), ("SubjectUserName", pick(R, DCS) + "$"), ("SubjectDomainName", NB), ("SubjectLogonId", "0x3e7")])
    if r < 0.65:
        return dcxml(R, 4771, 14339, FAIL, [("TargetUserName", "svc-hms-reports"), ("TargetSid", sid(R, 4417)), ("ServiceName", "krbtgt/%s" % DOM2.upper()), ("TicketOptions", "0x40810010"), ("Status", "0x18"), ("PreAuthType", "2"), ("IpAddress", "::ffff:10.40.12.57"), ("IpPort", str(port(R))), ("CertIssuerName", ""), ("CertSerialNumber", ""), ("CertThumbprint", "")])
    return x4625(R, "TLH-APP-07", "svc-hms-reports", "0xC000006D", "0xC000006A", 4, "-", "TLH-APP-07", proc="Advapi  ", pkg="Negotiate") if R.random() < 0.6 else x4625(R, "TLH-APP-07", "svc-hms-reports", "0xC0000234", "0x0", 4, "-", "TLH-APP-07", proc="Advapi  ", pkg="Negotiate")


def b_spray(R):
    # password spray against the RD Gateway/RDS farm from one external address (many users, one source, NTLM)
    ip = "203.0.113.%d" % pick(R, [41, 42])
    user = pick(R, USERS + ["administrator", "admin", "scanner", "backup", "svc-sql", "reception", "finance01", "test"])
    host = pick(R, ["TLH-RDS-01", "TLH-RDS-02"])
    sub = "0xC000006A" if user in USERS else "0xC0000064"
    return x4625(R, host, user, "0xC000006D", sub, 3, ip, pick(R, ["-", "WIN-%s" % upper(R, 11)]))


def b_netlogon(R):
    # TLH-APP-04 lost its computer-account secure channel (restored from an old AMI snapshot)
    host = "TLH-APP-04." + DOM2
    r = R.random()
    if r < 0.4:
        return cwtext("System", "ERROR", 5719, "NETLOGON", host, "This computer was not able to set up a secure session with a domain controller in domain %s due to the following: \r\nThe trust relationship between this workstation and the primary domain failed.\r\nThis may lead to authentication problems. Make sure that this computer is connected to the network. If the problem persists, please contact your domain administrator." % NB)
    if r < 0.7:
        return cwtext("System", "ERROR", 3210, "NETLOGON", host, "This computer could not authenticate with \\\\%s.%s, a Windows domain controller for domain %s, and therefore this computer might deny logon requests. This inability to authenticate might be caused by another computer on the same network using the same name or the password for this computer account is not recognized. If this message appears again, contact your system administrator." % (pick(R, DCS), DOM2, NB))
    return cwtext("System", "ERROR", 3, "Microsoft-Windows-Security-Kerberos", host, "A Kerberos error message was received:\r\n on logon session %s\\%s\r\n Client Time: \r\n Server Time: %s.0000000Z\r\n Error Code: 0x7  KDC_ERR_S_PRINCIPAL_UNKNOWN\r\n Extended Error: \r\n Client Realm: \r\n Client Name: \r\n Server Realm: %s\r\n Server Name: host/tlh-app-04.%s\r\n Target Name: host/tlh-app-04.%s@%s\r\n Error Text: \r\n File: 9\r\n Line: f09\r\n Error Data is in record data." % (NB, pick(R, ["svc-hms-app", "a.okafor", "m.brennan", "s.patel"]), hms(R), DOM2.upper(), DOM2, DOM2, DOM2.upper()))


def b_gpo(R):
    # the SYSVOL GPO "TLH Servers Baseline" got a corrupt registry.pol -> registry policy fails on every member server
    host = pick(R, MEMB) + "." + DOM2
    if R.random() < 0.7:
        return cwtext("System", "ERROR", 1096, "Microsoft-Windows-GroupPolicy", host, "The processing of Group Policy failed. Windows could not apply the registry-based policy settings for the Group Policy object LDAP://CN=Machine,cn={6E1B2C04-9A7D-4F3E-B1C8-2D5A90E7F311},cn=policies,cn=system,DC=corp,DC=thornlea,DC=org. Group Policy settings will not be enforced until this event is resolved. View the event details for more information on the file name and path that caused the failure.")
    return "%s [ssm run-command %s on %s] Updating policy...\r\n\r\nComputer policy could not be updated successfully. The following errors were encountered:\r\n\r\nThe processing of Group Policy failed. Windows could not apply the registry-based policy settings for the Group Policy object LDAP://CN=Machine,cn={6E1B2C04-9A7D-4F3E-B1C8-2D5A90E7F311},cn=policies,cn=system,DC=corp,DC=thornlea,DC=org. Group Policy settings will not be enforced until this event is resolved. View the event details for more information on the file name and path that caused the failure.\r\nUser Policy update has completed successfully." % (iso(R), uuid(R), host)


def b_ldaps(R):
    # the LDAPS certificate on the Managed AD DCs expired; the HMS app binds with LDAPS and fails
    r = R.random()
    if r < 0.5:
        return "%s [HMS.Auth] ERROR LdapDirectory - LDAPS bind to %s:636 failed for user %s: System.DirectoryServices.Protocols.LdapException: The LDAP server is unavailable. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure: RemoteCertificateChainErrors, NotTimeValid (certificate CN=%s expired 2029-01-0%d)" % (
            iso(R)[:-1].replace("T", " "), pick(R, ["ldaps.corp.thornlea.org", "10.40.0.%d" % pick(R, [11, 12])]), pick(R, USERS), "ldaps.corp.thornlea.org", R.randint(1, 3))
    return cwtext("System", "ERROR", 36882, "Schannel", pick(R, ["TLH-APP-04", "TLH-APP-07"]) + "." + DOM2, "The certificate received from the remote server has either expired or is not yet valid. The TLS connection request has failed. The attached data contains the server certificate.")


def sec_negs():
    def n_4624(R):
        u = pick(R, USERS + ["svc-hms-app", "svc-backup", "%s$" % pick(R, MEMB)])
        lt = pick(R, [3, 3, 3, 10, 5, 2])
        return sec_text(R, 4624, pick(R, MEMB), "An account was successfully logged on.\r\n\r\nSubject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\tAccount Domain:\t\t-\r\n\tLogon ID:\t\t0x0\r\n\r\nLogon Information:\r\n\tLogon Type:\t\t%d\r\n\tRestricted Admin Mode:\t-\r\n\tVirtual Account:\t\tNo\r\n\tElevated Token:\t\t%s\r\n\r\nNew Logon:\r\n\tSecurity ID:\t\t%s\r\n\tAccount Name:\t\t%s\r\n\tAccount Domain:\t\t%s\r\n\tLogon ID:\t\t%s\r\n\tLogon GUID:\t\t%s\r\n\r\nNetwork Information:\r\n\tWorkstation Name:\t%s\r\n\tSource Network Address:\t%s\r\n\tSource Port:\t\t%d\r\n\r\nDetailed Authentication Information:\r\n\tLogon Process:\t\tKerberos\r\n\tAuthentication Package:\tKerberos" % (lt, pick(R, ["Yes", "No"]), sid(R), u, NB, logon_id(R), guid(R), "-", ip10(R, 40), port(R)))
    def n_4634(R): return sec_text(R, 4634, pick(R, MEMB), "An account was logged off.\r\n\r\nSubject:\r\n\tSecurity ID:\t\t%s\r\n\tAccount Name:\t\t%s\r\n\tAccount Domain:\t\t%s\r\n\tLogon ID:\t\t%s\r\n\r\nLogon Type:\t\t\t3\r\n\r\nThis event is generated when a logon session is destroyed. It may be positively correlated with a logon event using the Logon ID value. Logon IDs are only unique between reboots on the same computer." % (sid(R), pick(R, USERS), NB, logon_id(R)))
    def n_4672(R): return sec_text(R, 4672, pick(R, MEMB), "Special privileges assigned to new logon.\r\n\r\nSubject:\r\n\tSecurity ID:\t\t%s\r\n\tAccount Name:\t\t%s\r\n\tAccount Domain:\t\t%s\r\n\tLogon ID:\t\t%s\r\n\r\nPrivileges:\t\tSeSecurityPrivilege\r\n\t\t\tSeBackupPrivilege\r\n\t\t\tSeRestorePrivilege\r\n\t\t\tSeDebugPrivilege" % (sid(R), pick(R, ["adm-j.whitfield", "adm-k.lindqvist", "svc-backup"]), NB, logon_id(R)))
    def n_4625_one(R):
        # one user's mistyped password at the RDS farm from the office range (not part of the spray)
        return x4625(R, pick(R, ["TLH-RDS-01", "TLH-RDS-02"]), pick(R, USERS), "0xC000006D", "0xC000006A", 10, ip10(R, 60), "TLH-LT-%s" % digits(R, 4), proc="User32 ", pkg="Negotiate")
    def n_4768(R): return dcxml(R, 4768, 14339, OK, [("TargetUserName", pick(R, USERS + ["svc-hms-app"])), ("TargetDomainName", DOM2.upper()), ("TargetSid", sid(R)), ("ServiceName", "krbtgt"), ("ServiceSid", sid(R, 502)), ("TicketOptions", "0x40810010"), ("Status", "0x0"), ("TicketEncryptionType", "0x12"), ("PreAuthType", "2"), ("IpAddress", "::ffff:%s" % ip10(R, 40)), ("IpPort", str(port(R)))])
    def n_4769(R): return dcxml(R, 4769, 14337, OK, [("TargetUserName", "%s@%s" % (pick(R, USERS), DOM2.upper())), ("TargetDomainName", DOM2.upper()), ("ServiceName", "%s$" % pick(R, MEMB)), ("ServiceSid", sid(R)), ("TicketOptions", "0x40810000"), ("TicketEncryptionType", "0x12"), ("IpAddress", "::ffff:%s" % ip10(R, 40)), ("IpPort", str(port(R))), ("Status", "0x0"), ("LogonGuid", guid(R)), ("TransmittedServices", "-")])
    def n_4771_one(R): return dcxml(R, 4771, 14339, FAIL, [("TargetUserName", pick(R, USERS)), ("TargetSid", sid(R)), ("ServiceName", "krbtgt/%s" % DOM2.upper()), ("TicketOptions", "0x40810010"), ("Status", "0x18"), ("PreAuthType", "2"), ("IpAddress", "::ffff:%s" % ip10(R, 60)), ("IpPort", str(port(R))), ("CertIssuerName", ""), ("CertSerialNumber", ""), ("CertThumbprint", "")])
    def n_4740_human(R): return dcxml(R, 4740, 13824, OK, [("TargetUserName", pick(R, ["h.morrow", "c.duarte"])), ("TargetDomainName", "TLH-LT-%s" % digits(R, 4)), ("TargetSid", sid(R)), ("SubjectUserSid", "S-1-5-18"), ("SubjectUserName", pick(R, DCS) + "$"), ("SubjectDomainName", NB), ("SubjectLogonId", "0x3e7")])
    def n_4767(R): return dcxml(R, 4767, 13824, OK, [("TargetUserName", pick(R, ["h.morrow", "c.duarte", "r.nowak"])), ("TargetDomainName", NB), ("TargetSid", sid(R)), ("SubjectUserSid", sid(R)), ("SubjectUserName", pick(R, ["adm-j.whitfield", "adm-k.lindqvist"])), ("SubjectDomainName", NB), ("SubjectLogonId", logon_id(R))])
    def n_4720(R): return dcxml(R, 4720, 13824, OK, [("TargetUserName", "%s.%s" % (pick(R, "abcdefghjklmnprstw"), pick(R, ["ashworth", "bello", "chandra", "doyle", "evans", "fitzgerald", "garcia", "hughes"]))), ("TargetDomainName", NB), ("TargetSid", sid(R)), ("SubjectUserName", pick(R, ["adm-j.whitfield", "adm-k.lindqvist"])), ("SubjectDomainName", NB), ("SAMAccountName", "-"), ("UserAccountControl", "%%2080 %%2082 %%2084"), ("PrimaryGroupId", "513")])
    def n_4728(R): return dcxml(R, 4728, 13826, OK, [("MemberName", "CN=%s,OU=Users,OU=corp,DC=corp,DC=thornlea,DC=org" % pick(R, USERS)), ("MemberSid", sid(R)), ("TargetUserName", pick(R, ["GG-Housing-Officers", "GG-RDS-Users", "GG-Finance-ReadOnly"])), ("TargetDomainName", NB), ("TargetSid", sid(R)), ("SubjectUserName", pick(R, ["adm-j.whitfield", "adm-k.lindqvist"])), ("PrivilegeList", "-")])
    def n_4688(R): return sec_text(R, 4688, pick(R, MEMB), "A new process has been created.\r\n\r\nCreator Subject:\r\n\tSecurity ID:\t\tS-1-5-18\r\n\tAccount Name:\t\t%s$\r\n\tAccount Domain:\t\t%s\r\n\tLogon ID:\t\t0x3E7\r\n\r\nTarget Subject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\tAccount Domain:\t\t-\r\n\tLogon ID:\t\t0x0\r\n\r\nProcess Information:\r\n\tNew Process ID:\t\t0x%x\r\n\tNew Process Name:\t%s\r\n\tToken Elevation Type:\t%%%%1936\r\n\tMandatory Label:\t\tS-1-16-16384\r\n\tCreator Process ID:\t0x%x\r\n\tCreator Process Name:\tC:\\Windows\\System32\\services.exe\r\n\tProcess Command Line:\t%s" % (
        pick(R, MEMB), NB, R.randint(0x400, 0x3fff), pick(R, ["C:\\Windows\\System32\\svchost.exe", "C:\\Program Files\\Amazon\\SSM\\amazon-ssm-agent.exe", "C:\\Windows\\System32\\wbem\\WmiPrvSE.exe"]), R.randint(0x200, 0x900), pick(R, ["C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule", "\"C:\\Program Files\\Amazon\\SSM\\amazon-ssm-agent.exe\"", "C:\\Windows\\system32\\wbem\\wmiprvse.exe -Embedding"])))
    def n_5136(R): return dcxml(R, 5136, 14081, OK, [("OpCorrelationID", guid(R)), ("AppCorrelationID", "-"), ("SubjectUserName", "adm-j.whitfield"), ("SubjectDomainName", NB), ("DSName", DOM2), ("DSType", "%%14676"), ("ObjectDN", "CN=%s,OU=Users,OU=corp,DC=corp,DC=thornlea,DC=org" % pick(R, USERS)), ("ObjectClass", "user"), ("AttributeLDAPDisplayName", pick(R, ["telephoneNumber", "department", "title"])), ("AttributeSyntaxOID", "2.5.5.12"), ("AttributeValue", "%s" % pick(R, ["Lettings", "Repairs", "Income", "+44 161 496 0%03d" % R.randint(0, 999)])), ("OperationType", "%%14674")])
    def n_4776_ok(R): return sec_text(R, 4776, pick(R, MEMB), "The computer attempted to validate the credentials for an account.\r\n\r\nAuthentication Package:\tMICROSOFT_AUTHENTICATION_PACKAGE_V1_0\r\nLogon Account:\t%s\r\nSource Workstation:\tTLH-LT-%s\r\nError Code:\t0x0" % (pick(R, USERS), digits(R, 4)))
    def n_gpo_ok(R): return cwtext("System", "INFORMATION", 1500 + pick(R, [0, 2]), "Microsoft-Windows-GroupPolicy", pick(R, MEMB) + "." + DOM2, ("The Group Policy settings for the %s were processed successfully. There were no changes detected since the last successful processing of Group Policy." % pick(R, ["computer", "user"])) if R.random() < 0.5 else ("The Group Policy settings for the %s were processed successfully. New settings from %d Group Policy objects were detected and applied." % (pick(R, ["computer", "user"]), R.randint(1, 6))))
    def n_netlogon_ok(R): return cwtext("System", "INFORMATION", 7036, "Service Control Manager", pick(R, MEMB) + "." + DOM2, "The Netlogon service entered the %s state." % pick(R, ["running", "stopped"]))
    def n_app_auth_info(R): return "%s [HMS.Auth] INFO LdapDirectory - LDAPS bind to ldaps.corp.thornlea.org:636 succeeded for user %s in %d ms (pool %d/20)" % (iso(R)[:-1].replace("T", " "), pick(R, USERS), R.randint(4, 90), R.randint(1, 20))
    def n_app_auth_bad(R): return "%s [HMS.Auth] WARN LoginController - Sign-in rejected for %s: invalid credentials (attempt %d of 5)" % (iso(R)[:-1].replace("T", " "), pick(R, USERS), R.randint(1, 3))
    return [n_4624, n_4634, n_4672, n_4625_one, n_4768, n_4769, n_4771_one, n_4740_human, n_4767, n_4720, n_4728, n_4688, n_5136, n_4776_ok, n_gpo_ok, n_netlogon_ok, n_app_auth_info, n_app_auth_bad]


def fam_security(R):
    return build(R, F2, [("svc-hms-reports-lockout-stale-password-tlh-app-07", b_svc_lockout), ("rds-farm-password-spray-203-0-113", b_spray),
                         ("tlh-app-04-secure-channel-trust-broken", b_netlogon), ("servers-baseline-gpo-registry-pol-failing", b_gpo, 12),
                         ("managed-ad-ldaps-certificate-expired", b_ldaps)], sec_negs())


FAMILIES = {F1: fam_sysapp, F2: fam_security}
