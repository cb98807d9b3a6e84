"""Families: dotnet8-economy-serilog-clef-ecs, colyseus-node20-pino-realtime-gateway.

Tidewyrm's economy service (store, wallets, inventory, season pass) is ASP.NET Core 8 on ECS Fargate logging with
Serilog's CompactJsonFormatter (CLEF: "@t", "@mt", "@l" omitted for Information, "@x" with the exception's
ToString(), "@r" renderings, properties such as SourceContext/RequestId); one JSON object per line, so one event each.
The realtime party/lobby gateway is Colyseus 0.15 on Node.js 20 (ECS), logging with pino (numeric "level", epoch-ms
"time", "pid", "hostname", "msg", serialized "err" objects); Node's own fatal output (heap OOM) is plain text on
stderr, kept as one event by the awslogs multiline pattern "^(\\{|<--- Last few GCs)"."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, day, hms, iso,
                    epoch_ms, clef_ts, steamid, player)

# ---------------------------------------------------------------- dotnet8-economy-serilog-clef-ecs
F5 = "dotnet8-economy-serilog-clef-ecs"
REQLOG = "Serilog.AspNetCore.RequestLoggingMiddleware"
MT_REQ = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms"


def cl(R, level, mt, ctx, x=None, **props):
    d = {"@t": clef_ts(R), "@mt": mt}
    if level != "Information":
        d["@l"] = level
    if x:
        d["@x"] = x
    d.update(props)
    d["SourceContext"] = ctx
    d["RequestId"] = "0HN%s:%08X" % (upper(R, 10), R.randint(1, 60000))
    return jd(d)


def req(R, method, path, status, ms=None, level=None):
    ms = ms if ms is not None else R.uniform(2, 180)
    lvl = level or ("Error" if status >= 500 else "Information")
    return cl(R, lvl, MT_REQ, REQLOG, RequestMethod=method, RequestPath=path, StatusCode=status, Elapsed=round(ms, 4), **{"@r": ["%.4f" % ms]})


def dotnet_frames(frames):
    return "".join("\n   at %s" % f for f in frames)


def e_steam(R):
    # the Steam publisher Web API key was regenerated in Steamworks during the partner-group cleanup; the economy
    # service still reads the old key, so every Steam wallet purchase fails at InitTxn
    oid = R.randint(10 ** 9, 10 ** 10)
    if R.random() < 0.6:
        return cl(R, "Error", "Steam {Method} failed with {StatusCode} for order {OrderId}", "Tidewyrm.Economy.Steam.SteamMicroTxnClient",
                  Method="ISteamMicroTxn/InitTxn/v3", StatusCode=403, OrderId=oid, SteamId=steamid(R),
                  x="Tidewyrm.Economy.Steam.SteamApiException: Steam returned 403 Forbidden (publisher key rejected)" + dotnet_frames([
                      "Tidewyrm.Economy.Steam.SteamMicroTxnClient.InitTxnAsync(InitTxnRequest request, CancellationToken ct) in /src/Economy/Steam/SteamMicroTxnClient.cs:line 88",
                      "Tidewyrm.Economy.Store.PurchaseService.BeginSteamPurchaseAsync(Guid playerId, String sku, CancellationToken ct) in /src/Economy/Store/PurchaseService.cs:line 141"]))
    return req(R, "POST", "/v1/store/steam/init", 502, R.uniform(200, 900))


def e_migration(R):
    # economy 4.8 was deployed without running its EF Core migration; queries selecting Items.BoundUntil fail
    if R.random() < 0.45:
        return cl(R, "Error", "Failed executing DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
                  "Microsoft.EntityFrameworkCore.Database.Command", elapsed=str(R.randint(1, 9)), parameters="@__playerId_0='?' (DbType = Guid)", commandType="Text", commandTimeout=30,
                  newLine="\n", commandText="SELECT i.id, i.bound_until, i.item_def_id, i.player_id, i.quantity\nFROM inventory_items AS i\nWHERE i.player_id = @__playerId_0")
    if R.random() < 0.5:
        return cl(R, "Error", "An exception occurred while iterating over the results of a query for context type '{contextType}'.{newline}{error}",
                  "Microsoft.EntityFrameworkCore.Query", contextType="Tidewyrm.Economy.Data.EconomyDbContext", newline="\n",
                  error="Npgsql.PostgresException (0x80004005): 42703: column i.bound_until does not exist",
                  x="Npgsql.PostgresException (0x80004005): 42703: column i.bound_until does not exist\n\nPOSITION: %d" % R.choice([11, 12]) + dotnet_frames([
                      "Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
                      "Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
                      "Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()"]))
    return req(R, "GET", "/v1/inventory/%s" % uuid(R), 500)


def e_redis(R):
    # the inventory cache's ElastiCache parameter group was switched to maxmemory-policy noeviction; once full,
    # every cache write is refused
    if R.random() < 0.6:
        return cl(R, "Error", "Inventory cache write failed for {PlayerId}", "Tidewyrm.Economy.Inventory.InventoryCache", PlayerId=uuid(R),
                  x="StackExchange.Redis.RedisServerException: OOM command not allowed when used memory > 'maxmemory'." + dotnet_frames([
                      "StackExchange.Redis.ConnectionMultiplexer.ExecuteAsyncImpl[T](Message message, ResultProcessor`1 processor, Object state, ServerEndPoint server) in /_/src/StackExchange.Redis/ConnectionMultiplexer.cs:line 2114",
                      "Tidewyrm.Economy.Inventory.InventoryCache.SetAsync(Guid playerId, InventorySnapshot snapshot) in /src/Economy/Inventory/InventoryCache.cs:line 57"]))
    return cl(R, "Error", "Wallet balance cache not updated after {Operation} for {PlayerId}: {Error}", "Tidewyrm.Economy.Wallets.WalletService",
              Operation=pick(R, ["Credit", "Debit"]), PlayerId=uuid(R), Error="OOM command not allowed when used memory > 'maxmemory'.")


def e_host(R):
    # SeasonPassExpiryWorker reads EndsAt.Value; passes granted by the winter-event script have no EndsAt, the
    # BackgroundService throws and the default StopHost behaviour takes the whole task down
    if R.random() < 0.5:
        return cl(R, "Error", "BackgroundService failed", "Microsoft.Extensions.Hosting.Internal.Host",
                  x="System.InvalidOperationException: Nullable object must have a value." + dotnet_frames([
                      "System.Nullable`1.get_Value()",
                      "Tidewyrm.Economy.SeasonPass.SeasonPassExpiryWorker.ExpireAsync(SeasonPass pass, CancellationToken ct) in /src/Economy/SeasonPass/SeasonPassExpiryWorker.cs:line %d" % R.choice([72, 73]),
                      "Tidewyrm.Economy.SeasonPass.SeasonPassExpiryWorker.ExecuteAsync(CancellationToken stoppingToken) in /src/Economy/SeasonPass/SeasonPassExpiryWorker.cs:line 41",
                      "Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)"]))
    return cl(R, "Fatal", "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping. To avoid this behavior, configure this to Ignore; however the BackgroundService will not be restarted.",
              "Microsoft.Extensions.Hosting.Internal.Host", x="System.InvalidOperationException: Nullable object must have a value.\n   at System.Nullable`1.get_Value()", TaskArn="arn:aws:ecs:%s:%s:task/tw-prod/%s" % (REGION, ACCT, hexs(R, 32)))


def e_stripe(R):
    # the web-shop Stripe webhook endpoint was recreated (new signing secret); the service still verifies with the
    # old one, so checkout.session.completed events are refused and web purchases are never fulfilled
    if R.random() < 0.6:
        return cl(R, "Warning", "Stripe webhook {EventId} rejected: {Reason}", "Tidewyrm.Economy.Web.StripeWebhookController", EventId="evt_" + alnum(R, 24),
                  Reason="The signature for the webhook is not present in the Stripe-Signature header.", EventType="checkout.session.completed")
    return req(R, "POST", "/v1/webhooks/stripe", 400, R.uniform(2, 9), level="Warning")


def e_negs():
    def n_listen(R):
        return cl(R, "Information", "Now listening on: {address}", "Microsoft.Hosting.Lifetime", address=pick(R, ["http://[::]:8080", "http://[::]:8081"]))

    def n_started(R):
        return cl(R, "Information", "Application started. Press Ctrl+C to shut down.", "Microsoft.Hosting.Lifetime", TaskArn="arn:aws:ecs:%s:%s:task/tw-prod/%s" % (REGION, ACCT, hexs(R, 32)))

    def n_env(R):
        return cl(R, "Information", "Hosting environment: {EnvName}", "Microsoft.Hosting.Lifetime", EnvName="Production", Revision=R.randint(100, 200))

    def n_stop(R):
        return cl(R, "Information", "Application is shutting down...", "Microsoft.Hosting.Lifetime", TaskArn="arn:aws:ecs:%s:%s:task/tw-prod/%s" % (REGION, ACCT, hexs(R, 32)))

    def n_req_ok(R):
        m, p, s = pick(R, [("GET", "/v1/store/catalog", 200), ("GET", "/v1/wallet/%s" % uuid(R), 200), ("POST", "/v1/store/purchase", 201),
                           ("GET", "/v1/inventory/%s" % uuid(R), 200), ("PUT", "/v1/loadout/%s" % uuid(R), 204), ("GET", "/v1/store/catalog", 304)])
        return req(R, m, p, s)

    def n_health(R):
        return req(R, "GET", "/healthz", 200, R.uniform(0.2, 2))

    def n_declined(R):
        return cl(R, "Warning", "Purchase {OrderId} declined by provider: {Reason}", "Tidewyrm.Economy.Store.PurchaseService", OrderId=uuid(R),
                  Reason=pick(R, ["card_declined", "insufficient_funds", "steam_wallet_insufficient_funds", "user_canceled"]))

    def n_402(R):
        return req(R, "POST", "/v1/store/purchase", 402, R.uniform(30, 400), level="Warning")

    def n_409(R):
        return cl(R, "Information", "Debit refused for {PlayerId}: balance {Balance} < price {Price}", "Tidewyrm.Economy.Wallets.WalletService",
                  PlayerId=uuid(R), Balance=R.randint(0, 400), Price=R.choice([450, 800, 1200]))

    def n_banned(R):
        return cl(R, "Warning", "Player {PlayerId} is banned; purchase refused", "Tidewyrm.Economy.Store.PurchaseService", PlayerId=uuid(R))

    def n_dup(R):
        return cl(R, "Information", "Duplicate grant request {IdempotencyKey} ignored; returning grant {GrantId}", "Tidewyrm.Economy.Inventory.GrantService",
                  IdempotencyKey=uuid(R), GrantId=uuid(R))

    def n_dbcmd(R):
        return cl(R, "Information", "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
                  "Microsoft.EntityFrameworkCore.Database.Command", elapsed=str(R.randint(1, 40)), parameters="@__playerId_0='?' (DbType = Guid)", commandType="Text",
                  commandTimeout=30, newLine="\n", commandText=pick(R, ["SELECT w.currency, w.balance FROM wallets AS w WHERE w.player_id = @__playerId_0",
                                                                       "SELECT p.id, p.tier, p.ends_at FROM season_passes AS p WHERE p.player_id = @__playerId_0"]))

    def n_dp1(R):
        return cl(R, "Warning", "No XML encryptor configured. Key {KeyId:B} may be persisted to storage in unencrypted form.",
                  "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", KeyId=uuid(R))

    def n_polly(R):
        return cl(R, "Warning", "Execution attempt. Source: '{PipelineName}/{PipelineInstance}/{StrategyName}', Operation Key: '{OperationKey}', Result: '{Result}', Handled: '{Handled}', Attempt: '{Attempt}', Execution Time: {ExecutionTimeMs}ms",
                  "Polly", PipelineName="steam-client-standard", PipelineInstance="", StrategyName="Standard-Retry", OperationKey="", Result=pick(R, ["503", "429"]), Handled=True,
                  Attempt=0, ExecutionTimeMs=round(R.uniform(40, 400), 4))

    def n_retry_ok(R):
        return cl(R, "Information", "Steam {Method} succeeded on attempt {Attempt} for order {OrderId}", "Tidewyrm.Economy.Steam.SteamMicroTxnClient",
                  Method="ISteamMicroTxn/FinalizeTxn/v2", Attempt=2, OrderId=R.randint(10 ** 9, 10 ** 10))

    def n_steam_ok(R):
        return cl(R, "Information", "Steam {Method} ok for order {OrderId} ({Elapsed} ms)", "Tidewyrm.Economy.Steam.SteamMicroTxnClient",
                  Method=pick(R, ["ISteamMicroTxn/InitTxn/v3", "ISteamMicroTxn/QueryTxn/v3"]), OrderId=R.randint(10 ** 9, 10 ** 10), Elapsed=R.randint(80, 600))

    def n_expiry_ok(R):
        return cl(R, "Information", "SeasonPassExpiryWorker expired {Count} passes ({Failed} failed)", "Tidewyrm.Economy.SeasonPass.SeasonPassExpiryWorker", Count=R.randint(0, 900), Failed=0)

    def n_stripe_ok(R):
        return cl(R, "Information", "Stripe webhook {EventId} ({EventType}) fulfilled order {OrderId}", "Tidewyrm.Economy.Web.StripeWebhookController",
                  EventId="evt_" + alnum(R, 24), EventType="checkout.session.completed", OrderId=uuid(R))

    def n_stripe_dup(R):
        return cl(R, "Information", "Stripe webhook {EventId} already processed; acknowledging", "Tidewyrm.Economy.Web.StripeWebhookController", EventId="evt_" + alnum(R, 24))

    def n_invalid_sku(R):
        return req(R, "POST", "/v1/store/purchase", pick(R, [400, 404, 422]), R.uniform(2, 20), level="Information")

    def n_unauth(R):
        return req(R, "GET", "/v1/wallet/%s" % uuid(R), 401, R.uniform(0.5, 3))

    def n_cache_hit(R):
        return cl(R, "Debug", "Inventory cache {Result} for {PlayerId}", "Tidewyrm.Economy.Inventory.InventoryCache", Result=pick(R, ["hit", "miss"]), PlayerId=uuid(R))

    return [n_listen, n_started, n_env, n_stop, n_req_ok, n_req_ok, n_health, n_declined, n_402, n_409, n_banned, n_dup, n_dbcmd,
            n_dp1, n_polly, n_retry_ok, n_steam_ok, n_expiry_ok, n_stripe_ok, n_stripe_dup, n_invalid_sku, n_unauth, n_cache_hit]


def fam5(R):
    return build(R, F5, [("steam-publisher-key-regenerated-inittxn-403", e_steam), ("release-4-8-migration-not-run-bound-until", e_migration),
                         ("inventory-cache-noeviction-redis-oom", e_redis), ("season-pass-null-endsat-stops-host", e_host, 8),
                         ("stripe-webhook-recreated-signing-secret-stale", e_stripe)], e_negs())


# ---------------------------------------------------------------- colyseus-node20-pino-realtime-gateway
F6 = "colyseus-node20-pino-realtime-gateway"
HOSTS = ["ip-10-60-%d-%d.us-west-2.compute.internal" % (a, b) for a, b in [(3, 17), (3, 201), (12, 44), (12, 90), (20, 9)]]


def pn(R, level, msg, **kv):
    d = {"level": level, "time": epoch_ms(R), "pid": R.choice([1, 1, 7]), "hostname": pick(R, HOSTS)}
    d.update(kv)
    d["msg"] = msg
    return jd(d)


def roomid(R):
    return alnum(R, 9)


def errobj(typ, message, stack_frames, **extra):
    d = {"type": typ, "message": message, "stack": "%s: %s%s" % (typ, message, "".join("\n    at " + f for f in stack_frames))}
    d.update(extra)
    return d


def g_presence(R):
    # the presence cluster was replaced during the Valkey migration; REDIS_URL still names the deleted cluster, so
    # new gateway tasks cannot reach presence and no party or lobby room can be created or joined
    host = "tw-presence.x7k2qa.ng.0001.usw2.cache.amazonaws.com"
    err = errobj("Error", "getaddrinfo ENOTFOUND %s" % host, ["GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26)"], errno=-3008, code="ENOTFOUND", syscall="getaddrinfo", hostname=host)
    if R.random() < 0.5:
        return pn(R, 50, "presence redis error", err=err)
    return pn(R, 50, "seat reservation failed", room=pick(R, ["party", "lobby"]), sessionId=alnum(R, 9), err=errobj("ServerError", "failed to reserve seat: presence unavailable (ENOTFOUND)",
                                                                                                                ["MatchMaker.reserveSeatFor (/app/node_modules/@colyseus/core/build/MatchMaker.js:%d:11)" % R.randint(300, 330)], code=4212))


def g_jwt(R):
    # players were migrated to the new Cognito user pool; the gateway's COGNITO_ISSUER still names the old pool, so
    # every token from the new pool is rejected in onAuth
    err = errobj("JsonWebTokenError", "jwt issuer invalid. expected: https://cognito-idp.us-west-2.amazonaws.com/us-west-2_Tw7oLdPo0",
                 ["/app/node_modules/jsonwebtoken/verify.js:%d:21" % R.choice([198, 199]), "getSecret (/app/node_modules/jsonwebtoken/verify.js:97:14)"])
    if R.random() < 0.6:
        return pn(R, 40, "onAuth rejected", room=pick(R, ["party", "lobby"]), client=pubip(R), err=err)
    return pn(R, 50, "auth failure rate %d%% over 5m (%d/%d joins) - issuer mismatch" % (R.randint(60, 99), R.randint(300, 3000), R.randint(3000, 4000)), room="*")


def g_schema(R):
    # gateway 2.4 sets PartyMember.readyAt = null when a member un-readies; @colyseus/schema's number type refuses it
    # and the patch for the whole room fails, freezing that party for everyone in it
    rid = roomid(R)
    err = errobj("TypeError", "a 'number' was expected, but 'null' was provided in PartyMember#readyAt",
                 ["assertType (/app/node_modules/@colyseus/schema/build/cjs/index.js:%d:19)" % R.choice([1733, 1734]),
                  "PartyMember.encode (/app/node_modules/@colyseus/schema/build/cjs/index.js:2264:21)",
                  "PartyRoom.broadcastPatch (/app/node_modules/@colyseus/core/build/Room.js:%d:37)" % R.randint(500, 530)])
    if R.random() < 0.6:
        return pn(R, 50, "error while encoding room state", room="party", roomId=rid, err=err)
    return pn(R, 50, "onMessage(\"unready\") handler failed", room="party", roomId=rid, sessionId=alnum(R, 9), err=err)


def g_oom(R):
    # LobbyRoom keeps every chat message in state.history for the room's lifetime; long-lived community lobbies grow
    # until the 2 GiB heap is exhausted and the task dies
    if R.random() < 0.55:
        pidaddr = "0x%s" % hexs(R, 7)
        t = R.randint(20000000, 90000000)
        return ("<--- Last few GCs --->\n\n[1:%s] %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = 0.%03d, current mu = 0.0%02d) allocation failure; scavenge might not succeed\n"
                "[1:%s] %d ms: Mark-Compact %.1f (%.1f) -> %.1f (%.1f) MB, %.2f / 0.00 ms  (average mu = 0.%03d, current mu = 0.0%02d) allocation failure; scavenge might not succeed\n\n\n"
                "<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
                "----- Native stack trace -----\n\n 1: 0xb8%s node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n 2: 0xf0%s v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]") % (
            pidaddr, t, 2040 + R.random() * 6, 2080 + R.random() * 6, 2038 + R.random() * 6, 2084 + R.random() * 6, R.uniform(900, 2400), R.randint(100, 300), R.randint(10, 60),
            pidaddr, t + R.randint(1000, 3000), 2041 + R.random() * 6, 2082 + R.random() * 6, 2040 + R.random() * 6, 2086 + R.random() * 6, R.uniform(900, 2400), R.randint(50, 100), R.randint(1, 9),
            hexs(R, 4), hexs(R, 4))
    return pn(R, 40, "heap used %.2f GiB of 2.00 GiB; largest room lobby %s holds %d history entries" % (R.uniform(1.80, 1.98), roomid(R), R.randint(400000, 2000000)), room="lobby")


def g_inventory(R):
    # INVENTORY_API_URL in the gateway's task definition points at the staging economy service, which prod subnets
    # cannot reach; every party join falls back to an empty loadout and cosmetic purchases vanish in-game
    ip = "10.80.%d.%d" % (R.randint(0, 255), R.randint(4, 254))
    err = errobj("Error", "connect ECONNREFUSED %s:8080" % ip, ["TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"], errno=-111, code="ECONNREFUSED", syscall="connect", address=ip, port=8080)
    if R.random() < 0.55:
        return pn(R, 50, "loadout fetch failed", room="party", player=player(R), url="http://economy.staging.tidewyrm.internal:8080/v1/inventory", err=err)
    return pn(R, 40, "player %s joined with default loadout (inventory service unreachable: ECONNREFUSED)" % player(R), room="party", roomId=roomid(R))


def g_negs():
    def n_listen(R):
        return pn(R, 30, "Colyseus 0.15.%d listening on ws://0.0.0.0:2567 (processId %s)" % (R.randint(10, 20), alnum(R, 9)))

    def n_created(R):
        return pn(R, 30, "room created", room=pick(R, ["party", "lobby", "training"]), roomId=roomid(R))

    def n_joined(R):
        return pn(R, 30, "client joined", room=pick(R, ["party", "lobby"]), roomId=roomid(R), sessionId=alnum(R, 9), player=player(R))

    def n_left(R):
        return pn(R, 30, "client left", room=pick(R, ["party", "lobby"]), roomId=roomid(R), sessionId=alnum(R, 9), code=R.choice([1000, 1001, 4000]), consented=R.choice([True, False]))

    def n_disposed(R):
        return pn(R, 30, "room disposed", room=pick(R, ["party", "lobby", "training"]), roomId=roomid(R), lifetimeSec=R.randint(30, 7200))

    def n_expired(R):
        return pn(R, 40, "onAuth rejected", room=pick(R, ["party", "lobby"]), client=pubip(R),
                  err=errobj("TokenExpiredError", "jwt expired", ["/app/node_modules/jsonwebtoken/verify.js:190:21"], expiredAt=iso(R)))

    def n_seat_exp(R):
        return pn(R, 30, "seat reservation expired", room="party", roomId=roomid(R), sessionId=alnum(R, 9), seconds=15)

    def n_full(R):
        return pn(R, 30, "join rejected: room is full (maxClients 4)", room="party", roomId=roomid(R))

    def n_reconnect(R):
        return pn(R, 40, "presence redis connection lost (ECONNRESET); reconnecting in %dms" % R.choice([50, 100, 200]))

    def n_ready(R):
        return pn(R, 30, "presence redis ready", host="tw-presence-v2.x7k2qa.ng.0001.usw2.cache.amazonaws.com")

    def n_health(R):
        return pn(R, 20, "GET /health 200", responseTime=R.randint(0, 3))

    def n_stats(R):
        return pn(R, 30, "stats", rooms=R.randint(40, 900), ccu=R.randint(200, 8000), eventLoopDelayP99Ms=R.randint(8, 40), errors=0)

    def n_badmsg(R):
        return pn(R, 40, "ignored message of unknown type", room=pick(R, ["party", "lobby"]), type=R.randint(90, 250), sessionId=alnum(R, 9))

    def n_loadout_ok(R):
        return pn(R, 30, "loadout fetched", room="party", player=player(R), items=R.randint(3, 40), ms=R.randint(4, 60))

    def n_ready_up(R):
        return pn(R, 20, "member ready", room="party", roomId=roomid(R), sessionId=alnum(R, 9))

    def n_dep(R):
        return "(node:%d) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.\n(Use `node --trace-deprecation ...` to show where the warning was created)" % R.choice([1, 7, 8, 9])

    def n_kick(R):
        return pn(R, 30, "kicked from party by leader", room="party", roomId=roomid(R), player=player(R))

    def n_mm(R):
        return pn(R, 30, "party queued for matchmaking", room="party", roomId=roomid(R), ticket=uuid(R), size=R.randint(1, 4))

    def n_shutdown(R):
        return pn(R, 30, "SIGTERM received; gracefully shutting down (%d rooms, %d clients)" % (R.randint(0, 90), R.randint(0, 400)))

    def n_ratelimit(R):
        return pn(R, 40, "chat rate limit hit; message dropped", room="lobby", sessionId=alnum(R, 9), limit="5/10s")

    return [n_listen, n_created, n_joined, n_left, n_disposed, n_expired, n_seat_exp, n_full, n_reconnect, n_ready, n_health,
            n_stats, n_badmsg, n_loadout_ok, n_ready_up, n_dep, n_kick, n_mm, n_shutdown, n_ratelimit]


def fam6(R):
    return build(R, F6, [("presence-redis-url-deleted-cluster-enotfound", g_presence), ("cognito-pool-migrated-issuer-mismatch", g_jwt),
                         ("party-readyat-null-schema-encode-typeerror", g_schema), ("lobby-chat-history-unbounded-heap-oom", g_oom),
                         ("inventory-url-points-at-staging-econnrefused", g_inventory)], g_negs())


FAMILIES = {F5: fam5, F6: fam6}
