"""Families: vpc-flow-logs-default-custom, route53-resolver-query-dnsfw."""
from common import (hexs, lower, digits, uuid, ip10, pubip, eni, inst, pick, build, iso, day, hms, epoch, ACCT, REGION, jd)

# ---------------------------------------------------------------- vpc-flow-logs-default-custom
# "kestrelbay logistics", VPC 10.40.0.0/16 in ap-southeast-2. Two flow logs deliver to CloudWatch Logs (one stream
# per ENI): the default format (version 2, 14 fields) for the prod VPC, and a custom version-5 format for the data
# subnets: version vpc-id subnet-id instance-id interface-id account-id type srcaddr dstaddr srcport dstport
# pkt-srcaddr pkt-dstaddr protocol bytes packets start end action tcp-flags log-status flow-direction traffic-path.
F1 = "vpc-flow-logs-default-custom"
VPC = "vpc-0b7d21e94c3a5f810"
AURORA = [("10.40.32.41", "eni-07a1c5e9d2b44f3a1", "subnet-0c41d2a7e9b35f106"), ("10.40.33.17", "eni-0e93b2f4a7c15d088", "subnet-0a8e61f3c2d94b217")]
EFS = [("10.40.40.11", "eni-02f7e4c9a1b36d5e0"), ("10.40.40.75", "eni-0d3a9c1e5f7b28461"), ("10.40.40.139", "eni-05c8e2a7d4f19b36c")]
REDIS = [("10.40.34.22", "eni-0a4f6d2c8e1b97350"), ("10.40.34.88", "eni-01e5b9c3f7a26d4d8")]
NAT = ("10.40.1.87", "eni-09d2c7f1a4e53b8b2")
ALB = ["10.40.0.%d" % n for n in (36, 142, 201)] + ["10.40.1.%d" % n for n in (19, 150)] + ["10.40.2.%d" % n for n in (77, 210)]


def tw(R):
    s = epoch(R)
    return s, s + R.randint(20, 60)


def v2(R, e, src, dst, sp_, dp, proto, action, pk=None):
    s, t = tw(R)
    pk = pk or R.randint(1, 6)
    return "2 %s %s %s %s %d %d %d %d %d %d %d %s OK" % (ACCT, e, src, dst, sp_, dp, proto, pk, pk * pick(R, [40, 52, 60, 64]), s, t, action)


def v5(R, subnet, iid, e, src, dst, sp_, dp, proto, action, direction, flags=2, pk=None):
    s, t = tw(R)
    pk = pk or R.randint(1, 6)
    return "5 %s %s %s %s %s IPv4 %s %s %d %d %s %s %d %d %d %d %d %s %d OK %s -" % (VPC, subnet, iid, e, ACCT, src, dst, sp_, dp, src, dst, proto, pk * pick(R, [40, 52, 60]), pk, s, t, action, flags, direction)


def eph(R):
    return R.randint(32768, 60999)


def f1_aurora(R):
    # the orders service moved to the new app subnet 10.40.12.0/24, which is not in the Aurora security group
    ip, e, sn = pick(R, AURORA)
    src = ip10(R, 40, 12)
    if R.random() < 0.5:
        return v2(R, e, src, ip, eph(R), 5432, 6, "REJECT")
    return v5(R, sn, "-", e, src, ip, eph(R), 5432, 6, "REJECT", "ingress")


def f1_efs(R):
    # the new EKS node group (10.40.72.0/21) is missing from the EFS mount-target security group
    ip, e = pick(R, EFS)
    return v2(R, e, "10.40.%d.%d" % (R.randint(72, 79), R.randint(4, 254)), ip, R.randint(700, 1023) if R.random() < 0.3 else eph(R), 2049, 6, "REJECT")


