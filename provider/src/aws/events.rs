//! EventBridge: the schedule rules that run the functions.

use std::collections::BTreeMap;

use aws_sdk_eventbridge::types::{DeadLetterConfig, Target};

use super::{DeployError, add_invoke_permission, failed, is_not_found, request_error};
use crate::clients::Clients;

/// What a schedule rule hands its function: the function, the constant input that replaces the
/// scheduled event (None passes the event), and the queue that keeps what EventBridge could not
/// deliver (None: such an event is dropped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScheduleTarget<'a> {
    pub function_arn: &'a str,
    pub input: Option<&'a str>,
    pub dead_letter_queue_arn: Option<&'a str>,
}

/// The schedule rule that runs `target`'s function, its target and the permission EventBridge
/// needs. The target and its input are set in one call, so the rule never runs the function
/// with the wrong input.
pub async fn put_schedule(
    clients: &Clients,
    rule: &str,
    expression: &str,
    function_name: &str,
    target: &ScheduleTarget<'_>,
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
    let dead_letter = target
        .dead_letter_queue_arn
        .map(|arn| DeadLetterConfig::builder().arn(arn).build());
    let built = Target::builder()
        .id(function_name)
        .arn(target.function_arn)
        .set_input(target.input.map(str::to_owned))
        .set_dead_letter_config(dead_letter)
        .build()
        .map_err(request_error("building the target"))?;
    clients
        .events
        .put_targets()
        .rule(rule)
        .targets(built)
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

/// How `rule` still runs `function_arn`: with `input` (when given, instead of the scheduled
/// event) and a function policy (`permissions`, its statement ids) that lets EventBridge invoke
/// it. Returns its target's dead-letter queue (`Some(None)`: none), or None when it no longer
/// runs the function so: a target or permission removed outside Terraform leaves a rule that
/// runs nothing.
pub async fn schedule_dead_letter_queue(
    clients: &Clients,
    rule: &str,
    function_arn: &str,
    input: Option<&str>,
    permissions: &[String],
) -> Result<Option<Option<String>>, DeployError> {
    if !permissions.contains(&schedule_permission(rule)) {
        return Ok(None);
    }
    let targets = clients
        .events
        .list_targets_by_rule()
        .rule(rule)
        .send()
        .await
        .map_err(failed("ListTargetsByRule", rule))?
        .targets
        .unwrap_or_default();
    Ok(targets
        .iter()
        .find(|t| t.arn() == function_arn && t.input() == input)
        .map(|t| {
            t.dead_letter_config()
                .and_then(DeadLetterConfig::arn)
                .map(str::to_owned)
        }))
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
