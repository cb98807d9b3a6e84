//! The `awsmon_master` state, its blocks, what each function gets, and the defaults the plan
//! fills in.

use awsmon_contract::functions::{self, Cadence, MASTER_SCHEDULES, Schedule};
use awsmon_contract::{Number, master};
use awsmon_domain::monitoring_event::SeverityPolicy;
use serde::{Deserialize, Serialize};
use tf_provider::value::{Value, ValueBool, ValueList, ValueMap, ValueNumber, ValueString};

use crate::artifact::{self};
use crate::function::settings::VpcConfigBlock;
use crate::validation;
use crate::values::{number, text, value_map};

use super::*;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MasterState<'a> {
    #[serde(borrow)]
    pub id: ValueString<'a>,
    pub name: ValueString<'a>,
    pub handle_monitoring_events_role_arn: ValueString<'a>,
    pub daily_report_role_arn: ValueString<'a>,
    pub check_agents_role_arn: ValueString<'a>,
    /// Deprecated alias of `check_agents_role_arn` (`renamed.rs`).
    pub update_deployment_role_arn: ValueString<'a>,
    pub api_role_arn: ValueString<'a>,
    pub slack_interactions_role_arn: ValueString<'a>,
    pub ingest_queue_arn: ValueString<'a>,
    pub dlq_url: ValueString<'a>,
    pub kms_key_arn: ValueString<'a>,
    pub batch_size: ValueNumber,
    pub check_agents_schedule: ValueString<'a>,
    /// Deprecated alias of `check_agents_schedule` (`renamed.rs`).
    pub update_deployment_schedule: ValueString<'a>,
    #[serde(with = "crate::block")]
    pub notification_policy: Value<NotificationPolicyBlock<'a>>,
    pub route: ValueList<Value<RouteBlock<'a>>>,
    pub severity_rule: ValueList<Value<SeverityRuleBlock<'a>>>,
    pub function_override: ValueList<Value<FunctionOverrideBlock<'a>>>,
    pub slack_webhook_parameters: ValueMap<'a, ValueString<'a>>,
    pub account_names: ValueMap<'a, ValueString<'a>>,
    pub custom_event_sources: ValueMap<'a, ValueMap<'a, ValueString<'a>>>,
    pub slack_bot_token_parameter: ValueString<'a>,
    pub slack_channels: ValueMap<'a, ValueString<'a>>,
    pub slack_signing_secret_parameter: ValueString<'a>,
    pub slack_team_id: ValueString<'a>,
    pub slack_app_id: ValueString<'a>,
    pub slack_allowed_user_ids: ValueList<ValueString<'a>>,
    pub slack_api_url: ValueString<'a>,
    pub retention_days: ValueNumber,
    pub notification_max_age_seconds: ValueNumber,
    pub master_version: ValueString<'a>,
    pub api_stage_name: ValueString<'a>,
    pub api_authorization: ValueString<'a>,
    pub allow_unauthenticated_api: ValueBool,
    pub api_allowed_source_cidrs: ValueList<ValueString<'a>>,
    pub api_throttling_rate_limit: ValueNumber,
    pub api_throttling_burst_limit: ValueNumber,
    pub memory_size: ValueNumber,
    pub timeout: ValueNumber,
    pub layers: ValueList<ValueString<'a>>,
    #[serde(with = "crate::block")]
    pub vpc_config: Value<VpcConfigBlock<'a>>,
    pub architecture: ValueString<'a>,
    pub log_retention_days: ValueNumber,
    pub dead_letter_queue_arn: ValueString<'a>,
    pub tags: ValueMap<'a, ValueString<'a>>,
    pub function_arns: ValueMap<'a, ValueString<'a>>,
    pub code_sha256: ValueMap<'a, ValueString<'a>>,
    pub schedules: ValueMap<'a, ValueString<'a>>,
    pub event_source_mapping_id: ValueString<'a>,
    pub table_name: ValueString<'a>,
    pub table_arn: ValueString<'a>,
    pub api_id: ValueString<'a>,
    pub api_url: ValueString<'a>,
    pub runtime_version: ValueString<'a>,
}

