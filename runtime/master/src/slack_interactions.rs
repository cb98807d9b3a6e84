//! `POST /slack/interactions`: the Acknowledge, Resolve and Silence buttons of an issue's Slack
//! message. The only route that takes calls without IAM (Slack cannot sign SigV4): a request
//! counts only when its signature holds (Slack's signing secret, within five minutes, never
//! seen before) and it comes from the configured workspace, app and users.
//!
//! The change is the API's ([`crate::api::execute::apply_change`]): version-conditioned, with
//! the notifications that reply in the issue's thread and edit its messages written in the
//! same transaction. The clicked message is then edited at once, so the person sees the new
//! state within Slack's three seconds; the outbox's next drain replies in the thread.

use std::fmt;

use aws_lambda_events::apigw::{ApiGatewayProxyRequest, ApiGatewayProxyResponse};
use aws_lambda_events::encodings::Body;
use aws_lambda_events::http::HeaderValue;
use aws_lambda_events::http::header::CONTENT_TYPE;
use awsmon_domain::issue::{Issue, MAX_CALLER_CHARS};
use awsmon_domain::slack::interaction::{self, Interaction, IssueAction};
use awsmon_domain::slack::message::{self, Labels};
use awsmon_domain::{AccountId, Timestamp};
use serde_json::json;
use std::collections::BTreeMap;
use tracing::{Instrument, info, warn};

use crate::api::ApiError;
use crate::api::execute::apply_change;
use crate::config::SlackAppConfig;
use crate::ports::{ApiStore, ReplayGuard};
use crate::slack_api::{Answer, SlackApi};

/// The API Gateway resource of the route: requests are told apart by it, not by their path.
pub const RESOURCE: &str = "/slack/interactions";
/// How long a request's signature is remembered: longer than the five minutes it is valid.
const REPLAY_WINDOW_MS: i64 = 10 * 60_000;

/// The app's signing secret. Debug never shows it.
#[derive(Clone)]
pub struct SigningSecret(Vec<u8>);

impl SigningSecret {
    pub fn new(secret: String) -> Self {
        Self(secret.into_bytes())
    }
}

impl fmt::Debug for SigningSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningSecret(<redacted>)")
    }
}

/// Whose clicks count.
#[derive(Debug, Clone, Default)]
pub struct Audience {
    pub team_id: Option<String>,
    pub app_id: Option<String>,
    /// Empty: everyone in the workspace.
    pub allowed_user_ids: Vec<String>,
}

impl Audience {
    pub fn of(config: &SlackAppConfig) -> Self {
        Self {
            team_id: config.team_id.clone(),
            app_id: config.app_id.clone(),
            allowed_user_ids: config.allowed_user_ids.clone(),
        }
    }

    fn refuses(&self, click: &Interaction) -> Option<String> {
        if self.team_id.as_ref().is_some_and(|t| *t != click.team_id) {
            return Some(format!("workspace {} is not this app's", click.team_id));
        }
        if self.app_id.as_ref().is_some_and(|a| *a != click.app_id) {
            return Some(format!("app {} is not awsmon's", click.app_id));
        }
        if !self.allowed_user_ids.is_empty() && !self.allowed_user_ids.contains(&click.user_id) {
            return Some(format!("user {} may not change issues", click.user_id));
        }
        None
    }
}

#[derive(Debug)]
pub struct SlackInteractions<'a, S, A> {
    pub store: &'a S,
    pub slack_api: Option<&'a A>,
    pub signing_secret: &'a SigningSecret,
    pub audience: &'a Audience,
    pub account_names: &'a BTreeMap<AccountId, String>,
    pub api_base: Option<&'a str>,
}

