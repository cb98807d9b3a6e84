"""Families: vertx-helidon, iot-greengrass."""
import json

from common import hexs, alnum, uuid, ip10, ipdoc, hms, iso, spc, pick, build

# ---------------------------------------------------------------- vertx-helidon
F5 = "vertx-helidon"


def jul_ts(R):
    h = R.randint(1, 12)
    return "Dec %02d, 2026 %d:%02d:%02d %s" % (R.randint(1, 4), h, R.randint(0, 59), R.randint(0, 59), pick(R, ["AM", "PM"]))


def lb(R, level, thread, logger):
    return "%s %-5s [%s] %s -" % (spc(R), level, thread, logger)


def hel_ts(R):
    return "2026.12.%02d %s.%03d" % (R.randint(1, 4), hms(R), R.randint(0, 999))


def hel_thread(R):
    return "Thread[#%d,[0x%s 0x%s] WebServer socket,5,main]" % (R.randint(30, 300), hexs(R, 8), hexs(R, 8))


def ev(R):
    return "vert.x-eventloop-thread-%d" % R.randint(0, 7)


def stk(lines):
    return "\n".join("\tat " + l for l in lines)


def g_vx_npe(R):
    return "%s io.vertx.core.impl.ContextImpl\nSEVERE: Unhandled exception\njava.lang.NullPointerException: Cannot invoke \"com.example.cart.CartItem.getQuantity()\" because \"item\" is null\n%s" % (
        jul_ts(R), stk(["com.example.cart.CartHandler.lambda$merge$3(CartHandler.java:%d)" % 88, "io.vertx.core.impl.future.FutureImpl$3.onSuccess(FutureImpl.java:141)",
                        "io.vertx.core.impl.ContextInternal.dispatch(ContextInternal.java:%d)" % 264]))


def g_vx_cce(R):
    return "%s Unhandled exception\njava.lang.ClassCastException: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')\n%s" % (
        lb(R, "ERROR", ev(R), "io.vertx.core.impl.ContextImpl"), stk(["io.vertx.core.json.JsonObject.getString(JsonObject.java:%d)" % 117, "com.example.pricing.QuoteVerticle.handleQuote(QuoteVerticle.java:54)",
                                                                                  "io.vertx.core.eventbus.impl.HandlerRegistration.dispatch(HandlerRegistration.java:%d)" % 111]))


def g_vx_router(R):
    return "%s Unhandled exception in router\njava.lang.IllegalStateException: Response head already sent\n%s" % (
        lb(R, "ERROR", ev(R), "io.vertx.ext.web.RoutingContext"), stk(["io.vertx.core.http.impl.Http1xServerResponse.checkHeadWritten(Http1xServerResponse.java:%d)" % 730,
                                                                       "com.example.orders.OrdersRouter.lambda$export$7(OrdersRouter.java:%d)" % 142,
                                                                       "io.vertx.ext.web.impl.RoutingContextImplBase.iterateNext(RoutingContextImplBase.java:%d)" % 177]))


def g_vx_pg(R):
    t = pick(R, ["loyalty_points", "loyalty_points_v2"])
    return "%s award points failed for order %d\nio.vertx.pgclient.PgException: ERROR: relation \"%s\" does not exist (42P01)\n%s" % (
        lb(R, "ERROR", ev(R), "c.e.loyalty.PointsService"), R.randint(10**6, 10**7), t,
        stk(["io.vertx.pgclient.impl.codec.ErrorResponse.toException(ErrorResponse.java:31)", "io.vertx.pgclient.impl.codec.QueryCommandBaseCodec.handleErrorResponse(QueryCommandBaseCodec.java:57)"]))


def g_vx_webclient(R):
    a = ip10(R)
    return "%s stock lookup failed sku=SKU-%05d\nio.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: inventory.svc.internal/%s:8080\nCaused by: java.net.ConnectException: Connection refused\n%s" % (
        lb(R, "ERROR", ev(R), "c.e.orders.StockClient"), R.randint(0, 99999), a,
        stk(["java.base/sun.nio.ch.Net.pollConnect(Native Method)", "io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337)"]))


def g_vx_reply(R):
    return "%s quote request failed: (TIMEOUT,-1) Timed out after waiting 30000(ms) for a reply. address: __vertx.reply.%d, repliedAddress: pricing.quote" % (
        lb(R, "ERROR", ev(R), "c.e.checkout.CheckoutVerticle"), R.randint(1, 900000))