/// How notifications are grouped and repeated, and where unrouted ones go.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NotificationPolicyBlock<'a> {
    #[serde(borrow)]
    pub default_webhook: ValueString<'a>,
    pub grouping_window_seconds: ValueNumber,
    pub repeat_interval_seconds: ValueNumber,
}

/// One route: notifications matching it go to its webhook.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RouteBlock<'a> {
    #[serde(borrow)]
    pub webhook: ValueString<'a>,
    pub accounts: ValueList<ValueString<'a>>,
    pub min_severity: ValueString<'a>,
    pub event_types: ValueList<ValueString<'a>>,
}

/// How serious one event type is and whether it is notified as it happens: a row of the
/// runtime's severity policy.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SeverityRuleBlock<'a> {
    #[serde(borrow)]
    pub event_type: ValueString<'a>,
    pub severity: ValueString<'a>,
    pub realtime: ValueBool,
}

/// Memory or timeout of one function, instead of the shared `memory_size` and `timeout`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FunctionOverrideBlock<'a> {
    #[serde(borrow)]
    pub function: ValueString<'a>,
    pub memory_size: ValueNumber,
    pub timeout: ValueNumber,
}

/// The numbers the user sets on the resource itself, each with the state field holding it.
pub(super) fn numbers<'s, 'a>(state: &'s MasterState<'a>) -> [(&'static Number, &'s ValueNumber); 7] {
    [
        (&master::BATCH_SIZE, &state.batch_size),
        (&master::RETENTION_DAYS, &state.retention_days),
        (
            &master::NOTIFICATION_MAX_AGE_SECONDS,
            &state.notification_max_age_seconds,
        ),
        (&functions::MEMORY_SIZE, &state.memory_size),
        (&functions::MASTER_TIMEOUT, &state.timeout),
        (
            &master::API_THROTTLING_RATE_LIMIT,
            &state.api_throttling_rate_limit,
        ),
        (
            &master::API_THROTTLING_BURST_LIMIT,
            &state.api_throttling_burst_limit,
        ),
    ]
}

pub(super) fn routes<'s, 'a>(state: &'s MasterState<'a>) -> impl Iterator<Item = &'s RouteBlock<'a>> {
    state
        .route
        .as_ref_option()
        .into_iter()
        .flatten()
        .filter_map(|r| r.as_ref_option())
}

pub(super) fn function_overrides<'s, 'a>(
    state: &'s MasterState<'a>,
) -> impl Iterator<Item = &'s FunctionOverrideBlock<'a>> {
    state
        .function_override
        .as_ref_option()
        .into_iter()
        .flatten()
        .filter_map(|block| block.as_ref_option())
}

pub(super) fn override_of<'s, 'a>(
    state: &'s MasterState<'a>,
    function: &MasterFunction,
) -> Option<&'s FunctionOverrideBlock<'a>> {
    function_overrides(state)
        .find(|block| text(&block.function).is_some_and(|name| renamed::names(function, name)))
}

/// The memory `function` is given: its override, else the shared setting.
pub(super) fn memory_of(state: &MasterState<'_>, function: &MasterFunction) -> i64 {
    override_of(state, function)
        .and_then(|block| number(&block.memory_size))
        .or(number(&state.memory_size))
        .unwrap_or(functions::MEMORY_SIZE.default)
}

/// The timeout `function` is given: its override, else the shared setting.
pub(super) fn timeout_of(state: &MasterState<'_>, function: &MasterFunction) -> i64 {
    override_of(state, function)
        .and_then(|block| number(&block.timeout))
        .or(number(&state.timeout))
        .unwrap_or(functions::MASTER_TIMEOUT.default)
}

pub(super) fn severity_rules<'s, 'a>(
    state: &'s MasterState<'a>,
) -> impl Iterator<Item = &'s SeverityRuleBlock<'a>> {
    state
        .severity_rule
        .as_ref_option()
        .into_iter()
        .flatten()
        .filter_map(|r| r.as_ref_option())
}

