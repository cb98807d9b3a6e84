//! What `hello` does with an event, kept free of the runtime so that it can be unit tested.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use lambda_runtime::Diagnostic;
use serde_json::{Value, json};

/// The greeting every plain invocation returns.
pub const GREETING: &str = "hello from awsmon";

/// The `eventSource` of the records of an SQS event.
const SQS_EVENT_SOURCE: &str = "aws:sqs";

/// A record whose body contains this string is reported as failed in an SQS batch.
const FAIL_MARKER: &str = "fail";

/// What the function does with one event.
#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// An SQS batch: answer with a partial batch response.
    SqsBatch {
        /// How many records the batch had.
        records: usize,
        /// The records to be retried: those whose body contains `"fail"`.
        response: SqsBatchResponse,
    },
    /// `"fail": true` at the top level: make the invocation fail.
    InjectedFailure,
    /// An API Gateway (REST API) proxy request: answer with a proxy response carrying the greeting.
    HttpRequest(Value),
    /// Anything else: echo it back in a greeting.
    Plain(Value),
}

/// The errors the function reports to Lambda.
#[derive(Debug, PartialEq)]
pub enum HelloError {
    /// The event asked to fail (`"fail": true`).
    InjectedFailure,
    /// The event looked like an SQS event but its records are not SQS messages.
    MalformedSqsEvent(String),
    /// The response could not be serialized.
    Serialize(String),
}

impl std::fmt::Display for HelloError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::InjectedFailure => f.write_str("failure injected by the event (\"fail\": true)"),
            Self::MalformedSqsEvent(why) => write!(f, "malformed SQS event: {why}"),
            Self::Serialize(why) => write!(f, "cannot serialize the response: {why}"),
        }
    }
}

impl std::error::Error for HelloError {}

/// Gives Lambda's `errorType` a stable, readable name instead of the Rust type path.
impl From<HelloError> for Diagnostic {
    fn from(error: HelloError) -> Self {
        let error_type = match error {
            HelloError::InjectedFailure => "InjectedFailure",
            HelloError::MalformedSqsEvent(_) => "MalformedSqsEvent",
            HelloError::Serialize(_) => "SerializeError",
        };
        Diagnostic {
            error_type: error_type.to_owned(),
            error_message: error.to_string(),
        }
    }
}

/// Decides what to do with an event.
///
/// An event is an SQS event when it has a non-empty `Records` array every item of which has
/// `"eventSource": "aws:sqs"`. Other events with `Records` (S3, SNS, ...) are plain events.
/// `"fail"` must be the boolean `true` to inject a failure.
pub fn classify(event: Value) -> Result<Outcome, HelloError> {
    if is_sqs_event(&event) {
        let sqs: SqsEvent =
            serde_json::from_value(event).map_err(|e| HelloError::MalformedSqsEvent(e.to_string()))?;
        let records = sqs.records.len();
        let mut response = SqsBatchResponse::default();
        for record in sqs.records {
            if record
                .body
                .as_deref()
                .is_some_and(|body| body.contains(FAIL_MARKER))
            {
                response.add_failure(record.message_id.unwrap_or_default());
            }
        }
        return Ok(Outcome::SqsBatch { records, response });
    }
    if event.get("fail").and_then(Value::as_bool) == Some(true) {
        return Ok(Outcome::InjectedFailure);
    }
    if event.get("httpMethod").is_some_and(Value::is_string) && event.get("requestContext").is_some() {
        return Ok(Outcome::HttpRequest(event));
    }
    Ok(Outcome::Plain(event))
}

fn is_sqs_event(event: &Value) -> bool {
    match event.get("Records").and_then(Value::as_array) {
        Some(records) if !records.is_empty() => records
            .iter()
            .all(|record| record.get("eventSource").and_then(Value::as_str) == Some(SQS_EVENT_SOURCE)),
        _ => false,
    }
}

/// The response to a plain event.
pub fn greeting(function_name: &str, request_id: &str, event: Value) -> Value {
    json!({
        "message": GREETING,
        "function": function_name,
        "request_id": request_id,
        "event": event,
    })
}

