//! Structured (JSON) log events: the fields that say what happened, whatever the library.
//!
//! Lambda's JSON log format and Powertools (`level`, `message`, `location`, `exception_name`,
//! `exception`), pino and bunyan (numeric `level`, `msg`, `err.type`, `err.stack`), winston,
//! logback/logstash (`@timestamp`, `level`, `logger_name`, `stack_trace`), zap (`level`, `msg`,
//! `caller`, `error`, `stacktrace`), structlog (`event`), and the error objects the Lambda
//! runtimes print (`errorType`, `errorMessage`, `stackTrace`). Every other field (timestamps,
//! request and trace ids, `cold_start`, `sampling_rate`, ...) varies per line and is ignored.

use serde_json::{Map, Value};

use super::level::Level;

/// Bodies longer than this are not parsed as JSON (CloudWatch's limit is 256 KB an event).
pub const MAX_JSON_BYTES: usize = 256 * 1024;

/// What a JSON log event says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    pub level: Option<Level>,
    pub message: Option<String>,
    pub error_type: Option<String>,
    /// Where it was logged, without line numbers: Powertools `location`, zap `caller`, a logger.
    pub location: Option<String>,
    /// An error's message, as a string field beside the log message (zap's `error`).
    pub error_message: Option<String>,
    /// Stack trace text (a string, or an array of frame lines joined by newlines).
    pub stack: Option<String>,
    /// Lambda's platform telemetry (`platform.report`, ...) with a failed status.
    pub platform_failure: Option<String>,
}

/// The JSON object in `text`: the whole text, or what follows a plain prefix such as the Node.js
/// runtime's `<time>\t<request id>\tERROR\tInvoke Error \t{...}`.
pub fn parse(text: &str) -> Option<(Map<String, Value>, &str)> {
    let text = text.trim();
    if text.len() > MAX_JSON_BYTES || !text.ends_with('}') {
        return None;
    }
    let start = if text.starts_with('{') {
        0
    } else {
        // Only a JSON object after a tab or space, as the runtimes print it.
        let at = text
            .find("\t{")
            .or_else(|| text.find("\n{"))
            .or_else(|| text.find(" {"))?;
        at + 1
    };
    match serde_json::from_str::<Value>(&text[start..]) {
        Ok(Value::Object(map)) => Some((map, &text[..start])),
        _ => None,
    }
}

/// The fields that matter in a parsed JSON log event.
pub fn fields(map: &Map<String, Value>) -> Fields {
    let mut fields = Fields {
        level: level(map),
        ..Fields::default()
    };
    if let Some(kind) = map.get("type").and_then(Value::as_str)
        && kind.starts_with("platform.")
    {
        fields.platform_failure = platform_failure(kind, map.get("record"));
        fields.message = Some(kind.to_owned());
        return fields;
    }
    let message = ["message", "msg", "@message", "@m", "event", "log", "text"]
        .iter()
        .find_map(|key| map.get(*key));
    match message {
        Some(Value::String(text)) => fields.message = Some(text.clone()),
        // Lambda's JSON format logs an unhandled error as an object message.
        Some(Value::Object(inner)) => error_object(inner, &mut fields),
        Some(other) if !other.is_null() => fields.message = Some(other.to_string()),
        _ => {}
    }
    error_object(map, &mut fields);
    for key in ["err", "error", "exception", "exc_info"] {
        match map.get(key) {
            Some(Value::Object(inner)) => error_object(inner, &mut fields),
            Some(Value::String(text)) if !text.is_empty() => {
                if text.contains('\n') {
                    fields.stack.get_or_insert_with(|| text.clone());
                } else if fields.message.is_none() {
                    fields.message = Some(text.clone());
                } else {
                    fields.error_message.get_or_insert_with(|| text.clone());
                }
            }
            _ => {}
        }
    }
    for key in [
        "exception_name",
        "exception_type",
        "error_type",
        "exc_type",
        "errorType",
    ] {
        if let Some(name) = map.get(key).and_then(Value::as_str) {
            fields.error_type.get_or_insert_with(|| name.to_owned());
        }
    }
    for key in [
        "stack_trace",
        "stacktrace",
        "stack",
        "stackTrace",
        "exception",
        "traceback",
    ] {
        if let Some(text) = stack_text(map.get(key)) {
            fields.stack.get_or_insert(text);
        }
    }
    fields.location = [
        "location",
        "caller",
        "logger_name",
        "logger",
        "loggerName",
        "name",
        "module",
    ]
    .iter()
    .find_map(|key| map.get(*key).and_then(Value::as_str))
    .map(without_line_number);
    fields
}

