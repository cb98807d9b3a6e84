"""Families: bind-dnsmasq-firewalld, dotnet-masstransit-hangfire."""
from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    epoch, sysl, host)

# ---------------------------------------------------------------- bind-dnsmasq-firewalld
# Network services on EC2: BIND 9.18 resolvers/secondaries for a hybrid zone (named's own log file,
# `dd-Mon-yyyy hh:mm:ss.mmm category: severity: msg`, and its syslog lines), dnsmasq as a local cache
# on build agents, and firewalld with the nftables backend (syslog), plus kernel reject log lines.
F1 = "bind-dnsmasq-firewalld"

NS = ["ns1", "ns2"]
BUILD = ["ip-10-60-3-%d" % i for i in (11, 12, 13, 14)]


def nl(R, cat, sev, msg):
    return "%02d-Jun-2027 %s.%s %s: %s: %s" % (day(R), hms(R), ms(R), cat, sev, msg)


def client(R):
    return "client @0x7f%s %s#%d" % (hexs(R, 10), ip10(R), port(R))


def g_zone_load(R):
    v = R.random()
    if v < 0.5:
        return nl(R, "general", "error", "zone onprem.example/IN: loading from master file /var/named/dynamic/onprem.example.db failed: file not found")
    if v < 0.8:
        return nl(R, "general", "error", "zone onprem.example/IN: not loaded due to errors.")
    return sysl(R, pick(R, NS), "named", "zone onprem.example/IN: loading from master file /var/named/dynamic/onprem.example.db failed: file not found", pid=pick(R, [1123, 1130]))


def g_xfer_refused(R):
    return nl(R, "xfer-in", "error", "transfer of 'partners.example/IN' from 10.60.200.%d#53: failed while receiving responses: REFUSED" % pick(R, [10, 11]))


def g_named_config(R):
    v = R.random()
    if v < 0.4:
        return nl(R, "config", "error", "open: /etc/named/keys/rndc-%s.key: permission denied" % pick(R, ["ns1", "ns2"]))
    if v < 0.7:
        return nl(R, "general", "critical", "loading configuration: permission denied")
    return nl(R, "general", "critical", "exiting (due to fatal error)")


def g_managed_keys(R):
    return nl(R, "dnssec", "error", "managed-keys-zone: Unable to fetch DNSKEY set '.': %s" % pick(R, ["timed out", "timed out", "failure"]))


def g_dnsmasq_port(R):
    h = pick(R, BUILD)
    v = R.random()
    if v < 0.5:
        return sysl(R, h, "dnsmasq", "failed to create listening socket for 127.0.0.1: Address already in use")
    return sysl(R, h, "dnsmasq", "FAILED to start up")


def g_dnsmasq_max(R):
    return sysl(R, pick(R, BUILD), "dnsmasq", "Maximum number of concurrent DNS queries reached (max: %d)" % pick(R, [150, 150]), pid=R.randint(700, 5000))


def g_fw_nft(R):
    return sysl(R, pick(R, ["ip-10-60-1-%d" % i for i in (21, 22, 23)]), "firewalld", "ERROR: 'python-nftables' failed: internal:0:0-0: Error: Could not process rule: No such file or directory\n\nJSON blob:\n{\"nftables\": [{\"metainfo\": {\"json_schema_version\": 1}}, {\"add\": {\"chain\": {\"family\": \"inet\", \"table\": \"firewalld\", \"name\": \"filter_IN_%s_allow\"}}}]}" % pick(R, ["public", "internal", "docker"]), pid=R.randint(700, 1200))


def g_fw_service(R):
    return sysl(R, pick(R, ["ip-10-60-2-%d" % i for i in range(30, 40)]), "firewalld", "ERROR: INVALID_SERVICE: '%s'" % "node-exporter", pid=R.randint(700, 1200))


def n_query_denied(R):
    return nl(R, "security", "info", "%s (%s): query (cache) '%s/A/IN' denied" % (client(R), pick(R, ["example.org", "version.bind", "ripe.net", "isc.org"]), pick(R, ["example.org", "ripe.net", "isc.org"])))


def n_lame(R):
    v = R.random()
    name = pick(R, ["cdn-%s.example.net" % lower(R, 6), "telemetry.example.io", "api.partner.example"])
    if v < 0.4:
        return nl(R, "lame-servers", "info", "timed out resolving '%s/A/IN': %s#53" % (name, ipdoc(R)))
    if v < 0.7:
        return nl(R, "query-errors", "info", "%s (%s): query failed (SERVFAIL) for %s/IN/A at query.c:%d" % (client(R), name, name, pick(R, [7837, 7837, 5991])))
    return nl(R, "resolver", "info", "resolver priming query complete: success")


