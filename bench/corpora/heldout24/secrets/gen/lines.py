# Lines of the heldout24 secrets corpus; executed by generate.py (P = planted, C = clean).
# Every value is a seeded random draw and carries an INVENT/EXAMPLE (or Invent/Example) marker in every part.
# Contexts follow this round's theme: network, security and infrastructure appliances whose syslog and
# automation output reach CloudWatch Logs (config lines echoed by command accounting, config-backup diffs,
# Ansible/Netmiko/Terraform output, AWS VPN and Direct Connect API output, BMC and storage tooling).
ACCT = "111122223333"
DAY = lambda: R.randint(1, 9)
HMS = lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
BSD = lambda: "Nov %2d %s" % (DAY(), HMS())
IOSH = ["rtr-dx-01.dub1", "rtr-wan-02.lhr2", "sw-acc-04.lhr2", "rtr-inet-01.dub1", "nx-leaf-03.dub1"]
JH = ["mx-edge-01.pbu", "srx-dc-a.pbu", "srx-depot-11.pbu"]
FH = ["ovp-shop-131", "ovp-hq-fw-a", "ovp-shop-207"]


def KEYID():
    return "AKXC" + U(16)  # deliberately not an AWS access key id prefix


def T7():
    """Cisco type-7 shaped value (two decimal digits, then hex) with a marker written over the hex."""
    return "%02d%s" % (R.randint(0, 15), MARK(H(R.choice([18, 22, 26]))))


def J9():
    """Junos $9$ shaped (reversibly encoded) value with a marker."""
    return "$9$" + MARK(rs(string.ascii_letters + string.digits + "./-", R.choice([20, 26, 32])))


def FENC():
    return "ENC " + MARK(B64(R.choice([60, 72])))


def HASH9():
    return "$9$%s$%s" % (rs(string.ascii_letters + string.digits + "./", 14), rs(string.ascii_letters + string.digits + "./", 43))


def HASH8():
    return "$8$%s$%s" % (rs(string.ascii_letters + string.digits + "./", 14), rs(string.ascii_letters + string.digits + "./", 43))


def HASH5():
    return "$1$%s$%s" % (rs(string.ascii_letters + string.digits + "./", 4), rs(string.ascii_letters + string.digits + "./", 22))


def SHA512():
    return "$6$%s$%s" % (rs(string.ascii_letters + string.digits + "./", 16), rs(string.ascii_letters + string.digits + "./", 86))


def BCRYPT():
    return "$2y$10$%s" % rs(string.ascii_letters + string.digits + "./", 53)


def COMM():
    return R.choice(["INVENT", "EXAMPLE", "Invent", "Example"]) + "-" + A(R.randint(8, 14))


def TOKID():
    return "ASXC" + U(16)


# ---------------------------------------------------------------- generic contexts: config line (with {S}) -> message
def w_parser(line, os_):
    return "%s %s.hmf.internal %d: Nov %2d %s.%03d UTC: %%PARSER-5-CFGLOG_LOGGEDCMD: User:%s  logged command:%s" % (BSD(), R.choice(IOSH), R.randint(10000, 999999), DAY(), HMS(), R.randint(0, 999), R.choice(["netops", "a.kowal"]), line)


def w_tacacs(line, os_):
    return "%s tacplus-01.hmf.internal tac_plus[%d]: %s\t%s\tnetops\ttty2\t%s\tstop\ttask_id=%d\ttimezone=UTC\tservice=shell\tpriv-lvl=15\tcmd=%s <cr>" % (BSD(), R.randint(1000, 60000), IP(), R.choice(IOSH), IP(), R.randint(100, 9999), line)


def w_netmiko(line, os_):
    return "%s,%03d - netmiko - DEBUG - write_channel: b'%s\\n'" % ("2028-11-%02d %s" % (DAY(), HMS()), R.randint(0, 999), line)


