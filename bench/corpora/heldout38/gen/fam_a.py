"""Families: hapi-fhir7-springboot-logback-ecs, keycloak26-quarkus-json-clinician-sso.

The invented provider network "cobaltcare" (ca-central-1, domain cobaltcare.example) runs its clinical data platform
on AWS. The HAPI FHIR JPA server 7.x (Spring Boot 3, logback default console pattern, application name
"cobaltcare-fhir") runs on ECS Fargate behind an ALB; the awslogs driver ships stdout and the task definition sets
awslogs-multiline-pattern "^\\d{4}-\\d{2}-\\d{2}T" so a stack trace stays with its record. Keycloak 26 (Quarkus,
--log-console-output=json, one JSON object per record with the stack trace inside) serves the "clinicians" realm for
clinician SSO (LDAP federation to the hospital Active Directory, SMART-on-FHIR EHR launch clients)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION,
                    logback_ts, kc_ts, mrn)

# ---------------------------------------------------------------- hapi-fhir7-springboot-logback-ecs
F1 = "hapi-fhir7-springboot-logback-ecs"
RES = ["Patient", "Observation", "Encounter", "MedicationRequest", "Condition", "DiagnosticReport", "AllergyIntolerance",
       "Immunization", "DocumentReference", "Practitioner"]


def thr(R):
    return pick(R, ["nio-8080-exec-%d" % R.randint(1, 60), "main", "hapi-fhir-jpa-scheduler-%d" % R.randint(1, 4),
                    "batch2-work-notifier-%d" % R.randint(1, 4), "subscription-delivery-%d" % R.randint(0, 9)])


def sb(R, level, logger, msg, thread=None):
    t = (thread or thr(R))[-15:].rjust(15)
    return "%s %5s 1 --- [cobaltcare-fhir] [%s] %-40s : %s" % (logback_ts(R), level, t, logger[:40], msg)


def ex(R):
    return "nio-8080-exec-%d" % R.randint(1, 60)


def rid(R):
    return str(R.randint(100000, 9999999))


def a_pool(R):
    # nightly $export bulk jobs were given 40 work-chunk threads while the Hikari pool stays at 40; while they run,
    # every interactive request waits 30 s for a connection and fails with 500
    t = R.random()
    tot = "(total=40, active=40, idle=0, waiting=%d)" % R.randint(20, 160)
    if t < 0.35:
        return sb(R, "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: null", ex(R)) + "\n" + \
            sb(R, "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not available, request timed out after 30000ms %s." % tot, ex(R))
    if t < 0.75:
        r = pick(R, RES)
        return sb(R, "ERROR", "ca.uhn.fhir.rest.server.RestfulServer", "Failure during REST processing", ex(R)) + \
            "\norg.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction" + \
            "\n\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)" + \
            "\n\tat ca.uhn.fhir.jpa.dao.tx.HapiTransactionService.doExecute(HapiTransactionService.java:%d)" % R.randint(380, 420) + \
            "\n\tat ca.uhn.fhir.jpa.dao.BaseHapiFhirResourceDao.search(BaseHapiFhirResourceDao.java:%d)" % R.randint(1900, 2000) + \
            "\nCaused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30001ms %s." % tot + \
            "\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)" + \
            "\n\t... 88 common frames omitted"
    return sb(R, "INFO", "fhir.access", "status=500 GET /fhir/%s?patient=%s&_count=50 search-type %s duration=%dms ua=\"%s\"" % (
        pick(R, RES), rid(R), pick(R, RES), R.randint(30000, 30400), pick(R, ["CobaltChart/4.2", "Apache-HttpClient/5.3", "cc-portal/2.8 httpx"])), ex(R))


def a_hook(R):
    # the lab partner rotated the bearer token its results endpoint accepts; the rest-hook subscription still sends the
    # old header, so every ServiceRequest/DiagnosticReport notification to the lab is refused and never arrives
    sub = "Subscription/%d" % R.choice([41, 42])
    if R.random() < 0.6:
        return sb(R, "ERROR", "c.u.f.j.s.m.d.r.SubscriptionDeliveringRestHookSubscriber",
                  "Failure of subscription %s delivering %s/%s to https://results.labpartner.example/fhir-hook: HTTP 401 Unauthorized: {\"error\":\"invalid_token\"}" % (
                      sub, pick(R, ["ServiceRequest", "DiagnosticReport"]), rid(R)), "subscription-delivery-%d" % R.randint(0, 9))
    return sb(R, "ERROR", "c.u.f.j.s.m.d.SubscriptionDeliveryHandler",
              "Delivery of %s for %s failed after %d attempts and was moved to the dead-letter channel (last status 401)" % (
                  pick(R, ["ServiceRequest", "DiagnosticReport"]) + "/" + rid(R), sub, 5), "subscription-delivery-%d" % R.randint(0, 9))


def a_binary(R):
    # the externalised Binary storage bucket was switched to a new customer-managed KMS key whose policy omits the
    # task role; every DocumentReference attachment upload and read fails
    role = "arn:aws:sts::%s:assumed-role/cc-fhir-task-role/%s" % (ACCT, hexs(R, 32))
    key = "arn:aws:kms:%s:%s:key/5c0e2b7a-91d4-4f3e-a8c6-2d7f04b13e9a" % (REGION, ACCT)
    verb, op = pick(R, [("store", "kms:GenerateDataKey"), ("fetch", "kms:Decrypt")])
    if R.random() < 0.6:
        return sb(R, "ERROR", "c.c.fhir.binary.S3BinaryStorageSvc",
                  "Failed to %s binary %s in s3://cc-fhir-binaries-prod: software.amazon.awssdk.services.s3.model.S3Exception: User: %s is not authorized to perform: %s on resource: %s because no resource-based policy allows the %s action (Service: S3, Status Code: 403, Request ID: %s)" % (
                      verb, "Binary/" + lower(R, 16), role, op, key, op, upper(R, 16)), ex(R))
    return sb(R, "ERROR", "ca.uhn.fhir.rest.server.RestfulServer",
              "Failure during REST processing: ca.uhn.fhir.rest.server.exceptions.InternalErrorException: HTTP 500 Internal Server Error: HAPI-1299: Failed to %s externalized binary content for DocumentReference/%s" % (
                  pick(R, ["store", "load"]), rid(R)), ex(R))


def a_oom(R):
    # Patient/$everything is served without paging limits since 7.4; a few patients with 15 years of Observations
    # exhaust the 3 GiB heap and the JVM (ExitOnOutOfMemoryError) terminates the task
    t = R.random()
    if t < 0.4:
        return sb(R, "ERROR", "ca.uhn.fhir.rest.server.RestfulServer", "Failure during REST processing", ex(R)) + \
            "\njava.lang.OutOfMemoryError: Java heap space" + \
            "\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)" + \
            "\n\tat ca.uhn.fhir.jpa.search.PersistedJpaBundleProvider.getResources(PersistedJpaBundleProvider.java:%d)" % R.randint(560, 620) + \
            "\n\tat ca.uhn.fhir.jpa.provider.BaseJpaResourceProviderPatient.patientInstanceEverything(BaseJpaResourceProviderPatient.java:%d)" % R.randint(150, 190)
    if t < 0.7:
        # the JVM's own lines carry no date, so the awslogs multiline pattern glues them onto the preceding record
        return sb(R, "INFO", "fhir.access", "status=200 GET /fhir/%s?patient=%s&_count=50 search-type %s duration=%dms ua=\"CobaltChart/4.2\"" % (
            pick(R, RES), rid(R), pick(R, RES), R.randint(20, 900)), ex(R)) + \
            "\njava.lang.OutOfMemoryError: Java heap space\nDumping heap to /tmp/java_pid1.hprof ...\nHeap dump file created [%d bytes in %.3f secs]\nTerminating due to java.lang.OutOfMemoryError: Java heap space" % (
                R.randint(3100000000, 3300000000), R.uniform(8, 30))
    return sb(R, "WARN", "c.c.fhir.ops.EverythingGuard", "Patient/%s/$everything loaded %d resources into memory (heap used %d%%); response not paged" % (
        rid(R), R.randint(180000, 900000), R.randint(91, 99)), ex(R))


def a_jwks(R):
    # the Keycloak hostname moved to sso.cobaltcare.example; the FHIR server's JWKS URL still names auth.cobaltcare.example,
    # the key cache expired and every SMART bearer token is rejected
    t = R.random()
    if t < 0.4:
        return sb(R, "ERROR", "c.c.fhir.security.SmartAuthInterceptor",
                  "JWKS refresh failed for https://auth.cobaltcare.example/realms/clinicians/protocol/openid-connect/certs: java.net.UnknownHostException: auth.cobaltcare.example", "jwks-refresh-1")
    if t < 0.75:
        return sb(R, "WARN", "c.c.fhir.security.SmartAuthInterceptor",
                  "Rejecting bearer token for client %s: no signing key for kid %s (JWKS cache empty)" % (pick(R, ["cobaltchart-web", "cc-portal", "ehr-smart-launch"]), alnum(R, 43)), ex(R))
    return sb(R, "INFO", "fhir.access", "status=401 %s /fhir/%s/%s read %s duration=%dms ua=\"CobaltChart/4.2\" error=\"no signing key for kid\"" % (
        "GET", pick(R, RES), rid(R), pick(R, RES), R.randint(2, 15)), ex(R))


def a_negs():
    def n_start(R):
        return sb(R, "INFO", "ca.uhn.fhir.jpa.starter.Application", "Started Application in %.3f seconds (process running for %.3f)" % (R.uniform(38, 70), R.uniform(71, 80)), "main")

    def n_tomcat(R):
        return sb(R, "INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/fhir'" if R.random() < 0.5 else "Tomcat initialized with port 8080 (http)", "main")

    def n_hikari(R):
        return sb(R, "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - %s" % pick(R, ["Starting...", "Start completed.", "Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(R, 8)]), "main")

    def n_access(R):
        r = pick(R, RES)
        st, op = pick(R, [(200, "read"), (200, "search-type"), (201, "create"), (200, "update"), (304, "vread"), (200, "search-type")])
        meth = {"read": "GET", "search-type": "GET", "create": "POST", "update": "PUT", "vread": "GET"}[op]
        path = "/fhir/%s" % r if op in ("search-type", "create") else "/fhir/%s/%s" % (r, rid(R))
        if op == "search-type":
            path += "?patient=%s&_count=%d" % (rid(R), R.choice([20, 50, 100]))
        return sb(R, "INFO", "fhir.access", "status=%d %s %s %s %s duration=%dms ua=\"%s\"" % (
            st, meth, path, op, r, R.randint(4, 900), pick(R, ["CobaltChart/4.2", "cc-portal/2.8 httpx", "Apache-HttpClient/5.3", "cc-deid/1.6 Go-http-client/2.0"])), ex(R))

    def n_404(R):
        p = "Patient/%s" % rid(R)
        return sb(R, "INFO", "ca.uhn.fhir.rest.server.RestfulServer",
                  "Failure during REST processing: ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException: HTTP 404 Not Found: HAPI-2001: Resource %s is not known" % p, ex(R))

    def n_410(R):
        return sb(R, "INFO", "ca.uhn.fhir.rest.server.RestfulServer",
                  "Failure during REST processing: ca.uhn.fhir.rest.server.exceptions.ResourceGoneException: HTTP 410 Gone: HAPI-2244: Resource was deleted at %s" % logback_ts(R), ex(R))

    def n_422(R):
        return sb(R, "INFO", "ca.uhn.fhir.rest.server.RestfulServer",
                  "Failure during REST processing: ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException: HTTP 422 Unprocessable Entity: %s.%s: minimum required = 1, but only found 0 (from http://hl7.org/fhir/StructureDefinition/%s)" % (
                      pick(R, ["Observation", "Immunization"]), pick(R, ["status", "code", "subject"]), pick(R, ["Observation", "Immunization"])), ex(R))

    def n_412(R):
        return sb(R, "INFO", "ca.uhn.fhir.rest.server.RestfulServer",
                  "Failure during REST processing: ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException: HTTP 412 Precondition Failed: HAPI-0989: Trying to update %s/%s/_history/%d but this is not the current version" % (
                      pick(R, RES), rid(R), R.randint(1, 9)), ex(R))

    def n_search(R):
        return sb(R, "INFO", "c.u.f.j.s.SearchCoordinatorSvcImpl", "Search %s completed with %d results in %dms (0 errors)" % (uuid(R), R.randint(0, 4000), R.randint(5, 2000)), ex(R))

    def n_stale(R):
        return sb(R, "INFO", "c.u.f.j.s.c.DatabaseSearchCacheSvcImpl", "Deleted %d expired searches and %d result rows" % (R.randint(0, 400), R.randint(0, 90000)), "hapi-fhir-jpa-scheduler-%d" % R.randint(1, 4))

    def n_export(R):
        return sb(R, "INFO", "c.u.f.b.progress.InstanceProgress", "Job %s of type BULK_EXPORT has status COMPLETED - %d records processed (%.1f/sec) - ETA: 0ms, errorCount=0" % (
            uuid(R), R.randint(1000, 900000), R.uniform(200, 9000)), "batch2-work-notifier-%d" % R.randint(1, 4))

    def n_reindex(R):
        return sb(R, "INFO", "c.u.f.b.progress.InstanceProgress", "Job %s of type REINDEX has status IN_PROGRESS - %d records processed - %d/%d work chunks complete" % (
            uuid(R), R.randint(100, 40000), R.randint(1, 30), 30), "batch2-work-notifier-%d" % R.randint(1, 4))

    def n_deliver(R):
        return sb(R, "INFO", "c.u.f.j.s.m.d.r.SubscriptionDeliveringRestHookSubscriber",
                  "Delivered %s/%s to subscription Subscription/%d endpoint https://%s.cobaltcare.example/hooks/fhir (200)" % (
                      pick(R, ["Encounter", "Appointment", "Patient"]), rid(R), R.choice([12, 17, 23]), pick(R, ["portal", "reminders", "analytics"])), "subscription-delivery-%d" % R.randint(0, 9))

    def n_retry(R):
        return sb(R, "INFO", "c.u.f.j.dao.tx.HapiTransactionService",
                  "Version conflict detected (HAPI-0550), retrying transaction (attempt %d of 3)" % R.randint(1, 2), ex(R))

    def n_housekeeper(R):
        return sb(R, "WARN", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%dm%ds%dms)." % (
            R.randint(1, 3), R.randint(0, 59), R.randint(0, 999)), "HikariPool-1 housekeeper")

    def n_validation_pkg(R):
        return sb(R, "INFO", "c.u.f.j.packages.PackageInstallerSvcImpl", "Package %s#%s is already installed (0 resources updated)" % (
            pick(R, ["hl7.fhir.ca.baseline", "hl7.fhir.uv.ips", "hl7.terminology.r4"]), pick(R, ["1.1.8", "1.1.0", "5.5.0"])), "main")

    def n_binary_ok(R):
        return sb(R, "DEBUG", "c.c.fhir.binary.S3BinaryStorageSvc", "Stored binary Binary/%s (%d bytes, application/pdf) to s3://cc-fhir-binaries-prod" % (lower(R, 16), R.randint(20000, 9000000)), ex(R))

    def n_jwks_ok(R):
        return sb(R, "INFO", "c.c.fhir.security.SmartAuthInterceptor", "JWKS cache refreshed from https://sso.cobaltcare.example/realms/clinicians/protocol/openid-connect/certs (%d keys)" % R.choice([2, 3]), "jwks-refresh-1")

    def n_expired(R):
        return sb(R, "INFO", "c.c.fhir.security.SmartAuthInterceptor", "Rejecting bearer token for client %s: token expired %ds ago (401)" % (pick(R, ["cobaltchart-web", "cc-portal"]), R.randint(1, 4000)), ex(R))

    def n_scope(R):
        return sb(R, "INFO", "c.c.fhir.security.SmartAuthInterceptor", "Denied %s on %s for client cc-portal: scope patient/%s.rs not granted (403)" % (
            pick(R, ["read", "search"]), pick(R, RES), pick(R, ["Observation", "DocumentReference"])), ex(R))

    def n_broken_pipe(R):
        return sb(R, "WARN", "o.s.w.s.m.s.DefaultHandlerExceptionResolver",
                  "Resolved [org.springframework.web.context.request.async.AsyncRequestNotUsableException: ServletOutputStream failed to write: java.io.IOException: Broken pipe]", ex(R))

    def n_health(R):
        return sb(R, "DEBUG", "o.s.b.a.health.HealthEndpointWebExtension", "Health status UP (db=UP, diskSpace=UP, ping=UP) in %dms" % R.randint(1, 40), ex(R))

    def n_everything_ok(R):
        return sb(R, "INFO", "fhir.access", "status=200 GET /fhir/Patient/%s/$everything?_count=100 extended-operation-instance Patient duration=%dms ua=\"CobaltChart/4.2\"" % (rid(R), R.randint(200, 4000)), ex(R))

    return [n_start, n_tomcat, n_hikari, n_access, n_access, n_access, n_404, n_410, n_422, n_412, n_search, n_stale,
            n_export, n_reindex, n_deliver, n_retry, n_housekeeper, n_validation_pkg, n_binary_ok, n_jwks_ok, n_expired,
            n_scope, n_broken_pipe, n_health, n_everything_ok]


def hapi(R):
    return build(R, F1, [
        ("bulk-export-threads-exhaust-hikari-pool", a_pool),
        ("lab-rest-hook-token-rotated-401", a_hook),
        ("binary-bucket-new-kms-key-policy-denies-task-role", a_binary),
        ("patient-everything-unpaged-heap-oom", a_oom, 9),
        ("jwks-url-old-keycloak-hostname", a_jwks),
    ], a_negs())


# ---------------------------------------------------------------- keycloak26-quarkus-json-clinician-sso
F2 = "keycloak26-quarkus-json-clinician-sso"
SEQ = [30000]
HOSTS = ["ip-10-42-%d-%d.ca-central-1.compute.internal" % (a, b) for a, b in ((3, 17), (4, 201), (5, 88))]


def kc(R, level, logger, msg, thread=None, exc=None, mdc=None):
    SEQ[0] += R.randint(1, 40)
    d = {"timestamp": kc_ts(R), "sequence": SEQ[0], "loggerClassName": "org.jboss.logging.Logger", "loggerName": logger,
         "level": level, "message": msg, "threadName": thread or "executor-thread-%d" % R.randint(1, 80),
         "threadId": R.randint(20, 200), "mdc": mdc or {}, "ndc": "", "hostName": pick(R, HOSTS),
         "processName": "QuarkusEntryPoint", "processId": 1}
    if exc:
        d["exception"] = exc
    return jd(d)


def kexc(R, ref, name, msg, frames, cause=None):
    e = {"refId": ref, "exceptionType": name, "message": msg, "frames": [{"class": c, "method": m, "line": l} for c, m, l in frames]}
    if cause:
        e["causedBy"] = {"exception": cause}
    return e


def ev(R, typ, client, error=None, user=None, extra=""):
    s = 'type="%s", realmId="%s", realmName="clinicians", clientId="%s", userId="%s", sessionId="%s", ipAddress="%s"' % (
        typ, "b3c9e0d2-4f1a-4e77-9d0c-6a2f81e5c4b7", client, user or uuid(R), uuid(R), ip10(R, 42))
    if error:
        s += ', error="%s"' % error
    return s + extra


CLIENTS = ["cobaltchart-web", "cc-portal", "ehr-smart-launch", "cc-mobile", "hapi-fhir"]


def b_ldap(R):
    # the AD service account used for LDAP federation has an expired password (data 532); every clinician login
    # that needs an LDAP lookup fails with a server error
    inner = kexc(R, 1, "javax.naming.AuthenticationException",
                 "[LDAP: error code 49 - 80090308: LdapErr: DSID-0C090569, comment: AcceptSecurityContext error, data 532, v4563]",
                 [("com.sun.jndi.ldap.LdapCtx", "mapErrorCode", 3261), ("com.sun.jndi.ldap.LdapCtx", "connect", 2750)])
    if R.random() < 0.55:
        return kc(R, "ERROR", "org.keycloak.services.error.KeycloakErrorHandler",
                  "Uncaught server error: org.keycloak.models.ModelException: LDAP Query failed",
                  exc=kexc(R, 0, "org.keycloak.models.ModelException", "LDAP Query failed",
                           [("org.keycloak.storage.ldap.idm.store.ldap.LDAPIdentityStore", "fetchQueryResults", R.choice([393, 394])),
                            ("org.keycloak.storage.ldap.LDAPStorageProvider", "searchForUserByUserAttributeStream", R.randint(560, 600))], inner))
    return kc(R, "ERROR", "org.keycloak.storage.ldap.idm.store.ldap.LDAPOperationManager",
              "Could not bind as cn=svc-keycloak-ldap,ou=Service Accounts,dc=corp,dc=cobaltcare,dc=example to ldaps://ad%d.corp.cobaltcare.example:636 while looking up user %s" % (
                  R.randint(1, 2), pick(R, ["dr.", "rn.", "np."]) + lower(R, 6)), exc=inner)


def b_readonly(R):
    # KC_DB_URL names the instance endpoint of the old writer; after an Aurora failover it is a reader, so every
    # session/credential write fails with SQLState 25006
    t = R.random()
    stmt = pick(R, ["update USER_ENTITY set", "insert into OFFLINE_USER_SESSION", "update CREDENTIAL set", "insert into ADMIN_EVENT_ENTITY", "update USER_ATTRIBUTE set"])
    if t < 0.35:
        return kc(R, "WARN", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 25006")
    if t < 0.7:
        return kc(R, "ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", "ERROR: cannot execute %s in a read-only transaction" % stmt.split()[0].upper())
    return kc(R, "ERROR", "org.keycloak.services.error.KeycloakErrorHandler",
              "Uncaught server error: org.keycloak.models.ModelException: org.hibernate.exception.GenericJDBCException: could not execute statement [ERROR: cannot execute %s in a read-only transaction] [%s ...]" % (
                  stmt.split()[0].upper(), stmt))


def b_ispn(R):
    # a security-group change removed TCP 7800 between Keycloak tasks; the distributed caches time out on remote calls
    t = R.random()
    node = pick(R, HOSTS).split(".")[0] + "-%d" % R.randint(10000, 60000)
    cache = pick(R, ["authenticationSessions", "sessions", "loginFailures", "actionTokens"])
    if t < 0.5:
        return kc(R, "ERROR", "org.infinispan.interceptors.impl.InvocationContextInterceptor",
                  "ISPN000136: Error executing command PutKeyValueCommand on Cache '%s', writing keys [%s]" % (cache, uuid(R)), thread="non-blocking-thread--p2-t%d" % R.randint(1, 8),
                  exc=kexc(R, 0, "org.infinispan.util.concurrent.TimeoutException", "ISPN000476: Timed out waiting for responses for request %d from %s after 15 seconds" % (R.randint(1000, 999999), node),
                           [("org.infinispan.remoting.transport.impl.SingleTargetRequest", "onTimeout", 86)]))
    return kc(R, "ERROR", "org.keycloak.services.error.KeycloakErrorHandler",
              "Uncaught server error: org.infinispan.util.concurrent.TimeoutException: ISPN000476: Timed out waiting for responses for request %d from %s after 15 seconds" % (R.randint(1000, 999999), node))


def b_redirect(R):
    # the EHR vendor moved its SMART launch to a new host; the ehr-smart-launch client still lists the old
    # redirect URIs, so every in-EHR launch fails before login
    uri = "https://ehr.%s.example/smart/%s" % (pick(R, ["northgate-hospital", "lakeview-clinic"]), pick(R, ["callback", "launch/redirect"]))
    if R.random() < 0.6:
        return kc(R, "WARN", "org.keycloak.events", ev(R, "LOGIN_ERROR", "ehr-smart-launch", "invalid_redirect_uri", "null", ', redirect_uri="%s"' % uri))
    return kc(R, "WARN", "org.keycloak.services", "Invalid parameter: redirect_uri (client ehr-smart-launch, value %s)" % uri)


def b_smtp(R):
    # the SES SMTP credentials in the realm's email settings belong to a deleted IAM user; password-reset and OTP
    # enrolment emails to clinicians are never sent
    if R.random() < 0.55:
        return kc(R, "ERROR", "org.keycloak.services", "KC-SERVICES0029: Failed to send email",
                  exc=kexc(R, 0, "org.keycloak.email.EmailException", "jakarta.mail.AuthenticationFailedException: 535 Authentication Credentials Invalid",
                           [("org.keycloak.email.DefaultEmailSenderProvider", "send", R.choice([158, 159])),
                            ("org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider", "send", R.randint(250, 270))]))
    return kc(R, "WARN", "org.keycloak.events", ev(R, pick(R, ["SEND_RESET_PASSWORD_ERROR", "SEND_VERIFY_EMAIL_ERROR"]), "account-console", "email_send_failed", None,
                                                  ', email="%s@cobaltcare.example"' % (lower(R, 1) + "." + lower(R, 7))))


def b_negs():
    def n_started(R):
        return kc(R, "INFO", "io.quarkus", "Keycloak 26.0.%d on JVM (powered by Quarkus 3.15.%d) started in %.3fs. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000." % (
            R.randint(5, 8), R.randint(1, 3), R.uniform(7, 16)), thread="main")

    def n_profile(R):
        return kc(R, "INFO", "io.quarkus", pick(R, ["Profile prod activated. ", "Installed features: [agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, narayana-jta, opentelemetry, reactive-routes, rest, rest-jackson, smallrye-context-propagation, vertx]"]), thread="main")

    def n_view(R):
        return kc(R, "INFO", "org.infinispan.CLUSTER", "ISPN000094: Received new cluster view for channel ISPN: [%s|%d] (%d) [%s]" % (
            HOSTS[0].split(".")[0] + "-%d" % R.randint(10000, 60000), R.randint(2, 40), 3, ", ".join(h.split(".")[0] + "-%d" % R.randint(10000, 60000) for h in HOSTS)), thread="jgroups-%d,%s" % (R.randint(5, 90), pick(R, HOSTS).split(".")[0]))

    def n_login(R):
        return kc(R, "INFO", "org.keycloak.events", ev(R, pick(R, ["LOGIN", "CODE_TO_TOKEN", "REFRESH_TOKEN", "LOGOUT"]), pick(R, CLIENTS), None, None,
                                                      ', auth_method="openid-connect", username="%s"' % (pick(R, ["dr.", "rn.", "np.", "pharm."]) + lower(R, 7))))

    def n_badpw(R):
        return kc(R, "WARN", "org.keycloak.events", ev(R, "LOGIN_ERROR", pick(R, CLIENTS), "invalid_user_credentials", None,
                                                      ', auth_method="openid-connect", username="%s"' % (pick(R, ["dr.", "rn.", "np."]) + lower(R, 7))))

    def n_nouser(R):
        return kc(R, "WARN", "org.keycloak.events", ev(R, "LOGIN_ERROR", pick(R, CLIENTS), "user_not_found", "null", ', username="%s"' % lower(R, 9)))

    def n_otp(R):
        return kc(R, "WARN", "org.keycloak.events", ev(R, "LOGIN_ERROR", pick(R, CLIENTS), "invalid_user_credentials", None, ', auth_method="openid-connect", authenticator="auth-otp-form"'))

    def n_refresh_expired(R):
        return kc(R, "WARN", "org.keycloak.events", ev(R, "REFRESH_TOKEN_ERROR", pick(R, CLIENTS), "invalid_token", None, ', reason="Session not active", grant_type="refresh_token"'))

    def n_bruteforce(R):
        return kc(R, "WARN", "org.keycloak.events", ev(R, "LOGIN_ERROR", pick(R, CLIENTS), "user_temporarily_disabled", None, ', username="%s"' % lower(R, 8)))

    def n_smart_ok(R):
        return kc(R, "INFO", "org.keycloak.events", ev(R, "LOGIN", "ehr-smart-launch", None, None,
                                                      ', redirect_uri="https://ehr.northgate-hospital.example/smart/callback", scope="openid fhirUser launch patient/*.rs", username="%s"' % ("dr." + lower(R, 6))))

    def n_spi(R):
        return kc(R, "WARN", "org.keycloak.services", "KC-SERVICES0047: %s (%s) is implementing the internal SPI %s. This SPI is internal and may change without notice" % (
            pick(R, ["cc-smart-launch-context", "cc-audit-forwarder"]), pick(R, ["ca.cobaltcare.kc.SmartLaunchContextFactory", "ca.cobaltcare.kc.AuditForwarderFactory"]), pick(R, ["authenticator", "eventsListener"])), thread="main")

    def n_ldap_sync(R):
        return kc(R, "INFO", "org.keycloak.storage.ldap.LDAPStorageProviderFactory", "Sync changed users from LDAP to local store: realm: clinicians, federation provider: corp-ad, last sync time: %s" % kc_ts(R), thread="Timer-0")

    def n_ldap_result(R):
        return kc(R, "INFO", "org.keycloak.services.managers.UserStorageSyncManager", "Sync result: %d imported users, %d updated users, 0 removed users, 0 users failed sync" % (R.randint(0, 9), R.randint(0, 60)), thread="Timer-0")

    def n_admin(R):
        return kc(R, "INFO", "org.keycloak.events", 'operationType="UPDATE", realmId="b3c9e0d2-4f1a-4e77-9d0c-6a2f81e5c4b7", realmName="clinicians", clientId="%s", userId="%s", ipAddress="%s", resourceType="USER", resourcePath="users/%s"' % (
            "admin-cli", uuid(R), ip10(R, 42), uuid(R)))

    def n_hostname(R):
        return kc(R, "INFO", "org.keycloak.url.HostnameV2ProviderFactory", "Hostname settings: hostname: https://sso.cobaltcare.example, strict: true, backchannel dynamic: %s" % pick(R, ["false", "true"]), thread="main")

    def n_jgroups(R):
        if R.random() < 0.5:
            return kc(R, "INFO", "org.infinispan.CLUSTER", "ISPN000078: Starting JGroups channel `ISPN` with stack `jdbc-ping`", thread="main")
        return kc(R, "INFO", "org.jgroups.protocols.pbcast.GMS", "%s-%d: no members discovered after %d ms: creating cluster as coordinator" % (pick(R, HOSTS).split(".")[0], R.randint(10000, 60000), R.randint(2000, 3200)), thread="main")

    def n_expired_code(R):
        return kc(R, "WARN", "org.keycloak.events", ev(R, "CODE_TO_TOKEN_ERROR", pick(R, CLIENTS), "invalid_code", None, ', grant_type="authorization_code", code_id="%s"' % uuid(R)))

    def n_cookie(R):
        return kc(R, "WARN", "org.keycloak.events", ev(R, "LOGIN_ERROR", pick(R, CLIENTS), "cookie_not_found", "null"))

    def n_reset_ok(R):
        return kc(R, "INFO", "org.keycloak.events", ev(R, "SEND_RESET_PASSWORD", "account-console", None, None, ', email="%s@cobaltcare.example"' % (lower(R, 1) + "." + lower(R, 7))))

    def n_tx_ok(R):
        return kc(R, "DEBUG", "org.keycloak.transaction.JtaTransactionWrapper", "JtaTransactionWrapper commit. Request Context: HTTP %s /realms/clinicians/%s" % (
            pick(R, ["GET", "POST"]), pick(R, ["protocol/openid-connect/token", "login-actions/authenticate", "protocol/openid-connect/auth", "account"])))

    return [n_started, n_profile, n_view, n_login, n_login, n_login, n_badpw, n_nouser, n_otp, n_refresh_expired, n_bruteforce,
            n_smart_ok, n_spi, n_ldap_sync, n_ldap_result, n_admin, n_hostname, n_jgroups, n_expired_code, n_cookie, n_reset_ok, n_tx_ok]


def keycloak(R):
    SEQ[0] = 30000 + R.randint(0, 5000)
    return build(R, F2, [
        ("ldap-bind-account-password-expired", b_ldap),
        ("db-url-instance-endpoint-readonly-after-failover", b_readonly),
        ("sg-change-blocks-jgroups-7800-ispn-timeouts", b_ispn),
        ("ehr-smart-launch-redirect-uri-moved", b_redirect),
        ("ses-smtp-user-deleted-535", b_smtp),
    ], b_negs())


FAMILIES = {F1: hapi, F2: keycloak}