def f1_alb(R):
    # target SG of the tracking-api service dropped the ALB SG: every health check to :8080 is rejected on the target ENIs
    return v2(R, "eni-0" + pick(R, ["4c1e8a2f7d39b6e51", "b82d5f1c9e4a07361", "6e3a9d7c1f52b8a04"]), pick(R, ALB), "10.40.%d.%d" % (R.randint(10, 11), R.randint(4, 254)), eph(R), 8080, 6, "REJECT", R.randint(1, 3))


def f1_redis(R):
    # data-subnet NACL rule 140 allows 10.40.16.0/22 but the queue workers now run in 10.40.20.0/22
    ip, e = pick(R, REDIS)
    return v5(R, "subnet-0f2c7b9e1a4d63a58", "-", e, "10.40.%d.%d" % (R.randint(20, 23), R.randint(4, 254)), ip, eph(R), 6379, 6, "REJECT", "ingress")


def f1_nat(R):
    # public subnet NACL lost its inbound ephemeral-port rule: return traffic of every outbound HTTPS connection is dropped at the NAT gateway ENI
    return v2(R, NAT[1], pubip(R), NAT[0], 443, R.randint(1024, 65535), 6, "REJECT", R.randint(1, 4))


def f1_negs():
    def n_app_ok(R):
        ip, e, sn = pick(R, AURORA)
        src = "10.40.%d.%d" % (R.randint(10, 11), R.randint(4, 254))
        if R.random() < 0.5:
            return v2(R, e, src, ip, eph(R), 5432, 6, "ACCEPT", R.randint(5, 900))
        return v5(R, sn, "-", e, src, ip, eph(R), 5432, 6, "ACCEPT", "ingress", pick(R, [2, 3, 18, 19]), R.randint(5, 900))
    def n_app_out(R):
        return v2(R, eni(R), "10.40.%d.%d" % (R.randint(10, 12), R.randint(4, 254)), pick(R, ["10.40.32.41", "10.40.33.17", "10.40.0.2", "10.40.34.22"]) if R.random() < 0.4 else pubip(R), eph(R), pick(R, [443, 443, 53, 5432, 6379]), pick(R, [6, 6, 17]), "ACCEPT", R.randint(2, 400))
    def n_scan(R):
        # internet noise against public ENIs: rejected by design
        return v2(R, pick(R, ["eni-0" + hexs(R, 16), NAT[1]]), pubip(R), pick(R, ALB + [NAT[0]]), R.randint(1024, 65535), pick(R, [22, 23, 445, 3389, 5900, 1433, 8443, 6379, 2375, 9200, 81, 8088]), 6, "REJECT", 1)
    def n_icmp(R):
        return v2(R, "eni-0" + hexs(R, 16), pubip(R), pick(R, ALB), 0, 0, 1, pick(R, ["REJECT", "ACCEPT"]), R.randint(1, 2))
    def n_inspector(R):
        # the internal vulnerability scanner sweeps ports weekly; rejects are expected
        return v5(R, "subnet-0" + pick(R, ["c41d2a7e9b35f106", "a8e61f3c2d94b217", "f2c7b9e1a4d63a58"]), "-", eni(R), "10.40.250.9", ip10(R, 40, R.randint(30, 34)), eph(R), pick(R, [21, 23, 25, 111, 135, 139, 161, 389, 1521, 3306, 27017, 11211]), 6, "REJECT", "ingress")
    def n_nodata(R):
        s, t = tw(R)
        return "2 %s %s - - - - - - - %d %d - %s" % (ACCT, eni(R), s, t, pick(R, ["NODATA", "NODATA", "NODATA", "SKIPDATA"]))
    def n_dns(R):
        return v2(R, eni(R), "10.40.%d.%d" % (R.randint(10, 79), R.randint(4, 254)), "10.40.0.2", eph(R), 53, 17, "ACCEPT", R.randint(1, 4))
    def n_alb_ok(R):
        return v2(R, eni(R), pick(R, ALB), "10.40.%d.%d" % (R.randint(14, 15), R.randint(4, 254)), eph(R), 3000, 6, "ACCEPT", R.randint(4, 80))
    def n_efs_ok(R):
        ip, e = pick(R, EFS)
        return v2(R, e, "10.40.%d.%d" % (R.randint(64, 71), R.randint(4, 254)), ip, eph(R), 2049, 6, "ACCEPT", R.randint(10, 3000))
    def n_redis_ok(R):
        ip, e = pick(R, REDIS)
        return v5(R, "subnet-0f2c7b9e1a4d63a58", "-", e, "10.40.%d.%d" % (R.randint(16, 19), R.randint(4, 254)), ip, eph(R), 6379, 6, "ACCEPT", "ingress", pick(R, [3, 19, 18]), R.randint(4, 600))
    def n_nat_ok(R):
        return v2(R, NAT[1], pubip(R), NAT[0], 443, R.randint(1024, 65535), 6, "ACCEPT", R.randint(3, 900))
    def n_egress_v5(R):
        src = "10.40.%d.%d" % (R.randint(32, 34), R.randint(4, 254))
        return v5(R, "subnet-0c41d2a7e9b35f106", inst(R) if R.random() < 0.3 else "-", eni(R), src, pick(R, ["10.40.10.%d" % R.randint(4, 254), "10.40.11.%d" % R.randint(4, 254)]), pick(R, [5432, 6379]), eph(R), 6, "ACCEPT", "egress", pick(R, [3, 19, 18]), R.randint(4, 600))
    def n_reject_closed(R):
        # a client retrying to a just-closed connection: a handful of RST-ish rejects are normal
        ip, e, sn = pick(R, AURORA)
        return v5(R, sn, "-", e, "10.40.%d.%d" % (R.randint(10, 11), R.randint(4, 254)), ip, eph(R), 5432, 6, "REJECT", "ingress", 4, 1)
    return [n_app_ok, n_app_out, n_scan, n_icmp, n_inspector, n_nodata, n_dns, n_alb_ok, n_efs_ok, n_redis_ok, n_nat_ok, n_egress_v5, n_reject_closed]