def w_ansible(line, os_):
    mod = {"ios": "cisco.ios.ios_config", "junos": "junipernetworks.junos.junos_config", "forti": "fortinet.fortios.fortios_configuration_fact", "linux": "ansible.builtin.lineinfile"}[os_]
    return "changed: [%s] => {\"changed\": true, \"commands\": [\"%s\"], \"invocation\": {\"module_name\": \"%s\"}}" % (R.choice({"ios": IOSH, "junos": JH, "forti": FH, "linux": ["fw-york", "fw-leeds", "lbx-01.cdi.internal"]}[os_]), line.replace('"', '\\"').replace("\n", "\\n"), mod)


def w_oxidized(line, os_):
    return "%s netbackup-01 oxidized[%d]: I, [2028-11-%02dT%s.%06d #%d]  INFO -- : Configuration updated for %s/%s\n@@ -%d,6 +%d,7 @@\n+%s" % (BSD(), R.randint(1000, 60000), DAY(), HMS(), R.randint(0, 999999), R.randint(1000, 60000), R.choice(["ios", "junos", "fortios", "nxos"]), R.choice(IOSH + JH + FH), R.randint(40, 400), R.randint(40, 400), line)


def w_junoscli(line, os_):
    return "%s %s mgd[%d]: UI_CMDLINE_READ_LINE: User 'netops', command '%s'" % (BSD(), R.choice(JH), R.randint(1000, 60000), line)


def w_fortilog(line, os_):
    return "date=2028-11-%02d time=%s devname=\"%s\" devid=\"FGT60FTK22%06d\" logid=\"0100044546\" type=\"event\" subtype=\"system\" level=\"information\" vd=\"root\" logdesc=\"Attribute configured\" user=\"netops\" ui=\"ssh(%s)\" action=\"Edit\" cfgpath=\"%s\" msg=\"Edit %s\"" % (DAY(), HMS(), R.choice(FH), R.randint(0, 999999), IP(), "cli", line)


GEN = {"ios": [w_parser, w_tacacs, w_netmiko, w_ansible, w_oxidized], "junos": [w_junoscli, w_oxidized, w_ansible, w_netmiko], "forti": [w_fortilog, w_oxidized, w_netmiko], "linux": [w_ansible, w_oxidized]}
_gi = {}


def gen_ctx(os_):
    lst = GEN[os_]
    i = _gi.get(os_, 0)
    _gi[os_] = i + 1
    return lst[i % len(lst)]


def one(f):
    return lambda: (lambda v: (v, [v]))(f())


def plant(kind, gen, specific, lines, ngen):
    """specific: full templates (callables returning a message with {S}); lines: (os, callable -> config line)
    wrapped by this round's generic contexts, ngen lines of them round-robin over the config lines."""
    for t in specific:
        s, parts = gen()
        P(kind, t(), s, parts)
    for i in range(ngen):
        os_, cl = lines[i % len(lines)]
        s, parts = gen()
        P(kind, gen_ctx(os_)(cl(), os_), s, parts)


# ---------------------------------------------------------------- planted kinds
plant("cisco-plaintext-password", one(PW), [
    lambda: "rtr-wan-02.lhr2#show running-config | include username\nusername netops privilege 15 secret 9 %s\nusername breakglass privilege 15 password 0 {S}" % HASH9(),
], [("ios", lambda: "username %s privilege 15 password 0 {S}" % R.choice(["breakglass", "svc-backup", "oxidized"])),
    ("ios", lambda: "enable password 0 {S}")], 4)

plant("cisco-type7-password", one(T7), [
    lambda: "%s %s.hmf.internal %d: %%SYS-5-CONFIG_I: Configured from console by netops on vty0 (%s)\n  line vty 0 4\n   password 7 {S}\n   transport input ssh" % (BSD(), R.choice(IOSH), R.randint(10000, 999999), IP()),
], [("ios", lambda: "username %s privilege 15 password 7 {S}" % R.choice(["svc-backup", "breakglass", "rancid"])),
    ("ios", lambda: "key-string 7 {S}")], 4)

plant("junos-9-encoded-secret", one(J9), [
    lambda: "root@%s> show configuration system radius-server | display set\nset system radius-server %s secret \"{S}\"\nset system radius-server %s source-address 10.30.0.%d" % (R.choice(JH).split(".")[0], IP(), IP(), R.randint(2, 9)),
], [("junos", lambda: "set protocols bgp group transit neighbor 198.51.100.%d authentication-key \"{S}\"" % R.randint(2, 60)),
    ("junos", lambda: "set security ike policy ike-pol-orion pre-shared-key ascii-text \"{S}\"")], 4)

