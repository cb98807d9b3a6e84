//! Grouping accuracy (GA) of the agent's fingerprints on the Loghub-2k samples in
//! `tests/data/loghub` (its README names the source): a line is correct when the lines sharing
//! its fingerprint are exactly the lines sharing its ground-truth template. Lines go through
//! the same redaction and normalisation as in production.
//!
//! `cargo test -p awsmon-agent --test loghub_accuracy -- --nocapture` prints the figures.

use std::collections::HashMap;
use std::path::PathBuf;

use awsmon_domain::fingerprint;
use awsmon_domain::redact::Redactor;

/// The floor each dataset must keep (measured figure rounded down), so GA cannot regress
/// silently.
const FLOORS: [(&str, f64); 4] = [
    ("HDFS", 0.99),
    ("Zookeeper", 0.99),
    ("Apache", 0.99),
    ("OpenStack", 0.99),
];

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/loghub")
}

fn grouping_accuracy(dataset: &str, redactor: &Redactor) -> f64 {
    let path = data_dir().join(format!("{dataset}_2k.log_structured.csv"));
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let headers = reader.headers().expect("headers").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (content, event) = (column("Content"), column("EventId"));
    let mut lines: Vec<(String, String)> = Vec::new();
    for record in reader.records() {
        let record = record.expect("csv record");
        let fingerprint = fingerprint::normalize(&redactor.redact(&record[content])).fingerprint;
        lines.push((fingerprint.to_string(), record[event].to_owned()));
    }
    assert_eq!(lines.len(), 2_000, "{dataset}");
    let mut by_fingerprint: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_truth: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, (fingerprint, truth)) in lines.iter().enumerate() {
        by_fingerprint.entry(fingerprint).or_default().push(index);
        by_truth.entry(truth).or_default().push(index);
    }
    let correct = lines
        .iter()
        .filter(|(fingerprint, truth)| by_fingerprint[fingerprint.as_str()] == by_truth[truth.as_str()])
        .count();
    correct as f64 / lines.len() as f64
}

#[test]
fn grouping_accuracy_on_loghub_keeps_its_floor() {
    let redactor = Redactor::default();
    let mut report = Vec::new();
    for (dataset, floor) in FLOORS {
        let ga = grouping_accuracy(dataset, &redactor);
        println!("grouping accuracy {dataset:<10} {ga:.4} (floor {floor})");
        report.push((dataset, ga, floor));
    }
    for (dataset, ga, floor) in report {
        assert!(ga >= floor, "{dataset}: GA {ga:.4} fell below {floor}");
    }
}
