//! What a labelled payload must normalise to (`runtime/domain/fixtures/events/*.expected.json`),
//! and the check of an outcome against it, shared by the domain's tests and `awsmon-quality`.

use serde::Deserialize;

use super::{EventType, MonitoringEvent, Rejection};
use crate::severity::Severity;

/// The three outcomes of `awsmon events normalise`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Accept,
    Ignore,
    Reject,
}

impl Outcome {
    pub fn of(result: &Result<MonitoringEvent, Rejection>) -> Self {
        match result {
            Ok(_) => Self::Accept,
            Err(r) if !r.is_malformed() => Self::Ignore,
            Err(_) => Self::Reject,
        }
    }
}

/// One `<name>.expected.json`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// Which source the payload belongs to, for per-source counts (`alarm`, `ecs`, …).
    pub source: String,
    pub outcome: Outcome,
    pub event_type: Option<EventType>,
    pub severity: Option<Severity>,
    pub resolves: Option<bool>,
    /// Must appear in the title or a context line of an accepted event, or in the reason of an
    /// ignored or rejected one.
    pub contains: String,
}

impl Expected {
    /// `Ok` when `result` is what was expected, else what differs.
    pub fn check(&self, result: &Result<MonitoringEvent, Rejection>) -> Result<(), String> {
        let outcome = Outcome::of(result);
        if outcome != self.outcome {
            let got = match result {
                Ok(e) => format!(
                    "accepted as {} {}: {}",
                    e.severity,
                    e.event_type.as_str(),
                    e.title
                ),
                Err(r) => r.to_string(),
            };
            return Err(format!("expected {:?}, got {got}", self.outcome));
        }
        match result {
            Ok(event) => {
                let mut wrong = Vec::new();
                if self.event_type.is_some_and(|t| t != event.event_type) {
                    wrong.push(format!("event_type {}", event.event_type.as_str()));
                }
                if self.severity.is_some_and(|s| s != event.severity) {
                    wrong.push(format!("severity {}", event.severity));
                }
                if self.resolves.is_some_and(|r| r != event.resolves) {
                    wrong.push(format!("resolves {}", event.resolves));
                }
                let text = std::iter::once(&event.title).chain(&event.context);
                if !text.clone().any(|t| t.contains(&self.contains)) {
                    wrong.push(format!(
                        "no {:?} in title/context {:?}",
                        self.contains,
                        text.collect::<Vec<_>>()
                    ));
                }
                if wrong.is_empty() {
                    Ok(())
                } else {
                    Err(wrong.join("; "))
                }
            }
            Err(rejection) => {
                let reason = rejection.to_string();
                if reason.contains(&self.contains) {
                    Ok(())
                } else {
                    Err(format!("no {:?} in reason {reason:?}", self.contains))
                }
            }
        }
    }
}
