"""Families: eventtickets-nestjs10-consolelogger-ecs, giftaid-receipts-py312-weasyprint-awsbatch.

"eventtickets" is the fundraising-events ticketing service (Node 20, NestJS 10 with TypeORM on PostgreSQL, puppeteer
for e-ticket PDFs, KMS-signed QR codes, SES templated confirmations) on ECS Fargate. NestJS's built-in ConsoleLogger
without colours: `[Nest] PID  - MM/DD/YYYY, h:mm:ss AM   LEVEL [Context] message +Nms`; an error's stack follows on
the next lines of the same write (one awslogs event); an unhandled rejection that kills the process prints Node's
own `node:internal/process/promises` dump.

"giftaid" is the Python 3.12 AWS Batch job family that renders annual tax receipts (WeasyPrint) to S3 and submits
Gift Aid claims to HMRC Charities Online (GovTalk). Python logging `%(asctime)s %(levelname)s [%(name)s] %(message)s`
with tracebacks in the event, the entrypoint script's shell lines (`run.sh: line N: PID Killed ...`) and WeasyPrint's
CSS warnings."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, jd, ACCT, REGION, DOMAIN,
                    nest_ts, comma_ts, iso_z)

# ---------------------------------------------------------------- eventtickets-nestjs10-consolelogger-ecs
F1 = "eventtickets-nestjs10-consolelogger-ecs"


def nest(R, lvl, ctx, msg, stack=None):
    line = "[Nest] %d  - %s %7s [%s] %s +%dms" % (pick(R, [1, 1, 1, 19]), nest_ts(R), lvl, ctx, msg, R.randint(0, 900))
    return line if stack is None else line + "\n" + stack


def order(R):
    return "ORD-%s" % upper(R, 8)


def event(R):
    return pick(R, ["larchwyn-10k-2031", "spring-gala-dinner", "thames-trek-100", "quiz-night-bristol", "skydive-for-wells", "carol-concert-2031-early"])


def et_chromium(R):
    # the base image moved to node:20-slim and the Dockerfile's chromium apt install was dropped; puppeteer cannot
    # launch, so no e-ticket PDF is rendered and paid orders get no tickets
    if R.random() < 0.55:
        return nest(R, "ERROR", "TicketPdfService", "Ticket PDF for %s failed: Failed to launch the browser process!" % order(R),
                    "Error: Failed to launch the browser process!\n"
                    "/usr/bin/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory\n\n\n"
                    "TROUBLESHOOTING: https://pptr.dev/troubleshooting\n\n"
                    "    at Interface.onClose (/app/node_modules/@puppeteer/browsers/lib/cjs/launch.js:%d:24)\n"
                    "    at TicketPdfService.render (/app/dist/tickets/ticket-pdf.service.js:%d:41)" % (R.randint(300, 320), R.randint(20, 60)))
    return nest(R, "ERROR", "IssueTicketsProcessor", "Order %s paid but tickets not issued (%d tickets, %s): PDF rendering unavailable" % (order(R), R.randint(1, 8), event(R)))


def et_pg(R):
    # the service was scaled to 14 tasks while each TypeORM pool keeps max 20 connections; RDS max_connections (225)
    # is exhausted at peak and checkout queries fail
    if R.random() < 0.55:
        return nest(R, "ERROR", "ExceptionsHandler", "sorry, too many clients already",
                    "QueryFailedError: sorry, too many clients already\n"
                    "    at PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:%d:19)\n"
                    "    at async OrdersService.reserve (/app/dist/orders/orders.service.js:%d:23)\n"
                    "    at async OrdersController.create (/app/dist/orders/orders.controller.js:%d:16)" % (R.randint(210, 220), R.randint(40, 120), R.randint(20, 40)))
    return nest(R, "ERROR", "TypeOrmModule", "Unable to connect to the database. Retrying (%d)...\nerror: remaining connection slots are reserved for roles with the SUPERUSER attribute" % R.randint(1, 9))


def et_kms(R):
    # the QR-signing key was rotated to a new KMS key alias target and the task role only allows kms:Sign on the old
    # key id; every ticket issue fails at signing
    if R.random() < 0.55:
        return nest(R, "ERROR", "QrSigner", "kms:Sign failed for ticket %s" % ("TKT-" + upper(R, 10)),
                    "AccessDeniedException: User: arn:aws:sts::%s:assumed-role/eventtickets-task/%s is not authorized to perform: kms:Sign on resource: arn:aws:kms:%s:%s:key/%s because no identity-based policy allows the kms:Sign action\n"
                    "    at throwDefaultError (/app/node_modules/@smithy/smithy-client/dist-cjs/index.js:%d:20)\n"
                    "    at async QrSigner.sign (/app/dist/tickets/qr-signer.js:%d:26)" % (ACCT, hexs(R, 32), REGION, ACCT, uuid(R), R.randint(830, 850), R.randint(15, 40)))
    return nest(R, "ERROR", "IssueTicketsProcessor", "Order %s: ticket issue failed after 3 attempts (AccessDeniedException kms:Sign); job moved to failed" % order(R))


def et_template(R):
    # release 3.4 switched to the SES template ticket-confirmation-v3, which was created in the staging account only;
    # order confirmations (with the ticket link) are not sent
    if R.random() < 0.6:
        return nest(R, "ERROR", "ConfirmationMailer", "Confirmation for %s not sent: TemplateDoesNotExist: Template ticket-confirmation-v3 does not exist" % order(R))
    return nest(R, "WARN", "ConfirmationMailer", "SendTemplatedEmail to %s@%s rejected (TemplateDoesNotExist ticket-confirmation-v3); order %s left unconfirmed" % (lower(R, 7), pick(R, ["mailbox.example", "inbox.example"]), order(R)))


def et_crash(R):
    # virtual events have no venue, so seatMap is undefined; the availability refresher dereferences it in a
    # detached promise, the unhandled rejection kills the task (ECS restarts it, in-flight checkouts are lost)
    if R.random() < 0.55:
        return ("/app/dist/events/availability.refresher.js:%d\n"
                "        const free = ev.venue.seatMap.sections.reduce((n, s) => n + s.free, 0);\n"
                "                                      ^\n\n"
                "TypeError: Cannot read properties of undefined (reading 'seatMap')\n"
                "    at AvailabilityRefresher.refresh (/app/dist/events/availability.refresher.js:%d:39)\n"
                "    at async Promise.all (index %d)\n\n"
                "Node.js v20.%d.0" % ((R.randint(40, 60),) * 2 + (R.randint(0, 30), R.randint(11, 18))))
    return nest(R, "ERROR", "AvailabilityRefresher", "Refresh failed for %s: TypeError: Cannot read properties of undefined (reading 'seatMap'); unhandled rejection will terminate the process" % pick(R, ["virtual-step-challenge", "online-quiz-spring", "virtual-fun-run-31"]))


def et_negs():
    def n_boot(R):
        return pick(R, [
            nest(R, "LOG", "NestFactory", "Starting Nest application..."),
            nest(R, "LOG", "InstanceLoader", "%s dependencies initialized" % pick(R, ["TypeOrmModule", "ConfigModule", "OrdersModule", "TicketsModule", "EventsModule", "HealthModule", "BullModule"])),
            nest(R, "LOG", "RoutesResolver", "%s {/api/%s}:" % pick(R, [("OrdersController", "orders"), ("EventsController", "events"), ("TicketsController", "tickets"), ("HealthController", "health")])),
            nest(R, "LOG", "RouterExplorer", "Mapped {/api/%s, %s} route" % (pick(R, ["orders", "orders/:id", "events/:slug", "events/:slug/availability", "tickets/:id/pdf", "webhooks/pennant"]), pick(R, ["GET", "POST"]))),
            nest(R, "LOG", "NestApplication", "Nest application successfully started")])

    def n_order(R):
        return pick(R, [
            nest(R, "LOG", "OrdersService", "Order %s paid: %d x %s, GBP %d.00, pi_%s" % (order(R), R.randint(1, 8), event(R), R.randint(10, 900), alnum(R, 24))),
            nest(R, "LOG", "IssueTicketsProcessor", "Issued %d tickets for %s (%s)" % (R.randint(1, 8), order(R), event(R))),
            nest(R, "LOG", "ConfirmationMailer", "Confirmation for %s sent (MessageId 0102018e%s-%s-000000)" % (order(R), hexs(R, 8), uuid(R))),
            nest(R, "DEBUG", "AvailabilityRefresher", "Refreshed availability for %d events in %d ms (errors: 0)" % (R.randint(10, 60), R.randint(20, 900)))])

    def n_business(R):
        return pick(R, [
            nest(R, "WARN", "OrdersService", "Reservation for %s rejected: %s sold out" % (order(R), event(R))),
            nest(R, "LOG", "OrdersService", "Order %s payment declined by donor's bank (card_declined); seats released" % order(R)),
            nest(R, "LOG", "OrdersService", "Order %s expired after 15 min without payment; %d seats released" % (order(R), R.randint(1, 6))),
            nest(R, "LOG", "WaitlistService", "Added %s@%s to waitlist for %s (position %d)" % (lower(R, 6), pick(R, ["mailbox.example", "post.example"]), event(R), R.randint(1, 400))),
            nest(R, "LOG", "RefundsService", "Refund for %s processed (event cancelled by participant), GBP %d.00" % (order(R), R.randint(10, 200)))])

    def n_invalid(R):
        return pick(R, [
            nest(R, "WARN", "ExceptionsHandler", "BadRequestException: quantity must not be greater than 10"),
            nest(R, "WARN", "HttpExceptionFilter", "POST /api/orders 400 Bad Request: [\"email must be an email\"]"),
            nest(R, "WARN", "HttpExceptionFilter", "GET /api/events/%s 404 Not Found" % pick(R, ["wp-login.php", "old-gala-2029", ".env", "summer-picnic-2030"])),
            nest(R, "LOG", "PennantWebhookController", "Event evt_%s already handled (payment_intent.succeeded); replay acknowledged" % alnum(R, 24)),
            nest(R, "WARN", "TicketsController", "Ticket PDF download aborted by client (ECONNRESET) for %s" % ("TKT-" + upper(R, 10)))])

    def n_health(R):
        return pick(R, [
            nest(R, "VERBOSE", "HealthController", "Health check OK {\"database\":{\"status\":\"up\"},\"redis\":{\"status\":\"up\"}}"),
            nest(R, "DEBUG", "QrSigner", "Signed QR payload for %s with key alias alias/ticket-qr (%d ms)" % ("TKT-" + upper(R, 10), R.randint(8, 80))),
            nest(R, "LOG", "TypeOrmModule", "Database connection pool: total=%d idle=%d waiting=0" % (R.randint(5, 12), R.randint(0, 5)))])

    return [n_boot, n_order, n_order, n_order, n_business, n_business, n_invalid, n_health]


def eventtickets(R):
    return build(R, F1, [("chromium-dropped-from-slim-image", et_chromium), ("typeorm-pools-exceed-rds-max-connections", et_pg),
                         ("task-role-kms-sign-old-key-only", et_kms), ("ses-template-v3-missing-in-prod", et_template),
                         ("virtual-event-seatmap-unhandled-rejection", et_crash)], et_negs())


# ---------------------------------------------------------------- giftaid-receipts-py312-weasyprint-awsbatch
F2 = "giftaid-receipts-py312-weasyprint-awsbatch"


def py(R, lvl, name, msg, tb=None):
    line = "%s %s [%s] %s" % (comma_ts(R), lvl, name, msg)
    return line if tb is None else line + "\n" + tb


def claim(R):
    return "GA-2031-%05d" % R.randint(1, 99999)


def dnr(R):
    return "D%07d" % R.randint(1, 9999999)


def ga_govtalk(R):
    # the Government Gateway user id used for Charities Online had its password changed by the finance team and
    # the Secrets Manager value was not updated; every claim submission fails authentication
    if R.random() < 0.55:
        return py(R, "ERROR", "giftaid.submit", "Claim %s rejected by HMRC gateway: GovTalk error 1046 (Authentication Failure) - the supplied user credentials failed validation; %d donations (GBP %d.%02d) not claimed" % (
            claim(R), R.randint(200, 9000), R.randint(2000, 90000), R.randint(0, 99)))
    return py(R, "ERROR", "giftaid.run", "Gift Aid run %s finished: claims_submitted=0 claims_failed=%d (1046 Authentication Failure)" % ("GAR-2031-03-%02d" % R.randint(2, 28), R.randint(1, 6)))


def ga_s3kms(R):
    # the receipts bucket switched to a customer managed KMS key whose policy does not list the batch job role; every
    # receipt PDF upload is denied, so donors get no annual tax receipt
    if R.random() < 0.55:
        return py(R, "ERROR", "receipts.store", "Upload of receipt for %s failed" % dnr(R),
                  "Traceback (most recent call last):\n"
                  "  File \"/app/receipts/store.py\", line %d, in put_pdf\n"
                  "    s3.put_object(Bucket=BUCKET, Key=key, Body=pdf, ContentType=\"application/pdf\")\n"
                  "  File \"/usr/local/lib/python3.12/site-packages/botocore/client.py\", line %d, in _make_api_call\n"
                  "    raise error_class(parsed_response, operation_name)\n"
                  "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::%s:assumed-role/giftaid-batch-job/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s because no resource-based policy allows the kms:GenerateDataKey action" % (
                      R.randint(30, 60), R.randint(1000, 1030), ACCT, hexs(R, 32), REGION, ACCT, uuid(R)))
    return py(R, "ERROR", "receipts.run", "Receipt batch %d/%d: rendered=%d stored=0 failed=%d (AccessDenied kms:GenerateDataKey)" % (R.randint(1, 40), 40, R.randint(200, 500), R.randint(200, 500)))


def ga_oom(R):
    # the annual-receipts job loads every gift of a donor into memory to build the statement; the major-donor and
    # corporate payroll-giving accounts (100k+ gifts) exceed the job definition's 2 GiB, the container is killed
    r = R.random()
    if r < 0.4:
        return "/app/run.sh: line %d: %d Killed                  python -m receipts.annual --tax-year 2030-31 --shard %d" % (pick(R, [14, 14, 17]), R.randint(7, 90), R.randint(0, 15))
    if r < 0.7:
        return py(R, "ERROR", "receipts.annual", "Statement for %s aborted" % dnr(R),
                  "Traceback (most recent call last):\n"
                  "  File \"/app/receipts/annual.py\", line %d, in build_statement\n"
                  "    gifts = list(repo.all_gifts(donor_id, tax_year))\n"
                  "  File \"/usr/local/lib/python3.12/site-packages/psycopg/cursor.py\", line %d, in fetchall\n"
                  "    records = self._tx.load_rows(self._pos, self.pgresult.ntuples, self._make_row)\n"
                  "MemoryError" % (R.randint(60, 90), R.randint(840, 870)))
    return py(R, "CRITICAL", "receipts.annual", "Shard %d stopped at donor %s: memory limit (2048 MiB) reached; %d statements not produced" % (R.randint(0, 15), dnr(R), R.randint(300, 9000)))


def ga_postcode(R):
    # the claim builder writes postcodes without normalising the space (e.g. "BS16QR"); HMRC's schema rejects the
    # claim body, so the whole claim is bounced
    if R.random() < 0.6:
        return py(R, "ERROR", "giftaid.submit", "Claim %s rejected by HMRC: error 3001 - Invalid content found at element 'Postcode' (value '%s%d%d%s'), line %d" % (
            claim(R), pick(R, ["BS", "LS", "CF", "EH", "M", "SW"]), R.randint(1, 9), R.randint(0, 9), letters(R, 2), R.randint(200, 90000)))
    return py(R, "WARNING", "giftaid.poll", "Claim %s ended in state ERROR after polling (3001 business rule failure at Body/IRenvelope/R68/Claim/Repayment/GAD/Donor/Postcode)" % claim(R))


def letters(R, n):
    return "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(n))


def ga_manifest(R):
    # the donations warehouse export moved to s3://larchwyn-dw-exports/donations/v2/ ; the job still reads the v1
    # prefix, finds no March export and exits, so no claim is built for the month
    if R.random() < 0.55:
        return py(R, "ERROR", "giftaid.extract", "Cannot read donations export",
                  "Traceback (most recent call last):\n"
                  "  File \"/app/giftaid/extract.py\", line %d, in load_month\n"
                  "    obj = s3.get_object(Bucket=\"larchwyn-dw-exports\", Key=f\"donations/v1/{month}/manifest.json\")\n"
                  "botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist." % R.randint(20, 50))
    return py(R, "ERROR", "giftaid.run", "No donations export for 2031-%02d under s3://larchwyn-dw-exports/donations/v1/; exiting with status 2" % R.randint(2, 3))


def ga_negs():
    def n_start(R):
        return pick(R, [
            py(R, "INFO", "giftaid.run", "Gift Aid run %s starting (job %s, attempt 1, image giftaid:2031.03.%d)" % ("GAR-2031-03-%02d" % R.randint(2, 28), uuid(R), R.randint(1, 4))),
            py(R, "INFO", "receipts.annual", "Shard %d/16 starting: %d donors, tax year 2030-31" % (R.randint(0, 15), R.randint(2000, 9000))),
            py(R, "INFO", "botocore.credentials", "Found credentials from IAM Role: giftaid-batch-job"),
            py(R, "INFO", "giftaid.extract", "Loaded %d donations from s3://larchwyn-dw-exports/donations/v1/2031-%02d/ (%d files)" % (R.randint(10000, 90000), R.randint(1, 2), R.randint(4, 40)))])

    def n_progress(R):
        return pick(R, [
            py(R, "INFO", "receipts.run", "Receipt batch %d/40: rendered=%d stored=%d failed=0" % (R.randint(1, 40), R.randint(200, 500), R.randint(200, 500))),
            py(R, "INFO", "receipts.annual", "Shard %d finished: statements=%d skipped=%d errors=0 in %ds" % (R.randint(0, 15), R.randint(2000, 9000), R.randint(0, 300), R.randint(120, 3000))),
            py(R, "INFO", "giftaid.run", "Gift Aid run %s finished: claims_submitted=%d claims_failed=0" % ("GAR-2031-02-%02d" % R.randint(2, 28), R.randint(1, 6)))])

    def n_skip(R):
        return py(R, "INFO", pick(R, ["giftaid.build", "receipts.annual"]), "Donor %s skipped: %s" % (dnr(R), pick(R, [
            "no valid Gift Aid declaration", "declaration cancelled by donor on 2031-02-%02d" % R.randint(1, 28), "donor not a UK taxpayer", "opted out of paper and email receipts", "gifts total below GBP 1.00", "corporate donor (not eligible)"])))

    def n_hmrc(R):
        return pick(R, [
            py(R, "INFO", "giftaid.submit", "Claim %s submitted: %d donations, GBP %d.%02d, correlation id %s" % (claim(R), R.randint(200, 9000), R.randint(2000, 90000), R.randint(0, 99), hexs(R, 32).upper())),
            py(R, "INFO", "giftaid.poll", "Claim %s still being processed by HMRC; next poll in %d s" % (claim(R), pick(R, [10, 20, 30]))),
            py(R, "INFO", "giftaid.poll", "Claim %s acknowledged by HMRC (IRmark %s)" % (claim(R), alnum(R, 27) + "=")),
            py(R, "WARNING", "giftaid.submit", "Gateway busy (HTTP 503) for claim %s; retry 1 of 3 in 30 s" % claim(R)),
            py(R, "INFO", "giftaid.submit", "Claim %s accepted on retry 2 after gateway 503" % claim(R))])

    def n_weasy(R):
        return pick(R, [
            py(R, "WARNING", "weasyprint", "Ignored `%s` at %d:%d, unknown property." % (pick(R, ["-webkit-print-color-adjust: exact", "text-rendering: optimizeLegibility", "user-select: none"]), R.randint(1, 200), R.randint(1, 40))),
            py(R, "WARNING", "weasyprint", "Ignored `%s` at %d:%d, invalid value." % (pick(R, ["gap: 0.5rem 1rem", "width: fit-content"]), R.randint(1, 200), R.randint(1, 40))),
            py(R, "INFO", "fontTools.subset", "%s subset: glyphs %d -> %d" % (pick(R, ["SourceSans3-Regular", "SourceSans3-Bold", "Lora-Italic"]), R.randint(800, 1500), R.randint(60, 200))),
            py(R, "DEBUG", "receipts.render", "Rendered receipt for %s (%d pages, %d bytes, sha256 %s)" % (dnr(R), R.randint(1, 3), R.randint(30000, 200000), hexs(R, 64)))])

    return [n_start, n_progress, n_progress, n_skip, n_skip, n_hmrc, n_hmrc, n_weasy, n_weasy]


def giftaid(R):
    return build(R, F2, [("govtalk-password-changed-not-in-secret", ga_govtalk), ("receipts-bucket-cmk-policy-omits-job-role", ga_s3kms),
                         ("annual-statement-loads-all-gifts-oom", ga_oom), ("claim-postcode-space-not-normalised", ga_postcode),
                         ("donations-export-prefix-moved-v2", ga_manifest)], ga_negs())


FAMILIES = {F1: eventtickets, F2: giftaid}
