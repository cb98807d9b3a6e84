"""Families: bookingengine-laravel11-monolog-php83-ecs, keycard-encoder-win2022-eventxml-cwagent.

brackenmoor's guest-facing booking engine is a PHP 8.3 / Laravel 11 app on ECS Fargate (php-fpm + nginx, Aurora
MySQL, ElastiCache Redis for the availability cache, SES for confirmations, the in-house payment tokenisation proxy
for deposits). The `stack` channel writes Monolog's line format to stderr (`[2030-10-06 13:04:11] production.ERROR:
… {"exception":"[object] (…)\n[stacktrace]\n#0 …"}`, one event per record), and the queue-worker containers print
`php artisan queue:work` progress lines (`  2030-10-06 13:04:11 App\\Jobs\\HoldRoom ........ 12.41ms DONE`).

Each property has a Windows Server 2022 EC2 instance running the invented door-lock vendor's "Keystone Encoder"
service (front-desk USB/serial key-card encoders, a local SQL Server Express database, an HTTPS poll of pms-hub for
check-in key requests). The CloudWatch agent ships the Application and System channels with `event_format: xml`, one
rendered event XML (System, EventData and RenderingInfo) per CloudWatch event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    plain_ts, win_ts)

HOTELS = ["BKMDUB", "BKMGAL", "BKMKIL", "BKMEDI", "BKMLON", "BKMCOR", "BKMKEN"]


def bref(R):
    return "BM" + upper(R, 6).replace("0", "Q")


# ---------------------------------------------------------------- bookingengine-laravel11-monolog-php83-ecs
B1 = "bookingengine-laravel11-monolog-php83-ecs"
V = "/var/www/html/vendor/laravel/framework/src/Illuminate"


def lv(R, lvl, msg, ctx=None):
    return "[%s] production.%s: %s%s" % (plain_ts(R), lvl, msg, (" " + jd(ctx)) if ctx is not None else "")


def lex(R, msg, cls, code, emsg, at, trace):
    """a Laravel exception record: the message, then the JSON context with the [object] rendering and [stacktrace]"""
    st = "".join("#%d %s\n" % (i, f) for i, f in enumerate(trace)) + "#%d {main}\n" % len(trace)
    body = "[object] (%s(code: %s): %s at %s)\n[stacktrace]\n%s" % (cls, code, emsg, at, st)
    body = body.replace("\\", "\\\\").replace('"', '\\"')
    return "[%s] production.ERROR: %s {\"exception\":\"%s\"} " % (plain_ts(R), msg, body)


def artisan(R, job, status, ms=None):
    t = plain_ts(R)
    left = "  %s %s " % (t, job)
    right = (" %s %s" % (ms, status)) if ms else " %s" % status
    return left + "." * max(3, 110 - len(left) - len(right)) + right


def b_payproxy(R):
    # the payment tokenisation proxy's API key for the booking engine was revoked in the PCI key rotation and the
    # new key never reached the task definition: no deposit can be authorised, bookings needing one fail
    b = bref(R)
    t = R.random()
    if t < 0.55:
        return lex(R, "Client error: `POST https://paytoken.internal.%s/v1/authorisations` resulted in a `401 Unauthorized` response:\n{\"error\":\"invalid_api_key\",\"request_id\":\"%s\"}\n" % (DOMAIN, hexs(R, 16)),
                   "GuzzleHttp\\Exception\\ClientException", 401,
                   "Client error: `POST https://paytoken.internal.%s/v1/authorisations` resulted in a `401 Unauthorized` response" % DOMAIN,
                   "/var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:111",
                   ["/var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(72): GuzzleHttp\\Exception\\RequestException::create()",
                    "/var/www/html/app/Services/Payments/TokenProxyClient.php(%d): GuzzleHttp\\Client->post()" % R.randint(40, 70),
                    "/var/www/html/app/Actions/AuthoriseDeposit.php(%d): App\\Services\\Payments\\TokenProxyClient->authorise()" % R.randint(20, 40),
                    "/var/www/html/app/Http/Controllers/CheckoutController.php(%d): App\\Actions\\AuthoriseDeposit->handle()" % R.randint(80, 120)])
    return lv(R, "ERROR", "Deposit authorisation not attempted, booking left unconfirmed", {"booking_ref": b, "hotel": pick(R, HOTELS), "amount": "%d.00" % R.randint(80, 900), "currency": "EUR", "reason": "payment proxy rejected api key (401 invalid_api_key)"})


def b_dbauth(R):
    # the Aurora MySQL password of the `booking` user was rotated by Secrets Manager; the tasks still have the old
    # password in their environment and every new connection is refused
    ip = "10.30.%d.%d" % (R.randint(1, 9), R.randint(4, 250))
    sql = pick(R, ["select * from `room_types` where `hotel_code` = %s and `active` = 1" % pick(R, HOTELS),
                   "select * from `bookings` where `reference` = %s limit 1" % bref(R),
                   "insert into `holds` (`hotel_code`, `room_type`, `arrival`, `nights`) values (%s, DBL, 2030-10-%02d, %d)" % (pick(R, HOTELS), R.randint(5, 31), R.randint(1, 6)),
                   "select * from `sessions` where `id` = %s limit 1" % alnum(R, 40)])
    return lex(R, "SQLSTATE[HY000] [1045] Access denied for user 'booking'@'%s' (using password: YES) (Connection: mysql, SQL: %s)" % (ip, sql),
               "Illuminate\\Database\\QueryException", 1045,
               "SQLSTATE[HY000] [1045] Access denied for user 'booking'@'%s' (using password: YES) (Connection: mysql, SQL: %s)" % (ip, sql),
               "%s/Database/Connection.php:%d" % (V, R.choice([813, 825])),
               ["%s/Database/Connection.php(779): Illuminate\\Database\\Connection->runQueryCallback()" % V,
                "%s/Database/Connection.php(398): Illuminate\\Database\\Connection->run()" % V,
                "%s/Database/Query/Builder.php(3106): Illuminate\\Database\\Connection->select()" % V])


def b_redis(R):
    # the availability cache's node type was downsized and maxmemory-policy is noeviction: writes are refused
    # and availability searches answer 500
    key = "laravel_cache:avail:%s:2030-10-%02d:%d" % (pick(R, HOTELS), R.randint(3, 31), R.randint(1, 7))
    return lex(R, "OOM command not allowed when used memory > 'maxmemory'.", "RedisException", 0,
               "OOM command not allowed when used memory > 'maxmemory'.",
               "%s/Redis/Connections/PhpRedisConnection.php:%d" % (V, R.choice([510, 520])),
               ["%s/Redis/Connections/PhpRedisConnection.php(%d): Redis->setex('%s', 300, '%s')" % (V, R.randint(500, 520), key, "a:%d:{...}" % R.randint(3, 40)),
                "%s/Cache/RedisStore.php(%d): Illuminate\\Redis\\Connections\\PhpRedisConnection->setex()" % (V, R.randint(90, 110)),
                "/var/www/html/app/Services/Availability/AvailabilityService.php(%d): Illuminate\\Cache\\Repository->remember()" % R.randint(30, 60)])


def b_ses(R):
    # the booking engine moved to a new SES sending account that is still in the sandbox: confirmations to any
    # unverified guest address are rejected and the mail jobs fail
    t = R.random()
    if t < 0.5:
        em = "Request to AWS SES API failed. Reason: Email address is not verified. The following identities failed the check in region EU-WEST-1: g.%s@example.net." % lower(R, 7)
        return lex(R, em, "Symfony\\Component\\Mailer\\Exception\\TransportException", 0, em,
                   "%s/Mail/Transport/SesV2Transport.php:%d" % (V, R.randint(60, 70)),
                   ["/var/www/html/vendor/symfony/mailer/Transport/AbstractTransport.php(69): Illuminate\\Mail\\Transport\\SesV2Transport->doSend()",
                    "%s/Mail/Mailer.php(%d): Symfony\\Component\\Mailer\\Transport\\AbstractTransport->send()" % (V, R.randint(580, 600)),
                    "%s/Mail/SendQueuedMailable.php(%d): Illuminate\\Mail\\Mailable->send()" % (V, R.randint(80, 90))])
    return artisan(R, "Illuminate\\Mail\\SendQueuedMailable", "FAIL", "%d.%02dms" % (R.randint(180, 900), R.randint(0, 99)))


def b_storage(R):
    # the new image runs php-fpm as www-data but storage/ is owned by root: compiled views cannot be written and
    # every page with a changed template answers 500
    v = hexs(R, 40)
    return lex(R, "file_put_contents(/var/www/html/storage/framework/views/%s.php): Failed to open stream: Permission denied" % v,
               "ErrorException", 0,
               "file_put_contents(/var/www/html/storage/framework/views/%s.php): Failed to open stream: Permission denied" % v,
               "%s/Filesystem/Filesystem.php:204" % V,
               ["%s/Foundation/Bootstrap/HandleExceptions.php(256): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError()" % V,
                "[internal function]: Illuminate\\Foundation\\Bootstrap\\HandleExceptions->Illuminate\\Foundation\\Bootstrap\\{closure}()",
                "%s/Filesystem/Filesystem.php(204): file_put_contents()" % V,
                "%s/View/Compilers/BladeCompiler.php(%d): Illuminate\\Filesystem\\Filesystem->put()" % (V, R.randint(190, 200)),
                "%s/View/Engines/CompilerEngine.php(67): Illuminate\\View\\Compilers\\BladeCompiler->compile('/var/www/html/resources/views/%s.blade.php')" % (V, pick(R, ["booking/summary", "booking/rooms", "manage/show", "offers/index", "checkout/payment"]))])


def be_negs():
    def n_search(R):
        return lv(R, "INFO", "Availability searched", {"hotel": pick(R, HOTELS), "arrival": "2030-10-%02d" % R.randint(3, 31), "nights": R.randint(1, 7), "adults": R.randint(1, 4), "results": R.randint(0, 14), "cache": pick(R, ["hit", "miss"]), "ms": R.randint(40, 900)})

    def n_booked(R):
        return lv(R, "INFO", "Booking confirmed", {"booking_ref": bref(R), "hotel": pick(R, HOTELS), "room_type": pick(R, ["DBL", "TWN", "KSTE", "FAM", "LKSTE"]), "nights": R.randint(1, 7), "deposit": pick(R, ["authorised", "not_required"]), "channel": "web"})

    def n_promo(R):
        return lv(R, "INFO", "Promo code rejected", {"code": pick(R, ["SUMMER30", "WELCOME10", "SPA2029", "BLACKFRIDAY"]) + digits(R, 2), "reason": pick(R, ["expired", "unknown", "not valid for arrival date", "minimum stay not met"])})

    def n_declined(R):
        return lv(R, "WARNING", "Deposit declined by issuer", {"booking_ref": bref(R), "refusal": pick(R, ["Insufficient funds", "Do not honour", "3DS authentication failed", "Expired card"]), "card_token": "tok_" + alnum(R, 20), "error": None})

    def n_soldout(R):
        return lv(R, "INFO", "Hold refused: no inventory left", {"hotel": pick(R, HOTELS), "room_type": pick(R, ["DBL", "KSTE", "FAM"]), "arrival": "2030-10-%02d" % R.randint(3, 31), "status": "sold_out"})

    def n_lookup(R):
        return lv(R, "NOTICE", "Manage-booking lookup failed", {"reference": "BM" + upper(R, 6), "reason": pick(R, ["not found", "surname mismatch"]), "ip": pubip(R)})

    def n_expired(R):
        return lv(R, "INFO", "Checkout session expired, hold released", {"cart": uuid(R), "hold_minutes": 15})

    def n_deadlock(R):
        return lv(R, "WARNING", "Deadlock on holds table, transaction retried", {"attempt": 2, "result": "committed", "hotel": pick(R, HOTELS)})

    def n_job_run(R):
        return artisan(R, pick(R, ["App\\Jobs\\PushBookingToPms", "App\\Jobs\\ReleaseExpiredHolds", "Illuminate\\Mail\\SendQueuedMailable", "App\\Jobs\\RefreshRateCache"]), "RUNNING")

    def n_job_done(R):
        return artisan(R, pick(R, ["App\\Jobs\\PushBookingToPms", "App\\Jobs\\ReleaseExpiredHolds", "Illuminate\\Mail\\SendQueuedMailable", "App\\Jobs\\RefreshRateCache"]), "DONE", pick(R, ["%d.%02dms" % (R.randint(3, 999), R.randint(0, 99)), "%ds" % R.randint(1, 4)]))

    def n_sched(R):
        return artisan(R, "Running ['artisan' %s]" % pick(R, ["holds:release", "rates:refresh", "sitemap:generate", "bookings:push-pending"]), "DONE", "%dms" % R.randint(30, 4000))

    def n_debug(R):
        return lv(R, "DEBUG", "Rate plan resolved", {"hotel": pick(R, HOTELS), "rate_plan": pick(R, ["BAR-FLEX", "BAR-NRF", "SPA-BREAK-2N", "EARLYBIRD30"]), "price": "%d.%02d" % (R.randint(90, 600), R.randint(0, 99)), "errors": []})

    def n_confirm_sent(R):
        return lv(R, "INFO", "Confirmation email queued", {"booking_ref": bref(R), "mailable": "App\\Mail\\BookingConfirmed", "queue": "mail"})

    def n_pay_retry(R):
        return lv(R, "WARNING", "Payment proxy timeout, retried", {"booking_ref": bref(R), "attempt": 2, "result": "authorised", "ms": R.randint(2000, 6000)})

    def n_bot(R):
        return lv(R, "INFO", "Rate limit hit on availability API", {"ip": pubip(R), "limit": "60/min", "status": 429})

    def n_deprec(R):
        return lv(R, "WARNING", "PHP Deprecated:  Creation of dynamic property App\\Support\\LegacyRateRow::$%s is deprecated in /var/www/html/app/Support/LegacyRateRow.php on line %d" % (pick(R, ["board", "promo", "taxes"]), R.randint(20, 60)))

    def n_cancel(R):
        return lv(R, "INFO", "Booking cancelled by guest", {"booking_ref": bref(R), "refund": pick(R, ["full", "none (non-refundable)", "partial"])})

    return [n_search, n_booked, n_promo, n_declined, n_soldout, n_lookup, n_expired, n_deadlock, n_job_run, n_job_done,
            n_sched, n_debug, n_confirm_sent, n_pay_retry, n_bot, n_deprec, n_cancel]


def bookingengine(R):
    return build(R, B1, [("payment-proxy-api-key-revoked", b_payproxy), ("aurora-booking-password-rotated", b_dbauth),
                         ("availability-cache-maxmemory-noeviction", b_redis), ("ses-new-account-sandbox", b_ses),
                         ("storage-views-permission-denied", b_storage)], be_negs())


# ---------------------------------------------------------------- keycard-encoder-win2022-eventxml-cwagent
K1 = "keycard-encoder-win2022-eventxml-cwagent"
NS = "http://schemas.microsoft.com/win/2004/08/events/event"
LEVELS = {0: "Information", 1: "Critical", 2: "Error", 3: "Warning", 4: "Information"}
SCM_GUID = "{555908d1-a6d7-4695-8e1e-26931d2012f4}"


def host(R, h=None):
    return "%s-LOCK01" % (h or pick(R, HOTELS))


def ev(R, provider, eid, level, channel, message, data=(), qualifiers="0", guid=None, src=None, keywords="0x80000000000000",
       kwtext=("Classic",), computer=None, pid=0, tid=0):
    prov = "<Provider Name='%s'%s%s/>" % (provider, (" Guid='%s'" % guid) if guid else "", (" EventSourceName='%s'" % src) if src else "")
    ed = "".join("<Data>%s</Data>" % d for d in data)
    kw = "".join("<Keyword>%s</Keyword>" % k for k in kwtext)
    return ("<Event xmlns='%s'><System>%s<EventID Qualifiers='%s'>%d</EventID><Version>0</Version><Level>%d</Level><Task>0</Task>"
            "<Opcode>0</Opcode><Keywords>%s</Keywords><TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Correlation/>"
            "<Execution ProcessID='%d' ThreadID='%d'/><Channel>%s</Channel><Computer>%s.corp.%s</Computer><Security/></System>"
            "<EventData>%s</EventData><RenderingInfo Culture='en-US'><Message>%s</Message><Level>%s</Level><Task></Task>"
            "<Opcode>Info</Opcode><Channel>%s</Channel><Provider></Provider><Keywords>%s</Keywords></RenderingInfo></Event>") % (
        NS, prov, qualifiers, eid, level, keywords, win_ts(R), R.randint(10000, 999999), pid, tid, channel, computer or host(R), DOMAIN,
        ed, message, LEVELS[level], channel, kw)


def kev(R, eid, level, message, computer=None):
    return ev(R, "Keystone Encoder", eid, level, "Application", message, data=[message], computer=computer)


def room(R):
    return "%d%02d" % (R.randint(1, 6), R.randint(1, 40))


def k_sqllogin(R):
    # a vendor remote-support session changed the keystone_svc SQL login password on BKMLON's lock server without
    # updating the service's connection string: encoding requests at that property are refused
    c = host(R, "BKMLON")
    if R.random() < 0.5:
        msg = "Login failed for user 'keystone_svc'. Reason: Password did not match that for the login provided. [CLIENT: &lt;local machine&gt;]"
        return ev(R, "MSSQL$SQLEXPRESS", 18456, 0, "Application", msg, data=["keystone_svc", "Reason: Password did not match that for the login provided.", "[CLIENT: &lt;local machine&gt;]"],
                  qualifiers="49152", keywords="0x90000000000000", kwtext=("Classic", "Audit Failure"), computer=c)
    return kev(R, 3010, 2, "Database KeystoneDB unavailable (SqlException 18456: Login failed for user 'keystone_svc'). Encode request for room %s from workstation FD-%02d refused." % (room(R), R.randint(1, 4)), computer=c)


def k_com(R):
    # after a Windows Update replaced the USB-serial driver, Galway's front-desk encoder ENC-FD02 stops answering
    # on COM5: key cards cannot be cut at that desk
    c = host(R, "BKMGAL")
    if R.random() < 0.7:
        return kev(R, 4102, 2, "Encoder ENC-FD02 (COM5) did not respond within 3000 ms. Encode job %d for room %s failed (%d of 3 attempts)." % (R.randint(100000, 999999), room(R), 3), computer=c)
    return kev(R, 4105, 2, "Encoder ENC-FD02 (COM5) reset failed: port opened but device returned no firmware banner (driver FTDIBUS %s)." % pick(R, ["2.12.36.4", "2.12.36.4 (updated)"]), computer=c)


def k_crash(R):
    # Keystone Encoder 6.4.2 throws on room-move messages without a previous room; the service crashes and is
    # restarted by the service control manager, dropping queued key requests
    c = host(R, pick(R, ["BKMEDI", "BKMKEN", "BKMCOR"]))
    t = R.random()
    if t < 0.4:
        msg = ("Application: KeystoneEncoderSvc.exe\nCoreCLR Version: 8.0.%d\n.NET Version: 8.0.%d\nDescription: The process was terminated due to an unhandled exception.\n"
               "Exception Info: System.NullReferenceException: Object reference not set to an instance of an object.\n"
               "   at Keystone.Encoder.PmsInterface.RoomMoveHandler.Apply(RoomMoveMessage msg) in D:\\build\\src\\PmsInterface\\RoomMoveHandler.cs:line %d\n"
               "   at Keystone.Encoder.PmsInterface.PollLoop.ProcessAsync(CancellationToken ct)\n"
               "   at System.Threading.Tasks.Task.&lt;&gt;c.&lt;ThrowAsync&gt;b__128_1(Object state)") % (R.randint(824, 1124), R.randint(8, 11), R.randint(40, 60))
        return ev(R, ".NET Runtime", 1026, 2, "Application", msg, data=[msg], computer=c)
    if t < 0.7:
        msg = ("Faulting application name: KeystoneEncoderSvc.exe, version: 6.4.2.0, time stamp: 0x%s\nFaulting module name: KERNELBASE.dll, version: 10.0.20348.%d, time stamp: 0x%s\n"
               "Exception code: 0xe0434352\nFault offset: 0x000000000003%s\nFaulting process id: 0x%X\nFaulting application path: C:\\Program Files\\Keystone\\Encoder\\KeystoneEncoderSvc.exe") % (
            hexs(R, 8), R.randint(2000, 2700), hexs(R, 8), hexs(R, 4), R.randint(1000, 9000))
        return ev(R, "Application Error", 1000, 2, "Application", msg, data=["KeystoneEncoderSvc.exe", "6.4.2.0", "KERNELBASE.dll", "e0434352"], computer=c)
    n = R.randint(1, 6)
    msg = "The Keystone Encoder Service service terminated unexpectedly.  It has done this %d time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service." % n
    return ev(R, "Service Control Manager", 7031, 2, "System", msg, data=["Keystone Encoder Service", str(n), "60000", "1", "Restart the service"],
              qualifiers="49152", guid=SCM_GUID, src="Service Control Manager", keywords="0x8080000000000000", computer=c, pid=R.randint(600, 800), tid=R.randint(1000, 9000))


def k_cert(R):
    # the lock servers' client certificates for the mutual-TLS poll of pms-hub expired on 2030-10-03 and were not
    # renewed: check-in key requests (kiosk and mobile key) are no longer picked up at any property
    c = host(R)
    if R.random() < 0.65:
        return kev(R, 3202, 2, "PMS interface poll of https://pms-hub.internal.%s/api/v1/keys/requests failed: The SSL connection could not be established (client certificate CN=%s expired 2030-10-03T00:00:00Z). Next attempt in 30 s." % (DOMAIN, c), computer=c)
    return kev(R, 3205, 3, "%d check-in key requests waiting longer than 10 minutes; last successful PMS poll %s." % (R.randint(3, 40), win_ts(R)[:19]), computer=c)


def k_disk(R):
    # the encoder audit trail is written to C:\ProgramData and never pruned; Cork's lock server's system volume is
    # full, audit writes fail and the service refuses encodes
    c = host(R, "BKMCOR")
    if R.random() < 0.4:
        return ev(R, "srv", 2013, 3, "System", "The C: disk is at or near capacity.  You may need to delete some files.", data=["\\Device\\HarddiskVolume%d" % R.randint(2, 4), "C:"], qualifiers="32768", computer=c)
    return kev(R, 5001, 2, "Audit trail write to C:\\ProgramData\\Keystone\\Audit\\audit-2030%02d%02d.dat failed: There is not enough space on the disk. Encode for room %s refused (audit is mandatory)." % (10, R.randint(2, 28), room(R)), computer=c)


def kc_negs():
    def n_encoded(R):
        return kev(R, 1001, 4, "Key card encoded at ENC-FD%02d: room %s, %d card(s), valid until 2030-10-%02d 11:00, operator %s." % (R.randint(1, 3), room(R), R.randint(1, 3), R.randint(3, 31), pick(R, ["FD-AOK", "FD-MLR", "FD-JBY", "KIOSK"])))

    def n_reencode(R):
        return kev(R, 1002, 4, "Key card encoded again for room %s (replacement requested); cards issued earlier for this stay are no longer valid." % room(R))

    def n_read(R):
        return kev(R, 1003, 4, "Card read at ENC-FD%02d: guest card, room %s, valid." % (R.randint(1, 3), room(R)))

    def n_notblank(R):
        return kev(R, 1104, 3, "Card presented at ENC-FD%02d belongs to another system and cannot be overwritten. Insert a blank or reissuable card." % R.randint(1, 3))

    def n_cancel(R):
        return kev(R, 1106, 3, "Encode job %d for room %s cancelled by operator before card insertion." % (R.randint(100000, 999999), room(R)))

    def n_enc_conn(R):
        return kev(R, 2001, 4, "Encoder ENC-FD%02d connected on COM%d (firmware 3.%d.%d)." % (R.randint(1, 3), R.randint(3, 6), R.randint(1, 4), R.randint(0, 9)))

    def n_pms(R):
        return kev(R, 3003, 4, "Check-in key request %s received from PMS: room %s, %d card(s)." % (uuid(R), room(R), R.randint(1, 2)))

    def n_poll(R):
        return kev(R, 3001, 4, "PMS interface connected to https://pms-hub.internal.%s (poll interval 5 s, 0 errors since start)." % DOMAIN)

    def n_scm(R):
        state = pick(R, ["running", "stopped"])
        svc = pick(R, ["Keystone Encoder Service", "Windows Update", "Amazon CloudWatch Agent", "Windows Modules Installer", "SQL Server (SQLEXPRESS)"])
        msg = "The %s service entered the %s state." % (svc, state)
        return ev(R, "Service Control Manager", 7036, 4, "System", msg, data=[svc, state], qualifiers="16384", guid=SCM_GUID, src="Service Control Manager",
                  keywords="0x8080000000000000", pid=R.randint(600, 800), tid=R.randint(1000, 9000))

    def n_starttype(R):
        msg = "The start type of the Background Intelligent Transfer Service service was changed from %s to %s." % pick(R, [("auto start", "demand start"), ("demand start", "auto start")])
        return ev(R, "Service Control Manager", 7040, 4, "System", msg, data=["Background Intelligent Transfer Service"], qualifiers="16384", guid=SCM_GUID,
                  src="Service Control Manager", keywords="0x8080000000000000", pid=R.randint(600, 800), tid=R.randint(1000, 9000))

    def n_dcom(R):
        msg = ("The application-specific permission settings do not grant Local Activation permission for the COM Server application with CLSID \n{%s}\n and APPID \n{%s}\n"
               " to the user NT AUTHORITY\\SYSTEM SID (S-1-5-18) from address LocalHost (Using LRPC) running in the application container Unavailable SID (Unavailable). "
               "This security permission can be modified using the Component Services administrative tool.") % (uuid(R).upper(), uuid(R).upper())
        return ev(R, "Microsoft-Windows-DistributedCOM", 10016, 3, "System", msg, guid="{1b562e86-b7aa-4131-badc-b6f3a001407e}", src="DCOM", keywords="0x8080000000000000")

    def n_profile(R):
        msg = "Windows detected your registry file is still in use by other applications or services. The file will be unloaded now. The applications or services that hold your registry file may not function properly afterwards.  \n\n DETAIL - \n %d user registry handles leaked from \\Registry\\User\\S-1-5-21-%d-%d-%d-%d:" % (R.randint(1, 9), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9), R.randint(1000, 1200))
        return ev(R, "Microsoft-Windows-User Profiles Service", 1530, 3, "Application", msg, guid="{89b1e9f0-5aff-44a6-9b44-0a07a7ce5845}", keywords="0x0", kwtext=())

    def n_time(R):
        msg = "The time provider NtpClient is currently receiving valid time data from 169.254.169.123,0x8 (ntp.m|0x8|0.0.0.0:123-&gt;169.254.169.123:123)."
        return ev(R, "Microsoft-Windows-Time-Service", 37, 4, "System", msg, guid="{06edcfeb-0fd0-4e53-acca-a6f8bbf81bcb}", keywords="0x8000000000000000", kwtext=(), tid=R.randint(1000, 9000))

    def n_spp(R):
        msg = "Successfully scheduled Software Protection service for re-start at 2030-10-%02dT%02d:%02d:%02dZ. Reason: RulesEngine." % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        return ev(R, "Microsoft-Windows-Security-SPP", 16384, 4, "Application", msg, guid="{E23B33B0-C8C9-472C-A5F9-F2BDFEA0F156}", src="Software Protection Platform Service", qualifiers="16384", keywords="0x80000000000000")

    def n_wu(R):
        kb = "KB50%s" % digits(R, 5)
        msg = "Installation Successful: Windows successfully installed the following update: %s Cumulative Update for Microsoft server operating system version 21H2 for x64-based Systems (%s)" % ("2030-10", kb)
        return ev(R, "Microsoft-Windows-WindowsUpdateClient", 19, 4, "System", msg, guid="{945a8954-c147-4acd-923f-40c45405a658}", keywords="0x8000000000000018", kwtext=("Installation", "Success"))

    def n_sqlstart(R):
        msg = "Starting up database '%s'." % pick(R, ["KeystoneDB", "msdb", "model", "tempdb"])
        return ev(R, "MSSQL$SQLEXPRESS", 17137, 4, "Application", msg, data=[msg.split("'")[1]], qualifiers="16384")

    def n_archive(R):
        return kev(R, 5010, 4, "Nightly audit archive complete: %d records moved to D:\\KeystoneArchive, 0 errors, %d MB free on C:." % (R.randint(800, 6000), R.randint(4000, 30000)))

    def n_checkout(R):
        return kev(R, 1010, 4, "Room %s checked out in PMS; %d guest card(s) cancelled." % (room(R), R.randint(1, 3)))

    return [n_encoded, n_reencode, n_read, n_notblank, n_cancel, n_enc_conn, n_pms, n_poll, n_scm, n_starttype, n_dcom,
            n_profile, n_time, n_spp, n_wu, n_sqlstart, n_archive, n_checkout]


def keycard(R):
    return build(R, K1, [("keystone-sql-login-password-changed", k_sqllogin), ("enc-fd02-com5-driver-update", k_com),
                         ("encoder-svc-roommove-nullref-crash", k_crash), ("pms-poll-client-cert-expired", k_cert),
                         ("audit-trail-fills-system-volume", k_disk)], kc_negs())


FAMILIES = {B1: bookingengine, K1: keycard}