def g_vx_deploy(R):
    return "%s io.vertx.core.impl.launcher.commands.VertxIsolatedDeployer\nSEVERE: Failed in deploying verticle\nio.vertx.core.VertxException: java.net.BindException: Address already in use\nCaused by: java.net.BindException: Address already in use\n%s" % (
        jul_ts(R), stk(["java.base/sun.nio.ch.Net.bind0(Native Method)", "io.netty.channel.socket.nio.NioServerSocketChannel.doBind(NioServerSocketChannel.java:141)",
                        "io.netty.bootstrap.AbstractBootstrap$2.run(AbstractBootstrap.java:%d)" % 356]))


def g_hel_500(R):
    return "%s SEVERE io.helidon.webserver.http.ErrorHandlers %s: Internal server error\njava.lang.ArithmeticException: / by zero\n%s" % (
        hel_ts(R), hel_thread(R), stk(["com.example.reports.MarginService.ratio(MarginService.java:%d)" % 39, "com.example.reports.ReportsFeature.margin(ReportsFeature.java:%d)" % 71,
                                       "io.helidon.webserver.http.HttpRoutingImpl$RoutingExecutor.doRoute(HttpRoutingImpl.java:%d)" % 179]))


def g_hel_db(R):
    return "%s SEVERE com.example.inventory.StockService %s: Failed to reserve %d units of SKU-%05d\nio.helidon.dbclient.DbClientException: Failed to execute statement: reserve-stock\nCaused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=%d, active=%d, idle=0, waiting=%d)\n%s" % (
        hel_ts(R), hel_thread(R), R.randint(1, 40), R.randint(0, 99999), t := R.randint(10, 20), t, R.randint(1, 90),
        stk(["com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)", "io.helidon.dbclient.jdbc.JdbcConnectionPool.connection(JdbcConnectionPool.java:%d)" % 62]))


def g_hel_config(R):
    return "Exception in thread \"main\" io.helidon.config.MissingValueException: Config value for key [security.jwt.issuer] is missing. Known entries: %d\n%s" % (
        R.randint(40, 90), stk(["io.helidon.config.ConfigValues$GenericConfigValueImpl.get(ConfigValues.java:%d)" % 203, "com.example.gateway.Main.main(Main.java:%d)" % 44]))


def g_exp_dup(R):
    o = R.randint(10**6, 10**7)
    return "%s insert order failed ref=ORD-%d\norg.jetbrains.exposed.exceptions.ExposedSQLException: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"orders_ref_key\"\n  Detail: Key (ref)=(ORD-%d) already exists.\nSQL: [INSERT INTO orders (ref, customer_id, total) VALUES (?, ?, ?)]\n%s" % (
        lb(R, "ERROR", "DefaultDispatcher-worker-%d" % R.randint(1, 16), "c.e.orders.OrderRepository"), o, o,
        stk(["org.jetbrains.exposed.sql.statements.Statement.executeIn$exposed_core(Statement.kt:%d)" % 62, "com.example.orders.OrderRepository$insert$2.invokeSuspend(OrderRepository.kt:%d)" % 48]))


def g_exp_deadlock(R):
    return "%s ledger post failed batch=%d\norg.jetbrains.exposed.exceptions.ExposedSQLException: org.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process %d waits for ShareLock on transaction %d; blocked by process %d.\nSQL: [UPDATE accounts SET balance = balance + ? WHERE id = ?]\n%s" % (
        lb(R, "ERROR", "DefaultDispatcher-worker-%d" % R.randint(1, 16), "c.e.ledger.PostingService"), R.randint(1000, 99999), R.randint(1000, 60000), R.randint(10**6, 10**7), R.randint(1000, 60000),
        stk(["org.jetbrains.exposed.sql.statements.Statement.executeIn$exposed_core(Statement.kt:%d)" % 62, "com.example.ledger.PostingService$post$2.invokeSuspend(PostingService.kt:%d)" % 77]))


