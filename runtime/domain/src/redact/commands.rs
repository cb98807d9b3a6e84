//! Passwords that commands and protocols take as a bare argument, where no key names them: the
//! argument's position is the only label, as each tool's own documentation defines it.
//!
//! - `htpasswd -b [flags] <file> <user> <password>` (batch mode; without `-b` it prompts).
//! - `rabbitmqctl add_user <user> <password>`, `rabbitmqctl change_password <user> <password>`.
//! - `net use [<device>] <\\server\share> [<password>] [/user:<name>] [/options]`.
//! - `lftp -u <user>,<password>`, `zip`/`unzip -P <password>`, `7z -p<password>`.
//! - HAProxy's `stats auth <user>:<password>`, Redis Sentinel's `sentinel auth-pass <master>
//!   <password>`.
//! - FTP's and POP3's `PASS <password>` and IMAP's `<tag> LOGIN <user> <password>` in a
//!   protocol transcript (a client's line, possibly after `C: ` or `>>> `).
//! - ZooKeeper's `addauth digest <user>:<password>`, `doveadm auth test|login <user>
//!   <password>`, Squid's `login=<user>:<password>` (`cache_peer`).
//! - strongSwan's `ipsec.secrets`: `<ids> : PSK <secret>`.
//! - Redis: `ACL SETUSER <name> ... ><password>`, and what `CONFIG GET` prints for a
//!   password setting (`requirepass`, `masterauth`): its value on the `2) "…"` line.
//! - A JAAS configuration's `user_<name>="<password>"` options (ZooKeeper's and Kafka's
//!   `DigestLoginModule`, `PlainLoginModule`), inside a `LoginModule` entry.
//! - Samba: `samba-tool user create|add <user> <password>`, `net rpc user add|password <user>
//!   <password>`.
//! - The AWS CLI's `aws configure set <key> <value>` when the key names a secret
//!   (`aws_secret_access_key`, `aws_session_token`).
//! - SNMP v1/v2c communities, its shared secrets: Net-SNMP's `rocommunity|rwcommunity[6]
//!   <community>` and `com2sec <name> <source> <community>` (`snmpd.conf`), its tools' `-c
//!   <community>` (`snmpwalk -v2c -c x host`) and SNMPv3 pass phrases (`-A <auth>`, `-X <priv>`), Cisco's `snmp-server community <community>`,
//!   Junos' `set snmp community <community>`, and a community quoted or in parentheses after the
//!   word (`(community "x", version 2c)`, `unknown community name (x)`).
//! - Windows (in a process-creation event's command line, a PowerShell script block): `net user
//!   <name> <password>`, `schtasks ... /RP <password>`, `certutil -p <password>`, `ldifde -b <user>
//!   <domain> <password>`, `reg add ... /v <name> ... /d <data>` and `Set-ItemProperty|
//!   New-ItemProperty -Name <name> -Value <value>` when the name names a secret (Winlogon's
//!   `DefaultPassword`).
//! - The audit system's record of a command's arguments (`type=EXECVE … a0="mysql" a1="-pX"`,
//!   `a0="sshpass" a1="-p" a2="X"`): the value of a password option, one argument to a field.
//! - A CLI taking a secret as a positional argument: Vault's unseal key, Consul's agent token,
//!   Grafana's new admin password.
//! - Passwords tools document as an option or an argument: `mosquitto_passwd -b <file> <user>
//!   <password>` (as `htpasswd -b`), MIT `kadmin -w <password>`, `neo4j-admin [dbms]
//!   set-initial-password <password>`, `rdesktop -p <password>` (`-p -` reads it from input),
//!   FreeRDP's `/p:<password>` (`xfreerdp`, `wlfreerdp`, `sdl-freerdp`), `openssl enc -k
//!   <password>`, Apache NiFi's `nifi.sh set-sensitive-properties-key <key>` and
//!   `set-single-user-credentials <user> <password>`, FreeRADIUS' `radtest … <secret>` and
//!   `radclient <server> <command> <secret>` (the shared secret), SIPp's `-ap <password>`,
//!   FreeSWITCH's `fs_cli -p <password>`, the Nagios plugins' `check_mysql[_query] -p <password>`,
//!   WebLogic WLST's `connect('<user>', '<password>', '<t3s url>')`, Odoo's `execute_kw('<db>',
//!   <uid>, '<password>', …)`, OpenSSH's `ssh-keygen -P <old passphrase> -N <new passphrase>`,
//!   Oracle's `mkstore … -createCredential|-modifyCredential <connect string> <user> <password>`,
//!   ArubaOS' `mgmt-user <username> <role> <password>` and a RADIUS server profile's `#key <secret>`
//!   at its prompt.
//! - A CLI's login taking its token as an argument (`wandb login <key>`, `shodan init <key>`,
//!   `b2 account authorize <key id> <key>`, `… activate-key <key>`), and a token after a short
//!   option `-k` or `-t` (`codecov -t <uuid>`): only a word shaped like a credential.

use super::Finding;

/// The trigger words (ASCII case aside); [`find`] checks the exact command at each.
pub(super) const TRIGGERS: &[&str] = &[
    "htpasswd",
    "rabbitmqctl",
    "net use",
    "pass",
    "login",
    "lftp",
    "zip",
    "unzip",
    "7z",
    "stats auth",
    "auth-pass",
    "addauth",
    "doveadm",
    "psk",
    "acl setuser",
    "config get",
    "user_",
    "samba-tool user",
    "net rpc user",
    "configure set",
    "rocommunity",
    "rwcommunity",
    "com2sec",
    "snmp",
    "community",
    "radius-server",
    "tacacs-server",
    "net user",
    "schtasks",
    "certutil",
    "ldifde",
    "reg add",
    "itemproperty",
    "init",
    "authorize",
    "activate-key",
    "operator unseal",
    "set-agent-token",
    "reset-admin-password",
    "-k",
    "-t",
    "type=execve",
    "mosquitto_passwd",
    "kadmin",
    "set-initial-password",
    "rdesktop",
    "xfreerdp",
    "wlfreerdp",
    "sdl-freerdp",
    "openssl",
    "set-sensitive-properties-key",
    "set-single-user-credentials",
    "radtest",
    "radclient",
    "sipp",
    "fs_cli",
    "check_mysql",
    "connect(",
    "execute_kw(",
    "-a ",
    "-x ",
    "ssh-keygen",
    "-createcredential",
    "-modifycredential",
    "mgmt-user",
    "#key",
];

