//! Running the built `awsmon` binary, stdin to stdout.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `awsmon <args>` with `stdin`, written from another thread so that a large input cannot
/// dead-lock against a full stdout.
pub fn awsmon(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_awsmon"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("awsmon runs");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let output = child.wait_with_output().expect("awsmon exits");
    writer.join().expect("writer").expect("stdin written");
    output
}