G5 = [("vertx-unhandled-npe-cart-merge", g_vx_npe), ("vertx-unhandled-classcast-quote", g_vx_cce),
      ("vertx-router-response-head-sent", g_vx_router), ("vertx-pg-relation-missing-loyalty", g_vx_pg),
      ("vertx-stock-client-connection-refused", g_vx_webclient), ("vertx-eventbus-reply-timeout-pricing", g_vx_reply),
      ("vertx-deploy-verticle-bind-in-use", g_vx_deploy), ("helidon-internal-error-divide-by-zero", g_hel_500),
      ("helidon-dbclient-pool-timeout", g_hel_db), ("helidon-config-missing-jwt-issuer", g_hel_config),
      ("exposed-duplicate-order-ref", g_exp_dup), ("exposed-deadlock-ledger-post", g_exp_deadlock)]

N5 = [
    lambda R: "%s io.vertx.core.impl.BlockedThreadChecker\nWARNING: Thread Thread[%s,5,main] has been blocked for %d ms, time limit is 2000 ms" % (jul_ts(R), ev(R), R.randint(2001, 9000)),
    lambda R: "%s io.vertx.core.impl.BlockedThreadChecker\nWARNING: Thread Thread[%s,5,main] has been blocked for %d ms, time limit is 2000 ms\nio.vertx.core.VertxException: Thread blocked\n%s" % (
        jul_ts(R), ev(R), R.randint(5001, 20000), stk(["java.base/java.io.FileInputStream.readBytes(Native Method)", "com.example.catalog.ImageResizer.load(ImageResizer.java:%d)" % R.randint(30, 60)])),
    lambda R: "%s io.vertx.core.impl.launcher.commands.VertxIsolatedDeployer\nINFO: Succeeded in deploying verticle" % jul_ts(R),
    lambda R: "%s HTTP server started on port %d" % (lb(R, "INFO", ev(R), "c.e.orders.MainVerticle"), pick(R, [8080, 8443, 9090])),
    lambda R: "%s GET /health 200 %dms errors=0" % (lb(R, "DEBUG", ev(R), "c.e.orders.AccessLog"), R.randint(1, 9)),
    lambda R: "%s io.netty.channel.DefaultChannelPipeline onUnhandledInboundException\nWARNING: An exceptionCaught() event was fired, and it reached at the tail of the pipeline. It usually means the last handler in the pipeline did not handle the exception.\njava.io.IOException: Connection reset by peer\n%s" % (
        jul_ts(R), stk(["java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)", "io.netty.buffer.PooledByteBuf.setBytes(PooledByteBuf.java:%d)" % R.randint(250, 260)])),
    lambda R: "%s stock lookup retrying after error ConnectException (attempt %d/3)" % (lb(R, "WARN", ev(R), "c.e.orders.StockClient"), R.randint(1, 2)),
    lambda R: "%s stock lookup succeeded after %d retries sku=SKU-%05d" % (lb(R, "INFO", ev(R), "c.e.orders.StockClient"), R.randint(1, 2), R.randint(0, 99999)),
    lambda R: "%s Transaction attempt #%d failed: org.postgresql.util.PSQLException: ERROR: could not serialize access due to concurrent update. Statement(s): UPDATE accounts SET balance = balance + ? WHERE id = ?\norg.jetbrains.exposed.exceptions.ExposedSQLException: org.postgresql.util.PSQLException: ERROR: could not serialize access due to concurrent update\n%s" % (
        lb(R, "WARN", "DefaultDispatcher-worker-%d" % R.randint(1, 16), "Exposed"), R.randint(1, 2), stk(["org.jetbrains.exposed.sql.statements.Statement.executeIn$exposed_core(Statement.kt:62)"])),
    lambda R: "%s SELECT orders.id, orders.ref, orders.total FROM orders WHERE orders.customer_id = %d LIMIT %d" % (lb(R, "DEBUG", "DefaultDispatcher-worker-%d" % R.randint(1, 16), "Exposed"), R.randint(1000, 99999), pick(R, [20, 50, 100])),
    lambda R: "%s INFO io.helidon.Main %s: Helidon SE 4.1.%d features: [Config, Health, Metrics, Observe, Tracing, WebServer]" % (hel_ts(R), "Thread[#1,main,5,main]", R.randint(0, 6)),
    lambda R: "%s INFO io.helidon.webserver.ServerListener %s: [0x%s] http://0.0.0.0:%d bound for socket '@default'" % (hel_ts(R), "Thread[#1,main,5,main]", hexs(R, 8), pick(R, [8080, 8081])),
    lambda R: "%s INFO io.helidon.webserver.LoomServer %s: Started all channels in %d milliseconds. %d milliseconds since JVM startup. Java %d+%d-LTS" % (hel_ts(R), "Thread[#1,main,5,main]", R.randint(5, 90), R.randint(300, 2000), 21, R.randint(30, 36)),
    lambda R: "%s WARNING io.helidon.webserver.http1.Http1Connection %s: Socket error on writer thread, client closed connection: Broken pipe" % (hel_ts(R), hel_thread(R)),
    lambda R: "%s FINE io.helidon.health.HealthFeature %s: health check db UP, 0 errors in last %d checks" % (hel_ts(R), hel_thread(R), R.randint(10, 500)),
    lambda R: "%s INFO com.example.inventory.StockService %s: reserved %d units of SKU-%05d (failover completed to replica db-%d)" % (hel_ts(R), hel_thread(R), R.randint(1, 40), R.randint(0, 99999), R.randint(1, 3)),
    lambda R: "%s validation failed for order payload, returning 400: field 'quantity' must be > 0" % lb(R, "INFO", ev(R), "c.e.orders.OrdersRouter") + " (order %d)" % R.randint(10**6, 10**7),
    lambda R: "%s pool stats: total=%d active=%d idle=%d waiting=0 errors=0" % (lb(R, "DEBUG", "vertx-blocked-thread-checker", "c.e.orders.PoolMetrics"), t := R.randint(10, 20), R.randint(0, t), R.randint(0, 10)),
    lambda R: "%s io.vertx.core.impl.HAManager\nINFO: A quorum has been obtained. Any deploymentIDs waiting on a quorum will now be deployed (node %s)" % (jul_ts(R), uuid(R)),
]


