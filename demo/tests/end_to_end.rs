//! The main job as a test: `examples/local` applied on local AWS, the demo's scenario played
//! twice, and its exact outcome asserted through Slack, the API, the table and the logs.

use std::collections::BTreeMap;

use aws_sdk_dynamodb::types::AttributeValue;
use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use awsmon_demo::scenario::{ALARM_NAME, PLANTED_SECRET, Scenario};
use awsmon_demo::slack::{Message, html_page};
use awsmon_demo::stack::{AGENT_ACCOUNTS, Stack};
use awsmon_tests::{MASTER_ACCOUNT, account_client};
use serde_json::Value;

/// An account that is neither the master nor an agent.
const STRANGER: &str = "444444444444";
const SCENARIO_TYPES: [&str; 4] = ["error-log", "alarm", "ecs-task-failure", "lambda-error"];

fn items(body: &Value) -> Vec<Value> {
    body["items"].as_array().cloned().unwrap_or_default()
}

/// Every page of a list route.
fn all_pages(stack: &Stack, path: &str) -> Vec<Value> {
    let mut found = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let separator = if path.contains('?') { '&' } else { '?' };
        let url = match &cursor {
            Some(c) => format!("{path}{separator}cursor={c}"),
            None => path.to_owned(),
        };
        let (status, body) = stack.api("GET", &url);
        assert_eq!(status, 200, "GET {url}: {body}");
        found.extend(items(&body));
        match body["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return found,
        }
    }
}

/// The scenario's issues by (account, type, phrase) -> occurrences.
fn scenario_issues(stack: &Stack) -> BTreeMap<(String, String, String), u64> {
    let issues: Vec<Value> = all_pages(stack, "/issues")
        .into_iter()
        .filter(|i| SCENARIO_TYPES.contains(&i["event_type"].as_str().unwrap_or_default()))
        .collect();
    let mut found = BTreeMap::new();
    for issue in &issues {
        let title = issue["title"].as_str().unwrap_or_default();
        let expected: Vec<_> = Scenario::expected_issues()
            .into_iter()
            .filter(|e| title.contains(e.phrase) && issue["event_type"] == e.event_type)
            .collect();
        assert_eq!(
            expected.len(),
            1,
            "an issue no injected fingerprint explains: {issue}"
        );
        let key = (
            issue["account_id"].as_str().unwrap_or_default().to_owned(),
            expected[0].event_type.to_owned(),
            expected[0].phrase.to_owned(),
        );
        let previous = found.insert(key, issue["count"].as_u64().unwrap_or(0));
        assert!(previous.is_none(), "two issues for one fingerprint: {issue}");
    }
    found
}

fn notifications(messages: &[Message]) -> Vec<&Message> {
    messages.iter().filter(|m| !m.is_report()).collect()
}

async fn assert_secret_nowhere(stack: &Stack, messages: &[Message]) {
    for message in messages {
        assert!(
            !message.0.to_string().contains(PLANTED_SECRET),
            "secret in Slack: {}",
            message.0
        );
    }
    // The table, every item (a scan is fine in a test: the runtime never scans).
    let dynamodb = account_client!(aws_sdk_dynamodb, stack.aws, MASTER_ACCOUNT);
    let table = stack.outputs["table_name"]["value"]
        .as_str()
        .expect("table_name output");
    let mut start = None;
    let mut scanned = 0;
    loop {
        let page = dynamodb
            .scan()
            .table_name(table)
            .set_exclusive_start_key(start)
            .send()
            .await
            .expect("scan");
        for item in page.items() {
            scanned += 1;
            assert!(
                !format!("{item:?}").contains(PLANTED_SECRET),
                "secret in the table: {item:?}"
            );
        }
        start = page.last_evaluated_key().cloned();
        if start.is_none() {
            break;
        }
    }
    assert!(scanned > 0, "the table is empty");
    // The API.
    for path in ["/events?type=error-log&limit=500", "/issues"] {
        let body = all_pages(stack, path);
        assert!(
            !Value::from(body).to_string().contains(PLANTED_SECRET),
            "secret in GET {path}"
        );
    }
    // awsmon's own logs, in every account.
    for account in [MASTER_ACCOUNT, AGENT_ACCOUNTS[0], AGENT_ACCOUNTS[1]] {
        let logs = stack.aws.logs(account);
        let groups = logs
            .describe_log_groups()
            .log_group_name_prefix("/aws/lambda/awsmon")
            .send()
            .await
            .expect("log groups");
        let names: Vec<String> = groups
            .log_groups()
            .iter()
            .filter_map(|g| g.log_group_name().map(str::to_owned))
            .collect();
        assert!(!names.is_empty(), "no awsmon log group in {account}");
        for name in names {
            let events = logs
                .filter_log_events()
                .log_group_name(&name)
                .send()
                .await
                .expect("log events");
            for event in events.events() {
                let text = event.message().unwrap_or_default();
                assert!(
                    !text.contains(PLANTED_SECRET),
                    "secret in {name} of {account}: {text}"
                );
            }
        }
    }
}

