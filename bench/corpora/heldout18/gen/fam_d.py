"""Families: ruby33-lambda-sinatra-puma, rust-lambda-al2023-tracing."""
import json

from common import (hexs, alnum, lower, digits, uuid, ip10, hms, day, ms, pick, jd, port, build, iso, lambda_report, lambda_start, lambda_end, init_start, ts_sp)

# ---------------------------------------------------------------- ruby33-lambda-sinatra-puma
# Ruby 3.3 Lambda functions (ruby3.3 managed runtime: the runtime's own "Error raised from handler
# method" / "Init error when loading handler" records with errorType Function<...>/Init<...>, the
# stdlib Logger default format) and a Sinatra 4 app on Puma 6 in ECS (Rack CommonLogger lines, Sinatra's
# "<time> - <Class> - <message>" error dumps with backtraces).
F7 = "ruby33-lambda-sinatra-puma"
GEMS = "/var/task/vendor/bundle/ruby/3.3.0/gems"


def rlog(R, lvl, msg, pid=8):
    return "%s, [2028-02-%02dT%s.%s #%d] %5s -- : %s" % (lvl[0], day(R), hms(R), digits(R, 6), pid, lvl, msg)


def rerr(R, etype, msg, stack, init=False):
    head = "Init error when loading handler %s" % pick(R, ["function.handler", "function.handler"]) if init else "Error raised from handler method"
    return head + "\n" + json.dumps({"errorMessage": msg, "errorType": ("Init<%s>" if init else "Function<%s>") % etype, "stackTrace": stack}, indent=2)


def sin(R, cls, msg, bt):
    return "2028-02-%02d %s - %s - %s:\n%s" % (day(R), hms(R), cls, msg, "\n".join("\t" + b for b in bt))


def rack(R, method, path, status, size=None):
    return '%s - - [%02d/Feb/2028:%s +0000] "%s %s HTTP/1.1" %d %s %.4f' % (ip10(R), day(R), hms(R), method, path, status, size if size is not None else R.randint(2, 9000), R.uniform(0.001, 2.5))


def r_init_load(R):
    v = R.random()
    if v < 0.5:
        return rerr(R, "LoadError", "cannot load such file -- nokogiri", ["/var/lang/lib/ruby/3.3.0/bundled_gems.rb:75:in `require'", "/var/task/lib/feed_parser.rb:3:in `<top (required)>'",
                                                                         "/var/task/function.rb:4:in `require_relative'", "/var/task/function.rb:4:in `<top (required)>'"], init=True)
    if v < 0.8:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.Unknown" % (R.uniform(300, 900), pick(R, ["init", "invoke"]))
    return "RequestId: %s Error: Runtime exited with error: exit status 1\nRuntime.ExitError" % uuid(R)


def r_nomethod(R):
    oid = R.randint(100000, 999999)
    if R.random() < 0.7:
        return rerr(R, "NoMethodError", "undefined method `[]' for nil", ["/var/task/handlers/order_webhook.rb:%d:in `shipping_country'" % pick(R, [41, 41, 44]),
                                                                            "/var/task/handlers/order_webhook.rb:18:in `handler'"])
    return rlog(R, "ERROR", "order webhook %d failed: NoMethodError: undefined method `[]' for nil (shipping_address missing)" % oid)


def r_timeout(R):
    if R.random() < 0.55:
        return "%s %s Task timed out after %.2f seconds" % (iso(R), uuid(R), R.uniform(30.0, 30.1))
    return lambda_report(R, mem=512, status="timeout", dur=30000.0 + R.uniform(0, 90))


def r_ddb(R):
    if R.random() < 0.6:
        return rerr(R, "Aws::DynamoDB::Errors::ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.",
                    ["%s/aws-sdk-core-3.201.0/lib/seahorse/client/plugins/raise_response_errors.rb:17:in `call'" % GEMS, "/var/task/lib/counters.rb:22:in `bump'", "/var/task/function.rb:30:in `handler'"])
    return rlog(R, "ERROR", "counter update for page %s gave up after 10 retries: Aws::DynamoDB::Errors::ProvisionedThroughputExceededException" % lower(R, 10))


