"""Families: powertools-idempotency-sfn-activity, kotlin-webflux-resilience4j."""
import json

from common import (hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build,
                    epoch, sysl, host, reqid, lambda_report, lambda_start, lambda_end)

# ---------------------------------------------------------------- powertools-idempotency-sfn-activity
# Python 3.12 Lambdas using Powertools for AWS Lambda (Logger JSON, idempotency on DynamoDB, SQS batch
# processing), the Python runtime's own `[ERROR]` lines, platform lines, and a Node 20 Step Functions
# activity worker on ECS that logs pino JSON with numeric levels (30 info, 40 warn, 50 error, 60 fatal).
F1 = "powertools-idempotency-sfn-activity"


def pts(R):
    return "2027-06-%02d %s,%s+0000" % (day(R), hms(R), ms(R))


def xray(R):
    return "1-%s-%s" % (hexs(R, 8), hexs(R, 24))


def pt(R, level, service, fn, location, message, **extra):
    d = {"level": level, "location": location, "message": message, "timestamp": pts(R), "service": service,
         "cold_start": R.random() < 0.1, "function_name": fn, "function_memory_size": "512",
         "function_arn": "arn:aws:lambda:us-east-1:111122223333:function:%s" % fn, "function_request_id": reqid(R)}
    d.update(extra)
    d["xray_trace_id"] = xray(R)
    return jd(d)


IDEM = "/opt/python/aws_lambda_powertools/utilities/idempotency"


def idem_key(R, fn, name="handler"):
    return "%s.%s.%s#%s" % (fn, "app", name, hexs(R, 32))


def g_idem_inprogress(R):
    key = idem_key(R, "payments-capture")
    if R.random() < 0.6:
        return "[ERROR] IdempotencyAlreadyInProgressError: Execution already in progress with idempotency key: %s=%s\nTraceback (most recent call last):\n  File \"/var/task/app.py\", line 61, in handler\n    return capture(event, context)\n  File \"%s/base.py\", line %d, in handle\n    return self._process_idempotency()\n  File \"%s/base.py\", line %d, in _handle_for_status\n    raise IdempotencyAlreadyInProgressError(" % (
            "id", key, IDEM, pick(R, [101, 101]), IDEM, pick(R, [195, 195]))
    return pt(R, "ERROR", "payments", "payments-capture", "handler:64", "capture rejected, a concurrent delivery holds the idempotency record", exception_name="IdempotencyAlreadyInProgressError",
              exception="Traceback (most recent call last):\n  File \"/var/task/app.py\", line 61, in handler\naws_lambda_powertools.utilities.idempotency.exceptions.IdempotencyAlreadyInProgressError: Execution already in progress with idempotency key: id=%s" % key,
              payment_id="pay_%s" % alnum(R, 14))


def g_idem_validation(R):
    key = idem_key(R, "refunds-api")
    return "[ERROR] IdempotencyValidationError: Payload does not match stored record for this event key\nTraceback (most recent call last):\n  File \"/var/task/app.py\", line %d, in lambda_handler\n    return app.resolve(event, context)\n  File \"%s/base.py\", line 243, in _validate_payload\n    raise IdempotencyValidationError(\"Payload does not match stored record for this event key\")\nidempotency key: %s  refund: rf_%s" % (
        pick(R, [38, 38]), IDEM, key, alnum(R, 12))


def g_idem_persistence(R):
    return pt(R, "ERROR", "orders", "orders-create", "handler:%d" % pick(R, [52, 52]), "Failed to save in progress record to idempotency store",
              exception_name="IdempotencyPersistenceLayerError",
              exception="Traceback (most recent call last):\n  File \"%s/persistence/dynamodb.py\", line 251, in _put_record\n    self.client.put_item(**kwargs)\nbotocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the PutItem operation: User: arn:aws:sts::111122223333:assumed-role/orders-create-role/orders-create is not authorized to perform: dynamodb:PutItem on resource: arn:aws:dynamodb:us-east-1:111122223333:table/orders-idempotency because no identity-based policy allows the dynamodb:PutItem action\n\nThe above exception was the direct cause of the following exception:\n\naws_lambda_powertools.utilities.idempotency.exceptions.IdempotencyPersistenceLayerError: Failed to save in progress record to idempotency store - (An error occurred (AccessDeniedException) when calling the PutItem operation)" % IDEM,
              order_ref="ORD-%d" % R.randint(100000, 999999))


