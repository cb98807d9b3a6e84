//! `awsmon_master`: the master's functions (handle-monitoring-events, daily-report,
//! update-deployment, api), their triggers (the ingest queue's event-source mapping, the
//! outbox, report and registry schedules, the REST API), their log groups, and the table the
//! runtime's schema owns. Roles, queues and the bus come from the module (`hashicorp/aws`), so
//! that every permission shows in the plan.

use std::collections::BTreeMap;

use async_trait::async_trait;
use awsmon_contract::functions::{
    self, Cadence, Component, Function, MASTER_SCHEDULES, Schedule, VERSION_TAG,
};
use awsmon_contract::{Number, master};
use awsmon_domain::monitoring_event::{EventType, SeverityPolicy, SeverityRule};
use awsmon_domain::notification::{NotificationPolicy, Route};
use awsmon_domain::{AccountId, Severity};
use serde::{Deserialize, Serialize};
use tf_provider::schema::{AttributeConstraint, AttributeType, Block, Description, NestedBlock, Schema};
use tf_provider::value::{Value, ValueBool, ValueEmpty, ValueList, ValueMap, ValueNumber, ValueString};
use tf_provider::{AttributePath, Diagnostics, Resource, map};

use crate::artifact::{self, Artifact};
use crate::aws::{self, DeployedFunction, FunctionSpec};
use crate::clients::Clients;
use crate::function::settings::{
    self, VpcConfigBlock, layers_back, log_group, own_tags, tags_back, vpc_back, vpc_config_block,
};
use crate::function::{self, FunctionUnit, ScheduleSpec};
use crate::provider::SharedClients;
use crate::resources::{configured, report, report_each, report_unit};
use crate::validation;
use crate::values::{
    attribute, number, number_attribute, string_list, string_map, strings, text, text_attribute, value_map,
};

const DEFAULT_STAGE: &str = "v1";
const DEFAULT_AUTHORIZATION: &str = "AWS_IAM";
const DEFAULT_MIN_SEVERITY: &str = "info";

/// The value of the `awsmon:component` tag of what this resource makes.
const COMPONENT: &str = Component::Master.tag();

/// One function of the master: the registry's entry, its embedded package and the attribute
/// holding its role.
#[derive(Debug, Clone, Copy)]
struct MasterFunction {
    function: Function,
    artifact: Artifact,
    role: for<'s, 'a> fn(&'s MasterState<'a>) -> &'s ValueString<'a>,
    role_mut: for<'s, 'a> fn(&'s mut MasterState<'a>) -> &'s mut ValueString<'a>,
}

impl MasterFunction {
    /// The suffix of the deployed function's name and the key of the computed maps.
    const fn suffix(&self) -> &'static str {
        self.function.name
    }
}

const FUNCTIONS: [MasterFunction; 4] = [
    MasterFunction {
        function: functions::HANDLE_MONITORING_EVENTS,
        artifact: artifact::HANDLE_MONITORING_EVENTS,
        role: |s| &s.handle_monitoring_events_role_arn,
        role_mut: |s| &mut s.handle_monitoring_events_role_arn,
    },
    MasterFunction {
        function: functions::DAILY_REPORT,
        artifact: artifact::DAILY_REPORT,
        role: |s| &s.daily_report_role_arn,
        role_mut: |s| &mut s.daily_report_role_arn,
    },
    MasterFunction {
        function: functions::UPDATE_DEPLOYMENT,
        artifact: artifact::UPDATE_DEPLOYMENT,
        role: |s| &s.update_deployment_role_arn,
        role_mut: |s| &mut s.update_deployment_role_arn,
    },
    MasterFunction {
        function: functions::API,
        artifact: artifact::API,
        role: |s| &s.api_role_arn,
        role_mut: |s| &mut s.api_role_arn,
    },
];

/// The numbers the user sets on the resource itself, each with the state field holding it.
fn numbers<'s, 'a>(state: &'s MasterState<'a>) -> [(&'static Number, &'s ValueNumber); 4] {
    [
        (&master::BATCH_SIZE, &state.batch_size),
        (&master::RETENTION_DAYS, &state.retention_days),
        (&functions::MEMORY_SIZE, &state.memory_size),
        (&functions::MASTER_TIMEOUT, &state.timeout),
    ]
}

