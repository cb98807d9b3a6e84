"""Families: django5-celery-ecs-psycopg3, flask-gunicorn-sqlalchemy-ecs, fastify-pino-prisma-eks."""
from common import (hexs, alnum, lower, digits, uuid, ip10, ipdoc, hms, day, pick, jd, build, iso, ts_sp, tb,
                    epoch_ms, port)

ACCT = "111122223333"

# ---------------------------------------------------------------- django5-celery-ecs-psycopg3
# "staybook", a hotel-booking site: Django 5.1 web tasks behind an ALB on ECS Fargate (python-json-logger
# formatter) and Celery 5.4 workers + beat (Celery's default text format), Redis broker, RDS PostgreSQL 16
# via psycopg 3.
F1 = "django5-celery-ecs-psycopg3"


def dj(R, level, name, msg, **extra):
    d = {"asctime": ts_sp(R, 3, ","), "levelname": level, "name": name, "message": msg}
    d.update(extra)
    return jd(d)


def cel(R, level, proc, msg):
    return "[%s: %s/%s] %s" % (ts_sp(R, 3, ","), level, proc, msg)


def fpw(R):
    return "ForkPoolWorker-%d" % R.randint(1, 8)


DB = "staybook-prod.cluster-c1x2exmpl.us-east-1.rds.amazonaws.com"


def d_slots(R):
    err = ('psycopg.OperationalError: connection failed: connection to server at "%s", port 5432 failed: FATAL:  '
           "remaining connection slots are reserved for roles with the SUPERUSER attribute") % ip10(R)
    if R.random() < 0.5:
        path = pick(R, ["/search/", "/hotels/%d/" % R.randint(10, 900), "/api/availability/", "/account/bookings/"])
        return dj(R, "ERROR", "django.request", "Internal Server Error: %s" % path, status_code=500,
                  request="<WSGIRequest: GET '%s'>" % path,
                  exc_info=tb([("/usr/local/lib/python3.12/site-packages/django/db/backends/base/base.py", 275, "ensure_connection", "self.connect()"),
                               ("/usr/local/lib/python3.12/site-packages/psycopg/connection.py", 119, "connect", "raise last_ex.with_traceback(None)")],
                              err) + "\n\nThe above exception was the direct cause of the following exception:\n\ndjango.db.utils.OperationalError: connection failed: connection to server at \"%s\", port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute" % ip10(R))
    t = pick(R, ["staybook.bookings.tasks.expire_holds", "staybook.pricing.tasks.recompute_rates", "staybook.bookings.tasks.send_reminders"])
    return cel(R, "ERROR", fpw(R), "Task %s[%s] raised unexpected: OperationalError('connection failed: connection to server at \"%s\", port 5432 failed: FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute')" % (t, uuid(R), ip10(R)))


def d_column(R):
    path = "/api/rooms/?hotel=%d" % R.randint(10, 900)
    e = ("django.db.utils.ProgrammingError: column rooms_room.is_accessible does not exist\n"
         "LINE 1: ...\"rooms_room\".\"max_guests\", \"rooms_room\".\"is_accessib...\n"
         "                                                             ^")
    if R.random() < 0.7:
        return dj(R, "ERROR", "django.request", "Internal Server Error: %s" % path.split("?")[0], status_code=500,
                  request="<WSGIRequest: GET '%s'>" % path,
                  exc_info=tb([("/app/staybook/rooms/views.py", pick(R, [48, 48, 51]), "get_queryset", "return Room.objects.filter(hotel_id=hotel).order_by(\"price\")"),
                               ("/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", 105, "_execute", "return self.cursor.execute(sql, params)")], e))
    return dj(R, "ERROR", "django.db.backends", "(%.3f) SELECT \"rooms_room\".\"id\", \"rooms_room\".\"is_accessible\" FROM \"rooms_room\" WHERE \"rooms_room\".\"hotel_id\" = %d; args=(%d,); alias=default; error=column rooms_room.is_accessible does not exist" % (R.uniform(0.001, 0.01), R.randint(10, 900), R.randint(10, 900)))


def d_dupref(R):
    ref = "SB-%s" % alnum(R, 6).upper()
    return cel(R, "ERROR", fpw(R), "Task staybook.bookings.tasks.confirm_booking[%s] raised unexpected: IntegrityError('duplicate key value violates unique constraint \"bookings_booking_reference_key\"\\nDETAIL:  Key (reference)=(%s) already exists.')\nTraceback (most recent call last):\n  File \"/app/staybook/bookings/tasks.py\", line %d, in confirm_booking\n    booking.save()\n  File \"/usr/local/lib/python3.12/site-packages/psycopg/cursor.py\", line 97, in execute\n    raise ex.with_traceback(None)\ndjango.db.utils.IntegrityError: duplicate key value violates unique constraint \"bookings_booking_reference_key\"\nDETAIL:  Key (reference)=(%s) already exists." % (uuid(R), ref, pick(R, [64, 64, 66]), ref))


