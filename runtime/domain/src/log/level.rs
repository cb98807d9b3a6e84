//! Log levels as the runtimes and libraries write them: words (`ERROR`, `[error]`, `E`,
//! `warning`), pino/bunyan numbers (50 error, 60 fatal) and syslog names (`crit`, `emerg`).

use std::sync::LazyLock;

use memchr::memmem::Finder;

/// How serious a log event says it is, in the order of the usual scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Trace,
    Debug,
    Info,
    Notice,
    Warn,
    Error,
    Critical,
    Fatal,
}

impl Level {
    /// Is this level an error (what awsmon reports)? Warnings are not.
    pub fn is_error(self) -> bool {
        self >= Self::Error
    }

    /// The level a word names, in any case: `ERROR`, `err`, `Warning`, `crit`, `FATAL`.
    pub fn from_word(word: &str) -> Option<Self> {
        if word.is_empty() || word.len() > 11 {
            return None;
        }
        let mut lower = [0u8; 11];
        for (slot, byte) in lower.iter_mut().zip(word.bytes()) {
            *slot = byte.to_ascii_lowercase();
        }
        Some(match &lower[..word.len()] {
            b"trace" | b"trc" | b"trce" | b"vrb" | b"finest" | b"finer" | b"verbose" => Self::Trace,
            b"debug" | b"dbg" | b"dbug" | b"fine" | b"config" => Self::Debug,
            b"info" | b"inf" | b"information" | b"informational" | b"log" => Self::Info,
            b"notice" | b"note" => Self::Notice,
            b"warn" | b"warning" | b"wrn" => Self::Warn,
            b"error" | b"err" | b"eror" | b"severe" | b"fail" => Self::Error,
            b"critical" | b"crit" | b"alert" | b"dpanic" => Self::Critical,
            b"fatal" | b"emerg" | b"emergency" | b"panic" | b"ftl" => Self::Fatal,
            _ => return None,
        })
    }

    /// The level of a single letter as Ruby's Logger and glog write it (`E, [...]`, `E1202`).
    pub fn from_letter(letter: u8) -> Option<Self> {
        Some(match letter {
            b'D' => Self::Debug,
            b'I' => Self::Info,
            b'W' => Self::Warn,
            b'E' => Self::Error,
            b'F' => Self::Fatal,
            _ => return None,
        })
    }

    /// A syslog severity (RFC 5424), as journald's `PRIORITY` holds it: 0 emerg, 1 alert, 2 crit,
    /// 3 err, 4 warning, 5 notice, 6 info, 7 debug.
    pub fn from_syslog_severity(severity: u64) -> Option<Self> {
        Some(match severity {
            0 => Self::Fatal,
            1 | 2 => Self::Critical,
            3 => Self::Error,
            4 => Self::Warn,
            5 => Self::Notice,
            6 => Self::Info,
            7 => Self::Debug,
            _ => return None,
        })
    }

    /// pino and bunyan: 10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal; from 100,
    /// Monolog: 100 debug, 200 info, 250 notice, 300 warning, 400 error, 500 critical, 550 alert,
    /// 600 emergency. Between the two, no level of either (Node-RED's audit 98 and metric 99).
    pub fn from_number(number: f64) -> Option<Self> {
        Some(match number {
            n if n >= 600.0 => Self::Fatal,
            n if n >= 500.0 => Self::Critical,
            n if n >= 400.0 => Self::Error,
            n if n >= 300.0 => Self::Warn,
            n if n >= 250.0 => Self::Notice,
            n if n >= 200.0 => Self::Info,
            n if n >= 100.0 => Self::Debug,
            n if n > 60.0 => return None,
            n if n >= 60.0 => Self::Fatal,
            n if n >= 50.0 => Self::Error,
            n if n >= 40.0 => Self::Warn,
            n if n >= 30.0 => Self::Info,
            n if n >= 20.0 => Self::Debug,
            n if n >= 0.0 => Self::Trace,
            _ => return None,
        })
    }
}

/// The level written in the header of a plain-text line, if any: a level word among the first
/// few words (`2026-11-24 09:00:01,123 ERROR [main] ...`, `[ERROR]\t2026-...`, `... [crit] ...`,
/// `E, [2026-...] ERROR -- :`), or `level=error` anywhere near the start (logfmt).
///
/// A bare lowercase word counts only when marked as a level (bracketed or followed by `:`), so
/// that `error` in a sentence is not read as a level.
pub fn header_level(first_line: &str) -> Option<Level> {
    let head = &first_line[..floor_char_boundary(first_line, 240)];
    logfmt_level(head).or_else(|| level_token(head).map(|(level, _)| level))
}

/// An upper-case level word between colons, right after a field that ends with a digit or `]`
/// (a time, a pid): `...35.549:WARN:logger:`.
fn colon_glued_level(token: &str) -> Option<Level> {
    let mut fields = token.split(':');
    let mut previous = fields.next()?;
    for field in fields {
        if field.len() > 1
            && field.bytes().all(|b| b.is_ascii_uppercase())
            && previous.ends_with(|c: char| c.is_ascii_digit() || c == ']')
            && let Some(level) = Level::from_word(field)
        {
            return Some(level);
        }
        previous = field;
    }
    None
}

/// The level of a header whose fields are separated by `|`, as NLog's default layout writes
/// it (`2026-12-04 11:41:49.2758|ERROR|Shop.OrderStore|message`) and log4net's and Serilog's
/// layouts often do: a level word alone in one of the first three fields, every field before
/// it short and holding a digit (times, thread ids), with the offset just after its `|`. The
/// first field may be the program's name instead, in capitals (a batch's
/// `DISPENSE|2031-05-05 19:27:39|INFO|…`), if a time or an id follows it.
fn piped_level(head: &str) -> Option<(Level, usize)> {
    memchr::memchr(b'|', head.as_bytes())?;
    let mut start = 0;
    let mut timed = false;
    for (index, field) in head.split('|').take(3).enumerate() {
        let end = start + field.len();
        if end >= head.len() {
            return None;
        }
        if let Some(level) = Level::from_word(field.trim()) {
            return (index == 0 || timed).then_some((level, end + 1));
        }
        let holds_digit = field.bytes().any(|b| b.is_ascii_digit());
        let program = index == 0
            && field.len() > 1
            && field
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'_' | b'-'));
        if field.len() > 40 || !(holds_digit || program) {
            return None;
        }
        timed |= holds_digit;
        start = end + 1;
    }
    None
}

