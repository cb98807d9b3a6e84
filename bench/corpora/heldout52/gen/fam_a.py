"""Families: policyadmin-wildfly31-jboss-logmanager-ec2, quote-rating-go123-gokit-logfmt-ecs.

"policyadmin" is mossgate's policy administration system (Java 17 EARs on WildFly 31 on EC2, Oracle 19c through the
PolicyDS datasource, EJB timers for renewals). The console/server.log uses WildFly's default pattern
`%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`; stack traces follow the record and the CloudWatch agent's
multi_line_start_pattern (a leading timestamp) keeps them in the record's event.

"quote-rating" is the Go 1.23 quote and rating engine on ECS Fargate; go-kit logfmt (`level=… ts=… caller=… msg=…`),
net/http's recovered-panic text (stdlib `log` prefix + goroutine dump, kept as one event by the awslogs
multi-line pattern)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, comma_ts, moment)

# ---------------------------------------------------------------- policyadmin-wildfly31-jboss-logmanager-ec2
F1 = "policyadmin-wildfly31-jboss-logmanager-ec2"


def wf(R, lvl, cat, thread, msg, exc=None):
    line = "%s %-5s [%s] (%s) %s" % (comma_ts(R), lvl, cat, thread, msg)
    return line if exc is None else line + "\n" + exc


def task(R):
    return "default task-%d" % R.randint(1, 64)


def pol(R, line=None):
    return "MG-%s-2031-%06d" % (line or pick(R, ["MTR", "HH", "FLT", "LND", "COM"]), R.randint(1000, 999999))


def quote_id(R):
    return "Q-%s" % upper(R, 10)


def txid(R):
    return "0:ffff0a%s:%s:%s:%s" % (hexs(R, 6), hexs(R, 8), hexs(R, 8), hexs(R, 3))


def pa_ds_pw(R):
    # the PolicyDS schema user's Oracle password hit its PASSWORD_LIFE_TIME (profile not switched to the
    # service-account profile); no new connection can be made and policy issue / endorsement requests fail
    if R.random() < 0.45:
        return wf(R, "WARN", "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool", task(R),
                  "IJ000604: Throwable while attempting to get a new connection: null",
                  "jakarta.resource.ResourceException: IJ031084: Unable to create connection\n"
                  "\tat org.jboss.ironjacamar.jdbcadapters@3.0.8.Final//org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory.createLocalManagedConnection(LocalManagedConnectionFactory.java:%d)\n"
                  "\tat org.jboss.ironjacamar.jdbcadapters@3.0.8.Final//org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory.getLocalManagedConnection(LocalManagedConnectionFactory.java:358)\n"
                  "Caused by: java.sql.SQLException: ORA-28001: the password has expired\n"
                  "\tat com.oracle.database.jdbc//oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:709)\n"
                  "\tat com.oracle.database.jdbc//oracle.jdbc.driver.T4CTTIoauthenticate.processError(T4CTTIoauthenticate.java:%d)\n"
                  "\t... %d more" % (R.randint(320, 330), R.randint(1200, 1260), R.randint(30, 60)))
    what = pick(R, ["Policy issue", "Mid-term adjustment", "Cancellation", "Reinstatement"])
    return wf(R, "ERROR", "com.mossgate.pas.api.PolicyResource", task(R),
              "%s failed for %s (quote %s): jakarta.ejb.EJBException: jakarta.resource.ResourceException: IJ000453: Unable to get managed connection for java:jboss/datasources/PolicyDS" % (what, pol(R), quote_id(R)))


def pa_fleet_tx(R):
    # fleet renewals for schemes with >400 vehicles run in one JTA transaction; the default 300 s transaction timeout
    # is exceeded, the reaper rolls it back and the fleet policy is not renewed
    r = R.random()
    tx = txid(R)
    if r < 0.35:
        return wf(R, "WARN", "com.arjuna.ats.arjuna", "Transaction Reaper",
                  "ARJUNA012117: TransactionReaper::check timeout for TX %s in state  RUN" % tx)
    if r < 0.7:
        return wf(R, "ERROR", "org.jboss.as.ejb3.invocation", "EJB default - %d" % R.randint(1, 10),
                  "WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component FleetRenewalBean for method public void com.mossgate.pas.renewal.FleetRenewalBean.renew(java.lang.String)",
                  "jakarta.ejb.EJBTransactionRolledbackException: Transaction rolled back\n"
                  "\tat org.jboss.as.ejb3@31.0.1.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.endTransaction(CMTTxInterceptor.java:%d)\n"
                  "\tat org.jboss.as.ejb3@31.0.1.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.invokeInOurTx(CMTTxInterceptor.java:%d)\n"
                  "Caused by: jakarta.transaction.RollbackException: ARJUNA016102: The transaction is not active! Uid is %s\n"
                  "\tat org.jboss.jts//com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionImple.commitAndDisassociate(TransactionImple.java:%d)\n"
                  "\t... %d more" % (R.randint(180, 200), R.randint(270, 290), tx, R.randint(1290, 1310), R.randint(60, 90)))
    return wf(R, "ERROR", "com.mossgate.pas.renewal.RenewalScheduler", "EJB default - %d" % R.randint(1, 10),
              "Fleet policy %s (%d vehicles) not renewed: transaction timed out after 300 seconds; renewal date 2031-03-%02d" % (pol(R, "FLT"), R.randint(410, 2400), R.randint(1, 28)))


def pa_docs_ear(R):
    # release 4.12's policy-docs EAR references a JMS queue that was not added to standalone-full.xml; the deployment
    # is rolled back and every policy schedule / certificate dispatch fails
    r = R.random()
    if r < 0.35:
        return wf(R, "ERROR", "org.jboss.as.controller.management-operation", "DeploymentScanner-threads - %d" % R.randint(1, 2),
                  "WFLYCTL0013: Operation (\"deploy\") failed - address: ([(\"deployment\" => \"policy-docs-4.12.%d.ear\")]) - failure description: {\"WFLYCTL0180: Services with missing/unavailable dependencies\" => [\"jboss.naming.context.java.module.policy-docs-4.12.%d.policy-docs-ejb.env.jms.PolicyDocsQueue is missing [jboss.naming.context.java.jboss.exported.jms.queue.PolicyDocsQueue]\"]}" % ((R.randint(0, 3),) * 2))
    if r < 0.55:
        return wf(R, "ERROR", "org.jboss.as.server", "DeploymentScanner-threads - %d" % R.randint(1, 2),
                  "WFLYSRV0021: Deploy of deployment \"policy-docs-4.12.%d.ear\" was rolled back with the following failure message: {\"WFLYCTL0180: Services with missing/unavailable dependencies\" => [\"jboss.naming.context.java.module.policy-docs-4.12.%d.policy-docs-ejb.env.jms.PolicyDocsQueue is missing [jboss.naming.context.java.jboss.exported.jms.queue.PolicyDocsQueue]\"]}" % ((R.randint(0, 3),) * 2))
    return wf(R, "ERROR", "com.mossgate.pas.docs.DocumentDispatcher", task(R),
              "Schedule and certificate for %s not dispatched: EJBCLIENT000079: Unable to discover destination for request for Jakarta Enterprise Beans StatelessEJBLocator for \"policy-docs-4.12/policy-docs-ejb/DocumentDispatchBean\", view is interface com.mossgate.docs.api.DocumentDispatch, affinity is None" % pol(R))


def pa_seq(R):
    # POLICY_NO_SEQ was created with MAXVALUE 999999 per product prefix; the household book passed it, no household
    # policy can be bound
    r = R.random()
    if r < 0.3:
        return wf(R, "WARN", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", task(R), "SQL Error: 8004, SQLState: 72000")
    if r < 0.6:
        return wf(R, "ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", task(R),
                  "ORA-08004: sequence POLICY_NO_SEQ.NEXTVAL exceeds MAXVALUE and cannot be instantiated\n\nhttps://docs.oracle.com/error-help/db/ora-08004/")
    return wf(R, "ERROR", "com.mossgate.pas.bind.BindService", task(R),
              "Bind failed for quote %s (household, broker %s): could not obtain next policy number: org.hibernate.exception.GenericJDBCException: could not extract ResultSet" % (quote_id(R), "BRK-%04d" % R.randint(10, 9000)))


def pa_metaspace(R):
    # 4.12 ships the Drools-based referral rules (thousands of generated classes); -XX:MaxMetaspaceSize=256m was not
    # raised, Metaspace is exhausted and requests fail until the server is restarted
    if R.random() < 0.5:
        return wf(R, "ERROR", "io.undertow.request", task(R),
                  "UT005023: Exception handling request to /pas/api/%s" % pick(R, ["quotes/%s/bind" % quote_id(R), "policies/%s/mta" % pol(R), "referrals/%d" % R.randint(1000, 99999)]),
                  "java.lang.OutOfMemoryError: Metaspace\n"
                  "\tat java.base/java.lang.ClassLoader.defineClass1(Native Method)\n"
                  "\tat java.base/java.lang.ClassLoader.defineClass(ClassLoader.java:1027)\n"
                  "\tat org.drools.wiring.dynamic.DynamicProjectClassLoader.defineType(DynamicProjectClassLoader.java:%d)" % R.randint(60, 90))
    return wf(R, "ERROR", "stderr", task(R), "Exception in thread \"%s\" java.lang.OutOfMemoryError: Metaspace" % pick(R, [task(R), "EJB default - %d" % R.randint(1, 10), "ServerService Thread Pool -- %d" % R.randint(60, 90)]))


def pa_negs():
    def n_boot(R):
        return pick(R, [
            wf(R, "INFO", "org.jboss.as", "MSC service thread 1-%d" % R.randint(1, 4), "WFLYSRV0049: WildFly Full 31.0.1.Final (WildFly Core 23.0.3.Final) starting"),
            wf(R, "INFO", "org.jboss.as", "Controller Boot Thread", "WFLYSRV0025: WildFly Full 31.0.1.Final (WildFly Core 23.0.3.Final) started in %dms - Started %d of %d services (%d services are lazy, passive or on-demand) - Server configuration file in use: standalone-full.xml" % (R.randint(9000, 30000), R.randint(900, 990), R.randint(1100, 1200), R.randint(180, 260))),
            wf(R, "INFO", "org.jboss.as.server", "ServerService Thread Pool -- %d" % R.randint(40, 90), "WFLYSRV0010: Deployed \"%s\" (runtime-name : \"%s\")" % ((pick(R, ["pas-core-4.12.%d.ear" % R.randint(0, 3), "pas-api-4.12.%d.war" % R.randint(0, 3), "ojdbc11.jar"]),) * 2)),
            wf(R, "INFO", "org.wildfly.extension.undertow", "ServerService Thread Pool -- %d" % R.randint(40, 90), "WFLYUT0021: Registered web context: '/%s' for server 'default-server'" % pick(R, ["pas", "pas-admin", "pas/api"])),
            wf(R, "INFO", "org.jboss.as.connector.subsystems.datasources", "MSC service thread 1-%d" % R.randint(1, 4), "WFLYJCA0001: Bound data source [java:jboss/datasources/%s]" % pick(R, ["PolicyDS", "RatingCacheDS", "AuditDS"]))])

    def n_benign(R):
        return pick(R, [
            wf(R, "WARN", "org.jboss.as.txn", "ServerService Thread Pool -- %d" % R.randint(60, 80), "WFLYTX0013: The node-identifier attribute on the /subsystem=transactions is set to the default value. This is a danger for environments running multiple servers. Please make sure the attribute value is unique."),
            wf(R, "WARN", "org.jboss.as.dependency.private", "MSC service thread 1-%d" % R.randint(1, 4), "WFLYSRV0018: Deployment \"deployment.pas-core-4.12.%d.ear\" is using a private module (\"org.jboss.jts\") which may be changed or removed in future versions without notice." % R.randint(0, 3)),
            wf(R, "WARN", "org.hibernate.orm.deprecation", "ServerService Thread Pool -- %d" % R.randint(60, 80), "HHH90000025: OracleDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)")])

    def n_issued(R):
        return wf(R, "INFO", "com.mossgate.pas.bind.BindService", task(R), "Policy %s issued from quote %s: premium GBP %d.%02d incl. IPT, inception 2031-%02d-%02d, channel %s" % (
            pol(R), quote_id(R), R.randint(180, 4200), R.randint(0, 99), R.randint(2, 3), R.randint(1, 28), pick(R, ["direct", "broker", "aggregator"])))

    def n_declined(R):
        return wf(R, "INFO", "com.mossgate.pas.uw.UnderwritingRules", task(R), "Quote %s declined by underwriting rule %s (%s); no policy offered" % (
            quote_id(R), pick(R, ["UW-MTR-017", "UW-HH-044", "UW-HH-051", "UW-COM-009"]), pick(R, ["more than 2 fault claims in 3 years", "property within flood zone 3b without resilience survey", "unoccupied more than 60 days", "trade not in appetite"])))

    def n_referral(R):
        return wf(R, "INFO", "com.mossgate.pas.uw.ReferralService", task(R), "Quote %s referred to underwriter queue %s (sum insured GBP %d exceeds delegated authority)" % (quote_id(R), pick(R, ["HH-HNW", "COM-SME", "MTR-PRESTIGE"]), R.randint(1, 9) * 250000))

    def n_mta(R):
        return wf(R, "INFO", "com.mossgate.pas.mta.AdjustmentService", task(R), "MTA applied to %s: %s, additional premium GBP %d.%02d, effective 2031-02-%02d" % (pol(R), pick(R, ["change of vehicle", "add named driver", "change of address", "add high-risk item"]), R.randint(0, 300), R.randint(0, 99), R.randint(2, 28)))

    def n_renewal(R):
        if R.random() < 0.5:
            return wf(R, "INFO", "com.mossgate.pas.renewal.RenewalScheduler", "EJB default - %d" % R.randint(1, 10), "Renewal run %s finished: invited=%d renewed=%d lapsed=%d failed=0 duration=%ds" % ("RR-2031-02-%02d" % R.randint(2, 28), R.randint(400, 3000), R.randint(200, 2000), R.randint(0, 60), R.randint(60, 900)))
        return wf(R, "INFO", "com.mossgate.pas.renewal.RenewalScheduler", "EJB default - %d" % R.randint(1, 10), "Renewal invitation generated for %s: renewal premium GBP %d.%02d (%+.1f%%)" % (pol(R), R.randint(180, 3800), R.randint(0, 99), R.uniform(-8, 15)))

    def n_optlock(R):
        return wf(R, "WARN", "com.mossgate.pas.persistence.RetryInterceptor", task(R), "OptimisticLockException on PolicyVersion %s v%d; retried (attempt 1/3) and succeeded" % (pol(R), R.randint(2, 9)))

    def n_lapse(R):
        return wf(R, "INFO", "com.mossgate.pas.billing.LapseService", "EJB default - %d" % R.randint(1, 10), "Policy %s cancelled for non-payment after 3 failed instalments (notice sent 2031-01-%02d)" % (pol(R), R.randint(2, 28)))

    def n_debug(R):
        return wf(R, "DEBUG", "com.mossgate.pas.rating.RatingClient", task(R), "rating response quote=%s status=200 elapsed=%dms factors=%d errors=[]" % (quote_id(R), R.randint(40, 900), R.randint(30, 120)))

    def n_shutdown(R):
        return pick(R, [
            wf(R, "INFO", "org.jboss.as.server", "Thread-%d" % R.randint(1, 9), "WFLYSRV0220: Server shutdown has been requested via an OS signal"),
            wf(R, "INFO", "org.jboss.as", "MSC service thread 1-%d" % R.randint(1, 4), "WFLYSRV0050: WildFly Full 31.0.1.Final (WildFly Core 23.0.3.Final) stopped in %dms" % R.randint(300, 4000)),
            wf(R, "INFO", "org.jboss.as.server.deployment", "MSC service thread 1-%d" % R.randint(1, 4), "WFLYSRV0028: Stopped deployment pas-api-4.12.%d.war (runtime-name: pas-api-4.12.%d.war) in %dms" % (R.randint(0, 3), R.randint(0, 3), R.randint(20, 600)))])

    def n_session(R):
        return wf(R, "INFO", "com.mossgate.pas.web.SessionAudit", task(R), "Session for user %s expired after 30 min inactivity; unsaved quote %s kept as draft" % (pick(R, ["uw.", "ops.", "csr."]) + lower(R, 6), quote_id(R)))

    def n_validation(R):
        return wf(R, "INFO", "com.mossgate.pas.api.ValidationMapper", task(R), "400 Bad Request for POST /pas/api/quotes: %s" % pick(R, ["vehicle.registration must match UK format", "inceptionDate must not be more than 30 days ahead", "postcode is required", "noClaimsYears must be between 0 and 25"]))

    return [n_boot, n_benign, n_issued, n_declined, n_referral, n_mta, n_renewal, n_optlock, n_lapse, n_debug, n_shutdown, n_session, n_validation]


def policyadmin(R):
    return build(R, F1, [("policyds-oracle-password-expired", pa_ds_pw), ("fleet-renewal-tx-timeout", pa_fleet_tx),
                                    ("policy-docs-ear-missing-jms-queue", pa_docs_ear), ("policy-number-sequence-maxvalue", pa_seq),
                                    ("metaspace-exhausted-drools-rules", pa_metaspace)], pa_negs())


# ---------------------------------------------------------------- quote-rating-go123-gokit-logfmt-ecs
F2 = "quote-rating-go123-gokit-logfmt-ecs"


def lf(R, lvl, caller, msg, **kv):
    parts = ["level=%s" % lvl, "ts=%s" % iso_z(R, 6), "caller=%s" % caller]
    kv = dict([("msg", msg)] + list(kv.items()))
    for k, v in kv.items():
        v = str(v)
        parts.append("%s=%s" % (k, ('"%s"' % v.replace('"', '\\"')) if (" " in v or '"' in v or "=" in v or v == "") else v))
    return " ".join(parts)


def qid(R):
    return "q_%s" % lower(R, 16)


def product(R):
    return pick(R, ["motor-private", "motor-van", "home-buildings", "home-contents", "landlord"])


def qr_bureau(R):
    # the Northmere credit bureau API key was revoked at contract renewal and the new key never loaded into the task;
    # every motor and home quote that needs a credit tier fails
    if R.random() < 0.55:
        return lf(R, "error", "bureau/client.go:%d" % R.randint(140, 160), "credit score lookup failed", bureau="northmere", quote_id=qid(R), status=401,
                  body='{"error":"invalid_api_key","message":"API key is not active"}', attempt="3/3")
    return lf(R, "error", "quote/service.go:%d" % R.randint(200, 230), "quote not rated", quote_id=qid(R), product=product(R),
              err="credit tier: northmere: 401 Unauthorized: invalid_api_key")


def qr_ratetable(R):
    # the February 2031 motor rate tables were approved but never published to s3://mossgate-rating-tables; quotes
    # with a February effective date cannot find a table
    eff = "2031-02-%02d" % R.randint(1, 28)
    if R.random() < 0.4:
        return lf(R, "error", "tables/loader.go:%d" % R.randint(80, 95), "rate table load failed", table=pick(R, ["motor-private", "motor-van"]), effective="2031-02-01",
                  err="operation error S3: GetObject, https response error StatusCode: 404, RequestID: %s, HostID: %s, api error NoSuchKey: The specified key does not exist." % (upper(R, 16), alnum(R, 56)))
    return lf(R, "error", "quote/service.go:%d" % R.randint(200, 230), "quote not rated", quote_id=qid(R), product=pick(R, ["motor-private", "motor-van"]),
              err="no rate table for product effective %s" % eff)


def qr_panic(R):
    # release 3.8's flood peril scorer dereferences the flood-zone record, which is nil for postcodes missing from the
    # EA flood dataset; home quotes there panic (recovered per request by net/http, or crashing the batch re-rater)
    frames = ("github.com/mossgate/rating/internal/peril.(*FloodScorer).Score(0xc000%s, {0xc00%s, 0x%x})\n"
              "\t/src/internal/peril/flood.go:%d +0x%x\n"
              "github.com/mossgate/rating/internal/quote.(*Service).ratePerils(0xc000%s, {0x%x, 0xc00%s}, 0xc00%s)\n"
              "\t/src/internal/quote/perils.go:%d +0x%x\n"
              % (hexs(R, 6), hexs(R, 7), R.randint(5, 9), R.randint(58, 64), R.randint(0x20, 0x90), hexs(R, 6), R.randint(0x1000000, 0x2000000), hexs(R, 7), hexs(R, 7), R.randint(40, 60), R.randint(0x100, 0x300)))
    if R.random() < 0.6:
        return ("%s http: panic serving %s:%d: runtime error: invalid memory address or nil pointer dereference\n"
                "goroutine %d [running]:\nnet/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:1947 +0xbe\npanic({0x%x?, 0x%x?})\n\t/usr/local/go/src/runtime/panic.go:785 +0x132\n"
                % (moment(R).strftime("%Y/%m/%d %H:%M:%S"), ip10(R, 20), R.randint(30000, 60000), R.randint(1000, 99999), R.randint(0x900000, 0x9fffff), R.randint(0x1000000, 0x1ffffff)) + frames + "created by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3360 +0x485")
    return ("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%x]\n\ngoroutine %d [running]:\n"
            % (pick(R, [0x18, 0x20, 0x28]), R.randint(0x900000, 0x9fffff), R.randint(30, 900)) + frames +
            "github.com/mossgate/rating/internal/rerate.(*Worker).run(0xc000%s)\n\t/src/internal/rerate/worker.go:%d +0x%x\ncreated by github.com/mossgate/rating/internal/rerate.Start in goroutine 1\n\t/src/internal/rerate/worker.go:41 +0x6a" % (hexs(R, 6), R.randint(70, 90), R.randint(0x100, 0x300)))


def qr_redis(R):
    # the quote cache (ElastiCache Redis, maxmemory-policy noeviction) filled after quote TTLs were raised to 30 days;
    # saving a rated quote fails, so the customer cannot buy it
    if R.random() < 0.6:
        return lf(R, "error", "store/redis.go:%d" % R.randint(60, 75), "quote save failed", quote_id=qid(R), key="quote:%s" % lower(R, 16),
                  err="OOM command not allowed when used memory > 'maxmemory'.")
    return lf(R, "error", "api/handlers.go:%d" % R.randint(110, 130), "request failed", method="POST", path="/v2/quotes", status=503, quote_id=qid(R),
              err="persist quote: OOM command not allowed when used memory > 'maxmemory'.")


def qr_uwrules(R):
    # the underwriting-rules gRPC service was scaled to one task by a capacity change; every rules evaluation exceeds
    # the 800 ms deadline and quotes fail
    if R.random() < 0.6:
        return lf(R, "error", "uw/client.go:%d" % R.randint(90, 105), "underwriting rules evaluation failed", quote_id=qid(R), rules_version="2031.02.%d" % R.randint(1, 4),
                  err="rpc error: code = DeadlineExceeded desc = context deadline exceeded", deadline="800ms")
    return lf(R, "error", "quote/service.go:%d" % R.randint(200, 230), "quote not rated", quote_id=qid(R), product=product(R),
              err="underwriting rules: rpc error: code = DeadlineExceeded desc = context deadline exceeded")


def qr_negs():
    def n_req(R):
        st = pick(R, [200, 200, 200, 201, 304, 400, 404, 422])
        return lf(R, "info", "api/middleware.go:48", "request", method=pick(R, ["POST", "GET"]), path=pick(R, ["/v2/quotes", "/v2/quotes/%s" % qid(R), "/v2/quotes/%s/price" % qid(R)]),
                  status=st, bytes=R.randint(90, 9000), dur="%dms" % R.randint(3, 700), request_id=uuid(R))

    def n_rated(R):
        return lf(R, "info", "quote/service.go:%d" % R.randint(240, 260), "quote rated", quote_id=qid(R), product=product(R), premium="%d.%02d" % (R.randint(150, 3900), R.randint(0, 99)),
                  currency="GBP", factors=R.randint(30, 140), errors=0, dur="%dms" % R.randint(40, 600))

    def n_decl(R):
        return lf(R, "info", "quote/service.go:%d" % R.randint(262, 270), "quote declined", quote_id=qid(R), product=product(R),
                  rule=pick(R, ["KO-AGE-UNDER-17", "KO-CONVICTION-DR10", "KO-SUBSIDENCE-HISTORY", "KO-THATCHED-ROOF", "KO-VEHICLE-GROUP-50"]))

    def n_invalid(R):
        return lf(R, "warn", "api/handlers.go:%d" % R.randint(80, 95), "invalid quote request", status=400, err=pick(R, ["postcode: not a valid UK postcode", "driver[1].dob: must be a date in the past",
                                                                                                                 "vehicle.abi_code: unknown code", "cover_start: must be within 30 days"]), request_id=uuid(R))

    def n_retry(R):
        if R.random() < 0.5:
            return lf(R, "warn", "bureau/client.go:%d" % R.randint(120, 130), "credit score lookup retry", bureau="northmere", quote_id=qid(R), attempt="1/3", err="context deadline exceeded")
        return lf(R, "info", "bureau/client.go:%d" % R.randint(131, 139), "credit score lookup ok", bureau="northmere", quote_id=qid(R), attempt="2/3", tier=pick(R, "ABCDE"))

    def n_start(R):
        return pick(R, [
            "%s maxprocs: Updating GOMAXPROCS=%d: determined from CPU quota" % (moment(R).strftime("%Y/%m/%d %H:%M:%S"), pick(R, [1, 2, 4])),
            lf(R, "info", "main.go:%d" % R.randint(60, 80), "starting rating engine", version="3.8.%d" % R.randint(0, 4), commit=hexs(R, 7), go="go1.23.4"),
            lf(R, "info", "main.go:%d" % R.randint(90, 99), "http server listening", addr=":8080"),
            lf(R, "info", "tables/loader.go:%d" % R.randint(50, 60), "rate tables loaded", tables=R.randint(12, 18), rows=R.randint(200000, 900000), errors=0, dur="%dms" % R.randint(200, 3000))])

    def n_stop(R):
        return pick(R, [lf(R, "info", "main.go:%d" % R.randint(120, 130), "shutdown signal received", signal="terminated"),
                        lf(R, "info", "main.go:%d" % R.randint(131, 140), "http server stopped", inflight=0, dur="%dms" % R.randint(5, 900))])

    def n_health(R):
        return lf(R, "debug", "api/middleware.go:48", "request", method="GET", path="/healthz", status=200, bytes=2, dur="%dus" % R.randint(30, 400), request_id=uuid(R))

    def n_stats(R):
        return lf(R, "info", "obs/runtime.go:33", "runtime stats", goroutines=R.randint(30, 400), heap_mb=R.randint(60, 700), gc_pause_p99="%dus" % R.randint(80, 900), quotes_per_s="%.1f" % R.uniform(2, 90), errors_total=0)

    def n_cache(R):
        return lf(R, "debug", "store/redis.go:%d" % R.randint(40, 55), "quote cache hit", quote_id=qid(R), ttl="%dh" % R.randint(1, 700))

    def n_reconn(R):
        return lf(R, "warn", "store/redis.go:%d" % R.randint(80, 90), "redis connection reset, reconnected", addr="quote-cache.%s.euw1.cache.amazonaws.com:6379" % lower(R, 6), attempt=1, err="EOF")

    def n_refer(R):
        return lf(R, "info", "quote/service.go:%d" % R.randint(271, 280), "quote referred", quote_id=qid(R), product=product(R), reason=pick(R, ["sum insured above 1m", "non-standard construction", "modified vehicle", "claims history manual check"]))

    def n_emf(R):
        return jd({"_aws": {"Timestamp": (1927670400 + R.randint(86400, 2400000)) * 1000, "CloudWatchMetrics": [{"Namespace": "Mossgate/Rating", "Dimensions": [["Service", "Product"]], "Metrics": [{"Name": "QuotesRated", "Unit": "Count"}, {"Name": "QuoteErrors", "Unit": "Count"}]}]},
                   "Service": "quote-rating", "Product": product(R), "QuotesRated": R.randint(10, 4000), "QuoteErrors": 0})

    return [n_req, n_rated, n_decl, n_invalid, n_retry, n_start, n_stop, n_health, n_stats, n_cache, n_reconn, n_refer, n_emf]


def rating(R):
    return build(R, F2, [("northmere-bureau-key-revoked", qr_bureau), ("feb-motor-rate-tables-unpublished", qr_ratetable),
                                     ("flood-scorer-nil-zone-panic", qr_panic), ("quote-cache-redis-noeviction-full", qr_redis),
                                     ("uw-rules-grpc-deadline-single-task", qr_uwrules)], qr_negs())


FAMILIES = {F1: policyadmin, F2: rating}
