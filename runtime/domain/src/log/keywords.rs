//! The words without which a plain-text line cannot be an error, found in one pass.
//!
//! Every rule that can call a line of plain text an error names something in it: a level word
//! (`ERROR`, `[crit]`, `level=fatal`), an error word (`failed`, `refused`, `NullPointerException`,
//! `can't`), a phrase (`could not`, `timed out`), a Lambda runtime failure (`Task timed out
//! after`, `Runtime exited with error`, `signal: killed`, `Runtime.ExitError`). Each of those
//! contains one of [`STEMS`] (in any ASCII case). The only rules that name nothing from this list
//! are the Lambda platform's lines (`REPORT ... Status: timeout`, judged by their first word), the
//! one-letter levels of Ruby's Logger, glog and CUPS (`E, [...]`, `E1124 ...`, `C [05/Feb/...`,
//! the line's first word) and of Android's logcat (`... 1702 17633 E Tag:`, `E/Tag(`, in the
//! first bytes), a command-line tool's failure mark at its start (`✖`, `✕`), a Cisco mnemonic's
//! severity (`%LINK-3-UPDOWN:`), an RFC 5424 priority of a local facility at `err` or above
//! (`<131>1 …`), and what a stack trace or a later line says (only a message of more than one
//! line has those).
//!
//! So a message of one line that starts like none of them (no platform keyword, no `E`/`F`
//! followed by `,` or a digit as its first letter, no CUPS letter above warning before its date,
//! no logcat letter, no failure mark) and holds
//! none of the stems is not an error: [`cannot_fail`]. Most lines of real logs are such lines,
//! and they are dropped after one automaton pass over their bytes, without their header, level
//! or words being read. Any other line is read in full, by the same rules
//! as before; a property test in `log::tests` holds the two readings equal.

use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// Substrings of every level word above warning, error word, phrase and runtime failure that
/// the rules look for (see the module docs), matched in any ASCII case.
pub const STEMS: [&str; 93] = [
    // Level words: error, err, eror, severe, critical, crit, alert, dpanic, fatal, emerg,
    // emergency, panic, ftl (`level::Level::from_word`), and the letters of AWS DMS's
    // `[COMPONENT]E:` glued to their bracket.
    "]e:",
    "]f:",
    // Telegraf's and the CloudWatch agent's `E!` (`level::token_level`).
    "e!",
    // SSSD's fatal, critical and serious failures (`(0x0010):`, `level::sssd_level`).
    "(0x0010)",
    "(0x0020)",
    "(0x0040)",
    "err",
    "eror",
    "severe",
    "crit",
    "alert",
    "panic",
    "fatal",
    "emerg",
    "ftl",
    // Error words (`words::says_error`; `err`, `crit`, `panic` and `fatal` above cover error,
    // errors, critical, panicked and any `...Error`).
    "exception",
    "fail",
    "crash",
    "timeout",
    "timed out",
    "refused",
    "denied",
    "unable",
    "cannot",
    "could not",
    "can't",
    "couldn't",
    "abort",
    "killed",
    "segfault",
    "unhandled",
    "uncaught",
    "unreachable",
    "exhausted",
    "died",
    "of memory",
    // The signals a native program dies of (`caught signal (SIGSEGV)`).
    "sigsegv",
    "sigabrt",
    "sigbus",
    "sigfpe",
    "sigill",
    // systemd's start limit (`Start request repeated too quickly.`).
    "too quickly",
    // Runtime failures (`platform::mentions_runtime_failure`): `Process exited before
    // completing request`, `Runtime exited without providing a reason`, `signal: segmentation
    // fault` and the error types' namespaces (the other phrases hold a stem above); and a
    // non-zero exit status (`exit status 1`, `exit code: 2`, `exited with code 1`).
    "exit",
    "segmentation",
    "runtime.",
    "sandbox.",
    "extension.",
    // A process's death by signal as a shell reports it, and C++'s terminate handler.
    "core dumped",
    "terminate",
    // `words::FAILURE_PHRASES` and `KERNEL_BUG_HEADINGS`: `errno` texts and the kernel's
    // reports.
    "no such file",
    "no space",
    "many open",
    "by peer",
    "broken pipe",
    "permitted",
    "no route",
    "read-only",
    "free lease",
    "stale file",
    "bad file",
    "quota",
    "bug: ",
    "oops: ",
    "lockup",
    "blocked for",
    "stall",
    "not respond",
    "dumped core",
    "corrupt",
    "insufficient",
    "protection",
    "call trace:",
    // An Envoy access record whose response flags say the upstream gave no answer (`" 503 UH`,
    // `"response_flags":"UF"`) or the rate-limit service failed (`" 500 RLSE`; see
    // `super::envoy`).
    "\" 500 u",
    "\" 502 u",
    "\" 503 u",
    "\" 504 u",
    "flags\":\"u",
    "nohealthyupstream",
    // An Oracle error's code (`ORA-01555`, `words::names_an_oracle_error`).
    "ora-",
    "\" 500 rlse",
    "flags\":\"rlse",
    "anom_abend",
    "selinux is pr",
    "unhealthy",
    "own symbol",
    "not match",
    "n't match",
    "oom-kill",
    "(required by",
    "dropping pac",
    "skew too",
    "off the bus",
    "offline dev",
];

