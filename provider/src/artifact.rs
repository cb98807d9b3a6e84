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

/// One embedded zip of build.rs: `target/lambda/<binary>.zip`.
macro_rules! embedded {
    ($binary:literal) => {
        Artifact {
            zip: include_bytes!(concat!(env!("OUT_DIR"), "/", $binary, ".zip")),
        }
    };
}

/// The agent's binary (`awsmon_agent`'s one function).
pub const QUERY_ERROR_LOGS: Artifact = embedded!("query-error-logs");
/// The master's binary: every master function, selected by its handler setting.
pub const MASTER: Artifact = embedded!("master");

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded binary, as the contract's registry names it.
    const ALL: &[(&str, Artifact)] = &[("query-error-logs", QUERY_ERROR_LOGS), ("master", MASTER)];

    #[test]
    fn every_embedded_binary_of_the_registry_is_a_lambda_zip_with_a_bootstrap() {
        let names: Vec<&str> = ALL.iter().map(|(name, _)| *name).collect();
        let registry: Vec<&str> = awsmon_contract::functions::binaries()
            .into_iter()
            .map(|(_, b)| b)
            .collect();
        assert_eq!(names, registry);
        let needle = b"bootstrap";
        for (name, artifact) in ALL {
            assert_eq!(&artifact.zip[..4], b"PK\x03\x04", "{name}");
            assert!(artifact.zip.windows(needle.len()).any(|w| w == needle), "{name}");
            assert_eq!(artifact.code_sha256().len(), 44, "{name}");
        }
        assert_ne!(QUERY_ERROR_LOGS.code_sha256(), MASTER.code_sha256());
    }
}
