"""Families: celery54-thumbnail-caption-workers-sqs, rails72-billing-puma-tagged-logger.

reelharbor's thumbnail and caption workers run Celery 5.4 (prefork pool, SQS broker) on ECS, writing Celery's default
worker log format "[<time>: <LEVEL>/<process>] <message>"; the awslogs driver uses
awslogs-multiline-pattern '^\\[\\d{4}-' so tracebacks and the start-up banner stay in one event. The subscription
billing app is Rails 7.2 on Puma 6 (ECS), logging with Ruby's Logger::Formatter and TaggedLogging
("I, [<time> #<pid>]  INFO -- : [<request id>] <message>"); awslogs-multiline-pattern '^[DIWEFA], \\[' keeps the
DebugExceptions backtrace (one logger call) and the boot output before the first Logger line in one event."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, jd, ACCT, REGION, day, hms, iso,
                    epoch, py_ts)

# ---------------------------------------------------------------- celery54-thumbnail-caption-workers-sqs
F1 = "celery54-thumbnail-caption-workers-sqs"
TRACE = ("Traceback (most recent call last):\n  File \"/usr/local/lib/python3.12/site-packages/celery/app/trace.py\", line 453, in trace_task\n"
         "    R = retval = fun(*args, **kwargs)\n             ^^^^^^^^^^^^^^^^^^^^\n  File \"/usr/local/lib/python3.12/site-packages/celery/app/trace.py\", line 736, in __protected_call__\n"
         "    return self.run(*args, **kwargs)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^\n")


def cl(R, level, proc, msg):
    return "[%s: %s/%s] %s" % (py_ts(R), level, proc, msg)


def fpw(R):
    return "ForkPoolWorker-%d" % R.randint(1, 8)


def ast(R):
    return "ast_" + lower(R, 10)


def e_cuda(R):
    # the caption worker was switched to whisper large-v3 with batch_size=16 on g4dn.xlarge (T4, 16 GB); long
    # titles no longer fit in GPU memory
    tid = uuid(R)
    alloc = pick(R, ["1.88", "2.50", "3.12", "1.25"])
    free = "%d.%02d" % (R.randint(0, 1), R.randint(1, 99))
    msg = ("CUDA out of memory. Tried to allocate %s GiB. GPU 0 has a total capacity of 14.58 GiB of which %s GiB is free. Process %d has 13.%02d GiB memory in use. "
           "Of the allocated memory 12.%02d GiB is allocated by PyTorch, and %d.%02d MiB is reserved by PyTorch but unallocated.") % (
        alloc, free, R.randint(7, 60), R.randint(0, 99), R.randint(0, 99), R.randint(100, 900), R.randint(0, 99))
    if R.random() < 0.7:
        return cl(R, "ERROR", fpw(R), "Task captions.transcribe[%s] raised unexpected: OutOfMemoryError('%s')\n" % (tid, msg[:80] + "...") + TRACE +
                  "  File \"/app/captions/tasks.py\", line %d, in transcribe\n    segments = model.transcribe(audio_path, batch_size=settings.WHISPER_BATCH)\n"
                  "  File \"/app/captions/asr.py\", line 58, in transcribe\n    logits = self.model(features.to(self.device))\n"
                  "  File \"/usr/local/lib/python3.12/site-packages/torch/nn/modules/module.py\", line 1736, in _wrapped_call_impl\n    return self._call_impl(*args, **kwargs)\n"
                  "torch.OutOfMemoryError: %s" % (R.randint(40, 44), msg))
    return cl(R, "ERROR", fpw(R), "Caption job for %s failed (model=large-v3 batch=16 duration=%ds): CUDA out of memory" % (ast(R), R.randint(3000, 9000)))


def e_sigkill(R):
    # the sprite-sheet task decodes every 10th frame of 4K sources into memory; the task's 2 GiB hard limit is hit
    # and the kernel OOM-kills the pool process
    if R.random() < 0.45:
        return cl(R, "ERROR", "MainProcess", "Process '%s' pid:%d exited with 'signal 9 (SIGKILL)'" % (fpw(R), R.randint(20, 9000)))
    job = R.randint(1, 400)
    return cl(R, "ERROR", "MainProcess", "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')\nTraceback (most recent call last):\n"
              "  File \"/usr/local/lib/python3.12/site-packages/billiard/pool.py\", line 1265, in mark_as_worker_lost\n    raise WorkerLostError(\n"
              "billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: %d." % (job, job))


def e_nosuchbucket(R):
    # CAPTIONS_BUCKET in the new task definition says reelharbor-captions-prod-apse2; the bucket is
    # reelharbor-captions-apse2-prod
    tid = uuid(R)
    key = "%s/%s.vtt" % (ast(R), pick(R, ["en", "en-AU", "ja", "id", "th", "es"]))
    return cl(R, "ERROR", fpw(R), "Task captions.publish[%s] raised unexpected: NoSuchBucket('An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist')\n" % tid
              + TRACE + "  File \"/app/captions/tasks.py\", line %d, in publish\n    s3.put_object(Bucket=settings.CAPTIONS_BUCKET, Key=\"%s\", Body=vtt, ContentType=\"text/vtt\")\n"
              "  File \"/usr/local/lib/python3.12/site-packages/botocore/client.py\", line 1023, in _make_api_call\n    raise error_class(parsed_response, operation_name)\n"
              "botocore.errorfactory.NoSuchBucket: An error occurred (NoSuchBucket) when calling the PutObject operation: The specified bucket does not exist" % (R.randint(120, 122), key))


def e_translate(R):
    # the 40k-title subtitle backfill runs at full concurrency against Amazon Translate's default TPS quota; tasks
    # exhaust max_retries=5 and the subtitles are never produced
    tid = uuid(R)
    lang = pick(R, ["ja", "ko", "id", "th", "vi", "zh-TW", "ms"])
    if R.random() < 0.6:
        return cl(R, "ERROR", fpw(R), "Task captions.translate[%s] raised unexpected: MaxRetriesExceededError(\"Can't retry captions.translate[%s] args:('%s', '%s') kwargs:{}\")\n" % (tid, tid, ast(R), lang)
                  + TRACE + "  File \"/app/captions/tasks.py\", line 171, in translate\n    raise self.retry(exc=exc, countdown=backoff(self.request.retries))\n"
                  "  File \"/usr/local/lib/python3.12/site-packages/celery/app/task.py\", line 743, in retry\n    raise self.MaxRetriesExceededError(\n"
                  "celery.exceptions.MaxRetriesExceededError: Can't retry captions.translate[%s] args:('%s', '%s') kwargs:{}" % (tid, ast(R), lang))
    return cl(R, "ERROR", fpw(R), "Giving up on %s subtitles for %s after 5 retries: ThrottlingException: Rate exceeded (TranslateText, %d segments pending)" % (lang, ast(R), R.randint(40, 3000)))


def e_avif(R):
    # thumbnails were switched to AVIF but the new image dropped pillow-avif-plugin; Image.save(format="AVIF") fails
    tid = uuid(R)
    return cl(R, "ERROR", fpw(R), "Task thumbs.generate[%s] raised unexpected: KeyError('AVIF')\n" % tid + TRACE +
              "  File \"/app/thumbs/tasks.py\", line %d, in generate\n    poster.save(buf, format=settings.THUMB_FORMAT, quality=60)\n"
              "  File \"/usr/local/lib/python3.12/site-packages/PIL/Image.py\", line 2568, in save\n    save_handler = SAVE[format.upper()]\n"
              "                   ~~~~^^^^^^^^^^^^^^^^\nKeyError: 'AVIF'" % R.randint(64, 66))


def e_negs():
    def n_banner(R):
        return (" \n -------------- celery@ip-10-44-%d-%d.%s.compute.internal v5.4.0 (opalescent)\n--- ***** ----- \n-- ******* ---- Linux-6.1.%d-amzn2023.x86_64-x86_64-with-glibc2.36 %s\n"
                "- *** --- * --- \n- ** ---------- [config]\n- ** ---------- .> app:         reelharbor_media:0x7f%s\n- ** ---------- .> transport:   sqs://localhost//\n"
                "- ** ---------- .> results:     disabled://\n- *** --- * --- .> concurrency: %d (prefork)\n-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)\n"
                "--- ***** ----- \n -------------- [queues]\n                .> %s exchange=%s(direct) key=%s\n") % (
            R.randint(0, 9), R.randint(4, 250), REGION, R.randint(100, 130), "2029-11-%02d %s" % (day(R), hms(R)), hexs(R, 10), pick(R, [2, 4, 8]),
            *(lambda qn: (qn, qn, qn))(pick(R, ["rh-thumbs", "rh-captions", "rh-captions-gpu"])))

    def n_connected(R):
        return cl(R, "INFO", "MainProcess", "Connected to sqs://localhost//")

    def n_ready(R):
        return cl(R, "INFO", "MainProcess", "celery@ip-10-44-%d-%d.%s.compute.internal ready." % (R.randint(0, 9), R.randint(4, 250), REGION))

    def n_received(R):
        return cl(R, "INFO", "MainProcess", "Task %s[%s] received" % (pick(R, ["thumbs.generate", "thumbs.sprite", "captions.transcribe", "captions.translate", "captions.publish"]), uuid(R)))

    def n_succeeded(R):
        return cl(R, "INFO", fpw(R), "Task %s[%s] succeeded in %.9fs: %s" % (pick(R, ["thumbs.generate", "thumbs.sprite", "captions.transcribe", "captions.translate", "captions.publish"]),
                                                                          uuid(R), R.random() * 300 + 0.2, pick(R, ["None", "{'frames': %d, 'errors': 0}" % R.randint(10, 400), "'ok'"])))

    def n_retry(R):
        return cl(R, "INFO", fpw(R), "Task thumbs.generate[%s] retry: Retry in %ds: ReadTimeoutError('Read timeout on endpoint URL: \"https://reelharbor-vod-origin-apse2.s3.%s.amazonaws.com/%s/poster.jpg\"')" % (
            uuid(R), pick(R, [5, 10, 20]), REGION, ast(R)))

    def n_translate_retry(R):
        return cl(R, "INFO", fpw(R), "Task captions.translate[%s] retry: Retry in %ds: ThrottlingException('Rate exceeded')" % (uuid(R), pick(R, [4, 8, 16])))

    def n_app_info(R):
        return cl(R, "INFO", fpw(R), "Generated %d thumbnails and sprite %dx%d for %s (dropped_frames=0)" % (R.randint(5, 60), pick(R, [10, 12]), pick(R, [10, 12]), ast(R)))

    def n_skip(R):
        return cl(R, "INFO", fpw(R), "Captions for %s/%s already published (etag %s); skipping duplicate message" % (ast(R), pick(R, ["en", "ja", "th"]), hexs(R, 32)))

    def n_reject(R):
        return cl(R, "WARNING", fpw(R), "Source %s has no audio track; captions.transcribe marked NOT_APPLICABLE" % ast(R))

    def n_small(R):
        return cl(R, "WARNING", fpw(R), "Creator poster for %s is %dx%d (below 640x360); falling back to a frame grab" % (ast(R), R.randint(100, 600), R.randint(80, 340)))

    def n_depr(R):
        return cl(R, "WARNING", "MainProcess", "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py:%d: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine\n"
                  "whether broker connection retries are made during startup in Celery 6.0 and above.\nIf you wish to retain the existing behavior for retrying connections on startup,\n"
                  "you should set broker_connection_retry_on_startup to True.\n  warnings.warn(" % pick(R, [507, 508]))

    def n_shutdown(R):
        return cl(R, "WARNING", "MainProcess", "worker: Warm shutdown (MainProcess)") if R.random() < 0.5 else \
            cl(R, "INFO", "MainProcess", "Scaling down %d processes (autoscale, queue depth 0)" % R.randint(1, 6))

    def n_debug(R):
        return cl(R, "DEBUG", fpw(R), "whisper segments=%d avg_logprob=%.3f no_speech_prob=%.3f language=%s" % (R.randint(20, 3000), -R.random(), R.random() * 0.3, pick(R, ["en", "ja", "id"])))

    return [n_banner, n_connected, n_ready, n_received, n_received, n_received, n_succeeded, n_succeeded, n_succeeded, n_retry, n_translate_retry,
            n_app_info, n_skip, n_reject, n_small, n_depr, n_shutdown, n_debug]


def fam_celery(R):
    return build(R, F1, [("whisper-large-v3-batch16-cuda-oom-t4", e_cuda), ("sprite-task-2gib-limit-pool-sigkill", e_sigkill),
                         ("captions-bucket-env-name-swapped-nosuchbucket", e_nosuchbucket), ("translate-backfill-tps-quota-max-retries", e_translate),
                         ("image-dropped-pillow-avif-plugin-keyerror", e_avif)], e_negs())


# ---------------------------------------------------------------- rails72-billing-puma-tagged-logger
F2 = "rails72-billing-puma-tagged-logger"
LV = {"DEBUG": "D", "INFO": "I", "WARN": "W", "ERROR": "E", "FATAL": "F"}


def rts(R):
    return "2029-11-%02dT%s.%s" % (day(R), hms(R), digits(R, 6))


def rl(R, level, msg, tag=None, ts=None):
    tag = tag if tag is not None else uuid(R)
    pre = "[%s] " % tag if tag else ""
    return "%s, [%s #1] %5s -- : %s%s" % (LV[level], ts or rts(R), level, pre, msg)


def fatal(R, head, trace):
    rid = uuid(R)
    body = "\n".join(["%s" % head, "  "] + trace)
    return rl(R, "FATAL", body.replace("\n", "\n[%s] " % rid), rid)


def sub(R):
    return "sub_%s" % alnum(R, 14)


def f_pool(R):
    # RAILS_MAX_THREADS was raised to 16 for Puma but database.yml's pool stays at 5; under load requests wait 5 s
    # for a connection and fail
    waited = "%.3f" % (5 + R.random() * 0.02)
    msg = "could not obtain a connection from the pool within 5.000 seconds (waited %s seconds); all pooled connections were in use" % waited
    if R.random() < 0.7:
        return fatal(R, "ActiveRecord::ConnectionTimeoutError (%s):" % msg,
                     ["app/models/subscription.rb:%d:in `current_for'" % R.randint(40, 42), "app/controllers/%s:%d:in `%s'" % (
                         pick(R, ["accounts_controller.rb", "billing/invoices_controller.rb", "api/entitlement_controller.rb"]), R.randint(10, 60), pick(R, ["show", "index", "status"]))])
    return rl(R, "ERROR", "Error performing RenewalJob (Job ID: %s) from SolidQueue(billing) in %.2fms: ActiveRecord::ConnectionTimeoutError (%s):" % (uuid(R), 5000 + R.random() * 30, msg), "ActiveJob")


def f_apple(R):
    # the App Store Connect in-app purchase key used to sign App Store Server API tokens was revoked; every iOS
    # receipt verification gets 401 and the purchase is not granted
    txn = "2000000%s" % digits(R, 9)
    if R.random() < 0.6:
        return rl(R, "ERROR", "App Store Server API rejected our token for transaction %s: Faraday::UnauthorizedError (the server responded with status 401); answering 502" % txn)
    return fatal(R, "AppStore::VerificationError (transaction %s: App Store Server API returned 401 Unauthorized (key id 7X2QJ4K9LM)):" % txn,
                 ["app/services/app_store/verifier.rb:%d:in `verify!'" % R.randint(33, 35), "app/controllers/api/iap/apple_controller.rb:14:in `create'"])


def f_masterkey(R):
    # the new task definition lost the RAILS_MASTER_KEY secret; credentials cannot be decrypted and Puma exits on boot
    if R.random() < 0.6:
        return ("=> Booting Puma\n=> Rails 7.2.%d application starting in production \n=> Run `bin/rails server --help` for more startup options\nExiting\n"
                "/usr/local/bundle/ruby/3.3.0/gems/activesupport-7.2.%d/lib/active_support/encrypted_file.rb:%d:in `handle_missing_key': Missing encryption key to decrypt file with. "
                "Ask your team for your master key and write it to /rails/config/master.key or put it in the ENV['RAILS_MASTER_KEY']. (ActiveSupport::EncryptedFile::MissingKeyError)\n"
                "\tfrom /usr/local/bundle/ruby/3.3.0/gems/activesupport-7.2.%d/lib/active_support/encrypted_file.rb:%d:in `read_key_file'\n"
                "\tfrom /usr/local/bundle/ruby/3.3.0/gems/activesupport-7.2.%d/lib/active_support/encrypted_file.rb:%d:in `key'\n"
                "\tfrom /rails/config/initializers/stripe.rb:1:in `<main>'") % ((lambda v: (v, v, R.randint(116, 118), v, R.randint(109, 111), v, R.randint(55, 57)))(R.randint(1, 2)))
    return "! Unable to load application: ActiveSupport::EncryptedFile::MissingKeyError: Missing encryption key to decrypt file with. Ask your team for your master key and write it to /rails/config/master.key or put it in the ENV['RAILS_MASTER_KEY']. (task %s)" % hexs(R, 32)


def f_nil(R):
    # accounts migrated from the 2019 "legacy-annual" plans have plan_id null; the account page calls plan.interval
    if R.random() < 0.6:
        return fatal(R, "ActionView::Template::Error (undefined method `interval' for nil):",
                     ["    %d:     <dt>Billing period</dt>" % R.randint(20, 22), "    %d:     <dd><%%= t(\"plans.interval.#{@subscription.plan.interval}\") %%></dd>" % R.randint(23, 24), "  ",
                      "app/views/accounts/show.html.erb:%d" % R.randint(23, 24), "app/controllers/accounts_controller.rb:%d:in `show'" % R.randint(12, 14)])
    return fatal(R, "NoMethodError (undefined method `interval' for nil):",
                 ["app/models/subscription.rb:%d:in `renewal_date'" % R.randint(77, 79), "app/controllers/api/subscriptions_controller.rb:%d:in `show'" % R.randint(20, 22)])


def f_ses(R):
    # billing mail moved to SES in ap-southeast-2, whose account is still in the SES sandbox; receipts and dunning
    # mails to unverified recipients are all rejected
    who = "member-%d@mail.example" % R.randint(1000, 99999)
    mailer = pick(R, ["ReceiptMailer#paid", "DunningMailer#payment_failed", "ReceiptMailer#refunded"])
    if R.random() < 0.6:
        return rl(R, "ERROR", "Error performing ActionMailer::MailDeliveryJob (Job ID: %s) from SolidQueue(mailers) in %.1fms: Aws::SES::Errors::MessageRejected "
                  "(Email address is not verified. The following identities failed the check in region AP-SOUTHEAST-2: %s):" % (uuid(R), R.random() * 300 + 40, who), "ActiveJob")
    return rl(R, "WARN", "Discarded ActionMailer::MailDeliveryJob (Job ID: %s) for %s due to Aws::SES::Errors::MessageRejected after 5 attempts" % (uuid(R), mailer), "ActiveJob")


def f_negs():
    def n_started(R):
        d, t = day(R), hms(R)
        return rl(R, "INFO", "Started %s \"%s\" for %s at 2029-11-%02d %s +0000" % (
            *pick(R, [("GET", "/account"), ("GET", "/account/invoices"), ("POST", "/api/v1/iap/apple/verify"), ("POST", "/webhooks/stripe"), ("GET", "/api/v1/subscription")]),
            pubip(R), d, t), ts="2029-11-%02dT%s.%s" % (d, t, digits(R, 6)))

    def n_processing(R):
        return rl(R, "INFO", "Processing by %s as %s" % (pick(R, ["AccountsController#show", "Billing::InvoicesController#index", "Webhooks::StripeController#create", "Api::SubscriptionsController#show"]),
                                                       pick(R, ["HTML", "JSON", "*/*"])))

    def n_completed(R):
        code = pick(R, ["200 OK", "200 OK", "200 OK", "302 Found", "304 Not Modified", "204 No Content"])
        return rl(R, "INFO", "Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms)" % (
            code, R.randint(4, 400), R.random() * 80, R.random() * 40, R.randint(1, 30), R.randint(0, 6), R.random() * 5))

    def n_up(R):
        d, t = day(R), hms(R)
        return rl(R, "INFO", "Started GET \"/up\" for %s at 2029-11-%02d %s +0000" % (ip10(R, 46), d, t), ts="2029-11-%02dT%s.%s" % (d, t, digits(R, 6)))

    def n_declined(R):
        return rl(R, "INFO", "Payment declined for invoice in_%s (%s): Stripe::CardError: Your card was declined. (%s); subscription %s moved to past_due" % (
            alnum(R, 24), sub(R), pick(R, ["insufficient_funds", "do_not_honor", "expired_card", "generic_decline"]), sub(R)))

    def n_422(R):
        return rl(R, "INFO", "Completed 422 Unprocessable Content in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, 0 cached) | GC: 0.0ms)" % (
            R.randint(5, 90), R.random() * 10, R.random() * 10, R.randint(1, 6)))

    def n_routing(R):
        rid = uuid(R)
        return rl(R, "FATAL", "  \n[%s] ActionController::RoutingError (No route matches [%s] \"%s\"):" % (rid, pick(R, ["GET", "POST"]), pick(
            R, ["/wp-login.php", "/.env", "/xmlrpc.php", "/phpmyadmin/index.php", "/.git/config", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"])), rid)

    def n_csrf(R):
        return rl(R, "WARN", "Can't verify CSRF token authenticity.")

    def n_webhook_dup(R):
        return rl(R, "INFO", "Stripe event evt_%s already processed (idempotency record %d); skipping" % (alnum(R, 24), R.randint(10000, 999999)))

    def n_job_ok(R):
        return rl(R, "INFO", "Performed %s (Job ID: %s) from SolidQueue(%s) in %.2fms" % (pick(R, ["RenewalJob", "ActionMailer::MailDeliveryJob", "InvoiceSyncJob"]), uuid(R),
                                                                                        pick(R, ["billing", "mailers"]), R.random() * 900 + 5), "ActiveJob")

    def n_boot(R):
        return ("=> Booting Puma\n=> Rails 7.2.%d application starting in production \n=> Run `bin/rails server --help` for more startup options\nPuma starting in single mode...\n"
                "* Puma version: 6.4.3 (ruby 3.3.%d-p%d) (\"The Eagle of Durango\")\n*  Min threads: 16\n*  Max threads: 16\n*  Environment: production\n*          PID: 1\n"
                "* Listening on http://0.0.0.0:3000\nUse Ctrl-C to stop") % (R.randint(1, 2), R.randint(5, 6), R.randint(100, 120))

    def n_params(R):
        return rl(R, "INFO", "  Parameters: {\"plan\"=>\"%s\", \"coupon\"=>%s, \"authenticity_token\"=>\"[FILTERED]\"}" % (pick(R, ["standard-monthly", "premium-annual", "basic-monthly"]),
                                                                                                          pick(R, ["nil", "\"SPRING30\"", "\"\""])))

    def n_trial_expired(R):
        return rl(R, "INFO", "Trial for %s ended without payment method; subscription cancelled (reason=trial_expired)" % sub(R))

    def n_retry_ok(R):
        return rl(R, "WARN", "Retrying InvoiceSyncJob in %d seconds, due to a Stripe::RateLimitError. The original exception was #<Stripe::RateLimitError: Request rate limit exceeded.>." % pick(R, [3, 6, 12]), "ActiveJob")

    def n_sql(R):
        return rl(R, "DEBUG", "  Subscription Load (%.1fms)  SELECT \"subscriptions\".* FROM \"subscriptions\" WHERE \"subscriptions\".\"account_id\" = $1 LIMIT $2  [[\"account_id\", %d], [\"LIMIT\", 1]]" % (
            R.random() * 4, R.randint(1000, 900000)))

    return [n_started, n_started, n_processing, n_processing, n_completed, n_completed, n_completed, n_up, n_declined, n_422, n_routing, n_csrf,
            n_webhook_dup, n_job_ok, n_boot, n_params, n_trial_expired, n_retry_ok, n_sql]


def fam_rails(R):
    return build(R, F2, [("ar-pool-5-below-puma-16-threads-connection-timeout", f_pool), ("app-store-iap-key-revoked-401", f_apple),
                         ("task-definition-lost-rails-master-key", f_masterkey), ("legacy-annual-plan-nil-interval", f_nil),
                         ("ses-apse2-sandbox-message-rejected", f_ses)], f_negs())


FAMILIES = {F1: fam_celery, F2: fam_rails}
