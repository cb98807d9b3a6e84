//! A stand-in for Slack's Web API on 127.0.0.1: `auth.test`, `chat.postMessage` and
//! `chat.update` with Slack's response shapes and error codes, recording every call and every
//! message (with its thread and its edit history) so that tests and the demo can show what an
//! operator would see.
//!
//! Like Slack, it answers HTTP 200 with `{"ok":false,"error":...}` for API errors (bad token,
//! unknown channel, unknown message), and HTTP 429 with `Retry-After` only for rate limits. The
//! rate limit (off by default) is Slack's "about one message per second per channel" made
//! strict: a `chat.postMessage` to a channel less than a second after the last one accepted
//! there is refused.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};
use wiremock::matchers::path_regex;
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// The identity `auth.test` reports and posted messages carry. All invented.
pub const TEAM_ID: &str = "T0EXAMPLE1";
pub const TEAM_NAME: &str = "awsmon example";
pub const BOT_USER_ID: &str = "U0BOTEXAMPLE";
pub const BOT_USER_NAME: &str = "awsmon";
pub const BOT_ID: &str = "B0EXAMPLE1";
pub const APP_ID: &str = "A0EXAMPLE1";

/// Slack's limit on a message's `text` and on its number of blocks.
const MAX_TEXT_CHARS: usize = 40_000;
const MAX_BLOCKS: usize = 50;
/// The first `ts` handed out (seconds part); later ones count up by 100 µs.
const FIRST_TS_MICROS: u64 = 1_795_000_000_000_100;

/// One request the stub answered, in arrival order.
#[derive(Debug, Clone)]
pub struct Call {
    /// The Web API method (`chat.postMessage`), from the path.
    pub method: String,
    /// The arguments: the JSON body, or a form body as an object of strings. A `token`
    /// argument is dropped, never recorded.
    pub body: Value,
    /// The HTTP status answered.
    pub status: u16,
    /// Slack's error code (`channel_not_found`, `ratelimited`, `http_500` for an injected
    /// failure), `None` when `ok` was true.
    pub error: Option<String>,
    pub at: Instant,
    /// `at` measured from the stub's start, for reports.
    pub since_start: Duration,
}

/// A message as it stands now.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub channel: String,
    pub ts: String,
    /// The parent's `ts` for a thread reply.
    pub thread_ts: Option<String>,
    pub text: String,
    /// `Value::Null` when the message never had blocks.
    pub blocks: Value,
    /// `Value::Null` when the message never had attachments.
    pub attachments: Value,
    /// The thread under a top-level message, in order (empty for replies).
    pub replies: Vec<Message>,
    /// Earlier versions, oldest first, each as Slack's message object before an edit.
    pub history: Vec<Value>,
    /// A thread reply also sent to the channel (`reply_broadcast`).
    pub broadcast: bool,
    /// Deleted with [`SlackApi::delete_message`] (as if by someone in Slack).
    pub deleted: bool,
}

impl Message {
    /// Slack's message object for this message (as `chat.postMessage` returns it).
    pub fn to_json(&self) -> Value {
        let mut m = json!({
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": TEAM_ID,
            "ts": self.ts,
            "text": self.text,
        });
        if !self.blocks.is_null() {
            m["blocks"] = self.blocks.clone();
        }
        if !self.attachments.is_null() {
            m["attachments"] = self.attachments.clone();
        }
        if let Some(thread_ts) = &self.thread_ts {
            m["thread_ts"] = thread_ts.clone().into();
            m["parent_user_id"] = BOT_USER_ID.into();
            if self.broadcast {
                m["subtype"] = "thread_broadcast".into();
            }
        }
        m
    }
}

#[derive(Debug)]
struct State {
    token: String,
    channels: BTreeSet<String>,
    not_in_channel: BTreeSet<String>,
    started: Instant,
    next_ts_micros: u64,
    /// Every message, top-level and replies, in posting order.
    messages: Vec<Message>,
    calls: Vec<Call>,
    rate_limit: bool,
    /// When the last `chat.postMessage` to each channel was accepted.
    last_post: HashMap<String, Instant>,
    fail_next: usize,
}

