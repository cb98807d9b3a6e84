# Lines of the heldout26 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every secret value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in every part.
# Contexts follow this round's theme: Windows and .NET workloads on AWS whose logs reach CloudWatch Logs (Windows
# Event Log as the CloudWatch agent renders it, PowerShell script-block logging, IIS W3C logs, log4net/NLog/Serilog,
# ASP.NET Core console and JSON output, SSM Run Command and EC2Launch output, CodeBuild logs, Lambda logs).
ACCT = "111122223333"
DAY = lambda: R.randint(3, 12)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
SP = lambda: "2029-01-%02d %s" % (DAY(), HMS())
HOSTS = ["BFQ-APP-02.corp.brackenfield.internal", "TLH-APP-07.corp.thornlea.org", "CVS-MIS-01.ad.corrievalley.org", "HFW-APP-01.hartfell.internal", "QR-SQL-A.qr.internal"]
SQLH = ["qr-sql-a.qr.internal", "mossgiel-prod-sql.cx3ab9k2z.eu-west-2.rds.amazonaws.com", "hfw-sql-02.hartfell.internal", "tcp:bfq-sql-01,1433"]
DOMS = ["BRACKENFIELD", "THORNLEA", "CVST", "HARTFELL", "QR"]


def KEYID():
    return "AKXC" + U(16)  # deliberately not an AWS access key id prefix


def TOKID():
    return "ASXC" + U(16)


def SID():
    return "S-1-5-21-%d-%d-%d-%d" % (R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(1100, 9999))


def THUMB():
    return H(40).upper()


def host():
    return R.choice(HOSTS)


def cw(channel, level, eid, provider, computer, desc):
    return "[%s] [%s] [%d] [%s] [%s] [%s]" % (channel, level, eid, provider, computer, desc)


def e4688(cmdline, newproc="C:\\Windows\\System32\\net.exe", user=None):
    u = user or R.choice(["adm-j.whitfield", "svc-deploy", "Administrator", "adm-f.mcrae"])
    return cw("Security", "INFORMATION", 4688, "Microsoft-Windows-Security-Auditing", host(),
              "A new process has been created.\r\n\r\nCreator Subject:\r\n\tSecurity ID:\t\t%s\r\n\tAccount Name:\t\t%s\r\n\tAccount Domain:\t\t%s\r\n\tLogon ID:\t\t0x%X\r\n\r\nTarget Subject:\r\n\tSecurity ID:\t\tS-1-0-0\r\n\tAccount Name:\t\t-\r\n\tAccount Domain:\t\t-\r\n\tLogon ID:\t\t0x0\r\n\r\nProcess Information:\r\n\tNew Process ID:\t\t0x%x\r\n\tNew Process Name:\t%s\r\n\tToken Elevation Type:\t%%%%1937\r\n\tMandatory Label:\t\tS-1-16-12288\r\n\tCreator Process ID:\t0x%x\r\n\tCreator Process Name:\tC:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\r\n\tProcess Command Line:\t%s" % (
                  SID(), u, R.choice(DOMS), R.randint(0x100000, 0xfffffff), R.randint(0x400, 0x3fff), newproc, R.randint(0x400, 0x3fff), cmdline))


def e4104(script):
    return cw("Microsoft-Windows-PowerShell/Operational", "WARNING", 4104, "Microsoft-Windows-PowerShell", host(),
              "Creating Scriptblock text (1 of 1):\r\n%s\r\n\r\nScriptBlock ID: %s\r\nPath: %s" % (script, UUID(), R.choice(["C:\\ProgramData\\Amazon\\SSM\\InstanceData\\i-0%s\\document\\orchestration\\%s\\awsrunPowerShellScript\\0.awsrunPowerShellScript\\_script.ps1" % (H(16), UUID()), "C:\\Scripts\\Deploy\\Install-App.ps1", "C:\\Scripts\\SisExport\\SisExport.ps1", ""])))


def ssmout(text):
    return "%s INFO [ssm-document-worker] [%s] [DocumentWorker] [aws:runPowerShellScript] stdout: %s" % (SP(), UUID(), text)


def l4n(level, logger, msg):
    return "%s,%03d [%d] %-5s %s - %s" % (SP(), R.randint(0, 999), R.randint(5, 80), level, logger, msg)


def cbuild(cmd):
    return "[Container] 2029/01/%02d %s.%06d Running command %s" % (DAY(), HMS(), R.randint(0, 999999), cmd)


