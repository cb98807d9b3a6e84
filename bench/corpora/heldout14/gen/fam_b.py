"""Families: mongoose-documentdb-ecs, apigw-websocket-socketio."""
import json

from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, jd, build, epoch, iso, ACCT, REGION,
                    reqid, lambda_report, lambda_start, lambda_end, lambda_init_start, node_line, task_timed_out)

# ---------------------------------------------------------------- mongoose-documentdb-ecs
# Node.js 20 services on ECS Fargate using Mongoose 8 against Amazon DocumentDB 5.0 clusters, logging
# pino JSON (numeric levels: 20 debug, 30 info, 40 warn, 50 error, 60 fatal; err serialized with
# type/message/stack), pino-http request lines, plus Node's own stderr output when a process crashes.
F1 = "mongoose-documentdb-ecs"

SERVICES = {
    "catalog-api": ["ip-10-40-%d-%d" % (a, b) for a, b in [(1, 17), (2, 88), (3, 140)]],
    "orders-api": ["ip-10-40-%d-%d" % (a, b) for a, b in [(1, 201), (2, 12), (3, 77)]],
    "payments-api": ["ip-10-40-%d-%d" % (a, b) for a, b in [(1, 64), (2, 190)]],
    "auth-gateway": ["ip-10-40-%d-%d" % (a, b) for a, b in [(1, 9), (2, 145), (3, 33)]],
    "customer-import": ["ip-10-40-4-%d" % b for b in (21, 22)],
    "export-worker": ["ip-10-40-4-%d" % b for b in (60, 61)],
    "orders-worker": ["ip-10-40-5-%d" % b for b in (8, 9, 10)],
}
DOCDB = {
    "catalog": "catalog-docdb.cluster-c9x2invent01.%s.docdb.amazonaws.com" % REGION,
    "orders": "orders-docdb.cluster-c9x2invent01.%s.docdb.amazonaws.com" % REGION,
    "payments": "payments-docdb.cluster-c9x2invent01.%s.docdb.amazonaws.com" % REGION,
}


def ptime(R):
    return int(epoch(R) * 1000)


def pino(R, level, svc, msg, **extra):
    d = {"level": level, "time": ptime(R), "pid": 1, "hostname": pick(R, SERVICES[svc]), "service": svc}
    d.update(extra)
    d["msg"] = msg
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def err(etype, message, stack_frames, **more):
    d = {"type": etype, "message": message, "stack": "%s: %s\n" % (etype, message) + "\n".join("    at " + f for f in stack_frames)}
    d.update(more)
    return d


def firelens(R, container, family_rev, text, source="stderr"):
    """A FireLens (Fluent Bit) record of an ECS container's stdout/stderr, multiline already joined."""
    task = hexs(R, 32)
    return json.dumps({"container_id": "%s-%s" % (task, pick(R, ["2531612879", "1938573402"])), "container_name": container,
                       "source": source, "log": text, "ecs_cluster": "prod-apps",
                       "ecs_task_arn": "arn:aws:ecs:%s:%s:task/prod-apps/%s" % (REGION, ACCT, task),
                       "ecs_task_definition": family_rev}, separators=(",", ":"), ensure_ascii=False)


DRIVER_FRAMES = [
    "Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:231:26)",
    "MessageStream.<anonymous> (/app/node_modules/mongodb/lib/cmap/connection.js:61:60)",
    "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
]


def g_catalog_ca(R):
    reason = pick(R, ["unable to get local issuer certificate", "self-signed certificate in certificate chain"])
    e = err("MongooseServerSelectionError", reason, [
        "_handleConnectionErrors (/app/node_modules/mongoose/lib/connection.js:1165:11)",
        "NativeConnection.openUri (/app/node_modules/mongoose/lib/connection.js:1096:11)",
        "async connectDb (/app/dist/db.js:%d:5)" % pick(R, [14, 14, 15])],
        reason={"type": "ReplicaSetNoPrimary", "servers": {}, "setName": "rs0"})
    e["reason"]["servers"] = {"%s:27017" % DOCDB["catalog"]: {"address": "%s:27017" % DOCDB["catalog"], "type": "Unknown", "error": {}}}
    return pino(R, 60, "catalog-api", "cannot connect to DocumentDB catalog-docdb, exiting", err=e)


