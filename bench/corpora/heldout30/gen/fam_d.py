"""Families: buildkit-kaniko-ecr-image-builds, cdk-sam-cloudformation-ci-deploys."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, iso, day, hms, cb, cont, ACCT, REGION, jd)

# ---------------------------------------------------------------- buildkit-kaniko-ecr-image-builds
# "emberfield energy": images built two ways. CodeBuild projects run `docker buildx build --progress=plain`
# (BuildKit step output `#N ...`, one event per line); ECS Fargate tasks run Kaniko (logrus text
# `INFO[0012] ...`, fatal errors as plain `error ...` lines) through the awslogs driver. Pushes go to ECR.
F1 = "buildkit-kaniko-ecr-image-builds"
ECR = "%s.dkr.ecr.%s.amazonaws.com" % (ACCT, REGION)


def st(R):
    return R.randint(2, 30)


def el(R):
    return "%d.%03d" % (R.randint(0, 300), R.randint(0, 999))


def k_repo(R):
    # the meter-ingest pipeline was added to the Kaniko job before its ECR repository was created by Terraform
    tag = hexs(R, 7)
    if R.random() < 0.6:
        return "error checking push permissions -- make sure you entered the correct tag name, and that you are authenticated correctly, and try again: checking push permission for \"%s/meter-ingest:%s\": POST https://%s/v2/meter-ingest/blobs/uploads/: NAME_UNKNOWN: The repository with name 'meter-ingest' does not exist in the registry with id '%s'" % (ECR, tag, ECR, ACCT)
    return "error pushing image: failed to push to destination %s/meter-ingest:%s: NAME_UNKNOWN: The repository with name 'meter-ingest' does not exist in the registry with id '%s'" % (ECR, tag, ACCT)


def k_429(R):
    # the grid-api and forecaster Dockerfiles pull python:3.12-slim anonymously from Docker Hub through one NAT IP
    n = st(R)
    k = R.random()
    msg = "429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit"
    if k < 0.45:
        return "#%d ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:%s: %s" % (n, hexs(R, 64), msg)
    if k < 0.8:
        return "ERROR: failed to solve: python:3.12-slim: failed to resolve source metadata for docker.io/library/python:3.12-slim: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/python/manifests/sha256:%s: %s" % (hexs(R, 64), msg)
    return "#%d ERROR: %s" % (n, msg)


def k_immut(R):
    # grid-ui's repository was made tag-immutable; its buildspec still also pushes :latest
    if R.random() < 0.6:
        return "#%d ERROR: failed to push %s/grid-ui:latest: tag invalid: The image tag 'latest' already exists in the 'grid-ui' repository and cannot be overwritten because the repository is immutable." % (st(R), ECR)
    return "ERROR: failed to solve: failed to push %s/grid-ui:latest: tag invalid: The image tag 'latest' already exists in the 'grid-ui' repository and cannot be overwritten because the repository is immutable." % ECR


def k_oom(R):
    # forecaster's Gradle bootJar in the Docker build exceeds the 7 GB of the BUILD_GENERAL1_MEDIUM host
    n = st(R)
    k = R.random()
    if k < 0.4:
        return "#%d %s Killed" % (n, el(R))
    if k < 0.75:
        return "#%d ERROR: process \"/bin/sh -c ./gradlew bootJar --no-daemon -x test\" did not complete successfully: exit code: 137" % n
    return "ERROR: failed to solve: process \"/bin/sh -c ./gradlew bootJar --no-daemon -x test\" did not complete successfully: exit code: 137"


def k_apk(R):
    # meter-gateway's Dockerfile moved to alpine:3.20, which no longer ships libssl1.1
    n = st(R)
    k = R.random()
    if k < 0.35:
        return pick(R, ["#%d %s ERROR: unable to select packages:", "#%d %s   libssl1.1 (no such package):", "#%d %s     required by: world[libssl1.1]"]) % (n, el(R))
    if k < 0.7:
        return "#%d ERROR: process \"/bin/sh -c apk add --no-cache libssl1.1 ca-certificates tzdata\" did not complete successfully: exit code: 1" % n
    return "ERROR: failed to solve: process \"/bin/sh -c apk add --no-cache libssl1.1 ca-certificates tzdata\" did not complete successfully: exit code: 1"


def k_cache(R):
    # --cache-to type=registry to ECR without image-manifest=true,oci-mediatypes=true: ECR rejects the manifest
    svc = pick(R, ["grid-api", "forecaster", "meter-gateway", "tariff-engine"])
    if R.random() < 0.55:
        return "#%d ERROR: error writing manifest blob: failed commit on ref \"sha256:%s\": unexpected status from PUT request to https://%s/v2/build-cache/manifests/%s: 400 Bad Request" % (st(R), hexs(R, 64), ECR, svc)
    return "ERROR: failed to solve: error writing manifest blob: failed commit on ref \"sha256:%s\": unexpected status from PUT request to https://%s/v2/build-cache/manifests/%s: 400 Bad Request" % (hexs(R, 64), ECR, svc)


def img_negs():
    def n_internal(R):
        n = st(R)
        return pick(R, ["#%d [internal] load build definition from Dockerfile" % n, "#%d transferring dockerfile: %d.%02dkB done" % (n, R.randint(1, 4), R.randint(0, 99)), "#%d DONE %s" % (n, "%d.%ds" % (R.randint(0, 90), R.randint(0, 9))),
                        "#%d [internal] load .dockerignore" % n, "#%d transferring context: %d.%dMB %d.%ds done" % (n, R.randint(1, 60), R.randint(0, 9), R.randint(0, 5), R.randint(0, 9))])
    def n_step(R):
        n = st(R)
        return pick(R, ["#%d [builder %d/7] %s" % (n, R.randint(2, 7), pick(R, ["WORKDIR /app", "COPY package*.json ./", "RUN npm ci", "COPY . .", "RUN ./gradlew bootJar --no-daemon -x test", "RUN pip install --no-cache-dir -r requirements.txt"])),
                        "#%d CACHED" % n, "#%d [stage-1 %d/4] COPY --from=builder /app/build/libs/*.jar /app/app.jar" % (n, R.randint(2, 4))])
    def n_pull(R):
        n = st(R)
        a, b = R.randint(1, 40), R.randint(41, 90)
        return pick(R, ["#%d sha256:%s %d.%02dMB / %d.%02dMB %d.%ds" % (n, hexs(R, 64), a, R.randint(0, 99), b, R.randint(0, 99), R.randint(0, 9), R.randint(0, 9)),
                        "#%d extracting sha256:%s %d.%ds done" % (n, hexs(R, 64), R.randint(0, 9), R.randint(0, 9)),
                        "#%d resolve public.ecr.aws/docker/library/%s@sha256:%s 0.%ds done" % (n, pick(R, ["node:20-alpine", "eclipse-temurin:21-jre", "python:3.12-slim"]), hexs(R, 64), R.randint(0, 9))])
    def n_push(R):
        n = st(R)
        svc = pick(R, ["grid-api", "forecaster", "meter-gateway", "tariff-engine", "grid-ui"])
        return pick(R, ["#%d naming to %s/%s:%s done" % (n, ECR, svc, hexs(R, 7)), "#%d pushing layers %d.%ds done" % (n, R.randint(1, 40), R.randint(0, 9)),
                        "#%d pushing manifest for %s/%s:%s@sha256:%s %d.%ds done" % (n, ECR, svc, hexs(R, 7), hexs(R, 64), R.randint(0, 3), R.randint(0, 9)),
                        "#%d exporting to image" % n])
    def n_runout(R):
        n = st(R)
        return "#%d %s %s" % (n, el(R), pick(R, ["npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory. Do not use it.",
                                                  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable.",
                                                  "debconf: delaying package configuration, since apt-utils is not installed",
                                                  "> Task :compileJava",
                                                  "BUILD SUCCESSFUL in %dm %ds" % (R.randint(1, 5), R.randint(0, 59)),
                                                  "(1/%d) Installing ca-certificates (20240705-r0)" % R.randint(3, 9),
                                                  "OK: %d MiB in %d packages" % (R.randint(10, 40), R.randint(20, 60)),
                                                  "found 0 vulnerabilities",
                                                  "warning: unable to access '/root/.config/git/attributes': Permission denied"]))
    def n_check(R):
        # BuildKit build checks are advisory
        return pick(R, [" %d warning%s found (use docker --debug to expand):" % ((lambda w: (w, "s" if w > 1 else ""))(R.randint(1, 3))),
                        " - SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (ARG \"NPM_TOKEN\") (line %d)" % R.randint(3, 12),
                        " - FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line %d)" % R.randint(1, 20),
                        " - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line %d)" % R.randint(20, 40)])
    def n_login(R):
        return pick(R, ["Login Succeeded", "WARNING! Your password will be stored unencrypted in /root/.docker/config.json.", "Configure a credential helper to remove this warning. See",
                        cont(R, "Running command aws ecr get-login-password --region %s | docker login --username AWS --password-stdin %s" % (REGION, ECR)),
                        cont(R, "Running command docker buildx build --progress=plain --cache-from type=registry,ref=%s/build-cache:%s --push -t %s/%s:$CODEBUILD_RESOLVED_SOURCE_VERSION ." % (ECR, pick(R, ["grid-api", "forecaster"]), ECR, pick(R, ["grid-api", "forecaster"])))])
    def n_kinfo(R):
        return "INFO[%04d] %s" % (R.randint(0, 300), pick(R, ["Retrieving image manifest public.ecr.aws/docker/library/eclipse-temurin:21-jre",
                                                               "Returning cached image manifest", "Built cross stage deps: map[0:[/app/build/libs]]",
                                                               "Executing 0 build triggers", "Taking snapshot of full filesystem...",
                                                               "Pushing image to %s/%s:%s" % (ECR, pick(R, ["tariff-engine", "forecaster", "meter-gateway"]), hexs(R, 7)),
                                                               "Pushed %s/%s@sha256:%s" % (ECR, pick(R, ["tariff-engine", "forecaster", "meter-gateway"]), hexs(R, 64)),
                                                               "RUN ./gradlew bootJar --no-daemon", "Unpacking rootfs as cmd COPY . . requires it.",
                                                               "Using caching version of cmd: RUN apk add --no-cache ca-certificates tzdata"]))
    def n_kcache(R):
        # Kaniko's layer cache lookup: a miss is logged at WARN and the layer is built
        return "WARN[%04d] Error while retrieving image from cache: %s/kaniko-cache:%s GET https://%s/v2/kaniko-cache/manifests/%s: MANIFEST_UNKNOWN: Requested image not found" % (R.randint(0, 60), ECR, hexs(R, 64), ECR, hexs(R, 64))
    def n_scan(R):
        return cont(R, "Running command aws ecr wait image-scan-complete --repository-name %s --image-id imageTag=%s" % (pick(R, ["grid-api", "forecaster", "tariff-engine"]), hexs(R, 7)))
    def n_retry(R):
        n = st(R)
        return "#%d %s npm http fetch GET 200 https://registry.npmjs.org/%s %dms (cache revalidated, attempt 2)" % (n, el(R), pick(R, ["react", "vite", "esbuild", "@types/node"]), R.randint(40, 900))
    return [n_internal, n_step, n_pull, n_push, n_runout, n_check, n_login, n_kinfo, n_kcache, n_scan, n_retry]


def fam_img(R):
    return build(R, F1, [("kaniko-meter-ingest-ecr-repo-missing", k_repo), ("dockerhub-anonymous-pull-rate-limit-python", k_429),
                         ("grid-ui-latest-tag-immutable", k_immut), ("forecaster-gradle-bootjar-oom-137", k_oom),
                         ("meter-gateway-alpine-3-20-libssl1-1-missing", k_apk), ("ecr-registry-cache-manifest-400", k_cache)], img_negs())


# ---------------------------------------------------------------- cdk-sam-cloudformation-ci-deploys
# "pinecrest learning": CodePipeline deploy actions running `cdk deploy` (CDK v2 CLI, stack-event progress lines)
# and `sam deploy` (its CloudFormation events table) in CodeBuild; one event per output line.
F2 = "cdk-sam-cloudformation-ci-deploys"


def clock(R):
    h = R.randint(1, 12)
    return "%d:%02d:%02d %s" % (h, R.randint(0, 59), R.randint(0, 59), pick(R, ["AM", "PM"]))


def ev(R, stack, status, rtype, logical, reason=""):
    n = R.randint(1, 30)
    return "%s | %2d/%d | %s | %-20s | %s | %s%s" % (stack, n, n + R.randint(1, 20), clock(R), status, rtype, logical, (" " + reason) if reason else "")


def lid(name):
    return "%s (%s%s)" % (name, name, "".join("0123456789ABCDEF"[(ord(c) * 7 + i) % 16] for i, c in enumerate(name * 2))[:8])


def c_node16(R):
    # GradebookStack still defines LegacyExportFn with nodejs16.x; any update of the function is now refused
    if R.random() < 0.6:
        return ev(R, "GradebookStack", "UPDATE_FAILED", "AWS::Lambda::Function", lid("LegacyExportFn"),
                  "Resource handler returned message: \"The runtime parameter of nodejs16.x is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions. (Service: Lambda, Status Code: 400, Request ID: %s)\" (RequestToken: %s, HandlerErrorCode: InvalidRequest)" % (uuid(R), uuid(R)))
    return "❌  GradebookStack failed: ToolkitError: The stack named GradebookStack failed to deploy: UPDATE_ROLLBACK_COMPLETE: Resource handler returned message: \"The runtime parameter of nodejs16.x is no longer supported for creating or updating AWS Lambda functions. (Service: Lambda, Status Code: 400, Request ID: %s)\"" % uuid(R)


def c_boot(R):
    # the pipeline gained an ap-southeast-2 stage; that account/region was never bootstrapped
    k = R.random()
    if k < 0.5:
        return "❌  EnrollmentStack-apse2 failed: ToolkitError: EnrollmentStack-apse2: SSM parameter /cdk-bootstrap/hnb659fds/version not found. Has the environment been bootstrapped? Please run 'cdk bootstrap' (see https://docs.aws.amazon.com/cdk/latest/guide/bootstrapping.html)"
    if k < 0.8:
        return "current credentials could not be used to assume 'arn:aws:iam::%s:role/cdk-hnb659fds-deploy-role-%s-ap-southeast-2', but are for the right account. Proceeding anyway." % (ACCT, ACCT)
    return "EnrollmentStack-apse2: fail: No bucket named 'cdk-hnb659fds-assets-%s-ap-southeast-2'. Is account %s bootstrapped? (asset %s)" % (ACCT, ACCT, hexs(R, 64))


def c_bucket(R):
    # the SAM template names its bucket explicitly; the name is held by the old, retained stack's bucket
    if R.random() < 0.6:
        return cont(R, "Command did not exit successfully sam deploy --config-env prod --no-confirm-changeset exit status 1")
    return pick(R, ["CREATE_FAILED                         AWS::S3::Bucket                       ReportsBucket                         pinecrest-reports-prod already exists",
                    "ROLLBACK_IN_PROGRESS                  AWS::CloudFormation::Stack            reports-api-prod                      The following resource(s) failed to create: [ReportsBucket]. Rollback requested by user.",
                    "Error: Failed to create/update the stack: reports-api-prod, Waiter StackCreateComplete failed: Waiter encountered a terminal failure state: For expression \"Stacks[].StackStatus\" we matched expected path: \"ROLLBACK_COMPLETE\" at least once"])


def c_rbfailed(R):
    # someone deleted MediaStack's TranscodeQueueRole by hand; the failed update cannot roll back, the stack is stuck
    if R.random() < 0.5:
        return ev(R, "MediaStack", "UPDATE_ROLLBACK_FAILED", "AWS::CloudFormation::Stack", "MediaStack", "The following resource(s) failed to update: [TranscodeQueueRoleB7E2C1F4].")
    if R.random() < 0.5:
        return cont(R, "Command did not exit successfully npx cdk deploy MediaStack --require-approval never exit status 1")
    return "❌  MediaStack failed: ToolkitError: Stack 'MediaStack' is in UPDATE_ROLLBACK_FAILED state and can not be updated."


def c_size(R):
    # ReportingStack's AnalyticsExportFn bundles pandas+pyarrow without a layer and passes the 250 MB unzipped limit
    if R.random() < 0.6:
        return ev(R, "ReportingStack", "UPDATE_FAILED", "AWS::Lambda::Function", lid("AnalyticsExportFn"),
                  "Resource handler returned message: \"Unzipped size must be smaller than 262144000 bytes (Service: Lambda, Status Code: 400, Request ID: %s)\" (RequestToken: %s, HandlerErrorCode: InvalidRequest)" % (uuid(R), uuid(R)))
    return "❌  ReportingStack failed: ToolkitError: The stack named ReportingStack failed to deploy: UPDATE_ROLLBACK_COMPLETE: Resource handler returned message: \"Unzipped size must be smaller than 262144000 bytes (Service: Lambda, Status Code: 400, Request ID: %s)\"" % uuid(R)


def cdk_negs():
    stacks = ["GradebookStack", "ReportingStack", "MediaStack", "EnrollmentStack", "IdentityStack", "SearchStack"]
    def n_ev(R):
        st = pick(R, ["UPDATE_IN_PROGRESS", "UPDATE_COMPLETE", "CREATE_IN_PROGRESS", "CREATE_COMPLETE", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", "DELETE_COMPLETE"])
        return ev(R, pick(R, stacks), st, pick(R, ["AWS::Lambda::Function", "AWS::IAM::Role", "AWS::DynamoDB::Table", "AWS::ApiGateway::Deployment", "AWS::Lambda::Version", "AWS::SQS::Queue"]),
                  lid(pick(R, ["SubmitGradeFn", "ApiDeployment", "EnrollmentTable", "WorkerQueue", "IndexerRole", "SearchFn", "CurrentVersion"])))
    def n_inprog_reason(R):
        return ev(R, pick(R, stacks), "CREATE_IN_PROGRESS", "AWS::Lambda::Function", lid(pick(R, ["SubmitGradeFn", "SearchFn", "ThumbnailFn"])), "Resource creation Initiated")
    def n_done(R):
        s = pick(R, stacks)
        return pick(R, [" ✅  %s" % s, " ✅  %s (no changes)" % s, "✨  Deployment time: %d.%02ds" % (R.randint(20, 600), R.randint(0, 99)), "✨  Synthesis time: %d.%02ds" % (R.randint(5, 60), R.randint(0, 99)),
                        "✨  Total time: %d.%02ds" % (R.randint(30, 700), R.randint(0, 99)), "%s: deploying... [%d/6]" % (s, R.randint(1, 6)), "%s: creating CloudFormation changeset..." % s])
    def n_assets(R):
        s = pick(R, stacks)
        return pick(R, ["%s: start: Building %s:%s-%s" % (s, hexs(R, 64), ACCT, REGION), "%s: success: Built %s:%s-%s" % (s, hexs(R, 64), ACCT, REGION),
                        "%s: start: Publishing %s:%s-%s" % (s, hexs(R, 64), ACCT, REGION), "%s: success: Published %s:%s-%s" % (s, hexs(R, 64), ACCT, REGION)])
    def n_samnochange(R):
        # `sam deploy --no-fail-on-empty-changeset` is not set: SAM prints this with an Error: prefix and exits 1, the
        # buildspec treats that exit as success (nothing to deploy)
        return "Error: No changes to deploy. Stack %s is up to date" % pick(R, ["reports-api-staging", "notifications-prod", "notifications-staging", "lti-bridge-prod", "lti-bridge-staging"])
    def n_samev(R):
        st = pick(R, ["UPDATE_IN_PROGRESS", "UPDATE_COMPLETE", "CREATE_IN_PROGRESS", "CREATE_COMPLETE", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS"])
        return "%-38s%-38s%-38s%s" % (st, pick(R, ["AWS::Lambda::Function", "AWS::ApiGatewayV2::Api", "AWS::IAM::Role", "AWS::Lambda::Permission"]), pick(R, ["ReportsFunction", "ReportsFunctionRole", "HttpApi", "NotifyFunction", "LtiLaunchFunction"]), pick(R, ["-", "-", "Resource creation Initiated"]))
    def n_samok(R):
        return pick(R, ["Successfully created/updated stack - %s in %s" % (pick(R, ["reports-api-staging", "notifications-prod", "lti-bridge-prod"]), REGION),
                        "Changeset created successfully. arn:aws:cloudformation:%s:%s:changeSet/samcli-deploy%d/%s" % (REGION, ACCT, R.randint(1872288000, 1873500000), uuid(R)),
                        "CloudFormation events from stack operations (refresh every 5.0 seconds)",
                        "Waiting for changeset to be created.."])
    def n_warn(R):
        return pick(R, ["[Warning at /%s/%s] %s" % (pick(R, stacks), pick(R, ["Api/Default", "Table", "Fn"]), pick(R, ["aws-cdk-lib.aws_dynamodb.TableOptions#pointInTimeRecovery is deprecated.", "minHealthyPercent has not been configured so the default value of 50% is used. [ack: @aws-cdk/aws-ecs:minHealthyPercent]", "If you do not specify a log group, a default one will be created. [ack: @aws-cdk/aws-lambda:logGroup]"])),
                        "NOTICES         (What's this? https://github.com/aws/aws-cdk/wiki/CLI-Notices)",
                        "%d\tCDK CLI will collect telemetry data on command usage starting at version 2.1100.0 (unless opted out)" % R.randint(30000, 34999)])
    def n_skip(R):
        return ev(R, pick(R, stacks), "DELETE_SKIPPED", "AWS::Logs::LogGroup", lid(pick(R, ["OldApiLogs", "LegacyExportLogs", "ImporterLogs"])))
    def n_lint(R):
        return "%s %s:%d:%d" % (pick(R, ["W3005 Obsolete DependsOn on resource (ReportsFunctionRole), dependency already enforced by a \"GetAtt\" at Resources/ReportsFunction/Properties/Role/Fn::GetAtt", "W2001 Parameter LegacyStage not used.", "I3042 ARN in Resource ReportsTopicPolicy contains hardcoded Partition in ARN or incorrectly placed Pseudo Parameters"]), pick(R, ["template.yaml", "infra/notifications.yaml"]), R.randint(10, 400), R.randint(1, 20))
    def n_diff(R):
        return pick(R, ["Stack %s" % pick(R, stacks), "There were no differences", "[~] AWS::Lambda::Function %s %s" % (pick(R, ["SubmitGradeFn", "SearchFn"]), lid("SearchFn").split(" ")[1][1:-1]),
                        "Number of stacks with differences: %d" % R.randint(0, 4)])
    def n_rbdev(R):
        # the integration stage deploys preview stacks per branch; a preview rolled back and was torn down by its author
        return ev(R, "GradebookStack-pr%d" % R.randint(400, 900), pick(R, ["DELETE_IN_PROGRESS", "DELETE_COMPLETE"]), "AWS::CloudFormation::Stack", "GradebookStack-pr%d" % R.randint(400, 900), "User Initiated")
    return [n_ev, n_inprog_reason, n_done, n_assets, n_samnochange, n_samev, n_samok, n_warn, n_skip, n_lint, n_diff, n_rbdev]


def fam_cdk(R):
    return build(R, F2, [("gradebook-legacy-fn-nodejs16-runtime-refused", c_node16), ("enrollment-apse2-not-bootstrapped", c_boot),
                         ("sam-reports-bucket-name-already-exists", c_bucket), ("mediastack-update-rollback-failed-role-deleted", c_rbfailed),
                         ("reporting-analytics-fn-unzipped-size-limit", c_size)], cdk_negs())


FAMILIES = {F1: fam_img, F2: fam_cdk}
