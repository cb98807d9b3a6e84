"""lambda-extensions and orm-clients."""
import json
from common import *
from fam_data import jframes


# ---------------------------------------------------------------- lambda-extensions
def slash(d=None):
    d = d or t()
    return d.strftime("%Y/%m/%d %H:%M:%S")


def fnrole():
    fn = pick(["orders-api", "billing-webhook", "report-export", "notify-sms"])
    return fn, f"arn:aws:sts::{pick(ACCOUNTS)}:assumed-role/{fn}-role-{alnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')}/{fn}"


def ext_launch_error():
    nm = pick(["otel-collector", "collector", "datadog-agent", "log-shipper", "secrets-cache", "appconfig-agent", "newrelic-lambda-extension"])
    return f"EXTENSION\tName: {nm}\tState: LaunchError\tEvents: []\tError Type: UnknownError"


def ext_init_crash():
    return f"INIT_REPORT Init Duration: {f(200, 9999, 2)} ms\tPhase: {pick(['init', 'invoke'])}\tStatus: error\tError Type: Extension.Crash"


def psle_denied():
    fn, role = fnrole()
    sec = pick(["prod/orders/db", "prod/stripe/webhook", "shared/smtp", "prod/partner-api"])
    return (f"[AWS Parameters and Secrets Lambda Extension] {slash()} ERROR GetSecretValue request failed: AccessDeniedException: User: {role} "
            f"is not authorized to perform: secretsmanager:GetSecretValue on resource: {sec} because no identity-based policy allows the "
            f"secretsmanager:GetSecretValue action")


def psle_param():
    p = pick(["/orders/prod/feature-flags", "/billing/prod/rate-table", "/shared/prod/endpoints"])
    return f"[AWS Parameters and Secrets Lambda Extension] {slash()} ERROR GetParameter request failed: ParameterNotFound: Parameter {p} not found"


def lwa_refused():
    return (f"{iso_us()} ERROR Lambda runtime invoke{{requestId=\"{uid()}\" xrayTraceId=\"Root=1-{hexs(8)}-{hexs(24)};Parent={hexs(16)};Sampled={pick([0, 1])}\"}}: "
            f"lambda_runtime: {pick(['Error', 'error'])}: hyper_util::client::legacy::Error(Connect, ConnectError(\"tcp connect error\", Os {{ code: 111, kind: ConnectionRefused, "
            f"message: \"Connection refused\" }}))")


def dd_apikey():
    return (f"{t().strftime('%Y-%m-%d %H:%M:%S')} UTC | DD_EXTENSION | ERROR | Error while trying to read an API Key from Secrets Manager: "
            f"AccessDeniedException: User: {fnrole()[1]} is not authorized to perform: secretsmanager:GetSecretValue")


def dd_flush():
    return (f"{t().strftime('%Y-%m-%d %H:%M:%S')} UTC | DD_EXTENSION | ERROR | Error sending payload to intake: Post "
            f"\"https://http-intake.logs.datadoghq.eu/api/v2/logs\": context deadline exceeded (Client.Timeout exceeded while awaiting headers), "
            f"dropping {n(1, 900)} logs")


def nr_send():
    return (f"[NR_EXT] Telemetry client error: failed to send {n(1, 9)}/{n(1, 9)} payload batches: Post \"https://cloud-collector.newrelic.com/aws/lambda/v1\": "
            f"dial tcp {ip_pub()}:443: i/o timeout")


def appconfig():
    app = pick(["orders", "billing", "checkout"]); env = pick(["prod", "prod-eu", "staging"])
    return (f"[appconfig agent] {slash()} ERROR retrieve failure for '{app}:{env}:feature-flags': "
            f"BadRequestException: Configuration profile feature-flags in application {app} is not valid JSON (RequestId: {uid()})")


def bun_typeerror():
    c = n(22, 31); l = ln(14)
    return (f"{l} |   const orderId = event.body.order.id;\n"
            f"{' ' * c}^\n"
            "TypeError: undefined is not an object (evaluating 'event.body.order')\n"
            f"      at handler (/var/task/src/handler.ts:{l}:{c})\n"
            f"      at processEvents (/opt/bootstrap/runtime.ts:{ln(88)}:{n(10, 30)})")


