//! Slack incoming webhooks: the URLs (secrets, read from SSM at init) and the sender; and
//! reading any Slack secret from SSM.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use awsmon_sdk_config::aws_json::JsonClient;
use serde_json::Value;

use crate::error::MasterError;

/// A webhook URL. It is a credential: Debug and Display never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookUrl(String);

impl WebhookUrl {
    pub fn new(url: String) -> Self {
        Self(url)
    }

    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for WebhookUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("WebhookUrl(<redacted>)")
    }
}

impl fmt::Display for WebhookUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Read every webhook URL once, by parameter name, from SSM with decryption.
pub async fn load_webhooks(
    ssm: &JsonClient,
    parameters: &BTreeMap<String, String>,
) -> Result<BTreeMap<String, WebhookUrl>, MasterError> {
    let mut urls = BTreeMap::new();
    for (webhook, parameter) in parameters {
        let value = read_secret(ssm, &format!("webhook {webhook:?}"), parameter).await?;
        if !awsmon_contract::master::slack_webhook_url_allowed(&value) {
            return Err(MasterError::Secret {
                what: format!("webhook {webhook:?}"),
                reason: format!(
                    "parameter {parameter} does not hold a Slack incoming webhook URL (https://hooks.slack.com/...)"
                ),
            });
        }
        urls.insert(webhook.clone(), WebhookUrl::new(value));
    }
    Ok(urls)
}

/// One secret, by parameter name, from SSM with decryption (`what` names it in errors). A
/// Secrets Manager secret is read through SSM as `/aws/reference/secretsmanager/<secret id>`.
pub async fn read_secret(ssm: &JsonClient, what: &str, parameter: &str) -> Result<String, MasterError> {
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct GetParameterOutput {
        parameter: Option<Parameter>,
    }
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "PascalCase")]
    struct Parameter {
        value: Option<String>,
    }

    let secret = |reason: String| MasterError::Secret {
        what: what.to_owned(),
        reason,
    };
    let input = serde_json::json!({ "Name": parameter, "WithDecryption": true });
    let answer: GetParameterOutput = ssm
        .call("GetParameter", &input)
        .await
        .map_err(|e| secret(format!("parameter {parameter}: {e}")))?;
    answer
        .parameter
        .and_then(|p| p.value)
        .ok_or_else(|| secret(format!("parameter {parameter} has no value")))
}

/// What Slack did with one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// HTTP 429: wait this long before the next message to this webhook.
    RateLimited {
        retry_after: Duration,
    },
    /// Anything else (5xx, 4xx, timeout, connection): the message was not taken.
    Failed {
        reason: String,
    },
}

/// The port: something that posts a Block Kit payload to a webhook.
pub trait WebhookSender {
    fn post(&self, url: &WebhookUrl, payload: &Value) -> impl Future<Output = Delivery> + Send;
}

/// Longest Retry-After honoured; beyond it the outbox's own backoff takes over.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(900);

#[derive(Debug, Clone)]
pub struct SlackClient {
    http: reqwest::Client,
}

impl SlackClient {
    /// `timeout` bounds a request end to end: a hung Slack cannot hold the function. Redirects
    /// are not followed: a message goes to the webhook's host and nowhere else.
    pub fn new(timeout: Duration) -> Self {
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self { http }
    }
}

impl WebhookSender for SlackClient {
    async fn post(&self, url: &WebhookUrl, payload: &Value) -> Delivery {
        let response = self
            .http
            .post(url.expose())
            .header("content-type", "application/json")
            .body(payload.to_string())
            .send()
            .await;
        match response {
            Ok(r) if r.status().is_success() => Delivery::Sent,
            Ok(r) if r.status().as_u16() == 429 => Delivery::RateLimited {
                retry_after: retry_after(r.headers().get("retry-after").and_then(|v| v.to_str().ok())),
            },
            Ok(r) => {
                let status = r.status();
                let body = r.text().await.unwrap_or_default();
                Delivery::Failed {
                    reason: format!("HTTP {status}: {}", body.chars().take(200).collect::<String>()),
                }
            }
            // The error would print the URL: drop it first.
            Err(e) => Delivery::Failed {
                reason: e.without_url().to_string(),
            },
        }
    }
}

/// Slack sends whole seconds; a missing or odd header means "a second".
pub(crate) fn retry_after(header: Option<&str>) -> Duration {
    header
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(Duration::from_secs(1), Duration::from_secs)
        .clamp(Duration::from_secs(1), MAX_RETRY_AFTER)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_slacks_webhooks_or_a_loopback_stand_in_are_taken() {
        use awsmon_contract::master::slack_webhook_url_allowed as allowed;
        for url in [
            "https://hooks.slack.com/services/T0/B0/EXAMPLE",
            "https://hooks.slack-gov.com/services/T0/B0/EXAMPLE",
            "http://127.0.0.1:8080/hook",
        ] {
            assert!(allowed(url), "{url}");
        }
        for url in [
            "http://hooks.slack.com/services/T0/B0/EXAMPLE",
            "https://hooks.slack.com.example.net/services/x",
            "https://example.com/hook",
            "http://127.0.0.1.example.net/hook",
            "http://localhost:8080/hook",
            "hooks.slack.com/services/x",
        ] {
            assert!(!allowed(url), "{url}");
        }
    }

    #[test]
    fn webhook_urls_never_print() {
        let url = WebhookUrl::new("https://hooks.slack.com/services/T0/B0/secret".into());
        assert!(!format!("{url:?} {url}").contains("secret"));
    }

    #[test]
    fn retry_after_is_read_as_seconds_and_bounded() {
        assert_eq!(retry_after(Some("3")), Duration::from_secs(3));
        assert_eq!(retry_after(None), Duration::from_secs(1));
        assert_eq!(retry_after(Some("soon")), Duration::from_secs(1));
        assert_eq!(retry_after(Some("0")), Duration::from_secs(1));
        assert_eq!(retry_after(Some("99999")), MAX_RETRY_AFTER);
    }
}