plant("snmp-community", one(COMM), [
    lambda: "%s mx-edge-01.pbu snmpd[%d]: SNMPD_AUTH_FAILURE: nsa_log_community: unauthorized SNMP community from %s to unknown community name ({S})" % (BSD(), R.randint(1000, 9000), IP()),
    lambda: "[2028-11-%02d %s] collector-01 telegraf[%d]: [inputs.snmp] Error in plugin: agent 10.20.%d.%d: performing get on field sysUpTime: request timeout (community \"{S}\", version 2c)" % (DAY(), HMS(), R.randint(1000, 9000), R.randint(0, 9), R.randint(2, 254)),
], [("ios", lambda: "snmp-server community {S} RO SNMP-POLLERS"),
    ("junos", lambda: "set snmp community {S} authorization read-only"),
    ("forti", lambda: "set name \"{S}\"")], 4)

plant("snmpv3-auth-key", one(PW), [
    lambda: "$ snmpwalk -v3 -l authPriv -u svc-librenms -a SHA-256 -A '{S}' -x AES -X '%s' 10.20.%d.%d ifOperStatus" % ("(priv key in vault)", R.randint(0, 9), R.randint(2, 254)),
], [("ios", lambda: "snmp-server user svc-librenms V3-RO v3 auth sha {S} priv aes 128 %s" % "(see vault)")], 4)

plant("tacacs-radius-key", one(PW), [
    lambda: "%s tacplus-01.hmf.internal tac_plus[%d]: Error %s: Invalid AUTHEN/START packet (check keys); configured key '{S}'" % (BSD(), R.randint(1000, 60000), IP()),
], [("ios", lambda: "key 0 {S}"),
    ("ios", lambda: "radius-server host 10.20.5.%d auth-port 1812 acct-port 1813 key {S}" % R.randint(10, 20)),
    ("forti", lambda: "set secret \"{S}\"")], 4)

plant("ipsec-psk", one(PW), [
    lambda: "# /usr/local/etc/ipsec.secrets (fw-%s, generated by pfSense)\n198.51.100.%d 203.0.113.%d : PSK \"{S}\"" % (R.choice(["leeds", "hull", "ripon"]), R.randint(120, 160), R.randint(20, 60)),
    lambda: "$ aws ec2 describe-vpn-connections --vpn-connection-ids vpn-0a41c7d2e9b3f6018 --query 'VpnConnections[0].Options.TunnelOptions'\n[\n    {\n        \"OutsideIpAddress\": \"203.0.113.21\",\n        \"TunnelInsideCidr\": \"169.254.%d.%d/30\",\n        \"PreSharedKey\": \"{S}\"\n    }\n]" % (R.randint(10, 250), R.choice([0, 4, 8, 12])),
    lambda: "  # module.vpn_leeds.aws_vpn_connection.this will be updated in-place\n  ~ resource \"aws_vpn_connection\" \"this\" {\n      ~ tunnel1_preshared_key = (sensitive value)\n      + tunnel2_preshared_key = \"{S}\"\n    }",
    lambda: "<ike>\n  <authentication_protocol>sha1</authentication_protocol>\n  <encryption_protocol>aes-128-cbc</encryption_protocol>\n  <lifetime>28800</lifetime>\n  <perfect_forward_secrecy>group2</perfect_forward_secrecy>\n  <mode>main</mode>\n  <pre_shared_key>{S}</pre_shared_key>\n</ike>",
], [("ios", lambda: "crypto isakmp key {S} address 203.0.113.%d" % R.randint(20, 60)),
    ("ios", lambda: "pre-shared-key local {S}"),
    ("forti", lambda: "set psksecret {S}"),
    ("linux", lambda: "    secret = {S}")], 4)

