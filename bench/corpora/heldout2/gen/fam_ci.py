"""codebuild-ci and keycloak-wildfly."""
import json
from common import *
from fam_data import jframes


# ---------------------------------------------------------------- codebuild-ci
def cb(d=None):
    d = d or t()
    return f"[Container] {d.strftime('%Y/%m/%d %H:%M:%S')}.{d.microsecond:06d} "


def src():
    return f"/codebuild/output/src{n(10**8, 10**10)}/src"


def cmd_failed():
    return cb() + f"Command did not exit successfully ./gradlew build --no-daemon exit status {pick([1, 1, 1, 2])}"


def phase_failed():
    return cb() + "Phase complete: BUILD State: FAILED"


def phase_context():
    return (cb() + f"Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: "
            f"docker push $REPOSITORY_URI:$IMAGE_TAG. Reason: exit status {pick([1, 1, 125])}")


def npm404():
    pkg = pick(["@acme%2fui-kit", "@acme%2feslint-config", "@acme%2fdesign-tokens", "left-padder-pro"])
    return pick(["npm ERR! ", "npm error "]) + f"404 Not Found - GET https://registry.npmjs.org/{pkg} - Not found"


def tf_state_lock():
    key = pick(["prod/network.tfstate", "prod/eks.tfstate", "stg/app.tfstate"])
    d = t()
    return ("╷\n│ Error: Error acquiring the state lock\n│ \n"
            "│ Error message: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: "
            f"{alnum(52, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}, ConditionalCheckFailedException: The conditional request failed\n"
            f"│ Lock Info:\n│   ID:        {uid()}\n│   Path:      acme-tfstate-{pick(ACCOUNTS)}/{key}\n"
            f"│   Operation: {pick(['OperationTypeApply', 'OperationTypePlan'])}\n│   Who:       root@{alnum(12, 'abcdef0123456789')}\n"
            f"│   Version:   1.{n(5, 9)}.{n(0, 8)}\n│   Created:   {d.strftime('%Y-%m-%d %H:%M:%S.%f')} +0000 UTC\n│   Info:      \n│ \n"
            "│ Terraform acquires a state lock to protect the state from being written\n│ by multiple users at the same time. Please resolve the issue above and try\n"
            "│ again. For most commands, you can disable locking with the \"-lock=false\"\n│ flag, but this is not recommended.\n╵")


def tf_block():
    bucket = f"acme-{pick(['assets', 'exports', 'logs', 'backups'])}-{pick(['prod', 'stg'])}-{n(100, 999)}"
    name = pick(["assets", "exports", "logs"])
    l = ln(12)
    return ("╷\n"
            f"│ Error: creating S3 Bucket ({bucket}): operation error S3: CreateBucket, https response error StatusCode: 409, "
            f"RequestID: {alnum(16, '0123456789ABCDEF')}, HostID: {alnum(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')}=, BucketAlreadyExists: \n"
            "│ \n"
            f"│   with aws_s3_bucket.this,\n"
            f"│   on modules/bucket/main.tf line {l}, in resource \"aws_s3_bucket\" \"this\":\n"
            f"│   {l}: resource \"aws_s3_bucket\" \"this\" {{\n"
            "│ \n╵")


def mvn_surefire():
    return (f"[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.{n(1, 2)}.{n(2, 5)}:test (default-test) on project "
            f"orders-service: There are test failures.")


def mvn_compile():
    return f"[ERROR] {src()}/src/main/java/com/acme/orders/OrderMapper.java:[{ln(42)},{n(9, 40)}] cannot find symbol"


def mvn_tests():
    fl = n(1, 9)
    return (f"[ERROR] Tests run: {n(fl + 1, 80)}, Failures: {fl}, Errors: 0, Skipped: {n(0, 3)}, Time elapsed: {f(0.2, 30, 3)} s <<< FAILURE! -- in "
            f"com.acme.orders.OrderServiceTest")


def gradle_failed():
    task = ":app:compileKotlin"
    return ("FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
            f"Execution failed for task '{task}'.\n"
            "> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction\n"
            "   > Compilation error. See log for more details\n\n* Try:\n> Run with --stacktrace option to get the stack trace.\n"
            "> Run with --info or --debug option to get more log output.\n> Run with --scan to get full insights.\n"
            f"> Get more help at https://help.gradle.org.\n\nBUILD FAILED in {n(10, 300)}s\n{n(5, 40)} actionable tasks: {n(1, 40)} executed, {n(0, 20)} up-to-date")


