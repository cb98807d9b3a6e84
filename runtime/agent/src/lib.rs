//! The awsmon agent: `query-error-logs`, the Lambda function that runs in every monitored
//! account and region. It finds error lines in CloudWatch Logs with Logs Insights over
//! gap-free windows, groups them by fingerprint, redacts them, and publishes them with a
//! heartbeat to the master bus. See `docs/agent.md`.
//!
//! Layout: pure logic lives in `awsmon-domain` (`window`, `fingerprint`, `redact`,
//! `error_batch`); [`ports`] are the traits the agent needs from AWS; [`adapters`] implement
//! them with the AWS SDK; [`run::Agent`] ties them together; the binary is a thin entrypoint.

pub mod adapters;
pub mod config;
pub mod discovery;
pub mod error;
pub mod insights;
pub mod ports;
pub mod publish;
pub mod run;

pub use config::Config;
pub use run::{Agent, Ports, RunReport, Tuning};
