//! awsmon's domain: what monitoring events are and what awsmon decides about them.
//!
//! Pure: no AWS SDK types, no I/O, no clock reads (time is passed in). Adapters in
//! `awsmon-master` and `awsmon-agent` translate between AWS and these types.

pub mod agent_event;
pub mod agent_registry;
pub mod bounds;
pub mod custom_source;
pub mod error_batch;
pub mod forwarded;
#[doc(hidden)]
pub mod fuzz;
pub mod ids;
pub mod issue;
pub mod log;
pub mod monitoring_event;
pub mod notification;
pub mod reason;
pub mod redact;
pub mod report;
pub mod severity;
pub mod slack;
pub mod timestamp;
pub mod window;

pub use ids::{AccountId, EventId, Fingerprint, Region};
pub use severity::Severity;
pub use timestamp::Timestamp;
