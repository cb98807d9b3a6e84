"""Families: springboot3-tomcat-logback-mdc-ecs, elasticsearch8-opensearch2-ec2."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, port,
                    ec2host, pid, at, log4j, dotms, ests, ms, ACCT)


def st(*frames):
    return "".join("\n\tat " + f for f in frames)


# ---------------------------------------------------------------- springboot3-tomcat-logback-mdc-ecs
# "quillpay" invoicing: Spring Boot 3.2 services on ECS Fargate (invoice-api, statement-worker) shipping stdout
# through FireLens (Fluent Bit) with their logback pattern
#   %d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} [traceId=%X{traceId} spanId=%X{spanId}] - %msg%n
# (stack traces joined by Fluent Bit's java multiline parser), one team service on Spring Boot's default console
# layout, and a legacy billing-portal WAR on Tomcat 10.1 on EC2 whose catalina.out (JULI OneLineFormatter) the
# CloudWatch agent ships.
F1 = "springboot3-tomcat-logback-mdc-ecs"


def tid(R):
    return hexs(R, 32), hexs(R, 16)


def lb(R, thread, level, logger, msg, mdc=True):
    if mdc:
        t, s = tid(R)
        m = "[traceId=%s spanId=%s]" % (t, s)
    else:
        m = "[traceId= spanId=]"
    return "%s [%s] %-5s %s %s - %s" % (dotms(R), thread, level, logger, m, msg)


def sb(R, level, thread, logger, msg, app="tenant-admin"):
    """Spring Boot 3.2 default console layout."""
    return "%s %5s 1 --- [%s] [%15s] %-40s : %s" % (iso(R, 3, "Z"), level, app, thread[-15:], logger, msg)


def jul(R, level, thread, src, msg):
    d, h, m = at(R)
    return "%02d-%s-2028 %s.%s %s [%s] %s %s" % (d, "Jun", h, m, level, thread, src, msg)


def nio(R):
    return "http-nio-8080-exec-%d" % R.randint(1, 200)


def inv(R):
    return "INV-2028-%06d" % R.randint(1, 99999)


def tenant(R):
    return "t-%04d" % R.randint(1000, 9999)


def sp_hikari(R):
    r = R.random()
    if r < 0.25:
        return lb(R, "HikariPool-1 housekeeper", "WARN", "com.zaxxer.hikari.pool.ProxyLeakTask", "Connection leak detection triggered for org.postgresql.jdbc.PgConnection@%s on thread statement-export-%d, stack trace follows\njava.lang.Exception: Apparent connection leak detected" % (hexs(R, 8), R.randint(1, 8)) + st("com.quillpay.statement.export.StatementExportService.exportMonth(StatementExportService.java:%d)" % pick(R, [88, 88, 91]), "com.quillpay.statement.export.StatementExportJob.run(StatementExportJob.java:41)", "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)"), False)
    if r < 0.55:
        return lb(R, nio(R), "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)" % R.randint(3, 80))
    if r < 0.7:
        return lb(R, nio(R), "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Error: 0, SQLState: 08001")
    return lb(R, nio(R), "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection [HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)] [n/a]] with root cause\njava.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)" % (R.randint(3, 80), R.randint(3, 80)) + st("com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)", "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)", "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:%d)" % 128))


def sp_tax(R):
    c = pick(R, ["DE", "FR", "NL", "AT", "IE", "ES"])
    r = R.random()
    if r < 0.4:
        return lb(R, nio(R), "ERROR", "c.q.invoice.client.TaxRateClient", "tax-rates lookup failed for country=%s invoice=%s\nfeign.RetryableException: Read timed out executing GET http://tax-rates.quillpay.internal:8080/v2/rates?country=%s" % (c, inv(R), c) + st("feign.FeignException.errorExecuting(FeignException.java:%d)" % 268, "feign.SynchronousMethodHandler.executeAndDecode(SynchronousMethodHandler.java:131)") + "\nCaused by: java.net.SocketTimeoutException: Read timed out")
    if r < 0.75:
        return lb(R, nio(R), "WARN", "c.q.invoice.service.TaxService", "falling back to cached rate for country=%s: io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'taxRates' is OPEN and does not permit further calls" % c)
    return lb(R, "tax-rates-cb-%d" % R.randint(1, 4), "WARN", "c.q.invoice.config.ResilienceConfig", "CircuitBreaker 'taxRates' changed state from %s" % pick(R, ["CLOSED to OPEN", "HALF_OPEN to OPEN"]), False)


def sp_pdf(R):
    th = "pdf-render-%d" % R.randint(1, 8)
    r = R.random()
    if r < 0.4:
        return lb(R, th, "ERROR", "c.q.invoice.pdf.BatchRenderer", "batch %s failed after %d of %d invoices\njava.lang.OutOfMemoryError: Java heap space" % (uuid(R), R.randint(100, 4000), R.randint(4000, 12000)) + st("java.base/java.util.Arrays.copyOf(Arrays.java:3537)", "java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)", "org.apache.pdfbox.pdmodel.PDDocument.save(PDDocument.java:%d)" % 1307, "c.q.invoice.pdf.BatchRenderer.renderAll(BatchRenderer.java:%d)" % 74))
    if r < 0.7:
        return "Exception in thread \"%s\" java.lang.OutOfMemoryError: Java heap space" % th + st("org.apache.fontbox.ttf.TTFSubsetter.buildGlyfTable(TTFSubsetter.java:%d)" % 571, "org.apache.pdfbox.pdmodel.font.PDType0Font.subset(PDType0Font.java:%d)" % 223)
    return "Terminating due to java.lang.OutOfMemoryError: Java heap space"


def sp_flyway(R):
    v = 42
    if R.random() < 0.7:
        return lb(R, "main", "ERROR", "o.s.boot.SpringApplication", "Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Validate failed: Migrations have failed validation\nMigration checksum mismatch for migration version %d\n-> Applied to database : 1928374650\n-> Resolved locally    : -1182736451\nEither revert the changes to the migration, or run repair to update the schema history.\nNeed more flexibility with validation rules? Learn more: https://rd.gt/3AbJUZE" % v + st("org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)", "org.springframework.boot.SpringApplication.run(SpringApplication.java:%d)" % pick(R, [335, 335, 336])), False)
    return lb(R, "main", "WARN", "o.s.b.w.s.c.AnnotationConfigServletWebServerApplicationContext", "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Validate failed: Migrations have failed validation", False)


def sp_jndi(R):
    r = R.random()
    if r < 0.45:
        return jul(R, "SEVERE", "main", "org.apache.catalina.core.StandardContext.listenerStart", "Exception sending context initialized event to listener instance of class [org.springframework.web.context.ContextLoaderListener]\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'billingDataSource': Invocation of init method failed\n\tat org.springframework.beans.factory.annotation.InitDestroyAnnotationBeanPostProcessor.postProcessBeforeInitialization(InitDestroyAnnotationBeanPostProcessor.java:222)\nCaused by: javax.naming.NameNotFoundException: Name [jdbc/BillingDS] is not bound in this Context. Unable to find [jdbc]." + st("org.apache.naming.NamingContext.lookup(NamingContext.java:%d)" % 520, "org.apache.naming.SelectorContext.lookup(SelectorContext.java:136)"))
    if r < 0.75:
        return jul(R, "SEVERE", "main", "org.apache.catalina.core.StandardContext.startInternal", "One or more listeners failed to start. Full details will be found in the appropriate container log file")
    return jul(R, "SEVERE", "main", "org.apache.catalina.core.StandardContext.startInternal", "Context [/billing-portal] startup failed due to previous errors")


def sp_enum(R):
    return lb(R, nio(R), "WARN", "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `com.quillpay.invoice.model.PaymentMethod` from String \"SEPA_INSTANT\": not one of the values accepted for Enum class: [CARD, WIRE, ACH, SEPA_DEBIT]]")


def sp_redis(R):
    if R.random() < 0.6:
        return lb(R, nio(R), "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis] with root cause\nio.netty.channel.ConnectTimeoutException: connection timed out after 10000 ms: quillpay-sessions.x7kq2f.ng.0001.use1.cache.amazonaws.com/10.52.%d.%d:6379" % (R.randint(8, 11), R.randint(2, 254)) + st("io.netty.channel.nio.AbstractNioChannel$AbstractNioUnsafe$1.run(AbstractNioChannel.java:261)", "io.netty.util.concurrent.PromiseTask.runTask(PromiseTask.java:98)"))
    return lb(R, nio(R), "ERROR", "o.s.s.w.session.SessionRepositoryFilter", "Failed to save session %s\norg.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis" % uuid(R) + st("org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory$ExceptionTranslatingConnectionProvider.translateException(LettuceConnectionFactory.java:1805)") + "\nCaused by: io.lettuce.core.RedisConnectionException: Unable to connect to quillpay-sessions.x7kq2f.ng.0001.use1.cache.amazonaws.com/<unresolved>:6379")


def sp_sqs(R):
    return lb(R, "invoice-requests-%d" % R.randint(1, 10), "WARN", "i.a.c.s.l.source.AbstractPollingMessageSource", "Error polling for messages in queue invoice-requests-prod\njava.util.concurrent.CompletionException: software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException: The specified queue does not exist. (Service: Sqs, Status Code: 400, Request ID: %s)" % uuid(R) + st("java.base/java.util.concurrent.CompletableFuture.encodeRelay(CompletableFuture.java:368)", "software.amazon.awssdk.core.internal.http.pipeline.stages.AsyncRetryableStage$RetryingExecutor.maybeAttemptExecute(AsyncRetryableStage.java:%d)" % 103), False)


def sp_dupkey(R):
    t = tenant(R)
    n = inv(R)
    if R.random() < 0.6:
        return lb(R, nio(R), "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", "ERROR: duplicate key value violates unique constraint \"invoice_tenant_number_uk\"\n  Detail: Key (tenant_id, number)=(%s, %s) already exists." % (t, n))
    return lb(R, nio(R), "ERROR", "c.q.invoice.web.GlobalExceptionHandler", "POST /v1/invoices failed tenant=%s: org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"invoice_tenant_number_uk\"\n  Detail: Key (tenant_id, number)=(%s, %s) already exists.] [insert into invoice (amount_cents,currency,due_date,number,status,tenant_id,id) values (?,?,?,?,?,?,?)]; SQL [insert into invoice (amount_cents,currency,due_date,number,status,tenant_id,id) values (?,?,?,?,?,?,?)]; constraint [invoice_tenant_number_uk]" % (t, t, n))


def sp_jwks(R):
    r = R.random()
    if r < 0.6:
        return sb(R, "WARN", nio(R), "o.s.s.o.s.r.w.BearerTokenAuthenticationFilter", "Failed to authenticate since the JWT was invalid: An error occurred while attempting to decode the Jwt: Couldn't retrieve remote JWK set: org.springframework.web.client.ResourceAccessException: I/O error on GET request for \"https://auth.quillpay.example/.well-known/jwks.json\": Connect timed out")
    return sb(R, "ERROR", "jwks-refresh-%d" % R.randint(1, 2), "c.q.tenantadmin.security.JwksWarmup", "JWK set warm-up failed\njava.net.SocketTimeoutException: Connect timed out" + st("java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)", "java.base/java.net.Socket.connect(Socket.java:751)", "org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:%d)" % 872))


def sp_negs():
    def n_started(R): return lb(R, "main", "INFO", "c.q.invoice.InvoiceApiApplication", "Started InvoiceApiApplication in %.3f seconds (process running for %.3f)" % (R.uniform(9, 20), R.uniform(20, 22)), False)
    def n_tomcat(R): return lb(R, "main", "INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path ''", False)
    def n_hik(R): return lb(R, "main", "INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - %s" % pick(R, ["Start completed.", "Starting...", "Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(R, 8)]), False)
    def n_req(R): return lb(R, nio(R), "INFO", "c.q.invoice.web.RequestLogFilter", "%s %s -> %d in %dms" % (pick(R, ["GET", "POST", "GET", "PUT"]), pick(R, ["/v1/invoices/%s" % inv(R), "/v1/invoices?tenant=%s&page=%d" % (tenant(R), R.randint(1, 40)), "/v1/tenants/%s/statements" % tenant(R)]), pick(R, [200, 200, 201, 204, 304]), R.randint(3, 900)))
    def n_valid(R): return lb(R, nio(R), "WARN", "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.quillpay.invoice.web.InvoiceDto> com.quillpay.invoice.web.InvoiceController.create(com.quillpay.invoice.web.CreateInvoiceRequest): [Field error in object 'createInvoiceRequest' on field 'amountCents': rejected value [-%d]; codes [Positive.createInvoiceRequest.amountCents,Positive.amountCents,Positive.long,Positive]; default message [must be greater than 0]] ]" % R.randint(1, 90000))
    def n_abort(R): return lb(R, nio(R), "WARN", "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Failure in @ExceptionHandler com.quillpay.invoice.web.GlobalExceptionHandler#handleIo(IOException)\norg.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe" + st("org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:%d)" % 341, "org.apache.catalina.connector.OutputBuffer.flushByteBuffer(OutputBuffer.java:%d)" % 776))
    def n_static(R): return lb(R, nio(R), "WARN", "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.web.servlet.resource.NoResourceFoundException: No static resource %s.]" % pick(R, ["favicon.ico", "robots.txt", "actuator/env", ".env", "wp-login.php", "v1/invoices/%d" % R.randint(1, 99)]))
    def n_shutdown(R): return lb(R, "SpringApplicationShutdownHook", "INFO", "o.s.b.w.e.tomcat.GracefulShutdown", pick(R, ["Commencing graceful shutdown. Waiting for active requests to complete", "Graceful shutdown complete"]), False)
    def n_cbclose(R): return lb(R, "tax-rates-cb-%d" % R.randint(1, 4), "INFO", "c.q.invoice.config.ResilienceConfig", "CircuitBreaker 'taxRates' changed state from HALF_OPEN to CLOSED", False)
    def n_osiv(R): return lb(R, "main", "WARN", "o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning", False)
    def n_cstart(R): return jul(R, "INFO", "main", "org.apache.catalina.startup.Catalina.start", "Server startup in [%d] milliseconds" % R.randint(2000, 9000))
    def n_tld(R): return jul(R, "INFO", "main", "org.apache.jasper.servlet.TldScanner.scanJars", "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.")
    def n_cache(R): return jul(R, "WARNING", "http-nio-8080-exec-%d" % R.randint(1, 200), "org.apache.catalina.webresources.Cache.getResource", "Unable to add the resource at [/WEB-INF/classes/static/js/vendor.%s.js] to the cache for web application [/billing-portal] because there was insufficient free space available after evicting expired cache entries - consider increasing the maximum size of the cache" % hexs(R, 8))
    def n_sbreq(R): return sb(R, "INFO", nio(R), "c.q.tenantadmin.web.AuditInterceptor", "tenant=%s user=%s action=%s" % (tenant(R), pick(R, ["ops-%d" % R.randint(1, 9), "support-%d" % R.randint(1, 30)]), pick(R, ["VIEW_TENANT", "UPDATE_BILLING_EMAIL", "LIST_USERS"])))
    def n_sched(R): return lb(R, "scheduling-1", "INFO", "c.q.statement.export.StatementExportJob", "exported %d statements for period 2028-05 in %dms" % (R.randint(10, 900), R.randint(200, 90000)), False)
    def n_dispatch(R): return lb(R, nio(R), "INFO", "o.a.c.c.C.[Tomcat].[localhost].[/]", "Initializing Spring DispatcherServlet 'dispatcherServlet'", False)
    def n_sqsok(R): return lb(R, "invoice-requests-%d" % R.randint(1, 10), "INFO", "c.q.invoice.queue.InvoiceRequestListener", "processed message %s for tenant %s in %dms" % (uuid(R), tenant(R), R.randint(5, 900)))
    return [n_started, n_tomcat, n_hik, n_req, n_valid, n_abort, n_static, n_shutdown, n_cbclose, n_osiv, n_cstart, n_tld, n_cache, n_sbreq, n_sched, n_dispatch, n_sqsok]


def fam_spring(R):
    return build(R, F1, [
        ("statement-export-leaks-hikari-connections", sp_hikari),
        ("tax-rates-service-timeouts-circuit-open", sp_tax),
        ("statement-worker-pdf-batch-heap-exhausted", sp_pdf),
        ("flyway-v42-edited-after-apply", sp_flyway),
        ("billing-portal-jndi-datasource-missing", sp_jndi, 9),
        ("payment-method-enum-missing-sepa-instant", sp_enum),
        ("session-redis-unreachable", sp_redis),
        ("invoice-requests-queue-name-wrong", sp_sqs),
        ("invoice-number-race-duplicate-key", sp_dupkey),
        ("tenant-admin-jwks-endpoint-unreachable", sp_jwks),
    ], sp_negs())


# ---------------------------------------------------------------- elasticsearch8-opensearch2-ec2
# "brightfield" search and log analytics: an Elasticsearch 8.13 cluster (es-master-1..3, es-data-1..8,
# es-coord-1..2) and an OpenSearch 2.13 log cluster (os-cm-1..3, os-data-1..6) on EC2, fed by Logstash 8.
# Layouts: ES/OpenSearch log4j2 plaintext "[%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n"; Logstash
# "[%d{ISO8601}][%-5p][%-25c]%notEmpty{[%X{pipeline.id}]}%notEmpty{[%X{plugin.id}]} %m%n".
F2 = "elasticsearch8-opensearch2-ec2"


def es(R, level, logger, node, msg):
    return "[%s][%-5s][%-25s] [%s] %s" % (ests(R), level, logger, node, msg)


def ls(R, level, logger, msg):
    return "[%s][%-5s][%-25s][main][%s] %s" % (ests(R), level, logger, hexs(R, 64), msg)


def nid(R):
    return alnum(R, 22)


def idx(R):
    return "logs-app-2028.06.%02d" % day(R)


def es_disk(R):
    r = R.random()
    if r < 0.3:
        return es(R, "WARN", "o.e.c.r.a.DiskThresholdMonitor", "es-master-1", "high disk watermark [90%%] exceeded on [%s][es-data-3][/var/lib/elasticsearch] free: %.1fgb[%.1f%%], shards will be relocated away from this node; currently relocating away shards totalling [%d] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete" % ("Xq3bV0kLT9ur5m2WcJd1Aa", R.uniform(30, 95), R.uniform(5, 9.9), R.randint(0, 10**10)))
    if r < 0.5:
        return es(R, "WARN", "o.e.c.r.a.DiskThresholdMonitor", "es-master-1", "flood stage disk watermark [95%%] exceeded on [%s][es-data-3][/var/lib/elasticsearch] free: %.1fgb[%.1f%%], all indices on this node will be marked read-only" % ("Xq3bV0kLT9ur5m2WcJd1Aa", R.uniform(5, 45), R.uniform(1, 4.9)))
    return ls(R, "INFO", "logstash.outputs.elasticsearch", "Retrying failed action {:status=>429, :action=>[\"index\", {:_id=>nil, :_index=>\"%s\", :routing=>nil}, {\"message\"=>\"...\"}], :error=>{\"type\"=>\"cluster_block_exception\", \"reason\"=>\"index [%s] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block; for more information, see https://www.elastic.co/guide/en/elasticsearch/reference/8.13/fix-watermark-errors.html];\"}}" % ((lambda i: (i, i))(idx(R))))


def es_pressure(R):
    if R.random() < 0.5:
        return es(R, "WARN", "r.suppressed", "es-coord-%d" % R.randint(1, 2), "path: /_bulk, params: {}, status: 429\norg.elasticsearch.common.util.concurrent.EsRejectedExecutionException: rejected execution of coordinating operation [coordinating_and_primary_bytes=%d, replica_bytes=0, all_bytes=%d, coordinating_operation_bytes=%d, max_coordinating_and_primary_bytes=858993459]" % (R.randint(800000000, 858993459), R.randint(800000000, 858993459), R.randint(50000000, 120000000)) + st("org.elasticsearch.index.IndexingPressure.markCoordinatingOperationStarted(IndexingPressure.java:%d)" % 146, "org.elasticsearch.action.bulk.TransportBulkAction.doInternalExecute(TransportBulkAction.java:%d)" % 272))
    return ls(R, "WARN", "logstash.outputs.elasticsearch", "Retrying failed action {:status=>429, :action=>[\"index\", {:_id=>nil, :_index=>\"%s\", :routing=>nil}, {\"message\"=>\"...\"}], :error=>{\"type\"=>\"es_rejected_execution_exception\", \"reason\"=>\"rejected execution of coordinating operation [coordinating_and_primary_bytes=%d, replica_bytes=0, all_bytes=%d, coordinating_operation_bytes=%d, max_coordinating_and_primary_bytes=858993459]\"}}" % (idx(R), R.randint(800000000, 858993459), R.randint(800000000, 858993459), R.randint(50000000, 120000000)))


def es_master3(R):
    if R.random() < 0.6:
        return es(R, "WARN", "o.e.c.c.ClusterFormationFailureHelper", "es-master-3", "master not discovered yet, this node has not previously joined a bootstrapped cluster, and this node must discover master-eligible nodes [es-master-1, es-master-2, es-master-3] to bootstrap a cluster: have discovered [{es-master-3}{%s}{%s}{es-master-3}{10.46.3.13}{10.46.3.13:9300}{m}{8.13.4}{7000099-8503000}]; discovery will continue using [10.46.1.11:9300, 10.46.2.12:9300] from hosts providers and [{es-master-3}{%s}{%s}{es-master-3}{10.46.3.13}{10.46.3.13:9300}{m}{8.13.4}{7000099-8503000}] from last-known cluster state; node term 0, last-accepted version 0 in term 0; for troubleshooting guidance, see https://www.elastic.co/guide/en/elasticsearch/reference/8.13/discovery-troubleshooting.html" % ("pZ7tG2mQRv6yX1cB0sKd3w", "aR4nK8", "pZ7tG2mQRv6yX1cB0sKd3w", "aR4nK8"))
    return es(R, "WARN", "o.e.d.HandshakingTransportAddressConnector", "es-master-3", "[connectToRemoteMasterNode[10.46.%d.1%d:9300]] completed handshake with [] but followup connection failed\norg.elasticsearch.transport.ConnectTransportException: [][10.46.%d.1%d:9300] connect_timeout[30s]" % ((lambda n: (n, n, n, n))(R.randint(1, 2))) + st("org.elasticsearch.transport.TcpTransport$ChannelsConnectedListener.onTimeout(TcpTransport.java:%d)" % 1118))


def es_fielddata(R):
    if R.random() < 0.5:
        return es(R, "WARN", "o.e.i.b.fielddata", "es-data-%d" % R.randint(1, 8), "[fielddata] New used memory %d [%.1fgb] for data of [customer_email] would be larger than configured breaker: %d [%.1fgb], breaking" % (R.randint(6800000000, 7200000000), R.uniform(6.3, 6.7), 6871947673, 6.4))
    return es(R, "WARN", "r.suppressed", "es-coord-%d" % R.randint(1, 2), "path: /orders-*/_search, params: {index=orders-*, size=0}, status: 429\norg.elasticsearch.action.search.SearchPhaseExecutionException: all shards failed" + st("org.elasticsearch.action.search.AbstractSearchAsyncAction.onPhaseFailure(AbstractSearchAsyncAction.java:%d)" % 712) + "\nCaused by: org.elasticsearch.common.breaker.CircuitBreakingException: [fielddata] Data too large, data for [customer_email] would be [%d/%.1fgb], which is larger than the limit of [6871947673/6.4gb]" % (R.randint(6900000000, 7300000000), R.uniform(6.4, 6.8)))


def es_oscert(R):
    r = R.random()
    if r < 0.5:
        return es(R, "ERROR", "o.o.s.s.t.SecuritySSLNettyTransport", "os-data-%d" % pick(R, [1, 3, 4, 5, 6]), "Exception during establishing a SSL connection: javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: validity check failed")
    return es(R, "ERROR", "o.o.s.s.t.SecuritySSLNettyTransport", "os-data-2", "Exception during establishing a SSL connection: javax.net.ssl.SSLHandshakeException: Received fatal alert: certificate_expired")


def es_ism(R):
    i = "app-logs-%06d" % R.randint(14, 22)
    return es(R, "WARN" if R.random() < 0.5 else "INFO", "o.o.i.i.ManagedIndexRunner", "os-cm-%d" % R.randint(1, 3), "Executing rollover for index [%s] failed: Missing rollover_alias index setting [index=%s]" % (i, i))


def es_snap(R):
    s = "nightly-2028.06.%02d-%s" % (day(R), lower(R, 22))
    if R.random() < 0.5:
        return es(R, "WARN", "o.e.s.SnapshotsService", "es-master-1", "[s3_repo][%s] failed to create snapshot\norg.elasticsearch.repositories.RepositoryException: [s3_repo] Could not determine repository generation from root blobs" % s + "\nCaused by: java.io.IOException: Exception when listing blobs by prefix [index-]" + "\nCaused by: com.amazonaws.services.s3.model.AmazonS3Exception: Access Denied (Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: %s; S3 Extended Request ID: %s; Proxy: null)" % (hexs(R, 16).upper(), alnum(R, 56)))
    return es(R, "ERROR", "o.e.x.s.SnapshotLifecycleTask", "es-master-1", "failed to create snapshot for snapshot lifecycle policy [nightly-snapshots]: org.elasticsearch.repositories.RepositoryException: [s3_repo] Could not determine repository generation from root blobs")


def es_gc(R):
    r = R.random()
    if r < 0.5:
        a = R.randint(5000, 14000)
        return es(R, "WARN", "o.e.m.j.JvmGcMonitorService", "es-data-5", "[gc][%d] overhead, spent [%.1fs] collecting in the last [%.1fs]" % (R.randint(10000, 99999), a / 1000.0, a / 1000.0 + R.uniform(0.1, 1)))
    if r < 0.8:
        return es(R, "WARN", "o.e.c.c.LagDetector", "es-master-1", "node [{es-data-5}{Lm2kQ0xZT5WnhY6pC8sR4g}{bD7e1Q}{es-data-5}{10.46.2.25}{10.46.2.25:9300}{dh}{8.13.4}] is lagging at cluster state version [%d], although publication of cluster state version [%d] completed [1.5m] ago" % ((lambda v: (v, v + R.randint(1, 3)))(R.randint(80000, 90000))))
    return es(R, "INFO", "o.e.c.s.MasterService", "es-master-1", "node-left[{es-data-5}{Lm2kQ0xZT5WnhY6pC8sR4g}{bD7e1Q}{es-data-5}{10.46.2.25}{10.46.2.25:9300}{dh}{8.13.4} reason: lagging], term: %d, version: %d, delta: removed {{es-data-5}{Lm2kQ0xZT5WnhY6pC8sR4g}{bD7e1Q}{es-data-5}{10.46.2.25}{10.46.2.25:9300}{dh}{8.13.4}}" % (R.randint(20, 40), R.randint(80000, 90000)))


def es_corrupt(R):
    if R.random() < 0.6:
        return es(R, "WARN", "o.e.i.e.Engine", "es-data-2", "[orders-v7][2] failed engine [corrupt file (source: [start])]\norg.apache.lucene.index.CorruptIndexException: checksum failed (hardware problem?) : expected=%s actual=%s (resource=BufferedChecksumIndexInput(MMapIndexInput(path=\"/var/lib/elasticsearch/indices/%s/2/index/_%s.cfs\") [slice=_%s_Lucene90_0.doc]))" % (lower(R, 8), lower(R, 8), "W8fQ2xnTRk2L9vNpYc1eZg", lower(R, 3), lower(R, 3)))
    return es(R, "WARN", "o.e.c.r.a.AllocationService", "es-master-1", "Cluster health status changed from [YELLOW] to [RED] (reason: [shard failed [[orders-v7][2]]]).")


def es_fields(R):
    return ls(R, "WARN", "logstash.outputs.elasticsearch", "Could not index event to Elasticsearch. status: 400, action: [\"index\", {:_id=>nil, :_index=>\"%s\", :routing=>nil}, {\"service\"=>\"%s\"}], response: {\"index\"=>{\"status\"=>400, \"error\"=>{\"type\"=>\"document_parsing_exception\", \"reason\"=>\"[1:%d] failed to parse: Limit of total fields [1000] has been exceeded while adding new fields [%d]\", \"caused_by\"=>{\"type\"=>\"illegal_argument_exception\", \"reason\"=>\"Limit of total fields [1000] has been exceeded while adding new fields [%d]\"}}}}" % (idx(R), pick(R, ["checkout-web", "cart-api", "search-api"]), R.randint(100, 9000), R.randint(1, 12), R.randint(1, 12)))


def es_negs():
    def n_create(R): return es(R, "INFO", "o.e.c.m.MetadataCreateIndexService", "es-master-1", "[%s] creating index, cause [auto(bulk api)], templates [logs-app], shards [3]/[1]" % idx(R))
    def n_green(R): return es(R, "INFO", "o.e.c.r.a.AllocationService", "es-master-%d" % R.randint(1, 2), "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[%s][%d]]])." % (idx(R), R.randint(0, 2)))
    def n_mapping(R): return es(R, "INFO", "o.e.c.m.MetadataMappingService", "es-master-1", "[%s/%s] update_mapping [_doc]" % (idx(R), alnum(R, 22)))
    def n_gcinfo(R): return es(R, "INFO", "o.e.m.j.JvmGcMonitorService", "es-data-%d" % pick(R, [1, 2, 3, 4, 6, 7, 8]), "[gc][%d] overhead, spent [%dms] collecting in the last [1s]" % (R.randint(10000, 99999), R.randint(251, 420)))
    def n_ilm(R): return es(R, "INFO", "o.e.x.i.IndexLifecycleTransition", "es-master-1", "moving index [.ds-logs-web-2028.06.%02d-%06d] from [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"check-rollover-ready\"}] to [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"attempt-rollover\"}] in policy [logs-web]" % (day(R), R.randint(1, 90)))
    def n_reset(R): return es(R, "WARN", "o.e.h.AbstractHttpServerTransport", "es-coord-%d" % R.randint(1, 2), "caught exception while handling client http traffic, closing connection Netty4HttpChannel{localAddress=/10.46.4.%d:9200, remoteAddress=/10.46.%d.%d:%d}\njava.net.SocketException: Connection reset" % (R.randint(31, 32), R.randint(1, 9), R.randint(2, 254), port(R)) + st("java.base/sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:401)"))
    def n_slow(R): return "[%s][WARN ][index.search.slowlog.query] [es-data-%d] [products][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[{\"size\":0,\"aggregations\":{\"by_brand\":{\"terms\":{\"field\":\"brand.keyword\",\"size\":500}}}}], id[%s]," % ((lambda t: (ests(R), R.randint(1, 8), R.randint(0, 5), t / 1000.0, t, R.randint(1000, 900000), pick(R, ["kibana-reporting", "bi-export", ""])))(R.randint(5000, 14000)))
    def n_lowwm(R): return es(R, "INFO", "o.e.c.r.a.DiskThresholdMonitor", "es-master-1", "low disk watermark [85%%] exceeded on [%s][es-data-%d][/var/lib/elasticsearch] free: %.1fgb[%.1f%%], replicas will not be assigned to this node" % ((lambda n: ({6: "c1NwX4rPQeGd2TfVy8kLmA", 7: "H0bSgq7eTJeWz5uR3nDpYw"}[n], n))(pick(R, [6, 7])) + (R.uniform(100, 140), R.uniform(12, 14.9))))
    def n_osjob(R): return es(R, "INFO", "o.o.j.s.JobSweeper", "os-cm-%d" % R.randint(1, 3), "Running full sweep")
    def n_osaudit(R): return es(R, "INFO", "o.o.s.a.r.AuditMessageRouter", "os-data-%d" % R.randint(1, 6), "Hot-reloading of audit configuration is enabled")
    def n_ismok(R): return es(R, "INFO", "o.o.i.i.ManagedIndexRunner", "os-cm-%d" % R.randint(1, 3), "Finished executing attempt_transition_step for metrics-%06d" % R.randint(1, 400))
    def n_lsok(R): return ls(R, "INFO", "logstash.outputs.elasticsearch", "Elasticsearch pool URLs updated {:changes=>{:removed=>[], :added=>[https://es-coord-%d.brightfield.internal:9200/]}}" % R.randint(1, 2))
    def n_deprec(R): return "[%s][WARN ][o.e.d.c.m.IndexNameExpressionResolver] [es-coord-%d] this request accesses system indices: [.security-7], but in a future major version, direct access to system indices will be prevented by default" % (ests(R), R.randint(1, 2))
    def n_snapok(R): return es(R, "INFO", "o.e.s.SnapshotsService", "os-cm-1", "snapshot [os_s3_repo:hourly-2028.06.%02d-%s/%s] completed with state [SUCCESS]" % (day(R), lower(R, 22), alnum(R, 22)))
    def n_relocate(R): return es(R, "INFO", "o.e.c.r.a.a.DesiredBalanceComputer", "es-master-1", "Desired balance computation for [%d] converged after [%.1fs] and [%d] iterations" % (R.randint(10000, 90000), R.uniform(0.1, 3), R.randint(2, 90)))
    def n_join(R): return es(R, "INFO", "o.e.c.s.ClusterApplierService", "es-data-%d" % R.randint(1, 8), "added {{es-coord-%d}{%s}{%s}{es-coord-%d}{10.46.4.3%d}{10.46.4.3%d:9300}{}{8.13.4}}, term: %d, version: %d, reason: ApplyCommitRequest{term=%d, version=%d, sourceNode={es-master-1}}" % ((lambda c, t, v: (c, nid(R), alnum(R, 6), c, c, c, t, v, t, v))(R.randint(1, 2), R.randint(20, 40), R.randint(80000, 90000))))
    return [n_create, n_green, n_mapping, n_gcinfo, n_ilm, n_reset, n_slow, n_lowwm, n_osjob, n_osaudit, n_ismok, n_lsok, n_deprec, n_snapok, n_relocate, n_join]


def fam_es(R):
    return build(R, F2, [
        ("es-data3-disk-flood-stage", es_disk),
        ("logstash-oversized-bulks-indexing-pressure", es_pressure),
        ("es-master3-cannot-reach-masters-9300", es_master3),
        ("orders-fielddata-on-customer-email", es_fielddata),
        ("os-data2-node-certificate-expired", es_oscert),
        ("ism-policy-without-rollover-alias", es_ism),
        ("slm-s3-repository-access-denied", es_snap),
        ("es-data5-heap-pressure-node-left", es_gc),
        ("orders-v7-shard2-corrupt", es_corrupt),
        ("app-logs-mapping-field-limit", es_fields),
    ], es_negs())


FAMILIES = {F1: fam_spring, F2: fam_es}