def d_ses(R):
    tid = uuid(R)
    if R.random() < 0.6:
        return cel(R, "ERROR", fpw(R), "Task staybook.notifications.tasks.send_confirmation_email[%s] raised unexpected: MaxRetriesExceededError(\"Can't retry staybook.notifications.tasks.send_confirmation_email[%s] args:(%d,) kwargs:{}\")" % (tid, tid, R.randint(100000, 999999)))
    return dj(R, "ERROR", "staybook.notifications", "Giving up on confirmation email for booking %d after 5 attempts: An error occurred (Throttling) when calling the SendEmail operation: Maximum sending rate exceeded." % R.randint(100000, 999999), task_id=tid)


def d_oom(R):
    pid = R.randint(40, 400)
    if R.random() < 0.5:
        return cel(R, "ERROR", "MainProcess", "Process 'ForkPoolWorker-%d' pid:%d exited with 'signal 9 (SIGKILL)'" % (R.randint(1, 4), pid))
    return cel(R, "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/billiard/pool.py\", line 1265, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.einfo.ExceptionWithTraceback: \n\"\"\"\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/billiard/pool.py\", line 1265, in mark_as_worker_lost\n    raise WorkerLostError(\nbilliard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d.\n\"\"\"" % (R.randint(1, 900), R.randint(1, 900)))


def d_timelimit(R):
    tid = uuid(R)
    if R.random() < 0.5:
        return cel(R, "ERROR", "MainProcess", "Hard time limit (600s) exceeded for staybook.partners.tasks.sync_partner_availability[%s]" % tid)
    return cel(R, "ERROR", fpw(R), "Task staybook.partners.tasks.sync_partner_availability[%s] raised unexpected: SoftTimeLimitExceeded()\nTraceback (most recent call last):\n  File \"/app/staybook/partners/tasks.py\", line %d, in sync_partner_availability\n    for page in client.iter_availability(partner_id=%d):\nbilliard.exceptions.SoftTimeLimitExceeded: SoftTimeLimitExceeded()" % (tid, pick(R, [112, 112, 118]), R.randint(1, 40)))


def d_broker(R):
    n = R.randint(1, 100)
    return cel(R, "ERROR", "MainProcess", "consumer: Cannot connect to redis://staybook-queue.old-x7exmp.ng.0001.use1.cache.amazonaws.com:6379/0: Error -2 connecting to staybook-queue.old-x7exmp.ng.0001.use1.cache.amazonaws.com:6379. Name or service not known..\nTrying again in %.2f seconds... (%d/100)\n" % (min(2 * n, 32), n))


def d_hosts(R):
    ip = ip10(R)
    return dj(R, "ERROR", "django.security.DisallowedHost", "Invalid HTTP_HOST header: '%s:8000'. You may need to add '%s' to ALLOWED_HOSTS." % (ip, ip),
              status_code=400, request="<WSGIRequest: GET '/healthz/'>", user_agent="ELB-HealthChecker/2.0")


def d_csrf(R):
    path = pick(R, ["/accounts/login/", "/accounts/login/", "/bookings/new/", "/account/profile/"])
    return dj(R, "WARNING", "django.security.csrf", "Forbidden (Origin checking failed - https://www.staybook.example does not match any trusted origins.): %s" % path,
              status_code=403, request="<WSGIRequest: POST '%s'>" % path, reason="Origin checking failed - https://www.staybook.example does not match any trusted origins.")


def d_manifest(R):
    asset = pick(R, ["css/site.css", "js/booking-widget.js", "img/logo.svg"])
    path = pick(R, ["/", "/hotels/%d/" % R.randint(10, 900), "/search/"])
    return dj(R, "ERROR", "django.request", "Internal Server Error: %s" % path, status_code=500, request="<WSGIRequest: GET '%s'>" % path,
              exc_info="Traceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/django/contrib/staticfiles/storage.py\", line 516, in stored_name\n    raise ValueError(\nValueError: Missing staticfiles manifest entry for '%s'" % asset)


def d_stripe(R):
    ev = "evt_%s" % alnum(R, 14)
    return cel(R, "ERROR", fpw(R), "Task staybook.payments.tasks.handle_stripe_event[%s] raised unexpected: KeyError('booking_id')\nTraceback (most recent call last):\n  File \"/app/staybook/payments/tasks.py\", line %d, in handle_stripe_event\n    booking_id = event[\"data\"][\"object\"][\"metadata\"][\"booking_id\"]\nKeyError: 'booking_id'" % (uuid(R), pick(R, [37, 37, 39])) + ("" if R.random() < 0.5 else "\n(event %s, type payment_intent.succeeded)" % ev))


