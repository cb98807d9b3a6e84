//! Slack app mode against real parts: local AWS (DynamoDB, SQS, SSM), the master as its
//! functions build it, and a local stand-in for Slack's Web API that keeps every message with
//! its thread and edit history. Button clicks are sent as Slack sends them: form-encoded,
//! signed with the app's signing secret.

mod support;

use std::time::Duration;

use aws_lambda_events::apigw::ApiGatewayProxyRequest;
use awsmon_domain::issue::{Issue, IssueStatus};
use awsmon_domain::slack::{ACKNOWLEDGE, MAX_SKEW_SECS, RESOLVE, SILENCE_1H, sign};
use awsmon_domain::{Fingerprint, Timestamp};
use awsmon_master::api::execute::apply_change;
use awsmon_master::config::{self, MasterConfig};
use awsmon_master::handler::{Master, slack_web_api};
use awsmon_master::ports::{EventStore, now};
use awsmon_master::slack_api::SlackWebApi;
use awsmon_master::slack_interactions::{Audience, SigningSecret, SlackInteractions};
use awsmon_tests::MASTER_ACCOUNT;
use awsmon_tests::slack_api::{Message, SlackApi};
use serde_json::{Value, json};
use support::{World, alarm, scheduled_drain, sqs_batch};

const BOT_TOKEN: &str = "xoxb-EXAMPLE-INVENTED-bot-token";
const SIGNING_SECRET: &str = "EXAMPLE-invented-signing-secret";
const TOKEN_PARAMETER: &str = "/monitoring/awsmon/slack-bot-token";
const CHANNEL: &str = "C0EXAMPLE1";
const TEAM: &str = "T0EXAMPLE1";
const APP: &str = "A0EXAMPLE1";
const USER: &str = "U0EXAMPLE1";

struct App {
    world: World,
    slack: SlackApi,
    master: Master,
    config: MasterConfig,
    web_api: SlackWebApi,
}

impl App {
    async fn start() -> Self {
        let world = World::start().await;
        let slack = SlackApi::start(BOT_TOKEN, &[CHANNEL]).await;
        world
            .aws
            .put_secure_string(MASTER_ACCOUNT, TOKEN_PARAMETER, BOT_TOKEN)
            .await;
        let settings = [
            (config::SLACK_CHANNELS, json!({"oncall": CHANNEL}).to_string()),
            (config::SLACK_BOT_TOKEN_PARAMETER, TOKEN_PARAMETER.to_owned()),
            (config::SLACK_API_URL, slack.base_url()),
            (
                config::NOTIFICATION_POLICY,
                json!({"default_webhook": "oncall", "grouping_window_secs": 0}).to_string(),
            ),
            (config::API_BASE_URL, "https://api.example/v1".to_owned()),
        ];
        let master = world.master(&settings).await;
        let config = world.config(&settings);
        let web_api = slack_web_api(&config, &world.ssm)
            .await
            .expect("bot token")
            .expect("channels configured");
        Self {
            world,
            slack,
            master,
            config,
            web_api,
        }
    }

    async fn ingest(&self, bodies: &[String]) {
        let (response, _) = self.master.handle(sqs_batch(bodies), "req").await.expect("batch");
        assert_eq!(response["batchItemFailures"], json!([]), "{response}");
    }

    /// The outbox's scheduled drain, after the channel's one-second spacing.
    async fn drain(&self) {
        tokio::time::sleep(Duration::from_millis(1_050)).await;
        self.master
            .handle(scheduled_drain(), "drain")
            .await
            .expect("drain");
    }

    async fn issue(&self, id: &Fingerprint) -> Issue {
        self.world
            .store()
            .get_issue(id)
            .await
            .expect("read")
            .expect("issue")
    }

