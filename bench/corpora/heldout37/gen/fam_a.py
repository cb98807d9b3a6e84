"""Families: gamelift-cpp-spdlog-dedicated-server, unreal5-dedicated-server-lognet.

The studio "tidewyrm" (invented) runs its arena shooter "Wyrmclash" in us-west-2. The in-house C++ dedicated server
runs on Amazon GameLift managed EC2 fleets (Amazon Linux 2023) with the GameLift Server SDK 5.x and logs with spdlog's
default pattern ("[2029-12-05 13:04:11.123] [logger] [level] message") to a file the CloudWatch agent ships; the agent's
multi_line_start_pattern is "^\\[\\d{4}-" so a backward-cpp crash report stays one event. The co-op mode "Tidefall"
is an Unreal Engine 5.4 Linux dedicated server on a second GameLift fleet; its Saved/Logs file is shipped the same way
(start pattern "^\\[\\d{4}\\.") so a crash report with its callstack is one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, day, hms,
                    spd_ts, ue_ts, steamid, player)

# ---------------------------------------------------------------- gamelift-cpp-spdlog-dedicated-server
F1 = "gamelift-cpp-spdlog-dedicated-server"
MAPS = ["frostfen", "saltspire", "cinderwake", "gullreach", "brinehold"]
MODES = ["ranked-5v5", "casual-5v5", "ffa-12", "ctf-8v8"]


def fleet():
    return "fleet-3f9c1e72-5a0b-4d6e-8c21-7be04a9d1f35"


def gsess(R):
    return "arn:aws:gamelift:%s::gamesession/%s/gsess-%s" % (REGION, fleet(), uuid(R))


def psess(R):
    return "psess-" + uuid(R)


def sl(R, logger, level, msg):
    return "[%s] [%s] [%s] %s" % (spd_ts(R), logger, level, msg)


def a_pak(R):
    # build 2.29.1 was uploaded without content/maps/frostfen.pak; every session rotated onto that map fails to load
    t = R.random()
    if t < 0.35:
        return sl(R, "content", "error", "failed to mount pak '/local/game/content/maps/frostfen.pak': No such file or directory (build 2.29.1)")
    if t < 0.65:
        return sl(R, "gamesrv", "critical", "level load failed for map=frostfen mode=%s session=gsess-%s: required pak not mounted; ending game session" % (pick(R, MODES), uuid(R)))
    return sl(R, "gamelift", "error", "ActivateGameSession not called for %s: map frostfen failed to load; calling ProcessEnding() (exit 3)" % gsess(R))


def a_crash(R):
    # snapshot delta writer overruns its 64-player buffer when ffa-12 lobbies are backfilled past 12 with spectators;
    # the process crashes (backward-cpp report) and GameLift reports the session as terminated
    tid = R.randint(1200, 9000)
    base = "55%s" % hexs(R, 6)
    if R.random() < 0.7:
        frames = [
            ("main", "src/main.cpp", 88), ("wyrm::Server::Run()", "src/server.cpp", 241),
            ("wyrm::Server::Tick(double)", "src/server.cpp", 317), ("wyrm::net::Replicator::Flush()", "src/net/replicator.cpp", 156),
            ("wyrm::net::SnapshotWriter::WriteDelta(wyrm::net::ClientView const&)", "src/net/snapshot_writer.cpp", R.choice([212, 214])),
        ]
        body = "Stack trace (most recent call last) in thread %d:\n" % tid
        n = len(frames)
        body += "#%-5d Object \"/lib64/libc.so.6\", at 0x7f%s, in __libc_start_main\n" % (n, hexs(R, 10))
        for i, (fn, src, line) in enumerate(frames):
            body += "#%-5d Source \"%s\", line %d, in %s [0x%s%s]\n" % (n - 1 - i, src, line, fn, base, hexs(R, 4))
        body += "Segmentation fault (Address not mapped to object [0x%x])" % R.randint(0x10, 0x2ff)
        return sl(R, "crash", "critical", "caught SIGSEGV in tick thread; writing report to /local/game/logs/crash-%d.txt" % R.randint(100000, 999999)) + "\n" + body
    return sl(R, "gamelift", "error", "server process exited abnormally during %s (signal 11, players=%d); GameLift will mark the game session TERMINATED" % (
        gsess(R), R.randint(13, 16)))


def a_results(R):
    # the server-to-backend key in Secrets Manager was rotated; builds bake the old key, so every match result
    # upload to the stats API is refused and ranked MMR / XP is never awarded
    mid = "m_" + lower(R, 14)
    if R.random() < 0.6:
        return sl(R, "results", "error", "match result upload failed: POST https://api.tidewyrm.example/v2/match-results -> 403 {\"error\":\"invalid_server_key\",\"key_id\":\"srv-2029-11\"} match=%s attempt %d/3" % (
            mid, R.randint(1, 3)))
    return sl(R, "results", "error", "giving up on match results for %s after 3 attempts (last status 403); %d players will not receive XP/MMR" % (mid, R.randint(8, 16)))


def a_tick(R):
    # the fleet was moved to c7g.large with 4 processes per instance; ctf-8v8 sessions cannot hold the 30 Hz tick
    avg = R.uniform(66, 110)
    if R.random() < 0.65:
        return sl(R, "sim", "error", "tick overrun: %d consecutive ticks over 2x budget (avg %.1fms, budget 33.3ms, players=%d, mode=ctf-8v8); simulation falling behind" % (
            R.randint(12, 90), avg, 16))
    return sl(R, "gamesrv", "error", "server frame time degraded for %ds (p95 %.1fms > 66.6ms); clients rubber-banding, session=gsess-%s" % (R.randint(30, 600), avg + 8, uuid(R)))


def a_ac(R):
    # the anti-cheat vendor module libtwac.so 7.2 needs GLIBC_2.38; the fleet AMI image still ships an older glibc
    t = R.random()
    if t < 0.4:
        return sl(R, "anticheat", "critical", "dlopen('/local/game/bin/libtwac.so') failed: /lib64/libc.so.6: version `GLIBC_2.38' not found (required by /local/game/bin/libtwac.so)")
    if t < 0.7:
        return sl(R, "gamelift", "error", "OnStartGameSession rejected for %s: anti-cheat module not loaded; refusing to host ranked session" % gsess(R))
    return sl(R, "gamelift", "error", "ProcessEnding() after anti-cheat init failure (pid %d, port %d)" % (R.randint(3000, 60000), R.choice([7777, 7778, 7779, 7780])))


def a_negs():
    def n_init(R):
        return sl(R, "gamelift", "info", "InitSDK() succeeded (server sdk 5.1.%d, fleet %s, compute i-0%s)" % (R.randint(0, 3), fleet(), hexs(R, 16)))

    def n_ready(R):
        return sl(R, "gamelift", "info", "ProcessReady() ok: port=%d logPaths=[/local/game/logs/server-%d.log]" % (R.choice([7777, 7778, 7779, 7780]), R.randint(1000, 60000)))

    def n_start(R):
        return sl(R, "gamelift", "info", "OnStartGameSession: %s map=%s mode=%s maxPlayers=%d" % (gsess(R), pick(R, MAPS[1:]), pick(R, MODES), R.choice([10, 12, 16])))

    def n_activate(R):
        return sl(R, "gamelift", "info", "ActivateGameSession() ok for gsess-%s (load %.2fs)" % (uuid(R), R.uniform(2, 9)))

    def n_accept(R):
        return sl(R, "gamelift", "info", "AcceptPlayerSession(%s) ok player=%s" % (psess(R), player(R)))

    def n_accept_expired(R):
        return sl(R, "gamelift", "warn", "AcceptPlayerSession(%s) rejected: player session is not RESERVED (TIMEDOUT); disconnecting client %s" % (psess(R), pubip(R)))

    def n_remove(R):
        return sl(R, "gamelift", "info", "RemovePlayerSession(%s) ok reason=%s" % (psess(R), pick(R, ["client_quit", "match_end", "kicked_idle"])))

    def n_health(R):
        return sl(R, "gamelift", "debug", "OnHealthCheck -> healthy (tick_ms_p95=%.1f, players=%d)" % (R.uniform(6, 24), R.randint(0, 16)))

    def n_tick_spike(R):
        return sl(R, "sim", "warn", "tick %d took %.1fms (budget 33.3ms) during %s" % (R.randint(1000, 900000), R.uniform(34, 48), pick(R, ["map load", "round reset", "spawn wave", "GC of projectiles"])))

    def n_stats(R):
        return sl(R, "net", "info", "net stats: clients=%d rtt_p50=%dms rtt_p95=%dms loss=%.2f%% dropped_packets=0 resends=%d" % (
            R.randint(2, 16), R.randint(18, 60), R.randint(60, 140), R.random() * 0.6, R.randint(0, 40)))

    def n_results_ok(R):
        return sl(R, "results", "info", "match results uploaded for m_%s (players=%d, errors=0, %dms)" % (lower(R, 14), R.randint(8, 16), R.randint(40, 300)))

    def n_results_retry(R):
        return sl(R, "results", "warn", "match result upload got 503 from api.tidewyrm.example; retrying in %dms (attempt 1/3)" % R.choice([250, 500, 1000]))

    def n_results_retry_ok(R):
        return sl(R, "results", "info", "match results for m_%s uploaded on attempt 2/3 (status 201)" % lower(R, 14))

    def n_kick(R):
        return sl(R, "gamesrv", "info", "kicked player %s reason=%s" % (player(R), pick(R, ["idle 120s", "vote kick", "team damage limit"])))

    def n_disconnect(R):
        return sl(R, "net", "info", "client %s:%d disconnected (%s)" % (pubip(R), R.randint(1024, 65000), pick(R, ["client_quit", "timeout after 10s without packets", "connection reset by client"])))

    def n_terminate(R):
        return sl(R, "gamelift", "info", "OnProcessTerminate received (termination time %d); draining %d players and exiting" % (1890777600 + R.randint(0, 2400000), R.randint(0, 6)))

    def n_ending(R):
        return sl(R, "gamelift", "info", "ProcessEnding() after normal match end (exit 0)")

    def n_boot(R):
        return sl(R, "gamesrv", "info", "Wyrmclash dedicated server 2.29.%d (git %s) starting, %d worker threads" % (R.randint(0, 3), hexs(R, 9), R.choice([2, 4])))

    def n_ac_ok(R):
        return sl(R, "anticheat", "info", "anti-cheat module 7.1.%d loaded; heartbeat every 30s, violations=0" % R.randint(0, 9))

    def n_mount(R):
        return sl(R, "content", "info", "mounted pak '/local/game/content/maps/%s.pak' (%d MiB, sha256 %s…)" % (pick(R, MAPS[1:]), R.randint(200, 900), hexs(R, 12)))

    def n_round(R):
        return sl(R, "gamesrv", "info", "round %d ended on %s: score %d-%d, duration %ds" % (R.randint(1, 12), pick(R, MAPS[1:]), R.randint(0, 13), R.randint(0, 13), R.randint(90, 420)))

    def n_cheat(R):
        return sl(R, "anticheat", "warn", "player %s kicked: integrity violation (code 0x%s); reported to anti-cheat service" % (player(R), hexs(R, 4)))

    def n_dbg(R):
        return sl(R, "net", "debug", "snapshot seq=%d clients=%d bytes=%d delta_ratio=%.2f" % (R.randint(1000, 9000000), R.randint(2, 12), R.randint(400, 1180), R.random()))

    return [n_init, n_ready, n_start, n_activate, n_accept, n_accept_expired, n_remove, n_health, n_tick_spike, n_stats,
            n_results_ok, n_results_retry, n_results_retry_ok, n_kick, n_disconnect, n_terminate, n_ending, n_boot,
            n_ac_ok, n_mount, n_round, n_cheat, n_dbg]


def fam1(R):
    return build(R, F1, [("build-2-29-1-missing-frostfen-pak", a_pak), ("ffa-backfill-snapshot-writer-segfault", a_crash),
                         ("server-api-key-rotated-match-results-403", a_results), ("ctf-tick-overrun-after-c7g-4-procs", a_tick),
                         ("anticheat-libtwac-needs-glibc-2-38", a_ac)], a_negs())


# ---------------------------------------------------------------- unreal5-dedicated-server-lognet
F2 = "unreal5-dedicated-server-lognet"


def ue(R, cat, verb, msg):
    return "%s%s: %s%s" % (ue_ts(R), cat, (verb + ": ") if verb else "", msg)


def eosid(R):
    return "EOS:%s" % hexs(R, 32)


def conn_desc(R, pc=True):
    n = R.randint(0, 40)
    return ("[UNetConnection] RemoteAddr: %s:%d, Name: IpConnection_%d, Driver: GameNetDriver IpNetDriver_0, IsServer: YES, PC: %s, Owner: %s, UniqueId: %s" % (
        pubip(R), R.randint(1024, 65000), n, "PC_Tidefall_C_%d" % n if pc else "NULL", "PC_Tidefall_C_%d" % n if pc else "NULL", eosid(R) if pc else "INVALID"))


def b_eos(R):
    # the EOS client secret for the dedicated-server client policy was rotated in the Dev Portal; the fleet's
    # DefaultEngine.ini still has the old one, so the server cannot log in and sessions are never registered
    t = R.random()
    if t < 0.4:
        return ue(R, "LogEOSSDK", "Error", "LogEOSAuth: Client credentials login failed: EOS_InvalidCredentials (client %s)" % ("xyza7891" + alnum(R, 24)))
    if t < 0.7:
        return ue(R, "LogOnline", "Error", "OSS: EOS: Dedicated server failed to acquire a client access token (EOS_InvalidCredentials); sessions will not be created")
    return ue(R, "LogOnlineSession", "Warning", "OSS: Failed to create session 'GameSession' for Tidefall_%s: EOS_InvalidUser (server not logged in)" % upper(R, 6))


def b_gamemode(R):
    # the Siege game mode blueprint was left out of the cook (not in PrimaryAssetLabel); siege sessions load the map
    # but cannot spawn the mode
    t = R.random()
    if t < 0.4:
        return ue(R, "LogLinker", "Warning", "Failed to load '/Game/Modes/Siege/BP_GM_Siege': Can't find file.")
    if t < 0.75:
        return ue(R, "LogLoad", "Error", "Failed to load game mode class '/Game/Modes/Siege/BP_GM_Siege.BP_GM_Siege_C' for map /Game/Maps/%s (URL ?game=Siege?listen)" % pick(R, ["Saltspire_Siege", "Brinehold_Siege"]))
    return ue(R, "LogGameLift", "Error", "OnStartGameSession: world for mode 'Siege' has no valid GameMode; calling ProcessEnding (session gsess-%s)" % uuid(R))


def b_overflow(R):
    # 5.4.2's inventory sync calls the reliable ClientUpdateInventory RPC per item; opening a large stash overflows
    # the reliable buffer and the server closes the player's connection
    t = R.random()
    n = R.randint(0, 40)
    if t < 0.6:
        return ue(R, "LogNet", "Warning", "Closing connection. Can't send function 'ClientUpdateInventory' on 'PC_Tidefall_C_%d': Reliable buffer overflow. FieldCache->FieldNetIndex: %d Max %d. Ack: %d" % (
            n, R.randint(20, 90), R.randint(90, 200), R.randint(100, 90000)))
    return ue(R, "LogNet", None, "UNetConnection::Close: %s, Channels: %d, Time: 2029.12.%02d-%s, Reason: ReliableBufferOverflow (stash sync items=%d)" % (
        conn_desc(R), R.randint(40, 200), day(R), hms(R).replace(":", "."), R.randint(300, 1200)))


def b_crash(R):
    # equipping a harpoon whose WeaponComponent was not replicated yet dereferences null (5.4.2 regression)
    ts = ue_ts(R)
    if R.random() < 0.7:
        addr = "0x%016x" % R.choice([0x48, 0x50, 0x58])
        cs = "\n".join("[Callstack] 0x%016x libUnrealServer-Tidefall.so!%s [%s]" % (R.randint(0x7f0000000000, 0x7fffffffffff), fn, src) for fn, src in [
            ("AWyrmCharacter::OnWeaponEquipped(UWeaponComponent*)", "/build/Tidefall/Source/Tidefall/Private/WyrmCharacter.cpp:412"),
            ("AWyrmCharacter::OnRep_EquippedSlot()", "/build/Tidefall/Source/Tidefall/Private/WyrmCharacter.cpp:377"),
            ("UObject::ProcessEvent(UFunction*, void*)", "/build/UE5/Engine/Source/Runtime/CoreUObject/Private/UObject/ScriptCore.cpp:2142"),
        ])
        return ("%sLogCore: === Critical error: ===\nUnhandled Exception: SIGSEGV: invalid attempt to read memory at address %s\n\n%sLogCore: Fatal error!\n\n%s" % (
            ts, addr, ts, cs))
    return ue(R, "LogGameLift", "Error", "server process pid %d terminated by signal 11 (crash report /local/game/Tidefall/Saved/Crashes/crashinfo-Tidefall-%s); session gsess-%s lost %d players" % (
        R.randint(3000, 60000), upper(R, 8), uuid(R), R.randint(1, 4)))


def b_bind(R):
    # the fleet runtime configuration was raised to 4 concurrent processes but every process is launched with
    # -port=7777, so processes 2-4 cannot bind and never call ProcessReady
    t = R.random()
    if t < 0.4:
        return ue(R, "LogNet", "Warning", "Could not bind local port 7777 after 1 attempts (errno SE_EADDRINUSE)")
    if t < 0.7:
        return ue(R, "LogNet", "Error", "UIpNetDriver::InitListen: Failed to init net driver ListenURL: /Game/Maps/%s?listen: Address already in use" % pick(R, ["Gullreach", "Saltspire", "Cinderwake"]))
    return ue(R, "LogGameLift", "Error", "ProcessReady() skipped: GameNetDriver failed to listen on port 7777 (process %d of 4)" % R.randint(2, 4))


def b_negs():
    def n_login(R):
        return ue(R, "LogNet", None, "Login request: ?Name=%s?platform=%s userId: %s platform: EOS" % (
            pick(R, ["Wyrmling", "Saltdog", "Brinewitch", "Kestrel", "Harpooner"]) + digits(R, 3), pick(R, ["WIN", "PS5", "XSX"]), eosid(R)))

    def n_join(R):
        return ue(R, "LogNet", None, "Join succeeded: %s" % (pick(R, ["Wyrmling", "Saltdog", "Brinewitch", "Kestrel"]) + digits(R, 4)))

    def n_close(R):
        return ue(R, "LogNet", None, "UNetConnection::Close: %s, Channels: %d, Time: 2029.12.%02d-%s, Reason: %s" % (
            conn_desc(R), R.randint(20, 120), day(R), hms(R).replace(":", "."), pick(R, ["ClientLeft", "Cleanup", "MatchEnded"])))

    def n_timeout(R):
        return ue(R, "LogNet", "Warning", "UNetConnection::Tick: Connection TIMED OUT. Closing connection.. Elapsed: %.2f, Real: %.2f, Good: %.2f, DriverTime: %.2f, Threshold: 60.00, %s" % (
            60 + R.random(), 60 + R.random(), 60 + R.random(), R.uniform(300, 9000), conn_desc(R)))

    def n_accept(R):
        return ue(R, "LogNet", None, "NotifyAcceptingConnection accepted from: %s:%d" % (pubip(R), R.randint(1024, 65000)))

    def n_engine(R):
        return ue(R, "LogInit", "Display", "Engine is initialized. Leaving FEngineLoop::Init() (%.2fs)" % R.uniform(4, 14))

    def n_listen(R):
        return ue(R, "LogNet", None, "GameNetDriver IpNetDriver_0 IpNetDriver listening on port %d" % R.choice([7777, 7778, 7779, 7780]))

    def n_ready(R):
        return ue(R, "LogGameLift", "Display", "ProcessReady() succeeded on port %d" % R.choice([7777, 7778, 7779, 7780]))

    def n_start(R):
        return ue(R, "LogGameLift", "Display", "OnStartGameSession: gsess-%s map=/Game/Maps/%s mode=%s players=%d" % (
            uuid(R), pick(R, ["Gullreach", "Saltspire", "Cinderwake"]), pick(R, ["Coop", "Horde", "Expedition"]), R.randint(1, 4)))

    def n_loadmap(R):
        return ue(R, "LogLoad", None, "Took %.6f seconds to LoadMap(/Game/Maps/%s)" % (R.uniform(1, 8), pick(R, ["Gullreach", "Saltspire", "Cinderwake", "Brinehold"])))

    def n_state(R):
        return ue(R, "LogGameMode", "Display", "Match State Changed from %s" % pick(R, ["EnteringMap to WaitingToStart", "WaitingToStart to InProgress", "InProgress to WaitingPostMatch", "WaitingPostMatch to LeavingMap"]))

    def n_eos_ok(R):
        return ue(R, "LogOnline", "Display", "OSS: EOS: Session 'GameSession' registered (id %s, %d public connections)" % (hexs(R, 32), 4))

    def n_analytics(R):
        return ue(R, "LogEOSSDK", "Warning", "LogEOSAnalytics: EOS SDK Analytics disabled for route [%d]." % R.randint(1, 9))

    def n_shader(R):
        return ue(R, "LogStreaming", "Warning", "Failed to read file '../../../Tidefall/Content/ShaderArchive-Global-SF_VULKAN_SM5.ushaderbytecode' error.")

    def n_malformed(R):
        return ue(R, "LogNet", "Warning", "Received malformed packet from %s:%d (stateless handshake failed); ignoring" % (pubip(R), R.randint(1024, 65000)))

    def n_travel(R):
        return ue(R, "LogGameMode", None, "ProcessServerTravel: /Game/Maps/%s?game=%s" % (pick(R, ["Gullreach", "Saltspire"]), pick(R, ["Coop", "Horde"])))

    def n_stats(R):
        return ue(R, "LogTidefallStats", None, "server tick avg=%.2fms max=%.2fms players=%d actors=%d net_saturated=0" % (R.uniform(6, 18), R.uniform(18, 31), R.randint(1, 4), R.randint(900, 4000)))

    def n_kick_vac(R):
        return ue(R, "LogTidefallAuth", "Warning", "Rejecting login for %s: account is banned until 2030-01-%02d (policy: cheating)" % (eosid(R), R.randint(1, 28)))

    def n_terminate(R):
        return ue(R, "LogGameLift", "Display", "OnProcessTerminate: shutting down after session end (exit 0)")

    def n_chan(R):
        return ue(R, "LogNet", None, "UChannel::Close: Sending CloseBunch. ChIndex == 0. Name: [UChannel] ChIndex: 0, Closing: 0 [UNetConnection] RemoteAddr: %s:%d, Name: IpConnection_%d" % (
            pubip(R), R.randint(1024, 65000), R.randint(0, 40)))

    def n_gc(R):
        return ue(R, "LogGarbage", None, "GC purged %d objects (%d -> %d) in %.3fms" % (R.randint(100, 9000), R.randint(90000, 200000), R.randint(80000, 190000), R.uniform(1, 12)))

    return [n_login, n_join, n_close, n_timeout, n_accept, n_engine, n_listen, n_ready, n_start, n_loadmap, n_state,
            n_eos_ok, n_analytics, n_shader, n_malformed, n_travel, n_stats, n_kick_vac, n_terminate, n_chan, n_gc]


def fam2(R):
    return build(R, F2, [("eos-ds-client-secret-rotated-invalid-credentials", b_eos), ("siege-gamemode-blueprint-not-cooked", b_gamemode),
                         ("stash-sync-reliable-buffer-overflow-kicks", b_overflow), ("harpoon-equip-null-weapon-component-sigsegv", b_crash),
                         ("four-processes-all-bind-port-7777", b_bind)], b_negs())


FAMILIES = {F1: fam1, F2: fam2}
