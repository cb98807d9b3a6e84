"""Families: iis10-w3c-httperr-arr-ec2, aspnetcore8-windows-containers-ecs."""
from common import (hexs, alnum, lower, upper, digits, uuid, guid, ip10, hms, day, pick, jd, build, iso, sp, port,
                    at, cwtext)

# ---------------------------------------------------------------- iis10-w3c-httperr-arr-ec2
# "larkspur travel": a booking site on IIS 10 (Windows Server 2022, web-01..04 behind an ALB), ARR proxying
# /search to a search tier; the CloudWatch agent tails u_ex*.log (W3C, default fields) and HTTPERR logs, and
# ships the System channel (WAS events) as text. One event per log line (header lines included, as the agent
# ships them).
F1 = "iis10-w3c-httperr-arr-ec2"
WEB = {"web-01": "10.20.1.11", "web-02": "10.20.1.12", "web-03": "10.20.1.13", "web-04": "10.20.1.14"}
ALB = ["10.20.0.%d" % i for i in (37, 86, 141, 203)]
UA = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Safari/537.36+Edg/131.0.0.0",
      "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+18_2+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/18.2+Mobile/15E148+Safari/604.1",
      "Mozilla/5.0+(Macintosh;+Intel+Mac+OS+X+10_15_7)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/18.1+Safari/605.1.15",
      "Mozilla/5.0+(Linux;+Android+14;+Pixel+8)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/131.0.0.0+Mobile+Safari/537.36",
      "LarkspurApp/5.14.%d+(iOS+18.2;+iPhone15,3)"]
REF = ["https://www.larkspurtravel.example/", "https://www.larkspurtravel.example/holidays/", "https://www.larkspurtravel.example/search", "-"]


def w3c(R, host=None, m="GET", stem="/", q="-", user="-", st=200, sub=0, w32=0, tt=None, ua=None, ref=None, sport=443):
    host = host or pick(R, list(WEB))
    d, h, _ = at(R)
    return "2029-01-%02d %s %s %s %s %s %d %s %s %s %s %d %d %d %d" % (
        d, h, WEB[host], m, stem, q, sport, user, pick(R, ALB), ua or ua_fix(R), ref or pick(R, REF), st, sub, w32, tt if tt is not None else R.randint(0, 400))


def ua_fix(R):
    u = pick(R, UA)
    return u % R.randint(0, 9) if "%d" in u else u


def httperr(R, host=None, ver="HTTP/1.1", m="GET", uri="/", st="-", siteid="-", reason="-", queue="-"):
    host = host or pick(R, list(WEB))
    d, h, _ = at(R)
    return "2029-01-%02d %s %s %d %s %d %s %s %s %s %s %s %s" % (d, h, pick(R, ALB), port(R), WEB[host], 443, ver, m, uri, st, siteid, reason, queue)


def httperr_conn(R, reason):
    d, h, _ = at(R)
    return "2029-01-%02d %s %s %d %s 443 - - - - - %s -" % (d, h, pick(R, ALB + [ip10(R, 20, 0)]), port(R), WEB[pick(R, list(WEB))], reason)


def c_checkout_rfp(R):
    # CheckoutPool w3wp keeps crashing (a native payment SDK DLL) -> Rapid-Fail Protection stops the pool
    r = R.random()
    host = pick(R, list(WEB))
    if r < 0.45:
        return httperr(R, host, "HTTP/1.1", pick(R, ["POST", "GET", "POST"]), pick(R, ["/checkout/payment", "/checkout/confirm", "/checkout/basket", "/checkout/payment?step=3ds"]), "503", "2", "AppOffline", "CheckoutPool")
    if r < 0.7:
        return httperr(R, host, "HTTP/1.1", pick(R, ["POST", "GET"]), pick(R, ["/checkout/payment", "/checkout/confirm", "/checkout/basket"]), "-", "2", "Connection_Abandoned_By_AppPool", "CheckoutPool")
    if r < 0.88:
        return cwtext("System", "ERROR", 5002, "Microsoft-Windows-WAS", "LTV-%s.larkspur.internal" % host.upper(), "Application pool 'CheckoutPool' is being automatically disabled due to a series of failures in the process(es) serving that application pool.")
    return cwtext("System", "WARNING", 5011, "Microsoft-Windows-WAS", "LTV-%s.larkspur.internal" % host.upper(), "A process serving application pool 'CheckoutPool' suffered a fatal communication error with the Windows Process Activation Service. The process id was '%d'. The data field contains the error number." % R.randint(1000, 30000))