    /// A click on `action` of `issue`'s message, as Slack sends it, through the function.
    async fn click(&self, request: &ApiGatewayProxyRequest) -> (i64, Value) {
        let secret = SigningSecret::new(SIGNING_SECRET.to_owned());
        let audience = Audience {
            team_id: Some(TEAM.into()),
            app_id: Some(APP.into()),
            allowed_user_ids: vec![USER.into()],
        };
        let store = self.world.store();
        let interactions = SlackInteractions {
            store: &store,
            slack_api: Some(&self.web_api),
            signing_secret: &secret,
            audience: &audience,
            account_names: &self.config.account_names,
            api_base: self.config.api_base_url.as_deref(),
        };
        let response = interactions.handle(request, now()).await;
        let body = match response.body {
            Some(aws_lambda_events::encodings::Body::Text(text)) => {
                serde_json::from_str(&text).unwrap_or(Value::Null)
            }
            _ => Value::Null,
        };
        (response.status_code, body)
    }

    fn only_message(&self) -> Message {
        let messages: Vec<Message> = self.slack.messages().into_iter().filter(|m| !m.deleted).collect();
        assert_eq!(messages.len(), 1, "{messages:#?}");
        messages[0].clone()
    }
}

/// The form body Slack posts for a click on `action` of the message `ts` showing `issue`.
fn click_body(issue: &Fingerprint, action: &str, ts: &str, user: &str) -> String {
    let mut payload = support::fixture("slack-block-actions.json");
    payload["actions"] = json!([{
        "type": "button", "action_id": action, "block_id": "awsmon_issue_actions",
        "value": issue.as_str(), "action_ts": "1795000012.000200",
        "text": {"type": "plain_text", "text": action},
    }]);
    payload["user"]["id"] = json!(user);
    payload["container"]["message_ts"] = json!(ts);
    payload["message"]["ts"] = json!(ts);
    form_urlencoded::Serializer::new(String::new())
        .append_pair("payload", &payload.to_string())
        .finish()
}

/// The proxy event API Gateway makes of Slack's request on `/slack/interactions`.
fn slack_request(body: &str, headers: &[(&str, String)]) -> ApiGatewayProxyRequest {
    let mut all = serde_json::Map::new();
    all.insert("content-type".into(), json!("application/x-www-form-urlencoded"));
    for (name, value) in headers {
        all.insert((*name).to_owned(), json!(value));
    }
    serde_json::from_value(json!({
        "resource": "/slack/interactions",
        "path": "/slack/interactions",
        "httpMethod": "POST",
        "headers": all,
        "multiValueHeaders": {},
        "queryStringParameters": null,
        "multiValueQueryStringParameters": null,
        "pathParameters": null,
        "stageVariables": null,
        "requestContext": {
            "accountId": "111111111111", "resourceId": "r", "stage": "v1", "requestId": format!("slack-{}", now().millis()),
            "identity": {"sourceIp": "198.51.100.7"}, "resourcePath": "/slack/interactions", "httpMethod": "POST", "apiId": "api",
        },
        "body": body,
        "isBase64Encoded": false,
    }))
    .expect("proxy request")
}

/// Signed as Slack signs: `v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`.
fn signed(body: &str, secret: &str, at_secs: i64) -> Vec<(&'static str, String)> {
    vec![
        ("x-slack-request-timestamp", at_secs.to_string()),
        (
            "x-slack-signature",
            sign(secret.as_bytes(), at_secs, body.as_bytes()),
        ),
    ]
}

