"""Families: spring-cloud-function, camel-mule."""
from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    reqid, lambda_report, lambda_start, lambda_end)

# ---------------------------------------------------------------- spring-cloud-function
# Spring Cloud Function AWS adapter on Lambda (Java 21, SnapStart), Spring Boot 3 console format
# (`ts LEVEL pid --- [app] [thread] logger : msg`), one function with Lambda's JSON log format,
# and the Java runtime's own uncaught-exception JSON.
F1 = "spring-cloud-function"

FNS = ["pricing-fn", "orders-fn", "invoice-fn", "ledger-fn", "reports-fn"]


def sb(R, lvl, app, logger, msg, thread="main"):
    return "%s %5s %d --- [%s] [%15s] %-40s : %s" % (iso(R, 3), lvl, pick(R, [8, 8, 9, 12]), app, thread[-15:], logger, msg)


def jlog(R, lvl, logger, msg, **kv):
    d = {"timestamp": iso(R, 3), "level": lvl, "message": msg, "logger": logger, "AWSRequestId": reqid(R)}
    d.update(kv)
    return jd(d)


def ddb_rid(R):
    return alnum(R, 52).upper()


def g_scf_ddb(R):
    v = R.random()
    rid = ddb_rid(R)
    msg = "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (Service: DynamoDb, Status Code: 400, Request ID: %s)" % rid
    if v < 0.6:
        return "\n".join([
            sb(R, "ERROR", "pricing-fn", "o.s.c.f.adapter.aws.FunctionInvoker", "Failed to invoke function 'priceQuote'"),
            "software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: " + msg,
            "\tat software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
            "\tat software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient.getItem(DefaultDynamoDbClient.java:4617)",
            "\tat com.example.pricing.RateCardRepository.load(RateCardRepository.java:41)",
            "\tat com.example.pricing.PriceQuoteFunction.apply(PriceQuoteFunction.java:%d)" % pick(R, [58, 58]),
            "\tat org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry$FunctionInvocationWrapper.invokeFunction(SimpleFunctionRegistry.java:%d)" % pick(R, [1019, 1019]),
            "\tat org.springframework.cloud.function.adapter.aws.FunctionInvoker.handleRequest(FunctionInvoker.java:%d)" % pick(R, [91, 91]),
        ])
    return jd({"errorMessage": msg, "errorType": "software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException",
               "stackTrace": ["software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)",
                              "com.example.pricing.RateCardRepository.load(RateCardRepository.java:41)",
                              "com.example.pricing.PriceQuoteFunction.apply(PriceQuoteFunction.java:58)",
                              "org.springframework.cloud.function.adapter.aws.FunctionInvoker.handleRequest(FunctionInvoker.java:91)"]})


def g_scf_conversion(R):
    d = "%02d/%02d/2027" % (R.randint(1, 28), R.randint(1, 12))
    return "\n".join([
        sb(R, "ERROR", "orders-fn", "o.s.c.f.adapter.aws.FunctionInvoker", "Failed to invoke function 'ingestOrder'"),
        "org.springframework.messaging.converter.MessageConversionException: Failed to convert message: GenericMessage [payload=byte[%d], headers={aws-context=com.amazonaws.services.lambda.runtime.api.client.api.LambdaContext@%s, id=%s, timestamp=%d}]" % (R.randint(400, 3000), hexs(R, 8), uuid(R), R.randint(1806000000000, 1806900000000)),
        "Caused by: com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type `java.time.Instant` from String \"%s\": Failed to deserialize java.time.Instant: (java.time.format.DateTimeParseException) Text '%s' could not be parsed at index 0" % (d, d),
        " at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.example.orders.OrderPlaced[\"placedAt\"])" % R.randint(40, 200),
        "\tat com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)",
        "\tat org.springframework.cloud.function.context.config.JsonMessageConverter.convertFromInternal(JsonMessageConverter.java:131)",
    ])


