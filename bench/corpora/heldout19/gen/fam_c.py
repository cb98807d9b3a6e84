"""Families: springboot3-fargate-hikari-r4j-sqs, rails71-puma-activejob-sqs-ecs."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, ts_sp, jat, rbt)

ACCT = "111122223333"

# ---------------------------------------------------------------- springboot3-fargate-hikari-r4j-sqs
# Spring Boot 3.3 services on ECS Fargate behind an ALB: order-service (logback default text format) and
# catalog-service (logstash-logback-encoder JSON). PostgreSQL through HikariCP, Resilience4j circuit breaker
# and retry around inventory-service and a price feed, Spring Cloud AWS SQS listeners, actuator health.
F5 = "springboot3-fargate-hikari-r4j-sqs"


def sbt(R, level, logger, msg, thread=None, app="order-service"):
    thread = thread or pick(R, ["nio-8080-exec-%d" % R.randint(1, 40), "nio-8080-exec-%d" % R.randint(1, 40), "MessageListener-%d" % R.randint(1, 8)])
    return "%s %5s 1 --- [%s] [%15s] %-40s : %s" % (iso(R), level, app, thread[-15:], logger, msg)


def sbj(R, level, logger, msg, stack=None, **kv):
    d = {"@timestamp": iso(R)[:-1] + "+00:00", "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": pick(R, ["http-nio-8080-exec-%d" % R.randint(1, 40), "scheduling-1"]), "level": level,
         "level_value": {"ERROR": 40000, "WARN": 30000, "INFO": 20000, "DEBUG": 10000}[level],
         "traceId": hexs(R, 32), "spanId": hexs(R, 16), "service": "catalog-service"}
    if stack:
        d["stack_trace"] = stack
    d.update(kv)
    return jd(d)


def s_hikari(R):
    w = R.randint(12, 80)
    msg = "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)" % w
    if R.random() < 0.55:
        return sbt(R, "ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction] with root cause\n\njava.sql.SQLTransientConnectionException: " + msg + jat(["com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)", "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)", "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)"]))
    return sbt(R, "ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", msg)


def s_inventory(R):
    v = R.random()
    if v < 0.35:
        return sbt(R, "ERROR", "c.e.orders.web.OrderController", "Order %s failed: io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'inventory' is OPEN and does not permit further calls" % ("ORD-" + digits(R, 8)))
    if v < 0.7:
        return sbt(R, "ERROR", "c.e.orders.inventory.InventoryClient", "Stock check failed for sku SKU-%s: I/O error on GET request for \"http://inventory.orders.local:8080/api/stock/SKU-%s\": Connect to http://inventory.orders.local:8080 [inventory.orders.local/%s] failed: Connection refused" % (digits(R, 6), digits(R, 6), ip10(R)))
    return sbt(R, "WARN", "i.g.r.c.i.CircuitBreakerStateMachine", "Event STATE_TRANSITION published: %s: CircuitBreaker 'inventory' changed state from %s to OPEN" % (iso(R), pick(R, ["CLOSED", "HALF_OPEN"])), thread="task-%d" % R.randint(1, 8))


def s_sqs_convert(R):
    mid = uuid(R)
    st = "io.awspring.cloud.sqs.listener.ListenerExecutionFailedException: Listener failed to process message\n" \
         "Caused by: org.springframework.messaging.converter.MessageConversionException: Could not read JSON: Unrecognized field \"paymentRef\" (class com.example.orders.events.PaymentCaptured), not marked as ignorable (4 known properties: \"orderId\", \"amount\", \"currency\", \"capturedAt\"])"
    if R.random() < 0.6:
        return sbt(R, "ERROR", "i.a.c.s.l.a.AbstractMessageProcessingPipelineSink", "Error processing message %s from queue payments-captured-prod.\n%s" % (mid, st), thread="payments-captured-%d" % R.randint(1, 10))
    return sbt(R, "ERROR", "c.e.orders.payments.PaymentCapturedListener", "Cannot read PaymentCaptured message %s (receive count %d)" % (mid, R.randint(1, 5)))


def s_flyway(R):
    if R.random() < 0.6:
        return sbt(R, "ERROR", "o.s.boot.SpringApplication", "Application run failed\n\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'flywayInitializer' defined in class path resource [org/springframework/boot/autoconfigure/flyway/FlywayAutoConfiguration$FlywayConfiguration.class]: Migration V42__add_order_channel.sql failed\n-----------------------------------------\nSQL State  : 42701\nError Code : 0\nMessage    : ERROR: column \"channel\" of relation \"orders\" already exists\nLocation   : db/migration/V42__add_order_channel.sql (/app/BOOT-INF/classes/db/migration/V42__add_order_channel.sql)\nLine       : 1\nStatement  : ALTER TABLE orders ADD COLUMN channel varchar(32)", thread="main")
    return sbt(R, "ERROR", "o.f.core.internal.command.DbMigrate", "Migration of schema \"public\" to version \"42 - add order channel\" failed! Changes successfully rolled back.", thread="main")


def s_oom(R):
    if R.random() < 0.5:
        return "Exception in thread \"http-nio-8080-exec-%d\" java.lang.OutOfMemoryError: Java heap space" % R.randint(1, 200) if R.random() < 0.6 else "Terminating due to java.lang.OutOfMemoryError: Java heap space"
    return sbj(R, "ERROR", "c.e.catalog.export.FeedExporter", "Feed export aborted", stack="java.lang.OutOfMemoryError: Java heap space" + jat(["java.base/java.util.Arrays.copyOf(Arrays.java:3541)", "com.fasterxml.jackson.databind.ObjectMapper.writeValueAsBytes(ObjectMapper.java:4786)", "com.example.catalog.export.FeedExporter.exportAll(FeedExporter.java:%d)" % pick(R, [88, 88, 93])]), feed=pick(R, ["google-shopping", "meta-catalog"]))


def s_password(R):
    if R.random() < 0.6:
        return sbt(R, "ERROR", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Exception during pool initialization.\n\norg.postgresql.util.PSQLException: FATAL: password authentication failed for user \"orders_app\"" + jat(["org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:%d)" % 693, "org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)"]), thread="main")
    return sbt(R, "WARN", "o.h.e.j.e.i.JdbcEnvironmentInitiator", "HHH000342: Could not obtain connection to query metadata\n\norg.postgresql.util.PSQLException: FATAL: password authentication failed for user \"orders_app\"", thread="main") + ("" if R.random() < 0.5 else "\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)")


def s_retry(R):
    return sbt(R, "ERROR", "c.e.orders.pricing.PriceFeedClient", "Retry 'priceFeed' recorded a failed retry attempt. Number of retry attempts: '3'. Giving up. Last exception was: 'org.springframework.web.client.HttpServerErrorException$BadGateway: 502 Bad Gateway: \"<html><body>upstream %s</body></html>\"'." % pick(R, ["reset", "timeout", "unavailable"]) + " (sku SKU-%s)" % digits(R, 6), thread="scheduling-1")


def s_redis(R):
    if R.random() < 0.5:
        return sbj(R, "WARN", "o.s.b.a.data.redis.RedisReactiveHealthIndicator", "Redis health check failed", stack="org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis\nCaused by: io.lettuce.core.RedisConnectionException: Unable to connect to catalog-cache.abc1de.ng.0001.use1.cache.amazonaws.com/%s:6379" % ip10(R))
    return sbj(R, "ERROR", "c.e.catalog.web.ProductController", "Product %s lookup failed" % ("P" + digits(R, 7)), stack="org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis\nCaused by: io.lettuce.core.RedisConnectionException: Unable to connect to catalog-cache.abc1de.ng.0001.use1.cache.amazonaws.com/%s:6379\nCaused by: io.netty.channel.ConnectTimeoutException: connection timed out after 10000 ms" % ip10(R))


def s_refund_denied(R):
    return sbt(R, "ERROR", "i.a.c.s.l.s.AbstractPollingMessageSource", "Error polling for messages in queue refunds-prod.\njava.util.concurrent.CompletionException: software.amazon.awssdk.services.sqs.model.SqsException: User: arn:aws:sts::%s:assumed-role/order-service-task-role/%s is not authorized to perform: sqs:receivemessage on resource: arn:aws:sqs:us-east-1:%s:refunds-prod because no identity-based policy allows the sqs:receivemessage action (Service: Sqs, Status Code: 403, Request ID: %s)" % (ACCT, hexs(R, 32), ACCT, uuid(R)), thread="refunds-prod-%d" % R.randint(1, 4))


def s_lazy(R):
    oid = digits(R, 6)
    return sbt(R, "WARN", ".m.m.a.ExceptionHandlerExceptionResolver", "Resolved [org.springframework.http.converter.HttpMessageNotWritableException: Could not write JSON: failed to lazily initialize a collection of role: com.example.orders.domain.Order.lines: could not initialize proxy - no Session]") if R.random() < 0.5 else \
        sbt(R, "ERROR", "c.e.orders.web.GlobalExceptionHandler", "GET /api/orders/%s/summary -> 500: failed to lazily initialize a collection of role: com.example.orders.domain.Order.lines: could not initialize proxy - no Session" % oid)


def s_optlock(R):
    oid = digits(R, 6)
    return sbt(R, "ERROR", "c.e.orders.payments.PaymentCapturedListener", "Could not mark order %s paid: org.springframework.orm.ObjectOptimisticLockingFailureException: Row was updated or deleted by another transaction (or unsaved-value mapping was incorrect) : [com.example.orders.domain.Order#%s]" % (oid, oid))


def spring_negs():
    def a(R): return sbt(R, "INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'", thread="main") + " " + ("(%d ms)" % R.randint(200, 900))
    def b(R): return sbt(R, "INFO", "c.e.orders.OrderServiceApplication", "Started OrderServiceApplication in %.3f seconds (process running for %.3f)" % (R.uniform(6, 14), R.uniform(7, 15)), thread="main")
    def c(R): return sbt(R, "INFO", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s" % hexs(R, 8), thread="main")
    def d(R): return "%s - - [%02d/Mar/2028:%s +0000] \"GET /actuator/health HTTP/1.1\" 200 %d \"-\" \"ELB-HealthChecker/2.0\"" % (ip10(R), day(R), hms(R), R.randint(15, 60))
    def e(R): return sbt(R, "WARN", "c.e.orders.pricing.PriceFeedClient", "Retry 'priceFeed', waiting PT0.5S until attempt '%d'. Last attempt failed with exception 'org.springframework.web.client.HttpServerErrorException$BadGateway: 502 Bad Gateway'." % R.randint(1, 2) + " sku=SKU-%s" % digits(R, 6), thread="scheduling-1")
    def f(R): return sbt(R, "INFO", "i.g.r.c.i.CircuitBreakerStateMachine", "Event STATE_TRANSITION published: %s: CircuitBreaker 'inventory' changed state from HALF_OPEN to CLOSED" % iso(R), thread="task-%d" % R.randint(1, 8))
    def g(R): return sbt(R, "INFO", "c.e.orders.web.OrderController", "Order ORD-%s created (%d lines, total %d.%02d EUR)" % (digits(R, 8), R.randint(1, 9), R.randint(5, 900), R.randint(0, 99)))
    def h(R): return sbj(R, "INFO", "c.e.catalog.export.FeedExporter", "Feed export finished: %d products, 0 errors" % R.randint(1000, 90000))
    def i(R): return sbt(R, "WARN", "JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning", thread="main") + ("" if R.random() < 0.5 else " ")
    def j(R): return sbt(R, "DEBUG", "c.e.orders.payments.PaymentCapturedListener", "Received PaymentCaptured for order ORD-%s (messageId %s)" % (digits(R, 8), uuid(R)))
    def k(R): return sbj(R, "WARN", "c.e.catalog.web.ProductController", "Product P%s not found, returning 404" % digits(R, 7))
    def l(R): return sbt(R, "INFO", "o.s.web.servlet.DispatcherServlet", "Completed initialization in %d ms" % R.randint(1, 9), thread="nio-8080-exec-1")
    def m(R): return sbt(R, "WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", "SQL Warning Code: 0, SQLState: 00000 (relation \"order_audit\" already exists, skipping)") + " #%d" % R.randint(1, 999)
    def n(R): return sbt(R, "INFO", "c.e.orders.payments.PaymentCapturedListener", "Duplicate PaymentCaptured %s ignored (already applied)" % uuid(R))
    def o(R): return sbj(R, "DEBUG", "c.e.catalog.cache.ProductCache", "Cache %s for P%s" % (pick(R, ["hit", "miss"]), digits(R, 7)))
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o]


def fam_spring(R):
    groups = [("orders-hikari-pool-exhausted", s_hikari), ("inventory-service-unreachable-circuit-open", s_inventory),
              ("payment-captured-unknown-field-paymentref", s_sqs_convert), ("flyway-v42-column-already-exists", s_flyway),
              ("catalog-feed-export-heap-oom", s_oom), ("orders-db-password-rotated", s_password),
              ("price-feed-502-retries-exhausted", s_retry), ("catalog-redis-unreachable", s_redis),
              ("refunds-queue-receive-denied", s_refund_denied), ("order-summary-lazy-init-no-session", s_lazy),
              ("payment-captured-optimistic-lock", s_optlock)]
    return build(R, F5, groups, spring_negs())


# ---------------------------------------------------------------- rails71-puma-activejob-sqs-ecs
# Rails 7.1 shop on ECS (Puma 6 cluster mode), ActiveJob on SQS (aws-sdk-rails poller), PostgreSQL.
# Rails' default tagged logger (request id tag), lograge (key=value in the web service, JSON in the jobs
# service), Puma's own lines.
F6 = "rails71-puma-activejob-sqs-ecs"


def rl(R, lvl, msg, tag=True):
    s = "%s, [2028-03-%02dT%s.%s #%d] %5s -- : " % (lvl[0], day(R), hms(R), digits(R, 6), R.randint(1, 120), lvl)
    if tag:
        rid = uuid(R)
        return s + "\n".join("[%s] %s" % (rid, l) for l in msg.split("\n"))
    return s + msg


def rfatal(R, exc, frames):
    return rl(R, "FATAL", "  \n%s\n  \n%s" % (exc, "\n".join(rbt(frames))))


def lograge(R, method, path, status, ctrl, action, extra=""):
    return "method=%s path=%s format=%s controller=%s action=%s status=%d allocations=%d duration=%.2f view=%.2f db=%.2f%s request_id=%s" % (
        method, path, pick(R, ["html", "json"]), ctrl, action, status, R.randint(800, 90000), R.uniform(5, 900), R.uniform(0, 200), R.uniform(0, 300), extra, uuid(R))


def ajob(R, lvl, job, msg, queue="default"):
    return rl(R, lvl, "[ActiveJob] [%s] [%s] %s" % (job, uuid(R), msg), tag=False)


def r_deadlock(R):
    pid = R.randint(100, 900)
    exc = "ActiveRecord::Deadlocked (PG::TRDeadlockDetected: ERROR:  deadlock detected\nDETAIL:  Process %d waits for ShareLock on transaction %d; blocked by process %d.\nProcess %d waits for ShareLock on transaction %d; blocked by process %d.\nHINT:  See server log for query details.\nCONTEXT:  while updating tuple (%d,%d) in relation \"stock_items\"\n):" % (pid, R.randint(10 ** 6, 10 ** 7), pid + 7, pid + 7, R.randint(10 ** 6, 10 ** 7), pid, R.randint(1, 900), R.randint(1, 40))
    if R.random() < 0.6:
        return rfatal(R, exc, [("app/models/stock_item.rb", pick(R, [41, 41, 44]), "StockItem#reserve!"), ("app/services/checkout.rb", 27, "block in Checkout#call"), ("app/controllers/checkouts_controller.rb", 12, "CheckoutsController#create")])
    return lograge(R, "POST", "/checkout", 500, "CheckoutsController", "create", " error='ActiveRecord::Deadlocked: PG::TRDeadlockDetected: ERROR:  deadlock detected'")


def r_column(R):
    oid = R.randint(10000, 99999)
    exc = "ActionView::Template::Error (PG::UndefinedColumn: ERROR:  column orders.gift_message does not exist\nLINE 1: SELECT \"orders\".\"gift_message\" FROM \"orders\" WHERE \"orders\".\"id\" = $1 LIMIT $2\n               ^\n):"
    if R.random() < 0.55:
        return rfatal(R, exc, [("app/views/orders/show.html.erb", pick(R, [18, 18, 21]), "_app_views_orders_show_html_erb__%d_%d" % (R.randint(10 ** 17, 10 ** 18), R.randint(10000, 99999))), ("app/controllers/orders_controller.rb", 9, "OrdersController#show")])
    return lograge(R, "GET", "/orders/%d" % oid, 500, "OrdersController", "show", " error='ActionView::Template::Error: PG::UndefinedColumn: ERROR:  column orders.gift_message does not exist'")


def r_smtp(R):
    jid = uuid(R)
    if R.random() < 0.6:
        return ajob(R, "ERROR", "ActionMailer::MailDeliveryJob", "Error performing ActionMailer::MailDeliveryJob (Job ID: %s) from AwsSqs(mailers) in %.2fms: Net::SMTPAuthenticationError (535 Authentication Credentials Invalid\n):\n%s" % (
            jid, R.uniform(80, 900), "\n".join(rbt([("/usr/local/bundle/gems/net-smtp-0.5.0/lib/net/smtp.rb", 1098, "Net::SMTP::Response#exception_class"), ("/usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb", 109, "Mail::SMTP#start_smtp_session")]))))
    return ajob(R, "ERROR", "ActionMailer::MailDeliveryJob", "Stopped retrying ActionMailer::MailDeliveryJob (Job ID: %s) due to a Net::SMTPAuthenticationError (535 Authentication Credentials Invalid\n), which reoccurred on %d attempts." % (jid, 5))


def r_pool(R):
    if R.random() < 0.6:
        return rfatal(R, "ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited %.3f seconds); all pooled connections were in use):" % R.uniform(5.0, 5.02),
                      [("app/controllers/application_controller.rb", pick(R, [21, 21]), "ApplicationController#current_cart"), ("app/controllers/%s_controller.rb" % pick(R, ["products", "carts", "orders"]), R.randint(5, 30), "index")])
    return lograge(R, "GET", pick(R, ["/products", "/cart", "/orders", "/products/%d" % R.randint(1, 9999)]), 500, "ProductsController", "index", " error='ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds'")


def r_puma_timeout(R):
    return "[%d] ! Terminating timed out worker (Worker %d failed to check in within 60 seconds): %d" % (R.randint(1, 9), R.randint(0, 3), R.randint(30, 400))


def r_nomethod(R):
    jid = uuid(R)
    m = "NoMethodError (undefined method 'sku' for nil)"
    if R.random() < 0.5:
        return ajob(R, "ERROR", "SyncStockJob", "Error performing SyncStockJob (Job ID: %s) from AwsSqs(default) in %.2fms: %s:\n%s" % (jid, R.uniform(20, 600), m, "\n".join(rbt([("app/jobs/sync_stock_job.rb", pick(R, [17, 17, 19]), "block in SyncStockJob#perform"), ("app/jobs/sync_stock_job.rb", 12, "Array#each")]))))
    return ajob(R, "ERROR", "SyncStockJob", "Stopped retrying SyncStockJob (Job ID: %s) due to a NoMethodError (undefined method 'sku' for nil), which reoccurred on 5 attempts." % jid)


def r_s3(R):
    return rfatal(R, "Aws::S3::Errors::AccessDenied (Access Denied):", [("/usr/local/bundle/gems/aws-sdk-core-3.201.3/lib/seahorse/client/plugins/raise_response_errors.rb", 17, "Seahorse::Client::Plugins::RaiseResponseErrors::Handler#call"), ("app/controllers/avatars_controller.rb", pick(R, [14, 14]), "AvatarsController#update")]) + ("" if R.random() < 0.5 else "\n[%s] user_id=%d" % (uuid(R), R.randint(1000, 99999)))


def r_enqueue(R):
    if R.random() < 0.6:
        return rl(R, "ERROR", "Failed enqueuing WebhookDeliveryJob to AwsSqs(webhooks): Aws::SQS::Errors::NonExistentQueue (The specified queue does not exist.)")
    return lograge(R, "POST", "/api/v1/webhooks/test", 500, "Api::V1::WebhooksController", "test", " error='Aws::SQS::Errors::NonExistentQueue: The specified queue does not exist.'")


def r_stripe(R):
    return rl(R, "ERROR", "Stripe webhook rejected: Stripe::SignatureVerificationError (No signatures found matching the expected signature for payload) event=evt_%s" % alnum(R, 24)) if R.random() < 0.5 else \
        lograge(R, "POST", "/webhooks/stripe", 400, "Webhooks::StripeController", "create", " error='Stripe::SignatureVerificationError: No signatures found matching the expected signature for payload'")


def r_assets(R):
    return rfatal(R, "ActionView::Template::Error (The asset \"application.css\" is not present in the asset pipeline.\n):", [("app/views/layouts/application.html.erb", pick(R, [9, 9]), "_app_views_layouts_application_html_erb___%d_%d" % (R.randint(10 ** 17, 10 ** 18), R.randint(10000, 99999)))])


def r_redis(R):
    return rfatal(R, "Redis::CannotConnectError (Error connecting to Redis on shop-cache.internal:6379 (Errno::ECONNREFUSED)):", [("/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/ruby_connection.rb", 139, "RedisClient::RubyConnection#connect"), ("/usr/local/bundle/gems/rack-attack-6.7.0/lib/rack/attack/cache.rb", pick(R, [43, 43]), "Rack::Attack::Cache#count")]) + ("" if R.random() < 0.5 else "\n[%s] path=/%s" % (uuid(R), pick(R, ["login", "cart", "search"])))


def rails_negs():
    def a(R): return rl(R, "INFO", "Started GET \"/up\" for %s at 2028-03-%02d %s +0000" % (ip10(R), day(R), hms(R)))
    def b(R): return rl(R, "INFO", "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms)" % (R.randint(2, 300), R.uniform(0, 90), R.uniform(0, 90), R.randint(0, 20), R.randint(0, 5), R.uniform(0, 5)))
    def c(R): return lograge(R, "GET", pick(R, ["/", "/products", "/products/%d" % R.randint(1, 9999), "/cart", "/up"]), pick(R, [200, 200, 304, 302]), "ProductsController", "index")
    def d(R): return "[%d] - Worker %d (PID: %d) booted in %.2fs, phase: 0" % (R.randint(1, 9), R.randint(0, 3), R.randint(20, 400), R.uniform(0.8, 3))
    def e(R): return ajob(R, "INFO", "SyncStockJob", "Performed SyncStockJob (Job ID: %s) from AwsSqs(default) in %.2fms" % (uuid(R), R.uniform(10, 2000)))
    def f(R): return ajob(R, "INFO", "ActionMailer::MailDeliveryJob", "Enqueued ActionMailer::MailDeliveryJob (Job ID: %s) to AwsSqs(mailers) with arguments: \"OrderMailer\", \"confirmation\", \"deliver_now\", {:args=>[#<GlobalID:0x%s @uri=#<URI::GID gid://shop/Order/%d>>]}" % (uuid(R), hexs(R, 16), R.randint(1000, 99999)))
    def g(R): return rfatal(R, "ActionController::RoutingError (No route matches [%s] \"/%s\"):" % (pick(R, ["GET", "POST"]), pick(R, ["wp-login.php", ".env", "xmlrpc.php", "phpmyadmin/index.php", ".git/config"])), [])
    def h(R): return rl(R, "INFO", "Completed 404 Not Found in %dms (ActiveRecord: %.1fms)" % (R.randint(2, 40), R.uniform(0, 9)))
    def i(R): return ajob(R, "INFO", "SyncStockJob", "Retrying SyncStockJob (Job ID: %s) after %d attempts in %d seconds, due to a NoMethodError (undefined method 'sku' for nil)." % (uuid(R), R.randint(1, 4), pick(R, [3, 18, 83, 258])))
    def j(R): return rl(R, "WARN", "Can't verify CSRF token authenticity.")
    def k(R): return rl(R, "INFO", "Completed 422 Unprocessable Content in %dms (Views: %.1fms | ActiveRecord: %.1fms)" % (R.randint(10, 200), R.uniform(1, 40), R.uniform(1, 40)))
    def l(R): return "* Puma version: 6.4.3 (ruby 3.3.%d-p%d) (\"The Eagle of Durango\")" % (R.randint(4, 6), R.randint(90, 120)) if R.random() < 0.3 else "* Listening on http://0.0.0.0:%d" % pick(R, [3000, 3000, 3001]) + " (worker pool %d)" % R.randint(1, 99)
    def m(R): return rl(R, "DEBUG", "  Order Load (%.1fms)  SELECT \"orders\".* FROM \"orders\" WHERE \"orders\".\"id\" = $1 LIMIT $2  [[\"id\", %d], [\"LIMIT\", 1]]" % (R.uniform(0.2, 9), R.randint(1000, 99999)))
    def n(R): return ajob(R, "WARN", "WebhookDeliveryJob", "Partner endpoint returned 503, retry %d/5 scheduled (errors so far: %d)" % (R.randint(1, 4), R.randint(1, 4)))
    def o(R): return rl(R, "INFO", "ActiveRecord::RecordNotFound (Couldn't find Order with 'id'=%d) handled, rendering 404" % R.randint(1000, 99999))
    return [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o]


def fam_rails(R):
    groups = [("checkout-stock-items-deadlock", r_deadlock), ("orders-gift-message-column-missing", r_column),
              ("mailers-ses-smtp-credentials-invalid", r_smtp), ("web-db-pool-smaller-than-puma-threads", r_pool),
              ("puma-worker-check-in-timeout", r_puma_timeout), ("sync-stock-nil-product", r_nomethod),
              ("avatar-upload-s3-access-denied", r_s3), ("webhooks-queue-not-configured", r_enqueue),
              ("stripe-webhook-signing-secret-mismatch", r_stripe), ("assets-not-precompiled", r_assets),
              ("rack-attack-redis-refused", r_redis)]
    return build(R, F6, groups, rails_negs())


FAMILIES = {F5: fam_spring, F6: fam_rails}