def fam_vpc(R):
    return build(R, F1, [("orders-new-subnet-to-aurora-5432-reject", f1_aurora), ("eks-nodegroup-v2-to-efs-2049-reject", f1_efs),
                         ("alb-healthchecks-tracking-api-8080-reject", f1_alb), ("workers-subnet-to-redis-6379-nacl-reject", f1_redis),
                         ("public-nacl-drops-nat-return-traffic", f1_nat)], f1_negs())


# ---------------------------------------------------------------- route53-resolver-query-dnsfw
# the same company: Resolver query logging for the prod, ci and analytics VPCs to one CloudWatch log group, with
# Route 53 Resolver DNS Firewall rule groups (managed malware list, a custom deny list, an alert-only list).
F2 = "route53-resolver-query-dnsfw"
VPCS = {"prod": VPC, "ci": "vpc-04e8a1c7f2d93b605", "analytics": "vpc-0d61f9b3a2e7c4081"}
FRG = "rslvr-frg-3c9e1a7b5d2f4e608"
FDL_MAL = "rslvr-fdl-7a2e5c91d4b3f6018"
FDL_DENY = "rslvr-fdl-1f4b8d2a6c9e3570b"
FDL_ALERT = "rslvr-fdl-9d3c6a1e7b2f48d05"
BAD_HOST = "i-0e72c4a9b1d85f3a6"


def q(R, name, qtype, rcode, answers, vpc="prod", src=None, fw=None, inst_id=None):
    d = {"version": "1.100000", "account_id": ACCT, "region": REGION, "vpc_id": VPCS[vpc], "query_timestamp": iso(R, 0),
         "query_name": name, "query_type": qtype, "query_class": "IN", "rcode": rcode, "answers": answers,
         "srcaddr": src or ip10(R, 40, R.randint(10, 79)), "srcport": str(R.randint(1024, 65535)), "transport": pick(R, ["UDP", "UDP", "UDP", "TCP"]),
         "srcids": {"instance": inst_id or inst(R)}}
    if fw:
        d["firewall_rule_action"] = fw[0]
        d["firewall_rule_group_id"] = FRG
        d["firewall_domain_list_id"] = fw[1]
    return jd(d)