def g_orders_retryable(R):
    oid = "ord_%s" % lower(R, 20)
    e = err("MongoServerError", "Retryable writes are not supported", DRIVER_FRAMES, code=301, ok=0, connectionGeneration=0)
    return pino(R, 50, "orders-api", "order create failed", orderId=oid, reqId="req-%s" % lower(R, 6), err=e)


def g_import_dup(R):
    ext = "crm-%s" % digits(R, 8)
    n = R.randint(1, 40)
    e = err("MongoBulkWriteError", 'E11000 duplicate key error collection: shop.customers index: externalId_1 dup key: { externalId: "%s" }' % ext, [
        "resultHandler (/app/node_modules/mongodb/lib/bulk/common.js:294:29)",
        "/app/node_modules/mongodb/lib/bulk/common.js:344:159",
        "process.processTicksAndRejections (node:internal/process/task_queues:95:5)"], code=11000, writeErrors=n, insertedCount=R.randint(100, 4900))
    return pino(R, 50, "customer-import", "batch %d of crm export %s failed (%d duplicate externalId)" % (R.randint(1, 60), "2027-10-0%d" % R.randint(4, 9), n), err=e)


def g_payments_selection(R):
    e = err("MongooseServerSelectionError", "Server selection timed out after 30000 ms", [
        "_handleConnectionErrors (/app/node_modules/mongoose/lib/connection.js:1165:11)",
        "NativeConnection.openUri (/app/node_modules/mongoose/lib/connection.js:1096:11)"],
        reason={"type": "ReplicaSetNoPrimary", "setName": "rs0", "maxElectionId": None, "servers": {"%s:27017" % DOCDB["payments"]: {"type": "Unknown", "roundTripTime": -1}}})
    if R.random() < 0.75:
        return pino(R, 50, "payments-api", "payments-docdb unreachable from task (connect ETIMEDOUT %s:27017)" % pick(R, ["10.40.8.%d" % x for x in (14, 15, 16)]), err=e)
    return pino(R, 50, "payments-api", "request errored", reqId="req-%s" % lower(R, 6), req={"method": "POST", "url": "/v1/payments/%s/capture" % lower(R, 16)}, res={"statusCode": 503}, err=e)


def g_sessions_buffering(R):
    op = pick(R, ["findOne", "findOne", "updateOne"])
    e = err("MongooseError", "Operation `sessions.%s()` buffering timed out after 10000ms" % op, [
        "Timeout.<anonymous> (/app/node_modules/mongoose/lib/drivers/node-mongodb-native/collection.js:185:23)",
        "listOnTimeout (node:internal/timers:581:17)",
        "process.processTimers (node:internal/timers:519:7)"])
    return pino(R, 50, "auth-gateway", "session lookup failed", sid=lower(R, 24), reqId="req-%s" % lower(R, 6), err=e)


def g_export_cursor(R):
    cid = R.randint(10 ** 17, 9 * 10 ** 18)
    e = err("MongoServerError", "Cursor not found, cursor id: %d" % cid, DRIVER_FRAMES, code=43, codeName="CursorNotFound")
    return pino(R, 50, "export-worker", "nightly orders export aborted after %d documents" % R.randint(40000, 900000), collection="orders", err=e)


