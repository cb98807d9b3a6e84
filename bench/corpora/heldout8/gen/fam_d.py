"""Families: graphql-gateways, elt-airbyte-meltano."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- graphql-gateways
F1 = "graphql-gateways"

SUBGRAPHS = ["products", "inventory", "reviews", "accounts", "payments"]


def nts(R):
    return "2027-01-%02dT%s.%09dZ" % (day(R), hms(R), R.randint(0, 999999999))


def router(R, level, target, msg, **kw):
    d = {"timestamp": nts(R), "level": level, "message": msg, "target": target}
    d.update(kw)
    if R.random() < 0.6:
        d["span"] = {"name": "subgraph" if "subgraph" in kw.get("subgraph_name", "subgraph") else "router"}
        d["trace_id"] = hexs(R, 32)
    return jd(d)


def hts(R):
    return "2027-01-%02dT%s.%s+0000" % (day(R), hms(R), ms(R))


def hasura(R, level, typ, detail):
    return jd({"detail": detail, "level": level, "timestamp": hts(R), "type": typ})


def http_info(R, status, url="/v1/graphql"):
    return {"content_encoding": None, "http_version": "HTTP/1.1", "ip": ip10(R), "method": "POST", "status": status, "url": url}


def cosmo(R, level, msg, **kw):
    d = {"level": level, "time": "2027-01-%02dT%s.%sZ" % (day(R), hms(R), ms(R)), "caller": kw.pop("caller", "core/graph_server.go:%d" % R.randint(300, 900)), "msg": msg}
    d.update(kw)
    d["hostname"] = "cosmo-router-%s-%s" % (lower(R, 9), lower(R, 5))
    d["pid"] = 1
    d["component"] = "@wundergraph/router"
    return jd(d)


def g_router_inventory_refused(R):
    return router(R, "ERROR", "apollo_router::services::subgraph_service",
                  "fetch_error: HTTP fetch failed from 'inventory': error trying to connect: tcp connect error: Connection refused (os error 111)",
                  subgraph_name="inventory", code="SUBREQUEST_HTTP_ERROR")


def g_router_reviews_malformed(R):
    return router(R, "ERROR", "apollo_router::query_planner::fetch",
                  "service 'reviews' response was malformed: graphql response without data must contain at least one error",
                  subgraph_name="reviews", code="SUBREQUEST_MALFORMED_RESPONSE", operation_name=pick(R, ["ProductPage", "ProductReviews", "TopRated"]))


def g_router_uplink(R):
    return router(R, "ERROR", "apollo_router::uplink",
                  "fetch failed from all endpoints: error downloading the schema from Uplink: HTTP status client error (401 Unauthorized) for url (https://uplink.api.apollographql.com/)",
                  attempt=R.randint(1, 40))


def g_router_config(R):
    n = pick(R, [14, 15, 16])
    return "\n".join([
        "%s ERROR router failed to start: configuration had errors: " % nts(R),
        "1. at line %d" % n,
        "",
        "  supergraph:",
        "    listen: 0.0.0.0:4000",
        "┌   introspecton: false",
        "└-----> Additional properties are not allowed ('introspecton' was unexpected)",
        "",
    ])


def g_router_coprocessor(R):
    return router(R, "ERROR", "apollo_router::plugins::coprocessor",
                  "external extensibility error: coprocessor request to http://authz-coprocessor.gateway.svc:8081 failed: request timed out after %dms" % pick(R, [500, 500, 501]),
                  stage="RouterRequest")


def g_router_jwks(R):
    return router(R, "ERROR", "apollo_router::plugins::authentication::jwks",
                  "could not retrieve JWKS set from https://auth.example.com/.well-known/jwks.json: error decoding response body: expected value at line 1 column 1",
                  retry_in_s=pick(R, [30, 60]))


def g_hasura_pg_conn(R):
    return hasura(R, "error", "http-log", {
        "operation": {"error": {"code": "postgres-error", "error": "connection error", "internal": "connection to server at \"orders-db.internal\" (%s), port 5432 failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections" % ip10(R), "path": "$"},
                      "query": {"operationName": pick(R, ["OrdersByCustomer", "OpenCarts", "OrderDetail"])}, "request_id": uuid(R), "request_mode": "error", "response_size": R.randint(150, 400),
                      "user_vars": {"x-hasura-role": "customer", "x-hasura-user-id": str(R.randint(1000, 999999))}},
        "request_id": uuid(R), "http_info": http_info(R, 500)})


def g_hasura_event_webhook(R):
    return hasura(R, "error", "event-trigger", {
        "event_id": uuid(R), "trigger_name": "order_created_to_fulfilment", "table": {"schema": "public", "name": "orders"},
        "webhook_url": "https://fulfilment.internal/hooks/order-created",
        "response": {"status": 500, "body": "{\"error\":\"upstream warehouse API unavailable\"}", "headers": []},
        "tries": R.randint(1, 5), "next_retry_at": hts(R)})


def g_hasura_action(R):
    return hasura(R, "error", "http-log", {
        "operation": {"error": {"code": "unexpected", "error": "http exception when calling webhook", "internal": {"type": "http_exception", "message": "ResponseTimeout",
                                                                                                               "request": {"url": "https://pricing.internal/actions/quote", "method": "POST"}}, "path": "$"},
                      "query": {"operationName": "GetShippingQuote"}, "request_id": uuid(R), "request_mode": "error", "response_size": R.randint(100, 300)},
        "request_id": uuid(R), "http_info": http_info(R, 200)})


def g_hasura_startup(R):
    return hasura(R, "error", "startup", {
        "kind": "schema-cache-init", "info": {"code": "unexpected", "error": "cannot continue due to inconsistent metadata",
                                              "internal": [{"definition": {"name": "invoices", "schema": "billing"}, "reason": "Inconsistent object: no such table/view exists in source: \"billing.invoices\"", "type": "table"}]}})


def g_cosmo_subgraph_timeout(R):
    return cosmo(R, "error", "Failed to fetch from Subgraph", caller="core/transport.go:%d" % pick(R, [212, 213]), request_id=uuid(R), subgraph_name="payments",
                 subgraph_id=uuid(R), error="Post \"http://payments.graph.svc:4001/graphql\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)")


def g_cosmo_config_poll(R):
    return cosmo(R, "error", "Could not get latest router config, trying again in 10s", caller="controlplane/configpoller/config_poller.go:%d" % 92,
                 error="failed to fetch router config: unauthenticated: invalid graph token", interval="10s")


def g_cosmo_plan(R):
    return cosmo(R, "error", "failed to plan operation", caller="core/operation_planner.go:%d" % 118, request_id=uuid(R), operation_name="CheckoutSummary",
                 error="external: field 'loyaltyPoints' on type 'Customer' is resolvable by subgraph 'accounts' but its key fields are not available, locations: [], path: [query,checkout,customer]")


def n_router_info(R):
    return pick(R, [
        router(R, "INFO", "apollo_router::executable", "Apollo Router v1.59.%d // (c) Apollo Graph, Inc. // Licensed as ELv2 (https://go.apollo.dev/elv2)" % R.randint(0, 2)),
        router(R, "INFO", "apollo_router::axum_factory::axum_http_server_factory", "GraphQL endpoint exposed at http://0.0.0.0:4000/ \U0001F680"),
        router(R, "INFO", "apollo_router::state_machine", "reload complete", schema_id=hexs(R, 64)),
        router(R, "INFO", "apollo_router::plugins::telemetry", "subgraph request completed", subgraph_name=pick(R, SUBGRAPHS), http_status=200, errors=0, duration_ms=R.randint(1, 900)),
    ])


def n_router_warn(R):
    return pick(R, [
        router(R, "WARN", "apollo_router::services::subgraph_service", "subgraph '%s' slow: request took %dms (threshold 2000ms)" % (pick(R, SUBGRAPHS), R.randint(2001, 9000))),
        router(R, "WARN", "apollo_router::plugins::traffic_shaping", "retrying subgraph request after error: connection reset by peer (attempt %d of 3)" % R.randint(1, 2), subgraph_name=pick(R, SUBGRAPHS)),
    ])


def n_router_client_error(R):
    return router(R, "INFO", "apollo_router::services::supergraph::service", "graphql request errors: GraphQL validation error: Cannot query field \"%s\" on type \"%s\"." % (
        pick(R, ["priceCents", "sku_id", "averageRating"]), pick(R, ["Product", "Review"])), code="GRAPHQL_VALIDATION_FAILED", client_name=pick(R, ["web", "ios", "android"]))


def n_hasura_ok(R):
    return hasura(R, "info", "http-log", {
        "operation": {"query_execution_time": R.uniform(0.0005, 0.9), "user_vars": {"x-hasura-role": pick(R, ["customer", "admin", "support"])}, "error": None,
                      "request_id": uuid(R), "parameterized_query_hash": hexs(R, 40), "response_size": R.randint(60, 90000),
                      "query": {"operationName": pick(R, ["OrdersByCustomer", "OpenCarts", "OrderDetail", "CatalogPage"])}},
        "request_id": uuid(R), "http_info": http_info(R, 200)})


def n_hasura_validation(R):
    return hasura(R, "info", "http-log", {
        "operation": {"error": {"code": pick(R, ["validation-failed", "constraint-violation", "invalid-jwt"]), "error": pick(R, [
            "field 'discountCode' not found in type: 'orders_insert_input'", "Uniqueness violation. duplicate key value violates unique constraint \"carts_user_id_key\"",
            "Could not verify JWT: JWTExpired"]), "path": "$.selectionSet.insert_orders_one.args.object"},
                      "request_id": uuid(R), "response_size": R.randint(100, 300), "query": {"operationName": pick(R, ["PlaceOrder", "CreateCart", "Me"])}},
        "request_id": uuid(R), "http_info": http_info(R, 200)})


def n_hasura_misc(R):
    return pick(R, [
        hasura(R, "info", "event-trigger", {"event_id": uuid(R), "trigger_name": "order_created_to_fulfilment", "response": {"status": 200}, "tries": 1}),
        hasura(R, "warn", "metadata", {"message": "Inconsistent Metadata!", "info": {"objects": [{"definition": {"name": "legacy_coupons", "schema": "public"}, "reason": "Inconsistent object: no such table/view exists in source", "type": "table"}]}}),
        hasura(R, "info", "websocket-log", {"event": {"type": pick(R, ["accepted", "closed"])}, "connection_info": {"websocket_id": uuid(R), "jwt_expiry": None, "msg": None}, "user_vars": None}),
        hasura(R, "info", "startup", {"kind": "server_configuration", "info": {"port": 8080, "server_host": "*", "enable_console": False, "enabled_log_types": ["startup", "http-log", "webhook-log", "websocket-log", "query-log"]}}),
        hasura(R, "info", "schema-sync", {"thread_type": "processor", "info": "Schema sync processed metadata resource version %d, 0 errors" % R.randint(10, 900)}),
    ])


def n_cosmo_info(R):
    return pick(R, [
        cosmo(R, "info", "Router started", config_version=uuid(R), listen_addr="0.0.0.0:3002"),
        cosmo(R, "info", "Config poller: router config is up to date", caller="controlplane/configpoller/config_poller.go:%d" % 120, config_version=uuid(R)),
        cosmo(R, "warn", "Subgraph response contained errors; passing through to client", caller="core/graphql_handler.go:%d" % 301, subgraph_name=pick(R, SUBGRAPHS), errors=R.randint(1, 3)),
        cosmo(R, "info", "request completed", caller="core/access_log.go:%d" % 88, status=pick(R, [200, 200, 200, 400]), latency="%dms" % R.randint(2, 900), operation_name=pick(R, ["CheckoutSummary", "ProductPage"])),
    ])


def graphql_gateways(R):
    groups = [
        ("router-inventory-connection-refused", g_router_inventory_refused),
        ("router-reviews-malformed-response", g_router_reviews_malformed),
        ("router-uplink-schema-401", g_router_uplink),
        ("router-config-introspection-typo", g_router_config, 3),
        ("router-authz-coprocessor-timeout", g_router_coprocessor),
        ("router-jwks-decode-error", g_router_jwks),
        ("hasura-orders-db-connection-slots", g_hasura_pg_conn),
        ("hasura-order-created-webhook-500", g_hasura_event_webhook),
        ("hasura-shipping-quote-action-timeout", g_hasura_action),
        ("hasura-startup-inconsistent-metadata", g_hasura_startup, 8),
        ("cosmo-payments-subgraph-timeout", g_cosmo_subgraph_timeout),
        ("cosmo-config-poll-invalid-graph-token", g_cosmo_config_poll),
        ("cosmo-checkout-summary-plan-failed", g_cosmo_plan),
    ]
    negs = [n_router_info, n_router_warn, n_router_client_error, n_hasura_ok, n_hasura_validation, n_hasura_misc, n_cosmo_info]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- elt-airbyte-meltano
F2 = "elt-airbyte-meltano"


def ats(R):
    return "2027-01-%02d %s" % (day(R), hms(R))


def ab(R, prefix, msg):
    return "%s %s > %s" % (ats(R), prefix, msg)


def abj(R, level, logger, msg):
    return "%s %s %s - %s" % (ats(R), level, logger, msg)


def mts(R):
    return "2027-01-%02dT%s.%06dZ" % (day(R), hms(R), R.randint(0, 999999))


def mel(R, level, msg, **kw):
    s = "%s [%-9s] %-32s" % (mts(R), level, msg)
    if kw:
        s += " " + " ".join("%s=%s" % (k, v) for k, v in kw.items())
    return s.rstrip()


def wrap(R, plugin, inner, stdio="stderr"):
    """Meltano relaying a plugin's stderr line at its own [info] level."""
    return mel(R, "info", inner, cmd_type="elb", consumer=str(plugin.startswith("target")), name=plugin,
               producer=str(plugin.startswith("tap")), stdio=stdio, string_id=plugin)


