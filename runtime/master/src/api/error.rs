//! What can go wrong with an API request, and the HTTP status and JSON body each becomes.

use serde_json::{Value, json};

use crate::error::MasterError;

/// The most characters of a field name a refusal repeats.
pub const MAX_FIELD_CHARS: usize = 64;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A parameter, path segment or body field is missing or invalid.
    #[error("invalid {field}: {message}")]
    InvalidParameter { field: String, message: String },
    #[error("{what} {id:?} not found")]
    NotFound { what: &'static str, id: String },
    #[error("no route for {path}")]
    NoRoute { path: String },
    #[error("{method} is not allowed on {path}")]
    MethodNotAllowed {
        method: String,
        path: String,
        allowed: Vec<&'static str>,
    },
    /// The change is not allowed from the resource's current state.
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    #[error(transparent)]
    Store(#[from] MasterError),
}

impl ApiError {
    /// `field` can be a name the caller chose (a query parameter, a body field): it is
    /// repeated bounded, on one line.
    pub fn invalid(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::InvalidParameter {
            field: awsmon_domain::reason::printable(&field.into(), MAX_FIELD_CHARS),
            message: message.into(),
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            Self::InvalidParameter { .. } => 400,
            Self::NotFound { .. } | Self::NoRoute { .. } => 404,
            Self::MethodNotAllowed { .. } => 405,
            Self::Conflict { .. } => 409,
            // Throttling or a lost race may pass: tell the client to come back.
            Self::Store(error) if error.retryable() => 503,
            Self::Store(_) => 500,
        }
    }

    /// The JSON error body. Store failures say nothing of their cause: that goes to the log.
    pub fn body(&self) -> Value {
        let (code, field, message) = match self {
            Self::InvalidParameter { field, message } => {
                ("invalid-parameter", Some(field.as_str()), message.clone())
            }
            Self::NotFound { .. } => ("not-found", None, self.to_string()),
            Self::NoRoute { .. } => ("no-route", None, self.to_string()),
            Self::MethodNotAllowed { .. } => ("method-not-allowed", None, self.to_string()),
            Self::Conflict { code, message } => (*code, None, message.clone()),
            Self::Store(error) if error.retryable() => (
                "unavailable",
                None,
                "the store is busy; try again later".to_owned(),
            ),
            Self::Store(_) => ("internal", None, "internal error".to_owned()),
        };
        let mut error = json!({"code": code, "message": message});
        if let Some(field) = field {
            error["field"] = json!(field);
        }
        json!({ "error": error })
    }
}
