//! Local AWS set up for the master and the agent (as `runtime/master/tests/support` and
//! `runtime/agent/tests/local_aws.rs` do), with a Slack stub that records when each message
//! arrived.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use awsmon_agent::adapters::checkpoints;
use awsmon_master::config::{self, MasterConfig};
use awsmon_master::dynamodb;
use awsmon_master::handler::Master;
use awsmon_sdk_config::aws_json::JsonClient;
use awsmon_tests::{AGENT_ACCOUNT, LocalAws, MASTER_ACCOUNT, account_client};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

pub const TABLE: &str = "awsmon";
pub const WEBHOOK_PARAMETER: &str = "/monitoring/awsmon/slack-webhook";
pub const CHECKPOINT_TABLE: &str = "awsmon-agent-checkpoints";

/// Every message the Slack stub took, with its arrival time.
#[derive(Debug, Clone, Default)]
pub struct SlackLog(Arc<Mutex<Vec<(Instant, Value)>>>);

impl SlackLog {
    pub fn messages(&self) -> Vec<(Instant, Value)> {
        self.0.lock().map(|m| m.clone()).unwrap_or_default()
    }
}

impl Respond for SlackLog {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        if let Ok(mut log) = self.0.lock() {
            log.push((Instant::now(), body));
        }
        ResponseTemplate::new(200).set_body_string("ok")
    }
}

#[derive(Debug)]
pub struct World {
    pub aws: LocalAws,
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub ssm: JsonClient,
    pub dlq_url: String,
    /// Kept alive for the functions and the master to post to.
    pub _slack: MockServer,
    pub slack_log: SlackLog,
    pub bus_arn: String,
    pub bus_queue_url: String,
}

impl World {
    pub async fn start() -> Self {
        let aws = LocalAws::start();
        let dynamodb = account_client!(aws_sdk_dynamodb, aws, MASTER_ACCOUNT);
        let ssm = aws.ssm(MASTER_ACCOUNT);
        let sqs = aws.sqs(MASTER_ACCOUNT);
        dynamodb::create_table(&dynamodb, TABLE).await.expect("table");
        let (dlq_url, _) = aws.create_queue(MASTER_ACCOUNT, "awsmon-ingest-dlq", &[]).await;
        let slack = MockServer::start().await;
        let slack_log = SlackLog::default();
        Mock::given(method("POST"))
            .and(path("/hook"))
            .respond_with(slack_log.clone())
            .mount(&slack)
            .await;
        aws.put_secure_string(
            MASTER_ACCOUNT,
            WEBHOOK_PARAMETER,
            &format!("{}/hook", slack.uri()),
        )
        .await;
        let bus = aws.master_bus_to_queue("awsmon-ingest").await;
        checkpoints::create_table(
            &account_client!(aws_sdk_dynamodb, aws, AGENT_ACCOUNT),
            CHECKPOINT_TABLE,
        )
        .await
        .expect("checkpoint table");
        Self {
            aws,
            dynamodb,
            sqs,
            ssm,
            dlq_url,
            _slack: slack,
            slack_log,
            bus_arn: bus.bus_arn,
            bus_queue_url: bus.queue_url,
        }
    }

    /// The master's environment (as the provider sets it), with `extra` on top.
    pub fn master_env(&self, extra: &[(&str, String)]) -> Vec<(&'static str, String)> {
        let mut env: Vec<(&'static str, String)> = vec![
            (config::TABLE_NAME, TABLE.to_owned()),
            (config::DLQ_URL, self.dlq_url.clone()),
            (
                config::SLACK_WEBHOOK_PARAMETERS,
                json!({"default": WEBHOOK_PARAMETER}).to_string(),
            ),
            (
                config::NOTIFICATION_POLICY,
                json!({"default_webhook": "default", "grouping_window_secs": 0}).to_string(),
            ),
            (config::SLACK_TIMEOUT_MS, "2000".to_owned()),
        ];
        for (key, value) in extra {
            env.retain(|(k, _)| k != key);
            if let Some(known) = KNOWN.iter().find(|k| *k == key) {
                env.push((known, value.clone()));
            }
        }
        env
    }

    /// A master as the function builds it at init.
    pub async fn master(&self, extra: &[(&str, String)]) -> Master {
        let env: HashMap<&str, String> = self.master_env(extra).into_iter().collect();
        let config = MasterConfig::from_lookup(|name| env.get(name).cloned()).expect("config");
        Master::new(config, self.dynamodb.clone(), self.sqs.clone(), &self.ssm)
            .await
            .expect("master init")
    }

    /// The agent's environment for these log groups.
    pub fn agent_env(&self, log_groups: &str) -> Vec<(&'static str, String)> {
        vec![
            ("AWSMON_MASTER_BUS_ARN", self.bus_arn.clone()),
            ("AWSMON_CHECKPOINT_TABLE", CHECKPOINT_TABLE.to_owned()),
            ("AWSMON_LOG_GROUP_NAMES", log_groups.to_owned()),
            ("AWSMON_INSIGHTS_CALLS_PER_SECOND", "50".to_owned()),
        ]
    }
}

/// The master settings `master_env` may override.
const KNOWN: [&str; 6] = [
    config::NOTIFICATION_POLICY,
    config::SEVERITY_POLICY,
    config::SLACK_TIMEOUT_MS,
    config::SLACK_RETRY_BASE_MS,
    config::ACCOUNT_NAMES,
    config::API_BASE_URL,
];

/// Error lines into `group` (created if needed), `(timestamp ms, message)`, in PutLogEvents
/// batches.
pub async fn write_lines(aws: &LocalAws, group: &str, lines: &[(i64, String)]) {
    let logs = aws.logs(AGENT_ACCOUNT);
    let _ = logs.create_log_group().log_group_name(group).send().await;
    let _ = logs
        .create_log_stream()
        .log_group_name(group)
        .log_stream_name("bench")
        .send()
        .await;
    let mut sorted = lines.to_vec();
    sorted.sort_by_key(|(t, _)| *t);
    for chunk in sorted.chunks(2_000) {
        let events: Vec<_> = chunk
            .iter()
            .map(|(t, m)| {
                aws_sdk_cloudwatchlogs::types::InputLogEvent::builder()
                    .timestamp(*t)
                    .message(m)
                    .build()
                    .expect("log event")
            })
            .collect();
        logs.put_log_events()
            .log_group_name(group)
            .log_stream_name("bench")
            .set_log_events(Some(events))
            .send()
            .await
            .expect("PutLogEvents");
    }
}
