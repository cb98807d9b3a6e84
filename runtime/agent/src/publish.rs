//! Publishing agent events to the master bus: at most 10 entries and a bounded size per
//! PutEvents call, oversized events trimmed (never dropped), failed entries retried with
//! backoff. Event ids are deterministic, so a retried entry that did arrive is de-duplicated
//! by the master.

use std::time::Duration;

use awsmon_domain::agent_event::{AgentEvent, SOURCE};
use awsmon_domain::error_batch::truncate;
use tracing::warn;

use crate::error::PublishError;
use crate::ports::{BusEntry, EntryOutcome, EventBus};

/// PutEvents takes at most this many entries.
pub const MAX_ENTRIES_PER_CALL: usize = 10;

/// Size limits of PutEvents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub entry_bytes: usize,
    pub request_bytes: usize,
}

impl Default for Limits {
    /// 256 KiB: the PutEvents limit for an entry and for a request before 2026, still accepted
    /// everywhere (the entry limit rose to 1 MB in 2026).
    fn default() -> Self {
        Self {
            entry_bytes: 256 * 1024,
            request_bytes: 256 * 1024,
        }
    }
}

/// How failed entries are retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub first_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            attempts: 5,
            first_backoff: Duration::from_millis(200),
        }
    }
}

/// What a publish did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Published {
    pub events: u64,
    /// Events whose samples were shortened to fit the entry limit.
    pub trimmed: u64,
    pub retried_entries: u64,
}

/// The size EventBridge counts for an entry (UTF-8 bytes of its fields, plus the time).
pub fn entry_size(entry: &BusEntry) -> usize {
    const TIME_BYTES: usize = 14;
    SOURCE.len() + entry.detail_type.len() + entry.detail.len() + TIME_BYTES
}

/// The entry of `event`, its samples cut until it fits `limit`; `Ok((entry, trimmed))`.
pub fn entry_for(event: &AgentEvent, limit: usize) -> Result<(BusEntry, bool), PublishError> {
    let detail_type = event.detail_type().as_str();
    let make = |event: &AgentEvent| BusEntry {
        detail_type,
        detail: event.detail_json().to_string(),
    };
    let entry = make(event);
    if entry_size(&entry) <= limit {
        return Ok((entry, false));
    }
    let original = entry_size(&entry);
    if let AgentEvent::ErrorLog(error_log) = event {
        let mut trimmed = error_log.clone();
        let mut max_chars = trimmed
            .samples
            .iter()
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0);
        while max_chars > 0 {
            max_chars /= 2;
            trimmed.samples = error_log.samples.iter().map(|s| truncate(s, max_chars)).collect();
            trimmed.template = truncate(&error_log.template, max_chars.max(64));
            let entry = make(&AgentEvent::ErrorLog(trimmed.clone()));
            if entry_size(&entry) <= limit {
                warn!(
                    event_id = %error_log.id,
                    bytes = original,
                    limit,
                    sample_chars = max_chars,
                    "event trimmed to fit PutEvents"
                );
                return Ok((entry, true));
            }
        }
    }
    Err(PublishError::TooLarge {
        bytes: original,
        limit,
    })
}

/// Groups entries into PutEvents calls within the entry count and request size.
pub fn batches(entries: &[BusEntry], limits: Limits) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut bytes = 0;
    for (index, entry) in entries.iter().enumerate() {
        let size = entry_size(entry);
        if !current.is_empty()
            && (current.len() == MAX_ENTRIES_PER_CALL || bytes + size > limits.request_bytes)
        {
            out.push(std::mem::take(&mut current));
            bytes = 0;
        }
        current.push(index);
        bytes += size;
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Publishes through an [`EventBus`].
#[derive(Debug, Clone)]
pub struct Publisher<'a, B> {
    bus: &'a B,
    limits: Limits,
    retry: RetryPolicy,
}

impl<'a, B: EventBus> Publisher<'a, B> {
    pub fn new(bus: &'a B, limits: Limits, retry: RetryPolicy) -> Self {
        Self { bus, limits, retry }
    }

    /// Delivers every event or fails; entries that failed are retried alone, with backoff.
    pub async fn publish(&self, events: &[AgentEvent]) -> Result<Published, PublishError> {
        let mut trimmed_events = 0;
        let mut entries = Vec::with_capacity(events.len());
        for event in events {
            let (entry, trimmed) = entry_for(event, self.limits.entry_bytes)?;
            trimmed_events += u64::from(trimmed);
            entries.push(entry);
        }
        let mut report = self.publish_entries(&entries).await?;
        report.trimmed = trimmed_events;
        Ok(report)
    }

