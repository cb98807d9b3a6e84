"""Families: voip-telephony, mainframe-batch."""
from common import hexs, alnum, lower, uuid, ip10, ipdoc, port, hms, day, ms, iso, spc, pick, jd, build

# ---------------------------------------------------------------- voip-telephony
F1 = "voip-telephony"

EXTS = ["1001", "1002", "1017", "2040", "2051", "3300"]


def ats(R):
    return "[2027-01-%02d %s]" % (day(R), hms(R))


def cid(R):
    return "C-%08x" % R.randint(0, 0xfffff)


def ast(R, level, src, msg, call=False):
    lwp = R.randint(1000, 99999)
    return "%s %s[%d]%s %s: %s" % (ats(R), level, lwp, ("[%s]" % cid(R)) if call else "", src, msg)


def fsts(R):
    return "2027-01-%02d %s.%06d" % (day(R), hms(R), R.randint(0, 999999))


def fsl(R, level, src, msg, call=False):
    pre = (uuid(R) + " ") if call else ""
    return "%s%s %.2f%% [%s] %s %s" % (pre, fsts(R), R.uniform(80, 99.9), level, src, msg)


def kts(R):
    return "Jan %2d %s" % (day(R), hms(R))


def kam(R, level, mod, msg):
    return "%s sbc-%d /usr/sbin/kamailio[%d]: %s: %s %s" % (kts(R), R.randint(1, 2), R.randint(1000, 9999), level, mod, msg)


def e164(R):
    return "+44%d" % R.randint(2000000000, 7999999999)


def g_ast_odbc(R):
    return ast(R, "ERROR", "res_odbc.c", "res_odbc: Error SQLConnect=-1 errno=0 [unixODBC][MySQL][ODBC 8.0(w) Driver]Can't connect to MySQL server on 'cdr-db.voice.internal:3306' (111)")


def g_ast_prompt(R):
    return ast(R, "ERROR", "file.c", "Unable to open custom/holiday-closure-2027 (format (ulaw)): No such file or directory", call=True)


def g_ast_agi(R):
    return ast(R, "ERROR", "res_agi.c", "Failed to execute '/var/lib/asterisk/agi-bin/route_lookup.py': File does not exist. (channel PJSIP/trunk-carrier-a-%08x)" % R.randint(0, 0xffff), call=True)


def g_ast_tls(R):
    return ast(R, "ERROR", "res_pjsip/config_transport.c", "Transport: transport-tls: Failed to open certificate file '/etc/asterisk/keys/pbx.voice.example.com.pem': No such file or directory")


def g_ast_crash(R):
    return "\n".join([
        "Asterisk %d ended with exit status 139" % R.randint(1000, 90000),
        "Asterisk exited on signal 11.",
        "Automatically restarting Asterisk.",
        "%s NOTICE[%d] loader.c: %d modules will be loaded." % (ats(R), R.randint(1000, 9000), R.randint(180, 230)),
    ])


def g_fs_profile_bind(R):
    return "\n".join([
        fsl(R, "ERR", "sofia.c:%d" % pick(R, [3519, 3520]), "Error Creating SIP UA for profile: external (sip:mod_sofia@%s:5080;transport=udp,tcp) ATTEMPT %d (RETRY IN 5 SEC)" % (ip10(R), R.randint(1, 5))),
        "The likely causes for this are:",
        "1) Another application is already listening on the specified address.",
        "2) The IP the profile is attempting to bind to is not local to this system.",
    ])


def g_fs_lua(R):
    return fsl(R, "ERR", "mod_lua.cpp:%d" % 203, "/usr/share/freeswitch/scripts/ivr_main.lua:%d: attempt to index a nil value (field 'caller_profile')" % pick(R, [57, 58]), call=True)


def g_fs_xml_curl(R):
    return fsl(R, "ERR", "mod_xml_curl.c:%d" % 354, "Received HTTP error 500 trying to fetch https://pbx-api.voice.internal/fs/directory\ndata: [hostname=fs-%d&section=directory&tag_name=domain&key_name=name&key_value=voice.example.com&user=%s]" % (R.randint(1, 3), pick(R, EXTS)))