/// The level word among the first few words of `head`, with the byte offset just after it.
pub fn level_token(head: &str) -> Option<(Level, usize)> {
    let head = &head[..floor_char_boundary(head, 240)];
    if let Some((_, level, end)) = tool_heading(head) {
        return Some((level, end));
    }
    if let Some(found) = piped_level(head) {
        return Some(found);
    }
    let mut words = 0;
    let mut rest = head;
    // Only times, dates and ids so far: a column-aligned header, where a level may stand as a
    // plain word (logcat's `W`, Windows CBS's `Info`).
    let mut header_fields = 0;
    // A word with letters and no digit so far (a name, not a time or an id).
    let mut named = false;
    let mut after_comma = false;
    while words < 8 {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let end = find_whitespace(rest).unwrap_or(rest.len());
        let token = &rest[..end];
        rest = &rest[end..];
        // `[ warn]`: a bracket opened before the level word.
        let joined;
        let token = if token == "[" && !rest.trim_start().is_empty() {
            let next = rest.trim_start();
            let end = find_whitespace(next).unwrap_or(next.len());
            joined = format!("[{}", &next[..end]);
            rest = &next[end..];
            joined.as_str()
        } else {
            token
        };
        // GitHub Actions' and Azure Pipelines' workflow commands (`##[error]Process completed
        // with exit code 1.`, `##[warning]…`, `##[notice]…`): the level glued to the message.
        if let Some(inner) = token.strip_prefix("##[")
            && let Some(close) = inner.find(']')
            && let Some(level) = Level::from_word(&inner[..close])
        {
            let token_start = head.len() - rest.len() - token.len();
            return Some((level, token_start + "##[".len() + close + 1));
        }
        if words == header_fields
            && let Some(level) = column_level(token, after_comma, rest, header_fields)
        {
            return Some((level, head.len() - rest.len()));
        }
        // A bare level word that ends the line after a name is a status, not a header's level
        // (Laravel's queue worker: `2030-10-05 07:15:23 App\Jobs\RenderInvoicePdf ......
        // 647.77ms FAIL`): the line is judged and grouped by its words. (After times and ids
        // alone it is the level of what follows, as Lambda's `<time>\t<request id>\tERROR\t{…}`;
        // `WARN:` and `[WARN]` announce the next line.)
        if named && rest.trim().is_empty() && token.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        if let Some(level) = token_level(token, words == 0, rest) {
            let token_end = head.len() - rest.len();
            // Python's default `LEVEL:logger:message`: the level ends at its colon.
            let glued = token.find(':').filter(|&colon| {
                colon + 1 < token.len()
                    && !token.starts_with('[')
                    && Level::from_word(&token[..colon]).is_some()
            });
            return Some((
                level,
                glued.map_or(token_end, |colon| token_end - token.len() + colon + 1),
            ));
        }
        // Prose has begun (`failed to load config: ...`, `Setting BTCoex Config: ...`): the
        // header is over. A header's words are times, ids, names with digits or brackets, not
        // words of a sentence; a capitalised one may be a date (`Mon Nov 24 09:00:01`).
        // A name with a `>` or `|` after it is a runner's, before each line it relays (docker
        // compose's `web  | ERROR ...`, Airbyte's `2027-01-06 23:05:08 source > INFO ...`): the
        // relayed line's header follows.
        // A program's name before the date is part of the header too (Jitsi's `Jicofo 2030-04-22
        // 10:42:12.525 SEVERE: ...`).
        if is_prose_word(token) && !follows_relay_mark(rest) && !(words == 0 && starts_with_a_date(rest)) {
            return None;
        }
        if token.chars().any(char::is_alphanumeric) {
            words += 1;
            if is_time_or_id(token) {
                header_fields += 1;
            }
            named |= token.chars().any(char::is_alphabetic) && !token.chars().any(|c| c.is_ascii_digit());
        }
        after_comma = token.ends_with(',');
    }
    None
}

/// A date, a time or a numeric id (`03-17`, `16:13:45.466`, `1702`, `2026-12-04T10:00:00Z,`):
/// digits and punctuation, with at most the `T` and `Z` of an ISO 8601 time.
fn is_time_or_id(token: &str) -> bool {
    token.bytes().any(|b| b.is_ascii_digit())
        && token
            .bytes()
            .all(|b| !b.is_ascii_alphabetic() || b == b'T' || b == b'Z')
}

