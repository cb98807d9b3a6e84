//! The real `handle-monitoring-events` zip, deployed to local AWS and run by the executor from
//! its SQS event-source mapping: the one test that builds the release Lambda.

mod support;

use std::time::{Duration, Instant};

use aws_sdk_sqs::types::QueueAttributeName;
use awsmon_master::config;
use awsmon_tests::MASTER_ACCOUNT;
use awsmon_tests::lambda_deploy::{build_zip, deploy, map_queue};
use serde_json::json;
use support::{TABLE, WEBHOOK_PARAMETER, World, accept_all, fixture};

#[tokio::test(flavor = "multi_thread")]
async fn the_deployed_function_stores_once_notifies_once_and_dead_letters_the_malformed() {
    let zip = build_zip("awsmon-master", awsmon_contract::functions::MASTER_BINARY);
    let world = World::start().await;
    accept_all(&world.slack).await;
    let dlq_arn = world.dlq_arn.clone();
    let redrive = json!({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": 3}).to_string();
    let (queue_url, queue_arn) = world
        .aws
        .create_queue(
            MASTER_ACCOUNT,
            "awsmon-ingest",
            &[
                (QueueAttributeName::RedrivePolicy, &redrive),
                (QueueAttributeName::VisibilityTimeout, "5"),
            ],
        )
        .await;
    let env = [
        (config::TABLE_NAME, TABLE.to_owned()),
        (config::DLQ_URL, world.dlq_url.clone()),
        (
            config::SLACK_WEBHOOK_PARAMETERS,
            json!({"default": WEBHOOK_PARAMETER}).to_string(),
        ),
        (
            config::NOTIFICATION_POLICY,
            json!({"default_webhook": "default", "grouping_window_secs": 0}).to_string(),
        ),
        ("AWS_LAMBDA_LOG_FORMAT", "JSON".to_owned()),
    ];
    let function = deploy(&world.aws, MASTER_ACCOUNT, "handle-monitoring-events", &zip, &env).await;
    let alarm = fixture("cloudwatch-alarm-state-change.json").to_string();
    for body in [alarm.as_str(), alarm.as_str(), "{not json"] {
        world
            .sqs
            .send_message()
            .queue_url(&queue_url)
            .message_body(body)
            .send()
            .await
            .expect("send");
    }
    map_queue(&world.aws, MASTER_ACCOUNT, &queue_arn, &function, 10).await;

    let deadline = Instant::now() + Duration::from_secs(30);
    let dead = loop {
        let dead = world.dead_letters().await;
        if !dead.is_empty() && !world.slack_requests().await.is_empty() {
            break dead;
        }
        assert!(
            Instant::now() < deadline,
            "nothing arrived; launcher log:\n{}",
            world.aws.log()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    assert_eq!(dead.len(), 1, "{dead:?}");
    assert_eq!(
        (dead[0].0.as_str(), dead[0].1.as_str()),
        ("{not json", "not-json")
    );
    // Give a wrongly repeated delivery the time to show.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let messages = world.slack_requests().await;
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0]
            .to_string()
            .contains("Alarm ServerCpuTooHigh is ALARM")
    );
    assert_eq!(
        world.dead_letters().await.len(),
        1,
        "only the malformed message was dead-lettered"
    );

    let runs: Vec<_> = world
        .aws
        .invocations()
        .into_iter()
        .filter(|i| i.trigger == "sqs")
        .collect();
    assert!(
        !runs.is_empty() && runs.iter().all(|i| i.status == "success"),
        "{runs:?}"
    );
    let log = world.aws.log();
    assert!(log.contains("\"EventsStored\":1"), "no metrics line in:\n{log}");
    assert!(!log.contains(&world.slack.uri()), "the webhook URL was logged");
}
