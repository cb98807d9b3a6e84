//! A click on one of an issue message's buttons, as Slack delivers it to the interactions
//! function: verify that Slack sent it ([`verify_signature`]), undo API Gateway's encoding
//! ([`decode_body`]), then read which button was pressed on which issue ([`parse_interaction`]).
//!
//! Nothing here trusts the body before its signature is checked, and no error message carries
//! the signing secret, a signature or what a sender wrote in a field: an error says what was
//! wrong and where, so that it can be logged as is.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use sha2::Sha256;

use crate::ids::{Fingerprint, IdError};
use crate::timestamp::Timestamp;

/// The buttons' `action_id`s. The message renderer puts them on the buttons, the parser maps
/// them back: one constant each so that the two cannot drift apart.
pub const ACKNOWLEDGE: &str = "awsmon_acknowledge";
pub const RESOLVE: &str = "awsmon_resolve";
pub const SILENCE_1H: &str = "awsmon_silence_1h";
pub const SILENCE_24H: &str = "awsmon_silence_24h";
pub const SILENCE_7D: &str = "awsmon_silence_7d";

/// Every button on an issue message, in display order: (label, action id). Each button's
/// `value` is the issue id (its [`Fingerprint`]).
pub const BUTTONS: [(&str, &str); 5] = [
    ("Acknowledge", ACKNOWLEDGE),
    ("Resolve", RESOLVE),
    ("Silence 1h", SILENCE_1H),
    ("Silence 24h", SILENCE_24H),
    ("Silence 7d", SILENCE_7D),
];

/// How far the request's timestamp may be from now, either way, before it is refused as a
/// replay (Slack recommends five minutes).
pub const MAX_SKEW_SECS: i64 = 5 * 60;

const HOUR_SECS: i64 = 60 * 60;
const DAY_SECS: i64 = 24 * HOUR_SECS;
const WEEK_SECS: i64 = 7 * DAY_SECS;

/// What an operator asked for by pressing a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueAction {
    Acknowledge,
    Resolve,
    /// Silence the issue for `secs` seconds from the click.
    Silence {
        secs: i64,
    },
}

impl IssueAction {
    /// The action a button's `action_id` stands for; `None` for any id that is not awsmon's.
    pub fn from_action_id(action_id: &str) -> Option<Self> {
        match action_id {
            ACKNOWLEDGE => Some(Self::Acknowledge),
            RESOLVE => Some(Self::Resolve),
            SILENCE_1H => Some(Self::Silence { secs: HOUR_SECS }),
            SILENCE_24H => Some(Self::Silence { secs: DAY_SECS }),
            SILENCE_7D => Some(Self::Silence { secs: WEEK_SECS }),
            _ => None,
        }
    }

    /// The `action_id` of the button for this action; `None` for a silence whose duration has
    /// no button (the API can silence for any time, the message offers three).
    pub fn action_id(&self) -> Option<&'static str> {
        match self {
            Self::Acknowledge => Some(ACKNOWLEDGE),
            Self::Resolve => Some(RESOLVE),
            Self::Silence { secs: HOUR_SECS } => Some(SILENCE_1H),
            Self::Silence { secs: DAY_SECS } => Some(SILENCE_24H),
            Self::Silence { secs: WEEK_SECS } => Some(SILENCE_7D),
            Self::Silence { .. } => None,
        }
    }
}

/// Why a request was not accepted as signed by Slack. None of them carries the secret, the
/// signature or the timestamp text: only what kind of problem it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// An empty signing secret would let anyone sign: a configuration error, refused outright.
    #[error("the Slack signing secret is empty")]
    NoSecret,
    #[error("missing X-Slack-Request-Timestamp header")]
    MissingTimestamp,
    #[error("missing X-Slack-Signature header")]
    MissingSignature,
    #[error("X-Slack-Request-Timestamp is not a number of unix seconds")]
    BadTimestamp,
    /// `skew_secs` is now minus the request's timestamp: positive for an old request (a replay),
    /// negative for one from the future.
    #[error(
        "X-Slack-Request-Timestamp is {skew_secs} s away from now (at most {MAX_SKEW_SECS} s either way)"
    )]
    Stale { skew_secs: i64 },
    #[error("X-Slack-Signature is not `v0=` and 64 hex digits")]
    BadSignatureFormat,
    #[error("X-Slack-Signature does not match the body and the signing secret")]
    Mismatch,
}