/// Notifications still pending in the outbox of the `default` webhook.
async fn pending_notifications(stack: &Stack) -> Vec<Value> {
    let dynamodb = account_client!(aws_sdk_dynamodb, stack.aws, MASTER_ACCOUNT);
    let table = stack.outputs["table_name"]["value"]
        .as_str()
        .expect("table_name output");
    let outbox = dynamodb
        .query()
        .table_name(table)
        .key_condition_expression("pk = :pk")
        .expression_attribute_values(":pk", AttributeValue::S("OUTBOX#default".into()))
        .send()
        .await
        .expect("outbox query");
    outbox
        .items()
        .iter()
        .filter(|item| {
            item.get("status")
                .and_then(|s| s.as_s().ok())
                .is_some_and(|s| s == "pending")
        })
        .filter_map(|item| item.get("body").and_then(|b| b.as_s().ok()))
        .map(|body| serde_json::from_str(body).expect("notification JSON"))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_main_job_finds_groups_notifies_reports_and_stays_idempotent() {
    let say = |step: &str| println!("[e2e] {step}");
    let stack = Stack::up(&say).await;
    let (code, plan) = stack.terraform.plan_exit_code();
    assert_eq!(code, 0, "plan right after apply:\n{plan}");
    let scenario = Scenario::starting_now().await;
    scenario.play(&stack, &say).await;

    // One issue per injected fingerprint, with its occurrences; nothing else.
    let issues = scenario_issues(&stack);
    let expected: BTreeMap<_, _> = Scenario::expected_issues()
        .into_iter()
        .map(|e| {
            (
                (e.account.to_owned(), e.event_type.to_owned(), e.phrase.to_owned()),
                e.count,
            )
        })
        .collect();
    assert_eq!(issues, expected);

    // INFO lines are never reported.
    let events = all_pages(&stack, "/events?type=error-log&limit=500");
    assert!(!events.is_empty());
    for event in &events {
        let text = event.to_string();
        assert!(!text.contains("INFO"), "an INFO line was reported: {event}");
    }

    // The alarm: exactly one real-time message, although it fired twice and was redelivered.
    let messages = stack.slack.messages().await;
    let about_alarm = notifications(&messages)
        .into_iter()
        .filter(|m| m.text().contains(ALARM_NAME))
        .count();
    assert_eq!(about_alarm, 1, "messages about the alarm: {messages:#?}");
    for phrase in ["payments", "nightly-export"] {
        let about = notifications(&messages)
            .into_iter()
            .filter(|m| m.text().contains(phrase))
            .count();
        assert_eq!(about, 1, "messages about {phrase}: {messages:#?}");
    }

    // Both agents registered, with a heartbeat.
    let agents = all_pages(&stack, "/agents");
    assert_eq!(agents.len(), 2, "{agents:#?}");
    for agent in &agents {
        assert!(agent["last_heartbeat"].is_string(), "{agent}");
        assert_eq!(agent["status"], "healthy", "{agent}");
    }

    // The daily report counts exactly what was injected.
    let summary = scenario.daily_report(&stack).await;
    let (status, report) = stack.api("GET", &format!("/reports/daily/{}", scenario.report_day()));
    assert_eq!(status, 200, "{report}");
    let events: u64 = Scenario::expected_issues().iter().map(|e| e.events).sum();
    let occurrences: u64 = Scenario::expected_issues().iter().map(|e| e.count).sum();
    assert_eq!(summary["events"], events, "{summary}");
    assert_eq!(
        (&report["events"], &report["occurrences"]),
        (&events.into(), &occurrences.into()),
        "{report}"
    );
    for (event_type, count) in Scenario::expected_events_by_type() {
        assert_eq!(report["by_type"][event_type], count, "{event_type}: {report}");
    }
    assert_eq!(
        report["new_issues"],
        Scenario::expected_issues().len(),
        "{report}"
    );

    // The second agent (1-minute schedule) stops sending heartbeats: silent four minutes later.
    scenario.check_agents_later(&stack).await;
    let silent_id = format!("{}%2Feu-west-1", AGENT_ACCOUNTS[1]);
    let (_, silent) = stack.api("GET", &format!("/agents/{silent_id}"));
    assert_eq!(silent["status"], "silent", "{silent}");
    let (_, healthy) = stack.api("GET", &format!("/agents/{}%2Feu-west-1", AGENT_ACCOUNTS[0]));
    assert_eq!(healthy["status"], "healthy", "{healthy}");
    // ... and it is an issue of its own (its notification is due once that moment comes).
    let silent_issues: Vec<Value> = all_pages(&stack, "/issues")
        .into_iter()
        .filter(|i| i["event_type"] == "agent-silent")
        .collect();
    assert_eq!(silent_issues.len(), 1, "{silent_issues:#?}");
    assert_eq!(
        silent_issues[0]["account_id"], AGENT_ACCOUNTS[1],
        "{silent_issues:#?}"
    );
    // Its notification waits in the outbox until the grouping window after that moment.
    let pending = pending_notifications(&stack).await;
    assert_eq!(pending.len(), 1, "{pending:#?}");
    assert_eq!(
        (&pending[0]["event_type"], &pending[0]["account_id"]),
        (&"agent-silent".into(), &AGENT_ACCOUNTS[1].into()),
        "{pending:#?}"
    );
    let messages = stack.slack.messages().await;

    assert_secret_nowhere(&stack, &messages).await;

    // The HTML page is valid and carries every message.
    let page = html_page("awsmon e2e", &messages);
    let document = scraper::Html::parse_document(&page);
    assert!(document.errors.is_empty(), "invalid HTML: {:?}", document.errors);
    let page_text: String = document
        .root_element()
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for message in &messages {
        for line in message.text().lines().filter(|l| !l.trim().is_empty()) {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            let line = line.split(" (http").next().unwrap_or_default();
            assert!(page_text.contains(line), "the page lacks {line:?}");
        }
    }

    // The same facts again: nothing new, and Terraform still sees no change.
    let notified_before = notifications(&messages).len();
    scenario.play(&stack, &say).await;
    assert_eq!(
        scenario_issues(&stack),
        expected,
        "a second play changed the issues"
    );
    // The only news is that the silent agent ran again: its issue is resolved, once.
    let messages = stack.slack.messages().await;
    let news: Vec<String> = notifications(&messages)[notified_before..]
        .iter()
        .map(|m| m.text())
        .collect();
    assert_eq!(news.len(), 1, "a second play notified: {news:#?}");
    assert!(
        news[0].contains(&format!("Agent {}/eu-west-1 is heard again", AGENT_ACCOUNTS[1])),
        "{news:#?}"
    );
    let (code, plan) = stack.terraform.plan_exit_code();
    assert_eq!(code, 0, "plan after the scenario:\n{plan}");

    // An account the master does not let in cannot write to its bus.
    let bus_arn = stack.outputs["bus_arn"]["value"]
        .as_str()
        .expect("bus_arn output");
    let denied = stack
        .aws
        .eventbridge(STRANGER)
        .put_events()
        .entries(
            PutEventsRequestEntry::builder()
                .event_bus_name(bus_arn)
                .source("awsmon.agent")
                .detail_type("awsmon.heartbeat")
                .detail("{}")
                .build(),
        )
        .send()
        .await;
    let error = denied.expect_err("an account outside agent_account_ids must be refused");
    assert!(format!("{error:?}").contains("AccessDenied"), "{error:?}");

    let left = stack.down(&Scenario::log_groups());
    assert!(left.is_empty(), "destroy left: {left:#?}");
}
