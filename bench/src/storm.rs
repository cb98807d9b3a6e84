//! The storm (10,000 error lines of 100 fingerprints in one window through the master) and the
//! detection latency (an error line to its Slack message through the deployed functions).

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aws_sdk_sqs::types::QueueAttributeName;
use awsmon_contract::functions;
use awsmon_domain::Severity;
use awsmon_domain::agent_event::{AgentEvent, TimeWindow};
use awsmon_domain::monitoring_event::{EventType, SeverityPolicy, SeverityRule};
use awsmon_master::config;
use awsmon_master::handler::Master;
use awsmon_tests::lambda_deploy::{deploy, map_queue};
use awsmon_tests::{AGENT_ACCOUNT, MASTER_ACCOUNT};
use serde_json::{Value, json};
use tokio::task::JoinSet;

use crate::events;
use crate::report::{Section, Verdict, count, median};
use crate::world::{self, World};

const LINES: usize = 10_000;
const KINDS: usize = 100;
const INSTANCES: usize = 4;
const LATENCY_TRIALS: usize = 4;
const PROCESSING_GOAL_S: f64 = 10.0;
/// The agent function's timeout in production (`modules/agent`, the provider's default), s.
const AGENT_TIMEOUT_S: i32 = 300;

/// Error logs notify in real time here (by default they only show in reports).
fn realtime_errors() -> String {
    let policy = SeverityPolicy {
        rules: vec![SeverityRule {
            event_type: EventType::ErrorLog,
            severity: Severity::High,
            realtime: true,
        }],
    };
    serde_json::to_string(&policy).expect("policy JSON")
}

fn kind_word(kind: usize) -> String {
    // As `events::error_line` spells it.
    let line = events::error_line(kind, 0);
    line.split_whitespace().nth(3).unwrap_or_default().to_owned()
}

fn scheduled_drain() -> Value {
    json!({"detail-type": "Scheduled Event", "source": "aws.events", "detail": {}})
}

pub async fn run() -> Section {
    let mut section = Section::new(
        "6. Storm",
        "10,000 error lines of 100 fingerprints in one 5-minute window, grouped by the agent's \
         `ErrorBatch` into its events, delivered to the master (`Master::handle`, the real \
         handler, against local DynamoDB, SQS and SSM) as SQS batches of 10 by 4 concurrent \
         instances, then scheduled outbox drains every second until nothing is due. Error logs \
         are made real-time (`AWSMON_SEVERITY_POLICY`) so that every issue notifies. Slack is a \
         local stub that timestamps each message on arrival.",
    );
    let world = World::start().await;
    let extra = [(config::SEVERITY_POLICY, realtime_errors())];
    let mut masters = Vec::new();
    for _ in 0..INSTANCES {
        masters.push(Arc::new(world.master(&extra).await));
    }
    let bodies = storm_bodies(&mut section);
    let started = Instant::now();
    let delivery = deliver(&masters, &bodies).await;
    let ingest_s = started.elapsed().as_secs_f64();
    let (notified, drains) = drain_until_notified(&world, &masters[0]).await;
    let all_s = started.elapsed().as_secs_f64();
    let messages = world.slack_log.messages();
    section.info(
        "batch item failures (retried as SQS would)",
        format!(
            "{} over {} rounds of delivery; {} never accepted",
            delivery.failed, delivery.deliveries, delivery.never_accepted
        ),
    );
    section.row(
        "Slack messages",
        format!(
            "{} in {all_s:.1} s (ingest {ingest_s:.1} s, {drains} scheduled drains)",
            messages.len()
        ),
        "<= 100 + a digest",
        Verdict::of(messages.len() <= KINDS + 1),
    );
    section.row(
        "issues notified",
        format!("{notified} of {KINDS}"),
        "all (none dropped)",
        Verdict::of(notified == KINDS),
    );
    let over = gap_row(&mut section, &messages);
    if notified < KINDS {
        section.note(format!(
            "Issues not notified within a minute: {} of {KINDS}.",
            KINDS - notified
        ));
    }
    if over > 0 {
        section.note(format!(
            "{over} consecutive messages arrived less than 1 s apart (stub arrival times; the \
             master spaces sends by `next_send_at` in the webhook's lease row)."
        ));
    }
    section
}

