//! Errors, each saying whether trying again may help.

use aws_sdk_cloudwatchlogs::error::{ProvideErrorMetadata, SdkError};
use awsmon_contract::ErrorKind;
use awsmon_sdk_config::aws_json::AwsJsonError;

/// An AWS call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AwsError {
    #[error("{operation}: {code}: {message}")]
    Service {
        operation: &'static str,
        code: String,
        message: String,
    },
    #[error("{operation}: {message}")]
    Transport {
        operation: &'static str,
        message: String,
    },
}

impl AwsError {
    pub fn from_sdk<E, R>(operation: &'static str, error: SdkError<E, R>) -> Self
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
        R: std::fmt::Debug,
    {
        match error {
            SdkError::ServiceError(context) => {
                let error = context.err();
                Self::Service {
                    operation,
                    code: error.code().unwrap_or("Unknown").to_owned(),
                    message: error.message().unwrap_or_default().to_owned(),
                }
            }
            other => Self::Transport {
                operation,
                message: format!("{}", aws_sdk_cloudwatchlogs::error::DisplayErrorContext(&other)),
            },
        }
    }

    /// From a call made with `aws_json` (services used through one or two operations).
    pub fn from_json(operation: &'static str, error: AwsJsonError) -> Self {
        match error {
            AwsJsonError::Service { code, message, .. } => Self::Service {
                operation,
                code,
                message,
            },
            other => Self::Transport {
                operation,
                message: other.to_string(),
            },
        }
    }

    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Service { code, .. } => Some(code),
            Self::Transport { .. } => None,
        }
    }

    /// What kind of failure this is, by awsmon's one classification (`awsmon_contract`).
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::classify(self.code(), None)
    }

    pub fn is_retryable(&self) -> bool {
        self.kind().is_retryable()
    }
}

/// A checkpoint could not be saved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// Another run moved the checkpoint: this run must not publish over it.
    #[error("checkpoint of {log_group} was changed by another run")]
    Conflict { log_group: String },
    #[error(transparent)]
    Aws(#[from] AwsError),
}

impl StoreError {
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Conflict { .. } => false,
            Self::Aws(e) => e.is_retryable(),
        }
    }
}

/// A Logs Insights query did not produce rows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error(transparent)]
    Aws(#[from] AwsError),
    #[error("query {query_id} ended with status {status}")]
    Ended { query_id: String, status: String },
    #[error("query {query_id} still running after {seconds} s: stopped")]
    TimedOut { query_id: String, seconds: u64 },
    #[error("a row has no usable {field}: {value:?}")]
    BadRow { field: &'static str, value: String },
}

impl QueryError {
    /// Whether the next run may succeed (the checkpoint stays, so it will try).
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Aws(e) => e.is_retryable(),
            Self::Ended { .. } | Self::TimedOut { .. } => true,
            Self::BadRow { .. } => false,
        }
    }

    /// A log group of the query does not exist (deleted since discovery).
    pub fn is_missing_group(&self) -> bool {
        matches!(self, Self::Aws(e) if e.kind() == ErrorKind::NotFound)
    }
}

/// Events could not be delivered to the master bus.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PublishError {
    #[error(transparent)]
    Aws(#[from] AwsError),
    #[error("{failed} entries still failing after {attempts} attempts (last: {code}: {message})")]
    EntriesFailed {
        failed: usize,
        attempts: u32,
        code: String,
        message: String,
    },
    #[error("an event of {bytes} bytes cannot be trimmed below the {limit}-byte entry limit")]
    TooLarge { bytes: usize, limit: usize },
}

impl PublishError {
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Aws(e) => e.is_retryable(),
            Self::EntriesFailed { .. } => true,
            Self::TooLarge { .. } => false,
        }
    }
}

/// Why an AWS event could not be forwarded to the master.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ForwardError {
    #[error(transparent)]
    Wrap(#[from] awsmon_domain::forwarded::WrapError),
    #[error(transparent)]
    Publish(#[from] PublishError),
}

impl ForwardError {
    /// Whether invoking again can help (Lambda retries an asynchronous invocation twice).
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Wrap(_) => false,
            Self::Publish(e) => e.is_retryable(),
        }
    }
}

/// What failed in one chunk of log groups; its checkpoints did not advance past the failure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChunkError {
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Publish(#[from] PublishError),
}

impl ChunkError {
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Query(e) => e.is_retryable(),
            Self::Store(e) => e.is_retryable(),
            Self::Publish(e) => e.is_retryable(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(code: &str) -> AwsError {
        AwsError::Service {
            operation: "StartQuery",
            code: code.into(),
            message: String::new(),
        }
    }

    #[test]
    fn throttling_and_transport_errors_are_retried_validation_errors_are_not() {
        assert!(service("ThrottlingException").is_retryable());
        assert!(service("LimitExceededException").is_retryable());
        assert!(
            AwsError::Transport {
                operation: "PutEvents",
                message: "connection reset".into()
            }
            .is_retryable()
        );
        assert!(!service("MalformedQueryException").is_retryable());
        assert!(!service("AccessDeniedException").is_retryable());
        let missing = QueryError::Aws(service("ResourceNotFoundException"));
        assert!(missing.is_missing_group());
        assert!(
            !StoreError::Conflict {
                log_group: "/a".into()
            }
            .is_retryable()
        );
    }
}
