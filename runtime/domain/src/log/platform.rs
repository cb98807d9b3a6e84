//! The lines the Lambda platform writes into every function's log group: `START`, `END`,
//! `REPORT` (with `Status: timeout` or `Status: error` when an invocation failed), `INIT_START`,
//! `INIT_REPORT`, and the runtime's failure lines (`Task timed out after 6.00 seconds`,
//! `Runtime exited with error: signal: killed`, `Runtime.ExitError`, ...).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::template::VARIABLE;

/// A platform line and whether it reports a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformLine {
    pub is_failure: bool,
    /// A fixed template: a REPORT line's durations and memory are not part of the problem.
    pub template: String,
}

/// Reads a platform line (`START`, `END`, `REPORT`, `INIT_*`, `EXTENSION`, ...), if it is one.
pub fn parse(line: &str) -> Option<PlatformLine> {
    let line = line.trim();
    let keyword = line.split_whitespace().next()?;
    if !is_keyword(keyword) {
        return None;
    }
    // `START RequestId:`, `INIT_REPORT Init Duration:`: the platform's shape, not a sentence.
    if !line.split_whitespace().skip(1).take(3).any(|w| w.ends_with(':')) {
        return None;
    }
    let status = field(line, "Status:");
    // An extension's `State: LaunchError` (or `InitError`): it failed to start.
    let state = field(line, "State:");
    let failed_state = state.is_some_and(|s| s.len() > "Error".len() && s.ends_with("Error"));
    let error_type = field(line, "Error Type:");
    let is_failure = status.is_some_and(|s| s != "success") || failed_state;
    let mut template = format!("{keyword} RequestId: {VARIABLE}");
    if let Some(status) = status {
        template.push_str(" Status: ");
        template.push_str(status);
    }
    if let Some(state) = state.filter(|_| failed_state) {
        template.push_str(" State: ");
        template.push_str(state);
    }
    if let Some(error_type) = error_type {
        template.push_str(" Error Type: ");
        template.push_str(error_type);
    }
    // (An initialisation that failed is reported in its phase, `init`, and again by the
    // invocation that retried it, `invoke`: one failure, so the phase is no part of the line.)
    if keyword.starts_with("INIT") {
        template = template.replacen(&format!(" RequestId: {VARIABLE}"), "", 1);
    }
    Some(PlatformLine { is_failure, template })
}

/// What failed in an invocation, whichever of the platform's lines tells it: a timeout (`Task
/// timed out after 6.00 seconds`, `REPORT ... Status: timeout`, the JSON format's
/// `platform.report` with status `timeout`) or the runtime killed for its memory (`Runtime exited
/// with error: signal: killed`, `REPORT ... Error Type: Runtime.OutOfMemory`). Each is one
/// problem of the function, told in two or three lines.
pub fn invocation_failure(line: &str) -> Option<&'static str> {
    let report = line.trim_start().starts_with("REPORT ") || line.starts_with("platform.report ");
    if line.contains("Task timed out after")
        || (report
            && (field(line, "Status:") == Some("timeout") || line.starts_with("platform.report timeout")))
    {
        Some("timeout")
    } else if line.contains("Runtime exited with error: signal: killed")
        || (report && line.contains("Runtime.OutOfMemory"))
    {
        Some("out-of-memory")
    } else {
        init_error(line)
    }
}

/// The errors of a function's code that fail its initialisation, as the runtime names them: the
/// platform's `INIT_REPORT ... Error Type: Runtime.ImportModuleError` and the runtime's own record
/// (`[ERROR] Runtime.ImportModuleError: Unable to import module 'app': No module named 'x'`, the
/// JSON `errorType`) tell one failure of the deployed package.
const INIT_ERRORS: [&str; 5] = [
    "Runtime.ImportModuleError",
    "Runtime.HandlerNotFound",
    "Runtime.UserCodeSyntaxError",
    "Runtime.MalformedHandlerName",
    "Runtime.InvalidEntrypoint",
];

/// The initialisation error `text` names, if any ([`INIT_ERRORS`]).
pub fn init_error(text: &str) -> Option<&'static str> {
    // (One search for what they share first: this runs on every error line.)
    let from = text.find("Runtime.")?;
    INIT_ERRORS.into_iter().find(|kind| text[from..].contains(kind))
}

/// Is `word` the first word of a platform line?
pub fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "START"
            | "END"
            | "REPORT"
            | "INIT_START"
            | "INIT_REPORT"
            | "INIT_RUNTIME_DONE"
            | "EXTENSION"
            | "TELEMETRY"
            | "RESTORE_START"
            | "RESTORE_REPORT"
            | "RESTORE_RUNTIME_DONE"
            | "LOGS"
    )
}

/// The word after `name` in `line`.
fn field<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let at = line.find(name)?;
    line[at + name.len()..].split_whitespace().next()
}

/// A runtime failure written without a level: a timeout, a crashed or killed runtime, an
/// initialisation error (`Runtime.ImportModuleError`, `Sandbox.Timedout`, `Extension.Crash`).
pub fn mentions_runtime_failure(line: &str) -> bool {
    // One pass over the line for every phrase: this runs on every line the agent reads.
    static FAILURES: LazyLock<AhoCorasick> = LazyLock::new(|| {
        // Leftmost-first, so that the search runs on its SIMD prefilter (an overlapping search
        // walks every byte). It finds the same matches: no two phrases or namespaces can
        // overlap (the namespaces alone hold a `.`, at their end, and no phrase begins where
        // another ends).
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(PHRASES.iter().chain(&NAMESPACES))
            .unwrap_or_else(|e| panic!("runtime failure phrases: {e}"))
    });
    FAILURES.find_iter(line).any(|found| {
        let index = found.pattern().as_usize();
        if index < PHRASES.len() {
            return true;
        }
        let (at, end) = (found.start(), found.end());
        let before_ok = at == 0 || !line.as_bytes()[at - 1].is_ascii_alphanumeric();
        // `Runtime.ExitError`, not a frame such as `Runtime.handleOnceNonStreaming`.
        before_ok && line.as_bytes().get(end).is_some_and(u8::is_ascii_uppercase)
    })
}

