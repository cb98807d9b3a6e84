//! Log understanding on labelled corpora: error detection (precision, recall) and grouping
//! accuracy of the errors, per log family, for awsmon's fingerprints and for the previous
//! version's (redaction then `template_v1`, as agents before fingerprint versions did).
//!
//! Families: every `bench/corpora/logs/*.jsonl` (application logs of Lambda and ECS workloads,
//! `{"message", "error", "group"}` per line; see its README), and the four Loghub-2k samples in
//! `runtime/agent/tests/data/loghub` (system logs: every line grouped, none labelled error).

use std::fs;
use std::path::{Path, PathBuf};

use awsmon_domain::log::{self, template_v1};
use awsmon_domain::redact::Redactor;
use serde::Deserialize;

use crate::{Confusion, corpora_dir, grouping_accuracy};

/// One labelled log event.
#[derive(Debug, Clone, Deserialize)]
pub struct Labelled {
    pub message: String,
    /// `None` for corpora without error labels (Loghub).
    pub error: Option<bool>,
    /// The ground-truth problem; `None` for lines that are not errors.
    pub group: Option<String>,
}

/// A family of labelled events.
#[derive(Debug)]
pub struct Family {
    pub name: String,
    pub events: Vec<Labelled>,
}

/// What awsmon does with one family.
#[derive(Debug, Clone, Copy)]
pub struct FamilyResult {
    pub lines: usize,
    pub errors: usize,
    pub groups: usize,
    /// Error detection; `None` when the family has no error labels.
    pub detection: Option<Confusion>,
    /// Grouping accuracy of the grouped lines, awsmon's fingerprints.
    pub grouping: f64,
    /// The same with the previous version's fingerprints.
    pub grouping_v1: f64,
}

/// Every family: the application corpora, then the Loghub samples.
pub fn families() -> Vec<Family> {
    let mut families = application_families(&corpora_dir().join("logs"));
    families.extend(loghub_families());
    families
}

/// Every `*.jsonl` of `dir`, one family per file, sorted by name.
pub fn application_families(dir: &Path) -> Vec<Family> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let events = text
                .lines()
                .enumerate()
                .map(|(i, line)| {
                    serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1))
                })
                .collect();
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("?")
                .to_owned();
            Family { name, events }
        })
        .collect()
}

/// The four Loghub-2k samples: `Content` grouped by `EventId`.
fn loghub_families() -> Vec<Family> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../runtime/agent/tests/data/loghub");
    ["Apache", "HDFS", "OpenStack", "Zookeeper"]
        .into_iter()
        .map(|name| {
            let path = dir.join(format!("{name}_2k.log_structured.csv"));
            let mut reader =
                csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let headers = reader.headers().expect("headers").clone();
            let column = |n: &str| headers.iter().position(|h| h == n).expect(n);
            let (content, event) = (column("Content"), column("EventId"));
            let events = reader
                .records()
                .map(|record| {
                    let record = record.expect("csv record");
                    Labelled {
                        message: record[content].to_owned(),
                        error: None,
                        group: Some(record[event].to_owned()),
                    }
                })
                .collect();
            Family {
                name: format!("loghub-{}", name.to_lowercase()),
                events,
            }
        })
        .collect()
}

/// Runs awsmon over one family.
pub fn evaluate(family: &Family, redactor: &Redactor) -> FamilyResult {
    let mut detection = Confusion::default();
    let mut labelled = false;
    let (mut ours, mut previous, mut truths) = (Vec::new(), Vec::new(), Vec::new());
    for event in &family.events {
        let understood = log::understand(&event.message);
        if let Some(error) = event.error {
            labelled = true;
            detection.record(understood.is_error, error);
        }
        if let Some(group) = &event.group {
            ours.push(understood.fingerprint.to_string());
            previous.push(
                template_v1::normalize(&redactor.redact(&event.message))
                    .fingerprint
                    .to_string(),
            );
            truths.push(group.as_str());
        }
    }
    let mut distinct = truths.clone();
    distinct.sort_unstable();
    distinct.dedup();
    FamilyResult {
        lines: family.events.len(),
        errors: family.events.iter().filter(|e| e.error == Some(true)).count(),
        groups: distinct.len(),
        detection: labelled.then_some(detection),
        grouping: grouping_accuracy(&ours, &truths),
        grouping_v1: grouping_accuracy(&previous, &truths),
    }
}

/// The table `make bench` prints.
pub fn report() -> String {
    let redactor = Redactor::default();
    let mut out =
        String::from("family                 lines  errors groups  precision  recall   GA     GA (v1)\n");
    let mut total = Confusion::default();
    for family in families() {
        let r = evaluate(&family, &redactor);
        let (precision, recall) = match r.detection {
            Some(d) => {
                total.true_positives += d.true_positives;
                total.false_positives += d.false_positives;
                total.false_negatives += d.false_negatives;
                total.true_negatives += d.true_negatives;
                (format!("{:.3}", d.precision()), format!("{:.3}", d.recall()))
            }
            None => ("-".into(), "-".into()),
        };
        out.push_str(&format!(
            "{:<22} {:>5} {:>7} {:>6} {:>10} {:>7} {:>6.3} {:>9.3}\n",
            family.name, r.lines, r.errors, r.groups, precision, recall, r.grouping, r.grouping_v1
        ));
    }
    out.push_str(&format!(
        "error detection over every labelled family: precision {:.3}, recall {:.3}\n",
        total.precision(),
        total.recall()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Floors under the measured figures (docs/agent.md gives them), so that a change that
    /// makes awsmon worse on data it was not written for fails CI.
    #[test]
    fn log_understanding_keeps_its_floors() {
        let redactor = Redactor::default();
        let mut application = Vec::new();
        let mut total = Confusion::default();
        for family in families() {
            let r = evaluate(&family, &redactor);
            println!("{}: {r:?}", family.name);
            if let Some(d) = r.detection {
                total.true_positives += d.true_positives;
                total.false_positives += d.false_positives;
                total.false_negatives += d.false_negatives;
                application.push(r.grouping);
                assert!(
                    r.grouping >= 0.90,
                    "{}: grouping accuracy {}",
                    family.name,
                    r.grouping
                );
                assert!(
                    d.precision() >= 0.95 && d.recall() >= 0.95,
                    "{}: {d:?}",
                    family.name
                );
            } else {
                assert!(
                    r.grouping >= 0.99,
                    "{}: grouping accuracy {}",
                    family.name,
                    r.grouping
                );
            }
        }
        assert!(application.len() >= 19, "the application corpora are missing");
        let mean = application.iter().sum::<f64>() / application.len() as f64;
        assert!(mean >= 0.96, "mean grouping accuracy {mean}");
        assert!(total.precision() >= 0.99 && total.recall() >= 0.99, "{total:?}");
    }
}