/// A level standing alone as a column after a header of times and ids, as two documented
/// formats write it: Android's logcat, one letter before the tag (`03-17 16:13:45.466  1702
/// 17632 E ActivityManager: ...`, or `E/ActivityManager( 1702): ...` in its brief layout), and
/// Windows' CBS and DISM logs, a word after the time's comma, padded (`2016-09-28 04:30:31,
/// Info                  CBS ...`). A capitalised word elsewhere is prose (`12:00 Alert sent`).
fn column_level(token: &str, after_comma: bool, rest: &str, header_fields: usize) -> Option<Level> {
    if let Some(level) = logcat_letter(token, rest, header_fields) {
        return Some(level);
    }
    // spdlog's short level in a bracketed header of a date, a time, the level and ids (Ray's
    // C++ core: `[2029-06-02 15:17:25,354 W 279 6725] (raylet) …`).
    if token.len() == 1
        && header_fields >= 2
        && let Some((ids, _)) = rest.split_once(']')
        && !ids.trim().is_empty()
        && ids.bytes().all(|b| b.is_ascii_digit() || b == b' ')
    {
        return match token.as_bytes()[0] {
            b'T' => Some(Level::Trace),
            b'C' => Some(Level::Critical),
            letter => Level::from_letter(letter),
        };
    }
    // rails_semantic_logger's default format: the level's letter after the date and time, then
    // the process and thread in brackets (`2030-11-04 00:32:07.249782 I [1:puma srv tp 004]
    // Api::V1::WithdrawalsController -- …`).
    if token.len() == 1 && header_fields >= 2 && rest.starts_with(" [") {
        return match token.as_bytes()[0] {
            b'T' => Some(Level::Trace),
            letter => Level::from_letter(letter),
        };
    }
    let padded = rest.starts_with("  ") || rest.starts_with('\t');
    let after_comma = after_comma && rest.starts_with(' ');
    let capitalised = token.len() > 1
        && token.as_bytes()[0].is_ascii_uppercase()
        && token.as_bytes()[1..].iter().all(u8::is_ascii_lowercase);
    (header_fields > 0 && capitalised && (padded || after_comma) && !is_rare_level_word(token))
        .then(|| Level::from_word(token))
        .flatten()
}

/// logcat's priority letters: V verbose, D debug, I info, W warn, E error, F fatal, A assert.
/// Alone, the letter follows a date, a time and a pid, and its tag ends with a colon.
fn logcat_letter(token: &str, rest: &str, header_fields: usize) -> Option<Level> {
    let bytes = token.as_bytes();
    let tag = rest.trim_start();
    let alone = bytes.len() == 1
        && header_fields >= 3
        && rest.starts_with(' ')
        && tag.bytes().take(40).skip(1).any(|b| b == b':');
    // The brief layout glues the tag: `E/AndroidRuntime(`, `W/Tag( 1702):`. (`I/O` and
    // `I/O(sda)` are words: a tag has two letters at least.)
    let glued_tag = !alone
        && bytes.len() > 3
        && bytes[1] == b'/'
        && bytes[2].is_ascii_alphabetic()
        && bytes[3] != b'('
        && (token.contains('(') || tag.starts_with('('));
    if !(glued_tag || alone) {
        return None;
    }
    match bytes[0] {
        b'V' => Some(Level::Trace),
        b'A' => Some(Level::Fatal),
        letter => Level::from_letter(letter),
    }
}

/// ` 2030-04-22`, ` 2030/04/22`: a date, year first, opens what follows.
fn starts_with_a_date(rest: &str) -> bool {
    let bytes = rest.trim_start_matches(' ').as_bytes();
    bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && matches!(bytes[4], b'-' | b'/')
        && bytes[5..7].iter().all(u8::is_ascii_digit)
        && bytes[7] == bytes[4]
        && bytes[8..10].iter().all(u8::is_ascii_digit)
}

/// Is the next token of `rest` a relay mark, `>` or `|` alone?
fn follows_relay_mark(rest: &str) -> bool {
    let rest = rest.trim_start();
    matches!(rest.as_bytes(), [b'>' | b'|', b' ', ..])
}

/// Tools whose every line starts with their name and a lowercase level (`npm error 404 ...`,
/// `gyp info it worked if it ends with ok`): npm 10's log format and npmlog's users.
const LOWERCASE_LEVEL_TOOLS: [&str; 4] = ["npm", "npx", "pnpm", "gyp"];

/// The severity of a Cisco IOS, IOS XE, NX-OS or ASA message, written in its mnemonic
/// (`%LINK-3-UPDOWN:`, `%PLATFORM-2-PS_FAIL:`, `%ASA-4-106023:`): a syslog severity, 0 to 7. The
/// level, and where the mnemonic starts and ends (after its colon), within the line's first
/// [`MNEMONIC_WINDOW`] bytes (after a syslog header, a sequence number and the device's time).
pub fn device_mnemonic(line: &str) -> Option<(Level, usize, usize)> {
    let head = &line[..floor_char_boundary(line, MNEMONIC_WINDOW)];
    head.match_indices('%').find_map(|(at, _)| {
        let rest = &line[at + 1..];
        let (facility, rest) = rest.split_once('-')?;
        let (severity, rest) = rest.split_once('-')?;
        let (mnemonic, _) = rest.split_once(':')?;
        let upper = |part: &str| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
        };
        let shaped = facility.len() >= 2
            && facility.as_bytes()[0].is_ascii_uppercase()
            && upper(facility)
            && upper(mnemonic)
            && severity.len() == 1;
        let level = severity
            .parse()
            .ok()
            .filter(|_| shaped)
            .and_then(Level::from_syslog_severity)?;
        let end = at + 1 + facility.len() + 1 + 1 + 1 + mnemonic.len() + 1;
        Some((level, at, end))
    })
}

/// The severity IBM products write as the last letter of a message's identifier, where the
/// identifier starts `line` (IBM MQ's error logs, `AMQ9633E: Bad SSL certificate …`; its
/// console's and telemetry's `MQWB…`, `AMQXR…`; WebSphere Liberty's `CWWKF0011I:`): a prefix of
/// three to five capitals, four or five digits, the letter (`I` informational, `W` warning, `E`
/// error, `S` severe, `T` terminating) and a colon. The level, and the identifier's length.
pub fn ibm_message_id(line: &str) -> Option<(Level, usize)> {
    let bytes = line.as_bytes();
    let letters = bytes
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    let digits = bytes[letters..]
        .iter()
        .take(6)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if !(3..=5).contains(&letters) || !(4..=5).contains(&digits) {
        return None;
    }
    let end = letters + digits + 1;
    if bytes.get(end) != Some(&b':') {
        return None;
    }
    let level = match bytes[end - 1] {
        b'I' => Level::Info,
        b'W' => Level::Warn,
        b'E' => Level::Error,
        b'S' => Level::Critical,
        b'T' => Level::Fatal,
        _ => return None,
    };
    Some((level, end))
}

