//! Test harness for awsmon's end-to-end tests: each test gets its own local AWS (a patched moto
//! server with the Lambda executor, see `tools/localaws`), AWS SDK clients acting as any account,
//! and a Terraform runner that uses the pinned CLI and provider mirror from `make tools`.
//!
//! Nothing here talks to real AWS: every endpoint is on 127.0.0.1.

pub mod lambda_deploy;
pub mod local_aws;
pub mod processes;
pub mod slack_api;
pub mod terraform;
pub mod toolchain;

pub use local_aws::{Invocation, LocalAws, MasterBus};
pub use slack_api::SlackApi;
pub use terraform::Terraform;

/// Accounts the tests act as. moto accepts any 12-digit id.
pub const MASTER_ACCOUNT: &str = "111111111111";
pub const AGENT_ACCOUNT: &str = "222222222222";
pub const REGION: &str = "eu-west-1";
