"""Families: network-firewall-alert-flow, cloudtrail-cwl-management-events."""
from common import (hexs, alnum, lower, upper, digits, uuid, ip10, pubip, pick, build, iso, day, hms, epoch, ACCT, REGION, jd)

# ---------------------------------------------------------------- network-firewall-alert-flow
# kestrelbay's egress inspection VPC: AWS Network Firewall "kb-egress-fw" with a TLS/HTTP domain allowlist rule group,
# a deny list, and custom Suricata rules (sid 10000xx); alert and flow logs go to two CloudWatch log groups.
# Each event is the firewall's JSON record (event in Suricata EVE format).
F1 = "network-firewall-alert-flow"
FW = "kb-egress-fw"
AZS = ["ap-southeast-2a", "ap-southeast-2b", "ap-southeast-2c"]
C2_HOST = "10.40.11.203"
MINER = "10.44.9.57"


def nts(R):
    return "2029-07-%02dT%s.%s+0000" % (day(R), hms(R), digits(R, 6))


def nfw(R, ev):
    e = {"timestamp": nts(R), "flow_id": int(digits(R, 16)) or 1}
    e.update(ev)
    return jd({"firewall_name": FW, "availability_zone": pick(R, AZS), "event_timestamp": str(epoch(R)), "event": e})


def alert(R, src, dst, dport, proto, app, action, sid, sig, sev=1, extra=None, cat=""):
    ev = {"event_type": "alert", "src_ip": src, "src_port": R.randint(32768, 60999), "dest_ip": dst, "dest_port": dport, "proto": proto}
    if app:
        ev["app_proto"] = app
    if extra:
        ev.update(extra)
    ev["alert"] = {"action": action, "signature_id": sid, "rev": pick(R, [1, 1, 2]), "signature": sig, "category": cat, "severity": sev}
    return nfw(R, ev)


def f1_settle(R):
    # the new payment provider's API host was never added to the TLS allowlist: every payout call from the payments subnet is dropped
    return alert(R, "10.40.12.%d" % R.randint(4, 254), pick(R, ["52.62.14.%d" % R.randint(1, 254), "3.105.77.%d" % R.randint(1, 254)]), 443, "TCP", "tls", "blocked", 5,
                 "not matching any TLS allowlisted FQDNs", extra={"tls": {"sni": "api.settlepay.io", "version": "UNDETERMINED"}})


def f1_gh(R):
    # GitHub moved release downloads to another host; CI build subnets cannot fetch release assets
    return alert(R, "10.44.%d.%d" % (R.randint(8, 15), R.randint(4, 254)), "185.199.%d.%d" % (R.randint(108, 111), 133), 443, "TCP", "tls", "blocked", 5,
                 "not matching any TLS allowlisted FQDNs", extra={"tls": {"sni": pick(R, ["release-assets.githubusercontent.com", "release-assets.githubusercontent.com", "objects-origin.githubusercontent.com"]), "version": "UNDETERMINED"}})


def f1_c2(R):
    # the reporting host (same one the DNS firewall flags) beacons to IPs on the threat-intel IP set every 60 s
    return alert(R, C2_HOST, pick(R, ["45.137.21.%d" % R.randint(2, 30), "194.87.218.%d" % R.randint(2, 30)]), pick(R, [443, 8443, 80]), "TCP", pick(R, ["tls", "http", None]), "blocked", 1000042,
                 "KB custom: outbound connection to threat-intel IP set (possible C2 beacon)", sev=1, cat="A Network Trojan was Detected")


def f1_miner(R):
    # a CI runner pulled a typosquatted npm package that starts a miner: stratum protocol outbound
    return alert(R, MINER, pubip(R), pick(R, [3333, 4444, 5555, 14444, 14433]), "TCP", "failed" if R.random() < 0.2 else None, "blocked", 1000051,
                 "KB custom: stratum mining protocol outbound (mining.subscribe)", sev=1, cat="Crypto Currency Mining Activity Detected")


