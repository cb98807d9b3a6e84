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

pub const QUERY_ERROR_LOGS: Artifact = Artifact {
    zip: include_bytes!(concat!(env!("OUT_DIR"), "/query-error-logs.zip")),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_agent_is_a_lambda_zip_with_a_bootstrap() {
        assert_eq!(&QUERY_ERROR_LOGS.zip[..4], b"PK\x03\x04");
        let needle = b"bootstrap";
        assert!(QUERY_ERROR_LOGS.zip.windows(needle.len()).any(|w| w == needle));
        assert_eq!(QUERY_ERROR_LOGS.code_sha256().len(), 44);
    }
}
