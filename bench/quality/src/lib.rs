//! Quality measures of awsmon's understanding of other people's data, on the labelled corpora
//! in `bench/corpora/` (each corpus's README names its sources and how it was labelled).
//!
//! `cargo run --release -p awsmon-quality` prints every measure per family (`make bench` runs
//! it); the tests of this crate hold each measure above a floor, so a change that makes awsmon
//! worse on data it was not tuned on fails CI.

pub mod events;
pub mod heldout;
pub mod logs;
pub mod secrets;
pub mod speed;

use std::collections::HashMap;
use std::path::PathBuf;

/// `bench/corpora/`.
pub fn corpora_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../corpora")
}

/// Loghub's grouping accuracy: a line is correct when the lines sharing its group are exactly
/// the lines sharing its ground-truth group.
pub fn grouping_accuracy<G: AsRef<str>, T: AsRef<str>>(groups: &[G], truths: &[T]) -> f64 {
    assert_eq!(groups.len(), truths.len(), "one group per truth");
    if groups.is_empty() {
        return 1.0;
    }
    let mut by_group: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_truth: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, (group, truth)) in groups.iter().zip(truths).enumerate() {
        by_group.entry(group.as_ref()).or_default().push(index);
        by_truth.entry(truth.as_ref()).or_default().push(index);
    }
    let correct = groups
        .iter()
        .zip(truths)
        .filter(|(g, t)| by_group[g.as_ref()] == by_truth[t.as_ref()])
        .count();
    correct as f64 / groups.len() as f64
}

/// Counts of a binary decision against its ground truth.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confusion {
    pub true_positives: u64,
    pub false_positives: u64,
    pub false_negatives: u64,
    pub true_negatives: u64,
}

impl Confusion {
    pub fn record(&mut self, predicted: bool, actual: bool) {
        match (predicted, actual) {
            (true, true) => self.true_positives += 1,
            (true, false) => self.false_positives += 1,
            (false, true) => self.false_negatives += 1,
            (false, false) => self.true_negatives += 1,
        }
    }

    /// 1.0 when nothing was predicted positive (nothing claimed, nothing wrong).
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_positives)
    }

    /// 1.0 when nothing was positive.
    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_negatives)
    }
}

fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_accuracy_counts_a_split_group_as_wrong_everywhere() {
        let truths = ["a", "a", "b", "c"];
        assert_eq!(grouping_accuracy(&["1", "1", "2", "3"], &truths), 1.0);
        // "a" split in two: both its lines are wrong.
        assert_eq!(grouping_accuracy(&["1", "9", "2", "3"], &truths), 0.5);
        // "b" and "c" merged: both are wrong.
        assert_eq!(grouping_accuracy(&["1", "1", "2", "2"], &truths), 0.5);
    }

    #[test]
    fn precision_and_recall_follow_their_definitions() {
        let mut c = Confusion::default();
        for (p, a) in [
            (true, true),
            (true, false),
            (false, true),
            (false, false),
            (true, true),
        ] {
            c.record(p, a);
        }
        assert_eq!(c.precision(), 2.0 / 3.0);
        assert_eq!(c.recall(), 2.0 / 3.0);
        assert_eq!(Confusion::default().precision(), 1.0);
    }
}
