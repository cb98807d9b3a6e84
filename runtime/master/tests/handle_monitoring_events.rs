//! `handle-monitoring-events` against real parts: local AWS (DynamoDB, SQS, SSM) and a local
//! Slack stub that can answer 200, 429 with Retry-After, 500, or hang.

mod support;

use std::collections::HashMap;
use std::time::Duration;

use awsmon_domain::agent_event::{
    AgentEvent, AgentIdentity, ErrorLogDetected, Heartbeat, SCHEMA_VERSION, TimeWindow,
};
use awsmon_domain::agent_registry::AgentStatus;
use awsmon_domain::issue::{Issue, IssueStatus};
use awsmon_domain::monitoring_event::{SeverityPolicy, normalise};
use awsmon_domain::{AccountId, EventId, Fingerprint, Region, Timestamp};
use awsmon_master::config::{self, MasterConfig};
use awsmon_master::dynamodb;
use awsmon_master::handler::Master;
use awsmon_master::metrics::Counters;
use awsmon_master::ports::{AgentRegistry, EventStore};
use serde_json::{Value, json};
use support::{TABLE, World, accept_all, alarm, failures, fixture, scheduled_drain, sqs_batch};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

#[tokio::test(flavor = "multi_thread")]
async fn the_same_event_delivered_twice_and_concurrently_is_stored_once_and_notified_once() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let body = fixture("cloudwatch-alarm-state-change.json").to_string();
    let (first, second) = (world.master(&[]).await, world.master(&[]).await);

    // Twice in one batch, and the same batch on two instances at once.
    let batch = sqs_batch(&[body.clone(), body.clone()]);
    let (a, b) = tokio::join!(
        first.handle(batch.clone(), "req-a"),
        second.handle(batch, "req-b")
    );
    let ((a, a_counts), (b, b_counts)) = (a.expect("a"), b.expect("b"));
    assert_eq!(failures(&a) + failures(&b), 0, "{a} {b}");
    let mut counts = Counters::default();
    counts.add(&a_counts);
    counts.add(&b_counts);
    assert_eq!(
        (counts.stored, counts.duplicate, counts.notified),
        (1, 3, 1),
        "{counts:?}"
    );

    // Whatever the race left queued goes out with the next scheduled drain (after the 1 s rate limit).
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    first.handle(scheduled_drain(), "req-c").await.expect("drain");

    let event = normalise(&serde_json::from_str(&body).unwrap(), &SeverityPolicy::default()).unwrap();
    assert_eq!(world.events_on(&dynamodb::day(event.time)).await.len(), 1);
    let store = world.store();
    let issue = store
        .get_issue(&Issue::id_for(&event))
        .await
        .unwrap()
        .expect("issue");
    assert_eq!((issue.count, issue.status), (1, IssueStatus::Open));
    let stored = store
        .get_event(event.id.as_str(), Timestamp::from_secs(event.time.secs()))
        .await
        .unwrap()
        .expect("stored event");
    assert_eq!(stored.fingerprint, event.fingerprint);

    let messages = world.slack_requests().await;
    assert_eq!(messages.len(), 1, "{messages:?}");
    let text = messages[0]["blocks"][1]["text"]["text"].as_str().unwrap();
    assert!(text.contains("Alarm ServerCpuTooHigh is ALARM"), "{text}");
    assert!(text.contains("production (123456789012)"), "{text}");
    let outbox = store.outbox("default").await.unwrap();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0].1, "sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn slack_down_then_back_sends_every_due_notification_exactly_once() {
    let world = World::start().await;
    let answer = |template: ResponseTemplate| {
        Mock::given(method("POST"))
            .and(path("/hook"))
            .respond_with(template)
    };
    // In order: an error, a hang (longer than the client's 500 ms timeout), a 429, then up.
    answer(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .mount(&world.slack)
        .await;
    answer(ResponseTemplate::new(500).set_delay(Duration::from_secs(5)))
        .up_to_n_times(1)
        .mount(&world.slack)
        .await;
    answer(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&world.slack)
        .await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let store = world.store();

    let bodies: Vec<String> = (0..3)
        .map(|i| alarm(&format!("alarm-{i}"), "ALARM", "2026-11-24T09:00:00.000+0000"))
        .collect();
    let (response, counts) = master.handle(sqs_batch(&bodies), "req-1").await.expect("batch");
    assert_eq!(failures(&response), 0);
    assert_eq!(
        (counts.stored, counts.notified, counts.sent),
        (3, 3, 0),
        "500: nothing sent"
    );
    let pending = store.outbox("default").await.unwrap();
    assert!(
        pending
            .iter()
            .all(|(_, status, attempts)| status == "pending" && *attempts == 1),
        "{pending:?}"
    );

    // Before the backoff has passed nothing is tried.
    let (_, counts) = master.handle(scheduled_drain(), "req-2").await.expect("drain");
    assert_eq!(counts.sent, 0);
    assert_eq!(world.slack_requests().await.len(), 1);

    // Hang: the client gives up, the notifications stay.
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let (_, counts) = master.handle(scheduled_drain(), "req-3").await.expect("drain");
    assert_eq!(counts.sent, 0);
    assert_eq!(world.slack_requests().await.len(), 2);
    let pending = store.outbox("default").await.unwrap();
    assert!(
        pending
            .iter()
            .all(|(_, status, attempts)| status == "pending" && *attempts == 2),
        "{pending:?}"
    );

    // 429: nothing goes to the webhook before Retry-After.
    tokio::time::sleep(Duration::from_millis(1_300)).await;
    let (_, counts) = master.handle(scheduled_drain(), "req-4").await.expect("drain");
    assert_eq!(counts.sent, 0);
    let (_, counts) = master.handle(scheduled_drain(), "req-5").await.expect("drain");
    assert_eq!(counts.sent, 0, "Retry-After not over yet");
    assert_eq!(world.slack_requests().await.len(), 3);

    // Back: all three in one message, once.
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let (_, counts) = master.handle(scheduled_drain(), "req-6").await.expect("drain");
    assert_eq!(counts.sent, 3);
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let (_, counts) = master.handle(scheduled_drain(), "req-7").await.expect("drain");
    assert_eq!(counts.sent, 0, "nothing is sent twice");
    let requests = world.slack_requests().await;
    assert_eq!(requests.len(), 4);
    let delivered = requests[3].to_string();
    for i in 0..3 {
        assert!(
            delivered.contains(&format!("Alarm alarm-{i} is ALARM")),
            "{delivered}"
        );
    }
    assert!(
        store
            .outbox("default")
            .await
            .unwrap()
            .iter()
            .all(|(_, status, _)| status == "sent")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_messages_go_to_the_dlq_with_their_reason_and_ignored_ones_do_not() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let unsupported = json!({"source": "aws.s3", "detail-type": "Object Created", "detail": {}}).to_string();
    let mut bad_account = fixture("ecs-task-state-change-stopped-failure.json");
    bad_account["account"] = json!("not-an-account");
    let batch = sqs_batch(&[
        fixture("ecs-task-state-change-stopped-failure.json").to_string(),
        "{not json".to_owned(),
        unsupported.clone(),
        bad_account.to_string(),
        fixture("ecs-task-state-change-running.json").to_string(),
    ]);
    let (response, counts) = master.handle(batch, "req-1").await.expect("batch");
    assert_eq!(
        failures(&response),
        0,
        "malformed messages are not retried: {response}"
    );
    assert_eq!(
        (
            counts.processed,
            counts.stored,
            counts.rejected,
            counts.ignored,
            counts.failed
        ),
        (5, 1, 3, 1, 0),
        "{counts:?}"
    );
    let dead = world.dead_letters().await;
    let mut codes: Vec<&str> = dead.iter().map(|(_, code, _)| code.as_str()).collect();
    codes.sort_unstable();
    assert_eq!(codes, ["invalid-field", "not-json", "unsupported"], "{dead:?}");
    let by_body: HashMap<&str, (&str, &str)> = dead
        .iter()
        .map(|(b, c, r)| (b.as_str(), (c.as_str(), r.as_str())))
        .collect();
    assert_eq!(by_body["{not json"].0, "not-json");
    assert_eq!(by_body[unsupported.as_str()].0, "unsupported");
    assert!(by_body[bad_account.to_string().as_str()].1.contains("`account`"));
    // The ECS failure is medium and notified with its context.
    let messages = world.slack_requests().await;
    assert_eq!(messages.len(), 1);
    assert!(
        messages[0]
            .to_string()
            .contains("container FargateApp exited with 1")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_issue_resolves_reopens_and_each_step_is_notified_once() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let batch = sqs_batch(&[
        alarm("db", "ALARM", "2026-11-24T09:00:00.000+0000"),
        alarm("db", "ALARM", "2026-11-24T09:05:00.000+0000"),
        alarm("db", "OK", "2026-11-24T09:10:00.000+0000"),
        alarm("db", "ALARM", "2026-11-24T09:15:00.000+0000"),
    ]);
    let (_, counts) = master.handle(batch, "req-1").await.expect("batch");
    assert_eq!(
        (counts.stored, counts.notified, counts.sent),
        (4, 3, 3),
        "{counts:?}"
    );
    let event = normalise(
        &serde_json::from_str(&alarm("db", "ALARM", "2026-11-24T09:00:00.000+0000")).unwrap(),
        &SeverityPolicy::default(),
    )
    .unwrap();
    let issue = world
        .store()
        .get_issue(&Issue::id_for(&event))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (issue.status, issue.count, issue.regressions),
        (IssueStatus::Open, 3, 1)
    );
    let messages = world.slack_requests().await;
    assert_eq!(messages.len(), 1, "grouped into one message");
    let text = messages[0].to_string();
    for reason in ["(new)", "(resolved)", "(back after it was resolved)"] {
        assert!(text.contains(reason), "{reason} in {text}");
    }
    assert!(
        !text.contains("(still happening)"),
        "the repeat interval has not passed"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn webhook_urls_are_read_from_ssm_and_never_printed() {
    let world = World::start().await;
    let master = world.master(&[]).await;
    assert!(!format!("{master:?}").contains(&world.slack.uri()));
    let missing = MasterConfig::from_lookup(|name| match name {
        config::TABLE_NAME => Some(TABLE.to_owned()),
        config::DLQ_URL => Some(world.dlq_url.clone()),
        config::SLACK_WEBHOOK_PARAMETERS => {
            Some(json!({"default": "/monitoring/awsmon/missing"}).to_string())
        }
        _ => None,
    })
    .unwrap();
    let error = Master::new(missing, world.dynamodb.clone(), world.sqs.clone(), &world.ssm)
        .await
        .unwrap_err();
    assert!(error.to_string().contains("\"default\""), "{error}");
    // SSM's own error code, decoded from its JSON answer: the operator sees why.
    assert!(error.to_string().contains("ParameterNotFound"), "{error}");
    assert!(!error.retryable());
    let unrouted = MasterConfig::from_lookup(|name| match name {
        config::TABLE_NAME => Some(TABLE.to_owned()),
        config::DLQ_URL => Some(world.dlq_url.clone()),
        config::NOTIFICATION_POLICY => Some(json!({"default_webhook": "ops"}).to_string()),
        _ => None,
    })
    .unwrap();
    let error = Master::new(unrouted, world.dynamodb.clone(), world.sqs.clone(), &world.ssm)
        .await
        .unwrap_err();
    assert!(error.to_string().contains("\"ops\""), "{error}");
    drop(world.aws);
}

fn agent_event(event: &AgentEvent) -> String {
    // EventBridge's time: when the agent sent it (within the allowed skew of its own times).
    let sent = match event {
        AgentEvent::Heartbeat(h) => h.started_at,
        AgentEvent::Deployment(d) => d.at,
        AgentEvent::ErrorLog(e) => e.window.end,
    };
    json!({
        "version": "0", "id": "envelope", "source": "awsmon.agent",
        "detail-type": event.detail_type().as_str(), "account": event.agent().account_id.as_str(),
        "region": "eu-west-1", "time": sent.to_rfc3339(), "resources": [],
        "detail": event.detail_json(),
    })
    .to_string()
}

fn heartbeat(started_at: Timestamp, version: &str) -> AgentEvent {
    AgentEvent::Heartbeat(Heartbeat {
        schema_version: SCHEMA_VERSION,
        id: EventId::derive("hb", &[&started_at.millis().to_string()]),
        agent: AgentIdentity {
            account_id: AccountId::parse("222222222222").unwrap(),
            region: Region::parse("eu-west-1").unwrap(),
            agent_version: version.into(),
        },
        started_at,
        duration_ms: 100,
        schedule_period_secs: 300,
        config_hash: "c0ffee".into(),
        log_groups_watched: 3,
        queries: 1,
        lines_matched: 0,
        lines_not_errors: 0,
        events_published: 0,
        covered_ms: 300_000,
        failed_chunks: 0,
        errors: vec![],
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn a_silent_agent_is_flagged_once_and_resolved_when_heard_again_and_drift_is_flagged() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world
        .master(&[(config::MASTER_VERSION, "0.1.0".to_owned())])
        .await;
    let store = world.store();
    let twenty_minutes_ago = awsmon_master::ports::now().plus_millis(-20 * 60_000);
    let batch = sqs_batch(&[agent_event(&heartbeat(twenty_minutes_ago, "0.1.0"))]);
    let (_, counts) = master.handle(batch, "req-1").await.expect("heartbeat");
    assert_eq!(
        (counts.stored, counts.notified),
        (1, 0),
        "heartbeats do not notify"
    );
    let agent = store
        .get_agent("222222222222/eu-west-1")
        .await
        .unwrap()
        .expect("registered");
    assert_eq!(
        (agent.status, agent.last_heartbeat),
        (AgentStatus::Healthy, Some(twenty_minutes_ago))
    );

    // Three 5-minute periods without a heartbeat: silent, notified once however often checked.
    let (_, counts) = master
        .check_agents(awsmon_master::ports::now(), "req-2")
        .await
        .expect("check");
    assert_eq!((counts.stored, counts.sent), (1, 1), "{counts:?}");
    let (_, counts) = master
        .check_agents(awsmon_master::ports::now(), "req-3")
        .await
        .expect("check again");
    assert_eq!(
        (counts.stored, counts.duplicate, counts.notified),
        (0, 1, 0),
        "{counts:?}"
    );
    let agent = store.get_agent("222222222222/eu-west-1").await.unwrap().unwrap();
    assert_eq!(agent.status, AgentStatus::Silent);

    // Heard again, now running another version than the master.
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let batch = sqs_batch(&[agent_event(&heartbeat(awsmon_master::ports::now(), "0.0.9"))]);
    master.handle(batch, "req-4").await.expect("heartbeat");
    let agent = store.get_agent("222222222222/eu-west-1").await.unwrap().unwrap();
    assert_eq!(
        (agent.status, agent.agent_version.as_str()),
        (AgentStatus::Healthy, "0.0.9")
    );
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    let (_, counts) = master
        .check_agents(awsmon_master::ports::now(), "req-5")
        .await
        .expect("check");
    assert_eq!((counts.stored, counts.sent), (1, 1), "drift only: {counts:?}");

    let messages: Vec<String> = world
        .slack_requests()
        .await
        .iter()
        .map(Value::to_string)
        .collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(
        messages[0].contains("Agent 222222222222/eu-west-1 is silent"),
        "{}",
        messages[0]
    );
    assert!(messages[1].contains("(resolved)"), "{}", messages[1]);
    assert!(
        messages[2].contains("runs 0.0.9, the master 0.1.0"),
        "{}",
        messages[2]
    );
}

fn error_log(
    window_start: Timestamp,
    fingerprint: &Fingerprint,
    version: u32,
    previous: Option<&Fingerprint>,
) -> AgentEvent {
    let agent = AgentIdentity {
        account_id: AccountId::parse("222222222222").unwrap(),
        region: Region::parse("eu-west-1").unwrap(),
        agent_version: format!("0.{version}.0"),
    };
    AgentEvent::ErrorLog(ErrorLogDetected {
        schema_version: SCHEMA_VERSION,
        id: EventId::derive("err", &[fingerprint.as_str(), &window_start.millis().to_string()]),
        agent,
        log_group: "/aws/lambda/orders".into(),
        fingerprint: fingerprint.clone(),
        fingerprint_version: version,
        previous_fingerprint: previous.cloned(),
        template: "payment declined for order <*>".into(),
        count: 2,
        first_seen: window_start,
        last_seen: window_start,
        samples: vec!["payment declined for order 7".into()],
        window: TimeWindow {
            start: window_start,
            end: window_start.plus_millis(300_000),
        },
    })
}

#[tokio::test(flavor = "multi_thread")]
async fn an_agent_upgrade_keeps_the_issues_its_previous_fingerprints_opened() {
    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let store = world.store();
    let (v1, v2) = (Fingerprint::of(&["v1"]), Fingerprint::of(&["v2"]));
    let t = Timestamp::from_secs(1_795_000_000);

    // An agent before the upgrade opens an issue under its fingerprint.
    let before = error_log(t, &v1, 1, None);
    let (response, _) = master
        .handle(sqs_batch(&[agent_event(&before)]), "req-1")
        .await
        .unwrap();
    assert_eq!(failures(&response), 0, "{response}");
    // After the upgrade it sends the new fingerprint with the previous one: the same issue.
    let after = error_log(t.plus_millis(300_000), &v2, 2, Some(&v1));
    let (response, _) = master
        .handle(sqs_batch(&[agent_event(&after)]), "req-2")
        .await
        .unwrap();
    assert_eq!(failures(&response), 0, "{response}");

    let event = |e: &AgentEvent| {
        normalise(
            &serde_json::from_str(&agent_event(e)).unwrap(),
            &SeverityPolicy::default(),
        )
        .unwrap()
    };
    let kept = store
        .get_issue(&Issue::id_for(&event(&before)))
        .await
        .unwrap()
        .expect("the v1 issue");
    assert_eq!(
        kept.count, 4,
        "both windows counted on the issue the old fingerprint opened"
    );
    assert!(
        store
            .get_issue(&Issue::id_for(&event(&after)))
            .await
            .unwrap()
            .is_none(),
        "no second issue under the new fingerprint"
    );

    // A problem first seen after the upgrade opens its issue under the new fingerprint.
    let (fresh, unseen) = (Fingerprint::of(&["fresh"]), Fingerprint::of(&["never-seen-v1"]));
    let new_problem = error_log(t.plus_millis(600_000), &fresh, 2, Some(&unseen));
    let (response, _) = master
        .handle(sqs_batch(&[agent_event(&new_problem)]), "req-3")
        .await
        .unwrap();
    assert_eq!(failures(&response), 0, "{response}");
    let opened = store
        .get_issue(&Issue::id_for(&event(&new_problem)))
        .await
        .unwrap()
        .expect("new issue");
    // Its issue is the new fingerprint in its log group.
    assert_eq!(opened.fingerprint, event(&new_problem).fingerprint);
    assert_ne!(opened.fingerprint, fresh);
}

/// Issue 14: a notification Slack has not taken within the maximum age is dropped, counted and
/// kept for the record, never sent late; a look at the outbox reads a bounded number of items
/// whatever the backlog.
#[tokio::test(flavor = "multi_thread")]
async fn notifications_older_than_the_maximum_age_are_dropped_and_reads_are_bounded() {
    use awsmon_domain::notification::{Notification, Reason};
    use awsmon_master::outbox::DUE_READ_LIMIT;
    use awsmon_master::ports::{OutboxStore, now};

    let world = World::start().await;
    accept_all(&world.slack).await;
    let store = world.store();
    let body = alarm("stale", "ALARM", "2026-11-24T09:00:00.000+0000");
    let event = normalise(&serde_json::from_str(&body).unwrap(), &SeverityPolicy::default()).unwrap();
    let issue = Issue::open(&event).unwrap();
    let at = now();
    // One due two hours ago (the maximum age is one hour here), one due now, and a backlog of
    // sent items that a look at the outbox must not hold in memory.
    let notification = |name: &str, due_at: Timestamp| {
        Notification::about(
            &issue,
            EventId::derive("test", &[name]),
            "default",
            Reason::New,
            due_at,
        )
    };
    let stale = notification("stale", at.plus_millis(-2 * 3_600_000));
    let fresh = notification("fresh", at.plus_millis(-1_000));
    let mut backlog: Vec<Notification> = (0..DUE_READ_LIMIT + 50)
        .map(|i| notification(&format!("backlog-{i}"), at.plus_millis(-60_000)))
        .collect();
    for chunk in backlog.chunks(20) {
        let mut first = event.clone();
        first.id = EventId::derive("test-event", &[chunk[0].id.as_str()]);
        store.record(&first, None, chunk).await.expect("backlog");
    }
    let due = store.due("default", at, DUE_READ_LIMIT).await.unwrap();
    assert_eq!(due.len(), DUE_READ_LIMIT, "a look reads at most the limit");
    for item in backlog.drain(..) {
        store.mark_sent(&item, at).await.unwrap();
    }
    store
        .record(&event, Some(&issue), &[stale.clone(), fresh.clone()])
        .await
        .expect("record");

    let master = world
        .master(&[(config::NOTIFICATION_MAX_AGE_SECONDS, "3600".to_owned())])
        .await;
    let (summary, counters) = master.handle(scheduled_drain(), "drain").await.expect("drain");
    assert_eq!((counters.sent, counters.dropped), (1, 1), "{summary}");
    assert_eq!(summary["notifications_dropped"], 1, "{summary}");
    let outbox = store.outbox("default").await.unwrap();
    let status = |id: &EventId| {
        outbox
            .iter()
            .find(|(n, _, _)| n.id == *id)
            .map(|(_, s, _)| s.clone())
    };
    assert_eq!(status(&stale.id).as_deref(), Some("dropped"));
    assert_eq!(status(&fresh.id).as_deref(), Some("sent"));
    let messages = world.slack_requests().await;
    assert_eq!(messages.len(), 1, "{messages:?}");
}

/// Issue 14 item 2: an alarm an agent forwards (`awsmon.forwarded`, redacted in its account)
/// joins the issue its native form opens, a planted secret reaches neither the table nor
/// Slack, and a forwarded event of another account than the sender's goes to the DLQ.
#[tokio::test(flavor = "multi_thread")]
async fn a_forwarded_alarm_joins_the_native_alarms_issue_and_a_foreign_one_is_dead_lettered() {
    use awsmon_domain::forwarded;
    use awsmon_domain::redact::Redactor;

    let world = World::start().await;
    accept_all(&world.slack).await;
    let master = world.master(&[]).await;
    let secret = "EXAMPLE-invented-forwarded-pw-77";
    let native = alarm("db", "ALARM", "2026-11-24T09:00:00.000+0000");
    let mut later: Value =
        serde_json::from_str(&alarm("db", "ALARM", "2026-11-24T09:05:00.000+0000")).unwrap();
    later["detail"]["configuration"]["description"] = json!(format!("runbook login password={secret}"));
    let account = later["account"].as_str().unwrap().to_owned();
    let agent = AgentIdentity {
        account_id: AccountId::parse(&account).unwrap(),
        region: Region::parse(later["region"].as_str().unwrap()).unwrap(),
        agent_version: "0.1.0".into(),
    };
    let wrap = |sender: &str, detail: Value| {
        json!({"version": "0", "id": "wrapper", "source": "awsmon.agent", "detail-type": forwarded::DETAIL_TYPE,
            "account": sender, "time": "2026-11-24T09:05:10Z", "region": "eu-west-1", "resources": [],
            "detail": detail})
        .to_string()
    };
    let detail = forwarded::wrap(&later, &agent, &Redactor::default(), 256 * 1024).unwrap();
    let wrapped = wrap(&account, detail.clone());
    // Another account's agent passing this account's alarm off as its own.
    let mut foreign_detail = detail;
    foreign_detail["agent"]["account_id"] = json!("333333333333");
    let foreign = wrap("333333333333", foreign_detail);

    let (response, counts) = master
        .handle(sqs_batch(&[native.clone(), wrapped, foreign.clone()]), "req-1")
        .await
        .expect("batch");
    assert_eq!(failures(&response), 0, "{response}");
    assert_eq!((counts.stored, counts.rejected), (2, 1), "{counts:?}");
    let native = normalise(
        &serde_json::from_str(&native).unwrap(),
        &SeverityPolicy::default(),
    )
    .unwrap();
    let issue = world
        .store()
        .get_issue(&Issue::id_for(&native))
        .await
        .unwrap()
        .expect("issue");
    assert_eq!(
        issue.count, 2,
        "the forwarded alarm is one more occurrence of the native one's issue"
    );

    let dead = world.dead_letters().await;
    assert_eq!(dead.len(), 1, "{dead:?}");
    let (body, code, reason) = &dead[0];
    assert_eq!(body, &foreign);
    assert_eq!(code, "invalid-agent-event");
    assert!(reason.contains("not the envelope's account"), "{reason}");

    let stored = format!("{:?}", world.events_on(&dynamodb::day(native.time)).await);
    let slack = format!("{:?}", world.slack_requests().await);
    for (place, text) in [
        ("table", &stored),
        ("Slack", &slack),
        ("DLQ", &format!("{dead:?}")),
    ] {
        assert!(
            !text.contains(secret),
            "the planted secret is in the {place}: {text}"
        );
    }
}

/// Issue 15 item 3: with `AWSMON_CUSTOM_EVENT_SOURCES` (the docs' example), an RDS instance
/// failure an agent forwards opens an issue read as the definition says, the restart the
/// definition's `resolved_when` matches resolves it, and an RDS event no pattern matches is
/// dead-lettered as unsupported, as every RDS event is without the setting.
#[tokio::test(flavor = "multi_thread")]
async fn custom_sources_are_read_as_defined_and_resolve_their_issue() {
    use awsmon_domain::custom_source::CustomSources;
    use awsmon_domain::forwarded;
    use awsmon_domain::monitoring_event::{EventType, normalise_with};
    use awsmon_domain::redact::Redactor;

    let world = World::start().await;
    accept_all(&world.slack).await;
    let domain = format!("{}/../domain/fixtures/custom", env!("CARGO_MANIFEST_DIR"));
    let read = |name: &str| std::fs::read_to_string(format!("{domain}/{name}")).unwrap();
    let definitions = read("custom-sources.json");
    let event = |name: &str| -> Value { serde_json::from_str(&read(&format!("{name}.json"))).unwrap() };
    let failure = event("rds-instance-failure");
    let account = failure["account"].as_str().unwrap().to_owned();
    let agent = AgentIdentity {
        account_id: AccountId::parse(&account).unwrap(),
        region: Region::parse("eu-west-1").unwrap(),
        agent_version: "0.1.0".into(),
    };
    let detail = forwarded::wrap(&failure, &agent, &Redactor::default(), 256 * 1024).unwrap();
    let forwarded_failure = json!({"version": "0", "id": "wrapper", "source": "awsmon.agent",
        "detail-type": forwarded::DETAIL_TYPE, "account": account, "time": "2026-11-24T09:12:40Z",
        "region": "eu-west-1", "resources": [], "detail": detail})
    .to_string();
    let restarted = event("rds-instance-restarted").to_string();
    let backup = event("rds-instance-backup").to_string();

    // Without the setting, the master reads no RDS event.
    let plain = world.master(&[]).await;
    let (_, counts) = plain
        .handle(sqs_batch(std::slice::from_ref(&forwarded_failure)), "req-0")
        .await
        .expect("batch");
    assert_eq!((counts.stored, counts.rejected), (0, 1), "{counts:?}");

    let master = world
        .master(&[(config::CUSTOM_EVENT_SOURCES, definitions.clone())])
        .await;
    let (response, counts) = master
        .handle(sqs_batch(&[forwarded_failure, backup.clone()]), "req-1")
        .await
        .expect("batch");
    assert_eq!(failures(&response), 0, "{response}");
    assert_eq!((counts.stored, counts.rejected), (1, 1), "{counts:?}");
    let custom = CustomSources::parse_json(&definitions).unwrap();
    let native = normalise_with(&failure, &SeverityPolicy::default(), &custom, None).unwrap();
    assert_eq!(native.event_type, EventType::CustomEvent);
    let store = world.store();
    let issue = store
        .get_issue(&Issue::id_for(&native))
        .await
        .unwrap()
        .expect("the RDS failure's issue");
    assert_eq!(issue.status, IssueStatus::Open);
    assert_eq!(issue.title, "RDS orders-db: The database instance has failed.");
    assert_eq!(issue.severity, awsmon_domain::Severity::High);

    let (_, counts) = master
        .handle(sqs_batch(&[restarted]), "req-2")
        .await
        .expect("batch");
    assert_eq!(counts.stored, 1, "{counts:?}");
    let issue = store.get_issue(&Issue::id_for(&native)).await.unwrap().unwrap();
    assert_eq!(issue.status, IssueStatus::Resolved, "RDS-EVENT-0006 resolves it");

    let dead = world.dead_letters().await;
    let codes: Vec<&str> = dead.iter().map(|(_, code, _)| code.as_str()).collect();
    assert!(codes.contains(&"unsupported"), "{dead:?}");
    assert!(dead.iter().any(|(body, _, _)| body == &backup), "{dead:?}");
    tokio::time::sleep(Duration::from_millis(1_100)).await;
    master.handle(scheduled_drain(), "req-3").await.expect("drain");
    let slack = world
        .slack_requests()
        .await
        .iter()
        .map(Value::to_string)
        .collect::<String>();
    assert!(
        slack.contains("RDS orders-db: The database instance has failed."),
        "{slack}"
    );

    // A bad definition stops the master at init, naming the variable.
    let error = MasterConfig::from_lookup(|name| match name {
        config::TABLE_NAME => Some(TABLE.to_owned()),
        config::CUSTOM_EVENT_SOURCES => {
            Some(r#"{"rds": {"pattern": "{\"detail-type\": [\"x\"]}", "title": "t"}}"#.to_owned())
        }
        _ => None,
    })
    .unwrap_err()
    .to_string();
    assert!(
        error.contains(config::CUSTOM_EVENT_SOURCES) && error.contains("has no `source`"),
        "{error}"
    );
}
