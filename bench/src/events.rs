//! Events as the master receives them: the domain fixtures and agent error-log events built by
//! the agent's own grouping (`ErrorBatch`) from generated log lines.

use awsmon_domain::agent_event::{AgentEvent, AgentIdentity, ErrorLogDetected, SOURCE, TimeWindow};
use awsmon_domain::error_batch::{ErrorBatch, LogLine};
use awsmon_domain::redact::Redactor;
use awsmon_domain::{AccountId, Region, Timestamp};
use awsmon_tests::toolchain::workspace_root;
use serde_json::{Value, json};

pub const AGENT_ACCOUNT: &str = "123456789012";
pub const REGION: &str = "eu-west-1";

/// The domain's fixtures (EventBridge events and a raw Lambda destination record), as JSON text.
pub fn fixtures() -> Vec<(String, String)> {
    let dir = workspace_root().join("runtime/domain/fixtures");
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    entries.sort();
    for path in entries {
        let text = std::fs::read_to_string(&path).expect("fixture");
        let compact: Value = serde_json::from_str(&text).expect("fixture JSON");
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        out.push((name, compact.to_string()));
    }
    out
}

/// An error line of `fingerprint` kind `kind`, with variable parts from `n`.
pub fn error_line(kind: usize, n: usize) -> String {
    // Words with a digit are variables to the fingerprint: the kind is spelled in letters.
    let word: String = [kind / 26 % 26, kind % 26]
        .iter()
        .map(|d| char::from(b'a' + *d as u8))
        .collect();
    format!(
        "ERROR [worker-{}] operation {word} failed for order {} after {} ms: upstream {word}svc returned 503 (request id req-{:08x})",
        n % 7,
        100_000 + n,
        n % 997,
        n.wrapping_mul(2_654_435_761)
    )
}

pub fn identity() -> AgentIdentity {
    AgentIdentity {
        account_id: AccountId::parse(AGENT_ACCOUNT).expect("account"),
        region: Region::parse(REGION).expect("region"),
        agent_version: "0.1.0".to_owned(),
    }
}

/// The agent's events for `lines` error lines of `kinds` distinct problems in one window.
pub fn error_log_events(
    log_group: &str,
    window: TimeWindow,
    kinds: usize,
    lines: usize,
) -> Vec<ErrorLogDetected> {
    let redactor = Redactor::default();
    let mut batch = ErrorBatch::new(log_group, window, &redactor);
    let span = (window.end.millis() - window.start.millis()).max(1);
    for n in 0..lines {
        let offset = (n as i64 * span) / lines.max(1) as i64;
        batch.add(&LogLine {
            timestamp: window.start.plus_millis(offset),
            message: error_line(n % kinds, n),
        });
    }
    batch.into_events(&identity())
}

/// The EventBridge event the master bus delivers for an agent event.
pub fn envelope(event: &AgentEvent, at: Timestamp) -> String {
    json!({
        "version": "0",
        "id": format!("eb-{}", event.id().as_str()),
        "detail-type": event.detail_type().as_str(),
        "source": SOURCE,
        "account": AGENT_ACCOUNT,
        "time": at.to_rfc3339(),
        "region": REGION,
        "resources": [],
        "detail": event.detail_json(),
    })
    .to_string()
}

/// An SQS event as the event-source mapping delivers it.
pub fn sqs_batch(bodies: &[String]) -> Value {
    let records: Vec<Value> = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            json!({
                "messageId": format!("m-{i}"),
                "receiptHandle": format!("r-{i}"),
                "body": body,
                "attributes": {},
                "messageAttributes": {},
                "eventSource": "aws:sqs",
                "eventSourceARN": "arn:aws:sqs:eu-west-1:111111111111:awsmon-ingest",
                "awsRegion": "eu-west-1",
            })
        })
        .collect();
    json!({"Records": records})
}

pub fn now() -> Timestamp {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    Timestamp::from_millis(i64::try_from(ms).unwrap_or(i64::MAX))
}