def c_500_19(R):
    # web-03 got a web.config with a <rewrite> section but no URL Rewrite module installed -> 500.19 for the whole site
    return w3c(R, "web-03", pick(R, ["GET", "GET", "POST"]), pick(R, ["/", "/holidays/", "/api/v2/availability", "/api/v2/basket", "/destinations/%s" % pick(R, ["crete", "lanzarote", "algarve", "tenerife", "menorca"]), "/flights/"]), "-", "-", 500, 19, 13, R.randint(0, 15), ua=ua_fix(R))


def c_arr_502(R):
    # ARR to the search tier times out (search-02 hung on a full-GC loop): 502.3 with win32 12002
    return w3c(R, None, "GET", "/search/%s" % pick(R, ["results", "flights", "hotels", "packages"]), "dest=%s&from=%s&nights=%d&adults=%d" % (pick(R, ["PMI", "TFS", "FAO", "HER", "ACE", "DLM"]), pick(R, ["LGW", "MAN", "BHX", "BRS", "EDI"]), pick(R, [7, 10, 14]), R.randint(1, 4)), "-", 502, 3, 12002, R.randint(30001, 30190), ua=ua_fix(R))


def c_queuefull(R):
    # BookingPool's request queue (queueLength 1000) fills during the January sale peak
    r = R.random()
    if r < 0.7:
        return httperr(R, None, "HTTP/1.1", pick(R, ["GET", "POST"]), pick(R, ["/booking/passengers", "/booking/extras", "/booking/seats", "/booking/summary"]), "503", "2", "QueueFull", "BookingPool")
    return cwtext("System", "WARNING", 5117, "Microsoft-Windows-WAS", "LTV-%s.larkspur.internal" % pick(R, list(WEB)).upper(), "A worker process with process id of '%d' serving application pool 'BookingPool' has requested a recycle because it reached its private bytes memory limit." % R.randint(1000, 30000))


def c_reports_500(R):
    # /agents/reports/export.aspx: the commission report query times out (missing index after the partition switch)
    return w3c(R, None, pick(R, ["GET", "POST"]), "/agents/reports/export.aspx", "report=commission&month=2028-%02d&agency=%s" % (R.randint(1, 12), upper(R, 5)), "LARKSPUR\\%s" % pick(R, ["agt.hollins", "agt.mercer", "agt.quayle", "agt.dobson"]), 500, 0, 0, R.randint(30010, 30400), ua=ua_fix(R), ref="https://www.larkspurtravel.example/agents/reports/")


