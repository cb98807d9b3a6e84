"""Families: elixir-phoenix-oban-ecs, scala-pekko-play-fargate.

The company "larchwave" (invented) runs a publishing/commerce SaaS on ECS Fargate in eu-central-1; the awslogs
driver ships each container's stdout as one event per log record (multi-line records are kept together by the
driver's multiline pattern on the leading timestamp)."""
from common import (hexs, alnum, lower, digits, uuid, ip10, pick, build, day, hms, hm, req_id, pid)

# ---------------------------------------------------------------- elixir-phoenix-oban-ecs
# Elixir 1.16 / Phoenix 1.7 / Ecto 3.11 / Oban 2.17, Logger's default console format "$time $metadata[$level] $message"
# with metadata [:request_id] on the web tasks.
F1 = "elixir-phoenix-oban-ecs"
APP = "larch"
VSN = "larch 3.8.2"
ROUTES = ["/api/v1/articles", "/api/v1/articles/%d", "/api/v1/subscriptions", "/api/v1/checkout", "/api/v1/authors/%d/feed", "/api/v1/search", "/live/websocket"]


def ex(R, level, msg, rid=True):
    meta = ("request_id=%s " % req_id(R)) if rid and R.random() < 0.8 else ""
    return "%s %s[%s] %s" % (hm(R), meta, level, msg)


def route(R):
    r = pick(R, ROUTES)
    return r % R.randint(10, 99999) if "%d" in r else r


def f1_ratelimiter(R):
    # the token-bucket GenServer divides by the plan's refill rate; plans migrated in 3.8 have refill_per_sec nil
    tenant = "t_" + lower(R, 8)
    return ex(R, "error", "GenServer Larch.RateLimiter terminating\n** (ArithmeticError) bad argument in arithmetic expression\n"
              "    (larch 3.8.2) lib/larch/rate_limiter.ex:58: Larch.RateLimiter.refill/2\n"
              "    (larch 3.8.2) lib/larch/rate_limiter.ex:41: Larch.RateLimiter.handle_info/2\n"
              "    (stdlib 5.2.3) gen_server.erl:1095: :gen_server.try_handle_info/3\n"
              "    (stdlib 5.2.3) gen_server.erl:1183: :gen_server.handle_msg/6\n"
              "    (stdlib 5.2.3) proc_lib.erl:251: :proc_lib.wake_up/3\n"
              "Last message: :refill\nState: %%{plan: :%s, tenant: \"%s\", tokens: %d, refill_per_sec: nil, last_refill: %d}"
              % (pick(R, ["pro_2029", "team_2029", "starter_2029"]), tenant, R.randint(0, 400), 1880236800000 + R.randint(0, 2300000000)), rid=False)


def f1_repo_ssl(R):
    # the RDS CA bundle in the image is the old one; the new cluster's certificate is signed by rds-ca-rsa2048-g1
    return ex(R, "error", "Postgrex.Protocol (#PID%s) failed to connect: ** (DBConnection.ConnectionError) ssl connect: TLS :client: In state :certify at ssl_handshake.erl:2138 generated CLIENT ALERT: Fatal - Unknown CA"
              % pid(R), rid=False)


def f1_checkout(R):
    # stripity_stripe 3.x removed the 2-arity retrieve the billing module still calls
    p = R.randint(3000, 90000)
    return ex(R, "error", "#PID<0.%d.0> running LarchWeb.Endpoint (connection #PID<0.%d.0>, stream id %d) terminated\n"
              "Server: api.larchwave.example:80 (http)\nRequest: POST /api/v1/checkout\n** (exit) an exception was raised:\n"
              "    ** (UndefinedFunctionError) function Stripe.Customer.retrieve/2 is undefined or private\n"
              "        (stripity_stripe 3.2.0) Stripe.Customer.retrieve(\"cus_%s\", [])\n"
              "        (larch 3.8.2) lib/larch/billing.ex:77: Larch.Billing.ensure_customer/1\n"
              "        (larch 3.8.2) lib/larch_web/controllers/checkout_controller.ex:23: LarchWeb.CheckoutController.create/2\n"
              "        (larch 3.8.2) lib/larch_web/controllers/checkout_controller.ex:1: LarchWeb.CheckoutController.action/2\n"
              "        (phoenix 1.7.14) lib/phoenix/router.ex:484: Phoenix.Router.__call__/5"
              % (p + 1, p, R.randint(1, 9), alnum(R, 14)))