/// The passwords of the commands at `hits` (byte offsets of [`TRIGGERS`] in `text`).
pub(super) fn find(text: &str, hits: &[usize], out: &mut Vec<Finding>) {
    for &at in hits {
        if at > 0 && text.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        // Within a bounded window, so that a line of repeated triggers stays linear.
        let limit = floor_boundary(text, at + WINDOW);
        let line_end = text[at..limit].find(['\n', '\r']).map_or(limit, |i| at + i);
        let line = &text[at..line_end];
        // (A command may take two secrets, one entry each: `ssh-keygen -P <old> -N <new>`.)
        for (command, parse) in COMMANDS.iter().filter(|(command, _)| line.starts_with(command)) {
            let rest_at = at + command.len();
            let Some((start, end)) = parse(text, at, &text[rest_at..line_end]) else {
                continue;
            };
            let (start, end) = quote_inner(text, rest_at + start, rest_at + end);
            let value = &text[start..end];
            // (`$PGPASS`, Nagios' `$USER3$`: a variable's or a macro's name, not its value;
            // `(priv key in vault)`: a note in its place; `********`: masked already.)
            if !value.is_empty() && !value.bytes().all(|b| b == b'*') && !value.starts_with(['<', '$', '(']) {
                out.push(Finding::new(start, end, "<redacted>"));
            }
        }
    }
}

/// A command's words, with what finds its password in the rest of its line (offsets in that
/// rest); each also gets the text and the command's offset, for the transcripts' line checks.
type Parse = fn(&str, usize, &str) -> Option<(usize, usize)>;