def f1_smtp(R):
    # rule 1000007 blocks outbound SMTP submission for everything, including the notifier's SES SMTP endpoint: no customer e-mails go out
    return alert(R, "10.40.%d.%d" % (R.randint(14, 15), R.randint(4, 254)), "13.55.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), 587, "TCP", "smtp", "blocked", 1000007,
                 "KB custom: block outbound SMTP submission (tcp/587)", sev=2, cat="Potential Corporate Privacy Violation",
                 extra={"smtp": {"helo": "notifier-%s.kestrelbay.internal" % lower(R, 5)}} if R.random() < 0.4 else None)


def f1_negs():
    def n_flow(R):
        src = "10.%d.%d.%d" % (pick(R, [40, 40, 44, 46]), R.randint(10, 15), R.randint(4, 254))
        pk = R.randint(4, 900)
        ev = {"event_type": "netflow", "src_ip": src, "src_port": R.randint(32768, 60999), "dest_ip": pubip(R), "dest_port": pick(R, [443, 443, 443, 80, 123]), "proto": pick(R, ["TCP", "TCP", "UDP"]),
              "app_proto": pick(R, ["tls", "tls", "http", "failed"]), "netflow": {"pkts": pk, "bytes": pk * R.randint(60, 1400), "start": nts(R), "end": nts(R), "age": R.randint(0, 120), "min_ttl": 63, "max_ttl": 63},
              "tcp": {"tcp_flags": pick(R, ["1b", "1f", "1a", "02"]), "syn": True, "ack": True}}
        return nfw(R, ev)
    def n_flow_in(R):
        pk = R.randint(4, 900)
        ev = {"event_type": "netflow", "src_ip": pubip(R), "src_port": pick(R, [443, 443, 80]), "dest_ip": "10.40.%d.%d" % (R.randint(10, 15), R.randint(4, 254)), "dest_port": R.randint(32768, 60999), "proto": "TCP",
              "app_proto": "tls", "netflow": {"pkts": pk, "bytes": pk * R.randint(60, 1400), "start": nts(R), "end": nts(R), "age": R.randint(0, 120), "min_ttl": 230, "max_ttl": 244}, "tcp": {"tcp_flags": "1b", "syn": True, "fin": True, "psh": True, "ack": True}}
        return nfw(R, ev)
    def n_sandbox(R):
        # the dev sandbox subnet is allowlist-only on purpose; its blocks are expected
        return alert(R, "10.46.%d.%d" % (R.randint(0, 7), R.randint(4, 254)), pubip(R), 443, "TCP", "tls", "blocked", 5, "not matching any TLS allowlisted FQDNs",
                     extra={"tls": {"sni": pick(R, ["www.reddit.com", "api.invent-llmplayground.dev", "cdn.invent-gamehub.net", "download.invent-torrents.org", "pastebin.com"]), "version": "UNDETERMINED"}})
    def n_deny(R):
        return alert(R, "10.%d.%d.%d" % (pick(R, [40, 44]), R.randint(10, 15), R.randint(4, 254)), pubip(R), 443, "TCP", "tls", "blocked", 3, "matching TLS denylisted FQDNs",
                     extra={"tls": {"sni": pick(R, ["telemetry.invent-ide.io", "beacon.invent-analytics.net", "metrics.invent-sdkvendor.com"]), "version": "UNDETERMINED"}})
    def n_http_ok(R):
        # pass rules for the allowlisted hosts are logged as alerts with action allowed
        return alert(R, "10.%d.%d.%d" % (pick(R, [40, 44]), R.randint(10, 15), R.randint(4, 254)), pubip(R), 443, "TCP", "tls", "allowed", 4, "matching TLS allowlisted FQDNs",
                     extra={"tls": {"sni": pick(R, ["api.github.com", "registry.npmjs.org", "pypi.org", "files.pythonhosted.org", "hooks.slack.com", "api.pagerduty.com", "sts.amazonaws.com"]), "version": "UNDETERMINED"}}, sev=3)
    def n_ssh_audit(R):
        # alert-only audit rule: SSH to the partner SFTP host is expected daily traffic
        return alert(R, "10.40.%d.%d" % (R.randint(10, 11), R.randint(4, 254)), "203.0.113.%d" % R.randint(40, 49), 22, "TCP", "ssh", "allowed", 1000020, "KB audit: outbound SSH/SFTP to partner host", sev=3,
                     extra={"ssh": {"client": {"proto_version": "2.0", "software_version": "OpenSSH_9.6"}, "server": {"proto_version": "2.0", "software_version": "OpenSSH_8.9p1"}}})
    def n_ntp(R):
        return alert(R, "10.%d.%d.%d" % (pick(R, [40, 44]), R.randint(10, 15), R.randint(4, 254)), pubip(R), 123, "UDP", "ntp", "allowed", 1000030, "KB audit: NTP to non-Amazon time source", sev=3)
    def n_smtp_internal(R):
        # SMTP to the internal relay is allowed by a pass rule before 1000007
        return alert(R, "10.40.%d.%d" % (R.randint(10, 11), R.randint(4, 254)), "10.40.3.25", 25, "TCP", "smtp", "allowed", 1000006, "KB custom: pass SMTP to internal relay", sev=3)
    def n_settle_webhook_in(R):
        return alert(R, pick(R, ["52.64.118.23", "52.64.118.61"]), "10.40.0.%d" % R.randint(4, 254), 443, "TCP", "tls", "allowed", 1000010, "KB audit: inbound from payment provider webhook range", sev=3,
                     extra={"tls": {"sni": "api.kestrelbay.example", "version": "TLS 1.3"}})
    def n_scan_drop(R):
        # drops of unsolicited inbound traffic are the firewall working
        return alert(R, pubip(R), "10.40.0.%d" % R.randint(4, 254), pick(R, [23, 445, 3389, 5900, 2375]), "TCP", None, "blocked", 1000001, "KB custom: drop unsolicited inbound", sev=3)
    return [n_flow, n_flow, n_flow_in, n_sandbox, n_deny, n_http_ok, n_ssh_audit, n_ntp, n_smtp_internal, n_settle_webhook_in, n_scan_drop]


