"""journald-json and windows-iis."""
from common import *

BOOT = hx(32)
MACHINE = hx(32)


# ---------------------------------------------------------------- journald-json
def jrn(prio, ident, msg, unit=None, transport="journal", full=None, extra=None):
    d = dt()
    pid = ri(300, 90000)
    if full is None:
        full = R.random() < 0.5
    o = {}
    if full:
        o["__CURSOR"] = "s=%s;i=%x;b=%s;m=%x;t=%x;x=%s" % (hx(32), ri(10 ** 5, 10 ** 7), BOOT, ri(10 ** 8, 10 ** 11), epoch_us(d), hx(16))
    o["__REALTIME_TIMESTAMP"] = str(epoch_us(d))
    if full:
        o["__MONOTONIC_TIMESTAMP"] = str(ri(10 ** 8, 10 ** 12))
        o["_BOOT_ID"] = BOOT
        o["_MACHINE_ID"] = MACHINE
    o["_HOSTNAME"] = host()
    o["PRIORITY"] = str(prio)
    o["SYSLOG_FACILITY"] = "0" if transport == "kernel" else "3"
    o["_TRANSPORT"] = transport
    o["SYSLOG_IDENTIFIER"] = ident
    if transport != "kernel":
        o["_PID"] = "1" if ident == "systemd" else str(pid)
        o["_COMM"] = ident
    if unit:
        o["_SYSTEMD_UNIT"] = unit
    if extra:
        o.update(extra)
    o["MESSAGE"] = msg
    return js(o)