type HmacSha256 = Hmac<Sha256>;

/// The HMAC of Slack's version-0 base string `v0:<timestamp>:<raw body>`.
fn mac(signing_secret: &[u8], timestamp: &str, body: &[u8]) -> HmacSha256 {
    // HMAC takes a key of any length (a long one is hashed first): this cannot fail.
    let mut mac = <HmacSha256 as Mac>::new_from_slice(signing_secret).unwrap_or_else(|_| unreachable!());
    mac.update(b"v0:");
    mac.update(timestamp.as_bytes());
    mac.update(b":");
    mac.update(body);
    mac
}

/// Check a request as Slack documents ("Verifying requests from Slack"): `timestamp` and
/// `signature` are the `X-Slack-Request-Timestamp` and `X-Slack-Signature` headers, `body` the
/// raw bytes Slack sent (after [`decode_body`]), `now` the time of receipt.
///
/// The timestamp must be within [`MAX_SKEW_SECS`] of `now` either way, and the signature is
/// compared in constant time. A replay within the window still verifies: what the click does
/// must be idempotent.
pub fn verify_signature(
    signing_secret: &[u8],
    timestamp: Option<&str>,
    signature: Option<&str>,
    body: &[u8],
    now: Timestamp,
) -> Result<(), SignatureError> {
    if signing_secret.is_empty() {
        return Err(SignatureError::NoSecret);
    }
    let timestamp = timestamp.ok_or(SignatureError::MissingTimestamp)?;
    let signature = signature.ok_or(SignatureError::MissingSignature)?;
    let sent_at = parse_unix_secs(timestamp).ok_or(SignatureError::BadTimestamp)?;
    let expected = parse_v0(signature).ok_or(SignatureError::BadSignatureFormat)?;
    let skew_secs = now.secs().saturating_sub(sent_at);
    if skew_secs.unsigned_abs() > MAX_SKEW_SECS.unsigned_abs() {
        return Err(SignatureError::Stale { skew_secs });
    }
    // The base string uses the header's text exactly as sent, not a re-formatted number.
    mac(signing_secret, timestamp, body)
        .verify_slice(&expected)
        .map_err(|_| SignatureError::Mismatch)
}

/// Unix seconds as Slack writes them: ASCII digits only (no sign, no spaces, no fraction).
fn parse_unix_secs(raw: &str) -> Option<i64> {
    if raw.is_empty() || raw.len() > 18 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok()
}

/// The 32 bytes of a `v0=<64 hex digits>` signature (either case of hex).
fn parse_v0(raw: &str) -> Option<[u8; 32]> {
    let hex = raw.strip_prefix("v0=")?.as_bytes();
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(hex.chunks_exact(2)) {
        *byte = (hex_digit(pair[0])? << 4) | hex_digit(pair[1])?;
    }
    Some(out)
}

fn hex_digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The `X-Slack-Signature` Slack would send for `body` at `timestamp` (unix seconds):
/// `v0=<lowercase hex>`. For tests and the local demo, which send requests "as Slack would".
pub fn sign(signing_secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let digest = mac(signing_secret, &timestamp.to_string(), body)
        .finalize()
        .into_bytes();
    let mut out = String::with_capacity(3 + 2 * digest.len());
    out.push_str("v0=");
    for byte in digest {
        out.push_str(&format!("{byte:02x}"));
    }
    out
}

