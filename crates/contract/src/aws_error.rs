//! The one classification of AWS errors, shared by the provider and the runtimes: what kind of
//! failure a service error code (or a failed transport) is, and whether trying again can help.

/// What went wrong in an AWS call, as far as a caller's next step is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// AWS asked us to slow down.
    Throttling,
    /// The call may succeed as it is later: a timeout, a dropped connection, a 5xx.
    Transient,
    /// Another writer got there first (a condition failed, a resource is being changed).
    Conflict,
    /// What the call names does not exist.
    NotFound,
    /// The request itself is wrong; it fails the same way every time.
    Validation,
    /// The caller lacks a permission.
    AccessDenied,
    /// Anything else: not retried, reported as it came.
    Other,
}

impl ErrorKind {
    /// The kind of a service error `code` (`ThrottlingException`), or of a response without one
    /// by its HTTP `status`. `None` for both means the request never got an answer.
    pub fn classify(code: Option<&str>, status: Option<u16>) -> Self {
        match code {
            Some(code) => Self::of_code(code).unwrap_or_else(|| Self::of_status(status)),
            None if status.is_none() => Self::Transient,
            None => Self::of_status(status),
        }
    }

    fn of_code(code: &str) -> Option<Self> {
        let kind = match code {
            "ThrottlingException"
            | "Throttling"
            | "ThrottledException"
            | "TooManyRequestsException"
            | "RequestLimitExceeded"
            | "RequestThrottled"
            | "RequestThrottledException"
            | "ProvisionedThroughputExceededException"
            | "LimitExceededException"
            | "SlowDown" => Self::Throttling,
            "InternalFailure"
            | "InternalError"
            | "InternalServerError"
            | "InternalServerException"
            | "ServiceUnavailable"
            | "ServiceUnavailableException"
            | "ServiceException"
            | "RequestTimeout"
            | "RequestTimeoutException"
            // DynamoDB: another transaction holds the item for a moment; AWS advises retrying.
            | "TransactionConflictException"
            | "TransactionInProgressException" => Self::Transient,
            "ConditionalCheckFailedException"
            | "TransactionCanceledException"
            | "ResourceConflictException"
            | "ConcurrentModificationException"
            | "ConflictException"
            | "ResourceInUseException"
            | "ResourceAlreadyExistsException" => Self::Conflict,
            "ResourceNotFoundException" | "NotFoundException" | "AWS.SimpleQueueService.NonExistentQueue" => {
                Self::NotFound
            }
            "ValidationException"
            | "ValidationError"
            | "InvalidParameterValueException"
            | "InvalidParameterException"
            | "InvalidParameterCombination"
            | "InvalidRequestException"
            | "MalformedQueryException"
            | "SerializationException"
            | "BadRequestException" => Self::Validation,
            "AccessDeniedException"
            | "AccessDenied"
            | "UnauthorizedOperation"
            | "UnrecognizedClientException"
            | "InvalidClientTokenId"
            | "ExpiredTokenException"
            | "KMSAccessDeniedException" => Self::AccessDenied,
            _ => return None,
        };
        Some(kind)
    }

    fn of_status(status: Option<u16>) -> Self {
        match status {
            Some(429) => Self::Throttling,
            Some(500..=599) => Self::Transient,
            Some(409) => Self::Conflict,
            Some(404) => Self::NotFound,
            Some(401 | 403) => Self::AccessDenied,
            Some(400..=499) => Self::Validation,
            _ => Self::Other,
        }
    }

    /// Whether the same call may succeed if made again after a pause. A conflict is not: the
    /// caller must read again and decide, which only it can do.
    pub fn is_retryable(self) -> bool {
        matches!(self, Self::Throttling | Self::Transient)
    }

    /// Lower-case words for messages and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Throttling => "throttling",
            Self::Transient => "transient",
            Self::Conflict => "conflict",
            Self::NotFound => "not found",
            Self::Validation => "validation",
            Self::AccessDenied => "access denied",
            Self::Other => "other",
        }
    }
}

impl std::fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_then_statuses_decide_the_kind() {
        let kind = |code: Option<&str>, status: Option<u16>| ErrorKind::classify(code, status);
        assert_eq!(
            kind(Some("ThrottlingException"), Some(400)),
            ErrorKind::Throttling
        );
        assert_eq!(
            kind(Some("ProvisionedThroughputExceededException"), None),
            ErrorKind::Throttling
        );
        assert_eq!(
            kind(Some("ServiceUnavailableException"), Some(503)),
            ErrorKind::Transient
        );
        assert_eq!(
            kind(Some("ConditionalCheckFailedException"), Some(400)),
            ErrorKind::Conflict
        );
        assert_eq!(
            kind(Some("ResourceNotFoundException"), Some(400)),
            ErrorKind::NotFound
        );
        assert_eq!(
            kind(Some("MalformedQueryException"), Some(400)),
            ErrorKind::Validation
        );
        assert_eq!(
            kind(Some("AccessDeniedException"), Some(400)),
            ErrorKind::AccessDenied
        );
        assert_eq!(kind(Some("SomethingNew"), Some(503)), ErrorKind::Transient);
        assert_eq!(kind(Some("SomethingNew"), Some(400)), ErrorKind::Validation);
        assert_eq!(kind(Some("SomethingNew"), None), ErrorKind::Other);
        assert_eq!(kind(None, None), ErrorKind::Transient, "no answer at all");
        assert_eq!(kind(None, Some(429)), ErrorKind::Throttling);
        assert_eq!(kind(None, Some(403)), ErrorKind::AccessDenied);
    }

    #[test]
    fn only_throttling_and_transient_failures_are_retried() {
        let retried: Vec<ErrorKind> = [
            ErrorKind::Throttling,
            ErrorKind::Transient,
            ErrorKind::Conflict,
            ErrorKind::NotFound,
            ErrorKind::Validation,
            ErrorKind::AccessDenied,
            ErrorKind::Other,
        ]
        .into_iter()
        .filter(|k| k.is_retryable())
        .collect();
        assert_eq!(retried, [ErrorKind::Throttling, ErrorKind::Transient]);
    }
}