def g_idem_key_missing(R):
    src = pick(R, ["stripe", "adyen", "paypal"])
    return "[ERROR] IdempotencyKeyError: No data found to create a hashed idempotency_key\nTraceback (most recent call last):\n  File \"/var/task/webhooks.py\", line 27, in handler\n    return process_webhook(event)\n  File \"%s/persistence/base.py\", line 188, in _get_hashed_idempotency_key\n    raise IdempotencyKeyError(\"No data found to create a hashed idempotency_key\")\nsource=%s requestId=%s" % (IDEM, src, reqid(R))


def g_batch_all_failed(R):
    n = R.randint(2, 10)
    return pt(R, "ERROR", "ledger", "ledger-ingest", "process_partial_response:%d" % pick(R, [248, 248]), "All records failed processing. %d individual errors logged separately below." % n,
              exception_name="BatchProcessingError",
              exception="Traceback (most recent call last):\n  File \"/var/task/ingest.py\", line 44, in record_handler\n    ledger.post(entry)\n  File \"/var/task/ledger.py\", line 112, in post\n    raise LedgerClosedError(f\"period {period} is closed\")\nledger.LedgerClosedError: period 2027-05 is closed\n\naws_lambda_powertools.utilities.batch.exceptions.BatchProcessingError: All records failed processing. %d individual errors logged separately below." % n,
              queue="ledger-entries", batch_size=n)


def g_reconcile_timeout(R):
    return "%s %s Task timed out after %.2f seconds" % (iso(R, 3), reqid(R), R.uniform(900.0, 900.2))


def pino(R, level, msg, **kv):
    d = {"level": level, "time": int(epoch(R) * 1000), "pid": 1, "hostname": "ip-%s.ec2.internal" % ip10(R).replace(".", "-"), "worker": "geocode-activity"}
    d.update(kv)
    d["msg"] = msg
    return json.dumps(d, separators=(",", ":"))


ACT = "arn:aws:states:us-east-1:111122223333:activity:"


def g_sfn_heartbeat(R):
    return pino(R, 50, "heartbeat failed, abandoning task",
                taskToken="AAAAKgAAAAIAAAAAAAAAA%s" % alnum(R, 60),
                err={"type": "TaskTimedOut", "message": "Task Timed Out: 'Provided task does not exist anymore'", "name": "TaskTimedOut", "$metadata": {"httpStatusCode": 400, "requestId": uuid(R), "attempts": 1}},
                shipment="shp_%s" % alnum(R, 10))


def g_sfn_activity_missing(R):
    lvl = pick(R, [50, 50, 60])
    return pino(R, lvl, "GetActivityTask failed" if lvl == 50 else "poller stopped after repeated GetActivityTask failures",
                activityArn=ACT + "geocode-address-v2",
                err={"type": "ActivityDoesNotExist", "message": "Activity Does Not Exist: '%sgeocode-address-v2'" % ACT, "name": "ActivityDoesNotExist", "$metadata": {"httpStatusCode": 400, "requestId": uuid(R)}})


def n_pt_info(R):
    fn = pick(R, ["payments-capture", "refunds-api", "orders-create", "ledger-ingest"])
    return pt(R, pick(R, ["INFO", "INFO", "DEBUG"]), fn.split("-")[0], fn, "handler:%d" % R.randint(20, 90), pick(R, [
        "capture accepted for pay_%s (amount %d)" % (alnum(R, 14), R.randint(100, 90000)),
        "duplicate delivery, returning the stored response for idempotency key %s" % idem_key(R, fn),
        "batch done: %d records, 0 failures" % R.randint(1, 10),
        "Idempotency record for %s expired; processing as a new request" % idem_key(R, fn),
        "refund rf_%s created" % alnum(R, 12)]))


def n_pt_warn(R):
    return pt(R, "WARNING", "ledger", "ledger-ingest", "record_handler:%d" % R.randint(40, 60), "record %s failed (%s), reported in batchItemFailures for redelivery" % (uuid(R), pick(R, ["period 2027-05 is closed", "account acc_%s not found" % alnum(R, 8), "Throttling"])),
              queue="ledger-entries")


