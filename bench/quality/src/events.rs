//! Event normalisation on real public payloads: `runtime/domain/fixtures/events`, each with
//! the outcome awsmon must give (`<name>.expected.json`, provenance in that folder's README).
//! A payload is correct when `monitoring_event::normalise` gives its expected outcome, and for
//! an accepted event its event type, severity, `resolves` and the text its title or context
//! must hold.

use std::collections::BTreeMap;
use std::path::PathBuf;

use awsmon_domain::monitoring_event::{self, Expected, Outcome, SeverityPolicy};

/// `runtime/domain/fixtures/events/`.
pub fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../runtime/domain/fixtures/events")
}

/// One labelled payload and how awsmon did on it.
#[derive(Debug, Clone)]
pub struct Judged {
    pub name: String,
    pub expected: Expected,
    /// `None` when correct, else what differs.
    pub wrong: Option<String>,
}

/// The rounds that hold event payloads, `bench/corpora/<round>/events/`: held out, in the
/// fixtures' format, each written without reading the normaliser (their READMEs). Reported
/// only, no floor.
pub const HELDOUT_EVENT_ROUNDS: [&str; 2] = ["heldout2", "heldout41"];

/// `bench/corpora/<round>/events/`.
pub fn heldout_dir(round: &str) -> PathBuf {
    crate::corpora_dir().join(round).join("events")
}

/// Every labelled payload, judged, sorted by name.
pub fn judge_all() -> Vec<Judged> {
    judge_dir(&fixtures_dir())
}

/// Every labelled payload of `dir` (`<name>.json` beside `<name>.expected.json`), judged, sorted
/// by name.
pub fn judge_dir(dir: &std::path::Path) -> Vec<Judged> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && !n.ends_with(".expected.json"))
        .collect();
    names.sort();
    let policy = SeverityPolicy::default();
    names
        .into_iter()
        .map(|file| {
            let name = file.trim_end_matches(".json").to_owned();
            let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
            let expected: Expected = serde_json::from_str(&read(&format!("{name}.expected.json")))
                .unwrap_or_else(|e| panic!("{name}.expected.json: {e}"));
            // One queue message is one line: the compact JSON.
            let body = read(&file);
            let line = serde_json::from_str::<serde_json::Value>(&body)
                .map(|v| v.to_string())
                .unwrap_or(body);
            let wrong = expected
                .check(&monitoring_event::normalise_body(&line, &policy))
                .err();
            Judged {
                name,
                expected,
                wrong,
            }
        })
        .collect()
}

/// Correct and total per source and expected outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub correct: usize,
    pub total: usize,
}

/// `source -> [accept, ignore, reject]` tallies.
pub fn tallies(judged: &[Judged]) -> BTreeMap<String, [Tally; 3]> {
    let mut by_source: BTreeMap<String, [Tally; 3]> = BTreeMap::new();
    for j in judged {
        let slot = match j.expected.outcome {
            Outcome::Accept => 0,
            Outcome::Ignore => 1,
            Outcome::Reject => 2,
        };
        let tally = &mut by_source.entry(j.expected.source.clone()).or_default()[slot];
        tally.total += 1;
        tally.correct += usize::from(j.wrong.is_none());
    }
    by_source
}

/// The report `awsmon-quality` prints: per source, correct outcomes out of labelled payloads.
pub fn report() -> String {
    report_for("runtime/domain/fixtures/events", &judge_all())
}

/// The same table for each round of held-out payloads ([`HELDOUT_EVENT_ROUNDS`]).
pub fn heldout_report() -> String {
    HELDOUT_EVENT_ROUNDS
        .iter()
        .map(|round| {
            report_for(
                &format!("bench/corpora/{round}/events, held out, reported only"),
                &judge_dir(&heldout_dir(round)),
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The per-source table of `judged`, `name` naming the set in the title.
pub fn report_for(name: &str, judged: &[Judged]) -> String {
    let cell = |t: Tally| {
        if t.total == 0 {
            "-".to_owned()
        } else {
            format!("{}/{}", t.correct, t.total)
        }
    };
    let mut out = format!(
        "## Event normalisation ({name})\n\n\
         | source | accept | ignore | reject | correct |\n| --- | --- | --- | --- | --- |\n"
    );
    let (mut correct, mut total) = (0, 0);
    for (source, [accept, ignore, reject]) in tallies(judged) {
        let c = accept.correct + ignore.correct + reject.correct;
        let t = accept.total + ignore.total + reject.total;
        correct += c;
        total += t;
        out.push_str(&format!(
            "| {source} | {} | {} | {} | {c}/{t} |\n",
            cell(accept),
            cell(ignore),
            cell(reject)
        ));
    }
    out.push_str(&format!("| all | | | | {correct}/{total} |\n"));
    let wrong: Vec<String> = judged
        .iter()
        .filter_map(|j| j.wrong.as_ref().map(|w| format!("- {}: {w}", j.name)))
        .collect();
    if !wrong.is_empty() {
        out.push_str("\nWrong:\n");
        out.push_str(&wrong.join("\n"));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_labelled_payload_is_normalised_correctly() {
        let judged = judge_all();
        assert!(judged.len() >= 40, "{} payloads", judged.len());
        let wrong: Vec<_> = judged.iter().filter(|j| j.wrong.is_some()).collect();
        assert!(wrong.is_empty(), "{}", report());
    }

    /// Each held-out set loads, every payload has its expected outcome, and the expectations
    /// are consistent with their outcome. No floor on how many are right.
    #[test]
    fn heldout_events_are_well_formed() {
        for round in HELDOUT_EVENT_ROUNDS {
            let judged = judge_dir(&heldout_dir(round));
            assert!(judged.len() >= 30, "{round}: {} payloads", judged.len());
            for j in &judged {
                let e = &j.expected;
                let accepted = e.outcome == Outcome::Accept;
                assert_eq!(e.event_type.is_some(), accepted, "{round}: {}", j.name);
                assert_eq!(e.severity.is_some(), accepted, "{round}: {}", j.name);
                assert_eq!(e.resolves.is_some(), accepted, "{round}: {}", j.name);
            }
            // (Each round names its other sources its own way: `other`, `bad-input`.)
            let tallies = tallies(&judged);
            for source in ["alarm", "ecs", "lambda", "guardduty", "health"] {
                assert!(tallies.contains_key(source), "{round}: no {source} payload");
            }
        }
        let report = heldout_report();
        assert_eq!(
            report.matches("| all | | | |").count(),
            HELDOUT_EVENT_ROUNDS.len(),
            "{report}"
        );
    }

    #[test]
    fn the_report_counts_each_source() {
        let judged = judge_all();
        let tallies = tallies(&judged);
        for source in ["alarm", "ecs", "lambda", "guardduty", "health"] {
            let total: usize = tallies[source].iter().map(|t| t.total).sum();
            assert!(total >= 5, "{source}: {total}");
        }
        let counted: usize = tallies.values().flatten().map(|t| t.total).sum();
        assert_eq!(counted, judged.len());
        let report = report();
        assert!(report.contains("| guardduty |"), "{report}");
        assert!(
            report.contains(&format!("| all | | | | {0}/{0} |", judged.len())),
            "{report}"
        );
    }
}
