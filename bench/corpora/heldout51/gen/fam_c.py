"""Families: sso-keycloak25-quarkus-scim-ecs, taxfile-dotnet48-winsvc-eventlog-cwagent.

"sso" is thornwick's Keycloak 25 (Quarkus) on ECS: realm `thornwick` for employees and employer admins, Active
Directory user federation (`corp-ad`), SAML brokering to customers' IdPs, and a custom event-listener extension that
provisions users over SCIM 2.0 into the payroll and benefits apps. Keycloak's default console format
(`2031-01-14 09:12:33,123 INFO  [category] (thread) message`) with stack traces kept in the event, and the events
logger (`org.keycloak.events`, `type="LOGIN", realmId=…`).

"taxfile" is the tax e-filing service on Windows Server 2022 EC2 (a .NET Framework 4.8 Windows service
`Thornwick.TaxFiling.Service` that transmits quarterly and annual withholding returns to the invented "Revenue
e-File Gateway" (REG) and state gateways over mutual TLS). Its Application and System events are shipped by the
CloudWatch agent with `event_format: text` (`[Channel] [LEVEL] [EventId] [Provider] [Computer] [message]`)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    comma_ts, moment)

# ---------------------------------------------------------------- sso-keycloak25-quarkus-scim-ecs
F1 = "sso-keycloak25-quarkus-scim-ecs"
REALM_ID = "5b0e2f4c-9a61-4d37-8c2e-71f4a9d03b6e"


def kc(R, lvl, cat, thread, msg, exc=None):
    line = "%s %-5s [%s] (%s) %s" % (comma_ts(R), lvl, cat, thread, msg)
    return line if exc is None else line + "\n" + exc


def ex(R):
    return "executor-thread-%d" % R.randint(1, 60)


def ev(R, lvl, typ, client, user, extra):
    parts = ['type="%s"' % typ, 'realmId="%s"' % REALM_ID, 'realmName="thornwick"', 'clientId="%s"' % client, 'userId="%s"' % user, 'ipAddress="%s"' % pubip(R)]
    parts += ['%s="%s"' % kv for kv in extra]
    return kc(R, lvl, "org.keycloak.events", ex(R), ", ".join(parts))


def person(R):
    first = pick(R, ["ana", "ben", "carla", "dev", "elif", "farid", "grace", "hugo", "iris", "jonah", "kemi", "luis", "maya", "nils", "omar", "priya"])
    last = pick(R, ["okafor", "brandt", "lindqvist", "moreau", "tanaka", "reyes", "novak", "adeyemi", "fischer", "kowalski", "silva", "haddad"])
    return "%s.%s" % (first, last)


def sso_ldap(R):
    # the AD bind account svc-keycloak-ldap's password expired (AD data 532); every login of federated employees and
    # the periodic sync fail
    data = "80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 532, v4563"
    if R.random() < 0.6:
        return kc(R, "ERROR", "org.keycloak.services", ex(R), "KC-SERVICES0013: Failed authentication",
                  "org.keycloak.models.ModelException: LDAP Query failed\n"
                  "\tat org.keycloak.storage.ldap.idm.store.ldap.LDAPIdentityStore.fetchQueryResults(LDAPIdentityStore.java:%d)\n"
                  "\tat org.keycloak.storage.ldap.LDAPStorageProvider.loadLDAPUserByUsername(LDAPStorageProvider.java:1032)\n"
                  "\tat org.keycloak.authentication.authenticators.browser.UsernamePasswordForm.validateForm(UsernamePasswordForm.java:60)\n"
                  "Caused by: javax.naming.AuthenticationException: [LDAP: error code 49 - %s]\n"
                  "\tat java.naming/com.sun.jndi.ldap.LdapCtx.mapErrorCode(LdapCtx.java:3259)\n"
                  "\tat java.naming/com.sun.jndi.ldap.LdapCtx.connect(LdapCtx.java:2805)\n"
                  "\t... 71 more" % (R.randint(280, 290), data))
    return kc(R, "ERROR", "org.keycloak.services.managers.UserStorageSyncManager", "Timer-%d" % R.randint(0, 3),
              "Error occurred during sync of changed users of provider corp-ad in realm thornwick: org.keycloak.models.ModelException: LDAP Query failed (javax.naming.AuthenticationException: [LDAP: error code 49 - %s])" % data)


def sso_saml(R):
    # the customer Orrin Logistics rotated its ADFS token-signing certificate; the broker still holds the old one, so
    # every SAML response from that IdP fails signature validation and its employees cannot sign in
    if R.random() < 0.5:
        return kc(R, "ERROR", "org.keycloak.broker.saml.SAMLEndpoint", ex(R), "validation failed")
    return ev(R, "WARN", "IDENTITY_PROVIDER_RESPONSE_ERROR", "payroll-portal", "null", [("identity_provider", "orrin-adfs"), ("error", "invalid_signature"), ("auth_method", "saml")])


def sso_scim(R):
    # the benefits app's SCIM bearer token (issued for one year) expired on 2031-01-09; the SCIM listener's creates
    # and updates are refused and new hires are not provisioned into benefits enrolment
    u = person(R)
    if R.random() < 0.65:
        m = pick(R, ["POST", "PATCH", "PATCH"])
        path = "" if m == "POST" else "/" + uuid(R)
        return kc(R, "ERROR", "com.thornwick.keycloak.scim.ScimDispatcher", ex(R), "SCIM %s https://benefits.%s/scim/v2/Users%s for %s@%s failed: HTTP 401 {\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"401\",\"detail\":\"Bearer token expired\"}" % (
            m, DOMAIN, path, u, DOMAIN))
    return kc(R, "WARN", "com.thornwick.keycloak.scim.ScimRetryQueue", "scim-retry-%d" % R.randint(1, 4), "%d SCIM operations for target benefits pending after 5 attempts (oldest %dh ago); users not provisioned" % (R.randint(5, 400), R.randint(2, 70)))


def sso_pool(R):
    # KC_DB_POOL_MAX_SIZE was set to 10 in the new task definition; on Monday mornings token requests wait for a
    # connection and fail with 500
    return kc(R, "ERROR", "org.keycloak.services.error.KeycloakErrorHandler", ex(R), "Uncaught server error",
              "java.lang.RuntimeException: Failed to obtain JDBC connection\n"
              "\tat org.keycloak.quarkus.runtime.storage.legacy.database.QuarkusJpaConnectionProviderFactory.getConnection(QuarkusJpaConnectionProviderFactory.java:%d)\n"
              "\tat org.keycloak.models.jpa.JpaUserProvider.getUserByUsername(JpaUserProvider.java:641)\n"
              "Caused by: java.sql.SQLException: Sorry, acquisition timeout!\n"
              "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:%d)\n"
              "\tat io.agroal.pool.ConnectionPool.getConnection(ConnectionPool.java:293)\n"
              "\t... 58 more" % (R.randint(250, 260), R.randint(340, 360)))


def sso_smtp(R):
    # realm email moved to the us-east-2 SES identity, which is still in the sandbox; "set your password" emails for
    # new hires are rejected and they cannot activate their accounts
    u = person(R)
    return kc(R, "ERROR", "org.keycloak.services", ex(R), "KC-SERVICES0029: Failed to send execute actions email",
              "org.keycloak.email.EmailException: Error when attempting to send the email to the server. More information is available in the server log.\n"
              "\tat org.keycloak.email.DefaultEmailSenderProvider.send(DefaultEmailSenderProvider.java:%d)\n"
              "\tat org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider.send(FreeMarkerEmailTemplateProvider.java:271)\n"
              "Caused by: jakarta.mail.MessagingException: 554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-2: %s@%s\n"
              "\tat org.eclipse.angus.mail.smtp.SMTPTransport.issueSendCommand(SMTPTransport.java:2457)\n"
              "\t... 64 more" % (R.randint(190, 200), u, pick(R, ["orrinlogistics.example", "maplecrest-health.example", "gmail.example", "bellhaven.example"])))


def sso_negs():
    def n_login(R):
        return ev(R, "DEBUG", "LOGIN", pick(R, ["payroll-portal", "timeclock-web", "benefits-portal"]), uuid(R), [("sessionId", uuid(R)), ("auth_method", "openid-connect"), ("auth_type", "code"), ("username", person(R))])

    def n_token(R):
        return ev(R, "DEBUG", "CODE_TO_TOKEN", pick(R, ["payroll-portal", "timeclock-web"]), uuid(R), [("token_id", uuid(R)), ("grant_type", "authorization_code"), ("scope", "openid profile email"), ("client_auth_method", "client-secret")])

    def n_badpw(R):
        return ev(R, "WARN", "LOGIN_ERROR", pick(R, ["payroll-portal", "timeclock-web"]), uuid(R), [("error", "invalid_user_credentials"), ("auth_method", "openid-connect"), ("username", person(R))])

    def n_locked(R):
        return ev(R, "WARN", "LOGIN_ERROR", "payroll-portal", uuid(R), [("error", "user_temporarily_disabled"), ("auth_method", "openid-connect"), ("username", person(R))])

    def n_refresh(R):
        return ev(R, "WARN", "REFRESH_TOKEN_ERROR", "timeclock-mobile", "null", [("error", "invalid_token"), ("reason", "Session not active"), ("grant_type", "refresh_token")])

    def n_expired_code(R):
        return ev(R, "WARN", "LOGIN_ERROR", "null", "null", [("error", "expired_code"), ("restart_after_timeout", "true")])

    def n_logout(R):
        return ev(R, "DEBUG", "LOGOUT", "payroll-portal", uuid(R), [("sessionId", uuid(R)), ("redirect_uri", "https://app.%s/" % DOMAIN)])

    def n_scim_ok(R):
        return kc(R, "INFO", "com.thornwick.keycloak.scim.ScimDispatcher", ex(R), "SCIM %s %s/scim/v2/Users for %s@%s: HTTP %s" % (
            pick(R, ["POST", "PATCH"]), pick(R, ["https://payroll-core.internal.%s" % DOMAIN, "https://timeclock.internal.%s" % DOMAIN]), person(R), DOMAIN, pick(R, ["201", "200", "204"])))

    def n_scim_exists(R):
        return kc(R, "INFO", "com.thornwick.keycloak.scim.ScimDispatcher", ex(R), "SCIM POST https://payroll-core.internal.%s/scim/v2/Users for %s@%s: HTTP 409 uniqueness (user already exists); linked to existing id %s" % (DOMAIN, person(R), DOMAIN, uuid(R)))

    def n_sync(R):
        return kc(R, "INFO", "org.keycloak.storage.ldap.LDAPStorageProviderFactory", "Timer-%d" % R.randint(0, 3), "Sync changed users from LDAP to local store: realm: thornwick, federation provider: corp-ad, last sync time: %s" % moment(R).strftime("%a %b %d %H:%M:%S UTC %Y"))

    def n_sync_res(R):
        return kc(R, "INFO", "org.keycloak.services.managers.UserStorageSyncManager", "Timer-%d" % R.randint(0, 3), "Sync result: SynchronizationResult [ %d imported users, %d updated users, 0 removed users, 0 users failed sync ]" % (R.randint(0, 12), R.randint(0, 300)))

    def n_started(R):
        return kc(R, "INFO", "io.quarkus", "main", pick(R, [
            "Keycloak 25.0.6 on JVM (powered by Quarkus 3.8.5) started in %.3fs. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000." % R.uniform(9, 20),
            "Profile prod activated. ",
            "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, logging-gelf, narayana-jta, reactive-routes, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, smallrye-health, vertx]"]))

    def n_ispn(R):
        return kc(R, "INFO", "org.infinispan.CLUSTER", "jgroups-%d,keycloak-%s" % (R.randint(1, 40), lower(R, 5)), "ISPN000094: Received new cluster view for channel ISPN: [keycloak-%s-%d|%d] (%d) [keycloak-%s, keycloak-%s]" % (lower(R, 5), R.randint(1, 9999), R.randint(1, 40), 2, lower(R, 5), lower(R, 5)))

    def n_marshal(R):
        return kc(R, "WARN", "org.infinispan.PERSISTENCE", "keycloak-cache-init", "ISPN000554: jboss-marshalling is deprecated and planned for removal")

    def n_saml_ok(R):
        return ev(R, "DEBUG", "IDENTITY_PROVIDER_FIRST_LOGIN", "payroll-portal", uuid(R), [("identity_provider", pick(R, ["maplecrest-okta", "bellhaven-entra", "orrin-adfs"])), ("auth_method", "saml"), ("identity_provider_identity", "%s@customer.example" % person(R))])

    def n_admin(R):
        return kc(R, "DEBUG", "org.keycloak.events", ex(R), 'operationType="UPDATE", realmId="%s", realmName="thornwick", clientId="%s", userId="%s", ipAddress="%s", resourceType="USER", resourcePath="users/%s"' % (REALM_ID, uuid(R), uuid(R), ip10(R), uuid(R)))

    return [n_login, n_login, n_token, n_token, n_badpw, n_locked, n_refresh, n_expired_code, n_logout, n_scim_ok, n_scim_ok,
            n_scim_exists, n_sync, n_sync_res, n_started, n_ispn, n_marshal, n_saml_ok, n_admin]


def sso(R):
    return build(R, F1, [("ad-bind-password-expired", sso_ldap), ("orrin-adfs-signing-cert-rotated", sso_saml),
                         ("benefits-scim-token-expired", sso_scim), ("db-pool-max-size-10", sso_pool),
                         ("ses-identity-sandboxed", sso_smtp)], sso_negs())


# ---------------------------------------------------------------- taxfile-dotnet48-winsvc-eventlog-cwagent
F2 = "taxfile-dotnet48-winsvc-eventlog-cwagent"
SRC = "ThornwickTaxFiling"


def host(R):
    return pick(R, ["EC2AMAZ-TXF01A", "EC2AMAZ-TXF02B", "EC2AMAZ-TXF03C"])


def we(R, chan, lvl, eid, prov, msg):
    return "[%s] [%s] [%d] [%s] [%s] [%s]" % (chan, lvl, eid, prov, host(R), msg)


def ein(R):
    return "XX-XXX%04d" % R.randint(0, 9999)


def form(R):
    return pick(R, ["941 Q4-2030", "940 2030", "W-2 2030", "OH IT-941 2030", "PA W-3 2030", "KY K-3 2030", "MI 5081 2030"])


def sub_id(R):
    return "%s%s" % (digits(R, 6), upper(R, 14))


def tx_cert(R):
    # the REG transmitter (client) certificate expired on 2031-01-10 and the renewed one was never installed; the
    # gateway refuses every transmission
    f = form(R)
    if R.random() < 0.6:
        return we(R, "Application", "ERROR", 3102, SRC, "Transmission of %s for employer %s (EIN %s) failed: The remote server returned an error: (401) Unauthorized. Gateway status TRANSMITTER_CERT_EXPIRED (certificate CN=thornwick-transmitter, NotAfter 2031-01-10T00:00:00Z)." % (
            f, "ER-%05d" % R.randint(100, 48000), ein(R)))
    return we(R, "Application", "WARNING", 3110, SRC, "%d filings due by 2031-01-31 are not transmitted (last successful REG transmission 2031-01-09); penalties accrue after the due date." % R.randint(30, 4000))


def tx_keyacl(R):
    # the renewed state-gateway certificate was imported by a script that did not grant the service account (gMSA
    # svc-taxfile$) read access to its private key; Schannel cannot use the credential and state transmissions fail
    if R.random() < 0.5:
        return we(R, "System", "ERROR", 36870, "Schannel", "A fatal error occurred when attempting to access the TLS client credential private key. The error code returned from the cryptographic module is 0x8009030D. The internal error state is %d." % pick(R, [10001, 10011]))
    return we(R, "Application", "ERROR", 3104, SRC, "Transmission of %s to %s state gateway failed: System.Net.WebException: The request was aborted: Could not create SSL/TLS secure channel.\r\n   at System.Net.HttpWebRequest.GetRequestStream(TransportContext& context)\r\n   at Thornwick.TaxFiling.Gateways.StateGatewayClient.Submit(FilingPackage package) in C:\\build\\src\\Thornwick.TaxFiling\\Gateways\\StateGatewayClient.cs:line %d" % (
        pick(R, ["OH IT-941 2030", "PA W-3 2030", "KY K-3 2030", "MI 5081 2030"]), pick(R, ["Ohio", "Pennsylvania", "Kentucky", "Michigan"]), R.randint(110, 125)))


def tx_crash(R):
    # REG published schema 2031v1.0 for acknowledgements; the service's embedded schema set lacks it and the ack
    # poller's XmlSchemaValidationException is unhandled on a timer thread, so the service crashes and restarts
    r = R.random()
    if r < 0.4:
        return we(R, "Application", "ERROR", 1026, ".NET Runtime", "Application: Thornwick.TaxFiling.Service.exe\r\nFramework Version: v4.0.30319\r\nDescription: The process was terminated due to an unhandled exception.\r\nException Info: System.Xml.Schema.XmlSchemaValidationException\r\n   at System.Xml.Schema.XmlSchemaValidator.SendValidationEvent(System.Xml.Schema.XmlSchemaValidationException, System.Xml.Schema.XmlSeverityType)\r\n   at Thornwick.TaxFiling.Acks.AckPoller.Validate(System.Xml.XmlDocument)\r\n   at Thornwick.TaxFiling.Acks.AckPoller.OnTimer(System.Object)\r\n   at System.Threading.TimerQueueTimer.CallCallbackInContext(System.Object)")
    if r < 0.7:
        return we(R, "Application", "ERROR", 1000, "Application Error", "Faulting application name: Thornwick.TaxFiling.Service.exe, version: 4.12.%d.0, time stamp: 0x%s\r\nFaulting module name: KERNELBASE.dll, version: 10.0.20348.2849, time stamp: 0x%s\r\nException code: 0xe0434352\r\nFault offset: 0x000000000005f%s\r\nFaulting process id: 0x%X\r\nFaulting application path: C:\\Program Files\\Thornwick\\TaxFiling\\Thornwick.TaxFiling.Service.exe\r\nReport Id: %s" % (
            R.randint(0, 9), hexs(R, 8), hexs(R, 8), hexs(R, 3), R.randint(0x400, 0x4000), uuid(R)))
    return we(R, "System", "ERROR", 7031, "Service Control Manager", "The Thornwick Tax Filing service terminated unexpectedly.  It has done this %d time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service." % R.randint(1, 30))


def tx_sql(R):
    # the filing database moved to the new RDS SQL Server instance without a login for the gMSA; every filing batch
    # that reads employer wage totals fails
    return we(R, "Application", "ERROR", 3201, SRC, "Filing batch %s could not load wage totals: System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'THORNWICK\\svc-taxfile$'.\r\n   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions, Object providerInfo, Boolean redirectedUserInstance)\r\n   at Thornwick.TaxFiling.Data.WageRepository.LoadTotals(String employerId, TaxPeriod period) in C:\\build\\src\\Thornwick.TaxFiling\\Data\\WageRepository.cs:line %d\r\nClientConnectionId:%s\r\nError Number:18456,State:1,Class:14" % (
        "FB-%s" % upper(R, 8), R.randint(40, 48), uuid(R)))


def tx_disk(R):
    # the acknowledgement archive on D: has never been pruned; the volume is full and acknowledgements (proof of
    # filing) cannot be written, so accepted filings are not recorded as filed
    if R.random() < 0.45:
        return we(R, "System", "WARNING", 2013, "srv", "The D: disk is at or near capacity.  You may need to delete some files.")
    return we(R, "Application", "ERROR", 3305, SRC, "Could not archive acknowledgement %s for %s: System.IO.IOException: There is not enough space on the disk.\r\n   at System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)\r\n   at System.IO.FileStream.WriteCore(Byte[] buffer, Int32 offset, Int32 count)\r\n   at Thornwick.TaxFiling.Acks.AckArchive.Store(Acknowledgement ack) in C:\\build\\src\\Thornwick.TaxFiling\\Acks\\AckArchive.cs:line %d" % (
        sub_id(R), form(R), R.randint(60, 66)))


def tx_negs():
    def n_accepted(R):
        return we(R, "Application", "INFORMATION", 3001, SRC, "%s for employer %s (EIN %s) transmitted, submission id %s; acknowledgement ACCEPTED." % (form(R), "ER-%05d" % R.randint(100, 48000), ein(R), sub_id(R)))

    def n_pending(R):
        return we(R, "Application", "INFORMATION", 3005, SRC, "%s for employer %s awaiting employer approval (status PENDING_APPROVAL); not transmitted." % (form(R), "ER-%05d" % R.randint(100, 48000)))

    def n_rejected_biz(R):
        return we(R, "Application", "WARNING", 3007, SRC, "Acknowledgement for %s (submission %s): REJECTED by %s, reason %s. Employer %s notified to correct registration data." % (
            form(R), sub_id(R), pick(R, ["REG", "Ohio", "Pennsylvania"]), pick(R, ["EIN_NAME_CONTROL_MISMATCH", "ACCOUNT_NUMBER_NOT_REGISTERED", "DUPLICATE_RETURN_ALREADY_FILED"]), "ER-%05d" % R.randint(100, 48000)))

    def n_retry(R):
        return we(R, "Application", "WARNING", 3012, SRC, "Transmission of %s attempt 1 timed out after 100 s; attempt 2 accepted (submission id %s)." % (form(R), sub_id(R)))

    def n_svc(R):
        return we(R, "System", "INFORMATION", 7036, "Service Control Manager", "The %s service entered the %s state." % (pick(R, ["Thornwick Tax Filing", "Amazon CloudWatch Agent", "Windows Update", "Windows Modules Installer", "Background Intelligent Transfer Service"]), pick(R, ["running", "stopped"])))

    def n_dcom(R):
        return we(R, "System", "WARNING", 10016, "Microsoft-Windows-DistributedCOM", "The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID \r\n{%s}\r\n and APPID \r\n{%s}\r\n to the user NT AUTHORITY\\SYSTEM SID (S-1-5-18) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). This security permission can be modified using the Component Services administrative tool." % (uuid(R).upper(), uuid(R).upper()))

    def n_time(R):
        return we(R, "System", "INFORMATION", 37, "Microsoft-Windows-Time-Service", "The time provider NtpClient is currently receiving valid time data from 169.254.169.123,0x9 (ntp.m|0x9|0.0.0.0:123->169.254.169.123:123).")

    def n_wu(R):
        return we(R, "System", "INFORMATION", 19, "Microsoft-Windows-WindowsUpdateClient", "Installation Successful: Windows successfully installed the following update: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.4%02d.%d.0) - Current Channel (Broad)" % (R.randint(10, 99), R.randint(100, 999)))

    def n_spp(R):
        return we(R, "Application", "INFORMATION", 16384, "Microsoft-Windows-Security-SPP", "Successfully scheduled Software Protection service for re-start at 2031-%02d-%02dT%02d:%02d:%02dZ. Reason: RulesEngine." % (R.randint(2, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))

    def n_poll(R):
        return we(R, "Application", "INFORMATION", 3020, SRC, "Acknowledgement poll: %d acknowledgements retrieved, %d accepted, %d rejected, errors 0." % ((lambda a, r: (a + r, a, r))(R.randint(0, 300), R.randint(0, 4))))

    def n_start(R):
        return we(R, "Application", "INFORMATION", 0, "Thornwick Tax Filing", pick(R, ["Service started successfully.", "Service stopped successfully."]))

    def n_dup(R):
        return we(R, "Application", "INFORMATION", 3009, SRC, "%s for employer %s already transmitted (submission %s, status ACCEPTED); duplicate request ignored." % (form(R), "ER-%05d" % R.randint(100, 48000), sub_id(R)))

    def n_batch(R):
        return we(R, "Application", "INFORMATION", 3200, SRC, "Filing batch %s prepared: %d employers, %d forms, validation errors 0." % ("FB-%s" % upper(R, 8), R.randint(1, 400), R.randint(1, 4000)))

    def n_cwa(R):
        return we(R, "Application", "INFORMATION", 1000, "AmazonCloudWatchAgent", "Amazon CloudWatch Agent %s started." % pick(R, ["1.300051.0b992", "1.300049.1b929"]))

    return [n_accepted, n_accepted, n_accepted, n_pending, n_rejected_biz, n_retry, n_svc, n_svc, n_dcom, n_time, n_wu, n_spp,
            n_poll, n_poll, n_start, n_dup, n_batch, n_cwa]


def taxfile(R):
    return build(R, F2, [("reg-transmitter-cert-expired", tx_cert), ("state-cert-private-key-acl", tx_keyacl),
                         ("ack-schema-2031-crash", tx_crash), ("gmsa-login-missing-new-rds", tx_sql),
                         ("ack-archive-disk-full", tx_disk)], tx_negs())


FAMILIES = {F1: sso, F2: taxfile}