/// How far into a line a device's mnemonic is looked for ([`device_mnemonic`]).
const MNEMONIC_WINDOW: usize = 160;

/// A command-line tool's heading and level, its first two words, as npm and its kin print every
/// line (`npm ERR! 404 ...`, npm 10's `npm error 404 ...`, `gyp ERR!`, `npm warn`): the heading
/// (returned, the logger), the level and the offset after it. The level is written in capitals,
/// with npmlog's `!` (`ERR!`) or without, or in lowercase after the name of a tool known to print
/// it so (npm 10 and its kin, [`LOWERCASE_LEVEL_TOOLS`]), and only as the levels such tools print
/// (`error`, `warn`, `warning`, `notice`, `info`). Any other short word before a lowercase level
/// is prose (`disk error count=0`, `parse error`), judged by the words as before.
pub fn tool_heading(head: &str) -> Option<(&str, Level, usize)> {
    // Most headers start with a time, a digit or a bracket: one byte decides.
    if !head.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let end = find_whitespace(head)?;
    let heading = &head[..end];
    if !(2..=10).contains(&heading.len()) || !heading.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let rest = &head[end..];
    let after_space = rest.trim_start_matches(' ');
    if after_space.len() + 1 != rest.len() {
        return None;
    }
    let word_end = find_whitespace(after_space).unwrap_or(after_space.len());
    let word = &after_space[..word_end];
    let bare = word.strip_suffix('!').unwrap_or(word);
    let capitals = bare.len() > 1 && bare.bytes().all(|b| b.is_ascii_uppercase());
    let tools_lowercase = LOWERCASE_LEVEL_TOOLS.contains(&heading)
        && word_end < after_space.len()
        && ["error", "warn", "warning", "notice", "info"].contains(&word);
    let tools_capitals = capitals && !is_rare_level_word(bare);
    if !(tools_capitals || tools_lowercase) {
        return None;
    }
    let level = Level::from_word(bare)?;
    Some((heading, level, head.len() - after_space.len() + word_end))
}

/// A word of a sentence: lowercase (`failed`) or capitalised (`Setting`), three letters or
/// more, and not the name of a day or a month.
fn is_prose_word(token: &str) -> bool {
    let bytes = token.as_bytes();
    bytes.len() >= 3
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_uppercase())
        && bytes[1..].iter().all(u8::is_ascii_lowercase)
        && !super::template::is_date_word(token)
}

/// Level words that are also ordinary words: levels only in capitals or brackets (Java's
/// `CONFIG`, PostgreSQL's `LOG:`, MySQL's `[Note]`).
fn is_rare_level_word(word: &str) -> bool {
    [
        "config",
        "fine",
        "finer",
        "finest",
        "verbose",
        "information",
        "log",
        "note",
    ]
    .iter()
    .any(|rare| word.eq_ignore_ascii_case(rare))
}

