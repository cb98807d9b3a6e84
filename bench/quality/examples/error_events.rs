//! The agent's events for a stream of messages: stdin one JSON object `{"message": "..."}` a
//! line, all in one [`ErrorBatch`] (one log group, one window, a millisecond apart); stdout the
//! events' published JSON, one a line, then the count of lines dropped as not errors. Two
//! builds given the same input print the same bytes when the agent's path behaves the same.

use std::io::{BufRead, Write};

use awsmon_domain::agent_event::AgentEvent;
use awsmon_domain::error_batch::{ErrorBatch, LogLine};
use awsmon_domain::redact::Redactor;
use awsmon_domain::timestamp::Timestamp;
use awsmon_quality::speed::agent_identity;

fn main() {
    let redactor = Redactor::default();
    let start = 1_764_000_000_000;
    let window = awsmon_domain::agent_event::TimeWindow {
        start: Timestamp::from_millis(start),
        end: Timestamp::from_millis(start + 86_400_000),
    };
    let mut batch = ErrorBatch::new("/bench/events", window, &redactor);
    for (i, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.expect("stdin");
        let value: serde_json::Value = serde_json::from_str(&line).expect("a JSON line");
        let message = value["message"].as_str().expect("a message").to_owned();
        batch.add(&LogLine {
            timestamp: Timestamp::from_millis(start + i as i64),
            message,
        });
    }
    let not_errors = batch.not_errors();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for event in batch.into_events(&agent_identity()) {
        writeln!(out, "{}", AgentEvent::ErrorLog(event).detail_json()).expect("stdout");
    }
    writeln!(out, "not errors: {not_errors}").expect("stdout");
}
