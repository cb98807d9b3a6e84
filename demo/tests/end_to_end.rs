//! The main job as a test: `examples/local` applied on local AWS, the demo's scenario played
//! twice, and its exact outcome asserted through Slack, the API, the table and the logs.

use std::collections::BTreeMap;

use aws_sdk_dynamodb::types::AttributeValue;
use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use awsmon_demo::scenario::{
    ALARM_NAME, FORWARDED_SECRETS, GUARDDUTY_TITLE, HEALTH_EVENT_CODE, OOM_REASON, PLANTED_SECRET, RDS_TITLE,
    SCALE_IN_REASON, SCALED_IN_SERVICE, SECOND_REGION_ALARM, SFN_TITLE, Scenario,
};
use awsmon_demo::scenario::{GROUPING_WINDOW_SECS, SLACK_USER, now, scheduled_event};
use awsmon_demo::slack::{Living, Message, html_page};
use awsmon_demo::stack::{AGENT_ACCOUNTS, SECOND_REGION, Stack};
use awsmon_domain::Timestamp;
use awsmon_domain::slack::RESOLVE;
use awsmon_tests::{MASTER_ACCOUNT, account_client};
use serde_json::{Value, json};

/// An account that is neither the master nor an agent.
const STRANGER: &str = "444444444444";
const SCENARIO_TYPES: [&str; 7] = [
    "error-log",
    "alarm",
    "ecs-task-failure",
    "lambda-error",
    "security-finding",
    "health-event",
    "custom-event",
];

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

/// The secret planted in a log line and those planted in the AWS events the agents forward.
fn secrets() -> Vec<&'static str> {
    std::iter::once(PLANTED_SECRET).chain(FORWARDED_SECRETS).collect()
}

fn holds_secret(text: &str) -> Option<&'static str> {
    secrets().into_iter().find(|secret| text.contains(secret))
}

