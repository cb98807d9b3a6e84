//! modules/agent on local AWS, across two accounts: it deploys the agent, and the default-bus
//! rules it makes (`modules/agent/forwarded-events.json`) forward exactly the events the master
//! judges (alarms to ALARM and back to OK, every stopped ECS task, Lambda on-failure records,
//! GuardDuty findings, AWS Health events) through the agent function, which redacts each and
//! puts it on the master bus as one `awsmon.forwarded` event (issue 14 item 2).

use std::time::{Duration, Instant};

use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use awsmon_tests::{AGENT_ACCOUNT, LocalAws, MASTER_ACCOUNT, Terraform};
use serde_json::{Value, json};

fn aws_event(source: &str, detail_type: &str, detail: Value) -> PutEventsRequestEntry {
    PutEventsRequestEntry::builder()
        .source(source)
        .detail_type(detail_type)
        .detail(detail.to_string())
        .build()
}

/// An AWS event the agent function forwarded.
fn is_forwarded(body: &Value) -> bool {
    body["source"] == "awsmon.agent" && body["detail-type"] == "awsmon.forwarded"
}

async fn receive_page(aws: &LocalAws, account: &str, queue: &str) -> Vec<Value> {
    let page = aws
        .sqs(account)
        .receive_message()
        .queue_url(queue)
        .max_number_of_messages(10)
        .send()
        .await
        .expect("receive");
    page.messages
        .unwrap_or_default()
        .into_iter()
        .map(|m| serde_json::from_str(m.body.as_deref().unwrap_or("null")).expect("message JSON"))
        .collect()
}

