//! awsmon's domain: what monitoring events are and what awsmon decides about them.
//!
//! Pure: no AWS SDK types, no I/O, no clock reads (time is passed in). Adapters in
//! `awsmon-master` and `awsmon-agent` translate between AWS and these types.

pub mod agent_event;
pub mod ids;
pub mod severity;
pub mod timestamp;

pub use ids::{AccountId, EventId, Fingerprint, Region};
pub use severity::Severity;
pub use timestamp::Timestamp;
