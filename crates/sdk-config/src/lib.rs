//! How every awsmon binary reaches AWS. The SDK's default HTTPS client brings its own TLS stack
//! (rustls on aws-lc, a C library that is the slowest crate of a cold build, compiled once per
//! profile); reqwest, for Slack, already brings rustls on ring. Every SDK client is built from
//! [`load`] or given [`https_client`], so there is one TLS stack and aws-lc is never compiled.
//! Services called through one operation are called with [`aws_json`] instead of their SDK crate.

pub mod aws_json;

use aws_config::{BehaviorVersion, ConfigLoader, SdkConfig};
use aws_smithy_http_client::tls::{Provider, rustls_provider::CryptoMode};
use aws_smithy_runtime_api::client::http::SharedHttpClient;

/// The HTTPS client for every SDK client: rustls with ring, the operating system's roots.
pub fn https_client() -> SharedHttpClient {
    aws_smithy_http_client::Builder::new()
        .tls_provider(Provider::Rustls(CryptoMode::Ring))
        .build_https()
}

/// The default configuration chain (environment, profile, container and instance credentials)
/// with [`https_client`]; customise it before `load()`.
pub fn loader() -> ConfigLoader {
    aws_config::defaults(BehaviorVersion::latest()).http_client(https_client())
}

/// What a Lambda function runs with: its environment's region and credentials.
pub async fn load() -> SdkConfig {
    loader().load().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_configuration_carries_the_one_https_client() {
        let config = loader().region(aws_config::Region::new("eu-west-1")).load().await;
        assert!(config.http_client().is_some());
    }
}