plant("bgp-md5-password", one(PW), [
    lambda: "$ aws directconnect describe-virtual-interfaces --virtual-interface-id dxvif-ffg%s\n{\n    \"virtualInterfaces\": [\n        {\n            \"virtualInterfaceType\": \"transit\",\n            \"vlan\": 412,\n            \"asn\": 65010,\n            \"amazonSideAsn\": 64512,\n            \"authKey\": \"{S}\",\n            \"amazonAddress\": \"169.254.41.1/30\",\n            \"customerAddress\": \"169.254.41.2/30\"\n        }\n    ]\n}" % L(5),
    lambda: "  + resource \"aws_dx_transit_virtual_interface\" \"dub1\" {\n      + address_family   = \"ipv4\"\n      + bgp_asn          = 65010\n      + bgp_auth_key     = \"{S}\"\n      + vlan             = 413\n    }",
], [("ios", lambda: "neighbor 169.254.%d.1 password 0 {S}" % R.randint(41, 44)),
    ("ios", lambda: "neighbor 198.51.100.9 password {S}")], 3)

plant("ospf-ntp-auth-key", one(PW), [], [
    ("ios", lambda: "ip ospf message-digest-key 1 md5 {S}"),
    ("ios", lambda: "ntp authentication-key %d md5 {S}" % R.randint(1, 9)),
    ("junos", lambda: "set system ntp authentication-key %d type sha256 value \"{S}\"" % R.randint(1, 9))], 4)

plant("fortios-enc-password", one(FENC), [
    lambda: "config vpn ipsec phase1-interface\n    edit \"hq-hub\"\n        set interface \"wan1\"\n        set psksecret {S}\n    next\nend",
], [("forti", lambda: "set passwd {S}"),
    ("forti", lambda: "set psksecret {S}")], 3)

plant("panos-api-key", one(lambda: "LUFRPT" + BI(60)), [
    lambda: "%s nb-automation-01 python3[%d]: DEBUG urllib3.connectionpool: https://pa-fra1-a.tsb.internal:443 \"GET /api/?type=op&cmd=%%3Cshow%%3E%%3Csystem%%3E%%3Cinfo%%3E%%3C%%2Finfo%%3E%%3C%%2Fsystem%%3E%%3C%%2Fshow%%3E&key={S} HTTP/1.1\" 200 %d" % (BSD(), R.randint(1000, 60000), R.randint(900, 4000)),
    lambda: "$ curl -sk -H 'X-PAN-KEY: {S}' 'https://pa-brw-dock.tsb.internal/api/?type=commit&cmd=<commit></commit>'",
    lambda: "<response status = 'success'><result><key>{S}</key></result></response>",
    lambda: "TASK [paloaltonetworks.panos.panos_security_rule] ****\nfatal: [pa-brw-north]: FAILED! => {\"changed\": false, \"msg\": \"Failed to connect\", \"provider\": {\"ip_address\": \"10.41.0.1\", \"api_key\": \"{S}\"}}",
], [], 0)

plant("fortigate-api-token", one(lambda: AI(30)), [
    lambda: "%s fmg-sync python3[%d]: GET https://ovp-shop-%03d.oakvale.internal/api/v2/monitor/system/status?access_token={S} -> 200" % (BSD(), R.randint(1000, 60000), R.choice([104, 114, 131])),
    lambda: "$ curl -sk -H 'Authorization: Bearer {S}' https://ovp-hq-fw-a.oakvale.internal/api/v2/cmdb/firewall/address",
    lambda: "  + resource \"fortios_system_apiuser\" ... \n  provider \"fortios\" {\n    hostname = \"10.0.0.1\"\n    token    = \"{S}\"\n  }",
    lambda: "{\"http_method\":\"POST\",\"results\":{\"access_token\":\"{S}\"},\"vdom\":\"root\",\"path\":\"system\",\"name\":\"api-user\",\"action\":\"generate-key\",\"status\":\"success\",\"http_status\":200}",
], [], 0)

