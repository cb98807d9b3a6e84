//! The `awsmon_master` schema: attributes described from the contract.

use awsmon_contract::functions::{self, FORMER_CHECK_AGENTS};
use awsmon_contract::master;
use awsmon_domain::monitoring_event::EventType;
use tf_provider::map;
use tf_provider::schema::{
    Attribute, AttributeConstraint, AttributeType, Block, Description, NestedBlock, Schema,
};

use crate::function::settings::{dead_letter_queue_attribute, vpc_config_block};
use crate::values::{attribute, number_attribute, text_attribute};

/// The event types a severity rule may name: the domain's, listed for messages.
pub(super) fn event_types() -> String {
    EventType::ALL.map(EventType::as_str).join(", ")
}

/// The `custom_event_sources` attribute: the same definitions the agent module forwards.
fn custom_event_sources_description() -> String {
    format!(
        "Custom event sources: name (1 to {} characters of a-z, 0-9, -) -> definition, a map of pattern (the EventBridge \
         event pattern, JSON, whose source lists AWS services aws.*), title (a template: text with {{path}} placeholders, e.g. \
         {{detail.SourceIdentifier}}), resource (a template, default {{resources.0}}), severity (info, low, medium, high, critical; \
         default the custom-event severity rule) and resolved_when (an event pattern: a matching event resolves the issue). \
         Events an agent forwards with the same definitions (the agent module's custom_event_sources) and no native reader \
         takes are read as defined, as event type custom-event (AWSMON_CUSTOM_EVENT_SOURCES; docs/events.md, Custom sources).",
        awsmon_domain::custom_source::MAX_NAME_CHARS
    )
}

