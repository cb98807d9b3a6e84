//! Turning the lines of one log group in one window into events: each line is classified
//! ([`log::understand`]), lines that are not errors are counted and dropped, and the errors
//! become one [`ErrorLogDetected`] per fingerprint with count, first and last time, the
//! previous fingerprint version's fingerprint, and a few redacted, truncated samples.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use crate::agent_event::{
    AgentIdentity, ErrorLogDetected, MAX_SAMPLE_CHARS, MAX_SAMPLES, SCHEMA_VERSION, TimeWindow,
};
use crate::ids::{EventId, Fingerprint};
use crate::log::{self, template_v1};
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
    /// The fingerprint [`template_v1`] gave the group's first line, for the upgrade window.
    previous_fingerprint: Fingerprint,
    count: u64,
    first_seen: Timestamp,
    last_seen: Timestamp,
    samples: Vec<String>,
}

impl Group {
    /// Counts one more line of the group, and keeps it as a sample while there is room (the
    /// first line's sample is taken when the group is made).
    fn record(&mut self, line: &LogLine, redactor: &Redactor) {
        self.count += 1;
        self.first_seen = self.first_seen.min(line.timestamp);
        self.last_seen = self.last_seen.max(line.timestamp);
        if self.count > 1 && self.samples.len() < MAX_SAMPLES {
            let redacted = redactor.redact(&line.message);
            self.samples.push(truncate(redacted.trim_end(), MAX_SAMPLE_CHARS));
        }
    }
}

/// Collects the lines of one log group in one window.
#[derive(Debug)]
pub struct ErrorBatch<'r> {
    log_group: String,
    window: TimeWindow,
    redactor: &'r Redactor,
    groups: BTreeMap<Fingerprint, Group>,
    not_errors: u64,
    fingerprints: log::FingerprintCache,
    /// The fingerprints of error lines seen in this batch, by their whole message: a line
    /// repeated word for word (a retry loop, a check failing every minute) is the same problem
    /// (the fingerprint is a function of the message), so it is counted without being read
    /// again. Only messages of at most [`MAX_REPEAT_BYTES`], at most [`MAX_REPEATS`] of them
    /// (emptied when full): a few hundred kilobytes at most.
    repeats: rustc_hash::FxHashMap<Box<str>, Fingerprint>,
}

/// The longest message [`ErrorBatch`] remembers as a repeat.
pub const MAX_REPEAT_BYTES: usize = 512;
/// The most messages [`ErrorBatch`] remembers as repeats.
pub const MAX_REPEATS: usize = 1_024;

impl<'r> ErrorBatch<'r> {
    pub fn new(log_group: &str, window: TimeWindow, redactor: &'r Redactor) -> Self {
        Self {
            log_group: log_group.to_owned(),
            window,
            redactor,
            groups: BTreeMap::new(),
            not_errors: 0,
            fingerprints: log::FingerprintCache::default(),
            repeats: rustc_hash::FxHashMap::default(),
        }
    }

    /// Adds a line; lines outside the window are ignored (the caller's query may be wider),
    /// lines that are not errors are counted ([`Self::not_errors`]) and dropped. Returns
    /// whether the line was counted as an error.
    pub fn add(&mut self, line: &LogLine) -> bool {
        if line.timestamp < self.window.start || line.timestamp >= self.window.end {
            return false;
        }
        let redactor = self.redactor;
        if let Some(fingerprint) = self.repeats.get(line.message.as_str())
            && let Some(group) = self.groups.get_mut(fingerprint)
        {
            group.record(line, redactor);
            return true;
        }
        // Fingerprinted from the message itself (the hash reveals nothing); everything that is
        // published, the template and the samples, is redacted.
        // The verdict first: a line that is not an error is never templated nor fingerprinted.
        let reading = log::read(&line.message);
        if !reading.is_error() {
            self.not_errors += 1;
            return false;
        }
        let understood = reading.into_event_cached(&mut self.fingerprints);
        if line.message.len() <= MAX_REPEAT_BYTES {
            if self.repeats.len() >= MAX_REPEATS {
                self.repeats.clear();
            }
            self.repeats
                .insert(line.message.as_str().into(), understood.fingerprint.clone());
        }
        // A line is redacted only when something of it is kept: a new group's previous-version
        // fingerprint, or a sample. Most lines of a busy group are only counted.
        let group = match self.groups.entry(understood.fingerprint) {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => {
                let redacted = redactor.redact(&line.message);
                entry.insert(Group {
                    template: truncate(&redactor.redact(&understood.template), MAX_SAMPLE_CHARS),
                    // Version 1 fingerprinted the redacted message.
                    previous_fingerprint: template_v1::normalize(&redacted).fingerprint,
                    count: 0,
                    first_seen: line.timestamp,
                    last_seen: line.timestamp,
                    samples: vec![truncate(redacted.trim_end(), MAX_SAMPLE_CHARS)],
                })
            }
        };
        group.record(line, redactor);
        true
    }

