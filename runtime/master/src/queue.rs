//! The SQS dead-letter adapter.

use aws_sdk_sqs::types::MessageAttributeValue;
use awsmon_domain::monitoring_event::Rejection;

use crate::error::MasterError;
use crate::ports::DeadLetters;

/// Message attributes on a rejected message: a stable code and the full reason.
pub const REJECTION_CODE_ATTRIBUTE: &str = "awsmon-rejection";
pub const REJECTION_REASON_ATTRIBUTE: &str = "awsmon-reason";

#[derive(Debug, Clone)]
pub struct SqsDeadLetters {
    client: aws_sdk_sqs::Client,
    url: String,
}

impl SqsDeadLetters {
    pub fn new(client: aws_sdk_sqs::Client, url: impl Into<String>) -> Self {
        Self {
            client,
            url: url.into(),
        }
    }
}

fn attribute(value: String) -> MessageAttributeValue {
    MessageAttributeValue::builder()
        .data_type("String")
        .string_value(value)
        .build()
        .expect("data type is set")
}

impl DeadLetters for SqsDeadLetters {
    async fn reject(&self, body: &str, rejection: &Rejection) -> Result<(), MasterError> {
        let reason: String = rejection.to_string().chars().take(1_000).collect();
        self.client
            .send_message()
            .queue_url(&self.url)
            // An empty body is not a valid SQS message.
            .message_body(if body.is_empty() { "<empty>" } else { body })
            .message_attributes(REJECTION_CODE_ATTRIBUTE, attribute(rejection.code().to_owned()))
            .message_attributes(REJECTION_REASON_ATTRIBUTE, attribute(reason))
            .send()
            .await
            .map_err(|e| MasterError::aws("SQS", "SendMessage", e))?;
        Ok(())
    }
}
