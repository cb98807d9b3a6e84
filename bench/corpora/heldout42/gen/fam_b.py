"""Families: bigbluebutton27-bbb-web-akka-freeswitch-sfu, jitsi-jvb-jicofo-prosody-coturn.

larkspur's live classrooms. BigBlueButton 2.7 on EC2 (one host per classroom pool): bbb-web (Grails, logback
`2030-04-05T13:04:11.123Z INFO  o.b.web.controllers.ApiController - ...`), bbb-apps-akka (Scala, logback with a JSON
payload), FreeSWITCH (`2030-04-05 13:04:11.123456 [ERR] sofia.c:3350 ...`), bbb-webrtc-sfu (Node, JSON lines) and the
recording processor (Ruby Logger lines of bbb-rap); the CloudWatch agent ships each file into one log group.
Jitsi Meet for office hours and tutoring: jitsi-videobridge and jicofo (java.util.logging with the component prefix
`JVB 2030-04-05 13:04:11.123 INFO: [44] [confId=...] Class.method#line: msg`), Jibri, Prosody (`Apr 05 13:04:11
c2s55d1a2b3c4d5\tinfo\tClient connected`) and coturn (`1234: : session 001000000000000001: realm <...> user <...>:
incoming packet ALLOCATE processed, success`)."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, ACCT, REGION,
                    iso, sp, jul_ts, fs_ts, syslog_ts, rails_ts, jd)

# ---------------------------------------------------------------- bigbluebutton27-bbb-web-akka-freeswitch-sfu
F1 = "bigbluebutton27-bbb-web-akka-freeswitch-sfu"
LMS_IP = "10.44.12.37"


def web(R, lvl, logger, msg):
    return "%s %-5s %s - %s" % (iso(R, 3), lvl, logger, msg)


def meeting(R):
    return "%s-%d" % (hexs(R, 40), R.randint(10 ** 12, 10 ** 13))


def ext_mid(R):
    return "crs%d-sec%02d-%s" % (R.randint(1000, 4999), R.randint(1, 30), pick(R, ["lecture", "lab", "seminar", "office-hours", "review"]))


def fsw(R, lvl, src, msg):
    return "%s %.2f%% [%s] %s %s" % (fs_ts(R), R.uniform(60, 99), lvl, src, msg)


def sfu(R, lvl, msg, **kv):
    d = {"level": lvl, "timestamp": iso(R, 3), "message": msg}
    d.update(kv)
    return jd(d)


def rap(R, lvl, msg):
    return "%s, [%s #%d] %5s -- : %s" % (lvl[0], rails_ts(R), R.randint(1000, 90000), lvl, msg)


def e_disk(R):
    # the recordings volume (/var/bigbluebutton) is 500 GiB and the S3 offload cron stopped a week ago; processing fails
    t = R.random()
    mid = meeting(R)
    if t < 0.4:
        return rap(R, "ERROR", "Error while processing recording %s: Errno::ENOSPC: No space left on device @ io_write - /var/bigbluebutton/published/presentation/%s/video/webcams.webm" % (mid, mid))
    if t < 0.7:
        return rap(R, "ERROR", "Task [sanity] failed for recording %s with exit status 1:\n  /usr/local/bigbluebutton/core/scripts/archive/archive.rb:%d:in `write': No space left on device @ io_write - /var/bigbluebutton/recording/raw/%s/events.xml (Errno::ENOSPC)" % (mid, R.randint(60, 140), mid))
    return rap(R, "ERROR", "ffmpeg exited with status 1 for %s: [out#0/webm @ 0x%s] Error writing trailer: No space left on device" % (mid, hexs(R, 12)))


def e_checksum(R):
    # the shared secret was rotated with bbb-conf --setsecret on the new pool, but the Moodle plugin (bigbluebuttonbn)
    # still signs with the old one: every create/join from the LMS fails the checksum check
    t = R.random()
    if t < 0.55:
        return web(R, "ERROR", "o.b.web.controllers.ApiController", "checksumError: request did not pass the checksum security check [apiCall=%s, meetingID=%s, remoteAddr=%s]" % (pick(R, ["create", "join", "join", "create"]), ext_mid(R), LMS_IP))
    return web(R, "INFO", "o.b.api.ParamsProcessorUtil", "CHECKSUM=%s length=64 does not match computed SHA256 %s for apiCall=%s from %s" % (hexs(R, 64), hexs(R, 64), pick(R, ["create", "join"]), LMS_IP))


def e_sipbind(R):
    # the new AMI's FreeSWITCH vars.xml names the old private IP as local_ip_v4; the external SIP profile cannot bind,
    # so nobody can join audio
    t = R.random()
    if t < 0.35:
        return fsw(R, "ERR", "sofia.c:%d" % R.choice([3350, 3352]), "Error Creating SIP UA for profile: external (sip:mod_sofia@10.44.9.%d:5060) ATTEMPT %d (RETRY IN 5 SEC)" % (R.randint(4, 250), R.randint(1, 40)))
    if t < 0.55:
        return fsw(R, "ERR", "sofia.c:%d" % R.choice([3360, 3361]), "Failed to create socket for profile external. Retrying" + " (attempt %d)" % R.randint(1, 40))
    if t < 0.8:
        return sfu(R, "error", "Audio bridge: SIP call failed", mod="bbb-webrtc-sfu", userId="w_%s" % lower(R, 12), meetingId=meeting(R), status=503, reason="Service Unavailable")
    return web(R, "WARN", "o.b.api.MeetingService", "Voice conference %d for meeting %s not available: FreeSWITCH profile external is down" % (R.randint(10000, 99999), meeting(R)))


def e_redis(R):
    # redis-server restarted with protected-mode and bind 127.0.0.1 ::1 from a package update while akka-apps
    # connects to the host IP: meeting events stop flowing
    t = R.random()
    if t < 0.5:
        return "%s ERROR o.b.c.pubsub.senders.RedisPublisher - Failed to publish to to-html5-redis-channel: io.lettuce.core.RedisConnectionException: Unable to connect to 10.44.9.%d:6379\nCaused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n\tat io.netty.channel.socket.nio.NioSocketChannel.doFinishConnect(NioSocketChannel.java:337)" % (iso(R, 3), R.randint(4, 250))
    return web(R, "ERROR", "o.b.api.messaging.RedisMessageDistributor", "Cannot send %s to akka-apps: Unable to connect to 10.44.9.%d:6379 (Connection refused)" % (pick(R, ["CreateMeetingRequest", "RegisterUserMessage", "EndMeetingRequest", "GuestPolicyRequest"]), R.randint(4, 250)))


def e_office(R):
    # 2.7.4 runs LibreOffice conversions in the bbb-libreoffice docker image, which the AMI bake no longer pulls:
    # every uploaded .pptx/.docx slide deck fails to convert
    t = R.random()
    fname = pick(R, ["Week%02d_Lecture.pptx" % R.randint(1, 14), "Lab%d_brief.docx" % R.randint(1, 9), "Midterm_review.pptx", "Syllabus_Spring2030.docx"])
    if t < 0.55:
        return web(R, "ERROR", "o.b.p.imp.Office2PdfPageConverter", "Problem with conversion of %s to pdf: docker: Error response from daemon: No such image: bbb-soffice:latest. [presId=%s-%d]" % (fname, hexs(R, 40), R.randint(10 ** 12, 10 ** 13)))
    return web(R, "WARN", "o.b.p.imp.PresentationFileProcessor", "Conversion failed for %s (code=CONVERSION_TIMEOUT), notifying meeting %s" % (fname, meeting(R)))


def bbb_negs():
    def n_create(R):
        return web(R, "INFO", "o.b.web.controllers.ApiController", "Meeting created: meetingID=%s internalId=%s record=%s" % (ext_mid(R), meeting(R), pick(R, ["true", "false"])))

    def n_join(R):
        return web(R, "INFO", "o.b.web.controllers.ApiController", "Join request: meetingID=%s role=%s fullName=%s" % (ext_mid(R), pick(R, ["VIEWER", "VIEWER", "MODERATOR"]), pick(R, ["Ada W.", "Bo C.", "Ines M.", "Tariq L.", "Mei A.", "Student %d" % R.randint(1, 400)])))

    def n_cksum_ok(R):
        return web(R, "INFO", "o.b.api.ParamsProcessorUtil", "CHECKSUM=%s length=64" % hexs(R, 64))

    def n_getmeetings(R):
        # the ALB health checker and a monitoring script
        return web(R, "DEBUG", "o.b.web.controllers.ApiController", "ApiController#%s" % pick(R, ["getMeetings", "isMeetingRunning", "index", "getMeetingInfo"])) + " [%s]" % uuid(R)

    def n_scanner(R):
        # internet scanners hitting /bigbluebutton/api without a valid checksum: expected
        return web(R, "ERROR", "o.b.web.controllers.ApiController", "checksumError: request did not pass the checksum security check [apiCall=%s, meetingID=%s, remoteAddr=%s]" % (pick(R, ["getMeetings", "getRecordings", "create"]), pick(R, ["test", "1", "admin", "null"]), pubip(R)))

    def n_user(R):
        return "%s INFO  o.b.core.running.MeetingActor - %s" % (iso(R, 3), jd({"logCode": pick(R, ["user_joined_message", "user_left_message", "user_left_flag_updated"]), "description": pick(R, ["User joined meeting.", "User left meeting.", "User left meeting (client closed)."]), "fields": {"meetingId": meeting(R), "userId": "w_%s" % lower(R, 12), "role": pick(R, ["VIEWER", "MODERATOR"])}}))

    def n_ended(R):
        return "%s INFO  o.b.core.running.MeetingActor - %s" % (iso(R, 3), jd({"logCode": "meeting_ended", "description": pick(R, ["Meeting has ended by moderator.", "Meeting ended: no users for 5 minutes.", "Meeting ended: duration exceeded."]), "fields": {"meetingId": meeting(R), "duration": R.randint(300, 10800)}}))

    def n_fs_new(R):
        return fsw(R, "NOTICE", "switch_channel.c:1142", "New Channel sofia/external/%s-bbbID-%s@10.44.9.%d [%s]" % (R.randint(100000, 999999), pick(R, ["Ada", "Bo", "Ines", "Tariq", "Mei"]), R.randint(4, 250), uuid(R)))

    def n_fs_hangup(R):
        return fsw(R, "NOTICE", "switch_core_state_machine.c:%d" % R.choice([382, 385]), "sofia/external/%s-bbbID-%s@10.44.9.%d Hangup [CS_EXECUTE] [NORMAL_CLEARING]" % (R.randint(100000, 999999), pick(R, ["Ada", "Bo", "Ines", "Tariq", "Mei"]), R.randint(4, 250)))

    def n_fs_warn(R):
        # benign FreeSWITCH noise
        return fsw(R, "WARNING", "switch_rtp.c:%d" % R.choice([7630, 7644]), "Ignoring invalid RTP packet from %s:%d (no ssrc match)" % (pubip(R), R.randint(16384, 32768)))

    def n_sfu_ice(R):
        return sfu(R, "info", "Transport ICE state changed", mod="mediasoup-adapter", iceState=pick(R, ["connected", "completed"]), transportId=uuid(R), userId="w_%s" % lower(R, 12))

    def n_sfu_icefail(R):
        # a single student's network (hotel / school firewall) blocks UDP and TCP media: the client shows 1007
        return sfu(R, "warn", "Transport ICE state changed", mod="mediasoup-adapter", iceState="failed", transportId=uuid(R), userId="w_%s" % lower(R, 12), errorCode=1007, note="client network")

    def n_sfu_stats(R):
        return sfu(R, "info", "SFU stats", mod="bbb-webrtc-sfu", producers=R.randint(0, 400), consumers=R.randint(0, 4000), workers=8, errors=0, dropped_frames=0)

    def n_rap_ok(R):
        mid = meeting(R)
        return rap(R, "INFO", pick(R, ["Process format(presentation) succeeded for %s in %d ms" % (mid, R.randint(20000, 900000)), "Publish format(presentation) succeeded for %s" % mid, "Archive of %s done (events.xml %d KB)" % (mid, R.randint(100, 9000)), "Uploaded %s to s3://larkspur-bbb-recordings-cac1/presentation/%s/ (0 failed)" % (mid, mid)]))

    def n_rap_exec(R):
        return rap(R, "INFO", "Executing: ffmpeg -hide_banner -nostats -i /var/bigbluebutton/recording/raw/%s/video/%s.webm -c:v libvpx-vp9 -crf 35 webcams.webm" % (meeting(R), hexs(R, 16)))

    def n_guest(R):
        return web(R, "INFO", "o.b.api.MeetingService", "Guest %s denied by moderator in meeting %s (guestPolicy=ASK_MODERATOR)" % ("w_%s" % lower(R, 12), meeting(R)))

    def n_pres_ok(R):
        return web(R, "INFO", "o.b.p.imp.PresentationFileProcessor", "Presentation %s converted: %d pages in %d ms" % (pick(R, ["Week%02d_Lecture.pdf" % R.randint(1, 14), "notes.pdf", "Week%02d_Lecture.pptx" % R.randint(1, 14)]), R.randint(1, 80), R.randint(500, 60000)))

    def n_toolarge(R):
        return web(R, "WARN", "o.b.web.controllers.PresentationController", "Upload rejected: %s is %d MB, larger than maxFileSizeUpload (30 MB)" % (pick(R, ["lecture_recording.mp4", "scans.pdf", "photos.zip"]), R.randint(31, 900)))

    return [n_create, n_join, n_cksum_ok, n_getmeetings, n_scanner, n_user, n_ended, n_fs_new, n_fs_hangup, n_fs_warn, n_sfu_ice, n_sfu_icefail,
            n_sfu_stats, n_rap_ok, n_rap_exec, n_guest, n_pres_ok, n_toolarge, n_user, n_join]


def fam_bbb(R):
    return build(R, F1, [("recordings-volume-full", e_disk), ("lms-signs-with-old-shared-secret", e_checksum),
                         ("freeswitch-external-profile-bind-ip-stale", e_sipbind), ("akka-redis-bind-localhost", e_redis),
                         ("libreoffice-image-missing", e_office)], bbb_negs())


# ---------------------------------------------------------------- jitsi-jvb-jicofo-prosody-coturn
F2 = "jitsi-jvb-jicofo-prosody-coturn"
MUC = "conference.meet.larkspur.example"


def room(R):
    return "%s@%s" % (pick(R, ["tutoring-%s" % lower(R, 6), "officehours-%s" % lower(R, 5), "studygroup-%s" % lower(R, 6), "advising-%s" % lower(R, 4)]), MUC)


def jvb(R, lvl, msg, conf=True, comp="JVB"):
    ctx = ""
    if conf:
        ctx = "[confId=%s conf_name=%s meeting_id=%s] " % (hexs(R, 16), room(R), hexs(R, 8))
    return "%s %s %s: [%d] %s%s" % (comp, jul_ts(R), lvl, R.randint(20, 120), ctx, msg)


def pros(R, src, lvl, msg):
    return "%s %s\t%s\t%s" % (syslog_ts(R), src, lvl, msg)


def turn(R, msg):
    return "%d: : %s" % (R.randint(1, 900000), msg)


def sess(R):
    return "%03d%015d" % (R.randint(0, 9), R.randint(1, 999))


def tuser(R):
    return "%d:%s" % (R.randint(1901232000, 1903900000), pick(R, ["u_%s" % lower(R, 8), "tutor_%s" % lower(R, 5)]))


def e_turn(R):
    # the TURN REST secret was rotated in Prosody's mod_external_services but not in coturn's static-auth-secret:
    # every credential Prosody hands out is rejected, so students behind NAT get no media
    u = tuser(R)
    t = R.random()
    if t < 0.5:
        return turn(R, "session %s: realm <turn.larkspur.example> user <%s>: incoming packet ALLOCATE processed, error 441: Wrong credentials" % (sess(R), u))
    return turn(R, "check_stun_auth: Cannot find credentials of user <%s>: HMAC mismatch (static-auth-secret)" % u)


def e_jvbauth(R):
    # the jvb XMPP user's password was rotated in Prosody but not in the bridges' jvb.conf: the bridges cannot join the
    # brewery MUC and jicofo has no bridge for new conferences
    t = R.random()
    if t < 0.35:
        return jvb(R, "SEVERE", "[xmpp_server=prosody.meet.larkspur.example] MucClient.initializeConnectAndJoin#%d: Failed to login to the XMPP server: SASLError using SCRAM-SHA-1: not-authorized" % R.choice([310, 316]), False)
    if t < 0.7:
        return jvb(R, "SEVERE", "[room=%s] ColibriV2SessionManager.allocate#%d: Can not allocate colibri channels, no bridge available." % (room(R), R.choice([180, 184])), False, "Jicofo")
    return jvb(R, "WARNING", "BridgeSelector.selectBridge#%d: There are no operational bridges. All %d bridges are in graceful-shutdown or non-operational state." % (R.choice([112, 118]), R.randint(3, 6)), False, "Jicofo")


def e_oom(R):
    # the bridges run with -Xmx1024m from the old launcher default while a 150-person lecture overflows it
    th = pick(R, ["Smack Cached Executor", "Global CPU pool", "udp-receiver-pool-%d" % R.randint(1, 8), "RtpReceiverImpl-%d" % R.randint(1, 90)])
    t = R.random()
    if t < 0.6:
        return "Exception in thread \"%s\" java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat org.jitsi.nlj.util.ByteBufferPool.getBuffer(ByteBufferPool.kt:%d)\n\tat org.jitsi.nlj.transform.node.incoming.%s.transform(%s.kt:%d)" % (th, R.randint(40, 90), pick(R, ["SrtpDecryptNode", "RetransmissionRequester", "VideoParser"]), pick(R, ["SrtpDecryptNode", "RetransmissionRequester", "VideoParser"]), R.randint(30, 200))
    return jvb(R, "SEVERE", "[%s] Health.doRun#%d: Health check failed in %dms: java.lang.OutOfMemoryError: Java heap space" % (th, R.choice([210, 216]), R.randint(200, 30000)), False)


def e_asap(R):
    # the ASAP public-key server moved behind CloudFront with a new path; prosody cannot fetch keys, every tokenized
    # join (tutors and students launched from the LMS) is refused
    kid = "larkspur-meet/%s" % hexs(R, 40)
    t = R.random()
    if t < 0.6:
        return pros(R, "token_verification", "error", "Error verifying token err:not-allowed, reason:could not get public key %s: HTTP 404 from https://keys.meet.larkspur.example/asap/%s.pem" % (kid, hexs(R, 64)))
    return pros(R, "mod_auth_token", "warn", "Token cannot be verified: could not get public key %s; refusing session c2s%s" % (kid, hexs(R, 12)))


def e_jibri(R):
    # the recordings bucket now requires SSE-KMS headers; the finalize script's aws s3 cp without --sse fails
    t = R.random()
    f = "%s_%s.mp4" % (pick(R, ["tutoring", "officehours", "advising"]) + "-" + lower(R, 6), sp(R, 0).replace(" ", "-").replace(":", "-"))
    if t < 0.6:
        return "Jibri %s SEVERE: [%d] JibriServiceFinalizeCommandRunner.doFinalize#%d: Failed to run finalize script: exit code 1, output: upload failed: ./%s to s3://larkspur-meet-recordings-cac1/%s An error occurred (AccessDenied) when calling the PutObject operation: Access Denied" % (jul_ts(R), R.randint(40, 120), R.choice([60, 64]), f, f)
    return "Jibri %s WARNING: [%d] FileRecordingJibriService.finalize#%d: Recording %s kept locally (upload failed), %d GB free" % (jul_ts(R), R.randint(40, 120), R.choice([140, 146]), f, R.randint(2, 60))


def jitsi_negs():
    def n_expire(R):
        return jvb(R, "INFO", pick(R, ["Endpoint.expire#1134: Spent 0 seconds oversending", "Transceiver.teardown#364: Tearing down", "DtlsTransport.stop#185: Stopping", "Conference.expire#595: Expiring."]))

    def n_wsclose(R):
        code, why = pick(R, [(1001, "endpoint closed"), (1000, "normal closure"), (1006, "abnormal closure")])
        return jvb(R, "INFO", "EndpointMessageTransport.webSocketClosed#%d: Websocket closed, statusCode %d ( %s)." % (R.choice([355, 370]), code, why))

    def n_health(R):
        return jvb(R, "INFO", "Health.doRun#294: Performed a successful health check in %dms. Sticky failure: false" % R.randint(2, 30), False)

    def n_create(R):
        return jvb(R, "INFO", "Videobridge.createConference#%d: create_conf, id=%s meeting_id=%s" % (R.choice([326, 340]), hexs(R, 16), hexs(R, 8)), False)

    def n_selected(R):
        return jvb(R, "INFO", "[room=%s] BridgeSelectionStrategy.select#%d: Selected bridge jvb-%d (region=ca-central-1, stress=%.2f)" % (room(R), R.randint(60, 120), R.randint(1, 6), R.uniform(0, 0.8)), False, "Jicofo")

    def n_member(R):
        return jvb(R, "INFO", "[room=%s] JitsiMeetConferenceImpl.%s: Member %s/%s %s." % (room(R), pick(R, ["onMemberJoined#570", "onMemberLeft#702"]), room(R), lower(R, 8), pick(R, ["joined", "left", "left (leaving the meeting)"])), False, "Jicofo")

    def n_c2s(R):
        return pros(R, "c2s%s" % hexs(R, 12), "info", pick(R, ["Client connected", "Client disconnected: connection closed", "Authenticated as %s@meet.larkspur.example" % lower(R, 8), "Stream encrypted (TLSv1.3 with TLS_AES_256_GCM_SHA384)"]))

    def n_bosh(R):
        return pros(R, "mod_bosh", "info", "New BOSH session, assigned it sid '%s'" % uuid(R))

    def n_tokexp(R):
        # a student reopened an old invite link: the token expired hours ago; a fresh link works
        return pros(R, "token_verification", "warn", "Error verifying token err:not-allowed, reason:Token expired (exp=%d, now=%d) for user %s" % (R.randint(1901232000, 1903800000), R.randint(1901232000, 1903900000), "u_%s" % lower(R, 8)))

    def n_turn_ok(R):
        return turn(R, "session %s: realm <turn.larkspur.example> user <%s>: incoming packet %s processed, success" % (sess(R), tuser(R), pick(R, ["ALLOCATE", "REFRESH", "CREATE_PERMISSION", "CHANNEL_BIND", "BINDING"])))

    def n_turn_401(R):
        # the first ALLOCATE of every session has no credentials and is answered with a 401 challenge by design
        return turn(R, "session %s: realm <turn.larkspur.example> user <>: incoming packet ALLOCATE processed, error 401: Unauthorized" % sess(R))

    def n_turn_closed(R):
        return turn(R, "session %s: closed (2nd stage), user <%s> realm <turn.larkspur.example> origin <>, local 10.44.30.%d:3478, remote %s:%d, reason: %s" % (sess(R), tuser(R), R.randint(4, 250), pubip(R), R.randint(1024, 65000), pick(R, ["allocation timeout", "TCP connection closed by client (callback)", "allocation watchdog determined stale session state"])))

    def n_turn_usage(R):
        return turn(R, "session %s: usage: realm=<turn.larkspur.example>, username=<%s>, rp=%d, rb=%d, sp=%d, sb=%d" % (sess(R), tuser(R), R.randint(0, 90000), R.randint(0, 9 * 10 ** 7), R.randint(0, 90000), R.randint(0, 9 * 10 ** 7)))

    def n_turn_peer(R):
        return turn(R, "session %s: peer %s lifetime updated: 300" % (sess(R), pubip(R)))

    def n_jibri_ok(R):
        return "Jibri %s INFO: [%d] %s" % (jul_ts(R), R.randint(40, 120), pick(R, ["JibriStatusManager$special$$inlined$observable$1.afterChange#%d: Busy status has changed: IDLE -> BUSY" % R.randint(50, 80), "JibriServiceFinalizeCommandRunner.doFinalize#%d: Finalize script exited with code 0 (uploaded, 0 failed)" % R.randint(60, 70), "JibriSelenium.joinCall#%d: Waiting for call to be joined" % R.randint(300, 340)]))

    def n_colibri(R):
        return jvb(R, "INFO", "Colibri2ConferenceHandler.handleConferenceModifyIQ#%d: %s" % (R.choice([73, 88]), pick(R, ["Received request to expire conference.", "Created endpoint %s" % hexs(R, 8), "Expired endpoint %s" % hexs(R, 8)])))

    def n_jvb_warn(R):
        # the usual warning when a participant's client leaves abruptly
        return jvb(R, "WARNING", "[epId=%s] SctpHandler.run#%d: Data channel closed before open; endpoint left" % (hexs(R, 8), R.randint(80, 140)))

    def n_lobby(R):
        return jvb(R, "INFO", "[room=%s] ChatRoomImpl.processPresence#%d: lobby: %s denied access by moderator" % (room(R), R.randint(600, 700), lower(R, 8)), False, "Jicofo")

    return [n_expire, n_wsclose, n_health, n_create, n_selected, n_member, n_c2s, n_bosh, n_tokexp, n_turn_ok, n_turn_401, n_turn_closed,
            n_turn_usage, n_turn_peer, n_jibri_ok, n_colibri, n_jvb_warn, n_lobby, n_turn_ok, n_member]


def fam_jitsi(R):
    return build(R, F2, [("turn-static-auth-secret-not-rotated", e_turn), ("jvb-xmpp-password-rotated-no-bridges", e_jvbauth),
                         ("jvb-heap-1g-oom", e_oom), ("asap-key-server-path-moved", e_asap),
                         ("jibri-upload-sse-kms-required", e_jibri)], jitsi_negs())


FAMILIES = {F1: fam_bbb, F2: fam_jitsi}
