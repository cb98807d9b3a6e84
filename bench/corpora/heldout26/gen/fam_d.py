"""Families: ssm-ec2launch-windowsupdate-taskscheduler, dotnet8-lambda-powertools-invoicing."""
from common import (hexs, alnum, lower, upper, digits, uuid, guid, ip10, hms, day, pick, jd, build, iso, sp, port,
                    at, cwtext, ACCT)

# ---------------------------------------------------------------- ssm-ec2launch-windowsupdate-taskscheduler
# "corrie valley schools trust": a Windows Server 2022 fleet (RDS session hosts in an Auto Scaling group, MIS
# and file servers) managed with Systems Manager: amazon-ssm-agent.log, EC2Launch v2 agent.log and user-data
# output, Patch Manager (AWS-RunPatchBaseline) output, and the System and TaskScheduler/Operational channels
# shipped by the CloudWatch agent as text.
F1 = "ssm-ec2launch-windowsupdate-taskscheduler"
DOM = ".ad.corrievalley.org"
HOSTS = ["CVS-MIS-01", "CVS-FS-01", "CVS-FS-02", "CVS-PRINT-01", "CVS-RDSH-%s" % "A1", "CVS-RDSH-B4", "CVS-RDSH-C2", "CVS-WSUS-01"]
PRIV = ["CVS-FS-02", "CVS-PRINT-01"]  # in the new isolated subnet


def ssm(R, level, worker, comps, msg):
    return "%s %s [%s] %s%s" % (sp(R, frac=0), level, worker, "".join("[%s] " % c for c in comps), msg)


def iid(R):
    return "i-0%s" % hexs(R, 16)


def g_endpoint(R):
    # the isolated subnet's ssm/ec2messages/ssmmessages interface endpoints got a security group without 443 from the subnet
    svc = pick(R, ["ssm", "ec2messages", "ssmmessages"])
    ip = "10.72.%d.%d" % (pick(R, [8, 9]), R.randint(10, 250))
    r = R.random()
    if r < 0.45:
        return ssm(R, "ERROR", "ssm-agent-worker", ["HealthCheck"], "error when calling AWS APIs. error: RequestError: send request failed\r\ncaused by: Post \"https://ssm.eu-west-2.amazonaws.com/\": dial tcp %s:443: i/o timeout" % ip)
    if r < 0.75:
        return ssm(R, "ERROR", "ssm-agent-worker", ["MessageService", "MGSInteractor"] if svc == "ssmmessages" else ["MessageService", "MDSInteractor"], "error when calling AWS APIs. error: RequestError: send request failed\r\ncaused by: Get \"https://%s.eu-west-2.amazonaws.com/v1/control-channel/%s?role=subscribe&stream=input\": dial tcp %s:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond." % (svc, iid(R), ip) if svc == "ssmmessages" else "error when calling AWS APIs. error: RequestError: send request failed\r\ncaused by: Post \"https://ec2messages.eu-west-2.amazonaws.com/\": dial tcp %s:443: i/o timeout" % ip)
    return ssm(R, "ERROR", "ssm-agent-worker", ["CredentialRefresher"], "Retrieve credentials produced error: RequestError: send request failed\r\ncaused by: Post \"https://ssm.eu-west-2.amazonaws.com/\": dial tcp %s:443: i/o timeout; retrying in %d seconds" % (ip, pick(R, [30, 60, 120, 240, 480])))


def g_patch(R):
    # KB for 2029-01 fails on hosts whose recovery partition is too small (0x800f0922), every maintenance window
    host = pick(R, ["CVS-MIS-01", "CVS-FS-01", "CVS-RDSH-A1", "CVS-RDSH-B4"]) + DOM
    kb = "KB5051%03d" % 979
    r = R.random()
    if r < 0.45:
        return cwtext("System", "ERROR", 20, "Microsoft-Windows-WindowsUpdateClient", host, "Installation Failure: Windows failed to install the following update with error 0x800F0922: 2029-01 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (%s)." % kb)
    if r < 0.8:
        return "%s %s - InstallOperation: Failed to install update %s (2029-01 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems). HResult: 0x800F0922. Install run %s on %s; %d of %d updates installed, 1 failed." % ((sp(R, frac=0), "ERROR", kb, uuid(R), host.split(".")[0]) + (lambda n: (n, n + 1))(R.randint(1, 3)))
    return cwtext("Setup", "ERROR", 3, "Microsoft-Windows-Servicing", host, "Package %s failed to be changed to the Installed state. Status: 0x800f0922." % kb)


