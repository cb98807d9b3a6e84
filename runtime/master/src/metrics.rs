//! Metrics as CloudWatch embedded metric format: one JSON line on stdout per invocation.

use serde_json::{Map, Value, json};

pub const NAMESPACE: &str = "awsmon";

/// Counts of one invocation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counters {
    pub processed: u64,
    pub stored: u64,
    pub duplicate: u64,
    pub ignored: u64,
    pub rejected: u64,
    pub failed: u64,
    /// Notifications put in the outbox.
    pub notified: u64,
    /// Notifications Slack took.
    pub sent: u64,
    /// Notifications given up: Slack had not taken them within the maximum age.
    pub dropped: u64,
}

impl Counters {
    pub fn add(&mut self, other: &Counters) {
        self.processed += other.processed;
        self.stored += other.stored;
        self.duplicate += other.duplicate;
        self.ignored += other.ignored;
        self.rejected += other.rejected;
        self.failed += other.failed;
        self.notified += other.notified;
        self.sent += other.sent;
        self.dropped += other.dropped;
    }

    /// The EMF document for these counts.
    pub fn emf(&self, function: &str, now_ms: i64) -> Value {
        let values = [
            ("EventsProcessed", self.processed),
            ("EventsStored", self.stored),
            ("EventsDuplicate", self.duplicate),
            ("EventsIgnored", self.ignored),
            ("EventsRejected", self.rejected),
            ("EventsFailed", self.failed),
            ("NotificationsQueued", self.notified),
            ("NotificationsSent", self.sent),
            ("NotificationsDropped", self.dropped),
        ];
        let definitions: Vec<Value> = values
            .iter()
            .map(|(name, _)| json!({"Name": name, "Unit": "Count"}))
            .collect();
        let mut document = Map::new();
        document.insert(
            "_aws".into(),
            json!({
                "Timestamp": now_ms,
                "CloudWatchMetrics": [{
                    "Namespace": NAMESPACE,
                    "Dimensions": [["function"]],
                    "Metrics": definitions,
                }]
            }),
        );
        document.insert("function".into(), json!(function));
        for (name, value) in values {
            document.insert(name.into(), json!(value));
        }
        Value::Object(document)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_declared_metric_has_a_value() {
        let counters = Counters {
            stored: 3,
            ..Counters::default()
        };
        let emf = counters.emf("handle-monitoring-events", 1);
        let declared = emf["_aws"]["CloudWatchMetrics"][0]["Metrics"].as_array().unwrap();
        assert_eq!(declared.len(), 9);
        for metric in declared {
            assert!(emf[metric["Name"].as_str().unwrap()].is_u64());
        }
        assert_eq!(emf["EventsStored"], 3);
        assert_eq!(emf["function"], "handle-monitoring-events");
    }
}
