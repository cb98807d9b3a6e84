"""Families: codebuild-monorepo-phases-tests, codeartifact-npm-pip-maven-installs."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, iso, day, hms, cb, cont, ACCT, REGION, jd)

# ---------------------------------------------------------------- codebuild-monorepo-phases-tests
# "pellucid health": one GitHub monorepo built by three CodeBuild projects (patient-portal-web: Vite/React,
# claims-api: Python 3.12 + pytest, eligibility-worker: Python). Each line of the build container's output is
# one event of the project's log stream: the agent's `[Container] <stamp> ...` lines and raw tool output.
F1 = "codebuild-monorepo-phases-tests"
SRC = "/codebuild/output/src%s/src/github.com/pellucid-health/monorepo"


def src(R):
    return SRC % digits(R, 9)


def g_oom(R):
    # patient-portal-web's Vite build outgrew the 4 GB default heap of Node 20 on the BUILD_GENERAL1_MEDIUM image
    k = R.random()
    if k < 0.3:
        return "[%d:0x%s]   %d ms: Mark-Compact %d.%d (%d.%d) -> %d.%d (%d.%d) MB, %d.%02d / 0.00 ms  (average mu = 0.1%02d, current mu = 0.0%02d) allocation failure; scavenge might not succeed" % (
            R.randint(300, 900), hexs(R, 7), R.randint(60000, 99000), R.randint(4030, 4060), R.randint(0, 9), R.randint(4120, 4140), R.randint(0, 9), R.randint(4020, 4040), R.randint(0, 9), R.randint(4120, 4140), R.randint(0, 9), R.randint(1800, 2600), R.randint(0, 99), R.randint(0, 99), R.randint(0, 99))
    if k < 0.55:
        return pick(R, ["FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
                        " 1: 0xb8%s node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]" % hexs(R, 4),
                        " 2: 0xf0%s v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]" % hexs(R, 4)])
    if k < 0.8:
        return cont(R, "Command did not exit successfully npm run build --workspace=patient-portal-web exit status 134")
    return cont(R, "Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: npm run build --workspace=patient-portal-web. Reason: exit status 134")


def g_pg(R):
    # claims-api's integration tests expect the postgres service the buildspec used to start with docker compose;
    # the project was moved to a non-privileged image (no Docker), so nothing listens on 5432
    t = pick(R, ["test_submit_claim", "test_claim_status_transitions", "test_duplicate_claim_rejected", "test_attachment_roundtrip", "test_payer_lookup", "test_resubmission_window", "test_bulk_import_837"])
    k = R.random()
    if k < 0.45:
        return "ERROR tests/integration/test_claims_repo.py::%s - psycopg.OperationalError: connection failed: connection to server at \"127.0.0.1\", port 5432 failed: Connection refused" % t
    if k < 0.65:
        return "E   psycopg.OperationalError: connection failed: connection to server at \"127.0.0.1\", port 5432 failed: Connection refused"
    if k < 0.8:
        return "=========================== %d passed, %d errors in %d.%02ds ============================" % (R.randint(150, 230), R.randint(38, 52), R.randint(20, 60), R.randint(0, 99))
    return cont(R, "Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: pytest -m integration tests/integration --junitxml=reports/integration.xml. Reason: exit status 1")


def g_src(R):
    # the eligibility-worker project's service role lost codeconnections:UseConnection in a policy clean-up
    if R.random() < 0.5:
        return cont(R, "Phase complete: DOWNLOAD_SOURCE State: FAILED")
    return cont(R, "Phase context status code: CLIENT_ERROR Message: Access denied to connection arn:aws:codeconnections:%s:%s:connection/7d1c0e5a-3b9f-4f2e-9c61-2a8e5b4d0f17. User: arn:aws:sts::%s:assumed-role/codebuild-eligibility-worker-service-role/AWSCodeBuild-%s is not authorized to perform: codeconnections:UseConnection" % (REGION, ACCT, ACCT, uuid(R)))


def g_art(R):
    # the artifacts bucket moved to a customer managed KMS key whose key policy does not list the claims-api role
    if R.random() < 0.35:
        return cont(R, "Phase complete: UPLOAD_ARTIFACTS State: FAILED")
    return cont(R, "Phase context status code: CLIENT_ERROR Message: Error uploading artifacts: AccessDenied: User: arn:aws:sts::%s:assumed-role/codebuild-claims-api-service-role/AWSCodeBuild-%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/0b6f2d91-8c4e-4a7b-b5d3-61e9f0a2c8d4 because no identity-based policy allows the kms:GenerateDataKey action, status code: 403, request id: %s" % (ACCT, uuid(R), REGION, ACCT, upper(R, 16)))


def g_yaml(R):
    # someone bumped eligibility-worker's runtime-versions to python 3.13, which its pinned standard:7.0 image lacks
    if R.random() < 0.4:
        return cont(R, "Phase complete: INSTALL State: FAILED")
    return cont(R, "Phase context status code: YAML_FILE_ERROR Message: Unknown runtime version named '3.13' of python. This build image has the following versions: 3.9, 3.10, 3.11, 3.12")


def cb_negs():
    def n_ping(R):
        return cont(R, pick(R, ["Waiting for agent ping", "Waiting for DOWNLOAD_SOURCE", "Running on CodeBuild On-demand", "Processing environment variables", "Setting HTTP client timeout to higher timeout for S3 source", "Moving to directory " + src(R), "Registering with agent", "Phases found in YAML: 4"]))
    def n_yamlloc(R):
        return cont(R, "YAML location is %s/%s" % (src(R), pick(R, ["buildspec.yml", "apps/claims-api/buildspec.yml", "apps/patient-portal-web/buildspec.yml"])))
    def n_phase(R):
        ph = pick(R, ["DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD", "BUILD", "POST_BUILD", "UPLOAD_ARTIFACTS", "FINALIZING"])
        return cont(R, pick(R, ["Phase complete: %s State: SUCCEEDED" % ph, "Entering phase %s" % ph, "Phase context status code:  Message: "])) + ("" if R.random() < 0.5 else "")
    def n_cmd(R):
        return cont(R, "Running command " + pick(R, ["npm ci --workspace=patient-portal-web", "npm run lint --workspace=patient-portal-web", "pip install -r apps/claims-api/requirements-dev.txt", "pytest -q tests/unit", "echo Build started on `date`", "aws s3 cp reports/ s3://pellucid-ci-reports/%s/ --recursive" % lower(R, 8), "cd apps/claims-api", "python -m mypy src"]))
    def n_runtime(R):
        return cont(R, pick(R, ["Selecting 'nodejs' runtime version '20' based on manual selections...", "Selecting 'python' runtime version '3.12' based on manual selections...", "Running command echo \"Installing Node.js version 20 ...\"", "Found 3 file(s)", "Expanding base directory path: apps/patient-portal-web/dist", "Assembling file list", "Expanding file paths for base directory apps/patient-portal-web/dist", "Set report auto-discover timeout to 5 seconds"]))
    def n_report(R):
        return cont(R, "Preparing to copy TEST report group: arn:aws:codebuild:%s:%s:report-group/claims-api-%s" % (REGION, ACCT, pick(R, ["unit", "integration", "coverage"])))
    def n_pytest_pass(R):
        return "tests/unit/%s::%s PASSED%s[%3d%%]" % (pick(R, ["test_errors.py", "test_claim_validation.py", "test_retry_policy.py", "test_payer_client.py"]),
                                                  pick(R, ["test_error_response_shape", "test_rejects_missing_npi", "test_retry_gives_up_after_3", "test_timeout_raises_payer_error", "test_failed_claim_is_flagged", "test_exception_mapping"]) + "_" + lower(R, 3), " " * R.randint(10, 30), R.randint(1, 99))
    def n_pytest_sum(R):
        return "======================= %d passed, %d skipped, %d xfailed in %d.%02ds ========================" % (R.randint(180, 420), R.randint(0, 9), R.randint(0, 3), R.randint(8, 90), R.randint(0, 99))
    def n_jest(R):
        return pick(R, ["Test Suites: %d passed, %d total" % ((lambda n: (n, n))(R.randint(30, 60))),
                        "Tests:       %d skipped, %d passed, %d total" % (lambda s, p: (s, p, s + p))(R.randint(0, 4), R.randint(200, 400)),
                        "Time:        %d.%03d s" % (R.randint(20, 90), R.randint(0, 999)),
                        "Ran all test suites matching /src/i."])
    def n_console_err(R):
        # jest prints console.error output of tests that exercise the error path on purpose
        return pick(R, ["      ClaimsApiError: simulated 503 from /claims/%s (fixture)" % digits(R, 6),
                        "      at Object.<anonymous> (src/api/__tests__/claimsClient.test.ts:%d:%d)" % (R.randint(20, 200), R.randint(5, 30)),
                        "  PASS  src/components/__tests__/ErrorBanner.test.tsx (%d.%d s)" % (R.randint(1, 9), R.randint(0, 9))])
    def n_vite(R):
        return pick(R, ["vite v5.4.%d building for production..." % R.randint(1, 11),
                        "transforming...",
                        "✓ %d modules transformed." % R.randint(1800, 2600),
                        "dist/assets/index-%s.js  %d.%02d kB │ gzip: %d.%02d kB" % (alnum(R, 8), R.randint(600, 990), R.randint(0, 99), R.randint(180, 290), R.randint(0, 99)),
                        "(!) Some chunks are larger than 500 kB after minification. Consider:",
                        "✓ built in %d.%02ds" % (R.randint(20, 80), R.randint(0, 99))])
    def n_npmwarn(R):
        return pick(R, ["npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.",
                        "npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported",
                        "npm warn deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported",
                        "added %d packages, and audited %d packages in %ds" % (lambda a: (a, a + 1, R.randint(20, 70)))(R.randint(1200, 1900)),
                        "found 0 vulnerabilities"])
    def n_flaky(R):
        return "tests/unit/test_retry_policy.py::test_backoff_jitter_%s RERUN [%3d%%]" % (lower(R, 3), R.randint(10, 90))
    def n_lint(R):
        return pick(R, ["Success: no issues found in %d source files" % R.randint(120, 260), "All checks passed!", "ruff: %d files left unchanged" % R.randint(100, 300),
                        "✔ No ESLint warnings or errors", "src/errors.py:%d: note: error handling path covered" % R.randint(10, 99)])
    def n_post(R):
        return pick(R, ["Build started on %s May %d %s UTC 2029" % (pick(R, ["Thu", "Fri", "Mon"]), day(R), hms(R)),
                        "upload: reports/junit-%s.xml to s3://pellucid-ci-reports/claims-api/junit-%s.xml" % (lower(R, 6), lower(R, 6)),
                        "Coverage: %d.%d%% (threshold 80%%) - OK" % (R.randint(81, 94), R.randint(0, 9))])
    def n_cache(R):
        return cont(R, pick(R, ["Local cache is enabled: LOCAL_SOURCE_CACHE LOCAL_CUSTOM_CACHE", "Restoring cache from s3://pellucid-ci-cache/patient-portal-web/%s" % hexs(R, 12), "Saving cache to s3://pellucid-ci-cache/claims-api/%s" % hexs(R, 12), "Cache miss for key %s, continuing without cache" % hexs(R, 16)]))
    return [n_ping, n_yamlloc, n_phase, n_cmd, n_runtime, n_report, n_pytest_pass, n_pytest_sum, n_jest, n_console_err, n_vite, n_npmwarn, n_flaky, n_lint, n_post, n_cache]


def fam_cb(R):
    return build(R, F1, [("portal-web-vite-build-node-heap-oom", g_oom), ("claims-api-integration-postgres-5432-refused", g_pg),
                         ("eligibility-source-codeconnections-access-denied", g_src), ("claims-api-artifacts-kms-generatedatakey-denied", g_art),
                         ("eligibility-runtime-python-3-13-unknown", g_yaml)], cb_negs())


# ---------------------------------------------------------------- codeartifact-npm-pip-maven-installs
# "tamarack logistics": install steps of CodeBuild projects (route-planner: pip; dispatch-service: Maven;
# driver-app-web: npm) against a CodeArtifact domain `tamarack` with repositories npm-internal, pypi-internal,
# maven-internal (each with an upstream to the public registry). Same stream shape as above.
F2 = "codeartifact-npm-pip-maven-installs"
CA = "https://tamarack-%s.d.codeartifact.%s.amazonaws.com" % (ACCT, REGION)


def p_e401(R):
    # driver-app-web's buildspec logs in with --duration-seconds 900; its install step starts after a 20-minute
    # Cypress/e2e preparation, so the token has expired: every private @tamarack package fetch is a 401
    pkg = pick(R, ["ui-kit", "maps-sdk", "eslint-config", "i18n-bundle", "route-types", "telemetry-web"])
    k = R.random()
    if k < 0.5:
        return "npm error 401 Unauthorized - GET %s/npm/npm-internal/@tamarack%%2f%s - Unauthorized" % (CA, pkg)
    if k < 0.75:
        return pick(R, ["npm error code E401", "npm error Unable to authenticate, your authentication token seems to be invalid.", "npm error To correct this please try logging in again with:"])
    return "npm error A complete log of this run can be found in: /root/.npm/_logs/2029-05-%02dT%s_%03dZ-debug-0.log" % (day(R), hms(R).replace(":", "_"), R.randint(0, 999))


def p_pip(R):
    # route-planner pins tamarack-routing-sdk==4.2.0, which was tagged but never published to pypi-internal
    if R.random() < 0.55:
        return "ERROR: Could not find a version that satisfies the requirement tamarack-routing-sdk==4.2.0 (from -r requirements.lock (line %d)) (from versions: 4.0.0, 4.0.1, 4.1.0, 4.1.%d)" % (R.randint(40, 90), R.randint(1, 3))
    return "ERROR: No matching distribution found for tamarack-routing-sdk==4.2.0 (from -r requirements.lock (line %d))" % R.randint(40, 90)


def p_mvn(R):
    # the external connection public:maven-central was detached from maven-internal during a clean-up: every
    # public artifact not already cached in the repository is now a 404
    a = pick(R, ["org/apache/kafka:kafka-clients:jar:3.8.1", "io/micrometer:micrometer-core:jar:1.13.6", "com/fasterxml/jackson/datatype:jackson-datatype-jsr310:jar:2.18.1", "org/postgresql:postgresql:jar:42.7.4", "software/amazon/awssdk:sqs:jar:2.28.29", "org/flywaydb:flyway-core:jar:10.20.1"])
    g, rest = a.split(":", 1)
    coord = g.replace("/", ".") + ":" + rest
    if R.random() < 0.6:
        return "[ERROR] Failed to execute goal on project dispatch-service: Could not resolve dependencies for project com.tamarack:dispatch-service:jar:2.%d.0-SNAPSHOT: The following artifacts could not be resolved: %s (absent): Could not find artifact %s in codeartifact (%s/maven/maven-internal/) -> [Help 1]" % (R.randint(7, 9), coord, coord, CA)
    if R.random() < 0.5:
        return "[WARNING] The POM for %s is missing, no dependency information available" % coord
    return "[ERROR] Could not find artifact %s in codeartifact (%s/maven/maven-internal/)" % (coord, CA)


def p_token(R):
    # the route-planner CodeBuild role was recreated by a new stack without codeartifact:GetAuthorizationToken
    k = R.random()
    if k < 0.45:
        return "An error occurred (AccessDeniedException) when calling the GetAuthorizationToken operation: User: arn:aws:sts::%s:assumed-role/codebuild-route-planner-service-role/AWSCodeBuild-%s is not authorized to perform: codeartifact:GetAuthorizationToken on resource: arn:aws:codeartifact:%s:%s:domain/tamarack because no identity-based policy allows the codeartifact:GetAuthorizationToken action" % (ACCT, uuid(R), REGION, ACCT)
    if k < 0.75:
        return cont(R, "Command did not exit successfully aws codeartifact login --tool pip --domain tamarack --domain-owner %s --repository pypi-internal exit status 254" % ACCT)
    return cont(R, "Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: aws codeartifact login --tool pip --domain tamarack --domain-owner %s --repository pypi-internal. Reason: exit status 254" % ACCT)


def p_hash(R):
    # orjson 3.10.7 in pypi-internal was overwritten by a locally rebuilt wheel (same version, new bytes)
    k = R.random()
    if k < 0.4:
        return "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them."
    if k < 0.7:
        return "    orjson==3.10.7 from %s/pypi/pypi-internal/simple/orjson/3.10.7/orjson-3.10.7-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl#sha256=%s:" % (CA, hexs(R, 64))
    return pick(R, ["        Expected sha256 %s", "             Got        %s"]) % hexs(R, 64)


def p_gyp(R):
    # driver-app-web moved to the arm64 aarch64-standard:3.0 image; bcrypt has no prebuilt binary there and
    # node-gyp finds no Python in the trimmed image
    k = R.random()
    if k < 0.4:
        return pick(R, ["npm error gyp ERR! find Python Python is not set from command line or npm configuration", "npm error gyp ERR! find Python You need to install the latest version of Python.", "npm error gyp ERR! configure error", "npm error gyp ERR! stack Error: Could not find any Python installation to use"])
    if k < 0.7:
        return "npm error gyp ERR! stack     at PythonFinder.fail (/root/.nvm/versions/node/v20.%d.0/lib/node_modules/npm/node_modules/node-gyp/lib/find-python.js:%d:11)" % (R.randint(11, 18), R.randint(300, 330))
    if R.random() < 0.3:
        return pick(R, ["npm error command failed", "npm error command sh -c node-pre-gyp install --fallback-to-build"])
    return "npm error path %s/node_modules/bcrypt" % src(R).replace("pellucid-health/monorepo", "tamarack/driver-app-web")


def pkg_negs():
    def n_login(R):
        t = pick(R, ["npm", "pip", "twine"])
        repo = {"npm": "npm-internal", "pip": "pypi-internal", "twine": "pypi-internal"}[t]
        return pick(R, ["Successfully configured %s to use AWS CodeArtifact repository %s/%s/%s/" % (t, CA, "npm" if t == "npm" else "pypi", repo),
                        "Login expires in 12 hours at 2029-05-%02d %s+00:00" % (day(R), hms(R))])
    def n_cmd(R):
        return cont(R, "Running command " + pick(R, ["aws codeartifact login --tool npm --domain tamarack --domain-owner %s --repository npm-internal" % ACCT, "npm ci --no-audit", "pip install --require-hashes -r requirements.lock", "mvn -B -s settings.xml verify", "export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token --domain tamarack --query authorizationToken --output text)", "pip install -e .[test]"]))
    def n_npm(R):
        return pick(R, ["npm warn deprecated %s" % pick(R, ["@humanwhocodes/config-array@0.11.14: Use @eslint/config-array instead", "abab@2.0.6: Use your platform's native atob() and btoa() methods instead", "domexception@4.0.0: Use your platform's native DOMException instead", "sourcemap-codec@1.4.8: Please use @jridgewell/sourcemap-codec instead"]),
                        "added %d packages, and audited %d packages in %ds" % (lambda a: (a, a + 1, R.randint(20, 90)))(R.randint(900, 1700)),
                        "%d packages are looking for funding" % R.randint(100, 300),
                        "npm notice New minor version of npm available! 10.8.%d -> 10.9.%d" % (R.randint(1, 3), R.randint(0, 2))])
    def n_audit(R):
        # audit findings are tracked by the weekly dependency job, not a failure of the install
        m, h = R.randint(1, 6), R.randint(0, 3)
        return "%d vulnerabilities (%d moderate, %d high)" % (m + h, m, h)
    def n_pip(R):
        p = pick(R, [("requests", "2.32.3"), ("boto3", "1.35.%d" % R.randint(40, 70)), ("pydantic", "2.9.2"), ("orjson", "3.10.6"), ("shapely", "2.0.6"), ("tamarack-routing-sdk", "4.1.2")])
        return pick(R, ["Collecting %s==%s" % p, "  Downloading %s/pypi/pypi-internal/simple/%s/%s/%s-%s-py3-none-any.whl (%d kB)" % (CA, p[0], p[1], p[0].replace("-", "_"), p[1], R.randint(40, 900)),
                        "Successfully installed %s-%s %s" % (p[0], p[1], " ".join("%s-%d.%d.%d" % (pick(R, ["urllib3", "idna", "certifi", "jmespath", "botocore", "typing_extensions"]), R.randint(1, 4), R.randint(0, 30), R.randint(0, 9)) for _ in range(3))),
                        "  Using cached %s-%s-py3-none-any.whl.metadata (%d.%d kB)" % (p[0].replace("-", "_"), p[1], R.randint(1, 9), R.randint(0, 9))])
    def n_pipretry(R):
        return "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='tamarack-%s.d.codeartifact.%s.amazonaws.com', port=443): Read timed out. (read timeout=15)\")': /pypi/pypi-internal/simple/%s/" % (ACCT, REGION, pick(R, ["numpy", "pandas", "shapely", "pyproj", "scipy"]))
    def n_pipresolver(R):
        # pip's post-install consistency note (printed with an ERROR: prefix) about a package already in the image
        if R.random() < 0.3:
            return "ERROR: pip's dependency resolver does not currently take into account all the packages that are installed. This behaviour is the source of the following dependency conflicts."
        return "awscli 1.33.%d requires botocore==1.34.%d, but you have botocore 1.35.%d which is incompatible." % (R.randint(10, 40), R.randint(100, 150), R.randint(40, 70))
    def n_pipwarn(R):
        return pick(R, ["WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable.",
                        "[notice] A new release of pip is available: 24.%d -> 24.3.1" % R.randint(0, 2),
                        "[notice] To update, run: pip install --upgrade pip"])
    def n_mvn(R):
        a = pick(R, ["org/springframework/boot/spring-boot-starter-web/3.3.5/spring-boot-starter-web-3.3.5.pom", "com/tamarack/ledger-client/3.0.%d/ledger-client-3.0.%d.jar" % ((lambda v: (v, v))(R.randint(1, 9))), "io/netty/netty-handler/4.1.114.Final/netty-handler-4.1.114.Final.jar", "org/slf4j/slf4j-api/2.0.16/slf4j-api-2.0.16.jar"])
        if R.random() < 0.5:
            return "[INFO] Downloading from codeartifact: %s/maven/maven-internal/%s" % (CA, a)
        return "[INFO] Downloaded from codeartifact: %s/maven/maven-internal/%s (%d kB at %d kB/s)" % (CA, a, R.randint(2, 900), R.randint(100, 4000))
    def n_mvnwarn(R):
        return pick(R, ["[WARNING] The POM for com.sun.xml.bind:jaxb-impl:jar:2.3.%d is invalid, transitive dependencies (if any) will not be available, enable debug logging for more details" % R.randint(1, 9),
                        "[WARNING] Parameter 'optimize' (user property 'maven.compiler.optimize') is deprecated: This property is a no-op in {@code javac}.",
                        "[WARNING] 'dependencyManagement.dependencies.dependency.(groupId:artifactId:type:classifier)' must be unique: org.junit:junit-bom:pom -> duplicate declaration of version 5.11.%d" % R.randint(0, 3)])
    def n_mvntests(R):
        return pick(R, ["[INFO] Tests run: %d, Failures: 0, Errors: 0, Skipped: %d, Time elapsed: %d.%03d s -- in com.tamarack.dispatch.%s" % (R.randint(3, 40), R.randint(0, 2), R.randint(0, 9), R.randint(0, 999), pick(R, ["ErrorMapperTest", "FailedDeliveryHandlerTest", "RetryPolicyTest", "DispatchControllerTest"])),
                        "[INFO] Tests run: %d, Failures: 0, Errors: 0, Skipped: %d" % (R.randint(100, 400), R.randint(0, 5)),
                        "[INFO] BUILD SUCCESS", "[INFO] Total time:  %02d:%02d min" % (R.randint(1, 9), R.randint(0, 59)),
                        "[INFO] --- surefire:3.5.%d:test (default-test) @ dispatch-service ---" % R.randint(0, 2)])
    def n_gyp(R):
        return pick(R, ["gyp info ok", "gyp info using node-gyp@10.%d.0" % R.randint(0, 2), "node-pre-gyp info check checked for \"%s/node_modules/sharp/build/Release/sharp.node\" (found)" % src(R).replace("pellucid-health/monorepo", "tamarack/driver-app-web")])
    def n_phase(R):
        return cont(R, pick(R, ["Phase complete: INSTALL State: SUCCEEDED", "Entering phase INSTALL", "Phase complete: PRE_BUILD State: SUCCEEDED", "Phase context status code:  Message: ", "Running command npm config get registry"]))
    return [n_login, n_cmd, n_npm, n_audit, n_pip, n_pipretry, n_pipresolver, n_pipwarn, n_mvn, n_mvnwarn, n_mvntests, n_gyp, n_phase]


def fam_pkg(R):
    return build(R, F2, [("driver-app-npm-codeartifact-token-expired-e401", p_e401), ("route-planner-routing-sdk-4-2-0-unpublished", p_pip),
                         ("dispatch-maven-central-upstream-detached-404", p_mvn), ("route-planner-role-getauthorizationtoken-denied", p_token),
                         ("orjson-3-10-7-wheel-hash-mismatch", p_hash), ("driver-app-arm64-bcrypt-node-gyp-no-python", p_gyp)], pkg_negs())


FAMILIES = {F1: fam_cb, F2: fam_pkg}
