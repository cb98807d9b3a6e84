//! One definition of a silent agent: at the same instant, the daily report's silent agents,
//! the agents `GET /agents` calls silent and the agents the scheduled check flags are the same,
//! whether or not the scheduled check has marked them in the registry yet.

mod support;

use std::collections::BTreeSet;

use awsmon_domain::agent_registry::{Agent, AgentStatus};
use awsmon_domain::monitoring_event::{EventType, SeverityPolicy};
use awsmon_domain::report::ReportKind;
use awsmon_domain::{AccountId, Region, Timestamp};
use awsmon_master::api::execute::execute;
use awsmon_master::api::{ApiRequest, ApiResponse};
use awsmon_master::ports::{AgentRegistry, now};
use awsmon_master::{registry, reports};
use support::World;

const MINUTE_MS: i64 = 60_000;

/// An agent on a 5-minute schedule last heard `minutes_ago`, with `status` as stored.
fn agent(account: &str, minutes_ago: i64, status: AgentStatus, now: Timestamp) -> Agent {
    let heard = now.plus_millis(-minutes_ago * MINUTE_MS);
    Agent {
        agent_id: format!("{account}/eu-west-1"),
        account_id: AccountId::parse(account).expect("account"),
        region: Region::parse("eu-west-1").expect("region"),
        agent_version: "0.1.0".into(),
        config_hash: "c1".into(),
        deployed_config_hash: "c1".into(),
        schedule_period_secs: 300,
        status,
        deployed_at: Some(heard.plus_millis(-MINUTE_MS)),
        last_heartbeat: Some(heard),
        last_errors: Vec::new(),
        updated_at: heard,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_report_get_agents_and_the_check_agree_on_silent_agents_at_the_same_instant() {
    let world = World::start().await;
    let store = world.store();
    let now = now();
    for agent in [
        // Silent for 5 minutes already, not yet marked: check-agents has not run since.
        agent("111111111111", 20, AgentStatus::Healthy, now),
        agent("222222222222", 2, AgentStatus::Healthy, now),
        // Marked silent by the last check, and still silent.
        agent("333333333333", 60, AgentStatus::Silent, now),
        // Removed agents are never silent.
        agent("444444444444", 60, AgentStatus::Removed, now),
        // Just within three periods: its last run's status stands.
        agent("555555555555", 14, AgentStatus::Degraded, now),
    ] {
        assert!(store.save_agent(&agent).await.expect("save agent"));
    }

    let report = reports::build(&store, ReportKind::Daily, now)
        .await
        .expect("report");
    let reported: BTreeSet<String> = report.silent_agents.iter().cloned().collect();

    let ApiResponse::Json(200, body) = execute(
        &store,
        ApiRequest::ListAgents,
        now,
        "request-1",
        "arn:aws:iam::111111111111:role/reader",
    )
    .await
    .expect("GET /agents") else {
        panic!("GET /agents answers 200 with JSON");
    };
    let listed = |status: &str| -> BTreeSet<String> {
        body["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter(|item| item["status"] == status)
            .map(|item| item["agent_id"].as_str().expect("agent_id").to_owned())
            .collect()
    };

    let flagged: BTreeSet<String> = registry::check(&store, &SeverityPolicy::default(), "0.1.0", now)
        .await
        .expect("check")
        .iter()
        .filter(|event| event.event_type == EventType::AgentSilent)
        .map(|event| format!("{}/{}", event.account_id.as_str(), event.region.as_str()))
        .collect();

    let expected: BTreeSet<String> = ["111111111111/eu-west-1", "333333333333/eu-west-1"]
        .map(str::to_owned)
        .into();
    assert_eq!(reported, expected, "the report's silent agents");
    assert_eq!(listed("silent"), expected, "GET /agents at the same instant");
    assert_eq!(flagged, expected, "the scheduled check at the same instant");
    assert_eq!(
        listed("degraded"),
        BTreeSet::from(["555555555555/eu-west-1".to_owned()])
    );
    assert_eq!(
        listed("removed"),
        BTreeSet::from(["444444444444/eu-west-1".to_owned()])
    );
}