# ---------------------------------------------------------------- planted: SQL connection-string passwords
for ctx in range(8):
    pw = PW()
    srv = R.choice(SQLH)
    user = R.choice(["shipment_app", "billing_rw", "quote_svc", "rpt_reader", "etl_loader"])
    db = R.choice(["Shipments", "Billing", "QuoteEngine", "Reporting_DW", "QR_Staging"])
    if ctx == 0:
        P("sql-connection-string-password", l4n("DEBUG", "Hartfell.Billing.Data.ConnectionFactory", "Opening connection: Data Source=%s;Initial Catalog=%s;User ID=%s;Password={S};MultipleActiveResultSets=True;Connect Timeout=30" % (srv, db, user)), pw)
    elif ctx == 1:
        P("sql-connection-string-password", "ConnectionStrings__Default=Server=%s;Database=%s;User Id=%s;Password={S};TrustServerCertificate=True;Encrypt=True" % (srv, db, user), pw)
    elif ctx == 2:
        P("sql-connection-string-password", "fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]\r\n      An error occurred using the connection to database '%s' on server '%s'.\r\n      System.ArgumentException: Keyword not supported: 'server name'. Connection string: 'Server Name=%s;Database=%s;Uid=%s;Pwd={S};'" % (db, srv, srv, db, user), pw)
    elif ctx == 3:
        P("sql-connection-string-password", ssmout("Updated web.config on %s: <add name=\"BillingDb\" connectionString=\"Data Source=%s;Initial Catalog=%s;User ID=%s;Password={S}\" providerName=\"System.Data.SqlClient\" />" % (host().split(".")[0], srv, db, user)), pw)
    elif ctx == 4:
        P("sql-connection-string-password", "{\"EventId\":0,\"LogLevel\":\"Debug\",\"Category\":\"Mossgiel.Tracking.Web.Startup\",\"Message\":\"Effective configuration: ConnectionStrings:Tracking = Server=%s;Database=%s;User Id=%s;Password={S};Encrypt=True\"}" % (srv, db, user), pw)
    elif ctx == 5:
        P("sql-connection-string-password", cw("Application", "ERROR", 208, "SQLSERVERAGENT", host(), "SQL Server Scheduled Job 'Nightly ODBC extract' (0x%s) - Status: Failed - Invoked on: 2029-01-%02d 02:00:00 - Message: The job failed.  The Job was invoked by Schedule 7 (nightly).  The last step to run was step 1 (odbc) with command: isql -v \"DSN=LegacyPricing;UID=%s;PWD={S}\"." % (H(32).upper(), DAY(), user)), pw)
    elif ctx == 6:
        P("sql-connection-string-password", "%s|ERROR|Hartfell.MeterImport.Db|Cannot open database with connection string 'Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=%s;Uid=%s;Pwd={S};' : SqlException 4060" % (SP(), srv, db, user), pw)
    else:
        P("sql-connection-string-password", "{\"@t\":\"%s\",\"@mt\":\"Using {ConnectionString}\",\"@l\":\"Debug\",\"ConnectionString\":\"Data Source=%s;Initial Catalog=%s;Persist Security Info=True;User ID=%s;Password={S}\",\"SourceContext\":\"Mossgiel.Labels.Data\"}" % (TS(), srv, db, user), pw)

# ---------------------------------------------------------------- planted: machineKey
for ctx in range(5):
    vk = HI(128).upper()
    dk = HI(48 if ctx % 2 else 64).upper()
    if ctx == 0:
        P("aspnet-machine-key", ssmout("<machineKey validationKey=\"{S}\" decryptionKey=\"AutoGenerate,IsolateApps\" validation=\"HMACSHA256\" decryption=\"AES\" />"), vk)
    elif ctx == 1:
        P("aspnet-machine-key", "%s INFO  Deploy - web.config transform applied on %s: machineKey decryptionKey=\"{S}\" validation=\"SHA1\" (farm key for CustomerPortal)" % (SP(), host().split(".")[0]), dk)
    elif ctx == 2:
        P("aspnet-machine-key", e4104("$mk = $cfg.configuration.'system.web'.machineKey\r\n$mk.validationKey = '{S}'\r\n$mk.decryptionKey = 'AutoGenerate,IsolateApps'\r\n$cfg.Save('D:\\Sites\\portal\\web.config')"), vk)
    elif ctx == 3:
        P("aspnet-machine-key", "2029-01-%02d %s appcmd.exe set config \"Default Web Site/portal\" -section:system.web/machineKey /validationKey:\"{S}\" /validation:\"HMACSHA512\" /commit:apphost" % (DAY(), HMS()), vk)
    else:
        P("aspnet-machine-key", "Oxidized-style config diff for BFQ-WEB-02 D:\\Sites\\quotes\\web.config:\r\n-    <machineKey validationKey=\"AutoGenerate,IsolateApps\" />\r\n+    <machineKey validationKey=\"{S}\" decryptionKey=\"AutoGenerate,IsolateApps\" />", vk)

# ---------------------------------------------------------------- planted: PowerShell plaintext passwords
for ctx in range(7):
    pw = PW()
    if ctx == 0:
        P("powershell-plaintext-password", e4104("$pw = ConvertTo-SecureString '{S}' -AsPlainText -Force\r\n$cred = New-Object System.Management.Automation.PSCredential('%s\\svc-deploy', $pw)\r\nAdd-Computer -DomainName corp.thornlea.org -Credential $cred -Restart" % R.choice(DOMS)), pw)
    elif ctx == 1:
        P("powershell-plaintext-password", e4104("New-LocalUser -Name 'kiosk' -Password (ConvertTo-SecureString -String \"{S}\" -AsPlainText -Force) -PasswordNeverExpires"), pw)
    elif ctx == 2:
        P("powershell-plaintext-password", ssmout("VERBOSE: Performing the operation \"Set-ADAccountPassword\" on target \"CN=svc-hms-reports,OU=Service,DC=corp,DC=thornlea,DC=org\". -NewPassword (ConvertTo-SecureString '{S}' -AsPlainText -Force)"), pw)
    elif ctx == 3:
        P("powershell-plaintext-password", "**********************\r\nWindows PowerShell transcript start\r\nStart time: 202901%02d%s\r\nUsername: %s\\svc-deploy\r\n**********************\r\nPS C:\\> $secure = '{S}' | ConvertTo-SecureString -AsPlainText -Force" % (DAY(), HMS().replace(":", ""), R.choice(DOMS)), pw)
    elif ctx == 4:
        P("powershell-plaintext-password", e4104("Import-PfxCertificate -FilePath C:\\certs\\quotes.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password (ConvertTo-SecureString -String '{S}' -Force -AsPlainText)"), pw)
    elif ctx == 5:
        P("powershell-plaintext-password", "%s Error: Script produced error output.\r\nNew-ADUser : The password does not meet the length, complexity, or history requirement of the domain.\r\nAt C:\\Windows\\TEMP\\EC2Launch%d\\UserScript.ps1:7 char:1\r\n+ New-ADUser -Name svc-print -AccountPassword (ConvertTo-SecureString '{S}' -AsPlainText -Force) ..." % (SP(), R.randint(10 ** 8, 10 ** 9)), pw)
    else:
        P("powershell-plaintext-password", e4104("$cred = [pscredential]::new('sa', (ConvertTo-SecureString -AsPlainText -Force -String '{S}'))\r\nInvoke-Sqlcmd -ServerInstance QR-SQL-A -Credential $cred -Query 'ALTER AVAILABILITY GROUP [QR-AG1] FAILOVER'"), pw)