def g_fs_gateway(R):
    return fsl(R, "ERR", "sofia_reg.c:%d" % 591, "carrier-b Failed Registration [403], setting retry to %d seconds." % pick(R, [30, 60, 120, 3600]))


def g_fs_db_locked(R):
    return fsl(R, "ERR", "switch_core_sqldb.c:%d" % 704, "[db=\"/var/lib/freeswitch/db/core.db\",type=\"core_db\"] ERR: [INSERT INTO channels (uuid,direction,created,created_epoch,name,state) VALUES('%s','inbound','2027-01-%02d %s',%d,'sofia/internal/%s@voice.example.com','CS_NEW')]\n[database is locked]" % (
        uuid(R), day(R), hms(R), R.randint(1799020800, 1799539200), pick(R, EXTS)))


def g_kam_db(R):
    return kam(R, "ERROR", "db_mysql", "[km_my_con.c:%d]: db_mysql_new_connection(): driver error: Can't connect to MySQL server on 'kamailio-db.voice.internal' (111)" % 142)


def g_kam_tls(R):
    return kam(R, "ERROR", "tls", "[tls_server.c:%d]: tls_accept(): TLS accept:error:0A000418:SSL routines::tlsv1 alert unknown ca (%s:%d)" % (pick(R, [1236, 1237]), ipdoc(R), port(R)))


def g_kam_dispatcher(R):
    return kam(R, "ERROR", "<script>", "no destination available in dispatcher set 2 for INVITE %s -> %s (Call-ID %s@%s)" % (e164(R), e164(R), hexs(R, 16), ipdoc(R)))


def n_ast_verbose(R):
    ch = "PJSIP/%s-%08x" % (pick(R, ["trunk-carrier-a", "1001", "2040"]), R.randint(0, 0xffff))
    return pick(R, [
        ast(R, "VERBOSE", "pbx.c", "Executing [s@from-trunk:%d] Answer(\"%s\", \"\") in new stack" % (R.randint(1, 5), ch), call=True),
        ast(R, "VERBOSE", "pbx.c", "Spawn extension (from-internal, %s, %d) exited non-zero on '%s'" % (pick(R, EXTS), R.randint(1, 9), ch), call=True),
        ast(R, "VERBOSE", "app_dial.c", "%s is ringing" % ch, call=True),
        ast(R, "VERBOSE", "res_pjsip/pjsip_options.c", "Endpoint %s is now Reachable" % pick(R, EXTS)),
        ast(R, "VERBOSE", "res_pjsip/pjsip_options.c", "Contact %s/sip:%s@%s:%d is now Unreachable.  RTT: 0.000 msec" % (pick(R, EXTS), pick(R, EXTS), ip10(R), port(R))),
    ])


def n_ast_notice(R):
    return pick(R, [
        ast(R, "NOTICE", "res_pjsip/pjsip_distributor.c", "Request 'INVITE' from '\"%d\" <sip:%d@%s>' failed for '%s:%d' (callid: %s) - No matching endpoint found" % (
            R.randint(100, 999), R.randint(100, 999), ipdoc(R), ipdoc(R), port(R), alnum(R, 22))),
        ast(R, "NOTICE", "res_pjsip/pjsip_distributor.c", "Request 'REGISTER' from '<sip:%s@voice.example.com>' failed for '%s:%d' (callid: %s) - Failed to authenticate" % (pick(R, EXTS), ipdoc(R), port(R), alnum(R, 22))),
        ast(R, "NOTICE", "cdr.c", "CDR simple logging enabled."),
    ])


def n_ast_warn(R):
    return pick(R, [
        ast(R, "WARNING", "res_pjsip_outbound_registration.c", "Fatal response '403' received from 'sip:sip.carrier-c.example.net' on registration attempt to 'sip:%s@sip.carrier-c.example.net', stopping outbound registration" % e164(R)),
        ast(R, "WARNING", "taskprocessor.c", "The 'stasis/m:cache_pattern:1/endpoint:all-%08x' task processor queue reached %d scheduled tasks again." % (R.randint(0, 0xffff), pick(R, [500, 1000, 3000]))),
        ast(R, "WARNING", "res_rtp_asterisk.c", "%d -> Strict RTP learning complete - Locking on source address %s:%d" % (R.randint(1, 99), ipdoc(R), port(R)), call=True),
    ])