/// The storm's SQS message bodies: the agent's events for `LINES` lines of `KINDS` fingerprints
/// in one window, as the agent would publish them.
fn storm_bodies(section: &mut Section) -> Vec<String> {
    let at = events::now();
    let window = TimeWindow {
        start: at.plus_millis(-300_000),
        end: at,
    };
    let errors = events::error_log_events("/aws/lambda/orders", window, KINDS, LINES);
    let lines: u64 = errors.iter().map(|e| e.count).sum();
    let bodies: Vec<String> = errors
        .into_iter()
        .map(|e| events::envelope(&AgentEvent::ErrorLog(e), at))
        .collect();
    section.info(
        "agent events from the window",
        format!("{} events for {} lines", bodies.len(), count(lines)),
    );
    bodies
}

struct Delivery {
    /// Batch item failures summed over the rounds.
    failed: usize,
    deliveries: usize,
    never_accepted: usize,
}

/// As the event-source mapping does: batches of 10 to concurrent instances; what an instance
/// reports as a batch item failure comes back in a later batch (SQS's retry).
async fn deliver(masters: &[Arc<Master>], bodies: &[String]) -> Delivery {
    let mut pending = bodies.to_vec();
    let (mut failed, mut deliveries) = (0usize, 0usize);
    for round in 0..5 {
        if pending.is_empty() {
            break;
        }
        deliveries += 1;
        let mut tasks = JoinSet::new();
        let batches: Vec<Vec<String>> = pending.chunks(10).map(<[String]>::to_vec).collect();
        for (i, batch) in batches.into_iter().enumerate() {
            let master = Arc::clone(&masters[i % INSTANCES]);
            tasks.spawn(async move { deliver_batch(&master, batch, &format!("batch-{round}-{i}")).await });
        }
        pending = Vec::new();
        while let Some(done) = tasks.join_next().await {
            pending.extend(done.unwrap_or_default());
        }
        failed += pending.len();
    }
    Delivery {
        failed,
        deliveries,
        never_accepted: pending.len(),
    }
}

/// One SQS batch through the handler; returns the bodies SQS would deliver again (all of them
/// when the invocation failed as a whole).
async fn deliver_batch(master: &Master, batch: Vec<String>, request_id: &str) -> Vec<String> {
    match master.handle(events::sqs_batch(&batch), request_id).await {
        Ok((response, _)) => response["batchItemFailures"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["itemIdentifier"].as_str())
            .filter_map(|id| id.strip_prefix("m-")?.parse::<usize>().ok())
            .filter_map(|n| batch.get(n).cloned())
            .collect(),
        Err(_) => batch,
    }
}

/// Scheduled drains until every issue was notified or a minute passed: the issues notified and
/// the drains it took.
async fn drain_until_notified(world: &World, master: &Master) -> (usize, usize) {
    let words: Vec<String> = (0..KINDS).map(kind_word).collect();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut drains = 0;
    let notified = loop {
        let text: String = world
            .slack_log
            .messages()
            .iter()
            .map(|(_, m)| m.to_string())
            .collect();
        let notified: BTreeSet<&String> = words
            .iter()
            .filter(|w| text.contains(&format!("operation {w} failed")))
            .collect();
        if notified.len() == KINDS || Instant::now() > deadline {
            break notified.len();
        }
        let _ = master.handle(scheduled_drain(), &format!("drain-{drains}")).await;
        drains += 1;
        tokio::time::sleep(Duration::from_millis(1_000)).await;
    };
    (notified, drains)
}

/// The webhook's rate limit, read from the stub's arrival times: returns the gaps under 1 s.
fn gap_row(section: &mut Section, messages: &[(Instant, Value)]) -> usize {
    let mut gaps: Vec<f64> = messages
        .windows(2)
        .map(|w| w[1].0.duration_since(w[0].0).as_secs_f64())
        .collect();
    let min_gap = gaps.iter().copied().fold(f64::INFINITY, f64::min);
    let over = gaps.iter().filter(|g| **g < 1.0).count();
    section.row(
        "shortest gap between two messages to the webhook",
        if gaps.is_empty() {
            "one message: no gap".to_owned()
        } else {
            format!(
                "{min_gap:.3} s (median {:.3} s; {over} gaps under 1 s)",
                median(&mut gaps)
            )
        },
        ">= 1 s (1 message/s)",
        Verdict::of(over == 0),
    );
    over
}

/// What the trials measured, in seconds.
#[derive(Default)]
struct Trials {
    /// Line written to Slack message, per trial that got its message.
    processing: Vec<f64>,
    /// The same, trials after the first (cold) one.
    warm: Vec<f64>,
}