def n_named_info(R):
    return nl(R, pick(R, ["general", "notify", "xfer-in"]), pick(R, ["info", "notice"]), pick(R, [
        "zone corp.example/IN: loaded serial %d" % R.randint(2027060100, 2027060399),
        "zone corp.example/IN: sending notifies (serial %d)" % R.randint(2027060100, 2027060399),
        "all zones loaded",
        "running",
        "zone partners.example/IN: Transfer started.",
        "received control channel command 'reload'",
        "reloading configuration succeeded",
        "scheduled loading new zones"]))


def n_dnssec_warn(R):
    return nl(R, "dnssec", "warning", "validating %s/%s: %s" % (pick(R, ["shop.example.net", "mail.example.io"]), pick(R, ["A", "DS", "SOA"]), pick(R, ["no valid signature found", "bad cache hit (%s/DS)" % "example.io"])))


def n_dnsmasq(R):
    h = pick(R, BUILD)
    n = pick(R, ["registry.npmjs.org", "pypi.org", "%d.dkr.ecr.us-east-1.amazonaws.com" % 111122223333, "github.com", "s3.us-east-1.amazonaws.com", "nonexistent-%s.internal" % lower(R, 5)])
    return sysl(R, h, "dnsmasq", pick(R, ["query[A] %s from 127.0.0.1" % n, "forwarded %s to 169.254.169.253" % n,
                                           "reply %s is %s" % (n, ip10(R)), "cached %s is NXDOMAIN" % n,
                                           "read /etc/hosts - %d names" % R.randint(2, 12), "using nameserver 169.254.169.253#53",
                                           "started, version 2.89 cachesize %d" % pick(R, [150, 1000])]), pid=R.randint(700, 5000))


def n_fw_warn(R):
    return sysl(R, pick(R, ["ip-10-60-1-%d" % i for i in (21, 22, 23)]), "firewalld", pick(R, [
        "WARNING: AllowZoneDrifting is enabled. This is considered an insecure configuration option. It will be removed in a future release. Please consider disabling it now.",
        "WARNING: ALREADY_ENABLED: '%s' already in '%s'" % (pick(R, ["https", "ssh", "9100/tcp"]), pick(R, ["public", "internal"])),
        "WARNING: NOT_ENABLED: '%s' not in 'public'" % pick(R, ["http", "8080/tcp"])]), pid=R.randint(700, 1200))


def n_fw_reject(R):
    return sysl(R, pick(R, ["ip-10-60-1-%d" % i for i in (21, 22, 23)]), "kernel", "filter_IN_public_REJECT: IN=ens5 OUT= MAC=0a:%s SRC=%s DST=%s LEN=%d TOS=0x00 PREC=0x00 TTL=%d ID=%d DF PROTO=TCP SPT=%d DPT=%d WINDOW=%d RES=0x00 SYN URGP=0" % (
        ":".join(hexs(R, 2) for _ in range(13)), ipdoc(R), ip10(R), pick(R, [44, 60]), R.randint(30, 250), R.randint(1, 65000), port(R), pick(R, [22, 23, 3389, 5900, 6379, 9200]), pick(R, [1024, 64240, 65535])), pid=0)


def bind_dnsmasq_firewalld(R):
    groups = [
        ("named-onprem-zone-file-missing", g_zone_load),
        ("named-partners-axfr-refused", g_xfer_refused),
        ("named-rndc-key-permission-fatal", g_named_config),
        ("named-root-dnskey-fetch-failed", g_managed_keys),
        ("dnsmasq-port-53-in-use", g_dnsmasq_port),
        ("dnsmasq-concurrent-query-limit", g_dnsmasq_max),
        ("firewalld-nftables-rule-failed", g_fw_nft),
        ("firewalld-node-exporter-service-unknown", g_fw_service),
    ]
    negs = [n_query_denied, n_lame, n_named_info, n_dnssec_warn, n_dnsmasq, n_fw_warn, n_fw_reject]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- dotnet-masstransit-hangfire
# .NET 8 services on ECS Fargate: ASP.NET Core with the default console formatter (`fail: Category[EventId]`
# + indented message and exception, one CloudWatch event per entry), MassTransit over Amazon SQS/SNS,
# Hangfire on PostgreSQL, and one service using the JSON console formatter.
F2 = "dotnet-masstransit-hangfire"


