//! The agent function's environment: the one place attribute values become the runtime's
//! variables (names from the contract), and the way back for `read`.

use std::collections::BTreeMap;

use awsmon_contract::{Number, agent};
use tf_provider::value::{Value, ValueList, ValueNumber, ValueString};

use crate::validation;
use crate::values::{number, strings, text};

use super::*;

/// The function's environment: the single place attribute names meet the runtime's settings.
pub(super) fn environment(state: &AgentState<'_>) -> BTreeMap<String, String> {
    let mut env = BTreeMap::new();
    let mut put = |key: &str, value: Option<String>| {
        if let Some(value) = value {
            env.insert(key.to_owned(), value);
        }
    };
    for (setting, value) in [
        (agent::MASTER_BUS_ARN, &state.master_bus_arn),
        (agent::QUERY_STRING, &state.query_string),
        (agent::DISCOVERY_TAG, &state.discovery_tag),
    ] {
        put(setting.env, text(value).map(str::to_owned));
    }
    for (setting, value) in numbers(state) {
        if let Some(env) = setting.env {
            put(env, number(value).map(|v| v.to_string()));
        }
    }
    for (setting, value) in [
        (agent::LOG_GROUP_NAMES, &state.log_group_names),
        (agent::LOG_GROUP_PREFIXES, &state.log_group_prefixes),
        (agent::REDACT_PATTERNS, &state.redact_patterns),
    ] {
        put(setting.env, setting.encode(&strings(value)));
    }
    put(
        agent::CHECKPOINT_TABLE.env,
        text(&state.name).map(agent::checkpoint_table),
    );
    put(
        agent::SCHEDULE_PERIOD_SECONDS.variable(),
        text(&state.schedule_expression)
            .and_then(validation::schedule_period_secs)
            .map(|v| v.to_string()),
    );
    env
}

/// Read back what [`environment`] wrote, so that a change made outside Terraform shows in the plan.
pub(super) fn apply_environment<'a>(state: &mut AgentState<'a>, env: &BTreeMap<String, String>) {
    let string = |setting: awsmon_contract::Text| -> ValueString<'a> {
        env.get(setting.env)
            .map(|v| Value::Value(v.clone().into()))
            .unwrap_or(Value::Null)
    };
    let number = |setting: Number| -> ValueNumber {
        setting
            .env
            .and_then(|key| env.get(key))
            .and_then(|v| v.parse().ok())
            .map(Value::Value)
            .unwrap_or(Value::Null)
    };
    let list = |setting: awsmon_contract::List| -> ValueList<ValueString<'a>> {
        match env.get(setting.env) {
            Some(v) => Value::Value(
                v.split(setting.separator)
                    .map(|s| Value::Value(s.to_owned().into()))
                    .collect(),
            ),
            None => Value::Null,
        }
    };
    state.master_bus_arn = string(agent::MASTER_BUS_ARN);
    state.query_string = string(agent::QUERY_STRING);
    state.window_seconds = number(agent::WINDOW_SECONDS);
    state.delivery_latency_seconds = number(agent::DELIVERY_LATENCY_SECONDS);
    state.chunk_size = number(agent::CHUNK_SIZE);
    state.max_concurrent_queries = number(agent::MAX_CONCURRENT_QUERIES);
    state.query_timeout_seconds = number(agent::QUERY_TIMEOUT_SECONDS);
    state.log_group_names = list(agent::LOG_GROUP_NAMES);
    state.log_group_prefixes = list(agent::LOG_GROUP_PREFIXES);
    state.discovery_tag = string(agent::DISCOVERY_TAG);
    state.redact_patterns = list(agent::REDACT_PATTERNS);
}