def fam_nfw(R):
    return build(R, F1, [("tls-allowlist-missing-settlepay-api", f1_settle), ("tls-allowlist-missing-github-release-assets", f1_gh),
                         ("reporting-host-c2-beacon-threat-intel", f1_c2), ("ci-runner-stratum-mining-outbound", f1_miner),
                         ("rule-1000007-blocks-ses-smtp-notifier", f1_smtp)], f1_negs())


# ---------------------------------------------------------------- cloudtrail-cwl-management-events
# the organization trail delivered to CloudWatch Logs (log group aws-cloudtrail-logs-kestrelbay, one CloudTrail event per log event).
F2 = "cloudtrail-cwl-management-events"


def akid(R):
    return "ASIA" + upper(R, 16)


def role_ident(R, role, session):
    pid = "AROA" + upper(R, 17)
    return {"type": "AssumedRole", "principalId": "%s:%s" % (pid, session), "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (ACCT, role, session), "accountId": ACCT, "accessKeyId": akid(R),
            "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": pid, "arn": "arn:aws:iam::%s:role/%s" % (ACCT, role), "accountId": ACCT, "userName": role},
                               "attributes": {"creationDate": iso(R, 0), "mfaAuthenticated": "false"}}}


def ct(R, ident, source, name, req, resp=None, err=None, ip=None, ua=None, region=REGION, etype="AwsApiCall", ro=None, extra=None):
    d = {"eventVersion": "1.10" if etype == "AwsApiCall" else "1.09", "userIdentity": ident, "eventTime": iso(R, 0), "eventSource": source, "eventName": name, "awsRegion": region,
         "sourceIPAddress": ip or pubip(R), "userAgent": ua or pick(R, ["aws-cli/2.22.%d md/awscrt#0.23.4 ua/2.1 os/linux#6.1.119 md/arch#x86_64 lang/python#3.12.8" % R.randint(0, 20), "Boto3/1.35.%d md/Botocore#1.35.%d ua/2.0 os/linux#6.1.119 md/arch#x86_64 lang/python#3.12.6" % (R.randint(0, 90), R.randint(0, 90)), "AWS Internal"])}
    if err:
        d["errorCode"], d["errorMessage"] = err
    d["requestParameters"] = req
    d["responseElements"] = resp
    if extra:
        d.update(extra)
    d["requestID"] = uuid(R)
    d["eventID"] = uuid(R)
    d["readOnly"] = ro if ro is not None else name.startswith(("Get", "Describe", "List"))
    d["eventType"] = etype
    d["managementEvent"] = True
    d["recipientAccountId"] = ACCT
    d["eventCategory"] = "Management"
    if etype == "AwsApiCall":
        d["tlsDetails"] = {"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256", "clientProvidedHostHeader": "%s.%s.amazonaws.com" % (source.split(".")[0], region)}
    return jd(d)