def cl(lvl, cat, eid, *lines):
    return "%s: %s[%d]\n" % (lvl, cat, eid) + "\n".join("      " + l for l in lines)


def trace_id(R):
    return hexs(R, 32)


def g_api_npgsql_timeout(R):
    return cl("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1,
              "An unhandled exception has occurred while executing the request.",
              "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream",
              " ---> System.TimeoutException: Timeout during reading attempt",
              "   at Npgsql.Internal.NpgsqlReadBuffer.<Ensure>g__EnsureLong|55_0(NpgsqlReadBuffer buffer, Int32 count, Boolean async, Boolean readingNotifications)",
              "   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
              "   at Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
              "   at Orders.Api.Endpoints.OrderHistory.HandleAsync(Guid customerId, OrdersDbContext db, CancellationToken ct) in /src/Orders.Api/Endpoints/OrderHistory.cs:line %d" % pick(R, [48, 48]),
              "   at Microsoft.AspNetCore.Http.RequestDelegateFactory.<ExecuteTaskResult>g__ExecuteAwaited|%d_0[T](Task`1 task, HttpContext httpContext, JsonTypeInfo`1 jsonTypeInfo)" % pick(R, [129, 129]),
              "   at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)") + \
        ("\n      TraceId: %s, RequestPath: /api/customers/%s/orders" % (trace_id(R), uuid(R)))


def g_api_nullref(R):
    code = pick(R, ["SUMMER%d" % R.randint(10, 40), "WELCOME%d" % R.randint(5, 15), "VIP-%s" % alnum(R, 6).upper()])
    return cl("fail", "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", 1,
              "An unhandled exception has occurred while executing the request.",
              "System.NullReferenceException: Object reference not set to an instance of an object.",
              "   at Checkout.Api.Coupons.CouponService.ApplyAsync(Cart cart, String code, CancellationToken ct) in /src/Checkout.Api/Coupons/CouponService.cs:line 77",
              "   at Checkout.Api.Endpoints.ApplyCoupon.HandleAsync(ApplyCouponRequest request, CouponService coupons, CancellationToken ct) in /src/Checkout.Api/Endpoints/ApplyCoupon.cs:line 31") + \
        "\n      RequestPath: /api/carts/%s/coupon, Coupon: %s" % (uuid(R), code)


def g_mt_stripe(R):
    return cl("fail", "MassTransit.ReceiveTransport", 0,
              "R-FAULT amazonsqs://us-east-1/billing_invoice-issued %s Billing.Contracts.InvoiceIssued Billing.Worker.Consumers.ChargeInvoiceConsumer(00:00:0%d.%07d)" % (uuid(R), R.randint(0, 4), R.randint(0, 9999999)),
              "Stripe.StripeException: No such customer: 'cus_%s'" % alnum(R, 14),
              "   at Stripe.StripeClient.RequestAsync[T](HttpMethod method, String path, BaseOptions options, RequestOptions requestOptions, CancellationToken cancellationToken)",
              "   at Billing.Worker.Payments.StripeCharger.ChargeAsync(Invoice invoice, CancellationToken ct) in /src/Billing.Worker/Payments/StripeCharger.cs:line 52",
              "   at Billing.Worker.Consumers.ChargeInvoiceConsumer.Consume(ConsumeContext`1 context) in /src/Billing.Worker/Consumers/ChargeInvoiceConsumer.cs:line 29",
              "   at MassTransit.DependencyInjection.ScopeConsumerFactory`1.Send[TMessage](ConsumeContext`1 context, IPipe`1 next)")


def g_mt_sqs_denied(R):
    return cl("fail", "MassTransit", 0,
              "Connection Failed: amazonsqs://us-east-1/",
              "Amazon.SQS.AmazonSQSException: User: arn:aws:sts::111122223333:assumed-role/notifications-task-role/%s is not authorized to perform: sqs:CreateQueue on resource: arn:aws:sqs:us-east-1:111122223333:notifications_%s because no identity-based policy allows the sqs:CreateQueue action" % (hexs(R, 32), pick(R, ["email-requested", "sms-requested", "push-requested"])),
              " ---> Amazon.Runtime.Internal.HttpErrorResponseException: Exception of type 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown.",
              "   at MassTransit.AmazonSqsTransport.ClientContextFactory.CreateClientContext(ConnectionContext connectionContext, CancellationToken cancellationToken)")