impl<S: ApiStore + ReplayGuard + Sync, A: SlackApi + Sync> SlackInteractions<'_, S, A> {
    /// One request from Slack. Never fails: every problem is an HTTP answer.
    pub async fn handle(&self, request: &ApiGatewayProxyRequest, now: Timestamp) -> ApiGatewayProxyResponse {
        let request_id = request.request_context.request_id.clone().unwrap_or_default();
        let span = tracing::info_span!("slack_interaction", request_id = %request_id);
        async {
            let (status, text) = match self.answer(request, now).await {
                Ok(text) => (200, text),
                Err((status, reason)) => {
                    warn!(status, %reason, "Slack interaction refused");
                    (status, reason)
                }
            };
            let mut response = ApiGatewayProxyResponse::default();
            response.status_code = i64::from(status);
            response
                .headers
                .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
            response.body = Some(Body::Text(json!({ "text": text }).to_string()));
            response
        }
        .instrument(span)
        .await
    }

    async fn answer(
        &self,
        request: &ApiGatewayProxyRequest,
        now: Timestamp,
    ) -> Result<String, (u16, String)> {
        let header = |name: &str| request.headers.get(name).and_then(|v| v.to_str().ok());
        let raw = match &request.body {
            Some(body) => body.as_str(),
            None => "",
        };
        let body =
            interaction::decode_body(raw, request.is_base64_encoded).map_err(|e| (400, e.to_string()))?;
        let signature = header("x-slack-signature");
        interaction::verify_signature(
            &self.signing_secret.0,
            header("x-slack-request-timestamp"),
            signature,
            &body,
            now,
        )
        .map_err(|e| (401, e.to_string()))?;
        // A signature is valid for five minutes: within them, one use.
        let seen = format!("SLACKREQ#{}", signature.unwrap_or_default());
        if !self
            .store
            .first_use(&seen, now.plus_millis(REPLAY_WINDOW_MS))
            .await
            .map_err(|e| (500, e.to_string()))?
        {
            return Err((409, "this request was taken already".into()));
        }
        let click = interaction::parse_interaction(&body).map_err(|e| (400, e.to_string()))?;
        if let Some(reason) = self.audience.refuses(&click) {
            return Err((403, reason));
        }
        let caller = awsmon_domain::reason::printable(
            &format!("slack:{} ({})", click.user_id, click.user_name),
            MAX_CALLER_CHARS,
        );
        info!(user = %caller, issue = %click.issue_id, action = click.action.action_id().unwrap_or("silence"), "Slack button");
        let changed = apply_change(
            self.store,
            &click.issue_id,
            now,
            &caller,
            |issue: &mut Issue| match click.action {
                IssueAction::Acknowledge => issue.try_acknowledge(),
                IssueAction::Resolve => issue.try_resolve(),
                IssueAction::Silence { secs } => issue.try_mute(now.plus_millis(secs.saturating_mul(1000))),
            },
        )
        .await;
        let (issue, text) = match changed {
            Ok(issue) => (Some(issue), "done".to_owned()),
            // Clicked twice, or someone else was faster: the message is brought up to date.
            Err(ApiError::Conflict { message, .. }) => (
                self.store.find_issue(&click.issue_id, now).await.ok().flatten(),
                message,
            ),
            Err(ApiError::NotFound { .. }) => return Ok("the issue has expired".into()),
            Err(e) => return Err((500, e.to_string())),
        };
        if let (Some(issue), Some(api)) = (issue, self.slack_api) {
            self.edit(api, &issue, &click, now).await;
        }
        Ok(text)
    }

    /// Edit the clicked message to the issue's state. A failure is only logged: the change's
    /// notification edits it again on the outbox's next drain.
    async fn edit(&self, api: &A, issue: &Issue, click: &Interaction, now: Timestamp) {
        let labels = Labels {
            account_name: self.account_names.get(&issue.account_id).map(String::as_str),
            api_base: self.api_base,
        };
        let payload = message::issue_message(issue, labels, now);
        match api
            .update_message(&click.channel_id, &click.message_ts, &payload)
            .await
        {
            Answer::Done { .. } => info!(issue = %issue.id, "Slack message edited"),
            other => warn!(issue = %issue.id, answer = ?other, "Slack message not edited; the outbox will"),
        }
    }
}
