//! Understanding one CloudWatch log event: is it an error, and which problem is it.
//!
//! [`understand`] reads one event's `@message` (possibly many lines). Structured JSON is read
//! by its fields ([`structured`]), plain text by its header's level ([`level`]), the Lambda
//! platform's own lines ([`platform`]) and any stack trace ([`stack`]). An event with a level is
//! judged by its level, never by a word in its text: `INFO 0 errors` is not an error. Only
//! events without any level fall back to words ([`words`]).
//!
//! The fingerprint is built from what identifies the problem: for JSON, the message's
//! template, the error type and where it was logged; for a stack trace, the exception types and
//! the frames' functions (not their line numbers); for plain text, the logger and the
//! [`template`] of the first line's message ([`header`] splits off time, level, pid and thread).
//! It is stateless: the same event gives the same fingerprint in any account,
//! window or agent, as long as [`FINGERPRINT_VERSION`] is the same.

pub mod header;
pub mod level;
pub mod platform;
pub mod stack;
pub mod structured;
pub mod template;
pub mod template_v1;
pub mod words;

use crate::ids::Fingerprint;
pub use level::Level;

/// The Logs Insights query the agent runs unless configured otherwise (`query_string`,
/// `CW_INSIGHTS_QUERY_STRING`). It fetches *candidates* broadly: a word of failure, a level
/// above warning in any spelling, a Lambda timeout or a killed runtime. [`understand`] then
/// judges each line, so that an INFO line saying `0 errors` is dropped and a `Task timed out`
/// line, which says neither error nor fail, is kept.
pub const DEFAULT_QUERY: &str = "fields @timestamp, @message, @logStream, @log | filter @message like /(?i)(err|fail|exception|fatal|crit|alert|emerg|panic|severe|traceback|timed out|timeout|killed|exited|refused|denied|unable|cannot|could not|\"level\": ?[56]0)/";

/// The version of [`understand`]'s fingerprints. A new version changes fingerprints, so the
/// agent also sends the previous version's for a while (see `docs/agent.md`, upgrades).
pub const FINGERPRINT_VERSION: u32 = 2;

/// What awsmon makes of one log event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEvent {
    /// Is this an error worth reporting?
    pub is_error: bool,
    /// The level it was logged at, where it says.
    pub level: Option<Level>,
    /// What a person reads: the message with its variables as `<*>`, one line.
    pub template: String,
    /// The problem's identity: events with one fingerprint are one issue.
    pub fingerprint: Fingerprint,
}

/// What awsmon makes of one log event's message.
pub fn understand(message: &str) -> LogEvent {
    let text = message.trim();
    let mut event = match structured::parse(text) {
        Some((map, prefix)) => understand_json(&structured::fields(&map), prefix),
        None => understand_text(text),
    };
    // The message's template is cut at its limit, but a logger or an error type in front of
    // it is the line's own text. Cut after the fingerprint is made: it is unchanged.
    crate::bounds::cut_marked(&mut event.template, template::MAX_TEMPLATE_CHARS);
    event
}

fn understand_json(fields: &structured::Fields, prefix: &str) -> LogEvent {
    let level = fields.level.or_else(|| level::header_level(prefix));
    let stack = fields.stack.as_deref().map(stack::parse).unwrap_or_default();
    let message = fields.message.as_deref().unwrap_or("");
    let first_line = lines(message).next().unwrap_or("");
    let message_template = template::template(first_line);
    let is_error = if fields.platform_failure.is_some() {
        true
    } else if let Some(level) = level {
        level.is_error()
    } else {
        fields.error_type.is_some() || stack.marker || words::says_error(first_line)
    };
    let error_type = fields.error_type.as_deref().unwrap_or("");
    let location = fields.location.as_deref().unwrap_or("");
    let error_message = fields
        .error_message
        .as_deref()
        .map(|m| template::template(lines(m).next().unwrap_or("")))
        .unwrap_or_default();
    // Text before the JSON (`<time>\t<request id>\tERROR\tInvoke Error \t{...}`).
    let prefix_template = template::template(header::split(prefix.trim()).message);
    let mut parts = vec![
        "json",
        fields.platform_failure.as_deref().unwrap_or(""),
        &prefix_template,
        &message_template,
        &error_message,
        error_type,
        location,
    ];
    parts.extend(stack.types.iter().map(String::as_str));
    parts.extend(stack.frames.iter().map(String::as_str));
    let template = match (error_type, &fields.platform_failure) {
        (_, Some(failure)) => failure.clone(),
        ("", None) => message_template.clone(),
        (kind, None) if message_template.starts_with(kind) => message_template.clone(),
        (kind, None) => format!("{kind}: {message_template}"),
    };
    LogEvent {
        is_error,
        level,
        fingerprint: Fingerprint::of(&parts),
        template,
    }
}