def gradle_summary():
    m = n(0, 9)
    return f"BUILD FAILED in {m}m {n(1, 59)}s" if m else f"BUILD FAILED in {n(5, 59)}s"


def docker_solve():
    c = pick(["npm ci --omit=dev", "pip install --no-cache-dir -r requirements.txt", "./gradlew bootJar -x test", "apk add --no-cache curl",
              "go build -o /out/server ./cmd/server", "npm run build"])
    return f"ERROR: failed to solve: process \"/bin/sh -c {c}\" did not complete successfully: exit code: {pick([1, 1, 2, 127, 137])}"


def pip_version():
    pkg = pick(["acme-utils", "acme-auth-client", "orders-schema", "pricing-core"])
    v = f"{n(1, 4)}.{n(0, 12)}.{n(0, 9)}"
    return (f"ERROR: Could not find a version that satisfies the requirement {pkg}=={v} (from versions: "
            + ", ".join(f"{n(0, 1)}.{i}.0" for i in range(n(1, 4))) + ")")


def pytest_failed():
    fl = n(1, 9)
    return f"{'=' * n(20, 30)} {fl} failed, {n(40, 400)} passed, {n(0, 9)} warnings in {f(3, 300, 2)}s {'=' * n(20, 30)}"


CB_ERRORS = [
    ("codebuild-ci/command-gradle-build-failed", cmd_failed),
    ("codebuild-ci/phase-build-failed", phase_failed),
    ("codebuild-ci/phase-context-docker-push", phase_context),
    ("codebuild-ci/npm-404-not-found", npm404),
    ("codebuild-ci/terraform-state-lock", tf_state_lock),
    ("codebuild-ci/terraform-block-bucket-exists", tf_block),
    ("codebuild-ci/maven-surefire-test-failures", mvn_surefire),
    ("codebuild-ci/maven-compile-cannot-find-symbol", mvn_compile),
    ("codebuild-ci/maven-tests-run-failure", mvn_tests),
    ("codebuild-ci/gradle-build-failed-exception", gradle_failed),
    ("codebuild-ci/gradle-build-failed-summary", gradle_summary),
    ("codebuild-ci/docker-failed-to-solve", docker_solve),
    ("codebuild-ci/pip-no-matching-version", pip_version),
    ("codebuild-ci/pytest-failed-summary", pytest_failed),
]


def ok_running():
    return cb() + pick(["Running command npm ci", "Running command ./gradlew build --no-daemon", "Running command terraform plan -out=tfplan",
                        "Running command pytest -q --junitxml=reports/junit.xml", "Running command echo \"0 errors, 0 failures\""])


def ok_phase_ok():
    return cb() + f"Phase complete: {pick(['INSTALL', 'PRE_BUILD', 'BUILD', 'POST_BUILD', 'DOWNLOAD_SOURCE'])} State: SUCCEEDED"


def ok_context_empty():
    return cb() + "Phase context status code:  Message: "  # timestamps make each one distinct


def ok_entering():
    return cb() + f"Entering phase {pick(['INSTALL', 'PRE_BUILD', 'BUILD', 'POST_BUILD'])}"


def ok_npm_warn():
    return pick(["npm WARN ", "npm warn "]) + pick([f"deprecated inflight@1.0.{n(5, 6)}: This module is not supported, and leaks memory. Do not use it.",
                                                    f"deprecated glob@7.2.{n(0, 3)}: Glob versions prior to v9 are no longer supported",
                                                    "ERESOLVE overriding peer dependency"])


def ok_npm_audit():
    return f"added {n(300, 1500)} packages, and audited {n(300, 1500)} packages in {n(5, 90)}s" if R.random() < 0.5 else "found 0 vulnerabilities"


def ok_tf_warn():
    return pick(["│ ", "| "]) + pick(["Warning: Argument is deprecated", "Warning: Deprecated attribute", "Warning: Value for undeclared variable"])


def ok_tf_apply():
    return f"Apply complete! Resources: {n(0, 20)} added, {n(0, 9)} changed, {n(0, 3)} destroyed."


def ok_mvn_tests():
    return f"[INFO] Tests run: {n(10, 900)}, Failures: 0, Errors: 0, Skipped: {n(0, 9)}"


def ok_mvn_warn():
    return f"[WARNING] Tests run: {n(10, 90)}, Failures: 0, Errors: 0, Skipped: {n(1, 9)}, Time elapsed: {f(0.2, 30, 3)} s -- in com.acme.orders.{pick(['RetryPolicyTest', 'ErrorMapperTest'])}"


