//! The outbox sender: takes a destination (a lease in the table), sends what is due for it,
//! and only then marks those notifications sent. A webhook gets everything due rendered as one
//! message; a channel (Slack app mode, [`channel`]) one living message per issue.
//!
//! Slack down: the notifications stay pending with a backoff and go out when it is back.
//! HTTP 429: nothing more goes to that webhook before Retry-After. At most one message a
//! second per webhook, across every instance of the function (the lease row keeps
//! `next_send_at`). The one gap: a process that dies after Slack took a message and before it
//! was marked sent resends it when the lease expires (webhooks take no idempotency key).

mod channel;

use std::collections::BTreeMap;
use std::time::Duration;

use awsmon_domain::notification::{self, Notification};
use awsmon_domain::{AccountId, Timestamp};
use tracing::{info, warn};

use crate::error::MasterError;
use crate::ports::{OutboxStore, now};
use crate::slack::{Delivery, WebhookSender, WebhookUrl};
use crate::slack_api::SlackApi;

/// How long one sender holds a webhook; longer than a drain can take.
pub const LEASE_MS: i64 = 120_000;
/// Slack's rate: one message a second per webhook.
pub const MIN_INTERVAL_MS: i64 = 1_000;
/// Messages one drain sends to one webhook before it hands over.
pub const MAX_MESSAGES_PER_DRAIN: usize = 20;
/// Notifications read at most per look at a destination's outbox: memory stays bounded
/// whatever the backlog (a message carries fewer than this anyway).
pub const DUE_READ_LIMIT: usize = 100;
/// Longest wait between attempts of a notification Slack refused.
pub const MAX_BACKOFF_MS: i64 = 15 * 60_000;

/// How often, and how far apart, a message outside the outbox asks for a busy webhook's lease.
const LEASE_TRIES: usize = 10;
const LEASE_RETRY: Duration = Duration::from_millis(500);

/// When the next message may go to a webhook after `delivery` at `sent_at`: Slack's
/// Retry-After when it asked for one, else one second later.
fn next_send_after(delivery: &Delivery, sent_at: Timestamp) -> Timestamp {
    let wait_ms = match delivery {
        Delivery::RateLimited { retry_after } => i64::try_from(retry_after.as_millis())
            .unwrap_or(MAX_BACKOFF_MS)
            .max(MIN_INTERVAL_MS),
        _ => MIN_INTERVAL_MS,
    };
    sent_at.plus_millis(wait_ms)
}

/// Milliseconds to wait before attempt `attempts + 1`: `base`, then doubling, up to 15 min.
pub fn backoff_ms(attempts: i64, base_ms: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    base_ms.saturating_mul(1i64 << exponent).min(MAX_BACKOFF_MS)
}

/// What one drain of one webhook did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DrainReport {
    /// Another sender held the webhook, or its Retry-After had not passed.
    pub busy: bool,
    pub messages: u64,
    pub sent: u64,
    pub postponed: u64,
    /// Given up: Slack had not taken them within the maximum age.
    pub dropped: u64,
    pub rate_limited: bool,
}

/// Where a destination's messages go.
enum Target<'s, A> {
    Webhook(&'s WebhookUrl),
    /// Slack app mode: a channel id and the Web API.
    Channel(&'s str, &'s A),
}

#[derive(Debug)]
pub struct Sender<'a, O, W, A> {
    pub store: &'a O,
    pub slack: &'a W,
    pub urls: &'a BTreeMap<String, WebhookUrl>,
    /// Slack app mode: the Web API, and destination name -> channel id.
    pub slack_api: Option<&'a A>,
    pub channels: &'a BTreeMap<String, String>,
    pub account_names: &'a BTreeMap<AccountId, String>,
    pub link_base: Option<&'a str>,
    /// Who holds the lease: the request id.
    pub owner: &'a str,
    /// First retry delay after Slack refused a message (`AWSMON_SLACK_RETRY_BASE_MS`).
    pub retry_base_ms: i64,
    /// A notification not taken this long after it fell due is dropped
    /// (`AWSMON_NOTIFICATION_MAX_AGE_SECONDS`).
    pub max_age_ms: i64,
}