def j_errors():
    def failed_start():
        return jrn(3, "systemd", "Failed to start orders-worker.service - Orders background worker.", extra={"UNIT": "orders-worker.service", "MESSAGE_ID": "be02cf6855d2428ba40df7e9d022f03d", "CODE_FILE": "src/core/job.c", "CODE_LINE": str(ln(768)), "CODE_FUNC": "job_emit_done_message"})

    def start_limit():
        return jrn(3, "systemd", "reports-api.service: Start request repeated too quickly.", extra={"UNIT": "reports-api.service", "CODE_FILE": "src/core/unit.c", "CODE_LINE": str(ln(1802)), "CODE_FUNC": "unit_start_limit_test"})

    def oom():
        pid = ri(1000, 90000)
        return jrn(3, "kernel", "Out of memory: Killed process %d (%s) total-vm:%dkB, anon-rss:%dkB, file-rss:%dkB, shmem-rss:0kB, UID:%d pgtables:%dkB oom_score_adj:0" % (pid, pick(["java", "node", "python3"]), ri(10 ** 6, 9 * 10 ** 6), ri(10 ** 6, 4 * 10 ** 6), ri(100, 9000), pick([0, 1000, 998]), ri(2000, 9000)), transport="kernel")

    def coredump(proc, sig, frames):
        def f():
            pid = ri(1000, 90000)
            body = "Process %d (%s) of user %d dumped core.\n\nModule %s from rpm %s\nStack trace of thread %d:\n" % (pid, proc, pick([998, 1000]), frames[0], frames[1], pid)
            body += "\n".join("#%d  0x0000%s %s" % (i, hx(12), fn) for i, fn in enumerate(frames[2]))
            return jrn(2, "systemd-coredump", body, extra={"MESSAGE_ID": "fc2e22bc6ee647b6b90729ab34a250b1", "COREDUMP_SIGNAL_NAME": sig, "COREDUMP_SIGNAL": "11" if sig == "SIGSEGV" else "6", "COREDUMP_COMM": proc, "COREDUMP_PID": str(pid)})
        return f

    def audit():
        return jrn(3, "kernel", "audit: backlog limit exceeded", transport="kernel", extra={"_KERNEL_SUBSYSTEM": "audit"} if R.random() < 0.5 else {"_SOURCE_MONOTONIC_TIMESTAMP": str(ri(10 ** 8, 10 ** 11))})

    def lockup():
        return jrn(0, "kernel", "watchdog: BUG: soft lockup - CPU#%d stuck for %ds! [%s:%d]" % (ri(0, 15), ri(22, 60), pick(["kworker/%d:1" % ri(0, 15), "java", "fio"]), ri(100, 90000)), transport="kernel")

    def stdout_panic():
        return jrn(6, "inventory-sync", "panic: runtime error: invalid memory address or nil pointer dereference", unit="inventory-sync.service", transport="stdout", extra={"_STREAM_ID": hx(32)})

    def export(kind, func, line):
        def f():
            return jrn(3, "billing-export", "%s export failed for account %d: upstream returned HTTP %d" % (kind, ri(10000, 99999), pick([500, 502, 503])), unit="billing-export.service",
                       extra={"CODE_FILE": "/opt/billing/export.py", "CODE_LINE": str(ln(line)), "CODE_FUNC": func, "LOGGER": "billing.export", "THREAD_NAME": "MainThread"})
        return f

    def sshd():
        return jrn(3, "sshd", "error: kex_exchange_identification: Connection closed by remote host", unit="sshd.service", extra={"SYSLOG_FACILITY": "4"})

    def nfs():
        return jrn(3, "kernel", "nfs: server fs-%s.efs.%s.amazonaws.com not responding, timed out" % (hx(8), pick(["us-east-1", "eu-west-1"])), transport="kernel")

    def pool():
        return jrn(3, "reports-api", "database connection pool exhausted (size=%d, waiting=%d), rejecting request %s" % (pick([10, 20, 40]), ri(1, 300), uuid()), unit="reports-api.service")

    return [
        ("systemd-orders-worker-failed-to-start", ri(4, 6), failed_start),
        ("systemd-reports-api-start-limit", ri(4, 6), start_limit),
        ("kernel-oom-killed-process", ri(4, 6), oom),
        ("coredump-reportgen-sigsegv", ri(4, 5), coredump("reportgen", "SIGSEGV", ("/opt/reportgen/bin/reportgen", "reportgen-3.2.1-1.amzn2023.x86_64", ["_ZN6report5Table6ExpandEv (reportgen + 0x4f21c)", "_ZN6report8Renderer6RenderEv (reportgen + 0x51a80)", "main (reportgen + 0x1c3d)"]))),
        ("coredump-thumbnailer-sigabrt", ri(4, 5), coredump("thumbnailer", "SIGABRT", ("/usr/lib64/libc.so.6", "glibc-2.34-100.amzn2023.x86_64", ["__pthread_kill_implementation (libc.so.6 + 0x8e9fc)", "raise (libc.so.6 + 0x3ed26)", "abort (libc.so.6 + 0x287f3)", "vips_image_decode (libvips.so.42 + 0x1f0c1)"]))),
        ("kernel-audit-backlog-exceeded", ri(4, 6), audit),
        ("kernel-soft-lockup", ri(4, 6), lockup),
        ("inventory-sync-stdout-nil-panic", ri(4, 6), stdout_panic),
        ("billing-payment-export-failed", ri(4, 6), export("payment", "export_payments", 88)),
        ("billing-invoice-export-failed", ri(4, 6), export("invoice", "export_invoices", 131)),
        ("sshd-kex-exchange-closed", ri(4, 5), sshd),
        ("kernel-nfs-server-not-responding", ri(4, 5), nfs),
        ("reports-api-pool-exhausted", ri(4, 6), pool),
    ]


