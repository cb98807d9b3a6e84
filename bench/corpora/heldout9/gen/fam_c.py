"""Families: storage-transfer, amplify-apprunner."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- storage-transfer
F1 = "storage-transfer"

SRV = "arn:aws:transfer:us-east-1:111122223333:server/s-4f3e2d1c0b9a8f7e6"
PARTNERS = ["acme-logistics", "globex-edi", "initech-payroll", "umbrella-claims", "hooli-feeds"]
CLIENTS = ["SSH-2.0-OpenSSH_8.9p1", "SSH-2.0-WinSCP_6.3.5", "SSH-2.0-paramiko_3.4.0", "SSH-2.0-JSCH-0.1.54"]


def tfj(R, user, act, **kw):
    d = {"role": "arn:aws:iam::111122223333:role/transfer-%s-s3" % user, "activity-type": act, "client": pick(R, CLIENTS),
         "source-ip": ipdoc(R), "resource-arn": SRV, "session-id": hexs(R, 16), "user": user}
    d.update(kw)
    return jd(d)


def g_tf_s3_denied(R):
    return tfj(R, "initech-payroll", "ERROR", operation="OPEN", mode="CREATE|TRUNCATE|WRITE",
               path="/example-sftp-inbound/initech-payroll/in/PAYROLL_%s.csv" % ("2027020%d_%04d" % (day(R), R.randint(0, 2359))),
               message="Access denied: s3:PutObject on arn:aws:s3:::example-sftp-inbound/initech-payroll/in with key arn:aws:kms:us-east-1:111122223333:key/mrk-2b6c1e3f4a5d")


def g_tf_idp(R):
    return tfj(R, pick(R, PARTNERS), "AUTH_FAILURE", method="password",
               message="Identity provider error: Lambda function arn:aws:lambda:us-east-1:111122223333:function:sftp-idp-auth returned an error: Task timed out after %d.%02d seconds" % (3, R.randint(0, 99)))


def g_tf_legacy_errors(R):
    u = "hooli-feeds"
    return "%s.%s ERRORS Message=\"No such file or directory\" Operation=RENAME Path=/example-sftp-inbound/%s/in/feed_%s.xml.part NewPath=/example-sftp-inbound/%s/in/feed_%s.xml" % (
        u, hexs(R, 16), u, lower(R, 8), u, lower(R, 8))


def g_tf_workflow(R):
    return jd({"type": "StepErrored", "details": {"errorType": "BAD_REQUEST", "errorMessage": "Cannot tag Efs file", "stepType": "TAG", "stepName": "tag-received"},
               "workflowId": "w-0a1b2c3d4e5f6a7b8", "executionId": uuid(R),
               "transferDetails": {"serverId": "s-4f3e2d1c0b9a8f7e6", "username": pick(R, PARTNERS), "sessionId": hexs(R, 16)}})


def g_tf_workflow_exec(R):
    return jd({"type": "ExecutionErrored", "details": {"errorType": "ACCESS_DENIED", "errorMessage": "Access denied while invoking custom step Lambda arn:aws:lambda:us-east-1:111122223333:function:scan-inbound-file", "stepType": "CUSTOM", "stepName": "virus-scan"},
               "workflowId": "w-0a1b2c3d4e5f6a7b8", "executionId": uuid(R),
               "transferDetails": {"serverId": "s-4f3e2d1c0b9a8f7e6", "username": pick(R, PARTNERS), "sessionId": hexs(R, 16)}})


def dsx(R, lvl, msg):
    return "[%s] %s" % (lvl, msg)


def g_ds_read_eio(R):
    return dsx(R, "ERROR", "Failed to read source file /exports/engineering/cad/%s/%s.dwg: Input/output error (errno 5), task-%s execution exec-%s" % (
        pick(R, ["bldg-a", "bldg-b", "plant-3"]), lower(R, 10), "0f1e2d3c4b5a69788", hexs(R, 17)))


def g_ds_dest_denied(R):
    return dsx(R, "ERROR", "Unable to create directory /fsx-share/finance/archive/%d/%s on destination: Permission denied (NT_STATUS_ACCESS_DENIED)" % (
        R.randint(2019, 2026), pick(R, ["Q1", "Q2", "Q3", "Q4"]) + "-" + lower(R, 5)))


def mpts(R):
    return "2027-02-%02dT%s.%06dZ" % (day(R), hms(R), R.randint(0, 999999))


def g_mp_write(R):
    return "%s ERROR write{req=%d ino=%d fh=%d offset=%d length=%d name=\"%s.parquet\"}: mountpoint_s3::fuse: write failed: upload error: put request failed: Client error: Forbidden: Access Denied" % (
        mpts(R), R.randint(10, 99999), R.randint(2, 9999), R.randint(1, 99), R.randint(0, 10**9), pick(R, [131072, 262144]), lower(R, 12))


def g_mp_mount(R):
    return "\n".join([
        "Error: Failed to create S3 client",
        "",
        "Caused by:",
        "    0: initial ListObjectsV2 failed for bucket example-ml-datasets in region us-east-1",
        "    1: Client error",
        "    2: No signing credentials available, see CRT debug logs",
        "mount-s3 exited with status %d at %s" % (pick(R, [1, 1, 2]), mpts(R)),
    ])


def efts(R):
    return "2027-02-%02d %s,%s" % (day(R), hms(R), ms(R))


def g_efs_tls(R):
    return "%s - ERROR - Failed to initialize TLS tunnel for fs-0a1b2c3d4e5f60718: stunnel exited with returncode %d, %s" % (
        efts(R), pick(R, [1, 1]), pick(R, ["ssl: certificate verify failed", "ssl: certificate verify failed (retry %d)" % R.randint(1, 4)]))


def g_efs_nfs_timeout(R):
    return "%s - ERROR - Failed to mount fs-0f9e8d7c6b5a4f3e2.efs.us-east-1.amazonaws.com at /mnt/shared: returncode=32, stderr=\"mount.nfs4: Connection timed out\" (mount target %s)" % (
        efts(R), ip10(R))


def g_sgw_health(R):
    return jd({"severity": "ERROR", "source": "share-%s" % "8A1B2C3D", "type": "InaccessibleStorageClass", "operation": "S3Upload",
               "bucket": "example-file-gateway-archive", "prefix": "scans/%d/%02d/" % (R.randint(2024, 2027), R.randint(1, 12)),
               "roleArn": "arn:aws:iam::111122223333:role/StorageGatewayBucketAccess", "gateway": "sgw-12A3456B", "timestamp": str(R.randint(1801000000000, 1801500000000))})


def g_sgw_cache(R):
    return jd({"severity": "ERROR", "source": "sgw-12A3456B", "type": "UploadBufferFull", "operation": "CacheWrite",
               "message": "Upload buffer is 100%% full; writes are being throttled (used %d GiB of %d GiB)" % (R.randint(500, 512), 512), "gateway": "sgw-12A3456B",
               "timestamp": str(R.randint(1801000000000, 1801500000000))})


def n_tf_connected(R):
    u = pick(R, PARTNERS)
    return tfj(R, u, "CONNECTED", method="publickey", **{"home-dir": "/example-sftp-inbound/%s" % u, "ssh-public-key-fingerprint": "SHA256:%s" % alnum(R, 43),
                                                       "ciphers": "aes256-gcm@openssh.com", "kex": "ecdh-sha2-nistp256"})


def n_tf_close(R):
    u = pick(R, PARTNERS)
    return tfj(R, u, "CLOSE", path="/example-sftp-inbound/%s/in/%s_%d.csv" % (u, pick(R, ["orders", "claims", "feed"]), R.randint(1, 9999)), **{"bytes-in": str(R.randint(100, 10**9)), "bytes-out": "0"})


def n_tf_auth_failure(R):
    return tfj(R, pick(R, PARTNERS + ["root", "admin", "test"]), "AUTH_FAILURE", method=pick(R, ["password", "publickey"]), message=pick(R, ["Invalid user name or password", "Unable to authenticate with public key"]))


def n_tf_disconnect(R):
    return tfj(R, pick(R, PARTNERS), pick(R, ["DISCONNECTED", "EXIT_REASON"]), message=pick(R, ["Client disconnected", "Session closed by client, 0 errors", "Idle timeout"]))


def n_tf_legacy(R):
    u = pick(R, PARTNERS)
    return "%s.%s %s" % (u, hexs(R, 16), pick(R, [
        "CONNECTED SourceIP=%s User=%s HomeDir=/example-sftp-inbound/%s Client=%s Role=arn:aws:iam::111122223333:role/transfer-%s-s3" % (ipdoc(R), u, u, pick(R, CLIENTS), u),
        "OPEN Path=/example-sftp-inbound/%s/out/ack_%d.txt Mode=READ" % (u, R.randint(1, 9999)),
        "CLOSE Path=/example-sftp-inbound/%s/in/batch_%d.zip BytesIn=%d" % (u, R.randint(1, 9999), R.randint(100, 10**8)),
    ]))


def n_tf_workflow_ok(R):
    return jd({"type": pick(R, ["ExecutionStarted", "StepStarted", "StepCompleted", "ExecutionCompleted"]), "details": {"stepType": pick(R, ["COPY", "TAG", "CUSTOM", "DELETE"])},
               "workflowId": "w-0a1b2c3d4e5f6a7b8", "executionId": uuid(R), "transferDetails": {"serverId": "s-4f3e2d1c0b9a8f7e6", "username": pick(R, PARTNERS), "sessionId": hexs(R, 16)}})


def n_ds_info(R):
    return dsx(R, "INFO", pick(R, [
        "Request to start task-0f1e2d3c4b5a69788 with overrides {\"VerifyMode\":\"ONLY_FILES_TRANSFERRED\"} (execution exec-%s)" % hexs(R, 17),
        "Execution exec-%s started." % hexs(R, 17),
        "Transferred %d files, %d bytes; skipped %d; errors 0" % (R.randint(0, 90000), R.randint(0, 10**12), R.randint(0, 500)),
        "Execution exec-%s completed with status SUCCESS" % hexs(R, 17),
    ]))


def n_ds_notice(R):
    f = "/exports/engineering/cad/%s/%s.dwg" % (pick(R, ["bldg-a", "bldg-b"]), lower(R, 8))
    return dsx(R, "NOTICE", pick(R, [
        "Verification failed <> %s" % f,
        "%s srcMeta: type=R mode=0644 uid=%d gid=%d size=%d mtime=%d/%d extAttrsHash=0" % (f, R.randint(1000, 2000), R.randint(1000, 2000), R.randint(1, 10**8), R.randint(1700000000, 1800000000), R.randint(0, 999999999)),
        "Transferred file %s, %d bytes" % (f, R.randint(1, 10**8)),
    ]))


def n_mp_info(R):
    return "%s %s" % (mpts(R), pick(R, [
        " INFO mountpoint_s3::cli: mount-s3 1.%d.%d" % (R.randint(10, 16), R.randint(0, 3)),
        " INFO mountpoint_s3::cli: filesystem mounted at /mnt/datasets (pid %d)" % R.randint(100, 60000),
        " WARN lookup{req=%d ino=1 name=\"%s\"}: mountpoint_s3::fuse: lookup failed: inode error: file does not exist" % (R.randint(10, 99999), pick(R, [".git", "__pycache__", "._" + lower(R, 6), "desktop.ini"])),
        " WARN setattr{req=%d ino=%d}: mountpoint_s3::fuse: setattr failed: operation not permitted by Mountpoint" % (R.randint(10, 99999), R.randint(2, 9999)),
    ]))


def n_efs_info(R):
    return "%s - %s - %s" % (efts(R), pick(R, ["INFO", "INFO", "WARNING"]), pick(R, [
        "version=2.%d.%d options={'tls': None, 'iam': None, '_netdev': None}" % (R.randint(0, 3), R.randint(0, 4)),
        "Successfully mounted fs-0f9e8d7c6b5a4f3e2.efs.us-east-1.amazonaws.com at /mnt/shared",
        "Child TLS tunnel process %d has exited, returncode=0, restarting" % R.randint(1000, 60000),
        "No mount found for \"fs-0a1b2c3d4e5f60718.%d\", cleaning up state file" % R.randint(20000, 20100),
    ]))


def n_sgw_info(R):
    return jd({"severity": pick(R, ["INFO", "INFO", "WARNING"]), "source": "sgw-12A3456B", "type": pick(R, ["HealthCheck", "SoftwareUpdateAvailable", "CacheReportCompleted"]),
               "message": pick(R, ["Gateway is healthy", "Cache report completed with 0 errors", "Upload buffer usage at %d%%" % R.randint(5, 70)]), "gateway": "sgw-12A3456B",
               "timestamp": str(R.randint(1801000000000, 1801500000000))})


def storage_transfer(R):
    groups = [
        ("transfer-payroll-put-kms-denied", g_tf_s3_denied),
        ("transfer-idp-lambda-timeout", g_tf_idp),
        ("transfer-hooli-rename-enoent", g_tf_legacy_errors),
        ("transfer-workflow-tag-efs", g_tf_workflow),
        ("transfer-workflow-virus-scan-denied", g_tf_workflow_exec),
        ("datasync-cad-source-eio", g_ds_read_eio),
        ("datasync-fsx-mkdir-denied", g_ds_dest_denied),
        ("mountpoint-write-forbidden", g_mp_write),
        ("mountpoint-no-credentials", g_mp_mount, 6),
        ("efs-tls-tunnel-cert-verify", g_efs_tls, 8),
        ("efs-shared-mount-timeout", g_efs_nfs_timeout),
        ("sgw-archive-inaccessible-storage-class", g_sgw_health),
        ("sgw-upload-buffer-full", g_sgw_cache),
    ]
    negs = [n_tf_connected, n_tf_close, n_tf_auth_failure, n_tf_disconnect, n_tf_legacy, n_tf_workflow_ok, n_ds_info, n_ds_notice, n_mp_info, n_efs_info, n_sgw_info]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- amplify-apprunner
F2 = "amplify-apprunner"


def amts(R):
    return "2027-02-%02dT%s.%sZ" % (day(R), hms(R), ms(R))


def amp(R, lvl, msg):
    return "%s [%s]: %s" % (amts(R), lvl, msg)


def g_amp_build_failed(R):
    t = amts(R)
    return "\n".join([
        "%s [ERROR]: !!! Build failed" % t,
        "%s [ERROR]: !!! Error: Command failed with exit code %d" % (t, pick(R, [1, 1, 2])),
        "%s [INFO]: # Starting environment caching..." % t,
    ])


def g_amp_ssr_size(R):
    return amp(R, "ERROR", "!!! CustomerError: The size of the build output (%d MB) exceeds the max allowed size of 230686720 bytes. Please reduce the size of your build output (.next) and try again." % R.randint(221, 260))


def g_amp_artifacts(R):
    return amp(R, "ERROR", "!!! CustomerError: Artifact directory doesn't exist: dist/apps/storefront (app %s, branch %s)" % ("d2x8kq1example", pick(R, ["main", "staging"])))


def g_amp_backend(R):
    return "\n".join([
        amp(R, "ERROR", "[BackendBuildError] Unable to deploy due to CDK Assembly Error"),
        "                                 ∟ Caused by: [AssemblyError] Unable to find module './resource' imported from amplify/functions/send-receipt/handler.ts",
        "                                 Resolution: Check your backend definition in the `amplify` folder for syntax and type errors. (build %d)" % R.randint(100, 999),
    ])


def g_amp_node_version(R):
    return amp(R, "ERROR", "!!! Unable to assume specified node version: v%d.%d.%d is not available in build image amplify:al2023" % (pick(R, [16, 14]), R.randint(0, 20), R.randint(0, 9)))


def ar(R, msg):
    return "%s [AppRunner] %s" % (iso(R), msg)


def g_ar_health(R):
    return ar(R, "Health check failed on protocol `HTTP`[Path: '/healthz'], [Port: '8080']. Check your configured port number. For more information, see https://docs.aws.amazon.com/apprunner/latest/dg/manage-configure-healthcheck.html (instance %s)" % hexs(R, 32))


def g_ar_deploy_failed(R):
    return ar(R, "Deployment with ID : %s failed. Failure reason : Health check failed." % hexs(R, 32))


def g_ar_pull(R):
    return ar(R, "Failed to pull your application image. Be sure you configure your service with a valid access role to your ECR repository. (image 111122223333.dkr.ecr.us-east-1.amazonaws.com/pricing-api:%s)" % pick(R, ["latest", "v2.%d.%d" % (R.randint(0, 9), R.randint(0, 20))]))


def g_ar_build(R):
    return ar(R, "Failed to build your application source code. Reason: Failed to execute 'build' command. (deployment %s)" % hexs(R, 32))


def g_ar_app_crash(R):
    return "\n".join([
        "%s Traceback (most recent call last):" % iso(R),
        "  File \"/app/pricing/main.py\", line %d, in <module>" % pick(R, [12, 13]),
        "    from pricing.rates import load_rates",
        "  File \"/app/pricing/rates.py\", line 4, in <module>",
        "    import pandas as pd",
        "ModuleNotFoundError: No module named 'pandas'",
    ])


def g_ar_exit(R):
    return ar(R, "Your application stopped or failed to start. See logs for more information.  Container exit code: %d (instance %s)" % (pick(R, [1, 1, 137]), hexs(R, 32)))


def g_ssr_undefined(R):
    return "\n".join([
        "%s \u2a2f TypeError: Cannot read properties of undefined (reading 'price')" % iso(R),
        "    at ProductPage (/var/task/.next/server/app/products/[slug]/page.js:1:%d)" % pick(R, [2345, 2351]),
        "    at async Promise.all (index 0) {",
        "  digest: '%d'" % R.randint(10**9, 4 * 10**9),
        "}",
    ])


def g_ssr_fetch(R):
    return "\n".join([
        "%s \u2a2f TypeError: fetch failed" % iso(R),
        "    at node:internal/deps/undici/undici:%d:%d" % (pick(R, [13502, 13510]), R.randint(5, 20)),
        "    at async getInventory (/var/task/.next/server/chunks/%d.js:1:%d) {" % (R.randint(100, 999), R.randint(100, 9999)),
        "  [cause]: Error: getaddrinfo ENOTFOUND inventory.internal.example.com",
        "}",
    ])


def n_ssr(R):
    return "%s %s" % (iso(R), pick(R, [
        "\u26a0 Warning: revalidate of /products/%s took %d ms" % (lower(R, 8), R.randint(500, 4000)),
        "\u2713 Ready in %d ms" % R.randint(100, 2000),
        "cache HIT /products/%s (errors: 0)" % lower(R, 8),
    ]))


def n_amp_info(R):
    return amp(R, "INFO", pick(R, [
        "# Starting phase: %s" % pick(R, ["preBuild", "build", "postBuild"]),
        "# Completed phase: %s" % pick(R, ["preBuild", "build", "postBuild"]),
        "# Executing command: npm ci --cache .npm --prefer-offline",
        "# Retrieving cache...",
        "✓ Compiled successfully in %.1fs" % R.uniform(5, 90),
        "Generating static pages (%d/%d)" % (R.randint(0, 40), 40),
        "added %d packages, and audited %d packages in %ds" % (R.randint(100, 2000), R.randint(100, 2000), R.randint(5, 120)),
        "found 0 vulnerabilities",
    ]))


def n_amp_warning(R):
    return amp(R, "WARNING", pick(R, [
        "npm warn deprecated rimraf@3.0.%d: Rimraf versions prior to v4 are no longer supported" % R.randint(0, 2),
        "! Unable to write cache: {\"code\":\"ERR_BAD_REQUEST\",\"message\":\"Request failed with status code 404\"} (attempt %d)" % R.randint(1, 2),
        "Failed to compile.",
        "Type error: Property 'sku' does not exist on type 'CartItem'. (src/app/cart/page.tsx:%d:%d)" % (R.randint(10, 200), R.randint(1, 60)),
        "▲ Next.js build worker exited with code: 1 and signal: null",
    ]))


def n_amp_summary(R):
    return amp(R, "INFO", pick(R, [
        "ESLint: %d problems (0 errors, %d warnings)" % ((lambda w: (w, w))(R.randint(0, 30))),
        "Build completed successfully; %d files, 0 errors" % R.randint(10, 900),
        "# Uploading build artifact '__artifacts.zip'...",
        "Starting Deployment (job %d)" % R.randint(100, 999),
        "Deployment complete",
    ]))


def n_ar_ok(R):
    return ar(R, pick(R, [
        "Deployment with ID : %s started. Triggering event : %s" % (hexs(R, 32), pick(R, ["SERVICE_UPDATE", "CONFIGURATION_UPDATE", "AUTOMATIC_DEPLOYMENT"])),
        "Successfully pulled your application image from ECR.",
        "Provisioning instances and deploying image for privately accessible service.",
        "Performing health check on protocol `HTTP`[Path: '/healthz'], [Port: '8080'].",
        "Health check is successful. Routing traffic to application.",
        "Deployment with ID : %s completed successfully." % hexs(R, 32),
        "Deployment with ID : %s rolled back to previous version after cancellation by user." % hexs(R, 32),
    ]))


def n_ar_app(R):
    return "%s %s" % (iso(R), pick(R, [
        "INFO:     %s:%d - \"GET /healthz HTTP/1.1\" 200 OK" % (ip10(R), port(R)),
        "INFO:     Application startup complete.",
        "INFO:     %s:%d - \"POST /quote HTTP/1.1\" 422 Unprocessable Entity" % (ip10(R), port(R)),
        "WARNING:  rates cache stale, refreshing (errors so far: 0)",
    ]))


def amplify_apprunner(R):
    groups = [
        ("amplify-storefront-build-failed", g_amp_build_failed),
        ("amplify-ssr-output-too-large", g_amp_ssr_size),
        ("amplify-artifact-dir-missing", g_amp_artifacts),
        ("amplify-gen2-send-receipt-module", g_amp_backend),
        ("amplify-node-version-unavailable", g_amp_node_version),
        ("apprunner-healthz-failed", g_ar_health),
        ("apprunner-deployment-health-failed", g_ar_deploy_failed),
        ("apprunner-pricing-image-pull", g_ar_pull),
        ("apprunner-source-build-failed", g_ar_build),
        ("apprunner-pricing-pandas-missing", g_ar_app_crash),
        ("apprunner-container-exit", g_ar_exit),
        ("amplify-ssr-product-price-undefined", g_ssr_undefined),
        ("amplify-ssr-inventory-enotfound", g_ssr_fetch),
    ]
    negs = [n_amp_info, n_amp_warning, n_amp_summary, n_ar_ok, n_ar_app, n_ssr]
    return build(R, F2, groups, negs)


FAMILIES = {F1: storage_transfer, F2: amplify_apprunner}