def f1_exports(R):
    # the task role lost s3:PutObject on the exports bucket after the IAM refactor
    return ex(R, "error", "Task #PID<0.%d.0> started from Larch.Exports.Scheduler terminating\n"
              "** (MatchError) no match of right hand side value: {:error, {:http_error, 403, %%{status_code: 403, body: \"<?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>%s</RequestId></Error>\"}}}\n"
              "    (larch 3.8.2) lib/larch/exports.ex:41: Larch.Exports.upload!/2\n"
              "    (elixir 1.16.3) lib/task/supervised.ex:101: Task.Supervised.invoke_mfa/2\n"
              "Function: #Function<0.%d/0 in Larch.Exports.Scheduler.handle_info/2>\n    Args: []"
              % (R.randint(3000, 90000), hexs(R, 16).upper(), R.randint(10000, 99999)), rid=False)


def f1_warmer(R):
    # REDIS_HOST still names the ElastiCache cluster deleted in the cost clean-up: the cache warmer cannot start
    return ex(R, "error", "Child Larch.Cache.Warmer of Supervisor Larch.Supervisor failed to start\n** (exit) an exception was raised:\n"
              "    ** (Redix.ConnectionError) non-existing domain\n"
              "        (redix 1.5.1) lib/redix.ex:%d: Redix.command!/3\n"
              "        (larch 3.8.2) lib/larch/cache/warmer.ex:19: Larch.Cache.Warmer.init/1\n"
              "        (stdlib 5.2.3) gen_server.erl:980: :gen_server.init_it/2\n"
              "        (stdlib 5.2.3) gen_server.erl:935: :gen_server.init_it/6\n"
              "Start Call: Larch.Cache.Warmer.start_link([host: \"larch-cache-%s.%s.cache.amazonaws.com\"])\nRestart: :permanent\nShutdown: 5000\nType: :worker"
              % (R.choice([445, 449]), pick(R, ["prod", "prod-v2"]), lower(R, 6)), rid=False)


