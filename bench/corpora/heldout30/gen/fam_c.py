"""Families: jenkins-controller-ecs-ec2-agents, atlantis-terraform-plan-apply-json."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, iso, sp, day, hms, ACCT, REGION, jd)

# ---------------------------------------------------------------- jenkins-controller-ecs-ec2-agents
# "saltmarsh media": a Jenkins LTS controller on EC2 (JENKINS_HOME on EFS) with ECS Fargate agents from the
# Amazon ECS plugin (templates ecs-maven-jdk21, ecs-node20) and static EC2 agents ec2-build-01..06.
# /var/log/jenkins/jenkins.log shipped by the CloudWatch agent with a timestamp multi_line_start_pattern:
# `<date> <time>.<ms>+0000 [id=N]\t<LEVEL>\t<logger>#<method>: <text>` (+ stack trace lines).
F1 = "jenkins-controller-ecs-ec2-agents"


def jts(R):
    return "2029-05-%02d %s.%s+0000" % (day(R), hms(R), digits(R, 3))


def jl(R, lvl, src, text):
    return "%s [id=%d]\t%s\t%s: %s" % (jts(R), R.randint(20, 9000), lvl, src, text)


def j_ecr(R):
    # the agent image moved to a new ECR repository; the ECS task execution role only allows the old one
    name = "ecs-maven-jdk21-%s" % lower(R, 5)
    if R.random() < 0.6:
        return jl(R, "SEVERE", "c.c.j.plugins.amazonecs.ECSLauncher#launch", "[%s]: Launch failed: Task arn:aws:ecs:%s:%s:task/jenkins-agents/%s stopped: CannotPullContainerError: pull image manifest has been retried 7 time(s): failed to resolve ref %s.dkr.ecr.%s.amazonaws.com/ci/jenkins-agent-maven:jdk21-2029.05: pulling from host %s.dkr.ecr.%s.amazonaws.com failed with status code [manifests jdk21-2029.05]: 403 Forbidden\njava.lang.IllegalStateException: Task stopped before coming online\n\tat com.cloudbees.jenkins.plugins.amazonecs.ECSLauncher.waitForAgentRunning(ECSLauncher.java:%d)\n\tat com.cloudbees.jenkins.plugins.amazonecs.ECSLauncher.launch(ECSLauncher.java:%d)" % (
            name, REGION, ACCT, hexs(R, 32), ACCT, REGION, ACCT, REGION, R.randint(200, 260), R.randint(100, 140)))
    return jl(R, "WARNING", "hudson.slaves.NodeProvisioner#update", "Unexpected exception encountered while provisioning agent ECS Agent ecs-maven-jdk21\njava.lang.IllegalStateException: Agent %s was not able to start: CannotPullContainerError (403 Forbidden on ci/jenkins-agent-maven:jdk21-2029.05)" % name)


def j_oom(R):
    # a pipeline with 40k-line console logs and Blue Ocean's run cache exhausted the 4 GB controller heap
    lvl, src = pick(R, [("SEVERE", "hudson.model.AsyncPeriodicWork#lambda$doRun$1"), ("WARNING", "jenkins.util.ErrorLoggingScheduledThreadPoolExecutor#afterExecute"), ("SEVERE", "hudson.triggers.SafeTimerTask#run"), ("WARNING", "org.eclipse.jetty.server.HttpChannel#handleException")])
    what = pick(R, ["Java heap space", "GC overhead limit exceeded"])
    return jl(R, lvl, src, "%s\njava.lang.OutOfMemoryError: %s\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:%d)\n\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:%d)" % (
        pick(R, ["Failed to run periodic task Workspace clean-up", "failure in task not wrapped in SafeTimerTask", "Timer task hudson.model.LoadStatistics$LoadStatisticsUpdater@%s failed" % hexs(R, 8), "/job/saltmarsh/job/transcoder/job/main/%d/consoleText" % R.randint(900, 1400)]), what, R.randint(3400, 3600), R.randint(170, 190)))


def j_app(R):
    # the GitHub App credential gh-app-saltmarsh-ci was updated with the key in PKCS#1 form pasted wrongly;
    # every installation token request and org scan fails
    if R.random() < 0.55:
        return jl(R, "SEVERE", "o.j.p.g.GitHubAppCredentials#generateAppInstallationToken", "Failed to retrieve GitHub App installation token for credential gh-app-saltmarsh-ci (app %d)\norg.kohsuke.github.HttpException: {\"message\":\"A JSON web token could not be decoded\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}\n\tat org.kohsuke.github.GitHubConnectorResponseErrorHandler$1.onError(GitHubConnectorResponseErrorHandler.java:%d)" % (R.randint(300000, 400000), R.randint(60, 90)))
    return jl(R, "WARNING", "jenkins.branch.MultiBranchProject$BranchIndexing#run", "saltmarsh/%s branch indexing action: FAILURE (Couldn't authenticate with GitHub app ID using credential gh-app-saltmarsh-ci)" % pick(R, ["transcoder", "ad-insertion", "cms-api", "player-web", "captions-worker", "media-catalog"]))


def j_disk(R):
    # the static agents' 50 GiB /home/jenkins volumes fill with Docker images and Gradle caches
    a = "ec2-build-%02d" % R.randint(1, 6)
    if R.random() < 0.6:
        return jl(R, "WARNING", "hudson.node_monitors.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline", "Making %s offline temporarily due to the lack of disk space" % a)
    return jl(R, "WARNING", "hudson.node_monitors.AbstractDiskSpaceMonitor#markNodeOfflineIfDiskspaceIsTooLow", "Disk space is below threshold of 1.00 GiB. Only 0.%03d GiB out of 49.%02d GiB left on /home/jenkins on %s." % (R.randint(100, 999), R.randint(0, 99), a))


def j_ldap(R):
    # the LDAP manager account's password expired in AD: every login (and API token lookup via LDAP) fails to bind
    return jl(R, "WARNING", "hudson.security.LDAPSecurityRealm$LDAPUserDetailsService#loadUserByUsername", "Failed to search LDAP for username %s\norg.springframework.ldap.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, data 532, v4563]; manager DN CN=svc-jenkins-ldap,OU=Service Accounts,DC=saltmarsh,DC=corp\n\tat org.springframework.ldap.support.LdapUtils.convertLdapException(LdapUtils.java:%d)" % (pick(R, ["amara.okafor", "lpetrov", "jenkins-deployer", "mchen", "r.alvarez", "tkowalski", "ysato", "build-bot"]), R.randint(190, 200)))


def jk_negs():
    def n_init(R):
        return jl(R, "INFO", "jenkins.InitReactorRunner$1#onAttained", pick(R, ["Started initialization", "Listed all plugins", "Prepared all plugins", "Started all plugins", "Augmented all extensions", "Loaded all jobs", "Configuration for all jobs updated", "Completed initialization"]))
    def n_run(R):
        job = pick(R, ["transcoder/main", "cms-api/main", "player-web/release%%2F4.%d" % R.randint(1, 9), "ad-insertion/main", "captions-worker/main"])
        return jl(R, "INFO", "o.j.p.w.job.WorkflowRun#finish", "saltmarsh/%s #%d completed: %s" % (job, R.randint(100, 3000), pick(R, ["SUCCESS", "SUCCESS", "SUCCESS", "ABORTED", "NOT_BUILT"])))
    def n_prfail(R):
        # pull-request builds whose tests fail: the author's business, reported on the PR
        return jl(R, "INFO", "o.j.p.w.job.WorkflowRun#finish", "saltmarsh/%s/PR-%d #%d completed: FAILURE" % (pick(R, ["transcoder", "cms-api", "player-web", "captions-worker"]), R.randint(100, 900), R.randint(1, 12)))
    def n_ecs(R):
        n = "ecs-%s-%s" % (pick(R, ["maven-jdk17", "node20", "python312"]), lower(R, 5))
        return jl(R, "INFO", pick(R, ["c.c.j.plugins.amazonecs.ECSCloud#provision", "c.c.j.plugins.amazonecs.ECSLauncher#launch", "c.c.j.plugins.amazonecs.ECSSlave#_terminate"]),
                  pick(R, ["Will provision %s, for label: %s" % (n, n.split("-")[1]), "[%s]: Agent %s successfully launched" % (n, n), "[%s]: Stopping: TaskArn arn:aws:ecs:%s:%s:task/jenkins-agents/%s" % (n, REGION, ACCT, hexs(R, 32))]))
    def n_crumb(R):
        return jl(R, "WARNING", "hudson.security.csrf.CrumbFilter#doFilter", "Found invalid crumb %s. If you are calling this URL with a script, please use the API Token instead. More information: https://www.jenkins.io/redirect/crumb-cannot-be-used-for-script" % hexs(R, 64))
    def n_login(R):
        return jl(R, "INFO", "jenkins.security.SecurityListener#fireFailedToAuthenticate", "failed to authenticate: %s (Bad credentials)" % pick(R, ["mchen", "guest", "admin", "lpetrov", "test"]))
    def n_periodic(R):
        w = pick(R, ["Download metadata", "Workspace clean-up", "Periodic background build discarder", "Fingerprint cleanup", "telemetry collection"])
        return jl(R, "INFO", "hudson.model.AsyncPeriodicWork#lambda$doRun$1", pick(R, ["Started %s" % w, "Finished %s. %d ms" % (w, R.randint(3, 90000))]))
    def n_eof(R):
        # a browser tab closed while streaming a console: noisy but harmless
        return jl(R, "WARNING", "o.e.j.ee9.nested.HttpChannel#handleException", "/job/saltmarsh/job/%s/job/main/%d/logText/progressiveHtml\norg.eclipse.jetty.io.EofException: Closed\n\tat org.eclipse.jetty.ee9.nested.HttpOutput.checkWritable(HttpOutput.java:%d)" % (pick(R, ["transcoder", "cms-api", "player-web"]), R.randint(100, 3000), R.randint(760, 790)))
    def n_index(R):
        return jl(R, "INFO", "jenkins.branch.MultiBranchProject$BranchIndexing#run", "saltmarsh/%s #%d branch indexing action: %s" % (pick(R, ["transcoder", "ad-insertion", "cms-api", "player-web", "captions-worker"]), R.randint(100, 900), pick(R, ["SUCCESS", "NOT_BUILT"])))
    def n_hook(R):
        return jl(R, "INFO", "o.j.p.github.webhook.subscriber.PushGHEventSubscriber$1#run", "Received PushEvent for https://github.com/saltmarsh/%s from %s ⇒ https://jenkins.saltmarsh.internal/github-webhook/" % (pick(R, ["transcoder", "cms-api", "player-web"]), ip10(R)))
    def n_plugin(R):
        return jl(R, "WARNING", pick(R, ["hudson.PluginWrapper#resolvePluginDependencies", "jenkins.model.Jenkins#<init>"]), pick(R, ["Plugin ansicolor is using the deprecated API hudson.util.Secret#toString; please update",
                                                                                                                           "Agent ec2-build-%02d is using an outdated remoting.jar (3261.%d); consider updating" % (R.randint(1, 6), R.randint(1, 9))]))
    def n_online(R):
        return jl(R, "INFO", "hudson.slaves.SlaveComputer#setChannel", "Agent ec2-build-%02d is online (remoting %d.%d)" % (R.randint(1, 6), R.randint(3200, 3300), R.randint(1, 9)))
    def n_quiet(R):
        return jl(R, "INFO", "hudson.model.Queue#maintain", pick(R, ["%d items in queue, %d buildable, longest wait %ds (waiting for next available executor on ecs-node20)" % (R.randint(0, 6), R.randint(0, 3), R.randint(1, 80)), "Queue maintenance completed in %d ms" % R.randint(1, 40)]))
    return [n_init, n_run, n_prfail, n_ecs, n_crumb, n_login, n_periodic, n_eof, n_index, n_hook, n_plugin, n_online, n_quiet]


def fam_jk(R):
    return build(R, F1, [("ecs-maven-agent-image-ecr-403-cannotpull", j_ecr), ("controller-heap-outofmemoryerror", j_oom),
                         ("github-app-credential-jwt-cannot-be-decoded", j_app), ("ec2-build-agents-offline-low-disk", j_disk),
                         ("ldap-manager-svc-jenkins-password-expired-532", j_ldap)], jk_negs())


# ---------------------------------------------------------------- atlantis-terraform-plan-apply-json
# "coldharbor fintech": Atlantis on ECS Fargate for repo coldharbor/infra-live (projects envs/<env>/<stack>),
# Terraform 1.9, S3 backend with DynamoDB locking. Atlantis logs one JSON object per line (zap): level, ts,
# caller, msg, json{repo, pull}; a failed command's Terraform output is inside msg (with \n escapes).
F2 = "atlantis-terraform-plan-apply-json"
REPO = "coldharbor/infra-live"


def al(R, level, caller, msg, pull=None):
    d = {"level": level, "ts": iso(R, 3), "caller": caller, "msg": msg}
    d["json"] = {"repo": REPO, "pull": str(pull or R.randint(2100, 2600))}
    return jd(d)


def pdir(R, pull, proj):
    return "/atlantis-data/repos/%s/%d/default/envs/%s" % (REPO, pull, proj)


def tfrun(R, cmd, pull, proj, output):
    return "running \"/usr/local/bin/terraform %s\" in \"%s\": exit status 1\n%s" % (cmd, pdir(R, pull, proj), output)


def t_lock(R):
    # an apply of envs/prod/payments crashed when its Fargate task was replaced; the DynamoDB lock stayed
    pull = R.randint(2100, 2600)
    out = "╷\n│ Error: Error acquiring the state lock\n│ \n│ Error message: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: %s, ConditionalCheckFailedException: The conditional request failed\n│ Lock Info:\n│   ID:        7f3c2a10-5e4b-4d8a-b1c9-2e6f0a9d4c33\n│   Path:      coldharbor-tfstate/envs/prod/payments/terraform.tfstate\n│   Operation: OperationTypeApply\n│   Who:       atlantis@ip-10-40-12-77.%s.compute.internal\n│   Version:   1.9.5\n│   Created:   2029-05-02 21:14:09.552183 +0000 UTC\n│   Info:      \n│ \n│ Terraform acquires a state lock to protect the state from being written\n│ by multiple users at the same time.\n╵" % (upper(R, 52), REGION)
    return al(R, "error", "events/instrumented_project_command_runner.go:%d" % R.randint(80, 90), "Failure running %s operation: %s" % ((lambda c: (c, tfrun(R, c + " -input=false -refresh -out $PLANFILE" if c == "plan" else "apply -input=false $PLANFILE", pull, "prod/payments", out)))(pick(R, ["plan", "plan", "apply"]))), pull)


def t_provider(R):
    # module eks-platform v12 requires hashicorp/aws ~> 4.67 while the root modules pin >= 5.70.0: init fails
    # for every project that uses the module
    proj = pick(R, ["prod/eks", "staging/eks", "dev/eks", "prod/observability", "staging/observability", "sandbox/eks-lab"])
    pull = R.randint(2100, 2600)
    out = "╷\n│ Error: Failed to query available provider packages\n│ \n│ Could not retrieve the list of available versions for provider hashicorp/aws: no available releases match the given constraints >= 5.70.0, ~> 4.67\n│ \n│ To see which modules are currently depending on hashicorp/aws and what versions are specified, run the following command:\n│     terraform providers\n╵"
    return al(R, "error", "events/instrumented_project_command_runner.go:%d" % R.randint(80, 90), "Failure running plan operation: %s" % tfrun(R, "init -input=false -upgrade", pull, proj, out), pull)


def t_rds(R):
    # the ledger replicas request engine_version 13.7, no longer offered by RDS
    pull = R.randint(2100, 2600)
    n = R.randint(1, 3)
    out = "╷\n│ Error: creating RDS DB Instance (ledger-replica-%d): operation error RDS: CreateDBInstance, https response error StatusCode: 400, RequestID: %s, InvalidParameterCombination: Cannot find version 13.7 for postgres\n│ \n│   with module.ledger.aws_db_instance.replica[%d],\n│   on ../../../modules/ledger/rds.tf line %d, in resource \"aws_db_instance\" \"replica\":\n│   %d: resource \"aws_db_instance\" \"replica\" {\n│ \n╵" % (n, uuid(R), n - 1, 40 + n, 40 + n)
    return al(R, "error", "events/instrumented_project_command_runner.go:%d" % R.randint(80, 90), "Failure running apply operation: %s" % tfrun(R, "apply -input=false $PLANFILE", pull, "prod/ledger", out), pull)


def t_gh(R):
    # the GitHub App's private key was rotated in GitHub; the ECS task still mounts the old one from its secret
    pull = R.randint(2100, 2600)
    k = R.random()
    if k < 0.5:
        return al(R, "error", "events/vcs/instrumented_client.go:%d" % R.randint(190, 200), "Unable to create comment for command plan, error: POST https://api.github.com/repos/%s/issues/%d/comments: 401 Bad credentials []" % (REPO, pull), pull)
    if k < 0.8:
        return al(R, "error", "events/vcs/github_credentials.go:%d" % R.randint(160, 175), "could not refresh installation id %d's token: received non 2xx response status \"401 Unauthorized\" when fetching https://api.github.com/app/installations/%d/access_tokens" % (53118822, 53118822), pull)
    return al(R, "error", "events/command_runner.go:%d" % R.randint(330, 340), "Unable to update commit status: POST https://api.github.com/repos/%s/statuses/%s: 401 Bad credentials []" % (REPO, hexs(R, 40)), pull)


def t_s3(R):
    # a new SCP on the sandbox OU denies s3:ListBucket on buckets outside the OU; sandbox projects cannot read state
    proj = pick(R, ["sandbox/data-lab", "sandbox/eks-lab", "sandbox/ml-notebooks", "sandbox/network"])
    pull = R.randint(2100, 2600)
    out = "╷\n│ Error: Failed to get existing workspaces: Unable to list objects in S3 bucket \"coldharbor-tfstate\" with prefix \"env:/\": operation error S3: ListObjectsV2, https response error StatusCode: 403, RequestID: %s, HostID: %s, api error AccessDenied: User: arn:aws:sts::%s:assumed-role/atlantis-sandbox-deployer/atlantis is not authorized to perform: s3:ListBucket on resource: \"arn:aws:s3:::coldharbor-tfstate\" with an explicit deny in a service control policy\n╵" % (upper(R, 16), alnum(R, 56), "210987654321")
    return al(R, "error", "events/instrumented_project_command_runner.go:%d" % R.randint(80, 90), "Failure running plan operation: %s" % tfrun(R, "init -input=false -upgrade", pull, proj, out), pull)


def t_disk(R):
    # the 20 GiB ephemeral storage of the Atlantis task is full of per-PR provider copies
    pull = R.randint(2100, 2600)
    f = pick(R, ["plugin-cache/registry.terraform.io/hashicorp/aws/5.7%d.0/linux_amd64/terraform-provider-aws_v5.7%d.0_x5" % ((lambda v: (v, v))(R.randint(0, 9))),
                 "repos/%s/%d/default/envs/prod/network/.terraform/providers/registry.terraform.io/hashicorp/aws/5.72.1/linux_amd64/terraform-provider-aws_v5.72.1_x5" % (REPO, pull),
                 "repos/%s/%d/default/.git/objects/pack/tmp_pack_%s" % (REPO, pull, alnum(R, 6))])
    return al(R, "error", pick(R, ["events/working_dir.go:%d" % R.randint(230, 260), "events/instrumented_project_command_runner.go:%d" % R.randint(80, 90)]), "Failure running plan operation: write /atlantis-data/%s: no space left on device" % f, pull)


def at_negs():
    def n_parse(R):
        return al(R, "info", "events/events_controller.go:%d" % R.randint(400, 700), pick(R, ["Parsed comment as command=\"plan\" verbose=false dir=\"%s\" workspace=\"\" project=\"\" flags=\"\"" % pick(R, ["envs/prod/network", "envs/staging/eks", ""]),
                                                                                          "Handling GitHub Pull Request 'updated' event", "Handling GitHub Pull Request 'opened' event", "Parsed comment as command=\"apply\" verbose=false dir=\"\" workspace=\"\" project=\"staging-api\" flags=\"\""]))
    def n_lock(R):
        p = pick(R, ["prod/network", "staging/eks", "dev/api", "prod/dns", "staging/api"])
        return al(R, "info", "events/project_locker.go:%d" % R.randint(50, 90), pick(R, ["Acquired lock with id \"%s/envs/%s/default\"" % (REPO, p), "Deleted locks and workspace for repo %s, pull %d" % (REPO, R.randint(2100, 2600))]))
    def n_ok(R):
        pull = R.randint(2100, 2600)
        p = pick(R, ["prod/network", "staging/eks", "dev/api", "prod/dns", "staging/api", "prod/ledger"])
        return al(R, "info", pick(R, ["runtime/run_step_runner.go:%d" % R.randint(60, 90), "runtime/plan_step_runner.go:%d" % R.randint(200, 260), "events/instrumented_project_command_runner.go:%d" % R.randint(70, 79)]),
                  pick(R, ["Successfully ran \"/usr/local/bin/terraform init -input=false -upgrade\" in \"%s\"" % pdir(R, pull, p), "plan success. output available at: https://github.com/%s/pull/%d" % (REPO, pull),
                           "apply success. output available at: https://github.com/%s/pull/%d" % (REPO, pull), "Plan: %d to add, %d to change, %d to destroy." % (R.randint(0, 9), R.randint(0, 9), R.randint(0, 3))]), pull)
    def n_nochange(R):
        return al(R, "info", "runtime/plan_step_runner.go:%d" % R.randint(200, 260), "No changes. Your infrastructure matches the configuration. (project %s)" % pick(R, ["prod/dns", "dev/api", "staging/network", "prod/iam"]))
    def n_devfail(R):
        # a PR whose own code does not validate: the plan fails and the author sees it on the PR
        pull = R.randint(2100, 2600)
        err = pick(R, ["│ Error: Unsupported argument\n│ \n│   on s3.tf line %d, in resource \"aws_s3_bucket\" \"logs\":\n│   %d:   acl = \"private\"\n│ \n│ An argument named \"acl\" is not expected here." % ((lambda l: (l, l))(R.randint(10, 90))),
                       "│ Error: Reference to undeclared input variable\n│ \n│   on main.tf line %d, in module \"api\":\n│   %d:   desired_count = var.api_desired_count\n│ \n│ An input variable with the name \"api_desired_count\" has not been declared." % ((lambda l: (l, l))(R.randint(10, 90))),
                       "│ Error: Missing required argument\n│ \n│   on sg.tf line %d, in resource \"aws_vpc_security_group_ingress_rule\" \"https\":\n│ \n│ The argument \"ip_protocol\" is required, but no definition was found." % R.randint(10, 90)])
        return al(R, "error", "events/instrumented_project_command_runner.go:%d" % R.randint(80, 90), "Failure running plan operation: %s" % tfrun(R, "plan -input=false -refresh -out $PLANFILE", pull, pick(R, ["dev/api", "staging/api", "dev/network"]), "╷\n" + err + "\n╵"), pull)
    def n_policy(R):
        # conftest policies reject public buckets and untagged resources by design
        return al(R, "error", "events/instrumented_project_command_runner.go:%d" % R.randint(80, 90), "Failure running policy_check operation: policy set: coldharbor-guardrails: %d tests, %d passed, 0 warnings, %d failures, 0 exceptions" % ((lambda f, p: (f + p, p, f))(R.randint(1, 3), R.randint(20, 40))))
    def n_locked(R):
        return al(R, "info", "events/project_command_builder.go:%d" % R.randint(300, 400), "This project is currently locked by an unapplied plan from pull #%d. To continue, delete the lock from #%d or apply that plan and merge the pull request." % ((lambda p: (p, p))(R.randint(2100, 2600))))
    def n_hook(R):
        return al(R, "debug", "server/controllers/events/events_controller.go:%d" % R.randint(100, 200), "handling GitHub post: X-GitHub-Event=%s X-GitHub-Delivery=%s" % (pick(R, ["pull_request", "issue_comment", "push"]), uuid(R)))
    def n_rate(R):
        return al(R, "warn", "events/vcs/github_client.go:%d" % R.randint(900, 990), "GitHub secondary rate limit hit, sleeping %ds before retrying GET /repos/%s/pulls/%d/files (succeeded on retry)" % (R.randint(30, 90), REPO, R.randint(2100, 2600)))
    def n_autoplan(R):
        return al(R, "info", "events/command_runner.go:%d" % R.randint(150, 200), pick(R, ["determined there was no project to run plan in", "%d projects are to be planned based on their when_modified config" % R.randint(1, 6), "Running autoplan...", "Pull request was closed, deleting locks"]))
    def n_deprec(R):
        return al(R, "warn", "runtime/plan_step_runner.go:%d" % R.randint(200, 260), "terraform output contained warnings: Warning: Argument is deprecated (\"%s\"); Warning: Redundant ignore_changes element" % pick(R, ["inline_policy", "enable_classiclink", "s3_force_path_style", "dynamodb_table"]))
    def n_refresh(R):
        return al(R, "debug", "events/vcs/github_credentials.go:%d" % R.randint(160, 175), "refreshed installation token for installation 53118822, expires at 2029-05-%02dT%sZ" % (day(R), hms(R)))
    return [n_parse, n_lock, n_ok, n_nochange, n_devfail, n_policy, n_locked, n_hook, n_rate, n_autoplan, n_deprec, n_refresh]


def fam_at(R):
    return build(R, F2, [("payments-prod-stale-dynamodb-state-lock", t_lock), ("eks-module-v12-aws-provider-constraint-conflict", t_provider),
                         ("ledger-rds-postgres-13-7-retired", t_rds), ("github-app-key-rotated-401-bad-credentials", t_gh),
                         ("sandbox-scp-denies-state-bucket-list", t_s3), ("atlantis-data-ephemeral-storage-full", t_disk)], at_negs())


FAMILIES = {F1: fam_jk, F2: fam_at}