def fam5(R):
    return build(R, F5, G5, N5, 62)


# ---------------------------------------------------------------- iot-greengrass
F6 = "iot-greengrass"
DEVICES = ["sensor-%03d" % i for i in range(1, 60)]
CORES = ["gg-core-line%d" % i for i in range(1, 6)]


def iot(R, level, status, event, extra):
    d = {"timestamp": spc(R), "logLevel": level, "traceId": uuid(R), "accountId": "111122223333", "status": status, "eventType": event}
    d.update(extra)
    return json.dumps(d, separators=(",", ":"))


def principal(R):
    return hexs(R, 64)


def gg(R, level, thread, logger, msg, kv):
    return "%s [%s] (%s) %s: %s. {%s}" % (iso(R), level, thread, logger, msg, ", ".join("%s=%s" % kv_ for kv_ in kv))


def jstk(lines):
    return "\n".join("\tat " + l for l in lines)


def g_iot_conn_auth(R):
    c = pick(R, DEVICES)
    return iot(R, "ERROR", "Failure", "Connect", {"protocol": "MQTT", "clientId": c, "principalId": principal(R), "sourceIp": ipdoc(R), "sourcePort": R.randint(30000, 60000),
                                                  "reason": "AUTHORIZATION_FAILURE", "details": "Authorization Failure"})


def g_iot_pub_auth(R):
    c = pick(R, DEVICES)
    return iot(R, "ERROR", "Failure", "Publish-In", {"protocol": "MQTT", "topicName": "factory/line%d/%s/telemetry" % (R.randint(1, 5), c), "clientId": c, "principalId": principal(R),
                                                     "sourceIp": ipdoc(R), "sourcePort": R.randint(30000, 60000), "reason": "AUTHORIZATION_FAILURE", "details": "Authorization Failure"})


def g_iot_rule_kinesis(R):
    c = pick(R, DEVICES)
    return iot(R, "ERROR", "Failure", "RuleExecution", {"clientId": c, "topicName": "factory/line%d/%s/telemetry" % (R.randint(1, 5), c), "ruleName": "telemetry_to_kinesis",
                                                        "ruleAction": "KinesisAction", "resources": {"StreamName": "telemetry-stream", "PartitionKey": c}, "principalId": principal(R),
                                                        "details": "Failed to send message to Kinesis. Message arrived on: factory/line%d/%s/telemetry, Action: kinesis, Stream: telemetry-stream, PartitionKey: %s. Error: ProvisionedThroughputExceededException Rate exceeded for shard shardId-%012d in stream telemetry-stream under account 111122223333." % (R.randint(1, 5), c, c, R.randint(0, 7))})


