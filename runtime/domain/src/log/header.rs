//! The header of a plain-text log line: what the logging library writes before the message
//! (time, level, process id, thread, request id, logger), so that the message is templated
//! alone. Thread and application names in brackets (`[main]`, `[http-nio-8080-exec-7]`,
//! `[orders-api]`) vary between lines and between layouts of one library; the logger does not.

use super::level::{self, Level};

/// A line cut into its header's parts and its message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Header<'a> {
    pub level: Option<Level>,
    /// The logger or component named after the level (`o.s.b.SpringApplication`).
    pub logger: Option<&'a str>,
    /// The program named by a syslog header (`sshd`, `sudo`, a container's name under podman):
    /// shown with the message, not part of its fingerprint. One message written by two programs
    /// is one problem (`PAM unable to dlopen(/usr/lib64/security/pam_sss.so)` from `sudo` and
    /// from `sshd`), as a message relayed by two servers is.
    pub program: Option<&'a str>,
    /// The message: the whole line when it has no recognisable header.
    pub message: &'a str,
}

/// The header java.util.logging's default layout (`SimpleFormatter`) writes over two lines, as
/// Vert.x, Helidon, Netty and gRPC-Java log with it: the time and the source on the first line
/// (`Dec 04, 2026 8:29:11 AM io.vertx.core.impl.BlockedThreadChecker`, a method's name after the
/// class), the level and the message on the second (`WARNING: Thread ... has been blocked`).
/// `first_line` has no level of its own; `second_line` is the line after it. The source is the
/// logger, the second line's rest the message.
pub fn split_two_lines<'a>(first_line: &'a str, second_line: &'a str) -> Option<Header<'a>> {
    let (word, message) = second_line.split_once(": ")?;
    if !(4..=7).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let level = Level::from_word(word)?;
    // The source: what follows the first line's time (its last token with a digit) and its
    // `AM`/`PM`.
    let tokens: Vec<&str> = first_line.split_whitespace().collect();
    let time_at = tokens
        .iter()
        .rposition(|token| token.bytes().any(|b| b.is_ascii_digit()))?;
    let after_time = &tokens[time_at + 1..];
    let source = match after_time {
        ["AM" | "PM", source, ..] | [source, ..] if !matches!(*source, "AM" | "PM") => *source,
        _ => return None,
    };
    let start = source.as_ptr() as usize - first_line.as_ptr() as usize;
    Some(Header {
        level: Some(level),
        logger: Some(first_line[start..].trim_end()),
        program: None,
        message: message.trim_start(),
    })
}

/// Splits `line` into header and message. Only a line whose header names a level is split:
/// without a level there is no evidence of a header, and the line is the message.
/// SQL Server's error log (`<time> spid51  Error: 9002, Severity: 17, State: 4.`, `<time> Logon
/// Error: 18456, ...`): the error's number and severity, in the line's first 80 bytes.
/// Severities 17 and above are the server's errors, resources or software (as Microsoft
/// documents them); 11 to 16 the user's, which the error log holds only when the server logs
/// them on purpose: at 16 a failed backup (3041), an availability group's lost replica (35206),
/// `RAISERROR … WITH LOG`; at 14 security's audit, a failed login (18456).
pub fn sql_server_error(line: &str) -> Option<(&str, u32)> {
    let head = &line[..level::floor_char_boundary(line, 80)];
    let at = head.find("Error: ")?;
    let (number, rest) = line[at + "Error: ".len()..].split_once(", Severity: ")?;
    let severity = rest.split(',').next()?.trim();
    if number.is_empty() || number.len() > 6 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((number, severity.parse().ok()?))
}

/// The severity from which [`sql_server_error`] reports the server's error.
pub const SQL_SERVER_ERROR_SEVERITY: u32 = 16;

