//! `cargo run --release -p awsmon-quality`: every quality measure per family, then the cost of
//! a line against drain3's (`make bench` prints the same in its section 9).
//! `cargo run --release -p awsmon-quality -- speed` prints only the cost.

use std::time::Duration;

/// The held-out corpora (bench/corpora/heldout*: logs, planted secrets, event payloads),
/// reported only, no floors.
fn heldout() {
    print!("{}", awsmon_quality::heldout::report());
    println!();
    print!("{}", awsmon_quality::events::heldout_report());
}

fn main() {
    let mode = std::env::args().nth(1);
    // `heldout`: only the held-out corpora's measures.
    if mode.as_deref() == Some("heldout") {
        heldout();
        return;
    }
    // `memory [bench|corpora]`: peak RSS around one ErrorBatch of 10,000 rows, alone in a fresh
    // process so that nothing else raised the peak first.
    if mode.as_deref() == Some("memory") {
        let bench_lines = std::env::args().nth(2).is_none_or(|a| a == "bench");
        let rows = awsmon_quality::speed::ten_thousand_rows(bench_lines);
        match awsmon_quality::speed::batch_memory(rows) {
            Some((before, after)) => println!(
                "peak RSS: {before} kB with the 10,000 rows loaded, {after} kB after the batch (+{} kB)",
                after - before
            ),
            None => println!("peak RSS: not available here (no /proc/self/status)"),
        }
        return;
    }
    let speed_only = mode.is_some_and(|a| a == "speed");
    if !speed_only {
        println!("## Log understanding (bench/corpora/logs and the Loghub samples)\n");
        println!("```");
        print!("{}", awsmon_quality::logs::report());
        println!("```\n");
        print!("{}", awsmon_quality::events::report());
        println!();
        print!("{}", awsmon_quality::secrets::report());
        println!();
        println!("## Held-out corpora (bench/corpora/heldout*, reported only, no floors)\n");
        println!("```");
        heldout();
        println!("```\n");
    }
    println!("## Cost of a line against drain3 (the same lines, this run)\n");
    println!("```");
    print!("{}", awsmon_quality::speed::report(Duration::from_secs(2)));
    println!("```");
}