def llrt_ref():
    return node_line("ERROR", json.dumps({"errorType": "ReferenceError", "errorMessage": "Buffer is not defined",
                                          "stackTrace": [f"at encodeCursor (file:///var/task/index.mjs:{ln(231)}:{n(5, 40)})",
                                                         f"at listOrders (file:///var/task/index.mjs:{ln(118)}:{n(5, 40)})"]}))


def py_ext_subscribe():
    return (f"[log-shipper] {slash()} ERROR failed to subscribe to Telemetry API: 400 Bad Request "
            f"{{\"errorMessage\":\"Invalid buffering.timeoutMs: {n(10, 24)} (must be >= 25)\",\"errorType\":\"Telemetry.InvalidRequest\"}}")


EXT_ERRORS = [
    ("lambda-extensions/extension-launch-error", ext_launch_error),
    ("lambda-extensions/init-report-extension-crash", ext_init_crash),
    ("lambda-extensions/psle-secret-access-denied", psle_denied),
    ("lambda-extensions/psle-parameter-not-found", psle_param),
    ("lambda-extensions/web-adapter-connection-refused", lwa_refused),
    ("lambda-extensions/datadog-apikey-secrets-denied", dd_apikey),
    ("lambda-extensions/datadog-intake-timeout", dd_flush),
    ("lambda-extensions/newrelic-telemetry-send", nr_send),
    ("lambda-extensions/appconfig-retrieve-invalid-json", appconfig),
    ("lambda-extensions/bun-typeerror-handler", bun_typeerror),
    ("lambda-extensions/llrt-reference-error-buffer", llrt_ref),
    ("lambda-extensions/telemetry-subscribe-invalid", py_ext_subscribe),
]


def ok_ext_ready():
    nm = pick(["datadog-agent", "newrelic-lambda-extension", "AWSParametersAndSecretsLambdaExtension", "otel-collector", "appconfig-agent"])
    return f"EXTENSION\tName: {nm}\tState: Ready\tEvents: [{pick(['INVOKE, SHUTDOWN', 'INVOKE,SHUTDOWN', 'SHUTDOWN'])}]"


def ok_telemetry():
    return f"TELEMETRY\tName: {pick(['datadog-agent', 'log-shipper', 'otel-collector'])}\tState: Subscribed\tTypes: [{pick(['Platform, Function', 'Platform, Function, Extension'])}]"


def ok_psle_ready():
    return f"[AWS Parameters and Secrets Lambda Extension] {slash()} INFO ready to serve traffic on port {pick([2773, 2773, 2780])}"


def ok_psle_warn():
    return f"[AWS Parameters and Secrets Lambda Extension] {slash()} WARN cache miss for {pick(['prod/orders/db', 'shared/smtp'])}, fetching (0 errors so far)"


def ok_lwa():
    return f"{iso_us()} {pick(['INFO', 'DEBUG'])} lambda_web_adapter: app is not ready after {pick([2000, 4000, 8000])}ms url=http://127.0.0.1:{pick([8080, 3000])}/healthz"


def ok_dd():
    return f"{t().strftime('%Y-%m-%d %H:%M:%S')} UTC | DD_EXTENSION | {pick(['INFO', 'DEBUG'])} | Datadog extension version : {n(50, 70)}|Datadog environment variables: DD_SITE=datadoghq.eu|DD_LOG_LEVEL=info|"


def ok_dd_warn():
    return f"{t().strftime('%Y-%m-%d %H:%M:%S')} UTC | DD_EXTENSION | WARN | Retrying flush after error (attempt {n(1, 2)}/3): context deadline exceeded"


def ok_nr():
    return (f"[NR_EXT] Sent {n(1, 3)}/{n(1, 3)} New Relic Telemetry payload batches with {n(1, 90)} log events successfully with certainty in "
            f"{f(20, 900, 3)}ms ({n(20, 900)}ms to transmit {f(0.1, 30)}kB).")