impl<O: OutboxStore, W: WebhookSender, A: SlackApi> Sender<'_, O, W, A> {
    /// Send what is due for `destination`, a webhook or a channel.
    pub async fn drain(&self, destination: &str) -> Result<DrainReport, MasterError> {
        let target = self.target(destination)?;
        if !self
            .store
            .acquire(destination, self.owner, now(), LEASE_MS)
            .await?
        {
            return Ok(DrainReport {
                busy: true,
                ..DrainReport::default()
            });
        }
        let mut next_send_at = now();
        let result = match target {
            Target::Webhook(url) => self.send_due(destination, url, &mut next_send_at).await,
            Target::Channel(channel, api) => {
                self.sync_channel(api, destination, channel, &mut next_send_at)
                    .await
            }
        };
        self.store.release(destination, self.owner, next_send_at).await?;
        result
    }

    fn target(&self, destination: &str) -> Result<Target<'_, A>, MasterError> {
        match (self.channels.get(destination), self.slack_api) {
            (Some(channel), Some(api)) => Ok(Target::Channel(channel, api)),
            (Some(_), None) => Err(MasterError::Config {
                name: crate::config::SLACK_BOT_TOKEN_PARAMETER,
                reason: format!("channel destination {destination:?} needs the Slack app's bot token"),
            }),
            (None, _) => self.url(destination).map(Target::Webhook),
        }
    }

    /// Posts one message to `destination` now, outside the outbox (a report), under the same
    /// lease and rate limit as the outbox's messages: waits for the lease up to `LEASE_TRIES`
    /// times.
    pub async fn post_now(
        &self,
        destination: &str,
        payload: &serde_json::Value,
    ) -> Result<Delivery, MasterError> {
        let target = self.target(destination)?;
        for _ in 0..LEASE_TRIES {
            if self
                .store
                .acquire(destination, self.owner, now(), LEASE_MS)
                .await?
            {
                let delivery = match target {
                    Target::Webhook(url) => self.slack.post(url, payload).await,
                    Target::Channel(channel, api) => {
                        Delivery::from(api.post_message(channel, payload, None, false).await)
                    }
                };
                let next = next_send_after(&delivery, now());
                self.store.release(destination, self.owner, next).await?;
                return Ok(delivery);
            }
            tokio::time::sleep(LEASE_RETRY).await;
        }
        Err(MasterError::Slack {
            webhook: destination.to_owned(),
            reason: "the destination stayed busy".into(),
        })
    }

    /// What is due for `destination`, without what is too old to send: that is dropped,
    /// counted and logged (the module alarms on `NotificationsDropped`).
    async fn due_live(
        &self,
        destination: &str,
        report: &mut DrainReport,
    ) -> Result<Vec<(Notification, i64)>, MasterError> {
        let at = now();
        let due = self.store.due(destination, at, DUE_READ_LIMIT).await?;
        let (expired, live): (Vec<_>, Vec<_>) = due
            .into_iter()
            .partition(|(n, _)| at.millis().saturating_sub(n.due_at.millis()) > self.max_age_ms);
        for (notification, attempts) in &expired {
            self.store.drop_expired(notification, at).await?;
            report.dropped += 1;
            tracing::error!(
                destination,
                notification = %notification.id,
                issue = %notification.issue_id,
                attempts,
                due_at = %notification.due_at,
                "notification dropped: Slack did not take it within the maximum age"
            );
        }
        Ok(live)
    }

    fn url(&self, webhook: &str) -> Result<&WebhookUrl, MasterError> {
        self.urls.get(webhook).ok_or_else(|| MasterError::Config {
            name: crate::config::SLACK_WEBHOOK_PARAMETERS,
            reason: format!("no parameter for webhook {webhook:?}"),
        })
    }

    async fn send_due(
        &self,
        webhook: &str,
        url: &WebhookUrl,
        next_send_at: &mut Timestamp,
    ) -> Result<DrainReport, MasterError> {
        let mut report = DrainReport::default();
        for _ in 0..MAX_MESSAGES_PER_DRAIN {
            let due = self.due_live(webhook, &mut report).await?;
            if due.is_empty() {
                break;
            }
            let wait = next_send_at.millis() - now().millis();
            if wait > 0 {
                tokio::time::sleep(Duration::from_millis(wait.unsigned_abs())).await;
            }
            let batch: Vec<Notification> = due.iter().map(|(n, _)| n.clone()).collect();
            let message = notification::render(&batch, self.link_base);
            let delivery = self.slack.post(url, &message.payload).await;
            let sent_at = now();
            *next_send_at = next_send_after(&delivery, sent_at);
            match delivery {
                Delivery::Sent => {
                    for notification in &batch[..message.shown] {
                        self.store.mark_sent(notification, sent_at).await?;
                    }
                    report.messages += 1;
                    report.sent += message.shown as u64;
                    info!(webhook, notifications = message.shown, "Slack message sent");
                }
                Delivery::RateLimited { retry_after } => {
                    report.rate_limited = true;
                    warn!(
                        webhook,
                        retry_after_ms = retry_after.as_millis(),
                        "Slack rate limited the webhook"
                    );
                    break;
                }
                Delivery::Failed { reason } => {
                    for (notification, attempts) in &due[..message.shown] {
                        let attempts = attempts + 1;
                        let due_at = sent_at.plus_millis(backoff_ms(attempts, self.retry_base_ms));
                        self.store
                            .postpone(notification, attempts, due_at, &reason)
                            .await?;
                        report.postponed += 1;
                    }
                    warn!(webhook, %reason, notifications = message.shown, "Slack did not take the message; kept for later");
                    break;
                }
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_a_ceiling() {
        assert_eq!(backoff_ms(1, 5_000), 5_000);
        assert_eq!(backoff_ms(2, 5_000), 10_000);
        assert_eq!(backoff_ms(4, 5_000), 40_000);
        assert_eq!(backoff_ms(50, 5_000), MAX_BACKOFF_MS);
        assert_eq!(backoff_ms(0, 5_000), 5_000);
    }
}