def g_orders_casterror(R):
    ln = pick(R, [42, 42, 44])
    text = "\n".join([
        "/app/node_modules/mongoose/lib/query.js:4913",
        "  const castError = new CastError();",
        "                    ^",
        "",
        'CastError: Cast to ObjectId failed for value "undefined" (type string) at path "_id" for model "Order"',
        "    at SchemaObjectId.cast (/app/node_modules/mongoose/lib/schema/objectId.js:250:11)",
        "    at model.Query.exec (/app/node_modules/mongoose/lib/query.js:4913:21)",
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "    at async FulfilmentConsumer.handle (/app/dist/fulfilment/consumer.js:%d:%d) {" % (ln, pick(R, [23, 23, 25])),
        "  stringValue: '\"undefined\"',",
        "  messageFormat: undefined,",
        "  kind: 'ObjectId',",
        "  value: 'undefined',",
        "  path: '_id',",
        "  reason: BSONError: input must be a 24 character hex string, 12 byte Uint8Array, or an integer",
        "      at new ObjectId (/app/node_modules/bson/lib/bson.cjs:2055:23)",
        "      at castObjectId (/app/node_modules/mongoose/lib/cast/objectid.js:25:12),",
        "  valueType: 'string'",
        "}",
        "",
        "Node.js v20.%d.0" % pick(R, [17, 17, 18]),
    ])
    if R.random() < 0.35:
        return text
    return firelens(R, "orders-worker", "orders-worker:%d" % pick(R, [57, 58]), text)


def g_search_unsupported(R):
    e = err("MongoServerError", "Feature not supported: $function", DRIVER_FRAMES, code=303, ok=0)
    return pino(R, 50, "catalog-api", "search aggregate failed", reqId="req-%s" % lower(R, 6), q=pick(R, ["drill", "lamp", "desk chair", "usb-c hub", "kettle"]), err=e)


URLS = {
    "catalog-api": lambda R: pick(R, ["/v1/products/SKU-%05d" % R.randint(1, 99999), "/v1/search?q=%s" % pick(R, ["drill", "lamp", "kettle", "desk+chair"]), "/v1/categories"]),
    "orders-api": lambda R: pick(R, ["/v1/orders?page=%d" % R.randint(1, 9), "/v1/orders/ord_%s" % lower(R, 20), "/v1/carts/%s/checkout" % hexs(R, 24)]),
    "payments-api": lambda R: pick(R, ["/v1/payments/%s" % lower(R, 16), "/v1/payments/%s/capture" % lower(R, 16), "/healthz"]),
    "auth-gateway": lambda R: pick(R, ["/v1/sessions/refresh", "/v1/sessions", "/healthz"]),
}


def n_http(R):
    svc = pick(R, list(URLS))
    status = pick(R, [200, 200, 200, 201, 204, 304, 400, 401, 404, 409, 422])
    return pino(R, 30, svc, "request completed", reqId="req-%s" % lower(R, 6),
                req={"method": pick(R, ["GET", "GET", "POST", "PATCH"]), "url": URLS[svc](R), "remoteAddress": ip10(R)},
                res={"statusCode": status}, responseTime=R.randint(2, 900))


def n_mongoose_debug(R):
    svc, coll, field, val = pick(R, [
        ("catalog-api", "products", "sku", lambda: "'SKU-%05d'" % R.randint(1, 99999)),
        ("orders-api", "orders", "customerId", lambda: "ObjectId(\"%s\")" % hexs(R, 24)),
        ("orders-api", "carts", "status", lambda: "'%s'" % pick(R, ["open", "abandoned", "checked_out"])),
        ("auth-gateway", "sessions", "_id", lambda: "'%s'" % lower(R, 24)),
    ])
    return pino(R, 20, svc, "Mongoose: %s.%s({ %s: %s }, {})" % (coll, pick(R, ["findOne", "find", "countDocuments"]), field, val()))


def n_warn(R):
    svc = pick(R, ["catalog-api", "orders-api", "payments-api", "auth-gateway", "export-worker"])
    return pino(R, 40, svc, pick(R, [
        "slow query %d ms on %s.aggregate" % (R.randint(900, 4000), pick(R, ["products", "orders"])),
        "MongoDB connection to %s closed (failover), driver will reconnect" % pick(R, list(DOCDB.values())),
        "retrying write after NotWritablePrimary (attempt %d of 3)" % R.randint(1, 2),
        "rate limit exceeded for client %s, returning 429" % lower(R, 8),
    ]))