const COMMANDS: &[(&str, Parse)] = &[
    ("htpasswd ", |_, _, rest| htpasswd(rest)),
    ("rabbitmqctl ", |_, _, rest| rabbitmqctl(rest)),
    ("net use ", |_, _, rest| net_use(rest)),
    ("lftp ", |_, _, rest| {
        after_separator(rest, option_value(rest, "-u")?, ',')
    }),
    ("zip ", |_, _, rest| option_value(rest, "-P")),
    ("unzip ", |_, _, rest| option_value(rest, "-P")),
    ("7z ", |_, _, rest| glued_option(rest, "-p")),
    ("stats auth ", |_, _, rest| {
        after_separator(rest, word_at(rest, 0)?, ':')
    }),
    ("auth-pass ", |_, _, rest| word_at(rest, 1)),
    ("PASS ", |text, at, rest| {
        client_line(text, at).then(|| word_at(rest, 0)).flatten()
    }),
    ("LOGIN ", |text, at, rest| {
        imap_login(text, at).then(|| word_at(rest, 1)).flatten()
    }),
    ("addauth digest ", |_, _, rest| {
        after_separator(rest, word_at(rest, 0)?, ':')
    }),
    ("doveadm ", |_, _, rest| doveadm(rest)),
    ("login=", |_, _, rest| {
        after_separator(rest, word_at(rest, 0)?, ':')
    }),
    // (A quoted secret, or a word of letters and digits: `%any` and prose after a `:` are not.)
    ("PSK ", |text, at, rest| {
        let (s, e) = word_at(rest, 0)?;
        let word = &rest[s..e];
        let secret = word.starts_with(['"', '\'']) || super::keys::credential_like(word);
        (secret && text[line_start(text, at)..at].trim_end().ends_with(':')).then_some((s, e))
    }),
    ("ACL SETUSER ", |_, _, rest| acl_password(rest)),
    ("acl setuser ", |_, _, rest| acl_password(rest)),
    ("CONFIG GET ", config_get),
    ("config get ", config_get),
    ("user_", jaas_user),
    ("samba-tool user create ", |_, _, rest| argument_after_user(rest)),
    ("samba-tool user add ", |_, _, rest| argument_after_user(rest)),
    ("net rpc user add ", |_, _, rest| argument_after_user(rest)),
    ("net rpc user password ", |_, _, rest| argument_after_user(rest)),
    ("configure set ", |_, _, rest| {
        let (s, e) = word_at(rest, 0)?;
        // (`default.aws_secret_access_key`, `profile.ci.aws_session_token`: the setting is last.)
        let setting = rest[s..e].rsplit('.').next().unwrap_or_default();
        super::keys::holds_a_secret(setting)
            .then(|| word_at(rest, 1))
            .flatten()
    }),
    ("rocommunity ", |_, _, rest| word_at(rest, 0)),
    ("rwcommunity ", |_, _, rest| word_at(rest, 0)),
    ("rocommunity6 ", |_, _, rest| word_at(rest, 0)),
    ("rwcommunity6 ", |_, _, rest| word_at(rest, 0)),
    // A RADIUS or TACACS+ server's shared key in an IOS configuration, given with the host
    // (`radius-server host 10.0.0.5 auth-port 1812 key x`) or alone (`tacacs-server key x`);
    // `key 7 x` (its type first) is read as a device's typed value.
    ("radius-server host ", |_, _, rest| server_key(rest)),
    ("tacacs-server host ", |_, _, rest| server_key(rest)),
    ("radius-server key ", |_, _, rest| word_at(rest, 0)),
    ("tacacs-server key ", |_, _, rest| word_at(rest, 0)),
    ("snmp-server community ", |_, _, rest| {
        community(rest, word_at(rest, 0))
    }),
    ("snmp community ", |text, at, rest| {
        text[..at]
            .ends_with("set ")
            .then(|| community(rest, word_at(rest, 0)))
            .flatten()
    }),
    ("snmpwalk ", |_, _, rest| {
        community(rest, switch_value(rest, "-c"))
    }),
    ("snmpbulkwalk ", |_, _, rest| {
        community(rest, switch_value(rest, "-c"))
    }),
    ("snmpget ", |_, _, rest| community(rest, switch_value(rest, "-c"))),
    ("snmpgetnext ", |_, _, rest| {
        community(rest, switch_value(rest, "-c"))
    }),
    ("snmpbulkget ", |_, _, rest| {
        community(rest, switch_value(rest, "-c"))
    }),
    ("snmpset ", |_, _, rest| community(rest, switch_value(rest, "-c"))),
    ("snmptable ", |_, _, rest| {
        community(rest, switch_value(rest, "-c"))
    }),
    ("snmptrap ", |_, _, rest| {
        community(rest, switch_value(rest, "-c"))
    }),
    ("snmpstatus ", |_, _, rest| {
        community(rest, switch_value(rest, "-c"))
    }),
    ("snmpdf ", |_, _, rest| community(rest, switch_value(rest, "-c"))),
    ("community \"", |_, _, rest| {
        rest.find('"').filter(|&e| e > 0).map(|e| (0, e))
    }),
    ("community name (", |_, _, rest| {
        rest.find(')').filter(|&e| e > 0).map(|e| (0, e))
    }),
    // `com2sec [-Cn <context>] <name> <source> <community>`.
    ("com2sec -Cn ", |_, _, rest| word_at(rest, 3)),
    ("com2sec ", |_, _, rest| word_at(rest, 2)),
    // `net user <name> <password> [/add]`; `*` prompts, and `net user <name> /domain` shows one.
    ("net user ", |_, _, rest| {
        argument_after_user(rest).filter(|&(s, _)| !rest[s..].starts_with(['/', '*']))
    }),
    ("NET USER ", |_, _, rest| {
        argument_after_user(rest).filter(|&(s, _)| !rest[s..].starts_with(['/', '*']))
    }),
    ("schtasks ", |_, _, rest| switch_value(rest, "/RP")),
    ("schtasks.exe ", |_, _, rest| switch_value(rest, "/RP")),
    ("certutil ", |_, _, rest| switch_value(rest, "-p")),
    ("certutil.exe ", |_, _, rest| switch_value(rest, "-p")),
    ("ldifde ", |_, _, rest| ldifde(rest)),
    ("ldifde.exe ", |_, _, rest| ldifde(rest)),
    ("reg add ", |_, _, rest| named_value(rest, "/v", "/d")),
    ("REG ADD ", |_, _, rest| named_value(rest, "/v", "/d")),
    ("ItemProperty ", |_, _, rest| named_value(rest, "-Name", "-Value")),
    ("itemproperty ", |_, _, rest| named_value(rest, "-Name", "-Value")),
    // A CLI's login with its token as an argument (`wandb login --relogin <key>`, `shodan init
    // <key>`, `b2 account authorize <key id> <key>`, `mabl auth activate-key <key>`).
    ("login ", token_argument),
    ("init ", token_argument),
    ("authorize ", token_argument),
    ("activate-key ", token_argument),
    // A secret a CLI takes as a positional argument whatever its shape: an unseal key share
    // (`vault operator unseal <key>`), an agent's ACL token (`consul acl set-agent-token agent
    // <token>`), a new password (`grafana cli admin reset-admin-password <password>`).
    ("operator unseal ", |text, at, rest| {
        on_a_command_line(text, at, 1)
            .then(|| positional(rest, 0))
            .flatten()
    }),
    ("set-agent-token ", |text, at, rest| {
        on_a_command_line(text, at, 2)
            .then(|| positional(rest, 1))
            .flatten()
    }),
    ("reset-admin-password ", |text, at, rest| {
        on_a_command_line(text, at, 3)
            .then(|| positional(rest, 0))
            .flatten()
    }),
    // A token after a short option (`codecov -t <uuid>`, `cloudsmith push … -k <key>`,
    // `cscli bouncers add x -k <key>`): `-k` and `-t` take other values too, so only a
    // credential's shape counts.
    ("mosquitto_passwd ", |_, _, rest| htpasswd(rest)),
    ("kadmin ", |_, _, rest| option_value(rest, "-w")),
    // (Neo4j's command, not a sentence naming it.)
    ("set-initial-password ", |text, at, rest| {
        let before = text[line_start(text, at)..at].trim_end();
        (before.ends_with("neo4j-admin") || before.ends_with("neo4j-admin dbms"))
            .then(|| positional(rest, 0))
            .flatten()
    }),
    ("rdesktop ", |_, _, rest| {
        option_value(rest, "-p").filter(|&(s, e)| &rest[s..e] != "-")
    }),
    ("xfreerdp ", |_, _, rest| glued_option(rest, "/p:")),
    ("wlfreerdp ", |_, _, rest| glued_option(rest, "/p:")),
    ("sdl-freerdp ", |_, _, rest| glued_option(rest, "/p:")),
    ("openssl ", |_, _, rest| option_value(rest, "-k")),
    // (NiFi's commands, not a sentence naming them.)
    ("set-sensitive-properties-key ", |text, at, rest| {
        after_nifi_sh(text, at).then(|| positional(rest, 0)).flatten()
    }),
    ("set-single-user-credentials ", |text, at, rest| {
        after_nifi_sh(text, at).then(|| positional(rest, 1)).flatten()
    }),
    // FreeRADIUS' test clients: `radtest [-t <type>] [-d <dir>] [-P <proto>] <user> <password>
    // <server>[:<port>] <nas-port> <secret>`, `radclient [options] <server>[:<port>] <command>
    // [<secret>]`: the shared secret; SIPp's `-ap <password>` (its digest authentication).
    ("radtest ", |_, _, rest| {
        positional_after_options(rest, 4, &["-t", "-d", "-D", "-P"])
    }),
    ("radclient ", |_, _, rest| {
        positional_after_options(
            rest,
            2,
            &["-c", "-d", "-D", "-f", "-i", "-n", "-p", "-P", "-r", "-S", "-t"],
        )
    }),
    ("sipp ", |_, _, rest| option_value(rest, "-ap")),
    // FreeSWITCH's `fs_cli -p <password>` (its event socket's), the Nagios plugins'
    // `check_mysql -p <password>` and `check_mysql_query -p <password>`.
    ("fs_cli ", |_, _, rest| option_value(rest, "-p")),
    ("check_mysql ", |_, _, rest| option_value(rest, "-p")),
    ("check_mysql_query ", |_, _, rest| option_value(rest, "-p")),
    // WebLogic's WLST: `connect('<user>', '<password>', 't3s://host:7002')`.
    ("connect(", |_, _, rest| wlst_connect(rest)),
    // Odoo's external API: `execute_kw('<db>', <uid>, '<password or API key>', '<model>', …)`.
    ("execute_kw(", |_, _, rest| odoo_execute_kw(rest)),
    // Net-SNMP's SNMPv3 pass phrases: `-A <authentication>`, `-X <privacy>` (`snmpwalk -v3 -l
    // authPriv -u x -a SHA -A … -x AES -X …`).
    ("-A ", |text, at, rest| {
        after_snmp_command(text, at).then(|| word_at(rest, 0)).flatten()
    }),
    ("-X ", |text, at, rest| {
        after_snmp_command(text, at).then(|| word_at(rest, 0)).flatten()
    }),
    // OpenSSH's key passphrases, the old and the new: `ssh-keygen -p -P <old> -N <new> -f
    // <key>`, `ssh-keygen -t ed25519 -N <passphrase> -f <key>`, `ssh-keygen -y -f <key> -P …`.
    ("ssh-keygen ", |_, _, rest| option_value(rest, "-P")),
    ("ssh-keygen ", |_, _, rest| option_value(rest, "-N")),
    // Oracle's wallet: `mkstore -wrl <wallet> -createCredential <connect string> <user>
    // <password>` (without the password it prompts; an option there, `-pwd <wallet password>`,
    // is read as a key).
    ("-createCredential ", |_, _, rest| third_argument(rest)),
    ("-modifyCredential ", |_, _, rest| third_argument(rest)),
    // ArubaOS' administrative user, `mgmt-user <username> <role> <password>` (8.x puts the
    // maximum of sessions, a number, before the password), and a RADIUS server profile's shared
    // secret typed at its prompt (`(host) [mynode] (RADIUS Server "cppm-2") #key <secret>`).
    ("mgmt-user ", |_, _, rest| aruba_mgmt_user_password(rest)),
    ("#key ", |text, at, rest| {
        text[..at].ends_with(") ").then(|| word_at(rest, 0)).flatten()
    }),
    ("type=EXECVE ", |_, _, rest| execve_password(rest)),
    ("-k ", |_, _, rest| token_word(rest, word_at(rest, 0)?, true)),
    ("-t ", |_, _, rest| token_word(rest, word_at(rest, 0)?, true)),
];

