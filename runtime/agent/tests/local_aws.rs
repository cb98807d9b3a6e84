//! The agent against local AWS: real Logs Insights queries, a real DynamoDB checkpoint table,
//! PutEvents across accounts to the master bus, and a rule on that bus to an SQS queue in the
//! master account through which every test checks what arrived. Faults are injected by
//! wrapping a real adapter, never by replacing it.

use awsmon_sdk_config::aws_json::{ECS, LAMBDA, TAGGING};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_sdk_cloudwatchlogs::types::InputLogEvent;
use aws_sdk_eventbridge::types::Target;
use awsmon_agent::adapters::{CloudWatchLogs, DynamoCheckpoints, MasterBus, TaggedByTag, checkpoints};
use awsmon_agent::error::AwsError;
use awsmon_agent::ports::{
    BusEntry, EntryOutcome, EventBus, LogGroupCatalog, LogsInsights, QueryRequest, QueryStatus,
};
use awsmon_agent::publish::RetryPolicy;
use awsmon_agent::{Agent, Config, Ports, RunReport, Tuning};
use awsmon_domain::agent_event::{AgentEvent, AgentIdentity, ErrorLogDetected, Heartbeat};
use awsmon_domain::{AccountId, Region, Timestamp};
use awsmon_tests::account_client;
use awsmon_tests::{AGENT_ACCOUNT, LocalAws, MASTER_ACCOUNT, REGION};
use serde_json::Value;

const TABLE: &str = "awsmon-agent-checkpoints";

/// Local AWS with the master bus (open to the agent account) delivering to a queue, and the
/// agent's checkpoint table.
struct World {
    aws: LocalAws,
    bus_arn: String,
    queue_url: String,
    /// Log time of the test's first line; runs happen at offsets from it.
    base: i64,
}

type RealPorts = Ports<CloudWatchLogs, TaggedByTag, DynamoCheckpoints, MasterBus>;

impl World {
    async fn new() -> Self {
        let aws = LocalAws::start();
        let bus = aws.master_bus_to_queue("ingest").await;
        checkpoints::create_table(&account_client!(aws_sdk_dynamodb, aws, AGENT_ACCOUNT), TABLE)
            .await
            .expect("checkpoint table");
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock")
            .as_millis() as i64;
        Self {
            aws,
            bus_arn: bus.bus_arn,
            queue_url: bus.queue_url,
            base: now - now % 60_000 - 3_600_000,
        }
    }

    fn ports(&self) -> RealPorts {
        Ports {
            logs: CloudWatchLogs::new(self.aws.logs(AGENT_ACCOUNT)),
            tagged: TaggedByTag::new(
                self.aws.json_client(AGENT_ACCOUNT, TAGGING),
                self.aws.json_client(AGENT_ACCOUNT, ECS),
                self.aws.json_client(AGENT_ACCOUNT, LAMBDA),
            ),
            store: DynamoCheckpoints::new(account_client!(aws_sdk_dynamodb, self.aws, AGENT_ACCOUNT), TABLE),
            bus: MasterBus::new(self.aws.eventbridge(AGENT_ACCOUNT), &self.bus_arn),
        }
    }

    fn config(&self, settings: &[(&str, &str)]) -> Config {
        let mut env: HashMap<String, String> = HashMap::from([
            ("AWSMON_MASTER_BUS_ARN".to_owned(), self.bus_arn.clone()),
            ("AWSMON_CHECKPOINT_TABLE".to_owned(), TABLE.to_owned()),
            ("AWSMON_INSIGHTS_CALLS_PER_SECOND".to_owned(), "50".to_owned()),
        ]);
        for (key, value) in settings {
            env.insert((*key).to_owned(), (*value).to_owned());
        }
        Config::from_lookup(|name| env.get(name).cloned()).expect("test configuration")
    }

    fn agent<L, T, S, B>(
        &self,
        config: Config,
        ports: Ports<L, T, S, B>,
        row_limit: usize,
    ) -> Agent<L, T, S, B>
    where
        L: LogsInsights + LogGroupCatalog,
        T: awsmon_agent::ports::TaggedWorkloads,
        S: awsmon_agent::ports::CheckpointStore,
        B: EventBus,
    {
        let tuning = Tuning {
            row_limit,
            first_poll: Duration::from_millis(20),
            max_poll: Duration::from_millis(200),
            retry: RetryPolicy {
                attempts: 5,
                first_backoff: Duration::from_millis(20),
            },
            ..Tuning::default()
        };
        Agent::new(config, ports, tuning).expect("agent")
    }

    async fn create_group(&self, name: &str) {
        let logs = self.aws.logs(AGENT_ACCOUNT);
        logs.create_log_group()
            .log_group_name(name)
            .send()
            .await
            .expect("log group");
        logs.create_log_stream()
            .log_group_name(name)
            .log_stream_name("app")
            .send()
            .await
            .expect("log stream");
    }

    /// Writes `(offset from base in ms, message)` lines to `group`.
    async fn write(&self, group: &str, lines: &[(i64, String)]) {
        let mut sorted = lines.to_vec();
        sorted.sort_by_key(|(offset, _)| *offset);
        let events: Vec<InputLogEvent> = sorted
            .iter()
            .map(|(offset, message)| {
                InputLogEvent::builder()
                    .timestamp(self.base + offset)
                    .message(message)
                    .build()
                    .expect("log event")
            })
            .collect();
        self.aws
            .logs(AGENT_ACCOUNT)
            .put_log_events()
            .log_group_name(group)
            .log_stream_name("app")
            .set_log_events(Some(events))
            .send()
            .await
            .expect("put log events");
    }

    /// One run as of `base + offset_ms`.
    async fn run<L, T, S, B>(&self, agent: &Agent<L, T, S, B>, offset_ms: i64) -> RunReport
    where
        L: LogsInsights + LogGroupCatalog,
        T: awsmon_agent::ports::TaggedWorkloads,
        S: awsmon_agent::ports::CheckpointStore,
        B: EventBus,
    {
        let now = Timestamp::from_millis(self.base + offset_ms);
        let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
        Box::pin(agent.run(&identity(), now, deadline)).await
    }

