//! The cost of understanding one line, as the agent pays it, next to drain3 on the same lines in
//! the same run (issue 13's speed goal: at least 50x drain3's `add_log_message` lines/s).
//!
//! awsmon's path is the agent's own: every line of a family goes through one
//! [`ErrorBatch`] (one log group, one window), which classifies every line, templates and
//! fingerprints it, and redacts only what it keeps (a new group's template, previous-version
//! fingerprint and samples), then builds the group's events. drain3 is fed the same messages,
//! in the same order, with a fresh `TemplateMiner` in its default configuration
//! (`tools/bench/drain3_bench.py --lines`). Both report their fastest pass, so that a busy
//! shared machine costs them alike.

use std::fmt::Write as _;
use std::hint::black_box;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use awsmon_domain::agent_event::{AgentIdentity, TimeWindow};
use awsmon_domain::error_batch::{ErrorBatch, LogLine};
use awsmon_domain::ids::{AccountId, Region};
use awsmon_domain::log;
use awsmon_domain::redact::Redactor;
use awsmon_domain::timestamp::Timestamp;

use crate::logs::families;

/// The goal: awsmon's lines/s over drain3's.
pub const SPEED_GOAL: f64 = 50.0;
/// drain3's passes (Python is slow to vary: five is enough for its fastest).
pub const DRAIN3_ROUNDS: u32 = 5;

/// The lines of one family, as the agent receives them from one log group's query.
#[derive(Debug)]
pub struct Batch {
    pub name: String,
    pub lines: Vec<LogLine>,
}

/// Every family's messages (the application corpora, then the Loghub samples), one batch each,
/// stamped one millisecond apart inside one window.
pub fn batches() -> Vec<Batch> {
    families()
        .into_iter()
        .map(|family| Batch {
            name: family.name,
            lines: family
                .events
                .into_iter()
                .enumerate()
                .map(|(i, event)| LogLine {
                    timestamp: Timestamp::from_millis(WINDOW_START + i as i64),
                    message: event.message,
                })
                .collect(),
        })
        .collect()
}

const WINDOW_START: i64 = 1_764_000_000_000;

fn window() -> TimeWindow {
    TimeWindow {
        start: Timestamp::from_millis(WINDOW_START),
        end: Timestamp::from_millis(WINDOW_START + 3_600_000),
    }
}

/// The agent identity the path stamps on its events.
pub fn agent_identity() -> AgentIdentity {
    AgentIdentity {
        account_id: AccountId::parse("222222222222").expect("account id"),
        region: Region::parse("eu-west-1").expect("region"),
        agent_version: "bench".into(),
    }
}

/// What the agent does with one family's lines: one batch, every line added, its events built.
/// Returns the number of events, so that nothing is optimised away.
pub fn agent_path(batch: &Batch, redactor: &Redactor, agent: &AgentIdentity) -> usize {
    let mut errors = ErrorBatch::new(&batch.name, window(), redactor);
    for line in &batch.lines {
        black_box(errors.add(black_box(line)));
    }
    errors.into_events(agent).len()
}

/// The fastest pass of `work` over every batch within `budget` (at least three passes), in
/// seconds.
fn fastest(budget: Duration, mut work: impl FnMut()) -> f64 {
    work();
    let started = Instant::now();
    let mut best = f64::MAX;
    let mut passes = 0;
    while passes < 3 || started.elapsed() < budget {
        let pass = Instant::now();
        work();
        best = best.min(pass.elapsed().as_secs_f64());
        passes += 1;
    }
    best
}

/// awsmon's costs on the lines, each in microseconds a line.
#[derive(Debug, Clone, Copy)]
pub struct Costs {
    pub lines: usize,
    /// Lines the classifier called errors.
    pub errors: usize,
    /// The agent's path ([`agent_path`]).
    pub agent_us: f64,
    /// The agent's path over only the lines the classifier calls errors, a line of those.
    pub agent_errors_us: f64,
    /// The agent's path over only the other lines, a line of those.
    pub agent_not_errors_us: f64,
    /// `log::understand` alone on every line (classify, template, fingerprint).
    pub understand_us: f64,
    /// `Redactor::redact` of every line, which the agent does not do (for comparison).
    pub redact_every_line_us: f64,
}

