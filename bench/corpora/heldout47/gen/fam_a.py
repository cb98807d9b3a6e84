"""Families: kamailio58-sip-edge-proxy-syslog-ec2, asterisk20-pjsip-pbx-ivr-voicemail-ec2.

The invented MVNO/VoIP carrier "corvaline" (us-west-2, domain corvaline.example) runs a pair of Kamailio 5.8 SIP
edge proxies on EC2 (registrar with a MySQL location table, dispatcher to the Asterisk tier, rtpengine for media,
TLS trunks to the upstream carrier, pike flood protection). Kamailio logs to syslog; rsyslog writes
`Sep  6 13:04:11 sip-edge-01 /usr/sbin/kamailio[2211]: ERROR: tm [t_fwd.c:1757]: t_forward_nonack(): …` lines and the
CloudWatch agent ships each line as one event. Behind it, Asterisk 20 (PJSIP) PBX/IVR/voicemail hosts write the
`full` log with `dateformat=%F %T.%3q` (`[2030-09-06 13:04:11.123] WARNING[4127][C-0000021a] file.c: …`)."""
from common import (hexs, alnum, lower, digits, uuid, ip10, pubip, pick, build, ACCT, REGION, DOMAIN,
                    syslog_ts, dot_ms)

# ---------------------------------------------------------------- kamailio58-sip-edge-proxy-syslog-ec2
K1 = "kamailio58-sip-edge-proxy-syslog-ec2"
EDGES = ["sip-edge-01", "sip-edge-02"]


def kl(R, lvl, mod, msg):
    return "%s %s /usr/sbin/kamailio[%d]: %s: %s %s" % (syslog_ts(R), pick(R, EDGES), R.randint(2100, 2399), lvl, mod, msg)


def msisdn(R):
    return "+1%s%s" % (pick(R, ["503", "971", "360", "206", "425"]), digits(R, 7))


def callid(R):
    return "%s@%s" % (hexs(R, 24), pick(R, ["10.40.1.21", "10.40.1.22", "ims.%s" % DOMAIN, hexs(R, 8)]))


def k_rtpengine(R):
    # the rtpengine hosts' security group was replaced and no longer allows the ng control port (UDP 2223) from
    # the proxies: every offer times out and calls fail with 500 No media relay
    node = "udp:10.40.5.%d:2223" % R.randint(11, 14)
    t = R.random()
    if t < 0.35:
        return kl(R, "ERROR", "rtpengine", "[rtpengine.c:%d]: send_rtpp_command(): timeout waiting reply for command \"offer\" from RTP proxy <%s>" % (R.randint(3380, 3420), node))
    if t < 0.55:
        return kl(R, "ERROR", "rtpengine", "[rtpengine.c:%d]: rtpp_test(): proxy did not respond to ping, node <%s> disabled" % (R.randint(2700, 2730), node))
    if t < 0.75:
        return kl(R, "ERROR", "rtpengine", "[rtpengine.c:%d]: select_rtpp_node(): no available proxies (set 0, %d nodes disabled)" % (R.randint(3560, 3590), R.randint(2, 4)))
    return kl(R, "ERROR", "<script>:", "rtpengine_offer failed for INVITE %s -> %s (call-id %s); replied 500 No media relay" % (msisdn(R), msisdn(R), callid(R)))


def k_locdb(R):
    # the location table lives on a db.t4g.medium Aurora MySQL writer whose max_connections (~90) is lower than
    # the children of both proxies after the fork count was raised: registrations fail with 500
    t = R.random()
    if t < 0.4:
        return kl(R, "ERROR", "db_mysql", "[km_dbase.c:%d]: db_mysql_submit_query(): driver error on query: Too many connections (1040)" % R.randint(120, 130))
    if t < 0.55:
        return kl(R, "ERROR", "<core>", "[db.c:%d]: db_do_init2(): could not add connection to the pool" % R.randint(310, 330))
    if t < 0.8:
        return kl(R, "ERROR", "usrloc", "[ucontact.c:%d]: db_insert_ucontact(): inserting contact in db failed (aor: sip:%s@ims.%s)" % (R.randint(690, 720), msisdn(R), DOMAIN))
    return kl(R, "ERROR", "<script>:", "save(\"location\") failed for sip:%s@ims.%s from %s:%d; replied 500 Server Internal Error" % (msisdn(R), DOMAIN, pubip(R), R.randint(1024, 65000)))