def n_info(R):
    svc = pick(R, list(SERVICES))
    return pino(R, 30, svc, pick(R, [
        "connected to DocumentDB %s (replicaSet rs0, tls=true)" % pick(R, ["catalog-docdb", "orders-docdb", "payments-docdb"]),
        "listening on :8080",
        "indexes ensured for %d models" % R.randint(3, 12),
        "imported %d customers (0 errors)" % R.randint(100, 5000),
        "export of %d orders written to s3://exports-%s/orders/" % (R.randint(1000, 90000), ACCT),
        "fulfilment message %s processed" % uuid(R),
    ]))


def n_node_warning(R):
    svc = pick(R, ["catalog-api", "orders-api", "payments-api", "auth-gateway"])
    text = "(node:%d) %s" % (pick(R, [1, 1, 18]), pick(R, [
        "[MONGOOSE] Warning: mongoose: Duplicate schema index on {\"sku\":1} found. This is often due to declaring an index using both \"index: true\" and \"schema.index()\". Please remove the duplicate index definition.\n(Use `node --trace-warnings ...` to show where the warning was created)",
        "[DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)",
        "MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 close listeners added to [TLSSocket]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit\n(Use `node --trace-warnings ...` to show where the warning was created)",
    ]))
    return firelens(R, svc, "%s:%d" % (svc, R.randint(30, 90)), text)


def mongoose_documentdb_ecs(R):
    groups = [
        ("catalog-api-docdb-ca-bundle-missing", g_catalog_ca),
        ("orders-api-retryable-writes-unsupported", g_orders_retryable),
        ("customer-import-duplicate-external-id", g_import_dup),
        ("payments-api-docdb-server-selection-timeout", g_payments_selection),
        ("auth-gateway-sessions-buffering-timeout", g_sessions_buffering),
        ("export-worker-cursor-not-found", g_export_cursor),
        ("orders-worker-casterror-crash", g_orders_casterror),
        ("catalog-search-function-operator-unsupported", g_search_unsupported),
    ]
    return build(R, F1, groups, [n_http, n_mongoose_debug, n_warn, n_info, n_node_warning])


# ---------------------------------------------------------------- apigw-websocket-socketio
# A chat/presence product: API Gateway WebSocket API routes ($connect, $disconnect, sendmessage,
# history, notify) backed by Node.js 20 Lambda functions (text log format, @aws-sdk v3), a Lambda
# REQUEST authorizer using jose, and a socket.io 4 gateway on ECS Fargate with the Redis adapter on
# ElastiCache, logging winston JSON.
F2 = "apigw-websocket-socketio"

API_ID = "k7invent01"


def conn_id(R):
    return alnum(R, 14) + "="


def invoke_error(R, etype, emsg, frames, fault="client", status=None, extra=None):
    body = {"errorType": etype, "errorMessage": emsg, "name": etype}
    if status:
        body["$fault"] = fault
        body["$metadata"] = {"httpStatusCode": status, "requestId": uuid(R), "attempts": 1, "totalRetryDelay": 0}
    if extra:
        body.update(extra)
    body["stack"] = ["%s: %s" % (etype, emsg)] + ["    at " + f for f in frames]
    return node_line(R, "ERROR", "Invoke Error \t" + json.dumps(body, separators=(",", ":")))


SDK_FRAMES = [
    "throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)",
    "/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:849:5",
    "de_CommandError (/var/runtime/node_modules/@aws-sdk/client-apigatewaymanagementapi/dist-cjs/index.js:371:14)",
    "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
]


def g_broadcast_gone(R):
    return invoke_error(R, "GoneException", "UnknownError", SDK_FRAMES + [
        "async Promise.all (index %d)" % R.randint(0, 240), "async Runtime.handler (file:///var/task/broadcast.mjs:%d:3)" % pick(R, [31, 31, 33])], status=410)


