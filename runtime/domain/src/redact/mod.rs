//! Redaction of secrets and personal data: applied by the agent to everything that leaves the
//! account (samples, templates, heartbeat errors) and to everything it logs.
//!
//! Each finding is replaced by a typed placeholder (`<aws-access-key-id>`, `<github-token>`,
//! `<redacted>`...) so the text stays readable and the fingerprint stable.
//!
//! How a line is read, in bounded time:
//!
//! 1. **Triggers.** One Aho-Corasick scan (ASCII case-insensitive) looks for every keyword and
//!    token prefix a rule needs (`password`, `ghp_`, `://`, `-----BEGIN`, `@`...). Numbers
//!    (and the IBANs and National Insurance numbers around them), long base64 words and
//!    `.pgpass` entries (four colons) have no keyword; plain byte loops look for them. A line
//!    with no trigger (most lines) costs these scans and one copy, nothing else.
//! 2. **Findings.** Only the rules a trigger named run, and they only *collect* byte ranges:
//!    [`tokens`] (vendor tokens by prefix, keys, webhooks, URLs with credentials), [`keys`]
//!    (`key=value` in every syntax, decided by what the key *names*), [`files`] (`.pgpass`
//!    lines), [`pii`] (emails, cards, SSNs, phone numbers, IBANs, UK National Insurance
//!    numbers). When the line holds percent-encoding or JSON escapes, the same rules also run
//!    on its decoded [`view`] and their ranges are mapped back. Rules run in a fixed order
//!    (tokens and patterns, numbers, long words, keys, `.pgpass` lines, emails) and a later
//!    rule treats where an earlier finding starts or ends as the edge of a word, the way it
//!    treats that finding's placeholder on a second pass: this is what makes redacting twice
//!    change nothing.
//! 3. **Replacement.** Overlapping ranges merge, ranges never cut into a placeholder already in
//!    the text, and the line is rebuilt once.
//! 4. **Again, if anything changed.** A rule judged each value by the text around it, and the
//!    replacement changed that text; the result is read again until a reading changes nothing
//!    (at most four readings). A placeholder is never read as text, so a configured pattern
//!    cannot loop.
//!
//! What is redacted, with examples, and the limits: `docs/security.md`.

mod bound;
mod calls;
mod commands;
mod files;
mod ids;
mod keys;
mod luhn;
mod pii;
mod sql;
mod tokens;
mod triggers;
mod view;

#[cfg(test)]
mod tests;

use std::sync::LazyLock;

use regex::Regex;
use triggers::Triggers;

/// Why a configured redaction pattern was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("redaction pattern {index} ({pattern:?}) is refused: {reason}")]
pub struct BadPattern {
    pub index: usize,
    pub pattern: String,
    pub reason: String,
}

/// A byte range of the text to replace, and its placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Finding {
    start: usize,
    end: usize,
    placeholder: &'static str,
}

impl Finding {
    fn new(start: usize, end: usize, placeholder: &'static str) -> Self {
        Self {
            start,
            end,
            placeholder,
        }
    }
}

/// What an Aho-Corasick pattern triggers.
#[derive(Debug, Clone, Copy)]
enum Trigger {
    /// A word that may be (part of) a secret key: `password`, `token`, `密码`...
    Key,
    /// A vendor token prefix: index into [`tokens::PREFIXED`].
    Prefixed(usize),
    /// A structured rule: index into [`tokens::PATTERNS`].
    Pattern(usize),
    /// `-p` of the mysql client (`-pS3cret`).
    MysqlPassword,
    /// `@` of an email address.
    At,
    /// A command or protocol verb that takes a password as a bare argument (`htpasswd -b`,
    /// FTP's `PASS`): see [`commands`].
    Command,
    /// A logged SQL `INSERT` whose columns may be secret: see [`sql`].
    SqlInsert,
    /// A statement's bound parameters, printed by an ORM or a driver: see [`bound`].
    BoundParameters,
    /// A word in the name of a callee that takes a credential (`APIClient(`): see [`calls`].
    Call,
    /// `SecureString`, `sensitive`: the type of a parameter or output whose `value` field is a
    /// secret.
    SecureType,
    /// A word naming a national identifier (`cpf`, `dni`, `aadhaar`...): its value is one.
    IdKey,
    /// A label of a national identifier told by its check digit (`nir`, `codice_fiscale`,
    /// `taxId`): its value is one when the check holds.
    CheckedIdKey,
}