fn understand_text(text: &str) -> LogEvent {
    let first_line = lines(text).next().unwrap_or("");
    if let Some(line) = platform::parse(first_line) {
        return LogEvent {
            is_error: line.is_failure,
            level: None,
            fingerprint: Fingerprint::of(&["lambda-platform", &line.template]),
            template: line.template,
        };
    }
    let header = header::split(first_line);
    let stack = if text.len() > first_line.len() {
        stack::parse(text)
    } else {
        stack::Stack::default()
    };
    let message_template = template::template(header.message);
    let is_error = if platform::mentions_runtime_failure(first_line) {
        true
    } else if let Some(level) = header.level {
        level.is_error()
    } else {
        stack.marker
            || (!stack.types.is_empty() && !stack.frames.is_empty())
            || words::says_error(first_line)
            || later_line_fails(text)
    };
    let logger = header.logger.unwrap_or("");
    let mut parts = vec!["text", logger, message_template.as_str()];
    parts.extend(stack.types.iter().map(String::as_str));
    parts.extend(stack.frames.iter().map(String::as_str));
    let fingerprint = Fingerprint::of(&parts);
    let template = match header.logger {
        Some(logger) => format!("{logger}: {message_template}"),
        None => message_template,
    };
    LogEvent {
        is_error,
        level: header.level,
        fingerprint,
        template,
    }
}

/// A message whose first line has no level can report its failure further down, as Node.js
/// does when it runs out of heap (`<--- Last few GCs --->` ... `FATAL ERROR: Reached heap
/// limit`).
fn later_line_fails(text: &str) -> bool {
    lines(text).skip(1).take(MAX_LINES_READ).any(|line| {
        platform::mentions_runtime_failure(line) || level::header_level(line).is_some_and(Level::is_error)
    })
}

/// Only this many lines of a message are read for a failure further down.
const MAX_LINES_READ: usize = 50;