def g_scf_routing(R):
    return "\n".join([
        sb(R, "ERROR", "invoice-fn", "o.s.c.f.adapter.aws.FunctionInvoker", "Failed to invoke function 'functionRouter'"),
        "org.springframework.cloud.function.context.FunctionalSpringApplication$RoutingException: Failed to establish route, since neither were provided: 'spring.cloud.function.definition' as Message header or as application property or 'spring.cloud.function.routing-expression' as application property. Incoming message: GenericMessage [payload=byte[%d], headers={id=%s}]" % (R.randint(200, 900), uuid(R)),
        "\tat org.springframework.cloud.function.context.config.RoutingFunction.route(RoutingFunction.java:%d)" % pick(R, [207, 207]),
        "\tat org.springframework.cloud.function.context.config.RoutingFunction.apply(RoutingFunction.java:%d)" % pick(R, [114, 114]),
    ])


def g_scf_jdbc_restore(R):
    return "\n".join([
        sb(R, "ERROR", "ledger-fn", "c.e.ledger.PostEntriesFunction", "Posting %d ledger entries for batch %s failed" % (R.randint(1, 40), uuid(R))),
        "org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection",
        "\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)",
        "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after %dms (total=10, active=0, idle=10, waiting=0)" % pick(R, [30000, 30001, 30002, 30004]),
        "Caused by: org.postgresql.util.PSQLException: This connection has been closed.",
        "\tat org.postgresql.jdbc.PgConnection.checkClosed(PgConnection.java:%d)" % pick(R, [993, 993]),
    ])


def g_scf_secrets(R):
    return "\n".join([
        sb(R, "ERROR", "invoice-fn", "o.s.boot.SpringApplication", "Application run failed"),
        "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'stripeClient' defined in class path resource [com/example/invoice/PaymentsConfig.class]: Failed to instantiate [com.stripe.StripeClient]: Factory method 'stripeClient' threw exception with message: User: arn:aws:sts::111122223333:assumed-role/invoice-fn-role/invoice-fn is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/invoice/stripe because no identity-based policy allows the secretsmanager:GetSecretValue action (Service: SecretsManager, Status Code: 400, Request ID: %s)" % uuid(R),
        "\tat org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:657)",
        "Caused by: software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException: User: arn:aws:sts::111122223333:assumed-role/invoice-fn-role/invoice-fn is not authorized to perform: secretsmanager:GetSecretValue on resource: prod/invoice/stripe",
    ])


def g_scf_timeout(R):
    return "%s %s Task timed out after %.2f seconds" % (iso(R, 3), reqid(R), R.uniform(60.0, 60.09))


def g_scf_oom(R):
    site = pick(R, [("java.base/java.util.Arrays.copyOf(Arrays.java:3541)", "java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)"),
                    ("java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:229)", "java.base/java.lang.StringBuilder.append(StringBuilder.java:179)"),
                    ("java.base/java.util.ArrayList.grow(ArrayList.java:237)", "java.base/java.util.ArrayList.add(ArrayList.java:484)")])
    frames = list(site) + ["com.example.reports.CsvExport.write(CsvExport.java:%d)" % pick(R, [77, 81, 94]), "com.example.reports.MonthlyReportFunction.apply(MonthlyReportFunction.java:39)"]
    if R.random() < 0.5:
        return jd({"errorMessage": "Java heap space", "errorType": "java.lang.OutOfMemoryError", "stackTrace": frames})
    return "\n".join(['Exception in thread "%s" java.lang.OutOfMemoryError: Java heap space' % pick(R, ["main", "main", "pool-2-thread-%d" % R.randint(1, 4)])] + ["\tat " + f for f in frames])


