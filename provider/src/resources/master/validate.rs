//! Plan-time checks of `awsmon_master`, each on its attribute's path; unknown values are
//! checked at apply.

use awsmon_contract::{functions, master};
use tf_provider::value::{ValueList, ValueMap, ValueString};
use tf_provider::{AttributePath, Diagnostics};

use super::*;
use crate::validation::{self, Problem};
use crate::values::{number, text};

/// Lambda's limit on a function's environment variables, names and values together.
const LAMBDA_ENVIRONMENT_BYTES: usize = 4 * 1024;

/// A check of one string value.
type Check = fn(&str) -> Result<(), Problem>;

/// Plan-time checks, each on its attribute's path; unknown values are checked at apply.
pub(super) fn validate_config(state: &MasterState<'_>, diags: &mut Diagnostics) {
    let mut checks = Checks { diags };
    checks.attributes(state);
    checks.maps(state);
    checks.custom_event_sources(state);
    if !state.notification_policy.is_unknown() && !state.route.is_unknown() {
        checks.notification_policy(state);
        checks.routes(state);
    }
    checks.function_overrides(state);
    checks.severity_rules(state);
    checks.api_access(state);
    checks.slack_app(state);
}

/// Why `api_authorization = "NONE"` is refused for this configuration, on which attribute;
/// `None` when it is not NONE, or when what decides is not known yet (checked again at apply).
pub(super) fn unauthenticated_api_refusal(state: &MasterState<'_>) -> Option<(&'static str, String)> {
    if text(&state.api_authorization) != Some(master::API_AUTHORIZATION_NONE) {
        return None;
    }
    match &state.allow_unauthenticated_api {
        Value::Value(true) | Value::Unknown => {}
        _ => {
            return Some((
                "api_authorization",
                format!(
                    "api_authorization = \"NONE\" makes the awsmon API public: whoever reaches it can read \
                     every event and log sample and resolve, mute or silence anything. Use \"AWS_IAM\" \
                     (the default), or set {} = true to accept that, with {} naming who may reach it.",
                    master::ALLOW_UNAUTHENTICATED_API,
                    master::API_ALLOWED_SOURCE_CIDRS
                ),
            ));
        }
    }
    if state.api_allowed_source_cidrs.is_unknown() {
        return None;
    }
    let listed = state
        .api_allowed_source_cidrs
        .as_ref_option()
        .is_some_and(|cidrs| !cidrs.is_empty());
    (!listed).then(|| {
        (
            master::API_ALLOWED_SOURCE_CIDRS,
            format!(
                "api_authorization = \"NONE\" needs at least one CIDR block in {}: the API's resource \
                 policy lets only those sources in.",
                master::API_ALLOWED_SOURCE_CIDRS
            ),
        )
    })
}

/// Why `api_allowed_source_cidrs` is refused: it only applies with `api_authorization = "NONE"`
/// (the resource policy of the unauthenticated API). With `AWS_IAM` (also the default) nothing
/// would apply the list, and every plan would show it as a change. `None` when the
/// authorization is not known yet (checked again at apply).
pub(super) fn source_cidrs_refusal(state: &MasterState<'_>) -> Option<String> {
    if state.api_authorization.is_unknown() || state.api_allowed_source_cidrs.is_unknown() {
        return None;
    }
    let authorization = text(&state.api_authorization).unwrap_or(master::API_AUTHORIZATION_IAM);
    let listed = state
        .api_allowed_source_cidrs
        .as_ref_option()
        .is_some_and(|cidrs| !cidrs.is_empty());
    (listed && authorization != master::API_AUTHORIZATION_NONE).then(|| {
        format!(
            "{} applies only with api_authorization = \"{}\" (it is the unauthenticated API's \
             resource policy); with \"{authorization}\" callers are checked by IAM. Remove it, or \
             restrict callers in their IAM policies.",
            master::API_ALLOWED_SOURCE_CIDRS,
            master::API_AUTHORIZATION_NONE
        )
    })
}

struct Checks<'d> {
    diags: &'d mut Diagnostics,
}