fn colour(message: &Message) -> String {
    message.attachments[0]["color"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

fn replies(message: &Message) -> Vec<String> {
    message.replies.iter().map(|r| r.text.clone()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_issue_lives_in_one_message_edited_by_buttons_the_api_and_its_alarm() {
    let app = App::start().await;
    app.ingest(&[alarm("checkout-5xx", "ALARM", "2026-12-02T09:00:00.000+0000")])
        .await;
    let message = app.only_message();
    assert_eq!(colour(&message), "#a30200");
    let issue_id = Fingerprint::parse(
        message.attachments[0]["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["type"] == "actions")
            .expect("buttons")["elements"][0]["value"]
            .as_str()
            .unwrap(),
    )
    .unwrap();
    let issue = app.issue(&issue_id).await;
    assert_eq!(issue.slack_messages.len(), 1);
    assert_eq!(
        (
            issue.slack_messages[0].channel.as_str(),
            issue.slack_messages[0].ts.as_str()
        ),
        (CHANNEL, message.ts.as_str())
    );
    let text = message.attachments.to_string();
    assert!(text.contains("production (123456789012)"), "{text}");
    assert!(text.contains("#alarmsV2:alarm/checkout-5xx"), "{text}");

    // Acknowledge by button: the message is edited at once, the thread told on the next drain.
    let body = click_body(&issue_id, ACKNOWLEDGE, &message.ts, USER);
    let (status, answer) = app
        .click(&slack_request(
            &body,
            &signed(&body, SIGNING_SECRET, now().secs()),
        ))
        .await;
    assert_eq!((status, &answer["text"]), (200, &json!("done")));
    let message = app.only_message();
    assert_eq!(colour(&message), "#daa038");
    assert!(
        message
            .attachments
            .to_string()
            .contains("*Acknowledged* by slack:U0EXAMPLE1 (jane.doe)")
    );
    let issue = app.issue(&issue_id).await;
    assert_eq!(issue.status, IssueStatus::Acknowledged);
    assert_eq!(
        issue.changed_by.as_ref().map(|c| c.caller.as_str()),
        Some("slack:U0EXAMPLE1 (jane.doe)")
    );
    app.drain().await;
    assert_eq!(
        replies(&app.only_message()),
        [":eyes: Acknowledged by slack:U0EXAMPLE1 (jane.doe)"]
    );

    // It goes on while acknowledged: nothing is posted, and the message shows the new count.
    app.ingest(&[alarm("checkout-5xx", "ALARM", "2026-12-02T09:05:00.000+0000")])
        .await;
    app.drain().await;
    let message = app.only_message();
    let text = message.attachments.to_string();
    assert!(text.contains("*Count*\\n2 since"), "{text}");
    assert_eq!(
        replies(&message).len(),
        1,
        "a quiet repeat only edits: {:?}",
        replies(&message)
    );

    // Silence through the API, as an operator with IAM would: the outbox edits the message.
    let until = now().plus_millis(3_600_000);
    let store = app.world.store();
    apply_change(
        &store,
        &issue_id,
        now(),
        "arn:aws:sts::111111111111:assumed-role/oncall/EXAMPLE",
        |i| i.try_mute(until),
    )
    .await
    .expect("mute");
    app.drain().await;
    let message = app.only_message();
    assert_eq!(colour(&message), "#9e9e9e");
    assert!(
        replies(&message)[1].starts_with(":zzz: Silenced until "),
        "{:?}",
        replies(&message)
    );

    // The alarm recovers: resolved, green, no buttons left.
    app.ingest(&[alarm("checkout-5xx", "OK", "2026-12-02T09:10:00.000+0000")])
        .await;
    app.drain().await;
    let message = app.only_message();
    assert_eq!(colour(&message), "#2eb886");
    assert!(!message.attachments.to_string().contains("awsmon_acknowledge"));
    // The alarm resolved it: nobody's name on it.
    assert_eq!(
        replies(&message).last().map(String::as_str),
        Some(":white_check_mark: Resolved")
    );

    // It comes back: reopened, told in the channel too, red again, the same message.
    app.ingest(&[alarm("checkout-5xx", "ALARM", "2026-12-02T09:20:00.000+0000")])
        .await;
    app.drain().await;
    let message = app.only_message();
    assert_eq!(colour(&message), "#a30200");
    let last = message.replies.last().expect("a reply");
    assert!(
        last.text.starts_with(":rotating_light: Reopened"),
        "{}",
        last.text
    );
    assert!(last.broadcast);
    assert!(message.attachments.to_string().contains("*Reopened*"));
    // Every edit is kept by the stand-in: post, click, ack drain, mute, resolve, reopen.
    assert!(message.history.len() >= 5, "{}", message.history.len());

    // Resolve by button; a second click on the same button changes nothing.
    let body = click_body(&issue_id, RESOLVE, &message.ts, USER);
    let first_at = now().secs();
    assert_eq!(
        app.click(&slack_request(&body, &signed(&body, SIGNING_SECRET, first_at)))
            .await
            .0,
        200
    );
    let version = app.issue(&issue_id).await.version;
    let again = click_body(&issue_id, RESOLVE, &message.ts, USER);
    // Another request (another signature: the first's time less a second, whatever the clock
    // says now), not the first replayed, which would be refused as taken.
    let (status, answer) = app
        .click(&slack_request(
            &again,
            &signed(&again, SIGNING_SECRET, first_at - 1),
        ))
        .await;
    assert_eq!(status, 200);
    assert!(
        answer["text"]
            .as_str()
            .unwrap()
            .contains("cannot become resolved"),
        "{answer}"
    );
    assert_eq!(app.issue(&issue_id).await.version, version);
    // Nothing Slack saw was ever a second parent message.
    assert_eq!(app.slack.messages().len(), 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn only_a_request_slack_signed_changes_anything() {
    let app = App::start().await;
    app.ingest(&[alarm("orders-latency", "ALARM", "2026-12-02T09:00:00.000+0000")])
        .await;
    let message = app.only_message();
    let issue_id = Issue::id_for(
        &awsmon_domain::monitoring_event::normalise(
            &serde_json::from_str(&alarm("orders-latency", "ALARM", "2026-12-02T09:00:00.000+0000")).unwrap(),
            &Default::default(),
        )
        .unwrap(),
    );
    let body = click_body(&issue_id, SILENCE_1H, &message.ts, USER);
    let at = now().secs();
    let version = app.issue(&issue_id).await.version;
    let mut tampered = body.clone();
    tampered.push('x');
    let refused: Vec<(&str, ApiGatewayProxyRequest, i64)> = vec![
        (
            "wrong secret",
            slack_request(&body, &signed(&body, "EXAMPLE-another-secret", at)),
            401,
        ),
        (
            "stale",
            slack_request(&body, &signed(&body, SIGNING_SECRET, at - MAX_SKEW_SECS - 1)),
            401,
        ),
        // (Well past the limit: the requests are built first and sent one by one, and on a
        // loaded machine the clock moves toward a stamp one second ahead before it is checked.)
        (
            "from the future",
            slack_request(&body, &signed(&body, SIGNING_SECRET, at + MAX_SKEW_SECS + 120)),
            401,
        ),
        (
            "tampered body",
            slack_request(&tampered, &signed(&body, SIGNING_SECRET, at)),
            401,
        ),
        ("no headers", slack_request(&body, &[]), 401),
        (
            "no signature",
            slack_request(&body, &signed(&body, SIGNING_SECRET, at)[..1]),
            401,
        ),
        (
            "another user",
            {
                let other = click_body(&issue_id, SILENCE_1H, &message.ts, "U0EXAMPLE9");
                slack_request(&other, &signed(&other, SIGNING_SECRET, at))
            },
            403,
        ),
    ];
    for (case, request, expected) in &refused {
        let (status, answer) = app.click(request).await;
        assert_eq!(status, *expected, "{case}: {answer}");
        assert!(!answer.to_string().contains(SIGNING_SECRET), "{case}");
        assert_eq!(
            app.issue(&issue_id).await.version,
            version,
            "{case} changed the issue"
        );
    }
    let valid = slack_request(&body, &signed(&body, SIGNING_SECRET, at));
    assert_eq!(app.click(&valid).await.0, 200);
    let issue = app.issue(&issue_id).await;
    assert_eq!(issue.status, IssueStatus::Muted);
    let hour_ms = issue.muted_until.unwrap().millis() - Timestamp::from_secs(at).millis();
    assert!((3_590_000..=3_610_000).contains(&hour_ms), "{hour_ms}");
    // The very same request again, within its five minutes: taken once.
    assert_eq!(app.click(&valid).await.0, 409);
    assert_eq!(app.issue(&issue_id).await.version, issue.version);
}

#[tokio::test(flavor = "multi_thread")]
async fn slack_failures_lose_nothing_and_a_deleted_message_is_posted_again() {
    let app = App::start().await;
    app.slack.fail_next(1);
    app.ingest(&[alarm("queue-depth", "ALARM", "2026-12-02T09:00:00.000+0000")])
        .await;
    assert!(app.slack.messages().is_empty());
    // Kept in the outbox with a backoff (300 ms here), then posted once.
    tokio::time::sleep(Duration::from_millis(400)).await;
    app.drain().await;
    let message = app.only_message();

    // Someone deletes it in Slack; the next change posts the issue again and keeps the new one.
    assert!(app.slack.delete_message(CHANNEL, &message.ts));
    app.ingest(&[alarm("queue-depth", "OK", "2026-12-02T09:05:00.000+0000")])
        .await;
    app.drain().await;
    let posted = app.only_message();
    assert_ne!(posted.ts, message.ts);
    assert_eq!(colour(&posted), "#2eb886");

    // The app removed from the channel: nothing is lost, it waits for a person to fix it.
    app.slack.set_not_in_channel(CHANNEL);
    app.ingest(&[alarm("disk-full", "ALARM", "2026-12-02T09:06:00.000+0000")])
        .await;
    app.drain().await;
    let outbox = app.world.store().outbox("oncall").await.unwrap();
    let pending: Vec<_> = outbox
        .iter()
        .filter(|(_, status, _)| status == "pending")
        .collect();
    assert_eq!(pending.len(), 1, "{outbox:?}");
    assert!(pending[0].2 >= 1, "attempts {}", pending[0].2);
    let errors: Vec<_> = app.slack.calls().into_iter().filter_map(|c| c.error).collect();
    assert!(errors.contains(&"not_in_channel".to_owned()), "{errors:?}");
}

/// A storm of 100 new issues in one channel: every one posted, never two `chat.postMessage`
/// within a second (the stand-in refuses faster ones with 429), across drains.
#[tokio::test(flavor = "multi_thread")]
async fn a_storm_of_100_issues_keeps_one_message_a_second_and_loses_none() {
    let app = App::start().await;
    app.slack.enable_rate_limit(true);
    let alarms: Vec<String> = (0..100)
        .map(|i| alarm(&format!("storm-{i:03}"), "ALARM", "2026-12-02T09:00:00.000+0000"))
        .collect();
    for chunk in alarms.chunks(10) {
        app.ingest(chunk).await;
    }
    // The schedule's drains, each after the channel's next allowed time (a drain that finds
    // the channel busy or not yet due sends nothing).
    let mut drains = 0;
    while app.slack.messages().len() < 100 && drains < 200 {
        tokio::time::sleep(Duration::from_millis(1_000)).await;
        app.master
            .handle(scheduled_drain(), "drain")
            .await
            .expect("drain");
        drains += 1;
    }
    let messages = app.slack.messages();
    assert_eq!(messages.len(), 100, "after {drains} drains");
    let posts: Vec<_> = app
        .slack
        .calls()
        .into_iter()
        .filter(|c| c.method == "chat.postMessage")
        .collect();
    assert!(
        posts.iter().all(|c| c.status == 200),
        "{:?}",
        posts.iter().filter(|c| c.status != 200).collect::<Vec<_>>()
    );
    for pair in posts.windows(2) {
        let gap = pair[1].at.duration_since(pair[0].at);
        assert!(gap >= Duration::from_millis(990), "two posts {gap:?} apart");
    }
    let outbox = app.world.store().outbox("oncall").await.unwrap();
    assert!(outbox.iter().all(|(_, status, _)| status == "sent"));
}
