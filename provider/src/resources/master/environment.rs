//! The master functions' environment (the same for all four): the one place attribute values
//! become the runtime's variables and JSON policies, and the way back for `read`.

use std::collections::BTreeMap;

use awsmon_contract::master;
use awsmon_domain::monitoring_event::{SeverityPolicy, SeverityRule};
use awsmon_domain::notification::{NotificationPolicy, Route};
use awsmon_domain::{AccountId, Severity};
use serde::Serialize;
use tf_provider::value::{Value, ValueList, ValueMap, ValueString};

use crate::validation;
use crate::values::{number, string_list, string_map, strings, text, value_map};

use super::*;

/// The notification policy as the runtime reads it, or None for the runtime's default.
pub(super) fn notification_policy(state: &MasterState<'_>) -> Option<NotificationPolicy> {
    let block = state.notification_policy.as_ref_option();
    let routes: Vec<Route> = routes(state)
        .map(|route| Route {
            webhook: text(&route.webhook).unwrap_or_default().to_owned(),
            accounts: strings(&route.accounts)
                .iter()
                .filter_map(|a| AccountId::parse(a).ok())
                .collect(),
            event_types: strings(&route.event_types)
                .iter()
                .filter_map(|t| validation::event_type(t).ok())
                .collect(),
            min_severity: text(&route.min_severity)
                .and_then(|s| validation::severity(s).ok())
                .unwrap_or(Severity::Info),
        })
        .collect();
    if block.is_none() && routes.is_empty() {
        return None;
    }
    let defaults = NotificationPolicy::default();
    Some(NotificationPolicy {
        routes,
        default_webhook: match block {
            Some(block) => text(&block.default_webhook).map(str::to_owned),
            None => defaults.default_webhook,
        },
        grouping_window_secs: block
            .and_then(|b| number(&b.grouping_window_seconds))
            .map_or(defaults.grouping_window_secs, |v| v as u64),
        repeat_interval_secs: block
            .and_then(|b| number(&b.repeat_interval_seconds))
            .map_or(defaults.repeat_interval_secs, |v| v as u64),
    })
}

/// The severity policy as the runtime reads it, or None for the runtime's default table.
pub(super) fn severity_policy(state: &MasterState<'_>) -> Option<SeverityPolicy> {
    let rules: Vec<SeverityRule> = severity_rules(state)
        .filter_map(|rule| {
            let event_type = validation::event_type(text(&rule.event_type)?).ok()?;
            Some(SeverityRule {
                event_type,
                severity: validation::severity(text(&rule.severity)?).ok()?,
                realtime: rule
                    .realtime
                    .as_ref_option()
                    .copied()
                    .unwrap_or_else(|| SeverityPolicy::default().rule(event_type).realtime),
            })
        })
        .collect();
    (!rules.is_empty()).then_some(SeverityPolicy { rules })
}

/// The custom sources' definitions as the runtime reads them (name -> key -> value).
pub(super) fn custom_event_sources(state: &MasterState<'_>) -> BTreeMap<String, BTreeMap<String, String>> {
    state
        .custom_event_sources
        .as_ref_option()
        .into_iter()
        .flatten()
        .map(|(name, definition)| {
            let definition = definition
                .as_ref_option()
                .into_iter()
                .flatten()
                .filter_map(|(k, v)| Some((k.to_string(), v.as_deref_option()?.to_owned())))
                .collect();
            (name.to_string(), definition)
        })
        .collect()
}