def g_hf_erp_export(R):
    jid = R.randint(10000, 99999)
    return cl("fail", "Hangfire.AutomaticRetryAttribute", 0,
              "Failed to process the job '%d': an exception occurred." % jid,
              "System.Net.Http.HttpRequestException: Response status code does not indicate success: 504 (Gateway Timeout).",
              "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
              "   at Reports.Jobs.ErpExportJob.PushAsync(DateOnly day, CancellationToken ct) in /src/Reports.Jobs/ErpExportJob.cs:line %d" % pick(R, [88, 88]),
              "   at Reports.Jobs.ErpExportJob.RunAsync(String tenant, DateOnly day) in /src/Reports.Jobs/ErpExportJob.cs:line 41") + \
        "\n      Job: ErpExportJob.RunAsync(\"%s\", %s)" % (pick(R, ["acme", "globex", "initech", "umbrella"]), "2027-06-%02d" % day(R))


def g_hf_storage(R):
    return cl("fail", "Hangfire.Processing.BackgroundExecution", 0,
              "Execution %s is in the Failed state now due to an exception, execution will be retried no more than in 00:00:%02d" % (pick(R, ["Worker", "ServerHeartbeatProcess", "DelayedJobScheduler", "RecurringJobScheduler"]), pick(R, [4, 9, 15, 30])),
              "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.70.12.%d:5432" % pick(R, [41, 41]),
              " ---> System.Net.Sockets.SocketException (111): Connection refused",
              "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
              "   at Hangfire.PostgreSql.PostgreSqlStorage.CreateAndOpenConnection()")


def g_di_renderer(R):
    return "\n".join([
        "Unhandled exception. System.AggregateException: Some services are not able to be constructed (Error while validating the service descriptor 'ServiceType: Billing.Worker.Consumers.RenderInvoiceConsumer Lifetime: Scoped ImplementationType: Billing.Worker.Consumers.RenderInvoiceConsumer': Unable to resolve service for type 'Billing.Worker.Pdf.IInvoiceRenderer' while attempting to activate 'Billing.Worker.Consumers.RenderInvoiceConsumer'.)",
        " ---> System.InvalidOperationException: Error while validating the service descriptor 'ServiceType: Billing.Worker.Consumers.RenderInvoiceConsumer Lifetime: Scoped ImplementationType: Billing.Worker.Consumers.RenderInvoiceConsumer': Unable to resolve service for type 'Billing.Worker.Pdf.IInvoiceRenderer' while attempting to activate 'Billing.Worker.Consumers.RenderInvoiceConsumer'.",
        "   at Microsoft.Extensions.DependencyInjection.ServiceProvider..ctor(ICollection`1 serviceDescriptors, ServiceProviderOptions options)",
        "   at Program.<Main>$(String[] args) in /src/Billing.Worker/Program.cs:line %d" % pick(R, [64, 64]),
    ]) + "\n" + pick(R, ["", "   --- End of inner exception stack trace ---", "   at Program.<Main>(String[] args)"]) + pick(R, ["", "\n[%s] task %s exited: code 134" % (iso(R, 3), hexs(R, 32))])


def g_json_bulk(R):
    return jd({"EventId": 3, "LogLevel": "Error", "Category": "Catalog.Search.OpenSearchIndexer",
               "Message": "Bulk indexing returned %d failed items for index products-2027.06 (first: mapper_parsing_exception: failed to parse field [price] of type [scaled_float] in document with id '%s')" % (R.randint(1, 40), "sku-%d" % R.randint(100000, 999999)),
               "State": {"Message": "Bulk indexing returned failed items", "Index": "products-2027.06", "{OriginalFormat}": "Bulk indexing returned {Failed} failed items for index {Index} (first: {Reason})"},
               "Scopes": [{"Message": "SpanId:%s, TraceId:%s, ParentId:0000000000000000" % (hexs(R, 16), trace_id(R))}]})