def sdk(R, level, plugin, msg):
    return "2027-01-%02d %s,%s | %-8s | %-20s | %s" % (day(R), hms(R), ms(R), level, plugin, msg)


def g_ab_sync_failed(R):
    return "\n".join([
        abj(R, "ERROR", "i.a.w.g.BufferedReplicationWorker(run):%d" % pick(R, [209, 210]), "Sync worker failed."),
        "io.airbyte.workers.internal.exception.DestinationException: Destination process exited with non-zero exit code 1",
        "\tat io.airbyte.workers.general.BufferedReplicationWorker.readFromDestination(BufferedReplicationWorker.java:%d) ~[io.airbyte-airbyte-commons-worker-0.63.%d.jar:?]" % (pick(R, [496, 500]), R.randint(1, 9)),
        "\tat java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804) [?:?]",
        "\tat java.base/java.lang.Thread.run(Thread.java:1583) [?:?]",
        "Caused by: io.airbyte.workers.exception.WorkerException: Destination process exit with code 1. This warning is normal if the job was cancelled.",
    ])


def g_ab_pg_slot(R):
    return ab(R, "source", "ERROR i.a.c.i.b.AirbyteExceptionHandler(uncaughtException):%d Something went wrong in the connector. See the logs for more details. org.postgresql.util.PSQLException: ERROR: replication slot \"airbyte_slot\" does not exist (sync %d, attempt %d)" % (
        pick(R, [64, 65]), R.randint(1000, 99999), R.randint(1, 5)))


