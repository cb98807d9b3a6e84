//! The master's settings (`awsmon_master` attributes and the environment of its functions).

use crate::setting::{List, Number, Text, markdown_table};

pub const TABLE_NAME: Text = Text {
    attribute: "table_name",
    env: "AWSMON_TABLE_NAME",
    doc: "The master's DynamoDB table, named after the master (set by the provider).",
};
pub const DLQ_URL: Text = Text {
    attribute: "dlq_url",
    env: "AWSMON_DLQ_URL",
    doc: "Queue that receives events the master cannot read, with the reason. Required by `handle-monitoring-events`.",
};
pub const SLACK_WEBHOOK_PARAMETERS: Text = Text {
    attribute: "slack_webhook_parameters",
    env: "AWSMON_SLACK_WEBHOOK_PARAMETERS",
    doc: "JSON object, webhook name to the SSM parameter (SecureString, or `/aws/reference/secretsmanager/<id>`) holding its URL.",
};
pub const NOTIFICATION_POLICY: Text = Text {
    attribute: "notification_policy",
    env: "AWSMON_NOTIFICATION_POLICY",
    doc: "JSON, from the `notification_policy` and `route` blocks: which webhook gets what, grouping and repeats. Default: everything real-time to webhook `default`.",
};
pub const SEVERITY_POLICY: Text = Text {
    attribute: "severity_rule",
    env: "AWSMON_SEVERITY_POLICY",
    doc: "JSON `{\"rules\": [{\"event_type\", \"severity\", \"realtime\"}]}` from the `severity_rule` blocks; event types without a rule keep the default table (`docs/events.md`).",
};
pub const CUSTOM_EVENT_SOURCES: Text = Text {
    attribute: "custom_event_sources",
    env: "AWSMON_CUSTOM_EVENT_SOURCES",
    doc: "JSON object, custom source name to its definition (`pattern`, `title`, `resource`, `severity`, `resolved_when`, all strings): AWS events of the user's own patterns and how to read them (`docs/events.md`, *Custom sources*). The agent module forwards the same patterns.",
};
pub const ACCOUNT_NAMES: Text = Text {
    attribute: "account_names",
    env: "AWSMON_ACCOUNT_NAMES",
    doc: "JSON object, account id to the name shown in messages.",
};
pub const API_BASE_URL: Text = Text {
    attribute: "api_url",
    env: "AWSMON_API_BASE_URL",
    doc: "Base URL of the awsmon API, for links in messages (set by the provider).",
};
pub const SLACK_BOT_TOKEN_PARAMETER: Text = Text {
    attribute: "slack_bot_token_parameter",
    env: "AWSMON_SLACK_BOT_TOKEN_PARAMETER",
    doc: "Slack app mode: the SSM parameter (SecureString, or `/aws/reference/secretsmanager/<id>`) holding the app's bot token (`xoxb-`).",
};
pub const SLACK_CHANNELS: Text = Text {
    attribute: "slack_channels",
    env: "AWSMON_SLACK_CHANNELS",
    doc: "Slack app mode: JSON object, destination name to Slack channel id (`C...`). Routes name a destination as they name a webhook; each issue gets one living message there.",
};
pub const SLACK_SIGNING_SECRET_PARAMETER: Text = Text {
    attribute: "slack_signing_secret_parameter",
    env: "AWSMON_SLACK_SIGNING_SECRET_PARAMETER",
    doc: "Slack app mode: the SSM parameter holding the app's signing secret, which `POST /slack/interactions` checks every button click against.",
};
pub const SLACK_TEAM_ID: Text = Text {
    attribute: "slack_team_id",
    env: "AWSMON_SLACK_TEAM_ID",
    doc: "Slack app mode: the workspace (`T...`) whose clicks are taken; others are refused.",
};
pub const SLACK_APP_ID: Text = Text {
    attribute: "slack_app_id",
    env: "AWSMON_SLACK_APP_ID",
    doc: "Slack app mode: the app (`A...`) whose clicks are taken; others are refused.",
};
pub const SLACK_API_URL: Text = Text {
    attribute: "slack_api_url",
    env: "AWSMON_SLACK_API_URL",
    doc: "Slack's Web API base URL. Default `https://slack.com/api`; only a local stand-in on 127.0.0.1 may replace it (tests, the demo).",
};
pub const MASTER_VERSION: Text = Text {
    attribute: "master_version",
    env: "AWSMON_MASTER_VERSION",
    doc: "The agent version expected; `check-agents` flags agents that run another. Default: the runtime's own version.",
};

