//! Ports: what the master's logic needs from the outside, as traits. The AWS adapters
//! (`dynamodb`, `queue`) and the Slack adapter (`slack`) implement them.

use awsmon_domain::agent_registry::Agent;
use awsmon_domain::issue::{Issue, SlackMessage};
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

    /// Pending notifications due at `now`, with their attempt counts, oldest first among the at
    /// most `limit` read: the partition is read page by page and the read stops there, so
    /// memory stays bounded whatever the backlog.
    fn due(
        &self,
        webhook: &str,
        now: Timestamp,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<(Notification, i64)>, MasterError>> + Send;

    /// Give up a notification Slack never took (kept, marked `dropped`, for the record).
    fn drop_expired(
        &self,
        notification: &Notification,
        now: Timestamp,
    ) -> impl Future<Output = Result<(), MasterError>> + Send;

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

    /// The issue a notification is about, as it is now: Slack app mode renders its message
    /// from it.
    fn issue(&self, id: &Fingerprint) -> impl Future<Output = Result<Option<Issue>, MasterError>> + Send;

    /// Remember where the issue's message was posted, under the issue's version (read again
    /// and retried while ingest changes the issue meanwhile).
    fn save_slack_message(
        &self,
        issue: &Fingerprint,
        message: &SlackMessage,
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

/// Requests that are taken once: Slack's signed requests stay valid for five minutes, so a
/// replayed one must be told apart.
pub trait ReplayGuard {
    /// True the first time `key` is seen; false every later time before `expires_at`.
    fn first_use(
        &self,
        key: &str,
        expires_at: Timestamp,
    ) -> impl Future<Output = Result<bool, MasterError>> + Send;
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

/// Which global secondary index a listing reads (`docs/storage.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Index {
    /// Events by day and shard (pattern 4), issues by shard (pattern 6).
    Gsi1,
    /// Events by account and day (pattern 5).
    Gsi2,
}

/// What a listing keeps, applied by the store while it reads (items that do not match are
/// skipped, never returned). Every field left empty matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemFilter {
    pub account_id: Option<awsmon_domain::AccountId>,
    pub severity: Option<awsmon_domain::Severity>,
    pub event_type: Option<awsmon_domain::monitoring_event::EventType>,
    pub status: Option<awsmon_domain::issue::IssueStatus>,
}

/// One partition of an index, read newest first within sort-key bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionQuery {
    pub index: Index,
    pub partition: String,
    /// Lowest sort key kept (inclusive).
    pub lower: Option<String>,
    /// Highest sort key kept: inclusive, or exclusive when `upper_exclusive` (a position a
    /// previous page stopped at).
    pub upper: Option<String>,
    pub upper_exclusive: bool,
    pub filter: ItemFilter,
}

/// Items of one partition, newest first, with their sort keys.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionPage<T> {
    pub items: Vec<(String, T)>,
    /// Where the read stopped when the partition holds more (the sort key of the last item
    /// read, returned or filtered out); `None` when the partition has nothing more.
    pub resume: Option<String>,
}

/// What the API reads and changes. Every read is a `GetItem` or a `Query`; expired items are
/// treated as absent.
pub trait ApiStore {
    fn find_event(
        &self,
        id: &awsmon_domain::EventId,
        now: Timestamp,
    ) -> impl Future<Output = Result<Option<MonitoringEvent>, MasterError>> + Send;

    fn find_issue(
        &self,
        id: &Fingerprint,
        now: Timestamp,
    ) -> impl Future<Output = Result<Option<Issue>, MasterError>> + Send;

    /// At least `limit` matching items of the partition (fewer only when it has no more), or
    /// a few more: the caller keeps what it needs and resumes after the last item it kept.
    fn partition_page<T: serde::de::DeserializeOwned + Send>(
        &self,
        query: &PartitionQuery,
        limit: usize,
        now: Timestamp,
    ) -> impl Future<Output = Result<PartitionPage<T>, MasterError>> + Send;

    /// Save `issue` as changed by a person, with the notifications the change causes, all or
    /// nothing, conditioned on its `version` being the one read; `Ok(false)` when it changed
    /// meanwhile.
    fn update_issue(
        &self,
        issue: &Issue,
        notifications: &[Notification],
    ) -> impl Future<Output = Result<bool, MasterError>> + Send;

    /// `Ok(false)` when a silence with this id exists already.
    fn create_silence(&self, silence: &Silence) -> impl Future<Output = Result<bool, MasterError>> + Send;

    /// `Ok(false)` when there was no such silence (or it had expired).
    fn delete_silence(
        &self,
        id: &str,
        now: Timestamp,
    ) -> impl Future<Output = Result<bool, MasterError>> + Send;

    fn active_silences(
        &self,
        now: Timestamp,
    ) -> impl Future<Output = Result<Vec<Silence>, MasterError>> + Send;

    fn find_agent(&self, agent_id: &str) -> impl Future<Output = Result<Option<Agent>, MasterError>> + Send;

    fn all_agents(&self) -> impl Future<Output = Result<Vec<Agent>, MasterError>> + Send;

    fn find_report(
        &self,
        kind: ReportKind,
        date: &str,
        now: Timestamp,
    ) -> impl Future<Output = Result<Option<Report>, MasterError>> + Send;
}
