//! Nanoseconds per line of `Redactor::redact` on the Loghub lines the agent's accuracy test
//! uses (the `Content` column of `runtime/agent/tests/data/loghub/*_structured.csv`): lines
//! with no secret, the agent's common case.
//!
//! `cargo run --release -p awsmon-domain --example redact_throughput`

use std::path::PathBuf;
use std::time::Instant;

use awsmon_domain::redact::Redactor;

/// The fields of one CSV record (RFC 4180: quoted fields, `""` inside quotes). Loghub's files
/// hold no newline inside a field, so a record is a line.
fn fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    fields.push(field);
    fields
}

fn loghub_lines() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../agent/tests/data/loghub");
    let mut lines = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with("_structured.csv"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut records = text.lines();
        let header = fields(records.next().unwrap_or_default());
        let content = header
            .iter()
            .position(|h| h == "Content")
            .expect("a Content column");
        lines.extend(records.map(|r| fields(r).swap_remove(content)));
    }
    lines
}

/// The best of 5 runs of `rounds` passes over `lines`, in nanoseconds per line.
fn ns_per_line(redactor: &Redactor, lines: &[String], rounds: usize) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        let start = Instant::now();
        let mut bytes = 0usize;
        for _ in 0..rounds {
            for line in lines {
                bytes += std::hint::black_box(redactor.redact(std::hint::black_box(line))).len();
            }
        }
        std::hint::black_box(bytes);
        best = best.min(start.elapsed().as_nanos() as f64 / (rounds * lines.len()) as f64);
    }
    best
}

fn secrets_corpus() -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../bench/corpora/secrets/secrets.jsonl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            value["message"].as_str().expect("a message").to_owned()
        })
        .collect()
}

fn main() {
    let lines = loghub_lines();
    let redactor = Redactor::default();
    let changed = lines.iter().filter(|l| redactor.redact(l) != **l).count();
    // `-- --show`: the lines redaction changed (there should be none: Loghub holds no secret).
    if std::env::args().any(|a| a == "--show") {
        for line in lines.iter().filter(|l| redactor.redact(l) != **l) {
            println!("{line}\n  -> {}", redactor.redact(line));
        }
    }
    println!(
        "{} Loghub lines, {changed} changed by redaction; redact: {:.0} ns/line (best of 5 runs of 20 passes)",
        lines.len(),
        ns_per_line(&redactor, &lines, 20)
    );
    let corpus = secrets_corpus();
    println!(
        "{} secrets-corpus lines: {:.0} ns/line",
        corpus.len(),
        ns_per_line(&redactor, &corpus, 20)
    );
}