async fn assert_secret_nowhere(stack: &Stack, messages: &[Message]) {
    for message in messages {
        assert!(
            holds_secret(&message.0.to_string()).is_none(),
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
                holds_secret(&format!("{item:?}")).is_none(),
                "secret in the table: {item:?}"
            );
        }
        start = page.last_evaluated_key().cloned();
        if start.is_none() {
            break;
        }
    }
    assert!(scanned > 0, "the table is empty");
    // The master's DLQ (what it refused; messages another check received in the last minute
    // are not visible here).
    for (body, reason) in dead_letters(stack).await {
        let text = format!("{body} {reason}");
        assert!(holds_secret(&text).is_none(), "secret in the DLQ: {text}");
    }
    // The API.
    for path in ["/events?type=error-log&limit=500", "/issues"] {
        let body = all_pages(stack, path);
        assert!(
            holds_secret(&Value::from(body).to_string()).is_none(),
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
                    holds_secret(text).is_none(),
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

fn bus_arn_of(stack: &Stack) -> String {
    stack.outputs["bus_arn"]["value"]
        .as_str()
        .expect("bus_arn output")
        .to_owned()
}

/// Every message on the master's DLQ: body and `awsmon-reason` attribute.
async fn dead_letters(stack: &Stack) -> Vec<(Value, String)> {
    let sqs = stack.aws.sqs(MASTER_ACCOUNT);
    let queue = stack.outputs["dead_letter_queue_url"]["value"]
        .as_str()
        .expect("dead_letter_queue_url output");
    let mut found = Vec::new();
    for _ in 0..20 {
        let received = sqs
            .receive_message()
            .queue_url(queue)
            .max_number_of_messages(10)
            .message_attribute_names("All")
            .visibility_timeout(60)
            .send()
            .await
            .expect("receive from the DLQ");
        if received.messages().is_empty() {
            break;
        }
        for message in received.messages() {
            let body = serde_json::from_str(message.body().unwrap_or_default()).unwrap_or(Value::Null);
            let reason = message
                .message_attributes()
                .and_then(|a| a.get("awsmon-reason"))
                .and_then(|v| v.string_value())
                .unwrap_or_default()
                .to_owned();
            found.push((body, reason));
        }
    }
    found
}

/// The issue of `event_type` whose title contains `phrase`.
fn issue_about(stack: &Stack, event_type: &str, phrase: &str) -> Value {
    let found: Vec<Value> = all_pages(stack, "/issues")
        .into_iter()
        .filter(|i| i["event_type"] == event_type && i["title"].as_str().unwrap_or_default().contains(phrase))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "issues of {event_type} about {phrase:?}: {found:#?}"
    );
    found[0].clone()
}

/// Issue 15's acceptance, from the agent accounts' default buses through the agents' rules and
/// functions: a deployment's scale-in is no issue, an out-of-memory kill is one that names its
/// cause, a GuardDuty finding and an AWS Health event arrive, the custom sources read as
/// examples/local configures them; and (issue 18) the alarm raised in the second region is
/// filed under it.
async fn issue_15_sources_arrive_as_configured(stack: &Stack) {
    let [shop, billing] = AGENT_ACCOUNTS;
    let issues = all_pages(stack, "/issues");
    let mentions_scale_in: Vec<&Value> = issues
        .iter()
        .filter(|i| {
            let text = i.to_string();
            text.contains(SCALED_IN_SERVICE) || text.contains("storefront")
        })
        .collect();
    assert!(
        mentions_scale_in.is_empty(),
        "the scale-in made an issue: {mentions_scale_in:#?}"
    );
    // It did reach the master, which judged it (decision row `scheduler`) and let it go.
    let logs = stack.aws.logs(MASTER_ACCOUNT);
    let group = format!("/aws/lambda/{}", stack.function("handle-monitoring-events"));
    let mut ignored = Vec::new();
    let mut token = None;
    loop {
        let page = logs
            .filter_log_events()
            .log_group_name(&group)
            .set_next_token(token)
            .send()
            .await
            .expect("the master's log");
        ignored.extend(
            page.events()
                .iter()
                .filter_map(|e| e.message())
                .filter(|m| m.contains("event ignored") && m.contains(SCALE_IN_REASON))
                .map(str::to_owned),
        );
        token = page.next_token().map(str::to_owned);
        if token.is_none() {
            break;
        }
    }
    assert!(
        !ignored.is_empty() && ignored.iter().all(|m| m.contains("scheduler")),
        "the master's log has no ignored scale-in: {ignored:#?}"
    );

    let oom = issue_about(stack, "ecs-task-failure", "OutOfMemoryError");
    assert_eq!(oom["account_id"], billing, "{oom}");
    assert!(
        oom["title"]
            .as_str()
            .unwrap_or_default()
            .contains(&format!("container renderer: {OOM_REASON}")),
        "the issue names the cause: {oom}"
    );

    let finding = issue_about(stack, "security-finding", GUARDDUTY_TITLE);
    assert_eq!(
        (&finding["account_id"], &finding["region"]),
        (&shop.into(), &"eu-west-1".into()),
        "{finding}"
    );
    assert_eq!(finding["severity"], "medium", "GuardDuty's 5.0: {finding}");
    let health = issue_about(stack, "health-event", HEALTH_EVENT_CODE);
    assert_eq!(health["account_id"], billing, "{health}");
    assert_eq!(health["status"], "open", "{health}");

    let rds = issue_about(stack, "custom-event", RDS_TITLE);
    assert_eq!(rds["account_id"], shop, "{rds}");
    assert_eq!(rds["severity"], "high", "the definition's severity: {rds}");
    assert_eq!(
        rds["resource"],
        format!("arn:aws:rds:eu-west-1:{shop}:db:orders-db"),
        "resource {{detail.SourceArn}}: {rds}"
    );
    let title = rds["title"].as_str().unwrap_or_default();
    assert!(title.starts_with("RDS orders-db: "), "title template: {title}");
    assert!(
        rds["last_context"]
            .to_string()
            .contains("custom source rds-instance"),
        "{rds}"
    );
    let sfn = issue_about(stack, "custom-event", SFN_TITLE);
    assert_eq!(sfn["account_id"], billing, "{sfn}");
    assert_eq!(sfn["severity"], "medium", "the custom-event default: {sfn}");
    assert_eq!(
        sfn["resource"],
        format!("arn:aws:states:eu-west-1:{billing}:stateMachine:invoice-run"),
        "{sfn}"
    );

    let across = issue_about(stack, "alarm", SECOND_REGION_ALARM);
    assert_eq!(
        (&across["account_id"], &across["region"]),
        (&shop.into(), &SECOND_REGION.into()),
        "the second region's alarm is filed under its region: {across}"
    );
}

/// Who operates through the API: the assumed role API Gateway names as the caller once IAM has
/// authorised the SigV4-signed request (`requestContext.identity.userArn`).
const OPERATOR: &str = "arn:aws:sts::111111111111:assumed-role/oncall/EXAMPLE";

/// A request of `OPERATOR` to the deployed api function, as API Gateway hands it on after IAM
/// authorised it: status and JSON body. (The local front stands in for API Gateway without
/// SigV4, so the deployed function is invoked with the event API Gateway would send; that IAM
/// lets the operator's policy in and keeps a reader's out is `provider/tests/iam_policies.rs`.)
async fn as_operator(stack: &Stack, method: &str, path: &str, body: Value) -> (i64, Value) {
    let request_id = format!("operator-{}", now().millis());
    let event = json!({
        "resource": "/{proxy+}",
        "path": path,
        "httpMethod": method,
        "headers": {"content-type": "application/json"},
        "multiValueHeaders": {"content-type": ["application/json"]},
        "pathParameters": {"proxy": path.trim_start_matches('/')},
        "requestContext": {
            "accountId": MASTER_ACCOUNT, "apiId": "local", "resourcePath": "/{proxy+}",
            "httpMethod": method, "path": format!("/v1{path}"), "stage": "v1",
            "requestId": request_id, "protocol": "HTTP/1.1",
            "identity": {"sourceIp": "198.51.100.7", "accountId": MASTER_ACCOUNT,
                         "caller": "AROAEXAMPLEONCALL:EXAMPLE", "userArn": OPERATOR},
        },
        "body": body.to_string(),
        "isBase64Encoded": false,
    });
    let response = stack.invoke("api", &event).await;
    let body = response["body"]
        .as_str()
        .and_then(|b| serde_json::from_str(b).ok())
        .unwrap_or(Value::Null);
    (response["statusCode"].as_i64().unwrap_or_default(), body)
}

/// The outbox's scheduled drain on handle-monitoring-events, `wait_secs` from now.
async fn drain(stack: &Stack, wait_secs: f64) {
    tokio::time::sleep(std::time::Duration::from_secs_f64(wait_secs)).await;
    stack
        .invoke("handle-monitoring-events", &scheduled_event(now()))
        .await;
}

/// The second region's alarm message in #oncall, and the issue its buttons name (none once
/// resolved).
fn second_region_message(stack: &Stack) -> (awsmon_tests::slack_api::Message, Option<String>) {
    let message = stack
        .slack_app
        .messages()
        .into_iter()
        .find(|m| m.attachments.to_string().contains(SECOND_REGION_ALARM))
        .expect("the second region's alarm message in #oncall");
    let issue_id = message.attachments[0]["blocks"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|b| b["type"] == "actions")
        .and_then(|b| b["elements"][0]["value"].as_str())
        .map(str::to_owned);
    (message, issue_id)
}

fn thread_of(message: &awsmon_tests::slack_api::Message) -> Vec<String> {
    message.replies.iter().map(|r| r.text.clone()).collect()
}

/// Issue 17 through the deployed functions, first part: an operator acknowledges the second
/// region's alarm through the API, then silences it for a minute (the API's shortest). The api
/// function changes the issue and is done; the outbox's next drain edits the living message and
/// tells its thread. Returns the issue and the silence's end, checked at the end of the test,
/// once the minute is over (the test runs longer than that meanwhile).
async fn an_operator_acknowledges_and_silences_through_the_api(stack: &Stack) -> (String, Timestamp) {
    let issue_id = second_region_message(stack)
        .1
        .expect("the open issue's buttons name it");
    let (status, issue) = as_operator(stack, "POST", &format!("/issues/{issue_id}/ack"), Value::Null).await;
    assert_eq!(status, 200, "ack: {issue}");
    assert_eq!(
        (&issue["status"], &issue["changed_by"]["caller"]),
        (&json!("acknowledged"), &json!(OPERATOR)),
        "{issue}"
    );
    let (status, issue) = as_operator(
        stack,
        "POST",
        &format!("/issues/{issue_id}/mute"),
        json!({"duration_secs": 60}),
    )
    .await;
    assert_eq!(status, 200, "mute: {issue}");
    let until = Timestamp::parse(issue["muted_until"].as_str().expect("muted_until")).expect("a time");
    drain(stack, 1.1).await;
    let (message, _) = second_region_message(stack);
    assert_eq!(
        thread_of(&message),
        [
            format!(":eyes: Acknowledged by {OPERATOR}"),
            format!(":zzz: Silenced until {until} by {OPERATOR}")
        ],
        "{message:#?}"
    );
    let shown = message.attachments.to_string();
    assert!(shown.contains(&format!("Silenced until {until}")), "{shown}");
    assert_eq!(message.attachments[0]["color"], "#9e9e9e", "{message:#?}");
    (issue_id, until)
}

/// Issue 17 through the deployed functions, the rest: after the silence a recurrence notifies
/// again; a click whose state change lands but whose message update does not (Slack failing
/// the edit, as a process stopped right after the change would leave it) is repaired by the
/// outbox's next attempt, without a second parent message; a resolved issue that recurs reopens,
/// told in the channel too.
async fn after_the_silence_it_notifies_a_lost_edit_is_repaired_and_it_reopens(
    stack: &Stack,
    scenario: &Scenario,
    issue_id: &str,
    until: Timestamp,
) {
    let posted = |stack: &Stack| {
        stack
            .slack_app
            .calls()
            .iter()
            .filter(|c| c.method == "chat.postMessage" && c.body["thread_ts"].is_null())
            .count()
    };
    let parents = posted(stack);
    let started = std::time::Instant::now();
    let wait = until.millis() - now().millis() + 1_000;
    println!(
        "[e2e] the silence ends at {until}: {} s to wait",
        wait.max(0) / 1000
    );
    if wait > 0 {
        tokio::time::sleep(std::time::Duration::from_millis(wait as u64)).await;
    }
    let (before, _) = second_region_message(stack);
    scenario.second_region_alarm_again(stack, now()).await;
    stack.settle(std::time::Duration::from_secs(60)).await;
    drain(stack, GROUPING_WINDOW_SECS as f64 + 1.0).await;
    let (message, _) = second_region_message(stack);
    let thread = thread_of(&message);
    assert_eq!(thread.len(), before.replies.len() + 1, "{message:#?}");
    assert!(
        thread
            .last()
            .is_some_and(|t| t.starts_with(":repeat: Still happening: 2 times")),
        "{thread:#?}"
    );
    let shown = message.attachments.to_string();
    assert!(!shown.contains("Silenced until"), "{shown}");
    let (_, issue) = stack.api("GET", &format!("/issues/{issue_id}"));
    assert_eq!(
        (&issue["status"], &issue["count"]),
        (&json!("open"), &json!(2)),
        "{issue}"
    );

    // The click's change is stored, its edit of the message fails: nothing shows it yet.
    stack.slack_app.fail_next(1);
    let (status, answer) = stack.click(RESOLVE, issue_id, &message.ts, SLACK_USER);
    assert_eq!((status, &answer["text"]), (200, &json!("done")), "{answer}");
    let (_, issue) = stack.api("GET", &format!("/issues/{issue_id}"));
    assert_eq!(issue["status"], "resolved", "{issue}");
    let (stale, _) = second_region_message(stack);
    assert_eq!(
        stale.attachments, message.attachments,
        "the failed edit changed the message"
    );
    // The next attempt (the outbox's drain) repairs it: edited green, the thread told once.
    drain(stack, 1.1).await;
    let (message, _) = second_region_message(stack);
    assert_eq!(message.attachments[0]["color"], "#2eb886", "{message:#?}");
    let thread = thread_of(&message);
    assert_eq!(
        thread
            .iter()
            .filter(|t| t.starts_with(":white_check_mark: Resolved"))
            .count(),
        1,
        "{thread:#?}"
    );
    assert_eq!(
        thread.last().map(String::as_str),
        Some(":white_check_mark: Resolved by slack:U0EXAMPLE1 (dana)")
    );

    // It happens again: reopened, red, the reply also in the channel, the same message.
    scenario.second_region_alarm_again(stack, now()).await;
    stack.settle(std::time::Duration::from_secs(60)).await;
    drain(stack, GROUPING_WINDOW_SECS as f64 + 1.0).await;
    let (message, _) = second_region_message(stack);
    let last = message.replies.last().expect("a reply");
    assert!(
        last.text.starts_with(":rotating_light: Reopened"),
        "{}",
        last.text
    );
    assert!(last.broadcast, "{last:#?}");
    assert!(
        message.attachments.to_string().contains("*Reopened*"),
        "{message:#?}"
    );
    let (_, issue) = stack.api("GET", &format!("/issues/{issue_id}"));
    assert_eq!(
        (&issue["status"], &issue["regressions"]),
        (&json!("open"), &json!(1)),
        "{issue}"
    );
    // One message per issue throughout: no parent message was posted again.
    assert_eq!(posted(stack), parents);
    assert_eq!(stack.slack_app.messages().len(), 2);
    println!(
        "[e2e] after the silence: notified, repaired and reopened in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

async fn forged_events_are_refused_and_nothing_is_stored(stack: &Stack) {
    let [victim, forger] = AGENT_ACCOUNTS;
    let bus_arn = stack.outputs["bus_arn"]["value"]
        .as_str()
        .expect("bus_arn output");
    let agent_path = format!("/agents/{victim}%2Feu-west-1");
    let (_, victim_before) = stack.api("GET", &agent_path);
    let events_before = all_pages(stack, "/events?limit=500");
    let issues_before = all_pages(stack, "/issues");
    let now = awsmon_demo::scenario::now();
    let heartbeat = |account: &str, started_at: String, id: &str| {
        serde_json::json!({
            "schema_version": 1, "id": id,
            "agent": {"account_id": account, "region": "eu-west-1", "agent_version": "0.1.0"},
            "started_at": started_at, "duration_ms": 10, "schedule_period_secs": 60,
            "config_hash": "forged", "log_groups_watched": 0, "queries": 0, "lines_matched": 0,
            "events_published": 0, "covered_ms": 0, "failed_chunks": 0, "errors": []
        })
    };
    let forged = [
        (
            "awsmon.heartbeat",
            heartbeat(victim, now.to_rfc3339(), "hb-f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0"),
        ),
        (
            "awsmon.deployment",
            serde_json::json!({
                "schema_version": 1, "id": "dep-f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0",
                "agent": {"account_id": victim, "region": "eu-west-1", "agent_version": "0.1.0"},
                "action": "removed", "config_hash": "forged", "schedule_period_secs": 60,
                "at": now.to_rfc3339()
            }),
        ),
        (
            "awsmon.heartbeat",
            heartbeat(forger, "9999-12-31T23:59:59.000Z".into(), "hb-9999"),
        ),
    ];
    let entries: Vec<PutEventsRequestEntry> = forged
        .iter()
        .map(|(detail_type, detail)| {
            PutEventsRequestEntry::builder()
                .event_bus_name(bus_arn)
                .source("awsmon.agent")
                .detail_type(*detail_type)
                .detail(detail.to_string())
                .build()
        })
        .collect();
    // As the forger's agent function: the one role there the bus policy lets put awsmon events.
    let agent_role = format!("arn:aws:iam::{forger}:role/awsmon-agent-function-eu-west-1");
    let as_agent = stack.aws.eventbridge_as_role(&agent_role);
    let put = as_agent
        .put_events()
        .set_entries(Some(entries))
        .send()
        .await
        .expect("the forger's agent role may put awsmon events on the bus");
    assert_eq!(put.failed_entry_count(), 0, "{put:?}");
    stack.settle(std::time::Duration::from_secs(60)).await;

    let refused = dead_letters(stack).await;
    let reasons: Vec<&str> = refused
        .iter()
        .filter(|(body, _)| body["account"] == forger && body["source"] == "awsmon.agent")
        .map(|(_, reason)| reason.as_str())
        .collect();
    assert_eq!(reasons.len(), 3, "{refused:#?}");
    assert_eq!(
        reasons
            .iter()
            .filter(|r| r.contains("not the envelope's account"))
            .count(),
        2,
        "{reasons:#?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("detail.started_at is after the envelope's time")),
        "{reasons:#?}"
    );
    // Nothing stored: no event, no issue, the victim's agent as it was, the forger not dated 9999.
    assert_eq!(
        all_pages(stack, "/events?limit=500").len(),
        events_before.len(),
        "a forged event was stored"
    );
    assert_eq!(all_pages(stack, "/issues"), issues_before);
    let (_, victim_after) = stack.api("GET", &agent_path);
    for field in [
        "status",
        "last_heartbeat",
        "agent_version",
        "config_hash",
        "schedule_period_secs",
    ] {
        assert_eq!(
            victim_after[field], victim_before[field],
            "the forger changed the victim's agent: {victim_after}"
        );
    }
    let (_, forger_agent) = stack.api("GET", &format!("/agents/{forger}%2Feu-west-1"));
    assert!(
        !forger_agent.to_string().contains("9999"),
        "a heartbeat dated 9999 reached the registry: {forger_agent}"
    );
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
    // Issue 17: an operator acknowledges and silences the second region's alarm (for a minute,
    // which the rest of the test outlasts; its expiry is checked at the end).
    let started = std::time::Instant::now();
    let (silenced_issue, silenced_until) =
        an_operator_acknowledges_and_silences_through_the_api(&stack).await;
    println!(
        "[e2e] an operator acknowledged and silenced {SECOND_REGION_ALARM} through the API in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    // INFO lines are never reported.
    let events = all_pages(&stack, "/events?type=error-log&limit=500");
    assert!(!events.is_empty());
    for event in &events {
        let text = event.to_string();
        assert!(!text.contains("INFO"), "an INFO line was reported: {event}");
    }

    // The alarms (routed to the Slack app's channel): exactly one message each, although the
    // first fired twice and was redelivered; none through the webhook.
    let messages = stack.slack.messages().await;
    let about_alarm = notifications(&messages)
        .into_iter()
        .filter(|m| m.text().contains(ALARM_NAME) || m.text().contains(SECOND_REGION_ALARM))
        .count();
    assert_eq!(about_alarm, 0, "webhook messages about the alarms: {messages:#?}");
    let channel = stack.slack_app.messages();
    assert_eq!(channel.len(), 2, "#oncall: {channel:#?}");
    for alarm in [ALARM_NAME, SECOND_REGION_ALARM] {
        let about = channel
            .iter()
            .filter(|m| m.attachments.to_string().contains(alarm))
            .count();
        assert_eq!(about, 1, "#oncall messages about {alarm}: {channel:#?}");
    }
    for phrase in [
        "payments",
        "nightly-export",
        OOM_REASON,
        GUARDDUTY_TITLE,
        HEALTH_EVENT_CODE,
        RDS_TITLE,
        SFN_TITLE,
    ] {
        let about = notifications(&messages)
            .into_iter()
            .filter(|m| m.text().contains(phrase))
            .count();
        assert_eq!(about, 1, "messages about {phrase}: {messages:#?}");
    }

    // The three agents registered (the first account's two regions apart), with a heartbeat.
    let agents = all_pages(&stack, "/agents");
    assert_eq!(agents.len(), 3, "{agents:#?}");
    let second = format!("{}/{SECOND_REGION}", AGENT_ACCOUNTS[0]);
    assert!(
        agents.iter().any(|a| a["agent_id"] == second.as_str()),
        "{agents:#?}"
    );
    // The second region's errors reached the master bus in the first region, under their region.
    let across = all_pages(&stack, "/issues")
        .into_iter()
        .find(|i| {
            i["title"]
                .as_str()
                .unwrap_or_default()
                .contains("card issuer declined")
        })
        .expect("the second region's issue");
    assert_eq!(
        (&across["account_id"], &across["region"]),
        (&AGENT_ACCOUNTS[0].into(), &SECOND_REGION.into()),
        "{across}"
    );
    issue_15_sources_arrive_as_configured(&stack).await;
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
    // In Slack, on-call acknowledges the alarm's message with its button (signed as Slack
    // signs, through the API's /slack/interactions route), then the alarm recovers: one
    // message, edited in place each time, the thread telling what happened, green at the end.
    scenario.slack_buttons(&stack, &say).await;
    let channel = stack.slack_app.messages();
    assert_eq!(channel.len(), 2, "#oncall: {channel:#?}");
    let living = channel
        .iter()
        .find(|m| m.attachments.to_string().contains(ALARM_NAME))
        .expect("the alarm's living message");
    assert_eq!(living.attachments[0]["color"], "#2eb886", "{living:#?}");
    let thread: Vec<&str> = living.replies.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        thread,
        [
            ":eyes: Acknowledged by slack:U0EXAMPLE1 (dana)",
            ":white_check_mark: Resolved"
        ],
        "{living:#?}"
    );
    // Edited on the click, when the outbox told the thread, and when the alarm resolved it.
    assert!(living.history.len() >= 3, "{living:#?}");
    let alarm_issue = all_pages(&stack, "/issues")
        .into_iter()
        .find(|i| i["event_type"] == "alarm" && i["title"].as_str().unwrap_or_default().contains(ALARM_NAME))
        .expect("the alarm's issue");
    assert_eq!(alarm_issue["status"], "resolved", "{alarm_issue}");
    assert_eq!(
        alarm_issue["slack_messages"][0]["ts"],
        living.ts.as_str(),
        "{alarm_issue}"
    );
    // The alarm resolved it, not a person: the acknowledgement's caller no longer stands.
    assert!(alarm_issue["changed_by"].is_null(), "{alarm_issue}");
    // Slack's route is no longer the api function's: there it is a path like any other.
    let on_api = ureq::post(&stack.aws.http_url(
        MASTER_ACCOUNT,
        &stack.function("api"),
        "/slack/interactions",
    ))
    .send_string("payload=%7B%7D");
    assert!(matches!(on_api, Err(ureq::Error::Status(404, _))), "{on_api:?}");
    // A forged click (wrong signature) changes nothing.
    let url = stack.aws.http_url(
        MASTER_ACCOUNT,
        &stack.function("slack-interactions"),
        "/slack/interactions",
    );
    let forged = ureq::post(&url)
        .set(
            "x-slack-request-timestamp",
            &awsmon_demo::scenario::now().secs().to_string(),
        )
        .set(
            "x-slack-signature",
            "v0=0000000000000000000000000000000000000000000000000000000000000000",
        )
        .send_string("payload=%7B%7D");
    assert!(matches!(forged, Err(ureq::Error::Status(401, _))), "{forged:?}");

    let messages = stack.slack.messages().await;

    assert_secret_nowhere(&stack, &messages).await;

    // The HTML page is valid and carries every message, the channel's with its thread.
    let living: Vec<Living> = channel.iter().map(Living::of).collect();
    let page = html_page("awsmon e2e", &messages, &living);
    let document = scraper::Html::parse_document(&page);
    assert!(document.errors.is_empty(), "invalid HTML: {:?}", document.errors);
    let page_text: String = document
        .root_element()
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let threads = living
        .iter()
        .flat_map(|l| std::iter::once(&l.current).chain(&l.replies));
    for message in messages.iter().chain(threads) {
        for line in message.text().lines().filter(|l| !l.trim().is_empty()) {
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            let line = line.split(" (http").next().unwrap_or_default();
            // A still-open issue's buttons: `[Acknowledge] [Resolve] …` in text, <button>s on the page.
            let line = if line.starts_with('[') && line.ends_with(']') {
                line.replace(['[', ']'], "")
            } else {
                line.to_owned()
            };
            assert!(page_text.contains(&line), "the page lacks {line:?}");
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

    // Issue 14: the second agent account forges events for the first (and one dated 9999 for
    // itself): the master refuses them with their reason, to the DLQ, and stores nothing.
    forged_events_are_refused_and_nothing_is_stored(&stack).await;

    // Issue 14: the bus lets in only awsmon's roles of member accounts, with awsmon's events.
    let [member, _] = AGENT_ACCOUNTS;
    let other_role = stack
        .aws
        .eventbridge_as_role(&format!("arn:aws:iam::{member}:role/app-EXAMPLE"));
    let agent_role = stack.aws.eventbridge_as_role(&format!(
        "arn:aws:iam::{member}:role/awsmon-agent-function-eu-west-1"
    ));
    let entry = |source: &str, detail_type: &str| {
        PutEventsRequestEntry::builder()
            .event_bus_name(bus_arn_of(&stack))
            .source(source)
            .detail_type(detail_type)
            .detail("{}")
            .build()
    };
    for (client, source, detail_type, who) in [
        (
            &other_role,
            "awsmon.agent",
            "awsmon.heartbeat",
            "another role of a member account",
        ),
        (
            &agent_role,
            "awsmon.agent",
            "Something Else",
            "a detail-type awsmon does not send",
        ),
        (
            &agent_role,
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            "the agent role forging an AWS source",
        ),
        (
            &agent_role,
            "app.orders",
            "awsmon.heartbeat",
            "a source awsmon does not read",
        ),
    ] {
        let refused = client
            .put_events()
            .entries(entry(source, detail_type))
            .send()
            .await;
        let error = refused.expect_err(who);
        assert!(format!("{error:?}").contains("AccessDenied"), "{who}: {error:?}");
    }

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

    after_the_silence_it_notifies_a_lost_edit_is_repaired_and_it_reopens(
        &stack,
        &scenario,
        &silenced_issue,
        silenced_until,
    )
    .await;

    let left = stack.down(&Scenario::log_groups());
    assert!(left.is_empty(), "destroy left: {left:#?}");
}