def dj_negs():
    T = ["staybook.notifications.tasks.send_confirmation_email", "staybook.bookings.tasks.expire_holds", "staybook.pricing.tasks.recompute_rates", "staybook.partners.tasks.sync_partner_availability"]
    def n_recv(R): return cel(R, "INFO", "MainProcess", "Task %s[%s] received" % (pick(R, T), uuid(R)))
    def n_ok(R): return cel(R, "INFO", fpw(R), "Task %s[%s] succeeded in %.9fs: %s" % (pick(R, T), uuid(R), R.uniform(0.01, 40), pick(R, ["None", "{'sent': True}", "%d" % R.randint(0, 400)])))
    def n_retry(R): return cel(R, "WARNING", fpw(R), "Task staybook.notifications.tasks.send_confirmation_email[%s] retry: Retry in %ds: ClientError('An error occurred (Throttling) when calling the SendEmail operation: Maximum sending rate exceeded.')" % (uuid(R), pick(R, [30, 60, 120])))
    def n_ready(R): return cel(R, "INFO", "MainProcess", "celery@ip-%s.ec2.internal ready." % ip10(R).replace(".", "-"))
    def n_conn(R): return cel(R, "INFO", "MainProcess", "Connected to redis://staybook-queue-x7exmp.ng.0001.use1.cache.amazonaws.com:6379/%d" % R.randint(0, 1))
    def n_mingle(R): return cel(R, "INFO", "MainProcess", pick(R, ["mingle: searching for neighbors", "mingle: all alone", "Events of group {task} enabled by remote."]) + " (worker %s)" % lower(R, 6))
    def n_beat(R): return cel(R, "INFO", "MainProcess", "Scheduler: Sending due task %s (%s)" % (pick(R, ["expire-holds-every-5m", "recompute-rates-hourly", "reminders-daily"]), pick(R, T)))
    def n_req(R): return dj(R, "INFO", "staybook.access", "%s %s %d %.1fms" % (pick(R, ["GET", "GET", "POST"]), pick(R, ["/search/?city=porto", "/hotels/%d/" % R.randint(10, 900), "/api/availability/?hotel=%d" % R.randint(10, 900), "/bookings/new/"]), pick(R, [200, 200, 302, 304]), R.uniform(4, 600)), request_id=uuid(R))
    def n_404(R): return dj(R, "WARNING", "django.request", "Not Found: %s" % pick(R, ["/favicon.ico", "/hotels/%d/" % R.randint(1000, 9999), "/robots.txt", "/apple-touch-icon.png"]), status_code=404, request_id=uuid(R))
    def n_scanner(R):
        h = ipdoc(R)
        return dj(R, "ERROR", "django.security.DisallowedHost", "Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS." % (h, h), status_code=400,
                  request="<WSGIRequest: GET '%s'>" % pick(R, ["/.env", "/wp-login.php", "/", "/.git/config", "/phpmyadmin/"]), user_agent=pick(R, ["Mozilla/5.0 zgrab/0.x", "python-requests/2.31.0", "curl/8.4.0"]))
    def n_checks(R): return "System check identified no issues (0 silenced). [task %s]" % hexs(R, 32)
    def n_migrate(R): return "Operations to perform:\n  Apply all migrations: admin, auth, bookings, contenttypes, hotels, payments, rooms, sessions\nRunning migrations:\n  No migrations to apply. [%s]" % hexs(R, 12)
    def n_booking(R): return dj(R, "INFO", "staybook.bookings", "Booking %d confirmed for user %d (hotel %d, %d nights)" % (R.randint(100000, 999999), R.randint(1000, 99999), R.randint(10, 900), R.randint(1, 14)))
    def n_health(R): return dj(R, "DEBUG", "staybook.health", "healthz ok db=%.1fms cache=%.1fms" % (R.uniform(0.5, 9), R.uniform(0.2, 3)), user_agent="ELB-HealthChecker/2.0", host="www.staybook.example")
    def n_idem(R): return dj(R, "INFO", "staybook.payments", "Stripe event evt_%s already processed, skipping (0 errors)" % alnum(R, 14))
    return [n_recv, n_ok, n_retry, n_ready, n_conn, n_mingle, n_beat, n_req, n_404, n_scanner, n_checks, n_migrate, n_booking, n_health, n_idem]