plant("f5-auth-token", one(lambda: UI(26)), [
    lambda: "$ curl -sk -H 'X-F5-Auth-Token: {S}' https://bigip-lb01.cdi.internal/mgmt/tm/ltm/pool/~Common~pool_claims_api/members",
    lambda: "{\"username\":\"svc-ansible\",\"loginReference\":{\"link\":\"https://localhost/mgmt/cm/system/authn/providers/tmos/1f44a60e-11a7-3c51-a49f-82983026b41b/login\"},\"token\":{\"token\":\"{S}\",\"name\":\"{S}\",\"timeout\":1200}}",
    lambda: "%s bigip-lb02.cdi.internal info restjavad[%d]: [I][%d][%s UTC][RestWorker] auth token {S} issued to svc-ansible, timeout 1200" % (BSD(), R.randint(1000, 9000), R.randint(1000, 9999), HMS()),
    lambda: "DEBUG f5.bigip: request headers {'Content-Type': 'application/json', 'X-F5-Auth-Token': '{S}'}",
], [], 0)

plant("dnac-jwt", lambda: (lambda j: (j, j.split(".")))(JWT()), [
    lambda: "$ curl -sk -H 'X-Auth-Token: {S}' https://dnac.hmf.internal/dna/intent/api/v1/network-device",
    lambda: "{\"Token\":\"{S}\"}",
    lambda: "DEBUG dnacentersdk: Request headers: {'X-Auth-Token': '{S}', 'Content-type': 'application/json'}",
    lambda: "%s automation-01 python3[%d]: token refreshed for dnac.hmf.internal: {S}" % (BSD(), R.randint(1000, 60000)),
], [], 0)

plant("url-credentials", one(PW), [
    lambda: "%s %s.hmf.internal %d: %%PARSER-5-CFGLOG_LOGGEDCMD: User:netops  logged command:copy running-config scp://svc-backup:{S}@10.20.7.%d/configs/%s.cfg" % (BSD(), R.choice(IOSH), R.randint(10000, 999999), R.randint(2, 20), R.choice(IOSH)),
    lambda: "%s %s.hmf.internal %d: %%PARSER-5-CFGLOG_LOGGEDCMD: User:netops  logged command:path ftp://svc-backup:{S}@10.20.7.%d/archive/$h-$t" % (BSD(), R.choice(IOSH), R.randint(10000, 999999), R.randint(2, 20)),
    lambda: "set system archival configuration archive-sites \"sftp://svc-backup:{S}@10.30.7.%d/junos/\"" % R.randint(2, 20),
    lambda: "%s ovp-hq-fw-a: execute backup config ftp backups/ovp-hq-fw-a.conf 10.0.7.%d svc-backup {S}" % (BSD(), R.randint(2, 20)),
    lambda: "$ curl -s -o /dev/null -w '%{http_code}' 'https://svc-backup:{S}@truenas-02.bwm.internal/api/v2.0/config/save'",
], [], 0)

plant("bmc-password", one(PW), [
    lambda: "%s c-gpu-0%d.qmg.internal sudo[%d]:   ops-kbrooks : TTY=pts/0 ; PWD=/home/ops-kbrooks ; USER=root ; COMMAND=/usr/bin/ipmitool -I lanplus -H 10.99.3.%d -U ADMIN -P {S} sel list" % (BSD(), R.randint(1, 6), R.randint(1000, 60000), R.randint(2, 60)),
    lambda: "$ racadm -r 10.99.14.%d -u root -p {S} getsel" % R.randint(2, 60),
    lambda: "$ curl -sk -u root:{S} https://idrac-r14-cmp-0%d.oob.qmg.internal/redfish/v1/Systems/System.Embedded.1" % R.randint(1, 8),
    lambda: "redfish_exporter[%d]: level=debug msg=\"scraping target\" target=ilo-r16-hpc-0%d.oob.qmg.internal user=Administrator password={S}" % (R.randint(1000, 60000), R.randint(1, 6)),
], [], 0)