/// Phrases of a failed invocation or a killed runtime or process, whatever precedes them.
const PHRASES: [&str; 10] = [
    "Task timed out after",
    // PHP ends the request on these, whatever level the process manager relays them at.
    "PHP Fatal error",
    "PHP Parse error",
    "Runtime exited with error",
    "Process exited before completing request",
    "Runtime exited without providing a reason",
    "signal: killed",
    "signal: segmentation fault",
    // A shell reporting a child's death by a signal that dumps core (`Aborted (core dumped)`,
    // `Segmentation fault (core dumped)`), and libstdc++ terminating on an uncaught exception.
    "(core dumped)",
    "terminate called after throwing",
];
/// Namespaces of the Lambda error types (`Runtime.ExitError`, `Sandbox.Timedout`).
const NAMESPACES: [&str; 3] = ["Runtime.", "Sandbox.", "Extension."];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_lines_fail_only_with_a_failed_status() {
        let ok = parse("REPORT RequestId: 3f1e\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 40 MB\tInit Duration: 150.2 ms").expect("report");
        assert!(!ok.is_failure);
        let timeout = parse("REPORT RequestId: 3f1e Duration: 6000.00 ms Billed Duration: 6000 ms Memory Size: 128 MB Max Memory Used: 41 MB Status: timeout").expect("report");
        assert!(timeout.is_failure);
        assert_eq!(timeout.template, "REPORT RequestId: <*> Status: timeout");
        let oom = parse("REPORT RequestId: 9a Duration: 1.0 ms Billed Duration: 2 ms Memory Size: 128 MB Max Memory Used: 128 MB Status: error Error Type: Runtime.OutOfMemory").expect("report");
        assert_eq!(
            oom.template,
            "REPORT RequestId: <*> Status: error Error Type: Runtime.OutOfMemory"
        );
        let init = parse("INIT_REPORT Init Duration: 10000.00 ms Phase: init Status: timeout").expect("init");
        assert!(init.is_failure);
        assert!(
            !parse("START RequestId: 3f1e Version: $LATEST")
                .expect("start")
                .is_failure
        );
        assert!(parse("START the engine").is_none());
    }

    /// Failure class: a platform line that says a state failed (an extension's `State:
    /// LaunchError`) without a `Status:` was not a failure; `State: Ready` is none.
    #[test]
    fn a_failed_platform_state_is_a_failure() {
        let launch = parse(
            "EXTENSION\tName: audit-forwarder\tState: LaunchError\tEvents: []\tError Type: UnknownError",
        )
        .expect("extension");
        assert!(launch.is_failure);
        assert_eq!(
            launch.template,
            "EXTENSION RequestId: <*> State: LaunchError Error Type: UnknownError"
        );
        let other =
            parse("EXTENSION\tName: metrics-agent\tState: LaunchError\tEvents: []\tError Type: UnknownError")
                .expect("extension");
        assert_eq!(launch.template, other.template, "the extension's name is a value");
        let ready = parse("EXTENSION\tName: audit-forwarder\tState: Ready\tEvents: [INVOKE,SHUTDOWN]")
            .expect("extension");
        assert!(!ready.is_failure);
    }

    proptest::proptest! {
        /// The leftmost-first search decides as an overlapping search of every phrase would.
        #[test]
        fn leftmost_first_finds_what_overlapping_would(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "Task timed out after", "Runtime exited with error", "Runtime.", "Sandbox.",
                "Extension.", "signal: killed", "signal: ", "Runtime", "Sandbox", "Ext", "ension.",
                "Process exited", " before completing request", ".", "x", "E", "R", " ", "a",
                "ExitError", "handle", "killed", "Runtime exited without providing a reason",
            ]), 0..8),
        ) {
            let line = pieces.concat();
            let overlapping = AhoCorasick::new(PHRASES.iter().chain(&NAMESPACES))
                .unwrap()
                .find_overlapping_iter(&line)
                .any(|found| {
                    let (at, end) = (found.start(), found.end());
                    found.pattern().as_usize() < PHRASES.len()
                        || ((at == 0 || !line.as_bytes()[at - 1].is_ascii_alphanumeric())
                            && line.as_bytes().get(end).is_some_and(u8::is_ascii_uppercase))
                });
            proptest::prop_assert_eq!(mentions_runtime_failure(&line), overlapping, "{}", line);
        }
    }

    #[test]
    fn runtime_failures_without_a_level() {
        for line in [
            "2026-11-24T09:00:07.123Z 3f1e Task timed out after 6.00 seconds",
            "RequestId: 3f1e Error: Runtime exited with error: signal: killed\nRuntime.ExitError",
            "Runtime.ImportModuleError: Unable to import module 'app'",
        ] {
            assert!(mentions_runtime_failure(line), "{line}");
        }
        assert!(!mentions_runtime_failure(
            "at Runtime.handleOnceNonStreaming (file:///var/runtime/index.mjs:1:2)"
        ));
    }
}
