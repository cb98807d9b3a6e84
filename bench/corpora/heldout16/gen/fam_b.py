"""Families: spring-boot3-fargate-logstash, go122-slog-zap-ecs."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, iso, pick, jd, epoch, epoch_ms, port,
                    build)

ACCT = "111122223333"

# ---------------------------------------------------------------- spring-boot3-fargate-logstash
# Three Spring Boot 3.3 services (Java 21) on ECS Fargate: orders-service and inventory-service log
# with Spring Boot's default console layout (awslogs joins the stack trace to its event with a
# datetime multi-line pattern); billing-service logs one JSON object per line with the logstash
# logback encoder (stack trace in `stack_trace`).
F3 = "spring-boot3-fargate-logstash"


def sb(R, level, app, thread, logger, msg):
    return "2027-12-%02dT%s.%sZ %5s 1 --- [%s] [%15s] %-40s : %s" % (day(R), hms(R), ms(R), level, app, thread[-15:], logger[:40], msg)


def ls(R, level, logger, msg, thread=None, stack=None, extra=None):
    d = {"@timestamp": "2027-12-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thread or "scheduling-1", "level": level, "level_value": {"ERROR": 40000, "WARN": 30000, "INFO": 20000, "DEBUG": 10000}[level]}
    if stack:
        d["stack_trace"] = stack
    if extra:
        d.update(extra)
    d["service"] = "billing-service"
    return json.dumps(d, separators=(",", ":"))


def at(frames):
    return "".join("\n\tat " + f for f in frames)


def exec_thread(R):
    return "http-nio-8080-exec-%d" % R.randint(1, 40)


TOMCAT_TAIL = ["org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
               "org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:903)",
               "jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)",
               "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:63)",
               "java.base/java.lang.Thread.run(Thread.java:1583)"]

DISPATCH = "o.a.c.c.C.[.[.[/].[dispatcherServlet]"


def servlet_exc(R, app, inner, cause_line, frames, more):
    return sb(R, "ERROR", app, exec_thread(R), DISPATCH,
              "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: %s] with root cause\n\n%s%s" % (inner, cause_line, at(frames)) +
              ("\n\t... %d common frames omitted" % more if more else ""))


def g_hikari(R):
    waiting = R.randint(3, 60)
    pool = "HikariPool-1 - Connection is not available, request timed out after %dms (total=10, active=10, idle=0, waiting=%d)." % (pick(R, [30000, 30001, 30002, 30004]), waiting)
    if R.random() < 0.55:
        return servlet_exc(R, "orders-service", "org.springframework.orm.jpa.JpaSystemException: Unable to acquire JDBC Connection [%s] [n/a]" % pool,
                           "java.sql.SQLTransientConnectionException: " + pool,
                           ["com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)",
                            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)",
                            "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)",
                            "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)",
                            "org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)"], 0)
    return sb(R, "ERROR", "orders-service", exec_thread(R), "o.h.engine.jdbc.spi.SqlExceptionHelper", pool)


def g_flyway(R):
    v = pick(R, ["14", "14", "15"])
    m = "Validate failed: Migrations have failed validation\nMigration checksum mismatch for migration version %s\n-> Applied to database : %d\n-> Resolved locally    : %d\nEither revert the changes to the migration, or run repair to update the schema history.\nNeed more flexibility with validation rules? Learn more: https://rd.gt/3AbJUZE" % (v, R.randint(-2000000000, 2000000000), R.randint(-2000000000, 2000000000))
    if R.random() < 0.5:
        return sb(R, "ERROR", "orders-service", "main", "o.s.boot.SpringApplication", "Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: " + m +
                  at(["org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1806)",
                      "org.springframework.boot.SpringApplication.run(SpringApplication.java:335)",
                      "com.example.orders.OrdersApplication.main(OrdersApplication.java:12)"]) +
                  "\nCaused by: org.flywaydb.core.api.exception.FlywayValidateException: " + m + at(["org.flywaydb.core.Flyway.lambda$migrate$0(Flyway.java:%d)" % pick(R, [142, 142]), "org.flywaydb.core.FlywayExecutor.execute(FlywayExecutor.java:205)"]) + "\n\t... %d common frames omitted" % pick(R, [18, 18, 19]))
    return sb(R, "ERROR", "orders-service", "main", "o.f.core.internal.command.DbValidate", "Migration checksum mismatch for migration version %s" % v)


def g_pricing_down(R):
    v = R.random()
    if v < 0.4:
        return servlet_exc(R, "inventory-service", "org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: \"{\"message\":\"no healthy upstream\"}\"" if R.random() < 0.5 else "org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: [no body]",
                           "org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: [no body]",
                           ["org.springframework.web.client.HttpServerErrorException.create(HttpServerErrorException.java:116)",
                            "org.springframework.web.client.StatusHandler.lambda$defaultHandler$3(StatusHandler.java:89)",
                            "org.springframework.web.client.DefaultRestClient$DefaultResponseSpec.body(DefaultRestClient.java:%d)" % pick(R, [752, 752]),
                            "com.example.inventory.pricing.PricingClient.currentPrice(PricingClient.java:41)"], 0)
    if v < 0.8:
        return sb(R, "ERROR", "inventory-service", exec_thread(R), "c.e.inventory.web.StockController",
                  "price lookup failed for sku SKU-%s\nio.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'pricing' is OPEN and does not permit further calls" % digits(R, 5) +
                  at(["io.github.resilience4j.circuitbreaker.CallNotPermittedException.createCallNotPermittedException(CallNotPermittedException.java:48)",
                      "io.github.resilience4j.circuitbreaker.CircuitBreaker.lambda$decorateCheckedSupplier$82a9021a$1(CircuitBreaker.java:70)",
                      "com.example.inventory.pricing.PricingClient$$SpringCGLIB$$0.currentPrice(<generated>)"]))
    return sb(R, "ERROR", "inventory-service", exec_thread(R), "c.e.inventory.pricing.PricingClient", "pricing-service returned 503 for sku SKU-%s after %d attempts" % (digits(R, 5), 3))


def g_unique_order_no(R):
    no = "ORD-2027-%s" % digits(R, 6)
    dk = "ERROR: duplicate key value violates unique constraint \"uk_orders_order_number\"\n  Detail: Key (order_number)=(%s) already exists." % no
    if R.random() < 0.5:
        return sb(R, "ERROR", "orders-service", exec_thread(R), "o.h.engine.jdbc.spi.SqlExceptionHelper", dk)
    return servlet_exc(R, "orders-service", "org.springframework.dao.DataIntegrityViolationException: could not execute statement [%s] [insert into orders (channel,created_at,customer_id,order_number,status,total,id) values (?,?,?,?,?,?,?)]; SQL [insert into orders (channel,created_at,customer_id,order_number,status,total,id) values (?,?,?,?,?,?,?)]; constraint [uk_orders_order_number]" % dk.replace("\n", " "),
                       "org.postgresql.util.PSQLException: " + dk,
                       ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)",
                        "org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:152)",
                        "com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)",
                        "com.example.orders.service.OrderNumberGenerator.next(OrderNumberGenerator.java:29)"], 0)


def g_lazy(R):
    return servlet_exc(R, "orders-service", "org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.example.orders.domain.Order.lines: could not initialize proxy - no Session",
                       "org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.example.orders.domain.Order.lines: could not initialize proxy - no Session",
                       ["org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException(AbstractPersistentCollection.java:635)",
                        "org.hibernate.collection.spi.AbstractPersistentCollection.withTemporarySessionIfNeeded(AbstractPersistentCollection.java:218)",
                        "org.hibernate.collection.spi.PersistentBag.iterator(PersistentBag.java:%d)" % pick(R, [366, 366]),
                        "com.example.orders.web.OrderMapper.toDto(OrderMapper.java:%d)" % pick(R, [37, 37, 39]),
                        "com.example.orders.web.OrderController.get(OrderController.java:52)"] + TOMCAT_TAIL[:2], 0)


def g_sqs_denied(R):
    task = hexs(R, 32)
    m = "User: arn:aws:sts::%s:assumed-role/billing-service-task/%s is not authorized to perform: sqs:receivemessage on resource: arn:aws:sqs:us-east-1:%s:billing-events because no identity-based policy allows the sqs:receivemessage action (Service: Sqs, Status Code: 403, Request ID: %s)" % (ACCT, task, ACCT, uuid(R))
    return ls(R, "ERROR", "io.awspring.cloud.sqs.listener.source.AbstractPollingMessageSource", "Error polling for messages in queue https://sqs.us-east-1.amazonaws.com/%s/billing-events" % ACCT,
              thread="billing-events-%d" % R.randint(1, 4),
              stack="java.util.concurrent.CompletionException: software.amazon.awssdk.services.sqs.model.SqsException: %s\n\tat java.base/java.util.concurrent.CompletableFuture.encodeRelay(CompletableFuture.java:368)\n\tat software.amazon.awssdk.core.internal.http.async.AsyncResponseHandler.lambda$prepare$0(AsyncResponseHandler.java:88)\nCaused by: software.amazon.awssdk.services.sqs.model.SqsException: %s\n\tat software.amazon.awssdk.protocols.json.internal.unmarshall.AwsJsonProtocolErrorUnmarshaller.unmarshall(AwsJsonProtocolErrorUnmarshaller.java:%d)\n\t... %d common frames omitted" % (m, m, pick(R, [113, 113]), pick(R, [24, 24, 25])))


def g_nosuchbucket(R):
    bucket = "billing-invoices-prod-%s" % pick(R, ["use1", "use1-v2"])
    m = "The specified bucket does not exist (Service: S3, Status Code: 404, Request ID: %s, Extended Request ID: %s)" % (alnum(R, 16).upper(), alnum(R, 76))
    return ls(R, "ERROR", "com.example.billing.invoice.InvoiceArchiver", "failed to archive invoice INV-%s" % digits(R, 8), thread=pick(R, ["scheduling-1", "task-%d" % R.randint(1, 8)]),
              stack="software.amazon.awssdk.services.s3.model.NoSuchBucketException: %s\n\tat software.amazon.awssdk.services.s3.model.NoSuchBucketException$BuilderImpl.build(NoSuchBucketException.java:104)\n\tat software.amazon.awssdk.services.s3.DefaultS3Client.putObject(DefaultS3Client.java:%d)\n\tat com.example.billing.invoice.InvoiceArchiver.archive(InvoiceArchiver.java:58)" % (m, pick(R, [11261, 11261])),
              extra={"bucket": bucket})


def g_heap(R):
    if R.random() < 0.7:
        return "Exception in thread \"%s\" java.lang.OutOfMemoryError: Java heap space" % pick(R, [exec_thread(R), "scheduling-1", "task-%d" % R.randint(1, 8)]) + at([
            "java.base/java.util.Arrays.copyOf(Arrays.java:3541)",
            "java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)",
            "com.fasterxml.jackson.core.util.ByteArrayBuilder.toByteArray(ByteArrayBuilder.java:%d)" % pick(R, [164, 164]),
            "com.example.orders.export.MonthlyExport.render(MonthlyExport.java:%d)" % pick(R, [77, 77, 81])])
    return "Terminating due to java.lang.OutOfMemoryError: Java heap space" if R.random() < 0.5 else "java.lang.OutOfMemoryError: Java heap space\nDumping heap to /tmp/heapdump.hprof ...\nHeap dump file created [%d bytes in %.3f secs]" % (R.randint(900000000, 1900000000), R.uniform(2, 9))


def g_enum(R):
    val = pick(R, ["BACKORDER", "BACKORDER", "PREORDER"])
    m = "Cannot deserialize value of type `com.example.inventory.domain.StockStatus` from String \"%s\": not one of the values accepted for Enum class: [IN_STOCK, OUT_OF_STOCK, DISCONTINUED]\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.example.inventory.events.StockChanged[\"status\"])" % (val, R.randint(60, 140))
    return sb(R, "ERROR", "inventory-service", "stock-events-%d" % R.randint(1, 3), "c.e.i.events.StockEventListener",
              "Failed to deserialize stock event messageId=%s\ncom.fasterxml.jackson.databind.exc.InvalidFormatException: %s" % (uuid(R), m) +
              at(["com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)",
                  "com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1959)",
                  "com.example.inventory.events.StockEventListener.onMessage(StockEventListener.java:%d)" % pick(R, [44, 44])]))


def g_redis(R):
    host = "orders-cache.abc1ex.ng.0001.use1.cache.amazonaws.com"
    if R.random() < 0.5:
        return servlet_exc(R, "orders-service", "org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis",
                           "io.netty.channel.ConnectTimeoutException: connection timed out after 10000 ms: %s/10.30.%d.%d:6379" % (host, R.randint(1, 3), R.randint(2, 250)),
                           ["io.netty.channel.nio.AbstractNioChannel$AbstractNioUnsafe$1.run(AbstractNioChannel.java:263)",
                            "io.netty.util.concurrent.PromiseTask.runTask(PromiseTask.java:98)",
                            "io.netty.util.concurrent.SingleThreadEventExecutor$4.run(SingleThreadEventExecutor.java:994)"], 0)
    return sb(R, "ERROR", "orders-service", exec_thread(R), "c.e.orders.cart.CartCache", "cart cache read failed for cart %s: org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis; nested exception is io.lettuce.core.RedisConnectionException: Unable to connect to %s/<unresolved>:6379" % (uuid(R), host))


def g_scheduled_npe(R):
    return ls(R, "ERROR", "org.springframework.scheduling.support.TaskUtils$LoggingErrorHandler", "Unexpected error occurred in scheduled task", thread="scheduling-1",
              stack="java.lang.NullPointerException: Cannot invoke \"java.math.BigDecimal.multiply(java.math.BigDecimal)\" because \"taxRate\" is null\n\tat com.example.billing.tax.TaxCalculator.taxFor(TaxCalculator.java:%d)\n\tat com.example.billing.run.MonthlyBillingJob.bill(MonthlyBillingJob.java:%d)\n\tat com.example.billing.run.MonthlyBillingJob.run(MonthlyBillingJob.java:41)\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n\tat org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)" % (pick(R, [33, 33]), pick(R, [77, 77, 79])),
              extra={"tenant": pick(R, ["acme", "globex", "initech", "umbrella"])})


def g_deadlock(R):
    p1, p2 = R.randint(1000, 30000), R.randint(1000, 30000)
    t1, t2 = R.randint(900000, 999999), R.randint(900000, 999999)
    m = "ERROR: deadlock detected\n  Detail: Process %d waits for ShareLock on transaction %d; blocked by process %d.\nProcess %d waits for ShareLock on transaction %d; blocked by process %d.\n  Hint: See server log for query details.\n  Where: while updating tuple (%d,%d) in relation \"stock_levels\"" % (p1, t2, p2, p2, t1, p1, R.randint(10, 900), R.randint(1, 60))
    return sb(R, "ERROR", "inventory-service", pick(R, [exec_thread(R), "stock-events-%d" % R.randint(1, 3)]), "o.h.engine.jdbc.spi.SqlExceptionHelper", m)


def g_creds(R):
    m = "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider(), WebIdentityTokenFileCredentialsProvider(), ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])), ContainerCredentialsProvider(), InstanceProfileCredentialsProvider()]) : [SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., EnvironmentVariableCredentialsProvider(): Unable to load credentials from system settings. Access key must be specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId)., WebIdentityTokenFileCredentialsProvider(): Either the environment variable AWS_WEB_IDENTITY_TOKEN_FILE or the javaproperty aws.webIdentityTokenFile must be set., ProfileCredentialsProvider(profileName=default, profileFile=ProfileFile(sections=[])): Profile file contained no credentials for profile 'default': ProfileFile(sections=[]), ContainerCredentialsProvider(): Failed to load credentials from metadata service., InstanceProfileCredentialsProvider(): Failed to load credentials from IMDS.]"
    return ls(R, "ERROR", "com.example.billing.tax.TaxRatesLoader", "could not refresh tax rates from s3://billing-config/tax-rates-%d.json" % R.randint(2027, 2028), thread="task-%d" % R.randint(1, 8),
              stack="software.amazon.awssdk.core.exception.SdkClientException: " + m + "\n\tat software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)\n\tat software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain.resolveCredentials(AwsCredentialsProviderChain.java:130)\n\tat com.example.billing.tax.TaxRatesLoader.refresh(TaxRatesLoader.java:%d)" % pick(R, [49, 49]))


def n_sb_info(R):
    app = pick(R, ["orders-service", "inventory-service"])
    return sb(R, "INFO", app, pick(R, ["main", exec_thread(R)]), pick(R, ["c.e.orders.OrdersApplication", "o.s.b.w.embedded.tomcat.TomcatWebServer", "com.zaxxer.hikari.HikariDataSource", "c.e.orders.web.OrderController", "c.e.inventory.web.StockController"]), pick(R, [
        "Started %s in %.3f seconds (process running for %.3f)" % ("OrdersApplication" if app == "orders-service" else "InventoryApplication", R.uniform(6, 14), R.uniform(7, 16)),
        "Tomcat started on port 8080 (http) with context path '/'",
        "HikariPool-1 - Start completed.",
        "order %s created total=%d.%02d" % (uuid(R), R.randint(5, 800), R.randint(0, 99)),
        "stock adjusted sku=SKU-%s delta=%d errors=0" % (digits(R, 5), R.randint(-5, 40))]))


def n_sb_warn(R):
    return sb(R, "WARN", pick(R, ["orders-service", "inventory-service"]), pick(R, ["main", exec_thread(R)]), pick(R, ["JpaBaseConfiguration$JpaWebConfiguration", "org.hibernate.orm.deprecation", ".m.m.a.ExceptionHandlerExceptionResolver", "c.e.inventory.pricing.PricingClient"]), pick(R, [
        "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning",
        "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)",
        "Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.example.orders.web.OrderDto> com.example.orders.web.OrderController.create(com.example.orders.web.CreateOrderRequest): [Field error in object 'createOrderRequest' on field 'quantity': rejected value [%d]]]" % R.randint(-3, 0),
        "pricing call slow (%d ms), retry attempt %d of 3" % (R.randint(1200, 4000), R.randint(1, 2)),
        "Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource %s.]" % pick(R, ["favicon.ico", "robots.txt", "wp-login.php", ".env"])]))


def n_sb_debug(R):
    return sb(R, "DEBUG", "inventory-service", exec_thread(R), "o.s.web.servlet.DispatcherServlet", "Completed 200 OK" if R.random() < 0.5 else "GET \"/api/stock/SKU-%s\", parameters={}" % digits(R, 5))


def n_ls_info(R):
    return ls(R, pick(R, ["INFO", "INFO", "DEBUG"]), pick(R, ["com.example.billing.run.MonthlyBillingJob", "com.example.billing.invoice.InvoiceArchiver", "io.awspring.cloud.sqs.listener.DefaultListenerContainerRegistry"]), pick(R, [
        "billing run finished tenants=%d invoices=%d failed=0" % (R.randint(3, 9), R.randint(100, 9000)),
        "invoice INV-%s archived" % digits(R, 8), "Starting 1 listener containers", "processed billing event %s" % uuid(R)]),
        thread=pick(R, ["scheduling-1", "billing-events-1", "main"]), extra={"error_count": 0} if R.random() < 0.3 else None)


def n_ls_warn(R):
    return ls(R, "WARN", "com.example.billing.tax.TaxRatesLoader", pick(R, ["tax rate cache is %d minutes old, refresh scheduled" % R.randint(61, 200), "retrying S3 read (attempt %d)" % R.randint(1, 3)]), thread="task-%d" % R.randint(1, 8))


def n_actuator(R):
    return sb(R, "INFO", "orders-service", "main", "o.s.b.a.e.web.EndpointLinksResolver", "Exposing %d endpoints beneath base path '/actuator'" % R.randint(2, 5)) if R.random() < 0.3 else \
        sb(R, "INFO", pick(R, ["orders-service", "inventory-service"]), "SpringApplicationShutdownHook", pick(R, ["o.s.b.w.e.tomcat.GracefulShutdown", "com.zaxxer.hikari.HikariDataSource"]), pick(R, ["Commencing graceful shutdown. Waiting for active requests to complete", "Graceful shutdown complete", "HikariPool-1 - Shutdown initiated...", "HikariPool-1 - Shutdown completed."]) + " " * 0 + ("" if R.random() < 0.9 else ""))


def spring(R):
    groups = [("orders-hikari-pool-exhausted", g_hikari),
              ("orders-flyway-v14-checksum-mismatch", g_flyway),
              ("inventory-pricing-service-unavailable", g_pricing_down),
              ("orders-order-number-duplicate-key", g_unique_order_no),
              ("orders-lazy-init-order-lines", g_lazy),
              ("billing-sqs-receive-not-authorized", g_sqs_denied),
              ("billing-invoice-bucket-missing", g_nosuchbucket),
              ("orders-monthly-export-heap-oom", g_heap),
              ("inventory-stock-status-backorder-enum", g_enum),
              ("orders-redis-cache-connect-timeout", g_redis),
              ("billing-tax-rate-null-npe", g_scheduled_npe),
              ("inventory-stock-levels-deadlock", g_deadlock),
              ("billing-sdk-no-credentials", g_creds)]
    negs = [n_sb_info, n_sb_info, n_sb_warn, n_sb_debug, n_ls_info, n_ls_info, n_ls_warn, n_actuator]
    return build(R, F3, groups, negs)


# ---------------------------------------------------------------- go122-slog-zap-ecs
# Go 1.22 services on ECS: ledger (log/slog JSON handler, pgx v5), gateway (log/slog text handler,
# net/http reverse calls, go-redis), ingest (zap production JSON, AWS SDK for Go v2). Panics and
# runtime fatal errors go to stderr and reach CloudWatch as one event (awslogs multi-line pattern).
F4 = "go122-slog-zap-ecs"


def ts_go(R):
    return "2027-12-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 9 if R.random() < 0.5 else 6))


def slogj(R, level, msg, **kv):
    d = {"time": ts_go(R), "level": level, "msg": msg}
    d.update(kv)
    return json.dumps(d, separators=(",", ":"))


def q(v):
    s = str(v)
    return '"%s"' % s.replace('"', '\\"') if (" " in s or '"' in s or "=" in s or s == "") else s


def slogt(R, level, msg, **kv):
    return "time=%s level=%s msg=%s" % (ts_go(R)[:23] + "Z", level, q(msg)) + "".join(" %s=%s" % (k, q(v)) for k, v in kv.items())


def zap(R, level, caller, msg, stack=None, **kv):
    d = {"level": level, "ts": round(epoch(R) + R.random(), 6), "caller": caller, "msg": msg}
    d.update(kv)
    if stack:
        d["stacktrace"] = stack
    return json.dumps(d, separators=(",", ":"))


def gostack(frames):
    return "\n".join("%s\n\t%s" % (f, loc) for f, loc in frames)


def goroutine_trace(R, gid, frames):
    return "goroutine %d [running]:\n" % gid + "\n".join("%s\n\t%s +0x%x" % (f, loc, R.randint(0x10, 0x3ff)) for f, loc in frames)


def g_nil_panic(R):
    addr = pick(R, ["0x18", "0x18", "0x20"])
    return "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=%s pc=0x%x]\n\n" % (addr, R.randint(0x6a0000, 0x6affff)) + goroutine_trace(R, R.randint(20, 900), [
        ("example.com/ledger/internal/posting.(*Service).Post(0xc000%s, {0xb1c2e8, 0xc000%s}, 0xc000%s)" % (hexs(R, 6), hexs(R, 6), hexs(R, 6)), "/src/internal/posting/service.go:%d" % pick(R, [112, 112, 114])),
        ("example.com/ledger/internal/api.(*Handler).createEntry(0xc000%s, {0xb1f0a0, 0xc000%s}, 0xc000%s)" % (hexs(R, 6), hexs(R, 6), hexs(R, 6)), "/src/internal/api/entries.go:57"),
        ("net/http.HandlerFunc.ServeHTTP(...)", "/usr/local/go/src/net/http/server.go:2171"),
        ("net/http.(*conn).serve(0xc000%s, {0xb20d38, 0xc000%s})" % (hexs(R, 6), hexs(R, 6)), "/usr/local/go/src/net/http/server.go:2099")]) + "\ncreated by net/http.(*Server).Serve in goroutine 1\n\t/usr/local/go/src/net/http/server.go:3285 +0x4b4"


def g_pg_slots(R):
    ip = "10.50.%d.%d" % (R.randint(1, 3), R.randint(2, 250))
    e = "failed to connect to `user=ledger database=ledger`: %s:5432 (ledger-db.cluster-cexmpl0abc12.us-east-1.rds.amazonaws.com): server error: FATAL: remaining connection slots are reserved for roles with the SUPERUSER attribute (SQLSTATE 53300)" % ip
    return slogj(R, "ERROR", pick(R, ["db acquire failed", "posting failed"]), err=e, request_id=uuid(R), path="/v1/entries")


def g_partition_missing(R):
    return slogj(R, "ERROR", "insert entry failed", err="ERROR: relation \"ledger_entries_2027_12\" does not exist (SQLSTATE 42P01)", account="acc_%s" % alnum(R, 10), request_id=uuid(R))


def g_s3_denied(R):
    key = "raw/%s/%s.json.gz" % ("2027/12/%02d" % day(R), uuid(R))
    e = "operation error S3: PutObject, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error AccessDenied: Access Denied" % (alnum(R, 16).upper(), alnum(R, 76))
    return zap(R, "error", "ingest/sink.go:%d" % pick(R, [84, 84]), "failed to write batch", error=e, bucket="ingest-raw-prod", key=key,
               stack=gostack([("example.com/ingest/internal/sink.(*S3Sink).Write", "/src/internal/sink/s3.go:84"), ("example.com/ingest/internal/worker.(*Worker).flush", "/src/internal/worker/worker.go:131")]))


def g_sqs_vpce(R):
    ip = "10.60.%d.%d" % (R.randint(0, 3), R.randint(2, 250))
    e = "operation error SQS: ReceiveMessage, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , request send failed, Post \"https://sqs.us-east-1.amazonaws.com/\": dial tcp %s:443: i/o timeout" % ip
    return zap(R, "error", "worker/worker.go:%d" % 77, "receive failed", error=e, queue="ingest-events")


def g_ddb_throughput(R):
    e = "operation error DynamoDB: BatchWriteItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." % alnum(R, 52).upper()
    return zap(R, "error", "sink/dynamo.go:%d" % 61, "dedupe index write failed", error=e, table="ingest-dedupe", items=25)


def g_catalog_deadline(R):
    item = digits(R, 6)
    e = "Get \"http://catalog.internal:8080/v1/items/%s\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)" % item
    if R.random() < 0.6:
        return slogt(R, "ERROR", "upstream request failed", upstream="catalog", err=e, request_id=uuid(R), duration="%.3fs" % R.uniform(3.0, 3.02))
    return slogt(R, "ERROR", "upstream request failed", upstream="catalog", err="Get \"http://catalog.internal:8080/v1/items/%s\": context deadline exceeded" % item, request_id=uuid(R), status=504)


def g_config_missing(R):
    return zap(R, "fatal", "cmd/gateway/main.go:%d" % 38, "failed to load config", error="required key CATALOG_URL missing value", version=pick(R, ["1.42.0", "1.42.1"]),
               stack=gostack([("main.main", "/src/cmd/gateway/main.go:38"), ("runtime.main", "/usr/local/go/src/runtime/proc.go:271")]))


def g_unmarshal(R):
    return zap(R, "error", "worker/decode.go:%d" % 29, "decode event", error="json: cannot unmarshal string into Go struct field Event.amount of type float64", message_id=uuid(R), source=pick(R, ["pos-eu", "pos-us"]))


def g_concurrent_map(R):
    return "fatal error: concurrent map writes\n\n" + goroutine_trace(R, R.randint(20, 900), [
        ("example.com/ledger/internal/fx.(*RateCache).Set(...)", "/src/internal/fx/cache.go:%d" % pick(R, [48, 48])),
        ("example.com/ledger/internal/fx.(*Refresher).refresh(0xc000%s, {0xb1c2e8, 0xc000%s})" % (hexs(R, 6), hexs(R, 6)), "/src/internal/fx/refresh.go:71"),
        ("created by example.com/ledger/internal/fx.(*Refresher).Start in goroutine 1", "/src/internal/fx/refresh.go:40")])


def g_redis_pool(R):
    return slogt(R, "ERROR", "rate limiter check failed", err=pick(R, ["redis: connection pool timeout", "dial tcp 10.70.%d.%d:6379: i/o timeout" % (R.randint(1, 3), R.randint(2, 250))]), client_ip="10.0.%d.%d" % (R.randint(0, 255), R.randint(2, 250)), request_id=uuid(R))


def g_kms_cipher(R):
    e = "operation error KMS: Decrypt, https response error StatusCode: 400, RequestID: %s, InvalidCiphertextException: " % uuid(R)
    return zap(R, "error", "crypto/envelope.go:%d" % 52, "unwrap data key", error=e, tenant=pick(R, ["t-0142", "t-0177", "t-0209"]), key_alias="alias/ingest-tenant")


def g_go_oom(R):
    if R.random() < 0.6:
        return "fatal error: runtime: out of memory\n\nruntime stack:\nruntime.throw({0x%x?, 0x%x?})\n\t/usr/local/go/src/runtime/panic.go:1023 +0x5c fp=0x7ffc%s sp=0x7ffc%s pc=0x43a2fc\nruntime.(*mheap).grow(0xf3c9a0, 0x%x?)\n\t/usr/local/go/src/runtime/mheap.go:1450 +0x1f6" % (R.randint(0x800000, 0x8fffff), R.randint(0x10, 0xff), hexs(R, 8), hexs(R, 8), R.randint(0x100, 0x9ff))
    return "fatal error: runtime: out of memory\n\ngoroutine %d [running]:\nexample.com/ledger/internal/reconcile.(*Job).load(0xc000%s)\n\t/src/internal/reconcile/job.go:%d +0x1a4" % (R.randint(20, 900), hexs(R, 6), pick(R, [93, 93]))


def n_slog_info(R):
    return slogj(R, pick(R, ["INFO", "INFO", "DEBUG"]), pick(R, ["request", "entry posted", "fx rates refreshed"]), method=pick(R, ["GET", "POST"]), path=pick(R, ["/v1/entries", "/v1/accounts/acc_%s/balance" % alnum(R, 10), "/healthz"]),
                 status=pick(R, [200, 200, 201, 404, 409]), duration_ms=R.randint(1, 400), request_id=uuid(R))


def n_slog_warn(R):
    return slogj(R, "WARN", pick(R, ["slow query", "retrying serialization failure"]), attempt=R.randint(1, 3), duration_ms=R.randint(500, 3000), err=None if R.random() < 0.3 else "ERROR: could not serialize access due to concurrent update (SQLSTATE 40001)")


def n_slogt_info(R):
    return slogt(R, pick(R, ["INFO", "INFO", "DEBUG"]), pick(R, ["request completed", "cache hit", "listening"]), method=pick(R, ["GET", "POST"]), path=pick(R, ["/api/items/%s" % digits(R, 6), "/api/cart", "/healthz"]), status=pick(R, [200, 200, 304, 400, 401, 404]), took="%dms" % R.randint(1, 300))


def n_tls_eof(R):
    return "%s http: TLS handshake error from 10.0.%d.%d:%d: %s" % ("2027/12/%02d %s" % (day(R), hms(R)), R.randint(0, 255), R.randint(2, 250), port(R), pick(R, ["EOF", "read tcp 10.0.1.12:8443->10.0.%d.%d:%d: read: connection reset by peer" % (R.randint(0, 255), R.randint(2, 250), port(R))]))


def n_zap_info(R):
    return zap(R, pick(R, ["info", "info", "debug"]), pick(R, ["worker/worker.go:102", "sink/s3.go:90"]), pick(R, ["batch flushed", "received messages", "checkpoint saved"]), count=R.randint(0, 500), errors=0, duration=R.uniform(0.01, 2.5))


def n_zap_warn(R):
    return zap(R, "warn", "worker/worker.go:%d" % 88, pick(R, ["retrying receive", "message visibility extended", "skipping duplicate event"]), attempt=R.randint(1, 2), message_id=uuid(R))


def n_shutdown(R):
    return slogt(R, "INFO", pick(R, ["shutting down", "server stopped", "received signal"]), signal="terminated", inflight=R.randint(0, 12))


def gosvc(R):
    groups = [("ledger-posting-nil-pointer-panic", g_nil_panic),
              ("ledger-rds-connection-slots-exhausted", g_pg_slots),
              ("ledger-december-partition-missing", g_partition_missing),
              ("ingest-s3-putobject-access-denied", g_s3_denied),
              ("ingest-sqs-endpoint-dial-timeout", g_sqs_vpce),
              ("ingest-dedupe-table-throughput", g_ddb_throughput),
              ("gateway-catalog-client-timeout", g_catalog_deadline),
              ("gateway-catalog-url-not-configured", g_config_missing),
              ("ingest-amount-string-unmarshal", g_unmarshal),
              ("ledger-fx-cache-concurrent-map-writes", g_concurrent_map),
              ("gateway-redis-rate-limiter-timeout", g_redis_pool),
              ("ingest-kms-invalid-ciphertext", g_kms_cipher),
              ("ledger-reconcile-out-of-memory", g_go_oom)]
    negs = [n_slog_info, n_slog_info, n_slog_warn, n_slogt_info, n_slogt_info, n_tls_eof, n_zap_info, n_zap_warn, n_shutdown]
    return build(R, F4, groups, negs)


FAMILIES = {F3: spring, F4: gosvc}