def n_fs_notice(R):
    cause = pick(R, ["NORMAL_CLEARING", "USER_BUSY", "NO_ANSWER", "ORIGINATOR_CANCEL", "NO_ROUTE_DESTINATION", "CALL_REJECTED"])
    return pick(R, [
        fsl(R, "NOTICE", "switch_channel.c:%d" % 4120, "Hangup sofia/external/%s@%s [CS_EXECUTE] [%s]" % (e164(R), ipdoc(R), cause), call=True),
        fsl(R, "NOTICE", "switch_channel.c:%d" % 1142, "New Channel sofia/internal/%s@voice.example.com [%s]" % (pick(R, EXTS), uuid(R)), call=True),
        fsl(R, "INFO", "mod_dialplan_xml.c:%d" % 639, "Processing %s <%s>->%s in context public" % (e164(R), e164(R), e164(R)), call=True),
        fsl(R, "INFO", "switch_core_state_machine.c:%d" % 640, "sofia/internal/%s@voice.example.com Standard EXECUTE, 0 errors" % pick(R, EXTS), call=True),
    ])


def n_fs_warn(R):
    return pick(R, [
        fsl(R, "WARNING", "sofia_reg.c:%d" % 1727, "SIP auth failure (REGISTER) on sofia profile 'internal' for [%s@voice.example.com] from ip %s" % (pick(R, EXTS), ipdoc(R))),
        fsl(R, "WARNING", "switch_rtp.c:%d" % 7560, "Auto Changing audio port from %s:%d to %s:%d" % (ipdoc(R), port(R), ipdoc(R), port(R)), call=True),
        fsl(R, "WARNING", "mod_sofia.c:%d" % 2512, "CODEC NEGOTIATION ERROR.  SDP:\nv=0\no=- %d %d IN IP4 %s\nm=audio %d RTP/AVP 18 101" % (R.randint(10**6, 10**9), R.randint(1, 9), ipdoc(R), port(R)), call=True),
    ])


def n_kam_info(R):
    return pick(R, [
        kam(R, "INFO", "<script>", "REGISTER from sip:%s@voice.example.com (%s:%d) accepted, expires=%d" % (pick(R, EXTS), ipdoc(R), port(R), pick(R, [300, 600, 3600]))),
        kam(R, "NOTICE", "<script>", "call %s -> %s failed with 486 Busy Here (Call-ID %s)" % (e164(R), e164(R), hexs(R, 16))),
        kam(R, "WARNING", "dispatcher", "[dispatch.c:%d]: ds_ping_reply_callback(): probing sip:%s:5060 in set 2: no reply (408), marking inactive" % (3488, ip10(R))),
        kam(R, "WARNING", "pike", "[pike_funcs.c:%d]: pike_check_req(): PIKE - BLOCKing ip %s, node=%s" % (R.randint(150, 160), ipdoc(R), hexs(R, 12))),
        kam(R, "INFO", "dispatcher", "[dispatch.c:%d]: ds_ping_reply_callback(): destination sip:%s:5060 in set 2 is active again" % (3470, ip10(R))),
    ])


def voip_telephony(R):
    groups = [
        ("asterisk-odbc-cdr-db-refused", g_ast_odbc),
        ("asterisk-holiday-prompt-missing", g_ast_prompt),
        ("asterisk-agi-route-lookup-missing", g_ast_agi),
        ("asterisk-tls-certificate-missing", g_ast_tls, 6),
        ("asterisk-segfault-restart", g_ast_crash),
        ("freeswitch-external-profile-bind-failed", g_fs_profile_bind),
        ("freeswitch-ivr-main-lua-nil-index", g_fs_lua),
        ("freeswitch-xml-curl-directory-500", g_fs_xml_curl),
        ("freeswitch-carrier-b-registration-403", g_fs_gateway),
        ("freeswitch-core-db-locked", g_fs_db_locked),
        ("kamailio-db-mysql-refused", g_kam_db),
        ("kamailio-tls-unknown-ca", g_kam_tls),
        ("kamailio-dispatcher-set-2-empty", g_kam_dispatcher),
    ]
    negs = [n_ast_verbose, n_ast_notice, n_ast_warn, n_fs_notice, n_fs_warn, n_kam_info]
    return build(R, F1, groups, negs)


