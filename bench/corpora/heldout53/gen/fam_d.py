"""Families: website-wordpress67-varnish7-phpfpm83-ec2, donorportal-auth0-logstream-eventbridge.

"website" is larchwyn's public WordPress 6.7 site on EC2 (PHP-FPM 8.3 pool `www`, Varnish 7.5 in front, EFS for
uploads, Aurora MySQL, the in-house `larchwyn-appeals` plugin that renders the donate forms). The CloudWatch agent
ships three files into one log group: varnishncsa (combined format + `%D` microseconds + `%{Varnish:handling}x`),
PHP-FPM's error log (`[14-Mar-2031 09:12:33] WARNING: [pool www] ...`) and WordPress's PHP error log
(`[14-Mar-2031 09:12:33 UTC] PHP Warning:  ...`, a fatal error's stack trace kept in the event).

"donorportal" is the Auth0 tenant behind the donor portal (log stream to Amazon EventBridge, a rule delivering the
events to CloudWatch Logs): each event is the EventBridge envelope (`detail-type` "Auth0 log", partner event source)
with the tenant log in `detail.data` (`type` code, `description`, `client_id`, `client_name`, `ip`, `user_agent`,
`details`, `user_id`, `user_name`, `strategy`, `log_id`)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, DOMAIN,
                    php_ts, clf_ts, iso_z, pubip)

# ---------------------------------------------------------------- website-wordpress67-varnish7-phpfpm83-ec2
F1 = "website-wordpress67-varnish7-phpfpm83-ec2"
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
       "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]
PAGES = ["/", "/donate/", "/appeals/spring-2031/", "/appeals/water-wells/", "/events/larchwyn-10k-2031/", "/about-us/", "/news/wells-in-kitui-county/",
         "/gift-aid/", "/legacy-giving/", "/shop/", "/contact/"]


def vn(R, method, path, status, size, handling, ua=None, ref="-", ip=None):
    return "%s - - [%s] \"%s %s HTTP/1.1\" %d %d \"%s\" \"%s\" %d %s" % (
        ip or pubip(R), clf_ts(R), method, path, status, size, ref, ua or pick(R, UAS), R.randint(200, 900000), handling)


def fpm(R, lvl, msg):
    return "[%s] %s: %s" % (php_ts(R, tz=""), lvl, msg)


def wp(R, msg):
    return "[%s] %s" % (php_ts(R), msg)


def ws_maxchildren(R):
    # pm.max_children is still 12 (sized for the old t3.medium); the spring appeal's TV slot fills every child, the
    # uncached donate pages queue and Varnish returns 503 to donors
    if R.random() < 0.45:
        return fpm(R, "WARNING", "[pool www] server reached pm.max_children setting (12), consider raising it")
    return vn(R, pick(R, ["GET", "POST"]), pick(R, ["/donate/", "/donate/?appeal=SPRING31", "/appeals/spring-2031/donate/", "/wp-admin/admin-ajax.php"]), 503, R.randint(280, 320), "pass")


def ws_fatal(R):
    # larchwyn-appeals 3.2 calls Appeal_Form::render_gift_aid_box(), which was removed in 3.2's refactor; every
    # donate form page fatals
    file_line = R.randint(80, 140)
    if R.random() < 0.55:
        return wp(R, "PHP Fatal error:  Uncaught Error: Call to undefined method Larchwyn\\Appeals\\Appeal_Form::render_gift_aid_box() in /var/www/html/wp-content/plugins/larchwyn-appeals/src/Blocks/Donate_Block.php:%d\n"
                     "Stack trace:\n"
                     "#0 /var/www/html/wp-includes/class-wp-block.php(%d): Larchwyn\\Appeals\\Blocks\\Donate_Block->render(Array, '', Object(WP_Block))\n"
                     "#1 /var/www/html/wp-includes/blocks.php(%d): WP_Block->render()\n"
                     "#2 {main}\n"
                     "  thrown in /var/www/html/wp-content/plugins/larchwyn-appeals/src/Blocks/Donate_Block.php on line %d" % (file_line, R.randint(500, 530), R.randint(2000, 2100), file_line))
    return vn(R, "GET", pick(R, ["/donate/", "/appeals/spring-2031/donate/", "/appeals/water-wells/donate/", "/donate/?amount=%d" % R.randint(5, 100)]), 500, R.randint(2600, 2900), "miss")


def ws_db(R):
    # the Aurora password for wp_larchwyn was rotated by Secrets Manager but wp-config.php reads a copy baked into
    # the AMI; new PHP workers cannot connect and uncached pages fail with "Error establishing a database connection"
    if R.random() < 0.6:
        return wp(R, "PHP Warning:  mysqli_real_connect(): (HY000/1045): Access denied for user 'wp_larchwyn'@'%s' (using password: YES) in /var/www/html/wp-includes/class-wpdb.php on line %d" % (ip10(R, 20), pick(R, [1982, 1982, 2019])))
    return vn(R, pick(R, ["GET", "POST"]), pick(R, ["/news/?page=%d" % R.randint(2, 30), "/?s=%s" % pick(R, ["wells", "legacy", "volunteer", "gift+aid"]), "/wp-admin/", "/my-giving/"]), 500, R.randint(2700, 2800), "pass")


def ws_efs(R):
    # the EFS access point for wp-content/uploads was re-created read-only (wrong POSIX permissions); editors cannot
    # upload appeal images and image sub-sizes are not generated
    if R.random() < 0.6:
        return wp(R, "PHP Warning:  %s(/var/www/html/wp-content/uploads/2031/03/%s-%dx%d.jpg): Failed to open stream: Read-only file system in /var/www/html/wp-includes/class-wp-image-editor-imagick.php on line %d" % (
            pick(R, ["file_put_contents", "fopen"]), pick(R, ["spring-appeal-hero", "kitui-well-opening", "10k-start-line", "volunteers-2031", "gala-table-plan"]), pick(R, [1024, 768, 300, 1536]), pick(R, [683, 512, 200, 1024]), R.randint(800, 850)))
    return wp(R, "PHP Warning:  move_uploaded_file(/var/www/html/wp-content/uploads/2031/03/%s.%s): Failed to open stream: Read-only file system in /var/www/html/wp-admin/includes/file.php on line %d" % (lower(R, 10), pick(R, ["jpg", "png", "pdf"]), R.randint(1000, 1010)))


def ws_purge(R):
    # the purge ACL in default.vcl lists the old app subnet only; after the move to new subnets every PURGE from
    # WordPress is refused, so appeal totals and edited pages stay stale for the 24 h TTL
    if R.random() < 0.5:
        return vn(R, "PURGE", pick(R, PAGES), 405, R.randint(240, 260), "synth", ua="WordPress/6.7.2; https://www.%s" % DOMAIN, ip=ip10(R, 32))
    return wp(R, "PHP Warning:  Varnish purge failed for https://www.%s%s: 405 Not allowed. in /var/www/html/wp-content/plugins/larchwyn-appeals/src/Cache/Varnish_Purger.php on line %d" % (DOMAIN, pick(R, PAGES), R.randint(40, 70)))


def ws_negs():
    def n_hit(R):
        p = pick(R, PAGES)
        return pick(R, [
            vn(R, "GET", p, 200, R.randint(9000, 90000), "hit"),
            vn(R, "GET", p, 200, R.randint(9000, 90000), "miss"),
            vn(R, "GET", "/wp-content/uploads/2031/%02d/%s.webp" % (R.randint(1, 3), lower(R, 10)), 200, R.randint(20000, 400000), "hit"),
            vn(R, "GET", p.rstrip("/"), 301, 0, "synth"),
            vn(R, "GET", p, 304, 0, "hit"),
            vn(R, "POST", "/wp-admin/admin-ajax.php", 200, R.randint(40, 900), "pass"),
            vn(R, "POST", "/donate/", 302, 0, "pass")])

    def n_scan(R):
        return pick(R, [
            vn(R, "GET", pick(R, ["/.env", "/wp-config.php.bak", "/phpmyadmin/", "/.git/config", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"]), 404, R.randint(9000, 12000), "miss", ua="Mozilla/5.0 zgrab/0.x"),
            vn(R, "POST", "/xmlrpc.php", 403, R.randint(200, 300), "synth", ua="Mozilla/5.0 (compatible)"),
            vn(R, "POST", "/wp-login.php", 200, R.randint(4000, 6000), "pass"),
            vn(R, "GET", "/wp-content/uploads/2031/03/annual-report-2030.pdf", 200, R.randint(1000, 900000), "hit")])

    def n_fpm(R):
        return pick(R, [
            fpm(R, "NOTICE", "fpm is running, pid %d" % R.randint(900, 4000)),
            fpm(R, "NOTICE", "ready to handle connections"),
            fpm(R, "NOTICE", "systemd monitor interval set to 10000ms"),
            fpm(R, "NOTICE", "[pool www] child %d started" % R.randint(1000, 60000)),
            fpm(R, "NOTICE", "[pool www] child %d exited with code 0 after %.6f seconds from start" % (R.randint(1000, 60000), R.uniform(300, 9000))),
            fpm(R, "NOTICE", "Reloading in progress ..."),
            fpm(R, "NOTICE", "using inherited socket fd=7, \"/run/php/php8.3-fpm.sock\"")])

    def n_phpbenign(R):
        return pick(R, [
            wp(R, "PHP Notice:  Function _load_textdomain_just_in_time was called <strong>incorrectly</strong>. Translation loading for the <code>%s</code> domain was triggered too early. This is usually an indicator for some code in the plugin or theme running too early. Translations should be loaded at the <code>init</code> action or later. Please see <a href=\"https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/\">Debugging in WordPress</a> for more information. (This message was added in version 6.7.0.) in /var/www/html/wp-includes/functions.php on line 6114" % pick(R, ["larchwyn-appeals", "larchwyn-theme", "wordpress-seo"])),
            wp(R, "PHP Deprecated:  Creation of dynamic property %s::$%s is deprecated in /var/www/html/wp-content/plugins/%s on line %d" % (pick(R, ["Larchwyn_Theme_Menu_Walker", "Events_Widget"]), pick(R, ["depth_cache", "opts"]), pick(R, ["larchwyn-theme/inc/menu.php", "events-lite/widget.php"]), R.randint(20, 300))),
            wp(R, "PHP Warning:  Undefined array key \"utm_campaign\" in /var/www/html/wp-content/themes/larchwyn/inc/tracking.php on line %d" % R.randint(20, 60)),
            wp(R, "larchwyn-appeals: appeal totals refreshed (%d appeals, cache purged %d URLs, 0 errors)" % (R.randint(3, 9), R.randint(3, 20))),
            wp(R, "larchwyn-appeals: donation %s handed to donate-api (status 201, %d ms)" % ("DN-" + upper(R, 10), R.randint(200, 900)))])

    def n_purge_ok(R):
        return vn(R, "PURGE", pick(R, PAGES), 200, R.randint(240, 260), "synth", ua="WordPress/6.7.2; https://www.%s" % DOMAIN, ip=ip10(R, 16))

    return [n_hit, n_hit, n_hit, n_hit, n_scan, n_fpm, n_phpbenign, n_purge_ok]


def website(R):
    return build(R, F1, [("phpfpm-max-children-12-appeal-peak", ws_maxchildren), ("appeals-plugin-32-removed-method", ws_fatal),
                         ("wp-config-db-password-not-rotated", ws_db), ("uploads-efs-access-point-readonly", ws_efs),
                         ("varnish-purge-acl-old-subnet", ws_purge)], ws_negs())


# ---------------------------------------------------------------- donorportal-auth0-logstream-eventbridge
F2 = "donorportal-auth0-logstream-eventbridge"
SRC = "aws.partner/auth0.com/larchwyn-prod-4f1c2a9e-7b3d-4e8a-9c61-2d5b8e0f3a17/auth0.logs"
CLIENTS = {"portal": ("Donor Portal", "kQ3rT8vLm2Wx9Zp4Yb7Nc1Hd6Fj0Gs5A"), "give": ("Give Checkout", "Pz7Lq2Wm9Xr4Tv8Nb3Kc6Hd1Fj5Gs0YE"),
           "crm": ("CRM Sync (M2M)", "Rb4Nx8Tq1Wm7Lz3Vc9Pk2Hd6Fj5Gs0AD"), "app": ("Larchwyn App", "Jm6Tv1Xq8Wr3Lz9Nb4Kc7Hd2Fj5Gs0PQ")}
UA = ["Chrome 128.0.0 / Windows 10.0.0", "Mobile Safari 18.3.0 / iOS 18.3.0", "Safari 17.4.0 / Mac OS X 14.4.0", "Firefox 131.0.0 / Windows 10.0.0", "Chrome Mobile 128.0.0 / Android 14.0.0"]


def a0(R, typ, desc, client="portal", conn="Username-Password-Authentication", user=True, details=None, extra=None):
    name, cid = CLIENTS[client]
    ts = iso_z(R)
    log_id = "900" + digits(R, 17) + digits(R, 36)
    data = {"date": ts, "type": typ, "description": desc}
    if conn:
        data.update({"connection": conn, "connection_id": "con_" + "T4vXq9Lm2Wr7Nb3K"})
    data.update({"client_id": cid, "client_name": name, "ip": pubip(R) if client != "crm" else "18.%d.%d.%d" % (R.randint(130, 175), R.randint(0, 255), R.randint(1, 254)),
                 "user_agent": pick(R, UA) if client != "crm" else "Other 0.0.0 / Linux 0.0.0"})
    if details is not None:
        data["details"] = details
    if user:
        data.update({"user_id": "auth0|" + hexs(R, 24), "user_name": "%s.%s@%s" % (pick(R, ["amira", "tom", "june", "raj", "eleri", "ollie", "fay", "kwame", "bea", "ian"]), lower(R, 5), pick(R, ["mailbox.example", "post.example", "inbox.example"]))})
    if extra:
        data.update(extra)
    data["strategy"] = "auth0" if conn else ""
    data["strategy_type"] = "database" if conn else ""
    data["log_id"] = log_id
    env = {"version": "0", "id": uuid(R), "detail-type": "Auth0 log", "source": SRC, "account": ACCT, "time": ts[:19] + "Z", "region": REGION,
           "resources": [], "detail": {"log_id": log_id, "data": data}}
    return jd(env)


def dp_secret(R):
    # the Donor Portal application's client secret was rotated in the Auth0 dashboard; the portal backend still uses
    # the old one, so every authorization-code exchange fails and no donor can finish signing in
    return a0(R, "feacft", "Unauthorized", client="portal", conn=None, user=False,
              details={"code": "*************" + alnum(R, 6)}, extra={"hostname": "login.%s" % DOMAIN, "audience": "https://api.%s/" % DOMAIN})


def dp_action(R):
    # the post-login Action "attach-donor-id" calls the CRM lookup API with a path that changed in CRM 2031.03; it
    # throws for every login, so successful passwords end as failed logins
    return a0(R, "f", "Cannot read properties of undefined (reading 'donorId')", client=pick(R, ["portal", "app"]),
              details={"error": {"message": "Cannot read properties of undefined (reading 'donorId')", "oauthError": "access_denied", "type": "oauth-authorization"}, "actions": {"executions": [alnum(R, 40)]}, "prompts": []},
              extra={"hostname": "login.%s" % DOMAIN})


def dp_email(R):
    # the tenant's custom email provider (SES) sends from no-reply@larchwyn.example, which is not a verified identity
    # in the eu-west-2 SES account after the domain identity was re-created; verification and reset emails are not sent
    return a0(R, "fn", "Email address is not verified. The following identities failed the check in region EU-WEST-2: no-reply@%s" % DOMAIN, conn=None,
              details={"email_type": pick(R, ["verify_email", "reset_email", "welcome_email", "verify_email"]), "to": "%s@%s" % (lower(R, 7), pick(R, ["mailbox.example", "post.example"])), "error": "MessageRejected"})


def dp_apilimit(R):
    # the CRM sync client reads every donor with one Management API call per user (no bulk export); it hits the
    # tenant's Management API rate limit for hours and profile/consent updates are dropped
    return a0(R, "api_limit", "You passed the limit of allowed calls to '%s'" % pick(R, ["/api/v2/users/:id", "/api/v2/users-by-email", "/api/v2/users/:id"]), client="crm", conn=None, user=False,
              details={"limit": 15, "remaining": 0, "reset": R.randint(1930100000, 1932500000), "scope": "tenant", "client_id": CLIENTS["crm"][1]})


def dp_cors(R):
    # the new giving site https://give.larchwyn.example embeds the login with cross-origin authentication, but its
    # origin was never added to the Give Checkout application's Allowed Origins; every embedded login fails
    return a0(R, "fco", "Origin https://give.%s is not in the Allowed Origins list for the specified application" % DOMAIN, client="give", conn=None, user=False,
              details={"origin": "https://give.%s" % DOMAIN, "path": pick(R, ["/co/authenticate", "/oauth/token", "/co/authenticate"])})


def dp_negs():
    def n_success(R):
        return pick(R, [
            a0(R, "s", "Successful login", client=pick(R, ["portal", "app", "give"]), details={"prompts": [], "completedAt": R.randint(1930100000000, 1932500000000), "stats": {"loginsCount": R.randint(1, 300)}}),
            a0(R, "seacft", "Authorization Code for Access Token", client=pick(R, ["app", "give"]), conn=None, user=True, details={"code": "*************" + alnum(R, 6)}),
            a0(R, "sertft", "Refresh Token for Access Token", client="app", conn=None),
            a0(R, "slo", "User successfully logged out.", client=pick(R, ["portal", "app"]), details={"return_to": "https://www.%s/" % DOMAIN}),
            a0(R, "seccft", "Client Credentials for Access Token", client="crm", conn=None, user=False, extra={"audience": "https://larchwyn-prod.eu.auth0.com/api/v2/", "scope": "read:users update:users"})])

    def n_account(R):
        return pick(R, [
            a0(R, "ss", "", details={"body": {"email": "%s@mailbox.example" % lower(R, 8), "tenant": "larchwyn-prod", "connection": "Username-Password-Authentication"}}),
            a0(R, "sv", "Verification email was successfully sent", conn=None),
            a0(R, "scpr", "Change password request", details={"email_type": "reset_email"}),
            a0(R, "scp", "Password changed successfully"),
            a0(R, "sapi", "Update a user", client="crm", conn=None, user=False, details={"request": {"method": "patch", "path": "/api/v2/users/auth0|%s" % hexs(R, 24)}, "response": {"statusCode": 200}})])

    def n_userfail(R):
        return pick(R, [
            a0(R, "fp", "Wrong email or password.", client=pick(R, ["portal", "app"])),
            a0(R, "fu", "Wrong email or password.", client=pick(R, ["portal", "app"]), user=False, extra={"user_name": "%s@%s" % (lower(R, 8), pick(R, ["mailbox.example", "post.example"]))}),
            a0(R, "limit_wc", "An IP address is blocked because it attempted too many failed logins to an account.", user=True),
            a0(R, "pwd_leak", "This login attempt has been blocked because the password you're using was previously disclosed through a data breach (not in this application)."),
            a0(R, "fertft", "Unknown or invalid refresh token.", client="app", conn=None),
            a0(R, "fs", "The user already exists.", details={"body": {"email": "%s@mailbox.example" % lower(R, 8)}}),
            a0(R, "fcoa", "Wrong email or password.", client="portal")])

    def n_misc(R):
        return pick(R, [
            a0(R, "w", "Could not obtain user profile from the identity provider; using cached profile", client="portal"),
            a0(R, "depnote", "Legacy Lock API: This feature is being deprecated. Please refer to our documentation to learn how to migrate your application.", client=pick(R, ["portal", "give"]), conn=None, user=False),
            a0(R, "gd_enrollment_complete", "Guardian - Enrollment complete", client="portal", conn=None)])

    return [n_success, n_success, n_success, n_account, n_account, n_userfail, n_userfail, n_misc]


def donorportal(R):
    return build(R, F2, [("portal-client-secret-rotated-not-deployed", dp_secret), ("post-login-action-crm-path-changed", dp_action),
                         ("ses-sender-identity-unverified", dp_email), ("crm-sync-per-user-mgmt-api-limit", dp_apilimit),
                         ("give-origin-not-in-allowed-origins", dp_cors)], dp_negs())


FAMILIES = {F1: website, F2: donorportal}
