//! Plan-time checks of `awsmon_agent`; unknown values (computed by other resources) are
//! checked at apply.

use awsmon_contract::agent;
use tf_provider::{AttributePath, Diagnostics};

use crate::validation;
use crate::values::{number, text};

use super::*;

/// Plan-time checks; unknown values (computed by other resources) are checked at apply.
pub(super) fn validate_config(state: &AgentState<'_>, diags: &mut Diagnostics) {
    let mut check = |name: &'static str, result: Result<(), validation::Problem>| {
        if let Err(problem) = result {
            diags.error(format!("Invalid {name}"), problem, AttributePath::new(name));
        }
    };
    if let Some(v) = text(&state.name) {
        check("name", validation::function_name(v));
    }
    if let Some(v) = text(&state.master_bus_arn) {
        check("master_bus_arn", validation::event_bus_arn(v));
    }
    if let Some(v) = text(&state.role_arn) {
        check("role_arn", validation::role_arn(v));
    }
    if let Some(v) = text(&state.dead_letter_queue_arn) {
        check("dead_letter_queue_arn", validation::queue_arn(v));
    }
    if let Some(v) = text(&state.schedule_expression) {
        check("schedule_expression", validation::schedule_expression(v));
    }
    if let Some(v) = text(&state.query_string) {
        check("query_string", validation::non_empty(v));
    }
    for (setting, value) in numbers(state) {
        if let Some(v) = number(value) {
            check(setting.attribute, setting.check(v));
        }
    }
    if let (Some(window), Some(latency)) = (
        number(&state.window_seconds),
        number(&state.delivery_latency_seconds),
    ) && window <= latency
    {
        check(
            "window_seconds",
            Err(format!(
                "must be greater than delivery_latency_seconds ({latency}), got {window}"
            )),
        );
    }
    let query_timeout = number(&state.query_timeout_seconds).unwrap_or(agent::QUERY_TIMEOUT_SECONDS.default);
    let margin = agent::PUBLISH_MARGIN_SECONDS;
    if let Some(timeout) = number(&state.timeout)
        && timeout <= query_timeout + margin
    {
        check(
            "timeout",
            Err(format!(
                "must exceed query_timeout_seconds ({query_timeout}) by more than {margin} s, or no window ever starts; got {timeout}"
            )),
        );
    }
    if let Some(v) = text(&state.architecture) {
        check("architecture", validation::architecture(v));
    }
    let watches_nothing = [&state.log_group_names, &state.log_group_prefixes]
        .iter()
        .all(|list| list.is_null() || list.as_ref_option().is_some_and(Vec::is_empty))
        && state.discovery_tag.is_null();
    if watches_nothing {
        diags.error(
            "The agent watches nothing",
            "set log_group_names, log_group_prefixes or discovery_tag",
            AttributePath::new("log_group_names"),
        );
    }
    for (attribute, list) in [
        ("log_group_names", &state.log_group_names),
        ("log_group_prefixes", &state.log_group_prefixes),
    ] {
        for (index, item) in list.as_ref_option().into_iter().flatten().enumerate() {
            if let Some(Err(problem)) = item.as_deref_option().map(validation::log_group_name) {
                diags.error(
                    format!("Invalid {attribute}"),
                    problem,
                    AttributePath::new(attribute).index(index as i64),
                );
            }
        }
    }
}
