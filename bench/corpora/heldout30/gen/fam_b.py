"""Families: codedeploy-agent-ec2-lifecycle-hooks, gha-selfhosted-runners-ec2-diag."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pick, build, iso, sp, day, hms, ACCT, REGION, jd)

# ---------------------------------------------------------------- codedeploy-agent-ec2-lifecycle-hooks
# "brackenridge insurance": CodeDeploy in-place deployments to EC2 Auto Scaling groups (quote-web: Node,
# rating-engine: Java, docs-portal: nginx static). The CloudWatch agent ships two files: the agent log
# /var/log/aws/codedeploy-agent/codedeploy-agent.log (multi_line_start_pattern on the timestamp, so Ruby
# backtraces stay with their line) and the scripts log codedeploy-agent-deployments.log.
F1 = "codedeploy-agent-ec2-lifecycle-hooks"
LIB = "/opt/codedeploy-agent/lib/instance_agent/plugins/codedeploy"


def ats(R):
    return "2029-05-%02dT%s" % (day(R), hms(R))


def agent(R, lvl, text):
    return "%s %-5s [codedeploy-agent(%d)]: %s" % (ats(R), lvl, R.randint(2800, 4200), text)


def did(R):
    return "d-" + upper(R, 9)


def dep(R, text, d=None):
    return "[%s] [%s]%s" % (sp(R, 3), d or did(R), text)


def bt(R, frames):
    return "\n".join(frames)


def d_port(R):
    # quote-web's new systemd unit starts the app, and ApplicationStart's script also starts it by hand
    # (`node server.js &`): the second copy dies on the port held by the first
    k = R.random()
    if k < 0.4:
        return dep(R, "[stderr]Error: listen EADDRINUSE: address already in use :::8080")
    if k < 0.8:
        return agent(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error executing command: InstanceAgent::Plugins::CodeDeployPlugin::ScriptError - Script at specified location: scripts/start_quote_web.sh run as user webapp failed with exit code 1 - %s/hook_executor.rb:%d:in `execute_script'\n%s/hook_executor.rb:%d:in `block (2 levels) in execute'" % (LIB, R.randint(180, 200), LIB, R.randint(130, 150)))
    return dep(R, "[stderr]quote-web failed to bind :8080 after start (pid %d); see journalctl -u quote-web" % R.randint(3000, 30000))


def d_validate(R):
    # rating-engine 7.x needs ~6 minutes to warm its rate tables; ValidateService keeps its 300 s timeout
    if R.random() < 0.55:
        return agent(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error executing command: InstanceAgent::Plugins::CodeDeployPlugin::ScriptError - Script at specified location: scripts/validate_rating_engine.sh failed to complete in 300 seconds - %s/hook_executor.rb:%d:in `execute_script'" % (LIB, R.randint(180, 200)))
    return dep(R, "[stdout]rating-engine not healthy after %d attempts (GET http://127.0.0.1:9090/actuator/health -> 503 OUT_OF_SERVICE, rateTables=loading)" % R.randint(58, 60))


def d_poll(R):
    # docs-portal's launch template switched to an instance profile without the codedeploy-commands-secure actions
    return agent(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Cannot reach InstanceService: Aws::CodeDeployCommand::Errors::AccessDeniedException - User: arn:aws:sts::%s:assumed-role/docs-portal-ec2/i-0%s is not authorized to perform: codedeploy-commands-secure:PollHostCommand" % (ACCT, hexs(R, 16)))


def d_s3(R):
    # rating-engine bundles are now encrypted with the pipeline's KMS key; the instance role cannot decrypt them
    if R.random() < 0.5:
        return agent(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Error during perform: Aws::S3::Errors::AccessDenied - Access Denied - bucket brackenridge-deploy-bundles key rating-engine/%s.zip version %s" % (hexs(R, 12), alnum(R, 32)))
    return agent(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error executing command: Aws::S3::Errors::AccessDenied - Access Denied - /opt/codedeploy-agent/vendor/gems/aws-sdk-core-3.%d.0/lib/seahorse/client/plugins/raise_response_errors.rb:17:in `call'\n%s/command_executor.rb:%d:in `download_from_s3'" % (R.randint(190, 210), LIB, R.randint(400, 440)))


def d_exists(R):
    # docs-portal's first CodeDeploy deployment onto hosts that were previously synced by rsync
    f = pick(R, ["index.html", "assets/app.%s.js" % hexs(R, 8), "assets/app.%s.css" % hexs(R, 8), "search/index.%s.json" % hexs(R, 6), "favicon.ico", "robots.txt"])
    return agent(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error executing command: The deployment failed because a specified file already exists at this location: /var/www/docs/%s - %s/installer.rb:%d:in `generate_normal_copy'" % (f, LIB, R.randint(120, 140)))


def d_disk(R):
    # quote-web hosts keep every revision (no :max_revisions: in codedeployagent.yml); the 8 GiB root volume filled
    if R.random() < 0.6:
        return agent(R, "ERROR", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Error executing command: Errno::ENOSPC - No space left on device @ io_write - /opt/codedeploy-agent/deployment-root/%s/%s/bundle.tar" % (uuid(R), did(R)))
    return dep(R, "[stderr]tar: node_modules/.cache/%s: Cannot write: No space left on device" % lower(R, 10))


def cd_negs():
    def n_ver(R):
        return agent(R, "INFO", "[Aws::CodeDeployCommand::Client] Version file found in /opt/codedeploy-agent/.version with agent version OFFICIAL_1.7.%d-%d_rpm." % (R.randint(0, 1), R.randint(80, 130)))
    def n_poll(R):
        return agent(R, "INFO", pick(R, ["InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Calling PollHostCommand:",
                                         "[Aws::CodeDeployCommand::Client 200 %.6f 0 retries] poll_host_command(host_identifier:\"arn:aws:ec2:%s:%s:instance/i-0%s\")" % (R.uniform(0.02, 0.5), REGION, ACCT, hexs(R, 16)),
                                         "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Received command: %s" % pick(R, ["DownloadBundle", "Install", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService", "BeforeBlockTraffic", "AfterAllowTraffic"]),
                                         "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Calling PutHostCommandAcknowledgement:",
                                         "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Calling PutHostCommandComplete: \"Succeeded\""]))
    def n_dl(R):
        return agent(R, "INFO", "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Downloading artifact bundle from bucket 'brackenridge-deploy-bundles' and key '%s/%s.zip', version '%s', etag '%s'" % (pick(R, ["quote-web", "docs-portal"]), hexs(R, 12), alnum(R, 32), hexs(R, 32)))
    def n_clean(R):
        return agent(R, "INFO", pick(R, ["InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Deleting %d archives: keeping %d most recent revisions" % (R.randint(1, 3), 5),
                                         "InstanceAgent::Plugins::CodeDeployPlugin::CommandExecutor: Unpacking artifact bundle to /opt/codedeploy-agent/deployment-root/%s/%s/deployment-archive" % (uuid(R), did(R)),
                                         "InstanceAgent::Plugins::CodeDeployPlugin::InstallInstruction: Copying %d files to /opt/quote-web" % R.randint(400, 3000)]))
    def n_transient(R):
        # the VPC endpoint returned a timeout once; the next poll 30 s later succeeds (the agent retries forever)
        return agent(R, "WARN", "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Cannot reach InstanceService: Seahorse::Client::NetworkingError - Net::OpenTimeout - retrying in 30 seconds")
    def n_life(R):
        ev = pick(R, ["ApplicationStop", "BeforeInstall", "AfterInstall", "ApplicationStart", "ValidateService"])
        return dep(R, pick(R, ["LifecycleEvent - %s" % ev, "Script - scripts/%s.sh" % pick(R, ["stop_quote_web", "install_deps", "start_quote_web", "validate_quote_web", "reload_nginx", "warm_rating_engine"])]))
    def n_out(R):
        return dep(R, "[stdout]" + pick(R, ["Stopping quote-web... done", "npm ci finished in %ds" % R.randint(20, 80), "rating-engine healthy after %d attempts (UP)" % R.randint(3, 40),
                                            "Health check attempt %d/60: HTTP 503 (warming up)" % R.randint(1, 20), "Health check passed: HTTP 200", "nginx: configuration file /etc/nginx/nginx.conf test is successful",
                                            "0 failed, %d migrations already applied" % R.randint(40, 90), "Restarting rating-engine (pid %d)" % R.randint(3000, 30000)]))
    def n_err_benign(R):
        # tools that write progress and notices to stderr in scripts that exit 0
        return dep(R, "[stderr]" + pick(R, ["Created symlink /etc/systemd/system/multi-user.target.wants/quote-web.service → /etc/systemd/system/quote-web.service.",
                                            "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current",
                                            "npm warn config production Use `--omit=dev` instead.",
                                            "rm: cannot remove '/run/quote-web/quote-web.pid': No such file or directory",
                                            "nginx: the configuration file /etc/nginx/nginx.conf syntax is ok",
                                            "warning: /var/cache/dnf/amazonlinux-%s/packages/jq-1.7.1-%d.amzn2023.x86_64.rpm: Header V4 RSA/SHA256 Signature, key ID %s: NOKEY" % (hexs(R, 16), R.randint(1, 9), hexs(R, 8)),
                                            "Picked up JAVA_TOOL_OPTIONS: -XX:MaxRAMPercentage=%d.0" % R.randint(50, 75)]))
    def n_skip(R):
        return agent(R, "INFO", "InstanceAgent::Plugins::CodeDeployPlugin::HookExecutor: %s" % pick(R, ["No scripts found for lifecycle event BeforeBlockTraffic, skipping", "Script for lifecycle event ApplicationStop not found in last successful revision, skipping", "Executing hook ValidateService with timeout 300 seconds"]))
    def n_update(R):
        return agent(R, "INFO", pick(R, ["InstanceAgent::Agent::Updater: Checking for a new version of the agent", "Agent is already the latest version: OFFICIAL_1.7.1-110_rpm", "InstanceAgent::Plugins::CodeDeployPlugin::CommandPoller: Sleeping 90 seconds."]))
    return [n_ver, n_poll, n_dl, n_clean, n_transient, n_life, n_out, n_err_benign, n_skip, n_update]


def fam_cd(R):
    return build(R, F1, [("quote-web-applicationstart-eaddrinuse-8080", d_port), ("rating-engine-validateservice-300s-timeout", d_validate),
                         ("docs-portal-instance-profile-pollhostcommand-denied", d_poll), ("rating-engine-bundle-s3-access-denied-kms", d_s3),
                         ("docs-portal-install-file-already-exists", d_exists), ("quote-web-root-volume-enospc-revisions", d_disk)], cd_negs())


# ---------------------------------------------------------------- gha-selfhosted-runners-ec2-diag
# "quillfeather games": self-hosted GitHub Actions runners on EC2 (pools ci-x64-*, ci-large-*, ci-arm64-* spot,
# and a legacy Amazon Linux 2 pool al2-build-*). The CloudWatch agent ships the runner service's stdout, the
# _diag/Runner_*.log and Worker_*.log files (`[<ts>Z LEVEL Component] text`, multi-line exceptions) and the
# step output pages in _diag/pages (`<ts>.<7 digits>Z text`).
F2 = "gha-selfhosted-runners-ec2-diag"


def dts(R):
    return "2029-05-%02d %sZ" % (day(R), hms(R))


def diag(R, lvl, comp, text):
    return "[%s %-4s %s] %s" % (dts(R), lvl, comp, text)


def page(R, text):
    return "2029-05-%02dT%s.%sZ %s" % (day(R), hms(R), digits(R, 7), text)


def out(R, text):
    return "%s: %s" % (dts(R), text)


def r_glibc(R):
    # runner 2.32x runs JavaScript actions on node20, which needs glibc >= 2.28; the AL2 pool has glibc 2.26
    lib = pick(R, ["libm.so.6: version `GLIBC_2.27'", "libc.so.6: version `GLIBC_2.28'", "libstdc++.so.6: version `GLIBCXX_3.4.20'", "libstdc++.so.6: version `CXXABI_1.3.9'"])
    if R.random() < 0.7:
        return page(R, "/home/runner/actions-runner/externals/node20/bin/node: /lib64/%s not found (required by /home/runner/actions-runner/externals/node20/bin/node)" % lib)
    return diag(R, "ERR ", "StepsRunner", "Caught exception from step: System.Exception: The node20 handler of action %s exited with code 1 on runner al2-build-%02d" % (pick(R, ["actions/checkout@v4", "actions/setup-node@v4", "actions/cache@v4", "actions/upload-artifact@v4"]), R.randint(1, 12)))


def r_reg(R):
    # the scale-down lambda stops idle instances for > 14 days; GitHub deletes their registrations, and on restart
    # the runners cannot create a session (the user-data does not re-register)
    name = "ci-x64-%s" % lower(R, 5)
    if R.random() < 0.5:
        return "%s: Failed to create a session. The runner registration has been deleted from the server, please re-configure. Runner registrations are automatically deleted for runners that have not connected to the service recently." % dts(R)
    return diag(R, "ERR ", "Runner", "Failed to create session.\nGitHub.DistributedTask.WebApi.TaskAgentNotFoundException: No agent found in pool %d which matches the specified agent id %d (runner %s).\n   at GitHub.Runner.Listener.MessageListener.CreateSessionAsync(CancellationToken token)" % (R.randint(1, 9), R.randint(100, 9000), name))


def r_sock(R):
    # the 2029.05 runner AMI added the runner user to `docker` after the docker service created the socket group;
    # every container job on pool ci-x64 fails to reach the daemon
    if R.random() < 0.65:
        return page(R, "docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Head \"http://%2Fvar%2Frun%2Fdocker.sock/_ping\": dial unix /var/run/docker.sock: connect: permission denied.")
    return page(R, "Error: Docker pull failed with exit code 1, image ghcr.io/quillfeather/build-env:%s" % pick(R, ["unity-2022", "go1.22", "node20", "dotnet8"]))


def r_disk(R):
    # the ci-large pool's 100 GiB _work volume fills with Unity Library caches that the cleanup job no longer deletes
    p = "/home/runner/_work/%s/%s" % (pick(R, ["starfall", "starfall-tools", "launcher"]), pick(R, ["Library/PackageCache", "Library/Bee/artifacts", "_temp/%s" % uuid(R), "Build/StandaloneLinux64"]))
    if R.random() < 0.5:
        return diag(R, "ERR ", "JobRunner", "Caught exception from job steps StepsRunner: System.IO.IOException: No space left on device : '%s'\n   at System.IO.RandomAccess.WriteAtOffset(SafeFileHandle handle, ReadOnlySpan`1 buffer, Int64 fileOffset)\n   at System.IO.Strategies.BufferedFileStreamStrategy.FlushWrite()" % p)
    return page(R, "##[error]System.IO.IOException: No space left on device : '%s'" % p)


def r_spot(R):
    # the arm64 pool runs on one spot instance type in one AZ; reclaims kill running jobs all day
    k = R.random()
    if k < 0.4:
        return page(R, "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.")
    if k < 0.7:
        return out(R, "spot-watch: instance-action terminate at 2029-05-%02dT%sZ for i-0%s (ci-arm64-%s); job %s will be lost" % (day(R), hms(R), hexs(R, 16), lower(R, 5), pick(R, ["build-android", "build-switch-tools", "shader-cache", "test-arm64"])))
    return diag(R, "WARN", "JobDispatcher", "Job request %d was cancelled by the runner's shutdown while the worker was running (reason: spot interruption)" % R.randint(10 ** 8, 10 ** 9))


def gha_negs():
    def n_conn(R):
        return pick(R, ["√ Connected to GitHub", "Current runner version: '2.32%d.%d'" % (R.randint(0, 2), R.randint(0, 3)), "%s: Listening for Jobs" % dts(R)])
    def n_job(R):
        j = pick(R, ["build (linux)", "test (3.12)", "lint", "unit-tests", "package-addressables", "build-android", "e2e (chromium)", "docs"])
        return pick(R, ["%s: Running job: %s" % (dts(R), j), "%s: Job %s completed with result: Succeeded" % (dts(R), j)])
    def n_cancel(R):
        # superseded by a newer push (concurrency: cancel-in-progress) or cancelled by its author
        return "%s: Job %s completed with result: Canceled" % (dts(R), pick(R, ["build (linux)", "test (3.11)", "lint", "e2e (firefox)", "package-addressables"]))
    def n_msg(R):
        return diag(R, "INFO", pick(R, ["MessageListener", "JobDispatcher", "Runner"]), pick(R, ["Message '%d' received from session '%s'." % (R.randint(1, 9999), uuid(R)),
                                                                                             "Job request %d for plan %s job %s received." % (R.randint(10 ** 8, 10 ** 9), uuid(R), uuid(R)),
                                                                                             "Worker finished for job %s. Code: 0" % uuid(R),
                                                                                             "Start renew job request %d." % R.randint(10 ** 8, 10 ** 9)]))
    def n_tokenexp(R):
        # the listener's OAuth token expires every hour; it logs the exception at ERR and re-creates its session
        return diag(R, "ERR ", "MessageListener", "Catch exception during get next message.\nGitHub.DistributedTask.WebApi.TaskAgentAccessTokenExpiredException: This token has expired. Please refresh the token.\n   at GitHub.Runner.Listener.MessageListener.GetNextMessageAsync(CancellationToken token)")
    def n_recreate(R):
        return diag(R, "INFO", "MessageListener", pick(R, ["Re-create runner session.", "Session created.", "Sleeping for %d seconds before retrying." % R.randint(1, 15), "Runner OAuth token has been refreshed."]))
    def n_503(R):
        return diag(R, "WARN", "GitHubActionsService", "GET request to https://broker.actions.githubusercontent.com/message?sessionId=%s has failed. HTTP Status: ServiceUnavailable, retrying (attempt %d of 5)" % (uuid(R), R.randint(1, 3)))
    def n_step(R):
        return page(R, pick(R, ["##[group]Run actions/checkout@v4", "##[endgroup]", "Syncing repository: quillfeather/%s" % pick(R, ["starfall", "launcher", "backend"]),
                                "Cleaning up orphan processes", "Post job cleanup.", "[command]/usr/bin/git version", "git version 2.4%d.%d" % (R.randint(3, 6), R.randint(0, 3)),
                                "Cache restored from key: Library-Linux-%s" % hexs(R, 40), "Cache not found for input keys: Library-Linux-%s" % hexs(R, 40)]))
    def n_warn(R):
        return page(R, pick(R, ["##[warning]The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.",
                                "##[warning]No files were found with the provided path: build/logs/*.xml. No artifacts will be uploaded.",
                                "##[warning]Unexpected input(s) 'cache-dependency-path', valid inputs are ['node-version', 'registry-url', 'cache']",
                                "##[warning]Failed to save: Unable to reserve cache with key Library-Linux-%s, another job may be creating this cache." % hexs(R, 40)]))
    def n_tests(R):
        return page(R, pick(R, ["Test Run Successful.", "Total tests: %d" % R.randint(300, 900), "     Passed: %d" % R.randint(300, 900), "     Failed: 0",
                                "ok  \tgithub.com/quillfeather/backend/%s\t%d.%03ds" % (pick(R, ["matchmaking", "inventory", "errors", "retry"]), R.randint(0, 9), R.randint(0, 999)),
                                "--- PASS: TestRetryOnConnectionError (%d.%02ds)" % (R.randint(0, 3), R.randint(0, 99))]))
    def n_scale(R):
        return out(R, pick(R, ["scale-up: launched i-0%s for pool ci-x64 (queued jobs: %d)" % (hexs(R, 16), R.randint(1, 20)),
                               "runner ci-x64-%s registered as ephemeral (labels: self-hosted,linux,x64)" % lower(R, 5),
                               "scale-down: terminating idle runner ci-x64-%s (idle %d min)" % (lower(R, 5), R.randint(15, 60))]))
    def n_worker(R):
        return diag(R, "INFO", pick(R, ["ProcessInvokerWrapper", "HostContext", "JobRunner"]), pick(R, ["Finished process %d with exit code 0, and elapsed time %s." % (R.randint(1000, 90000), "00:0%d:%02d.%07d" % (R.randint(0, 9), R.randint(0, 59), R.randint(0, 9999999))),
                                                                                                    "Job result after all job steps finish: Succeeded", "Total job steps: %d." % R.randint(5, 30),
                                                                                                    "Well known directory 'Work': '/home/runner/_work'"]))
    return [n_conn, n_job, n_cancel, n_msg, n_tokenexp, n_recreate, n_503, n_step, n_warn, n_tests, n_scale, n_worker]


def fam_gha(R):
    return build(R, F2, [("al2-pool-node20-glibc-not-found", r_glibc), ("x64-pool-registration-deleted-after-stop", r_reg),
                         ("ami-2029-05-docker-sock-permission-denied", r_sock), ("ci-large-work-volume-enospc", r_disk),
                         ("arm64-spot-reclaims-kill-jobs", r_spot)], gha_negs())


FAMILIES = {F1: fam_cd, F2: fam_gha}
