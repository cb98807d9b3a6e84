//! The provider's AWS adapters, one module per service. Every failed call becomes one typed
//! error that names the operation and the resource and says, by awsmon's one classification
//! (`awsmon_contract::ErrorKind`), whether trying again can help.

mod apigateway;
mod dynamodb;
mod events;
mod lambda;
mod logs;

use std::future::Future;
use std::time::Duration;

use aws_sdk_lambda::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use awsmon_contract::ErrorKind;

pub use apigateway::*;
pub use dynamodb::*;
pub use events::*;
pub use lambda::*;
pub use logs::*;

/// An AWS call failed.
#[derive(Debug, thiserror::Error)]
#[error("{operation} on {resource} failed ({kind}): {message}")]
pub struct AwsError {
    pub operation: &'static str,
    pub resource: String,
    pub kind: ErrorKind,
    /// The SDK's account of it, with the service's own message.
    message: String,
    #[source]
    source: Box<dyn std::error::Error + Send + Sync>,
}

/// Why a deployment step failed, in words for a diagnostic.
#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error(transparent)]
    Aws(#[from] AwsError),
    #[error("{resource} did not become ready within {waited:?}")]
    NotReady { resource: String, waited: Duration },
    /// AWS accepted the calls but the resource is not usable (a function Lambda reports Failed).
    #[error("{resource}: {reason}")]
    Failed { resource: String, reason: String },
    /// A request could not be built or an answer read; the same input fails the same way.
    #[error("{what}: {reason}")]
    Request { what: &'static str, reason: String },
}

impl DeployError {
    /// Whether the same step may succeed if applied again.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Aws(error) => error.kind.is_retryable(),
            Self::NotReady { .. } => true,
            Self::Failed { .. } | Self::Request { .. } => false,
        }
    }
}

/// The error of `operation` on `resource`. Every SDK crate re-exports the same `SdkError`, so
/// this one mapping serves all services.
pub fn failed<E, R>(
    operation: &'static str,
    resource: impl Into<String>,
) -> impl FnOnce(SdkError<E, R>) -> DeployError
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    let resource = resource.into();
    move |error| {
        let kind = match &error {
            SdkError::ServiceError(context) => ErrorKind::classify(context.err().code(), None),
            SdkError::ConstructionFailure(_) => ErrorKind::Validation,
            // Timeouts, dispatch failures, unreadable responses: no answer to judge by.
            _ => ErrorKind::classify(None, None),
        };
        DeployError::Aws(AwsError {
            operation,
            resource,
            kind,
            message: DisplayErrorContext(&error).to_string(),
            source: Box::new(error),
        })
    }
}

/// A request that could not be built, or an answer that could not be read.
pub fn request_error<E: std::fmt::Display>(what: &'static str) -> impl Fn(E) -> DeployError + Copy {
    move |error| DeployError::Request {
        what,
        reason: error.to_string(),
    }
}

/// Whether a service error says that what the call names does not exist.
pub fn is_not_found<E: ProvideErrorMetadata>(error: &E) -> bool {
    ErrorKind::classify(error.code(), None) == ErrorKind::NotFound
}

/// How long a resource may take to become usable after a change.
pub const READY_TIMEOUT: Duration = Duration::from_secs(120);
const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// Polls `ready` until it says yes, fails, or `READY_TIMEOUT` passes.
pub async fn wait_until<F, Fut>(resource: &str, mut ready: F) -> Result<(), DeployError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<bool, DeployError>>,
{
    let started = tokio::time::Instant::now();
    while !ready().await? {
        if started.elapsed() > READY_TIMEOUT {
            return Err(DeployError::NotReady {
                resource: resource.to_owned(),
                waited: READY_TIMEOUT,
            });
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
    Ok(())
}

/// Calls `attempt` again, after `pause`, while it fails in a way `passing` says will pass and
/// `budget` lasts; returns its last result.
pub async fn retry<T, E, F, Fut>(
    budget: Duration,
    pause: Duration,
    passing: impl Fn(&E) -> bool,
    mut attempt: F,
) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let started = tokio::time::Instant::now();
    loop {
        match attempt().await {
            Err(error) if started.elapsed() < budget && passing(&error) => tokio::time::sleep(pause).await,
            result => return result,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn retry_stops_at_success_at_a_lasting_error_and_at_the_budget() {
        let mut calls = 0;
        let result: Result<u32, &str> = retry(
            Duration::from_secs(10),
            Duration::from_secs(3),
            |e| *e == "busy",
            || {
                calls += 1;
                let outcome = if calls < 3 { Err("busy") } else { Ok(calls) };
                async move { outcome }
            },
        )
        .await;
        assert_eq!(result, Ok(3));
        let mut calls = 0;
        let result: Result<u32, &str> = retry(
            Duration::from_secs(10),
            Duration::from_secs(3),
            |e| *e == "busy",
            || {
                calls += 1;
                async { Err("denied") }
            },
        )
        .await;
        assert_eq!((result, calls), (Err("denied"), 1));
        let mut calls = 0;
        let result: Result<u32, &str> = retry(
            Duration::from_secs(10),
            Duration::from_secs(3),
            |_| true,
            || {
                calls += 1;
                async { Err("busy") }
            },
        )
        .await;
        assert_eq!((result, calls), (Err("busy"), 5), "tries at 0, 3, 6, 9 and 12 s");
    }

    #[tokio::test(start_paused = true)]
    async fn waiting_gives_up_after_the_timeout_naming_the_resource() {
        let error = wait_until("awsmon-agent", || async { Ok(false) })
            .await
            .unwrap_err();
        assert!(error.to_string().contains("awsmon-agent"), "{error}");
        assert!(error.is_retryable());
        let mut polls = 0;
        wait_until("t", || {
            polls += 1;
            let ready = polls == 3;
            async move { Ok(ready) }
        })
        .await
        .unwrap();
        assert_eq!(polls, 3);
    }
}