def r_s3(R):
    key = "uploads/%s/%s.jpg" % (uuid(R), lower(R, 6))
    if R.random() < 0.5:
        return rerr(R, "Aws::S3::Errors::AccessDenied", "User: arn:aws:sts::111122223333:assumed-role/thumbs-fn-role/thumbs-fn is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::shop-thumbs-prod/%s\" because no identity-based policy allows the s3:PutObject action" % key,
                    ["%s/aws-sdk-core-3.201.0/lib/seahorse/client/plugins/raise_response_errors.rb:17:in `call'" % GEMS, "/var/task/thumbs.rb:57:in `upload'", "/var/task/function.rb:12:in `handler'"])
    return rlog(R, "ERROR", "thumbnail upload failed for %s: Aws::S3::Errors::AccessDenied (Access Denied)" % key)


def r_json(R):
    body = "order_id=%d&status=%s" % (R.randint(100000, 999999), pick(R, ["paid", "shipped"]))
    return rerr(R, "JSON::ParserError", "unexpected character: '%s' at line 1 column 1" % body,
                ["/var/lang/lib/ruby/3.3.0/json/common.rb:219:in `parse'", "/var/lang/lib/ruby/3.3.0/json/common.rb:219:in `parse'", "/var/task/function.rb:9:in `block in handler'",
                 "/var/task/function.rb:8:in `map'", "/var/task/function.rb:8:in `handler'"])


def r_oom(R):
    if R.random() < 0.5:
        r = lambda_report(R, mem=1024, status="error", used=1024)
        return r
    return "RequestId: %s Error: Runtime exited with error: signal: killed\nRuntime.ExitError" % uuid(R)


def r_pg(R):
    if R.random() < 0.65:
        return sin(R, "PG::ConnectionBad", 'connection to server at "shop-db.cx7kq2m1abcd.us-east-1.rds.amazonaws.com" (10.0.%d.%d), port 5432 failed: FATAL:  password authentication failed for user "shop"' % (R.randint(20, 21), R.randint(2, 250)),
                   ["/usr/local/bundle/gems/sequel-5.86.0/lib/sequel/adapters/postgres.rb:126:in `initialize'", "/usr/local/bundle/gems/sequel-5.86.0/lib/sequel/adapters/postgres.rb:126:in `new'",
                    "/usr/local/bundle/gems/sequel-5.86.0/lib/sequel/connection_pool/threaded.rb:%d:in `make_new'" % pick(R, [209, 209]), "/app/app.rb:%d:in `block in <class:ShopApp>'" % pick(R, [33, 58, 71])])
    return rack(R, pick(R, ["GET", "POST"]), pick(R, ["/orders", "/cart", "/products/%d" % R.randint(1, 9000)]), 500, 30)


def r_nameerr(R):
    return sin(R, "NameError", "undefined local variable or method `current_user' for an instance of ShopApp",
               ["/app/routes/account.rb:%d:in `block in <class:ShopApp>'" % pick(R, [14, 22]), "/usr/local/bundle/gems/sinatra-4.1.1/lib/sinatra/base.rb:1804:in `call'",
                "/usr/local/bundle/gems/sinatra-4.1.1/lib/sinatra/base.rb:1804:in `block in compile!'"])


def r_puma(R):
    return "[%d] ! Terminating timed out worker (Worker %d failed to check in within 60 seconds): %d" % (R.randint(1, 9), R.randint(0, 3), R.randint(20, 900))


def r_stripe(R):
    if R.random() < 0.6:
        return sin(R, "Stripe::AuthenticationError", "Invalid API Key provided: sk_live_*********************%s" % pick(R, ["x7Qa", "x7Qa"]),
                   ["/usr/local/bundle/gems/stripe-13.2.0/lib/stripe/stripe_client.rb:%d:in `handle_error_response'" % pick(R, [788, 788]), "/app/services/checkout.rb:41:in `charge'", "/app/app.rb:96:in `block in <class:ShopApp>'"])
    return rack(R, "POST", "/checkout", 500, 30)


def rn_start(R):
    v = R.random()
    if v < 0.4:
        return lambda_start(R)
    if v < 0.7:
        return lambda_end(R)
    return lambda_report(R, mem=pick(R, [256, 512, 1024]), init=R.random() < 0.2)


def rn_init(R):
    return init_start(R, "ruby:3.3.v%d" % R.randint(20, 40))


