//! The runtime the provider deploys, embedded at build time (see build.rs).

use base64::Engine;
use sha2::{Digest, Sha256};

/// The awsmon release the embedded runtime belongs to.
pub const RUNTIME_VERSION: &str = env!("CARGO_PKG_VERSION");

/// One function's deployment package.
#[derive(Debug, Clone, Copy)]
pub struct Artifact {
    pub zip: &'static [u8],
}

impl Artifact {
    /// Lambda's `CodeSha256`: base64 of the zip's SHA-256. Compared with what Lambda reports to
    /// see code drift.
    pub fn code_sha256(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(self.zip))
    }
}

/// One embedded zip of build.rs's FUNCTIONS.
macro_rules! embedded {
    ($function:literal) => {
        Artifact {
            zip: include_bytes!(concat!(env!("OUT_DIR"), "/", $function, ".zip")),
        }
    };
}

pub const QUERY_ERROR_LOGS: Artifact = embedded!("query-error-logs");
pub const HANDLE_MONITORING_EVENTS: Artifact = embedded!("handle-monitoring-events");
pub const DAILY_REPORT: Artifact = embedded!("daily-report");
pub const CHECK_AGENTS: Artifact = embedded!("check-agents");
pub const API: Artifact = embedded!("api");
pub const SLACK_INTERACTIONS: Artifact = embedded!("slack-interactions");

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded function by name, as `target/lambda/<name>.zip` holds it.
    const ALL: &[(&str, Artifact)] = &[
        ("query-error-logs", QUERY_ERROR_LOGS),
        ("handle-monitoring-events", HANDLE_MONITORING_EVENTS),
        ("daily-report", DAILY_REPORT),
        ("check-agents", CHECK_AGENTS),
        ("api", API),
        ("slack-interactions", SLACK_INTERACTIONS),
    ];

    #[test]
    fn every_embedded_function_is_a_lambda_zip_with_a_bootstrap() {
        let needle = b"bootstrap";
        for (name, artifact) in ALL {
            assert_eq!(&artifact.zip[..4], b"PK\x03\x04", "{name}");
            assert!(artifact.zip.windows(needle.len()).any(|w| w == needle), "{name}");
            assert_eq!(artifact.code_sha256().len(), 44, "{name}");
        }
        let distinct: std::collections::BTreeSet<String> = ALL.iter().map(|(_, a)| a.code_sha256()).collect();
        assert_eq!(distinct.len(), ALL.len(), "each function has its own binary");
    }
}