def g_history_too_large(R):
    cid = conn_id(R)
    if R.random() < 0.7:
        return node_line(R, "ERROR", "history: postToConnection %s failed for room %s (%d messages, %d bytes): PayloadTooLargeException: Message too long" % (
            cid, "room-%s" % lower(R, 6), R.randint(300, 2000), R.randint(131200, 900000)))
    return invoke_error(R, "PayloadTooLargeException", "Message too long", SDK_FRAMES + ["async Runtime.handler (file:///var/task/history.mjs:48:5)"], status=413)


def g_authorizer_jwks(R):
    return invoke_error(R, "JWKSTimeout", "request timed out", [
        "Timeout.<anonymous> (file:///var/task/node_modules/jose/dist/node/esm/runtime/fetch_jwks.js:%d:22)" % pick(R, [19, 19]),
        "listOnTimeout (node:internal/timers:581:17)",
        "process.processTimers (node:internal/timers:519:7)"], extra={"code": "ERR_JWKS_TIMEOUT"}) if R.random() < 0.7 else node_line(
        R, "ERROR", "authorizer: could not load JWKS from https://cognito-idp.%s.amazonaws.com/%s_INVENT0001/.well-known/jwks.json within 5000 ms (JWKSTimeout), denying $connect for %s" % (REGION, REGION, conn_id(R)))