impl Checks<'_> {
    fn check(&mut self, path: AttributePath, name: &str, result: Result<(), Problem>) {
        if let Err(problem) = result {
            self.diags.error(format!("Invalid {name}"), problem, path);
        }
    }

    /// Each element of a list attribute.
    fn each(&mut self, path: AttributePath, name: &str, list: &ValueList<ValueString<'_>>, check: Check) {
        for (index, item) in list.as_ref_option().into_iter().flatten().enumerate() {
            if let Some(v) = item.as_deref_option() {
                self.check(path.clone().index(index as i64), name, check(v));
            }
        }
    }

    /// The resource's own strings and numbers.
    fn attributes(&mut self, state: &MasterState<'_>) {
        let texts: [(&str, &ValueString<'_>, Check); 10] = [
            ("name", &state.name, validation::master_name),
            ("ingest_queue_arn", &state.ingest_queue_arn, validation::queue_arn),
            ("dlq_url", &state.dlq_url, validation::queue_url),
            ("kms_key_arn", &state.kms_key_arn, validation::kms_key_arn),
            (
                renamed::schedule_attribute(),
                &state.check_agents_schedule,
                validation::schedule_expression,
            ),
            (
                functions::FORMER_CHECK_AGENTS.schedule_attribute,
                &state.update_deployment_schedule,
                validation::schedule_expression,
            ),
            ("master_version", &state.master_version, validation::non_empty),
            ("api_stage_name", &state.api_stage_name, validation::stage_name),
            (
                "api_authorization",
                &state.api_authorization,
                validation::api_authorization,
            ),
            ("architecture", &state.architecture, validation::architecture),
        ];
        for (attribute, value, check) in texts {
            if let Some(v) = text(value) {
                self.check(AttributePath::new(attribute), attribute, check(v));
            }
        }
        for function in FUNCTIONS {
            let attribute = function.function.role_attribute;
            let role = (function.role)(state);
            if let Some(v) = text(role) {
                self.check(AttributePath::new(attribute), attribute, validation::role_arn(v));
            }
            // An optional function's role is needed once the function is (the others' are
            // required by the schema).
            if let Some(enabling) = functions::enabled_by(&function.function)
                && role.is_null()
                && function.wanted(state)
                && !state.slack_signing_secret_parameter.is_unknown()
            {
                self.check(
                    AttributePath::new(attribute),
                    attribute,
                    Err(format!(
                        "required with {enabling}: it deploys the {} function, which runs with this role",
                        function.suffix()
                    )),
                );
            }
        }
        let former = functions::FORMER_CHECK_AGENTS.role_attribute;
        if let Some(v) = text(&state.update_deployment_role_arn) {
            self.check(AttributePath::new(former), former, validation::role_arn(v));
        }
        for (setting, value) in numbers(state) {
            if let Some(v) = number(value) {
                self.check(
                    AttributePath::new(setting.attribute),
                    setting.attribute,
                    setting.check(v),
                );
            }
        }
        if let Some(v) = text(&state.dead_letter_queue_arn) {
            let at = AttributePath::new("dead_letter_queue_arn");
            self.check(at, "dead_letter_queue_arn", validation::queue_arn(v));
        }
        if let Some(v) = number(&state.log_retention_days) {
            let at = AttributePath::new("log_retention_days");
            self.check(at, "log_retention_days", validation::log_retention_days(v));
        }
        self.each(
            AttributePath::new("layers"),
            "layers",
            &state.layers,
            validation::layer_arn,
        );
    }

    /// `api_authorization = "NONE"` only with the opt-in and a source allow-list (issue 14).
    fn api_access(&mut self, state: &MasterState<'_>) {
        self.each(
            AttributePath::new(master::API_ALLOWED_SOURCE_CIDRS),
            master::API_ALLOWED_SOURCE_CIDRS,
            &state.api_allowed_source_cidrs,
            validation::cidr,
        );
        if let Some((attribute, why)) = unauthenticated_api_refusal(state) {
            self.diags
                .error("Unauthenticated API refused", why, AttributePath::new(attribute));
        }
        if let Some(why) = source_cidrs_refusal(state) {
            self.diags.error(
                "Source CIDRs without an unauthenticated API",
                why,
                AttributePath::new(master::API_ALLOWED_SOURCE_CIDRS),
            );
        }
    }

    /// Slack app mode: parameters never values, ids as Slack writes them, and the settings
    /// each part needs (channels need the bot token; buttons need channels, workspace and app).
    fn slack_app(&mut self, state: &MasterState<'_>) {
        let texts: [(&str, &ValueString<'_>, Check); 5] = [
            (
                "slack_bot_token_parameter",
                &state.slack_bot_token_parameter,
                validation::slack_secret_parameter,
            ),
            (
                "slack_signing_secret_parameter",
                &state.slack_signing_secret_parameter,
                validation::slack_secret_parameter,
            ),
            ("slack_team_id", &state.slack_team_id, validation::slack_team_id),
            ("slack_app_id", &state.slack_app_id, validation::slack_app_id),
            ("slack_api_url", &state.slack_api_url, validation::slack_api_url),
        ];
        for (attribute, value, check) in texts {
            if let Some(v) = text(value) {
                self.check(AttributePath::new(attribute), attribute, check(v));
            }
        }
        self.each(
            AttributePath::new("slack_allowed_user_ids"),
            "slack_allowed_user_ids",
            &state.slack_allowed_user_ids,
            validation::slack_user_id,
        );
        let channels = state.slack_channels.as_ref_option();
        for (name, channel) in channels.into_iter().flatten() {
            let path = AttributePath::new("slack_channels").key(name.to_string());
            self.check(path.clone(), "slack_channels", validation::webhook_name(name));
            if let Some(v) = channel.as_deref_option() {
                self.check(path.clone(), "slack_channels", validation::slack_channel_id(v));
            }
            if is_webhook(state, name) {
                self.check(
                    path,
                    "slack_channels",
                    Err(format!("{name:?} is a webhook of slack_webhook_parameters too: a destination is one or the other")),
                );
            }
        }
        let has_channels = channels.is_some_and(|c| !c.is_empty());
        let missing = |value: &ValueString<'_>| value.is_null();
        if has_channels && missing(&state.slack_bot_token_parameter) {
            self.check(
                AttributePath::new("slack_bot_token_parameter"),
                "slack_bot_token_parameter",
                Err("slack_channels post with the Slack app's bot token: name its parameter".into()),
            );
        }
        if !missing(&state.slack_signing_secret_parameter) {
            if state.slack_channels.is_null() || channels.is_some_and(|c| c.is_empty()) {
                self.check(
                    AttributePath::new("slack_signing_secret_parameter"),
                    "slack_signing_secret_parameter",
                    Err("buttons come with the messages of slack_channels: declare at least one".into()),
                );
            }
            for (attribute, value) in [
                ("slack_team_id", &state.slack_team_id),
                ("slack_app_id", &state.slack_app_id),
            ] {
                if missing(value) {
                    self.check(
                        AttributePath::new(attribute),
                        attribute,
                        Err(
                            "required with slack_signing_secret_parameter: clicks from any other are refused"
                                .into(),
                        ),
                    );
                }
            }
        }
    }

    /// `custom_event_sources`: each definition as the master will parse it, the diagnostic on
    /// the key that is wrong (a definition with an unknown value is checked at apply).
    fn custom_event_sources(&mut self, state: &MasterState<'_>) {
        let Some(sources) = state.custom_event_sources.as_ref_option() else {
            return;
        };
        if sources.len() > awsmon_domain::custom_source::MAX_CUSTOM_SOURCES {
            self.check(
                AttributePath::new("custom_event_sources"),
                "custom_event_sources",
                Err(format!(
                    "at most {} custom event sources",
                    awsmon_domain::custom_source::MAX_CUSTOM_SOURCES
                )),
            );
        }
        // Lambda takes at most 4 KB of environment (names and values) per function; the
        // definitions travel there as JSON, beside the other settings.
        let custom = super::environment::custom_event_sources(state);
        let environment: usize = super::environment::environment(state)
            .iter()
            .map(|(k, v)| k.len() + v.len())
            .sum();
        if !custom.is_empty() && environment > LAMBDA_ENVIRONMENT_BYTES {
            self.check(
                AttributePath::new("custom_event_sources"),
                "custom_event_sources",
                Err(format!(
                    "the functions' environment would be {environment} bytes, over Lambda's {LAMBDA_ENVIRONMENT_BYTES}; \
                     the custom sources take {} of them: shorten their patterns and templates, or use fewer",
                    super::environment::json(&custom).len()
                )),
            );
        }
        for (name, definition) in sources {
            let Some(definition) = definition.as_ref_option() else {
                continue;
            };
            if definition.values().any(|v| v.is_unknown()) {
                continue;
            }
            let definition: std::collections::BTreeMap<String, String> = definition
                .iter()
                .filter_map(|(k, v)| Some((k.to_string(), v.as_deref_option()?.to_owned())))
                .collect();
            if let Err(error) = awsmon_domain::custom_source::CustomSource::parse(name, &definition) {
                let path = AttributePath::new("custom_event_sources").key(name.to_string());
                let path = if definition.contains_key(&error.key) {
                    path.key(error.key.clone())
                } else {
                    path
                };
                self.check(path, "custom_event_sources", Err(error.to_string()));
            }
        }
    }

    /// `account_names` and `slack_webhook_parameters`: keys and values.
    fn maps(&mut self, state: &MasterState<'_>) {
        let maps: [(&str, _, Check, Check); 2] = [
            (
                "account_names",
                &state.account_names,
                validation::account_id,
                validation::non_empty,
            ),
            (
                "slack_webhook_parameters",
                &state.slack_webhook_parameters,
                validation::webhook_name,
                validation::ssm_parameter_reference,
            ),
        ];
        for (attribute, map, key_check, value_check) in maps {
            for (key, value) in map.as_ref_option().into_iter().flatten() {
                let path = AttributePath::new(attribute).key(key.to_string());
                self.check(path.clone(), attribute, key_check(key));
                if let Some(v) = value.as_deref_option() {
                    self.check(path, attribute, value_check(v));
                }
            }
        }
    }

    /// The notification policy's webhook and numbers. The runtime refuses to start when the
    /// policy names a webhook without a parameter: said now, on the attribute that names it.
    fn notification_policy(&mut self, state: &MasterState<'_>) {
        let Some(policy) = state.notification_policy.as_ref_option() else {
            if !declared(state, master::DEFAULT_WEBHOOK) {
                self.check(
                    AttributePath::new("slack_webhook_parameters"),
                    "slack_webhook_parameters",
                    Err(format!(
                        "without a notification_policy block every notification goes to webhook {:?}: declare it, or write notification_policy {{}} without default_webhook to send none",
                        master::DEFAULT_WEBHOOK
                    )),
                );
            }
            return;
        };
        let at = |name: &'static str| AttributePath::new("notification_policy").index(0).attribute(name);
        if let Some(webhook) = text(&policy.default_webhook) {
            let result = undeclared(state, webhook);
            self.check(
                at("default_webhook"),
                "notification_policy.default_webhook",
                result,
            );
        }
        let numbers = [
            (master::GROUPING_WINDOW_SECONDS, &policy.grouping_window_seconds),
            (master::REPEAT_INTERVAL_SECONDS, &policy.repeat_interval_seconds),
        ];
        for (setting, value) in numbers {
            if let (Some(v), Some((_, name))) = (number(value), setting.attribute.split_once('.')) {
                self.check(at(name), setting.attribute, setting.check(v));
            }
        }
    }

    fn routes(&mut self, state: &MasterState<'_>) {
        for (index, route) in state.route.as_ref_option().into_iter().flatten().enumerate() {
            let Some(route) = route.as_ref_option() else {
                continue;
            };
            let path = AttributePath::new("route").index(index as i64);
            if let Some(webhook) = text(&route.webhook) {
                let result = validation::webhook_name(webhook).and_then(|()| undeclared(state, webhook));
                self.check(path.clone().attribute("webhook"), "route.webhook", result);
            }
            if let Some(v) = text(&route.min_severity) {
                let result = validation::severity(v).map(|_| ());
                self.check(
                    path.clone().attribute("min_severity"),
                    "route.min_severity",
                    result,
                );
            }
            self.each(
                path.clone().attribute("accounts"),
                "route.accounts",
                &route.accounts,
                validation::account_id,
            );
            self.each(
                path.attribute("event_types"),
                "route.event_types",
                &route.event_types,
                |v| validation::event_type(v).map(|_| ()),
            );
        }
    }

    /// One block per function, with sizes in the contract's ranges.
    fn function_overrides(&mut self, state: &MasterState<'_>) {
        let mut overridden = Vec::new();
        for (index, block) in function_overrides(state).enumerate() {
            let path = AttributePath::new("function_override").index(index as i64);
            if let Some(v) = text(&block.function) {
                if let Some((former, name)) = renamed::former_override(v) {
                    self.diags.warning(
                        format!("function_override.function {former:?} is deprecated: use {name:?}"),
                        format!(
                            "{former} is the former name of {name}; it is read until {}",
                            functions::FORMER_CHECK_AGENTS.removed_in
                        ),
                        path.clone().attribute("function"),
                    );
                }
                let result = match FUNCTIONS.iter().find(|f| renamed::names(f, v)) {
                    None => Err(format!(
                        "must be one of {}, got {v:?}",
                        FUNCTIONS.map(|f| f.suffix()).join(", ")
                    )),
                    Some(f) if overridden.contains(&f.suffix()) => Err(format!(
                        "{} has a function_override already: one block per function",
                        f.suffix()
                    )),
                    Some(f) => {
                        overridden.push(f.suffix());
                        Ok(())
                    }
                };
                self.check(
                    path.clone().attribute("function"),
                    "function_override.function",
                    result,
                );
            }
            let sizes = [
                ("memory_size", &block.memory_size, functions::MEMORY_SIZE),
                ("timeout", &block.timeout, functions::MASTER_TIMEOUT),
            ];
            for (name, value, setting) in sizes {
                if let Some(v) = number(value) {
                    let at = path.clone().attribute(name);
                    self.check(at, &format!("function_override.{name}"), setting.check(v));
                }
            }
        }
    }

    /// One block per event type, naming a known type and severity.
    fn severity_rules(&mut self, state: &MasterState<'_>) {
        let mut ruled = Vec::new();
        for (index, rule) in severity_rules(state).enumerate() {
            let path = AttributePath::new("severity_rule").index(index as i64);
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
                self.check(
                    path.clone().attribute("event_type"),
                    "severity_rule.event_type",
                    result,
                );
            }
            if let Some(v) = text(&rule.severity) {
                let result = validation::severity(v).map(|_| ());
                self.check(path.attribute("severity"), "severity_rule.severity", result);
            }
        }
    }
}

/// Whether `destination` is a webhook with a parameter or a channel of the Slack app; nothing
/// can be said (so yes) while either map is unknown.
fn declared(state: &MasterState<'_>, destination: &str) -> bool {
    let named = |map: &ValueMap<'_, ValueString<'_>>| match map.as_ref_option() {
        Some(map) => map.keys().any(|name| name.as_ref() == destination),
        None => map.is_unknown(),
    };
    named(&state.slack_webhook_parameters) || named(&state.slack_channels)
}

/// Whether `name` is a webhook of `slack_webhook_parameters`.
fn is_webhook(state: &MasterState<'_>, name: &str) -> bool {
    state
        .slack_webhook_parameters
        .as_ref_option()
        .is_some_and(|map| map.keys().any(|key| key.as_ref() == name))
}

fn undeclared(state: &MasterState<'_>, webhook: &str) -> Result<(), Problem> {
    if declared(state, webhook) {
        Ok(())
    } else {
        Err(format!(
            "webhook {webhook:?} is declared neither in slack_webhook_parameters nor in slack_channels (the runtime would refuse to start)"
        ))
    }
}