/// How a call ended: the HTTP status, Slack's body, and headers to add.
struct Answer {
    status: u16,
    body: Value,
    retry_after: bool,
}

impl Answer {
    fn ok(body: Value) -> Self {
        Self {
            status: 200,
            body,
            retry_after: false,
        }
    }

    /// An API error: HTTP 200 and `ok: false`, as Slack answers them.
    fn error(code: &str) -> Self {
        Self {
            status: 200,
            body: json!({"ok": false, "error": code}),
            retry_after: false,
        }
    }
}

impl State {
    fn next_ts(&mut self) -> String {
        let micros = self.next_ts_micros;
        self.next_ts_micros += 100;
        format!("{}.{:06}", micros / 1_000_000, micros % 1_000_000)
    }

    fn find_message(&mut self, channel: &str, ts: &str) -> Option<&mut Message> {
        self.messages
            .iter_mut()
            .find(|m| m.channel == channel && m.ts == ts && !m.deleted)
    }

    /// Token, then channel checks shared by the chat methods.
    fn check_channel(&self, args: &Map<String, Value>) -> Result<String, Answer> {
        let channel = str_arg(args, "channel").ok_or_else(|| Answer::error("channel_not_found"))?;
        if !self.channels.contains(channel) {
            return Err(Answer::error("channel_not_found"));
        }
        if self.not_in_channel.contains(channel) {
            return Err(Answer::error("not_in_channel"));
        }
        Ok(channel.to_owned())
    }

    fn answer(
        &mut self,
        method: &str,
        token: Option<&str>,
        args: &Map<String, Value>,
        at: Instant,
    ) -> Answer {
        if self.fail_next > 0 {
            self.fail_next -= 1;
            return Answer {
                status: 500,
                body: Value::Null,
                retry_after: false,
            };
        }
        match token {
            None | Some("") => return Answer::error("not_authed"),
            Some(token) if token != self.token => return Answer::error("invalid_auth"),
            Some(_) => {}
        }
        match method {
            "auth.test" => Answer::ok(json!({
                "ok": true,
                "url": "https://example.slack.com/",
                "team": TEAM_NAME,
                "user": BOT_USER_NAME,
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": false,
            })),
            "chat.postMessage" => self.post_message(args, at).unwrap_or_else(|e| e),
            "chat.update" => self.update(args).unwrap_or_else(|e| e),
            _ => Answer::error("unknown_method"),
        }
    }

    fn post_message(&mut self, args: &Map<String, Value>, at: Instant) -> Result<Answer, Answer> {
        let channel = self.check_channel(args)?;
        if self.rate_limit
            && self
                .last_post
                .get(&channel)
                .is_some_and(|last| at.duration_since(*last) < Duration::from_secs(1))
        {
            return Err(Answer {
                status: 429,
                body: json!({"ok": false, "error": "ratelimited"}),
                retry_after: true,
            });
        }
        let content = content(args)?;
        let thread_ts = match str_arg(args, "thread_ts").filter(|t| !t.is_empty()) {
            None => None,
            Some(thread_ts) => {
                // A reply to a reply joins the same thread, as in Slack.
                let parent = self
                    .find_message(&channel, thread_ts)
                    .ok_or_else(|| Answer::error("thread_not_found"))?;
                Some(parent.thread_ts.clone().unwrap_or_else(|| parent.ts.clone()))
            }
        };
        let broadcast = thread_ts.is_some() && bool_arg(args, "reply_broadcast");
        let ts = self.next_ts();
        let message = Message {
            channel: channel.clone(),
            ts: ts.clone(),
            thread_ts,
            text: content.text.unwrap_or_default(),
            blocks: content.blocks.unwrap_or(Value::Null),
            attachments: content.attachments.unwrap_or(Value::Null),
            replies: Vec::new(),
            history: Vec::new(),
            broadcast,
            deleted: false,
        };
        let body = json!({"ok": true, "channel": channel, "ts": ts, "message": message.to_json()});
        self.messages.push(message);
        self.last_post.insert(channel, at);
        Ok(Answer::ok(body))
    }