def ok_nr_shutdown():
    return f"[NR_EXT] New Relic Extension shutting down after {n(1, 900)} events"


def ok_appconfig():
    return f"[appconfig agent] {slash()} INFO serving on localhost:2772"


def ok_appconfig_warn():
    return f"[appconfig agent] {slash()} WARN retrieve failure for 'orders:prod:feature-flags' is transient, using cached data (age {n(1, 300)}s)"


def ok_platform_report():
    return (f"REPORT RequestId: {uid()}\tDuration: {f(1, 900, 2)} ms\tBilled Duration: {n(2, 901)} ms\tMemory Size: {pick([256, 512, 1024])} MB\t"
            f"Max Memory Used: {n(60, 250)} MB")


EXT_OK = [ok_ext_ready, ok_telemetry, ok_psle_ready, ok_psle_warn, ok_lwa, ok_dd, ok_dd_warn, ok_nr, ok_nr_shutdown, ok_appconfig,
          ok_appconfig_warn, ok_platform_report]


# ---------------------------------------------------------------- orm-clients
def rds(engine="postgres"):
    return f"{pick(['orders', 'billing', 'core'])}-db.cluster-{alnum(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{pick(REGIONS)}.rds.amazonaws.com"


def prisma_unreach():
    h = rds()
    return node_line("ERROR", f"prisma:error \nInvalid `prisma.order.findUnique()` invocation:\n\n\nCan't reach database server at `{h}`:`5432`\n\n"
                              f"Please make sure your database server is running at `{h}`:`5432`.")


def prisma_unique():
    return node_line("ERROR", "PrismaClientKnownRequestError: \nInvalid `prisma.payment.create()` invocation in\n"
                              f"/var/task/src/payments/repository.ts:{ln(41)}:{n(20, 40)}\n\n"
                              "Unique constraint failed on the fields: (`idempotency_key`)\n"
                              f"    at Rn.handleRequestError (/var/task/node_modules/@prisma/client/runtime/library.js:121:{n(7000, 8000)})\n"
                              f"    at async PaymentRepository.create (/var/task/src/payments/repository.ts:{ln(41)}:{n(20, 40)}) {{\n"
                              f"  code: 'P2002',\n  clientVersion: '5.{n(10, 22)}.{n(0, 2)}',\n  meta: {{ modelName: 'Payment', target: [ 'idempotency_key' ] }}\n}}")


def sqla_op():
    h = rds()
    return (f"{comma_ms()} ERROR [app.repositories.orders] Failed to load order {n(10000, 999999)}\nTraceback (most recent call last):\n"
            f"  File \"/var/task/app/repositories/orders.py\", line {ln(58)}, in get\n    return session.execute(stmt).scalar_one()\n"
            f"  File \"/var/task/sqlalchemy/orm/session.py\", line {ln(2351)}, in execute\n"
            f"  File \"/var/task/sqlalchemy/engine/base.py\", line {ln(3325)}, in _wrap_pool_connect\n"
            f"sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"{h}\" ({ip10()}), port 5432 failed: "
            f"FATAL:  remaining connection slots are reserved for non-replication superuser connections\n\n"
            f"(Background on this error at: https://sqlalche.me/e/20/e3q8)")


def sqla_integrity():
    k = n(1000, 99999)
    return ("Traceback (most recent call last):\n"
            f"  File \"/app/billing/invoices.py\", line {ln(112)}, in create_invoice\n    session.commit()\n"
            f"  File \"/usr/local/lib/python3.12/site-packages/sqlalchemy/orm/session.py\", line {ln(1969)}, in commit\n"
            f"sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"invoices_number_key\"\n"
            f"DETAIL:  Key (number)=(INV-2026-{k}) already exists.\n\n"
            f"[SQL: INSERT INTO invoices (number, customer_id, total) VALUES (%(number)s, %(customer_id)s, %(total)s) RETURNING invoices.id]\n"
            f"[parameters: {{'number': 'INV-2026-{k}', 'customer_id': {n(1, 99999)}, 'total': Decimal('{n(1, 9999)}.{n(0, 99):02d}')}}]\n"
            f"(Background on this error at: https://sqlalche.me/e/20/gkpj)")