def n_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.9:
        return lambda_report(R, init=R.random() < 0.2)
    return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:%s" % (R.randint(20, 40), hexs(R, 64))


def n_pino_info(R):
    return pino(R, pick(R, [30, 30, 20]), pick(R, ["polling for activity task", "task received", "task completed, SendTaskSuccess sent",
                                                   "GetActivityTask returned no task after 60s long poll", "heartbeat sent"]),
                activityArn=ACT + "geocode-address-v2", elapsedMs=R.randint(3, 60000))


def n_pino_warn(R):
    return pino(R, 40, "address could not be geocoded, reported with SendTaskFailure", error="Geocode.NoMatch", cause="no match for postcode %s" % pick(R, ["ZZ1 9ZZ", "00000", "99999-000", "XX-%d" % R.randint(100, 999)]),
                shipment="shp_%s" % alnum(R, 10))


def powertools_idempotency_sfn_activity(R):
    groups = [
        ("capture-idempotency-already-in-progress", g_idem_inprogress),
        ("refunds-idempotency-payload-mismatch", g_idem_validation),
        ("orders-idempotency-table-put-denied", g_idem_persistence),
        ("webhooks-idempotency-key-missing", g_idem_key_missing),
        ("ledger-batch-all-records-failed", g_batch_all_failed),
        ("reconcile-task-timed-out", g_reconcile_timeout),
        ("geocode-worker-heartbeat-task-timed-out", g_sfn_heartbeat),
        ("geocode-worker-activity-does-not-exist", g_sfn_activity_missing),
    ]
    negs = [n_pt_info, n_pt_warn, n_platform, n_pino_info, n_pino_warn]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- kotlin-webflux-resilience4j
# Kotlin 2 services on ECS: Spring Boot 3 WebFlux with coroutines, R2DBC PostgreSQL, Resilience4j,
# logging through logstash-logback-encoder (JSON: `@timestamp`, `level`, `level_value`, `stack_trace`),
# and the reactor-netty access log on the same stream.
F2 = "kotlin-webflux-resilience4j"


def kts(R):
    return "2027-06-%02dT%s.%s+00:00" % (day(R), hms(R), ms(R))


def lb(R, level, logger, msg, thread=None, stack=None, **kv):
    d = {"@timestamp": kts(R), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": thread or pick(R, ["reactor-http-epoll-%d" % R.randint(1, 8), "DefaultDispatcher-worker-%d" % R.randint(1, 64)]),
         "level": level, "level_value": {"ERROR": 40000, "WARN": 30000, "INFO": 20000, "DEBUG": 10000}[level]}
    if stack:
        d["stack_trace"] = stack
    d.update(kv)
    d["traceId"] = hexs(R, 32)
    return jd(d)


def g_cb_open(R):
    sku = "SKU-%d" % R.randint(10000, 99999)
    return lb(R, "ERROR", "com.example.catalog.PriceHandler", "price lookup failed for %s and no cached price is available" % sku,
              stack="io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'pricing' is OPEN and does not permit further calls\n\tat io.github.resilience4j.circuitbreaker.CallNotPermittedException.createCallNotPermittedException(CallNotPermittedException.java:48)\n\tat io.github.resilience4j.kotlin.circuitbreaker.CircuitBreakerKt.executeSuspendFunction(CircuitBreaker.kt:%d)\n\tat com.example.catalog.PricingClient.price(PricingClient.kt:41)\n" % pick(R, [30, 30]))


def g_bulkhead(R):
    return lb(R, "ERROR", "com.example.reports.ReportController", "report %s rejected" % uuid(R),
              stack="io.github.resilience4j.bulkhead.BulkheadFullException: Bulkhead 'reports' is full and does not permit further calls\n\tat io.github.resilience4j.bulkhead.BulkheadFullException.createBulkheadFullException(BulkheadFullException.java:49)\n\tat io.github.resilience4j.kotlin.bulkhead.BulkheadKt.executeSuspendFunction(Bulkhead.kt:%d)\n\tat com.example.reports.ReportController.generate(ReportController.kt:57)\n" % pick(R, [36, 36]))