pub(super) fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The functions' environment (the same for all four): the single place attribute names meet
/// the runtime's settings (`docs/master.md`).
pub(super) fn environment(state: &MasterState<'_>) -> BTreeMap<String, String> {
    let mut env = BTreeMap::new();
    let mut put = |key: &str, value: Option<String>| {
        if let Some(value) = value {
            env.insert(key.to_owned(), value);
        }
    };
    put(master::TABLE_NAME.env, text(&state.name).map(str::to_owned));
    put(master::DLQ_URL.env, text(&state.dlq_url).map(str::to_owned));
    let webhooks = string_map(&state.slack_webhook_parameters);
    put(
        master::SLACK_WEBHOOK_PARAMETERS.env,
        (!webhooks.is_empty()).then(|| json(&webhooks)),
    );
    put(
        master::NOTIFICATION_POLICY.env,
        notification_policy(state).map(|p| json(&p)),
    );
    put(
        master::SEVERITY_POLICY.env,
        severity_policy(state).map(|p| json(&p)),
    );
    let custom = custom_event_sources(state);
    put(
        master::CUSTOM_EVENT_SOURCES.env,
        (!custom.is_empty()).then(|| json(&custom)),
    );
    let names = string_map(&state.account_names);
    put(
        master::ACCOUNT_NAMES.env,
        (!names.is_empty()).then(|| json(&names)),
    );
    let slack_text = |value: &ValueString<'_>| text(value).map(str::to_owned);
    put(
        master::SLACK_BOT_TOKEN_PARAMETER.env,
        slack_text(&state.slack_bot_token_parameter),
    );
    let channels = string_map(&state.slack_channels);
    put(
        master::SLACK_CHANNELS.env,
        (!channels.is_empty()).then(|| json(&channels)),
    );
    put(
        master::SLACK_SIGNING_SECRET_PARAMETER.env,
        slack_text(&state.slack_signing_secret_parameter),
    );
    put(master::SLACK_TEAM_ID.env, slack_text(&state.slack_team_id));
    put(master::SLACK_APP_ID.env, slack_text(&state.slack_app_id));
    put(
        master::SLACK_ALLOWED_USER_IDS.env,
        master::SLACK_ALLOWED_USER_IDS.encode(&strings(&state.slack_allowed_user_ids)),
    );
    put(master::SLACK_API_URL.env, slack_text(&state.slack_api_url));
    put(
        master::RETENTION_DAYS.variable(),
        number(&state.retention_days).map(|v| v.to_string()),
    );
    put(
        master::NOTIFICATION_MAX_AGE_SECONDS.variable(),
        number(&state.notification_max_age_seconds).map(|v| v.to_string()),
    );
    put(master::API_BASE_URL.env, text(&state.api_url).map(str::to_owned));
    put(
        master::MASTER_VERSION.env,
        text(&state.master_version).map(str::to_owned),
    );
    env
}

/// An optional list read back: AWS keeps no difference between absent and empty, so an empty
/// one is whatever the prior state said.
pub(super) fn list_back<'a>(
    items: Vec<String>,
    prior: &ValueList<ValueString<'a>>,
) -> ValueList<ValueString<'a>> {
    if items.is_empty() && !matches!(prior, Value::Value(v) if v.is_empty()) {
        Value::Null
    } else {
        string_list(items)
    }
}

/// Read back what [`environment`] wrote, so that a change made outside Terraform shows in the plan.
pub(super) fn apply_environment<'a>(state: &mut MasterState<'a>, env: &BTreeMap<String, String>) {
    let string = |key: &str| {
        env.get(key)
            .map(|v| Value::Value(v.clone().into()))
            .unwrap_or(Value::Null)
    };
    let map = |key: &str| -> ValueMap<'a, ValueString<'a>> {
        match env
            .get(key)
            .map(|raw| serde_json::from_str::<BTreeMap<String, String>>(raw))
        {
            Some(Ok(map)) => value_map(map),
            // Unreadable: shown as a change that puts the configured value back.
            Some(Err(_)) => value_map(BTreeMap::from([("<unreadable>".to_owned(), String::new())])),
            None => Value::Null,
        }
    };
    state.dlq_url = string(master::DLQ_URL.env);
    state.slack_webhook_parameters = map(master::SLACK_WEBHOOK_PARAMETERS.env);
    state.account_names = map(master::ACCOUNT_NAMES.env);
    state.custom_event_sources = match env
        .get(master::CUSTOM_EVENT_SOURCES.env)
        .map(|raw| serde_json::from_str::<BTreeMap<String, BTreeMap<String, String>>>(raw))
    {
        Some(Ok(sources)) => Value::Value(
            sources
                .into_iter()
                .map(|(name, definition)| (name.into(), value_map(definition)))
                .collect(),
        ),
        // Unreadable: shown as a change that puts the configured definitions back.
        Some(Err(_)) => Value::Value(
            [(
                "<unreadable AWSMON_CUSTOM_EVENT_SOURCES>".into(),
                value_map(BTreeMap::new()),
            )]
            .into_iter()
            .collect(),
        ),
        None => Value::Null,
    };
    state.slack_bot_token_parameter = string(master::SLACK_BOT_TOKEN_PARAMETER.env);
    state.slack_channels = map(master::SLACK_CHANNELS.env);
    state.slack_signing_secret_parameter = string(master::SLACK_SIGNING_SECRET_PARAMETER.env);
    state.slack_team_id = string(master::SLACK_TEAM_ID.env);
    state.slack_app_id = string(master::SLACK_APP_ID.env);
    let users = env
        .get(master::SLACK_ALLOWED_USER_IDS.env)
        .map(|raw| master::SLACK_ALLOWED_USER_IDS.decode(raw))
        .unwrap_or_default();
    state.slack_allowed_user_ids = list_back(users, &state.slack_allowed_user_ids);
    state.slack_api_url = string(master::SLACK_API_URL.env);
    state.retention_days = env
        .get(master::RETENTION_DAYS.variable())
        .and_then(|v| v.parse().ok())
        .map(Value::Value)
        .unwrap_or(Value::Null);
    state.notification_max_age_seconds = env
        .get(master::NOTIFICATION_MAX_AGE_SECONDS.variable())
        .and_then(|v| v.parse().ok())
        .map(Value::Value)
        .unwrap_or(Value::Null);
    state.master_version = string(master::MASTER_VERSION.env);
    state.severity_rule = severity_rules_back(env.get(master::SEVERITY_POLICY.env));
    notification_policy_back(state, env.get(master::NOTIFICATION_POLICY.env));
}

