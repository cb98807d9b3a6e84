//! `handle-monitoring-events` wired: clients and secrets built once at init, then one call per
//! invocation. An invocation is either an SQS batch from the ingest queue or the scheduled
//! outbox drain (`AWSMON_*` settings in `docs/master.md`).

use std::collections::{BTreeMap, BTreeSet};

use aws_lambda_events::sqs::SqsEvent;
use awsmon_sdk_config::aws_json::JsonClient;
use serde_json::Value;
use tracing::error;

use crate::config::MasterConfig;
use crate::dynamodb::DynamoStore;
use crate::error::MasterError;
use crate::ingest::{self, Policies};
use crate::metrics::Counters;
use crate::outbox::Sender;
use crate::ports::ReportStore;
use crate::ports::now;
use crate::queue::SqsDeadLetters;
use crate::reports;
use crate::slack::{self, Delivery, SlackClient, WebhookUrl};
use crate::slack_api::{BotToken, SlackWebApi};
use awsmon_domain::Timestamp;
use awsmon_domain::report::ReportKind;

#[derive(Debug)]
pub struct Master {
    store: DynamoStore,
    dead_letters: Option<SqsDeadLetters>,
    slack: SlackClient,
    webhooks: BTreeMap<String, WebhookUrl>,
    /// Slack app mode: the Web API with the bot token, and destination -> channel id.
    slack_api: Option<SlackWebApi>,
    channels: BTreeMap<String, String>,
    policies: Policies,
    link_base: Option<String>,
    retry_base_ms: i64,
    max_age_ms: i64,
    master_version: String,
}

impl Master {
    /// Build everything once; fails (an init error) if a webhook secret cannot be read or a
    /// route names a webhook that has no parameter.
    pub async fn new(
        config: MasterConfig,
        dynamodb: aws_sdk_dynamodb::Client,
        sqs: aws_sdk_sqs::Client,
        ssm: &JsonClient,
    ) -> Result<Self, MasterError> {
        let policy = &config.notification_policy;
        let named = policy
            .routes
            .iter()
            .map(|r| &r.webhook)
            .chain(policy.default_webhook.as_ref());
        let app = &config.slack_app;
        for destination in named {
            if !config.webhook_parameters.contains_key(destination) && !app.channels.contains_key(destination)
            {
                return Err(MasterError::Config {
                    name: crate::config::NOTIFICATION_POLICY,
                    reason: format!(
                        "destination {destination:?} is neither a webhook of {} nor a channel of {}",
                        crate::config::SLACK_WEBHOOK_PARAMETERS,
                        crate::config::SLACK_CHANNELS
                    ),
                });
            }
        }
        let webhooks = slack::load_webhooks(ssm, &config.webhook_parameters).await?;
        let slack_api = slack_web_api(&config, ssm).await?;
        Ok(Self {
            store: DynamoStore::new(dynamodb, config.table_name, config.retention_days),
            dead_letters: config.dlq_url.map(|url| SqsDeadLetters::new(sqs, url)),
            slack: SlackClient::new(config.slack_timeout),
            webhooks,
            slack_api,
            channels: config.slack_app.channels,
            policies: Policies {
                severity: config.severity_policy,
                custom_sources: config.custom_sources,
                notification: config.notification_policy,
                account_names: config.account_names,
            },
            link_base: config.api_base_url,
            retry_base_ms: config.slack_retry_base_ms,
            max_age_ms: config.notification_max_age_ms,
            master_version: config.master_version,
        })
    }

    /// One invocation. Returns the SQS partial batch response for a batch, or a summary of the
    /// drain for a scheduled run, and the counters for the metrics line.
    pub async fn handle(&self, payload: Value, request_id: &str) -> Result<(Value, Counters), MasterError> {
        if payload.get("Records").is_some() {
            let batch: SqsEvent = serde_json::from_value(payload).map_err(|e| MasterError::Request {
                what: "reading the SQS event",
                reason: e.to_string(),
            })?;
            let dead_letters = self.dead_letters.as_ref().ok_or(MasterError::Config {
                name: crate::config::DLQ_URL,
                reason: "is not set".into(),
            })?;
            let outcome =
                ingest::handle_batch(&self.store, dead_letters, &self.policies, &batch.records, now()).await;
            let mut counters = outcome.counters;
            counters.add(&self.drain(&outcome.webhooks, request_id).await);
            let response = serde_json::to_value(&outcome.response).unwrap_or(Value::Null);
            Ok((response, counters))
        } else {
            let all: BTreeSet<String> = self
                .webhooks
                .keys()
                .chain(self.channels.keys())
                .cloned()
                .collect();
            let counters = self.drain(&all, request_id).await;
            let summary = serde_json::json!({
                "notifications_sent": counters.sent, "notifications_dropped": counters.dropped,
            });
            Ok((summary, counters))
        }
    }

    /// `check-agents`'s scheduled run: check every agent as of `at` (see
    /// [`scheduled_at`]), store and notify the findings.
    pub async fn check_agents(
        &self,
        at: Timestamp,
        request_id: &str,
    ) -> Result<(Value, Counters), MasterError> {
        let (mut counters, webhooks) =
            ingest::check_agents(&self.store, &self.policies, &self.master_version, at).await?;
        counters.add(&self.drain(&webhooks.into_iter().collect(), request_id).await);
        let summary = serde_json::json!({"findings": counters.processed, "new": counters.stored});
        Ok((summary, counters))
    }