def rn_log(R):
    return rlog(R, pick(R, ["INFO", "INFO", "DEBUG", "WARN"]), pick(R, [
        "processing %d records" % R.randint(1, 10), "order webhook %d accepted (status=%s)" % (R.randint(100000, 999999), pick(R, ["paid", "shipped"])),
        "thumbnail %s.jpg written (%dx%d)" % (lower(R, 10), pick(R, [200, 400]), pick(R, [200, 400])), "retrying DynamoDB update (attempt 1/10): ProvisionedThroughputExceededException",
        "no errors in batch of %d" % R.randint(1, 10), "signature check failed for webhook from %s: ignoring (replayed event)" % ip10(R)]))


def rn_rack(R):
    return rack(R, pick(R, ["GET", "GET", "POST"]), pick(R, ["/health", "/products", "/products/%d" % R.randint(1, 9000), "/cart", "/account", "/login", "/assets/app-%s.css" % hexs(R, 8)]), pick(R, [200, 200, 200, 302, 304, 404, 401, 422]))


def rn_puma(R):
    return pick(R, ["[1] Puma starting in cluster mode...", "[1] * Puma version: 6.5.0 (\"Sky's Version\")", "[1] * Min threads: 5, max threads: 5",
                    "[1] - Worker %d (PID: %d) booted in %.2fs, phase: 0" % (R.randint(0, 3), R.randint(10, 900), R.uniform(0.5, 3)), "[1] Use Ctrl-C to stop",
                    "[1] - Gracefully shutting down workers...", "[1] * Listening on http://0.0.0.0:%d" % pick(R, [9292, 9292])]) + ("" if R.random() < 0.5 else " (pid %d)" % R.randint(1, 9))


def rn_deprec(R):
    return "/usr/local/bundle/gems/%s: warning: %s" % (pick(R, ["rack-3.1.8/lib/rack/session/abstract/id.rb:%d" % R.randint(10, 400), "sequel-5.86.0/lib/sequel/core.rb:%d" % R.randint(10, 400)]),
                                                     pick(R, ["literal string will be frozen in the future", "URI::RFC3986_PARSER.escape is obsolete. Use URI::RFC2396_PARSER.escape explicitly."]))


def rn_404(R):
    return sin(R, "Sinatra::NotFound", "GET /wp-login.php", ["/usr/local/bundle/gems/sinatra-4.1.1/lib/sinatra/base.rb:1183:in `route_missing'"]).replace(":\n\t", " (handled, 404):\n\t")


def fam_ruby(R):
    groups = [
        ("feed-parser-init-nokogiri-missing", r_init_load),
        ("order-webhook-shipping-address-nil", r_nomethod),
        ("invoice-mailer-task-timeout", r_timeout),
        ("page-counter-ddb-throughput", r_ddb),
        ("thumbs-s3-putobject-denied", r_s3),
        ("order-sync-form-encoded-body", r_json),
        ("csv-import-out-of-memory", r_oom),
        ("shop-app-db-password-rotated", r_pg),
        ("shop-app-current-user-undefined", r_nameerr),
        ("shop-app-puma-worker-timeout", r_puma),
        ("shop-app-stripe-key-invalid", r_stripe),
    ]
    neg = [rn_start, rn_start, rn_start, rn_init, rn_log, rn_log, rn_rack, rn_rack, rn_puma, rn_deprec, rn_404]
    return build(R, F7, groups, neg)


# ---------------------------------------------------------------- rust-lambda-al2023-tracing
# Rust functions built with cargo-lambda, deployed on provided.al2023 (bootstrap binary), logging through
# lambda_runtime's tracing integration: tracing-subscriber JSON (flattened or with "fields") and the
# compact text format; anyhow/thiserror error chains; std panic messages; platform START/END/REPORT.
F8 = "rust-lambda-al2023-tracing"


def tj(R, level, target, msg, **fields):
    f = {"message": msg}
    f.update(fields)
    return json.dumps({"timestamp": "2028-02-%02dT%s.%sZ" % (day(R), hms(R), digits(R, 6)), "level": level, "fields": f, "target": target,
                       "span": {"requestId": uuid(R), "xrayTraceId": "Root=1-%s-%s" % (hexs(R, 8), hexs(R, 24)), "name": "Lambda runtime invoke"}})


