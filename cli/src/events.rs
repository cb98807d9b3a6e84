//! `awsmon events normalise`: what the master makes of each event on its ingest queue.
//!
//! One event JSON per input line (an EventBridge event, or a bare Lambda destination record),
//! exactly one JSON object per output line, in order:
//!
//! - `{"outcome":"accept","event":{…}}`: the normalised event (`event_type`, `severity`,
//!   `resolves`, `account_id`, `region`, `title`, `resource`, `context`, …);
//! - `{"outcome":"ignore","reason":"…"}`: well formed, understood, not a problem;
//! - `{"outcome":"reject","reason":"…"}`: malformed or unsupported, with what is wrong.
//!
//! A line that is not UTF-8 or not JSON is rejected like any other malformed message: the
//! command goes on with the next line, as the master does with the next message.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use awsmon_domain::custom_source::CustomSources;
use awsmon_domain::monitoring_event::{self, Rejection, SeverityPolicy};
use clap::Subcommand;
use serde_json::{Value, json};

use crate::input::Error;

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// One event JSON per line in (an EventBridge event, or a bare Lambda destination record);
    /// one outcome per line out: accept (with the event), ignore or reject (with the reason).
    Normalise {
        /// A severity policy (JSON, as `AWSMON_SEVERITY_POLICY`) instead of the default.
        #[arg(long, value_name = "FILE")]
        severity_policy: Option<PathBuf>,
        /// Custom event sources (JSON, as `AWSMON_CUSTOM_EVENT_SOURCES`: name to `pattern`,
        /// `title`, `resource`, `severity`, `resolved_when`); none by default.
        #[arg(long, value_name = "FILE")]
        custom_sources: Option<PathBuf>,
    },
}

pub fn run(command: EventsCommand, mut stdin: impl BufRead, out: &mut impl Write) -> Result<(), Error> {
    let EventsCommand::Normalise {
        severity_policy,
        custom_sources,
    } = command;
    let policy = match severity_policy {
        None => SeverityPolicy::default(),
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Error::Usage(format!("reading {}: {e}", path.display())))?;
            serde_json::from_str(&text)
                .map_err(|e| Error::Usage(format!("{}: not a severity policy: {e}", path.display())))?
        }
    };
    let custom = match custom_sources {
        None => CustomSources::NONE,
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Error::Usage(format!("reading {}: {e}", path.display())))?;
            CustomSources::parse_json(&text).map_err(|e| Error::Usage(format!("{}: {e}", path.display())))?
        }
    };
    let mut buffer = Vec::new();
    loop {
        buffer.clear();
        if stdin.read_until(b'\n', &mut buffer).map_err(Error::Read)? == 0 {
            return Ok(());
        }
        let mut line = buffer.as_slice();
        if let Some(rest) = line.strip_suffix(b"\n") {
            line = rest.strip_suffix(b"\r").unwrap_or(rest);
        }
        let outcome = outcome(line, &policy, &custom);
        writeln!(out, "{outcome}").map_err(Error::Write)?;
    }
}

/// The one output object for one input line.
pub fn outcome(line: &[u8], policy: &SeverityPolicy, custom: &CustomSources) -> Value {
    let line = match std::str::from_utf8(line) {
        Ok(line) => line.strip_prefix('\u{feff}').unwrap_or(line),
        Err(e) => return json!({ "outcome": "reject", "reason": format!("not UTF-8: {e}") }),
    };
    match monitoring_event::normalise_body_with(line, policy, custom) {
        Ok(event) => json!({ "outcome": "accept", "event": event }),
        Err(Rejection::Ignored(reason)) => json!({ "outcome": "ignore", "reason": reason }),
        Err(rejection) => json!({ "outcome": "reject", "reason": rejection.to_string() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &[u8]) -> Vec<Value> {
        let mut out = Vec::new();
        run(
            EventsCommand::Normalise {
                severity_policy: None,
                custom_sources: None,
            },
            input,
            &mut out,
        )
        .expect("runs");
        String::from_utf8(out)
            .expect("UTF-8 out")
            .lines()
            .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
            .collect()
    }

    #[test]
    fn every_line_gets_one_outcome_even_a_broken_one() {
        let input = b"{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\",\"detail\":{}}\r\n\xff\xfe\n\n{not json\n";
        let outcomes = run_on(input);
        assert_eq!(outcomes.len(), 4, "{outcomes:?}");
        assert!(outcomes.iter().all(|o| o["outcome"] == "reject"), "{outcomes:?}");
        assert!(outcomes[0]["reason"].as_str().unwrap().contains("unsupported"));
        assert!(outcomes[1]["reason"].as_str().unwrap().starts_with("not UTF-8"));
        assert!(outcomes[3]["reason"].as_str().unwrap().starts_with("not JSON"));
    }

    #[test]
    fn an_ignored_event_says_why_without_a_prefix() {
        let line = br#"{"source":"lambda","detail-type":"Lambda Function Invocation Result - Success","account":"123456789012","region":"us-east-1","detail":{}}"#;
        let outcome = outcome(line, &SeverityPolicy::default(), &CustomSources::NONE);
        assert_eq!(outcome["outcome"], "ignore");
        assert_eq!(
            outcome["reason"],
            "a successful Lambda invocation is not a problem"
        );
    }
}