/// Why an interaction body was not accepted. Like [`SignatureError`], never the sender's text:
/// what was wrong and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InteractionError {
    #[error("the body is marked base64 but is not valid base64")]
    BadBase64,
    #[error("the body has no `payload` form field")]
    NoPayload,
    #[error("the payload is not the JSON expected ({category} at line {line}, column {column}, at `{path}`)")]
    BadJson {
        category: &'static str,
        line: usize,
        column: usize,
        path: String,
    },
    /// `kind` is the payload's `type` when it is a plausible Slack type name, else `<other>`.
    #[error("payload type `{kind}` is not handled (only block_actions)")]
    UnsupportedType { kind: String },
    #[error("none of the payload's {actions} action(s) is an awsmon button")]
    NoAwsmonAction { actions: usize },
    #[error("the button's value is not an issue id: {0}")]
    BadIssueId(IdError),
    #[error("the payload has no `{0}`")]
    MissingField(&'static str),
}

/// A button click on an issue message, after [`verify_signature`] and [`parse_interaction`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interaction {
    /// The workspace (`team.id`): the caller checks it is the one awsmon is installed in.
    pub team_id: String,
    /// `api_app_id`: the caller checks it is awsmon's app.
    pub app_id: String,
    pub user_id: String,
    /// `user.username`, else `user.name`; may be empty.
    pub user_name: String,
    pub action: IssueAction,
    pub issue_id: Fingerprint,
    /// Where the message is (`container.channel_id`, else `channel.id`).
    pub channel_id: String,
    /// Which message (`container.message_ts`, else `message.ts`).
    pub message_ts: String,
    pub response_url: Option<String>,
}

/// The body as Slack sent it: API Gateway's REST proxy passes it as text, base64-encoded when
/// it sets `isBase64Encoded`. The signature is over these bytes, not over the proxy's text.
pub fn decode_body(body: &str, is_base64: bool) -> Result<Vec<u8>, InteractionError> {
    if is_base64 {
        base64::engine::general_purpose::STANDARD
            .decode(body.as_bytes())
            .map_err(|_| InteractionError::BadBase64)
    } else {
        Ok(body.as_bytes().to_vec())
    }
}

// The parts of a block_actions payload awsmon reads; serde ignores the rest. Fields Slack may
// omit or send as null are `Option`s, so that their absence is reported by name below.
#[derive(Deserialize)]
struct Payload {
    team: Option<IdField>,
    api_app_id: Option<String>,
    user: Option<User>,
    container: Option<Container>,
    channel: Option<IdField>,
    message: Option<MessageRef>,
    response_url: Option<String>,
    #[serde(default)]
    actions: Vec<Action>,
}

#[derive(Deserialize)]
struct IdField {
    id: Option<String>,
}

#[derive(Deserialize)]
struct User {
    id: Option<String>,
    username: Option<String>,
    name: Option<String>,
    team_id: Option<String>,
}

#[derive(Deserialize)]
struct Container {
    channel_id: Option<String>,
    message_ts: Option<String>,
}

#[derive(Deserialize)]
struct MessageRef {
    ts: Option<String>,
}

#[derive(Deserialize)]
struct Action {
    action_id: Option<String>,
    value: Option<String>,
}