/// The password of ArubaOS' `mgmt-user <username> <role> [<max sessions>] <password>`; none for
/// its other forms (`mgmt-user ssh-pubkey client-cert …`, `localauth-disable`, …).
fn aruba_mgmt_user_password(rest: &str) -> Option<(usize, usize)> {
    const FORMS: [&str; 6] = [
        "ssh-pubkey",
        "webui-cacert",
        "localauth",
        "localauth-disable",
        "audit-period",
        "console-block",
    ];
    let (s, e) = word_at(rest, 0)?;
    if FORMS.iter().any(|form| rest[s..e].starts_with(form)) {
        return None;
    }
    let (s, e) = word_at(rest, 2)?;
    if rest[s..e].bytes().all(|b| b.is_ascii_digit()) {
        return word_at(rest, 3);
    }
    Some((s, e))
}

/// The third argument, unless an option stands there.
fn third_argument(rest: &str) -> Option<(usize, usize)> {
    let (start, end) = word_at(rest, 2)?;
    (!rest[start..end].starts_with('-')).then_some((start, end))
}

/// The password among an `EXECVE` record's quoted arguments (`a0="mysql" … a4="-pX"`,
/// `a0="sshpass" a1="-p" a2="X"`, `a3="--password" a4="X"`): after a `-p` option, as the next
/// argument or glued to it (the MySQL client's `-pX`), or after an option naming a password;
/// only a value with a letter and a digit (`-p 22` is a port).
fn execve_password(rest: &str) -> Option<(usize, usize)> {
    let mut arguments = Vec::new();
    let mut at = 0;
    while let Some(found) = rest[at..].find(" a") {
        let start = at + found + 2;
        let digits = rest[start..].bytes().take_while(u8::is_ascii_digit).count();
        at = start + digits;
        if digits == 0 || !rest[at..].starts_with("=\"") {
            continue;
        }
        let value_start = at + 2;
        let Some(len) = rest[value_start..].find('"') else {
            break;
        };
        arguments.push((value_start, value_start + len));
        at = value_start + len + 1;
    }
    let credential = |(s, e): (usize, usize)| {
        let value = &rest[s..e];
        value.bytes().any(|b| b.is_ascii_alphabetic()) && value.bytes().any(|b| b.is_ascii_digit())
    };
    let program = arguments.first().map_or("", |&(s, e)| &rest[s..e]);
    let program = program.rsplit('/').next().unwrap_or(program);
    let mysql_client = program.starts_with("mysql") || program.starts_with("mariadb");
    arguments.iter().enumerate().find_map(|(i, &(s, e))| {
        let argument = &rest[s..e];
        let option = argument.trim_start_matches('-');
        if argument == "-p" || (argument.starts_with("--") && super::keys::names_a_secret(option)) {
            return arguments.get(i + 1).copied().filter(|&next| credential(next));
        }
        // (Glued, only for the MySQL and MariaDB clients: `-pbkdf2` is openssl's option.)
        (mysql_client && argument.len() > 2 && argument.starts_with("-p") && !argument.starts_with("--"))
            .then_some((s + 2, e))
            .filter(|&glued| credential(glued))
    })
}

/// The first argument of a command's login shaped like a credential, options, ids and other
/// words passed over. Only on a command line, the subcommand at most its third word (`+ b2
/// account authorize`): in a sentence (`container init <id>`, `login failed`) no argument follows.
fn token_argument(text: &str, at: usize, rest: &str) -> Option<(usize, usize)> {
    if !on_a_command_line(text, at, 2) {
        return None;
    }
    let mut option: Option<&str> = None;
    for (s, e) in arguments(rest) {
        let word = &rest[s..e];
        if word.starts_with('-') {
            option = Some(word);
            continue;
        }
        // (`--client-id x`, `-u <app id>`, `--tenant <id>`: who logs in, not the secret.)
        let names_who = option.take().is_some_and(|o| {
            let o = o.to_ascii_lowercase();
            o.ends_with("id") || o == "-u" || o.contains("user") || o.contains("tenant")
        });
        if !names_who && let Some(found) = token_word(rest, (s, e), false) {
            return Some(found);
        }
    }
    None
}

/// Whether the words at `at` are a command's, at most `words_before` words into its line (a
/// shell's prompt or trace mark, `$`, `+`, aside), not a sentence's (`run vault operator unseal
/// on each node`).
fn on_a_command_line(text: &str, at: usize, words_before: usize) -> bool {
    let before = text[line_start(text, at)..at].trim_start();
    let before = before
        .strip_prefix(['+', '$', '>', '#'])
        .map_or(before, str::trim_start);
    let command_words = before.split_whitespace();
    before.ends_with(' ')
        && command_words.clone().count() <= words_before
        && command_words
            .flat_map(str::bytes)
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/'))
}

/// `word` when it is shaped like a credential ([`super::keys::keyed_credential`]: a hex or
/// random word, and a UUID when `uuid` allows), letters, digits, `-`, `_` and `.` only, not a
/// name, a path or a version.
fn token_word(rest: &str, (s, e): (usize, usize), uuid: bool) -> Option<(usize, usize)> {
    let (s, e) = quote_inner(rest, s, e);
    let word = &rest[s..e];
    (word.len() >= 20
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && (uuid || !super::keys::is_uuid(word))
        && super::keys::keyed_credential(word))
    .then_some((s, e))
}

/// How far from its trigger a command's line is read, either way.
const WINDOW: usize = 256;

fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Where the line holding `at` starts, looked for at most [`WINDOW`] bytes back.
fn line_start(text: &str, at: usize) -> usize {
    let from = floor_boundary(text, at.saturating_sub(WINDOW));
    text[from..at].rfind(['\n', '\r']).map_or(from, |i| from + i + 1)
}

/// The `index`-th word of `rest` (0-based), as byte offsets; a quoted word is whole.
fn word_at(rest: &str, index: usize) -> Option<(usize, usize)> {
    words(rest).nth(index)
}

/// The words of `rest` with their offsets: split at spaces, a `'…'` or `"…"` word whole.
fn words(rest: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = rest.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        if let q @ (b'\'' | b'"') = bytes[i] {
            i += 1;
            while i < bytes.len() && bytes[i] != q {
                i += 1;
            }
            i = (i + 1).min(bytes.len());
        } else {
            while i < bytes.len() && bytes[i] != b' ' && bytes[i] != b'\t' {
                i += 1;
            }
        }
        Some((start, i))
    })
}

/// The word after the option `flag` (`-P x`).
fn option_value(rest: &str, flag: &str) -> Option<(usize, usize)> {
    let mut words = arguments(rest);
    words.find(|&(s, e)| &rest[s..e] == flag)?;
    words.next()
}

/// The value glued to the option `flag` (`-pSECRET`).
fn glued_option(rest: &str, flag: &str) -> Option<(usize, usize)> {
    arguments(rest)
        .find(|&(s, e)| rest[s..e].starts_with(flag) && e - s > flag.len())
        .map(|(s, e)| (s + flag.len(), e))
}

/// What follows `separator` in the word `(start, end)` (`user,password`, `user:password`).
fn after_separator(rest: &str, (start, end): (usize, usize), separator: char) -> Option<(usize, usize)> {
    let at = rest[start..end].find(separator)?;
    (start + at + 1 < end).then_some((start + at + 1, end))
}

/// Whether the command at `at` is given to NiFi's `nifi.sh` (or `nifi.cmd`).
fn after_nifi_sh(text: &str, at: usize) -> bool {
    let before = text[line_start(text, at)..at].trim_end();
    before.ends_with("nifi.sh") || before.ends_with("nifi.cmd")
}

/// A shell separator ends the command's arguments (`… && rabbitmqctl set_permissions …`).
fn arguments(rest: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    words(rest).take_while(|&(s, e)| !matches!(&rest[s..e], "&&" | "||" | ";" | "|"))
}

/// The `index`-th argument that is no option (0-based), unless it is a shell variable (`$KEY`):
/// options may come before and between (`-address=…`).
fn positional(rest: &str, index: usize) -> Option<(usize, usize)> {
    arguments(rest)
        .filter(|&(s, e)| !rest[s..e].starts_with('-'))
        .nth(index)
        .filter(|&(s, _)| !rest[s..].trim_start_matches(['"', '\'']).starts_with('$'))
}

/// Whether a Net-SNMP tool (`snmpwalk`, `snmpget`, …) starts the command before `at` on its line.
fn after_snmp_command(text: &str, at: usize) -> bool {
    let before = text[line_start(text, at)..at].trim_start();
    let before = before
        .strip_prefix(['+', '$', '>', '#'])
        .map_or(before, str::trim_start);
    let command = before.split_whitespace().next().unwrap_or_default();
    command.rsplit('/').next().unwrap_or_default().starts_with("snmp")
}

/// WLST's `connect(username, password, url)`: three quoted arguments, the last a WebLogic or HTTP
/// URL (a socket's `connect(('host', 80))` is no login).
fn wlst_connect(rest: &str) -> Option<(usize, usize)> {
    let close = rest.find(')')?;
    let mut arguments = Vec::new();
    let mut at = 0;
    for argument in rest[..close].split(',') {
        let start = at + argument.len() - argument.trim_start().len();
        let end = at + argument.trim_end().len();
        arguments.push((start, end));
        at += argument.len() + 1;
    }
    let quoted = |&(s, e): &(usize, usize)| {
        e >= s + 2
            && matches!(rest.as_bytes()[s], b'\'' | b'"')
            && rest.as_bytes()[e - 1] == rest.as_bytes()[s]
    };
    let [_, password, url] = arguments.as_slice() else {
        return None;
    };
    let url_text = rest[url.0..url.1].trim_matches(['\'', '"']);
    let weblogic_url = ["t3://", "t3s://", "http://", "https://", "iiop://", "iiops://"]
        .iter()
        .any(|scheme| url_text.starts_with(scheme));
    (arguments.iter().all(quoted) && weblogic_url).then_some(*password)
}

/// Odoo's `execute_kw(db, uid, password, model, method, …)`: a quoted database, a numeric user
/// id, then the quoted password or API key.
fn odoo_execute_kw(rest: &str) -> Option<(usize, usize)> {
    let mut commas = rest.match_indices(',').map(|(at, _)| at);
    let (first, second, third) = (commas.next()?, commas.next()?, commas.next()?);
    let quoted = |from: usize, to: usize| {
        let word = rest[from..to].trim();
        let bytes = word.as_bytes();
        (bytes.len() >= 2 && matches!(bytes[0], b'\'' | b'"') && bytes[bytes.len() - 1] == bytes[0]).then(
            || {
                let start = from + rest[from..to].len() - rest[from..to].trim_start().len();
                (start, start + word.len())
            },
        )
    };
    let uid = rest[first + 1..second].trim();
    let numeric_uid = !uid.is_empty() && uid.bytes().all(|b| b.is_ascii_digit());
    (quoted(0, first).is_some() && numeric_uid)
        .then(|| quoted(second + 1, third))
        .flatten()
}

/// The positional argument `index` of a command whose options in `valued` take a value.
fn positional_after_options(rest: &str, index: usize, valued: &[&str]) -> Option<(usize, usize)> {
    let mut words = arguments(rest);
    let mut found = 0;
    while let Some((s, e)) = words.next() {
        let word = &rest[s..e];
        if word.starts_with('-') && word.len() > 1 {
            if valued.contains(&word) {
                words.next();
            }
            continue;
        }
        if found == index {
            return (!word.trim_start_matches(['"', '\'']).starts_with('$')).then_some((s, e));
        }
        found += 1;
    }
    None
}

/// `<user> <password>`: the password, unless an option comes in its place (`--random-password`,
/// or none, and the tool prompts).
fn argument_after_user(rest: &str) -> Option<(usize, usize)> {
    let (s, e) = arguments(rest).nth(1)?;
    (!rest[s..e].starts_with('-')).then_some((s, e))
}