# ---------------------------------------------------------------- planted: passwords on process command lines (4688)
for ctx in range(7):
    pw = PW()
    u = "%s\\%s" % (R.choice(DOMS), R.choice(["svc-backup", "svc-print", "adm-d.ilie", "svc-sis"]))
    if ctx == 0:
        P("cmdline-password", e4688("net  use Z: \\\\hfw-fs-01\\meterdrop {S} /user:%s /persistent:no" % u), pw)
    elif ctx == 1:
        P("cmdline-password", e4688("net use \\\\CVS-FS-01\\staff$ /user:%s {S}" % u), pw)
    elif ctx == 2:
        P("cmdline-password", e4688("schtasks.exe /Create /TN \"\\CVST\\NightlySisExport\" /TR \"powershell.exe -File C:\\Scripts\\SisExport\\SisExport.ps1\" /SC DAILY /ST 01:30 /RU %s /RP {S}" % u, "C:\\Windows\\System32\\schtasks.exe"), pw)
    elif ctx == 3:
        P("cmdline-password", e4688("cmdkey.exe /add:qr-sql-a.qr.internal /user:%s /pass:{S}" % u, "C:\\Windows\\System32\\cmdkey.exe"), pw)
    elif ctx == 4:
        P("cmdline-password", e4688("\"C:\\Program Files\\Microsoft SQL Server\\Client SDK\\ODBC\\170\\Tools\\Binn\\SQLCMD.EXE\" -S QR-SQL-A -U sa -P {S} -Q \"BACKUP LOG QR_ERP TO URL='s3://qr-sqlbackups-euw1.s3.eu-west-1.amazonaws.com/x.trn'\"", "C:\\Program Files\\Microsoft SQL Server\\Client SDK\\ODBC\\170\\Tools\\Binn\\SQLCMD.EXE"), pw)
    elif ctx == 5:
        P("cmdline-password", e4688("net user kiosk {S} /add /expires:never", "C:\\Windows\\System32\\net.exe"), pw)
    else:
        P("cmdline-password", e4688("C:\\Windows\\system32\\inetsrv\\appcmd.exe set apppool /apppool.name:CheckoutPool /processModel.identityType:SpecificUser /processModel.userName:%s /processModel.password:{S}" % u, "C:\\Windows\\System32\\inetsrv\\appcmd.exe"), pw)

# ---------------------------------------------------------------- planted: registry AutoAdminLogon DefaultPassword
for ctx in range(5):
    pw = PW()
    if ctx == 0:
        P("registry-autologon-password", ssmout("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n\"AutoAdminLogon\"=\"1\"\r\n\"DefaultUserName\"=\"kiosk\"\r\n\"DefaultDomainName\"=\"CVST\"\r\n\"DefaultPassword\"=\"{S}\""), pw)
    elif ctx == 1:
        P("registry-autologon-password", e4688("reg  add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d \"{S}\" /f", "C:\\Windows\\System32\\reg.exe"), pw)
    elif ctx == 2:
        P("registry-autologon-password", e4104("Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultPassword -Value '{S}'"), pw)
    elif ctx == 3:
        P("registry-autologon-password", ssmout("DefaultUserName : kiosk-%02d\r\nDefaultPassword : {S}\r\nAutoAdminLogon  : 1\r\nPSPath          : Microsoft.PowerShell.Core\\Registry::HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" % R.randint(1, 40)), pw)
    else:
        P("registry-autologon-password", "%s INFO  Inventory - HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon: {\"AutoAdminLogon\":\"1\",\"DefaultUserName\":\"library-pc\",\"DefaultPassword\":\"{S}\"}" % SP(), pw)