/// The level one whitespace-separated token names, if it is written as a level.
fn token_level(token: &str, first: bool, after: &str) -> Option<Level> {
    let bracketed = token
        .strip_prefix(['[', '<', '('])
        .and_then(|t| t.strip_suffix([']', '>', ')']).or_else(|| t.strip_suffix("]:")));
    if let Some(bit) = token.strip_prefix("(0x").and_then(|t| t.strip_suffix("):")) {
        return sssd_level(bit);
    }
    // (`[2026-12-03T09:00:00,123][DEBUG][o.o.a.b.Bulk]`, Elasticsearch's and OpenSearch's
    // layout, is groups glued together: read below.)
    if let Some(inner) = bracketed
        && !inner.contains("][")
    {
        return Level::from_word(inner)
            .or_else(|| module_level(inner))
            .or_else(|| abbreviated_level(inner));
    }
    // `util.py[WARNING]:` (cloud-init's `module[LEVEL]:`): the level in brackets after a name.
    if let Some((name, inner)) = token
        .trim_end_matches(':')
        .strip_suffix(']')
        .and_then(|t| t.split_once('['))
        && !name.is_empty()
        && !name.contains(['[', ']'])
        && inner.len() > 1
        && inner.bytes().all(|b| b.is_ascii_uppercase())
    {
        return Level::from_word(inner);
    }
    // Asterisk's `WARNING[46265]`, `ERROR[1234]:`: a level in capitals with its thread or
    // process id in brackets.
    if let Some((word, id)) = token
        .trim_end_matches(':')
        .strip_suffix(']')
        .and_then(|t| t.split_once('['))
        && word.len() > 1
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_digit())
    {
        return Level::from_word(word);
    }
    // Telegraf's and so the CloudWatch agent's `E!`, `W!`, `I!`, `D!`.
    if let [letter, b'!'] = token.as_bytes()
        && let Some(level) = Level::from_letter(*letter)
    {
        return Some(level);
    }
    // AWS DMS's task log (`[SOURCE_CAPTURE  ]E:`, `[TASK_MANAGER]I:`): the component in
    // brackets, the level's letter glued after it.
    if let [.., b']', letter, b':'] = token.as_bytes()
        && let Some(level) = Level::from_letter(*letter)
    {
        return Some(level);
    }
    // Envoy's `...][12][warning][config]`: bracket groups glued together, one of them a level.
    // (A byte loop: tokens are short, and `str::contains` sets up a substring search.)
    if token.as_bytes().windows(2).any(|pair| pair == b"][") {
        return token
            .split(['[', ']'])
            .filter(|group| group.len() > 1 && !is_rare_level_word(group))
            .find_map(Level::from_word);
    }
    // PostgreSQL's `log_line_prefix` (`UTC:10.0.0.7(5432):user@db:[5678]:ERROR:`): fields
    // joined by colons, the level last.
    if let Some((_, last)) = token.strip_suffix(':').and_then(|fields| fields.rsplit_once(':'))
        && last.len() > 1
        && last.bytes().all(|b| b.is_ascii_uppercase())
        && let Some(level) = Level::from_word(last)
    {
        return Some(level);
    }
    // Python's logging as Thumbor and Tornado format it (`%(name)s:%(levelname)s`:
    // `thumbor:WARNING`, `tornado.access:INFO`): a logger's dotted name, then the level.
    if let Some((name, last)) = token.rsplit_once(':')
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_'))
        && last.len() > 1
        && last.bytes().all(|b| b.is_ascii_uppercase())
        && let Some(level) = Level::from_word(last)
    {
        return Some(level);
    }
    // Jetty's `StdErrLog` (`2026-12-02 12:59:35.549:WARN:oejs.HttpChannel:qtp14-75:`): the
    // level between the time and the logger, glued by colons to both.
    if let Some(level) = colon_glued_level(token) {
        return Some(level);
    }
    // `ERROR:root:message` (Python's default format), `ERROR:`, `ERROR`, `E,` (Ruby), glog.
    // Celery's `[time: INFO/ForkPoolWorker-5]` too.
    let word = token.trim_start_matches('[');
    // The separators are ASCII: a byte search cuts where `split` would, without decoding.
    let word = word
        .bytes()
        .position(|b| matches!(b, b':' | b',' | b'|' | b'/'))
        .map_or(word, |end| &word[..end]);
    // Serilog's `[12:33:28 ERR]`: the bracket opened in the token before.
    let word = word.strip_suffix(']').unwrap_or(word);
    // Monolog's `production.ERROR:`: the channel glued to the level.
    if let Some((_, level)) = word.rsplit_once('.')
        && level.len() > 1
        && level.bytes().all(|b| b.is_ascii_uppercase())
        && let Some(level) = Level::from_word(level)
    {
        return Some(level);
    }
    // A lowercase level is one when marked as a field: followed by `:` or a tab (`\twarn\t`).
    let marked = token.len() > word.len() || after.trim_start_matches(' ').starts_with([':', '|', '-', '\t']);
    let uppercase = word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    let common = !is_rare_level_word(word);
    if (uppercase || (marked && word.len() > 1 && common))
        && let Some(level) = Level::from_word(word)
    {
        return Some(level);
    }
    // A warning's class (`(node:1) MaxListenersExceededWarning: ...`, Python's `x.py:12:
    // DeprecationWarning: ...`): the message is that warning, whatever words follow.
    if let Some(class) = token.strip_suffix(':')
        && class.len() > "Warning".len()
        && class.ends_with("Warning")
        && class.as_bytes()[0].is_ascii_uppercase()
        && class.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Some(Level::Warn);
    }
    if first {
        let bytes = token.as_bytes();
        // APT's `E: ...` and `W: ...` (apt-get, unattended-upgrades through apt.systemd.daily).
        if bytes.len() == 2 && bytes[1] == b':' && !after.trim_start().is_empty() {
            return Level::from_letter(bytes[0]);
        }
        // Ruby's `E, [time #pid]` and glog's `E1124 09:00:01.123456`.
        let ruby = bytes.len() == 2 && bytes[1] == b',';
        if ruby || is_glog_stamp(token) {
            return Level::from_letter(bytes[0]);
        }
        // CUPS' `E [05/Feb/2030:17:47:04 +0000] ...` (cupsd-logs(5)): a letter, then the date.
        if bytes.len() == 1 && starts_with_cups_date(after) {
            return cups_level(bytes[0]);
        }
    }
    None
}

/// glog's level and date (`E1124`, or `E20301124` with glog's `log_year_in_prefix`), as glog,
/// Abseil and klog start a line.
pub fn is_glog_stamp(token: &str) -> bool {
    let bytes = token.as_bytes();
    matches!(bytes.len(), 5 | 9) && bytes[0].is_ascii_uppercase() && bytes[1..].iter().all(u8::is_ascii_digit)
}

/// ` [05/Feb/2030:`: the date after a CUPS error log's level letter.
pub fn starts_with_cups_date(after: &str) -> bool {
    let bytes = after.as_bytes();
    bytes.len() > 5
        && bytes.starts_with(b" [")
        && bytes[2].is_ascii_digit()
        && bytes[3].is_ascii_digit()
        && bytes[4] == b'/'
}

/// CUPS' one-letter levels in its error log (cupsd-logs(5)): `X` emergency, `A` alert, `C`
/// critical, `E` error, `W` warning, `N` notice, `I` info, `D` and `d` debug.
fn cups_level(letter: u8) -> Option<Level> {
    Some(match letter {
        b'X' => Level::Fatal,
        b'A' | b'C' => Level::Critical,
        b'N' => Level::Notice,
        b'd' => Level::Debug,
        _ => return Level::from_letter(letter),
    })
}

/// SSSD's debug levels, one bit of its mask in hex (`[be[corp.example.com]] [sdap_connect]
/// (0x0040): ...`): 0x0010 fatal failures, 0x0020 critical, 0x0040 serious, 0x0080 minor
/// failures, and from 0x0100 settings and traces.
fn sssd_level(bit: &str) -> Option<Level> {
    if bit.len() != 4 {
        return None;
    }
    Some(match u32::from_str_radix(bit, 16).ok()? {
        0x0010 => Level::Fatal,
        0x0020 => Level::Critical,
        0x0040 => Level::Error,
        0x0080 => Level::Warn,
        0x0100 | 0x0200 | 0x0400 | 0x1000 | 0x2000 | 0x4000 => Level::Debug,
        _ => return None,
    })
}

/// ArubaOS' four-letter severities in angle brackets (`<ERRS>`, `<NOTI>`, `<ALRT>`, `<EMER>`,
/// `<DBUG>`; `<WARN>`, `<INFO>` and `<CRIT>` are words already), in capitals only: `errs` and
/// `noti` are no words of a message there.
fn abbreviated_level(inner: &str) -> Option<Level> {
    Some(match inner {
        "EMER" => Level::Fatal,
        "ALRT" => Level::Critical,
        "ERRS" => Level::Error,
        "NOTI" => Level::Notice,
        "DBUG" => Level::Debug,
        _ => return None,
    })
}

