"""Families: oddsfeed-pekko11-scala-supplier-push-ecs, betplace-ktor3-kotlin-logstash-json-ecs.

The invented licensed sports-betting and lottery operator "wyvernmarsh" (eu-central-1, domain wyvernmarsh.example)
ingests its odds supplier's (invented "Stratafeed") push feed in "oddsfeed", a Scala 3 / Apache Pekko 1.1 service on
ECS Fargate: a Pekko HTTP WebSocket client receives price and market-status deltas, a stream normalises them and
publishes to MSK (`odds.prices.v3`) and writes market state to DynamoDB. It logs with Pekko's StdOutLogger layout
(`[WARN] [11/06/2030 13:04:11.123] [oddsfeed-pekko.actor.default-dispatcher-7] [pekko://oddsfeed/user/feed] …`); the
awslogs driver keeps a stack trace with its record (multiline pattern on `^\\[(DEBUG|INFO|WARN|ERROR)\\]`).

"betplace" is the bet-placement API: Kotlin on Ktor 3 (Netty) with logstash-logback-encoder, one JSON object per
record (`@timestamp`, `message`, `logger_name`, `thread_name`, `level`, `level_value`, MDC keys, `stack_trace`)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    akka_ts, iso_off)

# ---------------------------------------------------------------- oddsfeed-pekko11-scala-supplier-push-ecs
F1 = "oddsfeed-pekko11-scala-supplier-push-ecs"
SPORTS = ["football", "tennis", "basketball", "ice-hockey", "handball", "darts"]
WSS = "wss://push.stratafeed.example/v4/stream"


def mkt(R):
    return "1.%d" % R.randint(200000000, 299999999)


def ev(R):
    return "E%d" % R.randint(30000000, 39999999)


def pk(R, lvl, actor, msg, disp=None):
    d = disp or "oddsfeed-pekko.actor.default-dispatcher-%d" % R.randint(4, 18)
    return "[%s] [%s] [%s] [pekko://oddsfeed/%s] %s" % (lvl, akka_ts(R), d, actor, msg)


def jframes(R, rows):
    s = "".join("\n\tat %s" % f for f in rows)
    if R.random() < 0.5:
        s += "\n\t... %d more" % R.randint(12, 40)
    return s


def o_auth(R):
    # Stratafeed rotated the feed account's password on the 14th (notice went to a shared mailbox); the ingester still
    # sends the old basic credentials, so every reconnect is refused with 401 and no prices arrive
    t = R.random()
    if t < 0.45:
        return pk(R, "ERROR", "user/feed-connection", "WebSocket connection to %s failed (attempt %d)" % (WSS, R.randint(1, 400)) +
                  "\norg.apache.pekko.http.scaladsl.model.ws.InvalidUpgradeResponse: WebSocket upgrade did not finish because of 'unexpected status code: 401 Unauthorized'" +
                  jframes(R, ["org.apache.pekko.http.impl.engine.ws.WebSocketClientBlueprint$.$anonfun$handshake$4(WebSocketClientBlueprint.scala:%d)" % R.randint(100, 130),
                              "org.apache.pekko.stream.impl.fusing.Map$$anon$1.onPush(Ops.scala:%d)" % R.randint(50, 60),
                              "com.wyvernmarsh.oddsfeed.feed.FeedConnection.$anonfun$connect$2(FeedConnection.scala:%d)" % R.randint(60, 90)]))
    if t < 0.75:
        return pk(R, "ERROR", "user/feed-supervisor", "Feed session %s down for %d s: supplier refused credentials for account wyvernmarsh-prod (401); %d markets without price updates" % (hexs(R, 8), R.randint(60, 5400), R.randint(300, 4200)))
    return pk(R, "WARN", "user/feed-supervisor", "RestartSource backoff: feed stream failed with InvalidUpgradeResponse (401 Unauthorized), restarting in %d ms (restart %d)" % (R.choice([16000, 32000, 60000]), R.randint(20, 300)))


def o_toolarge(R):
    # correct-score and player-prop markets with hundreds of selections are published as one record; those exceed
    # the producer's max.request.size (1 MiB) and their price updates never reach odds.prices.v3
    size = R.randint(1049000, 1900000)
    t = R.random()
    if t < 0.55:
        return pk(R, "ERROR", "system/kafka-producer-publisher", "Failed to publish snapshot of market %s (%s, %d selections) to odds.prices.v3" % (mkt(R), pick(R, ["CORRECT_SCORE", "PLAYER_TO_SCORE_ANYTIME", "FIRST_GOALSCORER", "EXACT_GAMES"]), R.randint(180, 640)) +
                  "\norg.apache.kafka.common.errors.RecordTooLargeException: The message is %d bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration." % size)
    return pk(R, "ERROR", "user/price-pipeline", "Stage 'publish-prices' failed for event %s: RecordTooLargeException (%d bytes > max.request.size 1048576); %d selection prices not published" % (ev(R), size, R.randint(150, 600)))


def o_decode(R):
    # Stratafeed started sending market status "PRE_SUSPENDED" ahead of goals; the circe decoder only knows
    # OPEN/SUSPENDED/CLOSED/SETTLED, so whole delta frames are discarded
    t = R.random()
    if t < 0.6:
        return pk(R, "ERROR", "user/price-pipeline/decoder", "Discarding delta frame seq=%d from Stratafeed: DecodingFailure at .markets[%d].status: Unknown MarketStatus 'PRE_SUSPENDED' (expected one of OPEN, SUSPENDED, CLOSED, SETTLED)" % (R.randint(10**7, 10**8), R.randint(0, 30)))
    return pk(R, "ERROR", "user/price-pipeline", "Decoder dropped %d frames in the last 60 s (%d markets affected); last failure: DecodingFailure at .markets[%d].status: Unknown MarketStatus 'PRE_SUSPENDED'" % (R.randint(20, 400), R.randint(30, 900), R.randint(0, 30)))


def o_overflow(R):
    # the normaliser's buffer (4096, OverflowStrategy.fail) is too small for Saturday 15:00 kick-offs; the stream
    # fails and restarts, losing the buffered deltas
    t = R.random()
    if t < 0.5:
        return pk(R, "ERROR", "user/price-pipeline", "Price pipeline failed, restarting (restart %d)" % R.randint(1, 60) +
                  "\norg.apache.pekko.stream.BufferOverflowException: Buffer overflow (max capacity was: 4096)!" +
                  jframes(R, ["org.apache.pekko.stream.impl.fusing.Buffer$$anon$26.$anonfun$strategy$6(Ops.scala:%d)" % R.randint(1000, 1100),
                              "org.apache.pekko.stream.impl.fusing.Buffer$$anon$26.onPush(Ops.scala:%d)" % R.randint(900, 1000),
                              "com.wyvernmarsh.oddsfeed.pipeline.PricePipeline$.normalise(PricePipeline.scala:%d)" % R.randint(40, 80)]))
    return pk(R, "ERROR", "user/price-pipeline", "Lost %d buffered price deltas on pipeline restart (BufferOverflowException, capacity 4096); markets resync from next supplier snapshot" % R.randint(400, 4096))


def o_ddb(R):
    # the market-state table is provisioned at 50 WCU (a leftover from the test account); writes are throttled
    # after the SDK's retries and market status changes are not persisted
    t = R.random()
    if t < 0.6:
        return pk(R, "ERROR", "user/market-state-writer", "PutItem for market %s failed after 10 attempts: software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API. (Service: DynamoDb, Status Code: 400, Request ID: %s)" % (mkt(R), upper(R, 52)))
    return pk(R, "ERROR", "user/market-state-writer", "market-state batch %s: %d of %d status changes not persisted (ProvisionedThroughputExceededException on table oddsfeed-market-state)" % (hexs(R, 8), R.randint(5, 120), R.randint(120, 400)))


def oddsfeed_negs():
    def n_conn(R):
        return pk(R, "INFO", "user/feed-connection", "Connected to %s as wyvernmarsh-prod (session %s, protocol v4.%d)" % (WSS, hexs(R, 8), R.randint(2, 3)))

    def n_hb(R):
        return pk(R, "DEBUG", "user/feed-connection", "Heartbeat seq=%d from supplier, lag %d ms" % (R.randint(10**6, 10**7), R.randint(40, 900)))

    def n_pub(R):
        return pk(R, "INFO", "system/kafka-producer-publisher", "Published %d price updates to odds.prices.v3 in last 10 s (errors=0, p99 ack %d ms)" % (R.randint(800, 9000), R.randint(4, 40)))

    def n_susp(R):
        return pk(R, "INFO", "user/price-pipeline", "Market %s (%s) %s by supplier: %s" % (mkt(R), pick(R, SPORTS), pick(R, ["SUSPENDED", "reopened"]), pick(R, ["goal scored", "VAR check", "penalty awarded", "set point", "red card", "timeout"])))

    def n_settled(R):
        return pk(R, "INFO", "user/price-pipeline", "Market %s SETTLED by supplier, winning selection %d; removed from live set (%d live markets)" % (mkt(R), R.randint(1, 30), R.randint(2000, 9000)))

    def n_ooo(R):
        return pk(R, "DEBUG", "user/price-pipeline/normaliser", "Ignored out-of-order delta for selection %d on %s (seq %d <= last %d)" % (R.randint(10**6, 10**7), mkt(R), R.randint(1000, 1999), R.randint(2000, 2500)))

    def n_peer_closed(R):
        return pk(R, "WARN", "user/feed-connection", "Supplier closed the WebSocket (1001 going away, scheduled maintenance); reconnecting in 1000 ms")

    def n_reconnected(R):
        return pk(R, "INFO", "user/feed-supervisor", "Feed stream restarted after peer close; resumed from seq %d, gap filled by snapshot (%d markets)" % (R.randint(10**7, 10**8), R.randint(1000, 6000)))

    def n_ddbok(R):
        return pk(R, "DEBUG", "user/market-state-writer", "market-state batch %s written: %d items, unprocessed=0, %d ms" % (hexs(R, 8), R.randint(5, 25), R.randint(6, 80)))

    def n_ddbretry(R):
        return pk(R, "INFO", "user/market-state-writer", "BatchWriteItem returned %d unprocessed items, retried after %d ms: all written" % (R.randint(1, 4), R.randint(50, 400)))

    def n_start(R):
        return pk(R, "INFO", "user/guardian", pick(R, ["oddsfeed %s starting (pekko 1.1.%d, scala 3.3.%d)" % ("2.%d.%d" % (R.randint(10, 14), R.randint(0, 9)), R.randint(1, 3), R.randint(3, 4)),
                                                        "Health endpoint bound to 0.0.0.0:8558 (pekko-management %d)" % R.randint(1, 2)]), disp="main")

    def n_health(R):
        return pk(R, "DEBUG", "user/http-health", "GET /ready -> 200 (feed=UP kafka=UP dynamodb=UP) from %s" % ip10(R, 32))

    def n_deadletters(R):
        return pk(R, "INFO", "deadLetters", "Message [com.wyvernmarsh.oddsfeed.feed.FeedConnection$Tick$] to Actor[pekko://oddsfeed/user/feed-connection#%d] was not delivered. [%d] dead letters encountered. This logging can be turned off or adjusted with configuration settings 'pekko.log-dead-letters' and 'pekko.log-dead-letters-during-shutdown'." % (R.randint(-2**31, 2**31), R.randint(1, 9)), disp="oddsfeed-pekko.actor.internal-dispatcher-%d" % R.randint(2, 8))

    def n_shutdown(R):
        return pk(R, "INFO", "system/coordinated-shutdown", "Running CoordinatedShutdown with reason [JvmExitReason] (phase %s)" % pick(R, ["before-service-unbind", "service-unbind", "service-requests-done", "actor-system-terminate"]))

    def n_kprops(R):
        return pk(R, "INFO", "system/kafka-producer-publisher", "Kafka producer ready: bootstrap b-%d.oddsmsk.%s.c3.kafka.%s.amazonaws.com:9098 acks=all linger.ms=5 compression=zstd max.request.size=1048576" % (R.randint(1, 3), lower(R, 6), REGION))

    def n_stats(R):
        return pk(R, "INFO", "user/price-pipeline", "stats window=60s deltas_in=%d deltas_out=%d dropped=0 decode_errors=0 buffer_hwm=%d/4096" % (R.randint(20000, 90000), R.randint(20000, 90000), R.randint(40, 2000)))

    def n_resultcheck(R):
        return pk(R, "WARN", "user/price-pipeline", "Price for selection %d on %s moved %d%% in one delta (%.2f -> %.2f); accepted (supplier confidence HIGH)" % (R.randint(10**6, 10**7), mkt(R), R.randint(35, 80), R.uniform(1.5, 4), R.uniform(4, 12)))

    return [n_conn, n_hb, n_pub, n_susp, n_settled, n_ooo, n_peer_closed, n_reconnected, n_ddbok, n_ddbretry, n_start, n_health,
            n_deadletters, n_shutdown, n_kprops, n_stats, n_resultcheck]


def oddsfeed(R):
    return build(R, F1, [("supplier-credentials-rejected", o_auth), ("kafka-record-too-large", o_toolarge),
                         ("unknown-market-status-decoding", o_decode), ("normaliser-buffer-overflow", o_overflow),
                         ("market-state-ddb-throttled", o_ddb)], oddsfeed_negs())


# ---------------------------------------------------------------- betplace-ktor3-kotlin-logstash-json-ecs
F2 = "betplace-ktor3-kotlin-logstash-json-ecs"
LVLV = {"TRACE": 5000, "DEBUG": 10000, "INFO": 20000, "WARN": 30000, "ERROR": 40000}


def betid(R):
    return "B%s" % upper(R, 12)


def cust(R):
    return "C%d" % R.randint(1000000, 9999999)


def lj(R, lvl, logger, msg, stack=None, **mdc):
    d = {"@timestamp": iso_off(R), "@version": "1", "message": msg, "logger_name": logger,
         "thread_name": R.choice(["eventLoopGroupProxy-4-%d" % R.randint(1, 16), "DefaultDispatcher-worker-%d" % R.randint(1, 64)]),
         "level": lvl, "level_value": LVLV[lvl]}
    if R.random() < 0.8:
        d["trace_id"] = hexs(R, 32)
    d.update(mdc)
    if stack:
        d["stack_trace"] = stack
    return jd(d)


def calllog(R, status, method, path, ms=None):
    return lj(R, "INFO", "io.ktor.server.plugins.calllogging.CallLogging", "%s: %s - %s in %dms" % (status_text(status), method, path, ms if ms is not None else R.randint(3, 240)), call_id=uuid(R))


def status_text(s):
    return {200: "200 OK", 201: "201 Created", 204: "204 No Content", 400: "400 Bad Request", 401: "401 Unauthorized", 403: "403 Forbidden",
            404: "404 Not Found", 409: "409 Conflict", 422: "422 Unprocessable Entity", 429: "429 Too Many Requests", 500: "500 Internal Server Error",
            503: "503 Service Unavailable"}[s]


def b_wallet(R):
    # wallet-ledger moved its gRPC listener from 50051 to 8443 (TLS) in release 2.31; betplace's WALLET_GRPC_TARGET
    # still names the old port, so every stake reservation fails and bets answer 503
    ip = ip10(R, 48)
    t = R.random()
    if t < 0.45:
        return lj(R, "ERROR", "com.wyvernmarsh.betplace.wallet.WalletClient", "Stake reservation failed for bet %s" % betid(R),
                  stack="io.grpc.StatusException: UNAVAILABLE: io exception\n\tat io.grpc.Status.asException(Status.java:%d)\n\tat io.grpc.kotlin.ClientCalls$rpcImpl$1$1$1.onClose(ClientCalls.kt:%d)\n\tat com.wyvernmarsh.betplace.wallet.WalletClient.reserve(WalletClient.kt:%d)\nCaused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: wallet-ledger.wyvernmarsh.internal/%s:50051\nCaused by: java.net.ConnectException: Connection refused" % (R.randint(540, 560), R.randint(290, 310), R.randint(40, 80), ip),
                  customer=cust(R))
    if t < 0.75:
        return calllog(R, 503, "POST", "/v2/bets", R.randint(5, 40))
    return lj(R, "WARN", "com.wyvernmarsh.betplace.wallet.WalletClient", "Wallet channel to wallet-ledger.wyvernmarsh.internal:50051 in TRANSIENT_FAILURE for %d s (Connection refused)" % R.randint(30, 3600))


def b_redis(R):
    # the liability check reads exposure counters from ElastiCache; a nightly report job runs KEYS on the same
    # primary and blocks it, so Lettuce times out and bets on popular markets are refused
    t = R.random()
    if t < 0.5:
        return lj(R, "ERROR", "com.wyvernmarsh.betplace.risk.LiabilityCheck", "Liability check failed for market %s" % mkt(R),
                  stack="io.lettuce.core.RedisCommandTimeoutException: Command timed out after 500 millisecond(s)\n\tat io.lettuce.core.internal.ExceptionFactory.createTimeoutException(ExceptionFactory.java:%d)\n\tat io.lettuce.core.internal.Futures.awaitOrCancel(Futures.java:%d)\n\tat com.wyvernmarsh.betplace.risk.ExposureStore.get(ExposureStore.kt:%d)" % (R.randint(59, 63), R.randint(120, 130), R.randint(30, 60)),
                  bet_id=betid(R))
    return lj(R, "ERROR", "com.wyvernmarsh.betplace.routes.BetRoutes", "Bet %s refused with 503: liability store unavailable (RedisCommandTimeoutException after 500 ms)" % betid(R), customer=cust(R))


def b_kafka(R):
    # the MSK IAM policy was rewritten and lost kafka-cluster:WriteData on bets.placed.v2: bets are accepted and the
    # stake is taken, but the events settlement and trading consume are never written
    t = R.random()
    if t < 0.55:
        return lj(R, "ERROR", "com.wyvernmarsh.betplace.events.BetEventPublisher", "Failed to publish BetPlaced for %s to bets.placed.v2" % betid(R),
                  stack="org.apache.kafka.common.errors.TopicAuthorizationException: Not authorized to access topics: [bets.placed.v2]")
    return lj(R, "ERROR", "com.wyvernmarsh.betplace.events.OutboxRelay", "Outbox relay: %d BetPlaced events stuck (oldest %d s), last error TopicAuthorizationException on bets.placed.v2" % (R.randint(40, 9000), R.randint(60, 20000)))


def b_npe(R):
    # release 4.18.0 reads the each-way place terms with `!!`; races whose place terms arrive late (null) throw, so
    # each-way bets on those races answer 500
    t = R.random()
    if t < 0.55:
        return lj(R, "ERROR", "io.ktor.server.application.Application", "Unhandled: POST - /v2/bets",
                  stack="java.lang.NullPointerException\n\tat com.wyvernmarsh.betplace.pricing.EachWayPricer.placeOdds(EachWayPricer.kt:%d)\n\tat com.wyvernmarsh.betplace.pricing.EachWayPricer.price(EachWayPricer.kt:%d)\n\tat com.wyvernmarsh.betplace.routes.BetRoutesKt$betRoutes$1$1.invokeSuspend(BetRoutes.kt:%d)\n\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)" % (R.randint(27, 29), R.randint(50, 60), R.randint(80, 140)),
                  call_id=uuid(R), bet_type="EACH_WAY")
    return calllog(R, 500, "POST", "/v2/bets?type=each-way&race=R%d" % R.randint(100000, 999999), R.randint(20, 80))


def b_jwks(R):
    # the identity provider moved its JWKS document to /oauth2/v2/keys; betplace still fetches the old URL, so no
    # signing key can be resolved once the cached keys rotate out and logged-in customers get 401 on every bet
    t = R.random()
    kid = "wm-" + lower(R, 8)
    if t < 0.5:
        return lj(R, "ERROR", "com.wyvernmarsh.betplace.auth.JwtVerifier", "Cannot resolve signing key kid=%s" % kid,
                  stack="com.auth0.jwk.SigningKeyNotFoundException: Cannot obtain jwks from url https://id.%s/.well-known/jwks.json\n\tat com.auth0.jwk.UrlJwkProvider.getJwks(UrlJwkProvider.java:%d)\nCaused by: java.io.FileNotFoundException: https://id.%s/.well-known/jwks.json" % (DOMAIN, R.randint(180, 200), DOMAIN))
    return lj(R, "WARN", "io.ktor.server.auth.jwt.JWTAuth", "JWT verification failed for %s: signing key %s not found in JWKS (jwks fetch failed, 404)" % (cust(R), kid))


def bet_negs():
    def n_ok(R):
        return calllog(R, 201, "POST", "/v2/bets")

    def n_get(R):
        return calllog(R, 200, "GET", pick(R, ["/v2/bets/%s" % betid(R), "/v2/bets?status=open&page=%d" % R.randint(1, 5), "/v2/markets/%s/limits" % mkt(R)]))

    def n_health(R):
        return calllog(R, 200, "GET", "/health/%s" % pick(R, ["live", "ready"]), R.randint(0, 3))

    def n_placed(R):
        return lj(R, "INFO", "com.wyvernmarsh.betplace.routes.BetRoutes", "Bet %s accepted: %s stake %s%d.%02d @ %.2f" % (betid(R), pick(R, ["SINGLE", "DOUBLE", "ACCA", "EACH_WAY", "BET_BUILDER"]), pick(R, ["EUR ", "GBP "]), R.randint(1, 500), R.randint(0, 99), R.uniform(1.1, 30)), customer=cust(R), bet_id=betid(R))

    def n_pricemoved(R):
        return lj(R, "INFO", "com.wyvernmarsh.betplace.routes.BetRoutes", "Bet rejected PRICE_CHANGED: requested %.2f, current %.2f on %s (customer may accept new price)" % (R.uniform(1.5, 9), R.uniform(1.5, 9), mkt(R)), customer=cust(R))

    def n_susp(R):
        return lj(R, "INFO", "com.wyvernmarsh.betplace.routes.BetRoutes", "Bet rejected MARKET_SUSPENDED on %s (in-play event, suspended by trading)" % mkt(R), customer=cust(R))

    def n_409(R):
        return calllog(R, 409, "POST", "/v2/bets")

    def n_limits(R):
        return lj(R, "WARN", "com.wyvernmarsh.betplace.rg.StakeLimitGuard", "Bet refused: customer %s would exceed %s stake limit (used %d of %d EUR, stake %d); RG_LIMIT_REACHED returned" % (cust(R), pick(R, ["daily", "weekly", "monthly"]), R.randint(95, 99) * 10, 1000, R.randint(60, 200)))

    def n_selfex(R):
        return lj(R, "WARN", "com.wyvernmarsh.betplace.rg.ExclusionGuard", "Bet refused: customer %s is self-excluded (OASIS match, until 2031-%02d-%02d)" % (cust(R), R.randint(1, 12), R.randint(1, 28)))

    def n_403(R):
        return calllog(R, 403, "POST", "/v2/bets")

    def n_400(R):
        return lj(R, "INFO", "io.ktor.server.plugins.statuspages.StatusPages", "400 Bad Request for POST /v2/bets: %s" % pick(R, ["stake must be >= 0.10", "selection %d not in market" % R.randint(1, 99), "malformed JSON at line 1 column %d" % R.randint(2, 90), "odds format must be decimal"]), call_id=uuid(R))

    def n_401(R):
        return lj(R, "INFO", "io.ktor.server.auth.jwt.JWTAuth", "JWT rejected for request %s: token expired at %s" % (uuid(R), iso_off(R)))

    def n_idem(R):
        return lj(R, "INFO", "com.wyvernmarsh.betplace.routes.BetRoutes", "Duplicate submission with Idempotency-Key %s: returning existing bet %s (200)" % (uuid(R), betid(R)))

    def n_grpc_retry(R):
        return lj(R, "WARN", "com.wyvernmarsh.betplace.wallet.WalletClient", "reserve() attempt 1 got DEADLINE_EXCEEDED after 800 ms, retried: reservation %s ok" % uuid(R))

    def n_pub(R):
        return lj(R, "DEBUG", "com.wyvernmarsh.betplace.events.BetEventPublisher", "BetPlaced %s acked by bets.placed.v2 partition %d offset %d" % (betid(R), R.randint(0, 11), R.randint(10**6, 10**8)))

    def n_start(R):
        return lj(R, "INFO", pick(R, ["io.ktor.server.Application", "com.zaxxer.hikari.HikariDataSource"]), pick(R, ["Application started in %.3f seconds." % R.uniform(1.2, 4), "Responding at http://0.0.0.0:8080", "HikariPool-1 - Start completed.", "Autoreload is disabled because the development mode is off."]))

    def n_cashout(R):
        return lj(R, "INFO", "com.wyvernmarsh.betplace.cashout.CashOutService", "Cash out of %s completed: %d.%02d EUR credited" % (betid(R), R.randint(1, 900), R.randint(0, 99)), customer=cust(R))

    def n_cashout_no(R):
        return lj(R, "INFO", "com.wyvernmarsh.betplace.cashout.CashOutService", "Cash out unavailable for %s: market suspended" % betid(R), customer=cust(R))

    def n_client_gone(R):
        return lj(R, "DEBUG", "io.ktor.server.netty.NettyApplicationCallHandler", "Client %s closed the connection before the response was written (ClosedChannelException)" % pubip(R))

    return [n_ok, n_get, n_health, n_placed, n_pricemoved, n_susp, n_409, n_limits, n_selfex, n_403, n_400, n_401, n_idem,
            n_grpc_retry, n_pub, n_start, n_cashout, n_cashout_no, n_client_gone]


def betplace(R):
    return build(R, F2, [("wallet-grpc-wrong-port", b_wallet), ("liability-redis-timeout", b_redis),
                         ("bets-topic-not-authorized", b_kafka), ("each-way-place-terms-npe", b_npe),
                         ("jwks-url-moved", b_jwks)], bet_negs())


FAMILIES = {F1: oddsfeed, F2: betplace}