def tt(R, level, target, msg):
    return "2028-02-%02dT%s.%sZ %5s %s: %s" % (day(R), hms(R), digits(R, 6), level, target, msg)


def errjson(etype, msg):
    return json.dumps({"errorType": etype, "errorMessage": msg})


def x_panic(R):
    v = R.random()
    if v < 0.6:
        return "thread 'main' panicked at src/resize.rs:%d:%d:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace" % (pick(R, [88, 88, 91]), pick(R, [46, 46]))
    return "RequestId: %s Error: Runtime exited with error: exit status 101\nRuntime.ExitError" % uuid(R)


def x_ddb(R):
    if R.random() < 0.6:
        return tj(R, "ERROR", "ingest::store", "put_item failed", error="service error", source="ValidationException: One or more parameter values were invalid: Missing the key pk in the item", device_id="dev-%s" % hexs(R, 8))
    return errjson("aws_sdk_dynamodb::operation::put_item::PutItemError", "ValidationException: One or more parameter values were invalid: Missing the key pk in the item")


def x_config(R):
    v = R.random()
    if v < 0.45:
        return "Error: failed to load configuration\n\nCaused by:\n    0: reading PRICING_TABLE\n    1: environment variable not found"
    if v < 0.75:
        return "INIT_REPORT Init Duration: %.2f ms\tPhase: init\tStatus: error\tError Type: Runtime.ExitError" % R.uniform(20, 90)
    return "RequestId: %s Error: Runtime exited with error: exit status 1\nRuntime.ExitError" % uuid(R) if R.random() < 0 else \
        "INIT_REPORT Init Duration: %.2f ms\tPhase: invoke\tStatus: error\tError Type: Runtime.ExitError" % R.uniform(20, 90)


def x_deser(R):
    col = R.randint(40, 300)
    if R.random() < 0.6:
        return tt(R, "ERROR", "lambda_runtime::layers::api_response", "Request payload deserialization into LambdaEvent<T> failed. The handler will not be called. Log at TRACE level to see the payload. error=missing field `orderId` at line 1 column %d" % col)
    return tj(R, "ERROR", "lambda_runtime::layers::api_response", "Request payload deserialization into LambdaEvent<T> failed. The handler will not be called. Log at TRACE level to see the payload.", error="missing field `orderId` at line 1 column %d" % col)


def x_timeout(R):
    if R.random() < 0.55:
        return "%s %s Task timed out after %.2f seconds" % (iso(R), uuid(R), R.uniform(15.0, 15.1))
    return lambda_report(R, mem=256, status="timeout", dur=15000.0 + R.uniform(0, 90))


def x_oom(R):
    v = R.random()
    if v < 0.4:
        return "memory allocation of %d bytes failed" % pick(R, [1073741824, 536870912, 805306368, 2147483648])
    if v < 0.7:
        return "RequestId: %s Error: Runtime exited with error: signal: aborted\nRuntime.ExitError" % uuid(R)
    return lambda_report(R, mem=512, status="error", used=512)


def x_tls(R):
    if R.random() < 0.6:
        return tj(R, "ERROR", "fx_rates::client", "rate fetch failed", error="error sending request for url (https://rates.partner.example.net/v1/latest?base=%s)" % pick(R, ["EUR", "USD", "GBP"]),
                  cause="client error (Connect): invalid peer certificate: Expired")
    return errjson("reqwest::error::Error", "error sending request for url (https://rates.partner.example.net/v1/latest?base=%s): client error (Connect): invalid peer certificate: Expired" % pick(R, ["EUR", "USD", "GBP", "JPY"]))


def x_pool(R):
    if R.random() < 0.6:
        return tt(R, "ERROR", "ledger::db", "query failed: pool timed out while waiting for an open connection (waited %dms, pool size 5, account %d)" % (R.randint(30000, 30020), R.randint(10000, 99999)))
    return errjson("sqlx_core::error::Error", "pool timed out while waiting for an open connection")


def x_glibc(R):
    if R.random() < 0.6:
        return "/var/task/bootstrap: /lib64/libc.so.6: version `GLIBC_%s' not found (required by /var/task/bootstrap)" % pick(R, ["2.39", "2.38"])
    return "RequestId: %s Error: Runtime exited with error: exit status 1\nRuntime.ExitError" % uuid(R)