    /// Lines of the window that the classifier found were not errors.
    pub fn not_errors(&self) -> u64 {
        self.not_errors
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
                fingerprint_version: log::FINGERPRINT_VERSION,
                previous_fingerprint: Some(group.previous_fingerprint),
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
    // No more bytes than the limit, so no more characters: the usual case, without a count.
    if text.len() <= max_chars || text.chars().count() <= max_chars {
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
    fn lines_that_are_not_errors_are_counted_and_dropped() {
        let window = TimeWindow {
            start: Timestamp::from_millis(1_000),
            end: Timestamp::from_millis(2_000),
        };
        let redactor = Redactor::default();
        let mut batch = ErrorBatch::new("/aws/lambda/orders", window, &redactor);
        assert!(!batch.add(&line(1_000, "2026-11-24 09:00:01,123 INFO batch done, 0 errors")));
        assert!(!batch.add(&line(1_001, r#"{"level":"INFO","message":"retry","error":null}"#)));
        assert!(batch.add(&line(
            1_002,
            "2026-11-24T09:00:07.123Z 3f1e Task timed out after 6.00 seconds"
        )));
        assert!(!batch.add(&line(5_000, "INFO outside the window is not counted at all")));
        assert_eq!((batch.lines(), batch.not_errors()), (1, 2));
        let events = batch.into_events(&agent());
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].template, "<*> Task timed out after <*>");
    }

    #[test]
    fn repeated_lines_count_as_any_line_of_their_group() {
        let window = TimeWindow {
            start: Timestamp::from_millis(0),
            end: Timestamp::from_millis(100_000),
        };
        let redactor = Redactor::default();
        let mut batch = ErrorBatch::new("/aws/lambda/orders", window, &redactor);
        // More distinct messages than are remembered, each repeated, with other lines of the
        // same problem between: the memory is emptied on the way.
        let messages: Vec<String> = (0..MAX_REPEATS + 10)
            .map(|i| format!("ERROR order {i} failed for a{i}@b.io"))
            .collect();
        for (i, message) in messages.iter().chain(&messages).enumerate() {
            assert!(batch.add(&line(i as i64, message)));
        }
        let long = format!("ERROR order 1 failed {}", "x".repeat(MAX_REPEAT_BYTES));
        assert!(batch.add(&line(90_000, &long)));
        assert!(batch.add(&line(90_001, &long)));
        let events = batch.into_events(&agent());
        let orders = events.iter().find(|e| e.count > 2).expect("orders");
        assert_eq!(orders.count, 2 * messages.len() as u64);
        assert_eq!(
            orders.samples,
            vec![
                "ERROR order 0 failed for <email>",
                "ERROR order 1 failed for <email>",
                "ERROR order 2 failed for <email>"
            ]
        );
        assert_eq!(
            (orders.first_seen.millis(), orders.last_seen.millis()),
            (0, 2 * messages.len() as i64 - 1)
        );
        let long_event = events.iter().find(|e| e.count == 2).expect("long");
        assert_eq!(long_event.samples.len(), 2);
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
        assert_eq!(orders.template, "order <*> failed for <*>");
        assert_eq!(orders.fingerprint_version, crate::log::FINGERPRINT_VERSION);
        assert_eq!(
            orders.previous_fingerprint.as_ref(),
            Some(&template_v1::normalize("ERROR order 0 failed for <email>").fingerprint),
            "the previous version fingerprinted the redacted line"
        );
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

    /// The kinds the held-out corpus revealed (bench/corpora/heldout/secrets) are redacted on
    /// the agent's whole path, whatever decides which lines redaction may skip: neither a
    /// template nor a sample holds them. Every value is invented.
    #[test]
    fn the_held_out_kinds_never_reach_an_error_event() {
        let secrets = [
            "sdk-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "access_token$production$invented0example$0123456789abcdef0123456789abcdef",
            "https://hooks.zapier.com/hooks/catch/1234567/INVENTED/",
            "Inv3ntedPgpass",
            "Inv3ntedNetrc",
            "Inv3ntedRedis",
            "GB86EXAM12345612345678",
            "NL43 INVT 0123 4567 89",
            "PR123456D",
            "Q1234567",
        ];
        let lines = [
            format!("ERROR ld client failed with {}", secrets[0]),
            format!("ERROR braintree rejected {}", secrets[1]),
            format!("ERROR POST {} failed", secrets[2]),
            format!(
                "ERROR bad .pgpass line db.internal:5432:orders:app:{}",
                secrets[3]
            ),
            format!(
                "ERROR netrc machine git.example.com login ci password {}",
                secrets[4]
            ),
            format!("ERROR redis.conf: requirepass {}", secrets[5]),
            format!("ERROR payout to {} failed", secrets[6]),
            format!("ERROR refund to IBAN {} failed", secrets[7]),
            format!("ERROR nino={} rejected", secrets[8]),
            format!("ERROR KYC passport no. {} rejected", secrets[9]),
        ];
        let window = TimeWindow {
            start: Timestamp::from_millis(0),
            end: Timestamp::from_millis(100_000),
        };
        let redactor = Redactor::default();
        let mut batch = ErrorBatch::new("/aws/lambda/orders", window, &redactor);
        // Twice each: the first line of a group and a later one are sampled differently.
        for (i, message) in lines.iter().chain(&lines).enumerate() {
            assert!(batch.add(&line(i as i64, message)), "{message}");
        }
        let events = batch.into_events(&agent());
        assert!(!events.is_empty());
        for event in &events {
            for secret in secrets {
                let leaked =
                    event.template.contains(secret) || event.samples.iter().any(|s| s.contains(secret));
                assert!(!leaked, "{secret} in {event:?}");
            }
        }
    }
}