# ---------------------------------------------------------------- mainframe-batch
F2 = "mainframe-batch"


def mts(R):
    return "%02d.%02d.%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def jobno(R):
    return "JOB%05d" % R.randint(1000, 99999)


def jl(R, lines, t=None, j=None):
    """JES2 JESMSGLG lines: 'hh.mm.ss JOBnnnnn  msg'."""
    t = t or mts(R)
    j = j or jobno(R)
    return "\n".join("%s %s  %s" % (t, j, l) for l in lines)


def steptab(R, rows):
    out = ["-                                         --TIMINGS (MINS.)--            ----PAGING COUNTS---",
           "-STEPNAME PROCSTEP    RC   EXCP   CPU   SRB  CLOCK   SERV  PG   PAGE   SWAP    VIO SWAPS"]
    for name, rc in rows:
        out.append("-%-8s %-9s %6s %6d %5s %5s %6s %6d   0      0      0      0     0" % (
            name, "", rc, R.randint(10, 90000), ".%02d" % R.randint(0, 99), ".00", ".%02d" % R.randint(0, 99), R.randint(100, 900000)))
    return out


def g_payr_abend(R):
    j = jobno(R)
    t = mts(R)
    return jl(R, ["IEA995I SYMPTOM DUMP OUTPUT",
                  "  SYSTEM COMPLETION CODE=0C7  REASON CODE=00000007",
                  "   TIME=%s  SEQ=%05d  CPU=0000  ASID=%04X" % (t, R.randint(1, 99999), R.randint(16, 999)),
                  "   PSW AT TIME OF ERROR  078D1000   %08X  ILC 6  INTC 07" % R.randint(0x1F000000, 0x1FFFFFFF),
                  "IEF450I PAYR0100 STEP020 - ABEND=S0C7 U0000 REASON=00000007"] + steptab(R, [("STEP010", "00"), ("STEP020", "*S0C7")]) +
              ["IEF404I PAYR0100 - ENDED - TIME=%s" % t, "$HASP395 PAYR0100 ENDED - ABEND=S0C7"], t=t, j=j)


def g_payr_cee(R):
    off = "+0000%04X" % pick(R, [0x12A4, 0x12A4, 0x12B0])
    return "\n".join([
        "CEE3207S The system detected a data exception (System Completion Code=0C7).",
        "         From compile unit PAYCALC at entry point PAYCALC at compile unit offset %s at entry offset %s" % (off, off),
        "         at address %08X." % R.randint(0x1F000000, 0x1FFFFFFF),
        "  PAYCALC: LAST RECORD READ EMP-ID=%07d PAY-PERIOD=2027-01" % R.randint(1, 9999999),
    ])


def g_igz0035s(R):
    return "\n".join([
        "%s %s  +IGZ0035S There was an unsuccessful OPEN or CLOSE of file EMPMAST in program PAYREAD at relative location X'0A3C'." % (mts(R), jobno(R)),
        "           Neither FILE STATUS nor an ERROR declarative were specified. The status code was 35.",
        "           From compile unit PAYREAD at entry point PAYREAD at compile unit offset +00000A3C at address %08X." % R.randint(0x1F000000, 0x1FFFFFFF),
    ])


def g_jcl_dsn(R):
    j = jobno(R)
    t = mts(R)
    return jl(R, ["IEF212I GLEX0400 STEP030 INFILE - DATA SET NOT FOUND",
                  "IEF272I GLEX0400 STEP030 - STEP WAS NOT EXECUTED.",
                  "IEF453I GLEX0400 - JOB FAILED - JCL ERROR - TIME=%s" % t,
                  "$HASP396 GLEX0400 TERMINATED"], t=t, j=j) + "\n" + "IEF285I   PROD.GL.D2701%02d.EXTRACT                     NOT CATLGD" % day(R)