/// The `severity_rule` blocks from the runtime's severity policy.
fn severity_rules_back<'a>(raw: Option<&String>) -> ValueList<Value<SeverityRuleBlock<'a>>> {
    match raw.map(|raw| serde_json::from_str::<SeverityPolicy>(raw)) {
        None => Value::Value(vec![]),
        Some(Ok(policy)) => Value::Value(
            policy
                .rules
                .into_iter()
                .map(|rule| {
                    Value::Value(SeverityRuleBlock {
                        event_type: Value::Value(rule.event_type.as_str().into()),
                        severity: Value::Value(rule.severity.as_str().into()),
                        realtime: Value::Value(rule.realtime),
                    })
                })
                .collect(),
        ),
        // Unreadable: shown as a change that puts the configured rules back.
        Some(Err(_)) => Value::Value(vec![Value::Value(SeverityRuleBlock {
            event_type: Value::Value("<unreadable AWSMON_SEVERITY_POLICY>".into()),
            ..Default::default()
        })]),
    }
}

/// The `notification_policy` block and `route` blocks from the runtime's notification policy.
fn notification_policy_back<'a>(state: &mut MasterState<'a>, raw: Option<&String>) {
    let policy = raw.map(|raw| serde_json::from_str::<NotificationPolicy>(raw));
    let prior_routes: Vec<RouteBlock<'a>> = routes(state).cloned().collect();
    match policy {
        None => {
            state.notification_policy = Value::Null;
            state.route = Value::Value(vec![]);
        }
        Some(Err(_)) => {
            state.notification_policy = Value::Value(NotificationPolicyBlock {
                default_webhook: Value::Value("<unreadable AWSMON_NOTIFICATION_POLICY>".into()),
                ..Default::default()
            });
        }
        Some(Ok(policy)) => {
            let defaults = NotificationPolicy::default();
            let is_default = policy.default_webhook == defaults.default_webhook
                && policy.grouping_window_secs == defaults.grouping_window_secs
                && policy.repeat_interval_secs == defaults.repeat_interval_secs;
            // Routes without a block write the defaults: keep "no block" when it was so.
            state.notification_policy = if is_default && state.notification_policy.is_null() {
                Value::Null
            } else {
                Value::Value(NotificationPolicyBlock {
                    default_webhook: policy
                        .default_webhook
                        .map(|w| Value::Value(w.into()))
                        .unwrap_or(Value::Null),
                    grouping_window_seconds: Value::Value(policy.grouping_window_secs as i64),
                    repeat_interval_seconds: Value::Value(policy.repeat_interval_secs as i64),
                })
            };
            state.route = Value::Value(
                policy
                    .routes
                    .into_iter()
                    .enumerate()
                    .map(|(index, route)| {
                        let prior = prior_routes.get(index).cloned().unwrap_or_default();
                        Value::Value(RouteBlock {
                            webhook: Value::Value(route.webhook.into()),
                            accounts: list_back(
                                route.accounts.iter().map(|a| a.as_str().to_owned()).collect(),
                                &prior.accounts,
                            ),
                            min_severity: Value::Value(route.min_severity.as_str().into()),
                            event_types: list_back(
                                route.event_types.iter().map(|t| t.as_str().to_owned()).collect(),
                                &prior.event_types,
                            ),
                        })
                    })
                    .collect(),
            );
        }
    }
}