/// The API Gateway proxy response carrying `greeting` as its JSON body.
pub fn http_response(greeting: &Value) -> Value {
    json!({
        "statusCode": 200,
        "headers": {"content-type": "application/json"},
        "body": greeting.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(text: &str) -> Value {
        serde_json::from_str(text).expect("fixture is JSON")
    }

    fn failed_ids(outcome: &Outcome) -> Vec<&str> {
        match outcome {
            Outcome::SqsBatch { response, .. } => response
                .batch_item_failures
                .iter()
                .map(|failure| failure.item_identifier.as_str())
                .collect(),
            other => panic!("expected an SQS batch, got {other:?}"),
        }
    }

    #[test]
    fn sqs_batch_lists_the_records_whose_body_contains_fail() {
        let outcome = classify(fixture(include_str!("../fixtures/sqs_batch_with_failures.json"))).unwrap();
        assert_eq!(
            failed_ids(&outcome),
            [
                "b2c3d4e5-0002-4000-8000-000000000002",
                "b2c3d4e5-0004-4000-8000-000000000004"
            ]
        );
        assert!(matches!(outcome, Outcome::SqsBatch { records: 4, .. }));
    }

    #[test]
    fn sqs_batch_without_failing_bodies_has_an_empty_failure_list() {
        let outcome = classify(fixture(include_str!("../fixtures/sqs_batch_all_ok.json"))).unwrap();
        assert!(failed_ids(&outcome).is_empty());
        let Outcome::SqsBatch { response, .. } = outcome else {
            unreachable!()
        };
        assert_eq!(
            serde_json::to_value(response).unwrap(),
            json!({"batchItemFailures": []})
        );
    }

    #[test]
    fn sqs_batch_wins_over_a_fail_flag() {
        let mut event = fixture(include_str!("../fixtures/sqs_batch_all_ok.json"));
        event["fail"] = json!(true);
        assert!(matches!(classify(event).unwrap(), Outcome::SqsBatch { .. }));
    }

    #[test]
    fn fail_flag_true_injects_a_failure() {
        let outcome = classify(fixture(include_str!("../fixtures/fail_flag.json"))).unwrap();
        assert_eq!(outcome, Outcome::InjectedFailure);
    }

    #[test]
    fn fail_flag_must_be_the_boolean_true() {
        for not_true in [json!(false), json!("true"), json!(1), json!(null)] {
            let event = json!({"fail": not_true});
            assert_eq!(classify(event.clone()).unwrap(), Outcome::Plain(event));
        }
        // Only the top level counts.
        let nested = json!({"detail": {"fail": true}});
        assert_eq!(classify(nested.clone()).unwrap(), Outcome::Plain(nested));
    }

    #[test]
    fn plain_event_is_passed_through_unchanged() {
        let event = fixture(include_str!("../fixtures/plain.json"));
        assert_eq!(classify(event.clone()).unwrap(), Outcome::Plain(event));
    }

    #[test]
    fn records_from_other_sources_are_plain_events() {
        let event = fixture(include_str!("../fixtures/s3_put.json"));
        assert_eq!(classify(event.clone()).unwrap(), Outcome::Plain(event));
        let empty = json!({"Records": []});
        assert_eq!(classify(empty.clone()).unwrap(), Outcome::Plain(empty));
    }

    #[test]
    fn non_object_events_are_plain() {
        for event in [json!("fail"), json!([1, 2]), json!(42), json!(null)] {
            assert_eq!(classify(event.clone()).unwrap(), Outcome::Plain(event));
        }
    }

    #[test]
    fn sqs_looking_event_with_broken_records_is_an_error() {
        let event = json!({"Records": [{"eventSource": "aws:sqs", "body": 42}]});
        assert!(matches!(classify(event), Err(HelloError::MalformedSqsEvent(_))));
    }

    #[test]
    fn greeting_has_the_documented_shape() {
        assert_eq!(
            greeting("fn", "req", json!({"a": [1]})),
            json!({"message": "hello from awsmon", "function": "fn", "request_id": "req", "event": {"a": [1]}})
        );
    }

    #[test]
    fn errors_have_stable_lambda_error_types() {
        let diagnostic = Diagnostic::from(HelloError::InjectedFailure);
        assert_eq!(diagnostic.error_type, "InjectedFailure");
        assert!(diagnostic.error_message.contains("\"fail\": true"));
    }

    #[test]
    fn api_gateway_request_gets_a_proxy_response_with_the_greeting_as_body() {
        let request = fixture(include_str!("../fixtures/api_gateway_get.json"));
        let Outcome::HttpRequest(event) = classify(request.clone()).unwrap() else {
            panic!("an API Gateway proxy event is an HTTP request");
        };
        let response = http_response(&greeting("hello", "req-1", event));
        assert_eq!(response["statusCode"], 200);
        let body: Value = serde_json::from_str(response["body"].as_str().unwrap()).unwrap();
        assert_eq!(body["event"], request);
        assert_eq!(body["message"], GREETING);
    }
}
