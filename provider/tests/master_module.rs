//! modules/master with modules/agent on local AWS: the agent's heartbeat and the AWS failure
//! events its account forwards reach the master's ingest queue; an account the master does not
//! let in cannot put events on the bus; destroy leaves nothing.

use std::time::{Duration, Instant};

use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use awsmon_tests::{AGENT_ACCOUNT, LocalAws, MASTER_ACCOUNT, Terraform};
use serde_json::{Value, json};

async fn ingested(aws: &LocalAws, queue: &str, until: impl Fn(&[Value]) -> bool) -> Vec<Value> {
    let sqs = aws.sqs(MASTER_ACCOUNT);
    let mut bodies: Vec<Value> = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline && !until(&bodies) {
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

#[tokio::test(flavor = "multi_thread")]
async fn agent_events_reach_the_master_ingest_queue_through_the_modules() {
    let aws = LocalAws::start();
    let before = aws.inventory();
    let terraform = Terraform::new("master-and-agent").var("endpoint", &aws.endpoint);
    terraform.init();
    terraform.apply();
    let (code, plan) = terraform.plan_exit_code();
    assert_eq!(code, 0, "plan after apply:\n{plan}");
    let outputs = terraform.outputs();
    let queue = outputs["ingest_queue_url"]["value"]
        .as_str()
        .expect("queue url")
        .to_owned();
    let bus_arn = outputs["bus_arn"]["value"].as_str().expect("bus arn").to_owned();

    // The agent runs on its schedule; an alarm fires in its account.
    let runs = aws.run_schedule(AGENT_ACCOUNT, "awsmon-agent-schedule");
    assert_eq!(runs[0].record.status, "success", "{}", runs[0].payload);
    aws.eventbridge(AGENT_ACCOUNT)
        .put_events()
        .entries(
            PutEventsRequestEntry::builder()
                .source("aws.cloudwatch")
                .detail_type("CloudWatch Alarm State Change")
                .detail(json!({"alarmName": "orders-5xx", "state": {"value": "ALARM"}}).to_string())
                .build(),
        )
        .send()
        .await
        .expect("alarm");
    let has = |bodies: &[Value], kind: &str| {
        bodies
            .iter()
            .any(|b| b["detail-type"] == kind && b["account"] == AGENT_ACCOUNT)
    };
    let bodies = ingested(&aws, &queue, |b| {
        has(b, "awsmon.heartbeat") && has(b, "CloudWatch Alarm State Change") && has(b, "awsmon.deployment")
    })
    .await;
    for kind in [
        "awsmon.deployment",
        "awsmon.heartbeat",
        "CloudWatch Alarm State Change",
    ] {
        assert!(
            has(&bodies, kind),
            "no {kind} from the agent account in the ingest queue: {bodies:#?}"
        );
    }

    // A stranger account may not write to the bus.
    let stranger = aws.eventbridge("333333333333");
    let denied = stranger
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
