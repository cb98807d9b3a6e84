//! The stack the demo and the end-to-end test run on: local AWS, the local Slack, and
//! `examples/local` applied with the real Terraform CLI (master plus two agent accounts).

use std::time::{Duration, Instant};

use awsmon_tests::{LocalAws, MASTER_ACCOUNT, Terraform};
use serde_json::Value;

use crate::slack::SlackSink;
use awsmon_tests::slack_api::SlackApi;

/// The agent accounts of `examples/local`, in its order.
pub const AGENT_ACCOUNTS: [&str; 2] = ["222222222222", "333333333333"];
/// The region of the first agent account's second agent (`second_region` in `examples/local`).
pub const SECOND_REGION: &str = "eu-central-1";
/// The SSM parameter `examples/local` names for the `default` webhook.
pub const WEBHOOK_PARAMETER: &str = "/monitoring/awsmon/slack-default";
/// The Slack app of `examples/local`: its parameters, ids and channel, and the secrets the
/// stack stores (invented: the stand-in accepts only this token).
pub const BOT_TOKEN_PARAMETER: &str = "/monitoring/awsmon/slack-bot-token";
pub const SIGNING_SECRET_PARAMETER: &str = "/monitoring/awsmon/slack-signing-secret";
pub const BOT_TOKEN: &str = "xoxb-EXAMPLE-INVENTED-demo-token";
pub const SIGNING_SECRET: &str = "EXAMPLE-invented-demo-signing-secret";
pub const CHANNEL: &str = "C0EXAMPLE1";
/// The master's name in `examples/local` (functions are `<name>-<function>`).
pub const MASTER_NAME: &str = "awsmon";
/// The agent's schedule rule, the same in each agent account.
pub const AGENT_SCHEDULE: &str = "awsmon-agent-schedule";

#[derive(Debug)]
pub struct Stack {
    pub aws: LocalAws,
    pub slack: SlackSink,
    /// The Slack app's channel: Slack's Web API stood in for.
    pub slack_app: SlackApi,
    pub terraform: Terraform,
    pub outputs: Value,
    /// What local AWS held before `terraform apply`.
    baseline: Vec<String>,
}

impl Stack {
    /// Start local AWS and the local Slack, store the webhook in SSM, apply `examples/local`.
    pub async fn up(say: &dyn Fn(&str)) -> Self {
        say("starting local AWS (moto and the Lambda executor), a local Slack webhook and Slack Web API");
        // IAM on: every function runs with only what its role allows, as on AWS.
        let aws = LocalAws::start_with_iam();
        let slack = SlackSink::start().await;
        let slack_app = SlackApi::start(BOT_TOKEN, &[CHANNEL]).await;
        let secrets = [
            (WEBHOOK_PARAMETER, slack.url()),
            (BOT_TOKEN_PARAMETER, BOT_TOKEN.to_owned()),
            (SIGNING_SECRET_PARAMETER, SIGNING_SECRET.to_owned()),
        ];
        for (name, value) in secrets {
            aws.put_secure_string(MASTER_ACCOUNT, name, &value).await;
        }
        say(&format!("local AWS at {}", aws.endpoint));
        let baseline = aws.inventory();
        let terraform = Terraform::example("local")
            .var("endpoint", &aws.endpoint)
            .var("slack_api_url", &slack_app.base_url());
        say("terraform init");
        terraform.init();
        say(&format!(
            "terraform apply: master account 111111111111, agent accounts 222222222222 (and in {SECOND_REGION}) and 333333333333"
        ));
        let started = Instant::now();
        terraform.apply();
        say(&format!("applied in {:.1} s", started.elapsed().as_secs_f64()));
        let outputs = terraform.outputs();
        Self {
            aws,
            slack,
            slack_app,
            terraform,
            outputs,
            baseline,
        }
    }

    pub fn function(&self, function: &str) -> String {
        format!("{MASTER_NAME}-{function}")
    }

    /// `GET`/`POST` on the master's API through local AWS's API Gateway front: status and JSON.
    pub fn api(&self, method: &str, path: &str) -> (u16, Value) {
        let url = self.aws.http_url(MASTER_ACCOUNT, &self.function("api"), path);
        let response = match ureq::request(method, &url).call() {
            Ok(response) => response,
            Err(ureq::Error::Status(_, response)) => response,
            Err(error) => panic!("{method} {path}: {error}"),
        };
        let status = response.status();
        let body: Value = response.into_json().unwrap_or(Value::Null);
        (status, body)
    }