# ---------------------------------------------------------------- planted: unattend.xml passwords (clear and base64-"encoded")
for ctx in range(6):
    if ctx in (0, 1, 2):
        pw = PW()
        tpl = ["%s Info: Applying unattend answer file C:\\ProgramData\\Amazon\\EC2Launch\\sysprep\\unattend.xml:\r\n<UserAccounts><AdministratorPassword><Value>{S}</Value><PlainText>true</PlainText></AdministratorPassword></UserAccounts>",
               "%s Info: Sysprep answer file excerpt: <AutoLogon><Password><Value>{S}</Value><PlainText>true</PlainText></Password><Enabled>true</Enabled><LogonCount>1</LogonCount><Username>Administrator</Username></AutoLogon>",
               "%s Warning: unattend.xml LocalAccount 'ladmin' has a clear-text password: <LocalAccount wcm:action=\"add\"><Password><Value>{S}</Value><PlainText>true</PlainText></Password><Name>ladmin</Name><Group>Administrators</Group></LocalAccount>"][ctx]
        P("unattend-password", tpl % SP(), pw)
    else:
        raw = base64.b64encode(("%s%s" % (A(R.randint(10, 14)), "AdministratorPassword" if ctx != 4 else "Password")).encode("utf-16-le")).decode()
        pw = MARK(raw)
        tpl = ["%s Info: Applying unattend answer file C:\\Windows\\Panther\\unattend.xml:\r\n<AdministratorPassword><Value>{S}</Value><PlainText>false</PlainText></AdministratorPassword>",
               "%s Info: Sysprep answer file excerpt: <AutoLogon><Password><Value>{S}</Value><PlainText>false</PlainText></Password><Username>Administrator</Username></AutoLogon>",
               "%s Info: EC2Launch v2 agent-config: sysprep unattend <AdministratorPassword><Value>{S}</Value><PlainText>false</PlainText></AdministratorPassword>"][ctx - 3]
        P("unattend-password", tpl % SP(), pw)

# ---------------------------------------------------------------- planted: AWS secret access keys
for ctx in range(5):
    sk = MARK(rs(string.ascii_letters + string.digits + "+/", 40))
    kid = KEYID()
    if ctx == 0:
        P("aws-secret-access-key", "PS C:\\> Get-ChildItem Env: | Format-Table -AutoSize\r\nName                           Value\r\n----                           -----\r\nAWS_ACCESS_KEY_ID              %s\r\nAWS_REGION                     eu-west-2\r\nAWS_SECRET_ACCESS_KEY          {S}\r\nCOMPUTERNAME                   EC2AMAZ-%s" % (kid, U(7)), sk)
    elif ctx == 1:
        P("aws-secret-access-key", e4104("Set-AWSCredential -AccessKey %s -SecretKey {S} -StoreAs default" % kid), sk)
    elif ctx == 2:
        P("aws-secret-access-key", ssmout("[default]\r\naws_access_key_id = %s\r\naws_secret_access_key = {S}\r\nregion = eu-west-1" % kid), sk)
    elif ctx == 3:
        P("aws-secret-access-key", "{\"EventId\":0,\"LogLevel\":\"Debug\",\"Category\":\"Mossgiel.Tracking.Web.Startup\",\"Message\":\"AWS options: Profile=, Region=eu-west-2, Credentials=BasicAWSCredentials(AccessKey=%s, SecretKey={S})\"}" % kid, sk)
    else:
        P("aws-secret-access-key", l4n("DEBUG", "Hartfell.Billing.Email.SesSmtpKeyDeriver", "Deriving SES SMTP password from IAM key %s / {S} for region eu-west-2" % kid), sk)

# ---------------------------------------------------------------- planted: Azure storage account keys and Entra client secrets
for ctx in range(4):
    key = MARK(B64(64))
    acct = R.choice(["larkspurmedia", "hartfellarchive", "qrexports"])
    if ctx == 0:
        P("azure-storage-account-key", "ConnectionStrings__Blob=DefaultEndpointsProtocol=https;AccountName=%s;AccountKey={S};EndpointSuffix=core.windows.net" % acct, key)
    elif ctx == 1:
        P("azure-storage-account-key", l4n("ERROR", "Hartfell.Billing.Archive.BlobArchiver", "Archive upload failed for connection 'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey={S};EndpointSuffix=core.windows.net': Azure.RequestFailedException: Server failed to authenticate the request." % acct), key)
    elif ctx == 2:
        P("azure-storage-account-key", e4688("\"C:\\Program Files (x86)\\Microsoft SDKs\\Azure\\AzCopy\\AzCopy.exe\" /Source:D:\\Exports /Dest:https://%s.blob.core.windows.net/exports /DestKey:{S} /S /Y" % acct, "C:\\Program Files (x86)\\Microsoft SDKs\\Azure\\AzCopy\\AzCopy.exe"), key)
    else:
        P("azure-storage-account-key", ssmout("AZURE_STORAGE_KEY={S}\r\nAZURE_STORAGE_ACCOUNT=%s" % acct), key)
for ctx in range(4):
    cs = "%s8Q~%s" % (A(3), MARK(rs(string.ascii_letters + string.digits + "~._-", 34)))
    if ctx == 0:
        P("entra-client-secret", "{\"EventId\":0,\"LogLevel\":\"Debug\",\"Category\":\"Microsoft.Identity.Web.TokenAcquisition\",\"Message\":\"Configured confidential client %s with ClientSecret={S}\"}" % UUID(), cs)
    elif ctx == 1:
        P("entra-client-secret", "AzureAd__ClientSecret={S}", cs)
    elif ctx == 2:
        P("entra-client-secret", e4104("$body = @{ grant_type='client_credentials'; client_id='%s'; client_secret='{S}'; scope='https://graph.microsoft.com/.default' }\r\nInvoke-RestMethod -Method Post -Uri https://login.microsoftonline.com/%s/oauth2/v2.0/token -Body $body" % (UUID(), UUID())), cs)
    else:
        P("entra-client-secret", l4n("WARN", "Hartfell.CustomerPortal.Auth.GraphClient", "Token request failed (AADSTS7000215) for client_secret={S}; check app registration"), cs)