/// The built-in rules, compiled once for the process and shared by every [`Redactor`].
struct Builtin {
    triggers: Triggers,
    /// What each trigger word starts: several rules may share one word (`API-` of Octopus
    /// keys, `api-` of LaunchDarkly tokens), and the scan reports a word only once.
    meaning: Vec<Vec<Trigger>>,
    patterns: Vec<Regex>,
}

static BUILTIN: LazyLock<Builtin> = LazyLock::new(Builtin::new);

// `Builtin::find` runs each structured pattern once per line, remembered in a `u128`.
const _: () = assert!(tokens::PATTERNS.len() <= 128);

impl Builtin {
    fn new() -> Self {
        let mut rules: Vec<(&str, Trigger)> = Vec::new();
        rules.extend(keys::KEYWORDS.iter().map(|word| (*word, Trigger::Key)));
        for (index, token) in tokens::PREFIXED.iter().enumerate() {
            rules.push((token.prefix, Trigger::Prefixed(index)));
        }
        for (index, pattern) in tokens::PATTERNS.iter().enumerate() {
            for trigger in pattern.triggers {
                rules.push((trigger, Trigger::Pattern(index)));
            }
        }
        rules.push(("-p", Trigger::MysqlPassword));
        rules.push(("@", Trigger::At));
        rules.extend(commands::TRIGGERS.iter().map(|word| (*word, Trigger::Command)));
        rules.push((sql::TRIGGER, Trigger::SqlInsert));
        rules.extend(
            bound::TRIGGERS
                .iter()
                .map(|word| (*word, Trigger::BoundParameters)),
        );
        rules.extend(calls::TRIGGERS.iter().map(|word| (*word, Trigger::Call)));
        rules.push(("securestring", Trigger::SecureType));
        rules.push(("sensitive", Trigger::SecureType));
        rules.extend(pii::ID_KEY_WORDS.iter().map(|word| (*word, Trigger::IdKey)));
        rules.extend(ids::KEY_WORDS.iter().map(|word| (*word, Trigger::CheckedIdKey)));
        // The scan is case-insensitive and reports one of two equal words only: each word
        // once, with every rule it starts.
        let mut words: Vec<&str> = Vec::new();
        let mut meaning: Vec<Vec<Trigger>> = Vec::new();
        let mut index_of: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (word, trigger) in rules {
            let at = *index_of.entry(word.to_ascii_lowercase()).or_insert_with(|| {
                words.push(word);
                meaning.push(Vec::new());
                words.len() - 1
            });
            meaning[at].push(trigger);
        }
        let triggers = Triggers::new(&words);
        let patterns = tokens::PATTERNS
            .iter()
            .map(|p| Regex::new(p.regex).unwrap_or_else(|e| panic!("built-in pattern {:?}: {e}", p.regex)))
            .collect();
        Self {
            triggers,
            meaning,
            patterns,
        }
    }