def typeorm_fk():
    return node_line("ERROR", f"QueryFailedError: insert or update on table \"order_lines\" violates foreign key constraint \"FK_{hexs(27)}\"\n"
                              f"    at PostgresQueryRunner.query (/var/task/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:{ln(219)}:19)\n"
                              f"    at async InsertQueryBuilder.execute (/var/task/node_modules/typeorm/query-builder/InsertQueryBuilder.js:{ln(106)}:33)\n"
                              f"    at async OrderLineService.addLine (/var/task/dist/orders/order-line.service.js:{ln(37)}:9)")


def sequelize_acquire():
    return node_line("ERROR", "SequelizeConnectionAcquireTimeoutError: Operation timeout\n"
                              f"    at ConnectionManager.getConnection (/var/task/node_modules/sequelize/lib/dialects/abstract/connection-manager.js:{ln(220)}:15)\n"
                              f"    at async MySQLQueryInterface.select (/var/task/node_modules/sequelize/lib/dialects/abstract/query-interface.js:{ln(407)}:12)\n"
                              f"    at async ReportService.monthly (/var/task/src/reports/service.js:{ln(64)}:18)")


def knex_pool():
    return (f"{iso_ms()} error: KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?\n"
            f"    at Client_PG.acquireConnection (/app/node_modules/knex/lib/client.js:{ln(332)}:26)\n"
            f"    at async Runner.ensureConnection (/app/node_modules/knex/lib/execution/runner.js:{ln(305)}:28)\n"
            f"    at async InventoryRepo.reserve (/app/src/inventory/repo.js:{ln(29)}:5) {{\n  sql: 'select * from \"stock\" where \"sku\" = ? for update',\n  bindings: [ '{alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}' ]\n}}")


def hibernate_deadlock():
    return (f"{t().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z ERROR 1 --- [orders] [nio-8080-exec-{n(1, 40)}] o.h.engine.jdbc.spi.SqlExceptionHelper   : "
            f"ERROR: deadlock detected\n  Detail: Process {n(1000, 90000)} waits for ShareLock on transaction {n(10**6, 10**7)}; blocked by process {n(1000, 90000)}.\n"
            f"Process {n(1000, 90000)} waits for ShareLock on transaction {n(10**6, 10**7)}; blocked by process {n(1000, 90000)}.\n"
            f"  Hint: See server log for query details.\n  Where: while updating tuple ({n(0, 9999)},{n(1, 90)}) in relation \"stock_items\"")


def go_timeout():
    return (f"time={iso_ms()} level=ERROR msg=\"list orders failed\" err=\"pq: canceling statement due to statement timeout\" "
            f"tenant=t-{n(100, 999)} request_id={uid()} duration={f(5, 30, 3)}s")


def pgx_connect():
    h = rds()
    return (f"{slash()} failed to connect to `host={h} user={pick(USERS)} database=orders`: dial error (dial tcp {ip10()}:5432: connect: connection refused)")


def ef_fk():
    return (pick(["", f"{t().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z "]) + "fail: Microsoft.EntityFrameworkCore.Update[10000]\n"
            "      An exception occurred in the database while saving changes for context type 'Acme.Orders.Data.OrdersContext'.\n"
            "      Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n"
            f"       ---> Npgsql.PostgresException (0x80004005): 23503: insert or update on table \"order_lines\" violates foreign key constraint \"FK_order_lines_orders_order_id\"\n"
            f"      \n      DETAIL: Key (order_id)=({n(1000, 999999)}) is not present in table \"orders\".\n"
            f"         at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)\n"
            f"         at Acme.Orders.Services.OrderService.AddLineAsync(Int64 orderId, LineDto dto) in /src/Acme.Orders/Services/OrderService.cs:line {ln(84)}")