    /// Delivers entries built elsewhere (a forwarded AWS event, already redacted and bounded
    /// by `awsmon_domain::forwarded::wrap`), with the same batching and retries.
    pub async fn publish_entries(&self, entries: &[BusEntry]) -> Result<Published, PublishError> {
        let mut report = Published::default();
        if let Some(entry) = entries.iter().find(|e| entry_size(e) > self.limits.entry_bytes) {
            return Err(PublishError::TooLarge {
                bytes: entry_size(entry),
                limit: self.limits.entry_bytes,
            });
        }
        for batch in batches(entries, self.limits) {
            let mut pending: Vec<BusEntry> = batch.iter().map(|&i| entries[i].clone()).collect();
            let mut backoff = self.retry.first_backoff;
            let mut attempt = 1;
            loop {
                let failure = match self.bus.put_events(&pending).await {
                    Ok(outcomes) => {
                        let mut last = None;
                        let mut still = Vec::new();
                        for (entry, outcome) in pending.iter().zip(outcomes) {
                            if let EntryOutcome::Failed { code, message } = outcome {
                                still.push(entry.clone());
                                last = Some((code, message));
                            }
                        }
                        report.events += (pending.len() - still.len()) as u64;
                        pending = still;
                        match last {
                            None => break,
                            Some((code, message)) => PublishError::EntriesFailed {
                                failed: pending.len(),
                                attempts: attempt,
                                code,
                                message,
                            },
                        }
                    }
                    Err(e) if e.is_retryable() => PublishError::Aws(e),
                    Err(e) => return Err(e.into()),
                };
                if attempt >= self.retry.attempts {
                    return Err(failure);
                }
                warn!(attempt, entries = pending.len(), error = %failure, "PutEvents incomplete; retrying");
                report.retried_entries += pending.len() as u64;
                tokio::time::sleep(backoff).await;
                backoff *= 2;
                attempt += 1;
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use awsmon_domain::agent_event::{AgentIdentity, ErrorLogDetected, SCHEMA_VERSION, TimeWindow};
    use awsmon_domain::{AccountId, EventId, Fingerprint, Region, Timestamp};

    use super::*;

    fn error_log(sample_chars: usize) -> AgentEvent {
        let t = Timestamp::from_millis(1_000);
        AgentEvent::ErrorLog(ErrorLogDetected {
            schema_version: SCHEMA_VERSION,
            id: EventId::derive("err", &["x"]),
            agent: AgentIdentity {
                account_id: AccountId::parse("222222222222").unwrap(),
                region: Region::parse("eu-west-1").unwrap(),
                agent_version: "0.1.0".into(),
            },
            log_group: "/a".into(),
            fingerprint: Fingerprint::of(&["x"]),
            fingerprint_version: 2,
            previous_fingerprint: None,
            template: "boom <*>".into(),
            count: 3,
            first_seen: t,
            last_seen: t,
            samples: vec!["é".repeat(sample_chars); 3],
            window: TimeWindow {
                start: t,
                end: t.plus_millis(1),
            },
        })
    }

    #[test]
    fn oversized_events_are_trimmed_not_dropped() {
        let (entry, trimmed) = entry_for(&error_log(1_000), 2_000).unwrap();
        assert!(trimmed);
        assert!(entry_size(&entry) <= 2_000);
        let detail: serde_json::Value = serde_json::from_str(&entry.detail).unwrap();
        assert_eq!(detail["samples"].as_array().unwrap().len(), 3);
        assert!(AgentEvent::parse("awsmon.error-log", &detail).is_ok());
        let (_, small) = entry_for(&error_log(10), 2_000).unwrap();
        assert!(!small);
        assert!(matches!(
            entry_for(&error_log(10), 100),
            Err(PublishError::TooLarge { .. })
        ));
    }

    #[test]
    fn batches_respect_count_and_size() {
        let entry = |bytes: usize| BusEntry {
            detail_type: "t",
            detail: "x".repeat(bytes),
        };
        let entries: Vec<BusEntry> = (0..23).map(|_| entry(10)).collect();
        let sizes: Vec<usize> = batches(&entries, Limits::default())
            .iter()
            .map(Vec::len)
            .collect();
        assert_eq!(sizes, [10, 10, 3]);
        let limits = Limits {
            entry_bytes: 1_000,
            request_bytes: 1_000,
        };
        let big: Vec<BusEntry> = (0..5).map(|_| entry(400)).collect();
        let groups = batches(&big, limits);
        assert_eq!(groups, [vec![0, 1], vec![2, 3], vec![4]]);
        for group in groups {
            assert!(group.iter().map(|&i| entry_size(&big[i])).sum::<usize>() <= 1_000);
        }
    }
}
