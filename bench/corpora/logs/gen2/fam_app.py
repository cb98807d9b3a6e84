"""php, dotnet, elixir families (second corpus)."""
from common import *  # noqa: F401,F403
from common import R


# ---------------------------------------------------------------- php
def lara_ts():
    return dt().strftime("%Y-%m-%d %H:%M:%S")


def fpm_ts():
    return dt().strftime("%d-%b-%Y %H:%M:%S")


def lara(level, msg, ctx="[]", env=None):
    """Laravel LineFormatter. The prefix before the level is the Monolog channel, which Laravel names
    after the environment: it is the logger's name, so it stays fixed within a group."""
    if env is None:
        env = "production" if level in ("ERROR", "CRITICAL", "ALERT", "EMERGENCY") else R.choice(["production", "prod"])
    return f"[{lara_ts()}] {env}.{level}: {msg} {ctx} []" + nl()


WWW = "/var/www/html"
FW = WWW + "/vendor/laravel/framework/src/Illuminate"


def lara_exc(cls, code, msg, at_file, at_line, frames):
    """Laravel's LineFormatter: the exception sits in the context as '[object] (...)' + [stacktrace]."""
    cls = cls.replace("\\", "\\\\")
    st = "".join(f"#{i} {f}\n" for i, f in enumerate(frames))
    st += f"#{len(frames)} {{main}}\n"
    return '{"exception":"[object] (' + f"{cls}(code: {code}): {msg} at {at_file}:{at_line})\n[stacktrace]\n{st}" + '"}'


