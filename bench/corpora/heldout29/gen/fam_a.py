"""Families: iot-core-rules-broker-authz-json, greengrass-v2-nucleus-component-logs."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, day, hms, epoch_ms,
                    iotts, usec_iso, ACCT, REGION, jd)

# ---------------------------------------------------------------- iot-core-rules-broker-authz-json
# "brightwell climate": ~40k HVAC controllers (things bw-hvac-<hex>) and a smaller fleet of energy meters
# (bw-meter-<hex>) on AWS IoT Core. Log group AWSIotLogsV2 (logging level INFO for the fleet's thing group),
# one JSON object per event as IoT Core writes it: message broker, rules engine, Device Shadow, provisioning.
F1 = "iot-core-rules-broker-authz-json"


def hv(R):
    return "bw-hvac-" + hexs(R, 6)


def mt(R):
    return "bw-meter-" + hexs(R, 6)


def base(R, level, status, et, **kw):
    d = {"timestamp": iotts(R), "logLevel": level, "traceId": uuid(R), "accountId": ACCT, "status": status, "eventType": et}
    d.update(kw)
    return jd(d)


def pid(R):
    return hexs(R, 64)


def a_ddb(R):
    # firmware 7.4 renamed "deviceId" to "device_id" in the telemetry payload; the DynamoDBv2 action of rule
    # hvac_telemetry_to_ddb keys on ${deviceId}... the PutItem fails for every 7.4 controller
    t = hv(R)
    return base(R, "ERROR", "Failure", "RuleExecution", clientId=t, topicName="dt/hvac/%s/telemetry" % t, ruleName="hvac_telemetry_to_ddb",
                ruleAction="DynamoActionV2", resources={"ItemTableName": "hvac-telemetry-latest"}, principalId=pid(R),
                details="DynamoDbv2 Action failed to put item: One or more parameter values were invalid: Missing the key deviceId in the item (Service: DynamoDb, Status Code: 400, Request ID: %s)" % upper(R, 52))


def a_sns(R):
    # the KMS key of the alarm topic was rotated to a CMK whose key policy does not let the rule role use it
    t = hv(R)
    return base(R, "ERROR", "Failure", "RuleExecution", clientId=t, topicName="dt/hvac/%s/alarm" % t, ruleName="hvac_alarm_to_sns",
                ruleAction="SnsAction", resources={"TargetArn": "arn:aws:sns:%s:%s:hvac-critical-alarms" % (REGION, ACCT)}, principalId=pid(R),
                details="Failed to publish to SNS: User: arn:aws:sts::%s:assumed-role/bw-iot-rules-role/%s is not authorized to perform: kms:GenerateDataKey on resource: arn:aws:kms:%s:%s:key/%s because no session policy allows the kms:GenerateDataKey action (Service: Sns, Status Code: 400, Error Code: KMS.AccessDeniedException)" % (ACCT, hexs(R, 32), REGION, ACCT, "5c1e0b7d-2f3a-4c9e-9a41-7d2e6b0f83aa"))


def a_firehose(R):
    # the raw archive delivery stream was recreated under a new name; the rule still points at the old one
    t = pick(R, [hv, mt])(R)
    return base(R, "ERROR", "Failure", "RuleExecution", clientId=t, topicName="dt/%s/%s/telemetry" % ("hvac" if "hvac" in t else "meter", t), ruleName="raw_archive_firehose",
                ruleAction="FirehoseAction", resources={"StreamName": "bw-raw-archive"}, principalId=pid(R),
                details="Failed to send message to Firehose stream bw-raw-archive: Firehose bw-raw-archive not found under account %s. (Service: Firehose, Status Code: 400, Error Code: ResourceNotFoundException, Request ID: %s)" % (ACCT, uuid(R)))


def a_authz(R):
    # policy version 9 of bw-meter-policy replaced ${iot:Connection.Thing.ThingName} by ${iot:ClientId} in the
    # topic ARN while meters connect with client id "<thing>-m": every meter's telemetry publish is denied
    t = mt(R)
    if R.random() < 0.8:
        return base(R, "ERROR", "Failure", "Publish-In", protocol="MQTT", topicName="dt/meter/%s/telemetry" % t, clientId=t + "-m", principalId=pid(R),
                    sourceIp=pubip(R), sourcePort=R.randint(10000, 65000), reason="AUTHORIZATION_FAILURE", details="Authorization Failure")
    return base(R, "ERROR", "Failure", "Subscribe", protocol="MQTT", topicName="cmd/meter/%s/config" % t, clientId=t + "-m", principalId=pid(R),
                sourceIp=pubip(R), sourcePort=R.randint(10000, 65000), reason="AUTHORIZATION_FAILURE", details="Authorization Failure")


def a_lambda(R):
    # the firmware-request rule's Lambda was redeployed by a new stack; the resource-based policy that lets
    # iot.amazonaws.com invoke it was not recreated
    t = hv(R)
    return base(R, "ERROR", "Failure", "RuleExecution", clientId=t, topicName="dt/hvac/%s/fw-request" % t, ruleName="hvac_fw_request_lambda",
                ruleAction="LambdaAction", resources={"FunctionArn": "arn:aws:lambda:%s:%s:function:bw-fw-request-handler" % (REGION, ACCT)}, principalId=pid(R),
                details="Failed to invoke lambda function. Received Server error from Lambda. The error code is 403")


def iot_negs():
    def n_conn(R):
        t = pick(R, [hv, mt])(R)
        return base(R, "INFO", "Success", "Connect", protocol="MQTT", clientId=t + ("-m" if "meter" in t else ""), principalId=pid(R), sourceIp=pubip(R), sourcePort=R.randint(10000, 65000))
    def n_disc(R):
        t = hv(R)
        return base(R, "INFO", "Success", "Disconnect", protocol="MQTT", clientId=t, principalId=pid(R), sourceIp=pubip(R), sourcePort=R.randint(10000, 65000),
                    disconnectReason=pick(R, ["CLIENT_INITIATED_DISCONNECT", "MQTT_KEEP_ALIVE_TIMEOUT", "CONNECTION_LOST", "CLIENT_ERROR"]))
    def n_dupe(R):
        t = hv(R)
        return base(R, "INFO", "Success", "Disconnect", protocol="MQTT", clientId=t, principalId=pid(R), sourceIp=pubip(R), sourcePort=R.randint(10000, 65000), disconnectReason="DUPLICATE_CLIENT_ID")
    def n_pubin(R):
        t = hv(R)
        return base(R, "INFO", "Success", "Publish-In", protocol="MQTT", topicName="dt/hvac/%s/%s" % (t, pick(R, ["telemetry", "status", "alarm"])), clientId=t, principalId=pid(R), sourceIp=pubip(R), sourcePort=R.randint(10000, 65000))
    def n_pubout(R):
        t = hv(R)
        return base(R, "INFO", "Success", "Publish-Out", protocol="MQTT", topicName="cmd/hvac/%s/%s" % (t, pick(R, ["setpoint", "config", "reboot"])), clientId=t, principalId=pid(R), sourceIp=pubip(R), sourcePort=R.randint(10000, 65000))
    def n_sub(R):
        t = hv(R)
        return base(R, "INFO", "Success", "Subscribe", protocol="MQTT", topicName="$aws/things/%s/shadow/update/delta" % t, clientId=t, principalId=pid(R), sourceIp=pubip(R), sourcePort=R.randint(10000, 65000))
    def n_match(R):
        t = hv(R)
        return base(R, "INFO", "Success", "RuleMatch", clientId=t, topicName="dt/hvac/%s/telemetry" % t, ruleName=pick(R, ["hvac_telemetry_to_ddb", "raw_archive_firehose", "hvac_telemetry_timestream"]), principalId=pid(R))
    def n_exec(R):
        t = hv(R)
        act = pick(R, [("TimestreamAction", {"DatabaseName": "bw_fleet", "TableName": "hvac_metrics"}, "hvac_telemetry_timestream"), ("RepublishAction", {"RepublishTopic": "ops/hvac/summary"}, "hvac_summary_republish"), ("SqsAction", {"QueueUrl": "https://sqs.%s.amazonaws.com/%s/bw-service-tickets" % (REGION, ACCT)}, "hvac_fault_tickets")])
        return base(R, "INFO", "Success", "RuleExecution", clientId=t, topicName="dt/hvac/%s/telemetry" % t, ruleName=act[2], ruleAction=act[0], resources=act[1], principalId=pid(R), details="Message was sent successfully")
    def n_nomatch(R):
        t = hv(R)
        return base(R, "INFO", "Success", "RuleMatch", clientId=t, topicName="dt/hvac/%s/telemetry" % t, ruleName="hvac_fault_tickets", principalId=pid(R), details="Rule SQL WHERE clause evaluated to false; no actions invoked")
    def n_shadow(R):
        t = hv(R)
        return base(R, "INFO", "Success", pick(R, ["UpdateThingShadow", "GetThingShadow"]), protocol="MQTT", deviceShadowName=t, topicName="$aws/things/%s/shadow/%s" % (t, pick(R, ["update", "get"])), clientId=t, principalId=pid(R))
    def n_shadow_conflict(R):
        t = hv(R)
        return base(R, "WARN", "Failure", "UpdateThingShadow", protocol="MQTT", deviceShadowName=t, topicName="$aws/things/%s/shadow/update" % t, clientId=t, principalId=pid(R),
                    details="Version conflict: expected version %d, current version %d; update rejected (client retries with current version)" % (R.randint(100, 900), R.randint(901, 999)))
    def n_revoked(R):
        # decommissioned controller with a revoked certificate still trying to connect (ticket open with the site)
        return base(R, "ERROR", "Failure", "Connect", protocol="MQTT", clientId="bw-hvac-0d41f7", principalId=pid(R), sourceIp="81.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                    sourcePort=R.randint(10000, 65000), reason="AUTHORIZATION_FAILURE", details="Certificate is REVOKED (decommissioned unit; certificate revoked by offboarding)")
    def n_test_denied(R):
        # a penetration-test client probing other things' topics: denied by design
        t = hv(R)
        return base(R, "ERROR", "Failure", "Publish-In", protocol="MQTT", topicName="cmd/hvac/%s/reboot" % t, clientId="bw-pentest-2029q2-%02d" % R.randint(1, 4), principalId=pid(R),
                    sourceIp="198.51.100.%d" % R.randint(2, 60), sourcePort=R.randint(10000, 65000), reason="AUTHORIZATION_FAILURE", details="Authorization Failure")
    def n_throttle(R):
        return base(R, "WARN", "Failure", "Publish-In", protocol="MQTT", topicName="dt/hvac/bw-hvac-lab%02d/telemetry" % R.randint(1, 6), clientId="bw-hvac-lab%02d" % R.randint(1, 6), principalId=pid(R),
                    sourceIp="203.0.113.%d" % R.randint(2, 200), sourcePort=R.randint(10000, 65000), reason="THROTTLED", details="Publish rate limit per client (100/s) exceeded by lab load generator")
    def n_queued(R):
        t = hv(R)
        return base(R, "INFO", "Success", "Queued", protocol="MQTT", topicName="cmd/hvac/%s/config" % t, clientId=t, principalId=pid(R), details="Message queued for persistent session (clean start false)")
    def n_prov(R):
        return base(R, "INFO", "Success", "ProvisionDevice", provisioningTemplateName="bw-hvac-fleet-provisioning", deviceCertificateId=hexs(R, 64), details="Thing bw-hvac-%s created and certificate attached to bw-hvac-policy" % hexs(R, 6))
    def n_prov_reject(R):
        return base(R, "ERROR", "Failure", "ProvisionDevice", provisioningTemplateName="bw-hvac-fleet-provisioning", details="Pre-provisioning hook rejected the request: serial %s is not in the manufacturing allow-list (return allowProvisioning=false)" % ("BWH" + digits(R, 9)))
    def n_dyn(R):
        return base(R, "INFO", "Success", "AddThingToDynamicThingGroup", thingName=hv(R), dynamicThingGroupName=pick(R, ["hvac-fw-7_4", "hvac-fw-7_3", "hvac-eu-south"]), details="Thing added to dynamic group")
    def n_retry(R):
        t = hv(R)
        return base(R, "WARN", "Success", "RuleExecution", clientId=t, topicName="dt/hvac/%s/telemetry" % t, ruleName="hvac_telemetry_timestream", ruleAction="TimestreamAction",
                    resources={"DatabaseName": "bw_fleet", "TableName": "hvac_metrics"}, principalId=pid(R), details="Throttled by Timestream (ThrottlingException); message delivered on retry %d" % R.randint(1, 3))
    def n_errorrule(R):
        t = hv(R)
        return base(R, "INFO", "Success", "RuleExecution", clientId=t, topicName="dt/hvac/%s/alarm" % t, ruleName="hvac_alarm_to_sqs_fallback", ruleAction="SqsAction",
                    resources={"QueueUrl": "https://sqs.%s.amazonaws.com/%s/hvac-alarm-backlog" % (REGION, ACCT)}, principalId=pid(R), details="Message was sent successfully")
    def n_unsub(R):
        t = hv(R)
        return base(R, "INFO", "Success", "Unsubscribe", protocol="MQTT", topicName="cmd/hvac/%s/#" % t, clientId=t, principalId=pid(R), sourceIp=pubip(R), sourcePort=R.randint(10000, 65000))
    return [n_conn, n_disc, n_dupe, n_pubin, n_pubout, n_sub, n_match, n_exec, n_nomatch, n_shadow, n_shadow_conflict, n_revoked,
            n_test_denied, n_throttle, n_queued, n_prov, n_prov_reject, n_dyn, n_retry, n_errorrule, n_unsub]


def fam_iot(R):
    return build(R, F1, [("hvac-telemetry-ddb-missing-key-deviceid-fw74", a_ddb), ("hvac-alarm-sns-kms-generatedatakey-denied", a_sns),
                         ("raw-archive-firehose-stream-not-found", a_firehose), ("meter-policy-v9-clientid-publish-denied", a_authz),
                         ("fw-request-lambda-invoke-permission-403", a_lambda)], iot_negs())


# ---------------------------------------------------------------- greengrass-v2-nucleus-component-logs
# "fernhollow foods": 60 Greengrass v2 core devices in bakeries (things fh-bake-<site>-gg). The log manager
# uploads greengrass.log (nucleus) and component logs to /aws/greengrass/GreengrassSystem/... and
# /aws/greengrass/UserComponent/...; one line per event as the nucleus writes it:
# `<ts> [LEVEL] (thread) logger: event. {k=v, ...}`; component stdout/stderr via the nucleus' Copier.
F2 = "greengrass-v2-nucleus-component-logs"
SITES = ["lyon02", "lyon05", "gent01", "gent03", "bonn04", "graz01", "brno02", "linz03"]


def gts(R):
    return iso(R)


def gline(R, lvl, thread, logger, event, kv):
    return "%s [%s] (%s) %s: %s. {%s}" % (gts(R), lvl, thread, logger, event, ", ".join("%s=%s" % (k, v) for k, v in kv))


def comp_out(R, comp, stream, text, lvl=None):
    return gline(R, lvl or ("INFO" if stream == "stdout" else "WARN"), "Copier", comp, "%s. %s" % (stream, text),
                 [("scriptName", "services.%s.lifecycle.Run" % comp), ("serviceName", comp), ("currentState", "RUNNING")])


def core(R):
    return "fh-bake-%s-gg" % pick(R, SITES)


def b_modbus(R):
    # com.fernhollow.OvenModbusCollector 2.3.0 pulls pymodbus 3.x whose API dropped pymodbus.client.sync: crash loop -> BROKEN
    c = "com.fernhollow.OvenModbusCollector"
    r = R.random()
    if r < 0.35:
        return comp_out(R, c, "stderr", "ModuleNotFoundError: No module named 'pymodbus.client.sync'")
    if r < 0.55:
        return comp_out(R, c, "stderr", "  File \"/greengrass/v2/packages/artifacts-unarchived/%s/2.3.0/collector/collector/modbus_io.py\", line %d, in <module>" % (c, R.randint(7, 9)))
    if r < 0.8:
        return gline(R, "WARN", "pool-3-thread-%d" % R.randint(2, 40), c, "service-errored", [("serviceName", c), ("currentState", "RUNNING"), ("exitCode", "1")]) if R.random() < 0.5 else \
            gline(R, "INFO", "%s-lifecycle" % c, c, "service-set-state", [("serviceName", c), ("currentState", "RUNNING"), ("newState", "ERRORED")])
    return gline(R, "ERROR", "%s-lifecycle" % c, c, "service-set-state", [("serviceName", c), ("currentState", "ERRORED"), ("newState", "BROKEN"), ("reason", "Service errored 3 times within 1 hour after %d restarts" % R.randint(3, 3))]) if R.random() < 0.5 else \
        gline(R, "ERROR", "pool-3-thread-%d" % R.randint(2, 40), "com.aws.greengrass.lifecyclemanager.GenericExternalService", "service-broken", [("serviceName", c), ("currentState", "BROKEN"), ("deploymentId", uuid(R))])


def b_artifact(R):
    # deployment of com.fernhollow.RecipeSync 1.8.0: artifact bucket moved to a new account; the token exchange
    # role has no s3:GetObject on it, so every core fails the deployment
    dep = uuid(R)
    r = R.random()
    if r < 0.45:
        return gline(R, "ERROR", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.componentmanager.builtins.S3Downloader", "download-artifact-failed",
                     [("artifactUri", "s3://fh-gg-artifacts-prod-eu/com.fernhollow.RecipeSync/1.8.0/recipesync.zip"), ("componentIdentifier", "com.fernhollow.RecipeSync"),
                      ("errorCode", "S3_GET_OBJECT_ACCESS_DENIED"), ("message", "Access Denied (Service: S3, Status Code: 403, Request ID: %s)" % upper(R, 16))])
    if r < 0.8:
        return gline(R, "ERROR", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.deployment.DeploymentService", "deployment-failed",
                     [("deploymentId", dep), ("serviceName", "DeploymentService"), ("currentState", "RUNNING"),
                      ("errorStack", "[DEPLOYMENT_FAILURE, NO_AVAILABLE_COMPONENT_VERSION, COMPONENT_PACKAGING_ERROR, DOWNLOAD_ERROR, S3_ERROR, S3_GET_OBJECT_ACCESS_DENIED]"),
                      ("errorTypes", "[PERMISSION_ERROR, REQUEST_ERROR]")])
    return gline(R, "INFO", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.status.FleetStatusService", "fss-status-update-published",
                 [("trigger", "THING_GROUP_DEPLOYMENT"), ("deploymentId", dep), ("overallStatus", "UNHEALTHY"), ("deploymentStatus", "FAILED"),
                  ("statusDetails", "Failed to download artifact s3://fh-gg-artifacts-prod-eu/com.fernhollow.RecipeSync/1.8.0/recipesync.zip: Access Denied")])


def b_tes(R):
    # role alias fh-gg-tes-alias points at a deleted IAM role; the TES cannot vend credentials: log manager,
    # stream manager and S3 uploads all fail on the cores of the lyon sites (moved to a new thing group)
    r = R.random()
    if r < 0.55:
        return gline(R, "ERROR", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.tes.CredentialRequestHandler", "Error in retrieving AwsCredentials from TES",
                     [("iotCredentialsPath", "/role-aliases/fh-gg-tes-alias/credentials"), ("credentialData", "Failed to get credentials from IoT. Response code: 400"),
                      ("serviceName", "TokenExchangeService"), ("currentState", "RUNNING")])
    if r < 0.8:
        return gline(R, "ERROR", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.tes.IotCloudHelper", "iot-credentials-request-failed",
                     [("roleAlias", "fh-gg-tes-alias"), ("statusCode", "400"), ("body", "{\"message\":\"Unable to assume the role, or the role to assume does not exist\"}")])
    return gline(R, "ERROR", "pool-4-thread-%d" % R.randint(1, 9), "com.aws.greengrass.logmanager.LogManagerService", "Unable to upload logs",
                 [("componentName", "aws.greengrass.LogManager"), ("error", "software.amazon.awssdk.core.exception.SdkClientException: Unable to load credentials from any of the providers in the chain: Failed to load credentials from TES at http://localhost:%d/2016-11-01/credentialprovider/ (500)" % R.randint(40000, 40000))])


def b_oom(R):
    # com.fernhollow.ProofingVision (ONNX model 2.0, 1.1 GB) exceeds the recipe's 768 MB memory limit: killed by the cgroup
    c = "com.fernhollow.ProofingVision"
    r = R.random()
    if r < 0.45:
        return gline(R, "WARN", "pool-3-thread-%d" % R.randint(2, 40), c, "service-errored", [("serviceName", c), ("currentState", "RUNNING"), ("exitCode", "137"), ("reason", "Killed by cgroup memory limit (768000 KB)")])
    if r < 0.7:
        return gline(R, "WARN", "Copier", c, "Run script exited", [("exitCode", "137"), ("serviceName", c), ("currentState", "RUNNING"), ("memoryPeakKB", str(R.randint(767000, 768000)))])
    return gline(R, "INFO", "%s-lifecycle" % c, c, "service-set-state", [("serviceName", c), ("currentState", "RUNNING"), ("newState", "ERRORED"), ("exitCode", "137")])


def b_spool(R):
    # the bakeries' uplink to the cloud broker is fine, but the TelemetryBridge publishes QoS1 at 400 msg/s since
    # 3.1.0 and the spooler (maxSizeInBytes 2.5 MB, in memory) overflows: messages are dropped
    if R.random() < 0.7:
        return gline(R, "ERROR", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.mqttclient.spool.Spool", "Spooler queue is full and new message would not be added into spooler",
                     [("topic", "fh/%s/ovens/telemetry" % pick(R, SITES)), ("queueSizeBytes", str(R.randint(2620000, 2621440))), ("maxSizeInBytes", "2621440")])
    return comp_out(R, "com.fernhollow.TelemetryBridge", "stderr", "publish to fh/%s/ovens/telemetry failed: software.amazon.awssdk.aws.greengrass.model.ServiceError: Spooler queue is full; dropped %d messages in last 60s" % (pick(R, SITES), R.randint(80, 4000)), lvl="WARN")


def gg_negs():
    def n_launch(R): return gline(R, "INFO", "main", "com.aws.greengrass.lifecyclemanager.Kernel", "system-start", [("version", "2.12.%d" % R.randint(5, 6)), ("rootPath", "/greengrass/v2")])
    def n_state(R):
        c = pick(R, ["com.fernhollow.TelemetryBridge", "com.fernhollow.OvenModbusCollector", "aws.greengrass.StreamManager", "aws.greengrass.LogManager", "com.fernhollow.ScaleReader"])
        a, b = pick(R, [("NEW", "INSTALLED"), ("INSTALLED", "STARTING"), ("STARTING", "RUNNING"), ("RUNNING", "STOPPING"), ("STOPPING", "FINISHED")])
        return gline(R, "INFO", "%s-lifecycle" % c, c, "service-set-state", [("serviceName", c), ("currentState", a), ("newState", b)])
    def n_dep_ok(R): return gline(R, "INFO", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.deployment.DeploymentService", "Current deployment finished", [("DeploymentId", "arn:aws:greengrass:%s:%s:configuration:thinggroup/fh-bakeries-%s:%d" % (REGION, ACCT, pick(R, ["fr", "be", "de", "at", "cz"]), R.randint(20, 80))), ("serviceName", "DeploymentService"), ("currentState", "RUNNING")])
    def n_dep_succ(R): return gline(R, "INFO", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.status.FleetStatusService", "fss-status-update-published", [("trigger", "THING_GROUP_DEPLOYMENT"), ("deploymentId", uuid(R)), ("overallStatus", "HEALTHY"), ("deploymentStatus", "SUCCEEDED")])
    def n_telemetry(R): return comp_out(R, "com.fernhollow.TelemetryBridge", "stdout", "published %d oven readings to fh/%s/ovens/telemetry (qos=1, failed=0)" % (R.randint(50, 900), pick(R, SITES)))
    def n_modbus_ok(R): return comp_out(R, "com.fernhollow.MixerModbusReader", "stdout", "polled %d registers from mixer-%02d at 192.168.%d.%d:502 in %d ms" % (R.randint(20, 64), R.randint(1, 12), R.randint(10, 20), R.randint(10, 60), R.randint(8, 90)))
    def n_modbus_retry(R): return comp_out(R, "com.fernhollow.MixerModbusReader", "stderr", "WARNING modbus read timeout on mixer-%02d (unit %d), retry 1/3 succeeded" % (R.randint(1, 12), R.randint(1, 4)))
    def n_mqtt_int(R): return gline(R, "WARN", "Thread-%d" % R.randint(3, 9), "com.aws.greengrass.mqttclient.AwsIotMqtt5Client", "Connection interrupted", [("clientId", core(R)), ("error", "AWS_ERROR_MQTT_UNEXPECTED_HANGUP"), ("willReconnect", "true")])
    def n_mqtt_res(R): return gline(R, "INFO", "Thread-%d" % R.randint(3, 9), "com.aws.greengrass.mqttclient.AwsIotMqtt5Client", "Successfully connected to AWS IoT Core", [("clientId", core(R)), ("sessionPresent", "true"), ("reconnectAttempt", str(R.randint(1, 4)))])
    def n_ipc(R): return gline(R, "INFO", "pool-1-thread-%d" % R.randint(1, 8), "com.aws.greengrass.builtin.services.pubsub.PubSubIPCEventStreamAgent", "subscribed", [("topic", "local/%s" % pick(R, ["scale/weight", "ovens/alarm", "door/state"])), ("serviceName", pick(R, ["com.fernhollow.ScaleReader", "com.fernhollow.TelemetryBridge"]))])
    def n_ipc_denied(R): return gline(R, "ERROR", "pool-1-thread-%d" % R.randint(1, 8), "com.aws.greengrass.authorization.AuthorizationHandler", "Not Authorized", [("destination", "aws.greengrass.ipc.pubsub"), ("principal", "com.fernhollow.DevShell"), ("operation", "aws.greengrass#PublishToTopic"), ("resource", "local/ovens/setpoint"), ("note", "dev-only component, no policy by design")])
    def n_logup(R): return gline(R, "INFO", "pool-4-thread-%d" % R.randint(1, 9), "com.aws.greengrass.logmanager.LogManagerService", "Uploaded logs", [("componentName", pick(R, ["System", "com.fernhollow.TelemetryBridge", "com.fernhollow.ScaleReader"])), ("logEvents", str(R.randint(20, 900))), ("failed", "0")])
    def n_shadow(R): return gline(R, "INFO", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.shadowmanager.sync.SyncHandler", "sync-shadow-cloud-update", [("thing name", core(R)), ("shadow name", "oven-config"), ("cloudVersion", str(R.randint(10, 400)))])
    def n_debug(R): return comp_out(R, "com.fernhollow.ScaleReader", "stdout", "DEBUG frame " + jd({"scale": "sc-%02d" % R.randint(1, 8), "grams": R.randint(100, 25000), "stable": pick(R, [True, False]), "err": 0}))
    def n_stream(R): return gline(R, "INFO", "pool-5-thread-%d" % R.randint(1, 4), "aws.greengrass.StreamManager", "stdout. Uploaded %d records to Kinesis stream fh-oven-events (0 failed)" % R.randint(10, 500), [("scriptName", "services.aws.greengrass.StreamManager.lifecycle.startup"), ("serviceName", "aws.greengrass.StreamManager"), ("currentState", "RUNNING")])
    def n_cfg(R): return gline(R, "INFO", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.config.Configuration", "config-node-update", [("path", "services.com.fernhollow.TelemetryBridge.configuration.%s" % pick(R, ["publishIntervalMs", "batchSize", "topicPrefix"])), ("timestamp", str(epoch_ms(R)))])
    def n_telem_emit(R): return gline(R, "INFO", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.telemetry.TelemetryAgent", "telemetry-metrics-published", [("namespaces", "[SystemMetrics, GreengrassComponents]"), ("CpuUsage", "%.1f" % R.uniform(3, 40)), ("SystemMemUsage", str(R.randint(300, 900)))])
    def n_retry_dl(R): return gline(R, "WARN", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.componentmanager.builtins.S3Downloader", "download-retry", [("artifactUri", "s3://fh-gg-artifacts-eu/com.fernhollow.ScaleReader/1.4.%d/scalereader.zip" % R.randint(0, 3)), ("attempt", "2"), ("error", "Connection reset"), ("result", "download completed on retry")])
    def n_nucleus_stale(R): return gline(R, "INFO", "main", "com.aws.greengrass.deployment.DeploymentDirectoryManager", "Cleaning up stale deployment directories", [("kept", "2"), ("deleted", str(R.randint(0, 4)))])
    def n_stderr_deprec(R): return comp_out(R, "com.fernhollow.TelemetryBridge", "stderr", "/greengrass/v2/packages/artifacts-unarchived/com.fernhollow.TelemetryBridge/3.1.%d/bridge/venv/lib/python3.11/site-packages/awsiot/greengrasscoreipc/__init__.py:%d: DeprecationWarning: connect() is deprecated, use GreengrassCoreIPCClientV2" % (R.randint(0, 2), R.randint(20, 40)))
    def n_cancel(R): return gline(R, "INFO", "pool-2-thread-%d" % R.randint(10, 60), "com.aws.greengrass.deployment.DeploymentService", "Deployment was cancelled", [("deploymentId", uuid(R)), ("reason", "superseded by a newer revision of the thing group deployment")])
    def n_health(R): return comp_out(R, "com.fernhollow.ScaleReader", "stdout", "health ok: %d scales online, 0 errors, uptime %dh" % (R.randint(3, 8), R.randint(1, 900)))
    return [n_launch, n_state, n_dep_ok, n_dep_succ, n_telemetry, n_modbus_ok, n_modbus_retry, n_mqtt_int, n_mqtt_res, n_ipc, n_ipc_denied, n_logup,
            n_shadow, n_debug, n_stream, n_cfg, n_telem_emit, n_retry_dl, n_nucleus_stale, n_stderr_deprec, n_cancel, n_health]


def fam_gg(R):
    return build(R, F2, [("ovenmodbus-pymodbus3-no-module-client-sync-broken", b_modbus), ("recipesync-artifact-s3-access-denied", b_artifact),
                         ("tes-role-alias-role-missing-no-credentials", b_tes), ("proofingvision-oom-exit-137", b_oom),
                         ("telemetrybridge-spooler-queue-full-drops", b_spool)], gg_negs())


FAMILIES = {F1: fam_iot, F2: fam_gg}
