"""Families: vetpms-tomcat9-log4j1-dbcp-ec2, apptbook-phoenix17-oban-bandit-ecs.

"vetpms" is quillbrook's practice-management system (Java 8 webapp, Struts 2 / Hibernate 4 / log4j 1.2) on Tomcat 9
on EC2, PostgreSQL on RDS through commons-dbcp, attachments in S3, invoices mailed through the SES SMTP interface.
catalina.out holds the webapp's log4j 1.x PatternLayout `%d{ISO8601} %-5p [%t] %c - %m%n` and Tomcat's own JULI
OneLineFormatter lines `14-May-2031 09:12:33.123 INFO [main] class.method msg`; the CloudWatch agent joins
continuation lines (stack traces) with `multi_line_start_pattern` `^(\\d{4}-\\d{2}-\\d{2} |\\d{2}-\\w{3}-\\d{4} |Exception in thread )` (the JVM's own
`Exception in thread` line on stderr starts an event).

"apptbook" is the appointment booking and reminder service (Elixir 1.16, Phoenix 1.7 on Bandit, Ecto/Postgrex,
Oban 2.17 workers, Swoosh with the Amazon SES adapter, Twilio SMS, Microsoft Graph calendar sync) on ECS Fargate.
Elixir's default console format `09:12:33.123 request_id=F.. [info] msg`; Oban's default logger writes JSON
messages; crash reports and `** (Exception)` blocks are one event (awslogs pattern `^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} `)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    comma_ts, catalina_ts, time_ms, iso_z, epoch)

# ---------------------------------------------------------------- vetpms-tomcat9-log4j1-dbcp-ec2
F1 = "vetpms-tomcat9-log4j1-dbcp-ec2"
PK = "com.quillbrook.pms"
CLINICS = ["Harbourview", "Westmount", "Lakeshore", "Kanata", "Gatineau", "Orleans", "Barrhaven", "Stittsville"]
PETS = ["Biscuit", "Maple", "Juniper", "Otis", "Pepper", "Nala", "Moose", "Clover", "Tofu", "Rocket", "Hazel", "Bruno"]


def l4(R, lvl, cls, msg, thread=None):
    t = thread or pick(R, ["http-nio-8080-exec-%d" % R.randint(1, 40), "http-nio-8080-exec-%d" % R.randint(1, 40), "pool-3-thread-%d" % R.randint(1, 6), "QuartzScheduler_Worker-%d" % R.randint(1, 5)])
    return "%s %-5s [%s] %s - %s" % (comma_ts(R), lvl, t, cls, msg)


def jl(R, lvl, cls, msg, thread="main"):
    return "%s %s [%s] %s %s" % (catalina_ts(R), lvl, thread, cls, msg)


def st(lines):
    return "\n".join(("\tat " + s) if not s.startswith(("Caused by", "\t...")) else s for s in lines)


def pid(R):
    return "P%07d" % R.randint(100000, 9999999)


def vid(R):
    return "V%08d" % R.randint(10000000, 99999999)


def pms_dbcp(R):
    # the AMI rebuild in May shipped Tomcat's context.xml with maxActive="8" (DBCP default) instead of 80; at clinic
    # opening hours every request waits for a connection and fails, so check-ins and invoices are not saved
    r = R.random()
    if r < 0.55:
        return l4(R, "ERROR", PK + ".web.interceptor.ExceptionInterceptor", "request %s %s failed: org.hibernate.exception.GenericJDBCException: Could not open connection\n" % (
            pick(R, ["POST", "GET"]), pick(R, ["/pms/visit/checkin.action", "/pms/invoice/save.action", "/pms/patient/view.action?id=" + pid(R), "/pms/schedule/day.action"])) + st([
            "org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:54)",
            "org.hibernate.engine.jdbc.internal.LogicalConnectionImpl.obtainConnection(LogicalConnectionImpl.java:221)",
            "Caused by: org.apache.commons.dbcp.SQLNestedException: Cannot get a connection, pool error Timeout waiting for idle object",
            "org.apache.commons.dbcp.PoolingDataSource.getConnection(PoolingDataSource.java:114)",
            "\t... %d more" % R.randint(40, 90)]))
    if r < 0.8:
        return l4(R, "ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "Cannot get a connection, pool error Timeout waiting for idle object")
    return l4(R, "WARN", PK + ".db.PoolMonitor", "jdbc/pmsDS active=8 idle=0 maxActive=8 waiters=%d longest wait %d ms" % (R.randint(12, 90), R.randint(9000, 30000)), "pool-monitor")


def pms_smtp(R):
    # the SES SMTP credentials (IAM user pms-smtp) were rotated by the security team; the webapp still has the old
    # SMTP password, so invoice and estimate e-mails to owners are not sent
    if R.random() < 0.6:
        return l4(R, "ERROR", PK + ".mail.InvoiceMailer", "could not send invoice INV-%d to owner account %d: javax.mail.AuthenticationFailedException: 535 Authentication Credentials Invalid\n" % (R.randint(300000, 999999), R.randint(10000, 99999)) + st([
            "com.sun.mail.smtp.SMTPTransport$Authenticator.authenticate(SMTPTransport.java:947)",
            "com.sun.mail.smtp.SMTPTransport.authenticate(SMTPTransport.java:858)",
            "javax.mail.Service.connect(Service.java:388)",
            PK + ".mail.InvoiceMailer.send(InvoiceMailer.java:%d)" % R.randint(80, 140)]), "pool-3-thread-%d" % R.randint(1, 6))
    return l4(R, "ERROR", PK + ".mail.MailQueueJob", "mail queue run: %d sent, %d failed (535 Authentication Credentials Invalid from email-smtp.%s.amazonaws.com)" % (0, R.randint(3, 60), REGION), "QuartzScheduler_Worker-%d" % R.randint(1, 5))


def pms_oom(R):
    # the end-of-day census report was changed to load every visit of the clinic group into memory; with -Xmx2g the
    # nightly run exhausts the heap, the report is never produced and Tomcat threads die with it
    r = R.random()
    if r < 0.45:
        return l4(R, "ERROR", PK + ".reports.EodCensusJob", "end-of-day census for %s aborted\njava.lang.OutOfMemoryError: Java heap space\n" % pick(R, CLINICS) + st([
            "java.util.Arrays.copyOf(Arrays.java:3332)",
            "java.util.ArrayList.grow(ArrayList.java:275)",
            "org.hibernate.loader.Loader.doQuery(Loader.java:%d)" % R.randint(900, 960),
            PK + ".reports.EodCensusJob.loadVisits(EodCensusJob.java:%d)" % R.randint(60, 120)]), "QuartzScheduler_Worker-%d" % R.randint(1, 5))
    if r < 0.75:
        return "Exception in thread \"http-nio-8080-exec-%d\" java.lang.OutOfMemoryError: Java heap space" % R.randint(1, 40)
    return l4(R, "ERROR", "org.quartz.core.JobRunShell", "Job REPORTS.eodCensus-%s threw an unhandled Exception: java.lang.OutOfMemoryError: Java heap space" % lower(R, 4), "QuartzScheduler_Worker-%d" % R.randint(1, 5))


def pms_s3(R):
    # the instance role was replaced by pms-ec2-role-2031 and the attachments bucket policy still names the old role;
    # radiograph PDFs, consent forms and referral letters are not filed to the patient record
    rid = upper(R, 16)
    return l4(R, "ERROR", PK + ".attach.S3AttachmentStore", "upload of %s/%s/%s failed: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: %s; S3 Extended Request ID: %s=)" % (
        pid(R), vid(R), pick(R, ["consent-%d.pdf" % R.randint(1, 9), "referral-letter.pdf", "lab-summary.pdf", "photo-%d.jpg" % R.randint(1, 30)]), rid, alnum(R, 55)))


def pms_migration(R):
    # release 7.12 maps Vaccination.lotExpiry but the Liquibase changeset was not run on production; every
    # patient chart with vaccinations (and the vaccine reminder list) fails with a SQL grammar error
    if R.random() < 0.55:
        return l4(R, "ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "ERROR: column vaccinatio0_.lot_expiry does not exist\n  Position: %d" % R.randint(180, 420))
    return l4(R, "ERROR", PK + ".web.interceptor.ExceptionInterceptor", "request GET /pms/patient/%s.action?id=%s failed: org.hibernate.exception.SQLGrammarException: could not extract ResultSet\n" % (pick(R, ["chart", "vaccines", "reminders"]), pid(R)) + st([
        "org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:123)",
        "org.hibernate.loader.Loader.getResultSet(Loader.java:%d)" % R.randint(2000, 2100),
        "Caused by: org.postgresql.util.PSQLException: ERROR: column vaccinatio0_.lot_expiry does not exist",
        "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2433)",
        "\t... %d more" % R.randint(50, 90)]))


def pms_negs():
    def n_req(R):
        return l4(R, "INFO", PK + ".web.RequestLogFilter", "%s %s -> %d in %d ms user=%s clinic=%s" % (
            pick(R, ["GET", "GET", "POST"]), pick(R, ["/pms/schedule/day.action", "/pms/patient/view.action?id=" + pid(R), "/pms/visit/checkin.action", "/pms/invoice/view.action?id=INV-%d" % R.randint(300000, 999999), "/pms/inventory/list.action", "/pms/static/app.js"]),
            pick(R, [200, 200, 200, 302, 304]), R.randint(3, 900), pick(R, ["reception%d" % R.randint(1, 9), "dr.%s" % pick(R, ["okafor", "tremblay", "singh", "leblanc", "chen"]), "tech%d" % R.randint(1, 9)]), pick(R, CLINICS)))

    def n_biz(R):
        return pick(R, [
            l4(R, "INFO", PK + ".visit.VisitService", "visit %s checked in: patient %s (%s), clinic %s, room %d" % (vid(R), pid(R), pick(R, PETS), pick(R, CLINICS), R.randint(1, 8))),
            l4(R, "INFO", PK + ".invoice.InvoiceService", "invoice INV-%d posted total=%d.%02d CAD lines=%d" % (R.randint(300000, 999999), R.randint(40, 2400), R.randint(0, 99), R.randint(1, 14))),
            l4(R, "INFO", PK + ".mail.MailQueueJob", "mail queue run: %d sent, 0 failed" % R.randint(1, 80), "QuartzScheduler_Worker-%d" % R.randint(1, 5)),
            l4(R, "INFO", PK + ".attach.S3AttachmentStore", "stored %s/%s/%s (%d bytes)" % (pid(R), vid(R), pick(R, ["consent-1.pdf", "xray-report.pdf", "photo-%d.jpg" % R.randint(1, 30)]), R.randint(20000, 4000000))),
            l4(R, "INFO", PK + ".reports.EodCensusJob", "end-of-day census for %s written: %d visits, %d boarders, errors=0" % (pick(R, CLINICS), R.randint(20, 140), R.randint(0, 30)), "QuartzScheduler_Worker-%d" % R.randint(1, 5)),
            l4(R, "DEBUG", PK + ".schedule.DayView", "rendered day view %s 2031-05-%02d slots=%d booked=%d" % (pick(R, CLINICS), R.randint(2, 28), R.randint(40, 90), R.randint(10, 80)))])

    def n_near(R):
        return pick(R, [
            l4(R, "WARN", PK + ".security.LoginAction", "login failed for user '%s' from %s: bad credentials (attempt %d of 5)" % (pick(R, ["reception%d" % R.randint(1, 9), "locum%d" % R.randint(1, 4)]), ip10(R, 20), R.randint(1, 3))),
            l4(R, "ERROR", PK + ".web.VisitAction", "validation failed for visit %s: weight must be greater than 0 (entered '%s')" % (vid(R), pick(R, ["0", "-1", "0.0", "abc"]))),
            l4(R, "INFO", PK + ".payment.TerminalClient", "terminal %s: card declined by issuer (response 05 do not honour) for invoice INV-%d, owner asked for another card" % (upper(R, 6), R.randint(300000, 999999))),
            l4(R, "WARN", PK + ".web.SessionListener", "session %s expired for user %s after 30 min idle" % (upper(R, 32), "reception%d" % R.randint(1, 9))),
            l4(R, "INFO", PK + ".schedule.BookingService", "slot %s %02d:%02d already booked, front desk offered next free slot" % (pick(R, CLINICS), R.randint(8, 18), pick(R, [0, 15, 30, 45]))),
            l4(R, "WARN", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "SQL Warning Code: 0, SQLState: 00000"),
            l4(R, "INFO", PK + ".attach.S3AttachmentStore", "attachment %s/%s/%s already stored (same md5 %s), skipped" % (pid(R), vid(R), "consent-1.pdf", hexs(R, 32))),
            l4(R, "WARN", PK + ".web.RequestLogFilter", "client aborted download /pms/attach/%s.pdf: org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe" % hexs(R, 12))])

    def n_tomcat(R):
        return pick(R, [
            jl(R, "INFO", "org.apache.catalina.startup.Catalina.start", "Server startup in [%d] milliseconds" % R.randint(9000, 40000)),
            jl(R, "INFO", "org.apache.coyote.AbstractProtocol.start", "Starting ProtocolHandler [\"http-nio-8080\"]"),
            jl(R, "INFO", "org.apache.catalina.startup.HostConfig.deployWAR", "Deployment of web application archive [/opt/tomcat/webapps/pms.war] has finished in [%d] ms" % R.randint(8000, 30000)),
            jl(R, "INFO", "org.apache.jasper.servlet.TldScanner.scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time."),
            jl(R, "WARNING", "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom", "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds." % R.randint(120, 900), "localhost-startStop-1"),
            jl(R, "WARNING", "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads", "The web application [pms] appears to have started a thread named [Abandoned connection cleanup thread] but has failed to stop it. This is very likely to create a memory leak.", "main"),
            jl(R, "INFO", "org.apache.catalina.core.StandardService.stopInternal", "Stopping service [Catalina]"),
            l4(R, "INFO", "org.hibernate.Version", "HHH000412: Hibernate Core {4.3.11.Final}", "localhost-startStop-1"),
            l4(R, "INFO", PK + ".db.PoolMonitor", "jdbc/pmsDS active=%d idle=%d maxActive=80 waiters=0" % (R.randint(2, 40), R.randint(0, 20)), "pool-monitor")])
    return [n_req, n_req, n_biz, n_near, n_tomcat]


# ---------------------------------------------------------------- apptbook-phoenix17-oban-bandit-ecs
F2 = "apptbook-phoenix17-oban-bandit-ecs"


def rq(R):
    return "F" + alnum(R, 19)


def ex(R, lvl, msg, req=True):
    return "%s %s[%s] %s" % (time_ms(R), ("request_id=%s " % rq(R)) if req else "", lvl, msg)


def ob(R, event, worker, state, **extra):
    d = {"event": event, "source": "oban", "args": extra.pop("args", {}), "attempt": extra.pop("attempt", 1), "id": R.randint(1000000, 9999999),
         "max_attempts": extra.pop("max_attempts", 5), "meta": {}, "queue": extra.pop("queue", "default"), "tags": [], "worker": worker,
         "state": state, "duration": R.randint(800, 900000), "queue_time": R.randint(200, 90000)}
    d.update(extra)
    return "%s [%s] %s" % (time_ms(R), "error" if state in ("failure", "discard") else "info", jd(d))


def appt(R):
    return R.randint(4000000, 4999999)


def ab_twilio(R):
    # the Twilio auth token was rotated in the console after a staff departure; TWILIO_AUTH_TOKEN in Secrets Manager
    # still holds the old one, so no SMS appointment reminder is sent
    r = R.random()
    if r < 0.5:
        return ob(R, "job:exception", "Apptbook.Workers.SmsReminder", "failure", queue="reminders", attempt=R.randint(1, 5),
                  args={"appointment_id": appt(R), "kind": pick(R, ["24h", "2h"])}, error="** (Apptbook.Sms.Error) twilio responded 401: code=20003 Authenticate")
    if r < 0.8:
        return ex(R, "error", "Twilio send failed for appointment %d: status=401 code=20003 message=\"Authenticate\" (more_info https://www.twilio.com/docs/errors/20003)" % appt(R), False)
    return ex(R, "warning", "reminder batch %s: 0 sent, %d failed, %d skipped (opt-out)" % (pick(R, ["24h", "2h"]), R.randint(8, 120), R.randint(0, 9)), False)


def ab_grant(R):
    # migration 20310512_create_waitlist_entries ran as the admin role; the app role apptbook_rw was never granted on
    # the new table, so every "join waitlist" and every cancellation that promotes a waitlisted owner fails
    if R.random() < 0.6:
        return ex(R, "error", "** (Postgrex.Error) ERROR 42501 (insufficient_privilege) permission denied for table waitlist_entries\n    (ecto_sql 3.11.1) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1\n    (apptbook 1.9.%d) lib/apptbook/waitlist.ex:%d: Apptbook.Waitlist.%s/2\n    (apptbook 1.9.%d) lib/apptbook_web/controllers/waitlist_controller.ex:%d: ApptbookWeb.WaitlistController.create/2" % (
            R.randint(0, 3), R.randint(20, 90), pick(R, ["join", "promote_next"]), R.randint(0, 3), R.randint(10, 40)))
    return ob(R, "job:exception", "Apptbook.Workers.PromoteWaitlist", "failure", queue="booking", attempt=R.randint(1, 5),
              args={"clinic_id": R.randint(1, 8), "slot_id": R.randint(900000, 999999)}, error="** (Postgrex.Error) ERROR 42501 (insufficient_privilege) permission denied for table waitlist_entries")


def ab_ses(R):
    # the service moved to ca-central-1 and SES production access was never requested there; the sandbox refuses
    # every owner address, so booking confirmations and cancellation e-mails are not sent
    addr = "%s.%s@%s" % (pick(R, ["j", "m", "a", "r", "s", "k"]), pick(R, ["nguyen", "roy", "gagnon", "smith", "patel", "martin", "lee"]), pick(R, ["mail.example", "inbox.example", "post.example"]))
    if R.random() < 0.6:
        return ex(R, "error", "Swoosh delivery failed for booking confirmation %d: {:error, %%{code: \"MessageRejected\", message: \"Email address is not verified. The following identities failed the check in region CA-CENTRAL-1: %s\"}}" % (appt(R), addr), False)
    return ob(R, "job:exception", "Apptbook.Workers.BookingEmail", "failure", queue="mailers", attempt=R.randint(1, 5),
              args={"appointment_id": appt(R), "template": pick(R, ["confirmation", "cancellation", "rescheduled"])}, error="** (Apptbook.Mailer.DeliveryError) MessageRejected: Email address is not verified.")


def ab_crash(R):
    # clinic 9 (Aylmer, opened in May) was created without a time zone; SlotCache's to_local/2 has no clause for nil,
    # the GenServer crashes and every availability request during its restart storm returns 500
    if R.random() < 0.5:
        return ex(R, "error", "GenServer Apptbook.Slots.SlotCache terminating\n** (FunctionClauseError) no function clause matching in Apptbook.Slots.to_local/2\n    (apptbook 1.9.%d) lib/apptbook/slots.ex:%d: Apptbook.Slots.to_local(~U[2031-05-%02d %02d:%02d:00Z], nil)\n    (apptbook 1.9.%d) lib/apptbook/slots/slot_cache.ex:%d: Apptbook.Slots.SlotCache.handle_call/3\n    (stdlib 5.2) gen_server.erl:1131: :gen_server.try_handle_call/4\nLast message (from #PID<0.%d.0>): {:slots, 9, ~D[2031-05-%02d]}" % (
            R.randint(0, 3), R.randint(100, 180), R.randint(2, 28), R.randint(8, 19), pick(R, [0, 15, 30, 45]), R.randint(0, 3), R.randint(30, 90), R.randint(4000, 9000), R.randint(2, 28)), False)
    if R.random() < 0.6:
        reason, cl = "** (EXIT) an exception was raised:\n        ** (FunctionClauseError) no function clause matching in Apptbook.Slots.to_local/2", 9
    else:
        reason, cl = "** (EXIT) no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started", pick(R, [1, 2, 3, 4, 5, 6, 7, 8])
    return ex(R, "error", "** (exit) exited in: GenServer.call(Apptbook.Slots.SlotCache, {:slots, %d, ~D[2031-05-%02d]}, 5000)\n    %s\n    (elixir 1.16.2) lib/gen_server.ex:1114: GenServer.call/3\n    (apptbook 1.9.%d) lib/apptbook_web/controllers/slot_controller.ex:%d: ApptbookWeb.SlotController.index/2" % (
        cl, R.randint(2, 28), reason, R.randint(0, 3), R.randint(10, 40)))


def ab_graph(R):
    # the tenant admin removed the app's admin consent for Calendars.ReadWrite during an Entra clean-up; vets'
    # Outlook calendars no longer receive booked appointments
    if R.random() < 0.6:
        return ob(R, "job:exception", "Apptbook.Workers.CalendarSync", "failure", queue="calendar", attempt=R.randint(1, 5),
                  args={"vet_id": R.randint(100, 400), "appointment_id": appt(R)}, error="** (Apptbook.Graph.Error) POST /users/{id}/events -> 403 ErrorAccessDenied: Access is denied. Check credentials and try again.")
    return ex(R, "error", "calendar sync for vet %d stopped after %d consecutive 403 responses from graph.microsoft.com (ErrorAccessDenied)" % (R.randint(100, 400), R.randint(5, 40)), False)


def ab_negs():
    def n_req(R):
        path = pick(R, ["/api/v1/clinics/%d/slots?date=2031-05-%02d" % (R.randint(1, 8), R.randint(2, 28)), "/api/v1/appointments", "/api/v1/appointments/%d" % appt(R), "/book/%s" % pick(R, ["harbourview", "westmount", "lakeshore"]), "/health", "/api/v1/pets/%d/appointments" % R.randint(100000, 999999)])
        m = "POST" if path == "/api/v1/appointments" else "GET"
        return ex(R, "info", "%s %s" % (m, path)) if R.random() < 0.5 else ex(R, "info", "Sent %d in %s" % (201 if m == "POST" else pick(R, [200, 200, 304]), pick(R, ["%dms" % R.randint(1, 400), "%dµs" % R.randint(200, 999)])))

    def n_oban_ok(R):
        w = pick(R, ["Apptbook.Workers.SmsReminder", "Apptbook.Workers.BookingEmail", "Apptbook.Workers.CalendarSync", "Apptbook.Workers.NoShowSweep", "Apptbook.Workers.PromoteWaitlist"])
        return ob(R, "job:stop", w, "success", queue=pick(R, ["reminders", "mailers", "calendar", "default"]), args={"appointment_id": appt(R)})

    def n_biz(R):
        return pick(R, [
            ex(R, "info", "appointment %d booked: clinic=%d vet=%d pet=%d slot=2031-05-%02dT%02d:%02d" % (appt(R), R.randint(1, 8), R.randint(100, 400), R.randint(100000, 999999), R.randint(2, 28), R.randint(8, 18), pick(R, [0, 15, 30, 45]))),
            ex(R, "info", "reminder batch %s: %d sent, 0 failed, %d skipped (opt-out)" % (pick(R, ["24h", "2h"]), R.randint(10, 300), R.randint(0, 20)), False),
            ex(R, "info", "booking rejected: slot %d already taken (409)" % R.randint(900000, 999999)),
            ex(R, "info", "reminder skipped for appointment %d: owner opted out of SMS" % appt(R), False),
            ex(R, "warning", "Twilio refused reminder for appointment %d: code=21610 Attempt to send to unsubscribed recipient; owner marked sms_opt_out" % appt(R), False),
            ex(R, "info", "waitlist entry %d promoted to appointment %d" % (R.randint(1000, 9999), appt(R)), False),
            ex(R, "info", "calendar event %s created for vet %d" % (alnum(R, 24), R.randint(100, 400)), False),
            ex(R, "info", "no-show sweep: %d appointments marked no_show, errors=0" % R.randint(0, 12), False)])

    def n_near(R):
        return pick(R, [
            ob(R, "job:exception", "Apptbook.Workers.SmsReminder", "retryable", queue="reminders", attempt=1, args={"appointment_id": appt(R), "kind": "24h"}, error="** (Apptbook.Sms.Error) twilio responded 503: Service Unavailable"),
            ex(R, "info", "Sent 422 in %dms" % R.randint(2, 40)),
            ex(R, "info", "Sent 401 in %dµs" % R.randint(200, 999)),
            ex(R, "warning", "booking idempotency key %s already used, returning appointment %d" % (uuid(R), appt(R))),
            ex(R, "info", "owner session expired, redirecting to /login"),
            ex(R, "debug", "QUERY OK source=\"appointments\" db=%.1fms idle=%.1fms\nSELECT a0.\"id\", a0.\"slot_id\" FROM \"appointments\" AS a0 WHERE (a0.\"id\" = $1) [%d]" % (R.uniform(0.3, 9), R.uniform(10, 900), appt(R))),
            ex(R, "warning", "invalid date parameter \"2031-05-%02dX\" rejected (400)" % R.randint(2, 28)),
            ex(R, "info", "CONNECTED TO Phoenix.LiveView.Socket in %dµs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %%{\"vsn\" => \"2.0.0\"}" % R.randint(20, 300), False)])

    def n_boot(R):
        return pick(R, [
            ex(R, "info", "Running ApptbookWeb.Endpoint with Bandit 1.5.%d at :::4000 (http)" % R.randint(0, 7), False),
            ex(R, "info", "Access ApptbookWeb.Endpoint at https://book.%s" % DOMAIN, False),
            ex(R, "info", "Migrations already up", False),
            ex(R, "notice", "Application apptbook exited: :stopped", False),
            ex(R, "info", jd({"event": "plugin:stop", "plugin": "Oban.Plugins.Cron", "source": "oban", "jobs": [R.randint(1000000, 9999999)]}), False),
            ex(R, "info", jd({"event": "plugin:stop", "plugin": "Oban.Plugins.Pruner", "source": "oban", "pruned_count": R.randint(0, 500)}), False)])
    return [n_req, n_req, n_oban_ok, n_biz, n_biz, n_near, n_boot]


FAMILIES = {
    F1: lambda R: build(R, F1, [("dbcp-maxactive-8-after-ami-rebuild", pms_dbcp), ("ses-smtp-credentials-rotated", pms_smtp),
                                ("eod-census-report-heap-oom", pms_oom), ("attachments-bucket-policy-old-role", pms_s3),
                                ("vaccination-lot-expiry-changeset-not-run", pms_migration)], pms_negs()),
    F2: lambda R: build(R, F2, [("twilio-auth-token-rotated", ab_twilio), ("waitlist-table-grant-missing", ab_grant),
                                ("ses-ca-central-1-still-sandbox", ab_ses), ("clinic-nil-timezone-slotcache-crash", ab_crash),
                                ("graph-calendar-admin-consent-removed", ab_graph)], ab_negs()),
}
