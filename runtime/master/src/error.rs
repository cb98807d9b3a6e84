//! The master's errors. Each says whether trying again can help.

use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};
use awsmon_contract::{ErrorKind, SettingError};

#[derive(Debug, thiserror::Error)]
pub enum MasterError {
    #[error("{service} {operation} failed: {message}")]
    Aws {
        service: &'static str,
        operation: &'static str,
        message: String,
        retryable: bool,
    },
    #[error("configuration {name}: {reason}")]
    Config { name: &'static str, reason: String },
    #[error("cannot read the Slack secret {what}: {reason}")]
    Secret { what: String, reason: String },
    #[error("stored item {key} is unreadable: {reason}")]
    Corrupt { key: String, reason: String },
    /// An invocation's payload could not be read, or a request or response could not be
    /// built: the same input fails the same way.
    #[error("{what}: {reason}")]
    Request { what: &'static str, reason: String },
    #[error("Slack webhook {webhook:?} did not take the message: {reason}")]
    Slack { webhook: String, reason: String },
    #[error("issue {0} kept changing under us")]
    Contention(String),
}

impl MasterError {
    /// Whether the same call may succeed later (throttling, timeouts, a lost race).
    pub fn retryable(&self) -> bool {
        match self {
            Self::Aws { retryable, .. } => *retryable,
            Self::Contention(_) | Self::Slack { .. } => true,
            Self::Config { .. } | Self::Secret { .. } | Self::Corrupt { .. } | Self::Request { .. } => false,
        }
    }

    /// An AWS SDK error, classified: service errors are retryable only when AWS says it was
    /// busy; transport failures always are.
    pub fn aws<E, R>(service: &'static str, operation: &'static str, error: SdkError<E, R>) -> Self
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
        R: std::fmt::Debug + Send + Sync + 'static,
    {
        let retryable = match &error {
            SdkError::ServiceError(context) => ErrorKind::classify(context.err().code(), None).is_retryable(),
            SdkError::ConstructionFailure(_) => false,
            _ => true,
        };
        let message = aws_sdk_dynamodb::error::DisplayErrorContext(&error).to_string();
        Self::Aws {
            service,
            operation,
            message,
            retryable,
        }
    }
}

/// What Lambda records of a failed invocation: `errorType` says what failed and whether
/// invoking again can help (`Slack.Retryable`, `Configuration.Permanent`), so that an operator
/// or a failure destination can tell a passing hiccup from a broken deployment.
impl From<MasterError> for lambda_runtime::Diagnostic {
    fn from(error: MasterError) -> Self {
        let what = match &error {
            MasterError::Aws { .. } => "Aws",
            MasterError::Config { .. } => "Configuration",
            MasterError::Secret { .. } => "Secret",
            MasterError::Corrupt { .. } => "CorruptItem",
            MasterError::Request { .. } => "Request",
            MasterError::Slack { .. } => "Slack",
            MasterError::Contention(_) => "Contention",
        };
        let retry = if error.retryable() {
            "Retryable"
        } else {
            "Permanent"
        };
        Self {
            error_type: format!("{what}.{retry}"),
            error_message: error.to_string(),
        }
    }
}

impl From<SettingError> for MasterError {
    fn from(error: SettingError) -> Self {
        Self::Config {
            name: error.env,
            reason: error.reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lambda_is_told_whether_an_invocation_may_succeed_again() {
        let slack: lambda_runtime::Diagnostic = MasterError::Slack {
            webhook: "default".into(),
            reason: "503".into(),
        }
        .into();
        assert_eq!(slack.error_type, "Slack.Retryable");
        let config: lambda_runtime::Diagnostic = MasterError::Config {
            name: "AWSMON_TABLE_NAME",
            reason: "is required".into(),
        }
        .into();
        assert_eq!(config.error_type, "Configuration.Permanent");
    }

    #[test]
    fn throttling_is_retried_and_validation_is_not() {
        assert!(MasterError::Contention("x".into()).retryable());
        assert!(
            !MasterError::Config {
                name: "AWSMON_TABLE_NAME",
                reason: "missing".into()
            }
            .retryable()
        );
    }
}
