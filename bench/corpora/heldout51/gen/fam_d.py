"""Families: benefits-soap-cxf4-tomcat10-log4j2, payroll-db-aurora-pg16-postgresql-log.

"benefits-gateway" is a Java 17 Apache CXF 4 SOAP client service on Tomcat 10.1 (ECS) that remits 401(k) contributions
to the invented recordkeeper Larchmont Retirement Services, sends enrolments to the invented carrier Bluefen Health and
life-insurance elections to the invented Meridale Life. log4j2 pattern `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%t] %c{1.} -
%m%n`, stack traces and CXF LoggingFeature blocks (REQ_OUT / RESP_IN with indented fields) kept in the record's event;
Tomcat's own start-up lines go through the same layout.

"payroll-db" is the Aurora PostgreSQL 16 cluster behind payroll, timesheets and payslips; its postgresql log is
exported to CloudWatch Logs with `log_line_prefix = '%t:%r:%u@%d:[%p]:'`; every line (LOG/ERROR/FATAL and their
DETAIL/CONTEXT/STATEMENT lines) is its own event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    comma_ts, pg_ts)

# ---------------------------------------------------------------- benefits-soap-cxf4-tomcat10-log4j2
F1 = "benefits-soap-cxf4-tomcat10-log4j2"
LARCH = "https://ws.larchmontrs.example/contributions/v2"
BLUEF = "https://b2b.bluefen.example/enrollment/v2/EnrollmentService"
MERID = "https://soap.meridale.example/elections/LifeElectionService"


def l4(R, lvl, thread, logger, msg, exc=None):
    line = "%s %-5s [%s] %s - %s" % (comma_ts(R), lvl, thread, logger, msg)
    return line if exc is None else line + "\n" + exc


def thr(R):
    return pick(R, ["remit-worker-%d" % R.randint(1, 8), "enroll-worker-%d" % R.randint(1, 8), "http-nio-8080-exec-%d" % R.randint(1, 40)])


def emp(R):
    return "E-%06d" % R.randint(10000, 999999)


def batch(R):
    return "CB-2031-01-%02d-%04d" % (R.randint(2, 31), R.randint(1, 9999))


def fault_frames(R):
    return ("\tat org.apache.cxf.jaxws.JaxWsClientProxy.mapException(JaxWsClientProxy.java:195)\n"
            "\tat org.apache.cxf.jaxws.JaxWsClientProxy.invoke(JaxWsClientProxy.java:145)\n"
            "\tat jdk.proxy2/jdk.proxy2.$Proxy%d.%s(Unknown Source)\n" % (R.randint(80, 140), pick(R, ["submitContributions", "submitEnrollment"])))


def bn_wss(R):
    # Larchmont rotated the WS-Security UsernameToken password for the remittance account on 2031-01-06 and the new
    # one was never stored; every contribution batch is refused, so 401(k) deferrals are not remitted
    b = batch(R)
    if R.random() < 0.6:
        return l4(R, "ERROR", thr(R), "c.t.b.larchmont.ContributionRemitter", "Contribution batch %s (%d participants, $%s) rejected by Larchmont" % (b, R.randint(20, 6000), "{:,}.{:02d}".format(R.randint(5000, 900000), R.randint(0, 99))),
                  "jakarta.xml.ws.soap.SOAPFaultException: The security token could not be authenticated or authorized\n" + fault_frames(R) +
                  "\tat com.thornwick.benefits.larchmont.ContributionRemitter.remit(ContributionRemitter.java:%d)\n"
                  "Caused by: org.apache.cxf.binding.soap.SoapFault: The security token could not be authenticated or authorized\n"
                  "\tat org.apache.cxf.binding.soap.interceptor.Soap11FaultInInterceptor.unmarshalFault(Soap11FaultInInterceptor.java:87)\n"
                  "\t... 14 common frames omitted" % R.randint(90, 99))
    return l4(R, "WARN", "remit-scheduler-1", "c.t.b.larchmont.RemittanceMonitor", "%d contribution batches for pay dates up to 2031-01-%02d not remitted (oldest %s); DOL deposit deadline approaching" % (R.randint(2, 90), R.randint(2, 31), b))


def bn_unmarshal(R):
    # Bluefen moved the v2 endpoint to their v3 schema (coverageTier replaces coverageLevel) without a version bump;
    # CXF cannot unmarshal the responses, so enrolments are sent but never confirmed
    if R.random() < 0.7:
        return l4(R, "ERROR", thr(R), "c.t.b.bluefen.EnrollmentSender", "Enrollment %s for %s could not be confirmed" % ("EN-%s" % upper(R, 9), emp(R)),
                  "jakarta.xml.ws.soap.SOAPFaultException: Unmarshalling Error: unexpected element (uri:\"http://bluefen.example/enrollment/v3\", local:\"coverageTier\"). Expected elements are <{http://bluefen.example/enrollment/v2}coverageLevel>,<{http://bluefen.example/enrollment/v2}effectiveDate>,<{http://bluefen.example/enrollment/v2}memberId> \n" + fault_frames(R) +
                  "\tat com.thornwick.benefits.bluefen.EnrollmentSender.send(EnrollmentSender.java:%d)\n"
                  "Caused by: jakarta.xml.bind.UnmarshalException: unexpected element (uri:\"http://bluefen.example/enrollment/v3\", local:\"coverageTier\")\n"
                  "\t... 31 common frames omitted" % R.randint(60, 70))
    return l4(R, "WARN", thr(R), "o.a.c.p.PhaseInterceptorChain", "Interceptor for {http://bluefen.example/enrollment/v2}EnrollmentService#{http://bluefen.example/enrollment/v2}submitEnrollment has thrown exception, unwinding now")


def bn_timeout(R):
    # contribution batches were consolidated into one call per employer; large employers' calls exceed the 60 s CXF
    # ReceiveTimeout and Larchmont's processing never completes for them (separate from the credential group)
    b = batch(R)
    return l4(R, "ERROR", thr(R), "c.t.b.larchmont.ContributionRemitter", "Contribution batch %s (%d participants) failed after 60000 ms" % (b, R.randint(8000, 40000)),
              "jakarta.xml.ws.WebServiceException: Could not receive Message.\n" + fault_frames(R) +
              "Caused by: java.net.SocketTimeoutException: SocketTimeoutException invoking %s: Read timed out\n"
              "\tat org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.mapException(HTTPConduit.java:1445)\n"
              "\tat org.apache.cxf.transport.http.HTTPConduit$WrappedOutputStream.close(HTTPConduit.java:1430)\n"
              "Caused by: java.net.SocketTimeoutException: Read timed out\n"
              "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n"
              "\t... 19 common frames omitted" % LARCH)


def bn_pkix(R):
    # Meridale Life moved its endpoint behind a certificate from a new intermediate CA that is not in the service's
    # custom truststore; life-insurance elections are not delivered
    return l4(R, "ERROR", thr(R), "c.t.b.meridale.LifeElectionSender", "Life election %s for %s not delivered to Meridale" % ("LE-%s" % upper(R, 8), emp(R)),
              "jakarta.xml.ws.WebServiceException: Could not send Message.\n" + fault_frames(R) +
              "Caused by: javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n"
              "\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:130)\n"
              "\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:378)\n"
              "\t... 27 common frames omitted\n"
              "Caused by: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n"
              "\t... 33 common frames omitted")


def bn_cobra(R):
    # release 5.8 builds COBRA qualifying-event notices from lastDayWorked, which is null for terminations entered by
    # the bulk-termination import; those notices are not sent to the carrier
    return l4(R, "ERROR", thr(R), "c.t.b.cobra.QualifyingEventPublisher", "COBRA qualifying event for %s (termination %s) failed" % (emp(R), "TR-%s" % upper(R, 8)),
              "java.lang.NullPointerException: Cannot invoke \"java.time.LocalDate.plusDays(long)\" because the return value of \"com.thornwick.benefits.model.Termination.getLastDayWorked()\" is null\n"
              "\tat com.thornwick.benefits.cobra.CoverageEndCalculator.coverageEnd(CoverageEndCalculator.java:%d)\n"
              "\tat com.thornwick.benefits.cobra.QualifyingEventPublisher.publish(QualifyingEventPublisher.java:58)\n"
              "\tat com.thornwick.benefits.events.TerminationListener.onMessage(TerminationListener.java:41)" % R.randint(30, 36))


def bn_negs():
    def n_reqout(R):
        addr, op = pick(R, [(LARCH, "submitContributions"), (BLUEF, "submitEnrollment"), (MERID, "submitElection")])
        return l4(R, "INFO", thr(R), "o.a.c.e.LoggingOutInterceptor", "REQ_OUT\n    Address: %s\n    HttpMethod: POST\n    Content-Type: text/xml\n    ExchangeId: %s\n    ServiceName: %sService\n    PortName: %sPort\n    PortTypeName: %s\n    Headers: {SOAPAction=\"\", Accept=*/*}\n    Payload: (omitted, %d bytes)" % (
            addr, uuid(R), op[6:], op[6:], op[6:], R.randint(2000, 900000)))

    def n_respin(R):
        return l4(R, "INFO", thr(R), "o.a.c.e.LoggingInInterceptor", "RESP_IN\n    Address: %s\n    Content-Type: text/xml;charset=utf-8\n    ResponseCode: 200\n    ExchangeId: %s\n    Headers: {content-type=text/xml;charset=utf-8, Date=%s}\n    Payload: <soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ns2:%sResponse><status>ACCEPTED</status><reference>%s</reference><errors/></ns2:%sResponse></soap:Body></soap:Envelope>" % (
            pick(R, [LARCH, MERID]), uuid(R), "Tue, %02d Jan 2031 %02d:%02d:%02d GMT" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            *(lambda o: (o, upper(R, 12), o))(pick(R, ["submitContributions", "submitElection"]))))

    def n_remitted(R):
        return l4(R, "INFO", thr(R), "c.t.b.larchmont.ContributionRemitter", "Contribution batch %s remitted: %d participants, deferrals $%s, match $%s, Larchmont ref LRS-%s" % (
            batch(R), R.randint(20, 3000), "{:,}.{:02d}".format(R.randint(5000, 400000), R.randint(0, 99)), "{:,}.{:02d}".format(R.randint(1000, 90000), R.randint(0, 99)), digits(R, 10)))

    def n_enrolled(R):
        return l4(R, "INFO", thr(R), "c.t.b.bluefen.EnrollmentSender", "Enrollment %s for %s confirmed by Bluefen (member %s, plan %s)" % ("EN-%s" % upper(R, 9), emp(R), "BF%s" % digits(R, 9), pick(R, ["PPO-1500", "HDHP-3200", "HMO-500"])))

    def n_inelig(R):
        return l4(R, "WARN", thr(R), "c.t.b.larchmont.ContributionRemitter", "Participant %s excluded from batch %s: Larchmont fault Client.NotEligible (plan entry date 2031-04-01); deferral refunded in next payroll" % (emp(R), batch(R)))

    def n_dup(R):
        return l4(R, "INFO", thr(R), "c.t.b.larchmont.ContributionRemitter", "Batch %s already received by Larchmont (fault Client.DuplicateBatch, original ref LRS-%s); treated as remitted" % (batch(R), digits(R, 10)))

    def n_eoi(R):
        return l4(R, "INFO", thr(R), "c.t.b.meridale.LifeElectionSender", "Life election %s for %s accepted pending evidence of insurability (amount above guaranteed issue)" % ("LE-%s" % upper(R, 8), emp(R)))

    def n_retry(R):
        return l4(R, "WARN", thr(R), "c.t.b.soap.RetryingInvoker", "%s call attempt 1 failed (Connection reset), attempt 2 succeeded in %d ms" % (pick(R, ["Larchmont", "Bluefen", "Meridale"]), R.randint(200, 4000)))

    def n_tomcat(R):
        return l4(R, "INFO", "main", pick(R, ["o.a.c.s.Catalina", "o.a.c.h.Http11NioProtocol", "o.a.c.c.StandardService"]), pick(R, [
            "Server startup in [%d] milliseconds" % R.randint(4000, 12000), "Starting ProtocolHandler [\"http-nio-8080\"]",
            "Starting service [Catalina]", "Starting Servlet engine: [Apache Tomcat/10.1.%d]" % R.randint(30, 40)]))

    def n_tld(R):
        return l4(R, "INFO", "main", "o.a.j.s.TldScanner", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.")

    def n_securerandom(R):
        return l4(R, "WARN", "main", "o.a.c.u.SessionIdGeneratorBase", "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds." % R.randint(150, 900))

    def n_wsdl(R):
        return l4(R, "INFO", "main", "o.a.c.w.s.f.ReflectionServiceFactoryBean", "Creating Service {%s}%s from WSDL: classpath:wsdl/%s" % pick(R, [
            ("http://larchmontrs.example/contributions/v2", "ContributionsService", "larchmont-contributions-v2.wsdl"),
            ("http://bluefen.example/enrollment/v2", "EnrollmentService", "bluefen-enrollment-v2.wsdl"),
            ("http://meridale.example/elections", "LifeElectionService", "meridale-life-elections.wsdl")]))

    def n_summary(R):
        return l4(R, "INFO", "remit-scheduler-1", "c.t.b.larchmont.RemittanceMonitor", "Remittance cycle done: %d batches remitted, 0 failed, 0 pending" % R.randint(1, 80))

    def n_waiting(R):
        return l4(R, "INFO", thr(R), "c.t.b.bluefen.EnrollmentSender", "Enrollment %s for %s held: dependent verification documents outstanding (employee action required)" % ("EN-%s" % upper(R, 9), emp(R)))

    return [n_reqout, n_reqout, n_respin, n_respin, n_remitted, n_remitted, n_enrolled, n_enrolled, n_inelig, n_dup, n_eoi,
            n_retry, n_tomcat, n_tld, n_securerandom, n_wsdl, n_summary, n_waiting]


def benefits(R):
    return build(R, F1, [("larchmont-wss-password-rotated", bn_wss), ("bluefen-v3-schema-on-v2-endpoint", bn_unmarshal),
                         ("larchmont-consolidated-batch-timeout", bn_timeout), ("meridale-new-ca-not-trusted", bn_pkix),
                         ("cobra-last-day-worked-null", bn_cobra)], bn_negs())


# ---------------------------------------------------------------- payroll-db-aurora-pg16-postgresql-log
F2 = "payroll-db-aurora-pg16-postgresql-log"
USERS = [("payrun_app", "payroll"), ("timeclock_app", "timeclock"), ("payslip_reader", "payroll"), ("reporting", "payroll")]


def pg(R, sev, msg, user=None, db=None, pid=None):
    u, d = (user, db) if user else pick(R, USERS)
    return "%s:%s(%d):%s@%s:[%d]:%s:  %s" % (pg_ts(R), ip10(R, 40, R.randint(0, 15)), R.randint(30000, 65000), u, d, pid or R.randint(1000, 65000), sev, msg)


def pg_auto(R, sev, msg):
    """autovacuum/analyze workers have no client, user or database in the prefix"""
    return "%s::@:[%d]:%s:  %s" % (pg_ts(R), R.randint(1000, 65000), sev, msg)


def pg_deadlock(R):
    # the payrun YTD writer and the timesheet-approval trigger update employee_ytd and timesheet_totals in opposite
    # order (since release 7.2); concurrent runs deadlock and one side's work is rolled back
    r = R.random()
    p1, p2 = R.randint(1000, 65000), R.randint(1000, 65000)
    if r < 0.4:
        return pg(R, "ERROR", "deadlock detected", "payrun_app", "payroll", p1)
    if r < 0.75:
        return pg(R, "DETAIL", "Process %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n\tProcess %d: UPDATE employee_ytd SET gross_ytd = gross_ytd + $1, fit_ytd = fit_ytd + $2 WHERE employee_id = $3 AND tax_year = 2031\n\tProcess %d: UPDATE timesheet_totals SET approved_hours = $1 WHERE employee_id = $2 AND period_end = $3" % (
            p1, R.randint(10 ** 8, 10 ** 9), p2, p2, R.randint(10 ** 8, 10 ** 9), p1, p1, p2), "payrun_app", "payroll", p1)
    return pg(R, "CONTEXT", "while updating tuple (%d,%d) in relation \"employee_ytd\"" % (R.randint(1, 90000), R.randint(1, 60)), "payrun_app", "payroll", p1)


def pg_slots(R):
    # the payslip-reader service's pool (max 40 per task) was not cut when its tasks scaled to 30; Aurora's
    # max_connections is exhausted and new connections from every app are refused
    u, d = pick(R, USERS)
    if R.random() < 0.6:
        return pg(R, "FATAL", "remaining connection slots are reserved for roles with the SUPERUSER attribute", u, d)
    return pg(R, "FATAL", "sorry, too many clients already", u, d)


def pg_password(R):
    # Secrets Manager rotated payslip_reader's password but the payslip service caches the old one until restart;
    # its connections fail authentication
    return pg(R, "FATAL", "password authentication failed for user \"payslip_reader\"", "payslip_reader", "payroll")


def pg_stmt_timeout(R):
    # migration 2031_01_07 dropped index pay_items_employer_year_idx; the YTD report query now scans pay_items and is
    # cancelled by the 60 s statement_timeout (employer YTD reports fail)
    p = R.randint(1000, 65000)
    if R.random() < 0.55:
        return pg(R, "ERROR", "canceling statement due to statement timeout", "reporting", "payroll", p)
    return pg(R, "STATEMENT", "SELECT pi.employee_id, pi.code, sum(pi.amount) AS ytd FROM pay_items pi WHERE pi.employer_id = $1 AND pi.tax_year = $2 GROUP BY pi.employee_id, pi.code /* ytd-report %s */" % lower(R, 8), "reporting", "payroll", p)


def pg_tempfile(R):
    # the payroll-register export sorts whole-year pay_items for large employers; it exceeds temp_file_limit (4 GB)
    # and the export fails
    p = R.randint(1000, 65000)
    if R.random() < 0.55:
        return pg(R, "ERROR", "temporary file size exceeds temp_file_limit (4194304kB)", "payrun_app", "payroll", p)
    return pg(R, "STATEMENT", "COPY (SELECT * FROM register_export_v WHERE employer_id = '%s' AND pay_date BETWEEN '2030-01-01' AND '2031-01-%02d' ORDER BY employee_id, pay_date, code) TO STDOUT WITH (FORMAT csv, HEADER)" % ("ER-%05d" % R.randint(100, 48000), R.randint(2, 31)), "payrun_app", "payroll", p)


def pg_negs():
    def n_conn(R):
        ip, port = ip10(R, 40, R.randint(0, 15)), R.randint(30000, 65000)
        return "%s:%s(%d):[unknown]@[unknown]:[%d]:LOG:  connection received: host=%s port=%d" % (pg_ts(R), ip, port, R.randint(1000, 65000), ip, port)

    def n_auth(R):
        u, d = pick(R, USERS)
        return pg(R, "LOG", "connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (u, d, pick(R, ["PostgreSQL JDBC Driver", "laravel", "payslip-renderer", "psql"])), u, d)

    def n_disc(R):
        u, d = pick(R, USERS)
        return pg(R, "LOG", "disconnection: session time: %d:%02d:%02d.%03d user=%s database=%s host=%s port=%d" % (R.randint(0, 3), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), u, d, ip10(R, 40, R.randint(0, 15)), R.randint(30000, 65000)), u, d)

    def n_duration(R):
        return pg(R, "LOG", "duration: %.3f ms  execute <unnamed>: SELECT e.id, e.status, p.net_pay FROM employees e JOIN payslips p ON p.employee_id = e.id WHERE p.pay_run_id = $1 LIMIT 500" % R.uniform(1000, 4000), "payrun_app", "payroll")

    def n_vacuum(R):
        t = pick(R, ["time_punches", "pay_items", "payslips", "employee_ytd", "audit_events"])
        return pg_auto(R, "LOG", "automatic vacuum of table \"payroll.public.%s\": index scans: %d\n\tpages: 0 removed, %d remain, %d scanned (%.2f%% of total)\n\ttuples: %d removed, %d remain, 0 are dead but not yet removable" % (
            t, R.randint(0, 2), R.randint(1000, 900000), R.randint(100, 90000), R.uniform(1, 60), R.randint(0, 90000), R.randint(10000, 9000000)))

    def n_analyze(R):
        return pg_auto(R, "LOG", "automatic analyze of table \"payroll.public.%s\"\n\tavg read rate: %.3f MB/s, avg write rate: %.3f MB/s" % (pick(R, ["time_punches", "pay_items", "payslips"]), R.uniform(1, 90), R.uniform(0, 5)))

    def n_dupkey(R):
        p = R.randint(1000, 65000)
        if R.random() < 0.5:
            return pg(R, "ERROR", "duplicate key value violates unique constraint \"time_punches_idempotency_key_uq\"", "timeclock_app", "timeclock", p)
        return pg(R, "DETAIL", "Key (idempotency_key)=(%s) already exists." % uuid(R), "timeclock_app", "timeclock", p)

    def n_reset(R):
        return pg(R, "LOG", "could not receive data from client: Connection reset by peer")

    def n_cancel(R):
        return pg(R, "ERROR", "canceling statement due to user request", "reporting", "payroll")

    def n_notx(R):
        return pg(R, "WARNING", "there is no transaction in progress", "timeclock_app", "timeclock")

    def n_tempfile(R):
        return pg(R, "LOG", "temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.%d\", size %d" % (R.randint(1000, 65000), R.randint(0, 9), R.randint(10, 900) * 1048576), "payrun_app", "payroll")

    def n_skipvac(R):
        return pg_auto(R, "LOG", "skipping vacuum of \"%s\" --- lock not available" % pick(R, ["time_punches", "pay_items", "timesheet_totals"]))

    def n_idle(R):
        return pg(R, "FATAL", "terminating connection due to idle-session timeout", "reporting", "payroll")

    return [n_conn, n_conn, n_auth, n_auth, n_disc, n_disc, n_duration, n_vacuum, n_analyze, n_dupkey, n_reset, n_cancel, n_notx,
            n_tempfile, n_skipvac, n_idle]


def payrolldb(R):
    return build(R, F2, [("ytd-timesheet-lock-order-deadlock", pg_deadlock), ("payslip-reader-pool-exhausts-slots", pg_slots),
                         ("payslip-reader-stale-password", pg_password), ("ytd-report-index-dropped", pg_stmt_timeout),
                         ("register-export-temp-file-limit", pg_tempfile)], pg_negs())


FAMILIES = {F1: benefits, F2: payrolldb}