pub fn split(line: &str) -> Header<'_> {
    // R's heading over the warnings a call left (`Warning message:`, `Warning messages:`), each
    // on the lines below it: a warning, whatever those lines say (`There were 50 parsing
    // failures.`). Its errors say `Error in …` or `Error:`.
    if matches!(line.trim_end(), "Warning message:" | "Warning messages:") {
        return Header {
            level: Some(Level::Warn),
            logger: None,
            program: None,
            message: &line[line.len()..],
        };
    }
    // Shiny's report of an error in a reactive or an output (`Warning: Error in filter: …` over
    // its stack of numbered calls), printed through R's warning: an error.
    if let Some(message) = line
        .strip_prefix("Warning: ")
        .filter(|m| m.starts_with("Error in "))
    {
        return Header {
            level: Some(Level::Error),
            logger: None,
            program: None,
            message,
        };
    }
    if let Some((level, logger, message)) = tornado_header(line) {
        return Header {
            level: Some(level),
            logger,
            program: None,
            message,
        };
    }
    if let Some((level, file, message)) = chromium_header(line) {
        return Header {
            level: Some(level),
            logger: Some(file),
            program: None,
            message,
        };
    }
    if let Some((kind, message)) = drupal_watchdog(line) {
        // Drupal's core logs a request it refuses (403) or cannot find (404) at warning, under
        // these types, whatever the path says.
        let refused = matches!(kind, "access denied" | "page not found");
        return Header {
            level: refused.then_some(Level::Warn),
            logger: Some(kind),
            program: None,
            message,
        };
    }
    // A syslog line (`Jun 14 15:16:01 combo sshd(pam_unix)[19939]: ...`, as the CloudWatch
    // agent ships /var/log/messages): the program is shown with the message, and what it wrote
    // may have a header of its own.
    if let Some((program, rest)) = syslog_header(line).or_else(|| rfc5424_header(line)) {
        if program == KERNEL {
            return kernel_header(rest);
        }
        // A device that writes no program, its message a level's field (an iDRAC's `Severity:
        // Informational, Category: ...`): the message starts at the field.
        if is_level_key(program) {
            let start = program.as_ptr() as usize - line.as_ptr() as usize;
            return split(&line[start..]);
        }
        let inner = split(rest);
        return Header {
            program: Some(program),
            level: inner.level.or_else(|| local_priority_level(line)),
            message: without_sudo_user(program, inner.message),
            ..inner
        };
    }
    if let Some(message) = without_kernel_stamp(line) {
        return kernel_header(message);
    }
    // A level written as a field at the start (`Severity: Informational, Category: System
    // Health, MessageID: MEM9020, Message: ...`, as Dell's iDRAC writes it).
    // (Looked for in the first bytes only, the longest key's: this runs on every line.)
    if let Some(colon) = line.bytes().take("severity".len() + 1).position(|b| b == b':')
        && is_level_key(&line[..colon])
        && let Some(rest) = line[colon + 1..].strip_prefix(' ')
    {
        let word_end = rest.find([',', ';', ' ']).unwrap_or(rest.len());
        let word = &rest[..word_end];
        // (Syslog's and IPMI's name of the info level, spelled out.)
        let informational = word.eq_ignore_ascii_case("informational").then_some(Level::Info);
        if let Some(level) = Level::from_word(word).or(informational) {
            return Header {
                level: Some(level),
                logger: None,
                program: None,
                message: rest[word_end..].trim_start_matches([',', ';']).trim_start(),
            };
        }
    }
    // A Cisco device's message (`663452: Nov  7 20:41:23.240 UTC: %LINK-3-UPDOWN: Interface
    // ...`): its mnemonic names the event and its severity, and is the logger.
    if let Some((level, start, end)) = level::device_mnemonic(line) {
        return Header {
            level: Some(level),
            logger: Some(&line[start..end - 1]),
            program: None,
            message: line[end..].trim_start(),
        };
    }
    // A tool's heading and level (`npm ERR! 404 ...`, `npm error 404 ...`): the tool is the
    // logger, so that its spellings of one level read the same.
    if let Some((heading, level, end)) = level::tool_heading(line) {
        return Header {
            level: Some(level),
            logger: Some(heading),
            program: None,
            message: line[end..].trim_start(),
        };
    }
    let Some((level, end)) = level::level_token(line) else {
        return Header {
            level: level::logfmt_level(line),
            logger: None,
            program: None,
            message: line,
        };
    };
    if let Some(message) = glog_message(line, end) {
        return Header {
            level: Some(level),
            logger: None,
            program: None,
            message,
        };
    }
    let mut rest = &line[end..];
    // Elasticsearch's and OpenSearch's `[time][LEVEL][logger]`: the logger is glued to the level.
    let mut glued_logger = glued_logger(&line[..end]);
    // Their default layouts pad both columns (`[WARN ][o.e.m.j.JvmGcMonitorService]`,
    // `[INFO ][r.suppressed             ]`), as Logstash's does.
    if glued_logger.is_none()
        && let Some(group) = rest.trim_start_matches(' ').strip_prefix("][")
        && let Some(close) = group.find(']')
        && is_logger(group[..close].trim_end())
    {
        glued_logger = Some(group[..close].trim_end());
        rest = &group[close + 1..];
    }
    // Python's `LEVEL:logger:message`.
    if line[..end].ends_with(':')
        && !rest.starts_with(char::is_whitespace)
        && let Some((logger, message)) = rest.split_once(':')
        && !logger.contains(char::is_whitespace)
    {
        return Header {
            level: Some(level),
            logger: Some(logger),
            program: None,
            message: message.trim_start(),
        };
    }
    // A `|`-separated header (NLog's `time|LEVEL|logger|message`): the field after the level is
    // the logger when it looks like one.
    if line[..end].ends_with('|') {
        let (logger, message) = match rest.split_once('|') {
            Some((logger, message)) if is_logger(logger.trim()) => (Some(logger.trim()), message),
            _ => (None, rest),
        };
        return Header {
            level: Some(level),
            logger,
            program: None,
            message: message.trim_start(),
        };
    }
    let mut after_category = false;
    loop {
        let trimmed = rest.trim_start();
        // WildFly's and JBoss' `%-5p [%c] (%t) %s`: the thread in parentheses after the category,
        // its name spaced (`(default task-112)`, `(Controller Boot Thread)`) or not.
        if after_category && let Some(len) = parenthesized_thread_len(trimmed) {
            rest = &trimmed[len..];
            after_category = false;
            continue;
        }
        let len = token_len(trimmed);
        // The last token is the message, whatever it looks like: the CloudWatch agent writes a
        // Windows event as bracketed fields, its message the last (`[System] [ERROR] [7031]
        // [Service Control Manager] [host] [The Orders Worker service terminated ...]`).
        if len == 0 || !is_header_token(&trimmed[..len]) || trimmed[len..].trim().is_empty() {
            rest = trimmed;
            break;
        }
        after_category = len > 2
            && trimmed.starts_with('[')
            && trimmed[..len].ends_with(']')
            && is_logger(trimmed[1..len - 1].trim());
        rest = &trimmed[len..];
    }
    // Odoo's `%(dbname)s %(name)s:` (`... 15 WARNING prod_db odoo.http: ...`): a name in lower
    // case before a dotted logger and its colon is a field of the header, the database (`?`
    // outside one), not the message's first word.
    // (Not after a level and its colon, where the message starts: BIND's `general: error: zone
    // corp.example/IN: loaded`.)
    if glued_logger.is_none()
        && !line[..end].ends_with(':')
        && let Some(next) = after_header_field_before_logger(rest)
    {
        rest = next;
    }
    let mut logger = glued_logger;
    let len = token_len(rest);
    let candidate = rest[..len].trim_end_matches(':');
    let after = rest[len..].trim_start();
    // oslo.log (OpenStack) writes the request's context in brackets after the logger
    // (`nova.compute.manager [req-<id> <user> <project> - - -] ...`, `[-]` outside a request):
    // part of the header.
    let context = (after.starts_with('[') && !rest[..len].ends_with(':'))
        .then(|| token_len(after))
        .filter(|&context| after[..context].trim_end().ends_with(']'));
    let separated = rest[..len].ends_with(':')
        || context.is_some()
        // Tomcat's `OneLineFormatter` writes the class and method, then the message:
        // `SEVERE [main] org.apache.catalina.core.StandardContext.listenerStart Exception ...`.
        || is_class_and_method(candidate)
        || ["- ", ": ", "| ", "-- "].iter().any(|s| after.starts_with(s));
    if logger.is_none() && separated && is_logger(candidate) {
        logger = Some(candidate);
        rest = after[context.unwrap_or(0)..]
            .trim_start()
            .trim_start_matches(['-', ':', '|'])
            .trim_start();
    }
    // .NET's console formatter (`Microsoft.Extensions.Logging`): `fail: Category[EventId]` alone
    // on the line, the message on the lines below. The category is the logger; the message is
    // not on this line.
    if logger.is_none()
        && let Some(category) = dotnet_category(rest.trim_end())
    {
        logger = Some(category);
        rest = "";
    }
    Header {
        level: Some(level),
        logger,
        program: None,
        message: rest,
    }
}

