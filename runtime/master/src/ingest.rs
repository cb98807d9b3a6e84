//! `handle-monitoring-events`' core: a batch of SQS messages in, an SQS partial batch response
//! out.
//!
//! A message that cannot be an event (not JSON, a missing field, an unknown source) is sent to
//! the DLQ by the handler itself, with its reason as message attributes, and reported as
//! handled: it is never retried. Only failures that may pass (DynamoDB throttling, a lost race
//! too many times, the DLQ itself failing) are reported as batch item failures, so SQS retries
//! them up to `maxReceiveCount` before its own redrive moves them to the DLQ.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use aws_lambda_events::sqs::{BatchItemFailure, SqsBatchResponse, SqsMessage};
use awsmon_domain::agent_event::AgentEvent;
use awsmon_domain::custom_source::CustomSources;
use awsmon_domain::issue::{Change, Issue};
use awsmon_domain::monitoring_event::{self, MonitoringEvent, SeverityPolicy};
use awsmon_domain::notification::{self, NotificationPolicy, Silence};
use awsmon_domain::{AccountId, Timestamp};
use tracing::{error, info, warn};

use crate::error::MasterError;
use crate::metrics::Counters;
use crate::ports::{AgentRegistry, DeadLetters, EventStore, Recorded};
use crate::registry;

/// Optimistic-concurrency retries on one issue before the message is left to SQS to retry.
const MAX_CONFLICTS: usize = 8;

/// The policies an event is judged by.
#[derive(Debug, Clone, Default)]
pub struct Policies {
    pub severity: SeverityPolicy,
    /// The custom sources' definitions: what they match is read as they say.
    pub custom_sources: CustomSources,
    pub notification: NotificationPolicy,
    pub account_names: BTreeMap<AccountId, String>,
}

/// What the batch did.
#[derive(Debug, Default)]
pub struct BatchOutcome {
    pub response: SqsBatchResponse,
    pub counters: Counters,
    /// Webhooks that got new notifications.
    pub webhooks: BTreeSet<String>,
}

/// What one event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Stored { change: Change, webhooks: Vec<String> },
    Duplicate,
}

impl Outcome {
    /// The webhooks that got a notification.
    pub fn webhooks(self) -> Vec<String> {
        match self {
            Self::Stored { webhooks, .. } => webhooks,
            Self::Duplicate => Vec::new(),
        }
    }
}

/// `check-agents`'s scheduled check: the registry's findings about every agent, ingested
/// like any other event. Returns the counters and the webhooks notified.
pub async fn check_agents<S: EventStore + AgentRegistry>(
    store: &S,
    policies: &Policies,
    master_version: &str,
    now: Timestamp,
) -> Result<(Counters, Vec<String>), MasterError> {
    let silences = store.silences(now).await?;
    let mut counters = Counters::default();
    let mut webhooks = Vec::new();
    for event in registry::check(store, &policies.severity, master_version, now).await? {
        counters.processed += 1;
        match process(store, policies, &silences, &event, now).await? {
            Outcome::Duplicate => counters.duplicate += 1,
            Outcome::Stored { webhooks: sent, .. } => {
                warn!(resource = event.resource, event_id = %event.id, finding = event.title, "agent finding");
                counters.stored += 1;
                counters.notified += sent.len() as u64;
                webhooks.extend(sent);
            }
        }
    }
    Ok((counters, webhooks))
}

