//! The ports implemented with the AWS SDK. Clients are built once per Lambda instance.

pub mod checkpoints;
pub mod eventbridge;
pub mod logs;
pub mod tagged;

pub use checkpoints::DynamoCheckpoints;
pub use eventbridge::MasterBus;
pub use logs::CloudWatchLogs;
pub use tagged::TaggedByTag;