ORM_ERRORS = [
    ("orm-clients/prisma-cant-reach-db", prisma_unreach),
    ("orm-clients/prisma-unique-idempotency", prisma_unique),
    ("orm-clients/sqlalchemy-connection-slots", sqla_op),
    ("orm-clients/sqlalchemy-unique-invoice", sqla_integrity),
    ("orm-clients/typeorm-fk-order-lines", typeorm_fk),
    ("orm-clients/sequelize-acquire-timeout", sequelize_acquire),
    ("orm-clients/knex-pool-timeout", knex_pool),
    ("orm-clients/hibernate-deadlock", hibernate_deadlock),
    ("orm-clients/go-statement-timeout", go_timeout),
    ("orm-clients/pgx-connection-refused", pgx_connect),
    ("orm-clients/efcore-fk-order-lines", ef_fk),
]


def ok_prisma_info():
    return node_line("INFO", f"prisma:info Starting a postgresql pool with {n(3, 21)} connections.")


def ok_prisma_warn():
    return node_line("WARN", f"prisma:warn In production, we recommend using `prisma generate --no-engine` (0 errors, {n(1, 3)} warnings)")


def ok_prisma_query():
    return node_line("INFO", f"prisma:query SELECT \"public\".\"Order\".\"id\", \"public\".\"Order\".\"status\" FROM \"public\".\"Order\" WHERE (\"public\".\"Order\".\"id\" = $1 AND 1=1) LIMIT $2 OFFSET $3")


def ok_typeorm_failed_info():
    return node_line("INFO", f"query failed: INSERT INTO \"order_lines\"(\"order_id\", \"sku\", \"qty\") VALUES ($1, $2, $3) RETURNING \"id\" -- PARAMETERS: [{n(1000, 99999)},\"{alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}\",{n(1, 9)}]")


def ok_sequelize():
    return node_line("INFO", f"Executing (default): SELECT `id`, `status` FROM `orders` AS `Order` WHERE `Order`.`id` = {n(1, 999999)};")


def ok_sqla_rollback():
    return f"{comma_ms()} INFO sqlalchemy.engine.Engine ROLLBACK"


def ok_sqla_pool_warn():
    return (f"{comma_ms()} WARNING sqlalchemy.pool.impl.QueuePool Connection <connection object at 0x7f{hexs(10)}; dsn: 'host={rds()} dbname=orders', closed: 0> "
            f"was invalidated due to disconnect; retrying (attempt {n(1, 2)})")


def ok_hikari_warn():
    return (f"{t().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z  WARN 1 --- [orders] [ool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : "
            f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={n(1, 9)}m{n(1, 59)}s{n(1, 999)}ms).")


def ok_hibernate_warn():
    return (f"{t().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z  WARN 1 --- [orders] [nio-8080-exec-{n(1, 40)}] o.h.engine.jdbc.spi.SqlExceptionHelper   : "
            f"SQL Error: 0, SQLState: 40P01")


def ok_go_retry():
    return (f"time={iso_ms()} level=INFO msg=\"retrying query after error\" err=\"driver: bad connection\" attempt={n(1, 2)} tenant=t-{n(100, 999)}")


def ok_go_debug():
    return f"time={iso_ms()} level=DEBUG msg=\"pool stats\" open={n(1, 20)} in_use={n(0, 10)} idle={n(0, 10)} wait_count=0 errors=0"


def ok_ef_info():
    return (f"{t().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n"
            f"      Executed DbCommand ({n(1, 90)}ms) [Parameters=[@__id_0='?' (DbType = Int64)], CommandType='Text', CommandTimeout='30']\n"
            "      SELECT o.\"Id\", o.\"Status\" FROM \"Orders\" AS o WHERE o.\"Id\" = @__id_0 LIMIT 1")


def ok_ef_warn():
    return (f"{t().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z warn: Microsoft.EntityFrameworkCore.Query[20504]\n"
            "      Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, "
            "but no 'QuerySplittingBehavior' has been configured.")


ORM_OK = [ok_prisma_info, ok_prisma_warn, ok_prisma_query, ok_typeorm_failed_info, ok_sequelize, ok_sqla_rollback, ok_sqla_pool_warn,
          ok_hikari_warn, ok_hibernate_warn, ok_go_retry, ok_go_debug, ok_ef_info, ok_ef_warn]