    /// Every finding of the built-in rules in `text`.
    fn find(&self, text: &str, out: &mut Vec<Finding>) {
        let mut key_hits: Vec<(usize, usize)> = Vec::new();
        let mut names_a_secret = false;
        let mut mysql_hits: Vec<usize> = Vec::new();
        let mut at_signs: Vec<usize> = Vec::new();
        let mut commands_at: Vec<usize> = Vec::new();
        let mut inserts_at: Vec<usize> = Vec::new();
        let mut parameters_at: Vec<usize> = Vec::new();
        let mut calls_at: Vec<usize> = Vec::new();
        let mut secure_types: Vec<usize> = Vec::new();
        let mut id_keys: Vec<usize> = Vec::new();
        let mut checked_id_keys: Vec<usize> = Vec::new();
        let mut token_end = 0;
        // Each structured pattern runs at most once per line, however many triggers it has.
        let mut patterns_run: u128 = 0;
        // Leftmost-longest search, restarted one byte after each hit's start so a trigger that
        // overlaps another (`:aAKIA...`) is still seen. A trigger hidden *inside* a longer one
        // at the same start (`secret` in the prefix `secret_`) is not: every hit is also offered
        // to the key rules, which expand it to the whole key word.
        // Words inside a placeholder (`token` in `<github-token>`) are not triggers: a second
        // pass must find nothing new.
        let protected = placeholders(text);
        let mut at = 0;
        let mut scan = self.triggers.scan(text);
        while let Some(hit) = scan.next_from(at) {
            at = hit.start + 1;
            if inside_placeholder(&protected, hit.start) {
                continue;
            }
            let meanings = &self.meaning[hit.word];
            if keys::part_keyword_inside_a_word(text, hit.start, hit.end)
                || (matches!(meanings[..], [Trigger::Key]) && keys::inside_a_urn(text, hit.start))
            {
                continue;
            }
            // (Only a hit that can be part of a key word: `@` or `://` would join two words.
            // The words of national id keys and secure types are read by their own rules:
            // `sin` in `using` is no key.)
            let own_rules = meanings.iter().all(|m| {
                matches!(
                    m,
                    Trigger::IdKey
                        | Trigger::CheckedIdKey
                        | Trigger::SecureType
                        | Trigger::Command
                        | Trigger::SqlInsert
                        | Trigger::BoundParameters
                        | Trigger::Call
                )
            });
            if !own_rules && text[hit.start..hit.end].chars().all(keys::is_key_char) {
                key_hits.push((hit.start, hit.end));
            }
            // A longer trigger may hide a keyword (`key` in the prefix `key-`).
            if !names_a_secret && !matches!(meanings[..], [Trigger::Key]) && hit.end - hit.start > 3 {
                names_a_secret = keys::holds_keyword(&text.as_bytes()[hit.start..hit.end]);
            }
            // (A key word may start a longer trigger: `auth=` of a URL's query.)
            if let Some(end) = calls::callee_keyword_end(text, hit.start) {
                calls_at.push(end);
            }
            let token_start = token_end;
            for &meaning in meanings {
                match meaning {
                    // (`encrypt` is a key (`-encrypt=x`), but a line about encryption names no
                    // secret: its long words are ciphertexts and key ids as often as keys.)
                    Trigger::Key => {
                        names_a_secret |= !text[hit.start..hit.end].eq_ignore_ascii_case("encrypt")
                    }
                    // A prefix inside the token just found (`sk-` in `sk-proj-...-sk-...`) is
                    // part of it.
                    Trigger::Prefixed(_) if hit.start < token_start => {}
                    Trigger::Prefixed(index) => {
                        let found = out.len();
                        tokens::prefixed_at(text, hit.start, &tokens::PREFIXED[index], out);
                        if let Some(token) = out.get(found) {
                            token_end = token.end;
                        }
                    }
                    Trigger::Pattern(index) => {
                        if patterns_run & (1 << index) == 0 {
                            patterns_run |= 1 << index;
                            tokens::pattern(text, &tokens::PATTERNS[index], &self.patterns[index], out);
                        }
                    }
                    Trigger::MysqlPassword => mysql_hits.push(hit.start),
                    Trigger::At => at_signs.push(hit.start),
                    Trigger::Command => commands_at.push(hit.start),
                    Trigger::SqlInsert => inserts_at.push(hit.start),
                    Trigger::BoundParameters => parameters_at.push(hit.start),
                    Trigger::Call => calls_at.push(hit.end),
                    Trigger::SecureType => secure_types.push(hit.start),
                    Trigger::IdKey => id_keys.push(hit.start),
                    Trigger::CheckedIdKey => checked_id_keys.push(hit.start),
                }
            }
        }
        // National ids after a key naming them, before the numbers: their digits are theirs.
        if !id_keys.is_empty() {
            pii::ids_after_keys(text, &id_keys, out);
        }
        if !checked_id_keys.is_empty() {
            ids::after_keys(text, &checked_id_keys, out);
        }
        // Numbers (and IBANs) and long words end where an earlier finding starts or ends, as
        // they end at its placeholder on a second pass.
        pii::numbers(text, &sorted_bounds(out), out);
        tokens::blobs(text, names_a_secret, &sorted_bounds(out), out);
        // Keys after the rules above: a value ends where one of their findings starts, as it
        // ends at that finding's placeholder on a second pass.
        keys::find(text, &key_hits, out);
        if !mysql_hits.is_empty() {
            keys::mysql_passwords(text, &mysql_hits, out);
        }
        if !secure_types.is_empty() {
            keys::secure_values(text, &secure_types, out);
        }
        if !commands_at.is_empty() {
            commands::find(text, &commands_at, out);
        }
        if !inserts_at.is_empty() {
            sql::find(text, &inserts_at, out);
        }
        if !parameters_at.is_empty() {
            bound::find(text, &parameters_at, out);
        }
        if !calls_at.is_empty() {
            calls::find(text, &calls_at, out);
        }
        files::pgpass(text, out);
        files::pgbouncer_userlist(text, out);
        if names_a_secret && memchr::memchr(b'\n', text.as_bytes()).is_some() {
            files::printed(text, out);
            files::ppp_secrets(text, out);
            files::table_columns(text, out);
        }
        // Emails last: an address ends where another finding starts (`a@b.com-----BEGIN...`),
        // as it ends at that finding's placeholder on a second pass.
        emails(text, &at_signs, out);
    }
}