def f1_negs():
    def n_req(R):
        return ex(R, "info", "%s %s" % (pick(R, ["GET", "GET", "GET", "POST", "PATCH"]), route(R)))
    def n_sent(R):
        return ex(R, "info", "Sent %d in %s" % (pick(R, [200, 200, 200, 201, 204, 304, 404, 422]), pick(R, ["%dms" % R.randint(1, 400), "%dµs" % R.randint(200, 999)])))
    def n_query(R):
        t = pick(R, ["articles", "subscriptions", "authors", "oban_jobs"])
        return ex(R, "debug", "QUERY OK source=\"%s\" db=%.1fms idle=%.1fms\nSELECT %s0.\"id\", %s0.\"title\", %s0.\"inserted_at\" FROM \"%s\" AS %s0 WHERE (%s0.\"id\" = $1) [%d]\n\u21b3 Larch.%s.get!/1, at: lib/larch/%s.ex:%d"
                  % (t, R.uniform(0.2, 9), R.uniform(1, 900), t[0], t[0], t[0], t, t[0], t[0], R.randint(1, 99999), pick(R, ["Content", "Billing", "Authors"]), pick(R, ["content", "billing", "authors"]), R.randint(10, 200)))
    def n_params(R):
        return ex(R, "debug", "Processing with LarchWeb.%s\n  Parameters: %%{\"id\" => \"%d\", \"include\" => \"%s\"}\n  Pipelines: [:api, :authenticated]"
                  % (pick(R, ["ArticleController.show/2", "AuthorController.feed/2", "SubscriptionController.index/2"]), R.randint(10, 99999), pick(R, ["author", "tags", "author,tags"])))
    def n_noroute(R):
        return ex(R, "debug", "** (Phoenix.Router.NoRouteError) no route found for %s %s (LarchWeb.Router)"
                  % (pick(R, ["GET", "POST"]), pick(R, ["/wp-login.php", "/.env", "/admin/config.php", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/.git/config", "/actuator/health"])))
    def n_liveview(R):
        return ex(R, "info", "CONNECTED TO Phoenix.LiveView.Socket in %dµs\n  Transport: :websocket\n  Serializer: Phoenix.Socket.V2.JSONSerializer\n  Parameters: %%{\"_csrf_token\" => \"[FILTERED]\", \"_live_referer\" => \"undefined\", \"_mounts\" => \"%d\", \"vsn\" => \"2.0.0\"}"
                  % (R.randint(20, 400), R.randint(0, 3)), rid=False)
    def n_child_started(R):
        c = pick(R, ["Larch.Cache.Warmer", "Larch.RateLimiter", "Larch.Exports.Scheduler", "{Oban, :default}"])
        return ex(R, "info", "Child %s of Supervisor Larch.Supervisor started\nPid: #PID%s\nStart Call: %s.start_link([])\nRestart: :permanent\nShutdown: 5000\nType: :worker"
                  % (c, pid(R), c.strip("{}").split(",")[0]), rid=False)
    def n_oban(R):
        w = pick(R, ["Larch.Workers.WelcomeEmail", "Larch.Workers.FeedRebuild", "Larch.Workers.SitemapPing", "Larch.Workers.InvoiceSync"])
        return ex(R, "info", '{"args":{"id":%d},"attempt":1,"duration":%d,"event":"job:stop","id":%d,"max_attempts":20,"meta":{},"queue":"%s","queue_time":%d,"source":"oban","state":"success","tags":[],"worker":"%s"}'
                  % (R.randint(1, 99999), R.randint(500, 900000), R.randint(100000, 999999), pick(R, ["default", "mailers", "feeds"]), R.randint(100, 90000), w), rid=False)
    def n_cluster(R):
        # rolling deploys: old tasks disappear before libcluster notices
        return ex(R, pick(R, ["warning", "info"]), "[libcluster:ecs] %s :\"larch@%s\"" % (pick(R, ["unable to connect to", "connected to", "disconnected from"]), ip10(R, 20, R.randint(10, 13))), rid=False)
    def n_boot(R):
        return ex(R, "info", pick(R, ["Running LarchWeb.Endpoint with cowboy 2.12.0 at :::4000 (http)", "Access LarchWeb.Endpoint at https://api.larchwave.example",
                                       "Migrations already up", "== Running 20290804101500 Larch.Repo.Migrations.AddSeoFields.change/0 forward",
                                       "Oban started with queues [default: 10, mailers: 20, feeds: 5] (node %s)" % hexs(R, 8)]), rid=False)
    def n_retry(R):
        return ex(R, "warning", "Stripe request to /v1/invoices failed with {:error, %%Mint.TransportError{reason: :timeout}}, retry %d/3 in %dms" % (R.randint(1, 2), pick(R, [200, 400, 800])))
    def n_health(R):
        return ex(R, "debug", "GET /healthz -> 200 (db: ok, oban: ok, queue_depth: %d, failed: 0)" % R.randint(0, 40), rid=False)
    def n_auth(R):
        return ex(R, "info", "login rejected for subscriber %d: invalid_password (attempt %d of 5)" % (R.randint(1000, 99999), R.randint(1, 3)))
    def n_cancel(R):
        return ex(R, "info", "Larch.Workers.FeedRebuild cancelled job %d: feed unchanged since %s (no error)" % (R.randint(100000, 999999), hms(R)), rid=False)
    return [n_req, n_sent, n_query, n_params, n_noroute, n_liveview, n_child_started, n_oban, n_cluster, n_boot, n_retry, n_health, n_auth, n_cancel, n_req, n_sent]


def fam_elixir(R):
    return build(R, F1, [("ratelimiter-refill-nil-arithmetic-error", f1_ratelimiter), ("postgrex-ssl-unknown-ca-new-rds-cert", f1_repo_ssl),
                         ("checkout-stripe-customer-retrieve-2-undefined", f1_checkout), ("exports-task-s3-putobject-access-denied", f1_exports),
                         ("cache-warmer-redis-deleted-cluster-nxdomain", f1_warmer)], f1_negs())


# ---------------------------------------------------------------- scala-pekko-play-fargate
# Scala 3 services on Fargate: "orders" (Pekko 1.1 typed + pekko-connectors-kafka + Artery remoting) and "catalog"
# (Play 3.0). logback pattern "%date{ISO8601} %-5level [%thread] %logger{36} - %msg%n%ex".
F2 = "scala-pekko-play-fargate"


def lb(R, level, thread, logger, msg):
    return "2029-08-%02d %s,%s %-5s [%s] %s - %s" % (day(R), hms(R), digits(R, 3), level, thread, logger, msg)


def disp(R, sys_="orders"):
    return "%s-pekko.actor.default-dispatcher-%d" % (sys_, R.randint(3, 24))


def actor_ref(R, path):
    return "Actor[pekko://orders/%s#%d]" % (path, -R.randint(100000000, 2147483647) if R.random() < 0.5 else R.randint(100000000, 2147483647))


def f2_npe(R):
    # the pricing actor multiplies by a promo discount that is null for catalog items imported without promo data
    sku = "SKU-%s" % digits(R, 6)
    return lb(R, "ERROR", disp(R), "o.a.p.a.OneForOneStrategy", "Cannot invoke \"scala.math.BigDecimal.$times(scala.math.BigDecimal)\" because \"discount\" is null\n"
              "java.lang.NullPointerException: Cannot invoke \"scala.math.BigDecimal.$times(scala.math.BigDecimal)\" because \"discount\" is null\n"
              "\tat com.larchwave.orders.pricing.PricingActor.priceFor(PricingActor.scala:88)\n"
              "\tat com.larchwave.orders.pricing.PricingActor$$anonfun$receive$1.applyOrElse(PricingActor.scala:41)\n"
              "\tat org.apache.pekko.actor.Actor.aroundReceive(Actor.scala:547)\n"
              "\tat org.apache.pekko.actor.ActorCell.receiveMessage(ActorCell.scala:590)\n"
              "\tat org.apache.pekko.actor.ActorCell.invoke(ActorCell.scala:557)\n"
              "\tat org.apache.pekko.dispatch.Mailbox.run(Mailbox.scala:231)\n"
              "\t... 6 common frames omitted" if R.random() < 0.5 else
              "Cannot invoke \"scala.math.BigDecimal.$times(scala.math.BigDecimal)\" because \"discount\" is null (while pricing %s for cart %s)\n"
              "java.lang.NullPointerException: Cannot invoke \"scala.math.BigDecimal.$times(scala.math.BigDecimal)\" because \"discount\" is null\n"
              "\tat com.larchwave.orders.pricing.PricingActor.priceFor(PricingActor.scala:88)\n"
              "\tat com.larchwave.orders.pricing.PricingActor$$anonfun$receive$1.applyOrElse(PricingActor.scala:41)\n"
              "\tat org.apache.pekko.actor.Actor.aroundReceive(Actor.scala:547)" % (sku, uuid(R)))


def f2_play(R):
    # catalog 2.14 ships code for the season_code column, the Flyway migration was not applied in prod
    return lb(R, "ERROR", "application-pekko.actor.default-dispatcher-%d" % R.randint(3, 30), "p.a.h.DefaultHttpErrorHandler",
              "\n\n! @%s - Internal server error, for (%s) [/api/catalog/%s] ->\n \n"
              "play.api.UnexpectedException: Unexpected exception[PSQLException: ERROR: column \"season_code\" of relation \"products\" does not exist\n  Position: %d]\n"
              "\tat play.api.http.HttpErrorHandlerExceptions$.convertToPlayException(HttpErrorHandler.scala:364)\n"
              "\tat play.api.http.DefaultHttpErrorHandler.onServerError(HttpErrorHandler.scala:268)\n"
              "Caused by: org.postgresql.util.PSQLException: ERROR: column \"season_code\" of relation \"products\" does not exist\n  Position: %d\n"
              "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2733)\n"
              "\tat com.larchwave.catalog.dao.ProductDao.upsert(ProductDao.scala:%d)"
              % (lower(R, 9), pick(R, ["POST", "PUT"]), pick(R, ["import", "products/%d" % R.randint(1000, 99999), "products/bulk"]), R.randint(60, 140), R.randint(60, 140), R.randint(50, 70)))


def f2_hikari(R):
    # reports endpoints run a 40 s aggregate on the 10-connection pool shared with order placement
    return lb(R, "ERROR", disp(R), "c.l.orders.http.OrderRoutes", "order placement failed for cart %s\n"
              "java.sql.SQLTransientConnectionException: orders-db - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=%d)\n"
              "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)\n"
              "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)\n"
              "\tat slick.jdbc.hikaricp.HikariCPJdbcDataSource.createConnection(HikariCPJdbcDataSource.scala:14)"
              % (uuid(R), R.randint(12, 140)))


def f2_kafka(R):
    # the inventory team published Avro schema v7 with a renamed field; the consumer's reader schema cannot resolve it
    part = R.randint(0, 11)
    return lb(R, "ERROR", disp(R), "o.a.p.k.i.KafkaConsumerActor", "[%s] Exception when polling from consumer, stopping actor: org.apache.kafka.common.errors.RecordDeserializationException: Error deserializing VALUE for partition inventory-events-%d at offset %d. If needed, please seek past the record to continue consumption.\n"
              "Caused by: org.apache.avro.AvroTypeException: Found com.larchwave.inventory.StockChanged, expecting com.larchwave.inventory.StockChanged, missing required field warehouseId"
              % (hexs(R, 5), part, R.randint(100000, 9999999)))


def f2_serializer(R):
    # the new ReserveStock command was added without a serialization binding: every cross-node shard message fails
    return lb(R, "ERROR", disp(R), "o.a.p.r.a.Association", "Failed to serialize message [com.larchwave.orders.inventory.ShardCommand$ReserveStock]. "
              "java.io.NotSerializableException: No configured serialization-bindings for class [com.larchwave.orders.inventory.ShardCommand$ReserveStock] (to pekko://orders@%s:25520)"
              % ip10(R, 20, R.randint(10, 13)))


def f2_negs():
    def n_deadletter(R):
        ref = actor_ref(R, "user/carts/cart-%s" % lower(R, 8))
        return lb(R, "INFO", disp(R), "o.a.p.a.LocalActorRef", "Message [com.larchwave.orders.cart.CartActor$Expire$] to %s was not delivered. [%d] dead letters encountered. If this is not an expected behavior then %s may have terminated unexpectedly. This logging can be turned off or adjusted with configuration settings 'pekko.log-dead-letters' and 'pekko.log-dead-letters-during-shutdown'."
                  % (ref, R.randint(1, 10), ref))
    def n_access(R):
        return lb(R, "INFO", disp(R, pick(R, ["orders", "application"])), pick(R, ["c.l.orders.http.AccessLog", "access"]), "%s %s %s %d %dms" % (ip10(R, 20), pick(R, ["GET", "GET", "POST"]), pick(R, ["/api/orders/%s" % uuid(R), "/api/catalog/products/%d" % R.randint(1000, 99999), "/api/carts", "/health/ready"]), pick(R, [200, 200, 201, 204, 404, 409, 400]), R.randint(1, 900)))
    def n_member(R):
        a = "pekko://orders@%s:25520" % ip10(R, 20, R.randint(10, 13))
        return lb(R, pick(R, ["INFO", "INFO", "WARN"]), "orders-pekko.actor.internal-dispatcher-%d" % R.randint(2, 9), "o.a.p.c.Cluster", "Cluster Node [pekko://orders@%s:25520] - %s"
                  % (ip10(R, 20, 10), pick(R, ["Leader is moving node [%s] to [Up]" % a, "Marking node as UNREACHABLE [Member(%s, Leaving)]." % a, "Marking node as REACHABLE [Member(%s, Up)]." % a, "Node [%s] is JOINING, roles [dc-default], version [1.1.%d]" % (a, R.randint(0, 3)), "Exiting completed"])))
    def n_boot(R):
        return lb(R, "INFO", "main", pick(R, ["o.a.p.e.s.Slf4jLogger", "o.a.p.r.a.ArteryTransport", "p.c.s.PekkoHttpServer", "c.z.h.HikariDataSource"]),
                  pick(R, ["Slf4jLogger started", "Remoting started with transport [Artery tcp]; listening on address [pekko://orders@%s:25520] with UID [%d]" % (ip10(R, 20, 11), R.randint(10**17, 10**18)),
                           "Listening for HTTP on /0.0.0.0:9000", "orders-db - Start completed.", "Application started (Prod) (no global state)"]))
    def n_stats(R):
        return lb(R, "DEBUG", "orders-db housekeeper", "c.z.h.pool.HikariPool", "orders-db - Pool stats (total=10, active=%d, idle=%d, waiting=0)" % ((lambda a: (a, 10 - a))(R.randint(0, 6))))
    def n_backoff(R):
        return lb(R, "WARN", disp(R), "o.a.p.h.i.e.c.PoolId", "[%d (WaitingForResponseEntitySubscription)] Connection attempt failed. Backing off new connection attempts for at least %d milliseconds. (retry %d of 5, request to tax-api succeeded on next attempt)"
                  % (R.randint(0, 7), pick(R, [100, 200, 400]), R.randint(1, 2)))
    def n_kafka(R):
        return lb(R, "INFO", disp(R), pick(R, ["o.a.k.c.c.i.ConsumerCoordinator", "o.a.k.c.c.i.SubscriptionState"]), "[Consumer clientId=orders-%d, groupId=orders-inventory] %s"
                  % (R.randint(1, 4), pick(R, ["Revoke previously assigned partitions inventory-events-%d" % R.randint(0, 11), "Setting offset for partition inventory-events-%d to the committed offset FetchPosition{offset=%d}" % (R.randint(0, 11), R.randint(10000, 9999999)), "Successfully joined group with generation Generation{generationId=%d}" % R.randint(10, 400)])))
    def n_validation(R):
        return lb(R, "WARN", disp(R), "c.l.orders.http.OrderRoutes", "rejected order for cart %s: %s (400)" % (uuid(R), pick(R, ["quantity must be > 0", "unknown coupon code SUMMER29", "shipping country not supported: AQ", "cart already checked out"])))
    def n_sbr(R):
        return lb(R, "INFO", "orders-pekko.actor.internal-dispatcher-%d" % R.randint(2, 9), "o.a.p.c.s.SplitBrainResolver", "This node is now the leader responsible for taking SBR decisions among the reachable nodes (more leaders may exist). (0 unreachable)")
    def n_restart_ok(R):
        return lb(R, "INFO", disp(R), "c.l.orders.cart.CartSupervisor", "cart %s passivated after %d min idle; 0 failures, state persisted at seqNr %d" % (lower(R, 8), R.randint(5, 30), R.randint(1, 400)))
    def n_debug(R):
        return lb(R, "DEBUG", disp(R), "c.l.catalog.dao.ProductDao", "upsert product %d season=%s errors=[] warnings=[]" % (R.randint(1000, 99999), pick(R, ["SS30", "AW29"])))
    return [n_deadletter, n_access, n_member, n_boot, n_stats, n_backoff, n_kafka, n_validation, n_sbr, n_restart_ok, n_debug, n_access]


def fam_scala(R):
    return build(R, F2, [("pricing-actor-npe-null-discount", f2_npe), ("play-catalog-season-code-column-missing", f2_play),
                         ("orders-hikari-pool-exhausted-by-reports", f2_hikari), ("kafka-inventory-avro-v7-deserialization", f2_kafka),
                         ("artery-reservestock-no-serialization-binding", f2_serializer)], f2_negs())


FAMILIES = {F1: fam_elixir, F2: fam_scala}