    /// A click on a button of a Slack app message, sent as Slack sends it (form-encoded, signed
    /// with the app's signing secret) to `POST /slack/interactions`: status and JSON.
    pub fn click(&self, action: &str, issue_id: &str, message_ts: &str, user: (&str, &str)) -> (u16, Value) {
        let payload = serde_json::json!({
            "type": "block_actions",
            "team": {"id": "T0EXAMPLE1", "domain": "example"},
            "api_app_id": "A0EXAMPLE1",
            "user": {"id": user.0, "username": user.1, "name": user.1, "team_id": "T0EXAMPLE1"},
            "container": {"type": "message", "message_ts": message_ts, "channel_id": CHANNEL, "is_ephemeral": false},
            "channel": {"id": CHANNEL, "name": "oncall"},
            "actions": [{"type": "button", "action_id": action, "block_id": "awsmon_issue_actions", "value": issue_id}],
        });
        let body = form_urlencoded::Serializer::new(String::new())
            .append_pair("payload", &payload.to_string())
            .finish();
        let at = crate::scenario::now().secs();
        let signature = awsmon_domain::slack::sign(SIGNING_SECRET.as_bytes(), at, body.as_bytes());
        let url = self.aws.http_url(
            MASTER_ACCOUNT,
            &self.function("slack-interactions"),
            "/slack/interactions",
        );
        let response = match ureq::post(&url)
            .set("content-type", "application/x-www-form-urlencoded")
            .set("x-slack-request-timestamp", &at.to_string())
            .set("x-slack-signature", &signature)
            .send_string(&body)
        {
            Ok(response) => response,
            Err(ureq::Error::Status(_, response)) => response,
            Err(error) => panic!("POST /slack/interactions: {error}"),
        };
        let status = response.status();
        (status, response.into_json().unwrap_or(Value::Null))
    }

    /// Invoke a master function with `payload`, as its schedule would; returns its answer.
    pub async fn invoke(&self, function: &str, payload: &Value) -> Value {
        let output = self
            .aws
            .lambda(MASTER_ACCOUNT)
            .invoke()
            .function_name(self.function(function))
            .payload(aws_sdk_lambda::primitives::Blob::new(payload.to_string()))
            .send()
            .await
            .unwrap_or_else(|e| panic!("invoke {function}: {e:?}"));
        let body: Value = output
            .payload
            .map(|p| serde_json::from_slice(p.as_ref()).unwrap_or(Value::Null))
            .unwrap_or(Value::Null);
        assert!(
            output.function_error.is_none(),
            "{function} failed: {body}\n{}",
            self.aws.log()
        );
        body
    }

    /// Wait until the master's ingest queue is empty and no function runs (at most `limit`).
    pub async fn settle(&self, limit: Duration) {
        let sqs = self.aws.sqs(MASTER_ACCOUNT);
        let queue = self.outputs["ingest_queue_url"]["value"]
            .as_str()
            .expect("ingest_queue_url output")
            .to_owned();
        let deadline = Instant::now() + limit;
        let mut quiet_polls = 0;
        while Instant::now() < deadline {
            let attributes = sqs
                .get_queue_attributes()
                .queue_url(&queue)
                .attribute_names(aws_sdk_sqs::types::QueueAttributeName::All)
                .send()
                .await
                .expect("queue attributes");
            let count = |name: aws_sdk_sqs::types::QueueAttributeName| {
                attributes
                    .attributes()
                    .and_then(|a| a.get(&name))
                    .and_then(|v| v.parse::<u64>().ok())
                    .unwrap_or(0)
            };
            let waiting = count(aws_sdk_sqs::types::QueueAttributeName::ApproximateNumberOfMessages)
                + count(aws_sdk_sqs::types::QueueAttributeName::ApproximateNumberOfMessagesNotVisible);
            quiet_polls = if waiting == 0 && self.aws.idle() {
                quiet_polls + 1
            } else {
                0
            };
            // Twice in a row: a message may be between the bus and the queue for a moment.
            if quiet_polls >= 2 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        panic!("the master did not settle within {limit:?}\n{}", self.aws.log());
    }

    /// `terraform destroy`, then what is left in local AWS that was not there before the
    /// apply, apart from the log groups `scenario` wrote to (users' logs, not awsmon's). Local
    /// AWS and the Slack sink stop when the stack is dropped.
    pub fn down(&self, users_log_groups: &[&str]) -> Vec<String> {
        self.terraform.destroy();
        self.aws
            .inventory()
            .into_iter()
            .filter(|arn| !self.baseline.contains(arn))
            .filter(|arn| {
                !users_log_groups
                    .iter()
                    .any(|group| arn.ends_with(&format!("log-group:{group}")))
            })
            .collect()
    }
}