/// Fill what the user left out with awsmon's defaults, and what the provider will deploy.
pub(super) fn with_defaults(mut state: MasterState<'_>) -> MasterState<'_> {
    for (value, default) in [
        (&mut state.batch_size, master::BATCH_SIZE.default),
        (&mut state.retention_days, master::RETENTION_DAYS.default),
        (
            &mut state.notification_max_age_seconds,
            master::NOTIFICATION_MAX_AGE_SECONDS.default,
        ),
        (&mut state.memory_size, functions::MEMORY_SIZE.default),
        (&mut state.timeout, functions::MASTER_TIMEOUT.default),
        (
            &mut state.api_throttling_rate_limit,
            master::API_THROTTLING_RATE_LIMIT.default,
        ),
        (
            &mut state.api_throttling_burst_limit,
            master::API_THROTTLING_BURST_LIMIT.default,
        ),
        (
            &mut state.log_retention_days,
            functions::DEFAULT_LOG_RETENTION_DAYS,
        ),
    ] {
        if value.is_null() {
            *value = Value::Value(default);
        }
    }
    for (value, default) in [
        (&mut state.master_version, artifact::RUNTIME_VERSION),
        (&mut state.api_stage_name, DEFAULT_STAGE),
        (&mut state.api_authorization, DEFAULT_AUTHORIZATION),
        (&mut state.architecture, "x86_64"),
    ] {
        if value.is_null() {
            *value = Value::Value(default.into());
        }
    }
    if state.allow_unauthenticated_api.is_null() {
        state.allow_unauthenticated_api = Value::Value(false);
    }
    default_nested_blocks(&mut state);
    renamed::mirror(&mut state);
    if state.check_agents_schedule.is_null()
        && let Some(default) = functions::default_schedule(renamed::schedule_attribute())
    {
        state.check_agents_schedule = Value::Value(default.into());
    }
    renamed::mirror(&mut state);
    state.runtime_version = Value::Value(artifact::RUNTIME_VERSION.into());
    // The optional functions' presence is known once the attribute that enables them is.
    state.code_sha256 = if state.slack_signing_secret_parameter.is_unknown() {
        Value::Unknown
    } else {
        value_map(
            FUNCTIONS
                .iter()
                .filter(|f| f.wanted(&state))
                .map(|f| (f.suffix().to_owned(), artifact::MASTER.code_sha256()))
                .collect(),
        )
    };
    state.schedules = if state.check_agents_schedule.is_unknown() {
        Value::Unknown
    } else {
        value_map(
            MASTER_SCHEDULES
                .iter()
                .map(|s| (s.key.to_owned(), schedule_expression(s, &state)))
                .collect(),
        )
    };
    state.table_name = match state.name.as_deref_option() {
        Some(name) => Value::Value(name.to_owned().into()),
        None => Value::Unknown,
    };
    state
}

/// The defaults inside the nested blocks: the notification policy's windows, each severity
/// rule's `realtime` (the default policy's for its event type), each route's `min_severity`.
fn default_nested_blocks(state: &mut MasterState<'_>) {
    if let Value::Value(policy) = &mut state.notification_policy {
        if policy.grouping_window_seconds.is_null() {
            policy.grouping_window_seconds = Value::Value(master::GROUPING_WINDOW_SECONDS.default);
        }
        if policy.repeat_interval_seconds.is_null() {
            policy.repeat_interval_seconds = Value::Value(master::REPEAT_INTERVAL_SECONDS.default);
        }
    }
    if let Value::Value(rules) = &mut state.severity_rule {
        for rule in rules.iter_mut() {
            if let Value::Value(rule) = rule
                && rule.realtime.is_null()
                && let Some(Ok(kind)) = text(&rule.event_type).map(validation::event_type)
            {
                rule.realtime = Value::Value(SeverityPolicy::default().rule(kind).realtime);
            }
        }
    }
    if let Value::Value(routes) = &mut state.route {
        for route in routes.iter_mut() {
            if let Value::Value(route) = route
                && route.min_severity.is_null()
            {
                route.min_severity = Value::Value(DEFAULT_MIN_SEVERITY.into());
            }
        }
    }
}

/// The expression of a master schedule: fixed, or the `check_agents_schedule` attribute.
pub(super) fn schedule_expression(schedule: &Schedule, state: &MasterState<'_>) -> String {
    match schedule.cadence {
        Cadence::Fixed(expression) => expression.to_owned(),
        Cadence::Chosen { default, .. } => text(&state.check_agents_schedule).unwrap_or(default).to_owned(),
    }
}