def g_ab_snowflake_auth(R):
    return ab(R, "destination", "ERROR i.a.c.i.b.AirbyteExceptionHandler(uncaughtException):%d Something went wrong in the connector. net.snowflake.client.jdbc.SnowflakeSQLException: Incorrect username or password was specified. (user AIRBYTE_LOADER, account example-xy12345)" % pick(R, [64, 65]))


def g_ab_hubspot_trace(R):
    return ab(R, "source", jd({"type": "TRACE", "trace": {"type": "ERROR", "emitted_at": float(R.randint(1799020800000, 1799539200000)), "error": {
        "message": "Access token is invalid or expired. Please re-authenticate the HubSpot source.",
        "internal_message": "401 Client Error: Unauthorized for url: https://api.hubapi.com/crm/v3/objects/contacts?limit=100&after=%d" % R.randint(1000, 10**7),
        "failure_type": "config_error", "stack_trace": "Traceback (most recent call last):\n  File \"/airbyte/integration_code/source_hubspot/streams.py\", line %d, in _read_stream_records\n" % pick(R, [1063, 1064])}}}))


def g_ab_mysql_binlog(R):
    return ab(R, "source", "ERROR i.d.e.EmbeddedEngine(run):%d Error while trying to run connector class 'io.debezium.connector.mysql.MySqlConnector'  The connector is trying to read binlog starting at SourceInfo [currentGtid=null, currentBinlogFilename=mysql-bin-changelog.%06d, currentBinlogPosition=%d, currentRowNumber=0, serverId=0, sourceTime=null, threadId=-1, currentQuery=null, tableIds=[], databaseName=null], but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed." % (
        pick(R, [1003, 1005]), R.randint(1000, 400000), R.randint(4, 90000000)))


