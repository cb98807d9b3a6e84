//! `awsmon events normalise`: what the master makes of each event on its ingest queue.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use awsmon_domain::monitoring_event::{self, SeverityPolicy};
use clap::Subcommand;
use serde_json::json;

use crate::input::{self, Error};

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// One event JSON per line in (an EventBridge event, or a bare Lambda destination record);
    /// one outcome per line out: accept (with the event), ignore or reject (with the reason).
    Normalise {
        /// A severity policy (JSON, as `AWSMON_SEVERITY_POLICY`) instead of the default.
        #[arg(long, value_name = "FILE")]
        severity_policy: Option<PathBuf>,
    },
}

pub fn run(command: EventsCommand, stdin: impl BufRead, out: &mut impl Write) -> Result<(), Error> {
    let EventsCommand::Normalise { severity_policy } = command;
    let policy = match severity_policy {
        None => SeverityPolicy::default(),
        Some(path) => {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Error::Usage(format!("reading {}: {e}", path.display())))?;
            serde_json::from_str(&text)
                .map_err(|e| Error::Usage(format!("{}: not a severity policy: {e}", path.display())))?
        }
    };
    input::for_each_line(stdin, |_, line| {
        let outcome = match monitoring_event::normalise_body(line, &policy) {
            Ok(event) => json!({ "outcome": "accept", "event": event }),
            Err(rejection) if !rejection.is_malformed() => {
                json!({ "outcome": "ignore", "reason": rejection.to_string() })
            }
            Err(rejection) => json!({ "outcome": "reject", "reason": rejection.to_string() }),
        };
        writeln!(out, "{outcome}").map_err(Error::Write)
    })
}
