//! Configuration from the environment. Every variable is listed in `docs/master.md`; the
//! Terraform provider sets them. Secrets are never here: only the names of the SSM parameters
//! that hold them.

use std::collections::BTreeMap;
use std::time::Duration;

use awsmon_domain::AccountId;
use awsmon_domain::monitoring_event::SeverityPolicy;
use awsmon_domain::notification::NotificationPolicy;

use crate::error::MasterError;

pub const TABLE_NAME: &str = "AWSMON_TABLE_NAME";
pub const DLQ_URL: &str = "AWSMON_DLQ_URL";
pub const SLACK_WEBHOOK_PARAMETERS: &str = "AWSMON_SLACK_WEBHOOK_PARAMETERS";
pub const NOTIFICATION_POLICY: &str = "AWSMON_NOTIFICATION_POLICY";
pub const SEVERITY_POLICY: &str = "AWSMON_SEVERITY_POLICY";
pub const ACCOUNT_NAMES: &str = "AWSMON_ACCOUNT_NAMES";
pub const RETENTION_DAYS: &str = "AWSMON_RETENTION_DAYS";
pub const API_BASE_URL: &str = "AWSMON_API_BASE_URL";
pub const SLACK_TIMEOUT_MS: &str = "AWSMON_SLACK_TIMEOUT_MS";
pub const SLACK_RETRY_BASE_MS: &str = "AWSMON_SLACK_RETRY_BASE_MS";
pub const MASTER_VERSION: &str = "AWSMON_MASTER_VERSION";

/// Everything the master's functions need besides their AWS clients.
#[derive(Debug, Clone)]
pub struct IngestConfig {
    pub table_name: String,
    /// Required by `handle-monitoring-events` only.
    pub dlq_url: Option<String>,
    /// Webhook name -> SSM parameter name (SecureString, or `/aws/reference/secretsmanager/<id>`).
    pub webhook_parameters: BTreeMap<String, String>,
    pub notification_policy: NotificationPolicy,
    pub severity_policy: SeverityPolicy,
    pub account_names: BTreeMap<AccountId, String>,
    pub retention_days: u32,
    pub api_base_url: Option<String>,
    pub slack_timeout: Duration,
    /// First delay before a notification Slack refused is tried again; it doubles per attempt.
    pub slack_retry_base_ms: i64,
    /// The version agents are expected to run (drift is flagged against it).
    pub master_version: String,
}

impl IngestConfig {
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
        let required = |name: &'static str| {
            get(name).filter(|v| !v.is_empty()).ok_or(MasterError::Config {
                name,
                reason: "is not set".into(),
            })
        };
        let retention_days = match get(RETENTION_DAYS) {
            Some(raw) => raw.parse().map_err(|_| MasterError::Config {
                name: RETENTION_DAYS,
                reason: format!("not a whole number of days: {raw:?}"),
            })?,
            None => 90,
        };
        let millis = |name: &'static str, default: u64| match get(name) {
            Some(raw) => raw.parse::<u64>().map_err(|_| MasterError::Config {
                name,
                reason: format!("not milliseconds: {raw:?}"),
            }),
            None => Ok(default),
        };
        let notification_policy: NotificationPolicy = json_or_default(&get, NOTIFICATION_POLICY)?;
        notification_policy.validate().map_err(|e| MasterError::Config {
            name: NOTIFICATION_POLICY,
            reason: e.to_string(),
        })?;
        let slack_timeout_ms = millis(SLACK_TIMEOUT_MS, 5_000)?;
        let slack_retry_base_ms = millis(SLACK_RETRY_BASE_MS, 5_000)?;
        Ok(Self {
            table_name: required(TABLE_NAME)?,
            dlq_url: get(DLQ_URL).filter(|v| !v.is_empty()),
            webhook_parameters: json_or_default(&get, SLACK_WEBHOOK_PARAMETERS)?,
            notification_policy,
            severity_policy: json_or_default(&get, SEVERITY_POLICY)?,
            account_names: json_or_default(&get, ACCOUNT_NAMES)?,
            retention_days,
            api_base_url: get(API_BASE_URL).filter(|v| !v.is_empty()),
            slack_timeout: Duration::from_millis(slack_timeout_ms),
            slack_retry_base_ms: i64::try_from(slack_retry_base_ms).unwrap_or(i64::MAX),
            master_version: get(MASTER_VERSION)
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| env!("CARGO_PKG_VERSION").to_owned()),
        })
    }
}

fn json_or_default<T: serde::de::DeserializeOwned + Default>(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
) -> Result<T, MasterError> {
    match get(name).filter(|v| !v.trim().is_empty()) {
        Some(raw) => serde_json::from_str(&raw).map_err(|e| MasterError::Config {
            name,
            reason: e.to_string(),
        }),
        None => Ok(T::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_settings_and_names_the_bad_one() {
        let env = |name: &str| match name {
            TABLE_NAME => Some("t".to_owned()),
            DLQ_URL => Some("http://q".to_owned()),
            SLACK_WEBHOOK_PARAMETERS => Some(r#"{"default": "/monitoring/awsmon/slack-webhook"}"#.to_owned()),
            ACCOUNT_NAMES => Some(r#"{"222222222222": "prod"}"#.to_owned()),
            _ => None,
        };
        let config = IngestConfig::from_lookup(env).unwrap();
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
        let error = IngestConfig::from_lookup(bad).unwrap_err();
        assert!(error.to_string().contains(NOTIFICATION_POLICY), "{error}");
        let huge_window = |name: &str| match name {
            NOTIFICATION_POLICY => Some(r#"{"grouping_window_secs": 18446744073709551615}"#.to_owned()),
            other => env(other),
        };
        let error = IngestConfig::from_lookup(huge_window).unwrap_err().to_string();
        assert!(
            error.contains(NOTIFICATION_POLICY) && error.contains("grouping_window_secs"),
            "{error}"
        );
        assert_eq!(config.require_dlq().unwrap(), "http://q");
        assert_eq!(config.master_version, env!("CARGO_PKG_VERSION"));
        let no_dlq = IngestConfig::from_lookup(|name| (name == TABLE_NAME).then(|| "t".to_owned())).unwrap();
        assert!(no_dlq.require_dlq().unwrap_err().to_string().contains(DLQ_URL));
        let missing = IngestConfig::from_lookup(|_| None).unwrap_err();
        assert!(missing.to_string().contains(TABLE_NAME), "{missing}");
    }
}