/// sudo's message without the user it starts with (`alice : TTY=pts/0 ; PWD=/home/alice ;
/// USER=root ; COMMAND=/bin/ls`, `bkoch : parse error in /etc/sudoers.d/90-deploy near line 3`,
/// as sudoers(5) lays out its log lines): who ran sudo is a field of the header, as the program
/// is, so one problem of sudo is one issue whoever met it.
fn without_sudo_user<'a>(program: &str, message: &'a str) -> &'a str {
    if program != "sudo" {
        return message;
    }
    message
        .split_once(" : ")
        .filter(|(user, _)| {
            !user.is_empty()
                && user.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'@' | b'\\' | b'$')
                })
        })
        .map_or(message, |(_, rest)| rest)
}

/// `Category[EventId]`, a .NET logger's category (a dotted name) and its event's number, alone:
/// the category.
fn dotnet_category(text: &str) -> Option<&str> {
    let (category, id) = text.strip_suffix(']')?.split_once('[')?;
    let named = category.starts_with(|c: char| c.is_ascii_alphabetic())
        && category
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'`'));
    (named && !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())).then_some(category)
}

/// The program name syslog gives the kernel's ring buffer.
const KERNEL: &str = "kernel";

/// A line of the kernel's ring buffer, as syslog ships it (`kernel: [ 684895.225679] INFO: task
/// java:72411 blocked for more than 245 seconds.`) or `dmesg` prints it: the logger is the
/// kernel, the uptime stamp is a header, and no level is read from the text. The kernel's
/// levels never reach its text (syslog keeps them apart); its `INFO:` and `WARNING:` headings
/// head reports of hung tasks, stalls and bugs, which the words judge.
fn kernel_header(message: &str) -> Header<'_> {
    Header {
        level: None,
        logger: Some(KERNEL),
        program: None,
        message: without_kernel_stamp(message).unwrap_or(message),
    }
}

/// `message` without the kernel's uptime stamp (`[ 684895.225679] `, `[1791305.613617] `), when
/// it starts with one.
fn without_kernel_stamp(message: &str) -> Option<&str> {
    let inner = message.strip_prefix('[')?;
    let close = inner.find(']')?;
    let stamp = inner[..close].trim_start_matches(' ');
    let (seconds, fraction) = stamp.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(seconds) && digits(fraction)).then(|| inner[close + 1..].trim_start())
}

/// The logger in a run of bracket groups glued to the level (`[time][LEVEL][o.o.a.b.Bulk]`):
/// the group after the level, when it is shaped like a logger.
fn glued_logger(head: &str) -> Option<&str> {
    // (Asked of every header: one byte, then a byte loop, before any splitting.)
    if !head.starts_with('[') || !head.as_bytes().windows(2).any(|pair| pair == b"][") {
        return None;
    }
    let token = head.rsplit(char::is_whitespace).next().unwrap_or(head);
    let mut groups = token.split(['[', ']']).filter(|group| !group.is_empty());
    groups.find(|group| Level::from_word(group).is_some())?;
    groups.next().filter(|group| is_logger(group))
}

/// The program and the message of a line with a syslog header: BSD's `<Mon> <day> <hh:mm:ss>
/// <host> <program>[<pid>]: <message>` or the RFC 3339 timestamp rsyslog writes in its
/// high-precision format (`2026-03-03T12:08:59.628154+00:00 <host> <program>[<pid>]: ...`). The
/// pid is optional. Either layout gives the same program and message, so the one problem
/// logged by two hosts configured differently is one issue.
fn syslog_header(line: &str) -> Option<(&str, &str)> {
    // A collector may put fields of its own before the daemon's header (`- 1131566461
    // 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond[2915]: ...`): ids, dates, a host.
    let mut start = line;
    for _ in 0..=MAX_COLLECTOR_FIELDS {
        let trimmed = start.trim_start();
        let end = level::find_whitespace(trimmed)?;
        let field = &trimmed[..end];
        // Only where a stamp starts (the usual line has none, and leaves after a few fields).
        let stamp = (field.len() == 3 && super::template::is_date_word(field)) || is_rfc3339_stamp(field);
        if stamp && let Some(found) = syslog_header_at_start(trimmed) {
            return Some(found);
        }
        if !(field == "-" || field.bytes().any(|b| b.is_ascii_digit())) {
            return None;
        }
        start = &trimmed[end..];
    }
    None
}

/// The program and the message of a line with an RFC 5424 syslog header (`<30>1
/// 2028-05-05T22:39:10.083392+00:00 ip-10-30-185-58 kernel - - - [ 55635.496420] nf_conntrack: ...`,
/// rsyslog's `RSYSLOG_SyslogProtocol23Format`, syslog-ng): the priority and version, the time, the
/// host, the program, the process id, the message id and the structured data. The same program
/// and message as the BSD layout gives, so one problem logged in either layout is one issue.
/// (The priority is read as the level by [`local_priority_level`] only.)
fn rfc5424_header(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix('<')?;
    let close = rest.find('>').filter(|&close| (1..=3).contains(&close))?;
    if !rest[..close].bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let rest = rest[close + 1..].strip_prefix("1 ")?;
    let mut fields = rest.splitn(6, ' ');
    let (stamp, host, program, _pid, _message_id) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    if !(stamp == "-" || is_rfc3339_stamp(stamp)) || host.is_empty() || program.is_empty() || program == "-" {
        return None;
    }
    let rest = fields.next().unwrap_or("");
    // The structured data: `-`, or elements in brackets (a `]` inside one escaped as `\]`).
    let message = match rest.strip_prefix('-') {
        Some(message) => message,
        None if rest.starts_with('[') => {
            let mut escaped = false;
            let mut depth = 0usize;
            let mut end = rest.len();
            for (at, c) in rest.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '[' if !escaped => depth += 1,
                    ']' if !escaped => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 && !rest[at + 1..].starts_with('[') {
                            end = at + 1;
                            break;
                        }
                    }
                    _ => escaped = false,
                }
            }
            &rest[end..]
        }
        None => return None,
    };
    Some((
        program,
        message
            .strip_prefix(' ')
            .unwrap_or(message)
            .trim_start_matches('\u{feff}'),
    ))
}