/// The email addresses around `at_signs`, each ending where another finding of `out` starts.
fn emails(text: &str, at_signs: &[usize], out: &mut Vec<Finding>) {
    // The findings so far sorted by start, with the furthest end up to each: the two
    // questions asked of every `@` take a binary search, not a walk of every finding.
    let mut before_emails: Vec<(usize, usize)> = out.iter().map(|f| (f.start, f.end)).collect();
    before_emails.sort_unstable();
    let furthest_end: Vec<usize> = before_emails
        .iter()
        .scan(0, |end, f| {
            *end = (*end).max(f.1);
            Some(*end)
        })
        .collect();
    // Emails are found left to right: the furthest end of those found so far.
    let mut email_end: Option<usize> = None;
    for &at in at_signs {
        // The `@` after a URL's `user:password` is the URL rule's (or already inside a
        // finding).
        let starting_before = before_emails.partition_point(|f| f.0 < at);
        let covered = starting_before > 0 && furthest_end[starting_before - 1] >= at;
        if covered || email_end.is_some_and(|end| end >= at) {
            continue;
        }
        let limit = before_emails
            .get(before_emails.partition_point(|f| f.0 <= at))
            .map_or(text.len(), |f| f.0);
        let found = out.len();
        pii::email_at(text, at, limit, out);
        if let Some(email) = out.get(found) {
            email_end = Some(email_end.map_or(email.end, |end| end.max(email.end)));
        }
    }
}

/// The built-in rules plus the configured patterns (each match becomes `<redacted>`).
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    extra: Vec<Regex>,
}

impl Redactor {
    /// The built-in rules plus `extra_patterns`. A pattern is refused when it is not a valid
    /// regular expression or when it can match the empty string (it would "find" something at
    /// every position).
    pub fn new(extra_patterns: &[String]) -> Result<Self, BadPattern> {
        let mut extra = Vec::new();
        for (index, pattern) in extra_patterns.iter().enumerate() {
            // The regex crate's reason draws the pattern over several lines; its last line says
            // what is wrong. Both are bounded: a pattern can be any length.
            let refuse = |reason: String| BadPattern {
                index,
                pattern: crate::reason::printable(pattern, 80),
                reason: crate::reason::printable(reason.lines().last().unwrap_or_default(), 200),
            };
            let regex = Regex::new(pattern).map_err(|e| refuse(e.to_string()))?;
            // `x*`, `\b`, `(?m)^`, `a|`: the shortest text the pattern matches is empty.
            let minimum_len = regex_syntax::Parser::new()
                .parse(pattern)
                .map_err(|e| refuse(e.to_string()))?
                .properties()
                .minimum_len();
            if minimum_len == Some(0) {
                return Err(refuse(
                    "it matches the empty string; a pattern must match at least one character".into(),
                ));
            }
            extra.push(regex);
        }
        Ok(Self { extra })
    }

    /// `text` with every secret replaced.
    ///
    /// A rule judges a value by the text around it, and a finding changes that text (a
    /// neighbour becomes a placeholder, `a://B:` is no longer a type name): the result is read
    /// again until a reading changes nothing, so redacting what leaves changes nothing more. A
    /// line without a finding (most lines) is read once; one with findings, twice as a rule.
    pub fn redact(&self, text: &str) -> String {
        let mut current = self.redact_once(text);
        if current == text {
            return current;
        }
        for _ in 1..MAX_READINGS {
            let next = self.redact_once(&current);
            if next == current {
                break;
            }
            current = next;
        }
        current
    }

