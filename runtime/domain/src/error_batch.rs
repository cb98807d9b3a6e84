//! Turning the error lines of one log group in one window into events: one
//! [`ErrorLogDetected`] per fingerprint with count, first and last time and a few redacted,
//! truncated samples.

use std::collections::BTreeMap;

use crate::agent_event::{
    AgentIdentity, ErrorLogDetected, MAX_SAMPLE_CHARS, MAX_SAMPLES, SCHEMA_VERSION, TimeWindow,
};
use crate::ids::{EventId, Fingerprint};
use crate::log::template_v1 as fingerprint;
use crate::redact::Redactor;
use crate::timestamp::Timestamp;

/// Appended to a sample that was cut.
pub const TRUNCATED: &str = "…";

/// One matching log line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    pub timestamp: Timestamp,
    pub message: String,
}

#[derive(Debug)]
struct Group {
    template: String,
    count: u64,
    first_seen: Timestamp,
    last_seen: Timestamp,
    samples: Vec<String>,
}

/// Collects the lines of one log group in one window.
#[derive(Debug)]
pub struct ErrorBatch<'r> {
    log_group: String,
    window: TimeWindow,
    redactor: &'r Redactor,
    groups: BTreeMap<Fingerprint, Group>,
}

impl<'r> ErrorBatch<'r> {
    pub fn new(log_group: &str, window: TimeWindow, redactor: &'r Redactor) -> Self {
        Self {
            log_group: log_group.to_owned(),
            window,
            redactor,
            groups: BTreeMap::new(),
        }
    }

    /// Adds a line; lines outside the window are ignored (the caller's query may be wider).
    /// Returns whether the line was counted.
    pub fn add(&mut self, line: &LogLine) -> bool {
        if line.timestamp < self.window.start || line.timestamp >= self.window.end {
            return false;
        }
        // Redact first: the template is published too, and placeholders group like variables.
        let redacted = self.redactor.redact(&line.message);
        let normalized = fingerprint::normalize(&redacted);
        let group = self
            .groups
            .entry(normalized.fingerprint)
            .or_insert_with(|| Group {
                template: truncate(&normalized.template, MAX_SAMPLE_CHARS),
                count: 0,
                first_seen: line.timestamp,
                last_seen: line.timestamp,
                samples: Vec::new(),
            });
        group.count += 1;
        group.first_seen = group.first_seen.min(line.timestamp);
        group.last_seen = group.last_seen.max(line.timestamp);
        if group.samples.len() < MAX_SAMPLES {
            group
                .samples
                .push(truncate(redacted.trim_end(), MAX_SAMPLE_CHARS));
        }
        true
    }

    /// Lines counted so far.
    pub fn lines(&self) -> u64 {
        self.groups.values().map(|g| g.count).sum()
    }

    /// One event per fingerprint, ordered by fingerprint.
    pub fn into_events(self, agent: &AgentIdentity) -> Vec<ErrorLogDetected> {
        let start = self.window.start.to_rfc3339();
        self.groups
            .into_iter()
            .map(|(fingerprint, group)| ErrorLogDetected {
                schema_version: SCHEMA_VERSION,
                id: EventId::derive(
                    "err",
                    &[
                        agent.account_id.as_str(),
                        agent.region.as_str(),
                        &self.log_group,
                        fingerprint.as_str(),
                        &start,
                    ],
                ),
                agent: agent.clone(),
                log_group: self.log_group.clone(),
                fingerprint,
                template: group.template,
                count: group.count,
                first_seen: group.first_seen,
                last_seen: group.last_seen,
                samples: group.samples,
                window: self.window,
            })
            .collect()
    }
}

/// `text` cut to at most `max_chars` characters, marked with [`TRUNCATED`] when cut.
pub fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let keep = max_chars.saturating_sub(TRUNCATED.chars().count());
    let mut out: String = text.chars().take(keep).collect();
    out.push_str(TRUNCATED);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agent_event::AgentEvent;
    use crate::ids::{AccountId, Region};

    fn agent() -> AgentIdentity {
        AgentIdentity {
            account_id: AccountId::parse("222222222222").unwrap(),
            region: Region::parse("eu-west-1").unwrap(),
            agent_version: "0.1.0".into(),
        }
    }

    fn line(ms: i64, message: &str) -> LogLine {
        LogLine {
            timestamp: Timestamp::from_millis(ms),
            message: message.into(),
        }
    }

    #[test]
    fn lines_group_by_fingerprint_with_bounded_redacted_samples() {
        let window = TimeWindow {
            start: Timestamp::from_millis(1_000),
            end: Timestamp::from_millis(2_000),
        };
        let redactor = Redactor::default();
        let mut batch = ErrorBatch::new("/aws/lambda/orders", window, &redactor);
        for i in 0..5 {
            assert!(batch.add(&line(1_000 + i, &format!("ERROR order {i} failed for a@b.io"))));
        }
        assert!(batch.add(&line(1_500, &format!("ERROR huge {}", "x".repeat(5_000)))));
        assert!(
            !batch.add(&line(2_000, "ERROR order 9 failed")),
            "the end is exclusive"
        );
        assert!(!batch.add(&line(999, "ERROR order 9 failed")));
        assert_eq!(batch.lines(), 6);
        let events = batch.into_events(&agent());
        assert_eq!(events.len(), 2);
        let orders = events.iter().find(|e| e.count == 5).unwrap();
        assert_eq!(orders.template, "ERROR order <*> failed for <*>");
        assert_eq!(orders.samples.len(), MAX_SAMPLES);
        assert_eq!(orders.samples[0], "ERROR order 0 failed for <email>");
        assert_eq!(
            (orders.first_seen.millis(), orders.last_seen.millis()),
            (1_000, 1_004)
        );
        let huge = events.iter().find(|e| e.count == 1).unwrap();
        assert_eq!(huge.samples[0].chars().count(), MAX_SAMPLE_CHARS);
        assert!(huge.samples[0].ends_with(TRUNCATED));
        for event in events {
            let wire = AgentEvent::ErrorLog(event.clone());
            let parsed = AgentEvent::parse("awsmon.error-log", &wire.detail_json()).unwrap();
            assert_eq!(parsed, wire);
            assert_eq!(
                event.id,
                EventId::derive(
                    "err",
                    &[
                        "222222222222",
                        "eu-west-1",
                        "/aws/lambda/orders",
                        event.fingerprint.as_str(),
                        "1970-01-01T00:00:01.000Z"
                    ]
                )
            );
        }
    }
}