def g_db2_911(R):
    return "\n".join([
        "DSNT408I SQLCODE = -911, ERROR:  THE CURRENT UNIT OF WORK HAS BEEN ROLLED BACK DUE TO",
        "         DEADLOCK OR TIMEOUT.  REASON 00C90088, TYPE OF RESOURCE 00000302, AND",
        "         RESOURCE NAME INVDB01 .INVTS%02d .X'%06X'" % (R.randint(1, 4), R.randint(0, 0xFFFFFF)),
        "DSNT418I SQLSTATE   = 40001 SQLSTATE RETURN CODE",
        "DSNT415I SQLERRP    = DSNXRUPD SQL PROCEDURE DETECTING ERROR",
        "DSNT416I SQLERRD    = -%d  %d  0  -1  0  0 SQL DIAGNOSTIC INFORMATION" % (R.randint(100, 999), R.randint(10**7, 10**8)),
        " INVUPD: ROLLBACK AFTER %d ROWS, PART-NO=%08d" % (R.randint(1, 5000), R.randint(1, 99999999)),
    ])


def g_invr_rc8(R):
    j = jobno(R)
    t = mts(R)
    return jl(R, steptab(R, [("STEP010", "00"), ("INVUPD", "08"), ("REPORT", "FLUSH")]) +
              ["IEF404I INVR0300 - ENDED - TIME=%s" % t, "$HASP395 INVR0300 ENDED - RC=0008"], t=t, j=j)


def g_sb37(R):
    j = jobno(R)
    t = mts(R)
    return jl(R, ["IEC030I B37-04,IFG0554A,GLEX0400,STEP040,OUTFILE,%04X,PRD0%02d,PROD.GL.LEDGER.D2701%02d" % (R.randint(0x1000, 0x9FFF), R.randint(10, 40), day(R)),
                  "IEA995I SYMPTOM DUMP OUTPUT",
                  "  SYSTEM COMPLETION CODE=B37  REASON CODE=00000004",
                  "IEF450I GLEX0400 STEP040 - ABEND=SB37 U0000 REASON=00000004",
                  "$HASP395 GLEX0400 ENDED - ABEND=SB37"], t=t, j=j)


def g_racf(R):
    j = jobno(R)
    t = mts(R)
    return jl(R, ["ICH408I USER(BATCHP  ) GROUP(PRODBAT ) NAME(PAYROLL BATCH       )",
                  "  PROD.PAYROLL.MASTER CL(DATASET ) VOL(PRD0%02d)" % R.randint(10, 40),
                  "  INSUFFICIENT ACCESS AUTHORITY",
                  "  FROM PROD.PAYROLL.** (G)",
                  "  ACCESS INTENT(UPDATE )  ACCESS ALLOWED(READ   )",
                  "IEC150I 913-38,IFG0194A,PAYR0200,STEP010,MASTER,%04X,PRD0%02d,PROD.PAYROLL.MASTER" % (R.randint(0x1000, 0x9FFF), R.randint(10, 40)),
                  "IEF450I PAYR0200 STEP010 - ABEND=S913 U0000 REASON=00000038"], t=t, j=j)


def g_cics_asra(R):
    return "DFHAC2206 %s CICSPRD%d Transaction ORDQ failed with abend ASRA. Updates to local recoverable resources backed out. (term %s, task %05d)" % (
        mts(R).replace(".", ":"), R.randint(1, 2), "T%03d" % R.randint(1, 999), R.randint(1, 99999))


def g_cics_aica(R):
    return "DFHAC2206 %s CICSPRD%d Transaction RPT9 failed with abend AICA. Updates to local recoverable resources backed out. (term %s, task %05d)" % (
        mts(R).replace(".", ":"), R.randint(1, 2), pick(R, ["????", "T%03d" % R.randint(1, 999)]), R.randint(1, 99999))


def g_sort(R):
    j = jobno(R)
    return "\n".join([
        "ICE143I 0 BLOCKSET     SORT  TECHNIQUE SELECTED",
        "ICE046A 0 SORT CAPACITY EXCEEDED - RECORD COUNT %d" % R.randint(40000000, 90000000),
        "ICE052I 3 END OF DFSORT",
        "%s %s  $HASP395 SORT0500 ENDED - RC=0016" % (mts(R), j),
    ])


