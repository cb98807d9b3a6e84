//! The contract between `terraform-provider-awsmon` and the awsmon runtimes.
//!
//! Everything both sides must agree on is written here once, as data: the provider builds its
//! schema, validation and environment from it, the runtimes parse their environment with it, and
//! the settings tables in `docs/agent.md` and `docs/master.md` are generated from it (a test
//! fails when they differ). It depends on no AWS SDK, so the provider need not build a runtime.

pub mod agent;
pub mod aws_error;
pub mod events;
pub mod functions;
pub mod master;
pub mod setting;
pub mod tables;

pub use aws_error::ErrorKind;
pub use setting::{List, Number, SettingError, Text};