def g_r2dbc_acquire(R):
    return lb(R, "ERROR", "org.springframework.web.server.adapter.HttpWebHandlerAdapter", "[%s-%d] 500 Server Error for HTTP GET \"/orders/%s\"" % (hexs(R, 8), R.randint(1, 9000), uuid(R)),
              stack="org.springframework.dao.DataAccessResourceFailureException: Failed to obtain R2DBC Connection\n\tat org.springframework.r2dbc.connection.ConnectionFactoryUtils.lambda$getConnection$0(ConnectionFactoryUtils.java:90)\nCaused by: io.r2dbc.spi.R2dbcTimeoutException: Connection acquisition timed out after %dms\n\tat io.r2dbc.pool.ConnectionPool.lambda$new$7(ConnectionPool.java:%d)\n" % (pick(R, [10000, 10000]), pick(R, [140, 140])))


def g_coroutine_timeout(R):
    ms_ = pick(R, [2000, 2000])
    return lb(R, "ERROR", "com.example.checkout.CheckoutService", "reserve stock for cart %s" % uuid(R), thread="DefaultDispatcher-worker-%d" % R.randint(1, 64),
              stack="kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for %d ms\n\tat kotlinx.coroutines.TimeoutKt.TimeoutCancellationException(Timeout.kt:189)\n\tat kotlinx.coroutines.TimeoutCoroutine.run(Timeout.kt:157)\n\tat com.example.checkout.InventoryClient.reserve(InventoryClient.kt:%d)\n" % (ms_, pick(R, [64, 64])))


def g_shipping_503(R):
    return lb(R, "ERROR", "com.example.checkout.ShippingQuotes", "shipping quote failed for cart %s" % uuid(R),
              stack="org.springframework.web.reactive.function.client.WebClientResponseException$ServiceUnavailable: 503 Service Unavailable from POST http://shipping.internal:8080/v1/quotes\n\tat org.springframework.web.reactive.function.client.WebClientResponseException.create(WebClientResponseException.java:%d)\n\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: \nError has been observed at the following site(s):\n\t*__checkpoint ⇢ 503 SERVICE_UNAVAILABLE from POST http://shipping.internal:8080/v1/quotes [DefaultWebClient]\n" % pick(R, [324, 324]))


def g_kotlin_param(R):
    return lb(R, "ERROR", "com.example.orders.OrderEventsListener", "cannot deserialize OrderPlaced message %s from queue orders-placed" % uuid(R), thread="sqs-listener-%d" % R.randint(1, 8),
              stack="com.fasterxml.jackson.module.kotlin.MissingKotlinParameterException: Instantiation of [simple type, class com.example.orders.OrderLine] value failed for JSON property sku due to missing (therefore NULL) value for creator parameter sku which is a non-nullable type\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: %d] (through reference chain: com.example.orders.OrderPlaced[\"lines\"]->java.util.ArrayList[%d]->com.example.orders.OrderLine[\"sku\"])\n" % (R.randint(80, 900), R.randint(0, 12)))


def g_dropped(R):
    return lb(R, "ERROR", "reactor.core.publisher.Operators", "Operator called default onErrorDropped", thread="sdk-async-response-%d-%d" % (R.randint(0, 3), R.randint(0, 40)),
              stack="reactor.core.Exceptions$ErrorCallbackNotImplemented: software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException: The specified queue does not exist. (Service: Sqs, Status Code: 400, Request ID: %s)\nCaused by: software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException: The specified queue does not exist. (Service: Sqs, Status Code: 400, Request ID: %s)\n\tat com.example.audit.AuditPublisher.publish(AuditPublisher.kt:33)\n" % ((lambda u: (u, u))(uuid(R))))


def g_direct_mem(R):
    used = R.randint(520000000, 536870000)
    return lb(R, "ERROR", "reactor.netty.http.server.HttpServerOperations", "[%s, L:/%s:8080 - R:/%s:%d] Error starting response. Replying error status" % (hexs(R, 8), ip10(R), ip10(R), port(R)),
              stack="io.netty.util.internal.OutOfDirectMemoryError: failed to allocate 16777216 byte(s) of direct memory (used: %d, max: 536870912)\n\tat io.netty.util.internal.PlatformDependent.incrementMemoryCounter(PlatformDependent.java:%d)\n" % (used, pick(R, [843, 843])))