def g_domainjoin(R):
    # new RDS session hosts cannot join the domain: the launch template's DHCP options point at retired DC IPs
    inst = iid(R)
    r = R.random()
    if r < 0.5:
        return ssm(R, "ERROR", "ssm-document-worker", [uuid(R), "DocumentWorker", "aws:domainJoin", "domainJoin"], "Domain join failed: exit status 1355 (The specified domain either does not exist or could not be contacted.) for directory d-9c67%s domain ad.corrievalley.org on %s" % (hexs(R, 6), inst))
    if r < 0.8:
        return "%s Failed to join the domain ad.corrievalley.org. Error: Computer '%s' failed to join domain 'ad.corrievalley.org' from its current workgroup 'WORKGROUP' with following error message: The specified domain either does not exist or could not be contacted. (instance %s)" % (sp(R, frac=0), "EC2AMAZ-%s" % upper(R, 7), inst)
    return "%s Error: DNS name resolution for _ldap._tcp.dc._msdcs.ad.corrievalley.org failed on %s (DNS servers 10.72.0.%d, 10.72.1.%d): timeout" % (sp(R, frac=0), inst, R.randint(30, 39), R.randint(30, 39))


def g_sisexport(R):
    # the nightly SIS export scheduled task exits 1 every night: the SIS vendor API token in its config expired
    host = "CVS-MIS-01" + DOM
    r = R.random()
    if r < 0.45:
        return cwtext("Microsoft-Windows-TaskScheduler/Operational", "INFORMATION", 201, "Microsoft-Windows-TaskScheduler", host, "Task Scheduler successfully completed task \"\\CVST\\NightlySisExport\" , instance \"%s\" , action \"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\" with return code 2147942401." % guid(R))
    if r < 0.65:
        return "%s ERROR SisExport.ps1: Invoke-RestMethod : {\"error\":\"invalid_token\",\"error_description\":\"The access token expired\"} (POST https://api.sis-vendor.example/v2/exports/attendance, school %s)" % (sp(R, frac=0), pick(R, ["CVH", "CVP1", "CVP2", "CVP3", "GLN"]))
    return "%s ERROR SisExport.ps1: Export run %s failed for %d of %d schools; exiting with code 1. Transcript: C:\\Scripts\\SisExport\\logs\\SisExport_2029010%d.log" % (sp(R, frac=0), upper(R, 8), R.randint(3, 5), 5, R.randint(3, 9))


def g_userdata(R):
    # the RDSH launch template's user data installs NET-Framework-Core from Windows Update; the new subnet has no route -> it fails
    inst = iid(R)
    r = R.random()
    if r < 0.4:
        return "%s Error: Script produced error output.\r\nInstall-WindowsFeature : The request to add or remove features on the specified server failed.\r\nInstallation of one or more roles, role services, or features failed.\r\nThe source files could not be found.\r\nUse the \"Source\" option to specify the location of the files that are required to install the role, role service, or feature. Error: 0x800f081f\r\nAt C:\\Windows\\system32\\config\\systemprofile\\AppData\\Local\\Temp\\EC2Launch%d\\UserScript.ps1:%d char:1" % (sp(R, frac=0), R.randint(100000000, 999999999), R.randint(10, 14))
    if r < 0.75:
        return "%s Error: executeScript: failed to run user data script: exit status 1 (instance %s, launch template lt-0c41%s version %d)" % (sp(R, frac=0), inst, hexs(R, 12), R.randint(14, 15))
    return ssm(R, "ERROR", "ssm-document-worker", [uuid(R), "DocumentWorker", "aws:runPowerShellScript"], "failed to run commands: exit status 1 (RDSH bootstrap check on %s: NET-Framework-Core not installed)" % inst)


