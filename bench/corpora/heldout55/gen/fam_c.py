"""Families: pharmacy-oracle19c-plsql-sqlplus-cron-ec2, petowner-app-py312-lambda-text-apigw.

"pharmacy" is the pharmacy and controlled-drug inventory back end: PL/SQL packages in an RDS for Oracle 19c schema
PHARM, driven by a cron host on EC2 that runs shell wrappers around SQL*Plus (controlled-drug register reconciliation,
register import from the PMS, dispense-queue sync, label formatting, wholesaler re-orders over UTL_HTTP). The
CloudWatch agent ships the wrappers' log: their own lines `2031-05-14 02:00:03 [job] LEVEL msg`, the packages'
DBMS_OUTPUT lines `CDR|2031-05-14 02:00:05|INFO|msg`, and SQL*Plus output blocks (`ERROR at line 1:` + ORA- stack,
`PL/SQL procedure successfully completed.`, `Elapsed:`), each block one event (multi_line_start_pattern
`^(\\d{4}-\\d{2}-\\d{2} |[A-Z_]+\\||ERROR|PL/SQL|Elapsed|SP2-|\\d+ rows? )`).

"petowner" is the pet-owner mobile app's REST back end: Python 3.12 Lambda functions behind API Gateway (profile,
pets, photo upload URLs, vaccination push reminders) using DynamoDB, Cognito, S3 and SNS mobile push. The Python
runtime's text format `[LEVEL]\\t2031-05-14T09:12:33.123Z\\t<request id>\\tmsg`, platform START/END/REPORT,
INIT_START/INIT_REPORT, `Task timed out` lines; an unhandled exception with its traceback is one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, DOMAIN,
                    iso_z, plain_ts, epoch)

# ---------------------------------------------------------------- pharmacy-oracle19c-plsql-sqlplus-cron-ec2
F1 = "pharmacy-oracle19c-plsql-sqlplus-cron-ec2"
JOBS = ["cd_recon", "cdr_import", "dispense_sync", "label_fmt", "reorder"]
DRUGS = ["HYDROMORPHONE 2MG/ML INJ", "BUTORPHANOL 10MG/ML INJ", "KETAMINE 100MG/ML INJ", "METHADONE 10MG/ML INJ",
         "GABAPENTIN 100MG CAP", "TRAMADOL 50MG TAB", "PHENOBARBITAL 15MG TAB", "BUPRENORPHINE 0.3MG/ML INJ", "DIAZEPAM 5MG/ML INJ"]
CLIN = ["HARBOURVIEW", "WESTMOUNT", "LAKESHORE", "KANATA", "GATINEAU", "ORLEANS"]


def wr(R, job, lvl, msg):
    return "%s [%s] %s %s" % (plain_ts(R), job, lvl, msg)


def dbo(R, tag, lvl, msg):
    return "%s|%s|%s|%s" % (tag, plain_ts(R), lvl, msg)


def ora(R, codes, pkg_lines, line=1):
    out = ["ERROR at line %d:" % line] + codes
    out += ['ORA-06512: at "PHARM.%s", line %d' % (p, n) for p, n in pkg_lines]
    out += ["ORA-06512: at line %d" % R.randint(1, 3)]
    return "\n".join(out)


def ph_tbs(R):
    # tablespace PHARM_DATA is a fixed-size 32 GB datafile (AUTOEXTEND OFF after the RDS migration); the ledger is
    # full, so reconciliations and dispense records cannot be written and controlled drugs cannot be dispensed
    r = R.random()
    if r < 0.45:
        return ora(R, ["ORA-01653: unable to extend table PHARM.CD_LEDGER by %d in tablespace PHARM_DATA" % pick(R, [128, 1024, 8192])], [("CD_RECON_PKG", R.randint(400, 440)) if R.random() < 0.5 else ("DISPENSE_PKG", R.randint(200, 260))])
    if r < 0.7:
        return ora(R, ["ORA-01654: unable to extend index PHARM.CD_LEDGER_IX%d by %d in tablespace PHARM_DATA" % (R.randint(1, 3), pick(R, [128, 1024]))], [("DISPENSE_PKG", R.randint(200, 260))])
    return wr(R, pick(R, ["cd_recon", "dispense_sync"]), "ERROR", "sqlplus exited 1 (ORA-01653 unable to extend table PHARM.CD_LEDGER in tablespace PHARM_DATA); run %s aborted" % hexs(R, 8))


def ph_acl(R):
    # the network ACL for the wholesaler host was not recreated after the move to RDS (DBMS_NETWORK_ACL_ADMIN grants
    # are not exported); UTL_HTTP is refused, so stock re-orders are never sent and clinics run out of drugs
    if R.random() < 0.5:
        return ora(R, ["ORA-29273: HTTP request failed", "ORA-24247: network access denied by access control list (ACL)"], [("SYS.UTL_HTTP", 380), ("REORDER_PKG", R.randint(90, 130))]).replace('"PHARM.SYS.UTL_HTTP"', '"SYS.UTL_HTTP"')
    return dbo(R, "REORDER", "ERROR", "purchase order PO-%d for %s not sent to orders.maplewholesale.example: ORA-24247 network access denied by access control list (ACL)" % (R.randint(600000, 699999), pick(R, CLIN)))


def ph_wallet(R):
    # the PHARM_SYNC password was rotated in Secrets Manager but the cron host's Oracle wallet was not refreshed;
    # dispense_sync cannot log on, so prescriptions dispensed at the clinics are not recorded against stock
    r = R.random()
    if r < 0.5:
        return "ERROR:\nORA-01017: invalid username/password; logon denied\n\n\nSP2-0751: Unable to connect to Oracle.  Exiting SQL*Plus"
    return wr(R, "dispense_sync", "ERROR", "sqlplus /@PHARMSYNC exited 1: logon denied (ORA-01017); %d dispense records left in queue" % R.randint(20, 900))


def ph_nls(R):
    # the new cron host (AL2023) has no NLS_DATE_FORMAT in the job environment; the PMS export's dates are DD-MON-RR
    # text and TO_DATE without a mask rejects every row, so the controlled-drug register is not updated
    if R.random() < 0.55:
        return ora(R, ["ORA-01843: not a valid month"], [("CDR_IMPORT_PKG", R.randint(150, 190))])
    return dbo(R, "CDR_IMPORT", "ERROR", "file cdr_%s_2031%02d%02d.csv: 0 rows loaded, %d rows rejected (ORA-01843: not a valid month)" % (pick(R, CLIN).lower(), 5, R.randint(2, 28), R.randint(40, 900)))


def ph_label(R):
    # the May formulary load has product names longer than 40 characters; LABEL_PKG.FMT_LINE declares a
    # VARCHAR2(40) buffer, so labels for those products are not produced and the prescription is not dispensed
    d = pick(R, ["AMOXICILLIN/CLAVULANATE 250MG/62.5MG CHEWABLE TAB", "MELOXICAM 1.5MG/ML ORAL SUSPENSION (HONEY FLAVOUR)", "MAROPITANT CITRATE 10MG/ML SOLUTION FOR INJECTION", "ENROFLOXACIN 22.7MG/ML INJECTABLE SOLUTION 100ML"])
    if R.random() < 0.55:
        return ora(R, ["ORA-06502: PL/SQL: numeric or value error: character string buffer too small"], [("LABEL_PKG", R.randint(60, 90)), ("LABEL_PKG", R.randint(140, 170))])
    return dbo(R, "LABEL", "ERROR", "Rx %d: label not produced for '%s': ORA-06502 character string buffer too small" % (R.randint(8000000, 8999999), d))


def ph_negs():
    def n_wrap(R):
        j = pick(R, JOBS)
        return pick(R, [
            wr(R, j, "INFO", "starting run %s (sqlplus -S /@PHARM%s @%s.sql)" % (hexs(R, 8), "SYNC" if j == "dispense_sync" else "BATCH", j)),
            wr(R, j, "INFO", "finished run %s exit=0 in %ds" % (hexs(R, 8), R.randint(1, 900))),
            wr(R, j, "INFO", "lock /var/run/pharm/%s.lock acquired" % j),
            wr(R, j, "WARN", "previous run still holds /var/run/pharm/%s.lock, skipping this schedule" % j)])

    def n_sqlplus(R):
        return pick(R, [
            "PL/SQL procedure successfully completed.",
            "PL/SQL procedure successfully completed.\n\nElapsed: 00:%02d:%02d.%02d" % (R.randint(0, 14), R.randint(0, 59), R.randint(0, 99)),
            "Elapsed: 00:00:%02d.%02d" % (R.randint(0, 59), R.randint(0, 99)),
            "%d rows selected." % R.randint(2, 9000),
            "%d rows updated.\n\nCommit complete." % R.randint(1, 400),
            "no rows selected",
            "\nSession altered.\n"])

    def n_out(R):
        return pick(R, [
            dbo(R, "CDR", "INFO", "reconciled %s: %d products, %d movements, discrepancies=0" % (pick(R, CLIN), R.randint(10, 60), R.randint(20, 900))),
            dbo(R, "CDR", "WARN", "%s %s: count %d.%d ml vs ledger %d.%d ml, within tolerance 0.5 ml (spillage logged)" % (pick(R, CLIN), pick(R, DRUGS), R.randint(10, 50), R.randint(0, 4), R.randint(10, 50), R.randint(0, 4))),
            dbo(R, "CDR_IMPORT", "INFO", "file cdr_%s_2031%02d%02d.csv: %d rows loaded, 0 rows rejected" % (pick(R, CLIN).lower(), 5, R.randint(2, 28), R.randint(20, 900))),
            dbo(R, "DISPENSE", "INFO", "Rx %d dispensed: %s qty %d for patient P%07d" % (R.randint(8000000, 8999999), pick(R, DRUGS), R.randint(1, 60), R.randint(100000, 9999999))),
            dbo(R, "DISPENSE", "INFO", "Rx %d already recorded (ORA-00001 on DISPENSE_UK ignored), duplicate from PMS resend" % R.randint(8000000, 8999999)),
            dbo(R, "DISPENSE", "WARN", "Rx %d refused: prescription expired on 2031-04-%02d, clinic notified" % (R.randint(8000000, 8999999), R.randint(1, 30))),
            dbo(R, "REORDER", "INFO", "%s: %d products above par level, nothing to order" % (pick(R, CLIN), R.randint(10, 80))),
            dbo(R, "REORDER", "INFO", "purchase order PO-%d for %s sent: %d lines, HTTP 201" % (R.randint(600000, 699999), pick(R, CLIN), R.randint(1, 40))),
            dbo(R, "REORDER", "WARN", "wholesaler returned 503 for PO-%d, retry 1 of 3 succeeded" % R.randint(600000, 699999)),
            dbo(R, "LABEL", "INFO", "Rx %d: label printed on %s-LBL%d" % (R.randint(8000000, 8999999), pick(R, CLIN), R.randint(1, 3))),
            dbo(R, "CDR", "INFO", "run summary: clinics=%d errors=0 warnings=%d" % (R.randint(1, 8), R.randint(0, 4)))])
    return [n_wrap, n_sqlplus, n_out, n_out, n_out]


# ---------------------------------------------------------------- petowner-app-py312-lambda-text-apigw
F2 = "petowner-app-py312-lambda-text-apigw"
FNS = ["petowner-profile", "petowner-pets", "petowner-photo-upload", "petowner-vax-push", "petowner-appointments"]


def py(R, lvl, msg, rid=None):
    return "[%s]\t%s\t%s\t%s" % (lvl, iso_z(R), rid or uuid(R), msg)


def tb(frames, last):
    out = ["Traceback (most recent call last):"]
    for f, n, fn, code in frames:
        out += ['  File "%s", line %d, in %s' % (f, n, fn), "    " + code]
    return "\n".join(out + [last])


def report(R, rid, dur, mem, extra=""):
    return "REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t%s" % (rid, dur, int(dur) + 1, mem, R.randint(60, mem - 10), extra)


def po_timeout(R):
    # the photo-upload function was moved into the VPC (for the Aurora lookup) without an S3 gateway endpoint or NAT;
    # every S3 call hangs until the 10 s timeout, so owners cannot upload pet photos or documents
    rid = uuid(R)
    if R.random() < 0.5:
        return "%s %s Task timed out after 10.0%d seconds" % (iso_z(R), rid, R.randint(0, 9))
    return report(R, rid, 10000 + R.uniform(0, 9), 512, "Status: timeout")


def po_pool(R):
    # the profile function's USER_POOL_ID environment variable points at the staging pool id (copied from the
    # staging SAM config); every profile read and update fails with ResourceNotFoundException
    rid = uuid(R)
    if R.random() < 0.6:
        return py(R, "ERROR", "ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the AdminGetUser operation: User pool %s_st4gQb91x does not exist.\n" % REGION + tb([
            ("/var/task/profile/app.py", R.randint(40, 70), "handler", "user = cognito.admin_get_user(UserPoolId=USER_POOL_ID, Username=sub)"),
            ("/var/runtime/botocore/client.py", 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
            "botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException) when calling the AdminGetUser operation: User pool %s_st4gQb91x does not exist." % REGION), rid)
    return py(R, "ERROR", "profile %s failed for owner %s: User pool %s_st4gQb91x does not exist, returning 502" % (pick(R, ["read", "update"]), uuid(R), REGION), rid)


def po_gsi(R):
    # the pets table was recreated from the new CloudFormation template, which lost the owner-index GSI; "my pets"
    # and the vaccination list fail for every owner
    rid = uuid(R)
    if R.random() < 0.55:
        return py(R, "ERROR", "Exception on GET /v1/me/pets\n" + tb([
            ("/var/task/pets/app.py", R.randint(30, 60), "list_pets", "resp = table.query(IndexName='owner-index', KeyConditionExpression=Key('owner_id').eq(owner_id))"),
            ("/var/runtime/boto3/resources/factory.py", 581, "do_action", "response = action(self, *args, **kwargs)"),
            ("/var/runtime/botocore/client.py", 1021, "_make_api_call", "raise error_class(parsed_response, operation_name)")],
            "botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the Query operation: The table does not have the specified index: owner-index"), rid)
    return py(R, "ERROR", "vaccination list for owner %s failed: ValidationException: The table does not have the specified index: owner-index" % uuid(R), rid)


def po_import(R):
    # the shared dependencies layer was built on an x86_64 CI runner while the functions run on arm64; pydantic_core's
    # native module cannot be imported and the appointments function fails at init for every request
    if R.random() < 0.6:
        return "[ERROR] Runtime.ImportModuleError: Unable to import module 'appointments.app': No module named 'pydantic_core._pydantic_core'\nTraceback (most recent call last):"
    return "INIT_REPORT Init Duration: %.2f ms\tPhase: %s\tStatus: error\tError Type: Runtime.ImportModuleError" % (R.uniform(300, 1900), pick(R, ["init", "invoke"]))


def po_sns(R):
    # the vaccination push function's new role (vax-push-role-v2) has no sns:Publish on the platform endpoints;
    # vaccination reminders are not pushed to owners' phones
    rid = uuid(R)
    if R.random() < 0.6:
        return py(R, "ERROR", "push to endpoint failed: An error occurred (AuthorizationError) when calling the Publish operation: User: arn:aws:sts::%s:assumed-role/vax-push-role-v2/petowner-vax-push is not authorized to perform: SNS:Publish on resource: arn:aws:sns:%s:%s:endpoint/%s/petowner-%s/%s because no identity-based policy allows the SNS:Publish action" % (
            ACCT, REGION, ACCT, pick(R, ["GCM", "APNS"]), pick(R, ["android", "ios"]), uuid(R)), rid)
    return py(R, "ERROR", "vaccination reminder run: 0 pushed, %d failed (AuthorizationError), %d skipped (no device)" % (R.randint(20, 900), R.randint(0, 60)), rid)


def po_negs():
    def n_plat(R):
        rid = uuid(R)
        v = R.randint(1, 40)
        return pick(R, [
            "START RequestId: %s Version: $LATEST" % rid,
            "END RequestId: %s" % rid,
            report(R, rid, R.uniform(3, 900), pick(R, [256, 512, 1024])).rstrip("\t"),
            report(R, rid, R.uniform(3, 900), 512, "Init Duration: %.2f ms" % R.uniform(300, 1500)).rstrip("\t"),
            "INIT_START Runtime Version: python:3.12.v%d\tRuntime Version ARN: arn:aws:lambda:%s::runtime:%s" % (v, REGION, hexs(R, 64))])

    def n_app(R):
        rid = uuid(R)
        return pick(R, [
            py(R, "INFO", "GET /v1/me/pets owner=%s pets=%d" % (uuid(R), R.randint(1, 6)), rid),
            py(R, "INFO", "presigned upload url issued for pet %s (photo, expires 300s)" % uuid(R), rid),
            py(R, "INFO", "profile updated for owner %s fields=%s" % (uuid(R), pick(R, ["phone", "address", "notification_prefs", "phone,address"])), rid),
            py(R, "INFO", "vaccination reminder run: %d pushed, 0 failed, %d skipped (no device)" % (R.randint(10, 900), R.randint(0, 60)), rid),
            py(R, "INFO", "appointment list for owner %s: %d upcoming" % (uuid(R), R.randint(0, 5)), rid),
            jd({"_aws": {"Timestamp": epoch(R) * 1000, "CloudWatchMetrics": [{"Namespace": "Quillbrook/PetOwnerApp", "Dimensions": [["function"]], "Metrics": [{"Name": "PushSent", "Unit": "Count"}]}]}, "function": "petowner-vax-push", "PushSent": R.randint(0, 900)}),
            py(R, "DEBUG", "response status=200 body={\"ok\": true, \"error\": null}", rid)])

    def n_near(R):
        rid = uuid(R)
        return pick(R, [
            py(R, "WARNING", "access token expired for client %s (NotAuthorizedException: Access Token has expired), returning 401" % lower(R, 26), rid),
            py(R, "WARNING", "validation failed for POST /v1/me/pets: weight_kg must be > 0, returning 400", rid),
            py(R, "INFO", "endpoint arn:aws:sns:%s:%s:endpoint/GCM/petowner-android/%s disabled by platform (EndpointDisabled), device token removed" % (REGION, ACCT, uuid(R)), rid),
            py(R, "WARNING", "pet %s not found for owner %s, returning 404" % (uuid(R), uuid(R)), rid),
            py(R, "INFO", "botocore retry: ProvisionedThroughputExceededException on Query, attempt 2 succeeded", rid),
            py(R, "INFO", "duplicate upload confirmation for object pets/%s/%s.jpg ignored (already processed)" % (uuid(R), hexs(R, 12)), rid),
            py(R, "WARNING", "owner %s has opted out of push notifications, reminder skipped" % uuid(R), rid),
            py(R, "INFO", "appointment request for slot already taken, returning 409 to app", rid)])
    return [n_plat, n_plat, n_plat, n_app, n_app, n_near]


FAMILIES = {
    F1: lambda R: build(R, F1, [("pharm-data-tablespace-autoextend-off", ph_tbs), ("utl-http-acl-not-recreated", ph_acl),
                                ("pharm-sync-wallet-password-stale", ph_wallet), ("nls-date-format-unset-on-new-host", ph_nls),
                                ("label-fmt-buffer-40-long-drug-names", ph_label)], ph_negs()),
    F2: lambda R: build(R, F2, [("photo-upload-vpc-no-s3-endpoint-timeout", po_timeout), ("profile-fn-staging-user-pool-id", po_pool),
                                ("pets-owner-index-gsi-lost", po_gsi), ("pydantic-core-layer-built-for-x86", po_import),
                                ("vax-push-role-lacks-sns-publish", po_sns)], po_negs()),
}