def n_cancel_debug(R):
    return lb(R, "DEBUG", "com.example.checkout.CheckoutService", "client went away, cancelling cart %s pipeline" % uuid(R),
              stack="kotlinx.coroutines.JobCancellationException: StandaloneCoroutine was cancelled; job=StandaloneCoroutine{Cancelling}@%s\n" % hexs(R, 7))


def n_cb_state(R):
    return lb(R, pick(R, ["WARN", "INFO"]), "com.example.resilience.CircuitBreakerEvents", pick(R, [
        "CircuitBreaker 'pricing' changed state from %s" % pick(R, ["CLOSED to OPEN", "OPEN to HALF_OPEN", "HALF_OPEN to CLOSED"]),
        "CircuitBreaker 'pricing' recorded an error: 'java.util.concurrent.TimeoutException: Did not observe any item or terminal signal within %dms in 'circuitBreaker' (and no fallback has been configured)'. Elapsed time: %d ms" % (800, R.randint(800, 900)),
        "Retry 'inventory' recorded a failed retry attempt. Number of retry attempts: '%d'. Waiting PT0.5S until the next attempt. Last exception was: io.netty.channel.ConnectTimeoutException: connection timed out: inventory.internal/%s:8080" % (R.randint(1, 2), ip10(R)),
        "fallback used for pricing: serving cached price list (age %ds)" % R.randint(1, 300)]))


def n_access(R):
    return "%s - - [%02d/Jun/2027:%s +0000] \"%s %s HTTP/1.1\" %d %d %d" % (ip10(R), day(R), hms(R), pick(R, ["GET", "POST"]), pick(R, ["/actuator/health", "/orders/%s" % uuid(R), "/carts/%s/checkout" % uuid(R), "/catalog/SKU-%d/price" % R.randint(10000, 99999)]),
                                                                  pick(R, [200, 200, 201, 204, 400, 404, 409, 429]), R.randint(2, 9000), R.randint(1, 3000))


def n_info(R):
    return lb(R, "INFO", pick(R, ["org.springframework.boot.web.embedded.netty.NettyWebServer", "com.example.checkout.CheckoutService", "com.example.orders.OrderEventsListener", "org.springframework.boot.actuate.health"]), pick(R, [
        "Netty started on port 8080 (http)",
        "cart %s checked out in %d ms" % (uuid(R), R.randint(20, 2000)),
        "consumed %d OrderPlaced messages, 0 failed" % R.randint(1, 10),
        "health: r2dbc UP, circuitBreakers UP (failedCalls=0)",
        "Started CheckoutApplicationKt in %.3f seconds (process running for %.3f)" % (R.uniform(2, 9), R.uniform(3, 11))]))


def n_warn(R):
    v = R.random()
    if v < 0.34:
        return lb(R, "WARN", "org.springframework.web.server.adapter.HttpWebHandlerAdapter", "[%s-%d] 400 Bad Request for HTTP POST \"/carts/%s/checkout\": Validation failed for argument [0]: quantity must be greater than 0" % (hexs(R, 8), R.randint(1, 9000), uuid(R)))
    if v < 0.67:
        return lb(R, "WARN", "com.example.checkout.ShippingQuotes", "shipping quote took %d ms, returning the flat rate" % R.randint(1500, 5000))
    return lb(R, "WARN", "io.r2dbc.pool.ConnectionPool", "Pool 'r2dbc' has %d pending acquisitions" % R.randint(1, 40))


def kotlin_webflux_resilience4j(R):
    groups = [
        ("catalog-pricing-circuit-open", g_cb_open),
        ("reports-bulkhead-full", g_bulkhead),
        ("orders-r2dbc-acquire-timeout", g_r2dbc_acquire),
        ("checkout-inventory-reserve-timeout", g_coroutine_timeout),
        ("checkout-shipping-503", g_shipping_503),
        ("orders-listener-missing-sku", g_kotlin_param),
        ("audit-publisher-queue-missing-dropped", g_dropped),
        ("gateway-netty-direct-memory", g_direct_mem),
    ]
    negs = [n_cancel_debug, n_cb_state, n_access, n_info, n_warn]
    return build(R, F2, groups, negs)


FAMILIES = {F1: powertools_idempotency_sfn_activity, F2: kotlin_webflux_resilience4j}
