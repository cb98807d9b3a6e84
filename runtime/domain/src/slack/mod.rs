//! Slack app mode: what awsmon accepts from Slack's interactivity (button clicks on an issue's
//! message) and how it tells a genuine request from a forged one.
//!
//! Pure like the rest of the crate: the caller passes the headers, the body and the time in.

pub mod interaction;

pub use interaction::{
    ACKNOWLEDGE, BUTTONS, Interaction, InteractionError, IssueAction, MAX_SKEW_SECS, RESOLVE, SILENCE_1H,
    SILENCE_7D, SILENCE_24H, SignatureError, decode_body, parse_interaction, sign, verify_signature,
};