    fn update(&mut self, args: &Map<String, Value>) -> Result<Answer, Answer> {
        let channel = self.check_channel(args)?;
        let ts = str_arg(args, "ts").ok_or_else(|| Answer::error("message_not_found"))?;
        let content = content(args)?;
        let message = self
            .find_message(&channel, ts)
            .ok_or_else(|| Answer::error("message_not_found"))?;
        message.history.push(message.to_json());
        // Slack keeps blocks and attachments that an update does not name; `[]` removes them.
        if let Some(text) = content.text {
            message.text = text;
        }
        if let Some(blocks) = content.blocks {
            message.blocks = blocks;
        }
        if let Some(attachments) = content.attachments {
            message.attachments = attachments;
        }
        Ok(Answer::ok(json!({
            "ok": true,
            "channel": channel,
            "ts": message.ts,
            "text": message.text,
            "message": message.to_json(),
        })))
    }
}

/// What a post or an update says; each `None` when the call did not name it.
struct Content {
    text: Option<String>,
    blocks: Option<Value>,
    attachments: Option<Value>,
}

/// `text`, `blocks`, `attachments`, checked as Slack checks them. Form bodies carry the arrays
/// as JSON strings.
fn content(args: &Map<String, Value>) -> Result<Content, Answer> {
    let array = |name: &str| -> Result<Option<Value>, Answer> {
        match args.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Array(a)) => Ok(Some(Value::Array(a.clone()))),
            Some(Value::String(s)) => match serde_json::from_str::<Value>(s) {
                Ok(v @ Value::Array(_)) => Ok(Some(v)),
                _ => Err(Answer::error(if name == "blocks" {
                    "invalid_blocks"
                } else {
                    "invalid_attachments"
                })),
            },
            Some(_) => Err(Answer::error(if name == "blocks" {
                "invalid_blocks"
            } else {
                "invalid_attachments"
            })),
        }
    };
    let blocks = array("blocks")?;
    let attachments = array("attachments")?;
    let text = str_arg(args, "text").map(str::to_owned);
    if blocks
        .as_ref()
        .and_then(Value::as_array)
        .is_some_and(|b| b.len() > MAX_BLOCKS)
    {
        return Err(Answer::error("invalid_blocks"));
    }
    if text.as_ref().is_some_and(|t| t.chars().count() > MAX_TEXT_CHARS) {
        return Err(Answer::error("msg_too_long"));
    }
    let empty = |v: &Option<Value>| v.as_ref().and_then(Value::as_array).is_none_or(Vec::is_empty);
    if text.as_deref().unwrap_or_default().is_empty() && empty(&blocks) && empty(&attachments) {
        return Err(Answer::error("no_text"));
    }
    Ok(Content {
        text,
        blocks,
        attachments,
    })
}

fn str_arg<'a>(args: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    args.get(name).and_then(Value::as_str)
}

/// `true`, or `"true"`/`"1"` as form bodies write it.
fn bool_arg(args: &Map<String, Value>, name: &str) -> bool {
    match args.get(name) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s == "true" || s == "1",
        _ => false,
    }
}

/// The wiremock responder: parses the request, asks the state, records the call.
#[derive(Debug, Clone)]
struct Responder(Arc<Mutex<State>>);

