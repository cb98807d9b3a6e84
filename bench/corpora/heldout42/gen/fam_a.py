"""Families: moodle43-apache-phpfpm-cron-ec2, canvas-lms-rails-inst-jobs-ecs.

The invented online-education company "larkspur" (ca-central-1, domain larkspur.example) runs Moodle 4.3 for its
continuing-education school on EC2 (Apache 2.4 event MPM + PHP-FPM 8.2 via proxy_fcgi; the CloudWatch agent ships
/var/log/apache2/error.log, /var/log/php8.2-fpm.log and the cron wrapper's output, whose multi_line_start_pattern keeps
each "Execute scheduled/adhoc task" block as one event), and Canvas LMS (Rails, Puma web + inst-jobs workers) on ECS
for its degree programmes, with Ruby's Logger format (`I, [ts #pid]  INFO -- : [request-id] msg`)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    apache_ts, fpm_ts, rails_ts, hms, sp, iso)

# ---------------------------------------------------------------- moodle43-apache-phpfpm-cron-ec2
F1 = "moodle43-apache-phpfpm-cron-ec2"
WWW = "https://learn.larkspur.example"
MROOT = "/var/www/moodle"
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "MoodleMobile 4.3.0 (43000)", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"]


def ap(R, mod, msg, client=True, ref=None):
    s = "[%s] [%s] [pid %d:tid %d] " % (apache_ts(R), mod, R.randint(1000, 40000), R.randint(139800000000000, 139899999999999))
    if client:
        s += "[client %s:%d] " % (pubip(R), R.randint(1024, 65000))
    s += msg
    if ref:
        s += ", referer: " + ref
    return s


def phpmsg(R, text, ref=None):
    return ap(R, "proxy_fcgi:error", "AH01071: Got error 'PHP message: %s'" % text, True, ref)


def fpm(R, lvl, msg):
    return "[%s] %s: %s" % (fpm_ts(R), lvl, msg)


def cron_block(R, name, cls, body, result, adhoc=False):
    head = ("Execute adhoc task: %s" % cls) if adhoc else ("Execute scheduled task: %s (%s)" % (name, cls))
    lines = [head, "... started %s. Current memory use %.1f MB." % (hms(R), R.uniform(18, 90))]
    lines += body
    lines += ["... used %d dbqueries" % R.randint(3, 4000), "... used %.6f seconds" % R.uniform(0.01, 400)]
    lines.append(result)
    return "\n".join(lines)


def cid(R):
    return R.randint(40, 3900)


def e_redis(R):
    # config.php still names the old ElastiCache endpoint for sessions after the cache was rebuilt: every page that
    # needs a session dies with the Redis session handler's connect failure
    host = "lms-sessions-old.r7kq2x.ng.0001.cac1.cache.amazonaws.com:6379"
    t = R.random()
    if t < 0.55:
        return phpmsg(R, "Default exception handler: Exception - Failed to connect (try 5 out of 5) to redis at %s, the last error was: Connection timed out Debug: \\nError code: generalexceptionmessage\\n* line %d of /lib/classes/session/redis.php: RedisException thrown\\n* line %d of /lib/classes/session/manager.php: call to core\\\\session\\\\redis->init()" % (host, R.choice([240, 244, 251]), R.choice([104, 108])),
                      pick(R, ["%s/course/view.php?id=%d" % (WWW, cid(R)), "%s/mod/quiz/view.php?id=%d" % (WWW, R.randint(1000, 90000)), "%s/my/" % WWW]))
    if t < 0.8:
        return phpmsg(R, "PHP Warning:  Redis::connect(): connect() failed: Connection timed out in %s/lib/classes/session/redis.php on line 244" % MROOT)
    return cron_block(R, "Cleanup old sessions", "core\\task\\session_cleanup_task", [],
                      "Scheduled task failed: Cleanup old sessions (core\\task\\session_cleanup_task),Failed to connect (try 5 out of 5) to redis at %s, the last error was: Connection timed out" % host)


def e_maxchildren(R):
    # pm.max_children left at the package default-sized 24 after the move to c7g.2xlarge web nodes; during exam hours
    # the pool saturates and Apache's FastCGI requests time out
    t = R.random()
    if t < 0.45:
        return fpm(R, "WARNING", "[pool moodle] server reached pm.max_children setting (24), consider raising it")
    if t < 0.8:
        return ap(R, "proxy_fcgi:error", "(70007)The timeout specified has expired: AH01075: Error dispatching request to : (polling)", True,
                  pick(R, ["%s/mod/quiz/attempt.php?attempt=%d&cmid=%d" % (WWW, R.randint(100000, 999999), R.randint(1000, 90000)), "%s/mod/assign/view.php?id=%d&action=editsubmission" % (WWW, R.randint(1000, 90000))]))
    return fpm(R, "WARNING", "[pool moodle] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 32 children, there are 0 idle, and %d total children" % R.randint(20, 24))


def e_quizmem(R):
    # the 4.3.4 upgrade reset memory_limit to 256M in the FPM pool; finishing a large quiz attempt exhausts it
    files = ["/question/engine/questionattempt.php", "/question/engine/lib.php", "/lib/dml/moodle_read_slave_trait.php",
             "/question/type/ddwtos/renderer.php", "/mod/quiz/classes/quiz_attempt.php"]
    return phpmsg(R, "PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate %d bytes) in %s%s on line %d" % (R.choice([20480, 65536, 262144, 4194304, 8192]), MROOT, pick(R, files), R.randint(80, 2200)),
                  "%s/mod/quiz/%s" % (WWW, pick(R, ["summary.php?attempt=%d&cmid=%d" % (R.randint(100000, 999999), R.randint(1000, 90000)), "processattempt.php?cmid=%d" % R.randint(1000, 90000), "review.php?attempt=%d" % R.randint(100000, 999999)])))


def e_smtp(R):
    # the SES SMTP credentials were rotated in Secrets Manager but $CFG->smtppass was never updated
    t = R.random()
    if t < 0.5:
        post, uid = R.randint(10000, 99999), R.randint(1000, 60000)
        return cron_block(R, "", "mod_forum\\task\\send_user_notifications", [
            "Sending messages to %s (%d)" % (pick(R, ["Ada Whitlow", "Bo Castellan", "Ines Marwood", "Tariq Lunde", "Mei Ashgrove"]), uid),
            "  Failed to send post %d" % post,
            "Debugging: Error: lib/moodlelib.php email_to_user(): SMTP Error: Could not authenticate.",
            "Sent 0 messages with %d failures" % R.randint(1, 12)], "Adhoc task failed: mod_forum\\task\\send_user_notifications,Failed to send post %d" % post, True)
    if t < 0.8:
        return phpmsg(R, "Error: lib/moodlelib.php email_to_user(): SMTP Error: Could not authenticate.\\n* line %d of /lib/moodlelib.php: call to debugging()\\n* line %d of /login/lib.php: call to email_to_user()" % (R.choice([6180, 6184]), R.choice([58, 61])),
                      "%s/login/forgot_password.php" % WWW)
    return cron_block(R, "Send assignment notifications", "mod_assign\\task\\cron_task", [
        "Processed %d assignment submissions for grading notifications" % R.randint(3, 90),
        "Debugging: Error: lib/moodlelib.php email_to_user(): SMTP Error: Could not authenticate."],
        "Scheduled task complete: Send assignment notifications (mod_assign\\task\\cron_task)")


def e_objectfs(R):
    # tool_objectfs pushes moodledata files to S3; the bucket policy was tightened and the instance role lost PutObject
    b = "larkspur-moodle-filedir-cac1"
    t = R.random()
    if t < 0.6:
        return cron_block(R, "Object file system: push objects to external storage", "tool_objectfs\\task\\push_objects_to_storage", [
            "Pushing %d objects to external storage" % R.randint(200, 4000),
            "Error executing \"PutObject\" on \"https://%s.s3.ca-central-1.amazonaws.com/%s/%s/%s\"; AWS HTTP error: Client error: `PUT https://%s.s3.ca-central-1.amazonaws.com/...` resulted in a `403 Forbidden` response: AccessDenied (client): Access Denied" % (b, hexs(R, 2), hexs(R, 2), hexs(R, 40), b)],
            "Scheduled task failed: Object file system: push objects to external storage (tool_objectfs\\task\\push_objects_to_storage),Access Denied")
    return phpmsg(R, "Default exception handler: Exception - Error executing \"PutObject\" on \"https://%s.s3.ca-central-1.amazonaws.com/%s/%s/%s\"; AWS HTTP error: AccessDenied (client): Access Denied Debug: \\nError code: generalexceptionmessage\\n* line %d of /admin/tool/objectfs/classes/local/store/s3/client.php: Aws\\\\S3\\\\Exception\\\\S3Exception thrown" % (b, hexs(R, 2), hexs(R, 2), hexs(R, 40), R.randint(180, 420)),
                  "%s/mod/assign/view.php?id=%d&action=editsubmission" % (WWW, R.randint(1000, 90000)))


def moodle_negs():
    tasks = [("Cleanup old sessions", "core\\task\\session_cleanup_task"), ("Legacy cron processing for plugins", "core\\task\\legacy_plugin_cron_task"),
             ("Update search index", "core\\task\\search_index_task"), ("Calculate regular completion data", "core\\task\\completion_regular_task"),
             ("Background processing for quiz module", "mod_quiz\\task\\update_overdue_attempts"), ("Cleanup temporary files", "core\\task\\file_temp_cleanup_task"),
             ("Send badges", "core\\task\\badges_message_task"), ("Sync enrolments with SIS", "enrol_database\\task\\sync_enrolments"),
             ("Object file system: delete local objects", "tool_objectfs\\task\\delete_local_objects")]

    def n_cron_ok(R):
        name, cls = pick(R, tasks)
        body = pick(R, [[], ["Processed %d records" % R.randint(0, 900)], ["Found %d overdue attempts; 0 errors" % R.randint(0, 40)], ["  Deleted %d stale files" % R.randint(0, 300)]])
        return cron_block(R, name, cls, body, "Scheduled task complete: %s (%s)" % (name, cls))

    def n_adhoc_ok(R):
        cls = pick(R, ["mod_forum\\task\\send_user_digests", "core\\task\\asynchronous_backup_task", "core_course\\task\\course_delete_modules", "mod_forum\\task\\send_user_notifications"])
        body = pick(R, [["Sent %d messages with 0 failures" % R.randint(1, 60)], ["Backup of course %d completed" % cid(R)], ["Deleted %d course modules" % R.randint(1, 6)]])
        return cron_block(R, "", cls, body, "Adhoc task complete: %s" % cls, True)

    def n_cron_done(R):
        return "Cron run completed correctly\nCron completed at %s. Memory used %.1f MB.\nExecution took %.6f seconds" % (hms(R), R.uniform(30, 120), R.uniform(1, 58))

    def n_ran_adhoc(R):
        return "Ran %d adhoc tasks found at %s" % (R.randint(0, 40), sp(R, 0))

    def n_resume(R):
        return ap(R, "mpm_event:notice", pick(R, ["AH00489: Apache/2.4.58 (Ubuntu) OpenSSL/3.0.13 configured -- resuming normal operations", "AH00493: SIGUSR1 received.  Doing graceful restart"]), False)

    def n_cmdline(R):
        return ap(R, "core:notice", "AH00094: Command line: '/usr/sbin/apache2'", False) + " (%d)" % R.randint(1, 999)

    def n_deprecated(R):
        # noisy third-party plugin deprecations, logged through proxy_fcgi at [error]
        return phpmsg(R, "PHP Deprecated:  %s in %s%s on line %d" % (pick(R, ["Creation of dynamic property block_xp\\local\\config\\default_course_world_config::$%s is deprecated" % pick(R, ["levels", "rules", "ladder"]), "strftime() is deprecated", "Optional parameter $options declared before required parameter $context is implicitly treated as a required parameter"]),
                                                                           MROOT, pick(R, ["/blocks/xp/classes/local/config/default_course_world_config.php", "/mod/attendance/locallib.php", "/local/sisexport/lib.php"]), R.randint(20, 900)))

    def n_undef(R):
        return phpmsg(R, "PHP Warning:  Undefined array key \"%s\" in %s/theme/larkspur/classes/output/core_renderer.php on line %d" % (pick(R, ["hero", "footerlinks", "brandcolor"]), MROOT, R.randint(40, 400)),
                      "%s/course/view.php?id=%d" % (WWW, cid(R)))

    def n_denied(R):
        # scanners probing for config files: blocked by our own <Files> rules
        return ap(R, "authz_core:error", "AH01630: client denied by server configuration: %s%s" % (MROOT, pick(R, ["/config.php", "/.git/config", "/composer.json", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/.env"])))

    def n_failed_login(R):
        # $CFG->... failed-login logging: a student mistyping a password
        return phpmsg(R, "[client %s]  %s  Failed Login:  %s  %s" % (pubip(R), WWW, pick(R, ["s%07d" % R.randint(0, 9999999), "a.whitlow", "jdoe42", "m.ashgrove"]), pick(R, UA)))

    def n_fpm_ready(R):
        return fpm(R, "NOTICE", pick(R, ["fpm is running, pid %d" % R.randint(500, 9000), "ready to handle connections", "Reloading in progress ...", "reloading: execvp(\"/usr/sbin/php-fpm8.2\", {\"/usr/sbin/php-fpm8.2\", \"--nodaemonize\", \"--fpm-config\", \"/etc/php/8.2/fpm/php-fpm.conf\"})"])) + ("" if R.random() < 0.5 else " ")

    def n_fpm_child(R):
        return fpm(R, "NOTICE", "[pool moodle] child %d started" % R.randint(1000, 60000))

    def n_fpm_exit(R):
        return fpm(R, "NOTICE", "[pool moodle] child %d exited with code 0 after %.6f seconds from start" % (R.randint(1000, 60000), R.uniform(100, 9000)))

    def n_ssl(R):
        return ap(R, "mpm_event:notice", pick(R, ["AH00492: caught SIGWINCH, shutting down gracefully", "AH00491: caught SIGTERM, shutting down"]), False) + " (instance i-0%s)" % hexs(R, 16)

    def n_dirindex(R):
        return ap(R, "autoindex:error", "AH01276: Cannot serve directory %s/%s/: No matching DirectoryIndex (index.php,index.html) found, and server-generated directory index forbidden by Options directive" % (MROOT, pick(R, ["lib", "pix", "theme/larkspur/fonts", "local"])))

    def n_cron_debug(R):
        return cron_block(R, "Update search index", "core\\task\\search_index_task", ["Processing area: Forum - posts", "  Processed %d records containing %d documents, in %.2f seconds (0 errors)" % (R.randint(0, 900), R.randint(0, 900), R.uniform(0.1, 30))],
                          "Scheduled task complete: Update search index (core\\task\\search_index_task)")

    def n_latesub(R):
        # business outcome: a submission attempt after the cut-off date, recorded by the assignment plugin's debugging
        return phpmsg(R, "Debugging: assign_submission: user %d attempted to submit to cmid %d after the cut-off date; submission refused" % (R.randint(1000, 60000), R.randint(1000, 90000)))

    def n_timeout_client(R):
        return ap(R, "core:info", "AH00128: File does not exist: %s/%s" % (MROOT, pick(R, ["favicon.ico", "apple-touch-icon.png", "wp-login.php", "robots.txt"])))

    return [n_cron_ok, n_adhoc_ok, n_cron_done, n_ran_adhoc, n_resume, n_cmdline, n_deprecated, n_undef, n_denied, n_failed_login,
            n_fpm_ready, n_fpm_child, n_fpm_exit, n_ssl, n_dirindex, n_cron_debug, n_latesub, n_timeout_client, n_cron_ok]


def fam_moodle(R):
    return build(R, F1, [("session-redis-endpoint-stale", e_redis), ("fpm-max-children-saturated", e_maxchildren),
                         ("quiz-finish-memory-limit-256m", e_quizmem), ("smtp-credentials-rotated", e_smtp),
                         ("objectfs-s3-putobject-denied", e_objectfs)], moodle_negs())


# ---------------------------------------------------------------- canvas-lms-rails-inst-jobs-ecs
F2 = "canvas-lms-rails-inst-jobs-ecs"


def rl(R, lvl, msg, rid=True):
    s = "%s, [%s #%d] %5s -- : " % (lvl[0], rails_ts(R), R.randint(20, 400), lvl)
    if rid:
        s += "[%s] " % uuid(R)
    return s + msg


def completed(R, code, ms=None):
    txt = {200: "OK", 302: "Found", 304: "Not Modified", 401: "Unauthorized", 404: "Not Found", 422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway"}[code]
    return "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms)" % (code, txt, ms or R.randint(8, 1800), R.uniform(0, 300), R.uniform(0.5, 400))


def jid(R):
    return R.randint(10 ** 9, 10 ** 10)


def job(R, msg):
    # inst-jobs worker output (worker name prefixes the line)
    return "%s [Delayed::Worker(pid:%d queue:canvas_queue host:ip-10-31-%d-%d)] %s" % (iso(R, 3), R.randint(20, 400), R.randint(0, 255), R.randint(4, 254), msg)


def e_s3(R):
    # the attachments bucket policy was tightened for a compliance review and now denies the task role's PutObject;
    # course copies and file uploads fail
    t = R.random()
    if t < 0.45:
        return job(R, "Job ContentMigration#import_content (id=%d) FAILED (%d prior attempts) with Aws::S3::Errors::AccessDenied: Access Denied" % (jid(R), R.randint(0, 2)))
    if t < 0.75:
        return rl(R, "ERROR", "Aws::S3::Errors::AccessDenied (Access Denied):\n  aws-sdk-core (3.191.0) lib/seahorse/client/plugins/raise_response_errors.rb:17:in `call'\n  app/models/attachment.rb:%d:in `s3object_upload'\n  app/controllers/files_controller.rb:%d:in `api_create_success'" % (R.randint(400, 900), R.randint(700, 1400)))
    return rl(R, "ERROR", "ErrorReport %d: Aws::S3::Errors::AccessDenied in files#api_create_success: Access Denied (bucket=larkspur-canvas-files-cac1 key=account_1/attachments/%d/%s)" % (jid(R), R.randint(100000, 999999), pick(R, ["week3-notes.pdf", "lab2.zip", "essay_draft.docx", "dataset.csv"])))


def e_pool(R):
    # RAILS_MAX_THREADS raised to 16 for Puma but database.yml pool left at 5: requests wait for a connection and fail
    t = R.random()
    if t < 0.6:
        return rl(R, "ERROR", "ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited 5.%03d seconds); all pooled connections were in use):\n  activerecord (7.1.3) lib/active_record/connection_adapters/abstract/connection_pool/queue.rb:128:in `block in wait_poll'\n  app/controllers/%s:%d:in `%s'" % (R.randint(0, 999), pick(R, ["gradebooks_controller.rb", "submissions_controller.rb", "courses_controller.rb", "quizzes/quiz_submissions_controller.rb"]), R.randint(50, 900), pick(R, ["show", "update", "index", "create"])))
    return rl(R, "INFO", completed(R, 500, R.randint(5001, 5400)) + " [pool wait exceeded]")


def e_canvadocs(R):
    # the DocViewer (Canvadocs) API key was rotated by the vendor; annotated-submission sessions fail
    t = R.random()
    if t < 0.55:
        return rl(R, "ERROR", "Canvadocs::Error (HTTP 401: {\"error\":\"invalid api key\"}):\n  lib/canvadocs.rb:%d:in `raw_api_call'\n  lib/canvadocs.rb:%d:in `session'\n  app/controllers/canvadoc_sessions_controller.rb:%d:in `show'" % (R.randint(180, 230), R.randint(90, 140), R.randint(40, 90)))
    return job(R, "Job Canvadocs::Upload#upload (id=%d) FAILED (%d prior attempts) with Canvadocs::Error: HTTP 401: {\"error\":\"invalid api key\"}" % (jid(R), R.randint(0, 5)))


def e_oom(R):
    # GradebookExporter builds the whole CSV in memory; for the 2,400-student intro course the worker container's
    # 1 GiB limit kills it
    t = R.random()
    if t < 0.4:
        return "%s Delayed::Pool[%d]: worker %d (queue=canvas_queue) exited with signal SIGKILL; restarting" % (iso(R, 3), R.randint(1, 9), R.randint(200, 900))
    if t < 0.75:
        return job(R, "Job GradebookExporter#export_gradebook_csv (id=%d) was abandoned by a dead worker (pid %d); marked failed (max_attempts=1)" % (jid(R), R.randint(200, 900)))
    return "%s ecs-agent: container canvas-jobs in task %s exited with code 137 (OutOfMemoryError: Container killed due to memory usage)" % (iso(R, 3), hexs(R, 32))


def e_sis(R):
    # the SIS import user's API token expired; nightly enrolment imports fail so students are not in their courses
    t = R.random()
    if t < 0.5:
        return job(R, "Job SisBatch#process (id=%d) FAILED (0 prior attempts) with SIS::ImportError: Unable to fetch sis_export.zip from https://sis.larkspur.example/exports/canvas/%s: 401 Unauthorized" % (jid(R), sp(R, 0)[:10]))
    return rl(R, "WARN", "SisBatch %d aborted: 0 of 0 rows processed, errors=1 (import source returned 401 Unauthorized)" % R.randint(4000, 9000))


def canvas_negs():
    def n_started(R):
        return rl(R, "INFO", "Started %s \"%s\" for %s at %s +0000" % (pick(R, ["GET", "GET", "POST", "PUT"]), pick(R, ["/courses/%d/assignments/%d" % (R.randint(100, 9000), R.randint(1000, 99999)), "/api/v1/courses/%d/modules?per_page=50" % R.randint(100, 9000), "/dashboard-sidebar", "/api/v1/users/self/todo", "/courses/%d/grades" % R.randint(100, 9000)]), ip10(R, 31), sp(R, 0)))

    def n_processing(R):
        return rl(R, "INFO", "Processing by %s as %s" % (pick(R, ["AssignmentsController#show", "ContextModulesApiController#index", "UsersController#todo_items", "GradebooksController#grade_summary", "SubmissionsController#create", "DiscussionTopicsController#index"]), pick(R, ["HTML", "JSON"])))

    def n_completed(R):
        return rl(R, "INFO", completed(R, pick(R, [200, 200, 200, 302, 304])))

    def n_401(R):
        # wrong password / expired session: expected
        return rl(R, "INFO", pick(R, ["Login failed for unique_id '%s' (invalid password)" % pick(R, ["s%07d@student.larkspur.example" % R.randint(0, 9999999), "jtran", "apatel"]), completed(R, 401)]))

    def n_404(R):
        return rl(R, "INFO", "ActiveRecord::RecordNotFound (Couldn't find Assignment with 'id'=%d [WHERE \"assignments\".\"context_id\" = $1]): rendered 404" % R.randint(1000, 99999))

    def n_422(R):
        return rl(R, "WARN", pick(R, ["Can't verify CSRF token authenticity.", "ActionController::InvalidAuthenticityToken (session expired); %s" % completed(R, 422)]))

    def n_locked(R):
        return rl(R, "INFO", "submission rejected: assignment %d is locked (lock_at %sZ) for user %d" % (R.randint(1000, 99999), iso(R, 0, ""), R.randint(1000, 90000)))

    def n_throttle(R):
        return rl(R, "WARN", "RequestThrottle: rate limit exceeded for %s (bucket %d), returning 403 Rate Limit Exceeded" % (pick(R, ["token:%s" % hexs(R, 12), "user:%d" % R.randint(1000, 90000)]), R.randint(600, 800)))

    def n_job_ok(R):
        return job(R, "Job %s (id=%d) COMPLETED after %.4f" % (pick(R, ["ContentMigration#import_content", "Submission#submission_late_notification", "Course#update_account_associations", "Attachment#process_pdf", "GradebookExporter#export_gradebook_csv", "SisBatch#process", "Canvadocs::Upload#upload"]), jid(R), R.uniform(0.01, 40)))

    def n_job_start(R):
        return job(R, "Processing %s (id=%d) [priority=%d attempts=%d]" % (pick(R, ["ContentMigration#import_content", "Assignment#do_notifications!", "MessageDispatcher#deliver", "Course#recompute_student_scores"]), jid(R), pick(R, [10, 20, 40]), R.randint(0, 1)))

    def n_job_retry(R):
        # transient network blip, retried by inst-jobs and completed on the next attempt
        return job(R, "Job MessageDispatcher#deliver (id=%d) FAILED (0 prior attempts) with Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>; will retry at %sZ" % (jid(R), iso(R, 0, "")))

    def n_pool(R):
        return "%s Delayed::Pool[%d]: spawned worker %d for queue canvas_queue (min_priority=0, max_priority=50)" % (iso(R, 3), R.randint(1, 9), R.randint(200, 900))

    def n_puma(R):
        return pick(R, ["Puma starting in cluster mode...", "* Puma version: 6.4.2 (ruby 3.2.3-p157) (\"The Eagle of Durango\")", "* Max threads: 16", "[%d] - Worker %d (PID: %d) booted in %.2fs, phase: 0" % (R.randint(1, 40), R.randint(0, 3), R.randint(40, 400), R.uniform(3, 20)), "[%d] * Listening on http://0.0.0.0:3000" % R.randint(1, 40)])

    def n_cache(R):
        return rl(R, "DEBUG", "Cache read: %s/%s ({:expires_in=>%d})" % (pick(R, ["course_grading_standard", "user_dashboard_cards", "account_settings", "feature_flags"]), hexs(R, 16), R.choice([300, 3600, 86400])))

    def n_deprec(R):
        return rl(R, "WARN", "DEPRECATION WARNING: %s (called from block in <class:%s> at /usr/src/app/app/models/%s.rb:%d)" % (pick(R, ["`ActiveRecord::Base.clear_active_connections!` is deprecated", "Using legacy connection handling is deprecated"]), pick(R, ["Course", "Assignment", "User"]), pick(R, ["course", "assignment", "user"]), R.randint(20, 900)), False)

    def n_sis_ok(R):
        return rl(R, "INFO", "SisBatch %d imported: users=%d enrollments=%d sections=%d errors=0 warnings=%d" % (R.randint(4000, 9000), R.randint(0, 400), R.randint(0, 3000), R.randint(0, 60), R.randint(0, 5)))

    def n_late(R):
        return rl(R, "INFO", "Submission %d for assignment %d marked late (%d minutes); late policy deduction %d%%" % (R.randint(10 ** 6, 10 ** 7), R.randint(1000, 99999), R.randint(1, 4000), pick(R, [5, 10, 20])))

    def n_health(R):
        return rl(R, "INFO", "Started GET \"/health_check\" for %s at %s +0000 -- %s" % (ip10(R, 31), sp(R, 0), completed(R, 200, R.randint(1, 9))), False)

    def n_abort(R):
        # a student closed the tab during a large file download
        return rl(R, "INFO", "Client disconnected before response was sent (Puma::ConnectionError: Connection error detected during write) for GET /files/%d/download" % R.randint(10 ** 5, 10 ** 7))

    return [n_started, n_processing, n_completed, n_401, n_404, n_422, n_locked, n_throttle, n_job_ok, n_job_start, n_job_retry, n_pool,
            n_puma, n_cache, n_deprec, n_sis_ok, n_late, n_health, n_abort, n_completed, n_started]


def fam_canvas(R):
    return build(R, F2, [("attachments-bucket-policy-denies-put", e_s3), ("ar-pool-5-vs-puma-16-threads", e_pool),
                         ("canvadocs-api-key-rotated", e_canvadocs), ("gradebook-export-worker-oom", e_oom),
                         ("sis-import-token-expired", e_sis)], canvas_negs())


FAMILIES = {F1: fam_moodle, F2: fam_canvas}
