"""Families: quarkus3-ecs-lambda-jboss-json, aspnetcore8-minimal-api-efcore-polly, go-gin-zerolog-pgx-eks."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, ts_sp, jat,
                    epoch_ms, port, lambda_report, lambda_start, lambda_end, init_start)

ACCT = "111122223333"

# ---------------------------------------------------------------- quarkus3-ecs-lambda-jboss-json
# "fleetops", a parcel-fleet tracking backend: Quarkus 3.8 services on ECS (shipments-api with the default JBoss
# console format, tracking-consumer with quarkus-logging-json) and an ETA function on Lambda (native image,
# quarkus-amazon-lambda). Hibernate ORM with Panache on PostgreSQL (Agroal pool), Flyway, REST Client Reactive,
# SDK for Java v2 (SQS, S3), OIDC against Cognito.
F4 = "quarkus3-ecs-lambda-jboss-json"


def qts(R):
    return ts_sp(R, 3, ",")


def qtxt(R, level, logger, thread, msg):
    return "%s %-5s [%s] (%s) %s" % (qts(R), level, logger, thread, msg)


def qjson(R, level, logger, msg, exc=None, **mdc):
    d = {"timestamp": iso(R, 3, "Z"), "sequence": R.randint(100, 99999), "loggerClassName": "org.jboss.logging.Logger", "loggerName": logger,
         "level": level, "message": msg, "threadName": pick(R, ["executor-thread-%d" % R.randint(1, 16), "vert.x-eventloop-thread-%d" % R.randint(0, 3)]),
         "threadId": R.randint(20, 200), "mdc": mdc, "ndc": "", "hostName": "ip-%s.ec2.internal" % ip10(R).replace(".", "-"), "processName": "tracking-consumer-runner", "processId": 1}
    if exc:
        d["exception"] = exc
    return jd(d)


def ethr(R):
    return "executor-thread-%d" % R.randint(1, 24)


def errid(R):
    return "%s-%d" % (uuid(R), R.randint(1, 40))


def q_agroal(R):
    path = pick(R, ["/api/shipments", "/api/shipments/%d" % R.randint(10000, 99999), "/api/depots/%d/shipments" % R.randint(1, 60)])
    return qtxt(R, "ERROR", "io.qua.ver.htt.run.QuarkusErrorHandler", ethr(R), "HTTP Request to %s failed, error id: %s: org.hibernate.exception.GenericJDBCException: Unable to acquire JDBC Connection [Sorry, acquisition timeout!] [n/a]" % (path, errid(R))
                + jat(["org.hibernate.exception.internal.StandardSQLExceptionConverter.convert(StandardSQLExceptionConverter.java:63)",
                       "org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:%d)" % pick(R, [116, 116])])
                + "\nCaused by: java.sql.SQLException: Sorry, acquisition timeout!" + jat(["io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:%d)" % pick(R, [347, 347]), "io.agroal.pool.ConnectionPool.getConnection(ConnectionPool.java:293)"]) + "\n\t... %d more" % R.randint(40, 60))


def q_flyway(R):
    if R.random() < 0.6:
        a, b = R.randint(-2000000000, 2000000000), R.randint(-2000000000, 2000000000)
        return qtxt(R, "ERROR", "io.quarkus.runtime.Application", "main", "Failed to start application: java.lang.RuntimeException: Failed to start quarkus"
                    + jat(["io.quarkus.runner.ApplicationImpl.doStart(Unknown Source)", "io.quarkus.runtime.Application.start(Application.java:101)"])
                    + "\nCaused by: org.flywaydb.core.api.exception.FlywayValidateException: Validate failed: Migrations have failed validation\nMigration checksum mismatch for migration version 14\n-> Applied to database : %d\n-> Resolved locally    : %d\nEither revert the changes to the migration, or run repair to update the schema history.\nNeed more flexibility with validation rules? Learn more: https://rd.gt/3AbJUZE" % (a, b)
                    + jat(["org.flywaydb.core.Flyway.lambda$migrate$0(Flyway.java:%d)" % pick(R, [205, 205])]) + "\n\t... %d more" % R.randint(10, 20))
    return "%s ERROR [fleetops] exit code 1 from shipments-api task %s (essential container exited)" % (qts(R), hexs(R, 32))


def q_carrier(R):
    c = pick(R, ["dhl", "dhl", "dhl-express"])
    return qtxt(R, "ERROR", "com.fle.shi.car.CarrierTrackingService", ethr(R), "Tracking refresh failed for shipment %d (carrier %s): org.jboss.resteasy.reactive.ClientWebApplicationException: Received: 'Unauthorized, status code 401' when invoking: Rest Client method: 'com.fleetops.shipments.carrier.DhlClient#track'" % (R.randint(10000, 99999), c))


def q_enum(R):
    v = pick(R, ["RETURN_TO_SENDER_REQUESTED", "RETURN_TO_SENDER_REQUESTED", "HELD_AT_CUSTOMS"])
    exc = {"refId": 1, "exceptionType": "com.fasterxml.jackson.databind.exc.InvalidFormatException",
           "message": "Cannot deserialize value of type `com.fleetops.tracking.model.TrackingStatus` from String \"%s\": not one of the values accepted for Enum class: [PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION]\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.fleetops.tracking.model.TrackingEvent[\"status\"])" % (v, R.randint(80, 140)),
           "frames": [{"class": "com.fasterxml.jackson.databind.exc.InvalidFormatException", "method": "from", "line": 67},
                      {"class": "com.fleetops.tracking.consumer.TrackingEventConsumer", "method": "onMessage", "line": pick(R, [52, 52, 55])}]}
    return qjson(R, "ERROR", "com.fleetops.tracking.consumer.TrackingEventConsumer", "Could not parse tracking event, message %s left on queue" % uuid(R), exc, queue="tracking-events-prod", carrier=pick(R, ["ups", "dpd", "gls"]))


def q_notnull(R):
    return qtxt(R, "ERROR", "io.qua.ver.htt.run.QuarkusErrorHandler", ethr(R), "HTTP Request to /api/routes/%d/assign failed, error id: %s: jakarta.persistence.PersistenceException: Converting `org.hibernate.exception.ConstraintViolationException` to JPA `PersistenceException` : could not execute statement [ERROR: null value in column \"driver_id\" of relation \"route_assignments\" violates not-null constraint\n  Detail: Failing row contains (%d, %d, null, 2028-04-0%d %s)." % (R.randint(100, 9999), errid(R), R.randint(100000, 999999), R.randint(100, 9999), day(R), hms(R))
                + "] [insert into route_assignments (assigned_at,driver_id,route_id,id) values (?,?,?,?)]" + jat(["com.fleetops.shipments.routes.RouteResource.assign(RouteResource.java:%d)" % pick(R, [71, 71, 74])]))


def q_native(R):
    if R.random() < 0.6:
        return jd({"errorMessage": "No serializer found for class com.fleetops.eta.EtaResponse and no properties discovered to create BeanSerializer (to avoid exception, disable SerializationFeature.FAIL_ON_EMPTY_BEANS)",
                   "errorType": "com.fasterxml.jackson.databind.exc.InvalidDefinitionException"}) + " RequestId: %s" % uuid(R)
    return "%s ERROR [io.qua.ama.lam.run.AbstractLambdaPollLoop] (Lambda Thread (NORMAL)) Failed to run lambda (fleetops-eta-native): com.fasterxml.jackson.databind.exc.InvalidDefinitionException: No serializer found for class com.fleetops.eta.EtaResponse and no properties discovered to create BeanSerializer" % qts(R)


def q_blocked(R):
    ms = R.randint(2001, 9000)
    return qtxt(R, "WARN", "io.ver.cor.imp.BlockedThreadChecker", "vertx-blocked-thread-checker", "Thread Thread[vert.x-eventloop-thread-%d,5,main] has been blocked for %d ms, time limit is 2000 ms: io.vertx.core.VertxException: Thread blocked" % (R.randint(0, 3), ms)
                + jat(["java.base/sun.nio.ch.Net.poll(Native Method)", "java.base/java.net.InetAddress.getAllByName(InetAddress.java:1205)", "com.fleetops.shipments.geo.GeocodeFilter.filter(GeocodeFilter.java:%d)" % pick(R, [33, 33, 35])]))


def q_kms(R):
    rq = uuid(R)
    exc = {"refId": 1, "exceptionType": "software.amazon.awssdk.services.sqs.model.KmsAccessDeniedException",
           "message": "User: arn:aws:sts::%s:assumed-role/fleetops-tracking-task/%s is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:%s:key/%s because no identity-based policy allows the kms:Decrypt action (Service: Sqs, Status Code: 400, Request ID: %s)" % (ACCT, hexs(R, 32), ACCT, "8f3c1d2e-0a4b-4c6d-9e8f-1a2b3c4d5e6f", rq),
           "frames": [{"class": "software.amazon.awssdk.core.internal.http.CombinedResponseHandler", "method": "handleErrorResponse", "line": 125}]}
    return qjson(R, "ERROR", "com.fleetops.tracking.consumer.SqsPoller", "ReceiveMessage failed, backing off %ds" % pick(R, [5, 10, 20, 30]), exc, queue="tracking-events-prod")


def q_oom(R):
    if R.random() < 0.5:
        return "Terminating due to java.lang.OutOfMemoryError: Java heap space [shipments-api task %s]" % hexs(R, 32)
    return qtxt(R, "ERROR", "io.qua.ver.htt.run.QuarkusErrorHandler", ethr(R), "HTTP Request to /api/reports/manifest.csv?depot=%d failed, error id: %s: java.lang.OutOfMemoryError: Java heap space" % (R.randint(1, 60), errid(R))
                + jat(["java.base/java.util.Arrays.copyOf(Arrays.java:3541)", "java.base/java.lang.StringBuilder.append(StringBuilder.java:179)", "com.fleetops.shipments.reports.ManifestExporter.toCsv(ManifestExporter.java:%d)" % pick(R, [48, 48])]))


def q_oidc(R):
    return qtxt(R, "ERROR", "io.qua.oid.com.run.OidcCommonUtils", "vert.x-eventloop-thread-%d" % R.randint(0, 3), "OIDC server is not available at the 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_ExmPl0001/.well-known/openid-configuration' URL. Please make sure it is correct. Note it has to end with a realm value if you work with Keycloak, for example: 'https://localhost:8180/auth/realms/quarkus' (connection timed out: cognito-idp.us-east-1.amazonaws.com/%s:443)" % ipdoc(R))


def q_bucket(R):
    rq = alnum(R, 16).upper()
    return qtxt(R, "ERROR", "com.fle.shi.pod.ProofOfDeliveryService", ethr(R), "Storing proof of delivery for shipment %d failed: software.amazon.awssdk.services.s3.model.NoSuchBucketException: The specified bucket does not exist (Service: S3, Status Code: 404, Request ID: %s, Extended Request ID: %s)" % (R.randint(10000, 99999), rq, alnum(R, 56)))


def q_negs():
    def n_banner(R): return qtxt(R, "INFO", "io.quarkus", "main", "shipments-api 2.%d.%d on JVM (powered by Quarkus 3.8.4) started in %.3fs. Listening on: http://0.0.0.0:8080" % (R.randint(10, 14), R.randint(0, 9), R.uniform(1.2, 6)))
    def n_profile(R): return qtxt(R, "INFO", "io.quarkus", "main", "Profile prod activated. [task %s]" % hexs(R, 8))
    def n_feat(R): return qtxt(R, "INFO", "io.quarkus", "main", "Installed features: [agroal, amazon-s3, amazon-sqs, cdi, flyway, hibernate-orm, hibernate-orm-panache, jdbc-postgresql, narayana-jta, oidc, rest, rest-client, rest-jackson, smallrye-context-propagation, smallrye-fault-tolerance, smallrye-health, vertx] (%s)" % hexs(R, 6))
    def n_fly(R): return qtxt(R, "INFO", "org.fly.cor.int.com.DbMigrate", "main", pick(R, ["Current version of schema \"public\": %d" % R.randint(13, 14), "Schema \"public\" is up to date. No migration necessary. (%d ms)" % R.randint(20, 300)]))
    def n_ok(R): return qtxt(R, "INFO", "com.fle.shi.ShipmentResource", ethr(R), pick(R, ["Shipment %d created for depot %d" % (R.randint(10000, 99999), R.randint(1, 60)), "Route %d optimised: %d stops" % (R.randint(100, 9999), R.randint(4, 40))]))
    def n_404(R): return qtxt(R, "DEBUG", "io.qua.res.rea.ser.han.RestInitialHandler", ethr(R), "Shipment %d not found, returning 404" % R.randint(100000, 999999))
    def n_retry(R): return qtxt(R, "WARN", "io.sma.fau.cor.ret.Retry", ethr(R), "Retrying com.fleetops.shipments.geo.GeoClient#eta, attempt %d of 3: java.net.SocketTimeoutException: Read timed out" % R.randint(1, 2))
    def n_json(R): return qjson(R, "INFO", "com.fleetops.tracking.consumer.TrackingEventConsumer", "Processed %d tracking events, 0 failed" % R.randint(1, 10), None, queue="tracking-events-prod")
    def n_empty(R): return qjson(R, "DEBUG", "com.fleetops.tracking.consumer.SqsPoller", "ReceiveMessage returned 0 messages (wait %ds)" % 20, None, poller=lower(R, 6))
    def n_hhh(R): return qtxt(R, "WARN", "org.hibernate.orm.deprecation", "main", "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default) [%s]" % hexs(R, 6))
    def n_health(R): return qtxt(R, "DEBUG", "io.qua.sma.hea.run.SmallRyeHealthReporter", "vert.x-eventloop-thread-%d" % R.randint(0, 3), "Health check /q/health/ready: UP (database UP %dms, sqs UP)" % R.randint(1, 20))
    def n_lstart(R): return lambda_start(R)
    def n_lreport(R): return lambda_report(R, mem=256, dur=R.uniform(3, 120), init=R.random() < 0.2)
    def n_lend(R): return lambda_end(R)
    def n_tok(R): return qtxt(R, "DEBUG", "io.qua.oid.run.OidcProvider", "vert.x-eventloop-thread-%d" % R.randint(0, 3), "Verification of the token issued to client %s has failed: The JWT is no longer valid - the evaluation time NumericDate{%d} is on or after the Expiration Time" % (lower(R, 26), 1838160000 + R.randint(0, 800000)))
    return [n_banner, n_profile, n_feat, n_fly, n_ok, n_404, n_retry, n_json, n_empty, n_hhh, n_health, n_lstart, n_lreport, n_lend, n_tok]


def fam_q(R):
    groups = [("shipments-agroal-acquisition-timeout", q_agroal), ("flyway-v14-checksum-mismatch", q_flyway),
              ("dhl-tracking-api-key-expired", q_carrier), ("tracking-status-enum-unknown-value", q_enum),
              ("route-assign-driver-id-null", q_notnull), ("eta-native-missing-reflection-registration", q_native),
              ("geocode-filter-blocks-event-loop", q_blocked), ("tracking-queue-kms-decrypt-denied", q_kms),
              ("manifest-export-heap-oom", q_oom), ("oidc-discovery-unreachable", q_oidc), ("pod-bucket-missing", q_bucket)]
    return build(R, F4, groups, q_negs())


# ---------------------------------------------------------------- aspnetcore8-minimal-api-efcore-polly
# "clinicly", an appointments minimal API (.NET 8) on ECS Fargate: the simple console formatter (multi-line
# "fail: Category[EventId]" blocks) for the API and the JSON console formatter for the reminders worker;
# EF Core 8 + Npgsql, Microsoft.Extensions.Http.Resilience (Polly v8), HttpClient, AWSSDK.NET, JwtBearer.
F5 = "aspnetcore8-minimal-api-efcore-polly"


def ms_simple(R, lvl, cat, eid, body):
    return "%s: %s[%d]\n      %s" % (lvl, cat, eid, body.replace("\n", "\n      "))


def ms_json(R, lvl, cat, eid, msg, exc=None, state=None):
    d = {"Timestamp": iso(R, 7, "Z"), "EventId": eid, "LogLevel": lvl, "Category": cat, "Message": msg}
    if exc:
        d["Exception"] = exc
    d["State"] = state or {"Message": msg}
    return jd(d)


def cs(frames):
    return "".join("\n   at " + f for f in frames)


def a_timeout(R):
    ms = "30,%03d" % R.randint(1, 150)
    sql = 'SELECT s."Id", s."ClinicId", s."StartsAt" FROM "Slots" AS s WHERE s."ClinicId" = @__clinicId_0 AND s."StartsAt" >= @__from_1 AND NOT (s."IsBooked")'
    if R.random() < 0.5:
        return ms_simple(R, "fail", "Microsoft.EntityFrameworkCore.Database.Command", 20102, "Failed executing DbCommand (%sms) [Parameters=[@__clinicId_0='?' (DbType = Int32), @__from_1='?' (DbType = DateTime)], CommandType='Text', CommandTimeout='30']\n%s" % (ms, sql))
    return ms_simple(R, "fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request.\nNpgsql.NpgsqlException (0x80004005): Exception while reading from stream\n ---> System.TimeoutException: Timeout during reading attempt"
                     + cs(["Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)"]) + "\n   --- End of inner exception stack trace ---"
                     + cs(["Clinicly.Api.Endpoints.SlotEndpoints.<>c.<<MapSlots>b__0_0>d.MoveNext() in /src/Clinicly.Api/Endpoints/SlotEndpoints.cs:line %d" % pick(R, [27, 27, 29])]))


def a_relation(R):
    return ms_json(R, "Error", "Clinicly.Reminders.ReminderDispatcher", 0, "Reminder batch failed for clinic %d" % R.randint(1, 300),
                   "Npgsql.PostgresException (0x80004005): 42P01: relation \"AppointmentReminders\" does not exist\n\nPOSITION: %d\n   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n   at Clinicly.Reminders.ReminderDispatcher.ExecuteAsync(CancellationToken stoppingToken) in /src/Clinicly.Reminders/ReminderDispatcher.cs:line %d\n  Exception data:\n    Severity: ERROR\n    SqlState: 42P01\n    MessageText: relation \"AppointmentReminders\" does not exist\n    File: parse_relation.c\n    Routine: parserOpenTable" % (R.randint(60, 120), pick(R, [58, 58, 61])))


def a_circuit(R):
    v = R.random()
    if v < 0.5:
        return ms_simple(R, "fail", "Polly", 2, "Resilience event occurred. EventName: 'OnCircuitOpened', Source: 'insurance-verifier-standard//Standard-CircuitBreaker', Operation Key: '', Result: '503', Handled: 'True'" + ("" if R.random() < 0.5 else " (break %ds)" % pick(R, [5, 30])) + " [%s]" % hexs(R, 8))
    return ms_simple(R, "fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request.\nPolly.CircuitBreaker.BrokenCircuitException: The circuit is now open and is not allowing calls."
                     + cs(["Polly.Utils.ExceptionUtilities.TrySetStackTrace[T](T exception)", "Clinicly.Api.Insurance.InsuranceVerifier.VerifyAsync(String memberId, CancellationToken ct) in /src/Clinicly.Api/Insurance/InsuranceVerifier.cs:line %d" % pick(R, [44, 44])])
                     + "\n(appointment request %s)" % uuid(R))


def a_tls(R):
    return ms_simple(R, "fail", "Clinicly.Api.Notifications.SmsSender", 0, "SMS for appointment %d not sent\nSystem.Net.Http.HttpRequestException: The SSL connection could not be established, see inner exception.\n ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch" % R.randint(100000, 999999)
                     + cs(["System.Net.Security.SslStream.SendAuthResetSignal(ReadOnlySpan`1 alert, ExceptionDispatchInfo exception)", "System.Net.Http.ConnectHelper.EstablishSslConnectionAsync(SslClientAuthenticationOptions sslOptions, HttpRequestMessage request, Boolean async, Stream stream, CancellationToken cancellationToken)"]))


def a_dp(R):
    if R.random() < 0.3:
        return ms_simple(R, "warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60, "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning [task %s]" % hexs(R, 32))
    return ms_simple(R, "fail", "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery", 7, "An exception was thrown while deserializing the token.\nMicrosoft.AspNetCore.Antiforgery.AntiforgeryValidationException: The antiforgery token could not be decrypted.\n ---> System.Security.Cryptography.CryptographicException: The key {%s} was not found in the key ring. For more information go to https://aka.ms/aspnet/dataprotectionwarning" % uuid(R)
                     + cs(["Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingBasedDataProtector.UnprotectCore(Byte[] protectedData, Boolean allowOperationsOnRevokedKeys, UnprotectStatus& status)"]))


def a_issuer(R):
    return ms_simple(R, "info", "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", 1, "Failed to validate the token.\nMicrosoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX10205: Issuer validation failed. Issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_ExmPlNew2'. Did not match: validationParameters.ValidIssuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_ExmPlOld1' or validationParameters.ValidIssuers: 'null' or validationParameters.ConfigurationManager.CurrentConfiguration.Issuer: 'Null'. For more details, see https://aka.ms/IdentityModel/issuer-validation. "
                     + cs(["Microsoft.IdentityModel.Tokens.Validators.ValidateIssuer(String issuer, SecurityToken securityToken, TokenValidationParameters validationParameters, BaseConfiguration configuration)"]) + "\n(trace %s)" % hexs(R, 32))


def a_host(R):
    if R.random() < 0.55:
        return ms_json(R, "Error", "Microsoft.Extensions.Hosting.Internal.Host", 9, "BackgroundService failed",
                       "System.Text.Json.JsonException: The JSON value could not be converted to System.DateOnly. Path: $.appointmentDate | LineNumber: 0 | BytePositionInLine: %d.\n ---> System.FormatException: The JSON value is not in a supported DateOnly format.\n   at Clinicly.Reminders.QueueListener.ExecuteAsync(CancellationToken stoppingToken) in /src/Clinicly.Reminders/QueueListener.cs:line %d" % (R.randint(40, 90), pick(R, [64, 64, 66])))
    return ms_json(R, "Critical", "Microsoft.Extensions.Hosting.Internal.Host", 10, "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping. To avoid this behavior, configure this to Ignore; however the BackgroundService will not be restarted.",
                   state={"Message": "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost.", "TaskArn": "arn:aws:ecs:us-east-1:%s:task/clinicly-prod/%s" % (ACCT, hexs(R, 32))})


def a_ctx(R):
    return ms_simple(R, "fail", "Microsoft.EntityFrameworkCore.Query", 10100, "An exception occurred while iterating over the results of a query for context type 'Clinicly.Data.ClinicDbContext'.\nSystem.InvalidOperationException: A second operation was started on this context instance before a previous operation completed. This is usually caused by different threads concurrently using the same instance of DbContext. For more information on how to avoid threading issues with DbContext, see https://go.microsoft.com/fwlink/?linkid=2097913."
                     + cs(["Microsoft.EntityFrameworkCore.Infrastructure.Internal.ConcurrencyDetector.EnterCriticalSection()", "Clinicly.Api.Endpoints.DashboardEndpoints.<>c__DisplayClass0_0.<<MapDashboard>b__1>d.MoveNext() in /src/Clinicly.Api/Endpoints/DashboardEndpoints.cs:line %d" % pick(R, [38, 38, 41])]) + "\n(request %s)" % hexs(R, 16).upper())


def a_s3(R):
    return ms_simple(R, "fail", "Clinicly.Api.Documents.DocumentStore", 0, "Upload of referral letter %s failed\nAmazon.S3.AmazonS3Exception: The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown." % uuid(R)
                     + cs(["Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)", "Amazon.S3.Internal.AmazonS3ExceptionHandler.HandleExceptionAsync(IExecutionContext executionContext, HttpErrorResponseException exception)"]) + "\n   --- End of inner exception stack trace ---\n   ErrorCode: PermanentRedirect, StatusCode: MovedPermanently")


def a_secret(R):
    return "Unhandled exception. Amazon.SecretsManager.Model.AccessDeniedException: User: arn:aws:sts::%s:assumed-role/clinicly-api-task/%s is not authorized to perform: secretsmanager:GetSecretValue on resource: clinicly/prod/connectionstrings because no identity-based policy allows the secretsmanager:GetSecretValue action\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.\n   at Amazon.Extensions.Configuration.SystemsManager.SystemsManagerConfigurationProvider.Load()\n   at Program.<Main>$(String[] args) in /src/Clinicly.Api/Program.cs:line %d" % (ACCT, hexs(R, 32), pick(R, [12, 12, 14]))


def a_starve(R):
    return ms_simple(R, "warn", "Microsoft.AspNetCore.Server.Kestrel", 22, "As of \"04/%02d/2028 %s +00:00\", the heartbeat has been running for \"00:00:%02d.%07d\" which is longer than \"00:00:01\". This could be caused by thread pool starvation." % (day(R), hms(R), R.randint(1, 9), R.randint(0, 9999999)))


def a_negs():
    def n_listen(R): return ms_simple(R, "info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:%d\n(task %s)" % (pick(R, [8080, 8080, 5000]), hexs(R, 8)))
    def n_started(R): return ms_simple(R, "info", "Microsoft.Hosting.Lifetime", 0, pick(R, ["Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: /app"]) + "\n(task %s)" % hexs(R, 8))
    def n_req(R):
        path = pick(R, ["/appointments?clinicId=%d" % R.randint(1, 300), "/slots?clinicId=%d" % R.randint(1, 300), "/patients/%d" % R.randint(1000, 99999), "/appointments"])
        return ms_simple(R, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 %s http://api.clinicly.example%s - %d %s application/json;+charset=utf-8 %.4fms" % (pick(R, ["GET", "GET", "POST"]), path, pick(R, [200, 200, 201, 204]), R.randint(40, 9000), R.uniform(1, 400)))
    def n_health(R): return ms_simple(R, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 GET http://%s:8080/health - 200 - text/plain 0.%04dms" % (ip10(R), R.randint(100, 9999)))
    def n_ef(R): return ms_simple(R, "info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, "Executed DbCommand (%dms) [Parameters=[@__p_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\nSELECT a.\"Id\", a.\"PatientId\", a.\"StartsAt\" FROM \"Appointments\" AS a WHERE a.\"Id\" = @__p_0 LIMIT 1 -- %s" % (R.randint(1, 40), hexs(R, 6)))
    def n_retry(R): return ms_simple(R, "warn", "Polly", 3, "Execution attempt. Source: 'insurance-verifier-standard//Standard-Retry', Operation Key: '', Result: '%s', Handled: 'True', Attempt: '%d', Execution Time: %.4fms" % (pick(R, ["503", "System.Net.Http.HttpRequestException"]), R.randint(0, 1), R.uniform(20, 900)))
    def n_expired(R): return ms_simple(R, "info", "Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler", 1, "Failed to validate the token.\nMicrosoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '04/%02d/2028 %s', Current time (UTC): '04/%02d/2028 %s'." % (day(R), hms(R), day(R), hms(R)))
    def n_400(R): return ms_simple(R, "info", "Clinicly.Api.Endpoints.AppointmentEndpoints", 0, "Validation failed for booking request: StartsAt must be in the future (patient %d)" % R.randint(1000, 99999))
    def n_404(R): return ms_simple(R, "info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 GET http://api.clinicly.example/patients/%d - 404 0 - %.4fms" % (R.randint(100000, 999999), R.uniform(1, 30)))
    def n_dpwarn(R): return ms_simple(R, "warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35, "No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid(R))
    def n_worker(R): return ms_json(R, "Information", "Clinicly.Reminders.QueueListener", 0, "Processed %d reminder messages, 0 failed" % R.randint(0, 10))
    def n_poll(R): return ms_json(R, "Debug", "Clinicly.Reminders.QueueListener", 0, "ReceiveMessage: 0 messages, waiting %ds" % 20, state={"Message": "ReceiveMessage: 0 messages", "Poll": lower(R, 8)})
    def n_sms(R): return ms_simple(R, "info", "Clinicly.Api.Notifications.SmsSender", 0, "SMS queued for appointment %d (provider message id %s)" % (R.randint(100000, 999999), hexs(R, 20)))
    def n_stop(R): return ms_simple(R, "info", "Microsoft.Hosting.Lifetime", 0, "Application is shutting down...\n(SIGTERM from ECS, task %s)" % hexs(R, 8))
    return [n_listen, n_started, n_req, n_health, n_ef, n_retry, n_expired, n_400, n_404, n_dpwarn, n_worker, n_poll, n_sms, n_stop]


def fam_a(R):
    groups = [("slots-query-command-timeout", a_timeout), ("reminders-table-migration-missing", a_relation),
              ("insurance-verifier-circuit-open", a_circuit), ("sms-provider-cert-name-mismatch", a_tls),
              ("dataprotection-keys-not-persisted", a_dp), ("jwt-issuer-old-user-pool", a_issuer),
              ("reminder-listener-dateonly-crash-stops-host", a_host), ("dashboard-dbcontext-concurrent-use", a_ctx),
              ("referral-bucket-wrong-region", a_s3), ("secrets-config-provider-access-denied", a_secret),
              ("kestrel-thread-pool-starvation", a_starve)]
    return build(R, F5, groups, a_negs())


# ---------------------------------------------------------------- go-gin-zerolog-pgx-eks
# "parcelhub" dispatch service in Go 1.22 on EKS: gin's default logger and Recovery lines, zerolog JSON from the
# app, pgx v5 (through PgBouncer and directly), go-redis, an HTTP geocoder, golang-migrate in an init container,
# and the Go runtime's own crash output.
F6 = "go-gin-zerolog-pgx-eks"


def ginl(R, status, path, method="GET", lat=None):
    if lat is None:
        lat = R.uniform(0.2, 90)
    if lat >= 1000:
        ls = "%.6fs" % (lat / 1000)
    elif lat >= 1:
        ls = "%.6fms" % lat
    else:
        ls = "%.3fµs" % (lat * 1000)
    return "[GIN] 2028/04/%02d - %s | %3d | %13s | %15s | %-7s \"%s\"" % (day(R), hms(R), status, ls, ip10(R), method, path)


def zl(R, level, msg, **kv):
    d = {"level": level}
    d.update(kv)
    d["time"] = iso(R, 0, "Z")
    d["message"] = msg
    return jd(d)


def g_dial(R):
    ip = ip10(R)
    return zl(R, "error", "db ping failed, retrying", service="dispatch", pod="dispatch-%s-%s" % (lower(R, 9), lower(R, 5)),
              error="failed to connect to `user=parcelhub database=parcelhub`: %s:5432 (parcelhub-proxy.proxy-c9exmpl.us-east-1.rds.amazonaws.com): dial error: dial tcp %s:5432: i/o timeout" % (ip, ip))


def g_pool(R):
    if R.random() < 0.35:
        return ginl(R, 500, pick(R, ["/v1/deliveries?courier=%d" % R.randint(1, 900), "/v1/deliveries/%d" % R.randint(10000, 99999)]), lat=R.uniform(5000, 5090))
    return zl(R, "error", "list deliveries", service="dispatch", request_id=uuid(R), error="acquire conn: context deadline exceeded", pool_total=20, pool_acquired=20, pool_waiting=R.randint(10, 90))


def g_stmt(R):
    return zl(R, "error", "update parcel status", service="dispatch", parcel_id=R.randint(100000, 999999),
              error="ERROR: prepared statement \"stmtcache_%s\" already exists (SQLSTATE 42P05)" % hexs(R, 40))


def g_nil(R):
    return ("[Recovery] 2028/04/%02d - %s panic recovered:\nGET /v1/couriers/%d/eta HTTP/1.1\r\nHost: dispatch.parcelhub.svc.cluster.local\r\nUser-Agent: Go-http-client/1.1\r\n\r\nruntime error: invalid memory address or nil pointer dereference\n"
            "/usr/local/go/src/runtime/panic.go:261 (0x44b0b8)\n\tpanicmem: panic(memoryError)\n/src/internal/couriers/eta.go:%d (0x9c1e52)\n\t(*Service).ETA: return c.LastFix.Lat, c.LastFix.Lng\n/root/go/pkg/mod/github.com/gin-gonic/gin@v1.10.0/context.go:185 (0x8f2a3a)\n\t(*Context).Next: c.handlers[c.index](c)"
            % (day(R), hms(R), R.randint(1, 900), pick(R, [47, 47, 49])))


def g_index(R):
    gid = R.randint(30, 900)
    if R.random() < 0.75:
        return ("panic: runtime error: index out of range [%d] with length %d\n\ngoroutine %d [running]:\ngithub.com/example/parcelhub/internal/dispatch.(*Batcher).assign(0xc000%s, {0xc00%s, 0x%x, 0x%x})\n\t/src/internal/dispatch/batch.go:%d +0x3f4\ngithub.com/example/parcelhub/internal/dispatch.(*Batcher).Run(0xc000%s, {0x1a2b3c0, 0xc000%s})\n\t/src/internal/dispatch/batch.go:61 +0x1b8\ncreated by main.main in goroutine 1\n\t/src/cmd/dispatch/main.go:88 +0x6a5"
                % (R.randint(3, 12), R.randint(3, 12), gid, hexs(R, 6), hexs(R, 7), R.randint(3, 12), R.randint(3, 16), pick(R, [112, 112, 115]), hexs(R, 6), hexs(R, 6)))
    return zl(R, "warn", "previous container terminated", service="dispatch", reason="Error", exit_code=2, restarts=R.randint(1, 40), pod="dispatch-%s-%s" % (lower(R, 9), lower(R, 5)))


def g_geo(R):
    return zl(R, "error", "geocode address", service="dispatch", address_id=R.randint(10000, 999999), attempts=3,
              error="Get \"https://geo.parcelhub.internal/v2/geocode?q=%s\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % pick(R, ["Rua+Augusta+%d" % R.randint(1, 300), "Calle+Mayor+%d" % R.randint(1, 300), "Hauptstr.+%d" % R.randint(1, 300)]))


def g_unique(R):
    code = "PH%s" % digits(R, 10)
    return zl(R, "error", "create parcel", service="dispatch", request_id=uuid(R), merchant_id=R.randint(1, 500),
              error="ERROR: duplicate key value violates unique constraint \"parcels_tracking_code_key\" (SQLSTATE 23505)", tracking_code=code)


def g_oom(R):
    if R.random() < 0.5:
        return "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x%x, 0x16})\n\t/usr/local/go/src/runtime/panic.go:1023 +0x5c fp=0x7ff%s sp=0x7ff%s pc=0x43d61c\nruntime.(*mheap).grow(0x%x, 0x%x)\n\t/usr/local/go/src/runtime/mheap.go:1450 +0x29d" % (
            R.randint(0x9a0000, 0x9affff), hexs(R, 9), hexs(R, 9), R.randint(0x1c00000, 0x1cfffff), R.randint(0x8000, 0x90000))
    return zl(R, "error", "label batch lost, worker restarted", service="label-renderer", batch_id=uuid(R), labels=R.randint(40000, 90000), error="worker process exited: signal: killed")


def g_moved(R):
    return zl(R, "error", "cache get", service="dispatch", key="courier:%d:pos" % R.randint(1, 900), error="MOVED %d %s:6379" % (R.randint(0, 16383), ip10(R)))


def g_jwks(R):
    return zl(R, "error", "auth: verify token", service="dispatch", request_id=uuid(R), path=pick(R, ["/v1/deliveries", "/v1/couriers/%d/eta" % R.randint(1, 900)]),
              error="jwk: key \"kid-2028-04-%s\" not found in cached set (last refresh %dh ago)" % (hexs(R, 4), R.randint(20, 90)))


def g_dirty(R):
    if R.random() < 0.6:
        return "error: Dirty database version %d. Fix and force version. [init container migrate, pod dispatch-%s-%s]" % (pick(R, [27, 27]), lower(R, 9), lower(R, 5))
    return zl(R, "fatal", "migrations failed", service="dispatch-migrate", error="Dirty database version 27. Fix and force version.", attempt=R.randint(1, 30))


def g_negs():
    def n_200(R): return ginl(R, pick(R, [200, 200, 200, 201, 204]), pick(R, ["/v1/deliveries?courier=%d" % R.randint(1, 900), "/v1/parcels", "/v1/couriers/%d/eta" % R.randint(1, 900), "/v1/parcels/PH%s" % digits(R, 10)]), pick(R, ["GET", "GET", "POST"]))
    def n_probe(R): return ginl(R, 200, pick(R, ["/healthz", "/readyz"]), lat=R.uniform(0.01, 0.4))
    def n_404(R): return ginl(R, 404, "/v1/parcels/PH%s" % digits(R, 10))
    def n_400(R): return zl(R, "warn", "invalid request", service="dispatch", request_id=uuid(R), error="Key: 'CreateParcel.Weight' Error:Field validation for 'Weight' failed on the 'gt' tag", status=400)
    def n_start(R): return zl(R, "info", "server started", service="dispatch", addr=":8080", version="1.%d.%d" % (R.randint(30, 34), R.randint(0, 9)), commit=hexs(R, 7))
    def n_proxy(R): return "[GIN-debug] [WARNING] You trusted all proxies, this is NOT safe. We recommend you to set a value.\nPlease check https://pkg.go.dev/github.com/gin-gonic/gin#readme-don-t-trust-all-proxies for details. (pod %s)" % lower(R, 5)
    def n_migrate(R): return "no change (version %d) [init container migrate, pod dispatch-%s-%s]" % (R.randint(25, 26), lower(R, 9), lower(R, 5))
    def n_retry(R): return zl(R, "warn", "geocode retry", service="dispatch", attempt=R.randint(1, 2), address_id=R.randint(10000, 999999), error="503 Service Unavailable")
    def n_dbg(R): return zl(R, "debug", "pool stats", service="dispatch", total=20, idle=R.randint(2, 18), acquired=R.randint(0, 10), waiting=0)
    def n_assign(R): return zl(R, "info", "batch assigned", service="dispatch", batch_id=uuid(R), parcels=R.randint(1, 80), couriers=R.randint(1, 12), failed=0)
    def n_shutdown(R): return zl(R, "info", pick(R, ["shutting down server", "server exited"]), service="dispatch", signal="terminated", inflight=R.randint(0, 3))
    def n_dup(R): return zl(R, "info", "parcel already exists, returning existing (idempotency key)", service="dispatch", idempotency_key=uuid(R))
    def n_401(R): return ginl(R, 401, "/v1/deliveries", lat=R.uniform(0.05, 1))
    return [n_200, n_probe, n_404, n_400, n_start, n_proxy, n_migrate, n_retry, n_dbg, n_assign, n_shutdown, n_dup]


def fam_g(R):
    groups = [("rds-proxy-dial-timeout-from-new-subnet", g_dial), ("deliveries-pool-acquire-deadline", g_pool),
              ("pgbouncer-transaction-mode-prepared-statements", g_stmt), ("courier-eta-nil-last-fix-panic", g_nil),
              ("batch-assign-index-out-of-range-crash", g_index), ("geocoder-client-timeout", g_geo),
              ("tracking-code-collision", g_unique), ("label-renderer-oom", g_oom), ("redis-cluster-mode-client-moved", g_moved),
              ("jwks-cache-not-refreshed-after-rotation", g_jwks), ("migration-27-dirty", g_dirty)]
    return build(R, F6, groups, g_negs())


FAMILIES = {F4: fam_q, F5: fam_a, F6: fam_g}
