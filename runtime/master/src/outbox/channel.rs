//! Slack app mode: a channel destination keeps one living message per issue. A new issue is
//! posted (`chat.postMessage`) and its `ts` kept on the issue; what happens later is a reply in
//! its thread and an edit of the message (`chat.update`) to the issue's current state.
//!
//! Every edit is rendered from the issue as stored, not from the notification, so a retried or
//! late notification never shows an old state, and a change whose edit was lost (the process
//! stopped) is repaired by the next one. The gap: a process that stops after Slack took a
//! message and before its `ts` was saved posts the issue again when the lease expires.

use std::time::Duration;

use awsmon_domain::Timestamp;
use awsmon_domain::issue::{Issue, SlackMessage};
use awsmon_domain::notification::{Notification, Reason};
use awsmon_domain::slack::message::{self, Labels};
use tracing::{info, warn};

use super::{DrainReport, MAX_MESSAGES_PER_DRAIN, MIN_INTERVAL_MS, Sender, backoff_ms};
use crate::error::MasterError;
use crate::ports::{OutboxStore, now};
use crate::slack::WebhookSender;
use crate::slack_api::{Answer, SlackApi};

/// How one issue's turn went.
enum Turn {
    Done,
    /// Slack asked to wait: stop this drain, keep everything.
    RateLimited(Duration),
    /// Slack did not take it: postpone these notifications.
    Failed(String),
}

impl<O: OutboxStore, W: WebhookSender, A: SlackApi> Sender<'_, O, W, A> {
    /// Bring the messages of the issues due in `destination` (channel `channel`) up to date,
    /// oldest first, at most one Web API call (`chat.postMessage` or `chat.update`) a second.
    pub(super) async fn sync_channel(
        &self,
        api: &A,
        destination: &str,
        channel: &str,
        next_send_at: &mut Timestamp,
    ) -> Result<DrainReport, MasterError> {
        let mut report = DrainReport::default();
        for _ in 0..MAX_MESSAGES_PER_DRAIN {
            let due = self.due_live(destination, &mut report).await?;
            let Some((first, _)) = due.first() else {
                break;
            };
            // Every notification due for this issue is answered by one turn.
            let issue_id = first.issue_id.clone();
            let turn_of: Vec<&(Notification, i64)> =
                due.iter().filter(|(n, _)| n.issue_id == issue_id).collect();
            let notifications: Vec<&Notification> = turn_of.iter().map(|(n, _)| n).collect();
            let issue = self.store.issue(&issue_id).await?;
            let turn = match &issue {
                Some(issue) => {
                    self.turn(api, destination, channel, issue, &notifications, next_send_at)
                        .await?
                }
                // Expired: nothing left to show.
                None => Turn::Done,
            };
            let at = now();
            match turn {
                Turn::Done => {
                    for notification in &notifications {
                        self.store.mark_sent(notification, at).await?;
                    }
                    report.messages += 1;
                    report.sent += notifications.len() as u64;
                    info!(destination, issue = %issue_id, notifications = notifications.len(), "Slack message up to date");
                }
                Turn::RateLimited(retry_after) => {
                    report.rate_limited = true;
                    *next_send_at =
                        at.plus_millis(i64::try_from(retry_after.as_millis()).unwrap_or(i64::MAX));
                    warn!(
                        destination,
                        retry_after_ms = retry_after.as_millis(),
                        "Slack rate limited the channel"
                    );
                    break;
                }
                Turn::Failed(reason) => {
                    for (notification, attempts) in &turn_of {
                        let attempts = attempts + 1;
                        let due_at = at.plus_millis(backoff_ms(attempts, self.retry_base_ms));
                        self.store
                            .postpone(notification, attempts, due_at, &reason)
                            .await?;
                        report.postponed += 1;
                    }
                    warn!(destination, issue = %issue_id, %reason, "Slack did not take the message; kept for later");
                    break;
                }
            }
        }
        Ok(report)
    }

    /// One issue: post its message if the channel has none, else reply in its thread for what
    /// happened and edit the message to the issue's state.
    async fn turn(
        &self,
        api: &A,
        destination: &str,
        channel: &str,
        issue: &Issue,
        notifications: &[&Notification],
        next_send_at: &mut Timestamp,
    ) -> Result<Turn, MasterError> {
        let labels = Labels {
            account_name: self.account_names.get(&issue.account_id).map(String::as_str),
            api_base: self.link_base,
        };
        let parent = message::issue_message(issue, labels, now());
        let Some(posted) = issue.slack_message(destination) else {
            return self
                .post_parent(api, destination, channel, issue, &parent, next_send_at)
                .await;
        };
        // A new issue's message says it all; a refresh only edits.
        let replies = notifications
            .iter()
            .filter(|n| !matches!(n.reason, Reason::New | Reason::Refresh));
        for notification in replies {
            let (reply, broadcast) = message::thread_reply(notification);
            self.wait_turn(next_send_at).await;
            let answer = api
                .post_message(channel, &reply, Some(&posted.ts), broadcast)
                .await;
            *next_send_at = now().plus_millis(MIN_INTERVAL_MS);
            match answer {
                Answer::Done { .. } => {}
                // The parent is gone: the thread with it. A new message shows the issue.
                Answer::MessageNotFound => break,
                other => return Ok(failed(other)),
            }
        }
        self.wait_turn(next_send_at).await;
        let answer = api.update_message(channel, &posted.ts, &parent).await;
        *next_send_at = now().plus_millis(MIN_INTERVAL_MS);
        match answer {
            Answer::Done { .. } => Ok(Turn::Done),
            Answer::MessageNotFound => {
                warn!(destination, issue = %issue.id, "the issue's Slack message is gone; posting it again");
                self.post_parent(api, destination, channel, issue, &parent, next_send_at)
                    .await
            }
            other => Ok(failed(other)),
        }
    }

    async fn post_parent(
        &self,
        api: &A,
        destination: &str,
        channel: &str,
        issue: &Issue,
        parent: &serde_json::Value,
        next_send_at: &mut Timestamp,
    ) -> Result<Turn, MasterError> {
        self.wait_turn(next_send_at).await;
        let answer = api.post_message(channel, parent, None, false).await;
        *next_send_at = now().plus_millis(MIN_INTERVAL_MS);
        match answer {
            Answer::Done { ts } => {
                let message = SlackMessage {
                    destination: destination.to_owned(),
                    channel: channel.to_owned(),
                    ts,
                };
                self.store.save_slack_message(&issue.id, &message).await?;
                Ok(Turn::Done)
            }
            other => Ok(failed(other)),
        }
    }

    /// Slack's rate: a message a second per channel; awsmon spaces its edits the same way.
    async fn wait_turn(&self, next_send_at: &Timestamp) {
        let wait = next_send_at.millis() - now().millis();
        if wait > 0 {
            tokio::time::sleep(Duration::from_millis(wait.unsigned_abs())).await;
        }
    }
}

fn failed(answer: Answer) -> Turn {
    match answer {
        Answer::RateLimited { retry_after } => Turn::RateLimited(retry_after),
        Answer::Refused { error } => {
            // A person must fix the app or the channel; the notifications wait, with backoff.
            tracing::error!(%error, "Slack refused the call: check the bot token, the channel id and that the app is in the channel");
            Turn::Failed(error)
        }
        Answer::Failed { reason } => Turn::Failed(reason),
        Answer::MessageNotFound => Turn::Failed("message_not_found".into()),
        Answer::Done { .. } => Turn::Done,
    }
}
