//! The `awsmon_agent` state, its numbers and the defaults the plan fills in.

use awsmon_contract::functions::{self, Cadence};
use awsmon_contract::{Number, agent};
use awsmon_domain::log::DEFAULT_QUERY;
use serde::{Deserialize, Serialize};
use tf_provider::value::{Value, ValueList, ValueMap, ValueNumber, ValueString};

use crate::artifact::{self};
use crate::function::settings::VpcConfigBlock;
use crate::values::default_number;

use super::*;

/// The numbers the user sets, each with the state field holding it.
pub(super) fn numbers<'s, 'a>(state: &'s AgentState<'a>) -> [(&'static Number, &'s ValueNumber); 7] {
    [
        (&agent::WINDOW_SECONDS, &state.window_seconds),
        (&agent::DELIVERY_LATENCY_SECONDS, &state.delivery_latency_seconds),
        (&agent::CHUNK_SIZE, &state.chunk_size),
        (&agent::MAX_CONCURRENT_QUERIES, &state.max_concurrent_queries),
        (&agent::QUERY_TIMEOUT_SECONDS, &state.query_timeout_seconds),
        (&functions::MEMORY_SIZE, &state.memory_size),
        (&functions::AGENT_TIMEOUT, &state.timeout),
    ]
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AgentState<'a> {
    #[serde(borrow)]
    pub id: ValueString<'a>,
    pub name: ValueString<'a>,
    pub master_bus_arn: ValueString<'a>,
    pub role_arn: ValueString<'a>,
    pub schedule_expression: ValueString<'a>,
    pub query_string: ValueString<'a>,
    pub window_seconds: ValueNumber,
    pub delivery_latency_seconds: ValueNumber,
    pub chunk_size: ValueNumber,
    pub max_concurrent_queries: ValueNumber,
    pub query_timeout_seconds: ValueNumber,
    pub log_group_names: ValueList<ValueString<'a>>,
    pub log_group_prefixes: ValueList<ValueString<'a>>,
    pub discovery_tag: ValueString<'a>,
    pub redact_patterns: ValueList<ValueString<'a>>,
    pub memory_size: ValueNumber,
    pub timeout: ValueNumber,
    pub layers: ValueList<ValueString<'a>>,
    #[serde(with = "crate::block")]
    pub vpc_config: Value<VpcConfigBlock<'a>>,
    pub architecture: ValueString<'a>,
    pub log_retention_days: ValueNumber,
    pub dead_letter_queue_arn: ValueString<'a>,
    pub tags: ValueMap<'a, ValueString<'a>>,
    pub function_arn: ValueString<'a>,
    pub agent_id: ValueString<'a>,
    pub runtime_version: ValueString<'a>,
    pub code_sha256: ValueString<'a>,
    pub checkpoint_table: ValueString<'a>,
}

/// Fill what the user left out with awsmon's defaults, and the runtime the provider carries.
pub(super) fn with_defaults(mut state: AgentState<'_>) -> AgentState<'_> {
    if state.schedule_expression.is_null()
        && let Cadence::Chosen { default, .. } = functions::AGENT_SCHEDULE.cadence
    {
        state.schedule_expression = Value::Value(default.into());
    }
    if state.query_string.is_null() {
        state.query_string = Value::Value(DEFAULT_QUERY.into());
    }
    default_number(&mut state.window_seconds, &agent::WINDOW_SECONDS);
    default_number(
        &mut state.delivery_latency_seconds,
        &agent::DELIVERY_LATENCY_SECONDS,
    );
    default_number(&mut state.chunk_size, &agent::CHUNK_SIZE);
    default_number(&mut state.max_concurrent_queries, &agent::MAX_CONCURRENT_QUERIES);
    default_number(&mut state.query_timeout_seconds, &agent::QUERY_TIMEOUT_SECONDS);
    default_number(&mut state.memory_size, &functions::MEMORY_SIZE);
    default_number(&mut state.timeout, &functions::AGENT_TIMEOUT);
    if state.log_retention_days.is_null() {
        state.log_retention_days = Value::Value(functions::DEFAULT_LOG_RETENTION_DAYS);
    }
    if state.architecture.is_null() {
        state.architecture = Value::Value("x86_64".into());
    }
    state.runtime_version = Value::Value(artifact::RUNTIME_VERSION.into());
    state.code_sha256 = Value::Value(ARTIFACT.code_sha256().into());
    state.checkpoint_table = match state.name.as_deref_option() {
        Some(name) => Value::Value(agent::checkpoint_table(name).into()),
        None => Value::Unknown,
    };
    state
}