impl Respond for Responder {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let at = Instant::now();
        let method = request.url.path().trim_start_matches("/api/").to_owned();
        let content_type = header(request, "content-type").unwrap_or_default();
        let parsed = parse_args(&content_type, &request.body);
        let mut state = lock(&self.0);
        let (mut args, answer) = match parsed {
            Ok(mut args) => {
                // The token: the Authorization header, else a `token` argument (form posts).
                let body_token = args.remove("token").and_then(|t| t.as_str().map(str::to_owned));
                let token = header(request, "authorization")
                    .and_then(|h| h.strip_prefix("Bearer ").map(str::to_owned))
                    .or(body_token);
                let answer = state.answer(&method, token.as_deref(), &args, at);
                (args, answer)
            }
            Err(code) => (Map::new(), Answer::error(code)),
        };
        args.remove("token");
        let mut body = answer.body;
        if body["ok"] == true
            && content_type.starts_with("application/json")
            && !content_type.contains("charset")
        {
            // Slack accepts it but says so.
            body["warning"] = "missing_charset".into();
            body["response_metadata"] = json!({"warnings": ["missing_charset"]});
        }
        let error = match answer.status {
            500 => Some("http_500".to_owned()),
            _ => body["error"].as_str().map(str::to_owned),
        };
        let since_start = at.duration_since(state.started);
        state.calls.push(Call {
            method,
            body: Value::Object(args),
            status: answer.status,
            error,
            at,
            since_start,
        });
        drop(state);

        let template = ResponseTemplate::new(answer.status);
        if answer.status == 500 {
            return template.set_body_string("Internal Server Error");
        }
        let template = template.set_body_raw(body.to_string(), "application/json; charset=utf-8");
        if answer.retry_after {
            template.insert_header("Retry-After", "1")
        } else {
            template
        }
    }
}