# ---------------------------------------------------------------- planted: NuGet API keys and feed passwords
for ctx in range(5):
    k = "oy2" + MARK(rs(string.ascii_lowercase + string.digits, 43))
    if ctx == 0:
        P("nuget-api-key", cbuild("dotnet nuget push artifacts/Hartfell.Billing.Contracts.4.7.%d.nupkg --api-key {S} --source https://api.nuget.org/v3/index.json" % R.randint(0, 30)), k)
    elif ctx == 1:
        P("nuget-api-key", cbuild("nuget.exe setapikey {S} -Source https://api.nuget.org/v3/index.json"), k)
    elif ctx == 2:
        P("nuget-api-key", "info : Pushing Mossgiel.Labels.Zpl.2.%d.0.nupkg to 'https://www.nuget.org/api/v2/package'...\r\ninfo :   PUT https://www.nuget.org/api/v2/package/\r\ninfo :   X-NuGet-ApiKey: {S}" % R.randint(0, 9), k)
    elif ctx == 3:
        P("nuget-api-key", ssmout("NUGET_API_KEY={S}"), k)
    else:
        P("nuget-api-key", "  - dotnet nuget push \"**/*.nupkg\" -k {S} -s nuget.org --skip-duplicate   # buildspec.yml line %d" % R.randint(20, 60), k)
for ctx in range(4):
    pw = PW()
    if ctx == 0:
        P("nuget-feed-password", cbuild("dotnet nuget add source https://kbe-%s.d.codeartifact.eu-west-2.amazonaws.com/nuget/internal/v3/index.json -n internal -u aws -p {S} --store-password-in-clear-text" % ACCT), pw)
    elif ctx == 1:
        P("nuget-feed-password", "[Container] 2029/01/%02d %s cat NuGet.Config\r\n<packageSourceCredentials><internal><add key=\"Username\" value=\"build\" /><add key=\"ClearTextPassword\" value=\"{S}\" /></internal></packageSourceCredentials>" % (DAY(), HMS()), pw)
    elif ctx == 2:
        P("nuget-feed-password", e4688("nuget.exe sources add -Name legacy -Source https://proget.hartfell.internal/nuget/legacy/ -Username build -Password {S} -StorePasswordInClearText", "C:\\Tools\\nuget.exe"), pw)
    else:
        P("nuget-feed-password", "NuGetPackageSourceCredentials_internal=Username=build;Password={S}", pw)

# ---------------------------------------------------------------- planted: bearer JWTs (IIS logs, request logging)
for ctx in range(6):
    j = JWT()
    if ctx == 0:
        P("jwt-bearer-token", "2029-01-%02d %s 10.20.1.1%d GET /api/v2/basket access_token={S}&v=5 443 - 10.20.0.37 LarkspurApp/5.14.2+(iOS+18.2;+iPhone15,3) - 200 0 0 %d" % (DAY(), HMS(), R.randint(1, 4), R.randint(10, 300)), j)
    elif ctx == 1:
        P("jwt-bearer-token", "2029-01-%02d %s 10.20.1.1%d GET /agents/reports/export.aspx report=commission&month=2028-12 443 - 10.20.0.86 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 500 0 0 %d Bearer+{S}" % (DAY(), HMS(), R.randint(1, 4), R.randint(30000, 30300)), j)
    elif ctx == 2:
        P("jwt-bearer-token", "{\"@t\":\"%s\",\"@mt\":\"HTTP {RequestMethod} {RequestPath} responded {StatusCode}\",\"@l\":\"Warning\",\"RequestMethod\":\"POST\",\"RequestPath\":\"/api/shipments\",\"StatusCode\":401,\"RequestHeaders\":{\"Authorization\":\"Bearer {S}\",\"Accept\":\"application/json\"}}" % TS(), j)
    elif ctx == 3:
        P("jwt-bearer-token", "dbug: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1]\r\n      Request:\r\n      Protocol: HTTP/1.1\r\n      Method: GET\r\n      Path: /api/shipments/%s\r\n      Authorization: Bearer {S}\r\n      Host: shipment-api.mossgiel.internal:8080" % U(10), j)
    elif ctx == 4:
        P("jwt-bearer-token", l4n("DEBUG", "Hartfell.CustomerPortal.Api.PartnerClient", "POST https://partner.example/api/readings Authorization=Bearer {S}"), j)
    else:
        P("jwt-bearer-token", "%s\t%s\tinfo\tIncoming webhook headers: {\"authorization\":\"Bearer {S}\",\"content-type\":\"application/json\"}" % (TS(), UUID()), j)

# ---------------------------------------------------------------- planted: SMTP credentials in web.config / mail settings
for ctx in range(4):
    pw = "B" + MARK(rs(string.ascii_letters + string.digits + "+/", 43))
    if ctx == 0:
        P("smtp-password", ssmout("<smtp deliveryMethod=\"Network\" from=\"bills@hartfellwater.example\"><network host=\"email-smtp.eu-west-2.amazonaws.com\" port=\"587\" enableSsl=\"true\" userName=\"%s\" password=\"{S}\" /></smtp>" % KEYID()), pw)
    elif ctx == 1:
        P("smtp-password", l4n("DEBUG", "Hartfell.Billing.Email.BillMailer", "SmtpClient configured: Host=email-smtp.eu-west-2.amazonaws.com Port=587 User=%s Password={S}" % KEYID()), pw)
    elif ctx == 2:
        P("smtp-password", "Smtp__Password={S}", pw)
    else:
        P("smtp-password", e4104("Send-MailMessage -SmtpServer email-smtp.eu-west-2.amazonaws.com -Port 587 -UseSsl -Credential (New-Object pscredential('%s', (ConvertTo-SecureString '{S}' -AsPlainText -Force))) -To ops@corrievalley.example -Subject 'SIS export'" % KEYID()), pw)

