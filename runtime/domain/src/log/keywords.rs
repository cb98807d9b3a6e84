//! The words without which a plain-text line cannot be an error, found in one pass.
//!
//! Every rule that can call a line of plain text an error names something in it: a level word
//! (`ERROR`, `[crit]`, `level=fatal`), an error word (`failed`, `refused`, `NullPointerException`,
//! `can't`), a phrase (`could not`, `timed out`), a Lambda runtime failure (`Task timed out
//! after`, `Runtime exited with error`, `signal: killed`, `Runtime.ExitError`). Each of those
//! contains one of [`STEMS`] (in any ASCII case). The only rules that name nothing from this list
//! are the Lambda platform's lines (`REPORT ... Status: timeout`, judged by their first word), the
//! one-letter levels of Ruby's Logger and glog (`E, [...]`, `E1124 ...`, the line's first word),
//! and what a stack trace or a later line says (only a message of more than one line has those).
//!
//! So a message of one line that starts like neither (no platform keyword, no `E`/`F` followed
//! by `,` or a digit as its first letter) and holds none of the stems is not an error:
//! [`cannot_fail`]. Most lines of real
//! logs are such lines, and they are dropped after one automaton pass over their bytes, without
//! their header, level or words being read. Any other line is read in full, by the same rules
//! as before; a property test in `log::tests` holds the two readings equal.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Substrings of every level word above warning, error word, phrase and runtime failure that
/// the rules look for (see the module docs), matched in any ASCII case.
pub const STEMS: [&str; 32] = [
    // Level words: error, err, eror, severe, critical, crit, alert, dpanic, fatal, emerg,
    // emergency, panic, ftl (`level::Level::from_word`).
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
    // Runtime failures (`platform::mentions_runtime_failure`): `Process exited before
    // completing request`, `Runtime exited without providing a reason`, `signal: segmentation
    // fault` and the error types' namespaces (the other phrases hold a stem above).
    "exited",
    "segmentation",
    "runtime.",
    "sandbox.",
    "extension.",
];

/// Is `text` (trimmed, as `log::read` sees it) surely not an error as plain text? True only for
/// a line that none of the rules can call an error (see the module docs).
pub fn cannot_fail(text: &str) -> bool {
    // One automaton over every stem: a table-driven DFA walks each byte once, which is faster
    // here than the SIMD prefilters (they cannot pick a rare byte out of 32 case-folded stems).
    static STEM_SEARCH: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostFirst)
            .build(STEMS)
            .unwrap_or_else(|e| panic!("error stems: {e}"))
    });
    memchr::memchr2(b'\n', b'\r', text.as_bytes()).is_none()
        && !starts_like_a_special_line(text)
        && !STEM_SEARCH.is_match(text)
}

/// Could `text` be a Lambda platform line (its first word `REPORT`, `INIT_START`, ...) or start
/// with a one-letter level (`E, [...]`, `F1124 ...`: the first word with a letter or digit,
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
    let letter_level = matches!(bytes[at], b'E' | b'F')
        && bytes
            .get(at + 1)
            .is_some_and(|&b| b == b',' || b.is_ascii_digit());
    let keyword_end = bytes
        .iter()
        .position(|&b| !(b.is_ascii_uppercase() || b == b'_'))
        .unwrap_or(bytes.len());
    letter_level || (keyword_end > 0 && super::platform::is_keyword(&text[..keyword_end]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_name_nothing_cannot_fail() {
        for line in [
            "10.250.19.102:54106 Receiving block blk_-1608999687919862906",
            "Receiving block blk_-1608999687919862906",
            "STARTING up, END_POINT ready, Eu,F9 hints",
            "2026-11-24 09:00:01,123 INFO order 42 placed",
            "time=2026-10-23T05:23:40Z level=info msg=\"s3 put ok\"",
        ] {
            assert!(cannot_fail(line), "{line}");
        }
        for line in [
            "2026-11-24 09:00:01,123 INFO order 42 placed, 0 errors",
            "REPORT RequestId: 3f1e Status: timeout",
            "E, [2026-11-24T09:00:01.123456 #42] boom",
            "-- F1124 09:00:01.123456 boom",
            "upstream Timed Out",
            "sig: Runtime.ExitError",
            "two\nlines",
            "éclair",
        ] {
            assert!(!cannot_fail(line), "{line}");
        }
    }
}