def j_ok():
    def bytes_msg():
        s = "thumbnailer: bad utf-8 in filename \xff%s.jpg" % lo(6)
        o = {"__REALTIME_TIMESTAMP": str(epoch_us()), "_HOSTNAME": host(), "PRIORITY": "6", "_TRANSPORT": "stdout", "SYSLOG_IDENTIFIER": "thumbnailer", "_SYSTEMD_UNIT": "thumbnailer.service",
             "MESSAGE": list(s.encode("latin-1"))}
        return js(o)

    return [
        lambda: jrn(6, "systemd", "Started orders-worker.service - Orders background worker.", extra={"UNIT": "orders-worker.service"}),
        lambda: jrn(5, "systemd", "orders-worker.service: Main process exited, code=exited, status=1/FAILURE", extra={"UNIT": "orders-worker.service", "EXIT_CODE": "exited", "EXIT_STATUS": "1"}),
        lambda: jrn(4, "systemd", "orders-worker.service: Failed with result 'exit-code'.", extra={"UNIT": "orders-worker.service"}),
        lambda: jrn(4, "systemd", "reports-api.service: Failed with result 'start-limit-hit'.", extra={"UNIT": "reports-api.service"}),
        lambda: jrn(6, "systemd", "orders-worker.service: Scheduled restart job, restart counter is at %d." % ri(1, 9), extra={"UNIT": "orders-worker.service"}),
        lambda: jrn(6, "systemd", "reports-api.service: Consumed %dmin %d.%03ds CPU time." % (ri(0, 59), ri(0, 59), ri(0, 999)), extra={"UNIT": "reports-api.service"}),
        lambda: jrn(6, "sshd", "Accepted publickey for ec2-user from %s port %d ssh2: ED25519 SHA256:%s" % (ip10(), port(), an(43)), unit="sshd.service"),
        lambda: jrn(6, "sshd", "Invalid user %s from %s port %d" % (pick(USERS + ["admin", "oracle"]), pubip(), port()), unit="sshd.service"),
        lambda: jrn(4, "chronyd", "Can't synchronise: no selectable sources (%d unreachable)" % ri(1, 4), unit="chronyd.service"),
        lambda: jrn(6, "dnf-automatic", "Upgrade completed: %d packages, 0 errors, 0 skipped" % ri(0, 40), unit="dnf-automatic.service"),
        lambda: jrn(6, "inventory-sync", "goroutine %d [running]:" % ri(1, 900), unit="inventory-sync.service", transport="stdout"),
        lambda: jrn(6, "kernel", "ena 0000:00:%02d.0 eth0: Found a Tx that wasn't completed on time, qid %d, index %d. %d usecs have passed since last napi execution." % (ri(3, 9), ri(0, 7), ri(0, 1023), ri(5000, 90000)), transport="kernel"),
        lambda: jrn(7, "billing-export", "export batch done accounts=%d failed=0" % ri(1, 900), unit="billing-export.service", extra={"CODE_FILE": "/opt/billing/export.py", "CODE_LINE": str(ln(99)), "CODE_FUNC": "export_payments"}),
        lambda: jrn(6, "systemd-coredump", "Process %d (reportgen) of user 998 terminated abnormally with signal 11/SEGV, processing..." % ri(1000, 90000)),
        bytes_msg,
        lambda: jrn(4, "reports-api", "slow query took %dms (threshold 500ms), error=none" % ri(501, 9000), unit="reports-api.service"),
    ]


# ---------------------------------------------------------------- windows-iis
def host_win():
    return "EC2AMAZ-" + an(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def wtext(log, level, eid, src, msg):
    return "[%s] [%s] [%d] [%s] [%s] [%s]" % (log, level, eid, src, host_win(), msg)


def wxml(provider, eid, level, channel, datas, task=0, keywords="0x80000000000000", qualifiers="0"):
    d = dt()
    data = "".join("<Data>%s</Data>" % x for x in datas)
    return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='%s'/><EventID Qualifiers='%s'>%d</EventID><Version>0</Version><Level>%d</Level><Task>%d</Task><Opcode>0</Opcode><Keywords>%s</Keywords>"
            "<TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Correlation/><Execution ProcessID='0' ThreadID='0'/><Channel>%s</Channel><Computer>%s</Computer><Security/></System><EventData>%s</EventData></Event>") % (
        provider, qualifiers, eid, level, task, keywords, iso(d, 7), ri(10000, 9999999), channel, host_win(), data)


def nlog(level, logger, msg):
    return "%s|%s|%s|%s" % (dot(frac=4), level, logger, msg)


def l4n(level, logger, msg):
    return "%s [%d] %-5s %s [(null)] - %s" % (comma(), ri(1, 90), level, logger, msg)


