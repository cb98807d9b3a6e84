//! The ports: what the agent needs from AWS, as traits. Adapters in [`crate::adapters`]
//! implement them with the AWS SDK; tests may wrap an adapter to inject a fault.

use std::collections::HashMap;
use std::future::Future;

use awsmon_domain::window::Checkpoint;

use crate::config::TagFilter;
use crate::error::{AwsError, StoreError};

/// One Logs Insights query over whole seconds `[start_secs, end_secs]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryRequest {
    pub log_groups: Vec<String>,
    pub start_secs: i64,
    pub end_secs: i64,
    pub query: String,
}

/// One result row: field name and value, as GetQueryResults returns them.
pub type Row = Vec<(String, String)>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryStatus {
    /// Scheduled or Running.
    Running,
    Complete(Vec<Row>),
    /// Failed, Cancelled, Timeout or Unknown, with AWS's status name.
    Ended(String),
}

/// CloudWatch Logs Insights.
pub trait LogsInsights: Sync {
    fn start_query(&self, request: &QueryRequest) -> impl Future<Output = Result<String, AwsError>> + Send;
    fn query_status(&self, query_id: &str) -> impl Future<Output = Result<QueryStatus, AwsError>> + Send;
    fn stop_query(&self, query_id: &str) -> impl Future<Output = Result<(), AwsError>> + Send;
}

/// The log groups that exist in the account.
pub trait LogGroupCatalog: Sync {
    /// Every log group whose name starts with `prefix` (an exact name is its own prefix).
    fn groups_with_prefix(&self, prefix: &str) -> impl Future<Output = Result<Vec<String>, AwsError>> + Send;
}

/// Workloads found by tag and the log groups they write to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TaggedLogGroups {
    pub log_groups: Vec<String>,
    /// Workloads whose log group could not be resolved, described for the heartbeat.
    pub problems: Vec<String>,
}

/// Lambda functions and ECS services by tag.
pub trait TaggedWorkloads: Sync {
    fn log_groups(&self, tag: &TagFilter) -> impl Future<Output = Result<TaggedLogGroups, AwsError>> + Send;
}

/// Per-log-group checkpoints, stored in the agent account.
pub trait CheckpointStore: Sync {
    /// The stored checkpoints of `log_groups` (groups never scanned are absent).
    fn load(
        &self,
        log_groups: &[String],
    ) -> impl Future<Output = Result<HashMap<String, Checkpoint>, AwsError>> + Send;
    /// Replace `expected` (`None`: no checkpoint yet) by `next`, or fail with
    /// [`StoreError::Conflict`] if another run moved it.
    fn save(
        &self,
        log_group: &str,
        expected: Option<Checkpoint>,
        next: Checkpoint,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;
}

/// One PutEvents entry (source and bus are the adapter's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusEntry {
    pub detail_type: &'static str,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryOutcome {
    Accepted,
    Failed { code: String, message: String },
}

/// The master's event bus.
pub trait EventBus: Sync {
    /// PutEvents with at most 10 entries; one outcome per entry, in order.
    fn put_events(
        &self,
        entries: &[BusEntry],
    ) -> impl Future<Output = Result<Vec<EntryOutcome>, AwsError>> + Send;
}