def k_tls(R):
    # the upstream carrier reissued its SIP trunk certificate from a new intermediate CA that is not in the
    # proxies' ca_list bundle: outbound calls to the PSTN over TLS fail
    t = R.random()
    if t < 0.45:
        return kl(R, "ERROR", "tls", "[tls_server.c:%d]: tls_connect(): TLS connect error: error:0A000086:SSL routines::certificate verify failed (peer 198.51.100.%d:5061, subject CN=sbc%d.carrier-west.example)" % (R.randint(1180, 1230), R.randint(10, 40), R.randint(1, 6)))
    if t < 0.7:
        return kl(R, "ERROR", "<core>", "[core/tcp_main.c:%d]: tcpconn_1st_send(): connect 198.51.100.%d:5061 failed (TLS handshake)" % (R.randint(1700, 1760), R.randint(10, 40)))
    return kl(R, "ERROR", "<script>:", "PSTN INVITE %s -> %s to carrier-west failed: 477 Send failed (477/TM) (call-id %s)" % (msisdn(R), "+1%s" % digits(R, 10), callid(R)))


def k_shm(R):
    # shared memory left at the package default (-m 64) while the transaction and dialog tables grew with
    # subscribers: under the evening peak q_malloc cannot allocate and transactions are refused
    t = R.random()
    if t < 0.45:
        return kl(R, "ERROR", "<core>", "[core/mem/q_malloc.c:%d]: qm_malloc(): qm_malloc(0x7f%s, %d) called from %s: not enough free shm memory (%d bytes left, need %d)" % (R.randint(420, 460), hexs(R, 10), R.choice([432, 1024, 2312, 4096]), pick(R, ["tm: h_table.c: build_cell(372)", "dialog: dlg_hash.c: build_new_dlg(451)", "core: core/msg_translator.c: build_req_buf_from_sip_req(2176)"]), R.randint(100, 1900), R.randint(2000, 8000)))
    if t < 0.7:
        return kl(R, "ERROR", "tm", "[t_lookup.c:%d]: new_t(): out of mem:" % R.randint(1340, 1360))
    if t < 0.85:
        return kl(R, "ERROR", "tm", "[t_lookup.c:%d]: t_newtran(): new_t failed" % R.randint(1490, 1520))
    return kl(R, "ERROR", "<script>:", "t_newtran() failed for %s from %s (call-id %s); replied 500 No free memory" % (pick(R, ["INVITE", "REGISTER", "SUBSCRIBE"]), pubip(R), callid(R)))


def k_pike(R):
    # after the Asterisk tier moved to the 10.40.8.0/24 subnet the pike whitelist (trusted address group 2)
    # was not updated: pike blocks the PBXes' own traffic during busy hours and their calls are dropped
    ip = "10.40.8.%d" % R.randint(11, 18)
    t = R.random()
    if t < 0.5:
        return kl(R, "WARNING", "pike", "[pike_funcs.c:%d]: pike_check_req(): PIKE - BLOCKing ip %s, node=0x7f%s" % (R.randint(250, 270), ip, hexs(R, 10)))
    return kl(R, "ERROR", "<script>:", "pike blocked %s from %s (Asterisk tier, not in trusted group 2); request dropped, call-id %s" % (pick(R, ["INVITE", "BYE", "re-INVITE", "NOTIFY"]), ip, callid(R)))