def iis_negs():
    def n_200(R): return w3c(R, None, "GET", pick(R, ["/", "/holidays/", "/flights/", "/destinations/%s" % pick(R, ["crete", "lanzarote", "algarve", "tenerife", "menorca", "cyprus"]), "/deals/january-sale", "/api/v2/availability"]), pick(R, ["-", "utm_source=newsletter&utm_medium=email", "page=%d" % R.randint(2, 9)]), "-", 200, 0, 0, R.randint(8, 900), ua=ua_fix(R))
    def n_static(R): return w3c(R, None, "GET", "/static/%s" % pick(R, ["js/app.%s.js" % hexs(R, 8), "css/site.%s.css" % hexs(R, 8), "img/hero-%d.webp" % R.randint(1, 40)]), "-", "-", pick(R, [200, 304, 304]), 0, 0, R.randint(0, 30), ua=ua_fix(R))
    def n_health(R): return w3c(R, None, "GET", "/healthz", "-", "-", 200, 0, 0, R.randint(0, 6), ua="ELB-HealthChecker/2.0", ref="-", sport=80)
    def n_404(R): return w3c(R, None, pick(R, ["GET", "POST"]), pick(R, ["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/xmlrpc.php", "/.git/config", "/cgi-bin/luci", "/favicon.ico", "/holidays/old-%s" % lower(R, 5)]), "-", "-", 404, 0, 2, R.randint(0, 40), ua=pick(R, ["Mozilla/5.0+zgrab/0.x", "python-requests/2.32.3", "curl/8.9.1", ua_fix(R)]), ref="-")
    def n_negotiate(R): return w3c(R, None, "GET", pick(R, ["/agents/", "/agents/reports/", "/agents/bookings"]), "-", "-", 401, 2, 5, R.randint(0, 20), ua=ua_fix(R))
    def n_agent_ok(R): return w3c(R, None, "GET", pick(R, ["/agents/", "/agents/reports/", "/agents/bookings", "/agents/reports/export.aspx"]), "-" if R.random() < 0.7 else "report=bookings&month=2028-%02d&agency=%s" % (R.randint(1, 12), upper(R, 5)), "LARKSPUR\\%s" % pick(R, ["agt.hollins", "agt.mercer", "agt.quayle", "agt.dobson", "agt.farrant"]), 200, 0, 0, R.randint(20, 4000), ua=ua_fix(R))
    def n_401_1(R): return w3c(R, None, "GET", "/agents/", "-", "-", 401, 1, 1326, R.randint(0, 20), ua=ua_fix(R))
    def n_aborted(R): return w3c(R, None, "GET", pick(R, ["/search/results", "/holidays/", "/static/img/hero-%d.webp" % R.randint(1, 40)]), "-", "-", 200, 0, pick(R, [64, 995, 1236]), R.randint(100, 9000), ua=ua_fix(R))
    def n_search_ok(R): return w3c(R, None, "GET", "/search/%s" % pick(R, ["results", "flights", "hotels", "packages"]), "dest=%s&from=%s&nights=%d&adults=%d" % (pick(R, ["PMI", "TFS", "FAO", "HER", "ACE", "DLM", "PFO"]), pick(R, ["LGW", "MAN", "BHX", "BRS", "EDI", "NCL"]), pick(R, [3, 7, 10, 14]), R.randint(1, 4)), "-", 200, 0, 0, R.randint(150, 2500), ua=ua_fix(R))
    def n_redirect(R): return w3c(R, None, "GET", pick(R, ["/holidays", "/Deals", "/booking", "/login"]), "-", "-", pick(R, [301, 302]), 0, 0, R.randint(0, 10), ua=ua_fix(R), sport=pick(R, [80, 443]))
    def n_checkout_ok(R): return w3c(R, None, "POST", pick(R, ["/checkout/basket", "/booking/passengers", "/booking/extras", "/booking/summary"]), "-", "-", pick(R, [200, 302]), 0, 0, R.randint(40, 1600), ua=ua_fix(R))
    def n_header(R):
        d, h, _ = at(R)
        return pick(R, ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: 2029-01-%02d %s" % (d, h), "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken", "#Date: 2029-01-%02d 00:00:%02d" % (d, R.randint(0, 59))])
    def n_httperr_idle(R): return httperr_conn(R, pick(R, ["Timer_ConnectionIdle", "Timer_ConnectionIdle", "Timer_MinBytesPerSecond", "Timer_HeaderWait", "Request_Cancelled"]))
    def n_httperr_bad(R): return httperr(R, None, pick(R, ["HTTP/1.1", "HTTP/1.0", "-"]), pick(R, ["GET", "-", "CONNECT"]), pick(R, ["/", "-", "/%s" % lower(R, 6)]), "400", "-", pick(R, ["BadRequest", "Hostname", "URL", "Verb"]), "-")
    def n_was_recycle(R): return cwtext("System", "INFORMATION", 5186, "Microsoft-Windows-WAS", "LTV-%s.larkspur.internal" % pick(R, list(WEB)).upper(), "A worker process with process id of '%d' serving application pool '%s' was shutdown due to inactivity. Application Pool timeout configuration was set to 20 minutes. A new worker process will be started when needed." % (R.randint(1000, 30000), pick(R, ["AgentsPool", "DefaultAppPool", "SearchProxyPool"])))
    def n_was_periodic(R): return cwtext("System", "INFORMATION", 5074, "Microsoft-Windows-WAS", "LTV-%s.larkspur.internal" % pick(R, list(WEB)).upper(), "A worker process with process id of '%d' serving application pool '%s' has requested a recycle because the worker process reached its allowed processing time limit." % (R.randint(1000, 30000), pick(R, ["BookingPool", "CheckoutPool", "AgentsPool", "DefaultAppPool"])))
    return [n_200, n_static, n_health, n_404, n_negotiate, n_agent_ok, n_401_1, n_aborted, n_search_ok, n_redirect, n_checkout_ok, n_header, n_httperr_idle, n_httperr_bad, n_was_recycle, n_was_periodic]


def fam_iis(R):
    return build(R, F1, [("checkoutpool-rapid-fail-protection-503", c_checkout_rfp), ("web-03-500-19-rewrite-section-unknown", c_500_19),
                         ("arr-search-502-3-backend-timeout", c_arr_502), ("bookingpool-queuefull-503-sale-peak", c_queuefull),
                         ("agents-commission-export-500-sql-timeout", c_reports_500)], iis_negs())


# ---------------------------------------------------------------- aspnetcore8-windows-containers-ecs
# "mossgiel logistics": ASP.NET Core 8 services in Windows Server Core 2022 containers on ECS (EC2 launch type),
# awslogs driver with awslogs-multiline-pattern so a console-formatter entry (header + indented lines) is one
# event: shipment-api (simple console formatter), tracking-web (JSON console formatter), label-printer-svc
# (Serilog CompactJsonFormatter).
F2 = "aspnetcore8-windows-containers-ecs"
RDS = "mossgiel-prod-sql.cx3invent9k2z.eu-west-2.rds.amazonaws.com,1433"


def simple(level, cat, eid, body):
    lines = body.split("\n")
    return "%s: %s[%d]\r\n      %s" % (level, cat, eid, "\r\n".join([lines[0]] + ["      " + l if not l.startswith("   at") and not l.startswith(" ---") else l for l in lines[1:]]))


def jsonfmt(R, level, cat, eid, msg, state=None, exc=None):
    d = {"EventId": eid, "LogLevel": level, "Category": cat, "Message": msg}
    if exc:
        d["Exception"] = exc
    d["State"] = state or {"Message": msg}
    return jd(d)


def serilog(R, level, mt, props, exc=None):
    d = {"@t": iso(R, frac=7)}
    d["@mt"] = mt
    if level != "Information":
        d["@l"] = level
    if exc:
        d["@x"] = exc
    ctx = props.pop("SourceContext", "Mossgiel.Labels.PrintWorker")
    d.update(props)
    d["SourceContext"] = ctx
    d["MachineName"] = pick(R, ["EC2AMAZ-7Q1LK2M", "EC2AMAZ-R4D0TQ9", "EC2AMAZ-H82NVB3"])
    d["Application"] = "label-printer-svc"
    return jd(d)


def d_sql_login(R):
    # shipment_app's password was rotated in Secrets Manager; shipment-api reads it once at start-up (old tasks fail)
    r = R.random()
    cid = "0HN%s" % upper(R, 10)
    if r < 0.45:
        return simple("fail", "Microsoft.EntityFrameworkCore.Database.Connection", 20004, "An error occurred using the connection to database 'Shipments' on server '%s'." % RDS)
    if r < 0.8:
        return simple("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request.\nMicrosoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'shipment_app'.\n   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\n   at Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, SqlCommand command, Boolean callerHasConnectionLock, Boolean asyncClose)\n   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.CompleteLogin(Boolean enlistOK)\n   at Microsoft.Data.SqlClient.SqlConnection.InternalOpenAsync(CancellationToken cancellationToken)\n   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)\n   at Mossgiel.Shipments.Api.Endpoints.%s.HandleAsync(%s request, ShipmentsDbContext db, CancellationToken ct) in C:\\src\\Shipments.Api\\Endpoints\\%s.cs:line %d\nClientConnectionId:%s\nError Number:18456,State:1,Class:14" % (
            pick(R, ["CreateShipment", "GetShipment", "ListConsignments"]), pick(R, ["CreateShipmentRequest", "GetShipmentRequest", "ListConsignmentsRequest"]), pick(R, ["CreateShipment", "GetShipment", "ListConsignments"]), R.randint(20, 90), uuid(R)))
    return simple("fail", "Microsoft.EntityFrameworkCore.Query", 10100, "An exception occurred while iterating over the results of a query for context type 'Mossgiel.Shipments.Data.ShipmentsDbContext'.\nMicrosoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'shipment_app'.\n   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\n   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()\nClientConnectionId:%s\nError Number:18456,State:1,Class:14" % uuid(R))


def d_nullref(R):
    # POST /api/customs/declarations with a consignment that has no commodity code -> NullReferenceException
    return simple("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request.\nSystem.NullReferenceException: Object reference not set to an instance of an object.\n   at Mossgiel.Shipments.Customs.DeclarationBuilder.AddLine(ConsignmentItem item) in C:\\src\\Shipments.Customs\\DeclarationBuilder.cs:line %d\n   at Mossgiel.Shipments.Customs.DeclarationBuilder.Build(Consignment consignment) in C:\\src\\Shipments.Customs\\DeclarationBuilder.cs:line 41\n   at Mossgiel.Shipments.Api.Endpoints.CreateCustomsDeclaration.HandleAsync(CreateCustomsDeclarationRequest request, CancellationToken ct) in C:\\src\\Shipments.Api\\Endpoints\\CreateCustomsDeclaration.cs:line 33\n   at Microsoft.AspNetCore.Http.RequestDelegateFactory.ExecuteTaskResult[T](Task`1 task, HttpContext httpContext)\n   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)%s" % (pick(R, [87, 87, 92]), "" if R.random() < 0.6 else "\n      TraceId: 00-%s-%s-01" % (hexs(R, 32), hexs(R, 16))))


def d_keyring(R):
    # tracking-web runs 3 tasks, each with an in-memory Data Protection key ring: cookies/antiforgery tokens from
    # another task cannot be decrypted -> users are logged out and form posts fail with 400
    k = uuid(R)
    r = R.random()
    if r < 0.4:
        return jsonfmt(R, "Information", "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery", 7, "Antiforgery token validation failed. The antiforgery token could not be decrypted.", exc="Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException: The antiforgery token could not be decrypted.\r\n ---> System.Security.Cryptography.CryptographicException: The key {%s} was not found in the key ring. For more information go to https://aka.ms/aspnet/dataprotectionwarning\r\n   at Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingBasedDataProtector.UnprotectCore(Byte[] protectedData, Boolean allowOperationsOnRevokedKeys, UnprotectStatus& status)\r\n   at Microsoft.AspNetCore.Antiforgery.DefaultAntiforgeryTokenSerializer.Deserialize(String serializedToken)\r\n   --- End of inner exception stack trace ---" % k, state={"Message": "Antiforgery token validation failed. The antiforgery token could not be decrypted.", "{OriginalFormat}": "Antiforgery token validation failed. {Message}"})
    if r < 0.75:
        return jsonfmt(R, "Warning", "Microsoft.AspNetCore.Session.SessionMiddleware", 7, "Error unprotecting the session cookie.", exc="System.Security.Cryptography.CryptographicException: The key {%s} was not found in the key ring. For more information go to https://aka.ms/aspnet/dataprotectionwarning\r\n   at Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingBasedDataProtector.UnprotectCore(Byte[] protectedData, Boolean allowOperationsOnRevokedKeys, UnprotectStatus& status)\r\n   at Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingBasedDataProtector.Unprotect(Byte[] protectedData)\r\n   at Microsoft.AspNetCore.Session.CookieProtection.Unprotect(IDataProtector protector, String protectedText, ILogger logger)" % k, state={"Message": "Error unprotecting the session cookie.", "{OriginalFormat}": "Error unprotecting the session cookie."})
    return jsonfmt(R, "Information", "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationHandler", 7, "Cookies was not authenticated. Failure message: Unprotect ticket failed", state={"AuthenticationScheme": "Cookies", "FailureMessage": "Unprotect ticket failed", "{OriginalFormat}": "{AuthenticationScheme} was not authenticated. Failure message: {FailureMessage}", "TraceId": hexs(R, 32)})


def d_printer(R):
    # the Glasgow depot's label printers moved to a new VLAN; the container's security group was not updated
    pr = pick(R, ["GLA-ZT411-01", "GLA-ZT411-02", "GLA-ZT411-03"])
    ip = {"GLA-ZT411-01": "10.64.12.21", "GLA-ZT411-02": "10.64.12.22", "GLA-ZT411-03": "10.64.12.23"}[pr]
    job = R.randint(400000, 499999)
    if R.random() < 0.65:
        return serilog(R, "Error", "Print job {JobId} to {Printer} failed after {Attempts} attempts", {"JobId": job, "Printer": pr, "Attempts": 3, "Depot": "GLA"}, exc="System.Net.Sockets.SocketException (10060): A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. [::ffff:%s]:9100\r\n   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)\r\n   at System.Net.Sockets.TcpClient.CompleteConnectAsync(ValueTask task)\r\n   at Mossgiel.Labels.ZplPrinterClient.SendAsync(String zpl, CancellationToken ct) in C:\\src\\Labels\\ZplPrinterClient.cs:line 58\r\n   at Mossgiel.Labels.PrintWorker.ExecuteJobAsync(PrintJob job, CancellationToken ct) in C:\\src\\Labels\\PrintWorker.cs:line 112" % ip)
    return serilog(R, "Error", "Printer {Printer} marked offline; {Queued} jobs held for depot {Depot}", {"Printer": pr, "Queued": R.randint(5, 400), "Depot": "GLA", "SourceContext": "Mossgiel.Labels.PrinterHealth"})


def d_s3(R):
    # new proof-of-delivery bucket; the task role of tracking-web was not granted s3:GetObject on it
    key = "pod/2029/01/%02d/%s.jpg" % (day(R), uuid(R))
    return jsonfmt(R, "Error", "Mossgiel.Tracking.Web.Services.ProofOfDeliveryStore", 0, "Failed to load proof-of-delivery image %s from bucket mossgiel-pod-prod-euw2" % key, exc="Amazon.S3.AmazonS3Exception: Access Denied\r\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\r\n   at Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)\r\n   --- End of inner exception stack trace ---\r\n   at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)\r\n   at Mossgiel.Tracking.Web.Services.ProofOfDeliveryStore.GetImageAsync(String key, CancellationToken ct) in C:\\src\\Tracking.Web\\Services\\ProofOfDeliveryStore.cs:line 47", state={"Key": key, "Bucket": "mossgiel-pod-prod-euw2", "{OriginalFormat}": "Failed to load proof-of-delivery image {Key} from bucket {Bucket}"})


def aspnet_negs():
    def n_req_start(R): return simple("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 1, "Request starting HTTP/1.1 %s http://shipment-api.mossgiel.internal:8080/api/%s - %s %s" % (pick(R, ["GET", "POST"]), pick(R, ["shipments/%s" % upper(R, 10), "consignments?page=%d" % R.randint(1, 9), "customs/declarations", "health"]), pick(R, ["-", "application/json"]), pick(R, ["-", str(R.randint(100, 4000))])))
    def n_req_end(R): return simple("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 %s http://shipment-api.mossgiel.internal:8080/api/%s - %d %s application/json; charset=utf-8 %.4fms" % (pick(R, ["GET", "POST"]), pick(R, ["shipments/%s" % upper(R, 10), "consignments?page=%d" % R.randint(1, 9), "customs/declarations"]), pick(R, [200, 200, 201, 204, 404, 400]), R.randint(2, 9000), R.uniform(1, 900)))
    def n_ef(R): return simple("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, "Executed DbCommand (%dms) [Parameters=[@__id_0='?' (Size = 20)], CommandType='Text', CommandTimeout='30']\nSELECT TOP(1) [s].[Id], [s].[Reference], [s].[Status], [s].[CreatedUtc]\nFROM [Shipments] AS [s]\nWHERE [s].[Reference] = @__id_0" % R.randint(1, 80))
    def n_lifetime(R): return simple("info", "Microsoft.Hosting.Lifetime", pick(R, [14, 0, 0]), pick(R, ["Now listening on: http://[::]:8080", "Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: C:\\app", "Application is shutting down..."])) + ("" if R.random() < 0.5 else "\r\n")
    def n_dp_warn(R): return simple("warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35, "No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid(R))
    def n_https_warn(R): return simple("warn", "Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware", 3, "Failed to determine the https port for redirect.") + pick(R, ["", "\r\n"])
    def n_validation(R): return simple("info", "Mossgiel.Shipments.Api.Endpoints.CreateShipment", 0, "Rejected shipment request %s: 400 validation failed (%s)" % (upper(R, 10), pick(R, ["postcode 'XX1 1XX' is not valid", "weightKg must be between 0.1 and 1000", "serviceCode is required", "0 parcels"])))
    def n_health(R): return jsonfmt(R, "Debug", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 101, "Health check processing with combined status Healthy completed after %.4fms" % R.uniform(0.5, 40), state={"HealthStatus": "Healthy", "ElapsedMilliseconds": round(R.uniform(0.5, 40), 4), "{OriginalFormat}": "Health check processing with combined status {HealthStatus} completed after {ElapsedMilliseconds}ms"})
    def n_track_info(R):
        c, n = upper(R, 12), R.randint(1, 14)
        return jsonfmt(R, "Information", "Mossgiel.Tracking.Web.Pages.TrackModel", 0, "Tracking page served for consignment %s (%d events, 0 failed lookups)" % (c, n), state={"Consignment": c, "Events": n, "{OriginalFormat}": "Tracking page served for consignment {Consignment} ({Events} events, 0 failed lookups)"})
    def n_polly(R): return jsonfmt(R, "Warning", "Polly", 0, "Execution attempt. Source: 'carrier-gateway/standard/Retry', Operation Key: '', Result: '%s', Handled: 'True', Attempt: '%d', Execution Time: %.4fms" % (pick(R, ["503", "408", "The operation was canceled."]), R.randint(0, 1), R.uniform(100, 5000)))
    def n_polly_ok(R): return jsonfmt(R, "Information", "Polly", 0, "Execution attempt. Source: 'carrier-gateway/standard/Retry', Operation Key: '', Result: '200', Handled: 'False', Attempt: '%d', Execution Time: %.4fms" % (R.randint(1, 2), R.uniform(80, 2000)))
    def n_http_client(R): return jsonfmt(R, "Information", "System.Net.Http.HttpClient.carrier-gateway.LogicalHandler", 101, "End processing HTTP request after %.4fms - 200" % R.uniform(20, 900))
    def n_print_ok(R): return serilog(R, "Information", "Label job {JobId} printed on {Printer} in {Elapsed} ms", {"JobId": R.randint(400000, 499999), "Printer": pick(R, ["MAN-ZT411-01", "MAN-ZT411-02", "BHX-ZT411-01", "BHX-ZT411-02", "LDS-ZT411-01"]), "Elapsed": R.randint(80, 2400), "Depot": pick(R, ["MAN", "BHX", "LDS"])})
    def n_print_busy(R): return serilog(R, "Warning", "Printer {Printer} busy (paper out), job {JobId} requeued; attempt {Attempt} of 3", {"Printer": pick(R, ["MAN-ZT411-01", "BHX-ZT411-02", "LDS-ZT411-01"]), "JobId": R.randint(400000, 499999), "Attempt": 1, "Depot": pick(R, ["MAN", "BHX", "LDS"])})
    def n_print_dbg(R): return serilog(R, "Debug", "Rendered ZPL for {JobId}: {Bytes} bytes, {Labels} labels, errors={Errors}", {"JobId": R.randint(400000, 499999), "Bytes": R.randint(900, 9000), "Labels": R.randint(1, 6), "Errors": 0})
    def n_queue(R): return serilog(R, "Information", "Poll of {Queue} returned {Count} messages", {"Queue": "label-jobs-prod", "Count": R.randint(0, 10), "SourceContext": "Mossgiel.Labels.SqsPoller"})
    def n_dbg_dump(R): return simple("dbug", "Mossgiel.Shipments.Api.Carriers.CarrierClient", 0, "Carrier response: {\"status\":\"ACCEPTED\",\"errors\":[],\"warnings\":[],\"trackingNumber\":\"%s\"}" % upper(R, 14))
    return [n_req_start, n_req_end, n_ef, n_lifetime, n_dp_warn, n_https_warn, n_validation, n_health, n_track_info, n_polly, n_polly_ok, n_http_client, n_print_ok, n_print_busy, n_print_dbg, n_queue, n_dbg_dump]


def fam_aspnet(R):
    return build(R, F2, [("shipment-api-sql-login-failed-rotated-password", d_sql_login), ("shipment-api-customs-declaration-nullref", d_nullref),
                         ("tracking-web-in-memory-data-protection-key-ring", d_keyring), ("label-printer-gla-depot-printers-unreachable", d_printer),
                         ("tracking-web-pod-bucket-s3-access-denied", d_s3)], aspnet_negs())


FAMILIES = {F1: fam_iis, F2: fam_aspnet}