/// Read a (verified, decoded) interaction body: `application/x-www-form-urlencoded` with one
/// field, `payload`, holding the JSON. Only `block_actions` with at least one awsmon button are
/// accepted; the first awsmon action is the one taken (Slack sends one per click).
pub fn parse_interaction(body: &[u8]) -> Result<Interaction, InteractionError> {
    let payload = form_urlencoded::parse(body)
        .find(|(key, _)| key == "payload")
        .map(|(_, value)| value)
        .ok_or(InteractionError::NoPayload)?;

    let value: serde_json::Value = serde_json::from_str(&payload).map_err(|e| bad_json(&e, String::new()))?;
    // The type decides the shape: check it before reading the rest, so that a view_submission
    // is reported as such and not as a missing field.
    let kind = value
        .get("type")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default();
    if kind != "block_actions" {
        return Err(InteractionError::UnsupportedType {
            kind: printable_kind(kind),
        });
    }
    let payload: Payload = serde_path_to_error::deserialize(&value).map_err(|e| {
        let path = e.path().to_string();
        bad_json(e.inner(), path)
    })?;

    let (action, value) = payload
        .actions
        .iter()
        .find_map(|a| {
            let action = IssueAction::from_action_id(a.action_id.as_deref()?)?;
            Some((action, a.value.as_deref()))
        })
        .ok_or(InteractionError::NoAwsmonAction {
            actions: payload.actions.len(),
        })?;
    let issue_id = Fingerprint::parse(value.ok_or(InteractionError::MissingField("actions[].value"))?)
        .map_err(InteractionError::BadIssueId)?;

    let user = payload.user.ok_or(InteractionError::MissingField("user"))?;
    // `team` is the workspace the click came from; `user.team_id` is the same in a plain
    // workspace and the only one present in some Enterprise Grid payloads.
    let team_id = payload
        .team
        .and_then(|t| t.id)
        .or(user.team_id)
        .ok_or(InteractionError::MissingField("team.id"))?;
    let (container_channel, container_ts) = payload
        .container
        .map(|c| (c.channel_id, c.message_ts))
        .unwrap_or_default();
    let channel_id = container_channel
        .or(payload.channel.and_then(|c| c.id))
        .ok_or(InteractionError::MissingField("container.channel_id"))?;
    let message_ts = container_ts
        .or(payload.message.and_then(|m| m.ts))
        .ok_or(InteractionError::MissingField("container.message_ts"))?;

    Ok(Interaction {
        team_id: non_empty(team_id, "team.id")?,
        app_id: non_empty(payload.api_app_id.unwrap_or_default(), "api_app_id")?,
        user_id: non_empty(user.id.unwrap_or_default(), "user.id")?,
        user_name: user
            .username
            .filter(|n| !n.is_empty())
            .or(user.name)
            .unwrap_or_default(),
        action,
        issue_id,
        channel_id: non_empty(channel_id, "container.channel_id")?,
        message_ts: non_empty(message_ts, "container.message_ts")?,
        response_url: payload.response_url.filter(|u| !u.is_empty()),
    })
}

fn non_empty(value: String, field: &'static str) -> Result<String, InteractionError> {
    if value.is_empty() {
        Err(InteractionError::MissingField(field))
    } else {
        Ok(value)
    }
}

fn bad_json(e: &serde_json::Error, path: String) -> InteractionError {
    use serde_json::error::Category;
    // serde_json's own message can quote the offending value; only its position is kept.
    let category = match e.classify() {
        Category::Io => "I/O error",
        Category::Syntax => "syntax error",
        Category::Data => "unexpected type",
        Category::Eof => "unexpected end",
    };
    InteractionError::BadJson {
        category,
        line: e.line(),
        column: e.column(),
        path,
    }
}

