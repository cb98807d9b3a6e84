//! The examples double as tests: `examples/local` is applied on local AWS (modules/master and
//! two modules/agent accounts), `examples/complete` (real AWS) is initialised and validated.

use std::time::{Duration, Instant};

use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use awsmon_tests::{LocalAws, MASTER_ACCOUNT, Terraform};
use serde_json::{Value, json};

const AGENTS: [&str; 2] = ["222222222222", "333333333333"];
const STRANGER: &str = "444444444444";

/// Bodies arriving in the master's ingest queue until `done` holds (or 15 s pass).
async fn ingested(aws: &LocalAws, queue: &str, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let sqs = aws.sqs(MASTER_ACCOUNT);
    let mut bodies: Vec<Value> = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline && !done(&bodies) {
        let page = sqs
            .receive_message()
            .queue_url(queue)
            .max_number_of_messages(10)
            .send()
            .await
            .expect("receive");
        for message in page.messages.unwrap_or_default() {
            bodies.push(serde_json::from_str(message.body.as_deref().unwrap_or("null")).expect("event JSON"));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bodies
}

fn from(bodies: &[Value], account: &str, detail_type: &str) -> bool {
    bodies
        .iter()
        .any(|b| b["account"] == account && b["detail-type"] == detail_type)
}

#[tokio::test(flavor = "multi_thread")]
async fn examples_local_brings_both_agents_events_to_the_master() {
    let aws = LocalAws::start();
    let before = aws.inventory();
    let terraform = Terraform::example("local").var("endpoint", &aws.endpoint);
    terraform.init();
    terraform.apply();
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "plan after apply:\n{plan}");
    let outputs = terraform.outputs();
    let ids: Vec<&str> = outputs["agent_ids"]["value"]
        .as_array()
        .expect("ids")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(ids, AGENTS.map(|account| format!("{account}/eu-west-1")));
    let queue = outputs["ingest_queue_url"]["value"]
        .as_str()
        .expect("queue")
        .to_owned();
    let bus_arn = outputs["bus_arn"]["value"].as_str().expect("bus arn").to_owned();

    // Both agents run on their schedule; an alarm fires in the first account, as AWS emits it.
    for account in AGENTS {
        let runs = aws.run_schedule(account, "awsmon-agent-schedule");
        assert_eq!(runs[0].record.status, "success", "{account}: {}", runs[0].payload);
    }
    let alarm =
        json!({"alarmName": "orders-5xx", "state": {"value": "ALARM"}, "previousState": {"value": "OK"}});
    aws.eventbridge(AGENTS[0])
        .put_events()
        .entries(
            PutEventsRequestEntry::builder()
                .source("aws.cloudwatch")
                .detail_type("CloudWatch Alarm State Change")
                .detail(alarm.to_string())
                .build(),
        )
        .send()
        .await
        .expect("alarm");
    let expected = |bodies: &[Value]| {
        AGENTS
            .iter()
            .all(|a| from(bodies, a, "awsmon.heartbeat") && from(bodies, a, "awsmon.deployment"))
            && from(bodies, AGENTS[0], "CloudWatch Alarm State Change")
    };
    let bodies = ingested(&aws, &queue, expected).await;
    assert!(
        expected(&bodies),
        "the master's ingest queue lacks an agent's deployment, heartbeat or alarm: {bodies:#?}"
    );

    // An account the master does not let in cannot write to its bus.
    let denied = aws
        .eventbridge(STRANGER)
        .put_events()
        .entries(
            PutEventsRequestEntry::builder()
                .event_bus_name(&bus_arn)
                .source("awsmon.agent")
                .detail_type("awsmon.heartbeat")
                .detail("{}")
                .build(),
        )
        .send()
        .await;
    let error = denied.expect_err("an account outside agent_account_ids must be refused");
    assert!(format!("{error:?}").contains("AccessDenied"), "{error:?}");

    terraform.destroy();
    assert_eq!(aws.inventory(), before, "destroy left something behind");
}

#[test]
fn examples_complete_is_valid_terraform() {
    let terraform = Terraform::example("complete");
    terraform.init();
    let validated = terraform.succeed(&["validate", "-no-color"]);
    assert!(validated.contains("The configuration is valid"), "{validated}");
}