def g_scf_s3_nokey(R):
    key = "statements/2027/04/%s.pdf" % alnum(R, 10)
    return jlog(R, "ERROR", "com.example.ledger.StatementLoader", "Failed to load statement s3://example-ledger-statements/%s" % key,
                errorType="software.amazon.awssdk.services.s3.model.NoSuchKeyException",
                errorMessage="The specified key does not exist. (Service: S3, Status Code: 404, Request ID: %s)" % alnum(R, 16).upper(),
                stackTrace=["com.example.ledger.StatementLoader.load(StatementLoader.java:52)", "com.example.ledger.ReconcileFunction.apply(ReconcileFunction.java:33)"])


def g_scf_eventbridge(R):
    return sb(R, "ERROR", "orders-fn", "c.e.orders.events.OrderEventPublisher",
              "PutEvents returned 1 failed entries for OrderPlaced %s: ErrorCode=InternalFailure ErrorMessage=Internal Failure (bus=orders-bus)" % ("ord_" + alnum(R, 12)), thread=pick(R, ["main", "sdk-async-response-0-%d" % R.randint(0, 9)]))


def n_scf_start(R):
    return sb(R, "INFO", pick(R, FNS), "c.e.%s.Application" % pick(R, ["pricing", "orders", "invoice", "ledger"]),
              "Started Application in %.3f seconds (process running for %.3f)" % (R.uniform(0.4, 3), R.uniform(1, 5)))


def n_scf_starting(R):
    return sb(R, "INFO", pick(R, FNS), "c.e.%s.Application" % pick(R, ["pricing", "orders", "ledger"]),
              "Starting Application v1.%d.%d using Java 21.0.%d with PID %d (/var/task started by sbx_user1051 in /var/task)" % (R.randint(0, 9), R.randint(0, 20), R.randint(3, 6), R.randint(8, 14)))


def n_scf_locate(R):
    return sb(R, "INFO", pick(R, FNS), "o.s.c.f.adapter.aws.FunctionInvoker", "Locating function: '%s'" % pick(R, ["priceQuote", "ingestOrder", "functionRouter", "reconcile"]))


def n_scf_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.5:
        return lambda_end(R)
    if v < 0.8:
        return lambda_report(R, restore=R.random() < 0.3)
    return "RESTORE_START Runtime Version: java:21.v%d\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (R.randint(18, 24), hexs(R, 64))


def n_scf_hikari_warn(R):
    return sb(R, "WARN", "ledger-fn", "com.zaxxer.hikari.pool.PoolBase",
              "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@%s (This connection has been closed.). Possibly consider using a shorter maxLifetime value." % hexs(R, 8))


def n_scf_batch_info(R):
    return jlog(R, "INFO", "com.example.ledger.ReconcileFunction", "Reconciled batch", batchSize=R.randint(1, 50), failures=0, errors=[], durationMs=R.randint(20, 900))


def n_scf_retry_debug(R):
    return sb(R, "DEBUG", "pricing-fn", "software.amazon.awssdk.request",
              "Retryable error detected. Will retry in %dms. Request attempt number %d (ProvisionedThroughputExceededException)" % (R.randint(20, 400), R.randint(1, 3)))


def n_scf_validation(R):
    return sb(R, "INFO", "invoice-fn", "c.e.invoice.InvoiceFunction",
              "Invoice %s rejected by validation: %s (returned 422 to caller)" % ("INV-%d" % R.randint(10000, 99999), pick(R, ["currency missing", "negative line amount", "unknown tax code 'XX'"])))


def n_scf_snapstart(R):
    return sb(R, "INFO", pick(R, FNS), "c.e.common.SnapStartHooks", pick(R, ["beforeCheckpoint: closing %d pooled connections" % R.randint(1, 10), "afterRestore: re-seeding SecureRandom and refreshing credentials"]))


def n_scf_json_debug(R):
    return jlog(R, "DEBUG", "org.springframework.cloud.function.adapter.aws.AWSLambdaUtils", "Received: {\"Records\":[{\"messageId\":\"%s\",\"eventSource\":\"aws:sqs\"}]}" % uuid(R))


