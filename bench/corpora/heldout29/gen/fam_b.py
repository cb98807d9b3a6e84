"""Families: mosquitto-ec2-emqx-ecs-brokers, iot-jobs-ota-ebike-firmware."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, day, hms, epoch, epoch_ms,
                    iotts, usec_iso, ACCT, REGION, jd)

# ---------------------------------------------------------------- mosquitto-ec2-emqx-ecs-brokers
# "orchard loop farms": greenhouse sensors. Two Mosquitto 2.0 brokers on EC2 (one per greenhouse site, each
# bridging to AWS IoT Core; /var/log/mosquitto/mosquitto.log shipped by the CloudWatch agent, default epoch
# timestamp prefix) and an EMQX 5 cluster on ECS (text log to stdout, awslogs driver).
F1 = "mosquitto-ec2-emqx-ecs-brokers"
IOTEP = "a3kq7ve0tz1bm9-ats.iot.%s.amazonaws.com" % REGION


def sensor(R):
    return "ol-%s-%s" % (pick(R, ["rh", "co2", "soil", "par", "valve"]), hexs(R, 4))


def mq(R, text):
    return "%d: %s" % (epoch(R), text)


def emqx(R, lvl, kv):
    return "%s [%s] %s" % (usec_iso(R).replace("Z", "+00:00"), lvl, ", ".join("%s: %s" % (k, v) for k, v in kv))


def c_bridge(R):
    # plant2 broker's bridge client certificate expired on 2029-04-02; IoT Core rejects the TLS handshake
    r = R.random()
    if r < 0.45:
        return mq(R, "OpenSSL Error[0]: error:0A000415:SSL routines::sslv3 alert certificate expired")
    if r < 0.75:
        return mq(R, "Socket error on client local.ol-plant2-broker.cloud-bridge-plant2, disconnecting.")
    return mq(R, "Bridge cloud-bridge-plant2 to %s:8883: connection failed, retry in %d s (attempt %d)" % (IOTEP, pick(R, [30, 60, 120]), R.randint(40, 900)))


def c_fds(R):
    # plant1 broker runs with the default LimitNOFILE=1024 from a new AMI; >1000 sensors: new sockets refused
    if R.random() < 0.75:
        return mq(R, "Unable to accept new connection, system socket count has been exceeded. Try increasing \"ulimit -n\" or equivalent.") if R.random() < 0.3 else \
            mq(R, "Client connection from %s:%d denied: unable to accept new connection, system socket count has been exceeded (open sockets %d)." % (ip10(R, 21), R.randint(30000, 60000), R.randint(1015, 1021)))
    return mq(R, "Error: Too many open files (accept on listener 8883, %d sockets in use)" % R.randint(1015, 1024))


def c_persist(R):
    # plant1 root volume full (packet capture left running): autosave of the persistence db fails
    return mq(R, "Error saving in-memory database, unable to open /var/lib/mosquitto/mosquitto.db.new for writing.") if R.random() < 0.5 else \
        mq(R, "Error: No space left on device (writing /var/lib/mosquitto/mosquitto.db.new, %d bytes)." % R.randint(40000000, 90000000))


def c_authn(R):
    # EMQX's PostgreSQL authenticator: the RDS password was rotated by Secrets Manager, the connector not updated
    r = R.random()
    if r < 0.45:
        return emqx(R, "error", [("tag", "AUTHN"), ("msg", "postgresql_connect_failed"), ("connector", "authn:password_based:postgresql"),
                                 ("reason", "{error,{error,error,<<\"28P01\">>,invalid_password,<<\"password authentication failed for user \\\"emqx_auth\\\"\">>,[]}}")])
    if r < 0.8:
        return emqx(R, "warning", [("tag", "AUTHN"), ("clientid", sensor(R)), ("peername", "%s:%d" % (ip10(R, 40), R.randint(30000, 60000))), ("msg", "authenticator_error"),
                                   ("authenticator", "password_based:postgresql"), ("reason", "{resource_error,#{msg => resource_not_connected,reason => not_connected}}")])
    return emqx(R, "warning", [("tag", "AUTHN"), ("clientid", sensor(R)), ("msg", "authentication_failure"), ("reason", "not_authorized"), ("note", "all authenticators ignored or errored (postgresql not connected)")])


def c_mqueue(R):
    # the alarm-router service subscribes with QoS1; since 2.4 it acks slowly and its session queue overflows
    return emqx(R, "warning", [("tag", "MQTT"), ("clientid", "svc-alarm-router-%d" % R.randint(0, 2)), ("msg", "dropped_msg_due_to_mqueue_is_full"),
                               ("queue", "#{max_len => 1000,len => 1000}"), ("topic", "ol/gh%d/alarm/%s" % (R.randint(1, 4), pick(R, ["frost", "co2_high", "valve_stuck", "power"]))), ("payload_size", str(R.randint(90, 400)))])


def c_kafka(R):
    # the Kafka data bridge to MSK uses SCRAM user "emqx-prod" which was deleted in the MSK secret association change
    if R.random() < 0.55:
        return emqx(R, "error", [("tag", "KAFKA_PRODUCER"), ("msg", "failed_to_start_kafka_producer"), ("action", "action:kafka_producer:msk_telemetry"),
                                 ("reason", "{sasl_auth_error,<<\"Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512\">>}")])
    return emqx(R, "warning", [("tag", "ACTION"), ("msg", "action_not_ready_dropping_message"), ("action", "action:kafka_producer:msk_telemetry"), ("topic", "ol/gh%d/%s/telemetry" % (R.randint(1, 4), sensor(R))), ("status", "disconnected")])


def broker_negs():
    def n_newconn(R): return mq(R, "New connection from %s:%d on port %d." % (ip10(R, pick(R, [21, 22])), R.randint(30000, 60000), pick(R, [8883, 1883])))
    def n_newclient(R):
        s = sensor(R)
        return mq(R, "New client connected from %s:%d as %s (p%d, c%d, k%d, u'%s')." % (ip10(R, 21), R.randint(30000, 60000), s, pick(R, [2, 4, 5]), R.randint(0, 1), pick(R, [30, 60, 120]), s))
    def n_disc(R): return mq(R, "Client %s disconnected." % sensor(R))
    def n_closed(R): return mq(R, "Client %s closed its connection." % sensor(R))
    def n_timeout(R): return mq(R, "Client %s has exceeded timeout, disconnecting." % sensor(R))
    def n_sockerr(R): return mq(R, "Socket error on client %s, disconnecting." % sensor(R))
    def n_notauth(R): return mq(R, "Client ol-test-%s disconnected, not authorised." % lower(R, 4))
    def n_bridge1(R): return mq(R, "Connecting bridge cloud-bridge-plant1 (%s:8883)" % IOTEP)
    def n_bridge1sub(R): return mq(R, "Bridge local.ol-plant1-broker.cloud-bridge-plant1 doing local SUBSCRIBE on topic ol/gh%d/#" % R.randint(1, 2))
    def n_save(R): return mq(R, "Saving in-memory database to /var/lib/mosquitto/mosquitto.db.")
    def n_start(R): return mq(R, "mosquitto version 2.0.%d running" % R.randint(18, 20))
    def n_listen(R): return mq(R, "Opening ipv4 listen socket on port %d." % pick(R, [1883, 8883, 9001]))
    def n_sys(R): return mq(R, "Warning: Unable to deliver retained message on $SYS/broker/clients/%s to %s: client has no matching subscription (ignored)." % (pick(R, ["connected", "total"]), sensor(R)))
    def n_emqx_conn(R):
        s = sensor(R)
        return emqx(R, "info", [("clientid", s), ("peername", "%s:%d" % (ip10(R, 40), R.randint(30000, 60000))), ("msg", "client_connected"), ("username", s), ("proto_ver", "5"), ("keepalive", str(pick(R, [30, 60])))])
    def n_emqx_authfail(R): return emqx(R, "warning", [("tag", "AUTHN"), ("clientid", "ol-commissioning-%s" % lower(R, 4)), ("peername", "%s:%d" % (ip10(R, 40), R.randint(30000, 60000))), ("msg", "authentication_failure"), ("reason", "bad_username_or_password"), ("note", "installer tablet with old profile")])
    def n_emqx_disc(R): return emqx(R, "info", [("clientid", sensor(R)), ("msg", "client_disconnected"), ("reason", pick(R, ["normal", "keepalive_timeout", "tcp_closed", "takenover"]))])
    def n_emqx_alarm(R): return emqx(R, "warning", [("msg", "alarm_is_deactivated"), ("name", pick(R, ["high_system_memory_usage", "high_cpu_usage", "conn_congestion/%s" % sensor(R)])), ("details", "#{}")])
    def n_emqx_alarm_on(R): return emqx(R, "warning", [("msg", "alarm_is_activated"), ("name", "conn_congestion/%s/%s" % (sensor(R), sensor(R))), ("message", "connection congested, will be cleared automatically")])
    def n_emqx_kafka_ok(R): return emqx(R, "info", [("tag", "KAFKA_PRODUCER"), ("msg", "kafka_producer_client_started"), ("action", "action:kafka_producer:msk_audit"), ("bootstrap_hosts", "b-%d.ol-msk.%s.c3.kafka.%s.amazonaws.com:9096" % (R.randint(1, 3), lower(R, 6), REGION))])
    def n_emqx_pkt(R): return emqx(R, "debug", [("clientid", sensor(R)), ("msg", "mqtt_packet_received"), ("packet", "PUBLISH(Q1, R0, D0, Topic=ol/gh%d/%s/telemetry, PacketId=%d, Payload=...)" % (R.randint(1, 4), sensor(R), R.randint(1, 65000)))])
    def n_emqx_cluster(R): return emqx(R, "info", [("msg", "cluster_rpc_sync_ok"), ("node", "emqx@%s" % ip10(R, 50)), ("tnx_id", str(R.randint(300, 900)))])
    def n_emqx_retry(R): return emqx(R, "warning", [("tag", "AUTHN"), ("msg", "postgresql_connect_failed"), ("connector", "authn:password_based:postgresql"), ("reason", "econnrefused"), ("attempt", "1"), ("note", "reconnected after RDS failover in %d ms" % R.randint(900, 20000))])
    def n_emqx_quota(R): return emqx(R, "info", [("clientid", sensor(R)), ("msg", "publish_to_topic_with_no_subscribers"), ("topic", "ol/gh%d/debug/echo" % R.randint(1, 4))])
    def n_emqx_acl(R): return emqx(R, "warning", [("tag", "AUTHZ"), ("clientid", sensor(R)), ("msg", "authorization_permission_denied"), ("topic", "$SYS/brokers/#"), ("action", "SUBSCRIBE(Q0)"), ("source", "file"), ("note", "sensors may not read $SYS (by design)")])
    return [n_newconn, n_newclient, n_disc, n_closed, n_timeout, n_sockerr, n_notauth, n_bridge1, n_bridge1sub, n_save, n_start, n_listen, n_sys,
            n_emqx_conn, n_emqx_authfail, n_emqx_disc, n_emqx_alarm, n_emqx_alarm_on, n_emqx_kafka_ok, n_emqx_pkt, n_emqx_cluster, n_emqx_retry, n_emqx_quota, n_emqx_acl]


def fam_broker(R):
    return build(R, F1, [("mosquitto-plant2-bridge-client-cert-expired", c_bridge), ("mosquitto-plant1-nofile-1024-sockets-exhausted", c_fds),
                         ("mosquitto-plant1-persistence-disk-full", c_persist), ("emqx-authn-postgres-password-rotated", c_authn),
                         ("emqx-alarm-router-mqueue-full-dropped", c_mqueue), ("emqx-kafka-action-sasl-user-deleted", c_kafka)], broker_negs())


# ---------------------------------------------------------------- iot-jobs-ota-ebike-firmware
# "quayline bikes": shared e-bike fleet (things ql-ebk-<hex>) updated by AWS IoT Jobs (OTA over HTTP with
# presigned S3 URLs, code-signed images). Log group mixes: AWSIotLogsV2 Jobs entries (JSON), the bikes' OTA
# agent lines forwarded by a CloudWatch Logs rule action ("<thing> [LEVEL] [OTA] [fn] text"), and the
# Python ota-orchestrator Lambda (creates signing jobs and waves of jobs, watches rollouts).
F2 = "iot-jobs-ota-ebike-firmware"


def bike(R):
    return "ql-ebk-" + hexs(R, 6)


def jobev(R, level, status, et, thing, job, **kw):
    d = {"timestamp": iotts(R), "logLevel": level, "accountId": ACCT, "status": status, "eventType": et, "protocol": "MQTT",
         "clientId": thing, "jobId": job, "thingName": thing, "topicName": "$aws/things/%s/jobs/%s/update" % (thing, job)}
    d.update(kw)
    return jd(d)


def ota(R, thing, lvl, fn, text):
    return "%s [%s] [OTA] [%s] %s" % (thing, lvl, fn, text)


def py(R, lvl, text):
    return "[%s]\t%s\t%s\t%s" % (lvl, iso(R), uuid(R), text)


def d_sig(R):
    # 5.3.0 was signed with the staging signing profile: bikes reject the image; the rollout aborts
    b = bike(R)
    job = "ota-ql-5_3_0-wave%d" % R.randint(1, 3)
    r = R.random()
    if r < 0.4:
        return ota(R, b, "ERROR", "otaPal_CheckFileSignature", "Signature verification failed for /ota/image_b.bin: mbedtls_pk_verify returned -0x4380 (certificate ql-fw-signing-staging does not chain to ql-fw-root)")
    if r < 0.8:
        return jobev(R, "ERROR", "Success", "UpdateJobExecution", b, job, details="Job execution status updated to FAILED", statusDetails={"reason": "OtaErrSignatureCheckFailed", "reason_code": "0x%s" % "c0000003", "fw": "5.3.0"})
    return py(R, "ERROR", "rollout %s aborted by abortConfig: FAILED %d/%d (%.1f%%) >= threshold 10%%; job CANCELED, reason OtaErrSignatureCheckFailed" % (job, R.randint(40, 90), R.randint(300, 500), R.uniform(11, 30)))


def d_expired(R):
    # downloads on weak LTE take longer than the 1-hour presigned URL; block requests start failing with 403
    b = bike(R)
    if R.random() < 0.6:
        return ota(R, b, "ERROR", "httpRequestBlock", "GET bytes=%d-%d returned 403 Forbidden: <Code>AccessDenied</Code><Message>Request has expired</Message> (url age %ds)" % ((lambda s: (s, s + 4095))(R.randint(200, 900) * 4096) + (R.randint(3601, 5400),)))
    return jobev(R, "ERROR", "Success", "UpdateJobExecution", b, "ota-ql-5_2_4-wave%d" % R.randint(4, 6), details="Job execution status updated to FAILED", statusDetails={"reason": "OtaErrDownloadUrlExpired", "blocks_received": str(R.randint(200, 900))})


def d_selftest(R):
    # 5.2.4 boots but its CAN driver cannot talk to rev-C motor controllers: self-test fails, image rolled back
    b = bike(R)
    r = R.random()
    if r < 0.4:
        return "%s [ERROR] [APP] [selfTest] CAN timeout waiting for motor controller (hw rev C, node 0x%02X) after %d ms; rejecting new image" % (b, R.choice([0x21, 0x22]), R.randint(500, 520))
    if r < 0.7:
        return ota(R, b, "ERROR", "otaPal_SetPlatformImageState", "Self-test failed; image state set to Rejected, rolling back to slot A (5.2.3)")
    return jobev(R, "ERROR", "Success", "UpdateJobExecution", b, "ota-ql-5_2_4-wave%d" % R.randint(4, 6), details="Job execution status updated to FAILED", statusDetails={"reason": "OtaErrSelfTestFailed", "hwRev": "C"})


def d_doc(R):
    # job documents moved to a KMS-encrypted bucket; the presign role cannot decrypt: CreateJob fails
    return py(R, "ERROR", "CreateJob %s failed: InvalidRequestException: Unable to access the document source s3://ql-ota-jobdocs-eu/%s.json: Access Denied (kms:Decrypt not allowed for arn:aws:iam::%s:role/ql-ota-presign-role)" % ("ota-ql-%s-wave%d" % (pick(R, ["5_2_4", "5_3_1"]), R.randint(1, 8)), pick(R, ["5_2_4", "5_3_1"]), ACCT))


def d_signer(R):
    # the ACM certificate of signing profile ql_fw_prod expired: new releases cannot be signed
    if R.random() < 0.6:
        return py(R, "ERROR", "StartSigningJob for ql-fw-%s.bin failed: ValidationException: The certificate arn:aws:acm:%s:%s:certificate/%s associated with signing profile ql_fw_prod is expired" % (pick(R, ["5.3.1", "5.3.1-rc2", "5.4.0-rc1"]), REGION, ACCT, "9d3c2e11-6a0b-4f7e-b1c2-0e8a7f5d4c21"))
    return py(R, "ERROR", "release pipeline step sign-firmware failed for ql-fw-%s.bin (signing profile ql_fw_prod, execution %s); release blocked" % (pick(R, ["5.3.1", "5.3.1-rc2", "5.4.0-rc1"]), uuid(R)))


def jobs_negs():
    J = ["ota-ql-5_2_3-wave%d" % i for i in range(1, 9)]
    def n_getpend(R):
        b = bike(R)
        return jd({"timestamp": iotts(R), "logLevel": "DEBUG", "accountId": ACCT, "status": "Success", "eventType": "GetPendingJobExecutions", "protocol": "MQTT", "clientId": b, "thingName": b, "topicName": "$aws/things/%s/jobs/get" % b, "details": "GetPendingJobExecutions; inProgressJobs=%d queuedJobs=%d" % (R.randint(0, 1), R.randint(0, 2))})
    def n_startnext(R):
        b = bike(R)
        return jobev(R, "DEBUG", "Success", "StartNextPendingJobExecution", b, pick(R, J), details="Job execution status updated to IN_PROGRESS")
    def n_prog(R): return jobev(R, "DEBUG", "Success", "UpdateJobExecution", bike(R), pick(R, J), details="Job execution status updated to IN_PROGRESS", statusDetails={"progress": "%d%%" % R.randint(1, 99)})
    def n_ok(R): return jobev(R, "INFO", "Success", "UpdateJobExecution", bike(R), pick(R, J), details="Job execution status updated to SUCCEEDED", statusDetails={"fw": "5.2.3"})
    def n_rejected(R): return jobev(R, "INFO", "Success", "UpdateJobExecution", bike(R), pick(R, J), details="Job execution status updated to REJECTED", statusDetails={"reason": pick(R, ["battery below 30%", "bike in active ride", "charging dock firmware busy"]), "retry": "device will accept next window"})
    def n_conflict(R): return jobev(R, "WARN", "Failure", "UpdateJobExecution", bike(R), pick(R, J), details="VersionConflictException: expectedVersion %d does not match current version %d (duplicate status report after reconnect; ignored)" % (R.randint(2, 4), R.randint(5, 6)))
    def n_terminal(R): return jobev(R, "WARN", "Failure", "UpdateJobExecution", bike(R), pick(R, J), details="InvalidStateTransitionException: job execution already SUCCEEDED (late duplicate report)")
    def n_timedout(R): return jobev(R, "INFO", "Success", "UpdateJobExecution", bike(R), pick(R, J), details="Job execution status updated to TIMED_OUT", statusDetails={"note": "bike offline in depot; retryConfig TIMED_OUT 2 attempts left"})
    def n_blocks(R): return ota(R, bike(R), "INFO", "otaDemoCallback", "Received: %d   Queued: %d   Processed: %d   Dropped: 0" % ((lambda n: (n, n, n))(R.randint(10, 600))))
    def n_accept(R): return ota(R, bike(R), "INFO", "otaPal_SetPlatformImageState", "Self-test passed; image 5.2.3 accepted, slot B now active")
    def n_sigok(R): return ota(R, bike(R), "INFO", "otaPal_CheckFileSignature", "Signature verified for /ota/image_b.bin (ECDSA P-256, ql_fw_prod)")
    def n_retry(R): return ota(R, bike(R), "WARN", "httpRequestBlock", "block %d: connection reset by peer, retry 1/5 ok" % R.randint(1, 900))
    def n_resume(R): return ota(R, bike(R), "INFO", "otaAgentTask", "Resuming job %s from block %d after reboot" % (pick(R, J), R.randint(1, 900)))
    def n_created(R): return py(R, "INFO", "CreateJob %s OK: targets=thing group ql-ebk-%s (%d things), rollout %d/min, abort at 10%% FAILED" % (pick(R, J), pick(R, ["ams", "rtm", "utr", "ehv"]), R.randint(300, 4000), pick(R, [20, 50, 100])))
    def n_wave(R): return py(R, "INFO", "rollout %s: queued=%d in_progress=%d succeeded=%d failed=%d rejected=%d timed_out=%d" % (pick(R, J), R.randint(0, 400), R.randint(0, 80), R.randint(100, 3000), R.randint(0, 3), R.randint(0, 40), R.randint(0, 20)))
    def n_signok(R): return py(R, "INFO", "StartSigningJob ql-fw-5.2.%d.bin OK (jobId %s, profile ql_fw_prod)" % (R.randint(1, 3), uuid(R)))
    def n_cancel_op(R): return py(R, "INFO", "CancelJob %s requested by ops (%s): maintenance window over; reasonCode=WINDOW_CLOSED" % (pick(R, J), pick(R, ["mvdberg", "s.oduya", "r.klein"])))
    def n_debug(R): return py(R, "DEBUG", "job document " + jd({"operation": "ota", "files": [{"fileName": "image_b.bin", "fileSize": R.randint(900000, 1200000), "fileType": 0, "certfile": "ql_fw_prod.crt", "sig-sha256-ecdsa": "<omitted>"}], "streamname": None, "protocols": ["HTTP"]}))
    def n_noupdate(R): return ota(R, bike(R), "INFO", "otaAgentTask", "No pending job executions; next check in %d s" % pick(R, [300, 600, 900]))
    def n_rejected_dev(R): return ota(R, bike(R), "WARN", "otaAgentTask", "Deferring job: %s; reporting REJECTED (expected, policy defer-on-low-battery)" % pick(R, ["battery 18%", "battery 24%", "ride in progress"]))
    return [n_getpend, n_startnext, n_prog, n_ok, n_rejected, n_conflict, n_terminal, n_timedout, n_blocks, n_accept, n_sigok, n_retry, n_resume,
            n_created, n_wave, n_signok, n_cancel_op, n_debug, n_noupdate, n_rejected_dev]


def fam_jobs(R):
    return build(R, F2, [("fw530-staging-signing-cert-signature-check-failed", d_sig), ("http-download-presigned-url-expired-lte", d_expired),
                         ("fw524-selftest-can-timeout-motor-rev-c-rollback", d_selftest), ("createjob-document-kms-decrypt-denied", d_doc),
                         ("signing-profile-ql-fw-prod-certificate-expired", d_signer)], jobs_negs())


FAMILIES = {F1: fam_broker, F2: fam_jobs}
