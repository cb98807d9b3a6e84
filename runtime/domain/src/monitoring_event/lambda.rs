//! Lambda destination records: what Lambda sends to an on-success or on-failure destination
//! of an asynchronous invocation, and to the on-failure destination of an event source mapping
//! (Kinesis, DynamoDB Streams, Kafka, SQS), either inside an EventBridge event (`detail`) or as
//! the raw record (an SQS or SNS destination).
//!
//! `requestContext.condition` `Success` is ignored; every other condition (`RetriesExhausted`,
//! `EventAgeExceeded`, `RetryAttemptsExhausted`, `RecordAgeExceeded`,
//! `MaximumPayloadSizeExceeded`, …) is a failure, with the condition in its context. An event
//! source mapping's record keeps its source (`KinesisBatchInfo`, `DDBStreamBatchInfo`,
//! `SQSBatchInfo`, `KafkaBatchInfo`, …) in the context.

use serde_json::Value;

use super::{
    MonitoringEvent, Rejection, SeverityPolicy, bounded, envelope_ids, field, opt_str, str_at, time_at,
};
use crate::ids::{AccountId, EventId, Fingerprint, Region};
use crate::monitoring_event::EventType;

/// A Lambda destination record: `record` is the record itself, `envelope` the EventBridge
/// event around it if it came over a bus.
pub(super) fn record(
    record: &Value,
    envelope: Option<&Value>,
    policy: &SeverityPolicy,
) -> Result<MonitoringEvent, Rejection> {
    if !record.get("requestContext").is_some_and(Value::is_object) {
        return Err(field("requestContext", "must be a JSON object"));
    }
    let function_arn = str_at(
        record,
        "/requestContext/functionArn",
        "requestContext.functionArn",
    )?;
    // arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]
    let arn: Vec<&str> = function_arn.split(':').collect();
    if arn.len() < 7 || arn[2] != "lambda" || arn[5] != "function" || arn[6].is_empty() {
        return Err(field("requestContext.functionArn", "not a Lambda function ARN"));
    }
    let function = arn[6];
    let function_error = opt_str(
        record,
        "/responseContext/functionError",
        "responseContext.functionError",
    )?;
    let condition = failure_condition(record, function, function_error, envelope.is_some())?;
    let request_id = str_at(record, "/requestContext/requestId", "requestContext.requestId")?;
    let time = time_at(record, "/timestamp", "timestamp")?;
    let (account, region) = match envelope {
        Some(e) => envelope_ids(e)?,
        None => (
            AccountId::parse(arn[4]).map_err(|e| field("requestContext.functionArn", &e.to_string()))?,
            Region::parse(arn[3]).map_err(|e| field("requestContext.functionArn", &e.to_string()))?,
        ),
    };
    let error_type = record
        .pointer("/responsePayload/errorType")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .or(function_error)
        .unwrap_or(condition);
    let message = record
        .pointer("/responsePayload/errorMessage")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let attempts = record
        .pointer("/requestContext/approximateInvokeCount")
        .and_then(Value::as_u64);
    let mut context = vec![match attempts {
        Some(n) => format!("condition {condition} after {n} attempt(s)"),
        None => format!("condition {condition}"),
    }];
    context.push(message.to_owned());
    let source = batch_source(record);
    if let Some(source) = &source {
        context.push(source.clone());
    }
    if let Some(error) = function_error {
        context.push(format!("function error {error}"));
    }
    let kind = if source.is_some() {
        "event source mapping"
    } else {
        "asynchronous invocation"
    };
    let rule = policy.rule(EventType::LambdaError);
    Ok(MonitoringEvent {
        id: EventId::derive("lambda", &[function_arn, request_id]),
        fingerprint: Fingerprint::of(&["lambda-error", arn[4], arn[3], function, error_type]),
        account_id: account,
        region,
        source: "lambda".into(),
        event_type: EventType::LambdaError,
        severity: rule.severity,
        time,
        title: if error_type == condition {
            format!("Lambda {function} failed ({condition})")
        } else {
            format!("Lambda {function} failed ({error_type}, {condition})")
        },
        resource: function_arn.into(),
        count: 1,
        resolves: false,
        context: bounded(
            context
                .into_iter()
                .chain(std::iter::once(format!("{kind} record"))),
        ),
        agent_event: None,
    })
}

/// Why the invocation failed (`RetriesExhausted`, `EventAgeExceeded`, ...); an on-success
/// destination record is ignored, not a failure.
fn failure_condition<'a>(
    record: &'a Value,
    function: &str,
    function_error: Option<&'a str>,
    in_envelope: bool,
) -> Result<&'a str, Rejection> {
    let condition = opt_str(record, "/requestContext/condition", "requestContext.condition")?;
    match (condition, function_error) {
        (Some("Success"), _) => Err(Rejection::Ignored(format!(
            "Lambda {function} succeeded (condition Success)"
        ))),
        (Some(condition), _) => Ok(condition),
        (None, Some(_)) => Ok("failure"),
        // The EventBridge detail-type already says it failed.
        (None, None) if in_envelope => Ok("failure"),
        (None, None) => Err(field(
            "requestContext.condition",
            "missing, and no responseContext.functionError says the invocation failed",
        )),
    }
}

/// `KinesisBatchInfo: arn:aws:kinesis:…:stream/s, shard shardId-1, 500 records` for an event
/// source mapping's record: the first top-level key ending in `BatchInfo`.
fn batch_source(record: &Value) -> Option<String> {
    let (key, info) = record
        .as_object()?
        .iter()
        .find(|(k, v)| k.ends_with("BatchInfo") && v.is_object())?;
    let text = |k: &str| info.get(k).and_then(Value::as_str).filter(|s| !s.is_empty());
    let mut parts = Vec::new();
    if let Some(source) = text("streamArn")
        .or_else(|| text("eventSourceArn"))
        .or_else(|| text("queueArn"))
        .or_else(|| text("bootstrapServers"))
    {
        parts.push(source.to_owned());
    }
    if let Some(topic) = text("topic") {
        parts.push(format!("topic {topic}"));
    }
    if let Some(shard) = text("shardId") {
        parts.push(format!("shard {shard}"));
    }
    if let Some(partition) = info.get("partition").filter(|p| !p.is_null()) {
        parts.push(format!("partition {partition}"));
    }
    if let Some(size) = info.get("batchSize").and_then(Value::as_u64) {
        parts.push(format!("{size} record(s)"));
    }
    if let (Some(start), Some(end)) = (text("startSequenceNumber"), text("endSequenceNumber")) {
        parts.push(format!("sequence numbers {start} to {end}"));
    }
    Some(format!("source {key}: {}", parts.join(", ")))
}
