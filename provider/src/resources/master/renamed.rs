//! `check-agents` was called `update-deployment` until 0.1.x (`functions::FORMER_CHECK_AGENTS`),
//! and a rename is read both ways for a release:
//!
//! - the former attributes `update_deployment_role_arn` and `update_deployment_schedule` are
//!   deprecated aliases of `check_agents_role_arn` and `check_agents_schedule`: both names hold
//!   the same value in plan and state (a state written before the rename, which has only the
//!   former names, reads back with both, so an upgrade plans no replacement);
//! - a `function_override` may still name the function `update-deployment`;
//! - `read` shows the function and schedule still deployed under the former name (in
//!   `function_arns` and `schedules`), so that the first plan after the upgrade updates the master,
//!   and apply, after `check-agents` and its schedule run, removes the former function, its
//!   schedule rule, target and permission, and its log group. Destroy removes both names.
//!
//! The log group goes with the function, as in every removal of a function unit: kept, it would
//! outlive `terraform destroy` once these names are no longer read (0.2.0), and it holds only the
//! old function's own diagnostics (what it found is in the table as events).

use awsmon_contract::functions::{CHECK_AGENTS, FORMER_CHECK_AGENTS as FORMER};
use tf_provider::value::{Value, ValueString};
use tf_provider::{AttributePath, Diagnostics};

use super::*;
use crate::aws::DeployError;
use crate::values::string_map;

/// The schedule attribute of `check-agents`, from the contract's registry.
pub(super) fn schedule_attribute() -> &'static str {
    MASTER_SCHEDULES
        .iter()
        .find_map(|schedule| match schedule.cadence {
            Cadence::Chosen { attribute, .. } if schedule.function == CHECK_AGENTS => Some(attribute),
            _ => None,
        })
        .unwrap_or_default()
}

/// Each renamed attribute: (its name, its former name, the field of each).
type Field = for<'s, 'a> fn(&'s mut MasterState<'a>) -> &'s mut ValueString<'a>;

fn pairs() -> [(&'static str, &'static str, Field, Field); 2] {
    [
        (
            CHECK_AGENTS.role_attribute,
            FORMER.role_attribute,
            |s| &mut s.check_agents_role_arn,
            |s| &mut s.update_deployment_role_arn,
        ),
        (
            schedule_attribute(),
            FORMER.schedule_attribute,
            |s| &mut s.check_agents_schedule,
            |s| &mut s.update_deployment_schedule,
        ),
    ]
}

/// Plan: both names get the value configured under either (the new name first). Unconfigured,
/// an optional-computed attribute is proposed with its prior value, so `config` decides.
pub(super) fn resolve<'a>(state: &mut MasterState<'a>, config: &MasterState<'a>) {
    let mut config = config.clone();
    for (_, _, new, former) in pairs() {
        let configured = [new(&mut config).clone(), former(&mut config).clone()]
            .into_iter()
            .find(|value| !value.is_null());
        if let Some(value) = configured {
            *new(state) = value.clone();
            *former(state) = value;
        }
    }
    mirror(state);
}

/// The former name follows the new one; a state that has only the former (written before the
/// rename) gives its value to the new one.
pub(super) fn mirror(state: &mut MasterState<'_>) {
    for (_, _, new, former) in pairs() {
        if new(state).is_null() {
            *new(state) = former(state).clone();
        }
        *former(state) = new(state).clone();
    }
}

/// Plan-time checks of the configuration: a former name set is a warning naming the new one, both
/// set to different values an error, and the role is required under one of its names.
pub(super) fn validate(config: &MasterState<'_>, diags: &mut Diagnostics) {
    let mut config = config.clone();
    for (name, former_name, new, former) in pairs() {
        let new = new(&mut config).clone();
        let former = former(&mut config).clone();
        if !former.is_null() {
            diags.warning(
                format!("{former_name} is deprecated: use {name}"),
                format!(
                    "{former_name} is the former name of {name} (the function update-deployment is now \
                     check-agents); it is read until {} and then removed. Rename the attribute: the plan \
                     does not change.",
                    FORMER.removed_in
                ),
                AttributePath::new(former_name),
            );
        }
        if let (Value::Value(a), Value::Value(b)) = (&new, &former)
            && a != b
        {
            diags.error(
                format!("Conflicting {name} and {former_name}"),
                format!("{former_name} is the deprecated name of {name}: set {name} only"),
                AttributePath::new(former_name),
            );
        }
    }
    if config.check_agents_role_arn.is_null() && config.update_deployment_role_arn.is_null() {
        diags.error(
            format!("Missing {}", CHECK_AGENTS.role_attribute),
            format!(
                "the execution role of the check-agents function is required ({} until {})",
                FORMER.role_attribute, FORMER.removed_in
            ),
            AttributePath::new(CHECK_AGENTS.role_attribute),
        );
    }
}

/// Whether a `function_override` naming `name` is meant for `function`: its name, or the former
/// name of check-agents.
pub(super) fn names(function: &MasterFunction, name: &str) -> bool {
    name == function.suffix() || (function.function == FORMER.function && name == FORMER.name)
}

/// The deprecated value of `function_override.function`, with the name to use instead.
pub(super) fn former_override(name: &str) -> Option<(&'static str, &'static str)> {
    (name == FORMER.name).then_some((FORMER.name, FORMER.function.name))
}

fn former_function(name: &str) -> String {
    format!("{name}-{}", FORMER.name)
}

/// `read`: the function and schedule still deployed under the former name join `function_arns`
/// and `schedules` under that name, so that the plan shows them going.
pub(super) async fn read_former(
    clients: &Clients,
    diags: &mut Diagnostics,
    name: &str,
    state: &mut MasterState<'_>,
) {
    let function = former_function(name);
    match aws::read_function(clients, &function).await {
        Ok(Some(deployed)) => {
            let mut arns = string_map(&state.function_arns);
            arns.insert(FORMER.name.to_owned(), deployed.arn);
            state.function_arns = value_map(arns);
        }
        Ok(None) => {}
        Err(error) => report(diags, "Cannot read the former update-deployment function", error),
    }
    match aws::read_schedule(clients, &function).await {
        Ok(Some(expression)) => {
            let mut schedules = string_map(&state.schedules);
            schedules.insert(FORMER.name.to_owned(), expression);
            state.schedules = value_map(schedules);
        }
        Ok(None) => {}
        Err(error) => report(diags, "Cannot read the former update-deployment schedule", error),
    }
}

/// Apply and destroy: the former function unit removed (schedule rule with its target, the
/// function with its permissions, the log group); every step is tried, and each is a no-op when
/// there is nothing to remove.
pub(super) async fn remove_former(clients: &Clients, name: &str) -> Vec<Result<(), DeployError>> {
    let function = former_function(name);
    FunctionUnit::destroy(clients, &function, std::slice::from_ref(&function)).await
}