def g_idcams_repro(R):
    n = R.randint(10000, 9000000)
    return "\n".join([
        "IDCAMS  SYSTEM SERVICES                                           TIME: %s        01/%02d/27     PAGE      1" % (mts(R).replace(".", ":"), day(R)),
        "  REPRO INFILE(SEQIN) OUTDATASET(PROD.CUST.MASTER.KSDS)",
        "IDC3302I ACTION ERROR ON PROD.CUST.MASTER.KSDS",
        "IDC3351I ** VSAM I/O RETURN CODE IS 28 - RPLFDBWD = X'2908001C'",
        "IDC31467I MAXIMUM ERROR LIMIT REACHED.",
        "IDC0005I NUMBER OF RECORDS PROCESSED WAS %d" % n,
        "IDC3003I FUNCTION TERMINATED. CONDITION CODE IS 12",
    ])


def g_s806(R):
    j = jobno(R)
    t = mts(R)
    return jl(R, ["CSV003I REQUESTED MODULE PAYTAX27 NOT FOUND",
                  "CSV028I ABEND806-04  JOBNAME=PAYR0300  STEPNAME=STEP050",
                  "IEA995I SYMPTOM DUMP OUTPUT",
                  "  SYSTEM COMPLETION CODE=806  REASON CODE=00000004",
                  "IEF450I PAYR0300 STEP050 - ABEND=S806 U0000 REASON=00000004"], t=t, j=j)


def g_s322(R):
    j = jobno(R)
    t = mts(R)
    return jl(R, ["IEF450I RPTW0700 STEP010 - ABEND=S322 U0000 REASON=00000000",
                  "$HASP395 RPTW0700 ENDED - ABEND=S322"], t=t, j=j)


def n_job_ok(R):
    name = pick(R, ["PAYR0100", "INVR0300", "GLEX0400", "CUST0200", "RPTW0700", "SORT0500"])
    t = mts(R)
    rc = pick(R, ["0000", "0000", "0004"])
    return jl(R, ["IEF403I %s - STARTED - TIME=%s" % (name, t)] + steptab(R, [("STEP010", "00"), ("STEP020", rc[-2:])]) +
              ["IEF404I %s - ENDED - TIME=%s" % (name, mts(R)), "$HASP395 %s ENDED - RC=%s" % (name, rc)], t=t)


def n_job_start(R):
    name = pick(R, ["PAYR0100", "INVR0300", "GLEX0400", "CUST0200", "RPTW0700"])
    return jl(R, ["IRR010I  USERID BATCHP   IS ASSIGNED TO THIS JOB.",
                  "ICH70001I BATCHP   LAST ACCESS AT %s ON %s, JANUARY %d, 2027" % (hms(R), pick(R, ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]), day(R)),
                  "$HASP373 %s STARTED - INIT %d    - CLASS A        - SYS SYS%d" % (name, R.randint(1, 12), R.randint(1, 2))])


def n_alloc(R):
    return "\n".join([
        "IEF236I ALLOC. FOR %s STEP0%d0" % (pick(R, ["PAYR0100", "CUST0200"]), R.randint(1, 5)),
        "IEF237I %04X ALLOCATED TO MASTER" % R.randint(0x1000, 0x9FFF),
        "IEF142I %s STEP0%d0 - STEP WAS EXECUTED - COND CODE 00%02d" % (pick(R, ["PAYR0100", "CUST0200"]), R.randint(1, 5), pick(R, [0, 0, 4])),
        "IEF285I   PROD.PAYROLL.MASTER                          KEPT",
        "IEF285I   VOL SER NOS= PRD0%02d." % R.randint(10, 40),
    ])


