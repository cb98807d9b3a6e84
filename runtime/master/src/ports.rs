//! Ports: what the master's logic needs from the outside, as traits. The AWS adapters
//! (`dynamodb`, `queue`) and the Slack adapter (`slack`) implement them.

use awsmon_domain::agent_registry::Agent;
use awsmon_domain::issue::Issue;
use awsmon_domain::monitoring_event::{MonitoringEvent, Rejection};
use awsmon_domain::notification::{Notification, Silence};
use awsmon_domain::report::{EventRow, Report, ReportKind};
use std::collections::HashMap;

use awsmon_domain::{Fingerprint, Timestamp};

use crate::error::MasterError;

/// How a write of an event went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    Stored,
    /// The event was stored before (redelivery, agent retry): nothing changed.
    Duplicate,
    /// The issue changed since it was read: read it again and retry.
    Conflict,
}

/// Events, issues and silences.
pub trait EventStore {
    /// A consistent read.
    fn get_issue(&self, id: &Fingerprint) -> impl Future<Output = Result<Option<Issue>, MasterError>> + Send;

    /// Store the event, the issue as updated by it (its `version` is the one read) and the
    /// notifications it causes: all or nothing, and nothing if the event is already stored.
    fn record(
        &self,
        event: &MonitoringEvent,
        issue: Option<&Issue>,
        notifications: &[Notification],
    ) -> impl Future<Output = Result<Recorded, MasterError>> + Send;

    /// Silences that have not expired at `now`.
    fn silences(&self, now: Timestamp) -> impl Future<Output = Result<Vec<Silence>, MasterError>> + Send;
}

/// The notification outbox, kept apart from the events: a notification stays `pending` until
/// Slack took it.
pub trait OutboxStore {
    /// Take the webhook for `lease_ms` if nobody holds it and its rate limit allows a message.
    fn acquire(
        &self,
        webhook: &str,
        owner: &str,
        now: Timestamp,
        lease_ms: i64,
    ) -> impl Future<Output = Result<bool, MasterError>> + Send;

    /// Give the webhook back; no message may go to it before `next_send_at`.
    fn release(
        &self,
        webhook: &str,
        owner: &str,
        next_send_at: Timestamp,
    ) -> impl Future<Output = Result<(), MasterError>> + Send;

    /// Pending notifications due at `now`, oldest first, with their attempt counts.
    fn due(
        &self,
        webhook: &str,
        now: Timestamp,
    ) -> impl Future<Output = Result<Vec<(Notification, i64)>, MasterError>> + Send;

    fn mark_sent(
        &self,
        notification: &Notification,
        now: Timestamp,
    ) -> impl Future<Output = Result<(), MasterError>> + Send;

    fn postpone(
        &self,
        notification: &Notification,
        attempts: i64,
        due_at: Timestamp,
        reason: &str,
    ) -> impl Future<Output = Result<(), MasterError>> + Send;
}

/// The agent registry.
pub trait AgentRegistry {
    fn get_agent(&self, agent_id: &str) -> impl Future<Output = Result<Option<Agent>, MasterError>> + Send;

    /// Save `agent` unless a newer state of it was saved meanwhile (`Ok(false)` then).
    fn save_agent(&self, agent: &Agent) -> impl Future<Output = Result<bool, MasterError>> + Send;

    /// Every agent, paginated to the end.
    fn agents(&self) -> impl Future<Output = Result<Vec<Agent>, MasterError>> + Send;
}

/// What reports read and write.
pub trait ReportStore {
    /// Every event stored for `[start, end)` and not expired at `now`, all pages of all
    /// partitions.
    fn events_between(
        &self,
        start: Timestamp,
        end: Timestamp,
        now: Timestamp,
    ) -> impl Future<Output = Result<Vec<EventRow>, MasterError>> + Send;

    /// How many such events there are, without reading them.
    fn count_between(
        &self,
        start: Timestamp,
        end: Timestamp,
        now: Timestamp,
    ) -> impl Future<Output = Result<u64, MasterError>> + Send;

    fn first_seen(
        &self,
        issues: &[Fingerprint],
    ) -> impl Future<Output = Result<HashMap<Fingerprint, Timestamp>, MasterError>> + Send;

    fn save_report(&self, report: &Report) -> impl Future<Output = Result<(), MasterError>> + Send;

    fn get_report(
        &self,
        kind: ReportKind,
        date: &str,
    ) -> impl Future<Output = Result<Option<Report>, MasterError>> + Send;
}

/// Where malformed messages go, with the reason they were rejected.
pub trait DeadLetters {
    fn reject(
        &self,
        body: &str,
        rejection: &Rejection,
    ) -> impl Future<Output = Result<(), MasterError>> + Send;
}

/// The current time; a port so that nothing below the entrypoint reads the clock itself.
pub fn now() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    Timestamp::from_millis(ms)
}
