//! Reading stdin line by line, with the line number in every error.

use std::io::{self, BufRead};

use serde::Deserialize;

/// Why a command stopped.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("reading stdin: {0}")]
    Read(#[source] io::Error),
    #[error("writing stdout: {0}")]
    Write(#[source] io::Error),
    #[error("line {line}: {reason}")]
    Malformed { line: u64, reason: String },
    #[error("{0}")]
    Usage(String),
}

/// Calls `each(line_number, line)` for every line of `reader`, without its line ending.
/// Memory stays bounded by the longest line.
pub fn for_each_line(
    mut reader: impl BufRead,
    mut each: impl FnMut(u64, &str) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut buffer = Vec::new();
    let mut number = 0;
    loop {
        buffer.clear();
        if reader.read_until(b'\n', &mut buffer).map_err(Error::Read)? == 0 {
            return Ok(());
        }
        number += 1;
        let mut line = buffer.as_slice();
        if let Some(rest) = line.strip_suffix(b"\n") {
            line = rest.strip_suffix(b"\r").unwrap_or(rest);
        }
        let line = std::str::from_utf8(line).map_err(|e| Error::Malformed {
            line: number,
            reason: format!("not UTF-8 ({e})"),
        })?;
        each(number, line)?;
    }
}

#[derive(Debug, Deserialize)]
struct JsonLine {
    message: String,
}

/// The `message` of one `--jsonl` input line: `{"message": "..."}`.
pub fn json_message(number: u64, line: &str) -> Result<String, Error> {
    serde_json::from_str::<JsonLine>(line)
        .map(|l| l.message)
        .map_err(|e| Error::Malformed {
            line: number,
            reason: format!("expected a JSON object with a string \"message\": {e}"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &str) -> Result<Vec<(u64, String)>, Error> {
        let mut seen = Vec::new();
        for_each_line(input.as_bytes(), |n, l| {
            seen.push((n, l.to_owned()));
            Ok(())
        })?;
        Ok(seen)
    }

    #[test]
    fn every_line_is_numbered_without_its_ending() {
        let seen = lines("a\r\nb\n\nlast").expect("lines");
        assert_eq!(
            seen,
            vec![
                (1, "a".into()),
                (2, "b".into()),
                (3, String::new()),
                (4, "last".into())
            ]
        );
    }

    #[test]
    fn invalid_utf8_names_its_line() {
        let mut seen = 0;
        let error = for_each_line(&b"ok\n\xff\xfe\n"[..], |_, _| {
            seen += 1;
            Ok(())
        })
        .expect_err("invalid UTF-8");
        assert_eq!(seen, 1);
        assert!(error.to_string().starts_with("line 2: not UTF-8"), "{error}");
    }

    #[test]
    fn a_json_line_needs_a_string_message() {
        assert_eq!(
            json_message(1, r#"{"message":"x\ty","other":1}"#).expect("ok"),
            "x\ty"
        );
        for bad in [r#"{"msg":"x"}"#, r#"{"message":3}"#, "plain text", ""] {
            let error = json_message(7, bad).expect_err(bad);
            assert!(
                error.to_string().starts_with("line 7: expected a JSON object"),
                "{error}"
            );
        }
    }
}