def ssm_negs():
    def n_health(R): return ssm(R, "INFO", "ssm-agent-worker", ["HealthCheck"], "HealthCheck reporting agent health.")
    def n_ack(R): return ssm(R, "INFO", "ssm-agent-worker", ["MessageService", "MGSInteractor"], "Sending acknowledge message for %s" % uuid(R))
    def n_assoc(R): return ssm(R, "WARN", "ssm-agent-worker", ["MessageService", "Association"], "No associations on boot. Requerying for associations after %d seconds." % pick(R, [30, 60, 90]))
    def n_lr(R): return ssm(R, "INFO", "ssm-agent-worker", ["LongRunningWorkerContainer", "LongRunningPluginsManager"], "There are no long running plugins currently getting executed - skipping their healthcheck")
    def n_cred(R): return ssm(R, "INFO", "ssm-agent-worker", ["CredentialRefresher"], "Next credential rotation will be in %.1f minutes" % R.uniform(20, 30))
    def n_role(R): return ssm(R, "INFO", "amazon-ssm-agent", ["EC2RoleProvider"], "Successfully connected with instance profile role credentials")
    def n_session(R): return ssm(R, "INFO", "ssm-session-worker", ["%s-%s" % (pick(R, ["adm-f.mcrae", "adm-d.ilie", "cvs-helpdesk"]), hexs(R, 17)), "DataBackend"], pick(R, ["Session %s started" % lower(R, 20), "Initiating data channel session", "Reconnect was successful: cleared the data channel", "Terminating session as the user closed the connection"]))
    def n_runcmd(R): return ssm(R, "INFO", "ssm-document-worker", [uuid(R), "DocumentWorker", "aws:runPowerShellScript"], "Plugin aws:runPowerShellScript ResultStatus Success, exit code 0, %d bytes of output" % R.randint(0, 9000))
    def n_inventory(R): return ssm(R, "INFO", "ssm-document-worker", [uuid(R), "DocumentWorker", "aws:softwareInventory"], "Inventory collected: %d applications, %d network configs, 0 errors" % (R.randint(40, 200), R.randint(1, 4)))
    def n_wu_ok(R): return cwtext("System", "INFORMATION", 19, "Microsoft-Windows-WindowsUpdateClient", pick(R, HOSTS) + DOM, "Installation Successful: Windows successfully installed the following update: %s" % pick(R, ["Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.42%d.%d.0)" % (R.randint(0, 9), R.randint(100, 999)), "2029-01 Cumulative Update for .NET Framework 3.5, 4.8 and 4.8.1 for Microsoft server operating system version 21H2 for x64 (KB5050%03d)" % R.randint(100, 999), "Windows Malicious Software Removal Tool x64 - v5.1%02d (KB890830)" % R.randint(30, 40)]))
    def n_wu_start(R): return cwtext("System", "INFORMATION", pick(R, [43, 44]), "Microsoft-Windows-WindowsUpdateClient", pick(R, HOSTS) + DOM, "%s: 2029-01 Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (KB5051979)." % pick(R, ["Installation Started: Windows has started installing the following update", "Windows Update started downloading an update"]))
    def n_patch_ok(R): return "%s INFO - Patch compliance for %s: %d installed, %d installed-other, 0 missing, 0 failed, %d not applicable (baseline pb-0%s)" % (sp(R, frac=0), pick(R, ["CVS-FS-02", "CVS-PRINT-01", "CVS-RDSH-C2", "CVS-WSUS-01"]), R.randint(20, 60), R.randint(0, 9), R.randint(100, 900), hexs(R, 16))
    def n_reboot(R): return "%s INFO - Reboot option RebootIfNeeded: %s" % (sp(R, frac=0), pick(R, ["no reboot required", "reboot pending, rebooting %s" % pick(R, HOSTS)]))
    def n_task_ok(R): return cwtext("Microsoft-Windows-TaskScheduler/Operational", "INFORMATION", 201, "Microsoft-Windows-TaskScheduler", pick(R, HOSTS) + DOM, "Task Scheduler successfully completed task \"%s\" , instance \"%s\" , action \"%s\" with return code 0." % (pick(R, ["\\CVST\\ShadowCopyRotate", "\\CVST\\ProfileCleanup", "\\Microsoft\\Windows\\Defrag\\ScheduledDefrag", "\\CVST\\HomeDriveQuotaReport", "\\Amazon Ec2 Launch - Instance Initialization"]), guid(R), pick(R, ["C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "%windir%\\system32\\defrag.exe", "C:\\Windows\\System32\\cmd.exe"])))
    def n_task_misc(R): return cwtext("Microsoft-Windows-TaskScheduler/Operational", "INFORMATION", pick(R, [100, 102, 129, 200]), "Microsoft-Windows-TaskScheduler", pick(R, HOSTS) + DOM, pick(R, ["Task Scheduler started \"%s\" instance of the \"\\CVST\\NightlySisExport\" task for user \"CVST\\svc-sis\"." % guid(R), "Task Scheduler successfully finished \"%s\" instance of the \"\\CVST\\ProfileCleanup\" task for user \"NT AUTHORITY\\SYSTEM\"." % guid(R), "Task Scheduler launch task \"\\CVST\\ShadowCopyRotate\" , instance \"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\"  with process ID %d." % R.randint(1000, 30000), "Task Scheduler launched action \"C:\\Windows\\System32\\cmd.exe\" in instance \"%s\" of task \"\\CVST\\HomeDriveQuotaReport\"." % guid(R)]))
    def n_task_322(R): return cwtext("Microsoft-Windows-TaskScheduler/Operational", "INFORMATION", 322, "Microsoft-Windows-TaskScheduler", pick(R, HOSTS) + DOM, "Task Scheduler did not launch task \"\\CVST\\HomeDriveQuotaReport\"  because instance \"%s\"  of the same task is already running." % guid(R))
    def n_ec2launch(R): return "%s %s" % (sp(R, frac=0), pick(R, ["Info: Stage: postReadyUserData completed.", "Info: Windows is Ready to use", "Info: Initializing EC2Launch v2 (version 2.0.%d)" % R.randint(1900, 2100), "Info: Set hostname EC2AMAZ-%s: no change required" % upper(R, 7), "Info: Skipping task setDnsSuffix: not configured", "Info: Volume initialization complete: 0 volumes failed", "Info: Stage: preReady completed.", "Info: Run user data: %s finished with exit status 0" % iid(R)]))
    def n_ud_warn(R): return "%s Warning: Install-WindowsFeature : %s (instance %s)" % (sp(R, frac=0), pick(R, ["WARNING: You must restart this server to finish the installation process.", "WARNING: Windows automatic updating is not enabled. To ensure that your newly-installed role or feature is automatically updated, turn on Windows Update."]), iid(R))
    def n_svc(R): return cwtext("System", "INFORMATION", 7036, "Service Control Manager", pick(R, HOSTS) + DOM, "The %s service entered the %s state." % (pick(R, ["Amazon SSM Agent", "Windows Update", "Windows Modules Installer", "Amazon CloudWatch Agent", "Task Scheduler"]), pick(R, ["running", "stopped"])))
    def n_join_ok(R): return "%s Successfully joined computer EC2AMAZ-%s to domain ad.corrievalley.org (instance %s, existing instance)" % (sp(R, frac=0), upper(R, 7), iid(R))
    return [n_health, n_ack, n_assoc, n_lr, n_cred, n_role, n_session, n_runcmd, n_inventory, n_wu_ok, n_wu_start, n_patch_ok, n_reboot, n_task_ok, n_task_misc, n_task_322, n_ec2launch, n_ud_warn, n_svc, n_join_ok]


def fam_ssm(R):
    return build(R, F1, [("isolated-subnet-ssm-vpc-endpoints-unreachable", g_endpoint), ("cu-2029-01-install-fails-0x800f0922", g_patch),
                         ("rdsh-new-hosts-domain-join-dns-retired-dcs", g_domainjoin), ("nightly-sis-export-task-exit-1-token-expired", g_sisexport),
                         ("rdsh-user-data-netfx3-source-files-not-found", g_userdata)], ssm_negs())


# ---------------------------------------------------------------- dotnet8-lambda-powertools-invoicing
# "kestrel bay energy": invoicing on Lambda (dotnet8 managed runtime, ARM64): the runtime's tab-separated text
# lines "<ts>\t<requestId>\t<level>\t<message>", platform lines (INIT_START/START/END/REPORT), Powertools for
# .NET structured JSON logs and EMF metric lines.
F2 = "dotnet8-lambda-powertools-invoicing"
FN = {"render-invoice-pdf": 1024, "ingest-meter-readings": 512, "sync-tariffs": 256, "export-statements": 1536, "payment-webhook": 256, "issue-invoices": 512}


def arn(fn):
    return "arn:aws:lambda:eu-west-2:%s:function:kbe-prod-%s" % (ACCT, fn)


def rt(R, rid, level, msg):
    return "%s\t%s\t%s\t%s" % (iso(R), rid, level, msg)


def pt(R, fn, level, msg, extra=None, exc=None, cold=None):
    d = {"cold_start": cold if cold is not None else R.random() < 0.1, "xray_trace_id": "1-%s-%s" % (hexs(R, 8), hexs(R, 24)), "function_name": "kbe-prod-%s" % fn,
         "function_version": "$LATEST", "function_memory_size": FN[fn], "function_arn": arn(fn), "function_request_id": uuid(R),
         "timestamp": iso(R, frac=7), "level": level, "service": "invoicing", "name": "AWS.Lambda.Powertools.Logging.Logger", "message": msg}
    if extra:
        d.update(extra)
    if exc:
        d["exception"] = exc
    return jd(d)


def report(R, fn, dur=None, mem=None, status=None, init=False):
    rid = uuid(R)
    size = FN[fn]
    d = dur if dur is not None else R.uniform(3, 2000)
    s = "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB" % (rid, d, int(d) + 1, size, mem or R.randint(70, int(size * 0.6)))
    if init:
        s += "\tInit Duration: %.2f ms" % R.uniform(180, 900)
    if status:
        s += "\tStatus: %s" % status
        if status == "error":
            s += "\tError Type: Runtime.OutOfMemory"
    return s + "\t"


def h_pdf_timeout(R):
    # render-invoice-pdf: the font/template fetch from the old S3 bucket hangs (bucket policy now denies, SDK retries until timeout)
    rid = uuid(R)
    r = R.random()
    if r < 0.5:
        return "%s %s Task timed out after 60.0%d seconds" % (iso(R), rid, R.randint(1, 9))
    if r < 0.8:
        return report(R, "render-invoice-pdf", dur=60000 + R.uniform(0, 90), status="timeout")
    return report(R, "render-invoice-pdf", dur=60000 + R.uniform(0, 90), status="timeout", init=True)


def h_decimal(R):
    # a meter-data supplier started sending kWh as "12,5" (comma decimal); every such SQS message fails and ends in the DLQ
    mid = uuid(R)
    if R.random() < 0.7:
        return pt(R, "ingest-meter-readings", "Error", "Failed to process record %s" % mid, extra={"message_id": mid, "supplier": "NORTHGRID-MDS"},
                  exc={"type": "System.Text.Json.JsonException", "message": "The JSON value could not be converted to System.Decimal. Path: $.readings[%d].kwh | LineNumber: 0 | BytePositionInLine: %d." % (R.randint(0, 47), R.randint(90, 3000)),
                       "source": "System.Text.Json", "stack_trace": "   at System.Text.Json.ThrowHelper.ReThrowWithPath(ReadStack& state, Reader& reader, Exception ex)\n   at System.Text.Json.JsonSerializer.Deserialize[TValue](String json, JsonTypeInfo`1 jsonTypeInfo)\n   at Kbe.Invoicing.Ingest.MeterReadingHandler.HandleAsync(SQSMessage record, ILambdaContext context) in /src/Ingest/MeterReadingHandler.cs:line 42"})
    return pt(R, "ingest-meter-readings", "Error", "Batch completed with %d failed record(s) of %d; returning batchItemFailures (receive count %d, maxReceiveCount 5)" % (R.randint(1, 10), 10, R.randint(2, 5)), extra={"failed": R.randint(1, 10)})


def h_kms(R):
    # sync-tariffs: the tariff API key secret was re-encrypted with a new CMK whose key policy omits the function role
    rid = uuid(R)
    if R.random() < 0.6:
        return pt(R, "sync-tariffs", "Error", "Could not read secret kbe/prod/tariff-api", extra={"secret_id": "kbe/prod/tariff-api"},
                  exc={"type": "Amazon.SecretsManager.AmazonSecretsManagerException", "message": "Access to KMS is not allowed", "source": "AWSSDK.Core",
                       "stack_trace": "   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)\n   at Amazon.Runtime.Internal.ErrorHandler.InvokeAsync[T](IExecutionContext executionContext)\n   at Kbe.Invoicing.Tariffs.TariffApiClient.GetApiKeyAsync() in /src/Tariffs/TariffApiClient.cs:line 31"})
    return rt(R, rid, "fail", "Amazon.SecretsManager.AmazonSecretsManagerException: Access to KMS is not allowed\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   at Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)\n   --- End of inner exception stack trace ---\n   at Kbe.Invoicing.Tariffs.SyncFunction.FunctionHandler(ScheduledEvent input, ILambdaContext context) in /src/Tariffs/SyncFunction.cs:line 24")


def h_oom(R):
    # export-statements loads a whole year of half-hourly readings for large business customers into memory
    rid = uuid(R)
    r = R.random()
    if r < 0.4:
        return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % rid
    if r < 0.75:
        return report(R, "export-statements", dur=R.uniform(9000, 40000), mem=1536, status="error")
    return pt(R, "export-statements", "Warning", "Statement export for account %s loaded %d readings (%d MB managed heap)" % ("KBE-B%s" % digits(R, 6), R.randint(17000000, 40000000), R.randint(1300, 1500)), extra={"account": "large-business"})


def h_init(R):
    # payment-webhook: the 2029-01-08 deploy dropped the WEBHOOK_SIGNING_SECRET_ARN environment variable -> every init fails
    r = R.random()
    if r < 0.45:
        return "%s\t%s\tfail\tUnhandled exception. System.InvalidOperationException: Environment variable WEBHOOK_SIGNING_SECRET_ARN is not set.\n   at Kbe.Invoicing.Payments.WebhookFunction..ctor() in /src/Payments/WebhookFunction.cs:line 19\n   at Amazon.Lambda.RuntimeSupport.Bootstrap.UserCodeLoader.Init(Action`1 customerLoggingAction)\n   at Amazon.Lambda.RuntimeSupport.LambdaBootstrap.InitializeAsync()" % (iso(R), uuid(R))
    if r < 0.8:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ExitError" % (R.uniform(300, 1200), pick(R, ["init", "invoke"]))
    return "RequestId: %s Error: Runtime exited with error: exit status 134\nRuntime.ExitError" % uuid(R)


def lam_negs():
    def n_start(R): return "START RequestId: %s Version: $LATEST" % uuid(R)
    def n_end(R): return "END RequestId: %s" % uuid(R)
    def n_report(R): return report(R, pick(R, list(FN)), init=R.random() < 0.1)
    def n_init(R): return "INIT_START Runtime Version: dotnet:8.v%d\tRuntime Version ARN: arn:aws:lambda:eu-west-2::runtime:%s\t" % (R.randint(30, 40), hexs(R, 64))
    def n_pt_info(R):
        fn = pick(R, list(FN))
        return pt(R, fn, "Information", pick(R, ["Invoice %s rendered (%d pages, %d KB)" % ("INV-%s" % digits(R, 8), R.randint(1, 6), R.randint(40, 900)), "Issued %d invoices for bill cycle 2029-01 (0 failed)" % R.randint(10, 900), "Tariff sync complete: %d tariffs, 0 changed" % R.randint(20, 90), "Statement exported for account KBE-R%s" % digits(R, 6)]))
    def n_pt_batch(R): return pt(R, "ingest-meter-readings", "Information", "Batch completed: %d records, %d succeeded, 0 failed" % (10, 10), extra={"supplier": pick(R, ["EASTERN-MDS", "SOUTHWEST-MDS", "NORTHGRID-MDS"]), "batch_size": 10, "receipt_ms": R.randint(40, 900)})
    def n_pt_debug(R): return pt(R, pick(R, list(FN)), "Debug", "Outgoing request dump: %s" % jd({"method": "PUT", "table": "kbe-prod-invoices", "consumedCapacity": round(R.uniform(0.5, 4), 1), "errors": []}))
    def n_idem(R): return pt(R, "payment-webhook", "Information", "Duplicate webhook %s: idempotency record exists, returning stored response (IdempotencyItemAlreadyExistsException handled)" % ("evt_%s" % alnum(R, 24)))
    def n_sig(R): return pt(R, "payment-webhook", "Warning", "Rejected webhook from 198.51.100.%d: signature verification failed, responded 401" % R.randint(2, 254))
    def n_throttle(R): return pt(R, "issue-invoices", "Warning", "DynamoDB ProvisionedThroughputExceededException on kbe-prod-invoices, SDK retry %d succeeded after %d ms" % (R.randint(1, 2), R.randint(50, 800)))
    def n_emf(R):
        fn = pick(R, list(FN))
        m = pick(R, ["InvoicesRendered", "ReadingsIngested", "StatementsExported", "WebhooksAccepted", "FailedRecords"])
        return jd({"_aws": {"Timestamp": (1861920000 + R.randint(2, 11) * 86400 + R.randint(0, 86399)) * 1000 + R.randint(0, 999), "CloudWatchMetrics": [{"Namespace": "KBE/Invoicing", "Metrics": [{"Name": m, "Unit": "Count"}], "Dimensions": [["service"]]}]}, "service": "invoicing", "function_name": "kbe-prod-%s" % fn, m: 0 if m == "FailedRecords" else R.randint(1, 500)})
    def n_rt_info(R): return rt(R, uuid(R), "info", pick(R, ["Loaded %d tariff bands from cache" % R.randint(10, 90), "Rendering invoice INV-%s with template v8" % digits(R, 8), "Processing %d SQS records" % R.randint(1, 10), "Statement export started for account KBE-R%s" % digits(R, 6)]))
    def n_rt_warn(R): return rt(R, uuid(R), "warn", pick(R, ["Customer %s has no email address; invoice queued for print" % ("KBE-R%s" % digits(R, 6)), "Tariff %s has no unit rate for band E7-night, using default" % upper(R, 6), "Retrying S3 PutObject after SlowDown (attempt 1 of 3)"]))
    def n_ext(R): return "EXTENSION\tName: %s\tState: Ready\tEvents: [%s]" % (pick(R, ["AWSParametersAndSecretsLambdaExtension", "xray-extension"]), pick(R, ["INVOKE, SHUTDOWN", "SHUTDOWN, INVOKE"]))
    return [n_start, n_end, n_report, n_init, n_pt_info, n_pt_batch, n_pt_debug, n_idem, n_sig, n_throttle, n_emf, n_rt_info, n_rt_warn, n_ext]


def fam_lambda(R):
    return build(R, F2, [("render-invoice-pdf-timeout-legacy-template-bucket", h_pdf_timeout), ("ingest-meter-readings-comma-decimal-poison-messages", h_decimal),
                         ("sync-tariffs-secret-cmk-policy-denies-role", h_kms), ("export-statements-out-of-memory-large-accounts", h_oom),
                         ("payment-webhook-init-missing-signing-secret-env", h_init)], lam_negs())


FAMILIES = {F1: fam_ssm, F2: fam_lambda}