def g_connect_missing_key(R):
    return invoke_error(R, "ValidationException", "One or more parameter values were invalid: Missing the key connectionId in the item", [
        "throwDefaultError (/var/runtime/node_modules/@aws-sdk/node_modules/@smithy/smithy-client/dist-cjs/index.js:840:20)",
        "de_CommandError (/var/runtime/node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js:2299:14)",
        "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "async Runtime.handler (file:///var/task/connect.mjs:%d:3)" % pick(R, [19, 19, 21])], status=400)


def winston(R, level, message, **extra):
    d = {"level": level, "message": message, "service": "realtime-gw", "task": hexs(R, 32)[:32]}
    d.update(extra)
    d["timestamp"] = iso(R)
    return json.dumps(d, separators=(",", ":"))


def g_redis_moved(R):
    slot = R.randint(0, 16383)
    node = "10.61.%d.%d:6379" % (R.randint(1, 3), pick(R, [14, 37, 121]))
    if R.random() < 0.8:
        return winston(R, "error", "redis adapter error: MOVED %d %s" % (slot, node),
                       stack="ReplyError: MOVED %d %s\n    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)\n    at parseType (/app/node_modules/redis-parser/lib/parser.js:302:14)" % (slot, node))
    return winston(R, "error", "failed to publish to room %s via redis adapter (ReplyError: MOVED %d %s)" % ("room-%s" % lower(R, 6), slot, node))


def g_join_crash(R):
    ln = pick(R, [18, 18, 21])
    text = "\n".join([
        "/app/dist/handlers/join.js:%d" % ln,
        "    const room = payload.room.roomId;",
        "                              ^",
        "",
        "TypeError: Cannot read properties of undefined (reading 'roomId')",
        "    at Socket.<anonymous> (/app/dist/handlers/join.js:%d:31)" % ln,
        "    at Socket.emit (node:events:519:28)",
        "    at Socket.emitUntyped (/app/node_modules/socket.io/dist/typed-events.js:69:22)",
        "    at /app/node_modules/socket.io/dist/socket.js:%d:39" % pick(R, [704, 704]),
        "    at process.processTicksAndRejections (node:internal/process/task_queues:85:11)",
        "",
        "Node.js v20.%d.%d" % (pick(R, [17, 18]), pick(R, [0, 1])),
    ])
    if R.random() < 0.35:
        return text
    return firelens(R, "realtime-gw", "realtime-gw:%d" % pick(R, [112, 113]), text)


def g_sendmessage_timeout(R):
    return task_timed_out(R, 6)


def g_notify_forbidden(R):
    if R.random() < 0.75:
        return invoke_error(R, "ForbiddenException", "Forbidden", SDK_FRAMES + ["async notify (file:///var/task/notify.mjs:27:5)"], status=403)
    return node_line(R, "ERROR", "notify: PostToConnection via https://ws.chat.example.com/@connections/%s returned 403 ForbiddenException (endpoint has no stage mapping)" % conn_id(R))


def n_lambda_info(R):
    cid = conn_id(R)
    return node_line(R, pick(R, ["INFO", "INFO", "INFO", "DEBUG"]), pick(R, [
        "$connect %s user=u-%s" % (cid, digits(R, 6)),
        "$disconnect %s (%d %s)" % (cid, pick(R, [1000, 1001, 1006]), pick(R, ["normal closure", "going away", "abnormal closure"])),
        "sendmessage room=%s fanout=%d delivered=%d" % ("room-%s" % lower(R, 6), R.randint(2, 400), R.randint(2, 400)),
        "history room=%s sent %d messages" % ("room-%s" % lower(R, 6), R.randint(1, 200)),
        "authorizer allow sub=%s scope=chat:write" % uuid(R),
    ]))


def n_lambda_warn(R):
    cid = conn_id(R)
    return node_line(R, "WARN", pick(R, [
        "stale connection %s removed after GoneException (410)" % cid,
        "authorizer deny: token expired for sub %s" % uuid(R),
        "rate limited %s: %d messages in 10s" % (cid, R.randint(30, 90)),
        "connection %s missing from table on $disconnect, ignoring" % cid,
    ]))


def n_lambda_platform(R):
    v = R.random()
    if v < 0.3:
        return lambda_start(R)
    if v < 0.55:
        return lambda_end(R)
    if v < 0.92:
        return lambda_report(R, mem=pick(R, [256, 512]), init=R.random() < 0.15)
    return lambda_init_start(R, "nodejs:20.v41")


def n_winston(R):
    sid = alnum(R, 20)
    lvl = pick(R, ["info", "info", "info", "warn", "debug"])
    msg = {
        "info": pick(R, ["client connected", "client disconnected", "joined room", "left room"]),
        "debug": pick(R, ["heartbeat", "emit message"]),
        "warn": pick(R, ["redis adapter reconnecting", "client ping timeout", "payload rejected: too many emojis"]),
    }[lvl]
    extra = {"socketId": sid}
    if msg == "client disconnected":
        extra["reason"] = pick(R, ["transport close", "ping timeout", "client namespace disconnect", "transport error"])
    if msg == "redis adapter reconnecting":
        extra = {"delayMs": pick(R, [100, 200, 400, 800])}
    if "room" in msg:
        extra["room"] = "room-%s" % lower(R, 6)
    return winston(R, lvl, msg, **extra)


def n_socketio_startup(R):
    return winston(R, "info", pick(R, [
        "realtime-gw listening on :3000 (socket.io 4.8.1, adapter=@socket.io/redis-adapter)",
        "connected to redis %s:6379" % pick(R, ["realtime-cache.invent01.ng.0001.euw1.cache.amazonaws.com", "realtime-cache.invent01.clustercfg.euw1.cache.amazonaws.com"]),
        "SIGTERM received, draining %d sockets" % R.randint(10, 900),
        "health check ok (%d sockets)" % R.randint(10, 900),
    ]))


def apigw_websocket_socketio(R):
    groups = [
        ("broadcast-unhandled-gone-exception", g_broadcast_gone),
        ("history-payload-too-large", g_history_too_large),
        ("connect-authorizer-jwks-timeout", g_authorizer_jwks),
        ("connect-putitem-missing-connectionid-key", g_connect_missing_key),
        ("realtime-gw-redis-cluster-moved", g_redis_moved),
        ("realtime-gw-join-handler-typeerror-crash", g_join_crash),
        ("sendmessage-lambda-timeout", g_sendmessage_timeout),
        ("notify-custom-domain-forbidden", g_notify_forbidden),
    ]
    return build(R, F2, groups, [n_lambda_info, n_lambda_warn, n_lambda_platform, n_winston, n_socketio_startup])


FAMILIES = {F1: mongoose_documentdb_ecs, F2: apigw_websocket_socketio}