/// Is `text` (trimmed, as `log::read` sees it) surely not an error as plain text? True only for
/// a line that none of the rules can call an error (see the module docs).
pub fn cannot_fail(text: &str) -> bool {
    memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_none()
        && !starts_like_a_special_line(text)
        && !holds_a_stem(text)
        && !names_a_device_error(text)
        && !names_an_ibm_error(text)
}

/// Does `text` start with an IBM message's identifier of an error's severity (`AMQ9633E: Bad SSL
/// certificate …`, [`super::level::ibm_message_id`]), or hold one after a header's `: `? (Its
/// words need not name a failure: its letter does.)
fn names_an_ibm_error(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(IBM_HEADER_BYTES)];
    // From each colon after an error's letter and a digit (most colons are a time's), back to
    // where the identifier would start: the line's start or a header's `: `.
    memchr::memchr_iter(b':', head).any(|colon| {
        if colon < 8 || !matches!(head[colon - 1], b'E' | b'S' | b'T') || !head[colon - 2].is_ascii_digit() {
            return false;
        }
        let digits = head[..colon - 1]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let letters = head[..colon - 1 - digits]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_uppercase())
            .count();
        let start = colon - 1 - digits - letters;
        (start == 0 || head[..start].ends_with(b": "))
            && super::level::ibm_message_id(&text[start..]).is_some_and(|(level, _)| level.is_error())
    })
}

/// How far into a line an IBM message's identifier is looked for after a header
/// ([`names_an_ibm_error`]).
const IBM_HEADER_BYTES: usize = 200;

/// Does `text` hold a Cisco mnemonic of an error's severity (`%LINK-3-UPDOWN:`,
/// [`super::level::device_mnemonic`])? (Its words need not name a failure: its severity does.)
fn names_a_device_error(text: &str) -> bool {
    memchr::memchr(b'%', text.as_bytes()).is_some()
        && super::level::device_mnemonic(text).is_some_and(|(level, _, _)| level.is_error())
}