def a(R, ip, t="A"):
    return [{"Rdata": ip, "Type": t, "Class": "IN"}]


def f2_corp(R):
    # the forwarding rule for corp.kestrelbay.internal points at on-prem DNS over a VPN that has been down since the DC move
    n = pick(R, ["ldap", "adfs", "fileshare01", "sccm", "printsrv02", "erp-db", "kerberos", "pki"])
    return q(R, "%s.corp.kestrelbay.internal." % n, pick(R, ["A", "A", "AAAA", "SRV"]) if n != "kerberos" else "SRV", "SERVFAIL", [])


def f2_olddb(R):
    # the orders DB was renamed to orders-db-v3; the batch hosts still resolve the v2 cluster endpoint
    return q(R, "orders-db-v2.cluster-%sc7x2kq9m4p1z.%s.rds.amazonaws.com." % (pick(R, ["", "ro-"]), REGION), pick(R, ["A", "AAAA"]), "NXDOMAIN", [], src="10.40.%d.%d" % (R.randint(10, 12), R.randint(4, 254)))


def f2_pypi(R):
    # the custom deny list got "*.pythonhosted.org" added by mistake; every CI build's pip install is blocked
    return q(R, pick(R, ["files.pythonhosted.org.", "files.pythonhosted.org.", "pypi-mirror.files.pythonhosted.org."]), pick(R, ["A", "AAAA"]), "NXDOMAIN", [], vpc="ci", src="10.44.%d.%d" % (R.randint(8, 15), R.randint(4, 254)), fw=("BLOCK", FDL_DENY))


def f2_malware(R):
    # one reporting host keeps resolving domains on the AWS managed malware list: compromised instance
    return q(R, pick(R, ["cdn-upd.invent-telemetrix.top.", "a%s.invent-cloudsync.xyz." % lower(R, 6), "pool.invent-minehub.ru.", "api.invent-updatesvc.cc."]), "A", "NXDOMAIN", [], src="10.40.11.203", fw=("BLOCK", FDL_MAL), inst_id=BAD_HOST)


def f2_phz(R):
    # the new analytics VPC was never associated with the private hosted zone svc.kestrelbay.internal
    return q(R, "%s.svc.kestrelbay.internal." % pick(R, ["orders-api", "tracking-api", "metrics", "kafka-0", "kafka-1", "kafka-2", "schema-registry", "warehouse"]), pick(R, ["A", "AAAA"]), "NXDOMAIN", [], vpc="analytics", src="10.48.%d.%d" % (R.randint(0, 31), R.randint(4, 254)))


