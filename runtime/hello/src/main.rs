//! `hello`: the smallest useful awsmon Lambda function.
//!
//! It exists for two reasons:
//!
//! * **Smoke test of the local Lambda stack.** Deploying and invoking it proves that a Rust
//!   `provided.al2023` function built by `awsmon-lambda-package` starts, receives events and returns
//!   responses, and that event source mappings (SQS) see partial batch failures.
//! * **Cold-start baseline for benchmarks.** It does no I/O and pulls in nothing beyond
//!   `lambda_runtime`, `serde_json` and the SQS event types, so its init time is the floor that the
//!   real monitoring functions are compared against.
//!
//! Behaviour (see [`event::classify`]):
//!
//! * an SQS event (`Records` whose items all have `eventSource == "aws:sqs"`) gets an SQS partial
//!   batch response listing, as `batchItemFailures`, every record whose body contains `"fail"`;
//! * an object with `"fail": true` at the top level makes the invocation fail (a function error);
//! * anything else is echoed back as
//!   `{"message": "hello from awsmon", "function": ..., "request_id": ..., "event": ...}`.
//!
//! Logs are structured through `tracing`, set up by `lambda_runtime::tracing::init_default_subscriber`:
//! JSON when `AWS_LAMBDA_LOG_FORMAT=JSON`, level from `AWS_LAMBDA_LOG_LEVEL` or `RUST_LOG`.

mod event;

use event::{HelloError, Outcome};
use lambda_runtime::tracing::{info, warn};
use lambda_runtime::{Error, LambdaEvent, service_fn};
use serde_json::Value;

#[tokio::main]
async fn main() -> Result<(), Error> {
    lambda_runtime::tracing::init_default_subscriber();
    lambda_runtime::run(service_fn(handler)).await
}

/// Handles one invocation. The request id and the function name come from the runtime context.
async fn handler(event: LambdaEvent<Value>) -> Result<Value, HelloError> {
    let (payload, context) = event.into_parts();
    match event::classify(payload)? {
        Outcome::SqsBatch { records, response } => {
            let failures = response.batch_item_failures.len();
            info!(records, failures, "SQS batch handled");
            serde_json::to_value(&response).map_err(|e| HelloError::Serialize(e.to_string()))
        }
        Outcome::InjectedFailure => {
            warn!("failing on request: the event has \"fail\": true");
            Err(HelloError::InjectedFailure)
        }
        Outcome::HttpRequest(request) => {
            info!("hello over HTTP");
            let greeting = event::greeting(&context.env_config.function_name, &context.request_id, request);
            Ok(event::http_response(&greeting))
        }
        Outcome::Plain(payload) => {
            info!("hello");
            Ok(event::greeting(
                &context.env_config.function_name,
                &context.request_id,
                payload,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lambda_runtime::{Config, Context, Diagnostic};
    use serde_json::json;
    use std::sync::Arc;

    fn invocation(payload: Value) -> LambdaEvent<Value> {
        let mut context = Context::default();
        context.request_id = "req-123".to_owned();
        context.env_config = Arc::new(Config {
            function_name: "awsmon-hello".to_owned(),
            ..Config::default()
        });
        LambdaEvent::new(payload, context)
    }

    #[tokio::test]
    async fn plain_event_is_echoed_with_function_and_request_id() {
        let out = handler(invocation(json!({"ping": 1}))).await.unwrap();
        assert_eq!(
            out,
            json!({
                "message": "hello from awsmon",
                "function": "awsmon-hello",
                "request_id": "req-123",
                "event": {"ping": 1},
            })
        );
    }

    #[tokio::test]
    async fn fail_flag_is_a_function_error_with_a_named_type() {
        let err = handler(invocation(json!({"fail": true}))).await.unwrap_err();
        let diagnostic = Diagnostic::from(err);
        assert_eq!(diagnostic.error_type, "InjectedFailure");
    }

    #[tokio::test]
    async fn sqs_batch_response_is_serialized_in_lambda_casing() {
        let event: Value =
            serde_json::from_str(include_str!("../fixtures/sqs_batch_with_failures.json")).unwrap();
        let out = handler(invocation(event)).await.unwrap();
        assert_eq!(
            out,
            json!({"batchItemFailures": [
                {"itemIdentifier": "b2c3d4e5-0002-4000-8000-000000000002"},
                {"itemIdentifier": "b2c3d4e5-0004-4000-8000-000000000004"},
            ]})
        );
    }
}