def g_iot_rule_lambda(R):
    c = pick(R, DEVICES)
    return iot(R, "ERROR", "Failure", "RuleExecution", {"clientId": c, "topicName": "factory/line%d/%s/alarm" % (R.randint(1, 5), c), "ruleName": "alarm_to_lambda",
                                                        "ruleAction": "LambdaAction", "resources": {"FunctionArn": "arn:aws:lambda:eu-west-1:111122223333:function:alarm-router"},
                                                        "principalId": principal(R), "details": "Failed to invoke lambda function. Received Server error from Lambda. The error code is 403 (Service: AWSLambda; Status Code: 403; Error Code: AccessDeniedException; Request ID: %s)" % uuid(R)})


def g_gg_artifact(R):
    v = "1.%d.%d" % (R.randint(2, 4), R.randint(0, 9))
    return "%s\ncom.aws.greengrass.componentmanager.exceptions.PackageDownloadException: Failed to download artifact name: 's3://example-gg-artifacts/com.example.Inference/%s/model.tar.gz' for component com.example.Inference-%s, reason: S3 HeadObject returns 403 Access Denied. Ensure the IAM role associated with the core device has a policy granting s3:GetObject\n%s" % (
        gg(R, "ERROR", "pool-2-thread-%d" % R.randint(5, 30), "com.aws.greengrass.deployment.DeploymentService", "Deployment task failed", [("deploymentId", uuid(R)), ("serviceName", "DeploymentService"), ("currentState", "RUNNING")]),
        v, v, jstk(["com.aws.greengrass.componentmanager.builtins.S3Downloader.getDownloadSize(S3Downloader.java:%d)" % 112, "com.aws.greengrass.componentmanager.ComponentManager.prepareArtifacts(ComponentManager.java:%d)" % 437]))


def g_gg_tes(R):
    return gg(R, "ERROR", "pool-2-thread-%d" % R.randint(5, 30), "com.aws.greengrass.tes.CredentialRequestHandler", "Error in retrieving AwsCredentials from TES",
              [("iotCredentialsPath", "/role-aliases/GreengrassV2TokenExchangeRoleAlias/credentials"), ("credentialData", "Role alias GreengrassV2TokenExchangeRoleAlias does not exist or is not authorized"), ("responseCode", "403"), ("thingName", pick(R, CORES))])


def g_gg_errored(R, comp):
    return gg(R, "ERROR", "pool-2-thread-%d" % R.randint(5, 30), comp, "service-errored",
              [("serviceName", comp), ("currentState", "RUNNING"), ("exitCode", pick(R, [1, 1, 137])), ("reason", "Service exited with non-zero code"), ("attempt", R.randint(1, 3))])


def g_gg_sm(R):
    return "%s\ncom.amazonaws.greengrass.streammanager.model.exceptions.StreamManagerException: Unable to export %d messages to Kinesis stream line-events: ResourceNotFoundException: Stream line-events under account 111122223333 not found.\n%s" % (
        gg(R, "ERROR", "pool-5-thread-%d" % R.randint(1, 9), "com.amazonaws.iot.greengrass.streammanager.export.upload.MessageUploaderTask", "Encountered Throwable when exporting messages",
           [("streamName", "LineEvents"), ("sequenceNumber", R.randint(1000, 900000))]), R.randint(1, 500),
        jstk(["com.amazonaws.iot.greengrass.streammanager.export.upload.KinesisDataStreamUploader.upload(KinesisDataStreamUploader.java:%d)" % 166]))


def g_gg_ipc(R):
    return gg(R, "ERROR", "Thread-%d" % R.randint(3, 40), "com.aws.greengrass.builtin.services.pubsub.PubSubIPCEventStreamAgent", "Not Authorized",
              [("destination", "null"), ("error", "Principal com.example.Uploader is not authorized to perform aws.greengrass.ipc.pubsub:publishToTopic on resource factory/line%d/alerts" % R.randint(1, 5))])


def g_gg_oom(R):
    return "Exception in thread \"pool-2-thread-%d\" java.lang.OutOfMemoryError: Java heap space\n%s" % (
        R.randint(5, 60), jstk(["java.base/java.util.Arrays.copyOf(Arrays.java:3537)", "com.aws.greengrass.logmanager.LogManagerService.processLogsAndUpload(LogManagerService.java:%d)" % 612]))