/// The level an RFC 5424 line's priority gives (`<131>1 …`: facility local0, severity err),
/// when its facility is one of the eight kept for local use (`local0` to `local7`): an
/// application or a device that logs to one sets each message's severity itself (a fare gate, a
/// load balancer, a firewall). A forwarder that stamps one priority on every line it relays,
/// whatever the line says, stamps `user` or `daemon` (Docker's syslog driver `daemon.info`,
/// Fluent Bit's default `user.info`), whose priority is not read.
pub(crate) fn local_priority_level(line: &str) -> Option<Level> {
    let rest = line.strip_prefix('<')?;
    let close = rest.find('>').filter(|&close| (1..=3).contains(&close))?;
    let priority: u64 = rest[..close].parse().ok()?;
    if !rest[close + 1..].starts_with("1 ")
        || !(LOCAL_FACILITIES * 8..(LOCAL_FACILITIES + 8) * 8).contains(&priority)
    {
        return None;
    }
    Level::from_syslog_severity(priority % 8)
}

/// The first of syslog's facilities kept for local use (`local0`), eight in a row.
const LOCAL_FACILITIES: u64 = 16;

/// `Severity`, `Level`, `Priority`: a field that holds a level, as a device names it.
fn is_level_key(word: &str) -> bool {
    ["severity", "level", "priority"]
        .iter()
        .any(|key| word.eq_ignore_ascii_case(key))
}

/// The level, the module and the message of a line in Tornado's log format, which Jupyter's
/// servers (JupyterHub, Jupyter Server, the kernels) use: the level's first letter, the time,
/// and for Jupyter the application, then `module:line` in brackets (`[I 2030-08-26 21:38:38.340
/// JupyterHub spawner:819] …`, Tornado's own `[W 240826 21:38:38 web:2271] …`). The line number
/// changes with every release: the module names the event.
fn tornado_header(line: &str) -> Option<(Level, Option<&str>, &str)> {
    let bytes = line.as_bytes();
    if bytes.len() < 6 || bytes[0] != b'[' || bytes[2] != b' ' || !bytes[3].is_ascii_digit() {
        return None;
    }
    let level = match bytes[1] {
        b'D' => Level::Debug,
        b'I' => Level::Info,
        b'W' => Level::Warn,
        b'E' => Level::Error,
        b'C' => Level::Critical,
        _ => return None,
    };
    let close = line[..level::floor_char_boundary(line, TORNADO_HEADER_BYTES)].find(']')?;
    let (module, number) = line[3..close].rsplit(' ').next()?.split_once(':')?;
    if module.is_empty() || number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((level, Some(module), line[close + 1..].trim_start()))
}

/// How long a Tornado header may be ([`tornado_header`]).
const TORNADO_HEADER_BYTES: usize = 96;

/// The level, the source file and the message of a line in Chromium's log format (headless
/// Chrome under Puppeteer or Playwright, Electron, CEF): ids and a time, the severity and the file
/// and line in one bracket (`[231:368:0122/095316.889491:ERROR:bus.cc(407)] Failed to connect to
/// the bus: …`, `[0511/123236.385224:WARNING:dns_config_service_linux.cc(428)] …`). The file
/// names the event; its line changes with every release.
fn chromium_header(line: &str) -> Option<(Level, &str, &str)> {
    let inner = line.strip_prefix('[')?;
    let close = inner[..level::floor_char_boundary(inner, CHROMIUM_HEADER_BYTES)].find(']')?;
    let (fields, location) = inner[..close].rsplit_once(':')?;
    let (ids, severity) = fields.rsplit_once(':')?;
    let (file, number) = location.strip_suffix(')')?.split_once('(')?;
    if file.is_empty()
        || !number.bytes().all(|b| b.is_ascii_digit())
        || !ids
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'/' | b'.'))
    {
        return None;
    }
    let level = match severity {
        "VERBOSE" | "VERBOSE1" | "VERBOSE2" | "VERBOSE3" => Level::Debug,
        "INFO" => Level::Info,
        "WARNING" => Level::Warn,
        "ERROR" => Level::Error,
        "FATAL" => Level::Fatal,
        _ => return None,
    };
    Some((level, file, inner[close + 1..].trim_start()))
}

/// How long a Chromium header may be ([`chromium_header`]).
const CHROMIUM_HEADER_BYTES: usize = 160;

/// The type and the message of a line in the format of Drupal's syslog module
/// (`!base_url|!timestamp|!type|!ip|!request_uri|!referer|!uid|!link|!message`, its default): the
/// site's address, a Unix time, the event's type (`php`, `user`, `access denied`, `cron`), then
/// the request's fields and the message. The severity goes to syslog's priority, not the text:
/// the message is judged by its words, and the type names the event as a logger does.
fn drupal_watchdog(line: &str) -> Option<(&str, &str)> {
    if !line.starts_with("http") {
        return None;
    }
    let mut fields = line.splitn(9, '|');
    let (base_url, time, kind) = (fields.next()?, fields.next()?, fields.next()?);
    let message = fields.nth(5)?;
    let shaped = base_url.contains("://")
        && (9..=11).contains(&time.len())
        && time.bytes().all(|b| b.is_ascii_digit())
        && (1..=40).contains(&kind.len());
    shaped.then_some((kind, message))
}

/// How many fields a collector may write before a syslog header.
const MAX_COLLECTOR_FIELDS: usize = 4;