def n_lifetime(R):
    return pick(R, [lambda: cl("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:%d" % pick(R, [8080, 5000])),
                    lambda: cl("info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down.") + "\n" + cl("info", "Microsoft.Hosting.Lifetime", 0, "Hosting environment: %s" % pick(R, ["Production", "Staging"])) + "\n" + cl("info", "Microsoft.Hosting.Lifetime", 0, "Content root path: /app%s" % pick(R, ["", "/"])),
                    lambda: cl("info", "MassTransit", 0, "Bus started: amazonsqs://us-east-1/%s" % pick(R, ["billing", "notifications", "orders"])),
                    lambda: cl("info", "Hangfire.Server.BackgroundServerProcess", 0, "Server %s:%d:%s successfully announced in %.1f ms" % ("ip-" + ip10(R).replace(".", "-"), R.randint(1, 9), hexs(R, 8), R.uniform(5, 90))),
                    lambda: cl("info", "Microsoft.AspNetCore.Hosting.Diagnostics", 2, "Request finished HTTP/1.1 %s http://%s:8080/%s - %d %s %s %.4fms" % (pick(R, ["GET", "POST"]), ip10(R), pick(R, ["health", "api/orders", "api/carts/%s" % uuid(R)]), pick(R, [200, 200, 204, 404, 500]), pick(R, ["-", str(R.randint(2, 9000))]), pick(R, ["application/json;+charset=utf-8", "-"]), R.uniform(0.5, 900)))])()


def n_hf_retry(R):
    return cl("warn", "Hangfire.AutomaticRetryAttribute", 0,
              "Failed to process the job '%d': an exception occurred. Retry attempt %d of %d will be performed in 00:%02d:%02d." % (R.randint(10000, 99999), R.randint(1, 9), 10, R.randint(0, 9), R.randint(0, 59)),
              pick(R, ["System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).",
                       "System.TimeoutException: The operation has timed out."]))


def n_warn_misc(R):
    return pick(R, [lambda: cl("warn", "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", 35, "No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid(R)),
                    lambda: cl("warn", "Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware", 3, "Failed to determine the https port for redirect."),
                    lambda: cl("warn", "Microsoft.EntityFrameworkCore.Query", 20504, "Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured."),
                    lambda: cl("warn", "MassTransit.ReceiveTransport", 0, "R-RETRY amazonsqs://us-east-1/billing_invoice-issued %s Billing.Contracts.InvoiceIssued (attempt %d of 3)" % (uuid(R), R.randint(1, 2)))])()


def n_debug(R):
    return cl(pick(R, ["dbug", "trce"]), pick(R, ["MassTransit.ReceiveTransport", "Microsoft.EntityFrameworkCore.Database.Command", "Hangfire.Server.Worker"]), pick(R, [0, 20101]), pick(R, [
        "RECEIVE amazonsqs://us-east-1/orders_order-submitted %s Orders.Contracts.OrderSubmitted" % uuid(R),
        "Executed DbCommand (%dms) [Parameters=[@__customerId_0='?' (DbType = Guid)], CommandType='Text', CommandTimeout='30']" % R.randint(1, 400),
        "Job %d: state changed to Succeeded (0 errors)" % R.randint(10000, 99999)]))


def n_json_info(R):
    return jd({"EventId": pick(R, [1, 2]), "LogLevel": pick(R, ["Information", "Information", "Warning"]), "Category": "Catalog.Search.OpenSearchIndexer",
               "Message": pick(R, ["Bulk indexing of %d items into products-2027.06 took %d ms, 0 failed" % (R.randint(10, 5000), R.randint(20, 3000)),
                                   "Index products-2027.06 refresh interval set to 30s",
                                   "OpenSearch returned 429, backing off %d ms before retrying the bulk request" % pick(R, [500, 1000, 2000])]),
               "State": {"{OriginalFormat}": "Bulk indexing of {Count} items into {Index} took {Elapsed} ms"}})


def n_health(R):
    return cl("info", "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", 101, "Health check %s completed after %.4fms with status Healthy and description '%s'" % (pick(R, ["npgsql", "sqs", "hangfire"]), R.uniform(0.3, 60), pick(R, ["(null)", "0 failed jobs", "queue depth 0"])))


def dotnet_masstransit_hangfire(R):
    groups = [
        ("orders-history-npgsql-read-timeout", g_api_npgsql_timeout),
        ("checkout-coupon-nullref", g_api_nullref),
        ("billing-charge-stripe-no-such-customer", g_mt_stripe),
        ("notifications-sqs-createqueue-denied", g_mt_sqs_denied),
        ("reports-erp-export-504-failed", g_hf_erp_export),
        ("hangfire-postgres-refused", g_hf_storage),
        ("billing-worker-invoice-renderer-unresolved", g_di_renderer, 9),
        ("catalog-bulk-price-mapping-failures", g_json_bulk),
    ]
    negs = [n_lifetime, n_hf_retry, n_warn_misc, n_debug, n_json_info, n_health]
    return build(R, F2, groups, negs)


FAMILIES = {F1: bind_dnsmasq_firewalld, F2: dotnet_masstransit_hangfire}
