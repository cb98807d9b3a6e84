//! Slack app mode: each issue's living message and its thread replies ([`message`]), the console
//! links it carries ([`console`]), and what awsmon accepts from Slack's interactivity (button
//! clicks on that message) and how it tells a genuine request from a forged one
//! ([`interaction`]).
//!
//! Pure like the rest of the crate: the caller passes the headers, the body and the time in.

pub mod console;
pub mod interaction;
pub mod message;

pub use interaction::{
    ACKNOWLEDGE, BUTTONS, Interaction, InteractionError, IssueAction, MAX_SKEW_SECS, RESOLVE, SILENCE_1H,
    SILENCE_7D, SILENCE_24H, SignatureError, decode_body, parse_interaction, sign, verify_signature,
};
