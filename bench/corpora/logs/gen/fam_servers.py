"""java-spring, go, nginx, rails families."""
from common import *  # noqa: F401,F403
from common import R


# ---------------------------------------------------------------- java-spring
def boot(level, logger, msg, app=None):
    pid = R.randint(1, 9)
    thread = R.choice(["main", f"nio-8080-exec-{R.randint(1, 200)}", f"scheduling-{R.randint(1, 4)}",
                       f"http-nio-8080-exec-{R.randint(1, 200)}", f"task-{R.randint(1, 8)}"])
    if R.random() < 0.5:  # Spring Boot 3.x layout with application name
        a = f"[{app or R.choice(['orders-api', 'billing', 'catalog'])}] " if R.random() < 0.6 else ""
        return f"{iso()} {level:>5} {pid} --- {a}[{thread[-15:]:>15}] {logger:<40} : {msg}" + nl()
    return f"{spacets()} {level:>5} {pid} --- [{thread[-15:]:>15}] {logger:<40} : {msg}" + nl()


def jframes(frames):
    return "".join(f"\n\tat {f}" for f in frames)


def fam_java():
    F = Fam("java-spring")
    tomcat = ["org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:{})".format(R.choice([174, 195, 206])),
              "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:{})".format(R.choice([166, 167]))]

    # ---- non-errors
    F.ok(lambda: boot("INFO", "c.a.orders.OrdersApplication", f"Started OrdersApplication in {R.uniform(3, 20):.3f} seconds (process running for {R.uniform(4, 22):.3f})"), 6)
    F.ok(lambda: boot("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer", f"Tomcat initialized with port {R.choice([8080, 8081, 9090])} (http)"), 4)
    F.ok(lambda: boot("INFO", "w.s.c.ServletWebServerApplicationContext", f"Root WebApplicationContext: initialization completed in {R.randint(400, 4000)} ms"), 4)
    F.ok(lambda: boot("INFO", "com.zaxxer.hikari.HikariDataSource", R.choice(["HikariPool-1 - Starting...", "HikariPool-1 - Start completed."])), 5)
    F.ok(lambda: boot("WARN", "o.h.engine.jdbc.spi.SqlExceptionHelper", f"SQL Error: 0, SQLState: {R.choice(['08001', '08006', '57P01'])}"), 5)
    F.ok(lambda: boot("WARN", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={R.randint(1, 5)}m{R.randint(1, 59)}s{R.randint(1, 999)}ms)."), 4)
    F.ok(lambda: boot("WARN", "org.apache.kafka.clients.NetworkClient", f"[Consumer clientId=consumer-orders-{R.randint(1, 9)}, groupId=orders] Connection to node -1 ({R.choice(['kafka', 'b-1.msk.internal'])}/{ip()}:9092) could not be established. Broker may not be available."), 5)
    F.ok(lambda: boot("INFO", "o.a.k.c.c.internals.ConsumerCoordinator", f"[Consumer clientId=consumer-orders-{R.randint(1, 9)}, groupId=orders] Successfully joined group with generation Generation{{generationId={R.randint(1, 300)}, memberId='consumer-orders-1-{rid()}', protocol='range'}}"), 4)
    F.ok(lambda: boot("DEBUG", "o.s.web.servlet.DispatcherServlet", "Completed 200 OK"), 4)
    F.ok(lambda: boot("INFO", "c.a.batch.ImportJobListener", f"Processed batch: {R.randint(10, 900)} items, 0 errors"), 4)
    F.ok(lambda: boot("INFO", "o.s.b.c.l.support.SimpleJobLauncher", f"Job: [SimpleJob: [name=importJob]] completed with the following parameters: [{{run.id={R.randint(1, 900)}}}] and the following status: [COMPLETED] in {R.randint(1, 59)}s{R.randint(1, 999)}ms"), 3)
    F.ok(lambda: boot("WARN", ".w.s.m.s.DefaultHandlerExceptionResolver", f"Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.acme.orders.web.OrderDto> com.acme.orders.web.OrderController.create(com.acme.orders.web.CreateOrderRequest): [Field error in object 'createOrderRequest' on field 'quantity': rejected value [{R.randint(-5, 0)}]]]"), 4)
    F.ok(lambda: f"[{R.uniform(1, 9000):.3f}s][info][gc] GC({R.randint(1, 900)}) Pause Young (Normal) (G1 Evacuation Pause) {R.randint(100, 900)}M->{R.randint(20, 90)}M({R.choice([256, 512, 1024])}M) {R.uniform(1, 30):.3f}ms" + nl(), 4)
    F.ok(lambda: f"{dt().strftime('%Y-%m-%d %H:%M:%S')} {rid()} INFO  OrderHandler:{ln(40)} - Received order {order_id()} for {email()}" + nl(), 5)
    F.ok(lambda: boot("INFO", "o.s.b.a.e.web.EndpointLinksResolver", "Exposing 1 endpoint beneath base path '/actuator'"), 3)
    F.ok(lambda: boot("INFO", "c.a.orders.web.RequestLogFilter", f"{R.choice(['GET', 'POST'])} /api/orders/{R.randint(1, 99999)} -> {R.choice([200, 201, 404, 500])} in {R.randint(1, 900)}ms"), 8)
    F.ok(lambda: boot("INFO", "c.a.orders.health.DbHealthIndicator", "Health check passed: errorCount=0, status=UP"), 4)
    F.ok(lambda: boot("WARN", "o.s.b.a.o.j.JpaBaseConfiguration$JpaWebConfiguration", "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning"), 3)
    F.ok(lambda: boot("INFO", "o.a.k.c.c.internals.ConsumerCoordinator", f"[Consumer clientId=consumer-orders-{R.randint(1, 9)}, groupId=orders] Revoke previously assigned partitions {topic()}-{R.randint(0, 11)}"), 4)

    # WARN with a full stack trace: a handled, retried failure, not an error event
    F.ok(lambda: boot("WARN", "c.a.orders.support.RetryingCaller", f"Attempt {R.randint(1, 2)} of 3 failed for {R.choice(['pricing', 'inventory'])}, retrying in {R.choice([100, 200, 400])} ms").rstrip("\n") + "\n\njava.net.SocketTimeoutException: Read timed out" + jframes([
        "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)", f"com.acme.orders.support.RetryingCaller.call(RetryingCaller.java:{ln(40)})"]) + nl(), 5)
    F.ok(lambda: f"{dt().strftime('%Y-%m-%d %H:%M:%S')} {rid()} WARN  RefundPersister:{ln(30)} - Refund {order_id()} already persisted, skipping" + nl(), 4)

    # ---- errors
    F.err("lambda-log4j-refund-persist-failed", lambda: f"{dt().strftime('%Y-%m-%d %H:%M:%S')} {rid()} ERROR RefundPersister:{ln(44)} - Failed to persist refund {order_id()} after {R.randint(2, 5)} attempts" + nl(), 5)
    F.err("mysql-communications-link-failure", lambda: boot("ERROR", "com.zaxxer.hikari.pool.HikariPool", "HikariPool-1 - Exception during pool initialization.").rstrip("\n") + f"\n\ncom.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server." + jframes([
        "com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175)",
        "com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:825)",
        "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)"]) + f"\nCaused by: java.net.ConnectException: Connection refused" + jframes(["java.base/sun.nio.ch.Net.pollConnect(Native Method)"]) + nl(), 5)
    def root_cause(exc_line, frames):
        return (boot("ERROR", "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
                     f"Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: {exc_line}] with root cause")
                .rstrip("\n") + "\n\n" + exc_line + jframes(frames + tomcat) + nl())
    F.err("npe-ordercontroller-create", lambda: root_cause(
        'java.lang.NullPointerException: Cannot invoke "String.length()" because "request.customerId" is null',
        [f"com.acme.orders.web.OrderController.create(OrderController.java:{ln(57)})",
         "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"]), 8)
    F.err("npe-invoiceservice-total", lambda: root_cause(
        'java.lang.NullPointerException: Cannot invoke "java.math.BigDecimal.add(java.math.BigDecimal)" because "subtotal" is null',
        [f"com.acme.billing.InvoiceService.total(InvoiceService.java:{ln(112)})",
         f"com.acme.billing.web.InvoiceController.get(InvoiceController.java:{ln(39)})"]), 6)
    F.err("hikari-connection-timeout", lambda: boot("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", f"HikariPool-1 - Connection is not available, request timed out after {R.randint(30000, 30090)}ms (total={R.randint(5, 20)}, active={R.randint(5, 20)}, idle=0, waiting={R.randint(1, 80)})"), 8)
    F.err("sql-duplicate-key", lambda: boot("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", f"ERROR: duplicate key value violates unique constraint \"{R.choice(['orders_external_ref_key', 'orders_external_ref_uniq'])}\"\n  Detail: Key (external_ref)=({order_id()}) already exists."), 6)
    F.err("app-failed-port-in-use", lambda: boot("ERROR", "o.s.b.d.LoggingFailureAnalysisReporter", f"\n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nWeb server failed to start. Port {R.choice([8080, 8081, 9090])} was already in use.\n\nAction:\n\nIdentify and stop the process that's listening on port {R.choice([8080, 8081])} or configure this application to listen on another port.\n"), 4)
    F.err("oom-java-heap-space", lambda: f"Exception in thread \"{R.choice(['http-nio-8080-exec-' + str(R.randint(1, 200)), 'kafka-coordinator-heartbeat-thread | orders', 'scheduling-1', 'main'])}\" java.lang.OutOfMemoryError: Java heap space" + nl(), 6)
    F.err("kafka-topic-not-in-metadata", lambda: (lambda t: boot("ERROR", "o.s.k.support.LoggingProducerListener", f"Exception thrown when sending a message with key='{order_id()}' and payload='OrderCreated(id={order_id()}, total={R.uniform(1, 900):.2f})' to topic {t}:").rstrip("\n") + f"\n\norg.apache.kafka.common.errors.TimeoutException: Topic {t} not present in metadata after {R.choice([60000, 60000, 30000])} ms." + nl())(topic()), 6)
    F.err("payment-client-read-timeout", lambda: boot("ERROR", "c.a.payments.client.PaymentClient", f"Payment call failed for order {order_id()}").rstrip("\n") + f"\n\norg.springframework.web.client.ResourceAccessException: I/O error on POST request for \"http://{R.choice(['payments.internal', 'payments-svc', ip()])}:8080/charges\": Read timed out" + jframes([
        f"org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:{R.choice([888, 905, 915])})",
        f"com.acme.payments.client.PaymentClient.charge(PaymentClient.java:{ln(74)})",
        f"com.acme.orders.service.CheckoutService.complete(CheckoutService.java:{ln(133)})"]) +
        "\nCaused by: java.net.SocketTimeoutException: Read timed out" + jframes([
            "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
            "java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)"]) + f"\n\t... {R.randint(40, 90)} common frames omitted" + nl(), 6)
    # same exception type and message template as payment-client-read-timeout, thrown from another client
    F.err("inventory-client-read-timeout", lambda: boot("ERROR", "c.a.inventory.client.InventoryClient", f"Stock reservation failed for sku {R.randint(1000, 99999)}").rstrip("\n") + f"\n\norg.springframework.web.client.ResourceAccessException: I/O error on POST request for \"http://{R.choice(['inventory.internal', 'inventory-svc', ip()])}:8080/reservations\": Read timed out" + jframes([
        f"org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:{R.choice([888, 905, 915])})",
        f"com.acme.inventory.client.InventoryClient.reserve(InventoryClient.java:{ln(52)})",
        f"com.acme.orders.service.CheckoutService.reserveStock(CheckoutService.java:{ln(97)})"]) +
        "\nCaused by: java.net.SocketTimeoutException: Read timed out" + jframes([
            "java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"]) + f"\n\t... {R.randint(40, 90)} common frames omitted" + nl(), 5)
    F.err("scheduled-inventorysync-cursor-closed", lambda: boot("ERROR", "o.s.s.s.TaskUtils$LoggingErrorHandler", "Unexpected error occurred in scheduled task").rstrip("\n") + "\n\njava.lang.IllegalStateException: Cursor already closed" + jframes([
        f"com.acme.sync.InventorySync.drain(InventorySync.java:{ln(88)})", f"com.acme.sync.InventorySync.run(InventorySync.java:{ln(51)})",
        "org.springframework.scheduling.support.ScheduledMethodRunnable.run(ScheduledMethodRunnable.java:84)"]) + nl(), 5)
    F.err("main-invalid-region", lambda: f"Exception in thread \"main\" java.lang.IllegalArgumentException: Invalid region: {R.choice(['eu-wst-1', 'us-east', 'EU', 'apsoutheast2'])}" + jframes([
        f"com.acme.tools.Main.parseArgs(Main.java:{ln(41)})", f"com.acme.tools.Main.main(Main.java:{ln(17)})"]) + nl(), 5)
    F.err("lambda-handler-validate-illegalargument", lambda: jdump({
        "errorMessage": f"Order payload missing customerId (orderId={order_id()})",
        "errorType": "java.lang.IllegalArgumentException",
        "stackTrace": [f"com.acme.orders.Handler.validate(Handler.java:{ln(61)})", f"com.acme.orders.Handler.handleRequest(Handler.java:{ln(34)})",
                       "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(Unknown Source)", "java.base/java.lang.reflect.Method.invoke(Unknown Source)"]}) + nl(), 7)
    F.err("lambda-handler-wrapped-runtime", lambda: jdump({
        "errorMessage": f"java.io.UncheckedIOException: Failed to read s3://{bucket()}/{R.choice(['in', 'incoming', 'batch'])}/{rid()}.csv",
        "errorType": "java.lang.RuntimeException",
        "stackTrace": [f"com.acme.importer.CsvImportHandler.handleRequest(CsvImportHandler.java:{ln(45)})",
                       "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(Unknown Source)"],
        "cause": {"errorMessage": "Connection reset", "errorType": "java.net.SocketException",
                  "stackTrace": ["java.base/sun.nio.ch.NioSocketImpl.implRead(Unknown Source)"]}}) + nl(), 5)
    F.err("lambda-log4j-persist-failed", lambda: f"{dt().strftime('%Y-%m-%d %H:%M:%S')} {rid()} ERROR OrderPersister:{ln(57)} - Failed to persist order {order_id()} after {R.randint(2, 5)} attempts" + nl(), 7)
    F.err("postgres-connection-refused", lambda: boot("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper", f"Connection to {dbhost()}:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."), 6)
    return F


# ---------------------------------------------------------------- go
def gaddr():
    return f"0xc{hexs(9)}"


def goroutine(n=None):
    return f"goroutine {n or R.randint(1, 9000)} [running]:"


def fam_go():
    F = Fam("go")
    gover = lambda: R.choice(["go1.21.13", "go1.22.5", "go1.23.2"])

    # ---- non-errors
    F.ok(lambda: f"{slashts()} listening on :{R.choice([8080, 9000, 3000])}" + nl(), 4)
    F.ok(lambda: f"time=\"{iso_s()}\" level=info msg=\"order processed\" order_id={order_id()} duration={R.randint(1, 900)}ms" + nl(), 6)
    F.ok(lambda: f"time=\"{iso_s()}\" level=warning msg=\"retrying after error\" attempt={R.randint(1, 3)} error=\"{R.choice(['connection reset by peer', 'i/o timeout', 'EOF'])}\"" + nl(), 6)
    F.ok(lambda: f"time={iso()} level=INFO msg=\"request completed\" method={R.choice(['GET', 'POST'])} path={R.choice(['/health', '/v1/orders', '/v1/carts/' + str(R.randint(1, 9999))])} status={R.choice([200, 201, 204])} err=<nil> dur={R.uniform(0.1, 90):.3f}ms" + nl(), 7)
    F.ok(lambda: f"time={iso()} level=DEBUG msg=\"cache miss\" key=sku:{R.randint(1, 99999)}" + nl(), 4)
    F.ok(lambda: f"time={iso()} level=WARN msg=\"slow upstream\" upstream={R.choice(['pricing', 'inventory'])} latency={R.randint(900, 5000)}ms" + nl(), 4)
    F.ok(lambda: f"time=\"{iso_s()}\" level=info msg=\"shutdown complete\" errors=0 drained={R.randint(0, 40)}" + nl(), 3)
    F.ok(lambda: jdump({"level": "info", "service": service(), "error": None, "time": iso_s(), "message": "consumer started"}) + nl(), 4)
    F.ok(lambda: jdump({"time": iso(), "level": "INFO", "msg": "batch flushed", "records": R.randint(1, 500), "failed": 0}) + nl(), 4)
    F.ok(lambda: f"{slashts()} INFO: [core] [Channel #{R.randint(1, 9)}] Channel Connectivity change to {R.choice(['READY', 'CONNECTING', 'IDLE'])}" + nl(), 4)
    F.ok(lambda: f"{slashts()} [WARN] circuit breaker half-open for {R.choice(['payments', 'pricing'])} after {R.randint(10, 60)}s" + nl(), 3)
    F.ok(lambda: f"time=\"{iso_s()}\" level=debug msg=\"error budget ok\" error_rate=0.00{R.randint(0, 9)} window=5m" + nl(), 3)
    F.ok(lambda: f"{slashts()} {R.choice(['GET', 'POST'])} /v1/orders/{R.randint(1, 99999)} {R.choice([200, 201, 404, 500, 503])} {R.uniform(0.1, 900):.2f}ms" + nl(), 8)
    F.ok(lambda: f"time={iso()} level=INFO msg=\"consumer lag\" topic={topic()} partition={R.randint(0, 11)} lag={R.randint(0, 5000)}" + nl(), 5)
    F.ok(lambda: f"time=\"{iso_s()}\" level=info msg=\"panic recovery middleware installed\"" + nl(), 2)
    F.ok(lambda: jdump({"level": "warn", "error": "context canceled", "time": iso_s(), "message": "client went away before response"}) + nl(), 4)
    F.ok(lambda: f"time={iso()} level=INFO msg=\"lambda invoked\" request_id={rid()} cold_start={R.choice(['true', 'false'])}" + nl(), 5)

    # ECS container agent (logfmt) and FireLens / Fluent Bit lines
    F.ok(lambda: f"level=info time={iso_s()} msg=\"{R.choice(['Task engine: pulled container image', 'Managed task got acs event', 'Sending state change to ECS', 'Container change also resulted in task change'])}\" task=\"{hexs(32)}\" module={R.choice(['docker_task_engine.go', 'task_manager.go', 'acs_handler.go'])}" + nl(), 7)
    F.ok(lambda: f"level=warn time={iso_s()} msg=\"Error getting message from ws backend\" module=acs_session.go error=\"websocket: close 1002 (protocol error): Channel long idle: No message is received, close the channel\"" + nl(), 4)
    F.ok(lambda: f"[{slashts()}] [ info] [output:cloudwatch_logs:cloudwatch_logs.{R.randint(0, 2)}] Creating log stream {R.choice(['app', 'firelens'])}-firelens-{hexs(32)} in log group /ecs/{service()}" + nl(), 5)
    F.ok(lambda: f"[{slashts()}] [ warn] [engine] failed to flush chunk '1-{R.randint(1700000000, 1800000000)}.{R.randint(10**8, 10**9)}.flb', retry in {R.randint(6, 60)} seconds: task_id={R.randint(0, 9)}, input=forward.1 > output=cloudwatch_logs.0 (out_id=0)" + nl(), 5)

    # ---- errors
    F.err("ecs-agent-pull-image-failed", lambda: f"level=error time={iso_s()} msg=\"Error transitioning container\" task=\"{hexs(32)}\" container=\"{R.choice(['app', 'web', 'worker'])}\" runtimeID=\"\" nextState=\"PULLED\" error=\"CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref {acct()}.dkr.ecr.{region()}.amazonaws.com/{service()}:{R.choice(['latest', 'v' + str(R.randint(1, 90)), hexs(7)])}: not found\" module=docker_task_engine.go" + nl(), 5)
    F.err("fluentbit-putlogevents-error", lambda: f"[{slashts()}] [error] [output:cloudwatch_logs:cloudwatch_logs.{R.randint(0, 2)}] PutLogEvents API responded with error='{R.choice(['ThrottlingException', 'ThrottlingException'])}', message='Rate exceeded for logStreamName {R.choice(['app', 'web'])}-firelens-{hexs(32)}'" + nl(), 5)
    F.err("go-mysql-deadlock", lambda: f"time=\"{iso_s()}\" level=error msg=\"reserve stock\" error=\"Error 1213 (40001): Deadlock found when trying to get lock; try restarting transaction\" sku={R.randint(1000, 99999)}" + nl(), 5)
    def panic_nil(frames):
        return (f"panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x{hexs(2)} pc=0x{hexs(6)}]\n\n{goroutine()}\n"
                + "\n".join(f"{fn}\n\t{path}:{line} +0x{hexs(2)}" for fn, path, line in frames) + nl())
    F.err("panic-nil-server-handleorder", lambda: panic_nil([
        (f"github.com/acme/orders/internal/api.(*Server).handleOrder({gaddr()}, {{0x{hexs(6)}, {gaddr()}}}, {gaddr()})", "/src/internal/api/orders.go", ln(88)),
        (f"net/http.HandlerFunc.ServeHTTP(0x{hexs(6)}?, {{0x{hexs(6)}?, {gaddr()}?}}, 0x{hexs(6)}?)", "/usr/local/go/src/net/http/server.go", R.choice([2171, 2220])),
        (f"net/http.(*conn).serve({gaddr()}, {{0x{hexs(6)}, {gaddr()}}})", "/usr/local/go/src/net/http/server.go", R.choice([2092, 2141, 3210]))]), 7)
    F.err("panic-nil-repo-get", lambda: panic_nil([
        (f"github.com/acme/orders/internal/store.(*Repo).Get({gaddr()}, {{0x{hexs(6)}, {gaddr()}}}, {{{gaddr()}, 0x{hexs(2)}}})", "/src/internal/store/repo.go", ln(142)),
        (f"github.com/acme/orders/internal/service.(*Orders).Load(...)", "/src/internal/service/orders.go", ln(57)),
        (f"main.main()", "/src/cmd/worker/main.go", ln(39))]), 6)
    F.err("panic-index-out-of-range-parseheader", lambda: (lambda n: f"panic: runtime error: index out of range [{n}] with length {n}\n\n{goroutine()}\ngithub.com/acme/ingest/parser.parseHeader({{{gaddr()}, 0x{hexs(2)}, 0x{hexs(2)}}})\n\t/src/parser/header.go:{ln(33)} +0x{hexs(3)}\ngithub.com/acme/ingest/parser.Parse({{{gaddr()}, 0x{hexs(3)}, 0x{hexs(3)}}})\n\t/src/parser/parse.go:{ln(19)} +0x{hexs(2)}\nmain.handle({{0x{hexs(6)}, {gaddr()}}}, {{{gaddr()}, 0x{hexs(3)}}})\n\t/src/main.go:{ln(61)} +0x{hexs(2)}")(R.randint(1, 12)) + nl(), 6)
    F.err("fatal-concurrent-map-writes", lambda: f"fatal error: concurrent map writes\n\n{goroutine()}\ngithub.com/acme/platform/cache.(*Local).Set({gaddr()}, {{{gaddr()}, 0x{hexs(2)}}}, {{0x{hexs(6)}, {gaddr()}}})\n\t/src/cache/local.go:{ln(47)} +0x{hexs(2)}\ngithub.com/acme/platform/api.(*Handler).Warm.func1()\n\t/src/api/warm.go:{ln(28)} +0x{hexs(2)}\ncreated by github.com/acme/platform/api.(*Handler).Warm in goroutine {R.randint(1, 90)}\n\t/src/api/warm.go:{ln(25)} +0x{hexs(3)}" + nl(), 5)
    F.err("http-panic-serving-decodeframe", lambda: f"{slashts()} http: panic serving {ip()}:{port()}: runtime error: slice bounds out of range [:{R.randint(9, 64)}] with capacity {R.randint(1, 8)}\n{goroutine()}\nnet/http.(*conn).serve.func1()\n\t/usr/local/go/src/net/http/server.go:{R.choice([1898, 1903, 1947])} +0xbe\npanic({{0x{hexs(6)}?, {gaddr()}?}})\n\t/usr/local/go/src/runtime/panic.go:{R.choice([770, 785, 791])} +0x132\ngithub.com/acme/ingest/frame.decodeFrame({{{gaddr()}, 0x{hexs(2)}, 0x{hexs(2)}}})\n\t/src/frame/decode.go:{ln(71)} +0x{hexs(3)}" + nl(), 6)
    F.err("lambda-go-load-order-error", lambda: jdump({"errorMessage": f"failed to load order {order_id()}: operation error DynamoDB: GetItem, exceeded maximum number of attempts, {R.randint(3, 10)}, https response error StatusCode: 400, RequestID: {HEXS(52)}, api error ThrottlingException: Rate exceeded", "errorType": "wrapError"}) + nl(), 6)
    F.err("lambda-go-runtime-panic", lambda: jdump({"errorMessage": "runtime error: invalid memory address or nil pointer dereference", "errorType": "runtimeError",
                                                   "stackTrace": [{"path": "github.com/aws/aws-lambda-go@v1.47.0/lambda/errors.go", "line": 39, "label": "lambdaPanicResponse"},
                                                                  {"path": "github.com/aws/aws-lambda-go@v1.47.0/lambda/invoke_loop.go", "line": 122, "label": "callBytesHandlerFunc.func1"},
                                                                  {"path": f"{gover()[2:]}/src/runtime/panic.go", "line": R.choice([770, 785]), "label": "gopanic"},
                                                                  {"path": "github.com/acme/thumbs/main.go", "line": ln(54), "label": "handler"}]}) + nl(), 5)
    F.err("logrus-publish-event-failed", lambda: f"time=\"{iso_s()}\" level=error msg=\"failed to publish event\" error=\"kafka: client has run out of available brokers to talk to: dial tcp {ip()}:9092: connect: connection refused\" topic={topic()}" + nl(), 7)
    F.err("logrus-fatal-db-connect", lambda: f"time=\"{iso_s()}\" level=fatal msg=\"cannot connect to database\" error=\"dial tcp {ip()}:5432: connect: connection refused\" host={dbhost()}" + nl(), 5)
    F.err("slog-query-failed-statement-timeout", lambda: f"time={iso()} level=ERROR msg=\"query failed\" query={R.choice(['GetOrder', 'ListOrders', 'UpdateStock'])} err=\"pq: canceling statement due to statement timeout\" duration={R.uniform(5, 30):.3f}s" + nl(), 7)
    F.err("slog-json-upstream-failed", lambda: jdump({"time": iso(), "level": "ERROR", "source": {"function": "github.com/acme/quotes/internal/pricing.(*Client).Quote", "file": "/src/internal/pricing/client.go", "line": ln(96)},
                                                     "msg": "upstream request failed", "url": f"https://{R.choice(['api.partner.example', 'pricing.internal'])}/v1/quotes/{R.randint(1, 99999)}",
                                                     "status": R.choice([502, 503, 504]), "err": "unexpected status"}) + nl(), 6)
    F.err("stdlib-fatal-load-config", lambda: f"{slashts()} failed to load config: open {R.choice(['/etc/app/config.yaml', '/config/app.yaml', '/run/secrets/app.yaml'])}: no such file or directory" + nl(), 4)
    F.err("logrus-ack-failed", lambda: f"time=\"{iso_s()}\" level=error msg=\"failed to ack message\" error=\"AWS.SimpleQueueService.ReceiptHandleIsInvalid: The receipt handle has expired\" message_id={msg_id()}" + nl(), 5)
    F.err("lambda-go-errorstring", lambda: jdump({"errorMessage": f"invalid S3 key: {R.choice(['uploads', 'in', 'raw'])}/{rid()}.{R.choice(['heic', 'tiff', 'bmp'])}: unsupported format", "errorType": "errorString"}) + nl(), 5)
    F.err("slog-exec-failed-deadlock", lambda: f"time={iso()} level=ERROR msg=\"exec failed\" stmt={R.choice(['ReserveStock', 'ReleaseStock'])} err=\"ERROR: deadlock detected (SQLSTATE 40P01)\" attempt={R.randint(1, 3)}" + nl(), 5)
    F.err("zerolog-grpc-call-failed", lambda: jdump({"level": "error", "error": "rpc error: code = DeadlineExceeded desc = context deadline exceeded", "service": service(), "method": "/inventory.v1.Inventory/Reserve", "time": iso_s(), "message": "grpc call failed"}) + nl(), 6)
    return F


# ---------------------------------------------------------------- nginx
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "curl/8.5.0", "okhttp/4.12.0", "python-requests/2.32.3", "ELB-HealthChecker/2.0", "Go-http-client/1.1"]
PATHS = ["/api/orders", "/api/orders/{}", "/api/carts/{}/items", "/login", "/static/app.{}.js", "/v1/quotes", "/api/users/{}/avatar"]