pub const RETENTION_DAYS: Number = Number {
    attribute: "retention_days",
    env: Some("AWSMON_RETENTION_DAYS"),
    default: 90,
    min: 1,
    max: 3_650,
    unit: "days",
    doc: "How long events, issues and reports are kept (DynamoDB TTL).",
};
pub const NOTIFICATION_MAX_AGE_SECONDS: Number = Number {
    attribute: "notification_max_age_seconds",
    env: Some("AWSMON_NOTIFICATION_MAX_AGE_SECONDS"),
    default: 86_400,
    min: 600,
    max: 1_209_600,
    unit: "seconds",
    doc: "A notification Slack has not taken this long after it fell due is dropped, counted (`NotificationsDropped`), logged and alarmed on: news that old misleads more than it helps.",
};
pub const SLACK_TIMEOUT_MS: Number = Number {
    attribute: "",
    env: Some("AWSMON_SLACK_TIMEOUT_MS"),
    default: 5_000,
    min: 100,
    max: 60_000,
    unit: "ms",
    doc: "One Slack request, end to end.",
};
pub const SLACK_RETRY_BASE_MS: Number = Number {
    attribute: "",
    env: Some("AWSMON_SLACK_RETRY_BASE_MS"),
    default: 5_000,
    min: 100,
    max: 900_000,
    unit: "ms",
    doc: "First delay after Slack refused a message; it doubles per attempt, up to 15 minutes.",
};
pub const GROUPING_WINDOW_SECONDS: Number = Number {
    attribute: "notification_policy.grouping_window_seconds",
    env: None,
    default: 30,
    min: 0,
    max: 7 * 86_400,
    unit: "seconds",
    doc: "Notifications to one webhook that fall due within this window share a message.",
};
pub const REPEAT_INTERVAL_SECONDS: Number = Number {
    attribute: "notification_policy.repeat_interval_seconds",
    env: None,
    default: 4 * 3_600,
    min: 60,
    max: 7 * 86_400,
    unit: "seconds",
    doc: "An issue still open is notified again after this long.",
};
pub const BATCH_SIZE: Number = Number {
    attribute: "batch_size",
    env: None,
    default: 10,
    min: 1,
    max: 10,
    unit: "messages",
    doc: "Ingest-queue messages per `handle-monitoring-events` invocation (the handler's batch limit).",
};
pub const API_THROTTLING_RATE_LIMIT: Number = Number {
    attribute: "api_throttling_rate_limit",
    env: None,
    default: 10,
    min: 1,
    max: 10_000,
    unit: "requests per second",
    doc: "Steady request rate the API's stage takes (API Gateway stage throttling of every method); callers over it get 429.",
};
pub const API_THROTTLING_BURST_LIMIT: Number = Number {
    attribute: "api_throttling_burst_limit",
    env: None,
    default: 20,
    min: 1,
    max: 5_000,
    unit: "requests",
    doc: "Requests the API's stage takes at once above the steady rate.",
};

/// `api_authorization`: SigV4-signed requests, checked by IAM (the default).
pub const API_AUTHORIZATION_IAM: &str = "AWS_IAM";
/// `api_authorization`: anyone who can reach the API. Refused unless
/// [`ALLOW_UNAUTHENTICATED_API`] is true, and then only from [`API_ALLOWED_SOURCE_CIDRS`]
/// (the API's resource policy).
pub const API_AUTHORIZATION_NONE: &str = "NONE";
/// The opt-in that `api_authorization = "NONE"` needs: whoever reaches the API can read every
/// event and sample and resolve, mute or silence anything.
pub const ALLOW_UNAUTHENTICATED_API: &str = "allow_unauthenticated_api";
/// With `NONE`: the only source addresses (CIDR blocks) the API's resource policy lets in.
pub const API_ALLOWED_SOURCE_CIDRS: &str = "api_allowed_source_cidrs";

pub const NUMBERS: [Number; 9] = [
    RETENTION_DAYS,
    NOTIFICATION_MAX_AGE_SECONDS,
    SLACK_TIMEOUT_MS,
    SLACK_RETRY_BASE_MS,
    GROUPING_WINDOW_SECONDS,
    REPEAT_INTERVAL_SECONDS,
    BATCH_SIZE,
    API_THROTTLING_RATE_LIMIT,
    API_THROTTLING_BURST_LIMIT,
];
pub const SLACK_ALLOWED_USER_IDS: List = List {
    attribute: "slack_allowed_user_ids",
    env: "AWSMON_SLACK_ALLOWED_USER_IDS",
    separator: ',',
    doc: "Slack app mode: the only Slack users (`U...`) whose clicks change issues; empty lets every member of the workspace.",
};

pub const TEXTS: [Text; 15] = [
    TABLE_NAME,
    DLQ_URL,
    SLACK_WEBHOOK_PARAMETERS,
    SLACK_BOT_TOKEN_PARAMETER,
    SLACK_CHANNELS,
    SLACK_SIGNING_SECRET_PARAMETER,
    SLACK_TEAM_ID,
    SLACK_APP_ID,
    SLACK_API_URL,
    NOTIFICATION_POLICY,
    SEVERITY_POLICY,
    CUSTOM_EVENT_SOURCES,
    ACCOUNT_NAMES,
    API_BASE_URL,
    MASTER_VERSION,
];

pub const LISTS: [List; 1] = [SLACK_ALLOWED_USER_IDS];

/// Where a webhook URL read from SSM may point: Slack's incoming webhooks (GovSlack's too), or
/// a stand-in on this machine's loopback (tests, the demo). Anything else is refused at init:
/// the parameter may have been written by mistake or by someone else.
pub fn slack_webhook_url_allowed(url: &str) -> bool {
    ["https://hooks.slack.com/", "https://hooks.slack-gov.com/"]
        .iter()
        .any(|prefix| url.starts_with(prefix))
        || loopback(url)
}

fn loopback(url: &str) -> bool {
    url.strip_prefix("http://127.0.0.1:")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Slack's Web API: where the bot token may be sent.
pub const SLACK_API_DEFAULT_URL: &str = "https://slack.com/api";

/// Whether the bot token may go to `url` ([`SLACK_API_URL`]): Slack's Web API, or a stand-in on
/// this machine's loopback (tests, the demo). Checked at plan time and again by the runtime.
pub fn slack_api_url_allowed(url: &str) -> bool {
    url.trim_end_matches('/') == SLACK_API_DEFAULT_URL || loopback(url)
}

/// The webhook the default notification policy sends to.
pub const DEFAULT_WEBHOOK: &str = "default";

/// The settings table of `docs/master.md`.
pub fn settings_table() -> String {
    markdown_table(&NUMBERS, &TEXTS, &LISTS)
}