def spring_cloud_function(R):
    groups = [
        ("pricing-ddb-throughput-exceeded", g_scf_ddb),
        ("orders-placedat-instant-conversion", g_scf_conversion),
        ("invoice-router-no-definition", g_scf_routing),
        ("ledger-closed-connection-after-restore", g_scf_jdbc_restore),
        ("invoice-startup-secret-denied", g_scf_secrets, 9),
        ("reports-task-timeout", g_scf_timeout),
        ("reports-heap-oom", g_scf_oom, 12),
        ("ledger-statement-nosuchkey", g_scf_s3_nokey),
        ("orders-putevents-failed-entry", g_scf_eventbridge),
    ]
    negs = [n_scf_start, n_scf_starting, n_scf_locate, n_scf_platform, n_scf_hikari_warn, n_scf_batch_info, n_scf_retry_debug,
            n_scf_validation, n_scf_snapstart, n_scf_json_debug]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- camel-mule
# Apache Camel 4 on Spring Boot (ECS) and Mule 4 standalone runtime (ECS).
F2 = "camel-mule"


def cts(R):
    return "2027-04-%02d %s.%s" % (day(R), hms(R), ms(R))


def cm(R, lvl, thread, logger, msg):
    return "%s %5s 1 --- [%s] %-40s : %s" % (cts(R), lvl, thread, logger, msg)


def camel_id(R):
    return "%s-%016d" % (hexs(R, 15).upper(), R.randint(1, 999999))


def camel_failed(R, route, frm, to, exc, exmsg, frames, thread):
    mid = camel_id(R)
    lines = [
        cm(R, "ERROR", thread, "o.a.c.p.errorhandler.DefaultErrorHandler",
           "Failed delivery for (MessageId: %s on ExchangeId: %s). Exhausted after delivery attempt: %d caught: %s: %s" % (mid, mid, pick(R, [4, 4]), exc, exmsg)),
        "",
        "Message History (source location and message history is disabled)",
        "-" * 100,
        "Source                                   ID                             Processor                                          Elapsed (ms)",
        "                                         %-30s %-50s %12d" % (route + "/" + route, "from[%s]" % frm, R.randint(20, 9000)),
        "\t...",
        "                                         %-30s %-50s %12d" % (route + "/to" + str(pick(R, [2, 2])), to, 0),
        "",
        "Stacktrace",
        "-" * 100,
        "%s: %s" % (exc, exmsg),
    ] + ["\tat " + f for f in frames]
    return "\n".join(lines)


def g_camel_erp(R):
    return camel_failed(R, "erp-orders", "aws2-sqs://orders-inbound", "https://erp.example.internal/api/v2/orders", "org.apache.camel.http.base.HttpOperationFailedException",
                        "HTTP operation failed invoking https://erp.example.internal/api/v2/orders with statusCode: 502",
                        ["org.apache.camel.component.http.HttpProducer.populateHttpOperationFailedException(HttpProducer.java:%d)" % pick(R, [472, 472]),
                         "org.apache.camel.component.http.HttpProducer.process(HttpProducer.java:%d)" % pick(R, [248, 248])],
                        "Camel (camel-1) thread #%d - aws2-sqs://orders-inbound" % R.randint(1, 8))


def g_camel_unmarshal(R):
    return camel_failed(R, "shipments-in", "kafka:shipment-events", "unmarshal[jackson]", "com.fasterxml.jackson.databind.exc.MismatchedInputException",
                        "Cannot deserialize value of type `java.util.ArrayList<com.example.integration.Parcel>` from Object value (token `JsonToken.START_OBJECT`)\n at [Source: REDACTED; line: 1, column: %d] (through reference chain: com.example.integration.Shipment[\"parcels\"])" % R.randint(30, 400),
                        ["com.fasterxml.jackson.databind.exc.MismatchedInputException.from(MismatchedInputException.java:59)",
                         "org.apache.camel.component.jackson.AbstractJacksonDataFormat.unmarshal(AbstractJacksonDataFormat.java:%d)" % pick(R, [217, 217])],
                        "Camel (camel-1) thread #%d - KafkaConsumer[shipment-events]" % R.randint(1, 8))


