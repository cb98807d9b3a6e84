"""Families: game-servers, supabase-firebase."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- game-servers
F1 = "game-servers"

MAPS = ["Arena_Frostbite", "Harbor_Night", "Canyon_Run", "Citadel"]
PLAYERS = ["Nyx_Runner", "kestrel88", "BoltThrower", "mossy_oak", "Zed_Alpha", "pixelpriya", "GrimLatte", "tomcat_07"]


def uets(R):
    """Unreal: [yyyy.mm.dd-hh.mm.ss:mmm][frame]"""
    return "[2027.01.%02d-%s:%s][%3d]" % (day(R), hms(R).replace(":", "."), ms(R), R.randint(0, 999))


def ue(R, cat, verb, msg):
    return "%s%s: %s%s" % (uets(R), cat, (verb + ": ") if verb else "", msg)


def mcts(R):
    return hms(R)


def mc(R, level, msg, thread=None):
    if thread:
        return "[%s] [%s/%s]: %s" % (mcts(R), thread, level, msg)
    return "[%s %s]: %s" % (mcts(R), level, msg)


def g_ue_eos_session(R):
    return ue(R, "LogOnline", "Error", "OSS: [OnlineSessionEOS] Failed to register dedicated server session GameSession (%s): EOS_TimedOut" % hexs(R, 32))


def g_ue_ensure_channel(R):
    t = uets(R)
    return "\n".join([
        "%sLogOutputDevice: Warning: " % t,
        "%sLogOutputDevice: Warning: Script Stack (0 frames) :" % t,
        "%sLogOutputDevice: Error: Ensure condition failed: Channel->Actor == Actor [File:./Runtime/Engine/Private/DataChannel.cpp] [Line: %d]" % (t, pick(R, [3511, 3512])),
        "%sLogOutputDevice: Error: Stack: " % t,
        "%sLogOutputDevice: Error: [Callstack] 0x00007f%s libUnrealServer-Engine.so!UActorChannel::ReplicateActor() [./Runtime/Engine/Private/DataChannel.cpp:%d]" % (t, hexs(R, 10), pick(R, [3511, 3512])),
        "%sLogOutputDevice: Error: [Callstack] 0x00007f%s libUnrealServer-Engine.so!UNetDriver::ServerReplicateActors() []" % (t, hexs(R, 10)),
    ])


def g_ue_sigsegv(R):
    t = uets(R)
    return "\n".join([
        "%sLogCore: === Critical error: ===" % t,
        "Unhandled Exception: SIGSEGV: invalid attempt to read memory at address 0x%016x" % pick(R, [0x18, 0x20, 0x1d0]),
        "",
        "[Callstack] 0x00007f%s libUnrealServer-Engine.so!AActor::GetActorLocation() const [./Runtime/Engine/Classes/GameFramework/Actor.h:1920]" % hexs(R, 10),
        "[Callstack] 0x00007f%s libUnrealServer-ShooterGame.so!AShooterProjectile::OnImpact(FHitResult const&) [./ShooterGame/Private/Weapons/ShooterProjectile.cpp:%d]" % (hexs(R, 10), pick(R, [118, 119])),
        "[Callstack] 0x00007f%s libUnrealServer-Engine.so!UWorld::Tick(ELevelTick, float) []" % hexs(R, 10),
        "",
        "CommonUnixCrashHandler: Signal=11",
        "Engine crash handling finished; re-raising signal 11 for the default handler. Good bye.",
    ])


def g_ue_missing_map(R):
    m = "/Game/Maps/Season4/Arena_Glacier"
    return "\n".join([
        ue(R, "LogStreaming", "Error", "Couldn't find file for package %s requested by async loading code. NameToLoad: %s" % (m, m)),
        ue(R, "LogNet", "Error", "LoadMap: failed to load %s?listen?MatchId=%s (travel type: TRAVEL_Absolute)" % (m, uuid(R))),
    ])


def g_ue_bind(R):
    p = pick(R, [7777, 7778])
    return ue(R, "LogNet", "Error", "UIpNetDriver::InitListen: Failed to bind listen socket to addr (0.0.0.0:%d) for GameNetDriver IpNetDriver_%d: SE_EADDRINUSE" % (p, R.randint(0, 3)))


def g_ue_backend_reservation(R):
    return ue(R, "LogMatchmaking", "Error", "Reservation for party %s (%d players) rejected by session service: HTTP 503 from https://sessions.game.internal/v2/reservations, request_id=%s" % (
        uuid(R), R.randint(1, 4), uuid(R)))


def g_unity_nre(R):
    return "\n".join([
        "NullReferenceException: Object reference not set to an instance of an object",
        "  at MatchManager.OnPlayerJoined (Unity.Netcode.NetworkObject player, System.UInt64 clientId) [0x000%02x] in <%s>:0 " % (R.choice([0x1c, 0x2a, 0x31]), hexs(R, 32)),
        "  at Unity.Netcode.NetworkManager.HandleConnectionApproval (System.UInt64 ownerClientId, Unity.Netcode.NetworkManager+ConnectionApprovalResponse response) [0x00%03x] in <%s>:0 " % (R.randint(0x100, 0x1ff), hexs(R, 32)),
        "  at Unity.Netcode.ConnectionRequestMessage.Handle (Unity.Netcode.NetworkContext& context) [0x000d5] in <%s>:0 " % hexs(R, 32),
    ])


def g_unity_addressables(R):
    b = pick(R, ["characters_assets_all", "weapons_skins_s4", "ui_lobby_assets_all"])
    return "\n".join([
        "RemoteProviderException : Unable to load asset bundle from : https://cdn.game.example.com/bundles/StandaloneLinux64/%s_%s.bundle" % (b, hexs(R, 32)),
        "UnityWebRequest result : ConnectionError : Cannot connect to destination host",
        "url : https://cdn.game.example.com/bundles/StandaloneLinux64/%s_%s.bundle" % (b, hexs(R, 32)),
        "UnityEngine.AsyncOperation:InvokeCompletionEvent ()",
    ])


def g_unity_relay(R):
    return "[Netcode] Transport failure! Relay allocation %s needs to be recreated, and NetworkManager restarted. Use NetworkManager.OnTransportFailure to be notified of such events programmatically." % uuid(R)


def g_unity_oom(R):
    n = pick(R, [67108864, 134217728, 33554432, 268435456])
    return "\n".join([
        "Could not allocate memory: System out of memory!",
        "Trying to allocate: %dB with 16 alignment. MemoryLabel: %s" % (n, pick(R, ["NewDelete", "Serialization", "PhysicsMesh"])),
        "Allocation happened at: Line:%d in ./Runtime/Allocator/MemoryManager.cpp" % pick(R, [1541, 1542]),
        "Memory overview",
        "",
        "[ ALLOC_DEFAULT ] used: %dB | peak: 0B | reserved: %dB " % (R.randint(10**9, 4 * 10**9), R.randint(4 * 10**9, 6 * 10**9)),
    ])


def g_mc_plugin_npe(R):
    return "\n".join([
        mc(R, "ERROR", "Could not pass event PlayerJoinEvent to EconomyPlus v3.1.%d" % pick(R, [2, 2, 3])),
        "java.lang.NullPointerException: Cannot invoke \"net.example.economy.Account.getBalance()\" because \"account\" is null",
        "\tat net.example.economy.listeners.JoinListener.onJoin(JoinListener.java:%d) ~[EconomyPlus-3.1.2.jar:?]" % pick(R, [41, 42]),
        "\tat com.destroystokyo.paper.event.executor.asm.generated.GeneratedEventExecutor%d.execute(Unknown Source) ~[?:?]" % R.randint(1, 60),
        "\tat org.bukkit.plugin.EventExecutor$2.execute(EventExecutor.java:77) ~[paper-api-1.21.4-R0.1-SNAPSHOT.jar:?]",
    ])


def g_mc_chunk_save(R):
    return "\n".join([
        mc(R, "ERROR", "Failed to save chunk [%d, %d]" % (R.randint(-400, 400), R.randint(-400, 400)), thread="Server thread"),
        "java.io.IOException: No space left on device",
        "\tat java.base/sun.nio.ch.FileDispatcherImpl.write0(Native Method)",
        "\tat net.minecraft.world.level.chunk.storage.RegionFile.write(RegionFile.java:%d)" % R.randint(280, 290),
    ])


def g_mc_watchdog(R):
    t = mcts(R)
    return "\n".join([
        "[%s ERROR]: ------------------------------" % t,
        "[%s ERROR]: The server has stopped responding! This is (probably) not a Paper bug." % t,
        "[%s ERROR]: If you see a plugin in the Server thread dump below, then please report it to that author" % t,
        "[%s ERROR]: \t *Especially* if it looks like HTTP or MySQL operations are occurring" % t,
        "[%s ERROR]: ------------------------------" % t,
        "[%s ERROR]: Server thread dump (Look for plugins here before reporting to Paper!):" % t,
        "[%s ERROR]: \tnet.example.claims.storage.SqlClaimStore.loadClaims(SqlClaimStore.java:%d)" % (t, pick(R, [212, 213])),
    ])


def g_mc_luckperms_db(R):
    return mc(R, "ERROR", "[LuckPerms] Unable to connect to the database: HikariPool-1 - Connection is not available, request timed out after %dms (total=10, active=10, idle=0, waiting=%d)" % (
        pick(R, [30000, 30001, 30004]), R.randint(1, 40)))


def n_ue_join(R):
    return ue(R, "LogNet", "", "Join succeeded: %s" % pick(R, PLAYERS) + ("" if R.random() < 0.5 else "_%d" % R.randint(1, 999)))


def n_ue_conn_lost(R):
    return ue(R, "LogNet", "", "NetworkFailure: ConnectionLost, Error: 'Your connection to the host has been lost.' (player %s, IP %s:%d)" % (pick(R, PLAYERS), ipdoc(R), port(R)))


def n_ue_warn_close(R):
    return ue(R, "LogNet", "Warning", "UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: %.2f, Real: %.2f, Good: %.2f, DriverTime: %.2f, Threshold: 30.00, [UNetConnection] RemoteAddr: %s:%d, Name: IpConnection_%d" % (
        R.uniform(30, 31), R.uniform(30, 31), R.uniform(30, 31), R.uniform(100, 9000), ipdoc(R), port(R), R.randint(0, 99)))


def n_ue_loadmap(R):
    return ue(R, "LogLoad", "", "Took %.6f seconds to LoadMap(/Game/Maps/%s)" % (R.uniform(0.1, 3), pick(R, MAPS)))


def n_ue_match_end(R):
    return ue(R, "LogGameMode", "Display", "Match %s ended: %d players, duration %ds, 0 errors reported by anti-cheat" % (uuid(R), R.randint(2, 16), R.randint(300, 1800)))


def n_ue_oss_warn(R):
    return ue(R, "LogOnline", "Warning", "OSS: [OnlineSessionEOS] UpdateSession for GameSession took %d ms, retrying heartbeat after error EOS_TooManyRequests" % R.randint(800, 4000))


def n_ue_display(R):
    return ue(R, pick(R, ["LogInit", "LogWorld", "LogServer"]), "Display", pick(R, [
        "Game Engine Initialized.", "Bringing World /Game/Maps/%s.%s up for play (max tick rate 60) at 2027.01.%02d-%s" % (pick(R, MAPS), pick(R, MAPS), day(R), hms(R).replace(":", ".")),
        "Server tick: avg %.2f ms, max %.2f ms over last 1000 frames" % (R.uniform(4, 12), R.uniform(12, 30))]))


def n_unity_info(R):
    return pick(R, [
        "[Netcode] Client %d connected (approved in %d ms)" % (R.randint(1, 64), R.randint(3, 90)),
        "Loading scene %s (mode Single) took %d ms" % (pick(R, MAPS), R.randint(200, 3000)),
        "[Matchmaker] Backfill ticket %s updated: %d/12 players" % (uuid(R), R.randint(1, 12)),
        "UnloadTime: %.6f ms" % R.uniform(0.5, 5),
    ])


def n_unity_warn(R):
    return pick(R, [
        "The referenced script (Unknown) on this Behaviour is missing! (GameObject 'Spawner_%02d')" % R.randint(1, 40),
        "[Netcode] Trying to receive NamedMessage from client %d which is not in a connected state." % R.randint(1, 64),
        "Addressables: retrying download of catalog_%d.json after error (attempt %d of 3)" % (R.randint(1, 9), R.randint(1, 2)),
    ])


def n_mc_join(R):
    p = pick(R, PLAYERS)
    return pick(R, [
        mc(R, "INFO", "%s joined the game" % p),
        mc(R, "INFO", "%s left the game" % p),
        mc(R, "INFO", "UUID of player %s is %s" % (p, uuid(R))),
        mc(R, "INFO", "%s[/%s:%d] logged in with entity id %d at ([world]%.1f, %.1f, %.1f)" % (p, ipdoc(R), port(R), R.randint(100, 99999), R.uniform(-500, 500), R.uniform(60, 120), R.uniform(-500, 500))),
    ])


def n_mc_chat(R):
    return mc(R, "INFO", "<%s> %s" % (pick(R, PLAYERS), pick(R, [
        "got an error when i tried /home lol", "anyone else lagging? server failed to load my chunk", "gg", "the shop says ERROR: not enough coins",
        "brb %d min" % R.randint(2, 15), "who broke the nether portal"])))


def n_mc_cant_keep_up(R):
    ms_ = R.randint(2000, 9000)
    return mc(R, "WARN", "Can't keep up! Is the server overloaded? Running %dms or %d ticks behind" % (ms_, ms_ // 50))


def n_mc_moved(R):
    return mc(R, "WARN", "%s moved too quickly! %.6f,%.6f,%.6f" % (pick(R, PLAYERS), R.uniform(-20, 20), R.uniform(-5, 5), R.uniform(-20, 20)))


def n_mc_save(R):
    return pick(R, [
        mc(R, "INFO", "Saving the game (this may take a moment!)"),
        mc(R, "INFO", "Saved the game"),
        mc(R, "INFO", "[LuckPerms] Performing a scheduled sync: %d groups, %d users, 0 errors" % (R.randint(3, 20), R.randint(10, 500))),
        mc(R, "INFO", "[CoreProtect] Database purge complete: %d rows removed in %.1fs" % (R.randint(100, 99999), R.uniform(0.2, 30))),
        mc(R, "INFO", "Done (%.3fs)! For help, type \"help\"" % R.uniform(5, 60)),
    ])


def game_servers(R):
    groups = [
        ("ue-eos-register-session-timed-out", g_ue_eos_session),
        ("ue-ensure-actor-channel-mismatch", g_ue_ensure_channel),
        ("ue-sigsegv-projectile-on-impact", g_ue_sigsegv),
        ("ue-missing-map-arena-glacier", g_ue_missing_map),
        ("ue-listen-port-in-use", g_ue_bind, 6),
        ("ue-party-reservation-session-service-503", g_ue_backend_reservation),
        ("unity-match-manager-nre", g_unity_nre),
        ("unity-addressables-bundle-connection-error", g_unity_addressables),
        ("unity-relay-transport-failure", g_unity_relay),
        ("unity-out-of-memory", g_unity_oom),
        ("mc-economyplus-join-npe", g_mc_plugin_npe),
        ("mc-chunk-save-no-space", g_mc_chunk_save),
        ("mc-watchdog-server-not-responding", g_mc_watchdog),
        ("mc-luckperms-db-pool-timeout", g_mc_luckperms_db),
    ]
    negs = [n_ue_join, n_ue_conn_lost, n_ue_warn_close, n_ue_loadmap, n_ue_match_end, n_ue_oss_warn, n_ue_display,
            n_unity_info, n_unity_warn, n_mc_join, n_mc_chat, n_mc_cant_keep_up, n_mc_moved, n_mc_save]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- supabase-firebase
F2 = "supabase-firebase"


def gts(R):
    return "2027-01-%02dT%sZ" % (day(R), hms(R))


def gotrue(R, level, msg, **kw):
    d = {"component": "api"}
    d.update(kw)
    d.update({"level": level, "msg": msg, "time": gts(R)})
    return jd(dict(sorted(d.items())))


def req(R, method, path, status=None):
    d = {"method": method, "path": path, "referer": "https://app.example.com", "remote_addr": ipdoc(R), "request_id": uuid(R)}
    if status is not None:
        d["status"] = status
    return d


def prts(R):
    return "%02d/Jan/2027:%s +0000" % (day(R), hms(R))


def fts(R, frac=6):
    return "2027-01-%02dT%s.%sZ" % (day(R), hms(R), "".join(str(R.randint(0, 9)) for _ in range(frac)))


def fn(R, sev, name, msg):
    return "%s %s %s: %s" % (fts(R), sev, name, msg)


def g_gotrue_signup_db(R):
    return gotrue(R, "error", "500: Database error saving new user",
                  error="ERROR: null value in column \"tenant_id\" of relation \"profiles\" violates not-null constraint (SQLSTATE 23502)",
                  **req(R, "POST", "/signup"))


def g_gotrue_smtp(R):
    return gotrue(R, "error", "500: Error sending confirmation email",
                  error="gomail: could not send email 1: dial tcp %s:587: i/o timeout" % ipdoc(R), **req(R, "POST", pick(R, ["/signup", "/resend"])))


def g_gotrue_hook(R):
    return gotrue(R, "error", "500: Error running hook URI: pg-functions://postgres/public/custom_access_token_hook",
                  error="ERROR: canceling statement due to statement timeout (SQLSTATE 57014)", **req(R, "POST", "/token"),
                  grant_type=pick(R, ["password", "refresh_token"]))


def g_gotrue_migrate(R):
    return jd({"level": "fatal", "msg": "running db migrations: error executing migrations/20270105120000_add_mfa_factor_phone.up.sql, sql: ALTER TABLE \"auth\".\"mfa_factors\" ADD COLUMN phone text: ERROR: must be owner of table mfa_factors (SQLSTATE 42501)",
               "time": gts(R)})


def g_postgrest_schema_cache(R):
    return "%s: Failed to load the schema cache. {\"code\":\"42501\",\"details\":null,\"hint\":null,\"message\":\"permission denied for schema api\"}" % prts(R)


def g_postgrest_pool(R):
    return "%s: Timed out acquiring connection from connection pool. (db-pool=%d, waited %dms, request %s %s)" % (
        prts(R), 10, pick(R, [10000, 10001, 10003]), pick(R, ["GET", "POST", "PATCH"]), pick(R, ["/orders", "/rpc/checkout", "/order_items", "/customers"]))


def g_postgrest_config(R):
    return "%s: Failed to parse the configuration file /etc/postgrest.conf: jwt-secret: must be at least 32 characters long\nPostgREST exited with status 1" % prts(R)


def stack_js(R, fn_, file_, line):
    return "\n".join([
        "    at %s (/workspace/lib/%s.js:%d:%d)" % (fn_, file_, line, R.randint(9, 30)),
        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        "    at async /workspace/node_modules/firebase-functions/lib/common/providers/https.js:%d:%d" % (R.randint(400, 470), R.randint(20, 40)),
    ])


def g_fn_process_order(R):
    return "%s\n%s" % (fn(R, "E", "processOrder", "TypeError: Cannot read properties of undefined (reading 'priceCents')"),
                       stack_js(R, "computeTotals", "orders/totals", pick(R, [27, 28])))


def g_fn_crash(R):
    return fn(R, "?", "processOrder", "Function execution took %d ms, finished with status: 'crash'" % R.randint(30, 2000))


def g_fn_index(R):
    return "\n".join([
        fn(R, "E", "weeklyDigest", "Error: 9 FAILED_PRECONDITION: The query requires an index. You can create it here: https://console.firebase.google.com/v1/r/project/example-shop-prod/firestore/indexes?create_composite=%s" % alnum(R, 120)),
        "    at callErrorFromStatus (/workspace/node_modules/@grpc/grpc-js/build/src/call.js:31:19)",
        "    at Object.onReceiveStatus (/workspace/node_modules/@grpc/grpc-js/build/src/client.js:%d:%d)" % (R.randint(190, 200), R.randint(70, 80)),
    ])


def g_fn_timeout(R):
    return fn(R, "?", "generateReport", "Function execution took %d ms, finished with status: 'timeout'" % R.randint(540000, 540090))


def g_fn_stripe(R):
    return fn(R, "E", "stripeWebhook", "Webhook signature verification failed. No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe? (event evt_%s)" % alnum(R, 24))


def g_fn_memory(R):
    return fn(R, "E", "resizeImage", "Function invocation was interrupted. Error: memory limit exceeded. (used %d MiB of 256 MiB, execution %s)" % (R.randint(257, 300), alnum(R, 12)))


def n_gotrue_req(R):
    m, p, s = pick(R, [("GET", "/user", 200), ("POST", "/token", 200), ("POST", "/logout", 204), ("GET", "/settings", 200), ("POST", "/otp", 200)])
    d = req(R, m, p, s)
    d["duration"] = R.randint(2000, 900000)
    return gotrue(R, "info", "request completed", **d)


def n_gotrue_4xx(R):
    m = pick(R, ["400: Invalid login credentials", "422: User already registered", "400: Email not confirmed", "401: invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired", "404: User not found"])
    return gotrue(R, "info", m, **req(R, "POST", pick(R, ["/token", "/signup", "/verify", "/user"])))


def n_gotrue_warn(R):
    return gotrue(R, "warning", pick(R, ["429: Email rate limit exceeded", "Request rate limited, retrying SMTP send after error (attempt 1/3)", "using deprecated GOTRUE_JWT_DEFAULT_GROUP_NAME"]), **req(R, "POST", "/recover"))


def n_gotrue_audit(R):
    return gotrue(R, "info", "audit", action=pick(R, ["login", "logout", "token_refreshed", "user_signedup", "user_recovery_requested"]), actor_id=uuid(R), **req(R, "POST", "/token"))


def n_postgrest_boot(R):
    return "%s: %s" % (prts(R), pick(R, [
        "Starting PostgREST 12.2.%d..." % R.randint(0, 9),
        "Attempting to connect to the database...",
        "Connection successful",
        "Listening on port 3000",
        "Config reloaded",
        "Schema cache queried in %.1f milliseconds" % R.uniform(5, 900),
        "Schema cache loaded %d Relations, %d Relationships, %d Functions" % (R.randint(10, 200), R.randint(10, 300), R.randint(5, 90)),
    ]))


def n_postgrest_retry(R):
    return "%s: Database connection error. Retrying the connection. (attempt %d, next in %ds)" % (prts(R), R.randint(1, 4), pick(R, [1, 2, 4, 8]))


def n_postgrest_access(R):
    return '%s - %s [%s] "%s %s HTTP/1.1" %d - "" "%s"' % (ip10(R), pick(R, ["web_anon", "authenticated", "service_role"]), prts(R),
                                                             pick(R, ["GET", "POST", "PATCH"]), pick(R, ["/orders?select=*&status=eq.open", "/rpc/checkout", "/profiles?id=eq.%s" % uuid(R)]),
                                                             pick(R, [200, 200, 201, 204, 400, 401, 404, 409, 500]), pick(R, ["supabase-js/2.47.10", "postgrest-py/0.16"]))


def n_fn_start(R):
    return fn(R, pick(R, ["D", "?"]), pick(R, ["processOrder", "weeklyDigest", "stripeWebhook", "resizeImage", "generateReport"]), "Function execution started")


def n_fn_ok(R):
    return fn(R, pick(R, ["D", "?"]), pick(R, ["processOrder", "weeklyDigest", "stripeWebhook", "resizeImage"]), pick(R, [
        "Function execution took %d ms, finished with status: 'ok'" % R.randint(5, 9000),
        "Function execution took %d ms, finished with status code: %d" % (R.randint(5, 9000), pick(R, [200, 200, 204, 400, 404]))]))


def n_fn_info(R):
    return fn(R, "I", pick(R, ["processOrder", "weeklyDigest", "syncInventory"]), pick(R, [
        "order %s processed: %d items, errors=0" % (alnum(R, 20), R.randint(1, 9)),
        "digest sent to %d users (0 failed)" % R.randint(10, 5000),
        "inventory sync complete, %d docs written" % R.randint(1, 800),
        "Callable request verification passed {\"verifications\":{\"app\":\"MISSING\",\"auth\":\"VALID\"}}",
    ]))


def n_fn_warn(R):
    return fn(R, "W", pick(R, ["processOrder", "syncInventory"]), pick(R, [
        "retrying Firestore write after error ABORTED: Too much contention on these documents (attempt %d/5)" % R.randint(1, 4),
        "Slow upstream: inventory API responded in %d ms" % R.randint(2000, 9000),
        "Ignoring duplicate delivery of event %s (already processed)" % alnum(R, 20),
    ]))


def supabase_firebase(R):
    groups = [
        ("gotrue-signup-profiles-tenant-not-null", g_gotrue_signup_db),
        ("gotrue-smtp-confirmation-timeout", g_gotrue_smtp),
        ("gotrue-access-token-hook-statement-timeout", g_gotrue_hook),
        ("gotrue-migration-mfa-factors-not-owner", g_gotrue_migrate, 5),
        ("postgrest-schema-cache-permission-denied", g_postgrest_schema_cache, 8),
        ("postgrest-pool-acquire-timeout", g_postgrest_pool),
        ("postgrest-config-jwt-secret-too-short", g_postgrest_config, 6),
        ("fn-process-order-price-cents-undefined", g_fn_process_order),
        ("fn-process-order-crash", g_fn_crash),
        ("fn-weekly-digest-missing-index", g_fn_index),
        ("fn-generate-report-timeout", g_fn_timeout),
        ("fn-stripe-webhook-signature", g_fn_stripe),
        ("fn-resize-image-memory-limit", g_fn_memory),
    ]
    negs = [n_gotrue_req, n_gotrue_4xx, n_gotrue_warn, n_gotrue_audit, n_postgrest_boot, n_postgrest_retry, n_postgrest_access,
            n_fn_start, n_fn_ok, n_fn_info, n_fn_warn]
    return build(R, F2, groups, negs)


FAMILIES = {F1: game_servers, F2: supabase_firebase}