    /// Every message body that reached the master queue so far.
    async fn drain(&self) -> Vec<String> {
        let sqs = self.aws.sqs(MASTER_ACCOUNT);
        let mut bodies = Vec::new();
        let mut empty = 0;
        while empty < 2 {
            let messages = sqs
                .receive_message()
                .queue_url(&self.queue_url)
                .max_number_of_messages(10)
                .wait_time_seconds(0)
                .send()
                .await
                .expect("receive")
                .messages
                .unwrap_or_default();
            if messages.is_empty() {
                empty += 1;
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
            for message in messages {
                bodies.push(message.body.clone().unwrap_or_default());
                sqs.delete_message()
                    .queue_url(&self.queue_url)
                    .set_receipt_handle(message.receipt_handle)
                    .send()
                    .await
                    .expect("delete");
            }
        }
        bodies
    }
}

fn identity() -> AgentIdentity {
    AgentIdentity {
        account_id: AccountId::parse(AGENT_ACCOUNT).expect("account"),
        region: Region::parse(REGION).expect("region"),
        agent_version: "0.1.0-test".into(),
    }
}

/// The events in the queue's EventBridge envelopes, checked against the wire contract.
fn parse_events(bodies: &[String]) -> (Vec<ErrorLogDetected>, Vec<Heartbeat>) {
    let mut errors = Vec::new();
    let mut heartbeats = Vec::new();
    for body in bodies {
        let envelope: Value = serde_json::from_str(body).expect("envelope JSON");
        assert_eq!(envelope["source"], "awsmon.agent");
        assert_eq!(envelope["account"], AGENT_ACCOUNT, "sent from the agent account");
        let detail_type = envelope["detail-type"].as_str().expect("detail-type");
        match AgentEvent::parse(detail_type, &envelope["detail"]).expect("a valid agent event") {
            AgentEvent::ErrorLog(e) => errors.push(e),
            AgentEvent::Heartbeat(h) => heartbeats.push(h),
            AgentEvent::Deployment(_) => panic!("the agent sends no deployment events"),
        }
    }
    (errors, heartbeats)
}

/// Matching lines per log group, summed over events; panics on a repeated event id.
fn counts_by_group(events: &[ErrorLogDetected]) -> BTreeMap<String, u64> {
    let mut ids = HashSet::new();
    let mut counts = BTreeMap::new();
    for event in events {
        assert!(ids.insert(event.id.clone()), "event {} arrived twice", event.id);
        *counts.entry(event.log_group.clone()).or_default() += event.count;
    }
    counts
}

fn groups(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("/awsmon-test/{prefix}-{i}")).collect()
}

/// Lines of group `index` between `from` and `to` (ms offsets), every 23 s: errors, failures,
/// exceptions and INFO lines that must never match. Returns the lines and how many match.
fn traffic(index: usize, from: i64, to: i64) -> (Vec<(i64, String)>, u64) {
    let mut lines = Vec::new();
    let mut matching = 0;
    let mut offset = from + index as i64 * 101;
    let mut k = 0;
    while offset < to {
        let message = match k % 4 {
            0 => format!(
                "ERROR payment declined for order {k} (request req-{:06x})",
                k * 7919
            ),
            1 => format!("INFO request {k} served in {} ms", k * 3),
            2 => format!("job {k} failed: upstream returned 503"),
            _ => format!(
                "java.lang.IllegalStateException: queue {k} closed\n\tat com.acme.Worker.run(Worker.java:{k})"
            ),
        };
        if k % 4 != 1 {
            matching += 1;
        }
        lines.push((offset, message));
        offset += 23_000;
        k += 1;
    }
    (lines, matching)
}

#[tokio::test(flavor = "multi_thread")]
async fn error_lines_in_two_chunks_are_found_exactly_once_across_three_runs() {
    let world = World::new().await;
    let names = groups("app", 6);
    let mut expected = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        world.create_group(name).await;
        // Lines from before the first window to after the third run's horizon.
        let (mut lines, _) = traffic(i, -60_000, 1_100_000);
        lines.push((300_000, "ERROR on the boundary of the first two windows".into()));
        lines.push((1_019_999, "ERROR one millisecond before the last horizon".into()));
        lines.push((1_020_000, "ERROR on the last horizon: the next run's".into()));
        world.write(name, &lines).await;
        let in_range = lines
            .iter()
            .filter(|(offset, message)| (0..1_020_000).contains(offset) && !message.starts_with("INFO"))
            .count();
        expected.insert(name.clone(), in_range as u64);
    }
    let joined = names.join(",");
    let config = world.config(&[
        ("AWSMON_LOG_GROUP_NAMES", joined.as_str()),
        ("CW_LOG_GROUPS_CHUNK_SIZE", "3"),
    ]);
    // A row limit of 4 makes every window split, as one reaching 10,000 rows would.
    let agent = world.agent(config, world.ports(), 4);

    // Latency 15 s, window 300 s: run 1 covers [0, 300 s), run 2 [300, 600), run 3 is late
    // and catches up [600, 900) and [900, 1020).
    let mut reports = Vec::new();
    for offset in [315_000, 615_000, 1_035_000] {
        reports.push(world.run(&agent, offset).await);
    }
    let (errors, heartbeats) = parse_events(&world.drain().await);
    assert_eq!(counts_by_group(&errors), expected);
    for event in &errors {
        assert!(
            event.samples.iter().all(|s| !s.starts_with("INFO")),
            "INFO line published: {:?}",
            event.samples
        );
        assert!(event.first_seen >= event.window.start && event.last_seen < event.window.end);
    }
    assert!(
        errors
            .iter()
            .any(|e| e.template == "payment declined for order <*>"),
        "templates: {:?}",
        errors.iter().map(|e| &e.template).collect::<Vec<_>>()
    );
    assert_eq!(heartbeats.len(), 3);
    for (report, covered) in reports.iter().zip([300_000u64, 300_000, 420_000]) {
        assert!(report.succeeded(), "{:?}", report.heartbeat.errors);
        assert_eq!(report.heartbeat.log_groups_watched, 6);
        assert_eq!(report.heartbeat.covered_ms, covered * 2, "two chunks");
        assert!(
            report.heartbeat.queries > 2,
            "windows over the row limit were split"
        );
        assert!(heartbeats.contains(&report.heartbeat));
    }
    let lines: u64 = reports.iter().map(|r| r.heartbeat.lines_matched).sum();
    assert_eq!(lines, expected.values().sum::<u64>());
}