def g_gg_mqtt(R):
    return "%s\nsoftware.amazon.awssdk.crt.mqtt.MqttException: The connection was closed unexpectedly.\n%s" % (
        gg(R, "ERROR", "Thread-%d" % R.randint(3, 40), "com.aws.greengrass.mqttclient.AwsIotMqtt5Client", "Failed to connect to AWS IoT Core",
           [("clientId", pick(R, CORES)), ("endpoint", "a%s-ats.iot.eu-west-1.amazonaws.com" % alnum(R, 13).lower()), ("attempt", R.randint(6, 40))]),
        jstk(["software.amazon.awssdk.crt.mqtt5.Mqtt5Client.onConnectionFailure(Mqtt5Client.java:%d)" % 391]))


G6 = [("iot-connect-authorization-failure", g_iot_conn_auth), ("iot-publish-in-authorization-failure", g_iot_pub_auth),
      ("iot-rule-kinesis-throughput-exceeded", g_iot_rule_kinesis), ("iot-rule-lambda-access-denied", g_iot_rule_lambda),
      ("gg-deployment-artifact-download-403", g_gg_artifact), ("gg-tes-credentials-role-alias", g_gg_tes),
      ("gg-service-errored-sensor", lambda R: g_gg_errored(R, "com.example.Sensor")),
      ("gg-service-errored-inference", lambda R: g_gg_errored(R, "com.example.Inference")),
      ("gg-streammanager-export-stream-not-found", g_gg_sm), ("gg-ipc-publish-not-authorized", g_gg_ipc),
      ("gg-logmanager-out-of-memory", g_gg_oom), ("gg-mqtt5-connect-failed", g_gg_mqtt)]

