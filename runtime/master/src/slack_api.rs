//! Slack app mode's adapter: the Web API methods the master calls (`chat.postMessage`,
//! `chat.update`) with a bot token, and what Slack's answers mean for the outbox.

use std::fmt;
use std::time::Duration;

use serde_json::{Value, json};

use crate::slack::retry_after;

/// Slack's Web API; tests and the demo point `AWSMON_SLACK_API_URL` at a local stand-in.
pub const DEFAULT_API_URL: &str = awsmon_contract::master::SLACK_API_DEFAULT_URL;

/// A bot token (`xoxb-`). It is a credential: Debug and Display never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct BotToken(String);

impl BotToken {
    pub fn new(token: String) -> Self {
        Self(token)
    }
}

impl fmt::Debug for BotToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BotToken(<redacted>)")
    }
}

/// What Slack did with one call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Done; the message's `ts`.
    Done { ts: String },
    /// HTTP 429 (`ratelimited`): nothing more to this channel before `retry_after`.
    RateLimited { retry_after: Duration },
    /// `chat.update` of a message that is gone (deleted in Slack): post a new one.
    MessageNotFound,
    /// Slack refused for a reason no retry soon fixes (`invalid_auth`, `channel_not_found`,
    /// `not_in_channel`, ...): a person must act; the notification is kept.
    Refused { error: String },
    /// 5xx, timeout, connection: try again later.
    Failed { reason: String },
}

/// A Web API answer in the webhook's terms (a report posted to a channel).
impl From<Answer> for crate::slack::Delivery {
    fn from(answer: Answer) -> Self {
        match answer {
            Answer::Done { .. } => Self::Sent,
            Answer::RateLimited { retry_after } => Self::RateLimited { retry_after },
            Answer::MessageNotFound => Self::Failed {
                reason: "message_not_found".into(),
            },
            Answer::Refused { error } => Self::Failed { reason: error },
            Answer::Failed { reason } => Self::Failed { reason },
        }
    }
}

/// The port: the two Web API methods the outbox uses.
pub trait SlackApi {
    /// `chat.postMessage` of `payload` to `channel`, in the thread of `thread_ts` when given.
    fn post_message(
        &self,
        channel: &str,
        payload: &Value,
        thread_ts: Option<&str>,
        broadcast: bool,
    ) -> impl Future<Output = Answer> + Send;

    /// `chat.update` of message `ts` in `channel` to `payload`.
    fn update_message(&self, channel: &str, ts: &str, payload: &Value)
    -> impl Future<Output = Answer> + Send;
}

#[derive(Debug, Clone)]
pub struct SlackWebApi {
    http: reqwest::Client,
    base_url: String,
    token: BotToken,
}

impl SlackWebApi {
    /// `timeout` bounds a call end to end. Redirects are not followed: the token goes to
    /// `base_url` and nowhere else.
    pub fn new(base_url: &str, token: BotToken, timeout: Duration) -> Self {
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default();
        Self {
            http,
            base_url: base_url.trim_end_matches('/').to_owned(),
            token,
        }
    }

    async fn call(&self, method: &str, body: Value) -> Answer {
        let response = self
            .http
            .post(format!("{}/{method}", self.base_url))
            .bearer_auth(&self.token.0)
            .header("content-type", "application/json; charset=utf-8")
            .body(body.to_string())
            .send()
            .await;
        let response = match response {
            Ok(r) => r,
            Err(e) => {
                return Answer::Failed {
                    reason: e.without_url().to_string(),
                };
            }
        };
        let status = response.status();
        if status.as_u16() == 429 {
            let header = response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok());
            return Answer::RateLimited {
                retry_after: retry_after(header),
            };
        }
        let text = response.text().await.unwrap_or_default();
        if !status.is_success() {
            return Answer::Failed {
                reason: format!(
                    "{method}: HTTP {status}: {}",
                    text.chars().take(200).collect::<String>()
                ),
            };
        }
        judge(method, &text)
    }
}

/// Slack answers HTTP 200 with `ok` false and an error code for most failures.
fn judge(method: &str, body: &str) -> Answer {
    let Ok(answer) = serde_json::from_str::<Value>(body) else {
        return Answer::Failed {
            reason: format!("{method}: the answer is not JSON"),
        };
    };
    if answer["ok"].as_bool() == Some(true) {
        return Answer::Done {
            ts: answer["ts"].as_str().unwrap_or_default().to_owned(),
        };
    }
    let error = answer["error"].as_str().unwrap_or("unknown_error").to_owned();
    match error.as_str() {
        // A reply to a deleted message gets thread_not_found.
        "message_not_found" | "thread_not_found" => Answer::MessageNotFound,
        "ratelimited" => Answer::RateLimited {
            retry_after: Duration::from_secs(1),
        },
        // Slack's side: worth another try.
        "internal_error" | "fatal_error" | "service_unavailable" | "request_timeout" => Answer::Failed {
            reason: format!("{method}: {error}"),
        },
        _ => Answer::Refused {
            error: format!("{method}: {error}"),
        },
    }
}

impl SlackApi for SlackWebApi {
    async fn post_message(
        &self,
        channel: &str,
        payload: &Value,
        thread_ts: Option<&str>,
        broadcast: bool,
    ) -> Answer {
        let mut body = payload.clone();
        body["channel"] = json!(channel);
        if let Some(ts) = thread_ts {
            body["thread_ts"] = json!(ts);
            if broadcast {
                body["reply_broadcast"] = json!(true);
            }
        }
        self.call("chat.postMessage", body).await
    }

    async fn update_message(&self, channel: &str, ts: &str, payload: &Value) -> Answer {
        let mut body = payload.clone();
        body["channel"] = json!(channel);
        body["ts"] = json!(ts);
        self.call("chat.update", body).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_never_print() {
        let token = BotToken::new("xoxb-EXAMPLE-INVENTED".into());
        assert!(!format!("{token:?}").contains("EXAMPLE"));
    }

    #[test]
    fn slack_answers_are_judged_by_their_error_code() {
        let done = judge(
            "chat.postMessage",
            r#"{"ok":true,"channel":"C1","ts":"1795000000.000100"}"#,
        );
        assert_eq!(
            done,
            Answer::Done {
                ts: "1795000000.000100".into()
            }
        );
        assert_eq!(
            judge("chat.update", r#"{"ok":false,"error":"message_not_found"}"#),
            Answer::MessageNotFound
        );
        for refused in [
            "invalid_auth",
            "channel_not_found",
            "not_in_channel",
            "not_authed",
        ] {
            let answer = judge(
                "chat.postMessage",
                &format!(r#"{{"ok":false,"error":"{refused}"}}"#),
            );
            assert_eq!(
                answer,
                Answer::Refused {
                    error: format!("chat.postMessage: {refused}")
                }
            );
        }
        assert!(matches!(
            judge("chat.postMessage", r#"{"ok":false,"error":"internal_error"}"#),
            Answer::Failed { .. }
        ));
        assert!(matches!(
            judge("chat.postMessage", "<html>"),
            Answer::Failed { .. }
        ));
    }
}