def fam_dj(R):
    groups = [("db-connection-slots-exhausted", d_slots), ("rooms-is-accessible-migration-not-applied", d_column),
              ("confirm-booking-reference-collision", d_dupref), ("confirmation-email-ses-throttle-retries-exhausted", d_ses),
              ("worker-oom-sigkill", d_oom), ("partner-availability-sync-time-limit", d_timelimit),
              ("celery-broker-url-stale-hostname", d_broker), ("alb-healthcheck-ip-not-in-allowed-hosts", d_hosts),
              ("csrf-trusted-origins-missing", d_csrf), ("staticfiles-manifest-missing-entry", d_manifest),
              ("stripe-event-metadata-booking-id-missing", d_stripe)]
    return build(R, F1, groups, dj_negs())


# ---------------------------------------------------------------- flask-gunicorn-sqlalchemy-ecs
# "invoicely", a Flask 3 invoicing API under gunicorn 22 (gthread) on ECS Fargate: gunicorn error and access logs,
# Flask's default "[ts] LEVEL in module: msg" lines, SQLAlchemy 2 on Aurora MySQL (PyMySQL), requests/urllib3,
# boto3 (S3, SQS), smtplib via SES SMTP.
F2 = "flask-gunicorn-sqlalchemy-ecs"


def gts(R):
    return "[2028-04-%02d %s +0000]" % (day(R), hms(R))


def gerr(R, level, msg, pid=None):
    return "%s [%d] [%s] %s" % (gts(R), pid if pid is not None else R.randint(7, 60), level, msg)


def fl(R, level, module, msg):
    return "[%s] %s in %s: %s" % (ts_sp(R, 3, ","), level, module, msg)