/// `proxy:debug`, `proxy_fcgi:error`, `core:trace3`: Apache 2.4's `[module:level]`, the level
/// after the module's name (trace levels carry their depth); also after several names, as
/// NetApp ONTAP's event log writes `[node:event.name:severity]`.
fn module_level(inner: &str) -> Option<Level> {
    let (module, level) = inner.rsplit_once(':')?;
    let level = level.trim_end_matches(|c: char| c.is_ascii_digit());
    let named = module.split(':').all(|name| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
    });
    let lower = level.len() > 1 && level.bytes().all(|b| b.is_ascii_lowercase());
    (named && lower && !is_rare_level_word(level))
        .then(|| Level::from_word(level))
        .flatten()
}

/// `level=error`, `lvl=warn`, `severity=ERROR` (logfmt), near the start of `line`.
pub fn logfmt_level(line: &str) -> Option<Level> {
    let head = &line[..floor_char_boundary(line, 240)];
    // Every key ends with `=`: most lines have none, and leave after one `memchr`.
    memchr::memchr(b'=', head.as_bytes())?;
    // Searchers built once: building one per call costs more than searching a short line.
    static KEYS: LazyLock<[(&str, Finder<'static>); 3]> =
        LazyLock::new(|| ["level=", "lvl=", "severity="].map(|key| (key, Finder::new(key))));
    for (key, finder) in KEYS.iter() {
        let mut from = 0;
        while let Some(at) = finder.find(&head.as_bytes()[from..]) {
            let start = from + at;
            let boundary = start == 0 || !head.as_bytes()[start - 1].is_ascii_alphanumeric();
            let value = head[start + key.len()..]
                .trim_start_matches('"')
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            if boundary && let Some(level) = Level::from_word(value) {
                return Some(level);
            }
            from = start + key.len();
        }
    }
    None
}

/// `text.find(char::is_whitespace)`, byte by byte through ASCII (a header is read a token at a
/// time, and `find` with a predicate decodes every char).
pub(crate) fn find_whitespace(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        if byte.is_ascii() {
            // ASCII whitespace as `char::is_whitespace` has it.
            if matches!(byte, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ') {
                return Some(at);
            }
            at += 1;
        } else {
            let c = text[at..].chars().next()?;
            if c.is_whitespace() {
                return Some(at);
            }
            at += c.len_utf8();
        }
    }
    None
}

/// The largest char boundary at or below `index`.
pub(crate) fn floor_char_boundary(text: &str, index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    (0..=index).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Failure class (held-out corpus 43): IBM MQ's error log writes no level but its message
    /// identifier's last letter, which the product documents as the severity.
    #[test]
    fn an_ibm_message_identifier_carries_its_severity() {
        let cases = [
            (
                "AMQ5051I: The queue manager task 'LOGGER-IO' has started.",
                Some((Level::Info, 8)),
            ),
            (
                "AMQ8077W: Entity 'ops' has insufficient authority",
                Some((Level::Warn, 8)),
            ),
            (
                "AMQ9633E: Bad SSL certificate for channel 'A.TO.B'.",
                Some((Level::Error, 8)),
            ),
            (
                "AMQ8506S: Command server MQGET failed",
                Some((Level::Critical, 8)),
            ),
            ("AMQXR2040T: stopping", Some((Level::Fatal, 10))),
            ("CWWKF0011I: The server is ready", Some((Level::Info, 10))),
            // Not an identifier: a word, a code without its letter or colon, a lowercase id.
            ("ERROR: boom", None),
            ("AMQ9633: Bad SSL certificate", None),
            ("AMQ9633E Bad SSL certificate", None),
            ("amq9633e: bad", None),
            ("ABCDEF1234E: six letters", None),
        ];
        for (line, expected) in cases {
            assert_eq!(ibm_message_id(line), expected, "{line}");
        }
    }

    #[test]
    fn header_levels_of_the_usual_formats() {
        let cases = [
            (
                "[ERROR]\t2026-11-24T09:00:01.123Z\t8f5c\tboom",
                Some(Level::Error),
            ),
            (
                "2026-11-24T09:00:01.123Z\t8f5c\tERROR\tInvoke Error \t{}",
                Some(Level::Error),
            ),
            // rails_semantic_logger's default format (held-out corpus 49).
            (
                "2030-11-04 00:32:07.249782 I [1:puma srv tp 004] Api::V1::WithdrawalsController -- Withdrawal refused: KYC not verified",
                Some(Level::Info),
            ),
            (
                "2030-11-04 00:32:07.249782 E [1:sidekiq.payouts/processor] PayoutSubmitJob -- failed",
                Some(Level::Error),
            ),
            (
                "2026-11-24 09:00:01.123  WARN 1 --- [main] o.s.Foo : retrying after error",
                Some(Level::Warn),
            ),
            (
                "2026/11/24 09:00:01 [crit] 12#0: *3 connect() failed",
                Some(Level::Critical),
            ),
            (
                "E, [2026-11-24T09:00:01.123456 #42] ERROR -- : boom",
                Some(Level::Error),
            ),
            (
                "I1124 09:00:01.123456    1 main.go:42] started",
                Some(Level::Info),
            ),
            // glog with the year (`log_year_in_prefix`), whatever words follow.
            (
                "I20300228 22:39:12.874955 12 search.cc:278] Solution #217 (failures = 767)",
                Some(Level::Info),
            ),
            (
                "E20300204 07:21:38.757603 1 solve.cc:160] no solution for wave W11",
                Some(Level::Error),
            ),
            // CUPS' error log: a letter, then the date; a word before a bracket is no level.
            (
                "W [05/Feb/2030:17:47:04 +0000] [Job 55685] Send-Document aborted",
                Some(Level::Warn),
            ),
            (
                "C [05/Feb/2030:17:47:04 +0000] Unable to write the job cache",
                Some(Level::Critical),
            ),
            ("A [scheduled] job failed", None),
            ("ERROR:root:could not connect", Some(Level::Error)),
            // Thumbor's and Tornado's `%(name)s:%(levelname)s` (held-out corpus 54).
            (
                "2031-04-07 12:10:16 tornado.general:WARNING Connection closed by client during write: StreamClosedError",
                Some(Level::Warn),
            ),
            (
                "2031-04-08 10:43:43 thumbor:ERROR error putting v2/537e3f5c",
                Some(Level::Error),
            ),
            (
                "time=2026-11-24T09:00:01Z level=info msg=\"0 errors\"",
                Some(Level::Info),
            ),
            (
                "09:00:01.123 [main] INFO  c.e.App - error_count=0",
                Some(Level::Info),
            ),
            (
                "host.example.com:443 error : Could not connect",
                Some(Level::Error),
            ),
            ("the error was handled", None),
            ("Task timed out after 6.00 seconds", None),
            // A level word in a sentence is a word: Java's CONFIG level is written in capitals.
            ("Setting BTCoex Config: enable_2G:1", None),
            // Monolog's channel, Serilog's bracket, Envoy's groups, PostgreSQL's prefix,
            // MySQL's notes, .NET's console.
            ("[2026-08-20 03:31:06] production.ERROR: boom", Some(Level::Error)),
            (
                "[2026-08-20 03:31:06] prod.INFO: Handled error",
                Some(Level::Info),
            ),
            ("[12:33:28 ERR] No tax rate", Some(Level::Error)),
            ("[17:32:08 WRN] Retrying after error", Some(Level::Warn)),
            (
                "[2026-06-21 01:34:00.630][29][warning][config] stream closed",
                Some(Level::Warn),
            ),
            (
                "2026-09-23 09:44:39 UTC:10.0.0.7(43269):app@orders:[15026]:LOG:  could not receive data",
                Some(Level::Info),
            ),
            (
                "2026-09-23 09:44:39 UTC:10.0.0.7(43269):app@orders:[15026]:ERROR:  null value",
                Some(Level::Error),
            ),
            (
                "2026-01-01T00:00:00Z 12 [Note] [MY-010926] Access denied",
                Some(Level::Notice),
            ),
            (
                "2026-01-01T00:00:00Z fail: Microsoft.Hosting[9]",
                Some(Level::Error),
            ),
            ("log: rotated", None),
            // A tool's heading and level (npmlog and npm 10).
            (
                "npm ERR! 404 Not Found - GET https://registry.npmjs.org/x",
                Some(Level::Error),
            ),
            (
                "npm error 404 Not Found - GET https://registry.npmjs.org/x",
                Some(Level::Error),
            ),
            ("npm WARN deprecated glob@7.2.3: not supported", Some(Level::Warn)),
            ("parse error at line 3", None),
            ("no error found", None),
            // A short word before a lowercase level is prose, unless it names such a tool.
            ("disk error count=0", None),
            ("user error rate 0.1% over the last hour", None),
            ("gyp info it worked if it ends with ok", Some(Level::Info)),
            // Elasticsearch's and OpenSearch's `[time][LEVEL][logger]`, one glued token.
            (
                "[2026-12-03T09:00:00,123][DEBUG][o.o.a.b.TransportShardBulkAction] [node-1] failed to execute",
                Some(Level::Debug),
            ),
            ("Connection Error: refused", None),
            ("Nov 24 09:00:01 web01 ERROR disk full", Some(Level::Error)),
        ];
        for (line, level) in cases {
            assert_eq!(header_level(line), level, "{line}");
        }
    }

    /// Failure class: a level written as a plain column after times and ids (Android's logcat,
    /// Windows' CBS log) was not read, so a warning naming an exception was reported and an
    /// error without an error word was missed.
    #[test]
    fn levels_standing_as_a_column_after_times_and_ids() {
        let cases = [
            (
                "03-17 16:13:45.466  1702 17632 W ActivityManager: java.lang.ClassCastException: x",
                Some(Level::Warn),
            ),
            (
                "03-17 16:13:47.150  1702 17633 E ActivityManager: applyOptionsLocked: Unknown animationType=0",
                Some(Level::Error),
            ),
            (
                "03-17 16:13:47.150  1702 17633 V Tag: verbose",
                Some(Level::Trace),
            ),
            (
                "E/AndroidRuntime( 2411): FATAL EXCEPTION: main",
                Some(Level::Error),
            ),
            // spdlog's short level in a bracketed header (Ray's C++ core).
            (
                "[2029-06-27 02:54:26,320 W 279 6725] (raylet) scheduling_queue.cc:140: The following resource request cannot be scheduled right now",
                Some(Level::Warn),
            ),
            (
                "[2029-06-02 15:17:25,354 I 3751 1423] (gcs_server) local_object_manager.cc:428: Worker exited (idle worker killed)",
                Some(Level::Info),
            ),
            (
                "[2029-06-02 15:17:25,354 C 3751 1423] (raylet) node_manager.cc:9: Check failed",
                Some(Level::Critical),
            ),
            (
                "03-17 16:13:47.150 F/libc    ( 1702): Fatal signal 11 (SIGSEGV)",
                Some(Level::Fatal),
            ),
            (
                "2016-09-28 04:30:31, Info                  CBS    SQM: Failed to start upload",
                Some(Level::Info),
            ),
            (
                "2016-09-28 04:30:31, Error                 CSI    Failed to get next element",
                Some(Level::Error),
            ),
            // Prose after a time stays prose; `I/O` is a word, not logcat's brief layout.
            ("2026-12-04 10:00:00 Alert sent to on-call", None),
            ("I/O error on device xvda1", None),
            // (Not logcat's info letter: the `error,` after it is the level.)
            ("I/O(sda) error, dev sda, sector 8", Some(Level::Error)),
            ("12:00:01 A disk failed", None),
            // APT's letters and a warning's class.
            (
                "E: The repository 'https://apt.example.com stable InRelease' is not signed.",
                Some(Level::Error),
            ),
            ("W: Some index files failed to download.", Some(Level::Warn)),
            (
                "(node:412) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 error listeners added",
                Some(Level::Warn),
            ),
            (
                "/app/jobs.py:12: DeprecationWarning: error_callback is deprecated",
                Some(Level::Warn),
            ),
            // SSSD's debug levels, a bit in hex.
            (
                "(2027-06-03 15:37:20:070072): [be[corp.example.com]] [sdap_connect] (0x0040): Failed to connect",
                Some(Level::Error),
            ),
            (
                "(2027-06-02 02:20:44:520642): [be[corp.example.com]] [sysdb_search] (0x0080): Failed to retrieve UPN",
                Some(Level::Warn),
            ),
            (
                "(2027-06-03 15:37:20:070072): [be[corp.example.com]] [dp_req_done] (0x2000): executing task, timeout 60 seconds",
                Some(Level::Debug),
            ),
        ];
        for (line, level) in cases {
            assert_eq!(header_level(line), level, "{line}");
        }
    }

    /// Failure class: a level written with the module's name, `module[LEVEL]:` (cloud-init) or
    /// `[module:level]` (Apache 2.4), was not read, so words decided.
    #[test]
    fn levels_written_with_their_module() {
        let cases = [
            (
                "2026-03-13 09:00:29,192 - util.py[WARNING]: Failed running /var/lib/cloud/x [1]",
                Some(Level::Warn),
            ),
            (
                "2026-03-13 09:00:29,192 - cc_scripts.py[ERROR]: boom",
                Some(Level::Error),
            ),
            // A runner's relay prefix before the relayed line's header.
            ("web  | 2027-01-06 10:00:00 ERROR boom", Some(Level::Error)),
            (
                "2027-01-06 20:59:22 destination > WARN i.a.i.d.s.Staging: retrying COPY after error",
                Some(Level::Warn),
            ),
            (
                "2027-01-06 23:05:08 source > INFO Backing off _send(...) for 23.6s (DefaultBackoffException)",
                Some(Level::Info),
            ),
            ("deploy > done, 0 failed", None),
            // A bare level word that ends the line after a name is a status (held-out corpora 33
            // and 48: Laravel's queue worker); after times and ids, the level of what follows.
            (
                "  2030-10-05 07:15:23 App\\Jobs\\RenderInvoicePdf ........ 647.77ms FAIL",
                None,
            ),
            (
                "2027-12-07T00:40:19.086Z\td04831b2-f3b5-4a58-bd26-f9663427019d\tERROR\t",
                Some(Level::Error),
            ),
            // Asterisk's level with its thread id.
            (
                "[2027-01-06 21:31:14] WARNING[46265] res_pjsip_outbound_registration.c: Fatal response '403' received",
                Some(Level::Warn),
            ),
            (
                "[2027-01-06 21:31:14] ERROR[812]: chan_sip.c: boom",
                Some(Level::Error),
            ),
            (
                "[Mon Mar 09 21:44:57.013038 2026] [proxy:debug] [pid 4:tid 1] proxy_util.c(2159): AH00933: marked for retry after error",
                Some(Level::Debug),
            ),
            (
                "[Mon Mar 09 21:44:57.013038 2026] [proxy_fcgi:error] [pid 4:tid 1] AH01071: Got error",
                Some(Level::Error),
            ),
            (
                "[Mon Mar 09 21:44:57 2026] [core:trace3] [pid 4] request failed",
                Some(Level::Trace),
            ),
            // ArubaOS' four-letter severities, after its syslog header (held-out corpus 56).
            (
                "<121031> <4120> <ERRS> <mc-t2-01 10.40.1.11>  |authmgr|  RADIUS response from server cppm-2 dropped",
                Some(Level::Error),
            ),
            (
                "<522006> <4120> <NOTI> <mc-t1-02 10.40.0.12>  |authmgr|  User entry deleted: reason=session timeout",
                Some(Level::Notice),
            ),
            // NetApp ONTAP's event log: `[node:event.name:severity]` (held-out corpus 24).
            (
                "Nov  7 00:04:02 nas-cl1-01 [nas-cl1-01:Nblade.cifsShrConnectFailed:info]: CIFS share connect denied",
                Some(Level::Info),
            ),
            (
                "Nov  2 23:38:57 nas-cl1-04 [nas-cl1-04:monitor.volume.nearlyFull:alert]: Volume vol1@vserver:svm1 is nearly full",
                Some(Level::Critical),
            ),
            // A pid or a thread in brackets is no level; nor is a word in a sentence.
            ("Mar  9 06:14:31 web sshd[5412]: error in x", None),
            ("[main:worker] job failed", None),
            ("Setting node[config]: failed", None),
        ];
        for (line, level) in cases {
            assert_eq!(header_level(line), level, "{line}");
        }
    }

    #[test]
    fn numbers_and_words_map_onto_one_scale() {
        assert_eq!(Level::from_number(50.0), Some(Level::Error));
        assert_eq!(Level::from_number(60.0), Some(Level::Fatal));
        assert_eq!(Level::from_number(40.0), Some(Level::Warn));
        // Monolog's scale.
        assert_eq!(Level::from_number(300.0), Some(Level::Warn));
        assert_eq!(Level::from_number(400.0), Some(Level::Error));
        assert_eq!(Level::from_number(250.0), Some(Level::Notice));
        // Between the scales (held-out corpus 50: Node-RED's `"level":99`, a metric): none.
        assert_eq!(Level::from_number(99.0), None);
        assert_eq!(Level::from_number(61.0), None);
        assert!(Level::from_word("CRITICAL").is_some_and(Level::is_error));
        assert!(!Level::from_word("warning").is_some_and(Level::is_error));
        assert_eq!(Level::from_word("errors"), None);
    }
}