/// Every message of `queue` until `expected` of them pass `counts`, and then whatever arrives in
/// another half second (the time for a wrongly sent one to show).
async fn received(
    aws: &LocalAws,
    account: &str,
    queue: &str,
    expected: usize,
    counts: fn(&Value) -> bool,
) -> Vec<Value> {
    let mut bodies: Vec<Value> = Vec::new();
    // The agent function starts cold on the first event.
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        bodies.extend(receive_page(aws, account, queue).await);
        if bodies.iter().filter(|b| counts(b)).count() >= expected {
            tokio::time::sleep(Duration::from_millis(500)).await;
            bodies.extend(receive_page(aws, account, queue).await);
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bodies
}

#[tokio::test(flavor = "multi_thread")]
async fn the_agent_module_deploys_the_agent_and_forwards_aws_failure_events_to_the_master() {
    // With the roles' IAM policies evaluated: the function, and Lambda acting with its role,
    // can do only what the module grants.
    let aws = LocalAws::start_with_iam();
    let before = aws.inventory();
    let terraform = Terraform::new("agent-module").var("endpoint", &aws.endpoint);
    terraform.init();
    terraform.apply();
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "plan after apply:\n{plan}");
    let outputs = terraform.outputs();
    assert_eq!(outputs["agent_id"]["value"], format!("{AGENT_ACCOUNT}/eu-west-1"));
    let rules = outputs["forwarding_rule_arns"]["value"]
        .as_object()
        .expect("rules")
        .clone();
    assert_eq!(
        rules.len(),
        6,
        "five native rules and the fixture's custom source: {rules:?}"
    );
    assert!(rules.contains_key("custom-rds-instance"), "{rules:?}");

    // What AWS itself would put on the agent account's default bus.
    let forwarded = [
        aws_event(
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            json!({"alarmName": "orders-5xx", "state": {"value": "ALARM"}, "previousState": {"value": "OK"}}),
        ),
        // Back to OK: resolves the issue.
        aws_event(
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            json!({"alarmName": "orders-5xx", "state": {"value": "OK"}, "previousState": {"value": "ALARM"}}),
        ),
        aws_event(
            "aws.ecs",
            "ECS Task State Change",
            json!({"lastStatus": "STOPPED", "stopCode": "EssentialContainerExited", "taskArn": "arn:aws:ecs:eu-west-1:222222222222:task/c/1"}),
        ),
        // Every stop is forwarded: the master tells a user's StopTask from a failure.
        aws_event(
            "aws.ecs",
            "ECS Task State Change",
            json!({"lastStatus": "STOPPED", "stopCode": "UserInitiated"}),
        ),
        aws_event(
            "lambda",
            "Lambda Function Invocation Result - Failure",
            json!({"requestContext": {"functionArn": "arn:aws:lambda:eu-west-1:222222222222:function:orders"}}),
        ),
        aws_event(
            "aws.guardduty",
            "GuardDuty Finding",
            json!({"id": "f-1", "severity": 8.0}),
        ),
        aws_event(
            "aws.health",
            "AWS Health Event",
            json!({"eventArn": "arn:aws:health:eu-west-1::event/EC2/x/1", "statusCode": "open"}),
        ),
        // The fixture's custom source (custom_event_sources): its own pattern, its own rule.
        aws_event(
            "aws.rds",
            "RDS DB Instance Event",
            json!({"EventCategories": ["failure"], "SourceIdentifier": "orders-db", "EventID": "RDS-EVENT-0031"}),
        ),
    ];
    let ignored = [
        aws_event(
            "aws.cloudwatch",
            "CloudWatch Alarm State Change",
            json!({"alarmName": "orders-5xx", "state": {"value": "INSUFFICIENT_DATA"}}),
        ),
        aws_event(
            "aws.ecs",
            "ECS Task State Change",
            json!({"lastStatus": "RUNNING"}),
        ),
        aws_event(
            "lambda",
            "Lambda Function Invocation Result - Success",
            json!({"requestContext": {"condition": "Success"}}),
        ),
        // Not in the custom pattern's categories.
        aws_event(
            "aws.rds",
            "RDS DB Instance Event",
            json!({"EventCategories": ["backup"], "SourceIdentifier": "orders-db", "EventID": "RDS-EVENT-0001"}),
        ),
    ];
    let events = aws.eventbridge(AGENT_ACCOUNT);
    let put = events
        .put_events()
        .set_entries(Some(forwarded.to_vec()))
        .send()
        .await
        .expect("put forwarded");
    let ids: Vec<String> = put
        .entries
        .unwrap_or_default()
        .into_iter()
        .filter_map(|e| e.event_id)
        .collect();
    events
        .put_events()
        .set_entries(Some(ignored.to_vec()))
        .send()
        .await
        .expect("put ignored");

    let queue = outputs["received_queue_url"]["value"]
        .as_str()
        .expect("queue url");
    let all = received(&aws, MASTER_ACCOUNT, queue, forwarded.len(), is_forwarded).await;
    assert!(
        all.iter().all(|b| b["source"] == "awsmon.agent"),
        "no AWS event reaches the master bus unwrapped: {all:#?}"
    );
    let bodies: Vec<Value> = all.into_iter().filter(is_forwarded).collect();
    let mut got: Vec<String> = bodies
        .iter()
        .map(|b| b["detail"]["event"]["id"].as_str().unwrap_or_default().to_owned())
        .collect();
    got.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(
        got, want,
        "exactly the failure events arrive, once each, wrapped with their ids: {bodies:#?}"
    );
    assert!(
        bodies
            .iter()
            .all(|b| b["account"] == AGENT_ACCOUNT && b["detail"]["event"]["account"] == AGENT_ACCOUNT),
        "they name the account they came from"
    );
    let undelivered = outputs["undelivered_queue_arn"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(undelivered.ends_with(":awsmon-agent-undelivered"), "{outputs}");
    let schedule_targets = events
        .list_targets_by_rule()
        .rule("awsmon-agent-schedule")
        .send()
        .await
        .expect("schedule targets")
        .targets
        .unwrap_or_default();
    assert!(
        schedule_targets
            .iter()
            .all(|t| t.dead_letter_config().and_then(|d| d.arn()) == Some(undelivered))
            && !schedule_targets.is_empty(),
        "the schedule's undeliverable events are kept too: {schedule_targets:?}"
    );

    a_forward_the_master_bus_refuses_is_kept_in_the_undelivered_queue(&aws).await;

    terraform.destroy();
    assert_eq!(aws.inventory(), before, "destroy left something behind");
}

/// The master bus stops admitting the agent account: the function fails, Lambda retries it twice,
/// and the event is then kept in the agent account's undelivered queue, not lost.
async fn a_forward_the_master_bus_refuses_is_kept_in_the_undelivered_queue(aws: &LocalAws) {
    let master = aws.eventbridge(MASTER_ACCOUNT);
    let statement = format!("agent-{AGENT_ACCOUNT}");
    master
        .remove_permission()
        .event_bus_name("awsmon")
        .statement_id(&statement)
        .send()
        .await
        .expect("remove the bus permission");
    let alarm = aws_event(
        "aws.cloudwatch",
        "CloudWatch Alarm State Change",
        json!({"alarmName": "orders-latency", "state": {"value": "ALARM"}, "previousState": {"value": "OK"}}),
    );
    let put = aws
        .eventbridge(AGENT_ACCOUNT)
        .put_events()
        .entries(alarm)
        .send()
        .await
        .expect("put alarm");
    let id = put.entries.unwrap_or_default()[0]
        .event_id
        .clone()
        .expect("event id");
    let queue = aws
        .sqs(AGENT_ACCOUNT)
        .get_queue_url()
        .queue_name("awsmon-agent-undelivered")
        .send()
        .await
        .expect("undelivered queue")
        .queue_url
        .expect("url");
    let records = received(aws, AGENT_ACCOUNT, &queue, 1, |_| true).await;
    assert_eq!(records.len(), 1, "{records:#?}");
    let record = &records[0];
    assert_eq!(
        record["requestContext"]["condition"], "RetriesExhausted",
        "{record:#}"
    );
    assert_eq!(
        record["requestContext"]["approximateInvokeCount"], 3,
        "{record:#}"
    );
    assert_eq!(
        record["requestPayload"]["id"],
        id.as_str(),
        "the refused event itself is kept: {record:#}"
    );
    master
        .put_permission()
        .event_bus_name("awsmon")
        .action("events:PutEvents")
        .principal(AGENT_ACCOUNT)
        .statement_id(&statement)
        .send()
        .await
        .expect("restore the bus permission");
}

/// Issue 15 item 3: a bad custom source is refused by `terraform plan`, naming the variable,
/// before anything is made.
#[tokio::test(flavor = "multi_thread")]
async fn a_bad_custom_event_source_fails_the_plan_naming_the_variable() {
    let aws = LocalAws::start();
    let pattern = r#"{\"source\":[\"aws.rds\"]}"#;
    let cases = [
        (
            r#"{rds={pattern="{\"detail-type\":[\"RDS DB Instance Event\"]}",title="t"}}"#.to_owned(),
            "whose source lists AWS service sources",
        ),
        (
            r#"{rds={pattern="{not json",title="t"}}"#.to_owned(),
            "whose source lists AWS service sources",
        ),
        (
            format!(r#"{{rds={{pattern="{pattern}",title="t",severity="urgent"}}}}"#),
            "severity must be one of info, low, medium, high, critical",
        ),
        (
            format!(r#"{{rds={{pattern="{pattern}",title="RDS {{detail..x}}"}}}}"#),
            "placeholders are paths into the event",
        ),
        (
            format!(r#"{{rds={{pattern="{pattern}",title="RDS {{detail.x"}}}}"#),
            "placeholders are paths into the event",
        ),
        (
            format!(r#"{{RDS_events={{pattern="{pattern}",title="t"}}}}"#),
            "name must be 1 to 24 characters",
        ),
    ];
    let before = aws.inventory();
    for (value, message) in cases {
        let terraform = Terraform::new("agent-module")
            .var("endpoint", &aws.endpoint)
            .var("custom_event_sources", &value);
        terraform.init();
        let plan = terraform.run(&["plan", "-no-color"]);
        let output = format!(
            "{}{}",
            String::from_utf8_lossy(&plan.stdout),
            String::from_utf8_lossy(&plan.stderr)
        );
        assert_eq!(
            plan.status.code(),
            Some(1),
            "{value}: the plan must fail:\n{output}"
        );
        let flat = output.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("custom_event_sources") && flat.contains(message),
            "{value}: the error names the variable and says {message:?}:\n{output}"
        );
    }
    assert_eq!(aws.inventory(), before, "a refused plan makes nothing");
}