def g_ab_launcher_pull(R):
    return abj(R, "ERROR", "i.a.w.l.p.h.FailureHandler(apply):%d" % 39, "Pipeline Error for workload %s_%d_%d_sync: io.airbyte.workload.launcher.pipeline.stages.model.StageError: io.airbyte.workers.exception.KubeClientException: Failed to create pod replication-job-%d-attempt-%d: image pull failed for airbyte/destination-bigquery:2.9.%d (ErrImagePull: manifest unknown)" % (
        uuid(R), R.randint(100, 9999), R.randint(0, 5), R.randint(100, 9999), R.randint(0, 5), R.randint(90, 99)))


def g_mel_extract_failed(R):
    return mel(R, "error", "Extraction failed", code=1, message="tap-github exited with code %d" % 1)


def g_mel_github_critical(R):
    inner = "%s | CRITICAL | tap-github           | 403 Client Error: rate limit exceeded for path: /repos/example-org/%s/issues. Reason: API rate limit exceeded for installation ID %d." % (
        "2027-01-%02d %s,%s" % (day(R), hms(R), ms(R)), pick(R, ["platform", "web", "infra", "mobile"]), 41823077)
    return wrap(R, "tap-github", inner)


def g_mel_load_failed(R):
    return mel(R, "error", "Loading failed", code=1, message="target-postgres: psycopg2.errors.InsufficientPrivilege: permission denied for schema raw_github")