pub(super) fn schema() -> Schema {
    use AttributeConstraint::{Computed, Optional, OptionalComputed, Required};
    use AttributeType::{Bool, List, Map, Number, String};
    let strings = || List(String.into());
    let role = |function: &str| {
        attribute(
            String,
            Required,
            &format!("Execution role of the {function} function (from the master module)."),
        )
    };
    // A former attribute name, still read: Terraform marks it deprecated.
    let deprecated = |description: &str| Attribute {
        deprecated: true,
        ..attribute(String, OptionalComputed, description)
    };
    Schema {
        version: 0,
        block: Block {
            description: Description::plain(
                "The awsmon master: the handle-monitoring-events, daily-report, check-agents and api functions \
                 (and slack-interactions with the Slack app's buttons), their triggers (the ingest queue's event-source mapping, the outbox, report and registry schedules, \
                 a REST API), their log groups and the DynamoDB table. Import with \
                 `terraform import awsmon_master.<label> <name>`.",
            ),
            attributes: map! {
                "id" => attribute(String, Computed, "The master's name."),
                "name" => attribute(String, Required, "Name of the table and REST API, and prefix of the functions (<name>-handle-monitoring-events, ...) and schedule rules. 3 to 39 characters. Changing it replaces the master."),
                "handle_monitoring_events_role_arn" => role("handle-monitoring-events"),
                "daily_report_role_arn" => role("daily-report"),
                "check_agents_role_arn" => attribute(String, OptionalComputed, &format!("Execution role of the check-agents function (from the master module). Required: set it, or until {} its deprecated name update_deployment_role_arn.", FORMER_CHECK_AGENTS.removed_in)),
                "update_deployment_role_arn" => deprecated(&format!("Deprecated: the former name of check_agents_role_arn (the function update-deployment is now check-agents), read until {}. Set one of the two.", FORMER_CHECK_AGENTS.removed_in)),
                "api_role_arn" => role("api"),
                "slack_interactions_role_arn" => attribute(String, Optional, "Execution role of the slack-interactions function (from the master module): required with slack_signing_secret_parameter, which deploys that function; ignored without it."),
                "ingest_queue_arn" => attribute(String, Required, "ARN of the ingest queue handle-monitoring-events consumes (mapping with ReportBatchItemFailures)."),
                "dlq_url" => text_attribute(&master::DLQ_URL, Required),
                "kms_key_arn" => attribute(String, Optional, "Customer managed KMS key the table is encrypted with; AWS's own key when omitted."),
                "batch_size" => number_attribute(&master::BATCH_SIZE),
                "check_agents_schedule" => attribute(String, OptionalComputed, "How often check-agents looks for silent agents and version drift: rate(...) or cron(...). Default rate(5 minutes)."),
                "update_deployment_schedule" => deprecated(&format!("Deprecated: the former name of check_agents_schedule, read until {}. Set one of the two.", FORMER_CHECK_AGENTS.removed_in)),
                "slack_webhook_parameters" => attribute(Map(String.into()), Optional, "Webhook name -> name of the SSM SecureString parameter holding its URL, or /aws/reference/secretsmanager/<secret> (AWSMON_SLACK_WEBHOOK_PARAMETERS). Never a URL."),
                "account_names" => attribute(Map(String.into()), Optional, "Account id -> name shown in messages (AWSMON_ACCOUNT_NAMES)."),
                "custom_event_sources" => attribute(Map(Map(String.into()).into()), Optional, &custom_event_sources_description()),
                "slack_bot_token_parameter" => attribute(String, Optional, "Slack app mode: name of the SSM SecureString parameter (or /aws/reference/secretsmanager/<secret>) holding the app's bot token (xoxb-), needed by slack_channels. Never the token (AWSMON_SLACK_BOT_TOKEN_PARAMETER)."),
                "slack_channels" => attribute(Map(String.into()), Optional, "Slack app mode: destination name -> Slack channel id (C..., G...). Routes and default_webhook name a destination as they name a webhook; each issue gets one message there, edited as it changes, with a thread (AWSMON_SLACK_CHANNELS)."),
                "slack_signing_secret_parameter" => attribute(String, Optional, "Slack app mode: name of the SSM parameter holding the app's signing secret. Set, it deploys the slack-interactions function (its role: slack_interactions_role_arn) behind the buttons' route POST /slack/interactions, the only route without IAM, which takes only requests Slack signed (AWSMON_SLACK_SIGNING_SECRET_PARAMETER)."),
                "slack_team_id" => attribute(String, Optional, "Slack app mode: the workspace (T...) whose button clicks are taken; required with slack_signing_secret_parameter (AWSMON_SLACK_TEAM_ID)."),
                "slack_app_id" => attribute(String, Optional, "Slack app mode: the app (A...) whose button clicks are taken; required with slack_signing_secret_parameter (AWSMON_SLACK_APP_ID)."),
                "slack_allowed_user_ids" => attribute(strings(), Optional, "Slack app mode: the only Slack users (U..., W...) whose clicks change issues; empty lets every member of the workspace (AWSMON_SLACK_ALLOWED_USER_IDS)."),
                "slack_api_url" => attribute(String, Optional, "Slack's Web API base URL: https://slack.com/api (the default), or a local stand-in at http://127.0.0.1:<port>/... for tests and the demo (AWSMON_SLACK_API_URL)."),
                "retention_days" => number_attribute(&master::RETENTION_DAYS),
                "notification_max_age_seconds" => number_attribute(&master::NOTIFICATION_MAX_AGE_SECONDS),
                "master_version" => text_attribute(&master::MASTER_VERSION, OptionalComputed),
                "api_stage_name" => attribute(String, OptionalComputed, "Stage of the REST API. Default v1."),
                "api_authorization" => attribute(String, OptionalComputed, "How API callers authenticate: AWS_IAM (SigV4-signed requests checked by IAM, the default) or NONE, which is refused unless allow_unauthenticated_api is true."),
                "allow_unauthenticated_api" => attribute(Bool, OptionalComputed, "Must be true for api_authorization = NONE: then whoever reaches the API from api_allowed_source_cidrs can read every event and sample and resolve, mute or silence anything. Default false."),
                "api_allowed_source_cidrs" => attribute(strings(), Optional, "With api_authorization = NONE (required then; refused with AWS_IAM, which nothing would apply it to): the CIDR blocks the API's resource policy lets in; every other source is denied."),
                "api_throttling_rate_limit" => number_attribute(&master::API_THROTTLING_RATE_LIMIT),
                "api_throttling_burst_limit" => number_attribute(&master::API_THROTTLING_BURST_LIMIT),
                "memory_size" => number_attribute(&functions::MEMORY_SIZE),
                "timeout" => number_attribute(&functions::MASTER_TIMEOUT),
                "layers" => attribute(strings(), Optional, "Extra Lambda layer ARNs of every function, e.g. the Lambda Insights extension."),
                "architecture" => attribute(String, OptionalComputed, "Instruction set; only x86_64 is available."),
                "log_retention_days" => attribute(Number, OptionalComputed, "Retention of the functions' log groups (/aws/lambda/<function>), days CloudWatch accepts. Default 30."),
                "dead_letter_queue_arn" => dead_letter_queue_attribute(),
                "tags" => attribute(Map(String.into()), Optional, "Tags of the functions, rules, table and REST API (with the provider's default_tags)."),
                "function_arns" => attribute(Map(String.into()), Computed, "Function ARN by function (handle-monitoring-events, daily-report, check-agents, api, and slack-interactions when deployed)."),
                "code_sha256" => attribute(Map(String.into()), Computed, "Lambda CodeSha256 of each deployed function's package; the plan shows the embedded runtime's."),
                "schedules" => attribute(Map(String.into()), Computed, "Schedule expression by rule (outbox, daily-report, weekly-report, check-agents); rules are named <name>-<key>."),
                "event_source_mapping_id" => attribute(String, Computed, "UUID of the ingest queue's event-source mapping."),
                "table_name" => text_attribute(&master::TABLE_NAME, Computed),
                "table_arn" => attribute(String, Computed, "ARN of the DynamoDB table."),
                "api_id" => attribute(String, Computed, "Id of the REST API."),
                "api_url" => attribute(String, Computed, "Invoke URL of the API's stage, https://<id>.execute-api.<region>.amazonaws.com/<stage> (AWSMON_API_BASE_URL)."),
                "runtime_version" => attribute(String, Computed, "The awsmon runtime version deployed."),
            },
            blocks: blocks(),
            ..Default::default()
        },
    }
}

/// The nested blocks: the notification policy, routes, severity rules, function overrides and
/// the VPC.
fn blocks() -> std::collections::HashMap<String, NestedBlock> {
    use AttributeConstraint::{Optional, OptionalComputed, Required};
    use AttributeType::{Number, String};
    let strings = || AttributeType::List(String.into());
    map! {
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
                "function" => attribute(String, Required, "The function: handle-monitoring-events, daily-report, check-agents, api or slack-interactions (update-deployment, the former name of check-agents, until 0.2.0)."),
                "memory_size" => attribute(Number, Optional, "Its memory, 128 to 10240 MB; the shared memory_size when omitted."),
                "timeout" => attribute(Number, Optional, "Its timeout, 1 to 900 s; the shared timeout when omitted."),
            },
            ..Default::default()
        }),
        "vpc_config" => vpc_config_block("Run the functions in a VPC (they then need a route to DynamoDB, SQS, SSM and Slack)."),
    }
}
