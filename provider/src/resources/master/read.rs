//! `read` for the master, step by step: the functions (four read back into one set of
//! attributes: which speaks for the shared settings, when a size is shared or overridden), the
//! table, the queue mapping, the schedules, the REST API and the log groups.

use std::collections::BTreeMap;

use tf_provider::value::{Value, ValueNumber};

use crate::aws::DeployedFunction;
use crate::aws::DeployedTable;
use crate::values::{number, strings, text};

use super::*;

/// Of the functions found, the one whose configuration differs from `expected` (so that a
/// change to any of them shows in the plan), else the first.
pub(super) fn representative<'d>(
    found: &'d [(MasterFunction, DeployedFunction)],
    expected: &BTreeMap<String, String>,
    prior: &MasterState<'_>,
) -> Option<&'d DeployedFunction> {
    let differs = |f: &MasterFunction, d: &DeployedFunction| {
        &d.environment != expected
            || memory_of(prior, f) != i64::from(d.memory_size)
            || timeout_of(prior, f) != i64::from(d.timeout)
            || strings(&prior.layers) != d.layers
    };
    found
        .iter()
        .find(|(f, d)| differs(f, d))
        .or_else(|| found.first())
        .map(|(_, d)| d)
}

/// One setting read back from the functions that share it: a value that differs from
/// `expected` (so that a change to any of them shows in the plan), else the common one. Without
/// an expectation (after an import), the value most of them have.
pub(super) fn shared_setting(values: &[i64], expected: Option<i64>) -> Option<i64> {
    match expected {
        Some(expected) => values
            .iter()
            .copied()
            .find(|v| *v != expected)
            .or_else(|| values.first().copied()),
        None => values
            .iter()
            .copied()
            .max_by_key(|v| (values.iter().filter(|other| *other == v).count(), -*v)),
    }
}