def kam_negs():
    def n_reg(R):
        return kl(R, "INFO", "<script>:", "REGISTER sip:%s@ims.%s from %s:%d (%s) expires=%d -> 200 OK" % (msisdn(R), DOMAIN, pubip(R), R.randint(1024, 65000), pick(R, ["UDP", "TCP", "TLS", "WSS"]), pick(R, [600, 3600, 300])))

    def n_challenge(R):
        return kl(R, "INFO", "<script>:", "REGISTER sip:%s@ims.%s without credentials, sent 401 challenge (nonce %s)" % (msisdn(R), DOMAIN, hexs(R, 32)))

    def n_authfail(R):
        return kl(R, "NOTICE", "<script>:", "auth failed for sip:%s@ims.%s from %s (wrong password, attempt %d); replied 403" % (msisdn(R), DOMAIN, pubip(R), R.randint(1, 3)))

    def n_route(R):
        return kl(R, "INFO", "<script>:", "INVITE %s -> %s routed to dispatcher set 1 -> sip:10.40.8.%d:5060 (call-id %s)" % (msisdn(R), msisdn(R), R.randint(11, 18), callid(R)))

    def n_reply(R):
        code = pick(R, ["486 Busy Here", "487 Request Terminated", "404 Not Found", "480 Temporarily Unavailable", "603 Decline"])
        return kl(R, "INFO", "<script>:", "failure_route: INVITE %s -> %s got %s (call-id %s)" % (msisdn(R), msisdn(R), code, callid(R)))

    def n_bye(R):
        return kl(R, "INFO", "<script>:", "BYE call-id %s duration=%ds, rtpengine delete ok" % (callid(R), R.randint(3, 4000)))

    def n_scanner(R):
        return kl(R, "NOTICE", "<script>:", "dropped %s from %s:%d: User-Agent '%s' on scanner list" % (pick(R, ["OPTIONS", "REGISTER", "INVITE"]), pubip(R), R.randint(5060, 5090), pick(R, ["friendly-scanner", "sipvicious", "sipcli/v1.8", "VaxSIPUserAgent/3.1"])))

    def n_parse(R):
        return kl(R, "ERROR", "<core>", "[core/parser/msg_parser.c:%d]: parse_msg(): ERROR: parse_msg: message=<%s>" % (R.randint(740, 760), pick(R, ["\\x16\\x03\\x01\\x02\\x00\\x01", "GET / HTTP/1.1", "\\r\\n\\r\\n\\x00", "SSH-2.0-Go"]) + "%s" % digits(R, 3)))

    def n_reset(R):
        return kl(R, "WARNING", "<core>", "[core/tcp_read.c:%d]: tcp_read_data(): error reading: Connection reset by peer (104) ([%s]:%d ->" % (R.randint(270, 330), pubip(R), R.randint(1024, 65000)))

    def n_dsping(R):
        return kl(R, "INFO", "dispatcher", "[dispatch.c:%d]: ds_options_callback(): destination sip:10.40.8.%d:5060 in set 1 is active (200 OK to OPTIONS)" % (R.randint(3500, 3600), R.randint(11, 18)))

    def n_start(R):
        return kl(R, "INFO", "<core>", "[main.c:%d]: main(): processes (at least): %d - shm size: %d - pkg size: %d - open files: 16384" % (R.randint(3000, 3100), R.randint(40, 90), pick(R, [67108864, 268435456]), 8388608))

    def n_rtpok(R):
        return kl(R, "INFO", "rtpengine", "[rtpengine.c:%d]: rtpp_test(): rtp proxy <udp:10.40.5.%d:2223> found, support for it enabled" % (R.randint(2700, 2730), R.randint(11, 14)))

    def n_tlsok(R):
        return kl(R, "INFO", "tls", "[tls_domain.c:%d]: ksr_tls_fix_domain(): TLSc<default>: certificate file /etc/kamailio/tls/edge.pem loaded, %d CA certificates from /etc/kamailio/tls/ca_list.pem" % (R.randint(1000, 1100), R.randint(130, 150)))

    def n_pike_ext(R):
        return kl(R, "WARNING", "pike", "[pike_funcs.c:%d]: pike_check_req(): PIKE - BLOCKing ip %s, node=0x7f%s" % (R.randint(250, 270), pubip(R), hexs(R, 10)))

    def n_stats(R):
        return kl(R, "INFO", "<script>:", "stats: registered_users=%d active_dialogs=%d tm:current=%d shm free=%d%% errors=0" % (R.randint(40000, 90000), R.randint(200, 3000), R.randint(100, 3000), R.randint(35, 70)))

    def n_expired(R):
        return kl(R, "INFO", "usrloc", "[dlist.c:%d]: timer: contact for sip:%s@ims.%s expired, removed (no re-REGISTER)" % (R.randint(600, 700), msisdn(R), DOMAIN))

    def n_nat(R):
        return kl(R, "DEBUG", "nathelper", "[nathelper.c:%d]: nat_uac_test(): contact 192.168.%d.%d behind NAT, fix_nated_contact applied" % (R.randint(1500, 1600), R.randint(0, 9), R.randint(2, 254)))

    def n_cancel(R):
        return kl(R, "INFO", "<script>:", "CANCEL for call-id %s relayed, 487 sent upstream" % callid(R))

    return [n_reg, n_challenge, n_authfail, n_route, n_reply, n_bye, n_scanner, n_parse, n_reset, n_dsping, n_start,
            n_rtpok, n_tlsok, n_pike_ext, n_stats, n_expired, n_nat, n_cancel]