fn syslog_header_at_start(line: &str) -> Option<(&str, &str)> {
    let mut rest = line;
    let mut word = || {
        rest = rest.trim_start();
        let end = level::find_whitespace(rest).unwrap_or(rest.len());
        let (token, after) = rest.split_at(end);
        rest = after;
        token
    };
    let first = word();
    let stamped = if is_rfc3339_stamp(first) {
        true
    } else {
        let (month, day, time) = (first, word(), word());
        let month_ok = month.len() == 3 && super::template::is_date_word(month);
        let day_ok = !day.is_empty() && day.len() <= 2 && day.bytes().all(|b| b.is_ascii_digit());
        let time_ok = time.len() == 8 && time.bytes().filter(|&b| b == b':').count() == 2;
        month_ok && day_ok && time_ok
    };
    // A year after the time (`Jun 10 19:27:49 2031 10.40.1.11 authmgr[4120]: …`, as ArubaOS and
    // Cisco's `service timestamps log datetime year` write it) is the stamp's.
    let mut host = word();
    if host.len() == 4 && host.bytes().all(|b| b.is_ascii_digit()) {
        host = word();
    }
    let program = word();
    let name = program.strip_suffix(':')?;
    let name = name.split('[').next().unwrap_or(name);
    // A level where the host or the program would be is an application's header: `<time>
    // <request id> ERROR: ...`, Rust tracing's `<time> ERROR app::db: ...`.
    // A host may be written as a collector names it (`dn228/dn228`, `src@eadmin1`).
    let host_ok = Level::from_word(host).is_none()
        && host.bytes().any(|b| b.is_ascii_alphanumeric())
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'/' | b'@' | b'#'));
    let program_ok = !name.is_empty() && Level::from_word(name).is_none();
    (stamped && host_ok && program_ok).then(|| (name, rest.trim_start()))
}

/// `2026-03-03T12:08:59.628154+00:00`, `2026-03-03T12:08:59Z`: a full RFC 3339 timestamp, with
/// its zone (a syslog daemon always writes one; a bare local time is an application's).
fn is_rfc3339_stamp(token: &str) -> bool {
    let bytes = token.as_bytes();
    let digits =
        |range: std::ops::Range<usize>| bytes.get(range).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let shaped = bytes.len() >= 20
        && digits(0..4)
        && bytes[4] == b'-'
        && digits(5..7)
        && bytes[7] == b'-'
        && digits(8..10)
        && bytes[10] == b'T'
        && digits(11..13)
        && bytes[13] == b':'
        && digits(14..16)
        && bytes[16] == b':'
        && digits(17..19);
    if !shaped {
        return false;
    }
    // Fraction, then `Z` or `+hh:mm`/`-hh:mm`.
    let rest = &token[19..];
    let rest = rest.strip_prefix('.').map_or(rest, |fraction| {
        fraction.trim_start_matches(|c: char| c.is_ascii_digit())
    });
    rest == "Z" || (rest.len() == 6 && rest.starts_with(['+', '-']) && rest.as_bytes()[3] == b':')
}

/// A whitespace-separated token, or a bracketed group with the spaces inside it (`[   main]`,
/// Hadoop's `[DataStreamer for file /tmp/.../job_1.jhist block BP-...:blk_1073743512_2731]`).
fn token_len(text: &str) -> usize {
    if text.starts_with('[')
        && let Some(close) = matching_bracket(text)
    {
        return close + 1 + level::find_whitespace(&text[close + 1..]).unwrap_or(text.len() - close - 1);
    }
    level::find_whitespace(text).unwrap_or(text.len())
}

/// Where the bracket opening `text` closes, brackets inside it counted (Hadoop's DataNode thread
/// `[DataNode: [[[DISK]file:/data/1/hdfs/dn, [DISK]file:/data/2/hdfs/dn]]  heartbeating to
/// nn1/10.40.1.10:8020]`), within [`MAX_BRACKETED_HEADER`] bytes.
fn matching_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, byte) in text.bytes().take(MAX_BRACKETED_HEADER).enumerate() {
        match byte {
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// How far a bracketed group of a header may reach: a thread named after the file it writes
/// is long; a message in brackets is rarely this long and never at a header's place.
const MAX_BRACKETED_HEADER: usize = 256;

/// Parts of a header: punctuation (`---`, `-`, `|`), bracketed groups, anything with a digit
/// (times, process ids, request ids, `12#0:`, `file.go:42`), and a repeated level (Ruby's
/// `E, [...] ERROR --`).
fn is_header_token(token: &str) -> bool {
    !token.chars().any(char::is_alphanumeric)
        || token.starts_with('[')
        || token.bytes().any(|b| b.is_ascii_digit())
        || level::header_level(token).is_some() && token.bytes().all(|b| !b.is_ascii_lowercase())
}

/// The length of a thread's name in parentheses that `text` starts with, a space after it
/// (`(default task-112) `): letters, digits, spaces and `-_.:#`, at most 64 bytes, the message
/// after it.
fn parenthesized_thread_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('(')?;
    let close = inner.bytes().take(64).position(|b| b == b')')?;
    let name = &inner[..close];
    let named = !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'-' | b'_' | b'.' | b':' | b'#'));
    let spaced = inner[close + 1..].starts_with(' ') && !inner[close + 1..].trim().is_empty();
    (named && spaced).then_some(close + 2)
}

/// `rest` without its first word when that word is a header's field in lower case (`prod_db`)
/// and a dotted logger with its colon follows (`odoo.http:`).
fn after_header_field_before_logger(rest: &str) -> Option<&str> {
    let rest = rest.trim_start();
    let len = token_len(rest);
    let word = &rest[..len];
    let next = rest[len..].trim_start();
    let logger = &next[..token_len(next)];
    let field = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-'));
    let dotted_logger = logger
        .strip_suffix(':')
        .is_some_and(|name| name.contains('.') && !name.contains('/') && is_logger(name));
    (field && dotted_logger).then_some(next)
}