def g_camel_route_create(R):
    return "\n".join([
        cm(R, "ERROR", "main", "o.s.boot.SpringApplication", "Application run failed"),
        "org.apache.camel.RuntimeCamelException: org.apache.camel.FailedToCreateRouteException: Failed to create route invoices-to-sftp at: >>> To[sftp://edi@sftp.partner.example.com:22/inbound?privateKeyFile=/run/secrets/edi_key] <<< in route: Route(invoices-to-sftp)[From[aws2-s3://example-invoices-out?deleteAfterRead=false] -> [To[sftp://edi... because of Failed to resolve endpoint: sftp://edi@sftp.partner.example.com:22/inbound due to: There are 1 parameters that couldn't be set on the endpoint. Check the uri if the parameters are spelt correctly and that they are properties of the endpoint. Unknown parameters=[{privateKeyFile=/run/secrets/edi_key}]",
        "\tat org.apache.camel.RuntimeCamelException.wrapRuntimeCamelException(RuntimeCamelException.java:%d)" % pick(R, [66, 66]),
        "\tat org.apache.camel.spring.boot.CamelSpringBootApplicationListener.onApplicationEvent(CamelSpringBootApplicationListener.java:%d)" % pick(R, [106, 106]),
    ])


def g_camel_db(R):
    return cm(R, "ERROR", "Camel (camel-1) thread #%d - timer://stock-sync" % R.randint(1, 8), "stock-sync",
              "Stock sync failed for warehouse %s: org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is java.net.UnknownHostException: stock-db.internal" % pick(R, ["DUB1", "FRA2", "AMS1"]))


def mule_block(R, lvl, app, flow, handler, msg, element, dsl, etype, line):
    ev = "%s-%s-%s-%s-%s" % (hexs(R, 8), hexs(R, 4), "11f0", hexs(R, 4), hexs(R, 12))
    head = "%-5s %s [[MuleRuntime].uber.%02d: [%s].%s.CPU_LITE @%s] [processor: %s/processors/%d; event: %s] org.mule.runtime.core.internal.exception.%s: " % (
        lvl, cts(R).replace(".", ","), R.randint(1, 12), app, flow, hexs(R, 8), flow, line, ev, handler)
    return "\n".join([
        head,
        "*" * 80,
        "Message               : %s" % msg,
        "Element               : %s/processors/%d @ %s:%s.xml:%d (%s)" % (flow, line, app, app, 20 + line * 7, element),
        "Element DSL           : %s" % dsl,
        "Error type            : %s" % etype,
        "FlowStack             : at %s(%s/processors/%d @ %s:%s.xml:%d (%s))" % (flow, flow, line, app, app, 20 + line * 7, element),
        "",
        "  (set debug level logging or '-Dmule.verbose.exceptions=true' for everything)",
        "*" * 80,
    ])


def g_mule_erp(R):
    return mule_block(R, "ERROR", "orders-sapi", "post:\\orders:application\\json:orders-sapi-config", "OnErrorPropagateHandler",
                      "HTTP POST on resource 'https://erp.example.internal:443/api/v2/orders' failed: bad gateway (502).", "Call ERP",
                      '<http:request method="POST" doc:name="Call ERP" config-ref="ERP_HTTP_Config" path="/api/v2/orders"></http:request>', "HTTP:BAD_GATEWAY", 2)


def g_mule_db(R):
    return mule_block(R, "ERROR", "inventory-sapi", "get:\\stock\\(sku):inventory-sapi-config", "OnErrorPropagateHandler",
                      "Connection is not available, request timed out after %dms." % pick(R, [30000, 30000, 30001]), "Select stock",
                      '<db:select doc:name="Select stock" config-ref="Inventory_DB"></db:select>', "DB:CONNECTIVITY", 1)