def g_mel_plugin_missing(R):
    return "\n".join([
        mel(R, "error", "Cannot start plugin tap-shopify: Executable 'tap-shopify' could not be found. Extractor 'tap-shopify' may not have been installed yet using `meltano install extractor tap-shopify`, or the executable name may be incorrect."),
        "Run invocation could not be completed as block failed: Cannot start plugin tap-shopify: Executable 'tap-shopify' could not be found.",
    ])


def g_sdk_validation(R):
    return sdk(R, "ERROR", "target-snowflake", "Record Message Validation Error: '%s' is not of type 'integer' (stream=orders, property=quantity, record %d)" % (pick(R, ["2.0", "N/A", "", "twelve", "1e3"]), R.randint(1, 900000)))


def g_pw_pk_missing(R):
    return "time=2027-01-%02d %s name=target_snowflake level=CRITICAL message=Primary key is set to mandatory but not defined in the [%s] stream" % (
        day(R), hms(R), pick(R, ["public-refund_events", "public-refund_events"]))


def g_singer_state_decode(R):
    c = R.randint(200, 90000)
    err = pick(R, ["Expecting value: line 1 column 1 (char 0)",
                   "Unterminated string starting at: line 1 column %d (char %d)" % (c + 1, c),
                   "Expecting ',' delimiter: line 1 column %d (char %d)" % (c + 1, c)])
    return "\n".join([
        "CRITICAL %s" % err,
        "Traceback (most recent call last):",
        "  File \"/usr/local/bin/tap-zendesk\", line 8, in <module>",
        "    sys.exit(main())",
        "  File \"/usr/local/lib/python3.11/site-packages/singer/utils.py\", line %d, in wrapped" % pick(R, [235, 229]),
        "    return fnc(*args, **kwargs)",
        "  File \"/usr/local/lib/python3.11/site-packages/singer/utils.py\", line %d, in parse_args" % 168,
        "    args.state = load_json(args.state)",
        "json.decoder.JSONDecodeError: %s" % err,
    ])


def n_ab_info(R):
    return pick(R, [
        ab(R, "replication-orchestrator", "Records read: %d (%d MB)" % (R.randint(1000, 9 * 10**6), R.randint(1, 9000))),
        ab(R, "replication-orchestrator", "Stream status TRACE received of status: COMPLETE for stream %s" % pick(R, ["public:orders", "public:customers", "contacts"])),
        ab(R, "platform", "Docker volume job log path: /tmp/workspace/%d/%d/logs.log" % (R.randint(100, 9999), R.randint(0, 5))),
        ab(R, "platform", "Executing worker wrapper. Airbyte version: 0.63.%d" % R.randint(1, 9)),
        ab(R, "source", "INFO i.a.c.i.s.j.AbstractJdbcSource(queryTableFullRefresh):%d Queueing query for table: orders" % 98),
        abj(R, "INFO", "i.a.w.g.BufferedReplicationWorker(run):%d" % 236, "sync summary: {\"status\" : \"completed\", \"recordsSynced\" : %d, \"bytesSynced\" : %d, \"failures\" : [ ]}" % (R.randint(0, 10**6), R.randint(0, 10**9))),
    ])


def n_ab_warn(R):
    return pick(R, [
        abj(R, "WARN", "i.a.c.i.LineGobbler(voidCall):%d" % 166, "airbyte-source gobbler IOException: Stream closed. Typically happens when cancelling a job."),
        abj(R, "WARN", "i.a.w.g.BufferedReplicationWorker(run):%d" % 289, "State capture: No new state, falling back on input state"),
        ab(R, "source", "INFO ... Backing off _send(...) for %.1fs (airbyte_cdk.sources.streams.http.exceptions.DefaultBackoffException: Request URL: https://api.hubapi.com/crm/v3/objects/deals, Response Code: 429, Response Text: rate limited)" % R.uniform(1, 30)),
        ab(R, "destination", "WARN i.a.i.d.s.SnowflakeInternalStagingSqlOperations: retrying COPY after error: JDBC driver internal error (attempt %d/3)" % R.randint(1, 2)),
    ])


