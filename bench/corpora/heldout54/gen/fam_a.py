"""Families: cms-ghost5-prettylog-s3-mailgun-ecs, paywall-go-kit-logfmt-zuora-iap-ecs.

"cms-ghost5" is gorsemoor's "Weekend" magazine and opinion site on Ghost 5 (Node 18) on ECS Fargate, MySQL 8 on RDS,
the S3 storage adapter for images, Mailgun for member newsletters. Ghost writes its pretty stdout format
`[2031-04-14 09:12:33] INFO "GET /path/" 200 54ms`; a request that carries an error (any status except 404) is logged
at ERROR with the error message, context, `Error ID:`, `Error Code:` and the stack after a dashed rule, all one event
(the awslogs multi-line pattern is `^\\[\\d{4}-`).

"paywall" is the metering and entitlement service "turnstile" (Go 1.22, go-kit log with logfmt output) on ECS:
reader access decisions, checkout through Zuora (REST API with OAuth client credentials), App Store receipt
validation for the app, entitlements in DynamoDB. A Go `panic:` with its goroutine dump is one event (the Docker
awslogs driver pattern `^(level=|panic:)`)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    plain_ts, iso_z)

# ---------------------------------------------------------------- cms-ghost5-prettylog-s3-mailgun-ecs
F1 = "cms-ghost5-prettylog-s3-mailgun-ecs"
GV = "5.82.2"
GB = "/var/lib/ghost/versions/%s/core" % GV


def gl(R, lvl, msg):
    return "[%s] %s %s" % (plain_ts(R), lvl, msg)


def greq(R, method, path, status, ms=None):
    return gl(R, "INFO", '"%s %s" %d %dms' % (method, path, status, ms if ms is not None else R.randint(3, 900)))


def gerr(R, method, path, status, message, context, code, stack, help_=None):
    out = ['[%s] ERROR "%s %s" %d %dms' % (plain_ts(R), method, path, status, R.randint(4, 9000)), "", message, ""]
    if context:
        out += ['"%s"' % context, ""]
    if help_:
        out += ['"%s"' % help_, ""]
    out += ["Error ID:", "    %s" % uuid(R), ""]
    if code:
        out += ["Error Code: ", "    %s" % code, ""]
    out += ["-" * 40, ""]
    out += stack
    return "\n".join(out)


def slug(R):
    a = pick(R, ["why", "how", "the", "inside", "review", "letters", "weekend", "recipe", "travel", "opinion"])
    b = pick(R, ["moorland", "harbour", "council", "festival", "gardens", "budget", "ferry", "allotments", "poets", "cyclists", "bakers", "lifeboat"])
    return "%s-%s-%s-%d" % (a, b, pick(R, ["matter", "changed", "returns", "again", "season", "debate", "guide", "week"]), R.randint(2, 999))


def oid(R):
    return hexs(R, 24)


def gh_s3(R):
    # the task role was swapped to a new role in the 2031-04 CDK refactor; its policy allows s3:GetObject on the
    # images bucket but not s3:PutObject, so every image upload by editors fails and articles go out without images
    path = pick(R, ["/ghost/api/admin/images/upload/", "/ghost/api/admin/media/upload/", "/ghost/api/admin/files/upload/"])
    if R.random() < 0.7:
        return gerr(R, "POST", path, 500, "Access Denied", None, "AccessDenied", [
            "AccessDenied: Access Denied",
            "    at throwDefaultError (/var/lib/ghost/node_modules/@smithy/smithy-client/dist-cjs/index.js:%d:20)" % R.randint(830, 850),
            "    at /var/lib/ghost/node_modules/@aws-sdk/client-s3/dist-cjs/index.js:%d:5" % R.randint(4000, 6000),
            "    at async S3Storage.save (/var/lib/ghost/content/adapters/storage/s3/index.js:%d:9)" % R.randint(60, 90)])
    return gl(R, "ERROR", "S3Storage: upload of content/images/2031/04/%s.%s to gorsemoor-weekend-images failed: AccessDenied: User: arn:aws:sts::%s:assumed-role/weekend-ghost-task-v2/%s is not authorized to perform: s3:PutObject" % (
        slug(R), pick(R, ["jpg", "png", "webp"]), ACCT, hexs(R, 32)))


def gh_mailgun(R):
    # the Mailgun API key in mail__options / bulk email settings was deleted when the account owner left; every
    # newsletter batch is refused with 401, so members get no newsletter
    r = R.random()
    if r < 0.45:
        return gl(R, "ERROR", "[BulkEmail] Mailgun batch %s for email %s failed: 401 Unauthorized: Forbidden (attempt %d/3)" % (oid(R), oid(R), R.randint(1, 3)))
    if r < 0.75:
        return gl(R, "ERROR", "[EmailService] Email %s (newsletter \"%s\") failed: %d of %d batches failed to send: Mailgun Error 401: Forbidden" % (
            oid(R), pick(R, ["Weekend Edition", "The Moor Letter", "Gorsemoor Food", "Opinion Daily"]), R.randint(3, 40), R.randint(40, 60)))
    return gerr(R, "POST", "/ghost/api/admin/emails/%s/retry/" % oid(R), 500, "The email service received an error from mailgun and was unable to send.", "Mailgun Error 401: Forbidden", "BULK_EMAIL_SEND_FAILED", [
        "EmailError: The email service received an error from mailgun and was unable to send.",
        "    at MailgunClient.send (/var/lib/ghost/node_modules/@tryghost/mailgun-client/lib/MailgunClient.js:%d:19)" % R.randint(90, 120),
        "    at async SendingService.send (/var/lib/ghost/node_modules/@tryghost/email-service/lib/SendingService.js:%d:16)" % R.randint(60, 90)])


def gh_knex(R):
    # database__pool__max was set to 2 in the task definition (copied from the staging stack); under Saturday
    # traffic every admin and content API request waits for a connection and fails after 60 s
    if R.random() < 0.6:
        path = pick(R, ["/ghost/api/content/posts/?limit=%d&include=tags,authors" % R.randint(5, 20), "/ghost/api/admin/posts/%s/" % oid(R), "/%s/" % slug(R), "/ghost/api/members/session/"])
        return gerr(R, "GET" if "admin/posts" not in path else "PUT", path, 500,
                    "Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?", None, None, [
                        "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
                        "    at Client_MySQL2.acquireConnection (/var/lib/ghost/node_modules/knex/lib/client.js:%d:26)" % R.randint(300, 320),
                        "    at async Runner.ensureConnection (/var/lib/ghost/node_modules/knex/lib/execution/runner.js:%d:28)" % R.randint(280, 310)])
    return gl(R, "ERROR", "Knex: Timeout acquiring a connection. The pool is probably full. (pool max 2, %d pending acquires) while running job \"%s\"" % (
        R.randint(8, 90), pick(R, ["clean-expired-comped", "update-check", "email-analytics-fetch-latest", "members-import"])))


def gh_sched(R):
    # the scheduler adapter's callback host is still the pre-migration admin URL (weekend-admin.gorsemoor-old); its
    # DNS record was deleted, so scheduled articles stay in "scheduled" and are never published
    if R.random() < 0.6:
        return gl(R, "ERROR", "[SchedulingDefault] Scheduled post %s (\"%s\") was not published: getaddrinfo ENOTFOUND weekend-admin.gorsemoor-old.example (PUT https://weekend-admin.gorsemoor-old.example/ghost/api/admin/schedules/posts/%s/)" % (oid(R), slug(R), oid(R)))
    return gl(R, "ERROR", "[SchedulingDefault] %d scheduled posts are %d minutes overdue; last publish callback failed: getaddrinfo ENOTFOUND weekend-admin.gorsemoor-old.example" % (R.randint(1, 9), R.randint(2, 240)))


def gh_partial(R):
    # theme gorsemoor-weekend 4.2.0 calls {{> paywall-cta}} but the partial file was left out of the theme zip;
    # every article page that renders the call-to-action fails with 500
    s = slug(R)
    return gerr(R, "GET", "/%s/" % s, 500, "The partial paywall-cta could not be found", None, None, [
        "Error: The partial paywall-cta could not be found",
        "    at Object.invokePartial (/var/lib/ghost/node_modules/handlebars/dist/cjs/handlebars/runtime.js:%d:11)" % R.randint(320, 340),
        "    at Object.invokePartialWrapper [as invokePartial] (/var/lib/ghost/node_modules/handlebars/dist/cjs/handlebars/runtime.js:%d:39)" % R.randint(80, 90),
        "    at eval (/var/lib/ghost/content/themes/gorsemoor-weekend/post.hbs:%d:%d)" % (R.randint(20, 60), R.randint(2, 30))],
        help_="Theme gorsemoor-weekend 4.2.0, template post.hbs") if R.random() < 0.7 else \
        gl(R, "ERROR", "Theme gorsemoor-weekend rendered post.hbs with an error for /%s/: The partial paywall-cta could not be found" % s)


def gh_negs():
    def n_req(R):
        return pick(R, [
            greq(R, "GET", "/%s/" % slug(R), 200), greq(R, "GET", "/%s/" % slug(R), 304, R.randint(2, 30)),
            greq(R, "GET", "/ghost/api/content/posts/?limit=%d&filter=tag:%s" % (R.randint(3, 15), pick(R, ["food", "travel", "opinion", "letters"])), 200),
            greq(R, "GET", "/ghost/api/admin/posts/?formats=mobiledoc,lexical&limit=%d" % R.randint(10, 30), 200),
            greq(R, "PUT", "/ghost/api/admin/posts/%s/?formats=mobiledoc,lexical" % oid(R), 200),
            greq(R, "GET", "/tag/%s/page/%d/" % (pick(R, ["food", "travel", "opinion"]), R.randint(2, 20)), 200),
            greq(R, "GET", "/%s" % slug(R), 301, R.randint(1, 9)),
            greq(R, "GET", "/sitemap-posts.xml", 200), greq(R, "GET", "/ghost/api/admin/site/", 200),
            greq(R, "POST", "/ghost/api/admin/images/upload/", 201) if R.random() < 0.2 else greq(R, "GET", "/rss/", 200),
            greq(R, "HEAD", "/ghost/api/admin/site/", 200, R.randint(1, 8))])

    def n_404(R):
        return pick(R, [greq(R, "GET", "/%s" % pick(R, ["wp-login.php", ".env", "xmlrpc.php", "wp-admin/setup-config.php", "phpmyadmin/", "old-site/%s.html" % slug(R)]), 404),
                        greq(R, "GET", "/%s/amp/" % slug(R), 404), greq(R, "GET", "/author/%s/" % pick(R, ["jsmith", "old-desk", "guest"]), 404)])

    def n_4xx_err(R):
        # Ghost logs a request that carries an error at ERROR even when it is the client's fault
        return pick(R, [
            gerr(R, "GET", "/ghost/api/admin/users/me/?include=roles", 403, "Authorization failed",
                 "Unable to determine the authenticated user or integration. Check that cookies are being passed through if using session authentication.", None,
                 ["NoPermissionError: Authorization failed", "    at authorizeAdminApi (%s/server/services/auth/authorize.js:%d:25)" % (GB, R.randint(30, 40))]),
            gerr(R, "GET", "/members/?token=%s&action=signin&r=%%2F%s%%2F" % (alnum(R, 32), slug(R)), 400, "Magic link has expired.", None, None,
                 ["BadRequestError: Magic link has expired.", "    at MagicLink.getDataFromToken (/var/lib/ghost/node_modules/@tryghost/magic-link/lib/MagicLink.js:%d:19)" % R.randint(120, 140)]),
            gerr(R, "POST", "/ghost/api/admin/session", 422, "Your password is incorrect.", "Your password is incorrect.", "PASSWORD_INCORRECT",
                 ["ValidationError: Your password is incorrect.", "    at Object.isPasswordCorrect (%s/server/lib/security/password.js:%d:15)" % (GB, R.randint(20, 40))]),
            gerr(R, "POST", "/members/api/send-magic-link/", 429, "Too many sign-in attempts try again in %d minutes" % R.randint(5, 60), None, None,
                 ["TooManyRequestsError: Too many sign-in attempts try again in 10 minutes", "    at /var/lib/ghost/node_modules/@tryghost/members-api/lib/RouterController.js:%d:23" % R.randint(500, 600)])])

    def n_boot(R):
        return pick(R, [
            gl(R, "INFO", "Ghost is running in production..."),
            gl(R, "INFO", "Your site is now available on https://weekend.%s/" % DOMAIN),
            gl(R, "INFO", "Ctrl+C to shut down"),
            gl(R, "INFO", "Ghost server started in %.3fs" % R.uniform(0.5, 2)),
            gl(R, "INFO", "Database is in a ready state."),
            gl(R, "INFO", "Ghost database ready in %.3fs" % R.uniform(0.5, 3)),
            gl(R, "INFO", "Ghost URL Service Ready in %.3fs" % R.uniform(1, 9)),
            gl(R, "INFO", "Ghost booted in %.3fs" % R.uniform(3, 14)),
            gl(R, "INFO", "Adding offloaded job to the queue"),
            gl(R, "INFO", "Scheduling job update-check at %d %d %d * * *. Next run on: %s" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 23), iso_z(R, 0))),
            gl(R, "WARN", "Ghost is shutting down"), gl(R, "WARN", "Ghost has shut down"),
            gl(R, "WARN", "Your site is now offline")])

    def n_email(R):
        return pick(R, [
            gl(R, "INFO", "[EmailService] Email %s (newsletter \"%s\") sent: %d recipients, %d batches, 0 failed" % (oid(R), pick(R, ["Weekend Edition", "The Moor Letter", "Gorsemoor Food"]), R.randint(2000, 48000), R.randint(2, 48))),
            gl(R, "INFO", "[BulkEmail] Sending email batch %d/%d for %s" % (R.randint(1, 48), 48, oid(R))),
            gl(R, "INFO", "[EmailAnalytics] Fetched %d events from Mailgun, %d opened, %d failed (permanent: %d)" % (R.randint(100, 9000), R.randint(50, 4000), R.randint(0, 40), R.randint(0, 30))),
            gl(R, "INFO", "[EmailAnalytics] Member %s marked email_disabled after permanent failure 550 5.1.1 mailbox unavailable" % oid(R)),
            gl(R, "INFO", "Member %s unsubscribed from newsletter \"%s\"" % (oid(R), pick(R, ["Opinion Daily", "Gorsemoor Food"])))])

    def n_sched(R):
        return pick(R, [
            gl(R, "INFO", "[SchedulingDefault] Scheduled post %s (\"%s\") published at %s" % (oid(R), slug(R), iso_z(R, 0))),
            gl(R, "INFO", "Worker for job \"%s\" online" % pick(R, ["update-check", "email-analytics-fetch-latest", "clean-expired-comped"])),
            gl(R, "INFO", "[Jobs] Finished job %s in %dms" % (pick(R, ["email-analytics-fetch-latest", "update-check", "clean-tokens"]), R.randint(30, 9000)))])

    def n_warn(R):
        return pick(R, [
            gl(R, "WARN", "The theme \"gorsemoor-weekend\" is using a deprecated helper: {{#get}} with limit=\"all\" is capped at 100"),
            gl(R, "WARN", "Image size could not be determined for https://images.%s/%s.jpg: request timed out, using defaults" % (DOMAIN, slug(R))),
            gl(R, "INFO", "Request made to /ghost/api/admin/posts/ with 0 errors in validation (%d fields)" % R.randint(5, 40)),
            gl(R, "INFO", "Mailgun retry: batch %s sent after 1 retry (previous: 503 Service Unavailable)" % oid(R))])
    return [n_req, n_req, n_req, n_404, n_4xx_err, n_boot, n_email, n_sched, n_warn]


def cms(R):
    return build(R, F1, [("s3-task-role-v2-lacks-putobject", gh_s3), ("mailgun-api-key-deleted", gh_mailgun),
                         ("knex-pool-max-2-from-staging", gh_knex), ("scheduler-callback-old-admin-host", gh_sched),
                         ("theme-42-missing-paywall-cta-partial", gh_partial)], gh_negs())


# ---------------------------------------------------------------- paywall-go-kit-logfmt-zuora-iap-ecs
F2 = "paywall-go-kit-logfmt-zuora-iap-ecs"


def gts(R):
    return iso_z(R, 6)[:-1] + digits(R, 3) + "Z"


def lf(R, lvl, caller, msg, **kv):
    parts = ["level=%s" % lvl, "ts=%s" % gts(R), "caller=%s" % caller, 'msg="%s"' % msg if " " in msg else "msg=%s" % msg]
    for k, v in kv.items():
        v = str(v)
        parts.append('%s=%s' % (k, ('"%s"' % v.replace('"', '\\"')) if (" " in v or '"' in v or "=" in v) else v))
    return " ".join(parts)


def reader(R):
    return "rdr_" + lower(R, 12)


def sub(R):
    return "A-S%08d" % R.randint(1, 99999999)


def plan(R):
    return pick(R, ["digital-monthly", "digital-annual", "weekend-print-digital", "student-digital", "all-access-monthly"])


def pw_zuora(R):
    # the Zuora OAuth client "turnstile-prod" was deleted during a Zuora user clean-up; the token endpoint answers
    # invalid_client, so no checkout can create a subscription
    if R.random() < 0.5:
        return lf(R, "error", "zuora/oauth.go:%d" % R.randint(60, 80), "zuora token refresh failed", status=401, err="oauth2: \"invalid_client\" \"Invalid client id or secret\"", client="turnstile-prod")
    return lf(R, "error", "checkout/handler.go:%d" % R.randint(100, 180), "checkout failed", reader=reader(R), plan=plan(R), status=502,
              err="create subscription: zuora: get token: oauth2: \"invalid_client\" \"Invalid client id or secret\"", took="%dms" % R.randint(80, 900))


def pw_ddb(R):
    # the entitlements table is still provisioned at 25 WCU (on-demand switch was rolled back); renewals and new
    # subscriptions overrun it and grants fail after the SDK's retries, so paying readers stay paywalled
    return lf(R, "error", "entitlement/store.go:%d" % R.randint(40, 90), "grant entitlement failed", reader=reader(R), subscription=sub(R), source=pick(R, ["zuora-callout", "checkout", "apple-iap", "renewal-batch"]),
              err="operation error DynamoDB: PutItem, exceeded maximum number of attempts, 3, https response error StatusCode: 400, RequestID: %s, ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API." % upper(R, 52))


def pw_iap(R):
    # the App Store shared secret in the task's env is the old app's one; verifyReceipt answers 21004 for every
    # receipt, so app subscribers are not granted access
    if R.random() < 0.6:
        return lf(R, "error", "iap/apple.go:%d" % R.randint(70, 120), "receipt validation failed", reader=reader(R), bundle="example.gorsemoor.news", status=21004,
                  err="apple: the shared secret you provided does not match the shared secret on file for your account")
    return lf(R, "warn", "iap/handler.go:%d" % R.randint(40, 70), "app purchase not granted", reader=reader(R), product=pick(R, ["news.monthly", "news.annual", "news.weekend"]), apple_status=21004, granted=False)


def pw_panic(R):
    # meter counters for readers with a consent-less cookie build a nil map in v2.14.0; the goroutine panics and the
    # task exits, dropping in-flight access decisions
    gid = R.randint(300, 99000)
    return "\n".join([
        "panic: assignment to entry in nil map",
        "",
        "goroutine %d [running]:" % gid,
        "github.com/gorsemoor/turnstile/internal/meter.(*Counter).Hit(0xc%09x, {0xc%09x, 0x%x}, {0x%x, 0x%x})" % (R.randint(0, 16 ** 9 - 1), R.randint(0, 16 ** 9 - 1), R.randint(10, 40), R.randint(0x1000000, 0x2000000), R.randint(8, 20)),
        "\t/src/internal/meter/counter.go:%d +0x%x" % (R.randint(80, 95), R.randint(0x40, 0x2ff)),
        "github.com/gorsemoor/turnstile/internal/access.(*Handler).Decide(0xc%09x, {0x%x, 0xc%09x}, 0xc%09x)" % (R.randint(0, 16 ** 9 - 1), R.randint(0x1000000, 0x2000000), R.randint(0, 16 ** 9 - 1), R.randint(0, 16 ** 9 - 1)),
        "\t/src/internal/access/handler.go:%d +0x%x" % (R.randint(110, 140), R.randint(0x40, 0x2ff)),
        "net/http.HandlerFunc.ServeHTTP(0x%x, {0x%x, 0xc%09x}, 0xc%09x)" % (R.randint(0x1000000, 0x2000000), R.randint(0x1000000, 0x2000000), R.randint(0, 16 ** 9 - 1), R.randint(0, 16 ** 9 - 1)),
        "\t/usr/local/go/src/net/http/server.go:2171 +0x29",
        "created by net/http.(*Server).Serve in goroutine 1",
        "\t/usr/local/go/src/net/http/server.go:3285 +0x4b4"]) if R.random() < 0.6 else \
        lf(R, "error", "main.go:%d" % R.randint(60, 90), "previous task exited", task=hexs(R, 32), exit_code=2, reason="panic: assignment to entry in nil map", version="v2.14.0")


def pw_jwks(R):
    # the identity provider moved its JWKS to /.well-known/jwks.json; turnstile still fetches /oauth/jwks, gets 404,
    # and cannot verify signed-in readers' tokens once the cached key set expires, so subscribers hit the paywall
    if R.random() < 0.5:
        return lf(R, "error", "auth/jwks.go:%d" % R.randint(30, 60), "jwks refresh failed", url="https://id.%s/oauth/jwks" % DOMAIN, status=404, cached_keys=0)
    return lf(R, "warn", "auth/verify.go:%d" % R.randint(40, 80), "token verification failed, treating reader as anonymous", reader=reader(R), err="jwk: key %s not found in empty key set" % alnum(R, 12), path="/v1/access")


def pw_negs():
    def n_access(R):
        d = pick(R, ["allow", "allow", "allow", "block", "meter"])
        reason = {"allow": pick(R, ["subscriber", "free_article", "metered_within_limit", "referrer_social"]), "block": pick(R, ["meter_exhausted", "premium_anonymous"]), "meter": "metered_within_limit"}[d]
        return lf(R, "info", "access/handler.go:%d" % R.randint(140, 160), "access decision", reader=reader(R) if R.random() < 0.7 else "anonymous", article="gm-%d" % R.randint(100000, 999999),
                  decision=d, reason=reason, remaining=R.randint(0, 5), took="%dµs" % R.randint(80, 3000))

    def n_http(R):
        return lf(R, "info", "httpx/log.go:28", "request", method=pick(R, ["GET", "POST"]), path=pick(R, ["/v1/access", "/v1/checkout", "/v1/entitlements/me", "/healthz", "/v1/iap/apple"]),
                  status=pick(R, [200, 200, 200, 201, 204, 304]), bytes=R.randint(0, 4000), took="%dms" % R.randint(1, 400), err="null")

    def n_4xx(R):
        return pick(R, [
            lf(R, "info", "httpx/log.go:28", "request", method="GET", path="/v1/entitlements/me", status=401, err="session expired", took="%dms" % R.randint(1, 9)),
            lf(R, "info", "httpx/log.go:28", "request", method="POST", path="/v1/checkout", status=400, err="plan: unknown plan code \"%s\"" % pick(R, ["digital-weekly", "promo-xmas", "trial"]), took="%dms" % R.randint(1, 9)),
            lf(R, "info", "httpx/log.go:28", "request", method="POST", path="/v1/checkout", status=422, err="postcode: required for print bundle", took="%dms" % R.randint(1, 9))])

    def n_declined(R):
        return pick(R, [
            lf(R, "info", "checkout/handler.go:%d" % R.randint(190, 210), "payment declined by issuer", reader=reader(R), plan=plan(R), gateway_reason=pick(R, ["do_not_honor", "insufficient_funds", "expired_card", "card_velocity_exceeded"]), card="**** %s" % digits(R, 4)),
            lf(R, "warn", "renewal/batch.go:%d" % R.randint(70, 90), "renewal payment failed, subscription moved to dunning", subscription=sub(R), attempt=R.randint(1, 3), reason="Transaction declined.51 - Insufficient funds")])

    def n_ok(R):
        return pick(R, [
            lf(R, "info", "checkout/handler.go:%d" % R.randint(200, 220), "subscription created", reader=reader(R), subscription=sub(R), plan=plan(R), took="%dms" % R.randint(300, 2500)),
            lf(R, "info", "entitlement/store.go:%d" % R.randint(95, 110), "entitlement granted", reader=reader(R), subscription=sub(R), until="2031-%02d-%02d" % (R.randint(5, 12), R.randint(1, 28))),
            lf(R, "info", "iap/apple.go:%d" % R.randint(130, 150), "receipt valid", reader=reader(R), status=0, product=pick(R, ["news.monthly", "news.annual"]), expires=iso_z(R, 0)),
            lf(R, "info", "renewal/batch.go:%d" % R.randint(100, 120), "renewal batch finished", renewed=R.randint(100, 4000), dunning=R.randint(0, 40), failed=0, took="%ds" % R.randint(20, 900))])

    def n_callout(R):
        return pick(R, [
            lf(R, "info", "zuora/callout.go:%d" % R.randint(40, 60), "callout received", event=pick(R, ["SubscriptionCreated", "PaymentSuccess", "SubscriptionCancelled", "AmendmentProcessed"]), subscription=sub(R)),
            lf(R, "info", "zuora/callout.go:%d" % R.randint(60, 80), "duplicate callout ignored", event_id=hexs(R, 32), subscription=sub(R)),
            lf(R, "info", "entitlement/store.go:%d" % R.randint(120, 140), "entitlement revoked after cancellation", reader=reader(R), subscription=sub(R), reason="customer_request")])

    def n_retry(R):
        return pick(R, [
            lf(R, "warn", "zuora/client.go:%d" % R.randint(90, 120), "zuora request retried", attempt=1, status=pick(R, [429, 503]), wait="%dms" % R.randint(100, 2000), outcome="ok"),
            lf(R, "debug", "meter/counter.go:%d" % R.randint(40, 60), "meter hit", reader=reader(R), count=R.randint(1, 5), limit=5, window="30d"),
            lf(R, "info", "auth/jwks.go:%d" % R.randint(60, 70), "jwks cache warm", keys=R.randint(2, 3), age="%dm" % R.randint(1, 59)) if R.random() < 0.3 else
            lf(R, "info", "httpx/log.go:28", "client closed request", method="GET", path="/v1/access", status=499, took="%dms" % R.randint(300, 4000))])

    def n_boot(R):
        return pick(R, [
            lf(R, "info", "main.go:%d" % R.randint(40, 55), "starting turnstile", version="v2.14.%d" % R.randint(0, 2), commit=hexs(R, 7), region=REGION),
            lf(R, "info", "main.go:%d" % R.randint(56, 70), "listening", addr=":8080"),
            lf(R, "info", "main.go:%d" % R.randint(90, 110), "shutting down", signal="terminated", inflight=R.randint(0, 30)),
            '{"_aws":{"Timestamp":%d,"CloudWatchMetrics":[{"Namespace":"Gorsemoor/Paywall","Dimensions":[["Service"]],"Metrics":[{"Name":"Blocks","Unit":"Count"},{"Name":"Errors","Unit":"Count"}]}]},"Service":"turnstile","Blocks":%d,"Errors":0}' % (1932768000000 + R.randint(86400, 2400000) * 1000, R.randint(10, 9000))])
    return [n_access, n_access, n_http, n_http, n_4xx, n_declined, n_ok, n_callout, n_retry, n_boot]


def paywall(R):
    return build(R, F2, [("zuora-oauth-client-deleted", pw_zuora), ("entitlements-table-25-wcu-throttled", pw_ddb),
                         ("apple-shared-secret-old-app", pw_iap), ("meter-nil-map-panic-v214", pw_panic),
                         ("jwks-url-moved-404", pw_jwks)], pw_negs())


FAMILIES = {F1: cms, F2: paywall}