def g_mule_dw(R):
    col = pick(R, [14, 14])
    return mule_block(R, "ERROR", "customers-papi", "sync-customers-flow", "OnErrorPropagateHandler",
                      '"Cannot coerce Null (null) to String\n\n4| email: payload.contact.email as String,\n          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nTrace:\n  at main::main (line: 4, column: %d)" evaluating expression: "%%dw 2.0\noutput application/json\n---\n{ email: payload.contact.email as String, ... }".' % col,
                      "Map to CRM", '<ee:transform doc:name="Map to CRM"></ee:transform>', "MULE:EXPRESSION", 3)


def g_mule_continue(R):
    cid = "C%07d" % R.randint(1, 9999999)
    return mule_block(R, "ERROR", "customers-papi", "get-customer-flow", "OnErrorContinueHandler",
                      "HTTP GET on resource 'https://crm.example.internal:443/v1/customers/%s' failed: not found (404)." % cid, "Lookup CRM",
                      '<http:request method="GET" doc:name="Lookup CRM" config-ref="CRM_HTTP_Config" path="/v1/customers/{id}"></http:request>', "HTTP:NOT_FOUND", 1)


def g_mule_deploy(R):
    v = R.randint(2, 4)
    return "\n".join([
        "ERROR %s [WrapperListener_start_runner] org.mule.runtime.module.deployment.internal.DefaultArchiveDeployer: Failed to deploy artifact [payments-sapi-1.%d.0-mule-application]" % (cts(R).replace(".", ","), v),
        "org.mule.runtime.deployment.model.api.DeploymentException: Failed to deploy artifact [payments-sapi-1.%d.0-mule-application]" % v,
        "Caused by: org.mule.runtime.api.exception.MuleRuntimeException: org.mule.runtime.deployment.model.api.DeploymentInitException: PropertyNotFoundException: Couldn't find configuration property value for key ${secure::stripe.apiKey} from properties provider secure-configuration-properties-provider - trying to resolve value: ${secure::stripe.apiKey}",
    ])


def n_camel_start(R):
    return cm(R, "INFO", "main", "o.a.c.impl.engine.AbstractCamelContext", pick(R, [
        "Apache Camel 4.8.%d (camel-1) started in %dms (build:0ms init:0ms start:%dms)" % (R.randint(0, 3), R.randint(200, 2000), R.randint(200, 2000)),
        "Routes startup (total:%d started:%d disabled:0)" % ((lambda n: (n, n))(R.randint(4, 9))),
        "    Started %s (%s)" % pick(R, [("erp-orders", "aws2-sqs://orders-inbound"), ("shipments-in", "kafka://shipment-events"), ("stock-sync", "timer://stock-sync")])]))


def n_camel_route_info(R):
    return cm(R, "INFO", "Camel (camel-1) thread #%d - aws2-sqs://orders-inbound" % R.randint(1, 8), "erp-orders", "Forwarding order %s to ERP (lines=%d)" % ("ord_" + alnum(R, 12), R.randint(1, 30)))


def n_camel_poll_warn(R):
    return cm(R, "WARN", "Camel (camel-1) thread #%d - aws2-sqs://returns-inbound" % R.randint(1, 8), "o.a.c.c.aws2.sqs.Sqs2Consumer",
              "Consumer Consumer[aws2-sqs://returns-inbound] failed polling endpoint: aws2-sqs://returns-inbound. Will try again at next poll. Caused by: [software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException - The specified queue does not exist. (Service: Sqs, Status Code: 400, Request ID: %s)]" % uuid(R))