def npath():
    return R.choice(PATHS).format(R.choice([R.randint(1, 99999), hexs(8)]))


def ngx_err(level, msg):
    return f"{slashts()} [{level}] {R.randint(1, 60)}#{R.randint(0, 9)}: {msg}" + nl()


def cli():
    return f"client: {R.choice([ip(), pubip()])}, server: {hostname_web()}"


def fam_nginx():
    F = Fam("nginx")

    def access(status, path=None, ua=None, method=None):
        return f"{R.choice([ip(), pubip()])} - {R.choice(['-', '-', user()])} [{clfts()}] \"{method or R.choice(['GET', 'GET', 'POST', 'PUT', 'DELETE'])} {path or npath()} HTTP/1.1\" {status} {R.randint(0, 90000)} \"{R.choice(['-', 'https://' + hostname_web() + '/'])}\" \"{ua or R.choice(UAS)}\"" + nl()

    # ---- non-errors (access log lines are never errors here, including 5xx: see README)
    F.ok(lambda: access(R.choice([200, 200, 201, 204, 301, 304])), 30)
    F.ok(lambda: access(404), 8)
    F.ok(lambda: access(R.choice([400, 401, 403, 429])), 6)
    F.ok(lambda: access(R.choice([500, 502, 503, 504])), 12)
    F.ok(lambda: access(200, path=R.choice(["/health", "/healthz", "/nginx_status"]), ua="ELB-HealthChecker/2.0", method="GET"), 8)
    F.ok(lambda: jdump({"time_local": clfts(), "remote_addr": ip(), "request": f"GET {npath()} HTTP/1.1", "status": str(R.choice([200, 200, 404, 502])),
                        "body_bytes_sent": str(R.randint(0, 9000)), "request_time": f"{R.uniform(0, 3):.3f}", "upstream_response_time": f"{R.uniform(0, 3):.3f}",
                        "http_user_agent": R.choice(UAS)}) + nl(), 8)
    F.ok(lambda: ngx_err("notice", R.choice(["signal process started", "using the \"epoll\" event method", f"nginx/1.{R.choice([25, 27])}.{R.randint(0, 4)}",
                                              "start worker processes", f"start worker process {R.randint(20, 90)}", "OS: Linux 5.10.220-209.869.amzn2.x86_64",
                                              "getrlimit(RLIMIT_NOFILE): 65535:65535"])), 10)
    F.ok(lambda: ngx_err("warn", f"*{R.randint(1, 900000)} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{R.randint(1, 9)}/{R.randint(10, 99)}/00000{R.randint(10000, 99999)} while reading upstream, {cli()}, request: \"GET {npath()} HTTP/1.1\", upstream: \"http://{ip()}:8080{npath()}\", host: \"{hostname_web()}\""), 5)
    F.ok(lambda: ngx_err("warn", f"conflicting server name \"{hostname_web()}\" on 0.0.0.0:80, ignored"), 3)
    F.ok(lambda: ngx_err("info", f"*{R.randint(1, 900000)} client {ip()} closed keepalive connection"), 4)
    F.ok(lambda: ngx_err("info", f"*{R.randint(1, 900000)} client closed connection while waiting for request, client: {ip()}, server: 0.0.0.0:80"), 3)
    F.ok(lambda: f"/docker-entrypoint.sh: {R.choice(['Configuration complete; ready for start up', 'Looking for shell scripts in /docker-entrypoint.d/', 'Launching /docker-entrypoint.d/20-envsubst-on-templates.sh'])}" + nl(), 5)
    F.ok(lambda: f"10-listen-on-ipv6-by-default.sh: info: {R.choice(['Getting the checksum of /etc/nginx/conf.d/default.conf', 'Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf'])}" + nl(), 3)

    # ---- errors (error log at [error] and above)
    def up(p):
        return f"upstream: \"http://{ip()}:{R.choice([8080, 3000, 9000])}{p}\""
    F.err("upstream-timed-out-reading-header", lambda: (lambda p: ngx_err("error", f"*{R.randint(1, 900000)} upstream timed out (110: Connection timed out) while reading response header from upstream, {cli()}, request: \"{R.choice(['GET', 'POST'])} {p} HTTP/1.1\", {up(p)}, host: \"{hostname_web()}\""))(npath()), 10)
    F.err("connect-refused-upstream", lambda: (lambda p: ngx_err("error", f"*{R.randint(1, 900000)} connect() failed (111: Connection refused) while connecting to upstream, {cli()}, request: \"GET {p} HTTP/1.1\", {up(p)}, host: \"{hostname_web()}\""))(npath()), 9)
    F.err("no-live-upstreams", lambda: (lambda p: ngx_err("error", f"*{R.randint(1, 900000)} no live upstreams while connecting to upstream, {cli()}, request: \"GET {p} HTTP/1.1\", upstream: \"http://{R.choice(['backend', 'app_servers', 'api'])}{p}\", host: \"{hostname_web()}\""))(npath()), 7)
    F.err("upstream-prematurely-closed", lambda: (lambda p: ngx_err("error", f"*{R.randint(1, 900000)} upstream prematurely closed connection while reading response header from upstream, {cli()}, request: \"POST {p} HTTP/1.1\", {up(p)}, host: \"{hostname_web()}\""))(npath()), 7)
    F.ok(lambda: ngx_err("error", f"*{R.randint(1, 900000)} open() \"/usr/share/nginx/html/{R.choice(['favicon.ico', 'robots.txt', 'apple-touch-icon.png', '.env', 'wp-login.php'])}\" failed (2: No such file or directory), {cli()}, request: \"GET /{R.choice(['favicon.ico', 'robots.txt', '.env'])} HTTP/1.1\", host: \"{hostname_web()}\""), 7)
    F.err("client-body-too-large", lambda: ngx_err("error", f"*{R.randint(1, 900000)} client intended to send too large body: {R.randint(1048577, 90000000)} bytes, {cli()}, request: \"POST /api/uploads HTTP/1.1\", host: \"{hostname_web()}\""), 6)
    F.ok(lambda: ngx_err("error", f"*{R.randint(1, 900000)} limiting requests, excess: {R.uniform(5, 40):.3f} by zone \"{R.choice(['api', 'login', 'perip'])}\", {cli()}, request: \"POST /login HTTP/1.1\", host: \"{hostname_web()}\""), 6)
    F.err("crit-open-client-temp-permission", lambda: ngx_err("crit", f"*{R.randint(1, 900000)} open() \"/var/cache/nginx/client_temp/00000{R.randint(10000, 99999)}\" failed (13: Permission denied), {cli()}, request: \"POST /api/uploads HTTP/1.1\", host: \"{hostname_web()}\""), 5)
    F.err("alert-worker-exited-signal", lambda: ngx_err("alert", f"worker process {R.randint(20, 9000)} exited on signal {R.choice([9, 9, 11])}"), 5)
    F.err("emerg-bind-address-in-use", lambda: ngx_err("emerg", f"bind() to {R.choice(['0.0.0.0:80', '0.0.0.0:443', '[::]:80'])} failed (98: Address already in use)"), 5)
    F.err("emerg-host-not-found-upstream", lambda: ngx_err("emerg", f"host not found in upstream \"{R.choice(['app:8080', 'api:3000', 'backend.local:9000'])}\" in /etc/nginx/conf.d/default.conf:{ln(12)}"), 5)
    F.err("ssl-certificate-load-failed", lambda: ngx_err("emerg", f"cannot load certificate \"/etc/nginx/certs/{R.choice(['server', 'api', 'tls'])}.crt\": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory:calling fopen(/etc/nginx/certs/server.crt, r) error:10000080:BIO routines::no such file)"), 4)
    return F


