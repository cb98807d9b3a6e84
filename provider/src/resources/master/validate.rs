//! Plan-time checks of `awsmon_master`, each on its attribute's path; unknown values are
//! checked at apply.

use awsmon_contract::functions::{self};
use awsmon_contract::master;
use tf_provider::{AttributePath, Diagnostics};

use crate::validation;
use crate::values::{number, text};

use super::*;

/// Plan-time checks, each on its attribute's path; unknown values are checked at apply.
pub(super) fn validate_config(state: &MasterState<'_>, diags: &mut Diagnostics) {
    let mut check = |path: AttributePath, name: &str, result: Result<(), validation::Problem>| {
        if let Err(problem) = result {
            diags.error(format!("Invalid {name}"), problem, path);
        }
    };
    let at = AttributePath::new;
    if let Some(v) = text(&state.name) {
        check(at("name"), "name", validation::master_name(v));
    }
    for function in FUNCTIONS {
        let attribute = function.function.role_attribute.to_owned();
        if let Some(v) = text((function.role)(state)) {
            check(
                AttributePath::new(attribute.clone()),
                &attribute,
                validation::role_arn(v),
            );
        }
    }
    if let Some(v) = text(&state.ingest_queue_arn) {
        check(
            at("ingest_queue_arn"),
            "ingest_queue_arn",
            validation::queue_arn(v),
        );
    }
    if let Some(v) = text(&state.dlq_url) {
        check(at("dlq_url"), "dlq_url", validation::queue_url(v));
    }
    if let Some(v) = text(&state.kms_key_arn) {
        check(at("kms_key_arn"), "kms_key_arn", validation::kms_key_arn(v));
    }
    for (setting, value) in numbers(state) {
        if let Some(v) = number(value) {
            check(at(setting.attribute), setting.attribute, setting.check(v));
        }
    }
    if let Some(v) = text(&state.update_deployment_schedule) {
        check(
            at("update_deployment_schedule"),
            "update_deployment_schedule",
            validation::schedule_expression(v),
        );
    }
    if let Some(v) = text(&state.master_version) {
        check(at("master_version"), "master_version", validation::non_empty(v));
    }
    if let Some(v) = text(&state.api_stage_name) {
        check(at("api_stage_name"), "api_stage_name", validation::stage_name(v));
    }
    if let Some(v) = text(&state.api_authorization) {
        check(
            at("api_authorization"),
            "api_authorization",
            validation::api_authorization(v),
        );
    }
    if let Some(v) = text(&state.architecture) {
        check(at("architecture"), "architecture", validation::architecture(v));
    }
    if let Some(v) = number(&state.log_retention_days) {
        check(
            at("log_retention_days"),
            "log_retention_days",
            validation::log_retention_days(v),
        );
    }
    for (index, layer) in state.layers.as_ref_option().into_iter().flatten().enumerate() {
        if let Some(v) = layer.as_deref_option() {
            check(
                at("layers").index(index as i64),
                "layers",
                validation::layer_arn(v),
            );
        }
    }
    for (account, name) in state.account_names.as_ref_option().into_iter().flatten() {
        check(
            at("account_names").key(account.to_string()),
            "account_names",
            validation::account_id(account),
        );
        if let Some(v) = name.as_deref_option() {
            check(
                at("account_names").key(account.to_string()),
                "account_names",
                validation::non_empty(v),
            );
        }
    }
    for (webhook, parameter) in state
        .slack_webhook_parameters
        .as_ref_option()
        .into_iter()
        .flatten()
    {
        let path = at("slack_webhook_parameters").key(webhook.to_string());
        check(
            path.clone(),
            "slack_webhook_parameters",
            validation::webhook_name(webhook),
        );
        if let Some(v) = parameter.as_deref_option() {
            check(
                path,
                "slack_webhook_parameters",
                validation::ssm_parameter_reference(v),
            );
        }
    }
    // The runtime refuses to start when the policy names a webhook without a parameter: say so
    // now, on the attribute that names it. Nothing can be said while the map is unknown.
    let declared = state
        .slack_webhook_parameters
        .as_ref_option()
        .map(|map| map.keys().map(|k| k.to_string()).collect::<Vec<_>>());
    let known_blocks = !state.notification_policy.is_unknown() && !state.route.is_unknown();
    let declared_or = |webhook: &str| match &declared {
        Some(names) => names.iter().any(|n| n == webhook),
        None => state.slack_webhook_parameters.is_unknown(),
    };
    let undeclared = |webhook: &str| {
        format!(
            "webhook {webhook:?} is not declared in slack_webhook_parameters (the runtime would refuse to start)"
        )
    };
    if known_blocks {
        match state.notification_policy.as_ref_option() {
            Some(policy) => {
                if let Some(webhook) = text(&policy.default_webhook)
                    && !declared_or(webhook)
                {
                    check(
                        at("notification_policy").index(0).attribute("default_webhook"),
                        "notification_policy.default_webhook",
                        Err(undeclared(webhook)),
                    );
                }
                for (setting, value, name) in [
                    (
                        master::GROUPING_WINDOW_SECONDS,
                        &policy.grouping_window_seconds,
                        "grouping_window_seconds",
                    ),
                    (
                        master::REPEAT_INTERVAL_SECONDS,
                        &policy.repeat_interval_seconds,
                        "repeat_interval_seconds",
                    ),
                ] {
                    if let Some(v) = number(value) {
                        check(
                            at("notification_policy").index(0).attribute(name),
                            setting.attribute,
                            setting.check(v),
                        );
                    }
                }
            }
            None if !declared_or(master::DEFAULT_WEBHOOK) => check(
                at("slack_webhook_parameters"),
                "slack_webhook_parameters",
                Err(format!(
                    "without a notification_policy block every notification goes to webhook {:?}: declare it, or write notification_policy {{}} without default_webhook to send none",
                    master::DEFAULT_WEBHOOK
                )),
            ),
            None => {}
        }
        for (index, route) in state.route.as_ref_option().into_iter().flatten().enumerate() {
            let Some(route) = route.as_ref_option() else {
                continue;
            };
            let path = at("route").index(index as i64);
            if let Some(webhook) = text(&route.webhook) {
                let result = validation::webhook_name(webhook).and_then(|()| {
                    if declared_or(webhook) {
                        Ok(())
                    } else {
                        Err(undeclared(webhook))
                    }
                });
                check(path.clone().attribute("webhook"), "route.webhook", result);
            }
            if let Some(v) = text(&route.min_severity) {
                check(
                    path.clone().attribute("min_severity"),
                    "route.min_severity",
                    validation::severity(v).map(|_| ()),
                );
            }
            for (i, account) in route.accounts.as_ref_option().into_iter().flatten().enumerate() {
                if let Some(v) = account.as_deref_option() {
                    check(
                        path.clone().attribute("accounts").index(i as i64),
                        "route.accounts",
                        validation::account_id(v),
                    );
                }
            }
            for (i, kind) in route
                .event_types
                .as_ref_option()
                .into_iter()
                .flatten()
                .enumerate()
            {
                if let Some(v) = kind.as_deref_option() {
                    check(
                        path.clone().attribute("event_types").index(i as i64),
                        "route.event_types",
                        validation::event_type(v).map(|_| ()),
                    );
                }
            }
        }
    }
    let mut overridden = Vec::new();
    for (index, block) in function_overrides(state).enumerate() {
        let path = at("function_override").index(index as i64);
        if let Some(v) = text(&block.function) {
            let result = match FUNCTIONS.iter().find(|f| f.suffix() == v) {
                None => Err(format!(
                    "must be one of {}, got {v:?}",
                    FUNCTIONS.map(|f| f.suffix()).join(", ")
                )),
                Some(_) if overridden.contains(&v) => Err(format!(
                    "{v} has a function_override already: one block per function"
                )),
                Some(_) => {
                    overridden.push(v);
                    Ok(())
                }
            };
            check(
                path.clone().attribute("function"),
                "function_override.function",
                result,
            );
        }
        if let Some(v) = number(&block.memory_size) {
            check(
                path.clone().attribute("memory_size"),
                "function_override.memory_size",
                functions::MEMORY_SIZE.check(v),
            );
        }
        if let Some(v) = number(&block.timeout) {
            check(
                path.attribute("timeout"),
                "function_override.timeout",
                functions::MASTER_TIMEOUT.check(v),
            );
        }
    }
    let mut ruled = Vec::new();
    for (index, rule) in severity_rules(state).enumerate() {
        let path = at("severity_rule").index(index as i64);
        if let Some(v) = text(&rule.event_type) {
            let result = validation::event_type(v).and_then(|kind| {
                if ruled.contains(&kind) {
                    Err(format!(
                        "{v} has a severity_rule already: one block per event type"
                    ))
                } else {
                    ruled.push(kind);
                    Ok(())
                }
            });
            check(
                path.clone().attribute("event_type"),
                "severity_rule.event_type",
                result,
            );
        }
        if let Some(v) = text(&rule.severity) {
            check(
                path.attribute("severity"),
                "severity_rule.severity",
                validation::severity(v).map(|_| ()),
            );
        }
    }
}