def ok_gradle_ok():
    return f"BUILD SUCCESSFUL in {n(1, 9)}m {n(1, 59)}s"


def ok_docker_step():
    return f"#{n(3, 20)} [build {n(2, 9)}/{n(9, 12)}] RUN {pick(['npm ci --omit=dev', 'pip install -r requirements.txt', './gradlew assemble'])}"


def ok_pip_warn():
    if R.random() < 0.5:
        return f"WARNING: Retrying (Retry(total={n(0, 4)}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/{pick(['boto3', 'requests', 'pydantic', 'numpy'])}/"
    return f"Successfully installed {pick(['boto3', 'requests', 'pydantic'])}-{n(1, 2)}.{n(0, 40)}.{n(0, 9)} {pick(['urllib3', 'idna', 'certifi'])}-{n(1, 2)}.{n(0, 9)}.{n(0, 9)}"


def ok_pytest_ok():
    return f"{'=' * n(20, 30)} {n(40, 400)} passed, {n(0, 9)} warnings in {f(3, 300, 2)}s {'=' * n(20, 30)}"


CB_OK = [ok_running, ok_phase_ok, ok_context_empty, ok_entering, ok_npm_warn, ok_npm_audit, ok_tf_warn, ok_tf_apply,
         ok_mvn_tests, ok_mvn_warn, ok_gradle_ok, ok_docker_step, ok_pip_warn, ok_pytest_ok]


# ---------------------------------------------------------------- keycloak-wildfly
def kc(level, logger, thread=None):
    return f"{comma_ms()} {level:<5} [{logger}] ({thread or 'executor-thread-' + str(n(1, 80))}) "


def wf(level, logger, thread=None):
    return f"{comma_ms(date=False)} {level:<5} [{logger}] ({thread or 'default task-' + str(n(1, 120))}) "


KC_BASE = [("org.keycloak.protocol.oidc.TokenManager.transformAccessToken", "TokenManager.java", 1028),
           ("org.keycloak.protocol.oidc.TokenManager$AccessTokenResponseBuilder.generateAccessToken", "TokenManager.java", 1168),
           ("org.keycloak.protocol.oidc.grants.AuthorizationCodeGrantType.process", "AuthorizationCodeGrantType.java", 274)]


def kc_npe_mapper():
    return (kc("ERROR", "org.keycloak.services.error.KeycloakErrorHandler") + "Uncaught server error: java.lang.NullPointerException: "
            "Cannot invoke \"String.split(String)\" because \"tenant\" is null"
            + jframes([("com.acme.keycloak.mapper.TenantClaimMapper.transformAccessToken", "TenantClaimMapper.java", 61)] + KC_BASE))


def kc_npe_authenticator():
    return (kc("ERROR", "org.keycloak.services.error.KeycloakErrorHandler") + "Uncaught server error: java.lang.NullPointerException: "
            "Cannot invoke \"String.split(String)\" because \"tenant\" is null"
            + jframes([("com.acme.keycloak.auth.DeviceTrustAuthenticator.authenticate", "DeviceTrustAuthenticator.java", 88),
                       ("org.keycloak.authentication.DefaultAuthenticationFlow.processSingleFlowExecutionModel", "DefaultAuthenticationFlow.java", 442),
                       ("org.keycloak.authentication.DefaultAuthenticationFlow.processFlow", "DefaultAuthenticationFlow.java", 250)]))


def kc_idp():
    idp = pick(["github", "google", "azure-ad", "okta-partner"])
    return (kc("ERROR", "org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider") + "Failed to make identity provider oauth callback: "
            f"org.keycloak.broker.provider.IdentityBrokerException: Could not obtain user profile from {idp}."
            + jframes([("org.keycloak.broker.oidc.OIDCIdentityProvider.getFederatedIdentity", "OIDCIdentityProvider.java", 478),
                       ("org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider$Endpoint.authResponse", "AbstractOAuth2IdentityProvider.java", 517)]))


def kc_agroal():
    return (kc("WARN", "io.agroal.pool", f"agroal-{n(1, 40)}").replace("WARN ", "ERROR") + "Datasource '<default>': FATAL: remaining connection slots are reserved for non-replication superuser connections")


