//! Rejection reasons that are safe to log and to send back: bounded, on one line, naming the
//! field, and never repeating a value that was refused (it could be a secret a sender put in
//! the wrong field).

/// The most characters of a reason; a reason is one line of a log.
pub const MAX_REASON_CHARS: usize = 300;

/// `raw` on one line of at most `max_chars` characters: control characters (newlines that could
/// forge a log line, terminal escapes) written as escapes, the rest cut with `…`. For names the
/// sender chose (a field, a query parameter), never for values.
pub fn printable(raw: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(raw.len().min(max_chars * 4 + 3));
    // Counted on what is written: an escape is several characters.
    let mut written = 0;
    for c in raw.chars() {
        // Control characters and those Debug escapes too (format characters such as the
        // right-to-left override, which can make a log line read backwards).
        let hidden = c.is_control() || (!matches!(c, '"' | '\'' | '\\') && c.escape_debug().len() > 1);
        let escaped = hidden.then(|| c.escape_default().to_string());
        let width = escaped.as_ref().map_or(1, |e| e.chars().count());
        if written + width > max_chars {
            out.push('…');
            break;
        }
        match escaped {
            Some(e) => out.push_str(&e),
            None => out.push(c),
        }
        written += width;
    }
    out
}

/// What serde says went wrong, without the value it refused: `invalid type: string "…",
/// expected u32` becomes `invalid type: a string, expected u32`; custom messages of awsmon's
/// own types carry no value already.
pub fn serde_reason(error: &serde_json::Error) -> String {
    let message = error.to_string();
    // serde_json appends where in the text it was; the path says it better.
    let message = match message.rfind(" at line ") {
        Some(at) => &message[..at],
        None => &message,
    };
    let expected = message.rfind(", expected").map(|at| &message[at..]);
    let scrubbed = if let Some(rest) = message.strip_prefix("invalid type: ") {
        format!("invalid type: {}{}", kind(rest), expected.unwrap_or(""))
    } else if let Some(rest) = message.strip_prefix("invalid value: ") {
        format!("invalid value: {}{}", kind(rest), expected.unwrap_or(""))
    } else if message.starts_with("unknown variant") {
        format!("unknown variant{}", expected.unwrap_or(""))
    } else {
        message.to_owned()
    };
    printable(&scrubbed, MAX_REASON_CHARS)
}

/// `string "x"` -> `a string`, `integer `5`` -> `an integer`: the kind, not the value.
fn kind(described: &str) -> &'static str {
    const KINDS: [(&str, &str); 9] = [
        ("string", "a string"),
        ("integer", "an integer"),
        ("floating point", "a number"),
        ("boolean", "a boolean"),
        ("null", "null"),
        ("map", "an object"),
        ("sequence", "an array"),
        ("unit", "null"),
        ("char", "a string"),
    ];
    KINDS
        .iter()
        .find(|(prefix, _)| described.starts_with(prefix))
        .map_or("a value", |(_, kind)| kind)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[test]
    fn printable_is_one_bounded_line() {
        assert_eq!(printable("a\nb\u{1b}[31m", 100), "a\\nb\\u{1b}[31m");
        assert_eq!(printable("x\u{202e}y \"é\"", 100), "x\\u{202e}y \"é\"");
        assert_eq!(printable(&"é".repeat(10), 3), "ééé…");
        assert_eq!(printable("", 3), "");
        // Escapes count as what they write: the result stays within its bound.
        assert_eq!(printable(&"\u{1}".repeat(100), 14), "\\u{1}\\u{1}…");
    }

    #[test]
    fn serde_reasons_keep_the_kind_never_the_value() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Detail {
            count: u32,
            kind: Option<Kind>,
        }
        #[derive(Debug, Deserialize)]
        enum Kind {
            A,
        }
        let secret = "password=EXAMPLE-hunter2\nforged log line";
        for body in [
            serde_json::json!({ "count": secret }),
            serde_json::json!({ "count": 1, "kind": secret }),
            serde_json::json!({ "count": -5 }),
        ] {
            let error = Detail::deserialize(&body).unwrap_err();
            let reason = serde_reason(&error);
            assert!(!reason.contains("EXAMPLE") && !reason.contains('\n'), "{reason}");
            assert!(!reason.contains("-5"), "{reason}");
            assert!(reason.contains("expected"), "{reason}");
        }
        let missing = Detail::deserialize(&serde_json::json!({})).unwrap_err();
        assert_eq!(serde_reason(&missing), "missing field `count`");
    }
}