pub async fn handle_batch<S: EventStore + AgentRegistry, D: DeadLetters>(
    store: &S,
    dead_letters: &D,
    policies: &Policies,
    messages: &[SqsMessage],
    now: Timestamp,
) -> BatchOutcome {
    let mut outcome = BatchOutcome::default();
    let silences = match store.silences(now).await {
        Ok(silences) => silences,
        Err(error) => {
            // Without silences nothing can be decided: let SQS bring the whole batch back.
            error!(%error, "cannot read silences; the batch will be retried");
            let mut response = SqsBatchResponse::default();
            response.batch_item_failures = messages.iter().map(failure).collect();
            outcome.counters.failed = messages.len() as u64;
            outcome.response = response;
            return outcome;
        }
    };
    for message in messages {
        outcome.counters.processed += 1;
        let message_id = message.message_id.as_deref().unwrap_or_default();
        let body = message.body.as_deref().unwrap_or_default();
        let event = match monitoring_event::normalise_received_with(
            body,
            &policies.severity,
            &policies.custom_sources,
            now,
        ) {
            Ok(event) => event,
            Err(rejection) if !rejection.is_malformed() => {
                info!(message_id, reason = %rejection, "event ignored");
                outcome.counters.ignored += 1;
                continue;
            }
            Err(rejection) => {
                warn!(message_id, code = rejection.code(), reason = %rejection, "malformed event sent to the DLQ");
                outcome.counters.rejected += 1;
                if let Err(error) = dead_letters.reject(body, &rejection).await {
                    error!(message_id, %error, "cannot reach the DLQ; SQS will retry the message");
                    outcome.counters.failed += 1;
                    outcome.response.batch_item_failures.push(failure(message));
                }
                continue;
            }
        };
        let processed = match process(store, policies, &silences, &event, now).await {
            // Also on a duplicate: the registry may have missed it when the first try failed.
            Ok(result) => match registry::update(store, &policies.severity, &event).await {
                Ok(Some(resolved)) => process(store, policies, &silences, &resolved, now)
                    .await
                    .map(|resolution| (result, resolution.webhooks())),
                Ok(None) => Ok((result, Vec::new())),
                Err(error) => Err(error),
            },
            Err(error) => Err(error),
        };
        match processed {
            Ok((result, registry_webhooks)) => {
                outcome.counters.notified += registry_webhooks.len() as u64;
                outcome.webhooks.extend(registry_webhooks);
                match result {
                    Outcome::Duplicate => {
                        info!(message_id, event_id = %event.id, "duplicate event");
                        outcome.counters.duplicate += 1;
                    }
                    Outcome::Stored { change, webhooks } => {
                        info!(
                            message_id,
                            event_id = %event.id,
                            event_type = event.event_type.as_str(),
                            change = ?change,
                            notifications = webhooks.len(),
                            "event stored"
                        );
                        outcome.counters.stored += 1;
                        outcome.counters.notified += webhooks.len() as u64;
                        outcome.webhooks.extend(webhooks);
                    }
                }
            }
            Err(error) => {
                error!(message_id, event_id = %event.id, %error, retryable = error.retryable(), "event not stored");
                outcome.counters.failed += 1;
                outcome.response.batch_item_failures.push(failure(message));
            }
        }
    }
    outcome
}

fn failure(message: &SqsMessage) -> BatchItemFailure {
    let mut failure = BatchItemFailure::default();
    failure.item_identifier = message.message_id.clone().unwrap_or_default();
    failure
}

/// An agent whose fingerprints changed version also sends the previous version's fingerprint.
/// When no issue has the new fingerprint, an issue under the previous one keeps the event, so
/// that an agent upgrade does not reopen every known problem as a new issue. Returns the event
/// filed under the previous fingerprint, and that issue.
async fn previous_issue<S: EventStore>(
    store: &S,
    event: &MonitoringEvent,
) -> Result<Option<(MonitoringEvent, Issue)>, MasterError> {
    let Some(AgentEvent::ErrorLog(detected)) = &event.agent_event else {
        return Ok(None);
    };
    let Some(previous) = detected
        .previous_fingerprint
        .as_ref()
        .filter(|p| **p != event.fingerprint)
    else {
        return Ok(None);
    };
    let mut earlier = event.clone();
    earlier.fingerprint = previous.clone();
    Ok(store
        .get_issue(&Issue::id_for(&earlier))
        .await?
        .map(|issue| (earlier, issue)))
}

/// Store one event, update its issue and queue its notifications, atomically; retried on
/// concurrent updates of the same issue.
pub async fn process<S: EventStore>(
    store: &S,
    policies: &Policies,
    silences: &[Silence],
    event: &MonitoringEvent,
    now: Timestamp,
) -> Result<Outcome, MasterError> {
    let rule = policies.severity.rule(event.event_type);
    let account_name = policies.account_names.get(&event.account_id).map(String::as_str);
    // The event as it is filed: under the previous fingerprint when that issue keeps it.
    let mut event = Cow::Borrowed(event);
    for _ in 0..MAX_CONFLICTS {
        let (mut issue, change) = if event.event_type.is_problem() {
            let found = match store.get_issue(&Issue::id_for(&event)).await? {
                Some(issue) => Some(issue),
                None => match previous_issue(store, &event).await? {
                    Some((earlier, issue)) => {
                        event = Cow::Owned(earlier);
                        Some(issue)
                    }
                    None => None,
                },
            };
            match found {
                Some(mut issue) => {
                    let change = issue.record(&event, now);
                    (Some(issue), change)
                }
                None => match Issue::open(&event) {
                    Some(issue) => (Some(issue), Change::New),
                    None => (None, Change::Unchanged),
                },
            }
        } else {
            (None, Change::Unchanged)
        };
        let notifications = match issue.as_mut() {
            Some(issue) => notification::decide(
                &policies.notification,
                rule.realtime,
                &event,
                issue,
                change,
                silences,
                account_name,
                now,
            ),
            None => Vec::new(),
        };
        match store.record(&event, issue.as_ref(), &notifications).await? {
            Recorded::Stored => {
                return Ok(Outcome::Stored {
                    change,
                    webhooks: notifications.into_iter().map(|n| n.webhook).collect(),
                });
            }
            Recorded::Duplicate => return Ok(Outcome::Duplicate),
            Recorded::Conflict => continue,
        }
    }
    Err(MasterError::Contention(Issue::id_for(&event).to_string()))
}
