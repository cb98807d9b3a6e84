"""Families: nakama3-zap-json-lobby-matchmaker, flexmatch-sns-events-py312-lambda.

Tidewyrm's social layer is Nakama 3.2x (invented deployment) on ECS Fargate behind an NLB, with a Go runtime plugin
(tidewyrm.so) for parties, lobbies and the matchmaker-matched hook that asks GameLift for a game session. Nakama logs
zap JSON to stdout ({"level","ts","caller","msg", fields}); the awslogs driver makes one event per line, except Go
panics, which the driver keeps together with awslogs-multiline-pattern "^(\\{|panic:)". FlexMatch publishes
matchmaking events to an SNS topic consumed by a Python 3.12 Lambda (tw-flexmatch-events) that logs with the
runtime's default text format ("[LEVEL]\\t<time>\\t<request id>\\t<message>") plus START/END/REPORT/INIT_START."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, day, hms, iso,
                    xray, lambda_report, epoch, epoch_ms, player)

# ---------------------------------------------------------------- nakama3-zap-json-lobby-matchmaker
F3 = "nakama3-zap-json-lobby-matchmaker"
QUEUE = "arn:aws:gamelift:%s:%s:gamesessionqueue/tw-ranked-queue-v2" % (REGION, ACCT)


def nk(R, level, caller, msg, **kv):
    d = {"level": level, "ts": iso(R), "caller": caller, "msg": msg}
    d.update(kv)
    return jd(d)


def sid(R):
    return uuid(R)


def c_plugin(R):
    # the plugin was rebuilt with nakama-common v1.34 but the image still runs Nakama 3.23 (built with v1.33);
    # new tasks fail at start-up and ECS keeps replacing them
    if R.random() < 0.55:
        return nk(R, "error", "server/runtime_go.go:%d" % R.choice([2801, 2805]), "Could not open Go module", path="/nakama/data/modules/tidewyrm.so",
                  error="plugin.Open(\"/nakama/data/modules/tidewyrm\"): plugin was built with a different version of package github.com/heroiclabs/nakama-common/runtime")
    return nk(R, "fatal", "main.go:%d" % R.choice([174, 175]), "Failed initializing runtime modules",
              error="plugin.Open(\"/nakama/data/modules/tidewyrm\"): plugin was built with a different version of package github.com/heroiclabs/nakama-common/runtime",
              node="nakama-%s" % lower(R, 5))


def c_db(R):
    # Nakama's database.max_open_conns was raised to 400 per task with 6 tasks, above the Aurora instance's
    # max_connections; storage writes and wallet updates fail with SQLSTATE 53300
    op = pick(R, [("server/core_storage.go:%d", "Error writing storage objects."), ("server/core_wallet.go:%d", "Error updating wallet."),
                  ("server/core_leaderboard.go:%d", "Error writing leaderboard record.")])
    return nk(R, "error", op[0] % R.randint(300, 900), op[1], uid=uuid(R),
              error="failed to connect to `host=tw-players.cluster-c%s.%s.rds.amazonaws.com user=nakama database=nakama`: server error (FATAL: remaining connection slots are reserved for roles with the SUPERUSER attribute (SQLSTATE 53300))" % (
                  lower(R, 11), REGION))


def c_gamelift(R):
    # the matchmaker hook now places sessions on the new tw-ranked-queue-v2; the task role still only allows the old
    # queue, so every ranked match found by Nakama is dropped
    err = ("operation error GameLift: StartGameSessionPlacement, https response error StatusCode: 400, RequestID: %s, api error AccessDeniedException: "
           "User: arn:aws:sts::%s:assumed-role/tw-nakama-task/%s is not authorized to perform: gamelift:StartGameSessionPlacement on resource: %s") % (
        uuid(R), ACCT, hexs(R, 32), QUEUE)
    if R.random() < 0.6:
        return nk(R, "error", "tidewyrm/matchmaker.go:%d" % R.choice([88, 91]), "game session placement failed", runtime="go", mid=uuid(R) + ".nakama-" + lower(R, 5),
                  tickets=R.randint(2, 10), error=err)
    return nk(R, "error", "server/matchmaker.go:%d" % R.choice([644, 651]), "Error running Matchmaker Matched hook.", error=err)


def c_panic(R):
    # claim_season_rewards dereferences a nil reward tier for players who never reached tier 1 in season 7: the
    # synchronous path is recovered by Nakama (error record), the async grant goroutine crashes the process (panic dump)
    if R.random() < 0.5:
        gid = R.randint(10000, 900000)
        return ("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x%x pc=0x%s]\n\n"
                "goroutine %d [running]:\ngithub.com/tidewyrm/nakama-modules/seasons.rewardFor(0xc00%s, 0x7)\n\t/build/seasons/rewards.go:%d +0x%s\n"
                "github.com/tidewyrm/nakama-modules/seasons.grantAsync.func1()\n\t/build/seasons/grant.go:29 +0x%s\n"
                "created by github.com/tidewyrm/nakama-modules/seasons.RpcClaimSeasonRewards in goroutine %d\n\t/build/seasons/rpc.go:57 +0x%s") % (
            R.choice([0x18, 0x20, 0x28]), hexs(R, 6), gid, hexs(R, 7), R.choice([41, 42]), hexs(R, 3), hexs(R, 2), R.randint(100, 9000), hexs(R, 3))
    return nk(R, "error", "server/api_rpc.go:%d" % R.randint(150, 190), "Runtime RPC function caused panic", id="claim_season_rewards", uid=uuid(R),
              error="runtime error: invalid memory address or nil pointer dereference")


def c_iap(R):
    # the Google Play service account used for purchase validation had its key disabled; every Android purchase fails
    # validation and the gems are never credited
    if R.random() < 0.6:
        return nk(R, "error", "server/core_purchase.go:%d" % R.randint(120, 180), "Error validating Google receipt", uid=uuid(R), product="gems_%d" % R.choice([500, 1200, 2500, 6500]),
                  error="oauth2: cannot fetch token: 400 Bad Request\nResponse: {\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}")
    return nk(R, "warn", "tidewyrm/store.go:%d" % R.randint(200, 240), "purchase left pending: validation backend unavailable", runtime="go", uid=uuid(R),
              store="google_play", order="GPA.%s-%s-%s-%s" % (digits(R, 4), digits(R, 4), digits(R, 4), digits(R, 5)), error="invalid_grant")


def c_negs():
    def n_start(R):
        return nk(R, "info", "main.go:%d" % R.choice([139, 140]), "Nakama starting")

    def n_node(R):
        return nk(R, "info", "main.go:%d" % R.choice([141, 142]), "Node", name="nakama-%s" % lower(R, 5), version="3.23.%d+%s" % (R.randint(0, 2), hexs(R, 8)), runtime="go1.22.%d" % R.randint(1, 9), cpu=2, proc=2)

    def n_done(R):
        return nk(R, "info", "main.go:%d" % R.choice([230, 231]), "Startup done")

    def n_modules(R):
        return nk(R, "info", "server/runtime_go.go:%d" % R.choice([2840, 2841]), "Go runtime modules loaded")

    def n_rpc_reg(R):
        return nk(R, "info", "tidewyrm/main.go:%d" % R.randint(30, 70), "Registered RPC", runtime="go", id=pick(R, ["claim_season_rewards", "get_loadout", "party_invite", "lobby_list", "store_catalog"]))

    def n_recv(R):
        return nk(R, "debug", "server/pipeline.go:66", "Received *rtapi.Envelope_MatchmakerAdd message", uid=uuid(R), sid=sid(R), cid=str(R.randint(1, 9)),
                  message={"MatchmakerAdd": {"min_count": 10, "max_count": 10, "query": "+properties.mode:ranked +properties.region:us-west-2"}})

    def n_ticket(R):
        return nk(R, "debug", "server/session_ws.go:%d" % R.choice([395, 396]), "Sending *rtapi.Envelope_MatchmakerTicket message", uid=uuid(R), sid=sid(R),
                  envelope="cid:\"%d\" matchmaker_ticket:{ticket:\"%s\"}" % (R.randint(1, 9), uuid(R)))

    def n_placed(R):
        return nk(R, "info", "tidewyrm/matchmaker.go:%d" % R.choice([102, 104]), "game session placement requested", runtime="go", placement_id="plc-" + uuid(R), queue="tw-casual-queue", tickets=R.randint(2, 10))

    def n_closed(R):
        return nk(R, "debug", "server/session_ws.go:%d" % R.choice([210, 211]), "Error reading message from client", uid=uuid(R), sid=sid(R), error="websocket: close 1001 (going away)")

    def n_cleanup(R):
        return nk(R, "info", "server/session_ws.go:%d" % R.choice([495, 496]), "Cleaned up closed connection", uid=uuid(R), sid=sid(R))

    def n_expired(R):
        return nk(R, "debug", "server/api.go:%d" % R.choice([270, 271]), "Invalid session token", error="token is expired", ip=pubip(R))

    def n_banned(R):
        return nk(R, "info", "server/core_authenticate.go:%d" % R.randint(300, 340), "User account is disabled.", id=uuid(R), provider="steam")

    def n_party_full(R):
        return nk(R, "info", "tidewyrm/party.go:%d" % R.randint(60, 90), "party join rejected: party is full", runtime="go", party=uuid(R), size=4)

    def n_occ(R):
        return nk(R, "debug", "server/core_storage.go:%d" % R.randint(400, 500), "Storage write rejected - version check failed", uid=uuid(R), collection="loadouts", key="active")

    def n_rpc(R):
        return nk(R, "debug", "server/api_rpc.go:%d" % R.randint(100, 140), "RPC call", id=pick(R, ["get_loadout", "party_invite", "lobby_list", "store_catalog"]), uid=uuid(R), duration_ms=R.randint(1, 90))

    def n_dup_receipt(R):
        return nk(R, "info", "tidewyrm/store.go:%d" % R.randint(150, 190), "purchase already credited; returning existing grant", runtime="go", uid=uuid(R), store=pick(R, ["google_play", "apple"]),
                  error=None)

    def n_apple_ok(R):
        return nk(R, "info", "tidewyrm/store.go:%d" % R.randint(150, 190), "purchase validated and credited", runtime="go", uid=uuid(R), store=pick(R, ["apple", "steam"]), product="gems_%d" % R.choice([500, 1200, 2500]))

    def n_invalid_receipt(R):
        return nk(R, "info", "server/core_purchase.go:%d" % R.randint(120, 180), "Purchase validation rejected", uid=uuid(R), store="apple", reason="receipt environment is Sandbox")

    def n_status(R):
        return nk(R, "info", "server/status_registry.go:%d" % R.randint(60, 90), "Status", sessions=R.randint(200, 9000), presences=R.randint(200, 9000), matches=R.randint(0, 300),
                  goroutines=R.randint(400, 9000), errors=0)

    def n_mm(R):
        return nk(R, "debug", "server/matchmaker.go:%d" % R.randint(300, 340), "Matchmaker process", tickets=R.randint(0, 600), matched=R.randint(0, 40), elapsed_ms=R.randint(1, 40))

    def n_retry_db(R):
        return nk(R, "warn", "server/db.go:%d" % R.randint(80, 100), "Database connection reset; transaction retried", attempt=2, result="ok")

    def n_lobby(R):
        return nk(R, "info", "tidewyrm/lobby.go:%d" % R.randint(40, 80), "lobby created", runtime="go", lobby=uuid(R), mode=pick(R, ["custom", "private-ctf", "training"]), host=uuid(R))

    def n_shutdown(R):
        return nk(R, "info", "main.go:%d" % R.choice([260, 261]), "Shutdown started - use CTRL^C to force", grace_period_sec=R.choice([0, 30]))

    return [n_start, n_node, n_done, n_modules, n_rpc_reg, n_recv, n_ticket, n_placed, n_closed, n_cleanup, n_expired,
            n_banned, n_party_full, n_occ, n_rpc, n_dup_receipt, n_apple_ok, n_invalid_receipt, n_status, n_mm,
            n_retry_db, n_lobby, n_shutdown]


def fam3(R):
    return build(R, F3, [("plugin-built-with-newer-nakama-common", c_plugin, 8), ("max-open-conns-over-aurora-slots-53300", c_db),
                         ("task-role-lacks-placement-on-ranked-queue-v2", c_gamelift), ("season-rewards-nil-tier-panic", c_panic),
                         ("google-play-sa-key-disabled-invalid-grant", c_iap)], c_negs())


# ---------------------------------------------------------------- flexmatch-sns-events-py312-lambda
F4 = "flexmatch-sns-events-py312-lambda"
CFG = "arn:aws:gamelift:%s:%s:matchmakingconfiguration/" % (REGION, ACCT)


def lt(R, level, rid, msg):
    return "[%s]\t%s\t%s\t%s" % (level, iso(R), rid, msg)


def ev(R, etype, detail_extra, cfg="tw-ranked-5v5"):
    tickets = [{"ticketId": uuid(R), "startTime": iso(R), "players": [{"playerId": player(R), "team": pick(R, ["red", "blue"])}]} for _ in range(R.randint(1, 2))]
    detail = {"tickets": tickets, "type": etype}
    detail.update(detail_extra)
    return jd({"version": "0", "id": uuid(R), "detail-type": "GameLift Matchmaking Event", "source": "aws.gamelift", "account": ACCT, "time": iso(R),
               "region": REGION, "resources": [CFG + cfg], "detail": detail})


def tb(frames, last):
    s = "Traceback (most recent call last):\n"
    for f, ln, fn, code in frames:
        s += "  File \"%s\", line %d, in %s\n    %s\n" % (f, ln, fn, code)
    return s + last


def d_placement(R):
    # the ranked queue's only fleet is pinned at its max of 40 instances (limit never raised for the winter event);
    # FlexMatch finds matches but placement fails and players are sent back to searching
    rid = uuid(R)
    if R.random() < 0.55:
        return lt(R, "INFO", rid, "event " + ev(R, "MatchmakingFailed", {"reason": "UNEXPECTED_ERROR", "message": "An unexpected error was encountered during match placing.",
                                                                      "matchId": uuid(R), "gameSessionInfo": {"players": []}}))
    return lt(R, "ERROR", rid, "match %s failed placement on tw-ranked-queue-v2 (fleet fleet-9d2e47a1 at max 40/40 instances, 0 available game sessions); %d players requeued" % (
        uuid(R), R.choice([10, 10, 8])))


def d_table(R):
    # the tickets table was recreated as tw-mm-tickets-v2 by the infrastructure change; the function's TICKETS_TABLE
    # still names the old table
    rid = uuid(R)
    if R.random() < 0.6:
        return ("[ERROR] ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the UpdateItem operation: Requested resource not found\n" + tb([
            ("/var/task/handler.py", R.choice([61, 64]), "lambda_handler", "store.set_status(detail[\"type\"], t)"),
            ("/var/task/store.py", 33, "set_status", "self.table.update_item("),
            ("/var/runtime/botocore/client.py", 1023, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
            "botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the UpdateItem operation: Requested resource not found").rstrip())
    return lt(R, "ERROR", rid, "could not persist ticket %s status %s to table tw-mm-tickets: ResourceNotFoundException" % (uuid(R), pick(R, ["SEARCHING", "PLACING", "COMPLETED"])))


def d_timeout(R):
    # the nightly reconciler calls DescribeMatchmaking one ticket at a time for all open tickets and hits 30 s
    rid = uuid(R)
    if R.random() < 0.5:
        return "%s %s Task timed out after 30.0%d seconds" % (iso(R), rid, R.randint(1, 9))
    return lambda_report(R, rid, 30000 + R.random() * 40, 256, R.randint(100, 180), status="timeout")


def d_ws(R):
    # player notifications are posted to the API Gateway management endpoint of the "prod" stage, but the websocket
    # API was redeployed as stage "v2"; every PostToConnection is forbidden and clients never learn their match
    rid = uuid(R)
    if R.random() < 0.6:
        return lt(R, "ERROR", rid, "notify failed for connection %s=: ForbiddenException: An error occurred (ForbiddenException) when calling the PostToConnection operation: Forbidden (endpoint https://ws.tidewyrm.example/prod)" % alnum(R, 15))
    return lt(R, "ERROR", rid, "MatchmakingSucceeded for match %s: notified 0 of %d players (%d ForbiddenException)" % (uuid(R), 10, 10))


def d_decimal(R):
    # release 1.8 stores estimatedWaitMillis/latency as float; boto3's DynamoDB serializer rejects floats, so every
    # MatchmakingSearching event with a latency map fails
    rid = uuid(R)
    if R.random() < 0.7:
        return ("[ERROR] TypeError: Float types are not supported. Use Decimal types instead.\n" + tb([
            ("/var/task/handler.py", R.choice([58, 59]), "lambda_handler", "store.put_search_metrics(detail)"),
            ("/var/task/store.py", 51, "put_search_metrics", "self.metrics.put_item(Item=item)"),
            ("/var/runtime/boto3/dynamodb/types.py", 160, "_serialize_n", "raise TypeError(")],
            "TypeError: Float types are not supported. Use Decimal types instead.").rstrip())
    return lt(R, "ERROR", rid, "search metrics not written for ticket %s: TypeError('Float types are not supported. Use Decimal types instead.')" % uuid(R))


def d_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % uuid(R)

    def n_end(R):
        return "END RequestId: %s" % uuid(R)

    def n_report(R):
        return lambda_report(R, uuid(R), R.uniform(3, 400), 256, R.randint(70, 110))

    def n_report_init(R):
        return lambda_report(R, uuid(R), R.uniform(30, 900), 256, R.randint(70, 110), init=R.uniform(300, 900))

    def n_init(R):
        return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(30, 60), REGION, hexs(R, 64))

    def n_searching(R):
        return lt(R, "INFO", uuid(R), "event " + ev(R, "MatchmakingSearching", {"estimatedWaitMillis": "NOT_AVAILABLE", "gameSessionInfo": {"players": [{"playerId": player(R)}]}}, pick(R, ["tw-ranked-5v5", "tw-casual-5v5"])))

    def n_potential(R):
        return lt(R, "INFO", uuid(R), "event " + ev(R, "PotentialMatchCreated", {"acceptanceTimeout": 20, "acceptanceRequired": True, "ruleEvaluationMetrics": [
            {"ruleName": "SkillBand", "passedCount": R.randint(2, 40), "failedCount": 0}], "matchId": uuid(R)}))

    def n_accept_done(R):
        return lt(R, "INFO", uuid(R), "event " + ev(R, "AcceptMatchCompleted", {"acceptance": pick(R, ["Accepted", "Rejected", "TimedOut"]), "matchId": uuid(R)}))

    def n_succeeded(R):
        return lt(R, "INFO", uuid(R), "event " + ev(R, "MatchmakingSucceeded", {"matchId": uuid(R), "gameSessionInfo": {
            "gameSessionArn": "arn:aws:gamelift:%s::gamesession/fleet-3f9c1e72-5a0b-4d6e-8c21-7be04a9d1f35/gsess-%s" % (REGION, uuid(R)),
            "ipAddress": pubip(R), "port": R.choice([7777, 7778, 7779, 7780])}}, pick(R, ["tw-ranked-5v5", "tw-casual-5v5"])))

    def n_timedout(R):
        return lt(R, "INFO", uuid(R), "event " + ev(R, "MatchmakingTimedOut", {"reason": "TimedOut", "message": "Removed from matchmaking due to timing out.",
                                                                          "ruleEvaluationMetrics": [{"ruleName": "SkillBand", "passedCount": 0, "failedCount": R.randint(1, 30)}]}, "tw-ranked-5v5"))

    def n_cancelled(R):
        return lt(R, "INFO", uuid(R), "event " + ev(R, "MatchmakingCancelled", {"reason": "Cancelled", "message": "Cancelled by request."}, pick(R, ["tw-ranked-5v5", "tw-casual-5v5"])))

    def n_notified(R):
        return lt(R, "INFO", uuid(R), "notified %d of %d players for match %s (0 failed)" % (10, 10, uuid(R)))

    def n_gone(R):
        return lt(R, "WARNING", uuid(R), "connection %s= is gone (GoneException 410); player left before the match was announced" % alnum(R, 15))

    def n_dup(R):
        return lt(R, "INFO", uuid(R), "duplicate SNS delivery %s for ticket %s ignored (status already COMPLETED)" % (uuid(R), uuid(R)))

    def n_retry(R):
        return lt(R, "WARNING", uuid(R), "UpdateItem throttled (ProvisionedThroughputExceededException); botocore retry %d succeeded" % R.randint(1, 3))

    def n_low_pop(R):
        return lt(R, "INFO", uuid(R), "ticket %s timed out after 120s in tw-ranked-5v5 (off-peak population %d); player shown 'try casual'" % (uuid(R), R.randint(3, 60)))

    def n_emf(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "Tidewyrm/Matchmaking", "Dimensions": [["Configuration"]],
                                                                             "Metrics": [{"Name": "TimeToMatch", "Unit": "Milliseconds"}, {"Name": "NotifyFailures", "Unit": "Count"}]}]},
                   "Configuration": pick(R, ["tw-ranked-5v5", "tw-casual-5v5"]), "TimeToMatch": R.randint(4000, 90000), "NotifyFailures": 0})

    def n_reconcile(R):
        return lt(R, "INFO", uuid(R), "reconciled %d open tickets for tw-casual-5v5 (0 stale, 0 failed)" % R.randint(0, 80))

    def n_debug(R):
        return lt(R, "DEBUG", uuid(R), "sns message id %s, %d records" % (uuid(R), 1))

    return [n_start, n_end, n_report, n_report_init, n_init, n_searching, n_potential, n_accept_done, n_succeeded,
            n_timedout, n_cancelled, n_notified, n_gone, n_dup, n_retry, n_low_pop, n_emf, n_reconcile, n_debug]


def fam4(R):
    return build(R, F4, [("ranked-fleet-at-max-instances-placement-failed", d_placement), ("tickets-table-renamed-v2-resourcenotfound", d_table),
                         ("reconciler-serial-describe-matchmaking-timeout", d_timeout), ("ws-management-endpoint-old-stage-forbidden", d_ws),
                         ("release-1-8-float-to-dynamodb-typeerror", d_decimal)], d_negs())


FAMILIES = {F3: fam3, F4: fam4}