/// `errorType`/`errorMessage`/`stackTrace` (Lambda runtimes), `type`/`message`/`stack` (pino's
/// `err`), `kind`/`message` (ECS-style `error`).
fn error_object(object: &Map<String, Value>, fields: &mut Fields) {
    for key in ["errorType", "type", "kind", "name", "class", "exception_class"] {
        if let Some(name) = object.get(key).and_then(Value::as_str)
            && !name.is_empty()
            && !name.starts_with("platform.")
            && object.len() > 1
        {
            fields.error_type.get_or_insert_with(|| name.to_owned());
            break;
        }
    }
    if fields.message.is_none()
        && let Some(text) = ["errorMessage", "message", "msg"]
            .iter()
            .find_map(|key| object.get(*key).and_then(Value::as_str))
    {
        fields.message = Some(text.to_owned());
    }
    for key in ["stackTrace", "stack", "stack_trace", "stacktrace", "trace"] {
        if let Some(text) = stack_text(object.get(key)) {
            fields.stack.get_or_insert(text);
        }
    }
}

fn stack_text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Array(lines) => {
            let lines: Vec<&str> = lines.iter().filter_map(Value::as_str).collect();
            (!lines.is_empty()).then(|| lines.join("\n"))
        }
        _ => None,
    }
}

fn level(map: &Map<String, Value>) -> Option<Level> {
    let nested = map.get("log").and_then(|l| l.get("level"));
    let value = [
        "level",
        "levelname",
        "severity",
        "lvl",
        "loglevel",
        "log_level",
        "@l",
        "status",
    ]
    .iter()
    .find_map(|key| map.get(*key))
    .or(nested)?;
    match value {
        Value::String(word) => Level::from_word(word.trim()),
        Value::Number(number) => number.as_f64().and_then(Level::from_number),
        _ => None,
    }
}

/// Lambda's platform events report failure in `record.status`.
fn platform_failure(kind: &str, record: Option<&Value>) -> Option<String> {
    let record = record?;
    let status = record.get("status").and_then(Value::as_str)?;
    if matches!(status, "success" | "") {
        return None;
    }
    let error_type = record.get("errorType").and_then(Value::as_str).unwrap_or("");
    Some(format!("{kind} {status} {error_type}").trim_end().to_owned())
}

/// `handler:42` -> `handler`, `orders/service.go:17` -> `orders/service.go`.
fn without_line_number(location: &str) -> String {
    let mut location = location;
    while let Some((before, after)) = location.rsplit_once(':') {
        if !after.is_empty() && after.bytes().all(|b| b.is_ascii_digit()) {
            location = before;
        } else {
            break;
        }
    }
    location.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields_of(text: &str) -> Fields {
        fields(&parse(text).expect("JSON").0)
    }

    #[test]
    fn powertools_error_with_exception() {
        let f = fields_of(
            r#"{"level":"ERROR","location":"charge:57","message":"Payment failed","timestamp":"2026-11-24 09:00:01,123+0000","service":"payments","cold_start":true,"function_request_id":"3f1e","exception":"Traceback (most recent call last):\n  File \"/var/task/app.py\", line 55, in charge\nValueError: bad amount","exception_name":"ValueError","xray_trace_id":"1-abc"}"#,
        );
        assert_eq!(f.level, Some(Level::Error));
        assert_eq!(f.message.as_deref(), Some("Payment failed"));
        assert_eq!(f.error_type.as_deref(), Some("ValueError"));
        assert_eq!(f.location.as_deref(), Some("charge"));
        assert!(f.stack.is_some_and(|s| s.contains("app.py")));
    }

    #[test]
    fn pino_numbers_and_err_objects() {
        let f = fields_of(
            r#"{"level":50,"time":1764000000000,"pid":8,"hostname":"ip-10-0-0-1","msg":"request failed","err":{"type":"TypeError","message":"x is undefined","stack":"TypeError: x is undefined\n    at f (/app/a.js:1:2)"}}"#,
        );
        assert_eq!(f.level, Some(Level::Error));
        assert_eq!(f.error_type.as_deref(), Some("TypeError"));
        assert_eq!(f.message.as_deref(), Some("request failed"));
    }

    #[test]
    fn node_runtime_error_after_a_prefix_and_lambda_platform_reports() {
        let (map, prefix) = parse(
            "2026-11-24T09:00:01.123Z\t3f1e\tERROR\tInvoke Error \t{\"errorType\":\"Error\",\"errorMessage\":\"boom\",\"stack\":[\"Error: boom\",\"    at handler (/var/task/index.js:3:9)\"]}",
        )
        .expect("embedded JSON");
        assert!(prefix.ends_with('\t'));
        let f = fields(&map);
        assert_eq!(f.error_type.as_deref(), Some("Error"));
        assert!(f.stack.is_some_and(|s| s.contains("index.js")));
        let report = fields_of(
            r#"{"time":"2026-11-24T09:00:07.000Z","type":"platform.report","record":{"requestId":"3f1e","metrics":{"durationMs":6000.5},"status":"timeout"}}"#,
        );
        assert_eq!(
            report.platform_failure.as_deref(),
            Some("platform.report timeout")
        );
        let fine = fields_of(r#"{"type":"platform.report","record":{"status":"success"}}"#);
        assert_eq!(fine.platform_failure, None);
    }

    #[test]
    fn not_json_is_none() {
        for text in ["plain text", "{not json}", "prefix{\"a\":1}", "[1,2]"] {
            assert!(parse(text).is_none(), "{text}");
        }
    }
}