/// Measures awsmon on `batches`, spending about `budget` on each measure.
pub fn measure(batches: &[Batch], budget: Duration) -> Costs {
    let redactor = Redactor::default();
    let agent = agent_identity();
    let lines: usize = batches.iter().map(|b| b.lines.len()).sum();
    let errors = batches
        .iter()
        .flat_map(|b| &b.lines)
        .filter(|l| log::understand(&l.message).is_error)
        .count();
    let per_line = |seconds: f64| seconds * 1e6 / lines.max(1) as f64;
    let agent_s = fastest(budget, || {
        for batch in batches {
            black_box(agent_path(batch, &redactor, &agent));
        }
    });
    // The same batches split by verdict: what an error line costs and what a dropped one does.
    let (mut only_errors, mut only_others) = (Vec::new(), Vec::new());
    for batch in batches {
        let (yes, no): (Vec<LogLine>, Vec<LogLine>) = batch
            .lines
            .iter()
            .cloned()
            .partition(|l| log::understand(&l.message).is_error);
        only_errors.push(Batch {
            name: batch.name.clone(),
            lines: yes,
        });
        only_others.push(Batch {
            name: batch.name.clone(),
            lines: no,
        });
    }
    let per = |seconds: f64, n: usize| seconds * 1e6 / n.max(1) as f64;
    let errors_s = fastest(budget / 2, || {
        for batch in &only_errors {
            black_box(agent_path(batch, &redactor, &agent));
        }
    });
    let others_s = fastest(budget / 2, || {
        for batch in &only_others {
            black_box(agent_path(batch, &redactor, &agent));
        }
    });
    let understand_s = fastest(budget, || {
        for line in batches.iter().flat_map(|b| &b.lines) {
            black_box(log::understand(black_box(&line.message)));
        }
    });
    let redact_s = fastest(budget, || {
        for line in batches.iter().flat_map(|b| &b.lines) {
            black_box(redactor.redact(black_box(&line.message)));
        }
    });
    Costs {
        lines,
        errors,
        agent_us: per_line(agent_s),
        agent_errors_us: per(errors_s, errors),
        agent_not_errors_us: per(others_s, lines - errors),
        understand_us: per_line(understand_s),
        redact_every_line_us: per_line(redact_s),
    }
}

/// drain3 on the same lines: its version and microseconds a line (fastest of
/// [`DRAIN3_ROUNDS`] passes, each with a fresh miner over every line in order).
#[derive(Debug, Clone)]
pub struct Drain3 {
    pub version: String,
    pub lines: usize,
    pub us_per_line: f64,
}

/// Runs `script` (`tools/bench/drain3_bench.py`) with `python` on the messages of `batches`.
pub fn drain3(python: &Path, script: &Path, batches: &[Batch]) -> Result<Drain3, String> {
    let path = std::env::temp_dir().join(format!("awsmon-speed-lines-{}.jsonl", std::process::id()));
    let mut file = std::io::BufWriter::new(
        std::fs::File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?,
    );
    for line in batches.iter().flat_map(|b| &b.lines) {
        let json = serde_json::to_string(&line.message).map_err(|e| e.to_string())?;
        writeln!(file, "{json}").map_err(|e| e.to_string())?;
    }
    file.flush().map_err(|e| e.to_string())?;
    drop(file);
    let output = Command::new(python)
        .arg(script)
        .arg("--lines")
        .arg(DRAIN3_ROUNDS.to_string())
        .arg(&path)
        .output();
    let _ = std::fs::remove_file(&path);
    let output = output.map_err(|e| format!("{}: {e} (run tools/bench/install.sh)", python.display()))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    let parsed: serde_json::Value = serde_json::from_slice(&output.stdout).map_err(|e| e.to_string())?;
    let lines = parsed["lines"].as_u64().ok_or("drain3: no line count")? as usize;
    let seconds = parsed["seconds"].as_f64().ok_or("drain3: no time")?;
    Ok(Drain3 {
        version: parsed["drain3"].as_str().unwrap_or("?").to_owned(),
        lines,
        us_per_line: seconds * 1e6 / lines.max(1) as f64,
    })
}