def n_camel_redelivery_debug(R):
    return cm(R, "DEBUG", "Camel (camel-1) thread #%d - aws2-sqs://orders-inbound" % R.randint(1, 8), "o.a.c.p.errorhandler.DefaultErrorHandler",
              "On delivery attempt: %d caught: org.apache.camel.http.base.HttpOperationFailedException: HTTP operation failed invoking https://erp.example.internal/api/v2/orders with statusCode: 502" % R.randint(0, 2))


def n_camel_health(R):
    return cm(R, "INFO", "http-nio-8080-exec-%d" % R.randint(1, 10), "o.a.c.i.health.DefaultHealthCheck",
              "Health check %s: UP (routes=%d, consumers=%d, errors=0)" % (pick(R, ["readiness", "liveness"]), R.randint(4, 9), R.randint(2, 6)))


def n_mule_logger(R):
    return "INFO  %s [[MuleRuntime].uber.%02d: [%s].%s.CPU_LITE @%s] [processor: %s/processors/0; event: %s] org.mule.runtime.core.internal.processor.LoggerMessageProcessor: %s" % (
        cts(R).replace(".", ","), R.randint(1, 12), pick(R, ["orders-sapi", "inventory-sapi", "customers-papi"]), "main-flow", hexs(R, 8), "main-flow", uuid(R),
        pick(R, ["Received order %s" % ("ord_" + alnum(R, 12)), "Stock lookup sku=%s qty=%d" % (alnum(R, 8).upper(), R.randint(0, 900)), "Customer sync finished: %d records, 0 errors" % R.randint(1, 500)]))


def n_mule_deployed(R):
    app = pick(R, ["orders-sapi", "inventory-sapi", "customers-papi"])
    return "\n".join([
        "INFO  %s [WrapperListener_start_runner] org.mule.runtime.core.internal.logging.LogUtil: " % cts(R).replace(".", ","),
        "*" * 78,
        "* Started app '%s'%s*" % (app, " " * (60 - len(app))),
        "* Application plugins:%s*" % (" " * 55),
        "*  - HTTP : 1.9.%d%s*" % (R.randint(0, 4), " " * 58),
        "*" * 78,
    ])


def n_mule_warn(R):
    return "WARN  %s [[MuleRuntime].uber.%02d: [orders-sapi].post:\\orders:application\\json:orders-sapi-config.CPU_LITE @%s] org.mule.runtime.module.extension.internal.runtime.connectivity.RetryPolicy: Retrying HTTP:CONNECTIVITY on 'Call ERP' (attempt %d of 3) in %dms" % (
        cts(R).replace(".", ","), R.randint(1, 12), hexs(R, 8), R.randint(1, 2), pick(R, [500, 1000, 2000]))


def n_mule_autodiscovery(R):
    return "INFO  %s [agw-policy-set-deployment.01] org.mule.runtime.module.extension.internal.runtime.config: Gateway policies applied to API %s: client-id-enforcement, rate-limiting (0 errors)" % (cts(R).replace(".", ","), R.randint(10000000, 99999999))


def camel_mule(R):
    groups = [
        ("camel-erp-orders-502-exhausted", g_camel_erp),
        ("camel-shipments-parcels-unmarshal", g_camel_unmarshal),
        ("camel-sftp-route-unknown-parameter", g_camel_route_create, 6),
        ("camel-stock-db-unknown-host", g_camel_db),
        ("mule-orders-erp-bad-gateway", g_mule_erp),
        ("mule-inventory-db-connectivity", g_mule_db),
        ("mule-customers-email-coercion", g_mule_dw),
        ("mule-crm-lookup-not-found-continue", g_mule_continue),
        ("mule-payments-deploy-missing-property", g_mule_deploy, 5),
    ]
    negs = [n_camel_start, n_camel_route_info, n_camel_poll_warn, n_camel_redelivery_debug, n_camel_health, n_mule_logger, n_mule_deployed,
            n_mule_warn, n_mule_autodiscovery]
    return build(R, F2, groups, negs)


FAMILIES = {F1: spring_cloud_function, F2: camel_mule}