/// The expression of a master schedule: fixed, or the `update_deployment_schedule` attribute.
fn schedule_expression(schedule: &Schedule, state: &MasterState<'_>) -> String {
    match schedule.cadence {
        Cadence::Fixed(expression) => expression.to_owned(),
        Cadence::Chosen { default, .. } => text(&state.update_deployment_schedule)
            .unwrap_or(default)
            .to_owned(),
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct MasterState<'a> {
    #[serde(borrow)]
    pub id: ValueString<'a>,
    pub name: ValueString<'a>,
    pub handle_monitoring_events_role_arn: ValueString<'a>,
    pub daily_report_role_arn: ValueString<'a>,
    pub update_deployment_role_arn: ValueString<'a>,
    pub api_role_arn: ValueString<'a>,
    pub ingest_queue_arn: ValueString<'a>,
    pub dlq_url: ValueString<'a>,
    pub kms_key_arn: ValueString<'a>,
    pub batch_size: ValueNumber,
    pub update_deployment_schedule: ValueString<'a>,
    #[serde(with = "crate::block")]
    pub notification_policy: Value<NotificationPolicyBlock<'a>>,
    pub route: ValueList<Value<RouteBlock<'a>>>,
    pub severity_rule: ValueList<Value<SeverityRuleBlock<'a>>>,
    pub function_override: ValueList<Value<FunctionOverrideBlock<'a>>>,
    pub slack_webhook_parameters: ValueMap<'a, ValueString<'a>>,
    pub account_names: ValueMap<'a, ValueString<'a>>,
    pub retention_days: ValueNumber,
    pub master_version: ValueString<'a>,
    pub api_stage_name: ValueString<'a>,
    pub api_authorization: ValueString<'a>,
    pub memory_size: ValueNumber,
    pub timeout: ValueNumber,
    pub layers: ValueList<ValueString<'a>>,
    #[serde(with = "crate::block")]
    pub vpc_config: Value<VpcConfigBlock<'a>>,
    pub architecture: ValueString<'a>,
    pub log_retention_days: ValueNumber,
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

#[derive(Debug, Clone)]
pub struct MasterResource {
    clients: SharedClients,
}

impl MasterResource {
    pub fn new(clients: SharedClients) -> Self {
        Self { clients }
    }
}

/// The event types a severity rule may name: the domain's, listed for messages.
fn event_types() -> String {
    EventType::ALL.map(EventType::as_str).join(", ")
}

fn schema() -> Schema {
    use AttributeConstraint::{Computed, Optional, OptionalComputed, Required};
    use AttributeType::{List, Map, Number, String};
    let strings = || List(String.into());
    let role = |function: &str| {
        attribute(
            String,
            Required,
            &format!("Execution role of the {function} function (from the master module)."),
        )
    };
    Schema {
        version: 0,
        block: Block {
            description: Description::plain(
                "The awsmon master: the handle-monitoring-events, daily-report, update-deployment and api functions, \
                 their triggers (the ingest queue's event-source mapping, the outbox, report and registry schedules, \
                 a REST API), their log groups and the DynamoDB table. Import with \
                 `terraform import awsmon_master.<label> <name>`.",
            ),
            attributes: map! {
                "id" => attribute(String, Computed, "The master's name."),
                "name" => attribute(String, Required, "Name of the table and REST API, and prefix of the functions (<name>-handle-monitoring-events, ...) and schedule rules. 3 to 39 characters. Changing it replaces the master."),
                "handle_monitoring_events_role_arn" => role("handle-monitoring-events"),
                "daily_report_role_arn" => role("daily-report"),
                "update_deployment_role_arn" => role("update-deployment"),
                "api_role_arn" => role("api"),
                "ingest_queue_arn" => attribute(String, Required, "ARN of the ingest queue handle-monitoring-events consumes (mapping with ReportBatchItemFailures)."),
                "dlq_url" => text_attribute(&master::DLQ_URL, Required),
                "kms_key_arn" => attribute(String, Optional, "Customer managed KMS key the table is encrypted with; AWS's own key when omitted."),
                "batch_size" => number_attribute(&master::BATCH_SIZE),
                "update_deployment_schedule" => attribute(String, OptionalComputed, "How often update-deployment checks the agents: rate(...) or cron(...). Default rate(5 minutes)."),
                "slack_webhook_parameters" => attribute(Map(String.into()), Optional, "Webhook name -> name of the SSM SecureString parameter holding its URL, or /aws/reference/secretsmanager/<secret> (AWSMON_SLACK_WEBHOOK_PARAMETERS). Never a URL."),
                "account_names" => attribute(Map(String.into()), Optional, "Account id -> name shown in messages (AWSMON_ACCOUNT_NAMES)."),
                "retention_days" => number_attribute(&master::RETENTION_DAYS),
                "master_version" => text_attribute(&master::MASTER_VERSION, OptionalComputed),
                "api_stage_name" => attribute(String, OptionalComputed, "Stage of the REST API. Default v1."),
                "api_authorization" => attribute(String, OptionalComputed, "How API callers authenticate: AWS_IAM (SigV4-signed requests, the default) or NONE."),
                "memory_size" => number_attribute(&functions::MEMORY_SIZE),
                "timeout" => number_attribute(&functions::MASTER_TIMEOUT),
                "layers" => attribute(strings(), Optional, "Extra Lambda layer ARNs of every function, e.g. the Lambda Insights extension."),
                "architecture" => attribute(String, OptionalComputed, "Instruction set; only x86_64 is available."),
                "log_retention_days" => attribute(Number, OptionalComputed, "Retention of the functions' log groups (/aws/lambda/<function>), days CloudWatch accepts. Default 30."),
                "tags" => attribute(Map(String.into()), Optional, "Tags of the functions, rules, table and REST API (with the provider's default_tags)."),
                "function_arns" => attribute(Map(String.into()), Computed, "Function ARN by function (handle-monitoring-events, daily-report, update-deployment, api)."),
                "code_sha256" => attribute(Map(String.into()), Computed, "Lambda CodeSha256 of each deployed function's package; the plan shows the embedded runtime's."),
                "schedules" => attribute(Map(String.into()), Computed, "Schedule expression by rule (outbox, daily-report, weekly-report, update-deployment); rules are named <name>-<key>."),
                "event_source_mapping_id" => attribute(String, Computed, "UUID of the ingest queue's event-source mapping."),
                "table_name" => text_attribute(&master::TABLE_NAME, Computed),
                "table_arn" => attribute(String, Computed, "ARN of the DynamoDB table."),
                "api_id" => attribute(String, Computed, "Id of the REST API."),
                "api_url" => attribute(String, Computed, "Invoke URL of the API's stage, https://<id>.execute-api.<region>.amazonaws.com/<stage> (AWSMON_API_BASE_URL)."),
                "runtime_version" => attribute(String, Computed, "The awsmon runtime version deployed."),
            },
            blocks: map! {
                "notification_policy" => NestedBlock::Optional(Block {
                    description: Description::plain("Grouping, repeats and the fallback webhook (AWSMON_NOTIFICATION_POLICY). Omitted: the runtime's default, everything to webhook \"default\" (which must then be declared)."),
                    attributes: map! {
                        "default_webhook" => attribute(String, Optional, "Webhook of notifications no route matches; omitted, they are not sent."),
                        "grouping_window_seconds" => number_attribute(&master::GROUPING_WINDOW_SECONDS),
                        "repeat_interval_seconds" => number_attribute(&master::REPEAT_INTERVAL_SECONDS),
                    },
                    ..Default::default()
                }),
                "route" => NestedBlock::List(Block {
                    description: Description::plain("A notification route, checked in order; every matching route gets the notification."),
                    attributes: map! {
                        "webhook" => attribute(String, Required, "Webhook name, declared in slack_webhook_parameters."),
                        "accounts" => attribute(strings(), Optional, "Only events of these account ids; all when omitted."),
                        "min_severity" => attribute(String, OptionalComputed, "Lowest severity routed: info, low, medium, high or critical. Default info."),
                        "event_types" => attribute(strings(), Optional, &format!("Only these event types (of {}); all when omitted.", event_types())),
                    },
                    ..Default::default()
                }),
                "severity_rule" => NestedBlock::List(Block {
                    description: Description::plain("The severity of an event type and whether it is notified as it happens (AWSMON_SEVERITY_POLICY); event types without a block keep the default table of docs/events.md. One block per event type."),
                    attributes: map! {
                        "event_type" => attribute(String, Required, &format!("Event type: one of {}.", event_types())),
                        "severity" => attribute(String, Required, "Its severity: info, low, medium, high or critical."),
                        "realtime" => attribute(AttributeType::Bool, OptionalComputed, "Notify Slack as it happens; otherwise the event only shows in reports. Default: the event type's default."),
                    },
                    ..Default::default()
                }),
                "function_override" => NestedBlock::List(Block {
                    description: Description::plain("Memory or timeout of one function instead of the shared memory_size and timeout (for example a longer timeout for daily-report). One block per function."),
                    attributes: map! {
                        "function" => attribute(String, Required, "The function: handle-monitoring-events, daily-report, update-deployment or api."),
                        "memory_size" => attribute(Number, Optional, "Its memory, 128 to 10240 MB; the shared memory_size when omitted."),
                        "timeout" => attribute(Number, Optional, "Its timeout, 1 to 900 s; the shared timeout when omitted."),
                    },
                    ..Default::default()
                }),
                "vpc_config" => vpc_config_block("Run the functions in a VPC (they then need a route to DynamoDB, SQS, SSM and Slack)."),
            },
            ..Default::default()
        },
    }
}

fn routes<'s, 'a>(state: &'s MasterState<'a>) -> impl Iterator<Item = &'s RouteBlock<'a>> {
    state
        .route
        .as_ref_option()
        .into_iter()
        .flatten()
        .filter_map(|r| r.as_ref_option())
}

/// Plan-time checks, each on its attribute's path; unknown values are checked at apply.
fn validate_config(state: &MasterState<'_>, diags: &mut Diagnostics) {
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

fn function_overrides<'s, 'a>(
    state: &'s MasterState<'a>,
) -> impl Iterator<Item = &'s FunctionOverrideBlock<'a>> {
    state
        .function_override
        .as_ref_option()
        .into_iter()
        .flatten()
        .filter_map(|block| block.as_ref_option())
}

fn override_of<'s, 'a>(
    state: &'s MasterState<'a>,
    function: &MasterFunction,
) -> Option<&'s FunctionOverrideBlock<'a>> {
    function_overrides(state).find(|block| text(&block.function) == Some(function.suffix()))
}

/// The memory `function` is given: its override, else the shared setting.
fn memory_of(state: &MasterState<'_>, function: &MasterFunction) -> i64 {
    override_of(state, function)
        .and_then(|block| number(&block.memory_size))
        .or(number(&state.memory_size))
        .unwrap_or(functions::MEMORY_SIZE.default)
}

/// The timeout `function` is given: its override, else the shared setting.
fn timeout_of(state: &MasterState<'_>, function: &MasterFunction) -> i64 {
    override_of(state, function)
        .and_then(|block| number(&block.timeout))
        .or(number(&state.timeout))
        .unwrap_or(functions::MASTER_TIMEOUT.default)
}

fn severity_rules<'s, 'a>(state: &'s MasterState<'a>) -> impl Iterator<Item = &'s SeverityRuleBlock<'a>> {
    state
        .severity_rule
        .as_ref_option()
        .into_iter()
        .flatten()
        .filter_map(|r| r.as_ref_option())
}

/// The severity policy as the runtime reads it, or None for the runtime's default table.
fn severity_policy(state: &MasterState<'_>) -> Option<SeverityPolicy> {
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

/// Fill what the user left out with awsmon's defaults, and what the provider will deploy.
fn with_defaults(mut state: MasterState<'_>) -> MasterState<'_> {
    for (value, default) in [
        (&mut state.batch_size, master::BATCH_SIZE.default),
        (&mut state.retention_days, master::RETENTION_DAYS.default),
        (&mut state.memory_size, functions::MEMORY_SIZE.default),
        (&mut state.timeout, functions::MASTER_TIMEOUT.default),
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
    if state.update_deployment_schedule.is_null()
        && let Some(default) = functions::default_schedule("update_deployment_schedule")
    {
        state.update_deployment_schedule = Value::Value(default.into());
    }
    state.runtime_version = Value::Value(artifact::RUNTIME_VERSION.into());
    state.code_sha256 = value_map(
        FUNCTIONS
            .iter()
            .map(|f| (f.suffix().to_owned(), f.artifact.code_sha256()))
            .collect(),
    );
    state.schedules = if state.update_deployment_schedule.is_unknown() {
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

/// The notification policy as the runtime reads it, or None for the runtime's default.
fn notification_policy(state: &MasterState<'_>) -> Option<NotificationPolicy> {
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

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The functions' environment (the same for all four): the single place attribute names meet
/// the runtime's settings (`docs/master.md`).
fn environment(state: &MasterState<'_>) -> BTreeMap<String, String> {
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
    let names = string_map(&state.account_names);
    put(
        master::ACCOUNT_NAMES.env,
        (!names.is_empty()).then(|| json(&names)),
    );
    put(
        master::RETENTION_DAYS.variable(),
        number(&state.retention_days).map(|v| v.to_string()),
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
fn list_back<'a>(items: Vec<String>, prior: &ValueList<ValueString<'a>>) -> ValueList<ValueString<'a>> {
    if items.is_empty() && !matches!(prior, Value::Value(v) if v.is_empty()) {
        Value::Null
    } else {
        string_list(items)
    }
}

/// Read back what [`environment`] wrote, so that a change made outside Terraform shows in the plan.
fn apply_environment<'a>(state: &mut MasterState<'a>, env: &BTreeMap<String, String>) {
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
    state.retention_days = env
        .get(master::RETENTION_DAYS.variable())
        .and_then(|v| v.parse().ok())
        .map(Value::Value)
        .unwrap_or(Value::Null);
    state.master_version = string(master::MASTER_VERSION.env);
    state.severity_rule = match env
        .get(master::SEVERITY_POLICY.env)
        .map(|raw| serde_json::from_str::<SeverityPolicy>(raw))
    {
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
    };
    let policy = env
        .get(master::NOTIFICATION_POLICY.env)
        .map(|raw| serde_json::from_str::<NotificationPolicy>(raw));
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

fn tags(state: &MasterState<'_>, clients: &Clients) -> BTreeMap<String, String> {
    let mut tags = settings::tags(&clients.default_tags, &state.tags, COMPONENT);
    tags.insert(VERSION_TAG.into(), artifact::RUNTIME_VERSION.into());
    tags
}

fn function_name(name: &str, function: &Function) -> String {
    format!("{name}-{}", function.name)
}

fn rule_name(name: &str, schedule: &Schedule) -> String {
    format!("{name}-{}", schedule.key)
}

/// One function's unit: the function, its log group and the schedules that run it.
fn unit(state: &MasterState<'_>, clients: &Clients, function: &MasterFunction) -> FunctionUnit {
    let name = text(&state.name).unwrap_or_default();
    FunctionUnit {
        spec: FunctionSpec {
            name: function_name(name, &function.function),
            layers: strings(&state.layers),
            vpc: settings::vpc(&state.vpc_config),
            role_arn: text((function.role)(state)).unwrap_or_default().to_owned(),
            memory_size: memory_of(state, function) as i32,
            timeout: timeout_of(state, function) as i32,
            environment: environment(state),
            tags: tags(state, clients),
        },
        artifact: function.artifact,
        log_retention_days: number(&state.log_retention_days).unwrap_or(functions::DEFAULT_LOG_RETENTION_DAYS)
            as i32,
        schedules: MASTER_SCHEDULES
            .iter()
            .filter(|schedule| schedule.function == function.function)
            .map(|schedule| ScheduleSpec {
                rule: rule_name(name, schedule),
                expression: schedule_expression(schedule, state),
                input: schedule.input,
            })
            .collect(),
    }
}

fn api_url(region: &str, api_id: &str, stage: &str) -> String {
    format!("https://{api_id}.execute-api.{region}.amazonaws.com/{stage}")
}

/// Computed values still unknown after a failed apply become null: Terraform keeps the state
/// (the next apply converges from it) but refuses unknown values in it.
fn settle(mut state: MasterState<'_>) -> MasterState<'_> {
    for value in [
        &mut state.event_source_mapping_id,
        &mut state.table_arn,
        &mut state.api_id,
        &mut state.api_url,
    ] {
        if value.is_unknown() {
            *value = Value::Null;
        }
    }
    if state.function_arns.is_unknown() {
        state.function_arns = Value::Null;
    }
    state
}

impl MasterResource {
    /// Bring everything to `planned`, creating what is missing (create, update, and the apply
    /// after a failed one all come here). Stops at the first failure, with what is done in state.
    async fn converge<'a>(
        &self,
        clients: &Clients,
        diags: &mut Diagnostics,
        planned: MasterState<'a>,
    ) -> MasterState<'a> {
        let mut state = planned;
        let name = text(&state.name).unwrap_or_default().to_owned();
        let tags = tags(&state, clients);
        match aws::put_master_table(clients, &name, text(&state.kms_key_arn), &tags).await {
            Ok(arn) => state.table_arn = Value::Value(arn.into()),
            Err(error) => {
                report(diags, "Cannot create the master's table", error);
                return settle(state);
            }
        }
        // The API's URL is in every function's environment: the API exists before them.
        let stage = text(&state.api_stage_name).unwrap_or(DEFAULT_STAGE).to_owned();
        match aws::put_rest_api(clients, text(&state.api_id), &name, &tags).await {
            Ok(id) => {
                state.api_url = Value::Value(api_url(&clients.region, &id, &stage).into());
                state.api_id = Value::Value(id.into());
            }
            Err(error) => {
                report(diags, "Cannot create the master's REST API", error);
                return settle(state);
            }
        }
        let mut arns = BTreeMap::new();
        for function in FUNCTIONS {
            match unit(&state, clients, &function).converge(clients).await {
                Ok(arn) => arns.insert(function.suffix().to_owned(), arn),
                Err(error) => {
                    if let Some(arn) = error.arn.clone() {
                        arns.insert(function.suffix().to_owned(), arn);
                    }
                    report_unit(diags, "Cannot deploy a master function", error);
                    if !arns.is_empty() {
                        state.function_arns = value_map(arns);
                    }
                    return settle(state);
                }
            };
        }
        state.function_arns = value_map(arns.clone());
        let arn_of = |function: &Function| arns.get(function.name).cloned().unwrap_or_default();
        let batch_size = number(&state.batch_size).unwrap_or(master::BATCH_SIZE.default) as i32;
        match aws::put_queue_mapping(
            clients,
            &function_name(&name, &functions::HANDLE_MONITORING_EVENTS),
            text(&state.ingest_queue_arn).unwrap_or_default(),
            batch_size,
        )
        .await
        {
            Ok(uuid) => state.event_source_mapping_id = Value::Value(uuid.into()),
            Err(error) => {
                report(
                    diags,
                    "Cannot map the ingest queue to handle-monitoring-events",
                    error,
                );
                return settle(state);
            }
        }
        let authorization = text(&state.api_authorization)
            .unwrap_or(DEFAULT_AUTHORIZATION)
            .to_owned();
        if let Err(error) = aws::put_api_proxy(
            clients,
            text(&state.api_id).unwrap_or_default(),
            &arn_of(&functions::API),
            &stage,
            &authorization,
        )
        .await
        {
            report(diags, "Cannot wire the REST API to the api function", error);
        }
        settle(state)
    }
}

/// Of the functions found, the one whose configuration differs from `expected` (so that a
/// change to any of them shows in the plan), else the first.
fn representative<'d>(
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
fn shared_setting(values: &[i64], expected: Option<i64>) -> Option<i64> {
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
fn not_overridden(
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
fn read_back_sizes(state: &mut MasterState<'_>, found: &[(MasterFunction, DeployedFunction)]) {
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
            && let Some((_, d)) = found.iter().find(|(f, _)| text(&b.function) == Some(f.suffix()))
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

#[async_trait]
impl Resource for MasterResource {
    type State<'a> = MasterState<'a>;
    type PrivateState<'a> = ValueEmpty;
    type ProviderMetaState<'a> = ValueEmpty;

    fn schema(&self, _diags: &mut Diagnostics) -> Option<Schema> {
        Some(schema())
    }

    async fn validate<'a>(&self, diags: &mut Diagnostics, config: Self::State<'a>) -> Option<()> {
        validate_config(&config, diags);
        Some(())
    }

    async fn read<'a>(
        &self,
        diags: &mut Diagnostics,
        state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        let name = text(&state.name).or(text(&state.id))?.to_owned();
        let mut found = Vec::new();
        for function in FUNCTIONS {
            match aws::read_function(&clients, &function_name(&name, &function.function)).await {
                Ok(Some(deployed)) => found.push((function, deployed)),
                Ok(None) => {}
                Err(error) => {
                    report(diags, "Cannot read a master function", error);
                    return Some((state, private_state));
                }
            }
        }
        let table = match aws::read_table(&clients, &name).await {
            Ok(table) => table,
            Err(error) => {
                report(diags, "Cannot read the master's table", error);
                return Some((state, private_state));
            }
        };
        if found.is_empty() && table.is_none() {
            return None; // deleted outside Terraform: the plan will create it again
        }
        let mut state = state;
        state.id = Value::Value(name.clone().into());
        state.name = Value::Value(name.clone().into());
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
        for (function, deployed) in &found {
            *(function.role_mut)(&mut state) = Value::Value(deployed.role_arn.clone().into());
        }
        let expected = environment(&state);
        read_back_sizes(&mut state, &found);
        if let Some(deployed) = representative(&found, &expected, &state).cloned() {
            state.layers = layers_back(&deployed.layers, &state.layers);
            state.vpc_config = vpc_back(deployed.vpc.as_ref());
            state.api_url = deployed
                .environment
                .get(master::API_BASE_URL.env)
                .map(|v| Value::Value(v.clone().into()))
                .unwrap_or(Value::Null);
            apply_environment(&mut state, &deployed.environment);
            state.tags = tags_back(
                own_tags(&deployed.tags, &clients.default_tags, &[VERSION_TAG]),
                &state.tags,
            );
            state.runtime_version = deployed
                .tags
                .get(VERSION_TAG)
                .map(|v| Value::Value(v.clone().into()))
                .unwrap_or(Value::Null);
        }
        match &table {
            Some(table) => {
                state.table_name = Value::Value(name.clone().into());
                state.table_arn = Value::Value(table.arn.clone().into());
                state.kms_key_arn = table
                    .kms_key_arn
                    .clone()
                    .map(|k| Value::Value(k.into()))
                    .unwrap_or(Value::Null);
                // TTL turned off outside Terraform: shown as a missing table ARN, put back by update.
                match aws::ttl_enabled(&clients, &name).await {
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
        match aws::read_queue_mapping(
            &clients,
            &function_name(&name, &functions::HANDLE_MONITORING_EVENTS),
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
        let deployed_arn = |function: &Function| {
            found
                .iter()
                .find(|(f, _)| f.function == *function)
                .map(|(_, d)| d.arn.clone())
        };
        // Each function's policy, read once: its schedules and the API check their permission in it.
        let mut permissions: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for (function, deployed) in &found {
            match aws::permission_ids(&clients, &deployed.arn).await {
                Ok(ids) => {
                    permissions.insert(function.suffix(), ids);
                }
                Err(error) => report(diags, "Cannot read a master function's permissions", error),
            }
        }
        let mut schedules = BTreeMap::new();
        for schedule in MASTER_SCHEDULES {
            let rule = rule_name(&name, &schedule);
            let function = function_name(&name, &schedule.function);
            // A missing function is shown (and put back with its schedules) already.
            let read = match (
                deployed_arn(&schedule.function),
                permissions.get(schedule.function.name),
            ) {
                (Some(arn), Some(granted)) => {
                    function::read_schedule(&clients, diags, &rule, &function, &arn, schedule.input, granted)
                        .await
                }
                _ => aws::read_schedule(&clients, &rule).await,
            };
            match read {
                Ok(Some(expression)) => {
                    if matches!(schedule.cadence, Cadence::Chosen { .. }) {
                        state.update_deployment_schedule = Value::Value(expression.clone().into());
                    }
                    schedules.insert(schedule.key.to_owned(), expression);
                }
                // Left out of `schedules`: the plan shows the schedule put back.
                Ok(None) => {}
                Err(error) => report(diags, "Cannot read a master schedule", error),
            }
        }
        state.schedules = value_map(schedules);
        match aws::find_rest_api(&clients, text(&state.api_id), &name).await {
            Ok(Some(id)) => match aws::read_rest_api(&clients, &id).await {
                Ok(Some(api)) => {
                    let stage = text(&state.api_stage_name)
                        .filter(|s| api.stages.iter().any(|found| found == s))
                        .map(str::to_owned)
                        .or_else(|| api.stages.first().cloned());
                    state.api_stage_name = stage.map(|s| Value::Value(s.into())).unwrap_or(Value::Null);
                    state.api_authorization = api
                        .authorization
                        .map(|a| Value::Value(a.into()))
                        .unwrap_or(Value::Null);
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
        if state.architecture.is_null() {
            state.architecture = Value::Value("x86_64".into());
        }
        match aws::read_log_group_retention(
            &clients,
            &log_group(&function_name(&name, &functions::HANDLE_MONITORING_EVENTS)),
        )
        .await
        {
            Ok(days) => {
                state.log_retention_days = days.map(|d| Value::Value(i64::from(d))).unwrap_or(Value::Null)
            }
            Err(error) => report(diags, "Cannot read the functions' log group", error),
        }
        Some((state, private_state))
    }

    async fn plan_create<'a>(
        &self,
        _diags: &mut Diagnostics,
        proposed_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let mut state = with_defaults(proposed_state);
        state.id = state.name.clone();
        state.function_arns = Value::Unknown;
        state.event_source_mapping_id = Value::Unknown;
        state.table_arn = Value::Unknown;
        state.api_id = Value::Unknown;
        state.api_url = Value::Unknown;
        Some((state, ValueEmpty::default()))
    }

    async fn plan_update<'a>(
        &self,
        _diags: &mut Diagnostics,
        prior_state: Self::State<'a>,
        proposed_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        prior_private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>, Vec<AttributePath>)> {
        let mut state = with_defaults(proposed_state);
        let mut replace = Vec::new();
        if state.name != prior_state.name {
            replace.push(AttributePath::new("name"));
            state.id = state.name.clone();
            state.function_arns = Value::Unknown;
            state.event_source_mapping_id = Value::Unknown;
            state.table_arn = Value::Unknown;
            state.api_id = Value::Unknown;
            state.api_url = Value::Unknown;
            return Some((state, prior_private_state, replace));
        }
        state.id = prior_state.id.clone();
        let keep_known = |prior: &ValueString<'a>| {
            if prior.is_null() {
                Value::Unknown
            } else {
                prior.clone()
            }
        };
        let all_functions = prior_state
            .function_arns
            .as_ref_option()
            .is_some_and(|arns| FUNCTIONS.iter().all(|f| arns.contains_key(f.suffix())));
        state.function_arns = if all_functions {
            prior_state.function_arns.clone()
        } else {
            Value::Unknown
        };
        state.table_arn = keep_known(&prior_state.table_arn);
        state.api_id = keep_known(&prior_state.api_id);
        state.api_url = if state.api_stage_name == prior_state.api_stage_name {
            keep_known(&prior_state.api_url)
        } else {
            Value::Unknown
        };
        state.event_source_mapping_id = if state.ingest_queue_arn == prior_state.ingest_queue_arn {
            keep_known(&prior_state.event_source_mapping_id)
        } else {
            Value::Unknown
        };
        Some((state, prior_private_state, replace))
    }

    async fn plan_destroy<'a>(
        &self,
        _diags: &mut Diagnostics,
        _prior_state: Self::State<'a>,
        prior_private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<Self::PrivateState<'a>> {
        Some(prior_private_state)
    }

    async fn create<'a>(
        &self,
        diags: &mut Diagnostics,
        planned_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        validate_config(&planned_state, diags);
        if !diags.errors.is_empty() {
            return None;
        }
        let state = self.converge(&clients, diags, planned_state).await;
        Some((state, private_state))
    }

    async fn update<'a>(
        &self,
        diags: &mut Diagnostics,
        prior_state: Self::State<'a>,
        planned_state: Self::State<'a>,
        _config_state: Self::State<'a>,
        private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        let clients = configured(&self.clients, diags)?.clone();
        validate_config(&planned_state, diags);
        if !diags.errors.is_empty() {
            return Some((prior_state, private_state));
        }
        let mut planned = planned_state;
        // The known id finds the API; an unknown one (deleted outside) makes a new API.
        if planned.api_id.is_unknown() {
            planned.api_id = Value::Null;
        }
        let state = self.converge(&clients, diags, planned).await;
        Some((state, private_state))
    }

    async fn destroy<'a>(
        &self,
        diags: &mut Diagnostics,
        state: Self::State<'a>,
        _private_state: Self::PrivateState<'a>,
        _meta: Self::ProviderMetaState<'a>,
    ) -> Option<()> {
        let clients = configured(&self.clients, diags)?.clone();
        let name = text(&state.name).or(text(&state.id))?.to_owned();
        // The mapping first: nothing must start the function while it goes.
        let mut steps = vec![
            aws::delete_queue_mappings(
                &clients,
                &function_name(&name, &functions::HANDLE_MONITORING_EVENTS),
            )
            .await,
        ];
        for function in FUNCTIONS {
            let rules: Vec<String> = MASTER_SCHEDULES
                .iter()
                .filter(|schedule| schedule.function == function.function)
                .map(|schedule| rule_name(&name, schedule))
                .collect();
            let function = function_name(&name, &function.function);
            steps.extend(FunctionUnit::destroy(&clients, &function, &rules).await);
        }
        match aws::find_rest_api(&clients, text(&state.api_id), &name).await {
            Ok(Some(id)) => steps.push(aws::delete_rest_api(&clients, &id).await),
            Ok(None) => {}
            Err(error) => steps.push(Err(error)),
        }
        steps.push(aws::delete_table(&clients, &name).await);
        report_each(diags, "Cannot remove the master", steps).then_some(())
    }

    async fn import<'a>(
        &self,
        diags: &mut Diagnostics,
        id: String,
    ) -> Option<(Self::State<'a>, Self::PrivateState<'a>)> {
        if let Err(problem) = validation::master_name(&id) {
            diags.root_error(
                "Invalid import id",
                format!("expected the master's name: {problem}"),
            );
            return None;
        }
        let state = MasterState {
            id: Value::Value(id.clone().into()),
            name: Value::Value(id.into()),
            route: Value::Value(vec![]),
            severity_rule: Value::Value(vec![]),
            function_override: Value::Value(vec![]),
            ..Default::default()
        };
        Some((state, ValueEmpty::default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLE: &str = "arn:aws:iam::111111111111:role/awsmon-master";

    fn config() -> MasterState<'static> {
        MasterState {
            name: Value::Value("awsmon".into()),
            handle_monitoring_events_role_arn: Value::Value(ROLE.into()),
            daily_report_role_arn: Value::Value(ROLE.into()),
            update_deployment_role_arn: Value::Value(ROLE.into()),
            api_role_arn: Value::Value(ROLE.into()),
            ingest_queue_arn: Value::Value("arn:aws:sqs:eu-west-1:111111111111:awsmon-ingest".into()),
            dlq_url: Value::Value("https://sqs.eu-west-1.amazonaws.com/111111111111/awsmon-dlq".into()),
            slack_webhook_parameters: value_map(BTreeMap::from([
                ("default".to_owned(), "/awsmon/slack-default".to_owned()),
                (
                    "prod".to_owned(),
                    "/aws/reference/secretsmanager/awsmon-prod".to_owned(),
                ),
            ])),
            route: Value::Value(vec![]),
            ..Default::default()
        }
    }

    fn route(webhook: &str) -> Value<RouteBlock<'static>> {
        Value::Value(RouteBlock {
            webhook: Value::Value(webhook.to_owned().into()),
            accounts: Value::Value(vec![Value::Value("222222222222".into())]),
            min_severity: Value::Value("high".into()),
            event_types: Value::Null,
        })
    }

    fn paths(diags: &Diagnostics) -> Vec<String> {
        diags
            .errors
            .iter()
            .map(|d| format!("{:?}", d.attribute))
            .collect()
    }

    /// Each number is the contract's: the schema describes it with its range and default,
    /// validation refuses one past either end on its attribute, and an unset one gets the
    /// default; the ones the runtime reads reach it as the runtime parses them.
    #[test]
    fn every_number_is_the_contracts_in_schema_validation_defaults_and_environment() {
        let schema = schema();
        let mut planned = config();
        planned.notification_policy = Value::Value(NotificationPolicyBlock {
            default_webhook: Value::Value("default".into()),
            ..Default::default()
        });
        let planned = with_defaults(planned);
        let policy = planned.notification_policy.as_ref_option().unwrap();
        let policy_numbers = [
            (&master::GROUPING_WINDOW_SECONDS, &policy.grouping_window_seconds),
            (&master::REPEAT_INTERVAL_SECONDS, &policy.repeat_interval_seconds),
        ];
        let NestedBlock::Optional(policy_block) = &schema.block.blocks["notification_policy"] else {
            panic!("notification_policy is an optional block");
        };
        for (setting, value) in numbers(&planned).into_iter().chain(policy_numbers) {
            let (block, name) = match setting.attribute.split_once('.') {
                Some((_, name)) => (&policy_block.attributes, name),
                None => (&schema.block.attributes, setting.attribute),
            };
            assert_eq!(block[name].description.content, setting.description());
            assert_eq!(number(value), Some(setting.default), "{}", setting.attribute);
            for (v, valid) in [
                (setting.min, true),
                (setting.max, true),
                (setting.min - 1, false),
                (setting.max + 1, false),
            ] {
                let mut state = planned.clone();
                match setting.attribute {
                    "batch_size" => state.batch_size = Value::Value(v),
                    "retention_days" => state.retention_days = Value::Value(v),
                    "memory_size" => state.memory_size = Value::Value(v),
                    "timeout" => state.timeout = Value::Value(v),
                    "notification_policy.grouping_window_seconds" => {
                        if let Value::Value(p) = &mut state.notification_policy {
                            p.grouping_window_seconds = Value::Value(v);
                        }
                    }
                    "notification_policy.repeat_interval_seconds" => {
                        if let Value::Value(p) = &mut state.notification_policy {
                            p.repeat_interval_seconds = Value::Value(v);
                        }
                    }
                    other => panic!("{other} is a new number: set it here"),
                }
                let mut diags = Diagnostics::default();
                validate_config(&state, &mut diags);
                let range = setting.range();
                let on_it = diags.errors.iter().any(|d| d.detail.contains(&range));
                assert_eq!(!on_it, valid, "{} = {v}: {:?}", setting.attribute, diags.errors);
            }
        }
        let env = environment(&planned);
        let parsed = awsmon_master::config::IngestConfig::from_lookup(|k| env.get(k).cloned()).unwrap();
        assert_eq!(i64::from(parsed.retention_days), master::RETENTION_DAYS.default);
        assert_eq!(
            parsed.notification_policy.grouping_window_secs,
            master::GROUPING_WINDOW_SECONDS.default.unsigned_abs()
        );
    }

    #[test]
    fn the_environment_uses_the_runtimes_names_and_reads_back() {
        let mut planned = config();
        planned.notification_policy = Value::Value(NotificationPolicyBlock {
            default_webhook: Value::Value("default".into()),
            grouping_window_seconds: Value::Value(60),
            repeat_interval_seconds: Value::Null,
        });
        planned.route = Value::Value(vec![route("prod")]);
        planned.account_names = value_map(BTreeMap::from([("222222222222".to_owned(), "prod".to_owned())]));
        planned.api_url = Value::Value("https://abc.execute-api.eu-west-1.amazonaws.com/v1".into());
        let planned = with_defaults(planned);
        let env = environment(&planned);
        assert_eq!(env["AWSMON_TABLE_NAME"], "awsmon");
        assert_eq!(env["AWSMON_RETENTION_DAYS"], "90");
        assert_eq!(env["AWSMON_MASTER_VERSION"], artifact::RUNTIME_VERSION);
        assert_eq!(
            env["AWSMON_API_BASE_URL"],
            "https://abc.execute-api.eu-west-1.amazonaws.com/v1"
        );
        let policy: serde_json::Value = serde_json::from_str(&env["AWSMON_NOTIFICATION_POLICY"]).unwrap();
        assert_eq!(policy["grouping_window_secs"], 60);
        assert_eq!(policy["repeat_interval_secs"], 14_400);
        assert_eq!(policy["routes"][0]["min_severity"], "high");
        // The runtime parses exactly what the provider writes.
        let parsed = awsmon_master::config::IngestConfig::from_lookup(|k| env.get(k).cloned()).unwrap();
        assert_eq!(parsed.notification_policy.routes[0].webhook, "prod");
        assert_eq!(parsed.webhook_parameters.len(), 2);

        let mut read = MasterState {
            notification_policy: planned.notification_policy.clone(),
            route: planned.route.clone(),
            ..Default::default()
        };
        apply_environment(&mut read, &env);
        assert_eq!(read.notification_policy, planned.notification_policy);
        assert_eq!(read.route, planned.route);
        assert_eq!(read.slack_webhook_parameters, planned.slack_webhook_parameters);
        assert_eq!(read.account_names, planned.account_names);
        assert_eq!(read.retention_days, planned.retention_days);
        assert_eq!(read.dlq_url, planned.dlq_url);
        assert_eq!(read.master_version, planned.master_version);
    }

    #[test]
    fn without_a_policy_block_the_runtimes_default_applies_and_reads_back_as_none() {
        let planned = with_defaults(config());
        let env = environment(&planned);
        assert!(!env.contains_key("AWSMON_NOTIFICATION_POLICY"));
        let mut read = MasterState::default();
        apply_environment(&mut read, &env);
        assert!(read.notification_policy.is_null());
        assert_eq!(read.route, Value::Value(vec![]));
        assert!(read.account_names.is_null());
    }

    #[test]
    fn invalid_settings_are_diagnosed_on_their_attribute() {
        let mut bad = config();
        bad.memory_size = Value::Value(64);
        bad.timeout = Value::Value(901);
        bad.batch_size = Value::Value(11);
        bad.architecture = Value::Value("arm64".into());
        bad.log_retention_days = Value::Value(31);
        bad.update_deployment_schedule = Value::Value("every 5 minutes".into());
        bad.api_role_arn = Value::Value("arn:aws:iam::111111111111:user/x".into());
        bad.ingest_queue_arn = Value::Value("awsmon-ingest".into());
        bad.slack_webhook_parameters = value_map(BTreeMap::from([(
            "default".to_owned(),
            "https://hooks.slack.com/services/T/B/X".to_owned(),
        )]));
        bad.route = Value::Value(vec![route("undeclared")]);
        bad.function_override = Value::Value(
            [("reports", 512, 60), ("api", 64, 901), ("api", 256, 30)]
                .map(|(function, memory_size, timeout)| {
                    Value::Value(FunctionOverrideBlock {
                        function: Value::Value(function.into()),
                        memory_size: Value::Value(memory_size),
                        timeout: Value::Value(timeout),
                    })
                })
                .to_vec(),
        );
        let mut diags = Diagnostics::default();
        validate_config(&bad, &mut diags);
        let paths = paths(&diags);
        assert_eq!(diags.errors.len(), 14, "{paths:?}");
        for expected in [
            r#"Attribute("function_override"), Index(0), Attribute("function")"#,
            r#"Attribute("function_override"), Index(1), Attribute("memory_size")"#,
            r#"Attribute("function_override"), Index(1), Attribute("timeout")"#,
            r#"Attribute("function_override"), Index(2), Attribute("function")"#,
        ] {
            assert!(
                paths.iter().any(|p| p.contains(expected)),
                "{expected} not in {paths:?}"
            );
        }
        for expected in [
            "memory_size",
            "timeout",
            "batch_size",
            "architecture",
            "log_retention_days",
            "update_deployment_schedule",
            "api_role_arn",
            "ingest_queue_arn",
            "slack_webhook_parameters",
            "route",
        ] {
            assert!(
                paths.iter().any(|p| p.contains(expected)),
                "{expected} not in {paths:?}"
            );
        }
    }

    fn severity_rule(
        event_type: &str,
        severity: &str,
        realtime: Option<bool>,
    ) -> Value<SeverityRuleBlock<'static>> {
        Value::Value(SeverityRuleBlock {
            event_type: Value::Value(event_type.to_owned().into()),
            severity: Value::Value(severity.to_owned().into()),
            realtime: realtime.map_or(Value::Null, Value::Value),
        })
    }

    #[test]
    fn severity_rules_reach_the_runtime_and_read_back() {
        let mut planned = config();
        planned.severity_rule = Value::Value(vec![
            severity_rule("error-log", "critical", None),
            severity_rule("heartbeat", "low", Some(true)),
        ]);
        let planned = with_defaults(planned);
        // An omitted realtime is the event type's default (error logs go to reports only).
        assert_eq!(
            planned.severity_rule,
            Value::Value(vec![
                severity_rule("error-log", "critical", Some(false)),
                severity_rule("heartbeat", "low", Some(true)),
            ])
        );
        let env = environment(&planned);
        let parsed = awsmon_master::config::IngestConfig::from_lookup(|k| env.get(k).cloned()).unwrap();
        let rule = parsed.severity_policy.rule(EventType::ErrorLog);
        assert_eq!((rule.severity, rule.realtime), (Severity::Critical, false));
        let rule = parsed.severity_policy.rule(EventType::Heartbeat);
        assert_eq!((rule.severity, rule.realtime), (Severity::Low, true));
        // Types without a rule keep the default table.
        assert_eq!(
            parsed.severity_policy.rule(EventType::Alarm),
            SeverityPolicy::default().rule(EventType::Alarm)
        );

        let mut read = MasterState::default();
        apply_environment(&mut read, &env);
        assert_eq!(read.severity_rule, planned.severity_rule);

        let without = environment(&with_defaults(config()));
        assert!(!without.contains_key("AWSMON_SEVERITY_POLICY"));
        apply_environment(&mut read, &without);
        assert_eq!(read.severity_rule, Value::Value(vec![]));
    }

    fn deployed(memory_size: i64, timeout: i64) -> DeployedFunction {
        DeployedFunction {
            arn: String::new(),
            role_arn: ROLE.into(),
            memory_size: memory_size as i32,
            timeout: timeout as i32,
            environment: BTreeMap::new(),
            code_sha256: String::new(),
            tags: BTreeMap::new(),
            layers: Vec::new(),
            vpc: None,
        }
    }

    #[test]
    fn a_function_override_applies_to_its_function_and_reads_back() {
        let mut planned = config();
        planned.function_override = Value::Value(vec![Value::Value(FunctionOverrideBlock {
            function: Value::Value("daily-report".into()),
            memory_size: Value::Null,
            timeout: Value::Value(300),
        })]);
        let planned = with_defaults(planned);
        let specs: Vec<(i64, i64)> = FUNCTIONS
            .iter()
            .map(|f| (memory_of(&planned, f), timeout_of(&planned, f)))
            .collect();
        assert_eq!(specs, [(256, 30), (256, 300), (256, 30), (256, 30)]);
        let mut found: Vec<(MasterFunction, DeployedFunction)> = FUNCTIONS
            .iter()
            .zip(&specs)
            .map(|(f, (memory, timeout))| (*f, deployed(*memory, *timeout)))
            .collect();
        let read = |found: &[(MasterFunction, DeployedFunction)], prior: &MasterState<'static>| {
            let mut state = prior.clone();
            read_back_sizes(&mut state, found);
            state
        };
        let back = read(&found, &planned);
        assert_eq!(back.function_override, planned.function_override);
        assert_eq!(
            (back.memory_size, back.timeout),
            (Value::Value(256), Value::Value(30))
        );

        // Imported: the function that differs from the others gets its block back.
        let imported = read(&found, &MasterState::default());
        assert_eq!(imported.function_override, planned.function_override);
        assert_eq!(
            (imported.memory_size, imported.timeout),
            (Value::Value(256), Value::Value(30))
        );

        // Changed outside Terraform: the overridden timeout shows on its block, the memory it
        // shares on the shared setting (both put back by the next apply).
        found[1].1.timeout = 60;
        found[1].1.memory_size = 1024;
        let drifted = read(&found, &planned);
        assert_eq!(
            drifted.function_override,
            Value::Value(vec![Value::Value(FunctionOverrideBlock {
                function: Value::Value("daily-report".into()),
                memory_size: Value::Null,
                timeout: Value::Value(60),
            })])
        );
        assert_eq!(drifted.memory_size, Value::Value(1024));
        found[3].1.timeout = 10;
        assert_eq!(read(&found, &planned).timeout, Value::Value(10));
    }

    #[test]
    fn a_bad_or_repeated_severity_rule_is_diagnosed_on_its_block() {
        let mut bad = config();
        bad.severity_rule = Value::Value(vec![
            severity_rule("alarm", "high", None),
            severity_rule("alarms", "urgent", None),
            severity_rule("alarm", "low", None),
        ]);
        let mut diags = Diagnostics::default();
        validate_config(&bad, &mut diags);
        let paths: Vec<String> = paths(&diags)
            .into_iter()
            .filter(|p| p.contains("severity_rule"))
            .collect();
        assert_eq!(paths.len(), 3, "{paths:?}");
        for expected in [
            r#"Index(1), Attribute("event_type")"#,
            r#"Index(1), Attribute("severity")"#,
            r#"Index(2), Attribute("event_type")"#,
        ] {
            assert!(
                paths.iter().any(|p| p.contains(expected)),
                "{expected} not in {paths:?}"
            );
        }
    }

    #[test]
    fn the_default_webhook_must_be_declared_unless_a_policy_says_otherwise() {
        let mut state = config();
        state.slack_webhook_parameters = Value::Null;
        let mut diags = Diagnostics::default();
        validate_config(&state, &mut diags);
        assert_eq!(paths(&diags).len(), 1);
        assert!(paths(&diags)[0].contains("slack_webhook_parameters"));
        state.notification_policy = Value::Value(NotificationPolicyBlock::default());
        let mut diags = Diagnostics::default();
        validate_config(&state, &mut diags);
        assert!(diags.errors.is_empty(), "{:?}", paths(&diags));
        state.slack_webhook_parameters = Value::Unknown;
        state.route = Value::Value(vec![route("anything")]);
        let mut diags = Diagnostics::default();
        validate_config(&state, &mut diags);
        assert!(diags.errors.is_empty(), "unknown webhooks are checked at apply");
    }

    #[test]
    fn the_plan_carries_every_embedded_function_and_schedule() {
        let planned = with_defaults(config());
        let hashes = planned.code_sha256.as_ref_option().unwrap();
        assert_eq!(hashes.len(), 4);
        assert_eq!(
            hashes["api"].as_deref_option(),
            Some(artifact::API.code_sha256().as_str())
        );
        let schedules = string_map(&planned.schedules);
        assert_eq!(schedules["outbox"], "rate(1 minute)");
        assert_eq!(schedules["daily-report"], "cron(5 0 * * ? *)");
        assert_eq!(schedules["weekly-report"], "cron(10 0 ? * MON *)");
        assert_eq!(schedules["update-deployment"], "rate(5 minutes)");
        for schedule in MASTER_SCHEDULES {
            assert!(validation::schedule_expression(&schedule_expression(&schedule, &planned)).is_ok());
        }
        assert!(function_name("a".repeat(39).as_str(), &functions::HANDLE_MONITORING_EVENTS).len() <= 64);
    }
}