/// From an error line written to its Slack message, through the deployed agent and master.
pub async fn latency() -> Section {
    let mut section = Section::new(
        "7. Detection latency",
        "On local AWS: the agent (`query-error-logs` zip) and the master \
         (`handle-monitoring-events` zip, SQS event-source mapping on the ingest queue the master \
         bus delivers to) deployed as in production, Slack a local stub. Each trial writes one \
         error line of a new fingerprint, invokes the agent as its schedule would, and times \
         until the stub receives the message naming it: that is the processing share (agent \
         invocation, PutEvents, EventBridge rule to SQS, the mapping's poll, the master's \
         invocation, Slack). The first trial starts both functions cold. The schedule's share \
         is not measured: it follows from the configuration (below).",
    );
    let world = World::start().await;
    let group = "/bench/latency";
    deploy_latency_functions(&world, group).await;
    let agent_config = awsmon_agent::Config::from_lookup(|name| {
        world
            .agent_env(group)
            .into_iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    })
    .expect("agent config");
    let delivery_latency_ms = i64::try_from(agent_config.delivery_latency.as_millis()).unwrap_or(i64::MAX);
    let mut trials = Trials::default();
    let mut previous_run: Option<Instant> = None;
    for trial in 0..LATENCY_TRIALS {
        // The line is as old as the agent lets a line be to scan it now: one second past
        // `CW_LOGS_DELIVERY_LATENCY`. The previous run covered log time up to its own start
        // minus that latency (its checkpoint); a line written less than a second after that run
        // would fall behind the checkpoint and never be scanned, so runs are 2 s apart at least.
        if let Some(previous) = previous_run {
            tokio::time::sleep_until((previous + Duration::from_secs(2)).into()).await;
        }
        let written = events::now().millis() - delivery_latency_ms - 1_000;
        previous_run = Some(latency_trial(&mut section, &world, group, trial, written, &mut trials).await);
    }
    latency_report(&mut section, &trials, &agent_config);
    section
}

/// The agent and the master's zips deployed on local AWS as in production, the master fed by
/// an event-source mapping on the queue the master bus delivers to.
async fn deploy_latency_functions(world: &World, group: &str) {
    let agent_zip = crate::cold_start::zip("awsmon-agent", "query-error-logs");
    let master_zip = crate::cold_start::zip("awsmon-master", functions::MASTER_BINARY);
    world::write_lines(&world.aws, group, &[]).await;
    deploy(
        &world.aws,
        AGENT_ACCOUNT,
        "query-error-logs",
        &agent_zip,
        &world.agent_env(group),
    )
    .await;
    // `deploy` gives every function 30 s, under the agent's default query timeout (60 s) plus
    // its publish reserve (10 s): with it the agent starts no window at all ("time budget
    // reached"), publishes only its heartbeat, and no message ever comes. The agent's
    // production timeout (the agent module's and the provider's default) leaves room for both.
    world
        .aws
        .lambda(AGENT_ACCOUNT)
        .update_function_configuration()
        .function_name("query-error-logs")
        .timeout(AGENT_TIMEOUT_S)
        .send()
        .await
        .expect("agent timeout");
    let env = world.master_env(&[(config::SEVERITY_POLICY, realtime_errors())]);
    let master = deploy(
        &world.aws,
        MASTER_ACCOUNT,
        "handle-monitoring-events",
        &master_zip,
        &env,
    )
    .await;
    let queue_arn = world
        .sqs
        .get_queue_attributes()
        .queue_url(&world.bus_queue_url)
        .attribute_names(QueueAttributeName::QueueArn)
        .send()
        .await
        .ok()
        .and_then(|a| a.attributes)
        .and_then(|a| a.get(&QueueAttributeName::QueueArn).cloned())
        .expect("queue arn");
    map_queue(&world.aws, MASTER_ACCOUNT, &queue_arn, &master, 10).await;
}