/// Does `text` hold one of [`STEMS`], in any ASCII case?
fn holds_a_stem(text: &str) -> bool {
    // One automaton over every stem: a table-driven DFA walks each byte once (the SIMD
    // prefilters cannot pick a rare byte out of 32 case-folded stems). Walked here rather than
    // through `AhoCorasick::is_match`, whose general search loop costs about twice the
    // instructions a byte: only whether a stem ends at some byte is asked.
    static STEM_DFA: LazyLock<DFA> = LazyLock::new(|| {
        DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(STEMS)
            .unwrap_or_else(|e| panic!("error stems: {e}"))
    });
    let dfa = &*STEM_DFA;
    // An unanchored search always has a start state; were it refused, read the line in full.
    let Ok(start) = dfa.start_state(Anchored::No) else {
        return true;
    };
    let bytes = text.as_bytes();
    // Each step waits for the one before (the next state is read from the table at the
    // current one): two halves walked side by side keep two such chains in flight. The first
    // half runs on past the middle by the longest stem less one byte, so that a stem that
    // starts in it ends in it; one that starts in the second half is found there.
    let middle = bytes.len() / 2;
    let (first, second) = (
        &bytes[..(middle + MAX_STEM_LEN - 1).min(bytes.len())],
        &bytes[middle..],
    );
    let (mut one, mut two) = (start, start);
    for (&a, &b) in first.iter().zip(second) {
        one = dfa.next_state(Anchored::No, one, a);
        two = dfa.next_state(Anchored::No, two, b);
        // Match states are special (so are the dead state, which an unanchored standard
        // search never reaches, and the start state, which is no match): test only those.
        if (dfa.is_special(one) && dfa.is_match(one)) || (dfa.is_special(two) && dfa.is_match(two)) {
            return true;
        }
    }
    // The longer part's rest.
    let (mut state, rest) = if first.len() > second.len() {
        (one, &first[second.len()..])
    } else {
        (two, &second[first.len()..])
    };
    for &byte in rest {
        state = dfa.next_state(Anchored::No, state, byte);
        if dfa.is_special(state) && dfa.is_match(state) {
            return true;
        }
    }
    false
}

/// The longest of [`STEMS`].
const MAX_STEM_LEN: usize = 17;

/// Could `text` be a Lambda platform line (its first word `REPORT`, `INIT_START`, ...) or start
/// with a one-letter level (`E, [...]`, `F1124 ...`, CUPS' `C [05/Feb/2030:...`: the first word with a letter or digit,
/// after words of punctuation such as `--`)? Answered yes when unsure: for a non-ASCII
/// character before the first letter or digit.
fn starts_like_a_special_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(at) = bytes
        .iter()
        .position(|b| b.is_ascii_alphanumeric() || !b.is_ascii())
    else {
        return false;
    };
    if !bytes[at].is_ascii() {
        return true;
    }
    let letter_level = (matches!(bytes[at], b'E' | b'F')
        && bytes
            .get(at + 1)
            .is_some_and(|&b| b == b',' || b.is_ascii_digit()))
        // Tornado's header (`[E 2030-08-21 05:28:33.542 JupyterHub log:851]`).
        || (at == 1
            && bytes[0] == b'['
            && matches!(bytes[at], b'E' | b'C')
            && bytes.get(at + 1) == Some(&b' ')
            && bytes.get(at + 2).is_some_and(u8::is_ascii_digit))
        || (matches!(bytes[at], b'E' | b'C' | b'A' | b'X')
            && super::level::starts_with_cups_date(&text[at + 1..]));
    let keyword_end = bytes
        .iter()
        .position(|&b| !(b.is_ascii_uppercase() || b == b'_'))
        .unwrap_or(bytes.len());
    letter_level
        || (bytes[0] == b'<' && super::header::local_priority_level(text).is_some_and(super::Level::is_error))
        || holds_a_column_letter(bytes)
        || (keyword_end > 0 && super::platform::is_keyword(&text[..keyword_end]))
        || starts_with_a_failure_mark(text)
}

/// Could `bytes` hold logcat's error letters (`E`, `F`, `A`) as a column of its header, alone
/// (`... 1702 17633 E Tag: ...`) or glued to the tag (`E/Tag( 1702):`), or APT's `E: ` at the
/// start of a message? Only the first bytes, where a header ends, are looked at; the letters in
/// capitals, as those tools write them.
fn holds_a_column_letter(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(COLUMN_LETTER_WITHIN_BYTES)];
    // Asked of every line: a vectorised search for the letters, then their neighbours.
    memchr::memchr3_iter(b'E', b'F', b'A', head).any(|at| {
        let next = head.get(at + 1).copied();
        if at == 0 {
            matches!(next, Some(b'/' | b':'))
        } else {
            // (A byte of a non-ASCII character before: unsure, it may end a Unicode space.)
            let after_a_space = head[at - 1].is_ascii_whitespace() || !head[at - 1].is_ascii();
            after_a_space && matches!(next, Some(b' ' | b'/' | b':'))
        }
    })
}