/// The deployed `value` of each function whose override does not `pick` that setting.
pub(super) fn not_overridden(
    state: &MasterState<'_>,
    found: &[(MasterFunction, DeployedFunction)],
    pick: fn(&FunctionOverrideBlock<'_>) -> Option<i64>,
    value: fn(&DeployedFunction) -> i64,
) -> Vec<i64> {
    found
        .iter()
        .filter(|(f, _)| override_of(state, f).and_then(pick).is_none())
        .map(|(_, d)| value(d))
        .collect()
}

/// Memory and timeout read back: the shared settings from the functions without an override,
/// each override from its function. After an import (no shared setting yet), a function that
/// differs from the others gets an override block.
pub(super) fn read_back_sizes(state: &mut MasterState<'_>, found: &[(MasterFunction, DeployedFunction)]) {
    let importing = state.memory_size.is_null() && state.timeout.is_null();
    let memory = |d: &DeployedFunction| i64::from(d.memory_size);
    let timeout = |d: &DeployedFunction| i64::from(d.timeout);
    let shared_memory = shared_setting(
        &not_overridden(state, found, |b| number(&b.memory_size), memory),
        number(&state.memory_size),
    );
    let shared_timeout = shared_setting(
        &not_overridden(state, found, |b| number(&b.timeout), timeout),
        number(&state.timeout),
    );
    if let Some(v) = shared_memory {
        state.memory_size = Value::Value(v);
    }
    if let Some(v) = shared_timeout {
        state.timeout = Value::Value(v);
    }
    // An override keeps what it configures; an omitted one shows a function that left the
    // shared setting.
    let back = |configured: &ValueNumber, deployed: i64, shared: Option<i64>| {
        if configured.is_null() && Some(deployed) == shared {
            Value::Null
        } else {
            Value::Value(deployed)
        }
    };
    let mut blocks: Vec<Value<FunctionOverrideBlock<'_>>> = Vec::new();
    for block in state.function_override.as_ref_option().into_iter().flatten() {
        let mut block = block.clone();
        if let Value::Value(b) = &mut block
            && let Some((_, d)) = found
                .iter()
                .find(|(f, _)| text(&b.function).is_some_and(|name| renamed::names(f, name)))
        {
            b.memory_size = back(&b.memory_size, memory(d), shared_memory);
            b.timeout = back(&b.timeout, timeout(d), shared_timeout);
        }
        blocks.push(block);
    }
    if importing {
        for (function, d) in found {
            if Some(memory(d)) != shared_memory || Some(timeout(d)) != shared_timeout {
                blocks.push(Value::Value(FunctionOverrideBlock {
                    function: Value::Value(function.suffix().into()),
                    memory_size: back(&Value::Null, memory(d), shared_memory),
                    timeout: back(&Value::Null, timeout(d), shared_timeout),
                }));
            }
        }
    }
    state.function_override = Value::Value(blocks);
}

/// Each function's policy statement ids, read once: its schedules and the API check their
/// permission in it.
pub(super) type Permissions = BTreeMap<&'static str, Vec<String>>;

/// What the functions found say: their ARNs, code, roles, sizes, and the shared settings of the
/// one that speaks for them all.
pub(super) fn read_functions(
    state: &mut MasterState<'_>,
    found: &[(MasterFunction, DeployedFunction)],
    default_tags: &BTreeMap<String, String>,
) {
    // Missing functions are missing from both maps: the plan shows them and puts them back.
    state.function_arns = value_map(
        found
            .iter()
            .map(|(f, d)| (f.suffix().to_owned(), d.arn.clone()))
            .collect(),
    );
    state.code_sha256 = value_map(
        found
            .iter()
            .map(|(f, d)| (f.suffix().to_owned(), d.code_sha256.clone()))
            .collect(),
    );
    for (function, deployed) in found {
        *(function.role_mut)(state) = Value::Value(deployed.role_arn.clone().into());
    }
    let expected = environment(state);
    read_back_sizes(state, found);
    if let Some(deployed) = representative(found, &expected, state).cloned() {
        state.layers = layers_back(&deployed.layers, &state.layers);
        state.vpc_config = vpc_back(deployed.vpc.as_ref());
        state.api_url = deployed
            .environment
            .get(master::API_BASE_URL.env)
            .map(|v| Value::Value(v.clone().into()))
            .unwrap_or(Value::Null);
        apply_environment(state, &deployed.environment);
        state.tags = tags_back(
            own_tags(&deployed.tags, default_tags, &[VERSION_TAG]),
            &state.tags,
        );
        state.runtime_version = deployed
            .tags
            .get(VERSION_TAG)
            .map(|v| Value::Value(v.clone().into()))
            .unwrap_or(Value::Null);
    }
}

/// The table, its key and its TTL.
pub(super) async fn read_table(
    clients: &Clients,
    diags: &mut Diagnostics,
    name: &str,
    table: Option<&DeployedTable>,
    state: &mut MasterState<'_>,
) {
    match table {
        Some(table) => {
            state.table_name = Value::Value(name.to_owned().into());
            state.table_arn = Value::Value(table.arn.clone().into());
            state.kms_key_arn = table
                .kms_key_arn
                .clone()
                .map(|k| Value::Value(k.into()))
                .unwrap_or(Value::Null);
            // TTL turned off outside Terraform: shown as a missing table ARN, put back by update.
            match aws::ttl_enabled(clients, name).await {
                Ok(true) => {}
                Ok(false) => state.table_arn = Value::Null,
                Err(error) => report(diags, "Cannot read the table's TTL", error),
            }
        }
        None => {
            state.table_name = Value::Null;
            state.table_arn = Value::Null;
        }
    }
}

/// The ingest queue's mapping to handle-monitoring-events.
pub(super) async fn read_queue_mapping(
    clients: &Clients,
    diags: &mut Diagnostics,
    name: &str,
    state: &mut MasterState<'_>,
) {
    match aws::read_queue_mapping(
        clients,
        &function_name(name, &functions::HANDLE_MONITORING_EVENTS),
    )
    .await
    {
        Ok(Some(mapping)) => {
            state.ingest_queue_arn = Value::Value(mapping.queue_arn.into());
            state.batch_size = Value::Value(i64::from(mapping.batch_size));
            state.event_source_mapping_id = if mapping.reports_item_failures {
                Value::Value(mapping.uuid.into())
            } else {
                Value::Null
            };
        }
        Ok(None) => {
            state.event_source_mapping_id = Value::Null;
            state.batch_size = Value::Null;
        }
        Err(error) => report(diags, "Cannot read the ingest queue's mapping", error),
    }
}

pub(super) async fn read_permissions(
    clients: &Clients,
    diags: &mut Diagnostics,
    found: &[(MasterFunction, DeployedFunction)],
) -> Permissions {
    // Each function's policy, read once: its schedules and the API check their permission in it.
    let mut permissions = Permissions::new();
    for (function, deployed) in found {
        match aws::permission_ids(clients, &deployed.arn).await {
            Ok(ids) => {
                permissions.insert(function.suffix(), ids);
            }
            Err(error) => report(diags, "Cannot read a master function's permissions", error),
        }
    }
    permissions
}

/// The schedules that still run their function; the chosen one's expression.
pub(super) async fn read_schedules(
    clients: &Clients,
    diags: &mut Diagnostics,
    name: &str,
    found: &[(MasterFunction, DeployedFunction)],
    permissions: &Permissions,
    state: &mut MasterState<'_>,
) {
    let deployed_arn = |function: &Function| {
        found
            .iter()
            .find(|(f, _)| f.function == *function)
            .map(|(_, d)| d.arn.clone())
    };
    let mut schedules = BTreeMap::new();
    // The schedules share one dead-letter queue: the first read stands for all, and one that
    // differs is left out of `schedules`, so that the plan puts it back.
    let mut dead_letters: Option<Option<String>> = None;
    for schedule in MASTER_SCHEDULES {
        let rule = rule_name(name, &schedule);
        let function = function_name(name, &schedule.function);
        let read = match (
            deployed_arn(&schedule.function),
            permissions.get(schedule.function.name),
        ) {
            (Some(arn), Some(granted)) => {
                function::read_schedule(clients, diags, &rule, &function, &arn, schedule.input, granted).await
            }
            // A missing function is shown (and put back with its schedules) already; its
            // schedule's target says nothing then.
            _ => match aws::read_schedule(clients, &rule).await {
                Ok(Some(expression)) => {
                    if matches!(schedule.cadence, Cadence::Chosen { .. }) {
                        state.check_agents_schedule = Value::Value(expression.clone().into());
                    }
                    schedules.insert(schedule.key.to_owned(), expression);
                    continue;
                }
                Ok(None) => Ok(None),
                Err(error) => Err(error),
            },
        };
        match read {
            Ok(Some(deployed)) => {
                let first = dead_letters.get_or_insert_with(|| deployed.dead_letter_queue_arn.clone());
                if *first != deployed.dead_letter_queue_arn {
                    continue;
                }
                if matches!(schedule.cadence, Cadence::Chosen { .. }) {
                    state.check_agents_schedule = Value::Value(deployed.expression.clone().into());
                }
                schedules.insert(schedule.key.to_owned(), deployed.expression);
            }
            // Left out of `schedules`: the plan shows the schedule put back.
            Ok(None) => {}
            Err(error) => report(diags, "Cannot read a master schedule", error),
        }
    }
    if let Some(queue) = dead_letters {
        state.dead_letter_queue_arn = queue.map_or(Value::Null, |arn| Value::Value(arn.into()));
    }
    state.schedules = value_map(schedules);
}

/// The REST API: its stage, its authorization, and whether it may still invoke the api function.
pub(super) async fn read_api(
    clients: &Clients,
    diags: &mut Diagnostics,
    name: &str,
    permissions: &Permissions,
    state: &mut MasterState<'_>,
) {
    match aws::find_rest_api(clients, text(&state.api_id), name).await {
        Ok(Some(id)) => match aws::read_rest_api(clients, &id).await {
            Ok(Some(api)) => {
                let stage = text(&state.api_stage_name)
                    .filter(|s| api.stages.iter().any(|found| found == s))
                    .map(str::to_owned)
                    .or_else(|| api.stages.first().cloned());
                state.api_stage_name = stage.map(|s| Value::Value(s.into())).unwrap_or(Value::Null);
                // A deployed NONE was opted in; otherwise the opt-in is what was configured.
                if api.authorization.as_deref() == Some(master::API_AUTHORIZATION_NONE) {
                    state.allow_unauthenticated_api = Value::Value(true);
                } else if state.allow_unauthenticated_api.is_null() {
                    state.allow_unauthenticated_api = Value::Value(false);
                }
                state.api_authorization = api
                    .authorization
                    .clone()
                    .map(|a| Value::Value(a.into()))
                    .unwrap_or(Value::Null);
                // The allow-list as configured when the policy lists the same blocks (order kept).
                let mut configured = crate::values::strings(&state.api_allowed_source_cidrs);
                configured.sort();
                if configured != api.allowed_source_cidrs {
                    state.api_allowed_source_cidrs = if api.allowed_source_cidrs.is_empty() {
                        Value::Null
                    } else {
                        crate::values::string_list(api.allowed_source_cidrs.clone())
                    };
                }
                if let Some((rate, burst)) = api.throttling {
                    state.api_throttling_rate_limit = Value::Value(rate.round() as i64);
                    state.api_throttling_burst_limit = Value::Value(i64::from(burst));
                }
                if permissions
                    .get(functions::API.name)
                    .is_some_and(|granted| !granted.contains(&aws::api_permission(&id)))
                {
                    // A null URL plans as unknown: the update grants it again.
                    state.api_url = Value::Null;
                    diags.root_warning(
                        format!("REST API {id} may no longer invoke {name}-api"),
                        "the api function's permission for the REST API was removed outside Terraform; apply grants it again",
                    );
                }
                if let Some(why) = slack_route_drift(state, permissions, &api) {
                    state.api_url = Value::Null;
                    diags.root_warning(format!("REST API {id}: POST /slack/interactions"), why);
                }
                state.api_id = Value::Value(id.into());
            }
            Ok(None) => state.api_id = Value::Null,
            Err(error) => report(diags, "Cannot read the master's REST API", error),
        },
        Ok(None) => {
            state.api_id = Value::Null;
            state.api_url = Value::Null;
        }
        Err(error) => report(diags, "Cannot find the master's REST API", error),
    }
}

/// What is wrong with Slack's route, if anything: it must go to the slack-interactions function
/// (which API Gateway may invoke) when that is deployed, and not exist otherwise. A master
/// deployed before slack-interactions existed has the route on the api function: apply moves it.
fn slack_route_drift(
    state: &MasterState<'_>,
    permissions: &Permissions,
    api: &aws::DeployedApi,
) -> Option<String> {
    let slack = functions::SLACK_INTERACTIONS.name;
    let arn = state
        .function_arns
        .as_ref_option()
        .and_then(|arns| arns.get(slack))
        .and_then(|arn| arn.as_deref_option());
    match (arn, api.slack_route_uri.as_deref()) {
        (None, None) => None,
        (Some(arn), Some(uri)) => {
            if !uri.contains(&format!("/functions/{arn}/invocations")) {
                Some(format!(
                    "the route goes to {uri}, not to {arn}; apply points it there"
                ))
            } else if permissions
                .get(slack)
                .is_some_and(|granted| !granted.contains(&aws::api_permission(&api.id)))
            {
                Some(format!(
                    "{arn}'s permission for the REST API was removed outside Terraform; apply grants it again"
                ))
            } else {
                None
            }
        }
        (Some(_), None) => Some("the route is missing; apply makes it again".into()),
        (None, Some(uri)) => Some(format!(
            "the route goes to {uri} without a slack-interactions function; apply moves it to that function, or removes it without the buttons"
        )),
    }
}

/// The architecture and the functions' log retention (handle-monitoring-events speaks for all).
pub(super) async fn read_log_group(
    clients: &Clients,
    diags: &mut Diagnostics,
    name: &str,
    state: &mut MasterState<'_>,
) {
    if state.architecture.is_null() {
        state.architecture = Value::Value("x86_64".into());
    }
    match aws::read_log_group_retention(
        clients,
        &log_group(&function_name(name, &functions::HANDLE_MONITORING_EVENTS)),
    )
    .await
    {
        Ok(days) => {
            state.log_retention_days = days.map(|d| Value::Value(i64::from(d))).unwrap_or(Value::Null)
        }
        Err(error) => report(diags, "Cannot read the functions' log group", error),
    }
}