def x_secret(R):
    if R.random() < 0.6:
        return tj(R, "ERROR", "notifier::secrets", "cannot fetch webhook signing secret", error="service error", source="ResourceNotFoundException: Secrets Manager can't find the specified secret.", secret_id="prod/notifier/webhook-signing")
    return errjson("aws_sdk_secretsmanager::operation::get_secret_value::GetSecretValueError", "ResourceNotFoundException: Secrets Manager can't find the specified secret.")


def x_amount(R):
    amt = "%d.%02d" % (R.randint(1, 9000), R.randint(1, 99))
    if R.random() < 0.6:
        return tt(R, "ERROR", "ledger::handler", "posting %s rejected: invalid amount for currency JPY: %s (minor units not allowed)" % (uuid(R), amt))
    return errjson("ledger::error::LedgerError", "invalid amount for currency JPY: %s (minor units not allowed)" % amt)


def xn_platform(R):
    v = R.random()
    if v < 0.35:
        return lambda_start(R)
    if v < 0.6:
        return lambda_end(R)
    if v < 0.85:
        return lambda_report(R, mem=pick(R, [128, 256, 512]), init=R.random() < 0.2, dur=R.uniform(1, 300))
    return init_start(R, "provided:al2023.v%d" % R.randint(50, 90))


def xn_info(R):
    if R.random() < 0.5:
        return tj(R, "INFO", pick(R, ["ingest::handler", "ledger::handler", "fx_rates::handler"]), pick(R, ["processed batch", "posting stored", "rates refreshed"]),
                  records=R.randint(1, 100), failures=0, elapsed_ms=R.randint(1, 900))
    return tt(R, pick(R, ["INFO", "DEBUG"]), pick(R, ["resize::handler", "notifier::handler"]), pick(R, ["resized %s.jpg to %dx%d" % (lower(R, 10), pick(R, [320, 640]), pick(R, [240, 480])),
                                                                                                          "sent %d notifications, 0 errors" % R.randint(1, 40), "batchItemFailures: []"]))


def xn_warn(R):
    if R.random() < 0.5:
        return tt(R, "WARN", "fx_rates::client", "rates endpoint returned 503, retrying in %dms (attempt 1/3)" % pick(R, [200, 400]))
    return tj(R, "WARN", "ingest::handler", "skipping record with unknown schema version", version=R.randint(5, 9), device_id="dev-%s" % hexs(R, 8))


def xn_extension(R):
    return pick(R, ["EXTENSION\tName: cloudwatch_lambda_agent\tState: Ready\tEvents: [INVOKE, SHUTDOWN]", "TELEMETRY\tName: cloudwatch_lambda_agent\tState: Subscribed\tTypes: [Platform]",
                    "[AWS Parameters and Secrets Lambda Extension] %s INFO ready to serve traffic" % ts_sp(R, 0)]) + ("" if R.random() < 0.5 else "\t(%d)" % R.randint(1, 99))


def xn_debug_err_field(R):
    return tj(R, "DEBUG", "aws_smithy_runtime::client::orchestrator", "send_operation", operation=pick(R, ["PutItem", "GetSecretValue", "SendMessage"]), retry_attempt=R.randint(0, 1), error="None")


def fam_rust(R):
    groups = [
        ("resize-unwrap-none-panic", x_panic),
        ("ingest-put-item-missing-pk", x_ddb),
        ("pricing-env-var-missing-init", x_config),
        ("order-events-missing-orderid", x_deser),
        ("geo-lookup-task-timeout", x_timeout),
        ("report-render-allocation-failed", x_oom),
        ("fx-rates-partner-cert-expired", x_tls),
        ("ledger-sqlx-pool-timeout", x_pool),
        ("thumbnailer-glibc-too-new", x_glibc),
        ("notifier-signing-secret-not-found", x_secret),
        ("ledger-jpy-minor-units-rejected", x_amount),
    ]
    neg = [xn_platform, xn_platform, xn_platform, xn_info, xn_info, xn_warn, xn_extension, xn_debug_err_field]
    return build(R, F8, groups, neg)


FAMILIES = {F7: fam_ruby, F8: fam_rust}