def f2_negs():
    def n_aws(R):
        h = pick(R, ["sts", "sqs", "dynamodb", "logs", "s3", "kms", "ssm", "ecr.api", "monitoring", "secretsmanager"])
        return q(R, "%s.%s.amazonaws.com." % (h, REGION), "A", "NOERROR", a(R, "10.40.%d.%d" % (R.randint(0, 2), R.randint(4, 254))) if h != "s3" else a(R, pubip(R)))
    def n_int(R):
        return q(R, "%s.svc.kestrelbay.internal." % pick(R, ["orders-api", "tracking-api", "metrics", "kafka-0", "schema-registry"]), "A", "NOERROR", a(R, ip10(R, 40, R.randint(10, 15))), vpc=pick(R, ["prod", "ci"]))
    def n_newdb(R):
        return q(R, "orders-db-v3.cluster-%sc7x2kq9m4p1z.%s.rds.amazonaws.com." % (pick(R, ["", "ro-"]), REGION), "A", "NOERROR", a(R, pick(R, ["10.40.32.41", "10.40.33.17"])))
    def n_search(R):
        # ndots/search-list expansions that are expected to fail before the absolute name is tried
        return q(R, "%s.%s.compute.internal." % (pick(R, ["sts.%s.amazonaws.com" % REGION, "api.github.com", "orders-api.svc.kestrelbay.internal", "kafka-0", "sqs.%s.amazonaws.com" % REGION]), REGION), pick(R, ["A", "AAAA"]), "NXDOMAIN", [], vpc=pick(R, ["prod", "ci"]))
    def n_wpad(R):
        return q(R, pick(R, ["wpad.%s.compute.internal." % REGION, "isatap.%s.compute.internal." % REGION, "_ldap._tcp.dc._msdcs.%s.compute.internal." % REGION]), pick(R, ["A", "SRV"]), "NXDOMAIN", [])
    def n_ptr(R):
        p = pubip(R).split(".")
        return q(R, "%s.%s.%s.%s.in-addr.arpa." % (p[3], p[2], p[1], p[0]), "PTR", pick(R, ["NXDOMAIN", "NOERROR", "NXDOMAIN"]), [])
    def n_aaaa(R):
        return q(R, pick(R, ["api.stripe.com.", "hooks.slack.com.", "api.github.com.", "registry.npmjs.org.", "index.docker.io."]), "AAAA", "NOERROR", [], vpc=pick(R, ["prod", "ci"]))
    def n_pub(R):
        return q(R, pick(R, ["api.github.com.", "registry.npmjs.org.", "pypi.org.", "hooks.slack.com.", "api.pagerduty.com.", "objects.githubusercontent.com."]), "A", "NOERROR", a(R, pubip(R)), vpc=pick(R, ["prod", "ci", "ci"]))
    def n_telemetry(R):
        # vendor telemetry deliberately blocked by the custom deny list (by design)
        return q(R, pick(R, ["telemetry.invent-ide.io.", "metrics.invent-sdkvendor.com.", "beacon.invent-analytics.net."]), "A", "NXDOMAIN", [], vpc=pick(R, ["prod", "ci"]), fw=("BLOCK", FDL_DENY))
    def n_alert(R):
        # alert-only list of SaaS domains under review: logged, not blocked
        return q(R, pick(R, ["api.notion.com.", "uploads.invent-pastebin.io.", "www.invent-filedrop.com.", "api.openai.com."]), "A", "NOERROR", a(R, pubip(R)), fw=("ALERT", FDL_ALERT))
    def n_lame(R):
        # a partner's broken delegation; not ours, resolved again after their fix
        return q(R, "status.oldpartner-invent.net.", "A", "SERVFAIL", [], src="10.40.%d.%d" % (R.randint(10, 11), R.randint(4, 254)))
    def n_cname(R):
        return q(R, "orders-db-v3.cluster-c7x2kq9m4p1z.%s.rds.amazonaws.com." % REGION, "A", "NOERROR", [{"Rdata": "orders-db-v3-instance-%d.c7x2kq9m4p1z.%s.rds.amazonaws.com." % (R.randint(1, 3), REGION), "Type": "CNAME", "Class": "IN"}, {"Rdata": "10.40.32.41", "Type": "A", "Class": "IN"}])
    return [n_aws, n_int, n_newdb, n_search, n_wpad, n_ptr, n_aaaa, n_pub, n_telemetry, n_alert, n_lame, n_cname]


def fam_r53(R):
    return build(R, F2, [("corp-forwarding-rule-onprem-servfail", f2_corp), ("orders-db-v2-endpoint-nxdomain", f2_olddb),
                         ("dnsfw-custom-denylist-blocks-pythonhosted", f2_pypi), ("dnsfw-malware-list-hits-reporting-host", f2_malware),
                         ("analytics-vpc-phz-not-associated", f2_phz)], f2_negs())


FAMILIES = {F1: fam_vpc, F2: fam_r53}