fn header(request: &Request, name: &str) -> Option<String> {
    request
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The call's arguments: a JSON object, or a form body as strings. Slack's codes for bodies it
/// cannot read.
fn parse_args(content_type: &str, body: &[u8]) -> Result<Map<String, Value>, &'static str> {
    if content_type.starts_with("application/json") {
        match serde_json::from_slice(body) {
            Ok(Value::Object(args)) => Ok(args),
            _ => Err("invalid_json"),
        }
    } else if content_type.starts_with("application/x-www-form-urlencoded") || body.is_empty() {
        Ok(form_urlencoded::parse(body)
            .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
            .collect())
    } else {
        Err("invalid_form_data")
    }
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A panicking test thread must not hide the record from the others.
    state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The running stub. It stops when dropped.
#[derive(Debug)]
pub struct SlackApi {
    server: MockServer,
    state: Arc<Mutex<State>>,
}

impl SlackApi {
    /// Start a stub that accepts the bot token `token` and knows `channels` (ids such as
    /// `C0EXAMPLE1`); the bot is a member of all of them until [`Self::set_not_in_channel`].
    pub async fn start(token: &str, channels: &[&str]) -> Self {
        let state = Arc::new(Mutex::new(State {
            token: token.to_owned(),
            channels: channels.iter().map(|c| (*c).to_owned()).collect(),
            not_in_channel: BTreeSet::new(),
            started: Instant::now(),
            next_ts_micros: FIRST_TS_MICROS,
            messages: Vec::new(),
            calls: Vec::new(),
            rate_limit: false,
            last_post: HashMap::new(),
            fail_next: 0,
        }));
        let server = MockServer::start().await;
        Mock::given(path_regex(r"^/api/[A-Za-z.]+$"))
            .respond_with(Responder(state.clone()))
            .mount(&server)
            .await;
        Self { server, state }
    }

    /// The API's base URL, `http://127.0.0.1:PORT/api`: a method is `<base_url>/chat.postMessage`.
    pub fn base_url(&self) -> String {
        format!("{}/api", self.server.uri())
    }

    /// Every call answered, in order.
    pub fn calls(&self) -> Vec<Call> {
        lock(&self.state).calls.clone()
    }

    /// Every top-level message in its current state, in posting order, each with its thread.
    /// Deleted messages are included, marked [`Message::deleted`].
    pub fn messages(&self) -> Vec<Message> {
        let state = lock(&self.state);
        let mut top: Vec<Message> = state
            .messages
            .iter()
            .filter(|m| m.thread_ts.is_none())
            .cloned()
            .collect();
        for reply in state.messages.iter().filter(|m| m.thread_ts.is_some()) {
            if let Some(parent) = top
                .iter_mut()
                .find(|p| p.channel == reply.channel && Some(&p.ts) == reply.thread_ts.as_ref())
            {
                parent.replies.push(reply.clone());
            }
        }
        top
    }

    /// Refuse a `chat.postMessage` less than a second after the last one accepted in the same
    /// channel (HTTP 429, `Retry-After: 1`, `ratelimited`).
    pub fn enable_rate_limit(&self, enabled: bool) {
        lock(&self.state).rate_limit = enabled;
    }

    /// Answer the next `n` calls, whatever they are, with HTTP 500 (nothing recorded but the call).
    pub fn fail_next(&self, n: usize) {
        lock(&self.state).fail_next = n;
    }

    /// Delete a message as someone in Slack would: later `chat.update`s of it get
    /// `message_not_found` and replies to it `thread_not_found`. Returns whether it existed.
    pub fn delete_message(&self, channel: &str, ts: &str) -> bool {
        let mut state = lock(&self.state);
        match state.find_message(channel, ts) {
            Some(message) => {
                message.deleted = true;
                true
            }
            None => false,
        }
    }

    /// Make the bot not a member of `channel`: posts and updates there get `not_in_channel`.
    pub fn set_not_in_channel(&self, channel: &str) {
        lock(&self.state).not_in_channel.insert(channel.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "xoxb-EXAMPLE-0000-token";
    const CHANNEL: &str = "C0EXAMPLE1";
    const OTHER: &str = "C0EXAMPLE2";

    /// A call as the Slack client makes it: JSON body, bearer token. Returns (status,
    /// Retry-After, body).
    async fn call(
        api: &SlackApi,
        method: &str,
        token: Option<&str>,
        body: Value,
    ) -> (u16, Option<String>, Value) {
        let url = format!("{}/{method}", api.base_url());
        let token = token.map(str::to_owned);
        tokio::task::spawn_blocking(move || {
            let mut request = ureq::post(&url).set("Content-Type", "application/json; charset=utf-8");
            if let Some(token) = token {
                request = request.set("Authorization", &format!("Bearer {token}"));
            }
            let response = match request.send_string(&body.to_string()) {
                Ok(response) | Err(ureq::Error::Status(_, response)) => response,
                Err(e) => panic!("transport error: {e}"),
            };
            let status = response.status();
            let retry_after = response.header("Retry-After").map(str::to_owned);
            let text = response.into_string().unwrap();
            (
                status,
                retry_after,
                serde_json::from_str(&text).unwrap_or(Value::Null),
            )
        })
        .await
        .unwrap()
    }

    async fn post(api: &SlackApi, body: Value) -> Value {
        let (status, _, body) = call(api, "chat.postMessage", Some(TOKEN), body).await;
        assert_eq!(status, 200);
        body
    }

    #[tokio::test]
    async fn post_update_reply_and_read_back() {
        let api = SlackApi::start(TOKEN, &[CHANNEL]).await;
        let (_, _, auth) = call(&api, "auth.test", Some(TOKEN), json!({})).await;
        assert_eq!(auth["ok"], true);
        assert_eq!(auth["team_id"], TEAM_ID);
        assert_eq!(auth["user_id"], BOT_USER_ID);

        let blocks = json!([{"type": "section", "text": {"type": "mrkdwn", "text": "*open*"}}]);
        let posted = post(
            &api,
            json!({"channel": CHANNEL, "text": "open", "blocks": blocks}),
        )
        .await;
        assert_eq!(posted["ok"], true, "{posted}");
        assert_eq!(posted["channel"], CHANNEL);
        let ts = posted["ts"].as_str().unwrap().to_owned();
        assert_eq!(ts, "1795000000.000100");
        assert_eq!(posted["message"]["ts"], ts.as_str());
        assert_eq!(posted["message"]["blocks"], blocks);
        assert_eq!(posted["message"]["bot_id"], BOT_ID);

        let acked = json!([{"type": "section", "text": {"type": "mrkdwn", "text": "*acknowledged*"}}]);
        let (_, _, updated) = call(
            &api,
            "chat.update",
            Some(TOKEN),
            json!({"channel": CHANNEL, "ts": ts, "text": "acknowledged", "blocks": acked}),
        )
        .await;
        assert_eq!(updated["ok"], true, "{updated}");
        assert_eq!(updated["ts"], ts.as_str());
        assert_eq!(updated["text"], "acknowledged");
        assert_eq!(updated["message"]["blocks"], acked);

        let reply = post(
            &api,
            json!({"channel": CHANNEL, "text": "seen again", "thread_ts": ts}),
        )
        .await;
        assert_eq!(reply["message"]["thread_ts"], ts.as_str());
        let broadcast = post(
            &api,
            json!({"channel": CHANNEL, "text": "reopened", "thread_ts": ts, "reply_broadcast": true}),
        )
        .await;
        assert!(broadcast["ts"].as_str().unwrap() > reply["ts"].as_str().unwrap());
        let (_, _, orphan) = call(
            &api,
            "chat.postMessage",
            Some(TOKEN),
            json!({"channel": CHANNEL, "text": "x", "thread_ts": "1.000000"}),
        )
        .await;
        assert_eq!(orphan["error"], "thread_not_found");
        let (_, _, empty) = call(&api, "chat.postMessage", Some(TOKEN), json!({"channel": CHANNEL})).await;
        assert_eq!(empty["error"], "no_text");

        let messages = api.messages();
        assert_eq!(messages.len(), 1);
        let message = &messages[0];
        assert_eq!(
            (message.channel.as_str(), message.ts.as_str()),
            (CHANNEL, ts.as_str())
        );
        assert_eq!(message.text, "acknowledged");
        assert_eq!(message.blocks, acked);
        assert_eq!(message.history.len(), 1);
        assert_eq!(message.history[0]["text"], "open");
        assert_eq!(message.history[0]["blocks"], blocks);
        let replies: Vec<(&str, bool)> = message
            .replies
            .iter()
            .map(|r| (r.text.as_str(), r.broadcast))
            .collect();
        assert_eq!(replies, [("seen again", false), ("reopened", true)]);

        let calls = api.calls();
        let methods: Vec<&str> = calls.iter().map(|c| c.method.as_str()).collect();
        assert_eq!(
            methods,
            [
                "auth.test",
                "chat.postMessage",
                "chat.update",
                "chat.postMessage",
                "chat.postMessage",
                "chat.postMessage",
                "chat.postMessage"
            ]
        );
        assert_eq!(calls[1].body["text"], "open");
        assert_eq!(calls[5].error.as_deref(), Some("thread_not_found"));
        assert!(calls.iter().all(|c| c.status == 200));
        assert!(calls.windows(2).all(|w| w[0].at <= w[1].at));
    }

    #[tokio::test]
    async fn bad_or_missing_token_is_refused_and_nothing_is_posted() {
        let api = SlackApi::start(TOKEN, &[CHANNEL]).await;
        let (status, _, body) = call(
            &api,
            "chat.postMessage",
            Some("xoxb-EXAMPLE-wrong"),
            json!({"channel": CHANNEL, "text": "x"}),
        )
        .await;
        assert_eq!(
            (status, body),
            (200, json!({"ok": false, "error": "invalid_auth"}))
        );
        let (_, _, body) = call(&api, "auth.test", None, json!({})).await;
        assert_eq!(body["error"], "not_authed");
        assert!(api.messages().is_empty());
        assert_eq!(api.calls()[0].error.as_deref(), Some("invalid_auth"));
    }

    #[tokio::test]
    async fn unknown_channel_and_not_a_member() {
        let api = SlackApi::start(TOKEN, &[CHANNEL, OTHER]).await;
        let (_, _, body) = call(
            &api,
            "chat.postMessage",
            Some(TOKEN),
            json!({"channel": "C0NOSUCH", "text": "x"}),
        )
        .await;
        assert_eq!(body["error"], "channel_not_found");
        let (_, _, body) = call(&api, "chat.postMessage", Some(TOKEN), json!({"text": "x"})).await;
        assert_eq!(body["error"], "channel_not_found");
        api.set_not_in_channel(OTHER);
        let (_, _, body) = call(
            &api,
            "chat.postMessage",
            Some(TOKEN),
            json!({"channel": OTHER, "text": "x"}),
        )
        .await;
        assert_eq!(body["error"], "not_in_channel");
        assert!(api.messages().is_empty());
    }

    #[tokio::test]
    async fn update_after_delete_is_message_not_found() {
        let api = SlackApi::start(TOKEN, &[CHANNEL]).await;
        let ts = post(&api, json!({"channel": CHANNEL, "text": "open"})).await["ts"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(api.delete_message(CHANNEL, &ts));
        let (status, _, body) = call(
            &api,
            "chat.update",
            Some(TOKEN),
            json!({"channel": CHANNEL, "ts": ts, "text": "resolved"}),
        )
        .await;
        assert_eq!(
            (status, body),
            (200, json!({"ok": false, "error": "message_not_found"}))
        );
        let (_, _, body) = call(
            &api,
            "chat.postMessage",
            Some(TOKEN),
            json!({"channel": CHANNEL, "text": "r", "thread_ts": ts}),
        )
        .await;
        assert_eq!(body["error"], "thread_not_found");
        let messages = api.messages();
        assert!(messages[0].deleted);
        assert_eq!(messages[0].text, "open");
        assert!(messages[0].history.is_empty());
    }

    #[tokio::test]
    async fn rate_limit_answers_429_with_retry_after_and_records_no_message() {
        let api = SlackApi::start(TOKEN, &[CHANNEL, OTHER]).await;
        api.enable_rate_limit(true);
        post(&api, json!({"channel": CHANNEL, "text": "first"})).await;
        let (status, retry_after, body) = call(
            &api,
            "chat.postMessage",
            Some(TOKEN),
            json!({"channel": CHANNEL, "text": "second"}),
        )
        .await;
        assert_eq!(status, 429);
        assert_eq!(retry_after.as_deref(), Some("1"));
        assert_eq!(body, json!({"ok": false, "error": "ratelimited"}));
        // Another channel has its own budget.
        assert_eq!(
            post(&api, json!({"channel": OTHER, "text": "elsewhere"})).await["ok"],
            true
        );
        tokio::time::sleep(Duration::from_millis(1_050)).await;
        assert_eq!(
            post(&api, json!({"channel": CHANNEL, "text": "second"})).await["ok"],
            true
        );
        let texts: Vec<String> = api.messages().into_iter().map(|m| m.text).collect();
        assert_eq!(texts, ["first", "elsewhere", "second"]);
        let statuses: Vec<u16> = api.calls().iter().map(|c| c.status).collect();
        assert_eq!(statuses, [200, 429, 200, 200]);
    }

    #[tokio::test]
    async fn injected_failures_answer_500_then_recover() {
        let api = SlackApi::start(TOKEN, &[CHANNEL]).await;
        api.fail_next(2);
        for _ in 0..2 {
            let (status, _, _) = call(
                &api,
                "chat.postMessage",
                Some(TOKEN),
                json!({"channel": CHANNEL, "text": "x"}),
            )
            .await;
            assert_eq!(status, 500);
        }
        assert_eq!(
            post(&api, json!({"channel": CHANNEL, "text": "x"})).await["ok"],
            true
        );
        assert_eq!(api.messages().len(), 1);
        assert_eq!(api.calls()[0].error.as_deref(), Some("http_500"));
    }

    #[tokio::test]
    async fn form_bodies_with_a_token_argument_work_and_the_token_is_not_recorded() {
        let api = SlackApi::start(TOKEN, &[CHANNEL]).await;
        let url = format!("{}/chat.postMessage", api.base_url());
        let body = tokio::task::spawn_blocking(move || {
            ureq::post(&url)
                .send_form(&[
                    ("token", TOKEN),
                    ("channel", CHANNEL),
                    ("text", "hi"),
                    ("blocks", "[]"),
                ])
                .unwrap()
                .into_json::<Value>()
                .unwrap()
        })
        .await
        .unwrap();
        assert_eq!(body["ok"], true, "{body}");
        let calls = api.calls();
        assert_eq!(
            calls[0].body,
            json!({"channel": CHANNEL, "text": "hi", "blocks": "[]"})
        );
    }
}
