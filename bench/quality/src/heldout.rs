//! The held-out corpora of `bench/corpora/heldout/` and `bench/corpora/heldout2/` (their READMEs
//! say how they were made): application-log families and planted-secrets corpora written without
//! reading awsmon's classifier, fingerprint or redaction code. Reported only: no floor is asserted
//! on them, so that they stay a measure and never become a target.

use std::collections::HashSet;
use std::fmt::Write;

use awsmon_domain::log;
use awsmon_domain::redact::Redactor;

use crate::logs::{Family, application_families, evaluate};
use crate::{Confusion, corpora_dir, secrets};

/// The held-out log families, sorted by name.
pub fn log_families() -> Vec<Family> {
    application_families(&corpora_dir().join("heldout/logs"))
}

/// The second held-out corpus's log families (`bench/corpora/heldout2/logs`), sorted by name.
pub fn log_families_2() -> Vec<Family> {
    application_families(&corpora_dir().join("heldout2/logs"))
}

/// The held-out planted-secrets corpus, in file order.
pub fn secrets_corpus() -> Vec<secrets::Line> {
    secrets::corpus_at(&corpora_dir().join("heldout/secrets/secrets.jsonl"))
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

/// The per-family tables of the held-out logs, then the redaction tables of the held-out
/// secrets, each of the first and the second corpus.
pub fn report() -> String {
    let redactor = Redactor::default();
    let mut out = logs_table("held-out logs", &log_families(), &redactor);
    out.push('\n');
    out.push_str("bench/corpora/heldout2/logs\n");
    out.push_str(&logs_table("held-out logs 2", &log_families_2(), &redactor));
    out.push('\n');
    out.push_str(&secrets::report_for(
        "bench/corpora/heldout/secrets",
        &secrets_corpus(),
    ));
    out.push('\n');
    out.push_str(&secrets::heldout2_report());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The held-out corpora load and keep their format. No floor on the measures.
    #[test]
    fn heldout_corpora_are_well_formed() {
        for families in [log_families(), log_families_2()] {
            assert!(families.len() >= 8, "{} held-out families", families.len());
        }
        for family in log_families().iter().chain(&log_families_2()) {
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
        for line in secrets_corpus().into_iter().chain(secrets::heldout2_corpus()) {
            assert_eq!(line.kind.is_some(), line.secret.is_some(), "{line:?}");
            if let Some(secret) = &line.secret {
                assert!(line.message.contains(secret.as_str()), "{line:?}");
            }
        }
    }

    #[test]
    #[ignore = "prints the held-out measures; run with --ignored --nocapture"]
    fn print_heldout_report() {
        println!("{}", report());
    }
}