KEY = "arn:aws:kms:%s:%s:key/3e8c1f7a-5b2d-4a96-8e10-c7d94f2b6a31" % (REGION, ACCT)


def f2_kms(R):
    # the deploy project's role lost kms:Decrypt on the parameters key after the key-policy rewrite: every deploy fails reading /prod/* SecureStrings
    s = "AWSCodeBuild-" + uuid(R)
    p = pick(R, ["/prod/orders/db-url", "/prod/orders/settlepay-api-key", "/prod/tracking/jwt-signing-key", "/prod/notifier/ses-smtp-password"])
    return ct(R, role_ident(R, "kb-deploy-codebuild", s), "kms.amazonaws.com", "Decrypt",
              {"encryptionAlgorithm": "SYMMETRIC_DEFAULT", "encryptionContext": {"PARAMETER_ARN": "arn:aws:ssm:%s:%s:parameter%s" % (REGION, ACCT, p)}}, None,
              ("AccessDenied", "User: arn:aws:sts::%s:assumed-role/kb-deploy-codebuild/%s is not authorized to perform: kms:Decrypt on resource: %s because no identity-based policy allows the kms:Decrypt action" % (ACCT, s, KEY)),
              ip="ssm.amazonaws.com", ua="ssm.amazonaws.com", extra={"resources": [{"accountId": ACCT, "type": "AWS::KMS::Key", "ARN": KEY}]}, ro=True)


def f2_root(R):
    # somebody is using the root user of the prod account
    ident = {"type": "Root", "principalId": ACCT, "arn": "arn:aws:iam::%s:root" % ACCT, "accountId": ACCT, "accessKeyId": ""}
    ip = pick(R, ["49.186.22.%d" % R.randint(2, 250), "101.115.%d.%d" % (R.randint(0, 255), R.randint(2, 250))])
    ua = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36"
    if R.random() < 0.6:
        ok = R.random() < 0.7
        return ct(R, ident, "signin.amazonaws.com", "ConsoleLogin", None, {"ConsoleLogin": "Success" if ok else "Failure"}, None if ok else (None, "Failed authentication"),
                  ip=ip, ua=ua, region="us-east-1", etype="AwsConsoleSignIn", ro=False,
                  extra={"additionalEventData": {"LoginTo": "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true", "MobileVersion": "No", "MFAUsed": pick(R, ["No", "Yes"])}}).replace('"errorCode":null,', "")
    ident = dict(ident, accessKeyId=akid(R), sessionContext={"attributes": {"creationDate": iso(R, 0), "mfaAuthenticated": "false"}})
    name, src, req = pick(R, [("GetAccountSummary", "iam.amazonaws.com", None), ("ListAccessKeys", "iam.amazonaws.com", {"userName": "root"}),
                              ("CreateAccessKey", "iam.amazonaws.com", None), ("GetBillingDetails", "billingconsole.amazonaws.com", None)])
    return ct(R, ident, src, name, req, None, ip=ip, ua=ua, region="us-east-1")