# ---------------------------------------------------------------- planted: PFX / Kestrel certificate passwords
for ctx in range(4):
    pw = PW()
    if ctx == 0:
        P("pfx-password", "Kestrel__Certificates__Default__Path=C:\\certs\\tracking.pfx\r\nKestrel__Certificates__Default__Password={S}", pw)
    elif ctx == 1:
        P("pfx-password", e4688("certutil.exe -f -p {S} -importpfx C:\\Temp\\quotes-2029.pfx NoExport", "C:\\Windows\\System32\\certutil.exe"), pw)
    elif ctx == 2:
        P("pfx-password", "{\"EventId\":0,\"LogLevel\":\"Debug\",\"Category\":\"Microsoft.AspNetCore.Server.Kestrel\",\"Message\":\"Loading certificate from C:\\\\certs\\\\tracking.pfx with password {S}\"}", pw)
    else:
        P("pfx-password", cbuild("openssl pkcs12 -export -in shipment-api.crt -inkey shipment-api.key -out shipment-api.pfx -passout pass:{S}"), pw)

# ---------------------------------------------------------------- planted: SQL Server container sa passwords
for ctx in range(4):
    pw = PW()
    if ctx == 0:
        P("mssql-sa-password", "MSSQL_SA_PASSWORD={S}", pw)
    elif ctx == 1:
        P("mssql-sa-password", cbuild("docker run -d -e ACCEPT_EULA=Y -e SA_PASSWORD={S} -p 1433:1433 mcr.microsoft.com/mssql/server:2022-latest"), pw)
    elif ctx == 2:
        P("mssql-sa-password", "\"environment\": [{\"name\": \"ACCEPT_EULA\", \"value\": \"Y\"}, {\"name\": \"MSSQL_SA_PASSWORD\", \"value\": \"{S}\"}, {\"name\": \"MSSQL_PID\", \"value\": \"Developer\"}]", pw)
    else:
        P("mssql-sa-password", "%s\t%s\tinfo\tIntegration test database started: docker run -e \"MSSQL_SA_PASSWORD={S}\" mcr.microsoft.com/mssql/server:2022-CU16-ubuntu-22.04" % (TS(), UUID()), pw)

# ---------------------------------------------------------------- planted: LDAP bind passwords and webhook signing secrets
for ctx in range(4):
    pw = PW()
    if ctx == 0:
        P("ldap-bind-password", "Ldap__BindPassword={S}", pw)
    elif ctx == 1:
        P("ldap-bind-password", "%s [HMS.Auth] DEBUG LdapDirectory - Binding as CN=svc-hms-ldap,OU=Service,DC=corp,DC=thornlea,DC=org with password '{S}' to ldaps.corp.thornlea.org:636" % SP(), pw)
    elif ctx == 2:
        P("ldap-bind-password", e4688("ldifde.exe -i -f C:\\Temp\\users.ldf -s ldaps.corp.thornlea.org -t 636 -b svc-hms-ldap THORNLEA {S}", "C:\\Windows\\System32\\ldifde.exe"), pw)
    else:
        P("ldap-bind-password", "{\"EventId\":0,\"LogLevel\":\"Debug\",\"Category\":\"Thornlea.Hms.Auth\",\"Message\":\"LdapOptions: Server=ldaps.corp.thornlea.org, BindDn=CN=svc-hms-ldap, BindPassword={S}\"}", pw)
for ctx in range(4):
    w = "whsec_" + MARK(rs(string.ascii_letters + string.digits, 32))
    if ctx == 0:
        P("webhook-signing-secret", "%s\t%s\tdbug\tEnvironment: WEBHOOK_SIGNING_SECRET={S} POWERTOOLS_SERVICE_NAME=invoicing" % (TS(), UUID()), w)
    elif ctx == 1:
        P("webhook-signing-secret", "{\"cold_start\":true,\"function_name\":\"kbe-prod-payment-webhook\",\"level\":\"Debug\",\"service\":\"invoicing\",\"message\":\"Loaded signing secret {S} from WEBHOOK_SIGNING_SECRET\",\"timestamp\":\"%s\"}" % TS(), w)
    elif ctx == 2:
        P("webhook-signing-secret", "Updating function configuration: {\"Variables\": {\"WEBHOOK_SIGNING_SECRET\": \"{S}\", \"POWERTOOLS_LOG_LEVEL\": \"Information\"}}", w)
    else:
        P("webhook-signing-secret", "%s\t%s\tfail\tSignature mismatch using secret {S}: computed v1=%s" % (TS(), UUID(), H(64)), w)

_CLEAN = set()


def C1(template):
    """Clean line; a template with no random part gives one line, not a duplicate."""
    if template not in _CLEAN:
        _CLEAN.add(template)
        C(template)


