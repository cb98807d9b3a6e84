"""Families: permits-drupal10-syslog-phpfpm-ec2, casemgmt-weblogic14-oracle19c-alertlog-ec2.

The invented regional agency "fernvale" (eu-south-1, domain fernvale.example) runs its building- and event-permit
portal on Drupal 10 (PHP 8.3-FPM behind nginx on EC2, Aurora MySQL, S3 through the s3fs module). Drupal's core
syslog module writes watchdog entries with its default format
`!base_url|!timestamp|!type|!ip|!request_uri|!referer|!uid|!link|!message` to rsyslog (the line carries no
severity); php-fpm's own error log (`[06-Jul-2030 13:04:11] WARNING: [pool www] child 123 said into stderr: …`) goes
to the same CloudWatch log group through the CloudWatch agent. The legacy case-management system runs on Oracle
WebLogic Server 14.1 (`####<…> <Severity> <Subsystem> <host> <server> <thread> <user> <> <ecid> <epoch> <[…] >
<BEA-…> <msg>` with the stack trace below, one event per record) against Oracle Database 19c, whose text alert log
(an ISO timestamp line followed by the message lines) is shipped by the same agent with a timestamp multi-line
start pattern."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    syslog_ts, fpm_ts, wls_ts, ora_ts, epoch, epoch_ms, day, moment, syslog_of, wls_of, epoch_of)

# ---------------------------------------------------------------- permits-drupal10-syslog-phpfpm-ec2
P1 = "permits-drupal10-syslog-phpfpm-ec2"
BASE = "https://permits.%s" % DOMAIN
HOSTS = ["permits-web-1", "permits-web-2", "permits-web-3"]
FORMS = ["building_permit", "event_permit", "street_occupation", "signage_permit", "tree_felling"]


def pa(R):
    return "PA-2030-%06d" % R.randint(1000, 99999)


def dl(R, typ, msg, uri=None, uid=None, ip=None, ref=""):
    m = moment(R)
    return "%s %s drupal[%d]: %s|%d|%s|%s|%s|%s|%d||%s" % (
        syslog_of(m), pick(R, HOSTS), R.randint(1000, 65000), BASE, epoch_of(m), typ, ip or pubip(R),
        BASE + (uri or "/apply/%s" % pick(R, FORMS)), ref, uid if uid is not None else R.randint(0, 48000), msg)


def fpm(R, lvl, msg):
    return "[%s] %s: %s" % (fpm_ts(R), lvl, msg)


def e_s3kms(R):
    # the uploads bucket was re-encrypted with a new customer managed KMS key whose key policy does not name the
    # web tier's instance role: every supporting-document upload fails
    f = pick(R, ["site-plan", "floor-plan", "insurance-cert", "structural-calc", "photo-front", "id-card"]) + "-%s.pdf" % lower(R, 5)
    key = "private/applications/2030-07/%s/%s" % (pa(R), f)
    t = R.random()
    if t < 0.6:
        return dl(R, "s3fs", "Upload of %s failed: Aws\\S3\\Exception\\S3Exception: Error executing \"PutObject\" on \"https://fernvale-permits-uploads.s3.%s.amazonaws.com/%s\"; AWS HTTP error: Client error: `PUT https://fernvale-permits-uploads.s3.%s.amazonaws.com/%s` resulted in a `403 Forbidden` response: AccessDenied (client): User: arn:aws:sts::%s:assumed-role/fernvale-permits-web/i-0%s is not authorized to perform: kms:GenerateDataKey on this resource because no resource-based policy allows the kms:GenerateDataKey action" % (f, REGION, key, REGION, key, ACCT, hexs(R, 16)), uri="/apply/%s/documents" % pick(R, FORMS))
    return dl(R, "file", "The file %s could not be uploaded because the destination s3://private/applications/2030-07/%s/ is invalid or not writable." % (f, pa(R)), uri="/file/ajax/field_supporting_documents/%s" % lower(R, 12))


def e_toomany(R):
    # the portal's Aurora MySQL writer has max_connections sized for 2 web nodes; with 3 nodes x 40 FPM children
    # the writer refuses connections at peak
    t = R.random()
    if t < 0.5:
        return dl(R, "php", "PDOException: SQLSTATE[HY000] [1040] Too many connections in Drupal\\mysql\\Driver\\Database\\mysql\\Connection::open() (line %d of /var/www/permits/web/core/modules/mysql/src/Driver/Database/mysql/Connection.php)." % pick(R, [77, 78]), uri=pick(R, ["/apply/building_permit", "/user/login", "/my-applications", "/node/%d" % R.randint(10, 9000)]))
    if t < 0.8:
        return fpm(R, "WARNING", "[pool www] child %d said into stderr: \"PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1040] Too many connections in /var/www/permits/web/core/modules/mysql/src/Driver/Database/mysql/Connection.php:77\"" % R.randint(1000, 65000))
    return dl(R, "php", "Drupal\\Core\\Database\\ConnectionNotDefinedException: The specified database connection is not defined: default (SQLSTATE[HY000] [1040] Too many connections) in Drupal\\Core\\Database\\Database::openConnection() (line %d of /var/www/permits/web/core/lib/Drupal/Core/Database/Database.php)." % R.randint(360, 380), uri="/apply/%s/submit" % pick(R, FORMS))


def e_casecert(R):
    # the webform handler that forwards submitted applications to the case-management REST API fails TLS: the
    # internal CA certificate bundle on the web AMI still has the root that expired on 2030-07-03
    p = pa(R)
    t = R.random()
    if t < 0.65:
        return dl(R, "webform_rest_handler", "Submission %s (%s) could not be forwarded to case management: GuzzleHttp\\Exception\\RequestException: cURL error 60: SSL certificate problem: certificate has expired (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://cases.int.%s/cm/rest/v2/applications" % (R.randint(10000, 99999), p, DOMAIN), uri="/apply/%s/submit" % pick(R, FORMS))
    return dl(R, "fernvale_case_sync", "Queue item for %s released back to queue after 5 attempts: cURL error 60: SSL certificate problem: certificate has expired" % p, uri="/cron/%s" % alnum(R, 43), uid=0, ip="127.0.0.1")


def e_export(R):
    # the monthly statistics export (views_data_export batch) loads every 2030 application into memory;
    # memory_limit 256M is exhausted and the export never completes
    t = R.random()
    if t < 0.6:
        return fpm(R, "WARNING", "[pool www] child %d said into stderr: \"PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate %d bytes) in /var/www/permits/web/core/lib/Drupal/Core/%s on line %d\"" % (
            R.randint(1000, 65000), pick(R, [20480, 65536, 262144, 4096, 12288]), pick(R, ["Entity/Sql/SqlContentEntityStorage.php", "Database/StatementWrapperIterator.php", "Field/FieldItemList.php"]), R.randint(100, 900)))
    return dl(R, "views_data_export", "Batch export applications_statistics (%s) aborted after %d of %d rows: the batch request returned an HTTP 500 (PHP fatal error, memory_limit 256M)." % ("2030-%02d" % R.randint(5, 6), R.randint(20000, 60000), R.randint(61000, 90000)), uri="/batch?id=%d&op=do" % R.randint(100, 9999), uid=R.randint(2, 40))


def e_smtp(R):
    # the SES SMTP credentials were rotated and the new ones never reached the symfony_mailer transport config;
    # no confirmation or document-request e-mail leaves the portal
    to = "%s.%s@%s" % (pick(R, ["giulia", "marco", "anna", "luca", "sara", "paolo", "elena"]), lower(R, 5), pick(R, ["mail.example", "posta.example", "inbox.example"]))
    t = R.random()
    if t < 0.5:
        return dl(R, "mail", "Error sending email (from noreply@permits.%s to %s with reply-to not set)." % (DOMAIN, to), uri="/apply/%s/submit" % pick(R, FORMS))
    return dl(R, "symfony_mailer", "Error sending email: Failed to authenticate on SMTP server with username \"%s\" using the following authenticators: \"LOGIN\", \"PLAIN\". Authenticator \"LOGIN\" returned \"Expected response code \"235\" but got code \"535\", with message \"535 Authentication Credentials Invalid\".\"." % ("ses-smtp-user." + digits(R, 8)), uri="/apply/%s/submit" % pick(R, FORMS))


def permit_negs():
    def n_login(R):
        return dl(R, "user", "Session opened for %s." % pick(R, ["citizen_%s" % digits(R, 6), "clerk.%s" % lower(R, 5)]), uri="/user/login")

    def n_logout(R):
        return dl(R, "user", "Session closed for citizen_%s." % digits(R, 6), uri="/user/logout")

    def n_badlogin(R):
        return dl(R, "user", "Login attempt failed for citizen_%s." % digits(R, 6), uri="/user/login", uid=0)

    def n_flood(R):
        return dl(R, "user", "Login attempt failed from %s." % pubip(R), uri="/user/login", uid=0)

    def n_created(R):
        return dl(R, "content", "permit_application: added %s (%s)." % (pa(R), pick(R, FORMS)), uri="/apply/%s/submit" % pick(R, FORMS))

    def n_updated(R):
        return dl(R, "content", "permit_application: updated %s (status %s)." % (pa(R), pick(R, ["submitted", "under_review", "approved", "awaiting_payment"])), uri="/node/%d/edit" % R.randint(100, 99999))

    def n_rejected(R):
        return dl(R, "webform", "Submission %d for %s rejected: %s" % (R.randint(10000, 99999), pick(R, FORMS), pick(R, ["required document 'site plan' missing", "cadastral reference not found in the land registry", "applicant is not the registered owner or an authorised agent", "event date is less than 15 days ahead"])), uri="/apply/%s/submit" % pick(R, FORMS))

    def n_404(R):
        u = pick(R, ["/wp-login.php", "/.env", "/apply/old-form", "/xmlrpc.php", "/sites/default/files/2019/modulo.pdf", "/admin/config.bak", "/apply/building-permit-2019"])
        return dl(R, "page not found", u, uri=u, uid=0)

    def n_403(R):
        u = "/admin/%s" % pick(R, ["config", "people", "structure", "reports/dblog"])
        return dl(R, "access denied", u, uri=u, uid=R.randint(100, 48000))

    def n_cron(R):
        return dl(R, "cron", "Cron run completed.", uri="/cron/%s" % alnum(R, 43), uid=0, ip="127.0.0.1")

    def n_cronq(R):
        return dl(R, "fernvale_case_sync", "Forwarded %d queued applications to case management, 0 failed." % R.randint(1, 60), uri="/cron/%s" % alnum(R, 43), uid=0, ip="127.0.0.1")

    def n_deprecated(R):
        return dl(R, "php", "Deprecated: %s" % pick(R, ["Creation of dynamic property Drupal\\fernvale_permits\\Form\\ApplicantStep::$%s is deprecated in Drupal\\fernvale_permits\\Form\\ApplicantStep->buildForm() (line %d of /var/www/permits/web/modules/custom/fernvale_permits/src/Form/ApplicantStep.php)" % (pick(R, ["owner", "agent", "parcel"]), R.randint(40, 300)),
                                                       "strlen(): Passing null to parameter #1 ($string) of type string is deprecated in Drupal\\Component\\Utility\\Unicode::validateUtf8() (line %d of /var/www/permits/web/core/lib/Drupal/Component/Utility/Unicode.php)" % R.randint(400, 420)]))

    def n_warn_key(R):
        return dl(R, "php", "Warning: Undefined array key \"%s\" in fernvale_permits_form_alter() (line %d of /var/www/permits/web/modules/custom/fernvale_permits/fernvale_permits.module)." % (pick(R, ["#default_value", "parcel_id", "agent_vat", "#states"]), R.randint(50, 600)))

    def n_mail_ok(R):
        return dl(R, "mail", "Sent email to %s.%s@%s with subject \"Permit application %s received\"." % (pick(R, ["giulia", "marco", "anna", "luca"]), lower(R, 4), pick(R, ["mail.example", "posta.example"]), pa(R)), uri="/apply/%s/submit" % pick(R, FORMS))

    def n_s3ok(R):
        return dl(R, "s3fs", "Refreshed s3fs file metadata cache: %d objects, 0 errors." % R.randint(2000, 90000), uri="/cron/%s" % alnum(R, 43), uid=0, ip="127.0.0.1")

    def n_upload_ok(R):
        return dl(R, "file", "Temporary upload %s-%s.pdf (%d KB) stored for %s." % (pick(R, ["site-plan", "photo-front", "insurance-cert"]), lower(R, 5), R.randint(80, 9000), pa(R)), uri="/file/ajax/field_supporting_documents/%s" % lower(R, 12))

    def n_upload_bad(R):
        return dl(R, "file", "The specified file %s.%s could not be uploaded. Only files with the following extensions are allowed: pdf jpg jpeg png." % (lower(R, 8), pick(R, ["exe", "docm", "heic", "zip"])), uri="/file/ajax/field_supporting_documents/%s" % lower(R, 12))

    def n_toobig(R):
        return dl(R, "file", "The file %s.pdf could not be saved because it exceeds 20 MB, the maximum allowed size for uploads." % lower(R, 9), uri="/file/ajax/field_supporting_documents/%s" % lower(R, 12))

    def n_config(R):
        return dl(R, "config_sync", "The configuration was imported successfully (%d changes)." % R.randint(1, 30), uri="/admin/config/development/configuration", uid=1)

    def n_maint(R):
        return dl(R, "system", "Planned maintenance: %s site maintenance mode." % pick(R, ["enabled", "disabled"]), uri="/admin/config/development/maintenance", uid=1)

    def n_fpm_child(R):
        return fpm(R, "NOTICE", "[pool www] child %d exited with code 0 after %d.%06d seconds from start" % (R.randint(1000, 65000), R.randint(3000, 9000), R.randint(0, 999999)))

    def n_fpm_start(R):
        return fpm(R, "NOTICE", "[pool www] child %d started" % R.randint(1000, 65000))

    def n_fpm_ready(R):
        return fpm(R, "NOTICE", pick(R, ["fpm is running, pid %d" % R.randint(100, 2000), "ready to handle connections", "systemd monitor interval set to 10000ms", "Reloading in progress ..."]))

    def n_fpm_slow(R):
        return fpm(R, "WARNING", "[pool www] child %d, script '/var/www/permits/web/index.php' (request: \"GET /index.php\") executing too slow (%d.%06d sec), logging" % (R.randint(1000, 65000), R.randint(5, 7), R.randint(0, 999999)))

    def n_sess(R):
        return dl(R, "fernvale_permits", "Draft for %s discarded: session expired after 60 minutes of inactivity; citizen asked to sign in again." % pick(R, FORMS), uid=0)

    def n_payok(R):
        return dl(R, "fernvale_payments", "Fee for %s paid (EUR %d.%02d), payment reference FEE-%s." % (pa(R), R.randint(16, 900), R.randint(0, 99), upper(R, 10)))

    return [n_login, n_logout, n_badlogin, n_flood, n_created, n_updated, n_rejected, n_404, n_403, n_cron, n_cronq, n_deprecated,
            n_warn_key, n_mail_ok, n_s3ok, n_upload_ok, n_upload_bad, n_toobig, n_config, n_maint, n_fpm_child, n_fpm_start,
            n_fpm_ready, n_fpm_slow, n_sess, n_payok]


def fam_permits(R):
    return build(R, P1, [("uploads-bucket-kms-key-policy-missing-web-role", e_s3kms), ("aurora-max-connections-three-web-nodes", e_toomany),
                         ("case-api-ca-bundle-expired-root", e_casecert), ("stats-export-memory-limit-256m", e_export),
                         ("ses-smtp-credentials-rotated-not-deployed", e_smtp)], permit_negs())


# ---------------------------------------------------------------- casemgmt-weblogic14-oracle19c-alertlog-ec2
P2 = "casemgmt-weblogic14-oracle19c-alertlog-ec2"
WHOSTS = ["cm-wls-01", "cm-wls-02"]


def case(R):
    return "CM-2030-%06d" % R.randint(1000, 99999)


def thread(R):
    return "[ACTIVE] ExecuteThread: '%d' for queue: 'weblogic.kernel.Default (self-tuning)'" % R.randint(0, 60)


def wls(R, sev, sub, bea, msg, user="<anonymous>", thr=None, sv=None):
    svv = sv or {"Info": 64, "Notice": 32, "Warning": 16, "Error": 8, "Critical": 4, "Alert": 2, "Emergency": 1, "Debug": 128}[sev]
    h = pick(R, WHOSTS)
    m = moment(R)
    return "####<%s> <%s> <%s> <%s> <%s> <%s> <%s> <> <%s-%s-%s> <%d> <[severity-value: %d] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <%s> <%s> " % (
        wls_of(m), sev, sub, h, "cm_server%s" % h[-1], thr or thread(R), user, uuid(R), hexs(R, 4), hexs(R, 8), epoch_of(m) * 1000 + m.microsecond // 1000, svv, bea, msg)


def alert(R, *lines):
    return "%s\n%s" % (ora_ts(R), "\n".join(lines))


def jstack(R, frames):
    return "\n".join("\tat %s" % f for f in frames)


def e_tbs(R):
    # the CASE_DATA tablespace's datafiles are not autoextensible and reached their maximum size; inserts of case
    # notes and correspondence fail
    t = R.random()
    obj = pick(R, ["CASEMGMT.CASE_NOTES", "CASEMGMT.CORRESPONDENCE", "CASEMGMT.CASE_EVENTS", "CASEMGMT.SYS_LOB0000%d" % R.randint(74000, 79000) + "C00012$$"])
    if t < 0.45:
        return alert(R, "ORA-1653: unable to extend table %s by %d in tablespace CASE_DATA [CMPRD]" % (obj, pick(R, [128, 1024, 8192])))
    if t < 0.7:
        return alert(R, "Errors in file /u01/app/oracle/diag/rdbms/cmprd/CMPRD/trace/CMPRD_ora_%d.trc:" % R.randint(1000, 90000),
                     "ORA-01653: unable to extend table %s by %d in tablespace CASE_DATA" % (obj, pick(R, [128, 1024, 8192])))
    c = case(R)
    return wls(R, "Error", "CaseMgmt", "CASE-2117", "Could not save note on case %s: java.sql.SQLException: ORA-01653: unable to extend table CASEMGMT.CASE_NOTES by 1024 in tablespace CASE_DATA\n\n"
               "java.sql.SQLException: ORA-01653: unable to extend table CASEMGMT.CASE_NOTES by 1024 in tablespace CASE_DATA\n\n" % c
               + jstack(R, ["oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:%d)" % R.randint(620, 640), "oracle.jdbc.driver.T4CPreparedStatement.executeForRows(T4CPreparedStatement.java:%d)" % R.randint(1140, 1160),
                            "weblogic.jdbc.wrapper.PreparedStatement.executeUpdate(PreparedStatement.java:%d)" % R.randint(160, 180), "gov.fernvale.cm.dao.NoteDao.insert(NoteDao.java:%d)" % R.randint(80, 140),
                            "gov.fernvale.cm.service.CaseService.addNote(CaseService.java:%d)" % R.randint(200, 400)]), user=pick(R, ["clerk.rossi", "clerk.bianchi", "clerk.ferri"]))


def e_pool(R):
    # CaseDS is capped at 15 connections while the July backlog campaign added 40 clerks; requests wait and fail
    t = R.random()
    if t < 0.6:
        return wls(R, "Error", "CaseMgmt", "CASE-1001", "Request %s failed: weblogic.jdbc.extensions.PoolLimitSQLException: weblogic.common.resourcepool.ResourceLimitException: No resources currently available in pool CaseDS to allocate to applications, please increase the size of the pool and retry..\n\n"
                   "weblogic.jdbc.extensions.PoolLimitSQLException: weblogic.common.resourcepool.ResourceLimitException: No resources currently available in pool CaseDS to allocate to applications, please increase the size of the pool and retry..\n"
                   % pick(R, ["GET /cm/cases/%s" % case(R), "POST /cm/cases/%s/assign" % case(R), "GET /cm/worklist?team=%s" % pick(R, ["EDIL", "COMM", "AMB"])])
                   + jstack(R, ["weblogic.jdbc.common.internal.JDBCUtil.wrapAndThrowResourceException(JDBCUtil.java:%d)" % R.randint(280, 290), "weblogic.jdbc.pool.Driver.connect(Driver.java:%d)" % R.randint(350, 370),
                                "weblogic.jdbc.jts.Driver.getNonTxConnection(Driver.java:%d)" % R.randint(650, 670), "gov.fernvale.cm.dao.CaseDao.find(CaseDao.java:%d)" % R.randint(40, 90)]))
    return wls(R, "Warning", "JDBC", "BEA-001129", "Received exception while creating connection for pool \"CaseDS\": waited %d seconds, %d of 15 connections in use, %d requests waiting." % (pick(R, [10, 15, 20]), 15, R.randint(8, 60)))


def e_stuck(R):
    # the correspondence servlet renders letters through the legacy print gateway, which stopped answering after
    # its host was migrated; threads block on the socket read until WebLogic marks them STUCK
    n = R.randint(0, 60)
    t = R.random()
    if t < 0.6:
        return wls(R, "Error", "WebLogicServer", "BEA-000337", "[STUCK] ExecuteThread: '%d' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for \"%d\" seconds working on the request \"Http Request Information: weblogic.servlet.internal.ServletRequestImpl@%s[GET /cm/letters/%s/render]\n\", which is more than the configured time (StuckThreadMaxTime) of \"600\" seconds in \"server-failure-trigger\". Stack trace:\n"
                   % (n, R.randint(601, 900), hexs(R, 7), case(R))
                   + jstack(R, ["java.net.SocketInputStream.socketRead0(Native Method)", "java.net.SocketInputStream.read(SocketInputStream.java:171)",
                                "gov.fernvale.cm.print.PrintGatewayClient.awaitReply(PrintGatewayClient.java:%d)" % R.randint(90, 130), "gov.fernvale.cm.web.LetterServlet.doGet(LetterServlet.java:%d)" % R.randint(50, 80)]),
                   user="<WLS Kernel>", thr="[STUCK] ExecuteThread: '%d' for queue: 'weblogic.kernel.Default (self-tuning)'" % n)
    return wls(R, "Error", "CaseMgmt", "CASE-3040", "Letter for case %s not produced: read from print gateway printgw01.int.%s:9100 timed out after %d s (attempt 3 of 3)" % (case(R), DOMAIN, pick(R, [120, 180, 300])))


def e_fra(R):
    # the fast recovery area (db_recovery_file_dest_size 200G) filled up because the RMAN archivelog deletion job
    # was disabled with the backup host move; the archiver stops and the database hangs for writers
    t = R.random()
    seq = R.randint(40000, 49000)
    if t < 0.35:
        return alert(R, "ARC%d (PID:%d): Error 19809 Creating archive log file to '+FRA'" % (R.randint(0, 3), R.randint(1000, 90000)),
                     "ORA-19809: limit exceeded for recovery files",
                     "ORA-19804: cannot reclaim %d bytes disk space from 214748364800 bytes limit" % R.randint(10 ** 8, 10 ** 9))
    if t < 0.65:
        return alert(R, "Errors in file /u01/app/oracle/diag/rdbms/cmprd/CMPRD/trace/CMPRD_arc%d_%d.trc:" % (R.randint(0, 3), R.randint(1000, 90000)),
                     "ORA-16038: log %d sequence# %d cannot be archived" % (R.randint(1, 4), seq), "ORA-19809: limit exceeded for recovery files",
                     "ORA-00312: online log %d thread 1: '+REDO/CMPRD/ONLINELOG/group_%d.%d.%d'" % (R.randint(1, 4), R.randint(1, 4), R.randint(256, 270), R.randint(10 ** 9, 2 * 10 ** 9)))
    if t < 0.85:
        return alert(R, "ORACLE Instance CMPRD, archival error, archiver continuing", "ORA-00257: Archiver error. Connect AS SYSDBA only until resolved.")
    return wls(R, "Error", "JDBC", "BEA-001112", "Test \"SELECT 1 FROM DUAL\" set up for pool \"CaseDS\" failed with exception: \"java.sql.SQLException: ORA-00257: Archiver error. Connect AS SYSDBA only until resolved.\".")


def e_ldap(R):
    # the AD service account used by the WebLogic ActiveDirectoryAuthenticator had its password expire (AD data 532);
    # clerks cannot sign in to case management
    t = R.random()
    if t < 0.6:
        return wls(R, "Error", "Security", "BEA-000000", "[Security:090294]could not get connection\n"
                   "javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C090569, comment: AcceptSecurityContext error, data 532, v4563]\n"
                   + jstack(R, ["netscape.ldap.LDAPConnection.authenticate(LDAPConnection.java:%d)" % R.randint(1900, 2000), "weblogic.security.providers.authentication.LDAPAtnDelegate.getConnection(LDAPAtnDelegate.java:%d)" % R.randint(3000, 3100),
                                "weblogic.security.providers.authentication.LDAPAtnLoginModuleImpl.login(LDAPAtnLoginModuleImpl.java:%d)" % R.randint(250, 270)]))
    return wls(R, "Error", "CaseMgmt", "CASE-0401", "Sign-in of %s refused: directory unavailable (bind as CN=svc-wls-cm,OU=Service Accounts,DC=ad,DC=fernvale,DC=example failed: data 532)" % pick(R, ["clerk.rossi", "clerk.bianchi", "clerk.ferri", "clerk.moretti", "supervisor.gallo", "clerk.%s" % lower(R, 5)]))


def case_negs():
    def n_running(R):
        return wls(R, "Notice", "WebLogicServer", "BEA-000360", "The server started in RUNNING mode.", user="<WLS Kernel>")

    def n_state(R):
        return wls(R, "Notice", "WebLogicServer", "BEA-000365", "Server state changed to %s." % pick(R, ["STARTING", "STANDBY", "ADMIN", "RESUMING", "RUNNING", "SHUTTING_DOWN", "FORCE_SHUTTING_DOWN"]), user="<WLS Kernel>")

    def n_mem(R):
        return wls(R, "Info", "Health", "BEA-310002", "%d%% of the total memory in the server is free." % R.randint(28, 85), user="<WLS Kernel>")

    def n_idle(R):
        return wls(R, "Warning", "Socket", "BEA-000449", "Closing the socket, as no data read from it on %s:%d during the configured idle timeout of %d seconds." % (ip10(R), R.randint(30000, 65000), 5), user="<WLS Kernel>")

    def n_status(R):
        return wls(R, "Info", "CaseMgmt", "CASE-0100", "Case %s status changed %s -> %s by %s" % (case(R), pick(R, ["NEW", "ASSIGNED", "UNDER_REVIEW"]), pick(R, ["ASSIGNED", "UNDER_REVIEW", "DECISION_PENDING", "CLOSED_APPROVED"]), pick(R, ["clerk.rossi", "clerk.bianchi", "supervisor.gallo", "system"])), user=pick(R, ["clerk.rossi", "clerk.bianchi", "supervisor.gallo"]))

    def n_reject(R):
        return wls(R, "Warning", "CaseMgmt", "CASE-0210", "Case %s closed as REJECTED: %s" % (case(R), pick(R, ["applicant did not supply proof of ownership within 30 days", "application withdrawn by the applicant", "duplicate of an approved application", "zoning plan does not allow the requested use"])))

    def n_import(R):
        return wls(R, "Info", "CaseMgmt", "CASE-0300", "Imported %d applications from the permit portal, 0 rejected, %d duplicates skipped" % (R.randint(1, 80), R.randint(0, 3)))

    def n_dup(R):
        return wls(R, "Info", "CaseMgmt", "CASE-0301", "Application PA-2030-%06d already linked to case %s (idempotent resend ignored)" % (R.randint(1000, 99999), case(R)))

    def n_letter(R):
        return wls(R, "Info", "CaseMgmt", "CASE-3000", "Letter %s-%d rendered for case %s (%d pages)" % (pick(R, ["REQ-DOCS", "DECISION", "ACK"]), R.randint(1, 9), case(R), R.randint(1, 6)))

    def n_shrink(R):
        return wls(R, "Info", "JDBC", "BEA-001128", "Connection for pool \"CaseDS\" closed.", user="<WLS Kernel>")

    def n_deploy(R):
        return wls(R, "Info", "Deployer", "BEA-149060", "Module cm-web.war of application case-mgmt-%s successfully transitioned from STATE_ADMIN to STATE_ACTIVE on server cm_server%d." % ("4.%d.%d" % (R.randint(10, 14), R.randint(0, 9)), R.randint(1, 2)), user="<WLS Kernel>")

    def n_login_bad(R):
        return wls(R, "Info", "CaseMgmt", "CASE-0402", "Sign-in of clerk.%s refused: invalid password (attempt %d of 5)" % (lower(R, 5), R.randint(1, 3)))

    def n_sess(R):
        return wls(R, "Info", "CaseMgmt", "CASE-0405", "HTTP session of clerk.%s invalidated after %d minutes of inactivity" % (lower(R, 5), pick(R, [30, 30, 60])))

    def n_harvest(R):
        return wls(R, "Debug", "CaseMgmt", "CASE-9000", "worklist query team=%s took %d ms, %d rows" % (pick(R, ["EDIL", "COMM", "AMB", "SUAP"]), R.randint(4, 900), R.randint(0, 400)))

    def a_switch(R):
        return alert(R, "Thread 1 advanced to log sequence %d (LGWR switch),  current SCN: %d" % (R.randint(40000, 49000), R.randint(10 ** 10, 10 ** 11)),
                     "  Current log# %d seq# %d mem# 0: +REDO/CMPRD/ONLINELOG/group_%d.%d.%d" % (R.randint(1, 4), R.randint(40000, 49000), R.randint(1, 4), R.randint(256, 270), R.randint(10 ** 9, 2 * 10 ** 9)))

    def a_ckpt(R):
        return alert(R, "Completed checkpoint up to RBA [0x%x.2.10], SCN: %d" % (R.randint(0x9c40, 0xbf68), R.randint(10 ** 10, 10 ** 11)))

    def a_tns(R):
        ip = ip10(R, 40)
        return alert(R, "", "***********************************************************************", "",
                     "Fatal NI connect error 12170.", "",
                     "  VERSION INFORMATION:", "\tTNS for Linux: Version 19.0.0.0.0 - Production", "\tOracle Bequeath NT Protocol Adapter for Linux: Version 19.0.0.0.0 - Production",
                     "\tTCP/IP NT Protocol Adapter for Linux: Version 19.0.0.0.0 - Production",
                     "  Time: %02d-JUL-2030 %s" % (day(R), "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
                     "  Tracing not turned on.", "  Tns error struct:", "    ns main err code: 12535", "    ", "TNS-12535: TNS:operation timed out",
                     "    ns secondary err code: 12606", "    nt main err code: 0", "    nt secondary err code: 0", "    nt OS err code: 0",
                     "  Client address: (ADDRESS=(PROTOCOL=tcp)(HOST=%s)(PORT=%d))" % (ip, R.randint(30000, 65000)))

    def a_part(R):
        return alert(R, "TABLE SYS.WRI$_OPTSTAT_HISTHEAD_HISTORY: ADDED INTERVAL PARTITION SYS_P%d (%d) VALUES LESS THAN (TO_DATE(' 2030-07-%02d 00:00:00', 'SYYYY-MM-DD HH24:MI:SS', 'NLS_CALENDAR=GREGORIAN'))" % (R.randint(9000, 9999), R.randint(4000, 5000), day(R)))

    def a_rman(R):
        return alert(R, "Control autobackup written to SBT_TAPE device", "    comment 'API Version 2.0,MMS Version 12.2.0.2',", "    media 'fernvale-cm-rman-%s'" % REGION, "    handle 'c-%d-2030070%d-%02d'" % (R.randint(10 ** 9, 4 * 10 ** 9), R.randint(1, 9), R.randint(0, 20)))

    def a_resize(R):
        return alert(R, "Resize operation completed for file# %d, fname +DATA/CMPRD/DATAFILE/%s.%d.%d, old size %dK, new size %dK" % (R.randint(1, 6), pick(R, ["sysaux", "undotbs1", "system"]), R.randint(256, 270), R.randint(10 ** 9, 2 * 10 ** 9), R.randint(10, 40) * 102400, R.randint(41, 60) * 102400))

    def a_smco(R):
        return alert(R, pick(R, ["Starting background process SMCO", "Starting background process W00%d" % R.randint(0, 9), "SMCO started with pid=%d, OS id=%d" % (R.randint(40, 90), R.randint(1000, 90000))]))

    def a_ses(R):
        return alert(R, "JIT: pid %d requesting stop" % R.randint(1000, 90000))

    return [n_running, n_state, n_mem, n_idle, n_status, n_reject, n_import, n_dup, n_letter, n_shrink, n_deploy, n_login_bad, n_sess, n_harvest,
            a_switch, a_ckpt, a_tns, a_part, a_rman, a_resize, a_smco, a_ses]


def fam_case(R):
    return build(R, P2, [("case-data-tablespace-maxsize-reached", e_tbs), ("casedatasource-capacity-15-backlog-clerks", e_pool),
                         ("print-gateway-hang-stuck-letter-threads", e_stuck), ("fra-full-archivelog-deletion-disabled", e_fra),
                         ("ad-bind-service-account-password-expired", e_ldap)], case_negs())


FAMILIES = {P1: fam_permits, P2: fam_case}
