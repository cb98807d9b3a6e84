//! Reports over a full day of events: every page of every partition is counted, and the
//! message fits Slack.

mod support;

use aws_sdk_dynamodb::types::{PutRequest, WriteRequest};
use awsmon_domain::issue::Issue;
use awsmon_domain::monitoring_event::{EventType, MonitoringEvent};
use awsmon_domain::notification::{MAX_BLOCKS, MAX_MESSAGE_CHARS};
use awsmon_domain::report::ReportKind;
use awsmon_domain::{AccountId, EventId, Fingerprint, Region, Severity, Timestamp};
use awsmon_master::dynamodb::DynamoStore;
use awsmon_master::ports::{EventStore, ReportStore, now};
use support::{TABLE, World, accept_all};

const EVENTS: usize = 25_000;
const ISSUES: usize = 50;
const ACCOUNTS: [&str; 3] = ["111111111111", "222222222222", "333333333333"];
const TYPES: [EventType; 4] = [
    EventType::Alarm,
    EventType::LambdaError,
    EventType::EcsTaskFailure,
    EventType::ErrorLog,
];

fn event(i: usize, at: Timestamp) -> MonitoringEvent {
    let issue = i % ISSUES;
    MonitoringEvent {
        id: EventId::derive("load", &[&i.to_string(), &at.millis().to_string()]),
        account_id: AccountId::parse(ACCOUNTS[issue % ACCOUNTS.len()]).unwrap(),
        region: Region::parse("eu-west-1").unwrap(),
        source: "test".into(),
        event_type: TYPES[issue % TYPES.len()],
        severity: Severity::ALL[issue % Severity::ALL.len()],
        fingerprint: Fingerprint::of(&[&issue.to_string()]),
        time: at,
        title: format!("problem number {issue}"),
        resource: format!("resource-{issue}"),
        count: 1,
        resolves: false,
        context: vec![],
        agent_event: None,
    }
}

/// Events straight into the table, 25 a call, several calls at once.
async fn load(store: &DynamoStore, events: Vec<MonitoringEvent>) {
    let mut batches = Vec::new();
    for chunk in events.chunks(25) {
        let writes: Vec<WriteRequest> = chunk
            .iter()
            .map(|e| {
                let item = store.event_item(e, Some(&Issue::id_for(e)));
                let put = PutRequest::builder().set_item(Some(item)).build().unwrap();
                WriteRequest::builder().put_request(put).build()
            })
            .collect();
        batches.push(writes);
    }
    let client = store.client().clone();
    let mut tasks = tokio::task::JoinSet::new();
    for group in batches.chunks(batches.len().div_ceil(8)) {
        let (client, group) = (client.clone(), group.to_vec());
        tasks.spawn(async move {
            for writes in group {
                let mut pending = Some(writes);
                while let Some(writes) = pending.take().filter(|w| !w.is_empty()) {
                    let answer = client
                        .batch_write_item()
                        .request_items(TABLE, writes)
                        .send()
                        .await
                        .expect("batch write");
                    pending = answer.unprocessed_items.and_then(|mut u| u.remove(TABLE));
                }
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("loader task");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_day_of_25000_events_is_counted_completely_and_the_report_fits_slack() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let store = world.store();
    // One instant for the whole test: a run that crosses midnight UTC must still report the day it loaded.
    let today = now();
    let (start, end) = ReportKind::Daily.period_before(today);
    let spacing = (end.millis() - start.millis()) / EVENTS as i64;

    // Half the issues were first seen the day before: recurring; the other half are new.
    for i in 0..ISSUES {
        let at = if i % 2 == 0 {
            start.plus_millis(-3_600_000)
        } else {
            start
        };
        // Same issue as event `i` (the index modulo ISSUES), another id.
        let first = event(i + 1_000_000 * ISSUES, at);
        let issue = Issue::open(&first).unwrap();
        store.record(&first, Some(&issue), &[]).await.expect("issue");
    }
    let day: Vec<_> = (0..EVENTS - ISSUES / 2)
        .map(|i| event(i, start.plus_millis(spacing * i as i64 + 1)))
        .collect();
    let started = std::time::Instant::now();
    load(&store, day).await;
    println!("loaded {} events in {:?}", EVENTS - ISSUES / 2, started.elapsed());

    let master = world.master(&[]).await;
    let started = std::time::Instant::now();
    let summary = master
        .report(ReportKind::Daily, today, "req-1")
        .await
        .expect("report");
    println!("report built, stored and posted in {:?}", started.elapsed());
    assert_eq!(
        summary["events"], EVENTS,
        "every event of the day, from every page of every shard"
    );
    let date = &start.to_rfc3339()[..10];
    let report = store
        .get_report(ReportKind::Daily, date)
        .await
        .unwrap()
        .expect("stored");
    assert_eq!(report.events, EVENTS as u64);
    assert_eq!(report.by_account.values().sum::<u64>(), EVENTS as u64);
    assert_eq!(report.by_type.values().sum::<u64>(), EVENTS as u64);
    assert_eq!((report.new_issues, report.recurring_issues), (25, 25));
    assert_eq!(
        report.previous_events, 25,
        "the recurring issues' first events, the day before"
    );
    assert_eq!(report.top.len(), 10);
    assert!(
        report
            .top
            .windows(2)
            .all(|w| w[0].occurrences >= w[1].occurrences)
    );

    let messages = world.slack_requests().await;
    assert_eq!(messages.len(), 1);
    let blocks = messages[0]["blocks"].as_array().unwrap();
    assert!(blocks.len() <= MAX_BLOCKS);
    let chars: usize = blocks
        .iter()
        .filter_map(|b| b["text"]["text"].as_str())
        .map(|t| t.chars().count())
        .sum();
    assert!(chars <= MAX_MESSAGE_CHARS);
    assert!(messages[0].to_string().contains(&format!("*{EVENTS}* events")));
}