def monolog_json(level, lname, msg, ctx=None, channel=None):
    d = R.choice([iso_off, lambda: dt().strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")])()
    o = {"message": msg, "context": ctx or {}, "level": level, "level_name": lname,
         "channel": channel or R.choice(["production", "app", "queue"]), "datetime": d, "extra": {}}
    return jdump(o) + "\n"


def fpm(level, msg):
    return f"[{fpm_ts()}] {level}: {msg}" + nl()


def fam_php():
    F = Fam("php")
    # ---- non-errors
    F.ok(lambda: lara("INFO", f"Order {R.randint(1000, 99999)} placed by {email()}", jdump({"total": round(R.uniform(5, 900), 2), "currency": R.choice(["EUR", "USD"])})), 6)
    F.ok(lambda: lara("INFO", f"Import finished: {R.randint(10, 900)} rows, 0 errors"), 4)
    F.ok(lambda: lara("WARNING", f"Payment gateway call succeeded after error on attempt {R.randint(1, 2)}", jdump({"gateway": R.choice(["stripe", "adyen"]), "orderId": R.randint(1000, 99999)})), 5)
    F.ok(lambda: lara("INFO", f"Handled ValidationException for POST /api/orders, returning 422", jdump({"errors": {"quantity": ["The quantity must be at least 1."]}})), 4)
    F.ok(lambda: lara("DEBUG", f"Cache miss for key product:{R.randint(1, 9999)}, error_count=0", env="local"), 4)
    F.ok(lambda: lara("NOTICE", f"User {email()} failed login attempts reset to 0"), 3)
    F.ok(lambda: monolog_json(200, "INFO", "Processing jobs from the [default] queue.", {"jobs_failed": 0, "jobs_processed": R.randint(1, 400)}), 4)
    F.ok(lambda: monolog_json(300, "WARNING", f"Slow query detected ({R.randint(1000, 9000)} ms)", {"sql": "select * from `orders` where `status` = ? limit 100"}), 4)
    F.ok(lambda: fpm("NOTICE", "fpm is running, pid 1"), 2)
    F.ok(lambda: fpm("NOTICE", "ready to handle connections"), 2)
    F.ok(lambda: fpm("NOTICE", f"[pool www] child {R.randint(20, 9000)} started"), 4)
    F.ok(lambda: fpm("WARNING", f"[pool www] server reached pm.max_children setting ({R.choice([5, 10, 20])}), consider raising it"), 4)
    F.ok(lambda: fpm("WARNING", f"[pool www] child {R.randint(20, 900)}, script '{WWW}/public/index.php' (request: \"{R.choice(['GET', 'POST'])} /index.php\") executing too slow ({R.uniform(5, 30):.6f} sec), logging"), 4)
    F.ok(lambda: f"PHP Warning:  Undefined array key \"{R.choice(['coupon', 'page', 'sort'])}\" in {WWW}/app/Http/Controllers/CartController.php on line {ln(61)}" + nl(), 4)
    F.ok(lambda: f"PHP Deprecated:  Creation of dynamic property App\\Legacy\\Invoice::${R.choice(['vatRate', 'notes'])} is deprecated in {WWW}/app/Legacy/Invoice.php on line {ln(88)}" + nl(), 3)
    F.ok(lambda: fpm("WARNING", f"[pool www] child {R.randint(20, 900)} said into stderr: \"NOTICE: PHP message: PHP Warning:  Undefined variable $discount in {WWW}/app/Pricing.php on line {ln(40)}\""), 4)
    F.ok(lambda: f"{ip()} -  {clfts()} \"{R.choice(['GET', 'POST'])} /index.php\" {R.choice([200, 200, 302, 404, 500, 502])}" + nl(), 7)
    F.ok(lambda: f"{ip()} -  {clfts()} \"GET /healthz\" 200" + nl(), 3)
    F.ok(lambda: lara("INFO", f"Running scheduled command: '/usr/local/bin/php' 'artisan' {R.choice(['queue:prune-failed', 'reports:nightly', 'cache:prune-stale-tags'])} > '/dev/null' 2>&1"), 3)

    # ---- errors
    F.err("laravel-duplicate-users-email", lambda: (lambda e: lara("ERROR", f"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{e}' for key 'users.users_email_unique' (Connection: mysql, SQL: insert into `users` (`name`, `email`, `updated_at`, `created_at`) values ({user().title()}, {e}, {lara_ts()}, {lara_ts()}))",
        lara_exc("Illuminate\\Database\\UniqueConstraintViolationException", 23000, f"SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '{e}' for key 'users.users_email_unique'", f"{FW}/Database/Connection.php", R.choice([813, 819, 825]),
                 [f"{FW}/Database/Connection.php({R.choice([767, 773, 779])}): Illuminate\\\\Database\\\\Connection->runQueryCallback()",
                  f"{WWW}/app/Http/Controllers/Auth/RegisterController.php({ln(48)}): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()",
                  f"{FW}/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\Auth\\\\RegisterController->store()"])))(email()), 7)
    F.err("laravel-undefined-method-apply-coupon", lambda: lara("ERROR", "Call to undefined method App\\Services\\CartService::applyCoupon()", (lambda: '{"userId":' + str(R.randint(1, 99999)) + "," + lara_exc("BadMethodCallException", 0, "Call to undefined method App\\\\Services\\\\CartService::applyCoupon()", f"{WWW}/vendor/laravel/framework/src/Illuminate/Support/Traits/ForwardsCalls.php", 67,
        [f"{WWW}/app/Http/Controllers/CartController.php({ln(92)}): App\\\\Services\\\\CartService->__call()",
         f"{FW}/Routing/ControllerDispatcher.php(46): App\\\\Http\\\\Controllers\\\\CartController->coupon()"])[1:])()), 6)
    F.err("laravel-model-not-found-invoice", lambda: lara("ERROR", f"No query results for model [App\\Models\\Invoice] {R.randint(1000, 99999)}",
        lara_exc("Illuminate\\Database\\Eloquent\\ModelNotFoundException", 0, f"No query results for model [App\\\\Models\\\\Invoice] {R.randint(1000, 99999)}", f"{FW}/Database/Eloquent/Builder.php", R.choice([599, 621]),
                 [f"{WWW}/app/Jobs/SendInvoiceEmail.php({ln(37)}): Illuminate\\\\Database\\\\Eloquent\\\\Builder->findOrFail()",
                  f"{FW}/Container/BoundMethod.php(36): App\\\\Jobs\\\\SendInvoiceEmail->handle()"])), 6)
    F.err("laravel-redis-connection-refused", lambda: lara("CRITICAL", f"Connection refused [tcp://{R.choice([ip(), 'redis', cachehost()])}:6379]",
        lara_exc("Predis\\Connection\\ConnectionException", 111, f"Connection refused [tcp://{ip()}:6379]", f"{WWW}/vendor/predis/predis/src/Connection/AbstractConnection.php", 155,
                 [f"{WWW}/vendor/predis/predis/src/Connection/StreamConnection.php({R.choice([128, 131])}): Predis\\\\Connection\\\\AbstractConnection->onConnectionError()",
                  f"{FW}/Cache/RedisStore.php({R.choice([54, 57])}): Predis\\\\Client->__call()"])), 6)
    F.err("laravel-log-permission-denied", lambda: lara("EMERGENCY", "Unable to create configured logger. Using emergency logger.",
        lara_exc("UnexpectedValueException", 0, f"The stream or file \\\"{WWW}/storage/logs/laravel{R.choice(['', '-' + dt().strftime('%Y-%m-%d')])}.log\\\" could not be opened in append mode: Failed to open stream: Permission denied", f"{WWW}/vendor/monolog/monolog/src/Monolog/Handler/StreamHandler.php", R.choice([146, 156]),
                 [f"{WWW}/vendor/monolog/monolog/src/Monolog/Handler/AbstractProcessingHandler.php(44): Monolog\\\\Handler\\\\StreamHandler->write()",
                  f"{FW}/Log/Logger.php(183): Monolog\\\\Logger->error()"])), 4)
    F.err("monolog-stripe-signature", lambda: monolog_json(400, "ERROR", "Stripe webhook signature verification failed", {
        "exception": {"class": "Stripe\\Exception\\SignatureVerificationException", "message": "No signatures found matching the expected signature for payload", "code": 0,
                      "file": f"{WWW}/vendor/stripe/stripe-php/lib/WebhookSignature.php:{R.choice([39, 41])}"},
        "event_id": "evt_EXAMPLE" + alnum(10), "ip": pubip()}, channel="production"), 6)
    F.err("monolog-job-attempted-too-many", lambda: monolog_json(400, "ERROR", "App\\Jobs\\SyncInventory has been attempted too many times.", {
        "exception": {"class": "Illuminate\\Queue\\MaxAttemptsExceededException", "message": "App\\Jobs\\SyncInventory has been attempted too many times.", "code": 0,
                      "file": f"{FW}/Queue/MaxAttemptsExceededException.php:{R.choice([24, 27])}"},
        "job_id": rid(), "queue": R.choice(["default", "inventory", "high"])}, channel="queue"), 7)
    F.err("monolog-critical-s3-export", lambda: (lambda b, d: monolog_json(500, "CRITICAL", f"Nightly export to s3://{b}/exports/{d}/orders.csv failed", {
        "exception": {"class": "Aws\\S3\\Exception\\S3Exception", "message": f"Error executing \"PutObject\" on \"https://{b}.s3.{region()}.amazonaws.com/exports/{d}/orders.csv\"; AWS HTTP error: Client error: `PUT https://{b}.s3.amazonaws.com/exports/{d}/orders.csv` resulted in a `403 Forbidden` response", "code": 403,
                      "file": f"{WWW}/vendor/aws/aws-sdk-php/src/WrappedHttpHandler.php:{R.choice([195, 196])}"}}, channel="production"))(bucket(), dt().strftime('%Y/%m/%d')), 5)
    F.err("fatal-memory-report-exporter", lambda: f"PHP Fatal error:  Allowed memory size of {R.choice([134217728, 268435456, 536870912])} bytes exhausted (tried to allocate {R.choice([20480, 4096, 65536, 2097160])} bytes) in {WWW}/app/Exports/ReportExporter.php on line {ln(118)}" + nl(), 6)
    F.err("fatal-memory-collection-map", lambda: f"PHP Fatal error:  Allowed memory size of {R.choice([134217728, 268435456])} bytes exhausted (tried to allocate {R.choice([20480, 8192, 1052672])} bytes) in {FW}/Collections/Arr.php on line {R.choice([605, 609, 611])}" + nl(), 5)
    F.err("fatal-uncaught-typeerror-money", lambda: (lambda l: f"PHP Fatal error:  Uncaught TypeError: App\\Support\\Money::fromCents(): Argument #1 ($cents) must be of type int, string given, called in {WWW}/app/Http/Controllers/CheckoutController.php on line {ln(57)} and defined in {WWW}/app/Support/Money.php:{l}\nStack trace:\n#0 {WWW}/app/Http/Controllers/CheckoutController.php({ln(57)}): App\\Support\\Money::fromCents('{R.randint(100, 99999)}')\n#1 {FW}/Routing/Controller.php(54): App\\Http\\Controllers\\CheckoutController->confirm(Object(Illuminate\\Http\\Request))\n#2 {{main}}\n  thrown in {WWW}/app/Support/Money.php on line {l}" + nl())(ln(21)), 6)
    F.err("fpm-fatal-pdo-connection-refused", lambda: fpm("WARNING", f"[pool www] child {R.randint(20, 9000)} said into stderr: \"NOTICE: PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in {WWW}/src/Db/Connection.php:{ln(34)}\""), 7)
    F.err("parse-error-routes-api", lambda: f"PHP Parse error:  syntax error, unexpected token \"{R.choice(['}', ')'])}\", expecting \";\" in {WWW}/routes/api.php on line {ln(44)}" + nl(), 4)
    F.err("fpm-unable-read-child-stderr", lambda: fpm("ERROR", f"unable to read what child {R.randint(20, 30000)} said into stderr: Bad file descriptor (9)"), 5)
    F.err("fpm-unknown-child-exited", lambda: fpm("ALERT", f"oops, unknown child ({R.randint(20, 30000)}) exited with code 1. Please open a bug report (https://github.com/php/php-src/issues)."), 4)
    return F


# ---------------------------------------------------------------- dotnet
IND = "      "


def aspnet(level, category, eid, lines, scope=None, ts=None):
    """Microsoft.Extensions.Logging simple console formatter (multi-line, 6-space indent)."""
    pre = ""
    if ts is None:
        ts = R.random() < 0.4
    if ts:
        pre = R.choice([iso, lambda: dt().strftime("%Y-%m-%d %H:%M:%S.") + f"{R.randint(0, 999):03d}"])() + " "
    out = f"{pre}{level}: {category}[{eid}]\n"
    if scope:
        out += IND + scope + "\n"
    out += "".join(IND + ln_ + "\n" for ln_ in lines)
    return out if R.random() < 0.7 else out.rstrip("\n")


def kestrel_id():
    return "0H" + alnum(11, upper=True)


def req_scope():
    c = kestrel_id()
    return f"=> SpanId:{hexs(16)}, TraceId:{hexs(32)}, ParentId:{'0' * 16} => ConnectionId:{c} => RequestPath:/api/{R.choice(['orders', 'orders/' + str(R.randint(1, 9999)), 'checkout'])} RequestId:{c}:{R.randint(1, 40):08X}"


def nframes(frames):
    return ["   at " + f for f in frames]


def serilog(level, msg, exc=None):
    if R.random() < 0.5:
        head = f"[{dt().strftime('%H:%M:%S')} {level}] {msg}"
    else:
        head = f"{spacets()} +00:00 [{level}] {msg}"
    return head + ("\n" + exc if exc else "") + "\n"


def fam_dotnet():
    F = Fam("dotnet")
    src = "/src/Acme.Orders.Api"
    # ---- non-errors
    F.ok(lambda: aspnet("info", "Microsoft.Hosting.Lifetime", 14, [f"Now listening on: http://[::]:{R.choice([8080, 5000, 80])}"]), 3)
    F.ok(lambda: aspnet("info", "Microsoft.Hosting.Lifetime", 0, [R.choice(["Application started. Press Ctrl+C to shut down.", "Hosting environment: Production", "Content root path: /app"])], ts=R.random() < 0.5), 4)
    F.ok(lambda: aspnet("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 1, [f"Request starting HTTP/1.1 {R.choice(['GET', 'POST'])} http://{ip()}:8080/api/orders/{R.randint(1, 9999)} - - -"]), 5)
    F.ok(lambda: aspnet("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, [f"Request finished HTTP/1.1 {R.choice(['GET', 'POST'])} http://{ip()}:8080/api/orders - {R.choice([200, 201, 404, 500, 500])} {R.randint(0, 900)} application/json; charset=utf-8 {R.uniform(1, 900):.4f}ms"]), 7)
    F.ok(lambda: aspnet("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, [f"Request finished HTTP/1.1 GET http://{ip()}:8080/healthz - 200 - text/plain {R.uniform(0.1, 3):.4f}ms"]), 3)
    F.ok(lambda: aspnet("warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60, ["Storing keys in a directory '/root/.aspnetcore/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed."]), 3)
    F.ok(lambda: aspnet("warn", "Polly", 3, [f"Execution attempt. Source: 'payments-client-standard//Standard-Retry', Operation Key: '', Result: '{R.choice([503, 500, 'System.Net.Http.HttpRequestException'])}', Handled: 'True', Attempt: '{R.randint(0, 2)}', Execution Time: {R.uniform(10, 3000):.4f}ms"]), 5)
    F.ok(lambda: aspnet("dbug", "Microsoft.AspNetCore.Server.Kestrel", 39, [f"Connection id \"{kestrel_id()}\" accepted."]), 3)
    F.ok(lambda: aspnet("info", "Acme.Orders.Api.Services.OrderService", 0, [f"Order {R.randint(1000, 99999)} created for {email()}, validation errors: 0"], scope=req_scope() if R.random() < 0.5 else None), 5)
    F.ok(lambda: aspnet("info", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 100, [f"Health check processing with combined status Healthy completed after {R.uniform(0.5, 40):.4f}ms"]), 3)
    F.ok(lambda: serilog("INF", f"Processed {R.randint(1, 500)} messages from {queue()}, 0 errors"), 4)
    F.ok(lambda: serilog("WRN", f"Retrying SQS receive after error (attempt {R.randint(1, 4)}/5)", "Amazon.Runtime.AmazonServiceException: Unable to get IAM security credentials from EC2 Instance Metadata Service." if R.random() < 0.5 else None), 5)
    F.ok(lambda: serilog("INF", f"HTTP {R.choice(['GET', 'POST'])} /api/orders responded {R.choice([200, 201, 204])} in {R.uniform(1, 900):.4f} ms"), 5)
    F.ok(lambda: aspnet("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, [f"Executed DbCommand ({R.randint(0, 90)}ms) [Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']", "SELECT o.\"Id\", o.\"Status\" FROM \"orders\" AS o WHERE o.\"Id\" = @__id_0 LIMIT 1"]), 6)
    F.ok(lambda: aspnet("warn", "Microsoft.EntityFrameworkCore.Query", 20504, ["Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured. By default, Entity Framework will use 'QuerySplittingBehavior.SingleQuery', which can potentially result in slow query performance."]), 3)
    F.ok(lambda: serilog("INF", f"Outbox publisher idle, published {R.randint(0, 90)} events, FailedCount=0"), 4)
    F.ok(lambda: serilog("DBG", f"Handled ValidationException for {R.choice(['CreateOrder', 'UpdateCart'])}: returning 400"), 3)

    # ---- errors
    mw = ("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1)
    F.err("pricing-sequence-no-elements", lambda: aspnet(*mw, ["An unhandled exception has occurred while executing the request.",
        "System.InvalidOperationException: Sequence contains no elements"] + nframes([
        "System.Linq.ThrowHelper.ThrowNoElementsException()",
        "System.Linq.Enumerable.First[TSource](IEnumerable`1 source)",
        f"Acme.Orders.Api.Services.PricingService.GetBasePrice(Int32 sku) in {src}/Services/PricingService.cs:line {ln(48)}",
        f"Acme.Orders.Api.Controllers.QuoteController.Get(Int32 sku) in {src}/Controllers/QuoteController.cs:line {ln(22)}"]), scope=req_scope() if R.random() < 0.5 else None), 7)
    F.err("order-mapper-nullref", lambda: aspnet(*mw, ["An unhandled exception has occurred while executing the request.",
        "System.NullReferenceException: Object reference not set to an instance of an object."] + nframes([
        f"Acme.Orders.Api.Mapping.OrderMapper.ToDto(Order order) in {src}/Mapping/OrderMapper.cs:line {ln(31)}",
        f"Acme.Orders.Api.Controllers.OrdersController.GetById(Guid id) in {src}/Controllers/OrdersController.cs:line {ln(57)}",
        "Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)"]), scope=req_scope() if R.random() < 0.5 else None), 8)
    F.err("invoice-pdf-nullref", lambda: aspnet(*mw, ["An unhandled exception has occurred while executing the request.",
        "System.NullReferenceException: Object reference not set to an instance of an object."] + nframes([
        f"Acme.Billing.Pdf.InvoicePdfRenderer.Render(Invoice invoice) in /src/Acme.Billing/Pdf/InvoicePdfRenderer.cs:line {ln(112)}",
        f"Acme.Billing.Controllers.InvoicesController.Download(Guid id) in /src/Acme.Billing/Controllers/InvoicesController.cs:line {ln(40)}"]), scope=req_scope() if R.random() < 0.5 else None), 6)
    F.err("kestrel-disposed-dbcontext", lambda: (lambda c: aspnet("fail", "Microsoft.AspNetCore.Server.Kestrel", 13, [f"Connection id \"{c}\", Request id \"{c}:{R.randint(1, 30):08X}\": An unhandled exception was thrown by the application.",
        "System.ObjectDisposedException: Cannot access a disposed context instance. A common cause of this error is disposing a context instance that was resolved from dependency injection and then later trying to use the same context instance elsewhere in your application.",
        "Object name: 'OrdersDbContext'."] + nframes([
        "Microsoft.EntityFrameworkCore.DbContext.CheckDisposed()",
        f"Acme.Orders.Api.Endpoints.ExportEndpoint.StreamAsync(HttpContext ctx) in {src}/Endpoints/ExportEndpoint.cs:line {ln(66)}"])))(kestrel_id()), 5)
    F.err("efcore-dbupdate-duplicate-external-ref", lambda: aspnet("fail", "Microsoft.EntityFrameworkCore.Update", 10000, [
        "An exception occurred in the database while saving changes for context type 'Acme.Orders.Api.Data.OrdersDbContext'.",
        "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
        " ---> Npgsql.PostgresException (0x80004005): 23505: duplicate key value violates unique constraint \"IX_orders_external_ref\"",
        "",
        f"DETAIL: Key (external_ref)=({order_id()}) already exists."] + nframes([
        f"Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
        f"Acme.Orders.Api.Services.OrderService.CreateAsync(CreateOrderRequest request, CancellationToken ct) in {src}/Services/OrderService.cs:line {ln(88)}"])), 7)
    F.err("efcore-command-timeout-report", lambda: aspnet("fail", "Microsoft.EntityFrameworkCore.Database.Command", 20102, [
        f"Failed executing DbCommand ({R.randint(30000, 30100)}ms) [Parameters=[@__from_0='{dt().strftime('%Y-%m-%dT%H:%M:%S.0000000Z')}' (DbType = DateTime), @__tenant_1='{R.randint(1, 400)}'], CommandType='Text', CommandTimeout='30']",
        "SELECT o.\"Id\", o.\"Total\", o.\"CreatedAt\"",
        "FROM \"orders\" AS o",
        "WHERE o.\"CreatedAt\" >= @__from_0 AND o.\"TenantId\" = @__tenant_1"]), 6)
    F.err("startup-unresolved-payment-gateway", lambda: aspnet("crit", "Microsoft.AspNetCore.Hosting.Diagnostics", 6, ["Application startup exception",
        "System.InvalidOperationException: Unable to resolve service for type 'Acme.Orders.Api.Services.IPaymentGateway' while attempting to activate 'Acme.Orders.Api.Controllers.CheckoutController'."] + nframes([
        "Microsoft.Extensions.DependencyInjection.ActivatorUtilities.ThrowHelperUnableToResolveService(Type type, Type requiredBy)",
        f"Program.<Main>$(String[] args) in {src}/Program.cs:line {ln(41)}"])), 4)
    F.err("unhandled-missing-appsettings", lambda: "Unhandled exception. System.IO.FileNotFoundException: The configuration file 'appsettings.Production.json' was not found and is not optional. The expected physical path was '/app/appsettings.Production.json'.\n" + "\n".join(nframes([
        "Microsoft.Extensions.Configuration.FileConfigurationProvider.HandleException(ExceptionDispatchInfo info)",
        "Microsoft.Extensions.Configuration.FileConfigurationProvider.Load(Boolean reload)",
        f"Program.<Main>$(String[] args) in {src}/Program.cs:line {ln(12)}"])) + nl(), 5)
    F.err("background-outbox-queue-missing", lambda: aspnet("fail", "Microsoft.Extensions.Hosting.Internal.Host", 9, ["BackgroundService failed",
        "Amazon.SQS.Model.QueueDoesNotExistException: The specified queue does not exist."] + nframes([
        "Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)",
        f"Acme.Orders.Worker.OutboxPublisher.ExecuteAsync(CancellationToken stoppingToken) in /src/Acme.Orders.Worker/OutboxPublisher.cs:line {ln(54)}"])), 5)
    F.err("serilog-publish-topic-not-found", lambda: serilog("ERR", f"Failed to publish OrderCreated {R.randint(1000, 99999)} to {R.choice(['arn:aws:sns:' + region() + ':' + acct() + ':order-events', 'order-events'])}",
        "Amazon.SimpleNotificationService.Model.NotFoundException: Topic does not exist\n" + "\n".join(nframes([
            "Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)",
            f"Acme.Orders.Worker.Events.SnsPublisher.PublishAsync(OrderCreated evt) in /src/Acme.Orders.Worker/Events/SnsPublisher.cs:line {ln(29)}"]))), 7)
    F.err("serilog-host-terminated-port-in-use", lambda: serilog("FTL", "Host terminated unexpectedly",
        f"System.IO.IOException: Failed to bind to address http://[::]:{R.choice([8080, 5000])}: address already in use.\n ---> Microsoft.AspNetCore.Connections.AddressInUseException: Address already in use\n ---> System.Net.Sockets.SocketException (98): Address already in use\n" + "\n".join(nframes([
            "System.Net.Sockets.Socket.UpdateStatusAfterSocketErrorAndThrowException(SocketError error, Boolean disconnectOnFailure, String callerName)",
            f"Program.<Main>$(String[] args) in {src}/Program.cs:line {ln(77)}"]))), 4)
    F.err("kestrel-https-no-certificate", lambda: aspnet("crit", "Microsoft.AspNetCore.Server.Kestrel", 0, ["Unable to start Kestrel.",
        "System.InvalidOperationException: Unable to configure HTTPS endpoint. No server certificate was specified, and the default developer certificate could not be found or is out of date."] + nframes([
        "Microsoft.AspNetCore.Hosting.ListenOptionsHttpsExtensions.UseHttps(ListenOptions listenOptions, Action`1 configureOptions)",
        "Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerImpl.BindAsync(CancellationToken cancellationToken)"])), 4)
    F.err("serilog-order-sync-npgsql-refused", lambda: serilog("ERR", f"Order sync run {R.randint(1, 9000)} aborted after {R.randint(0, 400)} of {R.randint(400, 900)} orders",
        f"Npgsql.NpgsqlException (0x80004005): Failed to connect to {ip()}:5432\n ---> System.Net.Sockets.SocketException (111): Connection refused\n" + "\n".join(nframes([
            "Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
            f"Acme.Orders.Worker.Sync.OrderSyncJob.RunAsync(CancellationToken ct) in /src/Acme.Orders.Worker/Sync/OrderSyncJob.cs:line {ln(71)}"]))), 6)
    F.err("serilog-tax-rate-missing", lambda: serilog("ERR", f"No tax rate configured for country DE, order {R.randint(1000, 99999)} left unpriced"), 6)
    return F


# ---------------------------------------------------------------- elixir
def ex_ts():
    return R.choice([lambda: dt().strftime("%H:%M:%S.") + f"{R.randint(0, 999):03d}",
                     lambda: spacets()])()


def exlog(level, msg, rid_=None):
    meta = f"request_id={alnum(20)} " if rid_ or (rid_ is None and R.random() < 0.4) else ""
    return f"{ex_ts()} {meta}[{level}] {msg}" + nl()


def pid():
    return f"#PID<0.{R.randint(200, 30000)}.0>"


def fam_elixir():
    F = Fam("elixir")
    # ---- non-errors
    F.ok(lambda: exlog("info", f"{R.choice(['GET', 'POST'])} /api/{R.choice(['orders', 'carts', 'users'])}/{R.randint(1, 9999)}", True), 9)
    F.ok(lambda: exlog("info", f"Sent {R.choice([200, 201, 404, 500, 500])} in {R.randint(1, 900)}{R.choice(['ms', 'µs'])}", True), 10)
    F.ok(lambda: exlog("info", f"Running ShopWeb.Endpoint with Bandit 1.{R.randint(1, 5)}.{R.randint(0, 9)} at :::{R.choice([4000, 8080])} (http)", False), 3)
    F.ok(lambda: exlog("info", "Access ShopWeb.Endpoint at https://shop.example.com", False), 2)
    F.ok(lambda: exlog("debug", f"QUERY OK source=\"{R.choice(['orders', 'users', 'carts'])}\" db={R.uniform(0.1, 9):.1f}ms idle={R.uniform(1, 900):.1f}ms\nSELECT o0.\"id\", o0.\"status\" FROM \"orders\" AS o0 WHERE (o0.\"id\" = $1) [{R.randint(1, 99999)}]"), 5)
    F.ok(lambda: exlog("info", f"Oban job Shop.Workers.ReceiptMailer completed in {R.randint(5, 900)}ms, errors: []", False), 4)
    F.ok(lambda: exlog("warning", f"Retrying Shop.Payments.charge/2 after error :timeout (attempt {R.randint(1, 2)}/3)"), 5)
    F.ok(lambda: exlog("notice", f"Application shop started at :\"shop@{ip()}\"", False), 2)
    F.ok(lambda: exlog("info", f"CONNECTED TO Phoenix.LiveView.Socket in {R.randint(20, 900)}µs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %{{\"_csrf_token\" => \"EXAMPLE{alnum(12)}\", \"vsn\" => \"2.0.0\"}}", False), 3)
    F.ok(lambda: exlog("info", f"Health check ok: repo=up, pubsub=up, error_count=0", False), 3)
    F.ok(lambda: exlog("info", f"JOINED lv:phx-{alnum(16)} in {R.randint(100, 9000)}µs\n  Parameters: %{{\"token\" => \"EXAMPLE{alnum(10)}\"}}", False), 4)
    F.ok(lambda: exlog("info", f"Replied phoenix:live_reload :ok", False), 2)
    F.ok(lambda: exlog("debug", f"QUERY OK db={R.uniform(0.1, 9):.1f}ms queue={R.uniform(0.1, 3):.1f}ms idle={R.uniform(1, 900):.1f}ms\nUPDATE \"oban_jobs\" AS o0 SET \"state\" = $1, \"errors\" = $2 WHERE (o0.\"id\" = $3) [\"completed\", [], {R.randint(1, 999999)}]", False), 5)
    F.ok(lambda: exlog("info", f"Oban.Plugins.Pruner pruned {R.randint(0, 500)} jobs (0 failed)", False), 3)
    F.ok(lambda: exlog("warning", f"Ecto.StaleEntryError on cart {R.randint(1, 9999)} handled, reloading and retrying"), 3)
    F.ok(lambda: exlog("debug", f"Handled Ecto.NoResultsError for /api/orders/{R.randint(1, 9999)}, rendering 404"), 3)

    # ---- errors
    F.err("genserver-inventory-sync-badmatch", lambda: exlog("error", f"GenServer Shop.Inventory.Sync terminating\n** (MatchError) no match of right hand side value: {{:error, :{R.choice(['timeout', 'econnrefused', 'closed'])}}}\n    (shop {R.choice(['0.9.1', '0.9.2', '0.10.0'])}) lib/shop/inventory/sync.ex:{ln(58)}: Shop.Inventory.Sync.handle_info/2\n    (stdlib 5.2) gen_server.erl:{R.choice([1095, 1077])}: :gen_server.try_handle_info/3\n    (stdlib 5.2) gen_server.erl:{R.choice([1183, 1165])}: :gen_server.handle_msg/6\n    (stdlib 5.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3\nLast message: :sync\nState: %{{last_run: ~U[{iso_s()}], batch: {R.randint(10, 500)}}}", False), 7)
    F.err("genserver-pid-rate-limiter-arith", lambda: exlog("error", f"GenServer {pid()} terminating\n** (ArithmeticError) bad argument in arithmetic expression\n    :erlang./({R.randint(1, 900)}, 0)\n    (shop {R.choice(['0.9.1', '0.10.0'])}) lib/shop/rate_limiter.ex:{ln(41)}: Shop.RateLimiter.handle_call/3\n    (stdlib 5.2) gen_server.erl:{R.choice([1131, 1113])}: :gen_server.try_handle_call/4\nLast message (from {pid()}): {{:check, \"{R.choice(['api', 'login'])}:{ip()}\"}}", False), 6)
    F.err("plug-cowboy-keyerror-customer", lambda: exlog("error", f"** (KeyError) key :customer_id not found in: %{{\"items\" => [], \"total\" => {R.randint(1, 900)}}}\n    (shop {R.choice(['0.9.1', '0.10.0'])}) lib/shop_web/controllers/checkout_controller.ex:{ln(27)}: ShopWeb.CheckoutController.create/2\n    (shop {R.choice(['0.9.1', '0.10.0'])}) lib/shop_web/controllers/checkout_controller.ex:1: ShopWeb.CheckoutController.action/2\n    (phoenix 1.7.{R.randint(10, 14)}) lib/phoenix/router.ex:484: Phoenix.Router.__call__/5", True), 7)
    F.err("dbconnection-pool-timeout", lambda: exlog("error", f"Shop.Repo checkout failed: ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after {R.randint(1000, 9000)}ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\n\n  1. Ensuring your database is available and that you can connect to it\n  2. Tracking down slow queries and making sure they are running fast enough\n  3. Increasing the pool_size (although this increases resource consumption)\n  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval"), 6)
    F.err("postgrex-disconnected-tcp-closed", lambda: exlog("error", f"Postgrex.Protocol ({pid()}) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed", False), 6)
    F.err("postgrex-failed-connect-nxdomain", lambda: exlog("error", f"Postgrex.Protocol ({pid()}) failed to connect: ** (DBConnection.ConnectionError) tcp connect ({dbhost()}:5432): non-existing domain - :nxdomain", False), 5)
    F.err("oban-job-receipt-mailer-smtp", lambda: exlog("error", f"Oban job Shop.Workers.ReceiptMailer (id={R.randint(1000, 999999)}, attempt={R.randint(1, 20)}) failed: ** (Swoosh.DeliveryError) delivery error: {{:retries_exceeded, {{:network_failure, ~c\"{ip()}\", {{:error, :timeout}}}}}}", False), 6)
    F.err("task-supervisor-exchange-rates-http", lambda: exlog("error", f"Task #PID<0.{R.randint(200, 9000)}.0> started from Shop.FX.Refresher terminating\n** (Req.TransportError) connection refused\n    (req 0.4.{R.randint(5, 14)}) lib/req.ex:{R.choice([1092, 1110])}: Req.request!/2\n    (shop {R.choice(['0.9.1', '0.10.0'])}) lib/shop/fx/refresher.ex:{ln(19)}: anonymous fn/0 in Shop.FX.Refresher.handle_info/2\n    (elixir 1.16.{R.randint(0, 3)}) lib/task/supervised.ex:101: Task.Supervised.invoke_mfa/2\nFunction: #Function<0.{R.randint(10000000, 99999999)}/0 in Shop.FX.Refresher.handle_info/2>\n    Args: []", False), 5)
    F.err("application-start-failure-missing-env", lambda: f"ERROR! Config provider Config.Reader failed with:\n** (RuntimeError) environment variable DATABASE_URL is missing.\n\n    /app/releases/{R.choice(['0.9.1', '0.9.2', '0.10.0'])}/runtime.exs:{ln(24)}: (file)\n    (elixir 1.16.{R.randint(0, 3)}) src/elixir.erl:{R.choice([405, 386])}: :elixir.eval_external_handler/3\n" + nl(), 4)
    F.err("liveview-cart-function-clause", lambda: exlog("error", f"GenServer {pid()} terminating\n** (FunctionClauseError) no function clause matching in ShopWeb.CartLive.handle_event/3\n    (shop {R.choice(['0.9.1', '0.10.0'])}) lib/shop_web/live/cart_live.ex:{ln(63)}: ShopWeb.CartLive.handle_event(\"remove\", %{{\"id\" => \"{R.randint(1, 9999)}\"}}, #Phoenix.LiveView.Socket<id: \"phx-{alnum(16)}\", endpoint: ShopWeb.Endpoint, view: ShopWeb.CartLive, ...>)\n    (phoenix_live_view 0.20.{R.randint(1, 17)}) lib/phoenix_live_view/channel.ex:{R.choice([487, 509])}: anonymous fn/3 in Phoenix.LiveView.Channel.view_handle_event/3\nLast message: %Phoenix.Socket.Message{{topic: \"lv:phx-{alnum(16)}\", event: \"event\", payload: %{{\"event\" => \"remove\", \"type\" => \"click\"}}, ref: \"{R.randint(1, 90)}\", join_ref: \"{R.randint(1, 9)}\"}}", False), 6)
    F.err("static-manifest-missing", lambda: exlog("error", f"Could not find static manifest at \"/app/_build/prod/lib/shop/priv/static/cache_manifest.json\". Run \"mix phx.digest\" after building your static files or remove the \"cache_static_manifest\" configuration from your config files.", False), 5)
    F.err("ecto-stale-entry-cart", lambda: exlog("error", f"** (Ecto.StaleEntryError) attempted to update a stale struct:\n\n%Shop.Carts.Cart{{__meta__: #Ecto.Schema.Metadata<:loaded, \"carts\">, id: {R.randint(1, 99999)}, lock_version: {R.randint(1, 40)}, ...}}\n\n    (ecto 3.11.{R.randint(0, 2)}) lib/ecto/repo/schema.ex:{R.choice([775, 803])}: Ecto.Repo.Schema.apply/4\n    (shop {R.choice(['0.9.1', '0.10.0'])}) lib/shop/carts.ex:{ln(88)}: Shop.Carts.add_item/3", True), 6)
    F.err("stripe-charge-declined", lambda: exlog("error", f"Payment declined for order {order_id()}: card_declined (charge ch_EXAMPLE{alnum(14)})"), 6)
    F.err("broadway-sqs-ack-failed", lambda: exlog("error", f"Unable to acknowledge messages with Amazon SQS: {R.randint(1, 10)} messages failed on queue https://sqs.{region()}.amazonaws.com/{acct()}/{queue()}. Reason: \"AWS.SimpleQueueService.NonExistentQueue\"", False), 5)
    F.err("beam-eheap-alloc", lambda: f"eheap_alloc: Cannot allocate {R.choice([1098556104, 2147483712, 603979856, 822085688])} bytes of memory (of type \"{R.choice(['heap', 'old_heap'])}\")." + nl(), 4)
    return F