/// How far into a line a letter's level can stand: logcat's header (a date, a time, two ids,
/// the letter), or a syslog header before APT's `E:`.
const COLUMN_LETTER_WITHIN_BYTES: usize = 96;

/// Does `text` start with a command-line tool's failure mark ([`super::words::outcome_mark`])?
/// Every such mark is a character of U+27xx, whose UTF-8 starts with byte 0xE2, or `×`
/// (U+00D7, 0xC3 0x97), and stands in the first bytes (after at most a few stamps): the few
/// lines with one of those bytes there are the only ones read further.
fn starts_with_a_failure_mark(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(super::words::MARK_WITHIN_BYTES)];
    memchr::memchr2(0xE2, 0xC3, head).is_some() && super::words::outcome_mark(text) == Some(true)
}

#[cfg(test)]
mod tests {
    use proptest::strategy::Strategy as _;

    use super::*;

    #[test]
    fn every_stem_is_found_in_any_case_anywhere() {
        assert_eq!(STEMS.iter().map(|stem| stem.len()).max(), Some(MAX_STEM_LEN));
        // Across the middle of lines of every length around the stem's.
        for stem in STEMS {
            for before in 0..30 {
                for after in 0..30 {
                    let line = format!("{}{stem}{}", "x".repeat(before), "y".repeat(after));
                    assert!(holds_a_stem(&line), "{line}");
                }
            }
        }
        for stem in STEMS {
            for case in [stem.to_string(), stem.to_ascii_uppercase()] {
                assert!(holds_a_stem(&case), "{case}");
                assert!(holds_a_stem(&format!("x é{case}x")), "{case}");
            }
            assert!(!holds_a_stem(&stem[1..]), "{stem}");
        }
        assert!(!holds_a_stem(""));
        // Every phrase the words rule looks for holds a stem, so no line saying one is dropped.
        let words = super::super::words::FAILURE_PHRASES
            .iter()
            .chain(&super::super::words::KERNEL_BUG_HEADINGS);
        for phrase in words {
            assert!(holds_a_stem(phrase), "{phrase}");
        }
    }

    proptest::proptest! {
        /// The DFA walk finds a stem exactly where a case-insensitive substring search does.
        #[test]
        fn the_walk_finds_what_a_substring_search_finds(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(STEMS.to_vec()).prop_map(|stem| {
                        // A stem, cut short or shouted now and then.
                        let cut = &stem[..stem.len() - usize::from(stem.len() % 3 == 0)];
                        if stem.len() % 2 == 0 { cut.to_ascii_uppercase() } else { cut.to_owned() }
                    }),
                    "[a-zA-Z .':é]{0,6}",
                ],
                0..16,
            ),
        ) {
            let text = pieces.concat();
            let lower = text.to_ascii_lowercase();
            let found = STEMS.iter().any(|stem| lower.contains(stem));
            proptest::prop_assert_eq!(holds_a_stem(&text), found, "{}", text);
        }
    }

    #[test]
    fn lines_that_name_nothing_cannot_fail() {
        for line in [
            "10.250.19.102:54106 Receiving block blk_-1608999687919862906",
            "Receiving block blk_-1608999687919862906",
            "STARTING up, END_POINT ready, Eu,F9 hints",
            "2026-11-24 09:00:01,123 INFO order 42 placed",
            "time=2026-10-23T05:23:40Z level=info msg=\"s3 put ok\"",
            "W [05/Feb/2030:17:47:04 +0000] [Job 55685] job purged",
            "A [scheduled] job ran",
        ] {
            assert!(cannot_fail(line), "{line}");
        }
        for line in [
            "2026-11-24 09:00:01,123 INFO order 42 placed, 0 errors",
            "REPORT RequestId: 3f1e Status: timeout",
            "E, [2026-11-24T09:00:01.123456 #42] boom",
            "-- F1124 09:00:01.123456 boom",
            "C [05/Feb/2030:17:47:04 +0000] Returning HTTP Forbidden for Print-Job",
            "upstream Timed Out",
            "sig: Runtime.ExitError",
            "two\nlines",
            "éclair",
        ] {
            assert!(!cannot_fail(line), "{line}");
        }
    }
}