def kamailio(R):
    groups = [("rtpengine-sg-replaced-ng-port-2223-blocked", k_rtpengine), ("location-db-max-connections-1040", k_locdb),
              ("carrier-trunk-new-intermediate-not-in-ca-list", k_tls), ("shm-64mb-default-exhausted-peak", k_shm),
              ("pike-whitelist-missing-new-asterisk-subnet", k_pike)]
    return build(R, K1, groups, kam_negs())


# ---------------------------------------------------------------- asterisk20-pjsip-pbx-ivr-voicemail-ec2
A1 = "asterisk20-pjsip-pbx-ivr-voicemail-ec2"


def al(R, lvl, src, msg, chan=True):
    c = "[C-%08x]" % R.randint(0x100, 0x3fff) if chan else ""
    return "[%s] %s[%d]%s %s: %s" % (dot_ms(R), lvl, R.randint(3900, 4999), c, src, msg)


def pj(R):
    return "PJSIP/%s-%08x" % (pick(R, ["sip-edge", "carrier-west", "selfcare-webrtc"]), R.randint(0x100, 0x3fff))


def a_vm(R):
    # the EFS volume holding /var/spool/asterisk/voicemail came back read-only after the NFS client hit a
    # server-side error; the mount was never remounted: new voicemails are lost
    box = "%s" % digits(R, 10)
    t = R.random()
    if t < 0.4:
        return al(R, "WARNING", "app_voicemail.c", "Failed to create directory /var/spool/asterisk/voicemail/default/%s/INBOX: Read-only file system" % box)
    if t < 0.7:
        return al(R, "ERROR", "file.c", "Unable to open file /var/spool/asterisk/voicemail/default/%s/tmp/%s.wav: Read-only file system" % (box, lower(R, 8)))
    return al(R, "WARNING", "app_voicemail.c", "Unable to store voicemail for mailbox %s@default from %s (%s): leaving message failed" % (box, "+1%s" % digits(R, 10), pj(R)))


def a_odbc(R):
    # the CDR database password was rotated in Secrets Manager but res_odbc.conf on the PBX hosts still holds the
    # old one: every CDR insert fails and billing never receives those calls
    t = R.random()
    if t < 0.35:
        return al(R, "WARNING", "res_odbc.c", "res_odbc: Error SQLConnect=-1 errno=1045 [unixODBC][MySQL][ODBC 8.0(w) Driver]Access denied for user 'asterisk'@'10.40.8.%d' (using password: YES)" % R.randint(11, 18), chan=False)
    if t < 0.8:
        return al(R, "ERROR", "cdr_adaptive_odbc.c", "Unable to retrieve database handle for 'asteriskcdr:cdr'.  CDR failed: INSERT INTO cdr (calldate,src,dst,dcontext,channel,duration,billsec,disposition,uniqueid) VALUES ({ts '2030-09-%02d %02d:%02d:%02d'},'%s','%s','from-edge','%s',%d,%d,'ANSWERED','%d.%d')" % (R.randint(2, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), digits(R, 11), digits(R, 11), pj(R), R.randint(10, 900), R.randint(5, 890), 1914451200 + R.randint(0, 2400000), R.randint(1, 9999)), chan=False)
    return al(R, "WARNING", "res_odbc.c", "Failed to connect to DSN 'asteriskcdr' (attempt %d); connection pool empty" % R.randint(2, 900), chan=False)


