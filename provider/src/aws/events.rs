//! EventBridge: the schedule rules that run the functions.

use std::collections::BTreeMap;

use super::{DeployError, add_invoke_permission, failed, is_not_found, request_error};
use crate::clients::Clients;

/// The schedule rule that runs `function_arn`, its target and the permission EventBridge needs.
/// The target passes `input` instead of the scheduled event when given, in the same call that
/// sets it, so the rule never runs the function with the wrong input.
pub async fn put_schedule(
    clients: &Clients,
    rule: &str,
    expression: &str,
    function_name: &str,
    function_arn: &str,
    input: Option<&str>,
    tags: &BTreeMap<String, String>,
) -> Result<(), DeployError> {
    let rule_arn = clients
        .events
        .put_rule()
        .name(rule)
        .schedule_expression(expression)
        .description(format!("Runs {function_name} (awsmon)"))
        .set_tags(Some(
            tags.iter()
                .map(|(k, v)| aws_sdk_eventbridge::types::Tag::builder().key(k).value(v).build())
                .collect::<Result<_, _>>()
                .map_err(request_error("building tags"))?,
        ))
        .send()
        .await
        .map_err(failed("PutRule", rule))?
        .rule_arn
        .unwrap_or_default();
    add_invoke_permission(
        clients,
        function_name,
        &schedule_permission(rule),
        "events.amazonaws.com",
        &rule_arn,
    )
    .await?;
    let target = aws_sdk_eventbridge::types::Target::builder()
        .id(function_name)
        .arn(function_arn)
        .set_input(input.map(str::to_owned))
        .build()
        .map_err(request_error("building the target"))?;
    clients
        .events
        .put_targets()
        .rule(rule)
        .targets(target)
        .send()
        .await
        .map_err(failed("PutTargets", rule))?;
    Ok(())
}

/// The schedule expression of `rule`, or None when it does not exist.
pub async fn read_schedule(clients: &Clients, rule: &str) -> Result<Option<String>, DeployError> {
    match clients.events.describe_rule().name(rule).send().await {
        Ok(described) => Ok(described.schedule_expression),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(None),
        Err(error) => Err(failed("DescribeRule", rule)(error)),
    }
}

/// Whether `rule` still runs `function_arn` (passing `input`, when given, instead of the
/// scheduled event) and the function's policy (`permissions`, its statement ids) still lets
/// EventBridge invoke it: a target or permission removed outside Terraform leaves a rule that
/// runs nothing.
pub async fn schedule_is_wired(
    clients: &Clients,
    rule: &str,
    function_arn: &str,
    input: Option<&str>,
    permissions: &[String],
) -> Result<bool, DeployError> {
    let targets = clients
        .events
        .list_targets_by_rule()
        .rule(rule)
        .send()
        .await
        .map_err(failed("ListTargetsByRule", rule))?
        .targets
        .unwrap_or_default();
    let targeted = targets
        .iter()
        .any(|t| t.arn() == function_arn && t.input() == input);
    Ok(targeted && permissions.contains(&schedule_permission(rule)))
}

/// The statement of a function's policy that lets schedule `rule` invoke it.
fn schedule_permission(rule: &str) -> String {
    format!("{rule}-invoke")
}

pub async fn delete_schedule(clients: &Clients, rule: &str, target_id: &str) -> Result<(), DeployError> {
    if read_schedule(clients, rule).await?.is_none() {
        return Ok(());
    }
    clients
        .events
        .remove_targets()
        .rule(rule)
        .ids(target_id)
        .send()
        .await
        .map_err(failed("RemoveTargets", rule))?;
    clients
        .events
        .delete_rule()
        .name(rule)
        .send()
        .await
        .map_err(failed("DeleteRule", rule))?;
    Ok(())
}

/// The resource policy of event bus `bus`, replaced whole (`PutPermission` with `Policy`).
pub async fn put_bus_policy(clients: &Clients, bus: &str, policy: &str) -> Result<(), DeployError> {
    clients
        .events
        .put_permission()
        .event_bus_name(bus)
        .policy(policy)
        .send()
        .await
        .map_err(failed("PutPermission", bus))?;
    Ok(())
}

/// The resource policy of event bus `bus`: `None` when the bus is gone, `Some(None)` when it has
/// no policy.
pub async fn read_bus_policy(clients: &Clients, bus: &str) -> Result<Option<Option<String>>, DeployError> {
    match clients.events.describe_event_bus().name(bus).send().await {
        Ok(found) => Ok(Some(found.policy.filter(|p| !p.is_empty()))),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(None),
        Err(error) => Err(failed("DescribeEventBus", bus)(error)),
    }
}

/// Remove every statement of `bus`'s policy (nothing to do when the bus or its policy is gone).
pub async fn delete_bus_policy(clients: &Clients, bus: &str) -> Result<(), DeployError> {
    match clients
        .events
        .remove_permission()
        .event_bus_name(bus)
        .remove_all_permissions(true)
        .send()
        .await
    {
        Ok(_) => Ok(()),
        Err(error) if error.as_service_error().is_some_and(is_not_found) => Ok(()),
        Err(error) => Err(failed("RemovePermission", bus)(error)),
    }
}