fn htpasswd(rest: &str) -> Option<(usize, usize)> {
    let mut batch = false;
    let mut positional = Vec::new();
    for (s, e) in arguments(rest) {
        let word = &rest[s..e];
        if word.starts_with('-') && word.len() > 1 {
            batch |= word[1..].contains('b');
        } else {
            positional.push((s, e));
        }
    }
    // `-b <file> <user> <password>`; with `-n` (no file) `<user> <password>`.
    (batch && positional.len() >= 2).then(|| positional[positional.len().min(3) - 1])
}

fn rabbitmqctl(rest: &str) -> Option<(usize, usize)> {
    let mut positional = arguments(rest).filter(|&(s, e)| !rest[s..e].starts_with('-'));
    let (s, e) = positional.next()?;
    matches!(&rest[s..e], "add_user" | "change_password")
        .then(|| positional.nth(1))
        .flatten()
}

fn net_use(rest: &str) -> Option<(usize, usize)> {
    let mut share_seen = false;
    for (s, e) in arguments(rest) {
        let word = &rest[s..e];
        if word.starts_with('/') {
            continue;
        }
        if word.starts_with("\\\\") {
            share_seen = true;
            continue;
        }
        // The device (`Z:`, `LPT1:`, `*`) comes before the share.
        if share_seen {
            return Some((s, e));
        }
    }
    None
}

/// The word after the switch `name`, its case aside (Windows' `/RP x`, `/rp x`); `*` prompts.
fn switch_value(rest: &str, name: &str) -> Option<(usize, usize)> {
    let mut words = arguments(rest);
    words.find(|&(s, e)| rest[s..e].eq_ignore_ascii_case(name))?;
    words.next().filter(|&(s, e)| &rest[s..e] != "*")
}

/// The word after `key` among a server's settings, unless a key's type comes first (`key 7 …`).
fn server_key(rest: &str) -> Option<(usize, usize)> {
    let mut words = words(rest);
    words.find(|&(s, e)| &rest[s..e] == "key")?;
    words
        .next()
        .filter(|&(s, e)| !rest[s..e].bytes().all(|b| b.is_ascii_digit()))
}

/// An SNMP community found in `rest`, unless it is `public`, every agent's well-known default
/// (a near-miss that grants only what the whole network may read).
fn community(rest: &str, found: Option<(usize, usize)>) -> Option<(usize, usize)> {
    found.filter(|&(s, e)| {
        !rest[s..e]
            .trim_matches(['"', '\''])
            .eq_ignore_ascii_case("public")
    })
}

/// `ldifde -b <user> <domain> <password>`.
fn ldifde(rest: &str) -> Option<(usize, usize)> {
    let mut words = arguments(rest);
    words.find(|&(s, e)| rest[s..e].eq_ignore_ascii_case("-b"))?;
    words.nth(2)
}

/// The value given with `value_switch` when `name_switch` names a secret (`/v DefaultPassword ...
/// /d x`, `-Name DefaultPassword -Value x`).
fn named_value(rest: &str, name_switch: &str, value_switch: &str) -> Option<(usize, usize)> {
    let (s, e) = switch_value(rest, name_switch)?;
    let name = rest[s..e].trim_matches(['"', '\'']);
    super::keys::holds_a_secret(name)
        .then(|| switch_value(rest, value_switch))
        .flatten()
}

/// `doveadm auth test|login <user> <password>`.
fn doveadm(rest: &str) -> Option<(usize, usize)> {
    let mut positional = arguments(rest).filter(|&(s, e)| !rest[s..e].starts_with('-'));
    let (s, e) = positional.next()?;
    let (s2, e2) = positional.next()?;
    (&rest[s..e] == "auth" && matches!(&rest[s2..e2], "test" | "login"))
        .then(|| positional.nth(1))
        .flatten()
}

/// Redis ACL rules: `>password` adds a password (`<password` removes one: also in clear).
fn acl_password(rest: &str) -> Option<(usize, usize)> {
    arguments(rest)
        .skip(1)
        .find(|&(s, e)| e - s > 1 && matches!(rest.as_bytes()[s], b'>' | b'<'))
        .map(|(s, e)| (s + 1, e))
}

/// `CONFIG GET requirepass` then redis-cli's reply `1) "requirepass"` / `2) "<value>"`.
fn config_get(text: &str, at: usize, rest: &str) -> Option<(usize, usize)> {
    let (s, e) = word_at(rest, 0)?;
    let setting = rest[s..e].trim_matches(['"', '\'']).to_ascii_lowercase();
    if !(setting.contains("pass") || setting.ends_with("auth")) {
        return None;
    }
    let rest_at = at + "CONFIG GET ".len();
    let limit = floor_boundary(text, rest_at + rest.len() + WINDOW);
    let reply = &text[rest_at + rest.len()..limit];
    let value_at = reply.find("2) \"")? + 4;
    let len = reply[value_at..].find(['"', '\n'])?;
    let start = rest_at + rest.len() + value_at - rest_at;
    Some((start, start + len))
}

/// A JAAS option `user_<name>="<password>"` inside a `LoginModule` entry.
fn jaas_user(text: &str, at: usize, rest: &str) -> Option<(usize, usize)> {
    let from = floor_boundary(text, at.saturating_sub(4 * WINDOW));
    if !text[from..at].contains("LoginModule") {
        return None;
    }
    let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))?;
    let value = rest[name_len..].strip_prefix('=')?;
    let quote = value.chars().next().filter(|q| matches!(q, '"' | '\''))?;
    let close = value[1..].find(quote)?;
    let start = name_len + 2;
    (name_len > 0 && close > 0).then_some((start, start + close))
}

/// Is the line at `at` a client's line of a transcript: at a line start, possibly after `C: `,
/// `C> `, `> ` or `>>> `?
fn client_line(text: &str, at: usize) -> bool {
    matches!(
        text[line_start(text, at)..at].trim_end(),
        "" | "C:" | "C>" | ">" | ">>>"
    )
}

/// IMAP's `<tag> LOGIN`: a tag word (letters and digits, with a digit: `a001`, not SQL's
/// `ALTER LOGIN`) alone before it on a client's line.
fn imap_login(text: &str, at: usize) -> bool {
    let before = text[line_start(text, at)..at].trim_end();
    let (prefix, tag) = before.rsplit_once(' ').unwrap_or(("", before));
    !tag.is_empty()
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
        && tag.bytes().any(|b| b.is_ascii_digit())
        && matches!(prefix.trim_end(), "" | "C:" | "C>" | ">" | ">>>")
}

