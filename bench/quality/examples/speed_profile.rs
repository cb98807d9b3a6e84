//! The agent's per-line path once over the corpora, for an instruction profiler:
//! `valgrind --tool=callgrind --toggle-collect='*measured_pass*' speed_profile [all|errors|others]`
//! counts only the path (loading the corpora and one warm-up pass, which builds the lazily
//! compiled patterns, are left out), repeatably on a busy machine.

use std::hint::black_box;

use awsmon_domain::agent_event::AgentIdentity;
use awsmon_domain::log;
use awsmon_domain::redact::Redactor;
use awsmon_quality::speed::{Batch, agent_identity, agent_path, batches};

fn main() {
    let which = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let redactor = Redactor::default();
    let agent = agent_identity();
    let mut batches = batches();
    for batch in &mut batches {
        match which.as_str() {
            "errors" => batch.lines.retain(|l| log::understand(&l.message).is_error),
            "others" => batch.lines.retain(|l| !log::understand(&l.message).is_error),
            _ => {}
        }
    }
    let lines: usize = batches.iter().map(|b| b.lines.len()).sum();
    for batch in &batches {
        black_box(agent_path(batch, &redactor, &agent));
    }
    let events = measured_pass(&batches, &redactor, &agent);
    println!("{which}: {lines} lines, {events} events");
    // `speed_profile <which> <passes>`: also the fastest of that many timed passes.
    let passes: u32 = std::env::args().nth(2).and_then(|p| p.parse().ok()).unwrap_or(0);
    let fastest = (0..passes)
        .map(|_| {
            let started = std::time::Instant::now();
            black_box(measured_pass(&batches, &redactor, &agent));
            started.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min);
    if passes > 0 {
        println!(
            "fastest of {passes} passes: {:.3} us a line",
            fastest * 1e6 / lines.max(1) as f64
        );
    }
}

/// The pass the profiler counts.
#[inline(never)]
fn measured_pass(batches: &[Batch], redactor: &Redactor, agent: &AgentIdentity) -> usize {
    batches
        .iter()
        .map(|batch| black_box(agent_path(batch, redactor, agent)))
        .sum()
}
