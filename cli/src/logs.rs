//! `awsmon logs ...`: the agent's log understanding, one line at a time.

use std::io::{BufRead, Write};

use awsmon_domain::log;
use awsmon_domain::monitoring_event;
use awsmon_domain::redact::Redactor;
use clap::{Args, Subcommand};

use crate::input::{self, Error};

#[derive(Debug, Subcommand)]
pub enum LogsCommand {
    /// Is each message an error awsmon reports? `true` or `false`, one per line.
    Classify {
        #[command(flatten)]
        input: InputFormat,
    },
    /// The fingerprint of each message (the agent's grouping key): one per line.
    Fingerprint {
        #[command(flatten)]
        input: InputFormat,
        /// Print the template (variables as `<*>`) instead of the fingerprint.
        #[arg(long, conflicts_with = "log_group")]
        template: bool,
        /// Print the fingerprint of the issue the message opens in this log group (the master's
        /// issue and a silence's match), not the line's own.
        #[arg(long, value_name = "NAME")]
        log_group: Option<String>,
    },
    /// Each message with its secrets and personal data replaced, as it would leave the account.
    Redact {
        #[command(flatten)]
        input: InputFormat,
    },
}

#[derive(Debug, Args)]
pub struct InputFormat {
    /// Each input line is a JSON object `{"message": "..."}` (a message may then span lines);
    /// without it, each line is one message.
    #[arg(long)]
    jsonl: bool,
}

impl InputFormat {
    fn message(&self, number: u64, line: &str) -> Result<String, Error> {
        if self.jsonl {
            input::json_message(number, line)
        } else {
            Ok(line.to_owned())
        }
    }
}

pub fn run(command: LogsCommand, stdin: impl BufRead, out: &mut impl Write) -> Result<(), Error> {
    let redactor = Redactor::default();
    match command {
        LogsCommand::Classify { input } => input::for_each_line(stdin, |n, line| {
            // The verdict alone: no template nor fingerprint is built.
            let is_error = log::read(&input.message(n, line)?).is_error();
            writeln!(out, "{is_error}").map_err(Error::Write)
        }),
        LogsCommand::Fingerprint {
            input,
            template,
            log_group,
        } => input::for_each_line(stdin, |n, line| {
            let event = log::understand(&input.message(n, line)?);
            if template {
                // As the agent publishes it: redacted, and one line even when the message had
                // several.
                writeln!(
                    out,
                    "{}",
                    redactor.redact(&event.template).replace(['\n', '\r'], " ")
                )
            } else if let Some(log_group) = &log_group {
                let issue = monitoring_event::error_log_issue_fingerprint(log_group, &event.fingerprint);
                writeln!(out, "{issue}")
            } else {
                writeln!(out, "{}", event.fingerprint)
            }
            .map_err(Error::Write)
        }),
        LogsCommand::Redact { input } => input::for_each_line(stdin, |n, line| {
            let redacted = redactor.redact(&input.message(n, line)?);
            if input.jsonl {
                let quoted = serde_json::to_string(&redacted).map_err(|e| Error::Usage(e.to_string()))?;
                writeln!(out, "{quoted}")
            } else {
                writeln!(out, "{redacted}")
            }
            .map_err(Error::Write)
        }),
    }
}