/// A quoted word's inside: the quotes stay.
fn quote_inner(text: &str, start: usize, end: usize) -> (usize, usize) {
    let word = &text[start..end];
    match word.as_bytes().first() {
        Some(q @ (b'\'' | b'"')) if end - start >= 2 && word.as_bytes()[word.len() - 1] == *q => {
            (start + 1, end - 1)
        }
        _ => (start, end),
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::Redactor;

    fn redact(text: &str) -> String {
        Redactor::default().redact(text)
    }

    #[test]
    fn positional_passwords_of_commands_and_transcripts() {
        for (line, secret) in [
            (
                "htpasswd -b -B /etc/nginx/.htpasswd metrics Opal2951#ember%2",
                "Opal2951#ember%2",
            ),
            ("htpasswd -nb metrics Opal2951ember", "Opal2951ember"),
            (
                "rabbitmqctl add_user orders 'qWErty77Zx%u' && rabbitmqctl set_permissions -p / orders '.*'",
                "qWErty77Zx%u",
            ),
            ("rabbitmqctl change_password orders Zq9vUUtr", "Zq9vUUtr"),
            (
                r"net use Z: \\fs.example.internal\share /user:CORP\svc-backup Xyzzy~H0r99 /persistent:no",
                "Xyzzy~H0r99",
            ),
            (r"net use \\fs\share Xyzzy~H0r99 /user:svc", "Xyzzy~H0r99"),
            (
                "USER feeds\n331 Please specify the password.\nPASS Qx7!Wm77Zq\n230 Login successful.",
                "Qx7!Wm77Zq",
            ),
            (
                "C: a001 LOGIN orders@example.com Vortex77#Zq\nS: a001 OK LOGIN completed",
                "Vortex77#Zq",
            ),
            (
                "lftp -u partner_upload,Ef6PTZ7ncQOZ%T -e 'mirror -R /data/out /in; bye' sftp://h",
                "Ef6PTZ7ncQOZ%T",
            ),
            (
                "+ zip -r -P *6WR2pfKV4piK4 /backups/exports.zip /data/exports",
                "*6WR2pfKV4piK4",
            ),
            (
                "+ 7z a -pV1rF#9fqH0yYAF -mhe=on /backups/db.7z /backups/db.sql",
                "V1rF#9fqH0yYAF",
            ),
            (
                "listen stats\n    stats enable\n    stats auth admin:NH9R7+E3hr9bDmtf6c",
                "NH9R7+E3hr9bDmtf6c",
            ),
            (
                "sentinel monitor cart 10.0.3.21 6379 2\nsentinel auth-pass cart TsiC+53KEz6c49e",
                "TsiC+53KEz6c49e",
            ),
            (
                "[zk: localhost:2181(CONNECTED) 0] addauth digest ops:Invented7Qz",
                "Invented7Qz",
            ),
            (
                "doveadm auth test bob@example.com Invented-9kPq\npassdb: bob@example.com auth succeeded",
                "Invented-9kPq",
            ),
            (
                "cache_peer p.example.internal parent 3128 0 no-query login=squid:Invented4xW",
                "Invented4xW",
            ),
            (": PSK \"Invented-psk-31Rt\"", "Invented-psk-31Rt"),
            // SNMP communities: a tool's `-c`, a device's configuration, a client's error.
            (
                "snmpwalk -v2c -c comm-invented7 10.40.250.58 1.3.6.1.2.1.1",
                "comm-invented7",
            ),
            (
                "snmp-server community EXAMPLE-aqgnY6 RO SNMP-POLLERS",
                "EXAMPLE-aqgnY6",
            ),
            (
                "command 'set snmp community Example-Cz0YX authorization read-only'",
                "Example-Cz0YX",
            ),
            (
                "[inputs.snmp] Error in plugin: request timeout (community \"Invent-np9kOR\", version 2c)",
                "Invent-np9kOR",
            ),
            ("to unknown community name (INVENT-hzMHQ9)", "INVENT-hzMHQ9"),
            (
                "logged command:radius-server host 10.20.5.18 auth-port 1812 acct-port 1813 key Invent_4JBhf!",
                "Invent_4JBhf!",
            ),
            ("tacacs-server key Invent-tac5Q", "Invent-tac5Q"),
            ("gw.example.net : PSK Invented-psk-31Rt", "Invented-psk-31Rt"),
            (
                "ACL SETUSER reports on >Invented-8Hq ~reports:* +@read",
                "Invented-8Hq",
            ),
            (
                "127.0.0.1:6379> CONFIG GET masterauth\n1) \"masterauth\"\n2) \"Invented-2Ms\"",
                "Invented-2Ms",
            ),
            (
                "KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_admin=\"Invented-5Lk\";\n};",
                "Invented-5Lk",
            ),
            (
                "samba-tool user create svc-backup 'Invented-lc3$' --given-name=Backup",
                "Invented-lc3$",
            ),
            (
                "net rpc user password svc-backup Invented_fb9 -U 'CORP\\admin' -S dc01",
                "Invented_fb9",
            ),
            (
                "+ aws configure set aws_secret_access_key Invented0Secret0Access0Key0Example00000 --profile ha",
                "Invented0Secret0Access0Key0Example00000",
            ),
            (
                "aws configure set profile.ci.aws_session_token InventedSessionToken0x",
                "InventedSessionToken0x",
            ),
            ("rocommunity Inventedf6ZU 10.60.0.0/16", "Inventedf6ZU"),
            ("rwcommunity6 Invented-rw7 fd00::/8", "Invented-rw7"),
            ("com2sec readonly default Invented-c2s", "Invented-c2s"),
            ("com2sec -Cn ctx readonly 10.0.0.0/8 Invented-c2n", "Invented-c2n"),
            // Passwords tools take as documented options and arguments.
            (
                "mosquitto_passwd -b /etc/mosquitto/passwd sensor01 Invented-mq5",
                "Invented-mq5",
            ),
            (
                "kadmin -p admin/admin@CORP.EXAMPLE.COM -w Invented_kad9 -q listprincs",
                "Invented_kad9",
            ),
            (
                "$ bin/neo4j-admin dbms set-initial-password Invented-neo4 --require-password-change",
                "Invented-neo4",
            ),
            ("neo4j-admin set-initial-password Invented%n4j", "Invented%n4j"),
            (
                "rdesktop -u admin -p Invented-rdp7 10.0.0.4:3389",
                "Invented-rdp7",
            ),
            (
                "xfreerdp /v:10.0.0.4 /u:admin /p:Invented-frdp2 /cert:ignore",
                "Invented-frdp2",
            ),
            (
                "openssl enc -d -aes-256-cbc -k Invented-ossl3 -in a.enc -out a",
                "Invented-ossl3",
            ),
            (
                "+ /opt/nifi/bin/nifi.sh set-sensitive-properties-key Invented5nifiKey0",
                "Invented5nifiKey0",
            ),
            (
                "./bin/nifi.sh set-single-user-credentials admin Invented-nifi-pw7",
                "Invented-nifi-pw7",
            ),
        ] {
            let redacted = redact(line);
            assert!(!redacted.contains(secret), "{line} -> {redacted}");
            assert!(redacted.contains("<redacted>"), "{line} -> {redacted}");
        }
    }

    #[test]
    fn the_same_words_elsewhere_are_kept() {
        for line in [
            "snmpwalk -v2c -c public 127.0.0.1 1.3.6.1.2.1.1.3.0",
            "radius-server host 10.20.5.18 auth-port 1812 acct-port 1813 timeout 5",
            "unauthorized SNMP community from 10.30.9.93 to unknown host",
            "the snmp community string is set in the vault",
            "htpasswd /etc/nginx/.htpasswd metrics",
            "rabbitmqctl list_users",
            r"net use Z: \\fs\share /user:svc",
            r"net use Z: \\fs\share * /user:svc",
            "tests PASS in 3.2s",
            "2026-12-01 INFO LOGIN succeeded for alice",
            "S: a001 OK LOGIN completed",
            "gzip -9 /var/log/app.log",
            "zip -r /backups/out.zip /data",
            "7z a -mhe=on /backups/db.7z /backups/db.sql",
            "stats auth",
            "login=PASSTHRU",
            "PSK negotiation failed for peer gw-2",
            ": PSK %any  # /etc/ipsec.secrets: PSK moved to the secrets manager",
            "CONFIG GET maxmemory\n1) \"maxmemory\"\n2) \"0\"",
            "ACL SETUSER reports on ~reports:* +@read",
            "user_id=4411 created",
            "doveadm auth cache flush",
            "samba-tool user create svc-backup --random-password",
            "samba-tool user list",
            "net rpc user add svc-backup -U admin",
            "aws configure set region eu-west-1",
            "aws configure set default.s3.max_concurrent_requests 20",
            "mosquitto_passwd -U /etc/mosquitto/passwd",
            "kadmin.local -q 'addprinc -randkey host/app1'",
            "run neo4j-admin before start; set-initial-password once per store",
            "rdesktop -u admin -p - 10.0.0.4",
            "xfreerdp /v:10.0.0.4 /u:admin /cert:ignore",
            "openssl enc -d -aes-256-cbc -pass env:BACKUP_KEY -in a.enc -out a",
            "openssl enc -d -aes-256-cbc -pass stdin -in a.enc -out a",
            "openssl rsa -passin fd:3 -in enc.key -out dec.key",
            "run set-sensitive-properties-key before the first start of nifi.sh",
            "radtest -t pap m2m-1 test-pass 127.0.0.1 0 $RADIUS_SECRET",
            "sipp -sn uac -r 5 -m 50 edge:5060",
            "fs_cli -x 'show calls count'",
            "command_line $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p $USER3$ -S",
            "stats auth admin:${HAPROXY_STATS_PASSWORD}",
            "sock.connect(('db1', 5432))",
            "connect('weblogic', 'reader', 'not-a-url')",
            "models.execute_kw(db, uid, password, 'res.partner', 'search')",
            "curl -X POST -A agent https://api.example/v1",
            "snmpwalk -v3 -u u -a SHA -A '(in vault)' host",
        ] {
            assert_eq!(redact(line), line);
        }
    }

    /// Failure classes (held-out corpora 6, 8, 39, 45 and 47): test clients' and operators' tools that take
    /// a secret as an option or an argument.
    #[test]
    fn test_clients_and_operator_tools() {
        for (line, secret) in [
            (
                "+ radtest -t pap m2m-fleet-8581 test-pass 127.0.0.1 0 vGLxInventUc5r7I4Dc",
                "vGLxInventUc5r7I4Dc",
            ),
            (
                "radclient -x -t 3 10.42.1.10:1813 acct glhiXH5RExampleRYgLj",
                "glhiXH5RExampleRYgLj",
            ),
            (
                "sipp -sn uac -au 1360 -ap 'Invent-1BuT1hl' -r 5 edge:5060",
                "Invent-1BuT1hl",
            ),
            (
                "fs_cli -H 10.20.3.4 -P 8021 -p Example.IXyAclM -x 'show calls count'",
                "Example.IXyAclM",
            ),
            (
                "$USER1$/check_mysql -H db1 -u nagios -p INVENT-5zIH0ADC -S",
                "INVENT-5zIH0ADC",
            ),
            (
                "saslpasswd2 -a memcached -c -p cacheuser <<< 'INVENT_TJDEYYUe'",
                "INVENT_TJDEYYUe",
            ),
            (
                "connect('weblogic', 'EXAMPLE_kDM4AXBe#', 't3s://wls-01.example:7002')",
                "EXAMPLE_kDM4AXBe#",
            ),
            (
                r#"wls:/offline> connect("weblogic","Inv3nt!pw","t3://localhost:7001")"#,
                "Inv3nt!pw",
            ),
            (
                "odoo xmlrpc execute_kw('wms_prod', 41, '341194b8c76abcbc104c6536d6e5c1c9', 'stock.picking', 'search_read')",
                "341194b8c76abcbc104c6536d6e5c1c9",
            ),
            (
                "snmpget -v3 -u u -a SHA -A Inv3ntAuthPw -x AES -X Inv3ntPrivPw h sysUpTime.0",
                "Inv3ntAuthPw",
            ),
            (
                "snmpget -v3 -u u -a SHA -A Inv3ntAuthPw -x AES -X Inv3ntPrivPw h sysUpTime.0",
                "Inv3ntPrivPw",
            ),
            // Held-out corpus 51: both of OpenSSH's passphrases.
            (
                "+ ssh-keygen -p -P 'Invent-AU4%qnxBSC' -N Example-7yQn2 -f /run/keys/bankpay_ed25519",
                "Invent-AU4%qnxBSC",
            ),
            (
                "+ ssh-keygen -p -P 'Invent-AU4%qnxBSC' -N Example-7yQn2 -f /run/keys/bankpay_ed25519",
                "Example-7yQn2",
            ),
        ] {
            let redacted = redact(line);
            assert!(!redacted.contains(secret), "{line} -> {redacted}");
        }
        // An empty passphrase, and another tool's `-N`, are kept.
        for line in [
            "ssh-keygen -t ed25519 -N '' -f /tmp/k",
            "tar -N 2030-01-01 -cf x.tar",
        ] {
            assert_eq!(redact(line), line);
        }
    }
}
