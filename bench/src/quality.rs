//! How well awsmon understands data it was not written for (`awsmon-quality`), next to drain3
//! and the previous fingerprint version on the same labelled corpora.

use std::collections::HashMap;
use std::process::Command;
use std::time::Duration;

use awsmon_domain::redact::Redactor;
use awsmon_quality::{logs, speed};
use awsmon_tests::toolchain::workspace_root;
use serde_json::Value;

use crate::report::{Section, Verdict};

/// Grouping accuracy of drain3 per application corpus, by file stem.
fn drain3() -> Result<HashMap<String, f64>, String> {
    let python = workspace_root().join(".tools/bench-venv/bin/python");
    let dir = workspace_root().join("bench/corpora/logs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let output = Command::new(&python)
        .arg(workspace_root().join("tools/bench/drain3_bench.py"))
        .arg("--jsonl")
        .args(&files)
        .output()
        .map_err(|e| format!("{}: {e} (run tools/bench/install.sh)", python.display()))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    let parsed: Value = serde_json::from_slice(&output.stdout).map_err(|e| e.to_string())?;
    Ok(parsed["datasets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| Some((d["name"].as_str()?.to_owned(), d["ga"].as_f64()?)))
        .collect())
}

pub fn run() -> Section {
    let mut section = Section::new(
        "9. Understanding other people's data",
        "`awsmon-quality` on the two labelled application-log corpora in `bench/corpora/logs` \
         (each written from public format documentation by a session that did not read the \
         classifier; its README) and the four Loghub samples: error detection (precision, recall) and \
         grouping accuracy (GA) of the errors, for awsmon (`log::understand`), for version 1 of \
         its fingerprints (redaction then `template_v1`) and for drain3 (default configuration, \
         one pass over the same messages, `tools/bench/drain3_bench.py --jsonl`). Speed: every \
         message of those families goes through the agent's own per-line path (one `ErrorBatch` a \
         family: classify every line, template and fingerprint it, redact what is kept, build the \
         events; `awsmon_quality::speed`), fastest pass of those run in 2 s, on one thread; drain3 \
         gets the same messages in the same order, `add_log_message` on a fresh miner in its \
         default configuration, fastest of 5 passes (`tools/bench/drain3_bench.py --lines`).",
    );
    let theirs = drain3().unwrap_or_else(|e| {
        section.note(format!("drain3 could not run: {e}"));
        HashMap::new()
    });
    let redactor = Redactor::default();
    let mut means = (0.0, 0.0, 0usize);
    for family in logs::families() {
        let r = logs::evaluate(&family, &redactor);
        let Some(detection) = r.detection else {
            section.info(
                format!("{}: GA awsmon / v1", family.name),
                format!("{:.3} / {:.3}", r.grouping, r.grouping_v1),
            );
            continue;
        };
        means.0 += r.grouping;
        means.1 += r.grouping_v1;
        means.2 += 1;
        section.row(
            format!("{}: precision / recall", family.name),
            format!("{:.3} / {:.3}", detection.precision(), detection.recall()),
            ">= 0.95",
            Verdict::of(detection.precision() >= 0.95 && detection.recall() >= 0.95),
        );
        let drain = theirs
            .get(&family.name)
            .map_or("n/a".to_owned(), |g| format!("{g:.3}"));
        section.row(
            format!("{}: GA awsmon / drain3 / v1", family.name),
            format!("{:.3} / {drain} / {:.3}", r.grouping, r.grouping_v1),
            ">= 0.90",
            Verdict::of(r.grouping >= 0.9),
        );
    }
    let n = means.2.max(1) as f64;
    section.row(
        "application families: mean GA awsmon / v1",
        format!("{:.3} / {:.3}", means.0 / n, means.1 / n),
        ">= 0.90",
        Verdict::of(means.0 / n >= 0.9),
    );
    cost_of_a_line(&mut section);
    section
}

/// Issue 13's speed goal: the agent's per-line path against drain3 on the same lines, this run.
fn cost_of_a_line(section: &mut Section) {
    let batches = speed::batches();
    let theirs = speed::drain3(
        &workspace_root().join(".tools/bench-venv/bin/python"),
        &workspace_root().join("tools/bench/drain3_bench.py"),
        &batches,
    );
    let ours = speed::measure(&batches, Duration::from_secs(2));
    section.info(
        "speed: lines (classified errors)",
        format!("{} ({})", ours.lines, ours.errors),
    );
    section.info(
        "speed: awsmon agent path, an error line / a line dropped as not an error",
        format!("{:.3} / {:.3} us", ours.agent_errors_us, ours.agent_not_errors_us),
    );
    section.info(
        "speed: awsmon `log::understand` alone / `Redactor::redact` of every line",
        format!(
            "{:.3} / {:.3} us a line",
            ours.understand_us, ours.redact_every_line_us
        ),
    );
    match theirs {
        Ok(drain) => {
            let ratio = drain.us_per_line / ours.agent_us;
            section.row(
                format!("speed: us a line, awsmon agent path vs drain3 {}", drain.version),
                format!("{:.3} vs {:.3} = {ratio:.1}x", ours.agent_us, drain.us_per_line),
                format!(">= {}x", speed::SPEED_GOAL),
                Verdict::of(ratio >= speed::SPEED_GOAL),
            );
        }
        Err(e) => {
            section.info(
                "speed: us a line, awsmon agent path",
                format!("{:.3}", ours.agent_us),
            );
            section.note(format!("drain3 could not run for the speed row: {e}"));
        }
    }
}