def kc_ispn():
    return (kc("ERROR", "org.infinispan.interceptors.impl.InvocationContextInterceptor", f"timeout-thread--p{n(10, 20)}-t1") +
            f"ISPN000136: Error executing command GetKeyValueCommand on Cache '{pick(['sessions', 'authenticationSessions', 'offlineSessions'])}', writing keys []: "
            f"org.infinispan.util.concurrent.TimeoutException: ISPN000476: Timed out waiting for responses for request {n(1000, 99999)} from keycloak-{n(0, 2)}-{n(10000, 99999)}")


def kc_startup():
    return (kc("ERROR", "org.keycloak.quarkus.runtime.cli.ExecutionExceptionHandler", "main") + "ERROR: Failed to start server in (production) mode")


def kc_json_dup():
    return json.dumps({"timestamp": iso_ms().replace("Z", "+0000"), "sequence": n(1000, 999999), "loggerClassName": "org.jboss.logging.Logger",
                       "loggerName": "org.keycloak.services.error.KeycloakErrorHandler", "level": "ERROR", "message": "Uncaught server error",
                       "threadName": f"executor-thread-{n(1, 80)}", "threadId": n(30, 400), "mdc": {}, "ndc": "", "hostName": f"keycloak-{n(0, 2)}",
                       "processName": "QuarkusEntryPoint", "processId": 1,
                       "exception": {"refId": 1, "exceptionType": "org.keycloak.models.ModelDuplicateException",
                                     "message": f"User exists with same email",
                                     "frames": [{"class": "org.keycloak.models.jpa.JpaUserProvider", "method": "addUser", "line": ln(122)},
                                                {"class": "com.acme.keycloak.sync.PartnerUserImporter", "method": "importUser", "line": ln(77)},
                                                {"class": "com.acme.keycloak.sync.PartnerUserImporter", "method": "run", "line": ln(43)}]}},
                      separators=(",", ":"))


def wf_deploy():
    war = pick(["orders.war", "billing.war", "portal.war"])
    return (wf("ERROR", "org.jboss.as.controller.management-operation", "Controller Boot Thread") +
            f"WFLYCTL0013: Operation (\"deploy\") failed - address: ([(\"deployment\" => \"{war}\")]) - failure description: "
            f"{{\"WFLYCTL0080: Failed services\" => {{\"jboss.deployment.unit.\\\"{war}\\\".undertow-deployment\" => \"java.lang.RuntimeException: "
            f"java.lang.ClassNotFoundException: com.acme.web.LegacyFilter from [Module \\\"deployment.{war}\\\" from Service Module Loader]\"}}}}")


def wf_request():
    oid = n(10000, 999999)
    return (wf("ERROR", "io.undertow.request") + f"UT005023: Exception handling request to /orders/api/v1/orders/{oid}/capture: "
            f"java.lang.IllegalStateException: Order {oid} is not in state AUTHORIZED"
            + jframes([("com.acme.orders.service.CaptureService.capture", "CaptureService.java", 93),
                       ("com.acme.orders.rest.OrderResource.capture", "OrderResource.java", 151)]))


def wf_msc():
    return (wf("ERROR", "org.jboss.msc.service.fail", f"MSC service thread 1-{n(1, 8)}") +
            "MSC000001: Failed to start service jboss.undertow.listener.default: org.jboss.msc.service.StartException in service "
            f"jboss.undertow.listener.default: Address already in use /0.0.0.0:{pick([8080, 8080, 8443])}")


KC_ERRORS = [
    ("keycloak-wildfly/kc-npe-tenant-mapper", kc_npe_mapper),
    ("keycloak-wildfly/kc-npe-device-authenticator", kc_npe_authenticator),
    ("keycloak-wildfly/kc-idp-user-profile", kc_idp),
    ("keycloak-wildfly/kc-agroal-connection-slots", kc_agroal),
    ("keycloak-wildfly/kc-infinispan-timeout", kc_ispn),
    ("keycloak-wildfly/kc-startup-failed", kc_startup),
    ("keycloak-wildfly/kc-json-duplicate-email", kc_json_dup),
    ("keycloak-wildfly/wildfly-deploy-class-not-found", wf_deploy),
    ("keycloak-wildfly/wildfly-undertow-capture-state", wf_request),
    ("keycloak-wildfly/wildfly-listener-address-in-use", wf_msc),
]


def ok_kc_started():
    v = f"{n(22, 26)}.0.{n(1, 9)}"
    return kc("INFO", "io.quarkus", "main") + f"Keycloak {v} on JVM (powered by Quarkus 3.{n(2, 15)}.{n(0, 5)}) started in {f(5, 40, 3)}s. Listening on: http://0.0.0.0:8080"