plant("password", one(PW), [
    lambda: "# /etc/oxidized/router.db\n%s:ios:svc-backup:{S}" % R.choice(IOSH),
    lambda: "Pollers:\n  bwm-cl1:\n    datacenter: colo\n    addr: 10.70.0.10\n    auth_style: basic_auth\n    username: harvest\n    password: {S}",
    lambda: "ok: [rtr-wan-02.lhr2] => {\"ansible_facts\": {\"ansible_network_os\": \"cisco.ios.ios\", \"ansible_user\": \"svc-ansible\", \"ansible_password\": \"{S}\"}}",
    lambda: "set shared authentication-profile ldap-admins ... \n<entry name=\"ad-fra\"><bind-dn>CN=svc-pan-ldap,OU=Service,DC=tsb,DC=internal</bind-dn><bind-password>{S}</bind-password></entry>",
    lambda: "vrrp_instance VI_PORTAL {\n    state BACKUP\n    interface eth0\n    virtual_router_id 51\n    authentication {\n        auth_type PASS\n        auth_pass {S}\n    }\n}",
    lambda: "listen stats\n    bind 10.60.7.10:8404\n    stats enable\n    stats uri /haproxy?stats\n    stats auth admin:{S}",
    lambda: "%s bigip-lb01.cdi.internal notice mcpd[%d]: 01070417:5: AUDIT - client tmsh, user admin - transaction #%d-1 - object 0 - create { apm aaa active-directory /Common/ad_cdi { admin-name svc-apm-bind admin-encrypted-password \"{S}\" domain CDI.INTERNAL } } [Status=Command OK]" % (BSD(), R.randint(4000, 30000), R.randint(10**5, 10**6)),
], [], 0)

plant("aws-secret-key", one(lambda: BI(30)), [
    lambda: "[AmazonCloudWatchAgent]\naws_access_key_id = %s\naws_secret_access_key = {S}\nregion = eu-west-1" % KEYID(),
    lambda: "2028-11-%02dT%sZ D! [outputs.cloudwatchlogs] using static credentials from common-config.toml: access_key=%s secret_key={S}" % (DAY(), HMS(), KEYID()),
    lambda: "%s syslog-collector-01 vector[%d]: DEBUG sink{component_id=cwl}: aws credentials provider=static access_key_id=%s secret_access_key={S}" % (BSD(), R.randint(1000, 60000), KEYID()),
    lambda: "$ export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY={S}; aws logs tail /network/syslog --follow" % KEYID(),
], [], 0)