def f2_scp(R):
    # the org's new SCP denies iam:*Role* outside the platform path; the terraform apply role can no longer create service roles
    s = "terraform-%s" % digits(R, 10)
    act, req = pick(R, [("CreateRole", {"roleName": "orders-api-%s" % pick(R, ["task", "exec", "scheduler"]), "path": "/service/", "assumeRolePolicyDocument": "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"}),
                        ("AttachRolePolicy", {"roleName": "tracking-api-task", "policyArn": "arn:aws:iam::%s:policy/tracking-api-dynamodb" % ACCT}),
                        ("PutRolePolicy", {"roleName": "notifier-task", "policyName": "ses-send"})])
    res = "arn:aws:iam::%s:role/service/%s" % (ACCT, req["roleName"])
    return ct(R, role_ident(R, "kb-terraform-apply", s), "iam.amazonaws.com", act, req, None,
              ("AccessDenied", "User: arn:aws:sts::%s:assumed-role/kb-terraform-apply/%s is not authorized to perform: iam:%s on resource: %s with an explicit deny in a service control policy" % (ACCT, s, act, res)),
              ip="10.44.%d.%d" % (R.randint(8, 15), R.randint(4, 254)), region="us-east-1")


def f2_trail(R):
    # an engineer stopped the org trail's logging in prod "to cut costs"
    who = pick(R, ["dev.ops-admin", "priya.r"])
    ident = role_ident(R, "AWSReservedSSO_PowerUserAccess_%s" % "5c2e8a1f9d3b7046", "%s@kestrelbay.example" % who)
    name = pick(R, ["StopLogging", "StopLogging", "DeleteTrail", "PutEventSelectors"])
    req = {"name": "arn:aws:cloudtrail:%s:%s:trail/kestrelbay-org-trail" % (REGION, ACCT)}
    if name == "PutEventSelectors":
        req = {"trailName": "kestrelbay-org-trail", "eventSelectors": [{"readWriteType": "WriteOnly", "includeManagementEvents": False, "dataResources": [], "excludeManagementEventSources": []}]}
    return ct(R, ident, "cloudtrail.amazonaws.com", name, req, None, ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36")


def f2_sg(R):
    # a developer opened SSH to the world on the reporting host's security group
    s = "m.okafor@kestrelbay.example"
    sg = "sg-0a7e3c9d1f5b28e64"
    if R.random() < 0.6:
        req = {"groupId": sg, "ipPermissions": {"items": [{"ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "groups": {}, "ipRanges": {"items": [{"cidrIp": "0.0.0.0/0", "description": pick(R, ["temp debug", "ssh", ""])}]}, "ipv6Ranges": {}, "prefixListIds": {}}]}}
        return ct(R, role_ident(R, "AWSReservedSSO_DeveloperAccess_9b4e1c7a2d5f8036", s), "ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", req,
                  {"requestId": uuid(R), "_return": True, "securityGroupRuleSet": {"items": [{"groupOwnerId": ACCT, "groupId": sg, "securityGroupRuleId": "sgr-0" + hexs(R, 16), "isEgress": False, "ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "cidrIpv4": "0.0.0.0/0"}]}})
    req = {"ModifySecurityGroupRulesRequest": {"GroupId": sg, "SecurityGroupRule": {"SecurityGroupRuleId": "sgr-0" + hexs(R, 16), "SecurityGroupRule": {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIpv4": "0.0.0.0/0"}}}}
    return ct(R, role_ident(R, "AWSReservedSSO_DeveloperAccess_9b4e1c7a2d5f8036", s), "ec2.amazonaws.com", "ModifySecurityGroupRules", req, {"ModifySecurityGroupRulesResponse": {"requestId": uuid(R), "return": True}})


def f2_negs():
    def n_read(R):
        name, src, req = pick(R, [("DescribeInstances", "ec2.amazonaws.com", {"instancesSet": {}, "filterSet": {}}), ("ListBuckets", "s3.amazonaws.com", {"Host": "s3.%s.amazonaws.com" % REGION}),
                                  ("DescribeLogGroups", "logs.amazonaws.com", {"limit": 50}), ("GetCallerIdentity", "sts.amazonaws.com", None),
                                  ("DescribeDBClusters", "rds.amazonaws.com", {"dBClusterIdentifier": "orders-db-v3"}), ("ListFunctions20150331", "lambda.amazonaws.com", {"maxItems": 50}),
                                  ("GetParameters", "ssm.amazonaws.com", {"names": ["/prod/orders/db-url"], "withDecryption": True})])
        return ct(R, role_ident(R, pick(R, ["kb-ops-readonly", "kb-grafana-cloudwatch", "kb-orders-task"]), lower(R, 10)), src, name, req, None)
    def n_assume(R):
        role = pick(R, ["kb-orders-task", "kb-tracking-task", "kb-deploy-codebuild", "kb-grafana-cloudwatch"])
        return ct(R, {"type": "AWSService", "invokedBy": pick(R, ["ecs-tasks.amazonaws.com", "codebuild.amazonaws.com"])}, "sts.amazonaws.com", "AssumeRole",
                  {"roleArn": "arn:aws:iam::%s:role/%s" % (ACCT, role), "roleSessionName": lower(R, 32)},
                  {"credentials": {"accessKeyId": akid(R), "expiration": "Jul %d, 2029, %d:%02d:%02d PM" % (day(R), R.randint(1, 11), R.randint(0, 59), R.randint(0, 59))}},
                  ip=pick(R, ["ecs-tasks.amazonaws.com", "codebuild.amazonaws.com"]), ua=pick(R, ["ecs-tasks.amazonaws.com", "codebuild.amazonaws.com"]), ro=True)
    def n_login(R):
        ok = R.random() < 0.8
        u = pick(R, ["s.lindqvist", "a.tanaka", "j.mwangi", "l.moreau"])
        ident = {"type": "IAMUser", "principalId": "AIDA" + upper(R, 17), "arn": "arn:aws:iam::%s:user/%s" % (ACCT, u), "accountId": ACCT, "userName": u}
        return ct(R, ident, "signin.amazonaws.com", "ConsoleLogin", None, {"ConsoleLogin": "Success" if ok else "Failure"}, None if ok else (None, "Failed authentication"),
                  ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36", region="us-east-1", etype="AwsConsoleSignIn", ro=False,
                  extra={"additionalEventData": {"LoginTo": "https://console.aws.amazon.com/console/home", "MobileVersion": "No", "MFAUsed": "Yes"}}).replace('"errorCode":null,', "")
    def n_dryrun(R):
        return ct(R, role_ident(R, "kb-karpenter-controller", lower(R, 12)), "ec2.amazonaws.com", "RunInstances", {"instanceType": pick(R, ["m7g.large", "c7g.xlarge"]), "dryRun": True},
                  None, ("Client.DryRunOperation", "Request would have succeeded, but DryRun flag is set."), ro=False)
    def n_nopolicy(R):
        # AWS Config / Security Hub evaluations read bucket policies that do not exist: normal
        b = pick(R, ["kestrelbay-athena-results", "kestrelbay-ci-cache", "kestrelbay-tmp-exports", "kestrelbay-static-site"])
        return ct(R, role_ident(R, "AWSServiceRoleForConfig", "AWSConfig-Describe"), "s3.amazonaws.com", "GetBucketPolicy", {"bucketName": b, "Host": "%s.s3.%s.amazonaws.com" % (b, REGION), "policy": ""}, None,
                  ("NoSuchBucketPolicy", "The bucket policy does not exist"), ip="config.amazonaws.com", ua="config.amazonaws.com")
    def n_denied_ro(R):
        # least-privilege read-only users clicking around the IAM console: denied by design
        u = pick(R, ["s.lindqvist", "a.tanaka", "j.mwangi"])
        s = "%s@kestrelbay.example" % u
        act = pick(R, ["ListAccessKeys", "GetAccountAuthorizationDetails", "ListSSHPublicKeys", "GetLoginProfile"])
        return ct(R, role_ident(R, "AWSReservedSSO_ReadOnlyAccess_1d7b3e9c5a2f4068", s), "iam.amazonaws.com", act, {"userName": pick(R, ["svc-ci", "backup-agent"])}, None,
                  ("AccessDenied", "User: arn:aws:sts::%s:assumed-role/AWSReservedSSO_ReadOnlyAccess_1d7b3e9c5a2f4068/%s is not authorized to perform: iam:%s on resource: user %s because no identity-based policy allows the iam:%s action" % (ACCT, s, act, pick(R, ["svc-ci", "backup-agent"]), act)),
                  ua="AWS Internal", region="us-east-1")
    def n_notfound(R):
        # terraform plan refreshing resources it is about to create
        return ct(R, role_ident(R, "kb-terraform-plan", "terraform-%s" % digits(R, 10)), "secretsmanager.amazonaws.com", "DescribeSecret", {"secretId": "prod/%s" % pick(R, ["inventory/api", "reports/db", "notifier/smtp"])}, None,
                  ("ResourceNotFoundException", "Secrets Manager can't find the specified secret."), ip="10.44.%d.%d" % (R.randint(8, 15), R.randint(4, 254)), ua="APN/1.0 HashiCorp/1.0 Terraform/1.9.%d (+https://www.terraform.io) terraform-provider-aws/5.82.%d" % (R.randint(0, 8), R.randint(0, 2)))
    def n_sg_internal(R):
        sg = "sg-0" + hexs(R, 16)
        req = {"groupId": sg, "ipPermissions": {"items": [{"ipProtocol": "tcp", "fromPort": 5432, "toPort": 5432, "groups": {}, "ipRanges": {"items": [{"cidrIp": "10.40.%d.0/24" % pick(R, [10, 11, 12]), "description": "orders app subnet"}]}, "ipv6Ranges": {}, "prefixListIds": {}}]}}
        return ct(R, role_ident(R, "kb-terraform-apply", "terraform-%s" % digits(R, 10)), "ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", req, {"requestId": uuid(R), "_return": True}, ip="10.44.%d.%d" % (R.randint(8, 15), R.randint(4, 254)))
    def n_kms_ok(R):
        s = "AWSCodeBuild-" + uuid(R)
        return ct(R, role_ident(R, pick(R, ["kb-orders-task", "kb-tracking-task", "kb-notifier-task"]), s), "kms.amazonaws.com", "Decrypt",
                  {"encryptionAlgorithm": "SYMMETRIC_DEFAULT", "encryptionContext": {"PARAMETER_ARN": "arn:aws:ssm:%s:%s:parameter/prod/%s" % (REGION, ACCT, pick(R, ["orders/db-url", "tracking/jwt-signing-key"]))}}, None,
                  ip="ssm.amazonaws.com", ua="ssm.amazonaws.com", ro=True)
    def n_startlog(R):
        return ct(R, role_ident(R, "kb-security-automation", "remediate-%s" % lower(R, 8)), "cloudtrail.amazonaws.com", "StartLogging", {"name": "arn:aws:cloudtrail:%s:%s:trail/kestrelbay-org-trail" % (REGION, ACCT)}, None, ua="AWS Internal")
    def n_write(R):
        name, src, req = pick(R, [("PutMetricAlarm", "monitoring.amazonaws.com", {"alarmName": "orders-api-5xx-%s" % lower(R, 4), "threshold": 5.0}),
                                  ("UpdateService", "ecs.amazonaws.com", {"cluster": "prod", "service": pick(R, ["orders-api", "tracking-api"]), "forceNewDeployment": True}),
                                  ("CreateLogStream", "logs.amazonaws.com", {"logGroupName": "/ecs/orders-api", "logStreamName": "ecs/orders-api/%s" % hexs(R, 32)}),
                                  ("PutParameter", "ssm.amazonaws.com", {"name": "/prod/orders/feature-flags", "type": "String", "overwrite": True, "tier": "Standard", "value": "HIDDEN_DUE_TO_SECURITY_REASONS" if R.random() < 0.3 else "{\"newCheckout\":%s}" % pick(R, ["true", "false"])})])
        return ct(R, role_ident(R, pick(R, ["kb-terraform-apply", "kb-deploy-codebuild"]), lower(R, 12)), src, name, req, None)
    return [n_read, n_read, n_assume, n_login, n_dryrun, n_nopolicy, n_denied_ro, n_notfound, n_sg_internal, n_kms_ok, n_startlog, n_write]


def fam_ct(R):
    return build(R, F2, [("deploy-role-kms-decrypt-denied-ssm-params", f2_kms), ("root-user-activity-prod", f2_root),
                         ("terraform-apply-scp-explicit-deny-iam-roles", f2_scp), ("org-trail-logging-stopped", f2_trail),
                         ("reporting-sg-ssh-open-to-world", f2_sg)], f2_negs())


FAMILIES = {F1: fam_nfw, F2: fam_ct}