/// The message after glog's header (`E0103 06:42:42.615546 1234 reflector.go:95] ...`, as glog,
/// Abseil, klog and Orthanc write it): after the level and date `level_end` ends, the time, the
/// thread, then the source's `file:line]`. The thread is a number, or a name in Orthanc's
/// (`HOUSEKEEPER`, `MAIN`), which the message must not keep.
fn glog_message(line: &str, level_end: usize) -> Option<&str> {
    if !level::is_glog_stamp(line[..level_end].trim_start()) {
        return None;
    }
    let mut rest = &line[level_end..];
    // The time, the thread (absent in some forks), then the source.
    for _ in 0..3 {
        let trimmed = rest.trim_start_matches(' ');
        let len = trimmed.find([' ', '\n']).unwrap_or(trimmed.len());
        let token = &trimmed[..len];
        rest = &trimmed[len..];
        if let Some((file, number)) = token.strip_suffix(']').and_then(|t| t.rsplit_once(':'))
            && !file.is_empty()
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            return Some(rest.trim_start_matches(' '));
        }
    }
    None
}

/// `org.apache.catalina.core.StandardContext.listenerStart`: packages in lower case, a class,
/// then its method, as java.util.logging's formatters name the source. (A host name has no
/// capitals; a file name no lower-case part after a capitalised one.)
fn is_class_and_method(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    let starts = |part: &str, upper: bool| {
        part.bytes().next().is_some_and(|b| {
            if upper {
                b.is_ascii_uppercase()
            } else {
                b.is_ascii_lowercase()
            }
        })
    };
    parts.len() >= 4
        && parts.iter().all(|part| {
            part.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$'))
        })
        && starts(parts[0], false)
        && starts(parts[parts.len() - 2], true)
        && starts(parts[parts.len() - 1], false)
}