# ---------------------------------------------------------------- clean near-misses (two lines per template unless fixed)
for _ in range(2):
    C1(cw("Security", "INFORMATION", 4624, "Microsoft-Windows-Security-Auditing", host(), "An account was successfully logged on.\r\n\r\nNew Logon:\r\n\tSecurity ID:\t\t%s\r\n\tAccount Name:\t\tsvc-deploy\r\n\tLogon GUID:\t\t{%s}\r\n\r\nDetailed Authentication Information:\r\n\tLogon Process:\t\tKerberos\r\n\tAuthentication Package:\tKerberos\r\n\tKey Length:\t\t0" % (SID(), UUID().upper())))
    C1("<Event><System><EventID>4769</EventID><Computer>DC-01A7F3E2.corp.thornlea.org</Computer></System><EventData><Data Name='TargetUserName'>svc-hms-app@CORP.THORNLEA.ORG</Data><Data Name='ServiceName'>TLH-SQL-01$</Data><Data Name='TicketOptions'>0x40810000</Data><Data Name='TicketEncryptionType'>0x%s</Data><Data Name='LogonGuid'>{%s}</Data></EventData></Event>" % (R.choice(["12", "11", "17"]), UUID().upper()))
    C1("%s INFO  Deploy - Bound certificate thumbprint %s (CN=quotes.brackenfield.co.uk, expires 2030-02-%02d) to 0.0.0.0:443 appid={%s}" % (SP(), THUMB(), DAY(), UUID().upper()))
    C1(l4n("INFO", "Hartfell.Billing.Data.ConnectionFactory", "Opening connection: Data Source=%s;Initial Catalog=Billing;Integrated Security=SSPI;MultipleActiveResultSets=True" % R.choice(SQLH)))
    C1("ConnectionStrings__Default=Server=%s;Database=Shipments;Trusted_Connection=True;TrustServerCertificate=True" % R.choice(SQLH))
    C1("%s|INFO|Hartfell.MeterImport.Db|Connection string: Data Source=%s;Initial Catalog=Meters;User ID=meter_rw;Password=******;Encrypt=True" % (SP(), R.choice(SQLH)))
    C1("{\"EventId\":0,\"LogLevel\":\"Information\",\"Category\":\"Mossgiel.Tracking.Web.Startup\",\"Message\":\"ConnectionStrings:Tracking = Server=%s;Database=Tracking;User Id=tracking_app;Password=[REDACTED];Encrypt=True\"}" % R.choice(SQLH))
    C1("ConnectionStrings__Default=Server=%s;Database=Shipments;Authentication=Active Directory Managed Identity;User Id=%s" % (R.choice(SQLH), UUID()))
    C1(ssmout("<machineKey validationKey=\"AutoGenerate,IsolateApps\" decryptionKey=\"AutoGenerate,IsolateApps\" validation=\"HMACSHA256\" />"))
    C1(e4104("$pw = Read-Host -AsSecureString -Prompt 'Password for svc-deploy'\r\n$cred = New-Object System.Management.Automation.PSCredential('%s\\svc-deploy', $pw)" % R.choice(DOMS)))
    C1(e4104("$pw = ConvertTo-SecureString $env:SVC_DEPLOY_PASSWORD -AsPlainText -Force\r\nAdd-Computer -DomainName ad.corrievalley.org -Credential (New-Object pscredential('CVST\\svc-join', $pw))"))
    C1(e4104("$secret = (Get-SECSecretValue -SecretId 'arn:aws:secretsmanager:eu-west-2:%s:secret:cvst/svc-join-%s').SecretString | ConvertFrom-Json\r\n$pw = ConvertTo-SecureString $secret.password -AsPlainText -Force" % (ACCT, A(6))))
    C1(e4688("net use Z: \\\\hfw-fs-01\\meterdrop /user:HARTFELL\\svc-backup * /persistent:no"))
    C1(e4688("net use \\\\CVS-FS-01\\staff$ /savecred", "C:\\Windows\\System32\\net.exe"))
    C1(e4688("schtasks.exe /Create /TN \"\\CVST\\ProfileCleanup\" /TR \"C:\\Scripts\\Cleanup.cmd\" /SC WEEKLY /RU SYSTEM", "C:\\Windows\\System32\\schtasks.exe"))
    C1(e4688("runas.exe /user:%s\\adm-d.ilie /savecred \"mmc.exe dsa.msc\"" % R.choice(DOMS), "C:\\Windows\\System32\\runas.exe"))
    C1(ssmout("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\r\n\"AutoAdminLogon\"=\"0\"\r\n\"DefaultUserName\"=\"%s\"\r\n\"DefaultDomainName\"=\"CVST\"\r\n\"LastUsedUsername\"=\"CVST\\\\%s\"" % (R.choice(["kiosk", "library-pc"]), R.choice(["adm-f.mcrae", "adm-d.ilie"]))))
    C1("%s Info: Applying unattend answer file C:\\Windows\\Panther\\unattend.xml:\r\n<AdministratorPassword><Value>*SENSITIVE*DATA*DELETED*</Value><PlainText>true</PlainText></AdministratorPassword>" % SP())
    C1("%s Info: EC2Launch v2: setAdminAccount: password type random; password stored encrypted in instance console output for key pair %s" % (SP(), R.choice(["cvst-prod-2029", "bfq-ops"])))
    C1("PS C:\\> Get-ChildItem Env: | Format-Table -AutoSize\r\nName                           Value\r\n----                           -----\r\nAWS_CONTAINER_CREDENTIALS_RELATIVE_URI /v2/credentials/%s\r\nAWS_REGION                     eu-west-2\r\nCOMPUTERNAME                   EC2AMAZ-%s" % (UUID(), U(7)))
    C1("%s INFO [amazon-ssm-agent] [EC2RoleProvider] Successfully connected with instance profile role credentials (AccessKeyId %s, expiration 2029-01-%02dT%s Z)" % (SP(), TOKID(), DAY(), HMS()))
    C1("ConnectionStrings__Blob=DefaultEndpointsProtocol=https;AccountName=%s;EndpointSuffix=core.windows.net;Authentication=ManagedIdentity" % R.choice(["larkspurmedia", "hartfellarchive"]))
    C1("AzureAd__ClientSecret=@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/portal-client-secret/)" % L(6))
    C1(cbuild("dotnet nuget push artifacts/*.nupkg --api-key $NUGET_API_KEY --source https://api.nuget.org/v3/index.json"))
    C1("[Container] 2029/01/%02d %s cat NuGet.Config\r\n<packageSourceCredentials><internal><add key=\"Username\" value=\"build\" /><add key=\"Password\" value=\"%s\" /></internal></packageSourceCredentials>" % (DAY(), HMS(), "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + rs(string.ascii_letters + string.digits + "+/", 120)))
    C1("info : Pushing Mossgiel.Labels.Zpl.2.%d.0.nupkg to 'https://www.nuget.org/api/v2/package'...\r\ninfo :   Created https://www.nuget.org/api/v2/package/ %dms\r\ninfo : Your package was pushed.\r\ninfo : Package hash SHA512: %s" % (R.randint(0, 9), R.randint(300, 3000), B64(64)))
    C1("2029-01-%02d %s 10.20.1.1%d GET /api/v2/basket v=5 443 - 10.20.0.37 LarkspurApp/5.14.2+(iOS+18.2;+iPhone15,3) - 401 0 0 %d" % (DAY(), HMS(), R.randint(1, 4), R.randint(2, 30)))
    C1("{\"@t\":\"%s\",\"@mt\":\"Bearer token rejected for {Client}: {Reason}\",\"@l\":\"Warning\",\"Client\":\"larkspur-ios\",\"Reason\":\"IDX10223: Lifetime validation failed. The token is expired. ValidTo: '01/%02d/2029 09:00:00', kid '%s'\"}" % (TS(), DAY(), H(16)))
    C1("dbug: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1]\r\n      Request:\r\n      Protocol: HTTP/1.1\r\n      Method: GET\r\n      Path: /api/shipments/%s\r\n      Authorization: [Redacted]\r\n      Host: shipment-api.mossgiel.internal:8080" % U(10))
    C1(ssmout("<smtp deliveryMethod=\"Network\" from=\"bills@hartfellwater.example\"><network host=\"email-smtp.eu-west-2.amazonaws.com\" port=\"587\" enableSsl=\"true\" userName=\"%s\" password=\"%%SMTP_PASSWORD%%\" /></smtp>" % TOKID()))
    C1("<add name=\"BillingDb\" connectionString=\"Data Source=%s;Initial Catalog=Billing;User ID=billing_rw;Password=$(BillingDbPassword)\" providerName=\"System.Data.SqlClient\" xdt:Transform=\"SetAttributes\" xdt:Locator=\"Match(name)\" />" % R.choice(SQLH))
    C1(ssmout("<applicationPools><add name=\"CheckoutPool\"><processModel identityType=\"SpecificUser\" userName=\"LARKSPUR\\svc-checkout\" password=\"[enc:IISWASOnlyCngProvider:%s:enc]\" /></add></applicationPools>" % B64(96)))
    C1("Kestrel__Certificates__Default__Path=C:\\certs\\tracking.pfx\r\nKestrel__Certificates__Default__KeyPath=C:\\certs\\tracking.key\r\nKestrel__Certificates__Default__Thumbprint=%s" % THUMB())
    C1("MSSQL_SA_PASSWORD_FILE=C:\\ProgramData\\Docker\\secrets\\sa_password")
    C1("\"secrets\": [{\"name\": \"MSSQL_SA_PASSWORD\", \"valueFrom\": \"arn:aws:secretsmanager:eu-west-2:%s:secret:mossgiel/dev/sa-%s\"}]" % (ACCT, A(6)))
    C1("Ldap__BindPassword={{resolve:ssm-secure:/thornlea/hms/ldap-bind-password:%d}}" % R.randint(1, 9))
    C1("%s\t%s\tinfo\tSigning secret loaded from arn:aws:secretsmanager:eu-west-2:%s:secret:kbe/prod/webhook-signing-%s (version %s)" % (TS(), UUID(), ACCT, A(6), UUID()))
    C1("%s [HMS.Auth] INFO LdapDirectory - Binding as CN=svc-hms-ldap,OU=Service,DC=corp,DC=thornlea,DC=org using Kerberos (GSSAPI), encryption type aes256-cts-hmac-sha1-96" % SP())
    C1(cw("Application", "INFORMATION", 0, "Microsoft-Windows-CertificateServicesClient-CertEnroll", host(), "Certificate enrollment for Local system successfully load policy from policy server. Certificate thumbprint %s, serial number %s" % (THUMB(), H(32))))
    C1("%s INFO  DataProtection - Key ring protected with DPAPI-NG (SID=%s); key {%s} persisted to s3://mossgiel-dp-keys/tracking-web/key-%s.xml" % (SP(), SID(), UUID(), UUID()))
    C1(e4688("cmdkey.exe /list", "C:\\Windows\\System32\\cmdkey.exe"))
    C1("%s Info: Sysprep answer file excerpt: <AutoLogon><Password><Value></Value><PlainText>true</PlainText></Password><Enabled>false</Enabled></AutoLogon>" % SP())
    C1("2029-01-%02d %s.%02d Logon       Login failed for user 'rpt_pbi_gateway'. Reason: Password did not match that for the login provided. [CLIENT: 10.60.4.%d]" % (DAY(), HMS(), R.randint(0, 99), R.randint(10, 14)))
    C1("%s\t%s\tinfo\tx-amzn-RequestId: %s, ETag \"%s\", VersionId %s" % (TS(), UUID(), UUID(), H(32), A(32)))