    fn redact_once(&self, text: &str) -> String {
        let builtin = &*BUILTIN;
        let mut findings = Vec::new();
        builtin.find(text, &mut findings);
        // Percent-encoded (`password%3Dx`, `a%40b.com`) and JSON-escaped (`{\"token\":\"x\"}`)
        // secrets: the same rules on the decoded text, mapped back onto the original bytes.
        if let Some(decoded) = view::View::decode(text) {
            let mut in_view = Vec::new();
            builtin.find(decoded.text(), &mut in_view);
            findings.extend(in_view.into_iter().map(|f| decoded.to_original(f)));
        }
        for regex in &self.extra {
            findings.extend(
                regex
                    .find_iter(text)
                    .filter(|m| !m.is_empty())
                    .map(|m| Finding::new(m.start(), m.end(), "<redacted>")),
            );
        }
        if findings.is_empty() {
            return text.to_owned();
        }
        replace(text, findings)
    }
}

/// How many times a line is read at most: each reading after the first only finds what the
/// placeholders of the one before revealed (soup such as `key=CookieAuthorization%40/cA+…`);
/// no line of a corpus needs a third.
const MAX_READINGS: usize = 4;

/// `text` with each finding replaced by its placeholder: overlapping findings merge (the
/// first keeps its placeholder), and no finding cuts into a placeholder the text already holds
/// (so a configured `[a-z]{5,}` cannot eat `<redacted>` on a second pass).
fn replace(text: &str, mut findings: Vec<Finding>) -> String {
    findings.retain(|f| f.start < f.end);
    findings.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut merged: Vec<Finding> = Vec::with_capacity(findings.len());
    for finding in findings {
        match merged.last_mut() {
            Some(last) if finding.start < last.end => last.end = last.end.max(finding.end),
            _ => merged.push(finding),
        }
    }
    let protected = placeholders(text);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for finding in merged {
        // The parts of the finding outside every existing placeholder.
        // Text before `copied` is in `out`; text from `copied` on is copied verbatim later.
        let mut start = finding.start;
        // Placeholders do not overlap: sorted by start, they are sorted by end too.
        let first = protected.partition_point(|&(_, e)| e <= finding.start);
        for &(p_start, p_end) in protected[first..].iter().take_while(|(s, _)| *s < finding.end) {
            if p_start > start {
                out.push_str(&text[copied..start]);
                out.push_str(finding.placeholder);
                copied = p_start;
            }
            start = start.max(p_end);
        }
        if start < finding.end {
            out.push_str(&text[copied..start]);
            out.push_str(finding.placeholder);
            copied = finding.end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// Whether `at` is inside one of `placeholders` (sorted, not overlapping).
fn inside_placeholder(placeholders: &[(usize, usize)], at: usize) -> bool {
    let starting_at_or_before = placeholders.partition_point(|&(s, _)| s <= at);
    starting_at_or_before > 0 && at < placeholders[starting_at_or_before - 1].1
}

/// The starts and ends of `findings`, sorted for binary search.
fn sorted_bounds(findings: &[Finding]) -> Vec<usize> {
    let mut bounds: Vec<usize> = findings.iter().flat_map(|f| [f.start, f.end]).collect();
    bounds.sort_unstable();
    bounds
}

/// The byte ranges of placeholder-shaped words (`<redacted>`, `<aws-secret>`) in `text`. An
/// XML element's opening tag (`<password>` with a `</password>` after it) is not one.
fn placeholders(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    if memchr::memchr(b'<', bytes).is_none() {
        return Vec::new();
    }
    // Where each closing tag (`</name>`) last occurs, found once: asking it of every `<`
    // would read the rest of the text once per `<`.
    let mut last_close: std::collections::HashMap<&[u8], usize> = std::collections::HashMap::new();
    for i in memchr::memmem::find_iter(bytes, b"</") {
        let name = &bytes[i + 2..];
        let len = name
            .iter()
            .take(33)
            .position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-'));
        if let Some(len) = len.filter(|&len| name.get(len) == Some(&b'>')) {
            last_close.insert(&name[..len], i);
        }
    }
    memchr::memchr_iter(b'<', bytes)
        .filter_map(|start| {
            let name = bytes.get(start + 1..)?;
            let len = name
                .iter()
                .take(32)
                .position(|b| !(b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-'))?;
            let end = start + len + 2;
            let shaped = len > 0 && name[0].is_ascii_lowercase() && name[len] == b'>';
            let closed = || last_close.get(&name[..len]).is_some_and(|&i| i >= end);
            (shaped && !closed()).then_some((start, end))
        })
        .collect()
}