/// A payload type is echoed in errors only when it looks like one of Slack's (`view_submission`),
/// so that arbitrary sender text never reaches a log.
fn printable_kind(kind: &str) -> String {
    if !kind.is_empty() && kind.len() <= 40 && kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
        kind.to_owned()
    } else {
        "<other>".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &[u8] = b"EXAMPLE-slack-signing-secret-000";
    const NOW_SECS: i64 = 1_795_000_012;
    const FIXTURE: &str = include_str!("../../fixtures/slack-block-actions.json");

    fn now() -> Timestamp {
        Timestamp::from_secs(NOW_SECS)
    }

    /// The fixture as Slack posts it: form-encoded into the `payload` field.
    fn form(payload_json: &str) -> Vec<u8> {
        form_urlencoded::Serializer::new(String::new())
            .append_pair("payload", payload_json)
            .finish()
            .into_bytes()
    }

    fn verify_at(ts: i64, signature: &str, body: &[u8]) -> Result<(), SignatureError> {
        verify_signature(SECRET, Some(&ts.to_string()), Some(signature), body, now())
    }

    #[test]
    fn action_ids_round_trip_and_buttons_name_them_all() {
        for (label, id) in BUTTONS {
            let action = IssueAction::from_action_id(id).expect(label);
            assert_eq!(action.action_id(), Some(id));
        }
        assert_eq!(
            IssueAction::from_action_id(SILENCE_24H),
            Some(IssueAction::Silence { secs: 86_400 })
        );
        assert_eq!(IssueAction::from_action_id("approve"), None);
        assert_eq!(IssueAction::Silence { secs: 90 }.action_id(), None);
    }

    #[test]
    fn valid_signature_verifies() {
        let body = form(FIXTURE);
        let signature = sign(SECRET, NOW_SECS, &body);
        assert!(signature.starts_with("v0=") && signature.len() == 67);
        assert_eq!(verify_at(NOW_SECS, &signature, &body), Ok(()));
        // Upper-case hex is the same signature.
        let upper = format!("v0={}", signature[3..].to_ascii_uppercase());
        assert_eq!(verify_at(NOW_SECS, &upper, &body), Ok(()));
        // Within the window either way.
        let old = NOW_SECS - MAX_SKEW_SECS;
        assert_eq!(verify_at(old, &sign(SECRET, old, &body), &body), Ok(()));
    }

    #[test]
    fn known_answer_from_an_independent_hmac() {
        // Computed outside Rust (Python's hmac module) over `v0:1795000012:payload=%7B%7D`, so
        // that a change in the base string's layout cannot go unnoticed.
        assert_eq!(
            sign(b"EXAMPLE-signing-secret", 1_795_000_012, b"payload=%7B%7D"),
            "v0=5b3c0c05e16e086864e3b53dee20197808477a39e76e66aa1bbfd6395ed20266"
        );
    }

    #[test]
    fn wrong_secret_is_a_mismatch() {
        let body = form(FIXTURE);
        let signature = sign(b"another-secret-EXAMPLE", NOW_SECS, &body);
        assert_eq!(
            verify_at(NOW_SECS, &signature, &body),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn stale_and_future_timestamps_are_refused_even_when_correctly_signed() {
        let body = form(FIXTURE);
        let old = NOW_SECS - 6 * 60;
        assert_eq!(
            verify_at(old, &sign(SECRET, old, &body), &body),
            Err(SignatureError::Stale { skew_secs: 360 })
        );
        let future = NOW_SECS + 6 * 60;
        assert_eq!(
            verify_at(future, &sign(SECRET, future, &body), &body),
            Err(SignatureError::Stale { skew_secs: -360 })
        );
    }

    #[test]
    fn a_replayed_timestamp_with_another_body_is_a_mismatch() {
        // A signature lifted from one request does not cover another body or time.
        let body = form(FIXTURE);
        let signature = sign(SECRET, NOW_SECS - 10, &body);
        assert_eq!(
            verify_at(NOW_SECS, &signature, &body),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn tampered_body_is_a_mismatch() {
        let body = form(FIXTURE);
        let signature = sign(SECRET, NOW_SECS, &body);
        let mut tampered = body.clone();
        let i = tampered.len() / 2;
        tampered[i] ^= 0x01;
        assert_eq!(
            verify_at(NOW_SECS, &signature, &tampered),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn missing_headers_and_empty_secret_are_refused() {
        let body = form(FIXTURE);
        let signature = sign(SECRET, NOW_SECS, &body);
        let ts = NOW_SECS.to_string();
        assert_eq!(
            verify_signature(SECRET, None, Some(&signature), &body, now()),
            Err(SignatureError::MissingTimestamp)
        );
        assert_eq!(
            verify_signature(SECRET, Some(&ts), None, &body, now()),
            Err(SignatureError::MissingSignature)
        );
        assert_eq!(
            verify_signature(SECRET, None, None, &body, now()),
            Err(SignatureError::MissingTimestamp)
        );
        assert_eq!(
            verify_signature(b"", Some(&ts), Some(&sign(b"", NOW_SECS, &body)), &body, now()),
            Err(SignatureError::NoSecret)
        );
    }

    #[test]
    fn malformed_timestamps_and_signatures_are_refused() {
        let body = form(FIXTURE);
        let good = sign(SECRET, NOW_SECS, &body);
        for ts in [
            "",
            "-1795000012",
            "1795000012.5",
            " 1795000012",
            "soon",
            "99999999999999999999",
        ] {
            assert_eq!(
                verify_signature(SECRET, Some(ts), Some(&good), &body, now()),
                Err(SignatureError::BadTimestamp),
                "{ts:?}"
            );
        }
        let hex = &good[3..];
        for signature in [
            "".to_owned(),
            hex.to_owned(),
            format!("v1={hex}"),
            format!("v0={}", &hex[1..]),
            format!("v0={hex}00"),
            format!("v0={}g", &hex[1..]),
            "v0=".to_owned(),
        ] {
            assert_eq!(
                verify_at(NOW_SECS, &signature, &body),
                Err(SignatureError::BadSignatureFormat),
                "{signature:?}"
            );
        }
    }

    #[test]
    fn errors_never_show_the_secret_or_the_signature() {
        let body = form(FIXTURE);
        let signature = sign(b"another-secret-EXAMPLE", NOW_SECS, &body);
        let err = verify_at(NOW_SECS, &signature, &body).unwrap_err().to_string();
        assert!(!err.contains(std::str::from_utf8(SECRET).unwrap()));
        assert!(!err.contains(&signature[3..]));
    }

    #[test]
    fn base64_body_decodes_to_the_signed_bytes() {
        let body = form(FIXTURE);
        let signature = sign(SECRET, NOW_SECS, &body);
        let encoded = base64::engine::general_purpose::STANDARD.encode(&body);
        let decoded = decode_body(&encoded, true).unwrap();
        assert_eq!(decoded, body);
        assert_eq!(verify_at(NOW_SECS, &signature, &decoded), Ok(()));
        // Verifying the still-encoded text fails: the signature is over Slack's bytes.
        assert_eq!(
            verify_at(NOW_SECS, &signature, encoded.as_bytes()),
            Err(SignatureError::Mismatch)
        );
        let plain = std::str::from_utf8(&body).unwrap();
        assert_eq!(decode_body(plain, false).unwrap(), body);
        assert_eq!(decode_body("not base64!", true), Err(InteractionError::BadBase64));
    }

    #[test]
    fn the_fixture_parses() {
        let interaction = parse_interaction(&form(FIXTURE)).unwrap();
        assert_eq!(
            interaction,
            Interaction {
                team_id: "T0EXAMPLE1".into(),
                app_id: "A0EXAMPLE1".into(),
                user_id: "U0EXAMPLE1".into(),
                user_name: "jane.doe".into(),
                action: IssueAction::Acknowledge,
                issue_id: Fingerprint::parse("7c1f3a9e20b4d5e6").unwrap(),
                channel_id: "C0EXAMPLE1".into(),
                message_ts: "1795000000.000100".into(),
                response_url: Some(
                    "https://hooks.slack.com/actions/T0EXAMPLE1/0000000000001/EXAMPLEresponseURL".into()
                ),
            }
        );
    }

    fn fixture_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
        let mut value: serde_json::Value = serde_json::from_str(FIXTURE).unwrap();
        edit(&mut value);
        form(&value.to_string())
    }

    #[test]
    fn each_button_maps_to_its_action() {
        for (label, id) in BUTTONS {
            let body = fixture_with(|v| v["actions"][0]["action_id"] = id.into());
            let interaction = parse_interaction(&body).expect(label);
            assert_eq!(interaction.action.action_id(), Some(id));
        }
    }

    #[test]
    fn falls_back_to_channel_and_message_without_container() {
        let body = fixture_with(|v| {
            v.as_object_mut().unwrap().remove("container");
            v["user"].as_object_mut().unwrap().remove("username");
            v["user"]["name"] = "Jane".into();
        });
        let interaction = parse_interaction(&body).unwrap();
        assert_eq!(interaction.channel_id, "C0EXAMPLE1");
        assert_eq!(interaction.message_ts, "1795000000.000100");
        assert_eq!(interaction.user_name, "Jane");
    }

    #[test]
    fn takes_the_first_awsmon_action() {
        let body = fixture_with(|v| {
            let ours = v["actions"][0].clone();
            let mut theirs = ours.clone();
            theirs["action_id"] = "someone_elses_button".into();
            let mut resolve = ours;
            resolve["action_id"] = RESOLVE.into();
            v["actions"] = serde_json::json!([theirs, resolve]);
        });
        assert_eq!(parse_interaction(&body).unwrap().action, IssueAction::Resolve);
    }

    #[test]
    fn rejects_other_payload_types() {
        let body = fixture_with(|v| v["type"] = "view_submission".into());
        assert_eq!(
            parse_interaction(&body),
            Err(InteractionError::UnsupportedType {
                kind: "view_submission".into()
            })
        );
        let body = fixture_with(|v| v["type"] = "<script>xoxb-EXAMPLE</script>".into());
        assert_eq!(
            parse_interaction(&body),
            Err(InteractionError::UnsupportedType {
                kind: "<other>".into()
            })
        );
        let body = fixture_with(|v| {
            v.as_object_mut().unwrap().remove("type");
        });
        assert!(matches!(
            parse_interaction(&body),
            Err(InteractionError::UnsupportedType { .. })
        ));
    }

    #[test]
    fn rejects_an_unknown_action_id() {
        let body = fixture_with(|v| v["actions"][0]["action_id"] = "approve_deploy".into());
        assert_eq!(
            parse_interaction(&body),
            Err(InteractionError::NoAwsmonAction { actions: 1 })
        );
        let body = fixture_with(|v| v["actions"] = serde_json::json!([]));
        assert_eq!(
            parse_interaction(&body),
            Err(InteractionError::NoAwsmonAction { actions: 0 })
        );
    }

    #[test]
    fn rejects_a_bad_issue_id() {
        let body = fixture_with(|v| v["actions"][0]["value"] = "7C1F3A9E20B4D5E6".into());
        assert_eq!(
            parse_interaction(&body),
            Err(InteractionError::BadIssueId(IdError::Fingerprint(16)))
        );
        let body = fixture_with(|v| {
            v["actions"][0].as_object_mut().unwrap().remove("value");
        });
        assert_eq!(
            parse_interaction(&body),
            Err(InteractionError::MissingField("actions[].value"))
        );
    }

    #[test]
    fn rejects_a_body_without_payload_or_with_bad_json() {
        assert_eq!(
            parse_interaction(b"token=EXAMPLE&team_id=T0EXAMPLE1"),
            Err(InteractionError::NoPayload)
        );
        assert_eq!(parse_interaction(b""), Err(InteractionError::NoPayload));
        assert!(matches!(
            parse_interaction(&form("{\"type\": \"block_actions\", ")),
            Err(InteractionError::BadJson {
                category: "unexpected end",
                ..
            })
        ));
        let body = fixture_with(|v| v["user"]["id"] = serde_json::json!(42));
        match parse_interaction(&body) {
            Err(InteractionError::BadJson { path, .. }) => assert_eq!(path, "user.id"),
            other => panic!("expected BadJson, got {other:?}"),
        }
    }

    #[test]
    fn rejects_missing_identity_fields() {
        let body = fixture_with(|v| {
            v.as_object_mut().unwrap().remove("api_app_id");
        });
        assert_eq!(
            parse_interaction(&body),
            Err(InteractionError::MissingField("api_app_id"))
        );
        let body = fixture_with(|v| {
            v.as_object_mut().unwrap().remove("container");
            v.as_object_mut().unwrap().remove("channel");
        });
        assert_eq!(
            parse_interaction(&body),
            Err(InteractionError::MissingField("container.channel_id"))
        );
    }
}