/// Deletes a log group right before the first query: the group vanishes between discovery
/// and the query, as it may in AWS.
struct DeleteBeforeFirstQuery {
    inner: CloudWatchLogs,
    client: aws_sdk_cloudwatchlogs::Client,
    group: String,
    done: AtomicBool,
}

impl LogsInsights for DeleteBeforeFirstQuery {
    async fn start_query(&self, request: &QueryRequest) -> Result<String, AwsError> {
        if !self.done.swap(true, Ordering::SeqCst) {
            self.client
                .delete_log_group()
                .log_group_name(&self.group)
                .send()
                .await
                .expect("delete log group");
        }
        self.inner.start_query(request).await
    }

    async fn query_status(&self, query_id: &str) -> Result<QueryStatus, AwsError> {
        self.inner.query_status(query_id).await
    }

    async fn stop_query(&self, query_id: &str) -> Result<(), AwsError> {
        self.inner.stop_query(query_id).await
    }
}

impl LogGroupCatalog for DeleteBeforeFirstQuery {
    async fn groups_with_prefix(&self, prefix: &str) -> Result<Vec<String>, AwsError> {
        self.inner.groups_with_prefix(prefix).await
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn deleted_log_groups_are_reported_and_skipped_never_fatal() {
    let world = World::new().await;
    let names = groups("svc", 3);
    for name in &names {
        world.create_group(name).await;
        world
            .write(
                name,
                &[(10_000, "ERROR first".into()), (400_000, "ERROR second".into())],
            )
            .await;
    }
    let joined = names.join(",");
    let config = world.config(&[("AWSMON_LOG_GROUP_NAMES", joined.as_str())]);
    let real = world.ports();
    let ports = Ports {
        logs: DeleteBeforeFirstQuery {
            inner: real.logs,
            client: world.aws.logs(AGENT_ACCOUNT),
            group: names[2].clone(),
            done: AtomicBool::new(false),
        },
        tagged: real.tagged,
        store: real.store,
        bus: real.bus,
    };
    let agent = world.agent(config, ports, 10_000);
    let first = world.run(&agent, 315_000).await;
    assert!(first.succeeded(), "{:?}", first.heartbeat.errors);
    assert!(
        first
            .heartbeat
            .errors
            .iter()
            .any(|e| e.contains(&names[2]) && e.contains("deleted")),
        "{:?}",
        first.heartbeat.errors
    );

    // Deleted between runs: discovery reports it, the others carry on.
    world
        .aws
        .logs(AGENT_ACCOUNT)
        .delete_log_group()
        .log_group_name(&names[1])
        .send()
        .await
        .expect("delete");
    let second = world.run(&agent, 615_000).await;
    assert!(second.succeeded(), "{:?}", second.heartbeat.errors);
    assert_eq!(second.heartbeat.log_groups_watched, 1);
    assert!(
        second
            .heartbeat
            .errors
            .iter()
            .any(|e| e.contains(&names[1]) && e.contains("does not exist")),
        "{:?}",
        second.heartbeat.errors
    );
    let (errors, heartbeats) = parse_events(&world.drain().await);
    assert_eq!(heartbeats.len(), 2);
    let counts = counts_by_group(&errors);
    assert_eq!(
        counts,
        BTreeMap::from([(names[0].clone(), 2), (names[1].clone(), 1)]),
        "group 0 in both runs, group 1 until it was deleted, group 2 never"
    );
}

/// Fails every query of the chunk holding `group` while `failing` is set, as a throttled or
/// unavailable Logs Insights would.
struct FailingChunk {
    inner: CloudWatchLogs,
    group: String,
    failing: AtomicBool,
}

impl LogsInsights for FailingChunk {
    async fn start_query(&self, request: &QueryRequest) -> Result<String, AwsError> {
        if self.failing.load(Ordering::SeqCst) && request.log_groups.contains(&self.group) {
            return Err(AwsError::Service {
                operation: "StartQuery",
                code: "ServiceUnavailableException".into(),
                message: "injected".into(),
            });
        }
        self.inner.start_query(request).await
    }

    async fn query_status(&self, query_id: &str) -> Result<QueryStatus, AwsError> {
        self.inner.query_status(query_id).await
    }

    async fn stop_query(&self, query_id: &str) -> Result<(), AwsError> {
        self.inner.stop_query(query_id).await
    }
}

impl LogGroupCatalog for FailingChunk {
    async fn groups_with_prefix(&self, prefix: &str) -> Result<Vec<String>, AwsError> {
        self.inner.groups_with_prefix(prefix).await
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_failing_chunk_is_retried_next_run_without_losing_lines() {
    let world = World::new().await;
    let names = groups("job", 4);
    let mut expected = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        world.create_group(name).await;
        let (lines, matching) = traffic(i, 0, 600_000);
        world.write(name, &lines).await;
        expected.insert(name.clone(), matching);
    }
    let config = world.config(&[
        ("AWSMON_LOG_GROUP_PREFIXES", "/awsmon-test/job-"),
        ("CW_LOG_GROUPS_CHUNK_SIZE", "2"),
    ]);
    let real = world.ports();
    let ports = Ports {
        logs: FailingChunk {
            inner: real.logs,
            group: names[3].clone(),
            failing: AtomicBool::new(true),
        },
        tagged: real.tagged,
        store: real.store,
        bus: real.bus,
    };
    let agent = world.agent(config, ports, 10_000);
    let first = world.run(&agent, 315_000).await;
    assert_eq!(first.heartbeat.failed_chunks, 1);
    assert!(
        first.heartbeat_sent.is_ok(),
        "the heartbeat goes out when a chunk fails"
    );
    assert!(
        first
            .heartbeat
            .errors
            .iter()
            .any(|e| e.contains("retried next run")),
        "{:?}",
        first.heartbeat.errors
    );
    assert!(!first.succeeded());

    agent.ports().logs.failing.store(false, Ordering::SeqCst);
    let second = world.run(&agent, 615_000).await;
    assert!(second.succeeded(), "{:?}", second.heartbeat.errors);
    // The failed chunk catches up on its first window and the new one; the other only scans
    // the new one.
    assert_eq!(second.heartbeat.covered_ms, 300_000 + 2 * 300_000);
    let (errors, heartbeats) = parse_events(&world.drain().await);
    assert_eq!(heartbeats.len(), 2);
    assert_eq!(counts_by_group(&errors), expected);
}

/// Secrets of every kind the agent redacts, in several formats, each planted in an error
/// line; the second part of each pair is what must never reach the master.
fn planted_secrets() -> Vec<(String, &'static str)> {
    let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    [
        ("ERROR sts call with key AKIAIOSFODNN7EXAMPLE denied", "AKIAIOSFODNN7EXAMPLE"),
        ("ERROR temporary creds ASIAY34FZKBEXAMPLE7A expired", "ASIAY34FZKBEXAMPLE7A"),
        (
            "ERROR boto: aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY rejected",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        ),
        (
            r#"ERROR config {"SecretAccessKey": "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"} invalid"#,
            "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        ),
        (
            "ERROR leaked 9drTJvcXLB89EXAMPLEkey/wJalrXUtnFEMI+K7M in trace",
            "9drTJvcXLB89EXAMPLEkey/wJalrXUtnFEMI+K7M",
        ),
        (
            "ERROR upstream 401 with header Authorization: Bearer sk_live_51HxQ2Tq8bZ3vYk",
            "sk_live_51HxQ2Tq8bZ3vYk",
        ),
        ("ERROR retry with bearer ya29.a0AfH6SMBx3kT0kenValue", "ya29.a0AfH6SMBx3kT0kenValue"),
        ("ERROR invalid token eyJ... in request: JWTPLACE", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
        ("ERROR db connect postgres://orders:Pa55w0rd!@db.internal:5432/orders failed", "Pa55w0rd!"),
        ("ERROR login failed password=hunter2 for user bob", "hunter2"),
        (r#"ERROR bad payload {"password": "correct horse battery", "user": "x"}"#, "correct horse battery"),
        ("ERROR GET /callback?code=1&access_token=tok_8f7e6d5c4b3a2910&state=x failed", "tok_8f7e6d5c4b3a2910"),
        ("ERROR client_secret: s3cr3t-v4lue-123 refused", "s3cr3t-v4lue-123"),
        ("ERROR X-Api-Key: AbCdEf0123456789 rejected", "AbCdEf0123456789"),
        ("ERROR mail to jane.doe@example.com bounced", "jane.doe@example.com"),
        ("ERROR charge failed for card 4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("ERROR charge failed for card 5500-0000-0000-0004", "5500-0000-0000-0004"),
        ("ERROR charge failed for card 378282246310005", "378282246310005"),
        (
            "ERROR loaded -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAs3cr3tK3yMat3r1al\n-----END RSA PRIVATE KEY-----",
            "MIIEowIBAAKCAQEAs3cr3tK3yMat3r1al",
        ),
        ("ERROR customer cust-482913 not billed", "cust-482913"),
    ]
    .into_iter()
    .map(|(line, secret)| (line.replace("JWTPLACE", jwt), secret))
    .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn planted_secrets_never_reach_put_events_and_error_text_stays_readable() {
    let world = World::new().await;
    let group = "/awsmon-test/secrets";
    world.create_group(group).await;
    let planted = planted_secrets();
    let mut lines: Vec<(i64, String)> = planted
        .iter()
        .enumerate()
        .map(|(i, (line, _))| (1_000 + i as i64 * 1_000, line.clone()))
        .collect();
    lines.push((
        100_000,
        "ERROR payment declined for order 42 after 3 attempts".into(),
    ));
    world.write(group, &lines).await;
    let config = world.config(&[
        ("AWSMON_LOG_GROUP_NAMES", group),
        ("AWSMON_REDACT_PATTERNS", r"cust-[0-9]{6}"),
    ]);
    let agent = world.agent(config, world.ports(), 10_000);
    let report = world.run(&agent, 315_000).await;
    assert!(report.succeeded(), "{:?}", report.heartbeat.errors);
    let bodies = world.drain().await;
    let everything = bodies.join("\n");
    // What reached PutEvents, JSON-decoded (a secret must not survive as escaped JSON either).
    let (errors, _) = parse_events(&bodies);
    let samples: Vec<&String> = errors
        .iter()
        .flat_map(|e| e.samples.iter().chain([&e.template]))
        .collect();
    for (line, secret) in &planted {
        assert!(
            !everything.contains(secret),
            "{secret:?} reached the master in {line:?}"
        );
        assert!(
            samples.iter().all(|s| !s.contains(secret)),
            "{secret:?} survives in a sample"
        );
    }
    assert_eq!(errors.iter().map(|e| e.count).sum::<u64>(), lines.len() as u64);
    assert!(
        samples
            .iter()
            .any(|s| *s == "ERROR payment declined for order 42 after 3 attempts"),
        "ordinary error text stays readable: {samples:?}"
    );
    assert!(
        samples
            .iter()
            .any(|s| s.contains("ERROR login failed password=<redacted> for user bob"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn only_errors_become_events_grouped_by_problem_whatever_their_words() {
    let world = World::new().await;
    let group = "/aws/lambda/payments";
    world.create_group(group).await;
    let powertools = |request: &str, cold: bool, location: &str| {
        format!(
            r#"{{"level":"ERROR","location":"{location}","message":"Payment failed for order {request}","timestamp":"2026-11-24 09:00:01,123+0000","service":"payments","cold_start":{cold},"function_request_id":"{request}","xray_trace_id":"1-5f0a-{request}","exception_name":"ValueError"}}"#
        )
    };
    let lines: Vec<(i64, String)> = vec![
        (1_000, powertools("3f1e7a2b-9c1d-4e2f-8a3b-1c2d3e4f5a6b", true, "charge:57")),
        (2_000, powertools("9a0c5d4e-3f2e-4d1c-9b8a-7f6e5d4c3b2a", false, "charge:57")),
        (3_000, powertools("77b2e1f0-0a1b-4c2d-8e3f-4a5b6c7d8e9f", false, "charge:61")),
        (4_000, powertools("c0de0f1e-2d3c-4b4a-9f8e-7d6c5b4a3f2e", false, "refund:12")),
        (5_000, "2026-11-24T09:00:07.123Z 0f3b2a11-9c1d-4e2f-8a3b-1c2d3e4f5a6b Task timed out after 6.00 seconds".into()),
        (6_000, "2026-11-24T09:00:08.456Z 7d6c5b4a-3f2e-4d1c-9b8a-7f6e5d4c3b2a Task timed out after 3.00 seconds".into()),
        // INFO lines that mention errors: fetched by the broad query, never published.
        (7_000, r#"{"level":"INFO","message":"batch done, 0 errors","error":null,"cold_start":false}"#.into()),
        (8_000, "2026-11-24 09:00:09,000 INFO reconciliation finished: 0 errors, failover completed".into()),
        // Not even a candidate.
        (9_000, "REPORT RequestId: 3f1e Duration: 12.00 ms Billed Duration: 13 ms Memory Size: 128 MB Max Memory Used: 41 MB".into()),
    ];
    world.write(group, &lines).await;
    let agent = world.agent(
        world.config(&[("AWSMON_LOG_GROUP_NAMES", group)]),
        world.ports(),
        10_000,
    );
    let report = world.run(&agent, 315_000).await;
    assert!(report.succeeded(), "{:?}", report.heartbeat.errors);
    assert_eq!(
        (report.heartbeat.lines_matched, report.heartbeat.lines_not_errors),
        (6, 2),
        "six errors published, two INFO lines dropped"
    );
    let (errors, _) = parse_events(&world.drain().await);
    let mut by_template: Vec<(String, u64)> = errors.iter().map(|e| (e.template.clone(), e.count)).collect();
    by_template.sort();
    assert_eq!(
        by_template,
        vec![
            ("<*> Task timed out after <*>".to_owned(), 2),
            ("ValueError: Payment failed for order <*>".to_owned(), 1),
            ("ValueError: Payment failed for order <*>".to_owned(), 3),
        ],
        "one issue per problem: the same call site across requests and cold starts, another call site apart"
    );
    assert!(errors.iter().all(
        |e| e.fingerprint_version == awsmon_domain::log::FINGERPRINT_VERSION
            && e.previous_fingerprint.is_some()
    ));
    let everything: Vec<&String> = errors.iter().flat_map(|e| &e.samples).collect();
    assert!(
        everything.iter().all(|s| !s.contains("0 errors")),
        "{everything:?}"
    );
}

/// Fails every other entry of a PutEvents call the first time that entry is sent (without
/// sending it), as EventBridge reports throttled or internal-error entries.
struct FlakyBus {
    inner: MasterBus,
    seen: Mutex<HashSet<String>>,
}

impl EventBus for FlakyBus {
    async fn put_events(&self, entries: &[BusEntry]) -> Result<Vec<EntryOutcome>, AwsError> {
        let fail: Vec<bool> = {
            let mut seen = self.seen.lock().expect("lock");
            entries
                .iter()
                .enumerate()
                .map(|(i, entry)| seen.insert(entry.detail.clone()) && i % 2 == 0)
                .collect()
        };
        let to_send: Vec<BusEntry> = entries
            .iter()
            .zip(&fail)
            .filter(|(_, fail)| !**fail)
            .map(|(entry, _)| entry.clone())
            .collect();
        let mut sent = self.inner.put_events(&to_send).await?.into_iter();
        Ok(fail
            .iter()
            .map(|fail| {
                if *fail {
                    EntryOutcome::Failed {
                        code: "ThrottlingException".into(),
                        message: "injected".into(),
                    }
                } else {
                    sent.next().expect("an outcome per sent entry")
                }
            })
            .collect())
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn put_events_partial_failures_are_retried_and_nothing_is_lost_or_duplicated() {
    let world = World::new().await;
    let group = "/awsmon-test/many";
    world.create_group(group).await;
    let components = [
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo",
        "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform",
        "victor", "whiskey", "xray", "yankee",
    ];
    let lines: Vec<(i64, String)> = components
        .iter()
        .enumerate()
        .flat_map(|(i, name)| {
            [
                (1_000 + i as i64 * 100, format!("ERROR component {name} crashed")),
                (
                    150_000 + i as i64 * 100,
                    format!("ERROR component {name} crashed"),
                ),
            ]
        })
        .collect();
    world.write(group, &lines).await;
    let config = world.config(&[("AWSMON_LOG_GROUP_NAMES", group)]);
    let real = world.ports();
    let ports = Ports {
        logs: real.logs,
        tagged: real.tagged,
        store: real.store,
        bus: FlakyBus {
            inner: real.bus,
            seen: Mutex::new(HashSet::new()),
        },
    };
    let agent = world.agent(config, ports, 10_000);
    let report = world.run(&agent, 315_000).await;
    assert!(report.succeeded(), "{:?}", report.heartbeat.errors);
    assert_eq!(report.heartbeat.events_published, components.len() as u64);
    let (errors, heartbeats) = parse_events(&world.drain().await);
    assert_eq!(heartbeats.len(), 1);
    assert_eq!(
        errors.len(),
        components.len(),
        "one event per component, each once"
    );
    let counts = counts_by_group(&errors);
    assert_eq!(counts[group], lines.len() as u64);
    assert!(errors.iter().all(|e| e.count == 2));
}

/// An empty zip archive: enough code for a function that is only discovered, never invoked.
const EMPTY_ZIP: [u8; 22] = [
    0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

#[tokio::test(flavor = "multi_thread")]
async fn lambda_functions_and_ecs_services_are_discovered_by_tag() {
    use aws_sdk_ecs::types::{ContainerDefinition, LogConfiguration, LogDriver, Tag as EcsTag};
    use aws_sdk_lambda::primitives::Blob;
    use aws_sdk_lambda::types::{FunctionCode, LoggingConfig, Runtime};

    let world = World::new().await;
    let lambda = world.aws.lambda(AGENT_ACCOUNT);
    let role = world.aws.create_lambda_role(AGENT_ACCOUNT, "app");
    for (name, tagged, custom_group) in [
        ("orders", true, None),
        ("billing", true, None),
        ("payments", true, Some("/custom/payments")),
        ("untagged", false, None),
    ] {
        let mut request = lambda
            .create_function()
            .function_name(name)
            .runtime(Runtime::Providedal2023)
            .handler("bootstrap")
            .role(&role)
            .code(
                FunctionCode::builder()
                    .zip_file(Blob::new(EMPTY_ZIP.to_vec()))
                    .build(),
            );
        if tagged {
            request = request.tags("awsmon:watch", "true");
        }
        if let Some(group) = custom_group {
            request = request.logging_config(LoggingConfig::builder().log_group(group).build());
        }
        request.send().await.expect("create function");
    }
    let ecs = account_client!(aws_sdk_ecs, world.aws, AGENT_ACCOUNT);
    ecs.create_cluster()
        .cluster_name("prod")
        .send()
        .await
        .expect("cluster");
    let container = ContainerDefinition::builder()
        .name("web")
        .image("nginx")
        .memory(256)
        .log_configuration(
            LogConfiguration::builder()
                .log_driver(LogDriver::Awslogs)
                .options("awslogs-group", "/ecs/web")
                .options("awslogs-region", REGION)
                .options("awslogs-stream-prefix", "web")
                .build()
                .expect("log configuration"),
        )
        .build();
    ecs.register_task_definition()
        .family("web")
        .container_definitions(container)
        .send()
        .await
        .expect("task definition");
    ecs.create_service()
        .cluster("prod")
        .service_name("web")
        .task_definition("web")
        .desired_count(1)
        .tags(EcsTag::builder().key("awsmon:watch").value("true").build())
        .send()
        .await
        .expect("service");
    // The functions' groups (a custom LoggingConfig one included) and the container's group get
    // errors; the ECS Exec audit group and the untagged function's group must never be read.
    for group in [
        "/aws/lambda/orders",
        "/custom/payments",
        "/ecs/web",
        "/aws/ecs/exec-audit",
        "/aws/lambda/untagged",
    ] {
        world.create_group(group).await;
        world
            .write(group, &[(5_000, format!("ERROR something failed in {group}"))])
            .await;
    }
    let config = world.config(&[("AWSMON_DISCOVERY_TAG", "awsmon:watch=true")]);
    let agent = world.agent(config, world.ports(), 10_000);
    let report = world.run(&agent, 315_000).await;
    assert_eq!(
        report.heartbeat.log_groups_watched, 3,
        "{:?}",
        report.heartbeat.errors
    );
    assert!(
        report
            .heartbeat
            .errors
            .iter()
            .any(|e| e.contains("/aws/lambda/billing") && e.contains("does not exist")),
        "a tagged function without a log group is reported: {:?}",
        report.heartbeat.errors
    );
    let (errors, _) = parse_events(&world.drain().await);
    assert_eq!(
        counts_by_group(&errors),
        BTreeMap::from([
            ("/aws/lambda/orders".to_owned(), 1),
            ("/custom/payments".to_owned(), 1),
            ("/ecs/web".to_owned(), 1),
        ])
    );
}

/// The one test that builds the real Lambda zip (release, glibc 2.34) and runs it through the
/// executor from its schedule, with the real clock. A second function with an invalid setting
/// fails its init with a message naming the setting.
#[tokio::test(flavor = "multi_thread")]
async fn the_deployed_function_runs_from_its_schedule_and_publishes() {
    use awsmon_tests::lambda_deploy::{build_zip, deploy};

    let zip = build_zip("awsmon-agent", "query-error-logs");
    let world = World::new().await;
    let group = "/awsmon-test/deployed";
    world.create_group(group).await;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock")
        .as_millis() as i64;
    let two_minutes_ago = now - 120_000 - world.base;
    world
        .write(
            group,
            &[
                (
                    two_minutes_ago,
                    "ERROR checkout failed for cart 77 (card 4111111111111111)".into(),
                ),
                (two_minutes_ago + 1, "INFO checkout ok for cart 78".into()),
            ],
        )
        .await;
    let env = |chunk: &str| {
        vec![
            ("AWSMON_MASTER_BUS_ARN", world.bus_arn.clone()),
            ("AWSMON_CHECKPOINT_TABLE", TABLE.to_owned()),
            ("AWSMON_LOG_GROUP_NAMES", group.to_owned()),
            // The test function's timeout is 30 s: leave room for a whole query.
            ("AWSMON_QUERY_TIMEOUT_SECS", "10".to_owned()),
            ("CW_LOG_GROUPS_CHUNK_SIZE", chunk.to_owned()),
        ]
    };
    let good = deploy(&world.aws, AGENT_ACCOUNT, "query-error-logs", &zip, &env("10")).await;
    let bad = deploy(&world.aws, AGENT_ACCOUNT, "misconfigured", &zip, &env("99")).await;
    let events = world.aws.eventbridge(AGENT_ACCOUNT);
    events
        .put_rule()
        .name("awsmon-agent-schedule")
        .schedule_expression("rate(5 minutes)")
        .send()
        .await
        .expect("schedule rule");
    events
        .put_targets()
        .rule("awsmon-agent-schedule")
        .targets(Target::builder().id("agent").arn(&good).build().expect("target"))
        .targets(
            Target::builder()
                .id("misconfigured")
                .arn(bad)
                .build()
                .expect("target"),
        )
        .send()
        .await
        .expect("targets");
    let runs = world.aws.run_schedule(AGENT_ACCOUNT, "awsmon-agent-schedule");
    let status = |name: &str| {
        runs.iter()
            .find(|r| r.record.function_name == name)
            .map(|r| (r.record.status.clone(), r.payload.clone()))
            .unwrap_or_else(|| panic!("{name} did not run; log:\n{}", world.aws.log()))
    };
    for run in &runs {
        // What the executor measured, for the record (benchmarks are another issue).
        println!("{:?}", run.record);
    }
    let (good_status, payload) = status("query-error-logs");
    assert_eq!(good_status, "success", "{payload}\n{}", world.aws.log());
    let (bad_status, _) = status("misconfigured");
    assert_eq!(bad_status, "init-error");
    assert!(
        world
            .aws
            .log()
            .contains("invalid configuration CW_LOG_GROUPS_CHUNK_SIZE: must be 1 to 50 log groups, got 99"),
        "the init error names the setting"
    );
    let bodies = world.drain().await;
    assert!(
        bodies.iter().all(|b| !b.contains("4111111111111111")),
        "the card number was redacted"
    );
    let (errors, heartbeats) = parse_events(&bodies);
    assert_eq!(heartbeats.len(), 1);
    assert_eq!(
        heartbeats[0].agent.agent_id(),
        format!("{AGENT_ACCOUNT}/{REGION}")
    );
    assert_eq!(
        heartbeats[0].covered_ms, 300_000,
        "the first run looks back one window"
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].count, 1);
    assert_eq!(
        errors[0].samples,
        ["ERROR checkout failed for cart 77 (card <card>)"]
    );

    // The handler path of a native event: a forwarding rule on the agent account's default bus
    // (modules/agent's pattern) invokes the function with the alarm, which reaches the master
    // redacted and wrapped, and runs no scan (no heartbeat).
    let pattern = awsmon_contract::events::forwarded_events()
        .into_iter()
        .find(|e| e.key == "alarms")
        .expect("the alarms pattern")
        .pattern;
    events
        .put_rule()
        .name("awsmon-agent-forward-alarms")
        .event_pattern(pattern.to_string())
        .send()
        .await
        .expect("forwarding rule");
    events
        .put_targets()
        .rule("awsmon-agent-forward-alarms")
        .targets(Target::builder().id("agent").arn(&good).build().expect("target"))
        .send()
        .await
        .expect("forwarding target");
    let secret = "EXAMPLE-invented-alarm-secret-0042";
    let detail = serde_json::json!({"alarmName": "orders-5xx",
        "state": {"value": "ALARM", "reason": "Threshold crossed", "timestamp": "2026-11-24T09:00:00.000+0000"},
        "previousState": {"value": "OK"},
        "configuration": {"description": format!("runbook login password={secret}")}});
    events
        .put_events()
        .entries(
            aws_sdk_eventbridge::types::PutEventsRequestEntry::builder()
                .source("aws.cloudwatch")
                .detail_type("CloudWatch Alarm State Change")
                .detail(detail.to_string())
                .build(),
        )
        .send()
        .await
        .expect("the alarm on the default bus");
    let mut forwarded = Vec::new();
    for _ in 0..100 {
        forwarded.extend(world.drain().await);
        if !forwarded.is_empty() && world.aws.idle() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(forwarded.len(), 1, "{forwarded:?}\n{}", world.aws.log());
    assert!(!forwarded[0].contains(secret), "{}", forwarded[0]);
    let envelope: Value = serde_json::from_str(&forwarded[0]).expect("envelope JSON");
    assert_eq!(envelope["detail-type"], "awsmon.forwarded");
    let description = envelope["detail"]["event"]["detail"]["configuration"]["description"]
        .as_str()
        .expect("the description, redacted");
    assert!(
        description.starts_with("runbook login password=<"),
        "a placeholder where the secret was: {description}"
    );
}

/// The master in another region than the agent: the agent's client is built for its own
/// region (as the Lambda runtime's default configuration is), and its events still reach the
/// bus where it lives.
#[tokio::test(flavor = "multi_thread")]
async fn an_agent_publishes_to_a_master_bus_in_another_region() {
    const MASTER_REGION: &str = "eu-central-1";
    let world = World::new().await;
    let master = world
        .aws
        .master_bus_to_queue_in(MASTER_REGION, "ingest-central")
        .await;
    let bus_arn = master.bus_arn.clone();
    assert!(bus_arn.contains(MASTER_REGION), "{bus_arn}");
    let sqs = aws_sdk_sqs::Client::from_conf(
        aws_sdk_sqs::config::Builder::from(&world.aws.sdk_config_in(MASTER_REGION))
            .interceptor(awsmon_tests::local_aws::ActAsAccount::new(MASTER_ACCOUNT))
            .build(),
    );
    let queue_url = master.queue_url;

    let group = "/aws/lambda/orders";
    world.create_group(group).await;
    world
        .write(
            group,
            &[(1_000, "[ERROR] payment declined for order 42".to_owned())],
        )
        .await;
    let mut config = world.config(&[("AWSMON_LOG_GROUP_NAMES", group)]);
    config.master_bus_arn = bus_arn.clone();
    let ports = Ports {
        bus: MasterBus::new(world.aws.eventbridge(AGENT_ACCOUNT), &bus_arn),
        ..world.ports()
    };
    let report = world.run(&world.agent(config, ports, 10_000), 315_000).await;
    assert!(report.succeeded(), "{:?}", report.heartbeat.errors);

    let mut bodies = Vec::new();
    for _ in 0..20 {
        let messages = sqs
            .receive_message()
            .queue_url(&queue_url)
            .max_number_of_messages(10)
            .send()
            .await
            .expect("receive")
            .messages
            .unwrap_or_default();
        bodies.extend(messages.into_iter().filter_map(|m| m.body));
        if bodies.len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (errors, heartbeats) = parse_events(&bodies);
    assert_eq!(
        (errors.len(), heartbeats.len()),
        (1, 1),
        "the error and the heartbeat reach the bus in {MASTER_REGION}: {bodies:?}"
    );
    assert!(
        world.drain().await.is_empty(),
        "nothing went to the bus in the agent's region"
    );
}

/// Issue 14 item 2: an AWS event a forwarding rule delivers (here an alarm, an ECS stop and a
/// Lambda failure, each with a planted invented secret) leaves the agent account redacted, as
/// one `awsmon.forwarded` event per AWS event, which the master reads as the native event.
#[tokio::test(flavor = "multi_thread")]
async fn native_events_are_redacted_wrapped_and_published_once_each() {
    use awsmon_domain::monitoring_event::{SeverityPolicy, normalise};
    use serde_json::json;

    let world = World::new().await;
    let config = world.config(&[
        ("AWSMON_LOG_GROUP_NAMES", "/aws/lambda/orders"),
        ("AWSMON_REDACT_PATTERNS", r"cust-[0-9]{6}"),
    ]);
    let agent = world.agent(config, world.ports(), 10_000);
    let time = "2026-11-24T09:00:00Z";
    let envelope = |source: &str, detail_type: &str, detail: Value| {
        json!({"version": "0", "id": format!("{source}-1"), "source": source, "detail-type": detail_type,
            "account": AGENT_ACCOUNT, "time": time, "region": REGION, "resources": [], "detail": detail})
    };
    let alarm = envelope(
        "aws.cloudwatch",
        "CloudWatch Alarm State Change",
        json!({"alarmName": "orders-5xx", "state": {"value": "ALARM", "reason": "Threshold crossed", "timestamp": "2026-11-24T09:00:00.000+0000"},
            "previousState": {"value": "OK"},
            "configuration": {"description": "orders 5xx, runbook login password=EXAMPLE-invented-alarm-pw for cust-482913"}}),
    );
    let ecs = envelope(
        "aws.ecs",
        "ECS Task State Change",
        json!({"lastStatus": "STOPPED", "stopCode": "EssentialContainerExited",
            "stoppedReason": "Essential container exited: DB_PASSWORD=EXAMPLE-invented-ecs-pw",
            "stoppedAt": "2026-11-24T09:00:00.000Z", "group": "service:orders",
            "clusterArn": format!("arn:aws:ecs:{REGION}:{AGENT_ACCOUNT}:cluster/main"),
            "taskArn": format!("arn:aws:ecs:{REGION}:{AGENT_ACCOUNT}:task/main/1"),
            "containers": [{"name": "app", "exitCode": 1, "reason": "token=EXAMPLE-invented-container-token"}]}),
    );
    let lambda = envelope(
        "lambda",
        "Lambda Function Invocation Result - Failure",
        json!({"version": "1.0", "timestamp": "2026-11-24T09:00:00.000Z",
            "requestContext": {"requestId": "c0ffee00-0000-4000-8000-000000000001",
                "functionArn": format!("arn:aws:lambda:{REGION}:{AGENT_ACCOUNT}:function:orders:$LATEST"),
                "condition": "RetriesExhausted", "approximateInvokeCount": 3},
            "requestPayload": {"user": "bob", "password": "EXAMPLE-invented-request-pw"},
            "responseContext": {"statusCode": 200, "executedVersion": "$LATEST", "functionError": "Unhandled"},
            "responsePayload": {"errorType": "LoginError", "errorMessage": "login failed: password=EXAMPLE-invented-response-pw"}}),
    );
    let natives = [alarm, ecs, lambda];
    for native in &natives {
        assert_eq!(
            awsmon_domain::forwarded::invocation(native),
            awsmon_domain::forwarded::Invocation::Forward
        );
        let published = agent.forward(&identity(), native).await.expect("forwarded");
        assert_eq!(published.events, 1);
    }
    let bodies = world.drain().await;
    assert_eq!(bodies.len(), natives.len(), "one event each: {bodies:?}");
    let everything = bodies.join("\n");
    for secret in [
        "EXAMPLE-invented-alarm-pw",
        "cust-482913",
        "EXAMPLE-invented-ecs-pw",
        "EXAMPLE-invented-container-token",
        "EXAMPLE-invented-request-pw",
        "EXAMPLE-invented-response-pw",
    ] {
        assert!(
            !everything.contains(secret),
            "{secret} left the account: {everything}"
        );
    }
    let policy = SeverityPolicy::default();
    for (body, native) in bodies.iter().zip(&natives) {
        let wrapped: Value = serde_json::from_str(body).expect("envelope JSON");
        assert_eq!(wrapped["source"], "awsmon.agent");
        assert_eq!(wrapped["detail-type"], "awsmon.forwarded");
        assert_eq!(wrapped["account"], AGENT_ACCOUNT);
        let from_agent = normalise(&wrapped, &policy).expect("the master accepts it");
        let direct = normalise(native, &policy).expect("the native event is accepted");
        assert_eq!(
            (&from_agent.id, &from_agent.fingerprint, from_agent.event_type),
            (&direct.id, &direct.fingerprint, direct.event_type),
            "the same issue as the native event"
        );
    }
}