def w_errors():
    def scm7031():
        return wtext("System", "ERROR", 7031, "Service Control Manager", "The Orders Worker service terminated unexpectedly.  It has done this %d time(s).  The following corrective action will be taken in %d milliseconds: Restart the service." % (ri(1, 9), pick([60000, 120000])))

    def scm7034():
        return wtext("System", "ERROR", 7034, "Service Control Manager", "The Orders Worker service terminated unexpectedly.  It has done this %d time(s)." % ri(1, 12))

    def scm7000():
        return wtext("System", "ERROR", 7000, "Service Control Manager", "The Report Scheduler service failed to start due to the following error: \r\nThe system cannot find the file specified.")

    def app1000():
        return wxml("Application Error", 1000, 2, "Application", ["w3wp.exe", "10.0.20348.1", "%s" % hx(8), "clr.dll", "4.8.9%d.0" % ri(100, 290), hx(8), "c0000005", "0x%s" % hx(16), "%x" % ri(1000, 9000), "01da%s" % hx(12), "c:\\windows\\system32\\inetsrv\\w3wp.exe", "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\clr.dll", uuid(), "", ""], task=100)

    def net1026():
        return wxml(".NET Runtime", 1026, 2, "Application", ["Application: OrdersWorker.exe\nFramework Version: v4.0.30319\nDescription: The process was terminated due to an unhandled exception.\nException Info: System.IO.FileNotFoundException\n   at Shop.Worker.ConfigLoader.Load(System.String)\n   at Shop.Worker.Program.Main(System.String[])\n"])

    def was5002():
        return wtext("System", "ERROR", 5002, "Microsoft-Windows-WAS", "Application pool '%s' is being automatically disabled due to a series of failures in the process(es) serving that application pool." % pick(["ShopAppPool", "ApiPool", "DefaultAppPool"]))

    def ancm():
        return wtext("Application", "ERROR", 1007, "IIS AspNetCore Module V2", "Application '/LM/W3SVC/%d/ROOT' with physical root 'C:\\inetpub\\%s\\' failed to load coreclr. Exception message:\r\nCLR worker thread exited prematurely" % (ri(1, 4), pick(["shop", "api", "admin"])))

    def schannel():
        return wxml("Schannel", 36887, 2, "System", ["%d" % pick([40, 42, 46, 48])], qualifiers="49152")

    def ntfs():
        return wtext("System", "ERROR", 55, "Ntfs", "A corruption was discovered in the file system structure on volume %s.\r\n\r\nThe exact nature of the corruption is unknown.  The file system structures need to be scanned online." % pick(["D:", "E:", "\\\\?\\Volume{%s}" % uuid()]))

    def nlog_sql():
        return nlog("ERROR", "Shop.Web.Controllers.OrdersController", "Order lookup failed for order %d System.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding. ---> System.ComponentModel.Win32Exception (0x80004005): The wait operation timed out\r\n   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)\r\n   at Shop.Web.Data.OrderStore.Find(Int32 id) in C:\\build\\src\\Shop.Web\\Data\\OrderStore.cs:line %d" % (ri(1000, 999999), ln(57)))

    def nlog_fatal():
        return nlog("FATAL", "Shop.Worker.Program", "Host terminated unexpectedly System.InvalidOperationException: Unable to resolve service for type 'Shop.Worker.IQueueClient' while attempting to activate 'Shop.Worker.OrderPump'.\r\n   at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetService(IServiceProvider sp, Type type, Type requiredBy, Boolean isDefaultParameterRequired)\r\n   at Shop.Worker.Program.Main(String[] args) in C:\\build\\src\\Shop.Worker\\Program.cs:line %d" % ln(31))

    def l4n_gateway():
        return l4n("ERROR", "Shop.Payments.GatewayClient", "Gateway rejected capture for order %d: %s (ref %s)" % (ri(1000, 999999), "PROCESSOR_UNAVAILABLE", uuid()))

    return [
        ("scm-7031-orders-worker-terminated-restart", ri(4, 6), scm7031),
        ("scm-7034-orders-worker-terminated", ri(4, 6), scm7034),
        ("scm-7000-report-scheduler-failed-to-start", ri(4, 5), scm7000),
        ("application-error-1000-w3wp-clr", ri(4, 6), app1000),
        ("dotnet-runtime-1026-config-loader", ri(4, 5), net1026),
        ("was-5002-app-pool-disabled", ri(4, 6), was5002),
        ("ancm-failed-to-load-coreclr", ri(4, 6), ancm),
        ("schannel-36887-fatal-alert", ri(4, 6), schannel),
        ("ntfs-55-corruption", ri(4, 5), ntfs),
        ("nlog-orders-sql-timeout", ri(4, 6), nlog_sql),
        ("nlog-worker-host-terminated", ri(4, 5), nlog_fatal),
        ("log4net-gateway-capture-rejected", ri(4, 6), l4n_gateway),
    ]