def a_trunk(R):
    # the wholesale carrier changed the trunk's digest username with the new contract; the PBXes' outbound
    # registration is refused and inbound DIDs from that carrier stop ringing
    srv = "sip:reg%d.carrier-east.example" % R.randint(1, 3)
    t = R.random()
    if t < 0.5:
        return al(R, "WARNING", "res_pjsip_outbound_registration.c", "403 Forbidden fatal response received from '%s' on registration attempt to 'sip:corvaline-%d@carrier-east.example', stopping outbound registration" % (srv, R.randint(1, 4)), chan=False)
    if t < 0.75:
        return al(R, "ERROR", "res_pjsip_outbound_registration.c", "Outbound registration 'carrier-east-%d' to '%s' is Rejected; inbound DIDs %s-%s unreachable" % (R.randint(1, 4), srv, "+1971555%s" % digits(R, 2), digits(R, 2)), chan=False)
    return al(R, "WARNING", "res_pjsip_outbound_authenticator_digest.c", "Failure to authenticate to '%s' for outbound registration: 403 after credentials for realm 'carrier-east.example' (username corvaline-%d)" % (srv, R.randint(1, 4)), chan=False)


def a_prompts(R):
    # a rebuilt AMI dropped the custom sound package: the IVR's welcome and menu prompts are missing and callers
    # hear silence before the call is hung up
    p = pick(R, ["custom/cv-welcome", "custom/cv-main-menu", "custom/cv-topup-menu", "custom/cv-roaming-info", "custom/cv-port-in"])
    t = R.random()
    if t < 0.45:
        return al(R, "WARNING", "file.c", "File %s does not exist in any format" % p)
    if t < 0.75:
        return al(R, "WARNING", "file.c", "Unable to open %s (format (ulaw|alaw|g722)): No such file or directory" % p)
    return al(R, "WARNING", "app_playback.c", "Playback failed on %s for %s" % (pj(R), p))


def a_agi(R):
    # the FastAGI number-lookup service (LNP dip before routing) was moved to a new ECS service behind an NLB
    # that listens on 4574; the dialplan still points at :4573
    t = R.random()
    if t < 0.5:
        return al(R, "WARNING", "res_agi.c", "FastAGI connection to 'agi://lnp-agi.int.%s:4573/lookup' failed: Connection refused" % DOMAIN)
    if t < 0.75:
        return al(R, "WARNING", "res_agi.c", "Connection to agi://lnp-agi.int.%s:4573/lookup failed: Connection refused (%d tries)" % (DOMAIN, R.randint(1, 3)))
    return al(R, "VERBOSE", "pbx.c", "Executing [%s@lnp-route:9] Hangup(\"%s\", \"34\") in new stack (LNP lookup failed: AGISTATUS=FAILURE)" % ("1%s" % digits(R, 10), pj(R)))


