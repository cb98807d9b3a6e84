//! Redaction quality on `bench/corpora/secrets/secrets.jsonl` (its README says how it was
//! made): for each planted secret, whether it survives `Redactor::redact` in any form (as
//! written, percent-encoded or JSON-escaped); for each clean line, whether redaction changed
//! it at all.

use std::collections::BTreeMap;
use std::fmt::Write;

use awsmon_domain::redact::Redactor;
use serde::Deserialize;

use crate::corpora_dir;

/// One line of the corpus.
#[derive(Debug, Clone, Deserialize)]
pub struct Line {
    pub message: String,
    /// The kind of the planted secret, `None` for a clean line.
    pub kind: Option<String>,
    /// The exact substring of `message` that must not survive.
    pub secret: Option<String>,
}

/// The corpus, in file order.
pub fn corpus() -> Vec<Line> {
    corpus_at(&corpora_dir().join("secrets/secrets.jsonl"))
}

/// A corpus in the same format at `path`, in file order.
pub fn corpus_at(path: &std::path::Path) -> Vec<Line> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .map(|(n, line)| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1))
        })
        .collect()
}

/// Caught and planted counts of one kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindScore {
    pub caught: usize,
    pub planted: usize,
}

impl KindScore {
    pub fn recall(&self) -> f64 {
        if self.planted == 0 {
            1.0
        } else {
            self.caught as f64 / self.planted as f64
        }
    }
}

/// The measures over a corpus.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub by_kind: BTreeMap<String, KindScore>,
    pub clean_lines: usize,
    pub clean_changed: usize,
    /// (kind, message, redacted) of each secret that survived.
    pub leaks: Vec<(String, String, String)>,
    /// (message, redacted) of each clean line that changed.
    pub damaged: Vec<(String, String)>,
}

impl Scores {
    pub fn recall(&self) -> f64 {
        let caught: usize = self.by_kind.values().map(|k| k.caught).sum();
        let planted: usize = self.by_kind.values().map(|k| k.planted).sum();
        if planted == 0 {
            1.0
        } else {
            caught as f64 / planted as f64
        }
    }

    /// The share of clean lines redaction changed.
    pub fn clean_changed_share(&self) -> f64 {
        if self.clean_lines == 0 {
            0.0
        } else {
            self.clean_changed as f64 / self.clean_lines as f64
        }
    }
}

/// `secret` percent-encoded (every byte outside RFC 3986's unreserved set).
fn percent_encoded(secret: &str) -> String {
    secret
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// `secret` as it appears inside a JSON string.
fn json_escaped(secret: &str) -> String {
    let quoted = serde_json::to_string(secret).unwrap_or_default();
    quoted[1..quoted.len() - 1].to_owned()
}

/// Whether `secret` survives in `output`, as written or encoded.
pub fn survives(secret: &str, output: &str) -> bool {
    output.contains(secret)
        || output.contains(&percent_encoded(secret))
        || output.contains(&json_escaped(secret))
}

/// Score `redactor` on `lines`.
pub fn score(redactor: &Redactor, lines: &[Line]) -> Scores {
    let mut scores = Scores::default();
    for line in lines {
        let output = redactor.redact(&line.message);
        match (&line.kind, &line.secret) {
            (Some(kind), Some(secret)) => {
                let entry = scores.by_kind.entry(kind.clone()).or_default();
                entry.planted += 1;
                if survives(secret, &output) {
                    scores.leaks.push((kind.clone(), line.message.clone(), output));
                } else {
                    entry.caught += 1;
                }
            }
            _ => {
                scores.clean_lines += 1;
                if output != line.message {
                    scores.clean_changed += 1;
                    scores.damaged.push((line.message.clone(), output));
                }
            }
        }
    }
    scores
}

/// The per-kind table, the totals, and every leak and damaged clean line.
pub fn report() -> String {
    report_for("bench/corpora/secrets", &corpus())
}

/// The same table for any corpus of planted secrets, `name` naming it in the title.
pub fn report_for(name: &str, lines: &[Line]) -> String {
    let scores = score(&Redactor::default(), lines);
    let mut out = String::new();
    let _ = writeln!(out, "Redaction on {name} ({} kinds)", scores.by_kind.len());
    let _ = writeln!(
        out,
        "{:<28} {:>7} {:>7} {:>7}",
        "kind", "planted", "caught", "recall"
    );
    for (kind, score) in &scores.by_kind {
        let _ = writeln!(
            out,
            "{kind:<28} {:>7} {:>7} {:>7.3}",
            score.planted,
            score.caught,
            score.recall()
        );
    }
    let planted: usize = scores.by_kind.values().map(|k| k.planted).sum();
    let _ = writeln!(
        out,
        "overall recall {:.4} ({planted} planted secrets)",
        scores.recall()
    );
    let _ = writeln!(
        out,
        "clean lines changed {:.4} ({} of {})",
        scores.clean_changed_share(),
        scores.clean_changed,
        scores.clean_lines
    );
    for (kind, message, output) in &scores.leaks {
        let _ = writeln!(out, "LEAK {kind}: {message:?}\n  -> {output:?}");
    }
    for (message, output) in &scores.damaged {
        let _ = writeln!(out, "CHANGED clean: {message:?}\n  -> {output:?}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Floors, not targets: the rules are general, not fitted to this corpus (issue 14).
    const RECALL_FLOOR: f64 = 0.99;
    const CLEAN_CHANGED_CEILING: f64 = 0.02;

    #[test]
    fn redaction_keeps_its_floors_on_the_secrets_corpus() {
        let lines = corpus();
        let scores = score(&Redactor::default(), &lines);
        println!("{}", report());
        assert!(scores.by_kind.len() >= 40, "{} kinds", scores.by_kind.len());
        assert!(
            scores.recall() >= RECALL_FLOOR,
            "recall {:.4} < {RECALL_FLOOR}",
            scores.recall()
        );
        assert!(
            scores.clean_changed_share() <= CLEAN_CHANGED_CEILING,
            "clean lines changed {:.4} > {CLEAN_CHANGED_CEILING}",
            scores.clean_changed_share()
        );
    }

    #[test]
    fn every_planted_secret_is_in_its_message() {
        for line in corpus() {
            if let Some(secret) = &line.secret {
                assert!(line.message.contains(secret.as_str()), "{line:?}");
                assert!(line.kind.is_some(), "{line:?}");
            }
        }
    }

    #[test]
    fn encoded_forms_of_a_secret_count_as_surviving() {
        assert!(survives("pa ss", "x=pa%20ss"));
        assert!(survives("a\"b", r#"{"v":"a\"b"}"#));
        assert!(!survives("hunter2", "password=<redacted>"));
    }
}
