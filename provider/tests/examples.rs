//! The examples double as tests: `examples/local` is applied on local AWS (a master and two
//! agent accounts), `examples/complete` (real AWS) is initialised and validated.

use std::time::{Duration, Instant};

use awsmon_tests::{LocalAws, MASTER_ACCOUNT, Terraform};
use serde_json::Value;

const AGENTS: [&str; 2] = ["222222222222", "333333333333"];

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

    for account in AGENTS {
        let runs = aws.run_schedule(account, "awsmon-agent-schedule");
        assert_eq!(runs[0].record.status, "success", "{account}: {}", runs[0].payload);
    }
    let queue = outputs["ingest_queue_url"]["value"]
        .as_str()
        .expect("queue")
        .to_owned();
    let sqs = aws.sqs(MASTER_ACCOUNT);
    let mut heartbeats_from: Vec<String> = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(15);
    while heartbeats_from.len() < 2 && Instant::now() < deadline {
        let page = sqs
            .receive_message()
            .queue_url(&queue)
            .max_number_of_messages(10)
            .send()
            .await
            .expect("receive");
        for message in page.messages.unwrap_or_default() {
            let body: Value = serde_json::from_str(message.body.as_deref().unwrap_or("null")).expect("JSON");
            if body["detail-type"] == "awsmon.heartbeat" {
                heartbeats_from.push(body["account"].as_str().unwrap_or_default().to_owned());
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    heartbeats_from.sort();
    assert_eq!(heartbeats_from, AGENTS, "one heartbeat from each agent account");

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