# ---------------------------------------------------------------- rails
def rts():
    return dt().strftime("%Y-%m-%dT%H:%M:%S.%f")


def rlog(lvl, msg, tagged=True):
    tag = f"[{rid()}] " if tagged else ""
    return f"{lvl[0]}, [{rts()} #{R.randint(1, 90)}] {lvl:>5} -- : {tag}{msg}" + nl()


def rails_fatal(exc, frames):
    t = rid()
    p = f"F, [{rts()} #{R.randint(1, 90)}] FATAL -- : [{t}]   \n[{t}] {exc}\n[{t}]   "
    return p + "".join(f"\n[{t}] {fr}" for fr in frames) + nl()


def fam_rails():
    F = Fam("rails")
    ctrl = lambda: R.choice(["OrdersController#show", "OrdersController#index", "CartsController#update", "SessionsController#create"])

    # ---- non-errors
    F.ok(lambda: rlog("INFO", f"Started {R.choice(['GET', 'POST', 'PATCH'])} \"{R.choice(['/orders/', '/carts/', '/users/'])}{R.randint(1, 99999)}\" for {ip()} at {dt().strftime('%Y-%m-%d %H:%M:%S')} +0000"), 12)
    F.ok(lambda: rlog("INFO", f"Processing by {ctrl()} as {R.choice(['JSON', 'HTML', '*/*'])}"), 10)
    F.ok(lambda: rlog("INFO", f"  Parameters: {{\"id\"=>\"{R.randint(1, 99999)}\", \"status\"=>\"{R.choice(['error', 'pending', 'none'])}\"}}"), 5)
    F.ok(lambda: rlog("INFO", f"Completed {R.choice(['200 OK', '201 Created', '302 Found', '204 No Content'])} in {R.randint(2, 900)}ms (Views: {R.uniform(0, 50):.1f}ms | ActiveRecord: {R.uniform(0, 90):.1f}ms | Allocations: {R.randint(500, 90000)})"), 12)
    F.ok(lambda: rlog("INFO", f"Completed {R.choice(['404 Not Found', '422 Unprocessable Entity', '401 Unauthorized'])} in {R.randint(2, 300)}ms (ActiveRecord: {R.uniform(0, 20):.1f}ms | Allocations: {R.randint(500, 9000)})"), 6)
    # "Completed 500" is logged at INFO; the FATAL exception event that precedes it is the error
    F.ok(lambda: rlog("INFO", f"Completed 500 Internal Server Error in {R.randint(5, 3000)}ms (ActiveRecord: {R.uniform(0, 90):.1f}ms | Allocations: {R.randint(500, 90000)})"), 6)
    F.ok(lambda: rlog("WARN", "Can't verify CSRF token authenticity."), 4)
    F.ok(lambda: rlog("DEBUG", f"  {R.choice(['Order', 'User', 'Cart'])} Load ({R.uniform(0.1, 9):.1f}ms)  SELECT \"orders\".* FROM \"orders\" WHERE \"orders\".\"id\" = $1 LIMIT $2  [[\"id\", {R.randint(1, 99999)}], [\"LIMIT\", 1]]"), 5)
    F.ok(lambda: f"* Listening on http://0.0.0.0:{R.choice([3000, 8080])}" + nl(), 3)
    F.ok(lambda: R.choice(["Use Ctrl-C to stop", f"Puma starting in single mode...", f"* Puma version: 6.4.{R.randint(0, 3)} (ruby 3.3.{R.randint(0, 5)}-p{R.randint(1, 200)}) (\"The Eagle of Durango\")", f"*  Min threads: {R.randint(1, 5)}", f"*  Environment: production"]) + nl(), 5)
    F.ok(lambda: f"{iso()} pid={R.randint(1, 90)} tid={alnum(4)} class={R.choice(['HardWorker', 'InvoiceJob', 'MailerJob'])} jid={hexs(24)} INFO: {R.choice(['start', 'done: ' + str(round(R.uniform(0.01, 9), 3)) + ' sec'])}" + nl(), 7)
    F.ok(lambda: rlog("INFO", f"Performed {R.choice(['SendEmailJob', 'SyncInventoryJob'])} (Job ID: {rid()}) from Sidekiq(default) in {R.uniform(1, 900):.2f}ms"), 4)
    F.ok(lambda: rlog("WARN", f"Retry {R.randint(1, 4)}/5 for job {hexs(24)} after error: Net::ReadTimeout"), 4)
    F.ok(lambda: rlog("INFO", "Health check passed: errors=0 migrations=up"), 3)

    # ---- errors
    F.err("nomethoderror-orders-show", lambda: rails_fatal(
        "NoMethodError (undefined method `name' for nil):",
        [f"app/controllers/orders_controller.rb:{ln(14)}:in `show'", f"app/controllers/application_controller.rb:{ln(31)}:in `with_tenant'"]), 8)
    F.err("nomethoderror-invoices-create", lambda: rails_fatal(
        "NoMethodError (undefined method `total_cents' for nil):",
        [f"app/services/invoice_builder.rb:{ln(42)}:in `build'", f"app/controllers/invoices_controller.rb:{ln(19)}:in `create'"]), 6)
    F.err("recordnotfound-user", lambda: rails_fatal(
        f"ActiveRecord::RecordNotFound (Couldn't find User with 'id'={R.randint(1, 999999)}):",
        [f"app/controllers/users_controller.rb:{ln(9)}:in `set_user'"]), 6)
    F.ok(lambda: rails_fatal(
        f"ActionController::RoutingError (No route matches [{R.choice(['GET', 'POST'])}] \"{R.choice(['/wp-login.php', '/.env', '/admin/config.php', '/api/v0/orders', '/cgi-bin/luci'])}\"):", []), 6)
    F.err("pg-connectionbad", lambda: rails_fatal(
        f"ActiveRecord::ConnectionNotEstablished (connection to server at \"{dbhost()}\" ({ip()}), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n):",
        ["activerecord (7.1.3) lib/active_record/connection_adapters/postgresql_adapter.rb:55:in `rescue in new_client'"]), 6)
    F.err("statementinvalid-undefinedcolumn", lambda: rails_fatal(
        f"ActiveRecord::StatementInvalid (PG::UndefinedColumn: ERROR:  column orders.archived_at does not exist\nLINE 1: ...\"orders\" WHERE \"orders\".\"archived_at\" IS NULL AND \"orders\".\"account_id\" = $1\n                                                             ^\n):",
        [f"app/models/order.rb:{ln(22)}:in `active_for'", f"app/controllers/orders_controller.rb:{ln(6)}:in `index'"]), 5)
    F.err("sidekiq-redis-fetch-error", lambda: f"{iso()} pid={R.randint(1, 90)} tid={alnum(4)} ERROR: Error fetching job: Error connecting to Redis on {cachehost()}:6379 (Errno::ECONNREFUSED)" + nl(), 6)
    F.err("sidekiq-job-failed-timeout", lambda: f"{iso()} pid={R.randint(1, 90)} tid={alnum(4)} class=WebhookDeliveryJob jid={hexs(24)} elapsed={R.uniform(5, 30):.3f} ERROR: Net::ReadTimeout with #<TCPSocket:(closed)>\n/usr/local/bundle/gems/net-protocol-0.2.2/lib/net/protocol.rb:229:in `rbuf_fill'\n/app/app/jobs/webhook_delivery_job.rb:{ln(18)}:in `perform'" + nl(), 6)
    F.err("puma-worker-timeout", lambda: f"[{R.randint(1, 90)}] ! Terminating timed out worker (worker failed to check in within {R.choice([60, 60, 120])} seconds): {R.randint(10, 900)}" + nl(), 5)
    F.err("template-error-undefined-local", lambda: (lambda L: rails_fatal(
        "ActionView::Template::Error (undefined local variable or method `current_plan' for an instance of #<Class:0x000" + hexs(9) + ">):",
        [f"    {L}:   <%= render 'plans/badge', plan: current_plan %>", f"app/views/dashboard/show.html.erb:{L}:in `_app_views_dashboard_show_html_erb___{R.randint(10**17, 10**18)}_{R.randint(10000, 99999)}'"]))(ln(12)), 5)
    F.err("rack-timeout", lambda: rails_fatal(
        f"Rack::Timeout::RequestTimeoutException (Request ran for longer than {R.choice([15000, 15000, 30000])}ms ):",
        [f"app/services/report_generator.rb:{ln(77)}:in `block in rows'"]), 5)
    F.err("stripe-charge-failed-logged", lambda: rlog("ERROR", f"Charge failed for order {order_id()} customer={email()}: Stripe::APIConnectionError"), 6)
    return F