def n_mel_info(R):
    return pick(R, [
        mel(R, "info", "Environment 'prod' is active"),
        mel(R, "info", "Performing full refresh, ignoring state left behind by any previous runs."),
        mel(R, "warning", "No state was found, complete import."),
        mel(R, "info", "Block run completed.", block_type="ExtractLoadBlocks", err="None", set_number=0, success="True"),
        mel(R, "info", "Incremental state has been updated at %s." % mts(R)),
        wrap(R, "tap-github", "%s | INFO     | tap-github           | Beginning incremental sync of 'issues' with context: {'org': 'example-org', 'repo': '%s'}..." % ("2027-01-%02d %s,%s" % (day(R), hms(R), ms(R)), pick(R, ["platform", "web", "infra"]))),
        wrap(R, "tap-github", "%s | INFO     | singer_sdk.metrics   | METRIC: {\"type\": \"counter\", \"metric\": \"record_count\", \"value\": %d, \"tags\": {\"stream\": \"issues\", \"pid\": %d}}" % ("2027-01-%02d %s,%s" % (day(R), hms(R), ms(R)), R.randint(0, 9000), R.randint(10, 9999))),
        wrap(R, "target-postgres", "%s | INFO     | target-postgres      | Target sink for 'issues' is full. Current size is '10000'. Draining..." % ("2027-01-%02d %s,%s" % (day(R), hms(R), ms(R)))),
    ])


def n_sdk_info(R):
    return pick(R, [
        sdk(R, "INFO", "tap-zendesk", "Beginning full_table sync of 'tickets'..."),
        sdk(R, "INFO", "tap-stripe", "Skipped %d records with errors=0 for stream 'charges'" % R.randint(0, 90)),
        sdk(R, "WARNING", "tap-postgres", "Properties ('%s',) were present in the 'orders' stream but not found in catalog schema. Ignoring." % pick(R, ["_sdc_extracted_at", "error_message", "legacy_id"])),
        sdk(R, "INFO", "singer_sdk.metrics", "METRIC: {\"type\": \"timer\", \"metric\": \"http_request_duration\", \"value\": %.6f, \"tags\": {\"stream\": \"charges\", \"endpoint\": \"/v1/charges\", \"http_status_code\": %d, \"status\": \"succeeded\"}}" % (R.uniform(0.05, 3), 200)),
        "INFO METRIC: {\"type\": \"counter\", \"metric\": \"record_count\", \"value\": %d, \"tags\": {\"endpoint\": \"tickets\"}}" % R.randint(0, 9000),
        "time=2027-01-%02d %s name=target_snowflake level=INFO message=Loading %d rows into 'RAW.\"REFUND_EVENTS\"'" % (day(R), hms(R), R.randint(1, 90000)),
    ])


def elt_airbyte_meltano(R):
    groups = [
        ("airbyte-sync-failed-destination-exit-1", g_ab_sync_failed),
        ("airbyte-postgres-replication-slot-missing", g_ab_pg_slot),
        ("airbyte-snowflake-incorrect-password", g_ab_snowflake_auth),
        ("airbyte-hubspot-token-expired", g_ab_hubspot_trace),
        ("airbyte-mysql-binlog-no-longer-available", g_ab_mysql_binlog),
        ("airbyte-launcher-bigquery-image-pull", g_ab_launcher_pull),
        ("meltano-extraction-failed", g_mel_extract_failed, 8),
        ("meltano-tap-github-rate-limit-critical", g_mel_github_critical),
        ("meltano-load-permission-denied-raw-github", g_mel_load_failed, 8),
        ("meltano-tap-shopify-not-installed", g_mel_plugin_missing, 6),
        ("singer-target-snowflake-quantity-validation", g_sdk_validation),
        ("pipelinewise-refund-events-primary-key", g_pw_pk_missing, 8),
        ("singer-tap-zendesk-state-json-decode", g_singer_state_decode, 6),
    ]
    negs = [n_ab_info, n_ab_warn, n_mel_info, n_sdk_info]
    return build(R, F2, groups, negs)


FAMILIES = {F1: graphql_gateways, F2: elt_airbyte_meltano}
