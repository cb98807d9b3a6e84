//! The awsmon master: `handle-monitoring-events`, `check-agents`, `daily-report` and
//! `api` (this crate's library and its binaries).
//!
//! Layers: the pure decisions live in `awsmon-domain` (`monitoring_event`, `issue`,
//! `notification`); [`ports`] are the traits the logic needs; [`dynamodb`], [`queue`] and
//! [`slack`] are the adapters; [`ingest`] and [`outbox`] are the logic over the ports;
//! [`handler`] wires them once at init; [`api`] is the REST API (parse, execute against the
//! [`ports::ApiStore`] port, render); `src/bin/master/` is the one Lambda binary of
//! the five functions, a thin entrypoint each.

pub mod api;
pub mod config;
pub mod dynamodb;
pub mod error;
pub mod handler;
pub mod ingest;
pub mod metrics;
pub mod outbox;
pub mod ports;
pub mod queue;
pub mod registry;
pub mod reports;
pub mod slack;
pub mod slack_api;
pub mod slack_interactions;

pub use error::MasterError;
