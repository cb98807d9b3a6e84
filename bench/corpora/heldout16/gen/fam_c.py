"""Families: rails7-sidekiq-lograge, dotnet8-aspnet-worker-ecs."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, iso, pick, jd, epoch, port,
                    build)

ACCT = "111122223333"

# ---------------------------------------------------------------- rails7-sidekiq-lograge
# A Rails 7.1 shop (Ruby 3.3) on ECS: the web service (Puma, Logger::Formatter with the request-id
# tag, lograge key=value request lines, ActionDispatch's FATAL exception dumps) and the Sidekiq 7
# workers (Sidekiq's text formatter, job failures logged at WARN with the backtrace).
F5 = "rails7-sidekiq-lograge"


def rl(R, sev, msg, rid=None, pid=1):
    t = "2027-12-%02dT%s.%s" % (day(R), hms(R), digits(R, 6))
    tag = "[%s] " % (rid or uuid(R)) if rid is not False else ""
    return "%s, [%s #%d] %5s -- : %s%s" % (sev[0], t, pid, sev, tag, msg)


def lograge(R, method, path, controller, action, status, rid=None, error=None, fmt="html"):
    dur = R.uniform(3, 900) if status < 500 else R.uniform(100, 15000)
    s = "method=%s path=%s format=%s controller=%s action=%s status=%d allocations=%d duration=%.2f view=%.2f db=%.2f" % (
        method, path, fmt, controller, action, status, R.randint(900, 90000), dur, R.uniform(0, dur / 3), R.uniform(0, dur / 2))
    if error:
        s += " error='%s'" % error
    return rl(R, "INFO", s + " host=%s remote_ip=%s" % (pick(R, ["shop.example.com", "api.shop.example.com"]), "10.0.%d.%d" % (R.randint(0, 255), R.randint(2, 250))), rid)


def fatal_dump(R, exc, msg, frames):
    rid = uuid(R)
    lines = ["  ", "%s (%s):" % (exc, msg), "  "] + frames
    return rl(R, "FATAL", "  \n[%s] %s (%s):\n[%s]   \n" % (rid, exc, msg, rid) + "\n".join("[%s] %s" % (rid, f) for f in frames), rid)


def sk(R, level, msg, cls=None, jid=None, elapsed=None):
    t = "2027-12-%02dT%s.%sZ" % (day(R), hms(R), ms(R))
    ctx = " class=%s jid=%s" % (cls, jid or hexs(R, 24)) if cls else ""
    if elapsed is not None:
        ctx += " elapsed=%.3f" % elapsed
    return "%s pid=%d tid=%s%s %s: %s" % (t, R.randint(7, 9), lower(R, 4), ctx, level, msg)


def sk_fail(R, cls, exc, msg, frames):
    jid = hexs(R, 24)
    if R.random() < 0.3:
        return sk(R, "INFO", "fail", cls, jid, R.uniform(0.05, 30))
    ctxj = json.dumps({"context": "Job raised exception", "job": {"retry": True, "queue": pick(R, ["default", "mailers", "low"]), "args": [{"job_class": cls, "job_id": uuid(R), "queue_name": "default", "arguments": [R.randint(1000, 99999)], "executions": R.randint(1, 6)}],
                                                                  "class": "Sidekiq::ActiveJob::Wrapper", "wrapped": cls, "jid": jid, "created_at": round(epoch(R) + R.random(), 4), "enqueued_at": round(epoch(R) + R.random(), 4), "retry_count": R.randint(0, 12)}}, separators=(",", ":"))
    if R.random() < 0.4:
        return sk(R, "WARN", ctxj, cls, jid)
    first = sk(R, "WARN", "%s: %s" % (exc, msg), cls, jid)
    return first + "\n" + first.split(" WARN: ")[0] + " WARN: " + "\n".join(frames)


def g_view_nil(R):
    if R.random() < 0.5:
        return lograge(R, "GET", "/orders", "OrdersController", "index", 500, error="ActionView::Template::Error: undefined method `name' for nil")
    return fatal_dump(R, "ActionView::Template::Error", "undefined method `name' for nil", [
        "app/views/orders/_order.html.erb:%d" % pick(R, [14, 14]), "app/views/orders/index.html.erb:22", "app/controllers/orders_controller.rb:9:in `index'"]) 


def g_stmt_timeout(R):
    if R.random() < 0.4:
        return lograge(R, "GET", "/admin/reports/sales", "Admin::ReportsController", "sales", 500, error="ActiveRecord::QueryCanceled: PG::QueryCanceled: ERROR:  canceling statement due to statement timeout")
    return fatal_dump(R, "ActiveRecord::QueryCanceled", "PG::QueryCanceled: ERROR:  canceling statement due to statement timeout\n", [
        "app/queries/sales_report_query.rb:%d:in `call'" % pick(R, [31, 31]), "app/controllers/admin/reports_controller.rb:14:in `sales'"])


def g_pool_timeout(R):
    m = "could not obtain a connection from the pool within 5.000 seconds (waited %.3f seconds); all pooled connections were in use" % R.uniform(5.0, 5.02)
    if R.random() < 0.4:
        return lograge(R, pick(R, ["GET", "POST"]), pick(R, ["/api/v1/cart", "/api/v1/products/%d" % R.randint(1, 9999), "/api/v1/checkout"]), pick(R, ["Api::V1::CartsController", "Api::V1::ProductsController"]), pick(R, ["show", "update"]), 500, error="ActiveRecord::ConnectionTimeoutError: " + m, fmt="json")
    return fatal_dump(R, "ActiveRecord::ConnectionTimeoutError", m, ["app/controllers/api/v1/base_controller.rb:%d:in `current_cart'" % pick(R, [18, 18])])


def g_smtp_auth(R):
    return sk_fail(R, "ActionMailer::MailDeliveryJob", "Net::SMTPAuthenticationError", "535 Authentication Credentials Invalid\n",
                   ["/usr/local/bundle/gems/net-smtp-0.5.0/lib/net/smtp.rb:1093:in `check_auth_response'", "/usr/local/bundle/gems/net-smtp-0.5.0/lib/net/smtp.rb:847:in `authenticate'",
                    "/usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb:%d:in `start_smtp_session'" % pick(R, [109, 109])])


def g_export_denied(R):
    return sk_fail(R, "ExportReportJob", "Aws::S3::Errors::AccessDenied", "Access Denied",
                   ["/usr/local/bundle/gems/aws-sdk-core-3.201.0/lib/seahorse/client/plugins/raise_response_errors.rb:17:in `call'",
                    "/usr/local/bundle/gems/aws-sdk-s3-1.156.0/lib/aws-sdk-s3/plugins/sse_cpk.rb:24:in `call'",
                    "/app/app/jobs/export_report_job.rb:%d:in `perform'" % pick(R, [27, 27])])


def g_faraday(R):
    return sk_fail(R, "PartnerSyncJob", "Faraday::TimeoutError", "Net::ReadTimeout with #<TCPSocket:(closed)>",
                   ["/usr/local/bundle/gems/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:%d:in `rescue in perform_request'" % 83,
                    "/app/app/services/partner_catalog_client.rb:%d:in `fetch_page'" % pick(R, [44, 44]), "/app/app/jobs/partner_sync_job.rb:12:in `perform'"])


def g_redis_down(R):
    ip = "10.80.%d.%d" % (R.randint(1, 2), R.randint(2, 250))
    if R.random() < 0.5:
        return sk(R, "ERROR", "heartbeat: Connection refused - connect(2) for %s:6379 (redis://sidekiq-redis.internal:6379)" % ip)
    first = sk(R, "WARN", "RedisClient::CannotConnectError: Connection refused - connect(2) for %s:6379 (redis://sidekiq-redis.internal:6379)" % ip)
    return first + "\n" + first.split(" WARN: ")[0] + " WARN: " + ("/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/ruby_connection.rb:%d:in `rescue in connect'\n/usr/local/bundle/gems/sidekiq-7.3.0/lib/sidekiq/fetch.rb:47:in `retrieve_work'" % pick(R, [145, 145]))


def g_secret_key_base(R):
    if R.random() < 0.5:
        return "/usr/local/bundle/gems/railties-7.1.3.4/lib/rails/application.rb:%d:in `validate_secret_key_base': Missing `secret_key_base` for 'production' environment, set this string with `bin/rails credentials:edit` (ArgumentError)\n\tfrom /usr/local/bundle/gems/railties-7.1.3.4/lib/rails/application.rb:%d:in `secret_key_base'\n\tfrom /app/config/environment.rb:5:in `<main>'\n\tfrom config.ru:3:in `<main>'" % (pick(R, [658, 658]), 491)
    return "[%d] ! Unable to load application: ArgumentError: Missing `secret_key_base` for 'production' environment, set this string with `bin/rails credentials:edit`" % R.randint(1, 9)


def g_unique_reindex(R):
    rt = pick(R, ["Product", "Product", "Category"])
    rid_ = R.randint(1000, 99999)
    return sk_fail(R, "SearchReindexJob", "ActiveRecord::RecordNotUnique", "PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint \"index_search_documents_on_record_type_and_record_id\"\nDETAIL:  Key (record_type, record_id)=(%s, %d) already exists.\n" % (rt, rid_),
                   ["/app/app/models/search_document.rb:%d:in `upsert_for'" % 21, "/app/app/jobs/search_reindex_job.rb:9:in `perform'"])


def g_puma_timeout(R):
    return "[%d] ! Terminating timed out worker (worker failed to check in within 60 seconds): %d" % (R.randint(1, 9), R.randint(10, 400))


def g_nomethod_discount(R):
    if R.random() < 0.4:
        return lograge(R, "PATCH", "/api/v1/cart", "Api::V1::CartsController", "update", 500, error="NoMethodError: undefined method `*' for nil", fmt="json")
    return fatal_dump(R, "NoMethodError", "undefined method `*' for nil", ["app/models/cart.rb:%d:in `discounted_total'" % pick(R, [61, 61]), "app/controllers/api/v1/carts_controller.rb:33:in `update'"])


def g_stripe_sig(R):
    if R.random() < 0.5:
        return rl(R, "ERROR", "Stripe webhook rejected: No signatures found matching the expected signature for payload (event=evt_%s)" % alnum(R, 24))
    return lograge(R, "POST", "/webhooks/stripe", "Webhooks::StripeController", "create", 400, error="Stripe::SignatureVerificationError: No signatures found matching the expected signature for payload", fmt="json")


def n_rails_req(R):
    st = pick(R, [200, 200, 200, 302, 304, 404, 422, 401])
    return lograge(R, pick(R, ["GET", "GET", "POST"]), pick(R, ["/", "/products/%d" % R.randint(1, 9999), "/cart", "/orders", "/api/v1/products", "/up"]), pick(R, ["HomeController", "ProductsController", "CartsController", "Rails::HealthController"]), pick(R, ["index", "show", "create"]), st)


def n_rails_text(R):
    rid = uuid(R)
    return rl(R, "INFO", pick(R, ["Started GET \"/products/%d\" for 10.0.%d.%d at 2027-12-%02d %s +0000" % (R.randint(1, 9999), R.randint(0, 255), R.randint(2, 250), day(R), hms(R)),
                                  "Processing by ProductsController#show as HTML",
                                  "Completed 404 Not Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(2, 40), R.uniform(0.2, 9), R.randint(300, 9000)),
                                  "Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (R.randint(5, 300), R.uniform(1, 100), R.uniform(0.2, 60), R.randint(900, 90000)),
                                  "Can't verify CSRF token authenticity."]), rid)


def n_sidekiq(R):
    cls = pick(R, ["ActionMailer::MailDeliveryJob", "ExportReportJob", "PartnerSyncJob", "SearchReindexJob", "AbandonedCartJob"])
    v = R.random()
    if v < 0.4:
        return sk(R, "INFO", "start", cls)
    if v < 0.8:
        return sk(R, "INFO", "done", cls, elapsed=R.uniform(0.01, 40))
    return sk(R, "INFO", pick(R, ["Booted Rails 7.1.3.4 application in production environment", "Running in ruby 3.3.4 (2024-07-09 revision be1089c8ec) [x86_64-linux]", "Sidekiq 7.3.0 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"redis://sidekiq-redis.internal:6379/0\"}", "Starting processing, hit Ctrl-C to stop"]))


def n_activejob(R):
    return rl(R, pick(R, ["INFO", "INFO", "WARN"]), pick(R, [
        "[ActiveJob] [AbandonedCartJob] [%s] Performed AbandonedCartJob (Job ID: %s) from Sidekiq(default) in %.2fms" % (uuid(R), uuid(R), R.uniform(5, 900)),
        "[ActiveJob] [PartnerSyncJob] [%s] Retrying PartnerSyncJob (Job ID: %s) after %d attempts in %d seconds, due to a Faraday::TimeoutError (Net::ReadTimeout with #<TCPSocket:(closed)>)." % (uuid(R), uuid(R), R.randint(1, 4), pick(R, [3, 18, 83, 258])),
        "[ActiveJob] Enqueued ExportReportJob (Job ID: %s) to Sidekiq(low) with arguments: %d" % (uuid(R), R.randint(1, 900))]), rid=False)


def n_puma(R):
    return pick(R, ["[%d] Puma starting in cluster mode..." % R.randint(1, 9), "[%d] * Puma version: 6.4.2 (ruby 3.3.4-p94) (\"The Eagle of Durango\")" % R.randint(1, 9),
                    "[%d] - Worker %d (PID: %d) booted in %.2fs, phase: 0" % (R.randint(1, 9), R.randint(0, 3), R.randint(10, 400), R.uniform(0.5, 4)),
                    "[%d] * Listening on http://0.0.0.0:3000" % R.randint(1, 9), "[%d] Use Ctrl-C to stop" % R.randint(1, 9)])


def n_rails_warn(R):
    return rl(R, "WARN", pick(R, ["Rack::Attack throttled 10.0.%d.%d (req/ip)" % (R.randint(0, 255), R.randint(2, 250)), "Stripe webhook evt_%s already processed, skipping" % alnum(R, 24),
                                  "Cache read miss for views/products/%d, errors: 0" % R.randint(1, 9999)]))


def rails(R):
    groups = [("web-orders-index-nil-customer-name", g_view_nil),
              ("web-sales-report-statement-timeout", g_stmt_timeout),
              ("api-db-pool-connection-timeout", g_pool_timeout),
              ("mailer-ses-smtp-auth-invalid", g_smtp_auth),
              ("export-report-s3-access-denied", g_export_denied),
              ("partner-sync-read-timeout", g_faraday),
              ("sidekiq-redis-connection-refused", g_redis_down),
              ("web-missing-secret-key-base", g_secret_key_base),
              ("search-reindex-duplicate-document", g_unique_reindex),
              ("puma-worker-check-in-timeout", g_puma_timeout),
              ("api-cart-discount-nil-multiply", g_nomethod_discount),
              ("stripe-webhook-signature-mismatch", g_stripe_sig)]
    negs = [n_rails_req, n_rails_req, n_rails_text, n_sidekiq, n_sidekiq, n_activejob, n_puma, n_rails_warn]
    return build(R, F5, groups, negs)


# ---------------------------------------------------------------- dotnet8-aspnet-worker-ecs
# .NET 8 on ECS: Orders.Api (ASP.NET Core, Microsoft.Extensions.Logging simple console with
# awslogs multi-line joining), Payments.Api (Serilog CompactJsonFormatter) and Shipping.Worker
# (a BackgroundService, MEL JSON console formatter).
F6 = "dotnet8-aspnet-worker-ecs"


def scope(R, path):
    conn = "0HN%s" % "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUV") for _ in range(10))
    return "=> SpanId:%s, TraceId:%s, ParentId:0000000000000000 => ConnectionId:%s => RequestPath:%s RequestId:%s:%08X" % (hexs(R, 16), hexs(R, 32), conn, path, conn, R.randint(1, 40))


def mel(R, level, cat, eid, msg, exc=None, path=None):
    s = "%s: %s[%d]\n      " % (level, cat, eid)
    if path:
        s += scope(R, path) + "\n      "
    s += msg.replace("\n", "\n      ")
    if exc:
        s += "\n      " + exc.replace("\n", "\n      ")
    return s


def meljson(R, level, cat, eid, msg, exc=None, state=None):
    d = {"Timestamp": "2027-12-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 7)), "EventId": eid, "LogLevel": level, "Category": cat, "Message": msg}
    if exc:
        d["Exception"] = exc
    d["State"] = dict(state or {}, **{"Message": msg})
    return json.dumps(d, separators=(",", ":"))


def clef(R, level, mt, exc=None, **props):
    d = {"@t": "2027-12-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 7)), "@mt": mt}
    if level != "Information":
        d["@l"] = level
    if exc:
        d["@x"] = exc
    d.update(props)
    d.setdefault("SourceContext", "Payments.Api")
    return json.dumps(d, separators=(",", ":"))


def at_cs(frames):
    return "".join("\n   at " + f for f in frames)


def g_npgsql_timeout(R):
    ms_ = R.randint(30001, 30090)
    exc = "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream\n ---> System.TimeoutException: Timeout during reading attempt" + at_cs([
        "Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)",
        "Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)"]) + "\n   --- End of inner exception stack trace ---" + at_cs([
        "Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
        "Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
        "Orders.Api.Features.Search.SearchOrdersHandler.Handle(SearchOrdersQuery request, CancellationToken ct) in /src/Orders.Api/Features/Search/SearchOrdersHandler.cs:line %d" % pick(R, [48, 48])])
    if R.random() < 0.5:
        return mel(R, "fail", "Microsoft.EntityFrameworkCore.Database.Command", 20102, "Failed executing DbCommand (%s ms) [Parameters=[@__term_0='?', @__p_1='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\nSELECT o.\"Id\", o.\"CustomerId\", o.\"Status\", o.\"Total\"\nFROM \"Orders\" AS o\nWHERE o.\"Notes\" ILIKE @__term_0\nLIMIT @__p_1" % "{:,}".format(ms_), path="/api/orders/search")
    return mel(R, "fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request.", exc, path="/api/orders/search")


def g_fk(R):
    exc = "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> Npgsql.PostgresException (0x80004005): 23503: insert or update on table \"OrderLines\" violates foreign key constraint \"FK_OrderLines_Products_ProductId\"\n\nDETAIL: Detail redacted as it may contain sensitive data. Specify 'Include Error Detail' in the connection string to include this information." + at_cs([
        "Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
        "Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)"]) + "\n   --- End of inner exception stack trace ---" + at_cs([
        "Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
        "Orders.Api.Features.Create.CreateOrderHandler.Handle(CreateOrderCommand request, CancellationToken ct) in /src/Orders.Api/Features/Create/CreateOrderHandler.cs:line %d" % pick(R, [71, 71, 73])])
    if R.random() < 0.5:
        return mel(R, "fail", "Microsoft.EntityFrameworkCore.Update", 10000, "An exception occurred in the database while saving changes for context type 'Orders.Api.Data.OrdersDbContext'.\n" + exc, path="/api/orders")
    return mel(R, "fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request.", exc, path="/api/orders")


def g_polly(R):
    exc = "Polly.Timeout.TimeoutRejectedException: The operation didn't complete within the allowed timeout of '00:00:10'.\n ---> System.Threading.Tasks.TaskCanceledException: The operation was canceled." + at_cs([
        "System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)"]) + "\n   --- End of inner exception stack trace ---" + at_cs([
        "Polly.Utils.ExceptionUtilities.TrySetStackTrace[T](T exception)",
        "Microsoft.Extensions.Http.Resilience.ResilienceHandler.SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)",
        "Orders.Api.Clients.CatalogClient.GetProductAsync(String sku, CancellationToken ct) in /src/Orders.Api/Clients/CatalogClient.cs:line %d" % pick(R, [36, 36])])
    if R.random() < 0.5:
        return mel(R, "fail", "Orders.Api.Clients.CatalogClient", 0, "Catalog lookup failed for SKU-%s" % digits(R, 5), exc, path="/api/orders")
    return mel(R, "fail", "Polly", 3, "Execution attempt. Source: 'catalog-client-standard//Standard-Retry', Operation Key: '', Result: 'The operation didn't complete within the allowed timeout of '00:00:10'.', Handled: 'False', Attempt: '%d', Execution Time: %.4f ms" % (pick(R, [3, 3]), R.uniform(10000, 10040)))


def g_dns(R):
    exc = "System.Net.Http.HttpRequestException: Name or service not known (inventory.shipping.internal:80)\n ---> System.Net.Sockets.SocketException (00000005, 0xFFFDFFFF): Name or service not known" + at_cs([
        "System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
        "System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)"]) + "\n   --- End of inner exception stack trace ---" + at_cs([
        "Shipping.Worker.Clients.InventoryClient.ReserveAsync(Guid shipmentId, CancellationToken ct) in /src/Shipping.Worker/Clients/InventoryClient.cs:line %d" % 29])
    return meljson(R, "Error", "Shipping.Worker.Handlers.ShipmentHandler", 1002, "Reservation call failed for shipment %s" % uuid(R), exc, {"ShipmentId": uuid(R), "{OriginalFormat}": "Reservation call failed for shipment {ShipmentId}"})


def g_json_decimal(R):
    pos = R.randint(30, 90)
    exc = "System.Text.Json.JsonException: The JSON value could not be converted to System.Decimal. Path: $.amount | LineNumber: 0 | BytePositionInLine: %d.\n ---> System.InvalidOperationException: Cannot get the value of a token type 'String' as a number." % pos + at_cs([
        "System.Text.Json.Utf8JsonReader.TryGetDecimal(Decimal& value)",
        "System.Text.Json.Serialization.Converters.DecimalConverter.Read(Utf8JsonReader& reader, Type typeToConvert, JsonSerializerOptions options)"]) + "\n   --- End of inner exception stack trace ---" + at_cs([
        "Payments.Api.Webhooks.ProviderWebhookEndpoint.HandleAsync(HttpRequest request, CancellationToken ct) in /src/Payments.Api/Webhooks/ProviderWebhookEndpoint.cs:line %d" % pick(R, [42, 42])])
    return clef(R, "Error", "Failed to parse provider webhook {WebhookId}", exc, WebhookId="wh_%s" % alnum(R, 14), SourceContext="Payments.Api.Webhooks.ProviderWebhookEndpoint", RequestId="0HN%s:0000000%d" % (alnum(R, 10).upper(), R.randint(1, 9)))


def g_ddb_rnf(R):
    exc = "Amazon.DynamoDBv2.Model.ResourceNotFoundException: Requested resource not found\n ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown." + at_cs([
        "Amazon.Runtime.HttpWebRequestMessage.ProcessHttpResponseMessage(HttpResponseMessage responseMessage)",
        "Amazon.Runtime.Internal.HttpHandler`1.InvokeAsync[T](IExecutionContext executionContext)"]) + "\n   --- End of inner exception stack trace ---" + at_cs([
        "Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)",
        "Payments.Api.Idempotency.DynamoIdempotencyStore.TryBeginAsync(String key, CancellationToken ct) in /src/Payments.Api/Idempotency/DynamoIdempotencyStore.cs:line %d" % pick(R, [55, 55])])
    return clef(R, "Error", "Idempotency check failed for {IdempotencyKey} on table {Table}", exc, IdempotencyKey=uuid(R), Table="payments-idempotency-prod", SourceContext="Payments.Api.Idempotency.DynamoIdempotencyStore")


def g_options(R):
    m = "DataAnnotation validation failed for 'SqsOptions' members: 'QueueUrl' with the error: 'The QueueUrl field is required.'."
    if R.random() < 0.5:
        return "Unhandled exception. Microsoft.Extensions.Options.OptionsValidationException: " + m + at_cs([
            "Microsoft.Extensions.Options.OptionsFactory`1.Create(String name)",
            "Microsoft.Extensions.Options.UnnamedOptionsManager`1.get_Value()",
            "Microsoft.Extensions.Options.OptionsMonitor`1.Get(String name)",
            "Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.Run(IHost host)",
            "Program.<Main>$(String[] args) in /src/Shipping.Worker/Program.cs:line %d" % pick(R, [44, 44])])
    return meljson(R, "Critical", "Microsoft.Extensions.Hosting.Internal.Host", 11, "Hosting failed to start", "Microsoft.Extensions.Options.OptionsValidationException: " + m + at_cs(["Microsoft.Extensions.Options.OptionsFactory`1.Create(String name)", "Microsoft.Extensions.Hosting.Internal.Host.StartAsync(CancellationToken cancellationToken)"]))


def g_nullref(R):
    exc = "System.NullReferenceException: Object reference not set to an instance of an object." + at_cs([
        "Shipping.Worker.Handlers.ShipmentHandler.BuildLabelRequest(Shipment shipment) in /src/Shipping.Worker/Handlers/ShipmentHandler.cs:line %d" % pick(R, [57, 57]),
        "Shipping.Worker.Handlers.ShipmentHandler.HandleAsync(ShipmentCreated message, CancellationToken ct) in /src/Shipping.Worker/Handlers/ShipmentHandler.cs:line 31",
        "Shipping.Worker.SqsPollingService.ProcessAsync(Message message, CancellationToken ct) in /src/Shipping.Worker/SqsPollingService.cs:line 88"])
    return meljson(R, "Error", "Shipping.Worker.SqsPollingService", 1001, "Failed to handle message %s" % uuid(R), exc, {"MessageId": uuid(R), "{OriginalFormat}": "Failed to handle message {MessageId}"})


def g_queue_missing(R):
    if R.random() < 0.5:
        return mel(R, "fail", "Microsoft.Extensions.Hosting.Internal.Host", 9, "BackgroundService failed", "Amazon.SQS.Model.QueueDoesNotExistException: The specified queue does not exist." + at_cs([
            "Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)",
            "Shipping.Worker.SqsPollingService.ExecuteAsync(CancellationToken stoppingToken) in /src/Shipping.Worker/SqsPollingService.cs:line %d" % pick(R, [52, 52]),
            "Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)"]))
    return mel(R, "crit", "Microsoft.Extensions.Hosting.Internal.Host", 10, "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping. To avoid this behavior, configure this to Ignore; however the BackgroundService will not be restarted.", "Amazon.SQS.Model.QueueDoesNotExistException: The specified queue does not exist." + at_cs(["Shipping.Worker.SqsPollingService.ExecuteAsync(CancellationToken stoppingToken) in /src/Shipping.Worker/SqsPollingService.cs:line 52"]))


def g_keyring(R):
    k = uuid(R)
    return mel(R, "fail", "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery", 7, "An exception was thrown while deserializing the token.",
               "Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException: The antiforgery token could not be decrypted.\n ---> System.Security.Cryptography.CryptographicException: The key {%s} was not found in the key ring. For more information go to https://aka.ms/aspnet/dataprotectionwarning" % k + at_cs([
                   "Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingBasedDataProtector.UnprotectCore(Byte[] protectedData, Boolean allowOperationsOnRevokedKeys, UnprotectStatus& status)",
                   "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgeryTokenSerializer.Deserialize(String serializedToken)"]) + "\n   --- End of inner exception stack trace ---" + at_cs([
                   "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgeryTokenSerializer.Deserialize(String serializedToken)",
                   "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery.GetCookieTokenDoesNotThrow(HttpContext httpContext)"]), path=pick(R, ["/account/login", "/checkout", "/account/addresses"]))


def g_sns_too_long(R):
    exc = "Amazon.SimpleNotificationService.Model.InvalidParameterException: Invalid parameter: Message too long" + at_cs([
        "Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext, IWebResponseData httpErrorResponse, HttpErrorResponseException exception, Stream responseStream)",
        "Payments.Api.Events.PaymentEventPublisher.PublishAsync(PaymentCaptured evt, CancellationToken ct) in /src/Payments.Api/Events/PaymentEventPublisher.cs:line %d" % pick(R, [39, 39])])
    return clef(R, "Error", "Publishing {EventType} for payment {PaymentId} failed", exc, EventType="PaymentCaptured", PaymentId="pay_%s" % alnum(R, 14), SourceContext="Payments.Api.Events.PaymentEventPublisher", PayloadBytes=R.randint(262200, 400000))


def g_redis_timeout(R):
    el = R.randint(5001, 5900)
    m = "Timeout awaiting response (outbound=%dKiB, inbound=%dKiB, %dms elapsed, timeout is 5000ms), command=GET, next: GET cart:%s, inst: 0, qu: 0, qs: %d, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, last-in: %d, cur-in: 0, sync-ops: 0, async-ops: %d, serverEndpoint: orders-cache.abc1ex.ng.0001.use1.cache.amazonaws.com:6379, conn-sec: %.2f, aoc: 0, mc: 1/1/0, mgr: 10 of 10 available, clientName: ip-10-30-%d-%d(SE.Redis-v2.7.33.41805), IOCP: (Busy=0,Free=1000,Min=1,Max=1000), WORKER: (Busy=%d,Free=%d,Min=2,Max=32767), POOL: (Threads=%d,QueuedItems=%d,CompletedItems=%d,Timers=%d), v: 2.7.33.41805 (Please take a look at this article for some common client-side issues that can cause timeouts: https://stackexchange.github.io/StackExchange.Redis/Timeouts)" % (
        R.randint(0, 2), R.randint(0, 2), el, uuid(R), R.randint(1, 60), R.randint(0, 9), R.randint(1000, 900000), R.uniform(10, 90000), R.randint(1, 9), R.randint(2, 250), R.randint(20, 200), R.randint(32000, 32760), R.randint(20, 200), R.randint(0, 500), R.randint(10000, 9000000), R.randint(2, 30))
    return mel(R, "fail", "Orders.Api.Carts.CartStore", 0, "Cart read failed", path="/api/carts/%s" % uuid(R), exc="StackExchange.Redis.RedisTimeoutException: " + m + at_cs(["Orders.Api.Carts.CartStore.GetAsync(Guid cartId) in /src/Orders.Api/Carts/CartStore.cs:line %d" % pick(R, [27, 27])]))


def g_linq(R):
    exc = "System.InvalidOperationException: Sequence contains no elements" + at_cs([
        "System.Linq.ThrowHelper.ThrowNoElementsException()",
        "System.Linq.Enumerable.First[TSource](IEnumerable`1 source)",
        "Orders.Api.Pricing.TierResolver.Resolve(Customer customer) in /src/Orders.Api/Pricing/TierResolver.cs:line %d" % pick(R, [22, 22]),
        "Orders.Api.Features.Quote.QuoteHandler.Handle(QuoteQuery request, CancellationToken ct) in /src/Orders.Api/Features/Quote/QuoteHandler.cs:line 40"])
    return mel(R, "fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1, "An unhandled exception has occurred while executing the request.", exc, path="/api/quotes")


def n_mel_info(R):
    cat, eid, msg = pick(R, [
        ("Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:8080"),
        ("Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down."),
        ("Microsoft.Hosting.Lifetime", 0, "Hosting environment: Production"),
        ("Microsoft.Hosting.Lifetime", 0, "Content root path: /app"),
        ("Microsoft.EntityFrameworkCore.Database.Command", 20101, "Executed DbCommand (%dms) [Parameters=[@__id_0='?' (DbType = Guid)], CommandType='Text', CommandTimeout='30']\nSELECT o.\"Id\", o.\"Status\"\nFROM \"Orders\" AS o\nWHERE o.\"Id\" = @__id_0\nLIMIT 1" % R.randint(1, 40)),
        ("Orders.Api.Features.Create.CreateOrderHandler", 0, "Order %s created with %d lines" % (uuid(R), R.randint(1, 9)))])
    return mel(R, "info", cat, eid, msg)


def n_mel_warn(R):
    return mel(R, "warn", pick(R, ["Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", "Polly", "Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware"]), pick(R, [60, 35, 3, 3]), pick(R, [
        "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed. For more information go to https://aka.ms/aspnet/dataprotectionwarning",
        "No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid(R),
        "Execution attempt. Source: 'catalog-client-standard//Standard-Retry', Operation Key: '', Result: '503', Handled: 'True', Attempt: '%d', Execution Time: %.4f ms" % (R.randint(0, 1), R.uniform(5, 300)),
        "Failed to determine the https port for redirect."]))


def n_clef_info(R):
    return clef(R, "Information", "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", RequestMethod=pick(R, ["GET", "POST"]), RequestPath=pick(R, ["/payments/%s" % uuid(R), "/payments", "/health"]),
                StatusCode=pick(R, [200, 200, 201, 400, 404, 409]), Elapsed=round(R.uniform(1, 400), 4), SourceContext="Serilog.AspNetCore.RequestLoggingMiddleware")


def n_clef_warn(R):
    return clef(R, "Warning", "Payment {PaymentId} declined by provider: {Reason}", PaymentId="pay_%s" % alnum(R, 14), Reason=pick(R, ["insufficient_funds", "do_not_honor", "expired_card"]), SourceContext="Payments.Api.Capture.CaptureService")


def n_meljson_info(R):
    sid = uuid(R)
    return meljson(R, pick(R, ["Information", "Debug"]), "Shipping.Worker.SqsPollingService", 1000, "Processed %d messages in %d ms, 0 failed" % (R.randint(0, 10), R.randint(5, 3000)) if R.random() < 0.6 else "Shipment %s label created" % sid,
                   state={"{OriginalFormat}": "Processed {Count} messages in {Elapsed} ms, {Failed} failed"})


def dotnet(R):
    groups = [("orders-search-npgsql-read-timeout", g_npgsql_timeout),
              ("orders-create-orderlines-product-fk", g_fk),
              ("orders-catalog-client-polly-timeout", g_polly),
              ("shipping-inventory-host-not-resolvable", g_dns),
              ("payments-webhook-amount-string", g_json_decimal),
              ("payments-idempotency-table-missing", g_ddb_rnf),
              ("shipping-sqs-queue-url-missing-option", g_options),
              ("shipping-label-request-null-reference", g_nullref),
              ("shipping-sqs-queue-does-not-exist", g_queue_missing),
              ("orders-antiforgery-key-ring-missing-key", g_keyring),
              ("payments-sns-message-too-long", g_sns_too_long),
              ("orders-cart-redis-timeout", g_redis_timeout),
              ("orders-quote-tier-sequence-empty", g_linq)]
    negs = [n_mel_info, n_mel_info, n_mel_warn, n_clef_info, n_clef_info, n_clef_warn, n_meljson_info]
    return build(R, F6, groups, negs)


FAMILIES = {F5: rails, F6: dotnet}
