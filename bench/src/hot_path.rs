//! The master's hot path without I/O: parse, normalise (fingerprint and severity included) and
//! encode the DynamoDB item of each event, on one thread.

use std::hint::black_box;
use std::time::{Duration, Instant};

use awsmon_domain::agent_event::{AgentEvent, TimeWindow};
use awsmon_domain::monitoring_event::{MonitoringEvent, SeverityPolicy, normalise, normalise_body};
use awsmon_master::dynamodb::DynamoStore;
use serde_json::Value;

use crate::events;
use crate::report::{Section, Verdict, count};

const GOAL: f64 = 200_000.0;
const MEASURE_FOR: Duration = Duration::from_secs(3);

/// Events per second over `bodies`, run for about `MEASURE_FOR` after a warm-up.
fn rate(store: &DynamoStore, policy: &SeverityPolicy, bodies: &[String], budget: Duration) -> f64 {
    let run = |rounds: usize| {
        for _ in 0..rounds {
            for body in bodies {
                let event = normalise_body(black_box(body), policy).expect("a valid event");
                let item = store.event_item(&event, Some(&event.fingerprint));
                black_box(item);
            }
        }
    };
    run(2);
    let started = Instant::now();
    let mut rounds = 0usize;
    while started.elapsed() < budget {
        run(10);
        rounds += 10;
    }
    (rounds * bodies.len()) as f64 / started.elapsed().as_secs_f64()
}

/// Operations per second of `op` over `inputs`, run for about `budget` after a warm-up.
fn phase<T>(inputs: &[T], budget: Duration, op: impl Fn(&T)) -> f64 {
    for input in inputs {
        op(input);
    }
    let started = Instant::now();
    let mut done = 0usize;
    while started.elapsed() < budget {
        for input in inputs {
            op(black_box(input));
        }
        done += inputs.len();
    }
    done as f64 / started.elapsed().as_secs_f64()
}

pub fn run() -> Section {
    let mut section = Section::new(
        "2. Master hot path (no I/O)",
        "One thread runs `monitoring_event::normalise_body` (JSON parse, validation, \
         normalisation, fingerprint, severity) and `DynamoStore::event_item` (the item the \
         master writes) over a mix of the domain fixtures and agent error-log events built by \
         the agent's `ErrorBatch`, for about 3 s after a warm-up. The binary is built with the \
         release profile.",
    );
    let client = aws_sdk_dynamodb::Client::from_conf(
        aws_sdk_dynamodb::Config::builder()
            .behavior_version(aws_sdk_dynamodb::config::BehaviorVersion::latest())
            .region(aws_sdk_dynamodb::config::Region::new(events::REGION))
            .build(),
    );
    let store = DynamoStore::new(client, "awsmon", 90);
    let policy = SeverityPolicy::default();
    let now = events::now();
    let window = TimeWindow {
        start: now.plus_millis(-300_000),
        end: now,
    };
    let error_logs: Vec<String> = events::error_log_events("/aws/lambda/orders", window, 10, 1_000)
        .into_iter()
        .map(|e| events::envelope(&AgentEvent::ErrorLog(e), now))
        .collect();
    let fixtures: Vec<(String, String)> = events::fixtures()
        .into_iter()
        .filter(|(_, body)| normalise_body(body, &policy).is_ok())
        .collect();
    let mut mix: Vec<String> = fixtures.iter().map(|(_, b)| b.clone()).collect();
    mix.extend(error_logs.iter().cloned());
    let mixed = rate(&store, &policy, &mix, MEASURE_FOR);
    section.row(
        format!("events/s on one core, mix of {} events", mix.len()),
        count(mixed as u64),
        format!(">= {}", count(GOAL as u64)),
        Verdict::of(mixed >= GOAL),
    );
    for (name, body) in &fixtures {
        let r = rate(
            &store,
            &policy,
            std::slice::from_ref(body),
            Duration::from_millis(500),
        );
        section.info(format!("events/s, `{name}` only"), count(r as u64));
    }
    let r = rate(&store, &policy, &error_logs, Duration::from_millis(500));
    section.info("events/s, agent error-log events only", count(r as u64));
    // Where the time goes: each phase alone over the same mix.
    let budget = Duration::from_millis(700);
    let values: Vec<Value> = mix
        .iter()
        .map(|b| serde_json::from_str(b).expect("JSON"))
        .collect();
    let normalised: Vec<MonitoringEvent> = values
        .iter()
        .map(|v| normalise(v, &policy).expect("valid"))
        .collect();
    let parse = phase(&mix, budget, |b| {
        black_box(serde_json::from_str::<Value>(b).expect("JSON"));
    });
    let norm = phase(&values, budget, |v| {
        black_box(normalise(v, &policy).expect("valid"));
    });
    let item = phase(&normalised, budget, |e| {
        black_box(store.event_item(e, Some(&e.fingerprint)));
    });
    let total_us = 1e6 / parse + 1e6 / norm + 1e6 / item;
    for (name, per_s) in [
        ("JSON parse (`serde_json::Value`)", parse),
        ("normalise (fingerprint, severity)", norm),
        ("item encoding (`event_item`)", item),
    ] {
        section.info(
            format!("phase alone: {name}"),
            format!(
                "{}/s, {:.2} us an event, {:.0}% of the phases' sum",
                count(per_s as u64),
                1e6 / per_s,
                100.0 * (1e6 / per_s) / total_us
            ),
        );
    }
    let bytes: usize = mix.iter().map(String::len).sum();
    section.info("mean event size", format!("{} bytes", bytes / mix.len().max(1)));
    if mixed < GOAL {
        section.note(format!(
            "Missed: {} events/s ({:.2} us an event) against {} ({:.2} us). The phase rows \
             above, each timed alone on the same events in this run, show where an event's time \
             goes; the per-type rows show which events cost most.",
            count(mixed as u64),
            1e6 / mixed,
            count(GOAL as u64),
            1e6 / GOAL
        ));
    }
    section
}
