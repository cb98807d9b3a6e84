//! `awsmon`: the operator's command line. Its first commands are the log and event tools the
//! agent and the master run, exposed line by line so that a user can ask why two lines are one
//! issue, and so that awsmon's log understanding can be measured on anyone's data.
//!
//! Every command reads stdin until EOF and writes exactly one line per input line, in order,
//! streaming. Malformed input stops the command with a message naming the line.

mod events;
mod input;
mod logs;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "awsmon", version, about = "awsmon's log and event tools")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// What awsmon makes of log lines.
    #[command(subcommand)]
    Logs(logs::LogsCommand),
    /// What awsmon makes of EventBridge events.
    #[command(subcommand)]
    Events(events::EventsCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdin = io::stdin().lock();
    let mut stdout = BufWriter::new(io::stdout().lock());
    let result = match cli.command {
        Command::Logs(command) => logs::run(command, stdin, &mut stdout),
        Command::Events(command) => events::run(command, stdin, &mut stdout),
    };
    let flushed = stdout.flush();
    match (result, flushed) {
        (Ok(()), Ok(())) => ExitCode::SUCCESS,
        // A closed stdout (`| head`) is the reader's choice, not an error of ours.
        (Err(input::Error::Write(e)), _) | (Ok(()), Err(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        (Err(error), _) => {
            eprintln!("awsmon: {error}");
            ExitCode::FAILURE
        }
        (Ok(()), Err(error)) => {
            eprintln!("awsmon: writing stdout: {error}");
            ExitCode::FAILURE
        }
    }
}