N6 = [
    lambda R: iot(R, "INFO", "Success", "Connect", {"protocol": "MQTT", "clientId": pick(R, DEVICES), "principalId": principal(R), "sourceIp": ipdoc(R), "sourcePort": R.randint(30000, 60000)}),
    lambda R: iot(R, "INFO", "Success", "Subscribe", {"protocol": "MQTT", "topicName": "cmd/%s/#" % pick(R, DEVICES), "clientId": pick(R, DEVICES), "principalId": principal(R), "sourceIp": ipdoc(R), "sourcePort": R.randint(30000, 60000)}),
    lambda R: iot(R, "INFO", "Success", "Disconnect", {"protocol": "MQTT", "clientId": pick(R, DEVICES), "principalId": principal(R), "sourceIp": ipdoc(R), "sourcePort": R.randint(30000, 60000),
                                                       "disconnectReason": pick(R, ["CLIENT_INITIATED_DISCONNECT", "CONNECTION_LOST", "MQTT_KEEP_ALIVE_TIMEOUT"]), "details": "Disconnected"}),
    lambda R: iot(R, "INFO", "Success", "RuleExecution", {"clientId": pick(R, DEVICES), "topicName": "factory/line%d/telemetry" % R.randint(1, 5), "ruleName": "telemetry_to_kinesis",
                                                          "ruleAction": "KinesisAction", "resources": {"StreamName": "telemetry-stream"}, "principalId": principal(R), "details": "Successfully sent message to Kinesis"}),
    lambda R: iot(R, "INFO", "Success", "Publish-In", {"protocol": "MQTT", "topicName": "factory/line%d/status" % R.randint(1, 5), "clientId": pick(R, DEVICES), "principalId": principal(R),
                                                       "sourceIp": ipdoc(R), "sourcePort": R.randint(30000, 60000), "details": "payload {\"errors\":0,\"state\":\"ok\"}"}),
    lambda R: gg(R, "INFO", "main", "com.aws.greengrass.lifecyclemanager.Kernel", "service-loaded", [("serviceName", pick(R, ["com.example.Sensor", "com.example.Inference", "aws.greengrass.StreamManager", "aws.greengrass.LogManager"]))]),
    lambda R: (lambda c: gg(R, "INFO", "pool-2-thread-%d" % R.randint(5, 30), c, "service-set-state",
                            [("serviceName", c), ("currentState", "STARTING"), ("newState", "RUNNING")]))(pick(R, ["com.example.Sensor", "com.example.Inference"])),
    lambda R: gg(R, "INFO", "Copier", "com.example.Sensor", "stdout. reading temp=%.1f humidity=%d errors=0" % (R.uniform(15, 40), R.randint(20, 80)),
                 [("scriptName", "services.com.example.Sensor.lifecycle.Run"), ("serviceName", "com.example.Sensor"), ("currentState", "RUNNING")]),
    lambda R: gg(R, "WARN", "Copier", "com.example.Inference", "stderr. %s" % pick(R, ["Traceback (most recent call last):", "  File \"/greengrass/v2/packages/artifacts/com.example.Inference/1.3.%d/infer.py\", line %d, in <module>" % (R.randint(0, 9), R.randint(20, 90)),
                                                                                   "UserWarning: onnxruntime is using CPU provider; CUDA not available", "RuntimeWarning: invalid value encountered in divide"]),
                 [("scriptName", "services.com.example.Inference.lifecycle.Run"), ("serviceName", "com.example.Inference"), ("currentState", "RUNNING")]),
    lambda R: gg(R, "WARN", "Thread-%d" % R.randint(3, 40), "com.aws.greengrass.mqttclient.AwsIotMqtt5Client", "Connection interrupted",
                 [("clientId", pick(R, CORES)), ("error", "The connection was closed unexpectedly.")]),
    lambda R: gg(R, "INFO", "Thread-%d" % R.randint(3, 40), "com.aws.greengrass.mqttclient.AwsIotMqtt5Client", "Connection resumed",
                 [("clientId", pick(R, CORES)), ("sessionPresent", "true")]),
    lambda R: gg(R, "INFO", "pool-2-thread-%d" % R.randint(5, 30), "com.aws.greengrass.deployment.DeploymentService", "Current deployment finished",
                 [("DeploymentId", uuid(R)), ("serviceName", "DeploymentService"), ("currentState", "RUNNING")]),
    lambda R: gg(R, "WARN", "pool-2-thread-%d" % R.randint(5, 30), "com.aws.greengrass.componentmanager.builtins.S3Downloader", "Retrying download after error",
                 [("artifact", "s3://example-gg-artifacts/com.example.Sensor/2.0.%d/sensor.zip" % R.randint(0, 9)), ("attempt", R.randint(1, 3)), ("error", "SdkClientException: Unable to execute HTTP request: Read timed out")]),
    lambda R: gg(R, "INFO", "pool-2-thread-%d" % R.randint(5, 30), "com.aws.greengrass.componentmanager.ComponentManager", "Downloaded artifact",
                 [("artifact", "s3://example-gg-artifacts/com.example.Sensor/2.0.%d/sensor.zip" % R.randint(0, 9)), ("bytes", R.randint(10**5, 10**8))]),
    lambda R: gg(R, "DEBUG", "pool-5-thread-%d" % R.randint(1, 9), "com.amazonaws.iot.greengrass.streammanager.export.upload.MessageUploaderTask", "Exported messages",
                 [("streamName", "LineEvents"), ("count", R.randint(1, 500)), ("failed", 0)]),
    lambda R: gg(R, "INFO", "pool-2-thread-%d" % R.randint(5, 30), "com.aws.greengrass.logmanager.LogManagerService", "Uploaded logs to CloudWatch",
                 [("logGroup", "/aws/greengrass/UserComponent/eu-west-1/com.example.Sensor"), ("events", R.randint(10, 9000)), ("errors", 0)]),
    lambda R: gg(R, "WARN", "pool-2-thread-%d" % R.randint(5, 30), "com.aws.greengrass.lifecyclemanager.GenericExternalService", "service-report-state",
                 [("serviceName", "com.example.Sensor"), ("currentState", "BROKEN"), ("newState", "INSTALLED"), ("note", "failover completed, restarting")]),
    lambda R: gg(R, "INFO", "pool-2-thread-%d" % R.randint(5, 30), "com.aws.greengrass.tes.CredentialRequestHandler", "Received IAM credentials that will be cached until %s" % iso(R), [("iotCredentialsPath", "/role-aliases/GreengrassV2TokenExchangeRoleAlias/credentials")]),
]


def fam6(R):
    return build(R, F6, G6, N6, 64)


FAMILIES = {F5: fam5, F6: fam6}