def acc(R, method, path, status, size=None, ua=None):
    return '%s - - [%02d/Apr/2028:%s +0000] "%s %s HTTP/1.1" %d %d "-" "%s"' % (
        ip10(R), day(R), hms(R), method, path, status, size if size is not None else R.randint(80, 9000),
        ua or pick(R, ["python-requests/2.32.3", "invoicely-web/4.2", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15", "okhttp/4.12.0"]))


def fexc(R, route, method, frames, last):
    return fl(R, "ERROR", "app", "Exception on %s [%s]\n" % (route, method) + tb(frames, last))


SA = "/usr/local/lib/python3.12/site-packages/sqlalchemy"


def f_wtimeout(R):
    pid = R.randint(9, 90)
    if R.random() < 0.55:
        return gerr(R, "CRITICAL", "WORKER TIMEOUT (pid:%d)" % pid, 1)
    return gerr(R, "ERROR", "Worker (pid:%d) was sent code 134!" % pid, 1)


def f_oom(R):
    return gerr(R, "ERROR", "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?" % R.randint(9, 90), 1)


def f_pool(R):
    route = pick(R, ["/api/invoices", "/api/invoices/%d" % R.randint(1000, 99999), "/api/customers/%d/invoices" % R.randint(10, 9000)])
    return fexc(R, route, "GET", [("/app/invoicely/api/invoices.py", pick(R, [41, 41, 44]), "list_invoices", "rows = db.session.execute(stmt).scalars().all()"),
                                  (SA + "/pool/impl.py", 178, "_do_get", "raise exc.TimeoutError(")],
                "sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)")


def f_gone(R):
    code, txt = pick(R, [(2013, "Lost connection to MySQL server during query ([Errno 104] Connection reset by peer)"), (2006, "MySQL server has gone away (ConnectionResetError(104, 'Connection reset by peer'))")])
    route = pick(R, ["/api/invoices/%d" % R.randint(1000, 99999), "/api/customers/%d" % R.randint(10, 9000), "/api/reports/monthly"])
    return fexc(R, route, "GET", [(SA + "/engine/default.py", 941, "do_execute", "cursor.execute(statement, parameters)")],
                "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (%d, '%s')\n[SQL: SELECT invoices.id, invoices.number, invoices.total FROM invoices WHERE invoices.id = %%(pk_1)s]\n[parameters: {'pk_1': %d}]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)" % (code, txt, R.randint(1000, 99999)))


def f_dns(R):
    if R.random() < 0.3:
        return acc(R, "POST", "/api/quotes", 500, 265)
    return fexc(R, "/api/quotes", "POST", [("/app/invoicely/fx.py", pick(R, [22, 22, 25]), "latest_rate", "resp = session.get(FX_URL, params={\"base\": base}, timeout=5)")],
                "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='rates.fxfeed.example.net', port=443): Max retries exceeded with url: /v1/latest?base=%s (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f%s>: Failed to resolve 'rates.fxfeed.example.net' ([Errno -2] Name or service not known)\"))" % (pick(R, ["EUR", "USD", "GBP"]), hexs(R, 10)))


def f_s3(R):
    key = "attachments/%d/%s.pdf" % (R.randint(10, 9000), uuid(R))
    if R.random() < 0.6:
        return fexc(R, "/api/invoices/%d/attachments" % R.randint(1000, 99999), "POST", [("/app/invoicely/storage.py", pick(R, [57, 57]), "put_attachment", "s3.put_object(Bucket=BUCKET, Key=key, Body=fh)")],
                    "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::%s:assumed-role/invoicely-task-role/%s is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::invoicely-attachments-prod/%s\" with an explicit deny in a resource-based policy" % (ACCT, hexs(R, 32), key))
    return fl(R, "ERROR", "storage", "Upload failed for %s: AccessDenied (explicit deny in bucket policy, ServerSideEncryption not set)" % key)


def f_template(R):
    inv = R.randint(1000, 99999)
    return fexc(R, "/api/invoices/%d/pdf" % inv, "GET", [("/app/invoicely/api/pdf.py", pick(R, [30, 30, 33]), "render_pdf", "html = render_template(\"invoices/pdf_v2.html\", invoice=inv)"),
                                                          ("/usr/local/lib/python3.12/site-packages/jinja2/loaders.py", 218, "get_source", "raise TemplateNotFound(template)")],
                "jinja2.exceptions.TemplateNotFound: invoices/pdf_v2.html")


def f_smtp(R):
    inv = R.randint(1000, 99999)
    if R.random() < 0.5:
        return fl(R, "ERROR", "mailer", "Could not send invoice %d to customer %d: (535, b'Authentication Credentials Invalid')" % (inv, R.randint(10, 9000)))
    return fexc(R, "/api/invoices/%d/send" % inv, "POST", [("/app/invoicely/mailer.py", pick(R, [19, 19]), "send", "smtp.login(SMTP_USER, SMTP_PASSWORD)"),
                                                            ("/usr/local/lib/python3.12/smtplib.py", 750, "login", "raise last_exception")],
                "smtplib.SMTPAuthenticationError: (535, b'Authentication Credentials Invalid')")


def f_sqs(R):
    return fexc(R, "/api/invoices/%d/finalize" % R.randint(1000, 99999), "POST", [("/app/invoicely/events.py", pick(R, [12, 12, 14]), "publish", "url = sqs.get_queue_url(QueueName=\"invoicely-events-prod\")[\"QueueUrl\"]"),
                                                                                 ("/usr/local/lib/python3.12/site-packages/botocore/client.py", 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
                "botocore.errorfactory.QueueDoesNotExist: An error occurred (AWS.SimpleQueueService.NonExistentQueue) when calling the GetQueueUrl operation: The specified queue does not exist.")


def f_deadlock(R):
    return fexc(R, "/api/invoices", "POST", [("/app/invoicely/numbering.py", pick(R, [28, 28, 31]), "next_number", "seq = db.session.execute(select(Counter).with_for_update()).scalar_one()"),
                                             (SA + "/engine/default.py", 941, "do_execute", "cursor.execute(statement, parameters)")],
                "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1213, 'Deadlock found when trying to get lock; try restarting transaction')\n[SQL: SELECT invoice_counters.tenant_id, invoice_counters.value FROM invoice_counters WHERE invoice_counters.tenant_id = %%(tenant_id_1)s FOR UPDATE]\n[parameters: {'tenant_id_1': %d}]" % R.randint(1, 400))


def f_boot(R):
    pid = R.randint(7, 40)
    if R.random() < 0.65:
        return gerr(R, "ERROR", "Exception in worker process\nTraceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/gunicorn/arbiter.py\", line 609, in spawn_worker\n    worker.init_process()\n  File \"/app/invoicely/api/pdf.py\", line 3, in <module>\n    from weasyprint import HTML\nOSError: cannot load library 'libgobject-2.0-0': libgobject-2.0-0: cannot open shared object file: No such file or directory.  Additionally, ctypes.util.find_library() did not manage to locate a library called 'libgobject-2.0-0'", pid)
    return gerr(R, "ERROR", "Reason: Worker failed to boot. (image invoicely:%s)" % hexs(R, 7), 1)


def fl_negs():
    def n_start(R): return gerr(R, "INFO", pick(R, ["Starting gunicorn 22.0.0", "Listening at: http://0.0.0.0:8000 (1)", "Using worker: gthread"]) + " [task %s]" % hexs(R, 8), 1)
    def n_boot(R): return gerr(R, "INFO", "Booting worker with pid: %d" % R.randint(7, 90), 1)
    def n_term(R): return gerr(R, "INFO", pick(R, ["Handling signal: term", "Worker exiting (pid: %d)" % R.randint(7, 90), "Shutting down: Master"]) + "", R.randint(1, 90))
    def n_200(R): return acc(R, pick(R, ["GET", "GET", "POST", "PUT"]), pick(R, ["/api/invoices?page=%d" % R.randint(1, 40), "/api/invoices/%d" % R.randint(1000, 99999), "/api/customers/%d" % R.randint(10, 9000), "/api/quotes"]), pick(R, [200, 200, 201, 204, 304]))
    def n_health(R): return acc(R, "GET", "/healthz", 200, 15, "ELB-HealthChecker/2.0")
    def n_404(R): return acc(R, "GET", pick(R, ["/api/invoices/%d" % R.randint(100000, 999999), "/favicon.ico", "/api/v1/invoices"]), 404, 207)
    def n_422(R): return fl(R, "INFO", "invoices", "Rejected invoice payload for tenant %d: {'due_date': ['Not a valid date.']} (422)" % R.randint(1, 400))
    def n_info(R): return fl(R, "INFO", "invoices", pick(R, ["Invoice %d finalized, total %.2f EUR" % (R.randint(1000, 99999), R.uniform(10, 9000)), "Sent invoice %d to customer %d" % (R.randint(1000, 99999), R.randint(10, 9000)), "Generated PDF for invoice %d in %d ms" % (R.randint(1000, 99999), R.randint(200, 9000))]))
    def n_urllib(R): return fl(R, "WARNING", "connectionpool", "Retrying (Retry(total=%d, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='api.vatcheck.example.org', port=443): Read timed out. (read timeout=3)\")': /v2/validate/%s" % (R.randint(1, 2), "DE%s" % digits(R, 9)))
    def n_creds(R): return fl(R, "INFO", "credentials", "Found credentials from container provider (task %s)" % hexs(R, 12))
    def n_sa(R): return fl(R, "INFO", "db", "reporting replica lag %.1fs (limit 5s), using replica for /api/reports/monthly" % R.uniform(0.1, 2))
    def n_vat(R): return fl(R, "INFO", "vat", "VAT id %s validated after 1 retry" % ("FR%s" % digits(R, 11)))
    def n_debug(R): return fl(R, "DEBUG", "tasks", "cache hit ratio %.2f, 0 errors, %d keys" % (R.random(), R.randint(10, 9000)))
    return [n_start, n_boot, n_term, n_200, n_health, n_404, n_422, n_info, n_urllib, n_creds, n_sa, n_vat, n_debug]


def fam_fl(R):
    groups = [("pdf-render-worker-timeout", f_wtimeout), ("export-worker-oom-sigkill", f_oom), ("sqlalchemy-queuepool-exhausted", f_pool),
              ("stale-mysql-connections-no-pool-recycle", f_gone), ("fx-feed-hostname-not-resolving", f_dns),
              ("attachments-bucket-requires-sse-kms", f_s3), ("invoice-pdf-v2-template-missing", f_template),
              ("ses-smtp-credentials-invalid", f_smtp), ("events-queue-missing", f_sqs), ("invoice-numbering-deadlock", f_deadlock),
              ("weasyprint-system-libs-missing", f_boot)]
    return build(R, F2, groups, fl_negs())


# ---------------------------------------------------------------- fastify-pino-prisma-eks
# "shopfront", a Fastify 4 catalog/checkout API on EKS (Node 20, pino JSON), Prisma 5 on Aurora PostgreSQL,
# axios to internal services, ioredis cache, AWS SDK v3 for S3 presigning. Node's own stderr text (crashes,
# heap OOM, ioredis unhandled error events) sits in the same stream.
F3 = "fastify-pino-prisma-eks"


def pino(R, level, msg, **extra):
    d = {"level": level, "time": epoch_ms(R), "pid": 1, "hostname": "shopfront-api-%s-%s" % (lower(R, 10)[:9], lower(R, 5))}
    d.update(extra)
    d["msg"] = msg
    return jd(d)


def rid(R):
    return "req-%s" % lower(R, R.randint(1, 3))


def errobj(R, typ, message, stack, **more):
    d = {"type": typ, "message": message, "stack": "%s: %s\n%s" % (typ, message.split("\n")[0], stack)}
    d.update(more)
    return d


def n_engine(R):
    if R.random() < 0.7:
        m = ('Prisma Client could not locate the Query Engine for runtime "linux-musl-openssl-3.0.x".\n\nThis happened because Prisma Client was generated for "debian-openssl-3.0.x", but the actual deployment required "linux-musl-openssl-3.0.x".\n'
             'Add "linux-musl-openssl-3.0.x" to `binaryTargets` in the "schema.prisma" file and run `prisma generate` after saving it')
        return pino(R, 60, "failed to start server", err=errobj(R, "PrismaClientInitializationError", m, "    at wn (/app/node_modules/@prisma/client/runtime/library.js:%d:%d)" % (R.randint(110, 112), R.randint(1000, 9000)), clientVersion="5.14.0"))
    return "Error: Prisma Client could not locate the Query Engine for runtime \"linux-musl-openssl-3.0.x\".\n    at /app/node_modules/@prisma/client/runtime/library.js:%d:%d {\n  clientVersion: '5.14.0',\n  errorCode: undefined\n}\n\nNode.js v20.%d.0" % (R.randint(110, 112), R.randint(1000, 9000), R.randint(12, 14))


def n_pool(R):
    m = "\nInvalid `prisma.product.findMany()` invocation:\n\n\nTimed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: 5)"
    return pino(R, 50, "request errored", reqId=rid(R), req={"method": "GET", "url": "/v1/products?category=%s" % pick(R, ["shoes", "bags", "outdoor", "kids"])},
                res={"statusCode": 500}, err=errobj(R, "PrismaClientKnownRequestError", m, "    at $n.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:121:7315)", code="P2024", clientVersion="5.14.0"))


def n_p2002(R):
    m = "\nInvalid `prisma.customer.create()` invocation in\n/app/dist/routes/signup.js:%d:%d\n\nUnique constraint failed on the fields: (`email`)" % (pick(R, [38, 38, 41]), R.randint(20, 40))
    return pino(R, 50, "request errored", reqId=rid(R), req={"method": "POST", "url": "/v1/signup"}, res={"statusCode": 500},
                err=errobj(R, "PrismaClientKnownRequestError", m, "    at async signup (/app/dist/routes/signup.js:38:22)", code="P2002", meta={"modelName": "Customer", "target": ["email"]}))


def n_search(R):
    ms = R.randint(3001, 3090)
    if R.random() < 0.25:
        return pino(R, 30, "request completed", reqId=rid(R), res={"statusCode": 504}, responseTime=float("%.3f" % (ms + R.uniform(1, 40))), route="/v1/search")
    return pino(R, 50, "search upstream failed", reqId=rid(R), req={"method": "GET", "url": "/v1/search?q=%s" % pick(R, ["boots", "rain+jacket", "tent", "socks"])},
                err=errobj(R, "AxiosError", "timeout of 3000ms exceeded", "    at RedirectableRequest.handleRequestTimeout (/app/node_modules/axios/dist/node/axios.cjs:3129:16)", code="ECONNABORTED",
                           config={"url": "http://search.search.svc.cluster.local:8080/query", "timeout": 3000}))


def n_pricing(R):
    return pino(R, 50, "pricing lookup failed", reqId=rid(R), sku="SKU-%s" % digits(R, 6),
                err=errobj(R, "AxiosError", "getaddrinfo ENOTFOUND pricing.pricing-svc.svc.cluster.local", "    at Function.AxiosError.from (/app/node_modules/axios/dist/node/axios.cjs:837:14)", code="ENOTFOUND", hostname="pricing.pricing-svc.svc.cluster.local"))


def n_unhandled(R):
    ln = pick(R, [57, 57, 61])
    return ("/app/dist/webhooks/inventory.js:%d\n            throw new InventoryWebhookError(`unknown warehouse ${body.warehouse}`);\n            ^\n\nInventoryWebhookError: unknown warehouse %s\n    at processEvent (/app/dist/webhooks/inventory.js:%d:19)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n\nNode.js v20.14.0"
            % (ln, pick(R, ["WH-LIS-2", "WH-OPO-1", "WH-MAD-3"]) + "-%d" % R.randint(1, 99), ln))


def n_redis(R):
    return "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16) pod=shopfront-api-%s" % (ip10(R), lower(R, 5))


def n_heap(R):
    if R.random() < 0.5:
        return "\n<--- Last few GCs --->\n\n[1:0x%s]   %d ms: Mark-Compact 2021.%d (2083.%d) -> 2019.%d (2084.%d) MB, %d.%d / 0.0 ms  (average mu = 0.%d, current mu = 0.%d) allocation failure; scavenge might not succeed\n\n\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory" % (
            hexs(R, 12), R.randint(60000, 900000), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9), R.randint(900, 2400), R.randint(1, 9), R.randint(10, 99), R.randint(10, 99))
    return pino(R, 50, "feed export aborted: container restarted (exit code 134) while building /v1/feeds/google-merchant", pod="shopfront-api-%s" % lower(R, 5), restartCount=R.randint(1, 30))


def n_avvio(R):
    return pino(R, 60, "Plugin did not start in time: 'loadSecrets'. You may have forgotten to call 'done' function or to resolve a Promise",
                err=errobj(R, "AvvioError", "Plugin did not start in time: 'loadSecrets'. You may have forgotten to call 'done' function or to resolve a Promise", "    at Timeout._onTimeout (/app/node_modules/avvio/plugin.js:%d:%d)" % (pick(R, [135, 135]), R.randint(10, 20)), code="AVV_ERR_PLUGIN_EXEC_TIMEOUT", fn="async function loadSecrets(app) { const res = await sm.send(new GetSecretValueCommand(...)) }"))


def n_creds(R):
    return pino(R, 50, "presign failed", reqId=rid(R), key="uploads/%s/%s.jpg" % (lower(R, 8), uuid(R)),
                err=errobj(R, "CredentialsProviderError", "Could not load credentials from any providers", "    at /app/node_modules/@smithy/property-provider/dist-cjs/index.js:%d:%d" % (R.randint(79, 97), R.randint(11, 15)), tryNextLink=False))


def n_serialize(R):
    return pino(R, 50, "request errored", reqId=rid(R), req={"method": "GET", "url": "/v1/products/%s" % ("p_" + lower(R, 8))}, res={"statusCode": 500},
                err=errobj(R, "Error", "\"price\" is required!", "    at anonymous (eval at build (/app/node_modules/fast-json-stringify/index.js:%d:%d))" % (pick(R, [194, 194]), R.randint(20, 24))))


def fy_negs():
    def n_in(R): return pino(R, 30, "incoming request", reqId=rid(R), req={"method": pick(R, ["GET", "GET", "POST"]), "url": pick(R, ["/v1/products?page=%d" % R.randint(1, 60), "/v1/cart", "/v1/products/p_%s" % lower(R, 8), "/v1/checkout"]), "hostname": "api.shopfront.example", "remoteAddress": ip10(R), "remotePort": port(R)})
    def n_done(R): return pino(R, 30, "request completed", reqId=rid(R), res={"statusCode": pick(R, [200, 200, 201, 204])}, responseTime=float("%.3f" % R.uniform(1, 400)))
    def n_probe(R): return pino(R, 30, "request completed", reqId=rid(R), req={"method": "GET", "url": pick(R, ["/healthz", "/readyz"]), "userAgent": "kube-probe/1.30"}, res={"statusCode": 200}, responseTime=float("%.3f" % R.uniform(0.2, 3)))
    def n_404(R): return pino(R, 30, "Route GET:/%s not found" % pick(R, ["favicon.ico", "v1/product", "wp-admin", "v2/products"]), reqId=rid(R), res={"statusCode": 404})
    def n_400(R): return pino(R, 30, "body must have required property '%s'" % pick(R, ["email", "quantity", "sku"]), reqId=rid(R), res={"statusCode": 400}, err={"type": "Error", "code": "FST_ERR_VALIDATION", "statusCode": 400})
    def n_p2025(R): return pino(R, 30, "product not found", reqId=rid(R), code="P2025", res={"statusCode": 404}, id="p_%s" % lower(R, 8))
    def n_listen(R): return pino(R, 30, "Server listening at http://%s:3000" % ip10(R))
    def n_prisma(R): return "prisma:info Starting a postgresql pool with %d connections. [%s]" % (pick(R, [5, 9, 17]), lower(R, 6))
    def n_retry(R): return pino(R, 40, "search upstream slow, retrying (attempt %d/3)" % R.randint(1, 2), reqId=rid(R), upstream="search")
    def n_warn(R): return "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.\n(Use `node --trace-deprecation ...` to show where the warning was created) pod=%s" % lower(R, 5)
    def n_cache(R): return pino(R, 20, "cache %s for %s" % (pick(R, ["hit", "miss"]), "product:p_%s" % lower(R, 8)), reqId=rid(R))
    def n_order(R): return pino(R, 30, "order placed", reqId=rid(R), orderId="ord_%s" % lower(R, 10), items=R.randint(1, 9), totalCents=R.randint(500, 90000), errors=0)
    def n_sigterm(R): return pino(R, 30, "received SIGTERM, closing server (%d in-flight)" % R.randint(0, 4))
    return [n_in, n_done, n_probe, n_404, n_400, n_p2025, n_listen, n_prisma, n_retry, n_warn, n_cache, n_order, n_sigterm]


def fam_fy(R):
    groups = [("prisma-engine-built-for-debian-not-alpine", n_engine), ("products-prisma-pool-timeout-p2024", n_pool),
              ("signup-duplicate-email-unhandled-p2002", n_p2002), ("search-upstream-timeout-3s", n_search),
              ("pricing-service-wrong-namespace-dns", n_pricing), ("inventory-webhook-unknown-warehouse-crash", n_unhandled),
              ("redis-cache-connection-refused", n_redis), ("feed-export-heap-oom", n_heap), ("load-secrets-plugin-timeout", n_avvio),
              ("irsa-credentials-missing-presign", n_creds), ("product-response-price-required", n_serialize)]
    return build(R, F3, groups, fy_negs())


FAMILIES = {F1: fam_dj, F2: fam_fl, F3: fam_fy}
