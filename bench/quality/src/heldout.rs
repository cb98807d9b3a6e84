//! The held-out corpora of `bench/corpora/heldout*/` (their READMEs say how they were made):
//! application-log families and planted-secrets corpora written without reading awsmon's
//! classifier, fingerprint or redaction code. Reported only: no floor is asserted
//! on them, so that they stay a measure and never become a target.

use std::collections::HashSet;
use std::fmt::Write;

use awsmon_domain::log;
use awsmon_domain::redact::Redactor;

use crate::logs::{Family, application_families, evaluate};
use crate::{Confusion, corpora_dir, secrets};

/// The held-out rounds, oldest first: each a folder of `bench/corpora` with `logs/` (log
/// families), `secrets/secrets.jsonl` (planted secrets) or both, written by a session that had not
/// read the code it measures.
pub const ROUNDS: [&str; 55] = [
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
];

/// One round's log families, sorted by name (none when the round has no `logs/`).
pub fn log_families(round: &str) -> Vec<Family> {
    let dir = corpora_dir().join(round).join("logs");
    if dir.is_dir() {
        application_families(&dir)
    } else {
        Vec::new()
    }
}

/// One round's planted secrets, in file order (none when the round has no `secrets/`).
pub fn secrets_corpus(round: &str) -> Vec<secrets::Line> {
    let path = corpora_dir().join(round).join("secrets/secrets.jsonl");
    if path.is_file() {
        secrets::corpus_at(&path)
    } else {
        Vec::new()
    }
}

/// Distinct awsmon fingerprints among the lines labelled error: the issues one would see.
fn issues(family: &Family) -> usize {
    family
        .events
        .iter()
        .filter(|e| e.error == Some(true))
        .map(|e| log::understand(&e.message).fingerprint.to_string())
        .collect::<HashSet<_>>()
        .len()
}

/// The per-family table of one held-out log corpus, with its totals line.
fn logs_table(label: &str, families: &[Family], redactor: &Redactor) -> String {
    let mut out = String::from(
        "family                 lines  errors groups issues  precision  recall   GA     GA (v1)\n",
    );
    let mut total = Confusion::default();
    let mut accuracies = Vec::new();
    for family in families {
        let r = evaluate(family, redactor);
        let d = r.detection.unwrap_or_default();
        total.true_positives += d.true_positives;
        total.false_positives += d.false_positives;
        total.false_negatives += d.false_negatives;
        total.true_negatives += d.true_negatives;
        accuracies.push(r.grouping);
        let _ = writeln!(
            out,
            "{:<22} {:>5} {:>7} {:>6} {:>6} {:>10.3} {:>7.3} {:>6.3} {:>9.3}",
            family.name,
            r.lines,
            r.errors,
            r.groups,
            issues(family),
            d.precision(),
            d.recall(),
            r.grouping,
            r.grouping_v1
        );
    }
    let mean = if accuracies.is_empty() {
        0.0
    } else {
        accuracies.iter().sum::<f64>() / accuracies.len() as f64
    };
    let _ = writeln!(
        out,
        "{label}: precision {:.3}, recall {:.3}, mean grouping accuracy {mean:.3}",
        total.precision(),
        total.recall()
    );
    out
}

/// Per round, the per-family table of its logs, then the redaction table of its secrets.
pub fn report() -> String {
    let redactor = Redactor::default();
    let mut out = String::new();
    for round in ROUNDS {
        let families = log_families(round);
        if !families.is_empty() {
            let _ = writeln!(out, "bench/corpora/{round}/logs");
            out.push_str(&logs_table(&format!("{round} logs"), &families, &redactor));
            out.push('\n');
        }
        let lines = secrets_corpus(round);
        if !lines.is_empty() {
            out.push_str(&secrets::report_for(
                &format!("bench/corpora/{round}/secrets"),
                &lines,
            ));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The held-out corpora load and keep their format. No floor on the measures.
    #[test]
    fn heldout_corpora_are_well_formed() {
        let families: Vec<Family> = ROUNDS.into_iter().flat_map(log_families).collect();
        let secrets: Vec<secrets::Line> = ROUNDS.into_iter().flat_map(secrets_corpus).collect();
        // Each round holds at least one of the two, so a renamed folder fails here.
        for round in ROUNDS {
            assert!(
                log_families(round).len() >= 8 || secrets_corpus(round).len() >= 100,
                "{round}: no held-out logs or secrets"
            );
        }
        for family in &families {
            for event in &family.events {
                assert_eq!(
                    event.group.is_some(),
                    event.error == Some(true),
                    "{}: {:?}",
                    family.name,
                    event.message
                );
            }
        }
        for line in secrets {
            assert_eq!(line.kind.is_some(), line.secret.is_some(), "{line:?}");
            if let Some(secret) = &line.secret {
                assert!(!secret.is_empty(), "{line:?}");
                assert!(line.message.contains(secret.as_str()), "{line:?}");
            }
        }
    }

    /// The agent's default query fetches every line awsmon calls an error, in every corpus: an
    /// error the query never returns is never seen in an account, whatever the rules say.
    #[test]
    fn the_default_query_fetches_every_error_awsmon_finds() {
        let filter = regex::Regex::new(log::DEFAULT_FILTER).expect("the filter compiles");
        let families = crate::logs::families()
            .into_iter()
            .chain(ROUNDS.into_iter().flat_map(log_families));
        let mut errors = 0;
        let mut missed = Vec::new();
        for family in families {
            for event in family.events {
                if log::read(&event.message).is_error() {
                    errors += 1;
                    if !filter.is_match(&event.message) {
                        missed.push(format!("{}: {:?}", family.name, event.message));
                    }
                }
            }
        }
        assert!(errors >= 20_000, "{errors} errors: corpora missing");
        assert!(
            missed.is_empty(),
            "{} of {errors} errors not fetched: {:#?}",
            missed.len(),
            &missed[..missed.len().min(5)]
        );
    }

    #[test]
    #[ignore = "prints the held-out measures; run with --ignored --nocapture"]
    fn print_heldout_report() {
        println!("{}", report());
    }
}