plant("private-key", lambda: (lambda k: (k, [k]))(PEM(R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"]))), [
    lambda: "config vpn certificate local\n    edit \"sslvpn-2028\"\n        set private-key \"{S}\"\n    next\nend",
    lambda: "%s bigip-lb01.cdi.internal debug mcpd[%d]: ssl-key import /Common/broker-portal-2028.key from /var/tmp/upload:\n{S}" % (BSD(), R.randint(4000, 30000)),
    lambda: "TASK [copy device key] changed: [fw-york] => {\"content\": \"{S}\", \"dest\": \"/usr/local/etc/ssl/fw-york.key\"}",
    lambda: "+-- /conf/config.xml <cert><descr>webgui-2028</descr><prv>\n{S}\n</prv></cert>",
], [], 0)

plant("openvpn-static-key", lambda: (lambda k: (k, [k]))("-----BEGIN OpenVPN Static key V1-----\n%s\n%s\n-----END OpenVPN Static key V1-----" % (MARK(H(32)), "\n".join(H(32) for _ in range(R.choice([3, 5, 7]))))), [
    lambda: "# /var/etc/openvpn/server1/tls-auth (fw-york)\n{S}",
    lambda: "TASK [openvpn : write ta.key] changed: [fw-leeds] => {\"diff\": {\"after\": \"{S}\"}}",
    lambda: "<tls>{S}</tls>",
    lambda: "openvpn_server1[%d]: DEBUG static key loaded from config:\n{S}" % R.randint(1000, 60000),
], [], 0)

# ---------------------------------------------------------------- clean look-alikes (no secret)
CLEAN = [
    lambda: "rtr-wan-01.lhr2#show running-config | include secret\nenable secret 9 %s\nusername netops privilege 15 secret 9 %s" % (HASH9(), HASH9()),
    lambda: "username svc-backup privilege 15 secret 8 %s" % HASH8(),
    lambda: "%s %s.hmf.internal %d: %%PARSER-5-CFGLOG_LOGGEDCMD: User:netops  logged command:enable secret 5 %s" % (BSD(), R.choice(IOSH), R.randint(10000, 999999), HASH5()),
    lambda: "set system login user netops authentication encrypted-password \"%s\"" % SHA512(),
    lambda: "set system root-authentication encrypted-password \"%s\"" % SHA512(),
    lambda: "<user><name>admin</name><bcrypt-hash>%s</bcrypt-hash><scope>system</scope></user>" % BCRYPT(),
    lambda: "<entry name=\"admin\"><phash>$5$%s$%s</phash><permissions><role-based><superuser>yes</superuser></role-based></permissions></entry>" % (rs(string.ascii_lowercase, 8), rs(string.ascii_letters + string.digits + "./", 43)),
    lambda: "set password ENC SH2%s" % rs(string.ascii_letters + string.digits + "+/", 60),
    lambda: " tacacs server TAC-0%d\n  address ipv4 10.20.5.%d\n  key 6 %s" % (R.randint(1, 2), R.randint(10, 20), rs(string.ascii_letters + string.digits + "_^[]`", 40)),
    lambda: "snmp-server community <removed> RO SNMP-POLLERS",
    lambda: "%s %s.hmf.internal %d: %%PARSER-5-CFGLOG_LOGGEDCMD: User:netops  logged command:snmp-server group V3-RO v3 priv read V3-VIEW access SNMP-POLLERS" % (BSD(), R.choice(IOSH), R.randint(10000, 999999)),
    lambda: "changed: [%s] => {\"censored\": \"the output has been hidden due to the fact that 'no_log: true' was specified for this result\", \"changed\": true}" % R.choice(IOSH + JH),
    lambda: " key 0 {{ vault_tacacs_key }}\n crypto isakmp key {{ vpn_psk_%s }} address 203.0.113.%d" % (R.choice(["leeds", "hull"]), R.randint(20, 60)),
    lambda: "      ~ tunnel1_preshared_key = (sensitive value)\n      ~ tunnel2_preshared_key = (sensitive value)",
    lambda: "  <pre_shared_key>********</pre_shared_key>",
    lambda: "$ aws ec2 describe-vpn-connections --query 'VpnConnections[].{Id:VpnConnectionId,State:State,Cgw:CustomerGatewayId}'\n[{\"Id\": \"vpn-0%s\", \"State\": \"available\", \"Cgw\": \"cgw-0%s\"}]" % (H(16), H(16)),
    lambda: "\"PreSharedKeyArn\": \"arn:aws:secretsmanager:eu-west-2:%s:secret:vpn/leeds/tunnel1-%s\"" % (ACCT, A(6)),
    lambda: "%s fw-leeds.fcs.internal charon[%d]: %02d[CFG] <con1000|%d> loaded IKE secret for 198.51.100.%d 203.0.113.21" % (BSD(), R.randint(300, 99999), R.randint(1, 16), R.randint(1, 400), R.randint(120, 160)),
    lambda: "%s rtr-dx-01.dub1.hmf.internal %d: %%TCP-6-BADAUTH: No MD5 digest from 169.254.41.1(179) to 169.254.41.2(%d) (RST) tableid - 0" % (BSD(), R.randint(10000, 999999), R.randint(20000, 60000)),
    lambda: "%s mx-edge-01.pbu rpd[%d]: bgp_read_message:2998: NOTIFICATION received from 198.51.100.9 (External AS 64500): code 6 (Cease) subcode 7 (Connection Collision Resolution), authentication-key mismatch suspected" % (BSD(), R.randint(1000, 9000)),
    lambda: "%s pa-fra1-a 1,2028/11/0%d %s,007901045821,SYSTEM,auth,2561,,auth-success,,0,0,general,informational,\"API key generated for user 'svc-automation' From: 10.60.%d.%d.\",%d,0x0,0,0,0,0,,pa-fra1-a" % (BSD(), DAY(), HMS(), R.randint(0, 9), R.randint(2, 254), R.randint(10**6, 10**7)),
    lambda: "$ curl -sk -H 'X-PAN-KEY: $PAN_API_KEY' 'https://pa-fra1-a.tsb.internal/api/?type=op&cmd=<show><system><info/></system></show>'",
    lambda: "{\"http_method\":\"GET\",\"results\":[{\"name\":\"api-user\",\"accprofile\":\"api_ro\",\"api-key\":\"ENC XXXX\",\"trusthost\":[{\"ipv4-trusthost\":\"10.0.50.0 255.255.255.0\"}]}],\"status\":\"success\"}",
    lambda: "DEBUG f5.bigip: request headers {'Content-Type': 'application/json', 'X-F5-Auth-Token': '<redacted>'}",
    lambda: "{\"username\":\"svc-ansible\",\"token\":{\"name\":\"[hidden]\",\"timeout\":1200,\"expirationMicros\":%d}}" % (R.randint(1856649600, 1857427200) * 1000000),
    lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s netops@jump-01" % rs(string.ascii_letters + string.digits + "+/", 43),
    lambda: " ip ssh pubkey-chain\n  username netops\n   key-hash ssh-rsa %s netops@jump-01" % H(32).upper(),
    lambda: "-----BEGIN CERTIFICATE-----\n%s\n%s\n-----END CERTIFICATE-----" % (B64(48), B64(36)),
    lambda: "%s idrac-r14-cmp-0%d.oob.qmg.internal Severity: Warning, Category: Audit, MessageID: USR0031, Message: Unable to log in for root from 10.99.%d.%d using REDFISH." % (BSD(), R.randint(1, 8), R.randint(0, 200), R.randint(2, 254)),
    lambda: "$ ipmitool -I lanplus -H 10.99.3.%d -U ADMIN -E sel list   # password from IPMI_PASSWORD" % R.randint(2, 60),
    lambda: "$ racadm -r 10.99.14.%d -u root -p '********' getsel" % R.randint(2, 60),
    lambda: "vrrp_instance VI_PORTAL {\n    authentication {\n        auth_type PASS\n        auth_pass \"{{ keepalived_auth_pass }}\"\n    }\n}",
    lambda: "    stats auth admin:${HAPROXY_STATS_PASSWORD}",
    lambda: "[AmazonCloudWatchAgent]\nrole_arn = arn:aws:iam::%s:role/syslog-collector-cwagent\nregion = eu-west-1" % ACCT,
    lambda: "2028-11-%02dT%sZ I! [outputs.cloudwatchlogs] using credentials from EC2 instance profile syslog-collector-01 (AccessKeyId %s, expires 2028-11-%02dT%sZ)" % (DAY(), HMS(), TOKID(), DAY(), HMS()),
    lambda: "%s syslog-collector-01 rsyslogd[%d]: imtcp: module loaded, listening on port 6514 with TLS (cert /etc/rsyslog.d/tls/collector.pem, key /etc/rsyslog.d/tls/collector.key)" % (BSD(), R.randint(300, 9000)),
    lambda: "# /etc/oxidized/router.db\n%s:ios:svc-backup:%%OXIDIZED_PASSWORD%%" % R.choice(IOSH),
    lambda: "<bind-password>-AQ==%s</bind-password>" % rs(string.ascii_letters + string.digits + "+/", 44),
    lambda: " ntp authentication-key 1 md5 %s 7" % H(20).upper(),
    lambda: "%s ovp-shop-131: date=2028-11-0%d time=%s logid=\"0101037124\" type=\"event\" subtype=\"vpn\" level=\"error\" msg=\"IPsec phase 1 error\" status=\"negotiate_error\" reason=\"probable pre-shared key mismatch\"" % (BSD(), DAY(), HMS()),
    lambda: "set security ike policy ike-pol-orion pre-shared-key ascii-text \"$9$\" ## SECRET-DATA",
    lambda: "%s lbx-02.cdi.internal Keepalived_vrrp[%d]: (VI_PORTAL) received an invalid passwd!" % (BSD(), R.randint(600, 90000)),
    lambda: "aws_dx_transit_virtual_interface.dub1: Modifying... [id=dxvif-ffg%s]\n  ~ bgp_auth_key = (sensitive value)" % L(5),
    lambda: "%s mx-edge-01.pbu mgd[%d]: UI_CMDLINE_READ_LINE: User 'netops', command 'show security ike security-associations detail | match \"Authentication|Remote\" '" % (BSD(), R.randint(1000, 60000)),
]

_seen = set()
for c in CLEAN:
    for _ in range(2):
        m = c()
        if m in _seen:  # a template without a random part gives one line
            continue
        _seen.add(m)
        C(m)