/// The lines of a message, split at `\n` and at a lone `\r` (the Lambda Python runtime writes a
/// traceback's lines with `\r` so that they stay one log event).
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split(['\n', '\r']).filter(|line| !line.is_empty())
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn an_error_is_judged_by_its_level_never_by_a_word() {
        let cases = [
            ("2026-11-24 09:00:01,123 INFO failover completed, 0 errors", false),
            (r#"{"level":"INFO","message":"retry ok","error":null}"#, false),
            (r#"{"level":"ERROR","message":"charge declined"}"#, true),
            (
                "2026-11-24T09:00:01.123Z\t3f1e\tWARN\tretrying after error (attempt 1/3)",
                false,
            ),
            (
                "2026/11/24 09:00:01 [crit] 7#0: *1 SSL_do_handshake() failed",
                true,
            ),
            (
                "2026-11-24T09:00:07.123Z 3f1e Task timed out after 6.00 seconds",
                true,
            ),
            (
                "REPORT RequestId: 3f1e Duration: 6000.00 ms Status: timeout",
                true,
            ),
            (
                "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x1d",
                true,
            ),
        ];
        for (message, error) in cases {
            assert_eq!(understand(message).is_error, error, "{message}");
        }
    }

    #[test]
    fn structured_logs_group_by_what_they_say_not_by_their_ids() {
        let line = |request: &str, cold: bool, time: &str| {
            format!(
                r#"{{"level":"ERROR","location":"charge:57","message":"Payment failed for order {request}","timestamp":"{time}","cold_start":{cold},"function_request_id":"{request}","xray_trace_id":"1-{request}","sampling_rate":0.1}}"#
            )
        };
        let a = understand(&line("c0ffee-1", true, "2026-11-24 09:00:01,123+0000"));
        let b = understand(&line("beef-22", false, "2026-11-25 10:00:00,000+0000"));
        assert_eq!(a.fingerprint, b.fingerprint);
        assert_eq!(a.template, "Payment failed for order <*>");
        let elsewhere = understand(&line("c0ffee-1", true, "x").replace("charge:57", "refund:12"));
        assert_ne!(
            a.fingerprint, elsewhere.fingerprint,
            "another call site is another problem"
        );
    }

    #[test]
    fn stack_traces_group_across_deploys_but_not_across_call_sites() {
        let trace = |function: &str, line: u32| {
            format!(
                "java.lang.IllegalStateException: pool closed for tenant {line}\n\tat com.acme.Pool.get(Pool.java:{line})\n\tat com.acme.{function}(Orders.java:{})",
                line + 40
            )
        };
        assert_eq!(
            understand(&trace("Orders.place", 10)).fingerprint,
            understand(&trace("Orders.place", 12)).fingerprint
        );
        assert_ne!(
            understand(&trace("Orders.place", 10)).fingerprint,
            understand(&trace("Orders.cancel", 10)).fingerprint
        );
    }

    #[test]
    fn huge_and_deeply_nested_messages_take_bounded_time() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let nested_object = format!("{}{}", r#"{"a":"#.repeat(50_000), "}".repeat(50_000));
        let wide = format!(
            "{{{}\"level\":\"ERROR\"}}",
            (0..20_000).map(|i| format!("\"k{i}\":{i},")).collect::<String>()
        );
        let long_line = "ERROR x=1 ".repeat(100_000);
        let many_lines = "  File \"/var/task/app.py\", line 1, in handler\n".repeat(50_000);
        for message in [deep, nested_object, wide, long_line, many_lines] {
            let started = Instant::now();
            let event = understand(&message);
            assert!(
                started.elapsed() < Duration::from_secs(2),
                "{} bytes",
                message.len()
            );
            assert_eq!(event.fingerprint.as_str().len(), 16);
        }
    }

    proptest! {
        #[test]
        fn any_text_is_understood_without_panic(message in "\\PC{0,300}") {
            let event = understand(&message);
            prop_assert_eq!(event.fingerprint, understand(&message).fingerprint, "deterministic");
            prop_assert!(!event.template.contains('\n'));
        }

        #[test]
        fn any_json_shaped_text_is_understood_without_panic(
            level in prop::sample::select(vec!["\"ERROR\"", "\"info\"", "50", "30", "null", "[]", "{}"]),
            message in "\\PC{0,80}",
            extra in "[{}\\[\\]\",:a-z0-9 ]{0,60}",
        ) {
            let json = format!("{{\"level\":{level},\"message\":{},{extra}}}", serde_json::Value::String(message));
            let event = understand(&json);
            prop_assert_eq!(event.fingerprint.as_str().len(), 16);
            prop_assert!(!event.template.contains('\n'));
        }

        #[test]
        fn numbers_and_ids_never_change_the_fingerprint(a in 0u64..u64::MAX, b in 0u64..u64::MAX, id in "[0-9a-f]{7}[0-9]") {
            prop_assert_eq!(
                understand(&format!("ERROR worker {a} crashed with code {b} (request {id})")).fingerprint,
                understand(&format!("ERROR worker {b} crashed with code {a} (request 0{id})")).fingerprint
            );
        }
    }
}
