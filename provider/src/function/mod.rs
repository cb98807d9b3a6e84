//! The function unit both resources deploy: a Lambda function, its log group and the schedule
//! rules that run it. Converged, read back and removed here, once for both resources.

pub mod settings;

use tf_provider::Diagnostics;

use crate::artifact::Artifact;
use crate::aws::{self, DeployError, FunctionSpec, ScheduleTarget};
use crate::clients::Clients;

/// A schedule rule that runs the unit's function.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleSpec {
    pub rule: String,
    pub expression: String,
    /// The target's constant input; None passes EventBridge's scheduled event.
    pub input: Option<&'static str>,
}

/// Everything one function needs deployed.
#[derive(Debug, Clone)]
pub struct FunctionUnit {
    pub spec: FunctionSpec,
    pub artifact: Artifact,
    pub log_retention_days: i32,
    pub schedules: Vec<ScheduleSpec>,
    /// Where every schedule's undeliverable events go (`dead_letter_queue_arn`).
    pub dead_letter_queue_arn: Option<String>,
}

/// A step of [`FunctionUnit::converge`] failed.
#[derive(Debug, thiserror::Error)]
#[error("{step} of {function}: {error}")]
pub struct UnitError {
    pub function: String,
    /// `creating its log group`, `deploying it`, `scheduling it`.
    pub step: &'static str,
    /// The function's ARN when it exists: the resource keeps it in state, so that the next apply
    /// converges from it instead of creating it again.
    pub arn: Option<String>,
    #[source]
    pub error: DeployError,
}

impl FunctionUnit {
    /// Creates what is missing and updates what differs, in the order that lets each part use
    /// the one before: log group, function, schedules. Returns the function's ARN.
    pub async fn converge(&self, clients: &Clients) -> Result<String, UnitError> {
        let name = &self.spec.name;
        let fail = |step: &'static str, arn: Option<String>| {
            move |error| UnitError {
                function: name.clone(),
                step,
                arn,
                error,
            }
        };
        aws::put_log_group(clients, &settings::log_group(name), self.log_retention_days)
            .await
            .map_err(fail("creating its log group", None))?;
        let arn = match aws::read_function(clients, name).await {
            Ok(Some(deployed)) => aws::update_function(clients, &self.spec, &self.artifact, &deployed)
                .await
                .map(|()| deployed.arn),
            Ok(None) => aws::create_function(clients, &self.spec, &self.artifact).await,
            Err(error) => Err(error),
        }
        .map_err(fail("deploying it", None))?;
        for schedule in &self.schedules {
            let target = ScheduleTarget {
                function_arn: &arn,
                input: schedule.input,
                dead_letter_queue_arn: self.dead_letter_queue_arn.as_deref(),
            };
            aws::put_schedule(
                clients,
                &schedule.rule,
                &schedule.expression,
                name,
                &target,
                &self.spec.tags,
            )
            .await
            .map_err(fail("scheduling it", Some(arn.clone())))?;
        }
        Ok(arn)
    }

    /// Removes the schedules, the function and its log group; every step is tried.
    pub async fn destroy(
        clients: &Clients,
        function: &str,
        rules: &[String],
    ) -> Vec<Result<(), DeployError>> {
        let mut steps = Vec::new();
        for rule in rules {
            steps.push(aws::delete_schedule(clients, rule, function).await);
        }
        steps.push(aws::delete_function(clients, function).await);
        steps.push(aws::delete_log_group(clients, &settings::log_group(function)).await);
        steps
    }
}

/// A schedule as deployed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeployedSchedule {
    pub expression: String,
    pub dead_letter_queue_arn: Option<String>,
}

/// A deployed schedule when it still runs `function` (`function_arn`) with `input` and the
/// function's policy (`permissions`) lets EventBridge invoke it; None, with a warning, when it
/// was unwired outside Terraform, and None when it is missing: either way the plan puts it back.
pub async fn read_schedule(
    clients: &Clients,
    diags: &mut Diagnostics,
    rule: &str,
    function: &str,
    function_arn: &str,
    input: Option<&str>,
    permissions: &[String],
) -> Result<Option<DeployedSchedule>, DeployError> {
    let Some(expression) = aws::read_schedule(clients, rule).await? else {
        return Ok(None);
    };
    match aws::schedule_dead_letter_queue(clients, rule, function_arn, input, permissions).await? {
        Some(dead_letter_queue_arn) => Ok(Some(DeployedSchedule {
            expression,
            dead_letter_queue_arn,
        })),
        None => {
            diags.root_warning(
                format!("Schedule {rule} no longer runs {function}"),
                "its target, the target's input or the function's permission for the rule was changed outside Terraform; apply puts them back",
            );
            Ok(None)
        }
    }
}
