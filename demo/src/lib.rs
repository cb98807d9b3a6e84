//! The main job of awsmon, on local AWS: `examples/local` applied with Terraform (a master and
//! two agent accounts), a scenario of errors, an alarm, an ECS and a Lambda failure played on
//! it, and what awsmon makes of them (Slack messages, issues, agents, the daily report).
//! `make demo` runs it for a person (`src/main.rs`); `tests/end_to_end.rs` asserts it.

pub mod scenario;
pub mod slack;
pub mod stack;
pub mod style;
