//! Shared by the integration tests: a fresh world (local AWS with the table, the DLQ and the
//! webhook parameter; a Slack stub) and the events and batches the tests send.
// Each test binary uses a different part of this module.
#![allow(dead_code)]

use std::collections::HashMap;

use aws_sdk_dynamodb::types::AttributeValue;
use awsmon_master::config::{self, MasterConfig};
use awsmon_master::dynamodb::{self, DynamoStore, GSI1, GSI1_PK};
use awsmon_master::handler::Master;
use awsmon_master::queue::{REJECTION_CODE_ATTRIBUTE, REJECTION_REASON_ATTRIBUTE};
use awsmon_sdk_config::aws_json::JsonClient;
use awsmon_tests::account_client;
use awsmon_tests::{LocalAws, MASTER_ACCOUNT};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub const TABLE: &str = "awsmon";
pub const WEBHOOK_PARAMETER: &str = "/monitoring/awsmon/slack-webhook";

pub struct World {
    pub aws: LocalAws,
    pub dynamodb: aws_sdk_dynamodb::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub ssm: JsonClient,
    pub dlq_url: String,
    pub dlq_arn: String,
    pub slack: MockServer,
}

impl World {
    pub async fn start() -> Self {
        let aws = LocalAws::start();
        let dynamodb = account_client!(aws_sdk_dynamodb, aws, MASTER_ACCOUNT);
        let ssm = aws.ssm(MASTER_ACCOUNT);
        let sqs = aws.sqs(MASTER_ACCOUNT);
        dynamodb::create_table(&dynamodb, TABLE).await.expect("table");
        let (dlq_url, dlq_arn) = aws.create_queue(MASTER_ACCOUNT, "awsmon-ingest-dlq", &[]).await;
        let slack = MockServer::start().await;
        aws.put_secure_string(
            MASTER_ACCOUNT,
            WEBHOOK_PARAMETER,
            &format!("{}/hook", slack.uri()),
        )
        .await;
        Self {
            aws,
            dynamodb,
            sqs,
            ssm,
            dlq_url,
            dlq_arn,
            slack,
        }
    }

    /// A master as the function builds it at init, with `extra` settings on top.
    pub async fn master(&self, extra: &[(&str, String)]) -> Master {
        Master::new(
            self.config(extra),
            self.dynamodb.clone(),
            self.sqs.clone(),
            &self.ssm,
        )
        .await
        .expect("master init")
    }

    /// The configuration [`World::master`] builds from the environment, with `extra` on top.
    pub fn config(&self, extra: &[(&str, String)]) -> MasterConfig {
        let mut env: HashMap<&str, String> = HashMap::from([
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
            (
                config::ACCOUNT_NAMES,
                json!({"123456789012": "production"}).to_string(),
            ),
            (config::SLACK_TIMEOUT_MS, "500".to_owned()),
            (config::SLACK_RETRY_BASE_MS, "300".to_owned()),
        ]);
        env.extend(extra.iter().cloned());
        MasterConfig::from_lookup(|name| env.get(name).cloned()).expect("config")
    }

    pub fn store(&self) -> DynamoStore {
        DynamoStore::new(self.dynamodb.clone(), TABLE, 90)
    }

    /// Every event item stored on `day`, over all shards, paginated.
    pub async fn events_on(&self, day: &str) -> Vec<HashMap<String, AttributeValue>> {
        let mut items = Vec::new();
        for shard in "0123456789abcdef".chars() {
            let pages = self
                .dynamodb
                .query()
                .table_name(TABLE)
                .index_name(GSI1)
                .key_condition_expression("#pk = :pk")
                .expression_attribute_names("#pk", GSI1_PK)
                .expression_attribute_values(":pk", AttributeValue::S(format!("DAY#{day}#{shard}")))
                .into_paginator()
                .items()
                .send()
                .collect::<Result<Vec<_>, _>>()
                .await
                .expect("query");
            items.extend(pages);
        }
        items
    }

    pub async fn slack_requests(&self) -> Vec<Value> {
        self.slack
            .received_requests()
            .await
            .unwrap_or_default()
            .iter()
            .map(|r| serde_json::from_slice(&r.body).expect("Slack got JSON"))
            .collect()
    }

    pub async fn dead_letters(&self) -> Vec<(String, String, String)> {
        let answer = self
            .sqs
            .receive_message()
            .queue_url(&self.dlq_url)
            .max_number_of_messages(10)
            // Left visible: a second look sees the same messages.
            .visibility_timeout(0)
            .message_attribute_names("All")
            .send()
            .await
            .expect("receive");
        answer
            .messages()
            .iter()
            .map(|m| {
                let attribute = |name: &str| {
                    m.message_attributes()
                        .and_then(|a| a.get(name))
                        .and_then(|v| v.string_value())
                        .unwrap_or_default()
                        .to_owned()
                };
                (
                    m.body().unwrap_or_default().to_owned(),
                    attribute(REJECTION_CODE_ATTRIBUTE),
                    attribute(REJECTION_REASON_ATTRIBUTE),
                )
            })
            .collect()
    }
}

pub fn fixture(name: &str) -> Value {
    let path = format!("{}/../domain/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("fixture JSON")
}

/// An SQS event as the event-source mapping delivers it.
pub fn sqs_batch(bodies: &[String]) -> Value {
    let records: Vec<Value> = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            json!({
                "messageId": format!("m-{i}"),
                "receiptHandle": format!("r-{i}"),
                "body": body,
                "attributes": {},
                "messageAttributes": {},
                "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:eu-west-1:111111111111:awsmon-ingest",
                "awsRegion": "eu-west-1",
            })
        })
        .collect();
    json!({"Records": records})
}

pub fn alarm(name: &str, state: &str, at: &str) -> String {
    let mut event = fixture("cloudwatch-alarm-state-change.json");
    event["detail"]["alarmName"] = json!(name);
    event["resources"] = json!([format!("arn:aws:cloudwatch:us-east-1:123456789012:alarm:{name}")]);
    event["detail"]["state"]["value"] = json!(state);
    event["detail"]["state"]["timestamp"] = json!(at);
    event.to_string()
}

pub fn scheduled_drain() -> Value {
    json!({"detail-type": "Scheduled Event", "source": "aws.events", "detail": {}})
}

pub fn failures(response: &Value) -> usize {
    response["batchItemFailures"].as_array().map_or(0, Vec::len)
}

pub async fn accept_all(slack: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/hook"))
        .respond_with(ResponseTemplate::new(200).set_body_string("ok"))
        .mount(slack)
        .await;
}
