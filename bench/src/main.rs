//! `make bench`: every measurement of docs/benchmarks.md, side by side in one run on one
//! machine. `awsmon-bench [names...]` runs some of them (cold-start, hot-path, memory,
//! fingerprints, scan, storm, latency, terraform); the document is rewritten with what ran,
//! at docs/benchmarks.md or at the path of `--out <path>`.

mod cold_start;
mod events;
mod fingerprints;
mod hot_path;
mod machine;
mod quality;
mod report;
mod scan;
mod storm;
mod terraform;
mod world;

use std::fmt::Write as _;
use std::time::Instant;

use awsmon_tests::toolchain::workspace_root;

use crate::report::Section;

const ALL: [&str; 9] = [
    "cold-start",
    "hot-path",
    "memory",
    "fingerprints",
    "scan",
    "storm",
    "latency",
    "terraform",
    "quality",
];

/// Section titles by measurement, for a measurement that failed.
const TITLES: [(&str, &str); 9] = [
    ("cold-start", "1. Cold start"),
    ("hot-path", "2. Master hot path (no I/O)"),
    ("memory", "3. Memory"),
    ("fingerprints", "4. Fingerprinting against drain3"),
    ("scan", "5. Scan coverage and cost"),
    ("storm", "6. Storm"),
    ("latency", "7. Detection latency"),
    ("terraform", "8. Terraform"),
    ("quality", "9. Understanding other people's data"),
];

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--out <path>`: where to write the document (default docs/benchmarks.md).
    let out = match args.iter().position(|a| a == "--out") {
        Some(i) => {
            let Some(path) = args.get(i + 1).cloned() else {
                eprintln!("--out needs a path");
                std::process::exit(2);
            };
            args.drain(i..=i + 1);
            std::path::PathBuf::from(path)
        }
        None => workspace_root().join("docs/benchmarks.md"),
    };
    if let Some(unknown) = args.iter().find(|a| !ALL.contains(&a.as_str())) {
        eprintln!("unknown measurement {unknown:?}; known: {}", ALL.join(", "));
        std::process::exit(2);
    }
    let selected: Vec<&str> = if args.is_empty() {
        ALL.to_vec()
    } else {
        ALL.iter()
            .copied()
            .filter(|n| args.iter().any(|a| a == n))
            .collect()
    };
    let started = Instant::now();
    let machine = machine::Machine::detect();
    let load_before = machine::load();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let mut sections: Vec<Section> = Vec::new();
    let cold = selected.contains(&"cold-start");
    let memory = selected.contains(&"memory");
    for name in &selected {
        // Cold start and memory share one local AWS and one set of deployed functions.
        if *name == "memory" && cold {
            continue;
        }
        let clock = Instant::now();
        eprintln!("awsmon-bench: {name}...");
        let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match *name {
            "cold-start" | "memory" => runtime.block_on(cold_start::run(cold, memory)),
            "hot-path" => vec![hot_path::run()],
            "fingerprints" => vec![fingerprints::run()],
            "scan" => vec![scan::run()],
            "storm" => vec![runtime.block_on(storm::run())],
            "latency" => vec![runtime.block_on(storm::latency())],
            "terraform" => vec![terraform::run()],
            "quality" => vec![quality::run()],
            _ => Vec::new(),
        }));
        let mut produced = attempt.unwrap_or_else(|panic| {
            let reason = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            let mut failed = Section::new(
                &format!(
                    "{} (failed)",
                    TITLES.iter().find(|(n, _)| n == name).map_or(*name, |(_, t)| *t)
                ),
                "This measurement stopped with an error in this run; nothing of it is reported.",
            );
            failed.note(format!(
                "The error: {}",
                reason
                    .lines()
                    .take(12)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace('|', "\\|")
            ));
            vec![failed]
        });
        let share = clock.elapsed().as_secs_f64() / produced.len().max(1) as f64;
        for section in &mut produced {
            section.seconds = share;
            eprintln!("awsmon-bench: {} done in {share:.0} s", section.title);
        }
        sections.extend(produced);
    }
    sections.sort_by(|a, b| a.title.cmp(&b.title));
    let total = started.elapsed().as_secs_f64();
    let load = format!(
        "load average (1/5/15 min) {load_before} at the start, {} at the end",
        machine::load()
    );
    let document = render(&machine, &sections, &selected, total, &load);
    let path = out;
    std::fs::write(&path, document).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    eprintln!("awsmon-bench: wrote {} in {total:.0} s", path.display());
}

fn render(
    machine: &machine::Machine,
    sections: &[Section],
    selected: &[&str],
    total: f64,
    load: &str,
) -> String {
    let mut out = String::new();
    out.push_str(
        "# Benchmarks\n\n\
         Written by `make bench` (`bench/`, crate `awsmon-bench`): every figure below is a ratio or \
         a count measured side by side in one run on the machine described here, next to its goal. \
         Nothing here is asserted by the tests; rerun `make bench` to refresh it. A goal not met \
         lists what limits it, with the measurement that shows it.\n\n",
    );
    out.push_str(&machine.markdown());
    let date = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "\nMeasured {date}; the run took {:.0} s ({:.1} min) after the builds; {load} (the \
         machine is shared: figures of one run are comparable with each other, less so across \
         runs). Measurements run: {}.\n",
        total,
        total / 60.0,
        selected.join(", ")
    );
    out.push_str("## Summary\n\n| goal | verdict |\n| --- | --- |\n");
    for section in sections {
        for row in section.rows.iter().filter(|r| r.verdict != report::Verdict::Info) {
            let verdict = if row.verdict == report::Verdict::Met {
                "met"
            } else {
                "**missed**"
            };
            let _ = writeln!(
                out,
                "| {} — {}: {} (goal {}) | {verdict} |",
                section.title, row.metric, row.value, row.goal
            );
        }
    }
    out.push('\n');
    for section in sections {
        section.markdown(&mut out);
    }
    out
}