/// The workspace's bench venv python and drain3 script (`tools/bench/install.sh`);
/// `AWSMON_BENCH_PYTHON` overrides the python.
pub fn default_drain3() -> (PathBuf, PathBuf) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let python = std::env::var_os("AWSMON_BENCH_PYTHON")
        .map_or_else(|| root.join(".tools/bench-venv/bin/python"), PathBuf::from);
    (python, root.join("tools/bench/drain3_bench.py"))
}

/// Peak resident memory (VmHWM, kB) of this process so far; `None` off Linux.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The domain's share of the agent's memory on a 10,000-row result: `rows` held as the agent
/// holds a query's result, one [`ErrorBatch`] over them, its events built and serialised as
/// published. Returns (peak RSS before the batch, peak RSS after), in kB.
pub fn batch_memory(rows: Vec<LogLine>) -> Option<(u64, u64)> {
    let before = peak_rss_kb()?;
    let redactor = Redactor::default();
    let mut errors = ErrorBatch::new("/bench/ten-thousand", window(), &redactor);
    for row in &rows {
        errors.add(row);
    }
    let bodies: Vec<String> = errors
        .into_events(&agent_identity())
        .into_iter()
        .map(|e| {
            awsmon_domain::agent_event::AgentEvent::ErrorLog(e)
                .detail_json()
                .to_string()
        })
        .collect();
    black_box(&bodies);
    drop(rows);
    Some((before, peak_rss_kb()?))
}

/// `make bench`'s agent memory lines (`bench/src/events.rs::error_line`): 100 problems.
pub fn bench_error_line(kind: usize, n: usize) -> String {
    let word: String = [kind / 26 % 26, kind % 26]
        .iter()
        .map(|d| char::from(b'a' + *d as u8))
        .collect();
    format!(
        "ERROR [worker-{}] operation {word} failed for order {} after {} ms: upstream {word}svc returned 503 (request id req-{:08x})",
        n % 7,
        100_000 + n,
        n % 997,
        n.wrapping_mul(2_654_435_761)
    )
}

/// 10,000 rows: `make bench`'s error lines when `bench_lines`, else the corpora's lines in turn.
pub fn ten_thousand_rows(bench_lines: bool) -> Vec<LogLine> {
    let corpus: Vec<String> = if bench_lines {
        Vec::new()
    } else {
        batches()
            .into_iter()
            .flat_map(|b| b.lines.into_iter().map(|l| l.message))
            .collect()
    };
    (0..10_000)
        .map(|n| LogLine {
            timestamp: Timestamp::from_millis(WINDOW_START + n as i64),
            message: if bench_lines {
                bench_error_line(n % 100, n)
            } else {
                corpus[n % corpus.len()].clone()
            },
        })
        .collect()
}

/// The table the quality binary prints.
pub fn report(budget: Duration) -> String {
    let batches = batches();
    let (python, script) = default_drain3();
    let theirs = drain3(&python, &script, &batches);
    let ours = measure(&batches, budget);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "lines {} ({} errors) over {} families",
        ours.lines,
        ours.errors,
        batches.len()
    );
    let _ = writeln!(
        out,
        "awsmon, agent path (ErrorBatch: classify, template, fingerprint, redact what is kept): {:.3} us/line",
        ours.agent_us
    );
    let _ = writeln!(
        out,
        "awsmon, agent path split by verdict: {:.3} us an error line, {:.3} us a line dropped as not an error",
        ours.agent_errors_us, ours.agent_not_errors_us
    );
    let _ = writeln!(
        out,
        "awsmon, log::understand alone: {:.3} us/line; Redactor::redact of every line (not the agent's path): {:.3} us/line",
        ours.understand_us, ours.redact_every_line_us
    );
    match theirs {
        Ok(d) => {
            let ratio = d.us_per_line / ours.agent_us;
            let _ = writeln!(
                out,
                "drain3 {} add_log_message: {:.3} us/line ({} lines)",
                d.version, d.us_per_line, d.lines
            );
            let _ = writeln!(
                out,
                "ratio drain3 / awsmon agent path: {ratio:.1}x (goal >= {SPEED_GOAL}x)"
            );
        }
        Err(e) => {
            let _ = writeln!(out, "drain3 could not run: {e}");
        }
    }
    out
}