/// One trial: a line of a new fingerprint stamped `written`, the agent invoked as its schedule
/// would, then the wait for the Slack message naming it. Returns when the agent's run ended,
/// which the next trial's line must come a while after.
async fn latency_trial(
    section: &mut Section,
    world: &World,
    group: &str,
    trial: usize,
    written: i64,
    trials: &mut Trials,
) -> Instant {
    let kind = 500 + trial;
    let word = kind_word(kind);
    world::write_lines(&world.aws, group, &[(written, events::error_line(kind, trial))]).await;
    let before = world.slack_log.messages().len();
    let started = Instant::now();
    let invoked = world
        .aws
        .lambda(AGENT_ACCOUNT)
        .invoke()
        .function_name("query-error-logs")
        .payload(aws_sdk_lambda::primitives::Blob::new(
            scheduled_drain().to_string(),
        ))
        .send()
        .await;
    let agent_done = started.elapsed().as_secs_f64();
    let run_ended = Instant::now();
    let answer = agent_answer(&invoked);
    if std::env::var_os("AWSMON_BENCH_DEBUG").is_some() {
        eprintln!("latency trial {}: agent {answer}", trial + 1);
    }
    match wait_for_message(world, before, started, &word).await {
        Some(s) => {
            trials.processing.push(s);
            if trial > 0 {
                trials.warm.push(s);
            }
            section.info(
                format!("trial {}{}", trial + 1, if trial == 0 { " (cold)" } else { "" }),
                format!("{s:.2} s, of which the agent invocation {agent_done:.2} s"),
            );
        }
        None => {
            section.note(format!(
                "trial {}: no Slack message within 60 s; the agent's answer: {}",
                trial + 1,
                answer.replace('|', "\\|")
            ));
            if std::env::var_os("AWSMON_BENCH_DEBUG").is_some() {
                eprintln!("latency trial {}: launcher log:\n{}", trial + 1, world.aws.log());
                for i in world.aws.invocations() {
                    eprintln!("{i:?}");
                }
            }
        }
    }
    run_ended
}

/// What the agent answered (`{"events": n, ...}`), for a trial without a message.
fn agent_answer(
    invoked: &Result<aws_sdk_lambda::operation::invoke::InvokeOutput, impl std::fmt::Display>,
) -> String {
    match invoked {
        Ok(out) => format!(
            "status {}{}, payload {}",
            out.status_code,
            out.function_error
                .as_ref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default(),
            out.payload
                .as_ref()
                .map(|p| String::from_utf8_lossy(p.as_ref()).into_owned())
                .unwrap_or_default()
        ),
        Err(e) => format!("invoke failed: {e}"),
    }
}

/// Seconds from `started` to the stub's arrival of the first message after the first `before`
/// that names `word`; none within 60 s.
async fn wait_for_message(world: &World, before: usize, started: Instant, word: &str) -> Option<f64> {
    let deadline = started + Duration::from_secs(60);
    loop {
        let found = world
            .slack_log
            .messages()
            .into_iter()
            .skip(before)
            .find(|(_, m)| m.to_string().contains(&format!("operation {word} failed")));
        if let Some((at, _)) = found {
            break Some(at.duration_since(started).as_secs_f64());
        }
        if Instant::now() > deadline {
            break None;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The processing row against its goal, and the schedule's share from the configuration.
fn latency_report(section: &mut Section, trials: &Trials, agent_config: &awsmon_agent::Config) {
    let processing = &trials.processing;
    let mut warm = trials.warm.clone();
    let worst = processing.iter().copied().fold(0.0, f64::max);
    section.row(
        "processing, line to Slack (worst trial, cold included)",
        if processing.is_empty() {
            "not measured".to_owned()
        } else if warm.is_empty() {
            format!("{worst:.2} s (no warm trial arrived)")
        } else {
            format!("{worst:.2} s (warm median {:.2} s)", median(&mut warm))
        },
        format!("<= {PROCESSING_GOAL_S:.0} s"),
        // A trial without a message is a miss, whatever the others measured.
        Verdict::of(processing.len() == LATENCY_TRIALS && worst <= PROCESSING_GOAL_S),
    );
    let period = agent_config.schedule_period.as_secs_f64();
    let latency = agent_config.delivery_latency.as_secs_f64();
    section.info(
        "schedule share (configuration, not measured)",
        format!(
            "a line waits for the first run at least {latency:.0} s after it (CW_LOGS_DELIVERY_LATENCY): \
             {latency:.0}-{:.0} s, {:.0} s on average, with the default {period:.0} s schedule",
            latency + period,
            latency + period / 2.0
        ),
    );
    if processing.len() < LATENCY_TRIALS || worst > PROCESSING_GOAL_S {
        section.note("Processing goal missed: see the trials above for where the time went.");
    }
}
