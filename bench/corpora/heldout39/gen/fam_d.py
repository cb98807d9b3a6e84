"""Families: openas2-edi-x12-edifact-partner-gateway, py312-lambda-location-eta-text-logs.

tidewharf's EDI gateway runs OpenAS2 (AS2 with retail partners) plus an in-house X12/EDIFACT translator module in one
JVM on ECS Fargate; it logs `yyyy-MM-dd HH:mm:ss.SSS LEVEL Class - msg [message-id]`, stack traces kept by the awslogs
multiline pattern. Inbound documents are handed to the WMS through an SQS FIFO queue; EDIFACT partners are polled over
SFTP from a VAN. The ETA service is a Python 3.12 Lambda (plain-text default log format: `[LEVEL]\\t<time>\\t<request
id>\\t<msg>`, START/END/REPORT platform lines, `INIT_REPORT` on failed inits) calling Amazon Location Service
(CalculateRoute, SearchPlaceIndexForText, BatchUpdateDevicePosition)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION,
                    log4j_ts, lam_ts, reqid, lambda_report, consignment, sscc, epoch_ms)

# ---------------------------------------------------------------- openas2-edi-x12-edifact-partner-gateway
F1 = "openas2-edi-x12-edifact-partner-gateway"
PARTNERS = ["HARBOURLINE", "KESTREL", "BLUEGUM", "SOUTHCOAST"]


def sp3(R):
    return log4j_ts(R).replace(",", ".")


def msgid(R, p=None):
    return "<OPENAS2-%s-%s@TIDEWHARF_%s>" % (digits(R, 14), lower(R, 6), p or pick(R, PARTNERS))


def ag(R, level, cls, msg, mid=None):
    return "%s %-5s %s - %s%s" % (sp3(R), level, cls, msg, (" [%s]" % mid) if mid else "")


def icn(R):
    return "%09d" % R.randint(1, 999999999)


def e_cert(R):
    # Harbourline rolled its AS2 signing certificate on 2030-02-10; the partnership still trusts the old alias, so every
    # inbound 850 purchase order is refused with an authentication-failed MDN
    mid = msgid(R, "HARBOURLINE")
    if R.random() < 0.6:
        return ag(R, "ERROR", "org.openas2.processor.receiver.AS2ReceiverHandler", "Error verifying signature of message from HARBOURLINE: signer certificate CN=as2.harbourline.example, serial=%s does not match partnership alias harbourline-2029" % hexs(R, 16), mid) + \
            "\norg.openas2.OpenAS2Exception: Signature verification failed\n\tat org.openas2.lib.helper.BCCryptoHelper.verifySignature(BCCryptoHelper.java:%d)\n\tat org.openas2.processor.receiver.AS2ReceiverHandler.verifyAndDecrypt(AS2ReceiverHandler.java:%d)" % (R.randint(380, 420), R.randint(300, 340))
    return ag(R, "WARN", "org.openas2.processor.receiver.AS2ReceiverHandler", "MDN sent to HARBOURLINE with disposition automatic-action/MDN-sent-automatically; processed/error: authentication-failed (850 purchase order not accepted)", mid)


def e_hostkey(R):
    # the VAN re-keyed its SFTP server; the poller's known_hosts still pins the old key and no EDIFACT ORDERS/DESADV is
    # collected or delivered
    if R.random() < 0.7:
        return ag(R, "ERROR", "com.tidewharf.edi.sftp.VanSftpPoller", "poll sftp://tidewharf@sftp.tradevan.example:22/%s failed: com.jcraft.jsch.JSchException: HostKey has been changed: [sftp.tradevan.example]:22 (ssh-ed25519 SHA256:%s)" % (pick(R, ["outbox", "inbox"]), alnum(R, 43)))
    return ag(R, "WARN", "com.tidewharf.edi.sftp.VanSftpPoller", "no successful VAN poll for %d min; %d outbound EDIFACT interchanges waiting in /data/van/outbound" % (R.randint(30, 600), R.randint(3, 400)))


def e_url(R):
    # Kestrel moved its AS2 endpoint; the partnership still posts to as2-old.kestrel.example, every 856 ASN times out and
    # is abandoned after the resend limit
    mid = msgid(R, "KESTREL")
    if R.random() < 0.55:
        return ag(R, "ERROR", "org.openas2.processor.sender.AS2SenderModule", "Error sending message to https://as2-old.kestrel.example:4443/as2: java.net.SocketTimeoutException: Connect timed out", mid)
    return ag(R, "ERROR", "org.openas2.processor.resender.DirectoryResenderModule", "Message abandoned after 5 resend attempts to KESTREL; file moved to /data/as2/outbox/KESTREL/error/%s.edi" % icn(R), mid)


def e_map(R):
    # image 2.8 dropped the maps/ directory for 856 v004010; the translator cannot build ASNs for X12 partners
    p = pick(R, ["HARBOURLINE", "KESTREL", "BLUEGUM"])
    if R.random() < 0.6:
        return ag(R, "ERROR", "com.tidewharf.edi.x12.X12Translator", "cannot build 856 for shipment %s to %s: map /opt/edi/maps/856_004010_%s.json not found (java.nio.file.NoSuchFileException)" % (consignment(R), p, p.lower()))
    return ag(R, "WARN", "com.tidewharf.edi.x12.OutboundQueue", "%d ASN requests for %s left in state NEW (translator failed); retailer ship notices not sent" % (R.randint(5, 900), p))


def e_sqs(R):
    # the task role's policy names the old queue tw-edi-inbound; documents cannot be handed to the WMS queue
    # tw-edi-inbound-v2.fifo, so purchase orders are received and acknowledged but never reach Odoo
    return ag(R, "ERROR", "com.tidewharf.edi.handoff.SqsHandoff", "hand-off of %s interchange %s from %s failed: software.amazon.awssdk.services.sqs.model.SqsException: User: arn:aws:sts::%s:assumed-role/tw-edi-gateway-task/%s is not authorized to perform: sqs:sendmessage on resource: arn:aws:sqs:%s:%s:tw-edi-inbound-v2.fifo because no identity-based policy allows the sqs:sendmessage action (Service: Sqs, Status Code: 403, Request ID: %s)" % (
        pick(R, ["850", "860", "ORDERS", "ORDCHG"]), icn(R), pick(R, PARTNERS), ACCT, hexs(R, 32), REGION, ACCT, uuid(R)))


def edi_negs():
    def n_recv(R):
        p = pick(R, PARTNERS)
        return ag(R, "INFO", "org.openas2.processor.receiver.AS2ReceiverHandler", "received %d bytes from %s (%s), signature verified, decrypted" % (R.randint(900, 400000), p, pubip(R)), msgid(R, p))

    def n_mdn(R):
        return ag(R, "INFO", "org.openas2.processor.receiver.AS2ReceiverHandler", "sent MDN [automatic-action/MDN-sent-automatically; processed]", msgid(R))

    def n_sent(R):
        p = pick(R, ["HARBOURLINE", "BLUEGUM", "SOUTHCOAST"])
        return ag(R, "INFO", "org.openas2.processor.sender.AS2SenderModule", "message sent to %s and MDN received: processed (MIC verified)" % p, msgid(R, p))

    def n_997(R):
        return ag(R, "INFO", "com.tidewharf.edi.x12.AckGenerator", "997 %s for ISA13 %s from %s: AK9*A*%d*%d*%d" % (icn(R), icn(R), pick(R, PARTNERS), *(lambda n: (n, n, n))(R.randint(1, 40))))

    def n_997r(R):
        n = R.randint(2, 40)
        return ag(R, "WARN", "com.tidewharf.edi.x12.AckGenerator", "997 %s for ISA13 %s from %s: AK5*R*5 (segment PO1 element 04 invalid unit price) AK9*P*%d*%d*%d; partner notified" % (icn(R), icn(R), pick(R, PARTNERS), n, n, n - 1))

    def n_contrl(R):
        return ag(R, "WARN", "com.tidewharf.edi.edifact.ContrlGenerator", "CONTRL sent for UNB %s from %s: interchange rejected (UCI+%s+%s+TIDEWHARF:ZZ+4', syntax error 12 in UNH)" % (icn(R), pick(R, ["SOUTHCOAST", "KIWIFRESH"]), icn(R), pick(R, ["SOUTHCOAST:ZZ", "KIWIFRESH:ZZ"])))

    def n_dup(R):
        return ag(R, "INFO", "com.tidewharf.edi.x12.Deduplicator", "duplicate interchange ISA13 %s from %s ignored (already processed at %s)" % (icn(R), pick(R, PARTNERS), sp3(R)))

    def n_poll(R):
        return ag(R, "INFO", "com.tidewharf.edi.sftp.VanSftpPoller", "poll sftp://tidewharf@sftp.tradevan.example:22/inbox: %d file(s), 0 errors" % R.randint(0, 12))

    def n_resend_ok(R):
        p = pick(R, ["BLUEGUM", "SOUTHCOAST"])
        return ag(R, "INFO", "org.openas2.processor.resender.DirectoryResenderModule", "resend %d/5 to %s succeeded, MDN processed" % (R.randint(1, 2), p), msgid(R, p))

    def n_reset(R):
        return ag(R, "WARN", "org.openas2.processor.receiver.AS2ReceiverHandler", "connection from %s closed by client before request body complete (Connection reset); no MDN sent" % pubip(R))

    def n_start(R):
        return ag(R, "INFO", pick(R, ["org.openas2.app.OpenAS2Server", "org.openas2.partner.XMLPartnershipFactory", "org.openas2.cert.PKCS12CertificateFactory"]), pick(R, ["OpenAS2 V3.%d.0 Started" % R.randint(10, 12), "loaded %d partnerships" % R.randint(8, 14), "certificate alias tidewharf-2030 expires in %d days" % R.randint(200, 330), "AS2ReceiverModule listening on port 4080"]))

    def n_handoff(R):
        return ag(R, "INFO", "com.tidewharf.edi.handoff.SqsHandoff", "interchange %s (%s, %d transactions) handed to tw-edi-inbound-v2.fifo, MessageId %s" % (icn(R), pick(R, ["850", "860", "ORDERS"]), R.randint(1, 40), uuid(R)))

    def n_asn(R):
        return ag(R, "INFO", "com.tidewharf.edi.x12.X12Translator", "856 built for shipment %s to %s: %d cartons (SSCC %s…), ISA13 %s" % (consignment(R), pick(R, ["HARBOURLINE", "BLUEGUM"]), R.randint(1, 60), sscc(R)[:12], icn(R)))

    def n_debug(R):
        return ag(R, "DEBUG", "org.openas2.processor.msgtracking.DbTrackingModule", "tracking record written: state=%s partner=%s" % (pick(R, ["msg_sent", "msg_received", "mdn_received"]), pick(R, PARTNERS)), msgid(R))

    def n_unknown(R):
        return ag(R, "WARN", "org.openas2.processor.receiver.AS2ReceiverHandler", "partnership not found for AS2-From %s AS2-To TIDEWHARF (%s); request refused with HTTP 403" % (pick(R, ["TESTPARTNER", "ACME-EDI", "as2probe"]), pubip(R)))

    return [n_recv, n_mdn, n_sent, n_997, n_997r, n_contrl, n_dup, n_poll, n_resend_ok, n_reset, n_start, n_handoff, n_asn, n_debug, n_unknown]


def fam_edi(R):
    return build(R, F1, [("harbourline-signing-cert-rollover", e_cert), ("van-sftp-host-key-changed", e_hostkey),
                         ("kestrel-as2-url-stale", e_url), ("x12-856-map-missing-from-image", e_map),
                         ("sqs-handoff-queue-v2-not-allowed", e_sqs)], edi_negs())


# ---------------------------------------------------------------- py312-lambda-location-eta-text-logs
F2 = "py312-lambda-location-eta-text-logs"


def lt(R, level, msg, rid=None):
    return "[%s]\t%s\t%s\t%s" % (level, lam_ts(R), rid or reqid(R), msg)


def tb(R, exc, op, msg, frames):
    s = "Traceback (most recent call last):"
    for f, ln, fn, code in frames:
        s += "\n  File \"%s\", line %d, in %s\n    %s" % (f, ln, fn, code)
    return s + "\n%s: An error occurred (%s) when calling the %s operation: %s" % ("botocore.errorfactory." + exc if exc != "ClientError" else "botocore.exceptions.ClientError", exc, op, msg)


def l_calc(R):
    # the stack renamed the route calculator to tw-truck-calc-v2 and deleted the old one; ROUTE_CALCULATOR still names
    # tw-truck-calc, so every ETA request fails
    rid = reqid(R)
    m = "Route calculator tw-truck-calc not found"
    if R.random() < 0.6:
        return "[ERROR] ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the CalculateRoute operation: %s\n" % m + \
            tb(R, "ResourceNotFoundException", "CalculateRoute", m, [("/var/task/app.py", R.randint(60, 70), "lambda_handler", "eta = compute_eta(stop)"), ("/var/task/eta.py", R.randint(30, 50), "compute_eta", "resp = geo.calculate_route(CalculatorName=CALC, **req)")])
    return lt(R, "ERROR", "ETA for consignment %s not computed: CalculateRoute(tw-truck-calc) ResourceNotFoundException" % consignment(R), rid)


def l_place(R):
    # the new place index tw-places-here is not in the function role's geo:SearchPlaceIndexForText resource list;
    # every address geocode is denied
    m = "User: arn:aws:sts::%s:assumed-role/tw-eta-calc-role/tw-eta-calc is not authorized to perform: geo:SearchPlaceIndexForText on resource: arn:aws:geo:%s:%s:place-index/tw-places-here" % (ACCT, REGION, ACCT)
    if R.random() < 0.55:
        return lt(R, "ERROR", "geocode failed for consignment %s: An error occurred (AccessDeniedException) when calling the SearchPlaceIndexForText operation: %s" % (consignment(R), m))
    return "[ERROR] AccessDeniedException: An error occurred (AccessDeniedException) when calling the SearchPlaceIndexForText operation: %s\n" % m + \
        tb(R, "AccessDeniedException", "SearchPlaceIndexForText", m, [("/var/task/app.py", R.randint(60, 70), "lambda_handler", "pos = geocode(stop[\"address\"])"), ("/var/task/geocode.py", R.randint(20, 40), "geocode", "resp = geo.search_place_index_for_text(IndexName=INDEX, Text=text, MaxResults=1)")])


def l_timeout(R):
    # the nightly re-plan invokes the function with whole waves (up to 2 400 stops) and it calls CalculateRoute per stop
    # serially; the 30 s timeout is hit every night
    rid = reqid(R)
    if R.random() < 0.5:
        return "%s %s Task timed out after 30.0%d seconds" % (lam_ts(R), rid, R.randint(0, 9))
    return lambda_report(R, rid, 30000 + R.uniform(0, 90), 512, R.randint(140, 260), status="timeout")


def l_import(R):
    # layer version 14 dropped the h3 wheel; every cold start fails to import the handler module
    if R.random() < 0.6:
        return "[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'h3'\nTraceback (most recent call last):"
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ImportModuleError" % (R.uniform(300, 900), pick(R, ["init", "invoke"]))


def l_tracker(R):
    # the position ingest now sends every truck ping through one BatchUpdateDevicePosition call per ping, above the
    # tracker's request quota; positions are dropped after the retries
    if R.random() < 0.6:
        return lt(R, "ERROR", "BatchUpdateDevicePosition(tw-fleet-tracker) failed after 5 attempts: ThrottlingException: Rate exceeded; %d positions dropped" % R.randint(1, 10))
    return lt(R, "WARNING", "position backlog %d pings older than %d s; tracker tw-fleet-tracker not updated for %d devices" % (R.randint(500, 40000), R.randint(300, 3600), R.randint(50, 600)))


def lam_negs():
    def n_start(R):
        return "START RequestId: %s Version: $LATEST" % reqid(R)

    def n_end(R):
        return "END RequestId: %s" % reqid(R)

    def n_report(R):
        return lambda_report(R, reqid(R), R.uniform(40, 9000), 512, R.randint(90, 300), init=R.uniform(300, 900) if R.random() < 0.2 else None)

    def n_eta(R):
        return lt(R, "INFO", "ETA for consignment %s: %d min (%.1f km, %s)" % (consignment(R), R.randint(4, 400), R.uniform(0.5, 300), pick(R, ["Truck", "Car"])))

    def n_nores(R):
        return lt(R, "WARNING", "no geocode result for consignment %s address \"%d %s Rd, %s\"; consignment held for address correction" % (consignment(R), R.randint(1, 400), pick(R, ["Wattle", "Banksia", "Old Coach", "Pacific"]), pick(R, ["Gosford NSW 2250", "Ipswich QLD 4305", "Geelong VIC 3220"])))

    def n_valid(R):
        return lt(R, "WARNING", "rejected request from dispatch app: ValidationException: DeparturePosition longitude %.4f out of range (client sent lat/lon swapped); returned 400" % R.uniform(-34, -33))

    def n_retry(R):
        return lt(R, "INFO", "CalculateRoute throttled, retry %d succeeded after %d ms" % (R.randint(1, 3), R.randint(80, 1200)))

    def n_emf(R):
        return jd({"_aws": {"Timestamp": epoch_ms(R), "CloudWatchMetrics": [{"Namespace": "tidewharf/eta", "Dimensions": [["Function"]], "Metrics": [{"Name": "EtaComputed", "Unit": "Count"}, {"Name": "EtaErrors", "Unit": "Count"}]}]}, "Function": "tw-eta-calc", "EtaComputed": R.randint(1, 400), "EtaErrors": 0})

    def n_initstart(R):
        return "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (R.randint(30, 50), REGION, hexs(R, 64))

    def n_dup(R):
        return lt(R, "INFO", "event %s for consignment %s already processed (idempotency record found); skipped" % (uuid(R), consignment(R)))

    def n_geofence(R):
        return lt(R, "INFO", "geofence %s event for %s at %s: %s" % (pick(R, ["ENTER", "EXIT"]), pick(R, ["TRK-%03d" % R.randint(1, 420), "VAN-%03d" % R.randint(1, 180)]), pick(R, ["SYD-DC2", "BNE-DC1", "MEL-XD3", "customer-%d" % R.randint(100, 9999)]), pick(R, ["arrival notice sent", "departure recorded"])))

    def n_batch(R):
        return lt(R, "INFO", "batch done: %d stops, %d ETAs computed, 0 failed, batchItemFailures=[]" % (R.randint(1, 40), R.randint(1, 40)))

    def n_pos(R):
        return lt(R, "INFO", "BatchUpdateDevicePosition(tw-fleet-tracker): %d updates, Errors=[]" % R.randint(1, 10))

    def n_debug(R):
        return lt(R, "DEBUG", "request %s" % jd({"CalculatorName": "tw-truck-calc-v2", "TravelMode": "Truck", "DeparturePosition": [round(R.uniform(150.6, 151.3), 5), round(R.uniform(-34.2, -33.6), 5)], "DestinationPosition": [round(R.uniform(150.6, 151.3), 5), round(R.uniform(-34.2, -33.6), 5)]}))

    def n_notfound(R):
        return lt(R, "INFO", "consignment %s not found in tracking table (cancelled order); no ETA published" % consignment(R))

    return [n_start, n_end, n_report, n_eta, n_nores, n_valid, n_retry, n_emf, n_initstart, n_dup, n_geofence, n_batch, n_pos, n_debug, n_notfound]


def fam_lam(R):
    return build(R, F2, [("route-calculator-renamed-env-stale", l_calc), ("place-index-here-not-in-role", l_place),
                         ("wave-replan-serial-calls-timeout", l_timeout), ("layer14-h3-module-missing", l_import),
                         ("tracker-batch-update-throttled", l_tracker)], lam_negs())


FAMILIES = {F1: fam_edi, F2: fam_lam}
