//! Configuration from the environment. Every variable is listed in `docs/master.md`; the
//! Terraform provider sets them. Secrets are never here: only the names of the SSM parameters
//! that hold them.

use std::collections::BTreeMap;
use std::time::Duration;

use awsmon_domain::AccountId;
use awsmon_domain::custom_source::CustomSources;
use awsmon_domain::monitoring_event::SeverityPolicy;
use awsmon_domain::notification::NotificationPolicy;

use awsmon_contract::{Number, Text, master};

use crate::error::MasterError;

// The variables' names, from the contract: tests and the bench set them by these.
pub const TABLE_NAME: &str = master::TABLE_NAME.env;
pub const DLQ_URL: &str = master::DLQ_URL.env;
pub const SLACK_WEBHOOK_PARAMETERS: &str = master::SLACK_WEBHOOK_PARAMETERS.env;
pub const NOTIFICATION_POLICY: &str = master::NOTIFICATION_POLICY.env;
pub const SEVERITY_POLICY: &str = master::SEVERITY_POLICY.env;
pub const ACCOUNT_NAMES: &str = master::ACCOUNT_NAMES.env;
pub const CUSTOM_EVENT_SOURCES: &str = master::CUSTOM_EVENT_SOURCES.env;
pub const API_BASE_URL: &str = master::API_BASE_URL.env;
pub const MASTER_VERSION: &str = master::MASTER_VERSION.env;
pub const SLACK_BOT_TOKEN_PARAMETER: &str = master::SLACK_BOT_TOKEN_PARAMETER.env;
pub const SLACK_CHANNELS: &str = master::SLACK_CHANNELS.env;
pub const SLACK_SIGNING_SECRET_PARAMETER: &str = master::SLACK_SIGNING_SECRET_PARAMETER.env;
pub const SLACK_TEAM_ID: &str = master::SLACK_TEAM_ID.env;
pub const SLACK_APP_ID: &str = master::SLACK_APP_ID.env;
pub const SLACK_API_URL: &str = master::SLACK_API_URL.env;
pub const SLACK_ALLOWED_USER_IDS: &str = master::SLACK_ALLOWED_USER_IDS.env;
pub const RETENTION_DAYS: &str = master::RETENTION_DAYS.variable();
pub const NOTIFICATION_MAX_AGE_SECONDS: &str = master::NOTIFICATION_MAX_AGE_SECONDS.variable();
pub const SLACK_TIMEOUT_MS: &str = master::SLACK_TIMEOUT_MS.variable();
pub const SLACK_RETRY_BASE_MS: &str = master::SLACK_RETRY_BASE_MS.variable();

/// The configuration of the master's four functions (each reads what it needs), besides their
/// AWS clients.
#[derive(Debug, Clone)]
pub struct MasterConfig {
    pub table_name: String,
    /// Required by `handle-monitoring-events` only.
    pub dlq_url: Option<String>,
    /// Webhook name -> SSM parameter name (SecureString, or `/aws/reference/secretsmanager/<id>`).
    pub webhook_parameters: BTreeMap<String, String>,
    pub notification_policy: NotificationPolicy,
    pub severity_policy: SeverityPolicy,
    /// AWS events of the user's own patterns and how to read them.
    pub custom_sources: CustomSources,
    pub account_names: BTreeMap<AccountId, String>,
    pub retention_days: u32,
    /// A notification not taken this long after it fell due is dropped (and counted).
    pub notification_max_age_ms: i64,
    pub api_base_url: Option<String>,
    pub slack_timeout: Duration,
    /// First delay before a notification Slack refused is tried again; it doubles per attempt.
    pub slack_retry_base_ms: i64,
    /// The version agents are expected to run (drift is flagged against it).
    pub master_version: String,
    pub slack_app: SlackAppConfig,
}

/// Slack app mode (`docs/slack.md`): where the bot token and signing secret are, the channel
/// destinations, and whose clicks count. Secrets are parameter names here, never values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SlackAppConfig {
    pub bot_token_parameter: Option<String>,
    /// Destination name -> channel id.
    pub channels: BTreeMap<String, String>,
    pub signing_secret_parameter: Option<String>,
    pub team_id: Option<String>,
    pub app_id: Option<String>,
    /// Empty: every user of the workspace.
    pub allowed_user_ids: Vec<String>,
    pub api_url: String,
}