/// `o.s.b.SpringApplication`, `com.example.Orders`, `app.handlers`, `Foo$Bar`: a dotted or
/// nested name, not an exception type (`botocore.exceptions.ClientError` starts a message).
fn is_logger(name: &str) -> bool {
    let shaped = name.len() >= 3
        && (name.contains('.') || name.contains('$') || name.contains('/'))
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'$' | b'_' | b'/' | b'-'));
    let last = name.rsplit(['.', '$', '/']).next().unwrap_or(name);
    shaped && !last.ends_with("Error") && !last.ends_with("Exception")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_the_usual_layouts() {
        let cases = [
            // Odoo's database before its logger; BIND's category and level, then the message.
            (
                "2030-02-11 13:02:20,867 15 WARNING prod_db odoo.http: Labels cannot be printed",
                Some("odoo.http"),
                "Labels cannot be printed",
            ),
            (
                "01-Jun-2027 03:33:15.671 general: error: zone onprem.example/IN: not loaded",
                None,
                "zone onprem.example/IN: not loaded",
            ),
            // glog's, its thread a name (Orthanc) or a number (klog).
            (
                "E0103 06:42:42.615546          MAIN PostgreSQLDatabase.cpp:95] PostgreSQL error: x",
                None,
                "PostgreSQL error: x",
            ),
            (
                "W1202 12:00:00.123456    1234 reflector.go:123] watch of *v1.Pod ended",
                None,
                "watch of *v1.Pod ended",
            ),
            (
                "2026-12-04 11:41:49.2758|ERROR|Shop.Web.Data.OrderStore|GET /api/orders/1 -> 500",
                Some("Shop.Web.Data.OrderStore"),
                "GET /api/orders/1 -> 500",
            ),
            (
                "2026-12-04 11:41:49,275|12|WARN|retrying after transient error 40501",
                None,
                "retrying after transient error 40501",
            ),
            // WildFly's thread in parentheses after the category, its name spaced (held-out
            // corpus 55).
            (
                "2031-05-11 13:27:54,647 WARN  [org.dcm4chee.arc.wado.WadoRS] (default task-112) Response Status : Internal Server Error",
                None,
                "Response Status : Internal Server Error",
            ),
            (
                "2031-05-11 13:27:54,647 ERROR [org.jboss.as] (Controller Boot Thread) WFLYSRV0026: boot failed",
                None,
                "boot failed",
            ),
            // A year after the time, and ArubaOS' four-letter level (held-out corpus 56).
            (
                "Jun 10 19:27:49 2031 10.40.1.11 authmgr[4120]: <121031> <4120> <ERRS> <mc-t2-01 10.40.1.11>  |authmgr|  RADIUS response dropped",
                Some("authmgr"),
                "|authmgr|  RADIUS response dropped",
            ),
            // sudo's user before its message (held-out corpora 13 and 21).
            (
                "Aug  2 00:48:37 ip-10-70-5-17 sudo[508]: bkoch : parse error in /etc/sudoers.d/90-deploy near line 3",
                Some("sudo"),
                "parse error in /etc/sudoers.d/90-deploy near line 3",
            ),
            // A batch's own layout, the program's name first (held-out corpus 55).
            (
                "DISPENSE|2031-05-05 19:27:39|INFO|Rx 8084680 already recorded (ORA-00001 on DISPENSE_UK ignored)",
                None,
                "Rx 8084680 already recorded (ORA-00001 on DISPENSE_UK ignored)",
            ),
            (
                "2026-10-01T06:33:49.949Z ERROR 4 --- [catalog] [         task-3] o.s.s.s.TaskUtils$LoggingErrorHandler    : Unexpected error",
                Some("o.s.s.s.TaskUtils$LoggingErrorHandler"),
                "Unexpected error",
            ),
            (
                "2026-02-28 14:04:54.518 ERROR 9 --- [main] o.s.s.s.TaskUtils$LoggingErrorHandler : Unexpected error",
                Some("o.s.s.s.TaskUtils$LoggingErrorHandler"),
                "Unexpected error",
            ),
            (
                "09:00:01.123 [main] ERROR c.a.o.OrderRepository: lookup failed",
                Some("c.a.o.OrderRepository"),
                "lookup failed",
            ),
            (
                "[ERROR]\t2026-11-24T09:00:01.123Z\t3f1e-11aa\tKeyError: 'x'",
                None,
                "KeyError: 'x'",
            ),
            (
                "E, [2026-11-24T09:00:01.123456 #42] ERROR -- : boom",
                None,
                "boom",
            ),
            (
                "2026/11/24 09:00:01 [crit] 12#0: *3 SSL_do_handshake() failed",
                None,
                "SSL_do_handshake() failed",
            ),
            (
                "[ERROR]\t2026-11-24T09:00:01.123Z\t3f1e\tbotocore.exceptions.ClientError: denied",
                None,
                "botocore.exceptions.ClientError: denied",
            ),
            ("no header here", None, "no header here"),
            (
                "Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname=",
                Some("sshd(pam_unix)"),
                "authentication failure; logname=",
            ),
            (
                "Dec 10 06:55:46 LabSZ sshd[24200]: error: Received disconnect",
                Some("sshd"),
                "Received disconnect",
            ),
            (
                "[2026-12-03T09:00:00,123][ERROR][o.o.s.SnapshotsService] [node-1] failed to finalize snapshot",
                Some("o.o.s.SnapshotsService"),
                "failed to finalize snapshot",
            ),
            (
                "2015-10-18 18:05:57,024 WARN [DataStreamer for file /tmp/hadoop-yarn/staging/job_1445144423722_0020/job_1445144423722_0020_1.jhist block BP-1347369012-10.190.173.170-1444972147527:blk_1073743512_2731] org.apache.hadoop.ipc.Client: Address change detected.",
                Some("org.apache.hadoop.ipc.Client"),
                "Address change detected.",
            ),
            (
                "2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-38101a0b-2096-447d-96ea-a692162415ae 113d3a99c3da401fbd62cc2caa5b96d2 54fadb412c4e40cdbaed9335e4c35a9e - - -] 10.11.10.1 \"GET /v2/servers HTTP/1.1\"",
                Some("nova.osapi_compute.wsgi.server"),
                "10.11.10.1 \"GET /v2/servers HTTP/1.1\"",
            ),
            (
                "2017-05-16 00:00:00.008 25746 ERROR nova.compute.manager [-] [instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] Instance failed to spawn",
                Some("nova.compute.manager"),
                "[instance: b9000564-fe1a-409b-b8cc-1e88b294cd1d] Instance failed to spawn",
            ),
            (
                "[2028-06-06T23:11:24,477][WARN ][o.e.m.j.JvmGcMonitorService] [es-data-5] [gc][80722] overhead, spent [8.0s] collecting in the last [8.9s]",
                Some("o.e.m.j.JvmGcMonitorService"),
                "overhead, spent [8.0s] collecting in the last [8.9s]",
            ),
            (
                "[2028-06-08T22:35:47,753][WARN ][r.suppressed             ] [es-coord-1] path: /orders-*/_search, status: 429",
                Some("r.suppressed"),
                "path: /orders-*/_search, status: 429",
            ),
            (
                "2028-06-02 09:49:24,688 WARN  [DataNode: [[[DISK]file:/data/1/hdfs/dn, [DISK]file:/data/2/hdfs/dn]]  heartbeating to nn1.internal/10.40.1.10:8020] org.apache.hadoop.hdfs.server.datanode.DataNode: Removing failed volume",
                Some("org.apache.hadoop.hdfs.server.datanode.DataNode"),
                "Removing failed volume",
            ),
            (
                "05-Jun-2028 12:00:00.123 SEVERE [main] org.apache.catalina.core.StandardContext.listenerStart Exception sending context initialized event to listener instance of class [org.springframework.web.context.ContextLoaderListener]",
                Some("org.apache.catalina.core.StandardContext.listenerStart"),
                "Exception sending context initialized event to listener instance of class [org.springframework.web.context.ContextLoaderListener]",
            ),
            (
                "2026-01-01 00:00:00 ERROR api.orders.example.com unreachable",
                None,
                "api.orders.example.com unreachable",
            ),
            (
                "Nov  7 20:41:23 sw-acc-03.lhr2 663452: Nov  7 20:41:23.240 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet1/0/46, changed state to down",
                Some("%LINK-3-UPDOWN"),
                "Interface GigabitEthernet1/0/46, changed state to down",
            ),
            (
                "Nov  1 18:43:14 nx-leaf-04.dub1 : 2028 Nov  1 18:43:14 UTC: %PLATFORM-2-PS_FAIL: Power supply 2 failed or shut down",
                Some("%PLATFORM-2-PS_FAIL"),
                "Power supply 2 failed or shut down",
            ),
            (
                "%ASA-4-106023: Deny tcp src outside:192.0.2.7/4431 dst inside:10.0.0.5/22 by access-group \"outside_in\"",
                Some("%ASA-4-106023"),
                "Deny tcp src outside:192.0.2.7/4431 dst inside:10.0.0.5/22 by access-group \"outside_in\"",
            ),
            (
                "Nov  6 13:30:55 idrac-r15-cmp-05.oob Severity: Informational, Category: System Health, MessageID: MEM9020, Message: The correctable error count for DIMM_A6 is 3",
                None,
                "Category: System Health, MessageID: MEM9020, Message: The correctable error count for DIMM_A6 is 3",
            ),
            (
                "[System] [ERROR] [7031] [Service Control Manager] [EC2AMAZ-56LR9HA] [The Orders Worker service terminated unexpectedly.]",
                None,
                "[The Orders Worker service terminated unexpectedly.]",
            ),
            (
                "CRITICAL:app.config:Missing required setting",
                Some("app.config"),
                "Missing required setting",
            ),
        ];
        // (The name shown with the message: the logger, or the program of a syslog header.)
        for (line, name, message) in cases {
            let header = split(line);
            assert_eq!(
                (header.logger.or(header.program), header.message),
                (name, message),
                "{line}"
            );
        }
    }

    /// Failure class (held-out corpus 21): RFC 5424's header was read as the message, so one
    /// kernel line had one fingerprint per header layout and per width of its uptime stamp.
    #[test]
    fn an_rfc5424_header_gives_the_message_the_bsd_layout_gives() {
        let bsd = split(
            "May  2 05:36:17 ip-10-30-170-36 kernel: [532473.091451] nf_conntrack: nf_conntrack: table full, dropping packet",
        );
        for line in [
            "<30>1 2028-05-05T22:39:10.083392+00:00 ip-10-30-185-58 kernel - - - [ 55635.496420] nf_conntrack: nf_conntrack: table full, dropping packet",
            "<6>1 2028-05-05T22:39:10Z ip-10-30-185-58 kernel 0 - [meta sequenceId=\"7\"] [532473.091451] nf_conntrack: nf_conntrack: table full, dropping packet",
        ] {
            assert_eq!(split(line).message, bsd.message, "{line}");
            assert_eq!(split(line).logger, bsd.logger, "{line}");
            assert_eq!(split(line).program, bsd.program, "{line}");
        }
        let dockerd = split(
            "<30>1 2028-05-05T22:39:10Z ip-10-30-1-2 dockerd 812 - - time=\"2028-05-05T22:39:10Z\" level=error msg=\"boom\"",
        );
        assert_eq!(dockerd.program, Some("dockerd"));
        // Not a header: no version, or a level where the program would be.
        assert_eq!(split("<30> not syslog").message, "<30> not syslog");
    }

    /// Failure class (held-out corpus 51): Chromium's header holds its severity and source file
    /// in one bracket; read, its `WARNING` lines are warnings and the file names the event.
    #[test]
    fn chromiums_header_gives_the_level_and_the_file() {
        let header = split(
            "[294:283:0113/093348.011171:WARNING:dns_config_service_linux.cc(428)] Failed to read DnsConfig.",
        );
        assert_eq!(header.level, Some(Level::Warn));
        assert_eq!(header.logger, Some("dns_config_service_linux.cc"));
        assert_eq!(header.message, "Failed to read DnsConfig.");
        let header = split("[0511/123236.430726:ERROR:gpu_init.cc(481)] Passthrough is not supported");
        assert_eq!(
            (header.level, header.logger),
            (Some(Level::Error), Some("gpu_init.cc"))
        );
        // Not a bracket of ids and a time.
        assert_eq!(split("[main:ERROR:app.js(12)] boom").logger, None);
    }

    /// Failure class (held-out corpus 50): an RFC 5424 priority of a local facility is the
    /// severity its sender set (a fare gate's `local0.notice` refusal, its `local0.crit` reader
    /// failure); `user` and `daemon`, which forwarders stamp on every line, are not read, and a
    /// level the message writes itself comes first.
    #[test]
    fn a_local_facility_priority_is_the_level() {
        let gate = |priority: u32, message: &str| {
            level_of(&format!(
                "<{priority}>1 2030-12-06T20:39:48.627+11:00 val-cen-c15 validatord 803 TAP [origin@32473 station=\"CEN\"] {message}"
            ))
        };
        assert_eq!(gate(133, "tap refused: on deny list"), Some(Level::Notice));
        assert_eq!(gate(130, "sam0: no ATR within 400ms"), Some(Level::Critical));
        assert_eq!(gate(191, "probe"), Some(Level::Debug));
        assert_eq!(gate(30, "table full, dropping packet"), None);
        assert_eq!(gate(27, "stderr line"), None);
        assert_eq!(
            gate(134, "2030-12-06 20:39:48 ERROR upload failed"),
            Some(Level::Error)
        );
        assert_eq!(local_priority_level("<134> no version"), None);
        assert_eq!(local_priority_level("<1340>1 too long"), None);
    }

    fn level_of(line: &str) -> Option<Level> {
        split(line).level
    }

    /// Failure class: the syslog header's layout (BSD or RFC 3339, as rsyslog is configured)
    /// changed the message; both give the same program and message.
    #[test]
    fn syslog_header_layouts_give_one_message() {
        let bsd =
            split("Mar  3 12:08:59 ip-10-0-1-5 systemd[1]: orders.service: Failed with result 'exit-code'.");
        let rfc = split(
            "2026-03-03T12:08:59.628154+00:00 ip-10-0-1-5 systemd[1]: orders.service: Failed with result 'exit-code'.",
        );
        assert_eq!(bsd, rfc);
        assert_eq!(rfc.program, Some("systemd"));
        let zulu = split("2026-03-03T12:08:59Z web-1 sshd: error: kex_exchange_identification: closed");
        assert_eq!(zulu.program, Some("sshd"));
        assert_eq!(zulu.message, "kex_exchange_identification: closed");
        // A timestamp without a zone, or a level where the program would be, is no syslog header.
        for line in [
            "2026-03-03T12:08:59.628 web-1 app: started",
            "2026-03-03T12:08:59.628Z 3f1e-aa ERROR: boom",
        ] {
            assert_eq!(split(line).program, None, "{line}");
        }
        // Rust tracing's default format keeps its level.
        let tracing = split("2026-03-03T12:08:59.628154Z ERROR orders::db: retrying");
        assert_eq!(tracing.level, Some(Level::Error));
    }

    /// Failure class: the kernel's `INFO:` heading over a hung task's report was read as a
    /// level (the report was dropped), and its uptime stamp, padded or not, split one problem.
    #[test]
    fn kernel_lines_have_no_level_in_their_text() {
        let shipped = split(
            "Jun  6 15:20:15 ip-10-30-4-12 kernel: [ 684895.225679] INFO: task java:42753 blocked for more than 368 seconds.",
        );
        assert_eq!(shipped.level, None);
        assert_eq!(shipped.logger, Some("kernel"));
        assert_eq!(
            shipped.message,
            "INFO: task java:42753 blocked for more than 368 seconds."
        );
        let printed = split("[1791305.613617] INFO: task java:42753 blocked for more than 368 seconds.");
        assert_eq!(printed, shipped);
        // A bracketed group that is no uptime stamp stays in the message.
        assert_eq!(split("[main] started").logger, None);
    }

    /// Failure class: a collector's own fields before the syslog header (an alert tag, an epoch,
    /// a date, the node) hid the header, so the same message from two nodes was two problems.
    #[test]
    fn a_syslog_header_after_a_collectors_fields_is_read() {
        let direct = split("Nov  9 12:01:01 dn228 crond(pam_unix)[2915]: session closed for user root");
        for line in [
            "- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed for user root",
            "- 1131566461 2005.11.09 eadmin1 Nov 9 12:01:01 src@eadmin1 crond(pam_unix)[4307]: session closed for user root",
            "2026-03-03T12:09:00Z collector-7 Nov 9 12:01:01 web-1 crond(pam_unix)[1]: session closed for user root",
        ] {
            let header = split(line);
            assert_eq!(
                (header.logger, header.message),
                (direct.logger, direct.message),
                "{line}"
            );
        }
        // Words before the stamp are prose, not a collector's fields.
        assert_eq!(
            split("job finished at Nov 9 12:01:01 web-1 cron: done").logger,
            None
        );
    }
}
