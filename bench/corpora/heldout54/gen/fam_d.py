"""Families: comments-rails71-sidekiq7-perspective-ecs, printedition-ghostscript10-awsbatch-sftp.

"comments" is the reader-comments moderation worker: Rails 7.1 with Sidekiq 7 on ECS (ElastiCache Redis, RDS
PostgreSQL), scoring comments with Google's Perspective API and publishing `comment.approved` to SNS for the article
cache. Sidekiq 7's default formatter: `2031-04-14T09:12:33.123Z pid=1 tid=2abc class=ModerateCommentJob
jid=0123456789abcdef01234567 INFO: start` (`elapsed=` on done/fail); the error handler writes the job context as JSON,
then `Class: message`, each a WARN record. A crash at boot prints Ruby's uncaught-exception dump, kept as one event.

"printedition" is the nightly print-edition build on AWS Batch (bash driver `print-build`, Ghostscript 10 for the
PDF/X-1a distillation, pdfcpu imposition, OpenSSH sftp delivery to the printer). The driver writes
`[2031-04-14T23:12:33Z] print-build LEVEL message`; Ghostscript's and ssh's output blocks have no level and are kept
with their first line by the job definition's `awslogs-multiline-pattern` `^(\\[\\d{4}-|GPL Ghostscript|@@@)`."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    iso_z)

# ---------------------------------------------------------------- comments-rails71-sidekiq7-perspective-ecs
F1 = "comments-rails71-sidekiq7-perspective-ecs"
JOBS = ["ModerateCommentJob", "PublishCommentJob", "NotifyRepliesJob", "PurgeSpamJob"]


def sk(R, lvl, msg, cls=None, jid=None, elapsed=None, ctx=True):
    head = "%s pid=1 tid=%s" % (iso_z(R, 3), lower(R, 4))
    if ctx:
        head += " class=%s jid=%s" % (cls or pick(R, JOBS), jid or hexs(R, 24))
    if elapsed is not None:
        head += " elapsed=%.3f" % elapsed
    return "%s %s: %s" % (head, lvl, msg)


def cid(R):
    return R.randint(40000000, 49999999)


def jobctx(R, cls, args, ex_msg):
    return '{"context":"Job raised exception","job":{"retry":25,"queue":"%s","args":%s,"class":"%s","jid":"%s","created_at":%d.%d,"enqueued_at":%d.%d,"error_message":"%s","error_class":"%s","failed_at":%d.%d,"retry_count":%d}}' % (
        pick(R, ["moderation", "default"]), args, cls, hexs(R, 24), 1932768000 + R.randint(86400, 2400000), R.randint(100000, 999999),
        1932768000 + R.randint(86400, 2400000), R.randint(100000, 999999), ex_msg[1].replace('"', '\\"'), ex_msg[0],
        1932768000 + R.randint(86400, 2400000), R.randint(100000, 999999), R.randint(0, 24))


def cm_key(R):
    # the Google Cloud API key was restricted to the Maps APIs during a key-hygiene sweep; Perspective answers 403 for
    # every comment, which stays in the pending queue and never appears under the article
    ex = ("Perspective::Error", "403 PERMISSION_DENIED: Requests to this API commentanalyzer.googleapis.com method google.commentanalyzer.v1alpha1.CommentAnalyzer.AnalyzeComment are blocked.")
    if R.random() < 0.5:
        return sk(R, "WARN", jobctx(R, "ModerateCommentJob", "[%d]" % cid(R), ex), cls="ModerateCommentJob")
    return sk(R, "WARN", "%s: %s" % ex, cls="ModerateCommentJob")


def cm_quota(R):
    # the Perspective project still has the default 1 QPS quota; at evening peaks analyses are refused with 429 until
    # the job runs out of retries and the comment is left unmoderated
    if R.random() < 0.5:
        return sk(R, "ERROR", "Comment %d left pending after 25 attempts: Perspective 429 RESOURCE_EXHAUSTED Quota exceeded for quota metric 'Analysis requests' and limit 'Analysis requests per minute' of service 'commentanalyzer.googleapis.com'" % cid(R), cls="ModerateCommentJob")
    return sk(R, "WARN", "Perspective::Error: 429 RESOURCE_EXHAUSTED: Quota exceeded for quota metric 'Analysis requests' and limit 'Analysis requests per minute' of service 'commentanalyzer.googleapis.com' for consumer 'project_number:%s'." % digits(R, 12), cls="ModerateCommentJob")


def cm_redis(R):
    # the Sidekiq Redis (cache.t4g.small, maxmemory-policy noeviction) filled with 3 million retained dead jobs; every
    # write is refused, so no job can be fetched or enqueued
    if R.random() < 0.5:
        return sk(R, "ERROR", "Error fetching job: OOM command not allowed when used memory > 'maxmemory'.", ctx=False)
    return sk(R, "WARN", "RedisClient::CommandError: OOM command not allowed when used memory > 'maxmemory'. (while enqueuing %s for comment %d)" % (pick(R, ["PublishCommentJob", "NotifyRepliesJob"]), cid(R)), cls="ModerateCommentJob")


def cm_sns(R):
    # the comment-events topic was recreated with a policy that allows only the old task role; approved comments are
    # never announced, so article pages keep showing the stale comment count and list
    ex = ("Aws::SNS::Errors::AuthorizationError", "User: arn:aws:sts::%s:assumed-role/comments-worker-task/%s is not authorized to perform: SNS:Publish on resource: arn:aws:sns:%s:%s:comment-events because no resource-based policy allows the SNS:Publish action" % (ACCT, hexs(R, 32), REGION, ACCT))
    if R.random() < 0.5:
        return sk(R, "WARN", jobctx(R, "PublishCommentJob", "[%d,\"approved\"]" % cid(R), ex), cls="PublishCommentJob")
    return sk(R, "WARN", "%s: %s" % ex, cls="PublishCommentJob")


def cm_yaml(R):
    # the moderators' blocklist edit left a tab in config/moderation/blocklist.yml; the worker raises at boot and the
    # service crash-loops, so no comment is moderated
    if R.random() < 0.6:
        return "\n".join([
            "/usr/local/bundle/gems/psych-5.1.2/lib/psych/parser.rb:62:in `_native_parse': (/app/config/moderation/blocklist.yml): found character that cannot start any token while scanning for the next token at line %d column %d (Psych::SyntaxError)" % (R.randint(40, 400), R.randint(1, 3)),
            "\tfrom /usr/local/bundle/gems/psych-5.1.2/lib/psych/parser.rb:62:in `parse'",
            "\tfrom /usr/local/lib/ruby/3.3.0/psych.rb:%d:in `parse_stream'" % R.randint(450, 460),
            "\tfrom /app/config/initializers/moderation.rb:%d:in `<main>'" % R.randint(3, 12),
            "\tfrom /usr/local/bundle/gems/railties-7.1.3/lib/rails/engine.rb:%d:in `load'" % R.randint(680, 690)])
    return sk(R, "INFO", "Shutting down: boot failed loading blocklist.yml (Psych::SyntaxError), exit 1; restart %d" % R.randint(2, 80), ctx=False)


def cm_negs():
    def n_job(R):
        c = pick(R, JOBS)
        j = hexs(R, 24)
        return pick(R, [sk(R, "INFO", "start", cls=c, jid=j), sk(R, "INFO", "done", cls=c, jid=j, elapsed=R.uniform(0.01, 3))])

    def n_mod(R):
        return pick(R, [
            sk(R, "INFO", "Comment %d approved (toxicity=%.2f, spam=%.2f)" % (cid(R), R.uniform(0, 0.4), R.uniform(0, 0.3)), cls="ModerateCommentJob"),
            sk(R, "INFO", "Comment %d rejected by moderation: toxicity=%.2f above threshold 0.85" % (cid(R), R.uniform(0.86, 0.99)), cls="ModerateCommentJob"),
            sk(R, "INFO", "Comment %d held for human review: identity_attack=%.2f" % (cid(R), R.uniform(0.6, 0.85)), cls="ModerateCommentJob"),
            sk(R, "INFO", "Comment %d discarded: author rdr_%s is banned until %s" % (cid(R), lower(R, 12), iso_z(R, 0)), cls="ModerateCommentJob"),
            sk(R, "INFO", "Comment %d already moderated (approved), duplicate job ignored" % cid(R), cls="ModerateCommentJob"),
            sk(R, "INFO", "Published comment.approved for comment %d to comment-events (MessageId %s)" % (cid(R), uuid(R)), cls="PublishCommentJob"),
            sk(R, "INFO", "Reply notifications for comment %d: %d sent, %d skipped (notifications off), 0 failed" % (cid(R), R.randint(0, 12), R.randint(0, 5)), cls="NotifyRepliesJob"),
            sk(R, "INFO", "PurgeSpamJob removed %d spam comments older than 30 days, errors=0" % R.randint(0, 900), cls="PurgeSpamJob")])

    def n_retry(R):
        return pick(R, [
            sk(R, "INFO", "Perspective 503 UNAVAILABLE on comment %d, retrying in %.1fs (attempt 1/3)" % (cid(R), R.uniform(0.2, 2)), cls="ModerateCommentJob"),
            sk(R, "INFO", "Comment %d scored after 1 retry" % cid(R), cls="ModerateCommentJob"),
            sk(R, "WARN", "Perspective LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE for comment %d (language cy); sent to human review" % cid(R), cls="ModerateCommentJob"),
            sk(R, "INFO", "Comment %d deleted by its author before moderation; job skipped" % cid(R), cls="ModerateCommentJob")])

    def n_boot(R):
        return pick(R, [
            sk(R, "INFO", "Booted Rails 7.1.3 application in production environment", ctx=False),
            sk(R, "INFO", "Running in ruby 3.3.0 (2023-12-25 revision 5124f9ac84) +YJIT [aarch64-linux]", ctx=False),
            sk(R, "INFO", "See LICENSE and the LGPL-3.0 for licensing details.", ctx=False),
            sk(R, "INFO", "Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org", ctx=False),
            sk(R, "INFO", "Sidekiq 7.2.1 connecting to Redis with options {:size=>%d, :pool_name=>\"internal\", :url=>\"rediss://master.comments-jobs.%s.euw1.cache.amazonaws.com:6379/0\"}" % (R.randint(5, 12), lower(R, 6)), ctx=False),
            sk(R, "INFO", "Starting processing, hit Ctrl-C to stop", ctx=False),
            sk(R, "INFO", "Shutting down", ctx=False),
            sk(R, "INFO", "Terminating quiet threads for default capsule", ctx=False),
            sk(R, "INFO", "Pausing to allow jobs to finish...", ctx=False),
            sk(R, "INFO", "Bye!", ctx=False),
            sk(R, "DEBUG", "Perspective request comment=%d attributes=TOXICITY,SEVERE_TOXICITY,IDENTITY_ATTACK,SPAM languages=en" % cid(R), cls="ModerateCommentJob")])
    return [n_job, n_job, n_job, n_mod, n_mod, n_mod, n_retry, n_boot]


def comments(R):
    return build(R, F1, [("perspective-api-key-restricted-to-maps", cm_key), ("perspective-quota-default-1qps", cm_quota),
                         ("sidekiq-redis-noeviction-full", cm_redis), ("comment-events-topic-policy-old-role", cm_sns),
                         ("blocklist-yaml-tab-boot-crash", cm_yaml)], cm_negs())


# ---------------------------------------------------------------- printedition-ghostscript10-awsbatch-sftp
F2 = "printedition-ghostscript10-awsbatch-sftp"
GSV = "GPL Ghostscript 10.02.1 (2023-11-01)"
BANNER = [GSV, "Copyright (C) 2023 Artifex Software, Inc.  All rights reserved.",
          "This software is supplied under the GNU AGPLv3 and comes with NO WARRANTY:", "see the file COPYING for details."]


def pb(R, lvl, msg):
    return "[%s] print-build %s %s" % (iso_z(R, 0), lvl, msg)


def edition(R):
    return "2031-04-%02d" % R.randint(2, 28)


def zone(R):
    return pick(R, ["moor", "coast", "city", "national"])


def page(R):
    return "%s-%s-p%03d" % (edition(R), zone(R), R.randint(1, 112))


def pe_fonts(R):
    # the 2031.04 job image moved to a slim base without the house fonts package; Ghostscript substitutes Times for
    # GorsemoorSerif and preflight refuses the pages, so the edition cannot be built
    f = pick(R, ["GorsemoorSerif-Bold", "GorsemoorSerif-Regular", "GorsemoorSans-Condensed", "GorsemoorSerif-Italic"])
    if R.random() < 0.55:
        return "\n".join(BANNER + ["Processing pages 1 through 1.", "Page 1",
                                   "Can't find (or can't open) font file /usr/share/fonts/gorsemoor/%s.otf." % f,
                                   "Substituting font %s for %s." % (pick(R, ["Times-Bold", "Times-Roman", "Helvetica-Narrow"]), f),
                                   "Loading NimbusRoman-%s font from %%rom%%Resource/Font/NimbusRoman-%s... %d %d %d %d 1 done." % (("Bold",) * 2 + (R.randint(4000000, 5000000), R.randint(2000000, 3000000), R.randint(1000000, 3000000), R.randint(1000000, 2000000)))])
    return pb(R, "ERROR", "preflight failed for %s: font %s substituted (house fonts not embedded); page rejected" % (page(R), f))


def pe_icc(R):
    # OUTPUT_ICC still points at /opt/print/icc/ISOnewspaper26v4.icc; the profiles were moved to /usr/share/color/icc
    # in the image rebuild, so every PDF/X distillation aborts
    if R.random() < 0.6:
        return "\n".join(BANNER + ["Could not open the file /opt/print/icc/ISOnewspaper26v4.icc .",
                                   "Unable to open output ICC profile (-sOutputICCProfile=/opt/print/icc/ISOnewspaper26v4.icc)",
                                   "**** Unable to open the initial device, quitting.",
                                   "GPL Ghostscript 10.02.1: Unrecoverable error, exit code 1"])
    return pb(R, "ERROR", "distill %s failed: gs exit 1 (output ICC profile not found)" % page(R))


def pe_hostkey(R):
    # the printer (Hallbeck Print) moved its SFTP endpoint to a new server; known_hosts in the job's secret still
    # has the old key, so ssh refuses to connect and no edition is delivered
    if R.random() < 0.5:
        h = alnum(R, 43)
        return "\n".join(["@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@",
                          "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @",
                          "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@",
                          "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!",
                          "Someone could be eavesdropping on you right now (man-in-the-middle attack)!",
                          "It is also possible that a host key has just been changed.",
                          "The fingerprint for the ED25519 key sent by the remote host is",
                          "SHA256:%s." % h,
                          "Please contact your system administrator.",
                          "Add correct host key in /root/.ssh/known_hosts to get rid of this message.",
                          "Offending ED25519 key in /root/.ssh/known_hosts:%d" % R.randint(1, 3),
                          "Host key for sftp.hallbeck-print.example has changed and you have requested strict checking.",
                          "Host key verification failed.",
                          "Connection closed"])
    return pb(R, "ERROR", "delivery of edition %s (%s) to sftp.hallbeck-print.example failed: Host key verification failed (attempt %d/3)" % (edition(R), zone(R), R.randint(1, 3)))


def pe_scratch(R):
    # the job definition's /scratch volume was cut from 200 GiB to 20 GiB with the move to Fargate ephemeral storage;
    # imposition of the Saturday editions (112 pages at 600 dpi) runs out of space
    if R.random() < 0.5:
        return pb(R, "ERROR", "impose %s-%s failed: pdfcpu: write /scratch/%s/imposed/sig-%02d.pdf: no space left on device" % (edition(R), zone(R), hexs(R, 8), R.randint(1, 14)))
    return pb(R, "ERROR", "cp: error writing '/scratch/%s/pages/%s.pdf': No space left on device; edition aborted" % (hexs(R, 8), page(R)))


def pe_timeout(R):
    # attemptDurationSeconds is 3600 but Saturday editions take about 80 minutes since colour pages went to 600 dpi;
    # Batch terminates the attempt and the edition is not finished
    if R.random() < 0.6:
        return pb(R, "ERROR", "caught SIGTERM at page %d/112 of edition %s (%s) after %ds; edition incomplete, nothing delivered" % (R.randint(60, 110), edition(R), zone(R), R.randint(3595, 3605)))
    return "/usr/local/bin/print-build: line %d: %d Terminated              gs -q -dBATCH -dNOPAUSE -dPDFX -sDEVICE=pdfwrite -sOutputFile=/scratch/%s/x1a/%s.pdf /scratch/%s/pages/%s.pdf" % (
        R.randint(120, 160), R.randint(100, 9000), hexs(R, 8), page(R), hexs(R, 8), page(R))


def pe_negs():
    def n_prog(R):
        return pick(R, [
            pb(R, "INFO", "page %s distilled to PDF/X-1a in %.1fs" % (page(R), R.uniform(0.4, 9))),
            pb(R, "INFO", "page %s preflight passed (0 errors, %d warnings)" % (page(R), R.randint(0, 3))),
            pb(R, "INFO", "edition %s (%s): %d/%d pages ready" % (edition(R), zone(R), R.randint(1, 112), 112)),
            pb(R, "INFO", "imposed %s-%s into %d signatures, failed=0" % (edition(R), zone(R), R.randint(6, 14))),
            pb(R, "INFO", "fetched %d page PDFs from s3://gorsemoor-print-pages/%s/ in %ds" % (R.randint(24, 112), edition(R), R.randint(3, 90)))])

    def n_gs_ok(R):
        return pick(R, [
            "\n".join(BANNER + ["Processing pages 1 through %d." % (n := R.randint(1, 2))] + ["Page %d" % i for i in range(1, n + 1)]),
            "\n".join(BANNER + ["Processing pages 1 through 1.", "Page 1", "   **** Warning: considering '%010d 00000 n' as a free entry." % R.randint(1, 99999),
                                "", "   **** This file had errors that were repaired or ignored.", "   **** The file was produced by:",
                                "   **** >>>> %s <<<<" % pick(R, ["Adobe InDesign 19.2 (Macintosh)", "QuarkXPress(R) 18.6", "Acrobat Distiller 23.0 (Windows)"]),
                                "   **** Please notify the author of the software that produced this", "   **** file that it does not conform to Adobe's published PDF", "   **** specification."]),
            "\n".join(BANNER + ["Processing pages 1 through 1.", "Page 1", "Loading NimbusSans-Regular font from %%rom%%Resource/Font/NimbusSans-Regular... %d %d %d %d 1 done." % (R.randint(4000000, 5000000), R.randint(2000000, 3000000), R.randint(1000000, 3000000), R.randint(1000000, 2000000))])])

    def n_ads(R):
        return pick(R, [
            pb(R, "WARN", "advertiser PDF ad-%s on %s: image at %d ppi (< 200); sent to ad desk, placed as supplied" % (digits(R, 6), page(R), R.randint(120, 199))),
            pb(R, "INFO", "page %s is a house-ad placeholder; preflight skipped" % page(R)),
            pb(R, "WARN", "page %s arrived twice from layout (same sha256 %s...); duplicate skipped" % (page(R), hexs(R, 12))),
            pb(R, "INFO", "late page %s replaced (v%d), re-distilled with 0 errors" % (page(R), R.randint(2, 5)))])

    def n_deliver(R):
        return pick(R, [
            "Connected to sftp.hallbeck-print.example.\nsftp> put /scratch/%s/out/%s-%s.pdf /incoming/\nUploading /scratch/%s/out/%s-%s.pdf to /incoming/%s-%s.pdf" % ((lambda h, e, z: (h, e, z, h, e, z, e, z))(hexs(R, 8), edition(R), zone(R))),
            pb(R, "INFO", "delivered edition %s (%s) to sftp.hallbeck-print.example: %d MB in %ds, checksum ok" % (edition(R), zone(R), R.randint(200, 1800), R.randint(20, 400))),
            pb(R, "WARN", "sftp put timed out on attempt 1, retrying; attempt 2 delivered %s-%s.pdf" % (edition(R), zone(R))),
            pb(R, "INFO", "printer acknowledgement received for %s (%s): job %s accepted" % (edition(R), zone(R), "HB" + digits(R, 7)))])

    def n_boot(R):
        return pick(R, [
            pb(R, "INFO", "starting job %s (attempt 1) edition=%s zone=%s image=print-build:2031.04.%d" % (uuid(R), edition(R), zone(R), R.randint(1, 9))),
            pb(R, "INFO", "finished edition %s (%s) in %dm%02ds, errors=0" % (edition(R), zone(R), R.randint(20, 58), R.randint(0, 59))),
            pb(R, "DEBUG", "env: GS_OPTS='-dPDFX -dBATCH -dNOPAUSE -dSAFER' SCRATCH=/scratch JOBS=%d" % R.randint(2, 8)),
            pb(R, "INFO", "no pages changed since last build for %s (%s); nothing to do" % (edition(R), zone(R)))])
    return [n_prog, n_prog, n_prog, n_gs_ok, n_ads, n_deliver, n_boot]


def printedition(R):
    return build(R, F2, [("house-fonts-missing-from-slim-image", pe_fonts), ("output-icc-profile-path-moved", pe_icc),
                         ("printer-sftp-host-key-changed", pe_hostkey), ("scratch-volume-cut-to-20gib", pe_scratch),
                         ("batch-attempt-duration-3600-too-short", pe_timeout)], pe_negs())


FAMILIES = {F1: comments, F2: printedition}