impl MasterConfig {
    pub fn from_env() -> Result<Self, MasterError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// From any lookup, so tests need not touch the process environment.
    /// `handle-monitoring-events` cannot run without its dead-letter queue.
    pub fn require_dlq(&self) -> Result<&str, MasterError> {
        self.dlq_url.as_deref().ok_or(MasterError::Config {
            name: DLQ_URL,
            reason: "is not set".into(),
        })
    }

    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, MasterError> {
        let millis = |setting: Number| setting.read_unsigned(&get);
        let notification_policy: NotificationPolicy = json_or_default(&get, master::NOTIFICATION_POLICY)?;
        notification_policy.validate().map_err(|e| MasterError::Config {
            name: NOTIFICATION_POLICY,
            reason: e.to_string(),
        })?;
        Ok(Self {
            table_name: master::TABLE_NAME.require(&get)?,
            dlq_url: master::DLQ_URL.read(&get),
            webhook_parameters: json_or_default(&get, master::SLACK_WEBHOOK_PARAMETERS)?,
            notification_policy,
            severity_policy: json_or_default(&get, master::SEVERITY_POLICY)?,
            custom_sources: match master::CUSTOM_EVENT_SOURCES.read(&get) {
                Some(raw) => CustomSources::parse_json(&raw).map_err(|e| MasterError::Config {
                    name: CUSTOM_EVENT_SOURCES,
                    reason: e.to_string(),
                })?,
                None => CustomSources::NONE,
            },
            account_names: json_or_default(&get, master::ACCOUNT_NAMES)?,
            retention_days: u32::try_from(master::RETENTION_DAYS.read_unsigned(&get)?).unwrap_or(u32::MAX),
            notification_max_age_ms: i64::try_from(master::NOTIFICATION_MAX_AGE_SECONDS.read_unsigned(&get)?)
                .unwrap_or(i64::MAX)
                .saturating_mul(1000),
            api_base_url: master::API_BASE_URL.read(&get),
            slack_timeout: Duration::from_millis(millis(master::SLACK_TIMEOUT_MS)?),
            slack_retry_base_ms: i64::try_from(millis(master::SLACK_RETRY_BASE_MS)?).unwrap_or(i64::MAX),
            master_version: master::MASTER_VERSION
                .read(&get)
                .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_owned()),
            slack_app: SlackAppConfig {
                bot_token_parameter: master::SLACK_BOT_TOKEN_PARAMETER.read(&get),
                channels: json_or_default(&get, master::SLACK_CHANNELS)?,
                signing_secret_parameter: master::SLACK_SIGNING_SECRET_PARAMETER.read(&get),
                team_id: master::SLACK_TEAM_ID.read(&get),
                app_id: master::SLACK_APP_ID.read(&get),
                allowed_user_ids: master::SLACK_ALLOWED_USER_IDS.read(&get),
                api_url: master::SLACK_API_URL
                    .read(&get)
                    .unwrap_or_else(|| crate::slack_api::DEFAULT_API_URL.to_owned()),
            },
        })
    }
}

fn json_or_default<T: serde::de::DeserializeOwned + Default>(
    get: &impl Fn(&str) -> Option<String>,
    setting: Text,
) -> Result<T, MasterError> {
    match setting.read(get) {
        Some(raw) => serde_json::from_str(&raw).map_err(|e| MasterError::Config {
            name: setting.env,
            reason: e.to_string(),
        }),
        None => Ok(T::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The contract's numbers, read by this parser: unset is the default, the range's ends are
    /// taken and one past them refused, naming the variable.
    #[test]
    fn every_number_has_the_contracts_default_and_range() {
        let read = |pairs: &[(&str, String)]| {
            MasterConfig::from_lookup(|name| {
                if name == TABLE_NAME {
                    return Some("t".to_owned());
                }
                pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())
            })
        };
        let as_read = |c: &MasterConfig, variable: &str| -> i64 {
            match variable {
                RETENTION_DAYS => i64::from(c.retention_days),
                NOTIFICATION_MAX_AGE_SECONDS => c.notification_max_age_ms / 1000,
                SLACK_TIMEOUT_MS => i64::try_from(c.slack_timeout.as_millis()).unwrap(),
                SLACK_RETRY_BASE_MS => c.slack_retry_base_ms,
                other => panic!("{other} is a new setting: read it here"),
            }
        };
        let defaults = read(&[]).unwrap();
        for setting in master::NUMBERS.iter().filter(|n| n.env.is_some()) {
            let variable = setting.variable();
            assert_eq!(as_read(&defaults, variable), setting.default, "{variable}");
            for edge in [setting.min, setting.max] {
                let config = read(&[(variable, edge.to_string())]).unwrap();
                assert_eq!(as_read(&config, variable), edge, "{variable}");
            }
            for outside in [setting.min - 1, setting.max + 1] {
                let error = read(&[(variable, outside.to_string())]).unwrap_err();
                assert!(error.to_string().contains(variable), "{error}");
            }
        }
    }

    #[test]
    fn reads_json_settings_and_names_the_bad_one() {
        let env = |name: &str| match name {
            TABLE_NAME => Some("t".to_owned()),
            DLQ_URL => Some("http://q".to_owned()),
            SLACK_WEBHOOK_PARAMETERS => Some(r#"{"default": "/monitoring/awsmon/slack-webhook"}"#.to_owned()),
            ACCOUNT_NAMES => Some(r#"{"222222222222": "prod"}"#.to_owned()),
            _ => None,
        };
        let config = MasterConfig::from_lookup(env).unwrap();
        assert_eq!(
            config.webhook_parameters["default"],
            "/monitoring/awsmon/slack-webhook"
        );
        assert_eq!(config.retention_days, 90);
        assert_eq!(
            config.notification_policy.default_webhook.as_deref(),
            Some("default")
        );
        let bad = |name: &str| match name {
            NOTIFICATION_POLICY => Some("{".to_owned()),
            other => env(other),
        };
        let error = MasterConfig::from_lookup(bad).unwrap_err();
        assert!(error.to_string().contains(NOTIFICATION_POLICY), "{error}");
        let huge_window = |name: &str| match name {
            NOTIFICATION_POLICY => Some(r#"{"grouping_window_secs": 18446744073709551615}"#.to_owned()),
            other => env(other),
        };
        let error = MasterConfig::from_lookup(huge_window).unwrap_err().to_string();
        assert!(
            error.contains(NOTIFICATION_POLICY) && error.contains("grouping_window_secs"),
            "{error}"
        );
        assert_eq!(config.require_dlq().unwrap(), "http://q");
        assert_eq!(config.master_version, env!("CARGO_PKG_VERSION"));
        let no_dlq = MasterConfig::from_lookup(|name| (name == TABLE_NAME).then(|| "t".to_owned())).unwrap();
        assert!(no_dlq.require_dlq().unwrap_err().to_string().contains(DLQ_URL));
        let missing = MasterConfig::from_lookup(|_| None).unwrap_err();
        assert!(missing.to_string().contains(TABLE_NAME), "{missing}");
    }
}