    /// `daily-report`'s scheduled run: build, store and post the report of the period before
    /// `at` (see [`scheduled_at`]). A Slack failure is an error after the report is stored, so
    /// the schedule's retry posts it again.
    pub async fn report(
        &self,
        kind: ReportKind,
        at: Timestamp,
        request_id: &str,
    ) -> Result<Value, MasterError> {
        let report = reports::build(&self.store, kind, at).await?;
        self.store.save_report(&report).await?;
        let summary = serde_json::json!({
            "kind": kind.as_str(), "start": report.start, "events": report.events,
            "new_issues": report.new_issues, "recurring_issues": report.recurring_issues,
        });
        let Some(webhook) = self.policies.notification.default_webhook.as_deref() else {
            return Ok(summary);
        };
        // Reports respect the webhook's lease, rate limit and Retry-After like notifications do.
        match self
            .sender(request_id)
            .post_now(webhook, &report.slack_message())
            .await?
        {
            Delivery::Sent => Ok(summary),
            other => Err(MasterError::Slack {
                webhook: webhook.to_owned(),
                reason: format!("{other:?}"),
            }),
        }
    }

    fn sender<'a>(&'a self, request_id: &'a str) -> Sender<'a, DynamoStore, SlackClient, SlackWebApi> {
        Sender {
            store: &self.store,
            slack: &self.slack,
            urls: &self.webhooks,
            slack_api: self.slack_api.as_ref(),
            channels: &self.channels,
            account_names: &self.policies.account_names,
            link_base: self.link_base.as_deref(),
            owner: request_id,
            retry_base_ms: self.retry_base_ms,
            max_age_ms: self.max_age_ms,
        }
    }

    /// Send what is due on these destinations; the counts of what was sent and dropped. A
    /// Slack or outbox failure is logged, never returned: the notifications stay in the outbox
    /// for the next drain.
    pub async fn drain(&self, destinations: &BTreeSet<String>, request_id: &str) -> Counters {
        let sender = self.sender(request_id);
        let mut counters = Counters::default();
        for destination in destinations {
            match sender.drain(destination).await {
                Ok(report) => {
                    counters.sent += report.sent;
                    counters.dropped += report.dropped;
                }
                Err(error) => error!(destination, %error, "outbox drain failed; notifications stay queued"),
            }
        }
        counters
    }
}

/// Slack app mode's Web API, with the bot token read once from SSM; `None` without channels.
pub async fn slack_web_api(
    config: &MasterConfig,
    ssm: &JsonClient,
) -> Result<Option<SlackWebApi>, MasterError> {
    let app = &config.slack_app;
    if app.channels.is_empty() {
        return Ok(None);
    }
    let parameter = app.bot_token_parameter.as_deref().ok_or(MasterError::Config {
        name: crate::config::SLACK_BOT_TOKEN_PARAMETER,
        reason: format!("is needed by the channels of {}", crate::config::SLACK_CHANNELS),
    })?;
    if !awsmon_contract::master::slack_api_url_allowed(&app.api_url) {
        return Err(MasterError::Config {
            name: crate::config::SLACK_API_URL,
            reason:
                "must be https://slack.com/api or a stand-in on http://127.0.0.1: the bot token goes there"
                    .into(),
        });
    }
    let token = slack::read_secret(ssm, "bot token", parameter).await?;
    Ok(Some(SlackWebApi::new(
        &app.api_url,
        BotToken::new(token),
        config.slack_timeout,
    )))
}

/// The instant a scheduled run judges: the `time` of the EventBridge Scheduled Event that
/// started it, else `now`. A retried or delayed invocation thus reports the period and finds
/// the silent agents it was scheduled for, with the same deterministic event ids as the first
/// attempt; a schedule whose constant input replaces the event (the weekly report) runs as of
/// `now`.
pub fn scheduled_at(payload: &Value, now: Timestamp) -> Result<Timestamp, MasterError> {
    match payload.get("time") {
        None | Some(Value::Null) => Ok(now),
        Some(Value::String(raw)) => Timestamp::parse(raw).map_err(|error| MasterError::Config {
            name: "time",
            reason: format!("the scheduled event's time is not RFC 3339: {error}"),
        }),
        Some(other) => Err(MasterError::Config {
            name: "time",
            reason: format!("the scheduled event's time is not a string: {other}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_scheduled_run_judges_its_schedule_time_else_now() {
        let now = Timestamp::from_millis(1_795_510_800_123);
        let scheduled = json!({"detail-type": "Scheduled Event", "time": "2026-11-25T00:05:00Z"});
        assert_eq!(
            scheduled_at(&scheduled, now).unwrap().to_rfc3339(),
            "2026-11-25T00:05:00.000Z"
        );
        assert_eq!(scheduled_at(&json!({"kind": "weekly"}), now).unwrap(), now);
        for bad in [json!({"time": "yesterday"}), json!({"time": 5})] {
            let error = scheduled_at(&bad, now).unwrap_err().to_string();
            assert!(error.contains("time"), "{error}");
        }
    }
}