def ok_kc_event():
    return (kc("WARN", "org.keycloak.events") + f"type=\"LOGIN_ERROR\", realmId=\"{uid()}\", realmName=\"{pick(['acme', 'partners'])}\", clientId=\"{pick(['web', 'mobile', 'account'])}\", "
            f"userId=\"null\", ipAddress=\"{ip_pub()}\", error=\"{pick(['invalid_user_credentials', 'user_not_found', 'user_temporarily_disabled'])}\", "
            f"auth_method=\"openid-connect\", username=\"{pick(PEOPLE)}@example.com\"")


def ok_kc_failed_auth():
    return (kc("WARN", "org.keycloak.services") + "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException"
            + jframes([("org.keycloak.authentication.AuthenticationProcessor.authenticationAction", "AuthenticationProcessor.java", 986),
                       ("org.keycloak.services.resources.LoginActionsService.processFlow", "LoginActionsService.java", 323)]))


def ok_kc_added():
    return kc("INFO", "org.keycloak.services", "main") + f"KC-SERVICES0009: Added user '{pick(['admin', 'ops-admin'])}' to realm 'master'"


def ok_kc_debug():
    return (kc("DEBUG", "org.keycloak.transaction.JtaTransactionWrapper") + f"JtaTransactionWrapper rollback invoked with exception: "
            f"jakarta.ws.rs.NotFoundException: HTTP 404 Not Found (request /realms/{pick(['acme', 'partners'])}/.well-known/openid-configuration{pick(['x', '2', '/'])})")


def ok_kc_ispn_warn():
    return kc("WARN", "org.infinispan.CLUSTER", f"non-blocking-thread--p{n(2, 9)}-t{n(1, 9)}") + f"ISPN000071: Caught exception when handling command ... retrying (attempt {n(1, 3)})"


def ok_kc_json_info():
    return json.dumps({"timestamp": iso_ms().replace("Z", "+0000"), "sequence": n(1000, 999999), "loggerClassName": "org.jboss.logging.Logger",
                       "loggerName": "org.keycloak.services", "level": "INFO", "message": f"KC-SERVICES0050: Initializing master realm",
                       "threadName": "main", "threadId": 1, "mdc": {}, "ndc": "", "hostName": f"keycloak-{n(0, 2)}", "processName": "QuarkusEntryPoint",
                       "processId": 1}, separators=(",", ":"))


def ok_kc_json_warn():
    return json.dumps({"timestamp": iso_ms().replace("Z", "+0000"), "sequence": n(1000, 999999), "loggerClassName": "org.jboss.logging.Logger",
                       "loggerName": "org.keycloak.events", "level": "WARN",
                       "message": f"type=\"CLIENT_LOGIN_ERROR\", realmId=\"{uid()}\", clientId=\"{pick(['batch-sync', 'reporting'])}\", error=\"invalid_client_credentials\"",
                       "threadName": f"executor-thread-{n(1, 80)}", "threadId": n(30, 400), "mdc": {}, "ndc": "", "hostName": f"keycloak-{n(0, 2)}",
                       "processName": "QuarkusEntryPoint", "processId": 1}, separators=(",", ":"))


def ok_wf_started():
    return (wf("INFO", "org.jboss.as", "Controller Boot Thread") + f"WFLYSRV0025: WildFly Full {n(28, 33)}.0.{n(0, 2)}.Final (WildFly Core {n(20, 25)}.0.{n(0, 3)}.Final) "
            f"started in {n(3000, 20000)}ms - Started {n(400, 600)} of {n(600, 800)} services ({n(200, 400)} services are lazy, passive or on-demand) - Server configuration file in use: standalone.xml")


def ok_wf_deployed():
    return wf("INFO", "org.jboss.as.server", "ServerService Thread Pool -- " + str(n(40, 90))) + f"WFLYSRV0010: Deployed \"{pick(['orders.war', 'billing.war'])}\" (runtime-name : \"{pick(['orders.war', 'billing.war'])}\")"


def ok_wf_warn():
    return (wf("WARN", "org.jboss.as.txn", f"ServerService Thread Pool -- {n(40, 90)}") + "WFLYTX0013: The node-identifier attribute on the "
            "/subsystem=transactions is set to the default value. This is a danger for environments running multiple servers.")


KC_OK = [ok_kc_started, ok_kc_event, ok_kc_failed_auth, ok_kc_added, ok_kc_debug, ok_kc_ispn_warn, ok_kc_json_info, ok_kc_json_warn,
         ok_wf_started, ok_wf_deployed, ok_wf_warn]