def ast_negs():
    def n_exec(R):
        app = pick(R, ["Answer(\"%s\", \"\")", "Playback(\"%s\", \"custom/cv-welcome\")", "Background(\"%s\", \"custom/cv-main-menu\")", "Dial(\"%s\", \"PJSIP/+1%s@carrier-west,60\")" % ("%s", digits(R, 10)), "Set(\"%s\", \"CDR(accountcode)=prepaid\")"])
        return al(R, "VERBOSE", "pbx.c", "Executing [s@ivr-main:%d] %s in new stack" % (R.randint(1, 12), app % pj(R)))

    def n_called(R):
        return al(R, "VERBOSE", "app_dial.c", "Called PJSIP/+1%s@carrier-west" % digits(R, 10))

    def n_answered(R):
        return al(R, "VERBOSE", "app_dial.c", "%s answered %s" % (pj(R), pj(R)))

    def n_busy(R):
        return al(R, "VERBOSE", "app_dial.c", "Everyone is busy/congested at this time (1:1/0/0)")

    def n_noanswer(R):
        return al(R, "VERBOSE", "app_dial.c", "Nobody picked up in %d ms" % R.choice([30000, 45000, 60000]))

    def n_authfail(R):
        return al(R, "NOTICE", "res_pjsip/pjsip_distributor.c", "Request 'REGISTER' from '<sip:%s@%s>' failed for '%s:%d' (callid: %s) - Failed to authenticate" % (digits(R, 4), pubip(R), pubip(R), R.randint(5060, 60000), alnum(R, 22)), chan=False)

    def n_noendpoint(R):
        return al(R, "NOTICE", "res_pjsip/pjsip_distributor.c", "Request 'INVITE' from '\"%s\" <sip:%s@%s>' failed for '%s:%d' (callid: %s) - No matching endpoint found" % (digits(R, 3), digits(R, 3), pubip(R), pubip(R), R.randint(5060, 60000), alnum(R, 22)), chan=False)

    def n_reach(R):
        return al(R, "VERBOSE", "res_pjsip/pjsip_options.c", "Contact sip-edge/sip:10.40.1.%d:5060 is now Reachable.  RTT: %.3f msec" % (R.randint(21, 22), R.uniform(0.2, 3)), chan=False)

    def n_regok(R):
        return al(R, "VERBOSE", "res_pjsip_outbound_registration.c", "Outbound registration 'carrier-west-%d' to 'sip:reg.carrier-west.example' is now Registered (expires %d)" % (R.randint(1, 4), pick(R, [600, 3600])), chan=False)

    def n_invalid(R):
        return al(R, "WARNING", "pbx.c", "Channel '%s' sent to invalid extension: context,exten,priority=ivr-main,%d,1" % (pj(R), R.randint(0, 9)))

    def n_taskproc(R):
        return al(R, "WARNING", "taskprocessor.c", "The 'stasis/m:cache_pattern:1/channel:all-%08x' task processor queue reached 500 scheduled tasks again." % R.randint(0, 0xffffffff), chan=False)

    def n_vmok(R):
        return al(R, "VERBOSE", "app_voicemail.c", "Saving message as is: /var/spool/asterisk/voicemail/default/%s/INBOX/msg%04d.wav (%d s)" % (digits(R, 10), R.randint(0, 40), R.randint(3, 120)))

    def n_strict(R):
        return al(R, "VERBOSE", "res_rtp_asterisk.c", "0x7f%s -- Strict RTP learning complete - Locking on source address %s:%d" % (hexs(R, 10), pubip(R), R.randint(10000, 60000)))

    def n_hangup(R):
        return al(R, "VERBOSE", "pbx.c", "Spawn extension (ivr-main, s, %d) exited non-zero on '%s'" % (R.randint(1, 12), pj(R)))

    def n_agiok(R):
        return al(R, "VERBOSE", "res_agi.c", "<%s>AGI Script agi://lnp-agi.int.%s:4574/lookup completed, returning 0 (LNP %s)" % (pj(R), DOMAIN, pick(R, ["not ported", "ported to SPID %s" % digits(R, 4)])))

    def n_loaded(R):
        return al(R, "VERBOSE", "loader.c", "Loading %s." % pick(R, ["res_pjsip.so", "app_voicemail_odbc.so", "cdr_adaptive_odbc.so", "res_agi.so", "codec_opus.so", "res_ari.so"]), chan=False)

    def n_cdrok(R):
        return al(R, "VERBOSE", "cdr_adaptive_odbc.c", "Found adaptive CDR table cdr@asteriskcdr (%d columns)" % R.randint(14, 20), chan=False)

    def n_dtmf(R):
        return al(R, "DTMF", "channel.c", "DTMF end '%s' received on %s, duration %d ms" % (pick(R, list("0123456789*#")), pj(R), R.randint(60, 240)))

    def n_unreach(R):
        return al(R, "VERBOSE", "res_pjsip/pjsip_options.c", "Contact %s/sip:%s@%s:%d is now Unreachable.  RTT: 0.000 msec" % (digits(R, 4), digits(R, 4), pubip(R), R.randint(1024, 65000)), chan=False)

    return [n_exec, n_called, n_answered, n_busy, n_noanswer, n_authfail, n_noendpoint, n_reach, n_regok, n_invalid,
            n_taskproc, n_vmok, n_strict, n_hangup, n_agiok, n_loaded, n_cdrok, n_dtmf, n_unreach]


def asterisk(R):
    groups = [("voicemail-efs-mount-read-only", a_vm), ("cdr-odbc-password-rotated-not-deployed", a_odbc),
              ("carrier-east-trunk-username-changed-403", a_trunk), ("ivr-sound-package-missing-rebuilt-ami", a_prompts),
              ("lnp-fastagi-port-moved-4574", a_agi)]
    return build(R, A1, groups, ast_negs())


FAMILIES = {K1: kamailio, A1: asterisk}