def n_sysout(R):
    return pick(R, [
        " PAYCALC: %d RECORDS READ, %d WRITTEN, 0 ERRORS" % (R.randint(1000, 900000), R.randint(1000, 900000)),
        " CUSTUPD  RUN DATE 2027-01-%02d  ERROR-COUNT = 0000  REJECTS = 0000" % day(R),
        " INVUPD: COMMIT AFTER %d ROWS" % R.randint(100, 90000),
        "ICE054I 0 RECORDS - IN: %d, OUT: %d" % (R.randint(1000, 9000000), R.randint(1000, 9000000)),
        "ICE052I 0 END OF DFSORT",
    ])


def n_idcams_tolerated(R):
    d = "PROD.GL.D2701%02d.WORK%d" % (day(R), R.randint(1, 9))
    return "\n".join([
        "  DELETE %s PURGE" % d,
        "IDC3012I ENTRY %s NOT FOUND" % d,
        "IDC3009I ** VSAM CATALOG RETURN CODE IS 8 - REASON CODE IS IGG0CLEG-42",
        "IDC0551I ** ENTRY %s NOT DELETED" % d,
        "IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS 8",
        "  SET MAXCC = 0",
        "IDC0002I IDCAMS PROCESSING COMPLETE. MAXIMUM CONDITION CODE WAS 0",
    ])


def n_db2_warn(R):
    return "\n".join([
        "DSNT404I SQLCODE = 100, NOT FOUND: ROW NOT FOUND FOR FETCH, UPDATE, OR DELETE, OR THE RESULT OF A QUERY IS AN EMPTY TABLE",
        "DSNT418I SQLSTATE   = 02000 SQLSTATE RETURN CODE",
        " CUSTUPD: NO PENDING ADDRESS CHANGES FOR BRANCH %04d" % R.randint(1, 9999),
    ])


def n_cics_info(R):
    return pick(R, [
        "DFHSI1517 CICSPRD%d Control is being given to CICS." % R.randint(1, 2),
        "DFHDB2023I %s CICSPRD%d The CICS-DB2 attachment has connected to DB2 subsystem DBP1" % ("01/%02d/2027 %s" % (day(R), mts(R).replace(".", ":")), R.randint(1, 2)),
        "DFHZC3441 I %s CICSPRD%d Orderly termination of VTAM session requested. ((3) Module name: DFHZOPA) NETID %s" % ("01/%02d/2027 %s" % (day(R), mts(R).replace(".", ":")), R.randint(1, 2), "LU%05d" % R.randint(1, 99999)),
    ])


def n_hasp_warn(R):
    return pick(R, [
        "%s %s  $HASP050 JES2 RESOURCE SHORTAGE OF TGS - %d%% UTILIZATION REACHED" % (mts(R), "JES2", R.randint(80, 89)),
        "%s %s  $HASP375 %s ESTIMATED  LINES EXCEEDED" % (mts(R), jobno(R), pick(R, ["RPTW0700", "CUST0200"])),
        "%s %s  IEF196I IEF285I   SYS1.PROCLIB                                 KEPT" % (mts(R), jobno(R)),
    ])


def mainframe_batch(R):
    groups = [
        ("payr0100-abend-s0c7", g_payr_abend),
        ("paycalc-cee3207s-data-exception", g_payr_cee),
        ("payread-empmast-open-status-35", g_igz0035s),
        ("glex0400-jcl-error-infile-not-found", g_jcl_dsn),
        ("invupd-db2-sqlcode-911-deadlock", g_db2_911),
        ("invr0300-ended-rc-0008", g_invr_rc8),
        ("glex0400-sb37-ledger-out-of-space", g_sb37),
        ("payr0200-racf-insufficient-access-master", g_racf),
        ("cics-orderq-abend-asra", g_cics_asra),
        ("cics-rpt9-abend-aica", g_cics_aica),
        ("sort0500-dfsort-capacity-exceeded", g_sort),
        ("idcams-repro-cust-ksds-no-space", g_idcams_repro),
        ("payr0300-s806-paytax27-not-found", g_s806),
        ("rptw0700-abend-s322-cpu-time", g_s322),
    ]
    negs = [n_job_ok, n_job_start, n_alloc, n_sysout, n_idcams_tolerated, n_db2_warn, n_cics_info, n_hasp_warn]
    return build(R, F2, groups, negs)


FAMILIES = {F1: voip_telephony, F2: mainframe_batch}