def w_ok():
    def w3c():
        d = dt()
        st = pick([200, 200, 304, 404, 500, 503])
        return "%s %s GET /api/orders/%d - 443 %s %s Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - %d %d %d %d" % (d.strftime("%Y-%m-%d %H:%M:%S"), ip10(), ri(1000, 99999), pick(["-", "SHOP\\" + pick(USERS)]), ip10(), st, pick([0, 0, 13]), pick([0, 64, 1236]), ri(1, 30000))

    def httperr():
        d = dt()
        return "%s %s %d %s 443 HTTP/1.1 %s %s - %s %s %s" % (d.strftime("%Y-%m-%d %H:%M:%S"), pubip(), port(), ip10(), pick(["GET", "POST"]), "/api/orders/%d" % ri(1000, 99999), pick(["503 1 AppOffline ShopAppPool", "503 2 QueueFull ShopAppPool", "- - Timer_ConnectionIdle -"]), "-", "-")

    return [
        w3c,
        httperr,
        lambda: "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: %s\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken" % dt().strftime("%Y-%m-%d %H:%M:%S"),
        lambda: wtext("System", "INFORMATION", 7036, "Service Control Manager", "The Orders Worker service entered the %s state." % pick(["running", "stopped"])),
        lambda: wxml("ASP.NET 4.0.30319.0", 1309, 3, "Application", ["3005", "An unhandled exception has occurred.", dt().strftime("%m/%d/%Y %I:%M:%S %p"), hx(32), "/LM/W3SVC/1/ROOT", "/", "C:\\inetpub\\shop\\", host_win(), "", "%d" % ri(1000, 9000), "w3wp.exe", "IIS APPPOOL\\ShopAppPool", "NullReferenceException", "Object reference not set to an instance of an object.", "https://shop.example.com:443/cart/%d" % ri(1000, 99999)], qualifiers="32768"),
        lambda: wtext("System", "WARNING", 5011, "Microsoft-Windows-WAS", "A process serving application pool 'ShopAppPool' suffered a fatal communication error with the Windows Process Activation Service. The process id was '%d'. The data field contains the error number." % ri(1000, 9000)),
        lambda: wtext("Application", "INFORMATION", 1001, "Windows Error Reporting", "Fault bucket %d, type %d\r\nEvent Name: APPCRASH\r\nResponse: Not available\r\nCab Id: 0\r\n\r\nProblem signature:\r\nP1: w3wp.exe\r\nP2: 10.0.20348.1\r\nP4: clr.dll" % (ri(10 ** 9, 2 * 10 ** 9), ri(1, 5))),
        lambda: nlog("INFO", "Shop.Web.Startup", "Application started. Hosting environment: Production; Content root path: C:\\inetpub\\shop\\ (pid %d)" % ri(1000, 9000)),
        lambda: nlog("WARN", "Shop.Web.Data.OrderStore", "Retrying SQL command after transient error %d (attempt %d of 5)" % (pick([40613, 40501, 49918]), ri(1, 4))),
        lambda: l4n("WARN", "Shop.Payments.GatewayClient", "Gateway latency %dms above threshold, error rate 0.0%%" % ri(800, 5000)),
        lambda: l4n("INFO", "Shop.Payments.GatewayClient", "Capture ok for order %d, failures=0" % ri(1000, 999999)),
        lambda: wxml("Microsoft-Windows-WindowsUpdateClient", 19, 4, "System", ["Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.4%02d.%d.0)" % (ri(0, 99), ri(100, 999)), "{%s}" % uuid(), "%d" % ri(1, 300)]),
        lambda: nlog("DEBUG", "Shop.Web.Controllers.OrdersController", "GET /api/orders/%d -> 500 in %dms (error handled by middleware)" % (ri(1000, 99999), ri(3, 900))),
    ]


def families():
    return [("journald-json", j_errors(), j_ok()), ("windows-iis", w_errors(), w_ok())]
